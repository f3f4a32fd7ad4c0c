"""`python -m tui` runs the quotelens command line."""

from tui.cli import main

raise SystemExit(main())
