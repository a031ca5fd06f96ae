"""Issue 4's promises, on every shipped scenario, with the real detector and scorer."""

from __future__ import annotations

import functools

import pytest

from coachsim.content.loader import load_repo_content
from coachsim.engine import Session
from coachsim.engine.coaches import COACHES, play_policy
from coachsim.scoring import ScoreResult, score_transcript, shipped_rubrics

SCENARIOS = load_repo_content().scenarios
RISK_CUES = {"RISK_CUE", "MEANS_DISCLOSED", "SELF_HARM_DONE", "IMMINENT_RISK"}


@functools.cache
def played(scenario_id: str, coach: str, seed: int = 0) -> tuple[Session, ScoreResult]:
    scenario = SCENARIOS[scenario_id]
    session = play_policy(Session(scenario, seed=seed), COACHES[coach]())
    # Like `score`, the call is re-detected from its words: nothing from the engine is trusted.
    result = score_transcript(session.transcript(), shipped_rubrics(), scenario)
    return session, result


def overall(result: ScoreResult) -> float:
    scores = [r.score for r in result.rubrics.values() if r.score is not None]
    return sum(scores) / len(scores)


def test_every_scenario_is_shipped() -> None:
    assert len(SCENARIOS) >= 10


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_skilled_coach_beats_every_other_policy(scenario_id: str) -> None:
    _, skilled = played(scenario_id, "skilled")
    for other in COACHES:
        if other == "skilled":
            continue
        _, result = played(scenario_id, other)
        assert overall(skilled) > overall(result), (other, overall(skilled), overall(result))
    assert skilled.gates_failed == []
    assert skilled.band != "needs_practice"


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_risk_misser_fails_ask_risk_wherever_a_risk_cue_appears(scenario_id: str) -> None:
    _, result = played(scenario_id, "risk_misser")
    if "RISK_CUE" in result.cues:
        assert "ASK_RISK" in result.gates_failed
        assert result.band == "needs_practice"


def test_risk_cues_appear_for_the_risk_misser_in_the_risk_scenarios() -> None:
    # The test above must not pass vacuously: risk scenarios do show a cue to this coach.
    failing = [s for s in SCENARIOS if "ASK_RISK" in played(s, "risk_misser")[1].gates_failed]
    assert len(failing) >= 5, failing


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS))
def test_boundary_caver_is_flagged_for_promising_availability(scenario_id: str) -> None:
    _, result = played(scenario_id, "boundary_caver")
    assert "PROMISE_AVAILABILITY" in result.harm_flags
    assert result.band == "needs_practice"


def test_stockpile_is_disclosed_only_after_a_direct_question_with_trust() -> None:
    skilled, _ = played("s03-reluctant-caller", "skilled")
    assert "stockpile" in skilled.disclosed
    at = next(i for i, t in enumerate(skilled.turns) if t.meta.get("disclosed") == "stockpile")
    asked = skilled.turns[at - 1]
    assert {"RISK_QUESTION", "MEANS_QUESTION"} & set(asked.meta["codes"])
    assert skilled.turns[at].meta["state"]["trust"] >= 6
    for coach in ("validation_only", "advice_giver", "risk_misser"):
        assert "stockpile" not in played("s03-reluctant-caller", coach)[0].disclosed


@pytest.mark.parametrize("scenario_id", sorted(SCENARIOS)[:3])
def test_same_seed_gives_the_same_call(scenario_id: str) -> None:
    def words(seed: int) -> list[str]:
        session = play_policy(Session(SCENARIOS[scenario_id], seed=seed), COACHES["skilled"]())
        return [t.text for t in session.turns]

    assert words(11) == words(11)
