"""Rubrics and scenarios for scoring, through the content loader (file:line:col errors)."""

from __future__ import annotations

from pathlib import Path

from coachsim.content.catalog import ScenarioNotFound, find_scenario
from coachsim.content.loader import load_content, load_repo_content, repo_root
from coachsim.content.models import Rubric

__all__ = ["ScenarioNotFound", "find_scenario", "load_rubrics", "shipped_rubrics"]

# Shipped rubrics in the order reports show them; others follow by id.
RUBRIC_ORDER = ("distress_tolerance", "boundaries", "risk_safety")


def default_rubrics_dir() -> Path:
    return repo_root() / "rubrics"


def _ordered(rubrics: dict[str, Rubric]) -> list[Rubric]:
    known = [rubrics[r] for r in RUBRIC_ORDER if r in rubrics]
    return known + [rubrics[r] for r in sorted(rubrics) if r not in RUBRIC_ORDER]


def load_rubrics(rubrics_dir: Path | None = None) -> tuple[list[Rubric], list[str]]:
    """The rubrics under `rubrics_dir` (default: the shipped ones) and every error as
    `file:line:col: message`. Scenario files found there are ignored."""
    folder = rubrics_dir or default_rubrics_dir()
    if not folder.exists():
        return [], [f"{folder}: no such folder"]
    content = load_content([folder])
    errors = [str(e) for e in content.errors]
    if not content.rubrics and not errors:
        errors.append(f"{folder}: no rubric files (*.yaml) found")
    return _ordered(content.rubrics), errors


def shipped_rubrics() -> list[Rubric]:
    """The repository's rubrics, loaded once per process (read-only)."""
    return _ordered(load_repo_content().rubrics)
