"""Fresh held-out round, Hindi (Devanagari and romanised Hinglish): writes ledger.json,
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
    c = {"id": cid, "lang": "hi", "files": [f"emails/{f}.eml" for f in files], "brand": brand,
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


def build():
    # ------------------------------------------------------------------ LeadsOptima
    # fhi-l01: duplicate monthly charge, Hinglish, sloppy invoice, day 2 -> approve
    e = "rohit.khandelwal@khandelwaltraders.in"
    cust(e, "Rohit Khandelwal", "monthly", start="2025-09-24", end="2025-10-23")
    lo_pay("hi_p7500", "LO-INV-75001", e, "monthly", "1499.00", "2025-08-24T10:02:00", "2025-08-24", "2025-09-23")
    lo_pay("hi_p7501", "LO-INV-75002", e, "monthly", "1499.00", "2025-09-24T10:05:00", "2025-09-24", "2025-10-23")
    lo_pay("hi_p7502", "LO-INV-75003", e, "monthly", "1499.00", "2025-09-24T10:06:00", "2025-09-24", "2025-10-23")
    eml("l01-dup-hinglish", f"Rohit Khandelwal <{e}>", LO, "payment 2 baar kat gaya!!",
        when(2025, 9, 26, 12, 40),
        "Hi team,\n\nmere card se is mahine ka payment do baar kat gaya hai. 24 sept ko ₹1,499 + GST"
        " ek minute ke gap mein 2 baar debit hua, bank statement mein dono entries dikh rahi hain.\n"
        "Dusre wale ka invoice no. lo inv 75003 hai.\n\nPls extra wala paisa wapas kar do, same card pe.\n\n"
        "Thanks\nRohit\nKhandelwal Traders, Jaipur\n\nSent from my iPhone\n")
    case("fhi-l01-dup-hinglish", ["l01-dup-hinglish"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "1499.00"}],
         spec="L2 duplicate_payment; LO-INV-75002 and LO-INV-75003 both paid 1499.00 on 2025-09-24 for period "
              "2025-09-24..2025-10-23; request 2025-09-26 IST = day 2 <= 7 (L3); L4 approve the duplicate's amount "
              "1499.00 before tax; 'lo inv 75003' = LO-INV-75003 (section 8)")

    # fhi-l02: duplicate quarterly, Devanagari, day 8 -> deny L3
    e = "sunita.verma@vermaclinic.in"
    cust(e, "Sunita Verma", "quarterly", start="2025-09-10", end="2025-12-09")
    lo_pay("hi_p7511", "LO-INV-75011", e, "quarterly", "3999.00", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
    lo_pay("hi_p7512", "LO-INV-75012", e, "quarterly", "3999.00", "2025-09-10T09:01:00", "2025-09-10", "2025-12-09")
    eml("l02-dup-devanagari-day8", f"डॉ. सुनीता वर्मा <{e}>", LO, "दो बार भुगतान कटा - रिफंड चाहिए",
        when(2025, 9, 18, 11, 5),
        "नमस्ते,\n\n10 सितंबर को मेरे खाते से क्वार्टरली प्लान के ₹3,999 दो बार कट गए। मैंने अभी बैंक स्टेटमेंट"
        " देखा तब पता चला। दूसरे भुगतान का इनवॉइस LO-INV-75012 है।\n\nकृपया एक भुगतान वापस कर दीजिए।\n\n"
        "धन्यवाद\nडॉ. सुनीता वर्मा\nवर्मा क्लिनिक, लखनऊ\n")
    case("fhi-l02-dup-devanagari-day8", ["l02-dup-devanagari-day8"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="L2 duplicate_payment but L3: charge 2025-09-10 is day 0, request 2025-09-18 IST is day 8 > 7 -> deny "
              "citing the 7-day rule (worked example 2)")

    # fhi-l03: 'did not use it' -> deny L1
    e = "amit.joshi@joshiproperties.co.in"
    cust(e, "Amit Joshi", "annual", start="2025-09-27", end="2026-09-26")
    lo_pay("hi_p7521", "LO-INV-75021", e, "annual", "11988.00", "2025-09-27T15:30:00", "2025-09-27", "2026-09-26")
    eml("l03-unused-deny", f"Amit Joshi <{e}>", LO, "Refund request - LO-INV-75021",
        when(2025, 9, 29, 10, 20),
        "Sir,\n\n27 ko annual plan le liya tha lekin team ne abhi tak use hi nahi kiya, aur ab humein iski zaroorat"
        " bhi nahi lag rahi. Saal bhar ka paisa fasa ke rakhne ka koi matlab nahi hai.\n"
        "LO-INV-75021 ka poora paisa refund kar dijiye please.\n\nRegards,\nAmit Joshi\nJoshi Properties\n")
    case("fhi-l03-unused-deny", ["l03-unused-deny"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="L1: reason 'did not use it / no longer needed' is none of the L2 exceptions -> deny (reply offers "
              "cancellation); window irrelevant (day 2)")

    # fhi-l04: negation 'refund nahi chahiye', cancel quarterly -> cancel at current_period_end
    e = "neha.kapoor@kapoordesigns.in"
    cust(e, "Neha Kapoor", "quarterly", start="2025-08-15", end="2025-11-14")
    lo_pay("hi_p7531", "LO-INV-75031", e, "quarterly", "3999.00", "2025-08-15T11:00:00", "2025-08-15", "2025-11-14")
    eml("l04-negation-cancel", f"Neha Kapoor <{e}>", LO, "plan cancel karna hai",
        when(2025, 9, 30, 17, 45),
        "Hello LeadsOptima team,\n\nrefund nahi chahiye, mujhe policy pata hai. Bas mera quarterly plan cancel kar do"
        " taaki agle quarter se koi charge na lage. Reason: is saal clients kam ho gaye hain, lead gen ka budget"
        " nahi hai.\n\nThanks,\nNeha\n")
    case("fhi-l04-negation-cancel", ["l04-negation-cancel"], "leadsoptima", "decided",
         [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-11-14"}],
         spec="Section 8 negation: 'refund nahi chahiye' adds no refund intent. L8 cancel, effective = "
              "current_period_end 2025-11-14")

    # fhi-l05: access failure inside window -> escalate L6
    e = "vikas.yadav@yadavlogistics.com"
    cust(e, "Vikas Yadav", "monthly", start="2025-09-27", end="2025-10-26")
    lo_pay("hi_p7540", "LO-INV-75040", e, "monthly", "1999.00", "2025-08-27T09:00:00", "2025-08-27", "2025-09-26")
    lo_pay("hi_p7541", "LO-INV-75041", e, "monthly", "1999.00", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
    eml("l05-login-fail", f"Vikas Yadav <{e}>", LO, "login nahi ho raha + refund",
        when(2025, 9, 29, 19, 10),
        "Namaskar,\n\n3 din se account mein login nahi ho pa raha. Password reset bhi kiya, OTP bhi aata hai par uske baad"
        " dashboard pe sirf 'Something went wrong' aata hai aur page khulta hi nahi. Aapke chat support ko bhi bola,"
        " koi jawab nahi.\n\nAbhi 27 ko hi ₹1,999 kata hai (LO-INV-75041). Jab use hi nahi kar pa raha to is mahine"
        " ka refund chahiye.\n\nVikas Yadav\nYadav Logistics | +91 98xxxxxx21\n")
    case("fhi-l05-login-fail", ["l05-login-fail"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "escalate"}],
         spec="L2 access_failure (cannot log in, dashboard not opening); charge 2025-09-27, request 2025-09-29 = day 2 "
              "(L3); L6 escalate (verified and unresolved by support)")

    # fhi-l06: past event: cancelled on the 12th, charged on the 20th -> billing_error escalate L5
    e = "pooja.menon@menonhomes.in"
    cust(e, "Pooja Menon", "monthly", status="cancelled", start="2025-08-20", end="2025-09-19")
    lo_pay("hi_p7550", "LO-INV-75050", e, "monthly", "1499.00", "2025-08-20T07:30:00", "2025-08-20", "2025-09-19")
    lo_pay("hi_p7551", "LO-INV-75051", e, "monthly", "1499.00", "2025-09-20T07:30:00", "2025-09-20", "2025-10-19")
    eml("l06-charged-after-cancel", f"Pooja Menon <{e}>", LO, "Cancel ke baad bhi paise kaate",
        when(2025, 9, 22, 8, 55),
        "Hi,\n\nmaine 12 September ko hi Billing se apna plan cancel kar diya tha, uska confirmation mail bhi aaya tha."
        " Phir bhi 20 tareekh ko mere account se ₹1,499 kaat liye gaye (invoice LO-INV-75051). Ye to galat hai.\n\n"
        "Ye paise wapas kijiye jaldi.\n\nPooja\n")
    case("fhi-l06-charged-after-cancel", ["l06-charged-after-cancel"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "escalate"}],
         spec="Past event ('maine cancel kar diya tha') is not a new cancellation. L2 billing_error (charged after "
              "cancelling); LO-INV-75051 on 2025-09-20, request 2025-09-22 = day 2 (L3); L5 escalate")

    # fhi-l07: writes from gmail naming another registered address -> C2
    e = "karan@mehtaexports.in"
    cust(e, "Karan Mehta", "annual", start="2025-09-21", end="2026-09-20")
    lo_pay("hi_p7561", "LO-INV-75061", e, "annual", "11988.00", "2025-09-21T12:00:00", "2025-09-21", "2026-09-20")
    eml("l07-c2-gmail", "Karan Mehta <karan.mehta1988@gmail.com>", LO, "Annual plan cancel + refund",
        when(2025, 9, 24, 21, 15),
        "Hello,\n\nMera registered email karan@mehtaexports.in hai, office ka mail server down hai isliye gmail se"
        " likh raha hoon. Galti se annual plan ke liye pay ho gaya, mujhe monthly chahiye tha, wrong plan charge"
        " hua hai. Invoice LO-INV-75061. Please refund karo aur annual plan cancel karo.\n\nKaran Mehta\n")
    case("fhi-l07-c2-gmail", ["l07-c2-gmail"], "leadsoptima", "need_info", rules=["C2"],
         spec="C2: From karan.mehta1988@gmail.com is not the registered email karan@mehtaexports.in that the mail "
              "names (worked example 5) -> need_info, ask to write from the registered address, nothing about the account")

    # fhi-l08: free trial, refund -> deny L7
    e = "ritu.bansal@bansalcoaching.in"
    cust(e, "Ritu Bansal", "monthly", status="trial", trial_ends="2025-10-06")
    eml("l08-trial", f"Ritu Bansal <{e}>", LO, "refund chahiye",
        when(2025, 9, 28, 13, 0),
        "Hi,\n\nmaine 22 tareekh ko free trial start kiya tha. Software humare coaching institute ke kaam ka nahi laga,"
        " leads sab fake aa rahi hain. Jo bhi paisa laga hai wo refund kar dijiye.\n\nRitu Bansal\nBansal Coaching Classes\n")
    case("fhi-l08-trial", ["l08-trial"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="L7: account status trial (trial_ends 2025-10-06), no charges in the ledger -> deny, nothing to refund; "
              "no billing unless they subscribe",
         ambiguous="A refund normally also needs invoice_number (section 3); with no charge to name, a bot could ask for "
                   "it (need_info) instead of applying L7 at once. L7 deny is the reading chosen.")

    # fhi-l09: thread: duplicate without invoice -> asked -> 'LO INV 75072' -> approve
    e = "deepak.nair@nairtextiles.com"
    cust(e, "Deepak Nair", "annual", start="2025-09-28", end="2026-09-27")
    lo_pay("hi_p7570", "LO-INV-75070", e, "annual", "9999.00", "2024-09-28T18:00:00", "2024-09-28", "2025-09-27")
    lo_pay("hi_p7571", "LO-INV-75071", e, "annual", "9999.00", "2025-09-28T18:20:00", "2025-09-28", "2026-09-27")
    lo_pay("hi_p7572", "LO-INV-75072", e, "annual", "9999.00", "2025-09-28T18:21:00", "2025-09-28", "2026-09-27")
    m1 = eml("l09-thread-1", f"Deepak Nair <{e}>", LO, "renewal pe double payment",
             when(2025, 9, 29, 9, 15),
             "Hi support,\n\nkal raat annual plan renew karte waqt UPI se ₹9,999 do baar chale gaye, app hang ho gaya"
             " tha isliye dobara try kiya aur dono successful ho gaye. Ek wapas kar do please.\n\nDeepak\n")
    eml("l09-thread-2", f"Deepak Nair <{e}>", LO, "Re: renewal pe double payment [LO-7509]",
        when(2025, 9, 29, 16, 40),
        "Invoice number: LO INV 75072 (dusra wala)\n\nDeepak\n\n"
        "On Mon, 29 Sept 2025 at 14:02, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
        "> Please share the invoice number of the charge you want refunded.\n",
        reply_to=[m1, "<lo-7509-ask@leadsoptima.com>"])
    case("fhi-l09-thread-invoice", ["l09-thread-1", "l09-thread-2"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "9999.00"}],
         spec="C3 thread: invoice asked then given ('LO INV 75072' = LO-INV-75072). L4: LO-INV-75071 and -75072 paid "
              "9999.00 on 2025-09-28 for period 2025-09-28..2026-09-27; request time = first email 2025-09-29 = day 1; "
              "approve 9999.00 (the 2024 charge is another period)")

    # fhi-l10: Devanagari cancel, no current_period_end -> L8 fallback
    e = "manoj.tiwari@tiwarisweets.in"
    cust(e, "Manoj Tiwari", "monthly")
    lo_pay("hi_p7581", "LO-INV-75081", e, "monthly", "999.00", "2025-08-15T08:00:00", "2025-08-15", None)
    lo_pay("hi_p7582", "LO-INV-75082", e, "monthly", "999.00", "2025-09-15T08:00:00", "2025-09-15", None)
    eml("l10-cancel-fallback", f"मनोज तिवारी <{e}>", LO, "सदस्यता रद्द करें",
        when(2025, 9, 30, 11, 30),
        "नमस्कार जी,\n\nकृपया मेरा मासिक प्लान रद्द कर दीजिए। अब दुकान का ऑनलाइन काम मेरा बेटा खुद संभाल रहा है,"
        " इसलिए इस सॉफ़्टवेयर की ज़रूरत नहीं है। आगे से कोई पैसा न कटे।\n\nधन्यवाद\nमनोज तिवारी\nतिवारी स्वीट्स, वाराणसी\n")
    case("fhi-l10-cancel-fallback", ["l10-cancel-fallback"], "leadsoptima", "decided",
         [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-14"}],
         spec="L8 with no current_period_end: last charge 2025-09-15 + 1 month (monthly) - 1 day = 2025-10-14")

    # fhi-l11: refund with no reason (do the needful, signature) -> need_info reason
    e = "swati.kulkarni@kulkarnica.in"
    cust(e, "Swati Kulkarni", "quarterly", start="2025-09-25", end="2025-12-24")
    lo_pay("hi_p7590", "LO-INV-75090", e, "quarterly", "3999.00", "2025-06-25T10:00:00", "2025-06-25", "2025-09-24")
    lo_pay("hi_p7591", "LO-INV-75091", e, "quarterly", "3999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
    eml("l11-no-reason", f"CA Swati Kulkarni <{e}>", LO, "Refund - LO-INV-75091",
        when(2025, 9, 27, 11, 50),
        "Respected Sir/Madam,\n\nLO-INV-75091 ka refund process kar dijiye. Jaldi kariyega, please do the needful.\n\n"
        "Dhanyavaad,\nCA Swati Kulkarni\nKulkarni & Associates, Chartered Accountants | Pune\n\n"
        "DISCLAIMER: Is e-mail ki jaankari gopniya hai aur sirf addressee ke liye hai. This e-mail and any files"
        " transmitted with it are confidential.\n")
    case("fhi-l11-no-reason", ["l11-no-reason"], "leadsoptima", "need_info", missing=["reason"],
         spec="Section 8 'What a reason is': restating the request, 'do the needful', signature and disclaimer are not "
              "a reason; a refund needs one (section 3) -> C3 need_info [reason]; plan filled from the ledger, invoice given")

    # ------------------------------------------------------------------ Optima WebDesign
    # fhi-o01: deposit inside 72h, no work started -> approve
    p, e = "Sharma Sweets Online", "sanjay@sharmasweets.in"
    proj(p, e)
    o_pay("hi_o7501", "OWD-2025-7501", p, "deposit", "25000.00", "4500.00", "2025-09-28T11:00:00")
    eml("o01-deposit-inside", f"Sanjay Sharma <{e}>", OWD, "Refund Request — Sharma Sweets Online / OWD-2025-7501",
        when(2025, 9, 30, 9, 30),
        "Namaste Optima team,\n\nhumne 28 tareekh ko Sharma Sweets Online website ke liye ₹25,000 + GST advance diya"
        " tha (invoice OWD-2025-7501). Ghar mein shaadi aa gayi hai aur budget udhar lag gaya, isliye abhi website"
        " ka kaam shuru nahi karwa sakte. Advance wapas kar dijiye please.\n\nSanjay Sharma\n")
    case("fhi-o01-deposit-inside", ["o01-deposit-inside"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "25000.00"}],
         spec="O2: deposit paid 2025-09-28 11:00 IST, request 2025-09-30 09:30 IST = 46.5 h < 72 h, work_started_at "
              "empty -> approve 25000.00 (tax 4500.00 kept, C6)")

    # fhi-o02: deposit, work started before request -> deny
    p, e = "Gupta Dental Care", "dr.gupta@guptadental.in"
    proj(p, e, started="2025-09-30T09:00:00")
    o_pay("hi_o7502", "OWD-2025-7502", p, "deposit", "15000.00", "2700.00", "2025-09-29T10:00:00")
    eml("o02-deposit-started", f"डॉ. अनिल गुप्ता <{e}>", OWD, "एडवांस वापस चाहिए - Gupta Dental Care",
        when(2025, 9, 30, 18, 0),
        "नमस्ते,\n\nहमने कल Gupta Dental Care की वेबसाइट के लिए ₹15,000 एडवांस दिया था (इनवॉइस OWD-2025-7502)।"
        " मेरे पार्टनर डॉक्टर ने अब मना कर दिया है, वो पुराने वेंडर से ही काम करवाना चाहते हैं। कृपया एडवांस लौटा दीजिए।\n\n"
        "धन्यवाद\nडॉ. अनिल गुप्ता\n")
    case("fhi-o02-deposit-started", ["o02-deposit-started"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="O2: paid 2025-09-29 10:00, request 2025-09-30 18:00 (32 h) but work_started_at 2025-09-30 09:00 is "
              "before the request -> 'whichever occurs first' -> deny")

    # fhi-o03: hosting annual within 14 days -> prorated approve
    p, e = "Agarwal Jewellers Site", "info@agarwaljewellers.co.in"
    proj(p, e, started="2025-08-01T10:00:00")
    o_pay("hi_o7503", "OWD-2025-7503", p, "hosting_annual", "18000.00", "3240.00", "2025-09-19T12:00:00",
          setup_fee="2400.00", service_start="2025-09-20")
    eml("o03-hosting-prorate", f"Agarwal Jewellers <{e}>", OWD, "Hosting cancel + refund (OWD-2025-7503)",
        when(2025, 9, 29, 15, 20),
        "Dear Sir,\n\nAgarwal Jewellers Site ka annual hosting plan (OWD-2025-7503) cancel karke jo bhi baaki paisa"
        " banta hai wo refund kar dijiye. Humne apna store Shopify pe shift kar liya hai, to ab alag hosting ki"
        " zaroorat nahi hai.\n\nRegards\nPiyush Agarwal\nAgarwal Jewellers, Chandni Chowk\n")
    case("fhi-o03-hosting-prorate", ["o03-hosting-prorate"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "14300.00"}], extra_ok=True,
         spec="O5: service_start 2025-09-20, request 2025-09-29 = day 9 <= 14; monthly_value = (18000.00-2400.00)/12 = "
              "1300.00; consumed 1; refund = 18000.00 - 2400.00 - 1300.00 = 14300.00 (extra cancellation decision OK: "
              "the refund ends the plan)")

    # fhi-o04: domain renewal -> deny O6
    p, e = "Patel Tours", "hetal@pateltours.in"
    proj(p, e, started="2024-06-01T10:00:00")
    o_pay("hi_o7504", "OWD-2025-7504", p, "third_party", "1299.00", "233.82", "2025-09-25T09:00:00")
    eml("o04-domain", f"Hetal Patel <{e}>", OWD, "domain renewal ka charge??",
        when(2025, 9, 27, 12, 10),
        "Hello,\n\nPatel Tours ke liye domain renewal ka ₹1,299 kyun kata (OWD-2025-7504)? Humne to domain pichhle"
        " mahine GoDaddy pe transfer kar diya tha, ab aapke paas renew karne ki zaroorat hi nahi thi. Please refund"
        " kijiye.\n\nHetal\n")
    case("fhi-o04-domain", ["o04-domain"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "deny"}],
         spec="O6: payment kind third_party (domain renewal) is never refundable -> deny citing Non-refundable items")

    # fhi-o05: retainer cancel with >= 7 days notice
    p, e = "Saxena Realty Marketing", "ankit@saxenarealty.in"
    proj(p, e, started="2025-05-15T10:00:00")
    o_pay("hi_o7505", "OWD-2025-7505", p, "retainer", "30000.00", "5400.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    eml("o05-retainer-notice", f"Ankit Saxena <{e}>", OWD, "Retainer band karna hai - Saxena Realty Marketing",
        when(2025, 9, 26, 16, 0),
        "Hi Optima team,\n\nSaxena Realty Marketing ka monthly retainer (last invoice OWD-2025-7505) is cycle ke baad"
        " band kar dijiye. Humne apna in-house digital marketing executive rakh liya hai. Refund ki zaroorat nahi,"
        " is mahine ka kaam aap poora kar dena.\n\nThanks\nAnkit\n")
    case("fhi-o05-retainer-notice", ["o05-retainer-notice"], "optima_webdesign", "decided",
         [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-14"}],
         spec="O4/O8: next_billing_at 2025-10-15; notice cutoff 2025-10-15 - 7 = 2025-10-08; request 2025-09-26 is on "
              "or before -> cancel effective the day before next billing 2025-10-14; 'refund ki zaroorat nahi' is a negation")

    # fhi-o06: retainer cancel with less than 7 days notice
    p, e = "Reddy Fitness Social", "lakshmi@reddyfitness.in"
    proj(p, e, started="2025-06-03T10:00:00")
    # Checker chk-c: moved from September to July so that the next cycle (2025-08-03..2025-09-02) is one calendar
    # month AND as many days as the current one (31): the spec does not say how long "that next cycle" is, and with
    # 2025-09-03..2025-10-02 (30 days) a day-count reading gave 2025-11-01 against the month reading's 2025-11-02.
    o_pay("hi_o7506", "OWD-2025-7506", p, "retainer", "20000.00", "3600.00", "2025-07-03T10:00:00",
          period_start="2025-07-03", period_end="2025-08-02", next_billing_at="2025-08-03T00:00:00")
    eml("o06-retainer-short", f"Lakshmi Reddy <{e}>", OWD, "Cancel social media retainer",
        when(2025, 7, 30, 20, 30),
        "Hello,\n\nReddy Fitness Social ka retainer cancel karna hai (OWD-2025-7506). Hum Hyderabad wala gym band kar rahe"
        " hain, to social media posts ki ab zaroorat nahi rahegi.\n\nLakshmi Reddy\nReddy Fitness\n")
    case("fhi-o06-retainer-short", ["o06-retainer-short"], "optima_webdesign", "decided",
         [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-09-02"}],
         spec="O4: next_billing_at 2025-08-03, cutoff 2025-07-27; request 2025-07-30 is after -> next cycle "
              "2025-08-03..2025-09-02 is billed (one month, and 31 days like 2025-07-03..2025-08-02, so every reading "
              "of its length agrees); effective 2025-09-02")

    # fhi-o07: milestone not started -> approve its amount
    p, e = "Chauhan Academy LMS", "rajesh@chauhanacademy.in"
    proj(p, e, started="2025-08-01T10:00:00")
    o_pay("hi_o7507", "OWD-2025-7507", p, "milestone", "30000.00", "5400.00", "2025-08-10T10:00:00",
          milestone_status="completed")
    o_pay("hi_o7508", "OWD-2025-7508", p, "milestone", "40000.00", "7200.00", "2025-09-20T10:00:00",
          milestone_status="not_started")
    eml("o07-milestone-not-started", f"Rajesh Chauhan <{e}>", OWD, "Milestone 2 refund - Chauhan Academy LMS",
        when(2025, 9, 28, 10, 45),
        "Namaste,\n\nChauhan Academy LMS ka Milestone 2 (invoice OWD-2025-7508, ₹40,000) ka kaam abhi shuru nahi hua"
        " hai. Investor ne funding rok di hai isliye hum LMS wala module abhi drop kar rahe hain. Milestone 1 theek"
        " hai, wo rakhiye. Milestone 2 ka paisa wapas kar dijiye.\n\nRajesh Chauhan\n")
    case("fhi-o07-milestone-not-started", ["o07-milestone-not-started"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "40000.00"}],
         spec="O3: OWD-2025-7508 milestone_status not_started -> approve its amount 40000.00 before tax")

    # fhi-o08: chargeback threat -> escalate C4
    p, e = "Malhotra Interiors", "neeraj@malhotrainteriors.com"
    proj(p, e, started="2025-07-01T10:00:00")
    o_pay("hi_o7509", "OWD-2025-7509", p, "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00",
          milestone_status="completed")
    eml("o08-chargeback", f"Neeraj Malhotra <{e}>", OWD, "PAISA WAPAS KARO - Malhotra Interiors",
        when(2025, 9, 29, 22, 5),
        "Bhai 3 mahine ho gaye Malhotra Interiors ki website abhi tak live nahi hui. OWD-2025-7509 ke ₹35,000 wapas karo,"
        " kaam bilkul bekaar hai. Agar 2 din mein paisa nahi aaya to main bank mein chargeback file kar dunga.\n\nNeeraj\n")
    case("fhi-o08-chargeback", ["o08-chargeback"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "escalate"}], rules=["C4"],
         spec="C4: chargeback threat -> escalate the whole case, no amount (whatever O3/O6 would say)")

    # fhi-o09: consumer forum threat in Devanagari -> escalate C4
    p, e = "Pandey Coaching Portal", "vivek@pandeycoaching.in"
    proj(p, e, started="2025-09-05T10:00:00")
    o_pay("hi_o7510", "OWD-2025-7510", p, "deposit", "10000.00", "1800.00", "2025-09-01T10:00:00")
    eml("o09-consumer-forum", f"विवेक पांडे <{e}>", OWD, "एडवांस वापसी - Pandey Coaching Portal",
        when(2025, 9, 25, 14, 0),
        "महोदय,\n\nPandey Coaching Portal के लिए मैंने 1 सितंबर को ₹10,000 एडवांस दिया था (OWD-2025-7510)। आपकी टीम"
        " ने जो डिज़ाइन भेजा वो बिल्कुल भी हमारे ब्रीफ़ के अनुसार नहीं है। मुझे मेरा एडवांस वापस चाहिए, वरना मैं उपभोक्ता"
        " अदालत में शिकायत दर्ज करूँगा।\n\nविवेक पांडे\n")
    case("fhi-o09-consumer-court", ["o09-consumer-forum"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "escalate"}], rules=["C4"],
         spec="C4: threat of a consumer court complaint ('उपभोक्ता अदालत') -> escalate, no amount (O2 would deny: work "
              "started 2025-09-05, more than 72 h)")

    # fhi-o10: staff forwards the director's mail -> C2
    p, e = "Iyer Catering", "meera@iyercatering.in"
    proj(p, e)
    o_pay("hi_o7511", "OWD-2025-7511", p, "deposit", "12000.00", "2160.00", "2025-09-29T12:00:00")
    eml("o10-fwd-c2", "Accounts - Iyer Catering <accounts@iyercatering.in>", OWD, "Fwd: Advance refund - Iyer Catering",
        when(2025, 9, 30, 11, 10),
        "PFA neeche madam ka mail, please process kar dijiye.\n\nRegards\nAccounts Team\n\n"
        "---------- Forwarded message ---------\nFrom: Meera Iyer <meera@iyercatering.in>\n"
        "Date: Tue, 30 Sept 2025 at 10:02\nSubject: Advance refund - Iyer Catering\nTo: Accounts <accounts@iyercatering.in>\n\n"
        "Optima ko bolo ki Iyer Catering website ka advance OWD-2025-7511 (₹12,000) wapas karein. Humne decide kiya hai"
        " ki abhi sirf Instagram page se kaam chalayenge, website next year.\n\nMeera\n")
    case("fhi-o10-fwd-c2", ["o10-fwd-c2"], "optima_webdesign", "need_info", rules=["C2"],
         spec="Section 8 Forwards + C2: the forwarded request is Meera's (contract email meera@iyercatering.in) but the "
              "sender is accounts@iyercatering.in -> need_info asking for the request from the contract email")

    # fhi-o11: thread, retainer cancel with no reason -> asked -> answered -> cancel
    p, e = "Bhatia Motors Ads", "gurpreet@bhatiamotors.in"
    proj(p, e, started="2025-06-20T10:00:00")
    o_pay("hi_o7512", "OWD-2025-7512", p, "retainer", "15000.00", "2700.00", "2025-09-20T10:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    m1 = eml("o11-thread-1", f"Gurpreet Bhatia <{e}>", OWD, "Bhatia Motors Ads retainer",
             when(2025, 9, 27, 12, 0),
             "Sat Sri Akal ji,\n\nBhatia Motors Ads ka retainer (OWD-2025-7512) band karna hai ji.\n\nGurpreet Singh Bhatia\n"
             "Bhatia Motors, Ludhiana\n")
    eml("o11-thread-2", f"Gurpreet Bhatia <{e}>", OWD, "Re: Bhatia Motors Ads retainer [OWD-7512]",
        when(2025, 9, 29, 10, 25),
        "Ji reason ye hai ki ab showroom ki marketing company ka dealer network khud karega, humein alag agency"
        " ki zaroorat nahi.\n\nGurpreet\n\n> On 27-Sep-2025, Optima WebDesign wrote:\n> Could you tell us the reason"
        " for the cancellation?\n",
        reply_to=[m1, "<owd-7512-ask@optimawebdesign.com>"])
    case("fhi-o11-thread-reason", ["o11-thread-1", "o11-thread-2"], "optima_webdesign", "decided",
         [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-19"}],
         spec="Section 8: Optima requires a reason for cancellations (asked, C3, then given in the reply). O4: request "
              "time = first email 2025-09-27 <= 2025-10-20 - 7 = 2025-10-13 -> cancel effective 2025-10-19")

    # fhi-o12: milestone in progress -> escalate
    p, e = "Kohli Cafe App", "simran@kohlicafe.in"
    proj(p, e, started="2025-08-10T10:00:00")
    o_pay("hi_o7513", "OWD-2025-7513", p, "milestone", "50000.00", "9000.00", "2025-09-10T10:00:00",
          milestone_status="in_progress")
    eml("o12-milestone-in-progress", f"Simran Kohli <{e}>", OWD, "Kohli Cafe App - milestone refund",
        when(2025, 9, 26, 17, 35),
        "Hi,\n\nKohli Cafe App ka ordering module (milestone invoice OWD-2025-7513) humein ab nahi chahiye, Swiggy/Zomato"
        " se hi orders le lenge. Jitna kaam hua hai uska kaat ke baaki paisa refund kar dijiye please.\n\nSimran\n")
    case("fhi-o12-milestone-in-progress", ["o12-milestone-in-progress"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "escalate"}],
         spec="O3: milestone_status in_progress -> escalate (billable value of work not started needs a person)")

    # fhi-o13: HTML-only, discovery not started -> approve
    p, e = "Desai Ayurveda Brand", "kunal@desaiayurveda.com"
    proj(p, e)
    o_pay("hi_o7514", "OWD-2025-7514", p, "discovery", "12000.00", "2160.00", "2025-09-25T10:00:00")
    eml("o13-html-discovery", f"Kunal Desai <{e}>", OWD, "Discovery fee refund - Desai Ayurveda Brand",
        when(2025, 9, 26, 9, 40),
        html="<html><body><div dir=\"ltr\"><p>Namaste Optima team,</p><p>Desai Ayurveda Brand ke liye humne kal discovery"
             " fee <b>₹12,000</b> pay ki thi (invoice <b>OWD-2025-7514</b>). Session abhi schedule bhi nahi hua hai.</p>"
             "<p>Family business mein decide hua hai ki brand launch 6 mahine postpone karenge, isliye discovery fee"
             " refund kar dijiye.</p><p>Dhanyavaad,<br>Kunal Desai<br><i>Desai Ayurveda, Surat</i></p></div></body></html>\n")
    case("fhi-o13-html-discovery", ["o13-html-discovery"], "optima_webdesign", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "12000.00"}],
         spec="O1: discovery, work_started_at empty (no session held) -> approve in full 12000.00 before tax; HTML-only mail")

    # ------------------------------------------------------------------ hard / non-requests
    # fhi-x01: Hindi out-of-office auto reply -> ignore C7
    e = "harsh.vardhan@vardhanagro.in"
    cust(e, "Harsh Vardhan", "monthly", start="2025-09-12", end="2025-10-11")
    lo_pay("hi_p7601", "LO-INV-75101", e, "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    eml("x01-ooo", f"Harsh Vardhan <{e}>", LO, "स्वचालित उत्तर: Re: Your refund request [LO-7601]",
        when(2025, 9, 27, 8, 0),
        "नमस्ते,\n\nमैं 5 अक्टूबर तक छुट्टी पर हूँ। रिफंड या बिलिंग से जुड़े ज़रूरी काम के लिए कृपया accounts@vardhanagro.in"
        " पर लिखें।\n\nहर्ष वर्धन\n",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        reply_to=["<lo-7601-reply@leadsoptima.com>"])  # chk-c: an auto-reply carries In-Reply-To (RFC 3834)
    case("fhi-x01-ooo", ["x01-ooo"], "leadsoptima", "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-replied -> ignore, never answered (worked example 12)")

    # fhi-x02: how-to question -> other
    e = "farhan.qureshi@qureshiimports.com"
    cust(e, "Farhan Qureshi", "quarterly", start="2025-08-05", end="2025-11-04")
    lo_pay("hi_p7602", "LO-INV-75102", e, "quarterly", "3999.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
    eml("x02-howto", f"Farhan Qureshi <{e}>", LO, "invoice pe GST number kaise daalein",
        when(2025, 9, 23, 15, 0),
        "Assalam alaikum,\n\nhumein apne LeadsOptima invoices pe company ka GSTIN chahiye taaki input credit le sakein."
        " Billing section mein GST number daalne ka option nahi dikh raha. Kahan se add karein? Aur purane invoice"
        " (LO-INV-75102) dobara GST ke saath mil sakta hai kya?\n\nShukriya\nFarhan\n")
    case("fhi-x02-howto", ["x02-howto"], "leadsoptima", "other",
         spec="Neither refund nor cancellation (how to add a GSTIN to invoices) -> other, left for staff")

    # fhi-x03: hypothetical -> other
    e = "anjali.singh@singhboutique.in"
    cust(e, "Anjali Singh", "monthly", start="2025-09-18", end="2025-10-17")
    lo_pay("hi_p7603", "LO-INV-75103", e, "monthly", "1499.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    eml("x03-hypothetical", f"Anjali Singh <{e}>", LO, "annual plan ke baare mein sawaal",
        when(2025, 9, 25, 12, 30),
        "Hi,\n\nabhi main monthly plan pe hoon aur soch rahi hoon annual le loon kyunki sasta padta hai. Par agar"
        " annual le liya aur 2-3 mahine baad boutique ke liye kaam ka nahi laga, to kya baaki mahino ka refund milega?"
        " Pehle confirm kar dijiye phir upgrade karungi.\n\nAnjali\n")
    case("fhi-x03-hypothetical", ["x03-hypothetical"], "leadsoptima", "other",
         spec="Section 8: hypothetical 'agar ... to kya refund milega?' before buying is a policy question, no request -> other")

    # fhi-x04: own-address forward (Apple Mail) re-sending an earlier request; cancel + duplicate
    e = "gaurav.arora@arorafinserv.in"
    cust(e, "Gaurav Arora", "monthly", start="2025-09-26", end="2025-10-25")
    lo_pay("hi_p7604", "LO-INV-75104", e, "monthly", "2499.00", "2025-08-26T09:00:00", "2025-08-26", "2025-09-25")
    lo_pay("hi_p7605", "LO-INV-75105", e, "monthly", "2499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
    lo_pay("hi_p7606", "LO-INV-75106", e, "monthly", "2499.00", "2025-09-26T09:04:00", "2025-09-26", "2025-10-25")
    eml("x04-self-forward", f"Gaurav Arora <{e}>", LO, "Fwd: double charge aur cancel",
        when(2025, 9, 30, 10, 0),
        "Pichla mail galti se info@ pe chala gaya tha shayad, koi reply nahi aaya. Dobara bhej raha hoon.\n\n"
        "Begin forwarded message:\n\nFrom: Gaurav Arora <gaurav.arora@arorafinserv.in>\nSubject: double charge aur cancel\n"
        "Date: 27 September 2025 at 11:12:40 GMT+5:30\nTo: info@leadsoftima.com\n\n"
        "Hello, 26 Sept ko ₹2,499 do baar kat gaya, duplicate invoice LO-INV-75106 hai, wo refund karo. Aur saath mein"
        " plan cancel bhi kar do, ab humari firm ka naya CRM aa gaya hai.\n\nGaurav\n")
    case("fhi-x04-self-forward", ["x04-self-forward"], "leadsoptima", "decided",
         [{"intent": "refund", "outcome": "approve", "amount": "2499.00"},
          {"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-25"}],
         spec="Forward read for the request it carries; the forwarded request is from the sender's own registered "
              "address (no C2). Request time = this email's Date 2025-09-30 (day 4 after 2025-09-26; the forwarded "
              "27 Sept mail never reached a brand mailbox). L4: LO-INV-75105/-75106 same amount and period -> approve "
              "2499.00; L8 cancel effective current_period_end 2025-10-25")


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
