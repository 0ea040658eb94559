"""The admin page for staff accounts: list them, add one, disable or enable
one, set a new password, set the address its notices go to.  Admins only; every change is audited (who, what),
a password never (not in the log, the audit detail or the page).

Built on the store functions of :mod:`mailbot.store.users` (``add_user``,
``set_active``, ``set_password``, ``set_email``), the same ones ``mailbot users`` uses.  An
admin cannot disable their own account (someone must be able to sign in).
"""

from __future__ import annotations

import logging

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from mailbot.errors import MailbotError
from mailbot.store import users as user_store
from mailbot.store.audit import audit
from mailbot.store.schema import USER_ROLES
from mailbot.web.auth import admin_required
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

users_bp = Blueprint("users", __name__, url_prefix="/admin/users")

LONGEST_PASSWORD = 1024


@users_bp.route("/")
@admin_required
def index():
    with web_state().store.connect() as conn:
        found = user_store.list_users(conn)
    return render_template("admin/users.html", users=found, roles=USER_ROLES)


def _password() -> str:
    return request.form.get("password", "")[:LONGEST_PASSWORD]


def _done(message: str):
    flash(message, "ok")
    return redirect(url_for("users.index"))


def _refused(error: MailbotError):
    flash(str(error), "error")
    return redirect(url_for("users.index"))


@users_bp.route("/add", methods=["POST"])
@admin_required
def add():
    state = web_state()
    name = request.form.get("name", "").strip()
    role = request.form.get("role", "staff")
    now = state.clock.now()
    try:
        with state.store.begin() as conn:
            user = user_store.add_user(conn, name, role, _password(), now)
            audit(conn, who=g.user.name, action="user.add", object_type="user", object_id=user.name,
                  detail=f"role {user.role} (web)", at=now)
    except MailbotError as e:
        return _refused(e)
    log.info("user %s added by %s", user.name, g.user.name)
    return _done(f"{user.name} can now sign in as {user.role}.")


@users_bp.route("/<name>/active", methods=["POST"])
@admin_required
def active(name: str):
    state = web_state()
    enable = request.form.get("active") == "1"
    if not enable and name == g.user.name:
        flash("You cannot disable your own account.", "error")
        return redirect(url_for("users.index"))
    now = state.clock.now()
    try:
        with state.store.begin() as conn:
            user = user_store.set_active(conn, name, enable, now)
            audit(conn, who=g.user.name, action="user.enable" if enable else "user.disable", object_type="user",
                  object_id=user.name, detail="(web)", at=now)
    except MailbotError as e:
        return _refused(e)
    return _done(f"{user.name} is {'enabled' if enable else 'disabled'}.")


@users_bp.route("/<name>/password", methods=["POST"])
@admin_required
def password(name: str):
    state = web_state()
    now = state.clock.now()
    try:
        with state.store.begin() as conn:
            user = user_store.set_password(conn, name, _password(), now)
            audit(conn, who=g.user.name, action="user.passwd", object_type="user", object_id=user.name,
                  detail="new password set (web)", at=now)
    except MailbotError as e:
        return _refused(e)
    return _done(f"{user.name} has a new password: give it to them by a safe way.")


@users_bp.route("/<name>/email", methods=["POST"])
@admin_required
def email(name: str):
    """Where the account's notices go; an empty field clears it (the brand's
    escalation address is used then), as ``mailbot users email`` does."""
    state = web_state()
    now = state.clock.now()
    address = request.form.get("email", "")[:400]
    try:
        with state.store.begin() as conn:
            user = user_store.set_email(conn, name, address, now)
            audit(conn, who=g.user.name, action="user.email", object_type="user", object_id=user.name,
                  detail=f"notices to {user.email or 'nobody (cleared)'} (web)", at=now)
    except MailbotError as e:
        return _refused(e)
    return _done(f"{user.name}: notices go to {user.email or 'the brand escalation address (cleared)'}.")
