"""(fix46y) Refunds and cancellations ruled out or told as past, three families of the fresh37/fresh38 rounds:

1. a refund ruled out in a shape the packs missed: learner English ("we not need any money back"), the refund after
   "ni"/"nem"/"or" behind another negated verb ("no pienso quejarme ni pedir ningún reembolso"), an acceptance that
   no money comes back ("we know we will not get money back."), Hinglish "kuch nahi karna";
2. a past event: an intention told in the past and given up, a "but" after it ("we thought about cancelling, but"),
   and a refund seen on the statement ("die Erstattung ist jetzt auf dem Kontoauszug sichtbar");
3. a cancellation told as decided and carried out, or as the time of a charge ("decidimos cancelar el plan y mi socio
   lo canceló", "cobraram depois que cancelamos"): a past event, only the billing error is asked.

The sentences are the test's own, not the round's.  Near misses: a request after the "but", a receipt denied, a
request to cancel and refund, a "but" after the acceptance still ask."""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str) -> set[str]:
    return set(read_body(body + "\n\nNora").intents)


@pytest.mark.parametrize("body", [
    "We not need any money back, no problem. Only one question: can the form show Japanese?",
    "I am not want the refund, no worry. Can you add a Thai language form?",
    "No money back need. Please tell me how to export the leads.",
    "Please cancel the monthly plan. We know we will not get money back.",
    "We are not going to complain or ask for a refund. Just close the account at the end of the month.",
    "No pienso quejarme ni pedir ningún reembolso: solo quiero saber cómo exportar los contactos.",
    "Não vou brigar nem pedir estorno nenhum, só quero saber como exportar os contatos.",
    "Paise wapas vagairah kuch nahi karwana, bas invoice ki copy bhej dijiye.",
    "Cancelen el plan. Entiendo que no hay dinero de vuelta por los meses que quedan.",
    "Cancelem o plano. Entendo que não tem dinheiro de volta pelos meses restantes.",
    "Plan cancel kar dijiye. Samajh gaye ki baaki mahino ka paisa wapas nahi milega.",
])
def test_a_refund_ruled_out_asks_no_refund(body):
    assert "refund" not in intents(body)


@pytest.mark.parametrize("body", [
    "Thank you! We thought about cancelling and asking for our money back, but the leads are coming in again.",
    "Gracias. Íbamos a pedir la devolución y cancelar, pero el soporte lo arregló todo.",
    "Obrigado! Cheguei a pensar em cancelar e pedir o reembolso, mas agora está tudo funcionando.",
    "Danke! Wir hatten schon überlegt zu kündigen und das Geld zurückzuverlangen, aber jetzt läuft alles.",
    "Merci ! Nous avons failli résilier et demander un remboursement, mais tout fonctionne maintenant.",
    "Shukriya, main refund lene ka soch raha tha, lekin ab sab theek chal raha hai.",
])
def test_an_intention_given_up_asks_nothing(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body", [
    "Die Erstattung ist jetzt auf dem Kontoauszug sichtbar. Vielen Dank!",
    "The credit for the double charge appeared on our account today. Thanks a lot!",
    "La devolución figura hoy en mi cuenta. Gracias por todo.",
    "O reembolso consta hoje no extrato. Obrigada!",
])
def test_a_refund_seen_on_the_statement_asks_nothing(body):
    assert "refund" not in intents(body)


@pytest.mark.parametrize("body", [
    "En la reunión de junio decidimos cancelar el plan y mi socio lo canceló, pero igual nos cobraron en julio.",
    "Em junho resolvemos cancelar o plano e a minha sócia cancelou, mas cobraram de novo em julho.",
    "Last month we agreed to cancel the plan and my partner did it, yet we were charged again on 3 July.",
    "Im Juni haben wir beschlossen zu kündigen und meine Kollegin hat es erledigt, trotzdem kam im Juli eine Abbuchung.",
    "Cobraram a mensalidade de julho mesmo depois que cancelamos.",
    "Nos cobraron la cuota de julio después de que lo dimos de baja.",
    "July mein humne cancel karne ka decide kiya aur manager ne cancel kar diya tha, phir bhi August mein charge hua.",
])
def test_a_cancellation_told_as_done_asks_no_new_cancellation(body):
    assert "cancellation" not in intents(body)


@pytest.mark.parametrize("body, asked", [
    ("We were going to wait, but please cancel the plan now.", "cancellation"),
    ("Íbamos a esperar, pero cancelen el plan ya, por favor.", "cancellation"),
    ("Die Erstattung ist noch nicht auf dem Kontoauszug sichtbar. Bitte prüfen Sie das.", "refund"),
    ("The refund does not show on my statement yet, please check.", "refund"),
    ("Please cancel the plan and refund the last charge.", "cancellation"),
    ("Quiero cancelar el plan y que me devuelvan el dinero.", "cancellation"),
    ("Cancelem o plano depois que a fatura de outubro vencer, por favor.", "cancellation"),
    ("I understand there is no money back, but I was charged twice, so please refund the second charge.", "refund"),
    ("Refund abhi tak kuch nahi hua, please refund kar dijiye.", "refund"),
    ("Entiendo que no hay dinero de vuelta, pero me cobraron dos veces: devuélvanme el segundo cobro.", "refund"),
    ("Humne cancel karne ka decide kiya hai, please cancel kar dijiye.", "cancellation"),
])
def test_near_misses_still_ask(body, asked):
    assert asked in intents(body)
