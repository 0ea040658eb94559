"""fresh28 Hindi/Hinglish cases (qa28c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
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


def M(frm, subj, body, when, off, to=None, html=None, hdr=None):
    """when = (y, m, d, H, M) local time of the sender; off = UTC offset in minutes."""
    return {"frm": frm, "subj": subj, "body": body, "when": when, "off": off, "to": to, "html": html,
            "hdr": hdr or {}}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None, clauses=""):
    CASES.append({"cid": cid, "brand": brand, "status": status, "msgs": msgs, "decisions": list(decisions),
                  "rules": list(rules), "missing": missing, "spec": spec, "extra_ok": extra_ok,
                  "ambiguous": ambiguous, "clauses": clauses})


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def build(lang):
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    out = []
    for c in CASES:
        num, short = c["cid"].split("-", 1)
        files, ids = [], []
        for i, m in enumerate(c["msgs"]):
            msg = EmailMessage()
            msg["From"] = m["frm"]
            msg["To"] = m["to"] or (LO_TO if c["brand"] == LOB else OW_TO)
            msg["Subject"] = m["subj"]
            tz = timezone(timedelta(minutes=m["off"]))
            msg["Date"] = format_datetime(datetime(*m["when"], tzinfo=tz))
            mid = f"<{lang}.{num}.{i}.fresh28@mail.example>"
            msg["Message-ID"] = mid
            if ids:
                msg["In-Reply-To"] = ids[-1]
                msg["References"] = " ".join(ids)
            for k, v in m["hdr"].items():
                msg[k] = v
            if m["html"] and not m["body"]:
                msg.set_content(m["html"], subtype="html")
            else:
                msg.set_content(m["body"])
                if m["html"]:
                    msg.add_alternative(m["html"], subtype="html")
            ids.append(mid)
            name = f"emails/{num}-{i + 1}.eml"
            (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
            files.append(name)
        e = {"id": f"{lang}-{c['cid']}", "lang": lang, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        e["spec"] = c["spec"]
        out.append(e)
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return out


def readme_lines(out):
    lines = []
    for e in out:
        ans = e["status"]
        if e["decisions"]:
            ans += " " + ", ".join(f"{d['intent']}:{d['outcome']}" + (f" {d['amount']}" if d.get("amount") else "")
                                   + (f" until {d['effective_date']}" if d.get("effective_date") else "")
                                   for d in e["decisions"])
        if e.get("missing"):
            ans += " missing=" + ",".join(e["missing"])
        if e["rules"]:
            ans += " rules=" + ",".join(e["rules"])
        lines.append(f"- `{e['id']}` ({e['brand']}): {ans}. {e['spec']}")
    return lines
# ---- end kit ----


IN, DXB, DOH = 330, 240, 180
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ======================= LeadsOptima =======================
cust("vinod.khanna.dlh@gmail.com", "Vinod Khanna", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h28_p01", "LO-INV-82101", "vinod.khanna.dlh@gmail.com", "monthly", *Mo, "2025-09-25T12:10:00", "2025-09-25", "2025-10-24")
lopay("h28_p02", "LO-INV-82102", "vinod.khanna.dlh@gmail.com", "monthly", *Mo, "2025-09-25T12:11:00", "2025-09-25", "2025-10-24")
case("l01-dli-devanagari-ank", LOB, "decided", [M("विनोद खन्ना <vinod.khanna.dlh@gmail.com>",
     "एक ही प्लान के लिए दो बार पैसे कटे",
     "नमस्ते जी,\n\nमेरे खाते से २५ सितम्बर को ₹१,४९९ दो बार कट गए हैं, जबकि मेरा एक ही मासिक प्लान है। "
     "दोनों इनवॉइस LO-INV-82101 और LO-INV-82102 हैं। कृपया दूसरा वाला पैसा वापस कर दीजिए।\n\n"
     "धन्यवाद\nविनोद खन्ना\nकरोल बाग, नई दिल्ली",
     (2025, 9, 28, 11, 0), IN)], [R("approve", "1499.00")],
     spec="Two paid monthly charges 2025-09-25; request 2025-09-28 (day 3): refund the later LO-INV-82102 1499.00 (L4); Devanagari digits in the amount are not trusted over the ledger.")

cust("harpreet.gill@emirates.net.ae", "Harpreet Gill", "annual", start="2025-09-23", end="2026-09-22")
lopay("h28_p03", "LO-INV-82111", "harpreet.gill@emirates.net.ae", "annual", *A, "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
lopay("h28_p04", "LO-INV-82112", "harpreet.gill@emirates.net.ae", "annual", *A, "2025-09-23T10:02:00", "2025-09-23", "2026-09-22")
case("l02-dxb-local-day7-ist-day8", LOB, "decided", [M("Harpreet Gill <harpreet.gill@emirates.net.ae>",
     "annual plan ka payment 2 baar",
     "Sat sri akal ji,\n\nDuty se abhi wapas aaya. Dekha ki 23 Sept ko annual plan ka payment do baar hua hai - LO-INV-82111 "
     "aur LO-INV-82112. Doosra wala wapas kar do ji, Emirates NBD card pe aaya tha.\n\nHarpreet Singh Gill\nAl Qusais, Dubai",
     (2025, 9, 30, 23, 15), DXB)], [R("deny")],
     spec="Sent 2025-09-30 23:15 +04:00 = 2025-10-01 00:45 IST: day 8 after the 2025-09-23 charges (his own date is day 7): outside the window, deny (L3).")

cust("shabnam.qureshi@qatar.net.qa", "Shabnam Qureshi", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("h28_p05", "LO-INV-82121", "shabnam.qureshi@qatar.net.qa", "quarterly", *Q, "2025-09-24T21:00:00", "2025-09-24", "2025-12-23")
lopay("h28_p06", "LO-INV-82122", "shabnam.qureshi@qatar.net.qa", "quarterly", *Q, "2025-09-24T21:00:50", "2025-09-24", "2025-12-23")
case("l03-doha-quarterly-duplicate", LOB, "decided", [M("Shabnam Qureshi <shabnam.qureshi@qatar.net.qa>",
     "Duplicate transaction / डुप्लीकेट ट्रांजैक्शन",
     "Assalam alaikum,\n\nMera quarterly plan ka payment 24 tareekh ki shaam ko duplicate ho gaya, QNB se do SMS aaye. "
     "Invoice LO-INV-82122 extra hai, please usko reverse kar dijiye.\n\nShukriya,\nShabnam\nAl Sadd, Doha",
     (2025, 9, 29, 20, 0), DOH)], [R("approve", "3999.00")],
     spec="Two paid quarterly charges 2025-09-24; sent 2025-09-29 20:00 +03:00 = 22:30 IST (day 5): refund LO-INV-82122 3999.00 (L4).")

cust("gurmeet.sandhu@ludhianahosiery.in", "Gurmeet Sandhu", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h28_p07", "LO-INV-82131", "gurmeet.sandhu@ludhianahosiery.in", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("h28_p08", "LO-INV-82132", "gurmeet.sandhu@ludhianahosiery.in", "monthly", *Mo, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
lopay("h28_p09", "LO-INV-82133", "gurmeet.sandhu@ludhianahosiery.in", "monthly", *Mo, "2025-09-26T09:30:00", "2025-09-25", "2025-10-24")
case("l04-ldh-teen-vaari", LOB, "decided", [M("Gurmeet Sandhu <gurmeet.sandhu@ludhianahosiery.in>",
     "teen baar paise kat gaye",
     "Paaji sat sri akal,\n\nHamara ek hi monthly plan hai ji, par aapne teen baar charge kar liya - 25 ko do baar (LO-INV-82131, "
     "LO-INV-82132) aur 26 ko phir se (LO-INV-82133). Pehla theek hai, baaki do wapas karo ji. Koi gal nahi, galti ho jaati hai.\n\nGurmeet Singh\nSandhu Hosiery, Ludhiana",
     (2025, 9, 27, 12, 0), IN)], [R("approve", "2998.00")],
     spec="Three paid charges of the same period; request 2025-09-27 (day 2 and day 1): both later charges are duplicates inside the window: 1499.00 + 1499.00 = 2998.00 (section 8).")

cust("sunil.dahiya@rohtakagro.in", "Sunil Dahiya", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("h28_p10", "LO-INV-82141", "sunil.dahiya@rohtakagro.in", "quarterly", *A, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
case("l05-rohtak-galat-plan", LOB, "decided", [M("सुनील दहिया <sunil.dahiya@rohtakagro.in>",
     "गलत प्लान का चार्ज",
     "राम राम जी,\n\nमन्नै तीन महीने वाला प्लान लिया था, पर आपने सालाना वाले के पैसे काट लिए, ₹11,988। यो गलत चार्ज सै। "
     "इनवॉइस LO-INV-82141 सै। फालतू पैसे वापस करो।\n\nसुनील दहिया\nरोहतक एग्रो, रोहतक",
     (2025, 9, 29, 10, 0), IN)], [R("escalate")],
     spec="Charged for the wrong plan (billing error, Haryanvi Devanagari) on 2025-09-26, request day 3: escalate with the charge (L5).")

cust("amit.munda@ranchitraders.in", "Amit Munda", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h28_p11", "LO-INV-82151", "amit.munda@ranchitraders.in", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l06-ranchi-login-devanagari", LOB, "decided", [M("अमित मुंडा <amit.munda@ranchitraders.in>",
     "लॉगिन नहीं हो रहा - रिफंड",
     "महोदय,\n\n२४ सितम्बर को भुगतान (LO-INV-82151) करने के बाद से मैं अपने खाते में लॉगिन नहीं कर पा रहा हूँ। हर बार "
     "\"invalid session\" दिखाता है। आपकी सपोर्ट टीम को दो बार लिखा, कोई हल नहीं। कृपया पैसे वापस करें।\n\nअमित मुंडा\nरांची, झारखण्ड",
     (2025, 9, 28, 16, 0), IN)], [R("escalate")],
     spec="Access failure (cannot log in) inside 7 days of the 2025-09-24 charge: escalate (L6).")

cust("rakesh.mahato@tatasteel-vendor.in", "Rakesh Mahato", "monthly", start="2025-09-18", end="2025-10-17")
lopay("h28_p12", "LO-INV-82161", "rakesh.mahato@tatasteel-vendor.in", "monthly", *Mo, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l07-jsr-access-day9", LOB, "decided", [M("Rakesh Mahato <rakesh.mahato@tatasteel-vendor.in>",
     "dashboard open nahi ho raha, refund chahiye",
     "Sir,\n\n18 tareekh ko payment kiya tha (LO-INV-82161), uske baad se dashboard open nahi ho raha. Pehle socha apne aap "
     "theek ho jayega, isliye late likh raha hoon. Refund kar dijiye.\n\nRakesh Mahato\nBistupur, Jamshedpur",
     (2025, 9, 27, 18, 0), IN)], [R("deny")],
     spec="Access failure but charge 2025-09-18, request 2025-09-27 (day 9): outside the 7-day window, deny (L3).")

cust("sameer.shaikh@andherifabrics.com", "Sameer Shaikh", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h28_p13", "LO-INV-82171", "sameer.shaikh@andherifabrics.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l08-mum-bambaiya-no-use", LOB, "decided", [M("Sameer Shaikh <sameer.shaikh@andherifabrics.com>",
     "paisa wapas",
     "Boss,\n\nApun ne 26 ko plan liya tha (LO-INV-82171) lekin ekdum time hi nahi mila use karne ka, Diwali ka maal aa raha hai godown mein. "
     "Apun ko is mahine iska koi kaam nahi. Paisa wapas kar do na, kya lafda hai.\n\nSameer\nAndheri East",
     (2025, 9, 29, 13, 0), IN)], [R("deny")],
     spec="No time to use it is not an L2 exception: refund denied (L1), cancellation offered.")

cust("neha.bisht@doonvalley.in", "Neha Bisht", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("h28_p14", "LO-INV-82181", "neha.bisht@doonvalley.in", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
case("l09-ddn-mehenga-band-karo", LOB, "decided", [M("Neha Bisht <neha.bisht@doonvalley.in>",
     "Plan band karna hai aur refund",
     "Namaste,\n\nHamare homestay ke liye quarterly plan kaafi mehenga pad raha hai, off-season aa raha hai. Isliye plan "
     "cancel kar dijiye aur LO-INV-82181 ka refund bhi de dijiye.\n\nDhanyavaad,\nNeha Bisht\nDoon Valley Homestay, Dehradun",
     (2025, 9, 23, 10, 0), IN)], [R("deny"), X("cancel", "2025-12-19")],
     spec="Too expensive is not an exception: refund deny (L1); cancel, active until current_period_end 2025-12-19 (L8).")

cust("jaspreet.kaur@amritsarphulkari.in", "Jaspreet Kaur", "monthly", status="trial", trial_ends="2025-10-04")
case("l10-asr-trial-paise", LOB, "decided", [M("Jaspreet Kaur <jaspreet.kaur@amritsarphulkari.in>",
     "trial ke paise?",
     "Ji,\n\nMain abhi trial pe hoon. Agar card se koi paise kate hain to wapas kar do ji, mujhe abhi paid plan nahi chahiye.\n\n"
     "Jaspreet\nAmritsar Phulkari House",
     (2025, 9, 27, 11, 0), IN)], [R("deny")], extra_ok=True,
     spec="Free trial, no charges: nothing to refund (L7); 'paid plan nahi chahiye' may be read as a cancellation (extra_ok).")

cust("info@noidaprintworks.in", "Noida Print Works", "annual", start="2025-04-10", end="2026-04-09")
lopay("h28_p15", "LO-INV-82191", "info@noidaprintworks.in", "annual", *A, "2025-04-10T10:00:00", "2025-04-10", "2026-04-09")
case("l11-noida-formal-radd", LOB, "decided", [M("नोएडा प्रिंट वर्क्स <info@noidaprintworks.in>",
     "सदस्यता रद्द करने हेतु आवेदन",
     "सेवा में,\nलीड्सऑप्टिमा सहायता दल\n\nविषय: वार्षिक सदस्यता रद्द करने हेतु\n\nमहोदय,\nनिवेदन है कि हमारी फर्म की वार्षिक "
     "सदस्यता अगले नवीनीकरण से पहले रद्द कर दी जाए। फर्म का विलय हो रहा है और नई प्रबंधन टीम अपना सॉफ़्टवेयर इस्तेमाल करेगी।\n\n"
     "भवदीय\nप्रबंधक, नोएडा प्रिंट वर्क्स\nसेक्टर 63, नोएडा",
     (2025, 9, 25, 11, 0), IN)], [X("cancel", "2026-04-09")],
     spec="Formal Devanagari cancellation from the registered email: active until current_period_end 2026-04-09 (L8).")

cust("pankaj.joshi@haldwanisweets.in", "Pankaj Joshi", "monthly")
lopay("h28_p16", "LO-INV-82201", "pankaj.joshi@haldwanisweets.in", "monthly", *Mo, "2025-09-08T18:00:00")
case("l12-hld-cancel-fallback", LOB, "decided", [M("Pankaj Joshi <pankaj.joshi@haldwanisweets.in>",
     "subscription band kar do",
     "Namaskar,\n\nMera monthly plan band kar dijiye, dukaan ka naya manager ye sab sambhal nahi paata.\n\nPankaj Joshi\nJoshi Mishthan Bhandar, Haldwani",
     (2025, 9, 24, 10, 0), IN)], [X("cancel", "2025-10-07")],
     spec="No current_period_end: last charge 2025-09-08 + 1 month - 1 day = 2025-10-07 (L8 fallback).")

cust("manoj.bhatia@fbdautoparts.in", "Manoj Bhatia", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("h28_p17", "LO-INV-82211", "manoj.bhatia@fbdautoparts.in", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
case("l13-fbd-refund-nahi-chahiye", LOB, "decided", [M("Manoj Bhatia <manoj.bhatia@fbdautoparts.in>",
     "Cancel quarterly - refund nahi chahiye",
     "Hello team,\n\nMujhe pata hai policy mein partial refund nahi hota, refund nahi chahiye. Bas quarterly plan aage "
     "renew mat karna, cancel kar do. Hum WhatsApp Business se hi leads le lenge.\n\nManoj Bhatia\nFaridabad",
     (2025, 9, 26, 10, 0), IN)], [X("cancel", "2025-10-31")],
     spec="'Refund nahi chahiye' adds no refund (section 8): cancel, active until 2025-10-31 (L8).")

cust("accounts@karolbaghjewellers.in", "Karol Bagh Jewellers", "annual", start="2025-09-26", end="2026-09-25")
lopay("h28_p18", "LO-INV-82221", "accounts@karolbaghjewellers.in", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
lopay("h28_p19", "LO-INV-82222", "accounts@karolbaghjewellers.in", "annual", *A, "2025-09-26T10:00:40", "2025-09-26", "2026-09-25")
case("l14-dli-gmail-names-office", LOB, "need_info", [M("Rohit Soni <rohitsoni1990@gmail.com>",
     "Do baar payment - Karol Bagh Jewellers",
     "Namaste,\n\nHamara account accounts@karolbaghjewellers.in pe registered hai. 26 ko annual plan ka payment do baar kat "
     "gaya, LO-INV-82222 wala duplicate hai. Main owner ka beta hoon, office ka mail nahi khul raha isliye gmail se likh raha hoon.\n\nRohit Soni",
     (2025, 9, 28, 12, 0), IN)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from accounts@karolbaghjewellers.in, nothing disclosed (C2).")

cust("ashok.verma@bokarosteels.in", "Ashok Verma", "monthly", start="2025-09-20", end="2025-10-19")
lopay("h28_p20", "LO-INV-82231", "ashok.verma@bokarosteels.in", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l15-dxb-nri-forward-brother", LOB, "need_info", [M("Vikas Verma <vikas.verma.dxb@gmail.com>",
     "Fwd: LeadsOptima band karwana hai",
     "Hi team, mere bade bhai ka mail neeche hai, unke account ka subscription cancel kar do please. Main Dubai se handle kar raha hoon.\n\n"
     "---------- अग्रेषित संदेश ---------\nप्रेषक: Ashok Verma <ashok.verma@bokarosteels.in>\nदिनांक: बुध, 24 सित॰ 2025 को 9:10 am\n"
     "विषय: LeadsOptima band karwana hai\nप्रति: Vikas <vikas.verma.dxb@gmail.com>\n\n"
     "Vikas, LeadsOptima ka monthly plan band karwa do, ab zarurat nahi hai. Mera account isi email pe hai.\n",
     (2025, 9, 24, 11, 0), DXB)], rules=["C2"],
     spec="Gmail Hindi forward carrying the registered address ashok.verma@bokarosteels.in, sent from the brother's address: C2 (section 8 Forwards).")

cust("rakesh.sharma@rediffmail.com", "Rakesh Sharma", "monthly", start="2025-09-15", end="2025-10-14")
lopay("h28_p21", "LO-INV-82241", "rakesh.sharma@rediffmail.com", "monthly", *Mo, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l16-mohali-caps-address", LOB, "decided", [M("RAKESH SHARMA <Rakesh.Sharma@Rediffmail.com>",
     "CANCEL PLAN",
     "SIR MERA MONTHLY PLAN CANCEL KAR DO. RENOVATION KI WAJAH SE SHOP 3 MAHINE BAND RAHEGI.\nRAKESH SHARMA\nPHASE 7 MOHALI",
     (2025, 9, 25, 9, 0), IN)], [X("cancel", "2025-10-14")],
     spec="Addresses compare case-insensitively (section 8): verified; cancel, active until 2025-10-14 (L8).")

cust("office@panipathandloom.in", "Panipat Handloom House", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("h28_p22", "LO-INV-82251", "office@panipathandloom.in", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
case("l17-panipat-sewa-mein-no-reason", LOB, "need_info", [M("पानीपत हैंडलूम हाउस <office@panipathandloom.in>",
     "रिफंड हेतु प्रार्थना पत्र - LO-INV-82251",
     "सेवा में,\nश्रीमान प्रबंधक महोदय\n\nसविनय निवेदन है कि उपरोक्त इनवॉइस की राशि हमारे खाते में वापस करने की कृपा करें। "
     "आवश्यक कार्यवाही करने का कष्ट करें।\n\nसधन्यवाद\nभवदीय\nलेखा विभाग, पानीपत हैंडलूम हाउस\nजी.टी. रोड, पानीपत",
     (2025, 9, 29, 11, 0), IN)], missing=["reason"],
     spec="Formal letter restating the request ('do the needful'), no reason: ask for the reason (C3, section 8); plan from the ledger.")

cust("priya.oraon@bokaroclinic.in", "Priya Oraon", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h28_p23", "LO-INV-82261", "priya.oraon@bokaroclinic.in", "monthly", *Mo, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("h28_p24", "LO-INV-82262", "priya.oraon@bokaroclinic.in", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l18-bokaro-thread-invoice-reply", LOB, "decided", [
     M("Priya Oraon <priya.oraon@bokaroclinic.in>", "पैसे वापस चाहिए",
       "नमस्ते,\n\nइस महीने के रिन्यूअल के बाद से प्लेटफ़ॉर्म खुल ही नहीं रहा, लोडिंग पर अटका रहता है। मरीज़ों की बुकिंग रुकी पड़ी है। "
       "इस महीने के पैसे वापस कर दीजिए।\n\nडॉ. प्रिया ओराँव", (2025, 9, 29, 14, 0), IN),
     M("Priya Oraon <priya.oraon@bokaroclinic.in>", "Re: पैसे वापस चाहिए [LO-1310]",
       "इनवॉइस नंबर: lo-inv-82262\n\nप्रिया\n\n> कृपया इनवॉइस नंबर बताएं।", (2025, 9, 30, 10, 0), IN)],
     [R("escalate")],
     spec="Access failure (platform not loading); the invoice given in the reply is the 2025-09-25 charge, request 2025-09-29 (day 4): escalate (L6, C3 merge).")

cust("deepak.rawat@rishikeshrafting.in", "Deepak Rawat", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h28_p25", "LO-INV-82271", "deepak.rawat@rishikeshrafting.in", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l19-rishikesh-thread-reason-no-pair", LOB, "decided", [
     M("Deepak Rawat <deepak.rawat@rishikeshrafting.in>", "refund LO-INV-82271",
       "Sir refund kar do LO-INV-82271 ka.\n\nDeepak", (2025, 9, 28, 9, 0), IN),
     M("Deepak Rawat <deepak.rawat@rishikeshrafting.in>", "Re: refund LO-INV-82271 [LO-1311]",
       "Sir reason ye hai ki bank statement mein 1499 do baar dikh raha hai, ek baar hi lena tha.\n\nDeepak\n\n"
       "On Sun, 28 Sept 2025 at 10:02, LeadsOptima Support wrote:\n> Please tell us the reason for the refund.", (2025, 9, 28, 17, 0), IN)],
     [R("escalate")],
     spec="The reason arrives in the reply: a duplicate claim, but the ledger holds one paid charge only: no pair, escalate (L4, C3 merge).")

cust("kuldeep.brar@chdmotors.in", "Kuldeep Brar", "monthly", start="2025-09-21", end="2025-10-20")
lopay("h28_p26", "LO-INV-82281", "kuldeep.brar@chdmotors.in", "monthly", *Mo, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
case("l20-chd-chargeback-cancel", LOB, "decided", [M("Kuldeep Brar <kuldeep.brar@chdmotors.in>",
     "cancel karo warna chargeback",
     "Hello,\n\nPaaji, mera plan turant cancel karo aur LO-INV-82281 ka paisa wapas karo. Leads sab fake aa rahe hain. "
     "Agar 2 din mein reply nahi aaya to HDFC mein chargeback file kar dunga.\n\nKuldeep Brar\nBrar Motors, Chandigarh",
     (2025, 9, 24, 10, 0), IN)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Chargeback threat: every intent escalated, the cancellation included (C4, section 8).")

cust("sanjay.tyagi@meerutsports.in", "Sanjay Tyagi", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h28_p27", "LO-INV-82291", "sanjay.tyagi@meerutsports.in", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l21-meerut-upbhokta-forum", LOB, "decided", [M("संजय त्यागी <sanjay.tyagi@meerutsports.in>",
     "शिकायत - गलत राशि काटी गई",
     "महोदय,\n\nइनवॉइस LO-INV-82291 में जो राशि काटी गई है वह तय राशि से ज़्यादा है। यदि तीन दिन में पैसा वापस नहीं हुआ "
     "तो मैं ज़िला उपभोक्ता फोरम में शिकायत दर्ज करूँगा।\n\nसंजय त्यागी\nमेरठ स्पोर्ट्स, मेरठ",
     (2025, 9, 26, 10, 0), IN)], [R("escalate")], rules=["C4"],
     spec="Threat of a consumer forum complaint written in Devanagari (उपभोक्ता फोरम): escalate (C4).")

cust("rajbir.malik@hisarseeds.in", "Rajbir Malik", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h28_p28", "LO-INV-82301", "rajbir.malik@hisarseeds.in", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("h28_p29", "LO-INV-82302", "rajbir.malik@hisarseeds.in", "monthly", *Mo, "2025-09-27T10:02:00", "2025-09-27", "2025-10-26")
case("l22-hisar-no-chargeback-intent", LOB, "decided", [M("Rajbir Malik <rajbir.malik@hisarseeds.in>",
     "2 baar payment kat gya",
     "Ram Ram bhai,\n\n27 ne mera payment 2 baar kat gya, LO-INV-82301 aur LO-INV-82302. Padosi kehta bank mein chargeback daal de, "
     "par mhara koi iraada na sai chargeback-vargeback ka, seedha aap se baat karni thi. Doosra wala wapas kar do bas.\n\nRajbir Malik\nHisar",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "1499.00")],
     spec="A chargeback only mentioned as a neighbour's advice and ruled out: no threat, no C4. Duplicate day 2: refund LO-INV-82302 1499.00 (L4).")

case("l23-ooo-hindi", LOB, "ignore", [M("Vinod Khanna <vinod.khanna.dlh@gmail.com>",
     "स्वचालित उत्तर: Re: एक ही प्लान के लिए दो बार पैसे कटे [LO-1301]",
     "नमस्कार, मैं 5 अक्टूबर तक वैष्णो देवी यात्रा पर हूँ। वापस आकर जवाब दूँगा। जरूरी काम के लिए 98110 00000 पर कॉल करें।",
     (2025, 9, 29, 9, 0), IN, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied out-of-office in Hindi: ignore (C7).")

case("l24-bulk-diwali-offer", LOB, "ignore", [M("Dilli Vyapar Mandal <offers@dillivyaparmandal.in>",
     "दिवाली धमाका: रिफंड, कैशबैक और बहुत कुछ!",
     "प्रिय सदस्य,\n\nइस दिवाली पाएँ 20% कैशबैक! सदस्यता रद्द करने के लिए यहाँ क्लिक करें। अपने ग्राहकों को रिफंड नीति कैसे समझाएँ - पढ़ें हमारा लेख।",
     (2025, 9, 26, 9, 0), IN, hdr={"Precedence": "bulk"})], rules=["C7"],
     spec="Bulk promotional mail (Precedence: bulk) with refund words: ignore (C7).")

case("l25-ggn-agar-pasand-na-aaye", LOB, "other", [M("Nitin Yadav <nitin.yadav@ggnrealty.in>",
     "annual plan lene se pehle ek sawal",
     "Hi,\n\nHum Gurgaon mein real estate karte hain, annual plan lene ka soch rahe hain. Agar 2 mahine baad pasand na aaye "
     "to kya baaki paise refund honge? Pehle clear kar lena chahta hoon.\n\nNitin Yadav",
     (2025, 9, 27, 10, 0), IN)],
     spec="A hypothetical question before buying: other (section 8).")

cust("seema.kumari@dhanbadcoaching.in", "Seema Kumari", "monthly", start="2025-09-10", end="2025-10-09")
lopay("h28_p30", "LO-INV-82311", "seema.kumari@dhanbadcoaching.in", "monthly", *Mo, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("l26-dhanbad-dhanyavad", LOB, "other", [M("सीमा कुमारी <seema.kumari@dhanbadcoaching.in>",
     "Re: डुप्लीकेट भुगतान",
     "आदरणीय टीम,\n\nडुप्लीकेट भुगतान का पैसा कल मेरे खाते में वापस आ गया। आपकी त्वरित सहायता के लिए बहुत-बहुत धन्यवाद।\n\nसीमा कुमारी\nधनबाद",
     (2025, 9, 25, 10, 0), IN)],
     spec="A thank-you after a refund (past event): other.")

cust("ca.kapoor@jalandharca.in", "Kapoor & Associates", "annual", start="2025-06-01", end="2026-05-31")
lopay("h28_p31", "LO-INV-82321", "ca.kapoor@jalandharca.in", "annual", *A, "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
case("l27-jalandhar-gstin-correction", LOB, "other", [M("CA Vivek Kapoor <ca.kapoor@jalandharca.in>",
     "GSTIN correction in invoice LO-INV-82321",
     "Dear Sir,\n\nInvoice LO-INV-82321 mein hamara GSTIN galat chhapa hai (03AAAFK1234L1Z5 hona chahiye). Kripya corrected "
     "tax invoice bhejein taaki ITC claim ho sake. Refund ya cancellation nahi chahiye, sirf invoice sahi karna hai.\n\n"
     "Regards,\nCA Vivek Kapoor\nKapoor & Associates, Jalandhar",
     (2025, 9, 24, 10, 0), IN)],
     spec="Invoice correction; refund and cancellation explicitly not wanted: other (section 8 negation).")

cust("admin@kurlalogistics.in", "Kurla Logistics", "quarterly", start="2025-07-05", end="2025-10-04")
lopay("h28_p32", "LO-INV-82331", "admin@kurlalogistics.in", "quarterly", *Q, "2025-07-05T10:00:00", "2025-07-05", "2025-10-04")
case("l28-mum-html-devanagari-cancel", LOB, "decided", [M("Kurla Logistics <admin@kurlalogistics.in>",
     "प्लान रद्द करें",
     "", (2025, 9, 24, 10, 0), IN,
     html="<html><body><p>नमस्ते,</p><p>कृपया हमारा <b>तिमाही प्लान</b> रद्द कर दें। कंपनी ने नया ERP लिया है जिसमें CRM भी है।</p>"
          "<p>धन्यवाद,<br>एडमिन टीम<br>कुर्ला लॉजिस्टिक्स, मुंबई</p></body></html>")],
     [X("cancel", "2025-10-04")],
     spec="HTML-only Devanagari cancellation: active until current_period_end 2025-10-04 (L8).")

cust("imran.ansari@dohatravels.qa", "Imran Ansari", "monthly", status="cancelled", start="2025-08-26", end="2025-09-25")
lopay("h28_p33", "LO-INV-82341", "imran.ansari@dohatravels.qa", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l29-doha-rambling-charged-after-cancel", LOB, "decided", [M("Imran Ansari <imran.ansari@dohatravels.qa>",
     "kuch baatein",
     "Salaam,\n\nUmeed hai sab khairiyat se hain. Yahan Doha mein garmi thodi kam hui hai, Umrah packages ki booking shuru ho "
     "gayi hai aur office mein bahut bheed hai. Aapke templates humare customers ko kaafi pasand aaye the.\n\n"
     "Asal baat ye hai ki maine August mein hi plan cancel kar diya tha, confirmation mail bhi aaya tha, phir bhi 26 Sept ko "
     "cancel ke baad bhi charge ho gaya (LO-INV-82341). Ye paisa wapas chahiye.\n\nAur haan, agle saal shayad phir se lein, "
     "tab ke liye koi discount ho to batana.\n\nImran Ansari\nDoha Travels, Al Sadd",
     (2025, 9, 28, 15, 0), DOH)], [R("escalate")],
     spec="Request in the middle of a long mail: charged after cancelling (billing error) on 2025-09-26, request day 2: escalate (L5).")

cust("ritu.arora@gmail.com", "Ritu Arora", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h28_p34", "LO-INV-82351", "ritu.arora@gmail.com", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26", status="failed")
case("l30-dwarka-failed-but-debited", LOB, "decided", [M("Ritu Arora <ritu.arora@gmail.com>",
     "payment fail hua par paise kat gaye",
     "Hi,\n\n27 ko payment karte time 'payment failed' aaya (LO-INV-82351) lekin account se paise kat gaye. Ye billing error "
     "hai. Ya to paise wapas karo ya plan activate karo.\n\nRitu\nDwarka, New Delhi",
     (2025, 9, 29, 10, 0), IN)], [R("escalate")],
     spec="The ledger shows the payment failed: a refund of a payment not paid is escalated (section 8).")

cust("gupta.traders.ggn@gmail.com", "Gupta Traders", "annual", start="2025-09-26", end="2026-09-25")
lopay("h28_p35", "LO-INV-82361", "gupta.traders.ggn@gmail.com", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
lopay("h28_p36", "LO-INV-82362", "gupta.traders.ggn@gmail.com", "annual", *A, "2025-09-26T10:03:00", "2025-09-26", "2026-09-25")
case("l31-ggn-amount-in-words", LOB, "decided", [M("गुप्ता ट्रेडर्स <gupta.traders.ggn@gmail.com>",
     "वार्षिक शुल्क दोबारा कटा",
     "श्रीमान,\n\nहमारे खाते से ग्यारह हज़ार नौ सौ अठासी रुपये मात्र वार्षिक शुल्क के रूप में 26-09-2025 को दो बार काटे गए हैं "
     "(LO-INV-82361 व LO-INV-82362)। कृपया दूसरी कटौती वापस करें।\n\nसधन्यवाद\nराजेश गुप्ता\nगुप्ता ट्रेडर्स, सदर बाज़ार, गुरुग्राम",
     (2025, 9, 30, 11, 0), IN)], [R("approve", "11988.00")],
     spec="Two paid annual charges 2025-09-26; request 2025-09-30 (day 4): refund LO-INV-82362 11988.00 (L4); the amount in words is only a claim.")

cust("jatinder.singh@patialaphulkari.in", "Jatinder Singh", "quarterly", start="2025-09-19", end="2025-12-18")
lopay("h28_p37", "LO-INV-82371", "jatinder.singh@patialaphulkari.in", "quarterly", *Q, "2025-06-19T10:00:00", "2025-06-19", "2025-09-18")
lopay("h28_p38", "LO-INV-82372", "jatinder.singh@patialaphulkari.in", "quarterly", *Q, "2025-09-19T10:00:00", "2025-09-19", "2025-12-18")
case("l32-patiala-zyada-paise-no-invoice", LOB, "need_info", [M("Jatinder Singh <jatinder.singh@patialaphulkari.in>",
     "zyada paise kat gaye",
     "Sat sri akal ji,\n\nMujhe lagta hai aapne quarterly plan ke zyada paise kaat liye hain, salesman ne jo bataya tha usse zyada. "
     "Zyada wale paise wapas karo ji.\n\nJatinder Singh\nPatiala",
     (2025, 9, 23, 10, 0), IN)], missing=["invoice_number"],
     spec="Verified sender with two charges (June, September) and no invoice named: ask for the invoice number (C3).")

cust("anjali.menon.mum@gmail.com", "Anjali Menon", "monthly", start="2025-09-28", end="2025-10-27")
lopay("h28_p39", "LO-INV-82381", "anjali.menon.mum@gmail.com", "monthly", *Mo, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("h28_p40", "LO-INV-82382", "anjali.menon.mum@gmail.com", "monthly", *Mo, "2025-09-28T10:00:20", "2025-09-28", "2025-10-27")
case("l33-mum-mixed-script-lowercase-ref", LOB, "decided", [M("Anjali Menon <anjali.menon.mum@gmail.com>",
     "double charge हो गया",
     "Hi team,\n\nकल मेरे card से monthly plan का charge दो बार हुआ है। दूसरा वाला lo inv 82382 है। Please उसको refund कर दो, "
     "मैं Powai में एक छोटा salon चलाती हूँ, हर रुपया matter करता है।\n\nThanks\nAnjali",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "1499.00")],
     spec="Mixed-script mail; two paid charges 2025-09-28; request day 1: refund LO-INV-82382 1499.00 (L4, section 8 invoice spacing).")

proj("Shimla Apple Orchards", "info@shimlaapples.in", "2025-08-01T10:00:00")
case("l34-owd-client-writes-lo", LOB, "need_info", [M("Shimla Apple Orchards <info@shimlaapples.in>",
     "refund chahiye",
     "Namaste, pichle hafte aapne do baar charge kiya, ek wapas kar dijiye.\n\nShimla Apple Orchards",
     (2025, 9, 27, 10, 0), IN)], rules=["C2"],
     spec="An Optima client writes to LeadsOptima: unknown in the LeadsOptima ledger, treated as any unknown sender (C2, C3).")

case("l35-own-billing-address", LOB, "ignore", [M("LeadsOptima Billing <billing@leadsoptima.com>",
     "भुगतान रसीद / Payment receipt LO-INV-82382",
     "आपके भुगतान ₹1,499.00 के लिए धन्यवाद। Refund ke liye 7 din ke andar likhein.",
     (2025, 9, 28, 10, 0), IN)], rules=["C7"],
     spec="Mail from the brand's own billing address (looped receipt): ignore (C7).")

cust("faizan.khan@dxbmobiles.ae", "Faizan Khan", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h28_p41", "LO-INV-82391", "faizan.khan@dxbmobiles.ae", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l36-dxb-no-access-and-cancel", LOB, "decided", [M("Faizan Khan <faizan.khan@dxbmobiles.ae>",
     "access nahi mil raha + cancel",
     "Hello,\n\nPayment ke baad se (LO-INV-82391) mujhe account ka access nahi mil raha, 'account locked' aata hai. Is mahine "
     "ka refund chahiye aur aage ke liye plan cancel bhi kar do, bahut time waste ho gaya.\n\nFaizan\nDeira, Dubai",
     (2025, 9, 28, 12, 0), DXB)], [R("escalate"), X("cancel", "2025-10-24")],
     spec="Access failure inside 7 days (charge 2025-09-25, request day 3): refund escalate (L6); cancellation active until 2025-10-24 (L8).")

# ======================= Optima WebDesign =======================
proj("Cyber Hub Cafe", "owner@cyberhubcafe.in", None)
owpay("h28_w01", "OWD-2025-501", "Cyber Hub Cafe", "deposit", "24000.00", "4320.00", "2025-09-27T18:00:00")
case("o01-ggn-deposit-40h", OWB, "decided", [M("Cyber Hub Cafe <owner@cyberhubcafe.in>",
     "Refund Request — Cyber Hub Cafe / OWD-2025-501",
     "Hi Optima team,\n\nParso shaam deposit pay kiya tha (OWD-2025-501) Cyber Hub Cafe ki website ke liye. Lekin landlord ne "
     "lease renew karne se mana kar diya, cafe hi shift ho raha hai, to abhi website ka koi matlab nahi. Kaam shuru nahi hua hoga, "
     "please deposit refund kar dijiye.\n\nKaran Malhotra\nDLF CyberHub, Gurugram",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "24000.00")], extra_ok=True,
     spec="Deposit paid 2025-09-27 18:00; request 2025-09-29 10:00 IST = 40 h, no work: full refund 24000.00 before tax (O2).")

proj("Karama Tailors", "karamatailors@emirates.net.ae", None)
owpay("h28_w02", "OWD-2025-502", "Karama Tailors", "deposit", "16000.00", "2880.00", "2025-09-26T11:00:00")
case("o02-dxb-deposit-73h", OWB, "decided", [M("Karama Tailors <karamatailors@emirates.net.ae>",
     "deposit wapas - Karama Tailors OWD-2025-502",
     "Namaste,\n\nHumne 26 ko Karama Tailors ki website ka deposit diya tha. Ab humare partner India wapas ja rahe hain aur dukaan "
     "bechni pad rahi hai. Deposit OWD-2025-502 wapas kar dijiye.\n\nAbdul Rasheed\nKarama, Dubai",
     (2025, 9, 29, 10, 30), DXB)], [R("deny")], extra_ok=True,
     spec="Paid 2025-09-26 11:00 IST; sent 2025-09-29 10:30 +04:00 = 12:00 IST = 73 h: not before 72 h: deny (O2).")

proj("Sector 18 Dental Care", "drsaxena@sector18dental.in", "2025-09-25T11:00:00")
owpay("h28_w03", "OWD-2025-503", "Sector 18 Dental Care", "deposit", "20000.00", "3600.00", "2025-09-24T10:00:00")
case("o03-noida-deposit-work-started", OWB, "decided", [M("डॉ. सक्सेना <drsaxena@sector18dental.in>",
     "अग्रिम राशि वापसी - Sector 18 Dental Care",
     "नमस्ते,\n\nहमने 24 सितम्बर को Sector 18 Dental Care की वेबसाइट के लिए अग्रिम राशि (OWD-2025-503) दी थी। अब हम "
     "एक फ्रैंचाइज़ी से जुड़ रहे हैं जिनकी अपनी वेबसाइट है। कृपया अग्रिम राशि लौटा दें।\n\nडॉ. अनुराग सक्सेना",
     (2025, 9, 26, 9, 0), IN)], [R("deny")], extra_ok=True,
     spec="Request 2025-09-26 09:00 (47 h) but work started 2025-09-25 11:00, earlier: deposit non-refundable (O2 whichever first).")

proj("Lajpat Nagar Boutique", "lnboutique@gmail.com", None)
owpay("h28_w04", "OWD-2025-504", "Lajpat Nagar Boutique", "discovery", "12000.00", "2160.00", "2025-09-18T10:00:00")
case("o04-dli-discovery-not-started", OWB, "decided", [M("Lajpat Nagar Boutique <lnboutique@gmail.com>",
     "discovery fees refund OWD-2025-504",
     "Hello ji,\n\nDiscovery session ke paise diye the Lajpat Nagar Boutique ke liye, abhi tak session ki date fix nahi hui. "
     "Meri partner ne business se hath kheench liya hai, isliye ye project nahi karna. Discovery fees wapas kar dijiye.\n\nMeenakshi",
     (2025, 9, 25, 10, 0), IN)], [R("approve", "12000.00")], extra_ok=True,
     spec="Discovery with no session or deliverable started: refundable in full, 12000.00 before tax (O1).")

proj("Mussoorie Heritage Stay", "stay@mussoorieheritage.in", "2025-09-15T10:00:00")
owpay("h28_w05", "OWD-2025-505", "Mussoorie Heritage Stay", "discovery", "14000.00", "2520.00", "2025-09-10T10:00:00")
case("o05-mussoorie-discovery-done", OWB, "decided", [M("Mussoorie Heritage Stay <stay@mussoorieheritage.in>",
     "डिस्कवरी शुल्क वापसी OWD-2025-505",
     "नमस्कार,\n\n15 तारीख को डिस्कवरी मीटिंग हुई थी पर उसमें हमें कुछ नया नहीं मिला। Mussoorie Heritage Stay के लिए हम "
     "ये शुल्क वापस चाहते हैं।\n\nसुरेंद्र नेगी",
     (2025, 9, 24, 10, 0), IN)], [R("deny")],
     spec="The discovery session was held on 2025-09-15: non-refundable once sessions have commenced (O1).")

proj("Ludhiana Knitwear", "exports@ludhianaknit.in", "2025-07-01T10:00:00")
owpay("h28_w06", "OWD-2025-506", "Ludhiana Knitwear", "milestone", "38000.00", "6840.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("o06-ldh-milestone-not-started", OWB, "decided", [M("लुधियाना निटवियर <exports@ludhianaknit.in>",
     "माइलस्टोन भुगतान वापसी - Ludhiana Knitwear OWD-2025-506",
     "सत श्री अकाल जी,\n\nहमने B2B पोर्टल वाले माइलस्टोन (OWD-2025-506) का भुगतान पहले कर दिया था, पर अब बायर ने अपना "
     "ऑर्डर पोर्टल दे दिया है, तो हमें वो हिस्सा नहीं चाहिए। उस पर काम अभी शुरू नहीं हुआ। कृपया पैसे लौटा दें।\n\nहरजीत सिंह",
     (2025, 9, 26, 10, 0), IN)], [R("approve", "38000.00")], extra_ok=True,
     spec="Milestone not_started: refund the milestone amount 38000.00 before tax (O3).")

proj("Jharkhand Handicrafts", "sales@jhhandicrafts.in", "2025-07-15T10:00:00")
owpay("h28_w07", "OWD-2025-507", "Jharkhand Handicrafts", "milestone", "32000.00", "5760.00", "2025-09-08T10:00:00", milestone_status="in_progress")
case("o07-ranchi-milestone-chal-raha", OWB, "decided", [M("Jharkhand Handicrafts <sales@jhhandicrafts.in>",
     "milestone refund - Jharkhand Handicrafts",
     "Sir,\n\nCatalogue wala milestone (OWD-2025-507) abhi aadha hi hua hai aur team bahut slow hai, mela nikal gaya. "
     "Hume is milestone ka paisa wapas chahiye.\n\nBirsa Handicraft Samiti, Ranchi",
     (2025, 9, 27, 10, 0), IN)], [R("escalate")],
     spec="Milestone in_progress: the value of work not started needs a person (O3, interp.): escalate.")

proj("Bandra Bistro", "manager@bandrabistro.in", "2025-07-01T10:00:00")
owpay("h28_w08", "OWD-2025-508", "Bandra Bistro", "milestone", "26000.00", "4680.00", "2025-08-25T10:00:00", milestone_status="approved")
case("o08-mum-milestone-approved", OWB, "decided", [M("Bandra Bistro <manager@bandrabistro.in>",
     "Refund Request — Bandra Bistro / OWD-2025-508",
     "Hi,\n\nMenu page wala milestone humne approve to kar diya tha, par ab owner ko design bilkul pasand nahi. Boss bol rahe "
     "hain paisa wapas lo. OWD-2025-508 ka refund kar do.\n\nRicha\nBandra West",
     (2025, 9, 25, 10, 0), IN)], [R("deny")],
     spec="Approved milestone: non-refundable (O3, O6).")

proj("Jalandhar Sports Goods", "info@jalandharsports.in", "2025-03-01T10:00:00")
owpay("h28_w09", "OWD-2025-509", "Jalandhar Sports Goods", "retainer", "15000.00", "2700.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("o09-jal-retainer-notice-ok", OWB, "decided", [M("Jalandhar Sports Goods <info@jalandharsports.in>",
     "retainer band - Jalandhar Sports Goods - OWD-2025-509",
     "Sat sri akal,\n\nHamara monthly retainer band kar do ji. Export order ghat gaye hain aur budget kat ho gaya hai.\n\n"
     "Manpreet\nJalandhar Sports Goods",
     (2025, 9, 27, 10, 0), IN)], [X("cancel", "2025-10-14")],
     spec="next_billing_at 2025-10-15; request 2025-09-27 <= 2025-10-08: notice met, effective 2025-10-14 (O4, O8).")

proj("Doha Spice Bazaar", "admin@dohaspicebazaar.qa", "2025-02-01T10:00:00")
owpay("h28_w10", "OWD-2025-510", "Doha Spice Bazaar", "retainer", "18000.00", "3240.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
case("o10-doha-retainer-short", OWB, "decided", [M("Doha Spice Bazaar <admin@dohaspicebazaar.qa>",
     "Retainer cancel karna hai - OWD-2025-510",
     "Assalam alaikum,\n\nDoha Spice Bazaar ka website retainer cancel kar dijiye, hum Talabat aur Snoonu pe hi online "
     "bechenge ab.\n\nNasir",
     (2025, 9, 28, 9, 0), DOH)], [X("cancel", "2025-11-02")],
     spec="next_billing_at 2025-10-03; request 2025-09-28 11:30 IST, after 2025-09-26: less than 7 days, next cycle 2025-10-03..2025-11-02 billed; effective 2025-11-02 (O4).")

proj("Faridabad Fitness Studio", "team@fbdfitness.in", "2025-04-01T10:00:00")
owpay("h28_w11", "OWD-2025-511", "Faridabad Fitness Studio", "retainer", "10000.00", "1800.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
case("o11-fbd-retainer-exactly-7", OWB, "decided", [M("Faridabad Fitness Studio <team@fbdfitness.in>",
     "Cancel social media retainer OWD-2025-511",
     "Hello Optima,\n\nFaridabad Fitness Studio ka social media retainer cancel karna hai. Humne apna in-house content "
     "creator rakh liya hai.\n\nVikram",
     (2025, 9, 29, 23, 30), IN)], [X("cancel", "2025-10-05")],
     spec="next_billing_at 2025-10-06; request 2025-09-29 23:30 IST is on 2025-10-06 minus 7 days: notice met, effective 2025-10-05 (O4).")

proj("Golf Course Road Realtors", "accounts@gcrrealtors.in", "2025-01-10T10:00:00")
owpay("h28_w12", "OWD-2025-512", "Golf Course Road Realtors", "retainer", "25000.00", "4500.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
owpay("h28_w13", "OWD-2025-513", "Golf Course Road Realtors", "retainer", "25000.00", "4500.00", "2025-09-20T10:00:00",
      period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12")
case("o12-ggn-retainer-prepaid", OWB, "decided", [M("GCR Realtors Accounts <accounts@gcrrealtors.in>",
     "Retainer cancellation - Golf Course Road Realtors",
     "Dear Team,\n\nHumne October ka retainer advance mein pay kar diya tha (OWD-2025-513), lekin directors ne marketing "
     "agency badalne ka decision liya hai. Kripya Golf Course Road Realtors ka retainer cancel karein.\n\nRegards,\nAccounts Team",
     (2025, 9, 24, 10, 0), IN)], [X("escalate")],
     spec="The next cycle (2025-10-12..2025-11-11) is already paid and notice is more than 7 days: escalate (section 8).")

proj("Haridwar Ashram Trust", "trust@haridwarashram.org", "2025-09-18T10:00:00")
owpay("h28_w14", "OWD-2025-514", "Haridwar Ashram Trust", "hosting_annual", "18000.00", "3240.00", "2025-09-17T10:00:00",
      setup_fee="2400.00", service_start="2025-09-18")
case("o13-haridwar-hosting-day12", OWB, "decided", [M("हरिद्वार आश्रम ट्रस्ट <trust@haridwarashram.org>",
     "होस्टिंग रद्द एवं धनवापसी - OWD-2025-514",
     "जय श्री राम,\n\nट्रस्ट की बैठक में निर्णय हुआ है कि वेबसाइट एक भक्त की कंपनी निःशुल्क होस्ट करेगी। अतः Haridwar Ashram "
     "Trust की वार्षिक होस्टिंग रद्द कर के नियम अनुसार राशि लौटाने की कृपा करें।\n\nसचिव\nहरिद्वार आश्रम ट्रस्ट",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "14300.00")], extra_ok=True,
     spec="Service start 2025-09-18; request 2025-09-30 (day 12): 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00 (O5).")

proj("Bokaro Public School", "principal@bokaropublic.edu.in", "2025-09-16T10:00:00")
owpay("h28_w15", "OWD-2025-515", "Bokaro Public School", "maintenance_annual", "24000.00", "4320.00", "2025-09-15T10:00:00",
      setup_fee="0.00", service_start="2025-09-16")
case("o14-bokaro-maintenance-day14", OWB, "decided", [M("Principal <principal@bokaropublic.edu.in>",
     "Annual maintenance cancel + refund OWD-2025-515",
     "Respected Sir,\n\nSchool management committee ne decide kiya hai ki website maintenance ab district IT cell karega. "
     "Kripya Bokaro Public School ka annual maintenance plan cancel karke niyam anusaar refund karein.\n\nPrincipal",
     (2025, 9, 30, 22, 0), IN)], [R("approve", "22000.00")], extra_ok=True,
     spec="Service start 2025-09-16; request 2025-09-30 22:00 IST = day 14 (inside): 24000 - 0 - 2000 x 1 = 22000.00 (O5).")

proj("Thane Interiors", "studio@thaneinteriors.in", "2025-08-20T10:00:00")
owpay("h28_w16", "OWD-2025-516", "Thane Interiors", "hosting_annual", "12000.00", "2160.00", "2025-09-10T10:00:00",
      setup_fee="1200.00", service_start="2025-09-11")
case("o15-thane-hosting-day16", OWB, "decided", [M("Thane Interiors <studio@thaneinteriors.in>",
     "hosting refund OWD-2025-516",
     "Hi,\n\nThane Interiors ki annual hosting cancel karke refund chahiye, humne GoDaddy pe shift kar liya.\n\nPooja",
     (2025, 9, 27, 10, 0), IN)], [R("deny")], extra_ok=True,
     spec="Service start 2025-09-11; request 2025-09-27 = day 16, after 14 days: deny (O5).")

proj("Amritsar Dhaba Chain", "hq@amritsardhaba.in", "2025-06-01T10:00:00")
owpay("h28_w17", "OWD-2025-517", "Amritsar Dhaba Chain", "third_party", "7800.00", "1404.00", "2025-09-20T10:00:00")
case("o16-asr-theme-licence", OWB, "decided", [M("Amritsar Dhaba Chain <hq@amritsardhaba.in>",
     "premium theme ka refund",
     "Paaji,\n\nPremium theme aur plugin licence ke 7,800 liye the (OWD-2025-517), par hamare manager ko wo theme pasand nahi aaya. "
     "Refund kar do ji.\n\nBalwinder\nAmritsar Dhaba Chain",
     (2025, 9, 24, 10, 0), IN)], [R("deny")],
     spec="Premium theme/plugin licences are third-party items: non-refundable (O6).")

proj("Rajouri Garden Sweets", "rgsweets@gmail.com", "2025-07-01T10:00:00")
owpay("h28_w18", "OWD-2025-518", "Rajouri Garden Sweets", "change_request", "5500.00", "990.00", "2025-09-19T10:00:00")
case("o17-dli-change-request", OWB, "decided", [M("राजौरी गार्डन स्वीट्स <rgsweets@gmail.com>",
     "अतिरिक्त बदलाव का पैसा वापस",
     "नमस्ते,\n\nदिवाली गिफ़्ट बॉक्स पेज के लिए जो अतिरिक्त बदलाव (change request, OWD-2025-518) करवाए थे, उसके ₹5,500 वापस "
     "चाहिए, क्योंकि वो बदलाव तो मूल काम में ही होने चाहिए थे।\n\nमहेश अग्रवाल",
     (2025, 9, 25, 10, 0), IN)], [R("deny")],
     spec="Change requests outside the original scope are non-refundable (O6).")

proj("Al Barsha Clinic", "admin@albarshaclinic.ae", "2025-08-01T10:00:00")
owpay("h28_w19", "OWD-2025-519", "Al Barsha Clinic", "milestone", "30000.00", "5400.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o18-dxb-owner-personal-gmail", OWB, "need_info", [M("Dr. Shalini Nair <shalini.nair.dxb@gmail.com>",
     "Al Barsha Clinic - milestone refund",
     "Hi team,\n\nMain Al Barsha Clinic ki owner hoon (contract email admin@albarshaclinic.ae hai, par wo reception ke paas hai). "
     "Appointment app wala milestone OWD-2025-519 abhi shuru nahi hua, DHA approval ruk gaya hai, to wo refund kar dijiye.\n\nDr. Shalini",
     (2025, 9, 25, 10, 0), DXB)], rules=["C2"],
     spec="Written from a personal gmail, not the contract email: ask for the request from admin@albarshaclinic.ae (C2).")

proj("Rohtak Dairy Farm", "rohtakdairy@gmail.com", "2025-05-01T10:00:00")
owpay("h28_w20", "OWD-2025-520", "Rohtak Dairy Farm", "retainer", "7000.00", "1260.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
case("o19-rohtak-ca-outlook-forward", OWB, "need_info", [M("CA Naresh Goyal <naresh@goyalca.in>",
     "FW: website retainer band",
     "Dear Sir,\n\nHamare client ki mail neeche hai, kripya aavashyak karyavahi karein.\n\nCA Naresh Goyal\n\n"
     "________________________________\nप्रेषक: Rohtak Dairy Farm <rohtakdairy@gmail.com>\nभेजा गया: बुधवार, 24 सितंबर 2025 10:05\n"
     "प्रति: naresh@goyalca.in\nविषय: website retainer band\n\n"
     "CA sahab, Optima wala website retainer (OWD-2025-520) band karwa do, doodh ka kaam WhatsApp se hi chal raha hai.\n",
     (2025, 9, 24, 12, 0), IN)], rules=["C2"],
     spec="Outlook (Hindi) forward by the CA from his own address; the contract email is rohtakdairy@gmail.com: C2 (section 8 Forwards).")

proj("Dehradun Book Depot", "orders@doonbooks.in", "2025-04-01T10:00:00")
owpay("h28_w21", "OWD-2025-521", "Dehradun Book Depot", "retainer", "6000.00", "1080.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("o20-ddn-retainer-no-reason", OWB, "need_info", [M("देहरादून बुक डिपो <orders@doonbooks.in>",
     "रिटेनर रद्द करें - Dehradun Book Depot - OWD-2025-521",
     "नमस्ते,\n\nकृपया Dehradun Book Depot का मासिक रिटेनर रद्द कर दें और पुष्टि ईमेल भेजें।\n\nधन्यवाद\nरमेश चंद्र",
     (2025, 9, 25, 10, 0), IN)], missing=["reason"],
     spec="Project, invoice and contract email given; no reason: Optima requires one for cancellations too (section 8): ask for it (C3).")

proj("Connaught Place Cafe", "ops@cpcafe.in", "2025-06-01T10:00:00")
proj("CP Cafe Catering", "ops@cpcafe.in", "2025-07-01T10:00:00")
owpay("h28_w22", "OWD-2025-522", "Connaught Place Cafe", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00", milestone_status="not_started")
owpay("h28_w23", "OWD-2025-523", "CP Cafe Catering", "milestone", "18000.00", "3240.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("o21-cp-which-project", OWB, "need_info", [M("CP Cafe Ops <ops@cpcafe.in>",
     "refund please",
     "Hi,\n\nJo milestone abhi start nahi hua uska refund kar do, investor ne funding rok di hai.\n\nThanks\nOps team",
     (2025, 9, 26, 10, 0), IN)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects, each with a not-started milestone; neither named: ask for project and invoice (C3).")

proj("Hisar Agro Mart", "hisaragromart@gmail.com", "2025-07-01T10:00:00")
owpay("h28_w24", "OWD-2025-524", "Hisar Agro Mart", "milestone", "22000.00", "3960.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o22-hisar-thread-reason-later", OWB, "decided", [
     M("Hisar Agro Mart <hisaragromart@gmail.com>", "Refund Request — Hisar Agro Mart / OWD-2025-524",
       "Namaste,\n\nOWD-2025-524 wale milestone ka refund kar do ji.\n\nSatbir", (2025, 9, 26, 10, 0), IN),
     M("Hisar Agro Mart <hisaragromart@gmail.com>", "Re: Refund Request — Hisar Agro Mart / OWD-2025-524 [OWD-1402]",
       "Karan ye hai ki online payment wala hissa humein nahi chahiye, sab customer cash pe lete hain. Us par kaam shuru bhi nahi hua.\n\n"
       "Satbir\n\n> Kripya refund ka kaaran batayein.", (2025, 9, 27, 10, 0), IN)],
     [R("approve", "22000.00")], extra_ok=True,
     spec="Reason given in the reply; milestone not_started: refund 22000.00 before tax (O3, C3 merge).")

proj("Mohali IT Park Cafe", "cafe@mohaliitpark.in", "2025-06-15T10:00:00")
owpay("h28_w25", "OWD-2025-525", "Mohali IT Park Cafe", "milestone", "21000.00", "3780.00", "2025-09-01T10:00:00", milestone_status="completed")
case("o23-mohali-vakil-notice", OWB, "decided", [M("Mohali IT Park Cafe <cafe@mohaliitpark.in>",
     "aakhri baar keh raha hoon - OWD-2025-525",
     "Dekho ji,\n\nJo online ordering milestone deliver kiya (OWD-2025-525) usme aadhe orders aate hi nahi. Paisa wapas karo "
     "nahi to mera vakil aapko legal notice bhejega, phir court mein milenge.\n\nGagandeep\nMohali IT Park Cafe",
     (2025, 9, 24, 10, 0), IN)], [R("escalate")], rules=["C4"],
     spec="Threat of a legal notice through a lawyer (vakil) and court: escalate (C4), though O3/O6 would deny a completed milestone.")

case("o24-dxb-pehle-sawal", OWB, "other", [M("Rizwan Sheikh <rizwan.sheikh@dubaiautospares.ae>",
     "deposit ke baare mein sawal",
     "Hello,\n\nHum Dubai se auto spares ka business karte hain aur website banwana chahte hain. Agar deposit dene ke baad "
     "hum project cancel karein to kya deposit wapas milega? Aur refund INR mein aayega ya AED mein?\n\nRizwan",
     (2025, 9, 26, 10, 0), DXB)],
     spec="A question before signing (hypothetical): other (section 8).")

case("o25-client-auto-reply-hindi", OWB, "ignore", [M("Thane Interiors <studio@thaneinteriors.in>",
     "स्वतः उत्तर: Re: hosting refund OWD-2025-516",
     "धन्यवाद! आपका ईमेल प्राप्त हुआ। हमारी टीम 24 घंटे में संपर्क करेगी। / Thank you, we will revert within 24 hours.",
     (2025, 9, 28, 10, 0), IN, hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})], rules=["C7"],
     spec="The client's auto-reply (Auto-Submitted: auto-replied): ignore (C7).")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
