"""`python -m coachsim score` in a subprocess, with the real detector, on fixture transcripts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coachsim.codes import CODES, GATES, NON_ADHERENT

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "transcripts"
DESIGN_KEYS = ["file", "band", "gates_failed", "harm_flags", "rubrics", "codes"]


def run(*args: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "coachsim", "score", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def assert_design_shape(obj: dict) -> None:
    """DESIGN §4.3: the contract's keys first, with the contract's types."""
    assert list(obj)[:6] == DESIGN_KEYS
    assert isinstance(obj["file"], str) and obj["file"]
    assert obj["band"] in ("proficient", "developing", "needs_practice")
    assert all(g in GATES for g in obj["gates_failed"])
    assert len(set(obj["gates_failed"])) == len(obj["gates_failed"])
    assert all(h in NON_ADHERENT for h in obj["harm_flags"])
    assert set(obj["rubrics"]) == {"distress_tolerance", "boundaries", "risk_safety"}
    for rubric in obj["rubrics"].values():
        assert list(rubric) == ["score", "criteria"]
        assert rubric["score"] is None or 0 <= rubric["score"] <= 100
        for crit in rubric["criteria"].values():
            assert list(crit) == ["level", "evidence", "reason"]
            assert crit["level"] in (0, 1, 2, None)
            assert all(isinstance(i, int) and i >= 0 for i in crit["evidence"])
            assert isinstance(crit["reason"], str) and crit["reason"]
    assert list(obj["codes"]) == list(CODES)
    assert all(isinstance(n, int) and n >= 0 for n in obj["codes"].values())


@pytest.fixture(scope="module")
def scored() -> dict[str, dict]:
    files = [FIX / "reluctant_skilled.yaml", FIX / "risk_missed.yaml", FIX / "boundary_caver.json"]
    proc = run(*files, "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert isinstance(out, list) and len(out) == 3
    return {Path(o["file"]).name: o for o in out}


def test_json_shape_matches_design_with_and_without_scenario(scored):
    for obj in scored.values():
        assert_design_shape(obj)
    assert scored["reluctant_skilled.yaml"]["scenario"] == "s03-reluctant-caller"
    assert scored["risk_missed.yaml"]["scenario"] is None


def test_skilled_call_on_the_scenario_passes_every_gate(scored):
    obj = scored["reluctant_skilled.yaml"]
    assert obj["gates_failed"] == []
    # the stockpile (disclosed at turn 8) was followed by a means-safety step at turn 9
    rs3 = obj["rubrics"]["risk_safety"]["criteria"]["RS3"]
    assert rs3["level"] == 2 and 8 in rs3["evidence"]
    assert obj["cues"]["MEANS_DISCLOSED"][0] == 8


def test_risk_cue_without_a_scenario_is_found_and_the_gate_fails(scored):
    obj = scored["risk_missed.yaml"]
    assert "ASK_RISK" in obj["gates_failed"]
    assert obj["band"] == "needs_practice"
    rs1 = obj["rubrics"]["risk_safety"]["criteria"]["RS1"]
    assert rs1["level"] == 0 and rs1["evidence"][0] == 0
    assert "never asked directly about suicide" in rs1["reason"]


def test_promised_availability_is_a_serious_harm_flag(scored):
    obj = scored["boundary_caver.json"]
    assert "PROMISE_AVAILABILITY" in obj["harm_flags"]
    assert obj["harm_turns"]["PROMISE_AVAILABILITY"][0] in (1, 3)
    assert obj["band"] == "needs_practice"


def test_malformed_transcript_names_file_and_turn_and_others_still_score():
    proc = run(FIX / "malformed.yaml", FIX / "risk_missed.yaml", "--json")
    assert proc.returncode == 1
    assert "malformed.yaml" in proc.stderr and "turn 3" in proc.stderr
    out = json.loads(proc.stdout)
    assert [Path(o["file"]).name for o in out] == ["risk_missed.yaml"]


def test_unknown_scenario_is_a_clear_error():
    proc = run(FIX / "unknown_scenario.yaml", "--json")
    assert proc.returncode == 1
    assert "unknown_scenario.yaml" in proc.stderr
    assert "unknown scenario 's99-no-such-scenario'" in proc.stderr
    assert json.loads(proc.stdout) == []


def test_table_output_without_json():
    proc = run(FIX / "risk_missed.yaml")
    assert proc.returncode == 0, proc.stderr
    assert "band: needs_practice" in proc.stdout
    assert "gates failed: ASK_RISK" in proc.stdout
    assert "risk_safety:" in proc.stdout and "  RS1 " in proc.stdout


def test_rubrics_dir_option_and_broken_rubric(tmp_path):
    shutil.copy(ROOT / "rubrics" / "risk_safety.yaml", tmp_path / "risk_safety.yaml")
    proc = run(FIX / "risk_missed.yaml", "--json", "--rubrics", tmp_path)
    assert proc.returncode == 0, proc.stderr
    (obj,) = json.loads(proc.stdout)
    assert list(obj["rubrics"]) == ["risk_safety"]
    assert obj["gates_failed"] == ["ASK_RISK"]

    (tmp_path / "broken.yaml").write_text(
        "id: broken\nname: b\ndescription: d\ncriteria:\n  - id: BR1\n    weight: 9\n"
    )
    proc = run(FIX / "risk_missed.yaml", "--json", "--rubrics", tmp_path)
    assert proc.returncode == 1
    assert "broken.yaml:" in proc.stderr
    # the good rubric still scored the file
    assert list(json.loads(proc.stdout)[0]["rubrics"]) == ["risk_safety"]
