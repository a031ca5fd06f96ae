"""Client cue detection (coachsim.codes.CUES), real model."""

from __future__ import annotations

import pytest

from coachsim.codes import CUES
from coachsim.detect import detect_cues, get_detector


def cues(text: str) -> set[str]:
    found = detect_cues(text)
    assert found <= set(CUES)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "This job is killing me, three double shifts in a row.",
        "I'm dying to see that new film.",
        "I could murder a pizza right now.",
        "My boss is going to kill me when she sees this spreadsheet.",
        "I cut my finger chopping onions, it's fine.",
        "I took my meds like you said and ate something.",
        "I got rid of the old pills last week, pharmacy take-back.",
        "No thoughts of suicide, I'm just really anxious about court tomorrow.",
    ],
)
def test_figures_of_speech_and_safe_news_are_not_risk(text):
    assert not cues(text) & {"RISK_CUE", "MEANS_DISCLOSED", "SELF_HARM_DONE", "IMMINENT_RISK"}


@pytest.mark.parametrize(
    "text",
    [
        "Everyone would be better off without me.",
        "I just want to disappear and never wake up.",
        "I keep thinking about killing myself.",
        "What's the point of any of this anymore.",
        "I want to cut so bad right now.",
    ],
)
def test_risk_cues(text):
    assert "RISK_CUE" in cues(text)


def test_means_disclosed():
    found = cues("I've been saving up my sleeping pills, they're in my nightstand.")
    assert {"MEANS_DISCLOSED", "RISK_CUE"} <= found
    assert "IMMINENT_RISK" not in found


def test_self_harm_done_without_imminence():
    found = cues("I cut my arm earlier tonight. It's stopped bleeding.")
    assert "SELF_HARM_DONE" in found
    assert "IMMINENT_RISK" not in found


@pytest.mark.parametrize(
    "text",
    [
        "I've got the pills lined up and I'm doing it tonight after everyone's asleep.",
        "I already took the whole bottle and I'm getting really sleepy.",
        "The gun is loaded and in my hand right now.",
    ],
)
def test_imminent_risk(text):
    found = cues(text)
    assert {"IMMINENT_RISK", "RISK_CUE"} <= found


def test_ingestion_is_self_harm_done_and_imminent():
    found = cues("I swallowed all my tablets twenty minutes ago.")
    assert {"SELF_HARM_DONE", "IMMINENT_RISK", "MEANS_DISCLOSED"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Can you stay on the phone with me all night?",
        "Promise you won't tell my therapist about this.",
        "Could we be friends after therapy ends?",
        "Can I call you whenever I need to, even at 3am?",
    ],
)
def test_boundary_requests(text):
    assert "BOUNDARY_REQUEST" in cues(text)


@pytest.mark.parametrize(
    "text", ["That won't work, nothing ever helps.", "I've tried the ice a thousand times already."]
)
def test_skill_resistance(text):
    assert "SKILL_RESISTANCE" in cues(text)


def test_rules_backend_gives_cues_too():
    assert "RISK_CUE" in get_detector("rules").detect_cues_many(["I want to kill myself."])[0]
