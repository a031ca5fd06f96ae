"""A leaner copy of the packaged embedding model: the word-embedding table stays int8.

The packaged int8 model dequantizes each weight with Cast + Mul on an int8 initializer.
onnxruntime folds those constants to float32 when it loads the model. That is right for the
MatMul weights (they are packed for speed), but it also turns the embedding tables (30,522
word rows, of which one utterance reads a few dozen) into 47 MB of floats, and the folding
itself costs a transient ~55 MB more. Rewritten so that Gather picks the int8 rows and their
row scales first and only those rows are dequantized, the outputs are bit-identical
(dequantization is per row) and the detector's peak memory drops by 60-70 MB.

The copy is derived from the installed model, never downloaded: it is written once per source
file to the cache folder ($COACHSIM_CACHE_DIR, else $XDG_CACHE_HOME/coachsim, else
~/.cache/coachsim) and reused; the newest KEEP_COPIES copies per model are kept, so
virtualenvs that come and go do not fill the cache. When it cannot be made (no `onnx` package,
a graph without the pattern, a read-only disk) the original file is used, with a logged warning.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

REWRITE_VERSION = 1  # bump when the rewrite changes, so old cached copies are not reused
KEEP_COPIES = 3  # copies per model kept in the cache (one per virtualenv or model version)
INT8_TYPES = (2, 3)  # onnx TensorProto.UINT8, INT8
FLOAT = 1  # onnx TensorProto.FLOAT


def cache_dir() -> Path:
    env = os.environ.get("COACHSIM_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "coachsim"


def lean_path(src: Path) -> Path:
    """Where the lean copy of `src` lives: keyed by the source's path, size and mtime."""
    st = src.stat()
    key = f"{src.resolve()}|{st.st_size}|{st.st_mtime_ns}|{REWRITE_VERSION}"
    digest = hashlib.sha1(key.encode()).hexdigest()[:12]
    return cache_dir() / f"{src.stem}-int8-gather-{digest}.onnx"


def rewrite_int8_gathers(model) -> int:
    """Gather(Mul(Cast(q), scale), ids) -> Mul(Cast(Gather(q, ids)), Gather(scale, ids)).

    Only where q is an int8 initializer, scale an initializer with one value per row, and the
    dequantized table feeds nothing but that Gather. Edits the onnx ModelProto in place and
    returns how many tables were rewritten.
    """
    from onnx import helper

    graph = model.graph
    inits = {t.name: t for t in graph.initializer}
    producer = {out: node for node in graph.node for out in node.output}
    uses: dict[str, int] = {}
    for node in graph.node:
        for name in node.input:
            uses[name] = uses.get(name, 0) + 1

    rewritten = 0
    for gather in list(graph.node):
        if gather.op_type != "Gather" or any(
            a.i != 0 for a in gather.attribute if a.name == "axis"
        ):
            continue
        mul = producer.get(gather.input[0])
        if mul is None or mul.op_type != "Mul" or uses.get(mul.output[0]) != 1:
            continue
        cast = next((producer[i] for i in mul.input if i in producer), None)
        scale = next((inits[i] for i in mul.input if i in inits), None)
        if cast is None or scale is None or cast.op_type != "Cast" or uses.get(cast.output[0]) != 1:
            continue
        table = inits.get(cast.input[0])
        if table is None or table.data_type not in INT8_TYPES:
            continue
        if list(scale.dims) != [table.dims[0], 1] or scale.data_type != FLOAT:
            continue
        ids, out = gather.input[1], gather.output[0]
        tag = gather.name or out
        new_nodes = [
            helper.make_node("Gather", [table.name, ids], [f"{tag}_q"], axis=0),
            helper.make_node("Gather", [scale.name, ids], [f"{tag}_scale"], axis=0),
            helper.make_node("Cast", [f"{tag}_q"], [f"{tag}_f"], to=FLOAT),
            helper.make_node("Mul", [f"{tag}_f", f"{tag}_scale"], [out]),
        ]
        # Insert where the Gather stood: its inputs exist there, its consumers come later.
        at = list(graph.node).index(gather)
        graph.node.remove(gather)
        for offset, node in enumerate(new_nodes):
            graph.node.insert(at + offset, node)
        graph.node.remove(mul)
        graph.node.remove(cast)
        rewritten += 1
    return rewritten


def build_lean_model(src: Path, dst: Path) -> int:
    """Write the rewritten copy of `src` to `dst` atomically; returns the tables rewritten."""
    import onnx

    model = onnx.load(str(src))
    count = rewrite_int8_gathers(model)
    if not count:
        raise ValueError(f"{src}: no int8 Cast+Mul table feeding a Gather")
    onnx.checker.check_model(model)
    dst.parent.mkdir(parents=True, exist_ok=True)
    # A temporary name in the same folder, then a rename: readers never see half a file.
    fd, tmp = tempfile.mkstemp(dir=dst.parent, prefix=dst.stem, suffix=".tmp")
    os.close(fd)
    try:
        onnx.save(model, tmp)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a shared cache must be readable
        os.replace(tmp, dst)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    prune_copies(src, dst)
    return count


def prune_copies(src: Path, keep: Path) -> None:
    """Each virtualenv (or model update) leaves its own ~23 MB copy: keep the newest few.

    A copy removed here that is still wanted is simply made again on its next first use.
    """
    # Tidying must never cost the copy just made: any failure here is logged and ignored.
    try:
        copies = sorted(
            (p for p in keep.parent.glob(f"{src.stem}-int8-gather-*.onnx") if p != keep),
            key=lambda p: p.stat().st_mtime_ns,
            reverse=True,
        )
        for old in copies[KEEP_COPIES - 1 :]:
            old.unlink()
    except OSError as exc:  # another user's file, or one removed meanwhile by another process
        log.info("could not prune old model copies in %s: %s", keep.parent, exc)


def lean_model_file(src: Path) -> Path:
    """The lean copy of `src`, made on first use; `src` itself when the copy cannot be made."""
    try:
        dst = lean_path(src)
        if not dst.is_file():
            build_lean_model(src, dst)
            log.info("wrote %s (int8 word-embedding table) from %s", dst, src)
        return dst
    except Exception as exc:  # ImportError, unexpected graph, OSError
        log.warning(
            "using %s as packaged (%s: %s): it takes about 70 MB more memory",
            src,
            type(exc).__name__,
            exc,
        )
        return src
