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
