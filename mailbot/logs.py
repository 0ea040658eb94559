"""How the worker and the web app write their log lines: ``log_format``.

``text`` keeps the command line's readable lines.  ``json`` writes one JSON
object per line (time in UTC ISO 8601, level, logger, message, and the
exception when there is one) for a log collector.  The message is the
%-formatted one the code logged; secrets never reach it, as with ``text``.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_mailbot_log_handler"


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
            "thread": record.threadName,
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def formatter_for(log_format: str) -> logging.Formatter:
    return JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)


def configure_logging(log_format: str, level: int | None = None) -> None:
    """Give the root logger's handlers the chosen format; with none yet (under
    gunicorn), add one on standard error.  Safe to call more than once."""
    root = logging.getLogger()
    if level is not None:
        root.setLevel(level)
    elif root.level == logging.WARNING and not root.handlers:
        root.setLevel(logging.INFO)
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    for handler in root.handlers:
        handler.setFormatter(formatter_for(log_format))
