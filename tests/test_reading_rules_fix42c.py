"""(fix42c) Families the fresh29 and fresh30 rounds missed in Hindi/Hinglish, each with sentences of the test's own
(none taken from the round) in two languages or more, and near misses that must keep reading as before.

- A duplicate told by what the customer counts: two payments sharing one period or amount ('do payment ... dono ek
  hi mahine ke', 'two charges ... both in the same billing month'), 'time' for 'baar' ('3 time kat gaya', 'the
  payment happened 2 times'), one amount a minute apart ('wahi rakam do minute ke antar pe', 'el mismo importe con
  un minuto de diferencia') and two bank alerts of one amount ('2 debit message aaye ₹1,499 ke', 'two SMS from the
  bank for 3999'): a duplicate claimed; the ledger decides (a pair: the second refunded; one charge: escalate).
- A dispute someone else suggested that the customer refuses with a regional or bare 'no' ('maine saaf na bol
  diya', 'hum bole nakko', 'I told them nope'), by the wish to talk with us directly ('aap ke saath seedha', 'I want
  to talk to you directly', 'ich möchte lieber direkt mit Ihnen sprechen'), or after a comma with the customer as
  the subject ('a chargeback, I said no', 'um chargeback, eu disse que não'): no threat (C4), unless a hedge keeps it;
  a lawyer who speaks still does.
- A labelled value closed by a danda ('प्रोजेक्ट: Green Leaf Studio।'): the danda ends it as a full stop does, and
  splits words, so the ledger's project is found and its milestone decided.
- The end of a retainer asked with other romanised spellings ('samaapt kar dijiye', 'radd kar dein'); a project
  about to end ('samaapt hone wala hai') asks nothing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger, read_body, same_month_charges

CFG = config()


def read(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


def reason(body: str, brand: str = "lo") -> str | None:
    return read(body, brand=brand).fields.reason_code


# -- 1. a duplicate told by what the customer counts --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Mere statement mein do payment hain 999 ke, dono ek hi mahine ke. Ek wapas kar dijiye.",
    "Ek hi mahine ke do charge lag gaye, 1499 wale. Please ek refund karo.",
    "Is mahine ke do payment kate, dusra wala wapas kar do.",
    "My statement has two charges of 999 from you, both in the same billing month. Please refund one.",
    "Quarterly ka paisa 3 time kat gaya yaar, refund karo.",
    "Sir the payment happened 2 times on 25th, kindly refund one.",
    "Wahi rakam do minute ke antar pe dobara kat gayi. Refund please.",
    "Me cobraron el mismo importe con un minuto de diferencia. Devuélvanme uno, por favor.",
    "Foi debitado o mesmo valor com um minuto de diferença. Por favor, devolvam um.",
    "Es wurde der gleiche Betrag im Abstand von einer Minute abgebucht. Bitte erstatten Sie einen.",
    "Le même montant a été prélevé à une minute d'intervalle. Merci de rembourser l'un des deux.",
    "Card se 2 debit message aaye ₹1,499 ke, same din. Ek refund karo.",
    "Got two SMS from the bank for 3999 yesterday, please refund the extra one.",
    "I got two debit alerts of Rs 1,499 on the 26th. Please refund one.",
    "Me llegaron dos SMS del banco de 1.499 el día 26. Devuélvanme uno, por favor.",
    "Recebi dois SMS do banco de R$ 1.499 no dia 26. Por favor, devolvam um.",
    "Ich habe zwei SMS von der Bank über 49 € bekommen, am 26. Bitte erstatten Sie eine.",
    "J'ai reçu deux SMS de la banque de 49 € le 26. Merci de rembourser l'un des deux.",
])
def test_a_duplicate_told_by_what_is_counted(body):
    assert reason(body) == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Do payment kiye the, ek August ka aur ek September ka. Refund chahiye.",
    "Maine 2 time login kiya par dashboard nahi khula. Refund chahiye.",
    "Payment 2 time fail hua, phir hua. Refund chahiye.",
    "Do SMS aaye OTP ke, par payment nahi hua. Refund?",
    "The payment failed two times before it went through. Please refund.",
    "I got two texts for the OTP and then nothing. Please refund.",
    "Llamé dos veces con un minuto de diferencia y nadie contestó. Quiero un reembolso.",
    "Ich habe zwei SMS von der Bank mit dem Code bekommen. Bitte erstatten Sie das Geld.",
    "J'ai reçu deux SMS de la banque avec le code. Remboursez-moi.",
    "Recebi dois SMS do banco com o código. Quero reembolso.",
])
def test_counts_that_name_no_second_charge_are_no_duplicate(body):
    assert reason(body) != "duplicate_payment"


def _decide_duplicate(body: str, charges: dict[str, str]):
    when = ist(2025, 9, 10, 10, 0)
    triage = Triage(CFG, same_month_charges(charges, CFG), FixedClock(when + timedelta(hours=1)))
    result = triage.decide([inbound("nora@example.com", LO_ADDRESS, "Refund", when, body + "\n\nNora")])
    return [(d.intent, d.outcome, str(d.amount) if d.amount is not None else None) for d in result.verdict.decisions]


@pytest.mark.parametrize("body", [
    "Card se 2 debit message aaye ₹1,499 ke, same din. Invoice {}. Ek refund karo.",
    "Got two SMS from the bank for 1499 yesterday (invoice {}), please refund the extra one.",
])
def test_a_counted_duplicate_is_decided_on_the_ledger(body):
    pair = {"LO-INV-70001": "2025-09-08T10:00:00", "LO-INV-70002": "2025-09-08T10:01:00"}
    assert _decide_duplicate(body.format("LO-INV-70002"), pair) == [("refund", "approve", "1499.00")]
    one = {"LO-INV-70001": "2025-09-08T10:00:00"}
    assert _decide_duplicate(body.format("LO-INV-70001"), one) == [("refund", "escalate", None)]


# -- 2. a suggested dispute refused: a regional 'no', the wish to talk directly, a comma --------------------------

@pytest.mark.parametrize("body", [
    "Bank waalon ne bola chargeback karo, maine saaf na bol diya, aap ke saath seedha baat karunga. "
    "Extra charge refund karo.",
    "Bank bola chargeback karo. Hum bole nakko. Double payment ka refund karo.",
    "Chargeback-vargaira nakko, seedha refund karo double payment ka.",
    "My bank suggested a chargeback but I want to talk to you directly. Please refund the extra charge.",
    "My bank suggested a chargeback, I said no. Please refund the second charge.",
    "My bank suggested a chargeback, we told them no. Please refund the second charge.",
    "Meine Bank hat mir eine Rückbuchung vorgeschlagen, aber ich möchte lieber direkt mit Ihnen sprechen. "
    "Bitte erstatten Sie die doppelte Abbuchung.",
    "Die Bank hat eine Rückbuchung vorgeschlagen, ich sagte nein. Bitte erstatten Sie die doppelte Abbuchung.",
    "Ma banque m'a proposé un chargeback, mais je préfère en parler directement avec vous. "
    "Remboursez le prélèvement en double svp.",
    "Mi banco me sugirió un contracargo, pero quiero hablar directamente con ustedes. Devuélvanme el cobro duplicado.",
    "O banco sugeriu um chargeback, eu disse que não. Por favor, estornem a cobrança duplicada.",
])
def test_a_suggested_dispute_refused_is_no_threat(body):
    found = read(body)
    assert found.dispute is None
    assert "refund" in found.intents


@pytest.mark.parametrize("body", [
    "Bank wale bole chargeback karo, maine nahi kaha ki karunga, par agar refund nahi mila to karunga.",
    "Refund nahi diya to chargeback karunga, nakko bolne ka koi fayda nahi.",
    "My bank suggested a chargeback, but I want to talk to you directly, and if you don't refund me by Friday "
    "I will file it.",
    "Meine Bank hat mir eine Rückbuchung vorgeschlagen, aber ich möchte lieber direkt mit Ihnen sprechen, und wenn "
    "Sie nicht bis Freitag erstatten, mache ich sie.",
    "My lawyer, he says I should refuse. Please refund the second charge.",
    "Mein Anwalt, der sagte nein. Bitte erstatten Sie die doppelte Abbuchung.",
    "O meu advogado, ele disse que não. Por favor, estornem a cobrança duplicada.",
])
def test_a_dispute_kept_or_a_lawyer_speaking_stays_a_threat(body):
    assert read(body).dispute is not None


# -- 3. a labelled value closed by a danda -----------------------------------------------------------------------------

@pytest.mark.parametrize("body, name", [
    ("नमस्ते, कृपया माइलस्टोन 2 (OWD-2025-61) की राशि लौटा दें, काम अभी शुरू नहीं हुआ। प्रोजेक्ट: Green Leaf Studio।",
     "Green Leaf Studio"),
    ("Milestone 2 ka paisa wapas kar dijiye, kaam shuru nahi hua. Project ka naam: Green Leaf Studio। Dhanyavaad",
     "Green Leaf Studio"),
    ("Please refund milestone 2, the work has not started. Project: Green Leaf Studio. Thanks", "Green Leaf Studio"),
])
def test_a_danda_ends_a_labelled_name_as_a_full_stop_does(body, name):
    assert read(body, brand="owd").fields.project_name == name


OWD_LEDGER = {
    "projects": [{"brand": "optima_webdesign", "name": "Green Leaf Studio", "contract_email": "nora@example.com",
                  "work_started_at": None}],
    "payments": [{"brand": "optima_webdesign", "id": "pay_m2", "invoice": "OWD-2025-61", "project": "Green Leaf Studio",
                  "kind": "milestone", "amount": "18000.00", "tax": "0.00", "currency": "INR",
                  "paid_at": "2025-09-01T10:00:00", "status": "paid", "milestone_status": "not_started"}],
}


@pytest.mark.parametrize("project, outcome", [("Green Leaf Studio", "approve"), ("Blue Lotus Cafe", "escalate")])
def test_a_milestone_named_before_a_danda_is_decided(project, outcome):
    when = ist(2025, 9, 10, 10, 0)
    triage = Triage(CFG, ledger(OWD_LEDGER, CFG), FixedClock(when + timedelta(hours=1)))
    body = ("नमस्ते,\n\nनिवेशक पीछे हट गए इसलिए दूसरा चरण (OWD-2025-61) हम नहीं करवाएँगे, जो अभी शुरू नहीं हुआ है। "
            f"कृपया उसकी राशि लौटा दें। प्रोजेक्ट: {project}।\n\nधन्यवाद\nनोरा")
    result = triage.decide([inbound("nora@example.com", OWD_ADDRESS, "माइलस्टोन का रिफंड", when, body)])
    assert [(d.intent, d.outcome) for d in result.verdict.decisions] == [("refund", outcome)]


# -- 4. the end of a retainer in other romanised spellings ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Kripya hamara maintenance plan samaapt kar dijiye.",
    "Subscription radd kar dein please.",
    "कृपया रिटेनर समाप्त कर दें।",
])
def test_the_end_asked_in_other_spellings_is_a_cancellation(body):
    assert "cancellation" in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Project samaapt hone wala hai, final invoice bhejiye.",
    "Retainer samaapt karne ka koi plan nahi hai, bas invoice bhejiye.",
])
def test_an_end_told_or_denied_asks_no_cancellation(body):
    assert "cancellation" not in read(body, brand="owd").intents
