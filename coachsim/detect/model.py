"""The trained part of the offline detector: per-label logistic regressions over
[MiniLM embedding of the text | lexical rule hits | context features | word n-grams].

Weights and n-gram vocabularies live in `weights.npz` beside this file (written by
`python -m coachsim.detect.train`), so start-up never embeds the training set. Inference is a
matrix product. `coach_matrix` and `cue_matrix` build the rows for training and detection
alike, so the two cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from coachsim.codes import CODES, CUES
from coachsim.detect.cues import cue_hits
from coachsim.detect.ngrams import NgramVocab
from coachsim.detect.rules import rule_hits
from coachsim.detect.text import is_question

WEIGHTS_PATH = Path(__file__).resolve().parent / "weights.npz"
FEATURE_VERSION = 4


def coach_side(coach: str, client: str | None) -> tuple[np.ndarray, set[str], set[str]]:
    """Everything but the embedding, for one coach line in context: (features, rule hits,
    client cues)."""
    hits = rule_hits(coach, client)
    cues = cue_hits(client)
    f = [1.0 if c in hits else 0.0 for c in CODES]
    f += [1.0 if c in cues else 0.0 for c in CUES]
    f.append(1.0 if is_question(coach) else 0.0)
    f.append(1.0 if not (client or "").strip() else 0.0)
    return np.asarray(f, dtype=np.float32), hits, cues


def cue_side_features(client: str) -> np.ndarray:
    cues = cue_hits(client)
    f = [1.0 if c in cues else 0.0 for c in CUES]
    f.append(1.0 if is_question(client) else 0.0)
    return np.asarray(f, dtype=np.float32)


def coach_matrix(
    E: np.ndarray, sides: list[np.ndarray], coaches: list[str], vocab: NgramVocab
) -> np.ndarray:
    """Rows [embedding | side features (`coach_side`) | n-grams of the coach line]."""
    return np.hstack([E, np.stack(sides), vocab.transform(coaches)]).astype(np.float32)


def cue_matrix(E: np.ndarray, clients: list[str], vocab: NgramVocab) -> np.ndarray:
    """Rows [embedding | cue rule hits and question form | n-grams of the client line]."""
    F = np.stack([cue_side_features(c) for c in clients])
    return np.hstack([E, F, vocab.transform(clients)]).astype(np.float32)


@dataclass
class LinearHead:
    """Sigmoid(x·W + b) >= threshold, one column per label."""

    labels: tuple[str, ...]
    W: np.ndarray  # (n_features, n_labels)
    b: np.ndarray  # (n_labels,)
    thresholds: np.ndarray  # (n_labels,)
    vocab: NgramVocab

    def proba(self, X: np.ndarray) -> np.ndarray:
        z = X @ self.W + self.b
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))

    def predict(self, X: np.ndarray) -> list[set[str]]:
        P = self.proba(X) >= self.thresholds
        return [{self.labels[j] for j in np.flatnonzero(row)} for row in P]


@dataclass
class Weights:
    codes: LinearHead
    cues: LinearHead
    meta: dict


def _head(z, prefix: str, labels: tuple[str, ...]) -> LinearHead:
    stored = tuple(str(s) for s in z[f"{prefix}_labels"])
    if stored != labels:
        raise ValueError(f"{prefix} labels in weights differ from coachsim.codes: retrain")
    return LinearHead(
        labels=labels,
        W=z[f"{prefix}_W"].astype(np.float32),
        b=z[f"{prefix}_b"].astype(np.float32),
        thresholds=z[f"{prefix}_thr"].astype(np.float32),
        vocab=NgramVocab(
            tuple(str(s) for s in z[f"{prefix}_terms"]), z[f"{prefix}_idf"].astype(np.float32)
        ),
    )


def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ValueError("weights were trained for another feature layout: retrain")
        return Weights(codes=_head(z, "codes", CODES), cues=_head(z, "cues", CUES), meta=meta)


def save_weights(path: Path, codes: LinearHead, cues: LinearHead, meta: dict) -> None:
    arrays = {"meta": np.array(json.dumps({**meta, "feature_version": FEATURE_VERSION}))}
    for prefix, head in (("codes", codes), ("cues", cues)):
        arrays[f"{prefix}_labels"] = np.array(head.labels)
        arrays[f"{prefix}_W"] = head.W.astype(np.float32)
        arrays[f"{prefix}_b"] = head.b.astype(np.float32)
        arrays[f"{prefix}_thr"] = head.thresholds.astype(np.float32)
        arrays[f"{prefix}_terms"] = np.array(head.vocab.terms, dtype=str)
        arrays[f"{prefix}_idf"] = head.vocab.idf.astype(np.float32)
    np.savez_compressed(path, **arrays)
