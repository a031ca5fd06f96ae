"""`python -m coachsim ...`: the command lines of DESIGN §4.3. Each subcommand lives with its part."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m coachsim", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check scenarios and rubrics; exit 1 on any error")
    p.add_argument(
        "paths", nargs="*", type=Path, help="files or folders (default: scenarios/ rubrics/)"
    )

    p = sub.add_parser("detect", help="behaviour codes for coach lines (JSONL in, JSONL out)")
    p.add_argument("--in", dest="in_path", type=Path, help="input JSONL (default: stdin)")
    p.add_argument("--out", dest="out_path", type=Path, help="output JSONL (default: stdout)")
    p.add_argument("--backend", default=None, help="detector backend (default: offline)")

    p = sub.add_parser("score", help="score whole transcripts")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--rubrics", type=Path, default=None, help="rubrics folder (default: rubrics/)")
    p.add_argument(
        "--json", action="store_true", help="print JSON (one object per file, in a list)"
    )

    p = sub.add_parser("play", help="take a call in the terminal, or unattended with --coach-file")
    p.add_argument("scenario", help="scenario id or path to its YAML file")
    p.add_argument("--coach-file", type=Path, help="one coach line per line; runs unattended")
    p.add_argument("--client", choices=["scripted", "llm"], default="scripted")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, help="write the transcript here (YAML or .json)")

    p = sub.add_parser("bench", help="quality and speed figures (DESIGN §6)")
    p.add_argument("--out", type=Path, default=Path("bench-results.json"))
    p.add_argument("--quick", action="store_true", help="fewer repetitions")
    p.add_argument("--only", nargs="*", default=None, help="sections to run")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "validate":
        from coachsim.content.validate import run_validate

        return run_validate(args.paths)
    if args.command == "detect":
        from coachsim.detect.jsonl import run_detect

        return run_detect(args.in_path, args.out_path, args.backend)
    if args.command == "score":
        from coachsim.scoring.cli import run_score

        return run_score(args.files, args.rubrics, args.json)
    if args.command == "play":
        from coachsim.engine.play import run_play

        return run_play(args.scenario, args.coach_file, args.client, args.seed, args.out)
    if args.command == "bench":
        from coachsim.bench import run_bench

        return run_bench(args.out, quick=args.quick, only=args.only)
    return 2


def run(argv: list[str] | None = None) -> int:
    """`main`, quiet when the reader of our output goes away (`... | head`)."""
    try:
        return main(argv)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(run())
