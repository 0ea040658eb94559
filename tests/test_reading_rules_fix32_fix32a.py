"""Rules of fix32a behind fresh23's "asks nothing / not that request" misses, each with sentences of its own (none
copied from any round or from the phrasebook).

- A receipt told in the body under a reply subject ("Re: Refund request" over "received the refund in our bank
  account today, thanks") asks nothing: the reply's subject restates the thread's topic (IntentReading
  ._reply_topic_of_receipt), a receipt's sentence stops at the subject line (the subject's "request" no longer makes
  it look still awaited), and a receipt without its subject may follow a greeting's comma (en, de).
- A refund request withdrawn in a reply above it ("Please disregard my refund request below") declines it, every
  pack; "please don't ignore my refund request" still asks.
- A refund the business made, told as history ("two years ago you did a refund for us") asks nothing
  (``intents.refund_past`` en es pt fr); "you never did the refund" still asks.
- A cancellation told as not needed ("Kündigen müsst ihr nicht", "Cancelling isn't necessary", "Cancelar no hace
  falta", "Inutile de résilier") adds none.
- Cancelling a charge named by its rank or reference ("cancel the second transaction (LO-INV-5) and refund me") is
  a refund, not a plan cancellation (en es pt fr); "cancel the second payment and the subscription" still cancels.
- Whether cancelling mid-term is possible, asked impersonally ("is it possible to cancel mid-year?"), is a policy
  question; "is it possible to cancel my plan?" still asks.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import OWD_ADDRESS, email_bytes, ist, read_body


def intents(body: str, subject: str = "Hello", brand: str = "lo") -> set:
    return set(read_body(body, subject=subject, brand=brand).intents)


# -- 1. a receipt under a reply subject ------------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Re: Refund for the double charge", "Hello team, received the refund in our Axis bank account this morning. "
                                         "Thanks a lot for sorting it."),
    ("Re: Refund request", "Hi Ravi, got the refund on my card yesterday, many thanks!"),
    ("Re: Refund request", "Hi, the refund reached our account yesterday, thanks."),
    ("Re: Erstattung", "Hallo Team, Rückzahlung gestern auf unserem Konto erhalten, vielen Dank!"),
])
def test_a_receipt_under_a_reply_subject_asks_nothing(subject, body):
    assert intents(body, subject=subject) == set()


@pytest.mark.parametrize("subject, body", [
    ("Re: Refund request", "Hi Ravi, I have not received the refund in my account yet, please check."),
    ("Re: Refund request", "Hi, when will the refund reach my account?"),
    ("Re: Refund request", "Got the March refund, thanks. Please also refund the April charge."),
    ("Re: Refund request", "Any update on this?"),
    ("Re: Erstattung", "Hallo, Erstattung noch nicht erhalten, bitte prüfen."),
])
def test_a_receipt_awaited_or_a_new_ask_still_asks(subject, body):
    assert "refund" in intents(body, subject=subject)


# -- 2. a refund request withdrawn in a reply ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi, it works again now. Please disregard my refund request below, we are staying on the plan. Thanks",
    "Hi, fixed now, kindly ignore the refund request. Cheers",
    "Hi, all good. Please ignore my refund request\n\nThanks",
    "Hola, ya funciona. Ignoren mi solicitud de reembolso, seguimos con el plan.",
    "Hallo, läuft wieder. Bitte ignorieren Sie meine Anfrage auf Rückerstattung, wir bleiben.",
    "Bonjour, tout remarche. Oubliez ma demande de remboursement ci-dessous, on garde l'abonnement.",
    "Olá, voltou a funcionar. Por favor desconsiderem meu pedido de reembolso abaixo.",
    "Namaste, ab sab theek hai. Mera refund request ignore kar dijiye, plan chalu rahega.",
])
def test_a_withdrawn_refund_request_asks_nothing(body):
    assert intents(body, subject="Re: Login problem") == set()


@pytest.mark.parametrize("body", [
    "Hello, please don't ignore my refund request below, it is still broken.",
    "Hello, you keep ignoring my refund request. Please refund now.",
    "Hello, ignore my refund request? No way, please refund me.",
    "Hola, no ignoren mi solicitud de reembolso, sigue sin funcionar.",
    "Bonjour, n'ignorez pas ma demande de remboursement, rien ne marche.",
    "Olá, não ignorem meu pedido de reembolso, continua sem funcionar.",
    "Hallo, vergessen Sie meine Erstattungsanfrage bitte nicht!",
])
def test_a_refund_request_kept_still_asks(body):
    assert "refund" in intents(body, subject="Re: Login problem")


# -- 3. a refund the business made, told as history ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola, hace dos años ustedes nos hicieron la devolución de un cargo doble sin problema. Ahora quiero dar de baja "
    "el plan mensual porque cerramos la tienda.",
    "Hi, two years ago you did a refund for us without fuss. Now I want to cancel the monthly plan, we closed the shop.",
    "Olá, ano passado vocês me fizeram o reembolso sem problema. Agora quero cancelar o plano mensal, fechamos a loja.",
    "Bonjour, l'année dernière vous m'avez fait le remboursement sans souci. Maintenant je veux résilier "
    "l'abonnement mensuel, nous fermons la boutique.",
])
def test_a_past_refund_by_us_asks_only_the_cancellation(body):
    assert intents(body) == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hola, ustedes no me hicieron el reembolso del cargo doble. Quiero el reembolso.",
    "Hola, todavía no me hicieron el reembolso.",
    "Hi, you never did the refund for the double charge.",
    "Olá, vocês não me fizeram o reembolso ainda.",
    "Bonjour, vous ne m'avez pas fait le remboursement.",
])
def test_a_refund_not_made_still_asks(body):
    assert "refund" in intents(body)


# -- 4. a cancellation told as not needed ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, das Tool ist zu teuer, bitte erstatten Sie die Zahlung von gestern. Kündigen müsst ihr nicht, ich denke "
    "noch nach.",
    "Hallo, bitte erstatten Sie die Zahlung. Kündigen brauchen Sie noch nicht.",
    "Hi, too pricey for me, please refund yesterday's payment. Cancelling isn't necessary, I'm still thinking.",
    "Hola, es muy caro, reembolsen el pago de ayer por favor. Cancelar no hace falta, lo sigo pensando.",
    "Olá, caro demais, reembolsem o pagamento de ontem. Cancelar não precisa, ainda estou pensando.",
    "Bonjour, trop cher, remboursez le paiement d'hier svp. Inutile de résilier l'abonnement pour l'instant.",
])
def test_a_cancellation_not_needed_adds_none(body):
    assert intents(body) == {"refund"}


@pytest.mark.parametrize("body", [
    "Hallo, kündigen müsst ihr nicht nur das Abo, sondern auch die Option.",
    "Hallo, kündigen müsst ihr sofort, nicht erst nächsten Monat.",
    "Hola, quiero cancelar, no funciona nada.",
    "Olá, quero cancelar, não funciona nada.",
])
def test_a_cancellation_still_asked_beside_a_no(body):
    assert "cancellation" in intents(body)


# -- 5. a charge cancelled is a refund -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, j'ai été prélevé deux fois. Pouvez-vous annuler la seconde transaction (LO-INV-5) et me rembourser ?",
    "Bonjour, prélevé deux fois : annulez le deuxième prélèvement svp.",
    "Hi, you charged me twice. Can you cancel the second transaction (LO-INV-5) and refund me?",
    "Hola, me cobraron dos veces. ¿Pueden cancelar la segunda transacción (LO-INV-5) y reembolsarme?",
    "Olá, fui cobrada duas vezes. Podem cancelar a segunda cobrança e me reembolsar?",
])
def test_cancelling_a_named_charge_is_a_refund(body):
    assert intents(body) == {"refund"}


@pytest.mark.parametrize("body", [
    "Bonjour, annulez la deuxième transaction et l'abonnement, merci.",
    "Hi, please cancel the second payment and the subscription.",
    "Hola, cancelen el segundo pago y la suscripción.",
    "Olá, cancelem o segundo pagamento e a assinatura.",
])
def test_a_charge_and_the_plan_cancelled_still_cancels(body):
    assert "cancellation" in intents(body)


# -- 6. cancelling mid-term asked about ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, avant de souscrire : est-il possible de résilier en cours d'année ?",
    "Hi, before I sign up: is it possible to cancel mid-year?",
    "Hola, antes de contratar: ¿es posible cancelar a mitad de año?",
    "Olá, antes de assinar: é possível cancelar no meio do ano?",
    "Hallo, vor dem Abschluss: ist es möglich, mitten im Jahr zu kündigen?",
])
def test_cancelling_mid_term_asked_is_a_policy_question(body):
    assert intents(body, subject="Question") == set()


@pytest.mark.parametrize("body", [
    "Bonjour, est-il possible de résilier mon abonnement ?",
    "Hi, is it possible to cancel my plan?",
    "Hola, ¿es posible cancelar mi plan hoy?",
    "Olá, é possível cancelar a minha assinatura?",
    "Hallo, ist es möglich, meinen Tarif zu kündigen?",
])
def test_cancelling_ones_plan_asked_is_a_request(body):
    assert "cancellation" in intents(body, subject="Question")


# -- 7. end to end: a thank-you for a refund received approves nothing ------------------------------------------------

CUSTOMER = "accounts@mithai-example.in"


def _ledger_file(tmp_path):
    data = {"customers": [],
            "projects": [{"brand": "optima_webdesign", "name": "Mithai Corner Site", "contract_email": CUSTOMER,
                          "work_started_at": None}],
            "payments": [{"brand": "optima_webdesign", "id": "ow_t32", "invoice": "OWD-2025-932",
                          "project": "Mithai Corner Site", "kind": "deposit", "amount": "20000.00", "tax": "0.00",
                          "currency": "INR", "paid_at": "2025-09-20T10:00:00", "status": "paid", "setup_fee": None,
                          "service_start": None, "next_billing_at": None, "period_start": None,
                          "period_end": None}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def test_a_thank_you_for_a_refund_received_approves_nothing(tmp_path, capsys):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "a.eml"
    mail.write_bytes(email_bytes(CUSTOMER, OWD_ADDRESS, "Re: Refund request - Mithai Corner Site",
                                 ist(2025, 9, 29, 16, 0),
                                 "Hello team, received the refund in our ICICI account this morning. Thanks a lot "
                                 "for the help.\nRegards, Suresh",
                                 message_id="<a.32@mithai-example.in>", In_Reply_To="<r.32@optima.example>"))
    assert main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["status"] == "other"
    assert got["decisions"] == []
