#!/usr/bin/env python3
"""Fresh held-out round 3, Hindi (Devanagari + Hinglish). Writes ledger.json, emails/*.eml and
expected.json next to this file. Stdlib only, deterministic. Written from POLICY_SPEC.md alone
(QA pass); licence MIT like the project; all text written for this project."""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "hi"
IST = timezone(timedelta(hours=5, minutes=30))
UTC = timezone.utc
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LO, OWD = "leadsoptima", "optima_webdesign"

customers, projects, payments, cases = [], [], [], []
EMAILS = {}


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    customers.append({"brand": LO, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start,
                      "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    payments.append({"brand": LO, "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def proj(name, email, work=None):
    projects.append({"brand": OWD, "name": name, "contract_email": email, "work_started_at": work})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": OWD, "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    payments.append(rec)


def mail(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None):
    """when: datetime with tzinfo. reply_to: Message-ID this answers (thread)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    mid = "<%s.%s@mail.example>" % (name, LANG)
    msg["Message-ID"] = mid
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    EMAILS["emails/%s.eml" % name] = msg.as_bytes(policy=SMTP)
    return mid


def case(cid, files, brand, status, rules, decisions, spec, missing=None, ambiguous=None,
         extra_ok=None):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": ["emails/%s.eml" % f for f in files],
         "brand": brand, "status": status, "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(y, mo, dd, h=10, mi=0, tz=IST):
    return datetime(y, mo, dd, h, mi, tzinfo=tz)


def dec(intent, outcome, amount=None, eff=None):
    r = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        r["amount"] = amount
    elif intent == "refund":
        r["amount"] = None
    if intent == "cancellation" and outcome == "cancel":
        r["effective_date"] = eff
    return r


# ---------------------------------------------------------------- LeadsOptima
# h01 duplicate inside the window (Hinglish)
cust("priya.sharma84@gmail.com", "Priya Sharma", "monthly", "2025-09-24", "2025-10-23")
lopay("hpay_101", "LO-INV-73101", "priya.sharma84@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-24T09:15:00", "2025-09-24", "2025-10-23")
lopay("hpay_102", "LO-INV-73102", "priya.sharma84@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-24T09:16:00", "2025-09-24", "2025-10-23")
mail("h01-dup-inside", "Priya Sharma <priya.sharma84@gmail.com>", LO_TO, "paise do baar kat gaye",
     d(2025, 9, 26, 11, 42),
     "Hi team,\n\nMera monthly plan hai. 24 sept ko mere card se ₹1,499 do baar kat gaye, dono ek hi "
     "mahine ke liye. Dusre wale ka invoice LO-INV-73102 hai. Please ek wapas kar do.\n\n"
     "Thanks\nPriya\n\nSent from my iPhone\n")
case("h01-dup-inside", ["h01-dup-inside"], LO, "decided", [], [dec("refund", "approve", "1499.00")],
     "POLICY_SPEC.md section 3 L2 duplicate_payment ('do baar kat gaye'); two paid monthly charges "
     "1499.00 on 2025-09-24, same period 2025-09-24..2025-10-23; request 2025-09-26 = day 2 <= 7 (L3); "
     "L4 approve the duplicate's amount before tax 1499.00 (C6)")

# h02 duplicate, day 8 (Devanagari)
cust("rajesh.verma@vermatraders.in", "Rajesh Verma", "quarterly", "2025-09-02", "2025-12-01")
lopay("hpay_103", "LO-INV-73103", "rajesh.verma@vermatraders.in", "quarterly", "3999.00", "719.82",
      "2025-09-02T10:05:00", "2025-09-02", "2025-12-01")
lopay("hpay_104", "LO-INV-73104", "rajesh.verma@vermatraders.in", "quarterly", "3999.00", "719.82",
      "2025-09-02T10:06:00", "2025-09-02", "2025-12-01")
mail("h02-dup-day8", "राजेश वर्मा <rajesh.verma@vermatraders.in>", LO_TO, "दोहरा भुगतान - रिफंड",
     d(2025, 9, 10, 9, 30),
     "नमस्ते,\n\nमेरे खाते से 2 सितंबर को क्वार्टरली प्लान के ₹3,999 दो बार कट गए हैं। दूसरे भुगतान का "
     "इनवॉइस नंबर LO-INV-73104 है। कृपया दूसरा भुगतान वापस कर दीजिए।\n\nधन्यवाद,\nराजेश वर्मा\n"
     "वर्मा ट्रेडर्स, इंदौर\n")
case("h02-dup-day8", ["h02-dup-day8"], LO, "decided", [], [dec("refund", "deny")],
     "section 3 L2 duplicate_payment; charge 2025-09-02 (day 0), request 2025-09-10 IST = day 8 > 7: "
     "L3 deny citing the 7-day rule")

# h03 duplicate on day 7 late at night, Date header in UTC
cust("anil.k.mehta@outlook.com", "Anil Mehta", "annual", "2025-09-05", "2026-09-04")
lopay("hpay_105", "LO-INV-73105", "anil.k.mehta@outlook.com", "annual", "11988.00", "2157.84",
      "2025-09-05T14:20:00", "2025-09-05", "2026-09-04")
lopay("hpay_106", "LO-INV-73106", "anil.k.mehta@outlook.com", "annual", "11988.00", "2157.84",
      "2025-09-05T14:22:00", "2025-09-05", "2026-09-04")
mail("h03-dup-day7-utc", "Anil Mehta <anil.k.mehta@outlook.com>", LO_TO,
     "annual plan payment 2 baar", d(2025, 9, 12, 17, 40, UTC),
     "hello\n\nannual plan ka payment 2 baar deduct ho gaya 5 tareekh ko, 11,988 + 11,988. "
     "bank statement me dono entry dikh rahi hai. dusra invoice lo inv 73106 hai, ek payment refund "
     "kar dijiye pls.\n\nanil\n")
case("h03-dup-day7-utc", ["h03-dup-day7-utc"], LO, "decided", [], [dec("refund", "approve", "11988.00")],
     "section 1 counting windows: Date 2025-09-12 17:40 UTC = 23:10 IST on 2025-09-12; charge "
     "2025-09-05 is day 0, request day 7 <= 7 inside (L3); L2 duplicate; two paid annual charges same "
     "period; L4 approve 11988.00; section 8 invoice 'lo inv 73106' = LO-INV-73106")

# h04 billing error: wrong plan charged
cust("sunita.iyer@iyerdesigns.in", "Sunita Iyer", "annual", "2025-09-20", "2026-09-19")
lopay("hpay_107", "LO-INV-73107", "sunita.iyer@iyerdesigns.in", "annual", "11988.00", "2157.84",
      "2025-09-20T12:00:00", "2025-09-20", "2026-09-19")
mail("h04-wrong-plan", "Sunita Iyer <sunita.iyer@iyerdesigns.in>", LO_TO, "galat plan ka charge",
     d(2025, 9, 22, 15, 5),
     "Hello LeadsOptima team,\n\nMaine signup ke time monthly plan select kiya tha lekin mere card pe "
     "annual ka ₹11,988 charge ho gaya (invoice LO-INV-73107). Ye galat plan ka charge hai, please "
     "check karke refund kijiye.\n\nRegards,\nSunita Iyer\nIyer Designs\n")
case("h04-wrong-plan", ["h04-wrong-plan"], LO, "decided", [], [dec("refund", "escalate")],
     "section 3 L2 billing_error ('charged for the wrong plan'); charge 2025-09-20, request 2025-09-22 "
     "day 2 (L3 inside); L5 escalate with the charge found; escalations carry no amount (section 8)")

# h05 access failure (Devanagari)
cust("deepak.nair@nairlogistics.com", "Deepak Nair", "monthly", "2025-09-18", "2025-10-17")
lopay("hpay_108", "LO-INV-73108", "deepak.nair@nairlogistics.com", "monthly", "2499.00", "449.82",
      "2025-09-18T08:40:00", "2025-09-18", "2025-10-17")
mail("h05-no-login", "Deepak Nair <deepak.nair@nairlogistics.com>", LO_TO, "लॉगिन नहीं हो रहा",
     d(2025, 9, 21, 19, 12),
     "नमस्कार,\n\n18 तारीख को पेमेंट करने के बाद से मैं डैशबोर्ड में लॉगिन नहीं कर पा रहा हूँ, हर बार "
     "'session expired' आता है। सपोर्ट को दो बार लिखा, कोई हल नहीं निकला। इस महीने का पैसा वापस चाहिए। "
     "इनवॉइस: LO-INV-73108\n\nदीपक नायर\n")
case("h05-no-login", ["h05-no-login"], LO, "decided", [], [dec("refund", "escalate")],
     "section 3 L2 access_failure (cannot log in, unresolved by support); charge 2025-09-18, request "
     "2025-09-21 day 3 (L3 inside); L6 escalate")

# h06 L1 deny: did not use it
cust("kavita.joshi@gmail.com", "Kavita Joshi", "monthly", "2025-09-25", "2025-10-24")
lopay("hpay_109", "LO-INV-73109", "kavita.joshi@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-25T07:00:00", "2025-09-25", "2025-10-24")
mail("h06-unused", "Kavita Joshi <kavita.joshi@gmail.com>", LO_TO, "is mahine ka refund",
     d(2025, 9, 28, 13, 0),
     "Hi,\nIs mahine tool bilkul use nahi kiya, abhi kaam band hai shaadi ki wajah se. Please is mahine "
     "ka paisa wapas kar do, invoice LO-INV-73109.\n\nKavita\n")
case("h06-unused", ["h06-unused"], LO, "decided", [], [dec("refund", "deny")],
     "section 3 L1: not using the product is not an L2 exception -> deny, reply offers cancellation "
     "(inside the 7-day window, but L1 decides)")

# h07 negation: no refund, just cancel
cust("manoj.pillai@pillaiexports.in", "Manoj Pillai", "quarterly", "2025-08-01", "2025-10-31")
lopay("hpay_110", "LO-INV-73110", "manoj.pillai@pillaiexports.in", "quarterly", "3999.00", "719.82",
      "2025-08-01T09:00:00", "2025-08-01", "2025-10-31")
mail("h07-no-refund-cancel", "Manoj Pillai <manoj.pillai@pillaiexports.in>", LO_TO,
     "plan renew mat karna", d(2025, 9, 15, 10, 20),
     "Namaste,\n\nRefund nahi chahiye, bas quarterly plan ko aage renew mat karna, cancel kar do. "
     "Team chhoti ho gayi hai isliye zarurat nahi hai.\n\nManoj Pillai\nPillai Exports, Kochi\n")
case("h07-no-refund-cancel", ["h07-no-refund-cancel"], LO, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-31")],
     "section 8 negation: 'refund nahi chahiye' adds no refund intent; L8 cancel, effective "
     "current_period_end 2025-10-31")

# h08 L8 fallback: no current_period_end, last charge + 1 month - 1 day (Devanagari)
cust("neha.gupta@guptaclinic.in", "Neha Gupta", "monthly")
lopay("hpay_111", "LO-INV-73111", "neha.gupta@guptaclinic.in", "monthly", "1499.00", "269.82",
      "2025-08-15T10:00:00", "2025-08-15", "2025-09-14")
lopay("hpay_112", "LO-INV-73112", "neha.gupta@guptaclinic.in", "monthly", "1499.00", "269.82",
      "2025-09-15T10:00:00", None, None)
mail("h08-cancel-fallback", "डॉ. नेहा गुप्ता <neha.gupta@guptaclinic.in>", LO_TO, "प्लान रद्द करें",
     d(2025, 9, 24, 17, 45),
     "नमस्ते,\n\nकृपया मेरा मंथली प्लान रद्द कर दीजिए। अब हमारा क्लिनिक दूसरा सॉफ्टवेयर इस्तेमाल कर रहा है।"
     "\n\nधन्यवाद\nडॉ. नेहा गुप्ता\nगुप्ता क्लिनिक, लखनऊ\n")
case("h08-cancel-fallback", ["h08-cancel-fallback"], LO, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-14")],
     "section 3 L8: no current_period_end in the ledger -> last charge 2025-09-15 + 1 month - 1 day "
     "= 2025-10-14")

# h09 trial account asks for a refund
cust("rohit.bansal@bansalrealty.com", "Rohit Bansal", "monthly", status="trial", trial_ends="2025-10-05")
mail("h09-trial", "Rohit Bansal <rohit.bansal@bansalrealty.com>", LO_TO, "refund", d(2025, 9, 27, 12, 30),
     "Hi, main free trial use kar raha hoon. Tool hamare kaam ka nahi laga, leads bahut kam aaye. "
     "Jo bhi paisa laga ho wo refund kar dena aur trial band kar do.\nRohit\n")
case("h09-trial", ["h09-trial"], LO, "decided", [], [dec("refund", "deny")],
     "section 3 L7: account on a free trial has no charges -> deny (nothing to refund), reply says no "
     "billing occurs unless they subscribe", extra_ok=True,
     ambiguous="no invoice can exist for a trial account; the spec does not say whether L7 waits for "
               "the invoice_number, decided deny per L7 and worked example logic; a cancellation part "
               "('trial band kar do') is allowed (extra_ok)")

# h10 C2: writes from personal gmail, names registered email
cust("sanjay.kumar@kumarautoparts.in", "Sanjay Kumar", "monthly", "2025-09-10", "2025-10-09")
lopay("hpay_113", "LO-INV-73113", "sanjay.kumar@kumarautoparts.in", "monthly", "1999.00", "359.82",
      "2025-09-10T11:00:00", "2025-09-10", "2025-10-09")
mail("h10-c2-gmail", "Sanjay Kumar <skumar1979@gmail.com>", LO_TO, "plan cancel karna hai",
     d(2025, 9, 23, 9, 5),
     "Sir,\nMera registered email sanjay.kumar@kumarautoparts.in hai, office ka mail abhi nahi chal raha "
     "isliye gmail se likh raha hoon. Monthly plan cancel karna hai, business me ab zarurat nahi.\n"
     "Sanjay Kumar\n")
case("h10-c2-gmail", ["h10-c2-gmail"], LO, "need_info", ["C2"], [],
     "section 2 C2: sender skumar1979@gmail.com is not the registered email it names -> need_info asking "
     "to write from sanjay.kumar@kumarautoparts.in, no account details (worked example 5)")

# h11 thread: duplicate without invoice, then the invoice typed sloppily
cust("alok.srivastava@gmail.com", "Alok Srivastava", "monthly", "2025-09-27", "2025-10-26")
lopay("hpay_114", "LO-INV-73114", "alok.srivastava@gmail.com", "monthly", "1999.00", "359.82",
      "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
lopay("hpay_115", "LO-INV-73115", "alok.srivastava@gmail.com", "monthly", "1999.00", "359.82",
      "2025-09-27T08:01:00", "2025-09-27", "2025-10-26")
m = mail("h11-thread-1", "Alok Srivastava <alok.srivastava@gmail.com>", LO_TO, "double payment",
         d(2025, 9, 28, 10, 15),
         "Namaskar, 27 ko mera monthly payment do baar ho gaya, ek hi mahine ke liye 1999 do dafa kata. "
         "Ek wala refund chahiye.\nAlok\n")
mail("h11-thread-2", "Alok Srivastava <alok.srivastava@gmail.com>", LO_TO,
     "Re: double payment", d(2025, 9, 29, 8, 50),
     "Ji, dusre payment ka invoice no. LO INV 73115 hai.\n\nAlok\n\n> Please share the invoice number "
     "of the charge.\n", reply_to=m)
case("h11-thread-invoice", ["h11-thread-1", "h11-thread-2"], LO, "decided", [],
     [dec("refund", "approve", "1999.00")],
     "section 2 C3: answer merged by In-Reply-To; invoice 'LO INV 73115' = LO-INV-73115 (section 8); "
     "request time = first email 2025-09-28, day 1; L4 approve duplicate 1999.00")

# h12 C4: consumer court threat with a billing error
cust("pooja.reddy@reddyfoods.in", "Pooja Reddy", "monthly", "2025-09-23", "2025-10-22")
lopay("hpay_116", "LO-INV-73116", "pooja.reddy@reddyfoods.in", "monthly", "4999.00", "899.82",
      "2025-09-23T09:30:00", "2025-09-23", "2025-10-22")
mail("h12-consumer-court", "Pooja Reddy <pooja.reddy@reddyfoods.in>", LO_TO,
     "GALAT AMOUNT KATA - LO-INV-73116", d(2025, 9, 25, 16, 40),
     "Mera plan ₹2,499 ka monthly hai aur aapne ₹4,999 kaat liye. Ye sara galat amount hai. 3 din me "
     "paise wapas nahi aaye to main consumer court me complaint karungi.\n\nPooja Reddy\n")
case("h12-consumer-court", ["h12-consumer-court"], LO, "decided", ["C4"], [dec("refund", "escalate")],
     "section 2 C4: mention of consumer court -> escalate (whatever L5 would say)")

# h13 hypothetical before buying
mail("h13-hypothetical", "Harsh Vardhan <harsh.v.marketing@gmail.com>", LO_TO, "annual plan ke baare me",
     d(2025, 9, 19, 14, 0),
     "Hello,\nHum annual plan lene ka soch rahe hain. Agar baad me tool hamare CRM (Zoho) ke saath kaam "
     "nahi kiya, to kya refund milega? Ya sirf monthly se shuru karein?\n\nHarsh\n")
case("h13-hypothetical", ["h13-hypothetical"], LO, "other", [], [],
     "section 8: 'would I get a refund if…' before buying is a policy question -> other")

# h14 past event: cancelled on the 14th, charged on the 16th
cust("vikas.chauhan@chauhanedu.org", "Vikas Chauhan", "monthly", "2025-08-16", "2025-09-15",
     status="cancelled")
lopay("hpay_117", "LO-INV-73117", "vikas.chauhan@chauhanedu.org", "monthly", "1499.00", "269.82",
      "2025-08-16T06:00:00", "2025-08-16", "2025-09-15")
lopay("hpay_118", "LO-INV-73118", "vikas.chauhan@chauhanedu.org", "monthly", "1499.00", "269.82",
      "2025-09-16T06:00:00", "2025-09-16", "2025-10-15")
mail("h14-charged-after-cancel", "Vikas Chauhan <vikas.chauhan@chauhanedu.org>", LO_TO,
     "cancel ke baad bhi charge", d(2025, 9, 17, 11, 25),
     "Hello,\n\nMaine 14 September ko hi Billing > Cancel Plan se plan cancel kar diya tha, phir bhi 16 "
     "ko ₹1,499 kat gaye (LO-INV-73118). Cancel hone ke baad charge kaise hua? Ye paise wapas chahiye.\n\n"
     "Vikas Chauhan\nChauhan Education Trust\n")
case("h14-charged-after-cancel", ["h14-charged-after-cancel"], LO, "decided", [],
     [dec("refund", "escalate")],
     "section 3 L2 billing_error ('charged after I cancelled'); charge 2025-09-16, request 2025-09-17 "
     "day 1; L5 escalate. The cancellation is a past event, not a new request")

# h15 C7 out-of-office (Devanagari)
mail("h15-auto-reply", "Ramesh Yadav <ramesh.yadav@yadavagro.in>", LO_TO,
     "स्वतः उत्तर: आपका टिकट", d(2025, 9, 22, 8, 0),
     "नमस्ते, मैं 22 से 29 सितंबर तक कार्यालय से बाहर हूँ। जरूरी काम के लिए 98xxxxxx10 पर कॉल करें।\n",
     headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case("h15-auto-reply", ["h15-auto-reply"], LO, "ignore", ["C7"], [],
     "section 2 C7: Auto-Submitted: auto-replied -> ignore (worked example 12)")

# h16 how-to question (mentions 'galat' but no refund)
cust("arjun.malhotra@malhotrasteel.com", "Arjun Malhotra", "annual", "2025-06-01", "2026-05-31")
lopay("hpay_119", "LO-INV-73119", "arjun.malhotra@malhotrasteel.com", "annual", "11988.00", "2157.84",
      "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
mail("h16-gst-howto", "Arjun Malhotra <arjun.malhotra@malhotrasteel.com>", LO_TO,
     "invoice pe GSTIN update", d(2025, 9, 18, 12, 10),
     "Hi,\nHamare invoice pe company ka GSTIN purana aa raha hai. Naya GSTIN 27AAACM1234F1Z5 kahan "
     "update karun? Dashboard me option nahi mil raha.\nThanks, Arjun\n")
case("h16-gst-howto", ["h16-gst-howto"], LO, "other", [], [],
     "not a refund or cancellation (how-to question about the invoice's tax id) -> other (section 1)")

# h17 refund (access failure) + cancellation
cust("farhan.qureshi@qureshimedia.in", "Farhan Qureshi", "monthly", "2025-09-27", "2025-10-26")
lopay("hpay_120", "LO-INV-73120", "farhan.qureshi@qureshimedia.in", "monthly", "2999.00", "539.82",
      "2025-09-27T18:00:00", "2025-09-27", "2025-10-26")
mail("h17-access-and-cancel", "Farhan Qureshi <farhan.qureshi@qureshimedia.in>", LO_TO,
     "platform load nahi ho raha", d(2025, 9, 29, 20, 30),
     "Assalam alaikum,\n\n27 ko payment hua, uske baad se platform load hi nahi ho raha, sirf spinner "
     "ghoomta rehta hai. Support ticket bhi dala, 2 din se koi jawab nahi. Is mahine ka refund do aur "
     "plan bhi cancel kar do, bahut ho gaya. Invoice LO-INV-73120.\n\nFarhan\n")
case("h17-access-and-cancel", ["h17-access-and-cancel"], LO, "decided", [],
     [dec("refund", "escalate"), dec("cancellation", "cancel", eff="2025-10-26")],
     "section 1: both intents decided. Refund: L2 access_failure, day 2, L6 escalate. Cancellation: L8 "
     "effective current_period_end 2025-10-26")

# h18 refund with no reason (only signature and disclaimer)
cust("meera.das@dasbakery.com", "Meera Das", "quarterly", "2025-09-26", "2025-12-25")
lopay("hpay_121", "LO-INV-73121", "meera.das@dasbakery.com", "quarterly", "3999.00", "719.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
mail("h18-no-reason", "Meera Das <meera.das@dasbakery.com>", LO_TO, "Refund", d(2025, 9, 27, 10, 5),
     "Hello,\n\nMujhe refund chahiye. Invoice: LO-INV-73121.\n\nRegards\nMeera Das\nDas Bakery | "
     "Kolkata\n+91 98300 12345\n\nThis email and any attachments are confidential and intended solely "
     "for the addressee. Yeh email gopniya hai.\n")
case("h18-no-reason", ["h18-no-reason"], LO, "need_info", [], [],
     "section 8 what a reason is: restating the request and the signature/disclaimer are not reasons; "
     "LeadsOptima refund requires reason -> need_info [reason] (plan filled from the ledger)",
     missing=["reason"])

# h41 HTML-only duplicate
cust("sameer.khan@khanenterprises.in", "Sameer Khan", "monthly", "2025-09-29", "2025-10-28")
lopay("hpay_122", "LO-INV-73122", "sameer.khan@khanenterprises.in", "monthly", "999.00", "179.82",
      "2025-09-29T07:30:00", "2025-09-29", "2025-10-28")
lopay("hpay_123", "LO-INV-73123", "sameer.khan@khanenterprises.in", "monthly", "999.00", "179.82",
      "2025-09-29T07:31:00", "2025-09-29", "2025-10-28")
mail("h41-html-dup", "Sameer Khan <sameer.khan@khanenterprises.in>", LO_TO, "Duplicate debit",
     d(2025, 9, 30, 9, 0),
     html="<html><body><p>Namaste team,</p><p>कल सुबह मेरे खाते से <b>₹999</b> दो बार डेबिट हुए हैं, "
          "एक ही महीने के प्लान के लिए।</p><table border=1><tr><td>Invoice</td><td>LO-INV-73122</td>"
          "</tr><tr><td>Invoice</td><td>LO-INV-73123</td></tr></table><p>Kripya doosra (LO-INV-73123) "
          "wapas karein.</p><p>Sameer Khan<br>Khan Enterprises</p></body></html>")
case("h41-html-dup", ["h41-html-dup"], LO, "decided", [], [dec("refund", "approve", "999.00")],
     "HTML-only mail; L2 duplicate; two paid monthly charges 999.00 on 2025-09-29 same period; day 1; "
     "L4 approve 999.00 (section 8: invoice is the later charge LO-INV-73123)")

# ---------------------------------------------------------------- Optima WebDesign
# h19 deposit inside 72h
proj("Shree Tiffin Website", "amit@shreetiffin.in")
owpay("hpay_301", "OWD-2025-301", "Shree Tiffin Website", "deposit", "25000.00", "4500.00",
      "2025-09-22T11:00:00")
mail("h19-deposit-47h", "Amit Agrawal <amit@shreetiffin.in>", OWD_TO,
     "Refund Request — Shree Tiffin Website", d(2025, 9, 24, 10, 0),
     "Namaste,\n\nShree Tiffin Website ke liye jo booking amount ₹25,000 (+GST) 22 tareekh ko diya tha, "
     "uska refund chahiye. Investor ne funding rok di hai isliye project abhi nahi kar payenge. "
     "Invoice OWD-2025-301.\n\nAmit Agrawal\n")
case("h19-deposit-47h", ["h19-deposit-47h"], OWD, "decided", [], [dec("refund", "approve", "25000.00")],
     "section 4 O2: paid 2025-09-22 11:00, request 2025-09-24 10:00 = 47 h < 72 h, work not started -> "
     "approve 25000.00 before tax (C6)")

# h20 deposit exactly 72h (Devanagari)
proj("Patil Physio Clinic", "drpatil@patilphysio.in")
owpay("hpay_302", "OWD-2025-302", "Patil Physio Clinic", "deposit", "18000.00", "3240.00",
      "2025-09-15T16:00:00")
mail("h20-deposit-72h", "डॉ. सचिन पाटिल <drpatil@patilphysio.in>", OWD_TO, "एडवांस वापसी",
     d(2025, 9, 18, 16, 0),
     "नमस्कार,\n\nPatil Physio Clinic की वेबसाइट के लिए 15 तारीख को ₹18,000 एडवांस दिया था (OWD-2025-302)। "
     "हमने तय किया है कि अभी वेबसाइट नहीं बनवाएँगे, क्लिनिक शिफ्ट हो रहा है। कृपया एडवांस वापस करें।\n\n"
     "डॉ. सचिन पाटिल\n")
case("h20-deposit-72h", ["h20-deposit-72h"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O2 + section 8: paid 2025-09-15 16:00, request 2025-09-18 16:00 = exactly 72 h, not "
     "before 72 h -> deny")

# h21 deposit within 72h but work started
proj("Gaurav Jewellers Catalogue", "gaurav@gauravjewellers.co.in", "2025-09-26T09:00:00")
owpay("hpay_303", "OWD-2025-303", "Gaurav Jewellers Catalogue", "deposit", "30000.00", "5400.00",
      "2025-09-25T10:00:00")
mail("h21-deposit-work-started", "Gaurav Soni <gaurav@gauravjewellers.co.in>", OWD_TO,
     "deposit refund OWD-2025-303", d(2025, 9, 26, 18, 0),
     "Hi team,\nKal deposit diya tha Gaurav Jewellers Catalogue ke liye. Aaj ki kickoff call ke baad laga "
     "ki hum abhi ready nahi hain, photos bhi nahi hain. Deposit wapas kar do please.\nGaurav\n")
case("h21-deposit-work-started", ["h21-deposit-work-started"], OWD, "decided", [],
     [dec("refund", "deny")],
     "section 4 O2: request 2025-09-26 18:00 is 32 h after payment but after work_started_at "
     "2025-09-26 09:00 ('whichever occurs first') -> deny")

# h22 discovery not started
proj("Sahyadri Treks Portal", "bookings@sahyadritreks.in")
owpay("hpay_304", "OWD-2025-304", "Sahyadri Treks Portal", "discovery", "15000.00", "2700.00",
      "2025-09-10T12:00:00")
mail("h22-discovery-unstarted", "Sahyadri Treks <bookings@sahyadritreks.in>", OWD_TO,
     "Refund Request — Sahyadri Treks Portal / OWD-2025-304", d(2025, 9, 20, 11, 0),
     "Hello Optima team,\n\nStrategy session ke liye ₹15,000 bheje the, session abhi tak schedule nahi "
     "hua. Mere partner ne project drop kar diya hai, isliye refund chahiye.\n\nDhanyavaad\nNikhil, "
     "Sahyadri Treks\n")
case("h22-discovery-unstarted", ["h22-discovery-unstarted"], OWD, "decided", [],
     [dec("refund", "approve", "15000.00")],
     "section 4 O1: discovery, work_started_at empty -> approve in full 15000.00 before tax")

# h23 discovery started (Devanagari)
proj("Lotus Yoga Studio", "anjali@lotusyoga.in", "2025-09-03T15:00:00")
owpay("hpay_305", "OWD-2025-305", "Lotus Yoga Studio", "discovery", "12000.00", "2160.00",
      "2025-09-01T10:00:00")
mail("h23-discovery-started", "Anjali Deshpande <anjali@lotusyoga.in>", OWD_TO, "रिफंड चाहिए",
     d(2025, 9, 12, 12, 0),
     "नमस्ते,\n\nLotus Yoga Studio के लिए discovery fee ₹12,000 दी थी (OWD-2025-305)। 3 तारीख की वर्कशॉप "
     "से हमें कुछ खास नहीं मिला, इसलिए पैसे वापस चाहिए।\n\nअंजलि\n")
case("h23-discovery-started", ["h23-discovery-started"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O1: work_started_at 2025-09-03 15:00 is before the request 2025-09-12 -> deny")

# h24 milestone not started
proj("Krishna Dairy App", "it@krishnadairy.in", "2025-08-05T10:00:00")
owpay("hpay_306", "OWD-2025-306", "Krishna Dairy App", "milestone", "40000.00", "7200.00",
      "2025-08-01T10:00:00", milestone_status="approved")
owpay("hpay_307", "OWD-2025-307", "Krishna Dairy App", "milestone", "60000.00", "10800.00",
      "2025-09-01T10:00:00", milestone_status="not_started")
mail("h24-milestone-notstarted", "Krishna Dairy IT <it@krishnadairy.in>", OWD_TO,
     "Development milestone ka refund", d(2025, 9, 16, 15, 30),
     "Namaste,\n\nKrishna Dairy App me design milestone ho gaya aur approve bhi kar diya. Development "
     "milestone (OWD-2025-307, ₹60,000) ka paisa advance diya tha, lekin board ne app ka budget cancel "
     "kar diya. Development abhi shuru nahi hua hai, please wo amount wapas kar dijiye.\n\n"
     "Rahul Yadav\nIT Head\n")
case("h24-milestone-notstarted", ["h24-milestone-notstarted"], OWD, "decided", [],
     [dec("refund", "approve", "60000.00")],
     "section 4 O3: milestone OWD-2025-307 not_started -> approve its amount 60000.00 before tax")

# h25 milestone in progress
proj("Mehta CA Associates Site", "office@mehtaca.in", "2025-09-02T10:00:00")
owpay("hpay_308", "OWD-2025-308", "Mehta CA Associates Site", "milestone", "35000.00", "6300.00",
      "2025-09-01T10:00:00", milestone_status="in_progress")
mail("h25-milestone-inprogress", "Mehta CA Office <office@mehtaca.in>", OWD_TO,
     "Refund Request — Mehta CA Associates Site (OWD-2025-308)", d(2025, 9, 22, 11, 45),
     "Dear Team,\nMilestone 2 ka kaam bahut slow chal raha hai, 3 hafte me sirf homepage bana. Humne "
     "decide kiya hai ki is milestone ka paisa wapas lenge aur kisi aur se karwayenge.\nCA Hemant Mehta\n")
case("h25-milestone-inprogress", ["h25-milestone-inprogress"], OWD, "decided", [],
     [dec("refund", "escalate")],
     "section 4 O3: milestone in_progress -> escalate (billable value of work not started needs a person)")

# h26 milestone approved (Devanagari)
proj("Rangoli Sarees Store", "rangoli.sarees@gmail.com", "2025-08-10T10:00:00")
owpay("hpay_309", "OWD-2025-309", "Rangoli Sarees Store", "milestone", "50000.00", "9000.00",
      "2025-08-08T10:00:00", milestone_status="approved")
mail("h26-milestone-approved", "रंगोली साड़ीज़ <rangoli.sarees@gmail.com>", OWD_TO, "डिज़ाइन का पैसा वापस",
     d(2025, 9, 19, 18, 20),
     "नमस्ते,\n\nRangoli Sarees Store का डिज़ाइन माइलस्टोन (OWD-2025-309, ₹50,000) पिछले महीने अप्रूव किया था, "
     "लेकिन अब घरवालों को डिज़ाइन पसंद नहीं आया। इसका पैसा लौटा दीजिए।\n\nसविता\n")
case("h26-milestone-approved", ["h26-milestone-approved"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O3/O6: approved milestone -> deny, non-refundable items")

# h27 retainer cancel with >= 7 days' notice
proj("Agarwal Sweets Website", "marketing@agarwalsweets.in", "2025-06-15T10:00:00")
owpay("hpay_310", "OWD-2025-310", "Agarwal Sweets Website", "retainer", "20000.00", "3600.00",
      "2025-09-15T09:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T00:00:00")
mail("h27-retainer-notice-ok", "Agarwal Sweets Marketing <marketing@agarwalsweets.in>", OWD_TO,
     "retainer band karna hai - OWD-2025-310", d(2025, 9, 29, 12, 0),
     "Hi,\nAgarwal Sweets Website ka monthly retainer is cycle ke baad band kar dijiye. Diwali ke baad "
     "marketing budget kaat diya gaya hai.\nThanks\nPayal Agarwal\n")
case("h27-retainer-notice-ok", ["h27-retainer-notice-ok"], OWD, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-14")],
     "section 4 O4/O8: next_billing_at 2025-10-15; cutoff 2025-10-15 - 7 = 2025-10-08; request 2025-09-29 "
     "<= cutoff -> cancel, effective the day before next billing 2025-10-14")

# h28 retainer cancel with < 7 days' notice (Devanagari)
proj("Joshi Coaching Classes", "admin@joshicoaching.in", "2025-05-05T10:00:00")
owpay("hpay_311", "OWD-2025-311", "Joshi Coaching Classes", "retainer", "15000.00", "2700.00",
      "2025-09-05T09:00:00", period_start="2025-09-05", period_end="2025-10-04",
      next_billing_at="2025-10-05T00:00:00")
mail("h28-retainer-late-notice", "जोशी कोचिंग <admin@joshicoaching.in>", OWD_TO, "रिटेनर बंद करें",
     d(2025, 9, 30, 9, 40),
     "नमस्ते,\n\nJoshi Coaching Classes का मेंटेनेंस रिटेनर (OWD-2025-311) बंद करना है। अब हमारे पास "
     "अपना IT स्टाफ है।\n\nप्रकाश जोशी\n")
case("h28-retainer-late-notice", ["h28-retainer-late-notice"], OWD, "decided", [],
     [dec("cancellation", "cancel", eff="2025-11-04")],
     "section 4 O4: next_billing_at 2025-10-05, cutoff 2025-09-28; request 2025-09-30 is later -> next "
     "cycle 2025-10-05..2025-11-04 is billed, effective its last day 2025-11-04")

# h29 hosting annual within 14 days
proj("Nirmal Hospital Website", "it@nirmalhospital.org", "2025-07-01T10:00:00")
owpay("hpay_312", "OWD-2025-312", "Nirmal Hospital Website", "hosting_annual", "18000.00", "3240.00",
      "2025-09-19T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
mail("h29-hosting-14d", "Nirmal Hospital IT <it@nirmalhospital.org>", OWD_TO,
     "Hosting cancel + refund OWD-2025-312", d(2025, 9, 25, 14, 15),
     "Hello,\n\nNirmal Hospital Website ki annual hosting band karke refund kar do. Group ne sab "
     "websites apne khud ke server pe shift karne ka decision liya hai.\n\nVinod Sharma\nIT Dept.\n")
case("h29-hosting-14d", ["h29-hosting-14d"], OWD, "decided", [],
     [dec("refund", "approve", "14300.00")],
     "section 4 O5: service_start 2025-09-20, request 2025-09-25 day 5 <= 14; monthly_value = "
     "(18000.00 - 2400.00) / 12 = 1300.00; consumed 1; refund = 18000.00 - 2400.00 - 1300.00 = 14300.00",
     extra_ok=True)

# h30 maintenance annual on day 15
proj("Desai Furniture Store", "desai.furniture@yahoo.co.in", "2025-06-01T10:00:00")
owpay("hpay_313", "OWD-2025-313", "Desai Furniture Store", "maintenance_annual", "24000.00", "4320.00",
      "2025-08-30T10:00:00", setup_fee="3000.00", service_start="2025-09-01")
mail("h30-maintenance-day15", "Desai Furniture <desai.furniture@yahoo.co.in>", OWD_TO,
     "maintenance plan refund", d(2025, 9, 16, 10, 30),
     "Namaste, Desai Furniture Store ka annual maintenance plan (OWD-2025-313) nahi chahiye, beta khud "
     "website sambhal lega. Jo amount bacha hai wo refund kar do.\n-- Mahesh Desai\n")
case("h30-maintenance-day15", ["h30-maintenance-day15"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O5: service_start 2025-09-01 is day 0; request 2025-09-16 = day 15 > 14 -> deny",
     extra_ok=True)

# h31 third-party domain
proj("Saffron Kitchen Website", "owner@saffronkitchen.in", "2025-03-01T10:00:00")
owpay("hpay_314", "OWD-2025-314", "Saffron Kitchen Website", "third_party", "1200.00", "216.00",
      "2025-09-08T10:00:00")
mail("h31-domain", "Saffron Kitchen <owner@saffronkitchen.in>", OWD_TO, "domain renewal ka paisa",
     d(2025, 9, 12, 13, 0),
     "Hi, aapne Saffron Kitchen Website ka saffronkitchen.in domain renew kar diya (OWD-2025-314, Rs. 1,200) lekin hum naya domain "
     "le chuke hain dusri jagah se. Ye renewal ka paisa wapas karo.\nShabnam\n")
case("h31-domain", ["h31-domain"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O6: third_party (domain) never refundable -> deny (worked example 10)")

# h32 rush fee
proj("Bhatt Interiors Website", "studio@bhattinteriors.in", "2025-09-01T10:00:00")
owpay("hpay_315", "OWD-2025-315", "Bhatt Interiors Website", "rush", "8000.00", "1440.00",
      "2025-09-12T10:00:00")
mail("h32-rush", "Bhatt Interiors <studio@bhattinteriors.in>", OWD_TO, "rush fee refund",
     d(2025, 9, 17, 17, 10),
     "Hello,\nBhatt Interiors Website ke liye rush fee ₹8,000 di thi (OWD-2025-315) taaki expo se pehle "
     "live ho jaye. Expo hi cancel ho gaya, ab jaldi ki zarurat nahi. Rush fee refund kar dijiye.\nKetan\n")
case("h32-rush", ["h32-rush"], OWD, "decided", [], [dec("refund", "deny")],
     "section 4 O6: rush fees are never refundable -> deny")

# h33 C2 OWD: personal gmail, not the contract email
proj("Tiwari Hardware Store", "accounts@tiwarihardware.in")
owpay("hpay_316", "OWD-2025-316", "Tiwari Hardware Store", "deposit", "20000.00", "3600.00",
      "2025-09-28T10:00:00")
mail("h33-c2-owd", "Ravi Tiwari <ravi.k.tiwari@gmail.com>", OWD_TO, "deposit wapas",
     d(2025, 9, 29, 9, 0),
     "Hi, Tiwari Hardware Store ke liye kal ₹20,000 deposit diya tha (OWD-2025-316). Dukaan bechne ka "
     "plan hai isliye website nahi chahiye, refund kar do.\nRavi\n")
case("h33-c2-owd", ["h33-c2-owd"], OWD, "need_info", ["C2"], [],
     "section 2 C2 (explicit for Optima): sender ravi.k.tiwari@gmail.com is not the contract email "
     "accounts@tiwarihardware.in -> need_info, ask to write from the contract email")

# h34 OWD cancellation without reason
proj("Pandey Tutorials Website", "info@pandeytutorials.in", "2025-08-20T10:00:00")
owpay("hpay_317", "OWD-2025-317", "Pandey Tutorials Website", "retainer", "12000.00", "2160.00",
      "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T00:00:00")
mail("h34-owd-no-reason", "Suresh Pandey <info@pandeytutorials.in>", OWD_TO,
     "Cancellation - Pandey Tutorials Website", d(2025, 9, 24, 11, 0),
     "Namaskar,\n\nPandey Tutorials Website ka retainer cancel kar dijiye. Invoice OWD-2025-317.\n\n"
     "Dhanyavaad\nSuresh Pandey\nDirector, Pandey Tutorials\nwww.pandeytutorials.in\n")
case("h34-owd-no-reason", ["h34-owd-no-reason"], OWD, "need_info", [], [],
     "section 8: Optima WebDesign requires a reason for cancellations too; signature is not a reason "
     "-> need_info [reason]", missing=["reason"])

# h35 OWD thread: invoice missing, answered 'owd/2025/318'
proj("Goa Surf Shack Site", "hello@goasurfshack.com", "2025-08-01T10:00:00")
owpay("hpay_318", "OWD-2025-318", "Goa Surf Shack Site", "milestone", "45000.00", "8100.00",
      "2025-09-05T10:00:00", milestone_status="not_started")
owpay("hpay_324", "OWD-2025-324", "Goa Surf Shack Site", "milestone", "30000.00", "5400.00",
      "2025-08-01T10:00:00", milestone_status="completed")
m = mail("h35-thread-1", "Goa Surf Shack <hello@goasurfshack.com>", OWD_TO,
         "content + SEO milestone refund", d(2025, 9, 23, 16, 0),
         "Hey team,\nGoa Surf Shack Site ka second milestone (content + SEO) humne advance pay kiya tha. "
         "Monsoon ke baad shack hi band ho raha hai is season, toh content ki zarurat nahi. Ye milestone "
         "ka refund chahiye.\nCheers, Rhea\n")
mail("h35-thread-2", "Goa Surf Shack <hello@goasurfshack.com>", OWD_TO,
     "Re: content + SEO milestone refund", d(2025, 9, 24, 10, 30),
     "Hi, invoice number owd/2025/318 hai.\nRhea\n", reply_to=m)
case("h35-thread-invoice", ["h35-thread-1", "h35-thread-2"], OWD, "decided", [],
     [dec("refund", "approve", "45000.00")],
     "section 2 C3 merge by In-Reply-To; 'owd/2025/318' = OWD-2025-318 (section 8, slashes ignored); "
     "O3 milestone not_started -> approve 45000.00")

# h36 C4 chargeback threat on an otherwise approvable deposit (Devanagari + English word)
proj("Chopra Dental Care Site", "dr.chopra@chopradental.in")
owpay("hpay_319", "OWD-2025-319", "Chopra Dental Care Site", "deposit", "22000.00", "3960.00",
      "2025-09-27T10:00:00")
mail("h36-chargeback", "Dr. Chopra <dr.chopra@chopradental.in>", OWD_TO, "तुरंत रिफंड करें",
     d(2025, 9, 28, 12, 0),
     "Chopra Dental Care Site के लिए कल ₹22,000 डिपॉज़िट दिया था (OWD-2025-319)। पार्टनर ने मना कर दिया, "
     "इसलिए प्रोजेक्ट नहीं करना। अगर 2 दिन में पैसे वापस नहीं आए तो मैं बैंक में chargeback डाल दूंगा।\n"
     "डॉ. विवेक चोपड़ा\n")
case("h36-chargeback", ["h36-chargeback"], OWD, "decided", ["C4"], [dec("refund", "escalate")],
     "section 2 C4: chargeback threat -> escalate (O2 would otherwise approve, 26 h, no work)")

# h37 C7 bulk newsletter
mail("h37-newsletter", "WebDeals India <offers@webdeals-india.example>", OWD_TO,
     "दिवाली ऑफर: होस्टिंग पर 30% छूट", d(2025, 9, 25, 7, 0),
     "नमस्ते! इस दिवाली होस्टिंग पर 30% छूट। अभी खरीदें। Unsubscribe करने के लिए यहाँ क्लिक करें।\n",
     headers={"Precedence": "bulk", "List-Id": "WebDeals India <offers.webdeals-india.example>",
              "List-Unsubscribe": "<mailto:unsub@webdeals-india.example>"})
case("h37-newsletter", ["h37-newsletter"], OWD, "ignore", ["C7"], [],
     "section 2 C7: Precedence bulk and List-Id -> ignore")

# h38 OWD other: quote request
proj("Kulkarni Bakery Website", "orders@kulkarnibakery.in", "2025-04-01T10:00:00")
mail("h38-quote", "Kulkarni Bakery <orders@kulkarnibakery.in>", OWD_TO, "naya page",
     d(2025, 9, 26, 15, 0),
     "Namaste, Kulkarni Bakery Website pe ek naya Diwali menu page add karwana hai, photos ke saath. "
     "Kitna charge lagega aur kitne din me ho jayega?\nSneha Kulkarni\n")
case("h38-quote", ["h38-quote"], OWD, "other", [], [],
     "neither refund nor cancellation (quote request) -> other")

# h39 negation, retainer cancel only
proj("Sethi Motors Website", "sethi.motors@gmail.com", "2025-02-10T10:00:00")
owpay("hpay_320", "OWD-2025-320", "Sethi Motors Website", "retainer", "10000.00", "1800.00",
      "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09",
      next_billing_at="2025-10-10T00:00:00")
mail("h39-negation-retainer", "Sethi Motors <sethi.motors@gmail.com>", OWD_TO,
     "retainer band - OWD 2025 320", d(2025, 9, 26, 19, 0),
     "Sat sri akal ji,\nPaise wapas nahi maang rahe, bas Sethi Motors Website ka retainer agle cycle se "
     "band kar do. Ab hamara bhatija khud website sambhalega.\nHarpreet Sethi\n")
case("h39-negation-retainer", ["h39-negation-retainer"], OWD, "decided", [],
     [dec("cancellation", "cancel", eff="2025-10-09")],
     "section 8 negation: no refund intent. O4: next_billing_at 2025-10-10, cutoff 2025-10-03; request "
     "2025-09-26 <= cutoff -> cancel effective 2025-10-09")

# h40 Gmail forward by an accountant, forwarded request names the contract email
proj("Nitin Buildcon Website", "projects@nitinbuildcon.in")
owpay("hpay_321", "OWD-2025-321", "Nitin Buildcon Website", "deposit", "28000.00", "5040.00",
      "2025-09-29T11:00:00")
mail("h40-fwd-c2", "CA Rakesh Office <ca.rakesh.office@gmail.com>", OWD_TO, "Fwd: Refund",
     d(2025, 9, 30, 10, 0),
     "Sir, neeche wala mail dekh lijiye, do the needful.\n\nRakesh\n\n"
     "---------- Forwarded message ---------\n"
     "From: Nitin Agarwal <projects@nitinbuildcon.in>\n"
     "Date: Tue, 30 Sept 2025 at 09:12\n"
     "Subject: Refund\n"
     "To: CA Rakesh Office <ca.rakesh.office@gmail.com>\n\n"
     "Rakesh ji, Optima ko bol dijiye ki Nitin Buildcon Website ka deposit OWD-2025-321 wapas karein, "
     "project postpone ho gaya hai RERA approval ki wajah se. Hamara contract email "
     "projects@nitinbuildcon.in hai.\n")
case("h40-fwd-c2", ["h40-fwd-c2"], OWD, "need_info", ["C2"], [],
     "section 8 forwards: the forwarded request names contract email projects@nitinbuildcon.in, the "
     "sender is ca.rakesh.office@gmail.com -> C2, ask for the request from that address")

# h42 retainer next cycle already paid, notice >= 7 days
proj("Bose Photography Portfolio", "studio@bosephotography.in", "2025-03-01T10:00:00")
owpay("hpay_322", "OWD-2025-322", "Bose Photography Portfolio", "retainer", "9000.00", "1620.00",
      "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30",
      next_billing_at="2025-10-01T00:00:00")
owpay("hpay_323", "OWD-2025-323", "Bose Photography Portfolio", "retainer", "9000.00", "1620.00",
      "2025-09-20T10:00:00", period_start="2025-10-01", period_end="2025-10-31",
      next_billing_at="2025-11-01T00:00:00")
mail("h42-retainer-prepaid", "Bose Photography <studio@bosephotography.in>", OWD_TO,
     "retainer cancel", d(2025, 9, 22, 18, 30),
     "Namaskar,\nBose Photography Portfolio ka retainer cancel karna hai (OWD-2025-322). Studio band kar "
     "rahe hain, Kolkata se shift ho rahe hain. October ka advance already de diya tha (OWD-2025-323).\n"
     "Subhash Bose\n")
case("h42-retainer-prepaid", ["h42-retainer-prepaid"], OWD, "decided", [],
     [dec("cancellation", "escalate")],
     "section 8 retainer paid in advance: next cycle 2025-10-01 already paid (OWD-2025-323); cutoff "
     "2025-09-24; request 2025-09-22 <= cutoff -> escalate the cancellation; the customer names the "
     "advance payment without asking for it back, so a refund part is tolerated (extra_ok) but never an "
     "approval (section 8: a person refunds that cycle or not)", extra_ok=True)


def main():
    for sub in ("emails",):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for rel, data in EMAILS.items():
        with open(os.path.join(HERE, rel), "wb") as f:
            f.write(data)
    ids = [p["id"] for p in payments]
    invs = [p["invoice"] for p in payments]
    assert len(set(ids)) == len(ids) and len(set(invs)) == len(invs)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d cases, %d emails" % (len(cases), len(EMAILS)))


if __name__ == "__main__":
    main()
