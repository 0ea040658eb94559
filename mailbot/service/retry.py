"""``mailbot retry ID``: triage a failed email again from its stored bytes.

The bytes are read (parse, screen, extract) in a parse worker of their own,
under the ``email_seconds`` budget as at ingest: an email that hung a worker
once fails again with the same reason instead of hanging the command."""

from __future__ import annotations

import logging

from mailbot.clock import Clock
from mailbot.config import Config
from mailbot.errors import MailbotError
from mailbot.reading.intake import Reading
from mailbot.store.readings import reading_json
from mailbot.service.ingest import FAILED, Outcome, one_line
from mailbot.service.poll import Poller
from mailbot.service.workers import read_in_worker
from mailbot.store import messages as message_store
from mailbot.store.audit import audit
from mailbot.store.database import Store

log = logging.getLogger(__name__)


class RetryError(MailbotError):
    """Raised when the message to retry does not exist or did not fail."""


def retry_message(config: Config, store: Store, message_id: int, clock: Clock, *, who: str) -> Outcome:
    """Triage stored message ``message_id`` (a failed one) again.  On success it
    becomes a case or an ignored record; on a new failure the error is updated.
    Either way the attempt is in the audit log."""
    with store.connect() as conn:
        stored = message_store.get_message(conn, message_id)
    if stored is None:
        raise RetryError(f"message {message_id}: no such message")
    if stored.status != FAILED:
        raise RetryError(f"message {message_id}: status is {stored.status}, only failed messages are retried")
    if stored.brand not in config.brands:
        raise RetryError(f"message {message_id}: brand {stored.brand!r} is not configured")
    ingestor = Poller(config, store, clock).ingestor()
    now = clock.now()
    try:
        with store.connect() as conn:
            raw = message_store.raw_bytes(conn, message_id)
        reader = ingestor.triage.reader(config.brands[stored.brand])
        reading = read_in_worker(reader, raw or b"", f"message {message_id}", config.email_seconds).result()
        if not isinstance(reading, Reading):
            reading = reader.of_message(reading)
        msg = reading.message
        with store.begin() as conn:
            if stored.internaldate is not None:
                msg.received_at = stored.internaldate
            record = dict(now=now, mailbox=stored.mailbox, message_id=msg.message_id, sender=msg.sender,
                          subject=msg.subject[:2000], reading=reading_json(msg))
            outcome = ingestor.triage_message(conn, msg, stored.brand, record, row=message_id, reading=reading)
            audit(conn, who=who, action="message.retry", object_type="message", object_id=message_id,
                  detail=f"now {outcome.kind}" + (f" (case {outcome.case})" if outcome.case else ""), at=now)
        return outcome
    except Exception as error:  # the crash barrier, as for a fresh email
        log.exception("message %s: retry failed", message_id)
        detail = one_line(error)
        with store.begin() as conn:
            message_store.set_message_outcome(conn, message_id, status=FAILED, error=detail, now=now)
            audit(conn, who=who, action="message.retry", object_type="message", object_id=message_id,
                  detail=f"failed again: {detail}", at=now)
        return Outcome(FAILED, message_id, detail=detail)
