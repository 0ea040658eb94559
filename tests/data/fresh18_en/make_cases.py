"""fresh18 held-out round: cases written from POLICY_SPEC alone.  stdlib only, deterministic:
running this file writes ledger.json, emails/*.eml and expected.json beside it."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m if h >= 0 else -m))


IST, BST, EDT, CDT, PDT, AEST, WAT, PHT, GST = tz(5, 30), tz(1), tz(-4), tz(-5), tz(-7), tz(10), tz(1), tz(8), tz(4)
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

customers: list = []
projects: list = []
payments: list = []
cases: list = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, price, paid_at, ps, pe, status="paid"):
    payments.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": price[0], "tax": price[1], "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    projects.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    payments.append(base)


def d(day, hh, mm, zone, month=9):
    return datetime(2025, month, day, hh, mm, tzinfo=zone)


def msg(frm, to, subject, when, body=None, html=None, headers=None):
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}}


def build(m, mid, parents):
    e = EmailMessage()
    e["From"] = m["from"]
    e["To"] = m["to"]
    e["Subject"] = m["subject"]
    e["Date"] = format_datetime(m["when"])
    e["Message-ID"] = mid
    via = m["headers"].get("_via")  # our reply the customer answers (not a file of the case)
    if parents:
        e["In-Reply-To"] = via or parents[-1]
        e["References"] = " ".join(parents + ([via] if via else []))
    for k, v in m["headers"].items():
        if k.startswith("_"):
            continue
        e[k] = v
    if m.get("dsn"):  # a delivery-status report (RFC 3464): multipart/report parsed into an EmailMessage
        b = "dsn-boundary-" + mid.strip("<>").split("@")[0].replace(".", "-")
        raw = "".join(f"{k}: {v}\r\n" for k, v in e.items())
        raw += (f"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\r\n\r\n"
                f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{m['body']}\r\n"
                f"--{b}\r\nContent-Type: message/delivery-status\r\n\r\n{m['dsn']}\r\n--{b}--\r\n")
        return message_from_bytes(raw.replace("\r\n", "\n").replace("\n", "\r\n").encode(), policy=SMTP)
    elif m["html"] and not m["body"]:
        e.set_content(m["html"], subtype="html")
    else:
        e.set_content(m["body"])
        if m["html"]:
            e.add_alternative(m["html"], subtype="html")
    return e


def case(cid, brand, msgs, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False, ambiguous=None):
    cases.append({"cid": cid, "brand": brand, "msgs": msgs, "status": status, "decisions": list(decisions),
                  "rules": list(rules), "missing": missing, "spec": spec, "extra_ok": extra_ok,
                  "ambiguous": ambiguous})


def dec(intent, outcome, amount=None, eff=None):
    x = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        x["effective_date"] = eff
    return x


def write(lang):
    shutil.rmtree(HERE / "emails", ignore_errors=True)
    (HERE / "emails").mkdir()
    out = []
    for c in cases:
        files, parents = [], []
        num = c["cid"].split("-")[0]
        for i, m in enumerate(c["msgs"]):
            dom = m["from"].split("@")[-1].strip(">").strip()
            mid = f"<{lang}.{c['cid']}.{i}@{dom}>"
            e = build(m, mid, parents)
            parents.append(mid)
            name = f"emails/{c['cid']}{'' if len(c['msgs']) == 1 else '-' + str(i + 1)}.eml"
            (HERE / name).write_bytes(e.as_bytes(policy=SMTP))
            files.append(name)
        x = {"id": f"{lang}-{c['cid']}", "lang": lang, "files": files, "brand": c["brand"], "status": c["status"],
             "rules": c["rules"]}
        if c["missing"] is not None:
            x["missing"] = c["missing"]
        x["decisions"] = c["decisions"]
        if c["extra_ok"]:
            x["extra_ok"] = True
        if c["ambiguous"]:
            x["ambiguous"] = c["ambiguous"]
        x["spec"] = c["spec"]
        out.append(x)
    ledger = {"customers": customers, "projects": projects, "payments": payments}
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(out)} cases")


# ---------------------------------------------------------------- LeadsOptima (English)
T = "support@leadsoptima.com"
TO = "LeadsOptima Support <support@leadsoptima.com>"

cust("rajesh.iyer@srinidhi-traders.in", "Rajesh Iyer", "monthly", start="2025-09-22", end="2025-10-21")
lopay("e_p01a", "LO-INV-70111", "rajesh.iyer@srinidhi-traders.in", "monthly", M, "2025-09-22T11:02:00", "2025-09-22", "2025-10-21")
lopay("e_p01b", "LO-INV-70112", "rajesh.iyer@srinidhi-traders.in", "monthly", M, "2025-09-22T11:03:00", "2025-09-22", "2025-10-21")
case("l01-formal-double-debit", LOB, [msg("Rajesh Iyer <rajesh.iyer@srinidhi-traders.in>", TO,
     "Request for reversal of excess debit - Invoice LO-INV-70112", d(25, 10, 14, IST),
     "Respected Sir/Madam,\n\nWith reference to the above subject, I wish to bring to your kind notice that my\n"
     "HDFC credit card has been debited twice towards the monthly subscription of LeadsOptima on 22/09/2025,\n"
     "vide invoices LO-INV-70111 and LO-INV-70112, within one minute of each other. Only one subscription\n"
     "was availed. Kindly reverse the second debit of Rs. 1,768.82 at the earliest.\n\n"
     "Thanking you in anticipation,\n\nYours faithfully,\nRajesh Iyer\nProprietor, Srinidhi Traders, Coimbatore\n")],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="L2 duplicate, L4: two paid 1499.00 charges same period on 09-22, email 09-25 (day 3); refund before tax 1499.00 (C6), not the 1,768.82 stated.")

cust("megan.oconnell@brightpath.com", "Megan O'Connell", "annual", start="2025-09-18", end="2026-09-17")
lopay("e_p02a", "LO-INV-70201", "megan.oconnell@brightpath.com", "annual", A, "2025-09-18T23:30:00", "2025-09-18", "2026-09-17")
lopay("e_p02b", "LO-INV-70202", "megan.oconnell@brightpath.com", "annual", A, "2025-09-18T23:31:00", "2025-09-18", "2026-09-17")
case("l02-us-day7-evening", LOB, [msg("Megan O'Connell <megan.oconnell@brightpath.com>", TO,
     "annual renewal hit my Amex twice??", d(25, 13, 0, EDT),
     "Hi there -\n\nSo I'm reconciling our Amex and I see TWO annual charges from you guys last Thursday,\n"
     "invoices LO-INV-70201 and LO-INV-70202, same amount, one minute apart. We only have the one workspace.\n"
     "Can you refund the extra one (the 70202 one)? Annual plan, this email is the account.\n\n"
     "Thanks!\nMegan\n\n--\nMegan O'Connell | Ops Manager | BrightPath Realty, Charlotte NC\n")],
     "decided", [dec("refund", "approve", "11988.00")],
     spec="L3/L4: charge 09-18 23:30 IST = day 0; email 09-25 13:00 EDT = 09-25 22:30 IST = day 7, inside; refund 11988.00.")

cust("hughes.accounts@kentfloors.co.uk", "Tom Hughes", "monthly", start="2025-09-10", end="2025-10-09")
lopay("e_p03a", "LO-INV-70301", "hughes.accounts@kentfloors.co.uk", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
lopay("e_p03b", "LO-INV-70302", "hughes.accounts@kentfloors.co.uk", "monthly", M, "2025-09-10T09:05:00", "2025-09-10", "2025-10-09")
case("l03-uk-day8-late", LOB, [msg("Tom Hughes <hughes.accounts@kentfloors.co.uk>", TO,
     "Duplicate payment LO-INV-70302", d(18, 8, 0, BST),
     "Morning,\n\nBit late noticing this, apologies - the bookkeeper flagged that we paid you twice on the 10th\n"
     "for the monthly plan (LO-INV-70301 and LO-INV-70302). Could you sort a refund for the second one please.\n\n"
     "Cheers,\nTom\nKent Floors Ltd\nRegistered in England and Wales No. 08812345. This e-mail is confidential.\n")],
     "decided", [dec("refund", "deny")],
     spec="L3: charge 09-10 (day 0), email 09-18 08:00 BST = 09-18 12:30 IST = day 8 > 7: deny despite a real duplicate.")

cust("dana.k@pinecrestdental.com", "Dana Kowalski", "monthly", start="2025-09-12", end="2025-10-11")
lopay("e_p04a", "LO-INV-70401", "dana.k@pinecrestdental.com", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lopay("e_p04b", "LO-INV-70402", "dana.k@pinecrestdental.com", "monthly", M, "2025-09-12T10:00:40", "2025-09-12", "2025-10-11")
case("l04-pacific-evening-crosses-date", LOB, [msg("Dana Kowalski <dana.k@pinecrestdental.com>", TO,
     "charged 2x", d(18, 20, 0, PDT),
     "hey so i was going thru the practice card statement tonight and u charged us two times on sept 12 for\n"
     "the monthly. inv LO-INV-70402 is the 2nd one. pls put it back on the card. monthly plan, this is my login email\n\n"
     "dana\nsent from my phone, excuse typos\n")],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="L3: 09-18 20:00 PDT = 09-19 08:30 IST; charge 09-12 IST = day 0, request day 7: inside; L4 approve 1499.00.")

cust("liam@coastalcafe.com.au", "Liam Nguyen", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("e_p05a", "LO-INV-70501", "liam@coastalcafe.com.au", "quarterly", Q, "2025-09-20T07:10:00", "2025-09-20", "2025-12-19")
lopay("e_p05b", "LO-INV-70502", "liam@coastalcafe.com.au", "quarterly", Q, "2025-09-20T07:11:00", "2025-09-20", "2025-12-19")
lopay("e_p05c", "LO-INV-70503", "liam@coastalcafe.com.au", "quarterly", Q, "2025-09-21T07:10:00", "2025-09-20", "2025-12-19")
case("l05-au-three-charges", LOB, [msg("Liam Nguyen <liam@coastalcafe.com.au>", TO,
     "Three lots of the quarterly come out?!", d(24, 16, 45, AEST),
     "G'day team,\n\nNot sure what's gone on but your system's had three goes at my card for the one quarterly sub -\n"
     "LO-INV-70501, LO-INV-70502 and LO-INV-70503, all 3,999 rupees plus GST. I only want to pay for it once,\n"
     "so reckon I'm owed two of those back. Latest one is LO-INV-70503.\n\nCheers mate,\nLiam\nCoastal Cafe, Byron Bay\n")],
     "decided", [dec("refund", "approve", "7998.00")],
     spec="s8 three identical charges: 70502 and 70503 are duplicates of 70501 (same period 09-20..12-19), both inside L3 (email 09-24 12:15 IST); 2 x 3999.00 = 7998.00.")

cust("adebayo.ogunleye@lagosprints.ng", "Adebayo Ogunleye", "monthly", start="2025-09-16", end="2025-10-15")
lopay("e_p06a", "LO-INV-70601", "adebayo.ogunleye@lagosprints.ng", "monthly", M, "2025-09-16T12:00:00", "2025-09-16", "2025-10-15")
case("l06-ng-claims-double-no-pair", LOB, [msg("Adebayo Ogunleye <adebayo.ogunleye@lagosprints.ng>", TO,
     "RE: DOUBLE DEDUCTION ON MY ACCOUNT", d(19, 9, 20, WAT),
     "Good morning Sir,\n\nI hope this mail meets you well. Please I want to complain that my GTBank account was\n"
     "deducted two times for your monthly subscription on 16th September, the invoice with me is LO-INV-70601.\n"
     "The alert came twice on my phone. Kindly look into it and return the extra money to my account.\n\n"
     "I am using monthly plan with this same email.\n\nThanks and God bless.\nAdebayo Ogunleye\nLagos Prints & Co.\n")],
     "decided", [dec("refund", "escalate")],
     spec="L4: customer says charged twice but the ledger holds one paid charge (e_p06a) for the period: no pair, escalate, no amount.")

cust("priya.menon@menonlegalsvcs.in", "Priya Menon", "monthly", status="cancelled", start="2025-08-20", end="2025-09-19")
lopay("e_p07a", "LO-INV-70701", "priya.menon@menonlegalsvcs.in", "monthly", M, "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
lopay("e_p07b", "LO-INV-70702", "priya.menon@menonlegalsvcs.in", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l07-charged-after-cancel", LOB, [msg("Priya Menon <priya.menon@menonlegalsvcs.in>", TO,
     "Fwd: Your LeadsOptima receipt LO-INV-70702", d(23, 18, 5, IST),
     "I cancelled on 3rd Sept from Billing itself, got the confirmation also. Still you people renewed on 20th\n"
     "and took 1499+GST. This is a billing error, please refund LO-INV-70702. Monthly plan.\n\nPriya\n\n"
     "---------- Forwarded message ---------\nFrom: LeadsOptima <noreply@leadsoptima.com>\nDate: Sat, 20 Sep 2025 at 10:00\n"
     "Subject: Your LeadsOptima receipt LO-INV-70702\nTo: <priya.menon@menonlegalsvcs.in>\n\n"
     "Thanks for your payment of INR 1,768.82 for LeadsOptima Monthly.\n")],
     "decided", [dec("refund", "escalate")],
     spec="L2 billing_error (charged after cancelling), L5: inside window (09-20 -> 09-23, day 3): escalate; the forward of our own receipt is context, not auto-mail.")

cust("marco.reyes@islandhomes.ph", "Marco Reyes", "monthly", start="2025-09-15", end="2026-09-14")
lopay("e_p08a", "LO-INV-70801", "marco.reyes@islandhomes.ph", "annual", A, "2025-09-15T13:00:00", "2025-09-15", "2026-09-14")
case("l08-ph-wrong-plan", LOB, [msg("Marco Reyes <marco.reyes@islandhomes.ph>", TO,
     "Wrong plan charged po", d(17, 14, 30, PHT),
     "Hi Sir/Ma'am,\n\nGood afternoon po. I only upgraded to the monthly plan but the system charged me for the\n"
     "annual plan, PHP equivalent of INR 11,988 + tax under LO-INV-70801. That is not what I clicked. Kindly\n"
     "refund and just charge the monthly one. Thank you so much in advance and God bless!\n\nMarco Reyes\nIsland Homes Realty, Cebu\n")],
     "decided", [dec("refund", "escalate")],
     spec="L2 billing_error (charged for the wrong plan), L5: charge 09-15, request 09-17 day 2: escalate for a human to verify.")

cust("grace.tan@orchidsalon.ph", "Grace Tan", "quarterly", start="2025-09-21", end="2025-12-20")
lopay("e_p09a", "LO-INV-70901", "grace.tan@orchidsalon.ph", "quarterly", Q, "2025-09-21T09:00:00", "2025-09-21", "2025-12-20")
case("l09-ph-cannot-login-taglish", LOB, [msg("Grace Tan <grace.tan@orchidsalon.ph>", TO,
     "cant login since renewal", d(26, 21, 10, PHT),
     "hello, since i paid the quarterly last sunday (LO-INV-70901) i cannot log in na, it just keeps loading then\n"
     "kicks me back to the login page. tried chrome and my phone, same. i already emailed your chat 2x no reply.\n"
     "if you cant fix it i want refund of that payment. sayang naman.\n\ngrace\n")],
     "decided", [dec("refund", "escalate")],
     spec="L2 access_failure, L6: charge 09-21, request 09-26 21:10 PHT = 18:40 IST, day 5: escalate.")

cust("bola.adeyemi@ibadanfoods.com.ng", "Bola Adeyemi", "monthly", start="2025-08-30", end="2025-09-29")
lopay("e_p10a", "LO-INV-71001", "bola.adeyemi@ibadanfoods.com.ng", "monthly", M, "2025-08-30T10:00:00", "2025-08-30", "2025-09-29")
case("l10-ng-access-too-late", LOB, [msg("Bola Adeyemi <bola.adeyemi@ibadanfoods.com.ng>", TO,
     "No access for two weeks now - refund LO-INV-71001", d(15, 11, 0, WAT),
     "Dear Support,\n\nSince I paid on 30th August I have not been able to access the dashboard at all. It is not loading.\n"
     "I have been patient but enough is enough. Refund my money for invoice LO-INV-71001, monthly plan.\n\nRegards,\nBola\n")],
     "decided", [dec("refund", "deny")],
     spec="L3: charge 08-30 (day 0), request 09-15 15:30 IST = day 16 > 7: deny even for access_failure.")

cust("sanjay.b@kothariexports.com", "Sanjay Bhatt", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e_p11a", "LO-INV-71101", "sanjay.b@kothariexports.com", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l11-changed-mind-no-cancel", LOB, [msg("Sanjay Bhatt <sanjay.b@kothariexports.com>", TO,
     "refund", d(22, 9, 40, IST),
     "Hi, our boss has decided to go with another CRM so we will not be needing LeadsOptima any more. Pls refund\n"
     "LO-INV-71101 (monthly) which got auto debited on 20th. We have not even used it this month.\n\nSanjay\nAccounts, Kothari Exports, Surat\n")],
     "decided", [dec("refund", "deny")],
     spec="L1: changed mind / not used is no exception reason: deny (reply offers cancellation); no cancellation was asked for.")

cust("k.fitzgerald@fitzgeraldcpa.com", "Kevin Fitzgerald", "annual", start="2025-03-01", end="2026-02-28")
lopay("e_p12a", "LO-INV-71201", "k.fitzgerald@fitzgeraldcpa.com", "annual", A, "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
case("l12-too-expensive-cancel-prorate", LOB, [msg("Kevin Fitzgerald <k.fitzgerald@fitzgeraldcpa.com>", TO,
     "Cancel + prorated refund", d(8, 10, 15, CDT),
     "Hello,\n\nWe're cutting software spend for Q4. Please cancel our annual subscription and refund the unused\n"
     "months (roughly 5 of 12) on invoice LO-INV-71201. Honestly it's just too expensive for a 3-person office.\n\n"
     "Kevin Fitzgerald, CPA\nFitzgerald & Associates, Des Moines IA\n\nCONFIDENTIALITY NOTICE: This message may contain privileged information.\n")],
     "decided", [dec("refund", "deny"), dec("cancellation", "cancel", eff="2026-02-28")],
     spec="L1 deny (too expensive, no partial refunds for unused days); L8 cancel effective current_period_end 2026-02-28.")

cust("arjun.trial@gmail.com", "Arjun Pillai", None, status="trial", trial_ends="2025-10-05")
case("l13-trial-refund", LOB, [msg("Arjun Pillai <arjun.trial@gmail.com>", TO,
     "trial - will i be charged? refund if so", d(27, 23, 50, IST),
     "hello\nI started the free trial last week. My bank app is showing some pending thing from LeadsOptima of Rs 2.\n"
     "I dont want to continue after trial. If any money is taken please refund it, I never subscribed to any plan.\n\nArjun\n")],
     "decided", [dec("refund", "deny")],
     spec="L7: account status trial with no charges in the ledger: deny, nothing to refund; reply says no billing unless they subscribe. "
          "Not ambiguous (chk18c): L7 decides a trial refund outright; there is no charge whose invoice could be asked for.")

cust("cheryl.wong@harbourpilates.com.au", "Cheryl Wong", "monthly", start="2025-09-09", end="2025-10-08")
lopay("e_p14a", "LO-INV-71401", "cheryl.wong@harbourpilates.com.au", "monthly", M, "2025-09-09T08:00:00", "2025-09-09", "2025-10-08")
case("l14-dictated-cancel", LOB, [msg("Cheryl Wong <cheryl.wong@harbourpilates.com.au>", TO,
     "Cancel", d(29, 7, 12, AEST),
     "hi there can you please cancel my leads optima subscription thanks its the monthly one full stop I have moved\n"
     "the studio bookings to another system comma so it is not needed anymore thanks Cheryl\n\nSent from my iPhone\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-08")],
     spec="L8: monthly, current_period_end 2025-10-08 is the last active day.")

cust("n.okafor@abujalogistics.ng", "Nkechi Okafor", "quarterly", start=None, end=None)
lopay("e_p15a", "LO-INV-71501", "n.okafor@abujalogistics.ng", "quarterly", Q, "2025-08-14T15:00:00", "2025-08-14", None)
case("l15-ng-cancel-fallback", LOB, [msg("Nkechi Okafor <n.okafor@abujalogistics.ng>", TO,
     "Kindly discontinue my subscription", d(20, 12, 0, WAT),
     "Dear LeadsOptima,\n\nKindly discontinue my quarterly subscription with effect from the end of the present cycle.\n"
     "The company is restructuring. Do not debit me again.\n\nWarm regards,\nNkechi Okafor (Mrs)\nHead, Admin - Abuja Logistics Ltd\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-11-13")],
     spec="L8 fallback: no current_period_end; last charge 2025-08-14 + 3 months - 1 day = 2025-11-13.")

cust("ops@tidewaterkayaks.com", "Ben Carter", "annual", start=None, end=None)
lopay("e_p16a", "LO-INV-71601", "ops@tidewaterkayaks.com", "annual", A, "2025-03-31T20:00:00Z", None, None)
case("l16-cancel-offset-charge", LOB, [msg("Ben Carter <ops@tidewaterkayaks.com>", TO,
     "please don't renew us next year", d(12, 9, 30, EDT),
     "Hi - we're a seasonal business and won't need LeadsOptima after this season. Please cancel the annual so it\n"
     "doesn't auto-renew. We'll use it till the term is up.\n\nBen\nTidewater Kayaks, Outer Banks\n")],
     "decided", [dec("cancellation", "cancel", eff="2026-03-31")],
     spec="s8 ledger offsets + L8 fallback: paid 2025-03-31T20:00Z = 2025-04-01 01:30 IST; 04-01 + 12 months - 1 day = 2026-03-31.")

cust("vikram@shreejiauto.in", "Vikram Shah", "monthly", start="2025-09-05", end="2025-10-04")
lopay("e_p17a", "LO-INV-71701", "vikram@shreejiauto.in", "monthly", M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
case("l17-angry-one-liner-cancel", LOB, [msg("vikram@shreejiauto.in", TO,
     "CANCEL", d(30, 23, 58, IST), "cancel my plan. now. dont want any more mails\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-04")],
     spec="L8: no reason needed for a LeadsOptima cancellation (s3); plan filled from the ledger; active till 2025-10-04.")

cust("accounts@blueharbourmedia.co.uk", "Sophie Clarke", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("e_p18a", "LO-INV-71801", "accounts@blueharbourmedia.co.uk", "quarterly", Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("l18-c2-gmail-names-registered", LOB, [msg("Sophie Clarke <sophie.clarke.home@gmail.com>", TO,
     "Our LeadsOptima account - cancel please", d(16, 19, 0, BST),
     "Hi,\n\nWriting from my personal email as I'm off sick. Our account is registered to accounts@blueharbourmedia.co.uk\n"
     "(quarterly plan). Could you cancel it and tell me when the current period ends and what we last paid?\n\n"
     "Thanks, Sophie\n")],
     "need_info", rules=["C2"],
     spec="C2: sender gmail is not the stated registered email; ask to write from accounts@...; no account details.")

cust("m.dsouza@dsouzacaterers.in", "Melwyn D'Souza", "monthly", start="2025-09-19", end="2025-10-18")
lopay("e_p19a", "LO-INV-71901", "m.dsouza@dsouzacaterers.in", "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
lopay("e_p19b", "LO-INV-71902", "m.dsouza@dsouzacaterers.in", "monthly", M, "2025-09-19T10:01:00", "2025-09-19", "2025-10-18")
case("l19-c2-forward-by-ca", LOB, [msg("CA Nitin Joshi <nitin@joshiassociates.in>", TO,
     "FW: double payment to LeadsOptima", d(24, 17, 30, IST),
     "Dear Team,\n\nPlease see below mail from my client and do the needful.\n\nRegards,\nCA Nitin Joshi\nJoshi & Associates, Mangaluru\n\n"
     "From: Melwyn D'Souza <m.dsouza@dsouzacaterers.in>\nSent: Wednesday, September 24, 2025 3:12 PM\nTo: Nitin Joshi <nitin@joshiassociates.in>\n"
     "Subject: double payment to LeadsOptima\n\nNitin, LeadsOptima has taken 1499 two times on 19th (LO-INV-71901, LO-INV-71902).\n"
     "Registered email for that account is m.dsouza@dsouzacaterers.in, monthly plan. Please get the second one refunded.\n")],
     "need_info", rules=["C2"],
     spec="s8 forwards + C2: the forwarded request names m.dsouza@... as registered email, the sender is the CA: ask for it from that address.")

cust("helen.park@parkfamilylaw.com", "Helen Park", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e_p20a", "LO-INV-72001", "helen.park@parkfamilylaw.com", "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("e_p20b", "LO-INV-72002", "helen.park@parkfamilylaw.com", "monthly", M, "2025-09-23T10:00:30", "2025-09-23", "2025-10-22")
case("l20-self-forward-bank-alert", LOB, [msg("Helen Park <helen.park@parkfamilylaw.com>", TO,
     "Fwd: Transaction alert", d(26, 8, 5, EDT),
     "See below. That's two of the same charge on the 23rd - the second is LO-INV-72002 on your side. Monthly plan.\n"
     "Please refund the duplicate.\n\nHelen Park\nPark Family Law PLLC\n\n"
     "Begin forwarded message:\n\nFrom: Chase <no.reply.alerts@chase.com>\nSubject: Transaction alert\nDate: September 23, 2025 at 12:31:02 AM EDT\n"
     "To: helen.park@parkfamilylaw.com\n\nA charge of $21.29 at LEADSOPTIMA was made. A charge of $21.29 at LEADSOPTIMA was made.\n")],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="Forward (Apple Mail) from the registered address itself: no C2; L4 pair e_p20a/b, day 3: approve 1499.00.")

cust("rohan.g@gulatiinteriors.in", "Rohan Gulati", "monthly", start="2025-09-10", end="2025-10-09")
lopay("e_p21a", "LO-INV-72101", "rohan.g@gulatiinteriors.in", "monthly", M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("l21-replyto-does-not-verify", LOB, [msg("Rohan Gulati <rohangulati1988@yahoo.co.in>", TO,
     "cancel subscription", d(21, 13, 0, IST),
     "Hi cancel my monthly subscription. Account rohan.g@gulatiinteriors.in. Reply on same.\nRohan\n",
     headers={"Reply-To": "rohan.g@gulatiinteriors.in"})],
     "need_info", rules=["C2"],
     spec="s8 addresses: the From is yahoo, Reply-To never verifies: C2 need_info.")

cust("asha.rao@raodesignstudio.in", "Asha Rao", "annual", start="2025-02-01", end="2026-01-31")
lopay("e_p22a", "LO-INV-72201", "asha.rao@raodesignstudio.in", "annual", A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
case("l22-plus-tag-is-other-address", LOB, [msg("Asha Rao <asha.rao+billing@raodesignstudio.in>", TO,
     "Cancellation", d(11, 11, 11, IST),
     "Hello, please cancel the annual plan at the end of the term, the studio is shifting to Notion.\nAsha\n")],
     "need_info", rules=["C2"],
     spec="s8: a +tag makes another address; asha.rao+billing@ is not the registered asha.rao@: C2.")

cust("john.macleod@highlandtours.co.uk", "John MacLeod", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("e_p23a", "LO-INV-72301", "john.macleod@highlandtours.co.uk", "quarterly", Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
case("l23-uppercase-sender-cancel", LOB, [msg("JOHN MACLEOD <JOHN.MACLEOD@HIGHLANDTOURS.CO.UK>", TO,
     "CANCELLATION OF QUARTERLY SUBSCRIPTION", d(14, 21, 0, BST),
     "TO WHOM IT MAY CONCERN,\n\nPLEASE CANCEL THE QUARTERLY SUBSCRIPTION FOR HIGHLAND TOURS. WE ARE CLOSING FOR THE WINTER\n"
     "AS USUAL AND DO NOT REQUIRE THE SERVICE.\n\nJOHN MACLEOD\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-31")],
     spec="s8 addresses compare case-insensitively: verified; L8 effective 2025-10-31.")

cust("t.balogun@balogunpharma.ng", "Tunde Balogun", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e_p24a", "LO-INV-72401", "t.balogun@balogunpharma.ng", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l24-no-reason-signature-disclaimer", LOB, [msg("Tunde Balogun <t.balogun@balogunpharma.ng>", TO,
     "Refund Request - LO-INV-72401", d(23, 10, 0, WAT),
     "Dear Sir/Madam,\n\nPlease process refund for invoice LO-INV-72401 (monthly plan) at your earliest convenience.\n\n"
     "Best regards,\n\nTunde Balogun\nHead of Procurement | Balogun Pharmaceuticals Ltd\n+234 803 000 0000\n\n"
     "DISCLAIMER: This email and any attachments are confidential and intended solely for the addressee. If you have\n"
     "received this email in error please notify the sender immediately. Balogun Pharmaceuticals accepts no liability\n"
     "for viruses or for any loss arising from the use of this email.\n")],
     "need_info", missing=["reason"],
     spec="s8 what a reason is: courtesy lines, signature and disclaimer are not reasons: need_info [reason].")

cust("kate.r@lumenyoga.com", "Kate Robinson", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e_p25a", "LO-INV-72501", "kate.r@lumenyoga.com", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l25-restatement-not-reason", LOB, [msg("Kate Robinson <kate.r@lumenyoga.com>", TO,
     "money back", d(25, 6, 30, EDT),
     "I want my money back for LO-INV-72501. Monthly. That's the reason, I want it back. Please refund the payment.\n\nK\n")],
     "need_info", missing=["reason"],
     spec="s8: restating the request ('I want my money back') is not a reason: need_info [reason].")

cust("femi.ade@ade-architects.ng", "Femi Adeyinka", "monthly", start="2025-09-15", end="2025-10-14")
lopay("e_p26a", "LO-INV-72601", "femi.ade@ade-architects.ng", "monthly", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
lopay("e_p26b", "LO-INV-72602", "femi.ade@ade-architects.ng", "monthly", M, "2025-09-15T10:02:00", "2025-09-15", "2025-10-14")
case("l26-thread-reason-later-window-from-first", LOB, [
     msg("Femi Adeyinka <femi.ade@ade-architects.ng>", TO, "Refund LO-INV-72602", d(19, 9, 0, WAT),
         "Hello, kindly refund LO-INV-72602. Monthly plan. Thanks.\nFemi\n"),
     msg("Femi Adeyinka <femi.ade@ade-architects.ng>", TO, "Re: Refund LO-INV-72602 [LO-2211]", d(24, 16, 0, WAT),
         "Sorry for the late reply, I travelled. Reason: you charged me twice on the 15th, 72601 and 72602 are the same\n"
         "thing. Refund the second.\n\nOn Sat, 20 Sep 2025 at 11:02, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
         "> Hello Femi, to look at your refund we need the reason for the request. Please reply to this email.\n"
         "> Your case reference is [LO-2211].\n",
         headers={"_via": "<case.LO-2211.ask1@leadsoptima.com>"})],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="C3 thread: reason supplied in the answer; request time is the FIRST email 09-19 (day 4), though the answer is 09-24 (day 9); L4 approve 1499.00.")

cust("jess.morales@sunsetsmiles.com", "Jess Morales", "annual", start="2025-09-22", end="2026-09-21")
lopay("e_p27a", "LO-INV-66120", "jess.morales@sunsetsmiles.com", "annual", A, "2025-09-22T10:00:00", "2025-09-22", "2026-09-21")
lopay("e_p27b", "LO-INV-66121", "jess.morales@sunsetsmiles.com", "annual", A, "2025-09-22T10:01:00", "2025-09-22", "2026-09-21")
case("l27-thread-invoice-typed-loosely", LOB, [
     msg("Jess Morales <jess.morales@sunsetsmiles.com>", TO, "double charged on annual", d(23, 11, 0, PDT),
         "Hi, you double charged us for the annual plan yesterday. Please refund one of them. Thanks, Jess (office mgr)\n"),
     msg("Jess Morales <jess.morales@sunsetsmiles.com>", TO, "Re: double charged on annual", d(23, 15, 20, PDT),
         "the 2nd one is lo inv 66121\n\nJess\n\n-----Original Message-----\nFrom: LeadsOptima Support\n"
         "Sent: Tuesday, September 23, 2025 2:40 PM\nSubject: RE: double charged on annual\n\n"
         "Could you send us the invoice number of the charge you want refunded?\n",
         headers={"_via": "<case.LO-2230.ask1@leadsoptima.com>"})],
     "decided", [dec("refund", "approve", "11988.00")],
     spec="C3 thread + s8 invoice references: 'lo inv 66121' is LO-INV-66121 (the later of the pair); L4 approve 11988.00.")

cust("oliver.b@northshoreplumbing.com.au", "Oliver Brown", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e_p28a", "LO-INV-72801", "oliver.b@northshoreplumbing.com.au", "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l28-au-chargeback-cancel", LOB, [msg("Oliver Brown <oliver.b@northshoreplumbing.com.au>", TO,
     "Last warning", d(27, 8, 0, AEST),
     "Third email. Your platform hasn't loaded once since you renewed me (LO-INV-72801, monthly). Cancel the account\n"
     "and refund it by Monday or I'm ringing the bank and doing a chargeback. Simple as that.\n\nOllie\n")],
     "decided", [dec("refund", "escalate"), dec("cancellation", "escalate")],
     rules=["C4"],
     spec="C4 covers the whole case (s8): chargeback threat escalates the refund AND the cancellation.")

cust("deepa.krishnan@kvstextiles.in", "Deepa Krishnan", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("e_p29a", "LO-INV-72901", "deepa.krishnan@kvstextiles.in", "quarterly", Q, "2025-09-18T10:00:00", "2025-09-18", "2025-12-17")
case("l29-consumer-forum", LOB, [msg("Deepa Krishnan <deepa.krishnan@kvstextiles.in>", TO,
     "Overcharged - will approach consumer forum", d(22, 12, 0, IST),
     "Sir, you have charged 3999 for quarterly whereas the price shown to me on your page was 2999. Invoice\n"
     "LO-INV-72901. This is wrong amount. Refund the difference within 3 days else I will be forced to approach\n"
     "the District Consumer Forum, Tiruppur.\n\nDeepa K\n")],
     "decided", [dec("refund", "escalate")], rules=["C4"],
     spec="C4: consumer forum mention escalates (billing_error would also escalate under L5).")

cust("mike.d@dunnefencing.com", "Mike Dunne", "monthly", start="2025-09-08", end="2025-10-07")
lopay("e_p30a", "LO-INV-73001", "mike.d@dunnefencing.com", "monthly", M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
case("l30-not-asking-refund-cancel-only", LOB, [msg("Mike Dunne <mike.d@dunnefencing.com>", TO,
     "cancel - no refund needed", d(17, 16, 0, CDT),
     "Hey folks, go ahead and cancel the monthly. I'm not asking for a refund or anything, I know we used it this\n"
     "month - we just hired a receptionist who does the follow-ups now. Appreciate it.\n\nMike\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-07")],
     spec="s8 negation: 'not asking for a refund' adds no refund intent; L8 cancel at 2025-10-07.")

case("l31-hypothetical-before-buying", LOB, [msg("Chidi Eze <chidi.eze@outlook.com>", TO,
     "Question before I subscribe", d(13, 14, 0, WAT),
     "Hello,\n\nI am considering the annual plan for my agency. If I pay for a year and after two months I discover it\n"
     "is not for us, would I get a refund for the remaining months? And if I get charged twice by mistake what happens?\n\n"
     "Thank you,\nChidi\n")],
     "other",
     spec="s8 hypotheticals: a policy question before buying; no request: other.")

cust("leah.santos@manilabakeshop.ph", "Leah Santos", "monthly", start="2025-09-02", end="2025-10-01")
case("l32-thank-you-after-refund", LOB, [msg("Leah Santos <leah.santos@manilabakeshop.ph>", TO,
     "Re: Your refund for LO-INV-60155 [LO-1987]", d(18, 10, 0, PHT),
     "Received it already in my BPI account, salamat po! Very fast. No need to reply to this.\n\nLeah\n\n"
     "> Hello Leah, your refund of INR 1,499.00 has been approved and initiated.\n",
     headers={"In-Reply-To": "<case.LO-1987.reply2@leadsoptima.com>",
              "References": "<case.LO-1987.reply1@leadsoptima.com> <case.LO-1987.reply2@leadsoptima.com>"})],
     "other",
     spec="Tricky negative: thanks for a refund already made; asks for nothing: other.")

cust("finance@greenleafnursery.co.uk", "Anita Patel", "annual", start="2025-07-01", end="2026-06-30")
lopay("e_p33a", "LO-INV-73301", "finance@greenleafnursery.co.uk", "annual", A, "2025-07-01T10:00:00", "2025-07-01", "2026-06-30")
case("l33-vat-invoice-question", LOB, [msg("Anita Patel <finance@greenleafnursery.co.uk>", TO,
     "Invoice LO-INV-73301 - VAT number", d(10, 9, 15, BST),
     "Hello,\n\nOur auditors have asked whether invoice LO-INV-73301 can show our VAT number (GB 123 4567 89). Could you\n"
     "reissue it with that on? Nothing else needed, the payment itself is fine.\n\nKind regards,\nAnita Patel\nFinance, Greenleaf Nursery\n")],
     "other",
     spec="Tricky negative: invoice question, no refund or cancellation: other.")

case("l34-out-of-office", LOB, [msg("Ravi Kumar <ravi.k@kumarsteel.in>", TO,
     "Automatic reply: Your LeadsOptima receipt", d(20, 10, 1, IST),
     "I am out of office till 29th September with limited access to mail. For urgent matters contact Suresh.\n"
     "Please cancel any meetings scheduled.\n", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
     "ignore", rules=["C7"],
     spec="C7: Auto-Submitted auto-replied: ignore, even though the text says 'cancel'.")

case("l35-dsn-bounce", LOB, [dict(msg("Mail Delivery Subsystem <MAILER-DAEMON@mx.google.com>", TO,
     "Delivery Status Notification (Failure)", d(21, 4, 40, tz(0)),
     "Address not found\n\nYour message to refunds@oldclient.example wasn't delivered. Re: refund request LO-INV-70112\n",
     headers={"Auto-Submitted": "auto-generated"}),
     dsn="Reporting-MTA: dns; mx.google.com\n\nFinal-Recipient: rfc822; refunds@oldclient.example\nAction: failed\nStatus: 5.1.1\n")],
     "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON delivery-status report (RFC 3464): ignore.")

case("l36-newsletter-list", LOB, [msg("SaaS Weekly <news@saasweekly.io>", TO,
     "This week: how to cut churn, refund policies that work", d(15, 6, 0, EDT),
     "Top story: 7 refund policies that reduce chargebacks. Cancel anytime. Unsubscribe below.\n",
     headers={"List-Id": "SaaS Weekly <weekly.saasweekly.io>", "Precedence": "bulk",
              "List-Unsubscribe": "<mailto:unsub@saasweekly.io>"})],
     "ignore", rules=["C7"],
     spec="C7: List-Id / Precedence bulk: ignore despite the words chargeback and refund.")

case("l37-own-noreply", LOB, [msg("LeadsOptima <noreply@leadsoptima.com>", TO,
     "Your LeadsOptima receipt LO-INV-73999", d(22, 10, 0, IST),
     "Thanks for your payment of INR 1,768.82. To cancel, go to Billing > Cancel Plan. Refund policy: ...\n")],
     "ignore", rules=["C7"],
     spec="C7: the brand's own address: ignore.")

cust("sean.obrien@obrienmotors.com", "Sean O'Brien", "monthly", start="2025-09-19", end="2025-10-18")
lopay("e_p38a", "LO-INV-73801", "sean.obrien@obrienmotors.com", "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18", status="refunded")
case("l38-refund-of-refunded-charge", LOB, [msg("Sean O'Brien <sean.obrien@obrienmotors.com>", TO,
     "charged the wrong amount", d(22, 11, 0, EDT),
     "Hi, invoice LO-INV-73801 shows the wrong amount - we were supposed to be on the promo price for the monthly.\n"
     "Refund please.\n\nSean\n")],
     "decided", [dec("refund", "escalate")],
     spec="s8 payments not paid: e_p38a is 'refunded' already: escalate.")

case("l39-lo-customer-writes-to-optima", OWB, [msg("Kavya Reddy <kavya@reddyorganics.in>", "Optima WebDesign <optimawebdesigns12@gmail.com>",
     "cancel my LeadsOptima plan", d(25, 10, 0, IST),
     "Hi, please cancel my monthly LeadsOptima plan, invoice LO-INV-80001. We are not getting enough leads from it.\nKavya\n")],
     "need_info", rules=["C2"],
     spec="C1: sent to the Optima mailbox; Optima's ledger has no such sender/project: s8 the other brand's customer is any unknown sender (C2, C3): "
          "need_info with C2, no LeadsOptima data used. Not ambiguous (chk18c): s8 settles status and C2; the missing fields are not asserted.")

cust("paolo.cruz@cruzfurniture.ph", "Paolo Cruz", "monthly", start="2025-09-08", end="2025-10-07")
lopay("e_p40a", "LO-INV-74001", "paolo.cruz@cruzfurniture.ph", "monthly", M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
lopay("e_p40b", "LO-INV-74002", "paolo.cruz@cruzfurniture.ph", "monthly", M, "2025-09-11T10:00:00", "2025-09-08", "2025-10-07")
lopay("e_p40c", "LO-INV-74003", "paolo.cruz@cruzfurniture.ph", "monthly", M, "2025-09-16T10:00:00", "2025-09-08", "2025-10-07")
case("l40-three-charges-one-outside", LOB, [msg("Paolo Cruz <paolo.cruz@cruzfurniture.ph>", TO,
     "charged 3x same month", d(19, 15, 0, PHT),
     "Hi LeadsOptima, I see you charged me three times for September monthly: 8th, 11th and 16th (LO-INV-74001,\n"
     "LO-INV-74002, LO-INV-74003). Please return the 2 extra. Monthly plan.\nThanks, Paolo\n")],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="s8 three charges: 74002 and 74003 duplicate 74001 (period 09-08..10-07); request 09-19 12:30 IST: 74002 (09-11) is day 8, outside L3; 74003 (09-16) day 3, inside: refund 1499.00 only.")

case("l41-chargeback-past-other-vendor", LOB, [msg("Aisha Bello <aisha.bello@kanoedu.ng>", TO,
     "Cancel please (and a note)", d(26, 13, 0, WAT),
     "Good afternoon,\n\nPlease cancel my monthly subscription; the school term is over. Just so you know, I am not\n"
     "the type to run to the bank for a chargeback like I had to with my last provider, I would rather we resolve\n"
     "things directly. No refund is needed.\n\nAisha Bello\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-25")],
     spec="C4 covers chargeback THREATS: here a chargeback is only a past event with another provider and the customer says she would not do it; "
          "no threat against us, no refund asked: L8 cancel at current_period_end 2025-10-25. Not ambiguous (chk18c).")
cust("aisha.bello@kanoedu.ng", "Aisha Bello", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e_p41a", "LO-INV-74101", "aisha.bello@kanoedu.ng", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")

cust("nikhil.v@vermasweets.in", "Nikhil Verma", "monthly", start="2025-09-21", end="2025-10-20")
lopay("e_p42a", "LO-INV-74201", "nikhil.v@vermasweets.in", "monthly", M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("e_p42b", "LO-INV-74202", "nikhil.v@vermasweets.in", "monthly", M, "2025-09-21T10:01:00", "2025-09-21", "2025-10-20")
case("l42-html-only-gmail-double", LOB, [msg("Nikhil Verma <nikhil.v@vermasweets.in>", TO,
     "Payment deducted 2 times", d(24, 20, 15, IST), html=
     "<div dir=\"ltr\"><div>Hello Team,</div><div><br></div><div>Amount <b>Rs.1,768.82</b> got deducted <u>2 times</u> from my"
     " SBI card on 21-Sep for the monthly plan.</div><div>Invoice nos: LO-INV-74201 &amp; <span style=\"color:red\">LO-INV-74202</span>"
     "</div><div>Please refund the extra one.</div><div><br></div><div>Thanks &amp; Regards<br>Nikhil Verma<br>Verma Sweets, Lucknow</div>"
     "<div><img src=\"cid:logo\" alt=\"Verma Sweets\"></div></div>")],
     "decided", [dec("refund", "approve", "1499.00")],
     spec="HTML-only webmail; L4 pair 74201/74202 on 09-21, email 09-24 day 3: approve 1499.00 (before tax).")

cust("chris.lee@leeandco.com.au", "Chris Lee", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("e_p43a", "LO-INV-74301", "chris.lee@leeandco.com.au", "quarterly", Q, "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
case("l43-refund-and-cancel-dont-want", LOB, [msg("Chris Lee <chris.lee@leeandco.com.au>", TO,
     "Re: Your subscription renewed", d(28, 9, 0, AEST),
     "Didn't want it to renew, forgot to switch it off. Cancel and refund LO-INV-74301 please. quarterly.\n\nChris\n\n"
     "On 27/9/2025, LeadsOptima <noreply@leadsoptima.com> wrote:\n> Your quarterly subscription has renewed.\n",
     headers={"In-Reply-To": "<renewal.LO-INV-74301@leadsoptima.com>", "References": "<renewal.LO-INV-74301@leadsoptima.com>"})],
     "decided", [dec("refund", "deny"), dec("cancellation", "cancel", eff="2025-12-26")],
     spec="L1: forgot to cancel is not an exception: deny, inside the window or not; L8 cancel 2025-12-26.")

# ---------------------------------------------------------------- Optima WebDesign (English)
TW = "Optima WebDesign <optimawebdesigns12@gmail.com>"

proj("Saffron Table Website", "owner@saffrontable.co.uk", None)
owpay("e_w01", "OWD-2025-301", "Saffron Table Website", "discovery", "15000.00", "2700.00", "2025-09-15T10:00:00")
case("o01-discovery-not-started", OWB, [msg("Anjali Sharma <owner@saffrontable.co.uk>", TW,
     "Refund Request - Saffron Table Website / OWD-2025-301", d(19, 17, 30, BST),
     "Hello Optima team,\n\nWe paid the discovery fee (OWD-2025-301) for the Saffron Table Website on Monday but we've\n"
     "since lost the lease on the second restaurant, so the whole rebrand is on hold. Nothing has been scheduled\n"
     "yet as far as I know. Could we have that fee back please?\n\nMany thanks,\nAnjali Sharma\nSaffron Table, Leicester\n")],
     "decided", [dec("refund", "approve", "15000.00")],
     spec="O1: no work_started_at: full discovery amount before tax 15000.00 (C6).")

proj("Nnamdi Law Portal", "admin@nnamdilaw.ng", "2025-09-12T11:00:00")
owpay("e_w02", "OWD-2025-302", "Nnamdi Law Portal", "discovery", "25000.00", "4500.00", "2025-09-10T10:00:00")
case("o02-discovery-session-held", OWB, [msg("Barr. Ifeoma Nnamdi <admin@nnamdilaw.ng>", TW,
     "Discovery fee OWD-2025-302 - Nnamdi Law Portal", d(16, 10, 0, WAT),
     "Dear Optima,\n\nFollowing the strategy session of 12th September, the partners have resolved not to proceed with the\n"
     "portal this year as the budget was reallocated. We request a refund of the discovery fee paid.\n\n"
     "Yours faithfully,\nIfeoma Nnamdi\nFor: Nnamdi & Co. Chambers\n")],
     "decided", [dec("refund", "deny")],
     spec="O1: session started 09-12 before the request 09-16: deny. 'Barr.' title is not a legal threat.")

proj("Kiwi Cleaners Booking App", "hello@kiwicleaners.com.au", None)
owpay("e_w03", "OWD-2025-303", "Kiwi Cleaners Booking App", "deposit", "20000.00", "3600.00", "2025-09-15T10:00:00")
case("o03-deposit-60h", OWB, [msg("Hannah Wilson <hello@kiwicleaners.com.au>", TW,
     "deposit back pls - Kiwi Cleaners Booking App", d(18, 2, 30, AEST),
     "hey guys sorry to do this, my business partner pulled out last night so we cant afford the app right now.\n"
     "can we get the deposit back? invoice OWD-2025-303, project is the Kiwi Cleaners booking app. i know i only\n"
     "paid it monday. the email says 23,600 but whatever the rules say\n\nhannah\n")],
     "decided", [dec("refund", "approve", "20000.00")],
     spec="O2: paid 09-15 10:00 IST; email 09-18 02:30 AEST = 09-17 22:00 IST = 60 h < 72 h, no work: approve 20000.00 (tax kept, C6).")

proj("Harrow Physio Site", "clinic@harrowphysio.co.uk", None)
owpay("e_w04", "OWD-2025-304", "Harrow Physio Site", "deposit", "30000.00", "5400.00", "2025-09-16T09:30:00")
case("o04-deposit-exactly-72h", OWB, [msg("Dr Paul Evans <clinic@harrowphysio.co.uk>", TW,
     "Deposit OWD-2025-304 (Harrow Physio Site) - cancel & refund", d(19, 5, 0, BST),
     "Good morning,\n\nAfter discussion with the practice partners we have decided not to go ahead with the new site\n"
     "at present; the NHS contract renewal has been delayed. Please cancel the project and refund the deposit.\n\n"
     "Regards,\nDr Paul Evans\nHarrow Physiotherapy Clinic\n")],
     "decided", [dec("refund", "deny")], extra_ok=True,
     spec="s8: paid 09-16 09:30 IST, email 09-19 05:00 BST = 09:30 IST = exactly 72 h: not before 72 h: deny (O2).")

proj("Manila Eats Delivery", "ops@manilaeats.ph", "2025-09-21T09:00:00")
owpay("e_w05", "OWD-2025-305", "Manila Eats Delivery", "deposit", "40000.00", "7200.00", "2025-09-20T10:00:00")
case("o05-deposit-work-started", OWB, [msg("Joy Villanueva <ops@manilaeats.ph>", TW,
     "Refund of deposit", d(22, 10, 30, PHT),
     "Hi Optima, good day! We would like to request refund of our downpayment for Manila Eats Delivery, invoice\n"
     "OWD-2025-305, since our investors backed out. It's not yet 72 hours naman. Thank you!\n\nJoy\n")],
     "decided", [dec("refund", "deny")],
     spec="O2: work started 09-21 09:00, request 09-22 08:00 IST (46 h): work began first: deny, whichever first.")

proj("Ridgeview HOA Portal", "board@ridgeviewhoa.org", "2025-08-20T10:00:00")
owpay("e_w06", "OWD-2025-306", "Ridgeview HOA Portal", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00", milestone_status="not_started")
case("o06-milestone-not-started", OWB, [msg("Gary Whitman <board@ridgeviewhoa.org>", TW,
     "Milestone 3 refund - Ridgeview HOA Portal / OWD-2025-306", d(12, 19, 0, EDT),
     "Hello,\n\nThe HOA board voted last night to drop the member-directory module (milestone 3, invoice OWD-2025-306)\n"
     "from the Ridgeview HOA Portal. Residents raised privacy concerns. Since your team hasn't started on it, we'd\n"
     "like that payment refunded.\n\nGary Whitman, Treasurer\nRidgeview HOA\n")],
     "decided", [dec("refund", "approve", "35000.00")],
     spec="O3: milestone not_started: refund its amount 35000.00 before tax.")

proj("Lekki Realty CRM Site", "it@lekkirealty.ng", "2025-08-10T10:00:00")
owpay("e_w07", "OWD-2025-307", "Lekki Realty CRM Site", "milestone", "50000.00", "9000.00", "2025-09-01T10:00:00", milestone_status="in_progress")
case("o07-milestone-in-progress", OWB, [msg("Emeka Obi <it@lekkirealty.ng>", TW,
     "Lekki Realty CRM Site - OWD-2025-307", d(20, 15, 0, WAT),
     "Dear Optima WebDesign,\n\nWe are no longer satisfied with the pace of milestone 2 and the designs so far are far\n"
     "from what we discussed. We want to stop that milestone and get back the part of the money not yet worked on.\n\n"
     "Emeka Obi\nIT Lead, Lekki Realty\n")],
     "decided", [dec("refund", "escalate")],
     spec="O3: milestone in_progress: escalate (billable value of work not started needs a person).")

proj("Brisbane Bikes Shop", "sam@brisbanebikes.com.au", "2025-07-01T10:00:00")
owpay("e_w08", "OWD-2025-308", "Brisbane Bikes Shop", "milestone", "28000.00", "5040.00", "2025-08-15T10:00:00", milestone_status="approved")
case("o08-milestone-approved", OWB, [msg("Sam Taylor <sam@brisbanebikes.com.au>", TW,
     "want money back for the homepage milestone", d(23, 9, 0, AEST),
     "Mate, I signed off the homepage design (OWD-2025-308, Brisbane Bikes Shop) but honestly now it's live I\n"
     "hate it, customers say it looks dated. I want that milestone refunded.\n\nSam\n")],
     "decided", [dec("refund", "deny")],
     spec="O3/O6: approved milestone: deny (completed or approved deliverables are non-refundable).")

proj("Chen Accounting Retainer", "wei.chen@chenaccounting.com", "2025-01-10T10:00:00")
owpay("e_w09", "OWD-2025-309", "Chen Accounting Retainer", "retainer", "18000.00", "3240.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
case("o09-retainer-enough-notice", OWB, [msg("Wei Chen <wei.chen@chenaccounting.com>", TW,
     "Ending our monthly retainer", d(26, 9, 0, PDT),
     "Hi team,\n\nWe've brought web maintenance in-house now that we hired a developer, so please end the monthly\n"
     "retainer (Chen Accounting Retainer, last invoice OWD-2025-309). No further billing please.\n\nBest,\nWei\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-04")],
     spec="O4/O8: request 09-26 21:30 IST <= 10-05 minus 7 = 09-28: next charge avoided, effective 10-04.")

proj("Okoro Foods Retainer", "finance@okorofoods.ng", "2025-03-01T10:00:00")
owpay("e_w10", "OWD-2025-310", "Okoro Foods Retainer", "retainer", "12000.00", "2160.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
case("o10-retainer-short-notice", OWB, [msg("Chinedu Okoro <finance@okorofoods.ng>", TW,
     "Termination of retainer - OWD-2025-310", d(29, 11, 0, WAT),
     "Dear Sir/Madam,\n\nWe wish to terminate the Okoro Foods Retainer as management has cut the marketing budget for Q4.\n"
     "Please treat this letter as formal notice.\n\nYours faithfully,\nChinedu Okoro\nFinance Manager\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-11-02")],
     spec="O4: request 09-29 < 7 days before 10-03: next cycle (10-03..11-02) is billed; effective 2025-11-02.")

proj("Bondi Surf School Retainer", "kai@bondisurfschool.com.au", "2025-02-01T10:00:00")
owpay("e_w11", "OWD-2025-311", "Bondi Surf School Retainer", "retainer", "10000.00", "1800.00", "2025-09-07T10:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
case("o11-retainer-exactly-7-days-au-midnight", OWB, [msg("Kai Anderson <kai@bondisurfschool.com.au>", TW,
     "cancel retainer - Bondi Surf School", d(1, 1, 0, AEST, month=10),
     "hey Optima, its Oct 1 here so giving you the 7 days notice - cancel the Bondi Surf School Retainer\n"
     "(OWD-2025-311). winter was rough, cant justify it. cheers Kai\n")],
     "decided", [dec("cancellation", "cancel", eff="2025-10-06")],
     spec="O4 notice in IST: 10-01 01:00 AEST = 09-30 20:30 IST; 09-30 <= 10-07 minus 7 days = 09-30: enough notice, effective 10-06.")

proj("Bayside Dental Retainer", "pm@baysidedental.com", "2025-01-05T10:00:00")
owpay("e_w12a", "OWD-2025-312", "Bayside Dental Retainer", "retainer", "15000.00", "2700.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
owpay("e_w12b", "OWD-2025-313", "Bayside Dental Retainer", "retainer", "15000.00", "2700.00", "2025-09-15T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
case("o12-retainer-paid-ahead", OWB, [msg("Rachel Green <pm@baysidedental.com>", TW,
     "Stopping the retainer", d(22, 10, 0, EDT),
     "Hi,\n\nOur group was acquired and corporate has its own agency, so we need to stop the Bayside Dental Retainer.\n"
     "I know we prepaid October (OWD-2025-313). Please let me know how that's handled.\n\nRachel Green, Practice Manager\n")],
     "decided", [dec("cancellation", "escalate")],
     spec="s8 retainer paid in advance: next cycle (Oct) already paid, notice >= 7 days before 11-01: escalate.")

proj("Pinoy Travel Hosting", "admin@pinoytravel.ph", "2025-09-10T10:00:00")
owpay("e_w13", "OWD-2025-314", "Pinoy Travel Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-08T10:00:00",
      setup_fee="2400.00", service_start="2025-09-10")
case("o13-hosting-within-14", OWB, [msg("Ramon Dizon <admin@pinoytravel.ph>", TW,
     "Hosting refund and cancellation - Pinoy Travel Hosting OWD-2025-314", d(20, 13, 0, PHT),
     "Hello,\n\nWe are moving the site to our parent company's servers so we no longer need the annual hosting we took\n"
     "this month. Please cancel it and refund what is refundable.\n\nThank you,\nRamon Dizon\n")],
     "decided", [dec("refund", "approve", "14300.00")], extra_ok=True,
     spec="O5: start 09-10, request 09-20 (10 days): 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00.")

proj("Ashworth Maintenance", "it@ashworthsolicitors.co.uk", "2025-09-01T10:00:00")
owpay("e_w14", "OWD-2025-315", "Ashworth Maintenance", "maintenance_annual", "24000.00", "4320.00", "2025-08-29T10:00:00",
      setup_fee="0.00", service_start="2025-09-01")
case("o14-maintenance-day-15", OWB, [msg("Ashworth IT <it@ashworthsolicitors.co.uk>", TW,
     "Maintenance plan OWD-2025-315", d(16, 9, 0, BST),
     "Dear Optima,\n\nWe signed up to the annual maintenance (Ashworth Maintenance) on 1 September but the firm has\n"
     "since merged and the new partners have an IT supplier. We would like a pro-rata refund for the unused months.\n\n"
     "Ashworth IT Dept\n")],
     "decided", [dec("refund", "deny")],
     spec="O5: start 09-01 = day 0, request 09-16 = day 15 > 14: deny. No extra_ok (chk18c): no cancellation asked and the refund is denied, so the plan continues.")

proj("Greenfield Farm Shop Hosting", "orders@greenfieldfarmshop.co.uk", None)
owpay("e_w15", "OWD-2025-316", "Greenfield Farm Shop Hosting", "hosting_annual", "9600.00", "1728.00", "2025-09-22T10:00:00",
      setup_fee="0.00", service_start="2025-10-01")
case("o15-hosting-before-start", OWB, [msg("Mary Greenfield <orders@greenfieldfarmshop.co.uk>", TW,
     "Hosting - changed our minds", d(24, 14, 0, BST),
     "Hello there,\n\nWe paid for a year of hosting (Greenfield Farm Shop Hosting, invoice OWD-2025-316) to start in\n"
     "October, but my son has set us up on Shopify instead. Could we cancel and get a refund?\n\nMary\n")],
     "decided", [dec("refund", "approve", "8800.00")], extra_ok=True,
     spec="O5 + s8: before service_start consumed_months = 1: 9600 - 0 - 800 = 8800.00.")

proj("Coastal Yoga Maintenance", "studio@coastalyoga.com", "2025-09-15T10:00:00")
owpay("e_w16", "OWD-2025-317", "Coastal Yoga Maintenance", "maintenance_annual", "10000.00", "1800.00", "2025-09-14T10:00:00",
      setup_fee="999.99", service_start="2025-09-15")
case("o16-maintenance-rounding", OWB, [msg("Lisa Moreno <studio@coastalyoga.com>", TW,
     "refund maintenance plan - Coastal Yoga Maintenance (OWD-2025-317)", d(20, 8, 0, PDT),
     "Hi! The studio is closing at the end of the month (lease issues, long story) so we won't need the annual\n"
     "maintenance plan. Please refund what you can and cancel it. Thank you!!\nLisa\n")],
     "decided", [dec("refund", "approve", "8250.01")], extra_ok=True,
     spec="O5 + C6: (10000 - 999.99)/12 = 750.000833; 10000 - 999.99 - 750.000833 = 8250.009167 -> 8250.01, rounded once.")

proj("Eko Boutique Store", "eko.boutique@outlook.com", "2025-08-01T10:00:00")
owpay("e_w17", "OWD-2025-318", "Eko Boutique Store", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
case("o17-domain-renewal", OWB, [msg("Funke Adebayo <eko.boutique@outlook.com>", TW,
     "Domain charge OWD-2025-318", d(22, 12, 0, WAT),
     "Hello,\n\nYou charged me 1,800 naira- sorry, rupees - for domain renewal of ekoboutique.ng (OWD-2025-318, Eko\n"
     "Boutique Store). I had already renewed it myself at the registrar. Please refund.\n\nFunke\n")],
     "decided", [dec("refund", "deny")],
     spec="O6: third_party (domain) is never refundable: deny.")

proj("Maple Street Bakery Site", "jen@maplestreetbakery.com", "2025-08-01T10:00:00")
owpay("e_w18", "OWD-2025-319", "Maple Street Bakery Site", "rush", "8000.00", "1440.00", "2025-09-10T10:00:00")
case("o18-rush-fee", OWB, [msg("Jen Walsh <jen@maplestreetbakery.com>", TW,
     "Rush fee refund?", d(18, 10, 0, EDT),
     "Hi Optima, we paid the rush fee (OWD-2025-319) for the Maple Street Bakery Site to launch before the fall\n"
     "festival and then the launch slipped 2 days anyway because of our photos. I'd like the rush fee back,\n"
     "it didn't really get us anything.\n\nJen\n")],
     "decided", [dec("refund", "deny")],
     spec="O6: rush fee non-refundable: deny.")

proj("Cebu Dive Resort Site", "reservations@cebudive.ph", "2025-07-15T10:00:00")
owpay("e_w19", "OWD-2025-320", "Cebu Dive Resort Site", "change_request", "6500.00", "1170.00", "2025-09-19T10:00:00")
case("o19-change-request", OWB, [msg("Carlo Mendoza <reservations@cebudive.ph>", TW,
     "CR refund", d(21, 18, 0, PHT),
     "Good evening. Pls refund OWD-2025-320, the change request for the booking calendar on Cebu Dive Resort Site.\n"
     "Our boss decided to use the old calendar plugin na lang. Thanks.\nCarlo\n")],
     "decided", [dec("refund", "deny")],
     spec="O6: change_request non-refundable: deny.")

proj("Thornbury Estates Website", "directors@thornburyestates.co.uk", "2025-09-05T10:00:00")
owpay("e_w20", "OWD-2025-321", "Thornbury Estates Website", "milestone", "45000.00", "8100.00", "2025-09-10T10:00:00", milestone_status="not_started")
case("o20-c2-personal-address", OWB, [msg("James Thornbury <jthornbury62@btinternet.com>", TW,
     "Thornbury Estates Website - milestone 2", d(17, 20, 0, BST),
     "Evening,\n\nWriting from home. We'd like to pull milestone 2 (OWD-2025-321) of the Thornbury Estates Website;\n"
     "we've decided to keep the listings on Rightmove only. Please confirm the refund and send me the payment history.\n\n"
     "James\n")],
     "need_info", rules=["C2"],
     spec="C2 (explicit for Optima): sender is not the contract email directors@...: ask to email from it; disclose nothing.")

proj("Sunrise Clinic Retainer", "admin@sunriseclinic.in", "2025-02-01T10:00:00")
owpay("e_w21", "OWD-2025-322", "Sunrise Clinic Retainer", "retainer", "9000.00", "1620.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
case("o21-cancel-no-reason", OWB, [msg("Admin Sunrise Clinic <admin@sunriseclinic.in>", TW,
     "Discontinue retainer", d(20, 11, 0, IST),
     "Dear Team,\nKindly discontinue the Sunrise Clinic Retainer (OWD-2025-322) from next cycle.\nThanks & Regards\nAdmin\nSunrise Clinic, Pune\n")],
     "need_info", missing=["reason"],
     spec="s8: Optima requires a reason for cancellations too; none given: need_info [reason].")

proj("Hartley Joinery Site", "office@hartleyjoinery.co.uk", None)
owpay("e_w22", "OWD-2025-323", "Hartley Joinery Site", "deposit", "18000.00", "3240.00", "2025-09-22T10:00:00")
case("o22-missing-invoice", OWB, [msg("Dave Hartley <office@hartleyjoinery.co.uk>", TW,
     "deposit", d(23, 17, 0, BST),
     "Hiya, can I get the deposit back for the Hartley Joinery Site. Had a big contract fall through so money's tight.\n"
     "Cheers Dave\n")],
     "decided", decisions=[dec("refund", "approve", "18000.00")],
     spec="Section 1: a field the ledger holds for a verified sender is filled from it, not asked for: the project's one "
          "payment is OWD-2025-323 (deposit). O2: paid 09-22 10:00 IST, asked 09-23 21:30 IST = 35.5 h, no work started: "
          "approve 18000.00. Reason given (a contract fell through). Corrected by the lead after the first run (REVIEW.md).")

proj("Abuja Schools Portal", "registrar@abujaschools.ng", "2025-08-01T10:00:00")
owpay("e_w23", "OWD-2025-324", "Abuja Schools Portal", "milestone", "60000.00", "10800.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("o23-ng-lawyer", OWB, [msg("Registrar <registrar@abujaschools.ng>", TW,
     "DEMAND FOR REFUND - OWD-2025-324", d(19, 9, 0, WAT),
     "Sir,\n\nRe: Abuja Schools Portal, milestone payment OWD-2025-324. The board no longer wishes to proceed as the\n"
     "ministry has provided a portal. Be informed that our lawyer has been briefed and will commence action if the\n"
     "sum is not returned within seven (7) working days.\n\nRegistrar\n")],
     "decided", [dec("refund", "escalate")], rules=["C4"],
     spec="C4: lawyer threat escalates even though O3 (not_started) would approve.")

proj("Pune Sweets Online", "owner@punesweets.in", None)
owpay("e_w24", "OWD-2025-325", "Pune Sweets Online", "deposit", "25000.00", "4500.00", "2025-09-24T18:00:00")
case("o24-html-only-deposit-wrong-amount", OWB, [msg("Omkar Joshi <owner@punesweets.in>", TW,
     "Refund Request — Pune Sweets Online / OWD-2025-325", d(26, 9, 0, IST), html=
     "<html><body><p>Namaste Optima team,</p><p>We paid <b>Rs. 30,000/-</b> deposit on Wednesday evening for <i>Pune Sweets Online</i>"
     " (OWD-2025-325). Unfortunately my father is not well and we are postponing the online store for at least 6 months.</p>"
     "<p>Please refund the deposit.</p><p>Regards,<br/>Omkar Joshi<br/>Pune Sweets</p></body></html>")],
     "decided", [dec("refund", "approve", "25000.00")],
     spec="O2: paid 09-24 18:00, email 09-26 09:00 IST = 39 h, no work: approve ledger amount 25000.00, not the Rs 30,000 written.")

proj("Lagos Gym Website", "manager@lagosgym.ng", None)
owpay("e_w25", "OWD-2025-326", "Lagos Gym Website", "discovery", "12000.00", "2160.00", "2025-09-20T10:00:00")
case("o25-thread-reason-answer", OWB, [
     msg("Tobi Adewale <manager@lagosgym.ng>", TW, "Refund - Lagos Gym Website OWD-2025-326", d(22, 10, 0, WAT),
         "Good morning, please refund our discovery payment for Lagos Gym Website, OWD-2025-326. Thanks.\nTobi\n"),
     msg("Tobi Adewale <manager@lagosgym.ng>", TW, "Re: Refund - Lagos Gym Website OWD-2025-326 [OWD-3310]", d(23, 9, 0, WAT),
         "The reason is the gym owner sold the business, the new owners have their own website.\n\nTobi\n\n"
         "On Mon, Sep 22, 2025 at 4:10 PM Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n"
         "> Thank you for writing. To process your request we need: the reason for the refund.\n",
         headers={"_via": "<CAowd3310ask1@mail.gmail.com>"})],
     "decided", [dec("refund", "approve", "12000.00")],
     spec="C3 thread: reason answered; O1 no work started: approve 12000.00.")

proj("Mehta Jewellers Storefront", "accounts@mehtajewellers.in", None)
owpay("e_w26", "OWD-2025-327", "Mehta Jewellers Storefront", "deposit", "35000.00", "6300.00", "2025-09-25T11:00:00")
case("o26-forward-by-pa-c2", OWB, [msg("Ritu (PA to MD) <ritu.pa@mehtagroup.in>", TW,
     "FW: Storefront deposit - Mehta Jewellers", d(26, 12, 0, IST),
     "Dear Sir,\nForwarding as instructed by Sir. Kindly process.\nRitu\n\n"
     "-----Original Message-----\nFrom: Alok Mehta <alok@mehtagroup.in>\nSent: 26 September 2025 10:41\nTo: Ritu\n"
     "Subject: Storefront deposit - Mehta Jewellers\n\nRitu pls ask Optima to refund deposit OWD-2025-327 for Mehta Jewellers\n"
     "Storefront, contract email accounts@mehtajewellers.in. We are going with Shopify Plus partner of our franchisor.\n")],
     "need_info", rules=["C2"],
     spec="s8 forwards + C2: forwarded request names contract email accounts@..., sender is the PA: ask from that address.")

proj("Westside Vet Retainer", "manager@westsidevet.com", "2025-01-01T10:00:00")
owpay("e_w27", "OWD-2025-328", "Westside Vet Retainer", "retainer", "11000.00", "1980.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
case("o27-dispute-cancel", OWB, [msg("Tony Russo <manager@westsidevet.com>", TW,
     "Westside Vet Retainer - cancel", d(24, 10, 0, CDT),
     "Cancel the Westside Vet Retainer (OWD-2025-328). Your team missed every deadline this month. If I see another\n"
     "charge I'll dispute it with my credit card company, no second chances.\n\nTony Russo\n")],
     "decided", [dec("cancellation", "escalate")], rules=["C4"],
     spec="C4 covers the whole case: dispute threat escalates the cancellation too (s8).")

proj("Sydney Tutors Hub", "director@sydneytutors.com.au", None)
case("o28-question-before-signing", OWB, [msg("Nadia Haddad <director@sydneytutors.com.au>", TW,
     "Question re deposit terms", d(15, 11, 0, AEST),
     "Hi Optima,\n\nBefore we sign the Sydney Tutors Hub proposal: if we paid the deposit and then the funding fell\n"
     "through a week later, would any of it be refundable? Just want to understand the terms.\n\nNadia\n")],
     "other",
     spec="s8 hypotheticals: question before paying; nothing asked: other.")

proj("Quezon Print Shop", "billing@quezonprint.ph", "2025-08-01T10:00:00")
owpay("e_w29", "OWD-2025-329", "Quezon Print Shop", "milestone", "22000.00", "3960.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o29-typed-po-ref", OWB, [msg("Liza Ramos <billing@quezonprint.ph>", TW,
     "refund milestone owd 2025 329", d(19, 16, 0, PHT),
     "Hi po! For Quezon Print Shop, pls refund the milestone under owd/2025/329 - the online ordering part, we're dropping\n"
     "it because our printers can't handle online orders yet. Not started pa naman daw sabi ng PM nyo. Salamat!\nLiza\n")],
     "decided", [dec("refund", "approve", "22000.00")],
     spec="s8 references: 'owd/2025/329' is OWD-2025-329; O3 not_started: approve 22000.00.")

proj("Harbour Cafe Hosting", "tim@harbourcafe.co.nz", "2025-09-01T10:00:00")
owpay("e_w30", "OWD-2025-330", "Harbour Cafe Hosting", "hosting_annual", "12000.00", "2160.00", "2025-08-30T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
case("o30-not-asking-refund-hosting-question", OWB, [msg("Tim Baker <tim@harbourcafe.co.nz>", TW,
     "Hosting invoice OWD-2025-330 - quick question", d(10, 9, 0, tz(12)),
     "Kia ora,\n\nNot asking for a refund or to cancel, just curious - the Harbour Cafe Hosting invoice (OWD-2025-330)\n"
     "lists a 1,200 setup fee. Is that one-off or every year? Happy either way.\n\nTim\n")],
     "other",
     spec="s8 negation: explicitly not a refund or cancellation; an invoice question: other.")


if __name__ == "__main__":
    write("en")
