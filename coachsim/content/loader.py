"""Read scenario and rubric YAML into models; every problem becomes `file:line:col: message`.

Why not `yaml.safe_load`: error messages must point at the offending value, so we keep the
composed node tree (it has the marks) next to the data; duplicate keys are errors (safe_load
silently keeps the last one); and YAML 1.1 reads `no`, `off`, `12:30` and `2024-05-01` as
false, false, 750 and a date, which must be caught where the author meant text.

Public API: `ContentError`, `Content`, `load_content(paths)`, `load_texts({path: text})`,
`load_repo_content()`, `repo_root()`. A broken file never stops the others from loading.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from coachsim.content import checks
from coachsim.content.models import Rubric, Scenario

Loc = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
STR_TAG, BOOL_TAG, NULL_TAG, MERGE_TAG = (_TAG + t for t in ("str", "bool", "null", "merge"))
# A content file has a few hundred values; this only stops alias bombs ("billion laughs").
MAX_VALUES = 100_000
# Pydantic's wording for a wrong type names Python classes; say it in YAML terms instead.
EXPECTED = {
    "model_type": "a mapping of fields",
    "model_attributes_type": "a mapping of fields",
    "dict_type": "a mapping",
    "list_type": "a list",
    "string_type": "a text",
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
}
# Pydantic errors that mean "a text (or one of some fixed words) was expected here".
TEXT_ERRORS = {"string_type", "literal_error", "union_tag_invalid", "string_pattern_mismatch"}
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class ContentError:
    file: str
    line: int  # 1-based
    col: int  # 1-based
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


@dataclass
class Content:
    """The files that passed every check, by id, and the errors of all the others."""

    scenarios: dict[str, Scenario] = field(default_factory=dict)
    rubrics: dict[str, Rubric] = field(default_factory=dict)
    errors: list[ContentError] = field(default_factory=list)
    files: list[str] = field(default_factory=list)  # every file checked, as shown in errors


# ---------------------------------------------------------------- YAML with marks


class _Loader(yaml.SafeLoader):
    """SafeLoader whose int/float/date constructors never raise.

    `2024-02-30` matches the timestamp pattern but is no date, and a 5000-digit int exceeds
    Python's int-parsing limit; both are kept as text instead of failing the whole file.
    """


def _lenient(construct: Any) -> Any:
    def wrapped(loader: _Loader, node: ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, OverflowError):
            return loader.construct_scalar(node)

    return wrapped


for _tag in ("int", "float", "timestamp"):
    _Loader.add_constructor(_TAG + _tag, _lenient(SafeConstructor.yaml_constructors[_TAG + _tag]))


class _Problem(Exception):
    """A file-level problem that stops reading this file (and only this file)."""

    def __init__(self, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.line, self.col, self.message = line, col, message


def _decode(raw: str | bytes) -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line_start = raw.rfind(b"\n", 0, exc.start) + 1
        col = len(raw[line_start : exc.start].decode("utf-8", "replace")) + 1
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = raw[exc.start]
        message = f"not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8"
        raise _Problem(line, col, message) from None


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    message = "YAML syntax error: "
    if exc.context:
        message += exc.context
        if exc.context_mark is not None:
            message += f" (line {exc.context_mark.line + 1}, column {exc.context_mark.column + 1})"
        message += ": "
    problem = exc.problem or "invalid YAML"
    message += problem
    # The two mistakes supervisors make most, spelled out.
    if "'\\t'" in problem:
        message += " (indent with spaces, not tabs)"
    elif problem == "mapping values are not allowed here":
        message += " (a text that contains ': ' must be put in quotes)"
    return message


def _compose(text: str) -> tuple[MappingNode, Any, list[tuple[Node, str]]]:
    """The node tree (for marks), the plain data (for pydantic) and the issues `_scan` found."""
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:  # a control character; raised before any parsing
        before = text[: exc.position]
        line, col = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise _Problem(line, col, f"special character U+{code:04X} is not allowed") from None
    try:
        root = loader.get_single_node()
        if root is None or (
            isinstance(root, ScalarNode) and root.tag == NULL_TAG and not root.value
        ):
            raise _Problem(1, 1, "the file is empty; expected a mapping of fields")
        if not isinstance(root, MappingNode):
            kind = "a list" if isinstance(root, SequenceNode) else "a single value"
            raise _Problem(1, 1, f"expected a mapping of fields at the top level, found {kind}")
        issues = _scan(root)  # before construction: merging `<<` keys rewrites the tree
        data = loader.construct_document(root)
        return root, data, issues
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise _Problem(line, col, _syntax_message(exc)) from None
    except yaml.YAMLError as exc:  # defensive: every YAMLError we know of is marked
        raise _Problem(1, 1, f"YAML error: {exc}") from None
    except RecursionError:
        raise _Problem(1, 1, "the file is nested too deeply") from None
    finally:
        loader.dispose()


class _Cycle(Exception):
    pass


def _scan(root: Node) -> list[tuple[Node, str]]:
    """Duplicate keys, unquoted booleans, recursive aliases and alias bombs, with their nodes.

    The models have no true/false fields, so a plain `yes`/`no`/`on`/`off` is always a YAML 1.1
    surprise; it is flagged here because pydantic would quietly accept it as 1/0 in a number.
    """
    issues: list[tuple[Node, str]] = []
    sizes: dict[int, int] = {}  # id(node) -> number of values once aliases are expanded
    active: set[int] = set()

    def visit(node: Node, parts: tuple[str | int, ...]) -> int:
        if id(node) in sizes:
            return sizes[id(node)]
        if id(node) in active:
            raise _Cycle
        active.add(id(node))
        size = 1
        where = f"{_show(parts)}: " if parts else ""
        if isinstance(node, MappingNode):
            seen: dict[tuple[str, str], Node] = {}
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.tag != MERGE_TAG:
                    first = seen.setdefault((key.tag, key.value), key)
                    if first is not key:
                        message = f"duplicate key '{key.value}' (first at line {_line(first)})"
                        issues.append((key, where + message))
                size += visit(key, parts) + visit(value, (*parts, _name(key)))
        elif isinstance(node, SequenceNode):
            size += sum(visit(item, (*parts, i)) for i, item in enumerate(node.value))
        elif node.tag == BOOL_TAG and node.style is None:
            word = "true" if SafeConstructor.bool_values.get(node.value.lower()) else "false"
            issues.append((node, where + _quote_hint(node, f"the boolean {word}")))
        active.discard(id(node))
        sizes[id(node)] = size
        return size

    try:
        total = visit(root, ())
    except _Cycle:
        raise _Problem(1, 1, "an alias refers to a value that contains it") from None
    if total > MAX_VALUES:
        raise _Problem(1, 1, f"too many values ({total}) once aliases are expanded")
    return issues


def _name(key: Node) -> str:
    return key.value if isinstance(key, ScalarNode) else "?"


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _quote_hint(node: ScalarNode, reads_as: str) -> str:
    value = node.value
    return f"unquoted '{value}' is read as {reads_as}; if you mean the text, quote it: \"{value}\""


# ---------------------------------------------------------------- locating a path in the tree


def _child(node: Node, part: str | int) -> tuple[Node | None, Node] | None:
    if isinstance(node, MappingNode):
        for key, value in reversed(node.value):  # the last duplicate wins, as in the data
            if isinstance(key, ScalarNode) and key.value == str(part):
                return key, value
    elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return None, node.value[part]
    return None


@dataclass
class _Found:
    node: Node  # the deepest node on the path
    key: Node | None  # the key node of the last mapping step
    shown: str  # the path of the nodes found, e.g. "hidden_facts[2].lines[0]"


def _show(parts: Sequence[str | int]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _find(root: Node, loc: Loc) -> _Found:
    """Follow a pydantic error path through the nodes.

    Parts that are not in the tree are skipped: a discriminated union adds its tag to the path
    (`check.codes_present.groups`), and a missing field's own name is not there by definition,
    so the error lands on the mapping that lacks it.
    """
    node, key, parts = root, None, []
    for part in loc:
        if part == "[key]" and key is not None:  # the error is about a mapping key itself
            return _Found(key, key, _show(parts[:-1]))
        step = _child(node, part)
        if step is None:
            continue
        key, node = step
        parts.append(part)
    return _Found(node, key, _show(parts))


# ---------------------------------------------------------------- pydantic errors -> messages


def _unwrap(hint: Any) -> Any:
    """`Annotated[X, ...]` -> X and `X | None` -> X, repeatedly."""
    while True:
        if get_origin(hint) is Annotated:
            hint = get_args(hint)[0]
        elif get_origin(hint) in (Union, UnionType):
            members = [a for a in get_args(hint) if a is not type(None)]
            if len(members) != 1:
                return hint
            hint = members[0]
        else:
            return hint


def _step(hint: Any, part: str | int) -> Any:
    """The type found at `part` inside `hint` (None when unknown)."""
    hint = _unwrap(hint)
    if isinstance(hint, type) and issubclass(hint, BaseModel):
        field_info = hint.model_fields.get(str(part))
        return field_info.annotation if field_info else None
    if get_origin(hint) is list:
        return get_args(hint)[0]
    if get_origin(hint) is dict:
        return get_args(hint)[1]
    if get_origin(hint) in (Union, UnionType):  # a discriminated union: `part` is the tag
        for member in map(_unwrap, get_args(hint)):
            kind = getattr(member, "model_fields", {}).get("kind")
            if kind is not None and part in get_args(kind.annotation):
                return member
    return None


def field_names(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names allowed in the mapping at `loc` (for "did you mean")."""
    hint: Any = model
    for part in loc:
        hint = _step(hint, part)
    hint = _unwrap(hint)
    return list(hint.model_fields) if isinstance(hint, type) and issubclass(hint, BaseModel) else []


def _did_you_mean(word: object, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(word), list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    value = node.value if len(node.value) <= 40 else node.value[:37] + "..."
    return repr(value) if node.tag == STR_TAG else value or "an empty value"


def _surprise(node: ScalarNode, value: Any) -> str:
    """The message for a plain scalar that YAML typed as something other than text."""
    if node.tag == NULL_TAG:
        if node.value in ("", "~"):
            return "the value is empty; write the text here"
        return _quote_hint(node, "an empty value (null)")
    if isinstance(value, bool):
        return _quote_hint(node, f"the boolean {str(value).lower()}")
    if isinstance(value, int | float):
        return _quote_hint(node, f"the number {value}")
    return _quote_hint(node, "a date")


def _message(err: Mapping[str, Any], found: _Found, model: type[BaseModel]) -> str:
    kind, loc, node = err["type"], err["loc"], found.node
    options = re.findall(r"'([^']*)'", err.get("ctx", {}).get("expected", ""))
    # An unquoted word YAML typed as non-text: quoting helps a text field, or a choice field
    # when the word is one of the choices.
    typed = isinstance(node, ScalarNode) and node.style is None and node.tag != STR_TAG
    if typed and kind in TEXT_ERRORS and (kind != "literal_error" or node.value in options):
        return _surprise(node, err.get("input"))
    if kind == "missing":
        return f"missing required field '{loc[-1]}'"
    if kind == "extra_forbidden":
        hint = _did_you_mean(loc[-1], field_names(model, loc[:-1]))
        return f"unknown field '{loc[-1]}' is not permitted{hint}"
    if kind == "union_tag_not_found":
        discriminator = err.get("ctx", {}).get("discriminator", "'kind'")
        return f"missing required field {discriminator}"
    if kind == "union_tag_invalid":
        ctx = err["ctx"]
        return f"'{ctx['tag']}' is not one of {ctx['expected_tags']}"
    if kind == "literal_error" and isinstance(node, ScalarNode):
        hint = _did_you_mean(node.value, options)
        return f"'{node.value}' is not allowed here" + (
            hint or f"; expected {err['ctx']['expected']}"
        )
    if kind in EXPECTED:
        return f"expected {EXPECTED[kind]} (got {_describe(node)})"
    msg = err["msg"]
    return f"{msg[0].lower()}{msg[1:]} (got {_describe(node)})"


# ---------------------------------------------------------------- one file


@dataclass
class _Doc:
    path: Path
    file: str  # as shown in errors
    root: Node | None = None
    model: Scenario | Rubric | None = None
    errors: list[ContentError] = field(default_factory=list)

    def at(self, node: Node, message: str) -> ContentError:
        mark = node.start_mark
        return ContentError(self.file, mark.line + 1, mark.column + 1, message)

    def error(self, loc: Loc, message: str) -> ContentError:
        """An error about `loc` (a path that checks produce); the message is prefixed with it."""
        assert self.root is not None
        shown = _show(loc)
        return self.at(_find(self.root, loc).node, f"{shown}: {message}" if shown else message)

    def where(self, loc: Loc) -> str:
        """`file:line:col` of `loc`, for messages that point at another file."""
        error = self.error(loc, "")
        return f"{error.file}:{error.line}:{error.col}"


def _model_for(path: Path, root: MappingNode) -> type[Scenario] | type[Rubric]:
    """By folder; for a file elsewhere, by keys (only a rubric has `criteria`)."""
    folder = path.parent.name
    if folder in ("scenarios", "rubrics"):
        return Scenario if folder == "scenarios" else Rubric
    keys = {key.value for key, _ in root.value if isinstance(key, ScalarNode)}
    return Rubric if "criteria" in keys else Scenario


def _read(path: Path, raw: str | bytes, file: str) -> _Doc:
    doc = _Doc(path, file)
    try:
        root, data, issues = _compose(_decode(raw))
    except _Problem as problem:
        doc.errors.append(ContentError(file, problem.line, problem.col, problem.message))
        return doc
    doc.root = root
    model_class = _model_for(path, root)
    reported = {id(node) for node, _ in issues}  # pydantic must not report these a second time
    errors = [doc.at(node, message) for node, message in issues]
    try:
        model = model_class.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            found = _find(root, tuple(err["loc"]))
            if err["type"] in ("extra_forbidden", "invalid_key") and found.key is not None:
                found.node = found.key  # point at the key, not at its value
                found.shown = _show(tuple(err["loc"])[:-1]) if len(err["loc"]) > 1 else ""
            if err["type"] == "union_tag_invalid":  # point at the tag itself
                tag = _child(found.node, err["ctx"]["discriminator"].strip("'"))
                if tag is not None:
                    found.node, found.shown = tag[1], f"{found.shown}.{tag[0].value}"
            if id(found.node) in reported:
                continue
            message = _message(err, found, model_class)
            errors.append(
                doc.at(found.node, f"{found.shown}: {message}" if found.shown else message)
            )
    else:
        doc.model = model
        findings = (
            checks.check_scenario(model, path.stem)
            if isinstance(model, Scenario)
            else checks.check_rubric(model)
        )
        errors += [doc.error(loc, message) for loc, message in findings]
    if model_class is Scenario:  # even when the schema failed: these matter most
        errors += [doc.error(loc, message) for loc, message in checks.check_client_lines(data)]
    doc.errors = _sorted_unique(errors)
    return doc


def _sorted_unique(errors: Iterable[ContentError]) -> list[ContentError]:
    return sorted(set(errors), key=lambda e: (e.line, e.col, e.message))


# ---------------------------------------------------------------- many files


def shown_path(path: Path) -> str:
    """Relative to the working directory when the file is under it, else as given."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


def find_files(paths: Iterable[Path]) -> tuple[list[Path], list[ContentError]]:
    """Files as given; folders searched (recursively) for *.yaml and *.yml; each file once."""
    files: dict[Path, Path] = {}  # resolved -> as given
    errors: list[ContentError] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in YAML_SUFFIXES and p.is_file())
        elif path.exists():
            found = [path]
        else:
            errors.append(ContentError(shown_path(path), 1, 1, "no such file or folder"))
            continue
        for file in found:
            files.setdefault(file.resolve(), file)
    return list(files.values()), errors


def load_content(paths: Iterable[Path]) -> Content:
    """Load and check every file under `paths`; good items plus all errors, never raises."""
    files, errors = find_files(paths)
    texts: dict[Path, str | bytes] = {}
    for path in files:
        try:
            texts[path] = path.read_bytes()
        except OSError as exc:
            errors.append(ContentError(shown_path(path), 1, 1, f"cannot read: {exc.strerror}"))
    content = load_texts(texts)
    content.errors[:0] = errors
    return content


def load_texts(texts: Mapping[Path, str | bytes]) -> Content:
    """Like `load_content` for texts already in memory (the studio's unsaved edits)."""
    docs = []
    for path, raw in texts.items():
        file = shown_path(path)
        try:
            docs.append(_read(path, raw, file))
        except Exception as exc:  # a bug here must not hide the other files; tests look for it
            docs.append(
                _Doc(path, file, errors=[ContentError(file, 1, 1, f"internal error: {exc!r}")])
            )
    _check_across(docs)
    content = Content(files=[doc.file for doc in docs])
    for doc in docs:
        content.errors += doc.errors
        if doc.errors or doc.model is None:
            continue
        if isinstance(doc.model, Scenario):
            content.scenarios[doc.model.id] = doc.model
        else:
            content.rubrics[doc.model.id] = doc.model
    return content


def _check_across(docs: list[_Doc]) -> None:
    """Checks between files; the later file of a clash gets the error (and is not loaded)."""
    valid = [doc for doc in docs if doc.model is not None]
    findings = checks.check_across(
        [doc.model for doc in valid],  # type: ignore[misc]
        lambda i, loc: valid[i].where(loc),
    )
    for i, loc, message in findings:
        valid[i].errors = _sorted_unique([*valid[i].errors, valid[i].error(loc, message)])


# ---------------------------------------------------------------- the repository's content


def repo_root() -> Path:
    """The checkout this package lives in (coachsim/content/loader.py -> three levels up)."""
    return Path(__file__).resolve().parents[2]


def repo_paths() -> list[Path]:
    return [repo_root() / "scenarios", repo_root() / "rubrics"]


@functools.cache
def load_repo_content() -> Content:
    """The shipped scenarios and rubrics, loaded once per process.

    Shared between callers: treat it as read-only. After editing files, call
    `load_repo_content.cache_clear()`.
    """
    return load_content(repo_paths())
