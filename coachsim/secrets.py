"""Keeping API keys out of logs, transcripts and the database."""

from __future__ import annotations

import os
import re
from typing import Any

SECRET_ENV = ("COACHSIM_LLM_API_KEY", "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY")
SECRET_KEYS = re.compile(r"(api[_-]?key|authorization|secret|password|token$)", re.I)
# Shapes of common provider keys, caught even when the key did not come from our environment.
KEY_SHAPES = re.compile(r"\b(sk-[A-Za-z0-9_\-]{16,}|Bearer\s+[A-Za-z0-9_\-.]{16,})")
REDACTED = "[redacted]"


def known_secrets() -> list[str]:
    values = [os.environ.get(name, "") for name in SECRET_ENV]
    return [v for v in values if len(v) >= 8]


def scrub_text(text: str, secrets: list[str] | None = None) -> str:
    for secret in secrets if secrets is not None else known_secrets():
        text = text.replace(secret, REDACTED)
    return KEY_SHAPES.sub(REDACTED, text)


def scrub(value: Any, secrets: list[str] | None = None) -> Any:
    """A copy of `value` with secret-named keys dropped and secret values redacted."""
    secrets = known_secrets() if secrets is None else secrets
    if isinstance(value, dict):
        return {
            k: scrub(v, secrets)
            for k, v in value.items()
            if not (isinstance(k, str) and SECRET_KEYS.search(k) and not k.endswith("tokens"))
        }
    if isinstance(value, list | tuple):
        return [scrub(v, secrets) for v in value]
    if isinstance(value, str):
        return scrub_text(value, secrets)
    return value
