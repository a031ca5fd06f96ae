"""Small layout helpers shared by the pages (no logic: that lives in coachsim.practice)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import streamlit as st

from coachsim.practice import BANDS, DISCLAIMER, Practice, provider_status
from coachsim.store import database_url

LLM_SETTINGS = ("COACHSIM_LLM_", "AZURE_OPENAI_", "OPENAI_")  # prefixes of the LLM settings
MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")
BAND_COLOURS = {"proficient": "green", "developing": "orange", "needs_practice": "red"}


@st.cache_resource(show_spinner=False)
def _service(url: str, content_dir: str) -> Practice:
    return Practice(database_url=url, content_dir=Path(content_dir) if content_dir else None)


def service() -> Practice:
    """One service per database and content folder, shared by every browser session."""
    return _service(database_url(), os.environ.get("COACHSIM_CONTENT_DIR", ""))


def secrets_to_env() -> None:
    """LLM settings may come from st.secrets; the package reads the environment."""
    try:
        secrets = {k: v for k, v in st.secrets.items() if k.startswith(LLM_SETTINGS)}
    except Exception:  # no secrets.toml: nothing to copy
        return
    for key, value in secrets.items():
        os.environ.setdefault(key, str(value))


def sign_in() -> tuple[str, str]:
    """The role gate: a name and a role, kept in the session and the URL (a reload keeps them)."""
    state = st.session_state
    if "user_name" not in state:
        state.user_name = st.query_params.get("user", "")
    if "user_role" not in state:
        state.user_role = "supervisor" if st.query_params.get("role") == "supervisor" else "trainee"
    roles = ["trainee", "supervisor"]
    with st.sidebar:
        state.user_name = st.text_input(
            "Your name", state.user_name, key="user_input", placeholder="e.g. Ana"
        ).strip()
        state.user_role = st.radio(
            "Role", roles, roles.index(state.user_role), key="role_input", horizontal=True
        )
        st.caption("No sign-in: names and roles are taken on trust (a training tool).")
    if state.user_name:
        st.query_params["user"] = state.user_name
        st.query_params["role"] = state.user_role
    return state.user_name, state.user_role


def footer() -> None:
    with st.sidebar:
        st.caption(provider_status())
        st.caption(DISCLAIMER)


def require_user() -> str:
    user = st.session_state.get("user_name", "")
    if not user:
        st.info("Enter your name in the sidebar to start.")
        st.stop()
    return user


def band(band: str | None) -> str:
    if not band:
        return "not scored"
    return f":{BAND_COLOURS.get(band, 'gray')}-badge[{BANDS.get(band, band)}]"


def plain(text: str) -> str:
    """Text shown as written: Markdown would turn "8. It was worse" into a list item."""
    return MARKDOWN_PUNCTUATION.sub(r"\\\1", text)


def mmss(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"
