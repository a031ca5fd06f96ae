"""Provider configuration: environment or st.secrets, every provider, never a key in sight."""

from __future__ import annotations

from pathlib import Path

import openai
import pytest

from coachsim.engine.clients import ScriptedClient
from coachsim.llm.client import LLMClient, client_from_env, make_sdk
from coachsim.llm.config import (
    DEFAULT_AZURE_API_VERSION,
    OFFLINE,
    LLMConfigError,
    load_config,
    provider_status,
    safe_url,
)
from coachsim.llm.server import default_gguf

KEY = "fake-key-0123456789abcdef"


def test_nothing_configured_is_offline() -> None:
    assert load_config(env={}) is None
    assert provider_status(env={}) == OFFLINE
    assert load_config(env={"COACHSIM_LLM_PROVIDER": "off", "COACHSIM_LLM_API_KEY": KEY}) is None


def test_a_bare_openai_key_does_not_send_calls_to_the_cloud() -> None:
    assert load_config(env={"OPENAI_API_KEY": KEY}) is None


def test_openai() -> None:
    config = load_config(env={"COACHSIM_LLM_API_KEY": KEY})
    assert config is not None and config.provider == "openai"
    assert config.model == "gpt-4o-mini" and config.key() == KEY
    config = load_config(env={"COACHSIM_LLM_MODEL": "gpt-4.1-mini", "OPENAI_API_KEY": KEY})
    assert config is not None and config.provider == "openai" and config.key() == KEY
    assert "gpt-4.1-mini" in provider_status(
        env={"COACHSIM_LLM_MODEL": "gpt-4.1-mini", "OPENAI_API_KEY": KEY}
    )
    with pytest.raises(LLMConfigError, match="COACHSIM_LLM_API_KEY"):
        load_config(env={"COACHSIM_LLM_PROVIDER": "openai"})


def test_openai_compatible_server() -> None:
    env = {"COACHSIM_LLM_BASE_URL": "http://127.0.0.1:11434/v1", "COACHSIM_LLM_MODEL": "llama3.2"}
    config = load_config(env=env)
    assert config is not None and config.provider == "compatible"
    assert config.base_url == env["COACHSIM_LLM_BASE_URL"] and config.key() is None
    with pytest.raises(LLMConfigError, match="COACHSIM_LLM_MODEL"):
        load_config(env={"COACHSIM_LLM_BASE_URL": "http://127.0.0.1:8080/v1"})
    sdk = make_sdk(config)
    assert isinstance(sdk, openai.OpenAI) and str(sdk.base_url).startswith(
        "http://127.0.0.1:11434/v1"
    )


def test_azure() -> None:
    env = {
        "AZURE_OPENAI_ENDPOINT": "https://example.openai.azure.com",
        "AZURE_OPENAI_API_KEY": KEY,
        "COACHSIM_LLM_MODEL": "coach-gpt4o",
    }
    config = load_config(env=env)
    assert config is not None and config.provider == "azure"
    assert config.api_version == DEFAULT_AZURE_API_VERSION and config.model == "coach-gpt4o"
    assert isinstance(make_sdk(config), openai.AzureOpenAI)
    assert "deployment coach-gpt4o" in provider_status(env=env)
    with pytest.raises(LLMConfigError, match="AZURE_OPENAI_API_KEY"):
        load_config(env={"COACHSIM_LLM_PROVIDER": "azure", "AZURE_OPENAI_ENDPOINT": "https://x"})
    versioned = load_config(env={**env, "OPENAI_API_VERSION": "2025-01-01-preview"})
    assert versioned is not None and versioned.api_version == "2025-01-01-preview"


def test_local_gguf(tmp_path: Path) -> None:
    config = load_config(env={"COACHSIM_LLM_PROVIDER": "local"})
    assert config is not None and config.provider == "local"
    assert config.gguf == default_gguf() and config.gguf is not None and config.gguf.is_file()
    assert "xllamacpp" in provider_status(env={"COACHSIM_LLM_PROVIDER": "local"})
    model = tmp_path / "tiny.gguf"
    model.write_bytes(b"GGUF")
    config = load_config(env={"COACHSIM_LLM_GGUF": str(model)})
    assert config is not None and config.gguf == model and config.model == "tiny"
    with pytest.raises(LLMConfigError, match="no file"):
        load_config(env={"COACHSIM_LLM_GGUF": str(tmp_path / "missing.gguf")})


def test_secrets_mapping_wins_over_the_environment() -> None:
    env = {"COACHSIM_LLM_BASE_URL": "http://127.0.0.1:1/v1", "COACHSIM_LLM_MODEL": "env-model"}
    secrets = {"COACHSIM_LLM_MODEL": "secrets-model", "COACHSIM_LLM_TIMEOUT": 12, "other": {"x": 1}}
    config = load_config(secrets, env=env)
    assert config is not None and config.model == "secrets-model" and config.total_timeout == 12


def test_tuning_knobs_and_cost() -> None:
    env = {
        "COACHSIM_LLM_API_KEY": KEY,
        "COACHSIM_LLM_MAX_RETRIES": "2",
        "COACHSIM_LLM_PRICE_IN": "0.15",
        "COACHSIM_LLM_PRICE_OUT": "0.60",
    }
    config = load_config(env=env)
    assert config is not None and config.max_retries == 2
    assert config.cost_usd(1_000_000, 1_000_000) == pytest.approx(0.75)
    assert load_config(env={"COACHSIM_LLM_API_KEY": KEY}).cost_usd(10, 10) is None  # type: ignore[union-attr]
    with pytest.raises(LLMConfigError, match="COACHSIM_LLM_TIMEOUT"):
        load_config(env={**env, "COACHSIM_LLM_TIMEOUT": "soon"})
    status = provider_status(env={**env, "COACHSIM_LLM_TIMEOUT": "soon"})
    assert status.startswith(OFFLINE) and "COACHSIM_LLM_TIMEOUT" in status


def test_status_never_shows_a_key() -> None:
    env = {
        "COACHSIM_LLM_BASE_URL": f"https://user:{KEY}@llm.example.org/v1?api-key={KEY}",
        "COACHSIM_LLM_MODEL": "m",
        "COACHSIM_LLM_API_KEY": KEY,
    }
    status = provider_status(env=env)
    assert KEY not in status and "llm.example.org/v1" in status
    assert safe_url("http://a:b@h:8080/p?k=v") == "http://h:8080/p"
    config = load_config(env=env)
    assert KEY not in repr(config)


def test_client_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "COACHSIM_LLM_PROVIDER",
        "COACHSIM_LLM_BASE_URL",
        "COACHSIM_LLM_API_KEY",
        "COACHSIM_LLM_GGUF",
        "AZURE_OPENAI_ENDPOINT",
    ):
        monkeypatch.delenv(name, raising=False)
    assert isinstance(client_from_env(), ScriptedClient)
    assert isinstance(
        client_from_env({"COACHSIM_LLM_PROVIDER": "azure"}), ScriptedClient
    )  # incomplete
    client = client_from_env(
        {"COACHSIM_LLM_BASE_URL": "http://127.0.0.1:1/v1", "COACHSIM_LLM_MODEL": "m"}
    )
    assert isinstance(client, LLMClient) and client.name == "llm"
