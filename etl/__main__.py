"""python -m etl — the same as `gaoxin etl`."""

import sys

from etl.cli import main

sys.exit(main())
