"""``mailbot demo``: the embedded default, end to end on this machine.

Fills the configured Maildir mailboxes with the sample emails of
``examples/emails`` (each to the mailbox of its brand), imports
``examples/ledger.json``, polls once into the database and returns the cases
and drafts for the summary.  Running it again adds nothing: the sample files
keep their names, and the store knows what it has.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from mailbot.clock import Clock
from mailbot.config import PACKAGE_ROOT, Config
from mailbot.config.app import Mailbox
from mailbot.errors import ConfigError, MessageError
from mailbot.parse import parse_message
from mailbot.service.poll import PollReport, brand_zone, poll_once
from mailbot.sources import open_source, project_folder
from mailbot.store import cases as case_store
from mailbot.store.database import Store, upgrade
from mailbot.store.ledger import LedgerImport, import_ledger

log = logging.getLogger(__name__)


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


def fill_maildirs(config: Config, examples: Path) -> int:
    """Deliver every sample email to its brand's Maildir; the file time is
    the email's Date, as if it had just arrived then."""
    mailboxes = demo_mailboxes(config)
    fallback = next(iter(mailboxes.values()))
    delivered = 0
    for eml in sorted((examples / "emails").glob("*.eml")):
        raw = eml.read_bytes()
        arrived = None
        try:
            msg = parse_message(raw, str(eml))
            brand = config.brand_for(msg.recipients)
            mailbox = mailboxes.get(brand.name, fallback) if brand else fallback
            if msg.date is not None:
                arrived = msg.date.timestamp()
        except MessageError:
            mailbox = fallback
        if deliver(maildir_path(config, mailbox), eml.stem, raw, arrived):
            delivered += 1
    return delivered


def run_demo(config: Config, clock: Clock) -> DemoSummary:
    examples = examples_folder(config)
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    try:
        delivered = fill_maildirs(config, examples)
        ledger = None
        if (examples / "ledger.json").exists():
            ledger = import_ledger(store, examples / "ledger.json", brand_zone(config), who="demo",
                                   now=clock.now())
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
