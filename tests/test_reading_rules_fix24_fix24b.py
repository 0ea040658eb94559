"""Reading rules of fix24b (German, Hindi/Hinglish, English), each with sentences of its own (none copied
from any round or from the phrasebook).

- Money asked back by a pronoun in a later clause, the fee named first (de 'die Gebühr ..., wir wollen
  die zurück').
- The plan's reference in brackets between the plan word and the verb (hi 'retainer (OWD-…) stop karna
  hai').
- The extra one of two charges asked back by 'one' (en 'reverse the extra one', hi 'extra wala reverse
  kar do').
- Money asked to come or flow back (en 'can the deposit come back to us?', de 'zurückfließen').
- A refund told as got in the past passive is history, not a request (en 'we got refunded, no issues').
- A duplicate charge told as the plan 'run twice' (en, hi) or as two bank alerts on the same day (en, de,
  hi).
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str, brand: str = "lo") -> set:
    return read_body(body, brand=brand).intents


def reason(body: str, brand: str = "lo") -> str | None:
    return read_body(body, brand=brand).fields.reason_code


# -- de: the fee named first, asked back by a pronoun ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Wozu eine Aktivierungsgebühr? Die war nie vereinbart, wir wollen die zurück.",
    "Sie haben uns eine Servicepauschale berechnet. Wir möchten sie bitte zurück!",
    "Warum wurde ein Betrag von 90 Euro eingezogen? Ich will den zurück!",
])
def test_de_fee_asked_back_by_a_pronoun(body):
    assert intents(body, "owd") == {"refund"}


@pytest.mark.parametrize("body", [
    "Die Gebühr war in Ordnung, wir wollen sie aber nicht zurück.",
    "Die Gebühr passt. Wollen wir die zurück? Eher nicht nötig.",
    "Den Betrag haben wir gesehen. Ihr habt unsere Fotos gelöscht, wir möchten sie zurück!",
    "Die Anzahlung ist in Ordnung. Ihr habt das Logo entfernt, wir wollen es zurück!",
])
def test_de_pronoun_without_a_wish_asks_nothing(body):
    assert "refund" not in intents(body, "owd")


# -- hi: the reference in brackets between the plan and the verb ----------------------------------------

@pytest.mark.parametrize("body", [
    "Hamare cafe ka retainer (OWD-2025-77) stop karna hai, ab zaroorat nahi.",
    "Maintenance (OWD-2025-78) stop kar do please.",
    "Hosting plan (INV 4410) khatam kar dijiye.",
    "Service (OWD-2025-79) abhi stop kar dijiye.",
])
def test_hi_plan_with_a_bracketed_reference_before_the_verb(body):
    assert intents(body, "owd") == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Invoice (OWD-2025-80) stop karna hai?",
    "Website ka banner (OWD-2025-81) hata do.",
])
def test_hi_bracket_without_a_plan_word_asks_nothing(body):
    assert "cancellation" not in intents(body, "owd")


# -- the extra one of two charges ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "I only signed up once, yet my card shows your name on two lines. Please reverse the extra one.",
    "Your name is on my statement on two lines; kindly reverse the second one.",
])
def test_en_extra_one_asked_back(body):
    assert intents(body) == {"refund"}


def test_en_extra_one_of_a_thing_asks_nothing():
    assert intents("You posted us two brochures; should we return the extra one?") == set()


def test_hi_extra_one_asked_back():
    assert intents("Is hafte aapke do debit dikhe, extra wala reverse kar do.") == {"refund"}


def test_hi_extra_page_asks_nothing():
    assert "refund" not in intents("Extra wala page hata do, baaki theek hai.")


# -- money asked to come back -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We are not going ahead. Could the deposit OWD-2025-91 come back to us?",
    "Since the launch is off, can our retainer (OWD-2025-93) please come back to us?",
])
def test_en_money_asked_to_come_back(body):
    assert intents(body, "owd") == {"refund"}


@pytest.mark.parametrize("body", [
    "Could the designer come back to us with a second draft?",
    "Can the payment page come back online soon?",
])
def test_en_come_back_without_money_asks_nothing(body):
    assert intents(body, "owd") == set()


def test_de_money_asked_to_flow_back():
    assert intents("Wir lassen das Projekt fallen. Kann die Anzahlung (OWD-2025-92) zu uns zurückfließen?",
                   "owd") == {"refund"}


@pytest.mark.parametrize("body", [
    "Kann die Designerin zu uns zurückkommen, wenn der Entwurf fertig ist?",
    "Kann die Zahlungsseite zurückkommen?",
])
def test_de_coming_back_without_money_asks_nothing(body):
    assert intents(body, "owd") == set()


# -- a refund told as got in the past -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Years ago we left and got refunded without any trouble. Do you offer an annual plan now?",
    "I was refunded in full last spring, all good. Which plan includes exports?",
])
def test_en_refund_got_in_the_past_asks_nothing(body):
    assert "refund" not in intents(body)


def test_en_refund_got_in_part_with_a_request_still_asks():
    assert intents("We got refunded only half last time, please refund the rest now.") == {"refund"}


# -- a duplicate charge in other words ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The annual got run twice this morning, please refund one of them.",
    "My bank sent two debit alerts on the same day for your plan, same amount. Please refund one.",
])
def test_en_duplicate_in_other_words(body):
    assert reason(body) == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "The export report got run twice, please refund my plan anyway.",
    "I got two debit alerts, one in July and one in August. Please refund the August one.",
])
def test_en_not_a_duplicate(body):
    assert reason(body) != "duplicate_payment"


def test_de_two_alerts_same_day_is_a_duplicate():
    body = "Ich habe zwei Abbuchungsmitteilungen am gleichen Tag erhalten, bitte buchen Sie eine zurück."
    assert reason(body) == "duplicate_payment"


def test_de_two_alerts_two_months_is_no_duplicate():
    body = "Ich habe zwei Mitteilungen erhalten, eine für Juli und eine für August. Bitte erstatten Sie den August."
    assert reason(body) != "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Annual plan do baar run ho gaya, ek refund kar do.",
    "Ek hi din me do debit SMS aaye, ek wapas kar do please.",
])
def test_hi_duplicate_in_other_words(body):
    assert reason(body) == "duplicate_payment"


def test_hi_report_run_twice_is_no_duplicate():
    assert reason("Report do baar run kiya, plan ka refund kar do.") != "duplicate_payment"


# -- end to end: two same-day charges told by bank alerts, the extra one asked back -------------------

def test_two_alerts_and_the_extra_one_approve_the_duplicate():
    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage
    from tests.helpers import LO_ADDRESS, config, inbound, ist, same_month_charges

    cfg = config()
    charges = same_month_charges({"LO-INV-711": "2025-09-05T09:00:00", "LO-INV-712": "2025-09-05T09:02:00"}, cfg)
    triage = Triage(cfg, charges, FixedClock(ist(2025, 9, 8, 10, 0)))
    text = ("My bank sent two debit alerts the same day for your plan, same amount; the second is LO-INV-712. "
            "Please reverse the extra one.")
    verdict = triage.decide([inbound("nora@example.com", LO_ADDRESS, "alerts", ist(2025, 9, 7, 10, 0),
                                     text)]).verdict
    [decision] = verdict.decisions
    assert (decision.outcome, str(decision.amount)) == ("approve", "1499.00")
