from coachsim.cli import main

raise SystemExit(main())
