"""fresh4_hi: a held-out round of Hindi (Devanagari) and Hinglish mail for mailbot, written from
POLICY_SPEC.md alone by a QA pass (qa4c). Deterministic, stdlib only. Run: python3 make_cases.py
(writes ledger.json, emails/*.eml and expected.json beside this file). MIT licence, like the project."""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
MAILS = {}


def tz(spec):
    sign = -1 if spec[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(spec[1:3]), minutes=int(spec[3:5])))


def dt(s, zone="+0530"):
    """'2025-09-22 09:15' in the given UTC offset (default IST)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz(zone))


def cust(email, plan, cps=None, cpe=None, status="active", name=None, trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name or email.split("@")[0],
                                "plan": plan, "status": status, "trial_ends": trial_ends,
                                "current_period_start": cps, "current_period_end": cpe})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, work=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, ps=None, pe=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def mail(fname, frm, to, subject, when, text=None, html=None, headers=(), irt=None, refs=None, cc=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<%s.%s@mail.example>" % (fname.replace("/", ".").replace(".eml", ""), when.strftime("%Y%m%d%H%M"))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    MAILS["emails/" + fname] = m
    return "emails/" + fname, m["Message-ID"]


def case(cid, files, brand, status, rules, decisions, spec, missing=None, ambiguous=None, extra_ok=False):
    c = {"id": cid, "lang": LANG, "files": list(files), "brand": brand, "status": status, "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def d(intent, outcome, amount=None, eff=None):
    r = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        r["amount"] = amount
    if intent == "cancellation" and eff is not None:
        r["effective_date"] = eff
    return r


def write():
    out = HERE / "emails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for name, m in MAILS.items():
        (HERE / name).write_bytes(m.as_bytes(policy=SMTP))
    ids = [p["id"] for p in LEDGER["payments"]]
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "duplicate id/invoice"
    cids = [c["id"] for c in CASES]
    assert len(cids) == len(set(cids))
    for c in CASES:
        for f in c["files"]:
            assert f in MAILS, f
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(len(CASES), "cases,", len(MAILS), "emails")

LANG = "hi"


def lo_cases():
    # h01 duplicate inside the window (Hinglish, ₹ with GST as the bank shows it)
    cust("rohit.verma84@gmail.com", "monthly", "2025-09-20", "2025-10-19", name="Rohit Verma")
    lopay("h_p0101", "LO-INV-74101", "rohit.verma84@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T11:02:00", "2025-09-20", "2025-10-19")
    lopay("h_p0102", "LO-INV-74102", "rohit.verma84@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T11:04:00", "2025-09-20", "2025-10-19")
    f, _ = mail("h01-dup-inside.eml", "Rohit Verma <rohit.verma84@gmail.com>", LO, "payment do baar kat gaya",
                dt("2025-09-22 09:15"),
                "Hi team,\n\nmere HDFC card se 20 sept ko monthly plan ka ₹1,768.82 do baar kat gaya hai, "
                "dono SMS aaye 2 min ke gap mein. Dusra wala invoice LO-INV-74102 hai.\n"
                "Ek payment wapas kar do please, ek hi plan hai mera.\n\nThanks\nRohit\n\nSent from my Redmi")
    case("hi-l01-dup-inside", [f], "leadsoptima", "decided", [], [d("refund", "approve", "1499.00")],
         "section 3 L2 duplicate_payment ('do baar kat gaya'); ledger: two paid monthly charges 1499.00 on 2025-09-20, same period; "
         "request 2025-09-22 = day 2 <= 7 (L3); L4 approve the duplicate's amount before tax 1499.00 (C6: GST 269.82 not refunded)")

    # h02 duplicate, day 8 (Devanagari)
    cust("sunita.joshi@joshitraders.in", "quarterly", "2025-09-05", "2025-12-04", name="Sunita Joshi")
    lopay("h_p0201", "LO-INV-74111", "sunita.joshi@joshitraders.in", "quarterly", "3999.00", "719.82", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
    lopay("h_p0202", "LO-INV-74112", "sunita.joshi@joshitraders.in", "quarterly", "3999.00", "719.82", "2025-09-05T10:01:00", "2025-09-05", "2025-12-04")
    f, _ = mail("h02-dup-day8.eml", "Sunita Joshi <sunita.joshi@joshitraders.in>", LO, "दो बार भुगतान कटा",
                dt("2025-09-13 12:10"),
                "नमस्ते,\n\nमेरे खाते से 5 सितंबर को तिमाही प्लान का पैसा दो बार कट गया है (₹4,718.82 + ₹4,718.82)। "
                "दूसरे भुगतान का इनवॉइस नंबर LO-INV-74112 है। कृपया दूसरा भुगतान वापस करें।\n"
                "मैं इसी रजिस्टर्ड ईमेल से लिख रही हूँ।\n\nधन्यवाद,\nसुनीता जोशी\nजोशी ट्रेडर्स, इंदौर")
    case("hi-l02-dup-day8", [f], "leadsoptima", "decided", [], [d("refund", "deny")],
         "section 3 L3: charge 2025-09-05 is day 0, request 2025-09-13 is day 8 > 7 -> deny citing the 7-day rule (even though L4 would otherwise apply)")

    # h03 duplicate, day 7 exactly, Date header in UTC
    cust("anil.kapoor.hr@outlook.com", "annual", "2025-09-10", "2026-09-09", name="Anil Kapoor")
    lopay("h_p0301", "LO-INV-74121", "anil.kapoor.hr@outlook.com", "annual", "11988.00", "2157.84", "2025-09-10T23:30:00", "2025-09-10", "2026-09-09")
    lopay("h_p0302", "LO-INV-74122", "anil.kapoor.hr@outlook.com", "annual", "11988.00", "2157.84", "2025-09-10T23:31:00", "2025-09-10", "2026-09-09")
    f, _ = mail("h03-dup-day7-utc.eml", "Anil Kapoor <anil.kapoor.hr@outlook.com>", LO, "double charge - annual plan",
                dt("2025-09-17 16:10", "+0000"),
                "Hello LeadsOptima,\n\nannual plan renew karte waqt double charge ho gaya, 10 tareekh raat ko. "
                "Rs 14,145.84 do baar gaya hai statement mein. Second invoice: LO-INV-74122.\n"
                "Kripya ek amount refund karein.\n\nRegards,\nAnil Kapoor\nHR Head")
    case("hi-l03-dup-day7", [f], "leadsoptima", "decided", [], [d("refund", "approve", "11988.00")],
         "section 1 counting windows: Date 2025-09-17 16:10 +0000 = 2025-09-17 21:40 IST; charges 2025-09-10 (day 0) -> day 7, inside (L3 'day 7 is inside'); "
         "L4 two paid annual charges same period -> approve 11988.00 before tax")

    # h04 L1 changed mind / not used
    cust("priya.nair.designs@gmail.com", "monthly", "2025-09-24", "2025-10-23", name="Priya Nair")
    lopay("h_p0401", "LO-INV-74131", "priya.nair.designs@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T08:45:00", "2025-09-24", "2025-10-23")
    f, _ = mail("h04-l1-not-used.eml", "Priya Nair <priya.nair.designs@gmail.com>", LO, "refund plz",
                dt("2025-09-27 18:22"),
                "hii\n\nis mahine maine tool use hi nahi kiya, client projects mein bahut busy thi. auto renew ho gaya 24 ko. "
                "please 1499 wapas kar do, invoice LO-INV-74131\n\npriya")
    case("hi-l04-l1-unused", [f], "leadsoptima", "decided", [], [d("refund", "deny")],
         "section 3 L1: 'tool use hi nahi kiya' (did not use it) is not one of the L2 exceptions -> deny, reply offers cancellation; inside the window does not matter")

    # h05 refund (not an exception) + cancellation
    cust("manoj.tiwari@tiwarilogistics.co.in", "annual", "2025-08-01", "2026-07-31", name="Manoj Tiwari")
    lopay("h_p0501", "LO-INV-74141", "manoj.tiwari@tiwarilogistics.co.in", "annual", "11988.00", "2157.84", "2025-08-01T12:00:00", "2025-08-01", "2026-07-31")
    f, _ = mail("h05-l1-plus-cancel.eml", "मनोज तिवारी <manoj.tiwari@tiwarilogistics.co.in>", LO, "सालाना प्लान रद्द करें",
                dt("2025-09-18 11:05"),
                "महोदय,\n\nहमारी कंपनी ने अब दूसरा CRM ले लिया है, इसलिए LeadsOptima की ज़रूरत नहीं रही। "
                "कृपया हमारा सालाना प्लान रद्द कर दें और बचे हुए दस महीनों का पैसा लौटा दें। इनवॉइस LO-INV-74141।\n\n"
                "सादर,\nमनोज तिवारी\nतिवारी लॉजिस्टिक्स प्रा. लि.")
    case("hi-l05-l1-and-cancel", [f], "leadsoptima", "decided", [],
         [d("refund", "deny"), d("cancellation", "cancel", eff="2026-07-31")],
         "refund of unused months: section 3 L1 (and clause 2 'no partial refunds for unused days'; also day 48 > 7, L3) -> deny; "
         "cancellation L8 -> effective current_period_end 2026-07-31")

    # h06 billing error: charged for the wrong plan
    cust("deepak.mehra@mehrarealty.in", "monthly", "2025-09-26", "2025-10-25", name="Deepak Mehra")
    lopay("h_p0601", "LO-INV-74151", "deepak.mehra@mehrarealty.in", "annual", "11988.00", "2157.84", "2025-09-26T10:30:00", "2025-09-26", "2026-09-25")
    f, _ = mail("h06-billing-error.eml", "Deepak Mehra <deepak.mehra@mehrarealty.in>", LO, "galat plan ka paisa kata - INV 74151",
                dt("2025-09-28 20:02"),
                "Namaste,\n\nmaine monthly plan liya tha (₹1,499 wala) lekin 26 ko mere card se annual ka ₹14,145.84 kaat liya. "
                "Yeh galat plan charge hua hai. Invoice LO-INV-74151. Please sahi karke extra paisa wapas kijiye.\n\n"
                "Deepak Mehra\nMehra Realty, Gurugram\nM: 98110 xxxxx")
    case("hi-l06-billing-error", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 3 L2 billing_error ('galat plan charge', monthly taken, annual charged); charge 2025-09-26, request 2025-09-28 day 2 (L3); L5 escalate with the charge, no amount (section 8)")

    # h07 access failure inside (Devanagari)
    cust("kavita.sharma@edupoint.in", "quarterly", "2025-09-23", "2025-12-22", name="Kavita Sharma")
    lopay("h_p0701", "LO-INV-74161", "kavita.sharma@edupoint.in", "quarterly", "3999.00", "719.82", "2025-09-23T09:00:00", "2025-09-23", "2025-12-22")
    f, _ = mail("h07-access-inside.eml", "Kavita Sharma <kavita.sharma@edupoint.in>", LO, "लॉगिन नहीं हो रहा, पैसा वापस चाहिए",
                dt("2025-09-26 15:40"),
                "नमस्कार,\n\n23 तारीख को तिमाही प्लान का भुगतान किया था, तब से लॉगिन नहीं हो रहा। पासवर्ड रीसेट भी किया, "
                "डैशबोर्ड खुलता ही नहीं, सफ़ेद स्क्रीन आती है। आपके सपोर्ट चैट पर दो बार बताया, कोई हल नहीं निकला।\n"
                "ऐसे में पैसा वापस कर दीजिए। इनवॉइस: LO-INV-74161\n\nकविता शर्मा\nएडुपॉइंट कोचिंग")
    case("hi-l07-access-inside", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 3 L2 access_failure ('लॉगिन नहीं हो रहा', dashboard not opening); charge 2025-09-23, request 2025-09-26 day 3; L6 escalate")

    # h08 access failure outside
    cust("imran.qureshi@qureshiexports.com", "monthly", "2025-09-02", "2025-10-01", name="Imran Qureshi")
    lopay("h_p0801", "LO-INV-74171", "imran.qureshi@qureshiexports.com", "monthly", "1499.00", "269.82", "2025-09-02T14:00:00", "2025-09-02", "2025-10-01")
    f, _ = mail("h08-access-outside.eml", "Imran Qureshi <imran.qureshi@qureshiexports.com>", LO, "2 hafte se login nahi ho raha",
                dt("2025-09-19 10:12"),
                "Assalam alaikum,\n\n2 hafte se login nahi ho raha, har baar 'session expired' aata hai. Is mahine ka paisa "
                "(invoice LO-INV-74171, 2 sept) wapas chahiye kyunki tool use hi nahi ho paya.\n\nImran Qureshi\nQureshi Exports")
    case("hi-l08-access-outside", [f], "leadsoptima", "decided", [], [d("refund", "deny")],
         "section 3 L3: charge 2025-09-02 day 0, request 2025-09-19 day 17 > 7 -> deny citing the 7-day rule (access_failure would otherwise be L6)")

    # h09 cancellation, quarterly
    cust("neha.gupta.ca@gmail.com", "quarterly", "2025-08-12", "2025-11-11", name="Neha Gupta")
    lopay("h_p0901", "LO-INV-74181", "neha.gupta.ca@gmail.com", "quarterly", "3999.00", "719.82", "2025-08-12T09:30:00", "2025-08-12", "2025-11-11")
    f, _ = mail("h09-cancel-quarterly.eml", "Neha Gupta <neha.gupta.ca@gmail.com>", LO, "Subscription cancel",
                dt("2025-09-24 13:00"),
                "Hello,\n\nmera quarterly subscription cancel kar dijiye. Ab hum apna in-house tool use karenge. "
                "Next quarter ka auto renew nahi hona chahiye.\n\nThank you\nCA Neha Gupta")
    case("hi-l09-cancel", [f], "leadsoptima", "decided", [], [d("cancellation", "cancel", eff="2025-11-11")],
         "section 3 L8: cancel, active until current_period_end 2025-11-11; plan filled from the ledger for the verified sender (section 1)")

    # h10 cancellation, L8 fallback (no current period in the ledger)
    cust("vikas.yadav@yadavmotors.in", "monthly", name="Vikas Yadav")
    lopay("h_p1001", "LO-INV-74185", "vikas.yadav@yadavmotors.in", "monthly", "1499.00", "269.82", "2025-08-18T10:00:00")
    lopay("h_p1002", "LO-INV-74186", "vikas.yadav@yadavmotors.in", "monthly", "1499.00", "269.82", "2025-09-18T10:00:00")
    f, _ = mail("h10-cancel-fallback.eml", "विकास यादव <vikas.yadav@yadavmotors.in>", LO, "प्लान बंद करना है",
                dt("2025-09-29 09:05"),
                "नमस्ते जी,\n\nमुझे अपना मासिक प्लान बंद करवाना है। शोरूम का काम कम हो गया है, लीड्स की ज़रूरत नहीं।\n"
                "आगे से कोई पैसा न कटे।\n\nविकास यादव\nयादव मोटर्स, रेवाड़ी")
    case("hi-l10-cancel-fallback", [f], "leadsoptima", "decided", [], [d("cancellation", "cancel", eff="2025-10-17")],
         "section 3 L8 fallback: no current_period_end; last charge 2025-09-18 + 1 month (monthly) - 1 day = 2025-10-17")

    # h11 free trial
    cust("pooja.bansal@bansalcreations.in", "monthly", status="trial", trial_ends="2025-10-05", name="Pooja Bansal")
    f, _ = mail("h11-trial.eml", "Pooja Bansal <pooja.bansal@bansalcreations.in>", LO, "refund",
                dt("2025-09-25 17:45"),
                "Hi, main abhi free trial pe hoon. Software hamare kaam ka nahi laga, leads quality achhi nahi thi. "
                "Jo bhi paise lage hain wo wapas kar do please.\n\nPooja")
    case("hi-l11-trial", [f], "leadsoptima", "decided", [], [d("refund", "deny")],
         "section 3 L7: account on a free trial (status trial, trial_ends 2025-10-05), no charges in the ledger -> deny, reply says no billing unless they subscribe",
         ambiguous="section 3 asks an invoice number for every refund and a trial account has none: need_info [invoice_number] is another reading; L7 reads as the direct rule")

    # h12 C2: writes from a personal address naming the registered one
    cust("rahul@kumarinfotech.in", "monthly", "2025-09-10", "2025-10-09", name="Rahul Kumar")
    lopay("h_p1201", "LO-INV-74191", "rahul@kumarinfotech.in", "monthly", "1499.00", "269.82", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    f, _ = mail("h12-c2-other-address.eml", "Rahul K <rahul.k.personal@gmail.com>", LO, "plan cancel karna hai",
                dt("2025-09-20 22:30"),
                "Hi,\n\nmera registered email rahul@kumarinfotech.in hai, office ka mail server abhi band hai isliye personal se likh raha hoon. "
                "Mera plan cancel kar do aur batao kab tak active rahega.\n\nRahul Kumar")
    case("hi-l12-c2", [f], "leadsoptima", "need_info", ["C2"], [],
         "section 2 C2 + section 3: sender rahul.k.personal@gmail.com is not the registered email rahul@kumarinfotech.in he names -> ask him to write from it, no account details")

    # h13 thread: duplicate without invoice, then the invoice typed sloppily
    cust("sanjay.patil@patilagro.in", "monthly", "2025-09-21", "2025-10-20", name="Sanjay Patil")
    lopay("h_p1301", "LO-INV-74201", "sanjay.patil@patilagro.in", "monthly", "1499.00", "269.82", "2025-09-21T07:10:00", "2025-09-21", "2025-10-20")
    lopay("h_p1302", "LO-INV-74202", "sanjay.patil@patilagro.in", "monthly", "1499.00", "269.82", "2025-09-21T07:12:00", "2025-09-21", "2025-10-20")
    f1, mid = mail("h13a-dup-no-invoice.eml", "Sanjay Patil <sanjay.patil@patilagro.in>", LO, "Payment 2 baar debit",
                   dt("2025-09-23 08:30"),
                   "Namaskar,\n\nis mahine ka payment 2 baar debit hua hai mere account se, 21 tarikh ko. "
                   "Please check karke ek wapas karo.\n\nSanjay Patil\nPatil Agro, Nashik")
    f2, _ = mail("h13b-answer-invoice.eml", "Sanjay Patil <sanjay.patil@patilagro.in>", LO, "Re: Payment 2 baar debit",
                 dt("2025-09-24 19:05"),
                 "Invoice no. lo inv 74202 hai (dusra wala).\n\nDhanyavad\nSanjay\n\n> Please share the invoice number of the charge.",
                 irt="<lo-reply-h13@leadsoptima.com>", refs=mid + " <lo-reply-h13@leadsoptima.com>")
    case("hi-l13-thread-invoice", [f1, f2], "leadsoptima", "decided", [], [d("refund", "approve", "1499.00")],
         "section 2 C3: first mail lacks invoice_number, answer in the thread gives 'lo inv 74202' = LO-INV-74202 (section 8 invoice matching); "
         "request time = first email 2025-09-23, day 2 (section 1); L4 duplicate pair -> approve 1499.00")

    # h14 refund with no reason at all
    cust("anjali.deshmukh@gmail.com", "monthly", "2025-09-25", "2025-10-24", name="Anjali Deshmukh")
    lopay("h_p1401", "LO-INV-74211", "anjali.deshmukh@gmail.com", "monthly", "1499.00", "269.82", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
    f, _ = mail("h14-no-reason.eml", "Anjali Deshmukh <anjali.deshmukh@gmail.com>", LO, "Refund request",
                dt("2025-09-26 11:11"),
                "Hi,\nkindly refund kar dijiye invoice LO-INV-74211 ka.\n\nThanks & regards,\nAnjali Deshmukh\n\nSent from my iPhone")
    case("hi-l14-no-reason", [f], "leadsoptima", "need_info", [], [],
         "section 3 requires a reason for a refund; section 8: restating the request and the signature are not reasons -> need_info; plan from the ledger, invoice given",
         missing=["reason"])

    # h15 C4 consumer court, refund + cancel
    cust("arvind.rao@raoenterprises.co.in", "annual", "2025-09-12", "2026-09-11", name="Arvind Rao")
    lopay("h_p1501", "LO-INV-74221", "arvind.rao@raoenterprises.co.in", "annual", "11988.00", "2157.84", "2025-09-12T06:00:00", "2025-09-12", "2026-09-11")
    f, _ = mail("h15-c4-consumer-court.eml", "Arvind Rao <arvind.rao@raoenterprises.co.in>", LO, "LAST WARNING - refund",
                dt("2025-09-27 21:50"),
                "Maine teen baar mail kiya hai. Aapne bina pooche annual plan auto-renew karke ₹14,145.84 kaat liye (LO-INV-74221). "
                "Account band karo aur paise wapas do, warna main consumer court mein case karunga.\n\nArvind Rao")
    case("hi-l15-c4", [f], "leadsoptima", "decided", ["C4"], [d("refund", "escalate"), d("cancellation", "escalate")],
         "section 2 C4: consumer court threat -> escalate; section 8: C4 covers the whole case, the cancellation ('account band karo') included")

    # h16 C7 out of office in Hindi
    f, _ = mail("h16-c7-ooo.eml", "Suresh Iyer <suresh.iyer@iyerandco.in>", LO, "स्वतः उत्तर: Your LeadsOptima invoice",
                dt("2025-09-22 07:00"),
                "नमस्ते,\nमैं 5 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए कृपया office@iyerandco.in पर लिखें।\nसुरेश अय्यर",
                headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    case("hi-l16-c7-ooo", [f], "leadsoptima", "ignore", ["C7"], [],
         "section 2 C7: Auto-Submitted: auto-replied -> ignore, never answered")

    # h17 negation: no refund, just cancel
    cust("ritu.saxena@saxenaboutique.in", "quarterly", "2025-07-15", "2025-10-14", name="Ritu Saxena")
    lopay("h_p1701", "LO-INV-74231", "ritu.saxena@saxenaboutique.in", "quarterly", "3999.00", "719.82", "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
    f, _ = mail("h17-negation-cancel.eml", "Ritu Saxena <ritu.saxena@saxenaboutique.in>", LO, "plan band karna hai",
                dt("2025-09-30 12:20"),
                "Hello team,\n\nmujhe refund nahi chahiye, bas plan band kar do taaki agla quarter charge na ho. "
                "Boutique ka online kaam abhi ruk gaya hai.\n\nRitu")
    case("hi-l17-negation", [f], "leadsoptima", "decided", [], [d("cancellation", "cancel", eff="2025-10-14")],
         "section 8 negation: 'refund nahi chahiye' adds no refund; L8 cancel effective current_period_end 2025-10-14")

    # h18 hypothetical before buying
    cust("ashok.menon@menonclinic.in", "monthly", status="trial", trial_ends="2025-10-08", name="Ashok Menon")
    f, _ = mail("h18-hypothetical.eml", "Dr. Ashok Menon <ashok.menon@menonclinic.in>", LO, "annual plan ke baare mein",
                dt("2025-09-28 16:00"),
                "Namaste,\n\nTrial chal raha hai, achha lag raha hai. Agar main annual plan le loon aur 2 mahine baad team ko pasand nahi aaya, "
                "to kya baaki paisa refund milega? Ya monthly lena better hai?\n\nDr. Ashok Menon")
    case("hi-l18-hypothetical", [f], "leadsoptima", "other", [], [],
         "section 8: 'agar ... to kya refund milega?' before buying is a policy question, no request -> other")

    # h19 how-to
    cust("farhan.ali@alitravels.in", "monthly", "2025-09-14", "2025-10-13", name="Farhan Ali")
    lopay("h_p1901", "LO-INV-74241", "farhan.ali@alitravels.in", "monthly", "1499.00", "269.82", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
    f, _ = mail("h19-howto.eml", "Farhan Ali <farhan.ali@alitravels.in>", LO, "लीड्स एक्सपोर्ट",
                dt("2025-09-25 10:40"),
                "नमस्ते,\n\nलीड्स को CSV या Excel में एक्सपोर्ट कैसे करें? मेनू में ऑप्शन नहीं मिल रहा। "
                "और WhatsApp इंटीग्रेशन के लिए कौन सा पेज है?\n\nधन्यवाद\nफ़रहान")
    case("hi-l19-howto", [f], "leadsoptima", "other", [], [],
         "section 1 outcomes: a human request that is neither refund nor cancellation -> other")

    # h20 past event: cancelled on the 14th, charged on the 19th
    cust("geeta.pillai@pillaicaterers.in", "monthly", "2025-08-19", "2025-09-18", status="cancelled", name="Geeta Pillai")
    lopay("h_p2001", "LO-INV-74251", "geeta.pillai@pillaicaterers.in", "monthly", "1499.00", "269.82", "2025-08-19T10:00:00", "2025-08-19", "2025-09-18")
    lopay("h_p2002", "LO-INV-74252", "geeta.pillai@pillaicaterers.in", "monthly", "1499.00", "269.82", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    f, _ = mail("h20-charged-after-cancel.eml", "Geeta Pillai <geeta.pillai@pillaicaterers.in>", LO, "cancel ke baad bhi paisa kata",
                dt("2025-09-22 14:35"),
                "Hello,\n\nmaine 14 tarikh ko hi Billing mein jaake plan cancel kar diya tha, confirmation mail bhi aaya tha. "
                "Phir bhi 19 ko ₹1,768.82 kaat liya. Invoice LO-INV-74252. Yeh paise wapas karo please.\n\nGeeta Pillai\nPillai Caterers")
    case("hi-l20-charged-after-cancel", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 3 L2 billing_error ('cancel ke baad bhi paisa kata' = charged after I cancelled); charge 2025-09-19, request 2025-09-22 day 3; L5 escalate. "
         "The past cancellation adds no new cancellation intent")

    # h21 three identical charges
    cust("harish.chandra@chandratextiles.in", "monthly", "2025-09-25", "2025-10-24", name="Harish Chandra")
    for i, t in enumerate(["09:00", "09:01", "09:03"]):
        lopay("h_p210%d" % (i + 1), "LO-INV-7426%d" % (i + 1), "harish.chandra@chandratextiles.in", "monthly", "1499.00", "269.82",
              "2025-09-25T%s:00" % t, "2025-09-25", "2025-10-24")
    f, _ = mail("h21-three-charges.eml", "Harish Chandra <harish.chandra@chandratextiles.in>", LO, "teen baar payment kat gaya!!",
                dt("2025-09-26 09:30"),
                "Sir,\n\nUPI se payment karte waqt app hang ho gaya aur paisa teen baar kat gaya, 1499+GST x 3. "
                "Sirf ek plan chahiye, baaki do extra wale charges wapas karo. Extra wale invoices LO-INV-74262 aur LO-INV-74263 hain.\n\nHarish Chandra")
    case("hi-l21-three-charges", [f], "leadsoptima", "decided", [], [d("refund", "approve", "2998.00")],
         "section 8 three or more identical charges: every charge after the first is a duplicate; both on 2025-09-25, request day 1 -> refund 1499.00 + 1499.00 = 2998.00 (before tax)")

    # h22 duplicate claim where the second charge is already refunded
    cust("meera.krishnan@krishnanyoga.in", "monthly", "2025-09-27", "2025-10-26", name="Meera Krishnan")
    lopay("h_p2201", "LO-INV-74271", "meera.krishnan@krishnanyoga.in", "monthly", "1499.00", "269.82", "2025-09-27T18:00:00", "2025-09-27", "2025-10-26")
    lopay("h_p2202", "LO-INV-74272", "meera.krishnan@krishnanyoga.in", "monthly", "1499.00", "269.82", "2025-09-27T18:02:00", "2025-09-27", "2025-10-26", status="refunded")
    f, _ = mail("h22-dup-already-refunded.eml", "Meera Krishnan <meera.krishnan@krishnanyoga.in>", LO, "Do baar charge hua",
                dt("2025-09-29 07:50"),
                "Namaste,\n\n27 ko do baar charge hua tha, dusra invoice LO-INV-74272. Bank app mein abhi bhi dono dikh rahe hain, "
                "refund kab tak aayega? Please dusra wala wapas kijiye.\n\nMeera")
    case("hi-l22-dup-not-paid", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 8: a refund of a payment that is not 'paid' (LO-INV-74272 is 'refunded') is escalated; also L4 finds no pair of two paid charges -> escalate")


def owd_cases():
    # h23 deposit inside 72h
    proj("Shree Balaji Sweets Website", "balaji.sweets.jaipur@gmail.com")
    owpay("h_w2301", "OWD-2025-311", "Shree Balaji Sweets Website", "deposit", "25000.00", "4500.00", "2025-09-22T16:00:00")
    f, _ = mail("h23-deposit-inside.eml", "Balaji Sweets <balaji.sweets.jaipur@gmail.com>", OWD,
                "Refund Request — Shree Balaji Sweets Website / OWD-2025-311", dt("2025-09-24 11:30"),
                "Namaste Optima team,\n\nHamne 22 tareekh ko website ke liye ₹29,500 advance diya tha (invoice OWD-2025-311). "
                "Ghar mein discuss kiya, Diwali tak budget dukaan ke renovation mein lagana hai, isliye abhi website nahi banwani. "
                "Advance wapas kar dijiye.\n\nDhanyavaad\nRamesh Agarwal\nShree Balaji Sweets, Jaipur")
    case("hi-o01-deposit-inside", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "25000.00")],
         "section 4 O2: paid 2025-09-22 16:00, request 2025-09-24 11:30 = 43.5 h < 72 h, work_started_at empty -> approve 25000.00 (tax 4500 kept, C6)")

    # h24 deposit exactly 72h
    proj("Gupta Dental Care Portal", "drgupta.dental@gmail.com")
    owpay("h_w2401", "OWD-2025-312", "Gupta Dental Care Portal", "deposit", "15000.00", "2700.00", "2025-09-15T10:00:00")
    f, _ = mail("h24-deposit-72h.eml", "Dr. Nitin Gupta <drgupta.dental@gmail.com>", OWD, "deposit refund - Gupta Dental Care Portal",
                dt("2025-09-18 10:00"),
                "Hello,\n\nProject: Gupta Dental Care Portal\nInvoice: OWD-2025-312\n\nClinic ke partner ne practice software wale vendor se hi "
                "website lene ka decide kiya hai, isliye hum aage nahi badhenge. Booking amount ₹17,700 refund kar dijiye.\n\nDr. Nitin Gupta")
    case("hi-o02-deposit-72h", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O2 + section 8: paid 2025-09-15 10:00, request 2025-09-18 10:00 = exactly 72 h, not 'before 72 hours' -> deny")

    # h25 deposit inside 72h but work started
    proj("Aarav Fitness App", "team@aaravfitness.in", work="2025-09-26T09:00:00")
    owpay("h_w2501", "OWD-2025-313", "Aarav Fitness App", "deposit", "30000.00", "5400.00", "2025-09-25T18:00:00")
    f, _ = mail("h25-deposit-work-started.eml", "Aarav Fitness <team@aaravfitness.in>", OWD, "Aarav Fitness App - advance wapas",
                dt("2025-09-27 12:00"),
                "Hi,\n\nAarav Fitness App ka advance (OWD-2025-313) wapas chahiye. Hamare investor ne app ke bajaye pehle gym expansion "
                "ko priority di hai. 2 din hi hue hain payment ko.\n\nKaran Malhotra\nAarav Fitness")
    case("hi-o03-deposit-work-started", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O2: 42 h after payment but work_started_at 2025-09-26 09:00 is before the request (whichever first) -> deny")

    # h26 discovery, nothing started (Devanagari)
    proj("Kisan Mandi Portal", "info@kisanmandi.org.in")
    owpay("h_w2601", "OWD-2025-314", "Kisan Mandi Portal", "discovery", "12000.00", "2160.00", "2025-09-24T11:00:00")
    f, _ = mail("h26-discovery-not-started.eml", "किसान मंडी संघ <info@kisanmandi.org.in>", OWD, "डिस्कवरी शुल्क वापसी — Kisan Mandi Portal",
                dt("2025-09-26 14:15"),
                "आदरणीय महोदय,\n\nहमने 24 सितंबर को Kisan Mandi Portal के लिए डिस्कवरी शुल्क ₹14,160 (इनवॉइस OWD-2025-314) जमा किया था। "
                "संघ की बैठक में तय हुआ कि पोर्टल का काम सरकारी योजना से होगा, इसलिए हमें अब इसकी आवश्यकता नहीं है। "
                "अभी तक कोई मीटिंग या सेशन नहीं हुआ है। कृपया राशि लौटा दें।\n\nभवदीय,\nरामप्रसाद चौधरी\nसचिव, किसान मंडी संघ")
    case("hi-o04-discovery-refund", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "12000.00")],
         "section 4 O1: work_started_at empty -> refundable in full: 12000.00 before tax (C6)")

    # h27 discovery, sessions held
    proj("Lotus Interiors Rebrand", "studio@lotusinteriors.in", work="2025-09-16T11:00:00")
    owpay("h_w2701", "OWD-2025-315", "Lotus Interiors Rebrand", "discovery", "18000.00", "3240.00", "2025-09-12T15:00:00")
    f, _ = mail("h27-discovery-started.eml", "Lotus Interiors <studio@lotusinteriors.in>", OWD, "Lotus Interiors Rebrand - discovery fee refund",
                dt("2025-09-20 12:00"),
                "Hi team,\n\nDiscovery workshop ke baad humein laga ki direction hamare brand ke saath match nahi karti. "
                "Isliye discovery fee (OWD-2025-315) ka refund chahiye for Lotus Interiors Rebrand.\n\nSana Qazi\nLotus Interiors")
    case("hi-o05-discovery-started", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O1: work_started_at 2025-09-16 11:00 is before the request 2025-09-20 -> deny")

    # h28 milestone not started
    proj("Rathi Jewellers Ecommerce", "accounts@rathijewellers.com")
    owpay("h_w2801", "OWD-2025-316", "Rathi Jewellers Ecommerce", "milestone", "40000.00", "7200.00", "2025-09-10T12:00:00", milestone_status="not_started")
    f, _ = mail("h28-milestone-not-started.eml", "Rathi Jewellers Accounts <accounts@rathijewellers.com>", OWD,
                "Rathi Jewellers Ecommerce — milestone 3 refund (OWD-2025-316)", dt("2025-09-25 16:30"),
                "Dear Sir,\n\nRathi Jewellers Ecommerce project mein milestone 3 (payment gateway aur checkout) ka ₹47,200 advance mein diya tha, "
                "invoice OWD-2025-316. Hamare bank ne apna gateway free mein de diya hai, isliye yeh milestone hum nahi karwayenge. "
                "Us par kaam shuru nahi hua hai, kripya uska paisa lauta dein. Baaki project chalta rahega.\n\nRegards\nAccounts Dept., Rathi Jewellers")
    case("hi-o06-milestone-not-started", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "40000.00")],
         "section 4 O3: milestone_status not_started -> refund the milestone's amount before tax 40000.00")

    # h29 milestone in progress
    proj("Sai Tours Booking Site", "saitours.nashik@gmail.com")
    owpay("h_w2901", "OWD-2025-317", "Sai Tours Booking Site", "milestone", "30000.00", "5400.00", "2025-09-05T12:00:00", milestone_status="in_progress")
    f, _ = mail("h29-milestone-in-progress.eml", "Sai Tours <saitours.nashik@gmail.com>", OWD, "Sai Tours Booking Site milestone refund",
                dt("2025-09-23 10:05"),
                "Namaskar,\n\nSai Tours Booking Site ka booking-engine milestone (OWD-2025-317) bahut slow chal raha hai aur season shuru ho gaya hai. "
                "Hum dusra readymade software le rahe hain. Jo kaam nahi hua uska paisa wapas chahiye.\n\nSachin Pawar")
    case("hi-o07-milestone-in-progress", [f], "optima_webdesign", "decided", [], [d("refund", "escalate")],
         "section 4 O3: milestone_status in_progress -> escalate (value of work not started needs a person), no amount")

    # h30 milestone approved
    proj("Vedanta Coaching LMS", "admin@vedantacoaching.in")
    owpay("h_w3001", "OWD-2025-318", "Vedanta Coaching LMS", "milestone", "35000.00", "6300.00", "2025-08-20T12:00:00", milestone_status="approved")
    f, _ = mail("h30-milestone-approved.eml", "Vedanta Coaching <admin@vedantacoaching.in>", OWD, "LMS design milestone refund",
                dt("2025-09-19 18:40"),
                "Hello,\n\nVedanta Coaching LMS ka design milestone (invoice OWD-2025-318) humne approve to kiya tha, lekin ab students ko design "
                "pasand nahi aa raha. Iska paisa wapas chahiye.\n\nAdmin, Vedanta Coaching")
    case("hi-o08-milestone-approved", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O3 / O6: milestone_status approved -> deny (approved milestones are non-refundable)")

    # h31 retainer, enough notice
    proj("Mehta Pharma SEO Retainer", "marketing@mehtapharma.co.in")
    owpay("h_w3101", "OWD-2025-319", "Mehta Pharma SEO Retainer", "retainer", "20000.00", "3600.00", "2025-09-10T10:00:00",
          next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
    f, _ = mail("h31-retainer-notice-ok.eml", "Mehta Pharma Marketing <marketing@mehtapharma.co.in>", OWD, "SEO retainer band karna hai",
                dt("2025-09-25 11:00"),
                "Hi Optima,\n\nMehta Pharma SEO Retainer (last invoice OWD-2025-319) October se band karna hai. Humne in-house digital "
                "marketing executive hire kar liya hai. Agla billing mat kijiye.\n\nThanks\nPallavi Mehta")
    case("hi-o09-retainer-notice-ok", [f], "optima_webdesign", "decided", [], [d("cancellation", "cancel", eff="2025-10-09")],
         "section 4 O4/O8: next_billing_at 2025-10-10, cut-off 2025-10-03; request 2025-09-25 is on or before it -> cancel, effective the day before, 2025-10-09")

    # h32 retainer, short notice
    proj("Chawla Sweets Social Media", "chawlasweets.ldh@gmail.com")
    owpay("h_w3201", "OWD-2025-320", "Chawla Sweets Social Media", "retainer", "12000.00", "2160.00", "2025-09-05T10:00:00",
          next_billing_at="2025-10-05T00:00:00", ps="2025-09-05", pe="2025-10-04")
    f, _ = mail("h32-retainer-short-notice.eml", "Chawla Sweets <chawlasweets.ldh@gmail.com>", OWD, "social media retainer cancel",
                dt("2025-09-29 19:30"),
                "Sat Sri Akal ji,\n\nChawla Sweets Social Media retainer cancel karna hai (invoice OWD-2025-320). "
                "Posts pe engagement bilkul nahi aa raha, 3 mahine ho gaye. Agle mahine se band.\n\nGurpreet Chawla")
    case("hi-o10-retainer-short-notice", [f], "optima_webdesign", "decided", [], [d("cancellation", "cancel", eff="2025-11-04")],
         "section 4 O4: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-29 is later -> next cycle (2025-10-05 .. 2025-11-04, same length as the paid period 09-05..10-04) is billed; effective 2025-11-04")

    # h33 hosting annual within 14 days
    proj("Nirmal Hospital Website Hosting", "it@nirmalhospital.in")
    owpay("h_w3301", "OWD-2025-321", "Nirmal Hospital Website Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-19T12:00:00",
          setup_fee="2400.00", service_start="2025-09-20")
    f, _ = mail("h33-hosting-14d.eml", "Nirmal Hospital IT <it@nirmalhospital.in>", OWD, "Hosting plan refund — OWD-2025-321",
                dt("2025-09-26 10:20"),
                "Namaste,\n\nNirmal Hospital Website Hosting ka annual plan (OWD-2025-321) cancel karke refund chahiye. Hospital group ne "
                "saari websites central IT ke server par shift karne ka decision liya hai.\n\nVinod Rathore\nIT Manager")
    case("hi-o11-hosting-prorated", [f], "optima_webdesign", "decided", [],
         [d("refund", "approve", "14300.00"), d("cancellation", "cancel")],
         "section 4 O5: service_start 2025-09-20, request 2025-09-26 (day 6 <= 14); monthly_value = (18000 - 2400)/12 = 1300; "
         "refund = 18000 - 2400 - 1300 x 1 = 14300.00; 'cancel karke refund chahiye' asks both: section 1 'A request for both a refund "
         "and a cancellation gets both parts decided' and O5 'Such a refund ends the plan' -> cancellation cancel (no effective date "
         "asserted: section 4 gives none for an annual plan ended by an O5 refund)")

    # h34 maintenance annual after 14 days
    proj("Joshi CA Firm AMC", "office@joshica.in")
    owpay("h_w3401", "OWD-2025-322", "Joshi CA Firm AMC", "maintenance_annual", "24000.00", "4320.00", "2025-08-30T12:00:00",
          setup_fee="0.00", service_start="2025-09-01")
    f, _ = mail("h34-maintenance-late.eml", "Joshi & Co <office@joshica.in>", OWD, "AMC refund",
                dt("2025-09-22 17:00"),
                "Sir,\n\nJoshi CA Firm AMC (invoice OWD-2025-322) ka refund chahiye. Website mein koi maintenance ki zaroorat hi nahi padi, "
                "static site hai.\n\nCA Prakash Joshi")
    case("hi-o12-maintenance-late", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O5: service_start 2025-09-01, request 2025-09-22 = day 21 > 14 -> deny", extra_ok=True)

    # h35 third party: domain
    proj("Pahadi Homestay Website", "bookings@pahadihomestay.in")
    owpay("h_w3501", "OWD-2025-323", "Pahadi Homestay Website", "third_party", "1800.00", "324.00", "2025-09-18T12:00:00")
    f, _ = mail("h35-domain.eml", "Pahadi Homestay <bookings@pahadihomestay.in>", OWD, "domain ka paisa wapas",
                dt("2025-09-20 08:10"),
                "Namaste,\n\nPahadi Homestay Website ke liye jo .in domain liya (OWD-2025-323, ₹2,124) uska naam hamare bhai ko pasand nahi aaya. "
                "Domain cancel karke paise wapas kar do.\n\nDeepa Negi")
    case("hi-o13-domain", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O6: kind third_party (domain) is never refundable -> deny citing 'Non-refundable items'", extra_ok=True)

    # h36 rush fee
    proj("Sharma Wedding Invitations Site", "sharma.wedding2025@gmail.com")
    owpay("h_w3601", "OWD-2025-324", "Sharma Wedding Invitations Site", "rush", "5000.00", "900.00", "2025-09-12T12:00:00")
    f, _ = mail("h36-rush.eml", "Kunal Sharma <sharma.wedding2025@gmail.com>", OWD, "rush fee refund",
                dt("2025-09-21 23:15"),
                "Bhai,\n\nSharma Wedding Invitations Site ke liye ₹5,900 rush fee (OWD-2025-324) diya tha, phir bhi site ek din late live hui. "
                "Rush ka paisa to wapas banta hai.\n\nKunal")
    case("hi-o14-rush", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O6: kind rush is never refundable -> deny")

    # h37 missing project and invoice (two projects on the address)
    proj("Bhatia Auto Parts Catalogue", "bhatia.autoparts@gmail.com")
    proj("Bhatia Auto Parts Mobile App", "bhatia.autoparts@gmail.com")
    owpay("h_w3701", "OWD-2025-325", "Bhatia Auto Parts Catalogue", "deposit", "15000.00", "2700.00", "2025-09-27T12:00:00")
    owpay("h_w3702", "OWD-2025-326", "Bhatia Auto Parts Mobile App", "deposit", "25000.00", "4500.00", "2025-09-27T12:05:00")
    f, _ = mail("h37-missing-project-invoice.eml", "Bhatia Auto Parts <bhatia.autoparts@gmail.com>", OWD, "advance wapas",
                dt("2025-09-28 13:00"),
                "Hello,\n\nadvance wapas chahiye, GST audit aa gaya hai aur abhi cash flow tight hai, project baad mein karenge.\n\nHarpreet Bhatia")
    case("hi-o15-missing-project-invoice", [f], "optima_webdesign", "need_info", [], [],
         "section 4 required fields: project_name and invoice_number missing (the address holds two projects, so nothing can be filled from the ledger); reason given",
         missing=["project_name", "invoice_number"])

    # h38 thread: reason missing, then answered
    proj("Green Leaf Organics Store", "greenleaf.organics@gmail.com")
    owpay("h_w3801", "OWD-2025-327", "Green Leaf Organics Store", "deposit", "20000.00", "3600.00", "2025-09-28T12:00:00")
    f1, mid = mail("h38a-no-reason.eml", "Green Leaf Organics <greenleaf.organics@gmail.com>", OWD,
                   "Refund Request — Green Leaf Organics Store / OWD-2025-327", dt("2025-09-29 10:00"),
                   "Hello,\n\nPlease process refund of our deposit.\n\nProject: Green Leaf Organics Store\nInvoice: OWD-2025-327\n\nRegards,\nNisha Rawat")
    f2, _ = mail("h38b-reason.eml", "Green Leaf Organics <greenleaf.organics@gmail.com>", OWD,
                 "Re: Refund Request — Green Leaf Organics Store / OWD-2025-327", dt("2025-09-29 18:00"),
                 "Reason: hamare investor ne funding rok di hai, isliye store ka project abhi hold par hai.\n\nNisha",
                 irt="<owd-reply-h38@optimawebdesign.com>", refs=mid + " <owd-reply-h38@optimawebdesign.com>")
    case("hi-o16-thread-reason", [f1, f2], "optima_webdesign", "decided", [], [d("refund", "approve", "20000.00")],
         "section 2 C3: reason missing in the first mail, given in the reply (same thread); request time = first email 2025-09-29 10:00 = 22 h after payment, no work -> O2 approve 20000.00")

    # h39 C2 via a Gmail forward from a personal address
    proj("Iyer Consultancy Website", "anand@iyerconsultancy.in")
    owpay("h_w3901", "OWD-2025-328", "Iyer Consultancy Website", "deposit", "18000.00", "3240.00", "2025-09-26T12:00:00")
    f, _ = mail("h39-c2-forward.eml", "Anand Iyer <anand.iyer1979@gmail.com>", OWD, "Fwd: Iyer Consultancy Website advance refund",
                dt("2025-09-27 09:00"),
                "Office mail nahi chal raha, isliye yahan se forward kar raha hoon.\n\n"
                "---------- Forwarded message ---------\nFrom: Anand Iyer <anand@iyerconsultancy.in>\nDate: Fri, 26 Sept 2025 at 20:10\n"
                "Subject: Iyer Consultancy Website advance refund\nTo: <optimawebdesigns12@gmail.com>\n\n"
                "Hi, Iyer Consultancy Website ka advance (OWD-2025-328) wapas kar dijiye, hum firm merge kar rahe hain to nayi site ki zaroorat nahi. "
                "Contract email anand@iyerconsultancy.in hai.\n")
    case("hi-o17-c2-forward", [f], "optima_webdesign", "need_info", ["C2"], [],
         "section 8 forwards + C2: the forwarded request names contract email anand@iyerconsultancy.in, sender is anand.iyer1979@gmail.com -> ask for the request from the contract address")

    # h40 C4 chargeback
    proj("Rawat Electricals Website", "rawat.electricals@gmail.com")
    owpay("h_w4001", "OWD-2025-329", "Rawat Electricals Website", "milestone", "22000.00", "3960.00", "2025-09-08T12:00:00", milestone_status="completed")
    f, _ = mail("h40-c4-chargeback.eml", "Rawat Electricals <rawat.electricals@gmail.com>", OWD, "Rawat Electricals Website - paisa wapas karo",
                dt("2025-09-24 12:45"),
                "Aapki banayi website mobile pe toot jaati hai. Rawat Electricals Website ka milestone OWD-2025-329 ka paisa wapas karo "
                "warna main bank mein chargeback kar dunga.\n\nMahesh Rawat")
    case("hi-o18-c4-chargeback", [f], "optima_webdesign", "decided", ["C4"], [d("refund", "escalate")],
         "section 2 C4: chargeback threat -> escalate (ahead of O3 completed = deny)")

    # h41 cancellation without reason
    proj("Kapoor Bakery Retainer", "kapoorbakery.amritsar@gmail.com")
    owpay("h_w4101", "OWD-2025-330", "Kapoor Bakery Retainer", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
          next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
    f, _ = mail("h41-cancel-no-reason.eml", "Sunil Kapoor <kapoorbakery.amritsar@gmail.com>", OWD, "Retainer cancel",
                dt("2025-09-26 09:40"),
                "Retainer cancel karna hai.\nProject: Kapoor Bakery Retainer\nInvoice OWD-2025-330\n\nRegards,\nSunil Kapoor\n"
                "Kapoor Bakery | Lawrence Road, Amritsar\n\nDo the needful.")
    case("hi-o19-cancel-no-reason", [f], "optima_webdesign", "need_info", [], [],
         "section 8: Optima requires a reason for cancellations too; signature and 'do the needful' are not reasons -> need_info",
         missing=["reason"])

    # h42 hypothetical prospect
    f, _ = mail("h42-hypothetical.eml", "Yash Thakkar <yash.thakkar@thakkarfoods.in>", OWD, "hosting plan query",
                dt("2025-09-23 15:00"),
                "Namaste,\n\nagar hum aapka annual hosting plan lein aur 10 din mein cancel karein to kitna refund milega? "
                "Setup fee bhi wapas hoti hai kya? Abhi sirf jaankari chahiye.\n\nYash Thakkar")
    case("hi-o20-hypothetical", [f], "optima_webdesign", "other", [], [],
         "section 8: 'agar ... cancel karein to kitna refund milega?' before buying is a policy question -> other")

    # h43 bounce
    f, _ = mail("h43-c7-bounce.eml", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", OWD,
                "Delivery Status Notification (Failure)", dt("2025-09-24 06:00"),
                "Aapka message accounts@rathijewelers.com par deliver nahi ho paya. Address not found.\n",
                headers=[("Auto-Submitted", "auto-replied")])
    case("hi-o21-c7-bounce", [f], "optima_webdesign", "ignore", ["C7"], [],
         "section 2 C7: MAILER-DAEMON sender and Auto-Submitted -> ignore")

    # h44 HTML-only deposit request
    proj("Saanvi Boutique Lookbook", "saanvi.boutique@gmail.com")
    owpay("h_w4401", "OWD-2025-331", "Saanvi Boutique Lookbook", "deposit", "10000.00", "1800.00", "2025-09-29T20:00:00")
    f, _ = mail("h44-html-deposit.eml", "Saanvi Boutique <saanvi.boutique@gmail.com>", OWD, "Saanvi Boutique Lookbook – booking amount",
                dt("2025-09-30 22:00"), None,
                "<html><body><div dir='ltr'><p>Hello Optima team,</p><p>Kal raat <b>Saanvi Boutique Lookbook</b> ke liye booking amount "
                "₹11,800 diya tha (invoice <b>OWD-2025-331</b>).</p><p>Hum dusri agency ke saath ja rahe hain kyunki unka quote aadha hai. "
                "Please booking amount refund kar dijiye.</p><p>Thanks,<br>Saanvi Arora</p></div></body></html>")
    case("hi-o22-html-deposit", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "10000.00")],
         "section 4 O2: paid 2025-09-29 20:00, request 2025-09-30 22:00 = 26 h, no work -> approve 10000.00 before tax")

    # h45 forward from the contract address, reason only a forwarding note
    proj("Tandon Garments Website", "tandon.garments@gmail.com")
    owpay("h_w4501", "OWD-2025-332", "Tandon Garments Website", "maintenance_annual", "12000.00", "2160.00", "2025-09-20T12:00:00",
          setup_fee="1200.00", service_start="2025-09-22")
    f, _ = mail("h45-fwd-note-only.eml", "Tandon Garments <tandon.garments@gmail.com>", OWD, "Fwd: Optima refund",
                dt("2025-09-27 10:30"),
                "Pls dekh lo aur needful karo.\n\n---------- Forwarded message ---------\nFrom: Accounts Tandon <accounts@tandongarments.in>\n"
                "Date: Sat, 27 Sept 2025 at 09:50\nSubject: Optima refund\nTo: Tandon Garments <tandon.garments@gmail.com>\n\n"
                "Sir, Optima ke invoice OWD-2025-332 (Tandon Garments Website, maintenance plan) ka refund claim karna hai, aap unko mail kar dena.\n\n"
                "Regards\nAccounts\n")
    case("hi-o23-fwd-note-only", [f], "optima_webdesign", "need_info", [], [],
         "section 8: forwarding notes ('pls dekh lo aur needful karo') and the restated request are not reasons; sender is the contract email, project and invoice are in the forwarded block -> need_info reason",
         missing=["reason"])

    # h46 change request (Devanagari)
    proj("Verma Hardware Site", "verma.hardware.kanpur@gmail.com")
    owpay("h_w4601", "OWD-2025-333", "Verma Hardware Site", "change_request", "6500.00", "1170.00", "2025-09-16T12:00:00")
    f, _ = mail("h46-change-request.eml", "वर्मा हार्डवेयर <verma.hardware.kanpur@gmail.com>", OWD, "अतिरिक्त पेज का पैसा वापस",
                dt("2025-09-19 12:30"),
                "नमस्ते,\n\nVerma Hardware Site में जो दो एक्स्ट्रा पेज बनवाए थे (इनवॉइस OWD-2025-333, ₹7,670), वो हमने इस्तेमाल ही नहीं किए, "
                "दुकान का कैटलॉग बदल गया है। उनका पैसा वापस कीजिए।\n\nराजेश वर्मा")
    case("hi-o24-change-request", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O6: kind change_request is never refundable -> deny")


if __name__ == "__main__":
    lo_cases()
    owd_cases()
    write()
