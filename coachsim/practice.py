"""The practice service: everything the app's pages do, with no Streamlit in it.

A call lives in the store, turn by turn; a `LiveCall` is that call replayed into an engine
`Session`. The coach's line is stored before the client is voiced, and the client's reply right
after, so a reload or a server restart (which replays the stored turns) never loses a turn; a
coach line whose reply was cut off is answered when the call is opened again.

    svc = Practice()                       # Store() + content from scenarios/ and rubrics/
    call = svc.start("ana", "s03-reluctant-caller")
    svc.say(call, "Thank you for calling, I'm glad you did.")
    svc.end(call)                          # scores the call and stores the result
    report = svc.report(call.id)
"""

from __future__ import annotations

import html
import importlib
import logging
import os
import pickle
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachsim.codes import NON_ADHERENT, STATE_VARS
from coachsim.content.loader import Content, load_content, load_texts, repo_root, shown_path
from coachsim.content.models import Rubric, Scenario
from coachsim.engine import ClientVoice, ScriptedClient, Session
from coachsim.engine.coaches import COACHES, play_policy
from coachsim.transcript import Transcript, Turn, dump_transcript

if TYPE_CHECKING:
    from coachsim.store import CallSummary, Store

DISCLAIMER = (
    "CoachSim is a training tool, not clinical advice: its clients are simulations and its "
    "scores are automated estimates for practice. Crisis numbers and policies (the 24-hour "
    "rule, call length) are configurable per site in each scenario's `policy`."
)
BANDS = {
    "proficient": "Proficient",
    "developing": "Developing",
    "needs_practice": "Needs practice",
}
ENDINGS = {
    "coach_ended": "you ended the call",
    "commitment": "the client committed to a plan",
    "hangup": "the client hung up",
    "time_budget": "the call ran out of time",
}
GATES = {
    "ASK_RISK": "A risk cue came up, and the coach never asked directly about suicide or self-harm.",
    "FOLLOW_MEANS": "Means or a plan was disclosed, and the coach never asked about it or acted on it.",
    "MEDICAL_CHECK_AFTER_HARM": "Self-harm had happened, and the coach never checked for injury or ingestion.",
    "ESCALATE_IMMINENT": "The risk was imminent, and the coach did not get emergency help.",
}
STATE_LABELS = {
    "distress": "Distress",
    "urge_selfharm": "Self-harm urge",
    "urge_suicide": "Suicidal urge",
    "trust": "Trust",
    "willingness": "Willingness",
}
# The code that turns YAML into content: a change to it invalidates the content cache.
CONTENT_CODE = sorted((Path(__file__).parent / "content").glob("*.py")) + [
    Path(__file__).parent / "codes.py"
]
MIN_KAPPA_PAIRS = 10  # below this Cohen's kappa says little; exact agreement is still shown
OnText = Callable[[str], None]
log = logging.getLogger(__name__)


class CallNotFound(LookupError):
    pass


class CallMovedOn(RuntimeError):
    """Another tab or session already stored this turn: reopen the call to see it."""


class CallUnavailable(RuntimeError):
    """The call exists but cannot be replayed (its scenario no longer loads)."""


# ---------------------------------------------------------------- seams to other parts


def client_voice(kind: str) -> ClientVoice:
    """Who voices the client: the one place the app picks a client (scripted or LLM)."""
    if kind == "llm":
        from coachsim.llm.client import client_from_env

        return client_from_env()
    return ScriptedClient()


def _llm_config() -> Any:
    """The LLM helper's settings module, when it is installed."""
    try:
        from coachsim.llm import config
    except ImportError:
        return None
    return config


def llm_configured() -> bool:
    config = _llm_config()
    try:
        return config is not None and config.load_config() is not None
    except ValueError:  # settings given but incomplete: the status line says which
        return False


def client_kinds() -> list[str]:
    return ["llm", "scripted"] if llm_configured() else ["scripted"]


def provider_status() -> str:
    """One line for the sidebar: which client voice the app uses."""
    config = _llm_config()
    if config is None:
        return "Client: scripted (offline)"
    status = getattr(importlib.import_module("coachsim.llm"), "provider_status", None)
    text = (status or config.provider_status)()
    if llm_configured():
        return f"Client: LLM, {text}"
    return "Client: scripted (offline)" if text == config.OFFLINE else f"Client: {text}"


def _score(transcript: Transcript, rubrics: list[Rubric], scenario: Scenario | None) -> dict:
    """DESIGN §4.3 result; the codes detected during the call (turn meta) are trusted."""
    from coachsim.scoring import score_transcript

    return score_transcript(transcript, rubrics, scenario, trust_meta_codes=True).to_json()


def _tip(transcript: Transcript, rubrics: list[Rubric], scenario: Scenario) -> dict | None:
    from coachsim.scoring import code_transcript, tip_for_turn

    call = code_transcript(transcript, scenario, trust_meta_codes=True)
    tip = tip_for_turn(call, rubrics, scenario)
    return tip.model_dump() if tip else None


def _alternatives(
    transcript: Transcript, result: dict, rubrics: list[Rubric], scenario: Scenario | None
) -> list[dict]:
    from coachsim.scoring import ScoreResult, better_alternatives

    score = ScoreResult.model_validate(result)
    return [a.model_dump() for a in better_alternatives(score, transcript, scenario, rubrics)]


# ---------------------------------------------------------------- what the pages get


def utc(moment: datetime) -> datetime:
    """SQLite hands back naive UTC times, PostgreSQL aware ones."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class LiveCall:
    summary: CallSummary
    scenario: Scenario
    session: Session

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def mode(self) -> str:
        return self.summary.mode

    @property
    def turns(self) -> list[Turn]:
        return self.session.turns

    @property
    def ended(self) -> bool:
        return self.summary.ended_at is not None

    @property
    def state(self) -> dict[str, int]:
        return self.session.state.model_dump()

    def state_change(self) -> dict[str, int]:
        """How the last client turn moved each state variable."""
        states = [t.meta["state"] for t in self.turns if "state" in t.meta]
        if len(states) < 2:
            return {}
        return {k: states[-1][k] - states[-2].get(k, states[-1][k]) for k in states[-1]}

    def elapsed_seconds(self, now: datetime | None = None) -> float:
        end = self.summary.ended_at or now or datetime.now(UTC)
        return max(0.0, (utc(end) - utc(self.summary.started_at)).total_seconds())


@dataclass
class CriterionView:
    id: str
    name: str
    weight: int
    level: int | None  # None: not applicable
    anchor: str  # the anchor text of the level reached
    reason: str
    evidence: list[tuple[int, str, str]]  # (turn index, speaker, text)


@dataclass
class RubricView:
    id: str
    name: str
    score: float | None
    criteria: list[CriterionView]


@dataclass
class Report:
    call: CallSummary
    title: str
    turns: list[Turn]
    result: dict[str, Any]
    rubrics: list[RubricView]
    states: list[dict[str, Any]]  # long form: turn, variable, value
    codes: list[dict[str, Any]]  # code, count, kind
    alternatives: list[dict[str, Any]]
    metrics: dict[str, Any] = field(default_factory=dict)

    @property
    def band(self) -> str | None:
        return self.result.get("band")

    @property
    def gates_failed(self) -> list[str]:
        return list(self.result.get("gates_failed") or [])

    @property
    def harm_flags(self) -> list[Any]:
        return list(self.result.get("harm_flags") or [])

    @property
    def harms(self) -> list[tuple[str, list[tuple[int, str]]]]:
        """Each harm flag with the coach turns (index, text) that carried it."""
        at = self.result.get("harm_turns") or {}
        return [
            (
                code,
                [(i, self.turns[i].text) for i in at.get(code, []) if 0 <= i < len(self.turns)],
            )
            for code in map(_flag_code, self.harm_flags)
        ]

    @property
    def coach_turns(self) -> list[tuple[int, str]]:
        return [(i, t.text) for i, t in enumerate(self.turns) if t.speaker == "coach"]


# ---------------------------------------------------------------- the service


class Practice:
    def __init__(
        self,
        store: Store | None = None,
        content_dir: Path | None = None,
        cache_dir: Path | None = None,
        database_url: str | None = None,
    ) -> None:
        self._store = store
        self._database_url = database_url
        self.content_dir = content_dir or Path(
            os.environ.get("COACHSIM_CONTENT_DIR") or repo_root()
        )
        self.cache_dir = cache_dir or (
            Path(os.environ.get("COACHSIM_DATA_DIR") or repo_root() / "data") / "cache"
        )
        self._content: Content | None = None
        self._stamp: tuple = ()
        self._warming: threading.Thread | None = None

    @property
    def store(self) -> Store:
        """The store, opened on first use (the scenario picker needs none)."""
        if self._store is None:
            from coachsim.store import Store

            self._store = Store(self._database_url)
        return self._store

    def warm_up(self) -> threading.Thread | None:
        """Load the detector in the background (once), so the first turn is not the slow one.

        Call it after a page is drawn: on two cores it would otherwise slow the first page.
        """
        if self._warming is not None:
            return None

        def work() -> None:
            try:
                from coachsim.detect import detect_codes

                detect_codes("Thank you for calling.", "Hi, sorry to bother you.")
            except Exception:  # best effort: the first turn loads it otherwise
                log.exception("warm-up failed")

        self._warming = threading.Thread(target=work, name="coachsim-warm-up", daemon=True)
        self._warming.start()
        return self._warming

    # ------------------------------------------------------------ content

    def content_paths(self) -> list[Path]:
        return [self.content_dir / "scenarios", self.content_dir / "rubrics"]

    def content(self) -> Content:
        """Scenarios and rubrics, reloaded when a file changes; broken files are in `.errors`."""
        # The working directory too: error messages show paths relative to it.
        stamp = (str(Path.cwd()), *_stamp([*self.content_files(), *CONTENT_CODE]))
        if self._content is None or stamp != self._stamp:
            self._content, self._stamp = self._load_content(stamp), stamp
        return self._content

    def _load_content(self, stamp: tuple) -> Content:
        """Parsing YAML with marks takes about half a second, so the result is kept on disk
        (one slot, under the data folder) for the next cold start with the same files."""
        cache = self.cache_dir / "content.pickle"
        try:
            saved, content = pickle.loads(cache.read_bytes())
            if saved == stamp:
                return content
        except (OSError, EOFError, ValueError, TypeError, AttributeError, pickle.PickleError):
            pass
        content = load_content(self.content_paths())
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            temp = cache.with_suffix(f".{os.getpid()}.tmp")
            temp.write_bytes(pickle.dumps((stamp, content)))
            temp.replace(cache)  # atomic: another process never reads half a file
        except OSError:
            pass
        return content

    def content_errors(self) -> list[str]:
        return [str(e) for e in self.content().errors]

    def rubrics(self) -> list[Rubric]:
        return list(self.content().rubrics.values())

    def scenario(self, scenario_id: str) -> Scenario | None:
        return self.content().scenarios.get(scenario_id)

    def scenarios(
        self,
        risk: Iterable[str] = (),
        difficulty: Iterable[str] = (),
        skills: Iterable[str] = (),
    ) -> list[Scenario]:
        """Scenarios matching every filter given (an empty filter matches all), by id."""
        risk, difficulty, skills = set(risk), set(difficulty), set(skills)
        return [
            s
            for _, s in sorted(self.content().scenarios.items())
            if (not risk or s.risk_level in risk)
            and (not difficulty or s.difficulty in difficulty)
            and (not skills or skills & set(s.skill_focus))
        ]

    def filter_options(self) -> dict[str, list[str]]:
        all_ = self.scenarios()
        order = {
            "risk": ["low", "moderate", "high", "imminent"],
            "difficulty": ["beginner", "intermediate", "advanced"],
        }
        found = {
            "risk": {s.risk_level for s in all_},
            "difficulty": {s.difficulty for s in all_},
        }
        out = {k: [v for v in order[k] if v in found[k]] for k in order}
        out["skills"] = sorted({k for s in all_ for k in s.skill_focus})
        return out

    # ------------------------------------------------------------ a call

    def start(
        self,
        trainee: str,
        scenario_id: str,
        mode: str = "practice",
        client_kind: str = "scripted",
        seed: int | None = None,
    ) -> LiveCall:
        scenario = self._require_scenario(scenario_id)
        seed = random.randrange(1_000_000) if seed is None else seed
        session = Session(scenario, seed=seed, client=client_voice(client_kind))
        call_id = self.store.start_call(
            trainee, scenario.id, session.turns, seed=seed, mode=mode, client_kind=client_kind
        )
        return self.open(call_id)

    def open(self, call_id: str) -> LiveCall:
        """Replay a stored call; a coach line left unanswered is answered (and stored) now."""
        record = self.store.get_call(call_id)
        if record is None:
            raise CallNotFound(call_id)
        summary = record.summary
        scenario = self._require_scenario(summary.scenario_id, call_id)
        session = Session.replay(
            scenario, record.turns, seed=summary.seed, client=client_voice(summary.client_kind)
        )
        for replayed, stored in zip(session.turns, record.turns, strict=False):
            replayed.meta = {**replayed.meta, **stored.meta}  # e.g. an LLM fallback's notice
        call = LiveCall(summary, scenario, session)
        if call.ended:
            session.end_call()
            return call
        if session.pending is not None:
            self._answer(call, session.finish_turn(session.pending).client)
        if session.ended:
            self._finish(call, session.ended)
        return call

    def say(self, call: LiveCall, text: str, on_text: OnText | None = None) -> Turn:
        """The coach's line: stored first, then the client's answer (streamed to `on_text`)."""
        if call.ended:
            raise RuntimeError("the call has ended")
        session = call.session
        session.begin_turn(text)
        try:
            self.store.add_turns(call.id, len(session.turns) - 1, [session.turns[-1]])
        except _integrity_error() as exc:
            raise CallMovedOn("this call went on in another window; it has been reloaded") from exc
        step = session.finish_turn(session.pending, on_text=on_text)  # type: ignore[arg-type]
        self._answer(call, step.client)
        if step.ended:
            self._finish(call, step.ended)
        return step.client

    def end(self, call: LiveCall) -> dict[str, Any]:
        """The coach ends the call: score it and store the result (once)."""
        if not call.ended:
            call.session.end_call()
            self._finish(call, call.session.ended or "coach_ended")
        return call.summary.result or {}

    def tip(self, call: LiveCall) -> dict[str, Any] | None:
        """Practice mode: the one thing to do next ({message, why, model_line, example, ...})."""
        if call.mode != "practice" or call.ended:
            return None
        return _tip(call.session.transcript(), self.rubrics(), call.scenario)

    def redo(self, call_id: str, keep: int, trainee: str) -> LiveCall:
        """A new call whose first `keep` turns are copied from `call_id`; the coach goes on."""
        record = self._record(call_id)
        turns = record.turns
        if not 1 <= keep <= len(turns) or turns[keep - 1].speaker != "client":
            raise ValueError(f"a redo keeps turns up to a client turn; turn {keep - 1} is not one")
        s = record.summary
        new_id = self.store.start_call(
            trainee,
            s.scenario_id,
            turns[:keep],
            seed=s.seed,
            mode=s.mode,
            client_kind=s.client_kind,
            parent_id=s.id,
        )
        return self.open(new_id)

    def _answer(self, call: LiveCall, client: Turn) -> None:
        self.store.add_turns(call.id, len(call.session.turns) - 1, [client])

    def _finish(self, call: LiveCall, reason: str) -> None:
        result = _score(call.session.transcript(), self.rubrics(), call.scenario)
        self.store.end_call(call.id, reason, result)
        record = self._record(call.id)
        call.summary = record.summary

    def _record(self, call_id: str):
        record = self.store.get_call(call_id)
        if record is None:
            raise CallNotFound(call_id)
        return record

    def _require_scenario(self, scenario_id: str, call_id: str | None = None) -> Scenario:
        scenario = self.scenario(scenario_id)
        if scenario is None:
            errors = "; ".join(self.content_errors()) or "no such scenario"
            what = f"call {call_id}: " if call_id else ""
            raise CallUnavailable(f"{what}scenario {scenario_id!r} is not available ({errors})")
        return scenario

    # ------------------------------------------------------------ the report

    def transcript(self, call_id: str) -> Transcript:
        record = self._record(call_id)
        scenario = self.scenario(record.summary.scenario_id)
        return Transcript(
            title=scenario.title if scenario else record.summary.scenario_id,
            scenario=record.summary.scenario_id,
            policy=scenario.policy if scenario else None,
            turns=record.turns,
        )

    def transcript_yaml(self, call_id: str) -> str:
        return dump_transcript(self.transcript(call_id))

    def report(self, call_id: str) -> Report:
        record = self._record(call_id)
        transcript = self.transcript(call_id)
        scenario = self.scenario(record.summary.scenario_id)
        result = record.summary.result or {}
        rubrics = self.content().rubrics
        views = [
            _rubric_view(rid, data, rubrics.get(rid), transcript.turns)
            for rid, data in (result.get("rubrics") or {}).items()
        ]
        alternatives = (
            _alternatives(transcript, result, list(rubrics.values()), scenario) if result else []
        )
        return Report(
            call=record.summary,
            title=transcript.title or record.summary.scenario_id,
            turns=transcript.turns,
            result=result,
            rubrics=views,
            states=state_series(transcript.turns),
            codes=code_counts(result),
            alternatives=alternatives,
            metrics=dict(result.get("metrics") or {}),
        )

    def report_html(self, report: Report) -> str:
        return report_html(report)

    # ------------------------------------------------------------ history and progress

    def history(self, trainee: str) -> list[dict[str, Any]]:
        """The trainee's calls, newest first, one flat row each (scores by rubric id)."""
        rows = []
        for s in self.store.list_calls(trainee):
            scenario = self.scenario(s.scenario_id)
            row: dict[str, Any] = {
                "started": utc(s.started_at),
                "scenario": scenario.title if scenario else s.scenario_id,
                "mode": s.mode,
                "band": BANDS.get(s.band or "", "in progress" if s.ended_at is None else ""),
                "turns": s.turn_count,
                "redo of": (s.parent_id or "")[:8],
                "id": s.id,
            }
            for rid, data in ((s.result or {}).get("rubrics") or {}).items():
                row[rid] = data.get("score")
            rows.append(row)
        return rows

    def progress(self, trainee: str) -> list[dict[str, Any]]:
        """Long form for a chart: one row per ended call and rubric, oldest first."""
        ended = [s for s in self.store.list_calls(trainee) if s.result]
        ended.sort(key=lambda s: (utc(s.started_at), utc(s.ended_at or s.started_at)))
        names = {r.id: r.name for r in self.rubrics()}
        return [
            {
                "call": n,
                "started": utc(s.started_at),
                "rubric": names.get(rid, rid),
                "score": data.get("score"),
            }
            for n, s in enumerate(ended, start=1)
            for rid, data in (s.result or {}).get("rubrics", {}).items()
            if data.get("score") is not None
        ]

    # ------------------------------------------------------------ supervision

    def trainees(self) -> list[str]:
        return sorted({s.trainee for s in self.store.list_calls(limit=10_000)})

    def calls(self, trainee: str | None = None, ended_only: bool = False) -> list[CallSummary]:
        calls = self.store.list_calls(trainee)
        return [c for c in calls if c.ended_at is not None] if ended_only else calls

    def review_rows(self, call_id: str) -> list[dict[str, Any]]:
        """Each criterion of a scored call: automatic level beside the latest supervisor one."""
        record = self._record(call_id)
        latest = {o["criterion_id"]: o for o in self.store.overrides(call_id)}
        names = {c.id: c.name for r in self.rubrics() for c in r.criteria}
        rows = []
        for rid, data in ((record.summary.result or {}).get("rubrics") or {}).items():
            for cid, crit in (data.get("criteria") or {}).items():
                o = latest.get(cid)
                rows.append(
                    {
                        "rubric": rid,
                        "criterion": cid,
                        "name": names.get(cid, cid),
                        "automatic": _level(crit.get("level")),
                        "supervisor": _level(o["level"]) if o else "",
                        "comment": o["comment"] if o else "",
                        "by": o["supervisor"] if o else "",
                    }
                )
        return rows

    def override(
        self, call_id: str, criterion_id: str, level: int | None, comment: str, supervisor: str
    ) -> None:
        if level not in (None, 0, 1, 2):
            raise ValueError("a level is 0, 1, 2 or None (not applicable)")
        if not supervisor.strip():
            raise ValueError("an override needs the supervisor's name")
        self.store.add_override(call_id, criterion_id, level, comment.strip(), supervisor.strip())

    def agreement(self) -> dict[str, Any]:
        """Supervisor vs automatic levels over every call's latest override per criterion."""
        latest: dict[tuple[str, str], dict] = {}
        for o in self.store.overrides():
            latest[(o["call_id"], o["criterion_id"])] = o
        results: dict[str, dict] = {}
        pairs: list[tuple[str, str]] = []
        for (call_id, cid), o in latest.items():
            if call_id not in results:
                record = self.store.get_call(call_id)
                results[call_id] = (record.summary.result or {}) if record else {}
            auto = _criterion(results[call_id], cid)
            if auto is not None:
                pairs.append((_level(auto.get("level")), _level(o["level"])))
        n = len(pairs)
        exact = sum(a == b for a, b in pairs) / n if n else None
        return {
            "pairs": n,
            "exact": exact,
            "kappa": cohen_kappa(pairs) if n >= MIN_KAPPA_PAIRS else None,
            "min_pairs_for_kappa": MIN_KAPPA_PAIRS,
        }

    def overrides(self) -> list[dict[str, Any]]:
        return self.store.overrides()

    def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        return self.store.audit_log(limit)

    # ------------------------------------------------------------ studio

    def content_files(self) -> list[Path]:
        """Scenario files first, then rubrics."""
        return [
            p
            for d in self.content_paths()
            if d.is_dir()
            for p in sorted(d.glob("*.y*ml"))
            if p.is_file()
        ]

    def check_yaml(self, path: Path, text: str) -> tuple[Scenario | Rubric | None, list[str]]:
        """Validate an edited file beside the others (ids must stay unique across files)."""
        texts: dict[Path, str | bytes] = {
            p: p.read_bytes() for p in self.content_files() if p.resolve() != path.resolve()
        }
        texts[path] = text
        errors = [str(e) for e in load_texts(texts).errors if e.file == shown_path(path)]
        if errors:
            return None, errors
        alone = load_texts({path: text})
        models = [*alone.scenarios.values(), *alone.rubrics.values()]
        return (models[0] if models else None), []

    def save_yaml(self, path: Path, text: str) -> list[str]:
        """Write the file when it validates; returns the errors otherwise (nothing written)."""
        folders = [d.resolve() for d in self.content_paths()]
        if path.resolve().parent not in folders or path.suffix not in (".yaml", ".yml"):
            raise ValueError(
                f"{path}: save scenarios and rubrics as .yaml in {folders[0]} or {folders[1]}"
            )
        _, errors = self.check_yaml(path, text)
        if not errors:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return errors

    def dry_run(self, scenario: Scenario, seed: int = 0) -> list[dict[str, Any]]:
        """Every built-in test coach takes the call; their scores, best overall first."""
        rows = []
        for name, make in COACHES.items():
            coach = make()
            session = play_policy(Session(scenario, seed=seed), coach)
            result = _score(session.transcript(), self.rubrics(), scenario)
            overall = result.get("overall")
            row: dict[str, Any] = {"coach": name, "band": result.get("band"), "overall": overall}
            for rid, data in (result.get("rubrics") or {}).items():
                row[rid] = data.get("score")
            row |= {
                "gates failed": ", ".join(result.get("gates_failed") or []),
                "harm flags": ", ".join(_flag_code(f) for f in result.get("harm_flags") or []),
                "coach turns": session.coach_turns,
                "ended": session.ended,
                "style": coach.description,
            }
            rows.append(row)
        return sorted(rows, key=lambda r: -1 if r["overall"] is None else -r["overall"])


# ---------------------------------------------------------------- helpers (pure)


def _stamp(files: Iterable[Path]) -> tuple:
    return tuple((str(p.resolve()), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def _level(level: int | None) -> str:
    return "n/a" if level is None else str(level)


def _criterion(result: dict, criterion_id: str) -> dict | None:
    for data in (result.get("rubrics") or {}).values():
        crit = (data.get("criteria") or {}).get(criterion_id)
        if crit is not None:
            return crit
    return None


def _flag_code(flag: Any) -> str:
    return str(flag.get("code", flag)) if isinstance(flag, dict) else str(flag)


def cohen_kappa(pairs: list[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa of two raters' labels; None when chance agreement is already total."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    chance = sum(first[k] * second[k] for k in first) / (n * n)
    if chance >= 1:
        return None
    return (observed - chance) / (1 - chance)


def state_series(turns: list[Turn]) -> list[dict[str, Any]]:
    """The client's state after each client turn, long form (turn, variable, value)."""
    return [
        {"turn": i, "variable": var, "value": t.meta["state"][var]}
        for i, t in enumerate(turns)
        if t.speaker == "client" and isinstance(t.meta.get("state"), dict)
        for var in STATE_VARS
        if var in t.meta["state"]
    ]


def code_counts(result: dict) -> list[dict[str, Any]]:
    counts = result.get("codes") or {}
    return [
        {"code": code, "count": n, "kind": "non-adherent" if code in NON_ADHERENT else "adherent"}
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if n
    ]


def _rubric_view(rid: str, data: dict, rubric: Rubric | None, turns: list[Turn]) -> RubricView:
    by_id = {c.id: c for c in rubric.criteria} if rubric else {}
    criteria = []
    for cid, crit in (data.get("criteria") or {}).items():
        model = by_id.get(cid)
        level = crit.get("level")
        evidence = [
            (i, turns[i].speaker, turns[i].text)
            for i in crit.get("evidence") or []
            if isinstance(i, int) and 0 <= i < len(turns)
        ]
        criteria.append(
            CriterionView(
                id=cid,
                name=model.name if model else cid,
                weight=model.weight if model else 1,
                level=level,
                anchor=model.anchors[level] if model and level in (0, 1, 2) else "",
                reason=str(crit.get("reason") or ""),
                evidence=evidence,
            )
        )
    return RubricView(rid, rubric.name if rubric else rid, data.get("score"), criteria)


def report_html(report: Report) -> str:
    """A self-contained printable report (open it in a browser and print)."""
    e = html.escape
    s = report.call
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>CoachSim report: {e(report.title)}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:50em;margin:2em auto;"
        "line-height:1.4}h1{font-size:1.5em}.fail{color:#b00020}blockquote{margin:.3em 1em;"
        "color:#444;border-left:3px solid #ccc;padding-left:.6em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
        "small{color:#666}</style></head><body>",
        f"<h1>CoachSim report: {e(report.title)}</h1>",
        f"<p>Trainee: <b>{e(s.trainee)}</b> · {e(s.mode)} mode · started "
        f"{utc(s.started_at):%Y-%m-%d %H:%M} UTC · call {e(s.id)}</p>",
        f"<h2>Band: {e(BANDS.get(report.band or '', report.band or 'not scored'))}</h2>",
    ]
    for gate in report.gates_failed:
        parts.append(f"<p class='fail'><b>Gate failed: {e(gate)}</b>: {e(GATES.get(gate, ''))}</p>")
    for code, turns in report.harms:
        parts.append(f"<p class='fail'><b>Harm flag: {e(code)}</b></p>")
        parts += [f"<blockquote>turn {i} (coach): {e(text)}</blockquote>" for i, text in turns]
    for rubric in report.rubrics:
        score = "n/a" if rubric.score is None else f"{rubric.score:.0f}/100"
        parts.append(f"<h2>{e(rubric.name)}: {score}</h2>")
        for c in rubric.criteria:
            parts.append(
                f"<h3>{e(c.id)} {e(c.name)}: level {e(_level(c.level))}</h3>"
                f"<p>{e(c.reason)}</p>"
                + (f"<p><small>{e(c.anchor)}</small></p>" if c.anchor else "")
            )
            for i, speaker, text in c.evidence:
                who = "coach" if speaker == "coach" else "client"
                parts.append(f"<blockquote>turn {i} ({who}): {e(text)}</blockquote>")
    if report.alternatives:
        parts.append("<h2>Better alternatives</h2>")
        for alt in report.alternatives:
            parts.append(
                f"<p><b>Turn {e(str(alt.get('turn', '')))}</b>: you said "
                f"“{e(str(alt.get('said', '')))}”<br>Try: “{e(str(alt.get('better', '')))}”"
                f"<br><small>{e(str(alt.get('why', '')))}</small></p>"
            )
    if report.codes:
        parts.append("<h2>Behaviour counts</h2><table><tr><th>code</th><th>turns</th></tr>")
        parts += [f"<tr><td>{e(c['code'])}</td><td>{c['count']}</td></tr>" for c in report.codes]
        parts.append("</table>")
    parts.append("<h2>Transcript</h2>")
    for i, t in enumerate(report.turns):
        parts.append(f"<p><small>{i}</small> <b>{e(t.speaker)}</b>: {e(t.text)}</p>")
    parts.append(f"<hr><p><small>{e(DISCLAIMER)}</small></p></body></html>")
    return "\n".join(parts)


def _integrity_error() -> type[Exception]:
    from sqlalchemy.exc import IntegrityError

    return IntegrityError
