"""`before`: did a `first` code come before the first `then` code?

First before then (or in the same turn) earns 2, as does first with no `then` at all; first only
after the first `then` earns 1; never first earns 0.
"""

from __future__ import annotations

from typing import ClassVar

from coachsim.content.models import Before, Criterion
from coachsim.scoring import phrases as ph
from coachsim.scoring.checks.base import register
from coachsim.scoring.coded import CodedCall
from coachsim.scoring.result import CriterionScore


def _code(codes: frozenset[str], order: list[str]) -> str:
    return next(c for c in order if c in codes)


@register
class BeforeEvaluator:
    kind: ClassVar[str] = "before"

    def evaluate(self, criterion: Criterion, call: CodedCall) -> CriterionScore:
        check: Before = criterion.check  # type: ignore[assignment]
        first = call.first_with(check.first)
        then = call.first_with(check.then)
        then_txt = ""
        if then is not None:
            then_txt = f"the first {ph.noun(_code(then.codes, check.then))} at turn {then.index}"
        if first is not None:
            did = ph.did(_code(first.codes, check.first))
            if then is None:
                return CriterionScore(
                    level=2,
                    evidence=[first.index],
                    reason=ph.sentence(
                        f"{did} at turn {first.index}; no "
                        f"{ph.join([ph.noun(c) for c in check.then], 'or')} followed"
                    ),
                )
            if first.index < then.index:
                return CriterionScore(
                    level=2,
                    evidence=[first.index, then.index],
                    reason=ph.sentence(f"{did} at turn {first.index}, before {then_txt}"),
                )
            if first.index == then.index:
                return CriterionScore(
                    level=2,
                    evidence=[first.index],
                    reason=ph.sentence(
                        f"{did} at turn {first.index}, in the same turn as {then_txt}"
                    ),
                )
            return CriterionScore(
                level=1,
                evidence=[then.index, first.index],
                reason=ph.sentence(
                    f"{did} for the first time at turn {first.index}, after {then_txt}"
                ),
                missed_at=then.index,
            )
        never = f"never {ph.either(check.first)}"
        if then is not None:
            return CriterionScore(
                level=0,
                evidence=[then.index],
                reason=ph.sentence(f"{never}, and {then_txt} came without it"),
                missed_at=then.index,
            )
        n = len(call.coach)
        return CriterionScore(
            level=0,
            evidence=[],
            reason=ph.sentence(f"{never} in {n} coach turn{'s' * (n != 1)}"),
            missed_at=call.coach[0].index if call.coach else None,
        )

    def due(self, criterion: Criterion, call: CodedCall, score: CriterionScore) -> bool:
        """Actionable once a `then` move came without the `first` one."""
        check: Before = criterion.check  # type: ignore[assignment]
        return score.level == 0 and call.first_with(check.then) is not None

    def wanted(self, criterion: Criterion, score: CriterionScore) -> list[str]:
        return list(criterion.check.first)  # type: ignore[union-attr]
