"""A generic warmth detector: does a reply express warmth, compassion, concern or comfort?

Used by the benchmark, with FALSE_REASSURANCE, when it maps the detector onto public empathy
labels (EPITOME "emotional reactions": warmth, compassion and concern, where even a weak
allusion such as "everything will be fine" counts). Coaching conventions keep "I'm sorry to hear
that" out of VALIDATE and count "everything will be fine" as FALSE_REASSURANCE; as expressed
feeling for the other person both count here. Written from general usage and that definition,
not fitted to data.
"""

from __future__ import annotations

import re

from coachsim.detect.text import norm

_WARMTH = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"\b(?:i'm|i am|im|so|really|very) (?:so |really |very |truly )?sorry\b",
            r"\bsorry (?:to hear|you(?:'re| are)|for your|that you|about)\b",
            r"\b(?:hugs?|hug|sending (?:love|hugs|strength|you|good|positive|virtual)|much love|"
            r"lots of love|love you)\b",
            r"<3|\u2764|\U0001f917|\U0001f49c|\U0001f499",
            r"\bi feel (?:for you|you|your pain|so bad|terrible|awful|sad)\b",
            r"\bmy heart (?:goes out|breaks|hurts)\b",
            r"\bi (?:really |truly |completely |totally )?(?:understand|get it|hear you|feel you)\b",
            r"\bi know (?:how|what) (?:you(?:'re| are)? feel|it feels|hard|that feels|painful|"
            r"you're going through)\b",
            r"\b(?:that|this|it) (?:sounds|must be|must feel|seems|is) (?:so |really |very |"
            r"incredibly |truly )?(?:hard|tough|awful|painful|difficult|rough|horrible|terrible|"
            r"scary|frightening|overwhelming|exhausting|lonely|heartbreaking|upsetting|sad|"
            r"frustrating|stressful)\b",
            r"\byou(?:'re| are) not alone\b|\bnot alone in this\b",
            r"\b(?:i'm|i am|we're|we are) (?:always )?here (?:for you|if you|to listen|to talk)\b",
            r"\bi (?:really |truly |sincerely )?hope (?:you|things|it|that|everything|your)\b",
            r"\b(?:take care|stay strong|hang in there|be kind to yourself|be gentle with yourself|"
            r"you(?:'ve)? got this|good luck|best of luck|wishing you|feel better)\b",
            r"\bi care (?:about you)?\b|\bpeople care\b|\byou matter\b|\byou(?:'re| are) (?:loved|worth)\b",
            r"\byou deserve (?:to|better|happiness|love|good)\b",
            r"\b(?:i'm|i am) (?:so )?(?:glad|happy|proud) (?:you|that you|of you|for you)\b",
            r"\b(?:it's|it is) (?:okay|ok|alright|normal|understandable|valid) to (?:feel|be|cry|not)\b",
            r"\b(?:makes|make) (?:total |complete )?sense\b",
            r"\bhow (?:awful|terrible|hard|painful|sad)\b",
            r"\bthat(?:'s| is) (?:so |really )?(?:awful|terrible|horrible|rough|heartbreaking|sad)\b",
            r"\bpoor (?:you|thing)\b",
            r"\b(?:please|pls) (?:don't|do not) (?:give up|hurt|do)\b|\bplease (?:reach out|talk to)\b",
            r"\bworried (?:about|for) you\b|\bconcerned (?:about|for) you\b",
            r"\b(?:everything|it|things|it all)(?:'s| is)? (?:will|'ll|is going to|going to) "
            r"(?:all )?(?:be|get|work out|turn out) (?:\w+ )?(?:fine|okay|ok|alright|all right|better|"
            r"well)\b",
            r"\b(?:it|things|life) (?:gets|get|will get|can get) better\b",
            r"\byou(?:'ll| will) (?:be|get through|make it|pull through)\b",
            r"\byou can (?:do (?:this|it)|get through|make it|beat)\b|\bdon't give up\b|\bkeep going\b",
            r"\byou(?:'re| are) (?:strong|stronger|brave|amazing|not (?:a|the) (?:failure|problem|burden))\b",
        )
    )
)


def expresses_warmth(text: str | None) -> bool:
    """True when the text expresses warmth, compassion, sympathy or concern."""
    return bool(_WARMTH.search(norm(text)))
