"""CoachSim's Streamlit entry: the role gate and the page list, nothing else."""

import streamlit as st

from app_pages import _ui

st.set_page_config(page_title="CoachSim", page_icon="☎️", layout="wide")
_ui.secrets_to_env()
user, role = _ui.sign_in()

pages = {
    "Calls": [
        st.Page("app_pages/practice.py", title="Practice", icon="☎️", default=True),
        st.Page("app_pages/report.py", title="Report", icon="📋"),
        st.Page("app_pages/history.py", title="History", icon="📈"),
    ]
}
if role == "supervisor":
    pages["Supervision"] = [
        st.Page("app_pages/review.py", title="Review", icon="🧑‍🏫"),
        st.Page("app_pages/studio.py", title="Studio", icon="🛠️"),
    ]
page = st.navigation(pages)
_ui.footer()
page.run()
