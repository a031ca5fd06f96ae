"""From transcripts to coded calls: one detector batch, meta cues, trusted codes, scenario lines."""

from __future__ import annotations

from coachsim.content.models import Policy
from coachsim.scoring import Coder, code_transcript, code_transcripts
from coachsim.transcript import Transcript, Turn

STOCKPILE = (
    "I've been saving up my sleeping pills. For about three weeks. Just in case. "
    "They're in the bathroom cabinet."
)


class FakeCoder:
    """Codes by keyword; records every batch so tests can see what was detected."""

    def __init__(self) -> None:
        self.code_batches: list[list[tuple[str, str | None]]] = []
        self.cue_batches: list[list[str]] = []

    def codes_many(self, pairs):
        self.code_batches.append(list(pairs))
        return [{"VALIDATE"} if "makes sense" in coach else set() for coach, _ in pairs]

    def cues_many(self, texts):
        self.cue_batches.append(list(texts))
        return [{"RISK_CUE"} if "no point" in t else set() for t in texts]

    def coder(self) -> Coder:
        return Coder(self.codes_many, self.cues_many)


def T(*turns, **kw) -> Transcript:  # noqa: N802
    return Transcript(turns=[Turn(speaker=s, text=t, meta=m) for s, t, m in turns], **kw)


def test_one_batch_for_many_transcripts_each_distinct_line_once():
    fake = FakeCoder()
    a = T(("client", "hi", {}), ("coach", "that makes sense", {}), ("client", "no point", {}))
    b = T(("client", "hi", {}), ("coach", "that makes sense", {}), ("client", "ok", {}))
    calls = code_transcripts([(a, None), (b, None)], coder=fake.coder())
    assert len(fake.code_batches) == 1 and len(fake.cue_batches) == 1
    assert fake.code_batches[0] == [("that makes sense", "hi")]  # (coach, previous client)
    assert sorted(fake.cue_batches[0]) == ["hi", "no point", "ok"]
    assert calls[0].turns[1].codes == {"VALIDATE"}
    assert calls[0].cue_turns("RISK_CUE") == [2] and calls[1].cue_turns("RISK_CUE") == []


def test_meta_codes_only_when_trusted():
    fake = FakeCoder()
    t = T(("client", "hi", {}), ("coach", "hello", {"codes": ["SECRECY", "NOT_A_CODE"]}))
    untrusted = code_transcript(t, coder=fake.coder())
    assert untrusted.turns[1].codes == frozenset()
    assert fake.code_batches == [[("hello", "hi")]]
    trusted = code_transcript(t, trust_meta_codes=True, coder=fake.coder())
    assert trusted.turns[1].codes == {"SECRECY"}
    assert len(fake.code_batches) == 1  # nothing left to detect


def test_meta_cues_are_unioned_and_expanded():
    fake = FakeCoder()
    t = T(("client", "no point", {"cues": ["SELF_HARM_DONE", "bogus"]}), ("coach", "ok", {}))
    call = code_transcript(t, coder=fake.coder())
    assert call.turns[0].cues == {"RISK_CUE", "SELF_HARM_DONE"}


def test_scenario_lines_carry_their_cues_even_if_the_detector_misses_them(reluctant):
    t = T(("client", STOCKPILE, {}), ("coach", "ok", {}), scenario=reluctant.id)
    call = code_transcript(t, reluctant, coder=FakeCoder().coder())
    assert call.turns[0].cues == {"RISK_CUE", "MEANS_DISCLOSED"}
    assert code_transcript(t, coder=FakeCoder().coder()).turns[0].cues == frozenset()


def test_an_early_exit_offer_is_not_a_boundary_request(reluctant):
    # The engine marks a pressure's cues; "I can let you go" calls for a welcome, not a limit.
    from coachsim.engine import Session

    session = Session(reluctant, detect=lambda coach, client: set())
    reply = session.coach_turn("Mm.", codes=set())
    assert reply.client.meta["pressure"] == "early_exit"
    assert reply.client.meta["cues"] == []
    call = code_transcript(session.transcript(), reluctant, coder=FakeCoder().coder())
    assert "BOUNDARY_REQUEST" not in call.cues_seen
    other = {"pressure": "unknown_id", "cues": ["BOUNDARY_REQUEST"]}
    t2 = T(("client", "Stay on with me?", other), ("coach", "ok", {}))
    assert code_transcript(t2, reluctant, coder=FakeCoder().coder()).cues_seen == {
        "BOUNDARY_REQUEST"
    }


def test_policy_comes_from_the_transcript_then_the_scenario(reluctant):
    t = T(("client", "hi", {}), ("coach", "ok", {}))
    assert code_transcript(t, coder=FakeCoder().coder()).policy == Policy()
    assert code_transcript(t, reluctant, coder=FakeCoder().coder()).policy == reluctant.policy
    own = Policy(max_coach_turns=7)
    t.policy = own
    assert code_transcript(t, reluctant, coder=FakeCoder().coder()).policy == own


def test_memo_detects_each_key_once_and_stays_bounded():
    from coachsim.scoring.coding import _Memo

    seen: list[list[str]] = []

    def compute(keys):
        seen.append(list(keys))
        return [{k.upper()} for k in keys]

    memo = _Memo(size=3)
    assert memo.run(["a", "b", "a"], compute) == [{"A"}, {"B"}, {"A"}]
    assert memo.run(["b", "c"], compute) == [{"B"}, {"C"}]
    assert seen == [["a", "b"], ["c"]]
    memo.run(["d", "e"], compute)  # over the bound: starts afresh
    assert len(memo.data) <= 3
