"""Each check kind on hand-coded calls: levels 0/1/2/None, evidence and reasons."""

from __future__ import annotations

import pytest

from coachsim.content.models import Criterion, Policy
from coachsim.scoring import CodedCall, score_criterion
from coachsim.scoring.checks import REGISTRY


def crit(check: dict, applies_when=("always",), gate=None, cid="XX1") -> Criterion:
    return Criterion.model_validate(
        {
            "id": cid,
            "name": "test",
            "description": "test criterion",
            "weight": 2,
            "anchors": ["zero", "one", "two"],
            "applies_when": list(applies_when),
            "check": check,
            "gate": gate,
            "tip": "do the thing",
            "examples": {"good": ["a", "b", "c"], "bad": ["d", "e", "f"]},
        }
    )


def call(*rows, policy: Policy | None = None) -> CodedCall:
    """Rows alternate freely: ("client", cues[, text]) / ("coach", codes[, text])."""
    return CodedCall.build(rows, policy=policy)


def C(*codes):  # noqa: N802 - reads like a turn in the tables below
    return ("coach", set(codes))


def K(*cues, text=""):  # noqa: N802
    return ("client", set(cues), text)


def test_every_check_kind_has_an_evaluator():
    from typing import get_args

    from coachsim.content.models import Check

    union = get_args(Check)[0]
    kinds = {get_args(m.model_fields["kind"].annotation)[0] for m in get_args(union)}
    assert kinds == set(REGISTRY)


# ---------------------------------------------------------------- codes_present

DT2 = {
    "kind": "codes_present",
    "groups": [["ASSESS_INTENSITY"], ["RISK_QUESTION", "MEDICAL_CHECK"]],
    "within_turns": 3,
}


def test_codes_present_full_partial_none():
    c = crit(DT2)
    full = score_criterion(
        c, call(K(), C("VALIDATE"), K(), C("ASSESS_INTENSITY"), K(), C("RISK_QUESTION"))
    )
    assert (full.level, full.evidence) == (2, [3, 5])
    assert full.reason == (
        "Asked for a 0-10 rating at turn 3 and asked directly about suicide/self-harm at turn 5"
        " (within the first 3 coach turns)."
    )
    part = score_criterion(c, call(K(), C("ASSESS_INTENSITY"), K(), C("VALIDATE")))
    assert (part.level, part.evidence) == (1, [1])
    assert part.reason == (
        "Asked for a 0-10 rating at turn 1, but never asked directly about suicide/self-harm or "
        "checked for injury/ingestion in the first 3 coach turns."
    )
    assert part.missed_at == 3
    none = score_criterion(c, call(K(), C("VALIDATE")))
    assert none.level == 0 and none.evidence == []
    assert none.reason.startswith("Never asked for a 0-10 rating, and never asked directly")


def test_codes_present_counts_only_the_window():
    late = call(K(), C(), K(), C(), K(), C(), K(), C("ASSESS_INTENSITY", "RISK_QUESTION"))
    assert score_criterion(crit(DT2), late).level == 0
    assert score_criterion(crit({**DT2, "within_turns": None}), late).level == 2


def test_codes_present_partial_threshold_and_same_turn_groups():
    bl4 = {
        "kind": "codes_present",
        "groups": [["LIMIT"], ["VALIDATE"], ["SKILL_SUGGEST", "SAFETY_PLAN"]],
        "partial": 2,
    }
    assert score_criterion(crit(bl4), call(K(), C("LIMIT"))).level == 0
    assert score_criterion(crit(bl4), call(K(), C("LIMIT", "VALIDATE"))).level == 1
    assert (
        score_criterion(crit(bl4), call(K(), C("LIMIT", "VALIDATE"), K(), C("SAFETY_PLAN"))).level
        == 2
    )
    # one turn meeting two groups is reported once
    dt9 = {"kind": "codes_present", "groups": [["REINFORCE"], ["REINFORCE", "WELCOME_CALL"]]}
    s = score_criterion(crit(dt9), call(K(), C("REINFORCE")))
    assert (s.level, s.reason) == (2, "Reinforced skilful behaviour at turn 1.")
    assert score_criterion(crit(dt9), call(K(), C("WELCOME_CALL"))).level == 1
    # a code already named as missing is not repeated for the next group
    none = score_criterion(crit(dt9), call(K(), C()))
    assert none.reason == "Never reinforced skilful behaviour, and never welcomed the call."


# ---------------------------------------------------------------- before

DT3 = {"kind": "before", "first": ["VALIDATE"], "then": ["SKILL_SUGGEST", "SKILL_STEPS"]}


def test_before_levels_and_reasons():
    c = crit(DT3)
    good = score_criterion(c, call(K(), C("VALIDATE"), K(), C("SKILL_SUGGEST")))
    assert (good.level, good.evidence) == (2, [1, 3])
    assert good.reason == "Validated at turn 1, before the first skill suggestion at turn 3."

    late = score_criterion(
        c, call(K(), C("ASSESS_INTENSITY"), K(), C("SKILL_STEPS"), K(), C("VALIDATE"))
    )
    assert (late.level, late.evidence, late.missed_at) == (1, [3, 5], 3)
    assert (
        late.reason
        == "Validated for the first time at turn 5, after the first skill steps at turn 3."
    )

    never = score_criterion(c, call(K(), C("SKILL_SUGGEST")))
    assert (never.level, never.evidence) == (0, [1])
    assert (
        never.reason == "Never validated, and the first skill suggestion at turn 1 came without it."
    )

    empty = score_criterion(c, call(K(), C("ASSESS_INTENSITY"), K(), C()))
    assert empty.level == 0 and empty.reason == "Never validated in 2 coach turns."


def test_before_without_then_and_in_the_same_turn():
    c = crit(DT3)
    only_first = score_criterion(c, call(K(), C("VALIDATE")))
    assert only_first.level == 2
    assert only_first.reason == "Validated at turn 1; no skill suggestion or skill steps followed."
    same = score_criterion(c, call(K(), C("VALIDATE", "SKILL_SUGGEST")))
    assert same.level == 2 and "same turn" in same.reason


# ---------------------------------------------------------------- after_cue

RS1 = {
    "kind": "after_cue",
    "cue": "RISK_CUE",
    "codes": ["RISK_QUESTION"],
    "within": 2,
    "weak_codes": ["LEADING_RISK_QUESTION"],
}


def test_after_cue_in_time_late_never():
    c = crit(RS1, applies_when=["risk_cue"])
    cue = K("RISK_CUE", text="Everyone would be less tired without me.")
    in_time = score_criterion(c, call(K(), C(), cue, C("VALIDATE"), K(), C("RISK_QUESTION")))
    assert (in_time.level, in_time.evidence) == (2, [2, 5])
    assert in_time.reason == (
        "Risk cue at turn 2 (“Everyone would be less tired without me.”); asked directly about "
        "suicide/self-harm at turn 5, 2 coach turns later."
    )
    late = score_criterion(c, call(cue, C(), K(), C(), K(), C(), K(), C("RISK_QUESTION")))
    assert (late.level, late.evidence, late.missed_at) == (1, [0, 7], 1)
    assert "only at turn 7, 4 coach turns later (aim for within 2)" in late.reason
    never = score_criterion(c, call(cue, C("VALIDATE"), K(), C("SKILL_SUGGEST")))
    assert (never.level, never.evidence) == (0, [0])
    assert never.reason.endswith(
        "never asked directly about suicide/self-harm in the 2 coach turns that followed."
    )
    one = score_criterion(c, call(cue, C("VALIDATE")))
    assert one.reason.endswith("in the coach turn that followed.")


def test_after_cue_question_that_drew_the_cue_out_counts():
    c = crit(RS1)
    s = score_criterion(
        c, call(K(), C("RISK_QUESTION"), K("RISK_CUE", text="Yes. Every day."), C())
    )
    assert (s.level, s.evidence) == (2, [1, 2])
    assert "answered the coach's turn 1" in s.reason


def test_after_cue_weak_code_is_one_but_never_passes_a_gate():
    rows = (K("RISK_CUE"), C("LEADING_RISK_QUESTION"), K(), C("VALIDATE"))
    plain = score_criterion(crit(RS1), call(*rows))
    assert (plain.level, plain.evidence) == (1, [0, 1])
    gated = score_criterion(crit(RS1, gate="ASK_RISK"), call(*rows))
    assert (gated.level, gated.evidence) == (0, [0, 1])
    assert "does not pass the ASK_RISK gate" in gated.reason


def test_after_cue_uses_the_first_occurrence_and_needs_a_chance_to_answer():
    c = crit(RS1)
    assert score_criterion(c, call(K(), C())).level is None  # no cue at all
    last = score_criterion(c, call(K(), C("VALIDATE"), K("RISK_CUE", text="what's the point")))
    assert last.level is None and last.evidence == [2]
    assert last.reason == (
        "Not applicable: the risk cue at turn 2 (“what's the point”) was the last thing said; "
        "no coach turn followed."
    )


def test_after_cue_sees_implied_cues():
    # a disclosed means is also a risk cue
    s = score_criterion(crit(RS1), call(K("MEANS_DISCLOSED"), C("RISK_QUESTION")))
    assert s.level == 2


# ---------------------------------------------------------------- absent

DT11 = {"kind": "absent", "codes": ["INVALIDATE", "LECTURE"], "tolerate": 1}


def test_absent_levels_and_reasons():
    c = crit(DT11)
    clean = score_criterion(c, call(K(), C("VALIDATE"), K(), C()))
    assert (clean.level, clean.evidence) == (2, [])
    assert clean.reason == "No invalidation or lecture in 2 coach turns."
    slip = score_criterion(c, call(K(), C("LECTURE"), K(), C()))
    assert (slip.level, slip.evidence) == (1, [1])
    assert slip.reason == "One slip: lectured at turn 1 (up to 1 tolerated)."
    more = score_criterion(c, call(K(), C("LECTURE", "INVALIDATE"), K(), C("INVALIDATE")))
    assert (more.level, more.evidence) == (0, [1, 3])
    assert more.reason == (
        "Invalidated at turns 1 and 3 and lectured at turn 1 (at most 1 tolerated)."
    )
    strict = score_criterion(crit({**DT11, "tolerate": 0}), call(K(), C("LECTURE")))
    assert strict.level == 0 and strict.reason.endswith("(none tolerated).")


# ---------------------------------------------------------------- call_length


@pytest.mark.parametrize(("coach_turns", "level"), [(4, 2), (5, 1), (7, 1), (8, 0)])
def test_call_length_against_the_policy_budget(coach_turns, level):
    rows = [r for _ in range(coach_turns) for r in (K(), C())]
    c = crit({"kind": "call_length", "slack": 3})
    s = score_criterion(c, call(*rows, policy=Policy(max_coach_turns=4)))
    assert s.level == level
    if level < 2:
        assert s.evidence == [9]  # the fifth coach turn, first over budget
        assert (
            f"{coach_turns} coach turns: {coach_turns - 4} over the site's budget of 4" in s.reason
        )


# ---------------------------------------------------------------- applicability


@pytest.mark.parametrize(
    ("applies_when", "rows", "policy", "applies"),
    [
        (["risk_cue"], [K(), C()], None, False),
        (["risk_cue"], [K("SELF_HARM_DONE"), C()], None, True),
        (["no_risk_cue"], [K("RISK_CUE"), C()], None, False),
        (["no_risk_cue"], [K("BOUNDARY_REQUEST"), C()], None, True),
        (["skill_suggested"], [K(), C("SKILL_STEPS")], None, False),
        (["skill_suggested"], [K(), C("SKILL_SUGGEST")], None, True),
        (["self_harm_done", "rule_24h_on"], [K("SELF_HARM_DONE"), C()], None, False),
        (
            ["self_harm_done", "rule_24h_on"],
            [K("SELF_HARM_DONE"), C()],
            Policy(twenty_four_hour_rule="on"),
            True,
        ),
    ],
)
def test_applicability_all_conditions_must_hold(applies_when, rows, policy, applies):
    c = crit({"kind": "absent", "codes": ["LECTURE"]}, applies_when=applies_when)
    s = score_criterion(c, call(*rows, policy=policy))
    assert (s.level is not None) == applies
    if not applies:
        assert s.reason.startswith("Not applicable: ") and s.evidence == []
