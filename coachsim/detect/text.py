"""Text helpers shared by the rules: normalisation, sentence splitting, question form."""

from __future__ import annotations

import re

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " - "}
)
_SPACE = re.compile(r"\s+")
_SENT = re.compile(r"(?<=[.?!;])\s+|\s+-\s+|\n+")


# Chat spellings seen in typed calls, mapped to the words the rules are written for.
_CHAT = {
    "u": "you",
    "ya": "you",
    "r": "are",
    "ur": "your",
    "im": "i'm",
    "ive": "i've",
    "id": "i'd",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "youre": "you're",
    "youll": "you'll",
    "youve": "you've",
    "thats": "that's",
    "whats": "what's",
    "its": "it's",
    "theyre": "they're",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "havent": "haven't",
    "smth": "something",
    "sth": "something",
    "tho": "though",
    "pls": "please",
    "plz": "please",
    "rn": "right now",
    "idk": "i don't know",
    "ppl": "people",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "b": "be",
    "w/o": "without",
    "w/": "with",
    "thx": "thanks",
    "lets": "let's",
    "esp": "especially",
    "min": "minutes",
    "mins": "minutes",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "tbh": "",
    "lol": "",
    "haha": "",
    "ok": "okay",
}
_CHAT_RE = re.compile(r"(?<![\w'/])(" + "|".join(re.escape(k) for k in _CHAT) + r")(?![\w'/])")
# "ur" is "you're" before a state or a verb in -ing ("ur not alone", "ur doing amazing").
_UR_YOURE = re.compile(
    r"\bur (?=(?:not|never|so|really|just|always|safe|okay|ok|fine|doing|being|going|gonna|"
    r"welcome|allowed|right|alone|the|a|on|in|at|such|too|very|here|there|\w+ing)\b)"
)


def norm(text: str | None) -> str:
    """Lower case, straight quotes, chat spellings expanded, single spaces."""
    if not text:
        return ""
    t = text.translate(_QUOTES).lower()
    t = _UR_YOURE.sub("you're ", t)
    t = _CHAT_RE.sub(lambda m: _CHAT[m.group(1)], t)
    return _SPACE.sub(" ", t).strip()


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences (keeps the final ? or .)."""
    return [s for s in (p.strip() for p in _SENT.split(text)) if s]


# Spoken transcripts often drop the "?": then a sentence is a question when it opens like one.
_LEAD = r"^(?:(?:so|and|but|okay|ok|well|now|then|alright|right|and so|um|uh|hmm|yeah|oh|mm),? )*"
_AUX = (
    r"(?:do|does|did|is|are|was|were|would|could|can|will|have|has|had|should|might|may|am|"
    r"don't|doesn't|didn't|isn't|aren't|wasn't|weren't|wouldn't|couldn't|can't|won't|haven't|"
    r"hasn't|shall)"
)
# A wh-word starts a question when a verb follows it ("what do you...", "how long..."), not a
# relative clause ("what you're describing sounds hard", "when you called, ...").
_WH = re.compile(
    _LEAD + r"(?:(?:what|how|why|when|where|who|which|whose) " + _AUX + r"\b"
    r"|what(?:'s| else| kind| sort| about| if| happened| happens| made| makes| brings| brought|"
    r" led| keeps| gets| got| stops| helps| helped| worked| works| matters| worries| would| could)\b"
    r"|how(?:'s| much| many| long| often| far| bad| strong| come| about| are| is)\b"
    r"|why not\b|which one\b|who else\b)"
)
# An auxiliary first, then its subject: "do you...", "can we...", "is there..." (not "do that").
_AUX_Q = re.compile(
    _LEAD
    + r"(?!(?:do|don't|have|can't|will) (?:that|this|it|the|any|things)\b)"
    + _AUX
    + r" (?:you|we|i|it|they|he|she|there|your|anyone|anything|somebody|someone|"
    r"anybody|that|this|things|the|any|she's|he's)\b"
)
_ASK = re.compile(
    _LEAD + r"(?:tell me|talk me through|walk me through|help me understand|i wonder|i'm wondering|"
    r"i was wondering|i'm curious|i'm just curious|any chance|anything else|mind if|"
    r"would you mind|is it okay if|is it ok if|can you tell me|could you tell me)\b"
)
# Tag questions and "right?" endings.
_Q_TAG = re.compile(
    r"(?:(?:,|\s)(?:right|yeah|correct|isn't it|aren't you|don't you|won't you|can you|will you|"
    r"are you|do you|is it|huh)|,\s*(?:okay|no))\s*\??$"
)


def is_question_sentence(sentence: str) -> bool:
    s = sentence.strip()
    if not s:
        return False
    if "?" in s:
        return True
    return bool(_WH.match(s) or _AUX_Q.match(s) or _ASK.match(s))


def is_question(text: str | None) -> bool:
    """True when the utterance asks something (any sentence in question form)."""
    t = norm(text)
    return any(is_question_sentence(s) for s in sentences(t)) or bool(_Q_TAG.search(t))
