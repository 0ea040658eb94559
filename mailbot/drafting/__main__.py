"""``python -m mailbot.drafting docs/templates.md``: regenerate the variables table."""

import sys
from pathlib import Path

from mailbot.drafting.context import with_table

target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/templates.md")
target.write_text(with_table(target.read_text(encoding="utf-8")), encoding="utf-8")
