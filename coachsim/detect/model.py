"""The trained part of the offline detector: per-label logistic regressions over
[MiniLM embedding of the text | lexical rule hits | context features | word n-grams], and for
coach lines also the word n-grams of the client's previous message.

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
from coachsim.detect.exchange import exchange_features
from coachsim.detect.ngrams import NgramVocab
from coachsim.detect.rules import rule_hits
from coachsim.detect.text import is_question

WEIGHTS_PATH = Path(__file__).resolve().parent / "weights.npz"
FEATURE_VERSION = 6
# The client's words are context, not the act itself: their n-grams enter at half weight. On
# 5-fold CV of the train split they lifted macro-F1 from 0.868 to 0.881, most for codes that
# answer what the client just said (TROUBLESHOOT after "it didn't work", PROBLEM_SOLVE_FOR,
# THREATEN, INVALIDATE, SAFETY_PLAN); SECRECY lost 0.016 there.
CONTEXT_SCALE = 0.5


def coach_side(coach: str, client: str | None) -> tuple[np.ndarray, set[str], set[str]]:
    """Everything but the embedding, for one coach line in context: (features, rule hits,
    client cues)."""
    hits = rule_hits(coach, client)
    cues = cue_hits(client)
    f = [1.0 if c in hits else 0.0 for c in CODES]
    f += [1.0 if c in cues else 0.0 for c in CUES]
    f.append(1.0 if is_question(coach) else 0.0)
    f.append(1.0 if not (client or "").strip() else 0.0)
    f += exchange_features(coach, client)
    return np.asarray(f, dtype=np.float32), hits, cues


def cue_side_features(client: str) -> np.ndarray:
    cues = cue_hits(client)
    f = [1.0 if c in cues else 0.0 for c in CUES]
    f.append(1.0 if is_question(client) else 0.0)
    return np.asarray(f, dtype=np.float32)


def coach_matrix(
    E: np.ndarray,
    sides: list[np.ndarray],
    coaches: list[str],
    vocab: NgramVocab,
    clients: list[str],
    context_vocab: NgramVocab,
) -> np.ndarray:
    """Rows [embedding | side features (`coach_side`) | n-grams of the coach line | n-grams of
    the client's previous message, scaled by CONTEXT_SCALE]."""
    context = CONTEXT_SCALE * context_vocab.transform(clients)
    return np.hstack([E, np.stack(sides), vocab.transform(coaches), context]).astype(np.float32)


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
    context_vocab: NgramVocab | None = None  # n-grams of the client's line (coach lines only)

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


def _vocab(z, name: str) -> NgramVocab | None:
    if f"{name}_terms" not in z:
        return None
    return NgramVocab(
        tuple(str(s) for s in z[f"{name}_terms"]), z[f"{name}_idf"].astype(np.float32)
    )


def _head(z, prefix: str, labels: tuple[str, ...], context: bool) -> LinearHead:
    stored = tuple(str(s) for s in z[f"{prefix}_labels"])
    if stored != labels:
        raise ValueError(f"{prefix} labels in weights differ from coachsim.codes: retrain")
    vocab, context_vocab = _vocab(z, prefix), _vocab(z, f"{prefix}_context")
    if vocab is None or (context and context_vocab is None):
        raise ValueError(f"{prefix} n-gram vocabulary missing from the weights: retrain")
    return LinearHead(
        labels=labels,
        W=z[f"{prefix}_W"].astype(np.float32),
        b=z[f"{prefix}_b"].astype(np.float32),
        thresholds=z[f"{prefix}_thr"].astype(np.float32),
        vocab=vocab,
        context_vocab=context_vocab,
    )


def load_weights(path: Path = WEIGHTS_PATH) -> Weights:
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))
        if meta.get("feature_version") != FEATURE_VERSION:
            raise ValueError("weights were trained for another feature layout: retrain")
        return Weights(
            codes=_head(z, "codes", CODES, context=True),
            cues=_head(z, "cues", CUES, context=False),
            meta=meta,
        )


def save_weights(path: Path, codes: LinearHead, cues: LinearHead, meta: dict) -> None:
    arrays = {"meta": np.array(json.dumps({**meta, "feature_version": FEATURE_VERSION}))}
    for prefix, head in (("codes", codes), ("cues", cues)):
        arrays[f"{prefix}_labels"] = np.array(head.labels)
        arrays[f"{prefix}_W"] = head.W.astype(np.float32)
        arrays[f"{prefix}_b"] = head.b.astype(np.float32)
        arrays[f"{prefix}_thr"] = head.thresholds.astype(np.float32)
        vocabs = {prefix: head.vocab, f"{prefix}_context": head.context_vocab}
        for name, vocab in vocabs.items():
            if vocab is not None:
                arrays[f"{name}_terms"] = np.array(vocab.terms, dtype=str)
                arrays[f"{name}_idf"] = vocab.idf.astype(np.float32)
    np.savez_compressed(path, **arrays)
