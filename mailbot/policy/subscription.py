"""Subscription policies (LeadsOptima, POLICY_SPEC section 3: L1–L9).

Decisions taken here, where the spec leaves room (a careful support lead's reading):

- A refund asked for a reason that is not one of the three exceptions is
  denied under L1 from the policy alone: no plan, invoice or ledger record is
  needed to say "payments are non-refundable", so none is asked for.
- The plan, the invoice and the reason are asked for (C3) only when the reason
  is an exception or not yet known; all missing fields are asked in one reply.
- A cancellation is never held up by a missing reason (clause 2); the reply
  asks for it.  Without a ledger record its end date cannot be computed, so it
  is escalated rather than guessed.
- The 7-day window of L3 is counted from the charge being refunded: for a
  duplicate payment, the later charge of the pair.
- Three or more identical charges (POLICY_SPEC section 8): every charge after
  the first is a duplicate; the refund is the sum of those inside the window.
- A named charge whose status is not ``paid`` (failed, refunded, disputed) is escalated whatever
  the reason given (POLICY_SPEC section 8 "Payments not paid"), before L1 could deny it (fix11).
- (fix27c) A verified sender's invoice is filled from the ledger when their account has exactly one
  payment on record (POLICY_SPEC section 1: fields the ledger holds are not asked for), as the
  agency policy fills a project's only payment; with two or more the invoice is asked for.
- A sender the ledger does not know, who names no registered email and no
  invoice on record, is an unknown sender (section 8, "treated as any unknown
  sender (C2, C3)"): the draft asks them to write from the registered address,
  and for the missing fields; nothing is decided for an account nobody found.
"""

from __future__ import annotations

from decimal import Decimal

from dateutil.relativedelta import relativedelta

from mailbot.calendar import day_number, local_date
from mailbot.ledger import Customer, Payment
from mailbot.models import CANCELLATION, REFUND, Decision, Verdict
from mailbot.policy.common import (
    CaseFacts, approve, decided, deny, escalate, missing_fields, need_info, record_address, unverified,
)

EXCEPTIONS = ("duplicate_payment", "billing_error", "access_failure")


def decide(facts: CaseFacts) -> Verdict:
    address = record_address(facts)
    customer = facts.ledger.customer(facts.brand.name, address)
    if customer is None:
        owner = _owner_of_invoice(facts)
        if owner is not None and owner.email not in facts.senders:
            return unverified(facts, owner.email, _missing(facts, owner, owner.email))
        if owner is None:  # an unknown sender (POLICY_SPEC section 8): C2, and C3 for what is missing
            return unverified(facts, address, _missing(facts, None, address), on_record=False)
    if address not in facts.senders:
        ledger_plan = bool(customer and customer.plan)
        missing = [m for m in _missing(facts, customer, address) if not (m == "plan" and ledger_plan)]
        return unverified(facts, address, missing)
    _fill_from_ledger(facts, customer)
    missing = _missing(facts, customer, address)
    if missing:
        return need_info(missing, "asked for " + ", ".join(missing))
    decisions = []
    if facts.wants(REFUND):
        decisions.append(refund(facts, customer))
    if facts.wants(CANCELLATION):
        decisions.append(cancellation(facts, customer))
    return decided(decisions)


def _owner_of_invoice(facts: CaseFacts) -> Customer | None:
    """The customer on record for the invoice named, when the sender is not on record (C2)."""
    for reference in (facts.fields.invoice_number, *facts.extraction.invoice_candidates):
        payment = facts.ledger.payment(facts.brand.name, reference)
        if payment is not None and payment.customer_email:
            return facts.ledger.customer(facts.brand.name, payment.customer_email)
    return None


def _fill_from_ledger(facts: CaseFacts, customer: Customer | None) -> None:
    """Fields the ledger holds for a verified sender are not asked for: the plan, and the invoice
    of a refund when the account has exactly one payment on record (of any status: with two or
    more, even one failed, which charge is meant is the customer's to say)."""
    if customer and not facts.fields.plan:
        facts.fields.plan = customer.plan or _plan_of_last_charge(facts, customer)
    if customer and facts.wants(REFUND) and not facts.fields.invoice_number and not _named_charge_elsewhere(facts):
        payments = facts.ledger.payments_of_customer(facts.brand.name, customer.email)
        if len(payments) == 1:
            facts.fields.invoice_number = payments[0].invoice or payments[0].id


def _named_charge_elsewhere(facts: CaseFacts) -> bool:
    """An invoice-like reference the email names (read as a candidate) is the customer's word on
    which charge is meant: the ledger's only payment is not put in its place."""
    return bool(facts.extraction.invoice_candidates)


def _plan_of_last_charge(facts: CaseFacts, customer: Customer) -> str | None:
    charges = [p for p in facts.ledger.payments_of_customer(facts.brand.name, customer.email) if p.plan]
    return charges[-1].plan if charges else None


def _missing(facts: CaseFacts, customer: Customer | None, address: str | None) -> list[str]:
    brand, required = facts.brand, list(facts.brand.required_fields)
    if facts.wants(REFUND) and facts.fields.reason_code in (None, *EXCEPTIONS) and not _on_trial(facts, customer):
        required += brand.refund_required_fields
    if facts.wants(CANCELLATION) and (customer is None or not (customer.plan or _plan_of_last_charge(facts, customer)
                                                                or _on_trial(facts, customer))):
        # fix40a: a record on file that holds no plan (a migrated account, no charges, no trial): C3 asks for it
        required += brand.cancellation_required_fields
    missing = missing_fields(facts, required)
    if address not in facts.senders:
        missing = [m for m in missing if m != brand.account_field]
    return missing


def _on_trial(facts: CaseFacts, customer: Customer | None) -> bool:
    """L7: an account on a free trial, with no charges to refund.  An active
    account whose charges are missing from the ledger is *not* this: it has no
    matching record, and goes to a person."""
    if customer is None or customer.status != "trial":
        return False
    return not any(p.is_paid for p in facts.ledger.payments_of_customer(facts.brand.name, customer.email))


# -- refunds --------------------------------------------------------------------

def refund(facts: CaseFacts, customer: Customer | None) -> Decision:
    code = facts.fields.reason_code
    if _on_trial(facts, customer):
        return deny(["L7"], "L7", "the account has no charges: it is on a free trial")
    named = _charge(facts, customer) if customer is not None else None
    if named is not None and not named.is_paid:  # section 8 "Payments not paid", whatever the reason
        return escalate(REFUND, [], f"{named.invoice} has status {named.status!r}: a person checks", named)
    if code not in EXCEPTIONS:
        decision = deny(["L1"], "L1", f"reason {facts.fields.reason!r} is not one of the three exceptions")
        decision.offer_cancellation = not facts.wants(CANCELLATION)
        return decision
    if customer is None:
        return escalate(REFUND, ["L2"], f"no ledger record for {record_address(facts)}: a person checks")
    payment = _charge(facts, customer)
    if payment is None:
        return escalate(REFUND, ["L2"], f"invoice {facts.fields.invoice_number} is not a charge of "
                                        f"{customer.email} in the ledger")
    if code == "duplicate_payment":
        return _duplicate(facts, _claimed_duplicate(facts, customer, payment))
    late = _outside_window(facts, payment)
    if late:
        return late
    if code == "billing_error":
        return escalate(REFUND, ["L2", "L3", "L5"], f"billing error on {payment.invoice}: a person "
                                                    "verifies it", payment)
    return escalate(REFUND, ["L2", "L3", "L6"], "access failure: verified by our support team before any "
                                                "refund", payment)


def _charge(facts: CaseFacts, customer: Customer) -> Payment | None:
    for reference in (facts.fields.invoice_number, *facts.extraction.invoice_candidates):
        payment = facts.ledger.payment(facts.brand.name, reference)
        if payment is not None and facts.ledger.charged_to(facts.brand.name, payment, customer.email):
            return payment
    return None


def _outside_window(facts: CaseFacts, payment: Payment) -> Decision | None:
    days = facts.brand.refund_window_days
    day = day_number(payment.paid_at, facts.request_time, facts.brand.tz)
    if day <= days:
        return None
    return deny(["L2", "L3"], "L3", f"charged {local_date(payment.paid_at, facts.brand.tz)}, asked on day "
                                    f"{day}: outside the {days}-day window", payment)


def _duplicate(facts: CaseFacts, payment: Payment) -> Decision:
    """L4: two or more paid charges of the same account, amount and period."""
    twins = [
        p for p in facts.ledger.payments_of_customer(facts.brand.name, payment.customer_email)
        if p.is_paid and p.amount == payment.amount and p.currency == payment.currency
        and (p.period_start, p.period_end) == (payment.period_start, payment.period_end)
    ]
    if len(twins) < 2 or not payment.is_paid:
        renewal = _renewal_in_window(facts, payment)
        if renewal is not None:
            return escalate(REFUND, ["L2", "L3", "L4"], f"{renewal.invoice} renews {payment.invoice} for the next "
                                                        f"period: no duplicate pair in the ledger; a person checks",
                            renewal)
        late = _outside_window(facts, payment)
        return late or escalate(REFUND, ["L2", "L3", "L4"], f"no second paid charge like {payment.invoice} "
                                                            "in the ledger: a person checks", payment)
    twins.sort(key=lambda p: p.paid_at)
    duplicate = twins[-1]  # the later charge of the pair is the one refunded
    late = _outside_window(facts, duplicate)
    if late:
        return late
    # Every charge after the first is a duplicate (section 8); those inside the window are refunded.
    refunded = [p for p in twins[1:] if _outside_window(facts, p) is None]
    return approve(duplicate, sum((p.amount for p in refunded), start=Decimal(0)), ["L2", "L3", "L4"],
                   f"{len(twins)} paid charges of {duplicate.amount} {duplicate.currency} for "
                   f"{duplicate.period_start}–{duplicate.period_end} ({', '.join(p.id for p in twins)}): "
                   f"refund {', '.join(p.id for p in refunded)}, before tax")


def _claimed_duplicate(facts: CaseFacts, customer: Customer, payment: Payment) -> Payment:
    """(fix45w) The charge a duplicate claim is about: of two or more of the customer's charges the email
    names ("einmal LO-INV-83811 und jetzt nochmal LO-INV-83812"), the latest; the duplicate is the later charge
    of a pair (POLICY_SPEC section 8, "Which invoice"), so the window is not counted from the first one named."""
    named = [payment]
    for reference in facts.extraction.invoice_candidates:
        found = facts.ledger.payment(facts.brand.name, reference)
        if found is not None and found.is_paid and found not in named \
                and facts.ledger.charged_to(facts.brand.name, found, customer.email):
            named.append(found)
    return max(named, key=lambda p: p.paid_at)


def _renewal_in_window(facts: CaseFacts, payment: Payment) -> Payment | None:
    """(fix45w) A yearly (or monthly) renewal taken for a double charge: the charge named is outside the window,
    but the account's next charge of the same amount, for the period right after it, is inside.  That later
    charge is the one claimed as the duplicate, inside the window, and no pair is in the ledger: L4 escalates
    (a person explains the renewal), never an L3 deny counted from the earlier period's charge."""
    if payment.period_end is None or _outside_window(facts, payment) is None:
        return None
    after = payment.period_end + relativedelta(days=1)
    return next((p for p in facts.ledger.payments_of_customer(facts.brand.name, payment.customer_email)
                 if p.is_paid and p.amount == payment.amount and p.currency == payment.currency
                 and p.paid_at > payment.paid_at and p.period_start == after and _outside_window(facts, p) is None),
                None)


# -- cancellations ----------------------------------------------------------------

def cancellation(facts: CaseFacts, customer: Customer | None) -> Decision:
    """L8: active until the end of the current cycle; no further charges."""
    if customer is None:
        return escalate(CANCELLATION, ["L8"], f"no ledger record for {record_address(facts)}: a person "
                                              "finds the account")
    if customer.status == "trial" and customer.trial_ends:
        return Decision(CANCELLATION, "cancel", ["L7", "L8"], effective_date=customer.trial_ends,
                        reason="trial account: nothing will be billed")
    if customer.current_period_end:
        return Decision(CANCELLATION, "cancel", ["L8"], effective_date=customer.current_period_end,
                        reason=f"current period ends {customer.current_period_end}")
    charges = [p for p in facts.ledger.payments_of_customer(facts.brand.name, customer.email) if p.is_paid]
    months = facts.brand.plan_months.get(facts.fields.plan or "")
    if not charges or not months:
        return escalate(CANCELLATION, ["L8"], "no current period in the ledger: a person finds the cycle end")
    last = charges[-1]
    end = local_date(last.paid_at, facts.brand.tz) + relativedelta(months=months, days=-1)
    return Decision(CANCELLATION, "cancel", ["L8"], effective_date=end, payment_id=last.id,
                    reason=f"last charge {last.id} + {months} month(s) - 1 day")
