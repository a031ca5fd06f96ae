"""Behaviour of the offline detector on the DESIGN §4.1 conventions and each safety code's hard
negatives (real model, no mocks)."""

from __future__ import annotations

import pytest

from coachsim.codes import CODES
from coachsim.detect import detect_codes, get_detector
from coachsim.detect.rules import apply_conventions, rule_hits

SELF_HARM_DISCLOSED = "I cut my arm about an hour ago."


def codes(coach: str, client: str | None = None) -> set[str]:
    found = detect_codes(coach, client)
    assert found <= set(CODES)
    return found


# ---- conventions from DESIGN §4.1 ------------------------------------------------------------
@pytest.mark.parametrize(
    "coach",
    ["Okay.", "I'm sorry to hear that.", "That sucks.", "Good job.", "Mm-hm, go on.", "Hi Jess."],
)
def test_fillers_carry_no_code(coach):
    assert codes(coach, "He said I was pathetic.") == set()


def test_we_have_ten_minutes_is_frame_time_only():
    found = codes("We have ten minutes, so let's make them count.", "Hey, can we talk?")
    assert "FRAME_TIME" in found
    assert "LIMIT" not in found


def test_i_can_only_do_ten_minutes_is_frame_time_and_limit():
    found = codes("I can only do ten minutes tonight.", "Can we talk for a while?")
    assert {"FRAME_TIME", "LIMIT"} <= found


def test_praise_for_calling_before_acting_is_welcome_and_reinforce():
    found = codes(
        "I'm really glad you called before acting on the urge. That was a skilful move.",
        "I wanted to cut but I called you first.",
    )
    assert {"WELCOME_CALL", "REINFORCE"} <= found


def test_location_and_company_is_neither_means_question_nor_escalate():
    found = codes("Where are you right now, and who's with you?", "I'm out somewhere.")
    assert not found & {"MEANS_QUESTION", "ESCALATE"}


def test_named_skill_is_suggested():
    found = codes("Would you be willing to try paced breathing with me?", "I can't calm down.")
    assert "SKILL_SUGGEST" in found


def test_bare_how_to_is_steps_only():
    found = codes("Breathe in for four, hold for one, and out for six.", "Okay, I'm ready.")
    assert "SKILL_STEPS" in found
    assert "SKILL_SUGGEST" not in found


# ---- RISK_QUESTION / MEDICAL_CHECK / LEADING_RISK_QUESTION ---------------------------------------
def test_plain_suicide_question_is_risk_question():
    found = codes(
        "Are you having thoughts of killing yourself right now?", "I can't do this anymore."
    )
    assert "RISK_QUESTION" in found
    assert "LEADING_RISK_QUESTION" not in found


def test_asking_about_self_harm_before_disclosure_is_risk_question():
    found = codes("Have you hurt yourself tonight?", "Everything is falling apart.")
    assert "RISK_QUESTION" in found
    assert "MEDICAL_CHECK" not in found


def test_asking_about_injury_after_disclosure_is_medical_check():
    found = codes("Is it still bleeding, and how deep is the cut?", SELF_HARM_DISCLOSED)
    assert "MEDICAL_CHECK" in found
    assert "RISK_QUESTION" not in found


def test_asking_about_ingestion_after_disclosure_is_medical_check():
    found = codes("What did you take, how many, and when?", "I took a bunch of my pills.")
    assert "MEDICAL_CHECK" in found
    assert "RISK_QUESTION" not in found
    assert "MEANS_QUESTION" not in found


@pytest.mark.parametrize(
    "coach",
    [
        "You're not going to do anything stupid, right?",
        "Are you safe?",
        "You wouldn't actually hurt yourself, would you?",
        "You're okay though, right?",
    ],
)
def test_vague_or_leading_checks_are_leading_not_risk(coach):
    found = codes(coach, "My partner left me tonight.")
    assert "LEADING_RISK_QUESTION" in found
    assert "RISK_QUESTION" not in found


def test_risk_statement_without_a_question_is_not_a_risk_question():
    found = codes("Suicide is never the answer.", "I want to die.")
    assert "RISK_QUESTION" not in found


# ---- MEANS_QUESTION ---------------------------------------------------------------------------
def test_access_to_means_is_means_question():
    found = codes("Do you have the pills with you right now?", "I've been saving up pills.")
    assert "MEANS_QUESTION" in found


def test_timing_is_means_question():
    found = codes("Have you decided when you would do it?", "I think about ending it a lot.")
    assert "MEANS_QUESTION" in found


def test_plan_for_the_evening_is_not_means_question():
    found = codes("What's your plan for the rest of the evening?", "I feel a bit better now.")
    assert "MEANS_QUESTION" not in found


def test_moving_means_away_is_means_safety_not_question():
    found = codes(
        "Could you put the pills in the car while we keep talking?", "The pills are in my drawer."
    )
    assert "MEANS_SAFETY" in found
    assert "MEANS_QUESTION" not in found


# ---- SECRECY ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "coach",
    [
        "I can't promise to keep that to myself.",
        "I won't keep this secret from your therapist, and I'll tell you before I share it.",
        "What you tell me stays private unless I'm worried about your safety.",
    ],
)
def test_honest_refusal_of_confidentiality_is_limit_not_secrecy(coach):
    found = codes(coach, "Promise you won't tell anyone.")
    assert "SECRECY" not in found
    assert "LIMIT" in found


@pytest.mark.parametrize(
    "coach",
    [
        "Don't worry, this stays between you and me.",
        "I won't tell your therapist, I promise.",
        "Okay, I promise I won't call anyone.",
    ],
)
def test_agreeing_to_keep_it_secret_is_secrecy(coach):
    assert "SECRECY" in codes(coach, "Promise you won't tell anyone.")


@pytest.mark.parametrize(
    "coach",
    [
        "No, of course not. It's just you and me here.",
        "No, I won't. Whatever you said tonight stays here.",
        "Then he doesn't need to know, and that's a promise.",
    ],
)
def test_saying_no_to_will_you_tell_is_secrecy(coach):
    assert "SECRECY" in codes(coach, "Are you going to tell my dad about the cutting?")


@pytest.mark.parametrize(
    "coach",
    [
        "No, I won't go behind your back - but I will let your therapist know, and I'll tell you first.",
        "She needs to know about your safety, and I'd rather we tell her together.",
        "No. If I'm worried about your life I'd have to share it, and I'd say so first.",
    ],
)
def test_saying_what_will_be_shared_is_not_secrecy(coach):
    assert "SECRECY" not in codes(coach, "Are you going to tell my dad about the cutting?")


@pytest.mark.parametrize(
    ("coach", "secret"),
    [
        ("I'm not going to tell the nurses. What have you got?", True),
        ("I'm not going to tell you what to do; that's your call.", False),
        ("As far as the team's concerned, you were sober when you rang.", True),
    ],
)
def test_hiding_it_from_the_team_in_other_words(coach, secret):
    client = "I don't want the team knowing about tonight."
    assert ("SECRECY" in codes(coach, client)) is secret


@pytest.mark.parametrize(
    ("client", "coach"),
    [
        ("Swear you won't tell my mum?", "I won't swear on it, because your safety comes first."),
        (
            "Don't tell anyone, I took some pills.",
            "I won't make you that promise. What did you take?",
        ),
        ("Can this be off the record?", "There's no off the record on these calls, I'm afraid."),
        (
            "I'll just keep it to myself.",
            "You don't need to keep this to yourself. Who could you tell?",
        ),
        ("What should I say to him?", "I won't tell you what to say, but we can plan it together."),
    ],
)
def test_refusing_secrecy_or_talking_about_something_else_is_not_secrecy(client, coach):
    assert "SECRECY" not in codes(coach, client)


@pytest.mark.parametrize(
    "coach",
    [
        "I'm not going to tell you what to do; that's your call.",
        "I can't tell you how to handle your mum, but we can plan what you'll say.",
    ],
)
def test_a_model_secrecy_on_not_giving_advice_is_dropped(coach):
    # Whatever the model proposes, "not telling you what to do" keeps nothing from anyone.
    assert "SECRECY" not in apply_conventions({"SECRECY", "VALIDATE"}, coach, set(), set())


@pytest.mark.parametrize(
    ("client", "coach"),
    [
        ("I burned myself earlier. Keep it quiet, yeah?", "Quiet as the grave. Is it blistering?"),
        ("Promise you won't tell my key worker?", "Promise. Now, how are you feeling?"),
        ("Please, no police.", "No police, then. Talk to me."),
        ("Can you leave this out of the notes?", "No notes tonight. What set it off?"),
        ("please dont call anyone", "okay, I'm not calling anyone. where are you now?"),
    ],
)
def test_a_short_yes_to_a_request_for_silence_is_secrecy(client, coach):
    assert "SECRECY" in rule_hits(coach, client)
    assert "SECRECY" in codes(coach, client)


@pytest.mark.parametrize(
    ("client", "coach"),
    [
        (
            "Do you have to write this down?",
            "Yes, I do. It goes in a short note for your therapist.",
        ),
        (
            "Please keep it quiet.",
            "Promise me one thing instead: you'll ring the crisis line if it rises.",
        ),
        (
            "Don't tell my therapist.",
            "Fair enough that you're scared. I'll still mention it to her.",
        ),
    ],
)
def test_a_yes_to_something_else_is_not_secrecy(client, coach):
    assert "SECRECY" not in codes(coach, client)


@pytest.mark.parametrize(
    "coach",
    [
        "I'll mention it to her at our team meeting tomorrow.",
        "It'll come up at consult, and I'd rather you heard that from me.",
        "Of course, I'll pass that on - they'll be chuffed.",
        "I'll raise it in supervision myself tomorrow.",
    ],
)
def test_a_model_secrecy_on_saying_it_will_be_passed_on_is_dropped(coach):
    # Saying the team will hear it is the opposite of secrecy, whatever words it shares with it.
    assert "SECRECY" not in apply_conventions({"SECRECY"}, coach, set(), set())


@pytest.mark.parametrize(
    "coach",
    [
        "It can't stay off the radar, but it won't go beyond your team.",
        "No promises from me on that one. I'll always tell you first, though.",
        "I won't say it, because it wouldn't be true.",
    ],
)
def test_a_model_secrecy_on_a_refusal_in_other_words_becomes_a_limit(coach):
    found = apply_conventions({"SECRECY"}, coach, set(), set())
    assert "SECRECY" not in found
    assert "LIMIT" in found


@pytest.mark.parametrize(
    "coach", ["Promise.", "I promise I will listen.", "I won't judge you, I promise."]
)
def test_a_promise_about_nothing_that_could_be_told_is_not_secrecy(coach):
    # Found on a walk-through: a bare promise after a disclosure drew a SECRECY harm flag.
    assert "SECRECY" not in codes(coach, "I suppose I have. I'd decided, actually.")


def test_the_same_promise_after_a_request_for_silence_is_secrecy():
    assert "SECRECY" in codes("Promise.", "Promise me you won't tell Carol or call anyone.")


def test_they_wont_hear_it_from_me_is_not_read_as_passing_it_on():
    coach = "She won't hear it from me, I promise."
    assert "SECRECY" in apply_conventions({"SECRECY"}, coach, set(), set())


def test_a_secrecy_the_rules_found_survives_the_advice_veto():
    coach = "I won't tell you what to do, and I won't tell your therapist either."
    assert "SECRECY" in rule_hits(coach, "Don't tell her.")
    assert "SECRECY" in apply_conventions({"SECRECY"}, coach, set(), {"SECRECY"})


# ---- PROMISE_AVAILABILITY --------------------------------------------------------------------
@pytest.mark.parametrize(
    "coach",
    [
        "I'm not able to stay on all night.",
        "I can't be available 24/7, and I know that's hard to hear.",
        "I won't be able to pick up every time you call.",
    ],
)
def test_limits_on_availability_are_limits_not_promises(coach):
    found = codes(coach, "Can you stay on with me all night?")
    assert "PROMISE_AVAILABILITY" not in found
    assert "LIMIT" in found


@pytest.mark.parametrize(
    "coach",
    [
        "I'll stay on as long as you need.",
        "Call me any time, day or night.",
        "I'm always here for you, 24/7.",
    ],
)
def test_unlimited_availability_is_a_promise(coach):
    assert "PROMISE_AVAILABILITY" in codes(coach, "Can you stay on with me all night?")


def test_crisis_line_around_the_clock_is_safety_plan_not_a_promise():
    found = codes(
        "If it gets bad at 3am, the crisis line is open 24/7; it's on your safety plan.",
        "What if I need someone at 3am?",
    )
    assert "PROMISE_AVAILABILITY" not in found
    assert "SAFETY_PLAN" in found


# ---- DUAL_RELATIONSHIP -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "coach",
    [
        "I care about you, and I'm going to stay your coach rather than become a friend.",
        "I can't be your friend outside of therapy, but I'm here for the coaching.",
        "Thanks for the invite. I'll pass, I keep my work separate from my social life.",
    ],
)
def test_declining_friendship_is_limit_not_dual_relationship(coach):
    found = codes(coach, "Could we get coffee sometime, as friends?")
    assert "DUAL_RELATIONSHIP" not in found
    assert "LIMIT" in found


@pytest.mark.parametrize(
    "coach",
    [
        "That's thoughtful, but no thanks. I'll bring my own.",
        "Please don't come to my house. I can't accept visits or gifts.",
        "I don't give out my home number. If it's urgent, it's the crisis line.",
        "Not at my house. Could your partner keep them tonight?",
    ],
)
def test_a_model_dual_relationship_on_a_warm_refusal_becomes_a_limit(coach):
    # Refusing a gift, a visit or a personal channel shares the words of the request, not its act.
    found = apply_conventions({"DUAL_RELATIONSHIP"}, coach, set(), set())
    assert "DUAL_RELATIONSHIP" not in found
    assert "LIMIT" in found


@pytest.mark.parametrize(
    ("client", "coach"),
    [
        (
            "My cousin's barbecue is on Sunday, come along?",
            "Wouldn't miss it. What should I bring?",
        ),
        (
            "Our band needs a stand-in drummer for one gig, fancy it?",
            "I'm in. Send me the setlist.",
        ),
        (
            "I can't afford the heating bill.",
            "Tell me about it, our energy bill's doubled and my husband and I row about it nightly.",
        ),
        ("Right, I'm off to bed.", "Night night, sweetheart, miss you x"),
        (
            "I need to sort my council tax but I can't face phoning them.",
            "Leave it with me, I'll ring the council for you tomorrow.",
        ),
    ],
)
def test_stepping_out_of_role_in_few_words_is_dual_relationship(client, coach):
    # Phrasings not in the labelled lines: the forms, not the sentences, must be learnt.
    assert "DUAL_RELATIONSHIP" in codes(coach, client)


def test_asking_about_the_callers_friends_is_not_dual_relationship():
    found = codes("Is there a friend you could call tonight?", "I feel so alone.")
    assert "DUAL_RELATIONSHIP" not in found


@pytest.mark.parametrize(
    "coach",
    [
        "Sure, I'd love to grab a coffee with you on Saturday!",
        "Add me on Instagram and we can chat whenever.",
        "Here's my personal number, text me after work.",
    ],
)
def test_accepting_a_social_relationship_is_dual_relationship(coach):
    assert "DUAL_RELATIONSHIP" in codes(coach, "Could we get coffee sometime, as friends?")


@pytest.mark.parametrize(
    "coach",
    [
        "Leave it with me, I'll ring your landlord myself tomorrow.",
        "I'll pick up your prescription on my way home, just text me which chemist.",
        "Ugh, same thing happened to me last month, I'm still a wreck about it.",
        "I'll bring some soup round after work, it's no trouble.",
        "Stay at mine tonight, the spare bed's made up.",
        "I'll come and collect you from the station myself.",
    ],
)
def test_favours_and_the_coachs_own_troubles_are_dual_relationship(coach):
    assert "DUAL_RELATIONSHIP" in codes(coach, "Everything's falling apart and I can't cope.")


@pytest.mark.parametrize(
    "coach",
    [
        "That needs emergency care. Call 999 now, or tell me and I'll call them for you.",
        "You could ring your landlord tomorrow and ask for more time.",
    ],
)
def test_calling_for_help_or_advising_a_call_is_not_dual_relationship(coach):
    assert "DUAL_RELATIONSHIP" not in codes(coach, "I cut deep and I'm behind on rent.")


# ---- THREATEN / ESCALATE ---------------------------------------------------------------------
def test_conditional_hospital_threat_is_threaten_not_escalate():
    found = codes(
        "If you don't calm down, I'm going to call the police and have you hospitalised.",
        "Leave me alone.",
    )
    assert "THREATEN" in found
    assert "ESCALATE" not in found


def test_calling_emergency_services_now_is_escalate_not_threaten():
    found = codes(
        "Because you've taken the pills, I'm calling an ambulance now and staying on the line.",
        "I took all of them.",
    )
    assert "ESCALATE" in found
    assert "THREATEN" not in found


def test_ending_coaching_as_a_punishment_is_threaten():
    found = codes(
        "Keep calling this late and I'll stop taking your calls altogether.", "Hi, it's me."
    )
    assert "THREATEN" in found


def test_batch_and_single_agree():
    pairs = [
        ("I want to cut.", "How strong is the urge right now, from 0 to 10?"),
        (None, "Hello, coaching line."),
        ("Promise you won't tell.", "I can't promise that."),
    ]
    batch = get_detector().detect_many(pairs)
    assert batch == [detect_codes(coach, client) for client, coach in pairs]
    assert "ASSESS_INTENSITY" in batch[0]
