"""Rules of fix39b behind fresh27's German misses, each family with sentences of its own (none copied from any round
or from the phrasebook), in two languages or more, and the negatives that must read as before.

- The sign-in failing told by its noun with the verb first ("heute klappt der Login schon wieder nicht", "no me
  funciona el login", "não funciona o login"), by its noun in French or English ("la connexion à mon compte ne
  fonctionne plus", "login doesn't work"), or as an error shown at sign-in ("beim Einloggen erscheint eine
  Fehlermeldung", "message d'erreur lors de la connexion") is an access failure (``reasons.access_failure``); a
  mistake made when signing up, the customer's own internet line or another feature failing is none.
- A written confirmation asked for with the confirmation as the subject or in the passive ("Um kurze Rückmeldung
  wird gebeten", "Un accusé de réception serait apprécié", "Se ruega confirmación por escrito") is a formality, no
  reason (``text.not_reason``): Optima asks for the reason (C3); a real reason beside it is still read.
- The money named in the sentence just before and asked back by a demonstrative or a pronoun of its gender or number
  in a wish opening the next sentence ("Können wir die zurückbekommen?", "Das hätten wir gern wieder zurück",
  "nous voudrions le ravoir") is a refund (``intents.refund``, the rule of fix24b); files, a logo or mock-ups wanted
  back, or the wish inside a later sentence about something else, ask nothing.
- The charge asked back by its invoice number or its rank alone, the verb left out ("Die Abbuchung 30511 bitte
  zurück", "LO-INV-30511 back please", "the duplicate one back please", "merci de nous rendre la LO-INV-30511"),
  also beside a cancellation, counted only with money named in reach (``intents.refund_by_pronoun``,
  ``intents.money_named``, new in de and fr); without money in reach ("The second one back please" about a logo) or with no
  reference ("Bitte die 2 Dateien zurück") it asks nothing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import OWD_ADDRESS, config, inbound, ist, ledger, read_body

ASK_DE = " Bitte erstatten Sie mir den Monat."
ASK_FR = " Merci de me rembourser le mois."
ASK_EN = " Please refund the month."


# -- 1. the sign-in failing, its verb first or an error at sign-in ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Heute klappt der Login schon wieder nicht." + ASK_DE,
    "Seit gestern funktioniert die Anmeldung bei uns gar nicht." + ASK_DE,
    "Beim Einloggen erscheint jedes Mal eine Fehlermeldung." + ASK_DE,
    "Ich bekomme immer einen Fehler beim Einloggen." + ASK_DE,
    "Depuis lundi la connexion à mon compte ne fonctionne plus." + ASK_FR,
    "J'ai un message d'erreur lors de la connexion." + ASK_FR,
    "Login doesn't work since Monday." + ASK_EN,
    "No me funciona el login desde ayer. Por favor reembolsen el mes.",
    "Não funciona o login desde sexta. Por favor reembolsem o mês.",
    "Aparece um erro sempre que tento entrar. Por favor reembolsem o mês.",
])
def test_the_sign_in_failing_is_an_access_failure(body):
    got = read_body(body)
    assert "refund" in got.intents and got.fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Beim Anmelden habe ich einen Fehler gemacht." + ASK_DE,
    "Geht das Einloggen nicht auch mit Google?" + ASK_DE,
    "Ma connexion internet ne marche plus." + ASK_FR,
    "The export doesn't work." + ASK_EN,
])
def test_a_mistake_at_sign_up_or_another_failure_is_no_access_failure(body):
    assert read_body(body).fields.reason_code != "access_failure"


# -- 2. a confirmation asked for in the passive is no reason ---------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hiermit kündigen wir den Wartungsvertrag fristgerecht.\n\nUm kurze Rückmeldung wird gebeten.",
    "Hiermit kündigen wir den Wartungsvertrag.\n\nWir ersuchen höflich um Eingangsbestätigung.",
    "Hiermit kündigen wir den Wartungsvertrag.\n\nEine kurze Bestätigung wäre sehr nett.",
    "Je résilie le contrat de maintenance.\n\nUn accusé de réception serait apprécié.",
    "Je résilie le contrat de maintenance.\n\nJe souhaite recevoir une confirmation par écrit.",
    "We are terminating the maintenance contract.\n\nWritten confirmation would be appreciated.",
    "Damos de baja el contrato de mantenimiento.\n\nSe ruega confirmación por escrito.",
    "Cancelamos o contrato de manutenção.\n\nAgradecemos uma confirmação por escrito.",
])
def test_a_confirmation_asked_for_is_no_reason(body):
    got = read_body(body, subject="Kündigung", brand="owd")
    assert "cancellation" in got.intents and got.fields.reason is None


@pytest.mark.parametrize("body, word", [
    ("Wir kündigen den Wartungsvertrag, weil wir das Café schließen.\n\nUm Bestätigung wird gebeten.", "Café"),
    ("Die Bestätigung der letzten Änderung kam nie, deshalb kündigen wir den Vertrag.", "Bestätigung"),
    ("Je résilie le contrat car nous fermons l'atelier.\n\nUne confirmation écrite est souhaitée.", "atelier"),
    ("The confirmation you promised never came, so we are terminating the contract.", "confirmation"),
])
def test_a_reason_beside_the_confirmation_is_still_read(body, word):
    got = read_body(body, subject="Kündigung", brand="owd")
    assert got.fields.reason and word in got.fields.reason


CFG = config()
CONTRACT = "atelier.lenz@example.at"
PAID = ist(2025, 9, 1, 10, 0)
ASKED = PAID + timedelta(days=10)
LEDGER = {
    "projects": [{"brand": "optima_webdesign", "name": "Atelier Lenz Wartung", "contract_email": CONTRACT,
                  "work_started_at": "2025-09-02T10:00:00"}],
    "payments": [{"brand": "optima_webdesign", "id": "w1", "invoice": "OWD-2025-8801", "project": "Atelier Lenz Wartung",
                  "kind": "retainer", "amount": "9000.00", "currency": "INR", "tax": "0.00", "status": "paid",
                  "paid_at": "2025-09-01T10:00:00"}],
}


def test_a_cancellation_with_only_the_formality_asks_for_the_reason():
    body = ("Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die \"Atelier Lenz Wartung\" (OWD-2025-8801) "
            "zum nächstmöglichen Zeitpunkt.\n\nUm eine schriftliche Eingangsbestätigung wird höflich gebeten.\n\n"
            "Hochachtungsvoll\nMag. Erwin Lenz")
    triage = Triage(CFG, ledger(LEDGER, CFG), FixedClock(ASKED + timedelta(days=1)))
    verdict = triage.decide([inbound(CONTRACT, OWD_ADDRESS, "Kündigung", ASKED, body)]).verdict
    assert (verdict.status, verdict.missing, verdict.decisions) == ("need_info", ["reason"], [])


# -- 3. the money named, then asked back by a pronoun ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Die Servicepauschale war viel zu hoch. Können wir die zurückbekommen?",
    "Die Aktivierungsgebühr war ein Versehen, wir möchten sie bitte zurück.",
    "Den Betrag haben Sie doppelt eingezogen. Das hätten wir gern wieder zurück.",
    "L'acompte a été débité deux fois. Nous voudrions le ravoir.",
    "Les frais d'activation étaient trop chers. Pourrions-nous les récupérer ?",
])
def test_money_named_then_wanted_back_by_a_pronoun_is_a_refund(body):
    assert "refund" in read_body(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Die Logodateien sind verschwunden. Wir hätten sie gerne zurück.",
    "Die Aktivierungsgebühr ist in Ordnung. Wir möchten das nicht zurück.",
    "Les maquettes ont disparu. On aimerait les récupérer.",
    "Les frais sont corrects, on ne peut pas les récupérer.",
    "Die Anzahlung ist in Ordnung. Ihr habt das Logo entfernt, wir hätten das gern zurück.",
    "Les frais sont corrects. Vous avez supprimé les photos, on aimerait les récupérer.",
])
def test_no_money_in_reach_or_a_refusal_is_no_refund(body):
    assert "refund" not in read_body(body, brand="owd").intents


# -- 4. the charge asked back by its reference or rank alone ----------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Doppelt + Kündigung", "Am 2.9. wurde zweimal abgebucht. Die Abbuchung 30511 bitte zurück.\nUnd wir kündigen."),
    ("Doppelt + Kündigung", "Zweimal belastet (LO-INV-30510, LO-INV-30511). Bitte die LO-INV-30511 zurück, "
                            "ausserdem kündigen wir zum Laufzeitende."),
    ("Charged twice + cancel", "Charged twice this month (LO-INV-30510, LO-INV-30511). LO-INV-30511 back please.\n"
                               "Also cancel the plan at the end of the term."),
    ("Charged twice + cancel", "You debited us twice; the duplicate one back please. And cancel the plan."),
    ("Double prélèvement + résiliation", "Prélevé deux fois en septembre. Merci de nous rendre la LO-INV-30511.\n"
                                         "Nous résilions aussi."),
])
def test_a_charge_asked_back_by_its_reference_is_a_refund(subject, body):
    assert read_body(body, subject=subject).intents == {"refund", "cancellation"}


@pytest.mark.parametrize("subject, body", [
    ("Kündigung", "Bitte die 2 Dateien zurück. Wir kündigen."),
    ("Kündigung", "Bitte die Sendung 12345 zurück. Wir kündigen."),
    ("Cancel", "Our old logo was replaced by a new one. The second one back please, and cancel the plan."),
    ("Résiliation", "Merci de me rendre la clé 12345. Nous résilions."),
])
def test_no_reference_or_no_money_asks_no_refund(subject, body):
    assert read_body(body, subject=subject).intents == {"cancellation"}
