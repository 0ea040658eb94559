"""Field extraction from customers' words (unit tests of single functions)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from mailbot.reading.extract import Extractor, intents_of, plan_of
from mailbot.reading.mentions import amounts_in, dates_in
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"], ["Acme Storefront", "Bloom Bakery Website"])


def lo(body: str, subject: str = "Hello"):
    return LO.extract(inbound("a@b.example", LO_ADDRESS, subject, ist(2025, 7, 8, 9, 0), body))


@pytest.mark.parametrize("body, code", [
    ("I was charged twice this month", "duplicate_payment"),
    ("mere account se paise do baar kat gaye", "duplicate_payment"),
    ("You charged me after I cancelled my plan", "billing_error"),
    ("I was charged for the wrong plan", "billing_error"),
    ("I cannot log in since Monday", "access_failure"),
    ("login nahi ho raha hai", "access_failure"),
    ("I don't use it any more", "other"),
    ("Please refund me.", None),
])
def test_reason_codes(body, code):
    assert lo(body).fields.reason_code == code


@pytest.mark.parametrize("text, intents", [
    ("please refund my payment", {"refund"}),
    ("please cancel my subscription", {"cancellation"}),
    ("refund kar do aur plan band karo", {"refund", "cancellation"}),
    ("i was charged after i cancelled, please refund", {"refund"}),
    ("i don't want to cancel, just refund the duplicate", {"refund"}),
    ("i was charged twice", {"refund"}),
    ("how do i add a user?", set()),
    ("as per your refund & cancellation policy, please cancel", {"cancellation"}),
    ("please process my refund and cancellation", {"refund", "cancellation"}),
    ("i know the plan is non-refundable, so just cancel it", {"cancellation"}),
])
def test_intents(text, intents):
    code = lo(text).fields.reason_code
    assert intents_of(text, code) == intents


def test_stated_registered_email_and_invoice():
    found = lo("My registered email is Asha@Example.in and the invoice no. is lo-inv-1002.\nAnnual plan.")
    assert found.stated_email == "asha@example.in"
    assert found.fields.invoice_number == "LO-INV-1002"
    assert found.fields.plan == "annual"


def test_brand_address_is_not_the_customer_address():
    assert lo("I wrote to support@leadsoptima.com last week").stated_email is None


@pytest.mark.parametrize("text, plan", [
    ("my monthly plan", "monthly"), ("the yearly subscription", "annual"), ("3-month plan", "quarterly"),
    ("refund the rest of the month", None),
])
def test_plans(text, plan):
    assert plan_of(text) == plan


def test_dates_written_as_words_and_day_first_numbers():
    assert dates_in("charged on 3rd july and again on 03/07/2025, also 2025-07-04", 2025) == (
        date(2025, 7, 3), date(2025, 7, 3), date(2025, 7, 4))
    assert dates_in("on july 3rd, 2024", None) == (date(2024, 7, 3),)


def test_amounts_in_indian_grouping():
    assert amounts_in("i paid rs. 1,19,880 and ₹ 499.50") == (Decimal("119880"), Decimal("499.50"))


def test_project_names_from_the_ledger_and_the_subject():
    msg = inbound("ops@acme.example", OWD_ADDRESS, "Refund Request — [Kiran Portfolio / OWD-2025-040]",
                  ist(2025, 9, 8, 9, 0), "please refund, reason: not needed")
    assert OWD.extract(msg).fields.project_name == "Kiran Portfolio"
    msg = inbound("ops@acme.example", OWD_ADDRESS, "Refund", ist(2025, 9, 8, 9, 0),
                  "Please refund the deposit for the acme storefront work, invoice OWD-2025-014.")
    found = OWD.extract(msg)
    assert (found.fields.project_name, found.fields.invoice_number) == ("Acme Storefront", "OWD-2025-014")


def test_dispute_words():
    assert lo("Refund or I will raise a dispute with my bank").dispute
    assert lo("I will take this to the consumer court").dispute
    assert lo("Please refund the duplicate charge").dispute is None


def test_a_disclaimer_is_not_a_reason():
    found = lo("Hi, please refund my payment.\n\nThis message and its attachments are confidential and intended "
               "only for the addressee. If you received it in error, delete it.")
    assert found.fields.reason is None
