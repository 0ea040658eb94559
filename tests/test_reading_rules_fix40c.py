"""(fix40c) Families the fresh28 round missed in Hindi/Hinglish and English, each with sentences of the test's own
(none taken from the round) and near misses that must keep reading as before.

- A dispute someone else suggested that the customer refuses, with the intention denied by a bare or regional
  'na' ('koi plan na hai') or the wish to talk to us directly ('seedha aap se'); a Portuguese hedge word ('se',
  'if') is no hedge in a Hinglish mail ('aap se' is 'with you'): hedges are read in the mail's own languages.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- 1. a dispute suggested by someone else, refused ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dost bol raha tha chargeback kar do, lekin mera aisa koi plan na hai. Extra charge wapas kar dijiye.",
    "Bank wale keh rahe the chargeback kar lo, par hamara koi irada nahi hai, seedha aapse baat karni hai. "
    "Doosra charge refund kar do.",
    "My neighbour said to file a chargeback, but I have no intention of doing that, I'd rather sort it out with you "
    "directly. Please refund the second charge.",
])
def test_a_suggested_dispute_refused_is_no_threat(body):
    found = read(body)
    assert found.dispute is None
    assert "refund" in found.intents


@pytest.mark.parametrize("body", [
    "Chargeback kar dunga, seedha aap se baat kar raha hoon, refund do.",
    "Bank wale bol rahe the chargeback kar do, par agar aapne paise nahi lautaye to main karunga.",
    "My neighbour said to file a chargeback. If you don't refund me by Friday I will.",
])
def test_a_dispute_kept_stays_a_threat(body):
    assert read(body).dispute is not None
