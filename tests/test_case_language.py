"""The case page's languages, the one-click "Draft in English" switch, and
"What the customer stated" next to the ledger (issue 9, items 3 and 7), on a
real SQLite store through the service layer and the Flask app."""

from __future__ import annotations

import shutil

from datetime import date
from decimal import Decimal
from html import unescape

import pytest

from mailbot.service import review
from mailbot.service.case_reading import CaseReading, READ_KEY, case_reading, language_label
from mailbot.service.casework import write_reply
from mailbot.service.draft_language import (
    DraftLanguageError, draft_language, last_edit, switch_draft_language, template_language,
)
from mailbot.service.review import StaleDraftError, draft_version
from mailbot.service.stated import LedgerFigures, compare, stated_figures
from mailbot.store import cases as case_store
from mailbot.store.audit import audit_entries
from mailbot.store.readings import case_readings
from mailbot.web import views
from tests.helpers import LO_ADDRESS, email_bytes, ist
from tests.test_service import CLOCK, ListSource, cfg, fetched, poll, store  # noqa: F401  (fixtures)
from tests.webapp import PASSWORD, add_account, token_of

RAVI = "Ravi Kumar <ravi.k@example.in>"
# No reason given, so the reason is asked for.  (Ravi has one charge on record, so the invoice is filled from the
# ledger and not asked for: POLICY_SPEC section 1, fix27c.)
NEED_INFO = "Hola, quiero un reembolso de los ₹1,499.00 de la suscripción, por favor.\n\nRavi"
DECIDED = ("Hola, me cobraron dos veces la factura LO-INV-1010 de ₹1,499.00 el 1 de julio de 2025. "
           "Quiero un reembolso.\n\nRavi")
SPANISH_ESCALATED = ("Hola,\n\nGracias por escribirnos. Un miembro de nuestro equipo revisará su solicitud de "
                     "reembolso personalmente.\n\nSaludos cordiales\n")


def spanish(body: str, uid: int = 1, sender: str = RAVI) -> bytes:
    return email_bytes(sender, LO_ADDRESS, "Reembolso", ist(2025, 7, 8, 11, 0), body,
                       message_id=f"<es-{uid}@example.in>")


def arrive(cfg, store, *bodies: str) -> list[case_store.StoredDraft]:  # noqa: F811
    poll(cfg, store, ListSource("lo-support", [fetched(spanish(b, i), i) for i, b in enumerate(bodies, 1)]))
    with store.connect() as conn:
        return case_store.list_drafts(conn, status="pending")


def draft_of(store, draft_id: int) -> case_store.StoredDraft:  # noqa: F811
    with store.connect() as conn:
        return case_store.get_draft(conn, draft_id)


def switch(cfg, store, draft, to: str, **kwargs):  # noqa: F811
    return switch_draft_language(store, cfg, draft.id, to=to, who="alice", now=CLOCK.now(),
                                 version=draft_version(draft_of(store, draft.id)), **kwargs)


def page_of(cfg, store, case_id: int):  # noqa: F811
    with store.connect() as conn:
        page = views.case_page(conn, case_id)
        return page, draft_language(conn, cfg, page.case, page.decision, page.draft), \
            stated_figures(conn, cfg, page.case, page.decision)


@pytest.fixture
def overrides(cfg, tmp_path):  # noqa: F811
    """An override folder with a Spanish escalated-refund reply (shipped or not, the test's own)."""
    folder = tmp_path / "overrides" / "leadsoptima" / "es"
    folder.mkdir(parents=True)
    (folder / "refund_escalated.txt.j2").write_text(SPANISH_ESCALATED, encoding="utf-8")
    cfg.template_overrides = tmp_path / "overrides"
    return folder


# -- stored at ingest --------------------------------------------------------------------

def test_ingest_stores_the_language_and_the_stated_amounts_and_dates_with_the_decision(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, DECIDED)
    with store.connect() as conn:
        [decision] = case_store.case_decisions(conn, draft.case_id)
    assert decision.result[READ_KEY] == {"language": "es", "languages": ["es"], "unread_language": None,
                                         "stated_amounts": ["1499.00"], "stated_dates": ["2025-07-01"]}
    reading = case_reading(decision.result)
    assert reading.recorded and reading.labels == ["Spanish (es)"]
    assert reading.amounts == (Decimal("1499.00"),) and reading.dates == (date(2025, 7, 1),)


def test_a_decision_stored_before_the_record_says_so_instead_of_guessing():
    assert case_reading({"status": "decided"}) == CaseReading(False)
    assert case_reading({READ_KEY: {"stated_amounts": ["x", "12.50"], "stated_dates": ["nope"]}}).amounts == \
        (Decimal("12.50"),)
    assert language_label("es") == "Spanish (es)" and language_label("pt") == "Portuguese (pt)"


def test_the_page_reads_stored_rows_only_never_the_email(cfg, store, monkeypatch):  # noqa: F811
    [draft] = arrive(cfg, store, DECIDED)
    import mailbot.preview as service

    def no_parsing(*args, **kwargs):
        raise AssertionError("an email was parsed for a page view")

    monkeypatch.setattr(service, "parse_message", no_parsing)
    monkeypatch.setattr(views, "parse_message", no_parsing)
    page, lang, stated = page_of(cfg, store, draft.case_id)
    assert lang.reading.labels == ["Spanish (es)"] and stated.ledger.payment_id == "pay_3"


# -- what the page says about the draft's language ----------------------------------------

def test_a_spanish_request_for_details_is_drafted_in_spanish_and_offers_english(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    assert draft.template == "leadsoptima/es/need_info"
    _, lang, _ = page_of(cfg, store, draft.case_id)
    assert lang.draft == "es" and not lang.fallback
    assert lang.why == "The draft is in the customer's language, Spanish."
    assert (lang.offer, lang.offer_label) == ("default", "Draft in English")


def test_a_reply_without_a_spanish_template_is_a_named_fallback(cfg, store, tmp_path):  # noqa: F811
    cfg.template_overrides = None
    shutil.copytree(cfg.templates_dir, tmp_path / "templates")
    (tmp_path / "templates" / "_shared" / "es" / "refund_escalated.txt.j2").unlink()  # the shipped one, taken away
    cfg.templates_dir = tmp_path / "templates"
    [draft] = arrive(cfg, store, DECIDED)
    assert draft.template == "leadsoptima/refund_escalated"
    _, lang, _ = page_of(cfg, store, draft.case_id)
    assert lang.draft == "en" and lang.fallback and lang.offer is None
    assert "no Spanish template for this reply (refund_escalated)" in lang.why


def test_template_language_reads_the_draft_s_template():
    from tests.helpers import config

    brand = config().brands["leadsoptima"]
    assert template_language("leadsoptima/es/need_info", brand) == "es"
    assert template_language("leadsoptima/need_info", brand) == "en"
    assert template_language("by_hand", brand) is None


# -- the switch --------------------------------------------------------------------------

def test_draft_in_english_and_back_for_a_request_for_details(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    spanish_body = draft.body
    done = switch(cfg, store, draft, "default")
    assert (done.before, done.after, done.replaced_edit) == ("es", "en", None)
    english = draft_of(store, draft.id)
    assert english.template == "leadsoptima/need_info" and english.status == "pending"
    assert "We understand you would like a refund" in english.body and english.subject == draft.subject
    _, lang, _ = page_of(cfg, store, draft.case_id)
    assert lang.why == "Switched to English by alice." and lang.offer_label == "Draft in Spanish"

    back = switch(cfg, store, draft, "customer")
    assert back.after == "es" and draft_of(store, draft.id).body == spanish_body
    with store.connect() as conn:
        entries = [e for e in audit_entries(conn, object_type="draft", object_id=draft.id)
                   if e.action == "draft.language"]
    assert [(e.who, e.detail) for e in entries] == [
        ("alice", f"case {draft.case_id}: need_info from Spanish (es) to English (en)"),
        ("alice", f"case {draft.case_id}: need_info from English (en) to Spanish (es)")]


def test_draft_in_english_and_back_for_a_decision(cfg, store, overrides):  # noqa: F811
    [draft] = arrive(cfg, store, DECIDED)
    assert draft.template == "leadsoptima/es/refund_escalated"
    assert draft.body.startswith("Hola,")
    switch(cfg, store, draft, "default")
    english = draft_of(store, draft.id)
    assert english.template == "leadsoptima/refund_escalated" and "a member of our team" in english.body
    switch(cfg, store, draft, "customer")
    assert draft_of(store, draft.id).body == SPANISH_ESCALATED


def test_switching_to_the_language_it_is_in_is_refused(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    with pytest.raises(DraftLanguageError, match="already in Spanish"):
        switch(cfg, store, draft, "customer")
    with pytest.raises(DraftLanguageError, match="default or customer"):
        switch(cfg, store, draft, "klingon")


def test_an_approved_draft_is_not_switched(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    review.approve_draft(store, draft.id, who="bob", now=CLOCK.now())
    with pytest.raises(review.ReviewError, match="is approved; only a pending draft"):
        switch_draft_language(store, cfg, draft.id, to="default", who="alice", now=CLOCK.now())
    assert draft_of(store, draft.id).template == "leadsoptima/es/need_info"


def test_a_draft_changed_since_the_page_was_opened_is_not_switched(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    opened = draft_version(draft)
    review.save_edit(store, draft.id, who="bob", now=CLOCK.now(), body="Hola Ravi, ...\n")
    with pytest.raises(StaleDraftError):
        switch_draft_language(store, cfg, draft.id, to="default", who="alice", now=CLOCK.now(), version=opened)


def test_an_unsaved_edit_in_the_editor_is_saved_and_the_switch_refused(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    typed = draft.body.replace("Gracias", "Muchas gracias")
    with pytest.raises(DraftLanguageError, match="your edit is saved"):
        switch(cfg, store, draft, "default", subject=draft.subject, body=typed)
    kept = draft_of(store, draft.id)
    assert kept.body == typed and kept.template == "leadsoptima/es/need_info"
    # the same text again is no change: the saved edit now needs the tick
    with pytest.raises(DraftLanguageError, match="holds an edit by alice"):
        switch(cfg, store, draft, "default", subject=kept.subject, body=kept.body)
    done = switch(cfg, store, draft, "default", subject=kept.subject, body=kept.body, discard_edit=True)
    assert done.replaced_edit.who == "alice" and draft_of(store, draft.id).template == "leadsoptima/need_info"
    with store.connect() as conn:
        entries = audit_entries(conn, object_type="draft", object_id=draft.id)
    assert [e.action for e in entries][-2:] == ["draft.edit", "draft.language"]
    assert "replaced the edit by alice" in entries[-1].detail
    assert last_edit(entries) is None  # mailbot's text again: the next switch needs no tick


def test_a_reply_written_by_hand_is_never_re_drafted(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    mine = write_reply(cfg, store, draft.case_id, who="alice", now=CLOCK.now(), subject="Re: Reembolso",
                       body="Hola Ravi,\n\nLo miro yo.\n")
    with pytest.raises(DraftLanguageError, match="written by hand"):
        switch(cfg, store, mine, "default")
    _, lang, _ = page_of(cfg, store, draft.case_id)
    assert lang.draft is None and lang.offer is None


# -- what the customer stated ---------------------------------------------------------------

def test_the_stated_amount_is_shown_against_the_ledger_with_a_mismatch_mark(cfg, store):  # noqa: F811
    [draft] = arrive(cfg, store, DECIDED)
    _, _, stated = page_of(cfg, store, draft.case_id)
    assert stated.ledger.payment_id == "pay_3" and stated.ledger.charged == Decimal("1768.82")
    assert stated.ledger.source == "the decision's ledger record"
    assert stated.amount_mismatch == "customer says INR 1,499.00, ledger INR 1,768.82 incl. tax (the price before tax)"
    assert stated.date_match == "the customer's 01 Jul 2025 is the payment date" and not stated.date_mismatch


def test_a_request_for_details_without_an_invoice_has_no_ledger_figures(cfg, store):  # noqa: F811
    """Asha has two charges on record, so the invoice is asked for and no payment is shown."""
    body = "Hola, me cobraron mal. Quiero un reembolso de los ₹11,988.00, por favor.\n\nAsha"
    poll(cfg, store, ListSource("lo-support", [fetched(spanish(body, 1, sender="Asha Rao <asha@example.in>"), 1)]))
    with store.connect() as conn:
        [draft] = case_store.list_drafts(conn, status="pending")
    _, _, stated = page_of(cfg, store, draft.case_id)
    assert draft.template == "leadsoptima/es/need_info"
    assert stated.ledger is None and stated.reading.amounts == (Decimal("11988.00"),)
    assert not stated.amount_mismatch


def test_a_request_for_details_shows_the_only_charge_on_record(cfg, store):  # noqa: F811
    """Ravi has one charge: the policy fills the invoice from it (section 1), and the panel shows it as the case's."""
    [draft] = arrive(cfg, store, NEED_INFO)
    _, _, stated = page_of(cfg, store, draft.case_id)
    assert draft.template == "leadsoptima/es/need_info"
    assert stated.ledger.payment_id == "pay_3" and stated.ledger.source == "the case's invoice (not yet decided)"


def test_compare_marks_matches_and_mismatches():
    ledger = LedgerFigures("pay_1", "LO-INV-1", Decimal("1000.00"), Decimal("180.00"), "INR", date(2025, 7, 3), "x")
    said = lambda *amounts, dates=(): CaseReading(True, "en", ("en",), None, amounts, dates)  # noqa: E731
    assert compare(said(Decimal("1180")), ledger).amount_match == "the customer's INR 1,180.00 is the amount charged"
    assert compare(said(Decimal("999"), dates=(date(2025, 7, 4),)), ledger).amount_mismatch == \
        "customer says INR 999.00, ledger INR 1,180.00 incl. tax"
    assert compare(said(dates=(date(2025, 7, 4),)), ledger).date_mismatch == \
        "customer writes 04 Jul 2025; the ledger's payment date is 03 Jul 2025"
    assert compare(said(), ledger).amount_mismatch == "" and compare(said(Decimal(5)), None).ledger is None


# -- the web page and its button ------------------------------------------------------------

@pytest.fixture
def alice(cfg, store):  # noqa: F811
    from mailbot.web import create_app

    add_account(store, "alice")
    app = create_app(cfg, store=store, clock=CLOCK, testing=True)
    client = app.test_client()
    token = token_of(client.get("/sign-in").get_data(as_text=True))
    assert client.post("/sign-in", data={"name": "alice", "password": PASSWORD, "csrf_token": token}
                       ).status_code == 302
    return client


def test_the_case_page_shows_the_languages_the_panel_and_switches_with_one_post(cfg, store, alice):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    html = unescape(alice.get(f"/cases/{draft.case_id}").get_data(as_text=True))
    assert "Read in\n  <strong>Spanish (es)</strong>" in html
    assert "Draft in <strong>Spanish (es)</strong>" in html and 'value="default"' in html
    assert ">Draft in English</button>" in html
    page_version = draft_version(draft_of(store, draft.id))
    token = token_of(html)
    answer = alice.post(f"/drafts/{draft.id}/language", data={
        "csrf_token": token, "version": page_version, "language": "default", "subject": draft.subject,
        "body": draft.body.replace("\n", "\r\n")})
    assert answer.status_code == 302
    html = unescape(alice.get(f"/cases/{draft.case_id}").get_data(as_text=True))
    assert "The draft is now in English" in html and "Switched to English by alice." in html
    assert "We understand you would like a refund" in html and ">Draft in Spanish</button>" in html
    assert (f"switched the draft's language: case {draft.case_id}: need_info from Spanish (es) to English (en)"
            in html)  # the case history


def test_the_switch_needs_the_csrf_token_and_a_signed_in_user(cfg, store, alice):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    assert alice.post(f"/drafts/{draft.id}/language", data={"language": "default"}).status_code == 400
    assert draft_of(store, draft.id).template == "leadsoptima/es/need_info"
    assert alice.post("/drafts/999/language", data={"language": "default",
                                                    "csrf_token": token_of(alice.get("/queue").get_data(
                                                        as_text=True))}).status_code == 404


def test_the_case_page_shows_the_mismatch_mark(cfg, store, alice):  # noqa: F811
    [draft] = arrive(cfg, store, DECIDED)
    html = unescape(alice.get(f"/cases/{draft.case_id}").get_data(as_text=True))
    assert "What the customer stated" in html
    assert "≠</span> customer says INR 1,499.00, ledger INR 1,768.82 incl. tax (the price before tax)" in html
    assert "<code>pay_3</code> · LO-INV-1010" in html


def test_mail_readings_without_a_record_still_show_a_page(cfg, store, alice):  # noqa: F811
    [draft] = arrive(cfg, store, NEED_INFO)
    with store.begin() as conn:
        from sqlalchemy import update

        from mailbot.store.schema import decisions

        result = dict(case_store.case_decisions(conn, draft.case_id)[-1].result)
        result.pop(READ_KEY)
        conn.execute(update(decisions).where(decisions.c.case_id == draft.case_id).values(result=result))
        assert case_readings(conn, draft.case_id)
    html = unescape(alice.get(f"/cases/{draft.case_id}").get_data(as_text=True))
    assert "not recorded (this case was read before mailbot kept its language)" in html
    assert "What the customer stated" not in html


def test_the_admins_re_draft_keeps_the_draft_s_language(cfg, store):  # noqa: F811
    from mailbot.service.templates import redraft_case

    [draft] = arrive(cfg, store, NEED_INFO)
    review.save_edit(store, draft.id, who="bob", now=CLOCK.now(), body="Hola Ravi, ...\n")
    redone = redraft_case(store, cfg, draft.case_id, who="root", now=CLOCK.now())
    assert redone.template == "leadsoptima/es/need_info" and redone.body == draft.body


def test_the_admins_re_draft_of_an_unknown_sender_s_case_stays_cautious(cfg, store):  # noqa: F811
    """Re-drafting decides the case again as ingest did: a sender not on record
    gets a reply that repeats neither their subject nor their name."""
    from mailbot.service.templates import redraft_case

    raw = email_bytes("Mallory Fake <mallory@elsewhere.example>", LO_ADDRESS, "Reembolso PAGAR A mi-banco-falso",
                      ist(2025, 7, 8, 11, 0), DECIDED.replace("Ravi", "Mallory"), message_id="<es-x@elsewhere.example>")
    poll(cfg, store, ListSource("lo-support", [fetched(raw, 1)]))
    with store.connect() as conn:
        [draft] = case_store.list_drafts(conn, status="pending")
    assert "mi-banco-falso" not in draft.subject and "Mallory" not in draft.body
    redone = redraft_case(store, cfg, draft.case_id, who="root", now=CLOCK.now())
    assert redone.body == draft.body and redone.template == draft.template
    assert "Mallory" not in redone.body and "mi-banco-falso" not in redone.body


def test_a_thousand_typed_digits_are_not_kept_as_an_amount(cfg, store, alice):  # noqa: F811
    [draft] = arrive(cfg, store, DECIDED.replace("₹1,499.00", "₹1,499.00 (o ₹" + "9" * 3000 + ")"))
    with store.connect() as conn:
        [decision] = case_store.case_decisions(conn, draft.case_id)
    assert decision.result[READ_KEY]["stated_amounts"] == ["1499.00"]
    assert case_reading({READ_KEY: {"stated_amounts": ["9" * 3000, "Infinity", "NaN", "1e400", "12.5"]}}).amounts == \
        (Decimal("12.5"),)
    assert alice.get(f"/cases/{draft.case_id}").status_code == 200


def test_an_edit_saved_while_the_case_is_decided_again_is_not_overwritten(cfg, store, monkeypatch):  # noqa: F811
    import mailbot.service.draft_language as service

    [draft] = arrive(cfg, store, NEED_INFO)
    real = service.redecide

    def someone_edits_meanwhile(*args, **kwargs):
        found = real(*args, **kwargs)
        review.save_edit(store, draft.id, who="bob", now=CLOCK.now(), body="Hola Ravi, lo miro yo.\n")
        return found

    monkeypatch.setattr(service, "redecide", someone_edits_meanwhile)
    with pytest.raises(StaleDraftError, match="changed by someone else meanwhile"):
        switch(cfg, store, draft, "default")
    kept = draft_of(store, draft.id)
    assert kept.body == "Hola Ravi, lo miro yo.\n" and kept.template == "leadsoptima/es/need_info"


def test_mixed_mail_lists_the_languages_found_the_main_one_first():
    reading = CaseReading(True, "hi", ("hi", "en"))
    assert reading.mixed and reading.labels == ["Hindi (hi)", "English (en)"]


def test_mail_in_a_language_the_brand_does_not_read_is_named_on_the_page(cfg, store, alice):  # noqa: F811
    poll(cfg, store, ListSource("lo-support", [fetched(spanish(
        "Buongiorno, vorrei un rimborso per l'abbonamento annuale perché mi avete addebitato due volte "
        "lo stesso importo questo mese. Grazie mille per l'aiuto.\n\nRavi"), 1)]))
    with store.connect() as conn:
        [case] = case_store.list_cases(conn)
        [decision] = case_store.case_decisions(conn, case.id)
    if decision.result[READ_KEY]["unread_language"] != "it":
        pytest.skip("Italian is read now (a language pack was added)")
    html = unescape(alice.get(f"/cases/{case.id}").get_data(as_text=True))
    assert "Italian (it): a language this brand does not read, so it waits for a person." in html
