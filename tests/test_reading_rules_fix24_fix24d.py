"""Reading rules of the fresh17 reading pass for German, French and Hinglish (fix24d), each with sentences of its
own (none copied from any round or from the phrasebook); every positive was read otherwise before fix24d.

- The money asked back in Swabian, Bavarian or Swiss dialect ('zrück', 'zrugg'), a wish or 'bitte' in the clause;
  money told as back ('isch scho zrück') asks nothing.
- An access failure in dialect ('kumm ned eini', 'lädt net') or in learner's German without 'mich' ('ich kann nicht
  einloggen'), a password-reset mail that never comes; a reset mail that arrived is none.
- A refund told as received with the Austrian 'eingelangt' or 'gelandet' is a past event; 'noch nicht eingelangt' is
  still awaited.
- A refund demanded by a deadline told with 'Sollte ... keine Erstattung ..., wende ich mich an ...': the decline
  word sets the condition of the threat, the refund is asked (and C4 escalates it).
- A lawyer's title on its own line of the sender's own signature ('Rechtsanwältin', 'Avocate au barreau de Lyon',
  'Solicitor', 'Advocate, High Court') threatens nothing; 'Hochachtungsvoll' closes the text as a sign-off.  A
  lawyer named in a sentence is still a threat, and so is a title line under a refund demand (the fix22 rule).
- French: cancelled, then debited after a long aside ('et pourtant j ai été prélevé'); 'pourtant je n ai pas été
  prélevé' is no error.
- Hinglish with Gujarati forms: 'cancel karyu hatu' tells a past cancellation (no new one), and a debit after it
  ('still ... kat gaya') is a billing error.
"""

from __future__ import annotations

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, config, inbound, ist, ledger, read_body

CFG = config()
R, C, NONE = {"refund"}, {"cancellation"}, set()


def read(body: str):
    return read_body(body)


# -- German dialect: money asked back ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Grüß Gott, mir hend des Abo zahlt und brauchet's nimmer. Bitte des Geld zrück.",
    "I hätt gern mei Geld zrugg, mir brauchet des Programm nimmer.",
    "Des Geld will i zrück, des Programm taugt nix.",
])
def test_money_asked_back_in_dialect_is_a_refund(body):
    assert read(body).intents == R


@pytest.mark.parametrize("body", [
    "Des Geld isch scho zrück, passt, danke.",
    "I hab mei Geld zrück kriegt, alles guat.",
    "Mir kommet zrück, wenn mer wieder Zeit hend.",
])
def test_money_told_as_back_or_a_return_told_is_no_refund(body):
    assert read(body).intents == NONE


# -- access failures -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Seit Montag kumm i ned eini in des Konto. Bitte des Geld zrück.",
    "Des Dashboard lädt net, i möcht mei Geld zrück haben.",
    "Ich kann seit Dienstag nicht einloggen, bitte Geld zurück.",
    "Das Passwort-Reset-Mail kommt einfach nie an, ich möchte mein Geld zurück.",
    "Ich komme seit Freitag nimmer rein, bitte Geld zurück.",
    "Wir kommen net rein ins Dashboard, bitte Geld zurück.",
])
def test_a_login_refused_in_dialect_or_learners_german_is_an_access_failure(body):
    found = read(body)
    assert found.intents == R
    assert found.fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Das Passwort-Reset-Mail ist angekommen, danke. Bitte kündigen Sie trotzdem mein Abo.",
    "Des Dashboard lädt schnell, aber mir brauchet's nimmer. Bitte kündigen.",
])
def test_a_login_that_works_is_no_access_failure(body):
    found = read(body)
    assert found.intents == C
    assert found.fields.reason_code != "access_failure"


# -- a refund received, told in Austrian words ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Kurze Info: die Rückerstattung ist gestern auf unserem Konto eingelangt. Danke!",
    "Die Gutschrift für die doppelte Abbuchung ist heute am Konto gelandet, vielen Dank.",
])
def test_a_refund_told_as_arrived_asks_nothing(body):
    assert read(body).intents == NONE


def test_a_refund_not_yet_arrived_is_still_asked():
    assert read("Die Rückerstattung ist bis heute noch nicht eingelangt, bitte prüfen Sie das.").intents == R


# -- a refund demanded by a deadline -------------------------------------------------------------------------

def test_a_deadline_told_with_sollte_demands_the_refund():
    found = read("Sollte bis Donnerstag keine Rückerstattung erfolgen, wende ich mich an die Verbraucherzentrale.")
    assert found.intents == R
    assert found.dispute is not None


def test_a_refund_declined_outright_stays_declined():
    assert read("Ich will keine Rückerstattung, nur die Rechnung als PDF.").intents == NONE


# -- a lawyer's title in the sender's own signature ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hiermit kündige ich mein Abo zum nächsten Termin.\n\nDr. Lena Brandt\nRechtsanwältin\n",
    "Bitte kündigen Sie unseren Vertrag.\n\nJonas Weber\nRechtsanwalt und Notar\nKanzlei Weber, Graz\n",
    "Hiermit kündige ich mein Abo.\n\nHochachtungsvoll\nDr. Lena Brandt\nFachanwältin für Familienrecht\n",
    "Merci de résilier mon abonnement à la fin du mois.\n\nClaire Dubois\nAvocate au barreau de Lyon\n",
    "Please cancel my plan at the end of the term.\n\nJane Doe\nSolicitor\n",
    "Please cancel my plan when this month ends.\n\nJane Doe\nAttorney at Law\n",
    "Mera plan cancel kar do please.\n\nRakesh Mehta\nAdvocate, High Court\n",
])
def test_a_lawyers_title_in_the_own_signature_is_no_threat(body):
    found = read(body)
    assert found.intents == C
    assert found.dispute is None


@pytest.mark.parametrize("body", [
    "Bitte kündigen Sie mein Abo, sonst schalte ich meinen Anwalt ein.\n\nLena Brandt\n",
    "Merci de résilier mon abonnement, sinon je contacte mon avocat.\n\nClaire\n",
    "Please cancel my plan or I will call my solicitor.\n\nJane\n",
    "Mera plan cancel kar do warna vakil se baat karunga.\n\nRakesh\n",
])
def test_a_lawyer_named_in_a_sentence_is_still_a_threat(body):
    assert read(body).dispute is not None


def test_a_title_line_under_a_refund_demand_is_still_a_threat():
    found = read("Je demande le remboursement de la dernière facture.\n\nClaire Dubois\nAvocate au barreau de Lyon\n")
    assert found.intents == R
    assert found.dispute is not None


# -- French: cancelled, then debited after a long aside ------------------------------------------------------

def test_debited_after_cancelling_with_a_long_aside_is_a_billing_error():
    found = read("J'avais résilié mon abonnement annuel tout début août (je l'avais fait moi-même en ligne, depuis la "
                 "rubrique Facturation de mon compte), et pourtant j'ai été prélevé le 12. Remboursez-moi.")
    assert found.intents == R
    assert found.fields.reason_code == "billing_error"


def test_not_debited_after_cancelling_is_no_billing_error():
    found = read("J'avais résilié mon abonnement annuel tout début août (je l'avais fait moi-même en ligne, depuis la "
                 "rubrique Facturation de mon compte), et pourtant je n'ai pas été prélevé. Merci.")
    assert found.intents == NONE
    assert found.fields.reason_code != "billing_error"


# -- Hinglish with Gujarati forms ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Maine plan cancel karyu hatu, toh bhi paisa kat gayu. Refund aapo.",
    "July ma j plan cancel karyu hatu, still 5 tarikh ko 999 kat gaya. Refund aapo please.",
])
def test_charged_after_a_past_cancellation_in_gujarati_forms_is_a_billing_error(body):
    found = read(body)
    assert found.intents == R
    assert found.fields.reason_code == "billing_error"


def test_a_past_cancellation_in_gujarati_forms_without_a_charge_asks_nothing():
    assert read("Maine plan cancel karyu hatu, still koi charge nahi kata. Thank you.").intents == NONE


def test_a_cancellation_asked_in_gujarati_forms_is_still_asked():
    assert read("Plan cancel karvu che, please.").intents == C


# -- end to end ----------------------------------------------------------------------------------------------

def _lo_ledger():
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-20",
                           "current_period_end": "2025-10-19"}],
            "payments": [{"brand": "leadsoptima", "id": "p1", "invoice": "LO-INV-72401",
                          "customer_email": "nora@example.com", "kind": "subscription", "plan": "monthly",
                          "amount": "1499.00", "tax": "0.00", "currency": "INR", "paid_at": "2025-09-20T10:00:00",
                          "period_start": "2025-09-20", "period_end": "2025-10-19", "status": "paid"}]}
    return ledger(data, CFG)


def _decide(subject: str, body: str):
    when = ist(2025, 9, 22, 10, 0)
    triage = Triage(CFG, _lo_ledger(), FixedClock(when))
    return triage.decide([inbound("nora@example.com", LO_ADDRESS, subject, when, body)]).verdict


def test_a_dialect_login_failure_escalates_the_refund_end_to_end():
    verdict = _decide("Konto", "Servus,\n\nseit Samstag kumm i ned eini, des Dashboard lädt net. "
                               "LO-INV-72401, des Geld will i zrück.\n\nNora")
    assert [(d.intent, d.outcome) for d in verdict.decisions] == [("refund", "escalate")]
    assert "L6" in verdict.decisions[0].rules


def test_a_lawyers_own_signature_cancels_without_escalation_end_to_end():
    verdict = _decide("Kündigung", "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Abo fristgerecht.\n\n"
                                   "Hochachtungsvoll\nNora Berger\nRechtsanwältin\n")
    assert [(d.intent, d.outcome) for d in verdict.decisions] == [("cancellation", "cancel")]
    assert "C4" not in verdict.rules


def test_a_gujarati_past_cancellation_adds_no_new_cancellation_end_to_end():
    verdict = _decide("Charge", "Hello, maine August ma j plan cancel karyu hatu, still 20 tarikh ko 1499 kat gaya "
                                "(LO-INV-72401). Refund aapo please.\nNora")
    assert [(d.intent, d.outcome) for d in verdict.decisions] == [("refund", "escalate")]
