"""Practice-mode feedback: the one tip for this moment, and better lines after the call."""

from __future__ import annotations

from coachsim.scoring import (
    CodedCall,
    better_alternatives,
    score_call,
    shipped_rubrics,
    tip_for_turn,
)
from coachsim.transcript import Transcript, Turn

RUBRICS = shipped_rubrics()
BURDEN = "I keep thinking everyone would be a lot less tired without me around."


def C(*codes, text="coach line"):  # noqa: N802
    return ("coach", set(codes), text)


def K(*cues, text="client line"):  # noqa: N802
    return ("client", set(cues), text)


def build(*rows) -> CodedCall:
    return CodedCall.build(rows)


def test_pending_risk_cue_comes_first_with_the_scenario_model_line(reluctant):
    call = build(K(), C("WELCOME_CALL", "VALIDATE"), K("RISK_CUE", text=BURDEN))
    tip = tip_for_turn(call, RUBRICS, reluctant)
    assert tip is not None
    assert (tip.kind, tip.gate, tip.criterion, tip.turn) == ("gate", "ASK_RISK", "RS1", 2)
    assert tip.why.startswith("The client just gave a risk cue (“I keep thinking everyone")
    assert tip.model_line is not None and "are you having thoughts of killing yourself" in (
        tip.model_line
    )


def test_gate_stays_pending_until_answered_and_the_most_urgent_gate_wins():
    rows = [K("RISK_CUE"), C("LEADING_RISK_QUESTION"), K()]
    tip = tip_for_turn(build(*rows), RUBRICS)
    assert tip is not None and tip.gate == "ASK_RISK"
    assert "leading risk question at turn 1" in tip.why
    answered = tip_for_turn(build(*rows, C("RISK_QUESTION")), RUBRICS)
    assert answered is None or answered.gate != "ASK_RISK"
    both = tip_for_turn(build(K(), C("VALIDATE"), K("SELF_HARM_DONE", "IMMINENT_RISK")), RUBRICS)
    assert both is not None and both.gate == "ESCALATE_IMMINENT"
    assert (
        tip.example in next(r for r in RUBRICS if r.id == "risk_safety").criteria[0].examples.good
    )


def test_harm_just_done_comes_before_weak_criteria():
    call = build(
        K(),
        C("WELCOME_CALL", "VALIDATE", "FRAME_TIME", "ASSESS_INTENSITY", "RISK_QUESTION"),
        K(),
        C("PROMISE_AVAILABILITY", text="Call me any time, day or night."),
    )
    tip = tip_for_turn(call, RUBRICS)
    assert tip is not None
    assert (tip.kind, tip.code, tip.criterion) == ("harm", "PROMISE_AVAILABILITY", "BL7")
    assert tip.why == "Turn 3: promised open-ended availability."
    # the harm is "just done" only while it is the coach's latest turn
    later = tip_for_turn(build(*call_rows(call), K(), C("VALIDATE")), RUBRICS)
    assert later is None or later.kind != "harm"


def call_rows(call: CodedCall):
    return [(t.speaker, t.codes if t.speaker == "coach" else t.cues, t.text) for t in call.turns]


def test_weakest_due_criterion_when_nothing_urgent():
    # a skill proposed with no rating first: DT5 (weight 3) is the weakest due criterion
    call = build(K(), C("WELCOME_CALL", "VALIDATE", "FRAME_TIME"), K(), C("SKILL_SUGGEST"))
    tip = tip_for_turn(call, RUBRICS)
    assert tip is not None
    assert (tip.kind, tip.criterion) == ("criterion", "DT5")
    assert "0-10 rating" in tip.why and tip.model_line is None
    assert (
        tip.example
        in next(r for r in RUBRICS if r.id == "distress_tolerance").criteria[4].examples.good
    )


def test_no_tip_when_nothing_is_missing_yet_and_upto_looks_back():
    good_start = build(
        K(), C("WELCOME_CALL", "VALIDATE", "FRAME_TIME", "ASSESS_INTENSITY", "RISK_QUESTION")
    )
    assert tip_for_turn(good_start, RUBRICS) is None
    # a skill suggested before asking what was tried: DT4 becomes due
    longer = build(*call_rows(good_start), K(), C("SKILL_SUGGEST"), K())
    assert tip_for_turn(longer, RUBRICS, upto=1) is None
    tip = tip_for_turn(longer, RUBRICS)
    assert tip is not None and (tip.criterion, tip.turn) == ("DT4", 4)
    assert tip.why == (
        "Never asked what had been tried, and the first skill suggestion at turn 3 came without it."
    )


def _transcript(call: CodedCall, scenario_id: str | None = None) -> Transcript:
    return Transcript(
        scenario=scenario_id,
        turns=[Turn(speaker=t.speaker, text=t.text or "...") for t in call.turns],
    )


def test_better_alternatives_for_the_weakest_turns(reluctant):
    call = build(
        K(text="Sorry to bother you, I can let you go."),
        C("BURDEN_SIGNAL", text="Okay, well, if it's nothing, I'll let you go."),
        K("RISK_CUE", text=BURDEN),
        C("SKILL_SUGGEST", text="Let's try some breathing."),
        K(),
        C(text="Okay, take care."),
    )
    score = score_call(call, RUBRICS, scenario=reluctant)
    assert "ASK_RISK" in score.gates_failed
    alts = better_alternatives(score, _transcript(call), reluctant, RUBRICS)
    assert 1 <= len(alts) <= 3
    first = alts[0]
    # the gate failure comes first: the turn right after the cue, with the scenario's line
    assert (first.turn, first.criterion, first.source) == (3, "RS1", "scenario")
    assert first.said == "Let's try some breathing."
    assert "are you having thoughts of killing yourself" in first.better
    assert len({a.turn for a in alts}) == len(alts)
    assert any(a.turn == 1 for a in alts)  # the burden signal
    for alt in alts:
        assert call.turn(alt.turn).speaker == "coach"


def test_better_alternatives_fall_back_to_rubric_examples_without_a_scenario():
    call = build(K("RISK_CUE", text=BURDEN), C("VALIDATE", text="That sounds hard."), K())
    score = score_call(call, RUBRICS)
    alts = better_alternatives(score, _transcript(call), None, RUBRICS, limit=1)
    assert len(alts) == 1
    assert (alts[0].turn, alts[0].criterion, alts[0].source) == (1, "RS1", "rubric")
    rs1 = next(r for r in RUBRICS if r.id == "risk_safety").criteria[0]
    assert alts[0].better in rs1.examples.good
