"""The banner every staff page shows while a mailbox or SMTP server needs an
OAuth2 sign-in (its provider refused the token): mail for it waits, nothing
is lost, and an admin knows what to run.  A context processor, so every page
that extends ``base.html`` has it without a change of its own view."""

from __future__ import annotations

import logging

from flask import Flask, g
from sqlalchemy.exc import SQLAlchemyError

from mailbot.store.oauth import needs_sign_in
from mailbot.web.state import web_state

log = logging.getLogger(__name__)


def signed_out_accounts() -> list[str]:
    """``mailbox NAME`` / ``smtp.NAME`` of each account that needs sign-in (signed-in staff only)."""
    if getattr(g, "user", None) is None:
        return []
    try:
        with web_state().store.connect() as conn:
            accounts = needs_sign_in(conn)
    except SQLAlchemyError as e:  # a store without the table yet must not break every page
        log.warning("cannot read the OAuth2 sign-in state: %s", e)
        return []
    return [f"smtp.{a[5:]}" if a.startswith("smtp:") else a.removeprefix("mailbox:") for a in accounts]


def init_sign_in_banner(app: Flask) -> None:
    @app.context_processor
    def sign_in_banner() -> dict:
        return {"needs_sign_in": signed_out_accounts()}
