"""Scoring a coded call against rubrics: criteria, rubric scores, gates, harm flags, band."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coachsim.codes import GATES, NON_ADHERENT, SERIOUS_HARM
from coachsim.content.models import Criterion, Rubric, Scenario
from coachsim.scoring.applicability import not_applicable
from coachsim.scoring.checks import get_evaluator
from coachsim.scoring.coded import CodedCall
from coachsim.scoring.result import CriterionScore, Metrics, RubricScore, ScoreResult

PROFICIENT, DEVELOPING = 80.0, 60.0
CHANGE_CODES = ("SKILL_SUGGEST", "SKILL_STEPS", "PROBLEM_SOLVE_FOR")
ELICIT_CODES = ("ELICIT_TRIED", "TROUBLESHOOT")
TELL_CODES = ("SKILL_SUGGEST", "PROBLEM_SOLVE_FOR")


@dataclass(frozen=True)
class Scored:
    rubric: Rubric
    criterion: Criterion
    score: CriterionScore
    applies: bool


def score_criterion(criterion: Criterion, call: CodedCall) -> CriterionScore:
    """One criterion: None (with the reason) when it does not apply, else its check's level."""
    reason = not_applicable(criterion, call)
    if reason is not None:
        return CriterionScore(level=None, reason=reason)
    return get_evaluator(criterion.check.kind).evaluate(criterion, call)


def score_all(call: CodedCall, rubrics: Sequence[Rubric]) -> list[Scored]:
    out = []
    for rubric in rubrics:
        for criterion in rubric.criteria:
            reason = not_applicable(criterion, call)
            if reason is None:
                score = get_evaluator(criterion.check.kind).evaluate(criterion, call)
            else:
                score = CriterionScore(level=None, reason=reason)
            out.append(Scored(rubric, criterion, score, reason is None))
    return out


def _points(items: Iterable[Scored]) -> tuple[int, int]:
    got = total = 0
    for s in items:
        if s.score.level is not None:
            got += s.criterion.weight * s.score.level
            total += s.criterion.weight * 2
    return got, total


def _percent(got: int, total: int) -> float | None:
    return round(100.0 * got / total, 1) if total else None


def metrics(call: CodedCall) -> Metrics:
    counts = call.code_counts()
    first_change = call.first_with(CHANGE_CODES)
    limit = first_change.index if first_change else None
    before = sum(
        1 for t in call.coach if "VALIDATE" in t.codes and (limit is None or t.index < limit)
    )
    elicit = sum(counts[c] for c in ELICIT_CODES)
    tell = sum(counts[c] for c in TELL_CODES)
    commit = call.first_with(["COMMITMENT"])
    return Metrics(
        coach_turns=len(call.coach),
        validations_before_first_change=before,
        first_change_turn=limit,
        elicit=elicit,
        tell=tell,
        elicit_tell_ratio=round(elicit / tell, 2) if tell else None,
        turns_to_commitment=(
            sum(1 for t in call.coach if t.index <= commit.index) if commit else None
        ),
        non_adherent=sum(counts[c] for c in NON_ADHERENT),
        validations=counts["VALIDATE"],
    )


def harm_codes_of(rubrics: Sequence[Rubric], scenario: Scenario | None = None) -> list[str]:
    """Every code that is a harm flag when detected: criteria harm_codes and the scenario's
    critical fails, non-adherent codes only, in a stable order."""
    found: set[str] = set()
    for rubric in rubrics:
        for criterion in rubric.criteria:
            found |= set(criterion.harm_codes)
    if scenario is not None:
        for fail in scenario.critical_fails:
            found |= set(fail.harm_codes)
    return [c for c in NON_ADHERENT if c in found]


def band_of(gates_failed: Sequence[str], harm_flags: Sequence[str], overall: float | None) -> str:
    if gates_failed or SERIOUS_HARM & set(harm_flags):
        return "needs_practice"
    if overall is None:  # nothing applied: no evidence of competence
        return "needs_practice"
    if overall >= PROFICIENT:
        return "proficient"
    return "developing" if overall >= DEVELOPING else "needs_practice"


def score_call(
    call: CodedCall,
    rubrics: Sequence[Rubric],
    *,
    scenario: Scenario | None = None,
    file: str = "",
) -> ScoreResult:
    """The pure scoring function: codes and cues in, DESIGN §4.3 result out."""
    scored = score_all(call, rubrics)
    rubric_scores: dict[str, RubricScore] = {}
    for rubric in rubrics:
        mine = [s for s in scored if s.rubric is rubric]
        rubric_scores[rubric.id] = RubricScore(
            score=_percent(*_points(mine)),
            criteria={s.criterion.id: s.score for s in mine},
        )
    failed = {s.criterion.gate for s in scored if s.criterion.gate and s.score.level == 0}
    gates_failed = [g for g in GATES if g in failed]

    harm_turns: dict[str, list[int]] = {}
    for code in harm_codes_of(rubrics, scenario):
        turns = [t.index for t in call.coach if code in t.codes]
        if turns:
            harm_turns[code] = turns
    harm_flags = list(harm_turns)

    overall = _percent(*_points(scored))
    critical = []
    if scenario is not None:
        critical = [
            f.id
            for f in scenario.critical_fails
            if (f.gate and f.gate in gates_failed) or set(f.harm_codes) & set(harm_flags)
        ]
    cues: dict[str, list[int]] = {}
    for t in call.client:
        for cue in sorted(t.cues):
            cues.setdefault(cue, []).append(t.index)
    return ScoreResult(
        file=file,
        band=band_of(gates_failed, harm_flags, overall),  # type: ignore[arg-type]
        gates_failed=gates_failed,
        harm_flags=harm_flags,
        rubrics=rubric_scores,
        codes=call.code_counts(),
        overall=overall,
        scenario=scenario.id if scenario else None,
        metrics=metrics(call),
        harm_turns=harm_turns,
        critical_fails=critical,
        cues=cues,
        turn_codes={t.index: sorted(t.codes) for t in call.coach},
    )
