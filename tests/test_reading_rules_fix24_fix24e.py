"""Reading rules of fix24e (English, German, Hindi/Hinglish, Portuguese) behind fresh17's misses, each with
sentences of its own (none copied from any round or from the phrasebook).

- The card 'hit' twice is a duplicate charge (en); a card declined twice is not.
- A payment retried after a failure, every attempt charged ('all three went through'), and the surplus
  charges asked back by their count ('refund the two extra payments') are a duplicate (en).
- The money asked back onto the card by a pronoun ('pop that back on my card') is a refund (en); 'put it back
  on my desk' is not.
- A duplicate charge told in the sentence of a refund we already made ('you refunded me a double charge
  last year') is a past story, not a new ask (code, every pack); a duplicate told elsewhere still asks.
- A refund told as received in the past (hi 'refund mila tha', pt 'devolveram o dinheiro') asks nothing.
- 'na to ... na ...' opening the clause declines both (hi); 'theek karo na to cancel' (otherwise) does not.
- Something gone told before 'isliye' is the reason, however short (hi 'sponsor chala gaya isliye').
- The money named once and two verbs joined on it (de 'die Anzahlung stornieren und zurückhaben').
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str, brand: str = "lo") -> set:
    return read_body(body, brand=brand).intents


def fields(body: str, brand: str = "lo"):
    return read_body(body, brand=brand).fields


# -- en: duplicates in other words ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Looks like my card got hit twice for the quarterly renewal yesterday.",
    "Our company account was hit two times for the same monthly plan.",
    "The checkout said the payment failed, so I paid again; both of them went through in the end.",
    "I retried the payment after an error and all three were charged for one month.",
])
def test_en_duplicate_in_other_words(body):
    assert fields(body).reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "My card got declined twice when I tried to upgrade.",
    "I sent the form twice and both emails went through, is that a problem?",
    "We would like to add two extra seats to the annual plan.",
])
def test_en_no_duplicate_near_misses(body):
    assert fields(body).reason_code != "duplicate_payment"


def test_en_surplus_charges_counted_are_a_duplicate():
    assert fields("Please refund the two extra payments from Monday, only one was meant.").reason_code \
        == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Not happy with the upgrade at all. Could you stick that back on my card?",
    "Can you pop it back onto my credit card please?",
])
def test_en_money_back_on_the_card(body):
    assert "refund" in intents(body)


@pytest.mark.parametrize("body", [
    "I moved the phone stand, could you put it back on my desk?",
    "Please put the old logo back on the landing page.",
])
def test_en_back_on_something_else_asks_no_money(body):
    assert "refund" not in intents(body)


# -- every pack: a duplicate told with a refund already made ------------------------------------------

@pytest.mark.parametrize("body", [
    "Two years ago you refunded me a double charge in a day, great service. How do I switch to quarterly?",
    "Back in March you reimbursed us for a duplicate payment quickly. Can I add a second user?",
])
def test_duplicate_in_the_story_of_a_past_refund_asks_nothing(body):
    assert intents(body) == set()


def test_duplicate_told_apart_from_a_past_refund_still_asks():
    body = ("Last year you refunded me once for an error, thanks. This week I was charged twice for the "
            "monthly plan.")
    assert intents(body) == {"refund"}


# -- hi / pt: a refund told as received --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Pichhle saal galti se do baar charge hua tha, refund mila tha, sab theek hai. Ab plan cancel karna hai.",
    "Ek baar extra kata tha par refund bhi mila tha. Ab subscription band karna hai.",
])
def test_hi_refund_got_in_the_past_is_a_story(body):
    assert intents(body) == {"cancellation"}


def test_hi_refund_not_got_still_asks():
    assert "refund" in intents("Do baar paisa kata aur refund nahi mila, jaldi refund karo.")


@pytest.mark.parametrize("body", [
    "Ano passado cobraram duas vezes e devolveram o valor sem problema. Agora quero cancelar a assinatura.",
    "Em março estornaram a cobrança repetida, obrigado. Agora peço o cancelamento do plano.",
])
def test_pt_money_given_back_in_the_past_is_a_story(body):
    assert intents(body) == {"cancellation"}


def test_pt_money_asked_back_still_asks():
    assert "refund" in intents("Cobraram duas vezes, devolvam o dinheiro por favor.")


# -- hi: 'na to ... na ...' --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Namaste, na to cancel karna hai na paisa wapas chahiye, bas invoice ki copy bhej do.",
    "Mujhe na to plan cancel karna hai na refund chahiye; GST number badalna hai.",
])
def test_hi_na_to_declines_both(body):
    assert intents(body) == set()


def test_hi_na_to_as_otherwise_still_cancels():
    assert "cancellation" in intents("Login theek karo warna cancel karna hai, plan cancel kar do.")


# -- hi: a short cause before 'isliye' ---------------------------------------------------------------

def test_hi_gone_before_isliye_is_the_reason():
    f = fields("client chala gaya isliye website ka monthly retainer (OWD-2025-900) band karna hai", brand="owd")
    assert f.reason and "chala gaya" in f.reason


# -- de: 'stornieren und zurückhaben' ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Wir wollen die Vorauszahlung zum Shop Talblick (OWD-2025-901) stornieren und gleich zurückhaben.",
    "Bitte die Vorauszahlung für das Projekt Alm stornieren und zurückhaben, danke.",
])
def test_de_two_verbs_on_the_money_ask_it_back(body):
    assert "refund" in intents(body, brand="owd")


@pytest.mark.parametrize("body", [
    "Wir möchten die Anzahlung verrechnen lassen und stornieren und zurückrufen, wenn es passt.",
    "Wir möchten die Anzahlung gern behalten lassen und verschieben und zurückrufen, sobald es passt.",
])
def test_de_other_things_back_ask_no_money(body):
    assert "refund" not in intents(body, brand="owd")


# -- end to end: a payment retried twice after a failure, all three charged, the surplus asked back ----

def test_three_retried_charges_approve_two():
    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage
    from tests.helpers import LO_ADDRESS, config, inbound, ist, same_month_charges

    cfg = config()
    charges = same_month_charges({"LO-INV-731": "2025-09-05T09:00:00", "LO-INV-732": "2025-09-05T09:03:00",
                                  "LO-INV-733": "2025-09-05T09:06:00"}, cfg)
    triage = Triage(cfg, charges, FixedClock(ist(2025, 9, 8, 10, 0)))
    text = ("The page kept saying my payment had failed, so I retried; it turns out all three went through "
            "(LO-INV-732 and LO-INV-733 are the spare ones). Can you sort it out?")
    verdict = triage.decide([inbound("nora@example.com", LO_ADDRESS, "checkout problem", ist(2025, 9, 7, 10, 0),
                                     text)]).verdict
    [decision] = verdict.decisions
    assert (decision.outcome, str(decision.amount)) == ("approve", "2998.00")
