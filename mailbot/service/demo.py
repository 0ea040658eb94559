"""``mailbot demo``: the embedded default, end to end on this machine.

Fills the configured Maildir mailboxes with the sample emails of
``examples/emails`` (each to the mailbox of its brand), imports
``examples/ledger.json``, polls once into the database and returns the cases
and drafts for the summary.  Running it again adds nothing: the sample files
keep their names, and the store knows what it has.

Without ``--once`` the demo goes on to show the whole loop (the command
wires the pieces below to the staff UI): :class:`DemoMailSink`, an aiosmtpd
server on 127.0.0.1 that prints every reply it receives; :func:`demo_config`,
the configuration with sending pointed at it; :func:`demo_account`, a staff
account with a fresh password; and :class:`SendLoop`, the send job every few
seconds in the background.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import logging
import os
import secrets
import socket
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from mailbot.clock import Clock
from mailbot.config import PACKAGE_ROOT, Config
from mailbot.config.app import Mailbox, SmtpServer
from mailbot.errors import ConfigError, MessageError
from mailbot.reading.parse import parse_message
from mailbot.service.poll import PollReport, poll_once
from mailbot.sources import open_source, project_folder
from mailbot.store import cases as case_store
from mailbot.store.database import Store, upgrade
from mailbot.store import users as user_store
from mailbot.service.live_demo import choose_shift, email_date, load_shift, save_shift, shifted_email, shifted_ledger
from mailbot.store.ledger import LedgerImport, import_ledger

log = logging.getLogger(__name__)

DEMO_USER = "demo"
SEND_EVERY_SECONDS = 5.0
LOCALHOST = "127.0.0.1"


@dataclass
class DemoSummary:
    poll: PollReport
    ledger: LedgerImport | None
    delivered: int
    cases: list[case_store.StoredCase] = field(default_factory=list)
    drafts: list[case_store.StoredDraft] = field(default_factory=list)


def examples_folder(config: Config) -> Path:
    """``examples/`` of the project, else the one beside the package."""
    for root in (project_folder(config), PACKAGE_ROOT):
        if (root / "examples" / "emails").is_dir():
            return root / "examples"
    raise ConfigError(f"{project_folder(config) / 'examples'}: sample emails not found (examples/emails/*.eml)")


def maildir_path(config: Config, mailbox: Mailbox) -> Path:
    path = Path(mailbox.maildir)
    return path if path.is_absolute() else project_folder(config) / path


def demo_mailboxes(config: Config) -> dict[str, Mailbox]:
    """The Maildir mailbox of each brand (the first one configured)."""
    chosen: dict[str, Mailbox] = {}
    for mailbox in config.mailboxes:
        if mailbox.is_maildir:
            chosen.setdefault(mailbox.brand, mailbox)
    if not chosen:
        raise ConfigError(f"{config.path}: mailboxes: the demo needs a Maildir mailbox (maildir = ...)")
    return chosen


def deliver(path: Path, name: str, raw: bytes, arrived: float | None) -> bool:
    """Put one email in a Maildir's new/ under a fixed name, the Maildir way
    (write in tmp/, then rename).  Returns False when it is already there."""
    for sub in ("tmp", "new", "cur"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    key = f"demo-{name}"
    if (path / "new" / key).exists() or any((path / "cur").glob(f"{key}:*")):
        return False
    tmp = path / "tmp" / key
    tmp.write_bytes(raw)
    if arrived is not None:
        os.utime(tmp, (arrived, arrived))
    os.replace(tmp, path / "new" / key)
    return True


def _samples(config: Config, examples: Path) -> list[tuple[Path, bytes, str | None]]:
    """(file, bytes, brand) of every sample email."""
    found = []
    for eml in sorted((examples / "emails").glob("*.eml")):
        raw = eml.read_bytes()
        try:
            brand = config.brand_for(parse_message(raw, str(eml)).recipients)
        except MessageError:
            brand = None
        found.append((eml, raw, brand.name if brand else None))
    return found


def fill_maildirs(config: Config, examples: Path, weeks_of: dict[str, int] | None = None) -> int:
    """Deliver every sample email to its brand's Maildir; the file time is
    the email's Date, as if it had just arrived then.  With ``weeks_of`` (the
    live demo) each brand's emails are first moved by its weeks."""
    mailboxes = demo_mailboxes(config)
    fallback = next(iter(mailboxes.values()))
    delivered = 0
    for eml, raw, brand in _samples(config, examples):
        raw, moment = shifted_email(raw, (weeks_of or {}).get(brand or "", 0))
        mailbox = mailboxes.get(brand, fallback) if brand else fallback
        arrived = moment.timestamp() if moment is not None else None
        if deliver(maildir_path(config, mailbox), eml.stem, raw, arrived):
            delivered += 1
    return delivered


def live_shift(config: Config, examples: Path, now) -> dict[str, int]:
    """The weeks each brand's samples move (chosen once, then kept in var/)."""
    var_dir = Path(config.var_dir)
    kept = load_shift(var_dir)
    if kept is not None:
        return kept
    latest: dict[str, object] = {}
    for _, raw, brand in _samples(config, examples):
        moment = email_date(raw)
        if brand and moment is not None and (brand not in latest or moment > latest[brand]):
            latest[brand] = moment
    weeks_of = choose_shift(latest, now)
    save_shift(var_dir, weeks_of)
    log.info("live demo: sample dates moved by %s weeks", weeks_of)
    return weeks_of


def run_demo(config: Config, clock: Clock, *, live: bool = False) -> DemoSummary:
    """Deliver the samples, import the sample ledger, poll once.  ``live``
    moves the samples' dates to now (:mod:`mailbot.service.live_demo`)."""
    examples = examples_folder(config)
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    try:
        weeks_of = live_shift(config, examples, clock.now()) if live else None
        delivered = fill_maildirs(config, examples, weeks_of)
        ledger = None
        if (examples / "ledger.json").exists():
            source = examples / "ledger.json"
            if weeks_of:
                source = _shifted_ledger_file(config, source, weeks_of)
            ledger = import_ledger(store, source, config.zone_of, who="demo", now=clock.now())
        sources = [open_source(m, config) for m in config.mailboxes if m.is_maildir]
        try:
            report = poll_once(config, store, sources, clock)
        finally:
            for source in sources:
                source.close()
        with store.connect() as conn:
            cases = case_store.list_cases(conn)
            drafts = case_store.list_drafts(conn, status="pending")
        return DemoSummary(report, ledger, delivered, cases, drafts)
    finally:
        store.close()


# -- the whole loop: SMTP sink, demo account, send job --------------------------

def free_port(host: str = LOCALHOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _shifted_ledger_file(config: Config, source: Path, weeks_of: dict[str, int]) -> Path:
    """The sample ledger with its dates moved, written beside the database (var/)."""
    import json

    var_dir = Path(config.var_dir)
    var_dir.mkdir(parents=True, exist_ok=True)
    target = var_dir / "demo-ledger.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    target.write_text(json.dumps(shifted_ledger(data, weeks_of), indent=1), encoding="utf-8")
    return target


class ReplyPrinter:
    """aiosmtpd handler: print each reply as the customer would get it."""

    def __init__(self, out: TextIO | None = None):
        self.out = out
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        lines = [f"--- reply {self.count} received by the demo SMTP server (to {', '.join(envelope.rcpt_tos)}) ---"]
        for name in ("From", "To", "Subject", "Message-ID", "In-Reply-To", "References"):
            if msg[name]:
                lines.append(f"{name}: {msg[name]}")
        lines += ["", body.get_content().rstrip() if body is not None else "(no text part)", "--- end of reply ---"]
        print("\n".join(lines), file=self.out or sys.stdout, flush=True)
        return "250 Message accepted for delivery"


class DemoMailSink:
    """An aiosmtpd server on 127.0.0.1 that prints the replies it receives."""

    def __init__(self, port: int | None = None, out: TextIO | None = None):
        self.handler = ReplyPrinter(out)
        self.port = port or free_port()
        self._controller = None

    def start(self) -> DemoMailSink:
        from aiosmtpd.controller import Controller

        logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd's per-connection chatter

        self._controller = Controller(self.handler, hostname=LOCALHOST, port=self.port)
        self._controller.start()
        log.info("demo SMTP server on %s:%d", LOCALHOST, self.port)
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def demo_config(config: Config, smtp_port: int) -> Config:
    """The configuration with every reply sent to the demo SMTP server
    (plain SMTP on 127.0.0.1, no account, no copy to a Sent folder)."""
    sink = SmtpServer(name="default", host=LOCALHOST, port=smtp_port, security="none", username="",
                      password_env="", sent_folder="")
    return dataclasses.replace(config, smtp={"default": sink})


@dataclass(frozen=True)
class DemoAccount:
    name: str
    password: str


def demo_account(store: Store, now) -> DemoAccount:
    """A new staff account with a random password: ``demo``, or ``demo2``,
    ``demo3``… when an earlier demo made the first ones."""
    password = secrets.token_urlsafe(12)
    with store.begin() as conn:
        name, n = DEMO_USER, 1
        while user_store.get_user_by_name(conn, name) is not None:
            n += 1
            name = f"{DEMO_USER}{n}"
        user_store.add_user(conn, name, "staff", password, now)
    return DemoAccount(name, password)


class SendLoop:
    """The send job, every ``every`` seconds in a background thread, until stopped."""

    def __init__(self, config: Config, store: Store, clock: Clock, every: float = SEND_EVERY_SECONDS):
        self.config, self.store, self.clock, self.every = config, store, clock, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="demo-send", daemon=True)

    def start(self) -> SendLoop:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        from mailbot.service.notices import notify
        from mailbot.service.send import send_approved

        while not self._stop.is_set():
            try:
                report = send_approved(self.config, self.store, self.clock)
                if report.sent or report.failed or report.deferred or report.interrupted:
                    log.info("demo %s", report.summary())
                notices = notify(self.config, self.store, self.clock)
                if notices.sent:
                    log.info("demo %s", notices.summary())
            except Exception:  # the loop must go on: the error is in the log
                log.exception("demo send run failed")
            self._stop.wait(self.every)
