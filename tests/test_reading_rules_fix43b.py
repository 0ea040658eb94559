"""(fix43b) Families the fresh31 and fresh32 rounds missed in Spanish, Portuguese, German and French, each with
sentences of the test's own (none taken from the round) in two languages or more, and near misses that must keep
reading as before.

- A dispute over the charge opened with the bank or the card, the charge named between ('una reclamación del cobro
  ante mi banco', 'uma disputa da cobrança no cartão', 'un litige sur le paiement avec ma carte'), or the bank named
  before the dispute is opened ('rufe meine Bank an und eröffne einen Streitfall'); small-claims bodies and consumer
  rights in other words ('juicio monitorio', 'procedimento de injunção', 'conciliateur de justice', 'unsere Rechte
  als Verbraucher'): a threat (C4), never an approval.  A dispute with someone else, a refund credited to the card
  and a suggested dispute refused stay no threat.
- Only when the change takes effect, written after the request ('..., à compter de la prochaine échéance',
  'fristgerecht zum nächstmöglichen Zeitpunkt'): timing, no reason (C3); a cause after it is still read.
- The contract ended with the legal or borrowed verb ('resiliar a assinatura', 'resolver el contrato', 'rompre le
  contrat', 'rescind the contract'): a cancellation; 'resiliência', 'resolver el problema' ask nothing.
- A reason after a colon whose only figure is a year ('ab 2026 übernimmt ...', 'el torneo 2026'): the customer's
  reason; an amount or the payment's own year after the colon stays out.
- The money asked back with the verb before its object, as learners write ('Bitte zurückschicken meinen Betrag',
  'Svp rendre argent'): a refund; something else given back ('die Zugangsdaten', 'l'accès') is none.
- The will or decision not to continue told as a noun ('nuestra decisión de no continuar con la suscripción', 'a vontade de não
  continuar com a assinatura', 'das Jahresabo nicht fortsetzen'): a cancellation; 'la decisión de no cambiar de
  plan' is none.
- One sentence of the mail in another language the brand reads ('Pode reembolsar?' in French mail): read in that
  language too when the mail's own language asks nothing; a courtesy quoted in it ('« obrigado pela atenção »') asks
  nothing.
- The request said to a colleague with the familiar imperative, as a forwarded note does ('Paqui, escribe a Optima
  y da de baja el mantenimiento', 'Léa, écris à Optima et résilie la maintenance'): a cancellation; the same verb
  telling what someone else does ('el sistema ... y da de baja el plan', 'notre prestataire résilie') is none.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- 1. a dispute over the charge opened with the bank or card; small-claims bodies, consumer rights (C4) ----------

@pytest.mark.parametrize("body", [
    "Me cobraron dos veces LO-INV-32251. Devuélvanme uno o presento una reclamación del cobro ante mi banco esta "
    "misma semana.",
    "Fui cobrado duas vezes na LO-INV-32251. Se não devolverem até sexta, abro uma disputa da cobrança no cartão.",
    "Vous m'avez prélevé deux fois (LO-INV-32251). Sans remboursement sous 48 h, j'ouvre un litige sur le paiement "
    "avec ma carte.",
    "Sie haben LO-INV-32251 doppelt abgebucht. Ohne Erstattung bis Freitag rufe ich meine Bank an und eröffne einen "
    "Streitfall.",
    "Me cobraron dos veces LO-INV-32251. Si no me lo devuelven, inicio un juicio monitorio.",
    "Cobraram duas vezes a LO-INV-32251. Sem devolução avançamos com um procedimento de injunção.",
    "Vous m'avez prélevé deux fois (LO-INV-32251). Sans remboursement je saisis un conciliateur de justice.",
    "Sie haben LO-INV-32251 doppelt abgebucht. Bitte erstatten, wir kennen unsere Rechte als Verbraucher.",
    "Cobraram duas vezes a LO-INV-32251. Exigimos a devolução, conhecemos os nossos direitos enquanto consumidores.",
])
def test_a_dispute_with_the_bank_or_a_small_claims_body_is_a_threat(body):
    found = read(body)
    assert "refund" in found.intents and found.dispute is not None


@pytest.mark.parametrize("body", [
    "Me cobraron dos veces LO-INV-32251, reembólsenme uno por favor. Tuve una disputa con mi socio por esto.",
    "Fui cobrado duas vezes na LO-INV-32251, quero o estorno do valor no cartão.",
    "Vous m'avez prélevé deux fois (LO-INV-32251), remboursez-moi. J'ai eu un litige avec mon associé à ce sujet.",
    "Me cobraron dos veces LO-INV-32251. El banco me sugirió abrir una disputa del cargo con la tarjeta, pero no "
    "quiero eso; prefiero que ustedes me lo devuelvan.",
])
def test_a_dispute_with_someone_else_or_a_refund_to_the_card_is_no_threat(body):
    found = read(body)
    assert "refund" in found.intents and found.dispute is None


# -- 2. only when the change takes effect: no reason ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Les comunicamos la baja del mantenimiento web, factura OWD-2025-5120, a partir del final del periodo en curso.",
    "Nous vous informons de la résiliation du support web, facture OWD-2025-5220, à compter de la prochaine "
    "échéance.",
    "Hiermit kündigen wir den Web-Support, Rechnung OWD-2025-5220, fristgerecht zum nächstmöglichen Zeitpunkt.",
])
def test_only_when_it_takes_effect_is_no_reason(body):
    found = read(body, brand="owd")
    assert found.intents == {"cancellation"} and found.fields.reason is None


@pytest.mark.parametrize("body, words", [
    ("Les comunicamos la baja del mantenimiento web, factura OWD-2025-5120, a partir del mes que viene ya no lo "
     "necesitamos.", "ya no lo necesitamos"),
    ("Informamos o cancelamento da manutenção, fatura OWD-2025-5220, desde o fim do mês a loja está fechada.",
     "a loja está fechada"),
])
def test_a_cause_after_the_timing_is_still_read(body, words):
    found = read(body, brand="owd")
    assert found.fields.reason and words in found.fields.reason


# -- 3. the contract ended with the legal or borrowed verb --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Quero resiliar a assinatura, é cara demais.",
    "Desejo resilir o contrato anual, já não precisamos.",
    "Deseamos resolver el contrato anual, es demasiado caro.",
    "Nous souhaitons rompre le contrat annuel, trop cher.",
    "We wish to rescind the annual contract, too expensive.",
])
def test_the_contract_ended_with_the_legal_verb_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "A resiliência da equipa é boa, obrigado pelo suporte.",
    "¿Podemos resolver el problema del contrato por teléfono?",
])
def test_resilience_or_a_problem_solved_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents


# -- 4. a reason after a colon whose only figure is a year --------------------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Kündigen Sie bitte den SEO-Retainer (OWD-2025-4108): ab 2026 übernimmt unsere eigene Marketingabteilung das.",
     "Marketingabteilung"),
    ("Cancelen el retainer de redes (OWD-2025-4108): la federación organiza ella misma el torneo 2026.",
     "la federación organiza"),
])
def test_a_reason_with_a_year_after_a_colon_is_read(body, words):
    found = read(body, brand="owd")
    assert found.fields.reason and words in found.fields.reason


@pytest.mark.parametrize("body", [
    "Cancelem o retainer de redes (OWD-2025-4108): 2026 euros.",
    "Cancel the social retainer (OWD-2025-4108): the invoice of 2025.",
])
def test_an_amount_or_the_payment_year_after_a_colon_is_no_reason(body):
    assert read(body, brand="owd").fields.reason is None


# -- 5. the money asked back with the verb first ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Sie haben zwei mal Jahresabo genommen, LO-INV-80122. Bitte zurückschicken meinen Betrag.",
    "Vous avez pris deux fois LO-INV-80122. Svp rendre argent.",
])
def test_the_money_asked_back_verb_first_is_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Bitte zurückgeben die Zugangsdaten, LO-INV-80122 bezahlt.",
    "Merci de me rendre l'accès, LO-INV-80122 est payée.",
])
def test_something_else_given_back_is_no_refund(body):
    assert "refund" not in read(body).intents


# -- 6. the will or decision not to continue, told as a noun ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Les trasladamos nuestra decisión de no continuar con la suscripción anual, hemos cerrado la oficina.",
    "Comunicamos a nossa vontade de não continuar com a assinatura anual, migrámos para outro programa.",
    "Wir teilen Ihnen mit, dass wir das Jahresabo nicht fortsetzen möchten, wir sind zu einem anderen Programm "
    "gewechselt.",
    "We hereby inform you of our decision not to continue with the annual subscription, we moved to another tool.",
])
def test_the_decision_not_to_continue_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


def test_a_decision_not_to_change_plan_is_no_cancellation():
    assert "cancellation" not in read("Tomamos la decisión de no cambiar de plan, seguimos encantados.").intents


# -- 7. one sentence in another read language ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, la facture LO-INV-94262 de septembre n'est pas correcte, le montant est trop élevé par rapport au "
    "devis. ¿Me pueden devolver la diferencia? Merci d'avance pour votre aide.",
    "Bonjour, le montant de la facture LO-INV-94262 ne correspond pas au devis signé en août. Podem devolver a "
    "diferença? Merci beaucoup.",
])
def test_a_sentence_in_another_read_language_is_read(body):
    assert "refund" in read(body).intents


def test_a_courtesy_quoted_in_another_language_asks_nothing():
    body = ("Bonjour, la facture LO-INV-94262 de septembre n'est pas correcte. Mon collègue de Lisbonne dit toujours "
            "« obrigado pela atenção ». Merci de vérifier.")
    assert read(body).intents == set()


# -- 8. the request said to a colleague with the familiar imperative ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Marta, llama a la agencia y da de baja el hosting de la tienda (OWD-2025-520), cerramos en diciembre.",
    "Léa, écris à Optima et résilie la maintenance du catalogue (facture OWD-2025-520), on revient au papier.",
])
def test_a_cancellation_asked_of_a_colleague_is_a_cancellation(body):
    assert "cancellation" in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Su sistema me cobra y da de baja el plan sin avisar, ¿qué pasa con la factura OWD-2025-520?",
    "Notre ancien prestataire résilie le contrat sans prévenir, votre facture OWD-2025-520 est-elle correcte ?",
])
def test_the_verb_telling_what_someone_else_does_is_no_cancellation(body):
    assert "cancellation" not in read(body, brand="owd").intents
