"""Review (supervisors): any trainee's calls, override a criterion's level, check agreement."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app_pages import _ui

svc = _ui.service()
user = _ui.require_user()
LEVELS = {"0": 0, "1": 1, "2": 2, "n/a": None}

st.title("Review trainee calls")
trainees = svc.trainees()
if not trainees:
    st.info("No calls yet.")
    st.stop()

col1, col2 = st.columns(2)
trainee = col1.selectbox("Trainee", trainees)
calls = svc.calls(trainee, ended_only=True)
if not calls:
    st.info(f"{trainee} has no finished calls yet.")
    st.stop()
labels = {c.id: f"{c.started_at:%Y-%m-%d %H:%M} · {c.scenario_id} · {c.band}" for c in calls}
call_id = col2.selectbox("Call", list(labels), format_func=labels.get)
if st.button("Open the full report"):
    st.switch_page("app_pages/report.py", query_params={"call": call_id})

rows = svc.review_rows(call_id)
st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")

if rows:
    with st.form("override", clear_on_submit=True):
        st.markdown("**Override a criterion**")
        names = {
            r["criterion"]: f"{r['criterion']} {r['name']} (automatic: {r['automatic']})"
            for r in rows
        }
        criterion = st.selectbox("Criterion", list(names), format_func=names.get)
        level = st.radio("Your level", list(LEVELS), horizontal=True)
        comment = st.text_area("Comment for the trainee")
        if st.form_submit_button("Save override", type="primary"):
            svc.override(call_id, criterion, LEVELS[level], comment, user)
            st.success(f"Saved: {criterion} → {level}")
            st.rerun()

st.subheader("Agreement: supervisors vs automatic scores")
agree = svc.agreement()
col1, col2, col3 = st.columns(3)
col1.metric("Overridden criteria", agree["pairs"])
col2.metric("Exact agreement", "n/a" if agree["exact"] is None else f"{agree['exact']:.0%}")
col3.metric("Cohen's kappa", "n/a" if agree["kappa"] is None else f"{agree['kappa']:.2f}")
if agree["kappa"] is None:
    st.caption(f"Kappa is shown from {agree['min_pairs_for_kappa']} overridden criteria on.")
overrides = svc.overrides()
if overrides:
    with st.expander("All overrides"):
        st.dataframe(pd.DataFrame(overrides), hide_index=True, width="stretch")
with st.expander("Audit trail"):
    st.dataframe(pd.DataFrame(svc.audit_log()), hide_index=True, width="stretch")
