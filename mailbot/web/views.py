"""The pages staff work in: the queue, a case, the actions on its draft, history.

Each action is a POST (with the CSRF token) that calls the review service and
redirects, so a reload never repeats it.  What a customer wrote is shown as
the text triage read at ingest (stored as the record's reading, never parsed again); the
HTML of an email is never sent to the browser.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import Connection

from mailbot.errors import MailbotError, MessageError
from mailbot.models import Attachment, InboundMessage
from mailbot.reading.parse import parse_message
from mailbot.service import review
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.service.review import draft_version
from mailbot.store import queues
from mailbot.store import users as user_store
from mailbot.store.readings import case_readings
from mailbot.store.audit import AuditEntry, audit_entries
from mailbot.web import words
from mailbot.web.attachments import AttachmentLink, attachment_links
from mailbot.web.auth import login_required
from mailbot.web.queue_page import listed_cases, listed_ignored, review_outcomes
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

views_bp = Blueprint("views", __name__)

PER_PAGE = 50
HISTORY_PER_PAGE = 100
MAX_REASON = 2000
MAX_BODY = 100_000
OPEN_DRAFT = "pending"


# -- what the templates show ------------------------------------------------------

@dataclass(frozen=True)
class ShownEmail:
    """One of the customer's emails, as text."""

    id: int
    sender: str | None
    sender_name: str
    recipients: tuple[str, ...]
    subject: str
    date: datetime | None
    text: str
    attachments: tuple[Attachment, ...] = ()
    files: tuple[AttachmentLink, ...] = ()
    """The attachments that can be downloaded (and previewed when images)."""
    defects: tuple[str, ...] = ()
    problem: str = ""
    """Why there is no text (not downloaded, not an email)."""


@dataclass(frozen=True)
class TraceLine:
    rule: str
    note: str


@dataclass
class CasePage:
    case: case_store.StoredCase
    emails: list[ShownEmail]
    decision: case_store.StoredDecision | None
    earlier_decisions: int
    trace: list[TraceLine]
    draft: case_store.StoredDraft | None
    """The draft awaiting review, if any (else the latest one)."""
    other_drafts: list[case_store.StoredDraft] = field(default_factory=list)
    history: list[AuditEntry] = field(default_factory=list)
    state: str = ""
    """The queue the case is in (:mod:`mailbot.store.queues`)."""

    @property
    def reviewable(self) -> bool:
        return self.draft is not None and self.draft.status == OPEN_DRAFT


def shown_email(message_id: int, raw: bytes | None, arrived: datetime | None,
                stored: message_store.StoredMessage | None, read: InboundMessage | None = None) -> ShownEmail:
    """One email of a case page, from what triage read at ingest (``read``);
    a record stored before readings were kept is parsed, within the limits."""
    if read is not None:
        return ShownEmail(message_id, read.sender, read.sender_name, read.recipients, read.subject,
                          arrived or read.date, read.text, read.attachments, attachment_links(read.attachments),
                          read.defects)
    if raw is None:
        size = stored.size if stored else 0
        return ShownEmail(message_id, stored.sender if stored else None, "", (), stored.subject or "" if stored
                          else "", arrived, "", problem=f"not downloaded ({size} bytes): read it in the mailbox")
    try:
        msg = parse_message(raw, f"message {message_id}")
    except MessageError as e:
        return ShownEmail(message_id, None, "", (), "", arrived, "", problem=str(e))
    return ShownEmail(message_id, msg.sender, msg.sender_name, msg.recipients, msg.subject,
                      arrived or msg.date, msg.text, msg.attachments, attachment_links(msg.attachments), msg.defects)


def trace_lines(result: dict) -> list[TraceLine]:
    lines = []
    for entry in result.get("trace") or []:
        rule, sep, note = str(entry).partition(": ")
        lines.append(TraceLine(rule, note) if sep else TraceLine("", rule))
    return lines


def case_page(conn: Connection, case_id: int) -> CasePage | None:
    case = case_store.get_case(conn, case_id)
    if case is None:
        return None
    emails = [shown_email(mid, raw, arrived, message_store.get_message(conn, mid), read)
              for mid, read, raw, arrived in case_readings(conn, case_id)]
    decisions = case_store.case_decisions(conn, case_id)
    decision = decisions[-1] if decisions else None
    all_drafts = case_store.list_drafts(conn, case_id=case_id)
    pending = [d for d in all_drafts if d.status == OPEN_DRAFT]
    draft = pending[-1] if pending else (all_drafts[-1] if all_drafts else None)
    others = [d for d in reversed(all_drafts) if d is not draft]
    row = queues.case_row(conn, case_id)
    return CasePage(case, emails, decision, max(len(decisions) - 1, 0),
                    trace_lines(decision.result) if decision else [], draft, others,
                    review.case_history(conn, case_id), row.state if row else "")


# -- pages ------------------------------------------------------------------------

@views_bp.route("/")
@login_required
def home():
    return redirect(url_for("views.queue"))


@views_bp.route("/queue")
@login_required
def queue():
    """One queue (``state``, default review), oldest request first; sortable, filterable, "Mine"."""
    state = web_state()
    chosen = request.args.get("state") or "review"
    if chosen not in (*queues.QUEUES, "closed"):
        abort(404, description=f"There is no queue {chosen!r}.")
    brand = request.args.get("brand") or None
    outcome = request.args.get("outcome") or None
    overdue = {"yes": True, "no": False}.get(request.args.get("overdue", ""))
    mine = request.args.get("mine") == "1"
    sort = request.args.get("sort") or "request"
    if sort not in queues.SORTS:
        sort = "request"
    descending = request.args.get("dir") == "desc"
    page = _positive(request.args.get("page"), 1)
    now = state.clock.now()
    with state.store.connect() as conn:
        if chosen == "ignored":
            found = listed_ignored(conn, brand=brand, descending=descending, page=page, per_page=PER_PAGE)
        else:
            found = listed_cases(conn, state.config, now, state=chosen, brand=brand,
                                 owner=g.user.name if mine else None, outcome=outcome, overdue=overdue, sort=sort,
                                 descending=descending, page=page, per_page=PER_PAGE)
        outcomes = review_outcomes(conn) if chosen == "review" else []
    filters = {"state": chosen, "brand": brand or "", "outcome": outcome or "",
               "overdue": request.args.get("overdue", ""), "mine": "1" if mine else "", "sort": sort,
               "dir": "desc" if descending else ""}
    return render_template("queue.html", queue=found, state=chosen, filters=filters,
                           brands=sorted(state.config.brands), outcomes=outcomes)


@views_bp.route("/cases/<int:case_id>")
@login_required
def case(case_id: int):
    with web_state().store.connect() as conn:
        page = case_page(conn, case_id)
        staff = [u.name for u in user_store.list_users(conn) if u.active]
    if page is None:
        abort(404, description=f"There is no case {case_id}.")
    return render_template("case.html", page=page, staff=staff, version=draft_version(page.draft)
                           if page.draft else "")


@views_bp.route("/history")
@login_required
def history():
    page = _positive(request.args.get("page"), 1)
    with web_state().store.connect() as conn:
        sent = case_store.list_drafts(conn, status="sent")
        to_check = [d for status in ("sending", "failed") for d in case_store.list_drafts(conn, status=status)]
        entries = audit_entries(conn)
    entries.reverse()
    pages = max(1, -(-len(entries) // HISTORY_PER_PAGE))
    page = min(page, pages)
    shown = entries[(page - 1) * HISTORY_PER_PAGE: page * HISTORY_PER_PAGE]
    sent.sort(key=lambda d: d.sent_at or d.updated_at, reverse=True)
    return render_template("history.html", sent=sent, to_check=to_check, entries=shown, page=page, pages=pages)


# -- actions on a draft -----------------------------------------------------------

@views_bp.route("/drafts/<int:draft_id>/approve", methods=["POST"])
@login_required
def approve(draft_id: int):
    draft = _open_draft(draft_id)
    subject, body = _edited(draft)
    state = web_state()
    try:
        edited = review.clean_body(body) != draft.body or subject != draft.subject
        if edited:
            review.approve_draft(state.store, draft_id, who=g.user.name, now=state.clock.now(),
                                 subject=subject, body=body, version=_version())
        else:
            review.approve_draft(state.store, draft_id, who=g.user.name, now=state.clock.now(), version=_version())
    except MailbotError as e:
        return _refused(draft, e)
    flash(f"Reply to {draft.to_address} approved{' as edited' if edited else ''}; "
          "it goes out with the next send run.", "ok")
    if request.form.get("then") == "next":
        with state.store.connect() as conn:
            following = queues.next_in_review(conn, after_case=draft.case_id)
        if following is not None:
            return redirect(url_for("views.case", case_id=following))
        flash("That was the last case waiting for review.", "ok")
    return redirect(url_for("views.queue"))


@views_bp.route("/drafts/<int:draft_id>/save", methods=["POST"])
@login_required
def save(draft_id: int):
    draft = _open_draft(draft_id)
    subject, body = _edited(draft)
    state = web_state()
    try:
        review.save_edit(state.store, draft_id, who=g.user.name, now=state.clock.now(), body=body,
                         subject=subject, version=_version())
    except MailbotError as e:
        return _refused(draft, e)
    flash("Your edit is saved; the draft still waits for approval.", "ok")
    return redirect(url_for("views.case", case_id=draft.case_id))


@views_bp.route("/drafts/<int:draft_id>/reject", methods=["POST"])
@login_required
def reject(draft_id: int):
    draft = _open_draft(draft_id)
    reason = request.form.get("reason", "").strip()[:MAX_REASON]
    if not reason:
        flash("Say why the draft is rejected: the reason goes in the audit log.", "error")
        return redirect(url_for("views.case", case_id=draft.case_id))
    state = web_state()
    try:
        review.reject_draft(state.store, draft_id, who=g.user.name, now=state.clock.now(), reason=reason,
                            version=_version())
    except MailbotError as e:
        return _refused(draft, e)
    flash(f"Draft for case {draft.case_id} rejected; nothing was sent.", "ok")
    return redirect(url_for("views.queue"))


@views_bp.route("/drafts/<int:draft_id>/escalate", methods=["POST"])
@login_required
def escalate(draft_id: int):
    draft = _open_draft(draft_id)
    note = request.form.get("note", "").strip()[:MAX_REASON]
    state = web_state()
    try:
        review.escalate_draft(state.store, draft_id, who=g.user.name, now=state.clock.now(), note=note,
                              version=_version())
    except MailbotError as e:
        return _refused(draft, e)
    flash(f"Case {draft.case_id} handed to a person; nothing was sent. It waits in Escalated.", "ok")
    return redirect(url_for("views.queue"))


@views_bp.route("/drafts/<int:draft_id>/resolve", methods=["POST"])
@login_required
def resolve(draft_id: int):
    """A send that was interrupted: staff looked in the Sent folder and say
    whether the reply is there (recorded as sent) or not (sent again)."""
    from mailbot.service.send import resolve_interrupted

    draft = _open_draft(draft_id)
    found = request.form.get("found")
    if found not in ("yes", "no"):
        abort(400, description="Say whether the reply is in the Sent folder.")
    state = web_state()
    try:
        resolve_interrupted(state.store, draft_id, who=g.user.name, now=state.clock.now(), was_sent=found == "yes")
    except MailbotError as e:
        return _refused(draft, e)
    flash("Recorded as sent." if found == "yes" else "It will be sent with the next send run.", "ok")
    return redirect(url_for("views.case", case_id=draft.case_id))


def _open_draft(draft_id: int) -> case_store.StoredDraft:
    with web_state().store.connect() as conn:
        draft = case_store.get_draft(conn, draft_id)
    if draft is None:
        abort(404, description=f"There is no draft {draft_id}.")
    return draft


def _edited(draft: case_store.StoredDraft) -> tuple[str, str]:
    """The subject and body from the editor.  The subject becomes one line
    (no CR or LF can reach a header); the browser's CRLF line ends become LF."""
    subject = " ".join(request.form.get("subject", draft.subject).split()) or draft.subject
    body = request.form.get("body", draft.body).replace("\r\n", "\n").replace("\r", "\n")
    if not body.strip():
        abort(400, description="The reply is empty: write it, or reject the draft.")
    if len(body) > MAX_BODY:
        abort(400, description="The reply is too long.")
    return subject, body


def _version() -> str | None:
    """The draft version the page was opened with (see :func:`review.draft_version`)."""
    return request.form.get("version") or None


def _refused(draft: case_store.StoredDraft, error: MailbotError):
    log.info("draft %s: refused for %s: %s", draft.id, g.user.name, error)
    if isinstance(error, review.StaleDraftError):
        flash("Someone changed this draft after you opened it, so it was not approved: check it again below. "
              f"({error})", "error")
    else:
        flash(str(error), "error")
    return redirect(url_for("views.case", case_id=draft.case_id))


def _positive(value: str | None, default: int) -> int:
    try:
        return max(1, int(value or default))
    except ValueError:
        return default


# -- template helpers and error pages ------------------------------------------------

def age(value) -> str:
    """``3d 4h``, ``5h``, ``12m`` for a timedelta or seconds."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        value = timedelta(seconds=value)
    if not isinstance(value, timedelta):
        return str(value)
    seconds = max(int(value.total_seconds()), 0)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    if days:
        return f"{days}d {hours}h" if hours else f"{days}d"
    if hours:
        return f"{hours}h"
    return f"{rest // 60}m"


def init_views(app) -> None:
    words.register(app)
    app.jinja_env.filters.update(age=age)

    @app.context_processor
    def navigation():
        """The queues with their counts, for every signed-in page (one query)."""
        found = {"has_admin_pages": "admin.settings_page" in app.view_functions,
                 "has_users_page": "users.index" in app.view_functions, "queue_counts": {}, "mine_count": 0}
        if getattr(g, "user", None) is not None:
            with web_state().store.connect() as conn:
                found["queue_counts"] = queues.queue_counts(conn)
                mine = queues.queue_counts(conn, owner=g.user.name)
                found["mine_count"] = sum(n for q, n in mine.items() if q in ("review", "escalated", "person"))
        return found

    for code in (400, 403, 404, 405, 413, 429, 500):
        app.register_error_handler(code, _error_page)


def _error_page(error):
    code = getattr(error, "code", 500) or 500
    description = getattr(error, "description", "") if code != 500 else "Something went wrong; it is in the log."
    return render_template("error.html", code=code, description=description), code
