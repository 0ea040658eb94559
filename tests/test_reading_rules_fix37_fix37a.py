"""Rules of fix37a behind fresh26's es/pt/fr/de misses, each with sentences of its own (none copied from any round
or from the phrasebook).

- A formal refund letter gives no reason: a title's full stop ("Lcda.", "V. Exas.") cuts no sentence, the amount
  pointed at as the invoice states it ("por el monto que en ella consta") says nothing, and another ask opening a
  sentence ("2) Pouvez-vous changer l'adresse ...", ``text.other_asks``) is no reason: the bot asks (C3).
- A negation before a colon stays in its clause ("perdón, no lo dije: nos cobraron dos veces" states a duplicate).
- "Saludos, ..." opening the mail greets: the words after it are read as the reason.
- Before buying: "Estou a pensar contratar", "pensamos contratar" (no preposition, a plan in the present).
- "Não é pedido de reembolso" (no article) asks nothing.
- German: a duplicate told in dialect ("zwoimal abbucht") and the charge asked back by its ordinal alone ("die
  zweite bitte zurück").
"""

from __future__ import annotations

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, config, inbound, ist, read_body, same_month_charges


def reading(body: str, subject: str = "Hello"):
    return read_body(body, subject=subject)


# -- 1. a formal refund letter without a reason ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Estimados señores:\n\nQuien suscribe, Lcda. Ana Ruiz Mora, abogada, en mi condición de titular, solicito el "
    "reembolso de la factura LO-INV-5511, por el monto que en ella se indica.\n\nAtentamente,\nLcda. Ana Ruiz Mora",
    "Estimados señores:\n\nLa suscrita, Ing. Rosa Vega, solicito la devolución de la factura LO-INV-5511, por la "
    "cantidad que en ella consta.\n\nAtentamente,\nRosa Vega",
    "Exmos. Senhores,\n\nVenho requerer a V. Exas. a devolução do montante pago na fatura LO-INV-5511, pela quantia "
    "que nela consta.\n\nCom os melhores cumprimentos,\nRui Sousa",
    "Bonjour,\n\n1) Je demande le remboursement de la facture LO-INV-5511.\n2) Pourriez-vous mettre à jour notre "
    "numéro de TVA sur les factures.\n3) Merci de supprimer l'ancien compte de Paul.\n\nCordialement,\nMarc Petit",
    "Hola,\n\n1) Solicito el reembolso de la factura LO-INV-5511.\n2) Pueden cambiar el correo de facturación "
    "por el de mi socio.\n\nSaludos,\nMarta",
    "Olá,\n\nQuero o reembolso da fatura LO-INV-5511.\nPodem também alterar o endereço de cobrança para a nova "
    "morada.\n\nObrigado,\nRui",
    "Hallo,\n\nbitte erstatten Sie die Rechnung LO-INV-5511.\nKönnen Sie außerdem meine Kollegin als Nutzerin "
    "hinzufügen.\n\nGrüße\nJens",
])
def test_a_refund_with_no_reason_but_formalities_or_other_asks_has_none(body):
    found = reading(body, "Reembolso")
    assert "refund" in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Estimados señores:\n\nLa suscrita, Lcda. Ana Ruiz, solicito el reembolso de la factura LO-INV-5511, ya que "
    "cerramos el despacho y no usaremos la plataforma.\n\nAtentamente,\nAna Ruiz",
    "Olá,\n\nQuero o reembolso da fatura LO-INV-5511. A loja fechou e não vamos usar mais.\n\nObrigado,\nRui",
    "Bonjour,\n\nJe demande le remboursement de la facture LO-INV-5511. Nous avons fermé le garage le mois "
    "dernier.\n\nMerci de votre compréhension.\nMarc",
    "Bonjour,\n\nJe demande le remboursement de la facture LO-INV-5511. Vous pouvez le voir : nous avons fermé le "
    "garage le mois dernier.\n\nMarc",
    "Hallo,\n\nbitte erstatten Sie die Rechnung LO-INV-5511. Wir haben den Laden im August aufgegeben.\n\nJens",
])
def test_a_reason_beside_the_formalities_is_still_read(body):
    assert reading(body, "Reembolso").fields.reason is not None


# -- 2. a negation before a colon stays in its clause -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nPerdón, no lo expliqué: cobraron dos veces la cuota de septiembre.\n\nLuis",
    "Olá,\n\nDesculpem, eu não disse: cobraram duas vezes a mensalidade.\n\nLuis",
])
def test_a_negation_before_a_colon_does_not_negate_the_duplicate(body):
    assert reading(body, "Re: reembolso").fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Hola,\n\nPerdón por la confusión: no nos cobraron dos veces, era otra tarjeta.\n\nLuis",
    "Hola,\n\nNo, no nos cobraron dos veces, quiero la devolución por otra cosa.\n\nLuis",
])
def test_a_negation_in_the_same_clause_still_negates(body):
    assert reading(body, "Re: reembolso").fields.reason_code != "duplicate_payment"


# -- 3. 'Saludos,' opening the mail greets ------------------------------------------------------------------------

def test_saludos_opening_the_first_sentence_greets():
    body = ("Saludos, les escribo con una preocupación: la agencia cambió el logo dos veces y ya no confiamos en "
            "los plazos. Queremos la devolución del hito OWD-2025-9 del proyecto Tienda Azul.\n\nBendiciones,\nEva")
    assert read_body(body, subject="devolución", brand="owd").fields.reason is not None


def test_saludos_closing_the_mail_is_still_the_sign_off():
    body = "Hola,\n\nQueremos la devolución del hito OWD-2025-9 del proyecto Tienda Azul.\n\nSaludos,\nEva Luna Ríos"
    assert read_body(body, subject="devolución", brand="owd").fields.reason is None


# -- 4. before buying -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bom dia. Estou a pensar contratar uma loja. Têm reembolso se eu desistir depois de pagar a entrada? E o plano "
    "anual, se eu cancelar no primeiro mês?",
    "Hola. Estoy pensando contratar una web. ¿Hay reembolso si desisto después de pagar el anticipo? ¿Y el plan "
    "anual, si cancelo el primer mes?",
    "Hola. Pensamos contratar el plan anual. ¿Hay reembolso si desistimos el primer mes? ¿Y si cancelamos después?",
])
def test_a_question_before_buying_asks_nothing(body):
    assert not reading(body, "Pregunta").intents


@pytest.mark.parametrize("body", [
    "Olá. Pensamos muito e decidimos: cancelem o plano anual.",
    "Hola. Estoy pensando en la factura LO-INV-5511: reembólsenla, por favor.",
])
def test_a_request_near_a_thinking_word_still_asks(body):
    assert reading(body, "Pedido").intents


# -- 5. 'não é pedido de reembolso' without article --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Oi gente, não é pedido de reembolso, só queria saber quando sai a próxima versão.",
    "Hola, no es solicitud de devolución, solo quiero saber la fecha de entrega.",
])
def test_not_a_refund_request_without_article_asks_nothing(body):
    assert "refund" not in reading(body, "Dúvida").intents


@pytest.mark.parametrize("body", [
    "Oi gente, isto é pedido de reembolso da fatura LO-INV-5511.",
    "Hola, es solicitud de devolución de la factura LO-INV-5511.",
])
def test_a_refund_request_told_as_such_still_asks(body):
    assert "refund" in reading(body, "Pedido").intents


# -- 6. German: dialect duplicate and the charge asked back by its ordinal -----------------------------------------

@pytest.mark.parametrize("body", [
    "Servus,\n\ndes Abo isch zwoimal abbucht worra. Die zwoite bitte zrück.\n\nSepp",
])
def test_a_dialect_duplicate_and_the_second_asked_back(body):
    found = reading(body, "Abbuchung")
    assert "refund" in found.intents
    assert found.fields.reason_code == "duplicate_payment"


def test_the_second_charge_asked_back_by_its_ordinal_asks_a_refund():
    body = "Hallo,\n\nam Montag kamen zwei Buchungen über 1.499 INR. Die zweite bitte zurück.\n\nSepp"
    assert "refund" in reading(body, "Frage").intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\ndie zweite Seite bitte zurück an mich schicken.\n\nSepp",
    "Hallo,\n\nwir waren zwoimal bei euch zum Termin. Die zweite Seite bitte zurück.\n\nSepp",
])
def test_an_ordinal_of_something_else_asks_nothing(body):
    found = reading(body, "Frage")
    assert "refund" not in found.intents
    assert found.fields.reason_code != "duplicate_payment"


def test_a_dialect_duplicate_with_a_cancellation_approves_the_second_charge():
    cfg = config()
    charges = same_month_charges({"LO-INV-811": "2025-09-06T09:00:00", "LO-INV-812": "2025-09-06T09:01:00"}, cfg)
    triage = Triage(cfg, charges, FixedClock(ist(2025, 9, 8, 10, 0)))
    text = ("Grüß Gott,\n\ndes Abo isch am Samstag zwoimal abbucht worra, LO-INV-811 und LO-INV-812. Die zwoite "
            "bitte zrück. Und bitte glei kündiga, zum Monatsende.\n\nSepp")
    verdict = triage.decide([inbound("nora@example.com", LO_ADDRESS, "Abbuchung", ist(2025, 9, 7, 10, 0),
                                     text)]).verdict
    outcomes = {d.intent: (d.outcome, str(d.amount)) for d in verdict.decisions}
    assert outcomes["refund"] == ("approve", "1499.00")
    assert outcomes["cancellation"][0] == "cancel"
