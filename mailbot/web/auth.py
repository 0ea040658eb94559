"""Signing in and out, who is signed in, and the decorators that guard pages.

Accounts are the ones made with ``mailbot users add``.  The session (a signed
cookie) holds only the user's id; each request loads the user again, so a
disabled account is signed out at its next click.  Failed sign-ins are written
to the audit log, which is also what limits them: after
``MAX_FAILURES`` failures for one account name from one address within
``FAILURE_WINDOW``, sign-in is refused even with the right password, in every
worker process alike.
"""

from __future__ import annotations

import functools
import logging
from datetime import timedelta
from urllib.parse import urlsplit

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from sqlalchemy import Connection, func, select

from mailbot.store import users as user_store
from mailbot.store.audit import audit
from mailbot.store.schema import audit_log
from mailbot.web.csrf import renew_token
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

auth_bp = Blueprint("auth", __name__)

MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
SIGN_IN_FAILED = "sign_in_failed"
MAX_NAME = 64


def login_required(view):
    """The page needs a signed-in user; otherwise go to sign-in and come back."""

    @functools.wraps(view)
    def guarded(*args, **kwargs):
        if g.get("user") is None:
            return redirect(url_for("auth.sign_in", next=_local_path(request.full_path)))
        return view(*args, **kwargs)

    return guarded


def admin_required(view):
    """The page needs a signed-in admin: staff get 403."""

    @functools.wraps(view)
    def guarded(*args, **kwargs):
        user = g.get("user")
        if user is None:
            return redirect(url_for("auth.sign_in", next=_local_path(request.full_path)))
        if user.role != "admin":
            log.warning("user %s (staff) refused admin page %s", user.name, request.path)
            abort(403, description="Only an admin can do this.")
        return view(*args, **kwargs)

    return guarded


def load_user() -> None:
    """``before_request``: ``g.user`` is the signed-in, active user, or None."""
    g.user = None
    user_id = session.get("user_id")
    if user_id is None:
        return
    with web_state().store.connect() as conn:
        user = user_store.get_user(conn, user_id)
    if user is None or not user.active:
        session.pop("user_id", None)
        return
    g.user = user


@auth_bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if request.method == "GET":
        if g.get("user") is not None:
            return redirect(url_for("views.queue"))
        return render_template("sign_in.html", name="", next=_local_path(request.args.get("next", "")))
    name = request.form.get("name", "").strip()[:MAX_NAME]
    password = request.form.get("password", "")
    target = _local_path(request.form.get("next", ""))
    state = web_state()
    now = state.clock.now()
    address = request.remote_addr or "unknown"
    with state.store.begin() as conn:
        if recent_failures(conn, name, address, now) >= MAX_FAILURES:
            log.warning("sign-in refused for %r from %s: too many failures", name, address)
            flash(f"Too many failed sign-ins for {name or 'this account'} from your address. "
                  f"Wait {int(FAILURE_WINDOW.total_seconds() // 60)} minutes, or ask an admin.", "error")
            return render_template("sign_in.html", name=name, next=target), 429
        user = user_store.authenticate(conn, name, password) if name and password else None
        if user is None or not user.active:
            audit(conn, who=name or "-", action=SIGN_IN_FAILED, object_type="user", object_id=name or "-",
                  detail=_failure_detail(address), at=now)
            flash("Wrong name or password.", "error")
            return render_template("sign_in.html", name=name, next=target), 401
        audit(conn, who=user.name, action="sign_in", object_type="user", object_id=user.name,
              detail=f"from {address}", at=now)
    session.clear()
    session.permanent = True
    session["user_id"] = user.id
    renew_token()
    log.info("user %s signed in from %s", user.name, address)
    return redirect(target or url_for("views.queue"))


@auth_bp.route("/sign-out", methods=["POST"])
def sign_out():
    user = g.get("user")
    session.clear()
    renew_token()
    if user is not None:
        log.info("user %s signed out", user.name)
    flash("You are signed out.", "info")
    return redirect(url_for("auth.sign_in"))


def _failure_detail(address: str) -> str:
    return f"from {address}"


def recent_failures(conn: Connection, name: str, address: str, now) -> int:
    """Failed sign-ins for this account name from this address in the window."""
    query = select(func.count()).select_from(audit_log).where(
        audit_log.c.action == SIGN_IN_FAILED, audit_log.c.object_type == "user",
        audit_log.c.object_id == (name or "-"), audit_log.c.detail == _failure_detail(address),
        audit_log.c.at >= now - FAILURE_WINDOW)
    return conn.execute(query).scalar() or 0


def _local_path(target: str | None) -> str:
    """Only a path on this site may be a redirect target (no open redirects)."""
    target = (target or "").strip()
    if target.endswith("?"):
        target = target[:-1]
    parts = urlsplit(target)
    if not target.startswith("/") or target.startswith("//") or parts.scheme or parts.netloc or "\\" in target:
        return ""
    if target.startswith(("/sign-in", "/sign-out")):
        return ""
    return target
