"""From transcripts to `CodedCall`s: behaviour codes for coach turns, cues for client turns.

Cues are the union of the engine's `meta.cues` (facts disclosed at that turn), exact matches
of the scenario's disclosure and pressure lines, and the detector's cues. Coach codes come
from the detector; a turn's `meta.codes` is used only with `trust_meta_codes=True` (the engine
passes it; files a coach wrote are never trusted). Detection runs in one batch over many
transcripts, each distinct line once.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coachsim.codes import CODES, CUES
from coachsim.content.models import Policy, Scenario
from coachsim.scoring.coded import CodedCall, CodedTurn, expand_cues
from coachsim.transcript import Transcript

CodesMany = Callable[[Sequence[tuple[str, str | None]]], list[set[str]]]  # (coach, client)
CuesMany = Callable[[Sequence[str]], list[set[str]]]


@dataclass(frozen=True)
class Coder:
    """Batch detection: codes for (coach, previous client) pairs, cues for client texts."""

    codes_many: CodesMany
    cues_many: CuesMany


CACHE_SIZE = 50_000


class _Memo:
    """A bounded memo of detector answers, so practice mode (the whole call re-coded every
    turn) and batches of scripted calls detect each distinct line once per process."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size, self.data = size, {}

    def run(self, keys: Sequence, compute: Callable[[list], list[set[str]]]) -> list[set[str]]:
        todo = [k for k in dict.fromkeys(keys) if k not in self.data]
        if todo:
            if len(self.data) + len(todo) > self.size:
                self.data.clear()
            self.data.update(zip(todo, map(frozenset, compute(todo)), strict=True))
        return [set(self.data[k]) for k in keys]


@functools.cache
def default_coder() -> Coder:
    """The project's detector (`coachsim.detect`), through its batch form when it has one,
    memoised per process."""
    import coachsim.detect as detect

    detector = detect.get_detector() if hasattr(detect, "get_detector") else None
    batch = getattr(detector, "detect_many", None)
    cue_batch = getattr(detector, "detect_cues_many", None)
    codes_memo, cues_memo = _Memo(), _Memo()

    def detect_codes(pairs: list[tuple[str, str | None]]) -> list[set[str]]:
        if batch is not None:
            return [set(c) for c in batch([(client, coach) for coach, client in pairs])]
        return [set(detect.detect_codes(coach, client)) for coach, client in pairs]

    def detect_cues(texts: list[str]) -> list[set[str]]:
        if cue_batch is not None:
            return [set(c) for c in cue_batch(texts)]
        return [set(detect.detect_cues(text)) for text in texts]

    return Coder(
        lambda pairs: codes_memo.run(pairs, detect_codes),
        lambda texts: cues_memo.run(texts, detect_cues),
    )


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _scenario_cues(scenario: Scenario) -> dict[str, frozenset[str]]:
    """Client lines the scenario scripts with known cues: disclosures and boundary pressures."""
    out: dict[str, set[str]] = {}
    for fact in scenario.hidden_facts:
        for line in fact.lines:
            if fact.cues and "{" not in line:
                out.setdefault(_norm(line), set()).update(fact.cues)
    for pressure in scenario.boundary_pressures:
        for line in pressure.lines:
            if "{" not in line and pressure.effective_cues():
                out.setdefault(_norm(line), set()).update(pressure.effective_cues())
    return {k: frozenset(v) for k, v in out.items()}


def _meta_labels(meta: dict, key: str, known: tuple[str, ...]) -> set[str] | None:
    value = meta.get(key)
    if not isinstance(value, list | tuple | set):
        return None
    return {v for v in value if isinstance(v, str) and v in known}


def _meta_cues(meta: dict, scenario: Scenario | None) -> set[str]:
    """The engine's cues for a client turn (facts disclosed, pressures made)."""
    return _meta_labels(meta, "cues", CUES) or set()


def policy_of(transcript: Transcript, scenario: Scenario | None) -> Policy:
    if transcript.policy is not None:
        return transcript.policy
    return scenario.policy if scenario is not None else Policy()


def code_transcripts(
    items: Sequence[tuple[Transcript, Scenario | None]],
    *,
    trust_meta_codes: bool = False,
    coder: Coder | None = None,
) -> list[CodedCall]:
    """Code many transcripts with one detector batch (each distinct line detected once)."""
    pair_ids: dict[tuple[str, str | None], int] = {}
    text_ids: dict[str, int] = {}
    plans = []
    for transcript, _ in items:
        plan = []
        last_client: str | None = None
        for turn in transcript.turns:
            if turn.speaker == "client":
                text_ids.setdefault(turn.text, len(text_ids))
                plan.append(("client", turn.text))
                last_client = turn.text
            else:
                trusted = _meta_labels(turn.meta, "codes", CODES) if trust_meta_codes else None
                if trusted is None:
                    key = (turn.text, last_client)
                    pair_ids.setdefault(key, len(pair_ids))
                    plan.append(("coach", key))
                else:
                    plan.append(("known", frozenset(trusted)))
        plans.append(plan)

    coder = coder or (default_coder() if pair_ids or text_ids else None)
    pair_codes = coder.codes_many(list(pair_ids)) if pair_ids and coder else []
    text_cues = coder.cues_many(list(text_ids)) if text_ids and coder else []

    calls = []
    by_scenario: dict[int, dict[str, frozenset[str]]] = {}
    for (transcript, scenario), plan in zip(items, plans, strict=True):
        known_cues: dict[str, frozenset[str]] = {}
        if scenario is not None:
            if id(scenario) not in by_scenario:
                by_scenario[id(scenario)] = _scenario_cues(scenario)
            known_cues = by_scenario[id(scenario)]
        turns = []
        for i, ((kind, key), turn) in enumerate(zip(plan, transcript.turns, strict=True)):
            if kind == "client":
                cues = set(text_cues[text_ids[key]])
                cues |= _meta_cues(turn.meta, scenario)
                cues |= known_cues.get(_norm(turn.text), frozenset())
                turns.append(CodedTurn(i, "client", cues=expand_cues(cues), text=turn.text))
            else:
                codes = key if kind == "known" else frozenset(pair_codes[pair_ids[key]])
                turns.append(CodedTurn(i, "coach", codes=frozenset(codes), text=turn.text))
        calls.append(CodedCall(tuple(turns), policy_of(transcript, scenario)))
    return calls


def code_transcript(
    transcript: Transcript,
    scenario: Scenario | None = None,
    *,
    trust_meta_codes: bool = False,
    coder: Coder | None = None,
) -> CodedCall:
    return code_transcripts(
        [(transcript, scenario)], trust_meta_codes=trust_meta_codes, coder=coder
    )[0]
