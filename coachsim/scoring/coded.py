"""A call as the scorer sees it: per turn, the coach's behaviour codes or the client's cues.

The pure scoring functions take a `CodedCall`, so tests can hand-write the codes; the thin
wrappers in `coachsim.scoring.coding` fill one in from a transcript with the detector.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from coachsim.codes import CODES, CUES
from coachsim.content.models import Policy

Speaker = Literal["client", "coach"]

# A disclosure of means, an act already done or imminent risk is also a risk cue (the
# detector's cue rules apply the same implication; hand-coded and engine cues get it here).
CUE_IMPLIES: dict[str, frozenset[str]] = {
    "MEANS_DISCLOSED": frozenset({"RISK_CUE"}),
    "SELF_HARM_DONE": frozenset({"RISK_CUE"}),
    "IMMINENT_RISK": frozenset({"RISK_CUE"}),
}


def expand_cues(cues: Iterable[str]) -> frozenset[str]:
    out = set(cues)
    for cue in list(out):
        out |= CUE_IMPLIES.get(cue, frozenset())
    return frozenset(out)


@dataclass(frozen=True)
class CodedTurn:
    """One transcript turn. `index` is its position in the transcript (the evidence number)."""

    index: int
    speaker: Speaker
    codes: frozenset[str] = frozenset()  # coach turns: behaviour codes
    cues: frozenset[str] = frozenset()  # client turns: cues (already expanded)
    text: str = ""


@dataclass(frozen=True)
class CodedCall:
    turns: tuple[CodedTurn, ...]
    policy: Policy = field(default_factory=Policy)

    # ------------------------------------------------------------ building

    @classmethod
    def build(
        cls,
        turns: Iterable[tuple[Speaker, Iterable[str]] | tuple[Speaker, Iterable[str], str]],
        policy: Policy | None = None,
    ) -> CodedCall:
        """From `(speaker, codes or cues[, text])` rows, e.g. for tests:

        `CodedCall.build([("client", {"RISK_CUE"}), ("coach", {"RISK_QUESTION"})])`
        """
        out = []
        for i, row in enumerate(turns):
            speaker, labels = row[0], frozenset(row[1])
            text = row[2] if len(row) > 2 else ""  # type: ignore[misc]
            known = CODES if speaker == "coach" else CUES
            unknown = labels - set(known)
            if unknown:
                raise ValueError(f"turn {i} ({speaker}): unknown labels {sorted(unknown)}")
            if speaker == "coach":
                out.append(CodedTurn(i, "coach", codes=labels, text=text))
            else:
                out.append(CodedTurn(i, "client", cues=expand_cues(labels), text=text))
        return cls(tuple(out), policy or Policy())

    def upto(self, index: int) -> CodedCall:
        """The call as it stood after turn `index` (practice-mode feedback)."""
        return CodedCall(tuple(t for t in self.turns if t.index <= index), self.policy)

    # ------------------------------------------------------------ views

    @cached_property
    def coach(self) -> tuple[CodedTurn, ...]:
        return tuple(t for t in self.turns if t.speaker == "coach")

    @cached_property
    def client(self) -> tuple[CodedTurn, ...]:
        return tuple(t for t in self.turns if t.speaker == "client")

    @cached_property
    def cues_seen(self) -> frozenset[str]:
        return frozenset().union(*(t.cues for t in self.client)) if self.client else frozenset()

    @cached_property
    def codes_used(self) -> frozenset[str]:
        return frozenset().union(*(t.codes for t in self.coach)) if self.coach else frozenset()

    def turn(self, index: int) -> CodedTurn | None:
        for t in self.turns:
            if t.index == index:
                return t
        return None

    def cue_turns(self, cue: str) -> list[int]:
        return [t.index for t in self.client if cue in t.cues]

    def coach_turns_with(self, codes: Iterable[str], after: int = -1) -> list[CodedTurn]:
        wanted = set(codes)
        return [t for t in self.coach if t.index > after and t.codes & wanted]

    def first_with(self, codes: Iterable[str], after: int = -1) -> CodedTurn | None:
        found = self.coach_turns_with(codes, after)
        return found[0] if found else None

    def code_counts(self) -> dict[str, int]:
        """Coach turns carrying each code, every code listed (DESIGN §4.3 `codes`)."""
        counts = dict.fromkeys(CODES, 0)
        for t in self.coach:
            for code in t.codes:
                counts[code] += 1
        return counts
