"""What a scenario and a rubric are. Every external input is parsed through these models."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from coachsim.codes import Code, Cue, Gate, StateVar

Level = Annotated[int, Field(ge=0, le=10)]
Text = Annotated[str, Field(min_length=1)]
Lines = Annotated[list[Text], Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- scenario


class Policy(Strict):
    """Site policy: crisis numbers and rules are configurable per program."""

    twenty_four_hour_rule: Literal["on", "off", "adolescent_off"] = "off"
    call_length_minutes: Annotated[int, Field(ge=1, le=60)] = 10
    max_coach_turns: Annotated[int, Field(ge=2, le=60)] = 20
    crisis_line: Text = "988"
    emergency_number: Text = "911"
    intoxicated_call_policy: Literal["safety_only", "coach_simple_skills"] = "coach_simple_skills"


class ClientState(Strict):
    distress: Level
    urge_selfharm: Level = 0
    urge_suicide: Level = 0
    trust: Level = 5
    willingness: Level = 5


class Persona(Strict):
    name: Text
    age: Annotated[int, Field(ge=12, le=100)]
    background: Text
    breakdown_point: Level = 8


class Condition(Strict):
    """When something may happen. Every given field must hold (an empty condition always holds).

    `any_codes`: the coach's current turn carries at least one of these codes.
    `ever_codes`: the coach has used at least one of these codes at any turn so far.
    `min_*`/`max_*`: bounds on the client state after this turn's reactions.
    `after_turn`: at least this many coach turns so far. `facts`: already disclosed.
    """

    any_codes: list[Code] = []
    ever_codes: list[Code] = []
    min_trust: Level | None = None
    max_trust: Level | None = None
    min_willingness: Level | None = None
    max_willingness: Level | None = None
    min_distress: Level | None = None
    max_distress: Level | None = None
    after_turn: Annotated[int, Field(ge=0)] | None = None
    facts: list[str] = []


class HiddenFact(Strict):
    """Something the client knows but says only when `disclose_when` holds."""

    id: Text
    summary: Text
    disclose_when: Condition
    lines: Lines
    cues: list[Cue] = []
    # Facts that raise the stakes: once disclosed they change what the coach must do.


class Reaction(Strict):
    """How a coach behaviour moves the client's state (applied once per turn per code)."""

    codes: Annotated[list[Code], Field(min_length=1)]
    effects: dict[StateVar, Annotated[int, Field(ge=-5, le=5)]]
    note: str = ""


Intent = Literal[
    "vent",  # default talk about the situation
    "answer_intensity",  # a 0-10 rating; lines may use {distress} {urge_selfharm} {urge_suicide}
    "answer_tried",  # what has been tried
    "deny_risk",  # asked about risk, nothing (more) to disclose now
    "try_skill",  # goes along with the skill, reports doing it
    "resist_skill",  # "that won't work"
    "hurt",  # after invalidation, lecture or a burden signal
    "agree_plan",  # commits to the plan
    "closing",  # the call ends well
    "hangup",  # the client ends the call upset
]
INTENTS: tuple[str, ...] = Intent.__args__  # type: ignore[attr-defined]


class LinePool(Strict):
    """Client lines for one intent, optionally only within a distress band."""

    intent: Intent
    min_distress: Level = 0
    max_distress: Level = 10
    lines: Annotated[list[Text], Field(min_length=2)]


class BoundaryPressure(Strict):
    """A request that tests the coach's limits, made once when `when` first holds."""

    id: Text
    kind: Literal[
        "more_time",
        "stay_all_night",
        "friendship",
        "secrecy",
        "availability",
        "process",
        "problem_solve",
        "early_exit",
        "call_again",
    ]
    when: Condition
    lines: Lines
    good_codes: list[Code] = []  # what a skilled coach does next
    harm_codes: list[Code] = []  # what would be a harm here
    # What the request tells the scorer. Default: BOUNDARY_REQUEST, except for an early exit
    # ("I can let you go"), which calls for a welcome, not a limit.
    cues: list[Cue] | None = None

    def effective_cues(self) -> list[str]:
        if self.cues is not None:
            return list(self.cues)
        return [] if self.kind == "early_exit" else ["BOUNDARY_REQUEST"]


class EndCondition(Strict):
    kind: Literal["commitment", "hangup", "time_budget"]
    when: Condition
    lines: Lines


class CriticalFail(Strict):
    id: Text
    description: Text
    gate: Gate | None = None
    harm_codes: list[Code] = []


class ModelResponse(Strict):
    """A supervisor's line for a key moment, shown as a better alternative in feedback."""

    moment: Text
    when_missing: list[Code] = []  # shown when the coach missed one of these codes
    coach_line: Text
    codes: list[Code] = []


Skill = Literal[
    "STOP",
    "TIP",
    "paced_breathing",
    "ACCEPTS",
    "self_soothe",
    "IMPROVE",
    "pros_and_cons",
    "radical_acceptance",
    "turning_the_mind",
    "willingness",
    "half_smile_willing_hands",
    "check_the_facts",
    "opposite_action",
    "PLEASE",
    "cope_ahead",
    "DEAR_MAN",
    "GIVE",
    "FAST",
    "mindfulness_of_current_emotion",
    "safety_plan",
]


class Scenario(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
    title: Text
    summary: Text
    difficulty: Literal["beginner", "intermediate", "advanced"]
    risk_level: Literal["low", "moderate", "high", "imminent"]
    call_type: Literal[
        "imminent_risk",
        "post_self_harm",
        "crisis_survival",
        "skills_generalisation",
        "relationship_repair",
        "limit_testing",
        "success_call",
    ]
    skill_focus: Annotated[list[Skill], Field(min_length=1)]
    persona: Persona
    situation: Text
    opening_line: Text
    opening_cues: list[Cue] = []  # what the opening line already tells the coach
    policy: Policy = Policy()
    initial_state: ClientState
    hidden_facts: list[HiddenFact] = []
    reactions: list[Reaction] = []
    lines: Annotated[list[LinePool], Field(min_length=1)]
    boundary_pressures: list[BoundaryPressure] = []
    end_conditions: list[EndCondition] = []
    critical_fails: list[CriticalFail] = []
    model_responses: list[ModelResponse] = []
    tags: list[str] = []


# ---------------------------------------------------------------- rubric


class CodesPresent(Strict):
    """Level 2 when `full` of the code groups were used, 1 when at least `partial` were."""

    kind: Literal["codes_present"]
    groups: Annotated[list[Annotated[list[Code], Field(min_length=1)]], Field(min_length=1)]
    full: Annotated[int, Field(ge=1)] | None = None  # default: all groups
    partial: Annotated[int, Field(ge=1)] = 1
    within_turns: Annotated[int, Field(ge=1)] | None = None  # only count the first N coach turns


class Before(Strict):
    """Level 2 when a `first` code comes before the first `then` code; 1 when only after."""

    kind: Literal["before"]
    first: Annotated[list[Code], Field(min_length=1)]
    then: Annotated[list[Code], Field(min_length=1)]


class AfterCue(Strict):
    """Level 2 when a `codes` code follows the cue within `within` coach turns; 1 when later."""

    kind: Literal["after_cue"]
    cue: Cue
    codes: Annotated[list[Code], Field(min_length=1)]
    within: Annotated[int, Field(ge=1)] = 2
    weak_codes: list[Code] = []  # these count only as level 1 (e.g. a leading risk question)


class Absent(Strict):
    """Level 2 when none of `codes` appear; 1 when at most `tolerate` do; else 0."""

    kind: Literal["absent"]
    codes: Annotated[list[Code], Field(min_length=1)]
    tolerate: Annotated[int, Field(ge=0)] = 0


class CallLength(Strict):
    """Level 2 within the policy's max coach turns; 1 within `slack` more; else 0."""

    kind: Literal["call_length"]
    slack: Annotated[int, Field(ge=0)] = 5


Check = Annotated[
    CodesPresent | Before | AfterCue | Absent | CallLength, Field(discriminator="kind")
]

Applicability = Literal[
    "always",
    "risk_cue",
    "means_disclosed",
    "self_harm_done",
    "imminent_risk",
    "boundary_request",
    "skill_resistance",
    "skill_suggested",  # the coach proposed a skill at some point
    "no_risk_cue",
    "rule_24h_on",
]


class Examples(Strict):
    good: Annotated[list[Text], Field(min_length=3)]
    bad: Annotated[list[Text], Field(min_length=3)]


class Criterion(Strict):
    id: Annotated[str, Field(pattern=r"^[A-Z]{2,3}[0-9]{1,2}$")]
    name: Text
    description: Text
    weight: Annotated[int, Field(ge=1, le=3)]
    anchors: Annotated[list[Text], Field(min_length=3, max_length=3)]  # levels 0, 1, 2
    applies_when: Annotated[list[Applicability], Field(min_length=1)] = ["always"]
    check: Check
    gate: Gate | None = None  # fails the call when applicable and scored 0
    harm_codes: list[Code] = []  # reported as harm flags when detected
    tip: Text  # what to do instead, shown in practice mode when this is missed
    examples: Examples


class Rubric(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    name: Text
    description: Text
    version: Annotated[int, Field(ge=1)] = 1
    criteria: Annotated[list[Criterion], Field(min_length=1)]
