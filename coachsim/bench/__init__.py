"""`python -m coachsim bench`: the quality and speed figures of DESIGN §6.

Each section lives in its own module with `bench_<name>(quick) -> dict` and
`format_<name>(figures) -> str`; this module only runs them and writes the JSON file.
"""

from __future__ import annotations

import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path

SECTIONS = ("detector", "engine", "app", "llm")


def run_bench(out: Path, quick: bool = False, only: list[str] | None = None) -> int:
    results: dict = {
        "machine": {"python": platform.python_version(), "cpus": _cpus()},
        "quick": quick,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    failed = False
    for name in only or SECTIONS:
        if name not in SECTIONS:
            print(f"unknown section {name!r}; choose from {', '.join(SECTIONS)}", file=sys.stderr)
            return 2
        module = importlib.import_module(f"coachsim.bench.{name}")
        print(f"== {name}", flush=True)
        try:
            figures = getattr(module, f"bench_{name}")(quick)
        except Exception as exc:  # a broken section is reported, the others still run
            failed = True
            figures = {"error": f"{type(exc).__name__}: {exc}"}
            traceback.print_exc()
        else:
            print(getattr(module, f"format_{name}")(figures), flush=True)
        results[name] = figures
    out.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print(f"\nfigures written to {out}")
    return 1 if failed else 0


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
