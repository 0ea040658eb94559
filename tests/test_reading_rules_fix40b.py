"""Families of the fresh28 round's German and French misses (fix40b), each with sentences of its own.

- The provider's own rules invoked as a formula before the ask ('Conformément à votre politique, je demande ...',
  'Gemäss Ihren Richtlinien verlange ich ...'): no reason, so Optima asks for one; a real cause said after it is read.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


@pytest.mark.parametrize("body", [
    "Conformément à vos règles, nous sollicitons le remboursement de l'acompte OWD-2025-411.",
    "En application de votre politique de remboursement, merci de rembourser la facture OWD-2025-411.",
    "Gemäss Ihren Richtlinien verlange ich die Rückerstattung der Rechnung OWD-2025-411.",
    "Laut Ihrer Richtlinie beantrage ich die Erstattung von OWD-2025-411.",
])
def test_the_providers_rules_invoked_are_no_reason(body):
    found = read(body, brand="owd")
    assert found.intents == {"refund"}
    assert found.fields.reason is None


@pytest.mark.parametrize("body, words", [
    ("Conformément à votre politique, je demande le remboursement de OWD-2025-411 car notre direction a abandonné le projet.",
     "direction a abandonn"),
    ("Conformément à votre politique, merci de rembourser OWD-2025-411. Notre association a été dissoute en août.",
     "association a été dissoute"),
])
def test_a_cause_beside_the_rules_invoked_is_still_read(body, words):
    found = read(body, brand="owd")
    assert found.fields.reason and words in found.fields.reason


# - A list of refusals whose later items are the dispute words ('ich will keinen Streit, kein Chargeback und keinen
#   Anwalt', 'aucune intention de faire opposition ni de passer par un avocat', Haitian Creole 'mwen pa vle fè
#   chargeback'): no threat (C4); a threat made after a hedge ('sinon', 'sonst', 'wenn') stays one.
@pytest.mark.parametrize("body", [
    "Weder Rückbuchung noch Anwalt, ich möchte nur die doppelte Abbuchung LO-INV-50012 zurück.",
    "Wir wollen keinen Ärger, keine Rückbuchung und keinen Anwalt. Bitte nur die doppelte Zahlung zurück.",
    "Ni chargeback ni avocat, je veux seulement le remboursement du doublon LO-INV-50012.",
    "Je ne souhaite pas de conflit, ni de chargeback, ni d'avocat : remboursez juste le doublon LO-INV-50012.",
    "Mwen pa vle fè chargeback. J'ai été débité deux fois ce mois-ci, merci de rembourser le doublon LO-INV-50012.",
])
def test_a_dispute_in_a_list_of_refusals_is_no_threat(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.dispute is None


@pytest.mark.parametrize("body", [
    "Ich will mein Geld zurück, sonst Chargeback und Anwalt.",
    "Ich will keinen Streit, aber wenn bis Freitag nichts kommt, gibt es eine Rückbuchung und einen Anwalt.",
    "Je veux mon argent, sinon chargeback et avocat.",
    "Je ne veux pas de conflit ni de retard, sinon je fais opposition.",
])
def test_a_threat_beside_a_list_of_refusals_stays_one(body):
    assert read(body).dispute is not None
