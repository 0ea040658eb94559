"""Reading rules of fix34b (reasons; requests lost or missed), each with sentences of its own (none copied from any
round or from the phrasebook).

1. Priorities revised ("as the management has changed its priorities", "following a reprioritisation") are a reason
   (en; the other packs read it through their own cause words); "as discussed with management" is none.
2. A list declined with "ni ... ni nada" / "nem ... nem nada" ends there: the ask after it ("ni nada, solo cancelen")
   is still asked, and "ni"/"nem" never reaches past a comma or a full stop.
3. A negation carried to the second intent: "y tampoco cancelar" (es), "kündigen wollen wir auch nicht" (de), and a
   negation ending a hard-wrapped line ("... und auch nicht\\nkündigen") reaches the intent word opening the next line.
4. The unused days, weeks or months wanted back ("I'd like the other twelve days back") ask for a refund, in every pack.
5. A forward by the account holder of a message a person wrote to them (a colleague's "we no longer need the site"):
   the forwarded words give the reason; a forwarded notice of a business still gives none (fix14).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import OWD_ADDRESS, config, inbound, ist, ledger, read_body


# -- 1. priorities revised ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, word", [
    ("Dear team,\n\nWe wish to discontinue the booking widget phase for Harbour Physio as the management has changed "
     "its priorities. Kindly refund the rest.\n\nRegards,\nMeera", "priorities"),
    ("Dear team,\n\nWe want to end the SEO retainer for Harbour Physio as head office has set new priorities. Kindly "
     "refund the unused month.\n\nRegards,\nMeera", "priorities"),
    ("Dear team,\n\nWe would like to end the SEO retainer for Harbour Physio following a reprioritisation. Kindly "
     "refund the unused month.\n\nRegards,\nMeera", "reprioritisation"),
])
def test_revised_priorities_are_a_reason(body, word):
    reason = read_body(body, "Milestone refund", "owd").fields.reason
    assert reason is not None and word in reason


@pytest.mark.parametrize("body", [
    "Dear team,\n\nKindly refund the second instalment for Harbour Physio as discussed with management.\n\nMeera",
    "Dear team,\n\nWe want to end the SEO retainer for Harbour Physio as discussed with management. Kindly refund the "
    "unused month.\n\nMeera",
    "Dear team,\n\nKindly refund the second instalment for Harbour Physio as management has approved it.\n\nMeera",
])
def test_management_named_without_a_cause_is_no_reason(body):
    assert read_body(body, "Milestone refund", "owd").fields.reason is None


# -- 2. 'ni nada' closes the declined list -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenas, no pido devolución ni nada, nomás cancelen la suscripción antes del cobro.\n\nRaúl",
    "Buenas, no pido devolución ni nada solo cancelen la suscripción.\n\nRaúl",
    "Buenas, no necesito reembolso ni nada. Cancelen la suscripción por favor.\n\nRaúl",
    "Oi, não peço estorno nem nada, só cancelem a assinatura antes da cobrança.\n\nRaúl",
    "Oi, não preciso de reembolso nem nada só cancelem a assinatura.\n\nRaúl",
])
def test_the_ask_after_a_declined_list_is_asked(body):
    assert "cancellation" in read_body(body, "Suscripción").intents


@pytest.mark.parametrize("body", [
    "Buenas, no pedimos ni devolución ni cancelar, seguimos contentos.\n\nRaúl",
    "Buenas, no pido devolución ni nada, ni cancelar tampoco.\n\nRaúl",
    "Oi, não pedimos reembolso nem cancelar, seguimos satisfeitos.\n\nRaúl",
])
def test_a_cancellation_inside_the_declined_list_is_not_asked(body):
    assert "cancellation" not in read_body(body, "Suscripción").intents


# -- 3. the negation carried to the second intent --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nno pedimos devolución y tampoco cancelar la cuenta, solo cambien el correo de facturación.\n\nRaúl",
    "Hallo,\n\neine Erstattung brauchen wir nicht, und kündigen wollen wir auch nicht. Nur die Adresse ändern.\n\nJan",
    "Hallo,\n\nnur kurz zur Sicherheit, damit nichts falsch ankommt: wir brauchen kein Geld zurück und wollen auch nicht\n"
    "kündigen. Bitte nur die Rechnungsadresse ändern.\n\nJan",
])
def test_the_negation_reaches_the_second_intent(body):
    assert "cancellation" not in read_body(body, "Rechnung").intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\neine Erstattung brauchen wir nicht, aber kündigen wollen wir auch, bitte zum Monatsende.\n\nJan",
    "Hallo,\n\nmit den Ergebnissen der letzten drei Monate sind wir leider gar nicht zufrieden\n"
    "kündigen Sie bitte zum Monatsende.\n\nJan",
    "Hola,\n\nla herramienta tampoco funciona esta semana, cancelen la cuenta por favor.\n\nRaúl",
])
def test_a_negation_of_something_else_leaves_the_ask(body):
    assert "cancellation" in read_body(body, "Kündigung").intents


# -- 4. unused time wanted back --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nplease close my plan. I only logged in twice, so I'd like the other eighteen days back.\n\nSam",
    "Hi,\n\nplease close my plan, we want the remaining 2 months back.\n\nSam",
    "Hola,\n\ncierren mi plan. Queremos los meses que no usamos de vuelta.\n\nSam",
    "Olá,\n\nencerrem meu plano. Quero os dias que sobraram de volta.\n\nSam",
    "Bonjour,\n\nfermez mon abonnement. Je voudrais récupérer les autres semaines non utilisées.\n\nSam",
    "Hallo,\n\nbitte Abo beenden. Wir hätten gern die übrigen Wochen zurück.\n\nSam",
    "Namaste,\n\nplan band kar do. Bache hue 12 din wapas chahiye.\n\nSam",
])
def test_unused_time_wanted_back_is_a_refund(body):
    assert "refund" in read_body(body, "Plan").intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nplease close my plan. I'd like the old dashboard back though.\n\nSam",
    "Hi,\n\nplease close my plan. Honestly I want the good old days back.\n\nSam",
    "Hola,\n\ncierren mi plan. Quiero mis reportes de vuelta.\n\nSam",
    "Bonjour,\n\nfermez mon abonnement. J'aimerais récupérer les jours de congé.\n\nSam",
    "Hallo,\n\nbitte Abo beenden. Wir hätten gern die alten Berichte zurück.\n\nSam",
    "Namaste,\n\nplan band kar do. Purana login wapas chahiye.\n\nSam",
])
def test_other_things_wanted_back_are_no_refund(body):
    assert "refund" not in read_body(body, "Plan").intents


# -- 5. a person's forwarded explanation -------------------------------------------------------------------------------

CFG = config()
CONTRACT = "studio.kestrel@gmail.com"
PAID = ist(2025, 9, 1, 10, 0)
ASKED = PAID + timedelta(hours=20)  # inside O2's 72 hours, no work started
LEDGER = {
    "projects": [{"brand": "optima_webdesign", "name": "Kestrel Pottery", "contract_email": CONTRACT,
                  "work_started_at": None}],
    "payments": [{"brand": "optima_webdesign", "id": "k1", "invoice": "OWD-2025-7702", "project": "Kestrel Pottery",
                  "kind": "deposit", "amount": "12000.00", "currency": "INR", "tax": "0.00", "status": "paid",
                  "paid_at": "2025-09-01T10:00:00"}],
}


def _decide(subject: str, body: str):
    triage = Triage(CFG, ledger(LEDGER, CFG), FixedClock(ASKED + timedelta(days=2)))
    verdict = triage.decide([inbound(CONTRACT, OWD_ADDRESS, subject, ASKED, body)]).verdict
    return verdict.status, verdict.missing, [(d.intent, d.outcome) for d in verdict.decisions]


def _forward(author: str, words: str) -> str:
    return ("Bonjour, ci-dessous, merci de rembourser l'acompte OWD-2025-7702. Lise\n\n"
            "Début du message réexpédié :\n\n"
            f"De: {author}\nObjet: la poterie\nDate: 1 septembre 2025 à 18:00:00 UTC+2\n"
            f"À: Studio Kestrel <{CONTRACT}>\n\n{words}\n")


def test_a_persons_forwarded_explanation_gives_the_reason():
    body = _forward("Marc Aubert <marc.aubert@gmail.com>",
                    "Lise, la mairie nous offre finalement une vitrine en ligne gratuite pour tous les artisans.\n"
                    "On n'a donc plus besoin du site de la poterie.\nMarc")
    assert _decide("Fwd: la poterie", body) == ("decided", [], [("refund", "approve")])


def test_a_forwarded_notice_of_a_business_still_gives_no_reason():
    body = _forward("Kestrel Pay <receipts@kestrelpay.example>",
                    "Madame, nous avons bien reçu votre paiement de 12 000,00 INR pour la facture OWD-2025-7702.\n"
                    "Service clients")
    assert _decide("Fwd: la poterie", body) == ("need_info", ["reason"], [])


# -- 3b. no refund wanted, 'no' before the noun or 'weder ... noch' --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nwe want no refund, only the invoice address corrected.\n\nPat",
    "Hi,\n\nNo refund, no cancellation, only a corrected invoice please.\n\nPat",
    "Hallo,\n\nwir wollen weder Geld zurück noch kündigen, nur eine neue Rechnung.\n\nPat",
])
def test_no_refund_wanted_is_declined(body):
    assert "refund" not in read_body(body, "Invoice").intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nwe got no refund, no reply, nothing. Refund the charge please.\n\nPat",
    "Hallo,\n\nwir haben weder Geld zurück bekommen noch eine Antwort. Bitte erstatten Sie die Zahlung.\n\nPat",
])
def test_a_refund_not_received_still_asks(body):
    assert "refund" in read_body(body, "Invoice").intents


def test_unused_time_asked_about_before_buying_is_no_refund():
    body = ("Hello,\n\nSuppose we buy the yearly plan and stop after a month, is there any way to get the remaining "
            "months back? Asking before we sign up.\n\nSam")
    assert "refund" not in read_body(body, "Question before buying").intents
