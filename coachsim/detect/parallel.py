"""Large batches across worker processes, one onnxruntime thread each.

Measured on 2 cores: one process with a 2-thread session codes ~190 lines/s; two processes
with a 1-thread session each code ~110 lines/s apiece, and the lexical rules (pure Python,
under the GIL) run in parallel too. Workers start with "spawn" (forking a process whose
onnxruntime threads are running is unsafe) and load the model once each, so this pays only
for batches of thousands of lines (scoring a folder of transcripts, the benchmark).

`COACHSIM_DETECT_WORKERS` sets the number of workers (1 turns this off).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

MIN_ITEMS = 2000  # below this the workers' start-up (~2 s) costs more than it saves
SLICE = 512  # lines per task: small enough to balance the workers, large enough to batch


def workers_for(n_items: int) -> int:
    """How many worker processes a batch of `n_items` lines should use (1 = in process)."""
    env = os.environ.get("COACHSIM_DETECT_WORKERS", "")
    if env.isdigit():
        wanted = int(env)
    else:
        try:
            wanted = len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - not Linux
            wanted = os.cpu_count() or 1
        wanted = min(wanted, 4)
    if n_items < MIN_ITEMS:
        return 1
    return max(1, min(wanted, n_items // (SLICE // 2)))


def _init_worker(weights_path: str) -> None:
    os.environ["COACHSIM_ORT_THREADS"] = "1"
    os.environ["COACHSIM_DETECT_WORKERS"] = "1"  # a worker never starts workers of its own
    global _detector
    from coachsim.detect.offline import OfflineDetector

    _detector = OfflineDetector(Path(weights_path))


_detector = None


def _run(task: tuple[str, list]) -> list[set[str]]:
    method, items = task
    return getattr(_detector, method)(items)


def run_in_workers(method: str, items: Sequence, workers: int, weights_path: Path) -> list:
    """`OfflineDetector.<method>(items)` split over `workers` processes, answers in order."""
    tasks = [(method, list(items[i : i + SLICE])) for i in range(0, len(items), SLICE)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(str(weights_path),)
    ) as pool:
        return [found for part in pool.map(_run, tasks) for found in part]
