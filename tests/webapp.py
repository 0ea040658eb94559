"""What the staff-UI tests share: a project triaged once from the samples
(plus one hostile email), copied per test, and a client that signs in."""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from html import unescape
from pathlib import Path

import pytest

from mailbot.config import Config, load_config
from mailbot.service.demo import deliver, demo_mailboxes, maildir_path, run_demo
from mailbot.service.poll import poll_once
from mailbot.sources import open_source
from mailbot.store import users as user_store
from mailbot.store.database import Store, upgrade
from tests.helpers import EXAMPLES, DEFAULTS, ROOT

PASSWORD = "correct horse battery"
START = datetime(2025, 9, 10, 6, 0, tzinfo=timezone.utc)
HOSTILE_SUBJECT = "Refund <script>alert('subject')</script>"


class MovingClock:
    """A clock tests move forward by hand."""

    def __init__(self, instant: datetime = START):
        self.instant = instant

    def now(self) -> datetime:
        return self.instant

    def advance(self, **delta) -> None:
        self.instant += timedelta(**delta)


def hostile_email() -> bytes:
    """A refund request, HTML only, whose HTML, subject and attachment name try to run script."""
    msg = EmailMessage()
    msg["From"] = "Asha Rao <asha@example.in>"
    msg["To"] = "support@leadsoptima.com"
    msg["Subject"] = HOSTILE_SUBJECT
    msg["Date"] = "Mon, 08 Sep 2025 10:00:00 +0530"
    msg["Message-ID"] = "<hostile-1@mail.example>"
    msg.set_content(
        "<html><body><p>I was charged twice for my annual plan, invoice LO-INV-1002.</p>"
        "<script>alert('html')</script>"
        "<p><a href=\"javascript:alert('link')\">click to see my invoice</a></p>"
        "<img src=x onerror=\"alert('img')\">"
        "<p onmouseover=\"alert('p')\">Please refund the duplicate. "
        "&lt;script&gt;alert('typed')&lt;/script&gt;</p></body></html>", subtype="html")
    msg.add_attachment(b"%PDF-1.4 not really", maintype="application", subtype="pdf",
                       filename="<img src=x onerror=alert('file')>.pdf")
    return msg.as_bytes()


def triaged_project(root: Path, clock) -> Path:
    """A copy of the shipped configuration in ``root`` whose database holds
    the triaged samples and the hostile email; returns the config file."""
    shutil.copytree(DEFAULTS / "config", root / "config")
    (root / "templates").symlink_to(DEFAULTS / "templates")
    (root / "examples").symlink_to(EXAMPLES)
    path = root / "config" / "mailbot.toml"
    config = load_config(path)
    run_demo(config, clock)
    mailbox = demo_mailboxes(config)["leadsoptima"]
    deliver(maildir_path(config, mailbox), "hostile", hostile_email(), None)
    store = Store.open(config.database_url)
    sources = [open_source(m, config) for m in config.mailboxes if m.is_maildir]
    try:
        poll_once(config, store, sources, clock)
    finally:
        for source in sources:
            source.close()
        store.close()
    return path


def triaged_copy(template: Path, root: Path) -> Path:
    """What :func:`triaged_project` would make in ``root``, copied from ``template`` (its config file,
    tests/conftest.py ``triaged_template``): the configuration, the links, the database and the
    Maildirs, which hold no path of their project (relative ones only).  Returns the config file."""
    shutil.copytree(template.parent.parent, root, symlinks=True, dirs_exist_ok=True)
    return root / "config" / "mailbot.toml"


def copy_of(config_path: Path, where: Path) -> Config:
    """The configuration with its own copy of the triaged database."""
    config = load_config(config_path)
    source = Path(config.database_url.removeprefix("sqlite:///"))
    target = where / "mailbot.db"
    shutil.copyfile(source, target)
    return dataclasses.replace(config, database_url=f"sqlite:///{target}")


def add_account(store: Store, name: str, role: str = "staff", now: datetime = START) -> None:
    with store.begin() as conn:
        user_store.add_user(conn, name, role, PASSWORD, now)


_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def token_of(html: str) -> str:
    found = _TOKEN.search(html)
    assert found, "the page has no CSRF token"
    return found.group(1)


def sign_in(client, name: str, password: str = PASSWORD, **kwargs):
    base = {"base_url": kwargs["base_url"]} if "base_url" in kwargs else {}
    token = token_of(client.get("/sign-in", **base).get_data(as_text=True))
    return client.post("/sign-in", data={"name": name, "password": password, "csrf_token": token}, **kwargs)


def open_staff_store(triaged: Path, where: Path) -> Store:
    """A migrated copy of a triaged project's store, with staff ``alice`` and admin ``root``."""
    config = copy_of(triaged, where)
    upgrade(config.database_url)
    store = Store.open(config.database_url)
    store.config = config
    add_account(store, "alice")
    add_account(store, "root", role="admin")
    return store


# -- fixtures of the page tests that drive the app through Flask's test client ----------------
# A test module takes them with ``from tests.webapp import triaged, store, app, admin``.

@pytest.fixture(scope="module")
def triaged(tmp_path_factory, request, triaged_template):
    """The samples triaged, one project per test module (a copy of the worker's)."""
    return triaged_copy(triaged_template, tmp_path_factory.mktemp(request.module.__name__.rsplit(".", 1)[-1]))


@pytest.fixture
def store(triaged, tmp_path):
    """A copy of the triaged project's store, for one test."""
    store = open_staff_store(triaged, tmp_path)
    yield store
    store.close()


@pytest.fixture
def app(store):
    from mailbot.web import create_app

    return create_app(store.config, store=store, clock=MovingClock(), testing=True)


@pytest.fixture
def admin(app):
    """A test client signed in as the admin account ``root``."""
    client = app.test_client()
    assert sign_in(client, "root").status_code == 302
    return client


def text_of(response) -> str:
    """A response's page as text, entities unescaped."""
    return unescape(response.get_data(as_text=True))
