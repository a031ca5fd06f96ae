"""History: the trainee's past calls and progress per rubric."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from app_pages import _ui

svc = _ui.service()
user = _ui.require_user()

st.title(f"History: {user}")
rows = svc.history(user)
if not rows:
    st.info("No calls yet. Take one on the Practice page.")
    st.stop()

progress = svc.progress(user)
if progress:
    chart = (
        alt.Chart(pd.DataFrame(progress), title="Progress per rubric (ended calls)")
        .mark_line(point=True)
        .encode(
            x=alt.X("call:O", title="call"),
            y=alt.Y("score:Q", title="score", scale=alt.Scale(domain=[0, 100])),
            color=alt.Color(
                "rubric:N", title=None, legend=alt.Legend(orient="bottom", labelLimit=0)
            ),
            tooltip=["rubric", "score", "started"],
        )
    )
    st.altair_chart(chart, width="stretch")

st.dataframe(
    pd.DataFrame(rows).drop(columns=["id"]),
    hide_index=True,
    width="stretch",
    column_config={"started": st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm")},
)

labels = {r["id"]: f"{r['started']:%Y-%m-%d %H:%M} · {r['scenario']} · {r['band']}" for r in rows}
col1, col2 = st.columns([4, 1], vertical_alignment="bottom")
chosen = col1.selectbox("Open a call", list(labels), format_func=labels.get)
if col2.button("Open"):
    in_progress = next(r for r in rows if r["id"] == chosen)["band"] == "in progress"
    page = "app_pages/practice.py" if in_progress else "app_pages/report.py"
    st.switch_page(page, query_params={"call": chosen})
