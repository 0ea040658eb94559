"""Constructions the earlier passes taught other languages, carried into Spanish, Portuguese and French
(xfer24a), each with sentences of its own (none copied from any round or from the phrasebook), and near
misses that must not trigger.

- A thank-you that closes a story (en/de/hi fix23b, fr fix23a): a refund or a cancellation thanked for with a
  word that tells it done ("Gracias por el reembolso tan rápido", "Obrigado pelo cancelamento rápido",
  "gracias por devolverme el dinero tan rápido") asks nothing; a thanks in advance ("desde ya gracias por la
  cancelación"), or "gracias por devolverme el dinero" alone, still closes a request.  A refund told as
  carried out or seen on the card ("le remboursement a été effectué", "ya se reflejó en mi tarjeta") is
  received; "n'a pas été effectué" is still awaited.
- The retainer named by what it covers, no longer wanted (es/en fix23c): "já não queremos o serviço de SEO",
  "nous ne voulons plus la maintenance mensuelle"; a ticket solved ("je n'ai plus besoin du support") or
  another thing no longer wanted asks nothing.
- An intent verb with little or no object (fr fix23c "je résilie", es "cancelo"): "on résilie à la fin du
  mois", "je résilie mon abo", "Rescindo o contrato.", "Rescindo el contrato", "dénla por terminada",
  "Reembólsenme"; under a condition, or asked, it is no request.
- A login never able to be made is an access failure ("nunca pude entrar", "nunca consegui acessar", as fr
  "je n'ai jamais pu me connecter"); one the customer never made ("nunca entré") is none.
- Cancelled and still billed (fix23d) told as a state ("estoy dado de baja ... y me cobraron") or with the
  debits going on ("vous continuez à prélever", "encore un prélèvement", "Abonnement annulé ..., mais
  prélèvement le 20") is the billing error.
- A duplicate charge with the amount written in words between the charge and the count.
- A consequence asked after a condition by intonation or with "est-ce qu'on" / "est-ce que vous" is a
  hypothetical question.
- A dispute opened with the card (pt "abrir uma disputa no cartão", fr "contesté ... auprès de ma carte").
- A reason given as a field in the local language ("Motivo de la baja:", "Motivo da rescisão:", "Raison de la
  demande :") gives its value, not the label (pt read no reason at all).
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo"):
    return read_body("Hola,\n\n" + body + "\n\nNora", brand=brand)


# -- a thank-you that closes a story --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Gracias por el reembolso tan rápido.",
    "Muchas gracias por devolverme el dinero tan rápido.",
    "Gracias, el reembolso ya se reflejó en mi tarjeta.",
    "Obrigada pelo reembolso tão rápido.",
    "Muito obrigado por devolverem o dinheiro tão depressa.",
    "Obrigado pelo cancelamento rápido.",
    "Le remboursement a été effectué, merci pour votre aide.",
    "Merci, le remboursement apparaît bien sur ma carte.",
    "Valeu pelo estorno rapidinho!",
    "C'est bon, j'ai été remboursé, merci.",
    "Merci, j'ai bien été remboursée hier.",
])
def test_a_thanks_for_what_was_done_asks_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body, intents", [
    ("Gracias por devolverme el dinero.", {"refund"}),
    ("Obrigado por devolverem o dinheiro.", {"refund"}),
    ("Gracias por el reembolso tan pronto como puedan.", {"refund"}),
    ("Desde ya gracias por la cancelación.", {"cancellation"}),
    ("Desde já obrigado pelo cancelamento do plano.", {"cancellation"}),
    ("Le remboursement n'a pas été effectué, merci de vérifier.", {"refund"}),
    ("Le remboursement n'apparaît pas sur ma carte, remboursez-moi.", {"refund"}),
    ("El reembolso no se reflejó en mi tarjeta, por favor revisen.", {"refund"}),
    ("Je n'ai pas été remboursé, merci de faire le nécessaire.", {"refund"}),
    ("J'ai été remboursé de moitié seulement, je veux le reste.", {"refund"}),
])
def test_a_thanks_in_advance_or_a_refund_still_awaited_still_asks(body, intents):
    assert read(body).intents == intents


# -- the retainer named by what it covers ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Já não queremos o serviço de SEO.",
    "Nous ne voulons plus la maintenance mensuelle du site.",
    "Nous ne souhaitons plus le support mensuel.",
    "Ya no necesitamos la gestión de redes sociales, por favor dénla por terminada.",
])
def test_the_retainer_no_longer_wanted_is_a_cancellation(body):
    assert read(body, "owd").intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Não quero o plano anual, prefiro o mensal.",
    "Não precisamos mais de suporte, o problema foi resolvido.",
    "Je n'ai plus besoin du support, tout fonctionne.",
    "Nous ne voulons plus de bugs sur la maintenance, pouvez-vous corriger ?",
])
def test_a_ticket_solved_or_another_thing_unwanted_is_no_cancellation(body):
    assert read(body, "owd").intents == set()


# -- an intent verb with little or no object ------------------------------------------------------------------

@pytest.mark.parametrize("body, intents", [
    ("On résilie à la fin du mois.", {"cancellation"}),
    ("Je résilie mon abo, merci.", {"cancellation"}),
    ("Rescindo o contrato.", {"cancellation"}),
    ("Encerro a conta hoje.", {"cancellation"}),
    ("Por meio desta, rescindimos o contrato de manutenção.", {"cancellation"}),
    ("Rescindo el contrato de mantenimiento.", {"cancellation"}),
    ("Désabonnez moi svp.", {"cancellation"}),
    ("Reembólsenme, por favor.", {"refund"}),
])
def test_a_bare_intent_verb_asks(body, intents):
    assert read(body).intents == intents


@pytest.mark.parametrize("body", [
    "Si on résilie à la fin du mois, est-ce qu'on paie le mois suivant ?",
    "Si on résilie maintenant, est-ce qu'on paie le mois suivant ?",
    "Si j'annule, est-ce que vous continuez à prélever ?",
    "Si je prends l'annuel et que je résilie ensuite, je suis remboursé du reste ?",
    "Se não resolverem até sexta, rescindo o contrato.",
    "Se não resolverem até amanhã, encerro a conta.",
    "Encerro a conta? Quanto custa a multa?",
    "Rescindimos o contrato em março e agora pedimos a fatura.",
    "Rescindo o contrato? Ainda não decidi, quanto custa a multa?",
    "Désabonnez moi de la newsletter svp.",
])
def test_the_same_verbs_under_a_condition_asked_or_past_ask_nothing(body):
    assert read(body).intents == set()


# -- reasons --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Nunca pude entrar a la cuenta. Quiero un reembolso.", "access_failure"),
    ("Nunca consegui acessar a conta. Quero um reembolso.", "access_failure"),
    ("Estoy dado de baja desde agosto y me cobraron igual. Reembolso por favor.", "billing_error"),
    ("J'ai demandé la résiliation en juillet et vous continuez à prélever. Remboursez-moi.", "billing_error"),
    ("Résilié il y a deux mois, et encore un prélèvement ce mois-ci. Je veux être remboursé.", "billing_error"),
    ("Abonnement annulé le 3 août, mais prélèvement le 20. Merci de rembourser.", "billing_error"),
    ("Me cobraron mil cuatrocientas noventa y nueve rupias dos veces. Quiero el reembolso.", "duplicate_payment"),
    ("Vous avez prélevé mille quatre cent quatre-vingt-dix-neuf roupies deux fois. Remboursez-moi.",
     "duplicate_payment"),
])
def test_the_reason_is_read(body, code):
    found = read(body)
    assert found.intents == {"refund"} and found.fields.reason_code == code


@pytest.mark.parametrize("body, code", [
    ("Nunca entré a la cuenta, quiero el reembolso.", "access_failure"),
    ("Nunca acessei a conta, quero reembolso.", "access_failure"),
    ("Me cobraron mil rupias y quiero el reembolso, lo pregunté dos veces.", "duplicate_payment"),
    ("Abonnement annulé le 3 août, mais le prélèvement d'août était normal, merci de rembourser.", "billing_error"),
])
def test_the_near_misses_give_no_such_reason(body, code):
    assert read(body).fields.reason_code != code


# -- disputes -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, disputed", [
    ("Vou abrir uma disputa no cartão por todos os valores.", True),
    ("J'ai contesté le paiement auprès de ma carte bancaire.", True),
    ("Paguei com o cartão e quero abrir uma conta nova.", False),
    ("J'ai payé avec ma carte bancaire, pouvez-vous m'envoyer la facture ?", False),
])
def test_a_dispute_opened_with_the_card(body, disputed):
    assert bool(read(body).dispute) is disputed


# -- a reason given as a 'label: value' field in the local language ---------------------------------------------

@pytest.mark.parametrize("body, reason", [
    ("Quiero cancelar.\n\nMotivo de la baja: cerramos el negocio", "cerramos el negocio"),
    ("Quiero un reembolso.\n\nMotivo del reembolso: cerramos el negocio", "cerramos el negocio"),
    ("Quero cancelar.\n\nMotivo da rescisão: fechamos a loja", "fechamos a loja"),
    ("Je veux résilier.\n\nRaison de la demande : fermeture de la boutique", "fermeture de la boutique"),
])
def test_a_reason_field_gives_the_value_without_its_label(body, reason):
    assert read(body, "owd").fields.reason == reason
