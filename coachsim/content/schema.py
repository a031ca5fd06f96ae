"""JSON Schemas of the content models, for editor validation while typing YAML.

`python -m coachsim.content.schema` regenerates schemas/*.json; `--check` only compares and
exits 1 when a committed file is stale (a test does the same).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from coachsim.content.loader import repo_root
from coachsim.content.models import Rubric, Scenario
from coachsim.transcript import Transcript

MODELS: dict[str, type[BaseModel]] = {
    "scenario": Scenario,
    "rubric": Rubric,
    "transcript": Transcript,
}


def schema_text(model: type[BaseModel]) -> str:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(model.model_json_schema())
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_files(folder: Path | None = None) -> dict[Path, str]:
    folder = folder or repo_root() / "schemas"
    return {folder / f"{name}.schema.json": schema_text(model) for name, model in MODELS.items()}


def main(argv: list[str]) -> int:
    stale = []
    for path, text in schema_files().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if "--check" not in argv:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    verb = "stale" if "--check" in argv else "written"
    for path in stale:
        print(f"{verb}: {path}")
    return 1 if stale and "--check" in argv else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
