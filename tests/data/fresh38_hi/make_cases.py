"""fresh38 Hindi and Hinglish cases (qa38c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh38@mail.example>"
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

SA, SYD, PER, NZ, PK, BD, GH, MY, SCO, CDT, EDT = 120, 600, 480, 780, 300, 360, 0, 480, 60, -300, -240
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ---- checks (used by the cases below) ----
IST = timezone(timedelta(minutes=330))


def ist(when, off):
    return datetime(*when, tzinfo=timezone(timedelta(minutes=off))).astimezone(IST)


def day_n(paid_at, when, off):
    """Calendar days in Asia/Kolkata from a naive IST ledger time to the sender's Date:."""
    return (ist(when, off).date() - datetime.fromisoformat(paid_at).date()).days


def hours_n(paid_at, when, off):
    return (ist(when, off) - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


NOW_IST = datetime(2025, 10, 1, 10, 0, tzinfo=IST)
# ---- end kit ----

IN, EDT, EAT = 330, -240, 180
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")
D = __import__("decimal").Decimal

# ======================= LeadsOptima =======================
cust("rakesh.sinha.coaching@gmail.com", "Rakesh Sinha", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h_p01", "LO-INV-91101", "rakesh.sinha.coaching@gmail.com", "monthly", *Mo, "2025-09-27T11:00:00", "2025-09-27", "2025-10-26")
lopay("h_p02", "LO-INV-91102", "rakesh.sinha.coaching@gmail.com", "monthly", *Mo, "2025-09-27T11:01:00", "2025-09-27", "2025-10-26")
case("l01-patna-do-baar-devanagari", LOB, "decided", [M("राकेश सिन्हा <rakesh.sinha.coaching@gmail.com>",
     "मासिक प्लान का पैसा दो बार कटा",
     "नमस्ते सर,\n\nमैं पटना के बोरिंग रोड पर कोचिंग चलाता हूँ। 27 सितम्बर को सुबह मेरे खाते से LeadsOptima के मासिक प्लान के ₹1,499 "
     "दो बार कट गए, एक मिनट के अंतर पर। रसीद पर दूसरा नंबर LO-INV-91102 है। प्लान एक ही है, इसलिए दूसरा पैसा वापस कर दीजिए।\n\n"
     "धन्यवाद\nराकेश सिन्हा\nसिन्हा क्लासेज़, बोरिंग रोड, पटना",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "1499.00")],
     spec="Two paid monthly charges 2025-09-27, same period; request 2025-09-29 (day 2): refund LO-INV-91102 1499.00 (L4).")

cust("gupta.travels.gaya@rediffmail.com", "Santosh Gupta", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("h_p03", "LO-INV-91111", "gupta.travels.gaya@rediffmail.com", "quarterly", *Q, "2025-09-22T21:00:00", "2025-09-22", "2025-12-21")
lopay("h_p04", "LO-INV-91112", "gupta.travels.gaya@rediffmail.com", "quarterly", *Q, "2025-09-22T21:00:45", "2025-09-22", "2025-12-21")
assert day_n("2025-09-22T21:00:45", (2025, 9, 29, 23, 30), IN) == 7
case("l02-gaya-hinglish-day7", LOB, "decided", [M("Santosh Gupta <gupta.travels.gaya@rediffmail.com>",
     "quarterly plan ka paisa 2 baar kata",
     "namaskar ji\n\nhum Gaya me pind daan yatriyo ke liye travel agency chalate hai. 22 tarikh raat ko quarterly plan ka payment 2 baar kat gaya "
     "hai, LO-INV-91111 aur LO-INV-91112, dono 3999 + GST. abhi raat ko hisaab milate hue dekha. kripya dusra wala wapas kare, aaj 7 din pura hua hai.\n\n"
     "Santosh Gupta\nGupta Tours & Travels, Vishnupad Road, Gaya",
     (2025, 9, 29, 23, 30), IN)], [R("approve", "3999.00")],
     spec="Charges 2025-09-22 21:00 IST; request 2025-09-29 23:30 IST = day 7 (inside, L3): refund the duplicate LO-INV-91112 3999.00 (L4).")

cust("silkmahal.bgp@gmail.com", "Anjali Jha", "annual", start="2025-09-21", end="2026-09-20")
lopay("h_p05", "LO-INV-91121", "silkmahal.bgp@gmail.com", "annual", *A, "2025-09-21T09:00:00", "2025-09-21", "2026-09-20")
lopay("h_p06", "LO-INV-91122", "silkmahal.bgp@gmail.com", "annual", *A, "2025-09-21T09:00:30", "2025-09-21", "2026-09-20")
assert day_n("2025-09-21T09:00:30", (2025, 9, 29, 8, 0), IN) == 8
case("l03-bhagalpur-silk-day8", LOB, "decided", [M("Anjali Jha <silkmahal.bgp@gmail.com>",
     "वार्षिक प्लान - डुप्लीकेट भुगतान",
     "सुप्रभात,\n\nहमारी भागलपुरी सिल्क की दुकान के खाते से 21 सितंबर को वार्षिक प्लान के ₹11,988 दो बार कटे (LO-INV-91121, LO-INV-91122)। "
     "दुर्गा पूजा की भीड़ में देख नहीं पाए, आज हफ्ता भर हुआ है। कृपया दूसरा भुगतान लौटा दें।\n\nअंजलि झा\nसिल्क महल, खलीफाबाग, भागलपुर",
     (2025, 9, 29, 8, 0), IN)], [R("deny")],
     spec="Charges 2025-09-21; request 2025-09-29 08:00 IST = day 8, outside 7 days: deny (L3), though she calls it 'a week'.")

cust("marwar.handicraft.jdh@gmail.com", "Mahendra Bhati", "monthly", start="2025-09-26", end="2026-09-25")
lopay("h_p07", "LO-INV-91131", "marwar.handicraft.jdh@gmail.com", "annual", *A, "2025-09-26T12:30:00", "2025-09-26", "2026-09-25")
LEDGER["customers"][-1]["plan"] = "annual"
case("l04-jodhpur-galat-plan", LOB, "decided", [M("Mahendra Singh Bhati <marwar.handicraft.jdh@gmail.com>",
     "galat plan ka charge - LO-INV-91131",
     "Khamma ghani sa,\n\nhumne monthly plan liya tha lekin 26 sep ko card se annual ka 11,988 kat gaya (LO-INV-91131). ye galat plan ka charge hai, "
     "humne upgrade kabhi nahi kiya. kripya check karke sahi kijiye aur extra paisa lautaiye.\n\nMahendra Singh Bhati\nMarwar Handicrafts, Sojati Gate, Jodhpur",
     (2025, 9, 28, 17, 0), IN)], [R("escalate")],
     spec="'Galat plan ka charge' (charged annual instead of monthly) 2 days after the charge: billing error, escalate with LO-INV-91131 (L5).")

cust("oonbhandar.bikaner@yahoo.in", "Bhanwarlal Kochar", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h_p08", "LO-INV-91141", "oonbhandar.bikaner@yahoo.in", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l05-bikaner-wool-login", LOB, "decided", [M("Bhanwarlal Kochar <oonbhandar.bikaner@yahoo.in>",
     "login nahi ho raha",
     "Namaste,\n\nhamari oon (wool) ki mandi ki dukaan hai Bikaner me. 25 ko paisa bhara, tab se login nahi ho raha, password reset ka mail bhi nahi aata. "
     "aapke chat wale bhai ne 2 din me theek karne ka bola tha, kuch nahi hua. theek nahi ho sakta to paisa wapas kijiye.\n\nBhanwarlal Kochar\nKochar Oon Bhandar, Gangashahar",
     (2025, 9, 28, 12, 0), IN)], [R("escalate")],
     spec="Access failure ('login nahi ho raha') 3 days after the single charge LO-INV-91141 (invoice from the ledger): escalate (L6).")

cust("warden.shivhostel@gmail.com", "Nitin Meena", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h_p09", "LO-INV-91151", "warden.shivhostel@gmail.com", "monthly", *Mo, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
case("l06-kota-hostel-mehenga", LOB, "decided", [M("Nitin Meena <warden.shivhostel@gmail.com>",
     "refund chahiye",
     "Sir,\n\nKota me hamara boys hostel hai (Landmark City ke paas). Is baar admission kam hue, bacche dusre shehar chale gaye, to ye tool hamare liye "
     "bahut mehenga pad raha hai. Is mahine ka 1499 refund kar dijiye, use bhi kam hi kiya hai.\n\nNitin Meena\nShiv Boys Hostel, Kota",
     (2025, 9, 27, 15, 0), IN)], [R("deny")],
     spec="Too expensive / little use is not an L2 exception: refund deny (L1), cancellation offered.")

cust("sharma.sweets.gwl@gmail.com", "Deepak Sharma", "monthly", start="2025-09-12", end="2025-10-11")
lopay("h_p10", "LO-INV-91161", "sharma.sweets.gwl@gmail.com", "monthly", *Mo, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l07-gwalior-cancel-devanagari", LOB, "decided", [M("दीपक शर्मा <sharma.sweets.gwl@gmail.com>",
     "सदस्यता रद्द करें",
     "नमस्कार,\n\nदिवाली के बाद हम दुकान का नया ऑनलाइन ऑर्डर सिस्टम ले रहे हैं, इसलिए LeadsOptima की मासिक सदस्यता बंद कर दीजिए। "
     "बताइए कब तक चलेगी।\n\nदीपक शर्मा\nशर्मा मिष्ठान्न भंडार, लश्कर, ग्वालियर",
     (2025, 9, 30, 13, 0), IN)], [X("cancel", "2025-10-11")],
     spec="Cancellation with a reason: active until current_period_end 2025-10-11 (L8).")

cust("vindhya.tiles.rewa@gmail.com", "Pushpendra Tiwari", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("h_p11", "LO-INV-91171", "vindhya.tiles.rewa@gmail.com", "quarterly", *Q, "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
case("l08-rewa-bacha-paisa-aur-cancel", LOB, "decided", [M("Pushpendra Tiwari <vindhya.tiles.rewa@gmail.com>",
     "plan band karna hai + bache din ka paisa",
     "Pranam,\n\nRewa me hamari tiles ki dukaan hai. Quarterly plan band kar dijiye, hamare area me leads aati hi nahi. Aur October-November ke bache "
     "dino ka paisa wapas kar dijiye, wo to use hi nahi hoga.\n\nPushpendra Tiwari\nVindhya Tiles, Sirmour Chowk, Rewa",
     (2025, 9, 30, 11, 0), IN)], [R("deny"), X("cancel", "2025-11-09")],
     spec="Unused days are not an exception (charge 2025-08-10, outside 7 days too): refund deny (L1/L3); cancel, active until 2025-11-09 (L8).")

cust("bundelkhand.pharma.jhs@gmail.com", "Alok Yadav", "quarterly")
lopay("h_p12", "LO-INV-91181", "bundelkhand.pharma.jhs@gmail.com", "quarterly", *Q, "2025-07-31T18:00:00", None, None)
case("l09-jhansi-fallback-month-end", LOB, "decided", [M("Alok Yadav <bundelkhand.pharma.jhs@gmail.com>",
     "quarterly subscription cancel",
     "Namaste team,\n\nJhansi se bol raha hu. Humari medical agency ka quarterly plan cancel kar dijiye, staff kam hai, leads follow up nahi ho pa rahi. "
     "Last payment 31 July ko hua tha.\n\nAlok Yadav\nBundelkhand Pharma Agencies, Sipri Bazar",
     (2025, 9, 29, 10, 0), IN)], [X("cancel", "2025-10-30")],
     spec="No current_period_end on record: last charge 2025-07-31 + 3 months = 2025-10-31, minus one day = 2025-10-30 (L8 fallback).")

cust("aligarh.locks.export@gmail.com", "Imran Qureshi", "monthly", status="trial", trial_ends="2025-10-05")
case("l10-aligarh-trial", LOB, "decided", [M("Imran Qureshi <aligarh.locks.export@gmail.com>",
     "trial me paise kaise kate?",
     "Namaskar,\n\nHum Aligarh me taale (locks) banate hai. Aapka free trial 21 September ko shuru kiya tha, ab bank ka SMS aaya ki LeadsOptima ne "
     "card verify kiya. Trial me koi paisa nahi lena tha, jo bhi kata hai wapas kijiye.\n\nImran Qureshi\nQureshi Lock Works, Sasni Gate",
     (2025, 9, 28, 16, 0), IN)], [R("deny")],
     spec="Free trial, no charge in the ledger: nothing to refund (L7); the reply says no billing occurs unless he subscribes.")

cust("exports@pitalnagri.co.in", "Vaibhav Agarwal", "annual", start="2025-09-26", end="2026-09-25")
lopay("h_p13", "LO-INV-91191", "exports@pitalnagri.co.in", "annual", *A, "2025-09-26T15:00:00", "2025-09-26", "2026-09-25")
lopay("h_p14", "LO-INV-91192", "exports@pitalnagri.co.in", "annual", *A, "2025-09-26T15:00:20", "2025-09-26", "2026-09-25")
case("l11-moradabad-brass-gmail-c2", LOB, "need_info", [M("Vaibhav Agarwal <vaibhav.agarwal.mbd@gmail.com>",
     "Annual plan - double payment",
     "Namaste,\n\nMain apne personal mail se likh raha hu, office wala mail exports@pitalnagri.co.in hai jis par account bana hai. Hamare brassware "
     "export ke account se annual plan ka payment do baar kat gaya 26 ko, dusra LO-INV-91192 hai. Please refund kar dijiye.\n\nVaibhav Agarwal\n"
     "Pital Nagri Exports, Moradabad",
     (2025, 9, 28, 11, 0), IN)], rules=["C2"],
     spec="Names the registered exports@pitalnagri.co.in but writes from a personal gmail: ask for the request from the registered address (C2).")

cust("accounts@panipathandloom.in", "Sunil Goyal", "monthly", start="2025-09-16", end="2025-10-15")
lopay("h_p15", "LO-INV-91201", "accounts@panipathandloom.in", "monthly", *Mo, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
assert day_n("2025-09-16T10:00:00", (2025, 9, 29, 12, 0), IN) == 13
case("l12-panipat-cancel-ke-baad-charge-late", LOB, "decided", [M("Sunil Goyal <accounts@panipathandloom.in>",
     "Cancel ke baad bhi charge - LO-INV-91201",
     "Sir,\n\nHumne August me hi plan cancel kar diya tha phir bhi 16 September ko 1499 ka charge laga diya (LO-INV-91201). Ye billing galti hai, "
     "paisa wapas kijiye. Hisaab ab jaake dekha, textile ka season chal raha hai.\n\nSunil Goyal\nAccounts, Panipat Handloom House",
     (2025, 9, 29, 12, 0), IN)], [R("deny")],
     spec="'Charged after cancelling' is a billing error, but 2025-09-16 to 2025-09-29 is day 13: outside 7 days, deny (L3).")

cust("purchase@ballabgarhforge.in", "Harish Bhadana", "monthly", start="2025-09-21", end="2025-10-20")
for i, d in enumerate(("21", "23", "28")):
    lopay(f"h_p16{i}", f"LO-INV-9121{i + 1}", "purchase@ballabgarhforge.in", "monthly", *Mo, f"2025-09-{d}T14:00:00", "2025-09-21", "2025-10-20")
assert day_n("2025-09-23T14:00:00", (2025, 9, 30, 9, 0), IN) == 7 and day_n("2025-09-28T14:00:00", (2025, 9, 30, 9, 0), IN) == 2
case("l13-faridabad-teen-baar", LOB, "decided", [M("Harish Bhadana <purchase@ballabgarhforge.in>",
     "एक ही महीने का charge 3 बार",
     "Sir ji,\n\nहमारी forging factory के card से September महीने के monthly plan के ₹1,499 तीन बार कटे हैं - 21, 23 और 28 तारीख को "
     "(LO-INV-91211, LO-INV-91212, LO-INV-91213)। plan एक ही है। 23 और 28 वाले दोनों duplicate हैं, दोनों वापस कीजिए।\n\n"
     "हरीश भड़ाना\nPurchase Dept, Ballabgarh Forge Pvt Ltd, Sector 24 Faridabad",
     (2025, 9, 30, 9, 0), IN)], [R("approve", "2998.00")],
     spec="Three identical paid charges for one period: 09-23 (day 7) and 09-28 (day 2) are duplicates inside the window: 1499.00 x 2 = 2998.00 (sec.8).")

cust("finance@codekaarlabs.in", "Ritika Saxena", "quarterly", start="2025-09-28", end="2025-12-27")
lopay("h_p17", "LO-INV-91221", "finance@codekaarlabs.in", "quarterly", *Q, "2025-09-28T10:00:00", "2025-09-28", "2025-12-27")
lopay("h_p18", "LO-INV-91222", "finance@codekaarlabs.in", "quarterly", *Q, "2025-09-28T10:00:10", "2025-09-28", "2025-12-27")
case("l14-noida-chargeback", LOB, "decided", [M("Ritika Saxena <finance@codekaarlabs.in>",
     "Duplicate charge LO-INV-91222 - urgent",
     "Hi team,\n\nQuarterly plan ka payment do baar deduct hua hai on 28th (LO-INV-91221 & LO-INV-91222). Already 2 baar chat pe bola. "
     "Agar kal tak reverse nahi hua to main apne credit card pe chargeback raise kar dungi, mujhe aur follow up ka time nahi hai.\n\n"
     "Ritika Saxena\nFinance, Codekaar Labs, Sector 62 Noida",
     (2025, 9, 30, 11, 0), IN)], [R("escalate")], rules=["C4"],
     spec="A chargeback threat: escalate (C4), though L4 alone would approve.")

cust("lohia.hardware.asn@gmail.com", "Manoj Lohia", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h_p19", "LO-INV-91231", "lohia.hardware.asn@gmail.com", "monthly", *Mo, "2025-09-27T12:00:00", "2025-09-27", "2025-10-26")
lopay("h_p20", "LO-INV-91232", "lohia.hardware.asn@gmail.com", "monthly", *Mo, "2025-09-27T12:00:40", "2025-09-27", "2025-10-26")
case("l15-asansol-bank-nahi-jaana", LOB, "decided", [M("Manoj Lohia <lohia.hardware.asn@gmail.com>",
     "डबल पेमेंट वापसी",
     "नमस्ते,\n\nआसनसोल से मनोज लोहिया। 27 तारीख को हमारे हार्डवेयर दुकान के खाते से मासिक प्लान का पैसा दो बार कट गया "
     "(LO-INV-91231 और LO-INV-91232)। मैं बैंक में शिकायत या कोई विवाद नहीं करना चाहता, आप सीधे दूसरा वाला लौटा दीजिए।\n\n"
     "मनोज लोहिया\nलोहिया हार्डवेयर, जी.टी. रोड, आसनसोल",
     (2025, 9, 29, 18, 0), IN)], [R("approve", "1499.00")],
     spec="He rules out a bank complaint or dispute: no threat (sec.8 negation). Duplicate day 2: refund LO-INV-91232 1499.00 (L4).")

cust("dhillon.realty.on@gmail.com", "Preeti Chauhan", "monthly", start="2025-09-23", end="2025-10-22")
lopay("h_p21", "LO-INV-91241", "dhillon.realty.on@gmail.com", "monthly", *Mo, "2025-09-23T08:00:00", "2025-09-23", "2025-10-22")
lopay("h_p22", "LO-INV-91242", "dhillon.realty.on@gmail.com", "monthly", *Mo, "2025-09-23T08:00:30", "2025-09-23", "2025-10-22")
assert day_n("2025-09-23T08:00:30", (2025, 9, 30, 14, 0), EDT) == 7
case("l16-mississauga-22-ki-raat", LOB, "decided", [M("Preeti Chauhan <dhillon.realty.on@gmail.com>",
     "charged twice - monthly",
     "Namaste ji,\n\nMississauga (Canada) se likh rahi hu. 22 September ki raat ko, yahan ke time se lagbhag saadhe das baje, mere card se monthly "
     "plan ke 2 charge hue, LO-INV-91241 aur LO-INV-91242. Ek hi plan hai, to dusra wala refund kar dijiye please.\n\nThanks\nPreeti Chauhan\nReal estate agent, Mississauga ON",
     (2025, 9, 30, 14, 0), EDT)], [R("approve", "1499.00")],
     spec="Charges 2025-09-23 08:00 IST (22:30 EDT on the 22nd, as she writes); mail 2025-09-30 14:00 -04:00 = 23:30 IST: day 7, inside: refund 1499.00 (L4).")

cust("patel.spares.mba@gmail.com", "Kiran Patel", "monthly", start="2025-09-22", end="2025-10-21")
lopay("h_p23", "LO-INV-91251", "patel.spares.mba@gmail.com", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
assert day_n("2025-09-22T10:00:00", (2025, 9, 30, 8, 0), EAT) == 8
case("l17-mombasa-login-day8", LOB, "decided", [M("Kiran Patel <patel.spares.mba@gmail.com>",
     "dashboard khul nahi raha",
     "Jambo, namaste,\n\nMombasa se Kiran. 22 tarikh ko payment kiya tha aur 2 din se dashboard khul nahi raha, sirf loading dikhata hai. "
     "please ya to theek karo ya paisa wapas karo.\n\nKiran Patel\nPatel Auto Spares, Digo Road, Mombasa",
     (2025, 9, 30, 8, 0), EAT)], [R("deny")],
     spec="Access failure, but charge 2025-09-22 and request 2025-09-30 10:30 IST = day 8: outside 7 days, deny (L3).")

cust("sachiv.dugdhsangh@gmail.com", "Ramniwas Choudhary", "annual", start="2025-09-24", end="2026-09-23")
lopay("h_p24", "LO-INV-91261", "sachiv.dugdhsangh@gmail.com", "annual", *A, "2025-09-24T11:00:00", "2025-09-24", "2026-09-23")
case("l18-dairy-coop-no-reason", LOB, "need_info", [M("रामनिवास चौधरी <sachiv.dugdhsangh@gmail.com>",
     "धनवापसी हेतु आवेदन",
     "सेवा में,\nLeadsOptima सपोर्ट टीम\n\nविषय: वार्षिक सदस्यता शुल्क की वापसी बाबत\n\nमहोदय,\nनिवेदन है कि हमारी दुग्ध उत्पादक सहकारी समिति "
     "द्वारा 24.09.2025 को जमा वार्षिक शुल्क (चालान LO-INV-91261) वापस करने की कृपा करें। समिति के अध्यक्ष जी का आदेश संलग्न है। "
     "आवश्यक कार्यवाही करें।\n\nभवदीय\nरामनिवास चौधरी\nसचिव, किसान दुग्ध उत्पादक सहकारी समिति",
     (2025, 9, 26, 11, 0), IN)], missing=["reason"],
     spec="Refund asked with the invoice from the registered email, but a chairman's order and 'aavashyak karyavahi karein' are not reasons: ask for the reason (C3, sec.8).")

cust("yogshala.mandore@gmail.com", "Kavita Rathore", "monthly", start="2025-09-19", end="2025-10-18")
lopay("h_p25", "LO-INV-91271", "yogshala.mandore@gmail.com", "monthly", *Mo, "2025-09-19T07:00:00", "2025-09-19", "2025-10-18")
case("l19-yoga-teacher-refund-nahi", LOB, "decided", [M("Kavita Rathore <yogshala.mandore@gmail.com>",
     "subscription band karein",
     "Namaste 🙏\n\nMain Mandore (Jodhpur) me yoga classes leti hu. Navratri ke baad se batches online shift kar rahi hu to ab ye leads wala plan nahi "
     "chahiye. Please cancel kar dijiye. Refund nahi chahiye, jo mahina chal raha hai wo pura use kar lungi.\n\nKavita Rathore\nYogshala Mandore",
     (2025, 9, 30, 7, 30), IN)], [X("cancel", "2025-10-18")],
     spec="'Refund nahi chahiye' adds no refund (sec.8); cancel, active until 2025-10-18 (L8).")

case("l20-gwalior-property-hypothetical", LOB, "other", [M("Sanjay Bhadoria <bhadoria.properties@gmail.com>",
     "annual plan ke baare me",
     "Namaskar,\n\nGwalior me property dealing ka kaam hai. Aapka annual plan lene ki soch raha hu. Agar 2-3 mahine me leads nahi aayi to kya "
     "bache hue mahino ka paisa wapas milega? Pehle clear kar dijiye phir payment karunga.\n\nSanjay Bhadoria\nBhadoria Properties, City Centre",
     (2025, 9, 29, 17, 0), IN)],
     spec="A hypothetical question before buying (sec.8): other.")

cust("bpsingh.nursinghome@gmail.com", "Dr B P Singh", "monthly", start="2025-09-14", end="2025-10-13")
lopay("h_p26", "LO-INV-91281", "bpsingh.nursinghome@gmail.com", "monthly", *Mo, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("l21-rewa-out-of-office", LOB, "ignore", [M("Dr B P Singh <bpsingh.nursinghome@gmail.com>",
     "स्वचालित उत्तर: आपका LeadsOptima बिल",
     "नमस्कार, मैं 5 अक्टूबर तक अवकाश पर हूँ। भुगतान, रद्दीकरण या धनवापसी के मामलों के लिए कृपया मेरे लौटने की प्रतीक्षा करें। "
     "आपात स्थिति में नर्सिंग होम के रिसेप्शन पर संपर्क करें।",
     (2025, 9, 29, 9, 0), IN, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied out-of-office from the registered address: ignore (C7), though it mentions cancellation and refund.")

cust("director@gyandeepacademy.in", "Prabhat Ranjan", "monthly", start="2025-09-25", end="2025-10-24")
for i, m in enumerate(("07", "08", "09")):
    lopay(f"h_p27{i}", f"LO-INV-9129{i + 1}", "director@gyandeepacademy.in", "monthly", *Mo, f"2025-{m}-25T10:00:00", f"2025-{m}-25", None)
case("l22-patna-coaching-no-invoice", LOB, "need_info", [M("Prabhat Ranjan <director@gyandeepacademy.in>",
     "platform not loading",
     "Respected Sir,\n\nHamare institute ka LeadsOptima account 2 din se open nahi ho raha, dashboard not loading, sirf white screen aati hai. "
     "Admission season chal raha hai, bahut nuksan ho raha hai. Hamara payment wapas karne ki kripa karein.\n\nPrabhat Ranjan\nDirector, Gyandeep Academy, Kankarbagh, Patna",
     (2025, 9, 28, 10, 0), IN)], missing=["invoice_number"],
     spec="Access failure with a reason, from the registered email, but three monthly payments on record (Jul/Aug/Sep) and no invoice named: ask for the invoice number (C3).")

cust("magadh.marbles@gmail.com", "Vikash Kumar", "monthly", start="2025-09-28", end="2025-10-27")
lopay("h_p28", "LO-INV-91301", "magadh.marbles@gmail.com", "monthly", *Mo, "2025-09-28T16:00:00", "2025-09-28", "2025-10-27")
lopay("h_p29", "LO-INV-91302", "magadh.marbles@gmail.com", "monthly", *Mo, "2025-09-28T16:00:25", "2025-09-28", "2025-10-27")
case("l23-gaya-thread-reason", LOB, "decided", [
    M("Vikash Kumar <magadh.marbles@gmail.com>", "refund LO-INV-91302",
      "Sir LO-INV-91302 ka refund kar dijiye.\n\nVikash\nMagadh Marbles, Gaya", (2025, 9, 29, 11, 0), IN),
    M("Vikash Kumar <magadh.marbles@gmail.com>", "Re: refund LO-INV-91302",
      "Karan ye hai ki ek hi plan ka paisa do baar kat gaya 28 ko, 91301 aur 91302. Isliye 91302 wapas chahiye.\n\nVikash\n\n> Kripya refund ka karan batayein.",
      (2025, 9, 29, 15, 0), IN)], [R("approve", "1499.00")],
    spec="Thread: the first mail lacks the reason; the answer gives it (paid twice on the 28th): duplicate day 1, refund LO-INV-91302 1499.00 (C3, L4).")

cust("it.admin@sankhyasoft.in", "Gaurav Bansal", "annual", start="2025-05-05", end="2026-05-04")
lopay("h_p30", "LO-INV-91311", "it.admin@sankhyasoft.in", "annual", *A, "2025-05-05T10:00:00", "2025-05-05", "2026-05-04")
case("l24-noida-hindi-outlook-forward-c2", LOB, "need_info", [M("Shalini Verma <shalini.verma@sankhyasoft.in>",
     "अग्रेषित: LeadsOptima plan band karna",
     "Hi team, neeche Gaurav sir ka mail hai, unki taraf se main bhej rahi hu. Annual plan cancel kar dijiye.\n\nShalini Verma\nAdmin Executive\n\n"
     "________________________________\nप्रेषक: Gaurav Bansal <it.admin@sankhyasoft.in>\nभेजा गया: सोमवार, 29 सितंबर 2025 10:05 पूर्वाह्न\n"
     "प्रति: Shalini Verma <shalini.verma@sankhyasoft.in>\nविषय: LeadsOptima plan band karna\n\nShalini, LeadsOptima ka annual plan band karwa do, "
     "ab sales team company ka apna CRM hi use karti hai. Thanks",
     (2025, 9, 29, 11, 30), IN)], rules=["C2"],
     spec="Hindi Outlook forward by the admin, carrying the registered it.admin@sankhyasoft.in: the request must come from that address (sec.8 Forwards, C2).")

cust("sales@shreeshyamauto.in", "Naresh Dalal", "annual", start="2025-04-20", end="2026-04-19")
lopay("h_p31", "LO-INV-91321", "sales@shreeshyamauto.in", "annual", *A, "2025-04-20T10:00:00", "2025-04-20", "2026-04-19")
case("l25-faridabad-html-cancel", LOB, "decided", [M("Naresh Dalal <sales@shreeshyamauto.in>",
     "Cancellation of annual plan", "",
     (2025, 9, 29, 16, 0), IN,
     html="<div dir=\"ltr\"><p>नमस्ते,</p><p>हमारी auto parts factory की marketing अब parent company देखेगी, इसलिए <b>LeadsOptima का annual plan "
     "cancel कर दीजिए</b>। बाकी period तक चलने दीजिए।</p><p>धन्यवाद,<br>नरेश डलाल<br>Shree Shyam Auto Components, Sector 6, Faridabad</p></div>")],
     [X("cancel", "2026-04-19")],
     spec="HTML-only mixed-script mail: cancellation with a reason, active until current_period_end 2026-04-19 (L8).")

cust("rajeev.mishra.jhs@gmail.com", "Rajeev Mishra", "monthly", start="2025-09-18", end="2025-10-17")
lopay("h_p32", "LO-INV-91331", "rajeev.mishra.jhs@gmail.com", "monthly", *Mo, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l26-jhansi-rediff-unknown", LOB, "need_info", [M("Rajeev Mishra <rajeev.mishra.jhs@rediffmail.com>",
     "plan cancel kare",
     "namaste, mera leadsoptima wala monthly plan cancel kar do, coaching band kar raha hu. dhanyavad\nRajeev Mishra, Jhansi",
     (2025, 9, 30, 9, 0), IN)], rules=["C2"],
     spec="rajeev.mishra.jhs@rediffmail.com is not the registered rajeev.mishra.jhs@gmail.com (addresses compare whole) and names none: unknown sender, C2.")

cust("tussar.ghar@gmail.com", "Neha Kumari", "monthly", start="2025-09-20", end="2025-10-19")
lopay("h_p33", "LO-INV-91341", "tussar.ghar@gmail.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l27-bhagalpur-dhanyavad", LOB, "other", [M("नेहा कुमारी <tussar.ghar@gmail.com>",
     "Re: आपका रिफंड",
     "जी धन्यवाद, अगस्त वाला डबल पेमेंट का पैसा आज खाते में आ गया। आप लोगों ने जल्दी काम किया। बस यही बताना था।\n\nनेहा\nटसर घर, भागलपुर",
     (2025, 9, 30, 12, 0), IN)],
     spec="A thank-you for a past refund asks for nothing: other (sec.8 past events).")

cust("kota.pgstay@gmail.com", "Hemant Nagar", "quarterly", start="2025-07-15", end="2025-10-14")
lopay("h_p34", "LO-INV-91351", "kota.pgstay@gmail.com", "quarterly", *Q, "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
case("l28-kota-gst-invoice-only", LOB, "other", [M("Hemant Nagar <kota.pgstay@gmail.com>",
     "GST invoice chahiye",
     "Namaste,\n\nRefund ya cancel kuch nahi karna hai, plan chalne dijiye. Bas July wale payment (LO-INV-91351) ka GST invoice hamare GSTIN ke saath "
     "bhej dijiye, CA maang raha hai.\n\nHemant Nagar\nNagar PG Stay, Rajeev Gandhi Nagar, Kota",
     (2025, 9, 29, 14, 0), IN)],
     spec="Refund and cancellation ruled out; a GST invoice request: other.")

cust("brassmart.mbd@gmail.com", "Farhan Siddiqui", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("h_p35", "LO-INV-91361", "brassmart.mbd@gmail.com", "quarterly", "4999.00", "899.82", "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
case("l29-moradabad-zyada-paise", LOB, "decided", [M("Farhan Siddiqui <brassmart.mbd@gmail.com>",
     "zyada paise kaate - LO-INV-91361",
     "Assalam-o-alaikum / namaste ji,\n\nQuarterly plan ki keemat website par 3,999 likhi thi, lekin 27 tarikh ko chaar hazaar nau sau ninyanave rupaye "
     "(4,999 + GST) kaate gaye, invoice LO-INV-91361. Zyada paise kaate hain, farak wapas kijiye.\n\nFarhan Siddiqui\nBrass Mart, Moradabad",
     (2025, 9, 29, 13, 0), IN)], [R("escalate")],
     spec="An overcharge ('zyada paise kaate', 4,999 instead of 3,999) 2 days after the charge: billing error, escalate with LO-INV-91361 (L5).")

cust("anand.tutors.ca@gmail.com", "Anand Prakash", "monthly", start="2025-09-08", end="2025-10-07")
lopay("h_p36", "LO-INV-91371", "anand.tutors.ca@gmail.com", "monthly", *Mo, "2025-09-08T20:00:00", "2025-09-08", "2025-10-07")
case("l30-mississauga-cancel", LOB, "decided", [M("Anand Prakash <anand.tutors.ca@gmail.com>",
     "Cancel monthly plan",
     "Namaste,\n\nBrampton wali branch band ho gayi hai aur Mississauga me students word of mouth se hi aa rahe hai, isliye monthly plan cancel kar "
     "dijiye. Current month khatam hone tak chalne dein.\n\nAnand Prakash\nAnand Tutors, Mississauga",
     (2025, 9, 29, 21, 0), EDT)], [X("cancel", "2025-10-07")],
     spec="Cancellation with a reason: active until current_period_end 2025-10-07 (L8).")

cust("shah.hardware.mba@gmail.com", "Jayesh Shah", "monthly", start="2025-09-29", end="2025-10-28")
lopay("h_p37", "LO-INV-91381", "shah.hardware.mba@gmail.com", "monthly", *Mo, "2025-09-29T12:00:00", "2025-09-29", "2025-10-28")
lopay("h_p38", "LO-INV-91382", "shah.hardware.mba@gmail.com", "monthly", *Mo, "2025-09-29T12:00:30", "2025-09-29", "2025-10-28")
case("l31-mombasa-double-and-cancel", LOB, "decided", [M("Jayesh Shah <shah.hardware.mba@gmail.com>",
     "do kaam - refund aur cancel",
     "Namaste,\n\n1. Kal monthly plan ka payment do baar hua, LO-INV-91381 aur LO-INV-91382. Dusra wapas kijiye.\n2. Aur plan bhi cancel kar dijiye, "
     "Mombasa me humare customers phone aur dukaan par hi aate hai, leads ka fayda nahi hua.\n\nJayesh Shah\nShah Hardware, Biashara Street, Mombasa",
     (2025, 9, 30, 9, 0), EAT)], [R("approve", "1499.00"), X("cancel", "2025-10-28")],
     spec="Duplicate day 1: refund LO-INV-91382 1499.00 (L4); cancellation: active until 2025-10-28 (L8).")

case("l32-panipat-mailing-list", LOB, "ignore", [M("Haryana Vyapar Mandal Samachar <samachar@vyaparmandal-news.in>",
     "साप्ताहिक समाचार: GST रिफंड और सॉफ्टवेयर सदस्यता रद्द करने के नियम",
     "प्रिय सदस्य,\n\nइस सप्ताह: व्यापारियों के लिए GST रिफंड की नई प्रक्रिया, और सॉफ्टवेयर सदस्यता कैसे रद्द करें। सदस्यता छोड़ने के लिए यहाँ क्लिक करें।",
     (2025, 9, 29, 7, 0), IN, hdr={"List-Id": "Vyapar Mandal Samachar <samachar.vyaparmandal-news.in>", "Precedence": "list"})], rules=["C7"],
     spec="A mailing list (List-Id, Precedence: list): ignore (C7).")

cust("burnpur.electricals@gmail.com", "Subhash Agarwal", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h_p39", "LO-INV-91391", "burnpur.electricals@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l33-asansol-consumer-forum", LOB, "decided", [M("सुभाष अग्रवाल <burnpur.electricals@gmail.com>",
     "पैसा वापस करो वरना consumer forum",
     "आपका सॉफ्टवेयर हमारे किसी काम का नहीं निकला, एक भी ढंग की लीड नहीं आई। 26 तारीख को दिए ₹1,499 (LO-INV-91391) वापस कीजिए, "
     "नहीं तो मैं consumer forum में शिकायत दर्ज करूँगा।\n\nसुभाष अग्रवाल\nबर्नपुर इलेक्ट्रिकल्स, आसनसोल",
     (2025, 9, 28, 19, 0), IN)], [R("escalate")], rules=["C4"],
     spec="A consumer forum threat: escalate (C4), though L1 alone would deny (no useful leads is not an exception).")

cust("sodhani.tours.jdh@gmail.com", "Ravi Sodhani", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h_p40", "LO-INV-91401", "sodhani.tours.jdh@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("h_p41", "LO-INV-91402", "sodhani.tours.jdh@gmail.com", "monthly", *Mo, "2025-09-25T10:00:30", "2025-09-25", "2025-10-24", status="refunded")
case("l34-jodhpur-pehle-hi-refunded", LOB, "decided", [M("Ravi Sodhani <sodhani.tours.jdh@gmail.com>",
     "double payment ka refund LO-INV-91402",
     "Namaste,\n\n25 September ko monthly ka payment 2 baar hua tha. Dusre wale LO-INV-91402 ka refund abhi tak account me nahi dikha, kripya refund "
     "kijiye.\n\nRavi Sodhani\nSodhani Desert Tours, Jodhpur",
     (2025, 9, 28, 10, 0), IN)], [R("escalate")],
     spec="LO-INV-91402 is already 'refunded' in the ledger: a refund of a payment not paid is escalated (sec.8); no pair of paid charges (L4).")

cust("vindhyaclinic.rewa@gmail.com", "Dr Sunita Patel", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h_p42", "LO-INV-91411", "vindhyaclinic.rewa@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l35-rewa-clinic-access", LOB, "decided", [M("डॉ. सुनीता पटेल <vindhyaclinic.rewa@gmail.com>",
     "अकाउंट में लॉगिन नहीं हो रहा",
     "नमस्कार,\n\nहमारे दंत चिकित्सालय का LeadsOptima अकाउंट परसों से नहीं खुल रहा, लॉगिन नहीं हो रहा, हर बार 'session expired' लिखा आता है। "
     "आपकी सहायता टीम को दो बार लिखा, हल नहीं हुआ। 26 तारीख़ को भुगतान किया था, यदि ठीक न हो तो राशि लौटा दें।\n\nडॉ. सुनीता पटेल\nविंध्य डेंटल क्लिनिक, रीवा",
     (2025, 9, 30, 10, 0), IN)], [R("escalate")],
     spec="Access failure unresolved by support, 4 days after the single charge LO-INV-91411: escalate (L6).")

cust("maheshwari.locks@gmail.com", "Pankaj Maheshwari", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h_p43", "LO-INV-91421", "maheshwari.locks@gmail.com", "monthly", *Mo, "2025-08-26T10:00:00", "2025-08-26", "2025-09-25")
lopay("h_p44", "LO-INV-91422", "maheshwari.locks@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l36-aligarh-renewal-not-double", LOB, "decided", [M("Pankaj Maheshwari <maheshwari.locks@gmail.com>",
     "ek hi plan ke do baar paise",
     "Namaste,\n\nHumne sirf ek monthly plan liya hai phir bhi 26 September ko fir se 1499 kaat liye (LO-INV-91422), pehle bhi ek baar kata tha. "
     "Ek hi plan ke do baar paise kyu? Ye dusra wala wapas kijiye.\n\nPankaj Maheshwari\nMaheshwari Lock House, Aligarh",
     (2025, 9, 28, 12, 0), IN)], [R("escalate")],
     spec="Duplicate claimed for LO-INV-91422 (day 2), but the earlier charge is the August period: no pair of same-period charges in the ledger: escalate (L4).")

case("l37-patna-optima-client-wrong-inbox", LOB, "need_info", [M("Amit Singh <owner@patliputrapaints.in>",
     "बुकिंग राशि के बारे में",
     "नमस्कार,\n\nPatliputra Paints Online की वेबसाइट की बुकिंग राशि (OWD-2025-401) वापस कर दीजिए, घर में बीमारी के कारण अभी काम नहीं करवा पाएँगे। सुबह वाला मेल शायद गलत पते पर चला गया था।\n\nअमित सिंह",
     (2025, 9, 30, 18, 0), IN)], rules=["C2"],
     spec="The case's brand is leadsoptima: the mail is addressed To support@leadsoptima.com and the harness routes by that address (C1, no --brand). The sender is the Optima WebDesign contract email of Patliputra Paints Online (o01), unknown in LeadsOptima's ledger, which is the only one searched: treated as any unknown sender, C2 need_info, nothing about the Optima deposit (sec.8 'The other brand's customer').")

cust("angika.books.bgp@gmail.com", "Sudhir Mandal", "monthly", start="2025-09-15", end="2025-10-14")
lopay("h_p45", "LO-INV-91431", "angika.books.bgp@gmail.com", "monthly", *Mo, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l38-bhagalpur-cancel-upbhokta-adalat", LOB, "decided", [M("सुधीर मंडल <angika.books.bgp@gmail.com>",
     "प्लान तुरंत बंद करो",
     "तीन बार फोन किया, कोई जवाब नहीं। हमारी किताब दुकान का मासिक प्लान तुरंत बंद कीजिए, एक भी काम की लीड नहीं आई। अगर अगले महीने फिर पैसा "
     "कटा तो सीधे उपभोक्ता अदालत में मामला दर्ज करूँगा।\n\nसुधीर मंडल\nअंगिका बुक डिपो, भागलपुर",
     (2025, 9, 30, 16, 0), IN)], [X("escalate")], rules=["C4"],
     spec="A consumer court threat escalates every intent, the cancellation included (C4, sec.8); no refund is asked.")

# ======================= Optima WebDesign =======================
proj("Patliputra Paints Online", "owner@patliputrapaints.in", None)
owpay("h_w01", "OWD-2025-401", "Patliputra Paints Online", "deposit", "30000.00", "5400.00", "2025-09-28T11:00:00")
assert 0 < hours_n("2025-09-28T11:00:00", (2025, 9, 30, 10, 0), IN) < 72
case("o01-patna-deposit-in-time", OWB, "decided", [M("अमित सिंह <owner@patliputrapaints.in>",
     "Refund Request — Patliputra Paints Online / OWD-2025-401",
     "नमस्कार,\n\nपरसों हमने वेबसाइट के लिए बुकिंग राशि ₹35,400 (GST सहित) जमा की थी, चालान OWD-2025-401। घर में अचानक बीमारी के कारण "
     "अभी यह काम शुरू नहीं कर पाएँगे। कृपया बुकिंग राशि वापस कर दें।\n\nअमित सिंह\nपाटलिपुत्र पेंट्स, पटना",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "30000.00")],
     spec="Deposit paid 2025-09-28 11:00, request 2025-09-30 10:00 IST (47 h), no work: full refund 30000.00 before tax (O2); the 35,400 quoted includes GST (C6).")

proj("Bodhgaya Monastery Stay", "booking@bodhgayastay.in", None)
owpay("h_w02", "OWD-2025-402", "Bodhgaya Monastery Stay", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00")
assert hours_n("2025-09-26T10:00:00", (2025, 9, 29, 11, 0), IN) == 73
case("o02-gaya-deposit-73h", OWB, "decided", [M("Tenzin Dorjee <booking@bodhgayastay.in>",
     "advance wapas chahiye",
     "Namaste ji,\n\nBodhgaya Monastery Stay ki website ke liye 26 tarikh subah 10 baje advance diya tha (OWD-2025-402). Trust ne budget rok diya hai, "
     "isliye website abhi nahi banwani. Advance lauta dijiye, teen din hi hue hain.\n\nTenzin Dorjee\nManager",
     (2025, 9, 29, 11, 0), IN)], [R("deny")],
     spec="Deposit paid 2025-09-26 10:00, request 2025-09-29 11:00 IST = 73 h: after 72 hours, deny (O2).")

proj("Jodhana Haveli Homestay", "stay@jodhanahaveli.in", None)
owpay("h_w03", "OWD-2025-403", "Jodhana Haveli Homestay", "discovery", "10000.00", "1800.00", "2025-09-22T10:00:00")
case("o03-jodhpur-discovery-not-started", OWB, "decided", [M("Kunal Purohit <stay@jodhanahaveli.in>",
     "strategy fee refund OWD-2025-403",
     "Khamma ghani,\n\nJodhana Haveli Homestay ke liye discovery/strategy fee bhari thi (OWD-2025-403). Abhi tak koi meeting nahi hui. Haveli ki "
     "marammat ka kaam lamba khinch gaya hai, to ye project agle saal karenge. Fee refund kar dijiye.\n\nKunal Purohit",
     (2025, 9, 29, 12, 0), IN)], [R("approve", "10000.00")],
     spec="Discovery fee, no session started (work_started_at empty): full refund 10000.00 (O1).")

proj("Bikaner Oon Udyog", "info@bikaneroon.in", "2025-09-20T15:00:00")
owpay("h_w04", "OWD-2025-404", "Bikaner Oon Udyog", "discovery", "12000.00", "2160.00", "2025-09-15T10:00:00")
case("o04-bikaner-wool-discovery-held", OWB, "decided", [M("भंवरलाल सेठिया <info@bikaneroon.in>",
     "स्ट्रेटेजी फीस वापसी - OWD-2025-404",
     "नमस्ते,\n\n20 तारीख को आपके साथ ऊन उद्योग की वेबसाइट पर एक मीटिंग हुई थी, पर उसमें हमारे काम की बात कम हुई। हम आगे नहीं बढ़ना चाहते, "
     "Bikaner Oon Udyog की strategy fee (OWD-2025-404) लौटा दीजिए।\n\nभंवरलाल सेठिया",
     (2025, 9, 29, 12, 0), IN)], [R("deny")],
     spec="The discovery session took place on 2025-09-20 (work_started): deny (O1).")

proj("Kota Hostel Finder", "admin@kotahostelfinder.in", "2025-08-20T10:00:00")
owpay("h_w05a", "OWD-2025-405", "Kota Hostel Finder", "deposit", "25000.00", "4500.00", "2025-08-15T10:00:00")
owpay("h_w05b", "OWD-2025-406", "Kota Hostel Finder", "milestone", "45000.00", "8100.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o05-kota-milestone-not-started", OWB, "decided", [M("Rohit Gurjar <admin@kotahostelfinder.in>",
     "Milestone 3 (payment gateway) refund - OWD-2025-406",
     "Hello team,\n\nKota Hostel Finder me payment gateway wala milestone (OWD-2025-406) hata rahe hai, hostel owners online rent lena hi nahi chahte. "
     "Us par kaam shuru nahi hua hai, to uska paisa wapas kar dijiye. Baaki kaam chalta rahe.\n\nRohit Gurjar",
     (2025, 9, 29, 15, 0), IN)], [R("approve", "45000.00")],
     spec="Milestone OWD-2025-406 not_started: refund its amount 45000.00 before tax (O3).")

proj("Gwalior Stone Crafts", "sales@gwaliorstone.in", "2025-08-01T10:00:00")
owpay("h_w06", "OWD-2025-407", "Gwalior Stone Crafts", "milestone", "38000.00", "6840.00", "2025-09-12T10:00:00", milestone_status="in_progress")
case("o06-gwalior-milestone-in-progress", OWB, "decided", [M("Yashwant Tomar <sales@gwaliorstone.in>",
     "catalogue milestone ka refund",
     "Namaskar,\n\nGwalior Stone Crafts ke product catalogue wale milestone (OWD-2025-407) ka jo hissa abhi bana nahi hai uska paisa wapas chahiye. "
     "Export order ruk gaye hain, itna bada catalogue ab nahi chahiye.\n\nYashwant Tomar",
     (2025, 9, 29, 11, 0), IN)], [R("escalate")],
     spec="Milestone in_progress: the value of work not started needs a person: escalate (O3).")

proj("Rewa Safed Sher Tours", "tours@rewasafedsher.in", "2025-07-01T10:00:00")
owpay("h_w07", "OWD-2025-408", "Rewa Safed Sher Tours", "milestone", "32000.00", "5760.00", "2025-09-01T10:00:00", milestone_status="completed")
case("o07-rewa-milestone-completed", OWB, "decided", [M("Arvind Shukla <tours@rewasafedsher.in>",
     "design milestone refund",
     "Pranam,\n\nRewa Safed Sher Tours ki website ka design milestone (OWD-2025-408) pura ho gaya tha, par ab humein naya logo banwana hai to wo design "
     "bekaar ho gaya. Uska paisa lauta dijiye.\n\nArvind Shukla",
     (2025, 9, 28, 13, 0), IN)], [R("deny")],
     spec="Milestone completed: non-refundable (O3/O6).")

proj("Jhansi Rani Handloom", "orders@jhansiranihandloom.in", "2025-04-01T10:00:00")
owpay("h_w08", "OWD-2025-409", "Jhansi Rani Handloom", "retainer", "8000.00", "1440.00", "2025-09-16T10:00:00",
      period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16")
case("o08-jhansi-retainer-notice-ok", OWB, "decided", [M("सीमा श्रीवास्तव <orders@jhansiranihandloom.in>",
     "मासिक रिटेनर बंद करें - OWD-2025-409",
     "नमस्ते,\n\nJhansi Rani Handloom का मासिक retainer बंद कर दीजिए। अब हमारी बेटी खुद वेबसाइट संभालेगी, उसने कोर्स कर लिया है।\n\nसीमा श्रीवास्तव",
     (2025, 9, 30, 12, 0), IN)], [X("cancel", "2025-10-15")],
     spec="Retainer, next billing 2025-10-16; request 2025-09-30 <= 2025-10-09: notice enough, effective 2025-10-15 (O4/O8).")

proj("Aligarh Taala Bazaar", "info@aligarhtaala.in", "2025-05-01T10:00:00")
owpay("h_w09", "OWD-2025-410", "Aligarh Taala Bazaar", "retainer", "6500.00", "1170.00", "2025-09-04T10:00:00",
      period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
case("o09-aligarh-retainer-short-notice", OWB, "decided", [M("Shakeel Ahmad <info@aligarhtaala.in>",
     "retainer cancel karna hai",
     "Namaste,\n\nAligarh Taala Bazaar ka monthly retainer (OWD-2025-410) cancel kar dijiye. Hum apna online store ek marketplace par le ja rahe hai, "
     "alag website ki zaroorat nahi.\n\nShakeel Ahmad",
     (2025, 9, 29, 16, 0), IN)], [X("cancel", "2025-11-03")],
     spec="Next billing 2025-10-04; request 2025-09-29 is after 2025-09-27 (7 days before): next cycle 2025-10-04..2025-11-03 is billed, effective 2025-11-03 (O4).")

proj("Moradabad Brass Emporium", "export@mbdbrassemporium.in", None)
owpay("h_w10", "OWD-2025-411", "Moradabad Brass Emporium", "hosting_annual", "13800.00", "2484.00", "2025-09-20T10:00:00",
      setup_fee="1500.00", service_start="2025-09-23")
amt = D("13800.00") - D("1500.00") - (D("13800.00") - D("1500.00")) / 12
assert amt == D("11275.00")
case("o10-moradabad-hosting-prorata", OWB, "decided", [M("Salman Ansari <export@mbdbrassemporium.in>",
     "hosting plan cancel + refund",
     "Namaste team,\n\nHamare buyer ne kaha hai ki website unke B2B portal par hi rahegi, isliye Moradabad Brass Emporium ka annual hosting plan "
     "(OWD-2025-411) cancel karke niyam ke hisaab se jo refund banta hai wo de dijiye. Hosting 23 tarikh se shuru hui thi.\n\nSalman Ansari",
     (2025, 9, 30, 14, 0), IN)], [R("approve", "11275.00")], extra_ok=True,
     spec="Hosting started 2025-09-23, request 2025-09-30 (day 7): 13800 - 1500 - (12300/12 = 1025) x 1 = 11275.00 (O5); his cancellation is harmless (extra_ok).")

proj("Panipat Blanket House", "accounts@panipatblanket.in", None)
owpay("h_w11", "OWD-2025-412", "Panipat Blanket House", "maintenance_annual", "9999.00", "1799.82", "2025-09-27T10:00:00",
      setup_fee="999.00", service_start="2025-10-10")
amt = (D("9999.00") - D("999.00") - (D("9999.00") - D("999.00")) / 12).quantize(D("0.01"))
assert amt == D("8250.00")
case("o11-panipat-maintenance-before-start", OWB, "decided", [M("Ashok Jindal <accounts@panipatblanket.in>",
     "maintenance plan ka refund - OWD-2025-412",
     "Sir,\n\nPanipat Blanket House ka annual maintenance plan (OWD-2025-412) 27 ko liya tha, 10 October se shuru hona tha. Ab hamara IT wala ladka khud "
     "maintenance sambhalega, to ye plan cancel karke refund dijiye.\n\nAshok Jindal\nAccounts",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "8250.00")], extra_ok=True,
     spec="Before service start consumed_months is 1 (sec.8): 9999 - 999 - (9000/12 = 750) x 1 = 8250.00 (O5); his cancellation is harmless (extra_ok).")

proj("Faridabad Fasteners", "it@faridabadfasteners.in", "2025-08-01T10:00:00")
owpay("h_w12", "OWD-2025-413", "Faridabad Fasteners", "third_party", "4200.00", "756.00", "2025-09-25T10:00:00")
case("o12-faridabad-ssl", OWB, "decided", [M("Vinod Chauhan <it@faridabadfasteners.in>",
     "SSL certificate refund",
     "Hi,\n\nFaridabad Fasteners ke liye aapne SSL certificate ka 4,200 + GST liya (OWD-2025-413). Hamare hosting provider ne free SSL de diya hai, "
     "to ye wala refund kar dijiye.\n\nVinod Chauhan, IT",
     (2025, 9, 29, 10, 0), IN)], [R("deny")],
     spec="An SSL certificate is a third-party fee: non-refundable (O6).")

proj("Noida Kitchen Studio", "founder@noidakitchenstudio.in", None)
owpay("h_w13", "OWD-2025-414", "Noida Kitchen Studio", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
case("o13-noida-personal-c2", OWB, "need_info", [M("Akshay Malhotra <akshay.malhotra91@gmail.com>",
     "Noida Kitchen Studio - deposit refund",
     "Hi,\n\nMain Noida Kitchen Studio ka founder hu, contract founder@noidakitchenstudio.in se hua hai par wo mail phone me login nahi hai abhi. "
     "Investor ne funding hold kar di hai, isliye deposit OWD-2025-414 refund kar dijiye.\n\nAkshay",
     (2025, 9, 30, 10, 0), IN)], rules=["C2"],
     spec="Written from a personal gmail naming the contract email: ask for the request from the contract address (C2).")

proj("Asansol Coal Logistics", "admin@asansolcoallogistics.in", "2025-09-10T10:00:00")
owpay("h_w14", "OWD-2025-415", "Asansol Coal Logistics", "milestone", "50000.00", "9000.00", "2025-09-15T10:00:00", milestone_status="completed")
case("o14-asansol-vakil", OWB, "decided", [M("राजेश बर्णवाल <admin@asansolcoallogistics.in>",
     "milestone भुगतान वापसी - OWD-2025-415",
     "आपने जो ट्रैकिंग पेज बनाया (OWD-2025-415) वह हमारे किसी काम का नहीं है, ट्रकों की लोकेशन गलत दिखाता है। पूरा भुगतान वापस कीजिए। "
     "मैंने यह मामला अपने वकील को भेज दिया है।\n\nराजेश बर्णवाल\nAsansol Coal Logistics",
     (2025, 9, 29, 17, 0), IN)], [R("escalate")], rules=["C4"],
     spec="The customer has sent the matter to his lawyer ('vakil'): C4 escalate, though the completed milestone alone would be denied.")

proj("Chauhan Immigration Services", "info@chauhanimmigration.ca", "2025-06-01T10:00:00")
owpay("h_w15", "OWD-2025-416", "Chauhan Immigration Services", "retainer", "11000.00", "1980.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
case("o15-mississauga-retainer-no-reason", OWB, "need_info", [M("Harpreet Chauhan <info@chauhanimmigration.ca>",
     "retainer cancel",
     "Namaste,\n\nChauhan Immigration Services ka monthly retainer cancel kar dijiye, invoice OWD-2025-416. Confirm kar dena please.\n\nHarpreet",
     (2025, 9, 29, 19, 0), EDT)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (sec.8); none given: ask for the reason (C3).")

proj("Mombasa Spice Traders", "jay@mombasaspice.co.ke", "2025-07-01T10:00:00")
proj("Mombasa Spice Wholesale", "jay@mombasaspice.co.ke", "2025-08-01T10:00:00")
owpay("h_w16a", "OWD-2025-417", "Mombasa Spice Traders", "milestone", "18000.00", "3240.00", "2025-09-19T10:00:00", milestone_status="not_started")
owpay("h_w16b", "OWD-2025-418", "Mombasa Spice Wholesale", "milestone", "26000.00", "4680.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o16-mombasa-which-project", OWB, "need_info", [M("Jayant Thakkar <jay@mombasaspice.co.ke>",
     "refund chahiye",
     "Namaste,\n\nHumare Dubai wale supplier ne apna online order system de diya hai, isliye jo kaam abhi shuru nahi hua uska paisa wapas chahiye. "
     "Bataiye kya karna hai.\n\nJayant Thakkar, Mombasa",
     (2025, 9, 29, 10, 0), EAT)], missing=["invoice_number", "project_name"],
     spec="Contract sender with two projects, each with a not-started milestone, neither project nor invoice named: ask for project_name and invoice_number (C3).")

proj("Saras Dugdh Sahkari Portal", "sachiv@sarasdugdh.in", "2025-03-01T10:00:00")
owpay("h_w17", "OWD-2025-419", "Saras Dugdh Sahkari Portal", "retainer", "7500.00", "1350.00", "2025-09-14T10:00:00",
      period_start="2025-09-14", period_end="2025-10-13", next_billing_at="2025-10-14")
case("o17-dairy-coop-thread-reason", OWB, "decided", [
    M("सरस दुग्ध समिति <sachiv@sarasdugdh.in>", "retainer समाप्ति हेतु",
      "महोदय,\n\nSaras Dugdh Sahkari Portal का मासिक retainer (OWD-2025-419) समाप्त करने का कष्ट करें।\n\nसचिव", (2025, 9, 29, 11, 0), IN),
    M("सरस दुग्ध समिति <sachiv@sarasdugdh.in>", "Re: retainer समाप्ति हेतु",
      "महोदय,\n\nकारण: संघ की आम सभा ने निर्णय लिया है कि पोर्टल का रखरखाव अब जिला दुग्ध संघ का आईटी विभाग करेगा।\n\nसचिव\n\n> कृपया कारण बताएँ।",
      (2025, 9, 30, 10, 0), IN)], [X("cancel", "2025-10-13")],
    spec="Thread: the first mail lacks the reason (Optima requires one); the answer gives it. Request time 2025-09-29 <= 2025-10-07: effective 2025-10-13 (O4/O8).")

case("o18-yoga-teacher-hypothetical", OWB, "other", [M("Meenakshi Joshi <meenakshi.yogaflow@gmail.com>",
     "website ke baare me sawaal",
     "Namaste 🙏\n\nMain Jodhpur me yoga sikhati hu, apni website banwana chahti hu. Agar advance dene ke baad mera mann badal gaya to kya paisa wapas "
     "milega? Booking se pehle jaan'na chahti hu.\n\nMeenakshi",
     (2025, 9, 29, 18, 0), IN)],
     spec="A hypothetical question before paying (sec.8): other.")

proj("Gwalior Plot Bazaar", "deal@gwaliorplotbazaar.in", "2025-07-01T10:00:00")
owpay("h_w19", "OWD-2025-420", "Gwalior Plot Bazaar", "change_request", "6000.00", "1080.00", "2025-09-23T10:00:00")
case("o19-property-dealer-change-request", OWB, "decided", [M("Ramesh Kushwah <deal@gwaliorplotbazaar.in>",
     "extra page ka paisa wapas",
     "Namaskar,\n\nGwalior Plot Bazaar me jo extra 'site map' page banwaya tha (OWD-2025-420, original quote me nahi tha) uski ab zaroorat nahi, "
     "colony ka naksha badal gaya. 6000 wapas kar do.\n\nRamesh Kushwah\nProperty Dealer",
     (2025, 9, 29, 12, 0), IN)], [R("deny")],
     spec="A change request outside the original scope is non-refundable (O6).")

case("o20-auto-reply-hindi", OWB, "ignore", [M("Anita Goyal <anita@goyaltextiles.in>",
     "स्वतः उत्तर: Re: आपका चालान OWD-2025-421",
     "धन्यवाद। मैं दिवाली की छुट्टियों के बाद कार्यालय लौटूँगी। रिफंड या भुगतान से जुड़े मामलों के लिए कृपया प्रतीक्षा करें।",
     (2025, 9, 30, 9, 0), IN, hdr={"Auto-Submitted": "auto-replied", "Precedence": "junk"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied (and Precedence: junk): ignore (C7).")

proj("Scindia Road Sweets", "owner@scindiaroadsweets.in", "2025-04-01T10:00:00")
owpay("h_w21a", "OWD-2025-422", "Scindia Road Sweets", "retainer", "9000.00", "1620.00", "2025-09-11T10:00:00",
      period_start="2025-09-11", period_end="2025-10-10", next_billing_at="2025-10-11")
owpay("h_w21b", "OWD-2025-423", "Scindia Road Sweets", "retainer", "9000.00", "1620.00", "2025-09-26T10:00:00",
      period_start="2025-10-11", period_end="2025-11-10", next_billing_at="2025-11-11")
case("o21-gwalior-retainer-paid-ahead", OWB, "decided", [M("Mukesh Jain <owner@scindiaroadsweets.in>",
     "retainer band karna",
     "Namaste,\n\nScindia Road Sweets ki dukaan hum bech rahe hai, naye maalik apni website laayenge. Isliye retainer band kar dijiye. Hamare munim ji ne "
     "October ka retainer (OWD-2025-423) pehle hi bhar diya tha, abhi wala OWD-2025-422 hai.\n\nMukesh Jain",
     (2025, 9, 29, 10, 0), IN)], [X("escalate")],
     spec="Next cycle (OWD-2025-423, 2025-10-11..11-10) already paid, notice >= 7 days before 2025-10-11: escalate (sec.8 retainer paid in advance).")

proj("Vikramshila Silk House", "silk@vikramshilasilk.in", "2025-09-28T10:00:00")
owpay("h_w22", "OWD-2025-424", "Vikramshila Silk House", "deposit", "22000.00", "3960.00", "2025-09-27T18:00:00")
case("o22-bhagalpur-deposit-work-started", OWB, "decided", [M("Priyanka Mandal <silk@vikramshilasilk.in>",
     "अग्रिम राशि वापसी OWD-2025-424",
     "नमस्ते,\n\nपरसों शाम Vikramshila Silk House की वेबसाइट के लिए अग्रिम दिया था (OWD-2025-424)। पिताजी इसके खिलाफ हैं, इसलिए अभी वेबसाइट नहीं बनवाएँगे। "
     "अग्रिम राशि लौटा दीजिए, 72 घंटे भी नहीं हुए।\n\nप्रियंका मंडल",
     (2025, 9, 29, 15, 0), IN)], [R("deny")],
     spec="Within 72 h (45 h) but work started 2025-09-28 10:00, before the request: 'whichever occurs first': deny (O2).")

proj("Noida Lab Instruments", "labmanager@noidalabinstruments.in", "2025-09-01T10:00:00")
owpay("h_w23", "OWD-2025-425", "Noida Lab Instruments", "rush", "8000.00", "1440.00", "2025-09-24T10:00:00")
case("o23-noida-rush-fee", OWB, "decided", [M("Dr. Neelam Arora <labmanager@noidalabinstruments.in>",
     "express delivery charge refund",
     "Hello,\n\nHumne Noida Lab Instruments ke product pages jaldi live karne ke liye express charge diya tha (OWD-2025-425) kyunki expo tha. Expo postpone "
     "ho gaya, to ye express fee wapas kar dijiye.\n\nDr. Neelam Arora\nLab Manager",
     (2025, 9, 29, 13, 0), IN)], [R("deny")],
     spec="An expedited/rush fee is non-refundable (O6).")

proj("Sun City Camel Safari", "safari@suncitycamel.in", "2025-07-01T10:00:00")
owpay("h_w24", "OWD-2025-426", "Sun City Camel Safari", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-05")
assert day_n("2025-09-05T00:00:00", (2025, 9, 29, 10, 0), IN) == 24
case("o24-jodhpur-hosting-late", OWB, "decided", [M("Mahipal Singh <safari@suncitycamel.in>",
     "hosting ka paisa wapas",
     "Khamma ghani,\n\nSun City Camel Safari ki annual hosting (OWD-2025-426) ka refund chahiye, humne dusri company se sasti hosting le li hai.\n\nMahipal Singh",
     (2025, 9, 29, 10, 0), IN)], [R("deny")],
     spec="Hosting started 2025-09-05; request 2025-09-29 = 24 days: after 14 days, deny (O5).")

case("o25-own-billing-address", OWB, "ignore", [M("Optima WebDesign Billing <billing@optimawebdesign.com>",
     "भुगतान रसीद - OWD-2025-424",
     "प्रिय ग्राहक, आपका भुगतान प्राप्त हुआ। रिफंड या रद्दीकरण के लिए हमारी नीति देखें। - Optima WebDesign",
     (2025, 9, 27, 18, 5), IN)], rules=["C7"],
     spec="Mail from the brand's own address (its receipt looped into the inbox): ignore (C7).")


def checks():
    import tomllib
    root = HERE.parents[2] / "mailbot" / "defaults" / "config" / "brands"
    inbox = {b: tomllib.loads((root / f"{b}.toml").read_text())["addresses"] for b in (LOB, OWB)}
    from email import message_from_bytes
    from email.utils import parseaddr, parsedate_to_datetime
    ids = set()
    for c in CASES:
        assert c["cid"] not in ids, c["cid"]
        ids.add(c["cid"])
        for m in c["msgs"]:
            assert ist(m["when"], m["off"]) <= NOW_IST, c["cid"]
    for e in json.loads((HERE / "expected.json").read_text())["cases"]:
        for f in e["files"]:
            msg = message_from_bytes((HERE / f).read_bytes(), policy=__import__("email.policy").policy.default)
            assert parseaddr(msg["To"])[1] in inbox[e["brand"]], (e["id"], msg["To"])
            assert parsedate_to_datetime(msg["Date"]) <= NOW_IST
            assert msg.get_body(("plain", "html")) is not None


if __name__ == "__main__":
    out = build("hi")
    checks()
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    lo = sum(e["brand"] == LOB for e in out)
    print(f"{len(out)} cases ({lo} leadsoptima, {len(out) - lo} optima_webdesign)", file=sys.stderr)
