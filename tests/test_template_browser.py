"""The template editor in a real browser (Playwright driving Debian's
chromium against the app on 127.0.0.1): an admin edits the denial reply,
sees the preview change, saves, and the next email with that outcome is
drafted with the new words; a misspelt variable and an approval without its
amount are refused; a rollback brings the old words back; staff cannot
reach the editor.  Skips like tests/test_browser.py."""

from __future__ import annotations

import email
import email.policy
import re

import pytest

from mailbot.service.demo import deliver, demo_mailboxes, maildir_path
from mailbot.service.poll import poll_once
from mailbot.sources import open_source
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from tests.helpers import DEFAULTS, in_process
from tests.test_browser import browser, site  # noqa: F401  (the fixtures)
from tests.smtpd import smtpd  # noqa: F401  (the fixture)
from tests.webapp import PASSWORD, add_account

pytestmark = pytest.mark.integration

DENIED = "part_refund_denied.txt.j2"
APPROVED = "part_refund_approved.txt.j2"
SHIPPED_DENIED = (DEFAULTS / "templates" / "_shared" / DENIED).read_text(encoding="utf-8")
SHIPPED_APPROVED = (DEFAULTS / "templates" / "_shared" / APPROVED).read_text(encoding="utf-8")
NEW_WORDS = "Thank you for your patience: we went through your account line by line"


def sign_in(page, url: str, name: str) -> None:
    page.goto(url + "/sign-in")
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Drafts waiting for review')")


def denial_again(site) -> bytes:
    """A denied LeadsOptima request's first email, sent again as a new email."""
    with site.store.connect() as conn:
        draft = next(d for d in case_store.list_drafts(conn, status="pending")
                     if d.template == "leadsoptima/refund_denied")
        _, raw, _ = message_store.case_message_rows(conn, draft.case_id)[0]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    del msg["Message-ID"]
    msg["Message-ID"] = "<denied-again@customer.example>"
    return msg.as_bytes()


def poll(site) -> None:
    sources = [open_source(m, site.config) for m in site.config.mailboxes if m.is_maildir]
    try:
        poll_once(in_process(site.config), site.store, sources, site.clock)
    finally:
        for source in sources:
            source.close()


def test_edit_preview_save_then_the_next_email_gets_the_new_reply(browser, site):  # noqa: F811
    add_account(site.store, "root", role="admin")
    page = browser
    sign_in(page, site.url, "root")
    page.click("nav a:has-text('Reply editor')")
    page.wait_for_selector("h1:has-text('Reply templates')")
    page.click(f"#brand-leadsoptima a:has-text('{DENIED}')")
    page.wait_for_selector("textarea#text")
    assert page.input_value("textarea#text") == SHIPPED_DENIED
    assert "We have reviewed your request" in page.inner_text("#preview-body")
    assert re.match(r"for case LO-\d+", page.inner_text("#preview h2 .muted"))

    edited = SHIPPED_DENIED.replace("We have reviewed your request", NEW_WORDS + ". We have reviewed your request")
    page.fill("textarea#text", edited)
    page.click("button[value=preview]")
    page.wait_for_selector(f"#preview-body:has-text('{NEW_WORDS}')")
    assert page.input_value("textarea#text") == edited
    page.click("button[value=save]")
    page.wait_for_selector("text=New drafts use it now")
    assert NEW_WORDS in page.inner_text("#preview-body")

    mailbox = demo_mailboxes(site.config)["leadsoptima"]
    deliver(maildir_path(site.config, mailbox), "denied-again", denial_again(site), None)
    poll(site)
    with site.store.connect() as conn:
        newest = case_store.list_drafts(conn)[-1]
    assert newest.template == "leadsoptima/refund_denied" and newest.status == "pending"
    assert NEW_WORDS in newest.body


def test_refusals_rollback_and_staff_kept_out(browser, site):  # noqa: F811
    add_account(site.store, "root", role="admin")
    page = browser
    sign_in(page, site.url, "root")
    page.goto(f"{site.url}/admin/templates/leadsoptima/{DENIED}")

    page.fill("textarea#text", SHIPPED_DENIED.replace("{{ refund.clause }}", "{{ clase }}"))
    page.click("button[value=save]")
    page.wait_for_selector(".problems")
    line = SHIPPED_DENIED.splitlines().index('    "{{ refund.clause }}"') + 1
    assert page.inner_text(".problems li") == f"line {line}: unknown variable 'clase' (did you mean 'refund.clause'?)"

    page.goto(f"{site.url}/admin/templates/leadsoptima/{APPROVED}")
    page.fill("textarea#text", SHIPPED_APPROVED.replace('{{ " of " ~ refund.amount if refund.amount else "" }}', ""))
    page.click("button[value=save]")
    page.wait_for_selector(".problems")
    assert "no longer states the refund amount ('INR " in page.inner_text(".problems")
    assert page.locator("li.version").count() == 0  # nothing was saved

    page.goto(f"{site.url}/admin/templates/leadsoptima/{DENIED}")
    for words in ("First wording.", "Second wording."):
        page.fill("textarea#text", SHIPPED_DENIED.replace("We have reviewed your request", words + " We have"
                                                          " reviewed your request"))
        page.click("button[value=save]")
        page.wait_for_selector("text=New drafts use it now")
    assert "Second wording." in page.inner_text("#preview-body")
    page.click("button:has-text('Roll back to version')")
    page.wait_for_selector("text=Rolled back to version")
    assert "First wording." in page.input_value("textarea#text")
    assert "First wording." in page.inner_text("#preview-body")
    page.click("button:has-text('Reset to the shipped text')")
    page.wait_for_selector("text=is the shipped text again")
    assert page.input_value("textarea#text") == SHIPPED_DENIED

    page.click("button:has-text('Sign out')")
    sign_in(page, site.url, "alice")
    assert page.locator("nav a:has-text('Reply editor')").count() == 0
    response = page.goto(f"{site.url}/admin/templates/leadsoptima/{DENIED}")
    assert response.status == 403
    assert page.locator("textarea#text").count() == 0
