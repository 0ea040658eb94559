"""One approved draft as the email that goes out (:func:`build_reply`): From the brand, To the
customer's address only, threaded into the customer's conversation, the case reference in the
subject; the SMTP server that sends it (:func:`smtp_server`) and where its copy is kept
(:func:`sent_copy_target`).  Sending it, once, is :mod:`mailbot.service.send`."""

from __future__ import annotations

import email.policy
import re
from dataclasses import dataclass
from datetime import datetime
from email.errors import HeaderParseError
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr

from sqlalchemy import Connection

from mailbot.config import Config
from mailbot.config.app import Mailbox, SmtpServer
from mailbot.errors import SendError
from mailbot.service.review import clean_subject
from mailbot.service.recipient import recipient_allowed
from mailbot.store import cases as case_store
from mailbot.store.cases import StoredDraft


_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


class ReplyError(SendError):
    """Raised when a draft cannot become an email (no or a malformed recipient)."""


@dataclass(frozen=True)
class Reply:
    """One draft as the email that goes out."""

    draft: StoredDraft
    brand: str
    server: SmtpServer
    sender: str
    recipient: str
    message: EmailMessage
    raw: bytes
    copy_to: tuple[Mailbox, str] | None
    """The mailbox and folder that keep a copy, if any."""


def smtp_server(config: Config, brand: str) -> SmtpServer:
    """``[smtp.BRAND]``, else ``[smtp.default]``."""
    server = config.smtp.get(brand) or config.smtp.get("default")
    if server is None:
        raise SendError(f"{config.path}: smtp: no [smtp.{brand}] or [smtp.default] server to send replies with")
    return server


def _message_ids(values: list[str | None]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and _MESSAGE_ID.fullmatch(v.strip())))


def sent_copy_target(config: Config, conn: Connection, draft: StoredDraft, server: SmtpServer) -> tuple[Mailbox, str] | None:
    """The mailbox the case's latest email arrived in, and the folder for the
    copy: the SMTP server's ``sent_folder`` when set, else the mailbox's.
    None for a Maildir mailbox or an empty folder name."""
    name = case_store.case_mailbox(conn, draft.case_id)
    mailbox = next((m for m in config.mailboxes if m.name == name), None)
    if mailbox is None or mailbox.is_maildir:
        return None
    folder = server.sent_folder or mailbox.sent_folder
    return (mailbox, folder) if folder else None


def build_reply(config: Config, conn: Connection, draft: StoredDraft, now: datetime) -> Reply:
    """The email of ``draft``: From the brand, To the customer, threaded
    (In-Reply-To the customer's last email, References all the case's
    emails), the stored Message-ID, the case reference in the subject."""
    owner = case_store.case_customer(conn, draft.case_id)
    if owner is None:
        raise ReplyError(f"draft {draft.id}: its case {draft.case_id} does not exist")
    brand_name, _, reference = owner
    brand = config.brands.get(brand_name)
    if brand is None:
        raise SendError(f"draft {draft.id}: brand {brand_name!r} is not configured")
    server = smtp_server(config, brand_name)
    recipient = parseaddr(" ".join((draft.to_address or "").split()))[1]
    if not recipient or "@" not in recipient or any(c in recipient for c in "\r\n<>,;"):
        raise ReplyError(f"draft {draft.id}: no usable recipient address ({draft.to_address!r})")
    if not recipient_allowed(conn, draft.id, recipient, owner[1]):
        raise ReplyError(f"draft {draft.id}: recipient {recipient} is not the case's customer ({owner[1]}) and "
                         "no person chose it on the case page: not sent")
    sender = parseaddr(brand.reply_from)[1]
    if not sender:
        raise SendError(f"{brand.source}: reply_from: no address in {brand.reply_from!r}")
    thread = _message_ids(case_store.case_message_ids(conn, draft.case_id)) or _message_ids([draft.in_reply_to])

    msg = EmailMessage(policy=email.policy.SMTP)
    try:
        msg["From"] = brand.reply_from
        msg["To"] = recipient  # the bare address: nothing of the customer's text reaches a header
        msg["Subject"] = clean_subject(draft.subject or "Your request", reference)
        msg["Date"] = format_datetime(now.astimezone(brand.tz))
        msg["Message-ID"] = draft.message_id
        if thread:
            msg["In-Reply-To"] = thread[-1]
            msg["References"] = " ".join(thread)
        msg.set_content(draft.body)
    except (ValueError, TypeError, HeaderParseError) as e:
        raise ReplyError(f"draft {draft.id}: cannot be made into an email: {e}") from None
    return Reply(draft=draft, brand=brand_name, server=server, sender=sender, recipient=recipient, message=msg,
                 raw=msg.as_bytes(), copy_to=sent_copy_target(config, conn, draft, server))
