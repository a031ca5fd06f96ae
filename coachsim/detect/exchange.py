"""Features of the exchange: what the client just asked for, and how the coach answered.

SECRECY and DUAL_RELATIONSHIP are often carried by a short answer whose words mean nothing on
their own: "Quiet as a mouse." to "please keep it quiet", "Say when." to "come round for tea".
A linear model over the coach's words and the client's words separately cannot see that the
two go together, so these features are the conjunctions: the client asked for silence (or a
social meeting) AND the coach complied, or AND the coach refused or said they would tell; the
client says someone is unaware of their risk AND the coach goes along with it. They are soft
features for the model, not rules: the rules in `rules.context_hits` fire only on an explicit
agreement. Two more mark the coach stepping out of role in any words: their own life, and
affection.
"""

from __future__ import annotations

import re

from coachsim.detect.rules import (
    ASKS_IF_TOLD,
    COACH_REFUSES,
    NOT_SOCIAL,
    REFUSE_SECRET,
    REQ_ASKS,
    REQ_SECRECY,
    REQ_SILENCE,
    REQ_SOCIAL,
    TELLS_OTHERS,
)
from coachsim.detect.text import norm

# Compliance in few words: a promise, a "nobody", a bare "fine", notes trimmed or left out.
_COMPLIES = re.compile(
    r"\b(?:promise[ds]?|swear|not a (?:word|peep|soul)|nobody|no one|no-one|quiet|mum's the word|"
    r"won't|not (?:calling|sending|telling|going to|getting|coming)|i'm not|deal|fine|fair enough|"
    r"sure|okay|ok|of course|course|stays?|that's how|keep it that way|no notes|no ambulance|"
    r"no police|leave (?:\w+ ){0,2}out|skip|forget|lips|between us|nowhere|safe with me|"
    r"let (?:her|him|them) think|round (?:them|it) down|put (?:it|that|this|tonight) down as)\b"
)
_ACCEPTS = re.compile(
    r"\b(?:yes|yeah|yep|sure|deal|i'm in|count me in|wouldn't miss|say when|go on|what time|"
    r"when and where|love to|i'd love|can't wait|ooh|fine|okay|ok|why not|absolutely|definitely|"
    r"course|you're on|sounds (?:great|good|fun|lovely|perfect)|never turn down|go for it|"
    r"already on it|if you're offering|it's a date)\b"
)
# The coach's own life, not their role: family, money, home, their own troubles.
_OWN_LIFE = re.compile(
    r"\bmy (?:own )?(?:mum|mom|dad|daughter|son|kids?|children|husband|wife|partner|boyfriend|"
    r"girlfriend|ex|mortgage|rent|bills|divorce|sister|brother|family|laptop|car|house|flat|"
    r"living room|garden|dog|cat|friends|weekend|holiday|birthday|neighbour|landlord|"
    r"depression|anxiety|therapist)\b"
    r"|\b(?:honestly,? )?(?:same here|me too|join the club|i've been there(?: myself)?|tell me "
    r"about it|same,)\b|\bi'm having (?:a few|some) (?:people|friends|mates)\b"
)
# The client says someone is unaware of their risk, and the coach goes along with it: "My mum
# thinks I've stopped." - "Let her think that."
_CLIENT_REPORTS_HIDING = re.compile(
    r"\b(?:didn't notice|doesn't know|thinks? (?:i've|i'm|i have|i am|it was|they)|"
    r"told (?:him|her|them) (?:they|it|i)|didn't (?:correct|tell|say)|haven't told|keep saying no|"
    r"nobody knows|no one knows|only one who knows|(?:can't|mustn't|won't) (?:ever )?(?:see|find out))\b"
)
_ENDORSES_HIDING = re.compile(
    r"^(?:then |so |good\.? |fine\.? |okay\.? )?(?:let (?:her|him|them) (?:think|believe)|"
    r"keep (?:it|saying|that)|leave (?:her|him|them) (?:thinking|believing)|leave it (?:there|"
    r"at that|where it is)|that's how it|probably (?:wise|for the best|best)|for the best|"
    r"no need to tell|(?:he|she|they) (?:doesn't|don't) need|and (?:that's|it'll)|long sleeves|"
    r"good call|smart)"
)
_AFFECTION = re.compile(
    r"\b(?:love you|miss(?:ed)? you|sweetheart|gorgeous|darling|babe|hun|sweetie)\b|\bx+$"
)

NAMES = (
    "client_asks_silence",
    "asks_silence_coach_tells_or_refuses",
    "asks_silence_coach_complies",
    "coach_says_will_tell",
    "client_invites",
    "invites_coach_refuses",
    "invites_coach_accepts",
    "coach_own_life",
    "coach_affection",
    "client_reports_hiding",
    "reports_hiding_coach_endorses",
)


def exchange_features(coach: str, client: str | None) -> list[float]:
    """One 0/1 value per name in NAMES, for a coach line and the client's previous message."""
    c, k = norm(coach), norm(client)
    asks_silence = bool(
        k and (REQ_SECRECY.search(k) or ASKS_IF_TOLD.search(k) or REQ_SILENCE.search(k))
    )
    tells = bool(TELLS_OTHERS.search(c))
    refuses = bool(REFUSE_SECRET.search(c) or COACH_REFUSES.search(c))
    invites = bool(k and REQ_SOCIAL.search(k) and REQ_ASKS.search(k) and not NOT_SOCIAL.search(k))
    hiding = bool(k and _CLIENT_REPORTS_HIDING.search(k))
    values = (
        asks_silence,
        asks_silence and (tells or refuses),
        asks_silence and not (tells or refuses) and bool(_COMPLIES.search(c)),
        tells,
        invites,
        invites and bool(COACH_REFUSES.search(c)),
        invites and not COACH_REFUSES.search(c) and bool(_ACCEPTS.search(c)),
        bool(_OWN_LIFE.search(c)),
        bool(_AFFECTION.search(c)),
        hiding,
        hiding and not (tells or refuses) and bool(_ENDORSES_HIDING.search(c)),
    )
    return [1.0 if v else 0.0 for v in values]
