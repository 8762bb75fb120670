"""`python -m tui_browse`: the same as the `tui-browse` command."""
import sys

from .cli import main

sys.exit(main())
