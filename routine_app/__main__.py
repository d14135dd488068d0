import sys

from routine_app.cli import main

sys.exit(main())
