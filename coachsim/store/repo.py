"""The store's one class. Every write commits before it returns, so nothing said is lost."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, delete, event, func, inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from coachsim.secrets import scrub
from coachsim.store.tables import Audit, Call, Override, TurnRow
from coachsim.store.url import database_url
from coachsim.transcript import Turn

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class CallSummary:
    id: str
    trainee: str
    scenario_id: str
    mode: str
    client_kind: str
    started_at: datetime
    ended_at: datetime | None
    ended_reason: str | None
    band: str | None
    result: dict[str, Any] | None
    turn_count: int
    parent_id: str | None
    seed: int


@dataclass(frozen=True)
class CallRecord:
    summary: CallSummary
    turns: list[Turn]


def _head_revision() -> str:
    """The newest revision id: the highest-numbered file in migrations/versions/."""
    return max(p.stem.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def _current_revision(connection: Any) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")  # a reader never blocks the writer
        cursor.close()


class Store:
    def __init__(self, url: str | None = None, migrate: bool = True) -> None:
        self.url = url or database_url()
        self.engine = create_engine(self.url, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":
            _sqlite_pragmas(self.engine)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        if migrate:
            self.migrate()

    def migrate(self) -> None:
        """Bring the schema to the newest revision (cheap when it is there already)."""
        with self.engine.connect() as connection:
            if _current_revision(connection) == _head_revision():
                return
        # Alembic is only imported when there is something to do: it costs ~0.3 s at start-up.
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        with self._session() as session, session.begin():
            yield session

    # ------------------------------------------------------------ calls and turns

    def start_call(
        self,
        trainee: str,
        scenario_id: str,
        turns: list[Turn],
        *,
        seed: int = 0,
        mode: str = "practice",
        client_kind: str = "scripted",
        parent_id: str | None = None,
    ) -> str:
        call_id = str(uuid.uuid4())
        with self._tx() as s:
            s.add(
                Call(
                    id=call_id,
                    trainee=trainee,
                    scenario_id=scenario_id,
                    seed=seed,
                    mode=mode,
                    client_kind=client_kind,
                    parent_id=parent_id,
                )
            )
            s.flush()
            for idx, turn in enumerate(turns):
                s.add(self._row(call_id, idx, turn))
            s.add(Audit(actor=trainee, action="start_call", call_id=call_id, details={}))
        return call_id

    def add_turns(self, call_id: str, first_idx: int, turns: list[Turn]) -> None:
        """Append turns at their indexes; a unique (call, idx) makes a double write fail loudly."""
        with self._tx() as s:
            for offset, turn in enumerate(turns):
                s.add(self._row(call_id, first_idx + offset, turn))

    def end_call(self, call_id: str, reason: str, result: dict[str, Any] | None) -> None:
        with self._tx() as s:
            call = s.get(Call, call_id)
            if call is None:
                raise KeyError(call_id)
            call.ended_at = datetime.now(UTC)
            call.ended_reason = reason
            call.result = scrub(result) if result is not None else None
            call.band = (result or {}).get("band")
            s.add(Audit(actor=call.trainee, action="end_call", call_id=call_id, details={}))

    def get_call(self, call_id: str) -> CallRecord | None:
        with self._session() as s:
            call = s.get(Call, call_id)
            if call is None:
                return None
            rows = s.scalars(
                select(TurnRow).where(TurnRow.call_id == call_id).order_by(TurnRow.idx)
            ).all()
            turns = [Turn(speaker=r.speaker, text=r.text, meta=r.meta or {}) for r in rows]
            return CallRecord(self._summary(call, len(turns)), turns)

    def list_calls(self, trainee: str | None = None, limit: int = 500) -> list[CallSummary]:
        counts = (
            select(TurnRow.call_id, func.count().label("n")).group_by(TurnRow.call_id).subquery()
        )
        query = (
            select(Call, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.call_id == Call.id)
            .order_by(Call.started_at.desc(), Call.id)
            .limit(limit)
        )
        if trainee is not None:
            query = query.where(Call.trainee == trainee)
        with self._session() as s:
            return [self._summary(call, n) for call, n in s.execute(query).all()]

    def delete_call(self, call_id: str, actor: str) -> None:
        with self._tx() as s:
            s.execute(delete(TurnRow).where(TurnRow.call_id == call_id))
            s.execute(delete(Override).where(Override.call_id == call_id))
            s.execute(delete(Call).where(Call.id == call_id))
            s.add(Audit(actor=actor, action="delete_call", call_id=call_id, details={}))

    # ------------------------------------------------------------ supervision

    def add_override(
        self, call_id: str, criterion_id: str, level: int | None, comment: str, supervisor: str
    ) -> None:
        with self._tx() as s:
            s.add(
                Override(
                    call_id=call_id,
                    criterion_id=criterion_id,
                    level=level,
                    comment=comment,
                    supervisor=supervisor,
                )
            )
            s.add(
                Audit(
                    actor=supervisor,
                    action="override",
                    call_id=call_id,
                    details={"criterion": criterion_id, "level": level},
                )
            )

    def overrides(self, call_id: str | None = None) -> list[dict[str, Any]]:
        query = select(Override).order_by(Override.created_at, Override.id)
        if call_id is not None:
            query = query.where(Override.call_id == call_id)
        with self._session() as s:
            return [
                {
                    "call_id": o.call_id,
                    "criterion_id": o.criterion_id,
                    "level": o.level,
                    "comment": o.comment,
                    "supervisor": o.supervisor,
                    "created_at": o.created_at,
                }
                for o in s.scalars(query).all()
            ]

    def audit_log(self, limit: int = 200) -> list[dict[str, Any]]:
        query = select(Audit).order_by(Audit.id.desc()).limit(limit)
        with self._session() as s:
            return [
                {
                    "at": a.created_at,
                    "actor": a.actor,
                    "action": a.action,
                    "call_id": a.call_id,
                    "details": a.details,
                }
                for a in s.scalars(query).all()
            ]

    # ------------------------------------------------------------ helpers

    @staticmethod
    def _row(call_id: str, idx: int, turn: Turn) -> TurnRow:
        return TurnRow(
            call_id=call_id,
            idx=idx,
            speaker=turn.speaker,
            text=scrub(turn.text),
            meta=scrub(turn.meta),
        )

    @staticmethod
    def _summary(call: Call, turn_count: int) -> CallSummary:
        return CallSummary(
            id=call.id,
            trainee=call.trainee,
            scenario_id=call.scenario_id,
            mode=call.mode,
            client_kind=call.client_kind,
            started_at=call.started_at,
            ended_at=call.ended_at,
            ended_reason=call.ended_reason,
            band=call.band,
            result=call.result,
            turn_count=turn_count,
            parent_id=call.parent_id,
            seed=call.seed,
        )
