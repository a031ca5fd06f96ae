"""The detector benchmark, end to end: `python -m coachsim bench --only detector` on small
public-format fixtures (our own sentences in the AnnoMI and EPITOME file layouts), so the
figures can be checked by hand."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachsim.bench import detector as bench

ROOT = Path(__file__).resolve().parents[1]
ANNOMI_COLUMNS = [
    "mi_quality",
    "transcript_id",
    "utterance_id",
    "interlocutor",
    "utterance_text",
    "annotator_id",
    "question_exists",
]
# (utterance id, speaker, text, question_exists votes by annotator 1..n; None for the client)
ANNOMI = [
    (0, "client", "I keep drinking more than I mean to.", None),
    (1, "therapist", "What usually happens before you start?", [True, True, True]),
    (2, "client", "Work stress, mostly.", None),
    (3, "therapist", "Work has been piling up on you.", [False, False, False]),
    (4, "client", "Yeah.", None),
    (5, "therapist", "How many drinks on a bad night?", [True] * 8 + [False] * 2),
    (6, "client", "Maybe six.", None),
    (7, "therapist", "It sounds like the evenings are the hardest part.", [False] * 10),
    (8, "client", "They are.", None),
    (9, "therapist", "Mm.", [True, False]),  # a tie: left out of the figures
]
EPITOME = [
    ("My dog died today and I can't stop crying.", "I'm so sorry, sending you hugs.", 2),
    ("My dog died today and I can't stop crying.", "Have you thought about getting a cat?", 0),
    ("I failed my exam again.", "Everything will be fine, you'll pass next time.", 1),
    ("I failed my exam again.", "Which subject was it?", 0),
]


def _write_fixtures(root: Path) -> None:
    (root / "annomi").mkdir(parents=True)
    with open(root / "annomi" / "AnnoMI-full.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(ANNOMI_COLUMNS)
        for uid, who, text, votes in ANNOMI:
            for a, vote in enumerate(votes or [None], start=1):
                q = "n/a" if vote is None else str(vote)
                w.writerow(["high", 0, uid, who, text, a, q])
    (root / "epitome").mkdir(parents=True)
    path = root / "epitome" / "emotional-reactions-reddit.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["sp_id", "rp_id", "seeker_post", "response_post", "level", "rationales"])
        for i, (seeker, reply, level) in enumerate(EPITOME):
            w.writerow([f"s{i // 2}", f"r{i}", seeker, reply, level, ""])
            w.writerow([f"s{i // 2}", f"r{i}", seeker, reply, level, ""])  # duplicates count once


@pytest.fixture
def datasets(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "datasets"
    _write_fixtures(root)
    monkeypatch.setenv("COACHSIM_DATASETS", str(root))
    return root


def test_annomi_question_figures_against_the_majority_vote(datasets):
    figs = bench.bench_annomi()
    q = figs["question_exists"]
    assert figs["n_therapist_utterances"] == 5
    assert q["n"] == 4  # the tied turn is dropped
    # Two questions and two reflections, each called correctly.
    assert (q["precision"], q["recall"], q["f1"]) == (1.0, 1.0, 1.0)
    multi = figs["multi_annotated"]
    assert multi["n"] == 2  # only turns 5 and 7 have ten annotators
    assert multi["kappa_vs_majority"] == 1.0


def test_epitome_counts_warmth_and_reassurance_but_not_questions(datasets):
    figs = bench.bench_epitome()
    assert figs["n"] == 4 and figs["positives"] == 2
    reaction = figs["emotional_reaction"]
    assert reaction["pos_precision"] == 1.0 and reaction["pos_recall"] == 1.0
    assert reaction["macro_f1"] == 1.0


def test_f1_interval_brackets_the_figure_and_narrows_with_more_lines():
    labels = ("A",)
    # 8 of 10 positives found, 2 false alarms in 10 negatives: F1 0.8.
    gold = [{"A"}] * 10 + [set()] * 10
    pred = [{"A"}] * 8 + [set()] * 2 + [{"A"}] * 2 + [set()] * 8
    lo, hi = bench.f1_intervals(gold, pred, labels)["A"]
    assert lo < 0.8 < hi
    lo4, hi4 = bench.f1_intervals(gold * 4, pred * 4, labels)["A"]
    assert lo < lo4 < 0.8 < hi4 < hi
    assert bench.f1_intervals(gold, gold, labels)["A"] == (1.0, 1.0)


def test_public_data_absent_is_reported_not_invented(tmp_path, monkeypatch):
    monkeypatch.setenv("COACHSIM_DATASETS", str(tmp_path / "nothing"))
    assert bench.bench_annomi()["status"] == "absent"
    assert bench.bench_epitome()["status"] == "absent"


def test_bench_command_writes_every_detector_figure(datasets, tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "coachsim", "bench", "--quick", "--only", "detector"]
        + ["--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "COACHSIM_DATASETS": str(datasets)},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    figs = json.loads(out.read_text())["detector"]
    held = figs["labelled"]["offline"]
    assert figs["labelled"]["n_lines"] > 600 and held["uses_model"]
    assert set(held["per_code"]) == set(bench.CODES)
    for row in held["per_code"].values():
        lo, hi = row["f1_ci95"]
        assert lo <= row["f1"] <= hi
    assert 0.0 < held["macro_f1"] <= 1.0
    assert figs["annomi"]["question_exists"]["n"] == 4
    assert figs["epitome"]["n"] == 4
    speed = figs["speed"]
    assert speed["p50_ms"] > 0 and speed["throughput_per_s"] > 0 and speed["peak_rss_mb"] > 0
    assert "macro-F1" in proc.stdout and "AnnoMI question detection" in proc.stdout
