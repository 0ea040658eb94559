#!/usr/bin/env python3
"""fresh21 held-out cases (hi, qa21c): stdlib only, deterministic. Run: python3 make_cases.py"""
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
LANG = "hi"
R = "+05:30"

# ------------------------------------------------------------------ LeadsOptima
# l01 Devanagari duplicate approve (Lucknow)
cust("alok.srivastava@awadhproperties.in", "आलोक श्रीवास्तव", "monthly", "2025-09-24", "2025-10-23")
lopay("hi_p01a", "LO-INV-7101", "alok.srivastava@awadhproperties.in", "monthly", "2025-09-24T11:00:00", "2025-09-24", "2025-10-23")
lopay("hi_p01b", "LO-INV-7102", "alok.srivastava@awadhproperties.in", "monthly", "2025-09-24T11:02:00", "2025-09-24", "2025-10-23")
mail("l01-do-baar.eml", "आलोक श्रीवास्तव <alok.srivastava@awadhproperties.in>", LO_TO,
     "एक ही महीने का भुगतान दो बार कटा - LO-INV-7102",
     "नमस्कार,\n\nमेरे खाते से 24 सितंबर को मासिक प्लान का पैसा दो बार कट गया है। दूसरी रसीद LO-INV-7102 है। "
     "कृपया दूसरा भुगतान वापस करें।\n\nधन्यवाद\nआलोक श्रीवास्तव\nलखनऊ", "2025-09-25 10:00", R)
case("l01-do-baar", "lo", ["l01-do-baar.eml"], "decided", [D("refund", "approve", "1499.00")],
     spec="L2 duplicate ('दो बार कट गया'), day 1, L4 pair 7101/7102: 1499.00.")

# l02 Hinglish duplicate, three charges all inside (Mumbai)
cust("rahul.k@dharavidesigns.in", "Rahul Kamble", "quarterly", "2025-09-20", "2025-12-19")
for pid, inv, t in (("hi_p02a", "LO-INV-7111", "2025-09-20T09:00:00"), ("hi_p02b", "LO-INV-7112", "2025-09-20T09:01:00"),
                    ("hi_p02c", "LO-INV-7113", "2025-09-21T09:00:00")):
    lopay(pid, inv, "rahul.k@dharavidesigns.in", "quarterly", t, "2025-09-20", "2025-12-19")
mail("l02-teen-baar.eml", "Rahul Kamble <rahul.k@dharavidesigns.in>", LO_TO, "quarterly plan 3 baar charge hua!!",
     "bhai ye kya scene hai, quarterly plan ka payment 3 baar kat gaya 20 aur 21 sept ko. invoice LO-INV-7111, "
     "7112, 7113. ek hi plan hai mera. extra wale dono wapas karo jaldi\n\nRahul, Mumbai", "2025-09-23 22:00", R)
case("l02-teen-baar", "lo", ["l02-teen-baar.eml"], "decided", [D("refund", "approve", "7998.00")],
     spec="Sec 8 three identical charges: 7112 and 7113 are duplicates, both inside L3 (days 3, 2): 2 x 3999 = 7998.00; the harness matches no invoice_number, so listing all three invoices leaves nothing open.")

# l03 duplicate day 8 (Dubai NRI, own date still day 7)
cust("imran.qureshi@qureshitrading.ae", "Imran Qureshi", "annual", "2025-09-15", "2026-09-14")
lopay("hi_p03a", "LO-INV-7121", "imran.qureshi@qureshitrading.ae", "annual", "2025-09-15T23:00:00", "2025-09-15", "2026-09-14")
lopay("hi_p03b", "LO-INV-7122", "imran.qureshi@qureshitrading.ae", "annual", "2025-09-15T23:01:00", "2025-09-15", "2026-09-14")
mail("l03-aathwa-din.eml", "Imran Qureshi <imran.qureshi@qureshitrading.ae>", LO_TO, "Double payment annual plan LO-INV-7122",
     "Assalam o alaikum,\nAnnual plan ka payment double ho gaya tha 15 ko, card se do baar paise kate. Invoice "
     "LO-INV-7122 wala refund kar dijiye. 7 din ke andar hi likh raha hoon.\nImran, Dubai", "2025-09-23 00:30", "+04:00")
case("l03-aathwa-din", "lo", ["l03-aathwa-din.eml"], "decided", [D("refund", "deny")],
     spec="L3: charge 2025-09-15 IST; mail 2025-09-22 23:00 Dubai = 2025-09-23 00:30 IST = day 8: deny.")

# l04 billing error galat plan (Jaipur)
cust("mahesh@marwarhandicrafts.in", "महेश शर्मा", "annual", "2025-09-26", "2026-09-25")
lopay("hi_p04", "LO-INV-7131", "mahesh@marwarhandicrafts.in", "annual", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
mail("l04-galat-plan.eml", "Mahesh Sharma <mahesh@marwarhandicrafts.in>", LO_TO, "galat plan ka charge",
     "Namaste ji,\nMaine monthly plan select kiya tha par galat plan ka charge laga hai, annual ka 11988 + GST kat "
     "gaya. Invoice LO-INV-7131. Kripya sahi karke paisa lautaiye.\nMahesh Sharma, Jaipur", "2025-09-27 12:00", R)
case("l04-galat-plan", "lo", ["l04-galat-plan.eml"], "decided", [D("refund", "escalate")],
     spec="L2 billing_error ('galat plan ka charge'), day 1: L5 escalate.")

# l05 access failure Devanagari (Patna)
cust("ravi.ranjan@magadhcoaching.in", "रवि रंजन", "monthly", "2025-09-22", "2025-10-21")
lopay("hi_p05", "LO-INV-7141", "ravi.ranjan@magadhcoaching.in", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
mail("l05-login-nahi.eml", "रवि रंजन <ravi.ranjan@magadhcoaching.in>", LO_TO, "लॉगिन नहीं हो रहा, पैसा वापस करें",
     "महोदय,\n\n22 तारीख को भुगतान (LO-INV-7141) के बाद से हम अपने अकाउंट में लॉगिन नहीं कर पा रहे हैं। "
     "पासवर्ड रीसेट का मेल भी नहीं आता। आपकी टीम को दो बार बताया, कुछ नहीं हुआ। can't log in at all. "
     "कृपया रिफंड करें।\n\nरवि रंजन\nपटना", "2025-09-25 16:00", R)
case("l05-login-nahi", "lo", ["l05-login-nahi.eml"], "decided", [D("refund", "escalate")],
     spec="L2 access_failure, day 3: L6 escalate.")

# l06 access failure outside window (Bhopal)
cust("neha.jain@bhopalbakers.in", "Neha Jain", "quarterly", "2025-09-02", "2025-12-01")
lopay("hi_p06", "LO-INV-7151", "neha.jain@bhopalbakers.in", "quarterly", "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
mail("l06-der-se.eml", "Neha Jain <neha.jain@bhopalbakers.in>", LO_TO, "dashboard open nahi ho raha",
     "Hello team, 2 hafte se dashboard open nahi ho raha, bas loading dikhata hai. Quarterly plan liya tha "
     "LO-INV-7151. Refund chahiye ab.\nNeha, Bhopal", "2025-09-18 11:00", R)
case("l06-der-se", "lo", ["l06-der-se.eml"], "decided", [D("refund", "deny")],
     spec="L3: charge 09-02, request 09-18 = day 16 > 7: deny.")

# l07 mann badal gaya (Delhi)
cust("karan.malhotra@rajouriautos.in", "Karan Malhotra", "monthly", "2025-09-27", "2025-10-26")
lopay("hi_p07", "LO-INV-7161", "karan.malhotra@rajouriautos.in", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
mail("l07-mann-badal.eml", "Karan Malhotra <karan.malhotra@rajouriautos.in>", LO_TO, "refund plz",
     "yaar subscription le liya tha par ab use nahi karna, team ko pasand nahi aaya. paise wapas kar do LO-INV-7161 "
     "ke\nKaran\nSent from my OnePlus", "2025-09-28 23:15", R)
case("l07-mann-badal", "lo", ["l07-mann-badal.eml"], "decided", [D("refund", "deny")],
     spec="L1: not liked / not using: deny, cancellation offered.")

# l08 mehenga, invoice filled (Indore)
cust("sunita@malwafoods.in", "सुनीता वर्मा", "quarterly", "2025-09-25", "2025-12-24")
lopay("hi_p08", "LO-INV-7171", "sunita@malwafoods.in", "quarterly", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
mail("l08-mehenga.eml", "सुनीता वर्मा <sunita@malwafoods.in>", LO_TO, "रिफंड के बारे में",
     "नमस्ते,\nआपका प्लान हमारे छोटे बिज़नेस के लिए बहुत महंगा है, बजट से बाहर है। तिमाही वाला पैसा वापस कर दीजिए।\n"
     "सुनीता वर्मा, इंदौर", "2025-09-26 15:00", R)
case("l08-mehenga", "lo", ["l08-mehenga.eml"], "decided", [D("refund", "deny")],
     spec="L1 'बहुत महंगा': deny; plan and invoice filled from the verified sender's only charge (sec 1).")

# l09 trial
cust("vikas.yadav@gurgaonfitness.in", "Vikas Yadav", "monthly", status="trial", trial_ends="2025-10-04")
mail("l09-trial.eml", "Vikas Yadav <vikas.yadav@gurgaonfitness.in>", LO_TO, "trial ka paisa refund",
     "Sir maine free trial liya hai, mujhe lag raha hai card se paise kat gaye trial ke. Refund kar do, hum "
     "aage nahi lenge.\nVikas, Gurgaon", "2025-09-27 10:00", R)
case("l09-trial", "lo", ["l09-trial.eml"], "decided", [D("refund", "deny")],
     extra_ok=True,
     spec="L7: trial, no charge in the ledger: deny; no billing unless they subscribe. 'hum aage nahi lenge' may be read as a cancellation: harmless (they say they will not continue, nothing is approved).")

# l10 cancel Devanagari with period end (Varanasi)
cust("pandey.silk@kashisarees.in", "Anil Pandey", "annual", "2025-04-01", "2026-03-31")
lopay("hi_p10", "LO-INV-7181", "pandey.silk@kashisarees.in", "annual", "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
mail("l10-band-karein.eml", "अनिल पाण्डेय <pandey.silk@kashisarees.in>", LO_TO, "सदस्यता बंद करने हेतु",
     "सेवा में,\nLeadsOptima सहायता दल\n\nनिवेदन है कि हमारी वार्षिक सदस्यता को आगे नवीनीकृत न करें और इसे रद्द "
     "कर दें। दुकान का काम बेटे ने संभाल लिया है, वे दूसरा सॉफ्टवेयर चलाते हैं। रिफंड की आवश्यकता नहीं है।\n\n"
     "भवदीय\nअनिल पाण्डेय\nवाराणसी", "2025-09-24 11:00", R)
case("l10-band-karein", "lo", ["l10-band-karein.eml"], "decided", [D("cancellation", "cancel", eff="2026-03-31")],
     spec="L8: effective current_period_end 2026-03-31; 'रिफंड की आवश्यकता नहीं' adds no refund (sec 8).")

# l11 cancel fallback Hinglish, no reason
cust("pooja.reddy@hydbiryani.in", "Pooja Reddy", "quarterly")
lopay("hi_p11", "LO-INV-7191", "pooja.reddy@hydbiryani.in", "quarterly", "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
mail("l11-cancel-kardo.eml", "Pooja Reddy <pooja.reddy@hydbiryani.in>", LO_TO, "cancel",
     "hi subscription cancel kar do please, auto renew nahi chahiye", "2025-09-29 20:00", R)
case("l11-cancel-kardo", "lo", ["l11-cancel-kardo.eml"], "decided", [D("cancellation", "cancel", eff="2025-10-14")],
     spec="L8 fallback: no current_period_end; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14; no reason needed.")

# l12 C2 gmail naming registered email
cust("accounts@shreeganeshsteel.in", "Shree Ganesh Steel", "annual", "2025-09-23", "2026-09-22")
lopay("hi_p12a", "LO-INV-7201", "accounts@shreeganeshsteel.in", "annual", "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
lopay("hi_p12b", "LO-INV-7202", "accounts@shreeganeshsteel.in", "annual", "2025-09-23T10:00:20", "2025-09-23", "2026-09-22")
mail("l12-c2-gmail.eml", "Deepak Agrawal <deepak.agrawal1979@gmail.com>", LO_TO, "double payment ho gaya",
     "Namaskar, hamara registered email accounts@shreeganeshsteel.in hai, office ka mail nahi chal raha isliye "
     "gmail se likh raha hoon. 23 ko payment do baar ho gaya, LO-INV-7202. Refund kar dijiye.\nDeepak, Raipur",
     "2025-09-24 10:00", R)
case("l12-c2-gmail", "lo", ["l12-c2-gmail.eml"], "need_info", rules=["C2"],
     spec="C2: sender differs from the registered email it names.")

# l13 C2 different case is SAME address (positive control): uppercase registered address
cust("gupta.traders@rediffmail.com", "Gupta Traders", "monthly", "2025-09-26", "2025-10-25")
lopay("hi_p13a", "LO-INV-7211", "gupta.traders@rediffmail.com", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("hi_p13b", "LO-INV-7212", "gupta.traders@rediffmail.com", "monthly", "2025-09-26T10:00:40", "2025-09-26", "2025-10-25")
mail("l13-uppercase.eml", "GUPTA TRADERS <Gupta.Traders@Rediffmail.com>", LO_TO, "PAYMENT 2 BAAR KATA",
     "SIR JI HAMARA MONTHLY KA PAYMENT 2 BAAR KATA HAI 26 TARIK KO. INVOICE LO-INV-7212. KRIPYA WAPAS KARE.\n"
     "GUPTA TRADERS, KANPUR", "2025-09-27 09:00", R)
case("l13-uppercase", "lo", ["l13-uppercase.eml"], "decided", [D("refund", "approve", "1499.00")],
     spec="Sec 8: addresses compare case-insensitively, so the sender is verified; L4 approve 1499.00.")

# l14 C4 consumer court Devanagari + cancel
cust("rk.tiwari@tiwariclasses.in", "आर. के. तिवारी", "quarterly", "2025-09-10", "2025-12-09")
lopay("hi_p14", "LO-INV-7221", "rk.tiwari@tiwariclasses.in", "quarterly", "2025-09-10T10:00:00", "2025-09-10", "2025-12-09")
mail("l14-c4-upbhokta.eml", "R K Tiwari <rk.tiwari@tiwariclasses.in>", LO_TO, "अंतिम चेतावनी",
     "आपका सॉफ़्टवेयर बिल्कुल बेकार है। मेरी सदस्यता तुरंत बंद करें और LO-INV-7221 का पूरा पैसा लौटाएँ, वरना मैं "
     "consumer court में केस करूँगा।\nआर. के. तिवारी, प्रयागराज", "2025-09-15 10:00", R)
case("l14-c4-upbhokta", "lo", ["l14-c4-upbhokta.eml"], "decided",
     [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
     spec="C4 consumer court covers the whole case: refund and cancellation escalate.")

# l15 C4 chargeback Hinglish
cust("sameer@punecabs.in", "Sameer Kulkarni", "monthly", "2025-09-25", "2025-10-24")
lopay("hi_p15", "LO-INV-7231", "sameer@punecabs.in", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
mail("l15-c4-chargeback.eml", "Sameer Kulkarni <sameer@punecabs.in>", LO_TO, "refund warna chargeback",
     "App 3 din se login nahi ho raha. LO-INV-7231 ka refund do warna bank mein chargeback daal dunga.\nSameer",
     "2025-09-28 10:00", R)
case("l15-c4-chargeback", "lo", ["l15-c4-chargeback.eml"], "decided", [D("refund", "escalate")], rules=["C4"],
     spec="C4 chargeback threat: escalate.")

# l16 C7 auto-reply Devanagari
mail("l16-c7-autoreply.eml", "Sharma Enterprises <info@sharmaenterprises.in>", LO_TO, "स्वचालित उत्तर: आपका बिल",
     "आपका ईमेल प्राप्त हुआ। हम 2 अक्टूबर तक अवकाश पर हैं। रिफंड या बिल संबंधी मामलों के लिए बाद में संपर्क करें।",
     "2025-09-29 10:00", R, headers={"Auto-Submitted": "auto-replied"})
case("l16-c7-autoreply", "lo", ["l16-c7-autoreply.eml"], "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied.")

# l17 C7 own address
mail("l17-c7-own.eml", "LeadsOptima Billing <billing@leadsoptima.com>", LO_TO, "Aapka refund process ho gaya [LO-1300]",
     "Namaste, aapka refund process kar diya gaya hai.", "2025-09-29 11:00", R)
case("l17-c7-own", "lo", ["l17-c7-own.eml"], "ignore", rules=["C7"], spec="C7: the brand's own address.")

# l18 negation: refund nahi chahiye, invoice copy
cust("anjali@ranchiherbals.in", "Anjali Munda", "annual", "2025-09-05", "2026-09-04")
lopay("hi_p18", "LO-INV-7241", "anjali@ranchiherbals.in", "annual", "2025-09-05T10:00:00", "2025-09-05", "2026-09-04")
mail("l18-refund-nahi.eml", "Anjali Munda <anjali@ranchiherbals.in>", LO_TO, "invoice chahiye",
     "Hello, refund nahi chahiye, plan bilkul theek chal raha hai. Bas LO-INV-7241 ki GST invoice dobara bhej "
     "dijiye, CA ne maangi hai.\nAnjali, Ranchi", "2025-09-22 10:00", R)
case("l18-refund-nahi", "lo", ["l18-refund-nahi.eml"], "other", spec="Sec 8 negation 'refund nahi chahiye': 'other'.")

# l19 hypothetical
mail("l19-agar.eml", "Manoj Chauhan <manoj.chauhan.biz@gmail.com>", LO_TO, "annual plan lene se pehle sawal",
     "Namaste, agar main annual plan le loon aur kaam ka na nikle toh kya refund milega? aur beech mein cancel kar "
     "sakte hain kya?\nManoj, Dehradun", "2025-09-26 10:00", R)
case("l19-agar", "lo", ["l19-agar.eml"], "other", spec="Sec 8 hypothetical before buying: 'other'.")

# l20 thank you
cust("farhan@hyderabadpearls.in", "Farhan Ali", "monthly", "2025-09-14", "2025-10-13")
lopay("hi_p20", "LO-INV-7251", "farhan@hyderabadpearls.in", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
mail("l20-shukriya.eml", "Farhan Ali <farhan@hyderabadpearls.in>", LO_TO, "Re: Refund processed [LO-1277]",
     "Bahut shukriya, refund mil gaya account mein. Aapki team ne jaldi kaam kiya.\nFarhan", "2025-09-26 10:00", R,
     parent="<lo-1277.done@leadsoptima.com>")
case("l20-shukriya", "lo", ["l20-shukriya.eml"], "other", spec="Thank-you after a refund: 'other'.")

# l21 missing reason (restatement, 'do the needful'), two charges, invoice stated
cust("sk.mishra@mishrainfra.in", "S. K. Mishra", "quarterly", "2025-09-20", "2025-12-19")
lopay("hi_p21a", "LO-INV-7261", "sk.mishra@mishrainfra.in", "quarterly", "2025-06-20T10:00:00", "2025-06-20", "2025-09-19")
lopay("hi_p21b", "LO-INV-7262", "sk.mishra@mishrainfra.in", "quarterly", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
mail("l21-karan-nahi.eml", "S K Mishra <sk.mishra@mishrainfra.in>", LO_TO, "रिफंड हेतु आवेदन - LO-INV-7262",
     "महोदय,\n\nकृपया इनवॉइस LO-INV-7262 का रिफंड प्रोसेस करें। Please do the needful.\n\nसधन्यवाद\nएस. के. मिश्रा\n"
     "प्रबंधक (लेखा), मिश्रा इंफ्रा प्रा. लि., भोपाल\n\nयह ईमेल गोपनीय है।", "2025-09-22 10:00", R)
case("l21-karan-nahi", "lo", ["l21-karan-nahi.eml"], "need_info", missing=["reason"],
     spec="Sec 8: restatement, 'do the needful', signature and disclaimer are no reason: ask for reason only.")

# l22 thread: missing reason then answer (Hinglish), approve; window from first mail
cust("ritu@chandigarhdecor.in", "Ritu Bansal", "monthly", "2025-09-16", "2025-10-15")
lopay("hi_p22a", "LO-INV-7271", "ritu@chandigarhdecor.in", "monthly", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
lopay("hi_p22b", "LO-INV-7272", "ritu@chandigarhdecor.in", "monthly", "2025-09-16T10:00:09", "2025-09-16", "2025-10-15")
a = mail("l22a-pehla.eml", "Ritu Bansal <ritu@chandigarhdecor.in>", LO_TO, "refund LO-INV-7272",
         "Hi, LO-INV-7272 ka refund kar dijiye please.\nRitu", "2025-09-23 10:00", R)
mail("l22b-jawab.eml", "Ritu Bansal <ritu@chandigarhdecor.in>", LO_TO, "Re: refund LO-INV-7272 [LO-1311]",
     "Reason ye hai ki 16 sept ko ek hi plan ke liye paise do baar kate, 7271 aur 7272.\n\nRitu\n\n"
     "> Kripya refund ka kaaran batayein.", "2025-09-26 10:00", R, parent="<lo-1311.ask@leadsoptima.com>", refs=(a,))
case("l22-thread-kaaran", "lo", ["l22a-pehla.eml", "l22b-jawab.eml"], "decided", [D("refund", "approve", "1499.00")],
     spec="C3 merge; request time = first mail 09-23 (day 7, inside), answer 09-26 (day 10) does not move it: L4 1499.00.")

# l23 forward C2 (Hindi Outlook)
cust("director@awasthigroup.in", "Awasthi Group", "annual", "2025-09-24", "2026-09-23")
lopay("hi_p23", "LO-INV-7281", "director@awasthigroup.in", "annual", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
mail("l23-fwd-c2.eml", "Office Awasthi Group <office@awasthigroup.in>", LO_TO, "अग्रेषित करें: लॉगिन समस्या",
     "नीचे देखें।\n\n-----मूल संदेश-----\nप्रेषक: Director <director@awasthigroup.in>\nभेजा गया: 25 सितंबर 2025 09:00\n"
     "विषय: लॉगिन समस्या\n\nकल भुगतान (LO-INV-7281) के बाद से लॉगिन नहीं हो रहा। रिफंड मांग लो। हमारा पंजीकृत ईमेल "
     "director@awasthigroup.in है।", "2025-09-25 09:30", R)
case("l23-fwd-c2", "lo", ["l23-fwd-c2.eml"], "need_info", rules=["C2"],
     spec="Sec 8 forward: the forwarded request names director@..., sender is office@...: C2.")

# l24 loose invoice (lo/inv/7292), duplicate, Hinglish
cust("nitin@nagpuroranges.in", "Nitin Deshmukh", "monthly", "2025-09-28", "2025-10-27")
lopay("hi_p24a", "LO-INV-7291", "nitin@nagpuroranges.in", "monthly", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("hi_p24b", "LO-INV-7292", "nitin@nagpuroranges.in", "monthly", "2025-09-28T10:00:03", "2025-09-28", "2025-10-27")
mail("l24-loose-invoice.eml", "Nitin Deshmukh <nitin@nagpuroranges.in>", LO_TO, "dubara payment",
     "namaste team\nkal ek hi plan ke liye double payment ho gaya. dusra wala lo/inv/7292 hai. wapas kar do plz\nnitin",
     "2025-09-29 08:00", R)
case("l24-loose-invoice", "lo", ["l24-loose-invoice.eml"], "decided", [D("refund", "approve", "1499.00")],
     spec="Sec 8: 'lo/inv/7292' = LO-INV-7292; 'double payment' L4 1499.00.")

# l25 refund + cancel: access failure escalate + cancel
cust("gaurav@amritsarphulkari.in", "Gaurav Sethi", "quarterly", "2025-09-27", "2025-12-26")
lopay("hi_p25", "LO-INV-7301", "gaurav@amritsarphulkari.in", "quarterly", "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
mail("l25-dono.eml", "Gaurav Sethi <gaurav@amritsarphulkari.in>", LO_TO, "refund + cancel",
     "Sat Sri Akal ji, renewal ke baad se platform khul hi nahi raha, not loading. LO-INV-7301 ka refund chahiye "
     "aur plan bhi cancel kar do.\nGaurav, Amritsar", "2025-09-29 12:00", R)
case("l25-dono", "lo", ["l25-dono.eml"], "decided",
     [D("refund", "escalate"), D("cancellation", "cancel", eff="2025-12-26")],
     spec="L6 access failure day 2 escalate; L8 cancel effective 2025-12-26.")

# l26 dup claimed, no pair in ledger
cust("harsh@suratdiamonds.in", "Harsh Patel", "annual", "2025-09-25", "2026-09-24")
lopay("hi_p26", "LO-INV-7311", "harsh@suratdiamonds.in", "annual", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
mail("l26-jodi-nahi.eml", "Harsh Patel <harsh@suratdiamonds.in>", LO_TO, "paise do baar kate LO-INV-7311",
     "Kem cho, annual plan ke paise do baar kate hain mere bank statement mein. LO-INV-7311. Ek wapas kijiye.\nHarsh",
     "2025-09-27 10:00", R)
case("l26-jodi-nahi", "lo", ["l26-jodi-nahi.eml"], "decided", [D("refund", "escalate")],
     spec="L4: ledger shows one charge, no pair: escalate.")

# l27 payment refunded already
cust("meera@udaipurstays.in", "Meera Rathore", "monthly", "2025-09-20", "2025-10-19")
lopay("hi_p27", "LO-INV-7321", "meera@udaipurstays.in", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19", status="refunded")
mail("l27-refunded.eml", "Meera Rathore <meera@udaipurstays.in>", LO_TO, "galat amount kata",
     "Namaste, mera galat amount kata hai LO-INV-7321 mein, plan se zyada paise liye. refund kijiye.\nMeera, Udaipur",
     "2025-09-22 10:00", R)
case("l27-refunded", "lo", ["l27-refunded.eml"], "decided", [D("refund", "escalate")],
     spec="Sec 8: payment status refunded (not paid): escalate.")

# l28 HTML only Devanagari, duplicate annual
cust("kavita@shimlaapples.in", "Kavita Thakur", "annual", "2025-09-29", "2026-09-28")
lopay("hi_p28a", "LO-INV-7331", "kavita@shimlaapples.in", "annual", "2025-09-29T10:00:00", "2025-09-29", "2026-09-28")
lopay("hi_p28b", "LO-INV-7332", "kavita@shimlaapples.in", "annual", "2025-09-29T10:00:04", "2025-09-29", "2026-09-28")
mail("l28-html.eml", "कविता ठाकुर <kavita@shimlaapples.in>", LO_TO, "दोहरा भुगतान", None, "2025-09-30 10:00", R,
     html="<html><body><div>नमस्ते,</div><div>हमारे वार्षिक प्लान का भुगतान <b>दो बार</b> कट गया (LO-INV-7331 और "
          "<b>LO-INV-7332</b>)। दूसरा भुगतान लौटा दें।</div><div>कविता, शिमला</div></body></html>")
case("l28-html", "lo", ["l28-html.eml"], "decided", [D("refund", "approve", "11988.00")],
     spec="HTML only; L4 duplicate day 1: 11988.00.")

# l29 cancel + past refund mention, Hinglish
cust("arjun@goabeachshacks.in", "Arjun Naik", "monthly", "2025-09-18", "2025-10-17")
lopay("hi_p29", "LO-INV-7341", "arjun@goabeachshacks.in", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
mail("l29-pichla.eml", "Arjun Naik <arjun@goabeachshacks.in>", LO_TO, "account band karna hai",
     "Hi, pichli baar aapne double charge ka refund diya tha, thanks. Ab monsoon mein shack band hai toh plan "
     "cancel karna hai, cycle khatam hone tak chalne do.\nArjun, Goa", "2025-09-24 10:00", R)
case("l29-pichla", "lo", ["l29-pichla.eml"], "decided", [D("cancellation", "cancel", eff="2025-10-17")],
     spec="Sec 8 past event (old refund) is no request; L8 cancel effective 2025-10-17.")

# l30 forward, own mail, Gmail Hindi UI, access failure
cust("prakash@kotacoaching.in", "Prakash Meena", "monthly", "2025-09-24", "2025-10-23")
lopay("hi_p30", "LO-INV-7351", "prakash@kotacoaching.in", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
mail("l30-fwd-own.eml", "Prakash Meena <prakash@kotacoaching.in>", LO_TO, "Fwd: login problem",
     "Support team ko bhej raha hoon, please dekhiye.\n\n---------- आगे भेजा गया संदेश ---------\nप्रेषक: Prakash Meena "
     "<prakash@kotacoaching.in>\nदिनांक: शुक्र, 26 सित॰ 2025, 9:00 am\nविषय: login problem\nप्रति: Ramesh <ramesh.it@kotacoaching.in>\n\n"
     "Ramesh, LeadsOptima ka account 24 se access nahi ho raha, unable to login. Invoice LO-INV-7351. Refund le lo "
     "unse.", "2025-09-26 10:00", R)
case("l30-fwd-own", "lo", ["l30-fwd-own.eml"], "decided", [D("refund", "escalate")],
     spec="Forward from the registered address itself; access_failure day 2: L6 escalate.")

# ------------------------------------------------------------------ Optima WebDesign
# o01 deposit approve Devanagari
proj("Saraswati Vidya Mandir Website", "principal@svmjhansi.in")
owpay("hi_w01", "OWD-2025-201", "Saraswati Vidya Mandir Website", "deposit", "20000.00", "3600.00", "2025-09-24T12:00:00")
mail("o01-jama-rashi.eml", "प्रधानाचार्य <principal@svmjhansi.in>", OW_TO,
     "Refund Request — Saraswati Vidya Mandir Website / OWD-2025-201",
     "आदरणीय महोदय,\n\nहमने 24 सितंबर को वेबसाइट हेतु अग्रिम राशि (OWD-2025-201) जमा की थी। विद्यालय समिति ने बजट "
     "स्वीकृत नहीं किया, अतः परियोजना स्थगित है। अभी कार्य आरंभ नहीं हुआ है। कृपया राशि लौटाने की कृपा करें।\n\n"
     "भवदीय\nप्रधानाचार्य, सरस्वती विद्या मंदिर, झाँसी", "2025-09-26 11:00", R)
case("o01-jama-rashi", "ow", ["o01-jama-rashi.eml"], "decided", [D("refund", "approve", "20000.00")],
     spec="O2: 47 h after paid_at, no work: 20000.00 (tax kept, C6).")

# o02 deposit 72h + 1 min, Hinglish
proj("Agra Marble Emporium", "sales@agramarble.in")
owpay("hi_w02", "OWD-2025-202", "Agra Marble Emporium", "deposit", "30000.00", "5400.00", "2025-09-21T18:00:00")
mail("o02-72-ghante.eml", "Rajat Goyal <sales@agramarble.in>", OW_TO, "deposit wapas - OWD-2025-202",
     "Hello, Agra Marble Emporium ka deposit OWD-2025-202 wapas chahiye, partner ne mana kar diya website ke liye. "
     "3 din hi hue hain.\nRajat", "2025-09-24 18:01", R)
case("o02-72-ghante", "ow", ["o02-72-ghante.eml"], "decided", [D("refund", "deny")],
     spec="O2: 72 h 1 min after paid_at: deny.")

# o03 deposit exactly 72h
proj("Mysore Silk House", "info@mysoresilkhouse.in")
owpay("hi_w03", "OWD-2025-203", "Mysore Silk House", "deposit", "24000.00", "4320.00", "2025-09-19T09:30:00")
mail("o03-theek-72.eml", "Mysore Silk House <info@mysoresilkhouse.in>", OW_TO, "Refund Request — Mysore Silk House / OWD-2025-203",
     "Namaste, hum Mysore Silk House ki website abhi nahi banwana chahte, dukaan shift ho rahi hai. Deposit OWD-2025-203 "
     "refund kar dijiye.\nDhanyavaad", "2025-09-22 09:30", R)
case("o03-theek-72", "ow", ["o03-theek-72.eml"], "decided", [D("refund", "deny")],
     spec="Sec 8: exactly 72 h after paid_at is not before 72 h: O2 deny.")

# o04 discovery approve, invoice filled
proj("Rishikesh Yoga Retreat", "om@rishikeshyoga.in")
owpay("hi_w04", "OWD-2025-204", "Rishikesh Yoga Retreat", "discovery", "12000.00", "2160.00", "2025-09-20T10:00:00")
mail("o04-discovery.eml", "Swami Anand <om@rishikeshyoga.in>", OW_TO, "Rishikesh Yoga Retreat - discovery refund",
     "Hari Om,\nRishikesh Yoga Retreat ke liye discovery package liya tha, abhi tak koi session nahi hua. Trust ne "
     "faisla kiya hai ki website agle saal banayenge. Kripya paisa lauta dein.\nSwami Anand", "2025-09-27 10:00", R)
case("o04-discovery", "ow", ["o04-discovery.eml"], "decided", [D("refund", "approve", "12000.00")],
     spec="O1: no session started: 12000.00; invoice filled from the project's only payment (sec 1).")

# o05 discovery started
proj("Bikaner Namkeen Online", "owner@bikanernamkeen.in", "2025-09-22T11:00:00")
owpay("hi_w05", "OWD-2025-205", "Bikaner Namkeen Online", "discovery", "15000.00", "2700.00", "2025-09-20T10:00:00")
mail("o05-session-ho-gaya.eml", "Bikaner Namkeen <owner@bikanernamkeen.in>", OW_TO, "discovery refund OWD-2025-205",
     "Ek meeting hui thi 22 ko, par humein aapka approach pasand nahi aaya. Bikaner Namkeen Online discovery "
     "OWD-2025-205 ka refund kar do.", "2025-09-25 10:00", R)
case("o05-session-ho-gaya", "ow", ["o05-session-ho-gaya.eml"], "decided", [D("refund", "deny")],
     spec="O1: session held (work_started_at 09-22 before the request): deny.")

# o06 milestone not started approve
proj("Kochi Spice Exports Portal", "it@kochispice.in", "2025-07-01T10:00:00")
owpay("hi_w06a", "OWD-2025-206", "Kochi Spice Exports Portal", "milestone", "50000.00", "9000.00", "2025-08-01T10:00:00", milestone_status="completed")
owpay("hi_w06b", "OWD-2025-207", "Kochi Spice Exports Portal", "milestone", "45000.00", "8100.00", "2025-09-10T10:00:00", milestone_status="not_started")
mail("o06-milestone.eml", "Thomas Kurian <it@kochispice.in>", OW_TO, "Milestone 3 refund - Kochi Spice Exports Portal",
     "Namaste, Kochi Spice Exports Portal ka teesra milestone (payment gateway, OWD-2025-207) humein ab nahi chahiye, "
     "humne marketplace pe bechna shuru kar diya. Kaam shuru nahi hua hai. Rs. 45,000/- wapas kar dijiye.\nThomas",
     "2025-09-24 10:00", R)
case("o06-milestone", "ow", ["o06-milestone.eml"], "decided", [D("refund", "approve", "45000.00")],
     spec="O3: milestone not_started: its amount 45000.00.")

# o07 milestone in progress
proj("Nashik Vineyard Tours", "hello@nashikvineyards.in", "2025-08-01T10:00:00")
owpay("hi_w07", "OWD-2025-208", "Nashik Vineyard Tours", "milestone", "32000.00", "5760.00", "2025-09-01T10:00:00", milestone_status="in_progress")
owpay("hi_w07b", "OWD-2025-209", "Nashik Vineyard Tours", "deposit", "10000.00", "1800.00", "2025-08-01T09:00:00")
mail("o07-aadha-kaam.eml", "Nashik Vineyard Tours <hello@nashikvineyards.in>", OW_TO, "मील का पत्थर रिफंड OWD-2025-208",
     "नमस्ते, Nashik Vineyard Tours के बुकिंग मॉड्यूल (OWD-2025-208) का काम आधा ही हुआ है और बहुत देर हो गई। "
     "सीज़न निकल गया। इस माइलस्टोन का पैसा वापस चाहिए।", "2025-09-25 10:00", R)
case("o07-aadha-kaam", "ow", ["o07-aadha-kaam.eml"], "decided", [D("refund", "escalate")],
     spec="O3: in_progress: escalate.")

# o08 completed deliverable
proj("Gwalior Heritage Hotel", "gm@gwaliorheritage.in", "2025-07-01T10:00:00")
owpay("hi_w08", "OWD-2025-210", "Gwalior Heritage Hotel", "milestone", "25000.00", "4500.00", "2025-08-15T10:00:00", milestone_status="completed")
owpay("hi_w08b", "OWD-2025-211", "Gwalior Heritage Hotel", "deposit", "10000.00", "1800.00", "2025-07-01T09:00:00")
mail("o08-pura-hua.eml", "GM Gwalior Heritage <gm@gwaliorheritage.in>", OW_TO, "design milestone refund OWD-2025-210",
     "Design milestone complete ho gaya tha lekin owner ko ab colours pasand nahi. Gwalior Heritage Hotel, "
     "OWD-2025-210 ka refund chahiye.", "2025-09-23 10:00", R)
case("o08-pura-hua", "ow", ["o08-pura-hua.eml"], "decided", [D("refund", "deny")], spec="O3/O6: completed: deny.")

# o09 retainer cancel enough notice
proj("Lucknow Chikan SEO", "seo@lucknowchikan.in", "2025-04-01T10:00:00")
owpay("hi_w09", "OWD-2025-212", "Lucknow Chikan SEO", "retainer", "20000.00", "3600.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
mail("o09-retainer.eml", "Lucknow Chikan <seo@lucknowchikan.in>", OW_TO, "SEO retainer band karna - OWD-2025-212",
     "Namaskar, Lucknow Chikan SEO ka monthly retainer band kar dijiye. Inhouse ladka rakh liya hai ab. Invoice "
     "OWD-2025-212.\nDhanyavaad", "2025-09-30 10:00", R)
case("o09-retainer", "ow", ["o09-retainer.eml"], "decided", [D("cancellation", "cancel", eff="2025-10-17")],
     spec="O4: 09-30 <= 10-18 minus 7 = 10-11: effective 2025-10-17.")

# o10 retainer short notice
proj("Indore Poha Cafe Social", "cafe@indorepoha.in", "2025-05-01T10:00:00")
owpay("hi_w10", "OWD-2025-213", "Indore Poha Cafe Social", "retainer", "12000.00", "2160.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
mail("o10-kam-notice.eml", "Indore Poha Cafe <cafe@indorepoha.in>", OW_TO, "सोशल मीडिया रिटेनर रद्द करें OWD-2025-213",
     "नमस्ते, Indore Poha Cafe Social का रिटेनर रद्द कर दीजिए। कैफ़े बिक गया है, नए मालिक अपना पेज खुद चलाएँगे।",
     "2025-09-29 10:00", R)
case("o10-kam-notice", "ow", ["o10-kam-notice.eml"], "decided", [D("cancellation", "cancel", eff="2025-11-04")],
     spec="O4: 09-29 is after 10-05 minus 7 = 09-28: next cycle (10-05 to 11-04) billed: effective 2025-11-04.")

# o11 hosting annual approve
proj("Haridwar Dharamshala", "booking@haridwardharamshala.in", "2025-08-01T10:00:00")
owpay("hi_w11", "OWD-2025-214", "Haridwar Dharamshala", "hosting_annual", "9600.00", "1728.00", "2025-09-18T10:00:00",
      setup_fee="1200.00", service_start="2025-09-18")
mail("o11-hosting.eml", "Haridwar Dharamshala <booking@haridwardharamshala.in>", OW_TO,
     "Refund Request — Haridwar Dharamshala / OWD-2025-214",
     "Pranam, trust ne tay kiya hai ki website sarkari portal par shift hogi. Annual hosting OWD-2025-214 ka refund "
     "aur hosting band kar dijiye.", "2025-09-30 10:00", R)
case("o11-hosting", "ow", ["o11-hosting.eml"], "decided", [D("refund", "approve", "7700.00")], extra_ok=True,
     spec="O5 day 12: 9600 - 1200 - (8400/12 = 700) x 1 = 7700.00.")

# o12 hosting late
proj("Jodhpur Blue City Tours", "tours@bluecityjodhpur.in", "2025-08-01T10:00:00")
owpay("hi_w12", "OWD-2025-215", "Jodhpur Blue City Tours", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
mail("o12-hosting-der.eml", "Blue City Tours <tours@bluecityjodhpur.in>", OW_TO, "hosting refund OWD-2025-215",
     "Sasti hosting mil gayi hai, Jodhpur Blue City Tours ki annual hosting OWD-2025-215 refund kar do.",
     "2025-09-20 10:00", R)
case("o12-hosting-der", "ow", ["o12-hosting-der.eml"], "decided", [D("refund", "deny")],
     spec="O5: day 19 > 14: deny.")

# o13 maintenance approve with odd amount
proj("Ujjain Temple Trust Site", "trust@ujjaintemple.in", "2025-08-01T10:00:00")
owpay("hi_w13", "OWD-2025-216", "Ujjain Temple Trust Site", "maintenance_annual", "17999.00", "3239.82", "2025-09-20T10:00:00",
      setup_fee="1000.00", service_start="2025-09-20")
mail("o13-maintenance.eml", "Ujjain Temple Trust <trust@ujjaintemple.in>", OW_TO, "वार्षिक रखरखाव योजना का रिफंड - OWD-2025-216",
     "महोदय, ट्रस्ट के नए अध्यक्ष ने रखरखाव का काम एक स्वयंसेवक को दे दिया है। वार्षिक रखरखाव OWD-2025-216 "
     "(Ujjain Temple Trust Site) का पैसा लौटा दें।", "2025-09-30 09:00", R)
case("o13-maintenance", "ow", ["o13-maintenance.eml"], "decided", [D("refund", "approve", "15582.42")], extra_ok=True,
     spec="O5 day 10: 17999 - 1000 - 16999/12 (1416.5833) = 15582.4167 -> 15582.42.")

# o14 third party theme
proj("Meerut Sports Goods Store", "info@meerutsports.in", "2025-08-01T10:00:00")
owpay("hi_w14", "OWD-2025-217", "Meerut Sports Goods Store", "third_party", "4500.00", "810.00", "2025-09-25T10:00:00")
mail("o14-theme.eml", "Meerut Sports <info@meerutsports.in>", OW_TO, "theme ka paisa wapas - OWD-2025-217",
     "Jo premium theme kharida tha (OWD-2025-217) woh humein pasand nahi aaya, Meerut Sports Goods Store ke liye. "
     "Paise wapas kar do.", "2025-09-26 10:00", R)
case("o14-theme", "ow", ["o14-theme.eml"], "decided", [D("refund", "deny")], spec="O6 third_party theme: deny.")

# o15 setup fee
proj("Aligarh Locks Online", "sales@aligarhlocks.in", "2025-09-10T10:00:00")
owpay("hi_w15", "OWD-2025-218", "Aligarh Locks Online", "setup", "5000.00", "900.00", "2025-09-10T10:00:00")
mail("o15-setup.eml", "Aligarh Locks <sales@aligarhlocks.in>", OW_TO, "setup charge refund OWD-2025-218",
     "Setup fee OWD-2025-218 bahut zyada lagi, Aligarh Locks Online ka setup toh 1 din ka kaam tha. Refund karo.",
     "2025-09-15 10:00", R)
case("o15-setup", "ow", ["o15-setup.eml"], "decided", [D("refund", "deny")], spec="O6 setup: deny.")

# o16 C4 advocate notice
proj("Kanpur Leather Works", "md@kanpurleather.in", None)
owpay("hi_w16", "OWD-2025-219", "Kanpur Leather Works", "deposit", "35000.00", "6300.00", "2025-09-28T10:00:00")
mail("o16-c4-vakil.eml", "Kanpur Leather Works <md@kanpurleather.in>", OW_TO, "कानूनी नोटिस से पहले अंतिम सूचना",
     "Kanpur Leather Works का डिपॉज़िट OWD-2025-219 तुरंत लौटाइए, हमने प्रोजेक्ट रोक दिया है। वरना हमारे advocate "
     "legal notice भेजेंगे।", "2025-09-29 10:00", R)
case("o16-c4-vakil", "ow", ["o16-c4-vakil.eml"], "decided", [D("refund", "escalate")], rules=["C4"], extra_ok=True,
     spec="C4 advocate / legal notice: escalate though O2 (24 h, no work) would approve; 'प्रोजेक्ट रोक दिया है' may add a cancellation, which C4 escalates too: harmless.")

# o17 C2 gmail Hinglish
proj("Jabalpur Marble Rocks Resort", "resort@marblerocks.in", None)
owpay("hi_w17", "OWD-2025-220", "Jabalpur Marble Rocks Resort", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00")
mail("o17-c2-gmail.eml", "Vinod Patel <vinodpatel.jbp@gmail.com>", OW_TO, "Refund Request — Jabalpur Marble Rocks Resort / OWD-2025-220",
     "Namaste, contract email resort@marblerocks.in hai lekin main personal se likh raha hoon. Resort ki renovation "
     "ki wajah se website ka plan cancel hai, deposit wapas kijiye.\nVinod", "2025-09-29 10:00", R)
case("o17-c2-gmail", "ow", ["o17-c2-gmail.eml"], "need_info", rules=["C2"],
     spec="C2: not from the contract email.")

# o18 missing reason Devanagari
proj("Allahabad Coaching Centre", "office@allahabadcoaching.in", None)
owpay("hi_w18a", "OWD-2025-221", "Allahabad Coaching Centre", "deposit", "18000.00", "3240.00", "2025-09-29T10:00:00")
owpay("hi_w18b", "OWD-2025-222", "Allahabad Coaching Centre", "third_party", "2000.00", "360.00", "2025-09-29T10:10:00")
mail("o18-kaaran-nahi.eml", "Allahabad Coaching Centre <office@allahabadcoaching.in>", OW_TO,
     "Refund Request — Allahabad Coaching Centre / OWD-2025-221",
     "महोदय,\nकृपया OWD-2025-221 की राशि वापस करें। आवश्यक कार्यवाही करें।\n\nधन्यवाद एवं सादर\nकार्यालय प्रबंधक\n"
     "इलाहाबाद कोचिंग सेंटर", "2025-09-30 10:00", R)
case("o18-kaaran-nahi", "ow", ["o18-kaaran-nahi.eml"], "need_info", missing=["reason"],
     spec="Sec 8: restatement + 'आवश्यक कार्यवाही करें' + signature are no reason: ask for it.")

# o19 cancellation without reason -> reason
proj("Surat Textile Ads", "ads@surattextile.in", "2025-03-01T10:00:00")
owpay("hi_w19", "OWD-2025-223", "Surat Textile Ads", "retainer", "15000.00", "2700.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
mail("o19-cancel-bina-kaaran.eml", "Surat Textile <ads@surattextile.in>", OW_TO, "retainer cancel OWD-2025-223",
     "Surat Textile Ads ka retainer cancel kar dijiye. Dhanyavaad.", "2025-09-24 10:00", R)
case("o19-cancel-bina-kaaran", "ow", ["o19-cancel-bina-kaaran.eml"], "need_info", missing=["reason"],
     spec="Sec 8: Optima requires a reason for cancellations too.")

# o20 thread answering: reason supplied -> approve milestone
proj("Darbhanga Makhana Store", "owner@darbhangamakhana.in", "2025-08-01T10:00:00")
owpay("hi_w20", "OWD-2025-224", "Darbhanga Makhana Store", "milestone", "16000.00", "2880.00", "2025-09-15T10:00:00", milestone_status="not_started")
owpay("hi_w20b", "OWD-2025-225", "Darbhanga Makhana Store", "deposit", "8000.00", "1440.00", "2025-08-01T10:00:00")
a = mail("o20a-pehla.eml", "Darbhanga Makhana <owner@darbhangamakhana.in>", OW_TO,
         "Refund Request — Darbhanga Makhana Store / OWD-2025-224",
         "OWD-2025-224 ka refund kar dijiye.", "2025-09-25 10:00", R)
mail("o20b-jawab.eml", "Darbhanga Makhana <owner@darbhangamakhana.in>", OW_TO,
     "Re: Refund Request — Darbhanga Makhana Store / OWD-2025-224 [OWD-2288]",
     "Kaaran: hum ab Amazon par hi bechenge, apni website ka online payment wala hissa nahi chahiye.\n\n"
     "> कृपया रिफंड का कारण बताएँ।", "2025-09-27 10:00", R, parent="<owd-2288.ask@optimawebdesign.com>", refs=(a,))
case("o20-thread-kaaran", "ow", ["o20a-pehla.eml", "o20b-jawab.eml"], "decided", [D("refund", "approve", "16000.00")],
     spec="C3 merge: reason answered; O3 milestone not_started: 16000.00.")

# o21 forward C2 Hinglish
proj("Pune Bakers Hub", "partner@punebakers.in", None)
owpay("hi_w21", "OWD-2025-226", "Pune Bakers Hub", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
mail("o21-fwd-c2.eml", "Accounts Pune Bakers <accounts@punebakers.in>", OW_TO, "Fwd: deposit refund",
     "Neeche dekhiye.\n\n---------- Forwarded message ---------\nFrom: Partner <partner@punebakers.in>\n"
     "Date: Tue, 30 Sept 2025\nSubject: deposit refund\n\nPune Bakers Hub ka deposit OWD-2025-226 wapas le lo, "
     "hum naya outlet nahi khol rahe. Contract email partner@punebakers.in hai.", "2025-09-30 10:00", R)
case("o21-fwd-c2", "ow", ["o21-fwd-c2.eml"], "need_info", rules=["C2"],
     spec="Sec 8 forward: names partner@..., sent by accounts@...: C2.")

# o22 mailing list
mail("o22-c7-list.eml", "WordPress India Meetup <group@wpindia.example>", OW_TO, "[WP India] refund policy par charcha",
     "Is hafte: agency refund policies aur chargeback se kaise bachein...", "2025-09-27 10:00", R,
     headers={"List-Id": "<wpindia.groups.example>", "Precedence": "list"})
case("o22-c7-list", "ow", ["o22-c7-list.eml"], "ignore", rules=["C7"], spec="C7: List-Id / Precedence list.")

# o23 question before buying Devanagari
mail("o23-sawal.eml", "दीपिका सिंह <deepika.singh.art@gmail.com>", OW_TO, "वेबसाइट बनवाने से पहले प्रश्न",
     "नमस्ते, अगर मैं जमा राशि दे दूँ और बाद में मन बदल जाए तो क्या पैसा वापस मिलेगा? होस्टिंग का क्या नियम है?\nदीपिका, देहरादून",
     "2025-09-28 10:00", R)
case("o23-sawal", "ow", ["o23-sawal.eml"], "other", spec="Sec 8 hypothetical before buying: 'other'.")

# o24 retainer prepaid -> escalate
proj("Noida IT Park Leads", "mkt@noidaitpark.in", "2025-02-01T10:00:00")
owpay("hi_w24a", "OWD-2025-227", "Noida IT Park Leads", "retainer", "25000.00", "4500.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
owpay("hi_w24b", "OWD-2025-228", "Noida IT Park Leads", "retainer", "25000.00", "4500.00", "2025-09-12T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01")
mail("o24-advance.eml", "Noida IT Park <mkt@noidaitpark.in>", OW_TO, "retainer cancel - OWD-2025-228",
     "Humne October ka advance de diya tha (OWD-2025-228) lekin management ne marketing budget band kar diya. Noida IT "
     "Park Leads ka retainer cancel kar do.", "2025-09-18 10:00", R)
case("o24-advance", "ow", ["o24-advance.eml"], "decided", [D("cancellation", "escalate")],
     spec="Sec 8: next cycle already paid, notice >= 7 days (09-18 <= 09-24): escalate.")

# o25 project named only (invoice filled), Hinglish cancellation of retainer with reason
proj("Dehradun Schools Network", "admin@doonschoolsnet.in", "2025-04-01T10:00:00")
owpay("hi_w25", "OWD-2025-229", "Dehradun Schools Network", "retainer", "10000.00", "1800.00", "2025-09-25T10:00:00",
      period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25")
mail("o25-bina-invoice.eml", "Doon Schools Network <admin@doonschoolsnet.in>", OW_TO, "Dehradun Schools Network - retainer",
     "Namaste, Dehradun Schools Network wala retainer agle mahine se band kar dijiye, district ne apni website team "
     "bana li hai.", "2025-09-30 10:00", R)
case("o25-bina-invoice", "ow", ["o25-bina-invoice.eml"], "decided", [D("cancellation", "cancel", eff="2025-10-24")],
     spec="Invoice filled from the project's only payment (sec 1); O4 09-30 <= 10-18: effective 2025-10-24.")

if __name__ == "__main__":
    write()
