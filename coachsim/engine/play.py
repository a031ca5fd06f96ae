"""`python -m coachsim play`: a call in the terminal, or unattended with --coach-file."""

from __future__ import annotations

import sys
from pathlib import Path

from coachsim.content.catalog import ScenarioNotFound, find_scenario
from coachsim.engine.session import Session
from coachsim.transcript import dump_transcript


def make_client(kind: str):
    if kind == "llm":
        from coachsim.llm.client import client_from_env

        return client_from_env()
    from coachsim.engine.clients import ScriptedClient

    return ScriptedClient()


def run_play(
    scenario_ref: str, coach_file: Path | None, client: str, seed: int, out: Path | None
) -> int:
    try:
        scenario = find_scenario(scenario_ref)
    except ScenarioNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    session = Session(scenario, seed=seed, client=make_client(client))
    if coach_file is not None:
        lines = [s.strip() for s in coach_file.read_text(encoding="utf-8").splitlines()]
        for line in filter(None, lines):
            if session.ended:
                break
            session.coach_turn(line)
    else:
        _interactive(session)
    text = dump_transcript(session.transcript(), out)
    if out is None:
        sys.stdout.write(text)
    else:
        print(f"transcript written to {out}", file=sys.stderr)
    return 0


def _interactive(session: Session) -> None:
    sc = session.scenario
    print(f"{sc.title}\n{sc.situation}\n(type your line; an empty line or Ctrl-D ends the call)\n")
    print(f"{sc.persona.name}: {session.turns[0].text}")
    while not session.ended:
        try:
            line = input("you: ").strip()
        except EOFError:
            line = ""
        if not line:
            session.end_call()
            break
        result = session.coach_turn(line)
        print(f"{sc.persona.name}: {result.client.text}")
        if result.ended:
            print(f"(call ended: {result.ended})")
