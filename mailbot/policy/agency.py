"""Agency policies (Optima WebDesign, POLICY_SPEC section 4: O1–O8).

Decisions taken here, where the spec leaves room (a careful support lead's reading):

- The request must come from the project's contract email *as the ledger
  records it* (C2), not only from the address the customer states.
- A verified sender's project is filled from the ledger when they have exactly
  one; the invoice when that project has exactly one payment (for a
  cancellation: its latest recurring or annual payment).  Otherwise asked for.
- A project named in the email that differs from the invoice's project is
  escalated: a person sorts out which work is meant.
- A project (non-recurring) cancellation takes effect on the request date: the
  work stops; an annual plan whose refund is approved (O5) ends the same day.
- A payment whose status is not ``paid`` (refunded, failed...) is escalated.
- A retainer cancelled with less than the notice period before ``next_billing_at``: the next cycle
  is billed (O4), so its being paid already changes nothing (effective date: the end of that cycle);
  only a period paid beyond it is escalated.  The section 8 escalation of a paid next cycle applies
  when the notice is at least the notice period (fix11).
- A sender who is no project's contract email and names no work on record is an
  unknown sender (POLICY_SPEC section 8: C2, C3): asked to write from the contract
  email, and for what is missing.
- A refund (and nothing else) of a payment whose kind O6 never refunds (setup, rush, change
  request, third party) is denied without asking for the reason (fix12): no reason can change
  the answer, so asking would only delay the "no".  A cancellation in the same email still needs
  its reason (section 8: Optima requires one).
- "Cancel the discovery session / the deposit / milestone 3, refund it" about a one-off project
  payment (any kind neither recurring nor annual) of a project with no recurring or annual payment
  is one refund request (fix13): O8 acknowledges a cancellation *without* a refund request, and
  the refund's own rule (O1-O3, O6) already says whether that work is undone and paid back.  Only
  the refund is decided.  A project that also has a retainer, hosting or maintenance payment keeps
  both parts (the cancellation may be about that plan).
- (fix13) The same holds wherever the ledger and the request time alone settle a refund asked
  for by itself: a deposit asked back 72 hours or more after payment or after work started (O2),
  a discovery payment after a session started (O1), an annual plan after its 14 days (O5), a
  milestone completed or approved (O3), the current period of a retainer (O4): each is ``deny``
  whatever the reason, so the reason is not asked for.  A refund of a payment that is not
  ``paid`` (refunded, failed, disputed) is escalated (section 8) without asking for it either:
  a person must first sort out the payment, and the reason cannot change that.  The reason is
  still asked for whenever the answer could be anything else: an approval (the spec requires the
  reason before any refund is granted, so the bot never approves without it), an escalation on
  the merits (a milestone in progress, a period paid ahead: the person weighs the reason), and
  any email that also cancels (section 8).  The answer is judged by the same rule functions that
  decide, on the same ledger facts, with no reason at hand: they never read one.
- (fix14b) A cancellation that the ledger alone sends to a person (a retainer whose next cycle is
  already paid, notice of 7 days or more: section 8) still needs its reason first.  Section 8 makes
  the reason required for every Optima cancellation, and the person who decides whether to refund
  the paid cycle weighs it (O4): the escalation is on the merits, not on a broken record.  So the
  reason is asked for (C3) and nothing is approved or escalated without it; when the customer gave
  one in the same sentence as the ask ("..., the clinic is moving to another city") it is read.
- (fix44w) A retainer's refund asked of the cycle already paid in advance, named in the email beside the
  current cycle's invoice ("we cancel, invoices OWD-1 and OWD-2; please refund OWD-2, paid ahead"), is
  that cycle's refund, whichever invoice the fields hold first: section 8 says "a person refunds that cycle or
  not" (O4), so the refund is ``escalate``d (no amount) as the cancellation is, never an O4 ``deny`` of the
  current period the customer did not ask back.  A refund naming only the current cycle is still denied (O4).
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from mailbot.calendar import day_number, hours_between, local_date
from mailbot.ledger import Payment, Project
from mailbot.models import CANCELLATION, REFUND, Decision, Verdict
from mailbot.policy.common import (
    CaseFacts, approve, decided, deny, escalate, missing_fields, need_info, record_address, unverified,
)


def decide(facts: CaseFacts) -> Verdict:
    brand, fields = facts.brand, facts.fields
    address = record_address(facts)
    if address not in facts.senders:
        return unverified(facts, address, _missing(facts))
    on_record = _contract_email_of_named_work(facts)
    if on_record is not None and on_record not in facts.senders:
        return unverified(facts, on_record, _missing(facts))
    if on_record is None and not facts.ledger.projects_of(brand.name, address):
        return unverified(facts, address, _missing(facts), on_record=False)  # an unknown sender (section 8)
    _fill_from_ledger(facts, address)
    missing = _missing(facts)
    if missing:
        return need_info(missing, "asked for " + ", ".join(missing))
    payment = _payment(facts)
    project = facts.ledger.project(brand.name, payment.project if payment else fields.project_name)
    if project is not None and project.contract_email != address:
        return unverified(facts, project.contract_email, [])
    problem = _record_problem(facts, payment, project)
    if problem:
        return decided([escalate(intent, [], problem, payment) for intent in _intents(facts)])
    decisions = []
    if facts.wants(REFUND):
        decisions.append(refund(facts, payment, project))
    one_request = _cancellation_is_the_refund(facts, payment)
    if facts.wants(CANCELLATION) and not one_request:
        decisions.append(cancellation(facts, payment, decisions[0] if decisions else None))
    verdict = decided(decisions)
    if one_request:
        verdict.note("O8", f"cancelling the {payment.kind} paid by {payment.invoice} is the refund asked for: "
                           "the refund decides (no separate cancellation)")
    return verdict


def _cancellation_is_the_refund(facts: CaseFacts, payment: Payment | None) -> bool:
    """A refund and a cancellation of a one-off project payment, in a project with nothing
    recurring or annual to end, are one request: the refund (fix13, see the module docstring)."""
    if payment is None or not (facts.wants(REFUND) and facts.wants(CANCELLATION)):
        return False
    ongoing = (*facts.brand.recurring_kinds, *facts.brand.annual_kinds)
    if payment.kind in ongoing:
        return False
    return not any(p.kind in ongoing for p in facts.ledger.payments_of_project(facts.brand.name, payment.project))


def _contract_email_of_named_work(facts: CaseFacts) -> str | None:
    """The contract email of the project (or the invoice's project) the email
    names: a request about it must come from that address (C2)."""
    payment = _payment(facts)
    project = facts.ledger.project(facts.brand.name, payment.project if payment else facts.fields.project_name)
    return project.contract_email if project else None


def _intents(facts: CaseFacts) -> list[str]:
    return [i for i in (REFUND, CANCELLATION) if facts.wants(i)]


def _missing(facts: CaseFacts) -> list[str]:
    brand = facts.brand
    required = list(brand.required_fields)
    if facts.wants(REFUND):
        required += brand.refund_required_fields
    if facts.wants(CANCELLATION):
        required += brand.cancellation_required_fields
    missing = [m for m in missing_fields(facts, required) if m != brand.account_field]
    if "reason" in missing and _reason_cannot_change_refund(facts):
        missing.remove("reason")
    return missing


def _reason_cannot_change_refund(facts: CaseFacts) -> bool:
    """A refund alone whose answer the ledger and the request time settle without the reason: a
    payment that is not ``paid`` (escalated, section 8), or one whose rule denies it (O1–O6).  Then
    the reason is not asked for (fix12 for O6, fix13 for the rest; see the module docstring).  Never
    true when the rule would approve: no refund is granted without the reason the spec requires."""
    if not facts.wants(REFUND) or facts.request_time is None:
        return False
    payment = _payment(facts)
    if payment is None:
        return False
    if facts.wants(CANCELLATION) and not _cancellation_is_the_refund(facts, payment):
        return False  # the cancellation needs its reason (section 8)
    if not payment.is_paid:
        return True
    if payment.kind in facts.brand.non_refundable_kinds:
        return True
    project = facts.ledger.project(facts.brand.name, payment.project)
    if project is None:
        return False
    return refund(facts, payment, project).outcome == "deny"


def _fill_from_ledger(facts: CaseFacts, address: str) -> None:
    brand, fields, ledger = facts.brand.name, facts.fields, facts.ledger
    if not fields.project_name:
        payment = _payment(facts)
        named = ledger.project(brand, payment.project) if payment else None
        projects = [named] if named and named.contract_email == address else ledger.projects_of(brand, address)
        if len(projects) == 1:
            fields.project_name = projects[0].name
    if not fields.invoice_number and fields.project_name:
        payments = [p for p in ledger.payments_of_project(brand, fields.project_name) if p.is_paid]
        if facts.wants(CANCELLATION) and not facts.wants(REFUND):
            payments = [p for p in payments if p.kind in (*facts.brand.recurring_kinds, *facts.brand.annual_kinds)]
            payments = payments[-1:]
        if len(payments) == 1:
            fields.invoice_number = payments[0].invoice or payments[0].id


def _payment(facts: CaseFacts) -> Payment | None:
    for reference in (facts.fields.invoice_number, *facts.extraction.invoice_candidates):
        payment = facts.ledger.payment(facts.brand.name, reference)
        if payment is not None:
            return payment
    return None


def _record_problem(facts: CaseFacts, payment: Payment | None, project: Project | None) -> str | None:
    """Why the ledger cannot back a decision (then a person decides), or None."""
    fields = facts.fields
    if payment is None:
        return f"invoice {fields.invoice_number} is not in the ledger"
    if project is None:
        return f"project {payment.project or fields.project_name!r} is not in the ledger"
    if fields.project_name and fields.project_name.casefold() != project.name.casefold():
        return f"the email names project {fields.project_name!r} but {payment.invoice} is for {project.name!r}"
    if not payment.is_paid:
        return f"{payment.invoice} has status {payment.status!r}"
    return None


# -- refunds, by payment kind -----------------------------------------------------

def refund(facts: CaseFacts, payment: Payment, project: Project) -> Decision:
    brand, kind = facts.brand, payment.kind
    if kind in brand.non_refundable_kinds:
        return deny(["O6"], "O6", f"{payment.invoice} is a {kind} payment: never refundable", payment)
    if kind == "discovery":
        return _discovery(facts, payment, project)
    if kind == "deposit":
        return _deposit(facts, payment, project)
    if kind == "milestone":
        return _milestone(payment)
    if kind in brand.recurring_kinds:
        return _recurring(facts, payment)
    if kind in brand.annual_kinds:
        return _annual(facts, payment)
    return escalate(REFUND, [], f"payment kind {kind!r} has no refund rule: a person decides", payment)


def _started(project: Project, facts: CaseFacts) -> bool:
    return project.work_started_at is not None and project.work_started_at <= facts.request_time


def _discovery(facts: CaseFacts, payment: Payment, project: Project) -> Decision:
    if _started(project, facts):
        return deny(["O1"], "O1", f"sessions or deliverables started {project.work_started_at:%Y-%m-%d %H:%M}",
                    payment)
    return approve(payment, payment.amount, ["O1"], "no session or deliverable has started")


def _deposit(facts: CaseFacts, payment: Payment, project: Project) -> Decision:
    limit = facts.brand.deposit_refund_hours
    hours = hours_between(payment.paid_at, facts.request_time)
    if hours >= limit:
        return deny(["O2"], "O2", f"asked {hours:.1f} h after payment: not before {limit} h", payment)
    if _started(project, facts):
        return deny(["O2"], "O2", f"work started {project.work_started_at:%Y-%m-%d %H:%M}", payment)
    return approve(payment, payment.amount, ["O2"], f"asked {hours:.1f} h after payment (< {limit} h) and "
                                                    "before work started")


def _milestone(payment: Payment) -> Decision:
    status = payment.milestone_status
    if status == "not_started":
        return approve(payment, payment.amount, ["O3"], "milestone not started")
    if status == "in_progress":
        return escalate(REFUND, ["O3"], "milestone in progress: the value of work not started needs a "
                                        "person's judgement", payment)
    if status in ("completed", "approved"):
        return deny(["O3", "O6"], "O3", f"milestone {status}", payment)
    return escalate(REFUND, ["O3"], "milestone status unknown in the ledger", payment)


def _recurring(facts: CaseFacts, payment: Payment) -> Decision:
    """O4: the current period is never refunded; a period paid ahead goes to a person (fix44w: also
    when the email names that paid-ahead cycle beside the current one, see the module docstring)."""
    payment = _named_paid_ahead(facts, payment) or payment
    if payment.period_start and payment.period_start > facts.request_day:
        return escalate(REFUND, ["O4"], f"{payment.invoice} pays a future period from {payment.period_start}: "
                                        "a person decides", payment)
    return deny(["O4"], "O4", f"{payment.invoice} pays the current or a past period", payment)


def _named_paid_ahead(facts: CaseFacts, payment: Payment) -> Payment | None:
    """A paid cycle of the same project and kind, starting after the request, that the email names
    among its invoices (the refund is asked of it, whichever invoice the fields hold first)."""
    for reference in (facts.fields.invoice_number, *facts.extraction.invoice_candidates):
        named = facts.ledger.payment(facts.brand.name, reference)
        if (named is not None and named.is_paid and named.project == payment.project and named.kind == payment.kind
                and named.period_start and named.period_start > facts.request_day):
            return named
    return None


def _annual(facts: CaseFacts, payment: Payment) -> Decision:
    """O5: prorated refund within the first N days of service."""
    days = facts.brand.annual_refund_days
    start = payment.service_start or local_date(payment.paid_at, facts.brand.tz)
    day = day_number(start, facts.request_time, facts.brand.tz)
    if day > days:
        return deny(["O5"], "O5", f"service started {start}, asked on day {day}: after {days} days", payment)
    setup = payment.setup_fee or 0
    consumed = consumed_months(start, facts.request_day)
    monthly = (payment.amount - setup) / 12
    amount = payment.amount - setup - monthly * consumed
    return approve(payment, amount, ["O5"], f"{payment.amount} − setup {setup} − {consumed} month(s) × "
                                            f"{monthly:.2f} (asked on day {day} of {days})")


def consumed_months(start: date, request: date) -> int:
    """Months started since ``start`` up to ``request`` (rounded up).

    At least one: the spec says that within the 14 days "this is 1", and a
    request made before the service starts still holds the first month
    (never refund more than the policy plainly allows)."""
    if request < start:
        return 1
    months = 0
    while start + relativedelta(months=months) <= request:
        months += 1
    return months


# -- cancellations ----------------------------------------------------------------

def cancellation(facts: CaseFacts, payment: Payment, refund_decision: Decision | None) -> Decision:
    brand = facts.brand
    if payment.kind in brand.recurring_kinds:
        return _retainer_cancellation(facts, payment)
    if payment.kind in brand.annual_kinds:
        if refund_decision is not None and refund_decision.outcome == "approve":
            return Decision(CANCELLATION, "cancel", ["O5", "O8"], effective_date=facts.request_day,
                            payment_id=payment.id, reason="the prorated refund ends the plan")
        end = payment.period_end or (payment.service_start or local_date(payment.paid_at, brand.tz)) + \
            relativedelta(years=1, days=-1)
        return Decision(CANCELLATION, "cancel", ["O8"], effective_date=end, payment_id=payment.id,
                        reason=f"no refund: the plan runs to the end of its paid year ({end})")
    return Decision(CANCELLATION, "cancel", ["O8"], effective_date=facts.request_day, payment_id=payment.id,
                    reason=f"project cancellation ({payment.kind}) acknowledged")


def _retainer_cancellation(facts: CaseFacts, payment: Payment) -> Decision:
    """O4: enough notice before ``next_billing_at`` avoids the next charge."""
    brand = facts.brand
    next_billing = _next_billing(facts, payment)
    if next_billing is None:
        return escalate(CANCELLATION, ["O4"], "no next billing date in the ledger: a person checks", payment)
    paid = [p for p in facts.ledger.payments_of_project(brand.name, payment.project)
            if p.is_paid and p.kind == payment.kind and p.period_start]
    notice = (next_billing - facts.request_day).days
    if notice >= brand.retainer_notice_days:
        ahead = [p for p in paid if p.period_start >= next_billing]
        # Section 8 "Retainer paid in advance": a cycle that starts after the request is already paid
        # (also when the customer names that payment, whose own next_billing_at is a cycle later) and
        # the notice before it is at least the notice period: a person decides (fix9).
        future = [p for p in paid if p.period_start > facts.request_day
                  and (p.period_start - facts.request_day).days >= brand.retainer_notice_days]
        ahead = ahead or future
    else:
        # Less notice: the next cycle is billed anyway (O4), so its being paid already changes
        # nothing; only periods paid beyond it go to a person (O4 "beyond the next cycle").
        ahead = [p for p in paid if p.period_start >= next_billing + _cycle(payment)]
    if ahead:
        return escalate(CANCELLATION, ["O4"], f"periods paid in advance ({', '.join(p.id for p in ahead)}): "
                                              "a person decides", payment)
    if notice >= brand.retainer_notice_days:
        return Decision(CANCELLATION, "cancel", ["O4"], effective_date=next_billing - timedelta(days=1),
                        payment_id=payment.id,
                        reason=f"{notice} days' notice before {next_billing}: no further charge")
    end = next_billing + _cycle(payment) - timedelta(days=1)
    return Decision(CANCELLATION, "cancel", ["O4"], effective_date=end, payment_id=payment.id,
                    next_cycle_billed=True,
                    reason=f"{notice} days' notice before {next_billing} (< {brand.retainer_notice_days}): "
                           f"the next cycle is billed, service to {end}")


def _next_billing(facts: CaseFacts, payment: Payment) -> date | None:
    if payment.next_billing_at:
        return local_date(payment.next_billing_at, facts.brand.tz)
    if payment.period_end:
        return payment.period_end + timedelta(days=1)
    return None


def _cycle(payment: Payment) -> relativedelta:
    if payment.period_start and payment.period_end:
        span = relativedelta(payment.period_end + timedelta(days=1), payment.period_start)
        if span.years or span.months:
            return relativedelta(years=span.years, months=span.months)
        return relativedelta(days=(payment.period_end - payment.period_start).days + 1)
    return relativedelta(months=1)
