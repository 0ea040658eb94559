"""Rules of fix34a behind fresh24's "a past event or a thank-you asks nothing" misses, each with sentences of its own
(none copied from any round or from the phrasebook).

- A bare acknowledgement of receipt with thanks opening a reply ("Received, many thanks!", "Recibido, mil gracias",
  "Erhalten, herzlichen Dank", "Bien reçu, merci", "Mil gaya, shukriya") under a reply subject naming a duplicate
  charge asks nothing (``intents.refund_received``, every pack); "Noted, thanks", "Not received yet" or a new ask
  still asks.
- A refund told as credited to the card in Rioplatense or Brazilian words ("ya me cayó el reintegro en la tarjeta",
  "me impactó la devolución"), or the money told as back on the account (de "das Geld ist wieder auf meinem Konto"),
  asks nothing; "todavía no impactó", "noch nicht" still ask.
- A refund the business made, told in German with "ihr"/"Sie" in a past tense ("weil ihr uns ... erstattet habt"),
  or in Hinglish in the perfect ("refund aap pehle hi de chuke ho"), asks nothing (``intents.refund_past``);
  "noch nicht erstattet", "nie erstattet", "de chuke ho kya?" still ask.
- A cancellation only nearly made, told in the past ("I was about to cancel", "estuve a punto de cancelar", "casi
  cancelo", "estive quase a cancelar", "war kurz davor zu kündigen", "j'ai failli résilier", "cancel karne wala
  tha") is an event, no request (``intents.past_before``, hi ``intents.cancellation_past``); the present ("I am
  about to cancel", "ich bin kurz davor", "je suis sur le point de") is left as it was.
- A refusal of the refund accepted ("fair enough on the refund", "entiendo lo del reembolso", "tant pis pour le
  remboursement") adds no refund (``intents.refund_negated``); followed by "but"/"pero"/"mais"/"aber"/"lekin" and
  a claim, or asked as a question, it is no match.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import LO_ADDRESS, email_bytes, ist, read_body


def intents(body: str, subject: str = "Hello") -> set:
    return set(read_body(body, subject=subject).intents)


# -- 1. "Received, thanks" under a reply subject naming the charge -----------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Re: Charged twice in August", "Received, many thanks!"),
    ("Re: Charged twice in August", "Hi Tom,\nreceived with thanks.\nAnil"),
    ("Re: Charged twice in August", "Thank you, received."),
    ("Re: Cobro duplicado de agosto", "Recibido, mil gracias!"),
    ("Re: Cobrança duplicada", "Recebido, obrigada!"),
    ("Re: Doppelte Abbuchung", "Erhalten, herzlichen Dank!"),
    ("Re: Double prélèvement", "Bien reçu, merci !"),
    ("Re: Double charge", "Mil gaya, bahut shukriya."),
])
def test_a_bare_receipt_with_thanks_asks_nothing(subject, body):
    assert intents(body, subject=subject) == set()


@pytest.mark.parametrize("subject, body", [
    ("Re: Charged twice in August", "Received your email, thanks. I am still charged twice, please refund the extra one."),
    ("Re: Charged twice in August", "Noted, thanks."),
    ("Re: Charged twice in August", "Not received yet, thanks for checking."),
    ("Re: Cobro duplicado de agosto", "Todavía no recibido, gracias."),
    ("Re: Doppelte Abbuchung", "Noch nicht erhalten, danke."),
    ("Re: Double prélèvement", "Pas encore reçu, merci de vérifier."),
    ("Re: Double charge", "Abhi tak nahi mila, thanks."),
    ("Re: Double charge", "Mil gaya kya? thanks"),
])
def test_a_receipt_denied_or_a_new_ask_still_asks(subject, body):
    assert "refund" in intents(body, subject=subject)


# -- 2. the refund credited to the card or the account ----------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Re: Cobro duplicado de agosto", "Listo, ya me cayó el reintegro en la tarjeta, gracias."),
    ("Re: Cobro duplicado de agosto", "Buenísimo, me impactó la devolución ayer. Gracias!"),
    ("Re: Doppelte Abbuchung", "Das Geld ist seit gestern wieder auf meinem Konto, danke."),
])
def test_a_refund_credited_to_the_card_asks_nothing(subject, body):
    assert intents(body, subject=subject) == set()


@pytest.mark.parametrize("subject, body", [
    ("Re: Cobro duplicado de agosto", "La devolución todavía no impactó en mi cuenta."),
    ("Re: Cobro duplicado de agosto", "¿Ya impactó la devolución?"),
    ("Re: Cobrança duplicada", "O estorno ainda não caiu no cartão."),
    ("Re: Doppelte Abbuchung", "Das Geld ist noch nicht wieder auf dem Konto."),
])
def test_a_refund_not_yet_credited_still_asks(subject, body):
    assert "refund" in intents(body, subject=subject)


# -- 3. a refund the business made, told ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, weil ihr uns im Frühjahr die doppelte Zahlung erstattet habt, bleiben wir gern. Wie ändere ich die "
    "Rechnungsadresse?",
    "Guten Tag, Sie haben mir damals die doppelte Abbuchung sofort erstattet. Jetzt eine Frage: wie exportiere ich "
    "Kontakte?",
    "Hi, the duplicate charge refund aap pehle hi de chuke ho, thanks. Ek naya user kaise add karein?",
])
def test_a_refund_made_by_us_told_asks_nothing(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body", [
    "Hallo, ihr habt mir die doppelte Abbuchung noch nicht erstattet.",
    "Hallo, Sie haben mir die doppelte Zahlung bis heute nicht erstattet.",
    "Hallo, ihr habt mir die doppelte Abbuchung immer noch nicht zurückerstattet!",
    "Hallo, nachdem ihr mir die doppelte Abbuchung nicht erstattet habt, fordere ich die Erstattung.",
    "Namaste, refund aap de chuke ho kya? Double charge hua tha.",
    "Namaste, double charge hua, refund abhi tak nahi diya, jaldi refund kar do.",
])
def test_a_refund_not_made_still_asks(body):
    assert "refund" in intents(body)


# -- 4. a cancellation nearly made -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi, I was about to cancel last month, but support fixed the sync. How do I add a second user?",
    "Hi, we were this close to cancelling in June. Anyway, how do I export leads?",
    "Hi, I came close to cancelling the plan in spring. How do I export leads?",
    "Hola, el mes pasado estuve a punto de cancelar, pero ya funciona todo. ¿Cómo exporto contactos?",
    "Hola, casi cancelo en julio, pero al final me quedé. ¿Cómo exporto contactos?",
    "Olá, estive quase a cancelar em julho, mas agora está tudo bem. Como exporto contatos?",
    "Oi, quase cancelo o plano mês passado, mas ficou tudo certo.",
    "Hallo, im Sommer war ich kurz davor, den Vertrag zu kündigen, jetzt passt alles. Wie exportiere ich Kontakte?",
    "Hallo, wir waren drauf und dran zu kündigen, aber jetzt läuft es.",
    "Bonjour, j'ai failli résilier cet été, mais tout fonctionne. Comment exporter mes contacts ?",
    "Bonjour, nous étions sur le point d'annuler en juin, tout va bien maintenant.",
    "Namaste, main pichle mahine plan cancel karne wala tha, par ab sab theek chal raha hai. Export kaise karein?",
])
def test_a_cancellation_nearly_made_asks_nothing(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body", [
    "Hi, I am about to cancel. Please cancel my monthly plan today.",
    "Hi, I am about to cancel my plan.",
    "Please cancel my plan. I was about to do it myself.",
    "Hola, estoy a punto de cancelar mi plan.",
    "Hola, casi todo falla, quiero cancelar mi plan.",
    "Olá, estou prestes a cancelar o plano.",
    "Olá, quase nada funciona, quero cancelar o plano.",
    "Hallo, ich bin kurz davor zu kündigen.",
    "Bonjour, je suis sur le point de résilier mon abonnement.",
    "Bonjour, j'ai presque tout essayé, je veux résilier.",
    "Namaste, plan cancel karne wala hoon, jaldi kar do.",
])
def test_a_cancellation_now_still_cancels(body):
    assert "cancellation" in intents(body)


# -- 5. a refusal of the refund accepted -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "ok, understood about the refund. Please cancel the annual plan so it does not renew.",
    "Fair enough on the refund, then please just cancel my monthly.",
    "Vale, entiendo lo del reembolso. Solo cancelen mi plan mensual, por favor.",
    "Ni modo con lo de la devolución, nomás den de baja el plan.",
    "Tudo bem quanto ao reembolso. Só cancelem o plano mensal, por favor.",
    "Verstanden wegen der Erstattung. Bitte kündigen Sie dann nur das Monatsabo.",
    "Tant pis pour le remboursement. Résiliez simplement mon abonnement mensuel.",
    "Refund ke baare mein samajh gaya. Bas monthly plan cancel kar do.",
])
def test_an_accepted_refusal_adds_no_refund(body):
    assert intents(body) == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Fair enough re the refund, but the double charge from May must come back.",
    "Understood about the refund? No, I was charged twice, please refund the second charge.",
    "I understood the refund would take a week, please cancel my plan too.",
    "Entiendo lo del reembolso, pero me cobraron dos veces y quiero la devolución.",
    "Entendi sobre o estorno, mas fui cobrado duas vezes e quero o reembolso.",
    "Verstehe das mit der Erstattung, aber die doppelte Abbuchung will ich zurück.",
    "Compris pour le remboursement, mais j'ai été prélevé deux fois et je veux être remboursé.",
    "Refund wali baat theek hai lekin double charge ka paisa wapas chahiye.",
])
def test_a_refusal_not_accepted_still_asks(body):
    assert "refund" in intents(body)


# -- end to end ------------------------------------------------------------------------------------------------------

CUSTOMER = "owner@bakery-example.com.au"


def _ledger_file(tmp_path):
    data = {"customers": [{"brand": "leadsoptima", "email": CUSTOMER, "name": "Amy Baker", "plan": "quarterly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-01",
                           "current_period_end": "2025-11-30"}],
            "projects": [],
            "payments": [{"brand": "leadsoptima", "id": "lo_t34", "invoice": "LO-INV-93401",
                          "customer_email": CUSTOMER, "kind": "subscription", "plan": "quarterly",
                          "amount": "4497.00", "tax": "0.00", "currency": "INR", "paid_at": "2025-09-01T10:00:00",
                          "period_start": "2025-09-01", "period_end": "2025-11-30", "status": "paid"}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _triage(tmp_path, capsys, subject: str, body: str) -> dict:
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "a.eml"
    mail.write_bytes(email_bytes(CUSTOMER, LO_ADDRESS, subject, ist(2025, 9, 29, 16, 0), body,
                                 message_id="<a.34@bakery-example.com.au>"))
    assert main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)]) == 0
    return json.loads(capsys.readouterr().out)


def test_an_accepted_refusal_and_a_cancellation_cancels_without_asking_a_reason(tmp_path, capsys):
    got = _triage(tmp_path, capsys, "ok then",
                  "Fair enough on the refund. Please just cancel the quarterly plan so it stops renewing. Thanks")
    assert got["status"] == "decided"
    assert [(d["intent"], d["outcome"]) for d in got["decisions"]] == [("cancellation", "cancel")]


def test_a_receipt_acknowledged_in_a_reply_decides_nothing(tmp_path, capsys):
    got = _triage(tmp_path, capsys, "Re: Charged twice this month", "Received, many thanks!\n\nAmy")
    assert got["status"] == "other"
    assert got["decisions"] == []
