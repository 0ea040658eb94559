"""Fresh held-out round 10, hard English: writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (licence MIT, like the project; all text written
for this project). Deterministic: no randomness. Run: python3 make_cases.py
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "en"
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))

customers, projects, payments, cases = [], [], [], []


def tz(spec):
    sign = 1 if spec[0] == "+" else -1
    return timezone(sign * timedelta(hours=int(spec[1:3]), minutes=int(spec[3:5])))


def d(y, m, day, h=10, mi=0, zone="+0530"):
    return datetime(y, m, day, h, mi, tzinfo=tz(zone))


def lo_cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})


def lo_pay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def owd_proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def owd_pay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
            service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def eml(cid, n, frm, to, subject, date, body, html=False, headers=None, reply_to_first=False):
    """Write one email; returns its relative path."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{cid}.{n}@mail.fresh10-{LANG}.example>"
    if reply_to_first:
        first = f"<{cid}.1@mail.fresh10-{LANG}.example>"
        bot = f"<{cid}.support-reply@mailbot.example>"
        msg["In-Reply-To"] = bot
        msg["References"] = f"{first} {bot}"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    rel = f"emails/{cid}-{n}.eml"
    (HERE / rel).write_bytes(msg.as_bytes())
    return rel


def case(cid, files, brand, status, spec, rules=(), decisions=(), missing=None, ambiguous=None, extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = list(missing)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def dec(intent, outcome, amount=None, effective_date=None):
    x = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        x["amount"] = amount
    if effective_date is not None:
        x["effective_date"] = effective_date
    return x


LO, OWD = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
(HERE / "emails").mkdir(exist_ok=True)
for old in (HERE / "emails").glob("*.eml"):
    old.unlink()

# l01 duplicate inside window, sloppy invoice
lo_cust("rohan.mehta@brightleaf.in", "Rohan Mehta", "monthly", "2025-09-24", "2025-10-23")
lo_pay("en_p101", "LO-INV-81101", "rohan.mehta@brightleaf.in", "monthly", "2499.00", "2025-09-24T08:14:00", "2025-09-24", "2025-10-23", tax="449.82")
lo_pay("en_p102", "LO-INV-81102", "rohan.mehta@brightleaf.in", "monthly", "2499.00", "2025-09-24T08:15:00", "2025-09-24", "2025-10-23", tax="449.82")
f = eml("l01", 1, "Rohan Mehta <rohan.mehta@brightleaf.in>", LO_TO, "double debit on my card??", d(2025, 9, 27, 11, 42),
        "Hi team,\n\nJust noticed my card got hit two times on the 24th for the monthly plan - Rs 2,948.82 each "
        "(2,499 + GST). One of them has to go back. The second one shows as lo inv 81102 in my inbox.\n\n"
        "Thanks\nRohan\n--\nRohan Mehta | Brightleaf Interiors\n+91 98200 11223\n")
case("l01-dup-inside", [f], LO, "decided",
     "L2 duplicate_payment; two paid monthly charges 2499.00 on 2025-09-24, same period; request 2025-09-27 = day 3 <= 7 (L3); L4 approve the duplicate charge's pre-tax amount 2499.00 (C6, tax 449.82 not refunded); invoice 'lo inv 81102' matches LO-INV-81102 (section 8).",
     decisions=[dec("refund", "approve", "2499.00")])

# l02 duplicate on day 7 exactly, late at night
lo_cust("priya.k@northwind-hr.com", "Priya Krishnan", "quarterly", "2025-09-18", "2025-12-17")
lo_pay("en_p111", "LO-INV-81111", "priya.k@northwind-hr.com", "quarterly", "5997.00", "2025-09-18T09:05:00", "2025-09-18", "2025-12-17")
lo_pay("en_p112", "LO-INV-81112", "priya.k@northwind-hr.com", "quarterly", "5997.00", "2025-09-18T09:06:00", "2025-09-18", "2025-12-17")
f = eml("l02", 1, "Priya Krishnan <priya.k@northwind-hr.com>", LO_TO, "Quarterly plan billed 2x - INV 81112", d(2025, 9, 25, 23, 10),
        "Hello,\n\nOur finance person flagged that the quarterly renewal went through twice on 18 Sept "
        "(Rs. 5,997.00 x 2). Same plan, same period. Kindly reverse the second one, invoice LO-INV-81112.\n\n"
        "Sorry for the late-night mail, only just reconciled the books.\n\nBest,\nPriya\n")
case("l02-dup-day7", [f], LO, "decided",
     "L4: two paid quarterly charges 5997.00 on 2025-09-18, same period; request 2025-09-25 23:10 IST = day 7, inside (L3 'day 7 is inside'); approve 5997.00.",
     decisions=[dec("refund", "approve", "5997.00")])

# l03 duplicate, day 8 only once converted to IST
lo_cust("jason.wu@pacificlane.com", "Jason Wu", "monthly", "2025-09-15", "2025-10-14")
lo_pay("en_p121", "LO-INV-81121", "jason.wu@pacificlane.com", "monthly", "1999.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
lo_pay("en_p122", "LO-INV-81122", "jason.wu@pacificlane.com", "monthly", "1999.00", "2025-09-15T10:01:00", "2025-09-15", "2025-10-14")
f = eml("l03", 1, "Jason Wu <jason.wu@pacificlane.com>", LO_TO, "Charged twice on Sept 15", d(2025, 9, 22, 20, 0, "-0700"),
        "Hey there,\n\nLooks like I got charged twice for the same month back on the 15th (LO-INV-81122 is the second one). "
        "Can you refund the duplicate? I'm in California so sorry if this lands at a weird hour for you.\n\nCheers,\nJason\n\n"
        "Sent from my iPhone\n")
case("l03-dup-day8-tz", [f], LO, "decided",
     "Date 2025-09-22 20:00 -0700 = 2025-09-23 08:30 Asia/Kolkata (brand zone, section 1 'Counting windows'); charge 2025-09-15 is day 0, request day 8 > 7: L3 deny.",
     decisions=[dec("refund", "deny")])

# l04 claims duplicate, ledger shows one charge
lo_cust("meera.iyer@lotusclinic.in", "Meera Iyer", "annual", "2025-09-20", "2026-09-19")
lo_pay("en_p131", "LO-INV-81131", "meera.iyer@lotusclinic.in", "annual", "11988.00", "2025-09-20T12:30:00", "2025-09-20", "2026-09-19")
f = eml("l04", 1, "Dr. Meera Iyer <meera.iyer@lotusclinic.in>", LO_TO, "Paid two times for annual", d(2025, 9, 23, 16, 5),
        "Dear Support,\n\nI believe I have paid two times for the annual subscription - once through the app and once on the "
        "payment link your sales rep sent. Invoice I have is LO-INV-81131 for Rs 11,988. Please check and refund the extra payment.\n\n"
        "Regards,\nDr. Meera Iyer\nLotus Clinic, Chennai\n\nThis email and any attachments are confidential and intended solely for the addressee.\n")
case("l04-dup-no-pair", [f], LO, "decided",
     "L2 duplicate_payment inside the window (day 3) but the ledger holds one charge only: L4 'No such pair in the ledger: escalate'.",
     decisions=[dec("refund", "escalate")])

# l05 charged after cancelling (past event) -> billing error escalate
lo_cust("anand.p@quickserve.co.in", "Anand Pillai", "monthly", "2025-09-26", "2025-10-25", status="cancelled")
lo_pay("en_p141", "LO-INV-81141", "anand.p@quickserve.co.in", "monthly", "1499.00", "2025-08-26T07:00:00", "2025-08-26", "2025-09-25")
lo_pay("en_p142", "LO-INV-81142", "anand.p@quickserve.co.in", "monthly", "1499.00", "2025-09-26T07:00:00", "2025-09-26", "2025-10-25")
f = eml("l05", 1, "Anand Pillai <anand.p@quickserve.co.in>", LO_TO, "Why was I billed? I cancelled on the 14th", d(2025, 9, 28, 9, 20),
        "Hi,\n\nI cancelled my plan on the 14th from the Billing page and got the confirmation screen. On the 26th you charged me "
        "again Rs 1,499 (LO-INV-81142). That should not have happened - please refund it.\n\nAnand\n")
case("l05-charged-after-cancel", [f], LO, "decided",
     "'charged after I cancelled' is L2 billing_error; charge 2025-09-26, request 2025-09-28 = day 2, inside L3; L5 escalate with the charge found. The cancellation is a past event, not a new request.",
     decisions=[dec("refund", "escalate")])

# l06 wrong plan charged
lo_cust("sana.q@qureshi-exports.com", "Sana Qureshi", "annual", "2025-09-29", "2026-09-28")
lo_pay("en_p151", "LO-INV-81151", "sana.q@qureshi-exports.com", "annual", "11988.00", "2025-09-29T10:45:00", "2025-09-29", "2026-09-28")
f = eml("l06", 1, "Sana Qureshi <sana.q@qureshi-exports.com>", LO_TO, "Re: upgrade", d(2025, 9, 30, 14, 12),
        "Hi LeadsOptima team,\n\nI only clicked to see the annual price and the system went ahead and charged me for annual instead of "
        "the monthly I'm on - LO INV 81151, Rs. 11,988/-. That's the wrong plan. I need this reversed please.\n\nThanks & regards,\nSana\n",
        headers={"In-Reply-To": "<upgrade-offer-0925@mailer.leadsoptima.com>",
                 "References": "<upgrade-offer-0925@mailer.leadsoptima.com>"})
case("l06-wrong-plan", [f], LO, "decided",
     "'charged me for annual instead of the monthly' / 'wrong plan' is L2 billing_error; day 1 inside L3; L5 escalate. The mail answers a LeadsOptima upgrade offer (In-Reply-To names that offer, not a case): a new case.",
     decisions=[dec("refund", "escalate")])

# l07 access failure inside window
lo_cust("kiran@growthpilot.io", "Kiran Shah", "monthly", "2025-09-22", "2025-10-21")
lo_pay("en_p161", "LO-INV-81161", "kiran@growthpilot.io", "monthly", "2499.00", "2025-09-22T06:00:00", "2025-09-22", "2025-10-21")
f = eml("l07", 1, "Kiran Shah <kiran@growthpilot.io>", LO_TO, "Dashboard dead since renewal", d(2025, 9, 26, 18, 30),
        "Team,\n\nSince the renewal on 22/09 I cannot log in at all - the dashboard just spins and throws a 502. Raised ticket #4471 "
        "on chat two days back, nobody fixed it. I want my money back for this month (inv LO-INV-81161).\n\nKiran Shah\nGrowthPilot\n")
case("l07-access-inside", [f], LO, "decided",
     "'cannot log in' is L2 access_failure; charge 2025-09-22, request 2025-09-26 = day 4 inside L3; L6 escalate.",
     decisions=[dec("refund", "escalate")])

# l08 access failure outside window
lo_cust("deepa.n@finch.ventures", "Deepa Nair", "monthly", "2025-09-12", "2025-10-11")
lo_pay("en_p171", "LO-INV-81171", "deepa.n@finch.ventures", "monthly", "1999.00", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
f = eml("l08", 1, "Deepa Nair <deepa.n@finch.ventures>", LO_TO, "refund - platform not loading", d(2025, 9, 24, 12, 0),
        "Hello, the platform is not loading for me for the past week, whatever browser I use. Please refund LO-INV-81171.\n\n-Deepa\n")
case("l08-access-outside", [f], LO, "decided",
     "access_failure, but charge 2025-09-12 to request 2025-09-24 is day 12 > 7: L3 deny.",
     decisions=[dec("refund", "deny")])

# l09 too expensive -> L1 deny
lo_cust("harsh.v@vora-realty.in", "Harsh Vora", "annual", "2025-09-27", "2026-09-26")
lo_pay("en_p181", "LO-INV-81181", "harsh.v@vora-realty.in", "annual", "11988.00", "2025-09-27T11:00:00", "2025-09-27", "2026-09-26")
f = eml("l09", 1, "Harsh Vora <harsh.v@vora-realty.in>", LO_TO, "Annual plan refund", d(2025, 9, 29, 10, 15),
        "Hi,\n\nHonestly the annual plan is too expensive for a 3-person agency like ours, my partner didn't agree to it. "
        "Can you refund LO-INV-81181? We paid only two days ago.\n\nHarsh\n")
case("l09-too-expensive", [f], LO, "decided",
     "Reason 'too expensive' is not an L2 exception: L1 deny (cancellation offered in the reply, not decided).",
     decisions=[dec("refund", "deny")])

# l10 negation: no refund, just cancel
lo_cust("nikhil.b@bansal-logistics.com", "Nikhil Bansal", "quarterly", "2025-08-05", "2025-11-04")
lo_pay("en_p191", "LO-INV-81191", "nikhil.b@bansal-logistics.com", "quarterly", "5997.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
f = eml("l10", 1, "Nikhil Bansal <nikhil.b@bansal-logistics.com>", LO_TO, "Cancel subscription", d(2025, 9, 29, 17, 40),
        "Hi,\n\nWe're moving our lead gen in-house. I'm not looking for a refund for the remaining weeks, I know the policy - just "
        "make sure the quarterly plan doesn't renew in November.\n\nRegards\nNikhil Bansal\nBansal Logistics Pvt Ltd\n")
case("l10-no-refund-just-cancel", [f], LO, "decided",
     "Negation 'not looking for a refund' adds no refund intent (section 8); cancellation -> L8 cancel, effective current_period_end 2025-11-04.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-11-04")])

# l11 cancel with no current_period_end: fallback
lo_cust("tanya.r@roycreative.in", "Tanya Roy", "quarterly", None, None)
lo_pay("en_p201", "LO-INV-81201", "tanya.r@roycreative.in", "quarterly", "5997.00", "2025-08-12T15:30:00", None, None)
f = eml("l11", 1, "Tanya Roy <tanya.r@roycreative.in>", LO_TO, "please stop my plan", d(2025, 9, 30, 11, 5),
        "hey, pls cancel my leadsoptima subscription. the campaigns didnt bring any leads for us this quarter so no point continuing. thx tanya\n")
case("l11-cancel-fallback", [f], LO, "decided",
     "L8: no current_period_end in the ledger, so last charge 2025-08-12 + 3 months (quarterly) - 1 day = 2025-11-11.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-11-11")])

# l12 free trial refund
lo_cust("omar.f@farooqui-tutors.in", "Omar Farooqui", "monthly", None, None, status="trial", trial_ends="2025-10-06")
f = eml("l12", 1, "Omar Farooqui <omar.f@farooqui-tutors.in>", LO_TO, "Refund trial", d(2025, 9, 28, 13, 0),
        "Hello,\n\nI signed up for the trial last week and the tool is not what I expected for a tuition centre. Please refund "
        "whatever was taken from my card when I added it.\n\nOmar\n")
case("l12-trial", [f], LO, "decided",
     "Account status trial, no charges in the ledger: L7 deny (no billing unless they subscribe).",
     decisions=[dec("refund", "deny")],
     ambiguous="No invoice can exist for a trial; a bot could ask for invoice_number (C3) instead of denying under L7 straight away.")

# l13 hypothetical before buying -> other
lo_cust("grace.t@thomasdental.com", "Grace Thomas", "monthly", "2025-09-09", "2025-10-08")
lo_pay("en_p221", "LO-INV-81221", "grace.t@thomasdental.com", "monthly", "1499.00", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
f = eml("l13", 1, "Grace Thomas <grace.t@thomasdental.com>", LO_TO, "Question before upgrading to annual", d(2025, 9, 30, 15, 45),
        "Hi,\n\nWe're on monthly and thinking of switching to the annual plan. If we upgrade and the WhatsApp integration doesn't work "
        "with our clinic software, would we be able to get our money back? Just want to understand before we commit.\n\nThanks,\nGrace\n")
case("l13-hypothetical", [f], LO, "other",
     "Hypothetical question before buying (section 8): no refund intent, nothing else asked -> other.")

# l14 how-to -> other
lo_cust("vikram.s@sethi-autos.in", "Vikram Sethi", "annual", "2025-03-01", "2026-02-28")
lo_pay("en_p231", "LO-INV-81231", "vikram.s@sethi-autos.in", "annual", "11988.00", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
f = eml("l14", 1, "Vikram Sethi <vikram.s@sethi-autos.in>", LO_TO, "export leads to excel?", d(2025, 9, 29, 9, 0),
        "Hi, how do I export all leads from last month into Excel with the phone numbers? The export button only gives me names. "
        "Also can I add a second user to my account?\n\nVikram\n")
case("l14-howto", [f], LO, "other", "A how-to question, neither refund nor cancellation: other.")

# l15 C2: writes from gmail, names work email
lo_cust("farah.d@dsouzaevents.com", "Farah D'Souza", "monthly", "2025-09-25", "2025-10-24")
lo_pay("en_p241", "LO-INV-81241", "farah.d@dsouzaevents.com", "monthly", "2499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lo_pay("en_p242", "LO-INV-81242", "farah.d@dsouzaevents.com", "monthly", "2499.00", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
f = eml("l15", 1, "Farah <farahdsouza.88@gmail.com>", LO_TO, "charged twice - account farah.d@dsouzaevents.com", d(2025, 9, 27, 8, 30),
        "Hi, writing from my personal id since office mail is down. My account is farah.d@dsouzaevents.com and I was charged twice "
        "on the 25th, invoice LO-INV-81242. Please refund the extra one.\nFarah\n")
case("l15-c2-gmail", [f], LO, "need_info",
     "C2: From farahdsouza.88@gmail.com is not the registered email farah.d@dsouzaevents.com; draft asks to write from the registered address, nothing about the account (worked example 5).",
     rules=["C2"])

# l16 C2 via Outlook forward by an assistant
lo_cust("rajesh.gupta@guptasteel.com", "Rajesh Gupta", "annual", "2025-01-10", "2026-01-09")
lo_pay("en_p251", "LO-INV-81251", "rajesh.gupta@guptasteel.com", "annual", "11988.00", "2025-01-10T10:00:00", "2025-01-10", "2026-01-09")
f = eml("l16", 1, "Accounts Desk <accounts@guptasteel.com>", LO_TO, "FW: Leadsoptima cancellation", d(2025, 9, 30, 10, 10),
        "Dear Sir/Madam,\n\nPlease see below mail from our MD and do the needful.\n\nRegards,\nAccounts Team\nGupta Steel Traders\n\n"
        "________________________________\nFrom: Rajesh Gupta <rajesh.gupta@guptasteel.com>\nSent: Tuesday, September 30, 2025 9:02 AM\n"
        "To: Accounts Desk <accounts@guptasteel.com>\nSubject: Leadsoptima cancellation\n\n"
        "Please ask LeadsOptima to cancel our annual plan (registered on rajesh.gupta@guptasteel.com). We are not renewing in January, "
        "the sales team has switched to another CRM.\n\nRajesh\n")
case("l16-c2-outlook-fw", [f], LO, "need_info",
     "Forward (section 8): the forwarded request names registered email rajesh.gupta@guptasteel.com, sender accounts@guptasteel.com is another address: C2, ask for the request from that address.",
     rules=["C2"])

# l17 C4 chargeback + cancel
lo_cust("ritu.ahuja@ahujafoods.in", "Ritu Ahuja", "monthly", "2025-09-21", "2025-10-20")
lo_pay("en_p261", "LO-INV-81261", "ritu.ahuja@ahujafoods.in", "monthly", "2499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
f = eml("l17", 1, "Ritu Ahuja <ritu.ahuja@ahujafoods.in>", LO_TO, "LAST WARNING", d(2025, 9, 25, 19, 55),
        "This is the third mail. Cancel my account today and refund LO-INV-81261 - the leads you sent were all junk numbers. "
        "If I don't hear back by Monday I will raise a chargeback with HDFC and let them sort it out.\n\nRitu Ahuja\n")
case("l17-c4-chargeback", [f], LO, "decided",
     "C4: chargeback threat escalates every intent of the case, the cancellation included (section 8 'C4 covers the whole case').",
     rules=["C4"], decisions=[dec("refund", "escalate"), dec("cancellation", "escalate")])

# l18 out of office
lo_cust("arjun.m@malhotra-ca.in", "Arjun Malhotra", "annual", "2025-04-01", "2026-03-31")
f = eml("l18", 1, "Arjun Malhotra <arjun.m@malhotra-ca.in>", LO_TO, "Automatic reply: Your LeadsOptima invoice", d(2025, 9, 30, 7, 1),
        "Thank you for your email. I am out of office till 6th October with limited access to email. For urgent matters "
        "regarding refunds or cancellations of client subscriptions please contact my colleague at office@malhotra-ca.in.\n\nArjun\n",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l18-ooo", [f], LO, "ignore", "C7: Auto-Submitted: auto-replied -> ignore, even though it mentions refunds.", rules=["C7"])

# l19 bounce
f = eml("l19", 1, "Mail Delivery Subsystem <MAILER-DAEMON@mx3.leadsmail.example>", LO_TO, "Undelivered Mail Returned to Sender", d(2025, 9, 29, 4, 12),
        "This is the mail system at host mx3.leadsmail.example.\n\nI'm sorry to have to inform you that your message could not be "
        "delivered to one or more recipients.\n\n<old.client@defunct-startup.in>: host mx.defunct-startup.in said: 550 5.1.1 "
        "User unknown\n\n--- original message ---\nSubject: Your refund request [LO-2231]\n",
        headers={"Auto-Submitted": "auto-replied"})
case("l19-bounce", [f], LO, "ignore", "C7: MAILER-DAEMON sender, delivery-status report -> ignore.", rules=["C7"])

# l20 thread: duplicate without invoice, then answers with it
lo_cust("sneha.j@joshi-architects.in", "Sneha Joshi", "monthly", "2025-09-26", "2025-10-25")
lo_pay("en_p281", "LO-INV-81281", "sneha.j@joshi-architects.in", "monthly", "1499.00", "2025-09-26T13:00:00", "2025-09-26", "2025-10-25")
lo_pay("en_p282", "LO-INV-81282", "sneha.j@joshi-architects.in", "monthly", "1499.00", "2025-09-26T13:04:00", "2025-09-26", "2025-10-25")
lo_pay("en_p283", "LO-INV-81283", "sneha.j@joshi-architects.in", "monthly", "1499.00", "2025-08-26T13:00:00", "2025-08-26", "2025-09-25")
f1 = eml("l20", 1, "Sneha Joshi <sneha.j@joshi-architects.in>", LO_TO, "Two deductions this month", d(2025, 9, 27, 12, 0),
         "Hi, my bank statement shows two deductions of 1,499 from LeadsOptima on 26 Sep. Please refund one. Sneha\n")
f2 = eml("l20", 2, "Sneha Joshi <sneha.j@joshi-architects.in>", LO_TO, "Re: Two deductions this month [LO-5120]", d(2025, 9, 29, 9, 45),
         "Hi, the invoice number on the second mail is LO-INV-81282.\n\nOn Sat, 27 Sep 2025 LeadsOptima Support wrote:\n> Could you "
         "share the invoice number of the charge you want refunded?\n", reply_to_first=True)
case("l20-thread-invoice", [f1, f2], LO, "decided",
     "C3 thread: invoice asked for, answered LO-INV-81282. L4: two paid charges 1499.00 on 2025-09-26, same period; request time = first email 2025-09-27 (day 1): approve 1499.00.",
     decisions=[dec("refund", "approve", "1499.00")])

# l21 refund with no reason at all -> need_info reason
lo_cust("manish.k@kapoorprints.com", "Manish Kapoor", "monthly", "2025-09-27", "2025-10-26")
lo_pay("en_p291", "LO-INV-81291", "manish.k@kapoorprints.com", "monthly", "1999.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = eml("l21", 1, "Manish Kapoor <manish.k@kapoorprints.com>", LO_TO, "Refund request LO-INV-81291", d(2025, 9, 28, 16, 20),
        "Dear team,\n\nKindly process the refund for invoice LO-INV-81291 at the earliest.\n\nThanks and regards,\nManish Kapoor\n"
        "Kapoor Prints | Sector 18, Noida\n")
case("l21-no-reason", [f], LO, "need_info",
     "Refund without a reason: restating the request and the signature are not reasons (section 8); plan and email known from the ledger, invoice given: missing [reason] (C3).",
     missing=["reason"])

# l22 HTML-only cancel, annual
lo_cust("lisa.fernandes@goa-stays.com", "Lisa Fernandes", "annual", "2025-06-15", "2026-06-14")
lo_pay("en_p301", "LO-INV-81301", "lisa.fernandes@goa-stays.com", "annual", "11988.00", "2025-06-15T10:00:00", "2025-06-15", "2026-06-14")
f = eml("l22", 1, "Lisa Fernandes <lisa.fernandes@goa-stays.com>", LO_TO, "Cancellation", d(2025, 9, 30, 20, 0),
        "<html><body><div style=\"font-family:Calibri\"><p>Hello LeadsOptima,</p><p>Please <b>cancel</b> our annual subscription "
        "&ndash; we are selling the homestay business and won&#39;t need lead gen anymore. Happy to keep access till the term ends.</p>"
        "<p>Warm regards,<br>Lisa Fernandes<br><i>Goa Stays</i></p></div></body></html>", html=True)
case("l22-html-cancel", [f], LO, "decided", "HTML-only mail; L8 cancel, effective current_period_end 2026-06-14.",
     decisions=[dec("cancellation", "cancel", effective_date="2026-06-14")])

# l23 three identical charges
lo_cust("ashok.r@reddy-hardware.in", "Ashok Reddy", "monthly", "2025-09-23", "2025-10-22")
for i, t in enumerate(["10:00", "10:01", "10:03"]):
    lo_pay(f"en_p31{i}", f"LO-INV-8131{i}", "ashok.r@reddy-hardware.in", "monthly", "999.00", f"2025-09-23T{t}:00", "2025-09-23", "2025-10-22")
f = eml("l23", 1, "Ashok Reddy <ashok.r@reddy-hardware.in>", LO_TO, "charged 3 times!!", d(2025, 9, 24, 11, 11),
        "Sir, the payment page hung and I pressed pay again, now the bank shows THREE debits of Rs 999 on 23/9 for the same monthly "
        "plan. Last one is LO-INV-81312. Only one should be there, please return the duplicate charges.\n\nAshok Reddy\n")
case("l23-triple", [f], LO, "decided",
     "Section 8 'three or more identical charges': every charge after the first is a duplicate; both inside L3 (day 1): refund 999.00 + 999.00 = 1998.00.",
     decisions=[dec("refund", "approve", "1998.00")])

# l24 duplicate where second already refunded (status not paid)
lo_cust("pooja.s@saxena-yoga.in", "Pooja Saxena", "monthly", "2025-09-25", "2025-10-24")
lo_pay("en_p321", "LO-INV-81321", "pooja.s@saxena-yoga.in", "monthly", "1499.00", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lo_pay("en_p322", "LO-INV-81322", "pooja.s@saxena-yoga.in", "monthly", "1499.00", "2025-09-25T09:02:00", "2025-09-25", "2025-10-24", status="refunded")
f = eml("l24", 1, "Pooja Saxena <pooja.s@saxena-yoga.in>", LO_TO, "duplicate payment LO-INV-81322", d(2025, 9, 27, 7, 50),
        "Namaste team, I paid twice on the 25th (LO-INV-81322 is the duplicate). I don't see the money back yet, please refund it. Pooja\n")
case("l24-dup-already-refunded", [f], LO, "decided",
     "The invoice named is status 'refunded' (not paid): section 8 'Payments not paid: a refund of one is escalated'; also no pair of two paid charges for L4 -> escalate.",
     decisions=[dec("refund", "escalate")])

# l25 Reply-To trick
lo_cust("sameer.k@khanmotors.in", "Sameer Khan", "monthly", "2025-09-26", "2025-10-25")
lo_pay("en_p331", "LO-INV-81331", "sameer.k@khanmotors.in", "monthly", "2499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lo_pay("en_p332", "LO-INV-81332", "sameer.k@khanmotors.in", "monthly", "2499.00", "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
f = eml("l25", 1, "Sameer <sameer.khan.personal@outlook.com>", LO_TO, "double charge", d(2025, 9, 27, 15, 0),
        "Hi - double charge on my card on 26 Sept, please refund LO-INV-81332. Reply on my work mail.\nSameer\n",
        headers={"Reply-To": "sameer.k@khanmotors.in"})
case("l25-c2-replyto", [f], LO, "need_info",
     "Section 8: the sender is the From address; Reply-To never verifies. sameer.khan.personal@outlook.com is not on record: C2.",
     rules=["C2"])

# l26 +tag address
lo_cust("neha.b@bhatia-legal.in", "Neha Bhatia", "quarterly", "2025-07-20", "2025-10-19")
lo_pay("en_p341", "LO-INV-81341", "neha.b@bhatia-legal.in", "quarterly", "5997.00", "2025-07-20T10:00:00", "2025-07-20", "2025-10-19")
f = eml("l26", 1, "Neha Bhatia <neha.b+billing@bhatia-legal.in>", LO_TO, "cancel quarterly", d(2025, 9, 29, 12, 30),
        "Hello, please cancel the quarterly plan before it renews. We've hired an in-house marketer. Thanks, Neha\n")
case("l26-c2-plus-tag", [f], LO, "need_info",
     "Section 8: 'a +tag makes another address'; neha.b+billing@ is not the registered neha.b@: C2.",
     rules=["C2"])

# l27 uppercase sender matches
lo_cust("gopal.venkat@svtextiles.in", "Gopal Venkat", "monthly", "2025-09-18", "2025-10-17")
lo_pay("en_p351", "LO-INV-81351", "gopal.venkat@svtextiles.in", "monthly", "1999.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
f = eml("l27", 1, "GOPAL VENKAT <Gopal.Venkat@SVTextiles.in>", LO_TO, "DISCONTINUE SERVICE", d(2025, 9, 30, 10, 0),
        "DEAR SIR\nKINDLY DISCONTINUE OUR LEADSOPTIMA MONTHLY SERVICE FROM NEXT MONTH. BUSINESS IS SLOW THIS SEASON.\nTHANKING YOU\nGOPAL VENKAT\n")
case("l27-uppercase-cancel", [f], LO, "decided",
     "Addresses compare case-insensitively (section 8): verified; L8 cancel effective current_period_end 2025-10-17.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-10-17")])

# l28 'charged twice' but two different monthly periods (renewals)
lo_cust("irfan.h@hussain-travels.com", "Irfan Hussain", "monthly", "2025-09-25", "2025-10-24")
lo_pay("en_p361", "LO-INV-81361", "irfan.h@hussain-travels.com", "monthly", "1499.00", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lo_pay("en_p362", "LO-INV-81362", "irfan.h@hussain-travels.com", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = eml("l28", 1, "Irfan Hussain <irfan.h@hussain-travels.com>", LO_TO, "You charged me twice", d(2025, 9, 28, 18, 0),
        "Hi, I see two payments of 1499 to you in my statement, one in August and one in September, so you charged me twice. "
        "Please refund LO-INV-81362.\nIrfan\n")
case("l28-dup-different-periods", [f], LO, "decided",
     "Claimed duplicate, inside L3 (day 3), but the two charges are for different billing periods: no pair of same account, amount and period -> L4 escalate.",
     decisions=[dec("refund", "escalate")])

# l29 refund + cancel, not using -> deny + cancel
lo_cust("ben.mathew@mathewcoaching.in", "Ben Mathew", "monthly", "2025-09-28", "2025-10-27")
lo_pay("en_p371", "LO-INV-81371", "ben.mathew@mathewcoaching.in", "monthly", "1499.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
f = eml("l29", 1, "Ben Mathew <ben.mathew@mathewcoaching.in>", LO_TO, "cancel + refund", d(2025, 9, 29, 21, 15),
        "Hi,\n\nThe auto-renewal went through yesterday but I haven't opened the tool in two months. Please cancel my plan and "
        "refund this month's Rs 1499 (LO-INV-81371) since I won't be using it.\n\nBen\n")
case("l29-refund-and-cancel", [f], LO, "decided",
     "Two intents (section 1). Refund reason 'not using it' is not an exception: L1 deny. Cancellation: L8 cancel effective current_period_end 2025-10-27.",
     decisions=[dec("refund", "deny"), dec("cancellation", "cancel", effective_date="2025-10-27")])

# l30 other brand's customer writes to LeadsOptima
owd_proj("Saffron Bistro Website", "hello@saffronbistro.in", "2025-09-01T10:00:00")
owd_pay("en_o901", "OWD-2025-791", "Saffron Bistro Website", "deposit", "25000.00", "2025-08-28T10:00:00", tax="4500.00")
f = eml("l30", 1, "Saffron Bistro <hello@saffronbistro.in>", LO_TO, "Refund of deposit", d(2025, 9, 29, 11, 0),
        "Hi, we want to cancel the Saffron Bistro Website project and get the deposit back (OWD-2025-791). Our investor pulled out.\n")
case("l30-other-brand-customer", [f], LO, "need_info",
     "C1: sent to support@leadsoptima.com, so brand leadsoptima; the sender is only an Optima client, unknown in the LeadsOptima ledger (section 8 'The other brand's customer'): C2.",
     rules=["C2"])

# ---------------------------------------------------------------- Optima WebDesign
# o01 deposit inside 72h
owd_proj("Kavya Jewels Storefront", "kavya@kavyajewels.in", None)
owd_pay("en_o101", "OWD-2025-701", "Kavya Jewels Storefront", "deposit", "35000.00", "2025-09-26T15:00:00", tax="6300.00")
f = eml("o01", 1, "Kavya Menon <kavya@kavyajewels.in>", OWD_TO, "Refund Request — Kavya Jewels Storefront / OWD-2025-701", d(2025, 9, 28, 11, 0),
        "Hello Optima team,\n\nWe paid the booking deposit of ₹41,300 (35,000 + GST) on Friday for the storefront. Unfortunately our "
        "festive-season funding fell through and we have to shelve the project. Nothing has been started on your side as far as I know. "
        "Requesting a refund of the deposit.\n\nContract email: kavya@kavyajewels.in\n\nWarm regards,\nKavya Menon\n")
case("o01-deposit-44h", [f], OWD, "decided",
     "O2: paid 2025-09-26 15:00, request 2025-09-28 11:00 = 44 h < 72 h and no work started: approve 35000.00 (tax 6300.00 kept, C6).",
     decisions=[dec("refund", "approve", "35000.00")])

# o02 deposit exactly 72h
owd_proj("Ridge Trek Booking Site", "ops@ridgetrek.in", None)
owd_pay("en_o111", "OWD-2025-711", "Ridge Trek Booking Site", "deposit", "20000.00", "2025-09-20T12:00:00", tax="3600.00")
f = eml("o02", 1, "Ridge Trek Ops <ops@ridgetrek.in>", OWD_TO, "Deposit refund OWD-2025-711", d(2025, 9, 23, 12, 0),
        "Hi,\n\nRidge Trek Booking Site - we've decided to go with a ready-made booking plugin instead of a custom build. "
        "Please refund the deposit on OWD-2025-711.\n\nThanks,\nTenzin\nRidge Trek Adventures\n")
case("o02-deposit-exactly-72h", [f], OWD, "decided",
     "O2: paid 2025-09-20 12:00, request 2025-09-23 12:00 IST = exactly 72 h; section 8 'Exactly 72 hours ... is not before 72 hours': deny.",
     decisions=[dec("refund", "deny")])

# o03 deposit <72h but work started
owd_proj("Aarav Physio Clinic Site", "aarav@aaravphysio.com", "2025-09-25T09:00:00")
owd_pay("en_o121", "OWD-2025-721", "Aarav Physio Clinic Site", "deposit", "15000.00", "2025-09-24T10:00:00", tax="2700.00")
f = eml("o03", 1, "Dr Aarav Sinha <aarav@aaravphysio.com>", OWD_TO, "Refund of booking fee", d(2025, 9, 26, 8, 0),
        "Hi Optima,\n\nFor the Aarav Physio Clinic Site (OWD-2025-721) I'd like the booking fee back. A friend offered to do the site "
        "for free. I know your designer sent a moodboard yesterday but it's only been two days since I paid.\n\nDr Aarav Sinha\n")
case("o03-deposit-work-started", [f], OWD, "decided",
     "O2: 46 h after payment but work_started_at 2025-09-25 09:00 is before the request (whichever occurs first): deny.",
     decisions=[dec("refund", "deny")])

# o04 deposit 71h59m with Date in UTC
owd_proj("Bluefin Seafoods Portal", "procure@bluefinseafoods.com", None)
owd_pay("en_o131", "OWD-2025-731", "Bluefin Seafoods Portal", "deposit", "15000.00", "2025-09-22T18:00:00", tax="2700.00")
f = eml("o04", 1, "Procurement <procure@bluefinseafoods.com>", OWD_TO, "Cancel & refund deposit - Bluefin Seafoods Portal", d(2025, 9, 25, 12, 29, "+0000"),
        "Dear Optima WebDesign,\n\nFurther to our board meeting, the Bluefin Seafoods Portal is on hold indefinitely because the export "
        "licence renewal failed. Please refund the deposit paid against invoice OWD-2025-731.\n\nKind regards,\nProcurement Team\n"
        "Bluefin Seafoods (Dubai office)\n")
case("o04-deposit-71h59-utc", [f], OWD, "decided",
     "O2: paid 2025-09-22 18:00 IST; Date 2025-09-25 12:29 +0000 = 17:59 IST, 71 h 59 m < 72 h, work not started: approve 15000.00. The project is on hold, so a cancellation intent may be read too (extra_ok).",
     decisions=[dec("refund", "approve", "15000.00")], extra_ok=True)

# o05 discovery not started
owd_proj("Verma Ayurveda Rebrand", "ritika@vermaayurveda.in", None)
owd_pay("en_o141", "OWD-2025-741", "Verma Ayurveda Rebrand", "discovery", "18000.00", "2025-09-10T11:00:00", tax="3240.00")
f = eml("o05", 1, "Ritika Verma <ritika@vermaayurveda.in>", OWD_TO, "Discovery fee refund - Verma Ayurveda Rebrand", d(2025, 9, 29, 16, 0),
        "Hi,\n\nWe paid the strategy/discovery fee (OWD-2025-741) on 10 Sep but the workshop was never scheduled - my father has "
        "decided to postpone the rebrand till next year. Please refund the discovery fee.\n\nRitika\n")
case("o05-discovery-not-started", [f], OWD, "decided",
     "O1: discovery, work_started_at empty: refundable in full, approve 18000.00 (before tax).",
     decisions=[dec("refund", "approve", "18000.00")])

# o06 discovery started
owd_proj("Hilltop School Portal", "admin@hilltopschool.edu.in", "2025-09-15T10:00:00")
owd_pay("en_o151", "OWD-2025-751", "Hilltop School Portal", "discovery", "12000.00", "2025-09-12T10:00:00", tax="2160.00")
f = eml("o06", 1, "Hilltop Admin <admin@hilltopschool.edu.in>", OWD_TO, "Refund Request — Hilltop School Portal", d(2025, 9, 27, 12, 0),
        "Dear Sir,\n\nThe management committee did not approve the portal budget. We request refund of the discovery fee "
        "(invoice OWD-2025-751). The one session held was mostly introductions.\n\nPrincipal's Office\nHilltop School\n")
case("o06-discovery-started", [f], OWD, "decided",
     "O1: work_started_at 2025-09-15 is before the request: deny.",
     decisions=[dec("refund", "deny")])

# o07 milestone not started
owd_proj("Zenith Realty CRM", "it@zenithrealty.in", "2025-08-01T10:00:00")
owd_pay("en_o161", "OWD-2025-761", "Zenith Realty CRM", "milestone", "40000.00", "2025-09-15T10:00:00", tax="7200.00", milestone_status="not_started")
f = eml("o07", 1, "Zenith IT <it@zenithrealty.in>", OWD_TO, "Milestone 3 refund - Zenith Realty CRM", d(2025, 9, 30, 14, 0),
        "Hi team,\n\nWe prepaid milestone 3 (mobile app screens, OWD-2025-761) but management has dropped the app from scope. "
        "Since that work hasn't begun, please refund that milestone. Phases 1-2 continue as planned.\n\nRegards,\nNaveen, IT Head\n")
case("o07-milestone-not-started", [f], OWD, "decided",
     "O3: milestone not_started: refund that milestone's amount 40000.00 (before tax).",
     decisions=[dec("refund", "approve", "40000.00")])

# o08 milestone in progress
owd_proj("Orchid Spa Booking App", "manager@orchidspa.in", "2025-08-20T10:00:00")
owd_pay("en_o171", "OWD-2025-771", "Orchid Spa Booking App", "milestone", "30000.00", "2025-09-05T10:00:00", tax="5400.00", milestone_status="in_progress")
f = eml("o08", 1, "Orchid Spa <manager@orchidspa.in>", OWD_TO, "refund for milestone OWD-2025-771", d(2025, 9, 29, 11, 30),
        "Hello,\n\nThe booking app milestone (OWD-2025-771) is way behind the date you promised and we've lost the Diwali season. "
        "Please refund this milestone for the Orchid Spa Booking App.\n\nManager, Orchid Spa\n")
case("o08-milestone-in-progress", [f], OWD, "decided", "O3: milestone in_progress: escalate (interp.).",
     decisions=[dec("refund", "escalate")])

# o09 milestone approved
owd_proj("Peak Fitness Website", "owner@peakfitness.in", "2025-07-01T10:00:00")
owd_pay("en_o181", "OWD-2025-781", "Peak Fitness Website", "milestone", "25000.00", "2025-08-10T10:00:00", tax="4500.00", milestone_status="approved")
f = eml("o09", 1, "Peak Fitness <owner@peakfitness.in>", OWD_TO, "Refund design milestone", d(2025, 9, 28, 10, 0),
        "Hi, we signed off the homepage designs last month (OWD-2025-781, Peak Fitness Website) but honestly we don't like them "
        "anymore after seeing a competitor's site. Want a refund for that milestone.\n- Vikas\n")
case("o09-milestone-approved", [f], OWD, "decided", "O3/O6: approved milestone: deny.",
     decisions=[dec("refund", "deny")])

# o10 retainer cancel >7 days notice
owd_proj("Nova Dental SEO Retainer", "drnova@novadental.in", "2025-05-01T10:00:00")
owd_pay("en_o191", "OWD-2025-792", "Nova Dental SEO Retainer", "retainer", "22000.00", "2025-09-15T10:00:00", tax="3960.00",
        next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
f = eml("o10", 1, "Dr. Nova <drnova@novadental.in>", OWD_TO, "Ending SEO retainer", d(2025, 9, 30, 9, 30),
        "Hi,\n\nPlease treat this as our notice to end the Nova Dental SEO Retainer (last invoice OWD-2025-792). We're opening a "
        "second clinic and need to move the marketing budget there.\n\nThanks for the support so far,\nDr. Nova\n")
case("o10-retainer-notice-ok", [f], OWD, "decided",
     "O4/O8: next_billing_at 2025-10-15; 2025-09-30 <= 2025-10-15 - 7 = 2025-10-08: cancel, effective the day before: 2025-10-14.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-10-14")])

# o11 retainer exactly 7 days
owd_proj("Crescent Cafe Social Retainer", "social@crescentcafe.in", "2025-06-05T10:00:00")
owd_pay("en_o201", "OWD-2025-802", "Crescent Cafe Social Retainer", "retainer", "12000.00", "2025-09-05T10:00:00", tax="2160.00",
        next_billing_at="2025-10-05T00:00:00", ps="2025-09-05", pe="2025-10-04")
f = eml("o11", 1, "Crescent Cafe <social@crescentcafe.in>", OWD_TO, "Retainer cancellation - Crescent Cafe Social Retainer, OWD-2025-802", d(2025, 9, 28, 22, 0),
        "Hi Optima team, we're closing the cafe at the end of this month (lease not renewed), so please cancel the social media "
        "retainer. Thanks for everything.\nAisha\n")
case("o11-retainer-exactly-7", [f], OWD, "decided",
     "O4: next_billing_at 2025-10-05; request date 2025-09-28 = 2025-10-05 - 7 days, 'on or before' (section 1): notice enough; cancel effective 2025-10-04.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-10-04")])

# o12 retainer 6 days notice
owd_proj("Maple Kids Content Retainer", "hello@maplekids.in", "2025-04-03T10:00:00")
owd_pay("en_o211", "OWD-2025-812", "Maple Kids Content Retainer", "retainer", "9000.00", "2025-09-03T10:00:00", tax="1620.00",
        next_billing_at="2025-10-03T00:00:00", ps="2025-09-03", pe="2025-10-02")
f = eml("o12", 1, "Maple Kids <hello@maplekids.in>", OWD_TO, "Stop content retainer", d(2025, 9, 27, 10, 0),
        "Hello,\n\nPlease cancel the Maple Kids Content Retainer (OWD-2025-812). Our new hire will handle the blog from October.\n\nRegards,\nMaple Kids Preschool\n")
case("o12-retainer-6-days", [f], OWD, "decided",
     "O4: next_billing_at 2025-10-03; 2025-09-27 is after 2025-09-26 (= minus 7 days): less than 7 days' notice, next cycle 2025-10-03..2025-11-02 (monthly, period 2025-09-03..2025-10-02) is billed; effective 2025-11-02.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-11-02")])

# o13 hosting annual within 14 days
owd_proj("Sunrise Ortho Hosting", "it@sunriseortho.in", "2025-09-01T10:00:00")
owd_pay("en_o221", "OWD-2025-822", "Sunrise Ortho Hosting", "hosting_annual", "18000.00", "2025-09-20T10:00:00", tax="3240.00",
        setup_fee="2400.00", service_start="2025-09-22")
f = eml("o13", 1, "Sunrise Ortho IT <it@sunriseortho.in>", OWD_TO, "Cancel annual hosting + refund", d(2025, 9, 30, 12, 0),
        "Hi,\n\nOur hospital group mandates all sites move to their central AWS account, so we must cancel the annual managed hosting "
        "for Sunrise Ortho Hosting (OWD-2025-822) that started on 22 Sep. Please refund as per your prorated policy.\n\nIT Dept\n")
case("o13-hosting-prorated", [f], OWD, "decided",
     "O5: request 2025-09-30 is day 8 of service_start 2025-09-22 (<= 14); monthly_value = (18000 - 2400)/12 = 1300; refund = 18000 - 2400 - 1300 x 1 = 14300.00. The cancellation part of the same request is allowed (extra_ok).",
     decisions=[dec("refund", "approve", "14300.00")], extra_ok=True)

# o14 maintenance annual day 14, rounding
owd_proj("Kaveri Textiles Maintenance", "web@kaveritextiles.com", "2025-09-16T10:00:00")
owd_pay("en_o231", "OWD-2025-832", "Kaveri Textiles Maintenance", "maintenance_annual", "11111.00", "2025-09-15T10:00:00", tax="1999.98",
        setup_fee=None, service_start="2025-09-16")
f = eml("o14", 1, "Kaveri Textiles <web@kaveritextiles.com>", OWD_TO, "Refund of annual maintenance plan", d(2025, 9, 30, 19, 0),
        "Dear team,\n\nWe have been acquired and the new parent company has its own web team. Please cancel the annual maintenance plan "
        "(Kaveri Textiles Maintenance, OWD-2025-832, Rs 11,111 + GST) and refund the balance.\n\nRegards\nS. Ramaswamy\n")
case("o14-maintenance-day14-rounding", [f], OWD, "decided",
     "O5: 2025-09-16 -> 2025-09-30 is day 14, inside; setup_fee 0; monthly_value = 11111/12 = 925.91666...; refund = 11111 - 925.91666... = 10185.08333... -> 10185.08 (C6 half-up, once). Cancellation part allowed (extra_ok).",
     decisions=[dec("refund", "approve", "10185.08")], extra_ok=True)

# o15 hosting day 15 -> deny
owd_proj("Indus Tiles Hosting", "admin@industiles.in", "2025-09-10T10:00:00")
owd_pay("en_o241", "OWD-2025-842", "Indus Tiles Hosting", "hosting_annual", "12000.00", "2025-09-14T10:00:00", tax="2160.00",
        setup_fee="1200.00", service_start="2025-09-15")
f = eml("o15", 1, "Indus Tiles <admin@industiles.in>", OWD_TO, "hosting refund OWD-2025-842", d(2025, 9, 30, 9, 0),
        "Hi - for Indus Tiles Hosting, we found cheaper hosting with our domain registrar. Please refund the annual hosting, we "
        "are within the first couple of weeks.\nThanks\n")
case("o15-hosting-day15", [f], OWD, "decided",
     "O5: service_start 2025-09-15, request 2025-09-30 = day 15 > 14: deny.",
     decisions=[dec("refund", "deny")], extra_ok=True)

# o16 hosting before service start
owd_proj("Lakeview Resort Hosting", "gm@lakeviewresort.in", None)
owd_pay("en_o251", "OWD-2025-852", "Lakeview Resort Hosting", "hosting_annual", "24000.00", "2025-09-25T10:00:00", tax="4320.00",
        setup_fee="3000.00", service_start="2025-10-10")
f = eml("o16", 1, "Lakeview GM <gm@lakeviewresort.in>", OWD_TO, "Refund Request — Lakeview Resort Hosting / OWD-2025-852", d(2025, 9, 29, 13, 0),
        "Hello,\n\nThe resort's new owners already have a hosting contract, so we won't need the annual hosting we paid for on 25 Sept "
        "(service was to start 10 Oct). Please refund what is refundable.\n\nGeneral Manager\nLakeview Resort\n")
case("o16-hosting-before-start", [f], OWD, "decided",
     "O5 + section 8 'before the service starts: consumed_months is 1': (24000 - 3000)/12 = 1750; refund 24000 - 3000 - 1750 = 19250.00.",
     decisions=[dec("refund", "approve", "19250.00")], extra_ok=True)

# o17 third party SSL/domain
owd_proj("Shree Ganesh Traders Site", "accounts@shreeganeshtraders.in", "2025-06-01T10:00:00")
owd_pay("en_o261", "OWD-2025-862", "Shree Ganesh Traders Site", "third_party", "4500.00", "2025-09-27T10:00:00", tax="810.00")
f = eml("o17", 1, "Shree Ganesh Traders <accounts@shreeganeshtraders.in>", OWD_TO, "domain + SSL renewal refund", d(2025, 9, 29, 11, 0),
        "Respected Sir,\n\nYou have renewed domain and SSL for Shree Ganesh Traders Site (invoice OWD-2025-862, Rs.4,500/-) without asking us. "
        "We did not want renewal as we are moving to a marketplace. Kindly refund.\n\nAccounts Dept.\n")
case("o17-third-party", [f], OWD, "decided", "O6: third_party (domain, SSL): deny, 'Non-refundable items'.",
     decisions=[dec("refund", "deny")])

# o18 rush fee
owd_proj("Monsoon Sale Landing", "marketing@rainbowretail.in", "2025-09-18T10:00:00")
owd_pay("en_o271", "OWD-2025-872", "Monsoon Sale Landing", "rush", "8000.00", "2025-09-18T10:00:00", tax="1440.00")
f = eml("o18", 1, "Rainbow Retail Marketing <marketing@rainbowretail.in>", OWD_TO, "Rush fee refund - Monsoon Sale Landing", d(2025, 9, 26, 17, 0),
        "Hi, we paid an expedite charge (OWD-2025-872) to get the Monsoon Sale Landing page live in 48 hours, but it went live a day "
        "late anyway. We want the rush fee back.\nMarketing, Rainbow Retail\n")
case("o18-rush", [f], OWD, "decided", "O6: rush fee never refundable: deny.", decisions=[dec("refund", "deny")])

# o19 change request
owd_proj("Tarang Music Academy Site", "director@tarangmusic.in", "2025-07-10T10:00:00")
owd_pay("en_o281", "OWD-2025-882", "Tarang Music Academy Site", "change_request", "6500.00", "2025-09-20T10:00:00", tax="1170.00")
f = eml("o19", 1, "Tarang Music <director@tarangmusic.in>", OWD_TO, "CR refund", d(2025, 9, 24, 15, 0),
        "Hello Optima, the change request for the fee-payment page on Tarang Music Academy Site (OWD-2025-882) was not what we asked "
        "for, and we no longer need that page. Please refund it.\n\nDirector\n")
case("o19-change-request", [f], OWD, "decided", "O6: change_request fees never refundable: deny.", decisions=[dec("refund", "deny")])

# o20 C2 wrong sender
owd_proj("Greenway Organics Shop", "founder@greenwayorganics.in", None)
owd_pay("en_o291", "OWD-2025-892", "Greenway Organics Shop", "deposit", "30000.00", "2025-09-29T10:00:00", tax="5400.00")
f = eml("o20", 1, "Meghna (Greenway) <meghna.greenway@gmail.com>", OWD_TO, "deposit refund pls", d(2025, 9, 30, 10, 0),
        "Hi, I'm the co-founder of Greenway Organics. We paid the deposit for Greenway Organics Shop yesterday (OWD-2025-892) and "
        "want to cancel, we picked Shopify instead. Please refund.\nMeghna\n")
case("o20-c2-not-contract-email", [f], OWD, "need_info",
     "C2 (Optima explicit: 'emailed from the contracting email'): meghna.greenway@gmail.com is not founder@greenwayorganics.in.",
     rules=["C2"])

# o21 C4 consumer court
owd_proj("Rathore Law Chambers Site", "office@rathorechambers.in", "2025-08-01T10:00:00")
owd_pay("en_o301", "OWD-2025-902", "Rathore Law Chambers Site", "milestone", "45000.00", "2025-09-01T10:00:00", tax="8100.00", milestone_status="completed")
f = eml("o21", 1, "Rathore Chambers <office@rathorechambers.in>", OWD_TO, "Notice regarding Rathore Law Chambers Site", d(2025, 9, 29, 12, 0),
        "Sir,\n\nThe website delivered against OWD-2025-902 is full of broken links and was not built to the agreed scope. Refund the "
        "milestone within 7 days, failing which we shall approach the consumer court.\n\nFor Rathore Law Chambers\n")
case("o21-c4-consumer-court", [f], OWD, "decided", "C4: consumer court mention -> escalate, whatever O3/O6 would say.",
     rules=["C4"], decisions=[dec("refund", "escalate")])

# o22 missing reason, retainer cancellation
owd_proj("Patel Pharma Ads Retainer", "digital@patelpharma.in", "2025-03-01T10:00:00")
owd_pay("en_o311", "OWD-2025-912", "Patel Pharma Ads Retainer", "retainer", "15000.00", "2025-09-20T10:00:00", tax="2700.00",
        next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
f = eml("o22", 1, "Patel Pharma Digital <digital@patelpharma.in>", OWD_TO, "Cancellation - Patel Pharma Ads Retainer - OWD-2025-912", d(2025, 9, 30, 15, 0),
        "Dear Optima WebDesign,\n\nPlease cancel the Patel Pharma Ads Retainer, invoice OWD-2025-912, with effect from the next cycle.\n\n"
        "Regards,\nDigital Team\nPatel Pharma Ltd.\n\nDISCLAIMER: This e-mail is confidential and may be privileged. If you are not the "
        "intended recipient please delete it.\n")
case("o22-cancel-no-reason", [f], OWD, "need_info",
     "Section 8: Optima requires a reason for cancellations too; project and invoice given, sender is the contract email; disclaimer is not a reason: missing [reason].",
     missing=["reason"])

# o23 thread: two projects, project+invoice asked then answered
owd_proj("Sharma Sweets Website", "amit@sharmasweets.in", "2025-07-01T10:00:00")
owd_proj("Sharma Sweets Delivery App", "amit@sharmasweets.in", None)
owd_pay("en_o321", "OWD-2025-922", "Sharma Sweets Website", "milestone", "20000.00", "2025-07-15T10:00:00", tax="3600.00", milestone_status="approved")
owd_pay("en_o322", "OWD-2025-923", "Sharma Sweets Delivery App", "deposit", "25000.00", "2025-09-28T18:00:00", tax="4500.00")
f1 = eml("o23", 1, "Amit Sharma <amit@sharmasweets.in>", OWD_TO, "refund", d(2025, 9, 29, 20, 0),
         "Hi, please refund the deposit I paid yesterday. Swiggy tie-up came through so we don't need our own app now. Amit\n")
f2 = eml("o23", 2, "Amit Sharma <amit@sharmasweets.in>", OWD_TO, "Re: refund [OWD-3310]", d(2025, 9, 30, 11, 0),
         "It's for Sharma Sweets Delivery App, invoice OWD-2025-923.\n\n> Which project and invoice is this about?\n", reply_to_first=True)
case("o23-thread-project-invoice", [f1, f2], OWD, "decided",
     "C3 thread; request time = first email 2025-09-29 20:00, deposit paid 2025-09-28 18:00: 26 h < 72 h, work not started (project's work_started_at empty): O2 approve 25000.00.",
     decisions=[dec("refund", "approve", "25000.00")])

# o24 forward by accountant naming contract email -> C2
owd_proj("Desai Associates Website", "ketan@desaiassociates.in", "2025-09-01T10:00:00")
owd_pay("en_o331", "OWD-2025-932", "Desai Associates Website", "retainer", "10000.00", "2025-09-12T10:00:00", tax="1800.00",
        next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
f = eml("o24", 1, "Desai Accounts <accounts@desaiassociates.in>", OWD_TO, "Fwd: Optima retainer", d(2025, 9, 29, 14, 0),
        "FYI - forwarding Ketan's note, please action.\n\n---------- Forwarded message ---------\nFrom: Ketan Desai <ketan@desaiassociates.in>\n"
        "Date: Mon, Sep 29, 2025 at 12:10 PM\nSubject: Optima retainer\nTo: Desai Accounts <accounts@desaiassociates.in>\n\n"
        "Please cancel the Optima retainer for Desai Associates Website (OWD-2025-932), contract email ketan@desaiassociates.in. "
        "We're merging with another firm and their agency will take over.\n\nKetan\n")
case("o24-c2-gmail-forward", [f], OWD, "need_info",
     "Forward names contract email ketan@desaiassociates.in, the sender is accounts@desaiassociates.in: C2 (section 8 'Forwards').",
     rules=["C2"])

# o25 newsletter / List-Id
f = eml("o25", 1, "WP Weekly <news@wpweekly.example>", OWD_TO, "This week: refund plugins, cancellations & more", d(2025, 9, 30, 6, 0),
        "This week in WordPress: 5 plugins to handle refunds in WooCommerce, how to process subscription cancellations, and more.\n\n"
        "Unsubscribe: https://wpweekly.example/u\n",
        headers={"List-Id": "WP Weekly <weekly.wpweekly.example>", "Precedence": "bulk",
                 "List-Unsubscribe": "<https://wpweekly.example/u>"})
case("o25-newsletter", [f], OWD, "ignore", "C7: List-Id / Precedence: bulk -> ignore.", rules=["C7"])

# o26 non-request: GST invoice copy
owd_proj("Agarwal CA Firm Site", "ca.agarwal@agarwalca.in", "2025-06-01T10:00:00")
owd_pay("en_o341", "OWD-2025-942", "Agarwal CA Firm Site", "milestone", "18000.00", "2025-09-10T10:00:00", tax="3240.00", milestone_status="completed")
f = eml("o26", 1, "CA Agarwal <ca.agarwal@agarwalca.in>", OWD_TO, "GST invoice copy", d(2025, 9, 30, 11, 0),
        "Hello, could you resend the GST invoice for OWD-2025-942 with our GSTIN 27AABCA1234F1Z5 printed on it? Needed for filing. Thanks.\n")
case("o26-gst-invoice-copy", [f], OWD, "other", "A billing question, neither refund nor cancellation: other.")

# o27 deposit status refunded/disputed -> escalate
owd_proj("Coastal Kayak Rentals Site", "bookings@coastalkayak.in", None)
owd_pay("en_o351", "OWD-2025-952", "Coastal Kayak Rentals Site", "deposit", "10000.00", "2025-09-29T10:00:00", tax="1800.00", status="failed")
f = eml("o27", 1, "Coastal Kayak <bookings@coastalkayak.in>", OWD_TO, "Refund Request — Coastal Kayak Rentals Site / OWD-2025-952", d(2025, 9, 30, 9, 0),
        "Hi, monsoon extended and we're shutting down bookings this year, so we're dropping the website. Please refund the deposit "
        "on OWD-2025-952 (my bank shows it debited even though your portal said 'failed').\nThanks, Joel\n")
case("o27-payment-not-paid", [f], OWD, "decided",
     "Section 8 'Payments not paid (failed...): a refund of one is escalated'.",
     decisions=[dec("refund", "escalate")])

# o28 subject format only, hypothetical before signing -> other
f = eml("o28", 1, "Nisha Kulkarni <nisha@kulkarnidecor.in>", OWD_TO, "Question about refunds before we sign", d(2025, 9, 30, 16, 30),
        "Hi Optima team,\n\nWe're comparing two agencies for our decor e-store. If we pay the booking deposit and then change our mind "
        "within a day, would we get it back? And is hosting refundable if we cancel in the first month?\n\nThanks,\nNisha\n")
case("o28-hypothetical-prospect", [f], OWD, "other",
     "Hypothetical policy question before buying (section 8): other. A prospect 'before buying' is by definition not in the ledger, so section 8 settles this very sender; an 'other' case gets no policy draft, so no C2 draft either.")

# o29 Apple Mail forward of own earlier mail, milestone not_started, from contract email
owd_proj("Bose Photography Portfolio", "arnab@bosephoto.in", "2025-09-05T10:00:00")
owd_pay("en_o361", "OWD-2025-962", "Bose Photography Portfolio", "milestone", "12500.00", "2025-09-20T10:00:00", tax="2250.00", milestone_status="not_started")
f = eml("o29", 1, "Arnab Bose <arnab@bosephoto.in>", OWD_TO, "Fwd: Refund for gallery milestone", d(2025, 9, 30, 8, 45),
        "Resending in case this got lost - no reply in 4 days.\n\nBegin forwarded message:\n\n"
        "From: Arnab Bose <arnab@bosephoto.in>\nSubject: Refund for gallery milestone\nDate: 26 September 2025 at 10:02:11 PM GMT+5:30\n"
        "To: optimawebdesigns12@gmail.com\n\nHi,\n\nFor the Bose Photography Portfolio, please refund the client-gallery milestone "
        "(OWD-2025-962). I've decided to use Pixieset for client galleries, so that part is no longer needed. The portfolio part continues.\n\n"
        "Arnab\n\nSent from my iPad\n")
case("o29-apple-forward-own", [f], OWD, "decided",
     "Forward from the contract email of the customer's own request (no other address named): O3 milestone not_started -> approve 12500.00. Request time is this email's Date (2025-09-30); the milestone is not_started either way.",
     decisions=[dec("refund", "approve", "12500.00")])

# o30 setup fee only
owd_proj("Hari Om Caterers Site", "hariom.caterers@hariomcaterers.in", "2025-09-01T10:00:00")
owd_pay("en_o371", "OWD-2025-972", "Hari Om Caterers Site", "setup", "3000.00", "2025-09-29T10:00:00", tax="540.00")
f = eml("o30", 1, "Hari Om Caterers <hariom.caterers@hariomcaterers.in>", OWD_TO, "setup fee refund OWD-2025-972", d(2025, 9, 30, 12, 0),
        "Sir, the email setup you charged (OWD-2025-972) for Hari Om Caterers Site is not needed, our nephew already set up Google Workspace. "
        "Please return 3000 rupees.\n")
case("o30-setup-fee", [f], OWD, "decided", "O6: setup/activation fee never refundable: deny.", decisions=[dec("refund", "deny")])

# o31 own brand address sends -> C7
f = eml("o31", 1, "Optima WebDesign Billing <billing@optimawebdesign.com>", OWD_TO, "Refund processed - Peak Fitness", d(2025, 9, 30, 13, 0),
        "Internal: refund for the Peak Fitness milestone was declined per policy; please file the thread.\n")
case("o31-own-address", [f], OWD, "ignore", "C7: the brand's own address (billing@optimawebdesign.com) -> ignore.", rules=["C7"])

# o32 retainer cancel + lawyer
owd_proj("Mehra Builders Leads Retainer", "projects@mehrabuilders.in", "2025-02-01T10:00:00")
owd_pay("en_o381", "OWD-2025-982", "Mehra Builders Leads Retainer", "retainer", "25000.00", "2025-09-10T10:00:00", tax="4500.00",
        next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
f = eml("o32", 1, "Mehra Builders <projects@mehrabuilders.in>", OWD_TO, "Termination of retainer", d(2025, 9, 29, 18, 0),
        "Optima team,\n\nWe hereby terminate the Mehra Builders Leads Retainer (OWD-2025-982); the ads have produced zero site visits "
        "in three months. Our lawyer has advised us to withhold further payments and we will recover the fees for the last quarter if needed.\n\n"
        "R. Mehra\n")
case("o32-c4-lawyer-cancel", [f], OWD, "decided",
     "C4: mention of a lawyer escalates the whole case, the cancellation included (section 8).",
     rules=["C4"], decisions=[dec("cancellation", "escalate")], extra_ok=True)


# o33 retainer next cycle already paid, enough notice -> escalate
owd_proj("Fernandes Bakery Social Retainer", "orders@fernandesbakery.in", "2025-06-15T10:00:00")
owd_pay("en_o391", "OWD-2025-992", "Fernandes Bakery Social Retainer", "retainer", "11000.00", "2025-09-15T10:00:00", tax="1980.00",
        next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
owd_pay("en_o392", "OWD-2025-993", "Fernandes Bakery Social Retainer", "retainer", "11000.00", "2025-09-25T10:00:00", tax="1980.00",
        next_billing_at="2025-11-15T00:00:00", ps="2025-10-15", pe="2025-11-14")
f = eml("o33", 1, "Fernandes Bakery <orders@fernandesbakery.in>", OWD_TO, "Cancel social retainer - Fernandes Bakery Social Retainer", d(2025, 9, 29, 10, 0),
        "Hi Optima,\n\nWe'd like to end the Fernandes Bakery Social Retainer after the current month; our daughter is back from college and will run "
        "the Instagram page. I think we already paid October's fee in advance last week (OWD-2025-993).\n\nThanks,\nMaria Fernandes\n")
case("o33-retainer-paid-ahead", [f], OWD, "decided",
     "Section 8 'Retainer paid in advance': the next cycle (2025-10-15..2025-11-14, OWD-2025-993) is already paid and notice is at least 7 days (2025-09-29 <= 2025-10-08): escalate (O4).",
     decisions=[dec("cancellation", "escalate")], extra_ok=True)

(HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                             ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(cases), "cases")
