"""Staff never lose a case (issue 13), in a real browser: Playwright driving
Debian's chromium against the app on 127.0.0.1, replies going to a real
aiosmtpd, on a real SQLite store holding the triaged samples.

- escalate, find the case in Escalated, take it, reply by hand, send;
- an ``other`` email (no draft) answered by hand;
- an ignored email turned into a case;
- search by invoice;
- a stale approval refused;
- an attachment downloaded with the right headers, an image previewed from
  the sandboxed route.

Skips when chromium or playwright is missing, unless ``MAILBOT_REQUIRE_SERVERS=1``.
"""

from __future__ import annotations

import struct
import zlib
from email.message import EmailMessage

import pytest

from mailbot.service import review
from mailbot.service.demo import demo_mailboxes, deliver, maildir_path
from mailbot.service.poll import poll_once
from mailbot.service.send import send_approved
from mailbot.sources import open_source
from mailbot.store import cases as case_store
from mailbot.store import messages as message_store
from mailbot.store import queues
from tests.helpers import in_process
from tests.smtpd import smtpd  # noqa: F401  (the fixture)
from tests.test_browser import Site, browser, site  # noqa: F401  (the fixtures)
from tests.webapp import PASSWORD, add_account

pytestmark = pytest.mark.integration


def sign_in(page, site, name: str = "alice") -> None:
    page.goto(site.url + "/sign-in")
    page.fill("#name", name)
    page.fill("#password", PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_selector("h1:has-text('Drafts waiting for review')")


def case_of(site: Site, reference: str) -> case_store.StoredCase:
    with site.store.connect() as conn:
        return next(c for c in case_store.list_cases(conn) if c.reference == reference)


def state_of(site: Site, case_id: int) -> str:
    with site.store.connect() as conn:
        return queues.case_row(conn, case_id).state


def arrive(site: Site, name: str, raw: bytes, brand: str = "leadsoptima") -> None:
    """Deliver one more email to the brand's Maildir and poll it in."""
    mailbox = demo_mailboxes(site.config)[brand]
    deliver(maildir_path(site.config, mailbox), name, raw, None)
    sources = [open_source(m, site.config) for m in site.config.mailboxes if m.is_maildir]
    try:
        poll_once(in_process(site.config), site.store, sources, site.clock)
    finally:
        for source in sources:
            source.close()


def email(sender: str, subject: str, text: str, message_id: str, **headers) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@leadsoptima.com"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 09 Sep 2025 10:00:00 +0530"
    msg["Message-ID"] = message_id
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(text)
    return msg


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00\xff\x00\x00" * 2)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def assert_reply(smtpd, draft: case_store.StoredDraft, reference: str, body: str) -> None:  # noqa: F811
    got = smtpd.received[-1]
    reply = got.message
    assert got.recipients == [draft.to_address]
    assert reply.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n") == body
    assert f"[{reference}]" in reply["Subject"]
    assert reply["Message-ID"] == draft.message_id
    assert reply["In-Reply-To"] and reply["In-Reply-To"] in reply["References"].split()


def test_escalate_find_in_escalated_take_reply_by_hand_send(browser, site, smtpd):  # noqa: F811
    page = browser
    sign_in(page, site)
    reference = "OWD-1004"
    target = case_of(site, reference)
    page.click(f"a:has-text('{reference}')")
    page.fill("#note", "the customer threatens a chargeback: legal should look")
    page.click("button:has-text('Escalate')")
    page.wait_for_selector("text=It waits in Escalated")
    assert state_of(site, target.id) == "escalated"
    assert reference not in page.inner_text("table.queue")  # gone from review…

    assert page.inner_text("#nav-escalated .count") == "1"
    page.click("#nav-escalated")
    page.wait_for_selector("h1:has-text('Escalated cases')")
    row = page.locator("table.queue tbody tr", has_text=reference)  # …found in Escalated, with its note
    assert "legal should look" in row.inner_text()
    row.locator(f"a:has-text('{reference}')").click()
    page.click("#take-case")
    page.wait_for_selector("text=The case is now yours")
    assert page.inner_text("#case-owner") == "alice"
    page.goto(site.url + "/queue?state=escalated&mine=1")
    assert reference in page.inner_text("table.queue")

    page.click(f"a:has-text('{reference}')")
    body = "Hello,\n\nA colleague is looking at your deposit and will write within two days.\n\nOptima WebDesign\n"
    page.fill("#hand-body", body)
    page.click("#save-hand-reply")
    page.wait_for_selector("text=saved as a draft")
    assert page.input_value("textarea#body") == body
    page.click("button:has-text('Approve and send')")
    page.wait_for_selector("text=it goes out with the next send run")
    draft = site.draft_of(reference)
    assert draft.template == "by_hand" and draft.status == "approved" and draft.reviewed_by == "alice"
    report = send_approved(site.config, site.store, site.clock)
    assert report.sent == [draft.id] and len(smtpd.received) == 1
    assert_reply(smtpd, draft, reference, body)
    assert state_of(site, target.id) == "sent"
    assert send_approved(site.config, site.store, site.clock).sent == []  # once


def test_an_other_email_is_for_a_person_and_answered_by_hand(browser, site, smtpd):  # noqa: F811
    arrive(site, "other", email("Meera Iyer <meera@startup.example>", "How do I add a teammate?",
                                "Hi, how do I add a second user to our workspace? Thanks, Meera",
                                "<other-1@startup.example>").as_bytes())
    with site.store.connect() as conn:
        other = next(c for c in case_store.list_cases(conn) if c.subject == "How do I add a teammate?")
    assert other.status == "other" and state_of(site, other.id) == "person"
    page = browser
    sign_in(page, site)
    page.click("#nav-person")
    page.wait_for_selector("h1:has-text('For a person')")
    page.click(f"a:has-text('{other.reference}')")
    page.wait_for_selector("#hand-body")  # the case page, so that the next line looks at it
    assert page.locator("textarea#body").count() == 0  # no draft of mailbot's
    body = "Hello Meera,\n\nOpen Settings > Team and invite your colleague by email.\n\nLeadsOptima Support\n"
    page.fill("#hand-body", body)
    page.click("#save-hand-reply")
    page.wait_for_selector("textarea#body")
    page.click("button:has-text('Approve and send')")
    page.wait_for_selector("text=it goes out with the next send run")
    draft = site.draft_of(other.reference)
    assert send_approved(site.config, site.store, site.clock).sent == [draft.id]
    assert draft.to_address == "meera@startup.example"
    assert_reply(smtpd, draft, other.reference, body)
    assert smtpd.received[-1].message["In-Reply-To"] == "<other-1@startup.example>"


def test_an_ignored_email_is_made_a_case(browser, site):  # noqa: F811
    page = browser
    sign_in(page, site)
    with site.store.connect() as conn:
        ignored = message_store.list_messages(conn, status="ignored")
    assert ignored
    page.click("#nav-ignored")
    page.wait_for_selector("h1:has-text('Ignored emails')")
    row = page.locator("table.queue tbody tr", has_text=ignored[0].subject)
    assert "auto-replied" in row.inner_text()  # the reason is shown
    row.locator("a").click()  # read it first
    page.wait_for_selector("pre.text")
    assert "auto-replied" in page.inner_text("main")
    page.click(f"#make-case-{ignored[0].id}")
    page.wait_for_selector("text=case")
    page.wait_for_selector("#case-queue:has-text('For a person')")
    with site.store.connect() as conn:
        made = message_store.get_message(conn, ignored[0].id)
        case = case_store.get_case(conn, made.case_id)
    assert made.status == "case" and case.customer == ignored[0].sender and case.reference in page.inner_text("h1")
    assert page.inner_text("#nav-ignored .count") == str(len(ignored) - 1)


def test_search_by_invoice_finds_the_case(browser, site):  # noqa: F811
    page = browser
    sign_in(page, site)
    page.fill("header input[name=q]", "LO-INV-1030")  # Vikram's invoice: he wrote from another address
    page.press("header input[name=q]", "Enter")
    page.wait_for_selector("h1:has-text('Search')")
    with site.store.connect() as conn:
        texts = {c.reference: c for c in case_store.list_cases(conn)}
    listed = page.locator("table.queue tbody a").all_inner_texts()
    assert listed and "LO-1010" in listed
    assert "OWD-1001" not in listed
    page.fill("#search-q", "asha@example.in")
    page.click("main button:has-text('Search')")
    page.wait_for_url(lambda url: "asha" in url)  # the results page, not the one the click left
    found = set(page.locator("table.queue tbody a").all_inner_texts())
    assert found == {r for r, c in texts.items() if c.customer == "asha@example.in"}
    page.fill("#search-q", "LO-1012")
    page.click("main button:has-text('Search')")
    page.wait_for_url(lambda url: "q=LO-1012" in url)
    assert page.locator("table.queue tbody a").all_inner_texts()[0] == "LO-1012"


def test_a_stale_approval_is_refused(browser, site):  # noqa: F811
    add_account(site.store, "bob")
    page = browser
    sign_in(page, site)
    reference = "LO-1009"
    page.click(f"a:has-text('{reference}')")
    page.wait_for_selector("textarea#body")
    draft = site.draft_of(reference)
    # Bob edits the same draft meanwhile (same instant: the version still tells).
    review.save_edit(site.store, draft.id, who="bob", now=site.clock.now(), body="Bob's better reply.\n")
    page.fill("textarea#body", "Alice's reply, written on an old page.\n")
    page.click("button:has-text('Approve and send')")
    page.wait_for_selector("text=Someone changed this draft after you opened it")
    now = site.draft_of(reference)
    assert now.status == "pending" and now.body == "Bob's better reply.\n"
    assert page.input_value("textarea#body") == "Bob's better reply.\n"
    page.click("#approve-next")  # the fresh page approves; "and next" opens the next case
    page.wait_for_selector("text=approved")
    assert site.draft_of(reference).status == "approved"
    assert f"/cases/{case_of(site, reference).id}" not in page.url and "/cases/" in page.url


def test_attachments_download_and_image_preview(browser, site):  # noqa: F811
    msg = email("Asha Rao <asha@example.in>", "Charged twice, screenshot attached",
                "I was charged twice, invoice LO-INV-1002. Screenshot attached.", "<shot-1@example.in>")
    msg.add_attachment(tiny_png(), maintype="image", subtype="png", filename="double charge.png")
    msg.add_attachment(b"<html><script>alert(1)</script></html>", maintype="image", subtype="png",
                       filename="fake.png")
    arrive(site, "screenshot", msg.as_bytes())
    with site.store.connect() as conn:
        case = next(c for c in case_store.list_cases(conn) if c.subject.startswith("Charged twice, screenshot"))
    page = browser
    sign_in(page, site)
    page.goto(f"{site.url}/cases/{case.id}")
    links = page.locator("ul.attachments a[download]")
    assert links.all_inner_texts() == ["double charge.png", "fake.png"]
    with page.expect_download() as info:
        links.first.click()
    download = info.value
    assert download.suggested_filename == "double charge.png"
    assert open(download.path(), "rb").read() == tiny_png()
    href = links.first.get_attribute("href")
    response = page.request.get(site.url + href)
    assert response.status == 200
    assert response.headers["content-disposition"].startswith("attachment")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.body() == tiny_png()

    assert page.locator("img.preview").count() == 1  # the real PNG only: fake.png is HTML
    preview = page.request.get(site.url + page.locator("img.preview").get_attribute("src"))
    assert preview.headers["content-type"] == "image/png"
    assert "sandbox" in preview.headers["content-security-policy"]
    assert preview.headers["x-content-type-options"] == "nosniff"
    second = href.rsplit("/", 1)[0] + "/2"
    assert page.request.get(site.url + second).body().startswith(b"<html>")  # downloadable, as bytes
    assert page.request.get(site.url + second + "/preview").status == 404  # never previewed
    page.context.clear_cookies()
    assert page.request.get(site.url + href, max_redirects=0).status == 302  # signed out: nothing
