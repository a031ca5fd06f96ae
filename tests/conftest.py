from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy
import yaml

from coachsim.content.models import Scenario

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


def load_scenario(scenario_id: str) -> Scenario:
    data = yaml.safe_load((ROOT / "scenarios" / f"{scenario_id}.yaml").read_text())
    return Scenario.model_validate(data)


@pytest.fixture(scope="session")
def reluctant() -> Scenario:
    return load_scenario("s03-reluctant-caller")


POSTGRES_URL = os.environ.get(
    "COACHSIM_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database of each kind. PostgreSQL must be up: a missing server fails, never skips."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'coachsim.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(POSTGRES_URL)
    with admin.begin() as conn:
        conn.execute(sqlalchemy.text(f"CREATE SCHEMA {schema}"))
    sep = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(sqlalchemy.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()
