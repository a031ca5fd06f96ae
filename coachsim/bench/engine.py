"""Engine figures: one full turn (detect + client step + score update), and batch scoring."""

from __future__ import annotations

import random
import time

from coachsim.bench.timing import peak_rss_mb, percentiles_ms
from coachsim.content.loader import load_repo_content
from coachsim.engine import Session
from coachsim.engine.coaches import COACHES, CallView
from coachsim.labels import load_coach_lines
from coachsim.scoring import code_transcript, score_call, score_transcripts, shipped_rubrics
from coachsim.transcript import Transcript, Turn


def _turn_latencies(quick: bool) -> list[float]:
    """Each sample: the coach's line is detected, the client answers, and the call is rescored."""
    content = load_repo_content()
    rubrics = shipped_rubrics()
    samples: list[float] = []
    for scenario in content.scenarios.values():
        for name, make in COACHES.items():
            if quick and name not in ("skilled", "advice_giver"):
                continue
            session, policy = Session(scenario, seed=1), make()
            view = CallView(session)
            while not session.ended and session.coach_turns < scenario.policy.max_coach_turns:
                line = policy.next_line(view)
                if line is None:
                    break
                view.said.append(line)
                start = time.perf_counter()
                session.coach_turn(line)
                call = code_transcript(session.transcript(), scenario, trust_meta_codes=True)
                score_call(call, rubrics, scenario=scenario)
                samples.append(time.perf_counter() - start)
    return samples


def _batch(n: int, turns: int, distinct: str, seed: int = 7) -> list[Transcript]:
    """`n` transcripts of `turns` turns from the team's labelled lines (client, coach pairs).

    `distinct`: "none" keeps the lines as they are (repeats across calls are detected once);
    "coach" tags every coach line with its transcript number (trainees' own words, clients'
    scripted lines repeating); "all" tags every line (the worst case: nothing is shared).
    """
    rng = random.Random(seed)
    lines = load_coach_lines("all")
    out = []
    for i in range(n):
        picked = rng.sample(lines, turns // 2)
        tags = {
            "client": f" [{i}]" if distinct == "all" else "",
            "coach": f" [{i}]" if distinct in ("all", "coach") else "",
        }
        body = [
            Turn(speaker=speaker, text=(text or "...") + tags[speaker])
            for line in picked
            for speaker, text in (("client", line.client), ("coach", line.coach))
        ]
        out.append(Transcript(title=f"bench {i}", turns=body))
    return out


def _batch_scoring(quick: bool, distinct: str) -> dict:
    n = 200 if quick else 1000
    transcripts = _batch(n, 20, distinct)
    rubrics = shipped_rubrics()
    unique = {
        speaker: len({t.text for tr in transcripts for t in tr.turns if t.speaker == speaker})
        for speaker in ("coach", "client")
    }
    start = time.perf_counter()
    score_transcripts([(t, None) for t in transcripts], rubrics)
    elapsed = time.perf_counter() - start
    return {
        "made_distinct": distinct,
        "transcripts": n,
        "turns_each": 20,
        "distinct_coach_lines": unique["coach"],
        "distinct_client_lines": unique["client"],
        "seconds": round(elapsed, 2),
        "transcripts_per_s": round(n / elapsed, 1),
        "seconds_per_1000": round(elapsed * 1000 / n, 1),
    }


def bench_engine(quick: bool) -> dict:
    # Warm the detector once so the figures are per turn, not the model's load time.
    from coachsim.detect import detect_codes

    start = time.perf_counter()
    detect_codes("warm up", None)
    load_s = time.perf_counter() - start
    runs = 1 if quick else 3
    turn_runs = [percentiles_ms(_turn_latencies(quick)) for _ in range(runs)]
    # Each batch run is a fresh process state for the detector's memo: clear it between runs.
    from coachsim.scoring.coding import default_coder

    batch: dict[str, dict] = {}
    for distinct in ("none", "coach", "all"):
        found = []
        for _ in range(runs if distinct == "none" else 1):
            default_coder.cache_clear()
            found.append(_batch_scoring(quick, distinct))
        key = {"none": "labelled_lines", "coach": "distinct_coach_lines", "all": "all_distinct"}[
            distinct
        ]
        batch[key] = sorted(found, key=lambda r: r["seconds"])[len(found) // 2]
        batch[key]["runs_s"] = [r["seconds"] for r in found]
    return {
        "detector_load_s": round(load_s, 2),
        "full_turn": sorted(turn_runs, key=lambda r: r["p95_ms"])[len(turn_runs) // 2],
        "full_turn_runs": turn_runs,
        "batch_scoring": batch,
        "peak_rss_mb": peak_rss_mb(),
        "targets": {"full_turn_p95_ms": 50, "seconds_per_1000_transcripts_of_20_turns": 60},
    }


def format_engine(f: dict) -> str:
    t = f["full_turn"]
    out = [
        f"full turn (detect + client + rescore): p50 {t['p50_ms']} ms, p95 {t['p95_ms']} ms "
        f"over {t['n']} turns (target p95 <= 50 ms)"
    ]
    for name, b in f["batch_scoring"].items():
        out.append(
            f"batch scoring ({name}): {b['transcripts']} transcripts x {b['turns_each']} turns "
            f"in {b['seconds']} s = {b['transcripts_per_s']}/s, {b['seconds_per_1000']} s per "
            f"1000 (target <= 60 s); {b['distinct_coach_lines']} distinct coach lines, "
            f"{b['distinct_client_lines']} distinct client lines"
        )
    out.append(f"detector load {f['detector_load_s']} s; peak RSS {f['peak_rss_mb']} MB")
    return "\n".join(out)
