"""Reading rules generalised from the twelfth fresh round's misses (fix20b), each with sentences of its own
(none copied from any round), in every language where the same rule exists.

- A refund told as already received ("the refund for the double charge of 14.08. has landed in our
  account", "recebemos hoje o estorno", "die Gutschrift vom 3.9. haben wir erhalten") is a past event:
  its refund words ask for nothing, and the duplicate charge it settled asks for no money back.  A dotted
  date inside the sentence does not end it.  A receipt in a sentence that says the money is still
  awaited, asks about it or asks for it ("has not arrived yet", "ist noch nicht eingegangen") is none.
- A refund declined together with anything else ("Refund or anything else is not needed", "Refund ya
  kuch aur nahi chahiye", "nem precisa de reembolso") declines it.
- A condition set in the subjunctive or by inversion ("if I were to cancel", "should we decide to
  cancel", "caso venhamos a cancelar", "si je devais résilier") asks about a hypothetical case; a
  subject announcing a question ("Question about cancelling", "Frage zur Kündigung") asks for nothing.
"""

from __future__ import annotations

import pytest

from mailbot.models import CANCELLATION, REFUND
from tests.helpers import read_body

read = read_body  # the helper every reading-rule test shares (tests/helpers.py)


# -- a refund told as received ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi team,\n\nJust a note: the refund for the double charge of 14.08. has landed in our account today. "
    "Thanks for the quick help!\n\nAmit",
    "Hi team,\n\nthe refund for the duplicate payment arrived in our bank account this morning. Many thanks!\n\nAmit",
    "Hallo,\n\ndie Rückzahlung für die doppelte Buchung vom 03.09. ist gestern bei uns angekommen. Danke!\n\nPia",
    "Hallo,\n\ndas Geld für die doppelte Abbuchung ist heute auf unserem Konto eingegangen. Danke!\n\nPia",
    "Hallo,\n\ndie Gutschrift zur Doppelbuchung vom 3.9. haben wir erhalten, vielen Dank.\n\nPia",
    "Hola,\n\nel reembolso del cobro duplicado del 12.09. ya está en nuestra cuenta. ¡Gracias!\n\nMarta",
    "Hola,\n\nos escribo para deciros que el reembolso del cargo doble llegó hoy a la cuenta. Gracias.\n\nMarta",
    "Olá,\n\no reembolso da cobrança duplicada caiu hoje na conta. Muito obrigado pela rapidez!\n\nTiago",
    "Olá,\n\nrecebemos hoje o estorno da cobrança em duplicado. Obrigado!\n\nTiago",
    "Bonjour,\n\nle remboursement du double prélèvement est arrivé sur notre compte ce matin. Merci !\n\nLuc",
    "Bonjour,\n\nnous avons reçu aujourd'hui le remboursement du double paiement. Merci beaucoup.\n\nLuc",
    "Namaste,\n\ndouble payment ka refund aaj account mein aa gaya. Bahut dhanyavaad!\n\nRavi",
])
def test_a_refund_received_asks_for_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("subject,body", [
    ("Refund received", "Hi,\n\nAll sorted on our side, thanks a lot.\n\nAmit"),
    ("Erstattung angekommen", "Hallo,\n\nalles erledigt, danke.\n\nPia"),
])
def test_a_subject_telling_the_receipt_asks_for_nothing(subject, body):
    assert read(body, subject).intents == set()


@pytest.mark.parametrize("body", [
    "Hi,\n\nthe refund you promised on 12.09. has not arrived yet. Please send it.\n\nAmit",
    "Hi,\n\nI was charged twice on 02.09. Has the refund arrived on your side? Nothing here.\n\nAmit",
    "Hallo,\n\ndie Erstattung vom 12.09. ist noch nicht eingegangen. Bitte prüfen.\n\nPia",
    "Hallo,\n\nich bitte um Erstattung der Zahlung, die am 12.09. doppelt eingegangen ist.\n\nPia",
    "Hola,\n\nel reembolso del cobro duplicado todavía no ha llegado a mi cuenta.\n\nMarta",
    "Olá,\n\no estorno da cobrança duplicada ainda não caiu na conta.\n\nTiago",
    "Bonjour,\n\nle remboursement du double prélèvement n'est toujours pas arrivé.\n\nLuc",
    "Namaste,\n\ndouble payment ka refund abhi tak nahi aaya.\n\nRavi",
    "Hi,\n\nI need a refund for the payment that was received twice on 02.09.\n\nAmit",
    "Olá,\n\npreciso do reembolso da taxa que caiu duas vezes na fatura.\n\nTiago",
])
def test_a_refund_still_awaited_is_still_asked(body):
    assert REFUND in read(body).intents


# -- a refund declined together with anything else ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease send the tax invoice for OWD-2025-100 again. Refund or anything else is not needed, "
    "just the copy.\n\nRavi",
    "Hello, invoice ki copy dobara bhej dijiye. Refund ya cancellation kuch nahi chahiye, sirf copy.\nRavi",
    "Hello, invoice ki copy bhej do. Refund ya kuch aur nahi chahiye.\nRavi",
    "Oi pessoal, adorei o site! Nem precisa de reembolso nenhum, só queria agradecer. Como eu edito o menu?\nAbraço",
    "Hola, ¡la web quedó genial! Ni hace falta reembolso de nada, solo quería dar las gracias.\nUn abrazo",
])
def test_a_refund_declined_with_anything_else(body):
    assert REFUND not in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Hello, refund chahiye, cancellation nahi chahiye. Ravi",
    "Hello,\n\nI was charged twice. Refund please, nothing else is needed.\n\nRavi",
])
def test_a_refund_asked_beside_a_decline_is_asked(body):
    assert REFUND in read(body, brand="owd").intents


# -- hypothetical cancellations -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nNot cancelling yet, just thinking ahead: if I were to cancel the annual plan in March, would I keep "
    "access until the renewal date?\n\nAmit",
    "Hello,\n\nIf we were to cancel next month, would we lose the saved leads straight away?\n\nMaya",
    "Hi,\n\nShould I decide to cancel later, would my data stay available for a while?\n\nOlu",
    "Olá,\n\nCaso a gente venha a cancelar a assinatura, perdemos os dados na hora?\n\nTiago",
    "Bonjour,\n\nJe ne résilie pas encore, simple question : si je devais résilier mon abonnement le mois "
    "prochain, garderais-je l'accès jusqu'à la fin du cycle ?\n\nLuc",
    "Hola,\n\nSi decidiéramos cancelar la suscripción, ¿perderíamos los datos?\n\nMarta",
])
def test_a_subjunctive_condition_asks_about_a_hypothetical_case(body):
    assert CANCELLATION not in read(body).intents


@pytest.mark.parametrize("subject,body", [
    ("question about cancelling", "Hi,\n\nHow long does it usually take to export the leads?\n\nDivya"),
    ("Frage zur Kündigung", "Hallo,\n\nwie lange dauert das normalerweise?\n\nPia"),
    ("Duda sobre la cancelación", "Hola,\n\n¿cuánto tarda en procesarse normalmente?\n\nPia"),
    ("Dúvida sobre o cancelamento", "Olá,\n\nquanto tempo demora normalmente?\n\nPia"),
    ("Question sur la résiliation", "Bonjour,\n\ncombien de temps cela prend-il ?\n\nPia"),
])
def test_a_subject_announcing_a_question_asks_for_nothing(subject, body):
    assert read(body, subject).intents == set()


@pytest.mark.parametrize("subject,body", [
    ("question about cancelling", "Hi,\n\nPlease cancel my monthly plan from today.\n\nDivya"),
    ("Frage zur Kündigung", "Hallo,\n\nbitte kündigen Sie mein Abo zum Monatsende.\n\nPia"),
    ("Hello", "Hi,\n\nPlease cancel my monthly plan. Would I keep access until the end of the cycle?\n\nAmit"),
    ("Hello", "Hola,\n\nQuiero cancelar el plan mensual. ¿Mantendría el acceso hasta el final del ciclo?\n\nMarta"),
])
def test_a_cancellation_asked_beside_a_question_is_asked(subject, body):
    assert CANCELLATION in read(body, subject).intents


# -- money asked back in other words ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola, nos cobraron la tarifa exprés y no se cumplió el plazo, así que pedimos que nos regresen ese cobro.\nSaludos",
    "Hola, por favor regrésennos el cargo de la urgencia.\nSaludos",
    "Hola, cancelen y devuélvannos todo lo que se pueda.\nSaludos",
    "Olá, a entrega atrasou, então pedimos que nos devolvam essa taxa de urgência.\nAbraço",
    "Olá, cancelem e devolvam tudo o que for possível.\nAbraço",
    "Bonjour, merci de résilier et de nous restituer ce qui peut l'être.\nCordialement",
    "Bonjour, merci de nous rendre ce que nous avons payé en trop.\nCordialement",
    "Hi, please close the hosting and return whatever you can.\nThanks",
    "Hi, please cancel and give us back whatever is left.\nThanks",
    "Hallo, bitte kündigen und uns zurückzahlen, was möglich ist.\nGrüße",
    "Namaste, hosting band kar dijiye aur jo bacha hai wo wapas kar dijiye.\nDhanyavaad",
])
def test_money_asked_back_in_other_words(body):
    assert REFUND in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Hola, ¿me pueden explicar ese cargo de la factura?\nSaludos",
    "Olá, essa taxa de urgência aparece na fatura, o que é?\nAbraço",
    "Bonjour, merci de nous rendre compte de l'avancement du site.\nCordialement",
    "Hi, please return the call when you can.\nThanks",
])
def test_other_words_near_a_refund_ask_for_none(body):
    assert REFUND not in read(body, brand="owd").intents


# -- the signature delimiter ends what was said, in a forward too -------------------------------------

FORWARD = ("{note}\n\n-----Original Message-----\nFrom: Ana <ana@agro.example>\nSent: Tuesday, 23 September 2025 "
           "17:00\nTo: Board <board@agro.example>\nSubject: {subject}\n\n{request}\n\n--\n{signature}\n")


@pytest.mark.parametrize("note,subject,asked,signature", [
    ("Team, see below for action.", "Cancellation", "Please cancel the monthly contract, invoice OWD-2025-730.",
     "Communications Office | Agro Cooperative"),
    ("Prezados, segue abaixo.", "Cancelamento", "Favor cancelar o contrato mensal, fatura OWD-2025-730.",
     "Assessoria de Imprensa | Cooperativa Sul"),
    ("Hola, os reenvío lo de abajo.", "Baja", "Por favor cancelen el contrato mensual, factura OWD-2025-730.",
     "Departamento de Comunicación | Cooperativa Norte"),
    ("Hallo, siehe unten.", "Kündigung", "Bitte kündigen Sie den Monatsvertrag, Rechnung OWD-2025-730.",
     "Abteilung Presse | Agrar eG"),
])
def test_a_signature_after_the_delimiter_is_no_reason(note, subject, asked, signature):
    found = read(FORWARD.format(note=note, subject=subject, request=asked, signature=signature),
                 f"Fwd: {subject}", brand="owd")
    assert CANCELLATION in found.intents
    assert found.fields.reason is None


# -- a reversal asked of the company, and a cause stated with a cancellation word ---------------------

@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nder Beitrag wurde zweimal abgebucht. Ich bitte um Rückbuchung des doppelten Betrags.\n\nGrüße\nPia",
    "Guten Tag,\n\ndie Rate wurde doppelt eingezogen. Bitte veranlassen Sie die Rückbuchung der zweiten Abbuchung."
    "\n\nGrüße\nPia",
    "Guten Tag,\n\nfalscher Betrag abgebucht. Wir bitten Sie um umgehende Rückbuchung.\n\nGrüße\nPia",
])
def test_a_reversal_asked_of_the_company_is_no_threat(body):
    found = read(body)
    assert found.dispute is None
    assert REFUND in found.intents


@pytest.mark.parametrize("body", [
    "Guten Tag,\n\nzweimal abgebucht. Sonst veranlasse ich eine Rückbuchung bei meiner Bank.\n\nGrüße\nPia",
    "Guten Tag,\n\nzweimal abgebucht. Ich habe bereits eine Rückbuchung über die Bank beantragt.\n\nGrüße\nPia",
    "Guten Tag,\n\nzweimal abgebucht. Ohne Antwort gehe ich zur Rückbuchung.\n\nGrüße\nPia",
    "Guten Tag,\n\nich bitte um Rückbuchung über meine Bank, falls nichts passiert.\n\nGrüße\nPia",
])
def test_a_reversal_through_the_bank_stays_a_threat(body):
    assert read(body).dispute is not None


@pytest.mark.parametrize("body", [
    "Senhores,\n\nSolicitamos a devolução do sinal, pois encerramos o projeto.\n\nAtenciosamente",
    "Señores,\n\nSolicitamos la devolución del anticipo porque cancelamos el proyecto de ampliación.\n\nSaludos",
    "Bonjour,\n\nMerci de nous rembourser l'acompte, car nous avons résilié le contrat d'extension.\n\nCordialement",
    "Hi,\n\nPlease refund the deposit because we have terminated the extension project.\n\nThanks",
])
def test_a_cancellation_word_giving_the_cause_asks_no_cancellation(body):
    assert read(body, brand="owd").intents == {REFUND}


@pytest.mark.parametrize("body", [
    "Senhores,\n\nQueremos cancelar o contrato, pois não usamos mais o serviço.\n\nAtenciosamente",
    "Olá,\n\nestou escrevendo porque quero cancelar o plano.\n\nAbraço",
    "Señores,\n\nCancelen el contrato porque ya no lo usamos.\n\nSaludos",
    "Hi,\n\nPlease cancel the plan because we no longer need it.\n\nThanks",
])
def test_a_cancellation_asked_beside_a_cause_is_asked(body):
    assert CANCELLATION in read(body, brand="owd").intents


# -- a refund denied as received is still awaited -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá, nem recebi o estorno ainda, por favor devolvam a cobrança duplicada.\nTiago",
    "Olá, ainda não recebemos o reembolso da cobrança em duplicado.\nTiago",
    "Hola, todavía no hemos recibido el reembolso del cobro repetido.\nMarta",
    "Hola, aún no nos llegó la devolución del cargo doble.\nMarta",
    "Bonjour, nous n'avons toujours pas reçu le remboursement du prélèvement en double.\nLuc",
    "Hallo, die Rückerstattung ist bis heute nicht eingegangen, die Doppelbuchung bleibt.\nPia",
])
def test_a_refund_denied_as_received_is_still_asked(body):
    assert REFUND in read(body).intents


@pytest.mark.parametrize("body", [
    "Olá, não houve nada de errado e não quero reembolso, só o cancelamento do plano.\nTiago",
    "Olá, já recebemos o estorno, obrigado.\nTiago",
    "Hola, ya recibimos la devolución, gracias.\nMarta",
    "Bonjour, nous avons bien reçu le remboursement, merci.\nLuc",
])
def test_a_refund_received_or_declined_stays_declined(body):
    assert REFUND not in read(body).intents
