"""`python -m coachsim score FILE... [--rubrics DIR] [--json]` (DESIGN §4.3)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coachsim.content.catalog import ScenarioNotFound, find_scenario
from coachsim.content.models import Rubric, Scenario
from coachsim.scoring import phrases as ph
from coachsim.scoring.coding import Coder, code_transcripts
from coachsim.scoring.content import load_rubrics
from coachsim.scoring.result import ScoreResult
from coachsim.scoring.scorer import score_call
from coachsim.transcript import Transcript, TranscriptError, load_transcript


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def score_files(
    files: list[Path], rubrics: list[Rubric], coder: Coder | None = None
) -> tuple[list[ScoreResult], list[str]]:
    """Score every readable file (one detector batch for all); errors name the file (and the
    turn, for a malformed transcript)."""
    items: list[tuple[Path, Transcript, Scenario | None]] = []
    errors: list[str] = []
    for path in files:
        try:
            transcript = load_transcript(path)
        except TranscriptError as exc:
            errors.append(str(exc))
            continue
        scenario = None
        if transcript.scenario:
            try:
                scenario = find_scenario(transcript.scenario, base=path.parent)
            except ScenarioNotFound as exc:
                errors.append(f"{path}: {exc}")
                continue
        items.append((path, transcript, scenario))
    calls = code_transcripts([(t, s) for _, t, s in items], coder=coder)
    results = [
        score_call(call, rubrics, scenario=scenario, file=str(path))
        for (path, _, scenario), call in zip(items, calls, strict=True)
    ]
    return results, errors


def render(result: ScoreResult) -> str:
    """A readable table for one file."""
    out = [f"== {result.file}" + (f"  (scenario {result.scenario})" if result.scenario else "")]
    overall = "-" if result.overall is None else f"{result.overall:.1f}"
    out.append(f"band: {result.band}    overall: {overall}")
    out.append("gates failed: " + (", ".join(result.gates_failed) or "none"))
    harms = [f"{c} ({ph.turns(result.harm_turns.get(c, []))})" for c in result.harm_flags]
    out.append("harm flags: " + (", ".join(harms) or "none"))
    if result.critical_fails:
        out.append("scenario critical fails: " + ", ".join(result.critical_fails))
    for rubric_id, rubric in result.rubrics.items():
        score = "n/a" if rubric.score is None else f"{rubric.score:.1f}"
        out.append(f"{rubric_id}: {score}")
        for crit_id, crit in rubric.criteria.items():
            level = "-" if crit.level is None else str(crit.level)
            turns = ",".join(map(str, crit.evidence))
            out.append(f"  {crit_id:<5} {level}  {turns:<10} {crit.reason}")
    used = ", ".join(f"{c} {n}" for c, n in result.codes.items() if n)
    out.append("codes: " + (used or "none"))
    if result.metrics is not None:
        m = result.metrics
        ratio = "-" if m.elicit_tell_ratio is None else f"{m.elicit_tell_ratio:.2f}"
        out.append(
            f"metrics: {m.coach_turns} coach turns; {m.validations_before_first_change} "
            f"validations before the first change move; elicit:tell {m.elicit}:{m.tell} "
            f"({ratio}); turns to commitment "
            f"{'-' if m.turns_to_commitment is None else m.turns_to_commitment}; "
            f"non-adherent {m.non_adherent}"
        )
    return "\n".join(out)


def run_score(files: list[Path], rubrics_dir: Path | None, as_json: bool) -> int:
    rubrics, rubric_errors = load_rubrics(rubrics_dir)
    for message in rubric_errors:
        print(message, file=sys.stderr)
    if not rubrics:
        _err("no rubrics loaded; nothing scored")
        return 1
    results, errors = score_files(files, rubrics)
    for message in errors:
        _err(message)
    if as_json:
        print(json.dumps([r.to_json() for r in results], indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(render(r) for r in results))
    return 1 if errors or rubric_errors else 0
