"""`codes_present`: were enough of the code groups used (optionally within the first N turns)?

A group is met by the first coach turn carrying any of its codes. `full` groups met (default:
all) earns 2, at least `partial` earns 1, fewer earns 0.
"""

from __future__ import annotations

from typing import ClassVar

from coachsim.content.models import CodesPresent, Criterion
from coachsim.scoring import phrases as ph
from coachsim.scoring.checks.base import register
from coachsim.scoring.coded import CodedCall, CodedTurn
from coachsim.scoring.result import CriterionScore

# Without a turn window, a missing group only counts as a real miss (for a tip) once this share
# of the site's coach-turn budget has gone.
LATE_SHARE = 0.6


def _window(check: CodesPresent, call: CodedCall) -> tuple[CodedTurn, ...]:
    return call.coach[: check.within_turns] if check.within_turns else call.coach


def _met(check: CodesPresent, call: CodedCall) -> list[tuple[int, CodedTurn, str] | None]:
    window = _window(check, call)
    out: list[tuple[int, CodedTurn, str] | None] = []
    for g, group in enumerate(check.groups):
        turn = next((t for t in window if t.codes & set(group)), None)
        out.append(None if turn is None else (g, turn, next(c for c in group if c in turn.codes)))
    return out


@register
class CodesPresentEvaluator:
    kind: ClassVar[str] = "codes_present"

    def evaluate(self, criterion: Criterion, call: CodedCall) -> CriterionScore:
        check: CodesPresent = criterion.check  # type: ignore[assignment]
        found = _met(check, call)
        met = [f for f in found if f is not None]
        full = check.full or len(check.groups)
        level = 2 if len(met) >= full else 1 if len(met) >= check.partial else 0
        scope = f" in the first {check.within_turns} coach turns" if check.within_turns else ""
        within = f" (within the first {check.within_turns} coach turns)" if scope else ""

        parts, seen = [], set()
        for _, turn, code in sorted(met, key=lambda m: m[1].index):
            if (code, turn.index) not in seen:
                seen.add((code, turn.index))
                parts.append(f"{ph.did(code)} at turn {turn.index}")
        missing, named = [], set()
        for g, f in enumerate(found):
            if f is None:
                fresh = [c for c in check.groups[g] if c not in named] or list(check.groups[g])
                missing.append(ph.either(fresh))
                named |= set(check.groups[g])
        evidence = sorted({turn.index for _, turn, _ in met})

        never = ", and never ".join(missing)
        if level == 2 or not missing:
            reason = ph.join(parts) + within
        elif parts:
            reason = f"{ph.join(parts)}, but never {never}{scope}"
        else:
            reason = f"never {never}{scope}"
        return CriterionScore(
            level=level,
            evidence=evidence,
            reason=ph.sentence(reason),
            missed_at=None if level == 2 else self._missed_at(check, call, evidence),
        )

    def _missed_at(self, check: CodesPresent, call: CodedCall, evidence: list[int]) -> int | None:
        window = _window(check, call)
        if not window:
            return None
        if evidence:
            later = [t.index for t in window if t.index > evidence[-1]]
            return later[0] if later else window[-1].index
        return window[0].index if check.within_turns else window[-1].index

    def due(self, criterion: Criterion, call: CodedCall, score: CriterionScore) -> bool:
        """With a turn window: as soon as the call has started. Without one (a plan, steps,
        the safety plan): only once most of the site's turn budget has gone."""
        check: CodesPresent = criterion.check  # type: ignore[assignment]
        if score.level is None or score.level == 2 or not call.coach:
            return False
        if check.within_turns:
            return True
        return len(call.coach) >= LATE_SHARE * call.policy.max_coach_turns

    def wanted(self, criterion: Criterion, score: CriterionScore) -> list[str]:
        check: CodesPresent = criterion.check  # type: ignore[assignment]
        return [c for g in check.groups for c in g]
