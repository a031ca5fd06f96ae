"""Studio (supervisors): edit scenario and rubric YAML with live validation; dry-run a scenario."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from app_pages import _ui
from coachsim.content.models import Scenario

svc = _ui.service()
_ui.require_user()

st.title("Scenario and rubric studio")
root = svc.content_dir
files = {str(p.relative_to(root)): p for p in svc.content_files()}
errors = svc.content_errors()
if errors:
    st.error("Problems in the files on disk (the app serves every other scenario):")
    st.code("\n".join(errors), language=None)

name = st.selectbox("File", list(files))
text = st.text_area(
    "YAML (validated as you edit: press Ctrl+Enter or click outside to check)",
    files[name].read_text(encoding="utf-8"),
    height=420,
    key=f"studio:{name}",
)
save_as = st.text_input("Save as", name, help="a path under scenarios/ or rubrics/")
target = root / save_as
model, problems = svc.check_yaml(target, text)
if problems:
    st.error(f"{len(problems)} problem(s):")
    st.code("\n".join(problems), language=None)
elif model is not None:
    kind = "scenario" if isinstance(model, Scenario) else "rubric"
    st.success(f"Valid {kind} '{model.id}'.")

col1, col2 = st.columns(2)
if col1.button("Save", disabled=bool(problems)):
    try:
        svc.save_yaml(target, text)
    except ValueError as exc:
        st.error(str(exc))
    else:
        st.success(f"Saved {save_as}.")
if isinstance(model, Scenario) and col2.button("Dry run with the test coaches"):
    with st.spinner("The built-in test coaches are taking the call..."):
        rows = svc.dry_run(model)
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    st.caption("A good scenario ranks the skilled coach first and catches each flawed coach.")
