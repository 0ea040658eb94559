"""Rules of fix27c behind fresh20's English and Hindi misses, each with sentences of its own (none copied from
any round or from the phrasebook).

- The invoice of a verified LeadsOptima sender's only payment is filled from the ledger (POLICY_SPEC section 1:
  "fields that the ledger holds for a verified sender ... are filled from it and not asked for"), as the agency
  policy fills a project's only payment (mailbot/policy/subscription.py).  With two payments on record, an
  unverified sender, or an invoice-like reference of the customer's own, it is still asked for / taken as said.
- A refund we made, told as history with its subject after a time word ('Last spring you refunded a double
  charge for us'), asks nothing: the exception it settled asks no money back either (en refund_received; the
  same family in de and fr without 'bereits'/'déjà', and Hindi 'refund turant kar diya tha').  A refund still
  awaited ('you still haven't refunded', 'have you refunded it yet?') still asks.
- Money wanted back as the second half of a wish ('I want the plan cancelled and the last fee returned') asks a
  refund beside the cancellation (en); 'I don't want the plan cancelled and the fee returned' does not.
"""

from __future__ import annotations

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, config, inbound, ist, read_body, same_month_charges


def intents(body: str) -> set:
    return set(read_body(body).intents)


def _verdict(body: str, charges: dict[str, str], sender: str = "nora@example.com", subject: str = "Hello"):
    cfg = config()
    triage = Triage(cfg, same_month_charges(charges, cfg), FixedClock(ist(2025, 9, 10, 12, 0)))
    msg = inbound(sender, LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body, message_id="<fix27c@example.com>")
    return triage.decide([msg]).verdict


ONE = {"LO-INV-55501": "2025-09-06T10:00:00"}
TWO = {"LO-INV-55501": "2025-09-05T10:00:00", "LO-INV-55502": "2025-09-06T10:00:00"}


# -- the invoice of a verified sender's only payment comes from the ledger (section 1) -------------------------------

def test_an_access_failure_refund_of_the_only_charge_is_decided_without_asking_the_invoice():
    verdict = _verdict("Hi,\n\nI cannot log in to my account for four days now, support chat could not help. "
                       "Please give me my money back.\n\nNora", ONE)
    assert "invoice_number" not in verdict.missing
    assert {(d.intent, d.outcome) for d in verdict.decisions} == {("refund", "escalate")}


def test_a_bare_refund_of_the_only_charge_asks_the_reason_only():
    verdict = _verdict("Refund my payment please.\n\nSent from my phone", ONE)
    assert verdict.missing == ["reason"]


def test_with_two_charges_on_record_the_invoice_is_still_asked():
    verdict = _verdict("Hi,\n\nI cannot log in to my account for four days now, support chat could not help. "
                       "Please give me my money back.\n\nNora", TWO)
    assert "invoice_number" in verdict.missing
    assert not verdict.decisions


def test_a_sender_not_on_record_is_not_given_the_accounts_only_invoice():
    verdict = _verdict("Hi,\n\nI cannot log in since Monday, please refund.\n\nNora", ONE, sender="nora.k@example.org")
    assert not verdict.verified and not verdict.decisions


def test_the_ledger_never_approves_a_duplicate_it_cannot_pair():
    verdict = _verdict("Hello, I was charged twice for September, please refund the extra charge.\n\nNora", ONE)
    assert not any(d.outcome == "approve" for d in verdict.decisions)


# -- a refund we made, told as history, asks nothing -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi team, last spring you refunded a duplicate payment for us in no time, great service. "
    "Is there a Zapier connector on the quarterly plan?",
    "Back in March your support team refunded the annual fee for me without fuss. Quick question: can I export leads?",
    "Hallo, letzten Herbst haben Sie uns eine doppelte Belastung sofort erstattet, danke. Gibt es einen CSV-Export?",
    "Bonjour, en avril vous nous avez rapidement remboursé un double débit, merci. Proposez-vous un export CSV ?",
    "Namaste, pichhle mahine aapne double payment ka refund jaldi kar diya tha, dhanyavaad. Kya CSV export milta hai?",
    "नमस्ते, पिछले साल डबल चार्ज का रिफंड तुरंत कर दिया था, धन्यवाद। क्या CSV export मिलता है?",
])
def test_a_refund_we_made_told_as_history_asks_nothing(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body", [
    "You still haven't refunded the duplicate payment from last week.",
    "Have you refunded the duplicate payment yet?",
    "I thought you refunded the double charge, but nothing has come in. Please refund it.",
    "Last month you refunded a double charge for us, and now I was charged twice again. Please refund the new one.",
    "Back in June you refunded a duplicate payment for us, thanks. This week I was charged twice again.",
    "Thanks. You refunded the annual fee last year. Now the card was debited twice for the same month.",
    "Sie haben uns die doppelte Belastung noch nicht erstattet.",
    "Vous ne nous avez pas remboursé le double débit.",
    "Double payment hua hai, refund turant kar do.",
])
def test_a_refund_still_awaited_or_asked_again_still_asks(body):
    assert "refund" in intents(body)


# -- money wanted back as the second half of a wish ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We want our plan cancelled and the October charge reversed, the leads were all fake.",
    "I'd like my subscription cancelled and the September payment (LO-INV-55501) given back.",
    "I want the subscription cancelled and the August fee returned: nothing has worked since the update.",
])
def test_money_wanted_back_beside_a_cancellation_in_one_wish_asks_both(body):
    assert intents(body) == {"refund", "cancellation"}


@pytest.mark.parametrize("body", [
    "I don't want the plan cancelled and the fee returned, I only want the export fixed.",
    "I want the plan cancelled and the demo laptop returned to your office.",
])
def test_no_money_wished_back_in_the_wish(body):
    assert "refund" not in intents(body)
