"""Report: band, gate failures and harm flags first, then every criterion with its evidence."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from app_pages import _ui
from coachsim.practice import ENDINGS, GATES, STATE_LABELS, CallNotFound, Report

svc = _ui.service()
user = _ui.require_user()
LEVELS = {0: ":red-badge[level 0]", 1: ":orange-badge[level 1]", 2: ":green-badge[level 2]"}


def choose_call() -> str | None:
    who = None if st.session_state.get("user_role") == "supervisor" else user
    calls = svc.calls(who, ended_only=True)
    if not calls:
        st.info("No finished calls yet. Take one on the Practice page.")
        return None
    labels = {c.id: f"{c.started_at:%Y-%m-%d %H:%M} · {c.scenario_id} · {c.trainee}" for c in calls}
    return st.selectbox("Call", list(labels), format_func=labels.get)


def headline(rep: Report) -> None:
    st.title(f"Report: {rep.title}")
    s = rep.call
    ending = ENDINGS.get(s.ended_reason or "", s.ended_reason)
    st.caption(f"Trainee {s.trainee} · {s.mode} mode · {s.turn_count} turns · {ending}")
    st.markdown(f"### Band: {_ui.band(rep.band)}")
    for gate in rep.gates_failed:
        st.error(f"**Gate failed: {gate}.** {GATES.get(gate, '')}")
    for code, turns in rep.harms:
        quotes = "".join(f"\n\n> turn {i} (you): {_ui.plain(text)}" for i, text in turns)
        st.warning(f"**Harm flag: {code}**{quotes}")
    if rep.rubrics:
        cols = st.columns(len(rep.rubrics))
        for col, rubric in zip(cols, rep.rubrics, strict=True):
            score = "n/a" if rubric.score is None else f"{rubric.score:.0f}/100"
            col.metric(rubric.name, score)


def charts(rep: Report) -> None:
    left, right = st.columns(2)
    if rep.states:
        states = pd.DataFrame(rep.states)
        states["variable"] = states["variable"].map(STATE_LABELS)
        shown = ["Distress", "Self-harm urge", "Suicidal urge"]
        chart = (
            alt.Chart(states[states["variable"].isin(shown)], title="The client over the call")
            .mark_line(point=True)
            .encode(
                x=alt.X("turn:Q", title="turn"),
                y=alt.Y("value:Q", title="0-10", scale=alt.Scale(domain=[0, 10])),
                color=alt.Color("variable:N", title=None, legend=alt.Legend(orient="bottom")),
            )
        )
        left.altair_chart(chart, width="stretch")
    if rep.codes:
        chart = (
            alt.Chart(pd.DataFrame(rep.codes), title="Behaviour counts (coach turns)")
            .mark_bar()
            .encode(
                x=alt.X("count:Q", title="turns", axis=alt.Axis(tickMinStep=1, format="d")),
                y=alt.Y("code:N", sort="-x", title=None),
                color=alt.Color(
                    "kind:N",
                    title=None,
                    legend=alt.Legend(orient="bottom"),
                    scale=alt.Scale(
                        domain=["adherent", "non-adherent"], range=["#2e7d32", "#c62828"]
                    ),
                ),
            )
        )
        right.altair_chart(chart, width="stretch")


def rubrics(rep: Report) -> None:
    for rubric in rep.rubrics:
        score = "n/a" if rubric.score is None else f"{rubric.score:.0f}/100"
        with st.expander(f"**{rubric.name}**: {score}", expanded=True):
            for c in (c for c in rubric.criteria if c.level is not None):
                st.markdown(f"{LEVELS[c.level]} **{c.id} {c.name}**")
                if c.reason:
                    st.markdown(c.reason)
                if c.anchor:
                    st.caption(c.anchor)
                for i, speaker, text in c.evidence:
                    who = "you" if speaker == "coach" else "client"
                    st.markdown(f"> turn {i} ({who}): {_ui.plain(text)}")
            skipped = [c for c in rubric.criteria if c.level is None]
            if skipped:
                st.caption(
                    "Not applicable in this call: "
                    + "; ".join(
                        f"{c.id} {c.name} ({c.reason.removeprefix('Not applicable: ')})"
                        for c in skipped
                    )
                )


def alternatives(rep: Report) -> None:
    if not rep.alternatives:
        return
    st.subheader("Better alternatives for your weakest turns")
    for alt_ in rep.alternatives:
        with st.container(border=True):
            st.markdown(f"**Turn {alt_['turn']}**, you said: “{_ui.plain(alt_['said'])}”")
            st.markdown(f"Try: “{_ui.plain(alt_['better'])}”")
            if alt_.get("why"):
                st.caption(alt_["why"])


def redo_and_downloads(rep: Report) -> None:
    st.subheader("Redo and download")
    turns = dict(rep.coach_turns)
    if turns:
        col1, col2 = st.columns([4, 1], vertical_alignment="bottom")
        k = col1.selectbox(
            "Redo from this turn", list(turns), format_func=lambda i: f"turn {i}: {turns[i][:80]}"
        )
        if col2.button("Redo from this turn"):
            call = svc.redo(rep.call.id, k, user)
            st.switch_page("app_pages/practice.py", query_params={"call": call.id})
    col1, col2 = st.columns(2)
    col1.download_button(
        "Download transcript (YAML)",
        svc.transcript_yaml(rep.call.id),
        file_name=f"coachsim-{rep.call.id[:8]}.yaml",
        mime="application/x-yaml",
    )
    col2.download_button(
        "Download printable report (HTML)",
        svc.report_html(rep),
        file_name=f"coachsim-report-{rep.call.id[:8]}.html",
        mime="text/html",
    )


def transcript(rep: Report) -> None:
    with st.expander("Transcript"):
        for i, turn in enumerate(rep.turns):
            who = "You" if turn.speaker == "coach" else "Client"
            codes = ", ".join(turn.meta.get("codes", []))
            st.markdown(
                f"`{i}` **{who}**: {_ui.plain(turn.text)}"
                + (f"  \n:gray[{codes}]" if codes else "")
            )


call_id = st.query_params.get("call") or choose_call()
if call_id:
    try:
        report = svc.report(call_id)
    except CallNotFound:
        st.error(f"No call {call_id}.")
    else:
        if report.call.ended_at is None:
            st.info(
                "This call is still in progress: end it on the Practice page to see its report."
            )
            if st.button("Back to the call"):
                st.switch_page("app_pages/practice.py", query_params={"call": call_id})
        else:
            headline(report)
            charts(report)
            rubrics(report)
            alternatives(report)
            redo_and_downloads(report)
            transcript(report)
