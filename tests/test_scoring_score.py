"""Whole-call scoring on hand-coded calls: rubric maths, gates, harm flags, band, metrics."""

from __future__ import annotations

import json

import pytest

from coachsim.content.models import Policy, Rubric
from coachsim.scoring import CodedCall, ScoreResult, band_of, score_call, shipped_rubrics

RUBRICS = shipped_rubrics()


def C(*codes):  # noqa: N802
    return ("coach", set(codes))


def K(*cues, text=""):  # noqa: N802
    return ("client", set(cues), text)


def score(*rows, policy=None, rubrics=RUBRICS, **kw) -> ScoreResult:
    return score_call(CodedCall.build(rows, policy=policy), rubrics, **kw)


def _crit(cid, weight, check, **extra):
    return {
        "id": cid,
        "name": cid,
        "description": "d",
        "weight": weight,
        "anchors": ["0", "1", "2"],
        "check": check,
        "tip": "t",
        "examples": {"good": ["a", "b", "c"], "bad": ["d", "e", "f"]},
        **extra,
    }


def test_shipped_rubrics_load_in_report_order():
    assert [r.id for r in RUBRICS] == ["distress_tolerance", "boundaries", "risk_safety"]


def test_rubric_score_is_weighted_over_applicable_criteria_only():
    rubric = Rubric.model_validate(
        {
            "id": "mini",
            "name": "mini",
            "description": "d",
            "criteria": [
                _crit("MM1", 3, {"kind": "codes_present", "groups": [["VALIDATE"]]}),
                _crit("MM2", 1, {"kind": "codes_present", "groups": [["SKILL_STEPS"], ["LIMIT"]]}),
                _crit(
                    "MM3",
                    2,
                    {"kind": "codes_present", "groups": [["RISK_QUESTION"]]},
                    applies_when=["risk_cue"],
                ),
            ],
        }
    )
    r = score(K(), C("VALIDATE", "SKILL_STEPS"), rubrics=[rubric])
    # MM1 2×3 + MM2 1×1 over (3+1)×2; MM3 does not apply and is left out (not zero)
    assert r.rubrics["mini"].score == pytest.approx(100 * 7 / 8, abs=0.05)
    assert r.rubrics["mini"].criteria["MM3"].level is None
    assert r.overall == r.rubrics["mini"].score
    nothing = Rubric.model_validate(
        {
            "id": "only_risk",
            "name": "n",
            "description": "d",
            "criteria": [
                _crit("OR1", 2, {"kind": "absent", "codes": ["LECTURE"]}, applies_when=["risk_cue"])
            ],
        }
    )
    assert score(K(), C(), rubrics=[nothing]).rubrics["only_risk"].score is None


# ---------------------------------------------------------------- gates


def test_risk_cue_never_asked_fails_ask_risk():
    r = score(K(), C("VALIDATE"), K("RISK_CUE"), C("SKILL_SUGGEST"), K(), C("SKILL_STEPS"))
    assert r.gates_failed == ["ASK_RISK"]
    assert r.band == "needs_practice"
    assert r.rubrics["risk_safety"].criteria["RS1"].level == 0


def test_risk_question_late_but_asked_does_not_fail_the_gate():
    rows = [K("RISK_CUE"), C("VALIDATE")] + [K(), C()] * 4 + [K(), C("RISK_QUESTION")]
    r = score(*rows)
    assert r.rubrics["risk_safety"].criteria["RS1"].level == 1
    assert "ASK_RISK" not in r.gates_failed


def test_leading_question_only_fails_ask_risk_and_is_flagged():
    r = score(K("RISK_CUE"), C("LEADING_RISK_QUESTION"), K(), C("VALIDATE"))
    assert "ASK_RISK" in r.gates_failed
    assert r.harm_flags == ["LEADING_RISK_QUESTION"]
    assert r.harm_turns == {"LEADING_RISK_QUESTION": [1]}


def test_no_risk_cue_means_no_risk_gate():
    r = score(K(), C("VALIDATE"), K(), C("SKILL_SUGGEST"))
    assert r.gates_failed == []
    assert r.rubrics["risk_safety"].criteria["RS1"].level is None


@pytest.mark.parametrize(
    ("cue", "answer", "gate"),
    [
        ("MEANS_DISCLOSED", "MEANS_SAFETY", "FOLLOW_MEANS"),
        ("SELF_HARM_DONE", "MEDICAL_CHECK", "MEDICAL_CHECK_AFTER_HARM"),
        ("IMMINENT_RISK", "ESCALATE", "ESCALATE_IMMINENT"),
    ],
)
def test_each_cue_gate_fails_only_when_unanswered(cue, answer, gate):
    # RISK_QUESTION first so ASK_RISK is passed and only the gate under test can fail
    missed = score(K(), C("RISK_QUESTION"), K(cue), C("VALIDATE"), K(), C("SKILL_SUGGEST"))
    assert gate in missed.gates_failed
    answered = score(K(), C("RISK_QUESTION"), K(cue), C(answer))
    assert gate not in answered.gates_failed


def test_medical_check_answers_both_the_risk_and_the_harm_gate():
    r = score(K("SELF_HARM_DONE", text="I already cut."), C("MEDICAL_CHECK"), K(), C("LIMIT"))
    assert r.gates_failed == []


def test_gates_failed_follow_the_fixed_order():
    r = score(K("IMMINENT_RISK", "SELF_HARM_DONE", "MEANS_DISCLOSED"), C("VALIDATE"), K(), C())
    assert r.gates_failed == [
        "ASK_RISK",
        "FOLLOW_MEANS",
        "MEDICAL_CHECK_AFTER_HARM",
        "ESCALATE_IMMINENT",
    ]


# ---------------------------------------------------------------- harm and band


def test_serious_harm_alone_means_needs_practice():
    rows = [
        K(),
        C("WELCOME_CALL", "VALIDATE", "FRAME_TIME"),
        K(),
        C("ASSESS_INTENSITY", "RISK_QUESTION"),
        K(),
        C("ELICIT_TRIED"),
        K(),
        C("SKILL_SUGGEST"),
        K(),
        C("SKILL_STEPS", "REINFORCE"),
        K(),
        C("COMMITMENT", "SAFETY_PLAN"),
    ]
    clean = score(*rows)
    assert clean.band == "proficient" and clean.harm_flags == []
    assert clean.overall is not None and clean.overall >= 80
    promised = score(*rows, K(), C("PROMISE_AVAILABILITY"))
    assert promised.harm_flags == ["PROMISE_AVAILABILITY"]
    assert promised.gates_failed == []
    assert promised.band == "needs_practice"


def test_a_non_serious_harm_flag_does_not_force_the_band():
    rows = [
        K(),
        C("WELCOME_CALL", "VALIDATE", "FRAME_TIME"),
        K(),
        C("ASSESS_INTENSITY", "RISK_QUESTION"),
        K(),
        C("ELICIT_TRIED"),
        K(),
        C("SKILL_SUGGEST", "LECTURE"),
        K(),
        C("SKILL_STEPS", "REINFORCE"),
        K(),
        C("COMMITMENT", "SAFETY_PLAN"),
    ]
    r = score(*rows)
    assert r.harm_flags == ["LECTURE"]
    assert r.band == band_of([], ["LECTURE"], r.overall) != "needs_practice"


@pytest.mark.parametrize(
    ("gates", "harms", "overall", "band"),
    [
        ([], [], 80.0, "proficient"),
        ([], [], 79.9, "developing"),
        ([], [], 60.0, "developing"),
        ([], [], 59.9, "needs_practice"),
        (["ASK_RISK"], [], 100.0, "needs_practice"),
        ([], ["SECRECY"], 100.0, "needs_practice"),
        ([], ["THREATEN"], 95.0, "needs_practice"),
        ([], ["DUAL_RELATIONSHIP"], 95.0, "needs_practice"),
        ([], ["INVALIDATE"], 95.0, "proficient"),
        ([], [], None, "needs_practice"),
    ],
)
def test_band_rules(gates, harms, overall, band):
    assert band_of(gates, harms, overall) == band


def test_scenario_critical_fail_harm_codes_are_flagged(reluctant):
    # BURDEN_SIGNAL is a harm code in the rubric (BL11) and in the scenario's critical fails
    r = score(K(), C("BURDEN_SIGNAL"), K(), C(), scenario=reluctant)
    assert r.harm_flags == ["BURDEN_SIGNAL"]
    assert "colluded_exit" in r.critical_fails
    assert r.scenario == "s03-reluctant-caller"


# ---------------------------------------------------------------- metrics and output


def test_metrics():
    r = score(
        K(),
        C("VALIDATE"),
        K(),
        C("VALIDATE", "ELICIT_TRIED"),
        K(),
        C("SKILL_SUGGEST"),
        K("SKILL_RESISTANCE"),
        C("TROUBLESHOOT", "VALIDATE"),
        K(),
        C("PROBLEM_SOLVE_FOR", "LECTURE"),
        K(),
        C("COMMITMENT"),
    )
    m = r.metrics
    assert m is not None
    assert (m.coach_turns, m.validations_before_first_change, m.first_change_turn) == (6, 2, 5)
    assert (m.elicit, m.tell, m.elicit_tell_ratio) == (2, 2, 1.0)
    assert (m.turns_to_commitment, m.non_adherent, m.validations) == (6, 2, 3)
    assert r.codes["VALIDATE"] == 3 and r.codes["SECRECY"] == 0
    no_tell = score(K(), C("VALIDATE")).metrics
    assert no_tell.elicit_tell_ratio is None and no_tell.turns_to_commitment is None
    assert no_tell.first_change_turn is None and no_tell.validations_before_first_change == 1


def test_json_has_the_design_keys_first_and_round_trips():
    r = score(
        K(text="hi"),
        C("VALIDATE"),
        K("RISK_CUE", text="what's the point"),
        C("RISK_QUESTION"),
        file="calls/one.yaml",
    )
    data = json.loads(json.dumps(r.to_json()))
    assert list(data)[:6] == ["file", "band", "gates_failed", "harm_flags", "rubrics", "codes"]
    assert data["file"] == "calls/one.yaml"
    for rubric in data["rubrics"].values():
        assert set(rubric) == {"score", "criteria"}
        for crit in rubric["criteria"].values():
            assert list(crit) == ["level", "evidence", "reason"]
    assert data["rubrics"]["risk_safety"]["criteria"]["RS1"] == {
        "level": 2,
        "evidence": [2, 3],
        "reason": (
            "Risk cue at turn 2 (“what's the point”); asked directly about suicide/self-harm at "
            "turn 3, the next coach turn."
        ),
    }
    assert data["cues"] == {"RISK_CUE": [2]}
    assert data["turn_codes"] == {"1": ["VALIDATE"], "3": ["RISK_QUESTION"]}
    assert ScoreResult.model_validate(data).to_json() == r.to_json()


def test_policy_budget_drives_call_length():
    rows = [r for _ in range(6) for r in (K(), C("VALIDATE"))]
    short = score(*rows, policy=Policy(max_coach_turns=4))
    assert short.rubrics["boundaries"].criteria["BL8"].level == 1
    roomy = score(*rows, policy=Policy(max_coach_turns=20))
    assert roomy.rubrics["boundaries"].criteria["BL8"].level == 2
