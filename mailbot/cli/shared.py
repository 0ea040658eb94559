"""What the command modules share: the common options (``--json``, ``--limit``, ``--as``), who runs
the command, opening the configuration and the store, and printing (JSON lines, aligned tables,
short texts, ages); and :class:`NotFoundError` for a case, draft or message that does not exist."""

from __future__ import annotations

import getpass
import json
from datetime import datetime
from typing import Iterable

from mailbot.config import Config, load_config
from mailbot.errors import MailbotError
from mailbot.store.database import Store


class NotFoundError(MailbotError):
    """Raised when a command names a case, draft or message that does not exist."""


def _json(parser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per line")


def _limit(parser) -> None:
    parser.add_argument("--limit", type=int, help="at most this many")


def _who(parser) -> None:
    parser.add_argument("--as", dest="who", default=None, help="who does it, for the audit log")


def _user(args) -> str:
    if args.who:
        return args.who
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def _open(args) -> tuple[Config, Store]:
    config = load_config(args.config)
    return config, Store.open(config.database_url)


def _print_json(rows: Iterable[dict]) -> None:
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, default=str))


def _table(rows: list[list[object]], header: list[str]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in [header, *rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for row in cells:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def _short(text: str | None, width: int = 50) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return ""
    seconds = int((now - moment).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{max(seconds, 0)}s"
