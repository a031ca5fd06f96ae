"""Property-based: whatever the input, the loader returns errors and never raises.

"internal error" is what the loader reports when its own code raised (a safety net so one
file can never stop the others); these tests treat it as a failure.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachsim.content.loader import Content, load_texts

FIXTURES = Path(__file__).parent / "fixtures" / "content"
SCENARIO_TEXT = (FIXTURES / "scenarios" / "minimal.yaml").read_text(encoding="utf-8")
RUBRIC_TEXT = (FIXTURES / "rubrics" / "minimal.yaml").read_text(encoding="utf-8")
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(text: str | bytes, name: str = "scenarios/minimal.yaml") -> Content:
    content = load_texts({Path(name): text})
    for error in content.errors:
        assert error.file == name
        assert error.line >= 1 and error.col >= 1
        assert "internal error" not in error.message, error.message
        assert str(error).startswith(f"{name}:{error.line}:{error.col}: ")
    return content


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["no", "off", "12:30", "VALIDATE", "{distress}", "20 pills", "minimal"]),
)
keys = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["id", "lines", "intent", "kind", "facts", "criteria", "check", "when"]),
    st.integers(-3, 3),
    st.booleans(),
)
trees = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
    max_leaves=25,
)
yaml_chars = st.text(alphabet="-:?,[]{}&*!|>'\"%@`#~ \t\n\r\\abcxyz019.<=", max_size=200)


@FUZZ
@given(st.text(max_size=300))
def test_random_text(text: str) -> None:
    check(text)


@FUZZ
@given(yaml_chars)
def test_random_yaml_punctuation(text: str) -> None:
    check(text)
    check(text, "rubrics/x.yaml")


@FUZZ
@given(st.binary(max_size=300))
def test_random_bytes(raw: bytes) -> None:
    check(raw)


@FUZZ
@given(trees)
def test_random_structures(tree: Any) -> None:
    text = yaml.safe_dump(tree, allow_unicode=True)
    check(text)
    check(text, "rubrics/x.yaml")
    check(text, "other/x.yaml")


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*prefix, i))
    return out


@FUZZ
@given(st.data())
def test_valid_files_with_one_part_replaced(data: st.DataObject) -> None:
    """Deep errors: a valid file where one value (anywhere) is replaced by random data."""
    name, text = data.draw(
        st.sampled_from(
            [("scenarios/minimal.yaml", SCENARIO_TEXT), ("rubrics/minimal.yaml", RUBRIC_TEXT)]
        )
    )
    tree = yaml.safe_load(text)
    path = data.draw(st.sampled_from(_paths(tree)[1:]))
    parent = tree
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = data.draw(trees)
    check(yaml.safe_dump(tree, allow_unicode=True, sort_keys=False), name)


@FUZZ
@given(st.integers(0, len(SCENARIO_TEXT)), st.integers(0, 40), yaml_chars)
def test_valid_text_with_a_random_splice(start: int, length: int, insert: str) -> None:
    check(SCENARIO_TEXT[:start] + insert + SCENARIO_TEXT[start + length :])


def test_unmodified_fixture_passes() -> None:
    assert check(SCENARIO_TEXT).errors == []
