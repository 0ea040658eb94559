"""What both policy kinds share: the facts of a case, C2–C6, money."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from mailbot.calendar import local_date
from mailbot.ledger import Ledger, Payment
from mailbot.models import CANCELLATION, FIELD_NAMES, REFUND, Decision, Extraction, Verdict

# ISO 4217 currencies without minor units (C6 rounds to the minor unit).
_ZERO_DECIMAL = {"JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF", "PYG", "RWF"}


@dataclass
class CaseFacts:
    """Everything a policy may look at for one case."""

    brand: object  # mailbot.config.Brand
    extraction: Extraction
    customer: str | None
    """The address the case's first email came from."""
    senders: set[str]
    """Every address the case's emails came from."""
    request_time: datetime | None
    """None when no email of the case carries a readable date."""
    ledger: Ledger
    unauthenticated: str | None = None
    """Why the sender's From address failed the mailbox's Authentication-Results
    check, or None (authenticated, or no trust setting)."""

    @property
    def fields(self):
        return self.extraction.fields

    @property
    def request_day(self) -> date:
        return local_date(self.request_time, self.brand.tz)

    def wants(self, intent: str) -> bool:
        return intent in self.extraction.intents


def money(amount: Decimal, currency: str) -> Decimal:
    """C6: exact decimal, rounded half-up once, to the currency's minor unit."""
    unit = Decimal("1") if currency.upper() in _ZERO_DECIMAL else Decimal("0.01")
    return amount.quantize(unit, rounding=ROUND_HALF_UP)


def approve(payment: Payment, amount: Decimal, rules: list[str], reason: str) -> Decision:
    """C5/C6: an approved refund of ``amount`` (before tax) to the original payment method."""
    return Decision(REFUND, "approve", rules, amount=money(amount, payment.currency),
                    currency=payment.currency, payment_id=payment.id, reason=reason)


def deny(rules: list[str], clause: str, reason: str, payment: Payment | None = None) -> Decision:
    return Decision(REFUND, "deny", rules, clause=clause, reason=reason,
                    payment_id=payment.id if payment else None)


def escalate(intent: str, rules: list[str], reason: str, payment: Payment | None = None) -> Decision:
    return Decision(intent, "escalate", rules, reason=reason, payment_id=payment.id if payment else None)


def missing_fields(facts: CaseFacts, required: list[str]) -> list[str]:
    """C3: the required fields still missing, in the order of POLICY_SPEC section 1."""
    values = facts.fields.as_dict()
    return [name for name in FIELD_NAMES if name in required and not values.get(name)]


def record_address(facts: CaseFacts) -> str | None:
    """The address on record as the customer gives it: stated, else the sender's."""
    return getattr(facts.fields, facts.brand.account_field)


def need_info(missing: list[str], note: str) -> Verdict:
    verdict = Verdict("need_info", rules=["C3"], missing=missing)
    verdict.note("C3", note)
    return verdict


def unverified(facts: CaseFacts, address: str | None, missing: list[str], on_record: bool = True) -> Verdict:
    """C2: the request does not come from the address on record (``on_record`` false: the
    ledger knows no account for the address at all, an unknown sender)."""
    verdict = Verdict("need_info", rules=["C2"], missing=missing)
    label = facts.brand.account_field.replace("_", " ")
    if on_record:
        verdict.note("C2", f"sender {facts.customer} is not the {label} on record ({address}): "
                           "ask them to write from it; nothing about the account is disclosed")
    else:
        verdict.note("C2", f"no account on record for {address}: an unknown sender; ask them to write from "
                           f"their {label}; nothing about any account is disclosed")
    return verdict


def unauthenticated_verdict(facts: CaseFacts) -> Verdict:
    """C2 before anything else: the From address was not authenticated by the
    trusted receiving server, so the email may not come from the address on
    record, whatever the ledger says about that address.  Nothing about the
    account is disclosed; the draft asks them to write from it (verify-sender)."""
    verdict = Verdict("need_info", rules=["C2"], missing=[])
    verdict.note("C2", f"sender not authenticated ({facts.unauthenticated}): treated as unverified; "
                       "nothing about the account is disclosed")
    return verdict


def dispute_verdict(facts: CaseFacts) -> Verdict:
    """C4: chargeback, dispute or legal threats go to a person, for every intent asked."""
    verdict = Verdict("decided", rules=["C4"])
    words = facts.extraction.dispute
    for intent in (REFUND, CANCELLATION):
        if facts.wants(intent):
            verdict.decisions.append(escalate(intent, ["C4"], f"the customer mentions {words!r}"))
    verdict.note("C4", f"dispute or legal words {words!r}: a person decides")
    return verdict


def undated_verdict(facts: CaseFacts) -> Verdict:
    """No readable Date (and no arrival time): every window is unknown, and the
    decision may depend only on the emails and the ledger, never on today."""
    decisions = [escalate(intent, [], "the email has no readable date: a person checks the windows")
                 for intent in (REFUND, CANCELLATION) if facts.wants(intent)]
    return decided(decisions)


def decided(decisions: list[Decision], verified: bool = True) -> Verdict:
    """A decided case.  The case-level ``rules`` stay empty: the rules that
    decided each intent are on its decision (POLICY_SPEC section 7)."""
    verdict = Verdict("decided", decisions=decisions, verified=verified)
    for d in decisions:
        verdict.note(",".join(d.rules) or "-", f"{d.intent} {d.outcome}: {d.reason}")
    return verdict
