"""Notices to staff by email, through the configured SMTP server, each sent once.

Three kinds:

- ``escalated``: a draft was handed to a person (one notice per escalated draft);
- ``overdue``: a case still without a reply turned overdue (L9: more than the
  brand's ``overdue_business_days`` since the request), within the last
  week (:data:`OVERDUE_NOTICE_WINDOW`); one per case;
- ``digest``: with the brand's ``daily_digest``, the count of every queue,
  one per brand and local day.

Who gets it: the case's owner at the address set with ``mailbot users email``
(or the account name, when it is an address), else the brand's
``escalation_address``.  With neither, the notice is recorded as
``skipped`` with the reason, and never sent later (a support lead decided:
a notice about an old escalation arriving days later misleads more than it helps).

Once: :func:`plan_notices` inserts each notice under a unique ``key``
(``escalated:DRAFT``, ``overdue:CASE``, ``digest:BRAND:DATE``), so planning
twice adds nothing; :func:`send_notices` moves a notice pending → sending
(committed) before the SMTP transaction and sending → sent after it, like
replies; a notice found in ``sending`` is never sent again.  The send job of
``mailbot run`` and the demo's loop call :func:`notify`.
"""

from __future__ import annotations

import email.policy
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from mailbot.calendar import business_deadline
from mailbot.clock import Clock
from mailbot.config import Brand, Config
from mailbot.errors import SendError
from mailbot.smtp import SmtpPermanent, SmtpSession, SmtpTemporary, SmtpUncertain, TransportFactory
from mailbot.store import queues
from mailbot.store.audit import BOT, audit
from mailbot.store.database import Store, utc
from mailbot.store.schema import notices
from mailbot.store.users import notice_addresses

log = logging.getLogger(__name__)

OVERDUE_STATES = ("review", "escalated", "person")
"""The queues whose cases still owe the customer a reply."""
OVERDUE_NOTICE_WINDOW = timedelta(days=7)
"""A case is announced as overdue only when it turned overdue within this
window: switching notices on (or a first run on an old database) does not
flood staff with one email per case overdue for months; those are red in
the queues already."""


@dataclass(frozen=True)
class Notice:
    key: str
    kind: str
    brand: str
    case_id: int | None
    to_address: str | None
    subject: str
    body: str


@dataclass
class NoticeReport:
    planned: list[str] = field(default_factory=list)
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(v)} {k}" for k, v in (("planned", self.planned), ("sent", self.sent),
                                              ("skipped", self.skipped), ("failed", self.failed),
                                              ("waiting", self.waiting)) if v]
        return "notices: " + (", ".join(parts) if parts else "nothing to send")


def recipient(brand: Brand | None, owner: str | None, addresses: dict[str, str] | None = None) -> str | None:
    """The owner's notice address (``users email``), else the owner's account name when it
    is an address, else the brand's escalation_address."""
    if owner and addresses and owner in addresses:
        return addresses[owner]
    if owner and "@" in owner and parseaddr(owner)[1] == owner:
        return owner
    return (getattr(brand, "escalation_address", "") or None) if brand else None


def _label(row: queues.QueueRow) -> str:
    return row.reference or f"case {row.case_id}"


def due_notices(conn: Connection, config: Config, now: datetime, base_url: str = "") -> list[Notice]:
    """The notices that should exist now (planning inserts the new ones)."""
    wanted: list[Notice] = []
    addresses = notice_addresses(conn)
    escalated = queues.queue_rows(conn, state="escalated")
    notes = queues.escalation_notes(conn, [r.draft_id for r in escalated if r.draft_id])
    for row in escalated:
        brand = config.brands.get(row.brand)
        note = notes.get(row.draft_id, "")
        wanted.append(Notice(
            f"escalated:{row.draft_id}", "escalated", row.brand, row.case_id, recipient(brand, row.owner, addresses),
            f"[{_label(row)}] escalated: {row.subject}"[:300],
            f"Case {_label(row)} of {_brand_name(brand, row.brand)} was handed to a person; nothing was sent to "
            f"the customer.\n\nCustomer: {row.customer or 'unknown'}\nOwner: {row.owner or 'nobody yet'}\n"
            f"Note: {note or '(none)'}\n{_link(base_url, row.case_id)}"))
    for state in OVERDUE_STATES:
        for row in queues.queue_rows(conn, state=state):
            brand = config.brands.get(row.brand)
            if brand is None:
                continue
            deadline = business_deadline(row.started, brand.overdue_business_days, brand.tz, brand.holidays)
            if now <= deadline or now - deadline > OVERDUE_NOTICE_WINDOW:
                continue
            wanted.append(Notice(
                f"overdue:{row.case_id}", "overdue", row.brand, row.case_id, recipient(brand, row.owner, addresses),
                f"[{_label(row)}] overdue: {row.subject}"[:300],
                f"Case {_label(row)} of {_brand_name(brand, row.brand)} has had no reply for more than "
                f"{brand.overdue_business_days} business days (since "
                f"{row.started.astimezone(brand.tz).strftime('%Y-%m-%d %H:%M %Z')}).\n\n"
                f"Customer: {row.customer or 'unknown'}\nOwner: {row.owner or 'nobody yet'}\n"
                f"{_link(base_url, row.case_id)}"))
    for brand in config.brands.values():
        if getattr(brand, "daily_digest", False) and brand.escalation_address:
            day = now.astimezone(brand.tz).date().isoformat()
            counts = _brand_counts(conn, brand.name)
            lines = "\n".join(f"{QUEUE_WORDS[q]}: {counts.get(q, 0)}" for q in queues.QUEUES)
            wanted.append(Notice(f"digest:{brand.name}:{day}", "digest", brand.name, None, brand.escalation_address,
                                 f"{brand.display_name}: the queues on {day}",
                                 f"The queues of {brand.display_name} on {day}:\n\n{lines}\n{base_url}"))
    return wanted


QUEUE_WORDS = {"review": "Review", "escalated": "Escalated", "person": "For a person",
               "waiting": "Waiting for the customer", "sent": "Sent", "ignored": "Ignored"}


def _brand_counts(conn: Connection, brand: str) -> dict[str, int]:
    counts = {q: queues.count_rows(conn, state=q, brand=brand) for q in queues.QUEUES if q != "ignored"}
    counts["ignored"] = queues.count_ignored(conn, brand=brand)
    return counts


def _brand_name(brand: Brand | None, fallback: str) -> str:
    return getattr(brand, "display_name", None) or fallback


def _link(base_url: str, case_id: int) -> str:
    return f"{base_url.rstrip('/')}/cases/{case_id}\n" if base_url else ""


def plan_notices(store: Store, config: Config, now: datetime, base_url: str = "") -> list[str]:
    """Insert the notices not yet recorded; returns their keys."""
    added = []
    with store.begin() as conn:
        known = set(conn.execute(select(notices.c.key)).scalars())
        for notice in due_notices(conn, config, now, base_url):
            if notice.key in known:
                continue
            status = "pending" if notice.to_address else "skipped"
            error = None if notice.to_address else ("no one to tell: the case has no owner with an email address "
                                                    "and the brand no escalation_address")
            try:
                with conn.begin_nested():
                    conn.execute(notices.insert(), {
                        "key": notice.key, "kind": notice.kind, "brand": notice.brand, "case_id": notice.case_id,
                        "to_address": notice.to_address, "subject": notice.subject, "body": notice.body,
                        "status": status, "error": error, "created_at": now, "updated_at": now})
            except IntegrityError:  # planned meanwhile by another process
                continue
            known.add(notice.key)
            added.append(notice.key)
    return added


def _claim(conn: Connection, notice_id: int, now: datetime) -> bool:
    result = conn.execute(update(notices).where(notices.c.id == notice_id, notices.c.status == "pending")
                          .values(status="sending", updated_at=now))
    return result.rowcount == 1


def _finish(store: Store, notice_id: int, key: str, status: str, error: str | None, now: datetime) -> None:
    with store.begin() as conn:
        conn.execute(update(notices).where(notices.c.id == notice_id, notices.c.status == "sending")
                     .values(status=status, error=error, updated_at=now, sent_at=now if status == "sent" else None))
        audit(conn, who=BOT, action=f"notice.{status}", object_type="notice", object_id=notice_id,
              detail=f"{key}" + (f": {error}" if error else ""), at=now)


def build_notice(config: Config, brand_name: str | None, subject: str, body: str, to: str,
                 now: datetime) -> tuple[str, bytes]:
    """(envelope sender, bytes) of a notice: From the brand's reply address."""
    brand = config.brands.get(brand_name or "")
    sender = parseaddr(brand.reply_from)[1] if brand else ""
    if not sender:
        raise SendError(f"notice: brand {brand_name!r} has no reply_from address to send from")
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f"mailbot <{sender}>"
    msg["To"] = to
    msg["Subject"] = " ".join(subject.split())
    msg["Date"] = format_datetime(now.astimezone(brand.tz))
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body)
    return sender, msg.as_bytes()


def send_notices(config: Config, store: Store, clock: Clock, *,
                 transport_factory: TransportFactory | None = None, report: NoticeReport | None = None) -> NoticeReport:
    from mailbot.service.reply_email import smtp_server

    report = report or NoticeReport()
    with store.connect() as conn:
        pending = conn.execute(select(notices).where(notices.c.status == "pending").order_by(notices.c.id)).all()
    sessions: dict[str, SmtpSession] = {}
    try:
        for row in pending:
            now = clock.now()
            try:
                server = smtp_server(config, row.brand or "default")
                sender, raw = build_notice(config, row.brand, row.subject, row.body, row.to_address, now)
            except (SendError, ValueError) as e:
                log.error("notice %s not sent: %s", row.key, e)
                report.waiting.append(row.key)
                continue
            session = sessions.setdefault(server.name, SmtpSession(server, transport_factory))
            if session.unreachable:
                report.waiting.append(row.key)
                continue
            with store.begin() as conn:
                if not _claim(conn, row.id, now):
                    continue
            try:
                session.send(raw, sender, [row.to_address])
            except SmtpTemporary as e:
                with store.begin() as conn:
                    conn.execute(update(notices).where(notices.c.id == row.id)
                                 .values(status="pending", error=str(e), updated_at=clock.now()))
                report.waiting.append(row.key)
                continue
            except SmtpPermanent as e:
                _finish(store, row.id, row.key, "failed", str(e), clock.now())
                report.failed.append(row.key)
                continue
            except SmtpUncertain as e:  # may have gone: left in sending, never sent again
                with store.begin() as conn:
                    conn.execute(update(notices).where(notices.c.id == row.id).values(error=str(e)))
                report.failed.append(row.key)
                continue
            _finish(store, row.id, row.key, "sent", None, clock.now())
            log.info("notice %s sent to %s", row.key, row.to_address)
            report.sent.append(row.key)
    finally:
        for session in sessions.values():
            session.close()
    return report


def notify(config: Config, store: Store, clock: Clock, *, base_url: str = "",
           transport_factory: TransportFactory | None = None) -> NoticeReport:
    """Plan the notices due now, then send the pending ones."""
    report = NoticeReport()
    report.planned = plan_notices(store, config, clock.now(), base_url)
    with store.connect() as conn:
        report.skipped = [k for k in report.planned if conn.execute(
            select(notices.c.status).where(notices.c.key == k)).scalar() == "skipped"]
    return send_notices(config, store, clock, transport_factory=transport_factory, report=report)


def notice_rows(conn: Connection) -> list[dict]:
    return [dict(r._asdict(), created_at=utc(r.created_at)) for r in
            conn.execute(select(notices.c.id, notices.c.key, notices.c.status, notices.c.to_address,
                                notices.c.error, notices.c.created_at).order_by(notices.c.id))]
