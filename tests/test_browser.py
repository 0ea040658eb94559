"""The staff UI in a real browser: Playwright driving Debian's chromium
against the app served on 127.0.0.1, with replies going to a real aiosmtpd.

Sign in, open the queue, open a case, edit the draft, approve it, run the send
job: the edited reply arrives threaded.  Reject another.  Sign out.

Skips when chromium or the playwright package is missing, unless
``MAILBOT_REQUIRE_SERVERS=1``.  With ``MAILBOT_SCREENSHOTS=DIR`` the case page
is saved there as a PNG, to look at (never committed).  The time from opening
a case to the reply arriving is printed (``pytest -s``), never asserted.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from mailbot.service.demo import demo_config
from mailbot.service.send import send_approved
from mailbot.store import cases as case_store
from mailbot.store.database import Store, upgrade
from mailbot.web import create_app
from tests.figures import keep
from tests.smtpd import smtpd  # noqa: F401  (the fixture)
from tests.webapp import HOSTILE_SUBJECT, PASSWORD, MovingClock, add_account, copy_of, triaged_copy

pytestmark = pytest.mark.integration

EDITED = "Hello Asha,\n\nWe checked: you were charged twice, and the second charge is being refunded.\n\nSupport\n"


@pytest.fixture
def browser(chromium):
    """A chromium page in a fresh context (its own cookies and storage, as a fresh profile), kept off
    the network; the browser is the module's (tests/conftest.py ``chromium``)."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def site(tmp_path, smtpd, triaged_template):  # noqa: F811
    """The app on a free port of 127.0.0.1, replies going to ``smtpd``."""
    clock = MovingClock()
    config = demo_config(copy_of(triaged_copy(triaged_template, tmp_path / "project"), tmp_path), smtpd.port)
    yield from serve_site(config, clock)


def serve_site(config, clock):
    """Upgrade ``config``'s database, add the account ``alice`` and serve the app on a free port of
    127.0.0.1 in a thread: yields the :class:`Site`, then stops the server and closes the store."""
    from werkzeug.serving import make_server

    upgrade(config.database_url)
    store = Store.open(config.database_url)
    add_account(store, "alice")
    app = create_app(config, store=store, clock=clock, secure_cookies=False)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_port}", config, store, clock)
    finally:
        server.shutdown()
        thread.join()
        store.close()


class Site:
    def __init__(self, url, config, store, clock):
        self.url, self.config, self.store, self.clock = url, config, store, clock

    def draft_of(self, reference: str) -> case_store.StoredDraft:
        with self.store.connect() as conn:
            case = next(c for c in case_store.list_cases(conn) if c.reference == reference)
            return case_store.list_drafts(conn, case_id=case.id)[-1]

    def pending_references(self) -> list[str]:
        with self.store.connect() as conn:
            return [case_store.get_case(conn, d.case_id).reference
                    for d in case_store.list_drafts(conn, status="pending")]


def test_sign_in_edit_approve_send_reject_sign_out(browser, site, smtpd):  # noqa: F811
    page = browser
    clicks = 0

    page.goto(site.url + "/queue")
    assert page.url.startswith(site.url + "/sign-in")
    page.fill("#name", "alice")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Drafts waiting for review')")
    assert page.url.endswith("/queue")

    chosen = next(r for r in site.pending_references() if r.startswith("LO-") and
                  site.draft_of(r).template.endswith("refund_approved"))
    draft = site.draft_of(chosen)

    started = time.perf_counter()
    page.click(f"a:has-text('{chosen}')")
    clicks += 1
    page.wait_for_selector("textarea#body")
    if os.environ.get("MAILBOT_SCREENSHOTS"):
        folder = Path(os.environ["MAILBOT_SCREENSHOTS"])
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / "case-page.png"), full_page=True)
    assert page.input_value("textarea#body") == draft.body
    page.click("textarea#body")
    clicks += 1
    page.fill("textarea#body", EDITED)
    page.click("button:has-text('Approve and send')")
    clicks += 1
    page.wait_for_selector("text=approved as edited")
    assert site.draft_of(chosen).status == "approved"

    report = send_approved(site.config, site.store, site.clock)
    elapsed = time.perf_counter() - started
    assert report.sent == [draft.id]
    assert len(smtpd.received) == 1
    reply = smtpd.received[0].message
    assert reply.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n") == EDITED
    assert reply["To"].addresses[0].addr_spec == draft.to_address
    assert smtpd.received[0].recipients == [draft.to_address]
    assert reply["In-Reply-To"] == draft.in_reply_to
    assert draft.in_reply_to in reply["References"].split()
    assert f"[{chosen}]" in reply["Subject"]
    assert reply["Message-ID"] == draft.message_id
    keep(f"browser flow: case opened to reply accepted by SMTP: {clicks} clicks, {elapsed:.2f} s "
          "(send job run at once)")

    other = next(r for r in site.pending_references() if r != chosen)
    page.goto(site.url + "/queue")
    page.click(f"a:has-text('{other}')")
    page.fill("#reason", "the customer wrote again; answering by phone")
    page.click("button:has-text('Reject')")
    page.wait_for_selector("text=rejected; nothing was sent")
    rejected = site.draft_of(other)
    assert rejected.status == "rejected" and rejected.reviewed_by == "alice"
    assert send_approved(site.config, site.store, site.clock).sent == []
    assert len(smtpd.received) == 1

    page.goto(site.url + "/history")
    assert page.locator("text=the customer wrote again").count() >= 1
    page.click("button:has-text('Sign out')")
    page.wait_for_selector("h1:has-text('Sign in')")
    page.goto(site.url + "/queue")
    assert page.url.startswith(site.url + "/sign-in")


def test_a_hostile_email_runs_nothing_in_the_browser(browser, site):
    page = browser
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site.url + "/sign-in")
    page.fill("#name", "alice")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Drafts waiting for review')")
    with site.store.connect() as conn:
        hostile = next(c for c in case_store.list_cases(conn) if c.subject == HOSTILE_SUBJECT)
    page.click(f"a:has-text('{hostile.reference}')")
    page.wait_for_selector("text=click to see my invoice")
    page.hover("text=Please refund the duplicate")
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("main script, main img").count() == 0
    assert dialogs == []
    assert page.evaluate("document.querySelectorAll('script').length") == 0
