#!/usr/bin/env python3
"""Fresh held-out round 8 generator (QA pass qa8c, written from POLICY_SPEC.md alone).

Stdlib only, deterministic. Writes ledger.json, emails/*.eml and expected.json beside itself.
MIT licence, like the project; all text written for this project.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LANG = "en"

ledger = {"customers": [], "projects": [], "payments": []}
cases = []
_n = [0]


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, tax="0.00", status="paid"):
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, work_started_at=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def owpay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
          service_start=None, next_billing_at=None, ps=None, pe=None, ms=None):
    ledger["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(name, frm, to, subject, body, when, html=None, headers=None, reply_to=None, parent=None,
         tz=IST):
    """when: 'YYYY-MM-DD HH:MM' local time in tz. Returns (relative file path, message-id)."""
    _n[0] += 1
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    msg["Date"] = format_datetime(dt)
    mid = f"<{LANG}-{name}-{_n[0]}@mail.qa8c.example>"
    msg["Message-ID"] = mid
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    if reply_to:
        msg["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    rel = f"emails/{name}.eml"
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, rel), "wb") as fh:
        fh.write(msg.as_bytes(policy=SMTP))
    return rel, mid


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    ds = []
    for d in decisions:
        intent, outcome = d[0], d[1]
        e = {"intent": intent, "outcome": outcome}
        if outcome == "approve":
            e["amount"] = d[2]
        if intent == "cancellation" and outcome == "cancel" and len(d) > 2:
            e["effective_date"] = d[2]
        ds.append(e)
    c["decisions"] = ds
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def one(cid, brand, status, decisions, spec, **kw):
    """Single-email case: kw holds mail() args plus case() extras."""
    ckw = {k: kw.pop(k) for k in ("rules", "missing", "ambiguous", "extra_ok") if k in kw}
    rel, _ = mail(cid, **kw)
    case(cid, [rel], brand, status, decisions, spec=spec, **ckw)


def write():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": cases}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    invs = [p["invoice"] for p in ledger["payments"]]
    assert len(invs) == len(set(invs)), "duplicate invoice numbers"
    ids = [p["id"] for p in ledger["payments"]]
    assert len(ids) == len(set(ids))
    print(len(cases), "cases")


D = "decided"


# ============================ LeadsOptima ============================
cust("rohan.mehta@brightleads.in", "Rohan Mehta", "monthly", "2025-09-24", "2025-10-23")
lopay("en_p01a", "LO-INV-80101", "rohan.mehta@brightleads.in", "monthly", "1499.00", "2025-09-24T08:02:00", "2025-09-24", "2025-10-23", tax="269.82")
lopay("en_p01b", "LO-INV-80102", "rohan.mehta@brightleads.in", "monthly", "1499.00", "2025-09-24T08:03:00", "2025-09-24", "2025-10-23", tax="269.82")
one("l01-dup-inside", "leadsoptima", D, [("refund", "approve", "1499.00")],
    "L2 duplicate_payment; two paid 1499.00 charges 2025-09-24 same period; request 2025-09-26 = day 2 (L3); L4 approve duplicate amount before tax 1499.00 (C6)",
    frm="Rohan Mehta <rohan.mehta@brightleads.in>", to=LO, subject="Charged twice this month??",
    body="Hi team,\n\nMy card statement shows two debits of Rs 1,768.82 on 24 Sept for the monthly plan, a minute apart. I was charged twice. The second one is LO-INV-80102 - please refund it.\n\nThanks,\nRohan\n--\nRohan Mehta | Growth, BrightLeads\n+91 98200 11223\n",
    when="2025-09-26 11:40")

cust("priya.iyer@kaveriexports.com", "Priya Iyer", "quarterly", "2025-09-20", "2025-12-19")
lopay("en_p02a", "LO-INV-80111", "priya.iyer@kaveriexports.com", "quarterly", "3999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
lopay("en_p02b", "LO-INV-80112", "priya.iyer@kaveriexports.com", "quarterly", "3999.00", "2025-09-20T10:05:00", "2025-09-20", "2025-12-19")
one("l02-dup-day7-edge", "leadsoptima", D, [("refund", "approve", "3999.00")],
    "L3 day 7 is inside: charges 2025-09-20 (day 0), request 2025-09-27 23:10 IST = day 7 -> L4 approve 3999.00; invoice typed 'lo-inv 80112' = LO-INV-80112 (section 8 matching)",
    frm="priya.iyer@kaveriexports.com", to=LO, subject="duplicate payment - quarterly",
    body="Hello,\nquarterly plan got billed two times on 20/09. second invoice lo-inv 80112. kindly reverse the duplicate one, nothing else.\nregards\nPriya Iyer\nKaveri Exports\n",
    when="2025-09-27 23:10")

cust("dev.khanna@urbanfit.co", "Dev Khanna", "annual", "2025-09-15", "2026-09-14")
lopay("en_p03a", "LO-INV-80121", "dev.khanna@urbanfit.co", "annual", "11988.00", "2025-09-15T12:00:00", "2025-09-15", "2026-09-14")
lopay("en_p03b", "LO-INV-80122", "dev.khanna@urbanfit.co", "annual", "11988.00", "2025-09-15T12:01:00", "2025-09-15", "2026-09-14")
one("l03-dup-day8-utc-header", "leadsoptima", D, [("refund", "deny")],
    "Date header 2025-09-22 19:00 +0000 = 2025-09-23 00:30 IST (brand zone); charge 2025-09-15 day 0 -> day 8 > 7 -> L3 deny",
    frm="Dev Khanna <dev.khanna@urbanfit.co>", to=LO, subject="Refund of double charge LO-INV-80122",
    body="Hi,\n\nWe were double charged for the annual plan on the 15th (LO-INV-80121 and LO-INV-80122). Please refund the second one.\n\nDev\n\nSent from my iPhone\n",
    when="2025-09-22 19:00", tz=timezone.utc)

cust("neha.sharma@pixelcraft.in", "Neha Sharma", "monthly", "2025-09-22", "2025-10-21")
lopay("en_p04", "LO-INV-80131", "neha.sharma@pixelcraft.in", "monthly", "1499.00", "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")
one("l04-dup-claim-no-pair", "leadsoptima", D, [("refund", "escalate")],
    "L2 duplicate_payment claimed, inside window (2025-09-22 -> 09-25, day 3) but ledger holds one charge only -> L4 escalate",
    frm="neha.sharma@pixelcraft.in", to=LO, subject="You took the money twice",
    body="Hi LeadsOptima,\n\nMy bank app shows the same payment twice for invoice LO-INV-80131. Please refund the extra debit.\n\nNeha\n",
    when="2025-09-25 16:20")

cust("arjun.nair@coastalrealty.in", "Arjun Nair", "monthly", "2025-09-27", "2025-10-26", status="cancelled")
lopay("en_p05", "LO-INV-80141", "arjun.nair@coastalrealty.in", "monthly", "2499.00", "2025-09-27T06:00:00", "2025-09-27", "2025-10-26")
one("l05-charged-after-cancel", "leadsoptima", D, [("refund", "escalate")],
    "L2 billing_error ('charged after I cancelled'); charge 2025-09-27, request 2025-09-29 day 2 -> L5 escalate",
    frm="Arjun Nair <arjun.nair@coastalrealty.in>", to=LO, subject="Billed after cancellation - LO-INV-80141",
    body="Hello,\n\nI cancelled on the 14th of this month and you still charged me Rs 2,499 on the 27th (LO-INV-80141). I was charged after I cancelled. I want that money back.\n\nArjun Nair\nCoastal Realty, Kochi\n",
    when="2025-09-29 09:05")

cust("sana.qureshi@mehfilcaterers.com", "Sana Qureshi", "monthly", "2025-09-23", "2025-10-22")
lopay("en_p06", "LO-INV-80151", "sana.qureshi@mehfilcaterers.com", "annual", "11988.00", "2025-09-23T07:30:00", "2025-09-23", "2026-09-22")
one("l06-wrong-plan", "leadsoptima", D, [("refund", "escalate")],
    "L2 billing_error (charged for the annual plan instead of monthly); charge 2025-09-23, request 2025-09-24 day 1 -> L5 escalate",
    frm="sana.qureshi@mehfilcaterers.com", to=LO, subject="Wrong plan charged",
    body="Dear Support,\n\nI am on the monthly plan but invoice LO-INV-80151 charged me ₹11,988 for the annual plan instead of the monthly one. Kindly refund this.\n\nWarm regards,\nSana Qureshi\nMehfil Caterers\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.\n",
    when="2025-09-24 14:45")

cust("vikram.rao@tridentlogistics.in", "Vikram Rao", "quarterly", "2025-09-25", "2025-12-24")
lopay("en_p07", "LO-INV-80161", "vikram.rao@tridentlogistics.in", "quarterly", "3999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
one("l07-access-inside", "leadsoptima", D, [("refund", "escalate")],
    "L2 access_failure ('cannot log in'); charge 2025-09-25, request 2025-09-30 day 5 -> L6 escalate",
    frm="Vikram Rao <vikram.rao@tridentlogistics.in>", to=LO, subject="Can't log in since renewal",
    body="Hi,\n\nSince the renewal on 25 Sep I cannot log in at all - the dashboard just spins and then throws 'session expired'. Tried Chrome and Edge, cleared cache. Your chat said they'd look into it, nothing since. Five days lost - please refund LO-INV-80161.\n\nVikram\n",
    when="2025-09-30 12:10")

cust("meera.joshi@lotusyoga.in", "Meera Joshi", "monthly", "2025-09-01", "2025-09-30")
lopay("en_p08", "LO-INV-80171", "meera.joshi@lotusyoga.in", "monthly", "999.00", "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")
one("l08-access-outside", "leadsoptima", D, [("refund", "deny")],
    "L2 access_failure but charge 2025-09-01, request 2025-09-25 day 24 > 7 -> L3 deny",
    frm="meera.joshi@lotusyoga.in", to=LO, subject="Refund - platform not loading",
    body="Hello,\nthe platform is not loading for me for the last two weeks. Please refund invoice LO-INV-80171.\nMeera Joshi\nLotus Yoga Studio\n",
    when="2025-09-25 18:30")

cust("karan.malhotra@spiceroute.co.in", "Karan Malhotra", "monthly", "2025-09-26", "2025-10-25")
lopay("en_p09", "LO-INV-80181", "karan.malhotra@spiceroute.co.in", "monthly", "1499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
one("l09-changed-mind", "leadsoptima", D, [("refund", "deny")],
    "L1: reason 'decided to go with another tool / changed our mind' is not an L2 exception -> deny (inside window does not matter)",
    frm="Karan Malhotra <karan.malhotra@spiceroute.co.in>", to=LO, subject="refund request",
    body="Hi there,\n\nWe renewed on the 26th by auto-debit but the team decided to go with another CRM. We changed our mind, so please refund LO-INV-80181.\n\nCheers,\nKaran\n",
    when="2025-09-27 10:00")

cust("ananya.ghosh@kolkatabooks.in", "Ananya Ghosh", "quarterly", "2025-08-10", "2025-11-09")
lopay("en_p10", "LO-INV-80191", "ananya.ghosh@kolkatabooks.in", "quarterly", "3999.00", "2025-08-10T09:00:00", "2025-08-10", "2025-11-09")
one("l10-expensive-refund-cancel", "leadsoptima", D, [("refund", "deny"), ("cancellation", "cancel", "2025-11-09")],
    "L1 'too expensive' not an exception -> refund deny; L8 cancel effective current_period_end 2025-11-09",
    frm="ananya.ghosh@kolkatabooks.in", to=LO, subject="Cancel + refund",
    body="Hello,\n\nHonestly the quarterly plan is too expensive for a small bookshop like ours. Please cancel the subscription and refund LO-INV-80191 for the remaining weeks.\n\nThank you,\nAnanya Ghosh\n",
    when="2025-09-18 17:00")

cust("farhan.ali@zestmobile.in", "Farhan Ali", "annual", "2025-03-05", "2026-03-04")
lopay("en_p11", "LO-INV-80201", "farhan.ali@zestmobile.in", "annual", "11988.00", "2025-03-05T09:00:00", "2025-03-05", "2026-03-04")
one("l11-negated-refund-cancel", "leadsoptima", D, [("cancellation", "cancel", "2026-03-04")],
    "Section 8 negation: 'I do not want a refund' adds no refund intent; L8 cancel effective current_period_end 2026-03-04",
    frm="Farhan Ali <farhan.ali@zestmobile.in>", to=LO, subject="Please cancel auto renewal",
    body="Hi,\n\nI do not want a refund, I know the annual plan is non-refundable. Just cancel it so it doesn't renew next March. We're winding down the app.\n\nFarhan\n",
    when="2025-09-22 08:15")

cust("ishita.bose@petalsandpots.in", "Ishita Bose", "monthly")
lopay("en_p12", "LO-INV-80211", "ishita.bose@petalsandpots.in", "monthly", "999.00", "2025-09-12T15:00:00")
one("l12-cancel-fallback-monthly", "leadsoptima", D, [("cancellation", "cancel", "2025-10-11")],
    "L8 fallback (no current_period_end): last charge 2025-09-12 + 1 month - 1 day = 2025-10-11",
    frm="ishita.bose@petalsandpots.in", to=LO, subject="cancel",
    body="pls cancle my subscrption, shop is closing for renovation. thx\n\nIshita\nPetals & Pots\n",
    when="2025-09-20 21:40")

cust("rahul.verma@vermatutorials.in", "Rahul Verma", "quarterly")
lopay("en_p13", "LO-INV-80221", "rahul.verma@vermatutorials.in", "quarterly", "3999.00", "2025-08-14T11:00:00")
one("l13-cancel-fallback-quarterly", "leadsoptima", D, [("cancellation", "cancel", "2025-11-13")],
    "L8 fallback: last charge 2025-08-14 + 3 months - 1 day = 2025-11-13",
    frm="Rahul Verma <rahul.verma@vermatutorials.in>", to=LO, subject="Stop my quarterly plan",
    body="Dear Sir/Madam,\n\nKindly stop my quarterly plan from the next cycle. Our coaching batches are moving to WhatsApp groups so we will not need lead capture any more.\n\nRegards,\nRahul Verma\n",
    when="2025-09-16 10:30")

cust("tanvi.desai@desaidental.in", "Tanvi Desai", "monthly", status="trial", trial_ends="2025-10-05")
one("l14-trial-refund", "leadsoptima", D, [("refund", "deny")],
    "L7: account on free trial (status trial, no charges in ledger) -> deny, no billing unless they subscribe",
    extra_ok=True,
    frm="tanvi.desai@desaidental.in", to=LO, subject="Trial - will I be charged?",
    body="Hi,\n\nI'm on the free trial and I'd like my money back if anything was taken - I don't want to continue. Not happy with the lead forms, they don't fit a dental clinic.\n\nDr Tanvi Desai\n",
    when="2025-09-28 13:00",
    ambiguous="No invoice can be given (a trial has no charge); read as L7 deny rather than need_info for invoice_number.")

cust("gaurav.sethi@sethimotors.in", "Gaurav Sethi", "monthly", "2025-09-21", "2025-10-20")
lopay("en_p15", "LO-INV-80231", "gaurav.sethi@sethimotors.in", "monthly", "1499.00", "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
one("l15-c2-gmail-names-registered", "leadsoptima", "need_info", [],
    "C2: sender gsethi.personal@gmail.com not on record; names registered email gaurav.sethi@sethimotors.in -> need_info, write from the registered address (section 5 example 5)",
    rules=["C2"],
    frm="Gaurav S <gsethi.personal@gmail.com>", to=LO, subject="Double charge",
    body="Hi, writing from my personal id. My registered email is gaurav.sethi@sethimotors.in. I got charged twice on 21 Sep for the monthly plan, invoice LO-INV-80231. Please refund.\nGaurav\n",
    when="2025-09-23 20:00")

cust("kavya.reddy@hyderabadhomes.in", "Kavya Reddy", "quarterly", "2025-07-01", "2025-09-30")
lopay("en_p16", "LO-INV-80241", "kavya.reddy@hyderabadhomes.in", "quarterly", "3999.00", "2025-07-01T09:00:00", "2025-07-01", "2025-09-30")
one("l16-c2-outlook-forward", "leadsoptima", "need_info", [],
    "Section 8 forwards: assistant forwards the registered user's cancellation request; forwarded request names kavya.reddy@hyderabadhomes.in, sender is another address -> C2 need_info",
    rules=["C2"],
    frm="Office Admin <admin@hyderabadhomes.in>", to=LO, subject="FW: LeadsOptima cancellation",
    body="Please see below and do the needful.\n\nThanks\nSuresh (Office Admin)\n\n________________________________\nFrom: Kavya Reddy <kavya.reddy@hyderabadhomes.in>\nSent: Monday, September 22, 2025 9:14 AM\nTo: Office Admin <admin@hyderabadhomes.in>\nSubject: LeadsOptima cancellation\n\nSuresh, please ask LeadsOptima to cancel our quarterly plan (registered to kavya.reddy@hyderabadhomes.in). We're moving to an in-house sales team.\n\nKavya\n",
    when="2025-09-22 11:02")

cust("amit.kulkarni@punefoods.in", "Amit Kulkarni", "monthly", "2025-09-26", "2025-10-25")
lopay("en_p17", "LO-INV-80251", "amit.kulkarni@punefoods.in", "monthly", "2499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
one("l17-c4-chargeback", "leadsoptima", D, [("refund", "escalate")], rules=["C4"],
    spec="C4: chargeback threat -> escalate (refund intent)",
    frm="Amit Kulkarni <amit.kulkarni@punefoods.in>", to=LO, subject="REFUND NOW - LO-INV-80251",
    body="I have asked three times. Your software is useless for us and I want the Rs 2499 back for LO-INV-80251 by Friday, or I'm filing a chargeback with HDFC.\n\nAmit Kulkarni\n",
    when="2025-09-29 19:45")

cust("lakshmi.menon@menonjewels.in", "Lakshmi Menon", "annual", "2025-04-11", "2026-04-10")
lopay("en_p18", "LO-INV-80261", "lakshmi.menon@menonjewels.in", "annual", "11988.00", "2025-04-11T09:00:00", "2025-04-11", "2026-04-10")
one("l18-c4-cancel-consumer-court", "leadsoptima", D, [("cancellation", "escalate")], rules=["C4"],
    spec="Section 8: C4 covers the whole case; consumer forum mention escalates the cancellation too",
    frm="lakshmi.menon@menonjewels.in", to=LO, subject="Cancellation - final notice",
    body="Dear LeadsOptima,\n\nCancel my annual subscription immediately. Your sales person promised unlimited WhatsApp leads which is not what we got. If I see one more auto-renewal I will approach the consumer forum.\n\nLakshmi Menon\nMenon Jewellers, Thrissur\n",
    when="2025-09-19 12:00")

one("l19-c7-ooo", "leadsoptima", "ignore", [], rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied out-of-office -> ignore (section 5 example 12)",
    frm="Rohan Mehta <rohan.mehta@brightleads.in>", to=LO, subject="Automatic reply: Your LeadsOptima invoice",
    body="I am out of office until 6 October with limited access to email. For refunds or billing, contact accounts@brightleads.in.\n\nRohan\n",
    when="2025-09-29 07:00", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

one("l20-c7-mailer-daemon", "leadsoptima", "ignore", [], rules=["C7"],
    spec="C7: MAILER-DAEMON sender (bounce) -> ignore, even though the text quotes 'refund'",
    frm="Mail Delivery Subsystem <MAILER-DAEMON@mx.leadsmail.net>", to=LO, subject="Undelivered Mail Returned to Sender",
    body="This is the mail system at host mx.leadsmail.net.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<old.customer@defunctco.in>: host mx.defunctco.in said: 550 5.1.1 User unknown\n\n--- original message ---\nSubject: Your refund request [LO-1187]\n",
    when="2025-09-27 03:12")

one("l21-c7-bulk-newsletter", "leadsoptima", "ignore", [], rules=["C7"],
    spec="C7: Precedence: bulk + List-Id (newsletter) -> ignore; the 'cancel anytime' marketing words are not a request",
    frm="SaaS Weekly <news@saasweekly.example>", to=LO, subject="This week: cut churn, cancel-proof your billing",
    body="Top stories: why customers ask for refunds, and how to cancel fewer subscriptions.\nUnsubscribe: https://saasweekly.example/u\n",
    when="2025-09-30 06:00", headers={"Precedence": "bulk", "List-Id": "SaaS Weekly <weekly.saasweekly.example>",
                                      "List-Unsubscribe": "<https://saasweekly.example/u>"})

one("l22-hypothetical-prepurchase", "leadsoptima", "other", [],
    "Section 8 hypotheticals: 'if it doesn't work, could I get my money back?' before buying is a policy question -> other",
    frm="Nikhil Bansal <nikhil@bansalinteriors.in>", to=LO, subject="Question before I buy annual",
    body="Hi,\n\nThinking of taking the annual plan for our interiors studio. If it doesn't work for us in the first month, could I get my money back? Or is it only monthly that can be stopped?\n\nNikhil Bansal\n",
    when="2025-09-24 15:30")

cust("pooja.agarwal@agarwalsweets.in", "Pooja Agarwal", "monthly", "2025-09-10", "2025-10-09")
lopay("en_p23", "LO-INV-80271", "pooja.agarwal@agarwalsweets.in", "monthly", "999.00", "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
one("l23-howto-export", "leadsoptima", "other", [],
    "Non-request: how-to question (export leads to CSV); no refund or cancellation -> other",
    frm="pooja.agarwal@agarwalsweets.in", to=LO, subject="How do I export leads?",
    body="Hello team,\n\nHow do I export all leads from the Diwali campaign to a CSV / Google Sheet? I can't find the option under Campaigns.\n\nThanks!\nPooja\n",
    when="2025-09-26 11:11")

cust("harsh.vora@vorarealtors.in", "Harsh Vora", "monthly", "2025-09-28", "2025-10-27")
lopay("en_p24", "LO-INV-80281", "harsh.vora@vorarealtors.in", "monthly", "1499.00", "2025-09-28T09:00:00", "2025-09-28", "2025-10-27")
one("l24-no-reason", "leadsoptima", "need_info", [], missing=["reason"],
    spec="LO refund needs a reason (section 3); 'please refund' restates the request, signature and disclaimer are not reasons (section 8) -> need_info reason",
    frm="Harsh Vora <harsh.vora@vorarealtors.in>", to=LO, subject="Refund Request - LO-INV-80281",
    body="Dear Team,\n\nPlease refund my payment against invoice LO-INV-80281 at the earliest.\n\nThanks & Regards,\nHarsh Vora\nVora Realtors | Ahmedabad\nThis message is intended only for the named recipient. If you are not the intended recipient, please delete it.\n",
    when="2025-09-29 10:00")

cust("divya.pillai@pillaiclinic.in", "Divya Pillai", "monthly", "2025-09-25", "2025-10-24")
lopay("en_p25a", "LO-INV-80291", "divya.pillai@pillaiclinic.in", "monthly", "2499.00", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lopay("en_p25b", "LO-INV-80292", "divya.pillai@pillaiclinic.in", "monthly", "2499.00", "2025-09-25T09:02:00", "2025-09-25", "2025-10-24")
r1, m1 = mail("l25-thread-1", "Divya Pillai <divya.pillai@pillaiclinic.in>", LO, "Charged double",
              "Hi,\nI think I got charged twice for this month. Please refund the extra one.\nDivya\n", "2025-09-26 09:30")
r2, _ = mail("l25-thread-2", "Divya Pillai <divya.pillai@pillaiclinic.in>", LO, "Re: Charged double [LO-2231]",
             "Hi, the second invoice is lo inv 80292.\nDivya\n\nOn Fri, 26 Sept 2025 at 14:02, LeadsOptima Support <support@leadsoptima.com> wrote:\n> Could you tell us the invoice number of the charge?\n", "2025-09-26 15:10", parent=m1)
case("l25-thread-invoice-answered", [r1, r2], "leadsoptima", D, [("refund", "approve", "2499.00")],
     spec="C3: invoice answered in the reply (lo inv 80292 = LO-INV-80292, section 8 matching); request time = first email 2025-09-26, day 1; L4 approve 2499.00")

cust("yash.thakur@himalayantreks.in", "Yash Thakur", "quarterly", "2025-09-29", "2025-12-28")
lopay("en_p26a", "LO-INV-80301", "yash.thakur@himalayantreks.in", "quarterly", "3999.00", "2025-09-29T09:00:00", "2025-09-29", "2025-12-28", tax="719.82")
lopay("en_p26b", "LO-INV-80302", "yash.thakur@himalayantreks.in", "quarterly", "3999.00", "2025-09-29T09:00:30", "2025-09-29", "2025-12-28", tax="719.82")
one("l26-html-only-dup", "leadsoptima", D, [("refund", "approve", "3999.00")],
    "HTML-only mail; L2 duplicate; charges 2025-09-29, request 09-30 day 1; L4 approve 3999.00 before tax (C6: tax 719.82 not refunded)",
    frm="Yash Thakur <yash.thakur@himalayantreks.in>", to=LO, subject="Duplicate transaction",
    body=None, html="<html><body><div style='font-family:Arial'><p>Hi LeadsOptima,</p><p>There is a <b>duplicate transaction</b> for my quarterly renewal: ₹4,718.82 went out twice on 29-Sep. Invoice of the second one: <span style='color:#333'>LO-INV-80302</span>.</p><p>Please refund the duplicate.</p><p>Yash Thakur<br>Himalayan Treks</p></div></body></html>",
    when="2025-09-30 08:00")

cust("simran.kaur@punjabtextiles.in", "Simran Kaur", "monthly", "2025-09-25", "2025-10-24")
for i, t in enumerate(["09:00:00", "09:00:40", "09:01:20"]):
    lopay(f"en_p27{'abc'[i]}", f"LO-INV-8031{i + 1}", "simran.kaur@punjabtextiles.in", "monthly", "999.00", f"2025-09-25T{t}", "2025-09-25", "2025-10-24")
one("l27-triple-charge", "leadsoptima", D, [("refund", "approve", "1998.00")],
    "Section 8 three identical charges: every charge after the first is a duplicate, all inside L3 (2025-09-25 -> 09-27, day 2): 999.00 x 2 = 1998.00",
    frm="simran.kaur@punjabtextiles.in", to=LO, subject="Charged 3 times!!",
    body="Hello\n\nYour payment page hung and I got charged THREE times, Rs 999 each, on 25th sept (LO-INV-80311, LO-INV-80312, LO-INV-80313). Same monthly plan. Please refund the two duplicate charges.\n\nSimran\n",
    when="2025-09-27 12:00")

cust("abhishek.jain@jainhardware.in", "Abhishek Jain", "monthly", "2025-09-26", "2025-10-25")
lopay("en_p28", "LO-INV-80321", "abhishek.jain@jainhardware.in", "monthly", "1499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
one("l28-c2-reply-to-trick", "leadsoptima", "need_info", [], rules=["C2"],
    spec="Section 8: the sender is the From address; Reply-To (the registered one) never verifies -> C2",
    frm="AJ <abhi.jain.1990@yahoo.com>", to=LO, subject="Cannot login - refund",
    reply_to="abhishek.jain@jainhardware.in",
    body="Cannot login since the charge on 26th, LO-INV-80321, please refund. Reply to my office mail.\nAbhishek\n",
    when="2025-09-27 09:00")

cust("nisha.patel@patelpharma.in", "Nisha Patel", "monthly", "2025-09-24", "2025-10-23")
lopay("en_p29", "LO-INV-80331", "nisha.patel@patelpharma.in", "monthly", "1499.00", "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
one("l29-c2-plus-tag", "leadsoptima", "need_info", [], rules=["C2"],
    spec="Section 8: a +tag makes another address: nisha.patel+billing@patelpharma.in is not nisha.patel@patelpharma.in -> C2",
    frm="Nisha Patel <nisha.patel+billing@patelpharma.in>", to=LO, subject="please cancel",
    body="Hi, please cancel our monthly plan, we've hired an agency for lead gen.\nNisha\n",
    when="2025-09-25 10:00")

one("l30-c7-own-address", "leadsoptima", "ignore", [], rules=["C7"],
    spec="C7: mail from the brand's own address (noreply@leadsoptima.com) -> ignore",
    frm="LeadsOptima <noreply@leadsoptima.com>", to=LO, subject="Receipt for your payment LO-INV-99999",
    body="Thanks for your payment. Need a refund or to cancel? Reply to this email.\n",
    when="2025-09-28 09:00")

cust("rajesh.gupta@guptaopticals.in", "Rajesh Gupta", "monthly", "2025-09-18", "2025-10-17")
lopay("en_p31", "LO-INV-80341", "rajesh.gupta@guptaopticals.in", "monthly", "999.00", "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
one("l31-cancel-with-howto-question", "leadsoptima", D, [("cancellation", "cancel", "2025-10-17")],
    "L8: cancel, effective current_period_end 2025-10-17; the 'will my data be kept' question does not add a refund",
    frm="Rajesh Gupta <rajesh.gupta@guptaopticals.in>", to=LO, subject="Closing account",
    body="Hi,\n\nPlease close my LeadsOptima account at the end of this month's cycle; we opened a second branch and the franchise gives us their CRM. Will my lead data still be downloadable after that?\n\nRajesh\n\nSent from Outlook for Android\n",
    when="2025-09-21 19:00")

# ============================ Optima WebDesign ============================
proj("Chai Point Rebrand", "accounts@chaipoint-kiosk.in")
owpay("en_o01", "OWD-2025-801", "Chai Point Rebrand", "deposit", "20000.00", "2025-09-27T11:00:00", tax="3600.00")
one("o01-deposit-47h", "optima_webdesign", D, [("refund", "approve", "20000.00")],
    "O2: deposit paid 2025-09-27 11:00, request 2025-09-29 10:00 = 47h < 72h, work_started_at empty -> approve 20000.00 (tax 3600 not refunded, C6)",
    frm="Accounts <accounts@chaipoint-kiosk.in>", to=OWD, subject="Refund Request — Chai Point Rebrand / OWD-2025-801",
    body="Hello Optima team,\n\nWe paid the booking deposit of ₹23,600 (incl. GST) for the Chai Point Rebrand on Saturday. The board has put the rebrand on hold for this financial year, so we'd like the deposit refunded. Invoice OWD-2025-801.\n\nRegards,\nAccounts, Chai Point Kiosks\n",
    when="2025-09-29 10:00")

proj("Sahyadri Trails Site", "hello@sahyadritrails.in")
owpay("en_o02", "OWD-2025-802", "Sahyadri Trails Site", "deposit", "15000.00", "2025-09-24T16:30:00", tax="2700.00")
one("o02-deposit-exactly-72h", "optima_webdesign", D, [("refund", "deny")],
    "O2 + section 8: paid 2025-09-24 16:30, request 2025-09-27 16:30 = exactly 72h, not before 72h -> deny",
    extra_ok=True,
    frm="hello@sahyadritrails.in", to=OWD, subject="Deposit refund - Sahyadri Trails Site",
    body="Hi,\n\nWe found a freelancer closer to home, so we'd like to cancel and get our deposit back (invoice OWD-2025-802, Sahyadri Trails Site). No work has started yet I believe.\n\nThanks\nOmkar\n",
    when="2025-09-27 16:30")

proj("Banyan Ayurveda Portal", "ops@banyanayurveda.in", work_started_at="2025-09-26T15:00:00")
owpay("en_o03", "OWD-2025-803", "Banyan Ayurveda Portal", "deposit", "30000.00", "2025-09-25T12:00:00", tax="5400.00")
one("o03-deposit-work-started", "optima_webdesign", D, [("refund", "deny")],
    "O2 'whichever occurs first': request 2025-09-27 10:00 is within 72h of payment (46h) but after work_started_at 2025-09-26 15:00 -> deny",
    frm="Banyan Ayurveda Ops <ops@banyanayurveda.in>", to=OWD, subject="Refund Request — Banyan Ayurveda Portal",
    body="Dear Optima,\n\nOur investor pulled out, so we cannot continue with the Banyan Ayurveda Portal. Please refund the deposit on OWD-2025-803.\n\nRegards\nDr. Anil Vaidya\n",
    when="2025-09-27 10:00")

proj("Marigold Weddings Brand", "studio@marigoldweddings.in")
owpay("en_o04", "OWD-2025-804", "Marigold Weddings Brand", "discovery", "12500.00", "2025-09-20T10:00:00", tax="2250.00")
one("o04-discovery-not-started", "optima_webdesign", D, [("refund", "approve", "12500.00")],
    "O1: discovery fee, work_started_at empty (no session held) -> approve in full 12500.00 before tax",
    frm="Marigold Studio <studio@marigoldweddings.in>", to=OWD, subject="Discovery workshop - refund please",
    body="Hi Optima,\n\nWe paid for the discovery/strategy workshop (OWD-2025-804) for the Marigold Weddings Brand project but the session was never scheduled, and we have now merged with another studio that already has a brand. Please refund the workshop fee.\n\nLove,\nTara\nMarigold Weddings\n",
    when="2025-09-26 12:00")

proj("Copperleaf Cafe Menu App", "owner@copperleafcafe.in", work_started_at="2025-09-15T11:00:00")
owpay("en_o05", "OWD-2025-805", "Copperleaf Cafe Menu App", "discovery", "8000.00", "2025-09-12T10:00:00", tax="1440.00")
one("o05-discovery-session-held", "optima_webdesign", D, [("refund", "deny")],
    "O1: discovery session started 2025-09-15 (before the 2025-09-22 request) -> deny",
    frm="owner@copperleafcafe.in", to=OWD, subject="refund for strategy session",
    body="hello, we had the first strategy call on 15th but honestly it was not useful for us, we expected more concrete menu ideas. pls refund the strategy fee OWD-2025-805 for Copperleaf Cafe Menu App.\n- Reema\n",
    when="2025-09-22 14:00")

proj("Nilgiri Estates Portal", "pm@nilgiriestates.com", work_started_at="2025-08-01T10:00:00")
owpay("en_o06", "OWD-2025-806", "Nilgiri Estates Portal", "milestone", "45000.00", "2025-09-10T10:00:00", tax="8100.00", ms="not_started")
one("o06-milestone-not-started", "optima_webdesign", D, [("refund", "approve", "45000.00")],
    "O3: milestone 3 (OWD-2025-806) status not_started -> approve its amount 45000.00 before tax",
    frm="Project Manager <pm@nilgiriestates.com>", to=OWD, subject="Refund Request — Nilgiri Estates Portal [Milestone 3]",
    body="Hi team,\n\nWe're descoping the booking engine (Milestone 3, invoice OWD-2025-806) - our new channel manager already does it. Since that milestone hasn't been started, please refund it. Milestones 1-2 continue as planned.\n\nBest,\nJoseph Mathew\nNilgiri Estates\n",
    when="2025-09-23 11:00")

proj("Ganga Ghats Tourism Site", "digital@gangaghats.org", work_started_at="2025-08-20T10:00:00")
owpay("en_o07", "OWD-2025-807", "Ganga Ghats Tourism Site", "milestone", "38000.00", "2025-09-05T10:00:00", ms="in_progress")
one("o07-milestone-in-progress", "optima_webdesign", D, [("refund", "escalate")],
    "O3: milestone in_progress -> escalate (billable value of work not started needs a person)",
    frm="digital@gangaghats.org", to=OWD, subject="Milestone 2 - partial refund?",
    body="Namaste,\n\nOur trust has cut the budget. For the Ganga Ghats Tourism Site, milestone 2 (OWD-2025-807) is only partly done - please refund the part of it your team has not worked on yet.\n\nRegards,\nDigital Cell, Ganga Ghats Trust\n",
    when="2025-09-24 10:00")

proj("Orchid Spa Booking", "manager@orchidspa.in", work_started_at="2025-07-10T10:00:00")
owpay("en_o08", "OWD-2025-808", "Orchid Spa Booking", "milestone", "25000.00", "2025-08-10T10:00:00", ms="approved")
one("o08-milestone-approved", "optima_webdesign", D, [("refund", "deny")],
    "O3/O6: milestone status approved -> deny (approved milestones are non-refundable)",
    frm="Orchid Spa <manager@orchidspa.in>", to=OWD, subject="Refund of design milestone",
    body="Hi,\n\nWe signed off the design milestone (OWD-2025-808) for Orchid Spa Booking last month, but now that it's live the owners don't like the colours. We want that milestone refunded.\n\nPriyanka, Manager\n",
    when="2025-09-20 16:00")

proj("Zenith Coworking Retainer", "admin@zenithcowork.in")
owpay("en_o09", "OWD-2025-809", "Zenith Coworking Retainer", "retainer", "18000.00", "2025-09-05T10:00:00", next_billing_at="2025-10-05T10:00:00", ps="2025-09-05", pe="2025-10-04")
one("o09-retainer-7days-exact", "optima_webdesign", D, [("cancellation", "cancel", "2025-10-04")],
    "O4/O8: next_billing_at 2025-10-05; request 2025-09-28 = next billing date minus 7 days -> on time; effective 2025-10-04 (day before next billing)",
    frm="Zenith Admin <admin@zenithcowork.in>", to=OWD, subject="Ending our retainer — Zenith Coworking Retainer / OWD-2025-809",
    body="Hi Optima,\n\nPlease treat this as our notice to end the monthly maintenance retainer (Zenith Coworking Retainer, last invoice OWD-2025-809). We've hired an in-house developer.\n\nThanks,\nRitu\nZenith Coworking\n",
    when="2025-09-28 18:00")

proj("Kesar Foods Retainer", "it@kesarfoods.in")
owpay("en_o10", "OWD-2025-810", "Kesar Foods Retainer", "retainer", "22000.00", "2025-09-03T10:00:00", next_billing_at="2025-10-03T10:00:00", ps="2025-09-03", pe="2025-10-02")
one("o10-retainer-short-notice", "optima_webdesign", D, [("cancellation", "cancel", "2025-11-02")],
    "O4: next_billing_at 2025-10-03; cut-off 2025-09-26; request 2025-09-29 is late -> next cycle 2025-10-03..2025-11-02 billed; effective 2025-11-02",
    frm="IT Dept <it@kesarfoods.in>", to=OWD, subject="Cancel retainer",
    body="Dear Optima team,\n\nKindly cancel the Kesar Foods Retainer (invoice OWD-2025-810) - management wants to consolidate vendors under one agency.\n\nRegards,\nIT Department, Kesar Foods\n",
    when="2025-09-29 11:00")

proj("Bluewave Surf School Retainer", "bookings@bluewavesurf.in")
owpay("en_o11a", "OWD-2025-811", "Bluewave Surf School Retainer", "retainer", "9000.00", "2025-09-15T10:00:00", ps="2025-09-15", pe="2025-10-14", next_billing_at="2025-11-15T10:00:00")
owpay("en_o11b", "OWD-2025-812", "Bluewave Surf School Retainer", "retainer", "9000.00", "2025-09-15T10:05:00", ps="2025-10-15", pe="2025-11-14", next_billing_at="2025-11-15T10:00:00")
one("o11-retainer-paid-ahead", "optima_webdesign", D, [("cancellation", "escalate")],
    "Section 8 retainer paid in advance: next cycle 2025-10-15..11-14 already paid (OWD-2025-812), request 2025-09-25 >= 7 days before 2025-10-15 -> escalate",
    frm="bookings@bluewavesurf.in", to=OWD, subject="Stop retainer after monsoon",
    body="Hey Optima folks,\n\nWe prepaid two months of the Bluewave Surf School Retainer (OWD-2025-811 and OWD-2025-812), but the school is shutting for the season early due to the weather. Please cancel the retainer.\n\nCheers,\nKiran\n",
    when="2025-09-25 09:00")

proj("Saffron Interiors Hosting", "accounts@saffroninteriors.in")
owpay("en_o12", "OWD-2025-813", "Saffron Interiors Hosting", "hosting_annual", "24000.00", "2025-09-18T10:00:00", tax="4320.00", setup_fee="2400.00", service_start="2025-09-20")
one("o12-hosting-within-14", "optima_webdesign", D, [("refund", "approve", "19800.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-30 (day 10 <= 14); monthly_value = (24000-2400)/12 = 1800; consumed 1; refund 24000-2400-1800 = 19800.00",
    frm="Saffron Accounts <accounts@saffroninteriors.in>", to=OWD, subject="Hosting refund — Saffron Interiors Hosting OWD-2025-813",
    body="Hi,\n\nWe're moving all our sites to our parent group's servers, so we don't need the annual hosting plan we bought on 18/09. Please refund what is refundable on OWD-2025-813 and close the plan.\n\nThanks,\nAccounts Team\nSaffron Interiors\n",
    when="2025-09-30 12:00")

proj("Peacock Pottery Maintenance", "care@peacockpottery.in")
owpay("en_o13", "OWD-2025-814", "Peacock Pottery Maintenance", "maintenance_annual", "18000.00", "2025-08-25T10:00:00", setup_fee="1800.00", service_start="2025-09-01")
one("o13-maintenance-after-14", "optima_webdesign", D, [("refund", "deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-19 = day 18 > 14 -> deny",
    frm="care@peacockpottery.in", to=OWD, subject="Maintenance plan refund",
    body="Hello,\n\nWe haven't needed a single change since the site went live, so the annual maintenance plan (OWD-2025-814, Peacock Pottery Maintenance) feels like a waste. Refund please.\n\nAditi\n",
    when="2025-09-19 15:00")

proj("Tulsi Organics Maintenance", "founder@tulsiorganics.in")
owpay("en_o14", "OWD-2025-815", "Tulsi Organics Maintenance", "maintenance_annual", "18000.00", "2025-09-26T10:00:00", tax="3240.00", service_start="2025-10-10")
one("o14-maintenance-before-start", "optima_webdesign", D, [("refund", "approve", "16500.00")], extra_ok=True,
    spec="O5 + section 8: request 2025-09-28 before service_start 2025-10-10 -> consumed_months 1; no setup fee; 18000 - 0 - 1500 = 16500.00",
    frm="Tulsi Founder <founder@tulsiorganics.in>", to=OWD, subject="Refund Request — Tulsi Organics Maintenance",
    body="Hi Optima,\n\nWe bought the annual maintenance plan (OWD-2025-815) two days ago but our Shopify partner includes maintenance for free, so we don't need it. Please refund it.\n\nMeghna\nTulsi Organics\n",
    when="2025-09-28 10:00")

proj("Indigo Threads Store", "shop@indigothreads.in", work_started_at="2025-07-01T10:00:00")
owpay("en_o15", "OWD-2025-816", "Indigo Threads Store", "third_party", "1899.00", "2025-09-25T10:00:00", tax="341.82")
one("o15-domain-third-party", "optima_webdesign", D, [("refund", "deny")],
    "O6: kind third_party (domain renewal) -> deny, Non-refundable items (section 5 example 10)",
    frm="shop@indigothreads.in", to=OWD, subject="Refund domain renewal",
    body="Hi,\n\nYou renewed indigothreads.in for another year (OWD-2025-816) but we're rebranding to a new name and don't need the old domain. Please refund the renewal.\n\nFaisal\n",
    when="2025-09-26 13:00")

proj("Monsoon Festival Microsite", "events@monsoonfest.in", work_started_at="2025-09-01T10:00:00")
owpay("en_o16", "OWD-2025-817", "Monsoon Festival Microsite", "rush", "10000.00", "2025-09-02T10:00:00")
one("o16-rush-fee", "optima_webdesign", D, [("refund", "deny")],
    "O6: kind rush (expedited fee) -> deny",
    frm="Events Team <events@monsoonfest.in>", to=OWD, subject="Rush fee refund - Monsoon Festival Microsite",
    body="Hi,\n\nThe microsite launched a day later than promised, so the rush fee we paid (OWD-2025-817) wasn't worth it. Please return the rush fee.\n\nEvents Team\n",
    when="2025-09-10 10:00")

proj("Rangoli Events Site", "contact@rangolievents.in")
owpay("en_o17", "OWD-2025-818", "Rangoli Events Site", "deposit", "20000.00", "2025-09-29T10:00:00")
one("o17-c2-wrong-sender", "optima_webdesign", "need_info", [], rules=["C2"],
    spec="C2 (explicit for Optima): sender rangoli.owner@gmail.com is not the contract email contact@rangolievents.in -> need_info, write from the contract email",
    frm="Rangoli Owner <rangoli.owner@gmail.com>", to=OWD, subject="Refund Request — Rangoli Events Site",
    body="Hi, owner here, writing from my personal gmail. We want the deposit back for the Rangoli Events Site (OWD-2025-818) since the wedding season orders dried up.\nThanks\n",
    when="2025-09-30 10:00")

proj("Sunrise School Portal", "principal@sunriseschool.edu.in", work_started_at="2025-08-01T10:00:00")
owpay("en_o18", "OWD-2025-819", "Sunrise School Portal", "milestone", "30000.00", "2025-09-15T10:00:00", ms="completed")
one("o18-c4-lawyer", "optima_webdesign", D, [("refund", "escalate")], rules=["C4"],
    spec="C4: 'our lawyer' / legal notice -> escalate (overrides O3 completed deny)",
    frm="Principal <principal@sunriseschool.edu.in>", to=OWD, subject="Refund — Sunrise School Portal / OWD-2025-819",
    body="Dear Sir,\n\nThe portal milestone you marked 'completed' (OWD-2025-819) is full of bugs; parents cannot pay fees online. Refund the amount or our lawyer will send you a legal notice.\n\nPrincipal, Sunrise School\n",
    when="2025-09-26 09:00")

proj("Lotus Legal Retainer", "office@lotuslegal.in")
owpay("en_o19", "OWD-2025-820", "Lotus Legal Retainer", "retainer", "15000.00", "2025-09-12T10:00:00", next_billing_at="2025-10-12T10:00:00", ps="2025-09-12", pe="2025-10-11")
one("o19-cancel-no-reason", "optima_webdesign", "need_info", [], missing=["reason"],
    ambiguous="The signature names a law office ('Adv. R. Kapoor', 'Lotus Legal Associates') but makes no threat; C4 is read as a threat or invocation (chargeback, lawyer action, court), not a client's profession, so no C4.",
    spec="Section 8: Optima requires a reason for cancellations too; the mail gives project and invoice but no reason -> need_info reason",
    frm="office@lotuslegal.in", to=OWD, subject="Cancellation — Lotus Legal Retainer / OWD-2025-820",
    body="Dear Optima WebDesign,\n\nPlease cancel the Lotus Legal Retainer, invoice OWD-2025-820.\n\nKind regards,\nOffice of Adv. R. Kapoor\nLotus Legal Associates\n",
    when="2025-09-22 10:00")

proj("Peepal Tree NGO Retainer", "info@peepaltree.org")
owpay("en_o20", "OWD-2025-821", "Peepal Tree NGO Retainer", "retainer", "12000.00", "2025-09-20T10:00:00", next_billing_at="2025-10-20T10:00:00", ps="2025-09-20", pe="2025-10-19")
r1, m1 = mail("o20-thread-1", "Peepal Tree <info@peepaltree.org>", OWD, "Cancel retainer OWD-2025-821",
              "Hello,\nPlease cancel our Peepal Tree NGO Retainer (OWD-2025-821).\nPeepal Tree Foundation\n", "2025-09-23 10:00")
r2, _ = mail("o20-thread-2", "Peepal Tree <info@peepaltree.org>", OWD, "Re: Cancel retainer OWD-2025-821 [OWD-3310]",
             "Hi, the reason is that our CSR grant for digital work ended this quarter, so we can't fund the retainer.\nRegards\nPeepal Tree Foundation\n\n> Could you tell us the reason for the cancellation?\n", "2025-09-24 12:00", parent=m1)
case("o20-thread-reason-answered", [r1, r2], "optima_webdesign", D, [("cancellation", "cancel", "2025-10-19")],
     spec="C3 reason answered in the reply; request time = first email 2025-09-23; next_billing_at 2025-10-20, cut-off 2025-10-13 -> on time; effective 2025-10-19")

proj("Vedic Maths Academy LMS", "admin@vedicmathsacademy.in", work_started_at="2025-06-01T10:00:00")
owpay("en_o21", "OWD-2025-822", "Vedic Maths Academy LMS", "milestone", "27500.00", "2025-09-01T10:00:00", ms="not_started")
one("o21-gmail-forward-own", "optima_webdesign", D, [("refund", "approve", "27500.00")],
    "Section 8 forwards: contract email forwards its own earlier mail ('please see below' is not a reason; the forwarded text holds one); O3 not_started -> approve 27500.00",
    frm="Academy Admin <admin@vedicmathsacademy.in>", to=OWD, subject="Fwd: Refund Request — Vedic Maths Academy LMS",
    body="Please see below, no reply yet.\n\n---------- Forwarded message ---------\nFrom: Academy Admin <admin@vedicmathsacademy.in>\nDate: Mon, 15 Sept 2025 at 10:12\nSubject: Refund Request — Vedic Maths Academy LMS\nTo: <billing@optimawebdesign.com>\n\nHello,\nWe have decided to drop the live-class module from the LMS because Zoom licences are already covered by our university partner. The milestone for it (OWD-2025-822) has not started. Kindly refund it.\nRegards,\nAdmin, Vedic Maths Academy\n",
    when="2025-09-24 10:00")

proj("Cardamom Hills Resort Site", "gm@cardamomhills.in", work_started_at="2025-08-01T10:00:00")
owpay("en_o22", "OWD-2025-823", "Cardamom Hills Resort Site", "setup", "5000.00", "2025-09-20T10:00:00")
one("o22-setup-fee", "optima_webdesign", D, [("refund", "deny")],
    "O6: kind setup (activation fee) -> deny",
    frm="gm@cardamomhills.in", to=OWD, subject="Setup fee refund",
    body="Hello,\n\nWhy was a separate setup charge of Rs 5,000 (OWD-2025-823) billed for the Cardamom Hills Resort Site? We were told setup was included, we feel it is unfair. Please refund it.\n\nGeneral Manager\n",
    when="2025-09-22 10:00")

proj("Bombay Bites Ordering", "tech@bombaybites.in", work_started_at="2025-07-15T10:00:00")
owpay("en_o23", "OWD-2025-824", "Bombay Bites Ordering", "change_request", "7500.00", "2025-09-18T10:00:00")
one("o23-change-request", "optima_webdesign", D, [("refund", "deny")],
    "O6: kind change_request -> deny",
    frm="Tech Lead <tech@bombaybites.in>", to=OWD, subject="RE: CR-7 invoice",
    body="Hi,\n\nWe no longer need the loyalty-points change request - marketing dropped the campaign. Please refund CR invoice OWD-2025-824 for Bombay Bites Ordering.\n\nThanks,\nVarun\n",
    when="2025-09-21 10:00", headers={"In-Reply-To": "<cr7-invoice-824@optimawebdesign.com>", "References": "<cr7-invoice-824@optimawebdesign.com>"})

proj("Deccan Dairy Hosting", "itadmin@deccandairy.in")
owpay("en_o24", "OWD-2025-825", "Deccan Dairy Hosting", "hosting_annual", "15000.00", "2025-09-15T10:00:00", tax="2700.00", setup_fee="1500.00", service_start="2025-09-16")
one("o24-hosting-day14-edge-utc", "optima_webdesign", D, [("refund", "approve", "12375.00")], extra_ok=True,
    spec="O5: Date 2025-09-30 18:00 +0000 = 2025-09-30 23:30 IST; service_start 2025-09-16 -> day 14 (inside); monthly (15000-1500)/12 = 1125; 15000-1500-1125 = 12375.00",
    frm="itadmin@deccandairy.in", to=OWD, subject="Cancel hosting + refund (Deccan Dairy Hosting)",
    body="Hi,\n\nOur cooperative has decided to host with the state data centre, so please cancel the annual hosting (OWD-2025-825) and refund the prorated amount.\n\nIT Admin, Deccan Dairy\n",
    when="2025-09-30 18:00", tz=timezone.utc)

proj("Kite Flyers Club Site", "secretary@kiteflyers.in")
owpay("en_o25", "OWD-2025-826", "Kite Flyers Club Site", "deposit", "10000.00", "2025-09-29T10:00:00", status="refunded")
one("o25-deposit-already-refunded", "optima_webdesign", D, [("refund", "escalate")],
    "Section 8: payment not paid (status refunded) -> refund escalate",
    frm="secretary@kiteflyers.in", to=OWD, subject="Deposit refund - Kite Flyers Club Site",
    body="Hi,\n\nThe club committee voted against a new website, so please refund the deposit OWD-2025-826 we paid yesterday.\n\nSecretary, Kite Flyers Club\n",
    when="2025-09-30 10:00")

one("o26-c7-dsn-report", "optima_webdesign", "ignore", [], rules=["C7"],
    spec="C7: delivery-status report from postmaster -> ignore",
    frm="postmaster@mail.tulsiorganics.in", to=OWD, subject="Delivery Status Notification (Failure)",
    body="Delivery to the following recipient failed permanently:\n\n    old-founder@tulsiorganics.in\n\nReason: mailbox unavailable.\n\nOriginal subject: Re: Refund Request — Tulsi Organics Maintenance\n",
    when="2025-09-29 04:00", headers={"Auto-Submitted": "auto-generated"})

one("o27-other-howto", "optima_webdesign", "other", [],
    "Non-request: asks how to update site content; no refund or cancellation -> other",
    frm="Saffron Accounts <accounts@saffroninteriors.in>", to=OWD, subject="How do we add a new project to the gallery?",
    body="Hi Optima,\n\nQuick one: how do we upload new project photos to the gallery page ourselves? Is there a login for the CMS?\n\nThanks\n",
    when="2025-09-15 10:00")

proj("Harbour Cafe Site", "team@harbourcafe.in", work_started_at="2025-08-01T10:00:00")
owpay("en_o28", "OWD-2025-827", "Harbour Cafe Site", "milestone", "20000.00", "2025-09-10T10:00:00", ms="not_started")
one("o28-c2-other-brand-customer", "leadsoptima", "need_info", [], rules=["C2"],
    spec="Section 8 other brand's customer: an Optima client writes to the LeadsOptima mailbox; C1 picks leadsoptima, the sender is unknown there -> C2 need_info",
    frm="team@harbourcafe.in", to=LO, subject="Refund milestone",
    body="Hi, please refund the milestone OWD-2025-827 for Harbour Cafe Site, we changed the scope and it hasn't started.\nHarbour Cafe\n",
    when="2025-09-25 10:00")

proj("Jasmine Jewels Retainer", "admin@jasminejewels.in")
owpay("en_o29", "OWD-2025-828", "Jasmine Jewels Retainer", "retainer", "16000.00", "2025-09-08T10:00:00", next_billing_at="2025-10-08T10:00:00", ps="2025-09-08", pe="2025-10-07")
one("o29-c4-cancel-chargeback", "optima_webdesign", D, [("cancellation", "escalate")], rules=["C4"],
    spec="Section 8: C4 covers the whole case; chargeback threat escalates the cancellation",
    frm="admin@jasminejewels.in", to=OWD, subject="Cancel retainer NOW",
    body="Cancel the Jasmine Jewels Retainer (OWD-2025-828) immediately, your team has not replied to a single ticket in two weeks. If you bill us again in October I will do a chargeback on the card.\n\nNaina\n",
    when="2025-09-24 10:00")

proj("Mango Grove Farms Site", "farmoffice@mangogrove.in", work_started_at="2025-09-20T10:00:00")
owpay("en_o30", "OWD-2025-829", "Mango Grove Farms Site", "deposit", "12000.00", "2025-09-18T10:00:00")
one("o30-past-event-no-request", "optima_webdesign", "other", [],
    "Not a refund/cancel request: customer confirms the project goes ahead and asks about next payment date -> other",
    frm="farmoffice@mangogrove.in", to=OWD, subject="Re: Deposit receipt",
    body="Hi,\n\nThanks for the receipt of the deposit OWD-2025-829. We are NOT cancelling, my partner was confused earlier. When is the next milestone payment due?\n\nRegards\nFarm Office\n",
    when="2025-09-22 10:00", headers={"In-Reply-To": "<deposit-receipt-829@optimawebdesign.com>", "References": "<deposit-receipt-829@optimawebdesign.com>"})


# ---------------- more hard cases ----------------
proj("Quill & Ink Publishing Site", "editor@quillandink.in")
owpay("en_o31", "OWD-2025-830", "Quill & Ink Publishing Site", "deposit", "16000.00", "2025-09-26T04:30:00Z", tax="2880.00")
one("o31-apple-forward-deposit-offset", "optima_webdesign", D, [("refund", "approve", "16000.00")], extra_ok=True,
    spec="Ledger paid_at 2025-09-26T04:30Z = 10:00 IST (section 8 offsets converted); request 2025-09-28 20:00 IST = 58h < 72h, no work -> O2 approve 16000.00; Apple Mail forward of own mail",
    frm="Quill & Ink Editor <editor@quillandink.in>", to="billing@optimawebdesign.com", subject="Fwd: Refund Request — Quill & Ink Publishing Site",
    body="Resending in case this went to the wrong inbox.\n\nBegin forwarded message:\n\nFrom: Quill & Ink Editor <editor@quillandink.in>\nSubject: Refund Request — Quill & Ink Publishing Site\nDate: 27 September 2025 at 9:15:22 AM GMT+5:30\nTo: optimawebdesigns12@gmail.com\n\nHello,\n\nOur publisher has been acquired and the new owners already run a site on their own platform, so we need to drop the project. Please refund the booking deposit, invoice OWD-2025-830.\n\nBest,\nMaya\n",
    when="2025-09-28 20:00")

proj("Silverline Dental Retainer", "practice@silverlinedental.in")
proj("Silverline Kids Clinic Site", "kids@silverlinedental.in")
owpay("en_o32", "OWD-2025-831", "Silverline Kids Clinic Site", "milestone", "19000.00", "2025-09-10T10:00:00", ms="not_started")
one("o32-c2-forward-other-contract", "optima_webdesign", "need_info", [], rules=["C2"],
    spec="Section 8 forwards: the forwarded request names contract email kids@silverlinedental.in; the sender practice@silverlinedental.in (contract email of a different project) is not it -> C2",
    frm="Silverline Practice <practice@silverlinedental.in>", to=OWD, subject="FW: milestone refund Silverline Kids Clinic Site",
    body="FYI - forwarding on behalf of Dr Rao.\n\nFrom: Dr Nandini Rao <kids@silverlinedental.in>\nSent: Thursday, September 25, 2025 8:30 PM\nTo: Silverline Practice <practice@silverlinedental.in>\nSubject: milestone refund Silverline Kids Clinic Site\n\nPlease ask Optima to refund milestone OWD-2025-831 for the Kids Clinic Site (contract email kids@silverlinedental.in) - we are not opening the kids wing this year.\n",
    when="2025-09-26 09:00")

cust("tara.sen@senanimation.in", "Tara Sen", "monthly", "2025-09-29", "2025-10-28")
lopay("en_p33", "LO-INV-80351", "tara.sen@senanimation.in", "monthly", "2499.00", "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
one("l33-locked-out-sloppy-invoice", "leadsoptima", D, [("refund", "escalate")],
    "L2 access_failure ('locked out'); invoice typed 'lo inv 80351' (section 8 matching); charge 2025-09-29, request 09-30 day 1 -> L6 escalate",
    frm="Tara Sen <tara.sen@senanimation.in>", to=LO, subject="locked out after payment",
    body="hey - got locked out of my account right after the renewal went through yesterday, password reset emails never arrive. pls refund lo inv 80351, i have client demos this week and can't wait around\n\ntara\n",
    when="2025-09-30 22:00")

cust("omar.siddiqui@siddiquitiles.in", "Omar Siddiqui", "annual", "2025-02-01", "2026-01-31")
lopay("en_p34", "LO-INV-80361", "omar.siddiqui@siddiquitiles.in", "annual", "11988.00", "2025-02-01T09:00:00", "2025-02-01", "2026-01-31")
one("l34-not-asking-refund-howto-cancel", "leadsoptima", D, [("cancellation", "cancel", "2026-01-31")],
    "Negation ('I'm not asking for a refund'); cancellation wanted -> L8 cancel effective current_period_end 2026-01-31",
    frm="omar.siddiqui@siddiquitiles.in", to=LO, subject="Re: Your annual plan renews soon",
    body="Hi,\n\nI'm not asking for a refund - I understand the annual fee is spent. But please make sure the plan ends at the end of this term and doesn't renew; we've moved all leads to IndiaMART.\n\nOmar Siddiqui\n\n> On 28 Sep 2025, LeadsOptima wrote:\n> Your annual plan renews on 1 February 2026.\n",
    when="2025-09-29 10:30", headers={"In-Reply-To": "<renewal-notice-80361@leadsoptima.com>", "References": "<renewal-notice-80361@leadsoptima.com>"})

one("l35-c7-own-address-optima", "optima_webdesign", "ignore", [], rules=["C7"],
    spec="C7: mail from the brand's own address (support@optimawebdesign.com) -> ignore",
    frm="Optima WebDesign <support@optimawebdesign.com>", to=OWD, subject="Ticket copy: Refund Request — Zenith",
    body="Copy of ticket #5521 (refund request) for your records.\n",
    when="2025-09-28 09:00")

proj("Rustic Roots Cafe Site", "hello@rusticroots.in", work_started_at="2025-08-01T10:00:00")
owpay("en_o36", "OWD-2025-832", "Rustic Roots Cafe Site", "milestone", "14000.00", "2025-09-10T10:00:00", ms="not_started")
one("o36-reason-only-signature", "optima_webdesign", "need_info", [], missing=["reason"],
    spec="Section 8: 'see below / do the needful' and the signature are not reasons; project and invoice given -> need_info reason",
    frm="hello@rusticroots.in", to=OWD, subject="Refund Request — Rustic Roots Cafe Site / OWD-2025-832",
    body="Hi,\n\nRefund request for milestone OWD-2025-832, Rustic Roots Cafe Site. Please do the needful.\n\nRegards,\nKabir Malik\nRustic Roots Cafe | Farm-to-table since 2019\n\"Good food, slow living\"\n",
    when="2025-09-27 10:00")


write()
