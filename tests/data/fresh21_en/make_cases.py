#!/usr/bin/env python3
"""fresh21 held-out cases (en, qa21c): stdlib only, deterministic. Run: python3 make_cases.py"""
# ---- shared helpers (stdlib only; duplicated in each language's make_cases.py) ----
import json, email.utils
from email.message import EmailMessage
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
PLANS = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
FILES = {}


def cust(email_, name, plan, start=None, end=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email_, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email_, plan, paid_at, ps, pe, status="paid"):
    amt, tax = PLANS[plan]
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email_,
                               "kind": "subscription", "plan": plan, "amount": amt, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": contract,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


def tz(off):
    sign = -1 if off[0] == "-" else 1
    h, m = off[1:].split(":")
    return timezone(sign * timedelta(hours=int(h), minutes=int(m)))


def mail(fname, frm, to, subj, body, ist, off, html=None, reply_to=None, parent=None, refs=(), headers=None,
         mid=None):
    """ist: the moment in Asia/Kolkata ('2025-09-24 11:05'); off: the sender's own UTC offset."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    dt = datetime.fromisoformat(ist).replace(tzinfo=IST).astimezone(tz(off))
    m["Date"] = email.utils.format_datetime(dt)
    dom = frm.split("@")[-1].strip(">").strip() if "@" in frm else "localhost"
    mid = mid or f"<{fname.replace('.eml', '')}.{dt.strftime('%H%M%S')}@{dom}>"
    m["Message-ID"] = mid
    if reply_to:
        m["Reply-To"] = reply_to
    if parent:
        m["In-Reply-To"] = parent
        m["References"] = " ".join(list(refs) + [parent])
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    FILES["emails/" + fname] = m.as_bytes(policy=m.policy.clone(linesep="\r\n"))
    return mid


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        d["effective_date"] = eff
    return d


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None, lang=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": ["emails/" + f for f in files],
         "brand": {"lo": "leadsoptima", "ow": "optima_webdesign"}[brand], "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = list(missing)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def write():
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    for c in CASES:
        for f in c["files"]:
            assert f in FILES, f
    print(len(CASES), "cases,", len(FILES), "emails")
# ---- end of helpers ----
LANG = "en"
SIG_DISC = ("\n\n--\nThis e-mail and any attachments are confidential and intended solely for the addressee. "
            "If you have received it in error please notify the sender and delete it. Views expressed are "
            "those of the author and not of the company.\n")

# ------------------------------------------------------------------ LeadsOptima
# l01 duplicate, India, approve
cust("rohan.mehta@kalpataru-realty.in", "Rohan Mehta", "monthly", "2025-09-25", "2025-10-24")
lopay("en_p01a", "LO-INV-5101", "rohan.mehta@kalpataru-realty.in", "monthly", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
lopay("en_p01b", "LO-INV-5102", "rohan.mehta@kalpataru-realty.in", "monthly", "2025-09-25T10:04:00", "2025-09-25", "2025-10-24")
mail("l01-double-debit.eml", "Rohan Mehta <rohan.mehta@kalpataru-realty.in>", LO_TO,
     "Amount debited twice - LO-INV-5102",
     "Hi team,\n\nRs 1,768.82 got debited twice from my HDFC card on 25th for the monthly plan, two messages "
     "came within 2 mins. Second invoice is LO-INV-5102. Please reverse the extra one.\n\nThanks\nRohan\nPune",
     "2025-09-26 09:40", "+05:30")
case("l01-double-debit", "lo", ["l01-double-debit.eml"], "decided", [D("refund", "approve", "1499.00")],
     spec="L2 duplicate, L3 day 1, L4: pair 5101/5102 same period, refund 1499.00 before tax (C6).")

# l02 duplicate, day 7 exactly (US Pacific)
cust("kwillis@harborlinemarine.com", "Kate Willis", "annual", "2025-09-18", "2026-09-17")
lopay("en_p02a", "LO-INV-5111", "kwillis@harborlinemarine.com", "annual", "2025-09-18T21:10:00", "2025-09-18", "2026-09-17")
lopay("en_p02b", "LO-INV-5112", "kwillis@harborlinemarine.com", "annual", "2025-09-18T21:11:00", "2025-09-18", "2026-09-17")
mail("l02-day-seven.eml", "Kate Willis <kwillis@harborlinemarine.com>", LO_TO,
     "Annual plan billed two times??",
     "Hello,\n\nOur Amex shows the annual subscription went through twice on the 18th, a minute apart. "
     "Invoice numbers LO-INV-5111 and LO-INV-5112. We only have the one account so I'd like the second "
     "one refunded please.\n\nKate Willis\nOffice Manager, Harborline Marine\nSan Diego, CA",
     "2025-09-25 21:30", "-07:00")
case("l02-day-seven", "lo", ["l02-day-seven.eml"], "decided", [D("refund", "approve", "11988.00")],
     spec="L3: charge 2025-09-18 IST, request 2025-09-25 21:30 IST (09:00 PDT) = day 7, inside; L4 refund 11988.00.")

# l03 duplicate, day 8 in IST though day 7 in sender's zone (US Eastern)
cust("dnorris@bluefinch.co", "Dana Norris", "monthly", "2025-09-10", "2025-10-09")
lopay("en_p03a", "LO-INV-5121", "dnorris@bluefinch.co", "monthly", "2025-09-10T20:00:00", "2025-09-10", "2025-10-09")
lopay("en_p03b", "LO-INV-5122", "dnorris@bluefinch.co", "monthly", "2025-09-10T20:01:00", "2025-09-10", "2025-10-09")
mail("l03-day-eight.eml", "Dana Norris <dnorris@bluefinch.co>", LO_TO,
     "duplicate charge LO-INV-5122",
     "hey - got charged twice on the 10th for the monthly plan (5121 and 5122). i'm within your 7 days "
     "so pls refund the dupe. thx\n\nDana\nsent from my iPhone",
     "2025-09-18 06:30", "-04:00")
case("l03-day-eight", "lo", ["l03-day-eight.eml"], "decided", [D("refund", "deny")],
     spec="L3: charge 2025-09-10 20:00 IST; email 2025-09-17 21:00 EDT = 2025-09-18 06:30 IST = day 8 in the brand zone: deny.")

# l04 three identical charges, one outside the window (UK)
cust("accounts@thimbleandthread.co.uk", "Thimble & Thread Ltd", "quarterly", "2025-09-15", "2025-12-14")
for pid, inv, t in (("en_p04a", "LO-INV-5131", "2025-09-15T11:00:00"), ("en_p04b", "LO-INV-5132", "2025-09-19T11:00:00"),
                    ("en_p04c", "LO-INV-5133", "2025-09-24T11:00:00")):
    lopay(pid, inv, "accounts@thimbleandthread.co.uk", "quarterly", t, "2025-09-15", "2025-12-14")
mail("l04-three-charges.eml", "Thimble & Thread Accounts <accounts@thimbleandthread.co.uk>", LO_TO,
     "Quarterly subscription taken THREE times",
     "Good afternoon,\n\nReconciling the September statement I find the quarterly subscription has been "
     "collected three times for the same quarter (15, 19 and 24 September; the last is LO-INV-5133). "
     "We are charged twice over and would be grateful for the surplus to be returned.\n\nKind regards,\n"
     "Gillian Hart\nAccounts, Thimble & Thread Ltd, Leeds" + SIG_DISC,
     "2025-09-27 15:15", "+01:00")
case("l04-three-charges", "lo", ["l04-three-charges.eml"], "decided", [D("refund", "approve", "3999.00")],
     spec="Sec 8 three identical charges: 5132 (09-19, day 8 from 09-27) is outside L3, 5133 (day 3) inside: refund 3999.00.")

# l05 billing error: wrong plan (Canada)
cust("mlabelle@northshorephysio.ca", "Marc Labelle", "annual", "2025-09-22", "2026-09-21")
lopay("en_p05", "LO-INV-5141", "mlabelle@northshorephysio.ca", "annual", "2025-09-22T08:30:00", "2025-09-22", "2026-09-21")
mail("l05-wrong-plan.eml", "Marc Labelle <mlabelle@northshorephysio.ca>", LO_TO,
     "Billed for annual instead of monthly - LO-INV-5141",
     "Hi there,\n\nI clicked renew on the monthly and got billed for the annual instead of the monthly, "
     "11,988 rupees plus tax (about CAD 190). Invoice LO-INV-5141. Can you fix this and refund the difference?\n\n"
     "Marc\nNorth Shore Physio, Vancouver",
     "2025-09-24 20:05", "-07:00")
case("l05-wrong-plan", "lo", ["l05-wrong-plan.eml"], "decided", [D("refund", "escalate")],
     spec="L2 billing_error, L3 day 2, L5 escalate; no amount (sec 8).")

# l06 charged after cancelling (Ireland)
cust("siobhan@corkcraftbeer.ie", "Siobhan Kelleher", "monthly", "2025-09-28", "2025-10-27", status="cancelled")
lopay("en_p06", "LO-INV-5151", "siobhan@corkcraftbeer.ie", "monthly", "2025-09-28T06:00:00", "2025-09-28", "2025-10-27")
mail("l06-after-cancel.eml", "Siobhan Kelleher <siobhan@corkcraftbeer.ie>", LO_TO,
     "Still being charged after I cancelled",
     "Hiya,\n\nI cancelled the monthly back in August, I have the confirmation mail, and ye still took "
     "another payment off me on Sunday (LO-INV-5151). That's not on. I was charged after I cancelled so I "
     "want it back please.\n\nSiobhan\nCork",
     "2025-09-29 14:20", "+01:00")
case("l06-after-cancel", "lo", ["l06-after-cancel.eml"], "decided", [D("refund", "escalate")],
     spec="L2 billing_error ('charged after I cancelled'), day 1, L5 escalate.")

# l07 access failure (Kenya)
cust("wanjiru@savannahleads.co.ke", "Wanjiru Kamau", "quarterly", "2025-09-20", "2025-12-19")
lopay("en_p07", "LO-INV-5161", "wanjiru@savannahleads.co.ke", "quarterly", "2025-09-20T12:00:00", "2025-09-20", "2025-12-19")
mail("l07-not-loading.eml", "Wanjiru Kamau <wanjiru@savannahleads.co.ke>", LO_TO,
     "Dashboard not loading since renewal",
     "Dear Sir/Madam,\n\nSince we renewed on Saturday the dashboard is not loading, it just spins. We have "
     "tried Chrome, Edge and two different networks (Safaricom and office fibre). Your chat agent said it "
     "is being looked at but nothing. We have paid Invoice LO-INV-5161 for a service we cannot use; kindly "
     "refund.\n\nRegards,\nWanjiru Kamau\nNairobi",
     "2025-09-23 11:00", "+03:00")
case("l07-not-loading", "lo", ["l07-not-loading.eml"], "decided", [D("refund", "escalate")],
     spec="L2 access_failure, L3 day 3, L6 escalate.")

# l08 access failure outside window (Australia)
cust("tom@bondibrew.com.au", "Tom Farrell", "monthly", "2025-09-01", "2025-09-30")
lopay("en_p08", "LO-INV-5171", "tom@bondibrew.com.au", "monthly", "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")
mail("l08-late-access.eml", "Tom Farrell <tom@bondibrew.com.au>", LO_TO,
     "can't log in - refund",
     "G'day, been locked out of my account for a fortnight now, password reset emails never turn up. "
     "Reckon I should get this month back, invoice LO-INV-5171.\n\nCheers\nTom",
     "2025-09-20 08:00", "+10:00")
case("l08-late-access", "lo", ["l08-late-access.eml"], "decided", [D("refund", "deny")],
     spec="L2 access_failure but charge 2025-09-01, request 2025-09-20 IST = day 19 > 7: L3 deny.")

# l09 changed mind (Singapore)
cust("jolene.tan@kopibytes.sg", "Jolene Tan", "annual", "2025-09-23", "2026-09-22")
lopay("en_p09", "LO-INV-5181", "jolene.tan@kopibytes.sg", "annual", "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
mail("l09-changed-mind.eml", "Jolene Tan <jolene.tan@kopibytes.sg>", LO_TO,
     "Refund for annual plan pls",
     "Hi, paid annual plan on Tues (LO-INV-5181) but boss decided we go with another CRM already. "
     "We haven't even imported any leads yet leh. Can refund the full amount? Thank you!\n\nJolene",
     "2025-09-25 16:45", "+08:00")
case("l09-changed-mind", "lo", ["l09-changed-mind.eml"], "decided", [D("refund", "deny")],
     spec="L1: changed mind / not used is not an L2 exception: deny, cancellation offered.")

# l10 too expensive (Philippines), no invoice: one charge so filled from ledger
cust("mae.santos@islandhomes.ph", "Mae Santos", "quarterly", "2025-09-26", "2025-12-25")
lopay("en_p10", "LO-INV-5191", "mae.santos@islandhomes.ph", "quarterly", "2025-09-26T13:00:00", "2025-09-26", "2025-12-25")
mail("l10-too-pricey.eml", "Mae Santos <mae.santos@islandhomes.ph>", LO_TO,
     "Request for refund po",
     "Good day po! I would like to request a refund of my quarterly subscription because it is too "
     "expensive for our small team, we will just use spreadsheets muna. Hoping for your kind "
     "consideration. God bless!\n\nMae Santos\nCebu City",
     "2025-09-28 19:00", "+08:00")
case("l10-too-pricey", "lo", ["l10-too-pricey.eml"], "decided", [D("refund", "deny")],
     spec="L1 'too expensive': deny; invoice filled from the verified sender's only charge (sec 1).")

# l11 trial (US)
cust("brent.k@oakridgeroofing.us", "Brent Kowalski", "monthly", status="trial", trial_ends="2025-10-06")
mail("l11-trial.eml", "Brent Kowalski <brent.k@oakridgeroofing.us>", LO_TO,
     "refund my trial charge",
     "I'm on the free trial and I think you guys took money for it, I want that refunded. Not "
     "using the tool, my crew doesn't like it.\n-Brent",
     "2025-09-27 02:00", "-05:00")
case("l11-trial", "lo", ["l11-trial.eml"], "decided", [D("refund", "deny")],
     spec="L7: trial account, no charges in the ledger: deny (nothing to refund; no billing unless they subscribe).")

# l12 cancel with period end (UK)
cust("ben@harrowgatejoinery.co.uk", "Ben Whitaker", "quarterly", "2025-08-10", "2025-11-09")
lopay("en_p12", "LO-INV-5201", "ben@harrowgatejoinery.co.uk", "quarterly", "2025-08-10T09:00:00", "2025-08-10", "2025-11-09")
mail("l12-cancel-quarterly.eml", "Ben Whitaker <ben@harrowgatejoinery.co.uk>", LO_TO,
     "Cancellation",
     "Hello,\n\nPlease would you cancel our subscription. We've been taken over and the new owners use "
     "HubSpot. No need to refund anything, we'll use it until the quarter runs out.\n\nMany thanks,\nBen "
     "Whitaker\nHarrogate Joinery",
     "2025-09-24 10:00", "+01:00")
case("l12-cancel-quarterly", "lo", ["l12-cancel-quarterly.eml"], "decided",
     [D("cancellation", "cancel", eff="2025-11-09")],
     spec="L8: cancel, effective current_period_end 2025-11-09; 'no need to refund' adds no refund (sec 8 negation).")

# l13 cancel fallback (Australia, Perth)
cust("lauren@swanvalleywines.com.au", "Lauren Price", "monthly")
lopay("en_p13a", "LO-INV-5211", "lauren@swanvalleywines.com.au", "monthly", "2025-08-05T09:00:00", "2025-08-05", "2025-09-04")
lopay("en_p13b", "LO-INV-5212", "lauren@swanvalleywines.com.au", "monthly", "2025-09-05T09:00:00", "2025-09-05", "2025-10-04")
mail("l13-cancel-fallback.eml", "Lauren Price <lauren@swanvalleywines.com.au>", LO_TO,
     "please stop my subscription",
     "Hi team\n\nVintage is over and we won't need the lead tool till next year so please stop the "
     "monthly subscription from here on.\n\nThanks heaps\nLauren",
     "2025-09-22 13:00", "+08:00")
case("l13-cancel-fallback", "lo", ["l13-cancel-fallback.eml"], "decided",
     [D("cancellation", "cancel", eff="2025-10-04")],
     spec="L8 fallback: no current_period_end; last charge 2025-09-05 + 1 month - 1 day = 2025-10-04.")

# l14 cancel one-liner, no reason (Canada)
cust("t.nguyen@maplecrestdental.ca", "Thao Nguyen", "annual", "2025-03-01", "2026-02-28")
lopay("en_p14", "LO-INV-5221", "t.nguyen@maplecrestdental.ca", "annual", "2025-03-01T09:00:00", "2025-03-01", "2026-02-28")
mail("l14-cancel-oneliner.eml", "Thao Nguyen <t.nguyen@maplecrestdental.ca>", LO_TO,
     "cancel", "cancel my sub pls, dont auto renew\n\nSent from my Galaxy", "2025-09-29 22:00", "-06:00")
case("l14-cancel-oneliner", "lo", ["l14-cancel-oneliner.eml"], "decided",
     [D("cancellation", "cancel", eff="2026-02-28")],
     spec="L8: cancellation needs no reason (sec 3); plan from ledger; effective 2026-02-28.")

# l15 C2 gmail naming registered address
cust("ops@brightpathtutors.in", "BrightPath Tutors", "monthly", "2025-09-21", "2025-10-20")
lopay("en_p15a", "LO-INV-5231", "ops@brightpathtutors.in", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("en_p15b", "LO-INV-5232", "ops@brightpathtutors.in", "monthly", "2025-09-21T10:01:00", "2025-09-21", "2025-10-20")
mail("l15-c2-gmail.eml", "Arjun Pillai <arjun.pillai88@gmail.com>", LO_TO,
     "double payment on ops account",
     "Hello, writing from my personal id since office mail is down. Our registered email is "
     "ops@brightpathtutors.in. We were charged twice on 21 Sep, invoice LO-INV-5232. Please refund to the "
     "card.\n\nArjun Pillai, Kochi",
     "2025-09-23 12:00", "+05:30")
case("l15-c2-gmail", "lo", ["l15-c2-gmail.eml"], "need_info", rules=["C2"],
     spec="C2: From differs from the registered email it names: ask to write from ops@...; no account details.")

# l16 C2 via +tag
cust("priya.nair@lotuslabs.io", "Priya Nair", "monthly", "2025-09-20", "2025-10-19")
lopay("en_p16", "LO-INV-5241", "priya.nair@lotuslabs.io", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
mail("l16-c2-plus-tag.eml", "Priya Nair <priya.nair+billing@lotuslabs.io>", LO_TO,
     "Can't access account, refund LO-INV-5241",
     "Hi, our team cannot log in since the 20th — 'session expired' loop. Please refund LO-INV-5241.\n\nPriya",
     "2025-09-22 10:00", "+05:30")
case("l16-c2-plus-tag", "lo", ["l16-c2-plus-tag.eml"], "need_info", rules=["C2"],
     spec="Sec 8 addresses: +billing makes another address, not the registered one: C2.")

# l17 C2 via Reply-To
cust("finance@kiplinglogistics.co.ke", "Kipling Logistics", "annual", "2025-09-19", "2026-09-18")
lopay("en_p17", "LO-INV-5251", "finance@kiplinglogistics.co.ke", "annual", "2025-09-19T10:00:00", "2025-09-19", "2026-09-18")
mail("l17-c2-replyto.eml", "Otieno Ochieng <otieno.ochieng@yahoo.com>", LO_TO,
     "Wrong amount charged LO-INV-5251",
     "Greetings,\n\nWe were charged the wrong amount on invoice LO-INV-5251, we agreed on the monthly. "
     "Please reply to the finance address.\n\nOtieno", "2025-09-21 09:00", "+03:00",
     reply_to="finance@kiplinglogistics.co.ke")
case("l17-c2-replyto", "lo", ["l17-c2-replyto.eml"], "need_info", rules=["C2"],
     spec="Sec 8: Reply-To never verifies; sender yahoo address is not on record: C2.")

# l18 C4 chargeback + cancel (Nigeria)
cust("chidi@lagosprintworks.ng", "Chidi Okafor", "monthly", "2025-09-15", "2025-10-14")
lopay("en_p18", "LO-INV-5261", "chidi@lagosprintworks.ng", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
mail("l18-c4-chargeback.eml", "Chidi Okafor <chidi@lagosprintworks.ng>", LO_TO,
     "CANCEL NOW + refund",
     "Cancel my account with immediate effect and refund LO-INV-5261. The leads you sell are rubbish, "
     "half the numbers are switched off. If I don't hear from you by Friday I will do a chargeback with "
     "my bank, simple.\n\nChidi Okafor\nLagos", "2025-09-20 15:00", "+01:00")
case("l18-c4-chargeback", "lo", ["l18-c4-chargeback.eml"], "decided",
     [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
     spec="C4 chargeback threat covers the whole case (sec 8): refund and cancellation both escalate.")

# l19 C4 consumer forum on a genuine duplicate
cust("sandeep@gurukripa-traders.in", "Sandeep Agarwal", "quarterly", "2025-09-24", "2025-12-23")
lopay("en_p19a", "LO-INV-5271", "sandeep@gurukripa-traders.in", "quarterly", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
lopay("en_p19b", "LO-INV-5272", "sandeep@gurukripa-traders.in", "quarterly", "2025-09-24T10:00:30", "2025-09-24", "2025-12-23")
mail("l19-c4-consumer-forum.eml", "Sandeep Agarwal <sandeep@gurukripa-traders.in>", LO_TO,
     "Duplicate debit LO-INV-5272 — final reminder",
     "Sir,\n\nThis is my third mail. Rs. 4,718.82 deducted twice on 24/09/2025 for the quarterly plan "
     "(LO-INV-5271 & LO-INV-5272). Nobody is responding. If the amount is not credited back in 48 hours I "
     "will approach the consumer forum.\n\nSandeep Agarwal\nGurukripa Traders, Jaipur",
     "2025-09-26 18:00", "+05:30")
case("l19-c4-consumer-forum", "lo", ["l19-c4-consumer-forum.eml"], "decided", [D("refund", "escalate")],
     rules=["C4"], spec="C4 consumer forum mention: escalate even though L4 would approve.")

# l20 C7 out of office (Ireland)
mail("l20-c7-ooo.eml", "Niamh Byrne <niamh@galwaygreens.ie>", LO_TO, "Out of Office: Re: Your invoice LO-INV-5281",
     "Thanks for your email. I'm on annual leave until Monday 6 October with limited access to email. "
     "For anything urgent re: billing or refunds please contact Declan.\n\nNiamh",
     "2025-09-26 12:00", "+01:00", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l20-c7-ooo", "lo", ["l20-c7-ooo.eml"], "ignore", rules=["C7"],
     spec="C7: Auto-Submitted auto-replied; the words refund/billing do not matter.")

# l21 C7 bounce
mail("l21-c7-bounce.eml", "Mail Delivery Subsystem <MAILER-DAEMON@mx.googlemail.com>", LO_TO,
     "Delivery Status Notification (Failure)",
     "** Address not found **\n\nYour message to refunds@old-client.example couldn't be delivered.\n\n"
     "----- Original message -----\nSubject: Your refund request [LO-1188]\n",
     "2025-09-25 08:00", "+00:00")
case("l21-c7-bounce", "lo", ["l21-c7-bounce.eml"], "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender (delivery-status report).")

# l22 C7 list mail
mail("l22-c7-list.eml", "SaaS Founders Digest <digest@saasfounders.news>", LO_TO,
     "This week: how to cut churn and handle refund requests",
     "Top stories: 1) Why refunds and chargebacks spike in Q4 ... unsubscribe at the link below.",
     "2025-09-27 06:00", "-04:00",
     headers={"List-Id": "SaaS Founders Digest <digest.saasfounders.news>", "Precedence": "bulk",
              "List-Unsubscribe": "<https://saasfounders.news/u/x>"})
case("l22-c7-list", "lo", ["l22-c7-list.eml"], "ignore", rules=["C7"], spec="C7: List-Id and Precedence bulk.")

# l23 negation + invoice copy request
cust("harpreet@phulkariexports.in", "Harpreet Kaur", "annual", "2025-09-12", "2026-09-11")
lopay("en_p23", "LO-INV-5291", "harpreet@phulkariexports.in", "annual", "2025-09-12T10:00:00", "2025-09-12", "2026-09-11")
mail("l23-not-refund.eml", "Harpreet Kaur <harpreet@phulkariexports.in>", LO_TO,
     "GST invoice needed (not a refund request)",
     "Hello,\n\nI am NOT asking for a refund or cancellation, we are happy with the tool. Only our CA needs "
     "the invoice for LO-INV-5291 with our GSTIN 03ABCDE1234F1Z5 printed on it. Kindly resend.\n\nHarpreet Kaur\nLudhiana",
     "2025-09-25 11:00", "+05:30")
case("l23-not-refund", "lo", ["l23-not-refund.eml"], "other",
     spec="Sec 8 negation: no refund or cancellation intent; an invoice question is 'other'.")

# l24 hypothetical pre-purchase
mail("l24-would-i-get.eml", "Sam Okonkwo <sam.okonkwo@outlook.com>", LO_TO, "Question before buying annual",
     "Hi! Thinking of taking the annual plan for our estate agency in Abuja. If we buy and it doesn't work "
     "for us, would we get a refund? And can we cancel anytime?\n\nSam", "2025-09-28 10:00", "+01:00")
case("l24-would-i-get", "lo", ["l24-would-i-get.eml"], "other",
     spec="Sec 8 hypothetical before buying: a policy question, 'other'.")

# l25 thank-you after refund
cust("grace.lim@orchidevents.sg", "Grace Lim", "monthly", "2025-09-14", "2025-10-13")
lopay("en_p25", "LO-INV-5301", "grace.lim@orchidevents.sg", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
mail("l25-thanks.eml", "Grace Lim <grace.lim@orchidevents.sg>", LO_TO, "Re: Your refund has been processed [LO-1193]",
     "Received the refund for the double charge in my account today, thank you so much for the fast "
     "help! Have a great weekend :)\n\nGrace", "2025-09-27 09:00", "+08:00",
     parent="<lo-1193.reply@leadsoptima.com>")
case("l25-thanks", "lo", ["l25-thanks.eml"], "other", spec="A thank-you after a past refund asks for nothing: 'other'.")

# l26 missing reason (restatement + disclaimer), two charges so invoice given
cust("rkrishnan@tejasengg.com", "R. Krishnan", "quarterly", "2025-09-01", "2025-11-30")
lopay("en_p26a", "LO-INV-5311", "rkrishnan@tejasengg.com", "quarterly", "2025-06-01T10:00:00", "2025-06-01", "2025-08-31")
lopay("en_p26b", "LO-INV-5312", "rkrishnan@tejasengg.com", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
mail("l26-no-reason.eml", "R. Krishnan <rkrishnan@tejasengg.com>", LO_TO, "Refund - LO-INV-5312",
     "Dear Sir/Madam,\n\nKindly process the refund for invoice LO-INV-5312 at the earliest. Please do the "
     "needful.\n\nThanks & Regards,\nR. Krishnan\nSr. Manager - Purchase\nTejas Engineering Pvt Ltd, Chennai" + SIG_DISC,
     "2025-09-05 10:00", "+05:30")
case("l26-no-reason", "lo", ["l26-no-reason.eml"], "need_info", missing=["reason"],
     spec="C3 / sec 8: 'kindly process the refund', 'do the needful', signature, disclaimer are not reasons; plan from ledger, invoice stated.")

# l27 thread: first mail day 5 no reason, answer on day 9 -> window from first mail
cust("fiona@kilkennyknits.ie", "Fiona Walsh", "quarterly", "2025-09-10", "2025-12-09")
lopay("en_p27a", "LO-INV-5321", "fiona@kilkennyknits.ie", "quarterly", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
lopay("en_p27b", "LO-INV-5322", "fiona@kilkennyknits.ie", "quarterly", "2025-09-10T09:03:00", "2025-09-10", "2025-12-09")
a = mail("l27a-refund.eml", "Fiona Walsh <fiona@kilkennyknits.ie>", LO_TO, "Refund LO-INV-5322",
         "Hi, could I get a refund on LO-INV-5322 please.\nFiona", "2025-09-15 16:30", "+01:00")
mail("l27b-answer.eml", "Fiona Walsh <fiona@kilkennyknits.ie>", LO_TO, "Re: Refund LO-INV-5322 [LO-1201]",
     "Sorry for the slow reply, was away. The reason is I was charged twice the same morning, 5321 "
     "and 5322, for the same quarter.\n\nFiona\n\nOn Mon 15 Sep 2025, LeadsOptima Support wrote:\n> Please tell "
     "us the reason for the refund.\n> Hi, could I get a refund on LO-INV-5322 please.",
     "2025-09-19 12:00", "+01:00", parent="<lo-1201.ask@leadsoptima.com>", refs=(a,))
case("l27-thread-late-answer", "lo", ["l27a-refund.eml", "l27b-answer.eml"], "decided",
     [D("refund", "approve", "3999.00")],
     spec="C3 merge; request time = first email 2025-09-15 (day 5), answer on day 9 does not move it: L4 approve 3999.00.")

# l28 forward naming boss's registered address (C2 via forward)
cust("md@sunrisehomes.co.in", "V. Reddy", "annual", "2025-09-22", "2026-09-21")
lopay("en_p28", "LO-INV-5331", "md@sunrisehomes.co.in", "annual", "2025-09-22T10:00:00", "2025-09-22", "2026-09-21")
mail("l28-fwd-c2.eml", "Lakshmi (PA to MD) <pa.md@sunrisehomes.co.in>", LO_TO, "FW: LeadsOptima login",
     "Please see below and do the needful.\n\nLakshmi\n\n-----Original Message-----\nFrom: V. Reddy "
     "<md@sunrisehomes.co.in>\nSent: Wednesday, September 24, 2025 9:12 AM\nTo: Lakshmi\nSubject: LeadsOptima login\n\n"
     "Lakshmi, I cannot login to LeadsOptima since we paid on Monday, LO-INV-5331. Ask them to refund, my "
     "registered mail is md@sunrisehomes.co.in.\nReddy", "2025-09-24 09:30", "+05:30")
case("l28-fwd-c2", "lo", ["l28-fwd-c2.eml"], "need_info", rules=["C2"],
     spec="Sec 8 forwards: the forwarded request names md@..., the sender is pa.md@...: C2.")

# l29 forward of own bank alert, from registered address (Outlook FW)
cust("dev@pixelforge.co.uk", "Dev Patel", "monthly", "2025-09-23", "2025-10-22")
lopay("en_p29a", "LO-INV-5341", "dev@pixelforge.co.uk", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("en_p29b", "LO-INV-5342", "dev@pixelforge.co.uk", "monthly", "2025-09-23T10:00:10", "2025-09-23", "2025-10-22")
mail("l29-fwd-own.eml", "Dev Patel <dev@pixelforge.co.uk>", LO_TO, "Fwd: Card transaction alert",
     "Two identical payments to you on the same day, see my bank's alert below. Second one is LO-INV-5342. "
     "Refund the duplicate please.\n\nDev\n\nBegin forwarded message:\n\nFrom: Monzo <alerts@monzo.com>\n"
     "Date: 23 September 2025 at 05:31:10 BST\nSubject: Card transaction alert\n\nYou paid LEADSOPTIMA "
     "£15.62\nYou paid LEADSOPTIMA £15.62", "2025-09-23 14:00", "+01:00")
case("l29-fwd-own", "lo", ["l29-fwd-own.eml"], "decided", [D("refund", "approve", "1499.00")],
     spec="Forward read for its request; sender is the registered email; L4 approve 1499.00.")

# l30 invoice typed loosely, access failure
cust("ayesha@karachihalwa.co.uk", "Ayesha Siddiqui", "monthly", "2025-09-25", "2025-10-24")
lopay("en_p30a", "LO-INV-5351", "ayesha@karachihalwa.co.uk", "monthly", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("en_p30b", "LO-INV-5352", "ayesha@karachihalwa.co.uk", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
mail("l30-loose-invoice.eml", "Ayesha Siddiqui <ayesha@karachihalwa.co.uk>", LO_TO, "refund",
     "hiya the app wont load at all since thursdays payment (lo inv 5352) just white screen on laptop and "
     "phone. want my money back for this month ta", "2025-09-27 21:00", "+01:00")
case("l30-loose-invoice", "lo", ["l30-loose-invoice.eml"], "decided", [D("refund", "escalate")],
     spec="Sec 8: 'lo inv 5352' = LO-INV-5352; access_failure day 2: L6 escalate.")

# l31 refund + cancel in one mail
cust("jake@prairiegrain.ca", "Jake Thiessen", "monthly", "2025-09-26", "2025-10-25")
lopay("en_p31", "LO-INV-5361", "jake@prairiegrain.ca", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
mail("l31-refund-and-cancel.eml", "Jake Thiessen <jake@prairiegrain.ca>", LO_TO,
     "Refund LO-INV-5361 and cancel",
     "Hello. Platform has been down for us since the renewal Friday, nothing loads past the login page. "
     "I want this month refunded and please cancel the plan too, we're done.\nJake Thiessen, Regina SK",
     "2025-09-28 20:00", "-06:00")
case("l31-refund-and-cancel", "lo", ["l31-refund-and-cancel.eml"], "decided",
     [D("refund", "escalate"), D("cancellation", "cancel", eff="2025-10-25")],
     spec="L6 access failure day 2 escalate; L8 cancel effective current_period_end 2025-10-25.")

# l32 payment status failed
cust("ruth@mombasaspice.co.ke", "Ruth Achieng", "monthly", "2025-09-18", "2025-10-17")
lopay("en_p32", "LO-INV-5371", "ruth@mombasaspice.co.ke", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17", status="failed")
mail("l32-failed-payment.eml", "Ruth Achieng <ruth@mombasaspice.co.ke>", LO_TO, "Money deducted but payment shows failed",
     "Hello,\n\nYour site said payment failed for LO-INV-5371 but M-Pesa/card shows the amount debited. "
     "This is a billing error, please return the money.\n\nRuth", "2025-09-20 10:00", "+03:00")
case("l32-failed-payment", "lo", ["l32-failed-payment.eml"], "decided", [D("refund", "escalate")],
     spec="Sec 8: payment not 'paid' (failed): refund escalate.")

# l33 duplicate claimed, ledger has one charge
cust("marco@sydneyharbourtours.com.au", "Marco Rossi", "quarterly", "2025-09-24", "2025-12-23")
lopay("en_p33", "LO-INV-5381", "marco@sydneyharbourtours.com.au", "quarterly", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
mail("l33-dup-no-pair.eml", "Marco Rossi <marco@sydneyharbourtours.com.au>", LO_TO, "Charged twice LO-INV-5381",
     "Hi, I've been charged twice for the quarterly, LO-INV-5381. Bank shows two lots. Please refund one.\nMarco",
     "2025-09-26 09:00", "+10:00")
case("l33-dup-no-pair", "lo", ["l33-dup-no-pair.eml"], "decided", [D("refund", "escalate")],
     spec="L4: no identical pair in the ledger: escalate.")

# l34 HTML-only webmail, duplicate (Philippines)
cust("paolo@manilamotors.ph", "Paolo Reyes", "annual", "2025-09-29", "2026-09-28")
lopay("en_p34a", "LO-INV-5391", "paolo@manilamotors.ph", "annual", "2025-09-29T09:00:00", "2025-09-29", "2026-09-28")
lopay("en_p34b", "LO-INV-5392", "paolo@manilamotors.ph", "annual", "2025-09-29T09:00:05", "2025-09-29", "2026-09-28")
mail("l34-html-only.eml", "Paolo Reyes <paolo@manilamotors.ph>", LO_TO, "URGENT double payment",
     None, "2025-09-30 08:00", "+08:00",
     html="<div dir='ltr'><p>Hi Support,</p><p>We paid the <b>annual</b> plan and it was <b>deducted 2 times</b> "
          "on Sept 29 (<i>LO-INV-5391</i> / <i>LO-INV-5392</i>). Pls refund the 2nd one asap.</p>"
          "<p>Salamat,<br>Paolo Reyes<br>Manila Motors</p></div>")
case("l34-html-only", "lo", ["l34-html-only.eml"], "decided", [D("refund", "approve", "11988.00")],
     spec="HTML-only; L2 duplicate ('deducted 2 times'), day 1; L4 refund 11988.00.")

# l35 verified sender, one charge, no invoice, billing error -> escalate (invoice filled)
cust("ikenna@abujahomes.ng", "Ikenna Eze", "monthly", "2025-09-27", "2025-10-26")
lopay("en_p35", "LO-INV-5401", "ikenna@abujahomes.ng", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
mail("l35-overcharged.eml", "Ikenna Eze <ikenna@abujahomes.ng>", LO_TO, "Overcharged",
     "Good morning,\n\nI was overcharged this month — the price on your site when I signed up was lower "
     "than what was taken from my account on Saturday. Kindly look into it and refund me.\n\nIkenna Eze",
     "2025-09-29 09:00", "+01:00")
case("l35-overcharged", "lo", ["l35-overcharged.eml"], "decided", [D("refund", "escalate")],
     spec="L2 billing_error ('overcharged'), day 2: L5 escalate; invoice filled from the only charge (sec 1).")

# l36 invoice question, asks nothing (US)
cust("ap@redrockdental.com", "Red Rock Dental", "annual", "2025-09-09", "2026-09-08")
lopay("en_p36", "LO-INV-5411", "ap@redrockdental.com", "annual", "2025-09-09T10:00:00", "2025-09-09", "2026-09-08")
mail("l36-invoice-question.eml", "Red Rock AP <ap@redrockdental.com>", LO_TO, "Invoice LO-INV-5411 — tax line",
     "Hi, quick one for our bookkeeper: invoice LO-INV-5411 shows an 18% GST line. We're a US company — "
     "is that normal for your invoices? Just want to understand it for our records.\nThanks, AP team",
     "2025-09-22 23:00", "-06:00")
case("l36-invoice-question", "lo", ["l36-invoice-question.eml"], "other",
     spec="Invoice question with no refund or cancellation: 'other'.")

# l37 past event: refunded last year, now cancelling (only cancel)
cust("nick@shorehamsurf.co.uk", "Nick Adams", "monthly", "2025-09-12", "2025-10-11")
lopay("en_p37", "LO-INV-5421", "nick@shorehamsurf.co.uk", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
mail("l37-past-refund.eml", "Nick Adams <nick@shorehamsurf.co.uk>", LO_TO, "Closing our account",
     "Morning,\n\nYou kindly refunded a double charge for us back in the spring, cheers for that. This time "
     "it's just that the season's over — please close the account at the end of this month's cycle.\n\nNick",
     "2025-09-30 09:00", "+01:00")
case("l37-past-refund", "lo", ["l37-past-refund.eml"], "decided", [D("cancellation", "cancel", eff="2025-10-11")],
     spec="Sec 8 past events: the old refund is no request; L8 cancel, effective 2025-10-11.")

# ------------------------------------------------------------------ Optima WebDesign
# o01 deposit approve (UK)
proj("Hartley Bakes Website", "hello@hartleybakes.co.uk")
owpay("en_w01", "OWD-2025-101", "Hartley Bakes Website", "deposit", "25000.00", "4500.00", "2025-09-22T15:00:00")
mail("o01-deposit-approve.eml", "Emma Hartley <hello@hartleybakes.co.uk>", OW_TO,
     "Refund Request — Hartley Bakes Website / OWD-2025-101",
     "Dear Optima team,\n\nI paid the deposit (OWD-2025-101) on Monday for the Hartley Bakes Website, but my "
     "business partner has pulled out of the shop lease, so we shan't be needing a website after all. Nothing "
     "has been started as far as I know. Could I have the deposit back please?\n\nWith thanks,\nEmma Hartley",
     "2025-09-24 11:00", "+01:00")
case("o01-deposit-approve", "ow", ["o01-deposit-approve.eml"], "decided", [D("refund", "approve", "25000.00")],
     spec="O2: paid 09-22 15:00, request 09-24 11:00 IST = 44 h, no work started: refund 25000.00 (tax kept, C6).")

# o02 deposit exactly 72 h (US Eastern)
proj("Cape Cod Kayak Rentals", "owner@capecodkayak.com")
owpay("en_w02", "OWD-2025-102", "Cape Cod Kayak Rentals", "deposit", "30000.00", "5400.00", "2025-09-20T10:00:00")
mail("o02-deposit-72h.eml", "Greg Sullivan <owner@capecodkayak.com>", OW_TO, "Deposit refund OWD-2025-102",
     "Hi folks - Cape Cod Kayak Rentals project. We're closing for the season early and have decided not to "
     "go ahead with the site this year. I paid the deposit Saturday morning your time so I'm still inside "
     "your 72 hours I believe. Please refund.\nGreg", "2025-09-23 10:00", "-04:00")
case("o02-deposit-72h", "ow", ["o02-deposit-72h.eml"], "decided", [D("refund", "deny")],
     spec="Sec 8: request 2025-09-23 00:30 EDT = 10:00 IST, exactly 72 h after paid_at: not before 72 h: O2 deny.")

# o03 deposit, work started
proj("Mombasa Dhow Cruises", "bookings@dhowcruises.co.ke", "2025-09-23T09:00:00")
owpay("en_w03", "OWD-2025-103", "Mombasa Dhow Cruises", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00")
mail("o03-deposit-started.eml", "Hassan Ali <bookings@dhowcruises.co.ke>", OW_TO,
     "Refund of deposit - Mombasa Dhow Cruises - OWD-2025-103",
     "Dear Optima,\n\nWe paid deposit yesterday but our board has frozen all marketing spending until January. "
     "We request refund of deposit OWD-2025-103.\n\nHassan Ali", "2025-09-23 18:00", "+03:00")
case("o03-deposit-started", "ow", ["o03-deposit-started.eml"], "decided", [D("refund", "deny")],
     spec="O2: work_started_at 09-23 09:00 is before the request (09-23 18:00 IST): whichever first: deny.")

# o04 discovery approve, invoice filled (project has exactly one payment)
proj("Tarragindi Pilates Studio", "coach@tarragindipilates.com.au")
owpay("en_w04", "OWD-2025-104", "Tarragindi Pilates Studio", "discovery", "15000.00", "2700.00", "2025-09-19T10:00:00")
mail("o04-discovery-filled.eml", "Bec O'Connor <coach@tarragindipilates.com.au>", OW_TO,
     "Discovery session - Tarragindi Pilates Studio",
     "Hi there,\n\nWe booked the discovery package for Tarragindi Pilates Studio but haven't had a session yet. "
     "I've since been offered a site build for free through my franchise, so I'd like to cancel discovery and get "
     "a refund if that's ok.\n\nThanks!\nBec", "2025-09-25 15:00", "+10:00")
case("o04-discovery-filled", "ow", ["o04-discovery-filled.eml"], "decided", [D("refund", "approve", "15000.00")],
     extra_ok=True,
     spec="O1: no session started: full 15000.00; invoice filled from the project's only payment (sec 1).")

# o05 discovery started
proj("Lekki Law Chambers", "admin@lekkilaw.ng", "2025-09-18T11:00:00")
owpay("en_w05", "OWD-2025-105", "Lekki Law Chambers", "discovery", "18000.00", "3240.00", "2025-09-16T10:00:00")
mail("o05-discovery-started.eml", "Funmi Adeyemi <admin@lekkilaw.ng>", OW_TO,
     "Refund Request — Lekki Law Chambers / OWD-2025-105",
     "Good day,\n\nWe had one discovery call last Thursday but the partners feel the direction proposed does not "
     "suit a law firm. We would like our discovery fee refunded, OWD-2025-105.\n\nBest regards,\nFunmi Adeyemi",
     "2025-09-22 12:00", "+01:00")
case("o05-discovery-started", "ow", ["o05-discovery-started.eml"], "decided", [D("refund", "deny")],
     spec="O1: a session took place (work_started_at 09-18 before the request): deny.")

# o06 milestone not started approve
proj("Raffles Place Dental", "pm@rafflesdental.sg", "2025-08-01T10:00:00")
owpay("en_w06a", "OWD-2025-106", "Raffles Place Dental", "milestone", "40000.00", "7200.00", "2025-08-20T10:00:00", milestone_status="completed")
owpay("en_w06b", "OWD-2025-107", "Raffles Place Dental", "milestone", "35000.00", "6300.00", "2025-09-15T10:00:00", milestone_status="not_started")
mail("o06-milestone-approve.eml", "Wei Ling Chua <pm@rafflesdental.sg>", OW_TO,
     "Milestone 3 refund (OWD-2025-107) - Raffles Place Dental",
     "Hi Optima,\n\nWe prepaid milestone 3 (booking integration) under OWD-2025-107. Our clinic group has since "
     "signed a regional booking system so we no longer need that integration built. Milestone 2 is fine and done. "
     "Please refund the milestone 3 payment.\n\nRegards,\nWei Ling", "2025-09-26 10:00", "+08:00")
case("o06-milestone-approve", "ow", ["o06-milestone-approve.eml"], "decided", [D("refund", "approve", "35000.00")],
     spec="O3: milestone not_started: refund its amount 35000.00.")

# o07 milestone in progress
proj("Kerry Cliff Cottages", "info@kerrycliffcottages.ie", "2025-08-01T10:00:00")
owpay("en_w07", "OWD-2025-108", "Kerry Cliff Cottages", "milestone", "28000.00", "5040.00", "2025-09-05T10:00:00", milestone_status="in_progress")
owpay("en_w07b", "OWD-2025-109", "Kerry Cliff Cottages", "deposit", "10000.00", "1800.00", "2025-08-01T09:00:00")
mail("o07-milestone-progress.eml", "Declan Moriarty <info@kerrycliffcottages.ie>", OW_TO,
     "Re: booking engine milestone OWD-2025-108",
     "Lads,\n\nThe booking engine milestone (Kerry Cliff Cottages, OWD-2025-108) was meant to be done weeks ago "
     "and it's barely half built. We've lost the summer with it. I want a refund for the milestone.\n\nDeclan",
     "2025-09-25 17:00", "+01:00", parent="<owd-2171.update@optimawebdesign.com>")
case("o07-milestone-progress", "ow", ["o07-milestone-progress.eml"], "decided", [D("refund", "escalate")],
     spec="O3: milestone in_progress: escalate (billable value of work not started needs a person).")

# o08 milestone approved deny
proj("Quezon Bakeshop", "owner@quezonbakeshop.ph", "2025-07-01T10:00:00")
owpay("en_w08", "OWD-2025-110", "Quezon Bakeshop", "milestone", "22000.00", "3960.00", "2025-08-10T10:00:00", milestone_status="approved")
owpay("en_w08b", "OWD-2025-111", "Quezon Bakeshop", "deposit", "12000.00", "2160.00", "2025-07-01T09:00:00")
mail("o08-milestone-approved.eml", "Liza Cruz <owner@quezonbakeshop.ph>", OW_TO,
     "Refund for design milestone - Quezon Bakeshop OWD-2025-110",
     "Hello po, we approved the homepage design before but now my sister says it looks too plain and customers "
     "don't like it. Can we get a refund for that milestone OWD-2025-110? Thank you po.\nLiza",
     "2025-09-24 13:00", "+08:00")
case("o08-milestone-approved", "ow", ["o08-milestone-approved.eml"], "decided", [D("refund", "deny")],
     spec="O3/O6: approved deliverable: deny.")

# o09 retainer cancel, ample notice
proj("Calgary Ortho SEO", "marketing@calgaryortho.ca", "2025-05-01T10:00:00")
owpay("en_w09", "OWD-2025-112", "Calgary Ortho SEO", "retainer", "45000.00", "8100.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
mail("o09-retainer-notice.eml", "Janelle Dubois <marketing@calgaryortho.ca>", OW_TO,
     "Ending SEO retainer — Calgary Ortho SEO, OWD-2025-112",
     "Hi team,\n\nWe've hired an in-house marketing coordinator, so we'll be ending the monthly SEO retainer "
     "(Calgary Ortho SEO, last invoice OWD-2025-112). Please make this the last cycle.\n\nJanelle Dubois",
     "2025-09-26 09:00", "-06:00")
case("o09-retainer-notice", "ow", ["o09-retainer-notice.eml"], "decided",
     [D("cancellation", "cancel", eff="2025-10-14")],
     spec="O4/O8: request 2025-09-26 IST <= 2025-10-15 minus 7 = 10-08: no next charge, effective 2025-10-14.")

# o10 retainer exactly 7 days' notice (Australia)
proj("Fremantle Fish Co Social", "social@fremantlefish.com.au", "2025-06-01T10:00:00")
owpay("en_w10", "OWD-2025-113", "Fremantle Fish Co Social", "retainer", "20000.00", "3600.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
mail("o10-retainer-seven.eml", "Shane Mitchell <social@fremantlefish.com.au>", OW_TO,
     "cancel social media retainer OWD-2025-113",
     "Hi guys, Fremantle Fish Co Social - we're cancelling the retainer, engagement hasn't moved in 3 months and "
     "the owner wants to spend it on radio instead. Next bill is the 3rd so this should be plenty of notice.\n"
     "Shane", "2025-09-26 14:00", "+08:00")
case("o10-retainer-seven", "ow", ["o10-retainer-seven.eml"], "decided",
     [D("cancellation", "cancel", eff="2025-10-02")],
     spec="O4: request 2025-09-26 14:00 IST (16:30 AWST, Fremantle) = next_billing 10-03 minus 7 exactly: 'at least 7 days': effective 2025-10-02.")

# o11 retainer short notice
proj("Naivasha Lodge Content", "gm@naivashalodge.co.ke", "2025-04-01T10:00:00")
owpay("en_w11", "OWD-2025-114", "Naivasha Lodge Content", "retainer", "25000.00", "4500.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
mail("o11-retainer-short.eml", "Peter Mwangi <gm@naivashalodge.co.ke>", OW_TO,
     "Stop the content retainer - Naivasha Lodge Content OWD-2025-114",
     "Dear team,\n\nThe lodge is under new management from October and they have their own agency. Please stop "
     "the content retainer immediately.\n\nPeter Mwangi, GM", "2025-09-27 10:00", "+03:00")
case("o11-retainer-short", "ow", ["o11-retainer-short.eml"], "decided",
     [D("cancellation", "cancel", eff="2025-10-31")],
     spec="O4: 09-27 is after 10-01 minus 7 = 09-24: next cycle billed, effective last day of it 2025-10-31.")

# o12 retainer next cycle paid in advance
proj("Brooklyn Bagel Ads", "ads@brooklynbagelco.com", "2025-03-01T10:00:00")
owpay("en_w12a", "OWD-2025-115", "Brooklyn Bagel Ads", "retainer", "30000.00", "5400.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
owpay("en_w12b", "OWD-2025-116", "Brooklyn Bagel Ads", "retainer", "30000.00", "5400.00", "2025-09-10T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01")
mail("o12-retainer-prepaid.eml", "Mia Goldberg <ads@brooklynbagelco.com>", OW_TO,
     "Cancel ads retainer (OWD-2025-116)",
     "Hey! We prepaid October (OWD-2025-116) but we're pausing paid ads — budget got moved to the new store "
     "fit-out. Please cancel the Brooklyn Bagel Ads retainer.\n\nMia", "2025-09-20 09:00", "-04:00")
case("o12-retainer-prepaid", "ow", ["o12-retainer-prepaid.eml"], "decided", [D("cancellation", "escalate")],
     spec="Sec 8 retainer paid in advance: October already paid and notice >= 7 days: escalate.")

# o13 hosting annual approve (+ cancellation harmless)
proj("Glasgow Tattoo Collective", "ink@glasgowtattoo.co.uk", "2025-08-01T10:00:00")
owpay("en_w13", "OWD-2025-117", "Glasgow Tattoo Collective", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
      setup_fee="1500.00", service_start="2025-09-20")
mail("o13-hosting-approve.eml", "Callum Reid <ink@glasgowtattoo.co.uk>", OW_TO,
     "Hosting refund — Glasgow Tattoo Collective OWD-2025-117",
     "Alright,\n\nWe're moving the site onto Squarespace ourselves, it's cheaper for us. Can we get the annual "
     "hosting refunded and shut it down? Only started on the 20th.\n\nCal", "2025-09-28 12:00", "+01:00")
case("o13-hosting-approve", "ow", ["o13-hosting-approve.eml"], "decided", [D("refund", "approve", "15125.00")],
     extra_ok=True, spec="O5 day 8: 18000 - 1500 - (16500/12 = 1375) x 1 = 15125.00; a cancellation decision is harmless.")

# o14 hosting day 14 via Philippines late night
proj("Davao Durian Farms", "admin@davaodurian.ph", "2025-08-15T10:00:00")
owpay("en_w14", "OWD-2025-118", "Davao Durian Farms", "maintenance_annual", "24999.00", "4499.82", "2025-09-01T10:00:00",
      setup_fee="2000.00", service_start="2025-09-01")
mail("o14-maintenance-day14.eml", "Ramon Villanueva <admin@davaodurian.ph>", OW_TO,
     "Refund Request — Davao Durian Farms / owd 2025 118",
     "Hi, we would like to refund the annual maintenance plan owd 2025 118. We have a nephew who is a developer "
     "now and he will maintain the site for free. Thank you.\nRamon", "2025-09-15 21:00", "+08:00")
case("o14-maintenance-day14", "ow", ["o14-maintenance-day14.eml"], "decided", [D("refund", "approve", "21082.42")],
     extra_ok=True,
     spec="O5: 09-15 23:30 PHT = 21:00 IST = day 14 inside; 24999 - 2000 - 22999/12 (1916.5833) = 21082.4167 -> 21082.42; 'owd 2025 118' matches (sec 8).")

# o15 hosting after 14 days deny
proj("Dublin Dog Grooming", "woof@dublindoggrooming.ie", "2025-08-01T10:00:00")
owpay("en_w15", "OWD-2025-119", "Dublin Dog Grooming", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
mail("o15-hosting-late.eml", "Aoife Brennan <woof@dublindoggrooming.ie>", OW_TO,
     "hosting refund OWD-2025-119 Dublin Dog Grooming",
     "hi, found a cheaper host, want refund on the hosting, only using it a couple of weeks. aoife",
     "2025-09-16 09:00", "+01:00")
case("o15-hosting-late", "ow", ["o15-hosting-late.eml"], "decided", [D("refund", "deny")],
     spec="O5: service_start 09-01, request 09-16 09:00 IST = day 15 > 14: deny.")

# o16 maintenance before service starts
proj("Toronto Tutoring Hub", "director@torontotutoringhub.ca", "2025-09-01T10:00:00")
owpay("en_w16", "OWD-2025-120", "Toronto Tutoring Hub", "maintenance_annual", "30000.00", "5400.00", "2025-09-25T10:00:00",
      setup_fee="3000.00", service_start="2025-10-10")
mail("o16-maintenance-prestart.eml", "Anita Sharma <director@torontotutoringhub.ca>", OW_TO,
     "Refund request: maintenance plan OWD-2025-120 (Toronto Tutoring Hub)",
     "Hello,\n\nOur board voted last night to move the website under the school district's IT, which includes "
     "maintenance. The maintenance plan hasn't even started yet (starts Oct 10). Please refund it and cancel.\n\n"
     "Anita Sharma, Director", "2025-09-27 09:00", "-04:00")
case("o16-maintenance-prestart", "ow", ["o16-maintenance-prestart.eml"], "decided",
     [D("refund", "approve", "24750.00")], extra_ok=True,
     spec="Sec 8 O5 before service start: consumed 1; 30000 - 3000 - 27000/12 (2250) = 24750.00.")

# o17 third party domain
proj("Kano Textiles Online", "sales@kanotextiles.ng", "2025-07-01T10:00:00")
owpay("en_w17", "OWD-2025-121", "Kano Textiles Online", "third_party", "2500.00", "450.00", "2025-09-24T10:00:00")
mail("o17-domain.eml", "Aminu Bello <sales@kanotextiles.ng>", OW_TO,
     "Refund Request — Kano Textiles Online / OWD-2025-121",
     "Sir, you renewed the .com.ng domain (OWD-2025-121) but we already moved it to another registrar last week. "
     "Kindly refund since we didn't need it.\nAminu", "2025-09-25 10:00", "+01:00")
case("o17-domain", "ow", ["o17-domain.eml"], "decided", [D("refund", "deny")],
     spec="O6: third_party (domain): non-refundable: deny.")

# o18 rush fee
proj("Sentosa Yacht Charters", "ops@sentosayachts.sg", "2025-09-01T10:00:00")
owpay("en_w18", "OWD-2025-122", "Sentosa Yacht Charters", "rush", "8000.00", "1440.00", "2025-09-20T10:00:00")
mail("o18-rush.eml", "Daryl Ong <ops@sentosayachts.sg>", OW_TO, "Rush fee OWD-2025-122 - Sentosa Yacht Charters",
     "Hi, we paid rush fee OWD-2025-122 so the site is up before F1 weekend but it took the whole week anyway, "
     "not really 'rush' leh. Pls refund the rush fee.\nDaryl", "2025-09-26 10:00", "+08:00")
case("o18-rush", "ow", ["o18-rush.eml"], "decided", [D("refund", "deny")], spec="O6: rush: deny.")

# o19 change request
proj("Ottawa Valley Realty", "admin@ottawavalleyrealty.ca", "2025-06-01T10:00:00")
owpay("en_w19", "OWD-2025-123", "Ottawa Valley Realty", "change_request", "6000.00", "1080.00", "2025-09-18T10:00:00")
mail("o19-change-request.eml", "Claire Boucher <admin@ottawavalleyrealty.ca>", OW_TO,
     "Change request OWD-2025-123 - refund?",
     "Hi, the listing filter change (Ottawa Valley Realty, OWD-2025-123) we paid for: our broker decided to "
     "revert to the old layout. Could that be refunded? Thx, Claire", "2025-09-22 11:00", "-04:00")
case("o19-change-request", "ow", ["o19-change-request.eml"], "decided", [D("refund", "deny")],
     spec="O6: change_request: deny.")

# o20 C4 lawyer
proj("Bristol Bike Hub", "sam@bristolbikehub.co.uk", None)
owpay("en_w20", "OWD-2025-124", "Bristol Bike Hub", "deposit", "20000.00", "3600.00", "2025-09-24T10:00:00")
mail("o20-c4-solicitor.eml", "Sam Turner <sam@bristolbikehub.co.uk>", OW_TO,
     "Deposit OWD-2025-124 — formal complaint",
     "To whom it may concern,\n\nI paid the Bristol Bike Hub deposit (OWD-2025-124) and have had no contact since. "
     "I want it refunded. My lawyer has advised me I'm entitled to it and I will not hesitate to involve him.\n\n"
     "Sam Turner", "2025-09-25 10:00", "+01:00")
case("o20-c4-solicitor", "ow", ["o20-c4-solicitor.eml"], "decided", [D("refund", "escalate")], rules=["C4"],
     spec="C4 lawyer: escalate although O2 (24 h, no work) would approve.")

# o21 C2 gmail
proj("Nakuru Coffee Roasters", "info@nakurucoffee.co.ke", "2025-08-01T10:00:00")
owpay("en_w21", "OWD-2025-125", "Nakuru Coffee Roasters", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00", milestone_status="not_started")
mail("o21-c2-gmail.eml", "James Kiprop <jkiprop.nakuru@gmail.com>", OW_TO,
     "Refund Request — Nakuru Coffee Roasters / OWD-2025-125",
     "Hello,\n\nOur contract email is info@nakurucoffee.co.ke but I'm travelling. The shop milestone "
     "(OWD-2025-125) is no longer needed since we're selling through Jumia only. Please refund.\n\nJames",
     "2025-09-24 10:00", "+03:00")
case("o21-c2-gmail", "ow", ["o21-c2-gmail.eml"], "need_info", rules=["C2"],
     spec="C2 (explicit for Optima): not from the contract email: ask to write from it.")

# o22 missing reason refund
proj("Canberra Conveyancing", "office@canberraconvey.com.au", None)
owpay("en_w22a", "OWD-2025-126", "Canberra Conveyancing", "deposit", "15000.00", "2700.00", "2025-09-26T10:00:00")
owpay("en_w22b", "OWD-2025-127", "Canberra Conveyancing", "third_party", "3000.00", "540.00", "2025-09-26T10:05:00")
mail("o22-no-reason.eml", "Office <office@canberraconvey.com.au>", OW_TO,
     "Refund Request — Canberra Conveyancing / OWD-2025-126",
     "Hello,\n\nAs per subject, please refund invoice OWD-2025-126.\n\nKind regards,\nAdmin team\nCanberra "
     "Conveyancing | Level 2, 10 Moore St\nThis email is confidential.", "2025-09-27 10:00", "+10:00")
case("o22-no-reason", "ow", ["o22-no-reason.eml"], "need_info", missing=["reason"],
     spec="Sec 8: restatement and signature are no reason; Optima requires one: need_info reason.")

# o23 cancellation without reason -> reason asked
proj("Nairobi Gym Social", "fit@nairobigym.co.ke", "2025-05-01T10:00:00")
owpay("en_w23", "OWD-2025-128", "Nairobi Gym Social", "retainer", "15000.00", "2700.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
mail("o23-cancel-no-reason.eml", "Achieng Otieno <fit@nairobigym.co.ke>", OW_TO,
     "Cancel retainer - Nairobi Gym Social - OWD-2025-128",
     "Hello, please cancel our retainer for Nairobi Gym Social, invoice OWD-2025-128. Thank you.\nAchieng",
     "2025-09-22 10:00", "+03:00")
case("o23-cancel-no-reason", "ow", ["o23-cancel-no-reason.eml"], "need_info", missing=["reason"],
     spec="Sec 8: Optima requires a reason for cancellations too: need_info reason.")

# o24 thread: reason given in reply -> cancel, request time from first mail
proj("Leeds Language School", "principal@leedslanguage.co.uk", "2025-03-01T10:00:00")
owpay("en_w24", "OWD-2025-129", "Leeds Language School", "retainer", "18000.00", "3240.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
a = mail("o24a-cancel.eml", "Helen Price <principal@leedslanguage.co.uk>", OW_TO,
         "Retainer cancellation — Leeds Language School (OWD-2025-129)",
         "Dear Optima,\n\nPlease cancel the monthly retainer for Leeds Language School, OWD-2025-129.\n\nHelen Price",
         "2025-09-25 10:00", "+01:00")
mail("o24b-reason.eml", "Helen Price <principal@leedslanguage.co.uk>", OW_TO,
     "Re: Retainer cancellation — Leeds Language School (OWD-2025-129) [OWD-2231]",
     "Hi,\n\nOf course — we're merging with another school and their web team takes over from October.\n\nHelen\n\n"
     "> Could you tell us the reason for the cancellation?", "2025-09-30 18:00", "+01:00",
     parent="<owd-2231.ask@optimawebdesign.com>", refs=(a,))
case("o24-thread-reason", "ow", ["o24a-cancel.eml", "o24b-reason.eml"], "decided",
     [D("cancellation", "cancel", eff="2025-10-09")],
     spec="C3 merge; request time = 09-25 (<= 10-10 minus 7 = 10-03), so no next charge: effective 2025-10-09; the reason arrives in the reply of 09-30.")

# o25 forwarded C2 (Gmail forward)
proj("Brisbane Beauty Bar", "owner@brisbanebeauty.com.au", None)
owpay("en_w25", "OWD-2025-130", "Brisbane Beauty Bar", "deposit", "22000.00", "3960.00", "2025-09-28T10:00:00")
mail("o25-fwd-c2.eml", "Kayla Marketing <kayla@brisbanebeauty.com.au>", OW_TO,
     "Fwd: deposit refund", "FYI - boss asked me to send this on.\n\n---------- Forwarded message ---------\n"
     "From: Jess Lee <owner@brisbanebeauty.com.au>\nDate: Mon, 29 Sept 2025 at 9:02 am\nSubject: deposit refund\n"
     "To: Kayla <kayla@brisbanebeauty.com.au>\n\nKayla can you get Optima to refund the Brisbane Beauty Bar deposit "
     "OWD-2025-130, we've decided to stay on Shopify. Contract email is mine (owner@brisbanebeauty.com.au).\nJess",
     "2025-09-29 08:00", "+10:00")
case("o25-fwd-c2", "ow", ["o25-fwd-c2.eml"], "need_info", rules=["C2"],
     spec="Sec 8 forwards: the request names owner@..., sent by kayla@...: C2.")

# o26 auto-generated (Optima)
mail("o26-c7-autogen.eml", "Zoho Books <notifications@zohobooks.example>", OW_TO,
     "Payment receipt for Invoice OWD-2025-131",
     "This is an automated message. Payment of INR 12,000.00 received. Refund and cancellation terms apply.",
     "2025-09-26 10:00", "+05:30", headers={"Auto-Submitted": "auto-generated"})
case("o26-c7-autogen", "ow", ["o26-c7-autogen.eml"], "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-generated.")

# o27 invoice with slashes, deposit approve
proj("Kilkenny Craft Gin", "distillery@kilkennygin.ie", None)
owpay("en_w27a", "OWD-2025-132", "Kilkenny Craft Gin", "deposit", "26000.00", "4680.00", "2025-09-29T18:00:00")
owpay("en_w27b", "OWD-2025-133", "Kilkenny Craft Gin", "third_party", "4000.00", "720.00", "2025-09-29T18:05:00")
mail("o27-slash-invoice.eml", "Conor Dunne <distillery@kilkennygin.ie>", OW_TO,
     "deposit owd/2025/132",
     "Hi folks, Kilkenny Craft Gin here. Paid the deposit (owd/2025/132) yesterday but the bank has turned down "
     "our expansion loan so the new site's on ice. Can we have the deposit back? Not the theme licence, fair "
     "enough on that one.\nConor", "2025-09-30 20:00", "+01:00")
case("o27-slash-invoice", "ow", ["o27-slash-invoice.eml"], "decided", [D("refund", "approve", "26000.00")],
     spec="Sec 8 reference 'owd/2025/132' = OWD-2025-132; O2: 26 h after paid_at, no work: 26000.00; the theme licence is explicitly not asked.")

# o28 question before buying
mail("o28-question.eml", "Aaron Lim <aaron.lim@gmail.com>", OW_TO, "Before I sign - refund on deposit?",
     "Hi, if I pay the deposit for a new site and change my mind a week later, would I get any of it back? "
     "And hosting, is it refundable if I cancel after a month? Thanks, Aaron (Singapore)",
     "2025-09-24 10:00", "+08:00")
case("o28-question", "ow", ["o28-question.eml"], "other", spec="Sec 8 hypothetical before buying: 'other'.")

# o29 payment already refunded
proj("Lagos Lounge Events", "events@lagoslounge.ng", None)
owpay("en_w29", "OWD-2025-134", "Lagos Lounge Events", "deposit", "18000.00", "3240.00", "2025-09-24T10:00:00", status="refunded")
mail("o29-already-refunded.eml", "Tolu Bakare <events@lagoslounge.ng>", OW_TO,
     "Refund Request — Lagos Lounge Events / OWD-2025-134",
     "Hello Optima, the event we built the site for was cancelled by the state government. Please refund "
     "deposit OWD-2025-134.\nTolu", "2025-09-25 10:00", "+01:00")
case("o29-already-refunded", "ow", ["o29-already-refunded.eml"], "decided", [D("refund", "escalate")],
     spec="Sec 8: payment not 'paid' (refunded): escalate.")

# o30 top-posted angry one-liner with quoted history, C4 dispute + cancellation
proj("Houston HVAC Pros", "office@houstonhvacpros.com", "2025-02-01T10:00:00")
owpay("en_w30", "OWD-2025-135", "Houston HVAC Pros", "retainer", "40000.00", "7200.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
mail("o30-c4-dispute-cancel.eml", "Rick Alvarez <office@houstonhvacpros.com>", OW_TO,
     "RE: September report - Houston HVAC Pros",
     "Cancel the retainer OWD-2025-135. Zero calls from your 'SEO' in 3 months. Already told my card company "
     "I'm disputing the September charge.\n\nRick\n\n-----Original Message-----\nFrom: Optima WebDesign\n"
     "Sent: Friday, September 26, 2025 3:10 AM\nSubject: September report - Houston HVAC Pros\n\nHi Rick, "
     "attached is your September performance report...", "2025-09-26 21:00", "-05:00",
     parent="<owd-report-2025-09.houston@optimawebdesign.com>")
case("o30-c4-dispute-cancel", "ow", ["o30-c4-dispute-cancel.eml"], "decided",
     [D("cancellation", "escalate")], rules=["C4"], extra_ok=True,
     spec="C4 dispute with the card company covers the whole case: cancellation escalates; a refund escalate would be harmless.")

if __name__ == "__main__":
    write()
