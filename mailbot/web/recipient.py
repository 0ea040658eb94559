"""The case page's Reply-To warning and its one action: answer the Reply-To by hand.

Replies go to the case's customer, the ``From`` address (see
:mod:`mailbot.service.recipient`).  When an email of the case names another
address in ``Reply-To``, the case page says so, and a member of staff may
readdress the pending draft to it: an explicit choice, in the audit log; the
draft still needs its approval.
"""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, url_for

from mailbot.errors import MailbotError
from mailbot.service.recipient import answer_reply_to, reply_to_warnings
from mailbot.web.auth import login_required
from mailbot.web.state import web_state

recipient_bp = Blueprint("recipient", __name__)


@recipient_bp.app_context_processor
def _template_helpers():
    return {"reply_to_warnings": _warnings_of}


def _warnings_of(case_id: int):
    with web_state().store.connect() as conn:
        return reply_to_warnings(conn, case_id)


@recipient_bp.route("/drafts/<int:draft_id>/answer-reply-to", methods=["POST"])
@login_required
def answer(draft_id: int):
    state = web_state()
    try:
        draft = answer_reply_to(state.store, draft_id, who=g.user.name, now=state.clock.now())
    except MailbotError as e:
        flash(str(e), "error")
        with state.store.connect() as conn:
            from mailbot.store import cases as case_store

            found = case_store.get_draft(conn, draft_id)
        if found is None:
            abort(404, description=f"There is no draft {draft_id}.")
        return redirect(url_for("views.case", case_id=found.case_id))
    flash(f"The draft now goes to {draft.to_address}, the Reply-To address, as you chose. "
          "Read it again before approving: it may say things only the customer on record should see.", "ok")
    return redirect(url_for("views.case", case_id=draft.case_id))
