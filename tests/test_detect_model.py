"""Shipped weights, the backend registry, the embedding model and the rules-only fallback."""

from __future__ import annotations

import logging

import numpy as np
import pytest

import coachsim.detect.embed as embed_mod
from coachsim.codes import CODES, CUES
from coachsim.detect import (
    available_detectors,
    detect_codes,
    expresses_warmth,
    get_detector,
    is_question,
    register_detector,
)
from coachsim.detect.exchange import NAMES as EXCHANGE_FEATURES
from coachsim.detect.model import WEIGHTS_PATH, load_weights
from coachsim.detect.ngrams import NgramVocab, grams
from coachsim.detect.offline import OfflineDetector
from coachsim.detect.train import augment, fit_head
from coachsim.labels import load_client_lines, load_coach_lines


def test_shipped_weights_load_and_match_the_code_sets():
    assert WEIGHTS_PATH.exists(), "run: python -m coachsim.detect.train"
    assert WEIGHTS_PATH.stat().st_size < 5 * 1024 * 1024
    w = load_weights()
    assert w.codes.labels == CODES and w.cues.labels == CUES
    assert w.codes.W.shape[1] == len(CODES) and w.cues.W.shape[1] == len(CUES)
    assert np.all((w.codes.thresholds > 0) & (w.codes.thresholds < 1))
    assert w.meta["embedder"] == embed_mod.Embedder.name


def test_label_files_use_only_known_codes_and_every_code_was_trained():
    lines = load_coach_lines("all")
    used = {c for line in lines for c in line.codes}
    assert used <= set(CODES)
    w = load_weights()
    trained_on = set(w.meta["codes"]["cv_f1"])
    assert used <= trained_on
    cues = {c for line in load_client_lines("all") for c in line.cues}
    assert cues <= set(w.meta["cues"]["cv_f1"])


def test_embedder_is_loaded_once_and_normalised():
    a = embed_mod.get_embedder()
    assert a is not None and embed_mod.get_embedder() is a
    v = a.encode(
        [
            "Are you thinking about suicide?",
            "Are you having thoughts of killing yourself?",
            "Let's fill a bowl with cold water.",
        ]
    )
    assert v.shape == (3, embed_mod.DIM)
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2]
    single = a.encode(["Let's fill a bowl with cold water."])[0]
    assert np.allclose(single, v[2], atol=1e-4)  # padding in a batch changes nothing


def test_offline_detector_uses_the_model():
    assert get_detector("offline").uses_model


def test_falls_back_to_rules_with_a_warning_when_onnxruntime_fails(monkeypatch, caplog):
    class Broken:
        def __init__(self):
            raise ImportError("onnxruntime failed to load (simulated)")

    monkeypatch.setattr(embed_mod, "Embedder", Broken)
    embed_mod.reset_embedder()
    try:
        det = OfflineDetector()
        with caplog.at_level(logging.WARNING, logger="coachsim.detect.embed"):
            found = det.detect_many([("I want to cut.", "Are you having urges to hurt yourself?")])
        assert not det.uses_model
        assert "RISK_QUESTION" in found[0]
        assert "falls back to lexical rules" in caplog.text
        assert "simulated" in caplog.text
        assert det.detect_cues_many(["I want to kill myself."])[0] >= {"RISK_CUE"}
    finally:
        embed_mod.reset_embedder()


def test_missing_weights_fall_back_to_rules(tmp_path, caplog):
    det = OfflineDetector(weights_path=tmp_path / "none.npz")
    with caplog.at_level(logging.WARNING):
        found = det.detect_many([(None, "How strong is the urge, 0 to 10?")])
    assert found == [{"ASSESS_INTENSITY"}]
    assert "python -m coachsim.detect.train" in caplog.text


def test_registry():
    assert {"offline", "rules"} <= set(available_detectors())
    assert get_detector() is get_detector("offline")

    class Fixed:
        name = "fixed-test"

        def detect_many(self, pairs):
            return [{"VALIDATE"} for _ in pairs]

    register_detector("fixed-test", Fixed, replace=True)
    assert detect_codes("anything", backend="fixed-test") == {"VALIDATE"}
    with pytest.raises(ValueError):
        register_detector("fixed-test", Fixed)
    with pytest.raises(KeyError, match="unknown detector backend"):
        get_detector("no-such-backend")


def test_training_helpers_fit_a_separable_problem():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(200, 390)).astype(np.float32)
    Y = np.stack([X[:, 0] > 0.5, X[:, 1] < -0.5], axis=1)
    Xa, Ya = augment(X, Y, n_rules=3)
    assert Xa.shape == (400, 390) and np.all(Xa[200:, 384:387] == 0) and np.all(Ya[200:] == Y)
    W, b = fit_head(X, Y, lam=0.01)
    pred = (X @ W + b) > 0
    assert (pred == Y).mean() > 0.95


def test_fit_head_reaches_the_regularised_optimum():
    # Noisy labels, so the optimum is finite: there the penalised log-loss gradient vanishes.
    rng = np.random.default_rng(1)
    X = rng.normal(size=(300, 20)).astype(np.float32)
    Y = (X[:, :3] + rng.normal(size=(300, 3)) > 0).astype(bool)
    W, b = fit_head(X, Y, lam=0.1, iters=500, tol=1e-7)
    P = 1.0 / (1.0 + np.exp(-(X @ W + b)))
    grad_w = X.T @ (P - Y) + 0.1 * W
    at_start = np.abs(X.T @ (Y.mean(0) - Y)).max()
    assert np.abs(grad_w).max() < 1e-3 * at_start
    assert np.abs((P - Y).sum(0)).max() < 1e-3 * len(X)  # the bias is fitted too


def test_ngrams_keep_exact_phrases_and_learn_only_frequent_ones():
    assert {"day or", "or night", "?"} <= grams("Call me day or night?")
    # Chat spellings are normalised first, so "u" and "you" share a feature.
    assert "call you" in grams("I'll call u")
    vocab = NgramVocab.fit(["call me any time"] * 4 + ["stay safe tonight"] * 3, min_df=4)
    assert set(vocab.terms) == {"call", "me", "any", "time", "call me", "me any", "any time"}
    M = vocab.transform(["call me any time", "stay safe tonight", ""])
    assert M.shape == (3, len(vocab))
    assert np.isclose(np.linalg.norm(M[0]), 1) and not M[1].any() and not M[2].any()


def test_shipped_vocabulary_holds_the_phrases_of_the_safety_codes():
    terms = set(load_weights().codes.vocab.terms)
    assert {"any time", "between us", "or night", "you safe"} <= terms


def test_coach_lines_are_read_with_the_clients_words(tmp_path, caplog):
    w = load_weights()
    context = set(w.codes.context_vocab.terms)
    # What a client asks for or reports is context for the coach's reply.
    assert {"promise", "don't tell", "didn't work", "can i"} <= context
    assert w.cues.context_vocab is None
    n_side = len(CODES) + len(CUES) + 2 + len(EXCHANGE_FEATURES)
    n_features = 384 + n_side + len(w.codes.vocab) + len(context)
    assert w.codes.W.shape[0] == n_features

    # A weights file from before the context features is refused, and detection falls back.
    stale = tmp_path / "stale.npz"
    with np.load(WEIGHTS_PATH, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files if not k.startswith("codes_context_")}
    np.savez(stale, **arrays)
    with pytest.raises(ValueError, match="retrain"):
        load_weights(stale)
    with caplog.at_level(logging.WARNING):
        assert OfflineDetector(stale).detect_many([(None, "How strong is the urge, 0 to 10?")]) == [
            {"ASSESS_INTENSITY"}
        ]
    assert "python -m coachsim.detect.train" in caplog.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How are you feeling right now?", True),
        ("tell me what happened", True),
        ("so you're not going to do anything dumb tho right", True),
        ("Do that now.", False),
        ("That sounds really hard.", False),
        ("You're doing amazing, it's ok", False),
    ],
)
def test_is_question(text, expected):
    assert is_question(text) is expected


def test_expresses_warmth():
    assert expresses_warmth("I'm so sorry you're going through this. Sending hugs.")
    assert not expresses_warmth("Have you tried asking your landlord for a repair?")
