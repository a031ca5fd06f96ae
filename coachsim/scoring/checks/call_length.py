"""`call_length`: did the call end within the site's coach-turn budget (policy max_coach_turns)?

Within the budget earns 2, up to `slack` turns over earns 1, more earns 0.
"""

from __future__ import annotations

from typing import ClassVar

from coachsim.content.models import CallLength, Criterion
from coachsim.scoring import phrases as ph
from coachsim.scoring.checks.base import register
from coachsim.scoring.coded import CodedCall
from coachsim.scoring.result import CriterionScore


@register
class CallLengthEvaluator:
    kind: ClassVar[str] = "call_length"

    def evaluate(self, criterion: Criterion, call: CodedCall) -> CriterionScore:
        check: CallLength = criterion.check  # type: ignore[assignment]
        n, budget = len(call.coach), call.policy.max_coach_turns
        if n <= budget:
            return CriterionScore(
                level=2, reason=f"{n} coach turns, within the site's budget of {budget}."
            )
        over = n - budget
        first_over = call.coach[budget].index
        if over <= check.slack:
            return CriterionScore(
                level=1,
                evidence=[first_over],
                reason=ph.sentence(
                    f"{n} coach turns: {over} over the site's budget of {budget} from turn "
                    f"{first_over} (up to {check.slack} over earns partial credit)"
                ),
                missed_at=first_over,
            )
        return CriterionScore(
            level=0,
            evidence=[first_over],
            reason=ph.sentence(
                f"{n} coach turns: {over} over the site's budget of {budget} from turn "
                f"{first_over}; wind down with a summary and a warm close"
            ),
            missed_at=first_over,
        )

    def due(self, criterion: Criterion, call: CodedCall, score: CriterionScore) -> bool:
        return score.level in (0, 1)

    def wanted(self, criterion: Criterion, score: CriterionScore) -> list[str]:
        return ["COMMITMENT"]
