"""fresh37 Hindi/Hinglish cases (qa37c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage, Message
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
            mid = f"<{lang}.{num}.{i}.fresh37@mail.example>"
            msg["Message-ID"] = mid
            if ids:
                msg["In-Reply-To"] = ids[-1]
                msg["References"] = " ".join(ids)
            for k, v in m["hdr"].items():
                if not k.startswith("_"):
                    msg[k] = v
            if m["hdr"].get("_dsn"):
                msg.set_content(m["body"])
                blocks = []
                for chunk in m["hdr"]["_dsn"].strip().split("\n\n"):
                    b = Message()
                    for line in chunk.splitlines():
                        k, v = line.split(":", 1)
                        b[k] = v.strip()
                    blocks.append(b)
                status = Message()
                status["Content-Type"] = "message/delivery-status"
                status.set_payload(blocks)
                msg.make_mixed()
                msg.attach(status)
                msg.set_type("multipart/report")
                msg.set_param("report-type", "delivery-status")
            elif m["html"] and not m["body"]:
                msg.set_content(m["html"], subtype="html")
            else:
                msg.set_content(m["body"])
                if m["html"]:
                    msg.add_alternative(m["html"], subtype="html")
            for k, part in enumerate(msg.walk()):
                if part.is_multipart():
                    part.set_boundary(f"=_fresh37_{lang}_{num}_{i}_{k}")
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

IN, NPT, JST, AEST = 330, 345, 540, 600
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ================= LeadsOptima =================
cust("tannery.kanpur@rediffmail.com", "Siddiqui Leather Works", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h37_p01", "LO-INV-37011", "tannery.kanpur@rediffmail.com", "monthly", *Mo, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
lopay("h37_p02", "LO-INV-37012", "tannery.kanpur@rediffmail.com", "monthly", *Mo, "2025-09-25T11:01:00", "2025-09-25", "2025-10-24")
case("l01-kanpur-tannery-sewa-mein", LOB, "decided", [M("सिद्दीकी लेदर वर्क्स <tannery.kanpur@rediffmail.com>",
     "मासिक प्लान की राशि दो बार कटने बाबत",
     "सेवा में,\nग्राहक सहायता विभाग,\nलीड्सऑप्टिमा\n\nविषय: मासिक प्लान की राशि दो बार कटने बाबत।\n\nमहोदय,\n"
     "निवेदन है कि हमारी फर्म के खाते से दिनांक 25/09/2025 को पूर्वाह्न लगभग 11 बजे मासिक प्लान के ₹1,499.00 (+ जीएसटी) "
     "एक ही मिनट के अंतर पर दो बार काट लिए गए। दूसरी कटौती की रसीद सं. LO-INV-37012 है। कृपया अतिरिक्त राशि मूल भुगतान माध्यम में वापस करें।\n\n"
     "भवदीय,\nमो. इरफ़ान सिद्दीकी\nसिद्दीकी लेदर वर्क्स, जाजमऊ, कानपुर\nमो. 94150 XXXXX",
     (2025, 9, 27, 12, 10), IN)], [R("approve", "1499.00")],
     spec="Two paid monthly charges 2025-09-25 11:00/11:01, same period; request 2025-09-27 (day 2): refund the later LO-INV-37012 1499.00 (L4).")

cust("director@shiksharthicoaching.in", "Shiksharthi Coaching Institute", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("h37_p03", "LO-INV-37021", "director@shiksharthicoaching.in", "quarterly", *Q, "2025-09-23T20:10:00", "2025-09-23", "2025-12-22")
lopay("h37_p04", "LO-INV-37022", "director@shiksharthicoaching.in", "quarterly", *Q, "2025-09-23T20:12:00", "2025-09-23", "2025-12-22")
case("l02-prayagraj-coaching-day7", LOB, "decided", [M("Shiksharthi Coaching Institute <director@shiksharthicoaching.in>",
     "quarterly plan - payment double",
     "Namaskar sir,\n\nHum Civil Lines Prayagraj me coaching chalate hain (SSC/UPSC batches). Aapke quarterly plan ka payment 23 sept ki shaam ko "
     "do baar deduct hua hai, ek 20:10 pe aur dusra 20:12 pe, dono 3999 + GST. Extra wala invoice hai lo inv 37022 . "
     "Abhi hamare accountant ne bank statement milaya tab pata chala, isliye thoda late likh rahe hain. Kripya extra payment wapas kar dein.\n\n"
     "Dhanyavad\nAlok Pandey\nDirector, Shiksharthi Coaching Institute\nCivil Lines, Prayagraj",
     (2025, 9, 30, 21, 5), IN)], [R("approve", "3999.00")],
     spec="Charges 2025-09-23 20:10/20:12 IST, same period; request 2025-09-30 21:05 IST = day 7 (inside, L3); 'lo inv 37022' matches LO-INV-37022: refund 3999.00 (L4).")

cust("shahi.litchi.mfp@gmail.com", "Shahi Litchi Traders", "annual", start="2025-09-21", end="2026-09-20")
lopay("h37_p05", "LO-INV-37031", "shahi.litchi.mfp@gmail.com", "annual", *A, "2025-09-21T16:00:00", "2025-09-21", "2026-09-20")
lopay("h37_p06", "LO-INV-37032", "shahi.litchi.mfp@gmail.com", "annual", *A, "2025-09-21T16:03:00", "2025-09-21", "2026-09-20")
case("l03-muzaffarpur-litchi-day8", LOB, "decided", [M("Shahi Litchi Traders <shahi.litchi.mfp@gmail.com>",
     "do bar paisa kat gaya annual ka",
     "pranam sir\n\nham muzaffarpur se litchi ka karobar karte hain. 21 tarikh ko annual plan lene gaye to 11988 rupya do bar kat gaya. "
     "LO-INV-37031 aur LO-INV-37032. Durga puja ke pandal ke kaam me lage the to dekh nahi paye. ek wala lauta dijiye.\n\n"
     "Ramesh Sah\nShahi Litchi Traders, Muzaffarpur",
     (2025, 9, 29, 9, 40), IN)], [R("deny")],
     spec="Charges 2025-09-21; request 2025-09-29 = day 8: outside the 7-day window: deny (L3).")

cust("tirkey.ranchi@gmail.com", "Anita Tirkey", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h37_p07", "LO-INV-37041", "tirkey.ranchi@gmail.com", "monthly", *Mo, "2025-09-26T13:30:00", "2025-09-26", "2025-10-25")
case("l04-ranchi-double-no-pair", LOB, "decided", [M("Anita Tirkey <tirkey.ranchi@gmail.com>",
     "Payment 2 baar hua hai?",
     "Johar,\n\nMere phone pe do SMS aaye ki LeadsOptima ko 1768.82 gaya, matlab payment 2 baar hua hai. Mera monthly plan hai. "
     "Ek wala wapas kar dijiye please.\n\nAnita Tirkey\nMorabadi, Ranchi",
     (2025, 9, 27, 17, 0), IN)], [R("escalate")],
     spec="Duplicate claimed inside the window (day 1) but the ledger holds one paid charge (LO-INV-37041, which identifies the invoice): no pair: escalate (L4).")

cust("sahu.kirana.raipur@gmail.com", "Sahu Kirana Bhandar", "monthly", start="2025-09-24", end="2025-10-23")
for i, t in enumerate(("10:15:00", "10:15:40", "10:16:30")):
    lopay(f"h37_p0{8 + i}", f"LO-INV-3705{i + 1}", "sahu.kirana.raipur@gmail.com", "monthly", *Mo, f"2025-09-24T{t}", "2025-09-24", "2025-10-23")
case("l05-raipur-teen-baar", LOB, "decided", [M("Sahu Kirana Bhandar <sahu.kirana.raipur@gmail.com>",
     "teen bar paisa kata",
     "jai johar sir, 24 sept subah app me payment atak gaya tha to maine 3 baar button daba diya, teeno baar 1499 kat gaye "
     "(LO-INV-37051, LO-INV-37052, LO-INV-37053). ek hi plan chahiye tha, baaki dono ka paisa wapas karo.\n\nDinesh Sahu\nGol Bazar, Raipur",
     (2025, 9, 25, 19, 30), IN)], [R("approve", "2998.00")],
     spec="Three paid monthly charges 2025-09-24, same period; request day 1: the two later ones are duplicates: 1499 x 2 = 2998.00 (section 8, L4).")

cust("jain.sagar.mp@yahoo.co.in", "Vivek Jain", "monthly", status="cancelled", start="2025-08-26", end="2025-09-25")
lopay("h37_p11", "LO-INV-37061", "jain.sagar.mp@yahoo.co.in", "monthly", *Mo, "2025-09-26T06:00:00", "2025-09-26", "2025-10-25")
case("l06-sagar-cancel-ke-baad", LOB, "decided", [M("Vivek Jain <jain.sagar.mp@yahoo.co.in>",
     "रद्द करने के बाद भी पैसा कटा",
     "नमस्ते जी,\nमैंने अगस्त में ही Billing > Cancel Plan से plan cancel कर दिया था, फिर भी 26 सितंबर को सुबह 1499 + GST कट गया (LO-INV-37061)। "
     "ये तो सरासर गलत है। कृपया ये पैसा वापस कीजिए।\n\nविवेक जैन\nकटरा बाज़ार, सागर (म.प्र.)",
     (2025, 9, 28, 11, 0), IN)], [R("escalate")],
     spec="Charged after cancelling (billing_error) inside the window (day 2): escalate for a person to verify (L5).")

cust("frontdesk@pushkarlakeview.in", "Lakeview Haveli Pushkar", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("h37_p12", "LO-INV-37071", "frontdesk@pushkarlakeview.in", "quarterly", *Q, "2025-09-22T15:00:00", "2025-09-22", "2025-12-21")
case("l07-pushkar-haveli-login", LOB, "decided", [M("Lakeview Haveli Pushkar <frontdesk@pushkarlakeview.in>",
     "Login problem since payment / refund",
     "Khamma ghani,\n\nHamari haveli ka booking-leads ka kaam aapke software se hota hai. 22 tareekh ko quarterly plan renew kiya, "
     "uske baad se login nahi ho raha - password reset ka mail bhi nahi aata. Aapki support team ko 3 baar likh chuke, koi hal nahi. "
     "Mela season aa raha hai (Pushkar mela), agar chalu nahi ho sakta to paisa wapas kar do.\n\nBhanwar Singh Rathore\nManager, Lakeview Haveli, Pushkar",
     (2025, 9, 26, 16, 20), IN)], [R("escalate")],
     spec="Access failure inside the window (charge 2025-09-22, request day 4); the one charge LO-INV-37071 identifies the invoice: escalate (L6).")

cust("gm@jheelkinaraudaipur.in", "Hotel Jheel Kinara", "monthly", start="2025-09-14", end="2025-10-13")
lopay("h37_p13", "LO-INV-37081", "gm@jheelkinaraudaipur.in", "monthly", *Mo, "2025-09-14T12:00:00", "2025-09-14", "2025-10-13")
case("l08-udaipur-hotel-login-late", LOB, "decided", [M("Hotel Jheel Kinara <gm@jheelkinaraudaipur.in>",
     "Dashboard nahi khul raha - refund request",
     "Dear Sir/Madam,\n\nHamara dashboard 14 September se load nahi ho raha, bas spinner ghoomta rehta hai. Monthly plan, invoice LO-INV-37081. "
     "Hotel ka season shuru ho gaya hai aur hum leads nahi dekh pa rahe. Refund chahiye.\n\nRegards,\nKaran Mehta\nGeneral Manager, Hotel Jheel Kinara, Udaipur",
     (2025, 9, 26, 10, 0), IN)], [R("deny")],
     spec="Access failure claimed, but charge 2025-09-14 and request 2025-09-26 = day 12: outside the 7-day window: deny (L3).")

cust("ambala.cloth.house@gmail.com", "Ambala Cloth House", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h37_p14", "LO-INV-37091", "ambala.cloth.house@gmail.com", "monthly", *Mo, "2025-09-27T12:00:00", "2025-09-27", "2025-10-26")
case("l09-ambala-man-badal-gaya", LOB, "decided", [M("Ambala Cloth House <ambala.cloth.house@gmail.com>",
     "Refund LO-INV-37091",
     "Sat Sri Akal ji,\n\nPaaji humne 27 ko monthly plan le liya tha, par beta kehta hai ki WhatsApp se hi kaam chal jayega, iski zarurat nahi. "
     "Abhi tak use bhi nahi kiya. Paisa refund kar do ji, LO-INV-37091.\n\nHarbhajan Singh\nAmbala Cloth House, Sadar Bazar, Ambala Cantt",
     (2025, 9, 28, 12, 30), IN)], [R("deny")],
     spec="Changed mind / not used is not an L2 exception: deny (L1), cancellation offered.")

cust("rohtak.dairy@gmail.com", "Hooda Dairy Products", "annual", start="2025-09-20", end="2026-09-19")
lopay("h37_p15", "LO-INV-37101", "rohtak.dairy@gmail.com", "annual", *A, "2025-09-20T11:00:00", "2025-09-20", "2026-09-19")
case("l10-rohtak-mehenga-cancel", LOB, "decided", [M("Hooda Dairy Products <rohtak.dairy@gmail.com>",
     "plan band karo aur paisa wapas",
     "Ram Ram ji,\n\nBhai yo annual plan ghana mehenga pad gaya, 12 hazaar ke karib, itne ki to mhari poori dairy ki marketing na hove. "
     "Plan ne band kar do aur jo paisa bacha hai wo lauta do. Invoice LO-INV-37101.\n\nSatbir Hooda\nHooda Dairy, Rohtak",
     (2025, 9, 24, 18, 0), IN)], [R("deny"), X("cancel", "2026-09-19")],
     spec="Too expensive: refund deny (L1, no partial refund); cancellation: active until current_period_end 2026-09-19 (L8).")

cust("shimla.apple.orchard@gmail.com", "Thakur Apple Orchards", "monthly", status="trial", trial_ends="2025-10-05")
case("l11-shimla-trial", LOB, "decided", [M("Thakur Apple Orchards <shimla.apple.orchard@gmail.com>",
     "trial refund",
     "Namaste,\n\nMaine 28 tareekh ko aapka free trial shuru kiya tha bagicho ke orders ke liye. Humein ye software samajh nahi aaya. "
     "Mera jo bhi paisa laga hai wo refund kar dena.\n\nDeepak Thakur\nKotkhai, Shimla",
     (2025, 9, 30, 19, 0), IN)], [R("deny")],
     spec="Free trial account, no charge in the ledger: nothing to refund: deny (L7), the reply says nothing is billed unless they subscribe.")

cust("nainital.boathouse@gmail.com", "Naini Boat House Cafe", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("h37_p16", "LO-INV-37121", "nainital.boathouse@gmail.com", "quarterly", *Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
case("l12-nainital-season-over", LOB, "decided", [M("Naini Boat House Cafe <nainital.boathouse@gmail.com>",
     "सदस्यता बंद करनी है",
     "नमस्कार,\nहमारा कैफ़े माल रोड पर है, सीज़न नवंबर में ख़त्म हो जाता है और सर्दियों में दुकान बंद रहती है। इसलिए हम quarterly प्लान आगे नहीं चलाना चाहते। "
     "कृपया प्लान cancel कर दें, अगला charge न लगे।\n\nधन्यवाद\nहेमा बिष्ट\nनैनी बोट हाउस कैफ़े, नैनीताल",
     (2025, 9, 29, 17, 45), IN)], [X("cancel", "2025-11-04")],
     spec="Cancellation: active until current_period_end 2025-11-04 (L8).")

cust("kanhaji.peda.mathura@gmail.com", "Kanha Ji Peda Bhandar", "quarterly")
lopay("h37_p17", "LO-INV-37131", "kanhaji.peda.mathura@gmail.com", "quarterly", *Q, "2025-08-14T18:00:00")
case("l13-mathura-peda-fallback", LOB, "decided", [M("Kanha Ji Peda Bhandar <kanhaji.peda.mathura@gmail.com>",
     "Radhe Radhe - plan cancel karna hai",
     "Radhe Radhe ji,\n\nJanmashtami ke time pe orders ke liye aapka quarterly plan liya tha. Ab tyohar nikal gaya, aage zarurat nahi. "
     "Kripya hamara plan cancel kar dijiye.\n\nGopal Agrawal\nKanha Ji Peda Bhandar, Holi Gate, Mathura",
     (2025, 9, 26, 13, 0), IN)], [X("cancel", "2025-11-13")],
     spec="No current_period_end in the ledger: last charge 2025-08-14 + 3 months - 1 day = 2025-11-13 (L8).")

cust("seva@vrindavangaushala.org", "Shri Radha Gau Seva Trust", "annual", start="2025-03-01", end="2026-02-28")
lopay("h37_p18", "LO-INV-37141", "seva@vrindavangaushala.org", "annual", *A, "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
case("l14-vrindavan-trust-no-reason", LOB, "decided", [M("Shri Radha Gau Seva Trust <seva@vrindavangaushala.org>",
     "वार्षिक योजना निरस्त करें",
     "जय श्री राधे।\n\nट्रस्ट की ओर से निवेदन है कि हमारी वार्षिक योजना निरस्त कर दी जाए।\n\nसेवा में सदैव,\nव्यवस्थापक\nश्री राधा गौ सेवा ट्रस्ट, परिक्रमा मार्ग, वृन्दावन",
     (2025, 9, 25, 11, 30), IN)], [X("cancel", "2026-02-28")],
     spec="Cancellation with no reason is not held up (reason asked in the reply): cancel until 2026-02-28 (L8).")

cust("kedia.traders.birgunj@gmail.com", "Kedia Traders Birgunj", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h37_p19", "LO-INV-37151", "kedia.traders.birgunj@gmail.com", "monthly", *Mo, "2025-09-24T00:20:00", "2025-09-24", "2025-10-23")
lopay("h37_p20", "LO-INV-37152", "kedia.traders.birgunj@gmail.com", "monthly", *Mo, "2025-09-24T00:22:00", "2025-09-24", "2025-10-23")
case("l15-birgunj-npt-midnight", LOB, "decided", [M("Kedia Traders Birgunj <kedia.traders.birgunj@gmail.com>",
     "double payment - Birgunj se",
     "Namaste hajur,\n\nHamlog Birgunj (Nepal) se likh rahe hain, border ke paar Raxaul wala kaam bhi hai. 23 Sept ki raat, yaani 24 tarikh lagte hi, 12:35 baje card se "
     "monthly plan ka paisa 2 baar kata, 12:35 aur 12:37 pe. Card Indian rupee wala hai. Dusra invoice LO-INV-37152. "
     "Din bhar dukaan me the, abhi raat me baith ke likh rahe. Maaf kijiye late ho gaya. Ek wala wapas kijiye.\n\nSuresh Kedia\nKedia Traders, Adarsh Nagar, Birgunj",
     (2025, 10, 1, 0, 30), NPT)], [R("approve", "1499.00")],
     spec="Charges 2025-09-24 00:20/00:22 IST (24 Sept 00:35/00:37 Nepal time, quoted as 'the night of the 23rd, just after midnight'); email 2025-10-01 00:30 +05:45 = 2025-10-01 00:15 IST = day 7: inside: refund 1499.00 (L4).")

cust("yadav.tokyo@gmail.com", "Pankaj Yadav", "monthly", start="2025-09-22", end="2025-10-21")
lopay("h37_p21", "LO-INV-37161", "yadav.tokyo@gmail.com", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
case("l16-tokyo-login-jst", LOB, "decided", [M("Pankaj Yadav <yadav.tokyo@gmail.com>",
     "Login issue - Japan se",
     "Namaste team,\n\nMain Tokyo me ek Indian restaurant ki online marketing sambhalta hoon. 22 Sept (Japan time dopahar 1:30) ko monthly plan liya, "
     "tab se account me login hi nahi ho pa raha - 'region not supported' error aata hai. VPN lagake bhi try kiya. "
     "Support ticket ka koi reply nahi. Itne din ho gaye, refund kar dijiye please.\n\nPankaj Yadav\nShin-Okubo, Tokyo",
     (2025, 9, 30, 1, 30), JST)], [R("escalate")],
     spec="Charge 2025-09-22 10:00 IST; email 2025-09-30 01:30 +09:00 = 2025-09-29 22:00 IST = day 7: inside; access failure with the one charge: escalate (L6).")

cust("sharma.melb@outlook.com", "Ritu Sharma", "annual", start="2025-09-23", end="2026-09-22")
lopay("h37_p22", "LO-INV-37171", "sharma.melb@outlook.com", "annual", *A, "2025-09-23T21:00:00", "2025-09-23", "2026-09-22")
lopay("h37_p23", "LO-INV-37172", "sharma.melb@outlook.com", "annual", *A, "2025-09-23T21:04:00", "2025-09-23", "2026-09-22")
case("l17-melbourne-annual-twice", LOB, "decided", [M("Ritu Sharma <sharma.melb@outlook.com>",
     "Annual plan charged twice",
     "Hi team,\n\nMain Melbourne me ek Indian grocery aur tiffin service chalati hoon (Dandenong). 24 September ko subah-subah (1:30 am ke aas paas, yahan ka time) "
     "annual plan ke 11,988 rupaye do baar card se gaye. Bank app me dono dikh rahe hain. Dusra wala LO-INV-37172 hai. "
     "Please ek refund kar do, AUD me convert hoke bahut paisa lag gaya. Subah 4 baje se kitchen me tiffin ki taiyari hoti hai, wahin se likh rahi hoon.\n\nThanks,\nRitu",
     (2025, 10, 1, 4, 15), AEST)], [R("approve", "11988.00")],
     spec="Charges 2025-09-23 21:00/21:04 IST (= 24 Sept 01:30 Melbourne, +10:00, as quoted); email 2025-10-01 04:15 +10:00 = 2025-09-30 23:45 IST = day 7 (04:30 or later would be day 8): refund 11988.00 (L4).")

cust("owner@yatrikaholidays.in", "Yatrika Tours & Travels", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("h37_p24", "LO-INV-37181", "owner@yatrikaholidays.in", "quarterly", *Q, "2025-09-25T12:00:00", "2025-09-25", "2025-12-24")
lopay("h37_p25", "LO-INV-37182", "owner@yatrikaholidays.in", "quarterly", *Q, "2025-09-25T12:02:00", "2025-09-25", "2025-12-24")
case("l18-travel-agency-staff-gmail", LOB, "need_info", [M("Yatrika Booking Desk <yatrika.bookings2@gmail.com>",
     "Double charge - Yatrika Tours",
     "Sir,\n\nMain Yatrika Tours & Travels (Kanpur) se booking staff likh rahi hoon. Hamara registered email owner@yatrikaholidays.in hai "
     "par sir abhi Char Dham group ke saath Kedarnath gaye hain, network nahi hai. Quarterly plan ka 3999 do baar kata hai 25 ko. "
     "Kripya LO-INV-37182 ka refund kar dein aur confirmation isi email pe bhej dein.\n\nNeelam\nYatrika Tours & Travels, Swaroop Nagar, Kanpur",
     (2025, 9, 27, 14, 0), IN)], rules=["C2"],
     spec="Staff gmail is not the registered email it names (owner@yatrikaholidays.in): ask for the request from that address, disclose nothing (C2).")

cust("mishra.sweets.agra@gmail.com", "Mishra Mishthan Bhandar", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h37_p26", "LO-INV-37191", "mishra.sweets.agra@gmail.com", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l19-gmail-hindi-forward-munim", LOB, "need_info", [M("Ca. Office Rakesh <rakesh.munim.accts@gmail.com>",
     "Fwd: plan cancel aur refund",
     "Sir, seth ji ka message neeche hai, please do the needful.\n\nRakesh (accounts)\n\n"
     "---------- फ़ॉरवर्ड किया गया संदेश ---------\nप्रेषक: Mishra Mishthan Bhandar <mishra.sweets.agra@gmail.com>\n"
     "दिनांक: शनि, 27 सित॰ 2025, 9:12 am\nविषय: plan cancel aur refund\nप्रति: <rakesh.munim.accts@gmail.com>\n\n"
     "Rakesh, LeadsOptima wala plan band karwa do, dukaan pe kaam nahi aaya. Aur is mahine ka paisa bhi wapas mangwa lo.\n",
     (2025, 9, 27, 11, 0), IN)], rules=["C2"],
     spec="The accountant forwards his employer's request; the forwarded mail carries the registered address mishra.sweets.agra@gmail.com, not the sender: C2 (section 8 Forwards).")

case("l20-unknown-sender-no-account", LOB, "need_info", [M("Chaurasia Paan Bhandar <chaurasia.paan.sagar@gmail.com>",
     "paisa wapas chahiye",
     "namaste, aapke yahan se 1499 kata tha pichhle hafte do baar, ek refund karo. aur agle mahine se mat kaatna.\n\nmukesh chaurasia, sagar",
     (2025, 9, 29, 20, 0), IN)], rules=["C2"],
     spec="The sender is not a registered LeadsOptima customer and names no other address: C2 (ask to write from the registered email); nothing disclosed.")

cust("kushwaha.computers.alld@gmail.com", "Kushwaha Computers", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h37_p27", "LO-INV-37211", "kushwaha.computers.alld@gmail.com", "monthly", *Mo, "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
case("l21-refund-no-reason", LOB, "need_info", [M("Kushwaha Computers <kushwaha.computers.alld@gmail.com>",
     "Refund request LO-INV-37211",
     "Respected sir,\n\nKindly refund the amount of invoice LO-INV-37211 (monthly plan) at the earliest. Please do the needful.\n\n"
     "Thanks & Regards\nRajkumar Kushwaha\nKushwaha Computers, Allahabad",
     (2025, 9, 28, 11, 0), IN)], missing=["reason"],
     spec="Refund asked from the registered email with the invoice but no reason ('do the needful' is not one): need_info [reason] (C3).")

cust("hotel.rajdarbar.ajmer@gmail.com", "Hotel Raj Darbar", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h37_p28", "LO-INV-37221", "hotel.rajdarbar.ajmer@gmail.com", "monthly", *Mo, "2025-09-25T09:30:00", "2025-09-25", "2025-10-24")
lopay("h37_p29", "LO-INV-37222", "hotel.rajdarbar.ajmer@gmail.com", "monthly", *Mo, "2025-09-25T09:31:00", "2025-09-25", "2025-10-24")
case("l22-ajmer-thread-reason-later", LOB, "decided", [
     M("Hotel Raj Darbar <hotel.rajdarbar.ajmer@gmail.com>", "refund chahiye - LO-INV-37222",
       "Namaste,\nInvoice LO-INV-37222 ka refund kar dijiye.\nHotel Raj Darbar, Dargah Bazar ke paas, Ajmer",
       (2025, 9, 29, 12, 0), IN),
     M("Hotel Raj Darbar <hotel.rajdarbar.ajmer@gmail.com>", "Re: refund chahiye - LO-INV-37222",
       "Reason ye hai ki 25 ko monthly ka paisa 2 baar kat gaya tha, 9:30 aur 9:31 pe. 37222 wala extra hai.\n\nShakeel Khan\nManager\n\n"
       "> Namaste,\n> Invoice LO-INV-37222 ka refund kar dijiye.",
       (2025, 10, 1, 9, 0), IN)], [R("approve", "1499.00")],
     spec="Thread: first mail (2025-09-29, day 4) lacks the reason; the answer gives 'paisa 2 baar kat gaya': duplicate pair 2025-09-25, window counted from the first mail: refund LO-INV-37222 1499.00 (C3, L4).")

cust("gupta.pharmacy.knp@gmail.com", "Gupta Medical Store", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h37_p30", "LO-INV-37231", "gupta.pharmacy.knp@gmail.com", "monthly", *Mo, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("h37_p31", "LO-INV-37232", "gupta.pharmacy.knp@gmail.com", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l23-kanpur-login-no-invoice", LOB, "need_info", [M("Gupta Medical Store <gupta.pharmacy.knp@gmail.com>",
     "software nahi chal raha",
     "Sir ji, pichhle kuch din se login nahi ho raha, OTP hi nahi aata. Hamara monthly plan hai. Paisa to har mahine kat raha hai. Refund kar do.\n\nAshok Gupta\nGupta Medical Store, Kidwai Nagar, Kanpur",
     (2025, 9, 27, 15, 0), IN)], missing=["invoice_number"],
     spec="Access-failure refund from the registered email; the account has two charges (Aug and Sep) and none is named: need_info [invoice_number] (C3).")

cust("rathi.gems.jpr@gmail.com", "Rathi Gems", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("h37_p32", "LO-INV-37241", "rathi.gems.jpr@gmail.com", "quarterly", *Q, "2025-06-25T10:00:00", "2025-06-25", "2025-09-24")
lopay("h37_p33", "LO-INV-37242", "rathi.gems.jpr@gmail.com", "quarterly", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
case("l24-thread-invoice-later", LOB, "decided", [
     M("Rathi Gems <rathi.gems.jpr@gmail.com>", "Portal not opening - refund",
       "Namaskar,\nHamara LeadsOptima portal 25 tareekh ke renewal ke baad se khul hi nahi raha, 'account suspended' likha aata hai jabki paisa kat gaya. "
       "Aapke chat pe bhi koi jawab nahi. Refund chahiye.\nNaveen Rathi, Rathi Gems, Ajmer Road",
       (2025, 9, 28, 10, 0), IN),
     M("Rathi Gems <rathi.gems.jpr@gmail.com>", "Re: Portal not opening - refund",
       "Ji, invoice number ye hai: LO INV 37242 (quarterly renewal 25 Sept wala).\nNaveen\n\n-----Original Message-----\n"
       "From: Rathi Gems\nSent: 28 September 2025 10:00\nSubject: Portal not opening - refund\n\nHamara LeadsOptima portal ... khul hi nahi raha",
       (2025, 9, 30, 16, 0), IN)], [R("escalate")],
     spec="Thread: first mail gives the access failure but two charges exist; the answer names LO-INV-37242 (2025-09-25; request 2025-09-28 = day 3): escalate (L6).")

cust("pal.automobiles.kanpur@gmail.com", "Pal Automobiles", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h37_p34", "LO-INV-37251", "pal.automobiles.kanpur@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l25-kanpur-chargeback-cancel", LOB, "decided", [M("Pal Automobiles <pal.automobiles.kanpur@gmail.com>",
     "LAST WARNING - plan band karo",
     "Dekho bhai, teen baar bol chuka hoon plan band karo. Ek bhi lead kaam ki nahi aayi. Aaj shaam tak cancel nahi hua aur paisa wapas nahi aaya "
     "to bank me chargeback daal dunga, phir tum log bhugatna.\n\nRaju Pal\nPal Automobiles, Fazalganj, Kanpur",
     (2025, 9, 27, 12, 0), IN)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Chargeback threat: the whole case goes to a person, the cancellation too (C4, section 8).")

cust("prakash.dhaba.ambala@gmail.com", "Prakash Dhaba", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h37_p35", "LO-INV-37261", "prakash.dhaba.ambala@gmail.com", "monthly", *Mo, "2025-09-26T11:00:00", "2025-09-26", "2025-10-25")
lopay("h37_p36", "LO-INV-37262", "prakash.dhaba.ambala@gmail.com", "monthly", *Mo, "2025-09-26T11:01:00", "2025-09-26", "2025-10-25")
case("l26-ambala-upbhokta-forum", LOB, "decided", [M("Prakash Dhaba <prakash.dhaba.ambala@gmail.com>",
     "दो बार पैसा काटा - शिकायत",
     "श्रीमान जी,\nहमारे ढाबे के खाते से 26 तारीख को 1499 रुपये दो बार काटे गए हैं (LO-INV-37261, LO-INV-37262)। "
     "तीन दिन में दूसरा पैसा वापस नहीं हुआ तो मैं जिला उपभोक्ता आयोग (consumer forum) में शिकायत दर्ज करूँगा।\n\nप्रकाश चंद\nप्रकाश ढाबा, जीटी रोड, अम्बाला",
     (2025, 9, 28, 13, 0), IN)], [R("escalate")], rules=["C4"],
     spec="A valid duplicate, but the mail threatens the consumer forum (उपभोक्ता आयोग): escalate (C4 overrides L4).")

cust("tiwari.classes.rewa@gmail.com", "Tiwari Classes", "quarterly", start="2025-08-20", end="2025-11-19")
lopay("h37_p37", "LO-INV-37271", "tiwari.classes.rewa@gmail.com", "quarterly", *Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
case("l27-no-complaint-just-cancel", LOB, "decided", [M("Tiwari Classes <tiwari.classes.rewa@gmail.com>",
     "cancel karna hai, koi shikayat nahi",
     "Namaste,\n\nSaaf kar doon ki mujhe koi bank complaint ya chargeback nahi karna, aapki service theek thi. Bas ab hamari coaching online se offline ho gayi hai "
     "to leads ki zarurat nahi rahi. Quarterly plan cancel kar dijiye.\n\nS. K. Tiwari\nTiwari Classes, Rewa",
     (2025, 9, 29, 18, 0), IN)], [X("cancel", "2025-11-19")],
     spec="The customer rules out a chargeback and threatens nothing else: no C4; cancel until current_period_end 2025-11-19 (L8).")

case("l28-out-of-office-hindi", LOB, "ignore", [M("Rajesh Agarwal <agarwal.rajesh.raipur@gmail.com>",
     "स्वचालित उत्तर: Re: आपका LeadsOptima खाता",
     "नमस्ते,\nमैं 5 अक्टूबर तक दशहरे की छुट्टी पर हूँ। ज़रूरी काम के लिए 98XXX XXXXX पर संपर्क करें।\n(यह स्वचालित उत्तर है)",
     (2025, 9, 30, 8, 0), IN, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Out-of-office with Auto-Submitted: auto-replied: ignore (C7).")

case("l29-mailer-daemon-bounce", LOB, "ignore", [M("Mail Delivery Subsystem <MAILER-DAEMON@mx.rediffmail.com>",
     "Delivery Status Notification (Failure)",
     "Aapka sandesh deliver nahi ho saka / Your message could not be delivered to kedarnath.traders@rediffmail.com.\n",
     (2025, 9, 29, 6, 0), IN, hdr={"_dsn": "Reporting-MTA: dns; mx.rediffmail.com\n\nFinal-Recipient: rfc822; kedarnath.traders@rediffmail.com\nAction: failed\nStatus: 5.1.1\n"})],
     rules=["C7"], spec="MAILER-DAEMON delivery-status report: ignore (C7).")

cust("jaiswal.hardware.gkp@gmail.com", "Jaiswal Hardware", "annual", start="2025-07-01", end="2026-06-30")
lopay("h37_p38", "LO-INV-37301", "jaiswal.hardware.gkp@gmail.com", "annual", *A, "2025-07-01T10:00:00", "2025-07-01", "2026-06-30")
case("l30-gst-invoice-question", LOB, "other", [M("Jaiswal Hardware <jaiswal.hardware.gkp@gmail.com>",
     "GST invoice chahiye",
     "Namaste,\nHamare CA ko annual plan ka GST wala tax invoice chahiye jisme hamara GSTIN 09AAXXX likha ho. Kahan se download karein? Billing section me sirf receipt dikh rahi hai.\n\nJaiswal Hardware",
     (2025, 9, 26, 11, 0), IN)],
     spec="A question about a GST invoice: neither refund nor cancellation: other.")

cust("ranchi.furniture@gmail.com", "Oraon Furniture", "monthly", start="2025-09-10", end="2025-10-09")
lopay("h37_p39", "LO-INV-37311", "ranchi.furniture@gmail.com", "monthly", *Mo, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("l31-refund-mil-gaya-thanks", LOB, "other", [M("Oraon Furniture <ranchi.furniture@gmail.com>",
     "धन्यवाद",
     "नमस्ते टीम,\nपिछले महीने जो डबल पेमेंट हुआ था उसका रिफंड आज खाते में आ गया। आपकी टीम ने बहुत जल्दी मदद की, बहुत-बहुत धन्यवाद।\n\nसुनील ओरांव, रांची",
     (2025, 9, 24, 17, 0), IN)],
     spec="Thanks for a refund already received (a past event): nothing asked: other.")

cust("verma.studio.nainital@gmail.com", "Verma Photo Studio", "monthly", start="2025-09-18", end="2025-10-17")
lopay("h37_p40", "LO-INV-37321", "verma.studio.nainital@gmail.com", "monthly", *Mo, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l32-refund-nahi-chahiye-date", LOB, "other", [M("Verma Photo Studio <verma.studio.nainital@gmail.com>",
     "agla charge kab",
     "Namaste ji,\nRefund nahi chahiye, kaam badhiya chal raha hai. Bas ye batayiye ki agla monthly charge kis tareekh ko katega? Card badalna hai.\n\nPrakash Verma, Tallital, Nainital",
     (2025, 9, 26, 12, 0), IN)],
     spec="'Refund nahi chahiye' adds no refund (section 8); a billing-date question: other.")

case("l33-hypothetical-before-buying", LOB, "other", [M("Gwalani Sweets <gwalani.sweets.ujjain@gmail.com>",
     "annual plan lene se pehle sawaal",
     "Namaskar,\nHum annual plan lene ki soch rahe hain. Agar 2 mahine baad pasand na aaye to kya baaki mahino ka refund milega? "
     "Aur trial kitne din ka hai?\n\nRajkumar Gwalani\nGwalani Sweets, Freeganj, Ujjain",
     (2025, 9, 27, 11, 0), IN)],
     spec="Hypothetical refund question before buying (section 8): other.")

cust("bansal.tiles.rohtak@gmail.com", "Bansal Tiles", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h37_p41", "LO-INV-37341", "bansal.tiles.rohtak@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("h37_p42", "LO-INV-37342", "bansal.tiles.rohtak@gmail.com", "monthly", *Mo, "2025-09-25T10:02:00", "2025-09-25", "2025-10-24", status="failed")
case("l34-failed-charge-refund", LOB, "decided", [M("Bansal Tiles <bansal.tiles.rohtak@gmail.com>",
     "ek payment fail dikha raha par paisa kata",
     "Sir, 25 ko payment karte waqt pehli baar 'failed' aaya to dobara kiya. Ab dono baar paisa kata dikh raha hai. "
     "Jo fail wala tha LO-INV-37342, uska paisa wapas karo.\nMukesh Bansal, Rohtak",
     (2025, 9, 27, 10, 30), IN)], [R("escalate")],
     spec="The named charge LO-INV-37342 is 'failed' in the ledger, not paid: a refund of it is escalated (section 8).")

proj("Kashi Handloom Store", "orders@kashihandloom.in", "2025-09-01T10:00:00")
owpay("h37_w90", "OWD-2025-3790", "Kashi Handloom Store", "milestone", "15000.00", "2700.00", "2025-09-05T10:00:00", milestone_status="completed")
case("l35-owd-client-writes-lo", LOB, "need_info", [M("Kashi Handloom Store <orders@kashihandloom.in>",
     "plan cancel",
     "Namaste, hamara monthly plan cancel kar dijiye, ab website wali agency hi leads sambhal legi.\nKashi Handloom",
     (2025, 9, 28, 12, 0), IN)], rules=["C2"],
     spec="The sender is an Optima WebDesign client, unknown to LeadsOptima's ledger (C1 picks LeadsOptima): treated as an unknown sender: C2.")

cust("study.point.raipur@gmail.com", "Study Point Coaching", "quarterly")
lopay("h37_p43", "LO-INV-37361", "study.point.raipur@gmail.com", "quarterly", *Q, "2025-07-31T20:15:00Z")
case("l36-raipur-coaching-utc-ledger", LOB, "decided", [M("Study Point Coaching <study.point.raipur@gmail.com>",
     "Plan band karna hai",
     "Namaste,\nHamara NEET crash course batch khatam ho gaya hai, naye admission March me honge. Isliye quarterly plan abhi band kar dijiye, renew mat karna.\n\n"
     "Director, Study Point Coaching, Shankar Nagar, Raipur",
     (2025, 9, 29, 11, 0), IN)], [X("cancel", "2025-10-31")],
     spec="Ledger charge 2025-07-31T20:15Z = 2025-08-01 01:45 IST, no current_period_end: 2025-08-01 + 3 months - 1 day = 2025-10-31 (L8, section 8 offsets).")

cust("agrawal.bhujia.bikaner@gmail.com", "Agrawal Bhujia Bhandar", "annual", start="2025-09-26", end="2026-09-25")
lopay("h37_p44", "LO-INV-37371", "agrawal.bhujia.bikaner@gmail.com", "annual", *A, "2025-09-26T19:00:00", "2025-09-26", "2026-09-25")
lopay("h37_p45", "LO-INV-37372", "agrawal.bhujia.bikaner@gmail.com", "annual", *A, "2025-09-26T19:01:00", "2025-09-26", "2026-09-25")
case("l37-html-only-sweet-shop", LOB, "decided", [M("Agrawal Bhujia Bhandar <agrawal.bhujia.bikaner@gmail.com>",
     "Annual plan - दो बार भुगतान", None, (2025, 9, 28, 12, 0), IN,
     html="<html><body><div style='font-family:Mangal'><p>आदरणीय महोदय,</p><p>हमारे <b>annual plan</b> का भुगतान 26.09.2025 को शाम 7 बजे "
          "<span style='color:red'>दो बार</span> हो गया है।</p><table border='1'><tr><td>LO-INV-37371</td><td>₹11,988.00</td></tr>"
          "<tr><td>LO-INV-37372</td><td>₹11,988.00</td></tr></table><p>कृपया दूसरी राशि (LO-INV-37372) लौटाने का कष्ट करें।</p>"
          "<p>सादर,<br>श्याम सुंदर अग्रवाल<br>अग्रवाल मिठाई एवं नमकीन भंडार</p></div></body></html>")],
     [R("approve", "11988.00")],
     spec="HTML-only mail: two paid annual charges 2025-09-26; request day 2: refund LO-INV-37372 11988.00 (L4).")

cust("kanpur.packers@gmail.com", "Shukla Packers & Movers", "annual", start="2025-05-10", end="2026-05-09")
lopay("h37_p46", "LO-INV-37381", "kanpur.packers@gmail.com", "annual", *A, "2025-05-10T10:00:00", "2025-05-10", "2026-05-09")
case("l38-kanpur-rambling-cancel", LOB, "decided", [M("Shukla Packers & Movers <kanpur.packers@gmail.com>",
     "kuch baatein + cancel",
     "Namaskar bhai sahab,\n\nPehle to Navratri ki shubhkamnayein. Aapka software maine May me liya tha, shuru me leads theek aayi par ab zyada tar "
     "fake number aate hain, Lucknow-Delhi shifting ke liye log puchte hain phir phone hi nahi uthate. Hamare yahan do naye tempo bhi aaye hain "
     "is mahine, driver ki bhi dikkat hai, khair wo alag baat hai. To socha hai ki annual plan ko aage nahi badhayenge, isko cancel kar dijiye, "
     "saal khatam hone tak chalne dijiye koi dikkat nahi. Aur haan, aapke app me Hindi wala option kab aayega? Hamare staff ko angrezi "
     "kam aati hai.\n\nBaaki sab kushal mangal.\nRamesh Shukla\nShukla Packers & Movers, Transport Nagar, Kanpur",
     (2025, 9, 25, 16, 30), IN)], [X("cancel", "2026-05-09")],
     spec="Long mail, cancellation in the middle (fake leads as the reason); the Hindi-option question adds no refund: cancel until 2026-05-09 (L8).")

case("l39-own-address-loop", LOB, "ignore", [M("LeadsOptima Support <support@leadsoptima.com>",
     "Re: [LO-3712] आपका अनुरोध",
     "नमस्ते, आपका अनुरोध हमें मिल गया है। हमारी टीम 2–3 कार्यदिवसों में उत्तर देगी।\nLeadsOptima Support Team",
     (2025, 9, 29, 10, 0), IN)], rules=["C7"],
     spec="Mail from the brand's own address: ignore (C7).")

case("l40-mailing-list-digest", LOB, "ignore", [M("Kanpur Vyapari Mandal <list@kanpurvyaparimandal.org>",
     "[Vyapari Mandal] Saptahik suchna: GST dar badlav",
     "Sabhi sadasyon ko suchit kiya jata hai ki naye GST niyam 22 Sept se lagu hain. Kisi member ka payment do baar kata ho to apne bank se sampark karein.\n"
     "-- Unsubscribe: list@kanpurvyaparimandal.org",
     (2025, 9, 26, 7, 0), IN, hdr={"List-Id": "<vyapari.kanpurvyaparimandal.org>", "Precedence": "list"})], rules=["C7"],
     spec="Mailing-list post (List-Id, Precedence: list): ignore (C7).")

# ================= Optima WebDesign =================
proj("Lake Pichola Heritage Stay", "owner@picholaheritagestay.in", None)
owpay("h37_w01", "OWD-2025-3701", "Lake Pichola Heritage Stay", "discovery", "15000.00", "2700.00", "2025-09-25T12:00:00")
case("o01-udaipur-discovery-approve", OWB, "decided", [M("Lake Pichola Heritage Stay <owner@picholaheritagestay.in>",
     "Refund Request — Lake Pichola Heritage Stay / OWD-2025-3701",
     "Namaste Optima team,\n\nHumne 25 September ko discovery/strategy session ke liye ₹15,000 + GST diya tha (OWD-2025-3701). "
     "Abhi tak koi session schedule nahi hua aur is beech hamare partners ne decide kiya hai ki hotel ki website Booking portal wale hi bana denge. "
     "Isliye project aage nahi badhana, discovery fee refund kar dijiye.\n\nRegards\nYashvardhan Singh Chundawat\nLake Pichola Heritage Stay, Udaipur",
     (2025, 9, 29, 15, 0), IN)], [R("approve", "15000.00")],
     spec="Discovery fee, work_started_at empty (no session started): full refund 15000.00 before tax (O1).")

proj("Ajmer Sharif Zaireen Guest House", "bookings@zaireenguesthouse.in", "2025-09-20T11:00:00")
owpay("h37_w02", "OWD-2025-3702", "Ajmer Sharif Zaireen Guest House", "discovery", "12000.00", "2160.00", "2025-09-18T10:00:00")
case("o02-ajmer-discovery-deny", OWB, "decided", [M("Zaireen Guest House <bookings@zaireenguesthouse.in>",
     "Discovery fees wapas - Zaireen Guest House",
     "Assalam alaikum,\n\nProject: Ajmer Sharif Zaireen Guest House, invoice OWD-2025-3702. Aapke saath 20 tareekh ko ek strategy call hui thi "
     "par uske baad hamare bhai ne kaha ki abhi budget nahi hai. Discovery ke 12000 wapas kar dijiye please.\n\nShahid Chishti",
     (2025, 9, 27, 13, 0), IN)], [R("deny")],
     spec="Discovery session started 2025-09-20 (before the request): non-refundable: deny (O1).")

proj("Shimla Deodar Crest Resort", "gm@deodarcrestshimla.in", None)
owpay("h37_w03", "OWD-2025-3703", "Shimla Deodar Crest Resort", "deposit", "30000.00", "5400.00", "2025-09-28T18:00:00")
case("o03-shimla-deposit-40h", OWB, "decided", [M("Deodar Crest Resort <gm@deodarcrestshimla.in>",
     "Refund Request — Shimla Deodar Crest Resort — OWD-2025-3703",
     "Dear Optima WebDesign,\n\nWe paid the booking deposit of Rs. 30,000 + GST on 28th evening for the resort website (OWD-2025-3703). "
     "Hamare owners ne ab group ki central IT team se website banwane ka faisla liya hai, isliye hum yeh project cancel kar rahe hain. "
     "Koi kaam shuru nahi hua hai. Kindly refund the deposit.\n\nRegards,\nAnkit Chauhan\nGM, Deodar Crest Resort, Kufri Road, Shimla",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "30000.00")], extra_ok=True,
     spec="Deposit paid 2025-09-28 18:00, request 2025-09-30 10:00 = 40 h, no work started: full refund 30000.00 before tax (O2). The project cancellation he states may be acknowledged too (extra_ok).")

proj("Naini Lake Boating Co-op", "secretary@nainiboating.org", None)
owpay("h37_w04", "OWD-2025-3704", "Naini Lake Boating Co-op", "deposit", "20000.00", "3600.00", "2025-09-26T11:00:00")
case("o04-nainital-exactly-72h", OWB, "decided", [M("Naini Lake Boating Co-op <secretary@nainiboating.org>",
     "Deposit refund - Naini Lake Boating Co-op - OWD-2025-3704",
     "Namaskar,\nSamiti ki baithak me tay hua ki abhi website nahi banwani, sadasyon ne kaha pehle naavon ki marammat ho. "
     "Isliye 26 Sept ko jama kiya gaya booking deposit (OWD-2025-3704, Rs 20,000) wapas kar dein.\n\nHarish Chandra Joshi\nSachiv, Naini Lake Boating Co-op",
     (2025, 9, 29, 11, 0), IN)], [R("deny")],
     spec="Deposit paid 2025-09-26 11:00, request 2025-09-29 11:00 = exactly 72 h: not before 72 h: deny (O2, section 8).")

proj("Banke Bihari Yatra Services", "info@bbyatra.in", "2025-09-27T10:00:00")
owpay("h37_w05", "OWD-2025-3705", "Banke Bihari Yatra Services", "deposit", "25000.00", "4500.00", "2025-09-26T16:00:00")
case("o05-vrindavan-deposit-work-started", OWB, "decided", [M("Banke Bihari Yatra Services <info@bbyatra.in>",
     "Refund Request — Banke Bihari Yatra Services / OWD-2025-3705",
     "Radhe Radhe,\n\nHamne 26 ko deposit diya tha aur aapki team ne agle din se design shuru kar diya. Lekin ab hamare partner alag ho gaye hain "
     "aur travel business band ho raha hai. Deposit 25,000 refund kijiye. Abhi 72 ghante bhi nahi hue.\n\nMadhav Goswami, Vrindavan",
     (2025, 9, 28, 12, 0), IN)], [R("deny")],
     spec="Deposit 2025-09-26 16:00; work started 2025-09-27 10:00, before the request (44 h): whichever comes first: deny (O2).")

proj("Raipur Rice Mills Portal", "md@raipurricemills.in", "2025-09-01T10:00:00")
owpay("h37_w06", "OWD-2025-3706", "Raipur Rice Mills Portal", "milestone", "25000.00", "4500.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o06-raipur-milestone-not-started", OWB, "decided", [M("Raipur Rice Mills <md@raipurricemills.in>",
     "Milestone 3 refund - Raipur Rice Mills Portal",
     "Dear Sir,\n\nProject 'Raipur Rice Mills Portal' ke milestone 3 (dealer login module) ka payment OWD-2025-3706 ke through ₹25,000 + GST advance diya tha. "
     "Hamare dealers ab ek alag distribution app use karenge, isliye ye module nahi chahiye. Is milestone ka kaam shuru nahi hua hai, refund kar dijiye.\n\n"
     "Regards,\nR. K. Agrawal, MD",
     (2025, 9, 27, 11, 0), IN)], [R("approve", "25000.00")],
     spec="Milestone not_started: refund its amount 25000.00 before tax (O3).")

proj("Jharkhand Tribal Crafts", "crafts@jhtribalcrafts.org", "2025-08-20T10:00:00")
owpay("h37_w07", "OWD-2025-3707", "Jharkhand Tribal Crafts", "milestone", "18000.00", "3240.00", "2025-09-10T10:00:00", milestone_status="in_progress")
case("o07-ranchi-milestone-in-progress", OWB, "decided", [M("Jharkhand Tribal Crafts <crafts@jhtribalcrafts.org>",
     "Milestone refund - Jharkhand Tribal Crafts (OWD-2025-3707)",
     "Johar,\n\nJharkhand Tribal Crafts ke online store ka product catalogue milestone (OWD-2025-3707) aadha bana hai. "
     "Hamari sanstha ka grant ruk gaya hai to ab aage kaam nahi karwa sakte. Jo kaam nahi hua uska paisa wapas chahiye.\n\nSushma Munda\nCoordinator",
     (2025, 9, 26, 12, 0), IN)], [R("escalate")],
     spec="Milestone in_progress: the value of work not started needs a person: escalate (O3).")

proj("Kanpur Saddlery Exports", "exports@kanpursaddlery.in", "2025-07-01T10:00:00")
owpay("h37_w08", "OWD-2025-3708", "Kanpur Saddlery Exports", "milestone", "40000.00", "7200.00", "2025-08-01T10:00:00", milestone_status="completed")
case("o08-kanpur-milestone-completed", OWB, "decided", [M("Kanpur Saddlery Exports <exports@kanpursaddlery.in>",
     "Refund — Kanpur Saddlery Exports — OWD-2025-3708",
     "Sir,\nAapne jo catalogue website ka milestone-2 diya tha (OWD-2025-3708) wo to complete ho gaya, par hamare German buyer ko design pasand nahi aaya. "
     "Humein ye paisa wapas chahiye, kyunki humare kisi kaam ka nahi.\n\nNadeem Qureshi\nKanpur Saddlery Exports, Jajmau",
     (2025, 9, 25, 11, 0), IN)], [R("deny")],
     spec="Milestone completed: non-refundable: deny (O3/O6).")

proj("Prayag Academy Website Care", "admin@prayagacademy.in", "2025-04-01T10:00:00")
owpay("h37_w09", "OWD-2025-3709", "Prayag Academy Website Care", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T10:00:00")
case("o09-prayagraj-retainer-notice-ok", OWB, "decided", [M("Prayag Academy <admin@prayagacademy.in>",
     "Retainer band karna - Prayag Academy Website Care",
     "Namaskar,\n\nProject: Prayag Academy Website Care, last invoice OWD-2025-3709. Hamare naye IT teacher ab website khud update karenge, "
     "isliye monthly retainer aage nahi chahiye. Kripya cancel kar dein.\n\nPrincipal, Prayag Academy, George Town, Prayagraj",
     (2025, 9, 28, 12, 0), IN)], [X("cancel", "2025-10-14")],
     spec="Retainer, next_billing_at 2025-10-15; request 2025-09-28 is on or before 2025-10-08 (7 days' notice): cancel effective 2025-10-14 (O4/O8).")

proj("Tirhut Litchi Exports Site", "info@tirhutlitchi.in", "2025-05-01T10:00:00")
owpay("h37_w10", "OWD-2025-3710", "Tirhut Litchi Exports Site", "retainer", "6000.00", "1080.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T10:00:00")
case("o10-muzaffarpur-retainer-short-notice", OWB, "decided", [M("Tirhut Litchi Exports <info@tirhutlitchi.in>",
     "retainer cancel - Tirhut Litchi Exports Site",
     "Pranam,\nTirhut Litchi Exports Site ka maintenance retainer (OWD-2025-3710) band karna hai. Litchi ka season khatam, ab saal bhar website me kuch badalna nahi. "
     "Kripya cancel kar dijiye.\nRakesh Thakur, Muzaffarpur",
     (2025, 9, 29, 12, 0), IN)], [X("cancel", "2025-11-02")],
     spec="Next billing 2025-10-03; request 2025-09-29 is after 2025-09-26 (less than 7 days' notice): the next cycle 2025-10-03..2025-11-02 is billed: effective 2025-11-02 (O4).")

proj("Rohtak Wrestling Akhada", "coach@rohtakakhada.in", "2025-03-01T10:00:00")
owpay("h37_w11", "OWD-2025-3711", "Rohtak Wrestling Akhada", "retainer", "5000.00", "900.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T10:00:00")
owpay("h37_w12", "OWD-2025-3712", "Rohtak Wrestling Akhada", "retainer", "5000.00", "900.00", "2025-09-25T10:00:00",
      period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T10:00:00")
case("o11-rohtak-retainer-paid-ahead", OWB, "decided", [M("Rohtak Wrestling Akhada <coach@rohtakakhada.in>",
     "retainer cancel - Rohtak Wrestling Akhada",
     "Ram Ram,\nAkhade ki website ka retainer band karna hai, ab hamare chhore Instagram pe hi sab daal dete hain, website ki zarurat nahi. "
     "Galti se agle mahine ka bhi advance de diya tha (OWD-2025-3712). Cancel kar do.\nUstad Jagbir Dahiya, Rohtak",
     (2025, 9, 27, 18, 0), IN)], [X("escalate")], extra_ok=False,
     spec="Next cycle (2025-10-10..2025-11-09) already paid (OWD-2025-3712) and notice is at least 7 days: the cancellation is escalated (section 8, O4).")

proj("Sagar Jain Mandir Trust", "trust@sagarjainmandir.org", None)
owpay("h37_w13", "OWD-2025-3713", "Sagar Jain Mandir Trust", "hosting_annual", "18000.00", "3240.00", "2025-09-22T10:00:00",
      setup_fee="2400.00", service_start="2025-09-22")
case("o13-sagar-hosting-prorated", OWB, "decided", [M("Sagar Jain Mandir Trust <trust@sagarjainmandir.org>",
     "होस्टिंग रिफंड — सागर जैन मंदिर ट्रस्ट — OWD-2025-3713",
     "जय जिनेन्द्र,\n\nप्रोजेक्ट: Sagar Jain Mandir Trust\n\nट्रस्ट की वेबसाइट के लिए 22 सितंबर से शुरू हुई वार्षिक होस्टिंग (OWD-2025-3713) हमें नहीं चाहिए, क्योंकि समाज के एक सदस्य ने "
     "अपने सर्वर पर मुफ्त होस्टिंग देने की पेशकश की है। कृपया होस्टिंग बंद करके नियम अनुसार शेष राशि लौटाएं।\n\nमंत्री, सागर जैन मंदिर ट्रस्ट",
     (2025, 9, 30, 11, 0), IN)], [R("approve", "14300.00"), X("cancel")],
     spec="Annual hosting 18000 incl. setup 2400, start 2025-09-22, request 2025-09-30 (day 8 of 14): 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00 (O5); the plan ends (cancel).")

proj("Ambala Science House", "accounts@ambalascience.in", "2025-08-25T10:00:00")
owpay("h37_w14", "OWD-2025-3714", "Ambala Science House", "maintenance_annual", "24000.00", "4320.00", "2025-09-01T10:00:00",
      setup_fee="3000.00", service_start="2025-09-01")
case("o14-ambala-maintenance-late", OWB, "decided", [M("Ambala Science House <accounts@ambalascience.in>",
     "Maintenance plan refund - Ambala Science House",
     "Dear Team,\nProject Ambala Science House, invoice OWD-2025-3714 (annual maintenance from 1 Sept). Hamare export orders kam ho gaye hain, "
     "budget cut hai, isliye maintenance plan ka bacha hua paisa refund kar dijiye.\nAccounts Dept., Ambala Science House, Ambala Cantt",
     (2025, 9, 29, 11, 0), IN)], [R("deny")], extra_ok=True,
     spec="Annual maintenance started 2025-09-01, request 2025-09-29 = day 28, after 14 days: deny (O5). extra_ok: a cancellation of the plan he wants to end may be acknowledged.")

proj("Birgunj Kirana Online", "shop@birgunjkirana.com.np", "2025-09-05T10:00:00")
owpay("h37_w15", "OWD-2025-3715", "Birgunj Kirana Online", "third_party", "2200.00", "396.00", "2025-09-24T10:00:00")
case("o15-birgunj-domain-deny", OWB, "decided", [M("Birgunj Kirana Online <shop@birgunjkirana.com.np>",
     "domain ka paisa wapas - Birgunj Kirana Online",
     "Namaste hajur,\nBirgunj Kirana Online project ke liye aapne .com domain 2200 me liya (OWD-2025-3715). Par hamein .com.np chahiye tha jo yahan muft milta hai. "
     "Isliye domain ka paisa wapas kijiye.\nBinod Sah, Birgunj",
     (2025, 9, 27, 11, 15), NPT)], [R("deny")],
     spec="Domain purchase (third_party): never refundable: deny (O6).")

proj("Yatra Sangam Travels", "director@yatrasangam.in", "2025-09-10T10:00:00")
owpay("h37_w16", "OWD-2025-3716", "Yatra Sangam Travels", "rush", "7500.00", "1350.00", "2025-09-20T10:00:00")
case("o16-travel-rush-fee", OWB, "decided", [M("Yatra Sangam Travels <director@yatrasangam.in>",
     "Rush fee refund — Yatra Sangam Travels — OWD-2025-3716",
     "Namaste,\nHumne Navratri tour packages ke liye site jaldi chahiye thi to 7,500 ka express/rush charge diya tha (OWD-2025-3716). "
     "Site time pe live ho gayi, par package bookings aayi hi nahi. Ye rush charge to wapas hona chahiye.\nVineet Saxena, Yatra Sangam Travels, Kanpur",
     (2025, 9, 28, 12, 0), IN)], [R("deny")],
     spec="Rush fee: non-refundable item: deny (O6).")

proj("Mathura Ghee Bhandar Site", "orders@mathuraghee.in", "2025-08-01T10:00:00")
owpay("h37_w17", "OWD-2025-3717", "Mathura Ghee Bhandar Site", "change_request", "4000.00", "720.00", "2025-09-22T10:00:00")
case("o17-mathura-change-request", OWB, "decided", [M("Mathura Ghee Bhandar <orders@mathuraghee.in>",
     "change request ka paisa",
     "Radhe Radhe,\nProject Mathura Ghee Bhandar Site - humne logo badalne ka change request diya tha, 4000 + GST (OWD-2025-3717). "
     "Ab purana logo hi theek laga, naya nahi chahiye. Isliye 4000 refund kar do.\nKrishna Kumar",
     (2025, 9, 26, 17, 0), IN)], [R("deny")],
     spec="Change request fee: non-refundable: deny (O6).")

proj("Shri Ganesh Coaching Centre", "ganeshcoaching.kota@gmail.com", "2025-09-01T10:00:00")
owpay("h37_w18", "OWD-2025-3718", "Shri Ganesh Coaching Centre", "milestone", "12000.00", "2160.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o18-son-writes-c2", OWB, "need_info", [M("Arjun Meena <arjun.meena.2004@gmail.com>",
     "Shri Ganesh Coaching Centre - milestone refund",
     "Hello, I am writing on behalf of my father. Contract email ganeshcoaching.kota@gmail.com hai par unko email chalana nahi aata. "
     "Milestone OWD-2025-3718 (test series page) ka kaam abhi shuru nahi hua, wo page nahi chahiye ab. Refund kar dijiye.\nArjun",
     (2025, 9, 28, 20, 0), IN)], rules=["C2"],
     spec="Son writes from his own gmail, naming the contract email: the request must come from ganeshcoaching.kota@gmail.com (C2).")

proj("Hotel Ambika Palace", "gm@hotelambikapalace.in", "2025-08-01T10:00:00")
owpay("h37_w19", "OWD-2025-3719", "Hotel Ambika Palace", "retainer", "9000.00", "1620.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T10:00:00")
case("o19-outlook-forward-manager", OWB, "need_info", [M("Front Office Ambika <frontoffice.ambika@outlook.com>",
     "FW: retainer band karein - Hotel Ambika Palace",
     "Sir please see below mail of GM sir.\n\nFront Office\n\n________________________________\nFrom: GM Hotel Ambika Palace <gm@hotelambikapalace.in>\n"
     "Sent: Saturday, September 27, 2025 10:05 AM\nTo: frontoffice.ambika@outlook.com\nSubject: retainer band karein\n\n"
     "Optima walon ko bolo ki Hotel Ambika Palace ka website retainer (OWD-2025-3719) band kar dein, ab OTA se hi bookings aa rahi hain.\n",
     (2025, 9, 27, 11, 0), IN)], rules=["C2"],
     spec="Outlook forward from the front office: the forwarded request names the contract email gm@hotelambikapalace.in, not the sender: C2.")

proj("Gwalior Fort View Homestay", "stay@fortviewgwalior.in", "2025-06-01T10:00:00")
owpay("h37_w20", "OWD-2025-3720", "Gwalior Fort View Homestay", "retainer", "4500.00", "810.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T10:00:00")
case("o20-cancel-no-reason", OWB, "need_info", [M("Fort View Homestay <stay@fortviewgwalior.in>",
     "Cancel — Gwalior Fort View Homestay — OWD-2025-3720",
     "Namaste,\nKripya Gwalior Fort View Homestay ka monthly retainer (invoice OWD-2025-3720) cancel kar dein.\nDhanyavaad\nSunita Tomar",
     (2025, 9, 27, 12, 0), IN)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8): contract email, project and invoice given, no reason: need_info [reason].")

proj("Shubh Laxmi Jewellers Catalogue", "shubhlaxmi.jewellers@gmail.com", None)
proj("Shubh Laxmi Jewellers Billing App", "shubhlaxmi.jewellers@gmail.com", None)
owpay("h37_w21", "OWD-2025-3721", "Shubh Laxmi Jewellers Catalogue", "hosting_annual", "12000.00", "2160.00", "2025-09-24T10:00:00",
      setup_fee="1200.00", service_start="2025-09-24")
owpay("h37_w22", "OWD-2025-3722", "Shubh Laxmi Jewellers Billing App", "hosting_annual", "12000.00", "2160.00", "2025-09-24T10:05:00",
      setup_fee="1200.00", service_start="2025-09-24")
case("o21-thread-project-later", OWB, "decided", [
     M("Shubh Laxmi Jewellers <shubhlaxmi.jewellers@gmail.com>", "hosting refund",
       "Namaste,\nHumne 24 Sept ko do hosting plan liye the. Ek ki zarurat nahi, kyunki catalogue ab billing app ke andar hi dikh jayega. "
       "Uska hosting band karke refund dijiye.\nMahendra Soni, Johari Bazaar, Jaipur",
       (2025, 9, 28, 12, 0), IN),
     M("Shubh Laxmi Jewellers <shubhlaxmi.jewellers@gmail.com>", "Re: hosting refund",
       "Project: Shubh Laxmi Jewellers Catalogue, invoice OWD-2025-3721.\nMahendra\n\n> Humne 24 Sept ko do hosting plan liye the.",
       (2025, 9, 30, 12, 0), IN)], [R("approve", "9900.00"), X("cancel")],
     spec="Thread: the first mail names neither project nor invoice (it only hints that the catalogue is the one not needed) and two hosting plans share the contract email; the answer names the Catalogue hosting OWD-2025-3721: start 2025-09-24, first mail 2025-09-28 (day 4): 12000 - 1200 - 900 = 9900.00 (O5); the plan ends (cancel).")

proj("Ujjain Mahakal Prasad Seva", "seva@mahakalprasad.in", "2025-09-15T10:00:00")
owpay("h37_w23", "OWD-2025-3723", "Ujjain Mahakal Prasad Seva", "milestone", "20000.00", "3600.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o22-advocate-notice", OWB, "decided", [M("Mahakal Prasad Seva <seva@mahakalprasad.in>",
     "Milestone refund — Ujjain Mahakal Prasad Seva — OWD-2025-3723",
     "Mahoday,\nProject Ujjain Mahakal Prasad Seva ka payment gateway milestone (OWD-2025-3723) hum cancel kar rahe hain, kyunki mandir samiti ne online daan band karne ka faisla kiya hai. "
     "Ek hafte me refund nahi mila to hamare advocate aapko legal notice bhejenge.\nSachiv, Prasad Seva Samiti, Ujjain",
     (2025, 9, 26, 12, 0), IN)], [R("escalate")], rules=["C4"], extra_ok=True,
     spec="An advocate's legal notice is threatened: escalate the case (C4) although the milestone is not started. extra_ok: the milestone cancellation he states may be decided too (escalated under C4).")

proj("Shri Krishna Marble Udaipur", "krishnamarble.udr@gmail.com", "2025-07-01T10:00:00")
owpay("h37_w24", "OWD-2025-3724", "Shri Krishna Marble Udaipur", "retainer", "7000.00", "1260.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T10:00:00")
case("o23-no-dispute-cancel", OWB, "decided", [M("Shri Krishna Marble <krishnamarble.udr@gmail.com>",
     "Retainer cancel - Shri Krishna Marble Udaipur - OWD-2025-3724",
     "Namaste,\nHum koi chargeback ya bank dispute nahi kar rahe, aapka kaam accha tha. Bas ab hamara beta hi website sambhalega, isliye "
     "Shri Krishna Marble Udaipur ka retainer (OWD-2025-3724) cancel kar dijiye.\nMohan Lal Paliwal",
     (2025, 9, 30, 12, 0), IN)], [X("cancel", "2025-10-11")],
     spec="Chargeback and bank dispute ruled out, no other threat: no C4. Next billing 2025-10-12; request 2025-09-30 <= 2025-10-05 (7 days' notice): cancel effective 2025-10-11 (O4/O8).")

case("o24-auto-reply-owd", OWB, "ignore", [M("Hotel Ambika Palace <gm@hotelambikapalace.in>",
     "Automatic reply: Re: [OWD-3719] retainer",
     "Dhanyavad aapke mail ke liye. Main 3 October tak bahar hoon. / I am out of office until 3 October.",
     (2025, 9, 29, 9, 0), IN, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], rules=["C7"],
     spec="Outlook auto-reply with Auto-Submitted: auto-replied: ignore (C7).")

case("o25-thanks-site-live", OWB, "other", [M("Deodar Crest Resort <gm@deodarcrestshimla.in>",
     "site ke baare me sawaal",
     "Namaste,\nKya aap hamari purani site ka domain transfer me madad kar sakte hain? Aur SSL kab tak lag jayega? Refund ka koi sawaal nahi, bas jaanna tha.\nAnkit",
     (2025, 9, 24, 11, 0), IN)],
     spec="A question about a domain transfer and SSL; refund explicitly not asked: other.")

proj("Meerut Sports Goods Store", "sales@meerutsportsgoods.in", "2025-08-01T10:00:00")
owpay("h37_w26", "OWD-2025-3726", "Meerut Sports Goods Store", "milestone", "16000.00", "2880.00", "2025-09-12T10:00:00", milestone_status="not_started", status="disputed")
case("o26-disputed-payment", OWB, "decided", [M("Meerut Sports Goods <sales@meerutsportsgoods.in>",
     "Refund — Meerut Sports Goods Store — OWD-2025-3726",
     "Sir,\nMeerut Sports Goods Store ke milestone OWD-2025-3726 ka refund chahiye, cricket bats ka online section hum nahi banwa rahe ab, "
     "kyunki hamare distributor ne apna portal de diya hai.\nRahul Tyagi",
     (2025, 9, 27, 12, 0), IN)], [R("escalate")],
     spec="The payment's ledger status is 'disputed' (not paid): a refund of it is escalated (section 8), whatever the milestone status.")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
