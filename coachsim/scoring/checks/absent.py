"""`absent`: were the listed (non-adherent) codes avoided?

No coach turn carrying one earns 2; at most `tolerate` such turns earn 1; more earn 0.
"""

from __future__ import annotations

from typing import ClassVar

from coachsim.content.models import Absent, Criterion
from coachsim.scoring import phrases as ph
from coachsim.scoring.checks.base import register
from coachsim.scoring.coded import CodedCall
from coachsim.scoring.result import CriterionScore


@register
class AbsentEvaluator:
    kind: ClassVar[str] = "absent"

    def evaluate(self, criterion: Criterion, call: CodedCall) -> CriterionScore:
        check: Absent = criterion.check  # type: ignore[assignment]
        hits = [(t.index, [c for c in check.codes if c in t.codes]) for t in call.coach]
        hits = [(i, codes) for i, codes in hits if codes]
        n = len(hits)
        if n == 0:
            total = len(call.coach)
            return CriterionScore(
                level=2,
                reason=ph.sentence(
                    f"no {ph.join([ph.noun(c) for c in check.codes], 'or')} in "
                    f"{total} coach turn{'s' * (total != 1)}"
                ),
            )
        by_code: dict[str, list[int]] = {}
        for i, codes in hits:
            for code in codes:
                by_code.setdefault(code, []).append(i)
        parts = [f"{ph.did(code)} at {ph.turns(turns)}" for code, turns in by_code.items()]
        evidence = [i for i, _ in hits]
        if n <= check.tolerate:
            slips = "one slip" if n == 1 else f"{n} slips"
            return CriterionScore(
                level=1,
                evidence=evidence,
                reason=ph.sentence(f"{slips}: {ph.join(parts)} (up to {check.tolerate} tolerated)"),
                missed_at=evidence[0],
            )
        allowed = "none" if check.tolerate == 0 else f"at most {check.tolerate}"
        return CriterionScore(
            level=0,
            evidence=evidence,
            reason=ph.sentence(f"{ph.join(parts)} ({allowed} tolerated)"),
            missed_at=evidence[0],
        )

    def due(self, criterion: Criterion, call: CodedCall, score: CriterionScore) -> bool:
        return score.level in (0, 1)

    def wanted(self, criterion: Criterion, score: CriterionScore) -> list[str]:
        return []
