"""The lean copy of the embedding model: same embeddings, made once, never in the way."""

from __future__ import annotations

import logging

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

import coachsim.detect.embed as embed_mod
from coachsim.detect.lean_model import build_lean_model, lean_model_file, lean_path

SENTENCES = [
    "I'm glad you called. On a scale of 0 to 10, how strong is the urge right now?",
    "Could you put the pills in the car while we talk?",
    "Okay.",
    "Honestly, let's grab a coffee sometime, you're more like a friend than a client.",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHSIM_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_lean_copy_gives_bit_identical_embeddings(cache, monkeypatch):
    lean = embed_mod.Embedder().encode(SENTENCES)
    assert lean_path(embed_mod.model_file()).is_file()
    monkeypatch.setattr(embed_mod, "lean_model_file", lambda src: src)
    packaged = embed_mod.Embedder().encode(SENTENCES)
    assert np.array_equal(lean, packaged)


def _int8_tables_gathered(path) -> set[str]:
    graph = onnx.load(str(path)).graph
    int8 = {t.name for t in graph.initializer if t.data_type == TensorProto.INT8}
    return int8 & {n.input[0] for n in graph.node if n.op_type == "Gather"}


def test_lean_copy_gathers_from_the_int8_table(cache):
    # The packaged graph dequantizes the whole word-embedding table (Cast, Mul) before its
    # Gather, which onnxruntime then folds to floats; the lean one gathers int8 rows.
    src = embed_mod.model_file()
    rewritten = build_lean_model(src, cache / "lean.onnx")
    assert rewritten >= 1
    assert not _int8_tables_gathered(src)
    assert len(_int8_tables_gathered(cache / "lean.onnx")) == rewritten


def test_lean_copy_is_made_once_and_reused(cache):
    src = embed_mod.model_file()
    first = lean_model_file(src)
    assert first != src and first.parent == cache
    made = first.stat().st_mtime_ns
    assert lean_model_file(src) == first
    assert first.stat().st_mtime_ns == made


def test_unwritable_cache_falls_back_to_the_packaged_file(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("COACHSIM_CACHE_DIR", str(blocker / "cache"))
    src = embed_mod.model_file()
    with caplog.at_level(logging.WARNING, logger="coachsim.detect.lean_model"):
        assert lean_model_file(src) == src
    assert "70 MB more memory" in caplog.text


def test_a_model_without_the_pattern_is_used_as_it_is(tmp_path, cache, caplog):
    table = numpy_helper.from_array(np.arange(12, dtype=np.float32).reshape(4, 3), "table")
    graph = helper.make_graph(
        [helper.make_node("Gather", ["table", "ids"], ["out"], axis=0)],
        "float_table",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, [None])],
        [helper.make_tensor_value_info("out", TensorProto.FLOAT, [None, 3])],
        [table],
    )
    src = tmp_path / "plain.onnx"
    onnx.save(helper.make_model(graph), str(src))
    with caplog.at_level(logging.WARNING, logger="coachsim.detect.lean_model"):
        assert lean_model_file(src) == src
    assert "no int8 Cast+Mul table" in caplog.text
    assert not list(cache.glob("*.onnx"))


def test_old_copies_are_pruned_and_the_copy_is_readable_by_all(cache):
    import os

    from coachsim.detect.lean_model import KEEP_COPIES

    src = embed_mod.model_file()
    cache.mkdir(parents=True)
    stale = []
    for age in range(KEEP_COPIES + 1):  # copies other virtualenvs left behind, oldest last
        old = cache / f"{src.stem}-int8-gather-old{age}.onnx"
        old.write_bytes(b"x")
        os.utime(old, ns=(10**18 - age * 10**12,) * 2)
        stale.append(old)
    other_model = cache / "another-model-int8-gather-abc.onnx"
    other_model.write_bytes(b"x")
    made = lean_model_file(src)
    left = sorted(p.name for p in cache.glob(f"{src.stem}-int8-gather-*.onnx"))
    assert len(left) == KEEP_COPIES and made.name in left
    assert [p.exists() for p in stale] == [True] * (KEEP_COPIES - 1) + [False, False]
    assert other_model.exists()
    assert made.stat().st_mode & 0o777 == 0o644
