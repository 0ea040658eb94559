"""The admins' template editor: every reply and partial of every brand, the
text in effect (stored by an admin, else the files), the variables it may use,
a preview against a real recent case, lint on save, history with diffs,
rollback and reset.  Plus the "re-draft with the new template" action on a
case, for any signed-in user (staff review drafts; the action only renders
the case's own reply again and is in the audit log).

No script runs in the page (the CSP forbids it): the Preview button posts the
text and the page is rendered again on the server, nothing saved.  Every POST
carries the CSRF token (checked before the view); the editor needs an admin
(staff get 403).  Rendering happens in the reply sandbox, as drafting does.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import select

from mailbot import preview
from mailbot.drafting.check import template_files
from mailbot.drafting.context import context_variables
from mailbot.drafting.drafter import TEMPLATE_NAMES, Drafter
from mailbot.drafting.environment import SUFFIX
from mailbot.drafting.lint import LintProblem, lint_template, replies_using
from mailbot.drafting.overrides import FixedOverrides
from mailbot.errors import MailbotError
from mailbot.service import templates as template_service
from mailbot.store import templates as template_store
from mailbot.store.schema import cases, drafts
from mailbot.web.auth import admin_required, login_required
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

editor_bp = Blueprint("template_editor", __name__)

RECENT_CASES = 20


@dataclass(frozen=True)
class ListedTemplate:
    name: str
    kind: str
    """``reply``, ``layout`` or ``partial``."""
    stored: template_store.StoredOverride | None


@dataclass(frozen=True)
class RecentCase:
    id: int
    reference: str | None
    outcome: str | None
    template: str
    subject: str


def kind_of(name: str) -> str:
    stem = name.removesuffix(SUFFIX)
    return "reply" if stem in TEMPLATE_NAMES else "layout" if stem == "layout" else "partial"


def recent_cases(conn, brand: str, replies: list[str], limit: int = RECENT_CASES) -> list[RecentCase]:
    """Recent cases of the brand whose latest draft was made with one of ``replies``."""
    if not replies:
        return []
    query = (select(cases.c.id, cases.c.reference, cases.c.outcome, drafts.c.template, cases.c.subject)
             .join(drafts, drafts.c.case_id == cases.c.id)
             .where(cases.c.brand == brand, drafts.c.template.in_([f"{brand}/{r}" for r in replies]))
             .order_by(drafts.c.id.desc()).limit(limit * 3))
    found: dict[int, RecentCase] = {}
    for row in conn.execute(query):
        if row.id not in found:
            found[row.id] = RecentCase(*row)
    return list(found.values())[:limit]


# -- the list --------------------------------------------------------------------------

@editor_bp.route("/admin/templates")
@admin_required
def index():
    state = web_state()
    with state.store.connect() as conn:
        stored = {(o.brand, o.name): o for o in template_store.all_overrides(conn)}
    brands = {name: [ListedTemplate(f, kind_of(f), stored.get((name, f))) for f in template_files(state.config, brand)]
              for name, brand in state.config.brands.items()}
    return render_template("template_editor/index.html", brands=brands)


# -- one template ----------------------------------------------------------------------

@editor_bp.route("/admin/templates/<brand>/<path:name>", methods=["GET", "POST"])
@admin_required
def edit(brand: str, name: str):
    state = web_state()
    config = state.config
    try:
        chosen = template_service.brand_of(config, brand)
        name = template_service.file_name(config, chosen, name)
    except MailbotError as e:
        abort(404, description=str(e))
    with state.store.connect() as conn:
        stored = template_store.get_override(conn, chosen.name, name)
    text = stored.body if stored else template_service.file_text(config, chosen, name)
    problems: list[LintProblem] = []
    status = 200
    if request.method == "POST":
        text = request.form.get("text", "").replace("\r\n", "\n").replace("\r", "\n")
        if request.form.get("action") == "save":
            try:
                version = template_service.save_template(state.store, config, chosen.name, name, text,
                                                         who=g.user.name, now=state.clock.now())
            except template_service.TemplateSaveError as e:
                problems = list(e.problems) or [LintProblem(None, str(e))]
                status = 422
            else:
                flash(f"Saved {chosen.name}/{name} as version {version.id}. New drafts use it now; "
                      "drafts already waiting keep their text (re-draft them from the case page).", "ok")
                case = request.form.get("case", "")
                return redirect(url_for("template_editor.edit", brand=chosen.name, name=name,
                                        **({"case": case} if case else {})))
        else:
            problems = lint_template(config, template_service.stored_overrides(state.store), chosen, name, text)
    case_id = request.values.get("case", "")
    page = _edit_page(chosen, name, text, stored, case_id, state.clock.now())
    return render_template("template_editor/edit.html", problems=problems, **page), status


def _edit_page(brand, name: str, text: str, stored, case_id: str, now: datetime) -> dict:
    state = web_state()
    overrides = template_service.stored_overrides(state.store)
    drafter = Drafter(state.config, FixedOverrides(overrides.with_text(brand.name, name, text)))
    drafter.refresh()
    using = replies_using(drafter, brand, name)
    reply, decided, problem = None, None, ""
    with state.store.connect() as conn:
        recent = recent_cases(conn, brand.name, using)
        try:
            if case_id and not case_id.isdigit():
                raise preview.PreviewError(f"case {case_id!r}: not a case number")
            if not case_id and recent:
                case_id = str(recent[0].id)
            if case_id:
                decided = preview.stored_case(conn, state.config, int(case_id), now)
                if decided.case.brand != brand.name:
                    raise preview.PreviewError(f"{decided.label} belongs to brand {decided.case.brand}")
                target = decided.chosen if decided.chosen in using else (using[0] if using else None)
            else:
                target = using[0] if using else None
                decided = preview.sample(brand, target) if target else None
            if target is None:
                raise preview.PreviewError(f"no reply uses {name}")
            reply = preview.render_reply(drafter, brand, target, decided, now)
        except MailbotError as e:
            problem = str(e)
    history = template_service.template_history(state.store, state.config, brand.name, name)
    return dict(brand=brand.name, name=name, kind=kind_of(name), text=text, stored=stored, using=using,
                recent=recent, case_id=case_id, reply=reply, decided=decided, preview_problem=problem,
                history=history, variables=[(v, t.replace("|", "or"), d) for v, t, d in context_variables()])


@editor_bp.route("/admin/templates/<brand>/<path:name>/rollback", methods=["POST"])
@admin_required
def rollback(brand: str, name: str):
    state = web_state()
    version = request.form.get("version", "")
    if not version.isdigit():
        abort(400, description="Say which version to roll back to.")
    try:
        done = template_service.rollback_template(state.store, state.config, int(version), who=g.user.name,
                                                  now=state.clock.now())
    except template_service.TemplateSaveError as e:
        flash(str(e), "error")
    else:
        flash(f"Rolled back to version {version} (now version {done.id}).", "ok")
    return redirect(url_for("template_editor.edit", brand=brand, name=name))


@editor_bp.route("/admin/templates/<brand>/<path:name>/reset", methods=["POST"])
@admin_required
def reset(brand: str, name: str):
    state = web_state()
    try:
        template_service.reset_template(state.store, state.config, brand, name, who=g.user.name,
                                        now=state.clock.now())
    except template_service.TemplateSaveError as e:
        flash(str(e), "error")
    else:
        flash(f"{brand}/{name} is the shipped text again.", "ok")
    return redirect(url_for("template_editor.edit", brand=brand, name=name))


# -- re-draft a case --------------------------------------------------------------------

@editor_bp.route("/cases/<int:case_id>/redraft", methods=["POST"])
@login_required
def redraft(case_id: int):
    state = web_state()
    try:
        template_service.redraft_case(state.store, state.config, case_id, who=g.user.name, now=state.clock.now())
    except MailbotError as e:
        flash(str(e), "error")
    else:
        flash("The draft is written again with the templates in effect; it still waits for approval.", "ok")
    return redirect(url_for("views.case", case_id=case_id))
