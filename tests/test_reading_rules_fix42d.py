"""(fix42d) Families the fresh29 and fresh30 rounds missed in English, each with sentences of the test's own (none
taken from the rounds) in two languages or more, and near misses that must keep reading as before.

- A dispute someone else suggested that the customer refuses by saying there is no need ('I told him no need', 'le
  dije que no hacía falta', 'eu disse que não precisava', 'je lui ai dit que ce n'était pas la peine', 'maine bola
  koi zarurat nahi'); a refusal that goes on ('no need to wait, so I will') or a hedge after it keeps the threat.
- The customer's first name that is also a legal word ('Sue'), signed alone at the close of the mail: no threat; the
  same word in a sentence, or a name line that goes on, still escalates (C4).
- The charge told in the verb's bare form by those who learnt English second ('u have debit my card 2 times', 'you
  charge me two time'): a duplicate payment; a count of something else is none.
- The customer's money asked back under an everyday or slang name ('I want my brass back', 'give us our dosh back'),
  as the other packs read 'mi plata', 'meine Kohle', 'mon fric'; 'cash back' as a reward asks nothing.
- A credit for the unused time asked for ('confirm a pro-rata credit for the unexpired months', 'confirmen un abono
  prorrateado', 'um crédito proporcional pelos meses restantes', 'baaki mahino ka pro-rata credit'): a refund of
  unused time (L1), with the cancellation; the same credit declined asks none.
- Someone asked to get the money back from us for the customer, as a forward from an accountant carries it ('ask
  Optima for the deposit back', 'pídele a Optima el anticipo de vuelta', 'pede à Optima o sinal de volta').
- A reference the customer corrects right after writing it ('LO-INV-1 - sorry, LO-INV-2', 'OWD-2025-14, I mean
  OWD-2025-41', 'factura X, perdón, Y'): the later one is the one meant; two references joined otherwise keep their
  order.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, subject: str = "Hello", brand: str = "lo", sign: str = "Nora"):
    return read_body(body + (f"\n\n{sign}" if sign else ""), subject=subject, brand=brand)


# -- 1. a dispute someone else suggested, refused as no need -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The card company offered to open a dispute; we said there was no need for that. Please refund the duplicate "
    "charge.",
    "My accountant suggested a chargeback, but I told her not to bother. Refund the extra payment please.",
    "Mi banco me sugirió hacer un contracargo, pero le dije que no hacía falta. Por favor reembolsen el cobro "
    "duplicado.",
    "O gerente do banco sugeriu abrir um chargeback, mas eu disse que não precisava. Por favor, estornem a cobrança "
    "duplicada.",
    "Ma banque m'a proposé un chargeback, mais je lui ai dit que ce n'était pas la peine. Merci de rembourser le "
    "prélèvement en double.",
    "Bank wale ne chargeback suggest kiya, par maine bola koi zarurat nahi. Double charge refund kar dijiye.",
])
def test_a_suggested_dispute_refused_as_no_need_is_no_threat(body):
    found = read(body)
    assert found.dispute is None
    assert "refund" in found.intents


@pytest.mark.parametrize("body", [
    "My bank suggested I raise a chargeback but I told him there is no need to wait, so I will. Refund the second one.",
    "My bank suggested a chargeback and I told him no need, unless you ignore this. Refund the second one.",
    "My bank suggested a chargeback, I told them it is necessary. Please refund the duplicate charge.",
    "Mi banco me sugirió un contracargo. Si no me devuelven el cobro duplicado, lo haré.",
])
def test_a_dispute_kept_stays_a_threat(body):
    assert read(body).dispute is not None


# -- 2. a first name that is a legal word, signed alone ------------------------------------------------------------

@pytest.mark.parametrize("body, sign, brand", [
    ("We changed our minds about the hosting plan. Can we have the money back?", "Sue", "owd"),
    ("We changed our minds about the hosting plan. Can we have the money back?",
     "Kind regards,\nSue Whitfield\nWhitfield Cycles, Kendal\n01539 000000", "owd"),
    ("Hemos cambiado de idea con el hosting. ¿Nos pueden devolver el dinero?", "Saludos,\nSue", "owd"),
    ("Wir haben es uns mit dem Hosting anders überlegt. Können wir das Geld zurückbekommen?", "Sue", "owd"),
])
def test_a_name_signed_alone_is_no_threat(body, sign, brand):
    found = read(body, brand=brand, sign=sign)
    assert found.dispute is None
    assert "refund" in found.intents


@pytest.mark.parametrize("body, sign", [
    ("Refund the deposit or we will sue.", "Nora"),
    ("Refund the deposit now or I will", "Sue"),
    ("Refund the deposit now.", "Sue you all."),
    ("Refund the deposit now.", "Sue\nIf nothing happens by Friday our solicitors take it from here, believe me."),
    ("Refund the deposit now.", "we will sue"),
])
def test_a_legal_word_in_a_sentence_stays_a_threat(body, sign):
    assert read(body, brand="owd", sign=sign).dispute is not None


# -- 3. the charge told in the verb's bare form ----------------------------------------------------------------------

def reason(body: str) -> str | None:
    return read(body).fields.reason_code


@pytest.mark.parametrize("body", [
    "Sir, you charge me two time for the september month. Kindly refund one.",
    "The amount was deduct twice from my account. Please refund.",
    "Your system have debit our company card 2 times for annual plan, please refund the extra.",
])
def test_a_charge_in_the_bare_verb_form_twice_is_a_duplicate(body):
    assert reason(body) == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "You charge once a month, I know. My debit cards twice declined. Please refund the plan.",
    "I tried to charge my phone two times, the app still crashes. Please refund.",
])
def test_a_bare_verb_without_two_charges_is_no_duplicate(body):
    assert reason(body) != "duplicate_payment"


# -- 4. the money asked back under an everyday name ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Give us our dosh back, the reports have been blank for a week.",
    "We'd like our quid back please, the dashboard is down.",
    "Quiero mi plata de vuelta, no funciona nada.",
    "Ich will meine Kohle zurück, nichts funktioniert.",
])
def test_money_asked_back_under_an_everyday_name_is_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "I want my cash back reward credited to the account, where is it?",
    "I want my cashback points shown on the dashboard.",
    "I want my brass band logo back on the landing page.",
])
def test_cash_back_as_a_reward_or_a_thing_asks_nothing(body):
    assert "refund" not in read(body).intents


# -- 5. a credit for the unused time ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We cancel the annual plan from today. Please issue us a credit for the remaining months.",
    "Please terminate our subscription and arrange a proportional rebate for the unused period.",
    "Cancelamos la suscripción anual. Emitan también una nota de crédito por los meses no usados.",
    "Cancelamos a assinatura anual. Pedimos também um crédito proporcional pelos meses que faltam.",
    "Hum annual plan cancel kar rahe hain. Bache hue mahino ka credit de dijiye.",
])
def test_a_credit_for_the_unused_time_is_a_refund(body):
    assert {"refund", "cancellation"} <= read(body).intents


@pytest.mark.parametrize("body", [
    "We cancel the annual plan. We are not asking for a credit for the unused months.",
    "We cancel the annual plan. Please confirm the credit for the referral bonus.",
    "Cancelamos a assinatura anual. Não queremos nenhum crédito proporcional.",
    "Cancelamos la suscripción anual. No pedimos ningún abono prorrateado por los meses restantes.",
])
def test_a_credit_declined_or_for_something_else_asks_no_refund(body):
    found = read(body)
    assert "refund" not in found.intents
    assert "cancellation" in found.intents


# -- 6. someone asked to get the money back from us -------------------------------------------------------------------

FORWARD = ("Dear Optima,\n\nPlease see below from my client.\n\nGreg\n\nFrom: Ledbury Bakes <hello@ledburybakes.example>\n"
           "Sent: Friday\nTo: Greg\nSubject: the website\n\n{}\nAnne")


@pytest.mark.parametrize("body", [
    "Greg, we're pulling out of the website project. Could you chase the agency for our advance back, OWD-2025-1.",
    "Greg, please ask them for the deposit back, we are not going ahead. OWD-2025-1.",
    "Greg, decidimos no seguir con la web. Pídele a Optima el anticipo de vuelta, por favor, OWD-2025-1.",
    "Greg, decidimos não seguir com o site, estamos sem tempo. Pede à Optima o sinal de volta, por favor, OWD-2025-1.",
])
def test_someone_asked_to_get_the_money_back_is_a_refund(body):
    assert "refund" in read(FORWARD.format(body), brand="owd", sign="").intents


@pytest.mark.parametrize("body", [
    "Greg, please ask them for the logo files back, we need them for the van.",
    "Greg, pídele a Optima los archivos de vuelta, los necesitamos.",
])
def test_someone_asked_for_a_thing_back_asks_no_refund(body):
    assert "refund" not in read(FORWARD.format(body), brand="owd", sign="").intents


# -- 7. a reference corrected right after it ------------------------------------------------------------------------

@pytest.mark.parametrize("body, brand, meant", [
    ("Please refund the deposit OWD-2025-14, I mean OWD-2025-41, we cancelled the project.", "owd", "OWD-2025-41"),
    ("Charged twice on LO-INV-5501 - oops, typo - LO-INV-5510. Refund one please.", "lo", "LO-INV-5510"),
    ("Me cobraron dos veces, factura LO-INV-5501, perdón, LO-INV-5510. Devuelvan una por favor.", "lo", "LO-INV-5510"),
    ("Doppelt abgebucht, Rechnung LO-INV-5501, Korrektur: LO-INV-5510. Bitte einen Betrag erstatten.", "lo",
     "LO-INV-5510"),
])
def test_a_corrected_reference_gives_the_one_meant(body, brand, meant):
    assert read(body, brand=brand).fields.invoice_number == meant


@pytest.mark.parametrize("body", [
    "Please refund LO-INV-5501 (sorry about that) and LO-INV-5510, both were charged wrongly.",
    "Charged twice: LO-INV-5501 and LO-INV-5510. Sorry for the trouble, please refund one.",
])
def test_references_joined_otherwise_keep_their_order(body):
    assert read(body).fields.invoice_number == "LO-INV-5501"
