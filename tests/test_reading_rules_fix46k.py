"""(fix46k) Known reading misses, each fixed as a family in every pack where its shape exists, with sentences the rule
was not written from (marked "unseen", in two languages) and near misses that keep reading as before.  The unsafe
direction first: no refund or cancellation is read where the customer did not ask for one.

1. A pause asked is no cancellation ("pause the plan", "put my subscription on hold", "plan rok do kuch din ke liye"):
   ``other`` for a person unless the email also asks to cancel (docs/policy.md, settled points).
2. A refund declined across a dashed aside ("I don't want - honestly, not at all - a refund, just cancel").
3. A dispute turned down, then a plain refund asked ("Je ne veux pas faire opposition, remboursez le doublon"): the
   refund is read, and no threat.
4. es: the plan the subject of the sentence before the enclitic imperative ("El plan es muy caro. Cancélenlo").
5. A negated reversal is no threat and asks no refund ("Ich werde die Lastschrift nicht zurückgehen lassen", "I will
   not reverse the charge with my bank").
6. ``dictated_lead``: a lower-case "i" opening a relative clause ("the plan i cancel now was his idea") opens no ask.
"""

from __future__ import annotations

import pytest

from mailbot.reading.dictated import dictated_lead
from tests.helpers import read_body


def read(body: str, subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject)


# -- 1. a pause is no cancellation --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please pause the plan for two months.",
    "Can you put my subscription on hold until March?",
    "Please stop my plan for two months.",
    "Favor de suspender el plan por dos meses.",
    "Por favor parem a assinatura durante as férias.",
    "Bitte stoppen Sie das Abo für zwei Monate.",
    "Merci de suspendre l'abonnement pendant deux mois.",
    "Mera plan rok do kuch din ke liye.",
    "प्लान रोक दीजिए कुछ दिनों के लिए।",
    # unseen
    "We'd like to pause our maintenance contract while the shop is being renovated.",
    "Pourriez-vous arrêter notre abonnement pour trois semaines, le temps des travaux ?",
    "Bitte stoppen Sie unser Abo vorübergehend.",
    "Por favor detengan nuestra suscripción durante las vacaciones.",
    "सब्सक्रिप्शन बंद कर दीजिए दो महीने के लिए।",
])
def test_a_pause_asked_is_no_cancellation(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Please stop my plan.",
    "Please pause the plan, or if that's not possible, cancel it.",
    "Mera plan rok do.",
    "Merci de suspendre mon abonnement.",
    "Por favor detengan el plan.",
    "Mera plan rok do kuch din ke liye, aur SEO retainer cancel kar do.",
])
def test_a_stop_with_no_while_or_a_cancellation_of_its_own_still_asks(body):
    assert read(body).intents == {"cancellation"}


def test_a_pause_beside_a_refund_leaves_the_refund():
    assert read("Please pause my subscription and refund the last charge.").intents == {"refund"}


# -- 2. a refund declined across a dashed aside ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "I don't want - honestly, not at all - a refund, just cancel",
    "No quiero - sinceramente, para nada - un reembolso, solo cancelen.",
    "Não quero - de jeito nenhum - um reembolso, só cancelem.",
    "Je ne veux pas - vraiment pas - de remboursement, résiliez juste.",
    "Ich will - ehrlich gesagt - keine Erstattung, nur kündigen.",
    "Mujhe - sach mein - refund nahi chahiye, bas cancel kar do.",
    # unseen
    "We really don't need - and I mean it - any refund, just close the account.",
    "No necesitamos - de verdad, para nada - ningún reembolso, solo den de baja el plan.",
])
def test_a_refund_declined_across_an_aside_asks_none(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "The plan is useless - honestly - refund me.",
    "I was charged twice - see the statement - please refund the duplicate.",
    "I don't want to wait - it has been weeks already, really far too long - refund me now.",
])
def test_an_aside_beside_a_refund_asked_still_asks(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "No refund, just cancel.",
    "Pas de remboursement, résiliez.",
])
def test_a_refund_turned_down_in_two_words_before_the_cancellation_asks_none(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "No refund, no reply, nothing. Refund me now.",
    "Toujours pas de remboursement, remboursez-moi.",
])
def test_a_refund_not_received_still_asks(body):
    assert read(body).intents == {"refund"}


# -- 3. a dispute turned down, then the refund asked -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Je ne veux pas faire opposition, remboursez simplement le doublon",
    "Ich will keine Rückbuchung machen, erstatten Sie einfach die doppelte Abbuchung.",
    "I don't want to dispute it, just refund the duplicate",
    "No quiero hacer un contracargo, solo devuélvanme el cobro doble",
    # unseen
    "Je ne souhaite pas faire opposition, merci de rembourser le doublon.",
    "Ich möchte keine Rückbuchung veranlassen, bitte erstatten Sie den doppelten Betrag.",
])
def test_a_dispute_turned_down_before_the_refund_asks_the_refund(body):
    found = read(body)
    assert found.intents == {"refund"} and found.dispute is None


@pytest.mark.parametrize("body", [
    "Je ne veux pas faire opposition ni être remboursé.",
    "Je ne veux pas faire opposition, ni être remboursé.",
    "Je ne veux pas faire opposition, je ne veux pas de remboursement.",
    "Ich will keine Rückbuchung machen, auch keine Erstattung.",
])
def test_a_refund_declined_with_the_dispute_asks_none(body):
    assert "refund" not in read(body).intents


def test_a_dispute_threatened_before_the_refund_is_still_a_threat():
    found = read("Je vais faire opposition, remboursez le doublon.")
    assert found.intents == {"refund"} and found.dispute is not None


# -- 4. es: the plan the subject of the sentence before the pronoun ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "El plan es muy caro. Cancélenlo",
    "La suscripción es muy cara. Cancélenla.",
    "Tenemos el plan anual. Cancélenlo",
    "O plano está caro. Cancelem-no",
    "L'abonnement est trop cher. Résiliez-le",
    "Das Abo ist zu teuer. Kündigen Sie es",
    # unseen
    "Nuestra membresía ya no nos sirve. Denla de baja.",
    "El contrato de mantenimiento sale carísimo. Anúlenlo, por favor.",
])
def test_the_plan_before_its_pronoun_is_cancelled(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "El plan es caro. Cancélenla.",
    "El plan está bien, pero el correo de avisos es pesado. Cancélenlo.",
    "El plan es caro. No lo cancelen.",
])
def test_a_pronoun_that_does_not_agree_stands_apart_or_is_negated_asks_nothing(body):
    assert read(body).intents == set()


# -- 5. a negated reversal: no threat, no refund -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ich werde die Lastschrift nicht zurückgehen lassen.",
    "Ich werde die Lastschrift nicht zurückbuchen lassen.",
    "I will not reverse the charge with my bank.",
    "Não vou estornar a cobrança no cartão.",
    # unseen
    "Não vou pedir ao banco para estornar a cobrança.",
    "Main bank se payment reverse nahi karwaunga.",
])
def test_a_reversal_turned_down_threatens_and_asks_nothing(body):
    found = read(body)
    assert found.intents == set() and found.dispute is None


@pytest.mark.parametrize("body", [
    "I will reverse the charge with my bank.",
    "I don't want to have to file a chargeback. Refund the duplicate.",  # (fix39d: a veiled threat)
    "Vou estornar a cobrança no cartão.",
    "Ich werde die Lastschrift zurückbuchen lassen.",
    "Main bank se payment reverse karwa dunga.",
])
def test_a_reversal_threatened_is_still_a_threat(body):
    assert read(body).dispute is not None


@pytest.mark.parametrize("body", [
    "I will not reverse the charge with my bank, please refund the duplicate.",
    "Não vou estornar a cobrança no cartão, devolvam o valor duplicado.",
])
def test_a_refund_asked_beside_the_reversal_turned_down_asks(body):
    found = read(body)
    assert found.intents == {"refund"} and found.dispute is None


# -- 6. dictated_lead: a relative clause opens no ask ------------------------------------------------------------------

SUBJECTS = frozenset({"i", "we"})
DETERMINERS = frozenset({"the", "my", "our", "a"})


def _lead(sentence: str, ask: str) -> str | None:
    at = sentence.index(ask)
    return dictated_lead(sentence, at, ask, frozenset({"please"}), frozenset(), SUBJECTS, frozenset({"but"}),
                         DETERMINERS)


def test_a_subject_after_a_noun_its_determiner_opens_opens_no_ask():
    assert _lead("the account manager we had left the company and the plan i cancel now was his idea", "cancel") is None
    assert _lead("the leads never arrived and the plan i refund you for is useless", "refund") is None


def test_a_subject_after_a_statement_still_opens_the_ask():
    assert _lead("the numbers are switched off i want a refund", "refund") == "the numbers are switched off"
    assert _lead("the tool is slow we want to cancel", "we want to cancel") == "the tool is slow"


@pytest.mark.parametrize("body", [
    "the account manager we had left the company and the plan i cancel now was his idea",
    # unseen
    "the leads never arrived and the plan i refund you for is useless",
])
def test_no_reason_is_cut_inside_the_noun_phrase(body):
    assert read(body).fields.reason != body.rsplit(" the plan", 1)[0] + " the plan"


def test_a_dictated_reason_before_a_subject_is_still_read():
    found = read("the tool we picked for our agency is too slow i want to cancel")
    assert found.intents == {"cancellation"} and found.fields.reason == "the tool we picked for our agency is too slow"
