"""The evaluator protocol and the registry by check kind."""

from __future__ import annotations

from typing import ClassVar, Protocol, TypeVar

from coachsim.content.models import Criterion
from coachsim.scoring.coded import CodedCall
from coachsim.scoring.result import CriterionScore


class Evaluator(Protocol):
    kind: ClassVar[str]

    def evaluate(self, criterion: Criterion, call: CodedCall) -> CriterionScore:
        """Level 0/1/2 with evidence and reason; applicability is decided by the caller."""

    def due(self, criterion: Criterion, call: CodedCall, score: CriterionScore) -> bool:
        """For a call in progress: is this shortfall already a real miss (worth a tip now)?"""

    def wanted(self, criterion: Criterion, score: CriterionScore) -> list[str]:
        """The codes whose absence is the miss (to find the scenario's model line)."""


REGISTRY: dict[str, Evaluator] = {}
E = TypeVar("E")


def register(cls: type[E]) -> type[E]:
    REGISTRY[cls.kind] = cls()  # type: ignore[attr-defined]
    return cls


def get_evaluator(kind: str) -> Evaluator:
    try:
        return REGISTRY[kind]
    except KeyError:
        raise KeyError(
            f"no evaluator for check kind '{kind}' (known: {sorted(REGISTRY)})"
        ) from None
