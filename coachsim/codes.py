"""Fixed identifiers shared by every part (DESIGN §4.1, §4.3). Changing one breaks outside checks."""

from __future__ import annotations

from typing import Literal, get_args

Code = Literal[
    # adherent
    "VALIDATE",
    "WELCOME_CALL",
    "REINFORCE",
    "ASSESS_INTENSITY",
    "RISK_QUESTION",
    "MEANS_QUESTION",
    "MEDICAL_CHECK",
    "ELICIT_TRIED",
    "SKILL_SUGGEST",
    "SKILL_STEPS",
    "TROUBLESHOOT",
    "COMMITMENT",
    "FRAME_TIME",
    "LIMIT",
    "REDIRECT",
    "MEANS_SAFETY",
    "SAFETY_PLAN",
    "ESCALATE",
    # non-adherent
    "LEADING_RISK_QUESTION",
    "INVALIDATE",
    "LECTURE",
    "FALSE_REASSURANCE",
    "PROBLEM_SOLVE_FOR",
    "PROCESS",
    "PROMISE_AVAILABILITY",
    "DUAL_RELATIONSHIP",
    "SECRECY",
    "THREATEN",
    "BURDEN_SIGNAL",
]
CODES: tuple[str, ...] = get_args(Code)
ADHERENT: tuple[str, ...] = CODES[:18]
NON_ADHERENT: tuple[str, ...] = CODES[18:]
# One of these alone puts a call in `needs_practice` (DESIGN §4.3).
SERIOUS_HARM: frozenset[str] = frozenset(
    {"SECRECY", "DUAL_RELATIONSHIP", "PROMISE_AVAILABILITY", "THREATEN"}
)
QUESTION_CODES: frozenset[str] = frozenset(
    {
        "ASSESS_INTENSITY",
        "RISK_QUESTION",
        "MEANS_QUESTION",
        "MEDICAL_CHECK",
        "ELICIT_TRIED",
        "LEADING_RISK_QUESTION",
    }
)

# What the client said that the coach must respond to (detected from client text, or known
# from the scenario's disclosed facts).
Cue = Literal[
    "RISK_CUE",  # hopelessness, burden, wish to disappear/be dead, self-harm urge
    "MEANS_DISCLOSED",  # access to means or a plan disclosed
    "SELF_HARM_DONE",  # self-harm or ingestion already happened
    "IMMINENT_RISK",  # intent + plan + means + timing, or an act in progress
    "BOUNDARY_REQUEST",  # more time, friendship, secrecy, 24/7 availability, processing
    "SKILL_RESISTANCE",  # "that won't work", "I can't"
]
CUES: tuple[str, ...] = get_args(Cue)

Gate = Literal["ASK_RISK", "FOLLOW_MEANS", "MEDICAL_CHECK_AFTER_HARM", "ESCALATE_IMMINENT"]
GATES: tuple[str, ...] = get_args(Gate)

Band = Literal["proficient", "developing", "needs_practice"]

StateVar = Literal["distress", "urge_selfharm", "urge_suicide", "trust", "willingness"]
STATE_VARS: tuple[str, ...] = get_args(StateVar)
