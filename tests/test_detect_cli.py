"""`python -m coachsim detect` end to end through a subprocess (DESIGN §4.3 contract)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from coachsim.codes import CODES

ROOT = Path(__file__).resolve().parents[1]

LINES = [
    {"id": "a1", "client": "I want to cut so bad.", "coach": "How strong is the urge, 0 to 10?"},
    {"id": 7, "coach": "Okay."},
    {"id": "c3", "client": None, "coach": "Are you having thoughts of killing yourself?"},
    {"id": "d4", "client": "Promise you won't tell.", "coach": "I can't promise that."},
]


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "coachsim", "detect", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r) + "\n" for r in rows)


def parse(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def check(rows: list[dict]) -> None:
    assert [r["id"] for r in rows] == [line["id"] for line in LINES]
    for r in rows:
        assert set(r) == {"id", "codes"}
        assert set(r["codes"]) <= set(CODES)
        assert r["codes"] == sorted(r["codes"], key=CODES.index)
    by_id = {r["id"]: set(r["codes"]) for r in rows}
    assert "ASSESS_INTENSITY" in by_id["a1"]
    assert by_id[7] == set()
    assert "RISK_QUESTION" in by_id["c3"]
    assert "LIMIT" in by_id["d4"] and "SECRECY" not in by_id["d4"]


def test_stdin_to_stdout():
    proc = run([], jsonl(LINES))
    assert proc.returncode == 0, proc.stderr
    check(parse(proc.stdout))


def test_files_in_and_out(tmp_path):
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(jsonl(LINES) + "\n", encoding="utf-8")  # a trailing blank line is ignored
    proc = run(["--in", str(src), "--out", str(dst)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    check(parse(dst.read_text(encoding="utf-8")))


def test_rules_backend_by_name():
    proc = run(["--backend", "rules"], jsonl(LINES))
    assert proc.returncode == 0, proc.stderr
    check(parse(proc.stdout))


def test_bad_lines_are_reported_by_number_and_the_rest_still_detected():
    text = (
        jsonl(LINES[:2])
        + '{"id": "broken", "coach": \n'  # line 3: bad JSON
        + json.dumps({"id": "x"})
        + "\n"  # line 4: no coach
        + jsonl(LINES[2:])
    )
    proc = run([], text)
    assert proc.returncode == 1
    assert "<stdin>:3: invalid JSON" in proc.stderr
    assert '<stdin>:4: "coach" must be a string' in proc.stderr
    check(parse(proc.stdout))


def test_bad_line_in_a_file_names_the_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("not json\n" + jsonl(LINES), encoding="utf-8")
    proc = run(["--in", str(src)])
    assert proc.returncode == 1
    assert f"{src}:1: invalid JSON" in proc.stderr
    check(parse(proc.stdout))


def test_unknown_backend_and_missing_file_exit_2(tmp_path):
    proc = run(["--backend", "nope"], jsonl(LINES))
    assert proc.returncode == 2
    assert "unknown detector backend 'nope'" in proc.stderr
    proc = run(["--in", str(tmp_path / "missing.jsonl")])
    assert proc.returncode == 2
    assert "cannot read" in proc.stderr


def test_empty_input_gives_empty_output():
    proc = run([], "")
    assert proc.returncode == 0
    assert proc.stdout == ""


def test_llm_backend_without_a_provider_is_the_offline_detector(monkeypatch) -> None:
    # With no LLM configured the "llm" backend answers like the offline one: nothing is lost.
    for name in (
        "COACHSIM_LLM_BASE_URL",
        "COACHSIM_LLM_MODEL",
        "COACHSIM_LLM_API_KEY",
        "COACHSIM_LLM_PROVIDER",
        "COACHSIM_LLM_GGUF",
        "OPENAI_API_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COACHSIM_DETECTOR", "llm")  # even as the default it must not recurse
    from coachsim.detect import detect_codes, get_detector

    line = "Are you having thoughts of killing yourself?"
    assert get_detector("llm").name == "llm"
    assert detect_codes(line, None, backend="llm") == detect_codes(line, None, backend="offline")
    assert "RISK_QUESTION" in detect_codes(line, None)
