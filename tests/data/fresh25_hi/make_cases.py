#!/usr/bin/env python3
"""Held-out round fresh25: regenerates ledger.json, emails/*.eml and expected.json beside itself.
Stdlib only, deterministic. MIT, like the project; all text written for this project."""
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OW_TO2 = "Billing <billing@optimawebdesign.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
MAILS = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps=None, pe=None, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
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


def when(y, mo, d, h, mi, off):
    """A send time in the sender's own zone; off in hours (5.5 for India)."""
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


def mail(name, frm, to, subject, body, date, html=None, headers=None, reply_to=None, parent=None, cc=None):
    """Write emails/<name>.eml; parent is an earlier name (thread) or a raw Message-ID."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    mid = f"<{name}.{PREFIX}@mail.example>"
    msg["Message-ID"] = mid
    if parent:
        chain = parent if isinstance(parent, list) else [parent]
        ids = [MAILS[p] if p in MAILS else p for p in chain]
        msg["In-Reply-To"] = ids[-1]
        msg["References"] = " ".join(ids)
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    (HERE / "emails" / f"{name}.eml").write_bytes(msg.as_bytes(policy=SMTP))
    MAILS[name] = mid
    return f"emails/{name}.eml"


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None,
         spec=""):
    c = {"id": f"{PREFIX}-{cid}", "lang": PREFIX, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(zip(("intent", "outcome", "amount", "effective_date"), d)) for d in decisions]
    for d in c["decisions"]:
        d.setdefault("amount", None)
        if d["intent"] == "refund" or (d["outcome"] == "escalate" and d.get("effective_date") is None):
            d.pop("effective_date", None)  # an escalated cancellation's date is left to staff: not compared
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return ("refund", outcome, amount)


def C(outcome, eff=None):
    return ("cancellation", outcome, None, eff)


def start():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()


def finish():
    (HERE / "ledger.json").write_text(json.dumps({"customers": CUSTOMERS, "projects": PROJECTS,
                                                  "payments": PAYMENTS}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases written to {HERE}")

PREFIX = "hi"
start()
IN = 5.5

# ---------------- LeadsOptima ledger ----------------
cust("rakesh.sharma.jpr@gmail.com", "Rakesh Sharma", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p101", "LO-INV-80101", "rakesh.sharma.jpr@gmail.com", "monthly", M, "2025-09-24T11:00:00", "2025-09-24", "2025-10-23")
lopay("hi_p102", "LO-INV-80102", "rakesh.sharma.jpr@gmail.com", "monthly", M, "2025-09-24T11:01:00", "2025-09-24", "2025-10-23")
cust("sunil.yadav.ptn@gmail.com", "Sunil Yadav", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("hi_p201", "LO-INV-80201", "sunil.yadav.ptn@gmail.com", "quarterly", Q, "2025-09-18T12:00:00", "2025-09-18", "2025-12-17")
lopay("hi_p202", "LO-INV-80202", "sunil.yadav.ptn@gmail.com", "quarterly", Q, "2025-09-18T12:02:00", "2025-09-18", "2025-12-17")
cust("anjali.kumari@rediffmail.com", "Anjali Kumari", "monthly", start="2025-09-25", end="2025-10-24")
for i in (1, 2, 3):
    lopay(f"hi_p30{i}", f"LO-INV-8030{i}", "anjali.kumari@rediffmail.com", "monthly", M, f"2025-09-25T15:0{i}:00", "2025-09-25", "2025-10-24")
cust("vikas.gupta@noidatraders.in", "Vikas Gupta", "annual", start="2025-09-27", end="2026-09-26")
lopay("hi_p401", "LO-INV-80401", "vikas.gupta@noidatraders.in", "annual", A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
cust("neha.kulkarni@gmail.com", "Neha Kulkarni", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("hi_p501", "LO-INV-80501", "neha.kulkarni@gmail.com", "quarterly", Q, "2025-09-26T18:00:00", "2025-09-26", "2025-12-25")
cust("aditya.joshi@punesoft.in", "Aditya Joshi", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p601", "LO-INV-80601", "aditya.joshi@punesoft.in", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
cust("mahesh.choudhary@yahoo.co.in", "Mahesh Choudhary", "annual", start="2025-01-15", end="2026-01-14")
lopay("hi_p701", "LO-INV-80701", "mahesh.choudhary@yahoo.co.in", "annual", A, "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")
cust("pooja.verma.gkp@gmail.com", "Pooja Verma", "monthly", status="trial", trial_ends="2025-10-08")
cust("rohit.singh.dl@gmail.com", "Rohit Singh", "monthly", status="cancelled", start="2025-09-10", end="2025-10-09")
lopay("hi_p901", "LO-INV-80901", "rohit.singh.dl@gmail.com", "monthly", M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09", status="refunded")
cust("kavita.meena@gmail.com", "Kavita Meena", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("hi_p1001", "LO-INV-81001", "kavita.meena@gmail.com", "quarterly", Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
cust("sanjay.mishra@gmail.com", "Sanjay Mishra", "monthly")
lopay("hi_p1101", "LO-INV-81101", "sanjay.mishra@gmail.com", "monthly", M, "2025-09-11T19:15:00Z")
cust("deepak.rathore@rathoremarble.com", "Deepak Rathore", "monthly", start="2025-09-28", end="2025-10-27")
lopay("hi_p1201", "LO-INV-81201", "deepak.rathore@rathoremarble.com", "monthly", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("hi_p1202", "LO-INV-81202", "deepak.rathore@rathoremarble.com", "monthly", M, "2025-09-28T10:00:20", "2025-09-28", "2025-10-27")
cust("manoj.tiwari.bhagalpur@gmail.com", "Manoj Tiwari", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p1301", "LO-INV-81301", "manoj.tiwari.bhagalpur@gmail.com", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
cust("shalini.agarwal@agarwalsweets.in", "Shalini Agarwal", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("hi_p1401", "LO-INV-81401", "shalini.agarwal@agarwalsweets.in", "quarterly", Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
cust("amit.pandey@gmail.com", "Amit Pandey", "monthly", start="2025-09-21", end="2025-10-20")
lopay("hi_p1501", "LO-INV-81501", "amit.pandey@gmail.com", "monthly", M, "2025-08-21T10:00:00", "2025-08-21", "2025-09-20")
lopay("hi_p1502", "LO-INV-81502", "amit.pandey@gmail.com", "monthly", M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("hi_p1503", "LO-INV-81503", "amit.pandey@gmail.com", "monthly", M, "2025-09-21T10:00:45", "2025-09-21", "2025-10-20")
cust("ritu.saxena@gmail.com", "Ritu Saxena", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p1601", "LO-INV-81601", "ritu.saxena@gmail.com", "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
cust("gaurav.jain@jainjewellers.co.in", "Gaurav Jain", "annual", start="2025-09-28", end="2026-09-27")
lopay("hi_p1701", "LO-INV-81701", "gaurav.jain@jainjewellers.co.in", "annual", A, "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
cust("priyanka.deshmukh@gmail.com", "Priyanka Deshmukh", "monthly", start="2025-09-29", end="2025-10-28")
lopay("hi_p1801", "LO-INV-81801", "priyanka.deshmukh@gmail.com", "monthly", M, "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
cust("harish.bhatia@bhatiamotors.in", "Harish Bhatia", "annual", start="2025-04-05", end="2026-04-04")
lopay("hi_p1901", "LO-INV-81901", "harish.bhatia@bhatiamotors.in", "annual", A, "2025-04-05T10:00:00", "2025-04-05", "2026-04-04")
cust("sonu.kumar.patna@gmail.com", "Sonu Kumar", "monthly", status="cancelled", start="2025-09-05", end="2025-10-04")
lopay("hi_p2001", "LO-INV-82001", "sonu.kumar.patna@gmail.com", "monthly", M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
cust("nikhil.chauhan@gmail.com", "Nikhil Chauhan", "monthly", start="2025-08-28", end="2025-09-27")
lopay("hi_p2101", "LO-INV-82101", "nikhil.chauhan@gmail.com", "monthly", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27", status="failed")
cust("swati.pawar@gmail.com", "Swati Pawar", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p2201", "LO-INV-82201", "swati.pawar@gmail.com", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
cust("arvind.soni@gmail.com", "Arvind Soni", "quarterly", start="2025-09-29", end="2025-12-28")
lopay("hi_p2301", "LO-INV-82301", "arvind.soni@gmail.com", "quarterly", Q, "2025-09-29T10:00:00", "2025-09-29", "2025-12-28")
lopay("hi_p2302", "LO-INV-82302", "arvind.soni@gmail.com", "quarterly", Q, "2025-09-29T10:01:00", "2025-09-29", "2025-12-28")
cust("mukesh.sethi@gmail.com", "Mukesh Sethi", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p2401", "LO-INV-82401", "mukesh.sethi@gmail.com", "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
cust("ankit.bansal@gmail.com", "Ankit Bansal", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p2501", "LO-INV-82501", "ankit.bansal@gmail.com", "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("imran.qureshi.dxb@gmail.com", "Imran Qureshi", "monthly", start="2025-09-22", end="2025-10-21")
lopay("hi_p2601", "LO-INV-82601", "imran.qureshi.dxb@gmail.com", "monthly", M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("hi_p2602", "LO-INV-82602", "imran.qureshi.dxb@gmail.com", "monthly", M, "2025-09-22T10:03:00", "2025-09-22", "2025-10-21")
cust("yogesh.rajput@gmail.com", "Yogesh Rajput", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p2701", "LO-INV-82701", "yogesh.rajput@gmail.com", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
cust("suresh.prasad@gmail.com", "Suresh Prasad", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("hi_p2801", "LO-INV-82801", "suresh.prasad@gmail.com", "quarterly", Q, "2025-09-10T10:00:00", "2025-09-10", "2025-12-09")

# ---------------- LeadsOptima cases ----------------
f = mail("l01-rakesh-do-baar", "राकेश शर्मा <rakesh.sharma.jpr@gmail.com>", LO_TO, "पैसे दो बार कट गए",
         "नमस्ते जी,\n\nमेरे कार्ड से 24 तारीख को LeadsOptima के monthly plan के पैसे दो बार कट गए हैं। दूसरी वाली रसीद "
         "lo-inv 80102 है। कृपया एक वापस कर दीजिए, बाकी सर्विस से कोई शिकायत नहीं है।\n\nधन्यवाद\nराकेश शर्मा, जयपुर",
         when(2025, 9, 26, 11, 15, IN))
case("l01-duplicate-devanagari", LOB, [f], "decided", [R("approve", "1499.00")],
     spec="L2 duplicate ('दो बार कट गए'), L4 pair 2025-09-24, request 09-26 day 2; 'lo-inv 80102' = LO-INV-80102; "
          "approve 1499.00.")

f = mail("l02-sunil-late", "Sunil Yadav <sunil.yadav.ptn@gmail.com>", LO_TO, "double payment ho gaya",
         "sir mera quarterly plan ka payment do baar kat gaya hai 18 ko, invoice LO-INV-80202. bank statement aaj dekha. "
         "please paisa wapas kijiye\n\nSunil Yadav\nBoring Road, Patna", when(2025, 9, 26, 10, 30, IN))
case("l02-duplicate-day8", LOB, [f], "decided", [R("deny")],
     spec="L3: charges 2025-09-18 = day 0, request 09-26 = day 8 > 7: deny.")

f = mail("l03-anjali-teen", "Anjali Kumari <anjali.kumari@rediffmail.com>", LO_TO, "3 baar payment kata!!",
         "Hello team,\n\nKal dopahar mera monthly payment 3 baar kat gaya, teeno same amount 1768.82 ke. Invoice "
         "LO-INV-80302 aur LO-INV-80303 extra hain. Dono ka refund karo please, ek hi plan chahiye.\n\nAnjali\n"
         "Muzaffarpur, Bihar", when(2025, 9, 26, 9, 20, IN))
case("l03-three-charges", LOB, [f], "decided", [R("approve", "2998.00")],
     spec="Sec.8 three identical charges 2025-09-25: the 2nd and 3rd are duplicates, day 1: 2 x 1499.00 = 2998.00 "
          "(before tax; she quotes the with-tax figure).")

f = mail("l04-vikas-galat-plan", "Vikas Gupta <vikas.gupta@noidatraders.in>", LO_TO, "Galat plan ka charge",
         "Hi,\n\nMaine monthly plan hi select kiya tha but aaj annual ka charge ho gaya, Rs 14,145.84. Ye galat plan "
         "billing hai, maine kabhi annual nahi choose kiya. Please check karke refund karein.\n\nVikas Gupta\n"
         "Noida Traders, Sector 18", when(2025, 9, 27, 16, 45, IN))
case("l04-wrong-plan-billing-error", LOB, [f], "decided", [R("escalate")],
     spec="L2 billing_error (charged the wrong plan), day 0: L5 escalate, one charge LO-INV-80401 from the ledger.")

f = mail("l05-neha-khud-upgrade", "Neha Kulkarni <neha.kulkarni@gmail.com>", LO_TO, "quarterly refund",
         "Hi,\n\nMaine khud hi Friday ko monthly se quarterly pe switch kiya tha socha discount milega. Ab lag raha hai "
         "itna use nahi hoga, mann badal gaya. Quarterly ka paisa (LO-INV-80501) refund karke monthly pe daal do na.\n\n"
         "Thanks,\nNeha\nKothrud, Pune", when(2025, 9, 28, 12, 0, IN))
case("l05-self-made-plan-change", LOB, [f], "decided", [R("deny")],
     spec="L1: her own plan change and changed mind, not a billing error: deny, cancellation offered.")

f = mail("l06-aditya-login", "Aditya Joshi <aditya.joshi@punesoft.in>", LO_TO, "Login nahi ho raha - 3 din se",
         "Team,\n\n3 din se login nahi ho raha. Password reset bhi kiya, OTP aata hi nahi. Support ticket ka koi jawab "
         "nahi. Agar aaj theek nahi hua to is mahine ka refund chahiye.\n\nAditya Joshi\nPuneSoft, Hinjewadi",
         when(2025, 9, 29, 10, 10, IN))
case("l06-access-failure", LOB, [f], "decided", [R("escalate")],
     spec="L2 access_failure ('login nahi ho raha'), charge 09-25, request 09-29 day 4: L6 escalate.")

f = mail("l07-mahesh-refund-nahi", "Mahesh Choudhary <mahesh.choudhary@yahoo.co.in>", LO_TO, "subscription band karna hai",
         "नमस्कार,\n\nरिफंड नहीं चाहिए, बस हमारा annual plan आगे renew नहीं होना चाहिए। cancel kar dijiye, ab hum "
         "apna khud ka software use karenge.\n\nमहेश चौधरी\nजोधपुर", when(2025, 9, 25, 18, 30, IN))
case("l07-negated-refund-cancel", LOB, [f], "decided", [C("cancel", "2026-01-14")],
     spec="Sec.8 negation ('रिफंड नहीं चाहिए'): no refund intent; L8 cancel at current_period_end 2026-01-14.")

f = mail("l08-pooja-trial", "Pooja Verma <pooja.verma.gkp@gmail.com>", LO_TO, "refund chahiye",
         "hello maine trial start kiya tha aur mujhe laga paise kate hain, mera paisa refund karo please. abhi plan "
         "nahi liya hai", when(2025, 9, 29, 20, 0, IN))
case("l08-trial", LOB, [f], "decided", [R("deny")],
     spec="L7: trial account with no charges: deny (no billing unless they subscribe).")

f = mail("l09-pooja-agar", "Pooja Verma <pooja.verma.gkp@gmail.com>", LO_TO, "annual plan ke baare mein",
         "Hi, agar main trial ke baad annual plan le loon aur 1 mahine mein pasand na aaye to kya refund milega? "
         "Pehle confirm karna tha.\nPooja", when(2025, 9, 30, 11, 0, IN))
case("l09-hypothetical", LOB, [f], "other", spec="Sec.8 hypothetical before buying: other.")

f = mail("l10-rohit-thanks", "Rohit Singh <rohit.singh.dl@gmail.com>", LO_TO, "Re: refund LO-INV-80901",
         "Refund mil gaya account mein, bahut bahut dhanyavaad. Aap logon ne jaldi kar diya.\n\nRohit, Dwarka",
         when(2025, 9, 27, 13, 0, IN), parent="<refund-80901.lo@leadsoptima.com>")
case("l10-thanks-after-refund", LOB, [f], "other", spec="A thank-you for a past refund asks for nothing: other.")

f = mail("l11-suresh-devanagari-cancel", "सुरेश प्रसाद <suresh.prasad@gmail.com>", LO_TO, "सदस्यता रद्द करें",
         "महोदय,\n\nकृपया मेरी LeadsOptima की quarterly सदस्यता रद्द कर दीजिए। दुकान का काम अब बेटा देखता है और उसे "
         "इसकी ज़रूरत नहीं है।\n\nसादर,\nसुरेश प्रसाद\nगया, बिहार", when(2025, 9, 24, 10, 0, IN))
case("l11-cancel-devanagari", LOB, [f], "decided", [C("cancel", "2025-12-09")],
     spec="L8: cancel, last active day current_period_end 2025-12-09.")

f = mail("l12-sanjay-cancel", "Sanjay Mishra <sanjay.mishra@gmail.com>", LO_TO, "cancel my plan",
         "bhai mera plan cancel kar do, ab zaroorat nahi hai. shukriya", when(2025, 9, 28, 21, 0, IN))
case("l12-cancel-fallback-utc", LOB, [f], "decided", [C("cancel", "2025-10-11")],
     spec="L8 fallback: last charge 2025-09-11T19:15Z = 2025-09-12 00:45 IST, +1 month -1 day = 2025-10-11.")

f = mail("l13-deepak-dup-cancel", "Deepak Rathore <deepak.rathore@rathoremarble.com>", LO_TO, "Double charge + cancel",
         "Namaste,\n\nAaj subah do baar payment kat gaya, LO-INV-81202 extra wala hai, uska refund kijiye. Aur saath "
         "mein plan bhi cancel kar dijiye, marble ka season khatam, ab leads ki zaroorat nahi.\n\nDeepak Rathore\n"
         "Rathore Marble, Kishangarh", when(2025, 9, 28, 17, 30, IN))
case("l13-duplicate-and-cancel", LOB, [f], "decided", [R("approve", "1499.00"), C("cancel", "2025-10-27")],
     spec="L4 pair 2025-09-28 day 0: approve 1499.00; L8 cancel at current_period_end 2025-10-27.")

f = mail("l14-ritu-no-reason", "Ritu Saxena <ritu.saxena@gmail.com>", LO_TO, "refund",
         "Hello,\nmera payment refund kar do please jaldi. Dhanyavaad 🙏\n\nRitu Saxena\nSent from my iPhone",
         when(2025, 9, 28, 9, 0, IN))
case("l14-missing-reason-hinglish", LOB, [f], "need_info", missing=["reason"],
     spec="Sec.8: restating the request and thanks are not a reason; plan and the one invoice LO-INV-81601 come from "
          "the ledger: ask for reason only.")

f = mail("l15-gaurav-formal", "Gaurav Jain <gaurav.jain@jainjewellers.co.in>", LO_TO, "रिफंड हेतु प्रार्थना पत्र",
         "सेवा में,\nLeadsOptima Support Team\n\nविषय: रिफंड हेतु।\n\nमहोदय,\nनिवेदन है कि मेरे annual plan के भुगतान "
         "का रिफंड करने की कृपा करें। आपकी अति कृपा होगी।\n\nभवदीय\nगौरव जैन\nजैन ज्वैलर्स, जौहरी बाज़ार, जयपुर",
         when(2025, 9, 29, 11, 0, IN))
case("l15-missing-reason-formal-letter", LOB, [f], "need_info", missing=["reason"],
     spec="Sec.8: a formal application that only restates the request has no reason; plan and the one invoice from "
          "the ledger: ask for reason.")

f1 = mail("l16a-amit", "Amit Pandey <amit.pandey@gmail.com>", LO_TO, "Refund",
          "Sir refund kar dijiye please.\nAmit", when(2025, 9, 24, 10, 0, IN))
f2 = mail("l16b-amit", "Amit Pandey <amit.pandey@gmail.com>", LO_TO, "Re: Refund [LO-4411]",
          "21 tarikh ko paise do baar kate, same amount. Extra wala LO-INV-81503 hai.\n\n> Kripya apna reason aur "
          "invoice number bhejein.", when(2025, 9, 25, 19, 0, IN), parent=["l16a-amit", "<LO-4411.r1@leadsoptima.com>"])
case("l16-thread-answers", LOB, [f1, f2], "decided", [R("approve", "1499.00")],
     spec="C3 thread: reply gives reason and the duplicate's invoice; L4 pair 2025-09-21 (LO-INV-81502/81503), "
          "request 09-24 day 3: approve 1499.00.")

f = mail("l17-priyanka-chargeback", "Priyanka Deshmukh <priyanka.deshmukh@gmail.com>", LO_TO, "Cancel karo warna chargeback",
         "Mujhe galat amount charge hua hai aaj. Turant refund karo aur account cancel karo, warna main bank mein "
         "chargeback file kar dungi.\n\nPriyanka", when(2025, 9, 29, 18, 40, IN))
case("l17-chargeback-cancel", LOB, [f], "decided", [R("escalate"), C("escalate")], rules=["C4"],
     spec="C4 + sec.8: chargeback threat escalates every intent, cancellation included.")

f = mail("l18-mukesh-consumer-court", "Mukesh Sethi <mukesh.sethi@gmail.com>", LO_TO, "zyada paise kaat liye",
         "Aapne zyada paise kaat liye hain, plan 1499 ka tha, galat amount liya. Paise wapas nahi kiye to consumer "
         "court mein case karunga.\n\nMukesh Sethi, Karol Bagh", when(2025, 9, 27, 12, 0, IN))
case("l18-consumer-court", LOB, [f], "decided", [R("escalate")], rules=["C4"],
     spec="C4: consumer court threat: escalate.")

f = mail("l19-bhatia-forward", "Rahul Bhatia <bhatia.rahul@gmail.com>", LO_TO, "Fwd: LeadsOptima cancel",
         "Chacha ji ka message neeche hai, please dekh lijiye.\n\n---------- Forwarded message ---------\n"
         "From: Harish Bhatia <harish.bhatia@bhatiamotors.in>\nDate: Fri, 26 Sept 2025 at 18:05\n"
         "Subject: LeadsOptima cancel\nTo: Rahul <bhatia.rahul@gmail.com>\n\nRahul beta, LeadsOptima wala annual plan "
         "cancel karwa do. Account harish.bhatia@bhatiamotors.in se hai. Showroom mein ab walk-in hi kaafi hai.\n",
         when(2025, 9, 26, 19, 0, IN))
case("l19-forward-c2", LOB, [f], "need_info", rules=["C2"],
     spec="Sec.8 forwards: the forwarded request names registered email harish.bhatia@bhatiamotors.in, not the sender: "
          "C2, nothing about the account.")

f = mail("l20-swati-office", "Swati Pawar <swati@pawarcaterers.in>", LO_TO, "billing error",
         "Hi, mera registered email swati.pawar@gmail.com hai. Is mahine ka bill galat amount ka aaya hai, "
         "LO-INV-82201. Check karke refund karo.\nSwati", when(2025, 9, 28, 15, 0, IN))
case("l20-c2-other-address", LOB, [f], "need_info", rules=["C2"],
     spec="C2: sender swati@pawarcaterers.in is not the registered swati.pawar@gmail.com.")

f = mail("l21-ooo", "Ankit Bansal <ankit.bansal@gmail.com>", LO_TO, "स्वतः उत्तर: आपका LeadsOptima बिल",
         "नमस्ते, मैं 5 अक्टूबर तक छुट्टी पर हूँ। Main 5 Oct tak chutti par hoon, urgent ho to call karein.",
         when(2025, 9, 26, 8, 0, IN), headers={"Auto-Submitted": "auto-replied"})
case("l21-auto-reply", LOB, [f], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied.")

f = mail("l22-kavita-unused", "Kavita Meena <kavita.meena@gmail.com>", LO_TO, "plan cancel + baki paisa",
         "Namaste ji, mera quarterly plan cancel kar do aur October ke bache hue dino ka paisa wapas kar do, "
         "kyunki October mein use hi nahi karungi, shaadi hai ghar mein.\nKavita, Kota", when(2025, 9, 25, 14, 0, IN))
case("l22-unused-days-and-cancel", LOB, [f], "decided", [R("deny"), C("cancel", "2025-10-31")],
     spec="L1/L8: no partial refunds for unused days (charge 08-01 also outside L3): deny; cancel at "
          "current_period_end 2025-10-31.")

f = mail("l23-sonu-late", "Sonu Kumar <sonu.kumar.patna@gmail.com>", LO_TO, "cancel ke baad bhi paisa kata",
         "Sir maine August mein cancel kar diya tha phir bhi 5 September ko charge kar liya, LO-INV-82001. Ye billing "
         "error hai, refund kijiye.\nSonu", when(2025, 9, 20, 12, 0, IN))
case("l23-billing-error-outside-window", LOB, [f], "decided", [R("deny")],
     spec="L3: charge 2025-09-05, request 09-20 = day 15 > 7: deny.")

f = mail("l24-shalini-gst", "Shalini Agarwal <shalini.agarwal@agarwalsweets.in>", LO_TO, "GST invoice chahiye",
         "Hello, LO-INV-81401 pe hamara GSTIN 08AABCA1234F1Z5 add karke invoice dobara bhej dijiye. Payment mein koi "
         "problem nahi hai, refund nahi chahiye.\nShalini Agarwal\nAgarwal Sweets, Ajmer", when(2025, 9, 26, 12, 0, IN))
case("l24-gst-invoice-question", LOB, [f], "other",
     spec="Invoice question; 'refund nahi chahiye' is negated (sec.8): other.")

f = mail("l25-nikhil-failed", "Nikhil Chauhan <nikhil.chauhan@gmail.com>", LO_TO, "failed payment lekin paise kat gaye",
         "Hi, app pe payment FAILED dikha raha hai lekin account se paise kat gaye, LO-INV-82101. Ye billing error hai, "
         "paise wapas karo.\nNikhil, Gurugram", when(2025, 9, 29, 10, 0, IN))
case("l25-refund-failed-payment", LOB, [f], "decided", [R("escalate")],
     spec="Sec.8: the charge is not paid (failed): refund escalate.")

f = mail("l26-yogesh-no-pair", "Yogesh Rajput <yogesh.rajput@gmail.com>", LO_TO, "do baar paisa kata",
         "Sir paytm mein do baar debit dikh raha hai LeadsOptima ka, LO-INV-82701. Ek wapas karo.\nYogesh, Alwar",
         when(2025, 9, 28, 13, 0, IN))
case("l26-duplicate-no-pair", LOB, [f], "decided", [R("escalate")],
     spec="L4: the ledger has one charge for the period, no pair: escalate.")

f = mail("l27-arvind-no-cancel", "Arvind Soni <arvind.soni@gmail.com>", LO_TO, "double charge - cancel nahi karna",
         "Hello, plan cancel NAHI karna hai, sirf jo double charge hua hai kal wo wapas chahiye: LO-INV-82302.\n"
         "Arvind, Udaipur", when(2025, 9, 30, 10, 0, IN))
case("l27-refund-not-cancel", LOB, [f], "decided", [R("approve", "3999.00")],
     spec="L4 pair 2025-09-29 day 1: approve 3999.00; 'cancel nahi karna' adds no cancellation (sec.8).")

f = mail("l28-manoj-seats", "Manoj Tiwari <manoj.tiwari.bhagalpur@gmail.com>", LO_TO, "extra seat ka refund",
         "Namaskar, maine khud 2 extra seat add kiye the staff ke liye, par staff ne join nahi kiya. Extra seat wala "
         "paisa refund kar dijiye, LO-INV-81301.\nManoj Tiwari, Bhagalpur", when(2025, 9, 29, 11, 0, IN))
case("l28-self-added-seats", LOB, [f], "decided", [R("deny")],
     spec="L1: seats he added himself and no longer needs: not an exception: deny.")

f = mail("l29-ankit-past-login", "Ankit Bansal <ankit.bansal@gmail.com>", LO_TO, "refund request",
         "Hi, pichle hafte login ki problem thi par aapki team ne usi din theek kar di thi, thanks. Refund uske liye "
         "nahi maang raha. Bas ab hum ye tool use nahi kar rahe, to is mahine ka paisa LO-INV-82501 wapas kar do.\nAnkit, Faridabad",
         when(2025, 9, 30, 12, 0, IN))
case("l29-past-access-issue-not-reason", LOB, [f], "decided", [R("deny")],
     spec="Sec.8 what a reason is / negation: the login problem was fixed and is expressly not the reason; 'not using it' is L1: deny.")

f = mail("l30-imran-dubai", "Imran Qureshi <imran.qureshi.dxb@gmail.com>", LO_TO, "Do baar charge - LO-INV-82602",
         "Salaam, 22 ko mera monthly plan do baar charge hua. LO-INV-82602 wala extra hai, refund kar dijiye.\n"
         "Imran, Dubai (Bihar Sharif wale)", when(2025, 9, 29, 21, 30, 4))
case("l30-duplicate-day7-dubai", LOB, [f], "decided", [R("approve", "1499.00")],
     spec="L3: sent 29 Sep 21:30 GST(+04) = 23:00 IST; charges 09-22 = day 0, so day 7 is inside: L4 approve 1499.00.")

# ---------------- Optima WebDesign ledger ----------------
proj("Jaipur Handicrafts Store", "orders@jaipurhandicrafts.in")
owpay("hi_w01", "OWD-2025-401", "Jaipur Handicrafts Store", "deposit", "30000.00", "5400.00", "2025-09-27T12:00:00")
proj("Patna Coaching Portal", "director@patnacoaching.in")
owpay("hi_w02", "OWD-2025-402", "Patna Coaching Portal", "deposit", "25000.00", "4500.00", "2025-09-24T10:00:00")
proj("Gurugram Realty Leads", "marketing@ggnrealty.in")
owpay("hi_w03", "OWD-2025-403", "Gurugram Realty Leads", "discovery", "18000.00", "3240.00", "2025-09-22T10:00:00")
proj("Pune Bakers Online", "owner@punebakers.in", "2025-08-05T10:00:00")
owpay("hi_w04", "OWD-2025-404", "Pune Bakers Online", "milestone", "40000.00", "7200.00", "2025-08-05T10:00:00", milestone_status="approved")
owpay("hi_w05", "OWD-2025-405", "Pune Bakers Online", "milestone", "28000.00", "5040.00", "2025-09-05T10:00:00", milestone_status="not_started")
owpay("hi_w06", "OWD-2025-406", "Pune Bakers Online", "milestone", "32000.00", "5760.00", "2025-09-05T10:05:00", milestone_status="in_progress")
proj("Delhi Dental Care", "admin@delhidentalcare.in", "2025-03-01T10:00:00")
owpay("hi_w07", "OWD-2025-407", "Delhi Dental Care", "retainer", "15000.00", "2700.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T00:00:00")
proj("Jodhpur Heritage Hotel", "gm@jodhpurheritage.in", "2025-02-01T10:00:00")
owpay("hi_w08", "OWD-2025-408", "Jodhpur Heritage Hotel", "retainer", "22000.00", "3960.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
proj("Noida Tiffin Service", "hello@noidatiffin.in")
owpay("hi_w09", "OWD-2025-409", "Noida Tiffin Service", "hosting_annual", "15000.00", "2700.00", "2025-09-17T10:00:00",
      setup_fee="2000.00", service_start="2025-09-18")
proj("Bhagalpur Silk House", "sales@bhagalpursilk.in")
owpay("hi_w10", "OWD-2025-410", "Bhagalpur Silk House", "maintenance_annual", "9000.00", "1620.00", "2025-09-01T10:00:00",
      setup_fee="900.00", service_start="2025-09-02")
proj("Ajmer Travels", "info@ajmertravels.in", "2025-08-01T10:00:00")
owpay("hi_w11", "OWD-2025-411", "Ajmer Travels", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00")
proj("Karol Bagh Electronics", "accounts@kbelectronics.in")
owpay("hi_w12", "OWD-2025-412", "Karol Bagh Electronics", "deposit", "20000.00", "3600.00", "2025-09-29T11:00:00")
proj("Kota Career Academy", "office@kotacareer.in")
owpay("hi_w13", "OWD-2025-413", "Kota Career Academy", "deposit", "35000.00", "6300.00", "2025-09-28T10:00:00")
proj("Nashik Wines Site", "ops@nashikwines.in", "2025-01-01T10:00:00")
owpay("hi_w14", "OWD-2025-414", "Nashik Wines Site", "retainer", "10000.00", "1800.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
owpay("hi_w15", "OWD-2025-415", "Nashik Wines Site", "third_party", "3000.00", "540.00", "2025-09-15T10:05:00")
proj("Darbhanga Makhana Co", "founder@darbhangamakhana.in")
owpay("hi_w16", "OWD-2025-416", "Darbhanga Makhana Co", "discovery", "12000.00", "2160.00", "2025-09-25T10:00:00")
owpay("hi_w17", "OWD-2025-417", "Darbhanga Makhana Co", "deposit", "20000.00", "3600.00", "2025-09-25T10:05:00")
proj("Faridabad Auto Parts", "it@fbdautoparts.in", "2025-09-10T10:00:00")
owpay("hi_w18", "OWD-2025-418", "Faridabad Auto Parts", "setup", "5000.00", "900.00", "2025-09-10T10:00:00")
proj("Udaipur Lake Resort", "reservations@udaipurlakeresort.in")
owpay("hi_w19", "OWD-2025-419", "Udaipur Lake Resort", "hosting_annual", "24000.00", "4320.00", "2025-09-26T10:00:00",
      setup_fee="3000.00", service_start="2025-10-10")
proj("Baner Fitness Studio", "hello@banerfitness.in", "2025-04-01T10:00:00")
owpay("hi_w20", "OWD-2025-420", "Baner Fitness Studio", "retainer", "8000.00", "1440.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")

# ---------------- Optima WebDesign cases ----------------
f = mail("o01-jaipur-deposit", "Jaipur Handicrafts <orders@jaipurhandicrafts.in>", OW_TO,
         "Refund Request — Jaipur Handicrafts Store / OWD-2025-401",
         "नमस्ते Optima टीम,\n\nहमने कल deposit दिया था (OWD-2025-401) पर अब पापाजी ने मना कर दिया है, वो कहते हैं अभी "
         "Amazon पर ही बेचेंगे। काम शुरू नहीं हुआ है, कृपया deposit वापस कर दीजिए।\n\nधन्यवाद\nअंकुर, Jaipur Handicrafts",
         when(2025, 9, 28, 18, 0, IN))
case("o01-deposit-within-72h", OWB, [f], "decided", [R("approve", "30000.00")],
     spec="O2: paid 09-27 12:00, request 09-28 18:00 (30 h), no work: approve 30000.00 before tax.")

f = mail("o02-patna-73h", "Patna Coaching <director@patnacoaching.in>", OW_TO, "deposit wapas chahiye OWD-2025-402",
         "Sir, humne 24 ko deposit diya tha coaching portal ke liye. Ab partners ke beech agreement nahi bana, project "
         "nahi karenge. Deposit refund kar dijiye.\nRanjan Kumar, Director", when(2025, 9, 27, 11, 0, IN))
case("o02-deposit-73h", OWB, [f], "decided", [R("deny")],
     spec="O2: paid 09-24 10:00, request 09-27 11:00 = 73 h >= 72 h: deny.")

f = mail("o03-ggn-discovery", "Gurugram Realty <marketing@ggnrealty.in>", OW_TO, "Discovery fee refund - Gurugram Realty Leads",
         "Hi Team,\n\nManagement ne Q4 ka digital budget freeze kar diya hai. Abhi tak koi strategy session hua nahi hai. "
         "Discovery fee OWD 2025 403 refund kar dijiye please.\n\nRegards,\nTanvi Malhotra", when(2025, 9, 26, 15, 0, IN))
case("o03-discovery-not-started", OWB, [f], "decided", [R("approve", "18000.00")],
     spec="O1: no session started (work_started_at empty): approve 18000.00; 'OWD 2025 403' = OWD-2025-403.")

f = mail("o04-pune-ms-not-started", "Pune Bakers <owner@punebakers.in>", OW_TO, "Milestone OWD-2025-405 refund",
         "Hi,\n\nOnline ordering wala phase hum abhi nahi karna chahte, Swiggy/Zomato se hi chal raha hai. Wo milestone "
         "OWD-2025-405 shuru nahi hua hai, uska refund kar do.\n\nSameer, Pune Bakers, Camp", when(2025, 9, 24, 11, 0, IN))
case("o04-milestone-not-started", OWB, [f], "decided", [R("approve", "28000.00")],
     spec="O3: milestone not_started: approve its amount 28000.00 before tax.")

f = mail("o05-pune-ms-in-progress", "Pune Bakers <owner@punebakers.in>", OW_TO, "OWD-2025-406",
         "Aur haan, payment gateway integration wala milestone OWD-2025-406 bhi rok do, uska bhi paisa wapas chahiye, "
         "bank ne merchant account reject kar diya.\nSameer", when(2025, 9, 25, 10, 0, IN))
case("o05-milestone-in-progress", OWB, [f], "decided", [R("escalate")], spec="O3: in_progress: escalate.")

f = mail("o06-pune-ms-approved", "Pune Bakers <owner@punebakers.in>", OW_TO, "design milestone refund",
         "Design milestone OWD-2025-404 approve to kiya tha par ab wife ko colours pasand nahi. Refund please.\nSameer",
         when(2025, 9, 26, 10, 0, IN))
case("o06-milestone-approved", OWB, [f], "decided", [R("deny")], spec="O3/O6: approved milestone: deny.")

f = mail("o07-delhi-dental-cancel", "Delhi Dental Care <admin@delhidentalcare.in>", OW_TO, "Retainer band karna hai",
         "Namaste,\n\nHumne apna clinic Gurgaon shift kar diya hai aur wahan ka marketing partner alag hai. Isliye Delhi "
         "Dental Care ka monthly retainer (OWD-2025-407) cancel kar dijiye.\n\nDr. Seema Arora", when(2025, 9, 25, 13, 0, IN))
case("o07-retainer-notice-ok", OWB, [f], "decided", [C("cancel", "2025-10-17")],
     spec="O4: next_billing 10-18, cut-off 10-11; request 09-25 in time: last day 2025-10-17.")

f = mail("o08-jodhpur-short", "GM Jodhpur Heritage <gm@jodhpurheritage.in>", OW_TO, "retainer cancel OWD-2025-408",
         "Dear Optima,\n\nHotel ka naya owner group apni agency laa raha hai. Retainer turant band kijiye.\n\n"
         "Vikram Singh Rathore, GM", when(2025, 9, 30, 10, 0, IN))
case("o08-retainer-short-notice", OWB, [f], "decided", [C("cancel", "2025-11-04")],
     spec="O4: next_billing 10-05, cut-off 09-28; request 09-30 is late: next cycle 10-05..11-04 billed, last day 2025-11-04.")

f = mail("o09-noida-hosting", "Noida Tiffin <hello@noidatiffin.in>", OW_TO, "Hosting cancel aur refund",
         "Hi team,\n\nHosting plan liye abhi 10 din hue hain, par humne apna tiffin business Zomato pe shift kar diya hai, "
         "website nahi chahiye. Noida Tiffin Service ka annual hosting OWD-2025-409 cancel karke refund kar do.\n\n"
         "Shweta", when(2025, 9, 27, 12, 0, IN))
case("o09-hosting-prorated-rounding", OWB, [f], "decided", [R("approve", "11916.67")], extra_ok=True,
     spec="O5: service_start 09-18, request 09-27 day 9: 15000 - 2000 - 13000/12 x 1 = 11916.6667 -> 11916.67 (C6).")

f = mail("o10-bhagalpur-late", "Bhagalpur Silk <sales@bhagalpursilk.in>", OW_TO, "maintenance plan refund",
         "महोदय, हमारा maintenance annual plan (OWD-2025-410) रद्द करके रिफंड दें, हमारे भतीजे ने अब वेबसाइट संभाल "
         "ली है।\nभवदीय, रमेश झा", when(2025, 9, 26, 11, 0, IN))
case("o10-maintenance-after-14", OWB, [f], "decided", [R("deny")], extra_ok=True,
     spec="O5: service_start 09-02, request 09-26 = day 24 > 14: deny.")

f = mail("o11-ajmer-ssl", "Ajmer Travels <info@ajmertravels.in>", OW_TO, "SSL aur plugin ka paisa",
         "Sir, aapne premium plugin aur SSL ka charge liya (OWD-2025-411), humein wo features chahiye hi nahi the. "
         "Refund kariye.\nNaresh, Ajmer Travels", when(2025, 9, 24, 16, 0, IN))
case("o11-third-party", OWB, [f], "decided", [R("deny")], spec="O6: third_party (SSL/plugins): deny.")

f = mail("o12-kb-gmail", "Rajiv Khanna <rajivkhanna1975@gmail.com>", OW_TO, "Deposit refund Karol Bagh Electronics",
         "Hello, hamari company ka contract email accounts@kbelectronics.in hai, main apne personal se likh raha hoon. "
         "Aaj subah deposit OWD-2025-412 diya tha par dusri agency sasti mil gayi. Refund kar do.\nRajiv",
         when(2025, 9, 29, 17, 0, IN))
case("o12-c2-personal-mail", OWB, [f], "need_info", rules=["C2"],
     spec="C2: not from the contract email accounts@kbelectronics.in: ask to write from it.")

f = mail("o13-kota-legal", "Kota Career Academy <office@kotacareer.in>", OW_TO, "Legal notice - deposit OWD-2025-413",
         "Optima WebDesign,\n\nAapke sales executive ne jo features promise kiye the wo proposal mein hain hi nahi. Hum "
         "project cancel kar rahe hain. 24 ghante mein deposit refund nahi hua to hamare advocate legal notice bhejenge.\n\n"
         "Director, Kota Career Academy", when(2025, 9, 29, 12, 0, IN))
case("o13-legal-notice", OWB, [f], "decided", [R("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: advocate / legal notice threat: escalate (whole case).")

f = mail("o14-baner-no-reason", "Baner Fitness <hello@banerfitness.in>", OW_TO, "Retainer cancel - Baner Fitness Studio",
         "Hi Optima team,\nBaner Fitness Studio ka retainer cancel kar dijiye please.\nThanks & regards,\nKetan Pawar\n"
         "Baner Fitness Studio | Pune\n-- Please consider the environment before printing this email --",
         when(2025, 9, 26, 9, 0, IN))
case("o14-cancel-missing-reason", OWB, [f], "need_info", missing=["reason"],
     spec="Sec.8: Optima needs a reason for cancellations; the signature line is not one; invoice filled (one payment).")

f1 = mail("o15a-nashik", "Nashik Wines <ops@nashikwines.in>", OW_TO, "Nashik Wines Site - retainer cancel",
          "Hi, humara winery website ab parent company ke global site mein merge ho raha hai, isliye retainer cancel "
          "karna hai.\nAditi", when(2025, 9, 24, 11, 0, IN))
f2 = mail("o15b-nashik", "Nashik Wines <ops@nashikwines.in>", OW_TO, "Re: Nashik Wines Site - retainer cancel [OWD-2290]",
          "Invoice: owd 2025 414\n\nAditi\n\n> Please share the invoice / PO / payment reference.",
          when(2025, 9, 25, 10, 0, IN), parent=["o15a-nashik", "<CAOWD2290r1.optima@mail.gmail.com>"])
case("o15-thread-gives-invoice", OWB, [f1, f2], "decided", [C("cancel", "2025-10-14")],
     spec="C3 thread (project has two payments, so the invoice was asked); 'owd 2025 414' = OWD-2025-414; O4: request "
          "09-24 (first email) well before cut-off 10-08: last day 2025-10-14.")

f = mail("o16-darbhanga-question", "Darbhanga Makhana <founder@darbhangamakhana.in>", OW_TO, "ek sawaal",
         "Namaste, agar hum abhi website ka kaam hold pe daal dein to kya baad mein discovery fee adjust ho sakti hai ya "
         "refund milega? Abhi sirf pooch rahe hain, koi request nahi hai.\nSaurabh Jha", when(2025, 9, 27, 12, 0, IN))
case("o16-question-only", OWB, [f], "other",
     spec="Sec.8 hypothetical ('agar... kya refund milega', 'abhi sirf pooch rahe hain'): other.")

f = mail("o17-faridabad-setup", "Faridabad Auto Parts <it@fbdautoparts.in>", OW_TO, "setup fee refund OWD-2025-418",
         "Sir, setup fee ka refund chahiye, hum project se khush nahi hain, speed slow hai.\nPradeep", when(2025, 9, 25, 15, 0, IN))
case("o17-setup-fee", OWB, [f], "decided", [R("deny")], spec="O6: setup/activation fees are non-refundable: deny.")

f = mail("o18-udaipur-before-start", "Udaipur Lake Resort <reservations@udaipurlakeresort.in>", OW_TO,
         "Hosting refund - Udaipur Lake Resort OWD-2025-419",
         "Dear team,\n\nResort ka renovation postpone ho gaya hai, naya hosting plan jo 10 October se start hona tha wo "
         "hame nahi chahiye. Please cancel karke refund kijiye.\n\nManoj Purohit, Front Office", when(2025, 9, 28, 11, 0, IN))
case("o18-hosting-before-service-start", OWB, [f], "decided", [R("approve", "19250.00")], extra_ok=True,
     spec="O5 + sec.8: before service_start 10-10, consumed_months = 1: 24000 - 3000 - 21000/12 (1750) = 19250.00.")

bfile = mail("o19-bounce", "postmaster@bhagalpursilk.in", OW_TO, "Delivery Status Notification (Failure)",
             "Message not delivered to sales2@bhagalpursilk.in: mailbox full. Subject: Refund Request", when(2025, 9, 26, 11, 5, IN))
case("o19-postmaster-bounce", OWB, [bfile], "ignore", rules=["C7"], spec="C7: postmaster sender (bounce).")

f = mail("o20-ggn-thanks", "Gurugram Realty <marketing@ggnrealty.in>", OW_TO2, "Thank you",
         "Hi team, aapki agency ka kaam accha laga, hum agle saal phir aayenge. Koi refund ya cancel ki baat nahi hai, "
         "bas shukriya kehna tha.\nTanvi", when(2025, 9, 30, 16, 0, IN))
case("o20-thank-you-negated", OWB, [f], "other", spec="Sec.8 negation; asks for nothing: other.")

finish()
