"""The standalone bundle's entry point (see routine-app.spec)."""

import sys

from routine_app.cli import main

sys.exit(main())
