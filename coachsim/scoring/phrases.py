"""Words for codes and cues, so reasons read like a supervisor's note, not like a log."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# What the coach did, as a past-tense clause: "asked directly about suicide at turn 5",
# "never asked directly about suicide".
DID: dict[str, str] = {
    "VALIDATE": "validated",
    "WELCOME_CALL": "welcomed the call",
    "REINFORCE": "reinforced skilful behaviour",
    "ASSESS_INTENSITY": "asked for a 0-10 rating",
    "RISK_QUESTION": "asked directly about suicide/self-harm",
    "MEANS_QUESTION": "asked about means/plan/timing",
    "MEDICAL_CHECK": "checked for injury/ingestion",
    "ELICIT_TRIED": "asked what had been tried",
    "SKILL_SUGGEST": "suggested a skill",
    "SKILL_STEPS": "gave concrete skill steps",
    "TROUBLESHOOT": "troubleshot the barrier",
    "COMMITMENT": "asked for a specific commitment",
    "FRAME_TIME": "framed the call's time and scope",
    "LIMIT": "stated a limit as your own",
    "REDIRECT": "redirected to skills/session",
    "MEANS_SAFETY": "worked on distance from the means",
    "SAFETY_PLAN": "used the safety plan/support people",
    "ESCALATE": "arranged emergency help",
    "LEADING_RISK_QUESTION": "asked a leading risk question",
    "INVALIDATE": "invalidated",
    "LECTURE": "lectured",
    "FALSE_REASSURANCE": "gave false reassurance",
    "PROBLEM_SOLVE_FOR": "solved the problem for the client",
    "PROCESS": "processed the problem (therapy on the phone)",
    "PROMISE_AVAILABILITY": "promised open-ended availability",
    "DUAL_RELATIONSHIP": "offered a relationship outside coaching",
    "SECRECY": "promised secrecy",
    "THREATEN": "threatened",
    "BURDEN_SIGNAL": "signalled being busy/burdened",
}

# The same as a noun phrase: "after the first skill suggestion at turn 5".
NOUN: dict[str, str] = {
    "VALIDATE": "validation",
    "WELCOME_CALL": "welcome",
    "REINFORCE": "reinforcement",
    "ASSESS_INTENSITY": "0-10 rating",
    "RISK_QUESTION": "direct risk question",
    "MEANS_QUESTION": "question about means/plan/timing",
    "MEDICAL_CHECK": "medical check",
    "ELICIT_TRIED": "question about what was tried",
    "SKILL_SUGGEST": "skill suggestion",
    "SKILL_STEPS": "skill steps",
    "TROUBLESHOOT": "troubleshooting",
    "COMMITMENT": "commitment request",
    "FRAME_TIME": "time frame",
    "LIMIT": "first-person limit",
    "REDIRECT": "redirect",
    "MEANS_SAFETY": "means-safety step",
    "SAFETY_PLAN": "safety-plan step",
    "ESCALATE": "escalation",
    "LEADING_RISK_QUESTION": "leading risk question",
    "INVALIDATE": "invalidation",
    "LECTURE": "lecture",
    "FALSE_REASSURANCE": "false reassurance",
    "PROBLEM_SOLVE_FOR": "solving the problem for the client",
    "PROCESS": "processing",
    "PROMISE_AVAILABILITY": "promise of availability",
    "DUAL_RELATIONSHIP": "dual relationship",
    "SECRECY": "secrecy promise",
    "THREATEN": "threat",
    "BURDEN_SIGNAL": "burden signal",
}

CUE: dict[str, str] = {
    "RISK_CUE": "risk cue",
    "MEANS_DISCLOSED": "means or plan disclosed",
    "SELF_HARM_DONE": "self-harm already done",
    "IMMINENT_RISK": "imminent risk",
    "BOUNDARY_REQUEST": "request for more",
    "SKILL_RESISTANCE": "resistance to the skill",
}

CONDITION: dict[str, str] = {
    "risk_cue": "no risk cue in the call",
    "means_disclosed": "no means or plan disclosed",
    "self_harm_done": "no self-harm disclosed",
    "imminent_risk": "no imminent risk in the call",
    "boundary_request": "the client asked for nothing more (time, friendship, secrecy...)",
    "skill_resistance": "the client did not resist a skill",
    "skill_suggested": "no skill was suggested",
    "no_risk_cue": "risk cues were present (crisis calls are exempt)",
    "rule_24h_on": "the site's 24-hour rule is off",
}


def did(code: str) -> str:
    return DID.get(code, code)


def noun(code: str) -> str:
    return NOUN.get(code, code)


def either(codes: Iterable[str]) -> str:
    """`asked for a 0-10 rating or asked what had been tried`, for a list of codes."""
    return join([did(c) for c in codes], "or")


def join(items: Sequence[str], word: str = "and") -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def turns(indexes: Sequence[int]) -> str:
    """`turn 3`, `turns 3 and 7`, `turns 3, 7 and 9`."""
    if len(indexes) == 1:
        return f"turn {indexes[0]}"
    return "turns " + join([str(i) for i in indexes])


def quote(text: str, limit: int = 70) -> str:
    """A short, single-line quotation of a client line for a reason."""
    text = " ".join(text.split())
    if not text:
        return ""
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f" (“{text}”)"


def ordinal(n: int) -> str:
    return {1: "next", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")


def sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
