"""`python -m coachsim validate [PATHS...]`: one `file:line:col: message` line per error."""

from __future__ import annotations

import sys
from pathlib import Path

from coachsim.content.loader import load_content, repo_paths


def run_validate(paths: list[Path]) -> int:
    """Errors to stdout, a summary to stderr; exit 1 on any error, else 0.

    With no paths, the repository's scenarios/ and rubrics/ folders are checked.
    """
    content = load_content(paths or repo_paths())
    for error in content.errors:
        print(error)
    errors = len(content.errors)
    files = len(content.files)
    print(
        f"checked {files} file{'s' * (files != 1)}: {errors} error{'s' * (errors != 1)}",
        file=sys.stderr,
    )
    return 1 if content.errors else 0
