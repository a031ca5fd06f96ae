"""Benchmark section "detector" (DESIGN §6): agreement with human labels, speed, memory.

- the team's held-out lines (labels/, split="heldout"): per-code precision/recall/F1 and
  macro-F1 for the "offline" backend, beside the "rules" baseline; the same for client cues;
- AnnoMI (public MI sessions): therapist question detection (a turn is a question when a
  question code fires or `is_question` says so) against `question_exists`, and Cohen's kappa
  against the 10-annotator majority on the multi-annotated subset beside the human ceiling;
- EPITOME (Reddit support replies): emotional reactions (level >= 1) from `expresses_warmth` or
  FALSE_REASSURANCE (the data set's own definition counts "everything will be fine" as a weak
  reaction), as macro-F1 and kappa. EPITOME keeps naming the seeker's feeling ("that sounds
  hard") apart, as *interpretations*, which is what VALIDATE codes; so VALIDATE is reported
  beside it, alone and added to the mapping, not counted in the headline;
- speed and memory in a fresh subprocess: cold start, per-utterance latency p50/p95 (median
  over repeated runs), batch throughput, peak resident memory; rules backend as baseline.

The public data sets are read from $COACHSIM_DATASETS or ../shared/datasets beside the
repository; when missing, their figures say "absent". They are only measured, never trained on.
"""

from __future__ import annotations

import csv
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from coachsim.codes import CODES, CUES, QUESTION_CODES

REPO_ROOT = Path(__file__).resolve().parents[2]
SAFETY_CODES = (
    "RISK_QUESTION",
    "MEANS_QUESTION",
    "MEDICAL_CHECK",
    "LEADING_RISK_QUESTION",
    "SECRECY",
    "PROMISE_AVAILABILITY",
    "DUAL_RELATIONSHIP",
)
TARGETS = {
    "macro_f1": 0.85,
    "safety_f1": 0.90,
    "annomi_question_f1": 0.90,
    "epitome_macro_f1": 0.70,
    "p50_ms": 10.0,
    "throughput_per_s": 200.0,
    "peak_rss_mb": 300.0,
}


def datasets_dir() -> Path:
    env = os.environ.get("COACHSIM_DATASETS")
    return Path(env) if env else REPO_ROOT.parent / "shared" / "datasets"


# ---------------------------------------------------------------- metrics
def prf(gold: list[bool], pred: list[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def kappa(a: list[bool], b: list[bool]) -> float:
    n = len(a)
    if not n:
        return float("nan")
    po = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    return round((po - pe) / (1 - pe), 3) if pe < 1 else 1.0


def binary_macro_f1(gold: list[bool], pred: list[bool]) -> float:
    pos = prf(gold, pred)["f1"]
    neg = prf([not g for g in gold], [not p for p in pred])["f1"]
    return round((pos + neg) / 2, 3)


def per_label(gold: list[set[str]], pred: list[set[str]], labels: tuple[str, ...]) -> dict:
    table = {}
    for lab in labels:
        g = [lab in s for s in gold]
        row = prf(g, [lab in s for s in pred])
        row["support"] = sum(g)
        table[lab] = row
    return table


def f1_intervals(
    gold: list[set[str]], pred: list[set[str]], labels: tuple[str, ...], rounds: int = 2000
) -> dict[str, tuple[float, float]]:
    """95% bootstrap interval of each label's F1 (lines resampled with replacement, fixed seed).

    With a few dozen to a few hundred positives per code an F1 moves by several hundredths;
    the interval says how far a figure can be read against its target.
    """
    import numpy as np

    G = np.array([[lab in s for lab in labels] for s in gold], dtype=np.float64)
    P = np.array([[lab in s for lab in labels] for s in pred], dtype=np.float64)
    rng = np.random.default_rng(7)
    counts = rng.multinomial(len(gold), np.full(len(gold), 1 / len(gold)), size=rounds)
    tp, fp, fn = counts @ (G * P), counts @ ((1 - G) * P), counts @ (G * (1 - P))
    denom = 2 * tp + fp + fn
    f1 = np.divide(2 * tp, denom, out=np.ones_like(tp), where=denom > 0)
    lo, hi = np.percentile(f1, [2.5, 97.5], axis=0)
    return {
        lab: (round(float(a), 3), round(float(b), 3))
        for lab, a, b in zip(labels, lo, hi, strict=True)
    }


def macro(table: dict) -> float:
    return round(statistics.mean(row["f1"] for row in table.values()), 3)


# ---------------------------------------------------------------- sections
def bench_labelled() -> dict:
    from coachsim.detect import get_detector
    from coachsim.labels import load_client_lines, load_coach_lines

    lines = load_coach_lines("heldout")
    if not lines:
        return {"status": "absent"}
    pairs = [(line.client or None, line.coach) for line in lines]
    gold = [set(line.codes) for line in lines]
    out: dict = {"n_lines": len(lines), "n_train": len(load_coach_lines("train"))}
    for backend in ("offline", "rules"):
        det = get_detector(backend)
        pred = det.detect_many(pairs)
        table = per_label(gold, pred, CODES)
        if backend == "offline":
            for code, ci in f1_intervals(gold, pred, CODES).items():
                table[code]["f1_ci95"] = ci
        out[backend] = {
            "macro_f1": macro(table),
            "safety_f1": {c: table[c]["f1"] for c in SAFETY_CODES},
            "per_code": table,
        }
        if backend == "offline":
            out[backend]["uses_model"] = bool(getattr(det, "uses_model", False))
    clients = load_client_lines("heldout")
    if clients:
        det = get_detector("offline")
        cue_gold = [set(c.cues) for c in clients]
        cues = {"n_lines": len(clients)}
        for name, pred in (
            ("offline", det.detect_cues_many([c.client for c in clients])),
            ("rules", get_detector("rules").detect_cues_many([c.client for c in clients])),
        ):
            table = per_label(cue_gold, pred, CUES)
            cues[name] = {"macro_f1": macro(table), "per_cue": table}
        out["cues"] = cues
    return out


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _is_question_turn(pairs: list[tuple[str | None, str]]) -> list[bool]:
    from coachsim.detect import get_detector, is_question

    codes = get_detector("offline").detect_many(pairs)
    return [
        bool(c & QUESTION_CODES) or is_question(coach)
        for c, (_, coach) in zip(codes, pairs, strict=True)
    ]


def bench_annomi(limit: int | None = None) -> dict:
    root = datasets_dir() / "annomi"
    full_path, simple_path = root / "AnnoMI-full.csv", root / "AnnoMI-simple.csv"
    if not full_path.exists():
        return {"status": "absent", "path": str(root)}
    rows = _read_csv(full_path)
    # utterance key -> annotator -> question_exists; and the text and previous client line
    votes: dict[tuple[str, int], dict[str, bool]] = defaultdict(dict)
    text: dict[tuple[str, int], str] = {}
    client_text: dict[tuple[str, int], str] = {}
    for r in rows:
        key = (r["transcript_id"], int(r["utterance_id"]))
        if r["interlocutor"] == "client":
            client_text[key] = r["utterance_text"]
            continue
        votes[key][r["annotator_id"]] = r["question_exists"] == "True"
        text[key] = r["utterance_text"]
    keys = sorted(votes)
    if limit:
        keys = keys[:limit]
    pairs = [(client_text.get((t, u - 1)), text[(t, u)]) for t, u in keys]
    started = time.perf_counter()
    pred = dict(zip(keys, _is_question_turn(pairs), strict=True))
    seconds = time.perf_counter() - started

    def majority(v: dict[str, bool]) -> bool | None:
        yes = sum(v.values())
        return None if yes * 2 == len(v) else yes * 2 > len(v)

    gold = {k: majority(votes[k]) for k in keys}
    scored = [k for k in keys if gold[k] is not None]
    overall = prf([gold[k] for k in scored], [pred[k] for k in scored])
    overall["kappa"] = kappa([gold[k] for k in scored], [pred[k] for k in scored])
    overall["n"] = len(scored)

    multi = [k for k in keys if len(votes[k]) >= 10]
    multi_scored = [k for k in multi if gold[k] is not None]
    out = {
        "n_therapist_utterances": len(keys),
        "question_exists": overall,
        "seconds": round(seconds, 1),
    }
    if multi_scored:
        out["multi_annotated"] = {
            "n": len(multi_scored),
            "ties_dropped": len(multi) - len(multi_scored),
            "kappa_vs_majority": kappa(
                [gold[k] for k in multi_scored], [pred[k] for k in multi_scored]
            ),
            "f1_vs_majority": prf([gold[k] for k in multi_scored], [pred[k] for k in multi_scored])[
                "f1"
            ],
            "human_ceiling": _human_ceiling(votes, multi),
            "human_ceiling_quoted": {"question_exists_kappa": 0.915},
        }
    if simple_path.exists():
        simple = {
            (r["transcript_id"], int(r["utterance_id"])): r["main_therapist_behaviour"]
            == "question"
            for r in _read_csv(simple_path)
            if r["interlocutor"] == "therapist"
        }
        common = [k for k in keys if k in simple]
        main = prf([simple[k] for k in common], [pred[k] for k in common])
        main["n"] = len(common)
        out["main_behaviour_question"] = main
    return out


def _human_ceiling(votes: dict, keys: list) -> dict:
    """Each annotator against the majority of the other nine (ties dropped), and against the
    majority of all ten; means over annotators."""
    annotators = sorted({a for k in keys for a in votes[k]})
    loo, all10 = [], []
    for a in annotators:
        ga, gm, g10a, g10m = [], [], [], []
        for k in keys:
            if a not in votes[k]:
                continue
            others = [v for b, v in votes[k].items() if b != a]
            yes = sum(others)
            if yes * 2 != len(others):
                ga.append(votes[k][a])
                gm.append(yes * 2 > len(others))
            yes10 = sum(votes[k].values())
            if yes10 * 2 != len(votes[k]):
                g10a.append(votes[k][a])
                g10m.append(yes10 * 2 > len(votes[k]))
        if ga:
            loo.append(kappa(ga, gm))
        if g10a:
            all10.append(kappa(g10a, g10m))
    return {
        "kappa_one_vs_other_nine": round(statistics.mean(loo), 3) if loo else None,
        "kappa_one_vs_all_ten": round(statistics.mean(all10), 3) if all10 else None,
        "n_annotators": len(annotators),
    }


def bench_epitome(limit: int | None = None) -> dict:
    from coachsim.detect import expresses_warmth, get_detector

    path = datasets_dir() / "epitome" / "emotional-reactions-reddit.csv"
    if not path.exists():
        return {"status": "absent", "path": str(path.parent)}
    seen: set[tuple[str, str]] = set()
    rows = []
    for r in _read_csv(path):
        key = (r["sp_id"], r["rp_id"])
        if key in seen:
            continue
        seen.add(key)
        rows.append(r)
    if limit:
        rows = rows[:limit]
    gold = [int(r["level"]) >= 1 for r in rows]
    started = time.perf_counter()
    codes = get_detector("offline").detect_many(
        [(r["seeker_post"], r["response_post"]) for r in rows]
    )
    seconds = time.perf_counter() - started
    validate = ["VALIDATE" in c for c in codes]
    # EPITOME's definition: warmth, compassion or concern felt by the supporter, where a weak
    # allusion ("everything will be fine") already counts: the warmth helper or
    # FALSE_REASSURANCE. Naming the seeker's feeling is EPITOME's "interpretations", not this.
    reaction = [
        "FALSE_REASSURANCE" in c or expresses_warmth(r["response_post"])
        for c, r in zip(codes, rows, strict=True)
    ]
    with_validate = [a or b for a, b in zip(reaction, validate, strict=True)]
    out = {"n": len(rows), "positives": sum(gold), "seconds": round(seconds, 1)}
    for name, pred in (
        ("validate", validate),
        ("emotional_reaction", reaction),
        ("emotional_reaction_or_validate", with_validate),
    ):
        out[name] = {
            "macro_f1": binary_macro_f1(gold, pred),
            "kappa": kappa(gold, pred),
            **{f"pos_{k}": v for k, v in prf(gold, pred).items()},
        }
    return out


def bench_speed(quick: bool) -> dict:
    """Runs `python -m coachsim.bench.detector --speed` in fresh processes; medians over runs."""
    runs = 1 if quick else 3
    results = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-m", "coachsim.bench.detector", "--speed"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=900,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
        if proc.returncode != 0:
            return {"error": proc.stderr.strip()[-2000:]}
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    keys = results[0].keys()
    out = {k: round(statistics.median(r[k] for r in results), 3) for k in keys}
    out["runs"] = runs
    return out


def _speed_probe() -> dict:
    """In this (fresh) process: cold start, latency, throughput, peak RSS."""
    from coachsim.detect import get_detector
    from coachsim.labels import LABELS_DIR

    # Plain JSON for the 1,000 lines used, so the peak is the detector's, not the label set's.
    pairs: list[tuple[str | None, str]] = []
    for path in sorted(LABELS_DIR.glob("coach_lines_*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines()[: 1000 - len(pairs)]:
            r = json.loads(row)
            pairs.append((r.get("client") or None, r["coach"]))
    t0 = time.perf_counter()
    det = get_detector("offline")
    det.detect_many([pairs[0]])
    cold = time.perf_counter() - t0
    single = []
    for pair in pairs[1:301]:
        t = time.perf_counter()
        det.detect_many([pair])
        single.append(time.perf_counter() - t)
    batch = (pairs * (1 + 1000 // max(1, len(pairs))))[:1000]
    t = time.perf_counter()
    det.detect_many(batch)
    throughput = len(batch) / (time.perf_counter() - t)
    rules = get_detector("rules")
    rules_single = []
    for pair in pairs[1:301]:
        t = time.perf_counter()
        rules.detect_many([pair])
        rules_single.append(time.perf_counter() - t)
    single.sort()
    rules_single.sort()
    return {
        "cold_start_s": cold,
        "p50_ms": 1000 * statistics.median(single),
        "p95_ms": 1000 * single[int(0.95 * (len(single) - 1))],
        "throughput_per_s": throughput,
        "rules_p50_ms": 1000 * statistics.median(rules_single),
        "peak_rss_mb": _peak_rss_mb(),
    }


def _peak_rss_mb() -> float:
    """This process's resident high-water mark. (getrusage's ru_maxrss survives exec on Linux,
    so a child started from a big parent would report the parent's peak.)"""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_detector(quick: bool) -> dict:
    """All detector figures; prints nothing."""
    limit = None
    figs: dict = {"datasets": str(datasets_dir())}
    figs["labelled"] = bench_labelled()
    figs["annomi"] = bench_annomi(limit)
    figs["epitome"] = bench_epitome(limit)
    figs["speed"] = bench_speed(quick)
    figs["targets"] = TARGETS
    return figs


# ---------------------------------------------------------------- formatting
def _fmt(x) -> str:
    return "—" if x is None else (f"{x:.3f}" if isinstance(x, float) else str(x))


def format_detector(figs: dict) -> str:
    lines: list[str] = []
    lab = figs.get("labelled", {})
    if lab.get("status") == "absent":
        lines.append("held-out lines: absent")
    elif lab:
        off, rul = lab["offline"], lab["rules"]
        model = "rules + embedding model" if off.get("uses_model") else "RULES ONLY (model absent)"
        lines.append(
            f"held-out coach lines: {lab['n_lines']} (train {lab['n_train']}); offline = {model}"
        )
        lines.append(
            f"{'code':24s} {'P':>6s} {'R':>6s} {'F1':>6s} {'F1 95% CI':>13s} {'n':>4s}   rules F1"
        )
        for code in CODES:
            row, base = off["per_code"][code], rul["per_code"][code]
            mark = " *" if code in SAFETY_CODES and row["f1"] < TARGETS["safety_f1"] else ""
            lo, hi = row["f1_ci95"]
            lines.append(
                f"{code:24s} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
                f"  {lo:.3f}-{hi:.3f} {row['support']:4d}   {base['f1']:6.3f}{mark}"
            )
        lines.append(
            f"{'macro-F1':24s} {'':6s} {'':6s} {off['macro_f1']:6.3f} {'':13s} {'':4s}   "
            f"{rul['macro_f1']:6.3f}   (target >= {TARGETS['macro_f1']})"
        )
        cues = lab.get("cues")
        if cues:
            per = cues["offline"]["per_cue"]
            lines.append(
                f"client cues ({cues['n_lines']} held-out lines): macro-F1 "
                f"{cues['offline']['macro_f1']:.3f} (rules {cues['rules']['macro_f1']:.3f}); "
                + ", ".join(f"{c} {per[c]['f1']:.2f}" for c in CUES)
            )
    an = figs.get("annomi", {})
    if an.get("status") == "absent":
        lines.append("AnnoMI: absent")
    elif an:
        q = an["question_exists"]
        lines.append(
            f"AnnoMI question detection ({q['n']} therapist turns): F1 {q['f1']:.3f} "
            f"(P {q['precision']:.3f} R {q['recall']:.3f}), kappa {q['kappa']:.3f}"
        )
        m = an.get("multi_annotated")
        if m:
            h = m["human_ceiling"]
            lines.append(
                f"  multi-annotated subset ({m['n']} turns): kappa vs 10-annotator majority "
                f"{m['kappa_vs_majority']:.3f}; humans: one vs other nine "
                f"{_fmt(h['kappa_one_vs_other_nine'])}, one vs all ten "
                f"{_fmt(h['kappa_one_vs_all_ten'])} (quoted ceiling 0.915)"
            )
        mb = an.get("main_behaviour_question")
        if mb:
            lines.append(f"  vs main behaviour = question (AnnoMI-simple): F1 {mb['f1']:.3f}")
    ep = figs.get("epitome", {})
    if ep.get("status") == "absent":
        lines.append("EPITOME: absent")
    elif ep:
        v, w = ep["validate"], ep["emotional_reaction"]
        wv = ep["emotional_reaction_or_validate"]
        lines.append(
            f"EPITOME emotional reactions ({ep['n']} replies): macro-F1 {w['macro_f1']:.3f} "
            f"(kappa {w['kappa']:.3f}) from warmth | FALSE_REASSURANCE; with VALIDATE added "
            f"{wv['macro_f1']:.3f}; VALIDATE alone {v['macro_f1']:.3f} (kappa {v['kappa']:.3f}); "
            f"target >= {TARGETS['epitome_macro_f1']}"
        )
    sp = figs.get("speed", {})
    if "error" in sp:
        lines.append(f"speed: error {sp['error']}")
    elif sp:
        lines.append(
            f"speed (median of {sp['runs']} fresh runs): cold start {sp['cold_start_s']:.2f} s, "
            f"latency p50 {sp['p50_ms']:.2f} ms p95 {sp['p95_ms']:.2f} ms (rules only p50 "
            f"{sp['rules_p50_ms']:.2f} ms), batch {sp['throughput_per_s']:.0f} utterances/s, "
            f"peak RSS {sp['peak_rss_mb']:.0f} MB"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    if sys.argv[1:] == ["--speed"]:
        print(json.dumps(_speed_probe()))
    else:
        quick = "--quick" in sys.argv[1:]
        print(format_detector(bench_detector(quick)))
