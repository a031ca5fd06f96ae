"""Where the database is. Kept apart from the store so reading it needs no SQLAlchemy."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def database_url() -> str:
    url = os.environ.get("COACHSIM_DATABASE_URL")
    if url:
        return url
    data = Path(os.environ.get("COACHSIM_DATA_DIR", ROOT / "data"))
    data.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data / 'coachsim.db'}"
