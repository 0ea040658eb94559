"""Reading rules of fix29l (issue 9, readings earlier passes left), each with sentences of its own (none copied
from any round or from the phrasebook).

1. A sentence that only states a payment (its verb, amount, date, means) is no reason, in every pack.
2. A disclaimer's sentence is no reason, through a cue word ('by mistake') too, with no sign-off above it.
3. A work cancelled, told as past after a question, is the reason (es/pt 'obra', 'se canceló'; en past the
   purpose check).
4. The plan wanted cancelled with the participle after its object ('I want the plan terminated') asks to cancel.
5. A third person's present wish to cancel their own plan asks nothing; 'our plan' or 'asked me to' still asks.
6. A cancellation only doubted ('not sure whether we should cancel') asks nothing.
7. The English 'cancel' with a 'please' before the plan, in French, Spanish or Portuguese mail, asks to cancel.
8. A refund received settles its own sentence and those without an exception, not a new request in another.
9. Access failure: 'doesn't open' needs the product as its subject; a page blank where a part should be is none.
10. unlabelled_reason.py split: the names earlier callers read are still there.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def owd(body: str, subject: str = "Hello"):
    return read_body(body, subject=subject, brand="owd")


# -- 1. a payment stated is no reason --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please give me my money back. I paid Rs 2,350 on 4 August.",
    "Quisiera que me devuelvan el dinero. Pagué ₹2,350.00 el 4 de agosto de 2025.",
    "Merci de me rembourser. J'ai payé 2 350 € le 4 août.",
    "Bitte erstatten Sie mir den Betrag. Ich habe am 4. August 2.350 € bezahlt.",
    "Quero o reembolso, por favor. Paguei R$ 2.350 em 4 de agosto.",
    "Mujhe refund chahiye. Maine 4 August ko Rs 2350 pay kiya.",
])
def test_a_payment_stated_is_no_reason(body):
    assert owd(body, "Refund").fields.reason is None


@pytest.mark.parametrize("body, word", [
    ("Please give me my money back. I paid Rs 2,350 on 4 August for a shop we had to close.", "close"),
    ("Quisiera que me devuelvan el dinero. Pagué ₹2,350.00 el 4 de agosto y cerramos la tienda.", "cerramos"),
    ("Merci de me rembourser. J'ai payé 2 350 € le 4 août mais nous fermons la boutique.", "fermons"),
    ("Bitte erstatten Sie mir den Betrag. Ich habe am 4. August 2.350 € bezahlt, aber wir schließen den Laden.",
     "schließen"),
])
def test_a_payment_with_a_reason_beside_it_is_still_read(body, word):
    reason = owd(body, "Refund").fields.reason
    assert reason is not None and word in reason


# -- 2. a disclaimer is no reason --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please refund the deposit.\n\nNOTICE: This message may hold privileged material. If you have received it by "
    "mistake, please tell us and remove it.",
    "Please refund the deposit.\nThis communication was sent to you by mistake if you are not the named addressee.",
    "Please refund the deposit.\n\nIf you got this email by mistake, kindly let the sender know at once.",
])
def test_a_disclaimer_is_no_reason_through_its_cue_word(body):
    assert owd(body, "Refund").fields.reason is None


@pytest.mark.parametrize("body, word", [
    ("Please refund the deposit. I sent it by mistake to the wrong account.", "wrong account"),
    ("Please refund the deposit. The payment was sent by mistake from our old card.", "old card"),
    ("Please refund the deposit. We booked the logo package by mistake.", "logo package"),
])
def test_a_mistake_of_the_customer_is_still_the_reason(body, word):
    reason = owd(body, "Refund").fields.reason
    assert reason is not None and word in reason


# -- 3. a work cancelled, told after a question --------------------------------------------------------------------

@pytest.mark.parametrize("body, reason", [
    ("Conseguem devolver o sinal? A obra foi cancelada.", "A obra foi cancelada."),
    ("¿Pueden reembolsar el anticipo? El proyecto se canceló.", "El proyecto se canceló."),
    ("¿Pueden reembolsar el anticipo? La obra se suspendió.", "La obra se suspendió."),
    ("Could you refund the deposit? The project was cancelled.", "The project was cancelled."),
])
def test_a_work_cancelled_after_a_question_is_the_reason(body, reason):
    assert owd(body, "Refund").fields.reason == reason


@pytest.mark.parametrize("body", [
    "Conseguem devolver o sinal? A obra continua igual.",
    "¿Pueden reembolsar el anticipo? La obra sigue igual.",
    "Could you refund the deposit? The project is fine.",
    "Could you refund the deposit? We cancelled the plan.",
])
def test_a_short_statement_without_a_cancelled_work_is_still_no_reason(body):
    assert owd(body, "Refund").fields.reason is None


# -- 4. the plan wanted cancelled ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "I want the monthly plan terminated.",
    "We'd like our subscription ended.",
    "Queremos la suscripción dada de baja.",
    "Quero o meu plano encerrado.",
    "Je voudrais mon compte clôturé.",
    "Ich will den Vertrag gekündigt.",
])
def test_the_plan_wanted_cancelled_asks_to_cancel(body):
    assert read_body(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "I want the monthly plan upgraded.",
    "I want the plan not cancelled but paused.",
    "Queremos la suscripción anual.",
    "Quero o meu plano anual.",
    "Je voudrais mon compte professionnel.",
    "Ich will den Vertrag verlängert.",
])
def test_the_plan_wanted_otherwise_asks_nothing(body):
    assert "cancellation" not in read_body(body).intents


# -- 5. a third person's wish ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "My business partner wants to cancel her subscription.",
    "Our accountant Meera wants to cancel his own account.",
    "Mi socia quiere cancelar su suscripción.",
    "Minha sócia quer cancelar a assinatura dela.",
    "Ma collègue souhaite résilier son abonnement.",
    "Meine Kollegin möchte ihren Vertrag kündigen.",
    "Mera bhai apna plan cancel karna chahta hai.",
])
def test_a_third_persons_wish_about_their_own_plan_asks_nothing(body):
    assert read_body(body).intents == set()


@pytest.mark.parametrize("body", [
    "My business partner wants to cancel our subscription.",
    "My business partner asked me to cancel our subscription.",
    "Please cancel her subscription, she has left the company.",
    "Mi socia quiere cancelar nuestra suscripción.",
    "Ma collègue souhaite résilier notre abonnement.",
    "Meine Kollegin möchte unseren Vertrag kündigen.",
    "My business partner wants to cancel her subscription, and please cancel mine as well.",
])
def test_our_plan_or_an_ask_of_the_sender_still_asks(body):
    assert read_body(body).intents == {"cancellation"}


# -- 6. doubt is no request ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "I'm unsure whether you and I should cancel the plan.",
    "We are undecided whether to cancel the subscription.",
    "Wir wissen noch nicht, ob wir kündigen.",
    "Ich bin unsicher, ob ich den Vertrag kündige.",
    "Dudamos si cancelar el plan.",
    "Estamos em dúvida se cancelamos o plano.",
    "J'hésite à résilier mon abonnement.",
    "Pata nahi ki hum plan cancel karein.",
])
def test_a_cancellation_only_doubted_asks_nothing(body):
    assert read_body(body).intents == set()


@pytest.mark.parametrize("body", [
    "I'm sure we should cancel, please go ahead.",
    "I don't know why it is still active, please cancel my plan.",
    "Ich weiß nicht, warum es noch läuft, bitte kündigen Sie meinen Vertrag.",
    "Sabemos que tenemos que cancelar el plan, por favor cancélenlo.",
])
def test_a_cancellation_asked_beside_a_doubt_still_asks(body):
    assert read_body(body).intents == {"cancellation"}


# -- 7. the English 'cancel' with a please, inside other languages ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "Salut, cancel svp mon forfait.",
    "Salut, cancel svp notre abonnement.",
    "Buenas, cancel por favor mi plan.",
    "Oi, cancel pfv minha assinatura.",
])
def test_cancel_with_a_please_before_the_plan_asks_to_cancel(body):
    assert read_body(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Salut, cancel svp mon message d'hier.",
    "Buenas, cancel porfa mi pedido de ayer.",
    "Oi, cancel pfv o meu pedido.",
])
def test_cancel_with_a_please_before_no_plan_asks_nothing(body):
    assert "cancellation" not in read_body(body).intents


# -- 8. a receipt settles its own sentence ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The refund for August has reached our account, thank you. In October you charged us twice again, please "
    "refund the second charge.",
    "O reembolso de agosto já chegou, obrigado. Em outubro cobraram duas vezes de novo, por favor reembolsem a "
    "segunda cobrança.",
    "El reembolso de agosto ya llegó, gracias. En octubre nos cobraron dos veces otra vez, por favor devuelvan el "
    "segundo cobro.",
    "Le remboursement d'août est bien arrivé, merci. En octobre vous nous avez encore prélevé deux fois, merci de "
    "rembourser le second prélèvement.",
])
def test_a_new_request_about_another_charge_is_read_after_a_receipt(body):
    assert read_body(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "The refund for August has reached our account, thank you. In October you charged us twice again.",
    "I got the refund, thank you. No further refund is needed.",
    "The refund for August has reached our account, so you can close the refund request.",
    "Le remboursement est bien arrivé, merci. Pas besoin d'autre remboursement.",
    "The refund has arrived, thanks. We were charged twice, but I'm not asking for another refund.",
])
def test_a_receipt_still_settles_its_matter(body):
    assert read_body(body).intents == set()


def test_a_new_request_read_before_stays_read():
    body = ("Die Rückerstattung für August ist eingegangen, danke. Im Oktober wurden wir wieder doppelt belastet, "
            "bitte erstatten Sie die zweite Abbuchung.")
    assert read_body(body).intents == {"refund"}


# -- 9. access failure, narrowed -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please refund me. Our company name doesn't open on the landing page.",
    "Please refund me. The header image won't load on the page.",
    "Please refund me. The page is blank where the contact form should be.",
    "Refund chahiye. Page blank hai jahan photo honi chahiye.",
])
def test_a_part_of_a_page_is_no_access_failure(body):
    assert read_body(body, "Refund").fields.reason_code != "access_failure"


@pytest.mark.parametrize("body", [
    "Please refund me. The dashboard doesn't open.",
    "Please refund me. The LeadsOptima dashboard on my laptop doesn't load.",
    "Please refund me. It won't let me log in.",
    "Please refund me. The page is blank.",
    "Please refund me. The dashboard stays blank when I log in.",
    "Refund chahiye. Dashboard blank hai.",
])
def test_the_product_failing_is_still_an_access_failure(body):
    assert read_body(body, "Refund").fields.reason_code == "access_failure"


# -- 10. the split module --------------------------------------------------------------------------------------------

def test_the_split_keeps_the_names_callers_read():
    from mailbot.reading.reason_beside_ask import ReasonBesideAskReading, names_a_figure
    from mailbot.reading.unlabelled_reason import UnlabelledReasonReading, mostly_numbers
    from mailbot.reading.unlabelled_reason import names_a_figure as figure
    assert issubclass(UnlabelledReasonReading, ReasonBesideAskReading) and figure is names_a_figure
    assert mostly_numbers(["06", "12", "34"]) and names_a_figure(["49€"])


@pytest.mark.parametrize("body", [
    "Please refund the deposit.\n\nIf you received this email by mistake, please delete it. Any views expressed "
    "here belong to the author alone and not the company.",
    "Please refund the deposit.\n\nThis message was sent to you by mistake if you are not the named addressee. "
    "Opinions expressed here belong to the author alone and not the company.",
])
def test_the_disclaimers_next_sentence_is_no_reason_either(body):
    assert owd(body, "Refund").fields.reason is None


def test_a_subscription_made_in_error_is_still_the_reason():
    body = ("Please refund the annual plan. We subscribed on 21 September in error; the annual tier was bought by an "
            "intern without approval.")
    reason = read_body(body, "Refund").fields.reason
    assert reason is not None and "intern" in reason
