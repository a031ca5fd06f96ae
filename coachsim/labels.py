"""Loading the team's labelled lines, with a fixed train / held-out split."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from coachsim.codes import Code, Cue

LABELS_DIR = Path(__file__).resolve().parent.parent / "labels"
Split = Literal["train", "heldout", "all"]


class CoachLine(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    client: str = ""
    coach: str
    codes: list[Code]


class ClientLine(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    client: str
    cues: list[Cue]


def is_heldout(line_id: str) -> bool:
    return int(hashlib.sha1(line_id.encode()).hexdigest()[:8], 16) % 5 == 0


def _keep(line_id: str, split: Split) -> bool:
    return split == "all" or (split == "heldout") == is_heldout(line_id)


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(s) for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]


def load_coach_lines(split: Split = "train", labels_dir: Path = LABELS_DIR) -> list[CoachLine]:
    lines = [
        CoachLine.model_validate(row)
        for path in sorted(labels_dir.glob("coach_lines_*.jsonl"))
        for row in _read_jsonl(path)
    ]
    return [line for line in lines if _keep(line.id, split)]


def load_client_lines(split: Split = "train", labels_dir: Path = LABELS_DIR) -> list[ClientLine]:
    path = labels_dir / "client_cues.jsonl"
    lines = [ClientLine.model_validate(row) for row in _read_jsonl(path)] if path.exists() else []
    return [line for line in lines if _keep(line.id, split)]
