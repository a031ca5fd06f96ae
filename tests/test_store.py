"""The store keeps every turn, on SQLite and on the real PostgreSQL server alike."""

from __future__ import annotations

import pytest
import sqlalchemy

from coachsim.store import Store
from coachsim.transcript import Turn


def client(text: str, **meta) -> Turn:
    return Turn(speaker="client", text=text, meta=meta)


def coach(text: str, **meta) -> Turn:
    return Turn(speaker="coach", text=text, meta=meta)


def test_turns_survive_a_new_store_on_the_same_database(database_url: str) -> None:
    store = Store(database_url)
    call_id = store.start_call("ana", "s03-reluctant-caller", [client("Hi, sorry to bother you")])
    store.add_turns(
        call_id, 1, [coach("I'm glad you called", codes=["WELCOME_CALL"]), client("ok")]
    )
    store.engine.dispose()  # as after a server restart

    again = Store(database_url)
    record = again.get_call(call_id)
    assert record is not None
    assert [t.text for t in record.turns] == [
        "Hi, sorry to bother you",
        "I'm glad you called",
        "ok",
    ]
    assert record.turns[1].meta == {"codes": ["WELCOME_CALL"]}
    assert record.summary.ended_at is None


def test_a_turn_index_is_written_once(database_url: str) -> None:
    store = Store(database_url)
    call_id = store.start_call("ana", "s01", [client("hi")])
    store.add_turns(call_id, 1, [coach("hello")])
    with pytest.raises(sqlalchemy.exc.IntegrityError):
        store.add_turns(call_id, 1, [coach("hello again")])
    assert [t.text for t in store.get_call(call_id).turns] == ["hi", "hello"]


def test_end_call_keeps_result_and_band_and_lists_by_trainee(database_url: str) -> None:
    store = Store(database_url)
    first = store.start_call("ana", "s01", [client("hi")])
    store.start_call("ben", "s02", [client("hi")])
    store.end_call(first, "commitment", {"band": "developing", "rubrics": {}})
    ana = store.list_calls("ana")
    assert [c.id for c in ana] == [first]
    assert ana[0].band == "developing" and ana[0].ended_reason == "commitment"
    assert ana[0].turn_count == 1
    assert len(store.list_calls()) == 2


def test_overrides_and_audit_trail(database_url: str) -> None:
    store = Store(database_url)
    call_id = store.start_call("ana", "s03", [client("hi")])
    store.add_override(call_id, "RS1", 2, "asked plainly at turn 3", "sup")
    assert store.overrides(call_id)[0]["level"] == 2
    actions = [a["action"] for a in store.audit_log()]
    assert actions[:2] == ["override", "start_call"]


def test_secrets_never_reach_the_database(database_url: str, monkeypatch) -> None:
    monkeypatch.setenv("COACHSIM_LLM_API_KEY", "very-secret-key-123456")
    store = Store(database_url)
    call_id = store.start_call("ana", "s03", [client("hi")])
    store.add_turns(
        call_id,
        1,
        [
            coach("my key is very-secret-key-123456", api_key="very-secret-key-123456"),
            client("ok", llm={"authorization": "Bearer abcdefghijklmnopqrstuvwxyz"}),
        ],
    )
    store.end_call(
        call_id, "coach_ended", {"band": "developing", "note": "sk-ABCDEFGHIJKLMNOPQRST"}
    )
    with store.engine.connect() as conn:
        dump = " ".join(
            str(row)
            for table in ("calls", "turns", "audit")
            for row in conn.execute(sqlalchemy.text(f"SELECT * FROM {table}"))
        )
    assert "very-secret-key-123456" not in dump
    assert "abcdefghijklmnopqrstuvwxyz" not in dump
    assert "sk-ABCDEFGHIJKLMNOPQRST" not in dump
