"""Fresh held-out round 13, hard English: writes ledger.json, emails/*.eml and expected.json.

Written by QA pass qa13c from POLICY_SPEC.md alone (MIT licence, all text written for this
project).  Deterministic: no randomness.  Run: python3 make_cases.py
"""

import json
import os
from datetime import datetime
from decimal import Decimal, ROUND_HALF_UP
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "en"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
EMAILS = {}


def tax18(amount):
    return str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01"), ROUND_HALF_UP))


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax18(amount),
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, work_started_at=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def owdpay(pid, inv, project, kind, amount, paid_at, status="paid", **extra):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax18(amount), "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(extra)
    LEDGER["payments"].append(rec)


def mail(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to=None):
    """Write emails/<name>.eml; date is 'YYYY-MM-DD HH:MM +hhmm'.  Returns (file, message-id)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.strptime(date, "%Y-%m-%d %H:%M %z"))
    domain = frm.split("@")[-1].strip(">") if "@" in frm else "localhost"
    mid = f"<{name}.{LANG}13@{domain}>"
    msg["Message-ID"] = mid
    if reply_to:
        first_mid, support_mid = reply_to
        msg["In-Reply-To"] = support_mid
        msg["References"] = f"{first_mid} {support_mid}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None and html is not None:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
        msg.set_boundary(f"=_{name}_{LANG}13_alt")  # fixed boundary: deterministic output
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    fname = f"emails/{name}.eml"
    EMAILS[fname] = msg.as_bytes()
    return fname, mid


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def D(intent, outcome, amount=None, effective_date=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve" or amount is not None:
        d["amount"] = amount
    if effective_date is not None:
        d["effective_date"] = effective_date
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"


# ---------------------------------------------------------------- LeadsOptima
def lo_cases():
    # l01 duplicate, US writer (Texas), typed reference
    cust("brandon.miller@lonestarroofing.com", "Brandon Miller", "monthly", "2025-09-16", "2025-10-15")
    lopay("lo_e_94101", "LO-INV-94101", "brandon.miller@lonestarroofing.com", "monthly", "2999.00", "2025-09-16T02:10:00", "2025-09-16", "2025-10-15")
    lopay("lo_e_94102", "LO-INV-94102", "brandon.miller@lonestarroofing.com", "monthly", "2999.00", "2025-09-16T02:11:00", "2025-09-16", "2025-10-15")
    f, _ = mail("l01-dup-us", "Brandon Miller <brandon.miller@lonestarroofing.com>", LO, "Billed twice this month??",
                "2025-09-17 08:30 -0500",
                "Hey folks,\n\nLooks like my card got hit twice for the monthly plan on the 16th -- two identical charges a minute apart. "
                "The second one is LO INV 94102 per the receipts you emailed. Can you reverse that one back to my card?\n\n"
                "Thanks,\nBrandon Miller\nLone Star Roofing | Austin, TX\n")
    case("l01-dup-us", [f], LOB, "decided", [D("refund", "approve", "2999.00")],
         spec="L2 duplicate_payment ('got hit twice'); pair 94101/94102, same period; request 2025-09-17 08:30 -05:00 = 2025-09-17 19:00 IST, day 1; invoice 'LO INV 94102' = LO-INV-94102 (section 8); L4 approve 2999.00. 'reverse ... back to my card' is not a dispute threat")

    # l02 duplicate, Sydney writer: their date is day 8, IST date is day 7
    cust("chloe.nguyen@harbourpilates.com.au", "Chloe Nguyen", "quarterly", "2025-09-23", "2025-12-22")
    lopay("lo_e_94111", "LO-INV-94111", "chloe.nguyen@harbourpilates.com.au", "quarterly", "7497.00", "2025-09-23T23:30:00", "2025-09-23", "2025-12-22")
    lopay("lo_e_94112", "LO-INV-94112", "chloe.nguyen@harbourpilates.com.au", "quarterly", "7497.00", "2025-09-23T23:32:00", "2025-09-23", "2025-12-22")
    f, _ = mail("l02-dup-day7-sydney", "Chloe Nguyen <chloe.nguyen@harbourpilates.com.au>", LO, "Double payment - quarterly",
                "2025-10-01 03:00 +1000",
                "Hi there,\n\nJust doing the books (yes, at 3am) and noticed the quarterly subscription came out twice. "
                "Receipt numbers LO-INV-94111 and LO-INV-94112, same amount. Could you please refund the second one?\n\n"
                "Cheers,\nChloe\nHarbour Pilates, Manly NSW\n")
    case("l02-dup-day7-sydney", [f], LOB, "decided", [D("refund", "approve", "7497.00")],
         spec="Section 1: request 2025-10-01 03:00 +10:00 = 2025-09-30 22:30 IST; charge local date 2025-09-23 = day 0 -> day 7, inside (L3), although the writer's own date is day 8; L4 approve the later charge 94112, 7497.00")

    # l03 duplicate, UK writer, day 9
    cust("oliver.hughes@hughesandco.co.uk", "Oliver Hughes", "annual", "2025-09-12", "2026-09-11")
    lopay("lo_e_94121", "LO-INV-94121", "oliver.hughes@hughesandco.co.uk", "annual", "11988.00", "2025-09-12T14:00:00", "2025-09-12", "2026-09-11")
    lopay("lo_e_94122", "LO-INV-94122", "oliver.hughes@hughesandco.co.uk", "annual", "11988.00", "2025-09-12T14:02:00", "2025-09-12", "2026-09-11")
    f, _ = mail("l03-dup-day9-uk", "Oliver Hughes <oliver.hughes@hughesandco.co.uk>", LO, "Duplicate annual charge",
                "2025-09-21 11:15 +0100",
                "Good morning,\n\nOur finance team has flagged that the annual subscription was taken twice on 12 September "
                "(invoices LO-INV-94121 and LO-INV-94122). I'd be grateful if you could refund the duplicate.\n\n"
                "Kind regards,\nOliver Hughes\nOperations Director, Hughes & Co Estate Agents\n")
    case("l03-dup-day9-uk", [f], LOB, "decided", [D("refund", "deny")],
         spec="L3: charge 2025-09-12, request 2025-09-21 11:15 +01:00 = 2025-09-21 15:45 IST = day 9 > 7 -> deny even for a genuine duplicate")

    # l04 negation
    cust("megan.obrien@sunbeltdental.com", "Megan O'Brien", "monthly", "2025-09-09", "2025-10-08")
    lopay("lo_e_94131", "LO-INV-94131", "megan.obrien@sunbeltdental.com", "monthly", "2999.00", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
    f, _ = mail("l04-negation-us", "Megan O'Brien <megan.obrien@sunbeltdental.com>", LO, "Cancel - no refund needed",
                "2025-09-26 14:20 -0400",
                "Hi,\n\nI do not want a refund -- we got our money's worth this month. Just cancel the subscription so it doesn't renew. "
                "Our practice was acquired and the new owners have their own marketing stack.\n\nMegan O'Brien\nOffice Manager, Sunbelt Dental\n")
    case("l04-negation-us", [f], LOB, "decided", [D("cancellation", "cancel", effective_date="2025-10-08")],
         spec="Section 8: 'I do not want a refund' adds no refund intent; L8 cancel, current_period_end 2025-10-08")

    # l05 hypothetical from an existing customer
    cust("james.wong@wongaccounting.com.au", "James Wong", "monthly", "2025-09-19", "2025-10-18")
    lopay("lo_e_94141", "LO-INV-94141", "james.wong@wongaccounting.com.au", "monthly", "2999.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    f, _ = mail("l05-hypothetical-customer", "James Wong <james.wong@wongaccounting.com.au>", LO, "Question before we upgrade",
                "2025-09-29 16:00 +1000",
                "G'day,\n\nWe're on monthly and thinking of jumping to annual. If the Xero integration you've announced doesn't work "
                "for us once it's out, would we be able to get our money back on the annual fee? Just want to know before we commit.\n\n"
                "Thanks,\nJames\n")
    case("l05-hypothetical-customer", [f], LOB, "other",
         spec="Section 8: 'would we be able to get our money back ... if' before buying is a policy question, nothing else asked -> other")

    # l06 past event: cancelled on the 14th, charged on the 20th
    cust("priya.raman@chennaicatering.in", "Priya Raman", "monthly", "2025-09-20", "2025-10-19", status="cancelled")
    lopay("lo_e_94151", "LO-INV-94151", "priya.raman@chennaicatering.in", "monthly", "1499.00", "2025-08-20T09:00:00", "2025-08-20", "2025-09-19")
    lopay("lo_e_94152", "LO-INV-94152", "priya.raman@chennaicatering.in", "monthly", "1499.00", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
    f, _ = mail("l06-charged-after-cancel", "Priya Raman <priya.raman@chennaicatering.in>", LO, "Charged after cancellation",
                "2025-09-22 10:05 +0530",
                "Dear Team,\n\nI cancelled my subscription on the 14th through the Billing page, and I have the confirmation email. "
                "In spite of that, Rs. 1,768.82 was debited on the 20th (invoice LO-INV-94152). Kindly refund the same at the earliest.\n\n"
                "Regards,\nPriya Raman\nChennai Catering Co.\n")
    case("l06-charged-after-cancel", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L2 billing_error (charged after cancelling, a past event, not a new cancellation); charge 2025-09-20, request 2025-09-22 day 2 -> L5 escalate, no amount")

    # l07 same situation, outside the window
    cust("tom.fletcher@fletcherjoinery.co.uk", "Tom Fletcher", "monthly", "2025-09-05", "2025-10-04", status="cancelled")
    lopay("lo_e_94161", "LO-INV-94161", "tom.fletcher@fletcherjoinery.co.uk", "monthly", "2999.00", "2025-09-05T09:00:00", "2025-09-05", "2025-10-04")
    f, _ = mail("l07-after-cancel-late", "Tom Fletcher <tom.fletcher@fletcherjoinery.co.uk>", LO, "Taken payment after I cancelled",
                "2025-09-20 09:40 +0100",
                "Hiya,\n\nI cancelled back in August but you've still taken a payment on the 5th, LO-INV-94161. Only just spotted it on my statement. "
                "Can I have that back please.\n\nTa,\nTom\nFletcher Joinery, Leeds\n")
    case("l07-after-cancel-late", [f], LOB, "decided", [D("refund", "deny")],
         spec="L2 billing_error but charge 2025-09-05, request 2025-09-20 14:10 IST = day 15 > 7 -> L3 deny")

    # l08 wrong plan charged
    cust("ananya.krishnan@bloomfloral.in", "Ananya Krishnan", "monthly", "2025-09-27", "2025-10-26")
    lopay("lo_e_94171", "LO-INV-94171", "ananya.krishnan@bloomfloral.in", "annual", "11988.00", "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
    f, _ = mail("l08-wrong-plan", "Ananya Krishnan <ananya.krishnan@bloomfloral.in>", LO, "Charged for annual instead of monthly",
                "2025-09-28 12:00 +0530",
                "Hi,\n\nI only ever selected the monthly plan, but on renewal I was billed ₹11,988 for the annual one (LO-INV-94171). "
                "I never agreed to that. Please refund this charge and bill me the monthly amount instead.\n\nAnanya\nBloom Floral Studio, Bengaluru\n")
    case("l08-wrong-plan", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L2 billing_error ('billed for the annual one', wrong plan); charge 2025-09-27, request day 1 -> L5 escalate")

    # l09 changed mind, UK
    cust("harriet.cole@colewellness.co.uk", "Harriet Cole", "quarterly", "2025-09-24", "2025-12-23")
    lopay("lo_e_94181", "LO-INV-94181", "harriet.cole@colewellness.co.uk", "quarterly", "7497.00", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
    f, _ = mail("l09-changed-mind", "Harriet Cole <harriet.cole@colewellness.co.uk>", LO, "Refund on quarterly plan please",
                "2025-09-25 17:30 +0100",
                "Hello,\n\nHaving slept on it I've decided this isn't the right time for us to take on a new platform -- "
                "I'd rather put the money into staff training this quarter. Could I have the quarterly payment (LO-INV-94181) refunded?\n\n"
                "Many thanks,\nHarriet Cole\n")
    case("l09-changed-mind", [f], LOB, "decided", [D("refund", "deny")],
         spec="L1: a changed mind is not an L2 exception -> deny (inside the window, day 1); the reply offers cancellation")

    # l10 did not use it + cancel, US
    cust("derek.hansen@hansenhvac.com", "Derek Hansen", "monthly", "2025-09-21", "2025-10-20")
    lopay("lo_e_94191", "LO-INV-94191", "derek.hansen@hansenhvac.com", "monthly", "2999.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    f, _ = mail("l10-unused-cancel", "Derek Hansen <derek.hansen@hansenhvac.com>", LO, "cancel + prorate",
                "2025-09-24 19:45 -0700",
                "Hi, please cancel my account effective immediately and refund the unused part of this month (LO-INV-94191). "
                "We barely touched it -- busy season hit and nobody had time to set up the campaigns.\n\nDerek\nHansen HVAC, Sacramento CA\n")
    case("l10-unused-cancel", [f], LOB, "decided",
         [D("refund", "deny"), D("cancellation", "cancel", effective_date="2025-10-20")],
         spec="L1 + clause 2: no partial refunds for unused days -> refund deny; L8 cancel effective current_period_end 2025-10-20 (not 'immediately': account stays active to the end of the cycle)")

    # l11 access failure, Australian
    cust("liam.brooks@brookselectrical.com.au", "Liam Brooks", "monthly", "2025-09-25", "2025-10-24")
    lopay("lo_e_94201", "LO-INV-94201", "liam.brooks@brookselectrical.com.au", "monthly", "2999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    f, _ = mail("l11-access-au", "Liam Brooks <liam.brooks@brookselectrical.com.au>", LO, "Locked out since the update",
                "2025-09-29 08:10 +1000",
                "Mate,\n\nHaven't been able to log in since your update last Thursday -- it just spins and kicks me back to the sign-in page. "
                "Tried three browsers and a reset. Paid for this month (LO-INV-94201) and can't use it, so I want that back.\n\n"
                "Liam Brooks\nBrooks Electrical, Brisbane\n")
    case("l11-access-au", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L2 access_failure ('haven't been able to log in'); charge 2025-09-25, request 2025-09-29 03:40 IST day 4 -> L6 escalate")

    # l12 free trial
    cust("sofia.martinez@brightpathtutoring.com", "Sofia Martinez", "monthly", status="trial", trial_ends="2025-10-05")
    f, _ = mail("l12-trial", "Sofia Martinez <sofia.martinez@brightpathtutoring.com>", LO, "Refund for trial?",
                "2025-09-27 11:00 -0400",
                "Hello,\n\nI signed up for the free trial last week and it turns out it's not a fit for a tutoring business. "
                "I'd like my money back, please, and please make sure I'm not billed when the trial ends.\n\nSofia Martinez\n")
    case("l12-trial", [f], LOB, "decided", [D("refund", "deny")], extra_ok=True,
         spec="L7: the account is on a free trial with no charges -> refund deny (nothing to refund; no billing unless they subscribe); "
              "L7 names the case, so no invoice is asked for; 'make sure I'm not billed' may also be read as a cancellation (extra_ok)")

    # l13 Outlook forward from an assistant naming the registered email
    cust("r.singh@singhlogistics.in", "Ravinder Singh", "quarterly", "2025-08-01", "2025-10-31")
    lopay("lo_e_94211", "LO-INV-94211", "r.singh@singhlogistics.in", "quarterly", "7497.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
    f, _ = mail("l13-fw-outlook-assistant", "Pooja Nair <pa.office@singhlogistics.in>", LO, "FW: LeadsOptima subscription",
                "2025-09-26 15:20 +0530",
                "Hi,\n\nPlease see below from Mr. Singh and do the needful.\n\nThanks & Regards,\nPooja Nair\nExecutive Assistant to MD\n\n"
                "________________________________\nFrom: Ravinder Singh <r.singh@singhlogistics.in>\nSent: Friday, September 26, 2025 2:55 PM\n"
                "To: Pooja Nair <pa.office@singhlogistics.in>\nSubject: LeadsOptima subscription\n\n"
                "Pooja, write to LeadsOptima and cancel our quarterly plan (registered on r.singh@singhlogistics.in). "
                "We are moving lead generation to the Gurgaon team's tool.\n\nRS\n")
    case("l13-fw-outlook-assistant", [f], LOB, "need_info", rules=["C2"],
         spec="Section 8 Forwards: the forwarded request names r.singh@singhlogistics.in; the sender pa.office@... is not it -> C2 need_info")

    # l14 unknown sender, nothing named
    f, _ = mail("l14-unknown-sender", "Kyle Patterson <kpatterson77@hotmail.com>", LO, "Cancel my account",
                "2025-09-28 21:00 -0400",
                "Cancel my account please. Too many features I don't need and the reports are confusing.\n\nKyle\n")
    case("l14-unknown-sender", [f], LOB, "need_info", rules=["C2"],
         spec="Section 1 The sender's address counts: kpatterson77@hotmail.com is taken as the registered email but the ledger has no such customer -> unknown sender, C2/C3 need_info, nothing about any account")

    # l15 C4: credit card dispute threat, refund + cancel
    cust("ashley.ramirez@ramirezrealty.com", "Ashley Ramirez", "monthly", "2025-09-26", "2025-10-25")
    lopay("lo_e_94221", "LO-INV-94221", "ashley.ramirez@ramirezrealty.com", "monthly", "2999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f, _ = mail("l15-c4-card-dispute", "Ashley Ramirez <ashley.ramirez@ramirezrealty.com>", LO, "Cancel and refund or I dispute it",
                "2025-09-27 10:00 -0400",
                "I want my account cancelled today and the $ for LO-INV-94221 refunded. Your lead lists were garbage, half the numbers "
                "were disconnected. If I don't hear back by Monday I'll dispute the charge with my credit card company.\n\nAshley Ramirez\n")
    case("l15-c4-card-dispute", [f], LOB, "decided",
         [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
         spec="C4: payment-dispute threat -> escalate; section 8 'C4 covers the whole case': the cancellation is escalated too")

    # l16 C4: UK statutory rights
    cust("gemma.price@pricehomestaging.co.uk", "Gemma Price", "annual", "2025-09-20", "2026-09-19")
    lopay("lo_e_94231", "LO-INV-94231", "gemma.price@pricehomestaging.co.uk", "annual", "11988.00", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
    f, _ = mail("l16-c4-statutory", "Gemma Price <gemma.price@pricehomestaging.co.uk>", LO, "Annual subscription - refund",
                "2025-09-23 13:00 +0100",
                "Dear LeadsOptima,\n\nThe annual plan (LO-INV-94231) was sold to me on the basis of UK lead data, which it turns out you don't have. "
                "I'm asking for a full refund. I'm aware of my statutory rights under the Consumer Rights Act 2015 and will pursue them if necessary.\n\n"
                "Yours faithfully,\nGemma Price\n")
    case("l16-c4-statutory", [f], LOB, "decided", [D("refund", "escalate")], rules=["C4"],
         spec="C4: mention of statutory rights -> escalate")

    # l17 C7 out-of-office reply
    f, _ = mail("l17-c7-ooo", "Rachel Green <rachel@greenleafnursery.com>", LO, "Out of Office: Re: Your LeadsOptima invoice",
                "2025-09-25 06:00 -0400",
                "Thank you for your email. I am out of the office until Monday, October 6 with limited access to email. "
                "For billing questions please contact accounts@greenleafnursery.com.\n\nRachel\n",
                headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case("l17-c7-ooo", [f], LOB, "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-replied -> ignore (mentions billing, still not answered)")

    # l18 C7 bounce from MAILER-DAEMON
    f, _ = mail("l18-c7-bounce", "Mail Delivery System <MAILER-DAEMON@mx2.outback-mail.com.au>", LO, "Undelivered Mail Returned to Sender",
                "2025-09-26 04:12 +0800",
                "This is the mail system at host mx2.outback-mail.com.au.\n\nI'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients.\n\n<accounts@perthsurfschool.com.au>: host mail.perthsurfschool.com.au said:\n"
                "550 5.1.1 Recipient address rejected: User unknown\n\n--- original message: Subject: Your refund request [LO-2231] ---\n")
    case("l18-c7-bounce", [f], LOB, "ignore", rules=["C7"],
         spec="C7: MAILER-DAEMON sender, a delivery-status report -> ignore")

    # l19 C7 helpdesk acknowledgement with Precedence: bulk
    f, _ = mail("l19-c7-helpdesk-ack", "Summit Plumbing Helpdesk <help@summitplumbing.com>", LO, "[Ticket #48213] Re: Cancellation of your plan",
                "2025-09-27 12:00 -0600",
                "Hello,\n\nWe've received your message and a member of our team will get back to you within 1 business day.\n"
                "Your ticket number is #48213.\n\nSummit Plumbing Customer Care\n",
                headers={"Precedence": "bulk"})
    case("l19-c7-helpdesk-ack", [f], LOB, "ignore", rules=["C7"],
         spec="C7: Precedence: bulk -> ignore, even though the subject says 'Cancellation'")

    # l20 refund with no reason (only a mobile signature)
    cust("neil.fraser@fraserlegal.com.au", "Neil Fraser", "monthly", "2025-09-28", "2025-10-27")
    lopay("lo_e_94241", "LO-INV-94241", "neil.fraser@fraserlegal.com.au", "monthly", "2999.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
    f, _ = mail("l20-no-reason", "Neil Fraser <neil.fraser@fraserlegal.com.au>", LO, "Refund",
                "2025-09-29 09:00 +1000",
                "Please refund LO-INV-94241.\n\nNeil\n\nGet Outlook for iOS\n\n"
                "This email is confidential and may be subject to legal professional privilege. If you are not the intended recipient, please delete it.\n")
    case("l20-no-reason", [f], LOB, "need_info", missing=["reason"],
         spec="Section 8 What a reason is: restating the request, a signature and a disclaimer are not reasons -> C3 need_info missing reason (the disclaimer's 'legal professional privilege' is not a legal threat)")

    # l21 access failure, invoice missing, two charges on record
    cust("vivek.menon@menonexports.in", "Vivek Menon", "monthly", "2025-09-26", "2025-10-25")
    lopay("lo_e_94251", "LO-INV-94251", "vivek.menon@menonexports.in", "monthly", "2999.00", "2025-08-26T10:00:00", "2025-08-26", "2025-09-25")
    lopay("lo_e_94252", "LO-INV-94252", "vivek.menon@menonexports.in", "monthly", "2999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f, _ = mail("l21-no-invoice", "Vivek Menon <vivek.menon@menonexports.in>", LO, "Platform not loading - refund",
                "2025-09-28 11:30 +0530",
                "Hello,\n\nThe platform is not loading at all since Friday, only a white screen after login. We have a trade fair next week "
                "and cannot work without the lead lists. Please refund the charge.\n\nVivek Menon\n")
    case("l21-no-invoice", [f], LOB, "need_info", missing=["invoice_number"],
         spec="Section 3: a refund needs the invoice number (which charge); two charges on record and none quoted -> C3 need_info missing invoice_number (email and plan come from the verified sender, reason given)",
         ambiguous="The ledger could suggest the latest charge LO-INV-94252 (inside the window, L6 escalate); the spec fills only fields the ledger holds unambiguously, so need_info is expected.")

    # l22 thread: reason asked, then given
    cust("fatima.sheikh@sheikhboutique.in", "Fatima Sheikh", "monthly", "2025-09-24", "2025-10-23")
    lopay("lo_e_94261", "LO-INV-94261", "fatima.sheikh@sheikhboutique.in", "monthly", "1499.00", "2025-09-24T08:00:00", "2025-09-24", "2025-10-23")
    lopay("lo_e_94262", "LO-INV-94262", "fatima.sheikh@sheikhboutique.in", "monthly", "1499.00", "2025-09-24T08:00:40", "2025-09-24", "2025-10-23")
    f1, m1 = mail("l22-thread-1", "Fatima Sheikh <fatima.sheikh@sheikhboutique.in>", LO, "Refund request LO-INV-94262",
                  "2025-09-25 09:15 +0530",
                  "Hello team,\n\nRequesting refund for LO-INV-94262. Please process.\n\nFatima Sheikh\nSheikh Boutique, Hyderabad\n")
    f2, _ = mail("l22-thread-2", "Fatima Sheikh <fatima.sheikh@sheikhboutique.in>", LO, "Re: Refund request LO-INV-94262",
                 "2025-09-26 18:40 +0530",
                 "Hi,\n\nSorry, forgot to mention: the same payment went through twice on 24 Sept, my bank shows two debits of "
                 "Rs. 1,768.82 within a minute. 94262 is the second one.\n\nFatima\n\n"
                 "On Thu, Sep 25, 2025 at 4:02 PM LeadsOptima Support <support@leadsoptima.com> wrote:\n"
                 "> Could you tell us the reason for the refund request?\n",
                 reply_to=(m1, "<l22-support.en13@leadsoptima.com>"))
    case("l22-thread-reason-later", [f1, f2], LOB, "decided", [D("refund", "approve", "1499.00")],
         spec="C3: the reason arrives in the reply; request time = first email 2025-09-25, charge 2025-09-24 day 1; pair 94261/94262 same period -> L4 approve 1499.00 (amount before tax; the email's Rs. 1,768.82 includes GST)")

    # l23 cancellation, fallback from a UTC ledger time
    cust("ethan.clarke@clarkeauto.co.nz", "Ethan Clarke", "monthly")
    lopay("lo_e_94271", "LO-INV-94271", "ethan.clarke@clarkeauto.co.nz", "monthly", "2999.00", "2025-09-14T20:00:00Z", None, None)
    f, _ = mail("l23-cancel-utc-fallback", "Ethan Clarke <ethan.clarke@clarkeauto.co.nz>", LO, "Please cancel",
                "2025-09-30 10:00 +1300",
                "Hi team, please cancel my monthly subscription. Selling the workshop at the end of the year so winding things down.\n\nEthan\n")
    case("l23-cancel-utc-fallback", [f], LOB, "decided", [D("cancellation", "cancel", effective_date="2025-10-14")],
         spec="L8 fallback + section 8 ledger times with an offset: 2025-09-14T20:00Z = 2025-09-15 01:30 IST, local date 2025-09-15 + 1 month - 1 day = 2025-10-14")

    # l24 cancellation because the self-serve button fails
    cust("hannah.scott@scottphysio.co.uk", "Hannah Scott", "quarterly", "2025-07-18", "2025-10-17")
    lopay("lo_e_94281", "LO-INV-94281", "hannah.scott@scottphysio.co.uk", "quarterly", "7497.00", "2025-07-18T10:00:00", "2025-07-18", "2025-10-17")
    f, _ = mail("l24-cancel-button-broken", "Hannah Scott <hannah.scott@scottphysio.co.uk>", LO, "Can't cancel myself",
                "2025-09-24 12:10 +0100",
                "Hi,\n\nI've tried to cancel under Billing > Cancel Plan three times but the button just greys out. Could you cancel the "
                "quarterly plan for me before it renews? We're closing the second clinic and won't need the extra leads.\n\nThanks,\nHannah\n")
    case("l24-cancel-button-broken", [f], LOB, "decided", [D("cancellation", "cancel", effective_date="2025-10-17")],
         spec="L8 cancel, current_period_end 2025-10-17; no refund is asked (a failing button is not a refund request)")

    # l25 thinking about cancelling + how-to
    cust("marcus.lee@leefitness.com", "Marcus Lee", "monthly", "2025-09-11", "2025-10-10")
    lopay("lo_e_94291", "LO-INV-94291", "marcus.lee@leefitness.com", "monthly", "2999.00", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
    f, _ = mail("l25-thinking-export", "Marcus Lee <marcus.lee@leefitness.com>", LO, "Exporting contacts",
                "2025-09-25 09:30 -0700",
                "Hey,\n\nI might cancel at some point next month, haven't decided. Before anything happens, how do I export all my contacts "
                "and the campaign stats to CSV? Can't find it anywhere in the menus.\n\nMarcus\n")
    case("l25-thinking-export", [f], LOB, "other",
         spec="'I might cancel ... haven't decided' is not a cancellation request; the question is a how-to -> other")

    # l26 "paid twice" but the second charge was already refunded
    cust("nikhil.jain@jainopticals.in", "Nikhil Jain", "monthly", "2025-09-23", "2025-10-22")
    lopay("lo_e_94301", "LO-INV-94301", "nikhil.jain@jainopticals.in", "monthly", "2999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    lopay("lo_e_94302", "LO-INV-94302", "nikhil.jain@jainopticals.in", "monthly", "2999.00", "2025-09-23T10:01:00", "2025-09-23", "2025-10-22", status="refunded")
    f, _ = mail("l26-dup-already-refunded", "Nikhil Jain <nikhil.jain@jainopticals.in>", LO, "Paid two times - LO-INV-94302",
                "2025-09-25 16:45 +0530",
                "Hi,\n\nI paid two times on 23rd because the first payment page timed out. Second invoice is LO-INV-94302. "
                "Please refund it to my card.\n\nNikhil Jain\nJain Opticals, Delhi\n")
    case("l26-dup-already-refunded", [f], LOB, "decided", [D("refund", "escalate")],
         spec="Section 8 Payments not paid: LO-INV-94302 is 'refunded' -> escalate (and L4 finds no pair of paid charges)")

    # l27 Indian formal English with amount incl. GST
    cust("srinivas.rao@raoconsultants.in", "Srinivas Rao", "monthly", "2025-09-29", "2025-10-28")
    lopay("lo_e_94311", "LO-INV-94311", "srinivas.rao@raoconsultants.in", "monthly", "1499.00", "2025-09-29T07:30:00", "2025-09-29", "2025-10-28")
    lopay("lo_e_94312", "LO-INV-94312", "srinivas.rao@raoconsultants.in", "monthly", "1499.00", "2025-09-29T07:31:00", "2025-09-29", "2025-10-28")
    f, _ = mail("l27-dup-formal-indian", "Srinivas Rao <srinivas.rao@raoconsultants.in>", LO, "Regarding excess debit of Rs.1,768.82",
                "2025-09-30 09:05 +0530",
                "Respected Sir/Madam,\n\nThis is to bring to your kind notice that an amount of Rs.1,768.82 has been debited from my "
                "account twice on 29/09/2025 towards the monthly subscription. The second transaction is against inv. no. LO-INV-94312.\n"
                "I request you to kindly reverse the excess amount at the earliest and revert.\n\n"
                "Thanking you,\nYours faithfully,\nSrinivas Rao\nRao Consultants, Visakhapatnam\n")
    case("l27-dup-formal-indian", [f], LOB, "decided", [D("refund", "approve", "1499.00")],
         spec="L2 duplicate ('debited ... twice'); pair 94311/94312, 2025-09-29, request day 1; L4 approve 1499.00 before tax (the mail's Rs.1,768.82 includes 18% GST, C6)")

    # l28 'charged twice' that is really two monthly renewals
    cust("kate.murphy@murphyflowers.ie", "Kate Murphy", "monthly", "2025-09-25", "2025-10-24")
    lopay("lo_e_94321", "LO-INV-94321", "kate.murphy@murphyflowers.ie", "monthly", "2999.00", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
    lopay("lo_e_94322", "LO-INV-94322", "kate.murphy@murphyflowers.ie", "monthly", "2999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    f, _ = mail("l28-two-renewals", "Kate Murphy <kate.murphy@murphyflowers.ie>", LO, "charged twice?",
                "2025-09-27 20:00 +0100",
                "Hi, I've been charged twice, once on 25 August and again on 25 September (LO-INV-94322). I thought it was a one-off "
                "payment! Please refund the second one.\nKate\n")
    case("l28-two-renewals", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L4: the two charges are for different billing periods (monthly renewals), so no duplicate pair -> escalate (charge 2025-09-25, request day 3, inside L3)")

    # l29 access failure at day 7, 23:59 IST
    cust("rohan.desai@desaiinteriors.in", "Rohan Desai", "monthly", "2025-09-23", "2025-10-22")
    lopay("lo_e_94331", "LO-INV-94331", "rohan.desai@desaiinteriors.in", "monthly", "2999.00", "2025-09-23T00:05:00", "2025-09-23", "2025-10-22")
    f, _ = mail("l29-access-day7-late", "Rohan Desai <rohan.desai@desaiinteriors.in>", LO, "Cannot login since renewal",
                "2025-09-30 23:59 +0530",
                "Hi,\n\nCannot login since the renewal on 23rd -- it keeps saying 'account suspended' although payment went through "
                "(LO-INV-94331). Your chat bot is useless. Refund this month please.\n\nRohan\n")
    case("l29-access-day7-late", [f], LOB, "decided", [D("refund", "escalate")],
         spec="L2 access_failure; charge 2025-09-23 00:05 (day 0), request 2025-09-30 23:59 IST = day 7, inside (day counting, not 168 hours) -> L6 escalate")

    # l30 three identical charges, one outside the window
    cust("grace.taylor@taylorbakehouse.com.au", "Grace Taylor", "annual", "2025-09-18", "2026-09-17")
    lopay("lo_e_94341", "LO-INV-94341", "grace.taylor@taylorbakehouse.com.au", "annual", "11988.00", "2025-09-18T10:00:00", "2025-09-18", "2026-09-17")
    lopay("lo_e_94342", "LO-INV-94342", "grace.taylor@taylorbakehouse.com.au", "annual", "11988.00", "2025-09-18T10:02:00", "2025-09-18", "2026-09-17")
    lopay("lo_e_94343", "LO-INV-94343", "grace.taylor@taylorbakehouse.com.au", "annual", "11988.00", "2025-09-26T10:00:00", "2025-09-18", "2026-09-17")
    f, _ = mail("l30-triple-partly-late", "Grace Taylor <grace.taylor@taylorbakehouse.com.au>", LO, "Annual fee taken THREE times",
                "2025-09-27 13:00 +1000",
                "Hi,\n\nI've just found the annual fee (INR 11,988.00 each) has come out three times: twice on 18 Sept and again on 26 Sept "
                "(LO-INV-94343). I only have one account! Please refund the extra charges.\n\nGrace Taylor\nTaylor Bakehouse, Melbourne\n")
    case("l30-triple-partly-late", [f], LOB, "decided", [D("refund", "approve", "11988.00")],
         spec="Section 8 three identical charges (same account, amount, period 2025-09-18..2026-09-17): duplicates 94342 (2025-09-18) and 94343 (2025-09-26); request 2025-09-27 08:30 IST: 94342 is day 9 (outside L3), 94343 day 1 (inside) -> approve 11988.00")

    # l31 C7 mailing list carrying a human-looking cancellation
    f, _ = mail("l31-c7-list", "Ops Team via Google Groups <ops@coastalcabins.com.au>", LO, "[ops] please cancel LeadsOptima",
                "2025-09-26 10:00 +1000",
                "Team -- can someone cancel LeadsOptima before it renews? Cheers, Dan\n\n--\nYou received this message because you are subscribed "
                "to the Google Groups \"ops\" group.\n",
                headers={"List-Id": "<ops.coastalcabins.com.au>", "Precedence": "list",
                         "List-Unsubscribe": "<mailto:ops+unsubscribe@coastalcabins.com.au>"})
    case("l31-c7-list", [f], LOB, "ignore", rules=["C7"],
         spec="C7: List-Id / Precedence: list -> ignore, whatever the body asks")


# ---------------------------------------------------------------- Optima WebDesign
def owd_cases():
    # o01 deposit, US writer, 71.5 h after payment
    proj("Harbor Light Coffee Site", "owner@harborlightcoffee.com")
    owdpay("owd_e_701", "OWD-2025-701", "Harbor Light Coffee Site", "deposit", "40000.00", "2025-09-22T21:00:00")
    f, _ = mail("o01-deposit-71h-us", "Jenna Walsh <owner@harborlightcoffee.com>", OWD, "Refund Request — Harbor Light Coffee Site / OWD-2025-701",
                "2025-09-25 11:00 -0400",
                "Hi Optima team,\n\nWe paid the deposit for the Harbor Light Coffee Site on Monday night your time. Our landlord just told us "
                "the lease won't be renewed, so the café is closing and we can't go ahead. Please refund the deposit (OWD-2025-701).\n\n"
                "Sorry for the hassle,\nJenna Walsh\nHarbor Light Coffee, Portland ME\n")
    case("o01-deposit-71h-us", [f], OWB, "decided", [D("refund", "approve", "40000.00")],
         spec="O2: paid 2025-09-22 21:00 IST; request 2025-09-25 11:00 -04:00 = 2025-09-25 20:30 IST = 71.5 h < 72 h, no work -> approve 40000.00 before tax")

    # o02 deposit, UK writer, 72.5 h
    proj("Thames Rowing Club Site", "secretary@thamesrowingclub.org.uk")
    owdpay("owd_e_702", "OWD-2025-702", "Thames Rowing Club Site", "deposit", "18000.00", "2025-09-15T14:00:00")
    f, _ = mail("o02-deposit-72h-uk", "Club Secretary <secretary@thamesrowingclub.org.uk>", OWD, "Deposit - Thames Rowing Club Site",
                "2025-09-18 10:00 +0100",
                "Dear Optima WebDesign,\n\nThe committee voted last night not to proceed with the new Thames Rowing Club Site this season, as "
                "the boathouse repairs have taken the budget. We would therefore like our booking deposit (OWD-2025-702) returned.\n\n"
                "With thanks,\nEleanor Whitfield\nHon. Secretary\n")
    case("o02-deposit-72h-uk", [f], OWB, "decided", [D("refund", "deny")],
         spec="O2: paid 2025-09-15 14:00 IST; request 2025-09-18 10:00 +01:00 = 14:30 IST = 72.5 h >= 72 h -> deny")

    # o03 discovery, kickoff scheduled after the request
    proj("Copperleaf Yoga Rebrand", "hello@copperleafyoga.com.au", "2025-09-30T11:00:00")
    owdpay("owd_e_703", "OWD-2025-703", "Copperleaf Yoga Rebrand", "discovery", "9500.00", "2025-09-24T10:00:00")
    f, _ = mail("o03-discovery-before-kickoff", "Tess Morgan <hello@copperleafyoga.com.au>", OWD, "Cancel discovery session + refund",
                "2025-09-29 15:00 +1000",
                "Hi,\n\nOur discovery workshop for the Copperleaf Yoga Rebrand is booked for tomorrow, but my business partner and I have "
                "decided to split, so there's no brand to rebrand. Please cancel the session and refund the strategy fee, OWD-2025-703.\n\n"
                "Thanks, Tess\n")
    case("o03-discovery-before-kickoff", [f], OWB, "decided", [D("refund", "approve", "9500.00")], extra_ok=True,
         spec="O1: work_started_at 2025-09-30 11:00 is later than the request 2025-09-29 10:30 IST -> nothing started, approve 9500.00 (a cancellation of the session, if listed, is not checked: extra_ok)")

    # o04 discovery already held, Australian
    proj("Outback Tours Booking", "bookings@outbacktours.com.au", "2025-09-12T09:00:00")
    owdpay("owd_e_704", "OWD-2025-704", "Outback Tours Booking", "discovery", "14000.00", "2025-09-10T09:00:00")
    f, _ = mail("o04-discovery-held", "Outback Tours <bookings@outbacktours.com.au>", OWD, "Strategy fee - Outback Tours Booking",
                "2025-09-19 09:00 +0930",
                "G'day,\n\nWe had the strategy session on the 12th but honestly didn't get much out of it -- it was mostly stuff we already knew. "
                "We'd like the strategy fee (OWD-2025-704) back please.\n\nRegards,\nBruce\nOutback Tours, Alice Springs\n")
    case("o04-discovery-held", [f], OWB, "decided", [D("refund", "deny")],
         spec="O1: the session started 2025-09-12, before the request 2025-09-19 -> deny")

    # o05 milestone not started, customer quotes the amount incl. GST
    proj("Nilgiri Tea Estate Shop", "estate.office@nilgiritea.in", "2025-08-01T10:00:00")
    owdpay("owd_e_705", "OWD-2025-705", "Nilgiri Tea Estate Shop", "milestone", "25000.00", "2025-08-01T10:00:00", milestone_status="completed")
    owdpay("owd_e_706", "OWD-2025-706", "Nilgiri Tea Estate Shop", "milestone", "30000.00", "2025-09-20T10:00:00", milestone_status="not_started")
    f, _ = mail("o05-milestone-not-started", "Nilgiri Tea Estate Office <estate.office@nilgiritea.in>", OWD, "Milestone 3 (subscription module) - refund",
                "2025-09-26 11:20 +0530",
                "Dear Team,\n\nFor the Nilgiri Tea Estate Shop, we have paid ₹35,400 (incl. GST) for milestone 3, the tea subscription module "
                "(OWD-2025-706). The board has decided to drop subscriptions for now and focus on wholesale, and we understand work on this "
                "milestone has not begun. Kindly refund the same.\n\nRegards,\nK. Ramachandran\nEstate Manager\n")
    case("o05-milestone-not-started", [f], OWB, "decided", [D("refund", "approve", "30000.00")],
         spec="O3: milestone OWD-2025-706 not_started -> approve its amount before tax 30000.00 (the customer's ₹35,400 includes GST, C6; the ledger wins)")

    # o06 milestone completed
    proj("Redwood Family Law Site", "admin@redwoodfamilylaw.com", "2025-07-15T10:00:00")
    owdpay("owd_e_707", "OWD-2025-707", "Redwood Family Law Site", "milestone", "28000.00", "2025-08-20T10:00:00", milestone_status="completed")
    f, _ = mail("o06-milestone-completed", "Redwood Admin <admin@redwoodfamilylaw.com>", OWD, "Refund for homepage milestone",
                "2025-09-22 13:00 -0700",
                "Hello,\n\nThe homepage milestone for the Redwood Family Law Site (OWD-2025-707) was delivered, but after living with it for "
                "a month the partners feel it looks dated. We'd like a refund for that milestone.\n\nBest,\nDana\nOffice Administrator\n")
    case("o06-milestone-completed", [f], OWB, "decided", [D("refund", "deny")],
         spec="O3/O6: milestone completed -> deny ('Completed deliverables'); the firm name 'Family Law' is no legal threat")

    # o07 milestone in progress, Indian formal
    proj("Kaveri Hospital Patient Portal", "it@kaverihospital.in", "2025-08-10T10:00:00")
    owdpay("owd_e_708", "OWD-2025-708", "Kaveri Hospital Patient Portal", "milestone", "60000.00", "2025-09-05T10:00:00", milestone_status="in_progress")
    f, _ = mail("o07-milestone-in-progress", "Kaveri Hospital IT <it@kaverihospital.in>", OWD, "Request for partial refund - Kaveri Hospital Patient Portal",
                "2025-09-24 17:30 +0530",
                "Dear Sir/Madam,\n\nWith reference to milestone 2 (appointment booking) of the Kaveri Hospital Patient Portal, invoice OWD-2025-708, "
                "we have been informed by our management that the appointment module will now be provided by our HIS vendor. "
                "As the work is only partly done, we request refund of the balance portion.\n\nThanks and regards,\nS. Venkatesh\nHead - IT\n")
    case("o07-milestone-in-progress", [f], OWB, "decided", [D("refund", "escalate")],
         spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person), no amount")

    # o08 retainer, exactly 7 days' notice
    proj("Bluegum Realty Marketing", "marketing@bluegumrealty.com.au", "2025-03-08T10:00:00")
    owdpay("owd_e_709", "OWD-2025-709", "Bluegum Realty Marketing", "retainer", "22000.00", "2025-09-08T10:00:00",
           period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T00:00:00")
    f, _ = mail("o08-retainer-exactly-7", "Bluegum Realty <marketing@bluegumrealty.com.au>", OWD, "Ending our monthly retainer",
                "2025-10-01 13:00 +1000",
                "Hi team,\n\nPlease take this as our notice to end the Bluegum Realty Marketing retainer (last invoice OWD-2025-709). "
                "We've hired a full-time marketing coordinator, so we'll run socials and listings in-house from October.\n\n"
                "Thanks for everything,\nSam\n")
    case("o08-retainer-exactly-7", [f], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-10-07")],
         spec="O4: next_billing_at 2025-10-08, cut-off = 2025-10-08 - 7 days = 2025-10-01; request 2025-10-01 13:00 +10:00 = 08:30 IST on 2025-10-01, on the cut-off -> in time, cancel effective 2025-10-07")

    # o09 retainer, 6 days' notice
    proj("Maple Street Dental Care Plan", "frontdesk@maplestreetdental.com", "2025-04-06T10:00:00")
    owdpay("owd_e_710", "OWD-2025-710", "Maple Street Dental Care Plan", "retainer", "16000.00", "2025-09-06T10:00:00",
           period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
    f, _ = mail("o09-retainer-6-days", "Maple Street Dental <frontdesk@maplestreetdental.com>", OWD, "Cancel website care plan",
                "2025-09-30 09:00 -0400",
                "Hi,\n\nWe need to cancel the Maple Street Dental Care Plan retainer, invoice OWD-2025-710. Dr. Patel is retiring and the "
                "practice is being merged into a group that manages its own website.\n\nThank you,\nLinda, Front Desk\n")
    case("o09-retainer-6-days", [f], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-11-05")],
         spec="O4: next_billing_at 2025-10-06, cut-off 2025-09-29; request 2025-09-30 18:30 IST is late -> next cycle 2025-10-06..2025-11-05 is billed, effective 2025-11-05")

    # o10 retainer: writer's local date is late, IST date is in time
    proj("Bondi Surf School Socials", "crew@bondisurfschool.com.au", "2025-05-01T10:00:00")
    owdpay("owd_e_711", "OWD-2025-711", "Bondi Surf School Socials", "retainer", "11000.00", "2025-09-01T10:00:00",
           period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    f, _ = mail("o10-retainer-tz-edge", "Bondi Surf School <crew@bondisurfschool.com.au>", OWD, "Retainer - pulling the pin",
                "2025-09-25 02:00 +1000",
                "Hey legends,\n\nLate one, sorry. We're pulling the pin on the Bondi Surf School Socials retainer (OWD-2025-711) -- winter was "
                "rough and we can't justify the spend till summer's properly going.\n\nCheers,\nMick\n")
    case("o10-retainer-tz-edge", [f], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-09-30")],
         spec="O4: next_billing_at 2025-10-01, cut-off 2025-09-24; request 2025-09-25 02:00 +10:00 = 2025-09-24 21:30 IST, on the cut-off in the brand's zone -> in time, effective 2025-09-30")

    # o11 hosting, before the service starts
    proj("Lakeside Vets Hosting", "practice@lakesidevets.co.uk", "2025-09-25T10:00:00")
    owdpay("owd_e_712", "OWD-2025-712", "Lakeside Vets Hosting", "hosting_annual", "9600.00", "2025-09-25T10:00:00",
           setup_fee="1200.00", service_start="2025-10-05")
    f, _ = mail("o11-hosting-before-start", "Lakeside Vets <practice@lakesidevets.co.uk>", OWD, "Annual hosting - change of plan",
                "2025-09-28 16:00 +0100",
                "Hello,\n\nWe've been told by our new parent group that all practice websites must sit on their central hosting, so we won't "
                "need the Lakeside Vets Hosting annual plan (OWD-2025-712) we bought last week. It hasn't started yet. Please cancel it and "
                "refund what you can.\n\nKind regards,\nAmelia Grant, Practice Manager\n")
    case("o11-hosting-before-start", [f], OWB, "decided", [D("refund", "approve", "7700.00")], extra_ok=True,
         spec="O5 + section 8 (before the service starts consumed_months = 1): monthly_value = (9600 - 1200)/12 = 700; refund = 9600 - 1200 - 700 = 7700.00")

    # o12 maintenance, day 14 exactly
    proj("Greenfield School Website Care", "bursar@greenfieldschool.edu.in", "2025-09-16T10:00:00")
    owdpay("owd_e_713", "OWD-2025-713", "Greenfield School Website Care", "maintenance_annual", "30000.00", "2025-09-15T10:00:00",
           setup_fee="4500.00", service_start="2025-09-16")
    f, _ = mail("o12-maintenance-day14", "The Bursar <bursar@greenfieldschool.edu.in>", OWD, "Annual maintenance contract OWD-2025-713",
                "2025-09-30 17:00 +0530",
                "Dear Sir,\n\nThe school trust has decided that our IT teacher will maintain the Greenfield School Website Care scope internally. "
                "We therefore wish to cancel the annual maintenance contract (OWD-2025-713) and request a pro-rata refund as per your policy.\n\n"
                "Regards,\nBursar, Greenfield School\n")
    case("o12-maintenance-day14", [f], OWB, "decided", [D("refund", "approve", "23375.00")], extra_ok=True,
         spec="O5: service_start 2025-09-16, request 2025-09-30 = day 14 (inside); monthly_value = (30000 - 4500)/12 = 2125; refund = 30000 - 4500 - 2125 x 1 = 23375.00")

    # o13 hosting, day 15
    proj("Pinecrest Cabins Hosting", "stay@pinecrestcabins.com", "2025-09-10T10:00:00")
    owdpay("owd_e_714", "OWD-2025-714", "Pinecrest Cabins Hosting", "hosting_annual", "12000.00", "2025-09-09T10:00:00",
           setup_fee="1500.00", service_start="2025-09-10")
    f, _ = mail("o13-hosting-day15", "Pinecrest Cabins <stay@pinecrestcabins.com>", OWD, "Hosting refund",
                "2025-09-25 08:00 -0600",
                "Hi there,\n\nWe'd like to cancel the Pinecrest Cabins Hosting annual plan (OWD-2025-714) and get a prorated refund. "
                "Our booking platform includes a website now, so we don't need separate hosting.\n\nThanks,\nRuth & Gary\n")
    case("o13-hosting-day15", [f], OWB, "decided", [D("refund", "deny")], extra_ok=True,
         spec="O5: service_start 2025-09-10, request 2025-09-25 08:00 -06:00 = 2025-09-25 19:30 IST = day 15 > 14 -> deny")

    # o14 change request, UK
    proj("Cotswold Cheese Co Shop", "shop@cotswoldcheese.co.uk", "2025-07-01T10:00:00")
    owdpay("owd_e_715", "OWD-2025-715", "Cotswold Cheese Co Shop", "change_request", "7500.00", "2025-09-12T10:00:00")
    f, _ = mail("o14-change-request", "Cotswold Cheese Co <shop@cotswoldcheese.co.uk>", OWD, "Gift hamper builder - refund",
                "2025-09-19 12:00 +0100",
                "Hi both,\n\nWe asked for the gift hamper builder as an extra on the Cotswold Cheese Co Shop (OWD-2025-715), but having seen it "
                "live, customers just aren't using it. Could we have that money back? Happy to have it taken down.\n\nBest,\nPhilippa\n")
    case("o14-change-request", [f], OWB, "decided", [D("refund", "deny")],
         spec="O6: change_request fees (outside the original scope) are never refundable -> deny")

    # o15 premium plugin licence, Australian
    proj("Kookaburra Kids Childcare Site", "director@kookaburrakids.com.au", "2025-08-01T10:00:00")
    owdpay("owd_e_716", "OWD-2025-716", "Kookaburra Kids Childcare Site", "third_party", "6200.00", "2025-09-18T10:00:00")
    f, _ = mail("o15-plugin-licence", "Kookaburra Kids <director@kookaburrakids.com.au>", OWD, "Booking plugin licence refund",
                "2025-09-22 10:30 +1000",
                "Hi,\n\nWe've decided to use the council's free enrolment system instead, so we won't need the premium booking plugin licence "
                "you bought for the Kookaburra Kids Childcare Site (OWD-2025-716). Please refund it.\n\nThanks,\nJo Bennett, Director\n")
    case("o15-plugin-licence", [f], OWB, "decided", [D("refund", "deny")],
         spec="O6: third_party (premium plugin licence) is never refundable -> deny")

    # o16 Outlook forward naming the contract email
    proj("Sterling Wealth Advisors Site", "compliance@sterlingwealth.com", "2025-09-01T10:00:00")
    owdpay("owd_e_717", "OWD-2025-717", "Sterling Wealth Advisors Site", "milestone", "45000.00", "2025-09-15T10:00:00", milestone_status="not_started")
    f, _ = mail("o16-fw-contract-email", "Bradley Kim <bkim@sterlingwealth.com>", OWD, "FW: Sterling Wealth Advisors Site - milestone refund",
                "2025-09-26 10:00 -0400",
                "Forwarding as requested -- see below.\n\nBradley Kim | Associate\n\n"
                "From: Compliance Team <compliance@sterlingwealth.com>\nSent: Thursday, September 25, 2025 4:40 PM\nTo: Bradley Kim <bkim@sterlingwealth.com>\n"
                "Subject: Sterling Wealth Advisors Site - milestone refund\n\nBradley, please ask Optima WebDesign to refund milestone 2 "
                "(OWD-2025-717) of the Sterling Wealth Advisors Site. Our contract email with them is compliance@sterlingwealth.com. "
                "The client portal has been dropped after the regulator's guidance.\n\nCompliance\n")
    case("o16-fw-contract-email", [f], OWB, "need_info", rules=["C2"],
         spec="Section 8 Forwards: the forwarded request names the contract email compliance@sterlingwealth.com; the sender bkim@ is not it -> C2 need_info")

    # o17 Reply-To pointing at the contract email
    proj("Saffron Kitchen Online Orders", "orders@saffronkitchen.co.uk", "2025-09-20T10:00:00")
    owdpay("owd_e_718", "OWD-2025-718", "Saffron Kitchen Online Orders", "deposit", "12000.00", "2025-09-19T10:00:00")
    f, _ = mail("o17-reply-to-trick", "Arjun Kapoor <arjun.k.saffron@gmail.com>", OWD, "Deposit refund Saffron Kitchen Online Orders",
                "2025-09-20 08:00 +0100",
                "Hi, I'm the owner of Saffron Kitchen. Please refund the deposit OWD-2025-718 for Saffron Kitchen Online Orders, "
                "we've signed up with Deliveroo's own ordering instead. Reply to orders@ as usual.\nArjun\n",
                headers={"Reply-To": "orders@saffronkitchen.co.uk"})
    case("o17-reply-to-trick", [f], OWB, "need_info", rules=["C2"],
         spec="Section 8 Addresses: the sender is the From address; Reply-To never verifies anyone -> C2 need_info")

    # o18 C4 chargeback on a deposit that would be refundable
    proj("Mesa Verde Winery Site", "info@mesaverdewinery.com")
    owdpay("owd_e_719", "OWD-2025-719", "Mesa Verde Winery Site", "deposit", "35000.00", "2025-09-28T20:00:00")
    f, _ = mail("o18-c4-chargeback", "Mesa Verde Winery <info@mesaverdewinery.com>", OWD, "Deposit OWD-2025-719 -- refund NOW",
                "2025-09-29 09:00 -0700",
                "We paid the Mesa Verde Winery Site deposit by mistake -- our marketing manager booked you without approval. "
                "Refund OWD-2025-719 today or I'm filing a chargeback with Amex.\n\nRich Alvarez, GM\n")
    case("o18-c4-chargeback", [f], OWB, "decided", [D("refund", "escalate")], rules=["C4"],
         spec="C4: chargeback threat -> escalate, although O2 alone would approve (request 2025-09-29 21:30 IST, 25.5 h after payment)")

    # o19 C4 solicitor, UK, on a retainer cancellation
    proj("Whitmore Builders Retainer", "office@whitmorebuilders.co.uk", "2025-01-12T10:00:00")
    owdpay("owd_e_720", "OWD-2025-720", "Whitmore Builders Retainer", "retainer", "15000.00", "2025-09-12T10:00:00",
           period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
    f, _ = mail("o19-c4-solicitor", "Whitmore Builders <office@whitmorebuilders.co.uk>", OWD, "Termination of retainer - Whitmore Builders",
                "2025-09-23 15:00 +0100",
                "Dear Sirs,\n\nWe hereby terminate the Whitmore Builders Retainer (OWD-2025-720) as the SEO results promised in April have not "
                "materialised. Any further invoices will be passed straight to our solicitors, and we will not hesitate to take legal action.\n\n"
                "J. Whitmore\nManaging Director\n")
    case("o19-c4-solicitor", [f], OWB, "decided", [D("cancellation", "escalate")], rules=["C4"],
         spec="C4 + section 8 'C4 covers the whole case': a lawyer / legal action threat escalates the cancellation too")

    # o20 no project name, no invoice, two projects on the contract email
    proj("Lotus Spa Booking", "manager@lotusspa.in", "2025-08-01T10:00:00")
    proj("Lotus Spa Blog", "manager@lotusspa.in", "2025-08-01T10:00:00")
    owdpay("owd_e_721", "OWD-2025-721", "Lotus Spa Booking", "retainer", "8000.00", "2025-09-01T10:00:00",
           period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    owdpay("owd_e_722", "OWD-2025-722", "Lotus Spa Blog", "retainer", "5000.00", "2025-09-10T10:00:00",
           period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    f, _ = mail("o20-no-project-no-invoice", "Lotus Spa Manager <manager@lotusspa.in>", OWD, "Stop the monthly",
                "2025-09-21 12:00 +0530",
                "Hi,\n\nPlease stop the monthly retainer from next month. We are renovating the spa for three months and won't run any promotions.\n\n"
                "Thanks,\nMeera\n")
    case("o20-no-project-no-invoice", [f], OWB, "need_info", missing=["project_name", "invoice_number"],
         spec="Section 4: project name and invoice are required; the contract email has two projects with a retainer each, neither named -> C3 need_info missing project_name, invoice_number (reason given)")

    # o21 thread: cancellation without a reason, then the reason
    proj("Silver Fern Accounting Site", "partners@silverfernaccounting.co.nz", "2025-02-15T10:00:00")
    owdpay("owd_e_723", "OWD-2025-723", "Silver Fern Accounting Site", "retainer", "10000.00", "2025-09-15T10:00:00",
           period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    f1, m1 = mail("o21-thread-1", "Silver Fern Accounting <partners@silverfernaccounting.co.nz>", OWD, "Cancellation - Silver Fern Accounting Site OWD-2025-723",
                  "2025-09-24 09:00 +1200",
                  "Kia ora,\n\nPlease cancel the monthly retainer for the Silver Fern Accounting Site (invoice OWD-2025-723).\n\n"
                  "Ngā mihi,\nAroha\n")
    f2, _ = mail("o21-thread-2", "Silver Fern Accounting <partners@silverfernaccounting.co.nz>", OWD, "Re: Cancellation - Silver Fern Accounting Site OWD-2025-723",
                 "2025-09-30 08:30 +1300",
                 "Kia ora,\n\nThe reason: we've merged with another practice and the site will redirect to theirs from November.\n\nAroha\n\n"
                 "> Please let us know the reason for the cancellation.\n",
                 reply_to=(m1, "<o21-support.en13@optimawebdesign.com>"))
    case("o21-thread-reason-later", [f1, f2], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-10-14")],
         spec="C3 thread: the reason arrives in the reply; request time = first email 2025-09-24 09:00 +12:00 = 2025-09-24 02:30 IST; next_billing_at 2025-10-15, cut-off 2025-10-08 -> in time (the reply on 2025-09-30 would also be), cancel effective 2025-10-14")

    # o22 hypothetical before buying hosting
    f, _ = mail("o22-hypothetical-hosting", "Owen Davies <owen@daviesphotography.co.uk>", OWD, "Question about hosting plans",
                "2025-09-24 19:00 +0100",
                "Hi,\n\nI'm considering your annual managed hosting for my photography portfolio. If I signed up and it turned out to be too "
                "slow for big image galleries, would I get anything back if I cancelled in the first couple of weeks? And is the setup fee "
                "refundable?\n\nCheers,\nOwen\n")
    case("o22-hypothetical-hosting", [f], OWB, "other",
         spec="Section 8: 'would I get anything back if I cancelled' before buying is a policy question, nothing else asked -> other")

    # o23 negation about the domain + cancellation of the retainer
    proj("Harbourside Physio Marketing", "clinic@harboursidephysio.com.au", "2025-06-20T10:00:00")
    owdpay("owd_e_724", "OWD-2025-724", "Harbourside Physio Marketing", "retainer", "13500.00", "2025-09-20T10:00:00",
           period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    owdpay("owd_e_725", "OWD-2025-725", "Harbourside Physio Marketing", "third_party", "1500.00", "2025-06-20T10:00:00")
    f, _ = mail("o23-negation-domain", "Harbourside Physio <clinic@harboursidephysio.com.au>", OWD, "Harbourside Physio Marketing - cancel retainer",
                "2025-09-27 11:00 +1000",
                "Hi,\n\nWe're not after a refund for the domain (OWD-2025-725) -- we know that's a third-party cost and we're keeping it. "
                "But please cancel the marketing retainer, OWD-2025-724: we've been bought out by a national chain that does its own marketing.\n\n"
                "Thanks,\nDr. Nick Papadopoulos\n")
    case("o23-negation-domain", [f], OWB, "decided", [D("cancellation", "cancel", effective_date="2025-10-19")],
         spec="Section 8 negation: 'not after a refund' adds no refund; O4: next_billing_at 2025-10-20, cut-off 2025-10-13, request 2025-09-27 in time -> cancel effective 2025-10-19")

    # o24 deposit already refunded
    proj("Peachtree Pet Grooming Site", "hello@peachtreepets.com")
    owdpay("owd_e_726", "OWD-2025-726", "Peachtree Pet Grooming Site", "deposit", "16000.00", "2025-09-26T10:00:00", status="refunded")
    f, _ = mail("o24-deposit-already-refunded", "Peachtree Pets <hello@peachtreepets.com>", OWD, "Where's my deposit refund?",
                "2025-09-27 10:00 -0400",
                "Hi,\n\nFollowing up on the Peachtree Pet Grooming Site: we decided not to go ahead because we're moving states, and I asked "
                "for the deposit (OWD-2025-726) back on the phone. Please refund it to my card.\n\nCarla\n")
    case("o24-deposit-already-refunded", [f], OWB, "decided", [D("refund", "escalate")],
         spec="Section 8 Payments not paid: OWD-2025-726 is 'refunded' -> escalate, never approve twice")

    # o25 C7 auto-generated
    f, _ = mail("o25-c7-autogenerated", "Zenith Dental Notifications <no-reply@zenithdental.com>", OWD, "Automatic notification: invoice OWD-2025-7xx received",
                "2025-09-26 06:00 -0400",
                "This is an automated message from Zenith Dental accounts payable. Your invoice has been received and queued for approval. "
                "Do not reply to this email.\n",
                headers={"Auto-Submitted": "auto-generated"})
    case("o25-c7-autogenerated", [f], OWB, "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-generated -> ignore")

    # o26 C7 from the brand's own address
    f, _ = mail("o26-c7-own-address", "Optima WebDesign Support <support@optimawebdesign.com>", OWD, "Refund Request — internal copy",
                "2025-09-26 12:00 +0530",
                "Copy of the refund confirmation sent to a client for the record.\n\nBilling & Refunds Desk\n")
    case("o26-c7-own-address", [f], OWB, "ignore", rules=["C7"],
         spec="C7: the brand's own address (support@optimawebdesign.com) as sender -> ignore")

    # o27 Apple Mail forward of one's own earlier message, from the contract email
    proj("Blue Ridge Bakery Shop", "orders@blueridgebakery.com", "2025-08-20T10:00:00")
    owdpay("owd_e_727", "OWD-2025-727", "Blue Ridge Bakery Shop", "milestone", "20000.00", "2025-09-18T10:00:00", milestone_status="not_started")
    f, _ = mail("o27-apple-fwd-self", "Blue Ridge Bakery <orders@blueridgebakery.com>", OWD, "Fwd: Blue Ridge Bakery Shop - milestone 3",
                "2025-09-29 08:15 -0400",
                "Sending this again as I haven't heard back.\n\nBegin forwarded message:\n\n"
                "From: Blue Ridge Bakery <orders@blueridgebakery.com>\nSubject: Blue Ridge Bakery Shop - milestone 3\n"
                "Date: September 22, 2025 at 9:02:11 AM EDT\nTo: support@optimawebdesign.com\n\n"
                "Hi, we'd like to drop milestone 3 (wholesale ordering portal, OWD-2025-727) from the Blue Ridge Bakery Shop and get that "
                "payment refunded. Our wholesale customers prefer to keep ordering by phone.\n\nThanks,\nMolly\n")
    case("o27-apple-fwd-self", [f], OWB, "decided", [D("refund", "approve", "20000.00")],
         spec="Forward of the contract holder's own earlier request, sent from the contract email (C2 satisfied); O3 milestone not_started -> approve 20000.00")

    # o28 discovery paid with a PO reference
    proj("Aravali Resorts Strategy", "gm@aravaliresorts.in")
    owdpay("owd_e_728", "PO-58120", "Aravali Resorts Strategy", "discovery", "15000.00", "2025-09-25T10:00:00")
    f, _ = mail("o28-discovery-po", "Aravali Resorts GM <gm@aravaliresorts.in>", OWD, "Refund - Aravali Resorts Strategy, PO 58120",
                "2025-09-27 14:00 +0530",
                "Dear Optima team,\n\nOur owners have put the resort expansion on hold after the monsoon damage, so the Aravali Resorts Strategy "
                "engagement will not proceed. No sessions have been scheduled yet. Please refund the discovery fee paid against our PO 58120.\n\n"
                "Regards,\nAditya Rathore\nGeneral Manager\n")
    case("o28-discovery-po", [f], OWB, "decided", [D("refund", "approve", "15000.00")],
         spec="Payment reference 'PO 58120' = PO-58120 (section 8 matching); O1: work_started_at empty -> approve 15000.00")

    # o29 hosting refund + explicit cancellation, US
    proj("Ironclad Gym Hosting", "admin@ironcladgym.com", "2025-09-22T10:00:00")
    owdpay("owd_e_729", "OWD-2025-729", "Ironclad Gym Hosting", "hosting_annual", "14400.00", "2025-09-21T10:00:00",
           setup_fee="2400.00", service_start="2025-09-22")
    f, _ = mail("o29-hosting-refund-cancel", "Ironclad Gym <admin@ironcladgym.com>", OWD, "Cancel hosting + refund (Ironclad Gym Hosting)",
                "2025-09-27 18:00 -0500",
                "Hi,\n\nOur franchisor just mandated their own web platform for all locations, so please cancel the Ironclad Gym Hosting annual "
                "plan (OWD-2025-729) and refund whatever is due under your 14-day rule.\n\nTy Richardson\nIronclad Gym, Omaha NE\n")
    case("o29-hosting-refund-cancel", [f], OWB, "decided", [D("refund", "approve", "11000.00")], extra_ok=True,
         spec="O5: service_start 2025-09-22, request 2025-09-28 04:30 IST = day 6; monthly_value = (14400 - 2400)/12 = 1000; refund = 14400 - 2400 - 1000 = 11000.00; the cancellation part is not checked (extra_ok)")


# ---------------------------------------------------------------- hard addressing
def addressing_cases():
    # x01 no configured brand
    f, _ = mail("x01-no-brand", "Laura Bennett <laura@bennettcreative.com>", "hello@pixelforge-studio.com", "Refund for logo package",
                "2025-09-25 10:00 -0400",
                "Hi, I'd like a refund for the logo package, the designs weren't what we discussed. Invoice PF-2211.\nLaura\n")
    case("x01-no-brand", [f], None, "other",
         spec="Section 7: an email for no configured brand gets brand null, status other (C1)")

    # x02 brand by Delivered-To behind a distribution list address
    cust("accounts@tandooriexpress.co.uk", "Tandoori Express", "monthly", "2025-09-17", "2025-10-16")
    lopay("lo_e_94351", "LO-INV-94351", "accounts@tandooriexpress.co.uk", "monthly", "2999.00", "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
    f, _ = mail("x02-delivered-to", "Tandoori Express Accounts <accounts@tandooriexpress.co.uk>", "Tandoori Express Accounts <accounts@tandooriexpress.co.uk>",
                "cancel subscription", "2025-09-29 11:00 +0100",
                "Hello,\n\nPlease cancel our monthly LeadsOptima subscription. We've closed our second branch and no longer do outbound marketing.\n\n"
                "Regards,\nAccounts, Tandoori Express\n",
                headers={"Delivered-To": "support@leadsoptima.com"})
    case("x02-delivered-to", [f], LOB, "decided", [D("cancellation", "cancel", effective_date="2025-10-16")],
         spec="C1: sent to themselves with LeadsOptima in Bcc; the To address is no brand's but Delivered-To is support@leadsoptima.com -> LeadsOptima; L8 cancel, current_period_end 2025-10-16")

    # x03 Optima cancellation whose only 'reason' is a forwarding note
    proj("Coral Coast Dive Site", "bookings@coralcoastdive.com.au", "2025-04-11T10:00:00")
    owdpay("owd_e_730", "OWD-2025-730", "Coral Coast Dive Site", "retainer", "9000.00", "2025-09-11T10:00:00",
           period_start="2025-09-11", period_end="2025-10-10", next_billing_at="2025-10-11T00:00:00")
    f, _ = mail("x03-fwd-note-only", "Coral Coast Dive <bookings@coralcoastdive.com.au>", OWD, "Fwd: retainer",
                "2025-09-26 09:00 +1000",
                "See below, please action.\n\n---------- Forwarded message ---------\nFrom: Coral Coast Dive <bookings@coralcoastdive.com.au>\n"
                "Date: Thu, 25 Sept 2025 at 17:10\nSubject: retainer\nTo: Coral Coast Dive <bookings@coralcoastdive.com.au>\n\n"
                "Note to self: cancel the Coral Coast Dive Site retainer with Optima, invoice OWD-2025-730.\n")
    case("x03-fwd-note-only", [f], OWB, "need_info", missing=["reason"],
         spec="Section 8: a forwarding note ('see below, please action') and the restated request are not reasons; Optima needs a reason for a cancellation -> C3 need_info missing reason (sender = contract email, project and invoice given)")

    # x04 HTML-only reply withdrawing an earlier refund request (quoted below), keeps the cancellation
    cust("ben.carter@cartermotors.com", "Ben Carter", "quarterly", "2025-07-12", "2025-10-11")
    lopay("lo_e_94361", "LO-INV-94361", "ben.carter@cartermotors.com", "quarterly", "7497.00", "2025-07-12T10:00:00", "2025-07-12", "2025-10-11")
    f, _ = mail("x04-html-withdrawn-refund", "Ben Carter <ben.carter@cartermotors.com>", LO, "Re: dashboard down - refund",
                "2025-09-26 09:00 -0400",
                html="<html><body><div>Hi again,</div><div>Never mind the refund &ndash; the dashboard came back an hour after I wrote, "
                     "so forget what I said below. I do still want to cancel though: please don't renew the quarterly plan, we're "
                     "switching to the CRM our new dealer group uses.</div><div>Ben</div>"
                     "<div><br></div><div><b>From:</b> Ben Carter &lt;ben.carter@cartermotors.com&gt;<br><b>Sent:</b> Friday, September 26, 2025 7:40 AM<br>"
                     "<b>To:</b> support@leadsoptima.com<br><b>Subject:</b> dashboard down - refund</div>"
                     "<blockquote>Your dashboard has been down all morning and I can't access any of my leads. I want a refund for "
                     "LO-INV-94361.</blockquote></body></html>")
    case("x04-html-withdrawn-refund", [f], LOB, "decided", [D("cancellation", "cancel", effective_date="2025-10-11")],
         spec="The new text withdraws the quoted refund request ('Never mind the refund') and asks to cancel; section 8 negation: no refund intent; L8 cancel, current_period_end 2025-10-11 (HTML-only with quoted Outlook history)")

    # x05 multipart/alternative, annual maintenance with no setup fee
    proj("Sundaram Textiles Website Care", "md.office@sundaramtextiles.in", "2025-09-25T10:00:00")
    owdpay("owd_e_731", "OWD-2025-731", "Sundaram Textiles Website Care", "maintenance_annual", "18000.00", "2025-09-24T10:00:00",
           service_start="2025-09-25")
    txt = ("Dear Sir/Madam,\n\nWe wish to discontinue the Sundaram Textiles Website Care annual maintenance (OWD-2025-731) since our "
           "group IT department will now handle all websites centrally. Kindly cancel the contract and refund the eligible amount.\n\n"
           "Warm regards,\nL. Sundaram\nManaging Director's Office, Sundaram Textiles, Coimbatore\n")
    f, _ = mail("x05-multipart-maintenance-no-setup", "MD Office Sundaram Textiles <md.office@sundaramtextiles.in>", OWD,
                "Refund Request — Sundaram Textiles Website Care / OWD-2025-731", "2025-09-28 10:00 +0530",
                txt, html="<html><body><p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")
    case("x05-multipart-maintenance-no-setup", [f], OWB, "decided", [D("refund", "approve", "16500.00")], extra_ok=True,
         spec="O5: no setup fee (null = 0); service_start 2025-09-25, request 2025-09-28 day 3; monthly_value = 18000/12 = 1500; refund = 18000 - 0 - 1500 x 1 = 16500.00")


def main():
    lo_cases()
    owd_cases()
    addressing_cases()
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for name in os.listdir(os.path.join(HERE, "emails")):
        if name.endswith(".eml"):
            os.remove(os.path.join(HERE, "emails", name))
    for fname, data in sorted(EMAILS.items()):
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "duplicate invoice"
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")


if __name__ == "__main__":
    main()
