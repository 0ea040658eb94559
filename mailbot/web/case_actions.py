"""Actions on a case (not on mailbot's draft): take it or give it to a
colleague, write a reply by hand, make an ignored email a case; and search.

Each action is a POST with the CSRF token that calls
:mod:`mailbot.service.casework` and redirects (a reload repeats nothing).
"""

from __future__ import annotations

import logging

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for

from mailbot.errors import MailbotError
from mailbot.service import casework
from mailbot.store.search import search_cases
from mailbot.web.auth import login_required
from mailbot.web.queue_page import listed_cases
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

case_actions_bp = Blueprint("cases", __name__)

MAX_BODY = 100_000
PER_PAGE = 50


@case_actions_bp.route("/cases/<int:case_id>/assign", methods=["POST"])
@login_required
def assign(case_id: int):
    owner = request.form.get("owner", "")
    if owner == "me":
        owner = g.user.name
    state = web_state()
    try:
        chosen = casework.assign_case(state.store, case_id, owner=owner, who=g.user.name, now=state.clock.now())
    except MailbotError as e:
        flash(str(e), "error")
        return redirect(url_for("views.case", case_id=case_id))
    flash(f"The case is now {'yours' if chosen == g.user.name else (chosen or 'nobody')}'s." if chosen
          else "The case has no owner now.", "ok")
    return redirect(url_for("views.case", case_id=case_id))


@case_actions_bp.route("/cases/<int:case_id>/reply", methods=["POST"])
@login_required
def write_reply(case_id: int):
    subject = " ".join(request.form.get("subject", "").split())
    body = request.form.get("body", "").replace("\r\n", "\n").replace("\r", "\n")
    if len(body) > MAX_BODY:
        abort(400, description="The reply is too long.")
    state = web_state()
    try:
        draft = casework.write_reply(state.config, state.store, case_id, who=g.user.name, now=state.clock.now(),
                                     subject=subject, body=body)
    except MailbotError as e:
        flash(str(e), "error")
        return redirect(url_for("views.case", case_id=case_id))
    flash(f"Your reply to {draft.to_address} is saved as a draft: approve it to send it.", "ok")
    return redirect(url_for("views.case", case_id=case_id, _anchor="draft"))


@case_actions_bp.route("/emails/<int:message_id>/make-case", methods=["POST"])
@login_required
def make_case(message_id: int):
    state = web_state()
    try:
        case_id, reference = casework.make_case(state.config, state.store, message_id, who=g.user.name,
                                                now=state.clock.now())
    except MailbotError as e:
        flash(str(e), "error")
        return redirect(url_for("views.queue", state="ignored"))
    flash(f"Not automatic mail: case {reference} is made; it waits in “For a person”.", "ok")
    return redirect(url_for("views.case", case_id=case_id))


@case_actions_bp.route("/emails/<int:message_id>")
@login_required
def email_page(message_id: int):
    """One stored email that is not (yet) a case, as text: an ignored one is
    read here before someone decides it is not automatic mail."""
    from mailbot.store import messages as message_store
    from mailbot.web.views import shown_email

    with web_state().store.connect() as conn:
        stored = message_store.get_message(conn, message_id)
        if stored is None:
            abort(404, description=f"There is no email {message_id}.")
        if stored.case_id is not None:
            return redirect(url_for("views.case", case_id=stored.case_id))
        raw = message_store.raw_bytes(conn, message_id)
    return render_template("email.html", stored=stored, email=shown_email(message_id, raw, stored.internaldate, stored))


@case_actions_bp.route("/search")
@login_required
def search():
    """Cases by reference, customer address, invoice or words, in any queue."""
    query = " ".join(request.args.get("q", "").split())[:200]
    state = web_state()
    sort = request.args.get("sort", "relevance")
    descending = request.args.get("dir") == "desc"
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1
    found = None
    with state.store.begin() as conn:
        if query:
            ids = search_cases(conn, query, state.clock.now())
            found = listed_cases(conn, state.config, state.clock.now(), state=None, case_ids=ids, sort=sort,
                                 descending=descending, page=page, per_page=PER_PAGE)
    return render_template("search.html", query=query, found=found, sort=sort, descending=descending)
