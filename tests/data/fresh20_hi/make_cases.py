"""fresh20 Hindi / Hinglish cases (qa20c): Devanagari and romanised Hinglish from Uttar Pradesh, Bihar, Rajasthan,
Madhya Pradesh, Delhi NCR, Mumbai, Punjab/Haryana, and Indian expats in the Gulf.  stdlib only, deterministic:
writes ledger.json, emails/*.eml and expected.json beside itself."""

import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LOA = "LeadsOptima Support <support@leadsoptima.com>"
OWA = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
# UTC offsets in minutes for September 2025 (UK on BST, US on daylight time, Sydney before DST).
TZ = {"IN": 330, "UK": 60, "NY": -240, "CHI": -300, "LA": -420, "SYD": 600, "PER": 480, "NG": 60,
      "PH": 480, "SG": 480, "AE": 240}
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
            "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
            "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
            "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def when(s, zone):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(minutes=TZ[zone])))


def build(cid, i, m, prev_ids, brand):
    e = EmailMessage()
    e["From"] = m["f"]
    e["To"] = m.get("t") or (LOA if brand == LOB else OWA)
    if m.get("cc"):
        e["Cc"] = m["cc"]
    e["Subject"] = m["s"]
    e["Date"] = format_datetime(when(*m["d"]))
    dom = m["f"].split("@")[-1].strip(">").strip() or "localhost"
    mid = "<%s.%d@%s>" % (cid, i, dom)
    e["Message-ID"] = mid
    if prev_ids:
        bot = "<%s.draft@%s>" % (cid, "leadsoptima.com" if brand == LOB else "optimawebdesign.com")
        parent = m.get("parent", bot)
        e["In-Reply-To"] = parent
        e["References"] = " ".join(prev_ids + ([bot] if bot not in prev_ids else []))
    for k, v in m.get("h", {}).items():
        e[k] = v
    if m.get("html") and not m.get("b"):
        e.set_content(m["html"], subtype="html")
    else:
        e.set_content(m["b"])
        if m.get("html"):
            e.add_alternative(m["html"], subtype="html")
    if m.get("dsn"):
        e.make_mixed()
        e.set_type("multipart/report")
        e.set_param("report-type", "delivery-status")
        part = EmailMessage()
        part["Content-Type"] = "message/delivery-status"
        blocks = []
        for chunk in m["dsn"].strip().split("\n\n"):
            blk = EmailMessage()
            for line in chunk.splitlines():
                k, v = line.split(":", 1)
                blk[k] = v.strip()
            blocks.append(blk)
        part.set_payload(blocks)
        e.attach(part)
    for n, part in enumerate(p for p in e.walk() if p.get_content_maintype() == "multipart"):
        part.set_boundary("=_qa20c_%s_%d_%d" % (cid, i, n))
    return e, mid


def case(cid, brand, msgs, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None):
    files, ids = [], []
    short = cid.split("-", 1)[1]
    for i, m in enumerate(msgs):
        e, mid = build(cid, i, m, list(ids), brand)
        name = "emails/%s%s.eml" % (short, "" if len(msgs) == 1 else "-%d" % (i + 1))
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(e.as_bytes(policy=policy.SMTP))
        files.append(name)
        ids.append(mid)
    c = {"id": cid, "lang": cid.split("-")[0], "files": files, "brand": brand, "status": status,
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
    if eff is not None:
        d["effective_date"] = eff
    return d


def start():
    shutil.rmtree(os.path.join(HERE, "emails"), ignore_errors=True)
    os.makedirs(os.path.join(HERE, "emails"))


def finish():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(CASES), "cases written")


def lo_cases():
    # l01 Devanagari duplicate, Lucknow
    cust("alok.srivastava@gmail.com", "आलोक श्रीवास्तव", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("h01a", "LO-INV-80101", "alok.srivastava@gmail.com", "monthly", "1499.00", "269.82", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
    lopay("h01b", "LO-INV-80102", "alok.srivastava@gmail.com", "monthly", "1499.00", "269.82", "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
    case("hi-l01-lko-do-baar-devanagari", LOB, [dict(f="आलोक श्रीवास्तव <alok.srivastava@gmail.com>", s="एक ही प्लान के पैसे दो बार कटे",
         d=("2025-09-24 11:20", "IN"),
         b="महोदय,\n\nदिनांक 22 सितंबर को मेरे मासिक प्लान का भुगतान करते समय पेज अटक गया और मेरे खाते से ₹1,768.82 दो बार कट गए। "
           "दूसरा इनवॉइस नंबर LO-INV-80102 है। दूसरी बार कटी राशि वापस करने की कृपा करें।\n\nधन्यवाद सहित,\nआलोक श्रीवास्तव\nगोमती नगर, लखनऊ")],
         "decided", [R("approve", "1499.00")],
         spec="L2 duplicate (दो बार), day 2, L4 pair same period -> the later charge 1499.00 before tax (C6).")

    # l02 Hinglish duplicate, quarterly, Delhi
    cust("rohit.malhotra@outlook.com", "Rohit Malhotra", "quarterly", start="2025-09-25", end="2025-12-24")
    lopay("h02a", "LO-INV-80201", "rohit.malhotra@outlook.com", "quarterly", "3999.00", "719.82", "2025-09-25T19:00:00", "2025-09-25", "2025-12-24")
    lopay("h02b", "LO-INV-80202", "rohit.malhotra@outlook.com", "quarterly", "3999.00", "719.82", "2025-09-25T19:00:45", "2025-09-25", "2025-12-24")
    case("hi-l02-dli-payment-do-baar", LOB, [dict(f="Rohit Malhotra <rohit.malhotra@outlook.com>", s="payment 2 baar ho gaya",
         d=("2025-09-26 08:05", "IN"),
         b="hello team\n\nkal raat quarterly plan ka payment kiya tha, UPI pe 2 baar Rs 4718.82 kat gaye. extra wala invoice lo-inv-80202 hai. "
           "please jaldi refund kar do yaar\n\nRohit\nLajpat Nagar, Delhi")],
         "decided", [R("approve", "3999.00")],
         spec="'2 baar ... kat gaye' duplicate, day 1, L4 pair -> 3999.00 before tax (not the GST-inclusive 4718.82).")

    # l03 duplicate on day 7 by the calendar, nearly 8 days elapsed, Kanpur
    cust("neha.tiwari@yahoo.co.in", "Neha Tiwari", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("h03a", "LO-INV-80301", "neha.tiwari@yahoo.co.in", "monthly", "1499.00", "269.82", "2025-09-10T00:30:00", "2025-09-10", "2025-10-09")
    lopay("h03b", "LO-INV-80302", "neha.tiwari@yahoo.co.in", "monthly", "1499.00", "269.82", "2025-09-10T00:31:00", "2025-09-10", "2025-10-09")
    case("hi-l03-knp-dup-day7-late-night", LOB, [dict(f="Neha Tiwari <neha.tiwari@yahoo.co.in>", s="duplicate payment refund",
         d=("2025-09-17 23:30", "IN"),
         b="Namaste,\n10 tareekh ko raat saadhe barah baje mera monthly plan ka paisa do baar debit hua. Invoice LO-INV-80302. Abhi statement dekha tab pata chala. Refund kijiye please.\nNeha Tiwari, Kanpur")],
         "decided", [R("approve", "1499.00")],
         spec="Charges 2025-09-10 00:30/00:31 IST, request 2025-09-17 23:30 IST: almost 8 x 24 h elapsed but the local date is day 7 (calendar dates, s.1) -> inside L3, L4 1499.00.")

    # l04 duplicate, day 7, expat in Dubai
    cust("imran.qureshi@gmail.com", "Imran Qureshi", "annual", start="2025-09-14", end="2026-09-13")
    lopay("h04a", "LO-INV-80401", "imran.qureshi@gmail.com", "annual", "11988.00", "2157.84", "2025-09-14T10:00:00", "2025-09-14", "2026-09-13")
    lopay("h04b", "LO-INV-80402", "imran.qureshi@gmail.com", "annual", "11988.00", "2157.84", "2025-09-14T10:02:00", "2025-09-14", "2026-09-13")
    case("hi-l04-dxb-annual-day7", LOB, [dict(f="Imran Qureshi <imran.qureshi@gmail.com>", s="Annual plan ke liye double charge",
         d=("2025-09-21 22:00", "AE"),
         b="Assalam alaikum,\n\nMain Dubai se likh raha hoon. 14 Sept ko annual plan liya tha, Emirates NBD card pe do baar charge hua hai. "
           "Doosra invoice LO-INV-80402. Ek wapas kar dijiye meherbani karke.\n\nShukriya\nImran")],
         "decided", [R("approve", "11988.00")],
         spec="22:00 +04:00 on 09-21 = 23:30 IST 09-21, day 7 of 2025-09-14 (inside L3) -> L4 11988.00.")

    # l05 three charges, Mumbai Bambaiya Hinglish
    cust("sameer.patil@gmail.com", "Sameer Patil", "monthly", start="2025-09-27", end="2025-10-26")
    for n in ("1", "2", "3"):
        lopay("h05" + n, "LO-INV-8050" + n, "sameer.patil@gmail.com", "monthly", "1499.00", "269.82", "2025-09-27T12:0%s:00" % n, "2025-09-27", "2025-10-26")
    case("hi-l05-mum-teen-baar", LOB, [dict(f="Sameer Patil <sameer.patil@gmail.com>", s="teen baar paisa kata boss",
         d=("2025-09-28 13:40", "IN"),
         b="bhai ye kya lafda hai, monthly plan ka paisa ek hi din mein teen baar kat gaya. 27 ko. same amount, same plan. "
           "extra wale invoice LO-INV-80502 aur LO-INV-80503 hai. do wale wapas karo jaldi\n\nSameer, Andheri")],
         "decided", [R("approve", "2998.00")],
         spec="s.8 three identical charges: 2nd and 3rd are duplicates, both day 1 -> 2 x 1499.00 = 2998.00.")

    # l06 double claim but only one charge, Patna
    cust("pankaj.sinha@rediffmail.com", "Pankaj Sinha", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("h06a", "LO-INV-80601", "pankaj.sinha@rediffmail.com", "monthly", "1499.00", "269.82", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
    case("hi-l06-pat-double-no-pair", LOB, [dict(f="Pankaj Sinha <pankaj.sinha@rediffmail.com>", s="दो बार पैसा कटा है",
         d=("2025-09-25 10:10", "IN"),
         b="सर जी प्रणाम,\nहमारा मंथली प्लान का पैसा दो बार कटा है, बैंक वाला बोल रहा है दूसरा भी आपके नाम से है। इनवॉइस LO-INV-80601 भेजे हैं। जल्दी से लौटा दीजिए।\nपंकज सिन्हा, पटना")],
         "decided", [R("escalate")],
         spec="duplicate claimed inside L3 (day 2), ledger has a single charge: no pair -> escalate (L4).")

    # l07 wrong amount, Jaipur
    cust("kavita.sharma@jaipurhandloom.in", "Kavita Sharma", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("h07a", "LO-INV-80701", "kavita.sharma@jaipurhandloom.in", "monthly", "1499.00", "269.82", "2025-09-24T11:00:00", "2025-09-24", "2025-10-23")
    case("hi-l07-jai-galat-amount", LOB, [dict(f="Kavita Sharma <kavita.sharma@jaipurhandloom.in>", s="galat amount kata",
         d=("2025-09-26 15:00", "IN"),
         b="Namaskar,\n\nWebsite pe offer price dikh raha tha lekin mere card se galat amount kata hai, zyada paise liye gaye hain. Invoice LO-INV-80701. "
           "Kripya check karke sahi kijiye aur bacha hua paisa lautaiye.\n\nKavita Sharma\nJaipur Handloom House")],
         "decided", [R("escalate")], spec="billing_error inside L3 (day 2): L5 escalate with the charge found.")

    # l08 charged after cancelling, Devanagari, Bhopal
    cust("manoj.chouhan@gmail.com", "मनोज चौहान", "monthly", status="cancelled", start="2025-09-20", end="2025-10-19")
    lopay("h08a", "LO-INV-80801", "manoj.chouhan@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T08:00:00", "2025-09-20", "2025-10-19")
    case("hi-l08-bpl-cancel-ke-baad-bhi", LOB, [dict(f="मनोज चौहान <manoj.chouhan@gmail.com>", s="कैंसल करने के बाद भी पैसे काटे",
         d=("2025-09-23 18:30", "IN"),
         b="नमस्ते,\n\nमैंने अगस्त में ही अपना प्लान कैंसल कर दिया था, फिर भी 20 तारीख को पैसे काट लिए गए (LO-INV-80801)। यह बिलिंग की गलती है। पैसा वापस कीजिए।\n\nमनोज चौहान, भोपाल")],
         "decided", [R("escalate")], spec="'charged after I cancelled' = billing_error, day 3: L5 escalate.")

    # l09 cannot log in, no invoice, single payment
    cust("gurpreet.kaur@gmail.com", "Gurpreet Kaur", "quarterly", start="2025-09-21", end="2025-12-20")
    lopay("h09a", "LO-INV-80901", "gurpreet.kaur@gmail.com", "quarterly", "3999.00", "719.82", "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
    case("hi-l09-chd-login-nahi-ho-raha", LOB, [dict(f="Gurpreet Kaur <gurpreet.kaur@gmail.com>", s="login nahi ho raha",
         d=("2025-09-25 12:00", "IN"),
         b="Sat Sri Akal ji,\n\nPayment karne ke baad se login nahi ho raha, password reset bhi kiya, OTP hi nahi aata. Aapki chat team ko bhi bataya, kuch nahi hua. "
           "Aisa hai to mera paisa wapas kar do ji.\n\nGurpreet Kaur\nChandigarh")],
         "decided", [R("escalate")],
         spec="access_failure inside L3 (day 4): L6 escalate; invoice filled from the ledger (one payment of a verified sender, s.1).")

    # l10 access failure, day 9
    cust("vikas.yadav@gmail.com", "Vikas Yadav", "monthly", start="2025-09-11", end="2025-10-10")
    lopay("h10a", "LO-INV-81001", "vikas.yadav@gmail.com", "monthly", "1499.00", "269.82", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
    case("hi-l10-ggn-access-day9", LOB, [dict(f="Vikas Yadav <vikas.yadav@gmail.com>", s="dashboard open nahi ho raha",
         d=("2025-09-20 09:00", "IN"),
         b="bhai sahab 11 tareekh se dashboard open nahi ho raha, white screen aata hai. LO-INV-81001 ka refund chahiye.\nVikas, Gurugram")],
         "decided", [R("deny")], spec="access_failure but day 9 after 2025-09-11: outside L3 -> deny.")

    # l11 changed mind, Devanagari, Varanasi
    cust("shubham.pandey@gmail.com", "शुभम पांडेय", "annual", start="2025-09-26", end="2026-09-25")
    lopay("h11a", "LO-INV-81101", "shubham.pandey@gmail.com", "annual", "11988.00", "2157.84", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
    case("hi-l11-vns-mann-badal-gaya", LOB, [dict(f="शुभम पांडेय <shubham.pandey@gmail.com>", s="वार्षिक प्लान का रिफंड",
         d=("2025-09-27 17:00", "IN"),
         b="प्रिय टीम,\n\nमैंने कल वार्षिक प्लान ले लिया था पर अब मेरा मन बदल गया है, इतना बड़ा खर्च अभी नहीं करना। "
           "इनवॉइस LO-INV-81101 का पूरा पैसा वापस कर दीजिए।\n\nशुभम पांडेय, वाराणसी")],
         "decided", [R("deny")], spec="Changed mind is not an L2 exception: L1 deny; reply offers cancellation.")

    # l12 too expensive: refund + cancel, Indore Hinglish
    cust("ankita.jain@indoretraders.in", "Ankita Jain", "monthly", start="2025-09-15", end="2025-10-14")
    lopay("h12a", "LO-INV-81201", "ankita.jain@indoretraders.in", "monthly", "1499.00", "269.82", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    case("hi-l12-idr-mehenga-cancel-refund", LOB, [dict(f="Ankita Jain <ankita.jain@indoretraders.in>", s="plan band karna hai",
         d=("2025-09-19 16:00", "IN"),
         b="Hi,\nhamare liye ye tool bahut mehenga pad raha hai. plan cancel kar dijiye aur is mahine ke bache hue dino ka paisa refund kar dijiye. Invoice LO-INV-81201.\nAnkita Jain, Indore")],
         "decided", [R("deny"), X("cancel", "2025-10-14")],
         spec="Refund for unused days: L1 deny (inside the window but not an exception). Cancel L8 at current_period_end 2025-10-14.")

    # l13 free trial, Noida
    cust("rahul.verma.noida@gmail.com", "Rahul Verma", "monthly", status="trial", trial_ends="2025-10-03")
    case("hi-l13-noida-trial-refund", LOB, [dict(f="Rahul Verma <rahul.verma.noida@gmail.com>", s="refund chahiye",
         d=("2025-09-25 20:00", "IN"),
         b="trial use kar raha tha, mujhe ye software samajh nahi aaya, mera paisa wapas kar do\nRahul")],
         "decided", [R("deny")], spec="Trial account, no charges: L7 deny; reply says no billing unless they subscribe.")

    # l14 Devanagari cancel, Patna
    cust("sunita.devi.patna@gmail.com", "सुनीता देवी", "quarterly", start="2025-08-10", end="2025-11-09")
    lopay("h14a", "LO-INV-81401", "sunita.devi.patna@gmail.com", "quarterly", "3999.00", "719.82", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
    case("hi-l14-pat-radd-kijiye", LOB, [dict(f="सुनीता देवी <sunita.devi.patna@gmail.com>", s="प्लान रद्द करने हेतु",
         d=("2025-09-22 10:30", "IN"),
         b="सेवा में,\nलीड्सऑप्टिमा सहायता टीम\n\nविषय: प्लान रद्द करने हेतु\n\nमहोदय, निवेदन है कि मेरा त्रैमासिक प्लान रद्द कर दिया जाए। दुकान का काम अब बेटा संभाल रहा है और उसे इसकी ज़रूरत नहीं है।\n\nभवदीया\nसुनीता देवी")],
         "decided", [X("cancel", "2025-11-09")], spec="Formal Devanagari application; L8 cancel at current_period_end 2025-11-09.")

    # l15 cancel, fallback quarterly
    cust("harish.rawat@gmail.com", "Harish Rawat", "quarterly")
    lopay("h15a", "LO-INV-81501", "harish.rawat@gmail.com", "quarterly", "3999.00", "719.82", "2025-07-05T10:00:00", None, None)
    case("hi-l15-ddn-cancel-fallback", LOB, [dict(f="Harish Rawat <harish.rawat@gmail.com>", s="subscription cancel",
         d=("2025-09-16 09:00", "IN"),
         b="Namaste,\nmera quarterly subscription cancel kar dena, agle quarter se zaroorat nahi hai, season khatam ho gaya.\nHarish Rawat, Dehradun")],
         "decided", [X("cancel", "2025-10-04")],
         spec="No period in ledger: L8 fallback, quarterly charge 2025-07-05 + 3 months - 1 day = 2025-10-04.")

    # l16 C2, other address
    cust("deepak@agarwalsweets.in", "Deepak Agarwal", "monthly", start="2025-09-18", end="2025-10-17")
    lopay("h16a", "LO-INV-81601", "deepak@agarwalsweets.in", "monthly", "1499.00", "269.82", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    case("hi-l16-agra-doosri-id-c2", LOB, [dict(f="Deepak Agarwal <deepakagarwal1978@yahoo.com>", s="cancel karna hai",
         d=("2025-09-21 12:00", "IN"),
         b="Namaste, meri registered id deepak@agarwalsweets.in hai, wo abhi khul nahi rahi isliye yahan se likh raha hoon. Plan cancel kar do, ab use nahi karte.\nDeepak, Agra")],
         "need_info", rules=["C2"], spec="Registered email named differs from sender: C2, ask to write from deepak@agarwalsweets.in.")

    # l17 C2 via a Hindi-Gmail forward
    cust("ramprasad.gupta@gmail.com", "रामप्रसाद गुप्ता", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("h17a", "LO-INV-81701", "ramprasad.gupta@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    lopay("h17b", "LO-INV-81702", "ramprasad.gupta@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23")
    case("hi-l17-son-forwards-father-c2", LOB, [dict(f="Ankit Gupta <ankit.gupta.dev@gmail.com>", s="Fwd: पैसे दो बार कटे",
         d=("2025-09-26 21:00", "IN"),
         b="Papa ka mail forward kar raha hoon, dekh lijiye.\n\n---------- अग्रेषित संदेश ---------\nप्रेषक: रामप्रसाद गुप्ता <ramprasad.gupta@gmail.com>\n"
           "दिनांक: गुरु, 25 सित॰ 2025, 7:12 pm\nविषय: पैसे दो बार कटे\nप्रति: Ankit Gupta <ankit.gupta.dev@gmail.com>\n\n"
           "बेटा, लीड्सऑप्टिमा वालों ने 24 तारीख को दो बार पैसे काट लिए। मेरी रजिस्टर्ड ईमेल ramprasad.gupta@gmail.com है, इनवॉइस LO-INV-81702। उनको लिख दो कि एक लौटा दें।\n")],
         "need_info", rules=["C2"],
         spec="s.8 forward: the request names ramprasad.gupta@gmail.com, the sender is the son: C2, nothing about the account.")

    # l18 consumer court threat, Hinglish
    cust("ajay.thakur@gmail.com", "Ajay Thakur", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("h18a", "LO-INV-81801", "ajay.thakur@gmail.com", "monthly", "1499.00", "269.82", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
    case("hi-l18-shimla-consumer-court", LOB, [dict(f="Ajay Thakur <ajay.thakur@gmail.com>", s="last warning",
         d=("2025-09-24 14:00", "IN"),
         b="3 din se platform chal hi nahi raha. LO-INV-81801 ka paisa wapas karo warna consumer court mein case daal dunga, saare screenshots hai mere paas.\nAjay Thakur, Shimla")],
         "decided", [R("escalate")], rules=["C4"], spec="Consumer court threat: C4 escalate.")

    # l19 chargeback threat + cancel, Devanagari
    cust("pooja.mishra@gmail.com", "पूजा मिश्रा", "monthly", start="2025-09-17", end="2025-10-16")
    lopay("h19a", "LO-INV-81901", "pooja.mishra@gmail.com", "monthly", "1499.00", "269.82", "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
    case("hi-l19-prayagraj-chargeback-cancel", LOB, [dict(f="पूजा मिश्रा <pooja.mishra@gmail.com>", s="प्लान बंद करो और पैसा लौटाओ",
         d=("2025-09-20 19:00", "IN"),
         b="मेरा प्लान तुरंत बंद कीजिए और पैसा लौटाइए, आपका टूल किसी काम का नहीं। नहीं तो मैं बैंक में chargeback डाल दूँगी।\nपूजा मिश्रा, प्रयागराज")],
         "decided", [R("escalate"), X("escalate")], rules=["C4"], spec="Chargeback threat: C4 escalates refund and cancellation (s.8).")

    # l20 negation: refund nahi chahiye
    cust("arvind.nair.mum@gmail.com", "Arvind Nair", "annual", start="2025-03-01", end="2026-02-28")
    lopay("h20a", "LO-INV-82001", "arvind.nair.mum@gmail.com", "annual", "11988.00", "2157.84", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
    case("hi-l20-mum-refund-nahi-chahiye", LOB, [dict(f="Arvind Nair <arvind.nair.mum@gmail.com>", s="auto renew band karo",
         d=("2025-09-18 10:00", "IN"),
         b="Hi team, refund nahi chahiye, bas annual plan cancel kar do taaki March mein auto renew na ho. Hum apna CRM bana rahe hain.\nArvind")],
         "decided", [X("cancel", "2026-02-28")],
         spec="'refund nahi chahiye' adds no refund (s.8); L8 cancel at current_period_end 2026-02-28.")

    # l21 hypothetical before buying
    case("hi-l21-jodhpur-agar-refund", LOB, [dict(f="Mahendra Singh <mahendra.rathore88@gmail.com>", s="annual plan ke baare mein",
         d=("2025-09-19 11:00", "IN"),
         b="Khamma ghani,\nagar main annual plan le loon aur 2 mahine baad pasand na aaye to kya refund milega? pehle confirm karna tha.\nMahendra Singh, Jodhpur")],
         "other", spec="Hypothetical before buying (s.8) -> other.")

    # l22 thanks after refund, Devanagari
    cust("rekha.saxena@gmail.com", "रेखा सक्सेना", "monthly", start="2025-09-12", end="2025-10-11")
    case("hi-l22-bly-refund-mil-gaya", LOB, [dict(f="रेखा सक्सेना <rekha.saxena@gmail.com>", s="Re: रिफंड",
         h={"In-Reply-To": "<refund-notice.rekha.saxena@leadsoptima.com>", "References": "<refund-notice.rekha.saxena@leadsoptima.com>"},
         d=("2025-09-29 12:00", "IN"),
         b="नमस्ते, डबल पेमेंट वाला रिफंड आज मेरे खाते में आ गया। आपकी टीम का बहुत-बहुत धन्यवाद। अब कुछ नहीं चाहिए।\nरेखा सक्सेना, बरेली")],
         "other", spec="Thanks for a past refund, asks nothing -> other.")

    # l23 invoice remark that asks nothing
    cust("sanjay.bansal@bansalca.in", "Sanjay Bansal", "quarterly", start="2025-09-01", end="2025-11-30")
    lopay("h23a", "LO-INV-82301", "sanjay.bansal@bansalca.in", "quarterly", "3999.00", "719.82", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
    case("hi-l23-ldh-gst-invoice-fyi", LOB, [dict(f="Sanjay Bansal <sanjay.bansal@bansalca.in>", s="LO-INV-82301 GST",
         d=("2025-09-17 15:00", "IN"),
         b="Ji, invoice LO-INV-82301 mein GSTIN sahi aa gaya hai, humne books mein entry kar li. Bas inform karna tha, koi action nahi chahiye.\nCA Sanjay Bansal, Ludhiana")],
         "other", spec="Invoice note that asks nothing -> other.")

    # l24 out-of-office in Hindi
    case("hi-l24-ooo-hindi", LOB, [dict(f="Neha Tiwari <neha.tiwari@yahoo.co.in>", s="स्वतः उत्तर: आपकी रसीद",
         h={"Auto-Submitted": "auto-replied"}, d=("2025-09-26 09:00", "IN"),
         b="मैं 30 सितंबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए 98XXXXXX10 पर संपर्क करें।")],
         "ignore", rules=["C7"], spec="Auto-Submitted: auto-replied -> C7 ignore.")

    # l25 missing reason, Devanagari formal
    cust("ramesh.chandra.up@gmail.com", "रमेश चंद्र", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("h25a", "LO-INV-82501", "ramesh.chandra.up@gmail.com", "monthly", "1499.00", "269.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    case("hi-l25-gkp-no-reason-devanagari", LOB, [dict(f="रमेश चंद्र <ramesh.chandra.up@gmail.com>", s="धनवापसी हेतु प्रार्थना पत्र",
         d=("2025-09-27 10:00", "IN"),
         b="सेवा में,\nश्रीमान प्रबंधक महोदय\n\nविषय: धनवापसी हेतु प्रार्थना पत्र\n\nसविनय निवेदन है कि मेरे इनवॉइस LO-INV-82501 की राशि मुझे वापस करने की कृपा करें। "
           "मैं सदा आपका आभारी रहूँगा।\n\nधन्यवाद\nभवदीय\nरमेश चंद्र\nगोरखपुर, उत्तर प्रदेश")],
         "need_info", missing=["reason"],
         spec="Restating the request and courtesy lines are not reasons (s.8); plan from ledger, invoice stated -> ask reason (C3).")

    # l26 missing reason, Hinglish 'do the needful'
    cust("sandeep.kumar.blr@gmail.com", "Sandeep Kumar", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("h26a", "LO-INV-82601", "sandeep.kumar.blr@gmail.com", "monthly", "1499.00", "269.82", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
    case("hi-l26-hinglish-needful-no-reason", LOB, [dict(f="Sandeep Kumar <sandeep.kumar.blr@gmail.com>", s="refund",
         d=("2025-09-28 09:30", "IN"),
         b="sir mera refund kar do jaldi, LO-INV-82601. please do the needful asap\n\nthanks n regards\nSandeep\n\nSent from my Redmi")],
         "need_info", missing=["reason"], spec="No reason, only restatement and 'do the needful' (s.8) -> ask reason.")

    # l27 thread answering need_info
    cust("nisha.arora@gmail.com", "Nisha Arora", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("h27a", "LO-INV-82701", "nisha.arora@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    lopay("h27b", "LO-INV-82702", "nisha.arora@gmail.com", "monthly", "1499.00", "269.82", "2025-09-20T10:00:30", "2025-09-20", "2025-10-19")
    case("hi-l27-thread-reason-baad-mein", LOB, [
        dict(f="Nisha Arora <nisha.arora@gmail.com>", s="refund LO-INV-82702", d=("2025-09-26 18:00", "IN"),
             b="Hello, LO-INV-82702 ka refund kar dijiye please. Thanks, Nisha"),
        dict(f="Nisha Arora <nisha.arora@gmail.com>", s="Re: refund LO-INV-82702 [LO-5120]", d=("2025-09-29 10:00", "IN"),
             b="Reason ye hai ki 20 tareekh ko ek hi mahine ka payment do baar kat gaya tha.\n\nNisha\n\n"
               "On Fri, 26 Sept 2025 at 18:05, LeadsOptima Support <support@leadsoptima.com> wrote:\n> Kripya refund ka kaaran batayein.")],
        "decided", [R("approve", "1499.00")],
        spec="C3 thread: request time = first email 09-26 (day 6); reply on day 9 gives 'do baar' -> L4 1499.00.")

    # l28 HTML-only Devanagari cancel
    cust("meena.joshi@gmail.com", "मीना जोशी", "annual", start="2025-01-15", end="2026-01-14")
    lopay("h28a", "LO-INV-82801", "meena.joshi@gmail.com", "annual", "11988.00", "2157.84", "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")
    case("hi-l28-html-only-cancel", LOB, [dict(f="मीना जोशी <meena.joshi@gmail.com>", s="सदस्यता समाप्त करें",
         d=("2025-09-23 08:00", "IN"),
         html="<div dir=\"ltr\"><p>नमस्ते,</p><p>कृपया मेरी वार्षिक सदस्यता <b>रद्द</b> कर दें ताकि जनवरी में नवीनीकरण न हो। "
              "हमारा व्यवसाय बंद हो रहा है।</p><p>धन्यवाद,<br>मीना जोशी, नैनीताल</p></div>")],
         "decided", [X("cancel", "2026-01-14")], spec="HTML-only Devanagari; L8 cancel at 2026-01-14.")

    # l29 failed payment but money taken
    cust("farhan.ali@gmail.com", "Farhan Ali", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("h29a", "LO-INV-82901", "farhan.ali@gmail.com", "monthly", "1499.00", "269.82", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24", status="failed")
    case("hi-l29-hyd-failed-but-debited", LOB, [dict(f="Farhan Ali <farhan.ali@gmail.com>", s="payment failed dikha raha par paise kat gaye",
         d=("2025-09-26 13:00", "IN"),
         b="Hello,\nkal payment karte waqt app ne failed dikhaya lekin mere account se paise kat gaye, ye billing error hai. Invoice LO-INV-82901. Refund karo please.\nFarhan, Hyderabad")],
         "decided", [R("escalate")], spec="The payment's status is failed: a refund of a payment not 'paid' is escalate (s.8; L5 too).")

    # l30 amount in words, annual duplicate
    cust("vinod.meena@gmail.com", "विनोद मीणा", "annual", start="2025-09-28", end="2026-09-27")
    lopay("h30a", "LO-INV-83001", "vinod.meena@gmail.com", "annual", "11988.00", "2157.84", "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
    lopay("h30b", "LO-INV-83002", "vinod.meena@gmail.com", "annual", "11988.00", "2157.84", "2025-09-28T10:03:00", "2025-09-28", "2026-09-27")
    case("hi-l30-kota-amount-in-words", LOB, [dict(f="विनोद मीणा <vinod.meena@gmail.com>", s="वार्षिक प्लान डबल चार्ज",
         d=("2025-09-29 09:00", "IN"),
         b="नमस्कार,\nकल वार्षिक प्लान के लिए चौदह हज़ार एक सौ पैंतालीस रुपये चौरासी पैसे दो बार कट गए। दूसरा बिल lo inv 83002 है। कृपया वापस करें।\nविनोद मीणा, कोटा")],
         "decided", [R("approve", "11988.00")],
         spec="Duplicate day 1, 'lo inv 83002' = LO-INV-83002 (s.8); amount in words is GST-inclusive, refund before tax 11988.00 (C6).")

    # l31 past event + feature question
    cust("tarun.bhatia@gmail.com", "Tarun Bhatia", "quarterly", start="2025-08-01", end="2025-10-31")
    case("hi-l31-past-refund-question", LOB, [dict(f="Tarun Bhatia <tarun.bhatia@gmail.com>", s="WhatsApp integration?",
         d=("2025-09-24 12:00", "IN"),
         b="Hi, pichhle saal aapne double charge ka refund turant kar diya tha, shukriya. Ab ek sawaal: kya quarterly plan mein WhatsApp integration milta hai?\nTarun")],
         "other", spec="A past refund is history (s.8); the question is neither refund nor cancellation -> other.")

    # l32 list mail in Hindi
    case("hi-l32-list-newsletter", LOB, [dict(f="व्यापार समाचार <news@vyaparsamachar.in>", s="इस हफ्ते: सब्सक्रिप्शन कैसे रद्द करें",
         h={"List-Id": "<saptahik.vyaparsamachar.in>", "Precedence": "list"}, d=("2025-09-22 07:00", "IN"),
         b="इस अंक में: रिफंड नीति, डबल चार्ज से कैसे बचें।")],
         "ignore", rules=["C7"], spec="List-Id, Precedence: list -> C7 ignore.")


def owd_cases():
    # o01 deposit inside 72h, Devanagari, Indore
    proj("इंदौर नमकीन भंडार वेबसाइट", "info@indorenamkeen.in")
    owpay("ho01", "OWD-2025-401", "इंदौर नमकीन भंडार वेबसाइट", "deposit", "20000.00", "3600.00", "2025-09-23T10:00:00")
    case("hi-o01-idr-deposit-48h", OWB, [dict(f="इंदौर नमकीन भंडार <info@indorenamkeen.in>", s="रिफंड अनुरोध — इंदौर नमकीन भंडार वेबसाइट / OWD-2025-401",
         d=("2025-09-25 10:00", "IN"),
         b="नमस्कार,\n\nहमने 23 तारीख को इंदौर नमकीन भंडार वेबसाइट के लिए बुकिंग राशि जमा की थी। परिवार में विचार हुआ और अभी ऑनलाइन बिक्री शुरू नहीं करनी है, "
           "इसलिए काम शुरू मत कीजिए और पैसा वापस कर दीजिए। इनवॉइस OWD-2025-401।\n\nधन्यवाद\nसुरेश अग्रवाल")],
         "decided", [R("approve", "20000.00")], extra_ok=True,
         spec="O2: 48 h after payment, no work started -> 20000.00 before tax (C6). 'काम शुरू मत कीजिए': a cancellation part would be harmless.")

    # o02 deposit 73h, Hinglish
    proj("Sharma Dental Clinic Site", "drsharma.dental@gmail.com")
    owpay("ho02", "OWD-2025-402", "Sharma Dental Clinic Site", "deposit", "15000.00", "2700.00", "2025-09-20T10:00:00")
    case("hi-o02-fbd-deposit-73h", OWB, [dict(f="Dr Sharma <drsharma.dental@gmail.com>", s="deposit wapas chahiye",
         d=("2025-09-23 11:00", "IN"),
         b="Namaste, Sharma Dental Clinic Site ka deposit OWD-2025-402 wapas kar dijiye, humne clinic ka shift karna cancel kar diya to website ki zaroorat nahi.\nDr. Sharma, Faridabad")],
         "decided", [R("deny")], spec="73 h after 2025-09-20 10:00: not before 72 h -> deny O2.")

    # o03 discovery, nothing started
    proj("Bikaner Bhujia Brand", "marketing@bikanerbhujia.in")
    owpay("ho03", "OWD-2025-403", "Bikaner Bhujia Brand", "discovery", "12000.00", "2160.00", "2025-09-15T10:00:00")
    case("hi-o03-bkn-discovery-not-started", OWB, [dict(f="Bikaner Bhujia Marketing <marketing@bikanerbhujia.in>", s="discovery fee refund OWD 2025 403",
         d=("2025-09-24 12:00", "IN"),
         b="Namaskar ji,\nBikaner Bhujia Brand ke discovery session abhi tak hua nahi hai, aur hamare malik ne budget rok diya hai. Discovery fee lauta dijiye.\nMarketing team")],
         "decided", [R("approve", "12000.00")],
         spec="O1: no session started -> 12000.00; 'OWD 2025 403' matches OWD-2025-403 ignoring spaces (s.8).")

    # o04 discovery started
    proj("Lucknow Chikan House", "sales@lucknowchikan.in", "2025-09-12T11:00:00")
    owpay("ho04", "OWD-2025-404", "Lucknow Chikan House", "discovery", "18000.00", "3240.00", "2025-09-08T10:00:00")
    case("hi-o04-lko-discovery-held", OWB, [dict(f="लखनऊ चिकन हाउस <sales@lucknowchikan.in>", s="डिस्कवरी फीस वापसी",
         d=("2025-09-22 16:00", "IN"),
         b="नमस्ते,\nलखनऊ चिकन हाउस (OWD-2025-404) का डिस्कवरी सत्र 12 तारीख को हुआ था पर उसमें कुछ नया नहीं बताया गया। हम संतुष्ट नहीं हैं, फीस वापस करें।\nसेल्स टीम")],
         "decided", [R("deny")], spec="O1: session held 2025-09-12, before the request -> deny.")

    # o05 milestone not started, invoice with spaces
    proj("Patna Coaching Portal", "admin@patnacoaching.in", "2025-08-01T10:00:00")
    owpay("ho05a", "OWD-2025-405", "Patna Coaching Portal", "milestone", "25000.00", "4500.00", "2025-08-01T10:00:00", milestone_status="completed")
    owpay("ho05b", "OWD-2025-406", "Patna Coaching Portal", "milestone", "35000.00", "6300.00", "2025-09-10T10:00:00", milestone_status="not_started")
    case("hi-o05-pat-milestone-not-started", OWB, [dict(f="Patna Coaching Admin <admin@patnacoaching.in>", s="doosra milestone refund",
         d=("2025-09-26 11:00", "IN"),
         b="Sir,\nPatna Coaching Portal ka pehla milestone theek hai. Doosra wala (owd 2025 406) abhi shuru nahi hua aur humne online classes ka plan drop kar diya hai. Uska paisa wapas kar dijiye.\nAdmin")],
         "decided", [R("approve", "35000.00")],
         spec="O3: OWD-2025-406 not_started -> 35000.00 before tax; reference typed with spaces (s.8).")

    # o06 milestone in progress
    proj("Ajmer Dargah Tours App", "tours@ajmertours.in", "2025-09-01T10:00:00")
    owpay("ho06", "OWD-2025-407", "Ajmer Dargah Tours App", "milestone", "45000.00", "8100.00", "2025-09-05T10:00:00", milestone_status="in_progress")
    case("hi-o06-ajm-milestone-in-progress", OWB, [dict(f="Ajmer Tours <tours@ajmertours.in>", s="milestone ka paisa",
         d=("2025-09-25 13:00", "IN"),
         b="Aadab, Ajmer Dargah Tours App ka kaam bahut dheere chal raha hai (OWD-2025-407). Jo kaam nahi hua uska paisa refund kijiye.\nSalim")],
         "decided", [R("escalate")], spec="O3: milestone in_progress -> escalate, no amount.")

    # o07 retainer with enough notice, Devanagari
    proj("जयपुर ज्वेलर्स एसईओ रिटेनर", "seo@jaipurjewellers.in", "2025-05-01T10:00:00")
    owpay("ho07", "OWD-2025-408", "जयपुर ज्वेलर्स एसईओ रिटेनर", "retainer", "15000.00", "2700.00", "2025-09-20T10:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    case("hi-o07-jai-retainer-notice-ok", OWB, [dict(f="जयपुर ज्वेलर्स <seo@jaipurjewellers.in>", s="रिटेनर बंद करने की सूचना",
         d=("2025-09-24 11:00", "IN"),
         b="नमस्ते,\n\nजयपुर ज्वेलर्स एसईओ रिटेनर (इनवॉइस OWD-2025-408) को बंद करना है, हमने अपना इन-हाउस मार्केटिंग व्यक्ति रख लिया है। अगला बिल न बनाएं।\n\nधन्यवाद")],
         "decided", [X("cancel", "2025-10-19")],
         spec="O4/O8: 09-24 is on/before 2025-10-20 - 7 = 10-13: next charge avoided, effective 2025-10-19.")

    # o08 retainer short notice, Hinglish
    proj("Delhi Momos Social Retainer", "hello@delhimomos.in", "2025-06-01T10:00:00")
    owpay("ho08", "OWD-2025-409", "Delhi Momos Social Retainer", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    case("hi-o08-dli-retainer-short-notice", OWB, [dict(f="Delhi Momos <hello@delhimomos.in>", s="retainer cancel karo",
         d=("2025-09-27 20:00", "IN"),
         b="Hi Optima team, Delhi Momos Social Retainer (OWD-2025-409) cancel kar do, instagram ka kaam ab hum khud karenge. Thanks\nVarun")],
         "decided", [X("cancel", "2025-10-31")],
         spec="O4: 09-27 is after 2025-10-01 - 7 = 09-24: short notice, next cycle 10-01..10-31 billed, effective 2025-10-31.")

    # o09 hosting within 14 days
    proj("Rishikesh Yoga Ashram Hosting", "ashram@rishikeshyoga.in", "2025-09-18T10:00:00")
    owpay("ho09", "OWD-2025-410", "Rishikesh Yoga Ashram Hosting", "hosting_annual", "15000.00", "2700.00", "2025-09-18T10:00:00",
          setup_fee="1500.00", service_start="2025-09-18")
    case("hi-o09-rsk-hosting-prorata", OWB, [dict(f="Rishikesh Yoga Ashram <ashram@rishikeshyoga.in>", s="hosting cancel aur refund",
         d=("2025-09-26 09:00", "IN"),
         b="Hari Om,\nRishikesh Yoga Ashram Hosting (OWD-2025-410) cancel karna hai, trust ne decide kiya ki website sarkari portal pe rahegi. Jo refund banta hai wo de dijiye.\nSwami ji ke karyalay se")],
         "decided", [R("approve", "12375.00")], extra_ok=True,
         spec="O5 day 8: 15000 - 1500 - (13500/12 = 1125) x 1 = 12375.00.")

    # o10 maintenance after 14 days
    proj("Bhopal Steel Maintenance", "it@bhopalsteel.in", "2025-09-01T10:00:00")
    owpay("ho10", "OWD-2025-411", "Bhopal Steel Maintenance", "maintenance_annual", "30000.00", "5400.00", "2025-09-01T10:00:00",
          setup_fee="3000.00", service_start="2025-09-01")
    case("hi-o10-bpl-maintenance-day20", OWB, [dict(f="भोपाल स्टील आईटी <it@bhopalsteel.in>", s="वार्षिक मेंटेनेंस रिफंड",
         d=("2025-09-21 11:00", "IN"),
         b="महोदय, Bhopal Steel Maintenance (OWD-2025-411) की सेवा हमें संतोषजनक नहीं लगी, अपडेट समय पर नहीं होते। कृपया आनुपातिक रिफंड दें।\nआईटी विभाग")],
         "decided", [R("deny")],
         spec="O5: day 20 after service_start 2025-09-01 -> deny. No extra_ok: the refund is denied and no cancellation is asked for, "
              "so an extra cancellation would end maintenance the customer keeps.")

    # o11 SSL (third party)
    proj("Amritsar Phulkari Store", "store@amritsarphulkari.in", "2025-07-01T10:00:00")
    owpay("ho11", "OWD-2025-412", "Amritsar Phulkari Store", "third_party", "3500.00", "630.00", "2025-09-20T10:00:00")
    case("hi-o11-asr-ssl-refund", OWB, [dict(f="Amritsar Phulkari <store@amritsarphulkari.in>", s="SSL ka paisa wapas",
         d=("2025-09-23 10:00", "IN"),
         b="Sat Sri Akal, Amritsar Phulkari Store ke liye SSL certificate ka bill OWD-2025-412 aaya. Hosting company free SSL de rahi hai, to ye paisa wapas kar do ji.\nHarjeet")],
         "decided", [R("deny")], spec="O6: third_party (SSL) never refundable -> deny.")

    # o12 setup fee
    proj("Gwalior Fort Hotel Site", "gm@gwaliorforthotel.in", "2025-09-05T10:00:00")
    owpay("ho12", "OWD-2025-413", "Gwalior Fort Hotel Site", "setup", "5000.00", "900.00", "2025-09-05T10:00:00")
    case("hi-o12-gwl-setup-fee", OWB, [dict(f="ग्वालियर फोर्ट होटल <gm@gwaliorforthotel.in>", s="सेटअप शुल्क वापसी OWD-2025-413",
         d=("2025-09-19 12:00", "IN"),
         b="नमस्कार, Gwalior Fort Hotel Site का सेटअप शुल्क हमें बहुत ज़्यादा लगा, इतना काम तो हुआ ही नहीं। यह राशि लौटाएँ।\nमहाप्रबंधक")],
         "decided", [R("deny")], spec="O6: setup/activation fee never refundable -> deny.")

    # o13 C2: a different address
    proj("Meerut Sports Goods Site", "orders@meerutsports.in")
    owpay("ho13", "OWD-2025-414", "Meerut Sports Goods Site", "deposit", "18000.00", "3240.00", "2025-09-24T10:00:00")
    case("hi-o13-mrt-wrong-address-c2", OWB, [dict(f="Naveen Tyagi <naveen.tyagi77@gmail.com>", s="Meerut Sports Goods Site deposit refund",
         d=("2025-09-25 09:00", "IN"),
         b="Namaste, main Meerut Sports ka malik hoon. Deposit OWD-2025-414 wapas kar do, partner ne mana kar diya. Company mail staff ke paas hai isliye personal se bhej raha hoon.\nNaveen")],
         "need_info", rules=["C2"], spec="Not the contract email orders@meerutsports.in: C2, ask to write from it, nothing about the project.")

    # o14 legal notice threat
    proj("Kanpur Leather Exports Site", "exports@kanpurleather.in", "2025-08-01T10:00:00")
    owpay("ho14", "OWD-2025-415", "Kanpur Leather Exports Site", "milestone", "40000.00", "7200.00", "2025-09-01T10:00:00", milestone_status="completed")
    case("hi-o14-knp-legal-notice", OWB, [dict(f="Kanpur Leather Exports <exports@kanpurleather.in>", s="legal notice",
         d=("2025-09-24 15:00", "IN"),
         b="Aapki website mein bugs hi bugs hain. Kanpur Leather Exports Site ka milestone OWD-2025-415 ka paisa wapas karo, warna hamare advocate aapko legal notice bhejenge.\nExports Manager")],
         "decided", [R("escalate")], rules=["C4"], spec="Legal notice / advocate: C4 escalate (otherwise completed milestone -> deny).")

    # o15 cancellation with no reason, Devanagari
    proj("उदयपुर हेरिटेज होटल रिटेनर", "info@udaipurheritage.in", "2025-06-01T10:00:00")
    owpay("ho15", "OWD-2025-416", "उदयपुर हेरिटेज होटल रिटेनर", "retainer", "10000.00", "1800.00", "2025-09-10T10:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    case("hi-o15-udr-retainer-cancel-no-reason", OWB, [dict(f="उदयपुर हेरिटेज होटल <info@udaipurheritage.in>", s="रिटेनर रद्द करें — OWD-2025-416",
         d=("2025-09-20 10:00", "IN"),
         b="आदरणीय महोदय,\n\nकृपया हमारा उदयपुर हेरिटेज होटल रिटेनर (OWD-2025-416) रद्द कर दें।\n\nसादर धन्यवाद,\nप्रबंधक\nउदयपुर हेरिटेज होटल\n"
           "यह ईमेल गोपनीय है। यदि आप इसके सही प्राप्तकर्ता नहीं हैं तो इसे हटा दें।")],
         "need_info", missing=["reason"], spec="Optima requires a reason for cancellations (s.8); greeting, signature, disclaimer are not reasons -> ask reason.")

    # o16 refund with no reason, Hinglish
    proj("Nagpur Oranges Online", "sales@nagpuroranges.in")
    owpay("ho16", "OWD-2025-417", "Nagpur Oranges Online", "deposit", "22000.00", "3960.00", "2025-09-26T10:00:00")
    case("hi-o16-ngp-refund-no-reason", OWB, [dict(f="Nagpur Oranges <sales@nagpuroranges.in>", s="Refund Request — Nagpur Oranges Online / OWD-2025-417",
         d=("2025-09-27 10:00", "IN"),
         b="Hello sir, Nagpur Oranges Online ka deposit OWD-2025-417 refund karna hai. Kindly process at the earliest. Thank you.\n\nRegards\nSales Team")],
         "need_info", missing=["reason"], spec="Contract email, project and invoice present; only restatement -> ask reason (C3).")

    # o17 deposit, no invoice, one payment for the project
    proj("Mathura Peda Shop", "pedawala@mathurapeda.in")
    owpay("ho17", "OWD-2025-418", "Mathura Peda Shop", "deposit", "16000.00", "2880.00", "2025-09-27T18:00:00")
    case("hi-o17-mtr-deposit-no-invoice", OWB, [dict(f="मथुरा पेड़ा शॉप <pedawala@mathurapeda.in>", s="जमा राशि वापस चाहिए",
         d=("2025-09-29 09:00", "IN"),
         b="राधे राधे,\nMathura Peda Shop की वेबसाइट के लिए परसों जो एडवांस दिया था वह वापस कर दीजिए। दुकान का बंटवारा हो रहा है, अभी वेबसाइट नहीं बनवानी।\nगोपाल")],
         "decided", [R("approve", "16000.00")],
         spec="Invoice not stated; the named project has exactly one payment, filled from the ledger (s.1). 39 h, no work -> O2 16000.00.")

    # o18 question before paying
    case("hi-o18-question-before-buying", OWB, [dict(f="Sunil Rajput <sunil.rajput.biz@gmail.com>", s="advance ke baare mein",
         d=("2025-09-21 19:00", "IN"),
         b="Namaste, agar hum website ke liye advance de dein aur baad mein mann badal jaaye to kya paisa wapas milega? Ek baar bata dijiye.\nSunil, Aligarh")],
         "other", spec="Hypothetical before buying (s.8) -> other.")

    # o19 retainer paid ahead
    proj("Surat Sarees Ads Retainer", "ads@suratsarees.in", "2025-05-01T10:00:00")
    owpay("ho19a", "OWD-2025-419", "Surat Sarees Ads Retainer", "retainer", "20000.00", "3600.00", "2025-09-05T10:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    owpay("ho19b", "OWD-2025-420", "Surat Sarees Ads Retainer", "retainer", "20000.00", "3600.00", "2025-09-15T10:00:00",
          period_start="2025-10-05", period_end="2025-11-04", next_billing_at="2025-11-05T00:00:00")
    case("hi-o19-srt-retainer-prepaid", OWB, [dict(f="Surat Sarees <ads@suratsarees.in>", s="ads retainer band",
         d=("2025-09-22 12:00", "IN"),
         b="Namaste, Surat Sarees Ads Retainer band karna hai, Diwali ke baad ads ka budget nahi hai. October ka advance (OWD-2025-420) pehle hi de diya tha, uska kya hoga?\nHiren")],
         "decided", [X("escalate")], extra_ok=True,
         spec="s.8: next cycle already paid (OWD-2025-420), notice >= 7 days -> cancellation escalate (O4).")

    # o20 thread: cancellation reason supplied later
    proj("Haridwar Dharamshala Retainer", "office@haridwardharamshala.in", "2025-06-01T10:00:00")
    owpay("ho20", "OWD-2025-421", "Haridwar Dharamshala Retainer", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    case("hi-o20-thread-cancel-reason-later", OWB, [
        dict(f="हरिद्वार धर्मशाला <office@haridwardharamshala.in>", s="Haridwar Dharamshala Retainer cancel OWD-2025-421", d=("2025-09-23 10:00", "IN"),
             b="नमस्ते, Haridwar Dharamshala Retainer (OWD-2025-421) कैंसल कर दीजिए। धन्यवाद।"),
        dict(f="हरिद्वार धर्मशाला <office@haridwardharamshala.in>", s="Re: Haridwar Dharamshala Retainer cancel OWD-2025-421 [OWD-3307]", d=("2025-09-30 09:00", "IN"),
             b="कारण: ट्रस्ट ने ऑनलाइन बुकिंग बंद करने का निर्णय लिया है।\n\n"
               "On Tue, 23 Sept 2025, 10:30 am Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n> कृपया रद्द करने का कारण बताएं।")],
        "decided", [X("cancel", "2025-10-14")],
        spec="C3 thread; request time is the first email 09-23 (on/before 2025-10-15 - 7 = 10-08), so the reply on 09-30 changes nothing: effective 2025-10-14 (O4).")


if __name__ == "__main__":
    start()
    lo_cases()
    owd_cases()
    finish()
