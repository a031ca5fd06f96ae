"""Small helpers shared by the benchmark sections."""

from __future__ import annotations

import resource
import statistics


def percentiles_ms(samples_s: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples_s)
    q = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else ms * 99
    return {"p50_ms": round(statistics.median(ms), 3), "p95_ms": round(q[94], 3), "n": len(ms)}


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
