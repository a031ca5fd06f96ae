"""Text helpers shared by the rules: normalisation, sentence splitting, question form."""

from __future__ import annotations

import re

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " - "})
_SPACE = re.compile(r"\s+")
_SENT = re.compile(r"(?<=[.?!;])\s+|\s+-\s+|\n+")


def norm(text: str | None) -> str:
    """Lower case, straight quotes, single spaces."""
    if not text:
        return ""
    return _SPACE.sub(" ", text.translate(_QUOTES).lower()).strip()


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences (keeps the final ? or .)."""
    return [s for s in (p.strip() for p in _SENT.split(text)) if s]


# Words that open a question when there is no "?" (spoken transcripts often drop it).
_Q_OPENERS = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|now|then|alright|right|and so|um|uh|hmm),? )*"
    r"(?:what|what's|whats|how|how's|why|when|where|who|which|whose|"
    r"do|does|did|don't|doesn't|didn't|are|aren't|is|isn't|was|wasn't|were|weren't|"
    r"have|haven't|has|hasn't|had|can|can't|could|couldn't|would|wouldn't|will|won't|"
    r"should|shall|may|might|am|is there|are there|"
    r"tell me|talk me through|walk me through|help me understand|i wonder|i'm wondering|"
    r"i was wondering|i'm curious|i'm just curious|any chance|anything else|"
    r"mind if|would you mind|is it okay if|is it ok if)\b"
)
# Tag questions and "right?" endings.
_Q_TAG = re.compile(
    r"(?:,|\s)(?:right|yeah|okay|ok|correct|isn't it|aren't you|don't you|won't you|"
    r"can you|will you|are you|do you|is it|huh|no)\s*\??$"
)


def is_question_sentence(sentence: str) -> bool:
    s = sentence.strip()
    if not s:
        return False
    if s.endswith("?") or "?" in s:
        return True
    if _Q_OPENERS.match(s):
        # "do that" / "have a look" imperatives: a modal opener followed by "you/we/i/it/there".
        return bool(
            re.match(
                r"^(?:(?:so|and|but|okay|ok|well|now|then|alright|right|um|uh),? )*"
                r"(?:what|what's|whats|how|how's|why|when|where|who|which|whose|tell me|"
                r"talk me through|walk me through|help me understand|i wonder|i'm wondering|"
                r"i was wondering|i'm curious|i'm just curious|any chance|anything else|"
                r"mind if|would you mind|is it okay if|is it ok if|is there|are there)\b",
                s,
            )
            or re.match(
                r"^(?:(?:so|and|but|okay|ok|well|now|then|alright|right|um|uh),? )*"
                r"\w+(?:n't)? (?:you|we|i|it|they|he|she|there|that|this|your|anyone|anything|"
                r"somebody|someone)\b",
                s,
            )
        )
    return False


def is_question(text: str | None) -> bool:
    """True when the utterance asks something (any sentence in question form)."""
    t = norm(text)
    return any(is_question_sentence(s) for s in sentences(t)) or bool(_Q_TAG.search(t))
