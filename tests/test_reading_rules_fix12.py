"""Reading rules generalised from the fourth fresh round's misses (fix12), each with sentences of its own
(none copied from any round): a forwarder's short note above a forwarded message is never the reason, in
any language; the reason comes only from the forwarded request or from the customer's own words with a
reason cue."""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", reader=LO, to=LO_ADDRESS, sender="nora@example.com", **headers):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body, **headers))


def owd(body: str, subject: str = "Hello", sender="nora@example.com"):
    return read(body, subject, reader=OWD, to=OWD_ADDRESS, sender=sender)


GMAIL = ("---------- Forwarded message ---------\nFrom: Kiran Office <office@kiranprints.example>\n"
         "Date: Mon, 8 Sept 2025 at 11:05\nSubject: website refund\nTo: Kiran <kiran.prints@example.com>\n\n")

# -- a forwarder's note is never the reason ----------------------------------------------------

@pytest.mark.parametrize("note", [
    "Kindly go through this one and take it forward from your side.",   # en, no cue
    "Zara isko dekh lo aur jo karna hai woh kar do please.",            # Hinglish
    "Bitte einmal anschauen und entsprechend bearbeiten, danke sehr.",  # de
    "Por favor revisen esto y hagan lo que corresponda, gracias.",      # es
    "Merci de regarder ceci et de faire le nécessaire rapidement.",    # fr
    "Por favor vejam isto e façam o que for preciso, obrigado.",        # pt
])
def test_a_note_above_a_forward_without_a_cue_is_no_reason(note):
    body = (f"{note}\n\n{GMAIL}Hello, we want the refund of invoice OWD-2025-7781 (Kiran Prints Site) "
            "for the hosting plan.\n\nRegards\nOffice\n")
    found = owd(body, subject="Fwd: website refund", sender="kiran.prints@example.com")
    assert found.intents == {"refund"}
    assert found.fields.reason is None


def test_the_forwarded_request_still_gives_its_own_reason():
    body = ("Kindly go through this one and take it forward from your side.\n\n"
            f"{GMAIL}Hello, please refund invoice OWD-2025-7781 for the hosting plan. "
            "We are closing the print shop at the end of the month.\n\nRegards\nOffice\n")
    found = owd(body, subject="Fwd: website refund", sender="kiran.prints@example.com")
    assert found.intents == {"refund"}
    assert found.fields.reason and "closing the print shop" in found.fields.reason


def test_a_note_with_a_reason_cue_is_still_the_customers_reason():
    body = ("Please refund this one because our company has closed down for good.\n\n"
            f"{GMAIL}Hello, we want the refund of invoice OWD-2025-7781 for the hosting plan.\n")
    found = owd(body, subject="Fwd: website refund", sender="kiran.prints@example.com")
    assert found.fields.reason and "closed down" in found.fields.reason


def test_an_email_that_is_no_forward_keeps_its_unlabelled_reason():
    found = owd("Hello, please refund invoice OWD-2025-7781.\nWe moved the whole shop to a marketplace platform.\n")
    assert found.fields.reason and "marketplace" in found.fields.reason
