"""The detector interface and the registry of backends (DESIGN §5: one interface, many backends)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Protocol, runtime_checkable

Pair = tuple[str | None, str]  # (client's previous message or None, coach utterance)

DEFAULT_BACKEND = "offline"


@runtime_checkable
class Detector(Protocol):
    """Behaviour codes for coach utterances in context."""

    name: str

    def detect_many(self, pairs: list[Pair]) -> list[set[str]]:
        """Codes for each (client, coach) pair, in order."""
        ...


_factories: dict[str, Callable[[], Detector]] = {}
_instances: dict[str, Detector] = {}
_lock = threading.Lock()


def register_detector(name: str, factory: Callable[[], Detector], *, replace: bool = False) -> None:
    """Make a backend available by name; `factory` is called once, on first use."""
    with _lock:
        if name in _factories and not replace:
            raise ValueError(f"detector backend {name!r} is already registered")
        _factories[name] = factory
        _instances.pop(name, None)


def available_detectors() -> list[str]:
    return sorted(_factories)


def get_detector(name: str | None = None) -> Detector:
    """The backend called `name`; default: $COACHSIM_DETECTOR or "offline"."""
    name = name or os.environ.get("COACHSIM_DETECTOR") or DEFAULT_BACKEND
    inst = _instances.get(name)
    if inst is not None:
        return inst
    with _lock:
        if name not in _factories:
            known = ", ".join(sorted(_factories)) or "none"
            raise KeyError(f"unknown detector backend {name!r} (available: {known})")
        if name not in _instances:
            _instances[name] = _factories[name]()
        return _instances[name]
