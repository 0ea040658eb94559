"""Reading rules of fix31l (issue 9, readings earlier passes left), each with sentences of its own (none copied
from any round or from the phrasebook).

1. A statement that no further refund is needed asks nothing, in every pack; 'a further refund is needed' asks.
2. A bare cancellation subject ('Cancellation', 'Kündigung', 'Re: Cancelamento') over a body that only doubts or
   declines asks nothing; a body that asks, or never names the intent, or a longer subject still asks.
3. A contract wanted *not* cancelled ('Ich will den Vertrag nicht gekündigt haben', hi 'nahi chahta ki ... cancel
   ho') asks nothing; without the negation it still asks.
5. One negation over a cancellation and money back ('don't want to cancel the project and the deposit back', de
   'weder kündigen noch die Anzahlung zurück', es 'ni recuperar el anticipo', pt 'nem o sinal de volta') asks
   neither; a clause of its own after a comma ('but we want the deposit back') still asks.
4. 'ne ... que' (fr), 'no ... más que' (es), 'não ... senão' (pt) restrict a cancellation to a part, they do not
   negate it: the cancellation is asked; a plain negation, or 'que' after 'pas', still declines.
6. An ask back by a pronoun or with no object ('Can we get it back?', hi 'files wapas mil sakti hai kya?', es '¿Nos
   lo pueden devolver?', pt 'Podem devolver?') is a refund only with money named in reach (or in the subject).
8. A receipt told in the simple past ('the money came back on Monday', de 'das Geld kam am Montag zurück', 'ging auf
   unserem Konto ein', fr 'l'argent est revenu sur ma carte') settles the exception it tells of; a question, 'not'
   or 'never' in its sentence leaves the refund asked.
9. IntentReading._asks keeps the subject's question in a SubjectQuestion (no behaviour change).
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def owd(body: str, subject: str = "Hello"):
    return read_body(body, subject=subject, brand="owd")


# -- 1. no further refund needed -------------------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Hello", "Everything is sorted now. No further refund is needed."),
    ("Hello", "Many thanks for the quick help! No more refunds are required."),
    ("Hello", "The credit note covers it, so there is no need for another refund."),
    ("Hallo", "Alles erledigt, es ist keine weitere Erstattung nötig."),
    ("Hallo", "Danke für die schnelle Hilfe! Wir brauchen keine zusätzliche Rückzahlung."),
    ("Olá", "Já está tudo certo. Não é preciso mais nenhum reembolso."),
    ("Olá", "Obrigada pela rapidez. Nenhum outro estorno é necessário."),
    ("Hola", "Ya quedó resuelto, no hace falta ningún otro reembolso."),
    ("Hola", "Gracias por todo. Ningún otro reembolso es necesario."),
    ("Bonjour", "Tout est réglé. Aucun autre remboursement n'est nécessaire."),
    ("Bonjour", "Merci beaucoup, nous n'avons besoin d'aucun autre remboursement."),
])
def test_no_further_refund_needed_asks_nothing(subject, body):
    assert "refund" not in owd(body, subject).intents


@pytest.mark.parametrize("subject, body", [
    ("Hello", "You charged us twice in May, so a further refund is needed for the second charge."),
    ("Hallo", "Sie haben doppelt abgebucht, eine weitere Erstattung ist nötig."),
    ("Hallo", "Wir haben noch keine weitere Erstattung erhalten, bitte erstatten Sie den zweiten Betrag."),
    ("Olá", "Cobraram duas vezes, é preciso outro reembolso, por favor."),
    ("Hola", "Nos cobraron dos veces, hace falta otro reembolso, por favor."),
    ("Bonjour", "Vous avez prélevé deux fois, un autre remboursement est nécessaire."),
    ("Bonjour", "Nous avons besoin d'un autre remboursement pour le second prélèvement."),
])
def test_a_further_refund_asked_still_asks(subject, body):
    assert "refund" in owd(body, subject).intents


# -- 3. the contract wanted not cancelled ----------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Hallo", "Ich will den Vertrag nicht gekündigt haben, nur die Rechnungsadresse ändern."),
    ("Hallo", "Wir möchten das Abo keinesfalls beendet haben."),
    ("Hallo", "Wir wollen unser Konto nie storniert sehen, bitte prüfen Sie das."),
    ("Namaste", "Main nahi chahta ki mera plan cancel ho, bas invoice sahi karo."),
    ("Namaste", "हम नहीं चाहते कि हमारा प्लान कैंसिल हो।"),
])
def test_a_plan_wanted_not_cancelled_asks_nothing(subject, body):
    assert "cancellation" not in owd(body, subject).intents


@pytest.mark.parametrize("subject, body", [
    ("Hallo", "Ich will den Vertrag zum Monatsende gekündigt haben."),
    ("Hallo", "Wir möchten das Abo zum nächsten Termin beendet haben."),
    ("Namaste", "Main chahta hoon ki mera plan cancel ho."),
    ("Namaste", "Kaam nahi chal raha, hum chahte hain ki plan cancel ho."),
])
def test_a_plan_wanted_cancelled_still_asks(subject, body):
    assert "cancellation" in owd(body, subject).intents


# -- 5. one negation over two coordinated objects ------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Hello", "We don't want to cancel the retainer and the advance back, we only want the invoice fixed."),
    ("Hello", "We do not want to end the contract or get the fee back."),
    ("Hallo", "Wir wollen das Projekt nicht beenden und das Geld auch nicht zurück."),
    ("Hallo", "Wir möchten weder kündigen noch die Anzahlung zurück."),
    ("Hola", "No queremos cancelar el contrato ni recuperar la seña."),
    ("Hola", "No queremos cancelar el plan ni el dinero de vuelta."),
    ("Olá", "Não queremos cancelar o contrato nem o sinal de volta."),
    ("Olá", "Não queremos encerrar o projeto nem recuperar o sinal."),
])
def test_one_negation_over_cancel_and_money_back_asks_neither(subject, body):
    assert owd(body, subject).intents == set()


@pytest.mark.parametrize("subject, body", [
    ("Hello", "We don't want to cancel the retainer, but we want the advance back."),
    ("Hello", "We don't want to end the contract and need the fee back."),
    ("Hallo", "Wir haben weder die Leistung noch die Anzahlung zurückbekommen."),
    ("Hola", "No recibimos el servicio ni el dinero de vuelta."),
    ("Olá", "Não queremos cancelar, mas queremos o sinal de volta."),
])
def test_money_asked_back_beside_a_negation_still_asks(subject, body):
    assert "refund" in owd(body, subject).intents


# -- 8. a receipt in the simple past -----------------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Hello", "The card was debited twice for the June invoice. Thanks, the money came back on Tuesday."),
    ("Hello", "You billed us twice in July. The amount reached our account yesterday, all good now."),
    ("Hello", "We were charged twice for the setup. The deposit came back to our card last week."),
    ("Hallo", "Sie haben im Juli doppelt abgebucht. Das Geld kam am Dienstag zurück, danke."),
    ("Hallo", "Die Erstattung ging gestern auf unserem Konto ein."),
    ("Bonjour", "Vous avez prélevé deux fois en juillet. L'argent est revenu sur ma carte mardi."),
])
def test_a_receipt_in_the_simple_past_asks_nothing(subject, body):
    assert "refund" not in owd(body, subject).intents


@pytest.mark.parametrize("subject, body", [
    ("Hello", "The card was debited twice for the June invoice. The money came back on Tuesday? I can't see it."),
    ("Hello", "You billed us twice in July. The amount never came back."),
    ("Hello", "You billed us twice in July. The payment came back declined the first time."),
    ("Hallo", "Sie haben im Juli doppelt abgebucht. Das Geld kam am Dienstag nicht zurück."),
    ("Hallo", "Sie haben im Juli doppelt abgebucht. Die Erstattung ging noch nicht auf unserem Konto ein."),
    ("Bonjour", "Vous avez prélevé deux fois en juillet. L'argent n'est pas revenu sur ma carte."),
])
def test_money_not_back_still_asks(subject, body):
    assert "refund" in owd(body, subject).intents


# -- 4. a restriction is no negation -----------------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Bonjour", "Nous n'annulons que l'option newsletter, le site reste."),
    ("Bonjour", "Je ne résilie que la maintenance mensuelle."),
    ("Bonjour", "Nous ne voulons annuler que le module de réservation."),
    ("Hola", "No cancelamos más que la opción de newsletter."),
    ("Hola", "No queremos cancelar sino el mantenimiento mensual."),
    ("Olá", "Não cancelamos senão a opção de newsletter."),
    ("Olá", "Não queremos cancelar mais do que a manutenção mensal."),
])
def test_a_restricted_cancellation_is_asked(subject, body):
    assert "cancellation" in owd(body, subject).intents


@pytest.mark.parametrize("subject, body", [
    ("Bonjour", "Nous n'annulons pas l'option newsletter."),
    ("Bonjour", "Je ne résilie pas la maintenance, que ce soit clair."),
    ("Hola", "No cancelamos la opción de newsletter."),
    ("Hola", "No cancelamos, más bien pausamos el plan."),
    ("Olá", "Não cancelamos a opção de newsletter."),
    ("Olá", "Não cancelamos, só pausamos o plano."),
])
def test_a_plain_negation_still_declines(subject, body):
    assert "cancellation" not in owd(body, subject).intents


# -- 2. a bare cancellation subject over a body that only doubts ---------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Cancellation", "We are not sure yet whether we should cancel, what would happen to our photos?"),
    ("Cancellation", "We do not want to cancel right now. What would happen to the blog posts?"),
    ("Re: Kündigung", "Wir möchten eigentlich nicht kündigen. Was passiert mit den Fotos?"),
    ("Kündigung", "Wir sind noch unsicher, ob wir kündigen sollten. Was passiert dann mit den Fotos?"),
    ("Cancelamento", "Ainda não sei se devemos cancelar. O que acontece com as fotos?"),
    ("Résiliation", "Je ne sais pas si on devrait résilier. Que deviennent les photos ?"),
])
def test_a_bare_subject_over_a_doubting_body_asks_nothing(subject, body):
    assert "cancellation" not in owd(body, subject).intents


@pytest.mark.parametrize("subject, body", [
    ("Cancellation", "Not sure at first whether we should cancel. Now we are: please cancel the plan."),
    ("Cancellation", "Please confirm by email once it is done."),
    ("Cancellation of our plan", "We are not sure yet whether we should cancel."),
    ("Kündigung", "Bitte bestätigen Sie mir das per E-Mail."),
    ("Not renewing", "We will not be renewing the yearly plan in March, please note it."),
])
def test_a_bare_subject_still_asks_beside_a_request_or_a_silent_body(subject, body):
    assert "cancellation" in owd(body, subject).intents


# -- 6. a pronoun asked back stands for money only with money in reach ----------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Hello", "Our gallery page vanished after the update. Can we get it back?"),
    ("Hello", "The contact form disappeared. Could we get that back?"),
    ("Namaste", "Purani photos delete ho gayi, wapas mil sakti hai kya?"),
    ("Namaste", "Domain wapas chahiye, please help."),
    ("Hola", "Se borró la galería de fotos. ¿Nos la pueden devolver?"),
    ("Olá", "A galeria de fotos sumiu depois da atualização. Podem devolver?"),
])
def test_a_pronoun_with_no_money_in_reach_asks_no_refund(subject, body):
    assert "refund" not in owd(body, subject).intents


@pytest.mark.parametrize("subject, body", [
    ("Hello", "We paid the setup fee in June but the shop never opened. Can we get it back?"),
    ("Setup fee", "The shop never opened. Can we get it back?"),
    ("Namaste", "Humne advance diya tha, wapas mil sakta hai kya?"),
    ("Hola", "Pagamos la cuota de alta y nunca abrimos. ¿Nos la pueden devolver?"),
    ("Olá", "Pagamos a taxa de instalação e a loja nunca abriu. Podem devolver?"),
])
def test_a_pronoun_for_money_still_asks_the_refund(subject, body):
    assert "refund" in owd(body, subject).intents
