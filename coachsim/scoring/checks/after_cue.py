"""`after_cue`: did the coach answer a client cue in time?

The first time the cue appears opens the moment. A `codes` code in the coach turn that drew the
cue out (the question just before it) or within `within` coach turns after it earns 2; later
earns 1. `weak_codes` alone (e.g. a leading risk question) earn 1, except on a criterion with a
gate: a weak code never passes a gate, so there it stays 0. When the cue was the last thing said
and no coach turn followed, the criterion is not applicable (no chance to answer).
"""

from __future__ import annotations

from typing import ClassVar

from coachsim.content.models import AfterCue, Criterion
from coachsim.scoring import phrases as ph
from coachsim.scoring.checks.base import register
from coachsim.scoring.coded import CodedCall, CodedTurn
from coachsim.scoring.result import CriterionScore


def _first_code(turn: CodedTurn, codes: list[str]) -> str:
    return next(c for c in codes if c in turn.codes)


@register
class AfterCueEvaluator:
    kind: ClassVar[str] = "after_cue"

    def _moment(self, check: AfterCue, call: CodedCall):
        at = call.cue_turns(check.cue)[0]
        before = call.turn(at - 1)
        prompt = before if before is not None and before.speaker == "coach" else None
        after = [t for t in call.coach if t.index > at]
        return at, prompt, after

    def evaluate(self, criterion: Criterion, call: CodedCall) -> CriterionScore:
        check: AfterCue = criterion.check  # type: ignore[assignment]
        cue_name = ph.CUE[check.cue]
        if not call.cue_turns(check.cue):
            return CriterionScore(level=None, reason=f"Not applicable: no {cue_name} in the call.")
        at, prompt, after = self._moment(check, call)
        cue_turn = call.turn(at)
        where = f"{cue_name} at turn {at}{ph.quote(cue_turn.text if cue_turn else '')}"
        strong = list(check.codes)
        weak = [c for c in check.weak_codes if c not in strong]
        # position 0: the coach turn that drew the cue out; 1: the next coach turn; ...
        candidates = ([(0, prompt)] if prompt else []) + list(enumerate(after, start=1))
        missed_at = after[0].index if after else None

        hit = next(((pos, t) for pos, t in candidates if t.codes & set(strong)), None)
        if hit is not None:
            pos, turn = hit
            code = _first_code(turn, strong)
            evidence = sorted({at, turn.index})
            if pos == 0:
                return CriterionScore(
                    level=2,
                    evidence=evidence,
                    reason=ph.sentence(
                        f"{where}; it answered the coach's turn {turn.index}, which {ph.did(code)}."
                    ),
                )
            if pos <= check.within:
                when = "the next coach turn" if pos == 1 else f"{pos} coach turns later"
                return CriterionScore(
                    level=2,
                    evidence=evidence,
                    reason=ph.sentence(f"{where}; {ph.did(code)} at turn {turn.index}, {when}."),
                )
            return CriterionScore(
                level=1,
                evidence=evidence,
                reason=ph.sentence(
                    f"{where}; {ph.did(code)} only at turn {turn.index}, {pos} coach turns later "
                    f"(aim for within {check.within})"
                ),
                missed_at=missed_at,
            )
        if not after:
            return CriterionScore(
                level=None,
                evidence=[at],
                reason=f"Not applicable: the {where} was the last thing said; no coach turn followed.",
            )
        never = f"never {ph.either(strong)}"
        weak_hit = next(((pos, t) for pos, t in candidates if t.codes & set(weak)), None)
        if weak_hit is not None:
            turn = weak_hit[1]
            code = _first_code(turn, weak)
            if criterion.gate:
                return CriterionScore(
                    level=0,
                    evidence=sorted({at, turn.index}),
                    reason=ph.sentence(
                        f"{where}; only {ph.did(code)} at turn {turn.index}, which invites a 'no' "
                        f"and does not pass the {criterion.gate} gate; {never}"
                    ),
                    missed_at=missed_at,
                )
            return CriterionScore(
                level=1,
                evidence=sorted({at, turn.index}),
                reason=ph.sentence(f"{where}; {ph.did(code)} at turn {turn.index}, but {never}."),
                missed_at=missed_at,
            )
        n = len(after)
        following = (
            "the coach turn that followed" if n == 1 else f"the {n} coach turns that followed"
        )
        return CriterionScore(
            level=0,
            evidence=[at],
            reason=ph.sentence(f"{where}; {never} in {following}"),
            missed_at=missed_at,
        )

    def due(self, criterion: Criterion, call: CodedCall, score: CriterionScore) -> bool:
        """Actionable while the cue is still unanswered (including right after it was said)."""
        check: AfterCue = criterion.check  # type: ignore[assignment]
        if not call.cue_turns(check.cue):
            return False
        return score.level == 0 or (score.level is None and bool(score.evidence))

    def wanted(self, criterion: Criterion, score: CriterionScore) -> list[str]:
        return list(criterion.check.codes)  # type: ignore[union-attr]
