"""The "needs sign-in" banner in a real browser (Debian's chromium through
Playwright): shown on every staff page while an account's OAuth2 token is
refused, gone once someone signs in again."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from mailbot.store import oauth as token_store
from tests.smtpd import smtpd  # noqa: F401  (the fixture)
from tests.test_browser import browser, site  # noqa: F401  (the fixtures)
from tests.webapp import PASSWORD

pytestmark = pytest.mark.integration

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def test_the_banner_names_each_account_that_needs_sign_in(browser, site):  # noqa: F811
    mailbox = site.config.mailboxes[0].name
    with site.store.begin() as conn:
        token_store.mark_needs_sign_in(conn, f"mailbox:{mailbox}", "invalid_grant: consent withdrawn", NOW,
                                       provider="microsoft")
    page = browser
    page.goto(site.url + "/sign-in")
    assert page.locator(".sign-in-banner").count() == 0  # nothing for someone not signed in
    page.fill("#name", "alice")
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Drafts waiting for review')")
    banner = page.locator(".sign-in-banner")
    assert banner.is_visible()
    assert f"Needs sign-in: {mailbox}." in banner.inner_text()
    assert "mailbot auth login NAME" in banner.inner_text()
    page.goto(site.url + "/history")
    assert page.locator(".sign-in-banner").is_visible()
    with site.store.begin() as conn:
        token_store.save_sign_in(conn, f"mailbox:{mailbox}", "microsoft", refresh_token="sealed", access_token=None,
                                 expires_at=None, now=NOW)
    page.reload()
    assert page.locator(".sign-in-banner").count() == 0
