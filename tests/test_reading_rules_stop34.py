"""A negation before a colon does not reach the ask after it (stop 34, found after merging fix44y): "El plan no nos
sirve: cancelen la suscripción" asks the cancellation, as it does after a full stop or a semicolon; a negation after
the colon still declines, and a clock time's colon ends no clause."""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str):
    return read_body(body + "\n\nNora", subject="Hello", brand="lo")


@pytest.mark.parametrize("body", [
    "El programa ya no nos funciona bien: cancelen la suscripción mensual, por favor.",
    "A ferramenta não nos serve mais: cancelem a assinatura, por gentileza.",
    "Das Tool brauchen wir nicht mehr: kündigen Sie bitte unser Abo.",
    "L'outil ne nous sert plus : résiliez notre abonnement, s'il vous plaît.",
    "The tool is not useful for us any more: please cancel our subscription.",
    "Ya no queremos el plan: cancelen la suscripción y devuélvanme el cobro LO-INV-1234.",
])
def test_a_negation_before_a_colon_leaves_the_ask_after_it(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Wichtig: bitte nicht kündigen, wir wollen nur die Rechnung korrigiert haben.",
    "Aviso: no cancelen nada, solo corrijan la factura.",
    "Important: please do not cancel the plan, we only need the invoice fixed.",
    "Ich rufe morgen um 10:30 an, bitte bis dahin nicht kündigen.",
])
def test_a_negation_after_the_colon_still_declines(body):
    assert "cancellation" not in read(body).intents
