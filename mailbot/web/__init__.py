"""The staff web UI: a Flask app, pages rendered on the server, no JavaScript.

``create_app()`` is the factory gunicorn calls (``Procfile``: ``web: gunicorn
'mailbot.web:create_app()'``) and ``mailbot web`` serves.  Security, in one place:

- every page but sign-in, ``/healthz`` and ``/metrics`` (:mod:`mailbot.web.health`)
  needs a signed-in user (:mod:`mailbot.web.auth`);
- every POST needs the session's CSRF token (:mod:`mailbot.web.csrf`);
- templates are autoescaped, and a customer's email is shown as parsed text,
  never as HTML; attachments are served only as downloads, images previewed
  from a sandboxed route (:mod:`mailbot.web.attachments`);
- the session cookie is HttpOnly, SameSite=Lax, and Secure when the request
  came over HTTPS (directly, or ``X-Forwarded-Proto: https`` from one of the
  ``[web] trusted_proxies``), so that plain HTTP on a LAN still signs in;
  ``[web] secure_cookies`` or ``create_app(secure_cookies=...)`` force it on or
  off, and ``MAILBOT_SECURE_COOKIES=0|1`` decides above both;
- the client address (for the sign-in limit) and the scheme come from
  ``X-Forwarded-For`` / ``X-Forwarded-Proto`` only through werkzeug's
  ProxyFix with the configured number of trusted proxies;
- sessions are revocable: each carries the account's session epoch, checked on
  every request (:mod:`mailbot.web.auth`);
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

from flask import Flask, has_request_context, request
from flask.sessions import SecureCookieSessionInterface
from werkzeug.middleware.proxy_fix import ProxyFix

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
    if config is None:  # gunicorn's factory call: the log lines follow log_format
        from mailbot.config import packaged_demo_notice, uses_packaged_demo
        from mailbot.logs import configure_logging

        config = load_config()
        configure_logging(config.log_format)
        if uses_packaged_demo():
            log.warning("%s", packaged_demo_notice())
    store = store or Store.open(config.database_url)
    app = Flask(__name__)
    app.config.update(
        TESTING=testing,
        SECRET_KEY=_secret_key(),
        SESSION_COOKIE_NAME="mailbot_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=False,  # decided per request: RequestSecureSessions
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    app.config[SECURE_COOKIES_KEY] = _secure_cookies(secure_cookies, config.web.secure_cookies)
    app.session_interface = RequestSecureSessions()
    if config.web.trusted_proxies:
        hops = config.web.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
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
    app.register_blueprint(importlib.import_module("mailbot.web.health").health_bp)  # /healthz, /metrics
    from mailbot.web.recipient import recipient_bp

    app.register_blueprint(recipient_bp)
    init_views(app)
    from mailbot.web.sign_in_banner import init_sign_in_banner

    init_sign_in_banner(app)
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
    from mailbot.web.template_editor import editor_bp

    app.register_blueprint(editor_bp)
    from mailbot.web.case_language import case_language_bp

    app.register_blueprint(case_language_bp)

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


SECURE_COOKIES_KEY = "MAILBOT_SECURE_COOKIES"
"""The app's cookie rule: True (always Secure), False (never) or "auto" (follow the request)."""


def _secure_cookies(asked: bool | None, configured: bool | str) -> bool | str:
    """``MAILBOT_SECURE_COOKIES``, else ``create_app``'s argument, else ``[web] secure_cookies``."""
    setting = os.environ.get(SECURE_COOKIES_ENV, "").strip().lower()
    if setting in ("0", "false", "no", "off"):
        return False
    if setting in ("1", "true", "yes", "on"):
        return True
    if asked is not None:
        return asked
    return configured


class RequestSecureSessions(SecureCookieSessionInterface):
    """The session cookie is Secure when the request is HTTPS (after ProxyFix,
    so ``X-Forwarded-Proto`` counts only from a trusted proxy), unless forced."""

    def get_cookie_secure(self, app: Flask) -> bool:
        rule = app.config.get(SECURE_COOKIES_KEY, "auto")
        if rule != "auto":
            return bool(rule)
        return has_request_context() and request.is_secure
