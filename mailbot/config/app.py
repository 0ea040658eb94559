"""Settings of the main file ``config/mailbot.toml``: mailboxes, database, SMTP.

Each table's keys are declared once with default and help, like the brand
settings; ``docs/configuration.md`` is generated from both.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from mailbot.config.settings import Setting, list_of, nonempty_text, one_of, text, whole

APP_SECTIONS = ("mailbot", "database", "mailboxes", "smtp")

MAIN_SETTINGS: tuple[Setting, ...] = (
    Setting("brands_dir", "brands", "Folder (beside this file) of the brand files.", nonempty_text),
    Setting("templates_dir", "../templates", "Folder of the reply templates, one sub-folder per brand.",
            nonempty_text),
    Setting("template_overrides", "", "Optional folder whose templates replace the shipped ones of the same "
            "name.", text),
    Setting("var_dir", "var", "Folder for the database file, the demo Maildir and other state.", nonempty_text),
    Setting("parse_workers", "auto", "Processes that parse fetched emails while the main process stores them, "
            "used when a poll brings 32 emails or more: `auto` is one on a machine with more than one core and "
            "none on a single core; `0` parses every email in the main process.",
            lambda v: _auto_or_whole(v)),
    Setting("read_text_kb", 64, "Kilobytes (thousands of characters) of an email's text that are read; the rest "
            "stays in the stored email and staff see that only the first part was read.", whole(4, 4096)),
    Setting("email_seconds", 10, "Seconds one email may take to read in a parse worker; past it the worker is "
            "replaced and the email recorded as failed (`mailbot retry` reads it again).", whole(1, 3600)),
    Setting("triage_max_bytes", 25 * 1024 * 1024, "`mailbot triage` refuses files larger than this, like a "
            "mailbox's `max_bytes`.", whole(1024, 2 ** 31)),
)

DATABASE_SETTINGS: tuple[Setting, ...] = (
    Setting("url", "sqlite:///var/mailbot.db", "SQLAlchemy URL of the store; the environment variable "
            "`DATABASE_URL` overrides it.", nonempty_text),
)

MAILBOX_SETTINGS: tuple[Setting, ...] = (
    Setting("name", None, "Unique name of the mailbox, shown in logs and `mailbot status`.", nonempty_text),
    Setting("brand", None, "The brand whose mail arrives here (C1).", nonempty_text),
    Setting("host", "", "IMAP server host name; leave out for a Maildir mailbox.", text),
    Setting("port", 993, "IMAP server port.", whole(1, 65535)),
    Setting("security", "ssl", "`ssl`, `starttls`, or `none` (allowed only for 127.0.0.1).",
            one_of("ssl", "starttls", "none")),
    Setting("username", "", "IMAP user name.", text),
    Setting("password_env", "", "Name of the environment variable that holds the IMAP password.", text),
    Setting("folder", "INBOX", "The folder watched for new mail.", nonempty_text),
    Setting("poll_seconds", 60, "Seconds between two polls of the mailbox.", whole(1, 86400)),
    Setting("idle", False, "Hold an IMAP IDLE connection that wakes the poll as soon as mail arrives.",
            lambda v: _boolean(v)),
    Setting("move_to", "", "Folder to move an email to once its case is stored; empty: leave it.", text),
    Setting("batch_size", 100, "Emails fetched per IMAP FETCH.", whole(1, 10000)),
    Setting("max_bytes", 25 * 1024 * 1024, "Emails larger than this are recorded for staff but not "
            "downloaded whole.", whole(1024, 2 ** 31)),
    Setting("maildir", "", "Path of a Maildir to read instead of IMAP (relative to the project folder).", text),
    Setting("sent_folder", "Sent", "IMAP folder that receives a copy of every reply sent.", text),
)

SMTP_SETTINGS: tuple[Setting, ...] = (
    Setting("host", "localhost", "SMTP submission server host name.", nonempty_text),
    Setting("port", 587, "SMTP server port.", whole(1, 65535)),
    Setting("security", "starttls", "`ssl`, `starttls`, or `none` (allowed only for 127.0.0.1).",
            one_of("ssl", "starttls", "none")),
    Setting("username", "", "SMTP user name; empty for a server without authentication.", text),
    Setting("password_env", "", "Name of the environment variable that holds the SMTP password.", text),
    Setting("sent_folder", "", "IMAP folder of the brand's mailbox that receives a copy of each reply; when set, "
            "it replaces the mailbox's own `sent_folder`.", text),
)


def _auto_or_whole(value: Any) -> int | str:
    if value == "auto":
        return value
    if isinstance(value, str):
        raise ValueError(f"expected auto or a whole number, got {value!r}")
    return whole(0, 16)(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


@dataclass(frozen=True)
class Mailbox:
    name: str
    brand: str
    host: str
    port: int
    security: str
    username: str
    password_env: str
    folder: str
    poll_seconds: int
    idle: bool
    move_to: str
    batch_size: int
    max_bytes: int
    maildir: str
    sent_folder: str

    @property
    def is_maildir(self) -> bool:
        return bool(self.maildir)


@dataclass(frozen=True)
class SmtpServer:
    name: str
    host: str
    port: int
    security: str
    username: str
    password_env: str
    sent_folder: str


def check_table(data: Any, declared: tuple[Setting, ...], path: Path, where: str, problems) -> dict[str, Any]:
    from mailbot.config import did_you_mean

    keys = [s.key for s in declared]
    if not isinstance(data, dict):
        problems.add(path, where, f"expected a table, got {data!r}")
        return {s.key: s.default for s in declared}
    for key in data:
        if key not in keys:
            problems.add(path, f"{where}.{key}", "unknown setting" + did_you_mean(key, keys))
    values = {}
    for s in declared:
        if s.key not in data:
            if s.default is None:
                problems.add(path, f"{where}.{s.key}", "missing (required)")
            values[s.key] = s.default
            continue
        try:
            values[s.key] = s.check(data[s.key])
        except ValueError as e:
            problems.add(path, f"{where}.{s.key}", str(e))
            values[s.key] = s.default
    return values


def parse_mailboxes(data: Any, path: Path, brands, problems) -> list[Mailbox]:
    if not isinstance(data, list):
        problems.add(path, "mailboxes", "expected [[mailboxes]] tables")
        return []
    out, seen = [], set()
    for i, table in enumerate(data):
        where = f"mailboxes[{i}]"
        values = check_table(table, MAILBOX_SETTINGS, path, where, problems)
        name = values["name"] or where
        if name in seen:
            problems.add(path, f"{where}.name", f"duplicate mailbox name {name!r}")
        seen.add(name)
        if brands and values["brand"] and values["brand"] not in brands:
            problems.add(path, f"{where}.brand", f"unknown brand {values['brand']!r} (known: {', '.join(brands)})")
        if not values["maildir"] and not values["host"]:
            problems.add(path, where, "needs either host (IMAP) or maildir")
        if values["security"] == "none" and values["host"] and values["host"] != "127.0.0.1":
            problems.add(path, f"{where}.security", "'none' (no TLS) is allowed only for host 127.0.0.1")
        out.append(Mailbox(**{f.name: values[f.name] for f in fields(Mailbox)}))
    return out


def parse_smtp(data: Any, path: Path, problems) -> dict[str, SmtpServer]:
    if not isinstance(data, dict):
        problems.add(path, "smtp", "expected [smtp.NAME] tables")
        return {}
    out = {}
    for name, table in data.items():
        values = check_table(table, SMTP_SETTINGS, path, f"smtp.{name}", problems)
        if values["security"] == "none" and values["host"] not in ("127.0.0.1", "localhost"):
            problems.add(path, f"smtp.{name}.security", "'none' (no TLS) is allowed only for host 127.0.0.1")
        out[name] = SmtpServer(name=name, **values)
    return out


__all__ = ["APP_SECTIONS", "MAILBOX_SETTINGS", "SMTP_SETTINGS", "Mailbox", "SmtpServer", "list_of"]
