"""Fresh held-out round 10, Hindi and Hinglish: writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (licence MIT, like the project; all text written
for this project). Deterministic: no randomness. Run: python3 make_cases.py
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import message_from_bytes
from email.policy import SMTP, default
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "hi"
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
    data = msg.as_bytes()
    if str(message_from_bytes(data, policy=default)["Subject"]) != subject:
        # The stdlib folds a long non-ASCII Subject into encoded-words split at a space, and RFC 2047 drops the
        # whitespace between adjacent encoded-words ("करना है" came back as "करनाहै"): write that header unfolded
        # (RFC 5322 allows lines of 998 octets); the body is already encoded and does not change.
        data = msg.as_bytes(policy=SMTP.clone(max_line_length=998))
        assert str(message_from_bytes(data, policy=default)["Subject"]) == subject, cid
    (HERE / rel).write_bytes(data)
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

# l01 Hinglish duplicate, sloppy invoice
lo_cust("sunil.yadav@yadavdairy.in", "Sunil Yadav", "monthly", "2025-09-27", "2025-10-26")
lo_pay("hi_p101", "LO-INV-52101", "sunil.yadav@yadavdairy.in", "monthly", "1499.00", "2025-09-27T19:40:00", "2025-09-27", "2025-10-26", tax="269.82")
lo_pay("hi_p102", "LO-INV-52102", "sunil.yadav@yadavdairy.in", "monthly", "1499.00", "2025-09-27T19:41:00", "2025-09-27", "2025-10-26", tax="269.82")
f = eml("l01", 1, "Sunil Yadav <sunil.yadav@yadavdairy.in>", LO_TO, "paise do baar kat gaye", d(2025, 9, 28, 10, 5),
        "Namaste sir,\n\nkal raat monthly plan renew karte time mere account se 2 baar payment ho gaya, dono 1,768.82 ke (1499 + gst). "
        "Dusra wala invoice lo inv 52102 hai. Kripya ek wapas kar dijiye.\n\nDhanyavaad\nSunil Yadav\nYadav Dairy, Rewari\n")
case("l01-dup-hinglish", [f], LO, "decided",
     "L2 duplicate_payment ('2 baar payment ho gaya'); two paid monthly charges 1499.00 on 2025-09-27, same period; request 2025-09-28 = day 1 (L3); L4 approve the duplicate's pre-tax amount 1499.00 (C6); 'lo inv 52102' = LO-INV-52102 (section 8).",
     decisions=[dec("refund", "approve", "1499.00")])

# l02 Devanagari duplicate on day 7
lo_cust("kavita.mishra@mishracoaching.in", "Kavita Mishra", "annual", "2025-09-22", "2026-09-21")
lo_pay("hi_p111", "LO-INV-52111", "kavita.mishra@mishracoaching.in", "annual", "11988.00", "2025-09-22T08:00:00", "2025-09-22", "2026-09-21")
lo_pay("hi_p112", "LO-INV-52112", "kavita.mishra@mishracoaching.in", "annual", "11988.00", "2025-09-22T08:03:00", "2025-09-22", "2026-09-21")
f = eml("l02", 1, "कविता मिश्रा <kavita.mishra@mishracoaching.in>", LO_TO, "वार्षिक प्लान का दो बार भुगतान", d(2025, 9, 29, 21, 30),
        "नमस्ते लीड्सऑप्टिमा टीम,\n\n22 सितंबर को हमारे वार्षिक प्लान के लिए मेरे कार्ड से ₹11,988 दो बार कट गए। एक ही प्लान, एक ही अवधि। "
        "दूसरी रसीद का नंबर LO-INV-52112 है। कृपया अतिरिक्त राशि वापस करें।\n\nधन्यवाद,\nकविता मिश्रा\nमिश्रा कोचिंग सेंटर, प्रयागराज\n")
case("l02-dup-devanagari-day7", [f], LO, "decided",
     "L4: two paid annual charges 11988.00 on 2025-09-22, same period; request 2025-09-29 = day 7, inside L3 ('day 7 is inside'): approve 11988.00.",
     decisions=[dec("refund", "approve", "11988.00")])

# l03 duplicate, day 8 just after midnight
lo_cust("rahul.tiwari@tiwaritours.com", "Rahul Tiwari", "quarterly", "2025-09-20", "2025-12-19")
lo_pay("hi_p121", "LO-INV-52121", "rahul.tiwari@tiwaritours.com", "quarterly", "5997.00", "2025-09-20T23:50:00", "2025-09-20", "2025-12-19")
lo_pay("hi_p122", "LO-INV-52122", "rahul.tiwari@tiwaritours.com", "quarterly", "5997.00", "2025-09-20T23:52:00", "2025-09-20", "2025-12-19")
f = eml("l03", 1, "Rahul Tiwari <rahul.tiwari@tiwaritours.com>", LO_TO, "Double charge quarterly plan LO-INV-52122", d(2025, 9, 28, 0, 10),
        "Hello team, 20 tareekh ko quarterly plan ka charge do baar hua hai, Rs 5,997 x 2. Second wala LO-INV-52122 refund kar do please. "
        "Abhi hisaab dekh raha tha tab pata chala.\nRahul\n")
case("l03-dup-day8-midnight", [f], LO, "decided",
     "Charge 2025-09-20 23:50 IST is day 0; request 2025-09-28 00:10 IST is day 8 (calendar dates, not 7 x 24 h from the charge): L3 deny.",
     decisions=[dec("refund", "deny")])

# l04 wrong plan billing error, Hinglish
lo_cust("anjali.goyal@goyalboutique.in", "Anjali Goyal", "monthly", "2025-09-26", "2025-12-25")
lo_pay("hi_p131", "LO-INV-52131", "anjali.goyal@goyalboutique.in", "quarterly", "5997.00", "2025-09-26T11:00:00", "2025-09-26", "2025-12-25")
f = eml("l04", 1, "Anjali Goyal <anjali.goyal@goyalboutique.in>", LO_TO, "galat plan ka charge", d(2025, 9, 29, 13, 15),
        "Hi,\n\nmera plan monthly wala hai lekin 26 ko aapne quarterly ka ₹5,997 kaat liya (LO-INV-52131). Maine upgrade kabhi nahi kiya. "
        "Ye galat charge hai, please paise wapas kijiye.\n\nThanks\nAnjali\nGoyal Boutique\n")
case("l04-wrong-plan", [f], LO, "decided",
     "'galat charge', charged quarterly instead of monthly: L2 billing_error; day 3 inside L3; L5 escalate.",
     decisions=[dec("refund", "escalate")])

# l05 access failure Devanagari inside window
lo_cust("manoj.chauhan@chauhanagro.in", "Manoj Chauhan", "monthly", "2025-09-24", "2025-10-23")
lo_pay("hi_p141", "LO-INV-52141", "manoj.chauhan@chauhanagro.in", "monthly", "2499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = eml("l05", 1, "मनोज चौहान <manoj.chauhan@chauhanagro.in>", LO_TO, "लॉगिन नहीं हो रहा - पैसे वापस चाहिए", d(2025, 9, 27, 17, 45),
        "महोदय,\n\n24 तारीख को प्लान रिन्यू होने के बाद से मैं अपने अकाउंट में लॉगिन नहीं कर पा रहा हूँ, पासवर्ड रीसेट करने पर भी 'account locked' आता है। "
        "आपकी चैट टीम को दो बार बताया, कुछ नहीं हुआ। इस महीने का पैसा (बिल LO-INV-52141) वापस कीजिए।\n\nमनोज चौहान\n")
case("l05-access-devanagari", [f], LO, "decided",
     "L2 access_failure ('लॉगिन नहीं कर पा रहा', account locked); charge 2025-09-24, request day 3 inside L3; L6 escalate.",
     decisions=[dec("refund", "escalate")])

# l06 access failure outside window
lo_cust("farhan.ali@alielectricals.in", "Farhan Ali", "monthly", "2025-09-16", "2025-10-15")
lo_pay("hi_p151", "LO-INV-52151", "farhan.ali@alielectricals.in", "monthly", "1999.00", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
f = eml("l06", 1, "Farhan Ali <farhan.ali@alielectricals.in>", LO_TO, "dashboard open nahi ho raha", d(2025, 9, 26, 12, 0),
        "Assalamualaikum,\n\n10 din se dashboard open nahi ho raha, blank page aata hai. Itne din se kaam ruka hua hai, LO-INV-52151 ka refund chahiye.\n\nFarhan Ali\n")
case("l06-access-day10", [f], LO, "decided",
     "access_failure but charge 2025-09-16 to request 2025-09-26 is day 10 > 7: L3 deny.",
     decisions=[dec("refund", "deny")])

# l07 not using -> L1 deny
lo_cust("deepak.rawat@rawatprops.in", "Deepak Rawat", "quarterly", "2025-09-25", "2025-12-24")
lo_pay("hi_p161", "LO-INV-52161", "deepak.rawat@rawatprops.in", "quarterly", "5997.00", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
f = eml("l07", 1, "Deepak Rawat <deepak.rawat@rawatprops.in>", LO_TO, "refund LO-INV-52161", d(2025, 9, 28, 19, 0),
        "Bhai sahab, quarterly plan auto renew ho gaya par humne pichhle 2 mahine se tool use hi nahi kiya, staff chala gaya. "
        "LO-INV-52161 ka paisa refund kar do, itna kharcha abhi nahi utha sakte.\n\nDeepak Rawat\n")
case("l07-not-used", [f], LO, "decided",
     "Reason 'tool use hi nahi kiya' / cost is not an L2 exception: L1 deny (cancellation offered in the reply, not decided).",
     decisions=[dec("refund", "deny")])

# l08 negation: refund nahi chahiye, bas cancel
lo_cust("swati.joshi@joshidesigns.in", "Swati Joshi", "annual", "2025-05-10", "2026-05-09")
lo_pay("hi_p171", "LO-INV-52171", "swati.joshi@joshidesigns.in", "annual", "11988.00", "2025-05-10T10:00:00", "2025-05-10", "2026-05-09")
f = eml("l08", 1, "Swati Joshi <swati.joshi@joshidesigns.in>", LO_TO, "plan cancel karna hai", d(2025, 9, 30, 8, 20),
        "Hello,\n\nMujhe refund nahi chahiye, bas annual plan cancel kar dijiye taaki agle saal auto-renew na ho. Hum doosra CRM le rahe hain.\n\nSwati\n")
case("l08-refund-nahi-cancel", [f], LO, "decided",
     "'refund nahi chahiye' is a negation (section 8): no refund intent; L8 cancel, effective current_period_end 2026-05-09.",
     decisions=[dec("cancellation", "cancel", effective_date="2026-05-09")])

# l09 Devanagari cancel, fallback date
lo_cust("ramesh.pandey@pandeyjewellers.in", "Ramesh Pandey", "monthly", None, None)
lo_pay("hi_p181", "LO-INV-52181", "ramesh.pandey@pandeyjewellers.in", "monthly", "1499.00", "2025-09-14T12:00:00", None, None)
f = eml("l09", 1, "रमेश पाण्डेय <ramesh.pandey@pandeyjewellers.in>", LO_TO, "सदस्यता रद्द करें", d(2025, 9, 30, 11, 40),
        "आदरणीय महोदय,\n\nकृपया मेरी लीड्सऑप्टिमा मासिक सदस्यता रद्द कर दें। त्योहारों के बाद दुकान का काम कम रहेगा।\n\nसधन्यवाद\nरमेश पाण्डेय\nपाण्डेय ज्वैलर्स, वाराणसी\n")
case("l09-cancel-fallback", [f], LO, "decided",
     "L8: no current_period_end; last charge 2025-09-14 + 1 month - 1 day = 2025-10-13.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-10-13")])

# l10 trial account refund
lo_cust("pinky.arora@arorasalon.in", "Pinky Arora", "monthly", None, None, status="trial", trial_ends="2025-10-08")
f = eml("l10", 1, "Pinky Arora <pinky.arora@arorasalon.in>", LO_TO, "trial ka paisa wapas", d(2025, 9, 29, 15, 30),
        "hii, maine trial start kiya tha salon ke liye, mujhe ye software samajh nahi aaya. card add karwaya tha toh jo bhi paise kate ho wapas kar do plz\n")
case("l10-trial", [f], LO, "decided",
     "Account on free trial, no charges in the ledger: L7 deny (no billing unless they subscribe).",
     decisions=[dec("refund", "deny")],
     ambiguous="No invoice exists for a trial; a bot might ask for invoice_number (C3) before applying L7.")

# l11 hypothetical -> other
lo_cust("vinod.saini@sainiclasses.in", "Vinod Saini", "monthly", "2025-09-11", "2025-10-10")
lo_pay("hi_p201", "LO-INV-52201", "vinod.saini@sainiclasses.in", "monthly", "1499.00", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
f = eml("l11", 1, "Vinod Saini <vinod.saini@sainiclasses.in>", LO_TO, "annual plan ke baare mein sawaal", d(2025, 9, 30, 17, 0),
        "Namaskar,\n\nAgar main monthly se annual plan pe shift karun aur 2-3 mahine baad results achhe na aaye, toh kya baaki paise wapas milenge? "
        "Pehle clear karna chahta hoon phir upgrade karunga.\n\nVinod Saini\n")
case("l11-hypothetical", [f], LO, "other",
     "Hypothetical question before upgrading (section 8): no refund intent, nothing else asked -> other.")

# l12 how-to -> other
lo_cust("geeta.bisht@bishthomestay.in", "Geeta Bisht", "quarterly", "2025-08-01", "2025-10-31")
lo_pay("hi_p211", "LO-INV-52211", "geeta.bisht@bishthomestay.in", "quarterly", "5997.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f = eml("l12", 1, "गीता बिष्ट <geeta.bisht@bishthomestay.in>", LO_TO, "WhatsApp jodna hai", d(2025, 9, 29, 10, 30),
        "नमस्ते, WhatsApp Business number ko leadsoptima se kaise connect karein? Settings me option dikh nahi raha. Ek video bhej do to achha rahega.\nगीता\n")
case("l12-howto", [f], LO, "other", "How-to question, neither refund nor cancellation: other.")

# l13 C2: son writes from own gmail for father's account
lo_cust("hk.agarwal@agarwaltraders.co.in", "Hari Krishan Agarwal", "monthly", "2025-09-28", "2025-10-27")
lo_pay("hi_p221", "LO-INV-52221", "hk.agarwal@agarwaltraders.co.in", "monthly", "2499.00", "2025-09-28T09:00:00", "2025-09-28", "2025-10-27")
lo_pay("hi_p222", "LO-INV-52222", "hk.agarwal@agarwaltraders.co.in", "monthly", "2499.00", "2025-09-28T09:01:00", "2025-09-28", "2025-10-27")
f = eml("l13", 1, "Mohit Agarwal <mohit.agarwal1999@gmail.com>", LO_TO, "papa ke account me double payment", d(2025, 9, 29, 20, 0),
        "Hello, mere papa ka account hai hk.agarwal@agarwaltraders.co.in. Kal unke card se do baar 2,499 kat gaye, invoice LO-INV-52222. "
        "Wo email use nahi karte isliye main likh raha hoon. Refund kar dijiye.\nMohit\n")
case("l13-c2-son-gmail", [f], LO, "need_info",
     "C2: From mohit.agarwal1999@gmail.com, not the registered hk.agarwal@agarwaltraders.co.in: ask to write from the registered address, nothing about the account.",
     rules=["C2"])

# l14 C2 forward with "do the needful"
lo_cust("director@saxenaschool.edu.in", "S. K. Saxena", "annual", "2025-04-15", "2026-04-14")
lo_pay("hi_p231", "LO-INV-52231", "director@saxenaschool.edu.in", "annual", "11988.00", "2025-04-15T10:00:00", "2025-04-15", "2026-04-14")
f = eml("l14", 1, "Office Saxena School <office@saxenaschool.edu.in>", LO_TO, "Fwd: leadsoptima band karna", d(2025, 9, 30, 12, 45),
        "Sir/Madam,\nNeeche director sahab ka mail dekhiye aur needful kijiye.\n\nOffice Staff\n\n"
        "---------- Forwarded message ---------\nFrom: Director <director@saxenaschool.edu.in>\nDate: Tue, Sep 30, 2025 at 11:20 AM\n"
        "Subject: leadsoptima band karna\nTo: <office@saxenaschool.edu.in>\n\n"
        "Leadsoptima ka annual plan (account director@saxenaschool.edu.in) cancel karwa do. Admissions ab website se hi aa rahe hain, iski zarurat nahi.\n")
case("l14-c2-forward", [f], LO, "need_info",
     "Forward (section 8) names registered email director@saxenaschool.edu.in; sender office@saxenaschool.edu.in is another address: C2.",
     rules=["C2"])

# l15 C4 consumer forum
lo_cust("naresh.bhati@bhatimotors.in", "Naresh Bhati", "monthly", "2025-09-25", "2025-10-24")
lo_pay("hi_p241", "LO-INV-52241", "naresh.bhati@bhatimotors.in", "monthly", "1999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = eml("l15", 1, "Naresh Bhati <naresh.bhati@bhatimotors.in>", LO_TO, "refund nahi diya toh complaint", d(2025, 9, 27, 18, 20),
        "Aapke leads sab fake nikle, ek bhi customer nahi aaya. LO-INV-52241 ka paisa turant wapas karo warna main consumer forum mein "
        "complaint daal dunga. Ye aakhri mail hai.\nNaresh Bhati, Bhati Motors\n")
case("l15-c4-consumer-forum", [f], LO, "decided",
     "C4: consumer forum threat -> escalate (whatever L1 would say).",
     rules=["C4"], decisions=[dec("refund", "escalate")])

# l16 Hindi out-of-office
lo_cust("prakash.jain@jaintextiles.in", "Prakash Jain", "annual", "2025-02-01", "2026-01-31")
f = eml("l16", 1, "Prakash Jain <prakash.jain@jaintextiles.in>", LO_TO, "स्वचालित उत्तर: आपका बिल", d(2025, 9, 30, 6, 30),
        "नमस्कार, मैं 5 अक्टूबर तक कार्यालय से बाहर हूँ। रिफंड या कैंसलेशन से जुड़े काम के लिए कृपया accounts@jaintextiles.in पर लिखें।\nप्रकाश जैन\n",
        headers={"Auto-Submitted": "auto-replied"})
case("l16-ooo-hindi", [f], LO, "ignore", "C7: Auto-Submitted: auto-replied -> ignore.", rules=["C7"])

# l17 thread: duplicate without invoice, then invoice
lo_cust("sapna.kohli@kohlicakes.in", "Sapna Kohli", "monthly", "2025-09-25", "2025-10-24")
lo_pay("hi_p261", "LO-INV-52261", "sapna.kohli@kohlicakes.in", "monthly", "2499.00", "2025-09-25T16:00:00", "2025-09-25", "2025-10-24")
lo_pay("hi_p262", "LO-INV-52262", "sapna.kohli@kohlicakes.in", "monthly", "2499.00", "2025-09-25T16:05:00", "2025-09-25", "2025-10-24")
lo_pay("hi_p263", "LO-INV-52263", "sapna.kohli@kohlicakes.in", "monthly", "2499.00", "2025-08-25T16:00:00", "2025-08-25", "2025-09-24")
f1 = eml("l17", 1, "Sapna Kohli <sapna.kohli@kohlicakes.in>", LO_TO, "same payment twice", d(2025, 9, 26, 10, 0),
         "Hi, 25 Sept ko same payment twice ho gaya 2499 ka. Ek wapas karo please. Sapna\n")
f2 = eml("l17", 2, "Sapna Kohli <sapna.kohli@kohlicakes.in>", LO_TO, "Re: same payment twice [LO-6204]", d(2025, 9, 30, 9, 0),
         "Invoice no. LO-INV-52262 hai (dusra wala).\n\n> Kripya us charge ka invoice number bhejiye.\n", reply_to_first=True)
case("l17-thread-invoice", [f1, f2], LO, "decided",
     "C3 thread, invoice answered. Request time = first email 2025-09-26 (day 1 after 2025-09-25), not the answer on 2025-09-30; L4 approve 2499.00.",
     decisions=[dec("refund", "approve", "2499.00")])

# l18 no reason
lo_cust("alok.srivastava@srivastavaco.in", "Alok Srivastava", "monthly", "2025-09-29", "2025-10-28")
lo_pay("hi_p271", "LO-INV-52271", "alok.srivastava@srivastavaco.in", "monthly", "1999.00", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
f = eml("l18", 1, "Alok Srivastava <alok.srivastava@srivastavaco.in>", LO_TO, "Refund", d(2025, 9, 30, 10, 0),
        "Mahoday,\n\nkripya invoice LO-INV-52271 ka refund process karein.\n\nSaadar,\nAlok Srivastava\nSrivastava & Co., Lucknow\n")
case("l18-no-reason", [f], LO, "need_info",
     "Restating the request, greeting and signature are not reasons (section 8); email, plan (ledger) and invoice known: missing [reason].",
     missing=["reason"])

# l19 charged after cancelling (past event)
lo_cust("imran.shaikh@shaikhtravels.in", "Imran Shaikh", "monthly", "2025-09-26", "2025-10-25", status="cancelled")
lo_pay("hi_p281", "LO-INV-52281", "imran.shaikh@shaikhtravels.in", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = eml("l19", 1, "Imran Shaikh <imran.shaikh@shaikhtravels.in>", LO_TO, "cancel ke baad bhi paise kaate", d(2025, 9, 29, 11, 0),
        "Sir, maine 12 tareekh ko hi Billing se plan cancel kar diya tha, screenshot bhi hai. Fir bhi 26 ko ₹1,499 kaat liye (LO-INV-52281). "
        "Ye paise wapas karo.\nImran\n")
case("l19-charged-after-cancel", [f], LO, "decided",
     "'cancel ke baad bhi paise kaate' = charged after cancelling: L2 billing_error; day 3 inside L3; L5 escalate. The cancellation is a past event.",
     decisions=[dec("refund", "escalate")])

# l20 refund + cancel, expensive
lo_cust("komal.sethi@sethiclinic.in", "Komal Sethi", "monthly", "2025-09-27", "2025-10-26")
lo_pay("hi_p291", "LO-INV-52291", "komal.sethi@sethiclinic.in", "monthly", "2499.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = eml("l20", 1, "Dr Komal Sethi <komal.sethi@sethiclinic.in>", LO_TO, "Cancel + refund", d(2025, 9, 28, 22, 10),
        "Hello,\n\nहमारे क्लिनिक के लिए ये बहुत महंगा पड़ रहा है। Please plan cancel kar dijiye aur is mahine ka ₹2,499 (LO-INV-52291) wapas kar dijiye.\n\nDr Komal Sethi\n")
case("l20-refund-deny-and-cancel", [f], LO, "decided",
     "Two intents. Refund reason 'बहुत महंगा' (too expensive) is not an exception: L1 deny. Cancellation: L8 cancel effective 2025-10-26.",
     decisions=[dec("refund", "deny"), dec("cancellation", "cancel", effective_date="2025-10-26")])

# l21 triple charge, one outside window
lo_cust("bhavna.desai@desaicatering.in", "Bhavna Desai", "monthly", "2025-09-21", "2025-10-20")
lo_pay("hi_p301", "LO-INV-52301", "bhavna.desai@desaicatering.in", "monthly", "1999.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lo_pay("hi_p302", "LO-INV-52302", "bhavna.desai@desaicatering.in", "monthly", "1999.00", "2025-09-21T10:02:00", "2025-09-21", "2025-10-20")
lo_pay("hi_p303", "LO-INV-52303", "bhavna.desai@desaicatering.in", "monthly", "1999.00", "2025-09-24T09:00:00", "2025-09-21", "2025-10-20")
f = eml("l21", 1, "Bhavna Desai <bhavna.desai@desaicatering.in>", LO_TO, "teen baar payment!", d(2025, 9, 29, 16, 0),
        "Hello team, September ke ek hi mahine ke liye 3 baar ₹1,999 kata hai - 21 ko do baar aur 24 ko fir se (LO-INV-52303). "
        "Sirf ek payment hona chahiye tha, baaki do duplicate payment wapas kijiye.\nBhavna\n")
case("l21-triple-one-late", [f], LO, "decided",
     "Section 8 three identical charges: duplicates are 2025-09-21 10:02 (day 8 at request 2025-09-29: outside L3) and 2025-09-24 (day 5: inside); refund = sum inside the window = 1999.00.",
     decisions=[dec("refund", "approve", "1999.00")])

# l22 other brand's customer (Optima client) to LeadsOptima
owd_proj("Thakur Resorts Website", "gm@thakurresorts.in", "2025-08-10T10:00:00")
owd_pay("hi_o901", "OWD-2025-491", "Thakur Resorts Website", "milestone", "30000.00", "2025-09-10T10:00:00", tax="5400.00", milestone_status="not_started")
f = eml("l22", 1, "Thakur Resorts GM <gm@thakurresorts.in>", LO_TO, "milestone refund", d(2025, 9, 29, 12, 0),
        "Namaste, Thakur Resorts Website ke booking engine wala milestone (OWD-2025-491) cancel karke refund kar dijiye, "
        "humne OTA se tie-up kar liya hai.\n")
case("l22-other-brand-customer", [f], LO, "need_info",
     "C1: sent to support@leadsoptima.com -> leadsoptima; the sender is only in Optima's records, unknown in LeadsOptima (section 8): C2.",
     rules=["C2"])

# ---------------------------------------------------------------- Optima WebDesign
# o01 deposit approve, Hinglish
owd_proj("Gupta Sweets Online Store", "rohit@guptasweets.in", None)
owd_pay("hi_o101", "OWD-2025-401", "Gupta Sweets Online Store", "deposit", "25000.00", "2025-09-29T11:00:00", tax="4500.00")
f = eml("o01", 1, "Rohit Gupta <rohit@guptasweets.in>", OWD_TO, "Refund Request — Gupta Sweets Online Store / OWD-2025-401", d(2025, 9, 30, 18, 0),
        "Namaste Optima team,\n\nKal humne online store ke liye ₹29,500 (25,000 + GST) booking amount diya tha. Lekin ghar mein discuss kiya "
        "aur abhi Diwali season mein naya kaam shuru nahi kar sakte, dukan pe hi itna load hai. Please deposit refund kar dijiye.\n\n"
        "Rohit Gupta\nGupta Sweets, Chandni Chowk\n")
case("o01-deposit-31h", [f], OWD, "decided",
     "O2: paid 2025-09-29 11:00, request 2025-09-30 18:00 = 31 h < 72 h, no work started: approve 25000.00 (GST 4500.00 kept, C6).",
     decisions=[dec("refund", "approve", "25000.00")])

# o02 deposit 73h
owd_proj("Negi Adventure Camps Site", "bookings@negicamps.in", None)
owd_pay("hi_o111", "OWD-2025-411", "Negi Adventure Camps Site", "deposit", "12000.00", "2025-09-25T09:00:00", tax="2160.00")
f = eml("o02", 1, "Negi Camps <bookings@negicamps.in>", OWD_TO, "deposit wapas chahiye OWD-2025-411", d(2025, 9, 28, 10, 0),
        "Hello ji, Negi Adventure Camps Site ka project abhi nahi karna, landslide ki wajah se season hi cancel ho gaya. Deposit refund kar do.\n"
        "Sunil Negi\n")
case("o02-deposit-73h", [f], OWD, "decided",
     "O2: paid 2025-09-25 09:00, request 2025-09-28 10:00 = 73 h >= 72 h: deny.",
     decisions=[dec("refund", "deny")])

# o03 deposit but work started
owd_proj("Shukla Law Associates Site", "adv.shukla@shuklalaw.in", "2025-09-29T15:00:00")
owd_pay("hi_o121", "OWD-2025-421", "Shukla Law Associates Site", "deposit", "20000.00", "2025-09-29T10:00:00", tax="3600.00")
f = eml("o03", 1, "Shukla Law <adv.shukla@shuklalaw.in>", OWD_TO, "Booking fee refund - Shukla Law Associates Site", d(2025, 9, 30, 12, 0),
        "Namaskar,\n\nKal jo booking fee di thi (OWD-2025-421), wo wapas chahiye. Bar Council ke rules ke hisaab se humein website pe abhi "
        "kuch cheezein nahi daalni chahiye, isliye project rok rahe hain. Aapke designer ka kal shaam ka wireframe mila tha.\n\nShukla\n")
case("o03-deposit-work-started", [f], OWD, "decided",
     "O2: 26 h after payment but work_started_at 2025-09-29 15:00 is before the request (whichever first): deny. (The sender's own profession is no legal threat, no C4 words.)",
     decisions=[dec("refund", "deny")],
     ambiguous="The customer is a law firm writing about its own site and cites Bar Council rules; no threat is made, so C4 should not apply, but a literal reading of 'mentions of ... lawyers' (C4) could escalate.")

# o04 discovery not started, Devanagari
owd_proj("Sharda Library Rebrand", "sharda.library@shardalib.in", None)
owd_pay("hi_o131", "OWD-2025-431", "Sharda Library Rebrand", "discovery", "15000.00", "2025-09-18T10:00:00", tax="2700.00")
f = eml("o04", 1, "शारदा लाइब्रेरी <sharda.library@shardalib.in>", OWD_TO, "डिस्कवरी शुल्क वापसी - Sharda Library Rebrand", d(2025, 9, 29, 14, 0),
        "नमस्ते,\n\nहमने 18 सितंबर को Sharda Library Rebrand के लिए डिस्कवरी शुल्क (बिल OWD-2025-431) जमा किया था। ट्रस्ट ने बजट रोक दिया है, "
        "इसलिए हम यह काम अभी नहीं करवाना चाहते। अब तक कोई मीटिंग भी नहीं हुई है। कृपया शुल्क वापस करें।\n\nसचिव\nशारदा पुस्तकालय ट्रस्ट\n")
case("o04-discovery-not-started", [f], OWD, "decided",
     "O1: discovery, work_started_at empty: approve in full 15000.00 (before tax).",
     decisions=[dec("refund", "approve", "15000.00")])

# o05 discovery started
owd_proj("Bhardwaj Ayurvedic Brand Kit", "info@bhardwajayur.in", "2025-09-20T11:00:00")
owd_pay("hi_o141", "OWD-2025-441", "Bhardwaj Ayurvedic Brand Kit", "discovery", "10000.00", "2025-09-19T10:00:00", tax="1800.00")
f = eml("o05", 1, "Bhardwaj Ayurvedic <info@bhardwajayur.in>", OWD_TO, "strategy fee refund", d(2025, 9, 26, 11, 0),
        "Hi, Bhardwaj Ayurvedic Brand Kit ki strategy session ho gayi thi 20 ko, par humein uska direction pasand nahi aaya. "
        "OWD-2025-441 wali fees wapas de dijiye.\n")
case("o05-discovery-started", [f], OWD, "decided", "O1: session started 2025-09-20, before the request: deny.",
     decisions=[dec("refund", "deny")])

# o06 milestone not started
owd_proj("Rathi Hardware ERP Portal", "it@rathihardware.in", "2025-07-01T10:00:00")
owd_pay("hi_o151", "OWD-2025-451", "Rathi Hardware ERP Portal", "milestone", "27500.00", "2025-09-12T10:00:00", tax="4950.00", milestone_status="not_started")
f = eml("o06", 1, "Rathi Hardware IT <it@rathihardware.in>", OWD_TO, "Milestone refund OWD-2025-451", d(2025, 9, 30, 10, 30),
        "Hello Optima,\n\nRathi Hardware ERP Portal mein inventory module (milestone OWD-2025-451) ab nahi chahiye, Tally se hi kaam chala lenge. "
        "Woh module shuru nahi hua hai, toh uska payment wapas kar dijiye. Baaki portal ka kaam chalta rahe.\n\nRegards\nPankaj, IT\n")
case("o06-milestone-not-started", [f], OWD, "decided", "O3: milestone not_started: approve its amount 27500.00.",
     decisions=[dec("refund", "approve", "27500.00")])

# o07 milestone in progress
owd_proj("Kashyap Dental Chain Site", "admin@kashyapdental.in", "2025-08-15T10:00:00")
owd_pay("hi_o161", "OWD-2025-461", "Kashyap Dental Chain Site", "milestone", "22000.00", "2025-09-08T10:00:00", tax="3960.00", milestone_status="in_progress")
f = eml("o07", 1, "कश्यप डेंटल <admin@kashyapdental.in>", OWD_TO, "माइलस्टोन का पैसा वापस", d(2025, 9, 29, 16, 45),
        "नमस्ते,\n\nKashyap Dental Chain Site का appointment module (OWD-2025-461) बहुत धीरे चल रहा है, तीन हफ्ते में सिर्फ़ एक स्क्रीन बनी है। "
        "हमें इस माइलस्टोन का रिफंड चाहिए।\n\nडॉ. कश्यप\n")
case("o07-milestone-in-progress", [f], OWD, "decided", "O3: in_progress -> escalate (interp.).",
     decisions=[dec("refund", "escalate")])

# o08 milestone completed
owd_proj("Chawla Fabrics Catalogue", "chawlafabrics@chawlafab.in", "2025-07-20T10:00:00")
owd_pay("hi_o171", "OWD-2025-471", "Chawla Fabrics Catalogue", "milestone", "16000.00", "2025-08-20T10:00:00", tax="2880.00", milestone_status="completed")
f = eml("o08", 1, "Chawla Fabrics <chawlafabrics@chawlafab.in>", OWD_TO, "catalogue milestone refund", d(2025, 9, 27, 13, 0),
        "Sir, Chawla Fabrics Catalogue ka design milestone (OWD-2025-471) complete ho gaya tha lekin ab hum print catalogue hi use karenge. "
        "Paisa wapas kar dijiye please.\n")
case("o08-milestone-completed", [f], OWD, "decided", "O3/O6: completed milestone: deny.",
     decisions=[dec("refund", "deny")])

# o09 retainer cancel enough notice
owd_proj("Malik Realtors Social Retainer", "malik.realtors@malikrealty.in", "2025-03-20T10:00:00")
owd_pay("hi_o181", "OWD-2025-481", "Malik Realtors Social Retainer", "retainer", "14000.00", "2025-09-20T10:00:00", tax="2520.00",
        next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
f = eml("o09", 1, "Malik Realtors <malik.realtors@malikrealty.in>", OWD_TO, "retainer band karna hai - OWD-2025-481", d(2025, 9, 30, 11, 0),
        "Assalamualaikum Optima team,\n\nMalik Realtors Social Retainer ko agle cycle se band kar dijiye. Market slow hai aur hum social media "
        "khud sambhaal lenge.\n\nShukriya\nZaid Malik\n")
case("o09-retainer-notice-ok", [f], OWD, "decided",
     "O4/O8: next_billing_at 2025-10-20; 2025-09-30 <= 2025-10-13: cancel, effective 2025-10-19 (the day before).",
     decisions=[dec("cancellation", "cancel", effective_date="2025-10-19")])

# o10 retainer short notice
owd_proj("Sodhi Gym Ads Retainer", "sodhigym@sodhifitness.in", "2025-05-06T10:00:00")
owd_pay("hi_o191", "OWD-2025-492", "Sodhi Gym Ads Retainer", "retainer", "8000.00", "2025-09-06T10:00:00", tax="1440.00",
        next_billing_at="2025-10-06T00:00:00", ps="2025-09-06", pe="2025-10-05")
f = eml("o10", 1, "Sodhi Gym <sodhigym@sodhifitness.in>", OWD_TO, "ads retainer cancel", d(2025, 9, 30, 9, 15),
        "Paaji, Sodhi Gym Ads Retainer (OWD-2025-492) cancel kar do, naye members ads se nahi aa rahe, referral se hi aa rahe hain. Thanks\nGurpreet Sodhi\n")
case("o10-retainer-short-notice", [f], OWD, "decided",
     "O4: next_billing_at 2025-10-06; 2025-09-30 is after 2025-09-29 (minus 7 days): less notice, next cycle 2025-10-06..2025-11-05 billed; effective 2025-11-05.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-11-05")])

# o11 hosting annual prorated
owd_proj("Pahadi Homestay Hosting", "pahadi.homestay@pahadistay.in", "2025-09-20T10:00:00")
owd_pay("hi_o201", "OWD-2025-502", "Pahadi Homestay Hosting", "hosting_annual", "15000.00", "2025-09-24T10:00:00", tax="2700.00",
        setup_fee="1800.00", service_start="2025-09-25")
f = eml("o11", 1, "Pahadi Homestay <pahadi.homestay@pahadistay.in>", OWD_TO, "hosting plan refund", d(2025, 9, 30, 20, 30),
        "Namaste,\n\nPahadi Homestay Hosting ka saalana hosting plan (OWD-2025-502) humein nahi chahiye, Airbnb listing se hi bookings aa rahi hain. "
        "Plan cancel karke jitna banta hai utna refund kar dijiye.\n\nDhanyavaad\nKamla Rawat\n")
case("o11-hosting-prorated", [f], OWD, "decided",
     "O5: service_start 2025-09-25, request 2025-09-30 = day 5 <= 14; monthly_value (15000 - 1800)/12 = 1100; refund 15000 - 1800 - 1100 = 12100.00. Cancellation part allowed (extra_ok).",
     decisions=[dec("refund", "approve", "12100.00")], extra_ok=True)

# o12 maintenance day 16 deny
owd_proj("Bansal Classes Maintenance", "bansalclasses@bansaledu.in", "2025-09-14T10:00:00")
owd_pay("hi_o211", "OWD-2025-512", "Bansal Classes Maintenance", "maintenance_annual", "9600.00", "2025-09-13T10:00:00", tax="1728.00",
        setup_fee="600.00", service_start="2025-09-14")
f = eml("o12", 1, "Bansal Classes <bansalclasses@bansaledu.in>", OWD_TO, "मेंटेनेंस प्लान रिफंड OWD-2025-512", d(2025, 9, 30, 10, 0),
        "सर, Bansal Classes Maintenance का annual प्लान हमारे बेटे ने बिना पूछे ले लिया। हमें इसकी ज़रूरत नहीं है, कृपया रिफंड करें।\n")
case("o12-maintenance-day16", [f], OWD, "decided", "O5: service_start 2025-09-14, request 2025-09-30 = day 16 > 14: deny.",
     decisions=[dec("refund", "deny")], extra_ok=True)

# o13 hosting rounding
owd_proj("Trivedi Astro Hosting", "pandit@trivediastro.in", "2025-09-20T10:00:00")
owd_pay("hi_o221", "OWD-2025-522", "Trivedi Astro Hosting", "hosting_annual", "7777.00", "2025-09-19T10:00:00", tax="1399.86",
        setup_fee="500.00", service_start="2025-09-20")
f = eml("o13", 1, "Trivedi Astro <pandit@trivediastro.in>", OWD_TO, "hosting cancel aur refund", d(2025, 10, 1, 9, 0),
        "Pranam,\n\nTrivedi Astro Hosting ki saalana hosting (OWD-2025-522, ₹७,७७७ + GST) cancel karni hai, hum YouTube channel pe focus kar rahe hain "
        "aur website band kar rahe hain. Niyam ke hisaab se refund dijiye.\n\nPt. Trivedi\n")
case("o13-hosting-rounding", [f], OWD, "decided",
     "O5: service_start 2025-09-20, request 2025-10-01 09:00 = day 11; monthly_value (7777 - 500)/12 = 606.41666...; refund 7777 - 500 - 606.41666... = 6670.58333... -> 6670.58 (C6). Cancellation part allowed (extra_ok).",
     decisions=[dec("refund", "approve", "6670.58")], extra_ok=True)

# o14 third party plugin licence, Devanagari
owd_proj("Rajput Furniture Store", "rajput.furniture@rajputfurn.in", "2025-08-01T10:00:00")
owd_pay("hi_o231", "OWD-2025-532", "Rajput Furniture Store", "third_party", "6800.00", "2025-09-26T10:00:00", tax="1224.00")
f = eml("o14", 1, "राजपूत फर्नीचर <rajput.furniture@rajputfurn.in>", OWD_TO, "प्लगइन लाइसेंस का पैसा वापस", d(2025, 9, 28, 12, 0),
        "नमस्कार,\n\nRajput Furniture Store के लिए आपने जो premium plugin license खरीदा (बिल OWD-2025-532), वह हमारे काम का नहीं निकला। कृपया उसका पैसा लौटा दें।\n\nविक्रम सिंह राजपूत\n")
case("o14-third-party-plugin", [f], OWD, "decided", "O6: third_party (plugin licence): deny, 'Non-refundable items'.",
     decisions=[dec("refund", "deny")])

# o15 rush fee
owd_proj("Navratri Garba Event Page", "events@garbanights.in", "2025-09-15T10:00:00")
owd_pay("hi_o241", "OWD-2025-542", "Navratri Garba Event Page", "rush", "5000.00", "2025-09-15T10:00:00", tax="900.00")
f = eml("o15", 1, "Garba Nights <events@garbanights.in>", OWD_TO, "urgent fee refund", d(2025, 9, 25, 18, 0),
        "Hi, Navratri Garba Event Page ke liye urgent delivery ka extra charge (OWD-2025-542) liya tha, par page 2 din late live hua. "
        "Wo rush fee wapas karo.\n")
case("o15-rush", [f], OWD, "decided", "O6: rush fee never refundable: deny.", decisions=[dec("refund", "deny")])

# o16 C2 wrong sender
owd_proj("Iyer Carnatic Academy Site", "contact@iyercarnatic.in", None)
owd_pay("hi_o251", "OWD-2025-552", "Iyer Carnatic Academy Site", "deposit", "18000.00", "2025-09-30T08:00:00", tax="3240.00")
f = eml("o16", 1, "Lakshmi Iyer <lakshmi.iyer.music@yahoo.co.in>", OWD_TO, "deposit refund karna", d(2025, 9, 30, 19, 0),
        "Namaste, aaj subah Iyer Carnatic Academy Site ka deposit (OWD-2025-552) diya tha, lekin Guruji ne mana kar diya. Refund kar dijiye please. "
        "Academy wala email contact@iyercarnatic.in hai.\nLakshmi\n")
case("o16-c2-yahoo", [f], OWD, "need_info",
     "C2: sender lakshmi.iyer.music@yahoo.co.in is not the contract email contact@iyercarnatic.in.",
     rules=["C2"])

# o17 C4 chargeback Hinglish
owd_proj("Oberoi Caterers Site", "oberoi.caterers@oberoicater.in", "2025-09-05T10:00:00")
owd_pay("hi_o261", "OWD-2025-562", "Oberoi Caterers Site", "milestone", "19000.00", "2025-09-15T10:00:00", tax="3420.00", milestone_status="in_progress")
f = eml("o17", 1, "Oberoi Caterers <oberoi.caterers@oberoicater.in>", OWD_TO, "paise wapas karo", d(2025, 9, 29, 14, 30),
        "Oberoi Caterers Site ka kaam bilkul time pe nahi ho raha. OWD-2025-562 ka paisa 3 din me wapas nahi aaya toh main credit card "
        "company se chargeback kar dunga.\nHarpreet Oberoi\n")
case("o17-c4-chargeback", [f], OWD, "decided", "C4: chargeback threat -> escalate.",
     rules=["C4"], decisions=[dec("refund", "escalate")])

# o18 cancellation without reason, Devanagari
owd_proj("Tripathi Clinic SEO Retainer", "dr.tripathi@tripathiclinic.in", "2025-04-12T10:00:00")
owd_pay("hi_o271", "OWD-2025-572", "Tripathi Clinic SEO Retainer", "retainer", "11000.00", "2025-09-12T10:00:00", tax="1980.00",
        next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
f = eml("o18", 1, "डॉ. त्रिपाठी <dr.tripathi@tripathiclinic.in>", OWD_TO, "Tripathi Clinic SEO Retainer रद्द करें - OWD-2025-572", d(2025, 9, 30, 13, 30),
        "महोदय,\n\nकृपया Tripathi Clinic SEO Retainer (बिल OWD-2025-572) रद्द करने का कष्ट करें।\n\nधन्यवाद सहित,\nडॉ. अरुण त्रिपाठी\nत्रिपाठी क्लिनिक, कानपुर\n")
case("o18-cancel-no-reason", [f], OWD, "need_info",
     "Section 8: Optima requires a reason for cancellations; courtesy and signature are not reasons; project and invoice given: missing [reason].",
     missing=["reason"])

# o19 thread: refund without reason, reason given later
owd_proj("Kohli Interiors Portfolio", "neha@kohliinteriors.in", None)
owd_pay("hi_o281", "OWD-2025-582", "Kohli Interiors Portfolio", "deposit", "18000.00", "2025-09-29T20:00:00", tax="3240.00")
f1 = eml("o19", 1, "Neha Kohli <neha@kohliinteriors.in>", OWD_TO, "Refund Request — Kohli Interiors Portfolio / OWD-2025-582", d(2025, 9, 30, 9, 0),
         "Hello, please refund the deposit for Kohli Interiors Portfolio, invoice OWD-2025-582.\nRegards, Neha Kohli\n")
f2 = eml("o19", 2, "Neha Kohli <neha@kohliinteriors.in>", OWD_TO, "Re: Refund Request — Kohli Interiors Portfolio / OWD-2025-582 [OWD-3371]", d(2025, 10, 1, 8, 30),
         "Reason ye hai ki mere partner ne already ek freelancer ko website ka kaam de diya tha, mujhe pata nahi tha. Isliye deposit wapas chahiye.\n\n"
         "> Please share the reason for your refund request.\n", reply_to_first=True)
case("o19-thread-reason", [f1, f2], OWD, "decided",
     "C3 thread: reason asked then answered. Request time = first email 2025-09-30 09:00, 13 h after payment 2025-09-29 20:00 (the answer at 36.5 h is inside too), no work: O2 approve 18000.00.",
     decisions=[dec("refund", "approve", "18000.00")])

# o20 how-to -> other
owd_proj("Bedi Opticals Site", "bedi.opticals@bediopt.in", "2025-06-01T10:00:00")
f = eml("o20", 1, "Bedi Opticals <bedi.opticals@bediopt.in>", OWD_TO, "banner change kaise kare", d(2025, 9, 29, 17, 0),
        "Hi team, Bedi Opticals Site pe Diwali offer ka naya banner khud kaise lagayein? Admin panel me kaunsa option hai? Thoda guide kar dijiye.\n")
case("o20-howto", [f], OWD, "other", "How-to question, neither refund nor cancellation: other.")

# o21 bulk mail
f = eml("o21", 1, "Hosting Deals <offers@hostdeals.example>", OWD_TO, "दिवाली ऑफर: होस्टिंग पर 60% छूट, refund guarantee", d(2025, 9, 30, 7, 0),
        "दिवाली धमाका! सभी होस्टिंग प्लान पर 60% छूट, 30 दिन में पूरा refund guarantee. अभी खरीदें.\nUnsubscribe: https://hostdeals.example/u\n",
        headers={"Precedence": "bulk", "List-Id": "Host Deals <offers.hostdeals.example>"})
case("o21-bulk-promo", [f], OWD, "ignore", "C7: Precedence: bulk + List-Id -> ignore.", rules=["C7"])

# o22 forward from son naming father's contract email
owd_proj("Khanna Auto Parts Site", "rk.khanna@khannaauto.in", "2025-09-01T10:00:00")
owd_pay("hi_o301", "OWD-2025-602", "Khanna Auto Parts Site", "retainer", "9500.00", "2025-09-18T10:00:00", tax="1710.00",
        next_billing_at="2025-10-18T00:00:00", ps="2025-09-18", pe="2025-10-17")
f = eml("o22", 1, "Aman Khanna <aman.khanna07@gmail.com>", OWD_TO, "Fwd: website retainer", d(2025, 9, 29, 21, 0),
        "Papa ka message neeche hai, please dekh lijiye.\n\n---------- Forwarded message ---------\nFrom: R K Khanna <rk.khanna@khannaauto.in>\n"
        "Date: Mon, Sep 29, 2025 at 8:15 PM\nSubject: website retainer\nTo: Aman Khanna <aman.khanna07@gmail.com>\n\n"
        "Beta, Optima wale retainer (Khanna Auto Parts Site, OWD-2025-602) ko band karwa do. Contract mere email rk.khanna@khannaauto.in pe hai. "
        "Dukaan ka online order aata hi nahi, faltu kharcha hai.\n")
case("o22-c2-forward-son", [f], OWD, "need_info",
     "Forward names contract email rk.khanna@khannaauto.in; sender aman.khanna07@gmail.com is another address: C2 (section 8 'Forwards').",
     rules=["C2"])

# o23 change request, HTML only
owd_proj("Arora Packers Website", "ops@arorapackers.in", "2025-07-01T10:00:00")
owd_pay("hi_o311", "OWD-2025-612", "Arora Packers Website", "change_request", "7500.00", "2025-09-22T10:00:00", tax="1350.00")
f = eml("o23", 1, "Arora Packers <ops@arorapackers.in>", OWD_TO, "CR ka refund", d(2025, 9, 26, 15, 0),
        "<html><body><p>Namaste,</p><p>Arora Packers Website pe jo <b>quote calculator</b> ka change request (OWD-2025-612) karwaya tha, "
        "wo hum ab use nahi karenge &mdash; customers phone pe hi quote lete hain. Uska paisa wapas kar dijiye.</p><p>Regards,<br>Ops Team, Arora Packers</p></body></html>",
        html=True)
case("o23-change-request-html", [f], OWD, "decided", "HTML-only; O6: change_request never refundable: deny.",
     decisions=[dec("refund", "deny")])


# l23 Hindi-locale Gmail forward of the customer's own earlier mail (same registered address)
lo_cust("seema.rathore@rathorehandloom.in", "Seema Rathore", "quarterly", "2025-08-18", "2025-11-17")
lo_pay("hi_p321", "LO-INV-52321", "seema.rathore@rathorehandloom.in", "quarterly", "5997.00", "2025-08-18T10:00:00", "2025-08-18", "2025-11-17")
f = eml("l23", 1, "Seema Rathore <seema.rathore@rathorehandloom.in>", LO_TO, "Fwd: प्लान बंद करना है", d(2025, 9, 30, 18, 30),
        "पिछला मेल दोबारा भेज रही हूँ, अभी तक जवाब नहीं आया।\n\n---------- अग्रेषित संदेश ---------\n"
        "प्रेषक: Seema Rathore <seema.rathore@rathorehandloom.in>\nतारीख: शुक्र, 26 सित॰ 2025 को 4:10 pm बजे\nविषय: प्लान बंद करना है\n"
        "प्रति: <support@leadsoptima.com>\n\n\nनमस्ते, हमारा quarterly plan अगली बार renew मत कीजिए, cancel कर दीजिए। हैंडलूम का काम अब "
        "exhibitions से ही चलता है, online leads की ज़रूरत नहीं रही।\nसीमा\n")
case("l23-hindi-gmail-forward-own", [f], LO, "decided",
     "Forward (Hindi Gmail markers) from the registered address of the customer's own request, no other address named: not C2; L8 cancel, effective current_period_end 2025-11-17.",
     decisions=[dec("cancellation", "cancel", effective_date="2025-11-17")])

# o24 Hindi-locale Outlook forward from the contract email, deposit after 72 h
owd_proj("Vyas Handicrafts Export Site", "export@vyashandicrafts.in", None)
owd_pay("hi_o321", "OWD-2025-622", "Vyas Handicrafts Export Site", "deposit", "22000.00", "2025-09-24T16:00:00", tax="3960.00")
f = eml("o24", 1, "Vyas Handicrafts <export@vyashandicrafts.in>", OWD_TO, "FW: Deposit refund - Vyas Handicrafts Export Site", d(2025, 9, 27, 17, 0),
        "कृपया नीचे देखें, हमारी अकाउंट्स टीम ने गलती से पुराने पते पर भेज दिया था।\n\n________________________________\n"
        "प्रेषक: Vyas Handicrafts <export@vyashandicrafts.in>\nभेजा गया: शुक्रवार, 26 सितंबर 2025 11:05 AM\nप्रति: info@optima-webdesign.example\n"
        "विषय: Deposit refund - Vyas Handicrafts Export Site\n\nNamaste, Vyas Handicrafts Export Site ka deposit (OWD-2025-622) wapas chahiye. "
        "US buyer ne order cancel kar diya hai, isliye export website abhi nahi banwani.\n")
case("o24-hindi-outlook-forward-73h", [f], OWD, "decided",
     "Request time is this email's Date (section 1): paid 2025-09-24 16:00, request 2025-09-27 17:00 = 73 h >= 72 h: O2 deny. (The forwarded copy of 2025-09-26 went to another address, not to this mailbox; it would be 43 h, so a bot that dates the case from the forwarded text would approve.)",
     decisions=[dec("refund", "deny")])


# l24 Devanagari duplicate claim, ledger shows one charge
lo_cust("usha.verma@vermastationers.in", "Usha Verma", "monthly", "2025-09-26", "2025-10-25")
lo_pay("hi_p331", "LO-INV-52331", "usha.verma@vermastationers.in", "monthly", "999.00", "2025-09-26T14:00:00", "2025-09-26", "2025-10-25")
f = eml("l24", 1, "उषा वर्मा <usha.verma@vermastationers.in>", LO_TO, "एक ही महीने का दो बार भुगतान?", d(2025, 9, 28, 12, 30),
        "नमस्ते,\n\nमेरे पति ने भी UPI से ₹999 भेज दिए और मैंने भी कार्ड से भर दिए, यानी इस महीने का भुगतान दो बार हो गया है। "
        "मेरी रसीद LO-INV-52331 है। जो ज़्यादा गया है वह वापस कर दीजिए।\n\nउषा वर्मा\nवर्मा स्टेशनर्स\n")
case("l24-dup-no-pair", [f], LO, "decided",
     "L2 duplicate_payment inside L3 (day 2) but the ledger holds one charge for the account: L4 'No such pair in the ledger: escalate'.",
     decisions=[dec("refund", "escalate")])

# l25 Reply-To does not verify
lo_cust("gaurav.mittal@mittalclinic.in", "Gaurav Mittal", "annual", "2025-01-20", "2026-01-19")
lo_pay("hi_p341", "LO-INV-52341", "gaurav.mittal@mittalclinic.in", "annual", "11988.00", "2025-01-20T10:00:00", "2025-01-20", "2026-01-19")
f = eml("l25", 1, "Gaurav <gauravmittal.doc@rediffmail.com>", LO_TO, "plan cancel", d(2025, 9, 29, 8, 0),
        "Hello ji, annual plan cancel kar dijiye, clinic ka naya software sab kuch kar deta hai. Reply clinic wale mail pe bhejna.\nDr Gaurav Mittal\n",
        headers={"Reply-To": "Gaurav Mittal <gaurav.mittal@mittalclinic.in>"})
case("l25-c2-replyto", [f], LO, "need_info",
     "Section 8: the sender is the From address (rediffmail), Reply-To never verifies anyone: C2.",
     rules=["C2"])

# o25 deposit with status disputed, no threat words
owd_proj("Goel Coaching Admissions Site", "admin@goelcoaching.in", None)
owd_pay("hi_o331", "OWD-2025-632", "Goel Coaching Admissions Site", "deposit", "16000.00", "2025-09-29T12:00:00", tax="2880.00", status="disputed")
f = eml("o25", 1, "Goel Coaching <admin@goelcoaching.in>", OWD_TO, "Refund Request — Goel Coaching Admissions Site / OWD-2025-632", d(2025, 9, 30, 12, 0),
        "Namaste, Goel Coaching Admissions Site ka project hum abhi nahi karenge, admissions season khatam ho gaya. Deposit OWD-2025-632 wapas kar dijiye.\n"
        "Goel Sir\n")
case("o25-payment-disputed", [f], OWD, "decided",
     "Payment status 'disputed' (not paid): section 8 'a refund of one is escalated'. The email itself has no dispute words.",
     decisions=[dec("refund", "escalate")])

# o26 discovery with work scheduled after the request
owd_proj("Dubey Organic Farms Brand", "dubey.farms@dubeyorganic.in", "2025-10-03T11:00:00")
owd_pay("hi_o341", "OWD-2025-642", "Dubey Organic Farms Brand", "discovery", "9000.00", "2025-09-22T10:00:00", tax="1620.00")
f = eml("o26", 1, "Dubey Organic <dubey.farms@dubeyorganic.in>", OWD_TO, "discovery workshop cancel + refund", d(2025, 9, 30, 15, 0),
        "Namaste, 3 October wala discovery workshop (Dubey Organic Farms Brand, OWD-2025-642) cancel kar dijiye. Fasal kharab hone se budget nahi bacha. "
        "Fees wapas kar dijiye.\nRamkishan Dubey\n")
case("o26-discovery-scheduled-later", [f], OWD, "decided",
     "O1: work_started_at 2025-10-03 11:00 is later than the request 2025-09-30: no session started, approve 9000.00.",
     decisions=[dec("refund", "approve", "9000.00")], extra_ok=True)

(HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                             ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(cases), "cases")
