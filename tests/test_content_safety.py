"""The method-details rule: what a client line may not say, and what it still may."""

from __future__ import annotations

import pytest

from coachsim.content.safety import find_method_detail

BLOCKED = [
    # doses and quantities with units
    ("I took 300 mg.", "a dose", "300 mg"),
    ("It's 2.5g of the stuff.", "a dose", "2.5g"),
    ("I have 20 pills saved.", "a quantity of medication", "20 pills"),
    ("I swallowed thirty sleeping pills.", "a quantity of medication", "thirty sleeping pills"),
    (
        "I took two of my sleeping pills extra.",
        "a quantity of medication",
        "two of my sleeping pills",
    ),
    ("There are forty-five tablets left.", "a quantity of medication", "forty-five tablets"),
    ("a dozen capsules", "a quantity of medication", "a dozen capsules"),
    # lethality talk
    ("How many would it take?", "lethality talk", "How many would it take"),
    ("how many pills would it take", "lethality talk", "how many pills would it take"),
    ("What's a lethal dose?", "lethality talk", "lethal dose"),
    ("Is that enough to kill me?", "lethality talk", "enough to kill"),
    ("I have enough pills to not wake up.", "lethality talk", "enough pills to not wake up"),
    # how-to phrasing
    ("I looked up how to kill myself.", "how-to about a method", "how to kill myself"),
    ("How do I cut deeper?", "how-to about a method", "How do I cut deeper"),
    ("What's the easiest way to die?", "how-to about a method", "easiest way to die"),
    (
        "the most painless method of suicide",
        "how-to about a method",
        "most painless method of suicide",
    ),
    # specific method descriptions
    ("I'd go for the artery this time.", "a specific method description", "artery"),
    ("I want to cut along the vein.", "a specific method description", "cut along the vein"),
    ("I thought about slitting my wrists.", "a specific method description", "slitting my wrists"),
    ("Cutting lengthwise is worse.", "a specific method description", "Cutting lengthwise"),
    ("I tied a noose.", "a specific method description", "noose"),
    ("I put the belt around my neck.", "a specific method description", "belt around my neck"),
    (
        "Sitting in the car with the engine running.",
        "a specific method description",
        "engine running",
    ),
    ("I held the gun to my head.", "a specific method description", "held the gun to my head"),
    ("I'd mix them with vodka.", "a specific method description", "mix them with"),
    ("I could drink bleach.", "a specific method description", "drink bleach"),
]

# Generic references and ordinary speech that the rule must leave alone.
ALLOWED = [
    "I've been saving up my pills.",
    "I've been saving up my sleeping pills. For about three weeks. Just in case.",
    "They're in the bathroom cabinet.",
    "The gun is in the closet.",
    "It's in the nightstand. It's loaded. I took it out earlier to look at it.",
    "There's a box cutter in my bag.",
    "There are blades in the bathroom drawer.",
    "I cut. One of them is deeper than usual and it's still bleeding.",
    "I cut my forearm about half an hour ago.",
    "I've had 3 beers. Maybe four.",
    "I drink two glasses of wine every night to sleep.",
    "I've sent him 14 texts.",
    "I've thought about how I'd do it.",
    "I don't know how much more of this I can take.",
    "I just want to go to sleep and not wake up.",
    "I've had enough, I want to die.",
    "I've had enough and I want it to end.",
    "How many sessions does it take to get better?",
    "How much do you need to know?",
    "It's like an 8 out of 10.",
    "Maybe a {distress}? I don't know.",
    "The garage, Saturday, when my wife's at her sister's.",
    "I took one pill to sleep, like the doctor said.",
    "At 2 I took my pills like always.",
    "For three weeks I've been keeping pills back.",
    "I have mixed feelings about it.",
    "I'm exhausted.",
    "I know the skills. I teach patients breathing at work.",
    "I wanted to cut him off completely.",
    "My heart is pounding, I can feel it in my veins.",
    "I can't breathe. I want to cut so bad. I haven't yet.",
    "I have thoughts of killing myself most days this week.",
    "He owns a handgun.",
    "I\u2019ve been saving up my pills.",
]


@pytest.mark.parametrize(("text", "rule", "match"), BLOCKED)
def test_blocked(text: str, rule: str, match: str) -> None:
    assert find_method_detail(text) == (rule, match)


@pytest.mark.parametrize("text", ALLOWED)
def test_allowed(text: str) -> None:
    assert find_method_detail(text) is None
