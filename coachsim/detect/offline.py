"""The default offline backends.

"offline": lexical rules + MiniLM embeddings + word n-grams + per-code logistic regressions
(weights.npz),
then the DESIGN §4.1 conventions. If the embedding model cannot load (no onnxruntime, missing
package) or the weights file is missing, it logs a warning once and answers from the rules
alone, so detection never fails for want of the model.

"rules": the lexical rules and conventions only (no model; the speed and quality baseline).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from coachsim.codes import CUES
from coachsim.detect.base import Pair
from coachsim.detect.cues import cue_hits, guard_cues
from coachsim.detect.embed import get_embedder
from coachsim.detect.model import WEIGHTS_PATH, Weights, coach_matrix, coach_side, cue_matrix
from coachsim.detect.model import load_weights as _load_weights
from coachsim.detect.rules import apply_conventions, rule_hits

log = logging.getLogger(__name__)
CHUNK = 256  # lines per feature matrix: bounds the memory a large batch takes


def _in_chunks(detect: Callable[[list], list[set[str]]], items: list) -> list[set[str]]:
    return [found for i in range(0, len(items), CHUNK) for found in detect(items[i : i + CHUNK])]


class RulesDetector:
    """Lexical rules and conventions only."""

    name = "rules"

    def detect_many(self, pairs: list[Pair]) -> list[set[str]]:
        return [
            apply_conventions(rule_hits(coach, client), coach, cue_hits(client))
            for client, coach in pairs
        ]

    def detect_cues_many(self, clients: list[str]) -> list[set[str]]:
        return [cue_hits(c) for c in clients]


class OfflineDetector:
    """Rules + embedding classifier; falls back to the rules, with a warning, without the model."""

    name = "offline"

    def __init__(self, weights_path: Path = WEIGHTS_PATH) -> None:
        self._weights_path = weights_path
        self._weights: Weights | None = None
        self._loaded = False
        self._lock = threading.Lock()
        self._rules = RulesDetector()

    # -- loading ---------------------------------------------------------------------------
    def _model(self):
        """(embedder, weights), or None when either is unavailable (warned once)."""
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    try:
                        self._weights = _load_weights(self._weights_path)
                    except Exception as exc:  # missing or stale file
                        log.warning(
                            "detector weights unavailable (%s: %s): using lexical rules only; "
                            "regenerate with `python -m coachsim.detect.train`",
                            type(exc).__name__,
                            exc,
                        )
                        self._weights = None
                    self._loaded = True
        if self._weights is None:
            return None
        embedder = get_embedder()
        if embedder is None:
            return None
        return embedder, self._weights

    @property
    def uses_model(self) -> bool:
        return self._model() is not None

    # -- detection -------------------------------------------------------------------------
    def detect_many(self, pairs: list[Pair]) -> list[set[str]]:
        if not pairs:
            return []
        if len(pairs) > CHUNK:
            return _in_chunks(self.detect_many, pairs)
        model = self._model()
        if model is None:
            return self._rules.detect_many(pairs)
        embedder, weights = model
        head = weights.codes
        coaches = [coach or "" for _, coach in pairs]
        sides = [coach_side(coach, client) for client, coach in pairs]
        clients = [client or "" for client, _ in pairs]
        X = coach_matrix(
            embedder.encode(coaches),
            [f for f, _, _ in sides],
            coaches,
            head.vocab,
            clients,
            head.context_vocab,  # always there for the codes head (load_weights checks)
        )
        out = []
        for (client, coach), (_, hits, cues), codes in zip(
            pairs, sides, head.predict(X), strict=True
        ):
            out.append(apply_conventions(codes, coach, cues, hits, client))
        return out

    def detect(self, client: str | None, coach: str) -> set[str]:
        return self.detect_many([(client, coach)])[0]

    def detect_cues_many(self, clients: list[str]) -> list[set[str]]:
        if not clients:
            return []
        if len(clients) > CHUNK:
            return _in_chunks(self.detect_cues_many, clients)
        model = self._model()
        if model is None:
            return self._rules.detect_cues_many(clients)
        embedder, weights = model
        head = weights.cues
        X = cue_matrix(embedder.encode(clients), clients, head.vocab)
        return [
            guard_cues(set(codes) & set(CUES), client)
            for client, codes in zip(clients, head.predict(X), strict=True)
        ]
