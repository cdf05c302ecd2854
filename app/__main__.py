"""`python -m app` is the same program as the `parley` command."""

import sys

from app.cli import main

sys.exit(main())
