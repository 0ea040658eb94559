"""The case page's languages and stated figures, and the one-click language switch.

- ``draft_language_of(page)`` / ``stated_of(page)``: what the case page shows
  (:mod:`mailbot.service.draft_language`, :mod:`mailbot.service.stated`),
  from stored rows only.
- ``POST /drafts/<id>/language``: "Draft in English" / "Draft in Spanish".  The
  button sits in the draft's editor form, so what the editor holds comes with
  it: an unsaved change is saved, never dropped (see the service's rules).
  Any signed-in staff member may use it, as for the other draft actions.
"""

from __future__ import annotations

import logging

from flask import Blueprint, abort, flash, g, redirect, request, url_for

from mailbot.errors import MailbotError
from mailbot.service import review
from mailbot.service.case_reading import language_name
from mailbot.service.draft_language import draft_language, switch_draft_language
from mailbot.service.stated import stated_figures
from mailbot.store import cases as case_store
from mailbot.web.auth import login_required
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

case_language_bp = Blueprint("case_language", __name__)
MAX_BODY = 100_000


@case_language_bp.app_context_processor
def _template_helpers():
    return {"draft_language_of": _language_of, "stated_of": _stated_of}


def _language_of(page):
    state = web_state()
    with state.store.connect() as conn:
        return draft_language(conn, state.config, page.case, page.decision, page.draft, page.history)


def _stated_of(page):
    state = web_state()
    with state.store.connect() as conn:
        return stated_figures(conn, state.config, page.case, page.decision)


@case_language_bp.route("/drafts/<int:draft_id>/language", methods=["POST"])
@login_required
def switch(draft_id: int):
    state = web_state()
    with state.store.connect() as conn:
        draft = case_store.get_draft(conn, draft_id)
    if draft is None:
        abort(404, description=f"There is no draft {draft_id}.")
    body = request.form.get("body")
    if body is not None and len(body) > MAX_BODY:
        abort(400, description="The reply is too long.")
    try:
        done = switch_draft_language(
            state.store, state.config, draft_id, to=request.form.get("language", ""), who=g.user.name,
            now=state.clock.now(), version=request.form.get("version") or None,
            subject=request.form.get("subject"), body=body, discard_edit=request.form.get("discard_edit") == "1")
    except review.StaleDraftError as e:
        flash(f"Someone changed this draft after you opened it, so its language was not switched: check it "
              f"again below. ({e})", "error")
    except MailbotError as e:
        log.info("draft %s: language switch refused for %s: %s", draft_id, g.user.name, e)
        flash(str(e), "error")
    else:
        replaced = (f" It replaced the edit by {done.replaced_edit.who}." if done.replaced_edit else "")
        flash(f"The draft is now in {language_name(done.after)}; it still waits for approval.{replaced}", "ok")
    return redirect(url_for("views.case", case_id=draft.case_id, _anchor="draft"))
