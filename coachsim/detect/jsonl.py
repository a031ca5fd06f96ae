"""`python -m coachsim detect [--in FILE.jsonl] [--out FILE.jsonl] [--backend NAME]` (DESIGN §4.3).

Input: one JSON object per line, `{"id": ..., "client"?: str | null, "coach": str}`.
Output: one JSON object per valid input line, in input order: `{"id": <same id>, "codes": [...]}`
with the codes in the canonical order of `coachsim.codes.CODES`.

Errors: a line that is not a JSON object with a string "coach" (bad JSON, missing field, wrong
type) is reported on stderr as `<input>:<line number>: <message>` and skipped; every other line
is still detected and written, and the command exits 1 at the end. Blank lines are ignored.
Exit 0 when every line was detected; 2 for an unknown backend, an unreadable input file or an
unwritable output file.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from coachsim.codes import CODES

BATCH = 64
_ORDER = {code: i for i, code in enumerate(CODES)}


def _parse(line: str) -> dict[str, Any]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    if "id" not in obj:
        raise ValueError('missing "id"')
    if not isinstance(obj.get("coach"), str):
        raise ValueError('"coach" must be a string')
    client = obj.get("client")
    if client is not None and not isinstance(client, str):
        raise ValueError('"client" must be a string or null')
    return obj


def _batches(lines: Iterable[str], name: str, errors: list[str]) -> Iterator[list[dict]]:
    batch: list[dict] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            batch.append(_parse(line))
        except ValueError as exc:
            errors.append(f"{name}:{number}: {exc}")
            print(errors[-1], file=sys.stderr, flush=True)
            continue
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def detect_stream(src: IO[str], dst: IO[str], backend: str | None, name: str = "<stdin>") -> int:
    from coachsim.detect import get_detector

    try:
        detector = get_detector(backend)
    except KeyError as exc:
        print(f"detect: {exc.args[0]}", file=sys.stderr)
        return 2
    errors: list[str] = []
    for batch in _batches(src, name, errors):
        results = detector.detect_many([(obj.get("client"), obj["coach"]) for obj in batch])
        for obj, codes in zip(batch, results, strict=True):
            ordered = sorted(codes, key=lambda c: _ORDER.get(c, len(_ORDER)))
            dst.write(json.dumps({"id": obj["id"], "codes": ordered}, ensure_ascii=False) + "\n")
        dst.flush()
    if errors:
        print(f"detect: {len(errors)} line(s) skipped", file=sys.stderr)
        return 1
    return 0


def run_detect(in_path: Path | None, out_path: Path | None, backend: str | None) -> int:
    """The CLI entry point; returns the exit code."""
    try:
        src = open(in_path, encoding="utf-8") if in_path else sys.stdin  # noqa: SIM115
    except OSError as exc:
        print(f"detect: cannot read {in_path}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        try:
            dst = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout  # noqa: SIM115
        except OSError as exc:
            print(f"detect: cannot write {out_path}: {exc.strerror}", file=sys.stderr)
            return 2
        try:
            return detect_stream(src, dst, backend, str(in_path) if in_path else "<stdin>")
        finally:
            if out_path:
                dst.close()
    finally:
        if in_path:
            src.close()
