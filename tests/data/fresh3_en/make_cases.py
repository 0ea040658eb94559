#!/usr/bin/env python3
"""Fresh held-out round 3, hard English. Writes ledger.json, emails/*.eml and
expected.json next to this file. Stdlib only, deterministic. Written from POLICY_SPEC.md alone
(QA pass); licence MIT like the project; all text written for this project."""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "en"
IST = timezone(timedelta(hours=5, minutes=30))
UTC = timezone.utc
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LO, OWD = "leadsoptima", "optima_webdesign"

customers, projects, payments, cases = [], [], [], []
EMAILS = {}


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    customers.append({"brand": LO, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start,
                      "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    payments.append({"brand": LO, "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def proj(name, email, work=None):
    projects.append({"brand": OWD, "name": name, "contract_email": email, "work_started_at": work})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": OWD, "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    payments.append(rec)


def mail(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None):
    """when: datetime with tzinfo. reply_to: Message-ID this answers (thread)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    mid = "<%s.%s@mail.example>" % (name, LANG)
    msg["Message-ID"] = mid
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    EMAILS["emails/%s.eml" % name] = msg.as_bytes(policy=SMTP)
    return mid


def case(cid, files, brand, status, rules, decisions, spec, missing=None, ambiguous=None,
         extra_ok=None):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": ["emails/%s.eml" % f for f in files],
         "brand": brand, "status": status, "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(y, mo, dd, h=10, mi=0, tz=IST):
    return datetime(y, mo, dd, h, mi, tzinfo=tz)


def dec(intent, outcome, amount=None, eff=None):
    r = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        r["amount"] = amount
    elif intent == "refund":
        r["amount"] = None
    if intent == "cancellation" and outcome == "cancel":
        r["effective_date"] = eff
    return r


# ---------------------------------------------------------------- LeadsOptima
# e01 negation: no refund, just cancel
cust("laura.mendes@brightpath.co", "Laura Mendes", "monthly", "2025-09-12", "2025-10-11")
lopay("epay_101", "LO-INV-84101", "laura.mendes@brightpath.co", "monthly", "2499.00", "449.82",
      "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
mail("e01-not-refund-cancel", "Laura Mendes <laura.mendes@brightpath.co>", LO_TO, "cancel please",
     d(2025, 9, 22, 14, 3),
     "Hi there,\n\nTo be clear, I do NOT want a refund for this month - I know the policy. I just want "
     "the subscription cancelled so it doesn't renew. We're consolidating tools after a merger.\n\n"
     "Best,\nLaura\n")
case("e01-not-refund-cancel", ["e01-not-refund-cancel"], LO, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-11")],
     "POLICY_SPEC.md section 8 negation: 'I do NOT want a refund' adds no refund intent; section 3 L8 "
     "cancel, effective current_period_end 2025-10-11")

# e02 hypothetical from a trial user
cust("dev.patel@quillanalytics.io", "Dev Patel", "monthly", status="trial", trial_ends="2025-10-08")
mail("e02-hypothetical-upgrade", "Dev Patel <dev.patel@quillanalytics.io>", LO_TO,
     "question before upgrading", d(2025, 9, 24, 11, 30),
     "Hello,\n\nWe're on the trial and thinking about going annual. Hypothetically, if the HubSpot "
     "sync turns out to be flaky after we upgrade, would we be able to get a refund, or only cancel?\n\n"
     "Thanks,\nDev\n")
case("e02-hypothetical-upgrade", ["e02-hypothetical-upgrade"], LO, "other", [], [],
     "section 8: 'would I get a refund if...' before buying is a policy question -> other")

# e03 past event: cancelled on the 14th, charged on the 16th
cust("greg.holloway@hollowayhvac.com", "Greg Holloway", "quarterly", "2025-06-16", "2025-09-15",
     status="cancelled")
lopay("epay_102", "LO-INV-84102", "greg.holloway@hollowayhvac.com", "quarterly", "3999.00", "719.82",
      "2025-06-16T09:00:00", "2025-06-16", "2025-09-15")
lopay("epay_103", "LO-INV-84103", "greg.holloway@hollowayhvac.com", "quarterly", "3999.00", "719.82",
      "2025-09-16T09:00:00", "2025-09-16", "2025-12-15")
mail("e03-charged-after-cancel", "Greg Holloway <greg.holloway@hollowayhvac.com>", LO_TO,
     "charged AFTER cancelling??", d(2025, 9, 18, 8, 15),
     "I cancelled on the 14th through Billing > Cancel Plan (got the confirmation email and everything) "
     "and you still charged me Rs 3,999 on the 16th. Invoice # LO-INV-84103. Please put that back on my "
     "card.\n\nGreg Holloway\nHolloway HVAC\n")
case("e03-charged-after-cancel", ["e03-charged-after-cancel"], LO, "decided", [],
     [dec("refund", "escalate")],
     "section 3 L2 billing_error (charged after cancelling); charge 2025-09-16, request 2025-09-18 = day 2; "
     "L5 escalate; the cancellation on the 14th is a past event, not a new request")

# e04 duplicate, amounts and dates typed loosely
cust("nisha.rao@fernleaf.in", "Nisha Rao", "monthly", "2025-09-24", "2025-10-23")
lopay("epay_104", "LO-INV-84104", "nisha.rao@fernleaf.in", "monthly", "2499.00", "449.82",
      "2025-09-24T21:10:00", "2025-09-24", "2025-10-23")
lopay("epay_105", "LO-INV-84105", "nisha.rao@fernleaf.in", "monthly", "2499.00", "449.82",
      "2025-09-24T21:12:00", "2025-09-24", "2025-10-23")
mail("e04-dup-loose", "Nisha Rao <nisha.rao@fernleaf.in>", LO_TO, "double debit 24/9",
     d(2025, 9, 27, 12, 0),
     "hi,\nmy card got debited Rs 2,499/- two times on 24/9 for the same month (see 84104 and "
     "LO-INV-84105). pls reverse the second one.\nthx\nNisha\n")
case("e04-dup-loose", ["e04-dup-loose"], LO, "decided", [], [dec("refund", "approve", "2499.00")],
     "section 3 L2 duplicate ('debited two times'); two paid charges 2499.00 on 2025-09-24 same period; "
     "request 2025-09-27 day 3; L4 approve 2499.00 (duplicate LO-INV-84105)")

# e05 three identical charges, all inside
cust("owen.fitz@fitzmarine.com", "Owen Fitzgerald", "monthly", "2025-09-20", "2025-10-19")
for i, t in ((106, "09:00"), (107, "09:01"), (108, "09:03")):
    lopay("epay_%d" % i, "LO-INV-84%d" % i, "owen.fitz@fitzmarine.com", "monthly", "1499.00", "269.82",
          "2025-09-20T%s:00" % t, "2025-09-20", "2025-10-19")
mail("e05-triple", "Owen Fitzgerald <owen.fitz@fitzmarine.com>", LO_TO,
     "Charged three times for one month", d(2025, 9, 23, 16, 45),
     "Hello,\n\nYour checkout page hung and I ended up being charged three times for September "
     "(₹1,499 x 3). The two extra charges are LO-INV-84107 and LO-INV-84108. Please refund those two; "
     "I obviously only need one subscription.\n\nOwen\n")
case("e05-triple", ["e05-triple"], LO, "decided", [], [dec("refund", "approve", "2998.00")],
     "section 8 three identical charges: every charge after the first is a duplicate; both inside the "
     "window (request 2025-09-23, day 3) -> 1499.00 + 1499.00 = 2998.00")

# e06 three identical charges, one duplicate outside the window
cust("ines.cardoso@tidepool.studio", "Ines Cardoso", "monthly", "2025-09-15", "2025-10-14")
lopay("epay_109", "LO-INV-84109", "ines.cardoso@tidepool.studio", "monthly", "1999.00", "359.82",
      "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
lopay("epay_110", "LO-INV-84110", "ines.cardoso@tidepool.studio", "monthly", "1999.00", "359.82",
      "2025-09-16T10:00:00", "2025-09-15", "2025-10-14")
lopay("epay_111", "LO-INV-84111", "ines.cardoso@tidepool.studio", "monthly", "1999.00", "359.82",
      "2025-09-25T10:00:00", "2025-09-15", "2025-10-14")
mail("e06-triple-partly-late", "Ines Cardoso <ines.cardoso@tidepool.studio>", LO_TO,
     "you keep charging me for the same month", d(2025, 9, 25, 18, 0),
     "Hi,\nThis is the third time I've been billed for the Sept 15 - Oct 14 period: once on the 15th, "
     "again on the 16th and again today. Same amount every time. Please refund the duplicates "
     "(LO-INV-84110 and LO-INV-84111).\nInes\n")
case("e06-triple-partly-late", ["e06-triple-partly-late"], LO, "decided", [],
     [dec("refund", "approve", "1999.00")],
     "section 8 three or more identical charges: duplicates are 2025-09-16 and 2025-09-25; request "
     "2025-09-25: the 09-16 charge is day 9 (outside L3), the 09-25 charge day 0 (inside) -> refund only "
     "the one inside, 1999.00")

# e07 claims double charge, ledger shows one
cust("paul.okafor@okaforlegalpartners.ng", "Paul Okafor", "annual", "2025-09-26", "2026-09-25")
lopay("epay_112", "LO-INV-84112", "paul.okafor@okaforlegalpartners.ng", "annual", "11988.00",
      "2157.84", "2025-09-26T13:00:00", "2025-09-26", "2026-09-25")
mail("e07-dup-not-in-ledger", "Paul Okafor <paul.okafor@okaforlegalpartners.ng>", LO_TO,
     "charged twice - annual", d(2025, 9, 28, 9, 20),
     "Good morning,\n\nMy bank statement shows the annual fee of 11,988 taken twice on Friday. Invoice "
     "LO-INV-84112. Kindly refund the second debit.\n\nPaul Okafor\n")
case("e07-dup-not-in-ledger", ["e07-dup-not-in-ledger"], LO, "decided", [], [dec("refund", "escalate")],
     "section 3 L4: duplicate_payment inside the window (day 2) but the ledger has only one paid charge "
     "-> escalate; section 1: never trust the email over the ledger")

# e08 access failure outside the window
cust("hannah.kim@seedlingtutors.com", "Hannah Kim", "monthly", "2025-09-01", "2025-09-30")
lopay("epay_113", "LO-INV-84113", "hannah.kim@seedlingtutors.com", "monthly", "1499.00", "269.82",
      "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
mail("e08-access-late", "Hannah Kim <hannah.kim@seedlingtutors.com>", LO_TO,
     "can't log in - refund", d(2025, 9, 12, 10, 0),
     "Hi,\nI haven't been able to log in since about the 3rd - the dashboard just shows a blank white "
     "page. Since I paid for September (LO-INV-84113) and couldn't use it, I'd like my money back.\n"
     "Hannah\n")
case("e08-access-late", ["e08-access-late"], LO, "decided", [], [dec("refund", "deny")],
     "section 3 L2 access_failure but charge 2025-09-01, request 2025-09-12 = day 11 > 7 -> L3 deny")

# e09 billing error via Outlook forward by the registered sender herself
cust("rachel.bloom@bloomandco.com", "Rachel Bloom", "quarterly", "2025-09-19", "2025-12-18")
lopay("epay_114", "LO-INV-84114", "rachel.bloom@bloomandco.com", "annual", "11988.00", "2157.84",
      "2025-09-19T10:00:00", "2025-09-19", "2026-09-18")
mail("e09-fw-wrong-plan", "Rachel Bloom <rachel.bloom@bloomandco.com>", LO_TO, "FW: Your receipt",
     d(2025, 9, 22, 9, 45),
     "Hi - this is wrong. I'm on the quarterly plan and you charged me for annual instead. Please fix "
     "and refund.\n\nRachel Bloom | Bloom & Co.\n\n"
     "________________________________\n"
     "From: LeadsOptima Billing <billing@leadsoptima.com>\n"
     "Sent: Friday, September 19, 2025 10:00 AM\n"
     "To: rachel.bloom@bloomandco.com\n"
     "Subject: Your receipt\n\n"
     "Invoice LO-INV-84114\nPlan: Annual\nAmount: INR 11,988.00 + GST 2,157.84\n")
case("e09-fw-wrong-plan", ["e09-fw-wrong-plan"], LO, "decided", [], [dec("refund", "escalate")],
     "section 3 L2 billing_error ('charged for the wrong plan'); charge 2025-09-19, request 2025-09-22 "
     "day 3; L5 escalate. Outlook forward of our own receipt by the registered sender: the sender is "
     "on record and the named address is hers, so no C2 and no C7 (the From is the customer)")

# e10 L1 deny: too expensive
cust("marco.ricci@riccitiles.com", "Marco Ricci", "monthly", "2025-09-26", "2025-10-25")
lopay("epay_115", "LO-INV-84115", "marco.ricci@riccitiles.com", "monthly", "2999.00", "539.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
mail("e10-too-expensive", "Marco Ricci <marco.ricci@riccitiles.com>", LO_TO, "refund request",
     d(2025, 9, 27, 15, 0),
     "Hello,\nHonestly it's just too expensive for a business our size. I'd like a refund of "
     "LO-INV-84115 please.\nMarco\n")
case("e10-too-expensive", ["e10-too-expensive"], LO, "decided", [], [dec("refund", "deny")],
     "section 3 L1: 'too expensive' is not an exception -> deny, cancellation offered")

# e11 cancel + refund unused days
cust("tanya.brooks@brookswellness.com", "Tanya Brooks", "quarterly", "2025-08-10", "2025-11-09")
lopay("epay_116", "LO-INV-84116", "tanya.brooks@brookswellness.com", "quarterly", "3999.00", "719.82",
      "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
mail("e11-cancel-prorate", "Tanya Brooks <tanya.brooks@brookswellness.com>", LO_TO,
     "Cancel + refund remaining weeks", d(2025, 9, 20, 12, 0),
     "Hi,\nPlease cancel my quarterly plan. We're closing the studio at the end of the month, so I'd "
     "also like the unused ~6 weeks refunded (invoice LO-INV-84116).\nTanya\n")
case("e11-cancel-prorate", ["e11-cancel-prorate"], LO, "decided", [],
     [dec("refund", "deny"), dec("cancellation", "cancel", eff="2025-11-09")],
     "section 3 L1/L8: no partial refunds for unused days -> refund deny; cancel effective "
     "current_period_end 2025-11-09")

# e12 reason is only a signature
cust("jon.avery@averybuilds.com", "Jon Avery", "monthly", "2025-09-25", "2025-10-24")
lopay("epay_117", "LO-INV-84117", "jon.avery@averybuilds.com", "monthly", "1999.00", "359.82",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
mail("e12-signature-only", "Jon Avery <jon.avery@averybuilds.com>", LO_TO, "Refund - LO-INV-84117",
     d(2025, 9, 26, 9, 0),
     "Please refund invoice LO-INV-84117.\n\n--\nJon Avery\nProject Manager | Avery Builds\n"
     "M: +1 (415) 555-0143\nBuilding better since 1998\n\nSent from Outlook for iOS\n"
     "CONFIDENTIALITY NOTICE: This message may contain privileged information. If you are not the "
     "intended recipient, please delete it.\n")
case("e12-signature-only", ["e12-signature-only"], LO, "need_info", [], [],
     "section 8 what a reason is: restating the request, signature and disclaimer are not reasons -> "
     "need_info [reason] (plan from the ledger, invoice given)", missing=["reason"])

# e13 reason only a forwarding note over our own receipt
cust("sofia.lind@nordlight.se", "Sofia Lind", "monthly", "2025-09-23", "2025-10-22")
lopay("epay_118", "LO-INV-84118", "sofia.lind@nordlight.se", "monthly", "1499.00", "269.82",
      "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
mail("e13-fwd-note-only", "Sofia Lind <sofia.lind@nordlight.se>", LO_TO, "Fwd: Payment receipt",
     d(2025, 9, 24, 13, 30),
     "Please see below and refund this.\n\nSofia\n\n"
     "---------- Forwarded message ---------\n"
     "From: LeadsOptima <noreply@leadsoptima.com>\n"
     "Date: Tue, Sep 23, 2025 at 10:00 AM\n"
     "Subject: Payment receipt\n"
     "To: <sofia.lind@nordlight.se>\n\n"
     "Thanks for your payment. Invoice LO-INV-84118, Monthly plan, INR 1,499.00.\n")
case("e13-fwd-note-only", ["e13-fwd-note-only"], LO, "need_info", [], [],
     "section 8: 'please see below' is a forwarding note, not a reason; the forwarded receipt names the "
     "sender's own address (no C2) -> need_info [reason]", missing=["reason"])

# e14 C2: assistant forwards the boss's request (Outlook)
cust("david.chen@chenlogistics.com", "David Chen", "annual", "2025-03-01", "2026-02-28")
lopay("epay_119", "LO-INV-84119", "david.chen@chenlogistics.com", "annual", "11988.00", "2157.84",
      "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
mail("e14-fw-assistant-c2", "Megan Ortiz <megan.ortiz@chenlogistics.com>", LO_TO,
     "FW: LeadsOptima subscription", d(2025, 9, 17, 11, 0),
     "Hi LeadsOptima team, forwarding on David's behalf. Thanks, Megan (EA to David Chen)\n\n"
     "-----Original Message-----\n"
     "From: David Chen <david.chen@chenlogistics.com>\n"
     "Sent: Wednesday, September 17, 2025 9:12 AM\n"
     "To: Megan Ortiz <megan.ortiz@chenlogistics.com>\n"
     "Subject: LeadsOptima subscription\n\n"
     "Megan - please ask them to cancel our annual LeadsOptima plan, registered under "
     "david.chen@chenlogistics.com. We're moving to the Salesforce add-on.\n")
case("e14-fw-assistant-c2", ["e14-fw-assistant-c2"], LO, "need_info", ["C2"], [],
     "section 8 forwards: the forwarded request names registered email david.chen@chenlogistics.com, "
     "the sender is megan.ortiz@chenlogistics.com -> C2")

# e15 C2: +tag address
cust("kate.wu@wuphoto.com", "Kate Wu", "monthly", "2025-09-05", "2025-10-04")
lopay("epay_120", "LO-INV-84120", "kate.wu@wuphoto.com", "monthly", "999.00", "179.82",
      "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
mail("e15-plus-tag", "Kate Wu <kate.wu+billing@wuphoto.com>", LO_TO, "cancel my plan",
     d(2025, 9, 19, 10, 10),
     "Hi, please cancel my monthly plan, I'm taking a break from client work for a while. Kate\n")
case("e15-plus-tag", ["e15-plus-tag"], LO, "need_info", ["C2"], [],
     "section 8 addresses: a +tag makes another address; kate.wu+billing@wuphoto.com is not the "
     "registered kate.wu@wuphoto.com -> C2")

# e16 sender address in different case is the same address
cust("tom.baker@bakerco.com", "Tom Baker", "quarterly", "2025-07-15", "2025-10-14")
lopay("epay_121", "LO-INV-84121", "tom.baker@bakerco.com", "quarterly", "3999.00", "719.82",
      "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
mail("e16-case-insensitive", "Tom Baker <Tom.Baker@BakerCo.com>", LO_TO, "Cancellation",
     d(2025, 9, 16, 17, 0),
     "Hello,\n\nPlease cancel the subscription at the end of the current quarter. Nothing wrong with the "
     "product, we just hired an in-house marketer.\n\nRegards,\nTom\n")
case("e16-case-insensitive", ["e16-case-insensitive"], LO, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-14")],
     "section 8 addresses compare case-insensitively: Tom.Baker@BakerCo.com is the registered email; "
     "L8 cancel effective 2025-10-14")

# e17 Reply-To is the registered address, From is not
cust("amara.nwosu@kolaproperties.com", "Amara Nwosu", "monthly", "2025-09-09", "2025-10-08")
lopay("epay_122", "LO-INV-84122", "amara.nwosu@kolaproperties.com", "monthly", "1999.00", "359.82",
      "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
mail("e17-reply-to", "Amara Nwosu <amara.n.personal@yahoo.com>", LO_TO, "cancel",
     d(2025, 9, 21, 20, 0),
     "Hi, please cancel my plan. Replies to my work address please. Thanks, Amara\n",
     headers={"Reply-To": "amara.nwosu@kolaproperties.com"})
case("e17-reply-to", ["e17-reply-to"], LO, "need_info", ["C2"], [],
     "section 8: the sender is the From address; Reply-To never verifies anyone -> C2")

# e18 thread: access failure, invoice asked, answered
cust("li.wei@harbourdental.com.au", "Li Wei", "monthly", "2025-09-25", "2025-10-24")
lopay("epay_123", "LO-INV-84123", "li.wei@harbourdental.com.au", "monthly", "2499.00", "449.82",
      "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("epay_124", "LO-INV-84124", "li.wei@harbourdental.com.au", "monthly", "2499.00", "449.82",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
m = mail("e18-thread-1", "Li Wei <li.wei@harbourdental.com.au>", LO_TO, "Platform won't load",
         d(2025, 9, 27, 8, 0),
         "Hi, since this month's renewal the platform won't load at all - spinning wheel forever, tried "
         "3 browsers. Your chat support couldn't fix it. I want this month refunded.\nLi\n")
mail("e18-thread-2", "Li Wei <li.wei@harbourdental.com.au>", LO_TO, "RE: Platform won't load",
     d(2025, 9, 28, 9, 15),
     "It's lo-inv-84124.\n\n-----Original Message-----\nFrom: LeadsOptima Support\n"
     "Please send us the invoice number of the charge.\n", reply_to=m)
case("e18-thread-invoice", ["e18-thread-1", "e18-thread-2"], LO, "decided", [],
     [dec("refund", "escalate")],
     "section 2 C3: answer merged; 'lo-inv-84124' = LO-INV-84124; L2 access_failure; charge 2025-09-25, "
     "request (first email) 2025-09-27 day 2; L6 escalate")

# e19 chargeback threat: refund and cancellation both escalate
cust("brian.walsh@walshmotors.ie", "Brian Walsh", "monthly", "2025-09-28", "2025-10-27")
lopay("epay_125", "LO-INV-84125", "brian.walsh@walshmotors.ie", "monthly", "1499.00", "269.82",
      "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("epay_126", "LO-INV-84126", "brian.walsh@walshmotors.ie", "monthly", "1499.00", "269.82",
      "2025-09-28T10:02:00", "2025-09-28", "2025-10-27")
mail("e19-chargeback-both", "Brian Walsh <brian.walsh@walshmotors.ie>", LO_TO,
     "Double charge + cancel", d(2025, 9, 29, 7, 30),
     "You charged me twice yesterday (LO-INV-84126 is the extra one). Refund it and cancel my account. "
     "If it's not back by Friday I'll file a chargeback with my bank.\nBrian\n")
case("e19-chargeback-both", ["e19-chargeback-both"], LO, "decided", ["C4"],
     [dec("refund", "escalate"), dec("cancellation", "escalate")],
     "section 2 C4 + section 8 'C4 covers the whole case': chargeback threat escalates every intent, the "
     "cancellation included")

# e21 bounce (DSN) from MAILER-DAEMON
EMAILS["emails/e21-bounce.eml"] = (
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.fernleaf.in>\r\n"
    "To: support@leadsoptima.com\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "Date: Thu, 25 Sep 2025 06:10:00 +0530\r\n"
    "Message-ID: <e21-bounce.en@mx.fernleaf.in>\r\n"
    "Auto-Submitted: auto-replied\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
    "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
    "Your message about your refund request could not be delivered to nisha.old@fernleaf.in: "
    "mailbox unavailable.\r\n\r\n"
    "--b1\r\nContent-Type: message/delivery-status\r\n\r\n"
    "Reporting-MTA: dns; mx.fernleaf.in\r\n\r\n"
    "Final-Recipient: rfc822; nisha.old@fernleaf.in\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
    "--b1--\r\n").encode("ascii")
case("e21-bounce", ["e21-bounce"], LO, "ignore", ["C7"], [],
     "section 2 C7: MAILER-DAEMON sender, delivery-status report (RFC 3464) -> ignore")

# e22 our own address
mail("e22-own-address", "LeadsOptima <noreply@leadsoptima.com>", LO_TO,
     "Weekly digest: 14 refund requests", d(2025, 9, 29, 6, 0),
     "Summary: 14 refund requests, 9 cancellations this week. Please cancel duplicate tickets.\n")
case("e22-own-address", ["e22-own-address"], LO, "ignore", ["C7"], [],
     "section 2 C7: mail from the brand's own address noreply@leadsoptima.com -> ignore")

# e23 annual cancel, fallback from last charge
cust("greta.olsen@olsenbakery.dk", "Greta Olsen", "annual")
lopay("epay_127", "LO-INV-84127", "greta.olsen@olsenbakery.dk", "annual", "11988.00", "2157.84",
      "2024-10-10T12:00:00", None, None)
mail("e23-annual-fallback", "Greta Olsen <greta.olsen@olsenbakery.dk>", LO_TO,
     "don't renew annual", d(2025, 9, 30, 15, 20),
     "Hi,\nOur annual plan renews on Oct 10th I think - please cancel so it doesn't renew. We're "
     "retiring and selling the bakery.\nGreta\n")
case("e23-annual-fallback", ["e23-annual-fallback"], LO, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-09")],
     "section 3 L8: no current_period_end; last charge 2024-10-10 + 12 months - 1 day = 2025-10-09")

# e24 how-to
cust("ravi.menon@menonconsult.in", "Ravi Menon", "quarterly", "2025-08-01", "2025-10-31")
mail("e24-howto-export", "Ravi Menon <ravi.menon@menonconsult.in>", LO_TO, "export leads?",
     d(2025, 9, 23, 10, 0),
     "Hey, quick one - how do I export my leads to CSV? The export button is greyed out. My meeting got "
     "cancelled so I have time to sort this today.\nRavi\n")
case("e24-howto-export", ["e24-howto-export"], LO, "other", [], [],
     "how-to question; 'meeting got cancelled' is not a cancellation request -> other")

# e25 duplicate whose second charge failed
cust("chloe.martin@martinflorals.com", "Chloe Martin", "monthly", "2025-09-26", "2025-10-25")
lopay("epay_128", "LO-INV-84128", "chloe.martin@martinflorals.com", "monthly", "1499.00", "269.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("epay_129", "LO-INV-84129", "chloe.martin@martinflorals.com", "monthly", "1499.00", "269.82",
      "2025-09-26T10:01:00", "2025-09-26", "2025-10-25", status="failed")
mail("e25-dup-failed", "Chloe Martin <chloe.martin@martinflorals.com>", LO_TO, "charged twice?",
     d(2025, 9, 27, 11, 11),
     "Hi, I got two payment emails for the same month. Second one is LO-INV-84129. I think I was "
     "charged twice, please refund the extra.\nChloe\n")
case("e25-dup-failed", ["e25-dup-failed"], LO, "decided", [], [dec("refund", "escalate")],
     "section 8 payments not paid: LO-INV-84129 is 'failed' -> escalate (and L4 finds no pair of paid "
     "charges -> escalate)")

# e58 refund only, explicitly not cancelling
cust("sam.oyelaran@oyelaranmedia.com", "Sam Oyelaran", "quarterly", "2025-09-24", "2025-12-23")
lopay("epay_130", "LO-INV-84130", "sam.oyelaran@oyelaranmedia.com", "quarterly", "3999.00", "719.82",
      "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
lopay("epay_131", "LO-INV-84131", "sam.oyelaran@oyelaranmedia.com", "quarterly", "3999.00", "719.82",
      "2025-09-24T10:05:00", "2025-09-24", "2025-12-23")
mail("e58-not-cancelling", "Sam Oyelaran <sam.oyelaran@oyelaranmedia.com>", LO_TO,
     "duplicate payment (not cancelling!)", d(2025, 9, 25, 14, 0),
     "Hi team, I don't want to cancel - we love the tool - but your system took the quarterly payment "
     "twice yesterday. Please refund the duplicate, LO-INV-84131.\nCheers, Sam\n")
case("e58-not-cancelling", ["e58-not-cancelling"], LO, "decided", [],
     [dec("refund", "approve", "3999.00")],
     "section 8 negation: 'I don't want to cancel' adds no cancellation; L4 approve 3999.00, day 1")

# e59 polite question that is a real request
cust("emily.hart@hartcounselling.co.uk", "Emily Hart", "monthly", "2025-09-29", "2025-10-28")
lopay("epay_132", "LO-INV-84132", "emily.hart@hartcounselling.co.uk", "monthly", "999.00", "179.82",
      "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
lopay("epay_133", "LO-INV-84133", "emily.hart@hartcounselling.co.uk", "monthly", "999.00", "179.82",
      "2025-09-29T09:00:40", "2025-09-29", "2025-10-28")
mail("e59-would-it-be-possible", "Emily Hart <emily.hart@hartcounselling.co.uk>", LO_TO,
     "Query re payment", d(2025, 9, 30, 8, 30),
     "Hello,\n\nWould it be possible to get a refund? I seem to have been charged twice yesterday for "
     "the same month (the second one is LO-INV-84133).\n\nKind regards,\nEmily Hart\n")
case("e59-would-it-be-possible", ["e59-would-it-be-possible"], LO, "decided", [],
     [dec("refund", "approve", "999.00")],
     "a polite question about an existing charge is a request, not a hypothetical (section 8 concerns "
     "'before buying'); L4 approve 999.00, day 1")

# e60 cancel at end of cycle, date typed
cust("ben.adler@adlerdental.com", "Ben Adler", "quarterly", "2025-07-13", "2025-10-12")
lopay("epay_134", "LO-INV-84134", "ben.adler@adlerdental.com", "quarterly", "3999.00", "719.82",
      "2025-07-13T10:00:00", "2025-07-13", "2025-10-12")
mail("e60-cancel-end-cycle", "Ben Adler <ben.adler@adlerdental.com>", LO_TO, "end of cycle cancel",
     d(2025, 9, 26, 16, 0),
     "Hi - please cancel effective end of this billing cycle (Oct 12th I believe). Not renewing, our "
     "practice is being acquired.\nBen\n")
case("e60-cancel-end-cycle", ["e60-cancel-end-cycle"], LO, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-12")],
     "section 3 L8: effective current_period_end 2025-10-12")

# e61 quoted history only, thanks note
cust("zoe.hammond@hammondfit.com", "Zoe Hammond", "monthly", "2025-09-10", "2025-10-09")
mail("e61-thanks-quoted", "Zoe Hammond <zoe.hammond@hammondfit.com>", LO_TO,
     "Re: Charged twice [LO-3301]", d(2025, 9, 25, 12, 0),
     "Got it, thank you! All sorted, nothing else needed.\n\nZoe\n\n"
     "On Wed, 24 Sep 2025 at 11:02, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
     "> Hi Zoe, you were charged twice and we have refunded the duplicate charge.\n"
     "> Please cancel any duplicate payment you see pending.\n",
     reply_to="<LO-3301.reply-1@leadsoptima.com>")
case("e61-thanks-quoted", ["e61-thanks-quoted"], LO, "other", [], [],
     "only quoted history mentions refunds; the new text thanks and asks nothing -> other")

# e62 Apple Mail forward of a bank alert by the registered sender, with a reason on top
cust("nina.ross@rossarch.com", "Nina Ross", "monthly", "2025-09-28", "2025-10-27")
lopay("epay_135", "LO-INV-84135", "nina.ross@rossarch.com", "monthly", "2999.00", "539.82",
      "2025-09-28T22:00:00", "2025-09-28", "2025-10-27")
lopay("epay_136", "LO-INV-84136", "nina.ross@rossarch.com", "monthly", "2999.00", "539.82",
      "2025-09-28T22:01:00", "2025-09-28", "2025-10-27")
mail("e62-apple-fwd-bank", "Nina Ross <nina.ross@rossarch.com>", LO_TO, "Fwd: Transaction alert",
     d(2025, 9, 29, 9, 0),
     "You took this twice last night - refund the second one please, LO-INV-84136.\n\nSent from my "
     "iPhone\n\nBegin forwarded message:\n\n"
     "From: HDFC Bank Alerts <alerts@hdfcbank.example>\n"
     "Date: 28 September 2025 at 10:01:12 PM IST\n"
     "To: nina.ross@rossarch.com\n"
     "Subject: Transaction alert\n\n"
     "Rs.3538.82 debited from card xx4417 at LEADSOPTIMA on 28-09-25. Rs.3538.82 debited from card "
     "xx4417 at LEADSOPTIMA on 28-09-25.\n")
case("e62-apple-fwd-bank", ["e62-apple-fwd-bank"], LO, "decided", [],
     [dec("refund", "approve", "2999.00")],
     "forward read for its request; 'took this twice' = duplicate; two paid 2999.00 charges same period "
     "2025-09-28; request day 1; L4 approve the amount before tax 2999.00 (the alert's 3538.82 includes "
     "tax, C6)")

# e67 'cancel' in an unrelated sense
cust("oliver.grant@grantcpa.com", "Oliver Grant", "annual", "2025-05-01", "2026-04-30")
mail("e67-cancel-demo", "Oliver Grant <oliver.grant@grantcpa.com>", LO_TO, "onboarding demo",
     d(2025, 9, 18, 9, 30),
     "Hi, our onboarding demo on Friday got cancelled on our side (sorry!). Can we reschedule it to "
     "next Tuesday afternoon?\nOliver\n")
case("e67-cancel-demo", ["e67-cancel-demo"], LO, "other", [], [],
     "rescheduling a demo; 'got cancelled' is not a subscription cancellation -> other")

# e68 trial account asks for a refund
cust("lena.vogel@vogelprint.de", "Lena Vogel", "monthly", status="trial", trial_ends="2025-10-03")
mail("e68-trial-refund", "Lena Vogel <lena.vogel@vogelprint.de>", LO_TO, "refund",
     d(2025, 9, 26, 10, 0),
     "Hi, it's not for us, the lead lists don't cover Germany well. Please refund me.\nLena\n")
case("e68-trial-refund", ["e68-trial-refund"], LO, "decided", [], [dec("refund", "deny")],
     "section 3 L7: trial account, no charges -> deny, reply says no billing occurs unless they subscribe",
     ambiguous="a trial has no invoice to quote; decided L7 deny rather than need_info [invoice_number]")

# e73 cancellation whose only 'reason' is 'do the needful'
cust("suresh.pillai@pillaiandsons.in", "Suresh Pillai", "monthly", "2025-09-07", "2025-10-06")
lopay("epay_137", "LO-INV-84137", "suresh.pillai@pillaiandsons.in", "monthly", "1499.00", "269.82",
      "2025-09-07T10:00:00", "2025-09-07", "2025-10-06")
mail("e73-do-the-needful", "Suresh Pillai <suresh.pillai@pillaiandsons.in>", LO_TO,
     "Subscription cancellation", d(2025, 9, 24, 10, 45),
     "Dear Sir/Madam,\n\nKindly cancel my subscription at the earliest. Do the needful.\n\nThanks & "
     "Regards,\nSuresh Pillai\nPillai & Sons\nSent from my Galaxy\n")
case("e73-do-the-needful", ["e73-do-the-needful"], LO, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-06")],
     "section 3: for a LeadsOptima cancellation the reason does not hold it up; L8 cancel effective "
     "current_period_end 2025-10-06")

# ---------------------------------------------------------------- Optima WebDesign
# e30 hosting annual: customer's local date day 14, IST date day 15
proj("Maple Leaf Realty Site", "admin@mapleleafrealty.ca", "2025-06-01T10:00:00")
owpay("epay_301", "OWD-2025-501", "Maple Leaf Realty Site", "hosting_annual", "12000.00", "2160.00",
      "2025-09-09T10:00:00", setup_fee="1200.00", service_start="2025-09-10")
mail("e30-hosting-tz-day15", "Maple Leaf Realty <admin@mapleleafrealty.ca>", OWD_TO,
     "Refund Request — Maple Leaf Realty Site / OWD-2025-501", d(2025, 9, 24, 22, 30,
                                                                   timezone(timedelta(hours=-4))),
     "Hi,\n\nWe'd like to cancel the annual hosting for Maple Leaf Realty Site and get the prorated "
     "refund - we're within the 14 days (service started Sept 10, today is Sept 24). Our brokerage "
     "moved everything to the franchise's platform.\n\nThanks,\nClaire Dubois\n")
case("e30-hosting-tz-day15", ["e30-hosting-tz-day15"], OWD, "decided", [], [dec("refund", "deny")],
     "section 1: windows in the brand's zone; Date 2025-09-24 22:30 -0400 = 2025-09-25 08:00 IST; "
     "service_start 2025-09-10 day 0 -> day 15 > 14: O5 deny (the customer's own date says 14)",
     extra_ok=True)

# e31 hosting annual on day 14, amount with rounding
proj("Cedar & Sage Cafe Site", "hello@cedarsage.cafe", "2025-05-01T10:00:00")
owpay("epay_302", "OWD-2025-502", "Cedar & Sage Cafe Site", "hosting_annual", "14999.00", "2699.82",
      "2025-09-15T10:00:00", setup_fee="1500.00", service_start="2025-09-15")
mail("e31-hosting-day14", "Cedar & Sage <hello@cedarsage.cafe>", OWD_TO,
     "cancel hosting OWD-2025-502", d(2025, 9, 29, 23, 50),
     "Hello,\nPlease cancel the annual hosting plan for Cedar & Sage Cafe Site and refund what's due. "
     "We signed with the POS vendor's bundled hosting by mistake and don't need two.\nJas\n")
case("e31-hosting-day14", ["e31-hosting-day14"], OWD, "decided", [],
     [dec("refund", "approve", "12374.08")],
     "section 4 O5: service_start 2025-09-15, request 2025-09-29 23:50 IST = day 14 (inside); "
     "monthly_value = (14999.00 - 1500.00) / 12 = 1124.9166...; refund = 14999.00 - 1500.00 - "
     "1124.9166... = 12374.0833... -> 12374.08 (rounded once, C6)", extra_ok=True)

# e32 maintenance before service starts
proj("Brightwater Clinic Portal", "ops@brightwaterclinic.com", "2025-04-01T10:00:00")
owpay("epay_303", "OWD-2025-503", "Brightwater Clinic Portal", "maintenance_annual", "36000.00",
      "6480.00", "2025-09-26T10:00:00", setup_fee="6000.00", service_start="2025-10-05")
mail("e32-maint-before-start", "Brightwater Ops <ops@brightwaterclinic.com>", OWD_TO,
     "Refund Request — Brightwater Clinic Portal", d(2025, 9, 28, 11, 0),
     "Hello,\n\nWe paid for the annual maintenance plan (OWD-2025-503) but the hospital group has "
     "decided to centralise IT maintenance, so we need to cancel it before it starts on 5 Oct and get "
     "the refund.\n\nMaria Lopez, Operations\n")
case("e32-maint-before-start", ["e32-maint-before-start"], OWD, "decided", [],
     [dec("refund", "approve", "27500.00")],
     "section 4 O5 + section 8 'before the service starts consumed_months is 1': (36000.00 - 6000.00) "
     "/ 12 = 2500.00; refund = 36000.00 - 6000.00 - 2500.00 = 27500.00", extra_ok=True)

# e33 maintenance, half-up rounding
proj("Pinecrest Tutors Site", "accounts@pinecresttutors.com", "2025-03-01T10:00:00")
owpay("epay_304", "OWD-2025-504", "Pinecrest Tutors Site", "maintenance_annual", "10000.00", "1800.00",
      "2025-09-19T10:00:00", setup_fee="999.99", service_start="2025-09-20")
mail("e33-maint-rounding", "Pinecrest Tutors <accounts@pinecresttutors.com>", OWD_TO,
     "maintenance refund - OWD-2025-504", d(2025, 9, 23, 10, 0),
     "Hi,\nWe'd like to cancel the Pinecrest Tutors Site maintenance plan and get the pro-rated refund; "
     "the school board is taking over the website from next term.\nBest, Anil\n")
case("e33-maint-rounding", ["e33-maint-rounding"], OWD, "decided", [],
     [dec("refund", "approve", "8250.01")],
     "section 4 O5: day 3; monthly_value = (10000.00 - 999.99) / 12 = 750.000833...; refund = 10000.00 - "
     "999.99 - 750.000833... = 8250.009166... -> 8250.01 (half-up once at the end, C6)", extra_ok=True)

# e34 third party SSL + plugin
proj("Northwind Legal Docs Site", "it@northwinddocs.com", "2025-02-01T10:00:00")
owpay("epay_305", "OWD-2025-505", "Northwind Legal Docs Site", "third_party", "6500.00", "1170.00",
      "2025-09-20T10:00:00")
mail("e34-ssl-plugins", "Northwind IT <it@northwinddocs.com>", OWD_TO,
     "SSL/plugin charges - OWD-2025-505", d(2025, 9, 22, 12, 30),
     "Hi,\nInvoice OWD-2025-505 covers the SSL certificate and the premium forms plugin. Turns out our "
     "hosting includes free SSL, so we'd like that money back.\nThanks, Priyanka\n")
case("e34-ssl-plugins", ["e34-ssl-plugins"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O6: third_party (SSL, plugins) never refundable -> deny")

# e35 setup fee
proj("Harborview Marina Site", "office@harborviewmarina.com", "2025-08-01T10:00:00")
owpay("epay_306", "OWD-2025-506", "Harborview Marina Site", "setup", "5000.00", "900.00",
      "2025-09-05T10:00:00")
mail("e35-setup-fee", "Harborview Marina <office@harborviewmarina.com>", OWD_TO,
     "setup fee refund OWD 2025 506", d(2025, 9, 12, 9, 0),
     "Hello, we never ended up using the booking system you set up, the owners chose a different one. "
     "Please refund the Rs. 5,000 setup fee (OWD 2025 506) for Harborview Marina Site.\nTom\n")
case("e35-setup-fee", ["e35-setup-fee"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O6: setup/activation fees never refundable -> deny; 'OWD 2025 506' = OWD-2025-506")

# e36 change request
proj("Silverline Yoga Site", "namaste@silverlineyoga.com", "2025-07-01T10:00:00")
owpay("epay_307", "OWD-2025-507", "Silverline Yoga Site", "change_request", "7500.00", "1350.00",
      "2025-09-18T10:00:00")
mail("e36-change-request", "Silverline Yoga <namaste@silverlineyoga.com>", OWD_TO,
     "change request refund", d(2025, 9, 24, 18, 0),
     "Hi, we paid 7,500 for the extra class-schedule page (CR invoice OWD-2025-507) for Silverline Yoga "
     "Site. Honestly the page looks almost the same as before, we don't think it was worth it - can we "
     "have that back?\nMeera\n")
case("e36-change-request", ["e36-change-request"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O6: change requests never refundable -> deny")

# e37 milestone not started, amount in Indian grouping
proj("Kestrel Logistics Portal", "pm@kestrellogistics.in", "2025-07-15T10:00:00")
owpay("epay_308", "OWD-2025-508", "Kestrel Logistics Portal", "milestone", "120000.00", "21600.00",
      "2025-09-10T10:00:00", milestone_status="not_started")
mail("e37-milestone-lakh", "Kestrel PM <pm@kestrellogistics.in>", OWD_TO,
     "Refund Request — Kestrel Logistics Portal / OWD-2025-508", d(2025, 9, 25, 10, 0),
     "Dear Optima team,\n\nWe paid ₹1,20,000 + GST for Milestone 3 (driver app) in advance. Management "
     "has shelved the driver app for this financial year, and no work has begun on it. Please refund "
     "that milestone.\n\nRegards,\nVikram\n")
case("e37-milestone-lakh", ["e37-milestone-lakh"], OWD, "decided", [],
     [dec("refund", "approve", "120000.00")],
     "section 4 O3: milestone not_started -> approve its amount before tax 120000.00 (email's "
     "'₹1,20,000 + GST' agrees; the ledger decides)")

# e38 milestone completed
proj("Quartz Studio Branding", "hi@quartzstudio.design", "2025-07-01T10:00:00")
owpay("epay_309", "OWD-2025-509", "Quartz Studio Branding", "milestone", "45000.00", "8100.00",
      "2025-08-01T10:00:00", milestone_status="completed")
mail("e38-milestone-completed", "Quartz Studio <hi@quartzstudio.design>", OWD_TO,
     "logo milestone", d(2025, 9, 15, 14, 0),
     "Hi,\nThe logo package (OWD-2025-509) was delivered, but after living with it for a few weeks we "
     "just don't love it. We'd like a refund for Quartz Studio Branding's logo milestone.\nAva\n")
case("e38-milestone-completed", ["e38-milestone-completed"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O3/O6: completed milestone -> deny")

# e39 discovery scheduled after the request
proj("Riverbend Winery Site", "events@riverbendwinery.com", "2025-09-30T11:00:00")
owpay("epay_310", "OWD-2025-510", "Riverbend Winery Site", "discovery", "18000.00", "3240.00",
      "2025-09-22T10:00:00")
mail("e39-discovery-before-session", "Riverbend Winery <events@riverbendwinery.com>", OWD_TO,
     "cancel discovery session + refund", d(2025, 9, 29, 16, 0),
     "Hi,\nWe have our strategy workshop booked for tomorrow (30th) but we have to pull out - the "
     "winery sale just went through and the new owners have their own agency. Please refund the "
     "discovery fee for the Riverbend Winery Site, OWD-2025-510.\nSarah\n")
case("e39-discovery-before-session", ["e39-discovery-before-session"], OWD, "decided", [],
     [dec("refund", "approve", "18000.00")],
     "section 4 O1: work_started_at 2025-09-30 11:00 is later than the request 2025-09-29 16:00 -> "
     "refundable in full, 18000.00", extra_ok=True)

# e40 deposit at 71h59m, Date in UTC
proj("Lumen Optics Store", "founder@lumenoptics.in")
owpay("epay_311", "OWD-2025-511", "Lumen Optics Store", "deposit", "20000.00", "3600.00",
      "2025-09-20T09:30:00")
mail("e40-deposit-71h59", "Lumen Optics <founder@lumenoptics.in>", OWD_TO,
     "deposit refund OWD-2025-511", d(2025, 9, 23, 3, 59, UTC),
     "Hi,\nPlease refund the booking deposit for Lumen Optics Store. Our seed round fell through so "
     "we can't go ahead. No work has started as far as I know.\nKabir\n")
case("e40-deposit-71h59", ["e40-deposit-71h59"], OWD, "decided", [],
     [dec("refund", "approve", "20000.00")],
     "section 4 O2: paid 2025-09-20 09:30 IST; Date 2025-09-23 03:59 UTC = 09:29 IST = 71 h 59 min < 72 h; "
     "no work -> approve 20000.00")

# e72 deposit, Date in -0700 and just under 72h
proj("Sagebrush Ceramics Shop", "studio@sagebrushceramics.com")
owpay("epay_312", "OWD-2025-512", "Sagebrush Ceramics Shop", "deposit", "15000.00", "2700.00",
      "2025-09-24T20:00:00")
mail("e72-deposit-pdt", "Sagebrush Ceramics <studio@sagebrushceramics.com>", OWD_TO,
     "Refund Request — Sagebrush Ceramics Shop", d(2025, 9, 27, 7, 29, timezone(timedelta(hours=-7))),
     "Good morning,\n\nI'd like to withdraw from the Sagebrush Ceramics Shop project and get the "
     "deposit back (OWD-2025-512). I've been offered a teaching job and won't be selling online this "
     "year.\n\nThank you,\nJune\n")
case("e72-deposit-pdt", ["e72-deposit-pdt"], OWD, "decided", [], [dec("refund", "approve", "15000.00")],
     "section 4 O2: paid 2025-09-24 20:00 IST; Date 2025-09-27 07:29 -0700 = 14:29 UTC = 19:59 IST = "
     "71 h 59 min < 72 h; no work -> approve 15000.00", extra_ok=True)

# e41 retainer, exactly 7 days' notice
proj("Atlas Fitness Site", "gm@atlasfitness.in", "2025-01-08T10:00:00")
owpay("epay_313", "OWD-2025-513", "Atlas Fitness Site", "retainer", "25000.00", "4500.00",
      "2025-09-08T10:00:00", period_start="2025-09-08", period_end="2025-10-07",
      next_billing_at="2025-10-08T00:00:00")
mail("e41-retainer-7days", "Atlas Fitness <gm@atlasfitness.in>", OWD_TO,
     "Ending our retainer - Atlas Fitness Site", d(2025, 10, 1, 9, 0),
     "Hi team,\n\nThis is our notice that we're ending the monthly retainer for Atlas Fitness Site "
     "(last invoice OWD-2025-513). We've hired a full-time marketing coordinator who'll handle the "
     "site.\n\nThanks for everything,\nRohan\n")
case("e41-retainer-7days", ["e41-retainer-7days"], OWD, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-07")],
     "section 1/O4: next_billing_at 2025-10-08; cutoff 2025-10-08 - 7 = 2025-10-01; request 2025-10-01 "
     "is on the cutoff -> enough notice; effective 2025-10-07")

# e42 retainer, 6 days' notice
proj("Bluebell Preschool Site", "director@bluebellpreschool.in", "2025-02-06T10:00:00")
owpay("epay_314", "OWD-2025-514", "Bluebell Preschool Site", "retainer", "8000.00", "1440.00",
      "2025-09-06T10:00:00", period_start="2025-09-06", period_end="2025-10-05",
      next_billing_at="2025-10-06T00:00:00")
mail("e42-retainer-6days", "Bluebell Preschool <director@bluebellpreschool.in>", OWD_TO,
     "cancel retainer", d(2025, 9, 30, 11, 0),
     "Hello,\nPlease cancel the website retainer for Bluebell Preschool Site (OWD-2025-514). The trust "
     "has frozen all non-essential spending.\nMrs. Fernandes\n")
case("e42-retainer-6days", ["e42-retainer-6days"], OWD, "decided", [],
     [dec("cancellation", "cancel", eff="2025-11-05")],
     "section 4 O4: next_billing_at 2025-10-06, cutoff 2025-09-29; request 2025-09-30 later -> next cycle "
     "2025-10-06..2025-11-05 billed, effective 2025-11-05")

# e43 retainer next cycle prepaid, late notice
proj("Copperleaf Accounting Site", "partners@copperleafaccounting.com", "2025-01-01T10:00:00")
owpay("epay_315", "OWD-2025-515", "Copperleaf Accounting Site", "retainer", "12000.00", "2160.00",
      "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02",
      next_billing_at="2025-10-03T00:00:00")
owpay("epay_316", "OWD-2025-516", "Copperleaf Accounting Site", "retainer", "12000.00", "2160.00",
      "2025-09-25T10:00:00", period_start="2025-10-03", period_end="2025-11-02",
      next_billing_at="2025-11-03T00:00:00")
mail("e43-retainer-prepaid-late", "Copperleaf Partners <partners@copperleafaccounting.com>", OWD_TO,
     "stop the retainer", d(2025, 9, 29, 10, 0),
     "Hi,\nWe'd like to stop the Copperleaf Accounting Site retainer (OWD-2025-515). Our firm is merging "
     "with another practice and their IT team takes over next month.\nRegards, Daniel\n")
case("e43-retainer-prepaid-late", ["e43-retainer-prepaid-late"], OWD, "decided", [],
     [dec("cancellation", "cancel", eff="2025-11-02")],
     "section 4 O4: next_billing_at 2025-10-03, cutoff 2025-09-26; request 2025-09-29 is later -> the next "
     "cycle 2025-10-03..2025-11-02 is billed (already paid, OWD-2025-516), effective 2025-11-02; the "
     "section 8 escalation needs at least 7 days' notice, which is not the case")

# e44 Apple Mail forward of own note, no reason
proj("Harbor Cafe Site", "owner@harborcafe.co", "2025-03-01T10:00:00")
owpay("epay_317", "OWD-2025-517", "Harbor Cafe Site", "retainer", "6000.00", "1080.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T00:00:00")
mail("e44-apple-fwd-no-reason", "Harbor Cafe <owner@harborcafe.co>", OWD_TO,
     "Fwd: retainer", d(2025, 9, 22, 8, 10),
     "FYI - see below.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
     "From: Harbor Cafe <owner@harborcafe.co>\n"
     "Date: 21 September 2025 at 9:02:11 PM GMT+5:30\n"
     "To: Luis Harbor <luis.harbor@gmail.com>\n"
     "Subject: retainer\n\n"
     "Luis, I'm going to cancel the Harbor Cafe Site retainer with Optima, invoice OWD-2025-517.\n")
case("e44-apple-fwd-no-reason", ["e44-apple-fwd-no-reason"], OWD, "need_info", [], [],
     "section 8: 'FYI - see below' is a forwarding note; the forwarded text states no reason; Optima "
     "requires a reason for cancellations -> need_info [reason]; sender is the contract email, the "
     "other address (luis.harbor@gmail.com) is not named as the contract email -> no C2",
     missing=["reason"])

# e45 Thunderbird forward naming the contract email
proj("Ironbridge Gym Site", "billing@ironbridgegym.com", "2025-09-24T10:00:00")
owpay("epay_318", "OWD-2025-518", "Ironbridge Gym Site", "milestone", "30000.00", "5400.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
mail("e45-tbird-fwd-c2", "Kyle Bennett <kyle.bennett@protonmail.com>", OWD_TO,
     "Fwd: Refund Request — Ironbridge Gym Site", d(2025, 9, 26, 13, 0),
     "Forwarding as requested.\n\n-------- Forwarded Message --------\n"
     "Subject: \tRefund Request — Ironbridge Gym Site\n"
     "Date: \tFri, 26 Sep 2025 11:40:02 +0530\n"
     "From: \tIronbridge Billing <billing@ironbridgegym.com>\n"
     "To: \tKyle Bennett <kyle.bennett@protonmail.com>\n\n"
     "Kyle, please send this to Optima from your side: we want a refund of milestone OWD-2025-518 "
     "(booking module, not started) since we switched to Mindbody. Our contract email is "
     "billing@ironbridgegym.com.\n")
case("e45-tbird-fwd-c2", ["e45-tbird-fwd-c2"], OWD, "need_info", ["C2"], [],
     "section 8 forwards: forwarded request names contract email billing@ironbridgegym.com, sender is "
     "kyle.bennett@protonmail.com -> C2")

# e46 Outlook forward by the contract address of a colleague's message, with reason
proj("Willow Creek Dental Site", "practice@willowcreekdental.com")
owpay("epay_319", "OWD-2025-519", "Willow Creek Dental Site", "deposit", "16000.00", "2880.00",
      "2025-09-28T15:00:00")
mail("e46-outlook-fwd-colleague", "Willow Creek Dental <practice@willowcreekdental.com>", OWD_TO,
     "FW: website deposit", d(2025, 9, 29, 10, 30),
     "Hello Optima, please treat the note below from our practice manager as our refund request for the "
     "deposit OWD-2025-519 (Willow Creek Dental Site).\n\nDr. Aisha Khan\n\n"
     "From: Tina Morales <tina.morales@willowcreekdental.com>\n"
     "Sent: Monday, September 29, 2025 9:15 AM\n"
     "To: practice@willowcreekdental.com\n"
     "Subject: website deposit\n\n"
     "Dr. Khan - the corporate group we're joining supplies a website to every clinic, so we won't need "
     "Optima's build. We should ask for the deposit back before the 72 hours are up.\n")
case("e46-outlook-fwd-colleague", ["e46-outlook-fwd-colleague"], OWD, "decided", [],
     [dec("refund", "approve", "16000.00")],
     "sender is the contract email; the forwarded block's other address is not named as the contract "
     "email, so C2 does not apply; reason: the group supplies a website; O2: paid 2025-09-28 15:00, "
     "request 2025-09-29 10:30 = 19.5 h, no work -> approve 16000.00")

# e47 lawyer threat on a cancellation
proj("Granite Peak Builders Site", "office@granitepeakbuilders.com", "2025-04-01T10:00:00")
owpay("epay_320", "OWD-2025-520", "Granite Peak Builders Site", "retainer", "18000.00", "3240.00",
      "2025-09-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11",
      next_billing_at="2025-10-12T00:00:00")
mail("e47-lawyer-cancel", "Granite Peak Builders <office@granitepeakbuilders.com>", OWD_TO,
     "Termination of retainer", d(2025, 9, 20, 17, 0),
     "To whom it may concern,\n\nWe are terminating the Granite Peak Builders Site retainer "
     "(OWD-2025-520) effective immediately due to repeated missed deadlines. Our lawyer has been copied "
     "and will follow up if any further invoice is raised.\n\nM. Greene, Director\n")
case("e47-lawyer-cancel", ["e47-lawyer-cancel"], OWD, "decided", ["C4"],
     [dec("cancellation", "escalate")],
     "section 2 C4 + section 8: mention of a lawyer escalates every intent, the cancellation included")

# e48 statutory rights mention on a refund
proj("Meadowlark Books Site", "shop@meadowlarkbooks.co.uk", "2025-09-01T10:00:00")
owpay("epay_321", "OWD-2025-521", "Meadowlark Books Site", "milestone", "28000.00", "5040.00",
      "2025-09-01T10:00:00", milestone_status="in_progress")
mail("e48-statutory-rights", "Meadowlark Books <shop@meadowlarkbooks.co.uk>", OWD_TO,
     "Refund Request — Meadowlark Books Site (OWD-2025-521)", d(2025, 9, 23, 14, 0),
     "Hello,\nThe catalogue milestone is weeks behind and what we've seen doesn't match the SoW. We "
     "want our money back for it. I'd remind you that my statutory rights as a consumer apply "
     "regardless of your policy.\nRegards, Fiona\n")
case("e48-statutory-rights", ["e48-statutory-rights"], OWD, "decided", ["C4"],
     [dec("refund", "escalate")],
     "section 2 C4: mention of statutory rights -> escalate")

# e49 thread: cancellation without reason, reason given in the answer
proj("Orchid Spa Site", "manager@orchidspa.in", "2025-05-01T10:00:00")
owpay("epay_322", "OWD-2025-522", "Orchid Spa Site", "retainer", "9000.00", "1620.00",
      "2025-09-25T10:00:00", period_start="2025-09-25", period_end="2025-10-24",
      next_billing_at="2025-10-25T00:00:00")
m = mail("e49-thread-1", "Orchid Spa <manager@orchidspa.in>", OWD_TO,
         "Cancel retainer - Orchid Spa Site - OWD-2025-522", d(2025, 9, 26, 12, 0),
         "Hi, please cancel our monthly retainer for Orchid Spa Site, invoice OWD-2025-522.\n"
         "Regards,\nPooja Nair\nManager, Orchid Spa\n")
mail("e49-thread-2", "Orchid Spa <manager@orchidspa.in>", OWD_TO,
     "Re: Cancel retainer - Orchid Spa Site - OWD-2025-522", d(2025, 9, 27, 10, 0),
     "Sure - the reason is that the spa is being sold and the new owner has a web team.\nPooja\n\n"
     "> Could you tell us the reason for the cancellation?\n", reply_to=m)
case("e49-thread-reason", ["e49-thread-1", "e49-thread-2"], OWD, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-24")],
     "section 2 C3: reason supplied in the reply; O4: request time = first email 2025-09-26; "
     "next_billing_at 2025-10-25, cutoff 2025-10-18 -> cancel effective 2025-10-24")

# e50 other: asks for the SoW
proj("Falcon Freight Site", "ops@falconfreight.in", "2025-06-01T10:00:00")
mail("e50-sow-request", "Falcon Freight <ops@falconfreight.in>", OWD_TO, "SoW copy",
     d(2025, 9, 17, 15, 0),
     "Hi, could you resend the signed SoW for the Falcon Freight Site? Our auditors need it. No changes "
     "to the project.\nThanks\n")
case("e50-sow-request", ["e50-sow-request"], OWD, "other", [], [],
     "neither refund nor cancellation -> other")

# e51 hypothetical retainer question
proj("Juniper Law Office Site", "admin@juniperoffice.com", "2025-02-01T10:00:00")
owpay("epay_323", "OWD-2025-523", "Juniper Law Office Site", "retainer", "11000.00", "1980.00",
      "2025-09-14T10:00:00", period_start="2025-09-14", period_end="2025-10-13",
      next_billing_at="2025-10-14T00:00:00")
mail("e51-hypothetical-retainer", "Juniper Office <admin@juniperoffice.com>", OWD_TO,
     "question about the retainer", d(2025, 9, 19, 12, 0),
     "Hi,\nJust a question for planning - if we decided to cancel the retainer sometime next year, how "
     "much notice would you need, and would we get anything back for the month we're in? We're not "
     "cancelling now.\nThanks, Greta\n")
case("e51-hypothetical-retainer", ["e51-hypothetical-retainer"], OWD, "other", [], [],
     "section 8: a hypothetical ('if we decided to cancel') with 'not cancelling now' is a policy "
     "question -> other")

# e53 brand's own address
mail("e53-own-address", "Optima WebDesign Support <support@optimawebdesign.com>", OWD_TO,
     "Fwd: refund request from client", d(2025, 9, 24, 9, 0),
     "Forwarding to billing desk. Client wants a refund of their deposit.\n")
case("e53-own-address", ["e53-own-address"], OWD, "ignore", ["C7"], [],
     "section 2 C7: mail from the brand's own address -> ignore")

# e54 customer ticketing system auto-generated acknowledgement
mail("e54-auto-generated", "Acme Helpdesk <helpdesk@acmeventures.example>", OWD_TO,
     "[Ticket #88213] We received your message: Refund Request", d(2025, 9, 25, 9, 30),
     "This is an automated acknowledgement. Your request regarding 'Refund Request' has been logged "
     "as ticket #88213. Please do not reply.\n",
     headers={"Auto-Submitted": "auto-generated"})
case("e54-auto-generated", ["e54-auto-generated"], OWD, "ignore", ["C7"], [],
     "section 2 C7: Auto-Submitted: auto-generated -> ignore")

# e55 refund of a payment already refunded
proj("Sunrise Pediatrics Site", "admin@sunrisepeds.com")
owpay("epay_324", "OWD-2025-524", "Sunrise Pediatrics Site", "deposit", "14000.00", "2520.00",
      "2025-09-26T10:00:00", status="refunded")
mail("e55-refunded-status", "Sunrise Pediatrics <admin@sunrisepeds.com>", OWD_TO,
     "deposit refund - OWD-2025-524", d(2025, 9, 27, 11, 0),
     "Hello, we decided not to proceed with Sunrise Pediatrics Site because the hospital network "
     "provides one. Please refund the deposit OWD-2025-524.\nThanks, Carla\n")
case("e55-refunded-status", ["e55-refunded-status"], OWD, "decided", [], [dec("refund", "escalate")],
     "section 8: payments not paid (here 'refunded') -> refund escalate, although O2 timing would allow it")

# e57 negation: not cancelling the project, wants rush fee back
proj("Tidewater Events Site", "team@tidewaterevents.com", "2025-09-01T10:00:00")
owpay("epay_325", "OWD-2025-525", "Tidewater Events Site", "rush", "9500.00", "1710.00",
      "2025-09-10T10:00:00")
mail("e57-rush-not-cancel", "Tidewater Events <team@tidewaterevents.com>", OWD_TO,
     "rush fee", d(2025, 9, 25, 16, 30),
     "Hi,\nWe are NOT cancelling the Tidewater Events Site project, but we want the rush fee "
     "(OWD-2025-525) back - you missed the date we paid extra for by four days.\nJordan\n")
case("e57-rush-not-cancel", ["e57-rush-not-cancel"], OWD, "decided", [], [dec("refund", "deny")],
     "section 8 negation: no cancellation intent; O6 rush fees never refundable -> deny")

# e69 PO reference typed with spaces
proj("Beacon Charter School Site", "finance@beaconcharter.org", "2025-08-01T10:00:00")
owpay("epay_326", "PO-4471", "Beacon Charter School Site", "milestone", "38000.00", "6840.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
mail("e69-po-reference", "Beacon Finance <finance@beaconcharter.org>", OWD_TO,
     "refund - PO 4471", d(2025, 9, 24, 11, 0),
     "Good morning,\n\nThe board did not approve phase 2 (parent portal) of the Beacon Charter School "
     "Site, so we'd like the prepayment for it refunded. Our reference is PO 4471. Work on phase 2 "
     "hasn't started.\n\nFinance Office\n")
case("e69-po-reference", ["e69-po-reference"], OWD, "decided", [],
     [dec("refund", "approve", "38000.00")],
     "section 8 invoice references ignore spaces/hyphens: 'PO 4471' = PO-4471; O3 milestone not_started "
     "-> approve 38000.00")

# e70 HTML-only Outlook mail, deposit too late
proj("Crescent Moon Bakery Site", "orders@crescentmoonbakery.com")
owpay("epay_327", "OWD-2025-527", "Crescent Moon Bakery Site", "deposit", "12000.00", "2160.00",
      "2025-09-19T12:00:00")
mail("e70-html-deposit-late", "Crescent Moon Bakery <orders@crescentmoonbakery.com>", OWD_TO,
     "Refund Request — Crescent Moon Bakery Site", d(2025, 9, 23, 10, 0),
     html="<html><head><style>p{margin:0}</style></head><body><div class=WordSection1><p class=MsoNormal>"
          "Hi Optima,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>We&#8217;ve decided to put the "
          "Crescent Moon Bakery Site on hold indefinitely &#8211; my business partner is leaving. Please "
          "refund the deposit (<b>OWD-2025-527</b>, &#8377;12,000 + GST).</p><p class=MsoNormal>&nbsp;"
          "</p><p class=MsoNormal>Thanks,<br>Hana</p></div></body></html>")
case("e70-html-deposit-late", ["e70-html-deposit-late"], OWD, "decided", [], [dec("refund", "deny")],
     "HTML-only; O2: paid 2025-09-19 12:00, request 2025-09-23 10:00 = 94 h >= 72 h -> deny")

# e71 OWD cancellation reason only 'please see attached'
proj("Redwood Physio Site", "clinic@redwoodphysio.com", "2025-04-01T10:00:00")
owpay("epay_328", "OWD-2025-528", "Redwood Physio Site", "retainer", "7000.00", "1260.00",
      "2025-09-21T10:00:00", period_start="2025-09-21", period_end="2025-10-20",
      next_billing_at="2025-10-21T00:00:00")
mail("e71-attached-no-reason", "Redwood Physio <clinic@redwoodphysio.com>", OWD_TO,
     "Cancellation — Redwood Physio Site — OWD-2025-528", d(2025, 9, 25, 9, 0),
     "Hi,\n\nPlease cancel the retainer for Redwood Physio Site as per the attached. Invoice OWD-2025-528."
     "\n\nKind regards,\n\nReception\nRedwood Physio | 12 Elm Rd\nThis e-mail is confidential.\n")
case("e71-attached-no-reason", ["e71-attached-no-reason"], OWD, "need_info", [], [],
     "section 8: 'as per the attached' plus signature/disclaimer is no reason; Optima requires one for "
     "cancellations -> need_info [reason]", missing=["reason"])

# e74 OWD both intents: refund a not-started milestone and cancel the project's retainer
proj("Lighthouse Tours Site", "book@lighthousetours.in", "2025-06-01T10:00:00")
owpay("epay_329", "OWD-2025-529", "Lighthouse Tours Site", "retainer", "10000.00", "1800.00",
      "2025-09-16T10:00:00", period_start="2025-09-16", period_end="2025-10-15",
      next_billing_at="2025-10-16T00:00:00")
mail("e74-retainer-cancel-no-refund", "Lighthouse Tours <book@lighthousetours.in>", OWD_TO,
     "Cancel retainer, no refund needed", d(2025, 9, 20, 15, 15),
     "Hi,\nWe'll stop the Lighthouse Tours Site retainer after this month (OWD-2025-529). No refund "
     "needed for September - we used it. Reason: the tourism board now runs bookings for all "
     "operators.\nArjun\n")
case("e74-retainer-cancel-no-refund", ["e74-retainer-cancel-no-refund"], OWD, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-15")],
     "section 8 negation ('No refund needed'); O4: next_billing_at 2025-10-16, cutoff 2025-10-09; "
     "request 2025-09-20 -> cancel effective 2025-10-15")

def main():
    for sub in ("emails",):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for rel, data in EMAILS.items():
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)
    ids = [p["id"] for p in payments]
    invs = [p["invoice"] for p in payments]
    assert len(set(ids)) == len(ids) and len(set(invs)) == len(invs)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d cases, %d emails" % (len(cases), len(EMAILS)))


if __name__ == "__main__":
    main()
