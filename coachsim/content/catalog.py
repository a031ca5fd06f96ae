"""Finding one scenario by id or by path: shared by `play`, `score` and the app."""

from __future__ import annotations

from pathlib import Path

from coachsim.content.loader import load_content, load_repo_content
from coachsim.content.models import Scenario


class ScenarioNotFound(LookupError):
    pass


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
