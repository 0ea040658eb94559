"""Fresh held-out round, hard English: writes ledger.json,
emails/*.eml and expected.json beside this file.  Stdlib only, deterministic.

Written by QA pass qa-c from POLICY_SPEC.md alone.  MIT licence (see README.md).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
OWD_BILLING = "billing@optimawebdesign.com"

customers: list[dict] = []
projects: list[dict] = []
payments: list[dict] = []
cases: list[dict] = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lo_pay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    tax = str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def o_pay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **extra):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(extra)
    payments.append(rec)


def when(y, mo, d, h, mi, tz=IST):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def eml(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to=None, domain="mail.example"):
    """Write emails/<name>.eml; reply_to = the Message-ID this one answers (thread)."""
    msg = EmailMessage()
    if "<" in frm and frm.isascii():  # an ASCII display name may hold commas or dots: quote it
        dname, addr = frm.rsplit("<", 1)
        frm = formataddr((dname.strip(), addr.rstrip(">").strip()))
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{name}.{date.strftime('%Y%m%d%H%M')}@{domain}>"
    if reply_to:
        msg["In-Reply-To"] = reply_to[-1]
        msg["References"] = " ".join(reply_to)
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if body is not None and html is not None:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes(policy=SMTP))
    return msg["Message-ID"]


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": cid, "lang": "en", "files": [f"emails/{f}.eml" for f in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


UTC = timezone.utc
EDT = timezone(timedelta(hours=-4))
CDT = timezone(timedelta(hours=-5))
AEST = timezone(timedelta(hours=10))
BST = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))
GST4 = timezone(timedelta(hours=4))
LO_INFO = "info@leadsoptima.com"
OWD_SUPPORT = "support@optimawebdesign.com"


def build():
    # ------------------------------------------------------------------ LeadsOptima
    # fen-l01: duplicate, day 7 at 23:10 IST (Date header in UTC) -> approve
    e = "priya.raman@raman-analytics.com"
    cust(e, "Priya Raman", "monthly", start="2025-09-23", end="2025-10-22")
    lo_pay("en_p7600", "LO-INV-76000", e, "monthly", "2499.00", "2025-08-23T09:00:00", "2025-08-23", "2025-09-22")
    lo_pay("en_p7601", "LO-INV-76001", e, "monthly", "2499.00", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
    lo_pay("en_p7602", "LO-INV-76002", e, "monthly", "2499.00", "2025-09-23T09:02:00", "2025-09-23", "2025-10-22")
    eml("l01-dup-day7", f"Priya Raman <{e}>", LO, "Duplicate debit - LO-INV-76002",
        when(2025, 9, 30, 17, 40, UTC),
        "Dear Team,\n\nThis is to bring to your notice that my card was debited twice on 23rd September towards the"
        " monthly subscription (Rs. 2,499/- + GST each). Both invoices are in my dashboard; the duplicate one is"
        " LO-INV-76002.\n\nKindly reverse the duplicate amount at the earliest.\n\nThanks & Regards,\nPriya Raman\n"
        "Raman Analytics Pvt. Ltd. | Chennai\n")
    case("fen-l01-dup-day7", ["l01-dup-day7"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "2499.00"}],
         spec="Date 2025-09-30 17:40 UTC = 2025-09-30 23:10 IST; charge 2025-09-23 IST = day 0, request day 7 <= 7 "
              "(L3, day 7 inside); L4 two paid 2499.00 charges same period -> approve 2499.00 before tax")

    # fen-l02: duplicate, day 7 in the customer's US zone but day 8 in IST -> deny
    e = "mike.donovan@donovanroofing.com"
    cust(e, "Mike Donovan", "quarterly", start="2025-09-22", end="2025-12-21")
    lo_pay("en_p7611", "LO-INV-76011", e, "quarterly", "5999.00", "2025-09-22T17:00:00Z", "2025-09-22", "2025-12-21")
    lo_pay("en_p7612", "LO-INV-76012", e, "quarterly", "5999.00", "2025-09-22T17:01:00Z", "2025-09-22", "2025-12-21")
    eml("l02-dup-day8-tz", f"Mike Donovan <{e}>", LO, "charged twice??",
        when(2025, 9, 29, 15, 30, EDT),
        "Hey guys,\n\nLooks like you billed my card twice for the quarterly plan last Monday (the 22nd), two charges"
        " a minute apart. Second one is invoice LO-INV-76012. I'd like that one refunded please.\n\nMike Donovan\n"
        "Donovan Roofing & Gutters, Columbus OH\n")
    case("fen-l02-dup-day8-tz", ["l02-dup-day8-tz"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="Brand zone Asia/Kolkata: charge 2025-09-22T17:01Z = 2025-09-22 22:31 IST (day 0); Date 2025-09-29 15:30 "
              "-0400 = 2025-09-30 01:00 IST = day 8 > 7 -> L3 deny (it is day 7 in the customer's own zone, which "
              "does not count)")

    # fen-l03: three identical charges, only the third inside the window -> approve one amount
    e = "tom.becker@beckerfitness.co.uk"
    cust(e, "Tom Becker", "monthly", start="2025-09-19", end="2025-10-18")
    lo_pay("en_p7621", "LO-INV-76021", e, "monthly", "999.00", "2025-09-19T08:00:00", "2025-09-19", "2025-10-18")
    lo_pay("en_p7622", "LO-INV-76022", e, "monthly", "999.00", "2025-09-19T08:01:00", "2025-09-19", "2025-10-18")
    lo_pay("en_p7623", "LO-INV-76023", e, "monthly", "999.00", "2025-09-25T08:00:00", "2025-09-19", "2025-10-18")
    eml("l03-three-charges", f"Tom Becker <{e}>", LO, "Charged three times for September",
        when(2025, 9, 28, 9, 15, BST),
        "Hi there,\n\nI've just gone through my business account and you've taken the monthly fee three times for the"
        " same month: twice on 19 Sept and then again on the 25th (LO-INV-76022 and LO-INV-76023 are the extra ones)."
        " I only have the one account. Could you refund the extra payments, please?\n\nCheers,\nTom\n\n--\n"
        "Tom Becker | Becker Fitness, Leeds\n")
    case("fen-l03-three-charges", ["l03-three-charges"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "999.00"}],
         spec="Section 8 three identical charges (same account, amount, period 2025-09-19..2025-10-18): -76022 and "
              "-76023 are duplicates; request 2025-09-28 09:15 BST = 13:45 IST: -76022 (2025-09-19) is day 9, outside "
              "L3; -76023 (2025-09-25) is day 3, inside -> refund the sum inside the window = 999.00")

    # fen-l04: negation, annual, 'make sure it does not renew' -> cancel
    e = "hannah.okafor@okafor-consulting.ng"
    cust(e, "Hannah Okafor", "annual", start="2025-03-11", end="2026-03-10")
    lo_pay("en_p7631", "LO-INV-76031", e, "annual", "11988.00", "2025-03-11T10:00:00", "2025-03-11", "2026-03-10")
    eml("l04-negation-cancel", f"Hannah Okafor <{e}>", LO, "Annual plan - please do not renew",
        when(2025, 9, 24, 13, 5, timezone(timedelta(hours=1))),
        "Good afternoon,\n\nTo be clear, I am not asking for a refund: I understand the annual fee is non-refundable"
        " and we will keep using the account until it runs out. I simply want the subscription cancelled so that it"
        " does not renew in March. We are consolidating our tools under one vendor.\n\nKind regards,\nHannah Okafor\n"
        "Okafor Consulting, Lagos\n")
    case("fen-l04-negation-cancel", ["l04-negation-cancel"], "leadsoptima", "decided",
         [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2026-03-10"}],
         spec="Section 8 negation: 'I am not asking for a refund' adds no refund. L8 cancel effective current_period_end "
              "2026-03-10")

    # fen-l05: hypothetical from a trial user -> other
    e = "li.wei@harbourbridge.sg"
    cust(e, "Li Wei", "annual", status="trial", trial_ends="2025-10-08")
    eml("l05-hypothetical", f"Li Wei <{e}>", LO, "Question before we upgrade",
        when(2025, 9, 29, 11, 0, timezone(timedelta(hours=8))),
        "Hi LeadsOptima team,\n\nWe're on the free trial and thinking of going straight to the annual plan. If we"
        " upgrade and the platform turns out not to work for our sales team, could we get our money back? Would that"
        " be pro-rated or all-or-nothing? Just want to understand before we commit.\n\nThanks,\nLi Wei\n"
        "Harbour Bridge Pte Ltd, Singapore\n")
    case("fen-l05-hypothetical", ["l05-hypothetical"], "leadsoptima", "other",
         spec="Section 8: 'could we get our money back if...' before buying is a policy question; nothing else asked -> other")

    # fen-l06: access failure, outside 7 days -> deny L3
    e = "sean.murphy@murphyplumbing.ie"
    cust(e, "Sean Murphy", "monthly", start="2025-09-15", end="2025-10-14")
    lo_pay("en_p7640", "LO-INV-76040", e, "monthly", "1499.00", "2025-08-15T10:00:00", "2025-08-15", "2025-09-14")
    lo_pay("en_p7641", "LO-INV-76041", e, "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    eml("l06-access-outside", f"Sean Murphy <{e}>", LO, "Locked out - want this month back",
        when(2025, 9, 26, 9, 40, BST),
        "Hello,\n\nI've been locked out of my account since the 12th of September. The login page just spins and"
        " then kicks me back out, on both laptop and phone. I've emailed twice already. You still took this month's"
        " fee (LO-INV-76041) on the 15th, and I want it refunded as I haven't been able to use the thing at all.\n\n"
        "Sean Murphy\nMurphy Plumbing & Heating, Cork\n")
    case("fen-l06-access-outside", ["l06-access-outside"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="L2 access_failure, but charge 2025-09-15 day 0, request 2025-09-26 (14:10 IST) = day 11 > 7 -> L3 deny")

    # fen-l07: charged for the wrong plan, inside -> escalate L5
    e = "rebecca.lim@limdental.com.au"
    cust(e, "Rebecca Lim", "annual", start="2025-09-27", end="2026-09-26")
    lo_pay("en_p7651", "LO-INV-76051", e, "annual", "11988.00", "2025-09-27T06:30:00", "2025-09-27", "2026-09-26")
    eml("l07-wrong-plan", f"Dr Rebecca Lim <{e}>", LO, "Billed for annual - I chose monthly",
        when(2025, 9, 28, 10, 20, AEST),
        "Hi,\n\nYesterday I upgraded from the trial and picked the monthly plan, but my card was charged Rs 11,988 for the"
        " annual plan instead (invoice LO-INV-76051). That's not what I signed up for. Please refund"
        " the annual charge and put me on monthly as I'd originally selected.\n\nRegards,\nDr Rebecca Lim\n"
        "Lim Family Dental, Brisbane\n")
    case("fen-l07-wrong-plan", ["l07-wrong-plan"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "escalate"}],
         spec="L2 billing_error (charged for the wrong plan); charge 2025-09-27, request 2025-09-28 05:50 IST = day 1; "
              "L5 escalate, no amount. Moving to monthly is not a cancellation")

    # fen-l08: changed mind + cancel -> refund deny (L1), cancel L8
    e = "arjun.pillai@pillaiventures.in"
    cust(e, "Arjun Pillai", "quarterly", start="2025-09-05", end="2025-12-04")
    lo_pay("en_p7661", "LO-INV-76061", e, "quarterly", "3999.00", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
    eml("l08-cancel-and-refund", f"Arjun Pillai <{e}>", LO, "Cancellation + refund of unused period",
        when(2025, 9, 29, 18, 30),
        "Hi,\n\nWe have moved our pipeline to HubSpot, so please cancel our LeadsOptima subscription with immediate"
        " effect and refund the unused two months of the quarter (invoice LO-INV-76061). We barely logged in this"
        " quarter anyway.\n\nRegards,\nArjun Pillai\nPillai Ventures, Kochi\n")
    case("fen-l08-cancel-and-refund", ["l08-cancel-and-refund"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "deny"},
          {"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-12-04"}],
         spec="L1: unused days / switched tool is no exception -> refund deny (also day 24, L3); L8 cancel: active "
              "until current_period_end 2025-12-04 ('immediate effect' does not shorten the paid cycle)")

    # fen-l09: Outlook FW from an assistant, request from the registered director -> C2
    e = "director@brightpathedu.in"
    cust(e, "Meenakshi Rao", "annual", start="2025-09-25", end="2026-09-24")
    lo_pay("en_p7671", "LO-INV-76071", e, "annual", "11988.00", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
    lo_pay("en_p7672", "LO-INV-76072", e, "annual", "11988.00", "2025-09-25T10:03:00", "2025-09-25", "2026-09-24")
    eml("l09-fw-c2", "Office Assistant <ops.assistant@brightpathedu.in>", LO, "FW: Double charge on annual renewal",
        when(2025, 9, 27, 12, 5),
        "Hi,\n\nForwarding as instructed by Ma'am. Please process.\n\nRegards,\nSuresh\nOffice Assistant, BrightPath Education\n\n"
        "________________________________\nFrom: Meenakshi Rao <director@brightpathedu.in>\nSent: Saturday, September 27,"
        " 2025 11:48 AM\nTo: Office Assistant <ops.assistant@brightpathedu.in>\nSubject: Double charge on annual renewal\n\n"
        "Suresh, LeadsOptima has charged our card twice for the annual plan on the 25th. The second invoice is"
        " LO-INV-76072. Please write to them and get it refunded.\n\nMeenakshi\n")
    case("fen-l09-fw-c2", ["l09-fw-c2"], "leadsoptima", "need_info", rules=["C2"],
         spec="Section 8 Forwards: the forwarded request is from the registered email director@brightpathedu.in, the "
              "sender is ops.assistant@brightpathedu.in -> C2 need_info, ask for the request from that address")

    # fen-l10: From an unknown personal address, Reply-To the registered one -> C2
    e = "dfernandes@fernandescaterers.com"
    cust(e, "Dominic Fernandes", "monthly", start="2025-09-10", end="2025-10-09")
    lo_pay("en_p7681", "LO-INV-76081", e, "monthly", "1499.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    eml("l10-replyto", "Dominic Fernandes <dom.fernandes.goa@outlook.com>", LO, "Cancel my plan",
        when(2025, 9, 28, 20, 0),
        "Hi,\n\nPlease cancel my LeadsOptima monthly plan. The catering season is over and we won't need new leads till"
        " next year.\n\nDominic\nFernandes Caterers, Margao\n",
        headers={"Reply-To": "Dominic Fernandes <dfernandes@fernandescaterers.com>"})
    case("fen-l10-replyto", ["l10-replyto"], "leadsoptima", "need_info", rules=["C2"],
         spec="Section 8 Addresses: the sender is the From address (dom.fernandes.goa@outlook.com, not on record); "
              "Reply-To never verifies anyone -> C2 need_info, nothing about the account")

    # fen-l11: thread, refund without reason -> asked -> 'charged twice' -> approve
    e = "kwame.mensah@mensahprints.com.gh"
    cust(e, "Kwame Mensah", "annual", start="2025-09-26", end="2026-09-25")
    lo_pay("en_p7690", "LO-INV-76090", e, "annual", "9999.00", "2024-09-26T10:00:00", "2024-09-26", "2025-09-25")
    lo_pay("en_p7691", "LO-INV-76091", e, "annual", "9999.00", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
    lo_pay("en_p7692", "LO-INV-76092", e, "annual", "9999.00", "2025-09-26T10:05:00", "2025-09-26", "2026-09-25")
    m1 = eml("l11-thread-1", f"Kwame Mensah <{e}>", LO, "Refund - invoice LO-INV-76092",
             when(2025, 9, 27, 9, 0, UTC),
             "Hello,\n\nPlease refund invoice LO-INV-76092 to my card.\n\nThank you.\nKwame Mensah\nMensah Prints, Accra\n")
    eml("l11-thread-2", f"Kwame Mensah <{e}>", LO, "Re: Refund - invoice LO-INV-76092 [LO-7609]",
        when(2025, 9, 29, 8, 30, UTC),
        "Hi,\n\nSorry, should have said. Your system took the renewal twice on the 26th, five minutes apart."
        " LO-INV-76091 is the proper one and 76092 is the second charge.\n\nKwame\n\n"
        "On Sat, Sep 27, 2025 at 3:10 PM LeadsOptima Support <support@leadsoptima.com> wrote:\n"
        "> Thank you for writing. Could you tell us why you are asking for this refund?\n",
        reply_to=[m1, "<lo-7609-ask@leadsoptima.com>"])
    case("fen-l11-thread-reason", ["l11-thread-1", "l11-thread-2"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "9999.00"}],
         spec="C3: the first mail has no reason (restating the request is not one); the answer gives duplicate_payment. "
              "Request time = first email 2025-09-27 14:30 IST = day 1 after 2025-09-26; L4 -76091/-76092 same period "
              "-> approve 9999.00")

    # fen-l12: cancel + chargeback threat -> cancellation escalate C4
    e = "jason.miller@millerhvac.com"
    cust(e, "Jason Miller", "monthly", start="2025-09-10", end="2025-10-09")
    lo_pay("en_p7701", "LO-INV-76101", e, "monthly", "2499.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    eml("l12-chargeback-cancel", f"Jason Miller <{e}>", LO, "CANCEL my account",
        when(2025, 9, 29, 9, 45, EDT),
        "Cancel my subscription today. Your leads were garbage, half the numbers were disconnected. If I see one more"
        " charge from you on my Amex I'm filing a chargeback, no discussion.\n\nJ. Miller\nMiller HVAC\n")
    case("fen-l12-chargeback-cancel", ["l12-chargeback-cancel"], "leadsoptima", "decided",
         [{"intent": "cancellation", "outcome": "escalate"}], rules=["C4"],
         spec="C4 covers the whole case (section 8): a chargeback threat escalates the cancellation too; no refund asked")

    # fen-l13: forward of our own receipt with only a forwarding note -> need_info reason
    e = "ayesha.siddiqui@siddiquihomes.pk"
    cust(e, "Ayesha Siddiqui", "monthly", start="2025-09-26", end="2025-10-25")
    lo_pay("en_p7710", "LO-INV-76110", e, "monthly", "1499.00", "2025-08-26T10:00:00", "2025-08-26", "2025-09-25")
    lo_pay("en_p7711", "LO-INV-76111", e, "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    eml("l13-fwd-note-only", f"Ayesha Siddiqui <{e}>", LO, "Fwd: Payment receipt LO-INV-76111",
        when(2025, 9, 28, 16, 0, timezone(timedelta(hours=5))),
        "Please see below and refund this. Do the needful.\n\nAyesha\n\n"
        "---------- Forwarded message ---------\nFrom: LeadsOptima Billing <billing@leadsoptima.com>\n"
        "Date: Fri, 26 Sept 2025 at 09:31\nSubject: Payment receipt LO-INV-76111\nTo: <ayesha.siddiqui@siddiquihomes.pk>\n\n"
        "Thank you for your payment.\nInvoice: LO-INV-76111\nPlan: Monthly\nAmount: INR 1,499.00 + GST 269.82\n"
        "Period: 26 Sep 2025 - 25 Oct 2025\n\nLeadsOptima Billing\n")
    case("fen-l13-fwd-note-only", ["l13-fwd-note-only"], "leadsoptima", "need_info", missing=["reason"],
         spec="Section 8: 'please see below', 'do the needful' and restating the request are not a reason; the forwarded "
              "block is our own receipt (no reason in it). Sender is registered (no C2); invoice given; plan from the "
              "ledger -> C3 need_info [reason]. Not C7: the outer sender is the customer")

    # fen-l14: past cancellation, charged after, but outside 7 days -> deny L3
    e = "olivia.grant@grantbakery.co.uk"
    cust(e, "Olivia Grant", "monthly", status="cancelled", start="2025-08-19", end="2025-09-18")
    lo_pay("en_p7720", "LO-INV-76120", e, "monthly", "999.00", "2025-08-19T10:00:00", "2025-08-19", "2025-09-18")
    lo_pay("en_p7721", "LO-INV-76121", e, "monthly", "999.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    eml("l14-past-cancel-late", f"Olivia Grant <{e}>", LO, "Charged after cancelling",
        when(2025, 9, 29, 10, 0, BST),
        "Hello,\n\nI cancelled on the 14th (I have the confirmation email) and you still charged me on the 19th,"
        " invoice LO-INV-76121. I've only just noticed it on my statement. I'd like the Rs 999 back please, this"
        " shouldn't have been taken.\n\nMany thanks,\nOlivia Grant\nGrant's Bakery, York\n")
    case("fen-l14-past-cancel-late", ["l14-past-cancel-late"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="'I cancelled on the 14th' is a past event, not a new cancellation. L2 billing_error, but charge 2025-09-19 "
              "day 0, request 2025-09-29 14:30 IST = day 10 > 7 -> L3 deny")

    # fen-l15: mailing list / bulk newsletter mentioning refunds -> ignore C7
    eml("l15-list", "SaaS Weekly <digest@saasweekly.example>", LO_INFO, "This week: refund policies that win customers",
        when(2025, 9, 25, 6, 0, UTC),
        "SaaS Weekly #212\n\n1. Why a clear refund policy reduces chargebacks\n2. Cancel flows: ask for a reason, not a"
        " lawyer\n3. Pricing pages that convert\n\nYou receive this because you subscribed at saasweekly.example."
        " Unsubscribe: https://saasweekly.example/u/abc\n",
        headers={"List-Id": "SaaS Weekly <weekly.saasweekly.example>", "Precedence": "bulk",
                 "List-Unsubscribe": "<https://saasweekly.example/u/abc>"})
    case("fen-l15-list", ["l15-list"], "leadsoptima", "ignore", rules=["C7"],
         spec="C7: List-Id and Precedence: bulk -> ignore, even though it says refund, chargeback and lawyer")

    # fen-l16: bounce (MAILER-DAEMON, multipart/report) -> ignore C7
    # chk-c: written as an MTA writes it (RFC 3464): multipart/report with a message/delivery-status part and the
    # returned headers (text/rfc822-headers), where the first draft had the status fields in a text/plain attachment.
    bounce = (
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.kulkarnilabs.example>\r\n"
        f"To: {LO}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(when(2025, 9, 26, 14, 2))}\r\n"
        "Message-ID: <l16-bounce.202509261402@mx.kulkarnilabs.example>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n boundary=\"=_dsn_7616\"\r\n"
        "\r\n"
        "This is a MIME-encapsulated message.\r\n"
        "\r\n"
        "--=_dsn_7616\r\n"
        "Content-Description: Notification\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "This is the mail system at host mx.kulkarnilabs.example.\r\n"
        "\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients.\r\n"
        "\r\n"
        "<accounts@kulkarnilabs.example>: host said: 550 5.1.1 User unknown\r\n"
        "\r\n"
        "--=_dsn_7616\r\n"
        "Content-Description: Delivery report\r\n"
        "Content-Type: message/delivery-status\r\n"
        "\r\n"
        "Reporting-MTA: dns; mx.kulkarnilabs.example\r\n"
        "Arrival-Date: Fri, 26 Sep 2025 14:01:58 +0530\r\n"
        "\r\n"
        "Final-Recipient: rfc822; accounts@kulkarnilabs.example\r\n"
        "Action: failed\r\n"
        "Status: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"
        "\r\n"
        "--=_dsn_7616\r\n"
        "Content-Description: Undelivered Message Headers\r\n"
        "Content-Type: text/rfc822-headers\r\n"
        "\r\n"
        f"From: LeadsOptima Support <{LO}>\r\n"
        "To: accounts@kulkarnilabs.example\r\n"
        "Subject: Re: Your refund request [LO-7616]\r\n"
        "Date: Fri, 26 Sep 2025 14:01:40 +0530\r\n"
        "Message-ID: <lo-7616-reply@leadsoptima.com>\r\n"
        "\r\n"
        "--=_dsn_7616--\r\n"
    )
    (HERE / "emails" / "l16-bounce.eml").write_bytes(bounce.encode("ascii"))
    case("fen-l16-bounce", ["l16-bounce"], "leadsoptima", "ignore", rules=["C7"],
         spec="C7: MAILER-DAEMON sender, delivery-status report (RFC 3464), Auto-Submitted -> ignore")

    # fen-l17: our own noreply address -> ignore C7
    eml("l17-own-address", "LeadsOptima <noreply@leadsoptima.com>", LO, "Cancellation requested: account #88213",
        when(2025, 9, 27, 10, 0),
        "A customer requested cancellation from the in-app Billing > Cancel Plan page.\nAccount: #88213\nPlan: monthly\n"
        "Refund requested: yes\n\nThis is an automated notification.\n")
    case("fen-l17-own-address", ["l17-own-address"], "leadsoptima", "ignore", rules=["C7"],
         spec="C7: sender is the brand's own address noreply@leadsoptima.com -> ignore")

    # fen-l18: thanks for an earlier refund -> other
    e = "carlos.mendes@mendesrealty.pt"
    cust(e, "Carlos Mendes", "monthly", start="2025-09-14", end="2025-10-13")
    lo_pay("en_p7730", "LO-INV-76130", e, "monthly", "1499.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
    lo_pay("en_p7731", "LO-INV-76131", e, "monthly", "1499.00", "2025-09-14T10:02:00", "2025-09-14", "2025-10-13",
           status="refunded")
    eml("l18-thanks", f"Carlos Mendes <{e}>", LO, "Re: Duplicate charge refunded [LO-7613]",
        when(2025, 9, 30, 9, 0, BST),
        "Hi,\n\nJust confirming the refund for the double charge (LO-INV-76131) showed up on my card this morning."
        " Thanks for sorting it so quickly, much appreciated. No further action needed.\n\nBest,\nCarlos\n",
        reply_to=["<lo-7613-reply@leadsoptima.com>"])  # chk-c: a reply carries In-Reply-To/References
    case("fen-l18-thanks", ["l18-thanks"], "leadsoptima", "other",
         spec="Past event and thanks; no refund or cancellation asked ('no further action needed') -> other")

    # fen-l19: reply with long quoted history; new text asks only to cancel
    e = "sophie.martin@martinevents.fr"
    cust(e, "Sophie Martin", "quarterly", start="2025-08-01", end="2025-10-31")
    lo_pay("en_p7740", "LO-INV-76140", e, "quarterly", "3999.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
    eml("l19-long-thread-cancel", f"Sophie Martin <{e}>", LO, "Re: Re: Refund request [LO-7614]",
        when(2025, 9, 29, 11, 20, CEST),
        "OK, understood. Then please just cancel the subscription so it doesn't renew next quarter.\n\nSophie\n\n"
        "On 24/09/2025 10:02, LeadsOptima Support wrote:\n"
        "> Dear Sophie,\n> We are sorry, but payments are non-refundable except for duplicate payments, billing errors\n"
        "> or access failures, and your request (invoice LO-INV-76140) was made more than 7 days after the charge.\n"
        "> You can cancel at any time under Billing > Cancel Plan.\n>\n"
        "> On 23/09/2025 18:40, Sophie Martin wrote:\n>> Hello, I would like a refund for my quarterly plan, LO-INV-76140.\n"
        ">> We hardly used it over the summer, the events season was slow.\n>> Sophie Martin, Martin Events, Lyon\n",
        reply_to=["<lo-7614-req@martinevents.fr>", "<lo-7614-reply@leadsoptima.com>"])  # chk-c: a reply's headers
    case("fen-l19-long-thread-cancel", ["l19-long-thread-cancel"], "leadsoptima", "decided",
         [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-31"}],
         spec="Only the new text is this email's request: a cancellation (the quoted refund request was already "
              "answered). L8 cancel effective current_period_end 2025-10-31")

    # ------------------------------------------------------------------ Optima WebDesign
    # fen-o01: deposit at exactly 72 hours -> deny
    p, e = "Blue Lotus Yoga Studio", "nina@bluelotusyoga.com"
    proj(p, e)
    o_pay("en_o7601", "OWD-2025-7601", p, "deposit", "20000.00", "3600.00", "2025-09-26T14:00:00")
    eml("o01-deposit-72h", f"Nina Kapoor <{e}>", OWD, "Refund Request — Blue Lotus Yoga Studio / OWD-2025-7601",
        when(2025, 9, 29, 14, 0),
        "Hi Optima team,\n\nI paid the booking deposit for the Blue Lotus Yoga Studio website on Friday (OWD-2025-7601)."
        " My co-founder is leaving the business, so we are pausing the website. I'm writing within the 72 hours, so"
        " please refund the deposit.\n\nNamaste,\nNina\n")
    case("fen-o01-deposit-72h", ["o01-deposit-72h"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="Section 8: exactly 72 hours (paid 2025-09-26 14:00, request 2025-09-29 14:00 IST) is not 'before 72 "
              "hours' -> O2 deny; the customer's claim does not outweigh the ledger")

    # fen-o02: deposit, Date in AEST, 71 hours -> approve
    p, e = "Harbour Kitchen Website", "chef@harbourkitchen.com.au"
    proj(p, e)
    o_pay("en_o7602", "OWD-2025-7602", p, "deposit", "30000.00", "5400.00", "2025-09-26T14:00:00+05:30")
    eml("o02-deposit-71h", f"Marco Bellini <{e}>", OWD, "Deposit refund - Harbour Kitchen Website",
        when(2025, 9, 29, 17, 30, AEST),
        "G'day,\n\nSorry to do this, but we've lost the lease on the Manly site, so the Harbour Kitchen Website is off"
        " for now. Could you please refund our deposit, invoice OWD-2025-7602? I don't think anyone has started on it"
        " yet.\n\nCheers,\nMarco Bellini\nHarbour Kitchen, Sydney\n")
    case("fen-o02-deposit-71h", ["o02-deposit-71h"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "30000.00"}],
         spec="Date 2025-09-29 17:30 +10:00 = 07:30 UTC = 13:00 IST; paid 2025-09-26 14:00 IST -> 71 h < 72 h, "
              "work_started_at empty -> O2 approve 30000.00 (tax kept)")

    # fen-o03: discovery after the kickoff workshop -> deny O1
    p, e = "Northwind Logistics Rebrand", "cmo@northwindlogistics.com"
    proj(p, e, started="2025-09-24T11:00:00")
    o_pay("en_o7603", "OWD-2025-7603", p, "discovery", "45000.00", "8100.00", "2025-09-22T10:00:00")
    eml("o03-discovery-started", f"Claire Thompson <{e}>", OWD, "Northwind Logistics Rebrand - discovery fee",
        when(2025, 9, 26, 15, 0),
        "Hello,\n\nFollowing Wednesday's kickoff workshop, our board has frozen all brand spend until Q2. We'd therefore"
        " like to stop the Northwind Logistics Rebrand and request a refund of the discovery fee, OWD-2025-7603.\n\n"
        "Best regards,\nClaire Thompson\nChief Marketing Officer, Northwind Logistics\n")
    case("fen-o03-discovery-started", ["o03-discovery-started"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "deny"}], extra_ok=True,
         spec="O1: work_started_at 2025-09-24 11:00 (the workshop) is before the request 2025-09-26 -> deny; 'we'd like "
              "to stop the ... Rebrand' asks to end the project, so a cancellation decision beside it is allowed (extra_ok)")

    # fen-o04: approved milestone -> deny
    p, e = "Greenleaf Organics Store", "accounts@greenleaforganics.in"
    proj(p, e, started="2025-07-15T10:00:00")
    o_pay("en_o7604", "OWD-2025-7604", p, "milestone", "60000.00", "10800.00", "2025-09-12T10:00:00",
          milestone_status="approved")
    eml("o04-milestone-approved", f"Greenleaf Accounts <{e}>", OWD, "Refund for design milestone OWD-2025-7604",
        when(2025, 9, 25, 12, 40),
        "Dear Sir/Madam,\n\nWith reference to the Greenleaf Organics Store project, we had approved the homepage and"
        " product page designs (milestone invoice OWD-2025-7604) on 12th Sept. However, after showing them to our"
        " franchisees, the management feels the designs are not suiting our brand. Hence we request a refund of the"
        " said milestone.\n\nKindly revert at the earliest.\n\nRegards,\nAccounts Dept.\nGreenleaf Organics Pvt Ltd\n")
    case("fen-o04-milestone-approved", ["o04-milestone-approved"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="O3/O6: milestone_status approved -> deny (approved milestones are non-refundable)")

    # fen-o05: maintenance annual, odd amount, rounding -> approve 12374.08
    p, e = "Kessler Dental Group", "office@kesslerdental.de"
    proj(p, e, started="2025-06-01T10:00:00")
    o_pay("en_o7605", "OWD-2025-7605", p, "maintenance_annual", "14999.00", "2699.82", "2025-09-17T10:00:00",
          setup_fee="1500.00", service_start="2025-09-18")
    eml("o05-maintenance-prorate", f"Dr. Stefan Kessler <{e}>", OWD,
        "Cancellation of maintenance plan / refund (OWD-2025-7605)",
        when(2025, 9, 30, 8, 15, CEST),
        "Dear Optima team,\n\nwe have decided to move the maintenance of the Kessler Dental Group website to our new"
        " in-house IT provider. Please cancel the annual maintenance plan (invoice OWD-2025-7605) and refund the"
        " pro-rated amount according to your policy.\n\nWith kind regards\nDr. Stefan Kessler\nKessler Dental Group,"
        " Munich\n")
    case("fen-o05-maintenance-prorate", ["o05-maintenance-prorate"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "12374.08"}], extra_ok=True,
         spec="O5: service_start 2025-09-18, request 2025-09-30 11:45 IST = day 12 <= 14; monthly_value = "
              "(14999.00-1500.00)/12 = 1124.91666..; refund = 14999.00 - 1500.00 - 1124.91666.. = 12374.08333.. -> "
              "12374.08 (rounded once, C6); extra cancellation decision allowed")

    # fen-o06: hosting, day 15 -> deny
    p, e = "Sunrise Preschool Site", "principal@sunrisepreschool.in"
    proj(p, e, started="2025-08-01T10:00:00")
    o_pay("en_o7606", "OWD-2025-7606", p, "hosting_annual", "9000.00", "1620.00", "2025-09-14T10:00:00",
          setup_fee="1000.00", service_start="2025-09-15")
    eml("o06-hosting-day15", f"Principal, Sunrise Preschool <{e}>", OWD, "Hosting refund - Sunrise Preschool Site",
        when(2025, 9, 30, 12, 0),
        "Respected Sir,\n\nOur trust has decided to host the Sunrise Preschool Site on the school group's common server."
        " Kindly cancel the annual hosting (OWD-2025-7606) and refund the balance amount as per your 14 days policy.\n\n"
        "Thanking you,\nMrs. R. Iyengar\nPrincipal\n")
    case("fen-o06-hosting-day15", ["o06-hosting-day15"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "deny"}], extra_ok=True,
         spec="O5: service_start 2025-09-15 = day 0, request 2025-09-30 = day 15 > 14 -> refund deny; a cancellation "
              "decision beside it is allowed (extra_ok)")

    # fen-o07: hosting before service start -> consumed 1 -> approve 8800.00
    p, e = "Maple & Co Bakery", "hello@mapleandcobakery.ca"
    proj(p, e)
    o_pay("en_o7607", "OWD-2025-7607", p, "hosting_annual", "9600.00", "1728.00", "2025-09-27T10:00:00",
          service_start="2025-10-10")
    eml("o07-hosting-before-start", f"Emily Tremblay <{e}>", OWD, "Hosting plan - Maple & Co Bakery",
        when(2025, 9, 28, 20, 45, EDT),
        "Hi folks,\n\nWe signed up for the annual hosting for Maple & Co Bakery yesterday but our landlord's cousin is"
        " a web guy and is doing it for free, eh. Since the hosting doesn't even start until October 10, can we"
        " cancel it and get a refund? Invoice OWD-2025-7607.\n\nThanks a bunch,\nEmily\nMaple & Co Bakery, Ottawa\n")
    case("fen-o07-hosting-before-start", ["o07-hosting-before-start"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "8800.00"}], extra_ok=True,
         spec="Section 8: O5 before service_start 2025-10-10 -> consumed_months 1; setup_fee none -> monthly_value "
              "9600.00/12 = 800.00; refund 9600.00 - 0 - 800.00 = 8800.00")

    # fen-o08: retainer, next cycle already paid, >= 7 days notice -> escalate (both intents)
    p, e = "Atlas Fintech Content", "marketing@atlasfintech.io"
    proj(p, e, started="2025-05-20T10:00:00")
    o_pay("en_o7608", "OWD-2025-7608", p, "retainer", "40000.00", "7200.00", "2025-09-20T10:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    o_pay("en_o7609", "OWD-2025-7609", p, "retainer", "40000.00", "7200.00", "2025-09-25T10:00:00",
          period_start="2025-10-20", period_end="2025-11-19", next_billing_at="2025-11-20T00:00:00")
    eml("o08-retainer-prepaid", f"Atlas Marketing <{e}>", OWD, "Ending the content retainer",
        when(2025, 9, 29, 10, 10),
        "Hi team,\n\nWe're ending the Atlas Fintech Content retainer after the current month: our new VP is bringing"
        " content in-house. Our finance team paid October's retainer early by mistake (OWD-2025-7609), so please"
        " refund that one, since no work for that period has started.\n\nBest,\nRiya\nMarketing, Atlas Fintech\n")
    case("fen-o08-retainer-prepaid", ["o08-retainer-prepaid"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "escalate"}, {"intent": "cancellation", "outcome": "escalate"}],
         spec="Section 8 'Retainer paid in advance': next cycle 2025-10-20..2025-11-19 already paid (OWD-2025-7609) and "
              "notice 2025-09-29 <= 2025-10-20 - 7 -> cancellation escalate; the refund of that cycle is for a person "
              "to decide (O4 'paid in advance ... escalated') -> escalate, no amount")

    # fen-o09: rush fee -> deny O6
    p, e = "Velvet Events Launch", "ops@velvetevents.co"
    proj(p, e, started="2025-09-10T10:00:00")
    o_pay("en_o7610", "OWD-2025-7610", p, "rush", "8000.00", "1440.00", "2025-09-18T10:00:00")
    eml("o09-rush-fee", f"Velvet Events Ops <{e}>", OWD, "Rush fee refund - Velvet Events Launch",
        when(2025, 9, 24, 19, 0),
        "Hi,\n\nWe paid an express fee (OWD-2025-7610) so the Velvet Events Launch microsite would be live by the 20th."
        " It went live on the 21st, a day late, so the whole point of paying extra was lost. We'd like the rush fee"
        " refunded.\n\nThanks,\nDev\nVelvet Events\n")
    case("fen-o09-rush-fee", ["o09-rush-fee"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="O6: kind rush (expedited fee) is never refundable -> deny citing Non-refundable items")

    # fen-o10: UK solicitor threat -> escalate C4
    p, e = "Pemberton Estates Website", "james@pembertonestates.co.uk"
    proj(p, e, started="2025-07-01T10:00:00")
    o_pay("en_o7611", "OWD-2025-7611", p, "milestone", "70000.00", "12600.00", "2025-09-15T10:00:00",
          milestone_status="completed")
    eml("o10-solicitor", f"James Pemberton <{e}>", OWD, "Pemberton Estates Website - final notice",
        when(2025, 9, 26, 11, 30, BST),
        "Dear Sirs,\n\nThe property search you delivered under OWD-2025-7611 has never worked properly and your team has"
        " stopped answering. I require a full refund of that milestone. I have passed the correspondence to my"
        " solicitor, who will be sending a letter before action if this is not resolved within 14 days.\n\n"
        "Yours faithfully,\nJames Pemberton\nPemberton Estates Ltd, Bath\n")
    case("fen-o10-solicitor", ["o10-solicitor"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "escalate"}], rules=["C4"],
         spec="C4: mention of a solicitor (British for lawyer) and a letter before action -> escalate, no amount")

    # fen-o11: refund of a payment already refunded -> escalate
    p, e = "Crescent Clinic Portal", "admin@crescentclinic.ae"
    proj(p, e)
    o_pay("en_o7612", "OWD-2025-7612", p, "deposit", "25000.00", "4500.00", "2025-09-27T10:00:00", status="refunded")
    eml("o11-not-paid", f"Crescent Clinic Admin <{e}>", OWD, "Deposit refund - Crescent Clinic Portal",
        when(2025, 9, 29, 9, 0, GST4),
        "Dear Optima,\n\nWe informed your sales manager on the phone the same day that the Crescent Clinic Portal is"
        " cancelled because the clinic group was acquired. Please refund our deposit OWD-2025-7612.\n\nBest regards,\n"
        "Fatima Al Mansoori\nAdministration, Crescent Clinic, Dubai\n")
    case("fen-o11-not-paid", ["o11-not-paid"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "escalate"}], extra_ok=True,
         spec="Section 8: the payment's status is refunded (not paid) -> escalate, whatever O2 would say; the mail "
              "says the portal 'is cancelled', so a cancellation decision beside it is allowed (extra_ok)")

    # fen-o12: retainer cancel with no reason -> need_info reason
    p, e = "Riverstone Apartments SEO", "leasing@riverstoneapts.com"
    proj(p, e, started="2025-04-01T10:00:00")
    o_pay("en_o7613", "OWD-2025-7613", p, "retainer", "18000.00", "3240.00", "2025-09-05T10:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    eml("o12-cancel-no-reason", f"Riverstone Leasing Office <{e}>", OWD, "Cancel - Riverstone Apartments SEO",
        when(2025, 9, 24, 16, 30, CDT),  # chk-c: Austin TX is on CDT (-05:00) in September, not EDT
        "Hello,\n\nPlease cancel the Riverstone Apartments SEO retainer, invoice OWD-2025-7613.\n\nThank you,\n"
        "Riverstone Apartments Leasing Office\n123 River Rd, Austin TX\n\nThis e-mail and any attachments are"
        " confidential and intended solely for the addressee.\n")
    case("fen-o12-cancel-no-reason", ["o12-cancel-no-reason"], "optima_webdesign", "need_info", missing=["reason"],
         spec="Section 8: Optima requires a reason for cancellations too; signature and disclaimer are not one; "
              "contract email, project and invoice given -> C3 need_info [reason]")

    # fen-o13: Outlook FW of own earlier mail; milestone not started -> approve
    p, e = "Lotus Textiles B2B Portal", "procurement@lotustextiles.in"
    proj(p, e, started="2025-07-10T10:00:00")
    o_pay("en_o7614", "OWD-2025-7614", p, "milestone", "45000.00", "8100.00", "2025-08-10T10:00:00",
          milestone_status="completed")
    o_pay("en_o7615", "OWD-2025-7615", p, "milestone", "55000.00", "9900.00", "2025-09-20T10:00:00",
          milestone_status="not_started")
    eml("o13-self-forward", f"Procurement - Lotus Textiles <{e}>", OWD,
        "FW: Refund of Milestone 3 - Lotus Textiles B2B Portal",
        when(2025, 9, 30, 15, 5),
        html="<html><body><p>Dear Team,</p><p>Forwarding our mail below which we had sent to your project manager, no"
             " response received till date. Kindly revert.</p><p>Regards,<br>Procurement Dept.<br>Lotus Textiles, Surat</p>"
             "<hr><p><b>From:</b> Procurement - Lotus Textiles &lt;procurement@lotustextiles.in&gt;<br><b>Sent:</b>"
             " Thursday, September 25, 2025 4:12 PM<br><b>To:</b> Ravi (Optima PM) &lt;ravi.optima.pm@gmail.com&gt;<br>"
             "<b>Subject:</b> Refund of Milestone 3 - Lotus Textiles B2B Portal</p>"
             "<p>Dear Ravi,</p><p>As discussed, our management has decided to drop the dealer-ordering module (Milestone 3,"
             " invoice OWD-2025-7615, Rs. 55,000 + GST) as we are going with the ERP vendor's own module. Work on this"
             " milestone has not started. Please refund the milestone amount.</p><p>Regards,<br>Procurement Dept.</p>"
             "</body></html>\n")
    case("fen-o13-self-forward", ["o13-self-forward"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "55000.00"}],
         spec="Forward read for the request it carries; it is the contract email's own request (no C2). O3: "
              "OWD-2025-7615 not_started -> approve 55000.00 before tax. HTML-only Outlook forward")

    # fen-o14: how-to from a known client -> other
    p, e = "Quartz Architects Site", "studio@quartzarchitects.com"
    proj(p, e, started="2025-06-01T10:00:00")
    o_pay("en_o7616", "OWD-2025-7616", p, "third_party", "1500.00", "270.00", "2025-09-01T10:00:00")
    eml("o14-howto", f"Quartz Studio <{e}>", OWD, "DNS question - Quartz Architects Site",
        when(2025, 9, 27, 11, 0),
        "Hi,\n\nQuick one: how do we point our Google Workspace MX records now that the domain is on your DNS? Our"
        " emails to @quartzarchitects.com stopped arriving since yesterday. Not a billing issue, everything's fine"
        " otherwise.\n\nThanks,\nAditi\nQuartz Architects\n")
    case("fen-o14-howto", ["o14-howto"], "optima_webdesign", "other",
         spec="A technical how-to, neither refund nor cancellation -> other")

    # fen-o15: invoice not in the ledger -> escalate
    p, e = "Saffron Hotel Booking Engine", "gm@saffronhotel.in"
    proj(p, e)
    o_pay("en_o7617", "OWD-2025-7617", p, "third_party", "4500.00", "810.00", "2025-09-20T10:00:00")
    eml("o15-unknown-invoice", f"Saffron Hotel GM <{e}>", OWD, "Refund of deposit OWD-2025-7699",
        when(2025, 9, 28, 13, 30),
        "Dear Team,\n\nWe paid a project deposit of Rs. 35,000 on 26th Sept for the Saffron Hotel Booking Engine, your"
        " ref OWD-2025-7699. The owners have now decided to continue with the OTA channel manager, so we do not wish"
        " to proceed. Please refund the deposit.\n\nRegards,\nVikram Rathore\nGeneral Manager\n")
    case("fen-o15-unknown-invoice", ["o15-unknown-invoice"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "escalate"}], extra_ok=True,
         spec="Section 1 Ledger: no payment OWD-2025-7699 in the ledger (the project's only payment is a third-party "
              "fee) -> escalate, never approve on the email's word; 'we do not wish to proceed' ends the project, so a "
              "cancellation decision beside it is allowed (extra_ok)")

    # fen-o16: LeadsOptima customer writes to the Optima mailbox -> unknown sender, C2
    e = "zoe.clarke@clarkeyoga.com"
    cust(e, "Zoe Clarke", "monthly", start="2025-09-20", end="2025-10-19")
    lo_pay("en_p7750", "LO-INV-76150", e, "monthly", "1499.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    eml("o16-wrong-brand", f"Zoe Clarke <{e}>", OWD_BILLING, "Cancel my subscription",
        when(2025, 9, 27, 9, 30, BST),
        "Hi,\n\nPlease cancel my monthly subscription (invoice LO-INV-76150). I've opened a studio with a partner who"
        " already has a lead tool.\n\nThanks,\nZoe Clarke\n")
    case("fen-o16-wrong-brand", ["o16-wrong-brand"], "optima_webdesign", "need_info", rules=["C2"],
         spec="Section 8 'The other brand's customer': C1 picks optima_webdesign by the To address; the ledger is "
              "searched in that brand only, so the sender is unknown there -> C2 need_info")

    # fen-o17: HTML-only, dispute-with-bank threat, retainer cancel + refund -> both escalate, C4
    p, e = "Northstar Gym Ads", "owner@northstargym.com"
    proj(p, e, started="2025-05-01T10:00:00")
    o_pay("en_o7618", "OWD-2025-7618", p, "retainer", "22000.00", "3960.00", "2025-09-01T10:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    eml("o17-dispute-html", f"Northstar Gym <{e}>", OWD_SUPPORT, "Cancel + refund NOW",
        when(2025, 9, 25, 22, 10),
        html="<html><head><style>p{font-family:Calibri}</style></head><body><p>Hi,</p><p>Cancel the Northstar Gym Ads"
             " retainer (OWD-2025-7618) effective immediately and refund September. The ads ran for maybe a week and"
             " we got zero sign-ups.</p><p><b>If the refund is not processed I will dispute the payment with my"
             " bank.</b></p><p>Rahul Khanna<br>Owner, Northstar Gym</p></body></html>\n")
    case("fen-o17-dispute-html", ["o17-dispute-html"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "escalate"}, {"intent": "cancellation", "outcome": "escalate"}],
         rules=["C4"],
         spec="C4: threat to dispute the payment with the bank escalates every intent (section 8), the cancellation "
              "included; HTML-only mail to support@optimawebdesign.com (C1 -> optima_webdesign)")


def main():
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    build()
    ids = [p["id"] for p in payments]
    invs = [p["invoice"] for p in payments]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "ids/invoices must be unique"
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases, {len(payments)} payments")


if __name__ == "__main__":
    main()
