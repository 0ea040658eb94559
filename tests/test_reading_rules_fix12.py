"""Reading rules generalised from the fourth fresh round's misses (fix12), each with sentences of its own
(none copied from any round): a forwarder's short note above a forwarded message is never the reason, in
any language; the reason comes only from the forwarded request or from the customer's own words with a
reason cue.  Also: money asked back without a refund word, retainers and mandates ended in es/fr/pt/de,
a long name between "don't want" and "to renew", duplicates written "em duplicidade" and "2x", access
failures in Quebec French, a past cancellation in a non-native perfect tense, a menu path naming the
cancel button, a general question in Hinglish after a conditional one, a formal Spanish sign-off, and
O6 refunds denied without asking for a reason."""

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


def read(body: str, subject: str = "Hello", reader=LO, to=LO_ADDRESS, sender="nora@example.com", **headers):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body, **headers))


def owd(body: str, subject: str = "Hello", sender="nora@example.com"):
    return read(body, subject, reader=OWD, to=OWD_ADDRESS, sender=sender)


GMAIL = ("---------- Forwarded message ---------\nFrom: Kiran Office <office@kiranprints.example>\n"
         "Date: Mon, 8 Sept 2025 at 11:05\nSubject: website refund\nTo: Kiran <kiran.prints@example.com>\n\n")

# -- a forwarder's note is never the reason ----------------------------------------------------

@pytest.mark.parametrize("note", [
    "Kindly go through this one and take it forward from your side.",   # en, no cue
    "Zara isko dekh lo aur jo karna hai woh kar do please.",            # Hinglish
    "Bitte einmal anschauen und entsprechend bearbeiten, danke sehr.",  # de
    "Por favor revisen esto y hagan lo que corresponda, gracias.",      # es
    "Merci de regarder ceci et de faire le nécessaire rapidement.",    # fr
    "Por favor vejam isto e façam o que for preciso, obrigado.",        # pt
])
def test_a_note_above_a_forward_without_a_cue_is_no_reason(note):
    body = (f"{note}\n\n{GMAIL}Hello, we want the refund of invoice OWD-2025-7781 (Kiran Prints Site) "
            "for the hosting plan.\n\nRegards\nOffice\n")
    found = owd(body, subject="Fwd: website refund", sender="kiran.prints@example.com")
    assert found.intents == {"refund"}
    assert found.fields.reason is None


def test_the_forwarded_request_still_gives_its_own_reason():
    body = ("Kindly go through this one and take it forward from your side.\n\n"
            f"{GMAIL}Hello, please refund invoice OWD-2025-7781 for the hosting plan. "
            "We are closing the print shop at the end of the month.\n\nRegards\nOffice\n")
    found = owd(body, subject="Fwd: website refund", sender="kiran.prints@example.com")
    assert found.intents == {"refund"}
    assert found.fields.reason and "closing the print shop" in found.fields.reason


def test_a_note_with_a_reason_cue_is_still_the_customers_reason():
    body = ("Please refund this one because our company has closed down for good.\n\n"
            f"{GMAIL}Hello, we want the refund of invoice OWD-2025-7781 for the hosting plan.\n")
    found = owd(body, subject="Fwd: website refund", sender="kiran.prints@example.com")
    assert found.fields.reason and "closed down" in found.fields.reason


def test_an_email_that_is_no_forward_keeps_its_unlabelled_reason():
    found = owd("Hello, please refund invoice OWD-2025-7781.\nWe moved the whole shop to a marketplace platform.\n")
    assert found.fields.reason and "marketplace" in found.fields.reason


# -- money asked back in words that are not "refund" ----------------------------------------------

@pytest.mark.parametrize("body, subject", [
    ("We signed on Monday but the partners have split up. Advance back please, invoice OWD-2025-7790.", "Advance"),
    ("This is a joke. Send me my booking deposit back today, OWD-2025-7791.", "Complaint"),
    ("Could you ask for our deposit back for the bakery site? The landlord ended our lease.", "Deposit"),
    ("Hallo, wir verschieben alles auf nächstes Jahr. Bitte Anzahlung zurück, Rechnung OWD-2025-7792.", "Anzahlung"),
    ("Guten Tag, den Aufpreis für die schnelle Lieferung hätten wir gern zurück, der Termin ist weg.", "Aufpreis"),
    ("कृपया हमारी जमा राशि लौटा दें, दुकान बंद हो गई है।", "राशि"),
])
def test_money_asked_back_without_a_refund_word_is_a_refund(body, subject):
    assert owd(body, subject).intents == {"refund"}


# -- retainers, mandates and services ended -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenos días, hemos decidido terminar el retainer de redes sociales, el equipo interno lo asume.",
    "Bonjour, nous mettons fin au mandat de référencement à la fin du mois, budget réduit.",
    "Bom dia, informamos o encerramento do serviço de gestão de redes, a empresa foi vendida.",
    "Hi, we really don't want the Harbour Studio Care Plan (OWD-2025-7793) to renew next month, we moved hosts.",
    "Hola, queremos anular el hosting de la tienda, cerramos en diciembre.",
])
def test_an_ended_retainer_or_plan_is_a_cancellation(body):
    assert owd(body).intents == {"cancellation"}


def test_cancelling_a_charge_in_spanish_stays_a_refund():
    assert read("Hola, me cobraron dos veces el plan anual, anulen el cobro repetido por favor.").intents == {"refund"}


# -- exception reasons in more words --------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Olá, houve um pagamento em duplicidade no cartão pelo plano mensal, peço o estorno.", "duplicate_payment"),
    ("Oi, fui debitado 2x pelo plano trimestral, devolvam um deles por favor.", "duplicate_payment"),
    ("Salut, je suis pas capable de me connecter depuis hier, je veux un remboursement.", "access_failure"),
    ("Hello, you have charge me again for the monthly plan, please refund it.", "billing_error"),
    ("Hi, I was billed after the cancellation of my plan, please refund the charge.", "billing_error"),
])
def test_exception_reasons_written_in_other_words(body, code):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.fields.reason_code == code


# -- things that happened are no new cancellation -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello, I have cancel the plan last week and you charged me today. Please refund it.",
    "Hola, di de baja todo desde Ajustes > Cancelar suscripción y aun así me cobrasteis, devolvedme el cargo.",
    "Hi, I went to Account > Cancel plan on the 3rd and was still billed, please refund it.",
])
def test_a_past_cancellation_or_a_menu_path_adds_no_cancellation(body):
    assert read(body).intents == {"refund"}


def test_a_cancellation_asked_for_today_is_still_read():
    assert read("Hi, I have to cancel the plan today, the shop closed.").intents == {"cancellation"}


# -- a general question after a conditional one in Hinglish ---------------------------------------

def test_a_general_question_after_a_hypothetical_asks_nothing():
    found = owd("Namaste, agar hum maintenance plan lein aur 2 mahine baad band karein to kya hoga? "
                "Setup fee bhi wapas milti hai kya? Bas jaankari ke liye pooch rahe hain.")
    assert found.intents == set()


def test_a_plain_hinglish_refund_request_still_asks():
    assert owd("Namaste, hamare paise wapas kar dijiye, website ki zaroorat nahi rahi.").intents == {"refund"}


# -- a formal Spanish sign-off ends the request: the firm's name below is no legal threat ----------

def test_a_law_firm_signature_after_a_formal_sign_off_is_no_dispute():
    found = owd("Estimados señores:\n\nSolicitamos el reembolso del hosting anual porque cerramos la oficina.\n\n"
                "Reciban un cordial saludo.\n\nMarta Gil\nGil & Asociados, Abogados\n")
    assert found.intents == {"refund"}
    assert found.dispute is None


# -- O6: a refund that is never granted is denied without asking for a reason ---------------------

def _o6_ledger():
    base = {"brand": "optima_webdesign", "project": "Harbour Studio", "currency": "INR", "tax": "0.00",
            "status": "paid", "paid_at": "2025-09-01T10:00:00"}
    return {"projects": [{"brand": "optima_webdesign", "name": "Harbour Studio",
                          "contract_email": "hello@harbourstudio.example", "work_started_at": None}],
            "payments": [dict(base, id="pay_s1", invoice="OWD-2025-7801", kind="setup", amount="5000.00"),
                         dict(base, id="pay_s2", invoice="OWD-2025-7802", kind="hosting_annual", amount="12000.00",
                              setup_fee="0.00", service_start="2025-09-01")]}


def _decide(body: str, subject: str):
    when = ist(2025, 9, 10, 10, 0)
    triage = Triage(CFG, ledger(_o6_ledger(), CFG), FixedClock(when + timedelta(hours=1)))
    return triage.decide([inbound("hello@harbourstudio.example", OWD_ADDRESS, subject, when, body)])


def test_an_o6_refund_without_a_reason_is_denied_not_asked_about():
    result = _decide("Hi, please refund the setup fee OWD-2025-7801 for Harbour Studio.\n\nThanks", "Setup fee")
    assert result.verdict.status == "decided"
    assert [(d.intent, d.outcome) for d in result.verdict.decisions] == [("refund", "deny")]


def test_a_refundable_kind_without_a_reason_is_still_asked_about():
    result = _decide("Hi, please refund the hosting OWD-2025-7802 for Harbour Studio.\n\nThanks", "Hosting")
    assert result.verdict.status == "need_info"
    assert "reason" in result.verdict.missing


@pytest.mark.parametrize("body", [
    "Namaste, paise wapas nahi maang rahe, bas maintenance plan agle mahine se band kar do.",
    "Hello ji, refund nahi maang raha, sirf subscription band kar dijiye please.",
])
def test_a_hinglish_refund_declined_before_the_verb_leaves_only_the_cancellation(body):
    assert read(body).intents == {"cancellation"}
