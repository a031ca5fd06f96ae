"""One evaluator per check kind (`coachsim.content.models.Check`), looked up by `kind`.

Each evaluator is a small object with `evaluate(criterion, call) -> CriterionScore`, `due(...)`
(is a shortfall already a real miss at this point of a call in progress?) and `wanted(...)`
(the codes whose absence is the miss, used to pick a model line). Importing this package
registers the built-in kinds; a new kind is one new module plus its `@register`.
"""

from __future__ import annotations

from coachsim.scoring.checks import absent, after_cue, before, call_length, codes_present
from coachsim.scoring.checks.base import REGISTRY, Evaluator, get_evaluator, register

__all__ = [
    "REGISTRY",
    "Evaluator",
    "absent",
    "after_cue",
    "before",
    "call_length",
    "codes_present",
    "get_evaluator",
    "register",
]
