import json
import os
import shutil
import email.utils
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
PRICE = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
FILES = {}


def C(email, name, plan, start=None, end=None, status="active", trial=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial, "current_period_start": start, "current_period_end": end})


def P(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    amount, tax = PRICE[plan]
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def J(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def W(pid, inv, project, kind, amount, tax, paid_at, **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
           "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
           "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
           "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


def when(ist, off="+05:30"):
    """A Date: header for the IST moment `ist`, written in the sender's own offset."""
    dt = datetime.strptime(ist, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    sign = 1 if off[0] == "+" else -1
    h, m = off[1:].split(":")
    return email.utils.format_datetime(dt.astimezone(timezone(sign * timedelta(hours=int(h), minutes=int(m)))))


def M(fname, frm, to, subject, body, ist, off="+05:30", html=None, headers=None, reply=None, cc=None):
    """Build one email; `reply` is the file name of the message it answers (threads)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = when(ist, off)
    dom = email.utils.parseaddr(frm)[1].split("@")[-1] or "localhost"
    mid = "<%s.%s@%s>" % (fname.replace(".eml", ""), ist.replace(" ", "T").replace(":", ""), dom)
    msg["Message-ID"] = mid
    if reply:
        parent = FILES[reply]
        msg["In-Reply-To"] = parent["mid"]
        msg["References"] = " ".join(parent["refs"] + [parent["mid"]])
        refs = parent["refs"] + [parent["mid"]]
    else:
        refs = []
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    FILES[fname] = {"mid": mid, "refs": refs, "msg": msg}
    return "emails/" + fname


def case(cid, brand, status, files, spec, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def write_all():
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for fname in sorted(FILES):
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(FILES[fname]["msg"].as_bytes(policy=email.policy.SMTP))
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d cases, %d emails" % (len(CASES), len(FILES)))


import email.policy  # noqa: E402


LANG = "hi"
D = "पिछला संदेश / Forwarded message"

# ---------------- LeadsOptima ----------------
C("rohit.verma82@gmail.com", "Rohit Verma", "monthly", "2025-09-18", "2025-10-17")
P("hi_p0101", "LO-INV-55101", "rohit.verma82@gmail.com", "monthly", "2025-09-18T10:02:00", "2025-09-18", "2025-10-17")
P("hi_p0102", "LO-INV-55102", "rohit.verma82@gmail.com", "monthly", "2025-09-18T10:04:00", "2025-09-18", "2025-10-17")
f = M("l01-do-baar-kata.eml", "Rohit Verma <rohit.verma82@gmail.com>", LO_TO, "paise do baar kat gaye!!",
      "hello team\n\nmere card se monthly plan ke 1769 rs do baar kat gaye 18 tareekh ko, 2 min ke gap me. "
      "dusra wala invoice LO-INV-55102 hai. pls jo extra kata hai wo wapas karo\n\nRohit\nsent from my redmi", "2025-09-20 21:14")
case("l01-do-baar-kata", LOB, "decided", [f], "L2 duplicate + L4: two paid monthly charges same period 18 Sep; request 20 Sep is day 2 (L3); refund the duplicate 1499.00 before tax (C6).",
     [R("approve", "1499.00")])

C("sunita.agarwal@agarwaltraders.in", "सुनीता अग्रवाल", "quarterly", "2025-09-05", "2025-12-04")
P("hi_p0201", "LO-INV-55111", "sunita.agarwal@agarwaltraders.in", "quarterly", "2025-09-05T11:30:00", "2025-09-05", "2025-12-04")
P("hi_p0202", "LO-INV-55112", "sunita.agarwal@agarwaltraders.in", "quarterly", "2025-09-05T11:31:00", "2025-09-05", "2025-12-04")
f = M("l02-aath-din-baad.eml", "Sunita Agarwal <sunita.agarwal@agarwaltraders.in>", LO_TO, "दोहरी कटौती के संबंध में",
      "आदरणीय महोदय,\n\nनिवेदन है कि दिनांक 05/09/2025 को हमारे खाते से त्रैमासिक प्लान की राशि दो बार काटी गई। "
      "दूसरे भुगतान का चालान क्रमांक LO INV 55112 है। कृपया अतिरिक्त राशि लौटाने की कृपा करें।\n\n"
      "भवदीया\nसुनीता अग्रवाल\nअग्रवाल ट्रेडर्स, जयपुर", "2025-09-13 10:05")
case("l02-aath-din-baad", LOB, "decided", [f], "Duplicate charged 5 Sep; request 13 Sep IST is day 8 > 7: deny (L3).", [R("deny")])

C("imran.qureshi@qureshiexports.com", "Imran Qureshi", "annual", "2025-09-10", "2026-09-09")
P("hi_p0301", "LO-INV-55121", "imran.qureshi@qureshiexports.com", "annual", "2025-09-10T23:50:00", "2025-09-10", "2026-09-09")
P("hi_p0302", "LO-INV-55122", "imran.qureshi@qureshiexports.com", "annual", "2025-09-10T23:55:00", "2025-09-10", "2026-09-09")
f = M("l03-dubai-saatvan-din.eml", "Imran Qureshi <imran.qureshi@qureshiexports.com>", LO_TO, "Annual plan - double debit",
      "Assalam alaikum,\n\nMain abhi Dubai mein hoon, card statement dekha to annual plan ka payment do baar hua hai "
      "(Rs. 14,145.84 x 2). Doosri entry ka invoice LO-INV-55122. Ek wapas kar dijiye please.\n\nShukriya\nImran", "2025-09-17 23:30", "+04:00")
case("l03-dubai-saatvan-din", LOB, "decided", [f], "Charges 10 Sep 23:50/23:55 IST; request 17 Sep 23:30 IST (22:00 Dubai) is day 7, inside (L3); L4 approve 11988.00 before tax.",
     [R("approve", "11988.00")])

C("priyanka.k@zenithdigital.co.in", "Priyanka Kulkarni", "monthly", "2025-09-24", "2025-10-23")
P("hi_p0401", "LO-INV-55131", "priyanka.k@zenithdigital.co.in", "monthly", "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
f = M("l04-ek-hi-entry.eml", "Priyanka Kulkarni <priyanka.k@zenithdigital.co.in>", LO_TO, "payment issue",
      "Hi,\nmere UPI app me 1769 do baar debit dikh raha hai 24 sept ko. invoice number LO-INV-55131. "
      "please check karke ek amount refund kardo.\n\nThanks & Regards,\nPriyanka Kulkarni | Zenith Digital, Pune", "2025-09-25 12:40")
case("l04-ek-hi-entry", LOB, "decided", [f], "Claims double debit but the ledger holds only one paid charge for the period: no pair, escalate (L4).", [R("escalate")])

C("mehul.shah1990@yahoo.co.in", "Mehul Shah", "monthly", "2025-09-22", "2025-10-21")
for i, t in enumerate(["09:00", "09:01", "09:03"]):
    P("hi_p050%d" % i, "LO-INV-5514%d" % (i + 1), "mehul.shah1990@yahoo.co.in", "monthly", "2025-09-22T%s:00" % t, "2025-09-22", "2025-10-21")
f = M("l05-teen-baar.eml", "Mehul Shah <mehul.shah1990@yahoo.co.in>", LO_TO, "3 baar payment cut hua",
      "Bhai ye kya scene hai, ek hi plan ke liye teen baar paise cut gaye. LO-INV-55142 aur LO-INV-55143 dono extra hain. "
      "Dono ka refund chahiye jaldi.\n\nMehul, Ahmedabad", "2025-09-23 08:15")
case("l05-teen-baar", LOB, "decided", [f], "Three identical paid charges 22 Sep, same period: the 2nd and 3rd are duplicates, both inside 7 days: 2 x 1499.00 = 2998.00 (sec. 8, L4).",
     [R("approve", "2998.00")])

C("anil.saxena@saxenaclinic.in", "Dr. Anil Saxena", "monthly", "2025-09-19", "2025-10-18")
P("hi_p0601", "LO-INV-55151", "anil.saxena@saxenaclinic.in", "annual", "2025-09-19T14:00:00", "2025-09-19", "2026-09-18")
f = M("l06-annual-kaat-liya.eml", "Dr. Anil Saxena <anil.saxena@saxenaclinic.in>", LO_TO, "गलत प्लान का पैसा काटा",
      "नमस्ते,\n\nमैंने monthly प्लान चुना था पर आपने annual का पूरा 14,145.84 काट लिया (invoice LO-INV-55151)। "
      "यह गलत बिलिंग है, कृपया ठीक कीजिए और फ़र्क़ वापस कीजिए।\n\nडॉ. अनिल सक्सेना\nसक्सेना क्लिनिक, लखनऊ", "2025-09-21 19:20")
case("l06-annual-kaat-liya", LOB, "decided", [f], "Charged for the wrong plan = billing_error (L2) 2 days after the charge: escalate (L5).", [R("escalate")])

C("neha.bhatt@gmail.com", "Neha Bhatt", "monthly", "2025-09-15", "2025-10-14", status="cancelled")
P("hi_p0701", "LO-INV-55161", "neha.bhatt@gmail.com", "monthly", "2025-09-15T08:00:00", "2025-09-15", "2025-10-14")
f = M("l07-cancel-ke-baad-bhi.eml", "Neha Bhatt <neha.bhatt@gmail.com>", LO_TO, "cancel kiya tha phir bhi charge",
      "maine august end me hi subscription cancel kar diya tha billing page se, phir bhi 15 sept ko 1769 kat gaye. "
      "invoice LO-INV-55161. ye to sarasar galat hai, paise wapas chahiye\n\nneha", "2025-09-16 07:45")
case("l07-cancel-ke-baad-bhi", LOB, "decided", [f], "Charged after cancelling = billing_error (L2), day 1: escalate (L5).", [R("escalate")])

C("vikas@bluelotusrealty.in", "Vikas Malhotra", "quarterly", "2025-09-23", "2025-12-22")
P("hi_p0801", "LO-INV-55171", "vikas@bluelotusrealty.in", "quarterly", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
f = M("l08-dashboard-khul-nahi.eml", "Vikas Malhotra <vikas@bluelotusrealty.in>", LO_TO, "dashboard khul hi nahi raha",
      "namaste ji\n\npayment ke agle din se dashboard khulta hi nahi, sirf loading ka gol gol ghoomta rehta hai. "
      "aapke chat pe bhi bataya, koi solution nahi mila. Laptop aur phone dono pe same. Quarterly plan liya tha, invoice "
      "LO-INV-55171. Ya to chalu karo ya paisa refund karo.\n\nVikas Malhotra\nBlue Lotus Realty, Gurugram", "2025-09-26 16:00")
case("l08-dashboard-khul-nahi", LOB, "decided", [f], "Platform not loading since payment = access_failure (L2), day 3: escalate (L6).", [R("escalate")])

C("kavita.rao@rediffmail.com", "Kavita Rao", "monthly", "2025-08-30", "2025-09-29")
P("hi_p0901", "LO-INV-55181", "kavita.rao@rediffmail.com", "monthly", "2025-08-30T12:00:00", "2025-08-30", "2025-09-29")
f = M("l09-login-der-se.eml", "Kavita Rao <kavita.rao@rediffmail.com>", LO_TO, "लॉगिन नहीं हो रहा - रिफंड",
      "मेरा अकाउंट में लॉगिन नहीं हो रहा, पासवर्ड रीसेट का मेल भी नहीं आता। 30 अगस्त को 1769 रुपये दिए थे "
      "(LO-INV-55181)। पैसे वापस करें।\n\nकविता", "2025-09-15 11:00")
case("l09-login-der-se", LOB, "decided", [f], "Access failure but charge 30 Aug, request 15 Sep is day 16 > 7: deny (L3).", [R("deny")])

C("sameer.j@hotmail.com", "Sameer Joshi", "monthly", "2025-09-26", "2025-10-25")
P("hi_p1001", "LO-INV-55191", "sameer.j@hotmail.com", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = M("l10-mann-badal-gaya.eml", "Sameer Joshi <sameer.j@hotmail.com>", LO_TO, "refund pls",
      "Hi, galti se monthly plan renew ho gaya, ab use karne ka mann nahi hai, business slow chal raha hai. "
      "LO-INV-55191 ka paisa refund kar do please, abhi tak ek baar bhi login nahi kiya is mahine.", "2025-09-27 09:10")
case("l10-mann-badal-gaya", LOB, "decided", [f], "Changed mind / not used is no exception (L1): deny, cancellation offered; 'ek baar bhi login nahi kiya' is not an access failure.",
     [R("deny")])

C("rajesh.tiwari@tiwariandsons.com", "Rajesh Tiwari", "annual", "2025-03-12", "2026-03-11")
P("hi_p1101", "LO-INV-55201", "rajesh.tiwari@tiwariandsons.com", "annual", "2025-03-12T10:00:00", "2025-03-12", "2026-03-11")
f = M("l11-bacha-hua-paisa.eml", "Rajesh Tiwari <rajesh.tiwari@tiwariandsons.com>", LO_TO, "Annual plan band karna hai aur bache mahino ka refund",
      "Namaskar,\n\nHumne March me annual plan liya tha (LO-INV-55201). Ab hum dusra CRM le rahe hain isliye ye plan band "
      "karna hai. Jo 5-6 mahine bache hain unka paisa wapas de dijiye.\n\nDhanyavaad\nRajesh Tiwari\nTiwari & Sons, Kanpur", "2025-09-18 13:00")
case("l11-bacha-hua-paisa", LOB, "decided", [f], "Refund of unused months: L1 deny (no partial refunds); cancellation L8 effective current_period_end 2026-03-11.",
     [R("deny"), X("cancel", "2026-03-11")])

C("manoj.pandey@pandeylogistics.in", "मनोज पाण्डेय", "quarterly", "2025-08-01", "2025-10-31")
P("hi_p1201", "LO-INV-55211", "manoj.pandey@pandeylogistics.in", "quarterly", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f = M("l12-patra.eml", "Manoj Pandey <manoj.pandey@pandeylogistics.in>", LO_TO, "सदस्यता रद्द करने हेतु आवेदन",
      "सेवा में,\nग्राहक सहायता विभाग, LeadsOptima\n\nविषय: सदस्यता रद्द करने हेतु।\n\nमहोदय,\nसविनय निवेदन है कि हमारी कंपनी "
      "अब आपके प्लेटफ़ॉर्म की सेवाएँ आगे जारी नहीं रखना चाहती, क्योंकि हमारी मार्केटिंग टीम भंग कर दी गई है। अतः हमारी त्रैमासिक "
      "सदस्यता रद्द करने की कृपा करें।\n\nसधन्यवाद,\nभवदीय\nमनोज पाण्डेय\nपाण्डेय लॉजिस्टिक्स, वाराणसी", "2025-09-22 11:20")
case("l12-patra", LOB, "decided", [f], "Formal Devanagari cancellation: L8 cancel, active until current_period_end 2025-10-31.", [X("cancel", "2025-10-31")])

C("deepak.choudhary77@gmail.com", "Deepak Choudhary", "quarterly")
P("hi_p1301", "LO-INV-55221", "deepak.choudhary77@gmail.com", "quarterly", "2025-07-15T18:30:00", "2025-07-15", None)
f = M("l13-bina-viram.eml", "Deepak Choudhary <deepak.choudhary77@gmail.com>", LO_TO, "cancel",
      "sir mera plan cancel kar do agle quarter se paise nahi katne chahiye mera kaam band ho gaya hai shop bech di hai "
      "thanks deepak\n\nSent from my iPhone", "2025-09-19 22:05")
case("l13-bina-viram", LOB, "decided", [f], "No current_period_end in the ledger: L8 fallback last charge 15 Jul + 3 months - 1 day = 2025-10-14.",
     [X("cancel", "2025-10-14")])

C("pooja.menon@outlook.com", "Pooja Menon", "monthly", "2025-09-10", "2025-10-09")
P("hi_p1401", "LO-INV-55231", "pooja.menon@outlook.com", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f = M("l14-bas-cancel.eml", "Pooja Menon <pooja.menon@outlook.com>", LO_TO, "plan cancel karna hai",
      "plz mera monthly plan cancel kar dijiye.\n\nthx", "2025-09-24 15:00")
case("l14-bas-cancel", LOB, "decided", [f], "LO cancellation is not held up for a missing reason (sec. 3): cancel, effective 2025-10-09 (L8).",
     [X("cancel", "2025-10-09")])

C("arjun.trial@startupwala.in", "Arjun Nair", "monthly", status="trial", trial=  "2025-09-30")
f = M("l15-trial.eml", "Arjun Nair <arjun.trial@startupwala.in>", LO_TO, "trial refund",
      "Hi team, maine free trial liya tha, kaam ka nahi laga. Jo bhi paisa laga ho wo refund kar dena aur account band "
      "kar dena, upgrade nahi karna.", "2025-09-25 10:00")
case("l15-trial", LOB, "decided", [f], "Free-trial account with no charge: refund deny (L7); the account close request may be acknowledged.",
     [R("deny")], extra_ok=True)

C("accounts@shreeganeshtextiles.com", "Shree Ganesh Textiles", "annual", "2025-09-20", "2026-09-19")
P("hi_p1601", "LO-INV-55241", "accounts@shreeganeshtextiles.com", "annual", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
P("hi_p1602", "LO-INV-55242", "accounts@shreeganeshtextiles.com", "annual", "2025-09-20T10:01:00", "2025-09-20", "2026-09-19")
f = M("l16-personal-gmail.eml", "Ramesh Goyal <rameshgoyal.sgt@gmail.com>", LO_TO, "Double payment - Shree Ganesh Textiles",
      "Namaste,\nhamara registered email accounts@shreeganeshtextiles.com hai, office ka mail abhi nahi chal raha isliye "
      "personal se likh raha hoon. Annual plan do baar kat gaya, LO-INV-55242. Refund karke isi mail pe bata dijiye.\n\nRamesh Goyal (Accounts)",
      "2025-09-21 10:30")
case("l16-personal-gmail", LOB, "need_info", [f], "Sender is not the registered email he names: C2, ask him to write from accounts@...; disclose nothing.",
     rules=["C2"])

C("director@kapoorhospitality.in", "Sanjay Kapoor", "quarterly", "2025-09-01", "2025-11-30")
P("hi_p1701", "LO-INV-55251", "director@kapoorhospitality.in", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
f = M("l17-fwd-boss.eml", "Ritu (PA) <ritu.pa@kapoorhospitality.in>", LO_TO, "Fwd: LeadsOptima band karo",
      "Sir ka mail neeche hai, kripya do the needful.\n\nRitu\n\n---------- Forwarded message ---------\n"
      "From: Sanjay Kapoor <director@kapoorhospitality.in>\nDate: Mon, 22 Sept 2025 at 9:12 AM\nSubject: LeadsOptima band karo\n"
      "To: Ritu <ritu.pa@kapoorhospitality.in>\n\nRitu, LeadsOptima ka quarterly subscription cancel karwa do, hum ab "
      "Zoho use karenge. Mera registered email director@kapoorhospitality.in hai.\n", "2025-09-22 10:02")
case("l17-fwd-boss", LOB, "need_info", [f], "Forward carries a cancellation naming registered email director@ while the sender is the PA: C2 via a forward (sec. 8).",
     rules=["C2"])

C("harpreet.gill@gillagro.com", "Harpreet Gill", "monthly", "2025-09-25", "2025-10-24")
P("hi_p1801", "LO-INV-55261", "harpreet.gill@gillagro.com", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = M("l18-koi-karan-nahi.eml", "Harpreet Gill <harpreet.gill@gillagro.com>", LO_TO, "Refund Request - LO-INV-55261",
      "Sat Sri Akal ji,\n\nInvoice LO-INV-55261 da refund process kar dena ji. Jaldi karna.\n\nDhanyavaad\n\n--\nHarpreet Singh Gill\n"
      "Gill Agro Industries, Ludhiana\nDISCLAIMER: Is e-mail ki jaankari gopniya hai. Agar aap sahi prapt-karta nahi hain to ise delete karein.",
      "2025-09-26 11:00")
case("l18-koi-karan-nahi", LOB, "need_info", [f], "Refund with invoice and a known plan but no reason: greeting, restatement and disclaimer are not reasons (sec. 8): ask for reason (C3).",
     missing=["reason"])

C("farhan.ali@alitours.in", "Farhan Ali", "monthly", "2025-09-27", "2025-10-26")
P("hi_p1901", "LO-INV-55271", "farhan.ali@alitours.in", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
P("hi_p1902", "LO-INV-55272", "farhan.ali@alitours.in", "monthly", "2025-09-27T10:02:00", "2025-09-27", "2025-10-26")
a = M("l19a-pehla.eml", "Farhan Ali <farhan.ali@alitours.in>", LO_TO, "refund chahiye LO-INV-55272",
      "Hello, mujhe invoice LO-INV-55272 ka refund chahiye. Farhan", "2025-09-28 09:00")
b = M("l19b-bot.eml", "LeadsOptima Support <support@leadsoptima.com>", "Farhan Ali <farhan.ali@alitours.in>",
      "Re: refund chahiye LO-INV-55272 [LO-2201]",
      "Dear Farhan,\n\nThank you for writing. To look into your refund request for LO-INV-55272 we need: the reason for the refund.\n\nLeadsOptima Support Team",
      "2025-09-28 09:05", reply="l19a-pehla.eml")
c = M("l19c-jawab.eml", "Farhan Ali <farhan.ali@alitours.in>", "LeadsOptima Support <support@leadsoptima.com>",
      "Re: refund chahiye LO-INV-55272 [LO-2201]",
      "reason ye hai ki 27 ko mera monthly payment do baar deduct hua, 2 minute ke andar. dusra wala wapas karo.\n\n"
      "On Sun, 28 Sept 2025 at 9:05 AM LeadsOptima Support wrote:\n> To look into your refund request for LO-INV-55272 we need: the reason for the refund.",
      "2025-09-29 18:00", reply="l19b-bot.eml")
case("l19-jawab-thread", LOB, "decided", [a, b, c], "Thread answers the need_info (C3): duplicate monthly charge 27 Sep, request time = first mail 28 Sep (day 1): approve 1499.00 (L4).",
     [R("approve", "1499.00")])

f = M("l20-chhutti.eml", "Alok Srivastava <alok.s@srivastavaco.in>", LO_TO, "स्वतः उत्तर: Your LeadsOptima invoice",
      "नमस्ते, मैं 5 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए 98xxxxxx10 पर संपर्क करें। / I am on leave till 5 Oct.",
      "2025-09-23 08:00", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case("l20-chhutti", LOB, "ignore", [f], "Out-of-office with Auto-Submitted: auto-replied: ignore (C7).", rules=["C7"])

f = M("l21-bounce.eml", "Mail Delivery Subsystem <MAILER-DAEMON@mail.rediffmail.com>", LO_TO, "Undelivered Mail Returned to Sender",
      "This is the mail system at host mail.rediffmail.com.\n\nI'm sorry to have to inform you that your message could not be delivered.\n"
      "<ramlal.refund@rediffmail.com>: mailbox full\n\n--- original ---\nSubject: Aapka refund request LO-2190", "2025-09-24 03:10")
case("l21-bounce", LOB, "ignore", [f], "MAILER-DAEMON sender, bounce quoting a refund: ignore (C7).", rules=["C7"])

C("gaurav.sethi@sethimotors.com", "Gaurav Sethi", "monthly", "2025-09-20", "2025-10-19")
P("hi_p2201", "LO-INV-55291", "gaurav.sethi@sethimotors.com", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = M("l22-chargeback.eml", "Gaurav Sethi <gaurav.sethi@sethimotors.com>", LO_TO, "LAST WARNING",
      "3 mail kar chuka hoon. 20 ko galat amount kata hai LO-INV-55291 me. 48 ghante me refund nahi aaya to HDFC mein "
      "chargeback daal dunga, fir aap log dekhna.", "2025-09-22 17:30")
case("l22-chargeback", LOB, "decided", [f], "Chargeback threat: escalate (C4) whatever the L rules say.", [R("escalate")], rules=["C4"])

C("sharma.nitin@indiatimes.com", "Nitin Sharma", "annual", "2025-01-05", "2026-01-04")
P("hi_p2301", "LO-INV-55301", "sharma.nitin@indiatimes.com", "annual", "2025-01-05T10:00:00", "2025-01-05", "2026-01-04")
f = M("l23-upbhokta-forum.eml", "Nitin Sharma <sharma.nitin@indiatimes.com>", LO_TO, "सब्सक्रिप्शन बंद करो वरना उपभोक्ता फोरम",
      "आपकी सर्विस बकवास है, leads सब फर्जी निकलीं। मेरा annual प्लान तुरंत cancel करो। और सुन लो, मैं consumer forum में "
      "शिकायत दर्ज कर रहा हूँ, मेरे वकील से बात हो चुकी है।\n\nनितिन शर्मा", "2025-09-24 20:00")
case("l23-upbhokta-forum", LOB, "decided", [f], "Consumer-forum and lawyer threat covers the whole case: the cancellation is escalated too (C4, sec. 8).",
     [X("escalate")], rules=["C4"], extra_ok=True)

C("lata.iyer@iyerdesigns.in", "Lata Iyer", "monthly", "2025-09-12", "2025-10-11")
P("hi_p2401", "LO-INV-55311", "lata.iyer@iyerdesigns.in", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f = M("l24-refund-nahi-chahiye.eml", "Lata Iyer <lata.iyer@iyerdesigns.in>", LO_TO, "auto renewal band karna",
      "Hi, refund nahi chahiye, is mahine ka use kar lungi. Bas agle mahine se auto renew band kar do, plan cancel "
      "kar do. Studio ka budget kam ho gaya hai.\n\nLata", "2025-09-25 14:00")
case("l24-refund-nahi-chahiye", LOB, "decided", [f], "'refund nahi chahiye' adds no refund (sec. 8 negation); cancellation effective 2025-10-11 (L8).",
     [X("cancel", "2025-10-11")])

f = M("l25-agar-to.eml", "Vivek Bansal <vivek.bansal.ca@gmail.com>", LO_TO, "annual plan lene se pehle ek sawal",
      "Namaste, main annual plan lene ki soch raha hoon. Agar 2 mahine baad pasand na aaye to kya refund milega? "
      "Ya kam se kam bache mahino ka? Pehle clear kar dijiye tab payment karunga.\n\nCA Vivek Bansal", "2025-09-20 12:00")
case("l25-agar-to", LOB, "other", [f], "Hypothetical before buying is a policy question: other (sec. 8).")

C("shalini.mishra@mishraedu.org", "Shalini Mishra", "monthly", "2025-09-08", "2025-10-07")
P("hi_p2601", "LO-INV-55321", "shalini.mishra@mishraedu.org", "monthly", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
f = M("l26-dhanyavaad.eml", "Shalini Mishra <shalini.mishra@mishraedu.org>", LO_TO, "Re: आपका रिफंड प्रोसेस हो गया [LO-2150]",
      "बहुत बहुत धन्यवाद! double payment वाला रिफंड आज खाते में आ गया। आपकी टीम ने जल्दी काम किया 🙏\n\nशालिनी",
      "2025-09-27 10:00", headers={"In-Reply-To": "<LO-2150.20250926T1130@leadsoptima.com>",
                              "References": "<LO-2150.20250926T1130@leadsoptima.com>"})
case("l26-dhanyavaad", LOB, "other", [f], "Thank-you after a refund of a past double payment: asks for nothing: other (sec. 1 outcomes; no refund or cancellation is asked).")

C("finance@bhartiyaspices.com", "Bhartiya Spices", "quarterly", "2025-09-02", "2025-12-01")
P("hi_p2701", "LO-INV-55331", "finance@bhartiyaspices.com", "quarterly", "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
f = M("l27-gst-bill.eml", "Finance Team <finance@bhartiyaspices.com>", LO_TO, "GST invoice chahiye",
      "Dear Sir/Madam,\n\nKripya LO-INV-55331 ka GST invoice hamare GSTIN 27AAACB1234C1Z5 ke saath bhej dijiye, "
      "CA ko filing ke liye chahiye. Payment sahi hai, koi issue nahi.\n\nRegards\nFinance Team, Bhartiya Spices", "2025-09-10 11:00")
case("l27-gst-bill", LOB, "other", [f], "Invoice/GST copy request, no refund or cancellation: other.")

C("tarun.k@kumarprinters.in", "Tarun Kumar", "quarterly", "2025-09-21", "2025-12-20")
P("hi_p2801", "LO-INV-55341", "tarun.k@kumarprinters.in", "quarterly", "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
P("hi_p2802", "LO-INV-55342", "tarun.k@kumarprinters.in", "quarterly", "2025-09-21T10:00:30", "2025-09-21", "2025-12-20")
f = M("l28-ajeeb-invoice.eml", "Tarun Kumar <tarun.k@kumarprinters.in>", LO_TO, "re fund",
      "hi\nquarterly ka paisa 2 baar gaya. Rs 4,719/- do baar. bill no lo/inv/55342\nrefund karo\ntarun", "2025-09-24 21:00")
case("l28-ajeeb-invoice", LOB, "decided", [f], "Invoice typed 'lo/inv/55342' matches LO-INV-55342 (sec. 8); duplicate quarterly, day 3: approve 3999.00.",
     [R("approve", "3999.00")])

C("suresh.yadav@yadavdairy.in", "Suresh Yadav", "monthly", "2025-09-14", "2025-10-13")
P("hi_p2901", "LO-INV-55351", "suresh.yadav@yadavdairy.in", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
P("hi_p2902", "LO-INV-55352", "suresh.yadav@yadavdairy.in", "monthly", "2025-09-14T10:01:00", "2025-09-14", "2025-10-13", status="refunded")
f = M("l29-pehle-hi-wapas.eml", "Suresh Yadav <suresh.yadav@yadavdairy.in>", LO_TO, "double payment refund",
      "Namaskar, 14 sept ko 1769 do baar deduct hua tha. dusra invoice LO-INV-55352. paisa wapas bhejiye.", "2025-09-16 09:00")
case("l29-pehle-hi-wapas", LOB, "decided", [f], "The invoice named is status refunded (not paid): a refund of it is escalated (sec. 8).", [R("escalate")])

C("nidhi.gupta@guptacaterers.com", "Nidhi Gupta", "monthly", "2025-09-20", "2025-10-19")
P("hi_p3001", "LO-INV-55361", "nidhi.gupta@guptacaterers.com", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = M("l30-galat-brand.eml", "Nidhi Gupta <nidhi.gupta@guptacaterers.com>", OW_TO, "LeadsOptima subscription cancel",
      "Hello, please mera LeadsOptima monthly plan cancel kar dijiye, catering season khatam ho gaya. Registered email yahi hai.\n\nNidhi",
      "2025-09-23 10:00")
case("l30-galat-brand", OWB, "need_info", [f], "Sent to Optima's mailbox: C1 picks Optima; sender unknown in Optima's ledger: treated as unknown sender (C2, C3).",
     rules=["C2"])

C("prakash.jain@jainjewellers.co.in", "Prakash Jain", "annual", "2025-09-18", "2026-09-17")
P("hi_p3101", "LO-INV-55371", "prakash.jain@jainjewellers.co.in", "annual", "2025-09-18T10:00:00", "2025-09-18", "2026-09-17")
P("hi_p3102", "LO-INV-55372", "prakash.jain@jainjewellers.co.in", "annual", "2025-09-18T10:03:00", "2025-09-18", "2026-09-17")
f = M("l31-reply-to.eml", "Prakash <jainprakash.shop@gmail.com>", LO_TO, "duplicate payment LO-INV-55372",
      "annual plan ka double payment hua hai, LO-INV-55372 refund kijiye. reply-to me office ka id daal diya hai.",
      "2025-09-19 12:00", headers={"Reply-To": "prakash.jain@jainjewellers.co.in"})
case("l31-reply-to", LOB, "need_info", [f], "From is an unknown gmail; Reply-To never verifies anyone (sec. 8): C2.", rules=["C2"])

C("Anjali.Deshmukh@DeshmukhAssociates.in", "Anjali Deshmukh", "monthly", "2025-09-29", "2025-10-28")
P("hi_p3201", "LO-INV-55381", "Anjali.Deshmukh@DeshmukhAssociates.in", "monthly", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
P("hi_p3202", "LO-INV-55382", "Anjali.Deshmukh@DeshmukhAssociates.in", "monthly", "2025-09-29T10:00:40", "2025-09-29", "2025-10-28")
f = M("l32-html-caps.eml", "anjali.deshmukh@deshmukhassociates.in", LO_TO, "Payment 2 baar",
      None, "2025-09-30 08:30",
      html="<html><body><div dir=\"auto\">Namaskar,<br><br>कल बैंक का SMS आया कि ₹1,768.82 <b>दो बार</b> debit हुआ है "
           "(LO-INV-55382 दूसरा वाला)। कृपया एक वापस करें.<br><br>धन्यवाद<br>अंजली देशमुख<br>Deshmukh Associates, Nagpur</div></body></html>")
case("l32-html-caps", LOB, "decided", [f], "HTML-only mail; sender matches the ledger case-insensitively (sec. 8); duplicate 29 Sep, day 1: approve 1499.00.",
     [R("approve", "1499.00")])

# ---------------- Optima WebDesign ----------------
J("Shubh Vivah Portal", "contact@shubhvivahportal.in", None)
W("hi_w3301", "OWD-2025-301", "Shubh Vivah Portal", "deposit", "20000.00", "3600.00", "2025-09-10T10:00:00")
f = M("l33-advance-wapas.eml", "Shubh Vivah Portal <contact@shubhvivahportal.in>", OW_TO, "Refund Request — Shubh Vivah Portal / OWD-2025-301",
      "नमस्ते Optima टीम,\n\nहमने 10 सितंबर को Shubh Vivah Portal प्रोजेक्ट का advance ₹23,600 (GST सहित) दिया था, इनवॉइस OWD-2025-301। "
      "परिवार में फ़ैसला बदल गया है, पार्टनर ने फ़ंडिंग वापस ले ली, इसलिए प्रोजेक्ट अभी नहीं करना। काम भी शुरू नहीं हुआ है। "
      "कृपया advance लौटा दें।\n\nधन्यवाद\nअमित त्रिपाठी", "2025-09-12 09:00")
case("l33-advance-wapas", OWB, "decided", [f], "Deposit paid 10 Sep 10:00, request 12 Sep 09:00 = 47 h, no work: approve 20000.00 before tax (O2, C6).",
     [R("approve", "20000.00")])

J("Maa Durga Sweets Online", "order@maadurgasweets.com", None)
W("hi_w3401", "OWD-2025-302", "Maa Durga Sweets Online", "deposit", "15000.00", "2700.00", "2025-09-08T12:00:00")
f = M("l34-73-ghante.eml", "Maa Durga Sweets <order@maadurgasweets.com>", OW_TO, "advance refund OWD-2025-302",
      "Namaste, Maa Durga Sweets Online project ka advance wapas chahiye, invoice OWD-2025-302. Humne Shopify ka readymade "
      "theme le liya hai to custom site ki zarurat nahi rahi.\n-- \nBiswajit Das, Kolkata", "2025-09-11 13:00")
case("l34-73-ghante", OWB, "decided", [f], "Deposit 8 Sep 12:00, request 11 Sep 13:00 = 73 h > 72 h: deny (O2).", [R("deny")])

J("Yatra Homestays", "yatrahomestays@gmail.com", None)
W("hi_w3501", "OWD-2025-303", "Yatra Homestays", "deposit", "12000.00", "2160.00", "2025-09-15T16:00:00")
f = M("l35-theek-72.eml", "Yatra Homestays <yatrahomestays@gmail.com>", OW_TO, "booking amount wapas",
      "Hello ji, Yatra Homestays website ka booking amount (OWD-2025-303) refund kar dijiye. Season me homestay bik gaya, "
      "naye owner ko website nahi chahiye.\nTenzin, Manali", "2025-09-18 16:00")
case("l35-theek-72", OWB, "decided", [f], "Deposit 15 Sep 16:00, request 18 Sep 16:00 = exactly 72 h: not before 72 h, deny (O2, sec. 8).", [R("deny")])

J("Kisan Mitra App", "founder@kisanmitra.app", "2025-09-16T11:00:00")
W("hi_w3601", "OWD-2025-304", "Kisan Mitra App", "discovery", "25000.00", "4500.00", "2025-09-12T10:00:00")
f = M("l36-discovery-shuru.eml", "Kisan Mitra <founder@kisanmitra.app>", OW_TO, "Discovery fees refund - Kisan Mitra App",
      "Team Optima,\n\nKisan Mitra App ke discovery fees (OWD-2025-304) ka refund chahiye. Pehli workshop 16 ko hui thi par "
      "humein laga aapki team ko agriculture domain samajh nahi aata. Investors bhi peeche hat gaye.\n\nRavi Yadav, Founder", "2025-09-20 10:00")
case("l36-discovery-shuru", OWB, "decided", [f], "Discovery session started 16 Sep, before the 20 Sep request: deny (O1).", [R("deny")])

J("Gyan Ganga Coaching", "admin@gyangangacoaching.in", None)
W("hi_w3701", "OWD-2025-305", "Gyan Ganga Coaching", "discovery", "8000.00", "1440.00", "2025-09-19T10:00:00")
f = M("l37-discovery-nahi-hua.eml", "Gyan Ganga Coaching <admin@gyangangacoaching.in>", OW_TO, "रिफंड अनुरोध — Gyan Ganga Coaching",
      "महोदय, Gyan Ganga Coaching के लिए strategy session की फ़ीस ₹9,440 (OWD-2025-305) दी थी। अभी तक कोई सेशन नहीं हुआ है और हमारे "
      "निदेशक ने वेबसाइट प्रोजेक्ट अगले साल तक टाल दिया है। कृपया फ़ीस लौटा दें।\n\nप्रशासन, ज्ञान गंगा कोचिंग, पटना", "2025-09-22 12:00")
case("l37-discovery-nahi-hua", OWB, "decided", [f], "Discovery, no session started (work_started_at empty): full refund 8000.00 before tax (O1, C6).",
     [R("approve", "8000.00")])

J("Rangoli Boutique", "rangoliboutique.jaipur@gmail.com", "2025-08-20T10:00:00")
W("hi_w3801", "OWD-2025-306", "Rangoli Boutique", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00", milestone_status="not_started")
f = M("l38-milestone-baaki.eml", "Rangoli Boutique <rangoliboutique.jaipur@gmail.com>", OW_TO, "milestone 3 ka paisa wapas",
      "Namaste Optima,\nRangoli Boutique website ka milestone 3 (payment gateway + app) ka payment OWD-2025-306 humne "
      "advance me de diya tha, par ab app nahi banwana, budget Diwali stock me lag gaya. Wo kaam shuru bhi nahi hua. Refund kar dijiye.\n\n"
      "Meenakshi Rathore", "2025-09-24 15:00")
case("l38-milestone-baaki", OWB, "decided", [f], "Milestone not_started: refundable, its amount 35000.00 before tax (O3).", [R("approve", "35000.00")])

J("Sanjeevani Ayurveda", "it@sanjeevaniayurveda.co.in", "2025-08-01T10:00:00")
W("hi_w3901", "OWD-2025-307", "Sanjeevani Ayurveda", "milestone", "40000.00", "7200.00", "2025-09-01T10:00:00", milestone_status="in_progress")
f = M("l39-adha-kaam.eml", "Sanjeevani IT <it@sanjeevaniayurveda.co.in>", OW_TO, "Milestone payment refund - Sanjeevani Ayurveda",
      "Dear team,\nSanjeevani Ayurveda ke milestone 2 (OWD-2025-307) ka kaam aadha hua hai, design humein bilkul pasand nahi aaya, "
      "colours brand guide se match nahi karte. Jo kaam nahi hua uska paisa wapas chahiye.\nRegards, IT Dept.", "2025-09-25 11:00")
case("l39-adha-kaam", OWB, "decided", [f], "Milestone in_progress: value of the work not started needs a person: escalate (O3).", [R("escalate")])

J("Chai Point Franchise", "owner@chaipointfranchise.in", "2025-07-01T10:00:00")
W("hi_w4001", "OWD-2025-308", "Chai Point Franchise", "milestone", "22000.00", "3960.00", "2025-08-10T10:00:00", milestone_status="approved")
f = M("l40-approve-kar-chuke.eml", "Chai Point Franchise <owner@chaipointfranchise.in>", OW_TO, "homepage milestone refund",
      "bhai homepage design wala milestone OWD-2025-308 humne approve to kar diya tha par ab partner bol raha hai design purana lagta hai. "
      "paise wapas karo Chai Point Franchise project ke", "2025-09-18 19:00")
case("l40-approve-kar-chuke", OWB, "decided", [f], "Milestone approved: non-refundable (O3, O6).", [R("deny")])

J("Sahyadri Treks", "bookings@sahyadritreks.in", "2025-06-01T10:00:00")
W("hi_w4101", "OWD-2025-309", "Sahyadri Treks", "retainer", "18000.00", "3240.00", "2025-09-05T10:00:00",
  period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
f = M("l41-retainer-saat-din.eml", "Sahyadri Treks <bookings@sahyadritreks.in>", OW_TO, "Retainer band karna - Sahyadri Treks",
      "Namaskar,\n\nSahyadri Treks ka monthly retainer (OWD-2025-309) October se band karna hai. Monsoon season khatam, "
      "ab hamara in-house intern website sambhalega.\nDhanyavaad,\nSachin Patil, Pune", "2025-09-26 10:00")
case("l41-retainer-saat-din", OWB, "decided", [f], "Retainer next billing 5 Oct; request 26 Sep <= 28 Sep (9 days' notice): cancel effective 2025-10-04 (O4, O8).",
     [X("cancel", "2025-10-04")])

J("Khushi Kids Wear", "khushikidswear@gmail.com", "2025-05-01T10:00:00")
W("hi_w4201", "OWD-2025-310", "Khushi Kids Wear", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
  period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
f = M("l42-retainer-der-se.eml", "Khushi Kids Wear <khushikidswear@gmail.com>", OW_TO, "retainer cancel OWD-2025-310",
      "Hi, Khushi Kids Wear ka maintenance retainer OWD-2025-310 cancel karna hai, dukaan shift kar rahe hain aur online "
      "selling abhi band. thanks, Khushi", "2025-09-26 18:00")
case("l42-retainer-der-se", OWB, "decided", [f], "Next billing 1 Oct; request 26 Sep is only 5 days' notice (< 7): next cycle billed, effective end of that cycle 2025-10-31 (O4).",
     [X("cancel", "2025-10-31")])

J("Ganga Aarti Live", "tech@gangaaartilive.org", "2025-09-15T10:00:00")
W("hi_w4301", "OWD-2025-311", "Ganga Aarti Live", "hosting_annual", "18000.00", "3240.00", "2025-09-14T10:00:00",
  setup_fee="2400.00", service_start="2025-09-15")
f = M("l43-hosting-14-din.eml", "Ganga Aarti Live Tech <tech@gangaaartilive.org>", OW_TO, "Hosting plan refund aur cancel — Ganga Aarti Live",
      "प्रणाम,\n\nGanga Aarti Live का annual hosting (OWD-2025-311) 15 सितंबर से शुरू हुआ। ट्रस्ट ने तय किया है कि सरकारी पोर्टल पर ही "
      "stream होगा, इसलिए hosting बंद करके बचा पैसा लौटा दीजिए।\n\nतकनीकी समिति, वाराणसी", "2025-09-22 10:00")
case("l43-hosting-14-din", OWB, "decided", [f], "Hosting start 15 Sep, request 22 Sep (day 7 <= 14): 18000 - 2400 - 1300 x 1 = 14300.00 (O5).",
     [R("approve", "14300.00")], extra_ok=True)

J("Patel Pharma Distributors", "ppd.accounts@patelpharma.in", "2025-08-25T10:00:00")
W("hi_w4401", "OWD-2025-312", "Patel Pharma Distributors", "hosting_annual", "15000.00", "2700.00", "2025-08-30T10:00:00",
  setup_fee="1500.00", service_start="2025-09-01")
f = M("l44-hosting-der.eml", "PPD Accounts <ppd.accounts@patelpharma.in>", OW_TO, "hosting refund",
      "Sir, Patel Pharma Distributors ka hosting plan OWD-2025-312 cancel karke refund kijiye, humara group IT ab AWS pe "
      "sab move kar raha hai.\nAccounts Dept, Surat", "2025-09-20 10:00")
case("l44-hosting-der", OWB, "decided", [f], "Hosting start 1 Sep, request 20 Sep is day 19 > 14: refund deny (O5).", [R("deny")], extra_ok=True)

J("Dhaba Express", "dhabaexpress.ludhiana@gmail.com", "2025-08-01T10:00:00")
W("hi_w4501", "OWD-2025-313", "Dhaba Express", "third_party", "1299.00", "233.82", "2025-09-20T10:00:00")
f = M("l45-domain.eml", "Dhaba Express <dhabaexpress.ludhiana@gmail.com>", OW_TO, "domain ke paise",
      "Paaji, Dhaba Express ki .in domain renewal (OWD-2025-313) ki koi zarurat nahi thi, hum naam badal rahe hain. Refund kar do ji.",
      "2025-09-21 10:00")
case("l45-domain", OWB, "decided", [f], "Domain renewal is third_party: non-refundable (O6).", [R("deny")])

J("Shaadi Sutra Events", "hello@shaadisutra.events", "2025-08-15T10:00:00")
W("hi_w4601", "OWD-2025-314", "Shaadi Sutra Events", "rush", "7500.00", "1350.00", "2025-09-18T10:00:00")
f = M("l46-rush.eml", "Shaadi Sutra Events <hello@shaadisutra.events>", OW_TO, "Express delivery fee refund",
      "Hi, Shaadi Sutra Events site ke liye humne express delivery ka charge OWD-2025-314 diya tha, fir bhi launch 2 din late hua. "
      "Wo 7500 wapas karo.\n\nSimran", "2025-09-24 10:00")
case("l46-rush", OWB, "decided", [f], "Rush fee: never refundable (O6).", [R("deny")])

J("Om Sai Hardware", "omsaihardware@yahoo.com", "2025-08-10T10:00:00")
W("hi_w4701", "OWD-2025-315", "Om Sai Hardware", "milestone", "30000.00", "5400.00", "2025-09-10T10:00:00", milestone_status="completed")
f = M("l47-court.eml", "Om Sai Hardware <omsaihardware@yahoo.com>", OW_TO, "Refund OWD-2025-315 warna legal notice",
      "Aapne Om Sai Hardware ki website ka kaam ghatiya kiya hai. OWD-2025-315 ka pura paisa lautaiye warna mere advocate "
      "aapko legal notice bhejenge aur consumer court jaayenge.\n\nB. Reddy, Hyderabad", "2025-09-23 10:00")
case("l47-court", OWB, "decided", [f], "Legal notice / consumer court threat: escalate (C4), even though the milestone is completed.", [R("escalate")], rules=["C4"])

J("Vedanta Yoga Studio", "vedantayoga.rishikesh@gmail.com", "2025-06-01T10:00:00")
W("hi_w4801", "OWD-2025-316", "Vedanta Yoga Studio", "retainer", "9000.00", "1620.00", "2025-09-10T10:00:00",
  period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
f = M("l48-karan-nahi.eml", "Vedanta Yoga Studio <vedantayoga.rishikesh@gmail.com>", OW_TO, "Cancellation – Vedanta Yoga Studio – OWD-2025-316",
      "Namaste 🙏\n\nPlease cancel the retainer for Vedanta Yoga Studio, invoice OWD-2025-316. Kripya jaldi karein.\n\nHari Om\nSwati",
      "2025-09-22 10:00")
case("l48-karan-nahi", OWB, "need_info", [f], "Optima requires a reason for cancellations too (sec. 8); 'Kripya jaldi karein', greetings are not reasons: need_info reason.",
     missing=["reason"])

J("Annapurna Tiffins", "annapurnatiffins@gmail.com", None)
W("hi_w4901", "OWD-2025-317", "Annapurna Tiffins", "deposit", "10000.00", "1800.00", "2025-09-27T10:00:00")
f = M("l49-beta-ka-mail.eml", "Rahul Joshi <rahul.joshi.dev@gmail.com>", OW_TO, "Annapurna Tiffins deposit refund",
      "Hi, main Annapurna Tiffins ki owner ka beta hoon. Mummy ka contract email annapurnatiffins@gmail.com hai, wo mail "
      "use nahi karti. Deposit OWD-2025-317 refund kar do, unhone plan drop kar diya hai health ki wajah se.\nRahul", "2025-09-28 10:00")
case("l49-beta-ka-mail", OWB, "need_info", [f], "Request not from the contract email (Optima explicit): C2, ask for it from annapurnatiffins@gmail.com.",
     rules=["C2"])

J("Nirmal Public School", "principal@nirmalpublicschool.edu.in", "2025-09-01T10:00:00")
W("hi_w5001", "OWD-2025-318", "Nirmal Public School", "maintenance_annual", "14999.00", "2699.82", "2025-09-18T10:00:00",
  setup_fee="1500.00", service_start="2025-09-20")
f = M("l50-maintenance.eml", "Principal NPS <principal@nirmalpublicschool.edu.in>", OW_TO, "वार्षिक मेंटेनेंस प्लान रद्द एवं धनवापसी",
      "महोदय,\n\nविद्यालय प्रबंधन समिति की बैठक में निर्णय हुआ है कि Nirmal Public School की वेबसाइट का रखरखाव अब ज़िला शिक्षा विभाग "
      "के पोर्टल द्वारा होगा। अतः वार्षिक मेंटेनेंस अनुबंध (चालान OWD-2025-318) रद्द कर शेष राशि लौटाने का कष्ट करें।\n\n"
      "प्रधानाचार्य\nनिर्मल पब्लिक स्कूल, अलवर", "2025-09-29 11:00")
case("l50-maintenance", OWB, "decided", [f], "Maintenance start 20 Sep, request 29 Sep (day 9): 14999 - 1500 - 13499/12 x 1 = 12374.083 -> 12374.08 (O5, C6).",
     [R("approve", "12374.08")], extra_ok=True)

write_all()
