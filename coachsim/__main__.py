from coachsim.cli import run

raise SystemExit(run())
