"""Reading and decision rules generalised from the fifth fresh round's German and French misses (fix13,
acc6b), each with sentences of its own (none copied from any round): cancelling a one-off project
payment while asking it back is one refund request (every language); German money asked back as
"X bitte zurück" / "zurückfordern"; withdrawing from a contract ("vom Vertrag zurücktreten", "droit de
rétractation", "withdraw from the contract") is a cancellation; a French service named in quotes
ended with "mettre fin au" / "on arrête la"; "changed my mind" is a reason in fr, de, es, pt and
Hinglish; French and German "charged anyway after cancelling" is a billing error (L2); a short
reason after a colon."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", reader=LO, to=LO_ADDRESS, sender="nora@example.com"):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body))


def owd(body: str, subject: str = "Hello"):
    return read(body, subject, reader=OWD, to=OWD_ADDRESS)


# -- cancelling a one-off project payment and asking it back is one refund request ----------------

ONE_OFF = "hello@lakesidebakery.example"
WITH_PLAN = "office@northdental.example"


def _projects_ledger():
    base = {"brand": "optima_webdesign", "currency": "INR", "tax": "0.00", "status": "paid",
            "paid_at": "2025-09-08T10:00:00"}
    bakery = dict(base, project="Lakeside Bakery Site")
    dental = dict(base, project="North Dental Site")
    return {"projects": [{"brand": "optima_webdesign", "name": "Lakeside Bakery Site", "contract_email": ONE_OFF,
                          "work_started_at": None},
                         {"brand": "optima_webdesign", "name": "North Dental Site", "contract_email": WITH_PLAN,
                          "work_started_at": None}],
            "payments": [dict(bakery, id="pb1", invoice="OWD-2025-7901", kind="discovery", amount="9000.00"),
                         dict(bakery, id="pb2", invoice="OWD-2025-7902", kind="deposit", amount="20000.00"),
                         dict(bakery, id="pb3", invoice="OWD-2025-7903", kind="milestone", amount="30000.00",
                              milestone_status="not_started"),
                         dict(dental, id="pd1", invoice="OWD-2025-7911", kind="deposit", amount="15000.00"),
                         dict(dental, id="pd2", invoice="OWD-2025-7912", kind="retainer", amount="8000.00",
                              period_start="2025-09-01", period_end="2025-09-30",
                              next_billing_at="2025-10-01T00:00:00")]}


def _decide(body: str, subject: str, sender: str = ONE_OFF):
    when = ist(2025, 9, 10, 10, 0)
    triage = Triage(CFG, ledger(_projects_ledger(), CFG), FixedClock(when + timedelta(hours=1)))
    return triage.decide([inbound(sender, OWD_ADDRESS, subject, when, body)])


def _outcomes(result):
    return [(d.intent, d.outcome) for d in result.verdict.decisions]


@pytest.mark.parametrize("subject, body", [
    ("Meilenstein stornieren", "Guten Tag, bitte stornieren Sie Meilenstein 3 (OWD-2025-7903) für die Lakeside "
                               "Bakery Site und erstatten Sie die Zahlung, weil wir den Onlineshop gestrichen haben."),
    ("Annulation acompte", "Bonjour, nous annulons le projet Lakeside Bakery Site : merci de rembourser l'acompte "
                           "OWD-2025-7902, parce que le local a été vendu."),
    ("Cancel discovery + refund", "Hi, please cancel the discovery workshop (OWD-2025-7901) for Lakeside Bakery "
                                  "Site and refund it, because the owners have decided to sell the bakery."),
    ("discovery cancel", "Namaste, Lakeside Bakery Site ka discovery session cancel kar dijiye aur OWD-2025-7901 ka "
                         "refund de dijiye, kyunki bakery bechne ka faisla ho gaya hai."),
    ("Cancelar hito", "Hola, cancelen el hito OWD-2025-7903 de Lakeside Bakery Site y reembolsen el pago, porque "
                      "el cliente cerró el local."),
])
def test_a_cancelled_one_off_payment_asked_back_is_only_a_refund(subject, body):
    result = _decide(body, subject)
    assert result.verdict.status == "decided"
    assert [intent for intent, _ in _outcomes(result)] == ["refund"]
    assert _outcomes(result)[0][1] == "approve"


def test_a_one_off_payment_cancelled_without_a_refund_is_still_acknowledged():
    result = _decide("Hello, please cancel milestone OWD-2025-7903 for Lakeside Bakery Site, because the shop "
                     "module is no longer needed.", "Cancel milestone")
    assert _outcomes(result) == [("cancellation", "cancel")]


def test_a_project_with_a_plan_keeps_both_parts():
    result = _decide("Hello, please refund the deposit OWD-2025-7911 for North Dental Site and cancel, because "
                     "the practice has been sold.", "Refund and cancel", sender=WITH_PLAN)
    assert [intent for intent, _ in _outcomes(result)] == ["refund", "cancellation"]


# -- German: money asked back without a refund word ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Die Anzahlung für die Praxisseite bitte zurück, wir haben umdisponiert.",
    "Das Geld für Rechnung OWD-2025-7001 zurück, bitte.",
    "Die Rechnung OWD-2025-7002 möchten wir zurückfordern, das Modul wird nicht gebraucht.",
])
def test_german_money_asked_back(body):
    assert "refund" in owd(body).intents


@pytest.mark.parametrize("body", [
    "Bitte schicken Sie die unterschriebene Seite zurück.",
    "Ich rufe morgen zurück, bitte kündigen Sie den Wartungsvertrag.",
    "Wir fordern das Geld nicht zurück, bitte nur den Hostingvertrag kündigen.",
])
def test_german_near_misses_ask_no_money_back(body):
    assert "refund" not in owd(body).intents


# -- withdrawing from a contract is a cancellation -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hiermit treten wir vom Hostingvertrag „Praxis Nord“ zurück, da wir die Praxis schließen.",
    "Wir möchten vom Wartungsvertrag zurücktreten, weil der Verein die Seite selbst pflegt.",
    "Betreff Rücktritt vom Vertrag: wir haben eine eigene IT-Abteilung.",
    "Ich widerrufe meinen Wartungsvertrag, weil wir die Firma schließen.",
    "Nous nous rétractons du contrat de maintenance, car nous fermons la boutique.",
    "J'exerce mon droit de rétractation pour le contrat d'hébergement.",
    "We are withdrawing from the contract because the clinic is closing.",
    "Desistimos del contrato de mantenimiento porque cerramos la tienda.",
    "Desistimos do contrato de manutenção porque vamos fechar a loja.",
])
def test_withdrawing_from_a_contract_is_a_cancellation(body):
    assert "cancellation" in owd(body).intents


@pytest.mark.parametrize("body", [
    "Unser Kassenwart tritt vom Amt zurück, die neue Kassenwartin meldet sich.",
    "Wir sind letzte Woche vom Vertrag zurückgetreten und haben die Bestätigung erhalten.",
    "Le prestataire s'est rétracté avant de signer, rien à voir avec vous.",
])
def test_near_misses_of_withdrawal_are_no_cancellation(body):
    assert "cancellation" not in owd(body).intents


@pytest.mark.parametrize("body", [
    "J'exerce mon droit de rétractation pour le contrat d'hébergement.",
    "Ich mache von meinem Widerrufsrecht Gebrauch und widerrufe den Hostingvertrag.",
    "Selon le code de la consommation, vous devez me rembourser l'abonnement.",
])
def test_a_statutory_withdrawal_right_is_a_legal_claim_for_a_person(body):
    assert owd(body).dispute is not None  # C4: a person decides every intent (section 8)


def test_an_ordinary_withdrawal_is_no_legal_claim():
    assert owd("Wir möchten vom Wartungsvertrag zurücktreten, weil der Verein die Seite selbst pflegt.").dispute is None


# -- French: a service named in quotes, ended ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Je mets fin au « Suivi SEO Atelier Roux », nous reprenons tout en interne.",
    "On arrête la « Campagne Ads Printemps » dès ce mois-ci, le budget est épuisé.",
    "Nous arrêtons le \"Community management Café Lune\" à la fin du mois.",
])
def test_french_quoted_service_ended_is_a_cancellation(body):
    assert "cancellation" in owd(body).intents


def test_french_quoted_thing_ended_by_someone_else_is_no_cancellation():
    assert "cancellation" not in owd("Le graphiste a mis fin au « brouillon » hier soir.").intents


# -- "changed my mind" is a reason (L1 deny, not a question) ---------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, j'ai changé d'avis. Pouvez-vous me rembourser LO-INV-5501 ?",
    "Ich habe mich umentschieden. Bitte erstatten Sie LO-INV-5501.",
    "He cambiado de opinión. Reembolsen LO-INV-5501, por favor.",
    "Mudei de ideia, desculpem. Por favor reembolsem LO-INV-5501.",
    "Mera mann badal gaya. LO-INV-5501 ka refund kar dijiye.",
])
def test_a_change_of_mind_is_the_reason(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.fields.reason is not None and found.fields.reason_code == "other"


def test_a_bare_refund_request_still_has_no_reason():
    assert read("Bonjour, pouvez-vous me rembourser LO-INV-5501 ?").fields.reason is None


def test_a_change_of_mind_decides_the_leadsoptima_refund():
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-09",
                           "current_period_end": "2025-10-08"}],
            "projects": [],
            "payments": [{"brand": "leadsoptima", "id": "lp1", "invoice": "LO-INV-5501",
                          "customer_email": "nora@example.com", "kind": "subscription", "plan": "monthly",
                          "amount": "999.00", "tax": "0.00", "currency": "INR", "paid_at": "2025-09-09T10:00:00",
                          "period_start": "2025-09-09", "period_end": "2025-10-08", "status": "paid"}]}
    when = ist(2025, 9, 10, 10, 0)
    triage = Triage(CFG, ledger(data, CFG), FixedClock(when + timedelta(hours=1)))
    body = "Bonjour, j'ai changé d'avis. Pouvez-vous me rembourser LO-INV-5501 ?"
    result = triage.decide([inbound("nora@example.com", LO_ADDRESS, "Remboursement", when, body)])
    assert result.verdict.status == "decided"
    assert _outcomes(result) == [("refund", "deny")]


# -- charged anyway after cancelling is a billing error (L2) ---------------------------------------

@pytest.mark.parametrize("body", [
    "J'ai résilié en août mais j'ai quand même été prélevé le 3 septembre, merci de me rembourser.",
    "Vous m'avez débité après ma résiliation, remboursez-moi s'il vous plaît.",
    "J'ai été facturée alors que j'avais annulé mon abonnement, merci de rembourser.",
    "Obwohl wir im August gekündigt haben, wurden uns 1.499 € berechnet. Bitte erstatten.",
    "Ich hatte gekündigt. Dennoch wurde der Betrag abgebucht, bitte erstatten Sie ihn.",
])
def test_charged_after_cancelling_is_a_billing_error(body):
    assert read(body).fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "J'ai été prélevé le 3 septembre comme prévu, mais je n'utilise plus l'outil. Merci de me rembourser.",
    "Der Betrag wurde wie vereinbart abgebucht, wir nutzen es aber nicht mehr. Bitte erstatten.",
])
def test_an_ordinary_charge_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"


# -- a short reason after a colon ---------------------------------------------------------------------------

def test_a_short_reason_after_a_colon():
    found = owd("Je mets fin au contrat de référencement de notre site (facture OWD-2025-7120) : ma fille "
                "reprend tout.")
    assert found.fields.reason == "ma fille reprend tout"


def test_a_name_after_a_colon_is_no_reason():
    found = owd("Merci de résilier le contrat de maintenance suivant pour nous : Référencement Atelier Roux Lyon")
    assert found.fields.reason is None
