"""`python -m coachsim validate` through a real subprocess: output lines and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coachsim.content.loader import repo_root

FIXTURES = Path(__file__).parent / "fixtures" / "content"


def validate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(repo_root())}
    return subprocess.run(
        [sys.executable, "-m", "coachsim", "validate", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_good_folders_exit_0() -> None:
    result = validate("scenarios", "rubrics", cwd=FIXTURES)
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        "",
        "checked 2 files: 0 errors\n",
    )


def test_broken_files_exit_1_with_one_line_per_error() -> None:
    result = validate(".", cwd=FIXTURES)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "broken/empty.yaml:1:1: the file is empty; expected a mapping of fields",
        "broken/list.yaml:1:1: expected a mapping of fields at the top level, found a list",
        "broken/not-utf8.yaml:1:1: not UTF-8 text (byte 0xff); save the file as UTF-8",
        "broken/syntax.yaml:3:1: YAML syntax error: while scanning a quoted scalar (line 2,"
        " column 8): found unexpected end of stream",
    ]
    assert result.stderr == "checked 6 files: 4 errors\n"


def test_single_file_and_relative_paths(tmp_path: Path) -> None:
    # Run from the repository: the shown path is relative to the working directory.
    result = validate(str(FIXTURES / "broken" / "list.yaml"), cwd=repo_root())
    assert result.returncode == 1
    assert result.stdout == (
        "tests/fixtures/content/broken/list.yaml:1:1: expected a mapping of fields at the top"
        " level, found a list\n"
    )
    assert result.stderr == "checked 1 file: 1 error\n"


def test_path_outside_the_working_directory_is_shown_as_given(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("- a\n", encoding="utf-8")
    result = validate(str(bad), cwd=FIXTURES)
    assert (
        result.stdout == f"{bad}:1:1: expected a mapping of fields at the top level, found a list\n"
    )


def test_missing_path(tmp_path: Path) -> None:
    result = validate("nope.yaml", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "nope.yaml:1:1: no such file or folder\n")
    assert result.stderr == "checked 0 files: 1 error\n"


def test_no_paths_checks_the_repository(tmp_path: Path) -> None:
    # Whatever the working directory, no arguments means the repo's scenarios/ and rubrics/.
    result = validate(cwd=tmp_path)
    shipped = [
        p for folder in ("scenarios", "rubrics") for p in (repo_root() / folder).glob("**/*.y*ml")
    ]
    assert result.stderr.startswith(f"checked {len(shipped)} files: ")
