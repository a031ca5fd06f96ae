"""Token use, cost and timings of the LLM calls behind one reply or one judgement."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from coachsim.llm.config import LLMConfig


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    estimated: bool = False  # some call reported no usage; counted from characters (~4 a token)
    server_ms: float = 0.0  # generation time the server reported (llama.cpp `timings`)
    server_timed: bool = False
    first_token_ms: float | None = None  # the server's own time to its first token

    def add(self, usage: Any | None, prompt_chars: int = 0, completion_chars: int = 0) -> None:
        """Count one call: its reported `usage` object, or an estimate from characters."""
        self.calls += 1
        if usage is not None and getattr(usage, "completion_tokens", None) is not None:
            self.prompt_tokens += int(usage.prompt_tokens or 0)
            self.completion_tokens += int(usage.completion_tokens or 0)
            return
        self.estimated = True
        self.prompt_tokens += math.ceil(prompt_chars / 4)
        self.completion_tokens += math.ceil(completion_chars / 4)

    def add_timings(self, timings: Any) -> None:
        if isinstance(timings, dict):
            prompt = float(timings.get("prompt_ms") or 0)
            self.server_ms += prompt + float(timings.get("predicted_ms") or 0)
            self.server_timed = True
            if self.first_token_ms is None:
                self.first_token_ms = prompt + float(timings.get("predicted_per_token_ms") or 0)

    def to_meta(self, config: LLMConfig) -> dict[str, Any]:
        out: dict[str, Any] = {
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "calls": self.calls,
        }
        cost = config.cost_usd(self.prompt_tokens, self.completion_tokens)
        if cost is not None:
            out["cost_usd"] = cost
        if self.estimated:
            out["estimated"] = True
        return out
