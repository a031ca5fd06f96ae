"""Reply guardrails and the prompt: the client's voice, short, no method details, no leaks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from coachsim.content.models import ClientState, Scenario
from coachsim.engine.session import Beat
from coachsim.llm import guard
from coachsim.llm.client import build_messages
from coachsim.transcript import Turn

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml"))


def scenario(stem: str) -> Scenario:
    return Scenario.model_validate(
        yaml.safe_load((ROOT / "scenarios" / f"{stem}.yaml").read_text())
    )


@pytest.fixture(scope="module")
def ray() -> Scenario:
    return scenario("s07-intoxicated-firearm")


def ctx_for(sc: Scenario, released: set[str], line: str = "") -> guard.GuardContext:
    return guard.GuardContext(sc.persona.name, guard.fact_terms(sc, released, line))


@pytest.mark.parametrize(
    "reply",
    [
        "As an AI language model, I can't feel that.",
        "I'm here to help you through this.",
        "How can I help you tonight?",
        "Have you tried paced breathing?",
        "I would suggest that you call your sister.",
        "You could try the TIP skill, it works fast.",
        "Let's try a grounding exercise together.",
        "I'm sorry, but I can't assist with that.",
        "I'm so glad you called.",
        "Coach: how are you?\nRay: bad.",
        "[Private direction for Ray] okay",
        "<|im_start|>assistant",
    ],
)
def test_not_the_clients_voice(ray: Scenario, reply: str) -> None:
    assert guard.check(reply, ctx_for(ray, set())) is not None


@pytest.mark.parametrize(
    "reply",
    [
        "How many would it take, do you think?",
        "I read that 40 tablets would do it.",
        "I looked up the lethal dose earlier.",
        "I was going to put the gun to my head.",
    ],
)
def test_method_details(ray: Scenario, reply: str) -> None:
    why = guard.check(reply, ctx_for(ray, {"gun", "suicidal_thoughts"}, reply))
    assert why is not None and why.startswith("method details")


def test_hidden_fact_leak_until_released(ray: Scenario) -> None:
    reply = "It's in the nightstand, in the bedroom drawer."
    assert guard.check(reply, ctx_for(ray, set())) == "gave away an undisclosed fact (gun)"
    assert guard.check(reply, ctx_for(ray, {"gun"})) is None
    assert (
        guard.check("Twenty-two years, and it's over. I'm so tired.", ctx_for(ray, set())) is None
    )


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_every_scripted_line_passes_the_guard(path: Path) -> None:
    """The guard must not reject what the engine itself would say at that point."""
    sc = Scenario.model_validate(yaml.safe_load(path.read_text()))
    every_fact = {f.id for f in sc.hidden_facts}
    lines = [(line, set()) for pool in sc.lines for line in pool.lines]
    lines += [(line, set()) for p in sc.boundary_pressures for line in p.lines]
    lines += [(line, set()) for e in sc.end_conditions for line in e.lines]
    lines += [(line, {f.id, *f.disclose_when.facts}) for f in sc.hidden_facts for line in f.lines]
    for line, released in lines:
        text = line.replace("{", "").replace("}", "")
        ctx = ctx_for(sc, released if released else set(), text)
        assert guard.check_final(text, ctx) is None, (line, guard.check_final(text, ctx))
        assert guard.check_final(text, ctx_for(sc, every_fact, text)) is None


def test_garbage_and_empty(ray: Scenario) -> None:
    ctx = ctx_for(ray, set())
    assert guard.check_final("", ctx) == "an empty reply"
    assert guard.check_final("1.1.1.1.1.1.1", ctx) is not None
    assert guard.check_final("no no no no no no", ctx) is not None
    assert (
        guard.check_final("I'm so sorry for your loss. I'm so sorry for your loss.", ctx)
        == "garbage (repeats itself)"
    )
    looping = "I'm not sure if I'm being too harsh, but I'm not sure if I'm being too harsh."
    assert guard.check_final(looping, ctx) == "garbage (repeats itself)"
    assert guard.check_final("Yeah. I guess.", ctx) is None


def test_repeating_an_earlier_reply(ray: Scenario) -> None:
    earlier = "Twenty-two years. Signed away in a room with bad coffee. Twenty-two years."
    ctx = guard.GuardContext("Ray", said_before=(guard.normalise(earlier),))
    assert guard.check(f"Like I said. {earlier}", ctx) == "repeats an earlier reply"


def test_length_is_capped_at_whole_sentences() -> None:
    ctx = guard.GuardContext("Ray", max_chars=60, max_sentences=2)
    text = "One thing. Two things. Three things. Four."
    assert guard.too_long(text, ctx)
    assert guard.trim(text, ctx) == "One thing. Two things."
    assert guard.trim("x" * 100, ctx) is None
    assert guard.trim("Okay. I guess I could", ctx, cut_off=True) == "Okay."  # token limit hit
    assert guard.trim("I guess I could", ctx, cut_off=True) == "I guess I could"
    assert guard.clean('Ray: "Yeah, okay."', "Ray") == "Yeah, okay."


def _beat(sc: Scenario, intent: str, line: str, fact_id: str | None = None) -> Beat:
    fact = next((f for f in sc.hidden_facts if f.id == fact_id), None)
    return Beat(intent, line, ClientState(distress=8), fact=fact)


def test_prompt_discloses_only_the_beats_fact(ray: Scenario) -> None:
    history = [
        Turn(speaker="client", text=ray.opening_line),
        Turn(speaker="coach", text="Are you thinking about killing yourself?"),
    ]
    fact = next(f for f in ray.hidden_facts if f.id == "suicidal_thoughts")
    messages, ctx = build_messages(_beat(ray, "disclose", fact.lines[0], fact.id), ray, history)
    prompt = "\n".join(m["content"] for m in messages)
    assert fact.summary in prompt
    for other in ray.hidden_facts:
        if other.id != fact.id:
            assert other.summary not in prompt
    # the persona's background loses what would give the gun, the attempt and Luis away
    assert "handgun" not in prompt and "Luis" not in prompt and "attempt" not in prompt
    assert messages[0]["role"] == "system" and messages[-1]["role"] == "user"
    assert messages[-1]["content"].startswith("Are you thinking about killing yourself?")
    assert {f.fact_id for f in ctx.hidden} == {f.id for f in ray.hidden_facts} - {fact.id}


def test_prompt_after_the_gun_is_known(ray: Scenario) -> None:
    gun = next(f for f in ray.hidden_facts if f.id == "gun")
    history = [
        Turn(speaker="client", text=ray.opening_line),
        Turn(speaker="coach", text="Do you have a gun?"),
        Turn(speaker="client", text=gun.lines[0], meta={"disclosed": "gun"}),
        Turn(speaker="coach", text="Thank you for telling me."),
    ]
    messages, _ = build_messages(_beat(ray, "vent", "House is real quiet."), ray, history)
    assert "handgun" in messages[0]["content"]
    roles = [m["role"] for m in messages]
    assert roles == ["system", "user", "assistant", "user"]
