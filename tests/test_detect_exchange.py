"""The exchange features: what the client asked for, and whether the coach's answer went along."""

from __future__ import annotations

import pytest

from coachsim.detect.exchange import NAMES, exchange_features


def on(coach: str, client: str | None) -> set[str]:
    values = exchange_features(coach, client)
    assert len(values) == len(NAMES)
    return {name for name, v in zip(NAMES, values, strict=True) if v}


def test_a_short_promise_to_a_request_for_silence_is_compliance():
    found = on("Promise. What did you take?", "pls dont tell anyone")
    assert {"client_asks_silence", "asks_silence_coach_complies"} <= found
    assert "asks_silence_coach_tells_or_refuses" not in found


@pytest.mark.parametrize(
    "coach",
    ["I can't promise that, but I'll tell you first.", "I'll mention it to her tomorrow."],
)
def test_refusing_or_saying_it_will_be_passed_on_is_not_compliance(coach):
    found = on(coach, "Please don't tell my therapist.")
    assert "asks_silence_coach_tells_or_refuses" in found
    assert "asks_silence_coach_complies" not in found


@pytest.mark.parametrize(
    "coach", ["She won't hear it from me.", "Your doctor doesn't need to hear this from me."]
)
def test_wont_hear_it_from_me_is_not_passing_it_on(coach):
    assert "coach_says_will_tell" not in on(coach, "Don't tell her.")


def test_nothing_is_asked_when_the_client_said_nothing():
    assert on("Promise.", None) == set()


def test_a_bare_yes_to_an_invitation_is_acceptance():
    found = on("Say when. I never turn down lasagne.", "You should come round for tea one night?")
    assert {"client_invites", "invites_coach_accepts"} <= found


def test_a_warm_no_to_an_invitation_is_refusal():
    found = on("That's kind, but I don't go out with clients.", "Fancy a pint after group?")
    assert {"client_invites", "invites_coach_refuses"} <= found
    assert "invites_coach_accepts" not in found


def test_the_coachs_own_life_and_affection():
    assert "coach_own_life" in on(
        "Honestly, same. My mortgage went up again.", "I can't make rent."
    )
    assert "coach_affection" in on("Night night, miss you already x", "Bye!")
    assert not {"coach_own_life", "coach_affection"} & on("My notes say you did well.", "Bye!")


def test_going_along_with_someone_left_in_the_dark_about_risk():
    found = on("Let him think that. It saves a row.", "My dad thinks I've stopped cutting.")
    assert {"client_reports_hiding", "reports_hiding_coach_endorses"} <= found


def test_coaching_after_someone_was_left_in_the_dark_is_not_going_along():
    found = on("How are you feeling about that right now?", "My dad thinks I've stopped cutting.")
    assert "client_reports_hiding" in found
    assert "reports_hiding_coach_endorses" not in found
