"""Cross-site request forgery: one token per session, checked on every POST.

Every form carries ``<input type="hidden" name="csrf_token" value="{{ csrf_token() }}">``.
A state-changing request whose token is missing or wrong is refused with 400
before its view runs.  The token is made when a page first asks for it (the
sign-in page included, so the sign-in form is covered too) and renewed at
sign-in and sign-out.
"""

from __future__ import annotations

import hmac
import logging
import secrets

from flask import abort, current_app, flash, render_template, request, session

log = logging.getLogger(__name__)

FIELD = "csrf_token"
HEADER = "X-CSRF-Token"
SESSION_KEY = "csrf"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def csrf_token() -> str:
    """This session's token (made on first use); templates call it."""
    token = session.get(SESSION_KEY)
    if not token:
        token = secrets.token_urlsafe(32)
        session[SESSION_KEY] = token
    return token


def renew_token() -> str:
    session.pop(SESSION_KEY, None)
    return csrf_token()


COOKIE_NOT_SENT = (
    "Your browser did not send back the session cookie: it may block cookies for this site, or the cookie "
    "is Secure (HTTPS only) while this page came over plain HTTP. Open mailbot over HTTPS, or ask an admin "
    "to check MAILBOT_SECURE_COOKIES and [web] trusted_proxies (docs/admin.md).")


def check_csrf():
    """``before_request``: refuse an unsafe request without this session's token.
    When the browser sent no session cookie at all, say that instead of
    "expired form" (on the sign-in page, the page itself says it)."""
    if request.method not in UNSAFE_METHODS:
        return None
    expected = session.get(SESSION_KEY)
    given = request.form.get(FIELD) or request.headers.get(HEADER) or ""
    cookie = current_app.config.get("SESSION_COOKIE_NAME", "session")
    if not expected and cookie not in request.cookies:
        log.warning("refused %s %s from %s: the browser sent no session cookie", request.method, request.path,
                    request.remote_addr)
        if request.endpoint == "auth.sign_in":
            flash(COOKIE_NOT_SENT, "error")
            return render_template("sign_in.html", name=request.form.get("name", "")[:64], next=""), 400
        abort(400, description=COOKIE_NOT_SENT)
    if not expected or not hmac.compare_digest(str(expected), str(given)):
        log.warning("refused %s %s from %s: missing or wrong CSRF token", request.method, request.path,
                    request.remote_addr)
        abort(400, description="This form has expired or did not come from mailbot. Reload the page and try again.")
    return None


def init_csrf(app) -> None:
    app.before_request(check_csrf)
    app.jinja_env.globals["csrf_token"] = csrf_token
