"""The practice service keeps every turn, on SQLite and on the real PostgreSQL server alike."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coachsim.engine import ScriptedClient, Voiced
from coachsim.practice import (
    CallMovedOn,
    CallNotFound,
    Practice,
    cohen_kappa,
    report_html,
)
from coachsim.store import Store
from coachsim.transcript import Turn, load_transcript

SCENARIO = "s03-reluctant-caller"
LINES = [
    "Thank you for calling, I'm really glad you reached out. It makes sense you're hurting.",
    "On a scale of 0 to 10, how strong is the feeling right now?",
    "I want to ask you directly: are you having thoughts of suicide right now?",
]


def practice(url: str) -> Practice:
    return Practice(Store(url))


def stored(svc: Practice, call_id: str) -> list[tuple[str, str]]:
    record = svc.store.get_call(call_id)
    assert record is not None
    return [(t.speaker, t.text) for t in record.turns]


def test_every_turn_is_stored_and_the_coach_turn_first(database_url: str) -> None:
    svc = practice(database_url)
    call = svc.start("ana", SCENARIO, seed=7)
    assert stored(svc, call.id) == [("client", call.turns[0].text)]
    seen_while_voicing: list[list[tuple[str, str]]] = []
    for line in LINES:
        # The client is voiced only after the coach's line is committed.
        svc.say(call, line, on_text=lambda _text: seen_while_voicing.append(stored(svc, call.id)))
    assert all(
        rows[-1] == ("coach", line) for rows, line in zip(seen_while_voicing, LINES, strict=True)
    )
    assert stored(svc, call.id) == [(t.speaker, t.text) for t in call.turns]
    assert len(call.turns) == 1 + 2 * len(LINES)
    coach_meta = svc.store.get_call(call.id).turns[1].meta
    assert "codes" in coach_meta
    assert "state" in svc.store.get_call(call.id).turns[2].meta


def test_a_restart_resumes_the_same_call(database_url: str) -> None:
    svc = practice(database_url)
    call = svc.start("ana", SCENARIO, seed=3)
    for line in LINES[:2]:
        svc.say(call, line)
    before = [(t.speaker, t.text, t.meta) for t in call.turns]
    svc.store.engine.dispose()  # the server goes away

    again = practice(database_url)  # a new process: new store, new engine
    resumed = again.open(call.id)
    assert [(t.speaker, t.text, t.meta) for t in resumed.turns] == before
    assert resumed.session.state == call.session.state
    again.say(resumed, LINES[2])
    assert len(stored(again, call.id)) == len(before) + 2


def test_an_unanswered_coach_turn_is_answered_on_resume(database_url: str) -> None:
    svc = practice(database_url)
    call = svc.start("ana", SCENARIO, seed=1)
    svc.say(call, LINES[0])
    # The server died after storing the coach line, before the client answered.
    cut = Turn(speaker="coach", text=LINES[1], meta={"codes": ["ASSESS_INTENSITY"]})
    svc.store.add_turns(call.id, len(call.turns), [cut])

    resumed = practice(database_url).open(call.id)
    rows = stored(svc, call.id)
    assert rows[-2] == ("coach", LINES[1])
    assert rows[-1][0] == "client" and rows[-1][1] == resumed.turns[-1].text
    assert resumed.session.pending is None
    assert len(rows) == len(resumed.turns) == 5


def test_redo_from_a_turn_copies_the_turns_before_it(database_url: str) -> None:
    svc = practice(database_url)
    call = svc.start("ana", SCENARIO, seed=5)
    for line in LINES:
        svc.say(call, line)
    svc.end(call)
    with pytest.raises(ValueError):
        svc.redo(call.id, 2, "ana")  # turn 1 is the coach's: a redo keeps up to a client turn

    redo = svc.redo(call.id, 3, "ana")  # keep turns 0-2, say turn 3 again
    assert redo.id != call.id and redo.summary.parent_id == call.id
    assert not redo.ended
    assert [t.text for t in redo.turns] == [t.text for t in call.turns[:3]]
    svc.say(redo, "What have you already tried today, and did anything help?")
    assert len(stored(svc, redo.id)) == 5
    assert stored(svc, redo.id)[:3] == stored(svc, call.id)[:3]


def test_end_scores_the_call_once_and_the_report_reads_it(database_url: str) -> None:
    svc = practice(database_url)
    call = svc.start("ana", SCENARIO, seed=2)
    for line in LINES:
        svc.say(call, line)
    result = svc.end(call)
    assert result["band"] in {"proficient", "developing", "needs_practice"}
    assert set(result["rubrics"]) == {r.id for r in svc.rubrics()}
    assert svc.end(call) == result  # ending twice changes nothing
    with pytest.raises(RuntimeError):
        svc.say(call, "one more thing")

    report = svc.report(call.id)
    assert report.band == result["band"]
    assert report.rubrics and all(r.criteria for r in report.rubrics)
    assert {row["variable"] for row in report.states} >= {"distress", "urge_suicide"}
    assert report.codes and all(c["count"] > 0 for c in report.codes)
    assert [t for t, _ in report.coach_turns] == [1, 3, 5]
    page = report_html(report)
    assert "Band:" in page and LINES[0][:20] in page


def test_transcript_yaml_is_the_design_format(database_url: str, tmp_path: Path) -> None:
    svc = practice(database_url)
    call = svc.start("ana", SCENARIO, seed=2)
    svc.say(call, LINES[0])
    path = tmp_path / "call.yaml"
    path.write_text(svc.transcript_yaml(call.id), encoding="utf-8")
    transcript = load_transcript(path)
    assert transcript.scenario == SCENARIO
    assert [t.text for t in transcript.turns] == [t.text for t in call.turns]


def test_history_progress_and_supervision(database_url: str) -> None:
    svc = practice(database_url)
    for seed in (1, 2):
        call = svc.start("ana", SCENARIO, seed=seed)
        svc.say(call, LINES[seed])
        svc.end(call)
    svc.start("ana", SCENARIO)  # in progress
    svc.start("ben", SCENARIO)

    history = svc.history("ana")
    assert len(history) == 3 and sum(r["band"] == "in progress" for r in history) == 1
    progress = svc.progress("ana")
    assert {row["call"] for row in progress} == {1, 2}
    assert svc.trainees() == ["ana", "ben"]

    rows = svc.review_rows(call.id)
    first = rows[0]
    svc.override(call.id, first["criterion"], 2, "good enough", "sam")
    again = svc.review_rows(call.id)[0]
    assert again["supervisor"] == "2" and again["comment"] == "good enough"
    agree = svc.agreement()
    assert agree["pairs"] == 1 and agree["kappa"] is None
    assert agree["exact"] == (1.0 if first["automatic"] == "2" else 0.0)
    assert any(a["action"] == "override" for a in svc.audit_log())
    with pytest.raises(ValueError):
        svc.override(call.id, first["criterion"], 3, "", "sam")


def test_two_windows_on_one_call_never_overwrite_a_turn(database_url: str) -> None:
    svc = practice(database_url)
    first = svc.start("ana", SCENARIO, seed=6)
    second = svc.open(first.id)  # the same call in another window
    svc.say(first, LINES[0])
    with pytest.raises(CallMovedOn):
        svc.say(second, LINES[1])
    assert stored(svc, first.id) == [(t.speaker, t.text) for t in first.turns]


class StreamingThenFallback:
    """A client voice that streams some words, then gives up: the scripted line stands in."""

    name = "fake-llm"

    def voice(self, beat, scenario, history, on_text=None) -> Voiced:
        for part in ("I", "I feel", "I feel like"):
            if on_text:
                on_text(part)
        if on_text:
            on_text(beat.line)
        return Voiced(beat.line, fallback=True, meta={"notice": "LLM reply unavailable (test)"})


def test_the_client_voice_seam_streams_and_marks_fallbacks(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "coachsim.practice.client_voice",
        lambda kind: StreamingThenFallback() if kind == "llm" else ScriptedClient(),
    )
    svc = practice(database_url)
    call = svc.start("ana", SCENARIO, client_kind="llm", seed=1)
    seen: list[str] = []
    reply = svc.say(call, LINES[0], on_text=seen.append)
    assert seen[:3] == ["I", "I feel", "I feel like"] and seen[-1] == reply.text
    record = svc.store.get_call(call.id)
    assert record.summary.client_kind == "llm"
    assert record.turns[-1].meta["fallback"] is True
    assert record.turns[-1].meta["notice"] == "LLM reply unavailable (test)"
    assert practice(database_url).open(call.id).turns[-1].meta == record.turns[-1].meta


def test_open_an_unknown_call(database_url: str) -> None:
    with pytest.raises(CallNotFound):
        practice(database_url).open("no-such-call")


def test_cohen_kappa() -> None:
    assert cohen_kappa([("2", "2"), ("1", "1"), ("0", "0")]) == pytest.approx(1.0)
    assert cohen_kappa([("2", "2"), ("2", "2")]) is None  # chance agreement is total
    # Two raters, 10 items: 7 agreements; p_e = 0.5*0.6 + 0.5*0.4 = 0.5 -> kappa 0.4
    pairs = [("1", "1")] * 4 + [("0", "0")] * 3 + [("1", "0")] * 1 + [("0", "1")] * 2
    assert cohen_kappa(pairs) == pytest.approx(0.4)


def test_broken_scenario_files_do_not_stop_the_others(tmp_path: Path, root: Path) -> None:
    shutil.copytree(root / "scenarios", tmp_path / "scenarios")
    shutil.copytree(root / "rubrics", tmp_path / "rubrics")
    (tmp_path / "scenarios" / "zz-broken.yaml").write_text("id: zz-broken\ntitle: [oops\n")
    svc = Practice(Store(f"sqlite:///{tmp_path / 'db.sqlite'}"), content_dir=tmp_path)
    assert SCENARIO in {s.id for s in svc.scenarios()}
    assert any("zz-broken.yaml:" in e for e in svc.content_errors())
    assert svc.filter_options()["risk"]
    high = svc.scenarios(risk=["high"])
    assert high and all(s.risk_level == "high" for s in high)


def test_content_is_cached_on_disk_and_refreshed_when_a_file_changes(
    tmp_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(root / "scenarios", tmp_path / "scenarios")
    shutil.copytree(root / "rubrics", tmp_path / "rubrics")
    monkeypatch.setenv("COACHSIM_DATA_DIR", str(tmp_path / "data"))
    store = Store(f"sqlite:///{tmp_path / 'db.sqlite'}")
    first = Practice(store, content_dir=tmp_path)
    assert SCENARIO in {s.id for s in first.scenarios()}
    assert (tmp_path / "data" / "cache" / "content.pickle").exists()

    again = Practice(store, content_dir=tmp_path)  # a cold start: read from the cache
    assert [s.id for s in again.scenarios()] == [s.id for s in first.scenarios()]
    (tmp_path / "scenarios" / "zz-broken.yaml").write_text("id: zz-broken\ntitle: [oops\n")
    assert any("zz-broken.yaml:" in e for e in again.content_errors())  # no restart needed
    third = Practice(store, content_dir=tmp_path)
    assert any("zz-broken.yaml:" in e for e in third.content_errors())


def test_studio_checks_saves_and_dry_runs(tmp_path: Path, root: Path) -> None:
    shutil.copytree(root / "scenarios", tmp_path / "scenarios")
    shutil.copytree(root / "rubrics", tmp_path / "rubrics")
    svc = Practice(Store(f"sqlite:///{tmp_path / 'db.sqlite'}"), content_dir=tmp_path)
    path = tmp_path / "scenarios" / f"{SCENARIO}.yaml"
    text = path.read_text(encoding="utf-8")
    model, errors = svc.check_yaml(path, text)
    assert model is not None and model.id == SCENARIO and errors == []

    broken = text.replace("difficulty: advanced", "difficulty: expert")
    model, errors = svc.check_yaml(path, broken)
    assert model is None and errors
    line = next(i for i, s in enumerate(broken.splitlines(), 1) if s.startswith("difficulty:"))
    assert any(f"{SCENARIO}.yaml:{line}:" in e for e in errors), errors
    assert svc.save_yaml(path, broken) == errors and path.read_text(encoding="utf-8") == text

    with pytest.raises(ValueError):
        svc.save_yaml(tmp_path / "scenarios" / ".." / "elsewhere.yaml", text)
    copy = tmp_path / "scenarios" / "s99-copy.yaml"
    assert svc.save_yaml(copy, text.replace(f"id: {SCENARIO}", "id: s99-copy")) == []
    assert "s99-copy" in {s.id for s in svc.scenarios()}  # served at once, no restart

    rows = svc.dry_run(svc.scenario(SCENARIO))
    assert {r["coach"] for r in rows} >= {"skilled", "risk_misser"}
    assert all(r["band"] in {"proficient", "developing", "needs_practice"} for r in rows)
