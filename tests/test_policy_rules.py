"""Each rule on both sides of its boundary, through the pure pipeline."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import IST, LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger

CFG = config()
NOW = FixedClock(datetime(2025, 10, 1, tzinfo=timezone.utc))


def lo_ledger(paid_at: str, twice: bool = True, **customer) -> dict:
    charge = {"brand": "leadsoptima", "customer_email": "asha@example.in", "kind": "subscription", "plan": "annual",
              "amount": "11988.00", "tax": "0.00", "currency": "INR", "paid_at": paid_at,
              "period_start": "2025-07-03", "period_end": "2026-07-02", "status": "paid"}
    payments = [dict(charge, id="pay_1", invoice="LO-INV-1001")]
    if twice:
        payments.append(dict(charge, id="pay_2", invoice="LO-INV-1002"))
    person = {"brand": "leadsoptima", "email": "asha@example.in", "plan": "annual", "status": "active",
              "current_period_end": "2026-07-02", **customer}
    return {"customers": [person], "payments": payments}


def decide_lo(data: dict, when: datetime, body: str, sender="Asha <asha@example.in>"):
    triage = Triage(CFG, ledger(data, CFG), NOW)
    return triage.decide([inbound(sender, LO_ADDRESS, "Billing", when, body)])


def refund_of(result):
    return next(d for d in result.verdict.decisions if d.intent == "refund")


@pytest.mark.parametrize("day, outcome", [(7, "approve"), (8, "deny")])
def test_l3_day_7_is_inside_day_8_is_outside(day, outcome):
    result = decide_lo(lo_ledger("2025-07-03T09:00:00"), ist(2025, 7, 3 + day, 23, 59),
                       "I was charged twice, invoice LO-INV-1002. Please refund.")
    assert refund_of(result).outcome == outcome


def test_l3_counts_dates_in_the_brand_zone_not_utc():
    # Paid 2025-07-03 23:30 IST = 18:00 UTC; 7 days later at 00:30 IST on 07-11 is day 8 locally,
    # although only 7 days and 1 hour have elapsed (and it is still 07-10 in UTC).
    data = lo_ledger("2025-07-03T23:30:00+05:30")
    late = decide_lo(data, ist(2025, 7, 11, 0, 30), "Charged twice! Invoice LO-INV-1002, refund please.")
    assert refund_of(late).outcome == "deny"
    # A payment at 20:00 UTC on 07-03 is 07-04 01:30 in India: day 0 is 07-04, so 07-11 is day 7.
    data = lo_ledger("2025-07-03T20:00:00+00:00")
    inside = decide_lo(data, ist(2025, 7, 11, 22, 0), "Charged twice! Invoice LO-INV-1002, refund please.")
    assert refund_of(inside).outcome == "approve"


def test_l4_single_charge_is_escalated_not_approved():
    result = decide_lo(lo_ledger("2025-07-03T09:00:00", twice=False), ist(2025, 7, 5, 10, 0),
                       "I was charged twice, invoice LO-INV-1001, please refund.")
    assert refund_of(result).outcome == "escalate"


@pytest.mark.parametrize("words, rule", [
    ("The amount charged was the wrong amount, invoice LO-INV-1001. Please refund.", "L5"),
    ("I cannot log in since Monday, invoice LO-INV-1001. Please refund.", "L6"),
])
def test_l5_l6_exceptions_are_escalated_inside_the_window(words, rule):
    decision = refund_of(decide_lo(lo_ledger("2025-07-03T09:00:00", twice=False), ist(2025, 7, 6, 9, 0), words))
    assert decision.outcome == "escalate" and rule in decision.rules


def test_l7_trial_account_is_denied():
    data = {"customers": [{"brand": "leadsoptima", "email": "neha@example.in", "status": "trial",
                           "trial_ends": "2025-07-20"}]}
    result = decide_lo(data, ist(2025, 7, 6, 9, 0), "I was charged twice, please refund.",
                       sender="neha@example.in")
    assert (refund_of(result).outcome, refund_of(result).rules) == ("deny", ["L7"])


def test_l8_without_period_end_uses_last_charge_plus_plan_minus_a_day():
    data = lo_ledger("2025-07-03T09:00:00", twice=False, current_period_end=None)
    result = decide_lo(data, ist(2025, 8, 1, 9, 0), "Please cancel my subscription, we do not need it.")
    decision = result.verdict.decisions[0]
    assert (decision.outcome, decision.effective_date.isoformat()) == ("cancel", "2026-07-02")


def test_no_ledger_record_is_never_approved():
    # The sender is not in the ledger at all: an unknown sender (POLICY_SPEC section 8, "treated as any unknown
    # sender (C2, C3)"): asked to write from the registered address, nothing decided (before: escalated).
    result = decide_lo({}, ist(2025, 7, 5, 9, 0), "Charged twice, invoice LO-INV-1002, annual plan. Refund please.")
    assert (result.verdict.status, result.verdict.rules, result.verdict.decisions) == ("need_info", ["C2"], [])


def test_amount_stated_by_customer_is_not_trusted():
    result = decide_lo(lo_ledger("2025-07-03T09:00:00"), ist(2025, 7, 5, 9, 0),
                       "I was charged twice (Rs 50,000 each!), invoice LO-INV-1002, refund Rs 50,000 please.")
    assert str(refund_of(result).amount) == "11988.00"


# -- agency ---------------------------------------------------------------------------

def owd_ledger(payment: dict, work_started_at=None) -> dict:
    base = {"brand": "optima_webdesign", "id": "pay_9", "invoice": "OWD-2025-014", "project": "Acme Storefront",
            "currency": "INR", "tax": "3600.00", "status": "paid", "paid_at": "2025-09-10T10:00:00"}
    return {"projects": [{"brand": "optima_webdesign", "name": "Acme Storefront",
                          "contract_email": "ops@acme.example", "work_started_at": work_started_at}],
            "payments": [dict(base, **payment)]}


def decide_owd(data: dict, when: datetime, body: str, sender="ops@acme.example", subject="Refund Request"):
    triage = Triage(CFG, ledger(data, CFG), NOW)
    return triage.decide([inbound(sender, OWD_ADDRESS, subject, when, body)])


WHY = "Acme Storefront, invoice OWD-2025-014. Reason: our budget was cut."


@pytest.mark.parametrize("hours, outcome", [(71, "approve"), (73, "deny")])
def test_o2_deposit_71_hours_inside_73_outside(hours, outcome):
    when = ist(2025, 9, 10, 10, 0) + __import__("datetime").timedelta(hours=hours)
    result = decide_owd(owd_ledger({"kind": "deposit", "amount": "20000.00"}), when, "Please refund. " + WHY)
    assert refund_of(result).outcome == outcome


def test_o2_deposit_after_work_started_is_denied():
    data = owd_ledger({"kind": "deposit", "amount": "20000.00"}, work_started_at="2025-09-11T09:00:00")
    result = decide_owd(data, ist(2025, 9, 11, 10, 0), "Please refund. " + WHY)
    assert refund_of(result).outcome == "deny"


@pytest.mark.parametrize("day, outcome", [(14, "approve"), (15, "deny")])
def test_o5_day_14_inside_day_15_outside(day, outcome):
    data = owd_ledger({"kind": "hosting_annual", "amount": "12000.00", "setup_fee": "1200.00",
                       "service_start": "2025-09-01"})
    result = decide_owd(data, ist(2025, 9, 1 + day, 18, 0), "Please refund the hosting. " + WHY)
    decision = refund_of(result)
    assert decision.outcome == outcome
    if outcome == "approve":
        assert str(decision.amount) == "9900.00"


def test_o5_rounds_once_half_up():
    data = owd_ledger({"kind": "maintenance_annual", "amount": "2400.18", "setup_fee": "1200.00",
                       "service_start": "2025-09-01"})
    decision = refund_of(decide_owd(data, ist(2025, 9, 3, 9, 0), "Please refund. " + WHY))
    # 2400.18 - 1200.00 - 1200.18/12 = 1100.165 exactly: half-up gives .17 (half-even would give .16)
    assert str(decision.amount) == "1100.17"


@pytest.mark.parametrize("request_day, notice_ok", [(24, True), (25, False)])
def test_o4_seven_days_notice_avoids_the_next_charge_six_does_not(request_day, notice_ok):
    data = owd_ledger({"kind": "retainer", "amount": "25000.00", "period_start": "2025-09-01",
                       "period_end": "2025-09-30", "next_billing_at": "2025-10-01T00:00:00"})
    result = decide_owd(data, ist(2025, 9, request_day, 10, 0), "Please cancel our retainer. " + WHY,
                        subject="Retainer")
    decision = result.verdict.decisions[0]
    assert decision.outcome == "cancel"
    assert decision.next_cycle_billed is (not notice_ok)
    assert decision.effective_date.isoformat() == ("2025-09-30" if notice_ok else "2025-10-31")


@pytest.mark.parametrize("status, outcome", [("not_started", "approve"), ("in_progress", "escalate"),
                                             ("completed", "deny"), ("approved", "deny")])
def test_o3_milestones(status, outcome):
    data = owd_ledger({"kind": "milestone", "amount": "15000.00", "milestone_status": status})
    assert refund_of(decide_owd(data, ist(2025, 9, 20, 9, 0), "Please refund. " + WHY)).outcome == outcome


@pytest.mark.parametrize("kind", ["third_party", "rush", "setup", "change_request"])
def test_o6_never_refundable(kind):
    data = owd_ledger({"kind": kind, "amount": "1500.00"})
    decision = refund_of(decide_owd(data, ist(2025, 9, 10, 11, 0), "Please refund. " + WHY))
    assert (decision.outcome, decision.rules) == ("deny", ["O6"])


def test_o1_discovery_before_and_after_work_started():
    started = owd_ledger({"kind": "discovery", "amount": "5000.00"}, work_started_at="2025-09-15T10:00:00")
    assert refund_of(decide_owd(started, ist(2025, 9, 14, 9, 0), "Please refund. " + WHY)).outcome == "approve"
    assert refund_of(decide_owd(started, ist(2025, 9, 16, 9, 0), "Please refund. " + WHY)).outcome == "deny"


def test_c2_agency_request_must_come_from_the_contract_email():
    data = owd_ledger({"kind": "deposit", "amount": "20000.00"})
    result = decide_owd(data, ist(2025, 9, 11, 9, 0), "Please refund. " + WHY, sender="intern@acme.example")
    assert (result.verdict.status, result.verdict.rules) == ("need_info", ["C2"])


def test_c3_missing_fields_are_named():
    result = decide_owd(owd_ledger({"kind": "deposit", "amount": "20000.00"}), ist(2025, 9, 11, 9, 0),
                        "Hi, please refund my payment.", sender="someone@new.example")
    assert result.verdict.status == "need_info"
    assert result.verdict.missing == ["reason", "invoice_number", "project_name"]  # the spec's field order


def test_request_time_is_in_the_brand_zone():
    result = decide_lo(lo_ledger("2025-07-03T09:00:00"), datetime(2025, 7, 10, 20, 0, tzinfo=timezone.utc),
                       "Charged twice, invoice LO-INV-1002, refund please.")
    assert result.request_time.astimezone(IST).date().isoformat() == "2025-07-11"
    assert refund_of(result).outcome == "deny"  # 07-11 in India is day 8


def test_an_address_merely_mentioned_does_not_replace_a_known_sender():
    result = decide_lo(lo_ledger("2025-07-03T09:00:00"), ist(2025, 7, 5, 9, 0),
                       "Charged twice, invoice LO-INV-1002, refund please. Copy accounts@asha-co.example on the reply.")
    assert result.verdict.status == "decided"
    assert result.extraction.fields.registered_email == "asha@example.in"


def test_an_address_named_as_the_account_must_be_the_sender():
    result = decide_lo(lo_ledger("2025-07-03T09:00:00"), ist(2025, 7, 5, 9, 0),
                       "My registered email is asha@example.in. Charged twice, invoice LO-INV-1002, refund please.",
                       sender="Asha <asha.personal@gmail.example>")
    assert (result.verdict.status, result.verdict.rules) == ("need_info", ["C2"])


def test_active_account_without_charges_in_the_ledger_is_escalated_not_denied():
    data = {"customers": [{"brand": "leadsoptima", "email": "asha@example.in", "plan": "annual", "status": "active"}]}
    result = decide_lo(data, ist(2025, 7, 6, 9, 0), "I was charged twice, invoice LO-INV-1001, please refund.")
    assert refund_of(result).outcome == "escalate"


def test_reply_to_on_record_from_an_unknown_sender_is_asked_to_write_from_it():
    triage = Triage(CFG, ledger(lo_ledger("2025-07-03T09:00:00"), CFG), NOW)
    msg = inbound("Asha <asha.work@office.example>", LO_ADDRESS, "Cancel", ist(2025, 7, 5, 9, 0),
                  "Please cancel my subscription.", Reply_To="asha@example.in")
    result = triage.decide([msg])
    assert (result.verdict.status, result.verdict.rules) == ("need_info", ["C2"])
