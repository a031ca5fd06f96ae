"""The LLM client against the real local model (xllamacpp serving SmolLM2-135M)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import yaml

from coachsim.content.models import Scenario
from coachsim.engine.session import Session
from coachsim.llm.client import LLMClient
from coachsim.llm.server import LocalServer, ensure_local_server, stop_all
from coachsim.store import Store

pytest_plugins = ["tests.conftest_llm"]  # fixtures: local_llm, faults

if TYPE_CHECKING:
    from collections.abc import Callable

    from coachsim.llm.config import LLMConfig
    from tests.conftest_llm import FaultServer

    MakeConfig = Callable[..., LLMConfig]

pytestmark = pytest.mark.llm
ROOT = Path(__file__).resolve().parent.parent
FAKE_KEY = "fake-secret-key-5f0c1d2e3a4b"


def scenario(stem: str) -> Scenario:
    return Scenario.model_validate(
        yaml.safe_load((ROOT / "scenarios" / f"{stem}.yaml").read_text())
    )


def no_detect(coach: str, client: str | None) -> set[str]:
    """Fixed codes, so these tests depend on the client only (detection has its own tests)."""
    return set()


def test_voices_a_beat_streaming(local_llm: LocalServer, llm_config: MakeConfig) -> None:
    sc = scenario("s03-reluctant-caller")
    session = Session(sc, client=LLMClient(llm_config(local_llm)), detect=no_detect)
    chunks: list[str] = []
    result = session.coach_turn(
        "I'm really glad you called. What's going on tonight?", on_text=chunks.append
    )
    reply = result.client
    assert isinstance(reply.text, str) and reply.text.strip()
    assert len(chunks) >= 2, "the reply should arrive in several streamed pieces"
    assert chunks[-1] == reply.text  # the last thing shown is what the transcript keeps
    usage = reply.meta["usage"]
    assert usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0 and usage["calls"] >= 1
    llm = reply.meta["llm"]
    assert llm["provider"] == "compatible" and llm["ms"] > 0
    if not reply.meta.get("fallback"):
        assert llm["ttft_ms"] <= llm["ms"] and "notice" not in reply.meta
    else:  # the tiny model broke a guardrail twice: the scripted line, with a notice
        assert (
            reply.text in [line for pool in sc.lines for line in pool.lines]
            and reply.meta["notice"]
        )


def test_usage_and_cost_recorded(local_llm: LocalServer, llm_config: MakeConfig) -> None:
    sc = scenario("s03-reluctant-caller")
    config = llm_config(local_llm, price_in=1.0, price_out=2.0)
    session = Session(sc, client=LLMClient(config), detect=no_detect)
    reply = session.coach_turn("That sounds exhausting.").client
    usage = reply.meta["usage"]
    expected = (usage["prompt_tokens"] * 1.0 + usage["completion_tokens"] * 2.0) / 1_000_000
    assert usage["cost_usd"] == pytest.approx(expected)


def test_play_command_with_the_local_provider(tmp_path: Path) -> None:
    """`python -m coachsim play ... --client llm`: the local server is started on demand."""
    coach = tmp_path / "coach.txt"
    coach.write_text(
        "Hi, I'm glad you called. What's happening?\n"
        "On a scale of 0 to 10, how strong is the distress right now?\n"
        "What have you tried so far tonight?\n"
    )
    out = tmp_path / "call.json"
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("COACHSIM_LLM_", "AZURE_OPENAI"))
    }
    env.update(
        COACHSIM_LLM_PROVIDER="local",
        COACHSIM_LLM_MAX_TOKENS="40",
        COACHSIM_LLM_THREADS="1",
        COACHSIM_LLM_TEMPERATURE="0",
        PYTHONPATH=str(ROOT),
    )
    cmd = [sys.executable, "-m", "coachsim", "play", "s03-reluctant-caller", "--client", "llm"]
    cmd += ["--coach-file", str(coach), "--out", str(out)]
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    turns = json.loads(out.read_text())["turns"]
    assert [t["speaker"] for t in turns] == ["client"] + ["coach", "client"] * 3
    for turn in turns[2::2]:
        assert turn["text"].strip()
        assert turn["meta"].get("fallback") or turn["meta"]["usage"]["completion_tokens"] > 0
        if turn["meta"].get("fallback"):
            assert turn["meta"]["notice"] and "could not connect" not in turn["meta"]["notice"]


def test_local_server_started_once_reused_and_restarted() -> None:
    from coachsim.llm.server import default_gguf

    gguf = default_gguf()
    assert gguf is not None
    try:
        first = ensure_local_server(gguf, threads=1, ctx=1024)
        url, pid = first.url, first.proc.pid  # type: ignore[union-attr]
        again = ensure_local_server(gguf, threads=1, ctx=1024)
        assert again is first and again.url == url and again.proc.pid == pid  # type: ignore[union-attr]
        first.kill()
        restarted = ensure_local_server(gguf, threads=1, ctx=1024)
        assert restarted.alive and restarted.proc.pid != pid  # type: ignore[union-attr]
    finally:
        stop_all()
    assert not first.alive


def test_local_server_wants_its_key(local_llm: LocalServer) -> None:
    """Loopback only, and other local processes cannot use it without the per-server key."""
    assert local_llm.url is not None and local_llm.url.startswith("http://127.0.0.1:")
    body = json.dumps({"messages": [{"role": "user", "content": "hi"}], "max_tokens": 2}).encode()
    request = urllib.request.Request(
        f"{local_llm.url}/v1/chat/completions",
        data=body,
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 401
    assert local_llm.api_key not in " ".join(local_llm.proc.args)  # type: ignore[union-attr]


def test_secrets_stay_out_of_transcripts_and_the_database(
    tmp_path: Path,
    faults: FaultServer,
    llm_config: MakeConfig,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A fault path whose error echoes the Authorization header: the key must go nowhere."""
    monkeypatch.setenv("COACHSIM_LLM_API_KEY", FAKE_KEY)
    sc = scenario("s03-reluctant-caller")
    config = llm_config(faults.url("500"), api_key=FAKE_KEY, max_retries=0)
    session = Session(sc, client=LLMClient(config), detect=no_detect)
    store = Store(f"sqlite:///{tmp_path / 'calls.db'}")
    call_id = store.start_call("trainee", sc.id, session.turns, client_kind="llm")
    for line in ["What's going on?", "That sounds hard."]:
        result = session.coach_turn(line)
        store.add_turns(call_id, len(session.turns) - 2, [result.coach, result.client])
        assert result.client.meta["fallback"] and "HTTP 500" in result.client.meta["notice"]
    assert any(FAKE_KEY in r["headers"].get("authorization", "") for r in faults.requests)
    dumped = session.transcript().model_dump_json()
    assert FAKE_KEY not in dumped
    record = store.get_call(call_id)
    assert record is not None and len(record.turns) == 5 and record.turns[-1].meta["fallback"]
    store.engine.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("calls.db*"))
    assert FAKE_KEY.encode() not in raw
