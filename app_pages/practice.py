"""Practice: pick a scenario, take the call in a chat, end it. The call id lives in the URL."""

from __future__ import annotations

import streamlit as st

from app_pages import _ui
from coachsim.practice import (
    ENDINGS,
    STATE_LABELS,
    CallMovedOn,
    CallNotFound,
    CallUnavailable,
    LiveCall,
    client_kinds,
)
from coachsim.transcript import Turn

COACH, CLIENT = ":material/headset_mic:", ":material/person:"
FALLBACK_NOTE = (
    "(a scripted line stood in: the LLM client did not answer in time or went off script)"
)
svc = _ui.service()
user = _ui.require_user()


def picker() -> None:
    st.title("Practice a coaching call")
    errors = svc.content_errors()
    if errors:
        with st.expander(
            f":material/warning: {len(errors)} problem(s) in the scenario files: the others still work"
        ):
            st.code("\n".join(errors), language=None)
    options = svc.filter_options()
    col1, col2, col3 = st.columns(3)
    risk = col1.multiselect("Risk", options["risk"])
    difficulty = col2.multiselect("Difficulty", options["difficulty"])
    skills = col3.multiselect("Skill focus", options["skills"])
    scenarios = {s.id: s for s in svc.scenarios(risk, difficulty, skills)}
    if not scenarios:
        st.warning("No scenario matches these filters.")
        return
    chosen = scenarios[
        st.selectbox(
            "Scenario",
            list(scenarios),
            format_func=lambda i: (
                f"{scenarios[i].title}  ·  {scenarios[i].risk_level} risk, "
                f"{scenarios[i].difficulty}"
            ),
        )
    ]
    with st.container(border=True):
        # A trainee knows the client as their coach would, not what the call will reveal.
        st.markdown(f"**{chosen.title}**\n\n{chosen.persona.background}")
        if st.session_state.get("user_role") == "supervisor":
            with st.expander("Supervisor notes (hidden from trainees)"):
                st.write(chosen.summary)
                st.write(chosen.situation)
        st.caption(
            f"Caller: {chosen.persona.name}, {chosen.persona.age} · target call length "
            f"{chosen.policy.call_length_minutes} min · skill focus: {', '.join(chosen.skill_focus)}"
        )
    mode = st.radio(
        "Mode",
        ["practice", "assessment"],
        horizontal=True,
        captions=["live client gauge and a tip after every turn", "no hints: scored at the end"],
    )
    kinds = client_kinds()
    kind = st.radio("Client", kinds, horizontal=True) if len(kinds) > 1 else kinds[0]
    if st.button("Start call", type="primary"):
        call = svc.start(user, chosen.id, mode=mode, client_kind=kind)
        st.query_params["call"] = call.id
        st.rerun()


def message(turn: Turn, call: LiveCall) -> None:
    if turn.speaker == "coach":
        st.chat_message("user", avatar=COACH).markdown(_ui.plain(turn.text))
    else:
        with st.chat_message("assistant", avatar=CLIENT):
            st.markdown(_ui.plain(turn.text))
            if turn.meta.get("fallback"):
                st.caption(turn.meta.get("notice") or FALLBACK_NOTE)


@st.fragment(run_every=1)
def timer(call: LiveCall) -> None:
    elapsed, target = call.elapsed_seconds(), call.scenario.policy.call_length_minutes * 60
    over = " · over the target length" if elapsed > target else ""
    st.progress(
        min(1.0, elapsed / target),
        text=f"Call time {_ui.mmss(elapsed)} of {_ui.mmss(target)}{over}",
    )


def gauge(call: LiveCall) -> None:
    st.markdown(f"**How {call.scenario.persona.name} is doing**")
    delta = call.state_change()
    for var, label in STATE_LABELS.items():
        value, moved = call.state[var], delta.get(var, 0)
        arrow = f" ({moved:+d})" if moved else ""
        st.progress(value / 10, text=f"{label}: {value}/10{arrow}")


def chat(call: LiveCall) -> None:
    sc = call.scenario
    head, end = st.columns([5, 1], vertical_alignment="bottom")
    head.subheader(sc.title)
    head.caption(
        f"{sc.persona.name}, {sc.persona.age} · {call.mode} mode · trainee {call.summary.trainee}"
    )
    if end.button("End call", type="primary"):
        svc.end(call)
        st.switch_page("app_pages/report.py", query_params={"call": call.id})
    timer(call)
    with st.expander(f"What you know about {sc.persona.name}"):
        st.write(sc.persona.background)
    prompt = st.chat_input("Your reply as the coach")
    practice = call.mode == "practice"
    talk, side = st.columns([3, 2]) if practice else (st.container(), None)
    with talk:
        for turn in call.turns:
            message(turn, call)
        if prompt:
            st.chat_message("user", avatar=COACH).markdown(_ui.plain(prompt))
            with st.chat_message("assistant", avatar=CLIENT):
                reply = st.empty()
                try:
                    said = svc.say(
                        call, prompt, on_text=lambda text: reply.markdown(_ui.plain(text))
                    )
                except CallMovedOn as exc:
                    st.toast(str(exc))
                    st.rerun()
                reply.markdown(_ui.plain(said.text))  # what is stored, even if a fallback
                if said.meta.get("fallback"):
                    st.caption(said.meta.get("notice") or FALLBACK_NOTE)
    if call.ended:  # the client hung up just now: redraw read-only, without the reply box
        st.rerun()
    if side is not None:
        with side:
            gauge(call)
            tip = svc.tip(call)
            if tip:
                better = tip.get("model_line") or tip.get("example")
                st.info(
                    f"**Tip:** {tip['message']}"
                    + (f"\n\nFor example: “{better}”" if better else "")
                )
                st.caption(tip["why"])


def ending(call: LiveCall) -> None:
    reason = call.summary.ended_reason or ""
    st.info(
        f"The call has ended: {ENDINGS.get(reason, reason)}. Band: {_ui.band(call.summary.band)}"
    )
    col1, col2 = st.columns(2)
    if col1.button("Open the report", type="primary", key="open_report"):
        st.switch_page("app_pages/report.py", query_params={"call": call.id})
    if col2.button("Start another call", key="another_call"):
        del st.query_params["call"]
        st.rerun()


def ended(call: LiveCall) -> None:
    st.subheader(call.scenario.title)
    ending(call)
    for turn in call.turns:
        message(turn, call)


call_id = st.query_params.get("call")
if not call_id:
    picker()
else:
    try:
        live = svc.open(call_id)
    except (CallNotFound, CallUnavailable) as exc:
        st.error(f"Cannot open this call: {exc}")
        if st.button("Start a new call"):
            del st.query_params["call"]
            st.rerun()
    else:
        if live.ended:
            ended(live)
        else:
            chat(live)
svc.warm_up()  # after the page is drawn: the detector is ready by the first turn
