"""Signing in and out, who is signed in, and the decorators that guard pages.

Accounts are the ones made with ``mailbot users add``.  The session (a signed
cookie) holds the user's id and the account's session epoch; each request
loads the user again and compares the epoch, so a disabled account, a changed
password or a sign-out ends every session of the account at its next click
(a copied cookie replayed after sign-out is refused).

Sign-in tries are limited in the store (:mod:`mailbot.store.signin`): a try is
reserved atomically before the password is checked, per account name and
client address (and per client over all names), so parallel tries get exactly
the limit, in every web process alike.  The client address is
``request.remote_addr``, which ProxyFix sets from ``X-Forwarded-For`` only for
the configured number of trusted proxies.  Failed sign-ins are also written to
the audit log.
"""

from __future__ import annotations

import functools
import logging
from urllib.parse import urlsplit

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from mailbot.store import signin
from mailbot.store import users as user_store
from mailbot.store.audit import audit
from mailbot.web.csrf import renew_token
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

auth_bp = Blueprint("auth", __name__)

MAX_FAILURES = signin.ACCOUNT_AND_CLIENT.tries
FAILURE_WINDOW = signin.ACCOUNT_AND_CLIENT.window
SIGN_IN_FAILED = "sign_in_failed"
MAX_NAME = 64
EPOCH = "epoch"


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
    if user is None or not user.active or session.get(EPOCH) != user.session_epoch:
        session.pop("user_id", None)
        session.pop(EPOCH, None)
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
    pair, client = signin.account_key(name or "-", address), signin.client_key(address)
    with state.store.begin() as conn:  # committed before the password check: the try is taken
        allowed = signin.reserve(conn, pair, signin.ACCOUNT_AND_CLIENT, now) and \
            signin.reserve(conn, client, signin.CLIENT, now)
    if not allowed:
        log.warning("sign-in refused for %r from %s: too many tries", name, address)
        flash(f"Too many failed sign-ins for {name or 'this account'} from your address. "
              f"Wait {int(FAILURE_WINDOW.total_seconds() // 60)} minutes, or ask an admin.", "error")
        return render_template("sign_in.html", name=name, next=target), 429
    with state.store.begin() as conn:
        user = user_store.authenticate(conn, name, password, now) if name and password else None
        if user is None or not user.active:
            audit(conn, who=name or "-", action=SIGN_IN_FAILED, object_type="user", object_id=name or "-",
                  detail=_failure_detail(address), at=now)
            flash("Wrong name or password.", "error")
            return render_template("sign_in.html", name=name, next=target), 401
        signin.clear(conn, pair)
        signin.give_back(conn, client)
        audit(conn, who=user.name, action="sign_in", object_type="user", object_id=user.name,
              detail=f"from {address}", at=now)
    session.clear()
    session.permanent = True
    session["user_id"] = user.id
    session[EPOCH] = user.session_epoch
    renew_token()
    log.info("user %s signed in from %s", user.name, address)
    return redirect(target or url_for("views.queue"))


@auth_bp.route("/sign-out", methods=["POST"])
def sign_out():
    user = g.get("user")
    if user is not None:  # every session of the account ends, a copied cookie included
        state = web_state()
        with state.store.begin() as conn:
            user_store.end_sessions(conn, user.id, state.clock.now())
            audit(conn, who=user.name, action="sign_out", object_type="user", object_id=user.name,
                  detail="every session ended", at=state.clock.now())
    session.clear()
    renew_token()
    if user is not None:
        log.info("user %s signed out", user.name)
    flash("You are signed out.", "info")
    return redirect(url_for("auth.sign_in"))


def _failure_detail(address: str) -> str:
    return f"from {address}"


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
