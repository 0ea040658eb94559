"""Cases with drafts in a real SQLite store, made the way the worker makes
them (a mailbox source → poll → ingest), for the review and send tests."""

from __future__ import annotations

from datetime import datetime

from mailbot.clock import FixedClock
from mailbot.config.app import SmtpServer
from mailbot.service.poll import poll_once
from mailbot.sources.base import Fetched, Position
from mailbot.store import Store, import_ledger, upgrade
from mailbot.store import cases as case_store
from tests.conftest import mailbox_settings
from tests.helpers import EXAMPLES, LO_ADDRESS, OWD_ADDRESS, config, email_bytes, in_process, ist

ASHA = "Asha Rao <asha@example.in>"
CLOCK = FixedClock(ist(2025, 7, 8, 18, 0))


class ListSource:
    """A mailbox that hands over prepared emails after a position, like IMAP."""

    def __init__(self, name: str, emails: list[Fetched]):
        self.name = name
        self.emails = emails

    def fetch_new(self, position: Position | None):
        for fetched in self.emails:
            if position and fetched.uidvalidity == position.uidvalidity and int(fetched.uid) <= position.last_uid:
                continue
            yield fetched

    def done(self, fetched: Fetched) -> None:
        pass

    def close(self) -> None:
        pass


def make_config(smtp_port: int | None = None, mailboxes=None):
    cfg = config()
    cfg.mailboxes = mailboxes or [mailbox_settings(name="lo-support", brand="leadsoptima"),
                                  mailbox_settings(name="owd-support", brand="optima_webdesign")]
    if smtp_port is not None:
        cfg.smtp = {"default": SmtpServer(name="default", host="127.0.0.1", port=smtp_port, security="none",
                                          username="", password_env="", sent_folder="")}
    return cfg


def open_store(tmp_path, cfg) -> Store:
    url = f"sqlite:///{tmp_path / 'var' / 'mailbot.db'}"
    upgrade(url)
    store = Store.open(url)
    import_ledger(store, EXAMPLES / "ledger.json", cfg.zone_of, who="test", now=CLOCK.now())
    return store


class Inbox:
    """Delivers emails one at a time to a mailbox and polls them in.

    The poll reads in this process (tests/helpers.py ``in_process``, as tests/test_leases.py's races do): with
    the setting's one parse worker, each delivered email of every review, send and reply-safety test started a
    process that compiled the brand's patterns again (ci44: test_send 42 → 6 s of CPU, test_review 27 → 3 s)."""

    def __init__(self, cfg, store, mailbox: str = "lo-support"):
        self.cfg = cfg
        self.store = store
        self.mailbox = mailbox
        self.emails: list[Fetched] = []

    def deliver(self, raw: bytes, when: datetime | None = None, clock=CLOCK) -> None:
        uid = len(self.emails) + 1
        self.emails.append(Fetched(mailbox=self.mailbox, uidvalidity=1, uid=str(uid), raw=raw, size=len(raw),
                                   internaldate=when or ist(2025, 7, 8, 11, 0)))
        report = poll_once(in_process(self.cfg), self.store, [ListSource(self.mailbox, self.emails)], clock)
        assert not report.failed_mailboxes, report


def charged_twice(message_id: str = "<q1@example.in>", sender: str = ASHA, when=None, subject="Charged twice",
                  **headers) -> bytes:
    return email_bytes(sender, LO_ADDRESS, subject, when or ist(2025, 7, 8, 11, 0),
                       "Hi, I was charged twice for my annual plan. Please refund the duplicate payment.\n\nAsha",
                       message_id=message_id, **headers)


def follow_up(subject: str, message_id: str, in_reply_to: str, sender: str = ASHA) -> bytes:
    return email_bytes(sender, LO_ADDRESS, subject, ist(2025, 7, 8, 12, 0), "The invoice is LO-INV-1002.\n\nAsha",
                       message_id=message_id, In_Reply_To=in_reply_to, References=in_reply_to)


def agency_request(message_id: str, sender: str = "Ravi <ravi@example.com>", when=None) -> bytes:
    return email_bytes(sender, OWD_ADDRESS, "Refund please", when or ist(2025, 7, 8, 11, 0),
                       "Please refund my deposit.\n\nRavi", message_id=message_id)


def pending_drafts(store) -> list:
    with store.connect() as conn:
        return case_store.list_drafts(conn, status="pending")


def draft(store, draft_id: int):
    with store.connect() as conn:
        return case_store.get_draft(conn, draft_id)


def only_pending(store):
    found = pending_drafts(store)
    assert len(found) == 1, found
    return found[0]
