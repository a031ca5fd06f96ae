"""An LLM-voiced client. The engine decides the beat; the model only words it.

Each turn the model sees the persona (with anything the client has not disclosed yet left
out), the call so far, and private stage directions: the beat's intent, the distress level,
the one fact it may disclose now, and the scripted line to stay close to. The reply streams to
`on_text` as it arrives and is checked by `guard` while it streams. A violation gets one
regeneration; a second one, or any fault (server down, timeout, HTTP error, broken stream,
garbage), gives the scripted line with `fallback=True` and a notice. `voice` never raises.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import openai

from coachsim.engine.clients import ScriptedClient, Voiced
from coachsim.llm import guard
from coachsim.llm.config import LLMConfig, LLMConfigError, describe, load_config
from coachsim.llm.usage import Usage
from coachsim.secrets import known_secrets, scrub_text

if TYPE_CHECKING:
    from coachsim.content.models import Scenario
    from coachsim.engine.session import Beat
    from coachsim.transcript import Turn

log = logging.getLogger("coachsim.llm")

HISTORY_TURNS = 8  # the last coach/client turns the model sees
COACH_CHARS = 600  # a longer coach line is cut for the prompt

INTENTS = {
    "vent": "keep talking about what is going on for you right now",
    "answer_intensity": "answer the coach's question with a number out of 10",
    "answer_tried": "say what you have tried so far",
    "deny_risk": "say you are not going to hurt yourself right now; reveal nothing new",
    "try_skill": "go along with what the coach asked and say how it is going",
    "resist_skill": "push back: say it will not work for you",
    "hurt": "you feel hurt or brushed off by what the coach just said",
    "agree_plan": "agree to the plan",
    "closing": "wind the call down",
    "hangup": "you are upset and end the call",
}
PRESSURES = {
    "more_time": "more time on the phone",
    "stay_all_night": "the coach to stay on the phone all night",
    "friendship": "to be friends outside therapy",
    "secrecy": "the coach to keep what you said secret",
    "availability": "the coach to be there any time, day or night",
    "process": "to go over why this keeps happening, at length",
    "problem_solve": "the coach to sort the problem out for you",
    "early_exit": "to get off the phone early",
    "call_again": "to call again later tonight",
}


class LLMUnavailable(RuntimeError):
    """The provider could not give a reply (after the retry budget)."""


def _feeling(level: int) -> str:
    return ["calm", "a bit upset", "upset", "very upset", "overwhelmed"][min(level, 10) * 4 // 10]


def released_facts(history: list[Turn]) -> set[str]:
    return {
        t.meta["disclosed"] for t in history if t.speaker == "client" and t.meta.get("disclosed")
    }


def build_messages(
    beat: Beat, scenario: Scenario, history: list[Turn]
) -> tuple[list[dict[str, str]], guard.GuardContext]:
    """The chat messages for this beat, and the guard context that goes with them."""
    released = released_facts(history) | ({beat.fact.id} if beat.fact else set())
    said = " ".join(t.text for t in history)
    hidden = guard.fact_terms(scenario, released, f"{beat.line} {said}")
    persona = scenario.persona
    background = _known_background(persona.background, hidden)
    name = persona.name
    system = (
        f"You are {name}, {persona.age}, a DBT client phoning your skills coach between "
        f"sessions. You are the caller: never the coach, never an assistant.\n"
        f"About you: {background}\nRight now: {scenario.situation}\n"
        f'You opened the call with: "{scenario.opening_line}"\n'
        f"Reply as {name} speaking on the phone: first person, plain spoken words, one to three "
        f"short sentences. Never give advice or teach skills. Never describe how to hurt "
        f"yourself. Only say what the private direction allows; never read it out."
    )
    messages = [{"role": "system", "content": system}]
    turns = history[1:] if history and history[0].speaker == "client" else list(history)
    turns = turns[-HISTORY_TURNS:]
    while turns and turns[0].speaker != "coach":
        turns = turns[1:]
    for turn in turns[:-1]:
        role = "user" if turn.speaker == "coach" else "assistant"
        text = turn.text[:COACH_CHARS] if role == "user" else turn.text
        messages.append({"role": role, "content": text})
    coach = turns[-1].text[:COACH_CHARS] if turns and turns[-1].speaker == "coach" else ""
    messages.append({"role": "user", "content": f"{coach}\n\n{_direction(beat, name)}".strip()})
    earlier = tuple(guard.normalise(t.text) for t in history if t.speaker == "client")
    return messages, guard.GuardContext(persona_name=name, hidden=hidden, said_before=earlier)


def _known_background(background: str, hidden: list[guard.FactTerms]) -> str:
    """The persona's background without the sentences that would give away a hidden fact."""
    terms = set().union(*(f.terms for f in hidden)) if hidden else set()
    sentences = re.split(r"(?<=[.!?])\s+", background.strip())
    kept = [s for s in sentences if not guard.stems(s) & terms]
    return " ".join(kept) or "(keep to the situation)"


def _direction(beat: Beat, name: str) -> str:
    s = beat.state
    if beat.fact is not None:
        now = f"tell the coach this, for the first time: {beat.fact.summary}"
    elif beat.pressure is not None:
        now = f"ask the coach for {PRESSURES.get(beat.pressure.kind, beat.pressure.kind)}"
    elif beat.end is not None:
        now = "the call is ending: say goodbye your way"
    else:
        now = INTENTS.get(beat.intent, INTENTS["vent"])
    return (
        f"[Private direction for {name}; never say it aloud. You feel {_feeling(s.distress)} "
        f"(distress {s.distress}/10). Now: {now}. Mention nothing else you have not told the "
        f'coach yet. Say something close to: "{beat.line}"]'
    )


class LLMClient:
    """ClientVoice backed by any Chat Completions endpoint (see `coachsim.llm.config`)."""

    name = "llm"

    def __init__(self, config: LLMConfig, sdk: openai.OpenAI | None = None) -> None:
        self.config = config
        self._sdk = sdk
        self._down_until = 0.0
        self._down_reason = ""

    # ------------------------------------------------------------ provider

    def sdk(self) -> openai.OpenAI:
        return self._sdk or make_sdk(self.config)

    def warm(self) -> str | None:
        """Get the provider ready ahead of the first reply (start the local server, make the
        SDK client). Returns why it is not ready, or None."""
        try:
            self.sdk()
        except Exception as exc:
            return self.scrub(_reason(exc))
        return None

    def scrub(self, text: str) -> str:
        return scrub_text(text, known_secrets() + self.config.secrets())

    # ------------------------------------------------------------ ClientVoice

    def voice(
        self,
        beat: Beat,
        scenario: Scenario,
        history: list[Turn],
        on_text: Callable[[str], None] | None = None,
    ) -> Voiced:
        start = time.monotonic()
        usage = Usage()
        info: dict[str, Any] = {"provider": self.config.provider, "model": self.config.model}
        try:
            if time.monotonic() < self._down_until:
                raise LLMUnavailable(f"{self._down_reason}; retrying shortly")
            messages, ctx = build_messages(beat, scenario, history)
            deadline = start + self.config.total_timeout
            text, why = self._attempt(messages, ctx, on_text, deadline, usage, info)
            if why is not None:
                info["regenerated"] = why
                messages = [
                    *messages,
                    {
                        "role": "user",
                        "content": f"(That reply broke a rule: {why}. Answer again as {ctx.persona_name}, "
                        f'in your own words, close to: "{beat.line}")',
                    },
                ]
                text, why = self._attempt(messages, ctx, on_text, deadline, usage, info)
            if why is not None:
                return self._fallback(
                    beat, on_text, f"the reply broke a rule ({why})", usage, info, start
                )
            self._down_until = 0.0
            return Voiced(text, meta=self._meta(usage, info, start))
        except Exception as exc:  # any fault: the scripted line stands in; never raise
            reason = _reason(exc)
            if not isinstance(exc, LLMUnavailable) or "retrying shortly" not in reason:
                self._down_reason = reason
                self._down_until = time.monotonic() + self.config.cooldown
            log.warning("LLM client reply failed, scripted line used: %s", self.scrub(reason))
            return self._fallback(beat, on_text, reason, usage, info, start)

    def _meta(self, usage: Usage, info: dict[str, Any], start: float) -> dict[str, Any]:
        info = {**info, "ms": round((time.monotonic() - start) * 1000, 1)}
        if usage.server_timed:
            info["server_ms"] = round(usage.server_ms, 1)
        if usage.first_token_ms is not None:
            info["first_token_server_ms"] = round(usage.first_token_ms, 1)
        return {"usage": usage.to_meta(self.config), "llm": info}

    def _fallback(
        self,
        beat: Beat,
        on_text: Callable[[str], None] | None,
        reason: str,
        usage: Usage,
        info: dict[str, Any],
        start: float,
    ) -> Voiced:
        _show(on_text, beat.line)
        notice = self.scrub(f"LLM reply unavailable ({reason}); the scripted line was used.")
        meta = {**self._meta(usage, info, start), "notice": notice}
        return Voiced(beat.line, fallback=True, meta=meta)

    # ------------------------------------------------------------ one streamed reply

    def _attempt(
        self,
        messages: list[dict[str, str]],
        ctx: guard.GuardContext,
        on_text: Callable[[str], None] | None,
        deadline: float,
        usage: Usage,
        info: dict[str, Any],
    ) -> tuple[str, str | None]:
        """One reply, retrying transport faults within the budget: (text, broken rule or None)."""
        tries = 1 + self.config.max_retries
        for attempt in range(tries):
            try:
                return self._stream(messages, ctx, on_text, deadline, usage, info)
            except Exception as exc:
                retry = retryable(exc) and attempt + 1 < tries
                pause = 0.25 * 2**attempt
                if not retry or time.monotonic() + pause >= deadline:
                    raise
                log.info("LLM call failed, retrying: %s", self.scrub(_reason(exc)))
                time.sleep(pause)
        raise AssertionError("unreachable")

    def _stream(
        self,
        messages: list[dict[str, str]],
        ctx: guard.GuardContext,
        on_text: Callable[[str], None] | None,
        deadline: float,
        usage: Usage,
        info: dict[str, Any],
    ) -> tuple[str, str | None]:
        cfg = self.config
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise LLMUnavailable("timed out")
        sent = time.monotonic()
        stream = self.sdk().chat.completions.create(
            model=cfg.model,
            messages=messages,  # type: ignore[arg-type]
            max_tokens=cfg.max_tokens,
            temperature=cfg.temperature,
            stream=True,
            stream_options={"include_usage": True},
            timeout=openai.Timeout(
                min(cfg.read_timeout, remaining), connect=min(cfg.connect_timeout, remaining)
            ),
        )
        raw, text, why, reported, cut_off = "", "", None, None, False
        try:
            for chunk in stream:
                if chunk.usage is not None:
                    reported = chunk.usage
                usage.add_timings((chunk.model_extra or {}).get("timings"))
                if chunk.choices and chunk.choices[0].finish_reason == "length":
                    cut_off = True
                delta = chunk.choices[0].delta if chunk.choices else None
                if delta is not None and delta.refusal:
                    why = "a refusal"
                    break
                if delta is None or not delta.content:
                    if time.monotonic() > deadline:
                        raise LLMUnavailable("timed out")
                    continue
                raw += delta.content
                candidate = guard.clean(raw, ctx.persona_name)
                why = guard.check(candidate, ctx)
                if why is not None:
                    break
                if guard.too_long(candidate, ctx):
                    cut_off = True
                    break  # enough said; `trim` below cuts it to whole sentences
                if candidate and candidate != text:
                    text = candidate
                    if "ttft_ms" not in info:
                        info["ttft_ms"] = round((time.monotonic() - sent) * 1000, 1)
                    _show(on_text, text)
                if time.monotonic() > deadline:
                    raise LLMUnavailable("timed out")
        finally:
            stream.close()
            prompt_chars = sum(len(m["content"]) for m in messages)
            usage.add(reported, prompt_chars, len(raw))
        if why is not None:
            return text, why
        final = guard.trim(guard.clean(raw, ctx.persona_name), ctx, cut_off)
        if final is None:
            return text, "too long"
        why = guard.check_final(final, ctx)
        if why is None and final != text:
            _show(on_text, final)
        return final, why


def _show(on_text: Callable[[str], None] | None, text: str) -> None:
    """Stream to the UI; a failing callback is logged and never costs the reply or the turn."""
    if on_text is None:
        return
    try:
        on_text(text)
    except Exception:
        log.exception("on_text failed")


def retryable(exc: Exception) -> bool:
    if isinstance(exc, LLMUnavailable):
        return False
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code >= 500 or exc.status_code in (408, 409, 429)
    return True  # connection refused or dropped, timeouts, a broken stream


def _reason(exc: Exception) -> str:
    if isinstance(exc, LLMUnavailable):
        return str(exc)
    if isinstance(exc, openai.APITimeoutError) or "timeout" in type(exc).__name__.lower():
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "could not connect to the LLM server"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code} from the LLM server"
    if isinstance(exc, ValueError):  # JSON decoding, malformed chunks
        return f"an invalid response ({type(exc).__name__})"
    return f"{type(exc).__name__}: {exc}"[:200]


_sdks: dict[str, openai.OpenAI] = {}
_sdks_lock = threading.Lock()


def make_sdk(config: LLMConfig) -> openai.OpenAI:
    """The openai SDK client for a config, made once per process and shared (it holds the
    connection pool, and making one costs ~50 ms). For `local`, the server is started when it
    is not running (again, if it died), and the client follows it to its port."""
    base_url, api_key = config.base_url, config.key()
    if config.provider == "local":
        from coachsim.llm.server import ensure_local_server

        assert config.gguf is not None
        try:
            server = ensure_local_server(config.gguf, config.threads, config.ctx)
        except Exception as exc:
            raise LLMUnavailable(f"the local model server did not start: {exc}") from exc
        base_url, api_key = f"{server.url}/v1", server.api_key
    key = f"{config.model_dump_json()} {base_url} {api_key or ''}"
    with _sdks_lock:
        sdk = _sdks.get(key)
        if sdk is None:
            sdk = _sdks[key] = _new_sdk(config, base_url, api_key)
        return sdk


def _new_sdk(config: LLMConfig, base_url: str | None, api_key: str | None) -> openai.OpenAI:
    timeout = openai.Timeout(config.read_timeout, connect=config.connect_timeout)
    if config.provider == "azure":
        return openai.AzureOpenAI(
            azure_endpoint=config.azure_endpoint,
            api_key=api_key,
            api_version=config.api_version,
            max_retries=0,
            timeout=timeout,
        )
    return openai.OpenAI(
        api_key=api_key or "not-needed",
        base_url=base_url,
        max_retries=0,  # retries are ours, within the reply's time budget
        timeout=timeout,
    )


def client_from_env(secrets: Mapping[str, Any] | None = None) -> LLMClient | ScriptedClient:
    """The LLM client if a provider is configured, else the scripted one (with a warning)."""
    try:
        config = load_config(secrets)
    except LLMConfigError as exc:
        log.warning("LLM settings incomplete (%s); using scripted clients", exc)
        return ScriptedClient()
    if config is None:
        log.warning("no LLM provider configured; using scripted clients")
        return ScriptedClient()
    log.info("LLM client: %s", describe(config))
    return LLMClient(config)
