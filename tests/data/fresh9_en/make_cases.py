#!/usr/bin/env python3
"""Fresh held-out round 9, hard English (QA pass qa9c, written from POLICY_SPEC.md alone).

Writes ledger.json, emails/*.eml and expected.json beside this file. Deterministic, stdlib only.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "en"
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "billing@optimawebdesign.com"
OWDG = "optimawebdesigns12@gmail.com"

ledger = {"customers": [], "projects": [], "payments": []}
cases = []
_inv = set()


def cust(email, plan, ps=None, pe=None, status="active", trial_ends=None, name=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name or email.split("@")[0],
                                "plan": plan, "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax=None):
    assert inv not in _inv, inv
    _inv.add(inv)
    tax = tax if tax is not None else "%.2f" % (float(amount) * 0.18)
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    assert inv not in _inv, inv
    _inv.add(inv)
    ledger["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": "%.2f" % (float(amount) * 0.18),
                               "currency": "INR", "paid_at": paid_at, "status": status,
                               "setup_fee": setup_fee, "service_start": service_start,
                               "next_billing_at": next_billing_at, "period_start": period_start,
                               "period_end": period_end, "milestone_status": milestone_status})


def when(s, off=(5, 30)):
    tz = timezone(timedelta(hours=off[0], minutes=off[1])) if off != (0, 0) else timezone.utc
    return format_datetime(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def mail(cid, n, frm, to, subj, date, body, html=None, headers=None, reply_to=None, off=(5, 30)):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = when(date, off)
    m["Message-ID"] = "<%s.%d@mail.fresh9.example>" % (cid, n)
    if n > 1:
        prev = " ".join("<%s.%d@mail.fresh9.example>" % (cid, k) for k in range(1, n))
        m["In-Reply-To"] = "<%s.%d@mail.fresh9.example>" % (cid, n - 1)
        m["References"] = prev
    for k, v in (headers or {}).items():
        m[k] = v
    if html == "only":
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    fn = "emails/%s%s.eml" % (cid, "" if n == 1 else "-%d" % n)
    with open(os.path.join(HERE, fn), "wb") as f:
        f.write(m.as_bytes())
    return fn


def case(cid, files, brand, status, rules, decisions, spec, missing=None, extra_ok=False, ambiguous=None):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def dec(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    if eff:
        d["effective_date"] = eff
    return d


LO_B, OW_B = "leadsoptima", "optima_webdesign"
os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
for f in os.listdir(os.path.join(HERE, "emails")):
    os.remove(os.path.join(HERE, "emails", f))

# ---------------------------------------------------------------- LeadsOptima
e = "kavitha.n@brightlane.co.in"
cust(e, "monthly", "2025-09-10", "2025-10-09")
lopay("p_en01a", "LO-INV-81101", e, "monthly", "2499.00", "2025-09-10T08:02:00", "2025-09-10", "2025-10-09")
lopay("p_en01b", "LO-INV-81102", e, "monthly", "2499.00", "2025-09-10T08:03:10", "2025-09-10", "2025-10-09")
f = mail("l01", 1, "Kavitha N <%s>" % e, LO, "two debits on my card??", "2025-09-17 23:30",
         "Hi team,\n\nLooking at my HDFC statement I see you've debited me twice on the 10th, Rs 2,948.82 each time "
         "(2,499 + GST). Only one of them should be there. The second one is LO-INV-81102.\n"
         "Please reverse the extra one.\n\nthanks\nKavitha\nBrightlane Interiors | +91 98450 11223")
case("l01-dup-day7-late-evening", [f], LO_B, "decided", [], [dec("refund", "approve", "2499.00")],
     "L2 duplicate_payment ('debited me twice'); two paid monthly charges 2499.00 on 2025-09-10 same period; request 2025-09-17 23:30 IST = day 7, inside L3 (day 7 is inside); L4 refund the duplicate's amount before tax 2499.00 (C6)")

e = "rohan@quillstack.io"
cust(e, "quarterly", "2025-09-05", "2025-12-04")
lopay("p_en02a", "LO-INV-81110", e, "quarterly", "6999.00", "2025-09-05T11:00:00", "2025-09-05", "2025-12-04")
lopay("p_en02b", "LO-INV-81111", e, "quarterly", "6999.00", "2025-09-05T11:00:45", "2025-09-05", "2025-12-04")
f = mail("l02", 1, "Rohan Mehta <%s>" % e, LO, "Duplicate charge - LO-INV-81111", "2025-09-12 18:50",
         "Hello,\n\nWe were billed twice for the quarterly plan on 5 Sept (LO-INV-81110 and LO-INV-81111). "
         "Please refund the duplicate.\n\nRohan", off=(0, 0))
case("l02-dup-day8-via-utc-date", [f], LO_B, "decided", [], [dec("refund", "deny")],
     "Date header 2025-09-12 18:50 +0000 = 2025-09-13 00:20 IST (brand zone, section 1); charge local date 2025-09-05 is day 0, request is day 8 > 7: L3 deny")

e = "priya.venkat@orbitfoods.in"
cust(e, "annual", "2025-09-22", "2026-09-21")
lopay("p_en03", "LO-INV-81120", e, "annual", "23988.00", "2025-09-22T10:15:00", "2025-09-22", "2026-09-21")
f = mail("l03", 1, "Priya Venkat <%s>" % e, LO, "Charged twice for annual", "2025-09-24 09:10",
         "Hi,\nmy bank app shows the annual subscription was paid two times on 22/09. Invoice I have is LO-INV-81120. "
         "Kindly refund the duplicate payment.\n\nRegards,\nPriya")
case("l03-dup-not-in-ledger", [f], LO_B, "decided", [], [dec("refund", "escalate")],
     "L2 duplicate_payment claimed, inside window (day 2), but the ledger holds only one paid charge for the account: L4 'No such pair in the ledger: escalate'")

e = "accounts@tealroute.in"
cust(e, "quarterly", "2025-09-20", "2025-12-19")
for i, t in enumerate(["10:00:00", "10:00:30", "10:01:05"]):
    lopay("p_en04%d" % i, "LO-INV-8113%d" % i, e, "quarterly", "5997.00", "2025-09-20T" + t, "2025-09-20", "2025-12-19")
f = mail("l04", 1, "TealRoute Accounts <%s>" % e, LO, "Triple charge on 20 Sep", "2025-09-23 15:40",
         "Dear LeadsOptima,\n\nOur card got charged three times for the same quarterly renewal on 20 September "
         "(LO-INV-81130, LO-INV-81131, LO-INV-81132). Obviously a duplicate payment issue on your side. "
         "We need the two extra charges refunded.\n\nBest,\nAccounts Team, TealRoute Logistics")
case("l04-triple-charge", [f], LO_B, "decided", [], [dec("refund", "approve", "11994.00")],
     "Section 8 'Three or more identical charges': every charge after the first is a duplicate; both inside L3 (day 3); refund 5997.00 + 5997.00 = 11994.00")

e = "sameer.k@fernwave.com"
cust(e, "monthly", "2025-09-18", "2025-10-17")
lopay("p_en05", "LO-INV-81140", e, "monthly", "1999.00", "2025-09-18T06:30:00", "2025-09-18", "2025-10-17")
f = mail("l05", 1, "Sameer K <%s>" % e, LO, "charged even though I cancelled", "2025-09-19 12:05",
         "hi, I cancelled my plan back in August from the billing page but you still charged me on 18th - "
         "inv LO-INV-81140. This is a billing mistake, please refund it.\nSameer")
case("l05-charged-after-cancel", [f], LO_B, "decided", [], [dec("refund", "escalate")], extra_ok=True,
     spec="L2 billing_error ('still charged me' after cancelling = 'charged after I cancelled'); day 1 inside L3; L5 escalate. Past cancellation may also be read as a cancellation request (extra_ok)")

e = "nisha@dovetailhr.in"
cust(e, "annual", "2025-09-15", "2026-09-14")
lopay("p_en06", "LO-INV-81150", e, "annual", "17988.00", "2025-09-15T09:00:00", "2025-09-15", "2026-09-14")
f = mail("l06", 1, "Nisha Arora <%s>" % e, LO, "Can't log in since renewal", "2025-09-20 10:20",
         "Hello support,\n\nSince Tuesday I can't log in at all - the dashboard just spins and says session expired. "
         "Two tickets raised, nothing resolved. We renewed annual on 15th (LO-INV-81150). "
         "Since nobody can fix it, I want that payment refunded.\n\nNisha Arora\nDovetail HR")
case("l06-access-failure-inside", [f], LO_B, "decided", [], [dec("refund", "escalate")],
     "L2 access_failure ('can't log in'); day 5 inside L3; L6 escalate (verified and unresolved by support)")

e = "vikram@coastalcrm.in"
cust(e, "monthly", "2025-09-01", "2025-09-30")
lopay("p_en07", "LO-INV-81160", e, "monthly", "2499.00", "2025-09-01T07:45:00", "2025-09-01", "2025-09-30")
f = mail("l07", 1, "Vikram Shenoy <%s>" % e, LO, "platform not loading - refund", "2025-09-19 16:00",
         "Team, the platform is not loading for the last 2 weeks. I want a refund for LO-INV-81160.\n-- Vikram")
case("l07-access-outside", [f], LO_B, "decided", [], [dec("refund", "deny")],
     "L2 access_failure but charge 2025-09-01, request 2025-09-19 = day 18 > 7: L3 deny")

e = "ankit.b@pinewoodstudio.in"
cust(e, "monthly", "2025-09-25", "2025-10-24")
lopay("p_en08", "LO-INV-81170", e, "monthly", "1999.00", "2025-09-25T09:30:00", "2025-09-25", "2025-10-24")
f = mail("l08", 1, "Ankit B <%s>" % e, LO, "refund pls", "2025-09-26 11:11",
         "Hey, honestly we just haven't used LeadsOptima this month, the team moved to another tool. "
         "Can I get the money for LO-INV-81170 back? Cheers, Ankit")
case("l08-unused-deny", [f], LO_B, "decided", [], [dec("refund", "deny")],
     "L1: not using the product is not an exception reason: deny, cancellation offered (no cancellation decision expected: customer did not ask to cancel)")

e = "meera.iyer@lumenlabs.in"
cust(e, "quarterly", "2025-08-14", "2025-11-13")
lopay("p_en09", "LO-INV-81180", e, "quarterly", "5997.00", "2025-08-14T12:00:00", "2025-08-14", "2025-11-13")
f = mail("l09", 1, "Meera Iyer <%s>" % e, LO, "Cancel subscription", "2025-09-22 09:05",
         "Hi,\n\nTo be clear I'm NOT asking for a refund - just cancel the quarterly plan so it doesn't renew. "
         "We're consolidating tools.\n\nThanks,\nMeera")
case("l09-negated-refund-cancel", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2025-11-13")],
     "Negated refund adds no refund intent (section 8); L8 cancel, effective current_period_end 2025-11-13")

e = "darius@fablecraft.in"
cust(e, "monthly")
lopay("p_en10", "LO-INV-81190", e, "monthly", "2499.00", "2025-09-12T14:20:00", None, None)
f = mail("l10", 1, "Darius P <%s>" % e, LO, "please stop my plan", "2025-09-28 19:45",
         "Please cancel my LeadsOptima monthly plan effective end of this cycle. Budget cuts.\nDarius")
case("l10-cancel-fallback-end", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-11")],
     "L8: no current_period_end in the ledger; last charge 2025-09-12 + 1 month = 2025-10-12, minus one day = 2025-10-11")

e = "harsh.vardhan@kestrelcap.in"
cust(e, "annual", "2025-09-24", "2026-09-23")
lopay("p_en11", "LO-INV-81200", e, "annual", "23988.00", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
f = mail("l11", 1, "Harsh <harshv.personal@gmail.com>", LO, "Refund - double charged", "2025-09-26 08:30",
         "Hi, writing from my personal id. My registered email is harsh.vardhan@kestrelcap.in. "
         "We were charged twice for the annual plan, invoice LO-INV-81200. Please refund.\nHarsh")
case("l11-c2-personal-gmail", [f], LO_B, "need_info", ["C2"], [],
     "C2: From harshv.personal@gmail.com is not the registered email it names (harsh.vardhan@kestrelcap.in): need_info, ask to write from the address on record, no account details")

e = "finance@marigoldtours.in"
cust(e, "quarterly", "2025-09-16", "2025-12-15")
lopay("p_en12", "LO-INV-81210", e, "quarterly", "6999.00", "2025-09-16T10:00:00", "2025-09-16", "2025-12-15")
f = mail("l12", 1, "Ritu (Marigold) <ritu.s@marigoldtours.in>", LO, "FW: wrong amount charged", "2025-09-18 14:22",
         "Hi LeadsOptima team, please see below and do the needful.\n\nRitu\n\n"
         "________________________________\nFrom: Finance Marigold <finance@marigoldtours.in>\n"
         "Sent: Thursday, September 18, 2025 1:10 PM\nTo: Ritu S <ritu.s@marigoldtours.in>\n"
         "Subject: wrong amount charged\n\nRitu, LeadsOptima charged us 6,999 on LO-INV-81210 but our quarterly "
         "deal was 5,999. Wrong amount - can you get them to refund the difference? Account is finance@marigoldtours.in.\n")
case("l12-c2-outlook-forward", [f], LO_B, "need_info", ["C2"], [],
     "Section 8 Forwards: forwarded request names registered email finance@marigoldtours.in, sender is ritu.s@...: C2 need_info")

f = mail("l13", 1, "Gaurav T <gaurav.tandon@outlook.com>", LO, "Refund for my plan", "2025-09-21 17:00",
         "Hi, I was charged twice for the monthly plan this week, invoice LO-INV-99871. Please refund one.\nGaurav")
case("l13-unknown-sender", [f], LO_B, "need_info", ["C2"], [],
     "Sender not on record in LeadsOptima ledger (and invoice unknown): section 8 'The other brand's customer'/unknown sender treated under C2, C3: need_info; ledger has no match so never approve")

e = "tarun@zestkart.in"
cust(e, "monthly", "2025-09-20", "2025-10-19")
lopay("p_en14", "LO-INV-81220", e, "monthly", "2499.00", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
f = mail("l14", 1, "Tarun <%s>" % e, LO, "URGENT refund or chargeback", "2025-09-22 13:30",
         "I've been charged the wrong amount on LO-INV-81220. Refund it within 48 hours or I'm filing a chargeback "
         "with my card company. Tarun")
case("l14-c4-chargeback", [f], LO_B, "decided", ["C4"], [dec("refund", "escalate")],
     "C4 chargeback threat: escalate (whole case)")

e = "lakshmi@peacockprints.in"
cust(e, "annual", "2025-06-01", "2026-05-31")
lopay("p_en15", "LO-INV-81230", e, "annual", "17988.00", "2025-06-01T09:00:00", "2025-06-01", "2026-05-31")
f = mail("l15", 1, "Lakshmi R <%s>" % e, LO, "Cancellation + complaint", "2025-09-15 10:00",
         "Cancel my account right now. Your product has been useless and if this is not sorted I will approach "
         "the consumer forum.\nLakshmi Raghavan")
case("l15-c4-consumer-forum-cancel", [f], LO_B, "decided", ["C4"], [dec("cancellation", "escalate")],
     "C4 'consumer forum'; section 8: C4 covers the whole case, a cancellation included -> escalate")

f = mail("l16", 1, "Arjun Pillai <arjun.p@saltmarsh.in>", LO, "Automatic reply: Refund request [LO-2211]",
         "2025-09-23 09:00", "I am out of office until 29 September with limited access to email. "
         "For billing matters please contact finance@saltmarsh.in.\n\nArjun",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l16-c7-ooo", [f], LO_B, "ignore", ["C7"], [], "C7 Auto-Submitted: auto-replied -> ignore")

f = mail("l17", 1, "Mail Delivery Subsystem <MAILER-DAEMON@mx.bharatmail.in>", LO,
         "Undelivered Mail Returned to Sender", "2025-09-23 09:02",
         "This is the mail system at host mx.bharatmail.in.\n\nI'm sorry to have to inform you that your message "
         "could not be delivered to one or more recipients.\n\n<old.address@bharatmail.in>: mailbox unavailable\n"
         "\n--- original message ---\nSubject: Your refund request\nWe need your invoice number to process the refund.")
case("l17-c7-bounce", [f], LO_B, "ignore", ["C7"], [], "C7 MAILER-DAEMON sender, bounce -> ignore")

f = mail("l18", 1, "GrowthDigest <news@growthdigest.io>", LO, "5 ways to cut churn (and get refunds right)",
         "2025-09-24 07:00", "This week: how SaaS teams handle refunds and cancellations. Read more...\n"
         "Unsubscribe: https://growthdigest.io/u", headers={"Precedence": "bulk",
                                                            "List-Id": "GrowthDigest <weekly.growthdigest.io>"})
case("l18-c7-newsletter", [f], LO_B, "ignore", ["C7"], [], "C7 Precedence: bulk and List-Id -> ignore")

e = "shreya@papertrailco.in"
cust(e, "monthly", None, None, status="trial", trial_ends="2025-10-05")
f = mail("l19", 1, "Shreya <%s>" % e, LO, "question before upgrading", "2025-09-27 12:00",
         "Hi! I'm on the trial right now. If we upgrade to the annual plan and it doesn't work out for our team, "
         "would we be able to get a refund? Just want to know before paying.\nShreya")
case("l19-hypothetical", [f], LO_B, "other", [], [],
     "Section 8: 'would I get a refund if...' before buying is a policy question -> other")

e = "jose.dsouza@harbourlane.in"
cust(e, "quarterly", "2025-08-01", "2025-10-31")
lopay("p_en20", "LO-INV-81240", e, "quarterly", "5997.00", "2025-08-01T09:00:00", "2025-08-01", "2025-10-31")
f = mail("l20", 1, "Jose D'Souza <%s>" % e, LO, "How do I export leads?", "2025-09-25 15:15",
         "Hello, how can I export my leads list to CSV with the custom fields included? The export button only "
         "gives name and phone.\nThanks, Jose")
case("l20-howto-other", [f], LO_B, "other", [], [], "Neither refund nor cancellation: other")

e = "farah@cedarlytics.in"
cust(e, "monthly", None, None, status="trial", trial_ends="2025-10-03")
f = mail("l21", 1, "Farah Khan <%s>" % e, LO, "refund my trial", "2025-09-26 10:10",
         "I signed up for the free trial and I don't like the product. Please refund me and close it.\nFarah")
case("l21-trial-refund", [f], LO_B, "decided", [], [dec("refund", "deny")], extra_ok=True,
     spec="L7: account on free trial has no charges: deny (no billing unless they subscribe). 'close it' may add a cancellation (extra_ok)",
     ambiguous="The spec requires an invoice number for refunds, which a trial cannot have; L7 reads as deciding deny without asking for it")

e = "manoj@ridgelinebuild.in"
cust(e, "monthly", "2025-09-24", "2025-10-23")
lopay("p_en22a", "LO-INV-81250", e, "monthly", "1999.00", "2025-09-24T08:00:00", "2025-09-24", "2025-10-23")
lopay("p_en22b", "LO-INV-81251", e, "monthly", "1999.00", "2025-09-24T08:00:20", "2025-09-24", "2025-10-23")
f1 = mail("l22", 1, "Manoj <%s>" % e, LO, "charged 2 times", "2025-09-25 09:00",
          "Hi, you charged me 2 times yesterday for the monthly plan. Please return one.\nManoj")
f2 = mail("l22", 2, "Manoj <%s>" % e, LO, "Re: charged 2 times [LO-3301]", "2025-09-25 17:40",
          "Sorry, here it is: LO INV 81251 (the second one).\n\nManoj\n\n> On 25 Sep 2025, LeadsOptima Support wrote:\n"
          "> Could you share the invoice number of the charge?\n")
case("l22-thread-invoice-answered", [f1, f2], LO_B, "decided", [], [dec("refund", "approve", "1999.00")],
     "C3 invoice asked then answered (merged by In-Reply-To); 'LO INV 81251' = LO-INV-81251 (section 8 invoice references); L4 duplicate pair, day 1: approve 1999.00")

e = "kiran.m@bluepebble.in"
cust(e, "annual", "2025-09-26", "2026-09-25")
lopay("p_en23", "LO-INV-81260", e, "annual", "23988.00", "2025-09-26T09:00:00", "2025-09-26", "2026-09-25")
f = mail("l23", 1, "Kiran M <%s>" % e, LO, "Refund request LO-INV-81260", "2025-09-27 10:00",
         "Hello,\n\nPlease refund my payment for invoice LO-INV-81260.\n\nKind regards,\nKiran M\n"
         "Blue Pebble Realty\nThis email and any attachments are confidential and intended solely for the addressee.")
case("l23-no-reason", [f], LO_B, "need_info", [], [], missing=["reason"],
     spec="Section 8 'What a reason is': restating the request, sign-off and disclaimer are not reasons; plan filled from the ledger, invoice given -> missing reason")

e = "ops@saffronsprout.in"
cust(e, "monthly", "2025-09-27", "2025-10-26")
lopay("p_en24a", "LO-INV-81270", e, "monthly", "2499.00", "2025-09-27T07:00:00", "2025-09-27", "2025-10-26")
lopay("p_en24b", "LO-INV-81271", e, "monthly", "2499.00", "2025-09-27T07:00:12", "2025-09-27", "2025-10-26")
f = mail("l24", 1, "Saffron Sprout Ops <%s>" % e, LO, "Double charge + cancel", "2025-09-29 11:30",
         "Hi,\n1) We got a double charge on 27 Sept, the duplicate is LO-INV-81271 - refund that please.\n"
         "2) And please cancel the subscription after this month, we're shutting the project down.\nThanks")
case("l24-dup-and-cancel", [f], LO_B, "decided", [],
     [dec("refund", "approve", "2499.00"), dec("cancellation", "cancel", eff="2025-10-26")],
     "L4 duplicate pair day 2 -> approve 2499.00; L8 cancel effective current_period_end 2025-10-26")

e = "aditi@monsoonmedia.in"
cust(e, "annual", "2025-03-10", "2026-03-09")
lopay("p_en25", "LO-INV-81280", e, "annual", "17988.00", "2025-03-10T09:00:00", "2025-03-10", "2026-03-09")
f = mail("l25", 1, "Aditi <%s>" % e, LO, "Cancel annual", "2025-09-24 21:00",
         "<html><body><div style='font-family:Arial'><p>Hi LeadsOptima,</p><p>We have moved our sales team "
         "to a different CRM, so please <b>cancel our annual plan</b> so that it does not auto-renew "
         "next March.</p><p>Warm regards,<br>Aditi Kulkarni<br><i>Monsoon Media</i></p></div></body></html>",
         html="only")
case("l25-html-only-cancel", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2026-03-09")],
     "HTML-only mail; L8 cancel effective current_period_end 2026-03-09")

e = "yusuf@ironleafagro.in"
cust(e, "monthly", "2025-09-23", "2025-10-22")
lopay("p_en26", "LO-INV-81290", e, "annual", "23988.00", "2025-09-23T09:00:00", "2025-09-23", "2026-09-22")
f = mail("l26", 1, "Yusuf <%s>" % e, LO, "charged for annual instead of monthly", "2025-09-24 08:00",
         "Hello, I chose monthly but you charged me for the annual plan - Rs 23,988 + GST, invoice LO-INV-81290. "
         "Please fix and refund the difference.\nYusuf")
case("l26-wrong-plan", [f], LO_B, "decided", [], [dec("refund", "escalate")],
     "L2 billing_error ('charged for the wrong plan'); day 1; L5 escalate")

e = "pallavi@tinroofcafe.in"
cust(e, "monthly", "2025-09-21", "2025-10-20")
lopay("p_en27", "LO-INV-81300", e, "monthly", "1999.00", "2025-09-21T09:00:00", "2025-09-21", "2025-10-20",
      status="refunded")
f = mail("l27", 1, "Pallavi <%s>" % e, LO, "refund LO-INV-81300", "2025-09-24 10:00",
         "Hi, LO-INV-81300 was an overcharge - billing error. Please refund.\nPallavi")
case("l27-not-paid-status", [f], LO_B, "decided", [], [dec("refund", "escalate")],
     "Section 8 'Payments not paid': the charge's status is refunded -> refund escalated (and L5 would escalate anyway)")

e = "ravi.shankar@gridnest.in"
cust(e, "quarterly", "2025-09-26", "2025-12-25")
lopay("p_en28a", "LO-INV-81310", e, "quarterly", "6999.00", "2025-09-26T09:00:00", "2025-09-26", "2025-12-25")
lopay("p_en28b", "LO-INV-81311", e, "quarterly", "6999.00", "2025-09-26T09:02:00", "2025-09-26", "2025-12-25")
f = mail("l28", 1, "Ravi <%s>" % e, LO, "duplicate", "2025-09-27 22:00",
         "hey guys\npaid two times for the quarterly on friday by mistake (bank glitch?) - 2nd invoice is "
         "lo/inv/81311. pls send back one. thx\nravi")
case("l28-sloppy-invoice-dup", [f], LO_B, "decided", [], [dec("refund", "approve", "6999.00")],
     "'lo/inv/81311' = LO-INV-81311 (section 8); L4 duplicate pair, day 1 -> approve 6999.00")

e = "neha.joshi@cobaltcraft.in"
cust(e, "monthly", "2025-09-26", "2025-10-25")
lopay("p_en29", "LO-INV-81320", e, "monthly", "2499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
f = mail("l29", 1, "Neha Joshi <neha.joshi.cc@gmail.com>", LO, "cancel + refund", "2025-09-27 09:00",
         "Hi, please cancel and refund LO-INV-81320, I cannot log in since the renewal.\nNeha",
         headers={"Reply-To": e})
case("l29-reply-to-not-verify", [f], LO_B, "need_info", ["C2"], [],
     "Section 8: the sender is the From address; Reply-To (the registered email) never verifies: C2 need_info")

e = "deepak@kitehill.in"
cust(e, "monthly", "2025-09-15", "2025-10-14")
lopay("p_en30", "LO-INV-81330", e, "monthly", "1999.00", "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
f = mail("l30", 1, "Deepak <deepak+billing@kitehill.in>", LO, "Cancel", "2025-09-25 09:00",
         "Cancel my plan please, moving to a cheaper tool.\nDeepak")
case("l30-plus-tag-c2", [f], LO_B, "need_info", ["C2"], [],
     "Section 8: a +tag makes another address; deepak+billing@ is not on record -> C2")

e = "sunita.rao@amberfield.in"
cust(e, "quarterly", "2025-07-20", "2025-10-19")
lopay("p_en31", "LO-INV-81340", e, "quarterly", "5997.00", "2025-07-20T09:00:00", "2025-07-20", "2025-10-19")
f = mail("l31", 1, "SUNITA RAO <Sunita.Rao@AmberField.in>", LO, "CANCEL QUARTERLY", "2025-09-29 09:00",
         "PLEASE CANCEL MY QUARTERLY PLAN. NOT NEEDED ANY MORE.\nSUNITA")
case("l31-case-insensitive-address", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-19")],
     "Section 8 addresses compare case-insensitively: verified; L8 cancel effective 2025-10-19")

e = "irfan@bytebazaar.in"
cust(e, "annual", "2025-09-25", "2026-09-24")
lopay("p_en32", "LO-INV-81350", e, "annual", "23988.00", "2025-09-25T09:00:00", "2025-09-25", "2026-09-24")
f = mail("l32", 1, "Irfan <%s>" % e, LO, "Refund annual plan", "2025-09-26 13:00",
         "Hi, we paid for annual yesterday (LO-INV-81350) but it turns out it's too expensive for our budget "
         "this year. Can you refund it?\nIrfan")
case("l32-too-expensive", [f], LO_B, "decided", [], [dec("refund", "deny")],
     "L1 'too expensive' is not an exception reason: deny (inside window does not matter)")

e = "geeta@lotuslinen.in"
cust(e, "monthly", "2025-09-08", "2025-10-07")
lopay("p_en33", "LO-INV-81360", e, "monthly", "2499.00", "2025-09-08T09:00:00", "2025-09-08", "2025-10-07")
f = mail("l33", 1, "Geeta <%s>" % e, LO, "FW: cancel my plan", "2025-09-30 09:30",
         "Forwarding my earlier mail as I didn't hear back.\n\n---------- Forwarded message ---------\n"
         "From: Geeta <geeta@lotuslinen.in>\nDate: Fri, 26 Sep 2025 at 11:02\nSubject: cancel my plan\n"
         "To: <support@leadsoptima.com>\n\nHi, please cancel my monthly plan, the shop is closing for renovation.\nGeeta\n")
case("l33-self-forward-cancel", [f], LO_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-07")],
     "Forward by the registered address itself, carrying a cancellation: L8 cancel effective 2025-10-07")

proj("Nimbus Bakery Site", "owner@nimbusbakery.in")
f = mail("l34", 1, "Nimbus Bakery <owner@nimbusbakery.in>", LO, "Cancel subscription", "2025-09-26 09:00",
         "Hi, please cancel our subscription, we don't need it any more.\nNimbus Bakery")
case("l34-other-brand-customer", [f], LO_B, "need_info", ["C2"], [],
     "Section 8 'The other brand's customer': the address is on record only at Optima; LeadsOptima ledger has no such account -> C2")

e = "charu@sandalwoodspa.in"
cust(e, "monthly", "2025-09-30", "2025-10-29")
lopay("p_en35", "LO-INV-81370", e, "monthly", "1999.00", "2025-08-30T09:00:00", "2025-08-30", "2025-09-29")
lopay("p_en35b", "LO-INV-81371", e, "monthly", "1999.00", "2025-09-30T09:00:00", "2025-09-30", "2025-10-29")
f = mail("l35", 1, "Charu <%s>" % e, LO, "charged after cancelling!!", "2025-09-30 18:00",
         "I cancelled on the 14th via Billing > Cancel Plan and you charged me again today, LO-INV-81371. "
         "Refund this please. I do not want to continue.\nCharu")
case("l35-past-cancel-charged", [f], LO_B, "decided", [], [dec("refund", "escalate")], extra_ok=True,
     spec="Past event: 'I cancelled on the 14th and you charged me' = L2 billing_error, day 0; L5 escalate. 'do not want to continue' may add a cancellation (extra_ok)")

# ---------------------------------------------------------------- Optima WebDesign
proj("Kaveri Ayurveda Store", "founder@kaveriayurveda.in")
owpay("q_en01", "OWD-2025-301", "Kaveri Ayurveda Store", "deposit", "35000.00", "2025-09-20T10:00:00")
f = mail("o01", 1, "Anand (Kaveri Ayurveda) <founder@kaveriayurveda.in>", OWD,
         "Refund Request — Kaveri Ayurveda Store / OWD-2025-301", "2025-09-22 09:40",
         "Hello Optima team,\n\nWe paid the booking deposit of ₹41,300 (35,000 + GST) on Saturday for the "
         "Kaveri Ayurveda Store project. Our board has decided to put the e-commerce plan on hold for a year, "
         "so we'd like the deposit refunded. No work has begun as far as I know.\n\nRegards,\nAnand Krishnan")
case("o01-deposit-47h", [f], OW_B, "decided", [], [dec("refund", "approve", "35000.00")],
     "O2: paid 2025-09-20 10:00, request 2025-09-22 09:40 = 47h40m < 72h, no work started -> approve 35000.00 before tax (C6)")

proj("Tejas Dental Clinic", "dr.tejas@tejasdental.in")
owpay("q_en02", "OWD-2025-302", "Tejas Dental Clinic", "deposit", "20000.00", "2025-09-15T11:30:00")
f = mail("o02", 1, "Dr Tejas <dr.tejas@tejasdental.in>", OWDG, "deposit refund OWD-2025-302", "2025-09-18 11:30",
         "Hi, we've decided to go with a local developer for the Tejas Dental Clinic site. Please refund "
         "deposit OWD-2025-302.\nDr. Tejas Bhat")
case("o02-deposit-exactly-72h", [f], OW_B, "decided", [], [dec("refund", "deny")],
     "Section 8: exactly 72 hours after the deposit (2025-09-15 11:30 -> 2025-09-18 11:30) is not before 72 hours: deny (O2)")

proj("Vanya Handlooms", "team@vanyahandlooms.in", started="2025-09-24T10:00:00")
owpay("q_en03", "OWD-2025-303", "Vanya Handlooms", "deposit", "25000.00", "2025-09-23T15:00:00")
f = mail("o03", 1, "Vanya Team <team@vanyahandlooms.in>", OWD, "Cancel & refund deposit", "2025-09-25 12:00",
         "Hi,\nWe paid the deposit (OWD-2025-303) for Vanya Handlooms on Tuesday. Our funding fell through so we "
         "need to stop and get the deposit back.\nThanks, Meenal")
case("o03-deposit-work-started", [f], OW_B, "decided", [], [dec("refund", "deny")], extra_ok=True,
     spec="O2 'whichever occurs first': work_started_at 2025-09-24 10:00 before the request (2025-09-25 12:00, 45h) -> deny. 'need to stop' may be read as a cancellation (extra_ok)")

proj("Greenfield Co-op Portal", "it@greenfieldcoop.in")
owpay("q_en04", "OWD-2025-304", "Greenfield Co-op Portal", "discovery", "15000.00", "2025-09-10T10:00:00")
f = mail("o04", 1, "Greenfield IT <it@greenfieldcoop.in>", OWD, "Discovery workshop refund", "2025-09-19 10:00",
         "Dear Optima,\n\nWe paid for the discovery/strategy package (OWD-2025-304) for Greenfield Co-op Portal, but "
         "no session has been scheduled yet and the committee has since dropped the portal idea. "
         "Requesting a full refund.\n\nSanjay Patil\nIT Lead")
case("o04-discovery-not-started", [f], OW_B, "decided", [], [dec("refund", "approve", "15000.00")],
     "O1: no session/deliverable started (work_started_at empty) -> full refund 15000.00 before tax")

proj("Sparrow Kids Academy", "admin@sparrowkids.in", started="2025-09-12T10:00:00")
owpay("q_en05", "OWD-2025-305", "Sparrow Kids Academy", "discovery", "12000.00", "2025-09-08T10:00:00")
f = mail("o05", 1, "Sparrow Admin <admin@sparrowkids.in>", OWD, "Refund discovery fee", "2025-09-20 10:00",
         "Hi, after the first strategy call for Sparrow Kids Academy we felt the direction isn't right for us. "
         "Please refund OWD-2025-305.\nRegards, Nandini")
case("o05-discovery-started", [f], OW_B, "decided", [], [dec("refund", "deny")],
     "O1: sessions commenced (work_started_at 2025-09-12) before request -> deny")

proj("Halcyon Resorts Booking", "gm@halcyonresorts.in", started="2025-08-01T10:00:00")
owpay("q_en06", "OWD-2025-306", "Halcyon Resorts Booking", "milestone", "40000.00", "2025-09-01T10:00:00",
      milestone_status="not_started")
f = mail("o06", 1, "GM Halcyon <gm@halcyonresorts.in>", OWD, "Milestone 3 refund - OWD-2025-306", "2025-09-26 16:00",
         "Hi Optima team,\n\nWe've decided to drop the loyalty-program module (milestone 3, invoice OWD-2025-306) "
         "from the Halcyon Resorts Booking project - the chain is switching to a third-party loyalty vendor. "
         "Since that work hasn't started, please refund that milestone payment.\n\nBest,\nR. Menon, GM")
case("o06-milestone-not-started", [f], OW_B, "decided", [], [dec("refund", "approve", "40000.00")],
     "O3: milestone status not_started -> refund the milestone amount 40000.00 before tax")

proj("Quartz Legal Intranet", "cto@quartzlegal.in", started="2025-08-01T10:00:00")
owpay("q_en07", "OWD-2025-307", "Quartz Legal Intranet", "milestone", "55000.00", "2025-09-05T10:00:00",
      milestone_status="in_progress")
f = mail("o07", 1, "CTO Quartz <cto@quartzlegal.in>", OWD, "Refund for milestone OWD-2025-307", "2025-09-25 10:00",
         "Hi, the document-search milestone (OWD-2025-307) on Quartz Legal Intranet is way behind schedule and we've "
         "lost confidence in delivery. Please refund it.\nVarun")
case("o07-milestone-in-progress", [f], OW_B, "decided", [], [dec("refund", "escalate")],
     "O3: in_progress -> escalate (billable value of work not started needs a person)")

proj("Peony Bridal Lookbook", "hello@peonybridal.in", started="2025-07-01T10:00:00")
owpay("q_en08", "OWD-2025-308", "Peony Bridal Lookbook", "milestone", "30000.00", "2025-08-10T10:00:00",
      milestone_status="approved")
f = mail("o08", 1, "Peony Bridal <hello@peonybridal.in>", OWD, "refund - design milestone", "2025-09-22 10:00",
         "Hi, looking back the homepage design (milestone OWD-2025-308, Peony Bridal Lookbook) isn't what we "
         "wanted even though we signed it off. Can we get that money back?\nIshita")
case("o08-milestone-approved", [f], OW_B, "decided", [], [dec("refund", "deny")],
     "O3/O6: approved milestone -> deny")

proj("Rangoli Events Site", "accounts@rangolievents.in", started="2025-03-01T10:00:00")
owpay("q_en09", "OWD-2025-309", "Rangoli Events Site", "retainer", "18000.00", "2025-09-10T10:00:00",
      next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
f = mail("o09", 1, "Rangoli Accounts <accounts@rangolievents.in>", OWD, "Ending the monthly retainer",
         "2025-09-29 11:00",
         "Hello,\n\nPlease treat this as notice to cancel the monthly care retainer for Rangoli Events Site "
         "(last invoice OWD-2025-309). We're bringing maintenance in-house.\n\nThanks,\nSuresh")
case("o09-retainer-11-days", [f], OW_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-09")],
     "O4/O8: next_billing_at 2025-10-10; request 2025-09-29 <= 2025-10-03 (minus 7 days) -> cancel, effective the day before: 2025-10-09")

proj("Banyan Tutors App", "owner@banyantutors.in", started="2025-02-01T10:00:00")
owpay("q_en10", "OWD-2025-310", "Banyan Tutors App", "retainer", "22000.00", "2025-09-07T10:00:00",
      next_billing_at="2025-10-07", period_start="2025-09-07", period_end="2025-10-06")
f = mail("o10", 1, "Banyan Tutors <owner@banyantutors.in>", OWDG, "Retainer cancellation", "2025-09-30 23:50",
         "Hi, please cancel the Banyan Tutors App retainer (OWD-2025-310) - the app is being sunset at the end of "
         "this term.\nLeela")
case("o10-retainer-exactly-7", [f], OW_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-06")],
     "O4: next_billing_at 2025-10-07 minus 7 days = 2025-09-30; request local date 2025-09-30 (23:50 IST) is on that date -> enough notice, effective 2025-10-06")

proj("Marble Arch Realty", "pm@marblearch.in", started="2025-01-01T10:00:00")
owpay("q_en11", "OWD-2025-311", "Marble Arch Realty", "retainer", "25000.00", "2025-09-05T10:00:00",
      next_billing_at="2025-10-05", period_start="2025-09-05", period_end="2025-10-04")
f = mail("o11", 1, "Marble Arch PM <pm@marblearch.in>", OWD, "Cancel retainer", "2025-09-29 09:00",
         "Hi, we'd like to cancel the SEO retainer on Marble Arch Realty (OWD-2025-311). Results haven't justified "
         "the spend.\nKaran")
case("o11-retainer-6-days", [f], OW_B, "decided", [], [dec("cancellation", "cancel", eff="2025-11-04")],
     "O4: next_billing_at 2025-10-05 minus 7 = 2025-09-28; request 2025-09-29 is later -> next cycle (2025-10-05..2025-11-04, monthly like the current 09-05..10-04) is billed, effective its last day 2025-11-04")

proj("Indigo Yoga Studio", "studio@indigoyoga.in", started="2025-01-01T10:00:00")
owpay("q_en12", "OWD-2025-312", "Indigo Yoga Studio", "retainer", "15000.00", "2025-09-01T10:00:00",
      next_billing_at="2025-10-01", period_start="2025-09-01", period_end="2025-09-30")
owpay("q_en12b", "OWD-2025-313", "Indigo Yoga Studio", "retainer", "15000.00", "2025-09-12T10:00:00",
      next_billing_at="2025-11-01", period_start="2025-10-01", period_end="2025-10-31")
f = mail("o12", 1, "Indigo Yoga <studio@indigoyoga.in>", OWD, "stop retainer", "2025-09-14 10:00",
         "Hi, we paid October in advance (OWD-2025-313) but we're closing the Indigo Yoga Studio website "
         "as the studio is moving to Instagram only. Please cancel the retainer.\nAnjali")
case("o12-retainer-prepaid", [f], OW_B, "decided", [], [dec("cancellation", "escalate")], extra_ok=True,
     spec="Section 8 'Retainer paid in advance': next cycle (October) already paid and notice >= 7 days -> cancellation escalate")

proj("Coral Reef Diving", "bookings@coralreefdiving.in", started="2025-09-01T10:00:00")
owpay("q_en13", "OWD-2025-314", "Coral Reef Diving", "hosting_annual", "18000.00", "2025-09-08T10:00:00",
      setup_fee="2400.00", service_start="2025-09-08")
f = mail("o13", 1, "Coral Reef Diving <bookings@coralreefdiving.in>", OWD, "Hosting refund - Coral Reef Diving",
         "2025-09-19 12:00",
         "Hello,\n\nWe bought the annual hosting plan (OWD-2025-314) for Coral Reef Diving on 8 Sept. Our parent "
         "company mandates AWS, so we have to move and want to cancel and get the prorated refund.\n\nRegards,\nMarco")
case("o13-hosting-day11", [f], OW_B, "decided", [],
     [dec("refund", "approve", "14300.00"), dec("cancellation", "cancel")], extra_ok=True,
     spec="O5: request 2025-09-19 is day 11 of 14 since service_start 2025-09-08; monthly_value = (18000 - 2400)/12 = 1300; consumed 1; refund 18000 - 2400 - 1300 = 14300.00")

proj("Saffire Jewels", "owner@saffirejewels.in", started="2025-08-01T10:00:00")
owpay("q_en14", "OWD-2025-315", "Saffire Jewels", "maintenance_annual", "24000.00", "2025-09-01T10:00:00",
      setup_fee="0.00", service_start="2025-09-01")
f = mail("o14", 1, "Saffire Jewels <owner@saffirejewels.in>", OWD, "maintenance plan refund", "2025-09-16 10:00",
         "Hi, we want to cancel the annual maintenance (OWD-2025-315) for Saffire Jewels and get a refund, "
         "our nephew will maintain the site now.\nThanks")
case("o14-maintenance-day15", [f], OW_B, "decided", [], [dec("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 2025-09-16 = day 15 > 14 -> deny")

proj("Tulip Pharma Microsite", "web@tulippharma.in")
owpay("q_en15", "OWD-2025-316", "Tulip Pharma Microsite", "maintenance_annual", "10000.00", "2025-09-25T10:00:00",
      setup_fee="1499.00", service_start="2025-10-15")
f = mail("o15", 1, "Tulip Pharma Web <web@tulippharma.in>", OWD, "Refund: maintenance OWD-2025-316",
         "2025-09-27 10:00",
         "Dear team, the Tulip Pharma Microsite launch has been cancelled by our regulatory team, so the annual "
         "maintenance plan (OWD-2025-316) we paid this week is no longer needed. Please cancel and refund.\nRegards, Dev")
case("o15-maintenance-before-start-rounding", [f], OW_B, "decided", [],
     [dec("refund", "approve", "7792.58"), dec("cancellation", "cancel")],
     extra_ok=True,
     spec="O5 + section 8: before service_start, consumed_months = 1; monthly_value = (10000 - 1499)/12 = 708.41666...; refund = 10000 - 1499 - 708.41666... = 7792.58333... -> 7792.58 (half-up, rounded once, C6). 'Please cancel and refund': both intents asked, and an O5 refund ends the plan -> cancellation cancel too (section 1: both parts decided; effective date not checked)")

proj("Lantern Cafe Site", "lantern.cafe@gmail.com", started="2025-08-01T10:00:00")
owpay("q_en16", "OWD-2025-317", "Lantern Cafe Site", "third_party", "1800.00", "2025-09-20T10:00:00")
f = mail("o16", 1, "Lantern Cafe <lantern.cafe@gmail.com>", OWDG, "domain refund", "2025-09-21 10:00",
         "Hi, you renewed the lanterncafe.in domain for Lantern Cafe Site (invoice OWD-2025-317) but we had already "
         "renewed it ourselves at GoDaddy. Please refund the domain charge.\nAmit")
case("o16-domain-third-party", [f], OW_B, "decided", [], [dec("refund", "deny")],
     "O6: third_party (domain) never refundable -> deny")

proj("Pixel Farm Launch", "launch@pixelfarm.in", started="2025-09-01T10:00:00")
owpay("q_en17", "OWD-2025-318", "Pixel Farm Launch", "rush", "8000.00", "2025-09-15T10:00:00")
f = mail("o17", 1, "Pixel Farm <launch@pixelfarm.in>", OWD, "Rush fee refund", "2025-09-16 10:00",
         "We paid the expedited delivery fee (OWD-2025-318) for Pixel Farm Launch but the launch date slipped anyway "
         "on our side, so the rush wasn't needed. Refund please.\nTara")
case("o17-rush-fee", [f], OW_B, "decided", [], [dec("refund", "deny")], "O6: rush fee never refundable -> deny")

proj("Hillside School ERP", "bursar@hillsideschool.in", started="2025-06-01T10:00:00")
owpay("q_en18", "OWD-2025-319", "Hillside School ERP", "change_request", "12500.00", "2025-09-18T10:00:00")
f = mail("o18", 1, "Bursar Hillside <bursar@hillsideschool.in>", OWD, "refund change request CR-7", "2025-09-19 10:00",
         "Hello, the fee-receipt redesign change request on Hillside School ERP (OWD-2025-319) was raised by a staff "
         "member without approval. We'd like it reversed and refunded.\nFr. Thomas")
case("o18-change-request", [f], OW_B, "decided", [], [dec("refund", "deny")],
     "O6: change_request never refundable -> deny")

proj("Aurum Wealth Site", "md@aurumwealth.in")
owpay("q_en19", "OWD-2025-320", "Aurum Wealth Site", "deposit", "50000.00", "2025-09-25T10:00:00")
f = mail("o19", 1, "MD Aurum <md@aurumwealth.in>", OWD, "Deposit - legal notice", "2025-09-26 10:00",
         "Your team promised a start date that was then moved twice. Refund deposit OWD-2025-320 for Aurum Wealth "
         "Site immediately, otherwise our lawyer will send you a legal notice.\nR. Iyer, MD")
case("o19-c4-lawyer", [f], OW_B, "decided", ["C4"], [dec("refund", "escalate")],
     "C4 lawyer/legal notice -> escalate even though O2 would approve")

proj("Mango Grove Farms", "mangogrove.farms@gmail.com")
owpay("q_en20", "OWD-2025-321", "Mango Grove Farms", "deposit", "20000.00", "2025-09-28T10:00:00")
f = mail("o20", 1, "Sunil (Mango Grove) <sunil.m@yahoo.co.in>", OWD, "refund deposit", "2025-09-29 10:00",
         "Hi, I paid the deposit OWD-2025-321 for Mango Grove Farms yesterday, we've changed our plans. Please "
         "refund it.\nSunil")
case("o20-c2-not-contract-email", [f], OW_B, "need_info", ["C2"], [],
     "C2 (explicit for Optima): sender sunil.m@yahoo.co.in is not contract email mangogrove.farms@gmail.com -> need_info")

proj("Opal Interiors Portfolio", "studio@opalinteriors.in", started="2025-05-01T10:00:00")
owpay("q_en21", "OWD-2025-322", "Opal Interiors Portfolio", "retainer", "12000.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
f = mail("o21", 1, "Opal Interiors <studio@opalinteriors.in>", OWD, "Cancel", "2025-09-24 10:00",
         "Hi,\nPlease cancel the monthly retainer for Opal Interiors Portfolio, invoice OWD-2025-322.\n\nThanks & regards,\n"
         "Opal Interiors\nSent from my iPhone")
case("o21-cancel-no-reason", [f], OW_B, "need_info", [], [], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; sign-off/'Sent from my iPhone' are not reasons -> need_info missing reason")

proj("Firefly Travel Blog", "editor@fireflytravel.in", started="2025-04-01T10:00:00")
owpay("q_en22", "OWD-2025-323", "Firefly Travel Blog", "retainer", "9000.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20", period_start="2025-09-20", period_end="2025-10-19")
f1 = mail("o22", 1, "Firefly Editor <editor@fireflytravel.in>", OWD, "cancel retainer", "2025-09-25 10:00",
          "Hello, kindly cancel the Firefly Travel Blog retainer (OWD-2025-323).\nPlease see below and do the needful.\nMaya")
f2 = mail("o22", 2, "Firefly Editor <editor@fireflytravel.in>", OWD, "Re: cancel retainer [OWD-1207]",
          "2025-09-26 12:00",
          "Reason: we're pausing the blog indefinitely after our founder's relocation.\n\nMaya\n\n"
          "On Thu, 25 Sep 2025, Optima WebDesign wrote:\n> Could you tell us the reason for the cancellation?\n")
case("o22-thread-reason-answered", [f1, f2], OW_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-19")],
     "C3 reason asked and answered, merged into the case; request time is the first email 2025-09-25 <= 2025-10-13 (next_billing_at 2025-10-20 minus 7) -> cancel effective 2025-10-19")

f = mail("o23", 1, "Ravi Accounts <accounts@brownstone.in>", OWDG, "Auto: Re: Invoice OWD-2025-330", "2025-09-26 10:00",
         "Thank you for your email. This mailbox is not monitored on weekends; we will respond by Monday.",
         headers={"Auto-Submitted": "auto-generated"})
case("o23-c7-auto", [f], OW_B, "ignore", ["C7"], [], "C7 Auto-Submitted: auto-generated -> ignore")

proj("Zephyr Cycles Shop", "rides@zephyrcycles.in", started="2025-03-01T10:00:00")
owpay("q_en24", "OWD-2025-324", "Zephyr Cycles Shop", "retainer", "16000.00", "2025-09-25T10:00:00",
      next_billing_at="2025-10-25", period_start="2025-09-25", period_end="2025-10-24")
f = mail("o24", 1, "Zephyr Cycles <rides@zephyrcycles.in>", OWD, "retainer - cancel only", "2025-09-27 10:00",
         "Hi Optima, we are not looking for any refund for September - that month was used. Just cancel the Zephyr "
         "Cycles Shop support retainer (OWD-2025-324) going forward, as we're selling the business.\nNaveen")
case("o24-negated-refund-retainer", [f], OW_B, "decided", [], [dec("cancellation", "cancel", eff="2025-10-24")],
     "Negation adds no refund (section 8); O4 notice: 2025-09-27 <= 2025-10-18 -> cancel effective 2025-10-24")

f = mail("o25", 1, "Pooja Nair <pooja.nair.design@gmail.com>", OWD, "hosting question", "2025-09-28 10:00",
         "Hi, before I buy your annual hosting for my portfolio site - if I change my mind in the first month, "
         "would I get money back? And is SSL included?\nPooja")
case("o25-hypothetical-other", [f], OW_B, "other", [], [],
     "Section 8: hypothetical before buying is a policy question -> other")

proj("Crescent Clinics Network", "it@crescentclinics.in")
owpay("q_en26", "OWD-2025-325", "Crescent Clinics Network", "deposit", "30000.00", "2025-09-27T09:00:00")
f = mail("o26", 1, "Neil (EA to CEO) <neil.ea@crescentclinics.in>", OWD,
         "Fwd: Deposit refund - Crescent Clinics Network", "2025-09-28 10:00",
         "Hi, forwarding on behalf of our IT head.\n\nBegin forwarded message:\n\nFrom: Crescent IT <it@crescentclinics.in>\n"
         "Subject: Deposit refund - Crescent Clinics Network\nDate: 28 September 2025 at 9:15:00 AM GMT+5:30\n"
         "To: Neil <neil.ea@crescentclinics.in>\n\nNeil, please ask Optima to refund deposit OWD-2025-325, the board "
         "didn't approve the budget. Contract email is it@crescentclinics.in.\n")
case("o26-c2-apple-forward", [f], OW_B, "need_info", ["C2"], [],
     "Section 8 Forwards: forwarded request names contract email it@crescentclinics.in, sender neil.ea@ -> C2")

proj("Lotus Pond Resort", "owner@lotuspond.in")
owpay("q_en27", "OWD-2025-326", "Lotus Pond Resort", "deposit", "40000.00", "2025-09-20T10:00:00")
f = mail("o27", 1, "Lotus Pond <owner@lotuspond.in>", OWD, "refund deposit", "2025-09-23 04:10",
         "Hi, please refund the deposit for Lotus Pond Resort, OWD-2025-326 - our renovation loan got rejected "
         "so the website has to wait.\nGirish", off=(0, 0))
case("o27-deposit-utc-71h", [f], OW_B, "decided", [], [dec("refund", "approve", "40000.00")],
     "Date 2025-09-23 04:10 +0000 = 09:40 IST; paid 2025-09-20 10:00 IST -> 71h40m < 72h, no work started: O2 approve 40000.00")

proj("Cobalt Sports Arena", "gm@cobaltsports.in", started="2025-06-01T10:00:00")
owpay("q_en28", "OWD-2025-327", "Cobalt Sports Arena", "milestone", "28000.00", "2025-09-10T10:00:00",
      milestone_status="not_started")
f = mail("o28", 1, "Cobalt GM <gm@cobaltsports.in>", OWD, "Milestone refund", "2025-09-24 10:00",
         "Hi, the booking-calendar milestone for Cobalt Sports Arena (ref OWD 2025 327) hasn't begun and we no "
         "longer need it since we signed up for Playo. We're not disputing anything, just want it refunded.\nAmol")
case("o28-milestone-sloppy-ref", [f], OW_B, "decided", [], [dec("refund", "approve", "28000.00")],
     "'OWD 2025 327' = OWD-2025-327 (section 8, spaces ignored); O3 not_started -> approve 28000.00. 'We're not disputing anything' is no chargeback threat (negated, no threat)")

proj("Jasmine Wedding Planners", "plan@jasminewed.in", started="2025-05-01T10:00:00")
owpay("q_en29", "OWD-2025-328", "Jasmine Wedding Planners", "hosting_annual", "14400.00", "2025-09-20T10:00:00",
      setup_fee="1200.00", service_start="2025-09-20")
f = mail("o29", 1, "Jasmine Wed <plan@jasminewed.in>", OWD, "Hosting refund OWD-2025-328", "2025-10-01 09:00",
         "<p>Hello,</p><p>Please cancel the annual hosting for <b>Jasmine Wedding Planners</b> (OWD-2025-328) and refund "
         "what's due. We found the site is slow for our gallery-heavy pages and are moving to a dedicated server.</p>"
         "<p>Rhea</p>", html="only")
case("o29-hosting-day11-html", [f], OW_B, "decided", [],
     [dec("refund", "approve", "12100.00"), dec("cancellation", "cancel")], extra_ok=True,
     spec="HTML-only; O5: service_start 2025-09-20, request 2025-10-01 = day 11 <= 14; monthly_value (14400 - 1200)/12 = 1100; refund 14400 - 1200 - 1100 = 12100.00. 'Please cancel the annual hosting ... and refund': both intents, an O5 refund ends the plan -> cancellation cancel (effective date not checked)")

proj("Birch Accounting Site", "partner@birchca.in", started="2025-05-01T10:00:00")
owpay("q_en30", "OWD-2025-329", "Birch Accounting Site", "setup", "5000.00", "2025-09-22T10:00:00")
f = mail("o30", 1, "Birch CA <partner@birchca.in>", OWD, "setup fee", "2025-09-23 10:00",
         "Hello, the activation/setup fee OWD-2025-329 for Birch Accounting Site was charged even though we had "
         "configured the email ourselves. Please refund.\nCA Birch")
case("o30-setup-fee", [f], OW_B, "decided", [], [dec("refund", "deny")], "O6: setup fee never refundable -> deny")

with open(os.path.join(HERE, "ledger.json"), "w") as fh:
    json.dump(ledger, fh, indent=1, ensure_ascii=False)
with open(os.path.join(HERE, "expected.json"), "w") as fh:
    json.dump({"cases": cases}, fh, indent=1, ensure_ascii=False)
print(len(cases), "cases")
