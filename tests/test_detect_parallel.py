"""Large batches are coded in worker processes, with the same answers as in one process."""

from __future__ import annotations

import logging

import pytest

from coachsim.detect import offline, parallel
from coachsim.detect.offline import OfflineDetector
from coachsim.labels import load_coach_lines


@pytest.fixture(scope="module")
def lines():
    return load_coach_lines("heldout")[:600]


def test_workers_give_the_answers_of_one_process(lines, monkeypatch):
    pairs = [(line.client or None, line.coach) for line in lines]
    clients = [line.client for line in lines if line.client]
    det = OfflineDetector()
    assert det.uses_model
    monkeypatch.setenv("COACHSIM_DETECT_WORKERS", "1")
    alone = det.detect_many(pairs), det.detect_cues_many(clients)

    calls = []

    def counting(method, items, workers, weights_path):
        calls.append((method, len(items), workers))
        return parallel.run_in_workers(method, items, workers, weights_path)

    monkeypatch.setenv("COACHSIM_DETECT_WORKERS", "2")
    monkeypatch.setattr(parallel, "MIN_ITEMS", 300)
    monkeypatch.setattr(offline, "run_in_workers", counting)
    split = det.detect_many(pairs), det.detect_cues_many(clients)
    assert [c[0] for c in calls] == ["detect_many", "detect_cues_many"]
    assert all(workers == 2 for _, _, workers in calls)
    assert split == alone


def test_small_batches_stay_in_process(monkeypatch):
    monkeypatch.setenv("COACHSIM_DETECT_WORKERS", "2")
    assert parallel.workers_for(parallel.MIN_ITEMS - 1) == 1
    assert parallel.workers_for(parallel.MIN_ITEMS * 4) == 2
    monkeypatch.setenv("COACHSIM_DETECT_WORKERS", "1")
    assert parallel.workers_for(parallel.MIN_ITEMS * 4) == 1


def test_a_failing_worker_pool_falls_back_to_one_process(lines, monkeypatch, caplog):
    pairs = [(line.client or None, line.coach) for line in lines]
    det = OfflineDetector()
    monkeypatch.setenv("COACHSIM_DETECT_WORKERS", "1")
    expected = det.detect_many(pairs)

    def broken(*_args):
        raise OSError("cannot start a process")

    monkeypatch.setenv("COACHSIM_DETECT_WORKERS", "2")
    monkeypatch.setattr(parallel, "MIN_ITEMS", 300)
    monkeypatch.setattr(offline, "run_in_workers", broken)
    with caplog.at_level(logging.WARNING, logger="coachsim.detect.offline"):
        assert det.detect_many(pairs) == expected
    assert "detector workers failed" in caplog.text
