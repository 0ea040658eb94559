"""Families of the fresh37 and fresh38 rounds' misses taken by fix46z, each with sentences of its own (not the
round's) in two languages or more, and a negative that keeps reading as before.

- (1) A formal letter that restates the request and cites procedure ("as per the usual procedure", "conforme a los
  trámites habituales") or tells a document of authority attached ("The board's resolution is attached", "Adjunto la
  orden del presidente", "प्रबंध समिति का प्रस्ताव संलग्न है") gives no reason (C3, section 8); a greeting line doubled in
  another read language ("Olá / Bonjour,") is no reason either, so an Optima cancellation with nothing else asks one.
- (2) Requests not read: the formal passive cancellation ("योजना रद्द कर दी जाए", "plan cancel kar diya jaye"); one of
  two charges asked back by the bare count ("Please return one."); the part not done asked back with "have back";
  the wish in dialect or learner agreement ("so I wants it back"); a refund wished, in the Konjunktiv, if the business
  cannot fix an access failure ("Falls Sie den Fehler nicht beheben können, hätten wir gern ..."); an amount written
  with its separators asked back without a verb ("Bitte die 2.500,00 zurück", "The 4,500 back please").
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- (1) procedure, an order attached, a doubled greeting: no reason -------------------------------------------

@pytest.mark.parametrize("body", [
    "We hereby request a refund of invoice LO-INV-4410, annual plan, in accordance with the standard procedure.",
    "Solicitamos el reembolso de la factura LO-INV-4410, plan anual, según el procedimiento habitual.",
    "Solicitamos o reembolso da fatura LO-INV-4410, plano anual, segundo os procedimentos habituais.",
    "Wir beantragen die Erstattung der Rechnung LO-INV-4410, Jahresplan, entsprechend dem üblichen Ablauf.",
    "Nous demandons le remboursement de la facture LO-INV-4410, plan annuel, selon la procédure habituelle.",
    "Please refund invoice LO-INV-4410. A copy of the committee's decision is attached.",
    "Solicito el reembolso de la factura LO-INV-4410. Se adjunta el acta de la junta.",
    "Wir bitten um Erstattung der Rechnung LO-INV-4410. Anbei der Beschluss des Vorstands.",
    "चालान LO-INV-4410 की राशि वापस करने की कृपा करें। प्रबंध समिति का प्रस्ताव संलग्न है।",
])
def test_procedure_or_an_order_attached_is_no_reason(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Olá / Bonjour,\n\nje résilie la maintenance du site, facture OWD-2025-4410. Merci de confirmer.",
    "Hola / Hello,\n\nplease cancel the hosting for our site, invoice OWD-2025-4410.",
])
def test_a_greeting_in_two_read_languages_is_no_reason(body):
    found = read(body, brand="owd")
    assert "cancellation" in found.intents and found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Please refund invoice LO-INV-4410, we closed the shop last month, in accordance with the standard procedure.",
    "Solicito el reembolso de la factura LO-INV-4410. Cerramos la tienda, la carta va adjunta.",
    "Hi / Hallo, wir schließen den Laden, bitte kündigen Sie die Wartung.",
])
def test_a_cause_beside_them_is_still_read(body):
    assert read(body, brand="owd").fields.reason


# -- (2) requests not read -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "संस्था का निवेदन है कि हमारी मासिक योजना रद्द कर दी जाए।",
    "हमारा प्लान कैंसल कर दिया जाए।",
    "Hamara monthly plan cancel kar diya jaye.",
])
def test_the_formal_passive_asks_the_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "हमने पिछले महीने प्लान रद्द कर दिया था।",
    "Plan cancel kar diya tha, phir bhi paise kat gaye.",
])
def test_a_cancellation_told_done_asks_none(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "The subscription fee come out two times this morning. Kindly refund one of them.",
    "The invoice went two times from our card. Just return one please.",
    "Cobraron la cuota dos veces. Por favor devuelvan una.",
])
def test_one_of_two_charges_asked_back_by_the_count(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Please return one copy of the signed form.",
    "We have two logo files. Please return one.",
])
def test_one_without_money_asks_no_refund(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "The club paused the app. Could we have whatever has not been started yet back?",
    "The shop is on hold. Could we have back the part that hasn't been built?",
    "The shop is on hold. Can we take back whatever has not been delivered?",
])
def test_the_part_not_done_asked_back_with_have_or_take(body):
    assert "refund" in read(body, brand="owd").intents


def test_have_back_of_no_money_asks_no_refund():
    assert "refund" not in read("Could we have back the design files?", brand="owd").intents


@pytest.mark.parametrize("body", [
    "Paid the fee Monday and the app don't work, so we needs it back.",
    "Charged me for the year and I never used it, I wants my cash back.",
])
def test_a_wish_in_dialect_agreement_asks_the_refund(body):
    assert "refund" in read(body).intents


def test_someone_elses_wish_asks_nothing():
    assert "refund" not in read("My nephew wants it back, the old logo.").intents


@pytest.mark.parametrize("body", [
    "Der Login geht seit Dienstag nicht. Falls Sie den Fehler nicht beheben können, hätten wir gern eine Erstattung.",
    "Seit Montag komme ich nicht ins Konto. Wenn das nicht behoben wird, hätte ich gern mein Geld zurück.",
    "I can't log in since Tuesday. If you cannot fix this, I would want my money back.",
])
def test_a_refund_if_the_access_failure_is_not_fixed_is_asked(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "access_failure"


def test_a_condition_on_something_else_stays_a_question():
    assert "refund" not in read("Wenn ihr das Design nicht ändern könnt, hätte ich gern das Geld zurück.").intents


@pytest.mark.parametrize("body", [
    "Projekt Seeblick, Rechnung OWD-2025-4410. Die 2.500,00 bitte zurück.",
    "Project Seaview, invoice OWD-2025-4410. The 4,500 back please.",
    "Proyecto Mirador, factura OWD-2025-4410. Por favor los 4.500 de vuelta.",
    "Projeto Mirante, fatura OWD-2025-4410. Por favor os 4.500 de volta.",
])
def test_an_amount_with_separators_asked_back_without_a_verb(body):
    assert "refund" in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Bitte die 1.000 Flyer zurück.",
    "Please the 2,000 flyers back.",
    "Bitte die 2 Dateien zurück.",
])
def test_a_count_with_its_noun_asks_no_refund(body):
    assert "refund" not in read(body, brand="owd").intents
