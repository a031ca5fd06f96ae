"""Guardrails for an LLM-voiced client reply.

The reply must stay the client's own voice (not an assistant's, not the coach's), stay short,
never give method details (the content rule in `coachsim.content.safety`), and never let out a
hidden fact the engine has not released yet. `check` runs on the partial reply while it streams,
so a violation stops the stream before the offending words are shown; `check_final` adds the
checks that need the whole reply (empty, garbage).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from coachsim.content.models import Scenario
from coachsim.content.safety import find_method_detail

MAX_CHARS = 360
MAX_SENTENCES = 4

_VOICE = [
    # an assistant talking
    (
        r"\bas an ai\b|\blanguage model\b|\bai assistant\b|\bi'?m (?:just )?an? (?:ai|assistant|chatbot|bot)\b",
        "assistant talk",
    ),
    (
        r"\bhow (?:can|may) i (?:help|assist)\b|\bi(?:'d| would) be (?:happy|glad) to help\b|\bi can help you\b",
        "assistant talk",
    ),
    (r"\b(?:i'?m|i am) here (?:to help|for you)\b|\bfeel free to\b", "assistant talk"),
    (
        r"\bi (?:can(?:no|')t|cannot|am unable to|'m unable to) (?:assist|help with|provide|comply)\b",
        "a refusal",
    ),
    (r"\bi'?m sorry,? but i (?:can(?:no|')t|cannot)\b", "a refusal"),
    # the coach's job: advice and skills
    (r"\bi (?:would )?(?:suggest|recommend)\b|\bhave you (?:tried|considered)\b", "coach talk"),
    (r"\b(?:i'?m|i am) (?:so |really |very )?glad you (?:called|reached out)\b", "coach talk"),
    (r"\bthank(?:s| you) for (?:calling|reaching out|sharing)\b", "coach talk"),
    (r"\bit(?:'s| is) (?:important|helpful) (?:to|that you)\b|\bremember to\b", "coach talk"),
    (
        r"\bhere are (?:some|a few)\b|\blet'?s (?:try|practi[cs]e|do|use) (?:a|some|the|your|this)\b",
        "coach talk",
    ),
    (
        r"\b(?:you|we) (?:could|should|might|can|may want to) (?:try|practi[cs]e|use|do) "
        r"(?:the |some |a |your |this )?(?:skill|breathing|paced|tip\b|stop\b|grounding|mindful|"
        r"self[- ]soothe|distress tolerance|opposite action|radical acceptance|dear ?man|wise mind)",
        "coach talk",
    ),
    # reading out the stage directions or the prompt
    (
        r"stage direction|private direction|\bintent:|\bpersona\b|\bthe engine\b|\bsystem prompt\b",
        "stage directions read aloud",
    ),
    (r"<\|[^>]*\|?>|\[/?inst\]|<</?sys>>|```", "template tokens"),
]
VOICE_RULES = [(re.compile(p, re.IGNORECASE), why) for p, why in _VOICE]
LABEL = r"(?:^|\n)\s*(?:coach|therapist|counsell?or|assistant|user|system|client|caller{extra})\s*:"

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "actually",
        "add",
        "after",
        "again",
        "against",
        "ago",
        "all",
        "also",
        "always",
        "am",
        "an",
        "and",
        "answer",
        "any",
        "anyone",
        "anything",
        "are",
        "aren't",
        "around",
        "as",
        "ask",
        "asked",
        "asking",
        "at",
        "away",
        "back",
        "be",
        "because",
        "been",
        "before",
        "being",
        "bit",
        "both",
        "but",
        "by",
        "call",
        "can",
        "conversation",
        "can't",
        "change",
        "come",
        "coming",
        "could",
        "couldn't",
        "day",
        "days",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "done",
        "down",
        "dunno",
        "during",
        "each",
        "earlier",
        "eight",
        "even",
        "evening",
        "ever",
        "every",
        "everyone",
        "feel",
        "feeling",
        "few",
        "first",
        "five",
        "for",
        "found",
        "four",
        "from",
        "get",
        "gets",
        "getting",
        "go",
        "goes",
        "going",
        "gone",
        "gonna",
        "good",
        "got",
        "had",
        "hadn't",
        "hand",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "he",
        "he'd",
        "he's",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "home",
        "honest",
        "honestly",
        "hour",
        "hours",
        "house",
        "how",
        "i",
        "i'd",
        "i'll",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "kind",
        "know",
        "last",
        "later",
        "left",
        "let",
        "life",
        "like",
        "line",
        "little",
        "live",
        "look",
        "looked",
        "looking",
        "lot",
        "made",
        "make",
        "making",
        "maybe",
        "me",
        "mind",
        "minute",
        "minutes",
        "month",
        "months",
        "more",
        "morning",
        "most",
        "much",
        "my",
        "myself",
        "need",
        "never",
        "next",
        "night",
        "nine",
        "no",
        "nor",
        "not",
        "nothing",
        "now",
        "number",
        "of",
        "off",
        "oh",
        "ok",
        "okay",
        "on",
        "once",
        "one",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "part",
        "people",
        "phone",
        "place",
        "probably",
        "put",
        "ready",
        "really",
        "right",
        "said",
        "same",
        "say",
        "says",
        "second",
        "seven",
        "she",
        "she'd",
        "she's",
        "should",
        "show",
        "sit",
        "six",
        "so",
        "some",
        "someone",
        "something",
        "sometimes",
        "sort",
        "still",
        "stuff",
        "such",
        "take",
        "talk",
        "tell",
        "telling",
        "ten",
        "than",
        "that",
        "that's",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "they'd",
        "they're",
        "thing",
        "things",
        "think",
        "this",
        "those",
        "though",
        "thought",
        "three",
        "through",
        "time",
        "to",
        "today",
        "too",
        "took",
        "two",
        "up",
        "us",
        "very",
        "want",
        "was",
        "wasn't",
        "we",
        "week",
        "weeks",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "won't",
        "would",
        "wouldn't",
        "written",
        "yeah",
        "year",
        "years",
        "yes",
        "yet",
        "you",
        "you'd",
        "you'll",
        "you're",
        "you've",
        "your",
        "yours",
        "yourself",
    ]
)


def _stem(word: str) -> str:
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def stems(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z']*", text.lower().replace("\u2019", "'"))
    out = {_stem(w) for w in words if w not in STOPWORDS and len(w) >= 3}
    return {s for s in out if s not in STOPWORDS and "'" not in s}


@dataclass(frozen=True)
class FactTerms:
    """Words that would give away one undisclosed fact: any two of `terms` together, or one
    `marker` (a longer word the fact's summary and lines share, such as "nightstand")."""

    fact_id: str
    terms: frozenset[str]
    markers: frozenset[str]

    def leaked(self, text_stems: set[str]) -> list[str]:
        hits = sorted(text_stems & self.terms)
        return hits if len(hits) >= 2 or set(hits) & self.markers else []


def fact_terms(scenario: Scenario, released: Iterable[str], public_text: str) -> list[FactTerms]:
    """Key terms of each hidden fact not yet released, minus words the client may use anyway
    (anything in `public_text`: the scripted line, the call so far, the scenario's open lines)."""
    released = set(released)
    public = stems(public_text) | stems(_open_text(scenario))
    for fact in scenario.hidden_facts:
        if fact.id in released:
            public |= stems(" ".join([fact.summary, *fact.lines]))
    out = []
    for fact in scenario.hidden_facts:
        if fact.id in released:
            continue
        counts: dict[str, int] = {}
        for text in [fact.summary, *fact.lines]:
            for s in stems(text) - public:
                counts[s] = counts.get(s, 0) + 1
        markers = frozenset(s for s, n in counts.items() if n >= 2 and len(s) >= 6)
        out.append(FactTerms(fact.id, frozenset(counts), markers))
    return out


def _open_text(scenario: Scenario) -> str:
    """What the client may say at any time."""
    parts = [scenario.persona.name, scenario.situation, scenario.opening_line]
    parts += [line for pool in scenario.lines for line in pool.lines]
    parts += [line for p in scenario.boundary_pressures for line in p.lines]
    parts += [line for e in scenario.end_conditions for line in e.lines]
    return " ".join(parts)


@dataclass(frozen=True)
class GuardContext:
    persona_name: str
    hidden: list[FactTerms] = field(default_factory=list)
    said_before: tuple[str, ...] = ()  # the client's earlier replies, normalised
    max_chars: int = MAX_CHARS
    max_sentences: int = MAX_SENTENCES


def normalise(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def check(text: str, ctx: GuardContext) -> str | None:
    """The first rule the (partial) reply breaks, as a short reason, or None."""
    for pattern, why in VOICE_RULES:
        if pattern.search(text):
            return why
    name = re.escape(ctx.persona_name.lower())
    if re.search(LABEL.format(extra=f"|{name}"), text.lower()):
        return "speaker labels (not a single spoken reply)"
    method = find_method_detail(text)
    if method is not None:
        return f"method details ({method[0]})"
    flat = normalise(text)
    said = [
        normalise(text[a:b])
        for a, b in zip([0, *sentence_ends(text)], sentence_ends(text), strict=False)
    ]
    if any(said.count(x) >= (2 if len(x) >= 20 else 3) for x in said if len(x) >= 4):
        return "garbage (repeats itself)"
    words = flat.split()
    grams = [" ".join(words[i : i + 6]) for i in range(len(words) - 5)]
    if len(grams) != len(set(grams)):
        return "garbage (repeats itself)"
    for earlier in ctx.said_before:
        if len(earlier) >= 24 and earlier[:60] in flat:
            return "repeats an earlier reply"
    text_stems = stems(text)
    for fact in ctx.hidden:
        if fact.leaked(text_stems):
            return f"gave away an undisclosed fact ({fact.fact_id})"
    return None


def check_final(text: str, ctx: GuardContext) -> str | None:
    """`check` plus what needs the whole reply."""
    stripped = text.strip()
    if not stripped:
        return "an empty reply"
    letters = sum(c.isalpha() for c in stripped)
    visible = sum(not c.isspace() for c in stripped)
    if letters < 2 or letters < 0.6 * visible:
        return "garbage (hardly any words)"
    if re.search(r"(\b\w+\b)(?:\W+\1\b){4,}", stripped.lower()):
        return "garbage (a word repeated over and over)"
    return check(stripped, ctx)


SENTENCE_END = re.compile(r"[.!?…]+[\"')\]]*(?=\s|$)")


def sentence_ends(text: str) -> list[int]:
    return [m.end() for m in SENTENCE_END.finditer(text)]


def too_long(text: str, ctx: GuardContext) -> bool:
    return len(text) > ctx.max_chars or len(sentence_ends(text)) > ctx.max_sentences


def trim(text: str, ctx: GuardContext, cut_off: bool = False) -> str | None:
    """The longest run of whole sentences within the caps, or None if not even one fits.
    `cut_off`: the reply stopped mid-flow (token limit), so a trailing half sentence goes."""
    ends = [e for e in sentence_ends(text) if e <= ctx.max_chars][: ctx.max_sentences]
    if ends and (cut_off or too_long(text, ctx)):
        return text[: ends[-1]].strip()
    return text.strip() if not too_long(text, ctx) else None


def clean(text: str, name: str) -> str:
    """Tidy what a model tends to wrap a spoken line in: quotes, a leading "Name:" label."""
    text = re.sub(rf"^\s*\**{re.escape(name)}\**\s*:\s*", "", text.strip(), flags=re.IGNORECASE)
    for left, right in ('""', "''", "“”", "()", "[]"):
        if len(text) >= 2 and text[0] == left and text[-1] == right:
            text = text[1:-1].strip()
    if text.startswith("(") and ")" not in text:
        text = text[1:]
    return text.strip('"“”').strip()
