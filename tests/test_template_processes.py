"""Two web processes over one database (SQLite file, and PostgreSQL): an
admin's save on one is used by a draft made through the other, and by a
worker process polling a new email.  Each process is a real ``mailbot web``
(``mailbot poll --once`` for the worker) started with the same
``DATABASE_URL``; the test talks to them over HTTP like a browser without
script (cookies, CSRF tokens from the forms)."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import http.cookiejar
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from html import unescape

import pytest

from mailbot.config import load_config
from mailbot.service.demo import deliver, demo_mailboxes, maildir_path, run_demo
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store.database import Store, upgrade
from tests.helpers import DEFAULTS, ROOT
from tests.postgres import postgres_cluster, postgres_url  # noqa: F401  (the fixtures)
from tests.webapp import PASSWORD, MovingClock, add_account, copy_of, triaged_copy

pytestmark = pytest.mark.integration

DENIED = "part_refund_denied.txt.j2"
SHIPPED = (DEFAULTS / "templates" / "_shared" / DENIED).read_text(encoding="utf-8")
NEW_WORDS = "Saved on the first web process"
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


class WebProcess:
    """``mailbot web`` in its own process, and a cookie-keeping client for it."""

    def __init__(self, config_path, database_url: str, secret: str):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": database_url,
               "MAILBOT_SECRET_KEY": secret, "MAILBOT_SECURE_COOKIES": "0"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mailbot", "--config", str(config_path), "web", "--port", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
        line = self.process.stdout.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not found:
            self.stop()
            raise RuntimeError(f"mailbot web did not start: {line!r}")
        self.url = f"http://127.0.0.1:{found.group(1)}"
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path: str) -> tuple[int, str]:
        try:
            with self.opener.open(self.url + path, timeout=30) as response:
                return response.status, unescape(response.read().decode())
        except urllib.error.HTTPError as e:
            return e.code, unescape(e.read().decode())

    def post(self, path: str, form_page: str, **form) -> tuple[int, str]:
        token = _TOKEN.search(self.get(form_page)[1]).group(1)
        data = urllib.parse.urlencode({"csrf_token": token, **form}).encode()
        try:
            with self.opener.open(self.url + path, data=data, timeout=60) as response:
                return response.status, unescape(response.read().decode())
        except urllib.error.HTTPError as e:
            return e.code, unescape(e.read().decode())

    def sign_in(self, name: str) -> None:
        status, page = self.post("/sign-in", "/sign-in", name=name, password=PASSWORD)
        assert status == 200 and "Drafts waiting for review" in page

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request, tmp_path, triaged_template):
    """(config file, database URL) holding the triaged samples, and admin ``root``."""
    config_path = triaged_copy(triaged_template, tmp_path / "project")
    if request.param == "sqlite":
        url = copy_of(config_path, tmp_path).database_url
        upgrade(url)
    else:
        url = request.getfixturevalue("postgres_url")
        run_demo(dataclasses.replace(load_config(config_path), database_url=url), MovingClock())
    store = Store.open(url)
    add_account(store, "root", role="admin")
    store.close()
    return config_path, url


def preview_and_text(page: str) -> str:
    """The editor's text and the preview, without the history's diffs."""
    text = re.search(r'<textarea id="text"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    shown = re.search(r'<pre class="text" id="preview-body">(.*?)</pre>', page, re.S).group(1)
    return text + shown


def pending_denial(url: str):
    store = Store.open(url)
    try:
        with store.connect() as conn:
            draft = next(d for d in case_store.list_drafts(conn, status="pending")
                         if d.template == "leadsoptima/refund_denied")
            raw = message_store.case_message_rows(conn, draft.case_id)[0][1]
            return draft, raw
    finally:
        store.close()


def test_a_save_on_one_web_process_is_used_by_drafts_made_through_the_other(database):
    config_path, url = database
    draft, raw = pending_denial(url)
    first = WebProcess(config_path, url, "secret-one")
    second = WebProcess(config_path, url, "secret-two")
    try:
        first.sign_in("root")
        second.sign_in("root")
        edit = f"/admin/templates/leadsoptima/{DENIED}"
        status, page = second.get(edit)  # the second process has rendered the shipped text
        assert status == 200 and NEW_WORDS not in page

        status, page = first.post(edit, edit, text=SHIPPED.replace("We have reviewed", f"{NEW_WORDS}. We have reviewed"),
                                  action="save")
        assert status == 200 and "New drafts use it now" in page

        status, page = second.post(f"/cases/{draft.case_id}/redraft", f"/cases/{draft.case_id}")
        assert status == 200 and "written again with the templates in effect" in page
        assert NEW_WORDS in page
        status, page = second.get(edit)
        assert re.search(r"<h1>leadsoptima/part_refund_denied\.txt\.j2 <span class=\"muted\">partial</span>\s*"
                         r"<span class=\"status approved\">edited</span>", page) and NEW_WORDS in page

        config = dataclasses.replace(load_config(config_path), database_url=url)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        del msg["Message-ID"]
        msg["Message-ID"] = "<denied-again@customer.example>"
        deliver(maildir_path(config, demo_mailboxes(config)["leadsoptima"]), "again", msg.as_bytes(), None)
        worker = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(config_path), "poll", "--once"],
                                env={**os.environ, "PYTHONPATH": str(ROOT), "DATABASE_URL": url},
                                capture_output=True, text=True, timeout=120)
        assert worker.returncode == 0, worker.stderr
        store = Store.open(url)
        try:
            with store.connect() as conn:
                newest = case_store.list_drafts(conn)[-1]
        finally:
            store.close()
        assert newest.template == "leadsoptima/refund_denied" and NEW_WORDS in newest.body

        status, page = second.post(f"{edit}/reset", edit)
        assert status == 200 and "is the shipped text again" in page
        status, page = first.get(edit)
        assert status == 200 and "<textarea" in page and NEW_WORDS not in preview_and_text(page)
    finally:
        first.stop()
        second.stop()
