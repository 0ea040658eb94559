"""The case page's languages in a real browser (issue 9): Playwright driving
Debian's chromium against the app on 127.0.0.1, on a real SQLite store that
holds the triaged samples and a Spanish refund request polled from a Maildir.

Open the Spanish case, see "Spanish (es)" and the stated-amount mismatch mark,
click "Draft in English", see the English draft; click "Draft in Spanish" and
see the Spanish one again.

Skips when chromium or playwright is missing, unless ``MAILBOT_REQUIRE_SERVERS=1``.  With ``MAILBOT_SCREENSHOTS=DIR`` the Spanish case
page is saved there as a PNG, to look at (never committed).
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from mailbot.store import cases as case_store
from mailbot.store.audit import audit_entries
from tests.helpers import LO_ADDRESS, email_bytes, ist
from tests.test_browser import browser, serve_site  # noqa: F401  (the fixture)
from tests.test_case_language import DECIDED, RAVI, SPANISH_ESCALATED
from tests.test_staff_browser import arrive, sign_in
from tests.webapp import MovingClock, copy_of, triaged_copy

pytestmark = pytest.mark.integration


@pytest.fixture
def spanish_site(tmp_path, triaged_template):
    """The app on a free port, with Spanish refund replies in the override
    folder (the test's own words, whatever the shipped translations)."""
    clock = MovingClock()
    overrides = tmp_path / "overrides"
    (overrides / "leadsoptima" / "es").mkdir(parents=True)
    for reply in ("refund_approved", "refund_denied", "refund_escalated"):
        (overrides / "leadsoptima" / "es" / f"{reply}.txt.j2").write_text(SPANISH_ESCALATED, encoding="utf-8")
    config = dataclasses.replace(copy_of(triaged_copy(triaged_template, tmp_path / "project"), tmp_path), template_overrides=overrides)
    yield from serve_site(config, clock)


def test_a_spanish_case_shows_its_language_and_the_mismatch_and_drafts_in_english(browser, spanish_site):  # noqa: F811
    site, page = spanish_site, browser
    arrive(site, "ravi-es", email_bytes(RAVI, LO_ADDRESS, "Reembolso", ist(2025, 9, 9, 11, 0), DECIDED,
                                        message_id="<es-browser@example.in>"))
    with site.store.connect() as conn:
        case = next(c for c in case_store.list_cases(conn) if c.customer == "ravi.k@example.in"
                    and c.subject == "Reembolso")
        [draft] = case_store.list_drafts(conn, case_id=case.id, status="pending")
    assert draft.template.startswith("leadsoptima/es/refund_")

    sign_in(page, site)
    page.goto(f"{site.url}/cases/{case.id}")
    if os.environ.get("MAILBOT_SCREENSHOTS"):
        folder = Path(os.environ["MAILBOT_SCREENSHOTS"])
        folder.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(folder / "case-language.png"), full_page=True)
    assert "Spanish (es)" in page.inner_text("#read-language")
    assert "Spanish (es)" in page.inner_text("#draft-language")
    assert page.input_value("textarea#body") == SPANISH_ESCALATED
    mismatch = page.inner_text("#amount-mismatch")
    assert "≠" in mismatch and "customer says INR 1,499.00, ledger INR 1,768.82 incl. tax" in mismatch
    assert page.locator("#amount-mismatch .mark").evaluate("e => getComputedStyle(e.parentElement).fontWeight") \
        in ("600", "bold")

    page.click("button:has-text('Draft in English')")
    page.wait_for_selector("text=The draft is now in English")
    assert "English (en)" in page.inner_text("#draft-language")
    english = page.input_value("textarea#body")
    assert english.startswith("Hello Ravi") and "Thank you for getting in touch" in english
    assert "Gracias" not in english
    assert "from Spanish (es) to English (en)" in page.inner_text("body")  # the case history

    page.click("button:has-text('Draft in Spanish')")
    page.wait_for_selector("text=The draft is now in Spanish")
    assert page.input_value("textarea#body") == SPANISH_ESCALATED
    with site.store.connect() as conn:
        switches = [e for e in audit_entries(conn, object_type="draft", object_id=draft.id)
                    if e.action == "draft.language"]
    assert [e.who for e in switches] == ["alice", "alice"]


def test_an_edit_typed_before_draft_in_english_is_saved_not_lost(browser, spanish_site):  # noqa: F811
    site, page = spanish_site, browser
    arrive(site, "ravi-es", email_bytes(RAVI, LO_ADDRESS, "Reembolso", ist(2025, 9, 9, 11, 0), DECIDED,
                                        message_id="<es-browser-2@example.in>"))
    with site.store.connect() as conn:
        case = next(c for c in case_store.list_cases(conn) if c.subject == "Reembolso")
    sign_in(page, site)
    page.goto(f"{site.url}/cases/{case.id}")
    typed = "Hola Ravi,\n\nLo revisamos hoy mismo.\n\nSaludos\n"
    page.fill("textarea#body", typed)
    page.click("button:has-text('Draft in English')")
    page.wait_for_selector("text=your edit is saved")
    assert page.input_value("textarea#body") == typed
    assert page.is_visible("#discard-edit")
    page.check("#discard-edit")
    page.click("button:has-text('Draft in English')")
    page.wait_for_selector("text=It replaced the edit by alice")
    assert "Thank you for getting in touch" in page.input_value("textarea#body")
