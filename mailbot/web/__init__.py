"""The staff web UI: a Flask app, pages rendered on the server, no JavaScript.

``create_app()`` is the factory gunicorn calls (``Procfile``: ``web: gunicorn
'mailbot.web:create_app()'``) and ``mailbot web`` serves.  Security, in one place:

- every page but sign-in needs a signed-in user (:mod:`mailbot.web.auth`);
- every POST needs the session's CSRF token (:mod:`mailbot.web.csrf`);
- templates are autoescaped, and a customer's email is shown as parsed text,
  never as HTML; attachments are served only as downloads, images previewed
  from a sandboxed route (:mod:`mailbot.web.attachments`);
- the session cookie is HttpOnly, SameSite=Lax, and Secure unless the app
  is in testing or ``secure_cookies=False`` (``mailbot web`` on localhost);
  ``MAILBOT_SECURE_COOKIES=0|1`` decides when set;
- a Content-Security-Policy that allows no script at all.

The secret that signs sessions comes from ``MAILBOT_SECRET_KEY``; without it a
random key is made for this process (sessions end when it restarts, and
several gunicorn workers would not share it), with a warning.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import secrets
from datetime import timedelta

from flask import Flask

from mailbot.clock import Clock, SystemClock
from mailbot.config import Config, load_config
from mailbot.store.database import Store
from mailbot.web.state import EXTENSION, WebState

log = logging.getLogger(__name__)

SECRET_KEY_ENV = "MAILBOT_SECRET_KEY"
SECURE_COOKIES_ENV = "MAILBOT_SECURE_COOKIES"
SESSION_HOURS = 12

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def create_app(config: Config | None = None, *, store: Store | None = None, clock: Clock | None = None,
               testing: bool = False, secure_cookies: bool | None = None) -> Flask:
    """The staff UI for ``config`` (default: the configuration ``mailbot`` finds)."""
    config = config or load_config()
    store = store or Store.open(config.database_url)
    app = Flask(__name__)
    app.config.update(
        TESTING=testing,
        SECRET_KEY=_secret_key(),
        SESSION_COOKIE_NAME="mailbot_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=_secure_cookies(secure_cookies, testing),
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    app.extensions[EXTENSION] = WebState(config, store, clock or SystemClock())
    _register(app)
    return app


def _register(app: Flask) -> None:
    from mailbot.web.auth import auth_bp, load_user
    from mailbot.web.csrf import init_csrf
    from mailbot.web.views import init_views, views_bp

    init_csrf(app)
    app.before_request(load_user)
    app.register_blueprint(auth_bp)
    app.register_blueprint(views_bp)
    init_views(app)
    from mailbot.web.attachments import attachments_bp
    from mailbot.web.case_actions import case_actions_bp

    app.register_blueprint(attachments_bp)
    app.register_blueprint(case_actions_bp)
    if importlib.util.find_spec("mailbot.web.users") is not None:
        from mailbot.web.users import users_bp

        app.register_blueprint(users_bp)
    if importlib.util.find_spec("mailbot.web.admin") is not None:
        from mailbot.web.admin import admin_bp

        app.register_blueprint(admin_bp)

    @app.after_request
    def security_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _secret_key() -> str:
    key = os.environ.get(SECRET_KEY_ENV)
    if key:
        return key
    log.warning("%s is not set: using a random key for this process (sessions end when it restarts)",
                SECRET_KEY_ENV)
    return secrets.token_hex(32)


def _secure_cookies(asked: bool | None, testing: bool) -> bool:
    setting = os.environ.get(SECURE_COOKIES_ENV, "").strip().lower()
    if setting in ("0", "false", "no", "off"):
        return False
    if setting in ("1", "true", "yes", "on"):
        return True
    if asked is not None:
        return asked
    return not testing
