"""Every page through Streamlit's AppTest, on a temporary SQLite database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from coachsim.engine import Voiced
from coachsim.practice import Practice
from coachsim.store import Store

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = "s03-reluctant-caller"
LINES = [
    "Thank you for calling, I'm really glad you reached out. It makes sense you're hurting.",
    "On a scale of 0 to 10, how strong is the feeling right now?",
    "I want to ask you directly: are you having thoughts of suicide right now?",
    "What have you already tried today, and did anything help even a little?",
]


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    monkeypatch.setenv("COACHSIM_DATABASE_URL", url)
    monkeypatch.delenv("COACHSIM_CONTENT_DIR", raising=False)
    yield url


def app(user: str = "ana", role: str = "trainee", **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if user:
        at.query_params["user"] = user
        at.query_params["role"] = role
    at.query_params.update(params)
    return at


def text_of(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [m.value for m in at.caption]
    parts += (
        [e.value for e in at.error] + [e.value for e in at.info] + [e.value for e in at.success]
    )
    parts += [e.value for e in at.warning] + [e.value for e in at.code]
    return "\n".join(str(p) for p in parts)


def finished_call(url: str, trainee: str = "ana") -> str:
    svc = Practice(Store(url))
    call = svc.start(trainee, SCENARIO, seed=4)
    for line in LINES:
        svc.say(call, line)
    svc.end(call)
    return call.id


def test_without_a_name_the_app_asks_for_one(db: str) -> None:
    at = app(user="").run()
    assert not at.exception
    assert "Enter your name" in text_of(at)
    assert "training tool, not clinical advice" in text_of(at)
    assert "Client: scripted (offline)" in text_of(at)


def test_trainees_do_not_see_the_supervisor_pages(db: str) -> None:
    at = app().run()
    with pytest.raises(ValueError):
        at.switch_page("app_pages/review.py")
    at = app(role="supervisor").run()
    at.switch_page("app_pages/review.py").run()
    assert not at.exception


def test_practice_takes_a_whole_call_and_the_report_shows_the_band(db: str) -> None:
    at = app().run()
    assert not at.exception
    at.button[0].click().run()  # "Start call" (the only button on the picker)
    call_id = at.query_params["call"]
    assert call_id
    for i, line in enumerate(LINES):
        at.chat_input[0].set_value(line).run()
        assert not at.exception
        assert len(at.chat_message) == 1 + 2 * (i + 1)
    assert "Tip" in text_of(at) or "How" in text_of(at)  # practice mode shows the gauge
    record = Store().get_call(call_id)
    assert [t.text for t in record.turns[1::2]] == LINES

    next(b for b in at.button if b.label == "End call").click().run()
    assert not at.exception
    assert "Band:" in text_of(at)
    assert "Redo from this turn" in [s.label for s in at.selectbox]
    assert {d.label for d in at.get("download_button")} >= {
        "Download transcript (YAML)",
        "Download printable report (HTML)",
    }


def test_when_the_client_hangs_up_the_page_says_so(db: str) -> None:
    at = app().run()
    picker = next(s for s in at.selectbox if s.label == "Scenario")
    picker.set_value(SCENARIO).run()
    at.button[0].click().run()
    for _ in range(8):  # repeated invalidation: the scenario's client hangs up
        if any(b.label == "Open the report" for b in at.button):
            break
        at.chat_input[0].set_value("Honestly, it's not that bad, you're overreacting.").run()
    assert not at.exception
    assert "the client hung up" in text_of(at)
    assert not at.chat_input  # nothing left to reply to
    next(b for b in at.button if b.label == "Open the report").click().run()
    assert "Band:" in text_of(at)


class FallbackVoice:
    name = "fake-llm"

    def voice(self, beat, scenario, history, on_text=None) -> Voiced:
        if on_text:
            on_text("I fe")
        return Voiced(beat.line, fallback=True, meta={"notice": "LLM reply unavailable (test)"})


def test_an_llm_client_can_be_chosen_and_its_fallbacks_are_shown(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("coachsim.practice.client_kinds", lambda: ["llm", "scripted"])
    monkeypatch.setattr("coachsim.practice.client_voice", lambda kind: FallbackVoice())
    at = app().run()
    assert next(r for r in at.radio if r.label == "Client").value == "llm"
    at.button[0].click().run()
    at.chat_input[0].set_value(LINES[0]).run()
    assert not at.exception
    assert "LLM reply unavailable (test)" in text_of(at)
    at = app(call=at.query_params["call"]).run()  # and after a reload
    assert "LLM reply unavailable (test)" in text_of(at)


def test_assessment_mode_gives_no_hints(db: str) -> None:
    at = app().run()
    next(r for r in at.radio if r.label == "Mode").set_value("assessment").run()
    at.button[0].click().run()
    at.chat_input[0].set_value(LINES[0]).run()
    assert not at.exception
    assert "Tip" not in text_of(at)
    assert all("Distress" not in (p.proto.text or "") for p in at.get("progress"))


def test_a_reload_finds_every_turn(db: str) -> None:
    svc = Practice(Store(db))
    call = svc.start("ana", SCENARIO, seed=9)
    for line in LINES[:2]:
        svc.say(call, line)
    at = app(call=call.id).run()  # a fresh browser session on the call's URL
    assert not at.exception
    # The first markdown of each message, with Markdown's escapes taken out again
    shown = [m.children[0].value.replace("\\", "") for m in at.chat_message]
    assert shown == [t.text for t in call.turns]


def test_an_ended_call_reopens_read_only_with_its_report_button(db: str) -> None:
    call_id = finished_call(db)
    at = app(call=call_id).run()
    assert not at.exception
    assert "you ended the call" in text_of(at)
    assert not at.chat_input
    next(b for b in at.button if b.label == "Open the report").click().run()
    assert "Band:" in text_of(at)


def test_report_lists_criteria_with_evidence_and_redo_starts_a_new_call(db: str) -> None:
    call_id = finished_call(db)
    at = app(call=call_id).run()
    at.switch_page("app_pages/report.py").run()
    assert not at.exception
    text = text_of(at)
    assert "Band:" in text and "turn 1 (you)" in text
    redo = next(s for s in at.selectbox if s.label == "Redo from this turn")
    redo.set_value(3).run()
    next(b for b in at.button if b.label == "Redo from this turn").click().run()
    assert not at.exception
    new_id = at.query_params["call"]
    assert new_id != call_id
    assert len(at.chat_message) == 3  # turns 0-2 copied; the coach says turn 3 again


def test_history_shows_calls_and_progress(db: str) -> None:
    finished_call(db)
    finished_call(db)
    at = app().run()
    at.switch_page("app_pages/history.py").run()
    assert not at.exception
    assert len(at.dataframe) == 1 and len(at.dataframe[0].value) == 2
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")


def test_review_overrides_and_agreement(db: str) -> None:
    call_id = finished_call(db, trainee="ben")
    at = app(user="sam", role="supervisor").run()
    at.switch_page("app_pages/review.py").run()
    assert not at.exception
    at.text_area[0].input("Asked well, just late.")
    next(b for b in at.get("button") if "Save override" in b.label).click().run()
    assert not at.exception
    overrides = Store().overrides(call_id)
    assert len(overrides) == 1 and overrides[0]["supervisor"] == "sam"
    assert "Exact agreement" in [m.label for m in at.metric]


def test_studio_validates_live_and_dry_runs(db: str) -> None:
    at = app(user="sam", role="supervisor").run()
    at.switch_page("app_pages/studio.py").run()
    assert not at.exception
    at.selectbox[0].set_value(f"scenarios/{SCENARIO}.yaml").run()
    good = at.text_area[0].value
    assert f"id: {SCENARIO}" in good
    at.text_area[0].input(good.replace("difficulty: advanced", "difficulty: expert")).run()
    line = next(i for i, s in enumerate(good.splitlines(), 1) if s.startswith("difficulty:"))
    errors = "\n".join(c.value for c in at.code)
    assert f"{SCENARIO}.yaml:{line}:13: " in errors, errors
    at.text_area[0].input(good).run()
    assert any("Valid" in s.value for s in at.success)
    next(b for b in at.button if b.label.startswith("Dry run")).click().run()
    assert not at.exception
    coaches = at.dataframe[-1].value["coach"].tolist()
    assert "skilled" in coaches


def test_a_broken_scenario_leaves_the_others_served(
    db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "scenarios", content / "scenarios")
    shutil.copytree(ROOT / "rubrics", content / "rubrics")
    (content / "scenarios" / "zz-broken.yaml").write_text("id: zz-broken\ntitle: [oops\n")
    monkeypatch.setenv("COACHSIM_CONTENT_DIR", str(content))
    at = app().run()
    assert not at.exception
    assert "zz-broken.yaml:" in text_of(at)
    picker = next(s for s in at.selectbox if s.label == "Scenario")
    shipped = len(list((ROOT / "scenarios").glob("*.yaml")))
    assert len(picker.options) == shipped  # every good scenario is still offered
    assert any(o.startswith("Dana:") for o in picker.options)


def test_the_picker_keeps_hidden_facts_from_trainees(db: str) -> None:
    # The reluctant caller's stockpile is for the trainee to find, not to read before the call.
    trainee = app().run()
    trainee.selectbox[0].set_value(SCENARIO).run()
    assert not trainee.exception
    shown = text_of(trainee) + " ".join(str(e.label) for e in trainee.expander)
    assert "Dana" in shown
    assert "stockpil" not in shown.lower() and "pills" not in shown.lower()
    assert not any("Supervisor notes" in str(e.label) for e in trainee.expander)

    supervisor = app(role="supervisor").run()
    supervisor.selectbox[0].set_value(SCENARIO).run()
    assert any("Supervisor notes" in str(e.label) for e in supervisor.expander)
