"""The three shipped rubrics: valid, complete, and wired to the gates DESIGN §4.3 names."""

from __future__ import annotations

import pytest

from coachsim.codes import NON_ADHERENT
from coachsim.content.loader import load_content
from coachsim.scoring import default_rubrics_dir, shipped_rubrics

RUBRICS = {r.id: r for r in shipped_rubrics()}
ALL = [(r.id, c) for r in RUBRICS.values() for c in r.criteria]


def test_the_rubrics_folder_loads_without_errors():
    content = load_content([default_rubrics_dir()])
    assert content.errors == []
    assert set(content.rubrics) == {"distress_tolerance", "boundaries", "risk_safety"}


@pytest.mark.parametrize(
    ("prefix", "rubric", "at_least"),
    [("DT", "distress_tolerance", 10), ("BL", "boundaries", 11), ("RS", "risk_safety", 11)],
)
def test_criterion_ids_and_counts(prefix, rubric, at_least):
    ids = [c.id for c in RUBRICS[rubric].criteria]
    assert len(ids) >= at_least
    assert ids == [f"{prefix}{i}" for i in range(1, len(ids) + 1)]


def test_gates_sit_on_the_criteria_design_names():
    gates = {c.gate: (rid, c) for rid, c in ALL if c.gate}
    assert set(gates) == {
        "ASK_RISK",
        "FOLLOW_MEANS",
        "MEDICAL_CHECK_AFTER_HARM",
        "ESCALATE_IMMINENT",
    }
    expected = {
        "ASK_RISK": ("RISK_CUE", "RISK_QUESTION", "risk_cue"),
        "FOLLOW_MEANS": ("MEANS_DISCLOSED", "MEANS_QUESTION", "means_disclosed"),
        "MEDICAL_CHECK_AFTER_HARM": ("SELF_HARM_DONE", "MEDICAL_CHECK", "self_harm_done"),
        "ESCALATE_IMMINENT": ("IMMINENT_RISK", "ESCALATE", "imminent_risk"),
    }
    for gate, (cue, code, condition) in expected.items():
        rid, crit = gates[gate]
        assert rid == "risk_safety"
        assert crit.check.kind == "after_cue" and crit.check.cue == cue
        assert code in crit.check.codes
        assert condition in crit.applies_when
        assert crit.weight == 3
    ask = gates["ASK_RISK"][1]
    assert ask.check.weak_codes == ["LEADING_RISK_QUESTION"]
    assert "LEADING_RISK_QUESTION" not in ask.check.codes


def test_serious_harms_are_flagged_by_some_criterion():
    harm = {code for _, c in ALL for code in c.harm_codes}
    assert {"SECRECY", "DUAL_RELATIONSHIP", "PROMISE_AVAILABILITY", "THREATEN"} <= harm
    assert harm <= set(NON_ADHERENT)


@pytest.mark.parametrize(("rid", "crit"), ALL, ids=[c.id for _, c in ALL])
def test_each_criterion_is_complete(rid, crit):
    assert len(crit.examples.good) >= 3 and len(crit.examples.bad) >= 3
    assert len(set(crit.examples.good) | set(crit.examples.bad)) == len(crit.examples.good) + len(
        crit.examples.bad
    )
    assert len(crit.anchors) == 3 and len(set(crit.anchors)) == 3
    assert 1 <= crit.weight <= 3
    assert len(crit.tip) > 40 and len(crit.description) > 80
