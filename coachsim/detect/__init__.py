"""Coach-behaviour detection (DESIGN §4.1, §5) and client cue detection.

    detect_codes(coach, client=None, backend=None) -> set[str]   # codes of one coach turn
    detect_cues(client) -> set[str]                                # cues of one client turn
    get_detector(name=None).detect_many([(client, coach), ...])   # batches

Backends are registered by name (`register_detector`); "offline" (rules + MiniLM embedding
classifier, the default) and "rules" ship here, an LLM judge can register itself later.
`is_question` and `expresses_warmth` are generic helpers the benchmark maps onto public labels.
"""

from __future__ import annotations

from coachsim.detect.base import (
    DEFAULT_BACKEND,
    Detector,
    Pair,
    available_detectors,
    get_detector,
    register_detector,
)
from coachsim.detect.offline import OfflineDetector, RulesDetector
from coachsim.detect.text import is_question
from coachsim.detect.warmth import expresses_warmth


def _llm_detector() -> Detector:
    # Imported on first use only: the LLM stack is optional and slow to import.
    from coachsim.llm.judge import detector_from_env

    return detector_from_env()


register_detector("offline", OfflineDetector)
register_detector("rules", RulesDetector)
register_detector("llm", _llm_detector)


def detect_codes(coach: str, client: str | None = None, backend: str | None = None) -> set[str]:
    """Behaviour codes (coachsim.codes.CODES) of one coach utterance, given the client's
    previous message when there is one."""
    return get_detector(backend).detect_many([(client, coach)])[0]


def detect_cues(client: str) -> set[str]:
    """Cues (coachsim.codes.CUES) in one client utterance, from the default offline backend."""
    det = get_detector("offline")
    return det.detect_cues_many([client])[0]  # type: ignore[attr-defined]


__all__ = [
    "DEFAULT_BACKEND",
    "Detector",
    "Pair",
    "available_detectors",
    "detect_codes",
    "detect_cues",
    "expresses_warmth",
    "get_detector",
    "is_question",
    "register_detector",
]
