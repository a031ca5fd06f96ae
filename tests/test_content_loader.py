"""The content loader: every kind of error gives one exact `file:line:col: message`.

Most tests edit a copy of tests/fixtures/content/scenarios/minimal.yaml (or the rubric next to
it); the line numbers in the expected messages refer to that file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coachsim.content.loader import (
    Content,
    ContentError,
    load_content,
    load_repo_content,
    load_texts,
)

FIXTURES = Path(__file__).parent / "fixtures" / "content"
SCENARIO = (FIXTURES / "scenarios" / "minimal.yaml").read_text(encoding="utf-8")
RUBRIC = (FIXTURES / "rubrics" / "minimal.yaml").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder so error messages show short relative paths."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def write(path: str, text: str | bytes) -> Path:
    file = Path(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        file.write_bytes(text)
    else:
        file.write_text(text, encoding="utf-8")
    return file


def errors(*paths: str) -> list[str]:
    return [str(e) for e in load_content([Path(p) for p in paths]).errors]


def scenario_errors(*pairs: tuple[str, str], name: str = "minimal") -> list[str]:
    write(f"scenarios/{name}.yaml", edit(SCENARIO, *pairs))
    return errors("scenarios")


def rubric_errors(*pairs: tuple[str, str]) -> list[str]:
    write("rubrics/minimal.yaml", edit(RUBRIC, *pairs))
    return errors("rubrics")


# ---------------------------------------------------------------- the good files


def test_minimal_fixtures_are_valid() -> None:
    write("scenarios/minimal.yaml", SCENARIO)
    write("rubrics/minimal.yaml", RUBRIC)
    content = load_content([Path("scenarios"), Path("rubrics")])
    assert content.errors == []
    assert list(content.scenarios) == ["minimal"]
    assert list(content.rubrics) == ["minimal"]
    assert content.files == ["scenarios/minimal.yaml", "rubrics/minimal.yaml"]


def test_content_error_str() -> None:
    assert str(ContentError("a.yaml", 3, 7, "boom")) == "a.yaml:3:7: boom"


# ---------------------------------------------------------------- YAML syntax and file level


def test_syntax_error_unterminated_quote() -> None:
    write("scenarios/minimal.yaml", 'id: minimal\ntitle: "unterminated\n')
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:3:1: YAML syntax error: while scanning a quoted scalar"
        " (line 2, column 8): found unexpected end of stream"
    ]


def test_syntax_error_colon_in_plain_text_has_a_hint() -> None:
    assert scenario_errors(("title: Minimal scenario", "title: Sam: not again")) == [
        "scenarios/minimal.yaml:3:11: YAML syntax error: mapping values are not allowed here"
        " (a text that contains ': ' must be put in quotes)"
    ]


def test_syntax_error_tab_indent_has_a_hint() -> None:
    assert scenario_errors(("  - id: uncle", "\t- id: uncle")) == [
        "scenarios/minimal.yaml:14:1: YAML syntax error: while scanning for the next token:"
        " found character '\\t' that cannot start any token (indent with spaces, not tabs)"
    ]


def test_two_documents_in_one_file() -> None:
    write("scenarios/minimal.yaml", SCENARIO + "---\nid: second\n")
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:35:1: YAML syntax error: expected a single document in the"
        " stream (line 2, column 1): but found another document"
    ]


def test_unknown_tag() -> None:
    assert scenario_errors(("title: Minimal scenario", "title: !secret Minimal")) == [
        "scenarios/minimal.yaml:3:8: YAML syntax error: could not determine a constructor"
        " for the tag '!secret'"
    ]


def test_not_utf8_points_at_the_bad_byte() -> None:
    write("scenarios/minimal.yaml", SCENARIO.replace("Sam,", "S\xe9m,").encode("latin-1"))
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:9:18: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    ]


def test_binary_file() -> None:
    write("scenarios/minimal.yaml", b"\xff\xfe\x00\x01")
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:1:1: not UTF-8 text (byte 0xff); save the file as UTF-8"
    ]


def test_control_character() -> None:
    assert scenario_errors(("Minimal scenario", "Minimal\x07scenario")) == [
        "scenarios/minimal.yaml:3:15: special character U+0007 is not allowed"
    ]


@pytest.mark.parametrize("text", ["", "\n\n", "# just a comment\n", "---\n"])
def test_empty_file(text: str) -> None:
    write("scenarios/minimal.yaml", text)
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:1:1: the file is empty; expected a mapping of fields"
    ]


def test_top_level_list() -> None:
    write("scenarios/minimal.yaml", "# comment\n- id: minimal\n- title: x\n")
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:1:1: expected a mapping of fields at the top level, found a list"
    ]


def test_top_level_scalar() -> None:
    write("scenarios/minimal.yaml", "just some text\n")
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:1:1: expected a mapping of fields at the top level,"
        " found a single value"
    ]


def test_missing_path() -> None:
    assert errors("nowhere") == ["nowhere:1:1: no such file or folder"]


# ---------------------------------------------------------------- duplicate keys


def test_duplicate_key_at_top_level() -> None:
    assert scenario_errors(("summary:", "title: Again\nsummary:")) == [
        "scenarios/minimal.yaml:4:1: duplicate key 'title' (first at line 3)"
    ]


def test_duplicate_key_nested_and_quoted() -> None:
    assert scenario_errors(("{name: Sam,", '{name: Sam, "name": Al,')) == [
        "scenarios/minimal.yaml:9:22: persona: duplicate key 'name' (first at line 9)"
    ]


# ---------------------------------------------------------------- YAML 1.1 surprises


def test_unquoted_no_in_a_text_field() -> None:
    assert scenario_errors(("title: Minimal scenario", "title: no")) == [
        "scenarios/minimal.yaml:3:8: title: unquoted 'no' is read as the boolean false;"
        ' if you mean the text, quote it: "no"'
    ]


def test_unquoted_off_in_a_choice_field() -> None:
    assert scenario_errors(
        ("initial_state:", "policy: {twenty_four_hour_rule: off}\ninitial_state:")
    ) == [
        "scenarios/minimal.yaml:12:33: policy.twenty_four_hour_rule: unquoted 'off' is read as"
        ' the boolean false; if you mean the text, quote it: "off"'
    ]


def test_unquoted_yes_in_a_number_field_is_not_silently_one() -> None:
    assert scenario_errors(("{distress: 5}", "{distress: 5, trust: yes}")) == [
        "scenarios/minimal.yaml:12:37: initial_state.trust: unquoted 'yes' is read as the"
        ' boolean true; if you mean the text, quote it: "yes"'
    ]


def test_unquoted_sexagesimal_time() -> None:
    assert scenario_errors(
        ("situation: Half an hour before a family dinner.", "situation: 12:30")
    ) == [
        "scenarios/minimal.yaml:10:12: situation: unquoted '12:30' is read as the number 750;"
        ' if you mean the text, quote it: "12:30"'
    ]


def test_unquoted_number_in_a_text_field() -> None:
    assert scenario_errors(("initial_state:", "policy: {crisis_line: 988}\ninitial_state:")) == [
        "scenarios/minimal.yaml:12:23: policy.crisis_line: unquoted '988' is read as the number"
        ' 988; if you mean the text, quote it: "988"'
    ]


def test_unquoted_date_in_a_list_of_texts() -> None:
    assert scenario_errors(('"Nothing yet."', "2024-05-01")) == [
        "scenarios/minimal.yaml:25:55: lines[2].lines[1]: unquoted '2024-05-01' is read as a date;"
        ' if you mean the text, quote it: "2024-05-01"'
    ]


def test_impossible_date_is_just_text() -> None:
    # 2024-02-30 looks like a YAML timestamp but is no date: it stays the author's text.
    assert scenario_errors(('"Nothing yet."', "2024-02-30")) == []


def test_empty_value_in_a_text_field() -> None:
    assert scenario_errors(("title: Minimal scenario", "title:")) == [
        "scenarios/minimal.yaml:3:7: title: the value is empty; write the text here"
    ]


def test_unquoted_null_in_a_text_field() -> None:
    assert scenario_errors(("title: Minimal scenario", "title: null")) == [
        "scenarios/minimal.yaml:3:8: title: unquoted 'null' is read as an empty value (null);"
        ' if you mean the text, quote it: "null"'
    ]


def test_quoted_values_are_fine() -> None:
    assert (
        scenario_errors(
            ("title: Minimal scenario", 'title: "no"'),
            ("situation: Half an hour before a family dinner.", "situation: '12:30'"),
            (
                "initial_state:",
                'policy: {twenty_four_hour_rule: "off", crisis_line: "988"}\ninitial_state:',
            ),
        )
        == []
    )


# ---------------------------------------------------------------- schema errors


def test_extra_field_points_at_the_key() -> None:
    assert scenario_errors(("situation:", "mood: tense\nsituation:")) == [
        "scenarios/minimal.yaml:10:1: unknown field 'mood' is not permitted"
    ]


def test_misspelt_field_reports_both_and_suggests() -> None:
    assert scenario_errors(("age: 19", "agee: 19")) == [
        "scenarios/minimal.yaml:9:10: persona: missing required field 'age'",
        "scenarios/minimal.yaml:9:22: persona: unknown field 'agee' is not permitted"
        " (did you mean 'age'?)",
    ]


def test_missing_field_points_at_the_mapping() -> None:
    assert scenario_errors(("situation: Half an hour before a family dinner.\n", "")) == [
        "scenarios/minimal.yaml:2:1: missing required field 'situation'"
    ]


def test_wrong_type_mapping_expected() -> None:
    assert scenario_errors(("{name: Sam, age: 19, background: First-year student.}", "Sam")) == [
        "scenarios/minimal.yaml:9:10: persona: expected a mapping of fields (got 'Sam')"
    ]


def test_wrong_type_list_expected() -> None:
    assert scenario_errors(("skill_focus: [STOP]", "skill_focus: STOP")) == [
        "scenarios/minimal.yaml:8:14: skill_focus: expected a list (got 'STOP')"
    ]


def test_wrong_type_number_expected() -> None:
    assert scenario_errors(("age: 19", "age: nineteen")) == [
        "scenarios/minimal.yaml:9:27: persona.age: expected a whole number (got 'nineteen')"
    ]


def test_number_out_of_range() -> None:
    assert scenario_errors(("{distress: 5}", "{distress: 12}")) == [
        "scenarios/minimal.yaml:12:27: initial_state.distress: input should be less than or"
        " equal to 10 (got 12)"
    ]


def test_too_few_lines_in_a_pool() -> None:
    assert scenario_errors(('["Forget it.", "Bye."]', '["Forget it."]')) == [
        "scenarios/minimal.yaml:32:29: lines[9].lines: list should have at least 2 items after"
        " validation, not 1 (got a list)"
    ]


def test_bad_choice_lists_the_options() -> None:
    assert scenario_errors(("difficulty: beginner", "difficulty: expert")) == [
        "scenarios/minimal.yaml:5:13: difficulty: 'expert' is not allowed here; expected"
        " 'beginner', 'intermediate' or 'advanced'"
    ]


def test_bad_code_suggests_the_closest() -> None:
    assert scenario_errors(("any_codes: [VALIDATE]", "any_codes: [VALIDATED]")) == [
        "scenarios/minimal.yaml:16:33: hidden_facts[0].disclose_when.any_codes[0]: 'VALIDATED'"
        " is not allowed here (did you mean 'VALIDATE'?)"
    ]


def test_bad_state_variable_key() -> None:
    assert scenario_errors(
        (
            "initial_state:",
            "reactions:\n  - {codes: [VALIDATE], effects: {trsut: 1}}\ninitial_state:",
        )
    ) == [
        "scenarios/minimal.yaml:13:35: reactions[0].effects: 'trsut' is not allowed here"
        " (did you mean 'trust'?)"
    ]


def test_bad_check_kind_points_at_kind() -> None:
    assert rubric_errors(("kind: codes_present", "kind: present")) == [
        "rubrics/minimal.yaml:11:19: criteria[0].check.kind: 'present' is not one of"
        " 'codes_present', 'before', 'after_cue', 'absent', 'call_length'"
    ]


def test_missing_check_kind() -> None:
    assert rubric_errors(("kind: codes_present, ", "")) == [
        "rubrics/minimal.yaml:11:12: criteria[0].check: missing required field 'kind'"
    ]


def test_error_inside_a_discriminated_union() -> None:
    assert rubric_errors(("[[RISK_QUESTION]]", "[[RISK_QUESTIONS]]")) == [
        "rubrics/minimal.yaml:11:44: criteria[0].check.groups[0][0]: 'RISK_QUESTIONS' is not"
        " allowed here (did you mean 'RISK_QUESTION'?)"
    ]


def test_bad_gate() -> None:
    assert rubric_errors(("gate: ASK_RISK", "gate: ASK")) == [
        "rubrics/minimal.yaml:12:11: criteria[0].gate: 'ASK' is not allowed here; expected"
        " 'ASK_RISK', 'FOLLOW_MEANS', 'MEDICAL_CHECK_AFTER_HARM' or 'ESCALATE_IMMINENT'"
    ]


def test_every_error_of_a_file_is_reported() -> None:
    assert scenario_errors(
        ("title: Minimal scenario", "title: no"),
        ("difficulty: beginner", "difficulty: expert"),
        ("age: 19", "agee: 19"),
        ("My uncle always makes fun of me.", "I have 30 pills."),
        ("About a {distress}.", "About a {distres}."),
    ) == [
        "scenarios/minimal.yaml:3:8: title: unquoted 'no' is read as the boolean false;"
        ' if you mean the text, quote it: "no"',
        "scenarios/minimal.yaml:5:13: difficulty: 'expert' is not allowed here; expected"
        " 'beginner', 'intermediate' or 'advanced'",
        "scenarios/minimal.yaml:9:10: persona: missing required field 'age'",
        "scenarios/minimal.yaml:9:22: persona: unknown field 'agee' is not permitted"
        " (did you mean 'age'?)",
        # client lines are checked even when the schema fails: they matter most
        "scenarios/minimal.yaml:17:13: hidden_facts[0].lines[0]: method detail in a client"
        " line (a quantity of medication: '30 pills'); refer to means only generically, e.g."
        " 'I've been saving up my pills'",
        "scenarios/minimal.yaml:24:40: lines[1].lines[0]: unknown placeholder {distres};"
        " use {distress}, {urge_selfharm}, {urge_suicide}, {trust}, {willingness}, {name}",
    ]


# ---------------------------------------------------------------- semantic checks in one file


def test_id_must_equal_file_stem() -> None:
    assert scenario_errors(name="s01-other") == [
        "scenarios/s01-other.yaml:2:5: id: 'minimal' must equal the file name without"
        " extension ('s01-other')"
    ]


def test_unknown_fact_reference() -> None:
    assert scenario_errors(("facts: [uncle]", "facts: [uncel]")) == [
        "scenarios/minimal.yaml:20:29: hidden_facts[1].disclose_when.facts[0]: unknown fact"
        " 'uncel' (facts here: uncle, leave_early)"
    ]


def test_unknown_fact_reference_in_an_end_condition() -> None:
    assert scenario_errors(("when: {after_turn: 8}", "when: {after_turn: 8, facts: [plan]}")) == [
        "scenarios/minimal.yaml:34:55: end_conditions[0].when.facts[0]: unknown fact 'plan'"
        " (facts here: uncle, leave_early)"
    ]


def test_duplicate_fact_id() -> None:
    assert scenario_errors(("id: leave_early", "id: uncle"), ("facts: [uncle]", "facts: []")) == [
        "scenarios/minimal.yaml:18:9: hidden_facts[1].id: duplicate fact id 'uncle' (first in"
        " hidden_facts[0])"
    ]


def test_facts_waiting_for_each_other() -> None:
    assert scenario_errors(("{any_codes: [VALIDATE]}", "{facts: [leave_early]}")) == [
        "scenarios/minimal.yaml:16:28: hidden_facts[0].disclose_when.facts: fact 'uncle' can"
        " never be disclosed: it waits for 'leave_early', which waits for it in turn",
        "scenarios/minimal.yaml:20:28: hidden_facts[1].disclose_when.facts: fact 'leave_early'"
        " can never be disclosed: it waits for 'uncle', which waits for it in turn",
    ]


def test_condition_that_can_never_hold() -> None:
    assert scenario_errors(("min_trust: 4}", "min_trust: 4, max_trust: 2}")) == [
        "scenarios/minimal.yaml:20:48: hidden_facts[1].disclose_when.min_trust: min_trust (4)"
        " is above max_trust (2); the condition can never hold"
    ]


def test_placeholder_unknown() -> None:
    assert scenario_errors(("Maybe {distress}.", "Maybe {mood}.")) == [
        "scenarios/minimal.yaml:24:63: lines[1].lines[1]: unknown placeholder {mood}; use"
        " {distress}, {urge_selfharm}, {urge_suicide}, {trust}, {willingness}, {name}"
    ]


def test_placeholder_malformed() -> None:
    assert scenario_errors(("Maybe {distress}.", "Maybe {distress."), ("About a", "{{About a")) == [
        "scenarios/minimal.yaml:24:40: lines[1].lines[0]: unmatched '{'; placeholders look"
        " like {distress}",
        "scenarios/minimal.yaml:24:65: lines[1].lines[1]: unmatched '{'; placeholders look"
        " like {distress}",
    ]


def test_placeholder_in_the_opening_line() -> None:
    assert scenario_errors(("Hi, this", "Hi, {name} here, this")) == []
    assert scenario_errors(("Hi, this", "Hi, {coach} here, this")) == [
        "scenarios/minimal.yaml:11:15: opening_line: unknown placeholder {coach}; use"
        " {distress}, {urge_selfharm}, {urge_suicide}, {trust}, {willingness}, {name}"
    ]


def test_method_detail_in_a_hidden_fact_line() -> None:
    assert scenario_errors(("My uncle always makes fun of me.", "How many would it take?")) == [
        "scenarios/minimal.yaml:17:13: hidden_facts[0].lines[0]: method detail in a client line"
        " (lethality talk: 'How many would it take'); refer to means only generically, e.g."
        " 'I've been saving up my pills'"
    ]


def test_method_detail_in_opening_pool_pressure_and_end_lines() -> None:
    pressure = (
        "end_conditions:",
        "boundary_pressures:\n  - {id: p, kind: more_time, when: {}, lines: ['I took 300 mg.']}"
        "\nend_conditions:",
    )
    assert scenario_errors(
        ("Hi, this isn't an emergency.", "Hi, I looked up how to kill myself."),
        ('"Deal."', '"I have 20 pills."'),
        pressure,
        ("I have to go in now.", "There's a noose."),
    ) == [
        "scenarios/minimal.yaml:11:15: opening_line: method detail in a client line (how-to"
        " about a method: 'how to kill myself'); refer to means only generically, e.g."
        " 'I've been saving up my pills'",
        "scenarios/minimal.yaml:30:57: lines[7].lines[1]: method detail in a client line"
        " (a quantity of medication: '20 pills'); refer to means only generically, e.g."
        " 'I've been saving up my pills'",
        "scenarios/minimal.yaml:34:48: boundary_pressures[0].lines[0]: method detail in a"
        " client line (a dose: '300 mg'); refer to means only generically, e.g. 'I've been"
        " saving up my pills'",
        "scenarios/minimal.yaml:36:56: end_conditions[0].lines[0]: method detail in a client"
        " line (a specific method description: 'noose'); refer to means only generically,"
        " e.g. 'I've been saving up my pills'",
    ]


def test_missing_intent_pool() -> None:
    assert scenario_errors(('  - {intent: hangup, lines: ["Forget it.", "Bye."]}\n', "")) == [
        "scenarios/minimal.yaml:23:3: lines: no line pool for intent 'hangup' (every intent"
        " needs one)"
    ]


def test_intent_pool_distress_gap() -> None:
    assert scenario_errors(
        ("{intent: vent,", "{intent: vent, min_distress: 2, max_distress: 8,")
    ) == [
        "scenarios/minimal.yaml:23:14: lines[0].intent: intent 'vent' has no lines for"
        " distress 0-1, 9-10"
    ]


def test_missing_time_budget() -> None:
    assert scenario_errors(("kind: time_budget", "kind: hangup")) == [
        "scenarios/minimal.yaml:34:3: end_conditions: add a 'time_budget' end condition so"
        " every call ends"
    ]


def test_no_end_conditions_at_all() -> None:
    write("scenarios/minimal.yaml", SCENARIO[: SCENARIO.index("end_conditions:")])
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:2:1: end_conditions: add a 'time_budget' end condition so"
        " every call ends"
    ]


def test_adherent_code_as_harm() -> None:
    assert scenario_errors(
        (
            "initial_state:",
            "critical_fails:\n  - {id: x, description: y, harm_codes: [VALIDATE]}\ninitial_state:",
        )
    ) == [
        "scenarios/minimal.yaml:13:42: critical_fails[0].harm_codes[0]: 'VALIDATE' is an"
        " adherent code; harm codes are LEADING_RISK_QUESTION, INVALIDATE, LECTURE,"
        " FALSE_REASSURANCE, PROBLEM_SOLVE_FOR, PROCESS, PROMISE_AVAILABILITY,"
        " DUAL_RELATIONSHIP, SECRECY, THREATEN, BURDEN_SIGNAL"
    ]


def test_codes_present_full_above_groups() -> None:
    assert rubric_errors(("groups: [[RISK_QUESTION]]}", "groups: [[RISK_QUESTION]], full: 2}")) == [
        "rubrics/minimal.yaml:11:67: criteria[0].check.full: full (2) is more than the number"
        " of groups (1)"
    ]


# ---------------------------------------------------------------- across files


def test_duplicate_scenario_id_across_folders() -> None:
    write("scenarios/minimal.yaml", SCENARIO)
    write("more/minimal.yaml", SCENARIO)
    assert errors("scenarios", "more") == [
        "more/minimal.yaml:2:5: id: duplicate scenario id 'minimal' (first at"
        " scenarios/minimal.yaml:2:5)"
    ]


def test_duplicate_rubric_and_criterion_ids_and_gates() -> None:
    write("rubrics/minimal.yaml", RUBRIC)
    write("rubrics/second.yaml", RUBRIC)
    assert errors("rubrics") == [
        "rubrics/second.yaml:2:5: id: duplicate rubric id 'minimal' (first at"
        " rubrics/minimal.yaml:2:5)",
        "rubrics/second.yaml:6:9: criteria[0].id: duplicate criterion id 'MN1' (first at"
        " rubrics/minimal.yaml:6:9)",
        "rubrics/second.yaml:12:11: criteria[0].gate: gate 'ASK_RISK' is already used by"
        " another criterion; each gate belongs to one criterion (first at"
        " rubrics/minimal.yaml:12:11)",
    ]


def test_duplicate_criterion_within_one_rubric() -> None:
    second = RUBRIC[RUBRIC.index("  - id: MN1") :].replace("gate: ASK_RISK", "gate: FOLLOW_MEANS")
    write("rubrics/minimal.yaml", RUBRIC + second)
    assert errors("rubrics") == [
        "rubrics/minimal.yaml:23:9: criteria[1].id: duplicate criterion id 'MN1' (first at"
        " rubrics/minimal.yaml:6:9)"
    ]


def test_the_same_file_twice_is_loaded_once() -> None:
    write("scenarios/minimal.yaml", SCENARIO)
    assert errors("scenarios", "scenarios/minimal.yaml") == []


# ---------------------------------------------------------------- which model, and bad files


def test_model_chosen_by_keys_outside_the_known_folders() -> None:
    write("elsewhere/minimal.yaml", SCENARIO)
    write("elsewhere/rubric.yaml", RUBRIC)
    content = load_content([Path("elsewhere")])
    assert content.errors == []
    assert list(content.scenarios) == ["minimal"]
    assert list(content.rubrics) == ["minimal"]


def test_folder_decides_over_keys() -> None:
    write("scenarios/minimal.yaml", RUBRIC)
    assert "scenarios/minimal.yaml:2:1: missing required field 'title'" in errors("scenarios")


def test_broken_file_does_not_stop_the_good_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)
    content = load_content([Path(".")])
    assert list(content.scenarios) == ["minimal"]
    assert list(content.rubrics) == ["minimal"]
    assert [str(e) for e in content.errors] == [
        "broken/empty.yaml:1:1: the file is empty; expected a mapping of fields",
        "broken/list.yaml:1:1: expected a mapping of fields at the top level, found a list",
        "broken/not-utf8.yaml:1:1: not UTF-8 text (byte 0xff); save the file as UTF-8",
        "broken/syntax.yaml:3:1: YAML syntax error: while scanning a quoted scalar (line 2,"
        " column 8): found unexpected end of stream",
    ]


def test_a_file_with_errors_is_not_loaded() -> None:
    write("scenarios/minimal.yaml", edit(SCENARIO, ("facts: [uncle]", "facts: [x]")))
    write("rubrics/minimal.yaml", RUBRIC)
    content = load_content([Path("scenarios"), Path("rubrics")])
    assert content.scenarios == {}
    assert list(content.rubrics) == ["minimal"]
    assert len(content.errors) == 1


# ---------------------------------------------------------------- anchors and aliases


def test_anchors_and_merge_keys_work() -> None:
    text = edit(
        SCENARIO,
        ("persona: {name: Sam,", "persona: &who {name: Sam,"),
        ("end_conditions:", "x_persona: *who\nend_conditions:"),
    )
    write("scenarios/minimal.yaml", text)
    # The alias is loaded like the original (here: an unknown field, at its key).
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:33:1: unknown field 'x_persona' is not permitted (did you"
        " mean 'persona'?)"
    ]


def test_merge_key_errors_point_into_the_anchor() -> None:
    text = edit(
        SCENARIO,
        ("initial_state: {distress: 5}", "initial_state: {<<: &base {distress: 5, trust: 11}}"),
    )
    write("scenarios/minimal.yaml", text)
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:12:48: initial_state.trust: input should be less than or equal"
        " to 10 (got 11)"
    ]


def test_recursive_alias() -> None:
    write("scenarios/minimal.yaml", "id: &a [*a]\n")
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:1:1: an alias refers to a value that contains it"
    ]


def test_alias_bomb() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 8)]
    write("scenarios/minimal.yaml", "\n".join(lines) + "\n")
    assert errors("scenarios") == [
        "scenarios/minimal.yaml:1:1: too many values (123456797) once aliases are expanded"
    ]


def test_deep_nesting() -> None:
    write("scenarios/minimal.yaml", "id: " + "[" * 5000 + "]" * 5000 + "\n")
    assert errors("scenarios") == ["scenarios/minimal.yaml:1:1: the file is nested too deeply"]


# ---------------------------------------------------------------- texts in memory, repo content


def test_load_texts_for_unsaved_edits() -> None:
    content = load_texts(
        {
            Path("scenarios/minimal.yaml"): SCENARIO,
            Path("rubrics/minimal.yaml"): RUBRIC.encode("utf-8"),
        }
    )
    assert content.errors == []
    assert isinstance(content, Content)
    assert content.scenarios["minimal"].persona.name == "Sam"


def test_load_repo_content_is_cached() -> None:
    first = load_repo_content()
    assert first is load_repo_content()
    assert all(name.endswith((".yaml", ".yml")) for name in first.files)
    assert "s03-reluctant-caller" in first.scenarios or first.errors
