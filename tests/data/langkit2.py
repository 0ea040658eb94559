"""Copied from qa1's tests/data/langkit.py (branch qa1) for qa2's rounds tests/data/heldout_hi/ and
tests/data/heldout_en_hard/; a round's make_cases.py may append its own slots (LO_SLOTS, OW_SLOTS) and scenarios
(``sc``) before ``build``.

Shared skeleton of the language rounds (tests/data/heldout_<lang>/): the facts of every scenario (ledger
records, request dates, the expected decision and the spec sentence that decides it) are written once here,
from POLICY_SPEC.md and the policy texts alone (not from mailbot's source); each language's make_cases.py
gives the people, the project names and the mail texts, and calls ``build``.

Scenario ids: ``l..`` LeadsOptima, ``o..`` Optima WebDesign.  A language may leave a scenario out (no text).
Texts are ``str.format`` templates with ``{i[key]}`` (invoice numbers), ``{p[key]}`` (project names),
``{e[key]}`` (addresses) and ``{n[key]}`` (people's names).

Expectation format (expected.json): the harness's (tests/heldout.py compare): id, files, brand, status, rules
(exact subset of C2/C4/C7), missing (need_info only), decisions [{intent, outcome, amount, effective_date}],
extra_ok, spec, ambiguous (why), lang.
"""

from __future__ import annotations

import email.policy
import email.utils
import json
import unicodedata
from email.message import EmailMessage
from pathlib import Path

from casekit import LO, LOB, OWB, OWD, A, M, Q, cust, lopay, owpay, proj

# --------------------------------------------------------------------------------------------
# LeadsOptima scenarios: slot -> ledger (customer + charges); charge offsets are added to the language's base.
# --------------------------------------------------------------------------------------------

# (slot, plan, status, period start, period end, trial_ends, [(offset, paid_at)], payment period (start, end))
LO_SLOTS = [
    ("dup", "monthly", "active", "2025-09-03", "2025-10-02", None,
     [(1, "2025-09-03T10:00:00"), (2, "2025-09-03T10:04:00")], ("2025-09-03", "2025-10-02")),
    ("dup7", "quarterly", "active", "2025-08-20", "2025-11-19", None,
     [(3, "2025-08-20T09:00:00"), (4, "2025-08-20T09:01:00")], ("2025-08-20", "2025-11-19")),
    ("dup8", "annual", "active", "2025-07-10", "2026-07-09", None,
     [(5, "2025-07-10T10:00:00"), (6, "2025-07-10T10:02:00")], ("2025-07-10", "2026-07-09")),
    ("dup1", "monthly", "active", "2025-09-22", "2025-10-21", None,
     [(7, "2025-09-22T10:00:00")], ("2025-09-22", "2025-10-21")),
    ("dup3", "monthly", "active", "2025-09-15", "2025-10-14", None,
     [(8, "2025-09-15T10:00:00"), (9, "2025-09-15T10:01:00"), (10, "2025-09-15T10:02:00")],
     ("2025-09-15", "2025-10-14")),
    ("berr", "quarterly", "active", "2025-09-26", "2025-12-25", None,
     [(11, "2025-09-26T10:00:00")], ("2025-09-26", "2025-12-25")),
    ("berrout", "annual", "active", "2025-08-01", "2026-07-31", None,
     [(12, "2025-08-01T10:00:00")], ("2025-08-01", "2026-07-31")),
    ("past", "monthly", "cancelled", "2025-09-18", "2025-10-17", None,
     [(14, "2025-09-18T10:00:00")], ("2025-09-18", "2025-10-17")),
    ("acc", "annual", "active", "2025-09-24", "2026-09-23", None,
     [(15, "2025-09-24T10:00:00")], ("2025-09-24", "2026-09-23")),
    ("accout", "monthly", "active", "2025-08-05", "2025-09-04", None,
     [(16, "2025-08-05T10:00:00")], ("2025-08-05", "2025-09-04")),
    ("l1", "monthly", "active", "2025-09-20", "2025-10-19", None,
     [(17, "2025-09-20T10:00:00")], ("2025-09-20", "2025-10-19")),
    ("l1c", "quarterly", "active", "2025-08-11", "2025-11-10", None,
     [(18, "2025-08-11T10:00:00")], ("2025-08-11", "2025-11-10")),
    ("trial", None, "trial", None, None, "2025-10-08", [], None),
    ("hypo", None, "trial", None, None, "2025-10-12", [], None),
    ("cm", "monthly", "active", "2025-09-15", "2025-10-14", None,
     [(19, "2025-09-15T10:00:00")], ("2025-09-15", "2025-10-14")),
    ("ca", "annual", "active", None, None, None, [(20, "2024-11-20T10:00:00")], (None, None)),
    ("cq", "quarterly", "active", None, None, None, [(21, "2025-07-31T10:00:00")], (None, None)),
    ("cnr", "monthly", "active", "2025-09-21", "2025-10-20", None,
     [(22, "2025-09-21T10:00:00")], ("2025-09-21", "2025-10-20")),
    ("thr", "monthly", "active", "2025-09-26", "2025-10-25", None,
     [(23, "2025-09-26T08:00:00"), (24, "2025-09-26T08:01:00")], ("2025-09-26", "2025-10-25")),
    ("mreason", "monthly", "active", "2025-09-25", "2025-10-24", None,
     [(25, "2025-09-25T10:00:00")], ("2025-09-25", "2025-10-24")),
    ("c2", "monthly", "active", "2025-09-10", "2025-10-09", None,
     [(26, "2025-09-10T10:00:00")], ("2025-09-10", "2025-10-09")),
    ("fwdok", "annual", "active", "2025-09-29", "2026-09-28", None,
     [(27, "2025-09-29T10:00:00"), (28, "2025-09-29T10:05:00")], ("2025-09-29", "2026-09-28")),
    ("fwdboss", "quarterly", "active", "2025-09-05", "2025-12-04", None,
     [(29, "2025-09-05T10:00:00")], ("2025-09-05", "2025-12-04")),
    ("cb", "monthly", "active", "2025-09-10", "2025-10-09", None,
     [(30, "2025-09-10T10:00:00")], ("2025-09-10", "2025-10-09")),
    ("legal", "quarterly", "active", "2025-08-25", "2025-11-24", None,
     [(31, "2025-08-25T10:00:00")], ("2025-08-25", "2025-11-24")),
]
PRICES = {"monthly": M, "quarterly": Q, "annual": A}


def d(intent, outcome, amount="__", eff="__"):
    x = {"intent": intent, "outcome": outcome}
    if amount != "__":
        x["amount"] = amount
    elif outcome != "approve":
        x["amount"] = None
    if eff != "__":
        x["effective_date"] = eff
    return x


# Scenario: id -> dict(slot, date (RFC 5322), status, decisions, rules, missing, extra_ok, spec, ambiguous,
#                       kind: plain | html | fwd | fwd_attach | auto | reply, sender: slot|"other"|"assistant")
S = {}


def sc(sid, slot, date, status, decisions=None, rules=(), missing=None, extra_ok=False, spec="", ambiguous=None,
       kind="plain", sender=None, brand=None, parent=None):
    S[sid] = dict(slot=slot, date=date, status=status, decisions=decisions, rules=list(rules), missing=missing,
                  extra_ok=extra_ok, spec=spec, ambiguous=ambiguous, kind=kind, sender=sender,
                  brand=brand or (LOB if sid.startswith("l") else OWB), parent=parent)


# ---- LeadsOptima
sc("l01-dup-inside", "dup", "Fri, 05 Sep 2025 11:00:00 +0530", "decided", [d("refund", "approve", "1499.00")],
   spec="L2 duplicate_payment; two paid monthly charges 1499.00 on 2025-09-03 same period; request day 2 -> "
        "L3 inside, L4 approve the duplicate's amount 1499.00 (before tax, C6)")
sc("l02-dup-day7", "dup7", "Wed, 27 Aug 2025 21:30:00 +0530", "decided", [d("refund", "approve", "3999.00")],
   spec="L3: charge 2025-08-20 is day 0, request 2025-08-27 (IST) is day 7 -> 'day 7 is inside'; L4 approve 3999.00")
sc("l03-dup-day8", "dup8", "Fri, 18 Jul 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   spec="L3: annual charges 2025-07-10, request 2025-07-18 = day 8 -> outside the 7-day window -> deny "
        "(worked example 2)")
sc("l04-dup-no-pair", "dup1", "Wed, 24 Sep 2025 12:00:00 +0530", "decided", [d("refund", "escalate")],
   spec="L2 duplicate_payment claimed, day 2, but the ledger holds one charge only -> L4 'No such pair in the "
        "ledger: escalate'")
sc("l05-dup-three-charges", "dup3", "Wed, 17 Sep 2025 09:30:00 +0530", "decided",
   [d("refund", "approve", "2998.00")],
   spec="Section 8 'Three or more identical charges': every charge after the first is a duplicate; both inside "
        "the window (day 2) -> approve 2 x 1499.00 = 2998.00")
sc("l06-billing-error-wrong-plan", "berr", "Mon, 29 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "escalate")],
   spec="L2 billing_error ('charged for the wrong plan': quarterly instead of monthly), day 3 -> L5 escalate")
sc("l07-billing-error-outside", "berrout", "Wed, 10 Sep 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   spec="L2 billing_error (wrong amount), charge 2025-08-01, request 2025-09-10 = day 40 -> L3 deny")
sc("l08-charged-after-cancelled", "past", "Sat, 20 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "escalate")],
   spec="Past event 'I already cancelled ... you still charged me' = L2 billing_error ('charged after I "
        "cancelled'); charge 2025-09-18, day 2 -> L5 escalate. The customer does not ask to cancel again")
sc("l09-access-inside", "acc", "Sun, 28 Sep 2025 10:00:00 +0530", "decided", [d("refund", "escalate")],
   spec="L2 access_failure (cannot log in), charge 2025-09-24, day 4 -> L6 escalate")
sc("l10-access-outside", "accout", "Tue, 02 Sep 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   spec="L2 access_failure, charge 2025-08-05, request 2025-09-02 = day 28 -> L3 deny")
sc("l11-not-using-refund", "l1", "Tue, 23 Sep 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   spec="L1: not using the product is not an exception -> deny, reply offers cancellation (worked example 3)")
sc("l12-unused-months-refund-and-cancel", "l1c", "Tue, 30 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "deny"), d("cancellation", "cancel", eff="2025-11-10")],
   spec="L1 + clause 2 'no partial refunds for unused days' -> refund deny; L8 cancel, effective "
        "current_period_end 2025-11-10")
sc("l13-trial-refund", "trial", "Mon, 29 Sep 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   ambiguous="L7 says deny (nothing was charged), but section 3 requires plan and invoice number for a refund, "
             "which a trial account cannot give: a bot could ask for them first (need_info)",
   spec="L7: free-trial account, no charges -> deny; reply says no billing occurs unless they subscribe")
sc("l14-hypothetical-before-buying", "hypo", "Tue, 30 Sep 2025 15:00:00 +0530", "other",
   spec="Section 8: 'would I get a refund if...' before buying is a policy question -> other (nothing else asked)")
sc("l15-cancel-period-end", "cm", "Tue, 30 Sep 2025 10:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-10-14")],
   spec="L8: cancel, effective current_period_end 2025-10-14")
sc("l16-cancel-annual-fallback", "ca", "Thu, 25 Sep 2025 10:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-11-19")],
   spec="L8 fallback: no current_period_end; last charge 2024-11-20 + 12 months - 1 day = 2025-11-19")
sc("l17-cancel-quarterly-month-end-html", "cq", "Fri, 12 Sep 2025 10:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-10-30")], kind="html",
   spec="HTML-only mail; L8 fallback: last charge 2025-07-31 + 3 months = 2025-10-31 - 1 day = 2025-10-30")
sc("l18-cancel-negated-refund", "cnr", "Wed, 01 Oct 2025 09:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-10-20")],
   spec="Section 8 negation: 'I do not want a refund' adds no refund intent -> only L8 cancel, effective "
        "current_period_end 2025-10-20; a cancellation's reason does not hold it up (section 3)")
sc("l19a-thread-dup-no-invoice", "thr", "Sat, 27 Sep 2025 10:00:00 +0530", "need_info",
   missing=["invoice_number"],
   spec="C3: duplicate payment refund; plan filled from the ledger (verified sender); invoice number missing -> "
        "need_info [invoice_number]")
sc("l19b-thread-dup-answer", "thr", "Sat, 27 Sep 2025 14:00:00 +0530", "decided",
   [d("refund", "approve", "1499.00")], kind="reply", parent="l19a-thread-dup-no-invoice",
   spec="C3: the answer (In-Reply-To) is merged and decided again; request time = first email (day 1); "
        "L4 approve 1499.00")
sc("l20-missing-reason", "mreason", "Fri, 26 Sep 2025 10:00:00 +0530", "need_info", missing=["reason"],
   spec="Section 8: restating the request is not a reason; a refund requires a reason (section 3) -> "
        "need_info [reason] (plan from the ledger, invoice stated)")
sc("l21-c2-other-address", "c2", "Thu, 11 Sep 2025 10:00:00 +0530", "need_info", rules=["C2"], sender="other",
   spec="C2 / worked example 5: written from a personal address, states the registered email -> need_info, "
        "write from the registered address, nothing about the account")
sc("l22-unknown-sender", None, "Mon, 29 Sep 2025 10:00:00 +0530", "need_info", rules=["C2"], sender="other",
   spec="Sender not in the ledger and no registered email stated -> treated as an unknown sender (section 8: "
        "C2, C3) -> need_info")
sc("l23-forward-own-request", "fwdok", "Tue, 30 Sep 2025 09:00:00 +0530", "decided",
   [d("refund", "approve", "11988.00")], kind="fwd",
   spec="Section 8 forwards: read for the forwarded request (from the registered address itself); typed "
        "reference 'lo inv NNNN' matches LO-INV-NNNN; two annual charges 2025-09-29, day 1 -> L4 approve "
        "11988.00")
sc("l24-forward-by-assistant-c2", "fwdboss", "Mon, 08 Sep 2025 10:00:00 +0530", "need_info", rules=["C2"],
   kind="fwd", sender="assistant",
   spec="Section 8 forwards: the forwarded request names a registered email other than the sender -> C2 "
        "need_info, asks for the request from that address")
sc("l25-chargeback-threat", "cb", "Fri, 12 Sep 2025 10:00:00 +0530", "decided", [d("refund", "escalate")],
   rules=["C4"], spec="C4: chargeback threat -> escalate (whatever L1 would say)")
sc("l26-legal-threat-cancel-and-refund", "legal", "Sun, 28 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "escalate"), d("cancellation", "escalate")], rules=["C4"],
   spec="C4 covers the whole case (section 8): lawyer / consumer-rights threat escalates the refund and the "
        "cancellation")
sc("l27-auto-reply", "cm", "Tue, 30 Sep 2025 11:00:00 +0530", "ignore", rules=["C7"], kind="auto",
   spec="C7: Auto-Submitted: auto-replied (out-of-office in the customer's language) -> ignore")

# ---- Optima WebDesign
# project slot -> (work_started_at, [(offset, kind, amount, tax, paid_at, extra)])
OW_SLOTS = [
    ("disc", None, [(1, "discovery", "12000.00", "2160.00", "2025-09-22T11:00:00", {})]),
    ("disc2", "2025-09-05T10:00:00", [(2, "discovery", "10000.00", "1800.00", "2025-09-01T10:00:00", {})]),
    ("dep", None, [(3, "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00", {})]),
    ("dep72", None, [(4, "deposit", "18000.00", "3240.00", "2025-09-20T10:00:00", {})]),
    ("depw", "2025-09-30T09:00:00", [(5, "deposit", "15000.00", "2700.00", "2025-09-29T10:00:00", {})]),
    ("ms", "2025-06-01T10:00:00", [
        (6, "milestone", "30000.00", "5400.00", "2025-06-01T10:00:00", {"milestone_status": "approved"}),
        (7, "milestone", "25000.00", "4500.00", "2025-07-15T10:00:00", {"milestone_status": "completed"}),
        (8, "milestone", "35000.00", "6300.00", "2025-08-20T10:00:00", {"milestone_status": "in_progress"}),
        (9, "milestone", "40000.00", "7200.00", "2025-09-20T10:00:00", {"milestone_status": "not_started"})]),
    ("host", "2025-09-19T10:00:00", [(10, "hosting_annual", "15000.00", "2700.00", "2025-09-19T10:00:00",
                                      {"setup_fee": "1500.00", "service_start": "2025-09-20",
                                       "period_start": "2025-09-20", "period_end": "2026-09-19"})]),
    ("maint", "2025-08-31T10:00:00", [(11, "maintenance_annual", "9600.00", "1728.00", "2025-08-31T10:00:00",
                                       {"setup_fee": "600.00", "service_start": "2025-09-01",
                                        "period_start": "2025-09-01", "period_end": "2026-08-31"})]),
    ("maintr", "2025-09-24T10:00:00", [(12, "maintenance_annual", "10000.01", "1800.00", "2025-09-24T10:00:00",
                                        {"setup_fee": "0.00", "service_start": "2025-09-25",
                                         "period_start": "2025-09-25", "period_end": "2026-09-24"})]),
    ("nonref", "2025-08-01T10:00:00", [
        (13, "third_party", "2400.00", "432.00", "2025-09-27T10:00:00", {}),
        (14, "rush", "8000.00", "1440.00", "2025-09-27T10:00:00", {}),
        (15, "setup", "5000.00", "900.00", "2025-09-27T10:00:00", {}),
        (16, "change_request", "6500.00", "1170.00", "2025-09-27T10:00:00", {})]),
    ("ret8", "2025-06-12T10:00:00", [(17, "retainer", "30000.00", "5400.00", "2025-09-12T10:00:00",
                                      {"period_start": "2025-09-12", "period_end": "2025-10-11",
                                       "next_billing_at": "2025-10-12T00:00:00"})]),
    ("ret7", "2025-06-08T10:00:00", [(18, "retainer", "25000.00", "4500.00", "2025-09-08T10:00:00",
                                      {"period_start": "2025-09-08", "period_end": "2025-10-07",
                                       "next_billing_at": "2025-10-08T00:00:00"})]),
    ("ret5", "2025-06-05T10:00:00", [(19, "retainer", "22000.00", "3960.00", "2025-09-05T10:00:00",
                                      {"period_start": "2025-09-05", "period_end": "2025-10-04",
                                       "next_billing_at": "2025-10-05T00:00:00"})]),
    ("cproj", "2025-09-15T10:00:00", [(20, "deposit", "25000.00", "4500.00", "2025-09-10T10:00:00", {})]),
    ("thr", None, [(21, "deposit", "16000.00", "2880.00", "2025-09-29T12:00:00", {})]),
    ("failed", None, [(22, "discovery", "9000.00", "1620.00", "2025-09-28T10:00:00", {"status": "failed"})]),
]

sc("o01-discovery-not-started", "disc", "Wed, 24 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "approve", "12000.00")], extra_ok=True,
   spec="O1: discovery, work_started_at empty -> approve in full, 12000.00 before tax (C6)")
sc("o02-discovery-started", "disc2", "Sat, 20 Sep 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O1: sessions started 2025-09-05, before the request -> deny")
sc("o03-deposit-48h-html", "dep", "Sun, 28 Sep 2025 09:00:00 +0530", "decided",
   [d("refund", "approve", "20000.00")], extra_ok=True, kind="html",
   spec="HTML-only mail; O2: paid 2025-09-26 10:00, request 09-28 09:00 = 47 h, no work -> approve 20000.00 "
        "(worked example 6)")
sc("o04-deposit-exactly-72h", "dep72", "Tue, 23 Sep 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="Section 8: exactly 72 hours after payment is not 'before 72 hours' -> O2 deny")
sc("o05-deposit-work-started", "depw", "Tue, 30 Sep 2025 18:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O2: 32 h after payment but work started 2025-09-30 09:00, before the request -> deny "
                       "('whichever occurs first')")
sc("o06-milestone-not-started", "ms", "Mon, 29 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "approve", "40000.00")], extra_ok=True,
   spec="O3: milestone not_started -> approve its amount 40000.00 before tax; the typed reference "
        "('owd 2025 NNNN', spaces/lower case) matches per section 8")
sc("o07-milestone-in-progress", "ms", "Mon, 29 Sep 2025 11:00:00 +0530", "decided", [d("refund", "escalate")],
   extra_ok=True, spec="O3: milestone in_progress -> escalate")
sc("o08-milestone-completed", "ms", "Mon, 29 Sep 2025 12:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O3/O6: completed milestone -> deny")
sc("o09-milestone-approved", "ms", "Mon, 29 Sep 2025 13:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O3/O6: approved milestone -> deny")
sc("o10-milestone-no-invoice", "ms", "Mon, 29 Sep 2025 14:00:00 +0530", "need_info", missing=["invoice_number"],
   spec="Section 4: invoice/payment reference required; the project has four payments and none is named -> "
        "need_info [invoice_number]")
sc("o11-hosting-within-14-days", "host", "Thu, 25 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "approve", "12375.00"), d("cancellation", "cancel")],
   spec="O5: service_start 2025-09-20, request day 5 -> 15000.00 - 1500.00 - (13500.00/12 = 1125.00) x 1 = "
        "12375.00; the mail asks to cancel too -> cancel (effective date not asserted: O5 sets none)")
sc("o12-maintenance-day15", "maint", "Tue, 16 Sep 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O5: service_start 2025-09-01, request 2025-09-16 = day 15 -> after 14 days -> deny")
sc("o13-maintenance-rounding", "maintr", "Mon, 29 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "approve", "9166.68")], extra_ok=True,
   spec="O5: 10000.01 - 0.00 - 10000.01/12 x 1 = 9166.675833... rounded once, half-up (C6) -> 9166.68")
sc("o14-third-party-domain-ssl", "nonref", "Mon, 29 Sep 2025 10:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O6: third_party (domain, SSL) never refundable -> deny (worked example 10)")
sc("o15-rush-fee", "nonref", "Mon, 29 Sep 2025 11:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O6: rush fee never refundable -> deny")
sc("o16-setup-fee", "nonref", "Mon, 29 Sep 2025 12:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O6: setup/activation fee never refundable -> deny")
sc("o17-change-request", "nonref", "Mon, 29 Sep 2025 13:00:00 +0530", "decided", [d("refund", "deny")],
   extra_ok=True, spec="O6: change request outside the original scope never refundable -> deny")
sc("o18-retainer-11-days-no-refund", "ret8", "Wed, 01 Oct 2025 10:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-10-11")],
   spec="O4/O8: next_billing_at 2025-10-12, request 10-01 <= 10-05 -> cancel, effective the day before "
        "2025-10-11; 'no refund wanted' (section 8 negation) -> no refund decision")
sc("o19-retainer-exactly-7-days", "ret7", "Wed, 01 Oct 2025 10:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-10-07")],
   spec="O4: next_billing_at 2025-10-08; 10-01 = 10-08 - 7 -> 'on or before' -> cancel, effective 2025-10-07")
sc("o20-retainer-5-days", "ret5", "Tue, 30 Sep 2025 10:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-11-04")],
   spec="O4: next_billing_at 2025-10-05, 5 days' notice -> the next cycle (2025-10-05 - 2025-11-04, one month "
        "like the current one) is billed -> effective 2025-11-04")
sc("o21-cancel-project-o8", "cproj", "Sat, 27 Sep 2025 10:00:00 +0530", "decided",
   [d("cancellation", "cancel")],
   spec="O8: cancellation without a refund request, project + invoice + reason given -> cancel (no retainer: "
        "effective date not asserted)")
sc("o22-cancel-no-reason", "ret8", "Wed, 01 Oct 2025 11:00:00 +0530", "need_info", missing=["reason"],
   spec="Section 8: Optima requires a reason for cancellations too; none given -> need_info [reason]")
sc("o23a-thread-deposit-no-reason", "thr", "Tue, 30 Sep 2025 10:00:00 +0530", "need_info", missing=["reason"],
   spec="C3: deposit refund, project and invoice stated, no reason -> need_info [reason]")
sc("o23b-thread-deposit-answer", "thr", "Tue, 30 Sep 2025 16:00:00 +0530", "decided",
   [d("refund", "approve", "16000.00")], extra_ok=True, kind="reply", parent="o23a-thread-deposit-no-reason",
   spec="C3: the answer is merged (In-Reply-To); request time = first email 09-30 10:00 = 22 h after payment, no "
        "work -> O2 approve 16000.00")
sc("o24-c2-personal-address", "disc", "Thu, 25 Sep 2025 10:00:00 +0530", "need_info", rules=["C2"],
   sender="other", spec="C2 (Optima explicit): written from a personal address, states the contract email -> "
                        "need_info, write from the contract email")
sc("o25-chargeback-threat", "depw", "Tue, 30 Sep 2025 19:00:00 +0530", "decided", [d("refund", "escalate")],
   rules=["C4"], extra_ok=True, spec="C4: chargeback / bank dispute threat -> escalate (worked example 11)")
sc("o26-legal-threat-cancel", "ret7", "Wed, 01 Oct 2025 12:00:00 +0530", "decided",
   [d("cancellation", "escalate")], rules=["C4"],
   spec="C4 covers the whole case (section 8): a lawyer / consumer-protection threat escalates the cancellation "
        "too")
sc("o27-forward-own-request", "disc", "Thu, 25 Sep 2025 12:00:00 +0530", "decided",
   [d("refund", "approve", "12000.00")], extra_ok=True, kind="fwd",
   spec="Section 8 forwards: the contract email forwards its own earlier request (sent to a wrong address) -> "
        "read for it; O1 no work started -> approve 12000.00")
sc("o28-hypothetical-deposit", None, "Mon, 29 Sep 2025 10:00:00 +0530", "other", sender="other",
   spec="Section 8: 'would I get the deposit back if...' before paying is a policy question -> other")
sc("o29-auto-reply", "ret8", "Wed, 01 Oct 2025 10:30:00 +0530", "ignore", rules=["C7"], kind="auto",
   spec="C7: Auto-Submitted: auto-replied -> ignore")
sc("o30-payment-failed", "failed", "Mon, 29 Sep 2025 10:00:00 +0530", "decided", [d("refund", "escalate")],
   extra_ok=True, spec="Section 8: payment not 'paid' (failed) -> a refund of it is escalated")


# --------------------------------------------------------------------------------------------
# Builder
# --------------------------------------------------------------------------------------------

def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    parts = [p for p in s.replace("-", " ").split() if p.isalpha()]
    return ".".join(parts[:2])


class Lang:
    """One language round: ``people`` (LO slot -> (name, domain)), ``projects`` (OW slot -> (name, contract
    email, signer)), ``texts`` (scenario id -> dict(subject, body, [html], [fwd_note], [quoted]))."""

    def __init__(self, code, here: Path, lo_base, ow_base, people, projects, texts, extra_addr, charset="utf-8",
                 latin1=()):
        self.code, self.here, self.lo_base, self.ow_base = code, here, lo_base, ow_base
        self.people, self.projects, self.texts, self.extra = people, projects, texts, extra_addr
        self.charset, self.latin1 = charset, set(latin1)
        self.cases: list[dict] = []
        self.i, self.p, self.e, self.n = {}, {}, {}, {}

    # ---- ledger
    def ledger(self):
        customers, projects, payments = [], [], []
        for slot, plan, status, ps, pe, trial, charges, pper in LO_SLOTS:
            name, domain = self.people[slot]
            addr = f"{slug(name)}@{domain}"
            self.e[slot], self.n[slot] = addr, name
            customers.append(cust(addr, name, plan, status=status, start=ps, end=pe, trial_ends=trial))
            for k, (off, paid) in enumerate(charges):
                inv = f"LO-INV-{self.lo_base + off}"
                self.i[slot if k == 0 else f"{slot}_{k + 1}"] = inv
                payments.append(lopay(f"pay_lo_{self.lo_base + off}", inv, addr, plan, *PRICES[plan], paid,
                                      pper[0], pper[1]))
        for slot, started, pays in OW_SLOTS:
            pname, contract, signer = self.projects[slot]
            self.p[slot], self.e["ow_" + slot], self.n["ow_" + slot] = pname, contract, signer
            projects.append(proj(pname, contract, started))
            for k, (off, kind, amount, tax, paid, extra) in enumerate(pays):
                inv = f"OWD-2025-{self.ow_base + off}"
                self.i["ow_" + slot if k == 0 else f"ow_{slot}_{k + 1}"] = inv
                payments.append(owpay(f"pay_owd_{self.ow_base + off}", inv, pname, kind, amount, tax, paid, **extra))
        self.i.update({"ms_approved": self.i["ow_ms"], "ms_completed": self.i["ow_ms_2"],
                       "ms_in_progress": self.i["ow_ms_3"], "ms_not_started": self.i["ow_ms_4"],
                       "tp": self.i["ow_nonref"], "rush": self.i["ow_nonref_2"], "setup": self.i["ow_nonref_3"],
                       "cr": self.i["ow_nonref_4"]})
        for k, v in list(self.i.items()):
            self.i["typed_" + k] = v.lower().replace("-", " ")
        self.e.update(self.extra)
        return {"customers": customers, "projects": projects, "payments": payments}

    # ---- mail
    def mid(self, sid):
        return f"<{sid}.{self.code}@mail.heldout-{self.code}.example>"

    def fmt(self, s):
        return s.format(i=self.i, p=self.p, e=self.e, n=self.n)

    def write(self, sid, sender, to, subject, date, body, html=None, headers=None, attach=None):
        msg = EmailMessage(policy=email.policy.SMTP)
        msg["From"] = sender
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = date
        msg["Message-ID"] = self.mid(sid)
        for k, v in (headers or {}).items():
            msg[k] = v
        charset = "iso-8859-1" if sid in self.latin1 else self.charset
        if html is not None and body is None:
            msg.set_content(html, subtype="html", charset=charset)
        else:
            msg.set_content(body, charset=charset)
        if attach is not None:
            msg.make_mixed()
            msg.attach(attach)
            msg.set_boundary(f"=_heldout_{self.code}_{sid}")  # reproducible output
        path = self.here / "emails" / f"{sid}.eml"
        path.write_bytes(msg.as_bytes(policy=email.policy.SMTP))
        return f"emails/{sid}.eml"

    def build(self):
        mail_dir = self.here / "emails"
        mail_dir.mkdir(parents=True, exist_ok=True)
        for p in mail_dir.glob("*.eml"):
            p.unlink()
        ledger = self.ledger()
        files_of: dict[str, list[str]] = {}
        for sid, s in S.items():
            t = self.texts.get(sid)
            if t is None:
                continue
            lo = s["brand"] == LOB
            to = t.get("to", LO if lo else OWD)
            slot = s["slot"]
            key = slot if lo else ("ow_" + slot if slot else None)
            if s["sender"] == "other":
                sender = self.fmt(t["sender"])
            elif s["sender"] == "assistant":
                sender = self.fmt(t["sender"])
            else:
                sender = f"{self.n[key]} <{self.e[key]}>"
            subject, body = self.fmt(t["subject"]), (self.fmt(t["body"]) if t.get("body") is not None else None)
            html = self.fmt(t["html"]) if t.get("html") else None
            headers, attach = dict(t.get("headers", {})), None
            kind = s["kind"]
            if kind == "auto":
                headers.setdefault("Auto-Submitted", "auto-replied")
            if kind == "fwd" and t.get("attach"):
                inner = EmailMessage(policy=email.policy.SMTP)
                inner["From"] = self.fmt(t["attach"]["sender"])
                inner["To"] = self.fmt(t["attach"]["to"])
                inner["Subject"] = self.fmt(t["attach"]["subject"])
                inner["Date"] = t["attach"]["date"]
                inner.set_content(self.fmt(t["attach"]["body"]), charset=self.charset)
                attach = EmailMessage(policy=email.policy.SMTP)
                attach.set_content(inner)
            if kind == "reply":
                parent = self.mid(s["parent"])
                headers.update({"In-Reply-To": parent, "References": parent})
            f = self.write(sid, sender, to, subject, s["date"], body, html=html, headers=headers, attach=attach)
            files = (files_of[s["parent"]] + [f]) if kind == "reply" else [f]
            files_of[sid] = files
            c = {"id": f"{self.code}-{sid}", "lang": self.code, "files": files, "brand": s["brand"],
                 "status": s["status"], "rules": s["rules"]}
            if s["missing"] is not None:
                c["missing"] = s["missing"]
            if s["decisions"] is not None:
                c["decisions"] = s["decisions"]
            if s["extra_ok"]:
                c["extra_ok"] = True
            if s["ambiguous"]:
                c["ambiguous"] = s["ambiguous"]
            c["spec"] = s["spec"]
            self.cases.append(c)
        missing = sorted(set(S) - set(self.texts))
        unknown = sorted(set(self.texts) - set(S))
        assert not unknown, unknown
        (self.here / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n")
        (self.here / "expected.json").write_text(json.dumps({"cases": self.cases}, indent=1, ensure_ascii=False)
                                                 + "\n")
        print(f"{self.code}: {len(self.cases)} cases" + (f" (not written: {', '.join(missing)})" if missing else ""))


__all__ = ["Lang", "S", "LO", "OWD", "email"]
_ = email.utils
