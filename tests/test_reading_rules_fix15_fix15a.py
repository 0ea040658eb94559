"""Reading rules generalised from the seventh fresh round's Spanish and Portuguese misses (fix15a), each
with sentences of its own (none copied from any round), in every language where the same rule exists.

- A stated intention not to ask for a refund ("I'm not going to ask for a refund", "Não tenciono
  solicitar qualquer estorno") declines the refund like "I don't want a refund" does.
- The plan signed up for and a different plan charged is a billing error whatever verb names the
  sign-up ("me di de alta en el mensual", "subscrevi o mensal", "opted for the monthly") and in either
  order ("you billed the annual when we signed up for the monthly"); the same plan signed up for and
  charged is no error (the older patterns that read any plan pair are made pairwise too: "I have the
  annual plan and you charged the annual renewal" is an ordinary refund request).
- Asking one's bank or card issuer to refuse or reverse the charge ("le dije al banco que no reconozca el
  cobro", "I've asked my bank to reverse the payment"), or naming the courts ("iremos a los tribunales",
  "vou à justiça"), or a direct debit returned through the bank ("he devuelto el recibo"), is a dispute
  (C4), like a chargeback is; a bank asked for anything else is not.
- A cancellation told as already made or asked in the past ("nos dimos de baja del servicio", "solicité la
  baja", "pedi o cancelamento", "I requested cancellation", "j'ai demandé la résiliation") is an event, not
  a request: a charge after it is the billing error, and no cancellation is asked again.
- Asking to receive what one is owed ("receber o que me for devido", "que nos abonen lo que nos
  corresponda", "send us whatever we are owed", "ce qui nous est dû", "was uns zusteht") asks for money
  back; "anular" with the hosting ("anular alojamento", "anulem a hospedagem") asks to cancel it, while
  "anularla" naming a payment asks for no cancellation.
  Paying what is due, or asking what is due, asks for nothing.
- An emoticon set apart by a space (" :) ", " ;-) ") ends a clause like a full stop: the reason
  written before it is not swallowed by the request written after it.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])


def read(body: str, subject: str = "Hello"):
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- no intention to ask for a refund ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease close my subscription at the end of the cycle. I'm not going to ask for a refund "
    "for this month.\n\nThanks\nAmit",
    "Hi,\n\nKindly cancel the plan. We don't plan to request any refund, we just want no further renewals."
    "\n\nBest\nMaya",
    "Hi,\n\nPlease cancel my account. I have no intention of claiming a refund.\n\nRegards\nOlu",
    "Buenas,\n\nQuiero cancelar la suscripción mensual. No voy a pedir ningún reembolso, solo que "
    "no se renueve.\n\nSaludos\nMarta",
    "Buenas,\n\nCancelen el plan, por favor. No tenemos intención de reclamar la devolución del mes.\n\n"
    "Saludos\nMarta",
    "Bom dia,\n\nQuero cancelar o plano mensal. Não vamos pedir reembolso nenhum, só não queremos renovar."
    "\n\nObrigado\nTiago",
    "Bom dia,\n\nPor favor cancelem a assinatura. Não estou a pedir o estorno deste mês.\n\nObrigado\nTiago",
    "Bonjour,\n\nMerci de résilier mon abonnement. Nous n'allons pas réclamer de remboursement pour ce "
    "mois.\n\nCordialement\nLuc",
    "Hallo,\n\nbitte kündigen Sie unser Abo. Wir haben nicht vor, eine Rückerstattung zu verlangen.\n\n"
    "Grüße\nPia",
    "Namaste,\n\nhumara plan cancel kar dijiye. Refund lene ka koi irada nahi hai.\n\nDhanyavaad\nRavi",
])
def test_no_intention_to_ask_for_a_refund_declines_it(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # the intention declined is something else (waiting, paying): the refund is still asked
    "Hi,\n\nI'm not going to wait another week: please refund the charge from the 3rd and cancel.\n\n"
    "Thanks\nAmit",
    "Buenas,\n\nNo voy a seguir pagando, cancelen el plan y devuélvanme el último cargo.\n\nSaludos\nMarta",
    "Bom dia,\n\nNão vou esperar mais: cancelem o plano e quero o reembolso da última cobrança.\n\n"
    "Obrigado\nTiago",
    "Bonjour,\n\nJe ne vais pas attendre davantage : résiliez et remboursez le dernier prélèvement.\n\n"
    "Cordialement\nLuc",
])
def test_a_refund_asked_beside_another_declined_intention_is_read(body):
    assert "refund" in read(body).intents


# -- the plan signed up for, another one charged ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenas,\n\nMe apunté al plan trimestral y no al anual, pero me habéis facturado el anual. "
    "Quiero que me devolváis la diferencia.\n\nSaludos\nMarta",
    "Buenas,\n\nOs pedimos el plan mensual; aun así la tarjeta muestra que nos cargasteis el trimestral.\n\n"
    "Saludos\nMarta",
    "Buenas,\n\nNos habéis cobrado el plan anual cuando yo me suscribí al mensual.\n\nSaludos\nMarta",
    "Bom dia,\n\nAderimos ao plano mensal, mas no cartão foi debitado o trimestral. Queremos a diferença de "
    "volta.\n\nObrigado\nTiago",
    "Bom dia,\n\nFaturaram-me o plano anual quando eu optei pelo trimestral.\n\nObrigado\nTiago",
    "Hi,\n\nWe opted for the quarterly plan, not the annual one, and got charged for the annual plan. "
    "Please sort it out.\n\nThanks\nMaya",
    "Hi,\n\nYou billed me for a yearly subscription although I registered for the monthly one.\n\n"
    "Thanks\nMaya",
    "Bonjour,\n\nJe suis abonné au forfait trimestriel et vous m'avez débité l'annuel. Merci de corriger."
    "\n\nCordialement\nLuc",    "Namaste,\n\nhumne quarterly plan liya tha par yearly ka charge kaat liya. Theek kar dijiye.\n\n"
    "Dhanyavaad\nRavi",
])
def test_another_plan_charged_than_the_one_signed_up_for_is_a_billing_error(body):
    found = read(body)
    assert found.fields.reason_code == "billing_error"
    assert found.intents == {"refund"}


@pytest.mark.parametrize("body", [
    # the plan charged is the one signed up for, or the other plan is only wished for
    "Buenas,\n\nMe suscribí al plan anual y ayer me cobrasteis el anual; quiero el reembolso porque cerramos."
    "\n\nSaludos\nMarta",
    "Buenas,\n\nContraté el mensual y me lo cobrasteis bien, pero quiero pasar al anual.\n\nSaludos\nMarta",
    "Bom dia,\n\nAderi ao plano anual e a cobrança do anual veio ontem. Quero o reembolso, vamos fechar a "
    "loja.\n\nObrigado\nTiago",
    "Hi,\n\nWe bought the annual plan and were charged the annual fee yesterday. Please refund it, we are "
    "closing the shop.\n\nThanks\nMaya",
    "Bonjour,\n\nNous avons opté pour l'annuel et vous avez prélevé l'annuel hier. Merci de rembourser, "
    "nous fermons.\n\nCordialement\nLuc",
    "Hi,\n\nI have the annual plan and you charged the annual renewal on Monday. Please refund it, we are "
    "closing the shop.\n\nThanks\nMaya",
    "Bom dia,\n\nTemos o plano anual e ontem foi cobrada a renovação anual. Queremos o reembolso, vamos "
    "fechar.\n\nObrigado\nTiago",
    "Bonjour,\n\nNous avons pris le forfait annuel et vous avez facturé l'annuel hier. Remboursez-nous, nous "
    "fermons.\n\nCordialement\nLuc",
])
def test_the_same_plan_charged_as_signed_up_for_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"


# -- the bank asked to refuse or reverse the charge; the courts named -------------------------------

@pytest.mark.parametrize("body", [
    "Buenas,\n\nCancelen el mantenimiento. Hemos pedido a nuestro banco que rechace el recibo de este mes."
    "\n\nSaludos\nMarta",
    "Buenas,\n\nDen de baja la cuenta; si no me responden, iremos a los tribunales.\n\nSaludos\nMarta",
    "Bom dia,\n\nCancelem o contrato. Já pedi ao meu banco que conteste a cobrança de maio.\n\nObrigado\nTiago",
    "Bom dia,\n\nCancelem o contrato, ou vamos resolver isto na via judicial.\n\nObrigado\nTiago",
    "Hi,\n\nPlease cancel the retainer. I've asked my bank to reverse the payment you took in May.\n\n"
    "Thanks\nMaya",
    "Hi,\n\nCancel the retainer now or we will take this to court.\n\nThanks\nMaya",
    "Bonjour,\n\nRésiliez le contrat. Nous avons demandé à notre banque de refuser le prélèvement de mai.\n\n"
    "Cordialement\nLuc",
    "Hallo,\n\nkündigen Sie den Vertrag. Wir haben die Bank beauftragt, die Lastschrift zurückzubuchen.\n\n"
    "Grüße\nPia",
    "Namaste,\n\nretainer band kar dijiye, warna hum court jayenge.\n\nDhanyavaad\nRavi",    "Buenas,\n\nDen de baja la cuenta. Hemos devuelto el recibo de junio, no lo reconocemos.\n\nSaludos\nMarta",
    "Buenas,\n\nDen de baja la cuenta o devolveré el recibo de julio a través del banco.\n\nSaludos\nMarta",
])
def test_the_bank_asked_to_refuse_the_charge_or_the_courts_named_is_a_dispute(body):
    assert read(body).dispute is not None


@pytest.mark.parametrize("body", [
    "Buenas,\n\nCancelen el mantenimiento. Pedí al banco que me envíe el extracto del mes.\n\nSaludos\nMarta",
    "Buenas,\n\nCancelen el mantenimiento y devuélvanme el importe del último recibo.\n\nSaludos\nMarta",
    "Bom dia,\n\nCancelem o contrato. Pedi ao banco um novo cartão, usem esse daqui em diante.\n\n"
    "Obrigado\nTiago",
    "Hi,\n\nPlease cancel the retainer. I asked my bank to issue a new card last week.\n\nThanks\nMaya",
    "Bonjour,\n\nRésiliez le contrat. J'ai demandé à ma banque de m'envoyer un relevé.\n\nCordialement\nLuc",
])
def test_a_bank_asked_for_something_else_is_no_dispute(body):
    assert read(body).dispute is None


# -- a cancellation made or asked in the past --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenas,\n\nMe di de baja del servicio en julio y este mes me habéis vuelto a cobrar. Quiero que me lo "
    "devolváis.\n\nSaludos\nMarta",
    "Buenas,\n\nTramité la baja de mi cuenta hace tres semanas y aun así me llegó otro cargo. Devolvédmelo."
    "\n\nSaludos\nMarta",
    "Bom dia,\n\nFiz o cancelamento da assinatura em julho e mesmo assim fui cobrado. Quero o valor de volta."
    "\n\nObrigado\nTiago",
    "Bom dia,\n\nSolicitei o cancelamento em junho e voltaram a debitar-me a mensalidade. Devolvam-ma, por "
    "favor.\n\nObrigado\nTiago",
    "Hi,\n\nWe submitted our cancellation in July and you charged us again anyway. Please refund that charge."
    "\n\nThanks\nMaya",
    "Bonjour,\n\nNous avons envoyé notre résiliation en juillet et vous avez encore prélevé. Remboursez ce "
    "prélèvement.\n\nCordialement\nLuc",    "Namaste,\n\nhumne pichle mahine cancellation ka form bhej diya tha, phir bhi paise kaat liye. Refund "
    "kar dijiye.\n\nDhanyavaad\nRavi",
])
def test_a_cancellation_told_in_the_past_is_no_new_request(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    # the same words in the present ask for the cancellation
    "Buenas,\n\nSolicito la baja de mi cuenta, ya no la usamos.\n\nSaludos\nMarta",
    "Buenas,\n\nNos damos de baja del servicio a final de mes, cerramos la tienda.\n\nSaludos\nMarta",
    "Bom dia,\n\nPeço o cancelamento da assinatura, vamos fechar a loja.\n\nObrigado\nTiago",
    "Hi,\n\nWe request cancellation of the plan at the end of the term, we are closing the shop.\n\n"
    "Thanks\nMaya",    "Namaste,\n\nhumara plan cancel kar dijiye, dukaan band ho rahi hai.\n\nDhanyavaad\nRavi",
])
def test_a_cancellation_asked_in_the_present_is_read(body):
    assert "cancellation" in read(body).intents


# -- what is owed asked for; "anular" with the hosting ---------------------------------------------

OWD = Extractor(CFG.brands["optima_webdesign"])


def read_owd(body: str, subject: str = "Hosting"):
    return OWD.extract(inbound("nora@example.com", OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


@pytest.mark.parametrize("body", [
    "Bom dia,\n\nJá não vamos usar a hospedagem que pagámos. Queremos anular e receber o que nos for devido."
    "\n\nObrigado\nTiago",
    "Bom dia,\n\nPor favor anulem o alojamento do site da clínica, queremos receber aquilo que nos cabe.\n\n"
    "Obrigado\nTiago",
    "Buenas,\n\nYa no necesitamos el hosting anual. Queremos anularlo y que nos abonen lo que nos "
    "corresponda.\n\nSaludos\nMarta",
    "Hi,\n\nWe won't need the hosting after all. Please stop it and send us whatever we are owed.\n\n"
    "Thanks\nMaya",
    "Bonjour,\n\nNous n'utiliserons pas l'hébergement. Merci de l'arrêter et de nous rendre ce qui nous "
    "revient.\n\nCordialement\nLuc",
    "Hallo,\n\nwir brauchen das Hosting nicht mehr. Bitte beenden und den uns zustehenden Betrag "
    "überweisen.\n\nGrüße\nPia",
    "Namaste,\n\nhosting ki ab zarurat nahi hai. Band kar dijiye aur jitna paisa banta hai woh de "
    "dijiye.\n\nDhanyavaad\nRavi",
])
def test_what_is_owed_asked_for_is_a_refund(body):
    assert "refund" in read_owd(body).intents


@pytest.mark.parametrize("body, subject", [
    ("Bom dia,\n\nO nosso sobrinho vai cuidar do site a partir de agora.\n\nObrigado\nTiago",
     "anular hospedagem"),
    ("Bom dia,\n\nPor favor, anulem a hospedagem do site a partir do próximo mês.\n\nObrigado\nTiago",
     "Hospedagem"),
])
def test_anular_with_the_hosting_asks_to_cancel(body, subject):
    assert "cancellation" in read_owd(body, subject).intents


def test_anular_a_payment_asks_for_no_cancellation():
    # "anularla" names the deposit: the money back is asked, no service is cancelled
    found = read_owd("Buenas,\n\nAyer pagamos la señal, pero el cliente se ha echado atrás; queremos anularla y "
                     "que nos la devolváis.\n\nGracias\nIker", "Señal")
    assert found.intents == {"refund"}


@pytest.mark.parametrize("body", [
    # the customer pays what is due, or asks what is due: no money back asked
    "Bom dia,\n\nDevido a um atraso nosso, queremos pagar o valor devido da fatura ainda hoje.\n\n"
    "Obrigado\nTiago",
    "Buenas,\n\nSi falta algo por pagar, cobradnos lo que corresponda en la próxima factura.\n\n"
    "Saludos\nMarta",
    "Hi,\n\nCould you tell me what is due on the next hosting invoice?\n\nThanks\nMaya",
    "Bonjour,\n\nNous réglerons ce qui est dû sur la prochaine facture.\n\nCordialement\nLuc",
])
def test_paying_or_asking_what_is_due_asks_for_no_refund(body):
    assert "refund" not in read_owd(body).intents


# -- an emoticon ends the sentence ---------------------------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Hi,\n\nWe paid the 2026 hosting, but my nephew will build the site for us for free :) We want to cancel the hosting and get a refund.\n\n"
     "Thanks\nMaya", "nephew"),
    ("Buenas,\n\nMi hija se encargará de la web sin coste ;-) Anulen el hosting y devuélvanme el importe."
     "\n\nSaludos\nMarta", "hija"),
    ("Bom dia,\n\nPagámos o alojamento de 2026, mas a minha filha vai fazer o site de borla :) Queremos anular o alojamento e o reembolso.\n\n"
     "Obrigado\nTiago", "filha"),
])
def test_the_reason_before_an_emoticon_is_read(body, words):
    found = read_owd(body)
    assert "refund" in found.intents
    assert found.fields.reason is not None and words in found.fields.reason.lower()


def test_an_emoticon_ends_a_clause_only_when_set_apart():
    from mailbot.reading.sentences import clauses
    assert list(clauses("the site is free :) Please cancel")) == ["the site is free :)", "Please cancel"]
    assert list(clauses("see note (a:)b and (c) d")) == ["see note (a:)b and (c) d"]
