"""Sign-in security (issue 10 item 4) and cookies that fit where they run
(issue 11 item 4), against the real staff web app served by a real WSGI server
(werkzeug, threaded) on 127.0.0.1, with SQLite and with PostgreSQL.

- 30 parallel wrong passwords get exactly the limit of password checks.
- Behind a trusted proxy the limit is per client: a stranger does not lock
  the account out for everyone.
- A session cookie replayed after sign-out (or a password change) is refused.
- Plain HTTP: the cookie is not Secure and sign-in works; X-Forwarded-Proto
  https from a trusted proxy: Secure; from anyone else: ignored.
- scrypt at N=2^17; an older hash is upgraded at the next sign-in.
"""

from __future__ import annotations

import dataclasses
import http.client
import io
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import pytest
from sqlalchemy import select, update

from mailbot.config.app import WebSettings
from mailbot.store import Store, upgrade
from mailbot.store import signin
from mailbot.store import users as user_store
from mailbot.store.schema import users
from mailbot.web import create_app
from tests.helpers import config as shipped_config
from tests.figures import keep
from tests.postgres import postgres_cluster, postgres_url  # noqa: F401  (the fixtures)
from tests.webapp import PASSWORD

pytestmark = pytest.mark.integration

NOW = datetime(2025, 9, 10, 6, 0, tzinfo=timezone.utc)
_COOKIE = re.compile(r"mailbot_session=([^;]*)")
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class Browser:
    """One client of the running server over plain HTTP: keeps its session cookie."""

    def __init__(self, port: int, headers: dict[str, str] | None = None):
        self.port = port
        self.headers = headers or {}
        self.cookie: str | None = None
        self.set_cookie = ""

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str, dict]:
        from urllib.parse import urlencode

        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = dict(self.headers)
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookie:
            headers["Cookie"] = f"mailbot_session={self.cookie}"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            found = response.getheader("Set-Cookie") or ""
        finally:
            conn.close()
        if found:
            self.set_cookie = found
            cookie = _COOKIE.search(found)
            if cookie:
                self.cookie = cookie.group(1) or None
        return response.status, text, dict(response.getheaders())

    def sign_in(self, name: str, password: str = PASSWORD) -> int:
        _, page, _ = self.request("GET", "/sign-in")
        token = _TOKEN.search(page).group(1)
        return self.request("POST", "/sign-in", {"name": name, "password": password, "csrf_token": token})[0]

    def token(self) -> str:
        return _TOKEN.search(self.request("GET", "/queue")[1]).group(1)


class Served:
    """The staff app for ``url`` on a free port, in a thread."""

    def __init__(self, url: str, proxies: int = 0):
        from werkzeug.serving import make_server

        upgrade(url)
        self.store = Store.open(url)
        with self.store.begin() as conn:
            if user_store.get_user_by_name(conn, "alice") is None:
                user_store.add_user(conn, "alice", "staff", PASSWORD, NOW)
        cfg = dataclasses.replace(shipped_config(), database_url=url, web=WebSettings(trusted_proxies=proxies))
        self.app = create_app(cfg, store=self.store)
        self.server = make_server("127.0.0.1", 0, self.app, threaded=True)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def browser(self, **headers) -> Browser:
        return Browser(self.port, {k.replace("_", "-"): v for k, v in headers.items()})

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.store.close()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'mailbot.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'mailbot.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def served(sqlite_url):
    app = Served(sqlite_url)
    yield app
    app.close()


@pytest.fixture
def proxied(sqlite_url):
    app = Served(sqlite_url, proxies=1)
    yield app
    app.close()


# -- the limit ----------------------------------------------------------------------------------

def test_thirty_parallel_wrong_passwords_get_exactly_the_limit(any_url):
    app = Served(any_url)
    checked: list[str] = []
    real = user_store.password_matches

    def counting(password, stored):
        checked.append(password)
        return real(password, stored)

    try:
        browsers = [app.browser() for _ in range(30)]
        pages = [b.request("GET", "/sign-in")[1] for b in browsers]
        start = threading.Barrier(30)

        def attempt(pair):
            browser, page = pair
            start.wait()
            token = _TOKEN.search(page).group(1)
            return browser.request("POST", "/sign-in", {"name": "alice", "password": "wrong password!",
                                                        "csrf_token": token})[0]

        user_store.password_matches = counting
        with ThreadPoolExecutor(30) as pool:
            codes = list(pool.map(attempt, zip(browsers, pages)))
    finally:
        user_store.password_matches = real
        app.close()
    keep(f"{any_url.split(':')[0]}: 30 parallel wrong passwords -> {codes.count(401)} checked (401), "
          f"{codes.count(429)} refused (429)")
    assert codes.count(401) == signin.ACCOUNT_AND_CLIENT.tries
    assert codes.count(429) == 30 - signin.ACCOUNT_AND_CLIENT.tries
    assert len(checked) == signin.ACCOUNT_AND_CLIENT.tries
    # the right password is refused too while the limit holds
    again = Served(any_url)
    try:
        assert again.browser().sign_in("alice") == 429
    finally:
        again.close()


def test_behind_a_trusted_proxy_the_lockout_is_per_client(proxied):
    stranger = proxied.browser(X_Forwarded_For="203.0.113.9")
    for _ in range(signin.ACCOUNT_AND_CLIENT.tries):
        assert stranger.sign_in("alice", "guessing wrong") == 401
    assert stranger.sign_in("alice") == 429  # locked out: that client, that account
    colleague = proxied.browser(X_Forwarded_For="198.51.100.7")
    assert colleague.sign_in("alice") == 302  # alice, from her own address, still signs in
    assert colleague.request("GET", "/queue")[0] == 200


def test_without_a_trusted_proxy_a_forged_forwarded_for_changes_nothing(served):
    for n in range(signin.ACCOUNT_AND_CLIENT.tries):
        assert served.browser(X_Forwarded_For=f"203.0.113.{n}").sign_in("alice", "guessing wrong") == 401
    assert served.browser(X_Forwarded_For="198.51.100.99").sign_in("alice") == 429


def test_a_successful_sign_in_clears_the_failures(served):
    browser = served.browser()
    for _ in range(signin.ACCOUNT_AND_CLIENT.tries - 1):
        assert browser.sign_in("alice", "guessing wrong") == 401
    assert browser.sign_in("alice") == 302
    with served.store.connect() as conn:
        assert signin.tries_used(conn, signin.account_key("alice", "127.0.0.1")) == 0


# -- revocable sessions ----------------------------------------------------------------------

def test_a_cookie_replayed_after_sign_out_is_refused(any_url):
    app = Served(any_url)
    try:
        browser = app.browser()
        assert browser.sign_in("alice") == 302
        assert browser.request("GET", "/queue")[0] == 200
        copied = browser.cookie
        assert browser.request("POST", "/sign-out", {"csrf_token": browser.token()})[0] == 302
        replay = app.browser()
        replay.cookie = copied
        status, _, headers = replay.request("GET", "/queue")
        assert status == 302 and "/sign-in" in headers["Location"]
    finally:
        app.close()


def test_a_new_password_ends_every_session(served):
    first, second = served.browser(), served.browser()
    assert first.sign_in("alice") == 302 and second.sign_in("alice") == 302
    with served.store.begin() as conn:
        user_store.set_password(conn, "alice", "another good password", NOW)
    assert first.request("GET", "/queue")[0] == 302
    assert second.request("GET", "/queue")[0] == 302
    assert first.sign_in("alice", "another good password") == 302
    assert first.request("GET", "/queue")[0] == 200


def test_disabling_ends_sessions_and_enabling_lets_the_account_back(served):
    browser = served.browser()
    assert browser.sign_in("alice") == 302
    with served.store.begin() as conn:
        user_store.set_active(conn, "alice", False, NOW)
    assert browser.request("GET", "/queue")[0] == 302
    assert browser.sign_in("alice") == 401
    with served.store.begin() as conn:
        user_store.set_active(conn, "alice", True, NOW)
    assert browser.sign_in("alice") == 302


# -- cookies ---------------------------------------------------------------------------------

def test_over_plain_http_the_cookie_is_not_secure_and_sign_in_works(served):
    browser = served.browser()
    assert browser.sign_in("alice") == 302
    assert "mailbot_session=" in browser.set_cookie and "HttpOnly" in browser.set_cookie
    assert "Secure" not in browser.set_cookie
    assert browser.request("GET", "/queue")[0] == 200


def test_x_forwarded_proto_https_from_a_trusted_proxy_makes_it_secure(proxied, served):
    behind = proxied.browser(X_Forwarded_For="198.51.100.7", X_Forwarded_Proto="https")
    behind.request("GET", "/sign-in")
    assert "Secure" in behind.set_cookie
    forged = served.browser(X_Forwarded_Proto="https")  # no trusted proxy: the header is ignored
    forged.request("GET", "/sign-in")
    assert "mailbot_session=" in forged.set_cookie and "Secure" not in forged.set_cookie


def test_mailbot_secure_cookies_still_forces_it(sqlite_url, monkeypatch):
    monkeypatch.setenv("MAILBOT_SECURE_COOKIES", "1")
    app = Served(sqlite_url)
    try:
        browser = app.browser()
        browser.request("GET", "/sign-in")
        assert "Secure" in browser.set_cookie
    finally:
        app.close()


def test_a_session_cookie_that_never_came_back_is_named_on_the_sign_in_page(served):
    browser = served.browser()
    page = browser.request("GET", "/sign-in")[1]
    browser.cookie = None  # the browser dropped it (a Secure cookie over plain HTTP does exactly this)
    status, text, _ = browser.request("POST", "/sign-in", {"name": "alice", "password": PASSWORD,
                                                           "csrf_token": _TOKEN.search(page).group(1)})
    assert status == 400
    assert "did not send back the session cookie" in text and "expired" not in text
    assert 'name="password"' in text  # the sign-in page itself


# -- password hashes ------------------------------------------------------------------------

@pytest.mark.real_password_cost
def test_passwords_are_hashed_at_current_guidance_and_old_hashes_upgraded(sqlite_url):
    assert user_store.hash_password("correct horse battery").startswith("scrypt$131072$8$1$")
    upgrade(sqlite_url)
    store = Store.open(sqlite_url)
    try:
        with store.begin() as conn:
            user_store.add_user(conn, "asha", "staff", PASSWORD, NOW)
            old = user_store.hash_password(PASSWORD, n=2 ** 14)
            conn.execute(update(users).where(users.c.name == "asha").values(password_hash=old))
        assert user_store.needs_upgrade(old)
        with store.begin() as conn:
            assert user_store.authenticate(conn, "asha", "wrong password", NOW) is None
            assert conn.execute(select(users.c.password_hash)).scalar() == old  # not on a failure
            assert user_store.authenticate(conn, "asha", PASSWORD, NOW) is not None
            upgraded = conn.execute(select(users.c.password_hash)).scalar()
        assert upgraded.startswith("scrypt$131072$") and not user_store.needs_upgrade(upgraded)
        with store.connect() as conn:
            assert user_store.authenticate(conn, "asha", PASSWORD) is not None
    finally:
        store.close()


# -- the commands -----------------------------------------------------------------------------

def test_users_passwd_enable_and_disable(tmp_path, monkeypatch, capsys):
    from mailbot.cli import main

    url = f"sqlite:///{tmp_path / 'mailbot.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setattr("sys.stdin", io.StringIO("first password 1\n"))
    assert main(["users", "add", "asha", "--role", "staff"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("second password 2\n"))
    assert main(["users", "passwd", "asha"]) == 0
    assert main(["users", "disable", "asha"]) == 0
    store = Store.open(url)
    try:
        with store.connect() as conn:
            assert user_store.authenticate(conn, "asha", "second password 2") is None  # disabled
            epoch = user_store.get_user_by_name(conn, "asha").session_epoch
        assert main(["users", "enable", "asha"]) == 0
        with store.connect() as conn:
            assert user_store.authenticate(conn, "asha", "second password 2") is not None
            assert user_store.authenticate(conn, "asha", "first password 1") is None
        assert epoch == 2  # the new password and the disabling each ended every session
    finally:
        store.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["users", "passwd", "asha"]) == 2
    assert main(["users", "enable", "nobody"]) == 2
    err = capsys.readouterr().err
    assert "too short" in err and "user nobody: no such user" in err


def test_the_limit_window_restarts_and_old_rows_are_pruned(sqlite_url):
    from datetime import timedelta

    upgrade(sqlite_url)
    store = Store.open(sqlite_url)
    limit = signin.Limit(2, timedelta(minutes=15))
    try:
        with store.begin() as conn:
            assert [signin.reserve(conn, "k", limit, NOW) for _ in range(3)] == [True, True, False]
            assert signin.reserve(conn, "k", limit, NOW + timedelta(minutes=16))  # a new window
            signin.reserve(conn, "old", limit, NOW)
            assert signin.reserve(conn, "k", limit, NOW + timedelta(days=2))
            assert signin.tries_used(conn, "old") == 0  # pruned
    finally:
        store.close()
