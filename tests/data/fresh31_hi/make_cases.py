"""fresh31 Hindi / Hinglish cases (qa31c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, re, sys
from email.header import Header
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


def _subject_fixed(data, subj):
    """chk31c: Python's SMTP policy folds a long non-ASCII Subject into encoded words and drops the space at the
    fold; write it as email.header.Header encodes it (spaces kept inside the encoded words, lines under 76)."""
    if subj.isascii():
        return data
    enc = Header(subj, "utf-8", maxlinelen=74, header_name="Subject").encode(linesep="\r\n").encode("ascii")
    head, sep, body = data.partition(b"\r\n\r\n")
    return re.sub(rb"(?m)^Subject: [^\r\n]*(?:\r\n[ \t][^\r\n]*)*", lambda _: b"Subject: " + enc, head, count=1) + sep + body


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
            mid = f"<{lang}.{num}.{i}.fresh31@mail.example>"
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
            name = f"emails/{num}-{short}" + (f"-{i + 1}" if len(c["msgs"]) > 1 else "") + ".eml"
            (HERE / name).write_bytes(_subject_fixed(msg.as_bytes(policy=SMTP), m["subj"]))
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


IST, TT = 330, -240  # India; Trinidad & Tobago / Guyana (-04:00, no DST)
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ================= LeadsOptima =================
cust("sanjeeb.mohanty@gmail.com", "Sanjeeb Mohanty", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h31_p01", "LO-INV-32011", "sanjeeb.mohanty@gmail.com", "monthly", *Mo, "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
lopay("h31_p02", "LO-INV-32012", "sanjeeb.mohanty@gmail.com", "monthly", *Mo, "2025-09-26T15:01:00", "2025-09-26", "2025-10-25")
case("l01-bbsr-do-baar-kata", LOB, "decided", [M("Sanjeeb Mohanty <sanjeeb.mohanty@gmail.com>",
     "paisa 2 baar kat gaya",
     "Namaskar sir,\n\nMera monthly plan ka payment 26 tarikh ko do baar kat gaya hai, 1499 + 1499. Invoice LO-INV-32011 aur LO-INV-32012 dono mail mein aaye. "
     "Ek wala wapas kar dijiye please, galti se double ho gaya.\n\nDhanyabad\nSanjeeb Mohanty\nMohanty Electricals, Saheed Nagar, Bhubaneswar",
     (2025, 9, 27, 11, 0), IST)], [R("approve", "1499.00")],
     spec="L4: two paid monthly charges on 2025-09-26, same period; request day 1: refund the later LO-INV-32012 1499.00 before tax.")

cust("bikash.baruah@rediffmail.com", "Bikash Baruah", "annual", start="2025-09-27", end="2026-09-26")
lopay("h31_p03", "LO-INV-32021", "bikash.baruah@rediffmail.com", "annual", *A, "2025-09-27T15:00:00", "2025-09-27", "2026-09-26")
lopay("h31_p04", "LO-INV-32022", "bikash.baruah@rediffmail.com", "annual", *A, "2025-09-27T15:02:00", "2025-09-27", "2026-09-26")
case("l02-guwahati-devanagari-dup", LOB, "decided", [M("Bikash Baruah <bikash.baruah@rediffmail.com>",
     "वार्षिक प्लान का दोहरा भुगतान",
     "आदरणीय महोदय,\n\nसत्ताईस सितंबर को हमारे वार्षिक प्लान का भुगतान दो बार कट गया है (ग्यारह हज़ार नौ सौ अट्ठासी रुपये, दो बार)। "
     "चालान संख्या LO-INV-32021 तथा LO-INV-32022 है। कृपया दूसरा भुगतान वापस करने की कृपा करें।\n\n"
     "धन्यवाद सहित,\nबिकाश बरुआ\nबरुआ टी ट्रेडर्स, फैंसी बाज़ार, गुवाहाटी",
     (2025, 9, 29, 12, 0), IST)], [R("approve", "11988.00")],
     spec="Two paid annual charges 2025-09-27, same period; request day 2: refund LO-INV-32022 11988.00 (L4); amount in Hindi words not trusted over the ledger.")

cust("ramesh.persad@tstt.net.tt", "Ramesh Persad", "monthly", start="2025-09-22", end="2025-10-21")
lopay("h31_p05", "LO-INV-32031", "ramesh.persad@tstt.net.tt", "monthly", *Mo, "2025-09-22T15:00:00", "2025-09-22", "2025-10-21")
lopay("h31_p06", "LO-INV-32032", "ramesh.persad@tstt.net.tt", "monthly", *Mo, "2025-09-22T15:01:00", "2025-09-22", "2025-10-21")
case("l03-chaguanas-day8-by-ist", LOB, "decided", [M("Ramesh Persad <ramesh.persad@tstt.net.tt>",
     "Do baar charge - refund chahiye",
     "Sita Ram bhaiya,\n\nHum Chaguanas, Trinidad se likh rahe. Aap log 22 September ko hamra card pe do baar charge kiya, LO-INV-32031 aur LO-INV-32032. "
     "Aaj 29 hai, to 7 din ke andar hai. Ek wala paisa wapas karo na, bahut meharbani.\n\nRamesh Persad\nPersad Roti Shop, Chaguanas",
     (2025, 9, 29, 15, 0), TT)], [R("deny")],
     spec="Sent 2025-09-29 15:00 -04:00 = 2025-09-30 00:30 IST: day 8 after the 2025-09-22 charges, outside 7 days (L3): deny.")

cust("vaibhav.deshmukh@gmail.com", "Vaibhav Deshmukh", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("h31_p07", "LO-INV-32041", "vaibhav.deshmukh@gmail.com", "quarterly", *Q, "2025-09-23T15:00:00", "2025-09-23", "2025-12-22")
lopay("h31_p08", "LO-INV-32042", "vaibhav.deshmukh@gmail.com", "quarterly", *Q, "2025-09-25T15:00:00", "2025-09-23", "2025-12-22")
lopay("h31_p09", "LO-INV-32043", "vaibhav.deshmukh@gmail.com", "quarterly", *Q, "2025-09-28T15:00:00", "2025-09-23", "2025-12-22")
case("l04-nagpur-teen-baar", LOB, "decided", [M("Vaibhav Deshmukh <vaibhav.deshmukh@gmail.com>",
     "quarterly plan 3 baar charge hua",
     "Hello team,\n\nKya chal raha hai bhau? Quarterly plan ek hi baar liya tha 23 ko, lekin 25 aur 28 ko bhi wahi 3999 kat gaya auto-debit se. "
     "Teeno invoice: LO-INV-32041, LO-INV-32042, LO-INV-32043. Pehla wala theek hai, baaki dono extra hain, wapas karo.\n\n"
     "Vaibhav Deshmukh\nDeshmukh Oranges & Cold Storage, Kalmeshwar Road, Nagpur",
     (2025, 9, 30, 10, 0), IST)], [R("approve", "7998.00")],
     spec="Three paid charges for one quarter: 09-25 (day 5) and 09-28 (day 2) are duplicates inside 7 days: refund 3999.00 + 3999.00 = 7998.00 (section 8 three charges, L4).")

cust("anoop.varghese@gmail.com", "Anoop Varghese", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h31_p10", "LO-INV-32051", "anoop.varghese@gmail.com", "monthly", *Mo, "2025-09-24T15:00:00", "2025-09-24", "2025-10-23")
case("l05-kochi-twice-ledger-once", LOB, "decided", [M("Anoop Varghese <anoop.varghese@gmail.com>",
     "double debit",
     "Hai sir,\n\nMy SBI account statement showing two debit of Rs 1499 on 24th for your monthly plan. I am only one time paid. "
     "Kindly check and one amount refund cheyyanam... sorry, refund kar dijiye. Hindi thoda kam aata hai.\n\nThanks\nAnoop Varghese\nVarghese Spices, Mattancherry, Kochi",
     (2025, 9, 26, 17, 0), IST)], [R("escalate")],
     spec="Duplicate claimed (day 2), but the ledger holds one paid charge (LO-INV-32051, the account's one payment): no pair, escalate (L4).")

cust("rohit.gupta.jmu@gmail.com", "Rohit Gupta", "annual", start="2025-09-25", end="2026-09-24")
lopay("h31_p11", "LO-INV-32061", "rohit.gupta.jmu@gmail.com", "annual", *A, "2025-09-25T15:00:00", "2025-09-25", "2026-09-24")
case("l06-jammu-galat-plan", LOB, "decided", [M("Rohit Gupta <rohit.gupta.jmu@gmail.com>",
     "galat plan ka charge - LO-INV-32061",
     "Sat Sri Akal / Namaste ji,\n\nMaine monthly plan select kiya tha lekin aapne annual ka 11,988 kaat liya (LO-INV-32061). Ye galat plan ka charge hai. "
     "Difference wapas kijiye ya monthly kar dijiye.\n\nRohit Gupta\nGupta Dry Fruits, Raghunath Bazar, Jammu",
     (2025, 9, 26, 13, 0), IST)], [R("escalate")],
     spec="Billing error (charged for the wrong plan) inside 7 days (charge 2025-09-25, request day 1): escalate (L5).")

cust("admin@vidyapeethkota.in", "Vidyapeeth Classes", "monthly", status="cancelled", start="2025-08-21", end="2025-09-20")
lopay("h31_p12", "LO-INV-32071", "admin@vidyapeethkota.in", "monthly", *Mo, "2025-08-21T15:00:00", "2025-08-21", "2025-09-20")
lopay("h31_p13", "LO-INV-32072", "admin@vidyapeethkota.in", "monthly", *Mo, "2025-09-21T15:00:00", "2025-09-21", "2025-10-20")
case("l07-kota-coaching-cancel-ke-baad", LOB, "decided", [M("Vidyapeeth Classes Kota <admin@vidyapeethkota.in>",
     "Cancel ke baad bhi paisa kata",
     "Respected Sir/Madam,\n\nHumne August mein hi LeadsOptima cancel kar diya tha (Billing page se, confirmation mail bhi aaya tha) kyunki JEE batch ke admissions "
     "ab offline counselling se ho rahe hain. Fir bhi 21 September ko LO-INV-32072 ka 1499 kat gaya. Cancel karne ke baad charge kaise hua? Ye refund kijiye.\n\n"
     "Regards,\nAccounts Dept.\nVidyapeeth Classes, Talwandi, Kota",
     (2025, 9, 24, 18, 0), IST)], [R("escalate")],
     spec="Charged after cancelling = billing error; charge 2025-09-21, request day 3: escalate (L5).")

cust("wanphrang.syiem@gmail.com", "Wanphrang Syiem", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h31_p14", "LO-INV-32081", "wanphrang.syiem@gmail.com", "monthly", *Mo, "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
case("l08-shillong-login-nahi", LOB, "decided", [M("Wanphrang Syiem <wanphrang.syiem@gmail.com>",
     "login nahi ho raha",
     "Khublei / namaste,\n\nPayment karne ke baad se login hi nahi ho raha hai, 'invalid session' aata hai. Chat pe bhi bola, kuch nahi hua. "
     "Teen din se kaam ruka hai. Agar theek nahi hota to paisa wapas kar do.\n\nWanphrang Syiem\nSyiem Homestays, Laitumkhrah, Shillong",
     (2025, 9, 29, 10, 0), IST)], [R("escalate")],
     spec="Access failure inside 7 days (charge 2025-09-26, request day 3); the one payment identifies the invoice: escalate (L6).")

cust("th.ibomcha@gmail.com", "Thokchom Ibomcha", "quarterly", start="2025-09-12", end="2025-12-11")
lopay("h31_p15", "LO-INV-32091", "th.ibomcha@gmail.com", "quarterly", *Q, "2025-09-12T15:00:00", "2025-09-12", "2025-12-11")
case("l09-imphal-net-band-late", LOB, "decided", [M("Thokchom Ibomcha <th.ibomcha@gmail.com>",
     "platform nahi khul raha - refund LO-INV-32091",
     "Sir,\n\nHumare yahan internet band tha isliye der se likh raha hoon. 12 September ko quarterly payment kiya tha, uske baad se dashboard load hi nahi hota. "
     "LO-INV-32091 ka refund chahiye.\n\nIbomcha\nImphal",
     (2025, 9, 22, 20, 0), IST)], [R("deny")],
     spec="Access failure, but charge 2025-09-12 and request 2025-09-22 = day 10: outside 7 days, deny (L3).")

cust("pradeep.sahu.ctc@gmail.com", "Pradeep Sahu", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("h31_p16", "LO-INV-32101", "pradeep.sahu.ctc@gmail.com", "quarterly", *Q, "2025-09-27T15:00:00", "2025-09-27", "2025-12-26")
case("l10-cuttack-mann-badal-gaya", LOB, "decided", [M("Pradeep Sahu <pradeep.sahu.ctc@gmail.com>",
     "refund LO-INV-32101",
     "Namaskar,\n\nQuarterly plan le liya tha 27 ko, lekin ab mann badal gaya hai. Hamare area mein log WhatsApp se hi order dete hain, leads ki zarurat nahi. "
     "Please LO-INV-32101 ka paisa lauta dijiye.\n\nPradeep Sahu\nSahu Silver Filigree, Cuttack",
     (2025, 9, 28, 11, 0), IST)], [R("deny")],
     spec="Changed mind is not an L2 exception: refund denied, cancellation offered (L1).")

cust("shital.wankhede@yahoo.co.in", "Shital Wankhede", "annual", start="2025-07-10", end="2026-07-09")
lopay("h31_p17", "LO-INV-32111", "shital.wankhede@yahoo.co.in", "annual", *A, "2025-07-10T15:00:00", "2025-07-10", "2026-07-09")
case("l11-amravati-use-nahi-kiya", LOB, "decided", [M("Shital Wankhede <shital.wankhede@yahoo.co.in>",
     "plan band karo aur bache paise wapas",
     "नमस्ते,\n\nJuly mein annual plan liya tha par sach bataun to ek baar bhi use nahi kiya, dukaan mein time hi nahi milta. Plan cancel kar dijiye "
     "aur jo mahine bache hain unka paisa wapas kar dijiye.\n\nशीतल वानखेडे\nWankhede Sarees, Rajkamal Chowk, Amravati",
     (2025, 9, 29, 16, 0), IST)], [R("deny"), X("cancel", "2026-07-09")],
     spec="Not used is not an exception: refund deny (L1, no partial refunds); cancel until current_period_end 2026-07-09 (L8).")

cust("temjen.ao@gmail.com", "Temjen Ao", "monthly", status="trial", trial_ends="2025-10-04")
case("l12-dimapur-trial-refund", LOB, "decided", [M("Temjen Ao <temjen.ao@gmail.com>",
     "trial refund",
     "Hello sir,\n\nMain abhi trial use kar raha hoon. Card details daale the signup pe, to jo bhi paisa kata hai wo refund kar do please.\n\nTemjen\nAo Furniture, Dimapur",
     (2025, 9, 28, 12, 0), IST)], [R("deny")],
     spec="Free trial, no charges in the ledger: nothing to refund (L7); the reply says no billing unless he subscribes.")

cust("sunil.sharma.jmu@yahoo.com", "Sunil Sharma", "quarterly", start="2025-08-16", end="2025-11-15")
lopay("h31_p18", "LO-INV-32131", "sunil.sharma.jmu@yahoo.com", "quarterly", *Q, "2025-08-16T15:00:00", "2025-08-16", "2025-11-15")
case("l13-jammu-cancel-devanagari", LOB, "decided", [M("Sunil Sharma <sunil.sharma.jmu@yahoo.com>",
     "सदस्यता रद्द करने हेतु",
     "सेवा में,\nलीड्सऑप्टिमा सहायता टीम\n\nविषय: त्रैमासिक प्लान रद्द करने हेतु\n\nमहोदय, निवेदन है कि मेरा त्रैमासिक प्लान रद्द कर दिया जाए। "
     "वैष्णो देवी यात्रा सीज़न के बाद हमारा होटल सर्दियों में बंद रहता है।\n\nभवदीय\nसुनील शर्मा\nशर्मा गेस्ट हाउस, कटरा",
     (2025, 9, 27, 10, 0), IST)], [X("cancel", "2025-11-15")],
     spec="Cancel the quarterly plan: active until current_period_end 2025-11-15 (L8).")

cust("devika.ramnarine@gmail.com", "Devika Ramnarine", "monthly")
lopay("h31_p19", "LO-INV-32141", "devika.ramnarine@gmail.com", "monthly", *Mo, "2025-09-03T15:00:00")
case("l14-georgetown-cancel-fallback", LOB, "decided", [M("Devika Ramnarine <devika.ramnarine@gmail.com>",
     "plan khatam karo",
     "Namaste,\n\nMe Georgetown, Guyana se hun. Hamara monthly plan band kar do please, business slow hai abhi. Last payment 3 September ko gaya tha. "
     "Dhanyavaad bahut.\n\nDevika Ramnarine\nRamnarine Jewellery, Regent Street, Georgetown",
     (2025, 9, 27, 9, 0), TT)], [X("cancel", "2025-10-02")],
     spec="No current period in the ledger: last charge 2025-09-03 + 1 month - 1 day = 2025-10-02 (L8 fallback).")

cust("director@pathfinderkota.com", "Pathfinder Academy", "annual")
lopay("h31_p20", "LO-INV-32151", "director@pathfinderkota.com", "annual", *A, "2025-03-31T19:00:00+00:00")
case("l15-kota-annual-utc-charge", LOB, "decided", [M("Pathfinder Academy <director@pathfinderkota.com>",
     "annual subscription renew nahi karna",
     "Namaskar,\n\nHamari academy ka annual plan 1 April ko shuru hua tha. NEET ka naya session ab hum dusre CRM se manage karenge, isliye is plan ko "
     "cancel kar dijiye, aage renew na ho.\n\nDirector\nPathfinder Academy, Rajeev Gandhi Nagar, Kota",
     (2025, 9, 26, 15, 0), IST)], [X("cancel", "2026-03-31")],
     spec="Last charge 2025-03-31 19:00 UTC = 2025-04-01 00:30 IST; fallback 2025-04-01 + 12 months - 1 day = 2026-03-31 (L8, section 8 ledger offsets).")

cust("accounts@kalingahandloom.in", "Kalinga Handloom", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("h31_p21", "LO-INV-32161", "accounts@kalingahandloom.in", "quarterly", *Q, "2025-09-25T15:00:00", "2025-09-25", "2025-12-24")
lopay("h31_p22", "LO-INV-32162", "accounts@kalingahandloom.in", "quarterly", *Q, "2025-09-25T15:02:00", "2025-09-25", "2025-12-24")
case("l16-sambalpur-c2-personal", LOB, "need_info", [M("Manas Panda <manaspanda1978@gmail.com>",
     "Kalinga Handloom - double payment",
     "Sir, office wala mail nahi chal raha isliye personal se bhej raha hoon. Registered email accounts@kalingahandloom.in hai, quarterly plan. "
     "25 ko do baar kata, LO-INV-32162 wala wapas kar dijiye.\n\nManas Panda\nKalinga Handloom, Sambalpur",
     (2025, 9, 27, 12, 0), IST)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from accounts@kalingahandloom.in, disclose nothing (C2).")

cust("owner@brahmaputrahotels.com", "Brahmaputra Hotels", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h31_p23", "LO-INV-32171", "owner@brahmaputrahotels.com", "monthly", *Mo, "2025-09-24T15:00:00", "2025-09-24", "2025-10-23")
case("l17-dibrugarh-gmail-hindi-forward", LOB, "need_info", [M("Pranjal Saikia <pranjal.saikia@gmail.com>",
     "Fwd: LeadsOptima cancel",
     "Neeche dekhiye, sir ka message hai. Kripya cancel kar dijiye.\n\nPranjal\n\n"
     "---------- अग्रेषित संदेश ---------\nप्रेषक: Hemanta Gogoi <owner@brahmaputrahotels.com>\nदिनांक: शनि, 27 सित॰ 2025, 9:12 am\n"
     "विषय: LeadsOptima cancel\nप्रति: Pranjal Saikia <pranjal.saikia@gmail.com>\n\n"
     "Pranjal, LeadsOptima wala monthly plan band karwa do, Durga Puja ke baad bookings phone se hi aati hain.\n",
     (2025, 9, 27, 11, 30), IST)], rules=["C2"],
     spec="Gmail (Hindi interface) forward: the request is the registered owner's, the sender another address: C2, ask for it from owner@brahmaputrahotels.com (section 8 Forwards).")

cust("nitin.thakre@rediffmail.com", "Nitin Thakre", "monthly", start="2025-09-20", end="2025-10-19")
lopay("h31_p24", "LO-INV-32181", "nitin.thakre@rediffmail.com", "monthly", *Mo, "2025-08-20T15:00:00", "2025-08-20", "2025-09-19")
lopay("h31_p25", "LO-INV-32182", "nitin.thakre@rediffmail.com", "monthly", *Mo, "2025-09-20T15:00:00", "2025-09-20", "2025-10-19")
case("l18-wardha-zyada-amount-which", LOB, "need_info", [M("Nitin Thakre <nitin.thakre@rediffmail.com>",
     "zyada paise kaate",
     "Namaskar,\n\nAapke sales wale ne 999 mahina bola tha, lekin aap 1499 kaat rahe ho. Ye zyada paise ka charge hai, difference refund karo.\n\n"
     "Nitin Thakre\nThakre Agro Kendra, Wardha",
     (2025, 9, 23, 11, 0), IST)], missing=["invoice_number"],
     spec="Verified sender, billing-error reason, plan from the ledger; two monthly charges (August, September) of the same amount, none named: ask for the invoice (C3).")

cust("jijo.thomas@outlook.com", "Jijo Thomas", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h31_p26", "LO-INV-32191", "jijo.thomas@outlook.com", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
case("l19-thrissur-do-the-needful", LOB, "need_info", [M("Jijo Thomas <jijo.thomas@outlook.com>",
     "Refund LO-INV-32191",
     "Dear sir,\n\nKindly refund kar dijiye invoice LO-INV-32191 ka amount. Please do the needful at the earliest.\n\n"
     "Thanks & Regards,\nJijo Thomas\nThomas Gold Covering, Round South, Thrissur\n\n"
     "DISCLAIMER: This email is confidential and intended only for the addressee.",
     (2025, 9, 29, 10, 30), IST)], missing=["reason"],
     spec="Only the request restated, 'do the needful', a signature and a disclaimer: no reason (section 8); invoice and plan known: ask for the reason (C3).")

cust("kavita.behera@gmail.com", "Kavita Behera", "annual", start="2025-09-26", end="2026-09-25")
lopay("h31_p27", "LO-INV-32201", "kavita.behera@gmail.com", "annual", *A, "2025-09-26T15:00:00", "2025-09-26", "2026-09-25")
lopay("h31_p28", "LO-INV-32202", "kavita.behera@gmail.com", "annual", *A, "2025-09-26T15:03:00", "2025-09-26", "2026-09-25")
case("l20-puri-thread-reason-later", LOB, "decided", [
    M("Kavita Behera <kavita.behera@gmail.com>", "LO-INV-32202 refund",
      "Namaste,\nLO-INV-32202 ka refund chahiye. Dhanyavaad.\nKavita",
      (2025, 9, 28, 10, 0), IST),
    M("Kavita Behera <kavita.behera@gmail.com>", "Re: LO-INV-32202 refund [LO-3220]",
      "Ji, reason ye hai ki annual plan ka payment do baar kat gaya 26 ko, LO-INV-32201 aur LO-INV-32202. Dusra wala wapas chahiye.\n\nKavita Behera\nBehera Handicrafts, Puri\n\n"
      "> Kripya refund ka karan batayein.",
      (2025, 9, 29, 9, 0), IST)], [R("approve", "11988.00")],
     spec="First mail (day 2) has only the invoice; the answer gives the duplicate reason: refund LO-INV-32202 11988.00 (L4).")

cust("mridul.borah@gmail.com", "Mridul Borah", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("h31_p29", "LO-INV-32211", "mridul.borah@gmail.com", "quarterly", *Q, "2025-06-24T15:00:00", "2025-06-24", "2025-09-23")
lopay("h31_p30", "LO-INV-32212", "mridul.borah@gmail.com", "quarterly", *Q, "2025-09-24T15:00:00", "2025-09-24", "2025-12-23")
case("l21-jorhat-thread-invoice-later", LOB, "decided", [
    M("Mridul Borah <mridul.borah@gmail.com>", "galat amount",
      "Namaskar, quarterly ka galat amount kata hai, GST do baar laga diya lagta hai. Refund karo.\nMridul",
      (2025, 9, 26, 12, 0), IST),
    M("Mridul Borah <mridul.borah@gmail.com>", "Re: galat amount [LO-3221]",
      "Invoice no. LO-INV-32212 (September wala).\n\nMridul Borah, Jorhat\n\n> Kripya invoice number bhejein.",
      (2025, 9, 27, 10, 0), IST)], [R("escalate")],
     spec="Two quarterly charges; the answer names LO-INV-32212 (2025-09-24); billing error, request (first mail) day 2: escalate (L5).")

cust("anil.mahajan.jmu@gmail.com", "Anil Mahajan", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h31_p31", "LO-INV-32221", "anil.mahajan.jmu@gmail.com", "monthly", *Mo, "2025-09-25T15:00:00", "2025-09-25", "2025-10-24")
case("l22-jammu-upbhokta-forum", LOB, "decided", [M("Anil Mahajan <anil.mahajan.jmu@gmail.com>",
     "शिकायत - LO-INV-32221",
     "महोदय,\n\nमेरा अकाउंट पैसे कटने के बाद से खुल नहीं रहा। तीन बार शिकायत की, कोई जवाब नहीं। यदि दो दिन में पैसा वापस नहीं हुआ तो मैं "
     "उपभोक्ता फोरम (consumer forum) में शिकायत दर्ज करूँगा।\n\nअनिल महाजन\nगांधी नगर, जम्मू",
     (2025, 9, 27, 19, 0), IST)], [R("escalate")], rules=["C4"],
     spec="Consumer forum threat: escalate (C4).")

cust("deepak.agarwal@kotasteel.in", "Deepak Agarwal", "annual", start="2025-05-05", end="2026-05-04")
lopay("h31_p32", "LO-INV-32231", "deepak.agarwal@kotasteel.in", "annual", *A, "2025-05-05T15:00:00", "2025-05-05", "2026-05-04")
case("l23-kota-chargeback-cancel", LOB, "decided", [M("Deepak Agarwal <deepak.agarwal@kotasteel.in>",
     "Plan cancel + refund warna chargeback",
     "Sir,\n\nAapka software bilkul bekaar hai, ek bhi genuine lead nahi aayi. Plan abhi cancel karo aur baaki mahino ka paisa wapas karo, "
     "warna main bank se chargeback karwa dunga.\n\nDeepak Agarwal\nAgarwal Steel Traders, Kota",
     (2025, 9, 29, 13, 0), IST)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Chargeback threat: every intent escalated, the cancellation included (C4, section 8).")

cust("suresh.nair.kochi@gmail.com", "Suresh Nair", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h31_p33", "LO-INV-32241", "suresh.nair.kochi@gmail.com", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
lopay("h31_p34", "LO-INV-32242", "suresh.nair.kochi@gmail.com", "monthly", *Mo, "2025-09-27T15:01:00", "2025-09-27", "2025-10-26")
case("l24-kochi-bank-dispute-nahi", LOB, "decided", [M("Suresh Nair <suresh.nair.kochi@gmail.com>",
     "double payment 27th",
     "Namaskaram,\n\n27 ko monthly plan do baar charge hua, LO-INV-32241 aur LO-INV-32242. Bank wale bol rahe the dispute daal do, lekin main bank mein dispute nahi karunga, "
     "aap se hi solve karna hai. Dusra wala refund kar dijiye.\n\nSuresh Nair\nNair Ayurveda Clinic, Edappally",
     (2025, 9, 29, 11, 0), IST)], [R("approve", "1499.00")],
     spec="The dispute is only the bank's suggestion and ruled out: no C4. Duplicate day 2: refund LO-INV-32242 1499.00 (L4).")

case("l25-nagpur-hindi-auto-reply", LOB, "ignore", [M("Prashant Bhoyar <prashant@bhoyartravels.in>",
     "स्वचालित उत्तर: Your LeadsOptima invoice",
     "नमस्ते, मैं 5 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए 98220 00000 पर कॉल करें।\n\nI am on leave till 5 October.",
     (2025, 9, 29, 9, 0), IST, hdr={"Auto-Submitted": "auto-replied",
                                    "In-Reply-To": "<LO-INV-invoice-mail.20250929@leadsoptima.com>"})], rules=["C7"],
     spec="Out-of-office (Auto-Submitted: auto-replied): ignore (C7).")

case("l26-kota-coaching-newsletter", LOB, "ignore", [M("Kota Coaching Samachar <news@kotasamachar.in>",
     "इस हफ्ते: कोचिंग संस्थानों के लिए रिफंड नियम",
     "कोटा कोचिंग समाचार - अंक 88\n\n1. छात्रों की फीस रिफंड पर नए नियम\n2. लीड जनरेशन टूल्स की तुलना\n\nUnsubscribe करने के लिए यहाँ क्लिक करें।",
     (2025, 9, 30, 7, 0), IST, hdr={"Precedence": "bulk", "List-Id": "<samachar.kotasamachar.in>"})], rules=["C7"],
     spec="Newsletter (Precedence: bulk, List-Id) mentioning refunds: ignore (C7).")

case("l27-postmaster-bounce", LOB, "ignore", [M("postmaster@sify.com",
     "Delivery Status Notification (Failure)",
     "Delivery to the following recipient failed permanently:\n\n     tripathi.cuttack@sify.com\n\nReason: mailbox full\n\n"
     "----- Original message -----\nSubject: Re: Refund request - paisa wapas [LO-3150]",
     (2025, 9, 28, 14, 0), IST)], rules=["C7"],
     spec="Delivery failure from postmaster quoting a refund subject: ignore (C7).")

cust("sreeja.menon@gmail.com", "Sreeja Menon", "annual", start="2025-06-01", end="2026-05-31")
lopay("h31_p35", "LO-INV-32281", "sreeja.menon@gmail.com", "annual", *A, "2025-06-01T15:00:00", "2025-06-01", "2026-05-31")
case("l28-kottayam-gst-invoice-question", LOB, "other", [M("Sreeja Menon <sreeja.menon@gmail.com>",
     "GST invoice kaise download karein?",
     "Hello team,\n\nHumare CA ko GST invoice chahiye June wale annual payment ka. Dashboard mein kahan milega? Aur company ka GSTIN 32ABCDE1234F1Z5 add kaise karte hain?\n\n"
     "Thanks\nSreeja Menon\nMenon Rubber Traders, Kottayam",
     (2025, 9, 25, 14, 0), IST)],
     spec="How-to questions about invoices, no refund or cancellation: other.")

cust("manoj.pattnaik@gmail.com", "Manoj Pattnaik", "monthly", start="2025-09-18", end="2025-10-17")
lopay("h31_p36", "LO-INV-32291", "manoj.pattnaik@gmail.com", "monthly", *Mo, "2025-09-18T15:00:00", "2025-09-18", "2025-10-17")
case("l29-berhampur-refund-nahi-chahiye", LOB, "other", [M("Manoj Pattnaik <manoj.pattnaik@gmail.com>",
     "next billing date?",
     "Namaskar,\n\nRefund nahi chahiye aur cancel bhi nahi karna, sab theek chal raha hai. Bas ye bata dijiye ki agla payment kis tarikh ko katega, "
     "taaki account mein balance rakh sakun.\n\nManoj Pattnaik\nBerhampur",
     (2025, 9, 26, 10, 0), IST)],
     spec="Refund and cancellation negated ('refund nahi chahiye'), a billing-date question: other (section 8 negation).")

case("l30-kota-hostel-agar-refund", LOB, "other", [M("Rajendra Meena <rmeena.hostels@gmail.com>",
     "annual plan lene se pehle sawal",
     "Namaste,\n\nKota mein hamare 4 boys hostel hain. Agar hum annual plan le lein aur 2-3 mahine mein leads nahi aayi to kya bacha hua paisa refund milega? "
     "Ya monthly lena better hai? Pehle clear kar dijiye fir payment karenge.\n\nRajendra Meena\nMeena Hostels, Landmark City, Kota",
     (2025, 9, 30, 12, 0), IST)],
     spec="A hypothetical refund question before buying: other (section 8).")

cust("rupjyoti.das@gmail.com", "Rupjyoti Das", "monthly", start="2025-09-15", end="2025-10-14")
lopay("h31_p37", "LO-INV-32311", "rupjyoti.das@gmail.com", "monthly", *Mo, "2025-09-15T15:00:00", "2025-09-15", "2025-10-14")
case("l31-tezpur-refund-mil-gaya", LOB, "other", [M("Rupjyoti Das <rupjyoti.das@gmail.com>",
     "Re: Refund approved [LO-3031]",
     "धन्यवाद! रिफंड आज खाते में आ गया। बहुत बढ़िया सेवा।\n\nRupjyoti Das, Tezpur",
     (2025, 9, 30, 18, 0), IST, hdr={"In-Reply-To": "<LO-3031.reply@leadsoptima.com>",
                                     "References": "<LO-3031.reply@leadsoptima.com>"})],
     spec="Thanks for a refund already received: a past event, no request: other.")

cust("abhishek.tiwari.ngp@gmail.com", "Abhishek Tiwari", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("h31_p38", "LO-INV-32321", "abhishek.tiwari.ngp@gmail.com", "quarterly", *Q, "2025-09-26T15:00:00", "2025-09-26", "2025-12-25")
lopay("h31_p39", "LO-INV-32322", "abhishek.tiwari.ngp@gmail.com", "quarterly", *Q, "2025-09-26T15:02:00", "2025-09-26", "2025-12-25")
case("l32-nagpur-galat-invoice-likha", LOB, "decided", [M("Abhishek Tiwari <abhishek.tiwari.ngp@gmail.com>",
     "double charge refund LO-INV-32332",
     "Hi,\n\nQuarterly plan 2 baar charge ho gaya. Duplicate wala invoice LO-INV-32332 hai, uska refund kar do.\n\nAbhishek, Sitabuldi, Nagpur",
     (2025, 9, 28, 15, 0), IST)], [R("escalate")],
     spec="The invoice typed (LO-INV-32332) matches nothing in the ledger; no other correction is made: escalate, never approve.")

cust("sandeep.raina@gmail.com", "Sandeep Raina", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h31_p40", "LO-INV-32331", "sandeep.raina@gmail.com", "monthly", *Mo, "2025-09-24T15:00:00", "2025-09-24", "2025-10-23")
lopay("h31_p41", "LO-INV-32333", "sandeep.raina@gmail.com", "monthly", *Mo, "2025-09-24T15:01:00", "2025-09-24", "2025-10-23", status="refunded")
case("l33-udhampur-already-refunded", LOB, "decided", [M("Sandeep Raina <sandeep.raina@gmail.com>",
     "duplicate payment LO-INV-32333 ka paisa nahi aaya",
     "Namaste ji,\n\n24 tarikh ko do baar payment hua tha, LO-INV-32331 aur LO-INV-32333. Dusre wale ka refund kijiye, abhi tak account mein kuch nahi aaya.\n\n"
     "Sandeep Raina\nUdhampur",
     (2025, 9, 29, 12, 0), IST)], [R("escalate")],
     spec="The second charge has status refunded: no pair of paid charges and a refund of a payment not paid is escalated (section 8).")

cust("info@konarktours.in", "Konark Tours", "annual", start="2025-09-27", end="2026-09-26")
lopay("h31_p42", "LO-INV-32341", "info@konarktours.in", "annual", *A, "2025-09-27T15:00:00", "2025-09-27", "2026-09-26")
lopay("h31_p43", "LO-INV-32342", "info@konarktours.in", "annual", *A, "2025-09-27T15:00:50", "2025-09-27", "2026-09-26")
case("l34-konark-spaced-invoice", LOB, "decided", [M("Konark Tours <info@konarktours.in>",
     "annual plan dubara charge",
     "Sir, annual plan ka payment dubara ho gaya 27 ko. Dusre wale ka number lo inv 32342 hai, pehla lo inv 32341. Dusra refund karo please.\n\n"
     "Konark Tours & Travels, Puri-Konark Marine Drive",
     (2025, 9, 30, 16, 0), IST)], [R("approve", "11988.00")],
     spec="'lo inv 32342' is LO-INV-32342 (section 8 invoice references); duplicate day 3: refund 11988.00 (L4).")

cust("accounts@meghalayaorganics.in", "Meghalaya Organics", "quarterly", start="2025-09-28", end="2025-12-27")
lopay("h31_p44", "LO-INV-32351", "accounts@meghalayaorganics.in", "quarterly", *Q, "2025-09-28T15:00:00", "2025-09-28", "2025-12-27")
lopay("h31_p45", "LO-INV-32352", "accounts@meghalayaorganics.in", "quarterly", *Q, "2025-09-28T15:04:00", "2025-09-28", "2025-12-27")
case("l35-shillong-html-only-devanagari", LOB, "decided", [M("Meghalaya Organics <accounts@meghalayaorganics.in>",
     "दोहरा भुगतान - त्रैमासिक प्लान", "",
     (2025, 9, 30, 11, 0), IST,
     html="<html><body><div dir='ltr'><p>नमस्कार,</p><p>28 सितंबर को हमारे त्रैमासिक प्लान का भुगतान <b>दो बार</b> हुआ है:</p>"
          "<ul><li>LO-INV-32351 &ndash; &#8377;3,999.00</li><li>LO-INV-32352 &ndash; &#8377;3,999.00</li></ul>"
          "<p>कृपया दूसरा भुगतान (LO-INV-32352) वापस कर दें।</p><p>सादर,<br>लेखा विभाग<br>मेघालय ऑर्गेनिक्स, शिलांग</p></div></body></html>")],
     [R("approve", "3999.00")],
     spec="HTML-only Devanagari mail; two paid quarterly charges 2025-09-28; request day 2: refund LO-INV-32352 3999.00 (L4).")

cust("gaurav.hazarika@gmail.com", "Gaurav Hazarika", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h31_p46", "LO-INV-32361", "gaurav.hazarika@gmail.com", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
lopay("h31_p47", "LO-INV-32362", "gaurav.hazarika@gmail.com", "monthly", *Mo, "2025-09-27T15:01:00", "2025-09-27", "2025-10-26")
case("l36-silchar-dup-aur-cancel", LOB, "decided", [M("Gaurav Hazarika <gaurav.hazarika@gmail.com>",
     "do kaam",
     "Namaskar,\n\nDo baatein: (1) 27 ko monthly plan ka paisa do baar kata, LO-INV-32361 aur LO-INV-32362, dusra wapas karo. "
     "(2) Aur is mahine ke baad plan band kar dena, hum Guwahati shift ho rahe hain aur wahan naya setup banega.\n\nGaurav Hazarika\nSilchar",
     (2025, 9, 29, 17, 0), IST)], [R("approve", "1499.00"), X("cancel", "2025-10-26")],
     spec="Duplicate day 2: refund LO-INV-32362 1499.00 (L4); cancel, active until current_period_end 2025-10-26 (L8).")

cust("ops@brahmaputraferries.in", "Brahmaputra Ferries", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h31_p48", "LO-INV-32371", "ops@brahmaputraferries.in", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
lopay("h31_p49", "LO-INV-32372", "ops@brahmaputraferries.in", "monthly", *Mo, "2025-09-27T15:01:00", "2025-09-27", "2025-10-26")
case("l37-majuli-reply-to-registered", LOB, "need_info", [M("Dipankar Pegu <dipankar.pegu@yahoo.com>",
     "double charge - Brahmaputra Ferries",
     "Namaskar, 27 ko monthly do baar kata (LO-INV-32371, LO-INV-32372). Jawab ops@brahmaputraferries.in pe hi bhejiye, maine Reply-To laga diya hai. "
     "Dusra paisa wapas kijiye.\n\nDipankar Pegu, Majuli",
     (2025, 9, 29, 10, 0), IST, hdr={"Reply-To": "ops@brahmaputraferries.in"})], rules=["C2"],
     spec="From is not the registered address; Reply-To never verifies anyone (section 8 Addresses): C2.")

case("l38-own-billing-address-loop", LOB, "ignore", [M("LeadsOptima Billing <billing@leadsoptima.com>",
     "भुगतान रसीद / Payment receipt LO-INV-32361",
     "धन्यवाद! आपका ₹1,499.00 का भुगतान प्राप्त हुआ। Refund ke liye 7 din ke andar support@leadsoptima.com par likhein.",
     (2025, 9, 27, 15, 1), IST)], rules=["C7"],
     spec="Mail from the brand's own billing address (a receipt looped back): ignore (C7).")

# ================= Optima WebDesign =================
proj("Odisha Pattachitra Store", "orders@pattachitrastore.in")
owpay("h31_w01", "OWD-2025-411", "Odisha Pattachitra Store", "deposit", "20000.00", "3600.00", "2025-09-27T15:00:00")
case("o01-raghurajpur-deposit-refund", OWB, "decided", [M("Pattachitra Store <orders@pattachitrastore.in>",
     "Refund Request — Odisha Pattachitra Store / OWD-2025-411",
     "Namaskar Optima team,\n\nKal humne website ka advance (deposit) diya tha, invoice OWD-2025-411. Lekin ghar mein achanak medical emergency ho gayi hai "
     "aur abhi kharcha nahi utha sakte. Kaam shuru hone se pehle hi deposit wapas kar dijiye.\n\nDhanyabad\nSusanta Maharana\nRaghurajpur, Puri",
     (2025, 9, 28, 10, 0), IST)], [R("approve", "20000.00")],
     spec="Deposit paid 2025-09-27 15:00, request 2025-09-28 10:00 IST (19 h), no work: full 20000.00 before tax (O2).")

proj("Kamakhya Silk House", "sales@kamakhyasilk.in")
owpay("h31_w02", "OWD-2025-412", "Kamakhya Silk House", "deposit", "24000.00", "4320.00", "2025-09-25T09:30:00+00:00")
case("o02-guwahati-deposit-73h", OWB, "decided", [M("Kamakhya Silk House <sales@kamakhyasilk.in>",
     "deposit wapas - Kamakhya Silk House",
     "नमस्कार,\n\nहमने 25 तारीख को वेबसाइट का डिपॉज़िट दिया था (OWD-2025-412)। पार्टनर के साथ विवाद के कारण अभी व्यापार बँटवारे में है, इसलिए प्रोजेक्ट रोकना पड़ेगा। "
     "कृपया डिपॉज़िट लौटा दें।\n\nधन्यवाद\nनिलोत्पल शर्मा",
     (2025, 9, 28, 16, 0), IST)], [R("deny")], extra_ok=True,
     spec="Paid 2025-09-25 09:30 UTC = 15:00 IST; request 2025-09-28 16:00 IST = 73 h: not before 72 h, deny (O2). The 'विवाद' is a quarrel with a business partner, not a payment dispute: no C4. 'प्रोजेक्ट रोकना पड़ेगा' may be read as a project cancellation too (extra_ok).")

proj("Vidarbha Cotton Mart", "info@vidarbhacotton.in", "2025-09-27T11:00:00")
owpay("h31_w03", "OWD-2025-413", "Vidarbha Cotton Mart", "deposit", "30000.00", "5400.00", "2025-09-26T15:00:00")
case("o03-akola-deposit-kaam-shuru", OWB, "decided", [M("Vidarbha Cotton Mart <info@vidarbhacotton.in>",
     "deposit refund OWD-2025-413",
     "Namaste,\n\nKal aapke designer ke saath pehli meeting hui aur unhone wireframe bhi bheja. Lekin is saal kapas ka bhav gir gaya hai to budget nahi hai. "
     "Project Vidarbha Cotton Mart ka deposit OWD-2025-413 refund kar dijiye.\n\nRahul Kale\nAkola",
     (2025, 9, 28, 11, 0), IST)], [R("deny")],
     spec="Within 72 h of payment, but work started 2025-09-27 11:00 before the request: whichever first, deny (O2).")

proj("Kerala Houseboat Booking", "book@alleppeyhouseboats.in")
owpay("h31_w04", "OWD-2025-414", "Kerala Houseboat Booking", "discovery", "12000.00", "2160.00", "2025-09-16T15:00:00")
case("o04-alleppey-discovery-nahi-hua", OWB, "decided", [M("Alleppey Houseboats <book@alleppeyhouseboats.in>",
     "discovery fee refund - Kerala Houseboat Booking",
     "Hello sir,\n\n16 September ko discovery fee 12,000 diya tha (OWD-2025-414), project Kerala Houseboat Booking. Abhi tak koi session ya call nahi hua. "
     "Ab humne decide kiya ki Kerala Tourism wale portal se hi booking lenge. So please refund the discovery fee.\n\nShaji Kurian\nPunnamada, Alappuzha",
     (2025, 9, 29, 14, 0), IST)], [R("approve", "12000.00")],
     spec="Discovery with no session started (work_started_at empty): full refund 12000.00 before tax (O1).")

proj("Dogra Heritage Homestay", "stay@dograheritage.in", "2025-09-20T10:00:00")
owpay("h31_w05", "OWD-2025-415", "Dogra Heritage Homestay", "discovery", "15000.00", "2700.00", "2025-09-17T15:00:00")
case("o05-jammu-discovery-ho-chuka", OWB, "decided", [M("Dogra Heritage Homestay <stay@dograheritage.in>",
     "discovery refund",
     "Namaste ji,\n\n20 tarikh ko aapke saath discovery workshop hua tha Dogra Heritage Homestay ke liye (OWD-2025-415). Ideas humein pasand nahi aaye, "
     "bahut modern the. Discovery fee wapas kar dijiye.\n\nVikram Singh Jamwal\nJammu",
     (2025, 9, 29, 12, 0), IST)], [R("deny")],
     spec="The discovery session started 2025-09-20 (work_started_at), before the request: deny (O1).")

proj("Kota Pragati Classes Portal", "it@kotapragaticlasses.in", "2025-08-15T10:00:00")
owpay("h31_w06", "OWD-2025-416", "Kota Pragati Classes Portal", "milestone", "35000.00", "6300.00", "2025-08-15T15:00:00", milestone_status="approved")
owpay("h31_w07", "OWD-2025-417", "Kota Pragati Classes Portal", "milestone", "45000.00", "8100.00", "2025-09-22T15:00:00", milestone_status="not_started")
case("o06-kota-milestone-shuru-nahi", OWB, "decided", [M("Kota Pragati Classes <it@kotapragaticlasses.in>",
     "Milestone 2 (OWD-2025-417) refund",
     "Dear team,\n\nStudent portal ka design milestone theek tha. Lekin test-series module (milestone 2, OWD-2025-417) hum ab in-house developer se banwa rahe hain, "
     "aur aapki side se us par kaam shuru nahi hua hai. Is milestone ka paisa refund kar dijiye. Project: Kota Pragati Classes Portal.\n\n"
     "Regards\nIT Head, Kota Pragati Classes",
     (2025, 9, 29, 11, 0), IST)], [R("approve", "45000.00")],
     spec="Milestone OWD-2025-417 not_started: refund its amount 45000.00 before tax (O3).")

proj("Khasi Hills Honey", "hello@khasihillshoney.in", "2025-09-01T10:00:00")
owpay("h31_w08", "OWD-2025-418", "Khasi Hills Honey", "milestone", "28000.00", "5040.00", "2025-09-10T15:00:00", milestone_status="in_progress")
case("o07-shillong-milestone-chal-raha", OWB, "decided", [M("Khasi Hills Honey <hello@khasihillshoney.in>",
     "milestone refund",
     "Namaste,\n\nKhasi Hills Honey ke webshop ka milestone OWD-2025-418 abhi chal raha hai. Lekin is baar barish se honey ki fasal bahut kam hui, online bechne ko "
     "kuch nahi bacha. Jitna kaam baaki hai uska paisa wapas mil sakta hai?\n\nIbapyntngen Kharkongor",
     (2025, 9, 27, 15, 0), IST)], [R("escalate")],
     spec="Milestone in_progress: the value of the work not started needs a person: escalate (O3).")

proj("Cuttack Silver Works", "cuttacksilver@gmail.com", "2025-08-01T10:00:00")
owpay("h31_w09", "OWD-2025-419", "Cuttack Silver Works", "milestone", "25000.00", "4500.00", "2025-08-20T15:00:00", milestone_status="completed")
case("o08-cuttack-milestone-pura", OWB, "decided", [M("Cuttack Silver Works <cuttacksilver@gmail.com>",
     "पूरा हुआ माइलस्टोन - रिफंड",
     "महोदय,\n\nCuttack Silver Works का होमपेज वाला माइलस्टोन (OWD-2025-419) आपने पूरा कर दिया था, पर अब मेरे बेटे को डिज़ाइन पसंद नहीं है। उस माइलस्टोन का पैसा वापस कर दीजिए।\n\n"
     "प्रफुल्ल साहू",
     (2025, 9, 28, 10, 0), IST)], [R("deny")],
     spec="The milestone is completed: not refundable (O3, O6).")

proj("Trini Doubles Express", "orders@trinidoubles.tt")
owpay("h31_w10", "OWD-2025-420", "Trini Doubles Express", "retainer", "11000.00", "1980.00", "2025-09-16T15:00:00",
      period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16")
case("o09-san-fernando-retainer-notice", OWB, "decided", [M("Trini Doubles Express <orders@trinidoubles.tt>",
     "Retainer band karna hai",
     "Namaste Optima,\n\nHum Trini Doubles Express (San Fernando) ka monthly retainer band karna chahte, last invoice OWD-2025-420. Karan: hamra beta "
     "ab social media aur website khud sambhalega, woh UWI se computer padh ke aaya hai. Ek mahina ka notice de rahe.\n\nBahut dhanyavaad,\nKamla Rampersad",
     (2025, 9, 28, 8, 0), TT)], [X("cancel", "2025-10-15")],
     spec="Request 2025-09-28 17:30 IST; next_billing_at 2025-10-16 needs notice by 10-09: enough notice, cancel effective 2025-10-15 (O4, O8).")

proj("Ambadevi Sweets Online", "ambadevisweets@gmail.com")
owpay("h31_w11", "OWD-2025-421", "Ambadevi Sweets Online", "retainer", "8000.00", "1440.00", "2025-09-04T15:00:00",
      period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
case("o10-amravati-retainer-late-notice", OWB, "decided", [M("Ambadevi Sweets <ambadevisweets@gmail.com>",
     "retainer cancel - Ambadevi Sweets Online",
     "Namaskar,\n\nAmbadevi Sweets Online ka monthly retainer (OWD-2025-421) cancel karna hai. Diwali ke orders hum Swiggy aur Zomato se hi le rahe hain, "
     "website pe orders nahi aa rahe.\n\nPooja Deshpande, Amravati",
     (2025, 9, 30, 13, 0), IST)], [X("cancel", "2025-11-03")],
     spec="Request 2025-09-30; next_billing_at 2025-10-04 needed notice by 09-27: less than 7 days, the next cycle is billed, effective 2025-11-03 (O4).")

proj("Assam Tea Auction Portal", "admin@assamteaauction.in")
owpay("h31_w12", "OWD-2025-422", "Assam Tea Auction Portal", "retainer", "14000.00", "2520.00", "2025-09-12T15:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
owpay("h31_w13", "OWD-2025-423", "Assam Tea Auction Portal", "retainer", "14000.00", "2520.00", "2025-09-26T15:00:00",
      period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12")
case("o11-guwahati-retainer-advance-paid", OWB, "decided", [M("Assam Tea Auction Portal <admin@assamteaauction.in>",
     "retainer band karein",
     "Namaskar,\n\nHumne October ka retainer advance mein 26 ko de diya tha (OWD-2025-423). Ab tea board ka naya portal aa gaya hai to humara portal band kar rahe hain. "
     "Assam Tea Auction Portal ka retainer band kar dijiye.\n\nDhrubajyoti Kalita",
     (2025, 9, 29, 11, 0), IST)], [X("escalate")],
     spec="The next cycle (2025-10-12..11-11) is already paid and the notice is at least 7 days: escalate (section 8 retainer paid in advance).")

proj("Malabar Spice Route", "info@malabarspiceroute.in")
owpay("h31_w14", "OWD-2025-424", "Malabar Spice Route", "hosting_annual", "15999.00", "2879.82", "2025-09-18T15:00:00",
      setup_fee="2500.00", service_start="2025-09-19")
case("o12-kozhikode-hosting-rounding", OWB, "decided", [M("Malabar Spice Route <info@malabarspiceroute.in>",
     "hosting cancel aur refund - OWD-2025-424",
     "Hello Optima,\n\nHumne 19 September se annual hosting liya tha Malabar Spice Route ke liye (OWD-2025-424). Ab humara group company ka apna server hai, "
     "to hosting cancel karke 14 din wale rule ke hisaab se refund de dijiye.\n\nThanks\nFaisal Koya, Kozhikode",
     (2025, 9, 29, 10, 0), IST)], [R("approve", "12374.08")], extra_ok=True,
     spec="Hosting, service_start 2025-09-19, request day 10: 15999 - 2500 - (13499/12 = 1124.9167) x 1 = 12374.0833 -> 12374.08 rounded once (O5, C6); cancellation allowed (extra_ok).")

proj("Loktak Eco Tours", "loktakecotours@gmail.com")
owpay("h31_w15", "OWD-2025-425", "Loktak Eco Tours", "maintenance_annual", "12000.00", "2160.00", "2025-09-09T15:00:00",
      setup_fee="1200.00", service_start="2025-09-10")
case("o13-imphal-maintenance-day15", OWB, "decided", [M("Loktak Eco Tours <loktakecotours@gmail.com>",
     "maintenance plan refund",
     "Sir,\n\nLoktak Eco Tours ka annual maintenance plan (OWD-2025-425) 10 September se chalu hua. Internet bandh ke kaaran der se likh raha hoon. "
     "Tourist season kharab hai, plan cancel karke paisa wapas chahiye.\n\nSanjoy Laishram, Imphal",
     (2025, 9, 25, 10, 0), IST)], [R("deny")], extra_ok=True,
     spec="service_start 2025-09-10, request 2025-09-25 = day 15: after 14 days, deny (O5); the cancellation part is allowed (extra_ok).")

proj("Naga Handicraft Bazaar", "nagahandicraft@gmail.com", "2025-09-01T10:00:00")
owpay("h31_w16", "OWD-2025-426", "Naga Handicraft Bazaar", "third_party", "4500.00", "810.00", "2025-09-24T15:00:00")
case("o14-kohima-ssl-refund", OWB, "decided", [M("Naga Handicraft Bazaar <nagahandicraft@gmail.com>",
     "SSL certificate refund",
     "Hello,\n\nAapne Naga Handicraft Bazaar ke liye SSL certificate liya (OWD-2025-426, 4,500). Humare hosting wale free SSL de rahe hain, to ye wala refund kar do.\n\n"
     "Thanks\nVisakhonu, Kohima",
     (2025, 9, 26, 12, 0), IST)], [R("deny")],
     spec="An SSL certificate is a third_party item: non-refundable (O6).")

proj("Tawi Motors Website", "sales@tawimotors.in", "2025-09-05T10:00:00")
owpay("h31_w17", "OWD-2025-427", "Tawi Motors Website", "setup", "5000.00", "900.00", "2025-09-20T15:00:00")
case("o15-jammu-setup-fee", OWB, "decided", [M("Tawi Motors <sales@tawimotors.in>",
     "setup fee wapas karo",
     "Namaste,\n\nTawi Motors Website ke setup ke naam par 5000 rupay liye (OWD-2025-427). Setup to aapka 10 minute ka kaam tha, ye paisa refund karo.\n\nHarpreet Singh, Jammu",
     (2025, 9, 27, 17, 0), IST)], [R("deny")],
     spec="Setup fees are never refundable: deny (O6).")

proj("Kota Stone Exporters", "export@kotastone.in")
owpay("h31_w18", "OWD-2025-428", "Kota Stone Exporters", "deposit", "22000.00", "3960.00", "2025-09-29T15:00:00")
case("o16-kota-c2-personal-gmail", OWB, "need_info", [M("Mahesh Nagar <maheshnagar.kota@gmail.com>",
     "deposit refund - Kota Stone Exporters",
     "Namaste, personal ID se likh raha hoon, company ka email export@kotastone.in hai. Kal jo deposit diya (OWD-2025-428) wo wapas kar dijiye, "
     "export order cancel ho gaya hai.\n\nMahesh Nagar",
     (2025, 9, 30, 9, 30), IST)], rules=["C2"],
     spec="Not the contract email: ask for the request from export@kotastone.in, disclose nothing (C2).")

proj("Thrissur Gold Palace", "md@thrissurgoldpalace.in")
owpay("h31_w19", "OWD-2025-429", "Thrissur Gold Palace", "deposit", "26000.00", "4680.00", "2025-09-28T15:00:00")
case("o17-thrissur-outlook-forward-hindi", OWB, "need_info", [M("Accounts Thrissur Gold Palace <accounts@thrissurgoldpalace.in>",
     "FW: website deposit",
     "Sir, MD sir ka mail neeche hai, kripya refund process karein.\n\nBinu, Accounts\n\n"
     "-----Original Message-----\nFrom: Joy Varghese <md@thrissurgoldpalace.in>\nSent: Monday, September 29, 2025 10:05 AM\n"
     "To: accounts@thrissurgoldpalace.in\nSubject: website deposit\n\n"
     "Binu, Optima ko bolo ki Thrissur Gold Palace website ka deposit OWD-2025-429 refund karein. Onam ke baad hum naya showroom pehle kholenge, website baad mein.\n",
     (2025, 9, 29, 11, 0), IST)], rules=["C2"],
     spec="Outlook forward: the request is the contract address's, the sender is accounts@: C2, ask for it from md@thrissurgoldpalace.in (section 8 Forwards).")

proj("Nagpur Orange Farms", "orangefarms.ngp@gmail.com")
owpay("h31_w20", "OWD-2025-430", "Nagpur Orange Farms", "retainer", "9000.00", "1620.00", "2025-09-15T15:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("o18-nagpur-cancel-bina-karan", OWB, "need_info", [M("Nagpur Orange Farms <orangefarms.ngp@gmail.com>",
     "retainer cancel",
     "Namaskar,\n\nNagpur Orange Farms ka monthly retainer cancel kar dijiye, invoice OWD-2025-430. Jaldi confirm karein.\n\nDhanyavaad\nAshok Bhonsle",
     (2025, 9, 26, 10, 0), IST)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); project and invoice given: ask for the reason (C3).")

proj("Chilika Dolphin Cruises", "chilikacruise@gmail.com")
owpay("h31_w21", "OWD-2025-431", "Chilika Dolphin Cruises", "deposit", "18000.00", "3240.00", "2025-09-27T15:00:00")
case("o19-chilika-thread-karan-baad-mein", OWB, "decided", [
    M("Chilika Dolphin Cruises <chilikacruise@gmail.com>", "deposit refund OWD-2025-431",
      "Namaskar, Chilika Dolphin Cruises project ka deposit OWD-2025-431 refund kar dijiye.\nDhanyabad",
      (2025, 9, 28, 9, 0), IST),
    M("Chilika Dolphin Cruises <chilikacruise@gmail.com>", "Re: deposit refund OWD-2025-431 [OWD-1431]",
      "Karan: cyclone warning ke kaaran boat service do mahine band rahegi, abhi website ka kharcha nahi kar sakte.\n\nRabindra Behera, Satapada\n\n> Kripya refund ka karan batayein.",
      (2025, 10, 1, 9, 0), IST)], [R("approve", "18000.00")],
     spec="First mail 2025-09-28 09:00 (18 h after the deposit, no work) lacks the reason; the answer (after 72 h) gives it; request time is the first mail: full 18000.00 (O2, C3).")

proj("Jammu Basmati Traders", "info@jammubasmati.in")
owpay("h31_w22", "OWD-2025-432", "Jammu Basmati Traders", "milestone", "30000.00", "5400.00", "2025-09-20T15:00:00", milestone_status="not_started")
case("o20-rs-pura-upbhokta-adalat", OWB, "decided", [M("Jammu Basmati Traders <info@jammubasmati.in>",
     "milestone refund warna upbhokta adalat",
     "Sir,\n\nJammu Basmati Traders ka milestone OWD-2025-432 ab tak shuru nahi hua, teen hafte ho gaye. Paisa turant wapas karo, "
     "warna hum consumer court (उपभोक्ता अदालत) mein case karenge.\n\nRakesh Khajuria, R.S. Pura",
     (2025, 9, 29, 18, 0), IST)], [R("escalate")], rules=["C4"],
     spec="Consumer court threat: escalate (C4), though O3 alone would approve.")

case("o21-guwahati-auto-reply", OWB, "ignore", [M("Pallavi Bora <pallavi@northeastcrafts.in>",
     "Automatic reply: Homepage draft v2",
     "धन्यवाद। मैं 3 अक्टूबर तक कार्यालय से बाहर हूँ। Thank you, I am out of office till 3 October.",
     (2025, 9, 29, 10, 0), IST, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                                     "In-Reply-To": "<homepage-draft-v2.northeastcrafts@optimawebdesign.com>"})], rules=["C7"],
     spec="Out-of-office (Auto-Submitted: auto-replied): ignore (C7).")

proj("Kota Doria Sarees", "kotadoria@gmail.com")
owpay("h31_w23", "OWD-2025-433", "Kota Doria Sarees", "hosting_annual", "10000.00", "1800.00", "2025-03-01T15:00:00",
      setup_fee="1000.00", service_start="2025-03-01")
case("o22-kaithun-hosting-renew-question", OWB, "other", [M("Kota Doria Sarees <kotadoria@gmail.com>",
     "hosting renew kab?",
     "Namaste,\n\nKota Doria Sarees ki hosting kab renew hogi aur kitna lagega? Aur kya hum 2 email ID aur badha sakte hain? Cancel ya refund ka koi sawal nahi hai, bas jaankari chahiye.\n\n"
     "Salim Ansari, Kaithun",
     (2025, 9, 26, 12, 0), IST)],
     spec="Questions about renewal and email IDs, refund and cancellation negated: other.")

proj("Berbice Rice Mills", "office@berbicerice.gy")
owpay("h31_w24", "OWD-2025-434", "Berbice Rice Mills", "retainer", "10000.00", "1800.00", "2025-09-20T15:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("o23-berbice-not-cancelling", OWB, "other", [M("Berbice Rice Mills <office@berbicerice.gy>",
     "invoice mein naam galat",
     "Namaste Optima,\n\nHum retainer cancel nahi kar rahe, sab theek hai. Sirf invoice OWD-2025-434 pe company ka naam 'Berbice Rice Mill' likha hai, "
     "'Berbice Rice Mills Ltd.' hona chahiye. Naya invoice bhej do.\n\nSavitri Singh\nRose Hall, Berbice, Guyana",
     (2025, 9, 25, 9, 0), TT)],
     spec="Cancellation negated; an invoice correction request: other (section 8 negation).")

proj("Vidarbha Tiger Safaris", "bookings@tadobasafaris.in")
owpay("h31_w25", "OWD-2025-435", "Vidarbha Tiger Safaris", "deposit", "21000.00", "3780.00", "2025-09-28T15:00:00")
case("o24-chandrapur-spaced-invoice", OWB, "decided", [M("Vidarbha Tiger Safaris <bookings@tadobasafaris.in>",
     "deposit owd 2025 435",
     "नमस्ते,\n\nVidarbha Tiger Safaris प्रोजेक्ट का deposit (owd 2025 435) वापस कर दीजिए। Forest department ने इस सीज़न के लिए Tadoba buffer zone की safari permits रोक दी हैं, "
     "इसलिए अभी वेबसाइट का कोई फायदा नहीं।\n\nअमोल गेडाम, चंद्रपुर",
     (2025, 9, 30, 10, 0), IST)], [R("approve", "21000.00")],
     spec="'owd 2025 435' is OWD-2025-435 (section 8); deposit paid 2025-09-28 15:00, request 2025-09-30 10:00 IST (43 h), no work: full 21000.00 (O2).")

case("o25-kota-lo-customer-writes-owd", OWB, "need_info", [M("Vidyapeeth Classes Kota <admin@vidyapeethkota.in>",
     "LeadsOptima refund",
     "Sir, humne LeadsOptima cancel kiya tha fir bhi 21 September ko 1499 kata (LO-INV-32072). Ye galat charge hai, refund kijiye.\n\nAccounts Dept., Vidyapeeth Classes, Kota",
     (2025, 9, 25, 11, 0), IST)], rules=["C2"],
     spec="A LeadsOptima customer writes to the Optima WebDesign inbox: C1 picks Optima, the sender is unknown in its ledger: C2 (section 8 other brand's customer).")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
