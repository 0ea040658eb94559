"""Shared fixtures: a private Dovecot, and mailboxes that point at it.

Integration tests (``@pytest.mark.integration``) skip when a server binary is
missing, unless ``MAILBOT_REQUIRE_SERVERS=1``: then they fail.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dovecot import DOVECOT, PrivateDovecot  # noqa: E402

from mailbot.config.app import MAILBOX_SETTINGS, Mailbox  # noqa: E402

PASSWORD_ENV = "MAILBOT_TEST_IMAP_PASSWORD"


def servers_required() -> bool:
    return os.environ.get("MAILBOT_REQUIRE_SERVERS") == "1"


def missing_server(what: str) -> None:
    """Skip the test, or fail it when servers are required (CI)."""
    if servers_required():
        pytest.fail(f"{what} is required (MAILBOT_REQUIRE_SERVERS=1) but missing")
    pytest.skip(f"{what} not installed")


@pytest.fixture
def dovecot(tmp_path_factory):
    """A private Dovecot on 127.0.0.1 with one user and an empty INBOX."""
    if not DOVECOT.exists():
        missing_server(str(DOVECOT))
    server = PrivateDovecot(tmp_path_factory.mktemp("dovecot"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


def mailbox_settings(**values) -> Mailbox:
    """A Mailbox with every declared default, and ``values`` on top."""
    defaults = {s.key: s.default for s in MAILBOX_SETTINGS}
    defaults.update(name="test-support", brand="leadsoptima")
    defaults.update(values)
    return Mailbox(**defaults)


@pytest.fixture
def imap_mailbox(dovecot, monkeypatch):
    """A factory of Mailbox settings that read the private Dovecot."""
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)

    def make(**values) -> Mailbox:
        base = dict(host="127.0.0.1", port=dovecot.port, security="none", username=dovecot.user,
                    password_env=PASSWORD_ENV)
        base.update(values)
        return mailbox_settings(**base)

    return make


def with_changes(mailbox: Mailbox, **values) -> Mailbox:
    return replace(mailbox, **values)
