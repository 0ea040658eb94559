"""Fresh round 2, Hindi / Hinglish: writes ledger.json, emails/*.eml, expected.json here.
Written by QA pass qa2c from POLICY_SPEC.md alone. MIT licence. Deterministic (no randomness)."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "billing@optimawebdesign.com"
LANG = "hi"

customers, projects, payments, cases = [], [], [], []


def cust(email, name, plan, start, end, status="active"):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": None, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def owdpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    p = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
         "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
         "setup_fee": None, "service_start": None, "next_billing_at": None,
         "period_start": None, "period_end": None, "milestone_status": None}
    p.update(kw)
    payments.append(p)


def mail(name, frm, to, subject, when, body, html=None, headers=None, reply_to_id=None, msgid=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    y, mo, d, h, mi = when
    m["Date"] = format_datetime(datetime(y, mo, d, h, mi, tzinfo=IST))
    m["Message-ID"] = msgid or f"<{name}@mail.example.in>"
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    (HERE / "emails").mkdir(exist_ok=True)
    (HERE / "emails" / f"{name}.eml").write_bytes(m.as_bytes())
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, ambiguous=None, extra_ok=False):
    c = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules),
         "decisions": decisions, "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


# 1 duplicate, Hinglish, sloppy invoice
cust("rohit.khanna84@gmail.com", "Rohit Khanna", "monthly", "2025-09-24", "2025-10-23")
lopay("hi_p01a", "LO-INV-85001", "rohit.khanna84@gmail.com", "monthly", "999.00", "179.82", "2025-09-24T08:02:00", "2025-09-24", "2025-10-23")
lopay("hi_p01b", "LO-INV-85002", "rohit.khanna84@gmail.com", "monthly", "999.00", "179.82", "2025-09-24T08:04:00", "2025-09-24", "2025-10-23")
f = mail("hi-l01", "Rohit Khanna <rohit.khanna84@gmail.com>", LO, "payment 2 baar cut gaya!!", (2025, 9, 27, 21, 14),
         "Hi team,\n\nmera monthly plan ka payment 24 sept ko do baar kat gaya hai, dono baar Rs 1178.82 card se gaya. "
         "Bank statement me clearly 2 entries dikh rahi hai 2 min ke gap me.\nDusra wala invoice hai lo inv 85002, "
         "please uska refund kar do.\n\nThanks\nRohit\nSent from my iPhone\n")
case("f2hi-l01-dup-inside", [f], "leadsoptima", "decided", [{"intent": "refund", "outcome": "approve", "amount": "999.00"}],
     "L2 duplicate ('do baar kat gaya'); two paid monthly charges 999.00 same period 2025-09-24; request 2025-09-27 is day 3 <= 7 (L3); "
     "L4 approve the duplicate's amount before tax 999.00 (C6; tax 179.82 kept). Invoice 'lo inv 85002' = LO-INV-85002 (section 8).")

# 2 duplicate, Devanagari, day 9 -> deny
cust("sunita.verma.hr@outlook.com", "Sunita Verma", "quarterly", "2025-09-10", "2025-12-09")
lopay("hi_p02a", "LO-INV-85003", "sunita.verma.hr@outlook.com", "quarterly", "2697.00", "485.46", "2025-09-10T12:30:00", "2025-09-10", "2025-12-09")
lopay("hi_p02b", "LO-INV-85004", "sunita.verma.hr@outlook.com", "quarterly", "2697.00", "485.46", "2025-09-10T12:31:00", "2025-09-10", "2025-12-09")
f = mail("hi-l02", "Sunita Verma <sunita.verma.hr@outlook.com>", LO, "दो बार पैसे कटे - रिफंड चाहिए", (2025, 9, 19, 11, 5),
         "नमस्ते,\n\nमेरे quarterly प्लान के लिए 10 सितंबर को दो बार पैसे कट गए हैं। इनवॉइस LO-INV-85004 वाला दूसरा चार्ज है, "
         "कृपया उसका रिफंड कर दीजिए। मैं बाहर गई हुई थी इसलिए अभी देखा।\n\nधन्यवाद,\nसुनीता वर्मा\n")
case("f2hi-l02-dup-day9", [f], "leadsoptima", "decided", [{"intent": "refund", "outcome": "deny"}],
     "L2 duplicate ('दो बार पैसे कट गए'); charge 2025-09-10 is day 0, request 2025-09-19 is day 9 > 7: L3 deny.")

# 3 negation: refund nahi chahiye, cancel
cust("ankit.jain.ca@yahoo.co.in", "Ankit Jain", "quarterly", "2025-08-15", "2025-11-14")
lopay("hi_p03", "LO-INV-85005", "ankit.jain.ca@yahoo.co.in", "quarterly", "2697.00", "485.46", "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
f = mail("hi-l03", "Ankit Jain <ankit.jain.ca@yahoo.co.in>", LO, "subscription band karna hai", (2025, 9, 22, 16, 40),
         "Hello LeadsOptima,\n\nMujhe refund nahi chahiye, bas mera quarterly subscription cancel kar dijiye. Aage se renew nahi "
         "hona chahiye. Humari firm ab dusra CRM use kar rahi hai.\n\nRegards,\nCA Ankit Jain\nJain & Associates, Indore\n")
case("f2hi-l03-neg-cancel", [f], "leadsoptima", "decided", [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-11-14"}],
     "Section 8 negation: 'refund nahi chahiye' adds no refund intent. L8 cancel, effective = current_period_end 2025-11-14.")

# 4 changed mind -> L1 deny
cust("meenakshi.iyer@rediffmail.com", "Meenakshi Iyer", "monthly", "2025-09-25", "2025-10-24")
lopay("hi_p04", "LO-INV-85006", "meenakshi.iyer@rediffmail.com", "monthly", "1499.00", "269.82", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
f = mail("hi-l04", "Meenakshi Iyer <meenakshi.iyer@rediffmail.com>", LO, "refund for LO-INV-85006", (2025, 9, 28, 10, 20),
         "Hi,\n\nMonthly plan ka auto-renew ho gaya 25 ko (invoice LO-INV-85006). Sach bolun toh is mahine use karne ka time hi nahi "
         "milega, office me bahut kaam hai. Please paise wapas kar do, 1499 bahut hai mere liye.\n\nMeenakshi\n")
case("f2hi-l04-unused-deny", [f], "leadsoptima", "decided", [{"intent": "refund", "outcome": "deny"}],
     "Reason 'no time to use it' is not an L2 exception: L1 deny (cancellation offered), though inside 7 days (day 3).")

# 5 access failure -> escalate L6
cust("vikas.support@shreeganeshtraders.in", "Vikas Agarwal", "annual", "2025-09-26", "2026-09-25")
lopay("hi_p05", "LO-INV-85007", "vikas.support@shreeganeshtraders.in", "annual", "11988.00", "2157.84", "2025-09-26T14:00:00", "2025-09-26", "2026-09-25")
f = mail("hi-l05", "Vikas Agarwal <vikas.support@shreeganeshtraders.in>", LO, "Login nahi ho raha - annual plan", (2025, 9, 30, 9, 45),
         "Sir/Madam,\n\nAnnual plan liya 26 sept ko (₹11,988 + GST, inv LO-INV-85007) lekin tab se dashboard login nahi ho raha, "
         "password reset bhi kar liya, 'something went wrong' aata hai. Aapke chat pe bhi 2 baar bola, koi solution nahi. "
         "Mujhe ab ye tool nahi chahiye, please poora refund kar dijiye.\n\nVikas Agarwal\nShree Ganesh Traders\n")
case("f2hi-l05-access-escalate", [f], "leadsoptima", "decided", [{"intent": "refund", "outcome": "escalate"}],
     "L2 access_failure ('login nahi ho raha'); charge 2025-09-26, request 2025-09-30 day 4 <= 7; L6 escalate (support verifies). "
     "'Mujhe ab ye tool nahi chahiye' may be read as a wish to cancel; the spec does not settle it, so an extra cancellation "
     "decision is tolerated (extra_ok).", extra_ok=True)

# 6 C2: gmail sender names another registered email (Devanagari+English)
cust("accounts@patelfabrics.co.in", "Harish Patel", "monthly", "2025-09-20", "2025-10-19")
lopay("hi_p06", "LO-INV-85008", "accounts@patelfabrics.co.in", "monthly", "999.00", "179.82", "2025-09-20T11:00:00", "2025-09-20", "2025-10-19")
f = mail("hi-l06", "Harish Patel <harishpatel1971@gmail.com>", LO, "account cancel", (2025, 9, 23, 19, 0),
         "नमस्ते जी,\n\nहमारा अकाउंट accounts@patelfabrics.co.in पर रजिस्टर्ड है, monthly plan. उसे cancel करना है, "
         "बिज़नेस में अब ज़रूरत नहीं है। यह मेरा personal mail है, office वाला अभी खुल नहीं रहा।\n\nहरीश पटेल\n")
case("f2hi-l06-c2-other-address", [f], "leadsoptima", "need_info", [],
     "C2: sender harishpatel1971@gmail.com is not the stated registered email accounts@patelfabrics.co.in: need_info asking to write "
     "from the address on record, nothing about the account (worked example 5).", rules=["C2"])

# 7 C4 consumer court, billing error
cust("deepak.rawat.uk@gmail.com", "Deepak Rawat", "monthly", "2025-09-18", "2025-10-17")
lopay("hi_p07", "LO-INV-85009", "deepak.rawat.uk@gmail.com", "annual", "11988.00", "2157.84", "2025-09-18T07:30:00", "2025-09-18", "2026-09-17")
f = mail("hi-l07", "Deepak Rawat <deepak.rawat.uk@gmail.com>", LO, "GALAT PLAN CHARGE - LO-INV-85009", (2025, 9, 22, 13, 10),
         "Maine monthly plan liya tha, aapne annual ka 11988 + GST kaat liya bina puche. Ye galat charge hai. 2 din me paise wapas "
         "nahi aaye toh consumer court me complaint karunga, saare screenshots mere paas hai.\n\nDeepak Rawat\nDehradun\n")
case("f2hi-l07-c4-court", [f], "leadsoptima", "decided", [{"intent": "refund", "outcome": "escalate"}],
     "C4: 'consumer court' threat -> escalate (the reason is also an L2 billing_error inside the window, L5 escalate either way).", rules=["C4"])

# 8 C7 auto-reply in Hindi
f = mail("hi-c7", "Neha Sharma <neha.sharma@kapoorexports.in>", LO, "स्वचालित उत्तर: Re: Your LeadsOptima invoice", (2025, 9, 29, 8, 0),
         "नमस्ते, मैं 6 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए रमेश जी से संपर्क करें: 98xxxxxx10.\n"
         "I am on leave till 6 Oct, limited access to email.\n", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case("f2hi-c7-ooo", [f], "leadsoptima", "ignore", [], "C7: Auto-Submitted: auto-replied -> ignore, never answered.", rules=["C7"])

# 9 past event: cancelled then charged -> billing error escalate L5
cust("pooja.malhotra@gmail.com", "Pooja Malhotra", "monthly", "2025-09-21", "2025-10-20", status="cancelled")
lopay("hi_p09", "LO-INV-85010", "pooja.malhotra@gmail.com", "monthly", "1499.00", "269.82", "2025-09-21T06:00:00", "2025-09-21", "2025-10-20")
f = mail("hi-l08", "Pooja Malhotra <pooja.malhotra@gmail.com>", LO, "cancel karne ke baad bhi charge", (2025, 9, 24, 12, 12),
         "Hi,\n\nMaine 17 September ko hi Billing me jaake plan cancel kar diya tha, confirmation mail bhi aaya tha. Fir bhi 21 ko "
         "₹1,768.82 kat gaye (LO-INV-85010), mera monthly plan. Ye charge after I cancelled hai, please refund karo.\n\nPooja\n")
case("f2hi-l08-charged-after-cancel", [f], "leadsoptima", "decided", [{"intent": "refund", "outcome": "escalate"}],
     "L2 billing_error ('charged after I cancelled', past cancellation is not a new cancellation request); day 3 <= 7; L5 escalate.")

# 10 OWD deposit inside 72h
proj("Saraswati Coaching Website", "director@saraswaticlasses.in")
owdpay("hi_o01", "OWD-2025-8501", "Saraswati Coaching Website", "deposit", "25000.00", "4500.00", "2025-09-22T11:00:00")
f = mail("hi-o01", "Saraswati Classes <director@saraswaticlasses.in>", OWD, "Refund Request — Saraswati Coaching Website / OWD-2025-8501",
         (2025, 9, 24, 9, 30),
         "Namaste Optima team,\n\nHumne 22 tareekh ko Saraswati Coaching Website ke liye ₹29,500 (25,000 + GST) advance diya tha, "
         "invoice OWD-2025-8501. Trust ki meeting me decide hua ki website ka kaam abhi next session tak ruk jayega, budget "
         "approve nahi hua. Kaam shuru nahi hua hai, toh advance refund kar dijiye.\n\nDhanyavaad\nR. K. Mishra, Director\n")
case("f2hi-o01-deposit-46h", [f], "optima_webdesign", "decided", [{"intent": "refund", "outcome": "approve", "amount": "25000.00"}],
     "O2: deposit paid 2025-09-22 11:00, request 2025-09-24 09:30 = 46.5 h < 72 h, work not started: approve 25000.00 before tax (C6).")

# 11 OWD hosting annual, Devanagari, O5
proj("Annapurna Sweets Online", "owner@annapurnasweets.in")
owdpay("hi_o02", "OWD-2025-8502", "Annapurna Sweets Online", "hosting_annual", "18000.00", "3240.00", "2025-09-18T15:00:00",
       setup_fee="2400.00", service_start="2025-09-20")
f = mail("hi-o02", "Annapurna Sweets <owner@annapurnasweets.in>", OWD, "होस्टिंग प्लान रिफंड - Annapurna Sweets Online", (2025, 9, 29, 18, 25),
         None, html="<html><body><p>नमस्कार,</p><p>Annapurna Sweets Online के लिए हमने सालाना hosting लिया था (इनवॉइस OWD-2025-8502)। "
         "हमारे बेटे ने Shopify पर दुकान बना ली है, इसलिए आपकी hosting की ज़रूरत नहीं रही। नियम के हिसाब से जितना बनता है उतना "
         "रिफंड कर दीजिए।</p><p>सादर,<br>गोपाल अग्रवाल</p></body></html>")
case("f2hi-o02-hosting-prorate", [f], "optima_webdesign", "decided", [{"intent": "refund", "outcome": "approve", "amount": "14300.00"}],
     "O5: service_start 2025-09-20, request 2025-09-29 = day 9 <= 14; monthly_value = (18000-2400)/12 = 1300; consumed 1; "
     "refund 18000-2400-1300 = 14300.00. A cancellation decision (the refund ends the plan) is tolerated.", extra_ok=True)

# 12 OWD retainer, <7 days notice
proj("Kisan Mandi App Maintenance", "it@kisanmandi.co.in")
owdpay("hi_o03", "OWD-2025-8503", "Kisan Mandi App Maintenance", "retainer", "40000.00", "7200.00", "2025-09-05T10:00:00",
       period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T10:00:00")
f = mail("hi-o03", "Kisan Mandi IT <it@kisanmandi.co.in>", OWD, "retainer cancel - Kisan Mandi App Maintenance", (2025, 9, 30, 17, 50),
         "Hi Optima team,\n\nKisan Mandi App Maintenance ka monthly retainer (last invoice OWD-2025-8503) band karna hai. "
         "Humne in-house developer hire kar liya hai toh ab maintenance wo hi dekhega. Refund nahi maang rahe, bas agla billing "
         "mat karna.\n\nThanks,\nSandeep Yadav\nIT Head\n")
case("f2hi-o03-retainer-short-notice", [f], "optima_webdesign", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-11-04"}],
     "O4/O8: next_billing_at 2025-10-05; notice cut-off 2025-09-28; request 2025-09-30 is after it: next cycle "
     "(2025-10-05..2025-11-04) is billed, effective = 2025-11-04. 'Refund nahi maang rahe' adds no refund intent.",
     ambiguous="The next cycle's end assumes a monthly cycle equal in length to the paid period (2025-09-05..2025-10-04); the ledger has no explicit next period end.")

# 13 OWD milestone in progress -> escalate
proj("Vaidya Ayurveda Portal", "contact@vaidyaayurveda.in")
owdpay("hi_o04", "OWD-2025-8504", "Vaidya Ayurveda Portal", "milestone", "35000.00", "6300.00", "2025-09-12T12:00:00",
       milestone_status="in_progress")
f = mail("hi-o04", "Dr. Vaidya <contact@vaidyaayurveda.in>", OWD, "Milestone 2 refund", (2025, 9, 26, 11, 15),
         "नमस्ते,\n\nVaidya Ayurveda Portal का milestone 2 (OWD-2025-8504, ₹35,000 + GST) का पेमेंट हमने किया था। "
         "डिज़ाइन हमें पसंद नहीं आ रहा और टाइमलाइन भी दो हफ्ते पीछे चल रही है। इस milestone का पैसा वापस चाहिए।\n\n"
         "डॉ. अरुण वैद्य\n")
case("f2hi-o04-milestone-inprogress", [f], "optima_webdesign", "decided", [{"intent": "refund", "outcome": "escalate"}],
     "O3: milestone_status in_progress -> escalate (billable value of work not started needs a person).")

# 14 OWD third-party domain -> deny O6
proj("Gupta Jewellers Site", "gupta.jewellers.jaipur@gmail.com", started="2025-08-01T10:00:00")
owdpay("hi_o05", "OWD-2025-8505", "Gupta Jewellers Site", "third_party", "1850.00", "333.00", "2025-09-25T10:00:00")
f = mail("hi-o05", "Gupta Jewellers <gupta.jewellers.jaipur@gmail.com>", OWD, "domain ka refund", (2025, 9, 27, 12, 0),
         "Hello,\n\nGupta Jewellers Site ke liye aapne .in domain renew kiya aur ₹1850 + GST ka bill bheja (OWD 2025 8505). "
         "Humne toh bola tha ki domain hum khud GoDaddy se le lenge. Ye renewal humein nahi chahiye tha, refund kijiye.\n\n"
         "Manoj Gupta\n")
case("f2hi-o05-domain-deny", [f], "optima_webdesign", "decided", [{"intent": "refund", "outcome": "deny"}],
     "O6: kind third_party (domain) is never refundable: deny citing Non-refundable items. Invoice 'OWD 2025 8505' = OWD-2025-8505.")

# 15 OWD thread: cancel without reason, then reason (retainer, >=7 days notice)
proj("Ganga Tours SEO", "marketing@gangatours.in")
owdpay("hi_o06", "OWD-2025-8506", "Ganga Tours SEO", "retainer", "15000.00", "2700.00", "2025-09-15T10:00:00",
       period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T10:00:00")
f1 = mail("hi-o06a", "Ganga Tours <marketing@gangatours.in>", OWD, "Ganga Tours SEO retainer cancel", (2025, 9, 26, 10, 0),
          "Hi,\n\nGanga Tours SEO retainer (OWD-2025-8506) cancel kar dijiye please. Kindly do the needful.\n\nRegards\nAmit\n",
          msgid="<hi-o06a@gangatours.in>")
f2 = mail("hi-o06b", "Ganga Tours <marketing@gangatours.in>", OWD, "Re: Ganga Tours SEO retainer cancel", (2025, 9, 27, 9, 20),
          "Reason: season khatam ho gaya hai aur 3 mahine me leads bilkul nahi aaye, isliye SEO band kar rahe hain.\n\nAmit\n\n"
          "> Please tell us the reason for the cancellation.\n", reply_to_id="<hi-o06a@gangatours.in>")
case("f2hi-o06-thread-reason", [f1, f2], "optima_webdesign", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-14"}],
     "Section 8: OWD requires a reason for cancellations; first email has none ('do the needful' is not a reason) -> asked; answer merged (In-Reply-To). "
     "Request time = first email 2025-09-26 <= 2025-10-15 minus 7 = 2025-10-08: O4 cancel, effective the day before next_billing_at = 2025-10-14.")

# 16 hypothetical -> other
proj("Shubh Vivah Matrimony", "founder@shubhvivah.in")
f = mail("hi-h01", "Shubh Vivah <founder@shubhvivah.in>", OWD, "refund policy ke baare me sawal", (2025, 9, 25, 15, 30),
         "Hi,\n\nHum aapke saath matrimony website banwane ka soch rahe hain. Ek sawal tha: agar 50% advance dene ke baad design "
         "pasand nahi aaya, toh kya refund milega? Aur kitne din me? Abhi koi payment nahi kiya hai, bas clarity chahiye.\n\nThanks\n")
case("f2hi-h01-hypothetical", [f], "optima_webdesign", "other", [],
     "Section 8: a hypothetical ('agar ... pasand nahi aaya toh kya refund milega?') before buying is a policy question: other.")

# 17 forward by assistant, request names registered email -> C2
cust("ca.nitin.bansal@bansalco.in", "Nitin Bansal", "annual", "2025-03-01", "2026-02-28")
lopay("hi_p17", "LO-INV-85011", "ca.nitin.bansal@bansalco.in", "annual", "11988.00", "2157.84", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
f = mail("hi-h02", "Office Bansal & Co <office.bansalco@gmail.com>", LO, "Fwd: LeadsOptima band karo", (2025, 9, 29, 11, 40),
         "Please see below, sir ne bola hai forward karne ko. Do the needful.\n\n"
         "---------- Forwarded message ---------\nFrom: Nitin Bansal <ca.nitin.bansal@bansalco.in>\nDate: Mon, 29 Sept 2025 at 10:05\n"
         "Subject: LeadsOptima band karo\nTo: Office Bansal & Co <office.bansalco@gmail.com>\n\n"
         "LeadsOptima ka annual plan cancel karwa do, registered email ca.nitin.bansal@bansalco.in hai. Renewal nahi chahiye, "
         "team use nahi karti.\n\nCA Nitin Bansal\n")
case("f2hi-h02-fwd-c2", [f], "leadsoptima", "need_info", [],
     "Section 8 forwards: the forwarded request names registered email ca.nitin.bansal@bansalco.in, sender is office.bansalco@gmail.com: C2 need_info.",
     rules=["C2"])

ledger = {"customers": customers, "projects": projects, "payments": payments}
(HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(cases), "cases")
