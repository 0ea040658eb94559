"""A subject that asks about an outcome ("Would we get the fee back?") takes its meaning from the body:
a request when the body asks or says nothing more, a policy question when the body's only mention is a
conditional question (a request approved from such a subject would be an unsafe approval).  Sentences
of our own, in English and Spanish."""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import OWD_ADDRESS, config, inbound, ist

OWD = Extractor(config().brands["optima_webdesign"])


def owd(subject: str, body: str):
    return OWD.extract(inbound("lena@example.com", OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


@pytest.mark.parametrize("subject, body", [
    ("Would we get the deposit back?",
     "We paid the deposit for the Lena Bakery site last week. If our lease is not renewed in spring, "
     "would that deposit be refundable?\n\nLena"),
    ("¿Me devolverían el anticipo?",
     "Pagamos el anticipo del proyecto la semana pasada. Si el local no se renueva en primavera, "
     "¿el anticipo sería reembolsable?\n\nLena"),
])
def test_a_subject_question_over_a_conditional_body_asks_nothing(subject, body):
    assert owd(subject, body).intents == set()


@pytest.mark.parametrize("body", [
    "We paid the deposit for the Lena Bakery site last week. Our lease was not renewed.\n\nLena",
    "We paid the deposit for the Lena Bakery site last week and want it refunded: our lease ended.\n\nLena",
])
def test_a_subject_question_is_still_a_request_when_the_body_asks_or_says_no_more(body):
    assert owd("Would we get the deposit back?", body).intents == {"refund"}
