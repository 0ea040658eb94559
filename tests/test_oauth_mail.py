"""XOAUTH2 against real servers: a private Dovecot whose ``oauth2`` passdb asks
the tests' local token server, and aiosmtpd with an XOAUTH2 authenticator
that asks the same server.  No outside network.

Poll with a token; the server stops accepting it: the next poll refreshes
and goes on; the provider refuses the refresh: that mailbox needs sign-in,
keeps its position, the other goes on, and after ``auth import`` every email
arrives exactly once.  IDLE signs in again with a fresh token when the server
drops it.  SMTP: an approved reply goes out with a token; a refused token
keeps the draft approved and unsent, with the reason shown to staff.
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from mailbot.cli import main
from mailbot.config import load_config
from mailbot.oauth.credentials import credentials_for, decoded_xoauth2
from mailbot.oauth.flows import save_grant
from mailbot.oauth.tokens import Cipher, TokenGrant
from mailbot.store import Store
from mailbot.store import messages as message_store
from mailbot.store import oauth as token_store
from tests.conftest import missing_server
from tests.dovecot import DOVECOT, PrivateDovecot, TestProject, message_id, varied_emails
from tests.oauth_server import TokenServer

pytestmark = pytest.mark.integration

KEY_ENV = "MAILBOT_OAUTH2_KEY"


@pytest.fixture
def tokens():
    with TokenServer(lifetime=3600) as server:
        yield server


@pytest.fixture
def dovecot(tokens, tmp_path_factory):
    """A private Dovecot that checks XOAUTH2 tokens with the local token server."""
    if not DOVECOT.exists():
        missing_server(str(DOVECOT))
    root = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-")) if os.getuid() == 0 else tmp_path_factory.mktemp("dc")
    server = PrivateDovecot(root, oauth2_introspection_url=f"{tokens.url}/introspect")
    server.start()
    try:
        yield server
    finally:
        server.stop()
        if os.getuid() == 0:
            shutil.rmtree(root, ignore_errors=True)


def oauth_table(tokens: TokenServer, name: str, **values) -> dict:
    table = dict(name=name, auth="xoauth2", oauth2_provider="generic", oauth2_client_id="mailbot-test",
                 oauth2_token_url=f"{tokens.url}/token", password_env="")
    table.update(values)
    return table


@pytest.fixture
def project(dovecot, tokens, tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_ENV, Cipher.new_key())
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    project = TestProject(tmp_path / "project", dovecot)
    project.write(oauth_table(tokens, "support"), oauth_table(tokens, "second", folder="Second"))
    return project


def run(project: TestProject, *args: str, stdin: str | None = None, monkeypatch=None) -> int:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--config", str(project.config_path), *args])


def stored(project: TestProject, mailbox: str) -> list[str]:
    store = Store.open(project.database_url)
    try:
        with store.connect() as conn:
            return [m.message_id for m in message_store.list_messages(conn, mailbox=mailbox, limit=1000)]
    finally:
        store.close()


def stored_refresh_token(project: TestProject, mailbox: str) -> str:
    store = Store.open(project.database_url)
    try:
        with store.connect() as conn:
            row = token_store.get_token(conn, f"mailbox:{mailbox}")
    finally:
        store.close()
    return Cipher.from_environment(KEY_ENV).decrypt(row.refresh_token)


def status_rows(project: TestProject, capsys) -> dict[str, dict]:
    capsys.readouterr()
    assert run(project, "status", "--json") == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return {r["mailbox"]: r for r in rows if "mailbox" in r}


def test_poll_refresh_refusal_and_resume_after_auth_import(project, dovecot, tokens, monkeypatch, capsys):
    for name in ("support", "second"):
        assert run(project, "auth", "import", name, stdin=tokens.issue()[1] + "\n", monkeypatch=monkeypatch) == 0
    inbox = varied_emails(3, start=0)
    second = varied_emails(2, start=100)
    dovecot.deliver(inbox)
    dovecot.deliver(second, folder="Second")
    assert run(project, "poll", "--once") == 0
    assert len(stored(project, "support")) == 3 and len(stored(project, "second")) == 2

    # The server stops accepting the access tokens (they expired early): each poll refreshes and goes on.
    tokens.expire_access_tokens()
    refreshes = tokens.refreshes
    more = varied_emails(2, start=3)
    dovecot.deliver(more)
    inbox += more
    assert run(project, "poll", "--once") == 0
    assert tokens.refreshes == refreshes + 2
    assert len(stored(project, "support")) == 5

    # The provider refuses support's refresh (consent withdrawn): support needs sign-in, second goes on.
    tokens.refuse(stored_refresh_token(project, "support"))
    tokens.expire_access_tokens()
    position = status_rows(project, capsys)["support"]
    waiting, later = varied_emails(2, start=5), varied_emails(2, start=102)
    dovecot.deliver(waiting)
    dovecot.deliver(later, folder="Second")
    inbox += waiting
    second += later
    capsys.readouterr()
    assert run(project, "poll", "--once") == 1
    out = capsys.readouterr().out
    assert "error: SignInNeeded: mailbox support: needs sign-in" in out and "consent withdrawn" in out
    assert len(stored(project, "second")) == 4 and len(stored(project, "support")) == 5
    rows = status_rows(project, capsys)
    assert rows["support"]["needs_sign_in"] is True and rows["second"]["needs_sign_in"] is False
    assert (rows["support"]["uidvalidity"], rows["support"]["last_uid"]) == (position["uidvalidity"],
                                                                             position["last_uid"])
    assert run(project, "status") == 0
    assert "NEEDS SIGN-IN" in capsys.readouterr().out
    asked = tokens.refreshes
    assert run(project, "poll", "--once") == 1
    assert tokens.refreshes == asked  # a refused account does not ask the provider again
    assert run(project, "auth", "status") == 1
    assert "support: needs sign-in (generic)" in capsys.readouterr().out

    # A new sign-in: polling resumes where it stopped, every email exactly once.
    assert run(project, "auth", "import", "support", stdin=tokens.issue()[1] + "\n", monkeypatch=monkeypatch) == 0
    assert run(project, "poll", "--once") == 0
    assert sorted(stored(project, "support")) == sorted(message_id(raw) for raw in inbox)
    assert sorted(stored(project, "second")) == sorted(message_id(raw) for raw in second)
    assert status_rows(project, capsys)["support"]["needs_sign_in"] is False


def test_idle_signs_in_again_with_a_fresh_token_when_the_server_drops_it(project, dovecot, tokens, monkeypatch):
    from mailbot.sources.idle import IdleWatcher
    from mailbot.sources.imap import Reconnect

    assert run(project, "auth", "import", "support", stdin=tokens.issue()[1] + "\n", monkeypatch=monkeypatch) == 0
    config = load_config(project.config_path)
    mailbox = next(m for m in config.mailboxes if m.name == "support")
    store = Store.open(config.database_url)
    woke = threading.Event()
    watcher = IdleWatcher(mailbox, woke.set, check_seconds=0.2, reconnect=Reconnect(first_delay=0.2, max_delay=0.5),
                          credentials=credentials_for(mailbox, config, store=store))
    watcher.start()
    try:
        assert watcher.wait_until_idling(15)
        refreshes = tokens.refreshes
        tokens.expire_access_tokens()
        dovecot.kick()  # the server drops the connection as its token expired
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (watcher.connections == 2 and watcher.wait_until_idling(0.1)):
            time.sleep(0.1)
        assert watcher.connections == 2, watcher.last_error
        assert tokens.refreshes == refreshes + 1
        woke.clear()
        dovecot.deliver(varied_emails(1, start=50))
        assert woke.wait(15)
    finally:
        watcher.stop()
        watcher.join(10)
        store.close()


# -- SMTP submission with XOAUTH2 ---------------------------------------------------------------

class OAuthSmtpHandler:
    """Records accepted messages; AUTH XOAUTH2 asks the token server like Dovecot does."""

    def __init__(self, tokens: TokenServer):
        self.tokens = tokens
        self.received: list[bytes] = []
        self.signed_in: list[str] = []
        self.refused_tokens = 0

    async def auth_XOAUTH2(self, server, args):
        from aiosmtpd.smtp import AuthResult

        if len(args) < 2:
            return AuthResult(success=False, handled=False)
        user, token = decoded_xoauth2(args[1])
        if user and self.tokens.active(token) == user:
            self.signed_in.append(user)
            return AuthResult(success=True, auth_data=user)
        self.refused_tokens += 1
        error = base64.b64encode(json.dumps({"status": "401", "schemes": "bearer"}).encode()).decode()
        await server.challenge_auth(error, encode_to_b64=False)  # RFC 7628: the client answers an empty line
        return AuthResult(success=False, handled=False)

    async def handle_DATA(self, server, session, envelope):
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.received.append(envelope.original_content or envelope.content)
        return "250 2.0.0 OK: queued"


@pytest.fixture
def oauth_smtpd(tokens):
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        missing_server("aiosmtpd")
    from tests.smtpd import free_port

    handler = OAuthSmtpHandler(tokens)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), auth_require_tls=False)
    controller.start()
    try:
        yield handler, controller.port
    finally:
        controller.stop()


def test_an_approved_reply_goes_out_with_a_token_and_a_refused_one_keeps_it_approved(
        tokens, oauth_smtpd, tmp_path, monkeypatch):
    from mailbot.config.app import SMTP_SETTINGS, SmtpServer
    from mailbot.service.review import approve_draft
    from mailbot.service.send import retry_delay, send_approved
    from mailbot.clock import FixedClock
    from mailbot.web import create_app
    from tests.casework import CLOCK, Inbox, agency_request, charged_twice, draft, make_config, only_pending, open_store
    from tests.webapp import add_account, sign_in

    handler, port = oauth_smtpd
    monkeypatch.setenv(KEY_ENV, Cipher.new_key())
    cfg = make_config()
    values = {s.key: s.default for s in SMTP_SETTINGS}
    values.update(host="127.0.0.1", port=port, security="none", username="support@example.com", auth="xoauth2",
                  oauth2_provider="generic", oauth2_client_id="mailbot-test", oauth2_token_url=f"{tokens.url}/token")
    server = SmtpServer(name="default", **values)
    cfg.smtp = {"default": server}
    store = open_store(tmp_path, cfg)
    cipher = Cipher.from_environment(KEY_ENV)
    access, refresh = tokens.issue()
    save_grant(store, cipher, server, TokenGrant(access, refresh, CLOCK.now() + timedelta(hours=1)), CLOCK.now())
    copies = []

    def send(clock=CLOCK):
        return send_approved(cfg, store, clock, sent_copy=lambda box, folder, raw, when: copies.append(raw))

    Inbox(cfg, store).deliver(charged_twice("<q1@example.in>"))
    first = approve_draft(store, only_pending(store).id, who="alice", now=CLOCK.now())
    assert send().sent == [first.id]
    assert handler.signed_in == ["support@example.com"] and len(handler.received) == 1

    # Consent withdrawn: the server refuses the token, the provider the refresh.
    tokens.expire_access_tokens()
    tokens.refuse(refresh if refresh in tokens.state.refresh else next(iter(tokens.state.refresh)))
    Inbox(cfg, store, "owd-support").deliver(agency_request("<r1@example.com>"))
    second = approve_draft(store, only_pending(store).id, who="alice", now=CLOCK.now())
    report = send()
    assert report.deferred == [second.id] and report.sent == [] and handler.refused_tokens == 1
    kept = draft(store, second.id)
    assert kept.status == "approved" and kept.sent_at is None and "needs sign-in" in kept.send_error
    later = FixedClock(CLOCK.now() + retry_delay(1))
    report = send(later)
    assert report.waiting == [second.id] and handler.refused_tokens == 1  # not even tried
    kept = draft(store, second.id)
    assert kept.status == "approved" and kept.attempts == 1 and "smtp.default needs sign-in" in kept.send_error
    assert len(handler.received) == 1

    # Staff see the reason on the case, and the banner on every page.
    app = create_app(cfg, store=store, clock=later, testing=True)
    add_account(store, "alice")
    client = app.test_client()
    assert sign_in(client, "alice").status_code in (302, 303)
    with app.test_request_context():
        from flask import url_for

        case_url = url_for("views.case", case_id=kept.case_id)
    page = client.get(case_url).get_data(as_text=True)
    assert "Needs sign-in: smtp.default" in page
    assert "Sending: smtp.default needs sign-in" in page

    # Signed in again: it goes out, once.
    fresh_access, fresh_refresh = tokens.issue()
    save_grant(store, cipher, server, TokenGrant(fresh_access, fresh_refresh, later.now() + timedelta(hours=1)),
               later.now())
    assert send(FixedClock(later.now() + retry_delay(2))).sent == [second.id]
    assert len(handler.received) == 2
    store.close()


def test_the_sent_copy_signs_in_with_the_mailboxs_token(project, dovecot, tokens, monkeypatch):
    from datetime import datetime, timezone

    from mailbot.sent_copy import SentCopyError, append_sent_copy

    assert run(project, "auth", "import", "support", stdin=tokens.issue()[1] + "\n", monkeypatch=monkeypatch) == 0
    config = load_config(project.config_path)
    mailbox = next(m for m in config.mailboxes if m.name == "support")
    store = Store.open(config.database_url)
    try:
        credentials = credentials_for(mailbox, config, store=store)
        append_sent_copy(mailbox, "Sent", varied_emails(1, start=70)[0], datetime.now(timezone.utc),
                         credentials=credentials)
        assert dovecot.count("Sent") == 1
        tokens.refuse_all = True
        tokens.expire_access_tokens()
        with pytest.raises(SentCopyError, match="folder Sent: mailbox support: needs sign-in"):
            append_sent_copy(mailbox, "Sent", varied_emails(1, start=71)[0], datetime.now(timezone.utc),
                             credentials=credentials)
    finally:
        store.close()


def test_the_worker_goes_on_with_the_other_mailbox_and_resumes_after_sign_in(project, dovecot, tokens, monkeypatch):
    """`mailbot run`: one mailbox's refresh is refused, the other's mail keeps
    arriving; once signed in again the refused one catches up, all IDLE."""
    from mailbot.scheduler import Worker

    project.write(oauth_table(tokens, "support", idle=True, poll_seconds=1),
                  oauth_table(tokens, "second", folder="Second", idle=True, poll_seconds=1))
    assert run(project, "auth", "import", "second", stdin=tokens.issue()[1] + "\n", monkeypatch=monkeypatch) == 0
    _, refused = tokens.issue()
    assert run(project, "auth", "import", "support", stdin=refused + "\n", monkeypatch=monkeypatch) == 0
    tokens.refuse(stored_refresh_token(project, "support"))
    tokens.expire_access_tokens()
    inbox, second = varied_emails(3, start=0), varied_emails(3, start=100)
    dovecot.deliver(inbox)
    dovecot.deliver(second, folder="Second")
    worker = Worker(load_config(project.config_path), max_backoff_seconds=1)
    worker.start()
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(stored(project, "second")) < 3:
            time.sleep(0.2)
        assert len(stored(project, "second")) == 3 and stored(project, "support") == []
        assert "needs sign-in" in (worker.jobs["support"].health.last_error or "")
        assert run(project, "auth", "import", "support", stdin=tokens.issue()[1] + "\n",
                   monkeypatch=monkeypatch) == 0
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(stored(project, "support")) < 3:
            time.sleep(0.2)
        assert sorted(stored(project, "support")) == sorted(message_id(raw) for raw in inbox)
    finally:
        worker.stop()
    assert sorted(stored(project, "second")) == sorted(message_id(raw) for raw in second)
