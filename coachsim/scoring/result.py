"""The score of a call. `ScoreResult.to_json()` is exactly DESIGN §4.3 (`score --json`), with
extra keys only after the contract's keys."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from coachsim.codes import Band

Level = Literal[0, 1, 2]


class CriterionScore(BaseModel):
    """One criterion: `level` None means not applicable (never zero)."""

    model_config = ConfigDict(extra="forbid")

    level: Level | None
    evidence: list[int] = Field(default_factory=list)  # transcript turn indexes
    reason: str
    # Where the missed behaviour belonged (a coach turn index); feedback uses it. Not serialised.
    missed_at: int | None = Field(default=None, exclude=True)


class RubricScore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    score: float | None  # 0-100 over applicable criteria; None when none applied
    criteria: dict[str, CriterionScore]


class Metrics(BaseModel):
    """MITI-style summary figures (domain brief §6.4)."""

    model_config = ConfigDict(extra="forbid")

    coach_turns: int
    validations_before_first_change: int
    first_change_turn: int | None  # first SKILL_SUGGEST / SKILL_STEPS / PROBLEM_SOLVE_FOR
    elicit: int  # ELICIT_TRIED + TROUBLESHOOT turns
    tell: int  # SKILL_SUGGEST + PROBLEM_SOLVE_FOR turns
    elicit_tell_ratio: float | None  # None when the coach never told
    turns_to_commitment: int | None  # coach turns up to and including the first COMMITMENT
    non_adherent: int  # non-adherent codes over all coach turns
    validations: int


class ScoreResult(BaseModel):
    # Reading a stored result back tolerates keys added after the contract's (DESIGN §4.3).
    model_config = ConfigDict(extra="ignore")

    # --- DESIGN §4.3, in this order
    file: str
    band: Band
    gates_failed: list[str]
    harm_flags: list[str]  # non-adherent code ids
    rubrics: dict[str, RubricScore]
    codes: dict[str, int]
    # --- extras
    overall: float | None = None  # pooled weighted score over every applicable criterion
    scenario: str | None = None
    metrics: Metrics | None = None
    harm_turns: dict[str, list[int]] = Field(default_factory=dict)
    critical_fails: list[str] = Field(default_factory=list)  # the scenario's, when triggered
    cues: dict[str, list[int]] = Field(default_factory=dict)  # cue -> client turn indexes
    turn_codes: dict[int, list[str]] = Field(default_factory=dict)  # coach turn -> codes

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
