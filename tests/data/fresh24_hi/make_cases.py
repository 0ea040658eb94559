"""Held-out round fresh24 (qa24c): case generator. Stdlib only, deterministic.
Running it writes ledger.json, emails/*.eml and expected.json beside this file."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
EMAILS: dict[str, bytes] = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def when(stamp: str, offset: str) -> str:
    """'2025-09-22 09:40', '+05:30' -> RFC 5322 date in that offset."""
    sign = -1 if offset[0] == "-" else 1
    hh, mm = offset[1:].split(":")
    tz = timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))
    return format_datetime(datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def mail(name, frm, to, subject, date, body, html=None, headers=None, reply_to=None, refs=(), msgid=None):
    """Write emails/<name>.eml; return its Message-ID (for threads)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = when(*date)
    mid = msgid or f"<{name}.qa24c@{frm.rsplit('@', 1)[1].strip('>').strip()}>"
    msg["Message-ID"] = mid
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
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
            msg.set_boundary(f"=_qa24c_{name}")
    EMAILS[f"emails/{name}.eml"] = msg.as_bytes(policy=SMTP)
    return mid


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None,
         spec="", lang=None):
    c = {"id": cid, "lang": lang or cid.split("-")[0], "files": [f"emails/{f}.eml" for f in files],
         "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(intent=d[0], outcome=d[1], amount=d[2], **({"effective_date": d[3]} if len(d) > 3 else {}))
                      for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def write():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for rel, data in sorted(EMAILS.items()):
        (HERE / rel).write_bytes(data)
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=2, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    used = {f for c in CASES for f in c["files"]}
    assert used <= set(EMAILS), used - set(EMAILS)
    assert len({c["id"] for c in CASES}) == len(CASES)
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")

# ---------------------------------------------------------------------------------------------------------
# Ledger (Asia/Kolkata, amounts before tax)
cust("rohit.sharma88@gmail.com", "Rohit Sharma", "monthly", start="2025-09-20", end="2025-10-19")
lopay("hp01", "LO-INV-24101", "rohit.sharma88@gmail.com", "monthly", *M, "2025-09-20T09:15:00", "2025-09-20", "2025-10-19")
lopay("hp02", "LO-INV-24102", "rohit.sharma88@gmail.com", "monthly", *M, "2025-09-20T09:16:00", "2025-09-20", "2025-10-19")
cust("priya.verma@yahoo.co.in", "Priya Verma", "annual", start="2025-09-10", end="2026-09-09")
lopay("hp03", "LO-INV-24110", "priya.verma@yahoo.co.in", "annual", *A, "2025-09-10T12:00:00", "2025-09-10", "2026-09-09")
cust("amit.k.jain@rediffmail.com", "Amit Jain", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("hp04", "LO-INV-24120", "amit.k.jain@rediffmail.com", "quarterly", *Q, "2025-09-01T10:30:00", "2025-09-01", "2025-11-30")
cust("neha.bhatt@outlook.com", "Neha Bhatt", "monthly", status="trial", trial_ends="2025-10-05")
cust("vikas.gupta1990@gmail.com", "Vikas Gupta", "monthly", start="2025-09-22", end="2025-10-21")
lopay("hp05", "LO-INV-24130", "vikas.gupta1990@gmail.com", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("hp06", "LO-INV-24131", "vikas.gupta1990@gmail.com", "monthly", *M, "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
lopay("hp07", "LO-INV-24132", "vikas.gupta1990@gmail.com", "monthly", *M, "2025-09-23T08:00:00", "2025-09-22", "2025-10-21")
cust("sunita.rao@gmail.com", "Sunita Rao", "monthly", start="2025-09-05", end="2025-10-04")
lopay("hp08", "LO-INV-24140", "sunita.rao@gmail.com", "monthly", *M, "2025-09-05T18:00:00", "2025-09-05", "2025-10-04")
lopay("hp09", "LO-INV-24141", "sunita.rao@gmail.com", "monthly", *M, "2025-09-05T18:02:00", "2025-09-05", "2025-10-04")
cust("karan.mehta@icloud.com", "Karan Mehta", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("hp10", "LO-INV-24150", "karan.mehta@icloud.com", "quarterly", *Q, "2025-09-18T23:30:00", "2025-09-18", "2025-12-17")
lopay("hp11", "LO-INV-24151", "karan.mehta@icloud.com", "quarterly", *Q, "2025-09-18T23:31:00", "2025-09-18", "2025-12-17")
cust("deepak.yadav.lko@gmail.com", "Deepak Yadav", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hp12", "LO-INV-24160", "deepak.yadav.lko@gmail.com", "monthly", *M, "2025-08-25T11:00:00", "2025-08-25", "2025-09-24")
lopay("hp13", "LO-INV-24161", "deepak.yadav.lko@gmail.com", "monthly", *M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
cust("anjali.singh@hotmail.com", "Anjali Singh", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hp14", "LO-INV-24170", "anjali.singh@hotmail.com", "monthly", *M, "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
cust("manoj.tiwari.bpl@gmail.com", "Manoj Tiwari", "annual")
lopay("hp15", "LO-INV-24180", "manoj.tiwari.bpl@gmail.com", "annual", *A, "2025-08-31T20:00:00+00:00")
cust("farhan.qureshi@gmail.com", "Farhan Qureshi", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hp16", "LO-INV-24190", "farhan.qureshi@gmail.com", "monthly", *M, "2025-09-24T13:00:00", "2025-09-24", "2025-10-23", status="failed")
cust("kavita.nair@infotechsol.in", "Kavita Nair", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("hp17", "LO-INV-24200", "kavita.nair@infotechsol.in", "quarterly", *Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
lopay("hp18", "LO-INV-24201", "kavita.nair@infotechsol.in", "quarterly", *Q, "2025-09-15T10:02:00", "2025-09-15", "2025-12-14")
cust("pooja.pandey@gmail.com", "Pooja Pandey", "monthly", start="2025-09-21", end="2025-10-20")
lopay("hp19", "LO-INV-24210", "pooja.pandey@gmail.com", "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
cust("suresh.reddy@gmail.com", "Suresh Reddy", "annual", start="2025-09-19", end="2026-09-18")
lopay("hp20", "LO-INV-24220", "suresh.reddy@gmail.com", "annual", *A, "2025-09-19T16:00:00", "2025-09-19", "2026-09-18")
cust("harpreet.kaur@gmail.com", "Harpreet Kaur", "monthly", start="2025-09-12", end="2025-10-11")
lopay("hp21", "LO-INV-24230", "harpreet.kaur@gmail.com", "monthly", *M, "2025-09-12T08:00:00", "2025-09-12", "2025-10-11")
cust("ramesh.iyer@gmail.com", "Ramesh Iyer", "quarterly", start="2025-07-01", end="2025-09-30")
lopay("hp22", "LO-INV-24240", "ramesh.iyer@gmail.com", "quarterly", *Q, "2025-07-01T10:00:00", "2025-07-01", "2025-09-30")
lopay("hp23", "LO-INV-24241", "ramesh.iyer@gmail.com", "annual", *A, "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
cust("nitin.choudhary@gmail.com", "Nitin Choudhary", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hp24", "LO-INV-24250", "nitin.choudhary@gmail.com", "monthly", *M, "2025-09-27T07:45:00", "2025-09-27", "2025-10-26")
lopay("hp25", "LO-INV-24251", "nitin.choudhary@gmail.com", "monthly", *M, "2025-09-27T07:46:00", "2025-09-27", "2025-10-26")

proj("Sharma Sweets Website", "sharmasweets.jaipur@gmail.com")
owpay("hw01", "OWD-2025-301", "Sharma Sweets Website", "deposit", "20000.00", "3600.00", "2025-09-22T11:00:00")
proj("Kulkarni Dental Clinic", "dr.kulkarni.dental@gmail.com")
owpay("hw02", "OWD-2025-302", "Kulkarni Dental Clinic", "deposit", "25000.00", "4500.00", "2025-09-20T10:00:00")
proj("Ayurveda Store", "contact@ayurvedastore.in")
owpay("hw03", "OWD-2025-303", "Ayurveda Store", "discovery", "15000.00", "2700.00", "2025-09-15T12:00:00")
proj("Bansal Logistics Portal", "it@bansallogistics.in", "2025-09-18T10:00:00")
owpay("hw04", "OWD-2025-304", "Bansal Logistics Portal", "discovery", "18000.00", "3240.00", "2025-09-12T12:00:00")
owpay("hw05", "OWD-2025-305", "Bansal Logistics Portal", "deposit", "40000.00", "7200.00", "2025-09-16T12:00:00")
proj("Gupta Jewellers eCommerce", "accounts@guptajewellers.com", "2025-08-01T10:00:00")
owpay("hw06", "OWD-2025-306", "Gupta Jewellers eCommerce", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00", milestone_status="not_started")
owpay("hw07", "OWD-2025-307", "Gupta Jewellers eCommerce", "milestone", "30000.00", "5400.00", "2025-08-20T10:00:00", milestone_status="in_progress")
owpay("hw08", "OWD-2025-308", "Gupta Jewellers eCommerce", "milestone", "25000.00", "4500.00", "2025-08-01T10:00:00", milestone_status="completed")
proj("Desi Tadka Restaurant", "desitadka.pune@gmail.com", "2025-06-01T10:00:00")
owpay("hw09", "OWD-2025-309", "Desi Tadka Restaurant", "retainer", "30000.00", "5400.00", "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
proj("Mehra Realty", "mehra.realty@gmail.com", "2025-05-01T10:00:00")
owpay("hw10", "OWD-2025-310", "Mehra Realty", "retainer", "25000.00", "4500.00", "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
proj("Patel Textiles", "patel.textiles.surat@gmail.com", "2025-09-15T10:00:00")
owpay("hw11", "OWD-2025-311", "Patel Textiles", "hosting_annual", "12000.00", "2160.00", "2025-09-15T10:00:00", setup_fee="1200.00", service_start="2025-09-15")
proj("Iyer Music Academy", "iyer.music@gmail.com", "2025-09-05T10:00:00")
owpay("hw12", "OWD-2025-312", "Iyer Music Academy", "maintenance_annual", "18000.00", "3240.00", "2025-09-05T10:00:00", setup_fee="2500.00", service_start="2025-09-05")
proj("Chawla Sports", "chawla.sports@gmail.com", "2025-09-01T10:00:00")
owpay("hw13", "OWD-2025-313", "Chawla Sports", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00")
proj("Verma Coaching Classes", "vermacoaching.kota@gmail.com", "2025-09-10T10:00:00")
owpay("hw14", "OWD-2025-314", "Verma Coaching Classes", "rush", "8000.00", "1440.00", "2025-09-18T10:00:00")
proj("Saini Builders", "saini.builders@gmail.com")
owpay("hw15", "OWD-2025-315", "Saini Builders", "deposit", "30000.00", "5400.00", "2025-09-25T12:00:00")
proj("Lucknow Chikan House", "chikanhouse.lko@gmail.com")
owpay("hw16", "OWD-2025-316", "Lucknow Chikan House", "maintenance_annual", "18000.00", "3240.00", "2025-09-20T10:00:00", setup_fee="2500.00", service_start="2025-10-01")
proj("Joshi Yoga Studio", "joshiyoga.rishikesh@gmail.com", "2025-04-01T10:00:00")
owpay("hw17", "OWD-2025-317", "Joshi Yoga Studio", "retainer", "20000.00", "3600.00", "2025-09-08T10:00:00", period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T00:00:00")
owpay("hw18", "OWD-2025-318", "Joshi Yoga Studio", "retainer", "20000.00", "3600.00", "2025-09-20T10:00:00", period_start="2025-10-08", period_end="2025-11-07", next_billing_at="2025-11-08T00:00:00")

IST = "+05:30"
SIG_IPHONE = "\n\nSent from my iPhone"

# ---------------- LeadsOptima ----------------
mail("l01-do-baar-kata", "Rohit Sharma <rohit.sharma88@gmail.com>", LO, "paise do baar kat gaye!!",
     ("2025-09-22 08:47", IST),
     "hello team\n\nmere card se 20 sept ko Rs. 1,768.82 do baar kat gaye hain, ek hi monthly plan ke liye. "
     "bank statement me dono entry dikh rahi hai. dusra wala invoice LO-INV-24102 hai. please ek wapas kar do\n\n"
     "Rohit\n9829xxxxxx" + SIG_IPHONE)
case("hi-l01-do-baar-kata", LOB, ["l01-do-baar-kata"], "decided", [("refund", "approve", "1499.00")],
     spec="L2 duplicate_payment, L3 day 2, L4: two paid 1499.00 charges same period; refund the later one, before tax (C6); the 1,768.82 the customer quotes includes GST.")

mail("l02-istemaal-nahi", "Priya Verma <priya.verma@yahoo.co.in>", LO, "रिफंड के बारे में",
     ("2025-09-15 21:10", IST),
     "नमस्ते,\n\nमैंने 10 सितंबर को annual plan लिया था (LO-INV-24110)। सोचा था कि मेरे बुटीक के लिए काम आएगा, "
     "लेकिन सच कहूँ तो मैंने इसे एक बार भी इस्तेमाल नहीं किया। समय ही नहीं मिला। कृपया मेरे पैसे वापस कर दीजिए।\n\n"
     "धन्यवाद\nप्रिया वर्मा, भोपाल")
case("hi-l02-istemaal-nahi", LOB, ["l02-istemaal-nahi"], "decided", [("refund", "deny", None)],
     spec="L1: did not use the product is not an exception reason; deny and offer cancellation (inside 7 days does not matter).")

mail("l03-annual-band", "Priya Verma <priya.verma@yahoo.co.in>", LO, "subscription band karna hai",
     ("2025-09-28 19:05", IST),
     "Hi,\nmujhe apna LeadsOptima ka annual subscription band karwana hai. Auto renew bhi off kar dena. "
     "Boutique ka kaam abhi slow hai isliye zarurat nahi hai.\nThanks\nPriya")
case("hi-l03-annual-band", LOB, ["l03-annual-band"], "decided", [("cancellation", "cancel", None, "2026-09-09")],
     spec="L8: cancellation; active until current_period_end 2026-09-09; no refund asked.")

mail("l04-login-nahi", "Amit Jain <amit.k.jain@rediffmail.com>", LO, "Login nahi ho raha - urgent",
     ("2025-09-06 11:20", IST),
     "Sir/Madam,\n\n3 din se login nahi ho raha. password reset bhi kiya, OTP aata hi nahi. "
     "quarterly plan ka paisa 1 tareekh ko kata tha, LO-INV-24120. agar theek nahi ho sakta to refund kar dijiye.\n\n"
     "Amit Kumar Jain\nJain Traders, Indore")
case("hi-l04-login-nahi", LOB, ["l04-login-nahi"], "decided", [("refund", "escalate", None)],
     spec="L2 access_failure, L3 charged 2025-09-01, request 2025-09-06 = day 5, L6 escalate (support must verify); no amount.")

mail("l05-login-der-se", "Amit Jain <amit.k.jain@rediffmail.com>", LO, "Re: login problem",
     ("2025-09-12 10:05", IST),
     "Sir, abhi bhi access nahi mil raha dashboard ka. bahut ho gaya, mera quarterly plan ka paisa LO-INV-24120 refund karo.\n\nAmit Jain",
     refs=("<lo-2280-reply.qa24c@leadsoptima.com>",))
case("hi-l05-login-der-se", LOB, ["l05-login-der-se"], "decided", [("refund", "deny", None)],
     spec="L3: charged 2025-09-01, request 2025-09-12 = day 11 > 7; access_failure outside the window is denied citing the 7-day rule.")

mail("l06-trial-refund", "Neha Bhatt <neha.bhatt@outlook.com>", LO, "trial ke baad paise?",
     ("2025-09-29 13:30", IST),
     "hii, maine free trial start kiya tha 21 ko. mujhe nahi lagta main continue karungi. "
     "mera jo bhi paisa kata hai wo refund kar do please, aur card details hata do.\nneha")
case("hi-l06-trial-refund", LOB, ["l06-trial-refund"], "decided", [("refund", "deny", None)], extra_ok=True,
     spec="L7: account on free trial (trial_ends 2025-10-05) has no charges: deny, nothing to refund; a cancellation decision beside it is harmless.")

mail("l07-teen-baar", "Vikas Gupta <vikas.gupta1990@gmail.com>", LO, "3 baar payment cut gaya LO-INV-24132",
     ("2025-09-24 07:55", IST),
     "Namaste LeadsOptima team,\n\nAutopay ki wajah se mere monthly plan ka payment teen baar cut gaya - 22 ko do baar aur 23 ko phir se. "
     "Teeno invoice: LO-INV-24130, LO-INV-24131, LO-INV-24132. Plan to ek hi hai. Extra wale dono payment wapas kijiye.\n\n"
     "Dhanyavaad,\nVikas Gupta\nGurugram")
case("hi-l07-teen-baar", LOB, ["l07-teen-baar"], "decided", [("refund", "approve", "2998.00")],
     spec="Section 8 three identical charges: every charge after the first is a duplicate; 2 x 1499.00 = 2998.00, all on day 1-2 (L3, L4).")

mail("l08-aath-din", "Sunita Rao <sunita.rao@gmail.com>", LO, "double charge",
     ("2025-09-13 20:40", IST),
     "Hello\nMere account se 5 tarikh ko 1499 + GST double charge hua hai. Invoice LO-INV-24141. Please refund the extra one.\nSunita")
case("hi-l08-aath-din", LOB, ["l08-aath-din"], "decided", [("refund", "deny", None)],
     spec="L3: charges 2025-09-05, request 2025-09-13 = day 8 > 7: deny even though it is a real duplicate.")

mail("l09-saatvan-din", "Karan Mehta <karan.mehta@icloud.com>", LO, "Duplicate debit – quarterly",
     ("2025-09-25 22:10", IST),
     "Hi team, 18 sept ki raat ko mera quarterly plan do baar debit hua (₹3,999 + GST har baar). "
     "Second txn ka invoice lo-inv 24151 hai. Kal tak resolve ho jaye to accha hoga.\n\nKaran\n\nSent from my iPhone")
case("hi-l09-saatvan-din", LOB, ["l09-saatvan-din"], "decided", [("refund", "approve", "3999.00")],
     spec="L3 day counting: charged 2025-09-18 23:30 IST = day 0, request 2025-09-25 22:10 IST = day 7, inside; L4 approve 3999.00; reference typed 'lo-inv 24151' (section 8).")

mail("l10-invoice-bina", "Deepak Yadav <deepak.yadav.lko@gmail.com>", LO, "dashboard load nahi ho raha",
     ("2025-09-27 12:15", IST),
     "Team LeadsOptima,\n\nParso se dashboard load hi nahi ho raha, sirf white screen aati hai. Chrome aur Firefox dono try kiye. "
     "Ye monthly plan hai. Agar aaj kal mein theek nahi hota to refund chahiye.\n\nDeepak Yadav\nLucknow")
case("hi-l10-invoice-bina", LOB, ["l10-invoice-bina"], "need_info", missing=["invoice_number"],
     spec="C3: refund for access failure but the sender has two charges (Aug and Sep): invoice_number cannot be filled from the ledger; plan and reason are given.")

m1 = "<l11a-dashboard.qa24c@gmail.com>"
mail("l11a-dashboard", "Deepak Yadav <deepak.yadav.lko@gmail.com>", LO, "dashboard load nahi ho raha",
     ("2025-09-27 12:15", IST),
     "Team LeadsOptima,\n\nParso se dashboard load hi nahi ho raha, sirf white screen aati hai. "
     "Monthly plan hai. Theek nahi hota to refund chahiye.\n\nDeepak", msgid=m1)
mail("l11b-invoice-mila", "Deepak Yadav <deepak.yadav.lko@gmail.com>", LO, "Re: [LO-2291] dashboard load nahi ho raha",
     ("2025-09-28 09:02", IST),
     "Invoice no. LO/INV/24161 hai (25 sept wala).\n\nDeepak\n\nOn Sat, 27 Sept 2025 at 4:30 PM LeadsOptima Support <support@leadsoptima.com> wrote:\n"
     "> Namaste Deepak, please share the invoice number of the charge you want refunded.\n> LeadsOptima Support Team",
     refs=(m1, "<lo-2291-ask@leadsoptima.com>"))
case("hi-l11-thread-invoice", LOB, ["l11a-dashboard", "l11b-invoice-mila"], "decided", [("refund", "escalate", None)],
     spec="C3 thread: the answer gives 'LO/INV/24161' (section 8 matching); request time 2025-09-27, day 2 after 2025-09-25; L6 access_failure escalate.")

mail("l12-reason-nahi", "Anjali Singh <anjali.singh@hotmail.com>", LO, "Refund request",
     ("2025-09-27 18:20", IST),
     "Dear Sir/Madam,\n\nKindly process my refund for the payment made on 26/09/2025.\n\nDo the needful.\n\n"
     "Thanks & Regards,\nAnjali Singh\nHR Executive | Sunrise Exports Pvt. Ltd.\n"
     "DISCLAIMER: Is email mein di gayi jankari gopniya hai aur sirf prapt karta ke liye hai.")
case("hi-l12-reason-nahi", LOB, ["l12-reason-nahi"], "need_info", missing=["reason"],
     spec="Section 8 what a reason is: 'do the needful', sign-off, disclaimer and restating the request are not reasons; invoice and plan come from the ledger (one charge).")

m2 = "<l13a-refund.qa24c@hotmail.com>"
mail("l13a-refund", "Anjali Singh <anjali.singh@hotmail.com>", LO, "Refund request", ("2025-09-27 18:20", IST),
     "Dear Sir/Madam,\n\nKindly process my refund for the payment made on 26/09/2025.\n\nThanks & Regards,\nAnjali Singh", msgid=m2)
mail("l13b-wajah", "Anjali Singh <anjali.singh@hotmail.com>", LO, "RE: [LO-2305] Refund request", ("2025-09-29 10:40", IST),
     "Reason ye hai ki mujhse galat amount liya gaya - website par offer price 999 dikha raha tha par 1499 kaat liya.\n\n"
     "Anjali\n\n-----Original Message-----\nFrom: LeadsOptima Support <support@leadsoptima.com>\nSent: Sunday, September 28, 2025 11:00 AM\n"
     "To: Anjali Singh <anjali.singh@hotmail.com>\nSubject: [LO-2305] Refund request\n\nPlease tell us the reason for your refund request.", refs=(m2,))
case("hi-l13-thread-wajah", LOB, ["l13a-refund", "l13b-wajah"], "decided", [("refund", "escalate", None)],
     spec="C3 thread answers the reason: wrong amount = billing_error; request 2025-09-27 is day 1 after 2025-09-26; L5 escalate.")

mail("l14-cancel-fallback", "Manoj Tiwari <manoj.tiwari.bpl@gmail.com>", LO, "Cancel my annual plan",
     ("2025-09-28 08:30", IST),
     "Namaskar,\nKripya mera annual plan cancel kar dijiye. Humne dusra CRM le liya hai.\nManoj Tiwari, Bhopal")
case("hi-l14-cancel-fallback", LOB, ["l14-cancel-fallback"], "decided", [("cancellation", "cancel", None, "2026-08-31")],
     spec="L8 fallback: no current_period_end; charge 2025-08-31T20:00Z = 2025-09-01 01:30 IST (section 8 offsets), + 12 months - 1 day = 2026-08-31.")

mail("l15-failed-payment", "Farhan Qureshi <farhan.qureshi@gmail.com>", LO, "payment failed but amount debited",
     ("2025-09-25 14:00", IST),
     "Assalam o alaikum,\n\nKal LO-INV-24190 ka payment app me 'failed' dikha raha hai lekin mere account se ₹1768.82 kat gaye. "
     "Plan monthly hai. ya to plan activate karo ya paise wapas karo.\n\nFarhan, Hyderabad")
case("hi-l15-failed-payment", LOB, ["l15-failed-payment"], "decided", [("refund", "escalate", None)],
     spec="Section 8 payments not paid: the charge is 'failed' in the ledger; a refund of it is escalated (day 1, inside L3).")

mail("l16-c2-personal", "Kavita Nair <kavita.nair.personal@gmail.com>", LO, "Quarterly plan double charge",
     ("2025-09-17 21:45", IST),
     "Hi,\nHamare office account kavita.nair@infotechsol.in par quarterly plan 15 tarikh ko do baar charge hua "
     "(LO-INV-24201). Main ghar se likh rahi hoon isliye personal id se. Please refund kar dein.\nKavita")
case("hi-l16-c2-personal", LOB, ["l16-c2-personal"], "need_info", rules=["C2"],
     spec="C2: registered email named is kavita.nair@infotechsol.in, mail comes from a personal gmail: ask her to write from the address on record, disclose nothing.")

mail("l17-fwd-c2", "Rajesh Pandey <rajesh.pandey.cse@gmail.com>", LO, "Fwd: cancel karna hai",
     ("2025-09-26 22:30", IST),
     "wife ka mail forward kar raha hoon, please dekh lijiye\n\n---------- Forwarded message ---------\n"
     "From: Pooja Pandey <pooja.pandey@gmail.com>\nDate: Fri, 26 Sept 2025 at 9:58 PM\nSubject: cancel karna hai\n"
     "To: Rajesh Pandey <rajesh.pandey.cse@gmail.com>\n\nMera LeadsOptima account pooja.pandey@gmail.com hai, monthly plan. "
     "Isko cancel karwa do aur is mahine ka paisa refund karwa do, galti se renew ho gaya tha.\n")
case("hi-l17-fwd-c2", LOB, ["l17-fwd-c2"], "need_info", rules=["C2"],
     spec="Section 8 forwards: the forwarded request names registered email pooja.pandey@gmail.com, the sender is her husband: C2 need_info.")

mail("l18-consumer-court", "Suresh Reddy <suresh.reddy@gmail.com>", LO, "LAST WARNING - refund and cancel",
     ("2025-09-23 17:20", IST),
     "I have paid 14,145.84 rupees for annual plan on 19th and your software is useless. Cancel my account immediately "
     "and return full money. warna main consumer court jaunga aur lawyer se notice bhejunga. invoice LO-INV-24220.\n\nSuresh Reddy")
case("hi-l18-consumer-court", LOB, ["l18-consumer-court"], "decided", [("refund", "escalate", None), ("cancellation", "escalate", None)],
     rules=["C4"], spec="C4 consumer court + lawyer threat covers the whole case (section 8): refund and cancellation both escalate, no amount.")

mail("l19-refund-nahi-chahiye", "Harpreet Kaur <harpreet.kaur@gmail.com>", LO, "plan cancel",
     ("2025-09-30 11:50", IST),
     "Sat Sri Akal ji,\n\nMeinu refund nahi chahida, refund nahi chahiye - bas monthly plan agle mahine se band kar do. "
     "Business season khatam ho gaya hai.\n\nHarpreet Kaur\nLudhiana")
case("hi-l19-refund-nahi-chahiye", LOB, ["l19-refund-nahi-chahiye"], "decided", [("cancellation", "cancel", None, "2025-10-11")],
     spec="Section 8 negation: 'refund nahi chahiye' adds no refund; L8 cancel, active until current_period_end 2025-10-11.")

mail("l20-agar-lu", "Sanjay Mishra <sanjay.mishra.ca@gmail.com>", LO, "annual plan ke baare me sawal",
     ("2025-09-24 16:05", IST),
     "Namaste,\nMain aapka annual plan lene ki soch raha hoon (CA firm ke liye). Agar main annual le loon aur do mahine baad "
     "pasand na aaye to kya refund milega? Ya sirf monthly lena theek rahega?\nSanjay Mishra")
case("hi-l20-agar-lu", LOB, ["l20-agar-lu"], "other",
     spec="Section 8 hypotheticals: a question before buying is a policy question, other; the sender is not a customer.")

mail("l21-shukriya", "Rohit Sharma <rohit.sharma88@gmail.com>", LO, "Re: refund",
     ("2025-09-30 10:10", IST),
     "Refund mil gaya account me, aaj credit hua. Bahut bahut shukriya team, fast service 👍\nRohit",
     refs=("<l01-do-baar-kata.qa24c@gmail.com>", "<lo-2270-refund.qa24c@leadsoptima.com>"))
case("hi-l21-shukriya", LOB, ["l21-shukriya"], "other",
     spec="Tricky negative: a thank-you after a refund asks for nothing: other, no decision.")

mail("l22-gst-invoice", "Ramesh Iyer <ramesh.iyer@gmail.com>", LO, "GST invoice correction",
     ("2025-09-24 12:30", IST),
     "Hello,\n\nLO-INV-24241 wale invoice par hamari company ka GSTIN nahi aaya hai. Kripya GSTIN 27ABCDE1234F1Z5 "
     "aur company naam 'Iyer & Sons' ke saath invoice dobara bhej dijiye, accounts team ko chahiye.\n\nRamesh Iyer")
case("hi-l22-gst-invoice", LOB, ["l22-gst-invoice"], "other",
     spec="Tricky negative: an invoice correction request asks for no refund or cancellation: other.")

mail("l23-baaki-din", "Harpreet Kaur <harpreet.kaur@gmail.com>", LO, "cancel + bache hue din ka refund",
     ("2025-09-16 09:15", IST),
     "team pls mera monthly plan cancel karo aur jo 25 din bache hai unka paisa wapas do. shop ka kaam ab online nahi karna. harpreet")
case("hi-l23-baaki-din", LOB, ["l23-baaki-din"], "decided",
     [("refund", "deny", None), ("cancellation", "cancel", None, "2025-10-11")],
     spec="L1/L8: no partial refund for unused days (deny, though day 4 is inside 7 days); cancel, active until current_period_end 2025-10-11.")

mail("l24-ooo", "Amit Jain <amit.k.jain@rediffmail.com>", LO, "Automatic reply: [LO-2280] Login nahi ho raha",
     ("2025-09-07 09:00", IST),
     "Namaste, main 10 sept tak office se bahar hoon. Urgent kaam ke liye 98xxxxxx10 par call karein.\nअमित जैन",
     headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, refs=("<lo-2280-ack.qa24c@leadsoptima.com>",))
case("hi-l24-ooo", LOB, ["l24-ooo"], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied out-of-office.")

mail("l25-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@rediffmail.com>", LO, "Undelivered Mail Returned to Sender",
     ("2025-09-26 03:12", IST),
     "यह संदेश वितरित नहीं किया जा सका / This message could not be delivered.\n\n<amit.k.jain@rediffmail.com>: mailbox full\n")
case("hi-l25-bounce", LOB, ["l25-bounce"], "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce).")

mail("l26-fwd-khud", "Nitin Choudhary <nitin.choudhary@gmail.com>", LO, "Fwd: Payment receipt LO-INV-24251",
     ("2025-09-28 18:40", IST),
     "ye dekhiye, same din 2 baar payment hua. dusra wala wapas kijiye plz\n\n---------- Forwarded message ---------\n"
     "From: LeadsOptima Billing <billing@leadsoptima.com>\nDate: Sat, 27 Sept 2025 at 7:46 AM\nSubject: Payment receipt LO-INV-24251\n"
     "To: <nitin.choudhary@gmail.com>\n\nThank you for your payment of INR 1,768.82 for LeadsOptima Monthly.\nInvoice: LO-INV-24251\n")
case("hi-l26-fwd-khud", LOB, ["l26-fwd-khud"], "decided", [("refund", "approve", "1499.00")],
     spec="Forward of our own receipt by the registered customer (not C7: the sender is the customer); '2 baar payment' = duplicate; day 1; L4 approve 1499.00.")

mail("l27-devanagari-cancel", "अमित जैन <amit.k.jain@rediffmail.com>", LO, "सदस्यता रद्द करें",
     ("2025-09-21 20:00", IST),
     "प्रिय लीड्सऑप्टिमा टीम,\n\nकृपया मेरी तिमाही सदस्यता रद्द कर दें। लॉगिन की समस्या से मैं परेशान हो चुका हूँ और अब "
     "दूसरा सॉफ़्टवेयर इस्तेमाल करूँगा। पैसे वापस नहीं चाहिए, बस अगली बार पैसे न कटें।\n\nभवदीय,\nअमित कुमार जैन")
case("hi-l27-devanagari-cancel", LOB, ["l27-devanagari-cancel"], "decided", [("cancellation", "cancel", None, "2025-11-30")],
     spec="Devanagari cancellation with negation 'पैसे वापस नहीं चाहिए' (no refund intent); L8 effective 2025-11-30.")

mail("l28-html-only", "Vikas Gupta <vikas.gupta1990@gmail.com>", LO, "Re: plan",
     ("2025-09-30 22:45", IST), None,
     html="<div dir=\"ltr\"><p>Hi,</p><p>Mera <b>monthly plan</b> cancel kar dijiye please. Company band ho rahi hai.</p>"
          "<p>Regards,<br>Vikas Gupta</p></div>", refs=("<lo-2266-plan.qa24c@leadsoptima.com>",))
case("hi-l28-html-only", LOB, ["l28-html-only"], "decided", [("cancellation", "cancel", None, "2025-10-21")],
     spec="HTML-only webmail; L8 cancel until current_period_end 2025-10-21.")

mail("l29-dubai-nri", "Karan Mehta <karan.mehta@icloud.com>", LO, "plan cancel from Dubai",
     ("2025-09-30 21:20", "+04:00"),
     "Hi team, main ab Dubai shift ho gaya hoon, India wala business band. Quarterly plan cancel kar do. "
     "Double charge wala refund aap pehle hi de chuke ho, uske liye thanks.\nKaran")
case("hi-l29-dubai-nri", LOB, ["l29-dubai-nri"], "decided", [("cancellation", "cancel", None, "2025-12-17")],
     spec="Past event: the refund mentioned already happened (no refund intent); sent 21:20 Dubai (+04:00) = 2025-09-30 22:50 IST; L8 effective current_period_end 2025-12-17.")

mail("l30-list", "SaaS India Digest <digest@saasindia.example>", LO, "इस हफ्ते: CRM पर रिफंड नीतियाँ",
     ("2025-09-26 07:00", IST), "इस हफ्ते के अंक में: रिफंड नीतियाँ, डबल चार्ज कैसे रोकें...\nUnsubscribe: https://saasindia.example/u",
     headers={"List-Id": "SaaS India Digest <digest.saasindia.example>", "Precedence": "list"})
case("hi-l30-list", LOB, ["l30-list"], "ignore", rules=["C7"], spec="C7: List-Id / Precedence: list newsletter, even if it talks about refunds.")

mail("l31-unknown", "Guddu Traders <guddutraders.kanpur@gmail.com>", LO, "refund chahiye",
     ("2025-09-29 15:00", IST),
     "sir humara paisa do baar kat gaya hai LeadsOptima me, invoice LO-INV-99999. refund karo jaldi")
case("hi-l31-unknown", LOB, ["l31-unknown"], "need_info", rules=["C2"],
     spec="Section 8: a sender unknown to the brand's ledger is treated as any unknown sender (C2, C3): the sender's address is taken as the registered email (section 1), it is not on record, so C2 asks for the request from the address on record and discloses nothing (section 7: rules holds C2); the invoice LO-INV-99999 is not in the ledger either, so nothing is approved.")

# ---------------- Optima WebDesign ----------------
mail("o01-deposit-wapas", "Sharma Sweets <sharmasweets.jaipur@gmail.com>", OWD, "Refund Request — Sharma Sweets Website",
     ("2025-09-24 10:30", IST),
     "Namaste Optima team,\n\nHumne 22 tarikh ko Sharma Sweets Website ke liye booking amount ₹23,600 (GST sahit) diya tha, "
     "invoice OWD-2025-301. Ghar mein family decision hua ki website abhi nahi banwani, budget shaadi mein lag gaya. "
     "Abhi tak kaam shuru nahi hua hai, to kripya deposit wapas kar dein.\n\nDhanyavaad\nMukesh Sharma\nSharma Sweets, Johari Bazaar, Jaipur")
case("hi-o01-deposit-wapas", OWB, ["o01-deposit-wapas"], "decided", [("refund", "approve", "20000.00")],
     spec="O2: deposit paid 2025-09-22 11:00, request 2025-09-24 10:30 = 47.5 h < 72 h, no work started: approve 20,000.00 before GST (C6).")

mail("o02-72-ghante", "Dr. Kulkarni <dr.kulkarni.dental@gmail.com>", OWD, "Deposit refund - Kulkarni Dental Clinic",
     ("2025-09-23 10:00", IST),
     "Namaskar,\nMala Kulkarni Dental Clinic chya website sathi dilela deposit (OWD-2025-302) parat hava. "
     "Humne dusri agency final kar li hai, unka quote kam tha. Please refund.\nDr. Swati Kulkarni, Pune")
case("hi-o02-72-ghante", OWB, ["o02-72-ghante"], "decided", [("refund", "deny", None)],
     spec="Section 8: exactly 72 hours after the deposit (2025-09-20 10:00 -> 2025-09-23 10:00) is not before 72 h: deny (O2).")

mail("o03-discovery", "Ayurveda Store <contact@ayurvedastore.in>", OWD, "discovery fee refund",
     ("2025-09-19 16:45", IST),
     "प्रिय महोदय,\n\nहमने Ayurveda Store प्रोजेक्ट के लिए डिस्कवरी फीस (इनवॉइस OWD-2025-303) 15 सितंबर को दी थी। "
     "अभी तक कोई सेशन नहीं हुआ है और हमारे पार्टनर ने प्रोजेक्ट रोकने का फ़ैसला किया है। कृपया पूरी फीस लौटा दें।\n\n"
     "सादर,\nवैद्य रमाकांत त्रिपाठी")
case("hi-o03-discovery", OWB, ["o03-discovery"], "decided", [("refund", "approve", "15000.00")],
     spec="O1: discovery, work_started_at empty: refundable in full, 15,000.00 before tax.")

mail("o04-discovery-started", "Bansal Logistics IT <it@bansallogistics.in>", OWD, "Refund of discovery fee OWD-2025-304",
     ("2025-09-22 11:10", IST),
     "Hi,\nWe had two workshops with your team for Bansal Logistics Portal but management ko approach pasand nahi aaya. "
     "Discovery fee OWD-2025-304 refund kijiye.\nRegards, Ankit (IT)")
case("hi-o04-discovery-started", OWB, ["o04-discovery-started"], "decided", [("refund", "deny", None)],
     spec="O1: work started 2025-09-18 before the request: discovery fee not refundable.")

mail("o05-deposit-kaam-shuru", "Bansal Logistics IT <it@bansallogistics.in>", OWD, "deposit wapas - Bansal Logistics Portal",
     ("2025-09-18 15:00", IST),
     "Sir, 16 ko jo advance diya tha (OWD-2025-305) wo wapas chahiye, board ne budget cut kar diya. 72 ghante bhi nahi hue hain.\nAnkit Bansal")
case("hi-o05-deposit-kaam-shuru", OWB, ["o05-deposit-kaam-shuru"], "decided", [("refund", "deny", None)],
     spec="O2 whichever first: 51 h after payment but work started 2025-09-18 10:00 before the 15:00 request: deny.")

mail("o06-milestone-ok", "Gupta Jewellers Accounts <accounts@guptajewellers.com>", OWD, "Milestone 3 refund - OWD-2025-306",
     ("2025-09-25 12:00", IST),
     "Dear Team,\n\nGupta Jewellers eCommerce project ka milestone 3 (payment gateway integration) humne cancel karne ka "
     "faisla liya hai kyunki hum Shopify par shift ho rahe hain. Is milestone ka ₹41,300 (incl. GST) refund karein.\n\n"
     "Regards,\nCA Nikhil Gupta")
case("hi-o06-milestone-ok", OWB, ["o06-milestone-ok"], "decided", [("refund", "approve", "35000.00")], extra_ok=True,
     spec="O3: milestone not_started: refund its amount 35,000.00 before tax (the 41,300 quoted includes GST); 'cancel karne ka faisla' may add a cancellation decision, harmless.")

mail("o07-milestone-chalu", "Gupta Jewellers Accounts <accounts@guptajewellers.com>", OWD, "refund milestone OWD-2025-307",
     ("2025-09-26 11:00", IST),
     "Team, milestone OWD-2025-307 (product catalogue) adha hi hua hai aur hum project band kar rahe hain Shopify ke liye. "
     "Jo kaam nahi hua uska paisa wapas kijiye.\nNikhil")
case("hi-o07-milestone-chalu", OWB, ["o07-milestone-chalu"], "decided", [("refund", "escalate", None)], extra_ok=True,
     spec="O3: milestone in_progress: escalate (value of work not started needs a person); no amount; 'project band kar rahe hain' may add a cancellation decision, harmless.")

mail("o08-milestone-done", "Gupta Jewellers Accounts <accounts@guptajewellers.com>", OWD, "OWD-2025-308 refund",
     ("2025-09-26 11:30", IST),
     "Design wala milestone OWD-2025-308 complete ho gaya tha but ab Shopify pe ja rahe hain to wo design kaam ka nahi. Refund please.\nNikhil Gupta")
case("hi-o08-milestone-done", OWB, ["o08-milestone-done"], "decided", [("refund", "deny", None)],
     spec="O3/O6: completed milestone is not refundable.")

mail("o09-invoice-bina", "Gupta Jewellers Accounts <accounts@guptajewellers.com>", OWD, "milestone refund",
     ("2025-09-25 12:00", IST),
     "Gupta Jewellers eCommerce ke milestone ka refund chahiye, hum Shopify par shift ho rahe hain.\nNikhil")
case("hi-o09-invoice-bina", OWB, ["o09-invoice-bina"], "need_info", missing=["invoice_number"],
     spec="C3: the project has three payments; which milestone is not said, so invoice_number is asked for.")

m3 = "<o10a-milestone.qa24c@guptajewellers.com>"
mail("o10a-milestone", "Gupta Jewellers Accounts <accounts@guptajewellers.com>", OWD, "milestone refund",
     ("2025-09-25 12:00", IST),
     "Gupta Jewellers eCommerce ke milestone ka refund chahiye, hum Shopify par shift ho rahe hain.\nNikhil", msgid=m3)
mail("o10b-invoice-diya", "Gupta Jewellers Accounts <accounts@guptajewellers.com>", OWD, "Re: [OWD-5120] milestone refund",
     ("2025-09-26 09:30", IST),
     "Ji, invoice owd 2025 306 hai (milestone 3).\n\nOn Thu, Sep 25, 2025 at 6:10 PM Optima WebDesign wrote:\n"
     "> Please share the invoice / PO / payment reference of the payment.", refs=(m3,))
case("hi-o10-thread-invoice", OWB, ["o10a-milestone", "o10b-invoice-diya"], "decided", [("refund", "approve", "35000.00")],
     spec="C3 thread: answer gives 'owd 2025 306' (section 8 matching) = not_started milestone: O3 approve 35,000.00.")

mail("o11-retainer-notice", "Desi Tadka <desitadka.pune@gmail.com>", OWD, "Retainer band karna hai",
     ("2025-09-26 15:40", IST),
     "Hello Optima,\n\nDesi Tadka Restaurant ka monthly retainer (last invoice OWD-2025-309) hum band karna chahte hain. "
     "Ab hum Zomato/Swiggy pe hi focus karenge, website updates ki zarurat nahi.\n\nThanks,\nRahul Deshpande")
case("hi-o11-retainer-notice", OWB, ["o11-retainer-notice"], "decided", [("cancellation", "cancel", None, "2025-10-09")],
     spec="O4/O8: next_billing_at 2025-10-10, cut-off 2025-10-03; request 2025-09-26 is in time: effective 2025-10-09 (day before).")

mail("o12-retainer-late", "Mehra Realty <mehra.realty@gmail.com>", OWD, "cancel retainer - Mehra Realty",
     ("2025-09-29 18:00", IST),
     "Hi,\nPlease cancel the monthly retainer for Mehra Realty (OWD-2025-310). Real estate market thanda hai, kharcha kam karna hai.\n"
     "Vikram Mehra\nMehra Realty, Chandigarh")
case("hi-o12-retainer-late", OWB, ["o12-retainer-late"], "decided", [("cancellation", "cancel", None, "2025-11-02")],
     spec="O4: next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-29 is late: next cycle 2025-10-03..2025-11-02 is billed, effective 2025-11-02.")

mail("o13-hosting-14", "Patel Textiles <patel.textiles.surat@gmail.com>", OWD, "Hosting plan refund and cancel",
     ("2025-09-25 13:15", IST),
     "Kem cho,\n\nPatel Textiles mate annual hosting plan liya tha 15 September ko (OWD-2025-311). Humne apni sister company ke server "
     "par site move kar di hai, isliye hosting ki zarurat nahi. Plan cancel karke jo prorated refund banta hai wo dijiye.\n\nJignesh Patel, Surat")
case("hi-o13-hosting-14", OWB, ["o13-hosting-14"], "decided", [("refund", "approve", "9900.00")], extra_ok=True,
     spec="O5: day 10 of service (start 2025-09-15): 12,000 - 1,200 setup - 900 x 1 month = 9,900.00; the cancellation part is harmless beside it.")

mail("o14-maintenance-late", "Iyer Music Academy <iyer.music@gmail.com>", OWD, "maintenance plan refund",
     ("2025-09-27 10:00", IST),
     "Vanakkam / Namaste,\nIyer Music Academy ka annual maintenance plan OWD-2025-312 humein nahi chahiye, "
     "hamara nephew khud website sambhal lega. Refund kar dijiye.\nR. Iyer")
case("hi-o14-maintenance-late", OWB, ["o14-maintenance-late"], "decided", [("refund", "deny", None)], extra_ok=True,
     spec="O5: service_start 2025-09-05, request 2025-09-27 = 22 days > 14: deny.")

mail("o15-domain", "Chawla Sports <chawla.sports@gmail.com>", OWD, "domain aur SSL ka paisa",
     ("2025-09-23 19:30", IST),
     "Paaji, Chawla Sports ke liye jo domain aur SSL ka ₹4,500 + GST liya (OWD-2025-313), wo domain humne galti se "
     "pehle hi GoDaddy se le rakha tha. To ye wala paisa lauta do.\nBunty Chawla")
case("hi-o15-domain", OWB, ["o15-domain"], "decided", [("refund", "deny", None)],
     spec="O6: third_party (domain, SSL) is never refundable.")

mail("o16-rush", "Verma Coaching <vermacoaching.kota@gmail.com>", OWD, "rush fee refund",
     ("2025-09-24 21:00", IST),
     "Aapne express delivery ka 8000 extra liya (OWD-2025-314) par site to 2 din late aayi. Verma Coaching Classes ka rush fee wapas karo.\nVerma sir")
case("hi-o16-rush", OWB, ["o16-rush"], "decided", [("refund", "deny", None)],
     spec="O6: rush fees are non-refundable (deny cites Non-refundable items).")

mail("o17-chargeback", "Saini Builders <saini.builders@gmail.com>", OWD, "Advance wapas karo",
     ("2025-09-26 11:00", IST),
     "Saini Builders ki website ke liye kal jo advance diya OWD-2025-315, hum project nahi karwa rahe, partner ne mana kar diya. "
     "Turant refund karo warna bank mein chargeback daal dunga.\nHarish Saini")
case("hi-o17-chargeback", OWB, ["o17-chargeback"], "decided", [("refund", "escalate", None)], rules=["C4"],
     spec="C4: chargeback threat escalates even though the deposit (23 h, no work) would qualify under O2.")

mail("o18-reason-nahi", "Desi Tadka <desitadka.pune@gmail.com>", OWD, "Cancellation - Desi Tadka Restaurant - OWD-2025-309",
     ("2025-09-26 15:40", IST),
     "Dear Sir,\n\nPlease cancel our retainer for Desi Tadka Restaurant, invoice OWD-2025-309.\n\nPlease do the needful at the earliest.\n\n"
     "Thanks & Regards\nRahul Deshpande\nDesi Tadka Restaurant | Koregaon Park, Pune")
case("hi-o18-reason-nahi", OWB, ["o18-reason-nahi"], "need_info", missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; 'do the needful' and the signature are not reasons.")

mail("o19-c2-staff", "Pooja (Sharma Sweets) <pooja.staff.sharmasweets@gmail.com>", OWD, "Refund - Sharma Sweets Website",
     ("2025-09-23 12:00", IST),
     "Namaste, main Sharma Sweets ki accounts staff hoon. Sharma Sweets Website ka deposit OWD-2025-301 refund karna hai, "
     "owner ne project cancel kar diya. Contract email sharmasweets.jaipur@gmail.com hai.\nPooja")
case("hi-o19-c2-staff", OWB, ["o19-c2-staff"], "need_info", rules=["C2"],
     spec="C2: Optima explicitly requires mail from the contracting email; a staff address gets a request to write from it.")

mail("o20-maint-pehle", "Chikan House <chikanhouse.lko@gmail.com>", OWD, "maintenance plan cancel + refund",
     ("2025-09-28 13:00", IST),
     "Adaab,\nLucknow Chikan House ke liye jo saalana maintenance plan (OWD-2025-316) liya tha wo 1 October se shuru hona hai. "
     "Humne shop ka online kaam abhi rok diya hai, isliye plan cancel karke refund de dijiye.\nNaved Ahmad")
case("hi-o20-maint-pehle", OWB, ["o20-maint-pehle"], "decided", [("refund", "approve", "14208.33")], extra_ok=True,
     spec="O5 before service start (section 8): consumed_months 1; 18,000 - 2,500 - 15,500/12 = 14,208.333... -> 14,208.33 (rounded once, C6).")

mail("o21-advance-paid", "Joshi Yoga Studio <joshiyoga.rishikesh@gmail.com>", OWD, "Retainer cancel - Joshi Yoga Studio",
     ("2025-09-29 07:30", IST),
     "Namaste 🙏\nJoshi Yoga Studio ka retainer band karna hai, hum retreat season ke baad studio renovate kar rahe hain. "
     "Humne October ka advance bhi de diya tha (OWD-2025-318).\nHari Om\nAcharya Deepak Joshi")
case("hi-o21-advance-paid", OWB, ["o21-advance-paid"], "decided", [("cancellation", "escalate", None)], extra_ok=True,
     spec="Section 8 retainer paid in advance: next_billing_at 2025-10-08 for the current cycle, cut-off 2025-10-01, request 2025-09-29 in time, and the next cycle (OWD-2025-318, 2025-10-08..2025-11-07) is already paid: escalate (whichever payment O4 is keyed off, the notice is at least 7 days and a paid-ahead cycle exists). A refund decision for the advance beside it is harmless (O4 escalates paid-ahead periods; never approve).")

mail("o22-own", "Optima WebDesign Billing <billing@optimawebdesign.com>", OWD,
     "Re: [OWD-5131] Retainer band karna hai", ("2025-09-26 17:00", IST),
     "Namaste Rahul ji, aapka retainer cancellation note kar liya gaya hai. Refund ka koi sawal nahi hai.\nBilling & Refunds Desk — Optima WebDesign",
     refs=("<o11-retainer-notice.qa24c@gmail.com>",))
case("hi-o22-own", OWB, ["o22-own"], "ignore", rules=["C7"], spec="C7: mail from the brand's own address (billing@optimawebdesign.com) is ignored.")

mail("o23-sawal", "Rekha Agarwal <rekha.agarwal.boutique@gmail.com>", OWD, "website banwana hai - refund policy?",
     ("2025-09-27 17:45", IST),
     "Namaste,\nMujhe apne boutique ki website banwani hai. Agar main deposit de doon aur baad mein mann badal jaye to kya "
     "paisa wapas milega? Kitne din tak? Aur hosting ka kya rule hai?\nRekha Agarwal, Kolkata")
case("hi-o23-sawal", OWB, ["o23-sawal"], "other",
     spec="Section 8 hypothetical before buying: a policy question, other.")


if __name__ == "__main__":
    write()
