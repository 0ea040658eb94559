"""Reading rules generalised from the second fresh round's misses (fix10), each with sentences of its own (not
copied from any round): a refund declined with the verb after it or with an adverb between, "don't want it to
renew", money asked "back" with the money named first, a past cancellation written without its accent or with
"depois do/después del", a greeting on the same line as the reason, forwarding notes that only hand the mail on,
and more ways to ask for money back."""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", reader=LO, to=LO_ADDRESS, sender="nora@example.com", **headers):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body, **headers))


def owd(body: str, subject: str = "Hello", **kw):
    return read(body, subject, reader=OWD, to=OWD_ADDRESS, **kw)


# -- a declined refund beside a cancellation adds no refund -----------------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag, bitte kündigen Sie unser Jahresabo. Geld zurück möchten wir dafür wirklich nicht, es läuft ja noch.",
    "Hallo, ich kündige mein Monatsabo. Eine Rückzahlung brauche ich ganz sicher nicht.",
    "Please cancel my quarterly plan. I'm not asking for a refund of the current quarter at all.",
    "Hola, quiero dar de baja mi plan anual. No pido ningún reembolso, solo que no se renueve.",
    "Olá, quero cancelar o plano anual. Não estou pedindo reembolso nenhum.",
    "Namaste, mera quarterly plan band kar dijiye. Refund nahi maang raha, bas renewal rok do.",
    "Hi, hamara plan band karna hai. Paise wapas ki maang nahi hai, bas agle mahine charge mat karna.",
])
def test_a_declined_refund_beside_a_cancellation_adds_only_the_cancellation(body):
    assert read(body).intents == {"cancellation"}


# -- "I don't want the plan to renew" is a cancellation --------------------------------------

@pytest.mark.parametrize("body", [
    "Hello, I don't want my annual plan to renew next month. We are moving to a cheaper CRM.",
    "Hi team, we will not be renewing the subscription when this quarter ends.",
    "Our firm is not going to renew the plan, the partners decided to stop using it.",
])
def test_not_wanting_a_renewal_asks_to_cancel(body):
    assert read(body).intents == {"cancellation"}


def test_a_renewal_that_went_through_is_not_a_cancellation():
    assert read("Hi, I renewed my plan yesterday, the invoice looks right. Thanks").intents == set()


# -- money asked back with the money named first ----------------------------------------------

@pytest.mark.parametrize("body, reader", [
    ("Hi, we would like the deposit for the logo project back, the client dropped the idea.", OWD),
    ("Hello, I need the setup fee I paid last week back please, the site was never started.", OWD),
    ("Hallo, könnt ihr uns die Anzahlung für das Modul zurücküberweisen? Wir brauchen es nicht mehr.", OWD),
    ("Servus, bitte das Geld für den dritten Meilenstein zurückgeben, wir haben umgeplant.", OWD),
    ("Oi, queremos de volta o sinal do projeto da loja, desistimos da reforma.", OWD),
    ("Bom dia, gostaria de volta a mensalidade de outubro, não usamos o serviço.", LO),
])
def test_money_asked_back_is_a_refund(body, reader):
    to = OWD_ADDRESS if reader is OWD else LO_ADDRESS
    assert "refund" in read(body, reader=reader, to=to).intents


@pytest.mark.parametrize("body", [
    "Hi, I'd like to pay the fee now, please get back to me with the bank details.",
    "Thanks, we got the payment confirmation back from the bank, all fine.",
    "If the pages are not ready by Friday, would we get the deposit back?",
])
def test_back_without_money_asked_back_is_no_refund(body):
    assert "refund" not in owd(body).intents


# -- a charge after a cancellation that already happened adds no new cancellation ---------------

@pytest.mark.parametrize("body", [
    "Buenas, yo cancele la suscripción en julio y igual me cobraron el día 3. Exijo la devolución de ese cargo.",
    "Hola, cancele mi plan el 12 y aun así me llegó otro cargo, quiero el reembolso.",
    "Hola, me cobraron después de la cancelación del plan, por favor devuélvanme el dinero.",
    "Oi, eu cancelei no painel dia 3 e vocês cobraram de novo. Quero o estorno da cobrança feita depois do cancelamento.",
    "Bom dia, houve uma cobrança após o cancelamento da assinatura, peço a devolução.",
])
def test_a_charge_after_cancelling_asks_only_for_the_money(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Hola, por favor cancelen mi plan mensual. Gracias.",
    "Hola, quiero que cancele mi suscripción hoy mismo, no la usamos.",
    "Olá, eu quero cancelar a minha assinatura mensal.",
])
def test_a_cancellation_request_stays_one(body):
    assert "cancellation" in read(body).intents


# -- a greeting on the same line as the reason -----------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Boa tarde equipe, pagamos o banner novo da home mas a diretoria achou melhor manter o antigo. "
     "Podem estornar?\n\nAbs", "diretoria achou melhor"),
    ("Hi Optima team, we paid for the extra landing page but the campaign it was for got scrapped. "
     "Can you reverse this payment?\n\nThanks", "campaign it was for"),
    ("Hallo zusammen, wir haben die Sonderfunktion bezahlt, aber unser Vorstand hat das Projekt gestoppt. "
     "Bitte erstatten.\n\nGrüße", "Vorstand hat das Projekt"),
])
def test_a_reason_after_a_greeting_on_the_same_line_is_read(body, words):
    found = owd(body)
    assert found.intents == {"refund"}
    assert found.fields.reason and words in found.fields.reason
    assert not found.fields.reason.lower().startswith(("boa tarde", "hi optima", "hallo"))


def test_a_greeting_alone_is_still_no_reason():
    found = owd("Hi Optima team,\nplease refund invoice OWD-2025-1234.\n\nThanks")
    assert found.fields.reason is None


# -- a forwarding note that only hands the mail on is no reason --------------------------------

@pytest.mark.parametrize("note", [
    "Segue a mensagem da nossa diretora, ela pediu para eu encaminhar.",
    "Segue o e-mail do meu marido sobre a assinatura.",
])
def test_a_note_that_hands_the_mail_on_is_no_reason(note):
    body = (f"{note}\n\n---------- Forwarded message ---------\nDe: Carla Reis <carla@lojareis.example>\n"
            "Date: seg., 8 de set. de 2025\nSubject: plano\n\n"
            "Queremos de volta a mensalidade de setembro, porque a loja fechou em agosto.\n")
    found = read(body, subject="Fwd: plano")
    assert found.intents == {"refund"}
    assert found.fields.reason and "loja fechou" in found.fields.reason
    assert found.stated_email == "carla@lojareis.example"
