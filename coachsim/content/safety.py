"""The method-details rule: client lines may refer to means only generically.

Domain brief §9.6: scenario text never includes method details beyond generic references
("stockpiled medication", "handgun"); the simulated client must never provide method-related
information. So a client may say "I've been saving up my pills" or "the gun is in the closet"
(the coach has to hear about means to practise means safety), but not how much, how, or how
lethal. Each rule below is one regex with the reason it exists; tests hold the hard negatives.
The rules are deliberately few and narrow: a false alarm blocks an author, so every pattern
needs a tell (a number with a unit, "how to ...", a named mechanism), not just a topic word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str  # shown in the error message
    pattern: re.Pattern[str]


def _rule(name: str, *patterns: str) -> Rule:
    return Rule(name, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))


_SMALL = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    "|sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# Two or more: "one pill" / "1 pill" is an ordinary dose, not an amount that reveals lethality.
_COUNT = (
    rf"(?:[2-9]|[1-9]\d+|(?:{_TENS})(?:[- ](?:one|{_SMALL}))?|{_SMALL}"
    r"|a hundred|hundreds of|a dozen|dozens of)"
)
# Words that may stand between a count and "pills" ("two of my sleeping pills"); a time word,
# pronoun or verb there means the number is about something else ("at 2 I took my pills",
# "three weeks of saving pills").
_GAP = (
    r"(?:(?!(?:i|i'd|i've|i'm|you|he|she|we|they|it|and|or|but|then|so|to|took|take|taken"
    r"|had|have|was|were|weeks?|days?|months?|years?|hours?|minutes?|nights?|times?)\b)"
    r"[\w'-]+\s+){0,3}"
)
_DRUG_UNITS = r"pills?|tablets?|tabs|capsules?|caplets?|doses?"
_DOSE_UNITS = r"mg|mcg|µg|g|ml|milligrams?|micrograms?|grams?|millilit(?:er|re)s?"

RULES: tuple[Rule, ...] = (
    # A dose tells the reader what amount does harm.
    _rule(
        "a dose",
        rf"\b\d+(?:[.,]\d+)?\s?(?:{_DOSE_UNITS})\b",
    ),
    _rule("a quantity of medication", rf"\b{_COUNT}\s+{_GAP}(?:{_DRUG_UNITS})\b"),
    # Lethality talk: asking or stating what amount would kill.
    _rule(
        "lethality talk",
        r"\bhow many(?:\s+(?:of\s+)?(?:them|those|these|pills|tablets|my pills|the pills))?"
        r"\s+(?:would|will|does|did|could|might|should)\s+(?:it|that|they|one)\s+take\b",
        r"\b(?:lethal|fatal|deadly|toxic|overdose)\s+(?:dose|amount|quantity|level|threshold)s?\b",
        r"\benough(?:\s+(?!(?:and|but|so|i|you|he|she|we|they|it|now|already)\b)[\w']+){0,2}"
        r"\s+to\s+(?:kill|die|not wake up|end it|end my life|be fatal|overdose|od)\b",
    ),
    # How-to phrasing: the method as instructions rather than as a fact about the client.
    _rule(
        "how-to about a method",
        r"\bhow\s+(?:to|do\s+(?:i|you|people)|does\s+(?:one|someone|a person)|can\s+(?:i|you)"
        r"|would\s+(?:i|you)|should\s+i)\s+(?:kill\s+(?:myself|yourself|oneself|yourselves)"
        r"|hang\s+(?:myself|yourself)|shoot\s+(?:myself|yourself)|poison\s+(?:myself|yourself)"
        r"|drown\s+(?:myself|yourself)|cut\s+(?:myself|yourself|deeper|deep)|overdose|od|suffocate"
        r"|end\s+(?:it all|my life|your life)|commit suicide)\b",
        r"\b(?:best|easiest|quickest|fastest|surest|cleanest|simplest|most painless|most effective"
        r"|least painful|painless)\s+(?:way|method|place|spot)s?\s+(?:to|of)\s+(?:kill|die|dying"
        r"|end(?:ing)?\s+(?:it|my life)|cut|cutting|hang|hanging|overdos|od\b|suicide|shoot)",
    ),
    # Specific mechanisms: where to cut, how to hang, gas, a gun held to the body, drug mixing,
    # poisons. A bare means ("blades in the drawer", "the gun is loaded") stays allowed.
    _rule(
        "a specific method description",
        r"\b(?:arter(?:y|ies)|carotid|jugular)\b",
        r"\b(?:cut|slit|slash|open|hit|nick)\w*\s+(?:\w+\s+){0,3}?veins?\b",
        r"\b(?:slit|slash)\w*\s+(?:my\s+|his\s+|her\s+)?(?:wrists?|throat)\b",
        r"\bcut\w*\b[^.!?]{0,30}\b(?:lengthwise|vertical(?:ly)?|the long way)\b",
        r"\b(?:noose|ligature)s?\b",
        r"\b(?:rope|belt|cord|cable|scarf|sheet)\s+(?:a)?round\s+(?:my|his|her|the)\s+neck\b",
        r"\b(?:exhaust\s+(?:pipe|fumes|hose)|engine\s+running|charcoal)\b",
        r"\b(?:put|putting|held|hold|holding|point|pointed|pointing|press|pressed|aim|aimed)\s+"
        r"(?:it|the gun|the barrel|the pistol|the revolver|a gun)\s+(?:to|at|in|into|against|under)"
        r"\s+(?:my|his|her)\s+(?:head|mouth|temple|chest|chin|heart)\b",
        r"\bmix(?:ed|ing)?\s+(?:(?:the|my|them|those|it|pills?|meds|medications?|tablets?)\s+){1,2}"
        r"with\b",
        r"\b(?:drink|drinking|drank|swallow\w*)\s+(?:the\s+|some\s+)?(?:bleach|antifreeze"
        r"|rat poison|weed ?killer|pesticide)\b",
    ),
)


def find_method_detail(text: str) -> tuple[str, str] | None:
    """(rule name, matched text) of the first rule the text breaks, or None when it is fine."""
    text = text.replace("\u2019", "'")  # typographic apostrophes, as in "I’ve"
    for rule in RULES:
        match = rule.pattern.search(text)
        if match:
            return rule.name, match.group(0)
    return None
