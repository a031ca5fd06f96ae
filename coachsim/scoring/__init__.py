"""Scoring calls against rubrics (DESIGN §4.3, §5 Scoring).

Pure core: `score_call(CodedCall, rubrics, scenario=...)` -> `ScoreResult` (codes and cues are
inputs, so tests can hand-write them). Wrappers: `code_transcript(s)` detect them from
transcripts (one batch), `score_transcript(s)` do both. Practice feedback: `tip_for_turn`,
`better_alternatives`. One evaluator per check kind lives in `coachsim.scoring.checks`.
"""

from __future__ import annotations

from collections.abc import Sequence

from coachsim.content.models import Rubric, Scenario
from coachsim.scoring.coded import CodedCall, CodedTurn, expand_cues
from coachsim.scoring.coding import Coder, code_transcript, code_transcripts, default_coder
from coachsim.scoring.content import (
    ScenarioNotFound,
    default_rubrics_dir,
    find_scenario,
    load_rubrics,
    shipped_rubrics,
)
from coachsim.scoring.feedback import Alternative, Tip, better_alternatives, tip_for_turn
from coachsim.scoring.result import CriterionScore, Metrics, RubricScore, ScoreResult
from coachsim.scoring.scorer import band_of, metrics, score_call, score_criterion
from coachsim.transcript import Transcript


def score_transcripts(
    items: Sequence[tuple[Transcript, Scenario | None]],
    rubrics: Sequence[Rubric],
    *,
    files: Sequence[str] | None = None,
    trust_meta_codes: bool = False,
    coder: Coder | None = None,
) -> list[ScoreResult]:
    """Detect (one batch) and score many transcripts."""
    calls = code_transcripts(items, trust_meta_codes=trust_meta_codes, coder=coder)
    names = list(files) if files is not None else [""] * len(items)
    return [
        score_call(call, rubrics, scenario=scenario, file=name)
        for call, (_, scenario), name in zip(calls, items, names, strict=True)
    ]


def score_transcript(
    transcript: Transcript,
    rubrics: Sequence[Rubric],
    scenario: Scenario | None = None,
    *,
    file: str = "",
    trust_meta_codes: bool = False,
    coder: Coder | None = None,
) -> ScoreResult:
    return score_transcripts(
        [(transcript, scenario)],
        rubrics,
        files=[file],
        trust_meta_codes=trust_meta_codes,
        coder=coder,
    )[0]


__all__ = [
    "Alternative",
    "CodedCall",
    "CodedTurn",
    "Coder",
    "CriterionScore",
    "Metrics",
    "RubricScore",
    "ScenarioNotFound",
    "ScoreResult",
    "Tip",
    "band_of",
    "better_alternatives",
    "code_transcript",
    "code_transcripts",
    "default_coder",
    "default_rubrics_dir",
    "expand_cues",
    "find_scenario",
    "load_rubrics",
    "metrics",
    "score_call",
    "score_criterion",
    "score_transcript",
    "score_transcripts",
    "shipped_rubrics",
    "tip_for_turn",
]
