"""A call: client state, disclosed facts, boundary pressures, end conditions, and the turn log."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from coachsim.codes import STATE_VARS
from coachsim.content.models import (
    BoundaryPressure,
    ClientState,
    Condition,
    HiddenFact,
    Scenario,
)
from coachsim.engine.clients import ClientVoice, ScriptedClient
from coachsim.transcript import Transcript, Turn

Detect = Callable[[str, str | None], set[str]]
OnText = Callable[[str], None]  # receives the reply so far while it streams

HURT_CODES = {"INVALIDATE", "LECTURE", "BURDEN_SIGNAL", "THREATEN"}
ASK_CODES = {"RISK_QUESTION", "LEADING_RISK_QUESTION", "MEANS_QUESTION", "MEDICAL_CHECK"}
SKILL_CODES = {"SKILL_SUGGEST", "SKILL_STEPS", "TROUBLESHOOT"}


def _default_detect(coach: str, client: str | None) -> set[str]:
    from coachsim.detect import detect_codes

    return detect_codes(coach, client)


@dataclass
class Beat:
    """What the engine decided the client says next, before anyone words it."""

    intent: str  # an Intent, or "disclose", "pressure", "end"
    line: str  # the scripted wording
    state: ClientState
    fact: HiddenFact | None = None
    pressure: BoundaryPressure | None = None
    end: str | None = None  # the end condition's kind when this beat ends the call


@dataclass
class StepResult:
    coach: Turn
    client: Turn
    codes: set[str]
    ended: str | None


@dataclass
class Session:
    """One call. `coach_turn` is the only way the call moves forward."""

    scenario: Scenario
    seed: int = 0
    client: ClientVoice = field(default_factory=ScriptedClient)
    detect: Detect = _default_detect
    state: ClientState = field(init=False)
    turns: list[Turn] = field(init=False)
    disclosed: list[str] = field(init=False, default_factory=list)
    pressures_made: list[str] = field(init=False, default_factory=list)
    codes_used: set[str] = field(init=False, default_factory=set)
    ended: str | None = field(init=False, default=None)
    pending: Beat | None = field(init=False, default=None)
    _used_lines: set[str] = field(init=False, default_factory=set)
    _rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.state = self.scenario.initial_state
        self._rng = random.Random(f"{self.seed}:{self.scenario.id}")
        self.turns = [
            Turn(
                speaker="client",
                text=self.scenario.opening_line,
                meta={
                    "state": self.state.model_dump(),
                    "intent": "opening",
                    "cues": list(self.scenario.opening_cues),
                },
            )
        ]

    # ------------------------------------------------------------ public

    @property
    def coach_turns(self) -> int:
        return sum(t.speaker == "coach" for t in self.turns)

    @property
    def last_client_text(self) -> str | None:
        return next((t.text for t in reversed(self.turns) if t.speaker == "client"), None)

    def transcript(self, title: str | None = None) -> Transcript:
        return Transcript(
            title=title or self.scenario.title,
            scenario=self.scenario.id,
            policy=self.scenario.policy,
            turns=list(self.turns),
        )

    def coach_turn(
        self,
        text: str,
        codes: Iterable[str] | None = None,
        client_text: str | None = None,
        on_text: OnText | None = None,
    ) -> StepResult:
        """Take the coach's line, move the client, and answer (`begin_turn` + `finish_turn`)."""
        beat = self.begin_turn(text, codes)
        return self.finish_turn(beat, client_text, on_text)

    def begin_turn(self, text: str, codes: Iterable[str] | None = None) -> Beat:
        """Log the coach's line and decide what the client says next (not yet worded).

        The caller can store the coach turn before the client is voiced, so a reload while an
        LLM is still answering loses nothing. `codes` skips detection (replaying a stored call).
        """
        if self.ended:
            raise RuntimeError(f"the call has ended ({self.ended})")
        if self.pending is not None:
            raise RuntimeError("the client has not answered the last coach turn yet")
        text = text.strip()
        if not text:
            raise ValueError("the coach line is empty")
        found = set(codes) if codes is not None else self.detect(text, self.last_client_text)
        self.turns.append(Turn(speaker="coach", text=text, meta={"codes": sorted(found)}))
        self.codes_used |= found
        self._react(found)
        self.pending = self._next_beat(found)
        return self.pending

    def finish_turn(
        self, beat: Beat, client_text: str | None = None, on_text: OnText | None = None
    ) -> StepResult:
        """Word the client's answer (or take the stored one, `client_text`) and log it."""
        if self.pending is None or beat is not self.pending:
            raise RuntimeError("finish_turn needs the beat of the last begin_turn")
        client = self._say(beat, client_text, on_text)
        self.turns.append(client)
        self.pending = None
        self.ended = beat.end
        coach = self.turns[-2]
        return StepResult(
            coach=coach, client=client, codes=set(coach.meta["codes"]), ended=self.ended
        )

    def end_call(self) -> None:
        """The coach ends the call."""
        self.ended = self.ended or "coach_ended"

    @classmethod
    def replay(
        cls,
        scenario: Scenario,
        turns: list[Turn],
        *,
        seed: int = 0,
        client: ClientVoice | None = None,
        detect: Detect = _default_detect,
    ) -> Session:
        """Rebuild a call from its stored turns (reload, restart, or redo from a turn).

        A last coach turn with no answer yet (the reply was cut off) is begun again, so
        `session.pending` holds the beat the caller still has to finish.
        """
        session = cls(scenario, seed=seed, client=client or ScriptedClient(), detect=detect)
        stored = turns[1:] if turns and turns[0].speaker == "client" else turns
        if len(stored) % 2 == 1:
            last = stored[-1]
            stored = stored[:-1]
        else:
            last = None
        for i in range(0, len(stored) - 1, 2):
            coach, reply = stored[i], stored[i + 1]
            if coach.speaker != "coach" or reply.speaker != "client":
                raise ValueError(f"turn {i + 1}: expected a coach turn then a client turn")
            codes = coach.meta.get("codes")
            result = session.coach_turn(coach.text, codes=codes, client_text=reply.text)
            result.client.meta.update({k: v for k, v in reply.meta.items() if k == "fallback"})
        if last is not None:
            if last.speaker != "coach":
                raise ValueError("expected the unanswered last turn to be the coach's")
            session.begin_turn(last.text, codes=last.meta.get("codes"))
        return session

    # ------------------------------------------------------------ the client's side

    def _react(self, codes: set[str]) -> None:
        values = self.state.model_dump()
        for reaction in self.scenario.reactions:
            if codes & set(reaction.codes):
                for var, delta in reaction.effects.items():
                    values[var] = min(10, max(0, values[var] + delta))
        self.state = ClientState(**values)

    def _holds(self, cond: Condition, codes: set[str]) -> bool:
        s = self.state
        checks = [
            not cond.any_codes or bool(codes & set(cond.any_codes)),
            not cond.ever_codes or bool(self.codes_used & set(cond.ever_codes)),
            cond.min_trust is None or s.trust >= cond.min_trust,
            cond.max_trust is None or s.trust <= cond.max_trust,
            cond.min_willingness is None or s.willingness >= cond.min_willingness,
            cond.max_willingness is None or s.willingness <= cond.max_willingness,
            cond.min_distress is None or s.distress >= cond.min_distress,
            cond.max_distress is None or s.distress <= cond.max_distress,
            cond.after_turn is None or self.coach_turns >= cond.after_turn,
            all(f in self.disclosed for f in cond.facts),
        ]
        return all(checks)

    def _next_beat(self, codes: set[str]) -> Beat:
        sc = self.scenario
        for fact in sc.hidden_facts:
            if fact.id not in self.disclosed and self._holds(fact.disclose_when, codes):
                self.disclosed.append(fact.id)
                return Beat("disclose", self._pick(fact.lines), self.state, fact=fact)
        for pressure in sc.boundary_pressures:
            if pressure.id not in self.pressures_made and self._holds(pressure.when, codes):
                self.pressures_made.append(pressure.id)
                return Beat("pressure", self._pick(pressure.lines), self.state, pressure=pressure)
        for end in sc.end_conditions:
            if self._holds(end.when, codes):
                return Beat("end", self._pick(end.lines), self.state, end=end.kind)
        intent = self._intent(codes)
        return Beat(intent, self._pick(self._pool(intent)), self.state)

    def _intent(self, codes: set[str]) -> str:
        willing = self.state.willingness
        if codes & HURT_CODES:
            return "hurt"
        if codes & ASK_CODES:
            return "deny_risk"
        if "ASSESS_INTENSITY" in codes:
            return "answer_intensity"
        if "ELICIT_TRIED" in codes:
            return "answer_tried"
        if "COMMITMENT" in codes and willing >= 6:
            return "agree_plan"
        if codes & (SKILL_CODES | {"COMMITMENT"}):
            return "try_skill" if willing >= 5 else "resist_skill"
        return "vent"

    def _pool(self, intent: str) -> list[str]:
        d = self.state.distress
        pools = [p for p in self.scenario.lines if p.intent == intent]
        in_band = [p for p in pools if p.min_distress <= d <= p.max_distress]
        chosen = in_band or pools
        if not chosen and intent != "vent":
            return self._pool("vent")
        if not chosen:  # validation guarantees a vent pool; keep the call alive regardless
            return [line for p in self.scenario.lines for line in p.lines]
        return [line for p in chosen for line in p.lines]

    def _pick(self, lines: list[str]) -> str:
        fresh = [line for line in lines if line not in self._used_lines]
        line = self._rng.choice(fresh or lines)
        self._used_lines.add(line)
        values = {var: getattr(self.state, var) for var in STATE_VARS}
        return line.format(name=self.scenario.persona.name, **values)

    def _say(self, beat: Beat, stored_text: str | None, on_text: OnText | None) -> Turn:
        meta: dict = {"state": beat.state.model_dump(), "intent": beat.intent}
        if beat.fact:
            meta["disclosed"] = beat.fact.id
            meta["cues"] = list(beat.fact.cues)
        if beat.pressure:
            meta["pressure"] = beat.pressure.id
            meta["cues"] = beat.pressure.effective_cues()
        if beat.end:
            meta["ended"] = beat.end
        if stored_text is not None:
            return Turn(speaker="client", text=stored_text, meta=meta)
        voiced = self.client.voice(beat, self.scenario, self.turns, on_text)
        if voiced.fallback:
            meta["fallback"] = True
        meta.update(voiced.meta)
        return Turn(speaker="client", text=voiced.text, meta=meta)
