"""Families of the fresh33 and fresh34 rounds' misses taken by fix44y (cross-language), each with sentences of its own
(not the round's) in two languages or more, and a negative that keeps reading as before.

- (1) No cancellation where none is asked: a CHARGE reversed (named by its rank, a demonstrative or its reference,
  the refund verb maybe between, or cancelled through the bank in a chargeback threat) is a refund or a dispute, not
  the end of the plan; a cancellation negated colloquially ("nix kündigen", "nada de cancelar"); the service told as
  no longer wanted beside a refund asked is that refund's reason (section 5, example 3: a cancellation offered).
- (2) Thanks for a refund or a cancellation already done (its confirmation, the charge told as refunded in the
  passive, the money told as arrived) is a past event, no request.
- (3) A refund ruled out knowingly next to a cancellation ("sei que não há devolução ... e não a peço").
- (4) A project named by its full name asked to stop, with the refund explicitly not asked: the cancellation stays.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- (1) a charge reversed is no cancellation ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Die doppelte Abbuchung, Rechnung LO-INV-51002 vom 3.9., bitte umgehend stornieren und zurücküberweisen.",
    "Hindi mein: doosri payment LO-INV-51002 cancel karke paisa wapas karo, do baar kata hai.",
    "On m'a débité deux fois : merci d'annuler et de me rembourser le second prélèvement LO-INV-51002.",
    "Me cobraron dos veces: anulen el cobro duplicado y devuélvanme el importe de LO-INV-51002.",
    "Fui cobrada duas vezes: cancelem a cobrança duplicada e devolvam o valor da LO-INV-51002.",
])
def test_a_charge_reversed_is_a_refund_not_a_cancellation(body):
    found = read(body)
    assert "cancellation" not in found.intents and "refund" in found.intents


@pytest.mark.parametrize("body", [
    "Refund the deposit today, otherwise my bank will cancel the card payment as a chargeback.",
    "Erstatten Sie die Anzahlung, sonst lasse ich die Lastschrift von meiner Bank zurückbuchen.",
    "Remboursez l'acompte, sinon je demande à ma banque d'annuler le paiement (litige).",
    "Devuélvanme el anticipo o le pido al banco que anule el pago con tarjeta (contracargo).",
    "Devolvam o sinal, senão peço ao banco para estornar o pagamento (chargeback).",
])
def test_a_charge_cancelled_through_the_bank_is_a_dispute_not_a_cancellation(body):
    found = read(body, brand="owd")
    assert "cancellation" not in found.intents and found.dispute is not None


@pytest.mark.parametrize("body", [
    "Die doppelte Abbuchung bitte erstatten und das Abo stornieren.",
    "Please cancel my plan, and refund the second charge LO-INV-51002.",
    "Merci d'annuler mon abonnement et de rembourser le second prélèvement.",
])
def test_a_plan_cancelled_beside_a_charge_still_asks(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Das Programm läuft super, also nüscht kündigen!",
    "Nada de cancelar, el equipo lo usa a diario.",
    "Nada de cancelar a assinatura, a equipa usa todos os dias.",
])
def test_a_cancellation_negated_colloquially_asks_nothing(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Das bringt nix, kündigen Sie bitte mein Abo.",
    "Nada de esto funciona, cancelen mi plan.",
])
def test_a_colloquial_negation_of_another_clause_does_not_reach_the_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "We don't need the subscription anymore, please refund LO-INV-51002.",
    "Wir brauchen kein Abo mehr, bitte erstatten Sie LO-INV-51002.",
    "Não quero mais a assinatura, devolvam o valor da LO-INV-51002.",
    "Ya no necesitamos la suscripción, reembólsenme LO-INV-51002.",
])
def test_the_service_no_longer_wanted_beside_a_refund_is_its_reason(body):
    found = read(body)
    assert found.intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Ya no queremos el servicio.",
    "We don't need the subscription anymore.",
    "We don't need the subscription anymore, please cancel it and refund LO-INV-51002.",
])
def test_the_service_no_longer_wanted_alone_or_beside_a_cancellation_still_cancels(body):
    assert "cancellation" in read(body).intents


# -- (2) thanks for what was done ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Just a note: the duplicate charge was refunded last week, thanks!",
    "Kurze Info: die doppelte Abbuchung vom August wurde bereits erstattet, danke!",
    "Juste un mot : le prélèvement en double a été remboursé, merci.",
    "El cobro duplicado de agosto ya fue reembolsado, gracias.",
    "A cobrança duplicada de agosto já foi estornada, o dinheiro chegou hoje. Obrigado!",
])
def test_a_charge_told_as_refunded_asks_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Thanks for the quick confirmation of the cancellation, all sorted.",
    "Danke für die schnelle Bestätigung der Kündigung, alles bestens.",
    "Gracias por la confirmación de la baja, todo en orden.",
    "Obrigada pela confirmação rápida do cancelamento, está tudo certo.",
])
def test_thanks_for_a_confirmed_cancellation_asks_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "The duplicate charge has not been refunded yet, please refund it.",
    "Die doppelte Abbuchung wurde nicht erstattet, bitte erstatten Sie sie.",
    "The July double charge was refunded, thanks. But this month I was charged twice again: please refund LO-INV-5512.",
])
def test_a_refund_not_received_or_asked_again_still_asks(body):
    assert "refund" in read(body).intents


def test_a_cancellation_asked_before_thanks_for_its_confirmation_still_asks():
    assert "cancellation" in read("Bitte kündigen Sie mein Abo. Danke für die Bestätigung der Kündigung.").intents


# -- (3) a refund ruled out knowingly next to a cancellation ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Cancelem o plano anual, por favor. Estou ciente de que não há reembolso dos meses restantes.",
    "Merci de résilier l'abonnement annuel. Je sais qu'il n'y a pas de remboursement des mois restants.",
    "Annual plan cancel kar do. Pata hai baaki mahino ka refund nahi milega.",
])
def test_a_refund_ruled_out_knowingly_beside_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Je sais qu'il n'y a pas de remboursement d'habitude, mais j'ai été prélevé deux fois : remboursez LO-INV-5512.",
    "Sei que normalmente não há reembolso, mas fui cobrada duas vezes: devolvam a LO-INV-5512.",
])
def test_a_refund_asked_after_but_still_asks(body):
    assert "refund" in read(body).intents


# -- (4) a project stopped by its full name, the refund not asked -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "We'd like to end the Harbour Lane Bakery Online Shop project now, the shop is closing. We are not asking for a "
    "refund of the next milestone, just don't begin it.",
    "Wir stoppen das Projekt Bäckerei Huber Online Shop hier, wir schließen die Filiale. Eine Erstattung verlangen wir "
    "nicht, fangen Sie die nächste Phase einfach nicht an.",
    "Vamos a parar el proyecto Panadería Sol Tienda Online aquí: cerramos el local. No pedimos reembolso de esa etapa.",
])
def test_a_project_stopped_by_its_full_name_without_a_refund(body):
    assert read(body, brand="owd").intents == {"cancellation"}


def test_a_project_not_to_be_stopped_asks_nothing():
    assert "cancellation" not in read("We don't want to stop the Bakehouse Catering Site project, just pause it.",
                                      brand="owd").intents
