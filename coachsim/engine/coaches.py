"""Built-in test coaches: scripted coach policies that play any scenario.

They exercise scenarios (supervisor dry runs) and the scorer: the skilled coach should beat every
other policy, and each flawed coach shows one classic trainee error (domain brief §6.5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from coachsim.engine.session import Session

SKILL_LINES: dict[str, tuple[str, str]] = {
    # skill -> (proposal naming the skill, concrete steps for now)
    "TIP": (
        "Let's use TIP to bring your body down first, starting with cold water.",
        "Go to the sink, splash cold water on your face for about thirty seconds, "
        "then breathe out slowly and tell me what number you're at.",
    ),
    "paced_breathing": (
        "Let's try paced breathing together right now.",
        "Breathe in for four, and out slowly for six. Let's do five of those together, "
        "I'll count with you.",
    ),
    "STOP": (
        "Let's use the STOP skill before you act on anything.",
        "First, stop and don't send or do anything for now. Take a step back, take three slow "
        "breaths, and tell me what you notice in your body.",
    ),
    "self_soothe": (
        "How about self-soothe with your five senses for the next while?",
        "Step one: wrap yourself in the blanket. Step two: put on the music you like. Step "
        "three: notice the warmth of a hot drink in your hands, slowly.",
    ),
    "ACCEPTS": (
        "I'd suggest distracting with ACCEPTS to get through tonight.",
        "Right now, pick one activity for the next half hour, like the show you mentioned: "
        "put it on, sit down with it, and put the phone in the other room while it runs.",
    ),
    "pros_and_cons": (
        "Let's do a quick pros and cons of acting on the urge versus riding it out.",
        "Take a piece of paper and write two columns: first, what acting on it tonight would "
        "give you; second, what it would cost you tomorrow. Start with the first column now.",
    ),
    "check_the_facts": (
        "Let's try check the facts on that thought.",
        "What's the fact, and what's the story your mind is adding? Say the fact out loud first.",
    ),
    "opposite_action": (
        "This might be a moment for opposite action.",
        "The urge is to hide, so do the opposite: pick up your phone right now and send one "
        "text to a person you trust, and keep your shoulders back and your voice steady.",
    ),
    "cope_ahead": (
        "Let's do a quick cope ahead for dinner.",
        "Picture the moment he starts, say your one line, and then step outside for three "
        "breaths. Let's rehearse the line now.",
    ),
    "DEAR_MAN": (
        "Let's use DEAR MAN to plan what you'll say.",
        "Step one: describe the situation in one sentence. Step two: say how you feel. Step "
        "three: ask for one thing. Say the first sentence out loud to me now.",
    ),
}
DEFAULT_SKILL = "paced_breathing"


@dataclass
class CallView:
    """What a coach can know: the words so far, and what the client has disclosed."""

    session: Session
    said: list[str] = field(default_factory=list)
    intended: set[str] = field(default_factory=set)  # codes the coach meant to use so far

    def client_cues(self, last_only: bool = False) -> set[str]:
        from coachsim.detect import detect_cues

        clients = [t for t in self.session.turns if t.speaker == "client"]
        chosen = clients[-1:] if last_only else clients
        cues: set[str] = set()
        for turn in chosen:
            cues |= set(turn.meta.get("cues", [])) | detect_cues(turn.text)
        return cues

    def last_pressure_kind(self) -> str | None:
        last = self.session.turns[-1]
        pressure_id = last.meta.get("pressure")
        kinds = {p.id: p.kind for p in self.session.scenario.boundary_pressures}
        return kinds.get(pressure_id)

    def used(self, code: str) -> bool:
        """Whether the coach already did this (as detected, or as it meant to)."""
        return code in self.session.codes_used or code in self.intended

    def will(self, line: str, *codes: str) -> str:
        self.intended.update(codes)
        return line


class CoachPolicy(Protocol):
    name: str
    description: str

    def next_line(self, view: CallView) -> str | None:
        """The coach's next line, or None to end the call."""


def _rotate(lines: list[str], view: CallView) -> str:
    return lines[len(view.said) % len(lines)]


class SkilledCoach:
    name = "skilled"
    description = "Welcomes, validates, assesses, asks about risk directly, coaches one skill."

    def next_line(self, view: CallView) -> str | None:  # noqa: C901 - a readable priority list
        s, will = view.session, view.will
        cues, last = view.client_cues(), view.client_cues(last_only=True)
        if not view.said:
            if "BOUNDARY_REQUEST" in last:
                return will(
                    "Thank you for calling, I'm glad you reached out. I can hear how much that "
                    "would mean to you. I'm not able to be a friend outside our work, and I'm "
                    "glad to help with what's going on for you tonight.",
                    "WELCOME_CALL",
                    "VALIDATE",
                    "LIMIT",
                )
            return will(
                "Thank you for calling, I'm really glad you reached out. It makes sense that "
                "you're hurting after today. Let's take about ten minutes and find one skill "
                "for right now.",
                "WELCOME_CALL",
                "VALIDATE",
                "FRAME_TIME",
            )
        if "IMMINENT_RISK" in cues and not view.used("ESCALATE"):
            return will(
                "I'm really worried about your life tonight, so I'm going to get you more help "
                "than I can give on the phone. I'm calling emergency services to come to you, "
                "and I'll stay on the line with you until they arrive.",
                "ESCALATE",
            )
        if "SELF_HARM_DONE" in cues and not view.used("MEDICAL_CHECK"):
            return will(
                "Before anything else I need to check on your body. How bad is the injury, is "
                "it still bleeding, and did you take anything tonight?",
                "MEDICAL_CHECK",
            )
        if "MEANS_DISCLOSED" in cues and not view.used("MEANS_QUESTION"):
            return will(
                "Thank you for telling me that. Where are they right now, and have you thought "
                "about when you might use them?",
                "MEANS_QUESTION",
            )
        if "MEANS_DISCLOSED" in cues and not view.used("MEANS_SAFETY"):
            return will(
                "Would you be willing to put some distance between you and them right now, "
                "like handing them to someone you trust or locking them in the car while we talk?",
                "MEANS_SAFETY",
            )
        kind = view.last_pressure_kind()
        if kind == "early_exit":
            return will(
                "Please don't apologise. I'm really glad you called, this is exactly what "
                "coaching is for, and I have time for you right now.",
                "WELCOME_CALL",
            )
        if kind or "BOUNDARY_REQUEST" in last:
            return will(
                "I can hear how much you want that, and it makes sense. I'm not able to do that. "
                "What I can do is help you plan the next hour, and we can talk about it more in "
                "our next session.",
                "VALIDATE",
                "LIMIT",
            )
        if not view.used("ASSESS_INTENSITY"):
            return will(
                "On a scale of 0 to 10, how strong is the feeling right now, and any urges?",
                "ASSESS_INTENSITY",
            )
        if not view.used("RISK_QUESTION"):
            return will(
                "I want to ask you directly, as I always do: are you having any thoughts of "
                "suicide or of hurting yourself right now?",
                "RISK_QUESTION",
            )
        if "RISK_CUE" in cues and not view.used("MEANS_QUESTION"):
            return will(
                "Thank you for being honest with me. Do you have anything at home you've "
                "thought about using, and have you thought about when?",
                "MEANS_QUESTION",
            )
        if "SKILL_RESISTANCE" in last and not view.used("TROUBLESHOOT"):
            return will(
                "That's fair, you're not sure it will help. Would you be willing to try it for "
                "just two minutes, and then we'll decide together?",
                "VALIDATE",
                "TROUBLESHOOT",
            )
        if not view.used("ELICIT_TRIED"):
            return will(
                "What have you already tried today, and did anything help even a little?",
                "ELICIT_TRIED",
            )
        skill = next((k for k in s.scenario.skill_focus if k in SKILL_LINES), DEFAULT_SKILL)
        suggest, steps = SKILL_LINES[skill]
        if not view.used("SKILL_SUGGEST"):
            return will(suggest, "SKILL_SUGGEST")
        if not view.used("SKILL_STEPS"):
            return will(steps, "SKILL_STEPS")
        if cues & {"RISK_CUE", "MEANS_DISCLOSED", "SELF_HARM_DONE"} and not view.used(
            "SAFETY_PLAN"
        ):
            return will(
                "Let's look at your safety plan together: who is one person you can call after "
                "this, and you have the crisis line number if it gets worse tonight.",
                "SAFETY_PLAN",
            )
        plans = sum(line.startswith("So what's your plan") for line in view.said)
        if plans < 2:
            return will(
                "So what's your plan for the next hour, step by step, and what will you do if "
                "the urge goes up again?",
                "COMMITMENT",
            )
        return None


class ValidationOnlyCoach:
    name = "validation_only"
    description = "Warm and validating, never moves to skills, risk or a plan."

    LINES = [
        "That sounds so painful, I'm really sorry you're going through this.",
        "It makes complete sense that you feel this way after what happened.",
        "Anyone in your position would be upset right now.",
        "I can hear how hard this is for you.",
        "Your feelings are completely understandable.",
    ]

    def next_line(self, view: CallView) -> str | None:
        return _rotate(self.LINES, view) if len(view.said) < 12 else None


class AdviceGiverCoach:
    name = "advice_giver"
    description = "Solves the life problem for the caller, reassures and lectures."

    LINES = [
        "Okay, here's what you should do: write down three things you'll do tomorrow and "
        "I'll tell you which one to start with.",
        "Don't worry, everything is going to be fine, I promise.",
        "You know that drinking and staying up late only make this worse, you really need "
        "to take better care of yourself.",
        "Why don't you just call them tomorrow and tell them exactly how you feel? I'll write "
        "the message for you.",
        "You'll feel totally different in the morning, these things always work out.",
        "Honestly, you need to stop thinking about it and get some sleep.",
    ]

    def next_line(self, view: CallView) -> str | None:
        return _rotate(self.LINES, view) if len(view.said) < 10 else None


class BoundaryCaverCoach:
    name = "boundary_caver"
    description = "Caring and asks about risk, but promises to stay on all night and be there 24/7."

    LINES = [
        "I'm so glad you called. I'm not going anywhere, I'll stay on the phone all night if "
        "that's what you need.",
        "Are you having any thoughts of suicide or of hurting yourself right now?",
        "It makes sense you feel this way. You can call me any time, day or night, I'll always "
        "pick up.",
        "Take all the time you need, we can talk for as long as you want tonight.",
        "Of course I'll be there for you whenever you need me, 24/7.",
        "I hear you, that's really hard.",
    ]

    def next_line(self, view: CallView) -> str | None:
        return _rotate(self.LINES, view) if len(view.said) < 10 else None


class RiskMisserCoach:
    name = "risk_misser"
    description = "Coaches skills competently but never asks about suicide, means or injury."

    LINES = [
        "Thanks for calling. That sounds really hard, it makes sense you're upset.",
        "On a scale of 0 to 10, how strong is the feeling right now?",
        "What have you already tried today?",
        "Let's try paced breathing together right now.",
        "Breathe in for four, and out slowly for six. Let's do five of those together.",
        "Okay, so what's your plan for the rest of the evening?",
        "That sounds like a good plan. Let's go with that.",
    ]

    def next_line(self, view: CallView) -> str | None:
        return _rotate(self.LINES, view) if len(view.said) < len(self.LINES) else None


COACHES: dict[str, Callable[[], CoachPolicy]] = {
    c.name: c
    for c in (
        SkilledCoach,
        ValidationOnlyCoach,
        AdviceGiverCoach,
        BoundaryCaverCoach,
        RiskMisserCoach,
    )
}


def play_policy(session: Session, policy: CoachPolicy, max_turns: int | None = None) -> Session:
    """Let a test coach take the whole call."""
    view = CallView(session)
    limit = max_turns or session.scenario.policy.max_coach_turns + 2
    while not session.ended and session.coach_turns < limit:
        line = policy.next_line(view)
        if line is None:
            session.end_call()
            break
        view.said.append(line)
        session.coach_turn(line)
    return session
