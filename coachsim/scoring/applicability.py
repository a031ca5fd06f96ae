"""When a criterion applies. Every condition in `applies_when` must hold (like a scenario
`Condition`); `always` always holds. A criterion that does not apply scores None, never 0."""

from __future__ import annotations

from collections.abc import Callable

from coachsim.content.models import Criterion
from coachsim.scoring import phrases as ph
from coachsim.scoring.coded import CodedCall


def _cue(name: str) -> Callable[[CodedCall], bool]:
    return lambda call: name in call.cues_seen


CONDITIONS: dict[str, Callable[[CodedCall], bool]] = {
    "always": lambda call: True,
    "risk_cue": _cue("RISK_CUE"),
    "means_disclosed": _cue("MEANS_DISCLOSED"),
    "self_harm_done": _cue("SELF_HARM_DONE"),
    "imminent_risk": _cue("IMMINENT_RISK"),
    "boundary_request": _cue("BOUNDARY_REQUEST"),
    "skill_resistance": _cue("SKILL_RESISTANCE"),
    "skill_suggested": lambda call: "SKILL_SUGGEST" in call.codes_used,
    "no_risk_cue": lambda call: "RISK_CUE" not in call.cues_seen,
    "rule_24h_on": lambda call: call.policy.twenty_four_hour_rule == "on",
}


def not_applicable(criterion: Criterion, call: CodedCall) -> str | None:
    """None when the criterion applies; else the reason it does not."""
    for condition in criterion.applies_when:
        if not CONDITIONS[condition](call):
            return f"Not applicable: {ph.CONDITION.get(condition, condition)}."
    return None
