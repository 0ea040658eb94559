"""Fresh held-out round 11, Hindi/Hinglish: writes ledger.json, emails/*.eml, expected.json (stdlib only, deterministic)."""
LANG = "hi"
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
customers, projects, payments, cases = [], [], [], []
_n = [0]


def locust(email, name, plan, ps, pe, status="active", trial=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial,
                      "current_period_start": ps, "current_period_end": pe})


def lopay(inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    _n[0] += 1
    payments.append({"brand": "leadsoptima", "id": "pay_%s_%d" % (LANG, _n[0]), "invoice": inv,
                     "customer_email": email, "kind": "subscription", "plan": plan,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def owdproj(name, email, ws=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": ws})


def owdpay(inv, proj, kind, amount, tax, paid_at, status="paid", **kw):
    _n[0] += 1
    p = {"brand": "optima_webdesign", "id": "pay_%s_%d" % (LANG, _n[0]), "invoice": inv,
         "project": proj, "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
         "paid_at": paid_at, "status": status, "setup_fee": None, "service_start": None,
         "next_billing_at": None, "period_start": None, "period_end": None,
         "milestone_status": None}
    p.update(kw)
    payments.append(p)


def mail(name, frm, to, subj, when, body, html=False, hdr=None, reply=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=IST))
    mid = "<%s.%s@mail.example>" % (name, LANG)
    m["Message-ID"] = mid
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    for k, v in (hdr or {}).items():
        m[k] = v
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    with open(os.path.join(HERE, "emails", name + ".eml"), "wb") as f:
        f.write(m.as_bytes())
    return mid


def case(cid, files, brand, status, dec, spec, rules=(), missing=None, extra_ok=False, amb=None):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": ["emails/%s.eml" % f for f in files],
         "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    ds = []
    for d in dec:
        x = {"intent": d[0], "outcome": d[1]}
        if d[1] == "approve":
            x["amount"] = d[2]
        if d[1] == "cancel" and len(d) > 3:
            x["effective_date"] = d[3]
        ds.append(x)
    c["decisions"] = ds
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if amb:
        c["ambiguous"] = amb
    cases.append(c)


def reset():
    d = os.path.join(HERE, "emails")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)


def write():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, f,
                  ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs)), "duplicate invoice numbers"
    print(len(cases), "cases")


reset()
SIG = "\n\n--\nSent from my iPhone"

# ---------------- LeadsOptima ----------------
locust("rahul.verma88@gmail.com", "Rahul Verma", "monthly", "2025-09-24", "2025-10-23")
lopay("LO-INV-71101", "rahul.verma88@gmail.com", "monthly", "799.00", "2025-09-24T10:05:00", "2025-09-24", "2025-10-23")
lopay("LO-INV-71102", "rahul.verma88@gmail.com", "monthly", "799.00", "2025-09-24T10:06:00", "2025-09-24", "2025-10-23")
mail("l01", "Rahul Verma <rahul.verma88@gmail.com>", LO, "paise do baar kat gaye", "2025-09-26 11:20",
     "Hi team,\n\nmere card se 24 sept ko do baar payment ho gaya, 799 + 799. monthly plan hai mera. "
     "dusra wala invoice lo inv 71102 hai, please wo wapas kar do.\n\nthanks\nRahul" + SIG)
case("l01-dup-inside", ["l01"], "leadsoptima", "decided", [("refund", "approve", "799.00")],
     "POLICY_SPEC.md section 3 L2 duplicate_payment, L3: charged 2025-09-24 (day 0), request 2025-09-26 = day 2 <= 7; L4 two paid 799.00 charges same period -> approve 799.00; invoice match ignores spaces (section 8)")

locust("priya.sharma.del@yahoo.in", "Priya Sharma", "quarterly", "2025-09-10", "2025-12-09")
lopay("LO-INV-71103", "priya.sharma.del@yahoo.in", "quarterly", "2397.00", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
lopay("LO-INV-71104", "priya.sharma.del@yahoo.in", "quarterly", "2397.00", "2025-09-10T09:02:00", "2025-09-10", "2025-12-09")
mail("l02", "Priya Sharma <priya.sharma.del@yahoo.in>", LO, "दो बार पेमेंट", "2025-09-18 16:45",
     "नमस्ते,\n\nमेरे quarterly प्लान के लिए 10 सितंबर को दो बार ₹2,397 कट गए। दूसरा इनवॉइस LO-INV-71104 है। "
     "कृपया डुप्लीकेट पेमेंट वापस कर दीजिए।\n\nधन्यवाद,\nप्रिया शर्मा")
case("l02-dup-day8", ["l02"], "leadsoptima", "decided", [("refund", "deny")],
     "section 3 L3: charge 2025-09-10 is day 0, request 2025-09-18 is day 8 > 7 -> deny citing the 7-day rule")

locust("ankit.jain.ca@outlook.com", "Ankit Jain", "annual", "2025-09-22", "2026-09-21")
lopay("LO-INV-71105", "ankit.jain.ca@outlook.com", "annual", "11988.00", "2025-09-22T23:40:00", "2025-09-22", "2026-09-21")
lopay("LO-INV-71106", "ankit.jain.ca@outlook.com", "annual", "11988.00", "2025-09-22T23:41:00", "2025-09-22", "2026-09-21")
mail("l03", "CA Ankit Jain <ankit.jain.ca@outlook.com>", LO, "Annual plan double charge - INV 71106", "2025-09-29 08:15",
     "Dear Sir/Madam,\n\nAapne annual plan ke liye ₹11,988 do baar charge kar liya hai (22/09 raat ko). "
     "Bank statement mein dono entries dikh rahi hain. Duplicate wala LO-INV-71106 hai, kindly refund process karein.\n\n"
     "Regards,\nCA Ankit Jain\nJain & Associates, Indore\n\nDISCLAIMER: This e-mail is confidential and intended only for the addressee.")
case("l03-dup-day7", ["l03"], "leadsoptima", "decided", [("refund", "approve", "11988.00")],
     "section 1 counting windows: charge local date 2025-09-22 is day 0, request 2025-09-29 is day 7, day 7 is inside (L3); L4 pair paid same period -> approve 11988.00")

locust("neha.gupta77@rediffmail.com", "Neha Gupta", "monthly", "2025-09-25", "2025-10-24")
lopay("LO-INV-71107", "neha.gupta77@rediffmail.com", "monthly", "1499.00", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
mail("l04", "neha gupta <neha.gupta77@rediffmail.com>", LO, "galat amount kaata", "2025-09-27 19:05",
     "hello\nmera plan monthly 999 wala hai lekin is baar 1499 kaat liya, galat amount charge hua hai. invoice LO-INV-71107. "
     "please check karke refund karo\nneha")
case("l04-billing-error", ["l04"], "leadsoptima", "decided", [("refund", "escalate")],
     "section 3 L2 billing_error (wrong amount), L3 day 2 inside; L5 -> escalate with the charge LO-INV-71107; no amount (section 8)")

locust("vikram.rathore@rathorelogistics.in", "Vikram Rathore", "quarterly", "2025-09-27", "2025-12-26")
lopay("LO-INV-71108", "vikram.rathore@rathorelogistics.in", "quarterly", "2697.00", "2025-09-27T10:30:00", "2025-09-27", "2025-12-26")
mail("l05", "Vikram Rathore <vikram.rathore@rathorelogistics.in>", LO, "Login problem - refund", "2025-09-30 10:10",
     "<html><body><p>नमस्कार,</p><p>27 तारीख को quarterly plan लिया (invoice LO-INV-71108) लेकिन तब से "
     "<b>लॉगिन नहीं हो रहा</b>, dashboard khulta hi nahi. Aapke support ko 2 baar likha, koi solution nahi mila. "
     "Mujhe refund chahiye.</p><p>Vikram Rathore<br>Rathore Logistics, Jodhpur</p></body></html>", html=True)
case("l05-access-html", ["l05"], "leadsoptima", "decided", [("refund", "escalate")],
     "section 3 L2 access_failure (cannot log in, support did not resolve), L3 day 3 inside; L6 -> escalate; HTML-only mail")

locust("sunita.menon@gmail.com", "Sunita Menon", "monthly", "2025-09-28", "2025-10-27")
lopay("LO-INV-71109", "sunita.menon@gmail.com", "monthly", "999.00", "2025-09-28T08:00:00", "2025-09-28", "2025-10-27")
mail("l06", "Sunita Menon <sunita.menon@gmail.com>", LO, "Refund please", "2025-09-30 21:40",
     "Hi,\nplan renew ho gaya 28 ko (LO-INV-71109) par ab mujhe iski zarurat nahi hai, business band kar diya. "
     "paise wapas kar dijiye please.\nSunita")
case("l06-changed-mind", ["l06"], "leadsoptima", "decided", [("refund", "deny")],
     "section 3 L1: no longer needed is not an L2 exception -> deny, reply offers cancellation; the email asks only for money back", extra_ok=False)

locust("deepak.mishra@mishraclasses.com", "Deepak Mishra", "annual", "2025-09-26", "2026-09-25")
lopay("LO-INV-71110", "deepak.mishra@mishraclasses.com", "annual", "9588.00", "2025-09-26T14:00:00", "2025-09-26", "2026-09-25")
mail("l07", "Deepak Mishra <deepak.mishra@mishraclasses.com>", LO, "रिफंड के बारे में", "2025-09-29 12:30",
     "आदरणीय महोदय,\n\nमैंने annual प्लान लिया था (बिल LO-INV-71110, ₹9,588)। यह मेरे कोचिंग सेंटर के लिए बहुत महंगा है और "
     "अभी हमें इसकी ज़रूरत भी नहीं है। कृपया पूरी राशि लौटा दें।\n\nभवदीय,\nदीपक मिश्रा\nमिश्रा क्लासेज़, प्रयागराज")
case("l07-too-expensive", ["l07"], "leadsoptima", "decided", [("refund", "deny")],
     "section 3 L1: too expensive / not needed is not an exception -> deny")

locust("farhan.qureshi@hotmail.com", "Farhan Qureshi", "quarterly", "2025-09-01", "2025-11-30")
lopay("LO-INV-71111", "farhan.qureshi@hotmail.com", "quarterly", "2697.00", "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
mail("l08", "Farhan Qureshi <farhan.qureshi@hotmail.com>", LO, "subscription cancel karna hai", "2025-09-23 17:55",
     "Assalam alaikum,\n\nmera quarterly plan cancel kar dijiye, next renewal nahi chahiye. team ab dusra CRM use karegi.\n\nShukriya\nFarhan")
case("l08-cancel-quarterly", ["l08"], "leadsoptima", "decided", [("cancellation", "cancel", None, "2025-11-30")],
     "section 3 L8: cancel, active until current_period_end 2025-11-30")

locust("kavita.rao@raoboutique.in", "Kavita Rao", "monthly", None, None)
lopay("LO-INV-71112", "kavita.rao@raoboutique.in", "monthly", "799.00", "2025-08-08T10:00:00", "2025-08-08", "2025-09-07")
lopay("LO-INV-71113", "kavita.rao@raoboutique.in", "monthly", "799.00", "2025-09-08T10:00:00", None, None)
mail("l09", "Kavita Rao <kavita.rao@raoboutique.in>", LO, "सब्सक्रिप्शन बंद करें", "2025-09-24 09:30",
     "नमस्ते,\nकृपया मेरा मासिक सब्सक्रिप्शन बंद कर दीजिए। दुकान का ऑनलाइन काम अभी रोक दिया है।\nकविता राव")
case("l09-cancel-fallback", ["l09"], "leadsoptima", "decided", [("cancellation", "cancel", None, "2025-10-07")],
     "section 3 L8 fallback: no current_period_end; last charge 2025-09-08 + 1 month - 1 day = 2025-10-07")

locust("arjun.reddy@techreddy.io", "Arjun Reddy", "annual", "2025-03-15", "2026-03-14")
lopay("LO-INV-71114", "arjun.reddy@techreddy.io", "annual", "11988.00", "2025-03-15T11:00:00", "2025-03-15", "2026-03-14")
mail("l10", "Arjun Reddy <arjun.reddy@techreddy.io>", LO, "auto renew band karo", "2025-09-25 13:00",
     "Hi,\n\nRefund nahi chahiye, bas annual plan cancel kar do taaki March mein auto renew na ho. "
     "Hum in-house tool bana rahe hain.\n\nArjun")
case("l10-negation-cancel", ["l10"], "leadsoptima", "decided", [("cancellation", "cancel", None, "2026-03-14")],
     "section 8 negation: 'refund nahi chahiye' adds no refund intent; L8 cancel until current_period_end 2026-03-14")

locust("meera.iyer@gmail.com", "Meera Iyer", "monthly", None, None, status="trial", trial="2025-10-05")
mail("l11", "Meera Iyer <meera.iyer@gmail.com>", LO, "paid plan ke baare mein sawal", "2025-09-27 15:20",
     "Hello,\nabhi main free trial pe hoon. agar main monthly plan le lu aur mere team ke liye kaam nahi kiya, "
     "to kya mujhe refund mil jayega? bas yeh jaanna tha.\nMeera")
case("l11-hypothetical", ["l11"], "leadsoptima", "other", [],
     "section 8: 'would I get a refund if...' before buying is a policy question -> other")

locust("manish.agarwal@agarwaltextiles.com", "Manish Agarwal", "quarterly", "2025-08-20", "2025-11-19")
lopay("LO-INV-71115", "manish.agarwal@agarwaltextiles.com", "quarterly", "2697.00", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
mail("l12", "Manish Agarwal <manish.agarwal@agarwaltextiles.com>", LO, "GST invoice kaise milega", "2025-09-29 11:45",
     "Namaste,\nhumare CA ko GST wala invoice chahiye. dashboard mein kahan se download karu? "
     "aur kya GSTIN baad mein add ho sakta hai?\nManish Agarwal")
case("l12-howto", ["l12"], "leadsoptima", "other", [], "no refund or cancellation asked: a how-to question -> other")

locust("rohit@kapoortraders.in", "Rohit Kapoor", "monthly", "2025-09-25", "2025-10-24")
lopay("LO-INV-71116", "rohit@kapoortraders.in", "monthly", "999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("LO-INV-71117", "rohit@kapoortraders.in", "monthly", "999.00", "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
mail("l13", "Rohit Kapoor <rohit.kapoor.personal@gmail.com>", LO, "double charge", "2025-09-27 20:10",
     "Hi, mera registered email rohit@kapoortraders.in hai, abhi office mail nahi khul raha isliye yahan se likh raha hoon. "
     "999 do baar kat gaye, invoice LO-INV-71117. refund kar do pls.\nRohit")
case("l13-c2-other-address", ["l13"], "leadsoptima", "need_info", [],
     "section 2 C2: sender gmail address is not the registered email rohit@kapoortraders.in -> ask to write from it, disclose nothing", rules=["C2"])

locust("suresh.nair@nairexports.com", "Suresh Nair", "monthly", "2025-09-23", "2025-10-22")
lopay("LO-INV-71118", "suresh.nair@nairexports.com", "monthly", "1299.00", "2025-08-23T10:00:00", "2025-08-23", "2025-09-22")
lopay("LO-INV-71119", "suresh.nair@nairexports.com", "monthly", "1299.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("LO-INV-71120", "suresh.nair@nairexports.com", "monthly", "1299.00", "2025-09-23T10:03:00", "2025-09-23", "2025-10-22")
m1 = mail("l14a", "Suresh Nair <suresh.nair@nairexports.com>", LO, "same payment 2 baar", "2025-09-25 10:00",
          "Hi LeadsOptima,\nis mahine ka payment 2 baar ho gaya. ek wapas karo please.\nSuresh")
mail("l14b", "Suresh Nair <suresh.nair@nairexports.com>", LO, "Re: same payment 2 baar [LO-3391]", "2025-09-25 18:30",
     "invoice number LO-INV-71120 hai (dusra wala).\n\nOn Thu, 25 Sep 2025 LeadsOptima Support wrote:\n> Please share the invoice number.",
     reply=m1)
case("l14-c3-thread", ["l14a", "l14b"], "leadsoptima", "decided", [("refund", "approve", "1299.00")],
     "section 2 C3: invoice asked, answer merged; L2 duplicate, charge 2025-09-23, request time = first email 2025-09-25 (day 2); L4 pair LO-INV-71119/71120 -> approve 1299.00")

locust("pooja.bhatt@bhattdesigns.in", "Pooja Bhatt", "monthly", "2025-09-19", "2025-10-18")
lopay("LO-INV-71121", "pooja.bhatt@bhattdesigns.in", "monthly", "799.00", "2025-08-19T10:00:00", "2025-08-19", "2025-09-18")
lopay("LO-INV-71122", "pooja.bhatt@bhattdesigns.in", "monthly", "799.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
mail("l15", "Pooja Bhatt <pooja.bhatt@bhattdesigns.in>", LO, "platform nahi chal raha", "2025-09-24 14:00",
     "hii\n2 din se platform load nahi ho raha, koi bhi campaign open nahi hota. chat support ne bola dekh lenge par kuch nahi hua. "
     "refund chahiye mujhe.\nPooja")
case("l15-c3-invoice-missing", ["l15"], "leadsoptima", "need_info", [],
     "section 3 requires invoice_number for a refund; two charges on record so the charge is not identified -> need_info asking invoice_number (plan filled from the ledger, reason given)",
     missing=["invoice_number"])

locust("gaurav.saxena@gmail.com", "Gaurav Saxena", "annual", "2025-09-24", "2026-09-23")
lopay("LO-INV-71123", "gaurav.saxena@gmail.com", "annual", "11988.00", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
mail("l16", "Gaurav Saxena <gaurav.saxena@gmail.com>", LO, "refund warna consumer forum", "2025-09-26 10:30",
     "Aapka tool bilkul bekaar hai, mujhe LO-INV-71123 ka pura ₹11,988 wapas chahiye. 3 din mein paise nahi aaye "
     "to main consumer forum mein complaint karunga.\nGaurav Saxena")
case("l16-c4-consumer-forum", ["l16"], "leadsoptima", "decided", [("refund", "escalate")],
     "section 2 C4: consumer forum threat -> escalate", rules=["C4"])

locust("alok.tiwari@tiwarihardware.com", "Alok Tiwari", "monthly", "2025-09-12", "2025-10-11")
lopay("LO-INV-71124", "alok.tiwari@tiwarihardware.com", "monthly", "999.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
mail("l17", "Alok Tiwari <alok.tiwari@tiwarihardware.com>", LO, "प्लान कैंसल", "2025-09-28 18:20",
     "मेरा प्लान तुरंत कैंसल करो। अगर अगले महीने एक भी रुपया कटा तो मैं बैंक से chargeback करवा दूँगा।\nआलोक तिवारी")
case("l17-c4-cancel-chargeback", ["l17"], "leadsoptima", "decided", [("cancellation", "escalate")],
     "section 8: C4 covers the whole case, a cancellation included -> escalate", rules=["C4"], extra_ok=True)

locust("shalini.das@dasfoods.in", "Shalini Das", "monthly", "2025-09-20", "2025-10-19")
mail("l18", "Shalini Das <shalini.das@dasfoods.in>", LO, "Automatic reply: Refund", "2025-09-29 09:00",
     "नमस्ते, मैं 6 अक्टूबर तक छुट्टी पर हूँ। Urgent kaam ke liye Ramesh se sampark karein.\nShalini",
     hdr={"Auto-Submitted": "auto-replied"})
case("l18-c7-ooo", ["l18"], "leadsoptima", "ignore", [], "section 2 C7: Auto-Submitted: auto-replied -> ignore", rules=["C7"])

locust("harish.pandey@pandeyco.in", "Harish Pandey", "quarterly", "2025-08-05", "2025-11-04")
lopay("LO-INV-71125", "harish.pandey@pandeyco.in", "quarterly", "2697.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
mail("l19", "Harish Pandey <harish.pandey@pandeyco.in>", LO, "Fwd: plan cancellation", "2025-09-22 11:00",
     "pls see below, do the needful\n\n---------- Forwarded message ---------\nFrom: Harish Pandey <harish.pandey@pandeyco.in>\n"
     "Date: Sun, 21 Sep 2025 at 20:15\nSubject: plan cancellation\nTo: info@leadsoptima.com\n\n"
     "Humara quarterly plan cancel kar dijiye, November ke baad continue nahi karna. Budget cut ho gaya hai.\n")
case("l19-forward-cancel", ["l19"], "leadsoptima", "decided", [("cancellation", "cancel", None, "2025-11-04")],
     "section 8 forwards: read for the request it carries (same registered sender); L8 cancel until current_period_end 2025-11-04")

locust("vikas@bansalconstructions.com", "Vikas Bansal", "annual", "2025-09-27", "2026-09-26")
lopay("LO-INV-71126", "vikas@bansalconstructions.com", "annual", "11988.00", "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
mail("l20", "Office Bansal <office@bansalconstructions.com>", LO, "FW: login issue refund", "2025-09-29 12:00",
     "Sir ka mail neeche hai, kripya dekh lein.\n\n________________________________\nFrom: Vikas Bansal <vikas@bansalconstructions.com>\n"
     "Sent: Monday, September 29, 2025 10:40 AM\nTo: Office Bansal\nSubject: login issue refund\n\n"
     "LeadsOptima ko bolo login nahi ho raha 27 se, annual plan LO-INV-71126 ka refund chahiye. Registered email vikas@bansalconstructions.com hai.\n")
case("l20-forward-c2", ["l20"], "leadsoptima", "need_info", [],
     "section 8 forwards: forwarded request names registered email vikas@... other than the sender office@... -> C2, ask for the request from that address", rules=["C2"])

locust("nitin.chauhan@gmail.com", "Nitin Chauhan", "monthly", "2025-09-26", "2025-10-25")
lopay("LO-INV-71127", "nitin.chauhan@gmail.com", "monthly", "999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("LO-INV-71128", "nitin.chauhan@gmail.com", "monthly", "999.00", "2025-09-26T10:02:00", "2025-09-26", "2025-10-25", status="failed")
mail("l21", "Nitin Chauhan <nitin.chauhan@gmail.com>", LO, "2 baar payment hua", "2025-09-27 13:00",
     "Bhai 26 ko 2 baar payment hua lagta hai, UPI mein dono dikh rahe. dusra invoice LO-INV-71128, refund kar do.\nNitin")
case("l21-dup-not-paid", ["l21"], "leadsoptima", "decided", [("refund", "escalate")],
     "L4 needs two PAID charges; LO-INV-71128 is failed, so no pair -> escalate (and section 8: a refund of a payment not paid is escalated)")

locust("anjali.kulkarni@kulkarnidental.in", "Anjali Kulkarni", "monthly", "2025-09-23", "2025-10-22")
for i, t in enumerate(["10:00", "10:01", "10:03"]):
    lopay("LO-INV-7113%d" % i, "anjali.kulkarni@kulkarnidental.in", "monthly", "599.00", "2025-09-23T%s:00" % t, "2025-09-23", "2025-10-22")
mail("l22", "Dr. Anjali Kulkarni <anjali.kulkarni@kulkarnidental.in>", LO, "599 teen baar kata!!", "2025-09-25 16:00",
     "Hello,\nmonthly plan ke ₹599 ek hi din teen baar charge ho gaye (23 Sept) - duplicate payment. "
     "last invoice LO-INV-71132. please extra do payments refund karein.\nDr. Anjali Kulkarni\nKulkarni Dental Clinic, Pune")
case("l22-triple-charge", ["l22"], "leadsoptima", "decided", [("refund", "approve", "1198.00")],
     "section 8 three or more identical charges: every charge after the first is a duplicate; 2 x 599.00 inside the window (day 2) = 1198.00")

locust("ramesh.yadav@yadavdairy.in", "Ramesh Yadav", "monthly", "2025-08-26", "2025-09-25", status="cancelled")
lopay("LO-INV-71133", "ramesh.yadav@yadavdairy.in", "monthly", "799.00", "2025-08-26T10:00:00", "2025-08-26", "2025-09-25")
lopay("LO-INV-71134", "ramesh.yadav@yadavdairy.in", "monthly", "799.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
mail("l23", "Ramesh Yadav <ramesh.yadav@yadavdairy.in>", LO, "cancel ke baad bhi paisa kata", "2025-09-28 08:40",
     "Namaskar,\nmaine 14 tareekh ko hi plan cancel kar diya tha fir bhi 26 ko 799 kaat liye (LO-INV-71134). "
     "Ye billing mistake hai, paise lautaiye.\nRamesh Yadav")
case("l23-charged-after-cancel", ["l23"], "leadsoptima", "decided", [("refund", "escalate")],
     "section 3 L2 billing_error ('charged after I cancelled', a past event), L3 day 2 -> L5 escalate; no new cancellation asked (past event)", extra_ok=True)

locust("sameer.khan@khanmotors.in", "Sameer Khan", "quarterly", "2025-09-28", "2025-12-27")
lopay("LO-INV-71135", "sameer.khan@khanmotors.in", "quarterly", "2697.00", "2025-09-28T10:00:00", "2025-09-28", "2025-12-27")
lopay("LO-INV-71136", "sameer.khan@khanmotors.in", "quarterly", "2697.00", "2025-09-28T10:00:30", "2025-09-28", "2025-12-27")
mail("l24", "Sameer Khan <sameer.khan@khanmotors.in>", LO, "double charge + cancel", "2025-09-30 09:15",
     "Hi,\nquarterly plan ka paisa do baar cut gaya (2,697 x 2). extra wala LO-INV-71136 refund karo, "
     "aur plan bhi cancel kar do, renew nahi karna - humne showroom ka digital kaam agency ko de diya.\nSameer")
case("l24-dup-and-cancel", ["l24"], "leadsoptima", "decided",
     [("refund", "approve", "2697.00"), ("cancellation", "cancel", None, "2025-12-27")],
     "L4 duplicate day 2 -> approve 2697.00; L8 cancel until current_period_end 2025-12-27 (both intents, one reply)")

locust("tanvi.joshi@joshiyoga.com", "Tanvi Joshi", "monthly", "2025-09-27", "2025-10-26")
lopay("LO-INV-71137", "tanvi.joshi@joshiyoga.com", "monthly", "999.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
mail("l25", "Tanvi Joshi <tanvi.joshi@joshiyoga.com>", LO, "Refund request LO-INV-71137", "2025-09-29 10:00",
     "Dear Team,\n\nKindly refund invoice LO-INV-71137. Please do the needful at the earliest.\n\nWarm regards,\nTanvi Joshi\n"
     "Joshi Yoga Studio | +91 98200 00000\nNamaste 🙏")
case("l25-no-reason", ["l25"], "leadsoptima", "need_info", [],
     "section 8 what a reason is: restating the request and 'do the needful' are not reasons -> need_info asks reason",
     missing=["reason"])

locust("imran.shaikh@gmail.com", "Imran Shaikh", "monthly", "2025-09-21", "2025-10-20")
lopay("LO-INV-71138", "imran.shaikh@gmail.com", "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
mail("l26", "Imran Shaikh <imran.shaikh@gmail.com>", "billing@leadsoptima.com", "galat plan ka charge", "2025-09-26 22:10",
     "maine monthly basic (799) select kiya tha par mujhe pro monthly ka 1499 charge kar diya, wrong plan. "
     "inv LO INV 71138. pls sahi karo ya refund do\n\nSent from Yahoo Mail on Android")
case("l26-wrong-plan-billing", ["l26"], "leadsoptima", "decided", [("refund", "escalate")],
     "L2 billing_error (charged for the wrong plan), day 5 inside -> L5 escalate; billing@ is a LeadsOptima address (C1)")

locust("lakshmi.pillai@pillaitours.com", "Lakshmi Pillai", "quarterly", "2025-09-16", "2025-12-15")
lopay("LO-INV-71139", "lakshmi.pillai@pillaitours.com", "quarterly", "2697.00", "2025-09-16T10:00:00", "2025-09-16", "2025-12-15")
mail("l27", "Lakshmi Pillai <lakshmi.pillai@pillaitours.com>", LO, "access nahi mil raha - refund", "2025-09-25 10:00",
     "Hello team,\n16 Sep ko quarterly plan liya, tab se account locked out hai, access nahi mil raha. "
     "invoice LO-INV-71139. refund chahiye.\nLakshmi")
case("l27-access-day9", ["l27"], "leadsoptima", "decided", [("refund", "deny")],
     "L2 access_failure but L3: charge 2025-09-16 day 0, request 2025-09-25 is day 9 > 7 -> deny citing the 7-day rule")

# ---------------- Optima WebDesign ----------------
owdproj("Sharma Sweets Website", "orders@sharmasweets.in")
owdpay("OWD-2025-301", "Sharma Sweets Website", "deposit", "25000.00", "4500.00", "2025-09-22T11:00:00")
mail("o01", "Sharma Sweets <orders@sharmasweets.in>", OWD, "Refund Request — Sharma Sweets Website", "2025-09-24 10:00",
     "Namaste Optima team,\n\nHumne 22 tareekh ko Sharma Sweets Website ke liye ₹25,000 + GST advance diya tha (OWD-2025-301). "
     "Ghar mein partner se baat hui, abhi website ka budget nahi hai, isliye project shuru mat kijiye aur advance wapas kar dijiye.\n\nRegards,\nSunil Sharma")
case("o01-deposit-47h", ["o01"], "optima_webdesign", "decided", [("refund", "approve", "25000.00")],
     "section 4 O2: paid 2025-09-22 11:00, request 2025-09-24 10:00 = 47 h < 72 h, work not started -> approve 25000.00 (tax 4500.00 not refunded, C6)", extra_ok=True)

owdproj("Gupta Clinic Portal", "admin@guptaclinic.in")
owdpay("OWD-2025-302", "Gupta Clinic Portal", "deposit", "30000.00", "5400.00", "2025-09-19T15:30:00")
mail("o02", "Dr. Mohan Gupta <admin@guptaclinic.in>", OWD, "advance refund - Gupta Clinic Portal", "2025-09-22 15:30",
     "प्रिय टीम,\nGupta Clinic Portal के लिए 19 सितंबर को जो ₹30,000 का एडवांस दिया था (इनवॉइस OWD-2025-302), वह वापस चाहिए। "
     "हमने दूसरी एजेंसी चुन ली है।\nडॉ. मोहन गुप्ता")
case("o02-deposit-72h", ["o02"], "optima_webdesign", "decided", [("refund", "deny")],
     "section 8: exactly 72 hours (2025-09-19 15:30 -> 2025-09-22 15:30) is not before 72 hours -> deny (O2)", extra_ok=True)

owdproj("Verma Realty App", "it@vermarealty.com", ws="2025-09-28T10:00:00")
owdpay("OWD-2025-303", "Verma Realty App", "deposit", "50000.00", "9000.00", "2025-09-27T10:00:00")
mail("o03", "Verma Realty IT <it@vermarealty.com>", OWD, "Deposit wapas - Verma Realty App", "2025-09-29 09:00",
     "Hi,\nVerma Realty App ka deposit OWD-2025-303 (₹50,000) refund kar dijiye, management ne project hold par daal diya hai. "
     "72 ghante bhi nahi hue.\nRegards, IT team")
case("o03-deposit-work-started", ["o03"], "optima_webdesign", "decided", [("refund", "deny")],
     "O2 'whichever occurs first': request 2025-09-29 09:00 is within 72 h but after work_started_at 2025-09-28 10:00 -> deny", extra_ok=True)

owdproj("Rana Fitness Branding", "rana.fitness@gmail.com")
owdpay("OWD-2025-304", "Rana Fitness Branding", "discovery", "15000.00", "2700.00", "2025-09-15T12:00:00")
mail("o04", "Jaspreet Rana <rana.fitness@gmail.com>", OWD, "discovery fee refund", "2025-09-26 18:00",
     "Sat Sri Akal ji,\nRana Fitness Branding ke liye discovery fee di thi, inv OWD-2025-304. abhi tak koi session nahi hua "
     "aur hum gym shift kar rahe hain, toh ye project abhi nahi hoga. refund kar dijiye please.\nJaspreet")
case("o04-discovery-not-started", ["o04"], "optima_webdesign", "decided", [("refund", "approve", "15000.00")],
     "O1: work_started_at empty -> refundable in full: 15000.00 before tax", extra_ok=True)

owdproj("Mehta Jewellers Strategy", "info@mehtajewellers.in", ws="2025-09-18T11:00:00")
owdpay("OWD-2025-305", "Mehta Jewellers Strategy", "discovery", "20000.00", "3600.00", "2025-09-16T12:00:00")
mail("o05", "Mehta Jewellers <info@mehtajewellers.in>", OWD, "strategy fee refund", "2025-09-24 12:00",
     "Dear Optima,\n18 ko ek strategy call hua tha par usse humein kuch khaas nahi mila. Mehta Jewellers Strategy ki fees "
     "OWD-2025-305 wapas chahiye.\nKetan Mehta")
case("o05-discovery-started", ["o05"], "optima_webdesign", "decided", [("refund", "deny")],
     "O1: session started 2025-09-18 before the request -> deny")

owdproj("Desai Travels Booking Site", "accounts@desaitravels.com")
owdpay("OWD-2025-306", "Desai Travels Booking Site", "milestone", "40000.00", "7200.00", "2025-09-10T10:00:00", milestone_status="not_started")
mail("o06", "Accounts Desai Travels <accounts@desaitravels.com>", OWD, "Milestone 3 refund — Desai Travels Booking Site", "2025-09-25 11:30",
     "Hello,\n\nDesai Travels Booking Site ka payment gateway milestone (OWD-2025-306, ₹40,000) humne advance mein de diya tha. "
     "Ab hum gateway khud integrate karenge, isliye ye milestone scope se hata dijiye aur uska paisa refund karein.\n\nRegards,\nAccounts Team")
case("o06-milestone-not-started", ["o06"], "optima_webdesign", "decided", [("refund", "approve", "40000.00")],
     "O3: milestone not_started -> refund its amount 40000.00 before tax", extra_ok=True)

owdproj("Patel Agro Catalogue", "ketan@patelagro.in")
owdpay("OWD-2025-307", "Patel Agro Catalogue", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00", milestone_status="in_progress")
mail("o07", "Ketan Patel <ketan@patelagro.in>", OWD, "milestone refund", "2025-09-27 10:00",
     "Patel Agro Catalogue ka design milestone (OWD-2025-307) bahut slow chal raha hai, humein ab nahi chahiye. "
     "paise lautao.\nKetan")
case("o07-milestone-in-progress", ["o07"], "optima_webdesign", "decided", [("refund", "escalate")],
     "O3: milestone in_progress -> escalate (billable value needs a person)", extra_ok=True)

owdproj("Singh Law Chambers Site", "office@singhchambers.in")
owdpay("OWD-2025-308", "Singh Law Chambers Site", "milestone", "28000.00", "5040.00", "2025-09-01T10:00:00", milestone_status="approved")
mail("o08", "Singh Chambers <office@singhchambers.in>", OWD, "homepage milestone ka refund", "2025-09-26 15:00",
     "नमस्ते,\nSingh Law Chambers Site का होमपेज माइलस्टोन (OWD-2025-308) हमने approve तो किया था पर अब डिज़ाइन पसंद नहीं आ रहा। "
     "उसका पैसा वापस करें।\nऑफिस, सिंह चैम्बर्स")
case("o08-milestone-approved", ["o08"], "optima_webdesign", "decided", [("refund", "deny")],
     "O3/O6: approved milestone -> deny")

owdproj("Kaur Bakery SEO", "hello@kaurbakery.in")
owdpay("OWD-2025-309", "Kaur Bakery SEO", "retainer", "12000.00", "2160.00", "2025-09-15T10:00:00",
       period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
mail("o09", "Harleen Kaur <hello@kaurbakery.in>", OWD, "SEO retainer cancel", "2025-09-30 12:00",
     "Hi Optima,\nKaur Bakery SEO retainer (last invoice OWD-2025-309) band karna hai, October se continue nahi karenge - "
     "orders mostly Swiggy se aa rahe hain ab. refund nahi chahiye.\nHarleen")
case("o09-retainer-notice-ok", ["o09"], "optima_webdesign", "decided", [("cancellation", "cancel", None, "2025-10-14")],
     "O4/O8: next_billing_at 2025-10-15 minus 7 days = 2025-10-08; request 2025-09-30 is on/before it -> cancel, effective 2025-10-14 (day before next billing); 'refund nahi chahiye' is a negation")

owdproj("Bose Media Social", "ritwik@bosemedia.in")
owdpay("OWD-2025-310", "Bose Media Social", "retainer", "18000.00", "3240.00", "2025-09-04T10:00:00",
       period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
mail("o10", "Ritwik Bose <ritwik@bosemedia.in>", OWD, "retainer khatam karna hai - Bose Media Social", "2025-09-29 17:00",
     "Hello,\nBose Media Social ka monthly retainer (OWD-2025-310) cancel kar do please. Humne in-house social media manager rakh liya hai.\nRitwik")
case("o10-retainer-short-notice", ["o10"], "optima_webdesign", "decided", [("cancellation", "cancel", None, "2025-11-03")],
     "O4: next_billing_at 2025-10-04 - 7 = 2025-09-27; request 2025-09-29 is later -> next cycle 2025-10-04..2025-11-03 is billed, effective 2025-11-03")

owdproj("Naidu Hospital Hosting", "it@naiduhospital.org")
owdpay("OWD-2025-311", "Naidu Hospital Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
       setup_fee="2400.00", service_start="2025-09-20")
mail("o11", "Naidu Hospital IT <it@naiduhospital.org>", OWD, "Hosting refund aur cancel", "2025-09-26 11:00",
     "Dear Optima WebDesign,\n\nNaidu Hospital Hosting ka annual hosting plan (OWD-2025-311) humein cancel karna hai aur refund chahiye - "
     "trust ne government cloud par shift karne ka decision liya hai.\n\nThanks & Regards\nIT Dept, Naidu Hospital")
case("o11-hosting-prorated", ["o11"], "optima_webdesign", "decided", [("refund", "approve", "14300.00")],
     "O5: request 2025-09-26 within 14 days of service_start 2025-09-20; monthly_value = (18000 - 2400)/12 = 1300; refund = 18000 - 2400 - 1300 x 1 = 14300.00",
     extra_ok=True)

owdproj("Chopra Exports Maintenance", "web@chopraexports.com")
owdpay("OWD-2025-312", "Chopra Exports Maintenance", "maintenance_annual", "24000.00", "4320.00", "2025-09-01T10:00:00",
       setup_fee="0.00", service_start="2025-09-01")
mail("o12", "Chopra Exports <web@chopraexports.com>", OWD, "AMC refund", "2025-09-25 10:00",
     "Hi,\nChopra Exports Maintenance ka annual maintenance contract OWD-2025-312 cancel karke pro-rata refund dijiye, "
     "website ab parent company handle karegi.\nAmit Chopra")
case("o12-maintenance-day24", ["o12"], "optima_webdesign", "decided", [("refund", "deny")],
     "O5: service_start 2025-09-01, request 2025-09-25 = day 24 > 14 -> deny", extra_ok=True)

owdproj("Joshi Ayurveda Store", "shop@joshiayurveda.in")
owdpay("OWD-2025-313", "Joshi Ayurveda Store", "third_party", "4500.00", "810.00", "2025-09-25T10:00:00")
mail("o13", "Joshi Ayurveda <shop@joshiayurveda.in>", OWD, "domain + SSL refund", "2025-09-27 13:00",
     "Namaste,\nJoshi Ayurveda Store ke liye jo domain aur SSL ka ₹4,500 liya (OWD-2025-313) woh refund kar do, "
     "humare paas pehle se domain tha, galti se dobara le liya.\nJoshi")
case("o13-third-party", ["o13"], "optima_webdesign", "decided", [("refund", "deny")],
     "O6: third_party (domain, SSL) never refundable -> deny")

owdproj("Malhotra Cafe Menu Site", "malhotra.cafe@outlook.com")
owdpay("OWD-2025-314", "Malhotra Cafe Menu Site", "deposit", "10000.00", "1800.00", "2025-09-29T10:00:00")
mail("o14", "Rajiv Malhotra <rajiv.m1975@gmail.com>", OWD, "refund", "2025-09-30 10:00",
     "Hi, Malhotra Cafe Menu Site ka deposit OWD-2025-314 wapas chahiye, cafe ka lease cancel ho gaya. "
     "contract malhotra.cafe@outlook.com se hai par woh password bhool gaya.\nRajiv")
case("o14-c2-not-contract-email", ["o14"], "optima_webdesign", "need_info", [],
     "section 2 C2 (explicit for Optima): the email must come from the contract email malhotra.cafe@outlook.com -> need_info, nothing disclosed", rules=["C2"])

owdproj("Iyer Music Academy Site", "contact@iyermusic.in")
owdpay("OWD-2025-315", "Iyer Music Academy Site", "milestone", "22000.00", "3960.00", "2025-09-12T10:00:00", milestone_status="not_started")
mail("o15", "Contact Iyer Music <contact@iyermusic.in>", OWD, "legal notice", "2025-09-28 10:00",
     "Iyer Music Academy Site ka milestone OWD-2025-315 ka paisa 2 hafte se atka hai, kaam shuru bhi nahi hua. "
     "agar is hafte refund nahi mila to humare advocate legal notice bhejenge.\nS. Iyer")
case("o15-c4-advocate", ["o15"], "optima_webdesign", "decided", [("refund", "escalate")],
     "section 2 C4: advocate / legal notice -> escalate (even though O3 alone would approve)", rules=["C4"], extra_ok=True)

owdproj("Thakur Builders Ads", "ads@thakurbuilders.in")
owdpay("OWD-2025-316", "Thakur Builders Ads", "retainer", "20000.00", "3600.00", "2025-09-20T10:00:00",
       period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
mail("o16", "Thakur Builders <ads@thakurbuilders.in>", OWD, "Thakur Builders Ads - retainer cancel", "2025-09-26 10:00",
     "Sir,\nThakur Builders Ads retainer OWD-2025-316 cancel karna hai. Kripya jaldi karein.\n\nDhanyavaad\nThakur Builders\n"
     "Please consider the environment before printing this email.")
case("o16-cancel-no-reason", ["o16"], "optima_webdesign", "need_info", [],
     "section 8: Optima requires a reason for cancellations too; 'kripya jaldi karein', sign-off and disclaimer are not reasons -> need_info reason",
     missing=["reason"])

owdproj("Sinha Coaching Website", "sinha.coaching@gmail.com")
owdproj("Sinha Coaching App", "sinha.coaching@gmail.com")
owdpay("OWD-2025-317", "Sinha Coaching Website", "deposit", "15000.00", "2700.00", "2025-09-28T10:00:00")
owdpay("OWD-2025-318", "Sinha Coaching App", "deposit", "35000.00", "6300.00", "2025-09-28T10:05:00")
mail("o17", "Sinha Coaching <sinha.coaching@gmail.com>", OWD, "refund chahiye", "2025-09-29 20:00",
     "हमें एक प्रोजेक्ट का एडवांस वापस चाहिए, क्योंकि सेंटर की नई ब्रांच अभी नहीं खुल रही।\nसिन्हा कोचिंग")
case("o17-c3-project-invoice", ["o17"], "optima_webdesign", "need_info", [],
     "section 4 requires project name and invoice; the sender has two projects with deposits, neither named -> need_info project_name and invoice_number",
     missing=["project_name", "invoice_number"])

owdproj("Bajaj Auto Parts Store", "it@bajajparts.in")
owdpay("OWD-2025-319", "Bajaj Auto Parts Store", "change_request", "8000.00", "1440.00", "2025-09-24T10:00:00")
mail("o18", "Bajaj Parts IT <it@bajajparts.in>", "billing@optimawebdesign.com", "CR refund", "2025-09-27 10:00",
     "Bajaj Auto Parts Store ke extra filter feature ka change request OWD-2025-319 (₹8,000) refund kar do, "
     "ab humein woh feature nahi chahiye.\nIT")
case("o18-change-request", ["o18"], "optima_webdesign", "decided", [("refund", "deny")],
     "O6: change_request never refundable -> deny; billing@optimawebdesign.com is an Optima address (C1)")

write()
