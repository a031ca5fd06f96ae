"""The shipped content validates, and the committed JSON Schemas are current.

These tests must not be skipped: CI fails while any shipped file has an error.
"""

from __future__ import annotations

import json

from coachsim.content.loader import load_content, repo_paths, repo_root
from coachsim.content.models import Rubric, Scenario
from coachsim.content.schema import schema_files


def test_every_shipped_file_validates() -> None:
    content = load_content(repo_paths())
    assert [str(e) for e in content.errors] == []
    shipped = sorted(p.stem for p in (repo_root() / "scenarios").glob("*.yaml"))
    assert sorted(content.scenarios) == shipped
    assert len(content.rubrics) == len(list((repo_root() / "rubrics").glob("*.yaml")))


def test_committed_schemas_are_current() -> None:
    # Regenerate with: python -m coachsim.content.schema
    for path, text in schema_files().items():
        assert path.exists(), f"{path} is missing"
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale"


def test_no_model_has_a_true_false_field() -> None:
    # The loader flags every unquoted yes/no/on/off because no field takes a boolean; a new
    # boolean field would need that rule changed (coachsim/content/loader.py, _scan).
    for model in (Scenario, Rubric):
        assert '"boolean"' not in json.dumps(model.model_json_schema())
