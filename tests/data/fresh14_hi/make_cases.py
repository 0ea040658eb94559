"""fresh14_hi: held-out Hindi / Hinglish cases for mailbot (QA pass, written from POLICY_SPEC.md alone). MIT licence."""
# ---- shared scaffold (stdlib only) ----
import json, os, shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
BRAND = {LO: "leadsoptima", OWD: "optima_webdesign", "billing@optimawebdesign.com": "optima_webdesign",
         "billing@leadsoptima.com": "leadsoptima"}

def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))

def T(s, z=IST):
    """'2025-09-24 10:15' in zone z."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=z)

CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []

def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    CUSTOMERS.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})

def lpay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    PAYMENTS.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})

def proj(name, email, started=None):
    PROJECTS.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})

def opay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
         next_billing_at=None, ps=None, pe=None, milestone_status=None):
    PAYMENTS.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})

def E(frm, subject, body, when, to=LO, html=None, headers=None, reply_to=None):
    return dict(frm=frm, subject=subject, body=body, when=when, to=to, html=html, headers=headers or {},
                reply_to=reply_to)

def case(cid, emails, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None, extra_ok=False, brand="auto"):
    if isinstance(emails, dict):
        emails = [emails]
    CASES.append(dict(cid=cid, emails=emails, status=status, decisions=list(decisions), rules=list(rules),
                      missing=missing, spec=spec, ambiguous=ambiguous, extra_ok=extra_ok, brand=brand))

def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d

def build(lang):
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    exp = []
    for c in CASES:
        files, first_id, prev_ids = [], None, []
        for n, e in enumerate(c["emails"]):
            m = EmailMessage(policy=SMTP)
            m["From"] = e["frm"]
            m["To"] = e["to"]
            m["Date"] = format_datetime(e["when"])
            dom = e["frm"].rsplit("@", 1)[-1].strip(">").strip() or "example.invalid"
            mid = "<%s.%d.%s@%s>" % (c["cid"], n, e["when"].strftime("%Y%m%d%H%M"), dom)
            m["Message-ID"] = mid
            subj = e["subject"]
            if n > 0:
                to_dom = e["to"].rsplit("@", 1)[-1]
                ours = "<reply.%s.%d@%s>" % (c["cid"], n, to_dom)
                m["In-Reply-To"] = ours
                m["References"] = " ".join(prev_ids + [ours])
            if e["reply_to"]:
                m["Reply-To"] = e["reply_to"]
            m["Subject"] = subj
            for k, v in e["headers"].items():
                m[k] = v
            if e["html"] is not None and e["body"] is None:
                m.set_content(e["html"], subtype="html")
            else:
                m.set_content(e["body"])
                if e["html"] is not None:
                    m.add_alternative(e["html"], subtype="html")
            prev_ids.append(mid)
            fn = "emails/%s%s.eml" % (c["cid"].split("-", 1)[1], "" if len(c["emails"]) == 1 else "-%d" % (n + 1))
            with open(os.path.join(HERE, fn), "wb") as f:
                f.write(m.as_bytes(policy=SMTP))
            files.append(fn)
        brand = c["brand"]
        if brand == "auto":
            brand = BRAND.get(c["emails"][0]["to"])
        x = {"id": c["cid"], "lang": lang, "files": files, "brand": brand, "status": c["status"],
             "rules": c["rules"]}
        if c["missing"] is not None:
            x["missing"] = c["missing"]
        x["decisions"] = c["decisions"]
        if c["extra_ok"]:
            x["extra_ok"] = True
        x["spec"] = c["spec"]
        if c["ambiguous"]:
            x["ambiguous"] = c["ambiguous"]
        exp.append(x)
    ids = [p["id"] for p in PAYMENTS]
    invs = [p["invoice"] for p in PAYMENTS]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "duplicate ids/invoices"
    assert len({c["id"] for c in exp}) == len(exp)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": exp}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(exp), "cases")
# ---- end scaffold ----

GST = tz(4)  # Dubai
BST = tz(1)

# =================== LeadsOptima ===================
# l01 duplicate, Devanagari, annual
cust("meenakshi.trivedi@gmail.com", "Meenakshi Trivedi", "annual", "2025-09-24", "2026-09-23")
lpay("pay_hi_7001", "LO-INV-70401", "meenakshi.trivedi@gmail.com", "annual", "11988.00", "2157.84", "2025-09-24T11:02:00", "2025-09-24", "2026-09-23")
lpay("pay_hi_7002", "LO-INV-70402", "meenakshi.trivedi@gmail.com", "annual", "11988.00", "2157.84", "2025-09-24T11:04:00", "2025-09-24", "2026-09-23")
case("hi-l01-dup-devanagari", E("Meenakshi Trivedi <meenakshi.trivedi@gmail.com>", "सालाना प्लान का पैसा दो बार कटा",
"""नमस्ते टीम,

24 सितंबर को मैंने अपना सालाना प्लान रिन्यू किया था, लेकिन बैंक स्टेटमेंट में ₹14,145.84 की दो एंट्री दिख रही हैं, दो मिनट के अंतर पर। एक ही चीज़ के लिए दो बार भुगतान हो गया है।
दूसरी रसीद का नंबर LO-INV-70402 है, कृपया वो रकम वापस कर दें।

धन्यवाद,
मीनाक्षी त्रिवेदी
""", T("2025-09-26 19:40")), "decided", [D("refund", "approve", "11988.00")],
spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L3 (charge 2025-09-24 day 0, request 2025-09-26 day 2), L4: two paid annual charges 11988.00 same period -> approve the later one's amount before tax 11988.00 (C6)")

# l02 duplicate Hinglish, day 7 edge, sloppy invoice
cust("rohit.bansal88@yahoo.co.in", "Rohit Bansal", "monthly", "2025-09-18", "2025-10-17")
lpay("pay_hi_7011", "LO-INV-70411", "rohit.bansal88@yahoo.co.in", "monthly", "1499.00", "269.82", "2025-09-18T08:10:00", "2025-09-18", "2025-10-17")
lpay("pay_hi_7012", "LO-INV-70412", "rohit.bansal88@yahoo.co.in", "monthly", "1499.00", "269.82", "2025-09-18T08:11:00", "2025-09-18", "2025-10-17")
case("hi-l02-dup-day7-hinglish", E("Rohit Bansal <rohit.bansal88@yahoo.co.in>", "monthly plan ke paise 2 baar",
"""hi leadsoptima team

18 sept ko mere card se 1,768.82 rs do baar gaye hai, ek hi mahine ke plan ke liye. bank wale bol rahe hai merchant se baat karo.
extra wala lo inv 70412 hai, woh wapas kar do plz

thx
Rohit
""", T("2025-09-25 22:50")), "decided", [D("refund", "approve", "1499.00")],
spec="section 3 L2 duplicate; charge 2025-09-18 is day 0, request 2025-09-25 22:50 IST is day 7 -> inside L3 (day 7 is inside); L4 approve 1499.00 (amount before tax); section 8 invoice refs ignore case/spaces: 'lo inv 70412' = LO-INV-70412")

# l03 duplicate, day 8 -> deny
cust("sneha.kulkarni.pune@gmail.com", "Sneha Kulkarni", "quarterly", "2025-09-10", "2025-12-09")
lpay("pay_hi_7021", "LO-INV-70421", "sneha.kulkarni.pune@gmail.com", "quarterly", "3999.00", "719.82", "2025-09-10T16:00:00", "2025-09-10", "2025-12-09")
lpay("pay_hi_7022", "LO-INV-70422", "sneha.kulkarni.pune@gmail.com", "quarterly", "3999.00", "719.82", "2025-09-10T16:01:00", "2025-09-10", "2025-12-09")
case("hi-l03-dup-day8", E("Sneha Kulkarni <sneha.kulkarni.pune@gmail.com>", "Quarterly plan - double deduction",
"""Namaste,

Abhi statement check kiya toh dekha ki 10 tarikh ko quarterly plan ka payment do baar deduct hua hai. Dusra wala LO-INV-70422 hai. Ise reverse kar dijiye please, galti se hua hoga.

Sneha Kulkarni
Pune
""", T("2025-09-18 09:15")), "decided", [D("refund", "deny")],
spec="section 3 L3: charge 2025-09-10 day 0, request 2025-09-18 = day 8 > 7 -> deny citing the 7-day rule")

# l04 access failure, Devanagari
cust("anil.chauhan@chauhantraders.in", "Anil Chauhan", "quarterly", "2025-09-20", "2025-12-19")
lpay("pay_hi_7031", "LO-INV-70431", "anil.chauhan@chauhantraders.in", "quarterly", "3999.00", "719.82", "2025-09-20T10:30:00", "2025-09-20", "2025-12-19")
case("hi-l04-access-devanagari", E("अनिल चौहान <anil.chauhan@chauhantraders.in>", "डैशबोर्ड खुल ही नहीं रहा",
"""प्रिय सपोर्ट टीम,

20 तारीख़ को तिमाही प्लान का भुगतान (इनवॉइस LO-INV-70431) करने के बाद से डैशबोर्ड खुल ही नहीं रहा, सिर्फ़ घूमता हुआ निशान दिखता है। तीन दिन से लॉगिन नहीं हो पा रहा, दो बार आपकी चैट पर भी बताया।
जब सेवा ही नहीं मिल रही तो कृपया पैसे वापस कीजिए।

अनिल चौहान
चौहान ट्रेडर्स, इंदौर
""", T("2025-09-23 12:05")), "decided", [D("refund", "escalate")],
spec="section 3 L2 access_failure (cannot log in / dashboard not opening), charge 2025-09-20, request day 3 inside L3 -> L6 escalate (verified by support), no amount (section 8)")

# l05 past event: cancelled then charged
cust("farhan.qureshi@outlook.com", "Farhan Qureshi", "monthly", "2025-09-14", "2025-10-13", status="cancelled")
lpay("pay_hi_7041", "LO-INV-70441", "farhan.qureshi@outlook.com", "monthly", "1499.00", "269.82", "2025-09-14T00:05:00", "2025-09-14", "2025-10-13")
case("hi-l05-charged-after-cancel", E("Farhan Qureshi <farhan.qureshi@outlook.com>", "cancel ke baad bhi charge??",
"""Assalamualaikum,

Maine 12 september ko hi Billing mein jaakar plan cancel kar diya tha, screenshot bhi hai mere paas. Phir bhi 14 ko 1499 + GST kaat liya (LO-INV-70441). Ye aapki taraf ki galti hai, mujhe ye paisa wapas chahiye.

Farhan
""", T("2025-09-16 18:20")), "decided", [D("refund", "escalate")],
spec="section 3 L2 billing_error ('charged after I cancelled', told as a past event), charge 2025-09-14, request day 2 -> L5 escalate with the charge found")

# l06 L1 deny + cancel
cust("pooja.menon.hr@gmail.com", "Pooja Menon", "monthly", "2025-09-21", "2025-10-20")
lpay("pay_hi_7051", "LO-INV-70451", "pooja.menon.hr@gmail.com", "monthly", "1499.00", "269.82", "2025-09-21T07:45:00", "2025-09-21", "2025-10-20")
case("hi-l06-unused-deny-and-cancel", E("Pooja Menon <pooja.menon.hr@gmail.com>", "Refund + band karna hai",
"""Hello,

Humari team ne is mahine LeadsOptima ek baar bhi khola nahi, project hi hold pe chala gaya. Toh 21 Sept wala monthly charge (LO-INV-70451) refund kar dijiye, aur subscription bhi yahin rok dijiye, aage nahi chahiye.

Regards,
Pooja Menon | HR Ops
""", T("2025-09-24 15:00")), "decided", [D("refund", "deny"), D("cancellation", "cancel", eff="2025-10-20")],
spec="section 3 L1: 'did not use it' is not an exception -> refund deny (cancellation offered); L8 cancel, effective current_period_end 2025-10-20")

# l07 negation + cancel, Devanagari
cust("vivek.sharma.ca@gmail.com", "Vivek Sharma", "annual", "2025-03-05", "2026-03-04")
lpay("pay_hi_7061", "LO-INV-70461", "vivek.sharma.ca@gmail.com", "annual", "11988.00", "2157.84", "2025-03-05T12:00:00", "2025-03-05", "2026-03-04")
case("hi-l07-negation-cancel", E("Vivek Sharma <vivek.sharma.ca@gmail.com>", "ऑटो-रिन्यू बंद करें",
"""नमस्कार,

मुझे कोई रिफंड नहीं चाहिए, साल भर का पैसा दिया है तो मार्च तक इस्तेमाल करूँगा। बस इतना चाहता हूँ कि मेरा सालाना प्लान रद्द कर दें ताकि अगले साल अपने आप पैसे न कटें। हमारी फ़र्म अब दूसरा CRM इस्तेमाल करेगी।

विवेक शर्मा, CA
""", T("2025-09-19 10:10")), "decided", [D("cancellation", "cancel", eff="2026-03-04")],
spec="section 8 negation: 'रिफंड नहीं चाहिए' adds no refund; L8 cancel, effective current_period_end 2026-03-04")

# l08 cancel without reason, plan from ledger
cust("kavya.iyer@iyerconsulting.in", "Kavya Iyer", "quarterly", "2025-08-01", "2025-10-31")
lpay("pay_hi_7071", "LO-INV-70471", "kavya.iyer@iyerconsulting.in", "quarterly", "3999.00", "719.82", "2025-08-01T09:00:00", "2025-08-01", "2025-10-31")
case("hi-l08-cancel-no-reason", E("Kavya Iyer <kavya.iyer@iyerconsulting.in>", "subscription cancel",
"""Hi team,

Mera subscription cancel kar dena please. Confirm kar dena jab ho jaaye.

Kavya
Sent from my iPhone
""", T("2025-09-27 21:30")), "decided", [D("cancellation", "cancel", eff="2025-10-31")],
spec="section 3: a cancellation is not held up by a missing reason; plan filled from the ledger for the verified sender (section 1); L8 effective current_period_end 2025-10-31")

# l09 cancel, fallback effective date
cust("harpreet.gill@gillexports.com", "Harpreet Gill", "quarterly")
lpay("pay_hi_7081", "LO-INV-70481", "harpreet.gill@gillexports.com", "quarterly", "3999.00", "719.82", "2025-07-19T14:00:00", "2025-07-19", None)
case("hi-l09-cancel-fallback-date", E("Harpreet Gill <harpreet.gill@gillexports.com>", "Plan khatam karna hai",
"""Sat Sri Akal ji,

Hamara export season khatam ho gaya hai aur ab leads ki zaroorat nahi hai. Quarterly plan cancel kar do ji, agla quarter nahi chahiye.

Harpreet Singh Gill
Gill Exports, Ludhiana
""", T("2025-09-22 11:45")), "decided", [D("cancellation", "cancel", eff="2025-10-18")],
spec="section 3 L8 fallback: no current_period_end; last charge local date 2025-07-19 + 3 months - 1 day = 2025-10-18")

# l10 free trial refund
cust("nidhi.agarwal.design@gmail.com", "Nidhi Agarwal", None, status="trial", trial_ends="2025-10-05")
case("hi-l10-trial-refund", E("Nidhi Agarwal <nidhi.agarwal.design@gmail.com>", "trial ka paisa",
"""Hello,

Maine free trial start kiya tha 21 ko. Mujhe lagta hai card add karte waqt kuch paise cut gaye honge, mujhe ye tool suit nahi kar raha, jo bhi liya hai woh refund kar do.

Nidhi
""", T("2025-09-28 13:00")), "decided", [D("refund", "deny")],
spec="section 3 L7: the account is on a free trial with no charges in the ledger -> deny (nothing to refund), the reply says nothing is billed unless they subscribe; L7 is the rule for a trial account, there is no charge whose invoice could be asked for")

# l11 hypothetical -> other
cust("sumit.jha.biz@gmail.com", "Sumit Jha", None, status="trial", trial_ends="2025-10-08")
case("hi-l11-hypothetical", E("Sumit Jha <sumit.jha.biz@gmail.com>", "annual lene se pehle ek sawaal",
"""Namaste,

Trial accha chal raha hai, annual plan lene ka soch raha hoon. Bas ek baat clear karni thi: agar 2-3 mahine baad hamare kaam ka na nikla toh kya baaki mahino ka paisa wapas milega ya nahi? Yeh jaan ke hi decide karunga.

Sumit Jha
""", T("2025-09-29 17:25")), "other",
spec="section 8: 'would I get a refund if...' before buying is a policy question -> other (nothing else asked)")

# l12 how-to question
cust("deepak.rawat@rawatmotors.in", "Deepak Rawat", "monthly", "2025-09-12", "2025-10-11")
lpay("pay_hi_7101", "LO-INV-70501", "deepak.rawat@rawatmotors.in", "monthly", "1499.00", "269.82", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("hi-l12-howto-gstin", E("Deepak Rawat <deepak.rawat@rawatmotors.in>", "इनवॉइस पर GSTIN कैसे डालें",
"""नमस्ते,

हमारे इनवॉइस पर कंपनी का GSTIN नहीं आ रहा। अकाउंट सेटिंग में कहाँ डालना है? और क्या पिछले इनवॉइस भी नए GSTIN के साथ दोबारा मिल सकते हैं?

दीपक रावत
रावत मोटर्स
""", T("2025-09-25 11:00")), "other",
spec="section 1 outcome other: a how-to question, neither refund nor cancellation")

# l13 C2: gmail names another registered email
cust("accounts@shreeganeshsweets.in", "Shree Ganesh Sweets", "monthly", "2025-09-15", "2025-10-14")
lpay("pay_hi_7111", "LO-INV-70511", "accounts@shreeganeshsweets.in", "monthly", "1499.00", "269.82", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("hi-l13-c2-other-address", E("Mahesh Halwai <maheshhalwai1974@gmail.com>", "account band karna hai",
"""namaste ji

humara account accounts@shreeganeshsweets.in pe registered hai, woh mail abhi munim ji ke paas hai isliye apne personal se likh raha hu. monthly plan cancel kar do aur jitna bacha hai uska hisaab bata do.

Mahesh
""", T("2025-09-20 08:30")), "need_info", rules=["C2"],
spec="section 2 C2: From is not the registered email it names -> need_info asking them to write from the address on record, nothing about the account")

# l14 C4 consumer court
cust("rajesh.yadav.lko@gmail.com", "Rajesh Yadav", "monthly", "2025-09-22", "2025-10-21")
lpay("pay_hi_7121", "LO-INV-70521", "rajesh.yadav.lko@gmail.com", "monthly", "1499.00", "269.82", "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")
case("hi-l14-c4-consumer-court", E("Rajesh Yadav <rajesh.yadav.lko@gmail.com>", "AKHRI BAAR bol raha hu",
"""Teen mail kar chuka hu, koi jawab nahi. Software chalta hi nahi, har baar error. LO-INV-70521 ka pura paisa 48 ghante mein wapas nahi aaya to consumer court mein case daalunga, saare screenshots ready hain.

Rajesh Yadav, Lucknow
""", T("2025-09-26 20:10")), "decided", [D("refund", "escalate")], rules=["C4"],
spec="section 2 C4: consumer court threat -> escalate the whole case (section 8)")

# l15 refund, reason missing (only restates request)
cust("tanvi.desai@desaiinteriors.com", "Tanvi Desai", "monthly", "2025-09-26", "2025-10-25")
lpay("pay_hi_7131", "LO-INV-70531", "tanvi.desai@desaiinteriors.com", "monthly", "1499.00", "269.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("hi-l15-refund-no-reason", E("Tanvi Desai <tanvi.desai@desaiinteriors.com>", "रिफंड LO-INV-70531",
"""नमस्ते,

कृपया इनवॉइस LO-INV-70531 की राशि का रिफंड कर दीजिए।

सादर,
तन्वी देसाई
Desai Interiors | Ahmedabad
इस ईमेल की सामग्री गोपनीय है।
""", T("2025-09-27 10:00")), "need_info", missing=["reason"],
spec="section 8 'what a reason is': restating the request, signature and disclaimer are not reasons; plan filled from the ledger -> need_info reason (C3)")

# l16 thread: reason given in reply -> access failure escalate
cust("imran.sheikh.ecom@gmail.com", "Imran Sheikh", "monthly", "2025-09-23", "2025-10-22")
lpay("pay_hi_7141", "LO-INV-70541", "imran.sheikh.ecom@gmail.com", "monthly", "1499.00", "269.82", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case("hi-l16-thread-reason-later", [
 E("Imran Sheikh <imran.sheikh.ecom@gmail.com>", "refund chahiye",
"""Hello support,
LO-INV-70541 ka refund process kar do.
Imran
""", T("2025-09-24 09:00")),
 E("Imran Sheikh <imran.sheikh.ecom@gmail.com>", "Re: refund chahiye [LO-4121]",
"""Reason ye hai ki 23 se account mein login nahi ho raha, password reset ka mail bhi nahi aata. Isliye paisa wapas chahiye.

Imran

On Wed, 24 Sep 2025 at 11:02, LeadsOptima Support <support@leadsoptima.com> wrote:
> Please tell us the reason for your refund request.
""", T("2025-09-25 10:30"))], "decided", [D("refund", "escalate")],
spec="C3 thread merged by In-Reply-To; reason = access failure (L2); request time = first email 2025-09-24, charge 2025-09-23 day 1 -> L6 escalate")

# l17 three identical charges
cust("lalit.mishra.media@gmail.com", "Lalit Mishra", "monthly", "2025-09-20", "2025-10-19")
for i, t in enumerate(["09:00", "09:01", "09:03"]):
    lpay("pay_hi_715%d" % i, "LO-INV-7055%d" % i, "lalit.mishra.media@gmail.com", "monthly", "999.00", "179.82", "2025-09-20T%s:00" % t, "2025-09-20", "2025-10-19")
case("hi-l17-three-charges", E("Lalit Mishra <lalit.mishra.media@gmail.com>", "teen baar payment cut gaya!!",
"""Team,

Payment page hang ho gaya tha toh maine teen baar "Pay" daba diya aur teeno baar 999 + GST kat gaye (LO-INV-70551 aur LO-INV-70552 extra wale hain). Ek hi mahine ka plan hai. Do extra wale wapas bhejiye.

Lalit Mishra
""", T("2025-09-22 14:00")), "decided", [D("refund", "approve", "1998.00")],
spec="section 8 three identical charges: every charge after the first is a duplicate; both inside L3 (day 2) -> approve 999.00 + 999.00 = 1998.00")

# l18 dup claim, ledger has one charge -> escalate
cust("geeta.pillai@pillaitravels.in", "Geeta Pillai", "annual", "2025-09-25", "2026-09-24")
lpay("pay_hi_7161", "LO-INV-70561", "geeta.pillai@pillaitravels.in", "annual", "11988.00", "2157.84", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
case("hi-l18-dup-not-in-ledger", E("Geeta Pillai <geeta.pillai@pillaitravels.in>", "सालाना प्लान – डबल पेमेंट",
"""नमस्ते जी,

UPI ऐप में सालाना प्लान के दो भुगतान दिख रहे हैं, मुझे लगता है पैसा दो बार कट गया। इनवॉइस LO-INV-70561 है। जाँच करके दूसरा पैसा लौटा दीजिए।

गीता पिल्लै
""", T("2025-09-27 16:00")), "decided", [D("refund", "escalate")],
spec="section 3 L4: duplicate claimed inside the window but the ledger shows only one paid charge -> escalate")

# l19 C7 Hindi out-of-office
case("hi-l19-autoreply", E("Suresh Nair <suresh.nair@nairlogistics.in>", "स्वचालित उत्तर: Re: Your LeadsOptima invoice",
"""नमस्ते,

मैं 6 अक्टूबर तक छुट्टी पर हूँ। रिफंड या बिलिंग से जुड़े मामलों के लिए accounts@nairlogistics.in पर लिखें।

सुरेश नायर
""", T("2025-09-29 09:00"), headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "In-Reply-To": "<invoice-notice.20250929.0855@leadsoptima.com>", "References": "<invoice-notice.20250929.0855@leadsoptima.com>"}), "ignore", rules=["C7"],
spec="section 2 C7: Auto-Submitted: auto-replied -> ignore, never answered")

# l20 Reply-To does not verify
cust("bhavna.joshi@joshipharma.com", "Bhavna Joshi", "monthly", "2025-09-24", "2025-10-23")
lpay("pay_hi_7171", "LO-INV-70571", "bhavna.joshi@joshipharma.com", "monthly", "1499.00", "269.82", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("hi-l20-replyto-not-verify", E("Bhavna J <bhavna.j.personal@gmail.com>", "cancel my plan",
"""Hi,

Office mail se bhej nahi pa rahi thi isliye personal se. Hamara monthly plan cancel kar do, budget cut ho gaya hai is quarter.

Bhavna
""", T("2025-09-25 19:00"), reply_to="bhavna.joshi@joshipharma.com"), "need_info", rules=["C2"],
spec="section 8 addresses: the sender is From; Reply-To never verifies -> C2 need_info, nothing about the account")

# l21 HTML-only duplicate
cust("arjun.reddy@reddyfoods.co.in", "Arjun Reddy", "monthly", "2025-09-27", "2025-10-26")
lpay("pay_hi_7181", "LO-INV-70581", "arjun.reddy@reddyfoods.co.in", "monthly", "1499.00", "269.82", "2025-09-27T18:00:00", "2025-09-27", "2025-10-26")
lpay("pay_hi_7182", "LO-INV-70582", "arjun.reddy@reddyfoods.co.in", "monthly", "1499.00", "269.82", "2025-09-27T18:00:40", "2025-09-27", "2025-10-26")
case("hi-l21-html-dup", E("Arjun Reddy <arjun.reddy@reddyfoods.co.in>", "Double payment ho gaya",
None, T("2025-09-28 10:20"), html="""<html><body><div dir="ltr"><p>Hello LeadsOptima,</p>
<p>Kal shaam monthly plan ka payment <b>do baar</b> ho gaya, dono ka amount &#8377;1,768.82. Dusra invoice <i>LO-INV-70582</i> hai &ndash; please isko refund karein.</p>
<p>Thanks,<br>Arjun Reddy<br><span style="color:#888">Reddy Foods, Hyderabad</span></p></div></body></html>"""),
"decided", [D("refund", "approve", "1499.00")],
spec="HTML-only mail; L2 duplicate; charges 2025-09-27 same period, request day 1 -> L4 approve 1499.00 before tax")

# l22 time-zone edge: Dubai sender, day 8 in IST
cust("salim.ansari@ansarigold.ae", "Salim Ansari", "monthly", "2025-09-16", "2025-10-15")
lpay("pay_hi_7191", "LO-INV-70591", "salim.ansari@ansarigold.ae", "monthly", "1499.00", "0.00", "2025-09-16T00:15:00", "2025-09-16", "2025-10-15")
lpay("pay_hi_7192", "LO-INV-70592", "salim.ansari@ansarigold.ae", "monthly", "1499.00", "0.00", "2025-09-16T00:16:00", "2025-09-16", "2025-10-15")
case("hi-l22-dubai-day8", E("Salim Ansari <salim.ansari@ansarigold.ae>", "paisa do baar gaya - LO-INV-70592",
"""Bhai sahab,

16 ko mere card se do baar 1499 gaye, ek hi mahina ka. LO-INV-70592 wala wapas kijiye. Main Dubai mein hu isliye late likh raha hu.

Salim
""", T("2025-09-23 22:30", GST)), "decided", [D("refund", "deny")],
spec="L3 window in the brand's zone: 2025-09-23 22:30 +04:00 = 2025-09-24 00:00 IST = day 8 after the 2025-09-16 charge -> deny (7-day rule)")

# l23 wrong plan billing error
cust("manoj.tiwari@tiwarilegalaid.in", "Manoj Tiwari", "monthly", "2025-09-26", "2026-09-25")
lpay("pay_hi_7201", "LO-INV-70601", "manoj.tiwari@tiwarilegalaid.in", "annual", "11988.00", "2157.84", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
case("hi-l23-wrong-plan", E("Manoj Tiwari <manoj.tiwari@tiwarilegalaid.in>", "मासिक चुना था, सालाना काट लिया",
"""महोदय,

मैंने हर महीने वाला प्लान चुना था, पर 26 सितम्बर को ₹11,988 + GST सालाना प्लान का काट लिया गया (इनवॉइस LO-INV-70601)। यह गलत राशि है। अतिरिक्त रकम लौटाएँ और मुझे मासिक पर कर दें।

मनोज तिवारी
""", T("2025-09-29 11:30")), "decided", [D("refund", "escalate")],
spec="section 3 L2 billing_error (charged for the wrong plan), request day 3 -> L5 escalate with the charge found; 'put me on monthly' asks to switch plans, not to cancel, so no cancellation decision")

# l24 Hinglish thread, invoice given in answer
cust("ritu.saxena@saxenaclinic.in", "Ritu Saxena", "monthly", "2025-09-25", "2025-10-24")
lpay("pay_hi_7211", "LO-INV-70611", "ritu.saxena@saxenaclinic.in", "monthly", "1499.00", "269.82", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lpay("pay_hi_7212", "LO-INV-70612", "ritu.saxena@saxenaclinic.in", "monthly", "1499.00", "269.82", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("hi-l24-thread-invoice-later", [
 E("Ritu Saxena <ritu.saxena@saxenaclinic.in>", "Zyada paise kaat liye",
"""Hi,
Is mahine mera bill pichle mahine se alag aaya hai, jo price signup ke time bataya tha us se zyada kaata gaya hai. Please check karke extra wapas karo.
Dr. Ritu Saxena
""", T("2025-09-26 12:00")),
 E("Ritu Saxena <ritu.saxena@saxenaclinic.in>", "Re: Zyada paise kaat liye [LO-4188]",
"""Invoice no. LO-INV-70612 hai.
Dr. Ritu

> Please share the invoice number of the charge.
""", T("2025-09-27 09:10"))], "decided", [D("refund", "escalate")],
spec="C3 thread; invoice given in the answer; L2 billing_error ('charged more than the price told at signup' is L2's 'wrong amount'), charge 2025-09-25, request 2025-09-26 day 1 -> L5 escalate")

# =================== Optima WebDesign ===================
# o01 deposit within 72h
proj("Shubh Vivah Planners Site", "hello@shubhvivahplanners.in")
opay("pay_hi_o01", "OWD-2025-301", "Shubh Vivah Planners Site", "deposit", "25000.00", "4500.00", "2025-09-20T11:00:00")
case("hi-o01-deposit-71h", E("Kiran Malhotra <hello@shubhvivahplanners.in>", "Refund Request — Shubh Vivah Planners Site / OWD-2025-301",
"""Namaste Optima team,

Humne 20 tareekh ko Shubh Vivah Planners Site ke liye ₹29,500 booking amount diya tha (OWD-2025-301). Ghar mein partners ke beech decision badal gaya hai, hum abhi website project aage nahi le ja rahe. Kaam shuru nahi hua hai, please booking amount wapas kar dijiye.

Kiran Malhotra
""", T("2025-09-23 10:59"), to=OWD), "decided", [D("refund", "approve", "25000.00")],
spec="section 4 O2: paid 2025-09-20 11:00, request 2025-09-23 10:59 = 71 h 59 min, before 72 h, no work started -> approve 25000.00 before tax (C6)")

# o02 deposit exactly 72h
proj("Annapurna Tiffin App", "owner@annapurnatiffin.in")
opay("pay_hi_o02", "OWD-2025-302", "Annapurna Tiffin App", "deposit", "15000.00", "2700.00", "2025-09-15T09:30:00")
case("hi-o02-deposit-exact-72h", E("Sunita Deshpande <owner@annapurnatiffin.in>", "बुकिंग राशि वापसी – Annapurna Tiffin App",
"""नमस्ते,

Annapurna Tiffin App प्रोजेक्ट का ₹15,000 + GST का डिपॉज़िट (OWD-2025-302) वापस चाहिए। हमें सरकारी योजना से मुफ़्त ऐप मिल रहा है, इसलिए आपके साथ आगे नहीं बढ़ेंगे।

सुनीता देशपांडे
""", T("2025-09-18 09:30"), to=OWD), "decided", [D("refund", "deny")],
spec="section 8: exactly 72 hours after the deposit (2025-09-15 09:30 -> 2025-09-18 09:30) is not before 72 h -> deny (O2)")

# o03 deposit but work started
proj("Kesar Handloom Store", "kesarhandloom@gmail.com", started="2025-09-21T15:00:00")
opay("pay_hi_o03", "OWD-2025-303", "Kesar Handloom Store", "deposit", "30000.00", "5400.00", "2025-09-20T10:00:00")
case("hi-o03-deposit-work-started", E("Kesar Handloom <kesarhandloom@gmail.com>", "deposit wapas - Kesar Handloom Store",
"""Hi,

Kesar Handloom Store ka deposit OWD-2025-303 refund chahiye. Aapne jo pehla homepage design bheja woh hamare brand jaisa bilkul nahi laga, isliye ruk rahe hain. 72 ghante abhi nahi hue.

Rekha
""", T("2025-09-22 18:00"), to=OWD), "decided", [D("refund", "deny")],
spec="O2 'whichever occurs first': work started 2025-09-21 15:00, before the request 2025-09-22 18:00 (which is within 72 h) -> deny")

# o04 discovery no work -> approve (Devanagari)
proj("Gyan Deep Coaching Portal", "director@gyandeepcoaching.in")
opay("pay_hi_o04", "OWD-2025-304", "Gyan Deep Coaching Portal", "discovery", "8000.00", "1440.00", "2025-09-24T12:00:00")
case("hi-o04-discovery-not-started", E("डॉ. प्रकाश वर्मा <director@gyandeepcoaching.in>", "डिस्कवरी शुल्क वापसी — Gyan Deep Coaching Portal",
"""आदरणीय टीम,

Gyan Deep Coaching Portal के लिए हमने डिस्कवरी वर्कशॉप का शुल्क (OWD-2025-304) दिया था। अभी तक कोई सेशन तय नहीं हुआ है। हमारे ट्रस्ट ने इस साल का बजट रोक दिया है, इसलिए कृपया पूरी राशि लौटा दें।

डॉ. प्रकाश वर्मा
निदेशक
""", T("2025-09-26 11:00"), to=OWD), "decided", [D("refund", "approve", "8000.00")],
spec="O1: discovery with work_started_at empty -> full refund 8000.00 before tax")

# o05 discovery session done -> deny
proj("Mittal Realty Microsite", "mittal.realty@gmail.com", started="2025-09-12T11:00:00")
opay("pay_hi_o05", "OWD-2025-305", "Mittal Realty Microsite", "discovery", "12000.00", "2160.00", "2025-09-10T12:00:00")
case("hi-o05-discovery-done", E("Ashok Mittal <mittal.realty@gmail.com>", "Strategy fees refund - Mittal Realty Microsite",
"""Dear team,

12 ko jo strategy call hui usme kuch naya nahi mila, sab cheezein humein pehle se pata thi. Mittal Realty Microsite ka discovery fee OWD-2025-305 wapas kar dijiye.

Ashok Mittal
""", T("2025-09-15 16:40"), to=OWD), "decided", [D("refund", "deny")],
spec="O1: a session started 2025-09-12, before the request -> deny")

# o06 milestone not started -> approve
proj("Saffron Spice Exports Site", "web@saffronspice.co.in", started="2025-08-01T10:00:00")
opay("pay_hi_o06", "OWD-2025-306", "Saffron Spice Exports Site", "milestone", "18000.00", "3240.00", "2025-09-05T10:00:00", milestone_status="not_started")
case("hi-o06-milestone-not-started", E("Vandana Rao <web@saffronspice.co.in>", "Milestone 3 refund — Saffron Spice Exports Site",
"""Hello Optima,

Saffron Spice Exports Site ka milestone 3 (multilingual catalogue) humne advance mein pay kiya tha, invoice OWD-2025-306. Ab humne catalogue sirf English mein rakhne ka faisla kiya hai, toh woh milestone karna hi nahi hai. Uska payment lauta dijiye.

Vandana
""", T("2025-09-22 10:00"), to=OWD), "decided", [D("refund", "approve", "18000.00")],
spec="O3: milestone not_started -> approve that milestone's amount before tax 18000.00")

# o07 milestone in progress -> escalate
proj("Nirmal Ayurveda Shop", "nirmalayurveda@outlook.com", started="2025-08-10T10:00:00")
opay("pay_hi_o07", "OWD-2025-307", "Nirmal Ayurveda Shop", "milestone", "22000.00", "3960.00", "2025-09-01T10:00:00", milestone_status="in_progress")
case("hi-o07-milestone-in-progress", E("Nirmal Jain <nirmalayurveda@outlook.com>", "Payment gateway milestone - paisa wapas",
"""Namaskar,

Nirmal Ayurveda Shop ke payment gateway integration wala milestone (OWD-2025-307) bahut dheere chal raha hai, teen hafte mein aadha bhi nahi hua. Hum khud Shopify pe shift ho rahe hain. Jo kaam nahi hua uska paisa wapas chahiye.

Nirmal Jain
""", T("2025-09-24 13:00"), to=OWD), "decided", [D("refund", "escalate")],
spec="O3: milestone in_progress -> escalate (value of work not started needs a person)")

# o08 milestone approved -> deny
proj("Dhruv Fitness Studio", "dhruv.fitness@gmail.com", started="2025-07-01T10:00:00")
opay("pay_hi_o08", "OWD-2025-308", "Dhruv Fitness Studio", "milestone", "14000.00", "2520.00", "2025-08-20T10:00:00", milestone_status="approved")
case("hi-o08-milestone-approved", E("Dhruv Khanna <dhruv.fitness@gmail.com>", "design milestone refund",
"""Hi,

Dhruv Fitness Studio ke design milestone ka invoice OWD-2025-308. Maine haan bol diya tha par ab dekh raha hoon ki colours gym ke logo se match nahi karte. Iska paisa wapas chahiye.

Dhruv
""", T("2025-09-18 20:00"), to=OWD), "decided", [D("refund", "deny")],
spec="O3/O6: milestone approved -> deny (approved milestones are non-refundable)")

# o09 hosting annual within 14 days -> approve
proj("Ganga Homestay Website", "stay@gangahomestay.in", started="2025-06-01T10:00:00")
opay("pay_hi_o09", "OWD-2025-309", "Ganga Homestay Website", "hosting_annual", "18000.00", "3240.00", "2025-09-12T10:00:00", setup_fee="2400.00", service_start="2025-09-12")
case("hi-o09-hosting-day12", E("Ganga Homestay <stay@gangahomestay.in>", "हॉस्टिंग प्लान रद्द + रिफंड (OWD-2025-309)",
"""नमस्ते,

Ganga Homestay Website की सालाना होस्टिंग (OWD-2025-309) 12 सितम्बर से शुरू हुई थी। हमारे भतीजे ने अपने सर्वर पर होस्ट करने की व्यवस्था कर दी है, इसलिए होस्टिंग बंद करके नियम के अनुसार बाकी पैसा लौटा दीजिए।

राकेश पांडे
ऋषिकेश
""", T("2025-09-24 18:00"), to=OWD), "decided", [D("refund", "approve", "14300.00")], extra_ok=True,
spec="O5: service_start 2025-09-12, request 2025-09-24 = day 12 <= 14; monthly_value = (18000.00-2400.00)/12 = 1300.00; refund = 18000.00-2400.00-1300.00x1 = 14300.00 (cancellation decision allowed, extra_ok)")

# o10 hosting after 14 days -> deny
proj("Bhole Caterers Site", "bholecaterers@gmail.com", started="2025-05-01T10:00:00")
opay("pay_hi_o10", "OWD-2025-310", "Bhole Caterers Site", "hosting_annual", "12000.00", "2160.00", "2025-09-05T10:00:00", setup_fee="1200.00", service_start="2025-09-05")
case("hi-o10-hosting-day15", E("Bhole Caterers <bholecaterers@gmail.com>", "hosting refund",
"""Namaste ji,

Bhole Caterers Site ki hosting OWD-2025-310 ka paisa wapas chahiye, site bahut slow khulti hai, customer shikayat karte hai.

Shankar
""", T("2025-09-20 09:00"), to=OWD), "decided", [D("refund", "deny")], extra_ok=True,
spec="O5: service_start 2025-09-05, request 2025-09-20 = day 15 > 14 -> deny")

# o11 third party domain -> deny
proj("Pragati School Website", "principal@pragatischool.edu.in", started="2025-07-01T10:00:00")
opay("pay_hi_o11", "OWD-2025-311", "Pragati School Website", "third_party", "1800.00", "324.00", "2025-09-25T10:00:00")
case("hi-o11-domain-thirdparty", E("Principal Pragati School <principal@pragatischool.edu.in>", "डोमेन शुल्क वापस करें",
"""महोदय,

Pragati School Website के लिए आपने जो .edu.in डोमेन का बिल (OWD-2025-311) भेजा, वह डोमेन हमारे पास पहले से था। दोबारा लेने की ज़रूरत नहीं थी, कृपया यह राशि वापस करें।

प्रधानाचार्य
""", T("2025-09-26 10:00"), to=OWD), "decided", [D("refund", "deny")],
spec="O6: third_party (domain) is never refundable -> deny citing Non-refundable items")

# o12 retainer cancel with 7 days notice
proj("Surya Solar SEO Retainer", "marketing@suryasolar.in", started="2025-04-05T10:00:00")
opay("pay_hi_o12", "OWD-2025-312", "Surya Solar SEO Retainer", "retainer", "20000.00", "3600.00", "2025-09-05T10:00:00", next_billing_at="2025-10-05T00:00:00", ps="2025-09-05", pe="2025-10-04")
case("hi-o12-retainer-7days", E("Surya Solar Marketing <marketing@suryasolar.in>", "Retainer band karna hai - Surya Solar SEO Retainer",
"""Hello,

Surya Solar SEO Retainer (last invoice OWD-2025-312) is mahine ke baad band kar dijiye. Humne in-house digital marketing executive hire kar liya hai.

Thanks
Neha, Marketing
""", T("2025-09-28 17:00"), to=OWD), "decided", [D("cancellation", "cancel", eff="2025-10-04")],
spec="O4/O8: next_billing_at 2025-10-05; 2025-10-05 minus 7 days = 2025-09-28; request on 2025-09-28 is on or before -> cancel effective 2025-10-04")

# o13 retainer cancel short notice
proj("Om Sai Clinic Social Retainer", "omsaiclinic@gmail.com", started="2025-03-03T10:00:00")
opay("pay_hi_o13", "OWD-2025-313", "Om Sai Clinic Social Retainer", "retainer", "10000.00", "1800.00", "2025-09-03T10:00:00", next_billing_at="2025-10-03T00:00:00", ps="2025-09-03", pe="2025-10-02")
case("hi-o13-retainer-short-notice", E("Dr. Sai Kumar <omsaiclinic@gmail.com>", "सोशल मीडिया रिटेनर रद्द",
"""नमस्ते,

Om Sai Clinic Social Retainer (इनवॉइस OWD-2025-313) रद्द करना है। क्लिनिक का नया मालिक अपनी एजेंसी लाएगा।

डॉ. साई कुमार
""", T("2025-09-29 12:00"), to=OWD), "decided", [D("cancellation", "cancel", eff="2025-11-02")],
spec="O4: next_billing_at 2025-10-03, cutoff 2025-09-26; request 2025-09-29 is later -> next cycle (2025-10-03 to 2025-11-02, monthly like the current period) is billed, effective 2025-11-02")

# o14 retainer already paid next cycle + 7 days notice -> escalate
proj("Rangoli Boutique Care Plan", "rangoli.boutique@gmail.com", started="2025-01-10T10:00:00")
opay("pay_hi_o14a", "OWD-2025-314", "Rangoli Boutique Care Plan", "retainer", "6000.00", "1080.00", "2025-09-10T10:00:00", next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
opay("pay_hi_o14b", "OWD-2025-315", "Rangoli Boutique Care Plan", "retainer", "6000.00", "1080.00", "2025-09-20T10:00:00", next_billing_at="2025-11-10T00:00:00", ps="2025-10-10", pe="2025-11-09")
case("hi-o14-retainer-prepaid", E("Rangoli Boutique <rangoli.boutique@gmail.com>", "care plan cancel - Rangoli Boutique Care Plan",
"""Hi Optima,

Rangoli Boutique Care Plan cancel kar do please, dukaan band kar rahe hain Diwali ke baad. Humne galti se October ka bhi advance de diya tha (OWD-2025-315).

Rangoli
""", T("2025-09-25 11:00"), to=OWD), "decided", [D("cancellation", "escalate")], extra_ok=True,
spec="section 8 'retainer paid in advance': next cycle (2025-10-10) already paid and notice >= 7 days (cutoff 2025-10-03) -> cancellation escalate (extra_ok: the prepaid October cycle is mentioned, so a refund decision for it may also appear)")

# o15 cancel without reason -> need_info
proj("Laxmi Jewellers Catalogue", "laxmi.jewellers@gmail.com", started="2025-08-01T10:00:00")
opay("pay_hi_o15", "OWD-2025-316", "Laxmi Jewellers Catalogue", "retainer", "9000.00", "1620.00", "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
case("hi-o15-cancel-no-reason", E("Laxmi Jewellers <laxmi.jewellers@gmail.com>", "FW: cancel",
"""Please do the needful.

---------- Forwarded message ---------
From: Laxmi Jewellers <laxmi.jewellers@gmail.com>
Date: Mon, 22 Sep 2025 at 10:05
Subject: cancel
To: Optima WebDesign <optimawebdesigns12@gmail.com>

Laxmi Jewellers Catalogue ka retainer OWD-2025-316 cancel karna hai.

--
Laxmi Jewellers, Chandni Chowk
""", T("2025-09-24 10:05"), to=OWD), "need_info", missing=["reason"],
spec="section 8: Optima requires a reason for cancellations; 'Please do the needful' and the signature are not reasons -> need_info reason (C3)")

# o16 C2 other address
proj("Kaveri Tours Booking Engine", "admin@kaveritours.in", started="2025-09-01T10:00:00")
opay("pay_hi_o16", "OWD-2025-317", "Kaveri Tours Booking Engine", "deposit", "40000.00", "7200.00", "2025-09-27T10:00:00")
case("hi-o16-c2-personal", E("Prakash Gowda <prakashgowda77@gmail.com>", "Refund Request — Kaveri Tours Booking Engine / OWD-2025-317",
"""Namaskara,

Kaveri Tours Booking Engine ka deposit OWD-2025-317 refund karna hai, humara investor peeche hat gaya. Admin mailbox ka password IT wale ke paas hai, isliye apne gmail se bhej raha hoon.

Prakash Gowda, Director
""", T("2025-09-28 10:00"), to=OWD), "need_info", rules=["C2"],
spec="C2 (explicit for Optima): not sent from the contract email admin@kaveritours.in -> need_info, nothing about the project")

# o17 C4 chargeback Hinglish
proj("Shiv Shakti Hardware Site", "shivshakti.hw@gmail.com", started="2025-08-15T10:00:00")
opay("pay_hi_o17", "OWD-2025-318", "Shiv Shakti Hardware Site", "milestone", "16000.00", "2880.00", "2025-09-10T10:00:00", milestone_status="completed")
case("hi-o17-c4-chargeback", E("Shiv Shakti Hardware <shivshakti.hw@gmail.com>", "paisa wapas karo warna chargeback",
"""Shiv Shakti Hardware Site ka milestone OWD-2025-318 aapne complete bola par site mobile pe toot jaati hai. Ek hafte mein paise wapas nahi kiye to credit card company se chargeback karwa dunga.

Ramesh Agarwal
""", T("2025-09-21 21:00"), to=OWD), "decided", [D("refund", "escalate")], rules=["C4"],
spec="C4: chargeback threat -> escalate, whatever O3/O6 would say")

# o18 thread missing invoice
proj("Hari Om Dairy Portal", "hariomdairy@gmail.com")
opay("pay_hi_o18a", "OWD-2025-319", "Hari Om Dairy Portal", "discovery", "6000.00", "1080.00", "2025-09-18T10:00:00")
opay("pay_hi_o18b", "OWD-2025-320", "Hari Om Dairy Portal", "deposit", "20000.00", "3600.00", "2025-09-25T10:00:00")
case("hi-o18-thread-invoice-later", [
 E("Hari Om Dairy <hariomdairy@gmail.com>", "Hari Om Dairy Portal - refund",
"""Namaste,
Hari Om Dairy Portal project ke liye jo booking amount diya tha woh wapas chahiye. Cooperative committee ne project mana kar diya.
Hariom Patel
""", T("2025-09-26 09:00"), to=OWD),
 E("Hari Om Dairy <hariomdairy@gmail.com>", "Re: Hari Om Dairy Portal - refund [OWD-2207]",
"""Invoice no OWD 2025 320 hai ji.

Hariom
""", T("2025-09-26 16:00"), to=OWD)], "decided", [D("refund", "approve", "20000.00")],
spec="C3 thread; invoice 'OWD 2025 320' = OWD-2025-320 (section 8); deposit paid 2025-09-25 10:00, request time = first email 2025-09-26 09:00 (23 h), no work started -> O2 approve 20000.00")

# o19 rush fee -> deny
proj("Mehndi Mahal Landing Page", "mehndimahal@gmail.com", started="2025-09-02T10:00:00")
opay("pay_hi_o19", "OWD-2025-321", "Mehndi Mahal Landing Page", "rush", "5000.00", "900.00", "2025-09-02T10:00:00")
case("hi-o19-rush-fee", E("Mehndi Mahal <mehndimahal@gmail.com>", "express charge refund",
"""Hi,

Mehndi Mahal Landing Page ke liye humne express delivery ka extra charge (OWD-2025-321) diya tha, phir bhi page 2 din late aaya. Express wala ₹5,000 wapas kijiye.

Zoya
""", T("2025-09-12 15:00"), to=OWD), "decided", [D("refund", "deny")],
spec="O6: rush fees are never refundable -> deny")

# o20 maintenance before service start, odd rounding
proj("Vedic Astro Consult App", "care@vedicastro.in", started="2025-08-01T10:00:00")
opay("pay_hi_o20", "OWD-2025-322", "Vedic Astro Consult App", "maintenance_annual", "14999.00", "2699.82", "2025-09-27T10:00:00", setup_fee="1500.00", service_start="2025-10-05")
case("hi-o20-maintenance-before-start", E("Vedic Astro <care@vedicastro.in>", "Refund Request — Vedic Astro Consult App (OWD-2025-322)",
"""Namaste,

Vedic Astro Consult App ke annual maintenance plan (OWD-2025-322) ki zaroorat nahi rahi, app ko hum band kar rahe hain kyunki Play Store ne hamari listing hata di. Service 5 October se shuru honi thi, please plan cancel karke refund dijiye.

Acharya Dev
""", T("2025-09-29 10:00"), to=OWD), "decided", [D("refund", "approve", "12374.08")], extra_ok=True,
spec="O5 + section 8 'before the service starts consumed_months is 1': (14999.00-1500.00)/12 = 1124.916...; 14999.00-1500.00-1124.916... = 12374.0833 -> 12374.08 (rounded once, C6)")

# o21 change request -> deny
proj("Tulsi Organics Store", "tulsiorganics@gmail.com", started="2025-07-01T10:00:00")
opay("pay_hi_o21", "OWD-2025-323", "Tulsi Organics Store", "change_request", "7500.00", "1350.00", "2025-09-19T10:00:00")
case("hi-o21-change-request", E("Tulsi Organics <tulsiorganics@gmail.com>", "अतिरिक्त बदलाव का बिल",
"""नमस्ते,

Tulsi Organics Store में हमने सिर्फ़ एक बैनर बदलने को कहा था, और आपने OWD-2025-323 में ₹7,500 का 'change request' बिल भेज दिया। इतना बड़ा बिल ठीक नहीं है, यह पैसा लौटाइए।

मालती
""", T("2025-09-22 12:00"), to=OWD), "decided", [D("refund", "deny")],
spec="O6: change requests outside the original scope are never refundable -> deny")

# o22 negation + cancel retainer with reason (Devanagari, notice ok)
proj("Neelkanth Temple Trust Site Care", "trust@neelkanthmandir.org", started="2025-02-15T10:00:00")
opay("pay_hi_o22", "OWD-2025-324", "Neelkanth Temple Trust Site Care", "retainer", "5000.00", "900.00", "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
case("hi-o22-negation-cancel", E("नीलकंठ मंदिर ट्रस्ट <trust@neelkanthmandir.org>", "साइट केयर प्लान बंद करें – OWD-2025-324",
"""जय श्री महाकाल,

Neelkanth Temple Trust Site Care (OWD-2025-324) इस महीने के बाद बंद कर दीजिए। इस महीने का पैसा वापस नहीं माँग रहे, सेवा अच्छी रही। ट्रस्ट के नए सदस्य अब खुद वेबसाइट अपडेट करेंगे।

सचिव, नीलकंठ मंदिर ट्रस्ट
""", T("2025-09-30 08:00"), to=OWD), "decided", [D("cancellation", "cancel", eff="2025-10-14")],
spec="negation (not asking for money back) adds no refund; O4: next_billing_at 2025-10-15, cutoff 2025-10-08; request 2025-09-30 -> cancel effective 2025-10-14")

# =================== hard / mixed ===================
# x01 bounce
case("hi-x01-bounce", E("Mail Delivery Subsystem <MAILER-DAEMON@mail.rediffmail.com>", "Delivery Status Notification (Failure)",
"""Aapka sandesh nimn pate par nahi pahunch saka:

    refund.team@leadsoptma.com

Reason: domain not found. Subject: "paise wapas karo - LO-INV-70412"
""", T("2025-09-25 23:00")), "ignore", rules=["C7"],
spec="C7: MAILER-DAEMON sender, delivery-status report -> ignore")

# x02 newsletter with List-Id
case("hi-x02-list-id", E("StartupIndia Digest <digest@startupdigest.in>", "इस हफ़्ते: SaaS रिफंड नीतियाँ कैसे लिखें",
"""इस अंक में: SaaS कंपनियाँ रिफंड और कैंसिलेशन कैसे संभालती हैं, डबल पेमेंट से कैसे बचें...

सदस्यता छोड़ने के लिए यहाँ क्लिक करें।
""", T("2025-09-27 07:00"), headers={"List-Id": "StartupIndia Digest <digest.startupdigest.in>", "Precedence": "list",
"List-Unsubscribe": "<mailto:unsub@startupdigest.in>"}), "ignore", rules=["C7"],
spec="C7: List-Id / Precedence: list -> ignore")

# x03 brand's own address
case("hi-x03-own-address", E("LeadsOptima <noreply@leadsoptima.com>", "आपका इनवॉइस LO-INV-70412",
"""प्रिय ग्राहक, आपका भुगतान प्राप्त हुआ। रिफंड के लिए support@leadsoptima.com पर लिखें।
""", T("2025-09-18 08:12")), "ignore", rules=["C7"],
spec="C7: mail from the brand's own address -> ignore")

# x04 forward by the registered owner (Gmail Hindi UI marker), dup inside window
cust("gupta.textiles.surat@gmail.com", "Gupta Textiles", "monthly", "2025-09-19", "2025-10-18")
lpay("pay_hi_7301", "LO-INV-70701", "gupta.textiles.surat@gmail.com", "monthly", "2499.00", "449.82", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
lpay("pay_hi_7302", "LO-INV-70702", "gupta.textiles.surat@gmail.com", "monthly", "2499.00", "449.82", "2025-09-19T10:02:00", "2025-09-19", "2025-10-18")
case("hi-x04-forward-own", E("Gupta Textiles <gupta.textiles.surat@gmail.com>", "Fwd: payment 2 baar",
"""niche dekhiye

---------- अग्रेषित संदेश ---------
प्रेषक: Naresh (Accounts) <naresh.acc@guptatextiles.in>
दिनांक: शुक्र, 19 सित॰ 2025, 6:40 pm
विषय: payment 2 baar
प्रति: <gupta.textiles.surat@gmail.com>

Sir, LeadsOptima ne aaj 2,948.82 do baar kaat liya hai, bank statement attach hai. Dusra LO-INV-70702 hai, refund mangwa lijiye.
""", T("2025-09-20 09:30")), "decided", [D("refund", "approve", "2499.00")],
spec="section 8 forwards: read for the request carried; forwarded by the registered email itself and the forwarded request names no other registered email (section 8: the sender is the From address) -> no C2; L2 duplicate day 1 -> L4 approve 2499.00")

# x05 forward from colleague naming the registered email -> C2
cust("info@balajimobiles.in", "Balaji Mobiles", "quarterly", "2025-09-01", "2025-11-30")
lpay("pay_hi_7311", "LO-INV-70711", "info@balajimobiles.in", "quarterly", "3999.00", "719.82", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("hi-x05-forward-c2", E("Venkat Balaji <venkat.b@balajimobiles.in>", "FW: Cancel LeadsOptima",
"""Team, neeche wala mail dekh ke kar dijiye.

-----Original Message-----
From: Balaji Mobiles <info@balajimobiles.in>
Sent: Saturday, September 27, 2025 11:10 AM
To: Venkat Balaji <venkat.b@balajimobiles.in>
Subject: Cancel LeadsOptima

Venkat, LeadsOptima ka quarterly plan (registered email info@balajimobiles.in) band karwa do, naye CRM pe shift ho gaye hain.
""", T("2025-09-27 12:00")), "need_info", rules=["C2"],
spec="section 8 forwards: the forwarded request names registered email info@balajimobiles.in, not the sender -> C2 need_info")

# x06 +tag address
cust("kunal.shah@shahlogistics.in", "Kunal Shah", "monthly", "2025-09-10", "2025-10-09")
lpay("pay_hi_7321", "LO-INV-70721", "kunal.shah@shahlogistics.in", "monthly", "1499.00", "269.82", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("hi-x06-plus-tag", E("Kunal Shah <kunal.shah+billing@shahlogistics.in>", "plan cancel karo",
"""Hi,
Humara monthly plan cancel kar do. Leads ki quality achhi nahi thi, sales team khush nahi hai.
Kunal
""", T("2025-09-26 15:00")), "need_info", rules=["C2"],
spec="section 8 addresses: 'name+tag@' is another address -> not the registered email -> C2")

# x07 other brand's customer writing to LeadsOptima
case("hi-x07-other-brand", E("Vandana Rao <web@saffronspice.co.in>", "refund chahiye",
"""Hello,
Maine subscription le li thi galti se, mujhe pasand nahi aaya. Refund kar do please, invoice LO-INV-99999.
Vandana
""", T("2025-09-26 10:00")), "need_info", rules=["C2"],
spec="section 8 'the other brand's customer': the sender is an Optima contract email, unknown in the LeadsOptima ledger -> treated as unknown sender (C2, C3): need_info with C2")

# x08 mixed: refund denied + cancel, quarterly, Hinglish with English; too expensive
cust("anjali.bose@boseevents.in", "Anjali Bose", "quarterly", "2025-09-24", "2025-12-23")
lpay("pay_hi_7331", "LO-INV-70731", "anjali.bose@boseevents.in", "quarterly", "3999.00", "719.82", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
case("hi-x08-expensive-both", E("Anjali Bose <anjali.bose@boseevents.in>", "Re: Welcome to LeadsOptima",
"""Hi,

Sach bolu to quarterly plan humare chhote event business ke liye bahut mehenga pad raha hai. Please ise cancel kar do aur LO-INV-70731 ka paisa refund kar do.

Anjali

On Wed, Sep 24, 2025 at 10:01 AM LeadsOptima <noreply@leadsoptima.com> wrote:
> Welcome aboard! Your quarterly plan is active until 23 Dec 2025.
""", T("2025-09-25 13:00"), headers={"In-Reply-To": "<welcome.20250924.anjali@leadsoptima.com>", "References": "<welcome.20250924.anjali@leadsoptima.com>"}), "decided", [D("refund", "deny"), D("cancellation", "cancel", eff="2025-12-23")],
spec="L1: 'too expensive' is not an exception -> refund deny; L8 cancel effective current_period_end 2025-12-23 (quoted history from noreply is not the request)")

# x09 UK-based NRI, BST, access failure day 7 edge
cust("priya.nair.uk@gmail.com", "Priya Nair", "monthly", "2025-09-15", "2025-10-14")
lpay("pay_hi_7341", "LO-INV-70741", "priya.nair.uk@gmail.com", "monthly", "1499.00", "0.00", "2025-09-15T23:30:00", "2025-09-15", "2025-10-14")
case("hi-x09-bst-day7", E("Priya Nair <priya.nair.uk@gmail.com>", "login nahi ho raha since payment",
"""Hi team,

London se likh rahi hoon. 15 ko payment ke baad se app mein login hi nahi ho raha, "session expired" aata hai har baar. Support chat pe bhi koi solution nahi mila. LO-INV-70741 ka refund kar do please.

Priya
""", T("2025-09-22 19:00", BST)), "decided", [D("refund", "escalate")],
spec="L3 in the brand's zone: 2025-09-22 19:00 +01:00 = 23:30 IST on 2025-09-22 = day 7 after the 2025-09-15 charge -> inside; L6 escalate")

# x10 C4 Devanagari lawyer notice + cancel
cust("sanjay.goel@goelbuilders.in", "Sanjay Goel", "annual", "2025-09-23", "2026-09-22")
lpay("pay_hi_7351", "LO-INV-70751", "sanjay.goel@goelbuilders.in", "annual", "11988.00", "2157.84", "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
case("hi-x10-c4-lawyer", E("Sanjay Goel <sanjay.goel@goelbuilders.in>", "कानूनी नोटिस से पहले अंतिम अनुरोध",
"""श्रीमान,

आपके सेल्समैन ने कहा था कि सालाना प्लान कभी भी रद्द करने पर पैसे वापस होंगे। अब मना कर रहे हैं। मेरा प्लान तुरंत रद्द करें और LO-INV-70751 की पूरी राशि लौटाएँ, अन्यथा मेरे वकील आपको legal notice भेजेंगे।

संजय गोयल
""", T("2025-09-25 17:00")), "decided", [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
spec="C4 covers the whole case (section 8): a lawyer/legal notice threat escalates both the refund and the cancellation")

# x11 past event only, thanks -> other
cust("amit.verma.cs@gmail.com", "Amit Verma", "monthly", "2025-09-05", "2025-10-04", status="cancelled")
lpay("pay_hi_7361", "LO-INV-70761", "amit.verma.cs@gmail.com", "monthly", "1499.00", "269.82", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
case("hi-x11-thanks-other", E("Amit Verma <amit.verma.cs@gmail.com>", "Re: Your cancellation is confirmed",
"""Shukriya! Cancellation ka confirmation mil gaya, 4 October tak use karta rahunga. Aapki team ne achhi madad ki.

Amit
""", T("2025-09-20 10:00"), headers={"In-Reply-To": "<cancel-confirm.20250919.amit@leadsoptima.com>", "References": "<cancel-confirm.20250919.amit@leadsoptima.com>"}), "other",
spec="a thank-you about a cancellation already done: no new refund or cancellation request -> other")

# x12 Devanagari, amount in words, billing error after cancel, outside window
cust("ramesh.patil@patilagro.in", "Ramesh Patil", "monthly", "2025-09-08", "2025-10-07", status="cancelled")
lpay("pay_hi_7371", "LO-INV-70771", "ramesh.patil@patilagro.in", "monthly", "1499.00", "269.82", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
case("hi-x12-after-cancel-late", E("रमेश पाटिल <ramesh.patil@patilagro.in>", "रद्द करने के बाद भी पैसे कटे",
"""नमस्ते,

अगस्त में ही मैंने प्लान रद्द कर दिया था, फिर भी 8 सितंबर को एक हज़ार सात सौ अड़सठ रुपये बयासी पैसे काट लिए गए (LO-INV-70771)। खेती के काम में व्यस्त था इसलिए आज लिख रहा हूँ। यह राशि लौटा दें।

रमेश पाटिल
""", T("2025-09-17 10:00")), "decided", [D("refund", "deny")],
spec="L2 billing_error but charge 2025-09-08, request 2025-09-17 = day 9 > 7 -> L3 deny citing the 7-day rule")

# ---- additions ----
# x13 OWD hypothetical before paying -> other
case("hi-x13-owd-hypothetical", E("Ritesh Kumar <ritesh.k.bakery@gmail.com>", "deposit ke baare mein sawaal",
"""Namaste Optima team,

Aapka quotation mila, achha laga. Bas ek sawaal: agar hum deposit de dein aur pehla design pasand na aaye, toh kya deposit wapas milega? Yeh samajh ke hi payment karenge.

Ritesh, Kumar Bakery
""", T("2025-09-29 18:00"), to=OWD), "other",
spec="section 8: a hypothetical refund question before paying -> other")

# x14 OWD HTML-only Hinglish, deposit within 72h
proj("Sapna Saree Showroom", "sapnasarees@gmail.com")
opay("pay_hi_o30", "OWD-2025-330", "Sapna Saree Showroom", "deposit", "12000.00", "2160.00", "2025-09-28T16:00:00")
case("hi-x14-owd-html-deposit", E("Sapna Sarees <sapnasarees@gmail.com>", "Refund Request — Sapna Saree Showroom",
None, T("2025-09-30 12:00"), to=OWD, html="""<div dir="ltr">Namaste,<br><br>Sapna Saree Showroom ke liye parso jo booking amount diya (<b>OWD-2025-330</b>), woh wapas chahiye. Papa ji ne Instagram shop se hi kaam chalane ka bola hai, website abhi nahi banegi.<br><br>Dhanyavaad<br>Sapna Agrawal</div>"""),
"decided", [D("refund", "approve", "12000.00")],
spec="HTML-only; O2: paid 2025-09-28 16:00, request 2025-09-30 12:00 = 44 h, no work -> approve 12000.00")

# x15 LO C4 bank complaint + cancellation (Hinglish)
cust("naveen.rathi@rathisteels.in", "Naveen Rathi", "monthly", "2025-09-12", "2025-10-11")
lpay("pay_hi_7381", "LO-INV-70781", "naveen.rathi@rathisteels.in", "monthly", "1499.00", "269.82", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("hi-x15-c4-chargeback-cancel", E("Naveen Rathi <naveen.rathi@rathisteels.in>", "account band karo abhi",
"""Aapka sales wala bola tha trial free hai, phir bhi 12 ko paise kaat liye. Account turant band karo. Agar agla ek bhi rupaya kata toh bank mein chargeback daal dunga.

Naveen Rathi
""", T("2025-09-20 11:00")), "decided", [D("cancellation", "escalate")], rules=["C4"], extra_ok=True,
spec="C4 covers the whole case: a chargeback threat escalates the cancellation (extra_ok: a refund intent may also be read and escalated)")

# x16 failed payment, Devanagari
cust("pankaj.soni@sonijewels.in", "Pankaj Soni", "monthly", "2025-09-24", "2025-10-23")
lpay("pay_hi_7391", "LO-INV-70791", "pankaj.soni@sonijewels.in", "monthly", "1499.00", "269.82", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lpay("pay_hi_7392", "LO-INV-70792", "pankaj.soni@sonijewels.in", "monthly", "1499.00", "269.82", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23", status="failed")
case("hi-x16-failed-payment", E("पंकज सोनी <pankaj.soni@sonijewels.in>", "असफल भुगतान का पैसा कटा",
"""नमस्ते,

24 तारीख़ को भुगतान करते समय स्क्रीन अटक गई तो मैंने दोबारा बटन दबाया। बैंक से दोनों बार पैसे कट गए, पर आपकी साइट पर दूसरा भुगतान LO-INV-70792 'failed' दिखा रहा है। मेरे खाते से तो वह पैसा गया है, उसे लौटाइए।

पंकज सोनी
""", T("2025-09-25 10:00")), "decided", [D("refund", "escalate")],
spec="section 8: the payment named (LO-INV-70792) is not 'paid' (failed) -> refund escalate")

# x17 long Hinglish thread: reason, then invoice, OWD milestone
proj("Chai Sutta Franchise Portal", "franchise@chaisutta.example.in", started="2025-08-01T10:00:00")
opay("pay_hi_o31", "OWD-2025-331", "Chai Sutta Franchise Portal", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00", milestone_status="not_started")
opay("pay_hi_o32", "OWD-2025-332", "Chai Sutta Franchise Portal", "milestone", "15000.00", "2700.00", "2025-08-10T10:00:00", milestone_status="approved")
case("hi-x17-thread-three", [
 E("Franchise Desk <franchise@chaisutta.example.in>", "Chai Sutta Franchise Portal - milestone refund",
"""Hi team, franchise portal ka ek milestone ka paisa wapas chahiye.
""", T("2025-09-22 10:00"), to=OWD),
 E("Franchise Desk <franchise@chaisutta.example.in>", "Re: Chai Sutta Franchise Portal - milestone refund [OWD-2240]",
"""Reason: franchise application form wala module ab hum Google Forms se karenge, isliye woh milestone nahi chahiye. Invoice number kal bhejta hoon.
""", T("2025-09-22 17:00"), to=OWD),
 E("Franchise Desk <franchise@chaisutta.example.in>", "Re: Chai Sutta Franchise Portal - milestone refund [OWD-2240]",
"""Invoice: OWD/2025/331

Regards, Franchise Desk
""", T("2025-09-23 11:00"), to=OWD)], "decided", [D("refund", "approve", "20000.00")],
spec="C3 thread of three emails; invoice 'OWD/2025/331' = OWD-2025-331 (section 8); O3 milestone not_started -> approve 20000.00 before tax")

if __name__ == "__main__":
    build("hi")
