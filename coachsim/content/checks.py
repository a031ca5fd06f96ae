"""Checks the schema cannot express: references, uniqueness, placeholders, coverage, safety.

Each check yields `(loc, message)`: `loc` is the path of the offending value in the file (as in
pydantic errors), so the loader can turn it into `file:line:col`. This module knows nothing
about YAML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from coachsim.codes import ADHERENT, NON_ADHERENT
from coachsim.content.models import INTENTS, Condition, Rubric, Scenario
from coachsim.content.safety import find_method_detail

Loc = tuple[str | int, ...]
Finding = tuple[Loc, str]

PLACEHOLDERS = ("distress", "urge_selfharm", "urge_suicide", "trust", "willingness", "name")
_BRACES = re.compile(r"\{([^{}]*)\}|[{}]")
_ALLOWED = ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)


# ---------------------------------------------------------------- scenario


def client_lines(data: Any) -> Iterator[tuple[Loc, str]]:
    """Every line the simulated client can say, with its path.

    Works on the raw data (`scenario.model_dump()` for a model), so the safety rule also runs
    on a file whose schema errors stop the other checks.
    """
    if not isinstance(data, Mapping):
        return
    if isinstance(data.get("opening_line"), str):
        yield ("opening_line",), data["opening_line"]
    for name in ("hidden_facts", "lines", "boundary_pressures", "end_conditions"):
        items = data.get(name)
        for i, item in enumerate(items if isinstance(items, list) else []):
            lines = item.get("lines") if isinstance(item, Mapping) else None
            for j, line in enumerate(lines if isinstance(lines, list) else []):
                if isinstance(line, str):
                    yield (name, i, "lines", j), line


def check_client_lines(data: Any) -> list[Finding]:
    """Placeholders and the method-details rule on every client line."""
    out: list[Finding] = []
    for loc, line in client_lines(data):
        out += _placeholders(loc, line)
        out += _method_details(loc, line)
    return out


def conditions(scenario: Scenario) -> Iterator[tuple[Loc, Condition]]:
    for i, fact in enumerate(scenario.hidden_facts):
        yield ("hidden_facts", i, "disclose_when"), fact.disclose_when
    for i, pressure in enumerate(scenario.boundary_pressures):
        yield ("boundary_pressures", i, "when"), pressure.when
    for i, end in enumerate(scenario.end_conditions):
        yield ("end_conditions", i, "when"), end.when


def check_scenario(scenario: Scenario, stem: str) -> list[Finding]:
    """Problems inside one valid scenario (client lines: `check_client_lines`).

    `stem` is the file name without the extension.
    """
    out: list[Finding] = []
    if scenario.id != stem:
        out.append(
            (("id",), f"'{scenario.id}' must equal the file name without extension ('{stem}')")
        )
    for name, label in (
        ("hidden_facts", "fact"),
        ("boundary_pressures", "pressure"),
        ("critical_fails", "critical fail"),
    ):
        out += _unique_ids(getattr(scenario, name), name, label)
    out += _fact_references(scenario)
    for loc, condition in conditions(scenario):
        out += _bounds(loc, condition)
    out += _line_pools(scenario)
    if not any(end.kind == "time_budget" for end in scenario.end_conditions):
        out.append((("end_conditions",), "add a 'time_budget' end condition so every call ends"))
    for name in ("boundary_pressures", "critical_fails"):
        for i, item in enumerate(getattr(scenario, name)):
            out += _harm_codes((name, i, "harm_codes"), item.harm_codes)
    return out


def _unique_ids(items: Sequence, name: str, label: str) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        if item.id in first:
            yield (
                (name, i, "id"),
                f"duplicate {label} id '{item.id}' (first in {name}[{first[item.id]}])",
            )
        first.setdefault(item.id, i)


def _fact_references(scenario: Scenario) -> Iterator[Finding]:
    known = [fact.id for fact in scenario.hidden_facts]
    for loc, condition in conditions(scenario):
        for j, ref in enumerate(condition.facts):
            if ref not in known:
                listed = ", ".join(known) or "none"
                yield (*loc, "facts", j), f"unknown fact '{ref}' (facts here: {listed})"
    # A fact that waits (directly or not) for itself can never be disclosed.
    open_ = {fact.id for fact in scenario.hidden_facts if not fact.disclose_when.facts}
    waiting = [f for f in scenario.hidden_facts if f.id not in open_]
    changed = True
    while changed:
        changed = False
        for fact in waiting:
            if fact.id not in open_ and all(
                ref in open_ or ref not in known for ref in fact.disclose_when.facts
            ):
                open_.add(fact.id)
                changed = True
    for i, fact in enumerate(scenario.hidden_facts):
        if fact.id not in open_:
            blocked = ", ".join(f"'{ref}'" for ref in fact.disclose_when.facts if ref not in open_)
            yield (
                ("hidden_facts", i, "disclose_when", "facts"),
                f"fact '{fact.id}' can never be disclosed: it waits for {blocked}, "
                "which waits for it in turn",
            )


def _bounds(loc: Loc, condition: Condition) -> Iterator[Finding]:
    for var in ("trust", "willingness", "distress"):
        low, high = getattr(condition, f"min_{var}"), getattr(condition, f"max_{var}")
        if low is not None and high is not None and low > high:
            yield (
                (*loc, f"min_{var}"),
                f"min_{var} ({low}) is above max_{var} ({high}); the condition can never hold",
            )


def _line_pools(scenario: Scenario) -> Iterator[Finding]:
    """Every intent needs lines at every distress level, or the client has nothing to say."""
    for i, pool in enumerate(scenario.lines):
        if pool.min_distress > pool.max_distress:
            yield (
                ("lines", i, "min_distress"),
                f"min_distress ({pool.min_distress}) is above max_distress ({pool.max_distress})",
            )
    for intent in INTENTS:
        pools = [(i, p) for i, p in enumerate(scenario.lines) if p.intent == intent]
        if not pools:
            yield ("lines",), f"no line pool for intent '{intent}' (every intent needs one)"
            continue
        covered = {d for _, p in pools for d in range(p.min_distress, p.max_distress + 1)}
        gaps = [d for d in range(11) if d not in covered]
        if gaps:
            yield (
                ("lines", pools[0][0], "intent"),
                f"intent '{intent}' has no lines for distress {_ranges(gaps)}",
            )


def _ranges(numbers: list[int]) -> str:
    """[0, 1, 2, 5] -> '0-2, 5'."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and spans[-1][1] == n - 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _harm_codes(loc: Loc, codes: Iterable[str]) -> Iterator[Finding]:
    """Harm flags are the non-adherent codes (DESIGN §4.3); an adherent one is a typo."""
    for j, code in enumerate(codes):
        if code in ADHERENT:
            yield (
                (*loc, j),
                f"'{code}' is an adherent code; harm codes are {', '.join(NON_ADHERENT)}",
            )


def _placeholders(loc: Loc, line: str) -> Iterator[Finding]:
    for match in _BRACES.finditer(line):
        name = match.group(1)
        if name is None:
            yield loc, f"unmatched '{match.group(0)}'; placeholders look like {{distress}}"
        elif name not in PLACEHOLDERS:
            yield loc, f"unknown placeholder {{{name}}}; use {_ALLOWED}"


def _method_details(loc: Loc, line: str) -> Iterator[Finding]:
    found = find_method_detail(line)
    if found:
        rule, text = found
        yield (
            loc,
            (
                f"method detail in a client line ({rule}: '{text}'); refer to means only "
                "generically, e.g. 'I've been saving up my pills'"
            ),
        )


# ---------------------------------------------------------------- rubric


def check_rubric(rubric: Rubric) -> list[Finding]:
    out: list[Finding] = []
    for i, criterion in enumerate(rubric.criteria):
        out += _harm_codes(("criteria", i, "harm_codes"), criterion.harm_codes)
        check = criterion.check
        if check.kind == "codes_present":
            groups = len(check.groups)
            full = check.full if check.full is not None else groups
            if full > groups:
                out.append(
                    (
                        ("criteria", i, "check", "full"),
                        f"full ({full}) is more than the number of groups ({groups})",
                    )
                )
            if check.partial > full:
                out.append(
                    (
                        ("criteria", i, "check", "partial"),
                        f"partial ({check.partial}) is more than full ({full})",
                    )
                )
    return out


# ---------------------------------------------------------------- across files


def check_across(
    items: Sequence[Scenario | Rubric], where: Callable[[int, Loc], str]
) -> list[tuple[int, Loc, str]]:
    """Ids that must be unique over all files. `where(i, loc)` is `file:line:col` of item i.

    The first occurrence (in file order) wins; the later one gets the error.
    """
    out: list[tuple[int, Loc, str]] = []
    seen: dict[tuple[str, str], tuple[int, Loc]] = {}

    def claim(kind: str, value: str, i: int, loc: Loc, message: str) -> None:
        first = seen.setdefault((kind, value), (i, loc))
        if first != (i, loc):
            out.append((i, loc, f"{message} (first at {where(*first)})"))

    for i, item in enumerate(items):
        if isinstance(item, Scenario):
            claim("scenario", item.id, i, ("id",), f"duplicate scenario id '{item.id}'")
            continue
        claim("rubric", item.id, i, ("id",), f"duplicate rubric id '{item.id}'")
        for j, criterion in enumerate(item.criteria):
            loc = ("criteria", j)
            claim(
                "criterion",
                criterion.id,
                i,
                (*loc, "id"),
                f"duplicate criterion id '{criterion.id}'",
            )
            if criterion.gate is not None:
                claim(
                    "gate",
                    criterion.gate,
                    i,
                    (*loc, "gate"),
                    f"gate '{criterion.gate}' is already used by another criterion; "
                    "each gate belongs to one criterion",
                )
    return out
