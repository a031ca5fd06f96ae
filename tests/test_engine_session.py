"""The engine's rules, driven with explicit behaviour codes (no detector involved)."""

from __future__ import annotations

import pytest

from coachsim.content.models import Scenario
from coachsim.engine import Session


def never(coach: str, client: str | None) -> set[str]:
    raise AssertionError("these tests pass codes explicitly")


def new(scenario: Scenario, seed: int = 0) -> Session:
    return Session(scenario, seed=seed, detect=never)


def test_call_opens_with_the_scenario_opening_line(reluctant: Scenario) -> None:
    session = new(reluctant)
    assert session.turns[0].speaker == "client"
    assert session.turns[0].text == reluctant.opening_line
    assert session.turns[0].meta["state"]["distress"] == reluctant.initial_state.distress


def test_stockpile_needs_a_direct_question_and_enough_trust(reluctant: Scenario) -> None:
    # A cold direct question at low trust: she deflects; nothing is disclosed.
    cold = new(reluctant)
    reply = cold.coach_turn("Are you thinking of suicide?", codes={"RISK_QUESTION"})
    assert "stockpile" not in cold.disclosed and "suicidal_thoughts" not in cold.disclosed
    assert reply.client.meta["intent"] in {"deny_risk", "pressure"}

    # Welcome and validation build trust; then the direct questions uncover the stockpile.
    warm = new(reluctant)
    warm.coach_turn("I'm so glad you called.", codes={"WELCOME_CALL", "VALIDATE"})
    warm.coach_turn("Are you having thoughts of killing yourself?", codes={"RISK_QUESTION"})
    assert warm.disclosed == ["suicidal_thoughts"]
    assert "stockpile" not in warm.disclosed
    reply = warm.coach_turn("Do you have anything you'd use?", codes={"MEANS_QUESTION"})
    assert warm.disclosed[-1] == "stockpile"
    assert "MEANS_DISCLOSED" in reply.client.meta["cues"]


def test_validation_only_never_uncovers_the_stockpile(reluctant: Scenario) -> None:
    session = new(reluctant)
    for _ in range(12):
        if session.ended:
            break
        session.coach_turn("That sounds so hard.", codes={"VALIDATE"})
    assert "stockpile" not in session.disclosed


def test_repeated_invalidation_makes_the_client_hang_up(reluctant: Scenario) -> None:
    session = new(reluctant)
    for _ in range(5):
        if session.ended:
            break
        session.coach_turn("It's not that bad.", codes={"INVALIDATE"})
    assert session.ended == "hangup"
    with pytest.raises(RuntimeError):
        session.coach_turn("wait", codes=set())


def test_commitment_ends_the_call_only_after_means_safety(reluctant: Scenario) -> None:
    session = new(reluctant)
    session.coach_turn("I'm glad you called.", codes={"WELCOME_CALL", "VALIDATE"})
    session.coach_turn("What's your plan?", codes={"COMMITMENT"})
    assert session.ended is None
    session.coach_turn("Thoughts of suicide?", codes={"RISK_QUESTION"})
    session.coach_turn("Anything you'd use?", codes={"MEANS_QUESTION"})
    session.coach_turn("Could Meg take them tonight?", codes={"MEANS_SAFETY"})
    reply = session.coach_turn("So the plan is...", codes={"COMMITMENT"})
    assert reply.ended == "commitment"


def test_time_budget_ends_the_call(reluctant: Scenario) -> None:
    session = new(reluctant)
    for _ in range(reluctant.policy.max_coach_turns + 3):
        if session.ended:
            break
        session.coach_turn("Mm.", codes=set())
    assert session.ended == "time_budget"


def test_lines_do_not_repeat_while_fresh_ones_remain(reluctant: Scenario) -> None:
    session = new(reluctant)
    said = [session.coach_turn("Mm.", codes=set()).client.text for _ in range(4)]
    assert len(set(said)) == len(said)


def test_same_seed_same_call_and_different_seed_can_differ(reluctant: Scenario) -> None:
    def call(seed: int) -> list[str]:
        session = new(reluctant, seed)
        for codes in [set(), {"VALIDATE"}, set(), {"ASSESS_INTENSITY"}, set()]:
            session.coach_turn("line", codes=codes)
        return [t.text for t in session.turns]

    assert call(7) == call(7)
    assert any(call(7) != call(s) for s in range(8, 20))


def test_state_stays_within_0_and_10(reluctant: Scenario) -> None:
    session = new(reluctant)
    for _ in range(6):
        if session.ended:
            break
        session.coach_turn("line", codes={"WELCOME_CALL", "VALIDATE", "MEANS_SAFETY"})
    for value in session.state.model_dump().values():
        assert 0 <= value <= 10


def test_replay_rebuilds_the_same_call(reluctant: Scenario) -> None:
    session = new(reluctant, seed=3)
    for text, codes in [
        ("glad you called", {"WELCOME_CALL"}),
        ("thoughts of suicide?", {"RISK_QUESTION"}),
        ("mm", set()),
    ]:
        session.coach_turn(text, codes=codes)
    again = Session.replay(reluctant, session.turns, seed=3, detect=never)
    assert [t.model_dump() for t in again.turns] == [t.model_dump() for t in session.turns]
    assert again.state == session.state and again.disclosed == session.disclosed
    # and the call goes on from where it was
    again.coach_turn("next", codes=set())
    assert len(again.turns) == len(session.turns) + 2


def test_empty_coach_line_is_rejected(reluctant: Scenario) -> None:
    with pytest.raises(ValueError):
        new(reluctant).coach_turn("   ", codes=set())


def test_a_coach_turn_left_unanswered_is_answered_after_replay(reluctant: Scenario) -> None:
    session = new(reluctant, seed=5)
    session.coach_turn("glad you called", codes={"WELCOME_CALL"})
    session.begin_turn("are you thinking of suicide?", codes={"RISK_QUESTION"})
    stored = list(session.turns)  # what the store holds when the reply was cut off

    again = Session.replay(reluctant, stored, seed=5, detect=never)
    assert again.pending is not None
    result = again.finish_turn(again.pending)
    assert result.client.speaker == "client"
    assert [t.text for t in again.turns[:-1]] == [t.text for t in stored]
    with pytest.raises(RuntimeError):
        again.finish_turn(again.pending)
