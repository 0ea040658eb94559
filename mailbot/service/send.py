"""Approved drafts go out, once, as real replies in the customer's thread.

Never twice: a draft is claimed into ``sending`` (committed, with the
claiming worker; :mod:`mailbot.store.claims`, ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL) before the SMTP transaction and marked ``sent`` (committed) after
it, so two senders never touch one draft.  A draft found in ``sending`` whose
worker is gone (its presence lease expired, or its process ended on this
machine) was interrupted (a crash, a lost commit): it is not sent again but
keeps its status with a note for staff to check the Sent folder, and stays
listed by ``mailbot drafts list --status sending`` until someone resolves it
(:func:`resolve_interrupted`).  A draft another live worker is sending is
left alone: no false alarm.

A 4xx answer or a connection problem puts the draft back to ``approved``
with a retry time (exponential backoff); a 5xx answer marks it ``failed``
with the server's words.  After sending, a copy goes to the brand mailbox's
Sent folder; a failure there is logged and audited, the reply stays sent.

``mailbot send --once`` calls :func:`send_approved`; so does the scheduler
job of ``mailbot run``.

This module is the send run (:class:`Sender`) and staff's resolution of an interrupted draft; the
email a draft becomes is built in :mod:`mailbot.service.reply_email`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Callable

from mailbot.clock import Clock
from mailbot.config import Config
from mailbot.config.app import Mailbox, SmtpServer
from mailbot.errors import SendError
from mailbot.sent_copy import SentCopyError, append_sent_copy
from mailbot.smtp import SmtpPermanent, SmtpSession, SmtpTemporary, SmtpUncertain, TransportFactory
from mailbot.service.faults import fault_reason, is_passing
from mailbot.service.lease import LeaseKeeper, live_workers, new_worker_id
from mailbot.service.reply_email import Reply, ReplyError, build_reply
from mailbot.store import cases as case_store
from mailbot.store import claims as claim_store
from mailbot.store.audit import BOT, audit
from mailbot.store.cases import StoredDraft
from mailbot.store.database import Store

log = logging.getLogger(__name__)

RETRY_FIRST = timedelta(minutes=1)
RETRY_LONGEST = timedelta(hours=2)
MOST_ATTEMPTS = 12
"""After this many temporary failures (about a day of backoff) a draft is marked failed."""

INTERRUPTED = "interrupted: check the Sent folder before resending"

SentCopier = Callable[[Mailbox, str, bytes, datetime], None]


def retry_delay(attempts: int, first: timedelta = RETRY_FIRST) -> timedelta:
    """Wait before the next try after ``attempts`` tries: 1, 2, 4 … minutes
    (``first`` doubled each time; the ``send_retry_seconds`` setting), at most 2 hours."""
    return min(first * 2 ** max(attempts - 1, 0), RETRY_LONGEST)


@dataclass
class SendReport:
    """What one send run did, by draft id."""

    sent: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)
    """Answered 4xx or not reachable: tried again later."""
    failed: list[int] = field(default_factory=list)
    interrupted: list[int] = field(default_factory=list)
    """Left in ``sending`` for staff to check (found so, or broken mid-transaction)."""
    waiting: list[int] = field(default_factory=list)
    """Not tried: their server could not be reached earlier in this run."""
    copies: list[int] = field(default_factory=list)
    copy_failed: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{len(ids)} {name}" for name, ids in (
            ("sent", self.sent), ("deferred", self.deferred), ("waiting for their server", self.waiting),
            ("failed", self.failed),
            ("interrupted (check the Sent folder)", self.interrupted), ("copies not saved", self.copy_failed))
            if ids]
        return "send: " + (", ".join(parts) if parts else "nothing to send")


# -- the send run ------------------------------------------------------------------------

class Sender:
    """One send run: one SMTP connection per server, closed at the end."""

    def __init__(self, config: Config, store: Store, clock: Clock, *,
                 transport_factory: TransportFactory | None = None, sent_copy: SentCopier | None = None,
                 holder: str | None = None):
        """``holder``: the id of the worker whose presence lease is held while
        this run sends (the caller keeps it alive)."""
        self.holder = holder or ""
        self.config = config
        self.store = store
        self.clock = clock
        self.factory = transport_factory
        self.sent_copy = sent_copy or self._append_sent_copy
        self.sessions: dict[str, SmtpSession] = {}
        self.report = SendReport()

    def session(self, server: SmtpServer) -> SmtpSession:
        if server.name not in self.sessions:
            from mailbot.oauth.credentials import credentials_for

            credentials = credentials_for(server, self.config, store=self.store, clock=self.clock)
            self.sessions[server.name] = SmtpSession(server, self.factory, credentials=credentials)
        return self.sessions[server.name]

    def signed_out(self, server: SmtpServer) -> str | None:
        """Why ``server`` cannot sign in until staff sign in again (OAuth2
        refused), else None.  Such drafts are not claimed: they stay approved
        and unsent, their attempts uncounted, with the reason shown."""
        if server.auth != "xoauth2":
            return None
        from mailbot.store.oauth import needs_sign_in_reasons

        with self.store.connect() as conn:
            reason = needs_sign_in_reasons(conn).get(server.account)
        if reason is None:
            return None
        return f"smtp.{server.name} needs sign-in ({reason}): run `mailbot auth login smtp.{server.name}`"

    def close(self) -> None:
        for session in self.sessions.values():
            session.close()

    def _append_sent_copy(self, mailbox: Mailbox, folder: str, raw: bytes, when: datetime) -> None:
        """The default copier: with the mailbox's OAuth2 token when it signs in so."""
        from mailbot.oauth.credentials import credentials_for

        append_sent_copy(mailbox, folder, raw, when,
                         credentials=credentials_for(mailbox, self.config, store=self.store, clock=self.clock))

    def flag_interrupted(self) -> None:
        """Drafts left in ``sending`` by a worker that is gone: noted, never resent."""
        now = self.clock.now()
        with self.store.begin() as conn:
            stuck = case_store.unflagged_sending(conn)
            claims = claim_store.claims_of(conn, [d.id for d in stuck]) if stuck else {}
            alive = live_workers(conn, now) if claims else set()
            for draft in stuck:
                if claims.get(draft.id) in alive:
                    continue  # a live worker is sending it right now
                case_store.note_send_problem(conn, draft.id, error=INTERRUPTED, now=now)
                audit(conn, who=BOT, action="draft.send_interrupted", object_type="draft", object_id=draft.id,
                      detail=f"case {draft.case_id}: found in sending; not resent: {INTERRUPTED}", at=now)
                log.warning("draft %d was being sent when a run stopped: not resent; staff must check the "
                            "Sent folder", draft.id)
                self.report.interrupted.append(draft.id)

    def run(self, stop: threading.Event | None = None, limit: int | None = None) -> SendReport:
        self.flag_interrupted()
        tried: set[int] = set()
        while limit is None or len(tried) < limit:
            if stop is not None and stop.is_set():
                break
            draft = self.claim_next(frozenset(tried))
            if draft is None:
                break
            tried.add(draft.id)
            self.send_one(draft)
        return self.report

    def claim_next(self, tried: frozenset[int]) -> StoredDraft | None:
        """The next due draft, claimed for this run (committed BEFORE the SMTP transaction)."""
        now = self.clock.now()
        if self.store.engine.dialect.name == "postgresql":
            with self.store.begin() as conn:
                return claim_store.claim_next_draft(conn, self.holder, now, tried)
        with self.store.connect() as conn:
            candidates = claim_store.due_draft_ids(conn, now, 20, tried)
        for draft_id in candidates:
            with self.store.begin() as conn:
                draft = claim_store.claim_draft(conn, draft_id, self.holder, now)
            if draft is not None:
                return draft
            log.debug("draft %d: taken by another send run", draft_id)
        return None

    def _release(self, draft: StoredDraft, error: str | None) -> None:
        with self.store.begin() as conn:
            claim_store.release_claim(conn, draft.id, self.clock.now(), send_error=error)

    def send_one(self, draft: StoredDraft) -> None:
        """Send one draft this run has claimed (status ``sending``)."""
        now = self.clock.now()
        try:
            with self.store.connect() as conn:
                reply = build_reply(self.config, conn, draft, now)
        except ReplyError as e:
            self._finish(draft, "failed", str(e), claimed=True)
            return
        except SendError as e:  # the configuration: the draft waits, the error is shown
            self.report.errors.append(str(e))
            log.error("draft %d not sent: %s", draft.id, e)
            self._release(draft, str(e))
            return
        session = self.session(reply.server)
        if session.unreachable:  # tried once in this run: the others wait, untouched, for the next
            log.info("draft %d waits: %s", draft.id, session.unreachable)
            self._release(draft, None)
            self.report.waiting.append(draft.id)
            return
        signed_out = self.signed_out(reply.server)
        if signed_out:  # the token was refused: the draft waits, approved, with the reason shown
            log.warning("draft %d waits: %s", draft.id, signed_out)
            self._release(draft, signed_out)
            self.report.waiting.append(draft.id)
            return
        try:
            session.send(reply.raw, reply.sender, [reply.recipient])
        except SmtpTemporary as e:
            self._finish(draft, "deferred", str(e))
            return
        except SmtpPermanent as e:
            self._finish(draft, "failed", str(e))
            return
        except SmtpUncertain as e:
            self._finish(draft, "interrupted", f"interrupted: {e}: check the Sent folder before resending")
            return
        try:
            with self.store.begin() as conn:
                case_store.mark_sent(conn, draft.id, self.clock.now())
                audit(conn, who=BOT, action="draft.sent", object_type="draft", object_id=draft.id,
                      detail=f"case {draft.case_id}: to {reply.recipient} via {reply.server.host}:"
                             f"{reply.server.port}, {reply.draft.message_id}", at=self.clock.now())
        except Exception as e:  # sent, but not recorded: it stays in sending, never resent
            log.exception("draft %d was sent but could not be recorded as sent", draft.id)
            self._note_interrupted(draft, f"interrupted: sent, but recording it failed ({type(e).__name__}): "
                                          "check the Sent folder before resending")
            return
        log.info("draft %d of case %d sent to %s", draft.id, draft.case_id, reply.recipient)
        self.report.sent.append(draft.id)
        self.keep_copy(reply)

    def _finish(self, draft: StoredDraft, result: str, error: str, *, claimed: bool = True) -> None:
        now = self.clock.now()
        attempts = draft.attempts  # the claim counted this attempt
        if result == "deferred" and attempts >= MOST_ATTEMPTS:
            result, error = "failed", f"gave up after {attempts} attempts: {error}"
        with self.store.begin() as conn:
            if result == "deferred":
                retry_at = now + retry_delay(attempts, timedelta(seconds=self.config.send_retry_seconds))
                case_store.defer_sending(conn, draft.id, error=error, retry_at=retry_at, now=now)
                detail = f"attempt {attempts}: {error}; next try at {retry_at.isoformat()}"
            elif result == "failed" and claimed:
                case_store.fail_sending(conn, draft.id, error=error, now=now)
                detail = error
            elif result == "failed":
                case_store.change_draft(conn, draft.id, expected="approved", now=now, status="failed",
                                        send_error=error)
                detail = error
            else:
                case_store.note_send_problem(conn, draft.id, error=error, now=now)
                detail = error
            audit(conn, who=BOT, action=f"draft.send_{result}", object_type="draft", object_id=draft.id,
                  detail=f"case {draft.case_id}: {detail}", at=now)
        log.warning("draft %d %s: %s", draft.id, result, error)
        getattr(self.report, result).append(draft.id)

    def _note_interrupted(self, draft: StoredDraft, error: str) -> None:
        self.report.interrupted.append(draft.id)
        try:
            with self.store.begin() as conn:
                case_store.note_send_problem(conn, draft.id, error=error, now=self.clock.now())
        except Exception:  # the next run flags it
            log.exception("draft %d: could not note the interruption", draft.id)

    def keep_copy(self, reply: Reply) -> None:
        if reply.copy_to is None:
            return
        mailbox, folder = reply.copy_to
        try:
            self.sent_copy(mailbox, folder, reply.raw, self.clock.now())
        except (SentCopyError, OSError) as e:
            log.error("draft %d sent, but its copy was not saved: %s", reply.draft.id, e)
            self.report.copy_failed.append(reply.draft.id)
            with self.store.begin() as conn:
                audit(conn, who=BOT, action="draft.sent_copy_failed", object_type="draft", object_id=reply.draft.id,
                      detail=f"case {reply.draft.case_id}: {e}", at=self.clock.now())
            return
        self.report.copies.append(reply.draft.id)


def send_approved(config: Config, store: Store, clock: Clock, *, transport_factory: TransportFactory | None = None,
                  sent_copy: SentCopier | None = None, stop: threading.Event | None = None,
                  limit: int | None = None, holder: str | None = None) -> SendReport:
    """Send every approved draft that is due, once; see the module's notes.
    ``holder``: the worker sending (its presence kept alive by the caller);
    without it the run registers its own presence for its duration."""
    keeper = None
    sender = Sender(config, store, clock, transport_factory=transport_factory, sent_copy=sent_copy, holder=holder)
    try:
        if holder is None:
            keeper = LeaseKeeper(store, clock, config.lease_seconds, new_worker_id()).start()
            sender.holder = keeper.holder
        return sender.run(stop, limit)
    except Exception as error:
        if not is_passing(error):
            raise
        reason = fault_reason(error)  # the database is locked or down: the next run goes on
        log.warning("send run stopped by a passing fault (the next run goes on): %s", reason)
        sender.report.errors.append(f"database: {reason}")
        return sender.report
    finally:
        sender.close()
        if keeper is not None:
            keeper.stop()


def resolve_interrupted(store: Store, draft_id: int, *, who: str, now: datetime, was_sent: bool) -> StoredDraft:
    """Staff checked the Sent folder of an interrupted draft: ``was_sent``
    records it as sent; otherwise it goes back to ``approved`` to be sent."""
    from mailbot.service.review import ReviewError, _who

    who = _who(who)
    with store.begin() as conn:
        draft = case_store.get_draft(conn, draft_id)
        if draft is None:
            raise ReviewError(f"draft {draft_id}: no such draft")
        if draft.status != "sending":
            raise ReviewError(f"draft {draft_id}: is {draft.status}; only an interrupted (sending) draft can be resolved")
        if was_sent:
            case_store.change_draft(conn, draft_id, expected="sending", now=now, status="sent", sent_at=now,
                                    send_error=None)
        else:
            case_store.change_draft(conn, draft_id, expected="sending", now=now, status="approved",
                                    send_error=None, next_attempt_at=None)
        audit(conn, who=who, action="draft.resolve_sent" if was_sent else "draft.resolve_resend",
              object_type="draft", object_id=draft_id,
              detail=f"case {draft.case_id}: " + ("found in the Sent folder: recorded as sent" if was_sent
                                                  else "not in the Sent folder: sent again"), at=now)
        return case_store.get_draft(conn, draft_id)
