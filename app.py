"""CoachSim's Streamlit entry: the role gate and the page list, nothing else."""

import streamlit as st

from app_pages import _ui

st.set_page_config(page_title="CoachSim", page_icon=":material/call:", layout="wide")
_ui.secrets_to_env()
user, role = _ui.sign_in()

pages = {
    "Calls": [
        st.Page("app_pages/practice.py", title="Practice", icon=":material/call:", default=True),
        st.Page("app_pages/report.py", title="Report", icon=":material/assignment:"),
        st.Page("app_pages/history.py", title="History", icon=":material/trending_up:"),
    ]
}
if role == "supervisor":
    pages["Supervision"] = [
        st.Page("app_pages/review.py", title="Review", icon=":material/rate_review:"),
        st.Page("app_pages/studio.py", title="Studio", icon=":material/edit_note:"),
    ]
page = st.navigation(pages)
_ui.footer()
page.run()
