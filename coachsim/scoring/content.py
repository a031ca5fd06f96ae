"""Rubrics and scenarios for scoring, through the content loader (file:line:col errors)."""

from __future__ import annotations

from pathlib import Path

from coachsim.content.loader import load_content, load_repo_content, repo_root
from coachsim.content.models import Rubric, Scenario

# Shipped rubrics in the order reports show them; others follow by id.
RUBRIC_ORDER = ("distress_tolerance", "boundaries", "risk_safety")


class ScenarioNotFound(LookupError):
    pass


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


def find_scenario(ref: str, base: Path | None = None) -> Scenario:
    """A scenario by id (from the shipped scenarios/) or by path to its YAML file (relative to
    `base`, e.g. the transcript's folder, or to the working directory)."""
    if ref.endswith((".yaml", ".yml")) or "/" in ref:
        candidates = [Path(ref)] + ([base / ref] if base is not None else [])
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            raise ScenarioNotFound(f"scenario file '{ref}' not found")
        content = load_content([path])
        if content.errors:
            raise ScenarioNotFound(f"scenario '{ref}' does not load: {content.errors[0]}")
        if not content.scenarios:
            raise ScenarioNotFound(f"'{ref}' is not a scenario file")
        return next(iter(content.scenarios.values()))
    content = load_repo_content()
    if ref in content.scenarios:
        return content.scenarios[ref]
    broken = [e for e in content.errors if Path(e.file).stem == ref]
    if broken:
        raise ScenarioNotFound(f"scenario '{ref}' does not load: {broken[0]}")
    known = ", ".join(sorted(content.scenarios)) or "none"
    raise ScenarioNotFound(f"unknown scenario '{ref}' (known: {known})")
