"""Faults on the LLM path: the call goes on, the turn is marked fallback with a notice, and no
turn is lost. The real local server is used where a real server is the point (killed
mid-stream); a small loopback fake injects the rest."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml

from coachsim.content.models import Scenario
from coachsim.engine.session import Session
from coachsim.llm.client import LLMClient
from coachsim.llm.config import LLMConfig
from coachsim.transcript import dump_transcript

pytest_plugins = ["tests.conftest_llm"]  # fixtures: local_llm, faults

if TYPE_CHECKING:
    from collections.abc import Callable

    from coachsim.llm.server import LocalServer
    from tests.conftest_llm import FaultServer

    MakeConfig = Callable[..., LLMConfig]

pytestmark = pytest.mark.llm
ROOT = Path(__file__).resolve().parent.parent
LINES = [
    "I'm glad you called. What's going on?",
    "That sounds really hard.",
    "What have you tried?",
]
FAKE_KEY = "fake-secret-key-93ab71c0de55"


@pytest.fixture(scope="module")
def sc() -> Scenario:
    path = ROOT / "scenarios" / "s03-reluctant-caller.yaml"
    return Scenario.model_validate(yaml.safe_load(path.read_text()))


def no_detect(coach: str, client: str | None) -> set[str]:
    return set()


def run_call(sc: Scenario, config: LLMConfig, lines: list[str] = LINES) -> Session:
    session = Session(sc, client=LLMClient(config), detect=no_detect)
    for line in lines:
        session.coach_turn(line)
    return session


def assert_all_fallback(session: Session, n: int, notice: str) -> None:
    turns = session.turns
    assert [t.speaker for t in turns] == ["client"] + ["coach", "client"] * n  # nothing lost
    for turn in turns[2::2]:
        assert turn.meta["fallback"] is True
        assert notice in turn.meta["notice"], turn.meta["notice"]
        assert turn.text.strip()
    transcript = dump_transcript(session.transcript())
    assert transcript.count("fallback: true") == n


def test_server_down(sc: Scenario, llm_config: MakeConfig, dead_url: str) -> None:
    start = time.monotonic()
    session = run_call(sc, llm_config(dead_url))
    assert_all_fallback(session, 3, "could not connect")
    assert time.monotonic() - start < 10


def test_cooldown_skips_a_dead_server(sc: Scenario, llm_config: MakeConfig, dead_url: str) -> None:
    session = run_call(sc, llm_config(dead_url, cooldown=60))
    assert_all_fallback(session, 3, "LLM reply unavailable")
    assert "retrying shortly" in session.turns[-1].meta["notice"]


def test_killed_mid_stream(sc: Scenario, llm_config: MakeConfig, spare_llm: LocalServer) -> None:
    server = spare_llm  # a second instance: this one gets killed
    client = LLMClient(llm_config(server, max_tokens=120, max_retries=1))
    session = Session(sc, client=client, detect=no_detect)
    shown: list[str] = []

    def kill_on_first_text(text: str) -> None:
        shown.append(text)
        if len(shown) == 1:
            server.kill()

    result = session.coach_turn(LINES[0], on_text=kill_on_first_text)
    assert not server.alive
    assert len(shown) >= 2 and shown[-1] == result.client.text  # partial, then the stand-in
    assert result.client.meta["fallback"] and result.client.meta["notice"]
    session.coach_turn(LINES[1])
    assert_all_fallback(session, 2, "LLM reply unavailable")


def test_slow_past_the_timeout(sc: Scenario, faults: FaultServer, llm_config: MakeConfig) -> None:
    faults.delay = 5
    config = llm_config(faults.url("slow"), read_timeout=0.5, total_timeout=1.5, max_retries=1)
    start = time.monotonic()
    session = run_call(sc, config, LINES[:2])
    assert_all_fallback(session, 2, "timed out")
    assert time.monotonic() - start < 2 * (1.5 + 1.0)  # bounded per reply


def test_stalls_mid_stream(sc: Scenario, faults: FaultServer, llm_config: MakeConfig) -> None:
    faults.delay = 5
    config = llm_config(faults.url("stall"), read_timeout=0.5, total_timeout=1.5, max_retries=0)
    session = Session(sc, client=LLMClient(config), detect=no_detect)
    shown: list[str] = []
    start = time.monotonic()
    result = session.coach_turn(LINES[0], on_text=shown.append)
    assert time.monotonic() - start < 3
    assert shown[0] == "I was just" and shown[-1] == result.client.text
    assert result.client.meta["fallback"] and "timed out" in result.client.meta["notice"]


def test_http_500_retried_within_budget(
    sc: Scenario, faults: FaultServer, llm_config: MakeConfig
) -> None:
    session = run_call(sc, llm_config(faults.url("500"), max_retries=2))
    assert_all_fallback(session, 3, "HTTP 500")
    assert faults.count("500") == 3 * 3  # 1 + 2 retries, per reply


def test_invalid_json(sc: Scenario, faults: FaultServer, llm_config: MakeConfig) -> None:
    session = run_call(sc, llm_config(faults.url("badjson"), max_retries=0))
    assert_all_fallback(session, 3, "invalid response")


@pytest.mark.parametrize(
    ("mode", "notice"),
    [
        ("assistant", "assistant talk"),
        ("garbage", "garbage"),
        ("refuse", "a refusal"),
        ("empty", "an empty reply"),
    ],
)
def test_bad_reply_regenerated_once_then_scripted(
    sc: Scenario,
    faults: FaultServer,
    llm_config: MakeConfig,
    mode: str,
    notice: str,
) -> None:
    session = run_call(sc, llm_config(faults.url(mode), max_retries=0), LINES[:1])
    assert_all_fallback(session, 1, notice)
    assert session.turns[-1].meta["llm"]["regenerated"]
    assert faults.count(mode) == 2  # the reply and one regeneration


def test_good_fake_reply_is_used(sc: Scenario, faults: FaultServer, llm_config: MakeConfig) -> None:
    shown: list[str] = []
    session = Session(sc, client=LLMClient(llm_config(faults.url("ok"))), detect=no_detect)
    reply = session.coach_turn(LINES[0], on_text=shown.append).client
    assert reply.text == "I don't know. It's just a lot." and "fallback" not in reply.meta
    assert shown == ["I don't know.", "I don't know. It's just a lot."]
    assert reply.meta["usage"]["estimated"] is True  # the fake reports no usage


def test_a_failing_on_text_callback_loses_no_turn(
    sc: Scenario, faults: FaultServer, llm_config: MakeConfig
) -> None:
    def broken(text: str) -> None:
        raise RuntimeError("the UI went away")

    session = Session(
        sc, client=LLMClient(llm_config(faults.url("ok"), max_retries=0)), detect=no_detect
    )
    result = session.coach_turn(LINES[0], on_text=broken)
    assert result.client.text == "I don't know. It's just a lot." and len(session.turns) == 3


def test_secrets_never_logged(
    sc: Scenario,
    faults: FaultServer,
    llm_config: MakeConfig,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The fake echoes the Authorization header in its error body; logs at DEBUG from every
    logger (ours, openai's, the HTTP client's) must not carry the key."""
    monkeypatch.setenv("COACHSIM_LLM_API_KEY", FAKE_KEY)
    monkeypatch.setenv("OPENAI_LOG", "debug")
    caplog.set_level(logging.DEBUG)
    for mode in ("500", "badjson", "slow"):
        faults.delay = 1.0
        config = llm_config(faults.url(mode), api_key=FAKE_KEY, read_timeout=0.3, total_timeout=1)
        session = run_call(sc, config, LINES[:1])
        assert FAKE_KEY not in session.transcript().model_dump_json()
    assert any(FAKE_KEY in r["headers"].get("authorization", "") for r in faults.requests)
    assert caplog.records, "the error paths should have logged something"
    assert FAKE_KEY not in caplog.text
    assert all(FAKE_KEY not in str(r.args) for r in caplog.records)


def test_key_from_secrets_mapping_is_scrubbed_too(
    sc: Scenario, faults: FaultServer, llm_config: MakeConfig, caplog: pytest.LogCaptureFixture
) -> None:
    """A key that came from st.secrets (not the environment) is scrubbed as well."""
    key = "mapping-only-key-7c1e9a"
    caplog.set_level(logging.DEBUG)
    client = LLMClient(llm_config(faults.url("500"), api_key=key, max_retries=0))
    assert key not in client.scrub(f"error: Bearer {key} at url?key={key}")
    session = Session(sc, client=client, detect=no_detect)
    session.coach_turn(LINES[0])
    assert key not in caplog.text and key not in session.transcript().model_dump_json()
