"""Fresh held-out round 12, hard English: writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (no product code read). Stdlib only, deterministic.
Licence: MIT (all text written for this project).
Run: python3 make_cases.py
"""

import json
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LANG = "en"

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
WRITTEN = {}


def customer(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lo_pay(pid, invoice, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid", currency="INR"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": invoice, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": currency, "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def project(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owd_pay(pid, invoice, proj, kind, amount, tax, paid_at, status="paid", currency="INR", setup_fee=None,
            service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": invoice, "project": proj,
                               "kind": kind, "amount": amount, "tax": tax, "currency": currency,
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def mail(name, frm, to, subject, date, body=None, html=None, headers=(), reply_to=None, thread=None, cc=None):
    """Write emails/<name>.eml. date: 'YYYY-MM-DD HH:MM +HHMM'. thread: name of the email this answers."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.strptime(date, "%Y-%m-%d %H:%M %z"))
    domain = frm.split("@")[-1].rstrip(">") if "@" in frm else "localhost"
    mid = f"<{name}.{LANG}12@{domain}>"
    msg["Message-ID"] = mid
    if thread:
        parent = WRITTEN[thread]
        bot_reply = f"<reply-{thread}.{LANG}12@mailbot.invalid>"
        msg["In-Reply-To"] = bot_reply
        msg["References"] = f"{parent} {bot_reply}"
    for k, v in headers:
        msg[k] = v
    if body is not None and html is not None:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    WRITTEN[name] = mid
    (EMAILS / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml"


def raw(name, text):
    (EMAILS / f"{name}.eml").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return f"emails/{name}.eml"


def case(cid, files, brand, status, rules, decisions, spec, missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files if isinstance(files, list) else [files],
         "brand": brand, "status": status, "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def refund(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def cancel(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


B_LO, B_OWD = "leadsoptima", "optima_webdesign"


def build():
    # ------------------------------------------------------------------ LeadsOptima
    customer("priya.menon@brightleads.in", "Priya Menon", "annual", start="2025-09-19", end="2026-09-18")
    lo_pay("pay_en_7031", "LO-INV-70311", "priya.menon@brightleads.in", "annual", "23988.00", "4317.84",
           "2025-09-19T21:40:00", "2025-09-19", "2026-09-18")
    lo_pay("pay_en_7032", "LO-INV-70312", "priya.menon@brightleads.in", "annual", "23988.00", "4317.84",
           "2025-09-19T21:42:00", "2025-09-19", "2026-09-18")
    f = mail("lo-dup-day7-late", "Priya Menon <priya.menon@brightleads.in>", LO,
             "annual renewal went through 2x??", "2025-09-26 23:55 +0530",
             "hi team,\n\njust noticed while doing the books - the annual renewal got debited two times on the "
             "19th, two separate entries on the card statement 2 mins apart. second one is lo inv 70312.\n"
             "can you send the extra one back pls. plan is annual, this email is the one on the account.\n\n"
             "thx\nPriya\n--\nPriya Menon | Founder, BrightLeads\n")
    case("lo-dup-day7-late", f, B_LO, "decided", [], [refund("approve", "23988.00")],
         "L2 duplicate_payment; two paid annual charges 23988.00 same period (2025-09-19 21:40 and 21:42 IST); "
         "request 2025-09-26 23:55 IST = day 7 -> inside L3 (day 7 is inside); L4 approve duplicate amount "
         "23988.00 before tax (C6); invoice 'lo inv 70312' = LO-INV-70312 (section 8)")

    customer("rahul.k@growthstack.io", "Rahul Kapoor", "monthly", start="2025-09-15", end="2025-10-14")
    lo_pay("pay_en_7033", "LO-INV-70321", "rahul.k@growthstack.io", "monthly", "2499.00", "449.82",
           "2025-09-15T11:00:00", "2025-09-15", "2025-10-14")
    lo_pay("pay_en_7034", "LO-INV-70322", "rahul.k@growthstack.io", "monthly", "2499.00", "449.82",
           "2025-09-15T11:03:00", "2025-09-15", "2025-10-14")
    f = mail("lo-dup-day8-utc", "Rahul Kapoor <rahul.k@growthstack.io>", LO,
             "Double charge on monthly plan - LO-INV-70322", "2025-09-22 19:10 +0000",
             "Hello,\n\nI was charged twice for my monthly plan on 15 Sept (LO-INV-70321 and LO-INV-70322). "
             "I'm writing a week later, which I believe is still within your 7 day window. Please refund "
             "the second charge.\n\nRegards,\nRahul Kapoor\nGrowthStack (writing from London)\n")
    case("lo-dup-day8-utc", f, B_LO, "decided", [], [refund("deny")],
         "L2 duplicate_payment; charge 2025-09-15 (day 0, IST); Date 2025-09-22 19:10 +0000 = 2025-09-23 00:40 "
         "IST = day 8 -> outside L3 -> deny citing the 7-day rule (windows count in the brand's zone, section 1)")

    customer("sandeep@tallyhoagency.com", "Sandeep Nair", "quarterly", start="2025-09-24", end="2025-12-23")
    for i, t in enumerate(["09:30", "09:31", "09:33"]):
        lo_pay(f"pay_en_704{i}", f"LO-INV-7033{i + 1}", "sandeep@tallyhoagency.com", "quarterly", "5997.00",
               "1079.46", f"2025-09-24T{t}:00", "2025-09-24", "2025-12-23")
    f = mail("lo-triple-charge", "Sandeep Nair <sandeep@tallyhoagency.com>", LO,
             "Charged THREE times for one quarterly renewal", "2025-09-25 12:20 +0530",
             "Hi,\n\nYour checkout page hung and I ended up paying 3 times for the same quarterly renewal "
             "(LO-INV-70331, LO-INV-70332, LO-INV-70333, all yesterday morning). I only need one. Please "
             "return the two extra payments to my card.\n\nSandeep Nair\nTallyHo Agency\n")
    case("lo-triple-charge", f, B_LO, "decided", [], [refund("approve", "11994.00")],
         "L2 duplicate_payment; three paid quarterly charges 5997.00 same period 2025-09-24; section 8: every charge "
         "after the first is a duplicate, refund = sum of those inside L3; request day 1 -> 2 x 5997.00 = 11994.00")

    customer("meera@inkpotstudio.in", "Meera Iyer", "monthly", start="2025-09-23", end="2025-10-22")
    lo_pay("pay_en_7051", "LO-INV-70351", "meera@inkpotstudio.in", "monthly", "1999.00", "359.82",
           "2025-09-23T08:10:00", "2025-09-23", "2025-10-22")
    f = mail("lo-dup-no-pair", "Meera Iyer <meera@inkpotstudio.in>", LO,
             "duplicate payment", "2025-09-25 16:45 +0530",
             "Hi,\n\nMy bank app shows ₹2,358.82 going out twice on the 23rd for LeadsOptima (invoice "
             "LO-INV-70351). Please refund the duplicate. Monthly plan.\n\nMeera\n")
    case("lo-dup-no-pair", f, B_LO, "decided", [], [refund("escalate")],
         "L2 duplicate_payment inside L3 (day 2), but the ledger holds one charge only -> L4: no such pair in the "
         "ledger -> escalate (no amount)")

    customer("arjun.b@fernandcode.dev", "Arjun Bhat", "monthly", status="cancelled", start="2025-08-21",
             end="2025-09-20")
    lo_pay("pay_en_7061", "LO-INV-70361", "arjun.b@fernandcode.dev", "monthly", "2499.00", "449.82",
           "2025-08-21T10:00:00", "2025-08-21", "2025-09-20")
    lo_pay("pay_en_7062", "LO-INV-70362", "arjun.b@fernandcode.dev", "monthly", "2499.00", "449.82",
           "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    f = mail("lo-past-cancel-charged", "Arjun Bhat <arjun.b@fernandcode.dev>", LO,
             "Re: your subscription", "2025-09-24 09:05 +0530",
             "Hello,\n\nI cancelled my monthly plan on the 14th (I still have the confirmation screen) and "
             "you took another payment on the 21st anyway, invoice LO-INV 70362. I want that money back.\n\n"
             "Arjun\n")
    case("lo-past-cancel-charged", f, B_LO, "decided", [], [refund("escalate")],
         "past event 'I cancelled on the 14th' is not a new cancellation request; the request is a refund, "
         "L2 billing_error ('charged after I cancelled'); charge 2025-09-21, request day 3 inside L3 -> L5 escalate")

    customer("kavya@snapdeals-outreach.in", "Kavya Reddy", "monthly", start="2025-09-27", end="2025-10-26")
    lo_pay("pay_en_7071", "LO-INV-70371", "kavya@snapdeals-outreach.in", "annual", "23988.00", "4317.84",
           "2025-09-27T14:00:00", "2025-09-27", "2026-09-26")
    f = mail("lo-wrong-plan", "Kavya Reddy <kavya@snapdeals-outreach.in>", LO,
             "Billed for annual, I picked monthly", "2025-09-28 11:30 +0530",
             "Hi there,\n\nI selected the monthly plan at checkout but got billed ₹23,988 for the annual one "
             "(LO-INV-70371). That's not what I signed up for. Please fix and refund the difference.\n\nKavya\n")
    case("lo-wrong-plan", f, B_LO, "decided", [], [refund("escalate")],
         "L2 billing_error (charged for the wrong plan); charge 2025-09-27, request day 1 -> L5 escalate, no amount")

    customer("deepak@crestpoint.co.in", "Deepak Sharma", "quarterly", start="2025-09-22", end="2025-12-21")
    lo_pay("pay_en_7081", "LO-INV-70381", "deepak@crestpoint.co.in", "quarterly", "5997.00", "1079.46",
           "2025-09-22T07:00:00", "2025-09-22", "2025-12-21")
    f = mail("lo-access-failure", "Deepak Sharma <deepak@crestpoint.co.in>", LO,
             "Paid on Monday, dashboard blank ever since", "2025-09-26 18:20 +0530",
             "Team,\n\nWe renewed the quarterly plan on Monday (LO-INV-70381). Since then the dashboard just "
             "shows a spinner and none of us can get into the account. Your chat bot keeps closing the ticket. "
             "If this isn't sorted I want a refund for this quarter.\n\nDeepak Sharma\nCrestpoint\n")
    case("lo-access-failure", f, B_LO, "decided", [], [refund("escalate")],
         "L2 access_failure (dashboard not loading, cannot get in); charge 2025-09-22, request day 4 -> L6 "
         "escalate ('verified and unresolved by our support team')")

    customer("neha.j@quillandpixel.com", "Neha Joshi", "monthly", start="2025-08-30", end="2025-09-29")
    lo_pay("pay_en_7091", "LO-INV-70391", "neha.j@quillandpixel.com", "monthly", "1999.00", "359.82",
           "2025-08-30T12:00:00", "2025-08-30", "2025-09-29")
    f = mail("lo-access-late", "Neha Joshi <neha.j@quillandpixel.com>", LO,
             "Login broken for weeks - refund", "2025-09-20 10:10 +0530",
             "Hi,\n\nI haven't been able to log in since early September. Please refund LO-INV-70391 "
             "(monthly).\n\nNeha\n")
    case("lo-access-late", f, B_LO, "decided", [], [refund("deny")],
         "L2 access_failure, but charge 2025-08-30 and request 2025-09-20 = day 21 -> outside L3 -> deny")

    customer("farhan@kitekraft.in", "Farhan Qureshi", "monthly", start="2025-09-18", end="2025-10-17")
    lo_pay("pay_en_7101", "LO-INV-70401", "farhan@kitekraft.in", "monthly", "2499.00", "449.82",
           "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
    f = mail("lo-l1-works-fine", "Farhan Qureshi <farhan@kitekraft.in>", LO,
             "refund request LO-INV-70401", "2025-09-20 13:00 +0530",
             "Hi,\n\nTo be clear nothing is wrong with the platform, login works, billing looks right, "
             "no double charge or anything. We simply hired an in-house person and won't be using it this "
             "month. Could you refund this month's payment (LO-INV-70401)?\n\nFarhan\n")
    case("lo-l1-works-fine", f, B_LO, "decided", [], [refund("deny")],
         "reason is 'won't be using it' (exception words appear only negated) -> not an L2 exception -> L1 deny, "
         "reply offers cancellation; no cancellation was asked")

    customer("ritu@pepperlane.in", "Ritu Agarwal", "annual", start="2025-06-10", end="2026-06-09")
    lo_pay("pay_en_7111", "LO-INV-70411", "ritu@pepperlane.in", "annual", "23988.00", "4317.84",
           "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
    f = mail("lo-l1-and-cancel", "Ritu Agarwal <ritu@pepperlane.in>", LO,
             "Cancel + refund remaining months", "2025-09-29 15:40 +0530",
             "Hello,\n\nHonestly it's too expensive for a two-person shop. Please cancel my annual subscription "
             "and refund the months we won't use (invoice LO-INV-70411).\n\nRitu Agarwal\n")
    case("lo-l1-and-cancel", f, B_LO, "decided", [],
         [refund("deny"), cancel("cancel", "2026-06-09")],
         "refund reason 'too expensive' / unused months -> L1 deny (no partial refunds); cancellation -> L8 "
         "cancel, effective current_period_end 2026-06-09")

    customer("vikas@orbitleadgen.com", "Vikas Malhotra", "quarterly", start="2025-08-05", end="2025-11-04")
    lo_pay("pay_en_7121", "LO-INV-70421", "vikas@orbitleadgen.com", "quarterly", "5997.00", "1079.46",
           "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
    f = mail("lo-negation-cancel", "Vikas Malhotra <vikas@orbitleadgen.com>", LO,
             "stop auto renewal", "2025-09-30 19:25 +0530",
             "Hi,\n\nI'm not after a refund - I know the policy and I've had my money's worth. Just make sure "
             "the quarterly plan doesn't renew in November. We're consolidating tools.\n\nCheers,\nVikas\n")
    case("lo-negation-cancel", f, B_LO, "decided", [], [cancel("cancel", "2025-11-04")],
         "negated refund adds no refund intent (section 8); stopping renewal = cancellation -> L8 cancel, "
         "effective current_period_end 2025-11-04")

    customer("shalini@harborfox.co", "Shalini Das", "quarterly")
    lo_pay("pay_en_7131", "LO-INV-70431", "shalini@harborfox.co", "quarterly", "5997.00", "1079.46",
           "2025-06-01T04:30:00+00:00")
    lo_pay("pay_en_7132", "LO-INV-70432", "shalini@harborfox.co", "quarterly", "5997.00", "1079.46",
           "2025-08-31T23:30:00+00:00")
    f = mail("lo-cancel-fallback-offset", "Shalini Das <shalini@harborfox.co>", LO,
             "Please close my subscription", "2025-09-12 10:00 +0530",
             "Hi,\n\nPlease cancel my quarterly LeadsOptima subscription. The agency is winding down at the end "
             "of the year.\n\nThanks,\nShalini\n")
    case("lo-cancel-fallback-offset", f, B_LO, "decided", [], [cancel("cancel", "2025-11-30")],
         "L8 with no current_period_end in the ledger: last charge 2025-08-31T23:30Z = 2025-09-01 05:00 IST "
         "(local date, section 8), + 3 months = 2025-12-01, minus one day = 2025-11-30")

    customer("tanvi@bloomcraftmedia.in", "Tanvi Kulkarni", "monthly", status="trial", trial_ends="2025-10-06")
    f = mail("lo-trial-refund", "Tanvi Kulkarni <tanvi@bloomcraftmedia.in>", LO,
             "refund my trial?", "2025-09-29 08:40 +0530",
             "Hi, I'm on the free trial and I'd like a refund, I tried it for a week and it's not for us, "
             "too many features we don't need. Monthly plan I think.\n\nTanvi\n")
    case("lo-trial-refund", f, B_LO, "decided", [], [refund("deny")],
         "L7: account on free trial has no charges -> deny, reply says no billing occurs unless they subscribe; "
         "L7 names this very case, and the invoice a trial can never have is not asked for (checker chk12c: "
         "not ambiguous)")

    f = mail("lo-hypothetical-prepurchase", "Gaurav Sethi <gaurav.sethi@outlook.com>", LO,
             "Question before we buy", "2025-09-27 12:00 +0530",
             "Hi,\n\nWe're comparing LeadsOptima with two other tools. If we take the annual plan and it turns "
             "out not to fit our workflow after a month, would we get any money back? And is there a trial?\n\n"
             "Gaurav\n")
    case("lo-hypothetical-prepurchase", f, B_LO, "other", [], [],
         "hypothetical before buying ('would we get any money back?') is a policy question, not a request "
         "(section 8) -> other")

    customer("imran@zestbridge.in", "Imran Sheikh", "monthly", start="2025-09-10", end="2025-10-09")
    lo_pay("pay_en_7141", "LO-INV-70441", "imran@zestbridge.in", "monthly", "1999.00", "359.82",
           "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    f = mail("lo-howto-seats", "Imran Sheikh <imran@zestbridge.in>", LO,
             "adding a teammate", "2025-09-30 11:15 +0530",
             "Hi, how do I add a second user to my account? I looked under Settings but only see billing "
             "and integrations. Don't want to change plan, just need the seat.\n\nImran\n")
    case("lo-howto-seats", f, B_LO, "other", [], [],
         "how-to question, neither refund nor cancellation -> other")

    customer("anjali.v@corelinkmarketing.com", "Anjali Verma", "annual", start="2025-03-01", end="2026-02-28")
    lo_pay("pay_en_7151", "LO-INV-70451", "anjali.v@corelinkmarketing.com", "annual", "23988.00", "4317.84",
           "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
    f = mail("lo-c2-gmail", "Anjali V <anjali.verma1988@gmail.com>", LO,
             "Cancel annual plan", "2025-09-28 21:10 +0530",
             "Hi,\n\nWriting from my personal mail as I'm travelling. My registered email is "
             "anjali.v@corelinkmarketing.com. Please cancel the annual plan - the company is switching "
             "vendors.\n\nAnjali\n")
    case("lo-c2-gmail", f, B_LO, "need_info", ["C2"], [],
         "C2: sender not the registered email; the request names anjali.v@corelinkmarketing.com -> need_info, "
         "ask to write from the registered address, nothing about the account (worked example 5)")

    customer("mohit@lanternhq.in", "Mohit Jain", "monthly", start="2025-09-26", end="2025-10-25")
    lo_pay("pay_en_7161", "LO-INV-70461", "mohit@lanternhq.in", "monthly", "2499.00", "449.82",
           "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    lo_pay("pay_en_7162", "LO-INV-70462", "mohit@lanternhq.in", "monthly", "2499.00", "449.82",
           "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
    f = mail("lo-c2-plus-tag", "Mohit Jain <mohit+billing@lanternhq.in>", LO,
             "charged twice LO-INV-70462", "2025-09-27 09:30 +0530",
             "Hi, I got charged twice yesterday for the monthly plan (LO-INV-70461 / LO-INV-70462). Please "
             "refund the second one.\nMohit\n")
    case("lo-c2-plus-tag", f, B_LO, "need_info", ["C2"], [],
         "section 8: a +tag makes another address; mohit+billing@ is not the registered mohit@lanternhq.in -> C2 "
         "need_info, no approval")

    customer("pooja@saffronsignal.com", "Pooja Bansal", "monthly", start="2025-09-25", end="2025-10-24")
    lo_pay("pay_en_7171", "LO-INV-70471", "pooja@saffronsignal.com", "monthly", "2499.00", "449.82",
           "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    lo_pay("pay_en_7172", "LO-INV-70472", "pooja@saffronsignal.com", "monthly", "2499.00", "449.82",
           "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
    f = mail("lo-c2-reply-to", "Accounts Desk <accounts@saffronsignal-finance.com>", LO,
             "Duplicate debit - Saffron Signal", "2025-09-26 14:00 +0530",
             "Dear LeadsOptima,\n\nOur card was debited two times on 25/09 for the monthly subscription "
             "(LO-INV-70472 is the duplicate). Kindly refund it.\n\nAccounts Desk, on behalf of Pooja Bansal\n",
             reply_to="pooja@saffronsignal.com")
    case("lo-c2-reply-to", f, B_LO, "need_info", ["C2"], [],
         "section 8: the sender is the From address; Reply-To never verifies anyone -> sender not on record -> C2")

    customer("vikram@northwindleads.in", "Vikram Rao", "annual", start="2025-09-23", end="2026-09-22")
    lo_pay("pay_en_7181", "LO-INV-70481", "vikram@northwindleads.in", "annual", "23988.00", "4317.84",
           "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
    lo_pay("pay_en_7182", "LO-INV-70482", "vikram@northwindleads.in", "annual", "23988.00", "4317.84",
           "2025-09-23T10:05:00", "2025-09-23", "2026-09-22")
    f = mail("lo-fwd-boss-c2", "Sunita EA <sunita.ea@northwindleads.in>", LO,
             "Fwd: double charge on our annual", "2025-09-25 10:30 +0530",
             "Hi, forwarding this from Vikram, please do the needful.\n\nSunita\nExecutive Assistant\n\n"
             "---------- Forwarded message ---------\nFrom: Vikram Rao <vikram.rao.personal@gmail.com>\n"
             "Date: Wed, Sep 24, 2025 at 8:12 PM\nSubject: double charge on our annual\nTo: Sunita EA "
             "<sunita.ea@northwindleads.in>\n\nSunita, LeadsOptima billed us twice for the annual plan "
             "yesterday (LO-INV-70481 and LO-INV-70482). The account is registered under "
             "vikram@northwindleads.in. Can you get them to refund the duplicate?\n\nV\n")
    case("lo-fwd-boss-c2", f, B_LO, "need_info", ["C2"], [],
         "section 8 Forwards: the forwarded request names registered email vikram@northwindleads.in, sender is "
         "sunita.ea@ -> C2 need_info; 'please do the needful' is a forwarding note, not a reason")

    customer("harsh@quartzfunnel.com", "Harsh Vardhan", "monthly", start="2025-09-05", end="2025-10-04")
    lo_pay("pay_en_7191", "LO-INV-70491", "harsh@quartzfunnel.com", "monthly", "1999.00", "359.82",
           "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    f = mail("lo-fwd-own-cancel", "Harsh Vardhan <harsh@quartzfunnel.com>", LO,
             "Fwd: Cancel subscription", "2025-09-22 09:00 +0530",
             "Sent this to your info@ address last week and heard nothing, so resending here.\n\n"
             "Begin forwarded message:\n\nFrom: Harsh Vardhan <harsh@quartzfunnel.com>\nSubject: Cancel "
             "subscription\nDate: 15 September 2025 at 18:02:11 GMT+5:30\nTo: info@leadsoptima.com\n\n"
             "Hi,\n\nPlease cancel my monthly plan. We've moved our outreach to HubSpot and no longer need "
             "a separate tool.\n\nHarsh\n")
    case("lo-fwd-own-cancel", f, B_LO, "decided", [], [cancel("cancel", "2025-10-04")],
         "forward read for the request it carries (section 8); forwarded mail is from the same registered address, "
         "no C2; L8 cancel effective current_period_end 2025-10-04")

    customer("lakshmi@tidepoolcrm.in", "Lakshmi Pillai", "monthly", start="2025-09-08", end="2025-10-07")
    lo_pay("pay_en_7201", "LO-INV-70501", "lakshmi@tidepoolcrm.in", "monthly", "2499.00", "449.82",
           "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
    f = mail("lo-missing-reason", "Lakshmi Pillai <lakshmi@tidepoolcrm.in>", LO,
             "Refund request", "2025-09-12 17:00 +0530",
             "Hello,\n\nPlease process a refund for LO-INV-70501 (monthly plan) at the earliest.\n\n"
             "Best regards,\nLakshmi Pillai\nTidepool CRM Pvt Ltd\n\nDISCLAIMER: This email and any "
             "attachments are confidential and intended solely for the addressee.\n")
    case("lo-missing-reason", f, B_LO, "need_info", [], [],
         "refund restated without an explanation; signature/disclaimer are not a reason (section 8) -> C3 ask for "
         "reason; plan stated, invoice stated, sender verified", missing=["reason"])

    customer("nikhil@emberfieldlabs.com", "Nikhil Gupta", "monthly", start="2025-09-24", end="2025-10-23")
    lo_pay("pay_en_7211", "LO-INV-70511", "nikhil@emberfieldlabs.com", "monthly", "1999.00", "359.82",
           "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    f1 = mail("lo-reason-thread-1", "Nikhil Gupta <nikhil@emberfieldlabs.com>", LO,
              "refund LO-INV-70511", "2025-09-25 10:00 +0530",
              "Hi, need a refund on LO-INV-70511, monthly plan. Thanks, Nikhil\n")
    f2 = mail("lo-reason-thread-2", "Nikhil Gupta <nikhil@emberfieldlabs.com>", LO,
              "Re: refund LO-INV-70511", "2025-09-26 09:20 +0530",
              "Sure - the reason is that I have not been able to log in since the day I paid, it says "
              "'workspace suspended'. Your support chat hasn't fixed it.\n\nNikhil\n\n"
              "On Thu, 25 Sep 2025 at 12:00, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
              "> Please tell us the reason for your refund request.\n", thread="lo-reason-thread-1")
    case("lo-reason-thread", [f1, f2], B_LO, "decided", [], [refund("escalate")],
         "C3 thread: reason answered -> L2 access_failure; charge 2025-09-24, request time = first email "
         "2025-09-25 (day 1) -> L6 escalate")

    customer("sneha@copperkeyads.in", "Sneha Kapadia", "monthly", start="2025-09-19", end="2025-10-18")
    for pid, inv, d, ps, pe in [("pay_en_7221", "LO-INV-70521", "2025-07-19", "2025-07-19", "2025-08-18"),
                                ("pay_en_7222", "LO-INV-70522", "2025-08-19", "2025-08-19", "2025-09-18"),
                                ("pay_en_7223", "LO-INV-70523", "2025-09-19", "2025-09-19", "2025-10-18")]:
        lo_pay(pid, inv, "sneha@copperkeyads.in", "monthly", "2499.00", "449.82", d + "T10:00:00", ps, pe)
    f1 = mail("lo-invoice-thread-1", "Sneha Kapadia <sneha@copperkeyads.in>", LO,
              "wrong amount charged", "2025-09-22 13:00 +0530",
              "Hi, my monthly plan is supposed to be ₹1,999 (promo price) but you charged the full amount. "
              "Please refund the overcharge.\nSneha\n")
    f2 = mail("lo-invoice-thread-2", "Sneha Kapadia <sneha@copperkeyads.in>", LO,
              "Re: wrong amount charged", "2025-09-23 08:00 +0530",
              "It's LO/INV/70523.\n\nSneha\n", thread="lo-invoice-thread-1")
    case("lo-invoice-thread", [f1, f2], B_LO, "decided", [], [refund("escalate")],
         "first email: billing_error, invoice missing (three charges on record); answer gives LO/INV/70523 = "
         "LO-INV-70523 (section 8); charge 2025-09-19, request 2025-09-22 day 3 -> L5 escalate")

    customer("rohan@velvetfunnels.com", "Rohan Mehta", "monthly", start="2025-09-11", end="2025-10-10")
    for pid, inv, d, ps, pe in [("pay_en_7231", "LO-INV-70531", "2025-08-11", "2025-08-11", "2025-09-10"),
                                ("pay_en_7232", "LO-INV-70532", "2025-09-11", "2025-09-11", "2025-10-10")]:
        lo_pay(pid, inv, "rohan@velvetfunnels.com", "monthly", "2499.00", "449.82", d + "T10:00:00", ps, pe)
    f = mail("lo-missing-invoice", "Rohan Mehta <rohan@velvetfunnels.com>", LO,
             "Overcharged", "2025-09-13 12:00 +0530",
             "Hello, I was overcharged on my monthly plan - the coupon I applied was not honoured, the amount "
             "is wrong. Please refund the difference.\n\nRohan\n")
    case("lo-missing-invoice", f, B_LO, "need_info", [], [],
         "refund, billing_error reason given, plan given, sender verified; two charges on record so the charge "
         "is not identified -> C3 asks invoice_number", missing=["invoice_number"],
         ambiguous="only the 2025-09-11 charge is inside the 7-day window, so a bot could take it as the charge "
                   "meant and escalate L5 at once; the spec fills from the ledger only what it holds for the "
                   "sender, and two charges are on record, so the invoice is asked for")

    customer("aditi@riverstoneleads.in", "Aditi Saxena", "quarterly", start="2025-07-15", end="2025-10-14")
    lo_pay("pay_en_7241", "LO-INV-70541", "aditi@riverstoneleads.in", "quarterly", "5997.00", "1079.46",
           "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
    f = mail("lo-c4-chargeback-cancel", "Aditi Saxena <aditi@riverstoneleads.in>", LO,
             "CANCEL NOW", "2025-09-30 22:05 +0530",
             "This is my third email. Cancel my quarterly plan today. Nobody has the courtesy to reply. "
             "If I see one more charge from you I am doing a chargeback with HDFC, simple.\n\nAditi\n")
    case("lo-c4-chargeback-cancel", f, B_LO, "decided", ["C4"], [cancel("escalate")],
         "C4 chargeback threat; section 8: C4 covers the whole case, a cancellation included -> cancellation "
         "escalate")

    customer("manish@pinnaclepipeline.in", "Manish Tiwari", "monthly", start="2025-09-27", end="2025-10-26")
    lo_pay("pay_en_7251", "LO-INV-70551", "manish@pinnaclepipeline.in", "monthly", "2499.00", "449.82",
           "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
    lo_pay("pay_en_7252", "LO-INV-70552", "manish@pinnaclepipeline.in", "monthly", "2499.00", "449.82",
           "2025-09-27T10:00:30", "2025-09-27", "2025-10-26")
    f = mail("lo-c4-consumer-court", "Manish Tiwari <manish@pinnaclepipeline.in>", LO,
             "duplicate charge - final reminder", "2025-09-29 17:00 +0530",
             "You charged me twice on 27 Sept for the monthly plan, LO-INV-70552 is the duplicate. Refund it "
             "within 48 hours or I'll file a complaint in the consumer court. I know my rights.\n\nManish Tiwari\n")
    case("lo-c4-consumer-court", f, B_LO, "decided", ["C4"], [refund("escalate")],
         "C4: consumer court mention -> escalate, even though the duplicate pair would otherwise be L4 approve")

    f = mail("lo-ooo-autoreply", "Priya Menon <priya.menon@brightleads.in>", LO,
             "Automatic reply: Re: your refund [LO-3310]", "2025-09-27 09:00 +0530",
             "I'm out of office until 6 October with limited access to email. For urgent billing matters "
             "please contact accounts@brightleads.in.\n",
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    case("lo-ooo-autoreply", f, B_LO, "ignore", ["C7"], [],
         "C7: Auto-Submitted: auto-replied -> ignore, never answered")

    f = raw("lo-bounce-dsn", """From: Mail Delivery Subsystem <MAILER-DAEMON@mx.zohomail.in>
To: support@leadsoptima.com
Subject: Undelivered Mail Returned to Sender
Date: Tue, 30 Sep 2025 11:02:13 +0530
Message-ID: <dsn-lo-0930.en12@mx.zohomail.in>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.zohomail.in. Your message could not be delivered:
<old.owner@defunctagency.in>: mailbox unavailable. The refund you asked about cannot be sent.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.zohomail.in

Final-Recipient: rfc822; old.owner@defunctagency.in
Action: failed
Status: 5.1.1

--b1--
""")
    case("lo-bounce-dsn", f, B_LO, "ignore", ["C7"], [],
         "C7: MAILER-DAEMON sender and a delivery-status report (RFC 3464) -> ignore")

    f = mail("lo-own-noreply", "LeadsOptima <noreply@leadsoptima.com>", LO,
             "Payment receipt LO-INV-70999 - refund policy inside", "2025-09-29 06:00 +0530",
             "Thanks for your payment. Need a refund or want to cancel? Reply to this email within 7 days.\n")
    case("lo-own-noreply", f, B_LO, "ignore", ["C7"], [],
         "C7: sender is one of the brand's own addresses (noreply@leadsoptima.com) -> ignore")

    customer("zoya@lumenreach.in", "Zoya Khan", "monthly", start="2025-09-22", end="2025-10-21")
    lo_pay("pay_en_7261", "LO-INV-70561", "zoya@lumenreach.in", "monthly", "1999.00", "359.82",
           "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
    lo_pay("pay_en_7262", "LO-INV-70562", "zoya@lumenreach.in", "monthly", "1999.00", "359.82",
           "2025-09-22T10:00:40", "2025-09-22", "2025-10-21", status="failed")
    f = mail("lo-dup-second-failed", "Zoya Khan <zoya@lumenreach.in>", LO,
             "paid two times?", "2025-09-23 15:00 +0530",
             "Hi, I paid two times yesterday for the monthly plan, the second is LO-INV-70562 (the amount "
             "left my account). Please refund that one.\n\nZoya\n")
    case("lo-dup-second-failed", f, B_LO, "decided", [], [refund("escalate")],
         "section 8: payments not paid (LO-INV-70562 is 'failed') -> refund escalated; no paid pair for L4 either")

    customer("kabir@mintleafdigital.in", "Kabir Anand", "quarterly", start="2025-09-29", end="2025-12-28")
    lo_pay("pay_en_7271", "LO-INV-70571", "kabir@mintleafdigital.in", "quarterly", "5997.00", "1079.46",
           "2025-09-29T10:00:00", "2025-09-29", "2025-12-28")
    lo_pay("pay_en_7272", "LO-INV-70572", "kabir@mintleafdigital.in", "quarterly", "5997.00", "1079.46",
           "2025-09-29T10:02:00", "2025-09-29", "2025-12-28")
    f = mail("lo-html-only-dup", "Kabir Anand <kabir@mintleafdigital.in>", LO,
             "Duplicate payment - LO-INV-70572", "2025-09-30 10:30 +0530",
             html="<html><body><div style='font-family:Calibri'><p>Hello LeadsOptima team,</p><p>My quarterly "
                  "renewal was <b>charged twice</b> yesterday: <i>LO-INV-70571</i> and <i>LO-INV-70572</i>. "
                  "Please refund the duplicate (70572).</p><p>Regards,<br>Kabir Anand<br>"
                  "<span style='color:#888'>Mintleaf Digital</span></p></div></body></html>")
    case("lo-html-only-dup", f, B_LO, "decided", [], [refund("approve", "5997.00")],
         "HTML-only; L2 duplicate_payment, pair same period 2025-09-29, request day 1 -> L4 approve 5997.00")

    customer("ishaan@doubletakemedia.in", "Ishaan Chopra", "monthly", start="2025-09-20", end="2025-10-19")
    lo_pay("pay_en_7281", "LO-INV-70581", "ishaan@doubletakemedia.in", "monthly", "2499.00", "449.82",
           "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    f = mail("lo-signature-trap", "Ishaan Chopra <ishaan@doubletakemedia.in>", LO,
             "LO-INV-70581", "2025-09-22 18:00 +0530",
             "Please refund LO-INV-70581, monthly.\n\n--\nIshaan Chopra\nDoubleTake Media - "
             "\"Seen twice, remembered forever\"\nSent from my iPhone\n")
    case("lo-signature-trap", f, B_LO, "need_info", [], [],
         "only a restated request plus a signature (its slogan says 'twice'); section 8: signatures are not "
         "reasons -> C3 ask reason", missing=["reason"])

    customer("alok@summitsprout.com", "Alok Srivastava", "monthly", start="2025-09-16", end="2025-10-15")
    lo_pay("pay_en_7291", "LO-INV-70591", "alok@summitsprout.com", "monthly", "1999.00", "359.82",
           "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
    f = mail("lo-auto-submitted-no", "Alok Srivastava <alok@summitsprout.com>", LO,
             "Back from leave - please cancel", "2025-09-29 09:45 +0530",
             "Hi,\n\nI'm back from leave and going through my inbox. Please cancel my monthly subscription; "
             "the campaign it was for has ended.\n\nAlok\n",
             headers=[("Auto-Submitted", "no")])
    case("lo-auto-submitted-no", f, B_LO, "decided", [], [cancel("cancel", "2025-10-15")],
         "C7 ignores Auto-Submitted other than 'no'; this one is 'no' and human -> L8 cancel effective "
         "current_period_end 2025-10-15")

    f = mail("lo-newsletter-bulk", "SaaS Weekly <digest@saasweekly.news>", LO,
             "This week: how to cancel subscriptions your customers forgot", "2025-09-30 07:00 +0000",
             "Top stories: Refund fraud is up 20%. Why cancellation flows matter. Click to read more.\n",
             headers=[("Precedence", "bulk"), ("List-Id", "SaaS Weekly <weekly.saasweekly.news>"),
                      ("List-Unsubscribe", "<mailto:unsub@saasweekly.news>")])
    case("lo-newsletter-bulk", f, B_LO, "ignore", ["C7"], [],
         "C7: Precedence: bulk and List-Id -> ignore")

    customer("divya@sparkroute.in", "Divya Menon", "monthly", start="2025-09-18", end="2025-10-17")
    lo_pay("pay_en_7301", "LO-INV-70601", "divya@sparkroute.in", "monthly", "2499.00", "449.82",
           "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    f = mail("lo-hypo-existing", "Divya Menon <divya@sparkroute.in>", LO,
             "question about cancelling", "2025-09-25 16:00 +0530",
             "Hi! Not cancelling yet, just planning ahead: if I were to cancel my monthly plan next month, "
             "would I keep access until the end of the cycle or lose it straight away?\n\nDivya\n")
    case("lo-hypo-existing", f, B_LO, "other", [], [],
         "hypothetical ('if I were to cancel', 'not cancelling yet') is a policy question, not a request "
         "(section 8) -> other")

    customer("yash@crimsonfunnel.com", "Yash Thakur", "annual", start="2025-09-24", end="2026-09-23")
    lo_pay("pay_en_7311", "LO-INV-70611", "yash@crimsonfunnel.com", "annual", "23988.00", "4317.84",
           "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
    lo_pay("pay_en_7312", "LO-INV-70612", "yash@crimsonfunnel.com", "annual", "23988.00", "4317.84",
           "2025-09-24T10:03:00", "2025-09-24", "2026-09-23")
    f = mail("lo-dup-and-cancel", "Yash Thakur <yash@crimsonfunnel.com>", LO,
             "refund duplicate + cancel", "2025-09-26 12:00 +0530",
             "Hi,\n\nTwo things:\n1) you billed me twice for the annual plan on Wednesday - refund the "
             "duplicate, lo-inv-70612\n2) after this experience please cancel the subscription so it doesn't "
             "renew next year.\n\nYash\n")
    case("lo-dup-and-cancel", f, B_LO, "decided", [],
         [refund("approve", "23988.00"), cancel("cancel", "2026-09-23")],
         "refund: duplicate pair same period, day 2 -> L4 approve 23988.00; cancellation -> L8 effective "
         "current_period_end 2026-09-23; both decided, one reply (section 1)")

    # ------------------------------------------------------------------ Optima WebDesign
    project("Kestrel Outdoor Store", "founders@kestreloutdoor.in")
    owd_pay("pay_en_o01", "OWD-2025-301", "Kestrel Outdoor Store", "deposit", "40000.00", "7200.00",
            "2025-09-22T10:15:00")
    f = mail("owd-deposit-71h59", "Kestrel Outdoor <founders@kestreloutdoor.in>", OWD,
             "Refund Request — Kestrel Outdoor Store / OWD-2025-301", "2025-09-25 10:14 +0530",
             "Hi Optima team,\n\nOur investors pulled out of the round last night so we cannot go ahead with the "
             "store build. We paid the booking deposit on Monday morning (OWD-2025-301). No work has begun as "
             "far as we know. Please refund the deposit.\n\nBest,\nAnkit & Rhea\nKestrel Outdoor\n")
    case("owd-deposit-71h59", f, B_OWD, "decided", [], [refund("approve", "40000.00")], extra_ok=True,
         spec="O2: paid 2025-09-22 10:15 IST, request 2025-09-25 10:14 IST = 71 h 59 min < 72 h, work not started "
         "-> approve 40000.00 (before tax, C6); 'cannot go ahead with the store build' ends the engagement, so a "
              "cancellation decision alongside is accepted (extra_ok)")

    project("Marigold Yoga Studio", "hello@marigoldyoga.in")
    owd_pay("pay_en_o02", "OWD-2025-302", "Marigold Yoga Studio", "deposit", "25000.00", "4500.00",
            "2025-09-15T16:00:00")
    f = mail("owd-deposit-72h-exact", "Marigold Yoga <hello@marigoldyoga.in>", OWD,
             "Deposit refund OWD-2025-302", "2025-09-18 16:00 +0530",
             "Hello,\n\nWe've decided to go with a friend who does websites, sorry. Please refund the deposit "
             "for Marigold Yoga Studio, invoice OWD-2025-302. It's been exactly 3 days so we should still be "
             "fine.\n\nNamaste,\nLeela\n")
    case("owd-deposit-72h-exact", f, B_OWD, "decided", [], [refund("deny")], extra_ok=True,
         spec="O2 + section 8: exactly 72 hours (2025-09-15 16:00 -> 2025-09-18 16:00 IST) is not before 72 hours -> "
              "deny; 'decided to go with a friend' ends the engagement, a cancellation decision alongside is "
              "accepted (extra_ok)")

    project("Halden Legal Associates Site", "office@haldenlegal.in", started="2025-09-29T11:00:00")
    owd_pay("pay_en_o03", "OWD-2025-303", "Halden Legal Associates Site", "deposit", "30000.00", "5400.00",
            "2025-09-28T09:00:00")
    f = mail("owd-deposit-work-started", "Halden Legal <office@haldenlegal.in>", OWD,
             "Deposit - change of plans", "2025-09-30 08:00 +0530",
             "Dear Sir/Madam,\n\nThe partners have decided to postpone the website to next financial year. "
             "We request a refund of the booking deposit paid on 28 September, invoice OWD-2025-303, project "
             "'Halden Legal Associates Site'. We are well within 72 hours.\n\nRegards,\nOffice Manager\n")
    case("owd-deposit-work-started", f, B_OWD, "decided", [], [refund("deny")],
         "O2: 47 h after payment, but work_started_at 2025-09-29 11:00 is before the request -> 'whichever "
         "occurs first' -> deny")

    project("Brightwater Clinic Portal", "it@brightwaterclinic.co.uk")
    owd_pay("pay_en_o04", "OWD-2025-304", "Brightwater Clinic Portal", "deposit", "50000.00", "9000.00",
            "2025-09-26T05:00:00Z")
    f = mail("owd-deposit-offset", "Brightwater IT <it@brightwaterclinic.co.uk>", OWD,
             "Refund Request — Brightwater Clinic Portal", "2025-09-29 06:20 +0100",
             "Morning,\n\nThe trust has frozen all new digital spend pending an audit, so we need to withdraw "
             "from the portal project. Please refund our deposit OWD-2025-304, paid Friday.\n\nKind regards,\n"
             "Tom Hughes\nIT Lead, Brightwater Clinic\n")
    case("owd-deposit-offset", f, B_OWD, "decided", [], [refund("deny")], extra_ok=True,
         spec="O2: paid 2025-09-26T05:00Z = 10:30 IST; request Mon 06:20 +0100 = 05:20Z = 10:50 IST 2025-09-29 "
         "= 72 h 20 min after payment -> not before 72 h -> deny (offsets converted, section 8); 'withdraw from the "
              "portal project' ends it, a cancellation decision alongside is accepted (extra_ok)")

    project("Tandoor Tales Rebrand", "owner@tandoortales.in")
    owd_pay("pay_en_o05", "OWD-2025-305", "Tandoor Tales Rebrand", "discovery", "15000.00", "2700.00",
            "2025-09-20T12:00:00")
    f = mail("owd-discovery-unstarted", "Harpreet Singh <owner@tandoortales.in>", OWD,
             "Cancel discovery workshop + refund", "2025-09-27 14:00 +0530",
             "Hi,\n\nWe paid for the brand discovery workshop (OWD-2025-305) for Tandoor Tales Rebrand but "
             "the session was never scheduled, and now we're selling the restaurant. Please refund it.\n\n"
             "Harpreet\n")
    case("owd-discovery-unstarted", f, B_OWD, "decided", [], [refund("approve", "15000.00")],
         extra_ok=True,
         spec="O1: discovery, work_started_at empty -> full refund 15000.00 before tax; a cancellation decision "
              "alongside is accepted (extra_ok)")

    project("Lotus Dental Care", "admin@lotusdental.in", started="2025-09-18T10:00:00")
    owd_pay("pay_en_o06", "OWD-2025-306", "Lotus Dental Care", "discovery", "12000.00", "2160.00",
            "2025-09-15T12:00:00")
    f = mail("owd-discovery-started", "Lotus Dental <admin@lotusdental.in>", OWD,
             "Refund for strategy session", "2025-09-24 11:00 +0530",
             "Hello, Dr. Kamat felt the strategy session on the 18th was too generic for a dental practice and "
             "does not want to continue. Please refund the discovery fee OWD-2025-306, project Lotus Dental "
             "Care.\n\nThanks,\nReception, Lotus Dental\n")
    case("owd-discovery-started", f, B_OWD, "decided", [], [refund("deny")], extra_ok=True,
         spec="O1: session started 2025-09-18, before the request -> deny; 'does not want to continue' ends the "
              "engagement, a cancellation decision alongside is accepted (extra_ok)")

    project("Quill & Quarry Bookshop", "books@quillandquarry.in", started="2025-10-03T10:00:00")
    owd_pay("pay_en_o07", "OWD-2025-307", "Quill & Quarry Bookshop", "discovery", "18000.00", "3240.00",
            "2025-09-25T10:00:00")
    f = mail("owd-discovery-future-start", "Quill & Quarry <books@quillandquarry.in>", OWD,
             "Refund Request — Quill & Quarry Bookshop [OWD-2025-307]", "2025-09-29 17:30 +0530",
             "Hello,\n\nOur first discovery session is booked for 3 October, but our landlord just told us "
             "the shop lease won't be renewed, so the website is pointless now. Please cancel the session and "
             "refund the discovery fee (OWD-2025-307).\n\nMaya\n")
    case("owd-discovery-future-start", f, B_OWD, "decided", [], [refund("approve", "18000.00")],
         extra_ok=True,
         spec="O1: work_started_at 2025-10-03 is later than the request time 2025-09-29 -> nothing started -> "
              "approve 18000.00; cancellation decision alongside accepted (extra_ok)")

    project("Ironclad Fitness App", "cto@ironcladfitness.in", started="2025-08-01T10:00:00")
    owd_pay("pay_en_o08", "OWD-2025-308", "Ironclad Fitness App", "milestone", "60000.00", "10800.00",
            "2025-09-10T10:00:00", milestone_status="not_started")
    owd_pay("pay_en_o09", "OWD-2025-309", "Ironclad Fitness App", "milestone", "45000.00", "8100.00",
            "2025-08-01T10:00:00", milestone_status="approved")
    f = mail("owd-milestone-not-started", "Ironclad CTO <cto@ironcladfitness.in>", OWD,
             "Milestone 3 refund - Ironclad Fitness App", "2025-09-26 12:00 +0530",
             "Hi,\n\nWe're dropping the in-app payments feature (milestone 3, invoice OWD-2025-308) because "
             "Apple's fees make it unviable. I understand nothing on it has started. Please refund that "
             "milestone. Milestone 2 (OWD-2025-309) is fine, we're keeping that.\n\nVarun\n")
    case("owd-milestone-not-started", f, B_OWD, "decided", [], [refund("approve", "60000.00")],
         "O3: milestone OWD-2025-308 not_started -> refund its amount 60000.00 before tax; OWD-2025-309 is "
         "mentioned only as not asked")

    project("Saffron Threads Lookbook", "studio@saffronthreads.in", started="2025-09-01T10:00:00")
    owd_pay("pay_en_o10", "OWD-2025-310", "Saffron Threads Lookbook", "milestone", "35000.00", "6300.00",
            "2025-09-05T10:00:00", milestone_status="in_progress")
    f = mail("owd-milestone-in-progress", "Saffron Threads <studio@saffronthreads.in>", OWD,
             "Stop lookbook work, refund", "2025-09-25 15:00 +0530",
             "Hi, the photographer for the lookbook cancelled on us so there's no point finishing the "
             "gallery pages. Please stop work on Saffron Threads Lookbook and refund milestone OWD-2025-310 "
             "for whatever hasn't been done.\n\nNandini\n")
    case("owd-milestone-in-progress", f, B_OWD, "decided", [], [refund("escalate")], extra_ok=True,
         spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person); a "
              "cancellation decision alongside is accepted (extra_ok)")

    project("Crescent Realty Listings", "sales@crescentrealty.in", started="2025-07-01T10:00:00")
    owd_pay("pay_en_o11", "OWD-2025-311", "Crescent Realty Listings", "milestone", "55000.00", "9900.00",
            "2025-08-15T10:00:00", milestone_status="approved")
    f = mail("owd-milestone-approved", "Crescent Realty <sales@crescentrealty.in>", OWD,
             "refund for listings milestone OWD 2025 311", "2025-09-24 10:00 +0530",
             "Hi,\n\nWe signed off the property search milestone last month but honestly the filters are "
             "slow and our agents don't use it. We'd like our money back for it (OWD 2025 311, Crescent "
             "Realty Listings).\n\nRegards,\nFaisal\n")
    case("owd-milestone-approved", f, B_OWD, "decided", [], [refund("deny")],
         "O3/O6: milestone approved -> deny ('approved milestones' non-refundable); 'OWD 2025 311' = OWD-2025-311")

    project("Monsoon Tea Co Retainer", "ops@monsoontea.co")
    owd_pay("pay_en_o12", "OWD-2025-312", "Monsoon Tea Co Retainer", "retainer", "20000.00", "3600.00",
            "2025-09-15T10:00:00", next_billing_at="2025-10-15T10:00:00", ps="2025-09-15", pe="2025-10-14")
    f = mail("owd-retainer-notice-ok", "Monsoon Tea Ops <ops@monsoontea.co>", OWD,
             "Ending the monthly retainer", "2025-09-29 11:00 +0530",
             "Hi Optima,\n\nWe've hired an in-house marketer, so please end our monthly retainer (Monsoon Tea Co "
             "Retainer, last invoice OWD-2025-312) - no renewal in October please. We don't want any refund "
             "for September, you've done the work.\n\nThanks,\nDev\n")
    case("owd-retainer-notice-ok", f, B_OWD, "decided", [], [cancel("cancel", "2025-10-14")],
         "O4/O8: request 2025-09-29 <= next_billing 2025-10-15 minus 7 = 2025-10-08 -> next charge avoided, "
         "effective the day before next_billing_at = 2025-10-14; refund explicitly not asked (negation)")

    project("Peregrine Logistics SEO", "marketing@peregrinelogistics.in")
    owd_pay("pay_en_o13", "OWD-2025-313", "Peregrine Logistics SEO", "retainer", "28000.00", "5040.00",
            "2025-09-06T09:00:00", next_billing_at="2025-10-06T09:00:00", ps="2025-09-06", pe="2025-10-05")
    f = mail("owd-retainer-edge-7", "Peregrine Marketing <marketing@peregrinelogistics.in>", OWD,
             "Cancel SEO retainer - Peregrine Logistics SEO", "2025-09-29 23:40 +0530",
             "Hello,\n\nBudget cuts from head office: we have to stop the SEO retainer from next cycle. "
             "Invoice ref OWD-2025-313. Sending this tonight so you have a full week's notice.\n\n"
             "Regards,\nSwati\n")
    case("owd-retainer-edge-7", f, B_OWD, "decided", [], [cancel("cancel", "2025-10-05")],
         "O4 edge: next_billing_at 2025-10-06, minus 7 days = 2025-09-29; request local date 2025-09-29 is on or "
         "before it -> enough notice -> effective 2025-10-05")

    project("Azure Bay Resort Social", "gm@azurebayresort.in")
    owd_pay("pay_en_o14", "OWD-2025-314", "Azure Bay Resort Social", "retainer", "32000.00", "5760.00",
            "2025-09-04T09:00:00", next_billing_at="2025-10-04T09:00:00", ps="2025-09-04", pe="2025-10-03")
    f = mail("owd-retainer-short", "Azure Bay GM <gm@azurebayresort.in>", OWD,
             "Terminate social media retainer", "2025-09-28 08:30 +0530",
             "Dear team,\n\nThe resort is closing for monsoon renovation, so we are terminating the social media "
             "retainer (Azure Bay Resort Social, OWD-2025-314) with immediate effect.\n\nRegards,\nK. Fernandes\n"
             "General Manager\n")
    case("owd-retainer-short", f, B_OWD, "decided", [], [cancel("cancel", "2025-11-03")],
         "O4: next_billing_at 2025-10-04 minus 7 = 2025-09-27; request 2025-09-28 is later -> less than 7 days' "
         "notice: next cycle 2025-10-04..2025-11-03 (monthly, like 2025-09-04..2025-10-03) is billed -> "
         "effective 2025-11-03")

    project("Cobalt Coworking Growth", "finance@cobaltcowork.in")
    owd_pay("pay_en_o15", "OWD-2025-315", "Cobalt Coworking Growth", "retainer", "22000.00", "3960.00",
            "2025-09-20T10:00:00", next_billing_at="2025-10-20T10:00:00", ps="2025-09-20", pe="2025-10-19")
    owd_pay("pay_en_o16", "OWD-2025-316", "Cobalt Coworking Growth", "retainer", "22000.00", "3960.00",
            "2025-09-25T10:00:00", next_billing_at="2025-11-20T10:00:00", ps="2025-10-20", pe="2025-11-19")
    f = mail("owd-retainer-paid-ahead", "Cobalt Finance <finance@cobaltcowork.in>", OWD,
             "Retainer cancellation - Cobalt Coworking Growth", "2025-09-30 12:00 +0530",
             "Hi,\n\nWe prepaid October's retainer last week (OWD-2025-316) because of our quarter-end close, "
             "but the board has now decided to pause all marketing. Please cancel the retainer; September's "
             "work can finish as planned.\n\nPrakash, Finance\n")
    case("owd-retainer-paid-ahead", f, B_OWD, "decided", [], [cancel("escalate")], extra_ok=True,
         spec="section 8 'Retainer paid in advance': next cycle 2025-10-20..2025-11-19 already paid, notice >= 7 "
              "days -> cancellation escalate; any refund decision alongside accepted (extra_ok)")

    project("Sundial Homestays Hosting", "bookings@sundialhomestays.in")
    owd_pay("pay_en_o17", "OWD-2025-317", "Sundial Homestays Hosting", "hosting_annual", "18000.00", "3240.00",
            "2025-09-20T10:00:00", setup_fee="1800.00", service_start="2025-09-20")
    f = mail("owd-hosting-o5", "Sundial Homestays <bookings@sundialhomestays.in>", OWD,
             "Cancel hosting, refund please", "2025-09-30 16:00 +0530",
             "Hi,\n\nWe started annual hosting with you on 20 Sept (OWD-2025-317) for Sundial Homestays "
             "Hosting, but Airbnb's new direct-booking widget does everything we needed, so we're moving "
             "off our own site. Please cancel the hosting and refund what's possible.\n\nJoseph\n")
    case("owd-hosting-o5", f, B_OWD, "decided", [], [refund("approve", "14850.00")], extra_ok=True,
         spec="O5: day 10 of service (start 2025-09-20, request 2025-09-30) <= 14; monthly_value = (18000.00 - "
              "1800.00)/12 = 1350.00; consumed 1 -> 18000.00 - 1800.00 - 1350.00 = 14850.00; the cancellation "
              "part is accepted whatever it says (extra_ok)")

    project("Nilgiri Coffee Estates Care", "web@nilgiricoffee.in")
    owd_pay("pay_en_o18", "OWD-2025-318", "Nilgiri Coffee Estates Care", "maintenance_annual", "30000.00",
            "5400.00", "2025-09-16T09:00:00", service_start="2025-09-16")
    f = mail("owd-maint-day14", "Nilgiri Coffee <web@nilgiricoffee.in>", OWD,
             "Refund Request — Nilgiri Coffee Estates Care / OWD-2025-318", "2025-09-30 23:10 +0530",
             "Hello,\n\nOur parent company has a global maintenance vendor and we've been told to use them. "
             "Please end our annual maintenance plan and refund the prorated amount. Sorry for the late-night "
             "mail, I wanted it in before the 14 days run out.\n\nRegards,\nAnand\n")
    case("owd-maint-day14", f, B_OWD, "decided", [], [refund("approve", "27500.00")], extra_ok=True,
         spec="O5: service_start 2025-09-16, request 2025-09-30 23:10 IST = day 14 -> inside; no setup fee; "
              "monthly 30000.00/12 = 2500.00; 30000.00 - 0 - 2500.00 = 27500.00")

    project("Redfern Architects Hosting", "studio@redfernarchitects.in")
    owd_pay("pay_en_o19", "OWD-2025-319", "Redfern Architects Hosting", "hosting_annual", "15000.00", "2700.00",
            "2025-09-12T10:00:00", setup_fee="1500.00", service_start="2025-09-12")
    f = mail("owd-hosting-day15", "Redfern Architects <studio@redfernarchitects.in>", OWD,
             "hosting refund", "2025-09-27 09:00 +0530",
             "Hi, please cancel and refund our annual hosting (Redfern Architects Hosting, OWD-2025-319). "
             "The site is too slow for our portfolio images and we're moving to a specialised host. Two weeks "
             "in, so hopefully fine.\n\nArjun Redfern\n")
    case("owd-hosting-day15", f, B_OWD, "decided", [], [refund("deny")], extra_ok=True,
         spec="O5: service_start 2025-09-12, request 2025-09-27 = day 15 > 14 -> deny; cancellation part accepted "
              "whatever it says (extra_ok)")

    project("Evergreen Montessori Hosting", "principal@evergreenmontessori.in")
    owd_pay("pay_en_o20", "OWD-2025-320", "Evergreen Montessori Hosting", "hosting_annual", "24000.00",
            "4320.00", "2025-09-26T10:00:00", setup_fee="2400.00", service_start="2025-10-10")
    f = mail("owd-hosting-before-start", "Evergreen Montessori <principal@evergreenmontessori.in>", OWD,
             "Withdraw hosting order OWD-2025-320", "2025-09-29 13:00 +0530",
             "Dear Optima team,\n\nThe trust has decided to use the state education portal instead of our own "
             "website. We paid for annual hosting on 26 September (Evergreen Montessori Hosting, "
             "OWD-2025-320); it has not even started yet. Kindly cancel it and refund us.\n\nMrs. D'Souza\n"
             "Principal\n")
    case("owd-hosting-before-start", f, B_OWD, "decided", [], [refund("approve", "19800.00")], extra_ok=True,
         spec="O5 + section 8: before service_start consumed_months = 1; (24000.00 - 2400.00)/12 = 1800.00; "
              "24000.00 - 2400.00 - 1800.00 = 19800.00")

    project("Pixelmint Agency Hosting", "accounts@pixelmint.in")
    owd_pay("pay_en_o21", "OWD-2025-321", "Pixelmint Agency Hosting", "hosting_annual", "10000.00", "1800.00",
            "2025-09-22T10:00:00", setup_fee="999.99", service_start="2025-09-22")
    f = mail("owd-hosting-rounding", "Pixelmint Accounts <accounts@pixelmint.in>", OWD,
             "Refund Request — Pixelmint Agency Hosting", "2025-09-26 10:00 +0530",
             "Hi,\n\nWe bought annual hosting by mistake - our client already has hosting with AWS. Please "
             "cancel OWD-2025-321 and refund per your 14 day rule.\n\nMeghna, Accounts\n")
    case("owd-hosting-rounding", f, B_OWD, "decided", [], [refund("approve", "8250.01")], extra_ok=True,
         spec="O5 + C6: monthly = (10000.00 - 999.99)/12 = 750.000833...; refund = 10000.00 - 999.99 - "
              "750.000833... = 8250.009166... rounded once half-up = 8250.01")

    project("Harbourline Ferries Site", "digital@harbourline.in", started="2025-08-01T10:00:00")
    owd_pay("pay_en_o22", "OWD-2025-322", "Harbourline Ferries Site", "third_party", "4500.00", "810.00",
            "2025-09-27T10:00:00")
    f = mail("owd-third-party-domain", "Harbourline Digital <digital@harbourline.in>", OWD,
             "domain renewal refund", "2025-09-28 10:00 +0530",
             "Hi, you renewed harbourline-ferries.com for us (OWD-2025-322) but we moved the domain to our "
             "own registrar last month, so the renewal was unnecessary. Please refund it. Project: Harbourline "
             "Ferries Site.\n\nRegards, Digital team\n")
    case("owd-third-party-domain", f, B_OWD, "decided", [], [refund("deny")],
         "O6: third_party (domain) never refundable -> deny citing Non-refundable items (worked example 10)")

    project("Vermilion Events Launch", "director@vermilionevents.in", started="2025-09-01T10:00:00")
    owd_pay("pay_en_o23", "OWD-2025-323", "Vermilion Events Launch", "rush", "12000.00", "2160.00",
            "2025-09-20T10:00:00")
    f = mail("owd-rush-fee", "Vermilion Events <director@vermilionevents.in>", OWD,
             "rush fee - site went live late anyway", "2025-09-27 11:00 +0530",
             "Hello,\n\nWe paid the expedited delivery fee (OWD-2025-323) for Vermilion Events Launch, but the "
             "site still went live two days after our event. The rush fee was pointless. Please refund it.\n\n"
             "Ria\n")
    case("owd-rush-fee", f, B_OWD, "decided", [], [refund("deny")],
         "O6: rush fee never refundable -> deny")

    project("Copperleaf Bistro Menu Site", "chef@copperleafbistro.in", started="2025-08-10T10:00:00")
    owd_pay("pay_en_o24", "OWD-2025-324", "Copperleaf Bistro Menu Site", "change_request", "8000.00", "1440.00",
            "2025-09-24T10:00:00")
    f = mail("owd-change-request", "Copperleaf Bistro <chef@copperleafbistro.in>", OWD,
             "refund for menu change OWD-2025-324", "2025-09-26 15:00 +0530",
             "Hi, we paid for the extra online-ordering page as a change request (OWD-2025-324, Copperleaf "
             "Bistro Menu Site). We've now signed with Swiggy who give us ordering for free, so we don't want "
             "it. Refund please.\n\nChef Arora\n")
    case("owd-change-request", f, B_OWD, "decided", [], [refund("deny")],
         "O6: change_request never refundable -> deny")

    project("Orchid Wellness Booking", "director@orchidwellness.in")
    owd_pay("pay_en_o25", "OWD-2025-325", "Orchid Wellness Booking", "deposit", "35000.00", "6300.00",
            "2025-09-29T10:00:00")
    f = mail("owd-c2-personal", "Shreya Bose <shreyabose.home@gmail.com>", OWD,
             "Refund Request — Orchid Wellness Booking", "2025-09-30 09:00 +0530",
             "Hi,\n\nI'm the director at Orchid Wellness (our contract email is director@orchidwellness.in). "
             "We paid the deposit yesterday, OWD-2025-325, but we've decided to use a ready-made booking app "
             "instead. Please refund.\n\nShreya\n")
    case("owd-c2-personal", f, B_OWD, "need_info", ["C2"], [],
         "C2 (explicit for Optima, 'emailed from the contracting email'): sender is not the contract email -> "
         "need_info asking to write from it; no approval even though O2 would apply")

    project("Blue Lotus Ayurveda Shop", "owner@bluelotusayurveda.in", started="2025-09-01T10:00:00")
    owd_pay("pay_en_o26", "OWD-2025-326", "Blue Lotus Ayurveda Shop", "retainer", "18000.00", "3240.00",
            "2025-09-20T10:00:00", next_billing_at="2025-10-20T10:00:00", ps="2025-09-20", pe="2025-10-19")
    f = mail("owd-fwd-c2", "Office Blue Lotus <office.bluelotus@outlook.com>", OWD,
             "FW: stop the retainer", "2025-09-26 10:00 +0530",
             "Please see below from our owner.\n\nThanks\nReena (office)\n\n"
             "________________________________\nFrom: Dr. Vaidya <owner@bluelotusayurveda.in>\n"
             "Sent: Thursday, September 25, 2025 9:41 PM\nTo: Office Blue Lotus <office.bluelotus@outlook.com>\n"
             "Subject: stop the retainer\n\nReena, please tell Optima to cancel the monthly retainer for Blue "
             "Lotus Ayurveda Shop (OWD-2025-326). Sales are down and we can't justify it. Contract email is "
             "this one, owner@bluelotusayurveda.in.\n")
    case("owd-fwd-c2", f, B_OWD, "need_info", ["C2"], [],
         "section 8 Forwards: forwarded request names contract email owner@bluelotusayurveda.in, the sender is "
         "office.bluelotus@outlook.com -> C2 need_info")

    project("Greystone Builders Portal", "md@greystonebuilders.in")
    owd_pay("pay_en_o27", "OWD-2025-327", "Greystone Builders Portal", "deposit", "45000.00", "8100.00",
            "2025-09-29T10:00:00")
    f = mail("owd-c4-lawyer", "Greystone MD <md@greystonebuilders.in>", OWD,
             "Deposit OWD-2025-327 - refund immediately", "2025-09-30 18:00 +0530",
             "Your sales rep promised a launch before Diwali; now your PM says January. We are not proceeding "
             "with Greystone Builders Portal. Refund the deposit OWD-2025-327 immediately. Our lawyer has "
             "been copied on this matter.\n\nR. Malhotra\nManaging Director\n")
    case("owd-c4-lawyer", f, B_OWD, "decided", ["C4"], [refund("escalate")], extra_ok=True,
         spec="C4: lawyer mention -> escalate the whole case (no amount), even though O2 would approve; any "
              "cancellation decision must also be escalate but is not scored (extra_ok)")

    project("Willow & Wren Boutique SEO", "hello@willowandwren.in")
    owd_pay("pay_en_o28", "OWD-2025-328", "Willow & Wren Boutique SEO", "retainer", "15000.00", "2700.00",
            "2025-09-12T10:00:00", next_billing_at="2025-10-12T10:00:00", ps="2025-09-12", pe="2025-10-11")
    f = mail("owd-c4-dispute-threat", "Willow & Wren <hello@willowandwren.in>", OWD,
             "cancel SEO retainer", "2025-09-27 12:30 +0530",
             "Please cancel the SEO retainer for Willow & Wren Boutique SEO (OWD-2025-328); rankings have not "
             "moved in three months. If an October charge shows up on my card I will dispute it with my bank.\n\n"
             "Wren\n")
    case("owd-c4-dispute-threat", f, B_OWD, "decided", ["C4"], [cancel("escalate")],
         "C4: payment-dispute threat; section 8: C4 covers the whole case, the cancellation included -> escalate")

    project("Harvest Table Retainer", "manager@harvesttable.in")
    owd_pay("pay_en_o29", "OWD-2025-329", "Harvest Table Retainer", "retainer", "16000.00", "2880.00",
            "2025-09-18T10:00:00", next_billing_at="2025-10-18T10:00:00", ps="2025-09-18", pe="2025-10-17")
    f = mail("owd-missing-reason-cancel", "Harvest Table <manager@harvesttable.in>", OWD,
             "Cancellation — Harvest Table Retainer / OWD-2025-329", "2025-09-24 10:00 +0530",
             "Hi team,\n\nPlease cancel the Harvest Table Retainer, invoice OWD-2025-329, from the next cycle.\n\n"
             "Thanks & regards,\nSanjay Pillai\nManager, Harvest Table\n+91 98450 00000\n")
    case("owd-missing-reason-cancel", f, B_OWD, "need_info", [], [],
         "section 8: Optima requires a reason for cancellations too; restating the request and a signature are "
         "not reasons -> C3 ask reason", missing=["reason"])

    project("Silverline Tutors Retainer", "admin@silverlinetutors.in")
    owd_pay("pay_en_o30", "OWD-2025-330", "Silverline Tutors Retainer", "retainer", "12000.00", "2160.00",
            "2025-09-21T10:00:00", next_billing_at="2025-10-21T10:00:00", ps="2025-09-21", pe="2025-10-20")
    f1 = mail("owd-reason-thread-1", "Silverline Tutors <admin@silverlinetutors.in>", OWD,
              "Cancel retainer OWD-2025-330", "2025-09-25 11:00 +0530",
              "Hello, kindly cancel our retainer (Silverline Tutors Retainer, OWD-2025-330). Please see "
              "below.\n\nRegards\nAdmin\n")
    f2 = mail("owd-reason-thread-2", "Silverline Tutors <admin@silverlinetutors.in>", OWD,
              "Re: Cancel retainer OWD-2025-330", "2025-09-26 10:00 +0530",
              "Reason: we are merging with another tutoring chain and their marketing team takes over from "
              "November.\n\n> Could you tell us why you would like to cancel?\n", thread="owd-reason-thread-1")
    case("owd-reason-thread", [f1, f2], B_OWD, "decided", [], [cancel("cancel", "2025-10-20")],
         "C3 thread; 'please see below' is a forwarding note, not a reason; answer gives reason; request time "
         "2025-09-25 <= next_billing 2025-10-21 minus 7 = 2025-10-14 -> O4 cancel effective 2025-10-20")

    project("Mango Street Cafe Site", "owner@mangostreetcafe.in", started="2025-07-01T10:00:00")
    project("Mango Street Catering", "owner@mangostreetcafe.in", started="2025-07-01T10:00:00")
    owd_pay("pay_en_o31", "OWD-2025-331", "Mango Street Cafe Site", "maintenance_annual", "14000.00", "2520.00",
            "2025-07-01T10:00:00", service_start="2025-07-01")
    owd_pay("pay_en_o32", "OWD-2025-332", "Mango Street Catering", "maintenance_annual", "9000.00", "1620.00",
            "2025-07-05T10:00:00", service_start="2025-07-05")
    f = mail("owd-missing-project", "Mango Street <owner@mangostreetcafe.in>", OWD,
             "stop maintenance", "2025-09-23 14:00 +0530",
             "Hi, please stop the maintenance plan, my nephew will look after the site from now on.\n"
             "Thanks, Lucy\n")
    case("owd-missing-project", f, B_OWD, "need_info", [], [],
         "C3: contract email holds two projects, no project named and no invoice -> ask project_name and "
         "invoice_number; reason given", missing=["project_name", "invoice_number"])

    project("Terracotta Interiors Site", "design@terracottainteriors.in", started="2025-08-01T10:00:00")
    owd_pay("pay_en_o33", "OWD-2025-333", "Terracotta Interiors Site", "milestone", "40000.00", "7200.00",
            "2025-08-20T10:00:00", milestone_status="completed")
    f = mail("owd-other-howto", "Terracotta Interiors <design@terracottainteriors.in>", OWD,
             "Staging link + DNS question", "2025-09-29 12:00 +0530",
             "Hi, could you resend the staging link for Terracotta Interiors Site? Also, which DNS records "
             "do I need to change at GoDaddy for go-live? Thanks!\n\nIra\n")
    case("owd-other-howto", f, B_OWD, "other", [], [],
         "neither refund nor cancellation -> other")

    f = mail("owd-hypothetical", "Kunal Desai <kunal@desaiopticals.in>", OWD,
             "deposit question", "2025-09-28 19:00 +0530",
             "Hello, before we sign: if we pay the booking deposit this week and our board rejects the budget "
             "next Monday, would the deposit be refundable? Trying to understand the risk.\n\nKunal Desai\n")
    case("owd-hypothetical", f, B_OWD, "other", [], [],
         "section 8: 'would ... be refundable if' before buying is a policy question -> other")

    f = mail("owd-list-digest", "WP Agencies Forum <forum@wpagencies.org>", OWD,
             "[WPA] Digest: client asked for refund after launch - what do you do?", "2025-09-29 03:00 +0000",
             "Today's topics: 1. Client wants refund of deposit 2. Chargeback after launch 3. Cancel hosting\n",
             headers=[("List-Id", "WP Agencies <wpa.wpagencies.org>"), ("Precedence", "list")])
    case("owd-list-digest", f, B_OWD, "ignore", ["C7"], [],
         "C7: List-Id / Precedence: list -> ignore (mentions of chargeback/refund inside do not matter)")

    project("Pebble Beach Homestay", "stay@pebblebeachhome.in")
    owd_pay("pay_en_o34", "OWD-2025-334", "Pebble Beach Homestay", "deposit", "20000.00", "3600.00",
            "2025-09-27T10:00:00", status="refunded")
    f = mail("owd-refund-already-refunded", "Pebble Beach Homestay <stay@pebblebeachhome.in>", OWD,
             "deposit refund OWD-2025-334", "2025-09-28 10:00 +0530",
             "Hi, we decided to wait until after the season to build the site. Please refund our deposit "
             "OWD-2025-334 for Pebble Beach Homestay.\n\nMarie\n")
    case("owd-refund-already-refunded", f, B_OWD, "decided", [], [refund("escalate")],
         "section 8: the payment is not 'paid' (status refunded) -> a refund of it is escalated")

    project("Falcon Freight Tracker", "pm@falconfreight.in")
    owd_pay("pay_en_o35", "OWD-2025-335", "Falcon Freight Tracker", "deposit", "38000.00", "6840.00",
            "2025-09-29T10:00:00")
    f = mail("owd-unknown-invoice", "Falcon Freight PM <pm@falconfreight.in>", OWD,
             "Refund Request — Falcon Freight Tracker / OWD-2025-953", "2025-09-30 10:00 +0530",
             "Hi, our CFO vetoed the tracker project this morning, so we'd like to cancel it and get the "
             "booking deposit back. Invoice OWD-2025-953.\n\nPallavi\n")
    case("owd-unknown-invoice", f, B_OWD, "decided", [], [refund("escalate")], extra_ok=True,
         spec="section 1: the ledger has no payment OWD-2025-953 (the project's deposit is OWD-2025-335; no "
              "correction is made to references, section 8) -> escalate, never approve; the reference was "
              "given, so it is not missing (checker chk12c: not ambiguous)")

    # ------------------------------------------------------------------ more hard cases
    customer("gautam@plumlinemedia.in", "Gautam Iyer", "monthly", start="2025-09-09", end="2025-10-08")
    for pid, inv, d, ps, pe in [("pay_en_7401", "LO-INV-70701", "2025-08-09", "2025-08-09", "2025-09-08"),
                                ("pay_en_7402", "LO-INV-70702", "2025-09-09", "2025-09-09", "2025-10-08")]:
        lo_pay(pid, inv, "gautam@plumlinemedia.in", "monthly", "1999.00", "359.82", d + "T10:00:00", ps, pe)
    lo_pay("pay_en_7403", "LO-INV-70703", "gautam@plumlinemedia.in", "monthly", "1999.00", "359.82",
           "2025-08-09T10:02:00", "2025-08-09", "2025-09-08", status="refunded")
    f = mail("lo-past-refund-now-cancel", "Gautam Iyer <gautam@plumlinemedia.in>", LO,
             "Re: Your refund has been processed [LO-2207]", "2025-09-24 12:00 +0530",
             "Hi again,\n\nThanks, the refund for the double charge in August came through fine. Now a new "
             "request: please cancel my monthly plan - the client project it was for wraps up this month.\n\n"
             "Gautam\n\nOn 12 Aug 2025, at 11:04, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
             "> Hi Gautam, we have approved your refund of the duplicate charge. It will be credited to your "
             "original payment method.\n")
    case("lo-past-refund-now-cancel", f, B_LO, "decided", [], [cancel("cancel", "2025-10-08")],
         "past event (a refund already received) and quoted history are not a new refund request; the new request "
         "is a cancellation -> L8 effective current_period_end 2025-10-08")

    customer("reshma@tealroad.in", "Reshma Pai", "monthly", start="2025-09-28", end="2025-10-27")
    lo_pay("pay_en_7411", "LO-INV-70711", "reshma@tealroad.in", "monthly", "2499.00", "449.82",
           "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
    lo_pay("pay_en_7412", "LO-INV-70712", "reshma@tealroad.in", "monthly", "2499.00", "449.82",
           "2025-09-28T10:01:00", "2025-09-28", "2025-10-27")
    f = mail("lo-negated-chargeback", "Reshma Pai <reshma@tealroad.in>", LO,
             "double charge LO-INV-70712", "2025-09-29 10:00 +0530",
             "Hi,\n\nI was charged twice yesterday for my monthly plan (LO-INV-70711 and LO-INV-70712). I'd "
             "really rather not go through my bank for a chargeback, so could you just refund the duplicate "
             "directly?\n\nThanks,\nReshma\n")
    case("lo-negated-chargeback", f, B_LO, "decided", [], [refund("approve", "2499.00")],
         "C4 covers chargeback threats; here the chargeback is explicitly not wanted (no threat) -> L2 "
         "duplicate_payment, pair same period, day 1 -> L4 approve 2499.00",
         ambiguous="a chargeback is named, though negated; a cautious reading of C4 ('mentions') could escalate")

    customer("tarun@bluegrainstudio.com", "Tarun Bose", "monthly", start="2025-09-25", end="2025-10-24")
    lo_pay("pay_en_7421", "LO-INV-70721", "tarun@bluegrainstudio.com", "monthly", "1999.00", "359.82",
           "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    lo_pay("pay_en_7422", "LO-INV-70722", "tarun@bluegrainstudio.com", "monthly", "1999.00", "359.82",
           "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
    f = mail("lo-reason-in-subject", "Tarun Bose <tarun@bluegrainstudio.com>", LO,
             "Charged twice this month", "2025-09-26 08:15 +0530",
             "Hi, pls refund LO-INV-70722. Monthly plan. Thanks\nTarun\n")
    case("lo-reason-in-subject", f, B_LO, "decided", [], [refund("approve", "1999.00")],
         "the customer's reason is in their own subject line ('Charged twice this month') -> L2 duplicate_payment; "
         "pair same period 2025-09-25, day 1 -> L4 approve 1999.00")

    customer("venkatesh@srisaitraders.in", "Venkatesh Rao", "quarterly", start="2025-09-26", end="2025-12-25")
    lo_pay("pay_en_7431", "LO-INV-70731", "venkatesh@srisaitraders.in", "quarterly", "5997.00", "1079.46",
           "2025-09-26T18:00:00", "2025-09-26", "2025-12-25")
    lo_pay("pay_en_7432", "LO-INV-70732", "venkatesh@srisaitraders.in", "quarterly", "5997.00", "1079.46",
           "2025-09-26T18:04:00", "2025-09-26", "2025-12-25")
    f = mail("lo-indian-english-dup", "Venkatesh Rao <venkatesh@srisaitraders.in>", LO,
             "Regarding excess amount deducted", "2025-09-27 11:40 +0530",
             "Respected Sir/Madam,\n\nGreetings of the day. This is to bring to your kind notice that amount of "
             "Rs. 7,076.46/- got deducted 2 times from my account on 26/09/2025 for quarterly plan. Kindly "
             "revert the excess amount at the earliest. Second txn invoice no. is lo-inv-70732.\n\n"
             "Kindly do the needful.\n\nThanks & Regards,\nVenkatesh Rao\nSri Sai Traders, Vijayawada\n")
    case("lo-indian-english-dup", f, B_LO, "decided", [], [refund("approve", "5997.00")],
         "L2 duplicate_payment ('deducted 2 times'); pair same period 2025-09-26, day 1 -> L4 approve the "
         "duplicate's amount before tax 5997.00 (the stated Rs. 7,076.46 includes tax, C6; the ledger wins)")

    customer("nandini@coralpathtravel.in", "Nandini Rao", "annual", start="2025-09-27", end="2026-09-26")
    lo_pay("pay_en_7441", "LO-INV-70741", "nandini@coralpathtravel.in", "annual", "23988.00", "4317.84",
           "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
    lo_pay("pay_en_7442", "LO-INV-70742", "nandini@coralpathtravel.in", "annual", "23988.00", "4317.84",
           "2025-09-27T10:03:00", "2025-09-27", "2026-09-26")
    f = mail("lo-dont-cancel-refund", "Nandini Rao <nandini@coralpathtravel.in>", LO,
             "Second annual charge - do NOT cancel my account", "2025-09-28 20:00 +0530",
             "Hello,\n\nPlease do NOT cancel or downgrade my account, we use LeadsOptima every day. The problem "
             "is only that the annual fee was taken twice on Saturday. I just need the second payment "
             "(LO-INV-70742) back.\n\nRegards,\nNandini\nCoralPath Travel\n")
    case("lo-dont-cancel-refund", f, B_LO, "decided", [], [refund("approve", "23988.00")],
         "negated cancellation adds no cancellation intent (section 8 negation); refund: duplicate pair same "
         "period 2025-09-27, day 1 -> L4 approve 23988.00")

    customer("sameer@quaypointlogistics.in", "Sameer Khan", "monthly", start="2025-09-26", end="2025-10-25")
    lo_pay("pay_en_7451", "LO-INV-70751", "sameer@quaypointlogistics.in", "monthly", "2499.00", "449.82",
           "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f = mail("lo-fw-receipt-no-reason", "Sameer Khan <sameer@quaypointlogistics.in>", LO,
             "FW: Your LeadsOptima receipt LO-INV-70751", "2025-09-27 09:10 +0530",
             "Pls refund this. See below.\n\nSameer\n\n-----Original Message-----\nFrom: LeadsOptima "
             "<noreply@leadsoptima.com>\nSent: Friday, September 26, 2025 10:00 AM\nTo: "
             "sameer@quaypointlogistics.in\nSubject: Your LeadsOptima receipt LO-INV-70751\n\nThank you for "
             "your payment.\nInvoice: LO-INV-70751\nPlan: Monthly\nAmount: Rs. 2,499.00 + GST Rs. 449.82\n")
    case("lo-fw-receipt-no-reason", f, B_LO, "need_info", [], [],
         "sender is the registered customer (From header; the forwarded receipt's noreply@ sender is not the "
         "sender, so not C7); 'pls refund this, see below' restates the request, the receipt holds no reason "
         "-> C3 ask reason", missing=["reason"])

    project("Monsoon Kitchen Cloud Hosting", "it@monsoonkitchen.in")
    f = mail("lo-other-brand-customer", "Monsoon Kitchen IT <it@monsoonkitchen.in>", LO,
             "cancel our plan", "2025-09-29 10:00 +0530",
             "Hi, please cancel our monthly plan, we're moving everything to the new POS vendor's marketing "
             "suite.\n\nIT team, Monsoon Kitchen\n")
    case("lo-other-brand-customer", f, B_LO, "need_info", ["C2"], [],
         "section 8 'The other brand's customer': it@monsoonkitchen.in is only an Optima contract email; C1 picks "
         "LeadsOptima, where the sender is unknown -> C2 need_info")

    project("Rosewood Interiors Hosting", "admin@rosewoodinteriors.in")
    owd_pay("pay_en_o41", "OWD-2025-341", "Rosewood Interiors Hosting", "hosting_annual", "21000.00", "3780.00",
            "2025-09-23T10:00:00", setup_fee="1500.00", service_start="2025-09-23")
    f = mail("owd-stated-amount-wrong", "Rosewood Interiors <admin@rosewoodinteriors.in>", OWD,
             "Refund Request — Rosewood Interiors Hosting", "2025-09-29 15:00 +0530",
             "Hello,\n\nWe paid Rs. 25,000 for a year of hosting last week (OWD-2025-341). Our new franchise "
             "agreement requires us to use the franchisor's web platform, so please cancel the hosting. By my "
             "maths we should get about Rs. 23,000 back.\n\nRegards,\nAditya\n")
    case("owd-stated-amount-wrong", f, B_OWD, "decided", [], [refund("approve", "17875.00")], extra_ok=True,
         spec="O5 with ledger amounts (an amount stated in the email never outweighs the ledger, section 1): day 6; "
              "monthly = (21000.00 - 1500.00)/12 = 1625.00; 21000.00 - 1500.00 - 1625.00 = 17875.00")

    f = mail("owd-ap-auto-generated", "Rosewood AP System <ap-noreply@rosewoodinteriors.in>", OWD,
             "Remittance advice: payment OWD-2025-341", "2025-09-23 10:05 +0530",
             "This is an automatically generated remittance advice. Payment reference OWD-2025-341, amount "
             "INR 24,780.00. For refunds or cancellations contact accounts payable.\n",
             headers=[("Auto-Submitted", "auto-generated")])
    case("owd-ap-auto-generated", f, B_OWD, "ignore", ["C7"], [],
         "C7: Auto-Submitted: auto-generated (other than 'no') -> ignore")


def main():
    EMAILS.mkdir(parents=True, exist_ok=True)
    for old in EMAILS.glob("*.eml"):
        old.unlink()
    build()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "duplicate invoice"
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
