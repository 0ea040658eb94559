"""(stop 35) A negation, an aside set apart by two spaced dashes, then the cancellation: the aside leaves the negation
its verb ("No queremos - de ninguna manera - cancelar el plan" asks nothing), as an aside between commas already did.
Found by fix45k; the sentences are the test's own.  Near misses: a statement, an aside, then the ask still asks."""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str) -> set[str]:
    return set(read_body(body + "\n\nNora").intents)


@pytest.mark.parametrize("body", [
    "No queremos - de ninguna manera - cancelar el plan anual.",
    "We do not want - in any way - to cancel the subscription.",
    "Não queremos - de jeito nenhum - cancelar o plano.",
    "Nous ne voulons - en aucun cas - résilier l'abonnement.",
    "We will not - I repeat - cancel our plan.",
])
def test_a_negation_reaches_the_cancellation_across_a_dashed_aside(body):
    assert "cancellation" not in intents(body)


@pytest.mark.parametrize("body", [
    "The tool is useless - honestly - cancel the plan.",
    "El plan es muy caro - la verdad - cancelen la suscripción.",
    "Das Abo ist zu teuer - leider - bitte kündigen Sie es.",
    "Wir haben das Jahresabo – bitte beenden Sie es.",
    "Our plan - the annual one - please cancel it.",
])
def test_a_dashed_aside_after_a_statement_still_asks(body):
    assert "cancellation" in intents(body)


@pytest.mark.parametrize("body", [
    "Wie vereinbart schicke ich Ihnen den Erstattungsantrag zur Rechnung LO-INV-1234.",
    "Hiermit schicke ich Ihnen das Rückerstattungsformular ausgefüllt zurück, Rechnung LO-INV-1234.",
    "I am sending back the refund form, signed, for LO-INV-1234.",
    "Les devuelvo firmado el formulario de reembolso de la factura LO-INV-1234.",
])
def test_a_refund_form_sent_is_a_refund_asked(body):
    """(stop 35, found by CI's fix22 test) fix45k's "a form sent back is no refund" took a document named after the
    refund itself ("Erstattungsantrag", "refund form"): the customer sending it asks for the refund."""
    assert "refund" in intents(body)


@pytest.mark.parametrize("body", [
    "Bitte schicken Sie uns das Lastschriftmandat unterschrieben zurück.",
    "Please send back the signed direct debit form.",
])
def test_a_payment_form_sent_back_is_still_no_refund(body):
    assert "refund" not in intents(body)
