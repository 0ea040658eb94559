"""The per-sender limit (max_replies_per_sender_per_day): beyond it a draft
waits for a person, with the reason, and is never sent automatically."""

from __future__ import annotations

from email.message import EmailMessage

from mailbot.service.demo import deliver, demo_mailboxes, maildir_path
from mailbot.service.poll import poll_once
from mailbot.sources import open_source
from mailbot.store import cases as case_store
from mailbot.store.database import Store
from tests.helpers import in_process
from tests.webapp import MovingClock, copy_of, triaged_copy

ASHA = "asha@example.in"


def refund_request(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Asha Rao <{ASHA}>"
    msg["To"] = "support@leadsoptima.com"
    msg["Subject"] = f"Refund please ({n})"
    msg["Date"] = "Wed, 10 Sep 2025 10:00:00 +0530"
    msg["Message-ID"] = f"<loop-{n}@example.in>"
    msg.set_content("I was charged twice for my annual plan, invoice LO-INV-1002. Please refund the duplicate.")
    return msg.as_bytes()


def test_beyond_the_limit_a_draft_waits_for_a_person(tmp_path, triaged_template):
    clock = MovingClock()
    config = copy_of(triaged_copy(triaged_template, tmp_path / "project"), tmp_path)
    brand = config.brands["leadsoptima"]
    brand.auto_send = ("approve", "deny", "cancel", "need_info", "verify_sender", "escalate")
    brand.max_replies_per_sender_per_day = 5
    store = Store.open(config.database_url)
    mailbox = demo_mailboxes(config)["leadsoptima"]

    def arrive(n: int) -> case_store.StoredDraft:
        deliver(maildir_path(config, mailbox), f"loop-{n}", refund_request(n), None)
        sources = [open_source(m, config) for m in config.mailboxes if m.is_maildir]
        try:
            poll_once(in_process(config), store, sources, clock)
        finally:
            for source in sources:
                source.close()
        with store.connect() as conn:
            return [d for d in case_store.list_drafts(conn) if d.to_address == ASHA][-1]

    try:
        with store.connect() as conn:
            earlier = [d for d in case_store.list_drafts(conn) if d.to_address == ASHA]
        assert len(earlier) == 4  # the samples and the hostile email, all within the day
        fifth = arrive(1)
        assert fifth.hold_reason is None and fifth.status == "approved"  # auto-sent, as the brand says
        sixth = arrive(2)
        assert sixth.status == "pending" and "over the limit of 5" in sixth.hold_reason
        assert "max_replies_per_sender_per_day" in sixth.hold_reason
        clock.advance(hours=25)
        later = arrive(3)
        assert later.hold_reason is None and later.status == "approved"
    finally:
        store.close()
