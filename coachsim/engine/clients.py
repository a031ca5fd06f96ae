"""Who voices the client. The engine decides what the client says; a client only words it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from coachsim.content.models import Scenario
    from coachsim.engine.session import Beat
    from coachsim.transcript import Turn


@dataclass
class Voiced:
    text: str
    fallback: bool = False  # a scripted line stood in for a failed LLM reply
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. tokens, notice for the trainee


class ClientVoice(Protocol):
    name: str

    def voice(
        self,
        beat: Beat,
        scenario: Scenario,
        history: list[Turn],
        on_text: Callable[[str], None] | None = None,
    ) -> Voiced:
        """Word the beat. `on_text` gets the reply so far as it streams (if it streams)."""
        ...


class ScriptedClient:
    """Says the engine's scripted line as it is: deterministic for a seed."""

    name = "scripted"

    def voice(
        self,
        beat: Beat,
        scenario: Scenario,
        history: list[Turn],
        on_text: Callable[[str], None] | None = None,
    ) -> Voiced:
        if on_text is not None:
            on_text(beat.line)
        return Voiced(beat.line)
