"""Practice-mode feedback: the one tip for this moment, and better lines for the weakest turns.

`tip_for_turn` looks at the call as it stands and names the single most important missed
behaviour, in this order: a safety gate pending (a cue not yet answered, e.g. a risk cue with no
direct question), then a harm the coach just did, then the weakest applicable criterion whose
miss is already real at this point of the call. The model line comes from the scenario's
`model_responses` (whose `when_missing` matches the missed codes), else the criterion's tip and
one of its good examples.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel

from coachsim.codes import CUES, GATES, SERIOUS_HARM
from coachsim.content.models import Criterion, Rubric, Scenario
from coachsim.scoring import phrases as ph
from coachsim.scoring.checks import get_evaluator
from coachsim.scoring.coded import CodedCall, CodedTurn, expand_cues
from coachsim.scoring.coding import policy_of
from coachsim.scoring.result import ScoreResult
from coachsim.scoring.scorer import Scored, score_all
from coachsim.transcript import Transcript

# Most urgent first.
GATE_PRIORITY = ("ESCALATE_IMMINENT", "MEDICAL_CHECK_AFTER_HARM", "FOLLOW_MEANS", "ASK_RISK")
assert set(GATE_PRIORITY) == set(GATES)


class Tip(BaseModel):
    turn: int  # the last turn the tip looked at
    kind: Literal["gate", "harm", "criterion"]
    rubric: str
    criterion: str
    gate: str | None = None
    code: str | None = None  # the harm code just used
    why: str  # what happened (specific, with turn numbers)
    message: str  # what to do
    model_line: str | None = None  # the scenario's model response for this moment
    example: str | None = None  # one good example line from the rubric


class Alternative(BaseModel):
    turn: int  # a coach turn
    said: str
    rubric: str
    criterion: str
    why: str
    better: str
    source: Literal["scenario", "rubric"]


def _model_line(scenario: Scenario | None, wanted: Sequence[str]) -> str | None:
    if scenario is None or not wanted:
        return None
    for response in scenario.model_responses:
        if set(response.when_missing) & set(wanted):
            return " ".join(response.coach_line.split())
    return None


def _example(criterion: Criterion, turn: int) -> str:
    good = criterion.examples.good
    return good[turn % len(good)]


def _wanted(s: Scored, call: CodedCall) -> list[str]:
    """The codes whose absence is the miss; for codes_present only the unmet groups."""
    check = s.criterion.check
    if check.kind == "codes_present":
        window = call.coach[: check.within_turns] if check.within_turns else call.coach
        used = frozenset().union(*(t.codes for t in window)) if window else frozenset()
        return [c for g in check.groups if not used & set(g) for c in g]
    return get_evaluator(check.kind).wanted(s.criterion, s.score)


def _tip(s: Scored, call: CodedCall, scenario: Scenario | None, **kw) -> Tip:
    last = call.turns[-1].index if call.turns else 0
    wanted = kw.pop("wanted", None)
    wanted = _wanted(s, call) if wanted is None else wanted
    return Tip(
        turn=last,
        rubric=s.rubric.id,
        criterion=s.criterion.id,
        message=" ".join(s.criterion.tip.split()),
        model_line=_model_line(scenario, wanted),
        example=_example(s.criterion, last),
        **kw,
    )


def _pending_why(s: Scored, call: CodedCall) -> str:
    score = s.score
    if score.level is None and score.evidence:  # the cue was the last thing said
        turn = call.turn(score.evidence[0])
        cue = next((c for c in CUES if turn is not None and c in turn.cues), None)
        said = ph.quote(turn.text) if turn is not None else ""
        return ph.sentence(f"the client just gave a {ph.CUE.get(cue or '', 'cue')}{said}")
    return score.reason


def _is_due(s: Scored, call: CodedCall) -> bool:
    if not s.applies:
        return False
    return get_evaluator(s.criterion.check.kind).due(s.criterion, call, s.score)


def tip_for_turn(
    call: CodedCall,
    rubrics: Sequence[Rubric],
    scenario: Scenario | None = None,
    *,
    upto: int | None = None,
) -> Tip | None:
    """The single most important missed behaviour as the call stands after turn `upto`
    (default: the last turn), or None when nothing is missing right now."""
    if upto is not None:
        call = call.upto(upto)
    if not call.turns:
        return None
    scored = score_all(call, rubrics)

    # 1. a safety gate that is pending (cue unanswered), most urgent gate first
    pending = [s for s in scored if s.criterion.gate and _is_due(s, call)]
    if pending:
        s = min(pending, key=lambda s: GATE_PRIORITY.index(s.criterion.gate))
        return _tip(
            s, call, scenario, kind="gate", gate=s.criterion.gate, why=_pending_why(s, call)
        )

    # 2. a harm the coach just did (their latest turn)
    last_coach: CodedTurn | None = call.coach[-1] if call.coach else None
    if last_coach is not None:
        harms = [c for c in last_coach.codes if any(c in s.criterion.harm_codes for s in scored)]
        harms.sort(key=lambda c: (c not in SERIOUS_HARM, c))
        if harms:
            code = harms[0]
            owners = sorted(
                (s for s in scored if code in s.criterion.harm_codes), key=lambda s: not s.applies
            )
            s = next((o for o in owners if _model_line(scenario, _wanted(o, call))), owners[0])
            why = ph.sentence(f"turn {last_coach.index}: {ph.did(code)}")
            return _tip(s, call, scenario, kind="harm", code=code, why=why)

    # 3. the weakest applicable criterion whose miss is already real
    order = {id(s): i for i, s in enumerate(scored)}
    due = [s for s in scored if s.score.level in (0, 1) and _is_due(s, call)]
    if not due:
        return None
    s = min(due, key=lambda s: (s.score.level, -s.criterion.weight, order[id(s)]))
    return _tip(s, call, scenario, kind="criterion", why=s.score.reason)


# ---------------------------------------------------------------- after the call


def call_from_score(score: ScoreResult, transcript: Transcript, policy=None) -> CodedCall:
    """Rebuild the coded call a score was computed from (its turn codes and cues)."""
    cue_at: dict[int, set[str]] = {}
    for cue, indexes in score.cues.items():
        for i in indexes:
            cue_at.setdefault(i, set()).add(cue)
    turns = []
    for i, turn in enumerate(transcript.turns):
        if turn.speaker == "coach":
            codes = frozenset(score.turn_codes.get(i, []))
            turns.append(CodedTurn(i, "coach", codes=codes, text=turn.text))
        else:
            cues = expand_cues(cue_at.get(i, set()))
            turns.append(CodedTurn(i, "client", cues=cues, text=turn.text))
    return CodedCall(tuple(turns), policy or policy_of(transcript, None))


def better_alternatives(
    score: ScoreResult,
    transcript: Transcript,
    scenario: Scenario | None,
    rubrics: Sequence[Rubric],
    *,
    limit: int = 3,
) -> list[Alternative]:
    """For the weakest coach turns (gate failures first, then harm, then low levels by
    weight), what was said and a better line: the scenario's model response when one matches,
    else a good example from the criterion."""
    call = call_from_score(score, transcript, policy_of(transcript, scenario))
    scored = score_all(call, rubrics)
    order = {id(s): i for i, s in enumerate(scored)}

    def rank(s: Scored) -> tuple:
        gate = s.criterion.gate is not None and s.score.level == 0
        harm = s.criterion.check.kind == "absent"
        return (not gate, not harm, s.score.level, -s.criterion.weight, order[id(s)])

    weak = [
        s for s in scored if s.applies and s.score.level in (0, 1) and s.score.missed_at is not None
    ]
    out: list[Alternative] = []
    seen: set[int] = set()
    for s in sorted(weak, key=rank):
        turn = s.score.missed_at
        assert turn is not None
        if turn in seen or transcript.turns[turn].speaker != "coach":
            continue
        seen.add(turn)
        model = _model_line(scenario, _wanted(s, call))
        out.append(
            Alternative(
                turn=turn,
                said=transcript.turns[turn].text,
                rubric=s.rubric.id,
                criterion=s.criterion.id,
                why=s.score.reason,
                better=model or _example(s.criterion, turn),
                source="scenario" if model else "rubric",
            )
        )
        if len(out) >= limit:
            break
    return out
