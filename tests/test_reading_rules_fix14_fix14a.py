"""Reading rules generalised from the sixth fresh round's German, English and Spanish misses (fix14a),
each with sentences of its own (none copied from any round), in every language where the same rule
exists.

- The English loanword "refund" declined with the noun first ("Refund wollen wir keinen", "El refund no
  lo necesitamos", "Le refund, on n'en a pas besoin") asks for no refund, in every pack that reads the
  loanword inside its own language's mail.
- An exception reason inside a question under a condition set before it ("And if we paid twice by
  mistake, how would that work?") is a case that has not happened: no reason is stated, so a
  hypothetical question stays a policy question ("other"), never a request.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])


def read(body: str, subject: str = "Hello"):
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- the loanword "refund" declined, noun first ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo zusammen,\n\nwir stellen unser Marketing komplett um, please cancel our plan zum Ende der Laufzeit. "
    "Refund wollen wir keinen.\n\nGrüße\nJonas",
    "Hi,\n\nbitte das Abo kündigen, we are moving to another tool and it is not for us. "
    "Einen Refund brauchen wir aber nicht.\n\nDanke\nLea",
    "Hallo,\n\nbitte kündigt unser Abo, das Budget ist leider weg. Please cancel it. Refund nicht nötig.\n\n"
    "Viele Grüße\nTim",
    "Hola,\n\npor favor cancelen el plan, we are closing the office and it is time to stop. "
    "El refund no lo necesitamos.\n\nSaludos\nLucía",
    "Olá,\n\npor favor cancelem a assinatura, we are closing the shop and it is the end for us. "
    "Refund não precisamos.\n\nAbraço\nRui",
    "Bonjour,\n\nmerci d'annuler l'abonnement, we are closing the agency and it is over for us. "
    "Le refund, on n'en a pas besoin.\n\nCordialement\nLéa",
])
def test_a_declined_loanword_noun_first_asks_for_no_refund(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # the refund is asked; the declined thing is something else, or the wait
    "Hallo,\n\nwe were charged twice this month, den Refund brauchen wir bitte bis Freitag.\n\nDanke\nJonas",
    "Hallo,\n\nplease refund the double charge for our team. Eine Rechnung per Post brauchen wir nicht.\n\n"
    "Danke\nJonas",
    "Hola,\n\nwe were charged twice for the plan, el refund lo necesitamos antes del viernes.\n\nSaludos\nLucía",
    "Olá,\n\nwe were charged twice for the plan, o refund precisamos até sexta.\n\nAbraço\nRui",
])
def test_a_loanword_refund_still_asked_is_read(body):
    assert "refund" in read(body).intents


# -- an exception reason inside a hypothetical question --------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nWe are thinking about the annual plan. And if we paid twice by mistake, how would that work?\n\n"
    "Thanks,\nOmar",
    "Hola:\n\nEstamos pensando en el plan anual. ¿Y si nos cobraran dos veces por error, qué pasaría?\n\n"
    "Saludos,\nIrene",
    "Hallo,\n\nwir überlegen, das Jahresabo zu buchen. Was ist, wenn wir aus Versehen doppelt bezahlt haben?\n\n"
    "Grüße\nPaul",
])
def test_a_duplicate_in_a_hypothetical_question_is_no_request(body):
    found = read(body)
    assert found.intents == set()
    assert found.fields.reason_code != "duplicate_payment"


@pytest.mark.parametrize("body", [
    # the duplicate happened; the condition comes after it, or the question has no condition
    "Hello,\n\nWe were charged twice for the annual plan. If I send the bank statement, will you refund it?\n\n"
    "Thanks,\nOmar",
    "Hola:\n\nNos cobraron dos veces el plan anual, ¿me lo pueden devolver?\n\nSaludos,\nIrene",
    "Hallo,\n\nihr habt doppelt abgebucht. Bitte erstattet den zweiten Betrag.\n\nGrüße\nPaul",
])
def test_a_duplicate_that_happened_is_still_read(body):
    found = read(body)
    assert found.fields.reason_code == "duplicate_payment"
    assert "refund" in found.intents


# -- a sign-off thanking in advance, or thanks joined to a greeting ----------------------------------

@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nich bitte um Erstattung meines Monatsabos.\n\nDanke im Voraus und beste Grüße\nKarin Busch\n"
    "Busch Immobilien | Makler für Gewerbeflächen",
    "Hello,\n\nI would like a refund of my monthly plan.\n\nThanks in advance and kind regards\nKaren Bush\n"
    "Bush Estates | Agents for office space",
    "Hola,\n\nsolicito el reembolso de mi plan mensual.\n\nGracias de antemano y saludos\nCarmen Bosch\n"
    "Bosch Inmuebles | Agentes de oficinas y locales",
    "Olá,\n\npeço o reembolso do meu plano mensal.\n\nObrigada desde já e abraços\nCarla Bosco\n"
    "Bosco Imóveis | Agentes de escritórios e lojas",
    "Bonjour,\n\nje demande le remboursement de mon abonnement mensuel.\n\nMerci d'avance et bonne journée\n"
    "Carole Bois\nBois Immobilier | Agents de bureaux et commerces",
])
def test_the_signature_after_a_thankful_sign_off_is_no_reason(body):
    found = read(body)
    assert "refund" in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("body", [
    # the reason comes before the sign-off: it is still read
    "Guten Tag,\n\nwir haben ein anderes Tool gefunden, daher bitte ich um Erstattung.\n\n"
    "Danke im Voraus und beste Grüße\nKarin Busch",
    "Hello,\n\nWe moved to another tool, so I would like a refund.\n\nThanks in advance and kind regards\nKaren",
])
def test_a_reason_above_a_thankful_sign_off_is_read(body):
    assert read(body).fields.reason is not None


# -- German duplicates written as a numeral and "mal" apart ------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nihr habt gestern ZWEI mal 499 Rupien abgebucht. Bitte einmal erstatten.\n\nGruß\nOle",
    "Hallo,\n\nmeine Karte wurde 3x belastet, ich habe nur einmal bestellt. Bitte erstatten.\n\nGruß\nOle",
    "Hallo,\n\nder Monatsbeitrag wurde drei Mal eingezogen. Bitte den Rest erstatten.\n\nGruß\nOle",
])
def test_de_a_numeral_and_mal_apart_is_a_duplicate(body):
    assert read(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Hallo,\n\nich habe zwei mal versucht, mich einzuloggen. Bitte das Abo kündigen.\n\nGruß\nOle",
    "Hallo,\n\nwir haben das Tool drei Mal pro Woche genutzt, es war zu teuer. Bitte erstatten.\n\nGruß\nOle",
])
def test_de_a_numeral_and_mal_without_a_charge_is_no_duplicate(body):
    assert read(body).fields.reason_code != "duplicate_payment"


# -- German: a bare amount asked back -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\ndas Logo-Update war den Aufwand nicht wert. Können wir die 2.000 bitte zurückbekommen?\n\nDanke\nMia",
    "Hallo,\n\ndie Anpassung am Menü war überflüssig. Ich möchte die 1.200 € zurückerhalten.\n\nDanke\nMia",
])
def test_de_a_bare_amount_asked_back_is_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nkönnen wir den Zugang zum Dashboard bitte zurückbekommen?\n\nDanke\nMia",
    "Hallo,\n\nwir rufen Sie um 3 zurück, es geht um das Logo.\n\nDanke\nMia",
])
def test_de_something_else_asked_back_is_no_refund(body):
    assert "refund" not in read(body).intents


# -- a charge disputed with the card issuer named (C4) ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nRefund my plan today or I will be disputing the payment with Visa tomorrow.\n\nRob",
    "Hello,\n\nI am about to open a dispute with American Express about this charge. Cancel it now.\n\nRob",
    "Hola,\n\nsi no me devolvéis el dinero voy a reclamar el cargo ante Mastercard.\n\nRoberto",
    "Hallo,\n\nwenn ich das Geld nicht zurückbekomme, werde ich die Abbuchung bei Amex reklamieren.\n\nRobert",
    "Olá,\n\nse não houver reembolso vou contestar a cobrança com a Visa.\n\nRoberto",
    "Bonjour,\n\nsans remboursement je vais contester le prélèvement auprès d'Amex.\n\nRobert",
])
def test_a_charge_disputed_with_a_named_card_issuer_is_a_dispute(body):
    assert read(body).dispute is not None


@pytest.mark.parametrize("body", [
    "Hello,\n\nI paid with my Visa card and was charged twice. Please refund one.\n\nRob",
    "Hello,\n\nWe do not dispute that the plan renewed; please cancel it now. I paid by Amex.\n\nRob",
    "Hola,\n\npagué con Mastercard y quiero cancelar el plan mensual.\n\nRoberto",
])
def test_a_card_named_without_a_dispute_is_no_dispute(body):
    assert read(body).dispute is None


# -- Spanish: a charge passed twice ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola:\n\nNos habéis pasado el recibo de la cuota dos veces este mes; devolvednos uno.\n\nGracias",
    "Hola:\n\nMe han girado el cargo mensual 2 veces el mismo día, quiero que me devolváis el segundo.\n\nGracias",
])
def test_es_a_charge_passed_twice_is_a_duplicate(body):
    found = read(body)
    assert found.fields.reason_code == "duplicate_payment"
    assert "refund" in found.intents


def test_es_a_mail_passed_on_twice_is_no_duplicate():
    body = "Hola:\n\nOs he pasado el correo al gestor dos veces y nadie contesta, quiero cancelar el plan.\n\nGracias"
    assert read(body).fields.reason_code != "duplicate_payment"


# -- a decline of another refund does not swallow a duplicate stated elsewhere --------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nI know you never refund a plan part-way through and I am not asking for that. "
    "What I need returned is the extra charge: you billed me twice on the 3rd.\n\nLena",
    "Hi,\n\nYour site says you don't refund unused months, and I'm not looking for it. "
    "You charged my card twice for September.\n\nLena",
])
def test_a_decline_of_another_refund_leaves_the_duplicate_request(body):
    found = read(body)
    assert found.fields.reason_code == "duplicate_payment"
    assert "refund" in found.intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nYou charged my card twice for September. I don't need a refund, just cancel the plan.\n\nLena",
    "Hi,\n\nYou charged my card twice for September, but I'm not asking for that back.\n\nLena",
    "Hi,\n\nI know you don't refund unused months. You charged my card twice for September, "
    "but I'm not asking for that.\n\nLena",
])
def test_a_decline_of_the_duplicate_refund_itself_still_declines(body):
    assert "refund" not in read(body).intents
