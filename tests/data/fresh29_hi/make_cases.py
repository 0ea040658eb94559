"""fresh29 Hindi/Hinglish cases (qa29c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh29@mail.example>"
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

IST = 330
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ---------------- LeadsOptima ----------------
cust("sahu.traders.raipur@gmail.com", "Sahu Traders", "annual", start="2025-09-25", end="2026-09-24")
lopay("h29_p01", "LO-INV-92001", "sahu.traders.raipur@gmail.com", "annual", *A, "2025-09-25T11:00:00", "2025-09-25", "2026-09-24")
lopay("h29_p02", "LO-INV-92002", "sahu.traders.raipur@gmail.com", "annual", *A, "2025-09-25T11:01:00", "2025-09-25", "2026-09-24")
case("l01-raipur-do-baar-kata", LOB, "decided", [M("Sahu Traders <sahu.traders.raipur@gmail.com>",
     "paisa do baar kat gaya",
     "namaskar sir,\n\nmera annual plan ka paisa 25 tarikh ko do baar kata hai, 11988 + 11988. ek hi plan liya tha. dusra wala invoice LO-INV-92002 hai. "
     "kripya dusra wala wapas kar dijiye.\n\ndhanyawad\nRamesh Sahu\nSahu Traders, Gol Bazar, Raipur (CG)",
     (2025, 9, 28, 11, 0), IST)], [R("approve", "11988.00")],
     spec="L4: two paid annual charges 2025-09-25, same period; request 2025-09-28 (day 3): refund LO-INV-92002 11988.00 before tax.")

cust("negi.apples.shimla@gmail.com", "Negi Apple Orchards", "monthly", start="2025-09-22", end="2025-10-21")
lopay("h29_p03", "LO-INV-92011", "negi.apples.shimla@gmail.com", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("h29_p04", "LO-INV-92012", "negi.apples.shimla@gmail.com", "monthly", *Mo, "2025-09-22T10:02:00", "2025-09-22", "2025-10-21")
case("l02-shimla-day7-raat", LOB, "decided", [M("Negi Apple Orchards <negi.apples.shimla@gmail.com>",
     "दो बार पेमेंट कटा - LO-INV-92012",
     "नमस्ते जी,\n\nसेब के सीज़न में नेटवर्क की दिक्कत रहती है इसलिए अब लिख रहा हूँ। 22 सितंबर को मंथली प्लान के ₹1,499 दो बार कटे हैं "
     "(LO-INV-92011 और LO-INV-92012)। दूसरा वाला वापस कर दीजिए।\n\nधन्यवाद\nविक्रम नेगी\nकोटखाई, शिमला",
     (2025, 9, 29, 23, 40), IST)], [R("approve", "1499.00")],
     spec="Request 2025-09-29 23:40 IST: day 7 after 2025-09-22, inside (L3); refund LO-INV-92012 1499.00 (L4).")

cust("thakur.homestay@yahoo.in", "Thakur Homestay", "monthly", start="2025-09-22", end="2025-10-21")
lopay("h29_p05", "LO-INV-92021", "thakur.homestay@yahoo.in", "monthly", *Mo, "2025-09-22T18:00:00", "2025-09-22", "2025-10-21")
lopay("h29_p06", "LO-INV-92022", "thakur.homestay@yahoo.in", "monthly", *Mo, "2025-09-22T18:01:00", "2025-09-22", "2025-10-21")
case("l03-manali-day8-subah", LOB, "decided", [M("Thakur Homestay <thakur.homestay@yahoo.in>",
     "Double payment",
     "Sir ji,\n\n22 sept ko monthly plan ka double payment ho gaya tha, LO-INV-92021 aur LO-INV-92022. pehle dhyan nahi diya, aaj statement dekha. "
     "ek refund kar do please.\n\nThakur Homestay, Old Manali",
     (2025, 9, 30, 0, 15), IST)], [R("deny")],
     spec="Request 2025-09-30 00:15 IST: day 8 after the 2025-09-22 charges, outside the 7-day window (L3): deny.")

cust("accounts@agarwalsteels.in", "Agarwal Steels Kolkata", "quarterly", start="2025-09-19", end="2025-12-18")
lopay("h29_p07", "LO-INV-92031", "accounts@agarwalsteels.in", "quarterly", *Q, "2025-09-19T10:00:00", "2025-09-19", "2025-12-18")
lopay("h29_p08", "LO-INV-92032", "accounts@agarwalsteels.in", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-19", "2025-12-18")
lopay("h29_p09", "LO-INV-92033", "accounts@agarwalsteels.in", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-19", "2025-12-18")
case("l04-kolkata-marwari-teen-baar", LOB, "decided", [M("Agarwal Steels Accounts <accounts@agarwalsteels.in>",
     "Quarterly plan - 3 times debit",
     "Respected Sir,\n\nHamare account se quarterly plan ka Rs. 3,999/- teen baar debit hua hai - 19/09, 20/09 aur 26/09 ko "
     "(LO-INV-92031, LO-INV-92032, LO-INV-92033). Plan ek hi hai. Extra do payment wapas bhejne ki kripa karein.\n\n"
     "Dhanyawad sahit,\nSanjay Agarwal (Accounts)\nAgarwal Steels, Burrabazar, Kolkata-700007",
     (2025, 9, 28, 12, 0), IST)], [R("approve", "3999.00")],
     spec="Three identical paid charges, same period: duplicates 09-20 and 09-26; request 2025-09-28: 09-20 is day 8 (out, L3), 09-26 day 2 (in): refund 3999.00 (section 8).")

cust("rekha.dewangan@rediffmail.com", "Rekha Dewangan", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("h29_p10", "LO-INV-92041", "rekha.dewangan@rediffmail.com", "quarterly", "4999.00", "899.82", "2025-09-24T12:00:00", "2025-09-24", "2025-12-23")
case("l05-bilaspur-galat-amount", LOB, "decided", [M("Rekha Dewangan <rekha.dewangan@rediffmail.com>",
     "गलत अमाउंट काटा गया",
     "महोदय,\n\nक्वार्टरली प्लान का रेट 3999 रुपये बताया गया था लेकिन 24/09 को मेरे कार्ड से 4999 काटे गए (इनवॉइस LO-INV-92041)। "
     "यह बिलिंग की गलती है, कृपया अतिरिक्त राशि वापस करें।\n\nरेखा देवांगन\nबिलासपुर, छत्तीसगढ़",
     (2025, 9, 26, 16, 0), IST)], [R("escalate")],
     spec="Billing error (wrong amount) inside 7 days of 2025-09-24: escalate with the charge found (L5).")

cust("mohd.khaja.hyd@gmail.com", "Mohammed Khaja", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h29_p11", "LO-INV-92051", "mohd.khaja.hyd@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l06-hyderabad-dakhni-login", LOB, "decided", [M("Mohammed Khaja <mohd.khaja.hyd@gmail.com>",
     "login nakko hora",
     "Salaam bhai,\n\nJumeraat ku paise bhare monthly plan ke, tab se login ich nakko hora. Password reset kare to bhi 'account locked' bolra. "
     "Do din se kaam band hai apun ka. Theek nahi hua to paise wapas karo miyan.\n\nKhaja\nKhaja Mobiles, Mehdipatnam, Hyderabad",
     (2025, 9, 27, 18, 0), IST)], [R("escalate")],
     spec="Access failure 2 days after the single charge LO-INV-92051 (Thursday 2025-09-25; invoice filled from the ledger): escalate (L6).")

cust("jain.kirana.indore@gmail.com", "Jain Kirana", "quarterly", start="2025-09-12", end="2025-12-11")
lopay("h29_p12", "LO-INV-92061", "jain.kirana.indore@gmail.com", "quarterly", *Q, "2025-09-12T10:00:00", "2025-09-12", "2025-12-11")
case("l07-indore-nahi-khul-raha-late", LOB, "decided", [M("Jain Kirana <jain.kirana.indore@gmail.com>",
     "dashboard nahi khul raha",
     "bhiya namaste,\n\nhafte bhar se dashboard khul hi nahi raha, bas ghoomta rehta hai. quarterly ka 3999 12 tareekh ko diya tha LO INV 92061. "
     "ya to chalu karo ya paisa wapas karo.\n\nmukesh jain\nsiyaganj, indore",
     (2025, 9, 24, 10, 0), IST)], [R("deny")],
     spec="Access failure, but the charge was 2025-09-12 and the request 2025-09-24 (day 12): outside 7 days, deny (L3).")

cust("sharma.coaching.bhopal@gmail.com", "Sharma Coaching", "monthly", start="2025-09-27", end="2025-10-26")
lopay("h29_p13", "LO-INV-92071", "sharma.coaching.bhopal@gmail.com", "monthly", *Mo, "2025-09-27T19:00:00", "2025-09-27", "2025-10-26")
case("l08-bhopal-mann-badal-gaya", LOB, "decided", [M("Sharma Coaching <sharma.coaching.bhopal@gmail.com>",
     "refund chahiye",
     "Namaste,\n\nkal hi plan liya tha par ab laga ki hamare coaching ke liye itna zaroori nahi hai, bacche WhatsApp group se hi aa jaate hain. "
     "Mann badal gaya hai, 1499 wapas kar dijiye. Invoice LO-INV-92071.\n\nAnil Sharma\nSharma Coaching Classes, MP Nagar, Bhopal",
     (2025, 9, 28, 10, 0), IST)], [R("deny")],
     spec="Changed mind / not needed: not an L2 exception; refund denied (L1), cancellation offered.")

cust("goyal.textiles.kol@gmail.com", "Goyal Textiles", "annual", start="2025-04-10", end="2026-04-09")
lopay("h29_p14", "LO-INV-92081", "goyal.textiles.kol@gmail.com", "annual", *A, "2025-04-10T10:00:00", "2025-04-10", "2026-04-09")
case("l09-kolkata-bache-mahine-cancel", LOB, "decided", [M("Goyal Textiles <goyal.textiles.kol@gmail.com>",
     "Annual plan band karna hai",
     "Namaskar,\n\nHum annual plan band karna chahte hain, dukaan ka online kaam ab beta khud dekhega apne software se. "
     "Bache hue mahino ka paisa (lagbhag 6 mahine) refund kar dijiye. Invoice LO-INV-92081.\n\nPawan Goyal\nGoyal Textiles, Bara Bazar, Kolkata",
     (2025, 9, 24, 15, 0), IST)], [R("deny"), X("cancel", "2026-04-09")],
     spec="Refund of unused months is not an exception (L1, clause 2): deny; cancel, active until current_period_end 2026-04-09 (L8).")

cust("chauhan.fruits@gmail.com", "Chauhan Fruits", "monthly", status="trial", trial_ends="2025-10-05")
case("l10-solan-trial-refund", LOB, "decided", [M("Chauhan Fruits <chauhan.fruits@gmail.com>",
     "free trial refund",
     "नमस्कार, मैं फ्री ट्रायल पर हूँ। मुझे रिफंड चाहिए, कोई लीड नहीं आई अभी तक।\n\nसुरेश चौहान, सोलन",
     (2025, 9, 27, 9, 0), IST)], [R("deny")],
     spec="A trial account has no charges: nothing to refund (L7); no billing unless they subscribe.")

cust("verma.hardware.durg@gmail.com", "Verma Hardware", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("h29_p15", "LO-INV-92091", "verma.hardware.durg@gmail.com", "quarterly", *Q, "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
case("l11-durg-formal-cancel", LOB, "decided", [M("Verma Hardware <verma.hardware.durg@gmail.com>",
     "सदस्यता रद्द करने हेतु आवेदन",
     "सेवा में,\nग्राहक सेवा विभाग,\nLeadsOptima\n\nविषय: क्वार्टरली सदस्यता रद्द करने हेतु।\n\nमहोदय,\n\nनिवेदन है कि हमारी फर्म ने अपना ऑनलाइन प्रचार "
     "फिलहाल बंद करने का निर्णय लिया है। अतः हमारी क्वार्टरली सदस्यता चालू अवधि समाप्त होने पर रद्द करने की कृपा करें।\n\nभवदीय,\nदिनेश वर्मा\nवर्मा हार्डवेयर, भिलाई-दुर्ग",
     (2025, 9, 25, 11, 0), IST)], [X("cancel", "2025-11-09")],
     spec="Formal Hindi application to cancel: active until current_period_end 2025-11-09 (L8).")

cust("kangra.tea.house@gmail.com", "Kangra Tea House", "quarterly")
lopay("h29_p16", "LO-INV-92101", "kangra.tea.house@gmail.com", "quarterly", *Q, "2025-07-20T10:00:00")
case("l12-dharamshala-cancel-fallback", LOB, "decided", [M("Kangra Tea House <kangra.tea.house@gmail.com>",
     "plan cancel karo",
     "Namaste ji, hamara quarterly plan cancel kar dijiye, season khatam ho raha hai aur sardiyon mein cafe band rehta hai.\n\nRajesh Katoch\nKangra Tea House, McLeodganj",
     (2025, 9, 26, 10, 0), IST)], [X("cancel", "2025-10-19")],
     spec="No current_period_end: last charge 2025-07-20 + 3 months - 1 day = 2025-10-19 (L8).")

cust("syed.biryani.hyd@gmail.com", "Syed Biryani", "monthly", start="2025-09-14", end="2025-10-13")
lopay("h29_p17", "LO-INV-92111", "syed.biryani.hyd@gmail.com", "monthly", *Mo, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("l13-hyd-cancel-one-liner", LOB, "decided", [M("Syed Biryani <syed.biryani.hyd@gmail.com>",
     "cancel",
     "monthly plan cancel kardo bhai\n\nSent from my Redmi",
     (2025, 9, 28, 21, 0), IST)], [X("cancel", "2025-10-13")],
     spec="LeadsOptima cancellation without a reason is not held up: cancel until 2025-10-13 (L8).")

cust("office@mahavirgrains.in", "Mahavir Grains", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("h29_p18", "LO-INV-92121", "office@mahavirgrains.in", "quarterly", *Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
lopay("h29_p19", "LO-INV-92122", "office@mahavirgrains.in", "quarterly", *Q, "2025-09-23T10:03:00", "2025-09-23", "2025-12-22")
case("l14-indore-c2-personal-gmail", LOB, "need_info", [M("Naveen Mahavir <naveen.mahavir77@gmail.com>",
     "double charge - Mahavir Grains",
     "Namaste,\n\nHamara company account office@mahavirgrains.in se registered hai. 23 sept ko quarterly ka paisa do baar kata, dusra LO-INV-92122. "
     "Main apne personal mail se likh raha hoon kyunki office wala mail accountant ke paas hai. Refund kar dijiye.\n\nNaveen\nMahavir Grains, Chhawni Mandi, Indore",
     (2025, 9, 25, 12, 0), IST)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from office@mahavirgrains.in, nothing disclosed (C2).")

cust("director@banerjeejute.co.in", "Banerjee Jute Mills", "annual", start="2025-09-24", end="2026-09-23")
lopay("h29_p20", "LO-INV-92131", "director@banerjeejute.co.in", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
lopay("h29_p21", "LO-INV-92132", "director@banerjeejute.co.in", "annual", *A, "2025-09-24T10:00:40", "2025-09-24", "2026-09-23")
case("l15-kolkata-outlook-fw-pa", LOB, "need_info", [M("Rina Prasad <rina.prasad@banerjeejute.co.in>",
     "FW: LeadsOptima double debit",
     "Sir/Madam,\n\nDirector sahab ka mail neeche hai, kripya zaroori karyavahi karein.\n\nRina Prasad\nPA to Director\n\n"
     "From: Director <director@banerjeejute.co.in>\nSent: 26 September 2025 09:10\nTo: Rina Prasad <rina.prasad@banerjeejute.co.in>\n"
     "Subject: LeadsOptima double debit\n\nRina, LeadsOptima ne annual fee do baar kaata hai 24/09 ko (LO-INV-92131, LO-INV-92132). Dusra wala wapas mangwa lo.",
     (2025, 9, 26, 10, 0), IST)], rules=["C2"],
     spec="Outlook forward by the PA; the forwarded request comes from the registered address director@...: ask for it from that address (section 8 Forwards, C2).")

cust("thakur.dairy.mandi@gmail.com", "Thakur Dairy", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h29_p22", "LO-INV-92141", "thakur.dairy.mandi@gmail.com", "monthly", *Mo, "2025-09-26T08:00:00", "2025-09-26", "2025-10-25")
lopay("h29_p23", "LO-INV-92142", "thakur.dairy.mandi@gmail.com", "monthly", *Mo, "2025-09-26T08:00:30", "2025-09-26", "2025-10-25")
case("l16-mandi-gmail-fwd-ca", LOB, "decided", [M("Thakur Dairy <thakur.dairy.mandi@gmail.com>",
     "Fwd: bank statement mein double entry",
     "CA sahab ka message neeche dekhiye. Dusra payment wapas kijiye.\n\nPrem Thakur\n\n"
     "---------- Forwarded message ---------\nFrom: CA Anil Sood <anil.sood.ca@gmail.com>\nDate: Mon, 29 Sept 2025 at 11:02\n"
     "Subject: bank statement mein double entry\nTo: Thakur Dairy <thakur.dairy.mandi@gmail.com>\n\n"
     "Prem ji, 26/09 ko LeadsOptima ke do payment hain 1,499.00 ke, LO-INV-92141 aur LO-INV-92142, dono same monthly period ke. Ek duplicate hai, refund maang lijiye.",
     (2025, 9, 29, 14, 0), IST)], [R("approve", "1499.00")],
     spec="Gmail forward by the registered customer himself; duplicate inside L3 (day 3): refund LO-INV-92142 1499.00 (L4).")

cust("info@chhattisgarhherbals.in", "Chhattisgarh Herbals", "monthly", start="2025-09-23", end="2025-10-22")
lopay("h29_p24", "LO-INV-92151", "info@chhattisgarhherbals.in", "monthly", *Mo, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case("l17-raipur-no-reason-signature", LOB, "need_info", [M("Chhattisgarh Herbals <info@chhattisgarhherbals.in>",
     "Refund Request: LO-INV-92151",
     "आदरणीय महोदय,\n\nकृपया इनवॉइस LO-INV-92151 का रिफंड जल्द से जल्द करने की कृपा करें।\n\nसधन्यवाद,\nछत्तीसगढ़ हर्बल्स\nपंडरी, रायपुर\n"
     "मो. 98xxxxxx12\n\nयह ईमेल और इसके संलग्नक गोपनीय हैं। यदि आप इसके सही प्राप्तकर्ता नहीं हैं तो कृपया इसे नष्ट करें।",
     (2025, 9, 25, 11, 0), IST)], missing=["reason"],
     spec="Only the request, a sign-off, a signature and a disclaimer: no reason (section 8); ask for the reason (C3).")

cust("dr.reddy.clinic@gmail.com", "Dr Reddy Clinic", "annual", start="2025-09-26", end="2026-09-25")
lopay("h29_p25", "LO-INV-92161", "dr.reddy.clinic@gmail.com", "annual", *A, "2025-09-26T09:00:00", "2025-09-26", "2026-09-25")
lopay("h29_p26", "LO-INV-92162", "dr.reddy.clinic@gmail.com", "annual", *A, "2025-09-26T09:00:20", "2025-09-26", "2026-09-25")
case("l18-hyd-thread-reason", LOB, "decided", [
    M("Dr Reddy Clinic <dr.reddy.clinic@gmail.com>", "Refund LO-INV-92162",
      "Please refund LO-INV-92162. Thanks.\n\nDr. S. Reddy\nKukatpally, Hyderabad", (2025, 9, 27, 9, 0), IST),
    M("Dr Reddy Clinic <dr.reddy.clinic@gmail.com>", "Re: Refund LO-INV-92162 [LO-2911]",
      "Sorry ji, reason likhna bhool gaya. 26 ko annual plan ka payment do baar ho gaya, 92161 aur 92162. Dusra duplicate hai.\n\n"
      "On Sat, 27 Sept 2025, LeadsOptima Support wrote:\n> Please tell us the reason for your request.",
      (2025, 9, 30, 20, 0), IST)], [R("approve", "11988.00")],
     spec="Thread: the reason comes in the answer; window counted from the first email (2025-09-27, day 1): refund LO-INV-92162 11988.00 (C3, L4).")

cust("pandey.stores.kol@gmail.com", "Pandey Stores", "monthly", start="2025-09-24", end="2025-10-23")
lopay("h29_p27", "LO-INV-92171", "pandey.stores.kol@gmail.com", "monthly", *Mo, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("h29_p28", "LO-INV-92172", "pandey.stores.kol@gmail.com", "monthly", "1799.00", "323.82", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l19-kolkata-bihari-no-invoice", LOB, "need_info", [M("Pandey Stores <pandey.stores.kol@gmail.com>",
     "jyada paisa kaat liya",
     "Pranam,\n\nHamra monthly plan ka jo rate tha usse jyada paisa kaat liya gaya hai. Galti aap logon ka hai. Jo extra kata hai wapas kijiye.\n\n"
     "Umesh Pandey\nPandey Stores, Howrah",
     (2025, 9, 26, 13, 0), IST)], missing=["invoice_number"],
     spec="Billing error claimed by a verified sender with two charges and no invoice named: ask for the invoice number (C3).")

case("l20-kolkata-thread-invoice", LOB, "decided", [
    M("Pandey Stores <pandey.stores.kol@gmail.com>", "galat amount",
      "Pranam, hamra monthly mein galat amount kata hai. Extra wapas kijiye.\n\nUmesh", (2025, 9, 27, 9, 0), IST),
    M("Pandey Stores <pandey.stores.kol@gmail.com>", "Re: galat amount [LO-2912]",
      "invoice no. lo/inv/92172 hai. 1499 ke jagah 1799 kata.\n\nUmesh Pandey",
      (2025, 9, 29, 10, 0), IST)], [R("escalate")],
     spec="Thread: 'lo/inv/92172' matches LO-INV-92172 (section 8); billing error inside 7 days (09-24 -> first email 09-27): escalate (L5).")

cust("gupta.electricals.bpl@gmail.com", "Gupta Electricals", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("h29_p29", "LO-INV-92181", "gupta.electricals.bpl@gmail.com", "quarterly", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
lopay("h29_p30", "LO-INV-92182", "gupta.electricals.bpl@gmail.com", "quarterly", *Q, "2025-09-25T10:01:00", "2025-09-25", "2025-12-24")
case("l21-bhopal-consumer-forum", LOB, "decided", [M("Gupta Electricals <gupta.electricals.bpl@gmail.com>",
     "DOUBLE PAYMENT - LAST WARNING",
     "Aapne 25 ko quarterly ka 3999 do baar kaata hai (LO-INV-92181, LO-INV-92182). Teen din se koi jawab nahi. "
     "Agar kal tak paisa wapas nahi aaya to main consumer forum mein complaint kar dunga.\n\nR.K. Gupta\nGupta Electricals, Bhopal",
     (2025, 9, 28, 19, 0), IST)], [R("escalate")], rules=["C4"],
     spec="A consumer-forum threat escalates the case even though the duplicate would qualify (C4).")

cust("sood.travels.shimla@gmail.com", "Sood Travels", "monthly", start="2025-09-20", end="2025-10-19")
lopay("h29_p31", "LO-INV-92191", "sood.travels.shimla@gmail.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l22-shimla-vakil-cancel", LOB, "decided", [M("Sood Travels <sood.travels.shimla@gmail.com>",
     "cancel + refund warna legal action",
     "आपका सॉफ्टवेयर हमारे किसी काम का नहीं निकला। मंथली प्लान अभी कैंसल करो और सितंबर का पैसा वापस करो। "
     "नहीं तो मैं अपने वकील के ज़रिए नोटिस भिजवाऊँगा।\n\nअजय सूद, सूद ट्रेवल्स, शिमला",
     (2025, 9, 24, 12, 0), IST)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="A lawyer's notice threatened: C4 escalates every intent, the cancellation included (section 8).")

cust("ali.opticals.hyd@gmail.com", "Ali Opticals", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h29_p32", "LO-INV-92201", "ali.opticals.hyd@gmail.com", "monthly", *Mo, "2025-09-25T18:00:00", "2025-09-25", "2025-10-24")
lopay("h29_p33", "LO-INV-92202", "ali.opticals.hyd@gmail.com", "monthly", *Mo, "2025-09-25T18:02:00", "2025-09-25", "2025-10-24")
case("l23-hyd-chargeback-nakko", LOB, "decided", [M("Ali Opticals <ali.opticals.hyd@gmail.com>",
     "double payment 25/09",
     "Assalamualaikum,\n\nBank wale bole chargeback karo, lekin mein nakko bola, aap logaan se seedha baat karna hai. 25 ku monthly ke do payment kate, "
     "LO-INV-92201 aur LO-INV-92202. Dusra wala wapas karo.\n\nShukriya\nImran Ali\nAli Opticals, Charminar",
     (2025, 9, 28, 19, 0), IST)], [R("approve", "1499.00")],
     spec="The chargeback is the bank's idea and ruled out ('nakko bola'): no C4 (section 8). Duplicate, day 3: refund LO-INV-92202 1499.00 (L4).")

case("l24-out-of-office-hindi", LOB, "ignore", [M("Goyal Textiles <goyal.textiles.kol@gmail.com>",
     "स्वचालित उत्तर: Your LeadsOptima invoice",
     "मैं दुर्गा पूजा की छुट्टियों पर 2 अक्टूबर तक बाहर हूँ। I am out of office for Durga Puja till 2 Oct.",
     (2025, 9, 29, 9, 0), IST, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")

case("l25-postmaster-bounce", LOB, "ignore", [M("postmaster@rediffmail.com",
     "Delivery Status Notification (Failure)",
     "Delivery to the following recipient failed permanently:\n\n     rekha.dewangan.old@rediffmail.com\n\nReason: mailbox unavailable",
     (2025, 9, 27, 12, 0), IST)], rules=["C7"],
     spec="A postmaster bounce: ignore (C7).")

case("l26-bulk-offer", LOB, "ignore", [M("Indore Vyapari Sangh <news@indorevyapari.in>",
     "Diwali offer: apne business ko online le jaayein",
     "Priya sadasya, is Diwali digital marketing tools par 30% chhoot. Refund policy jaanne ke liye website dekhein.",
     (2025, 9, 27, 7, 0), IST, hdr={"Precedence": "bulk"})], rules=["C7"],
     spec="Precedence: bulk: ignore (C7).")

case("l27-hyd-question-gst", LOB, "other", [M("Mohammed Khaja <mohd.khaja.hyd@gmail.com>",
     "GST bill chahiye",
     "Bhai login ab theek hora, shukriya. GST number daal ke bill bhejo na, CA maangre.\n\nKhaja",
     (2025, 9, 29, 11, 0), IST)],
     spec="A GST invoice request: other.")

case("l28-raipur-dhanyavad", LOB, "other", [M("Sahu Traders <sahu.traders.raipur@gmail.com>",
     "धन्यवाद",
     "आपकी टीम ने फोन पर अच्छे से समझाया, धन्यवाद। ऐसे ही सेवा देते रहिए।\n\nरमेश साहू",
     (2025, 9, 30, 10, 0), IST)],
     spec="A thank-you: other.")

case("l29-kolkata-refund-nahi-chahiye", LOB, "other", [M("Agarwal Steels Accounts <accounts@agarwalsteels.in>",
     "TDS query",
     "Sir, refund nahi chahiye, sirf ye batayein ki aapke invoice par TDS kaatna hai ya nahi? Hamare auditor puchh rahe hain.\n\nSanjay Agarwal",
     (2025, 9, 29, 12, 0), IST)],
     spec="'Refund nahi chahiye' adds no intent (section 8); a tax question: other.")

case("l30-indore-agar-liya-to", LOB, "other", [M("Patidar Agro <patidar.agro.indore@gmail.com>",
     "annual plan ke baare mein",
     "Namaste, hum annual plan lene ki soch rahe hain. Agar le liya aur kaam ka nahi laga to refund milega kya? Trial hai kya?\n\nVinod Patidar, Indore",
     (2025, 9, 25, 11, 0), IST)],
     spec="A hypothetical before buying (section 8): other.")

cust("kumar.medicals.kol@gmail.com", "Kumar Medicals", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("h29_p34", "LO-INV-92211", "kumar.medicals.kol@gmail.com", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
case("l31-kolkata-double-sms-one-charge", LOB, "decided", [M("Kumar Medicals <kumar.medicals.kol@gmail.com>",
     "do baar SMS aaya",
     "Bank se do SMS aaye 3999 ke, 26 tarikh ko, quarterly plan. Invoice LO-INV-92211. Ek refund kijiye.\n\nAjit Kumar, Salt Lake",
     (2025, 9, 28, 11, 0), IST)], [R("escalate")],
     spec="Duplicate claimed inside the window, but the ledger holds one charge only: no pair, escalate (L4).")

cust("rao.jewellers.hyd@gmail.com", "Rao Jewellers", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h29_p35", "LO-INV-92221", "rao.jewellers.hyd@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("h29_p36", "LO-INV-92222", "rao.jewellers.hyd@gmail.com", "monthly", *Mo, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", status="failed")
case("l32-hyd-second-failed", LOB, "decided", [M("Rao Jewellers <rao.jewellers.hyd@gmail.com>",
     "duplicate LO-INV-92222",
     "Namaste, 25 ko monthly ke do charge dikh rahe hain, dusra LO-INV-92222. Usko refund kijiye please.\n\nSrinivas Rao",
     (2025, 9, 27, 10, 0), IST)], [R("escalate")],
     spec="The second charge is not paid (failed): no paid pair, refund of a non-paid payment escalated (section 8).")

cust("bhandari.sweets@gmail.com", "Bhandari Sweets", "monthly", start="2025-09-25", end="2025-10-24")
lopay("h29_p37", "LO-INV-92231", "bhandari.sweets@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l33-indore-html-cancel", LOB, "decided", [M("Bhandari Sweets <bhandari.sweets@gmail.com>",
     "प्लान बंद करें",
     "", (2025, 9, 28, 22, 0), IST,
     html="<div dir=\"auto\">नमस्ते,<br><br>हमारा monthly plan बंद कर दीजिए, दिवाली के बाद दुकान renovation के लिए 3 महीने बंद रहेगी।<br>"
          "<b>रिफंड नहीं चाहिए</b>, बस अगला पैसा मत काटना।<br><br>धन्यवाद<br>राकेश भंडारी<br><span style=\"color:#888\">भंडारी स्वीट्स, सराफा, इंदौर</span></div>")],
     [X("cancel", "2025-10-24")],
     spec="HTML-only Devanagari/English mix; cancellation with 'रिफंड नहीं चाहिए': cancel until 2025-10-24 (L8), no refund intent.")

cust("kashyap.poultry@gmail.com", "Kashyap Poultry", "annual", start="2025-09-27", end="2026-09-26")
lopay("h29_p38", "LO-INV-92241", "kashyap.poultry@gmail.com", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
lopay("h29_p39", "LO-INV-92242", "kashyap.poultry@gmail.com", "annual", *A, "2025-09-27T10:00:10", "2025-09-27", "2026-09-26")
case("l34-korba-amount-in-words", LOB, "decided", [M("Kashyap Poultry <kashyap.poultry@gmail.com>",
     "ग्यारह हज़ार नौ सौ अठासी दो बार",
     "महोदय,\n\n27 सितंबर को एनुअल प्लान के ग्यारह हज़ार नौ सौ अठासी रुपये मेरे खाते से दो बार कट गए। रसीद नं. LO-INV-92241 व LO-INV-92242। "
     "कृपया दूसरी कटौती वापस करें।\n\nप्रार्थी\nहरीश कश्यप\nकश्यप पोल्ट्री फार्म, कोरबा (छ.ग.)",
     (2025, 9, 30, 9, 0), IST)], [R("approve", "11988.00")],
     spec="Two paid annual charges 2025-09-27; request day 3: refund LO-INV-92242 11988.00 (L4); the amount in words is not trusted over the ledger.")

proj("Shimla Heritage Walks", "walks@shimlaheritage.in", None)
case("l35-owd-client-writes-lo", LOB, "need_info", [M("Shimla Heritage Walks <walks@shimlaheritage.in>",
     "deposit wapas",
     "Namaste, website ka deposit wapas chahiye, hum project aage nahi badha rahe, sarkari permission nahi mili.\n\nKaran",
     (2025, 9, 26, 10, 0), IST)], rules=["C2"],
     spec="A web-design client writes to LeadsOptima: unknown in the LeadsOptima ledger, any unknown sender (C2, section 8 other brand's customer).")

cust("tiwari.auto@gmail.com", "Tiwari Auto", "monthly", start="2025-09-20", end="2025-10-19")
lopay("h29_p40", "LO-INV-92251", "tiwari.auto@gmail.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l36-bilaspur-plus-tag", LOB, "need_info", [M("Tiwari Auto <tiwari.auto+billing@gmail.com>",
     "cancel monthly",
     "monthly plan cancel karna hai, garage ka kaam kam ho gaya hai. registered mail wahi purana wala hai.\n\nPankaj Tiwari, Bilaspur",
     (2025, 9, 27, 10, 0), IST)], rules=["C2"],
     spec="tiwari.auto+billing@ is another address than tiwari.auto@ (section 8 Addresses): C2.")

cust("mishra.pharma.bpl@gmail.com", "Mishra Pharma", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("h29_p41", "LO-INV-92261", "mishra.pharma.bpl@gmail.com", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
case("l37-bhopal-rambling-cancel", LOB, "decided", [M("Mishra Pharma <Mishra.Pharma.BPL@gmail.com>",
     "kuch baatein",
     "Namaskar,\n\nPehle to aapke WhatsApp integration ki tareef karni padegi, kaafi distributors usse jude. Doosri baat, hamare MR log ab company ke naye app par shift "
     "ho rahe hain isliye quarterly plan ko is quarter ke baad cancel kar dijiye. Refund ki koi baat nahi hai, poora use kiya hai. "
     "Teesri baat - kya data Excel mein mil sakta hai band hone se pehle?\n\nDhanyawad\nA. K. Mishra\nMishra Pharma Distributors, Bhopal",
     (2025, 9, 27, 16, 0), IST)], [X("cancel", "2025-10-31")],
     spec="Cancellation in the middle of a rambling mail (From in mixed case: addresses compare case-insensitively), refund ruled out: cancel until 2025-10-31 (L8).")

cust("naidu.caterers@gmail.com", "Naidu Caterers", "monthly", start="2025-09-21", end="2025-10-20")
lopay("h29_p42", "LO-INV-92271", "naidu.caterers@gmail.com", "monthly", *Mo, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("h29_p43", "LO-INV-92272", "naidu.caterers@gmail.com", "monthly", *Mo, "2025-09-21T10:05:00", "2025-09-21", "2025-10-20")
case("l38-hyd-day7-2359", LOB, "decided", [M("Naidu Caterers <naidu.caterers@gmail.com>",
     "Duplicate charge LO-INV-92272",
     "Hello sir, 21 ko monthly ke do charge hue 5 minute ke gap mein (LO-INV-92271, LO-INV-92272). Duplicate wala refund kardo.\n\nNaidu Caterers, Secunderabad",
     (2025, 9, 28, 23, 55), IST)], [R("approve", "1499.00")],
     spec="Request 2025-09-28 23:55 IST: day 7 after 2025-09-21, inside (L3): refund LO-INV-92272 1499.00 (L4).")

cust("sen.bakery.kol@gmail.com", "Sen Bakery", "monthly", status="cancelled", start="2025-08-17", end="2025-09-16")
lopay("h29_p44", "LO-INV-92281", "sen.bakery.kol@gmail.com", "monthly", *Mo, "2025-09-27T06:00:00", "2025-09-27", "2025-10-26")
case("l39-kolkata-cancel-ke-baad-charge", LOB, "decided", [M("Sen Bakery <sen.bakery.kol@gmail.com>",
     "cancel ke baad bhi paisa kaata",
     "Namaskar, maine August mein hi plan cancel kar diya tha, phir bhi 27 ko 1499 kaat liya (LO-INV-92281). Ye galat hai, paisa wapas kijiye.\n\nSudipta Sen\nBehala, Kolkata",
     (2025, 9, 29, 10, 0), IST)], [R("escalate")],
     spec="Charged after cancelling = billing error inside the window (09-27 -> 09-29): escalate (L5).")

cust("negi.hotels.kullu@gmail.com", "Negi Hotels", "monthly", start="2025-09-26", end="2025-10-25")
lopay("h29_p45", "LO-INV-92291", "negi.hotels.kullu@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l40-kullu-platform-not-loading", LOB, "decided", [M("Negi Hotels <negi.hotels.kullu@gmail.com>",
     "platform load nahi ho raha",
     "नमस्ते, परसों plan लिया और तब से platform load ही नहीं हो रहा, सिर्फ़ white screen। support chat भी नहीं खुलती। "
     "ठीक नहीं हो सकता तो refund कर दीजिए।\n\nदेवेंद्र नेगी, कुल्लू",
     (2025, 9, 28, 11, 0), IST)], [R("escalate")],
     spec="Access failure 2 days after the single charge LO-INV-92291: escalate (L6).")

case("l41-raipur-not-refund-outage", LOB, "other", [M("Sahu Traders <sahu.traders.raipur@gmail.com>",
     "kal platform band tha",
     "sir kal shaam 2 ghante platform band tha, bas bata raha hoon. refund nahi maang raha, ab chal raha hai.\n\nramesh",
     (2025, 9, 29, 9, 0), IST)],
     spec="'Refund nahi maang raha', a past outage report: other.")

# ---------------- Optima WebDesign ----------------
proj("Chitrakote Eco Resort", "stay@chitrakoteresort.in", None)
owpay("h29_w01", "OWD-2025-951", "Chitrakote Eco Resort", "deposit", "20000.00", "3600.00", "2025-09-26T15:00:00")
case("w01-bastar-deposit-48h", OWB, "decided", [M("Chitrakote Eco Resort <stay@chitrakoteresort.in>",
     "Refund Request — Chitrakote Eco Resort / OWD-2025-951",
     "नमस्कार,\n\nवन विभाग ने हमारे रिज़ॉर्ट के विस्तार की अनुमति रद्द कर दी है, इसलिए वेबसाइट प्रोजेक्ट अभी नहीं करेंगे। शुक्रवार को दिया गया डिपॉज़िट "
     "(OWD-2025-951) वापस करने की कृपा करें।\n\nसुनील बघेल\nचित्रकोट, बस्तर",
     (2025, 9, 28, 14, 0), IST)], [R("approve", "20000.00")], extra_ok=True,
     spec="Deposit paid 2025-09-26 15:00, request 2025-09-28 14:00 (47 h), no work: full refund 20000.00 before tax (O2).")

proj("Mandi Shivratri Tours", "book@mandishivratri.in", None)
owpay("h29_w02", "OWD-2025-952", "Mandi Shivratri Tours", "deposit", "15000.00", "2700.00", "2025-09-24T10:00:00")
case("w02-mandi-deposit-exact-72h", OWB, "decided", [M("Mandi Shivratri Tours <book@mandishivratri.in>",
     "deposit wapas",
     "Namaste ji, humne socha hai website abhi nahi banwayenge, bhai ka beta bana dega. Deposit OWD-2025-952 (Mandi Shivratri Tours) wapas kar dijiye.\n\nHemraj",
     (2025, 9, 27, 10, 0), IST)], [R("deny")], extra_ok=True,
     spec="Request 2025-09-27 10:00 IST: exactly 72 h after payment, not 'before 72 hours': deny (O2, section 8).")

proj("Banjara Hills Bakery", "orders@banjarabakery.in", None)
owpay("h29_w03", "OWD-2025-953", "Banjara Hills Bakery", "deposit", "30000.00", "5400.00", "2025-09-25T12:00:00")
case("w03-hyd-deposit-71h", OWB, "decided", [M("Banjara Hills Bakery <orders@banjarabakery.in>",
     "Refund Request - OWD-2025-953",
     "Assalamualaikum,\n\nHamare partner alag hore, bakery bik rai. Website project Banjara Hills Bakery cancel karo aur deposit OWD-2025-953 wapas karo.\n\nFarhan",
     (2025, 9, 28, 11, 0), IST)], [R("approve", "30000.00")], extra_ok=True,
     spec="Request 2025-09-28 11:00 IST: 71 h after 2025-09-25 12:00, no work: full refund 30000.00 (O2); the project cancellation may be decided too (extra_ok).")

proj("Bhilai Steel Fabricators", "office@bhilaifab.in", "2025-09-26T09:00:00")
owpay("h29_w04", "OWD-2025-954", "Bhilai Steel Fabricators", "deposit", "18000.00", "3240.00", "2025-09-25T10:00:00")
case("w04-bhilai-deposit-work-started", OWB, "decided", [M("Bhilai Steel Fabricators <office@bhilaifab.in>",
     "deposit refund OWD-2025-954",
     "Sir, cash flow ki dikkat hai, BSP ka payment atka hua hai. Website abhi rok do aur deposit OWD-2025-954 (Bhilai Steel Fabricators) lauta do.\n\nManoj Sahu",
     (2025, 9, 27, 13, 0), IST)], [R("deny")],
     spec="Work started 2025-09-26 09:00, before the request (2025-09-27 13:00, 51 h): whichever first, deny (O2).")

proj("Howrah Hardware Mart", "mart@howrahhardware.in", None)
owpay("h29_w05", "OWD-2025-955", "Howrah Hardware Mart", "discovery", "12000.00", "2160.00", "2025-09-22T10:00:00")
case("w05-kolkata-discovery-not-started", OWB, "decided", [M("Howrah Hardware Mart <mart@howrahhardware.in>",
     "discovery fee refund",
     "Namaskar, humne Somvar ko strategy/discovery fee di thi (OWD-2025-955, Howrah Hardware Mart). Abhi tak koi session nahi hua. "
     "Partners ne dukaan bechne ka faisla kiya hai, isliye poora paisa wapas chahiye.\n\nRajkumar Saraf",
     (2025, 9, 25, 10, 0), IST)], [R("approve", "12000.00")],
     spec="Discovery fee, no session started: full refund 12000.00 (O1).")

proj("Indore Namkeen House", "sales@indorenamkeen.in", "2025-09-18T15:00:00")
owpay("h29_w06", "OWD-2025-956", "Indore Namkeen House", "discovery", "9000.00", "1620.00", "2025-09-15T10:00:00")
case("w06-indore-discovery-started", OWB, "decided", [M("Indore Namkeen House <sales@indorenamkeen.in>",
     "discovery ka paisa",
     "Bhiya, 18 ko ek meeting hui thi aapki team se par kuch khaas nahi laga. Discovery fee OWD-2025-956 wapas kar do, Indore Namkeen House.\n\nSanjay",
     (2025, 9, 24, 10, 0), IST)], [R("deny")],
     spec="A discovery session took place 2025-09-18: non-refundable once sessions commenced (O1).")

proj("Jagdalpur Handicrafts", "info@bastarcrafts.in", "2025-08-01T10:00:00")
owpay("h29_w07", "OWD-2025-957", "Jagdalpur Handicrafts", "milestone", "22500.00", "4050.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("w07-jagdalpur-milestone-not-started", OWB, "decided", [M("Jagdalpur Handicrafts <info@bastarcrafts.in>",
     "माइलस्टोन 3 का रिफंड",
     "नमस्कार,\n\nसरकारी अनुदान रुक जाने के कारण हम ऑनलाइन शॉप वाला चरण (माइलस्टोन 3, OWD-2025-957) नहीं करवा पाएँगे, जो अभी शुरू भी नहीं हुआ है। "
     "कृपया उसकी राशि लौटा दें। प्रोजेक्ट: Jagdalpur Handicrafts।\n\nधन्यवाद\nलता नेताम",
     (2025, 9, 26, 10, 0), IST)], [R("approve", "22500.00")],
     spec="Milestone not_started: refund its amount 22500.00 (O3).")

proj("Dharamshala Momo Point", "hello@momopoint.in", "2025-08-15T10:00:00")
owpay("h29_w08", "OWD-2025-958", "Dharamshala Momo Point", "milestone", "16000.00", "2880.00", "2025-09-10T10:00:00", milestone_status="in_progress")
case("w08-dharamshala-milestone-in-progress", OWB, "decided", [M("Dharamshala Momo Point <hello@momopoint.in>",
     "milestone 2 refund",
     "Tashi delek! Milestone 2 (online ordering, OWD-2025-958) abhi shuru hi hua tha, hum yahin rokna chahte hain - Zomato se hi kaam chal raha hai. "
     "Jo kaam nahi hua uska paisa wapas mil sakta hai?\n\nTenzin",
     (2025, 9, 25, 12, 0), IST)], [R("escalate")],
     spec="Milestone in_progress: the value of work not started needs a person (O3): escalate.")

proj("Charminar Pearls", "pearls@charminarpearls.in", "2025-07-01T10:00:00")
owpay("h29_w09", "OWD-2025-959", "Charminar Pearls", "milestone", "14000.00", "2520.00", "2025-08-20T10:00:00", milestone_status="completed")
case("w09-hyd-milestone-completed", OWB, "decided", [M("Charminar Pearls <pearls@charminarpearls.in>",
     "design milestone refund",
     "Bhai design milestone (OWD-2025-959) to poora ho gaya tha, lekin abbu ku pasand nai aaya. Paise wapas karo, Charminar Pearls.\n\nYusuf",
     (2025, 9, 26, 10, 0), IST)], [R("deny")],
     spec="Completed milestone: non-refundable (O3, O6).")

proj("Raipur Dental Care", "reception@raipurdental.in", "2025-06-01T10:00:00")
owpay("h29_w10", "OWD-2025-960", "Raipur Dental Care", "retainer", "8000.00", "1440.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
case("w10-raipur-retainer-notice-ok", OWB, "decided", [M("Raipur Dental Care <reception@raipurdental.in>",
     "retainer band karna",
     "Namaste, Raipur Dental Care ka monthly retainer (last invoice OWD-2025-960) band kar dijiye. Humne ek in-house marketing ladka rakh liya hai.\n\nDr. Pooja Agrawal",
     (2025, 9, 26, 10, 0), IST)], [X("cancel", "2025-10-09")],
     spec="Notice 2025-09-26 <= 2025-10-10 - 7 = 2025-10-03: next charge avoided, effective 2025-10-09 (O4).")

proj("Palasia Fitness Club", "info@palasiafitness.in", "2025-05-01T10:00:00")
owpay("h29_w11", "OWD-2025-961", "Palasia Fitness Club", "retainer", "10000.00", "1800.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
case("w11-indore-retainer-short-notice", OWB, "decided", [M("Palasia Fitness Club <info@palasiafitness.in>",
     "SEO retainer stop",
     "Hello, Palasia Fitness Club ka SEO retainer (OWD-2025-961) band karo, results nahi aa rahe. \n\nGaurav",
     (2025, 9, 27, 9, 0), IST)], [X("cancel", "2025-10-31")],
     spec="Request 2025-09-27 is after 2025-10-01 - 7 = 09-24: the next cycle (2025-10-01..10-31) is billed; effective 2025-10-31 (O4).")

proj("Kasauli Cottage Stays", "stay@kasaulicottage.in", "2025-04-01T10:00:00")
owpay("h29_w12", "OWD-2025-962", "Kasauli Cottage Stays", "retainer", "6000.00", "1080.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
case("w12-kasauli-retainer-exactly-7", OWB, "decided", [M("Kasauli Cottage Stays <stay@kasaulicottage.in>",
     "रिटेनर कैंसल — Kasauli Cottage Stays",
     "नमस्ते, हम बुकिंग अब सिर्फ़ Airbnb से लेंगे, इसलिए Kasauli Cottage Stays का मासिक रिटेनर (OWD-2025-962) बंद कर दीजिए।\n\nमीनाक्षी",
     (2025, 9, 28, 23, 30), IST)], [X("cancel", "2025-10-04")],
     spec="Request 2025-09-28 = next_billing_at 2025-10-05 minus 7 days: on time; effective 2025-10-04 (O4).")

proj("Salt Lake Coaching Centre", "admin@saltlakecoaching.in", "2025-03-01T10:00:00")
owpay("h29_w13", "OWD-2025-963", "Salt Lake Coaching Centre", "retainer", "7500.00", "1350.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
owpay("h29_w14", "OWD-2025-964", "Salt Lake Coaching Centre", "retainer", "7500.00", "1350.00", "2025-09-15T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
case("w13-kolkata-retainer-prepaid", OWB, "decided", [M("Salt Lake Coaching Centre <admin@saltlakecoaching.in>",
     "retainer khatam",
     "Namaskar, management ne decide kiya hai ki website ab hamare computer teacher sambhalenge, isliye Salt Lake Coaching Centre ka retainer khatam kar dijiye. "
     "October ka advance (OWD-2025-964) hum pehle hi de chuke hain.\n\nSubrata Ghosh",
     (2025, 9, 20, 10, 0), IST)], [X("escalate")],
     spec="The next cycle (October) is already paid and notice is >= 7 days: escalate (section 8 Retainer paid in advance).")

proj("Chail Adventure Camp", "camp@chailadventure.in", None)
owpay("h29_w15", "OWD-2025-965", "Chail Adventure Camp", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
      setup_fee="2400.00", service_start="2025-09-20")
case("w14-chail-hosting-within-14", OWB, "decided", [M("Chail Adventure Camp <camp@chailadventure.in>",
     "annual hosting refund",
     "Namaste, tourism department ne free hosting de di hai, isliye Chail Adventure Camp ka annual hosting plan (OWD-2025-965) cancel karke bacha hua paisa lauta dijiye.\n\nVikas Thakur",
     (2025, 9, 29, 10, 0), IST)], [R("approve", "14300.00")], extra_ok=True,
     spec="Day 9 since 2025-09-20: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00 (O5).")

proj("Old City Attar House", "attar@oldcityattar.in", None)
owpay("h29_w16", "OWD-2025-966", "Old City Attar House", "maintenance_annual", "24000.00", "4320.00", "2025-09-10T10:00:00",
      setup_fee="3000.00", service_start="2025-09-10")
case("w15-hyd-maintenance-day16", OWB, "decided", [M("Old City Attar House <attar@oldcityattar.in>",
     "maintenance ka refund",
     "Miyan, annual maintenance (OWD-2025-966) ki zaroorat nai hai, bhanja WordPress sikh liya. Old City Attar House. Refund karo.\n\nAbdul Rahman",
     (2025, 9, 26, 10, 0), IST)], [R("deny")], extra_ok=True,
     spec="Service started 2025-09-10, request 2025-09-26 (day 16): more than 14 days, deny (O5).")

proj("Bhopal Lake View Cafe", "cafe@lakeviewbhopal.in", None)
owpay("h29_w17", "OWD-2025-967", "Bhopal Lake View Cafe", "maintenance_annual", "10000.00", "1800.00", "2025-09-22T10:00:00",
      setup_fee="1500.00", service_start="2025-09-22")
case("w16-bhopal-maintenance-rounding", OWB, "decided", [M("Bhopal Lake View Cafe <cafe@lakeviewbhopal.in>",
     "Refund Request — Bhopal Lake View Cafe / OWD-2025-967",
     "महोदय, नगर निगम ने झील किनारे का हमारा कैफ़े हटाने का आदेश दिया है, इसलिए annual maintenance plan बंद करके बाक़ी पैसा वापस करें।\n\nआलोक श्रीवास्तव",
     (2025, 9, 30, 10, 0), IST)], [R("approve", "7791.67")], extra_ok=True,
     spec="Day 8 since 2025-09-22: 10000 - 1500 - 8500/12 (708.3333) x 1 = 7791.6667 -> 7791.67 rounded once (O5, C6).")

proj("Kolkata Sweets Online", "orders@kolkatasweets.in", None)
owpay("h29_w18", "OWD-2025-968", "Kolkata Sweets Online", "hosting_annual", "9600.00", "1728.00", "2025-09-27T10:00:00",
      setup_fee=None, service_start="2025-10-15")
case("w17-kolkata-hosting-before-start", OWB, "decided", [M("Kolkata Sweets Online <orders@kolkatasweets.in>",
     "hosting refund",
     "Namaskar, Kolkata Sweets Online ke liye hosting (OWD-2025-968) li thi par purana provider discount de raha hai, wahin rahenge. Service abhi shuru bhi nahi hui. Refund kijiye.\n\nBiswajit",
     (2025, 9, 29, 10, 0), IST)], [R("approve", "8800.00")], extra_ok=True,
     spec="Before the service start consumed_months is 1 (section 8): 9600 - 0 - 800 = 8800.00 (O5).")

proj("Ambikapur Organic Farms", "farm@ambikapurorganic.in", "2025-07-01T10:00:00")
owpay("h29_w19", "OWD-2025-969", "Ambikapur Organic Farms", "third_party", "1200.00", "216.00", "2025-09-20T10:00:00")
case("w18-ambikapur-domain", OWB, "decided", [M("Ambikapur Organic Farms <farm@ambikapurorganic.in>",
     "domain ka paisa",
     "Sir, domain renewal ke 1200 (OWD-2025-969) kaate gaye, lekin hum .com ki jagah .in lena chahte the. Paise lauta dijiye. Ambikapur Organic Farms.\n\nRaju",
     (2025, 9, 23, 10, 0), IST)], [R("deny")],
     spec="Domain: third-party item, non-refundable (O6).")

proj("Kolkata Durga Pandal Samiti", "samiti@kolkatapandal.in", "2025-08-01T10:00:00")
owpay("h29_w20", "OWD-2025-970", "Kolkata Durga Pandal Samiti", "rush", "6000.00", "1080.00", "2025-09-15T10:00:00")
case("w19-kolkata-rush-fee", OWB, "decided", [M("Kolkata Durga Pandal Samiti <samiti@kolkatapandal.in>",
     "express fee wapas",
     "Namaskar, Durga Puja se pehle launch ke liye express fee 6000 (OWD-2025-970) di thi, phir bhi site 2 din late aayi. Express fee wapas kijiye.\n\nSamiti Sachiv",
     (2025, 9, 24, 10, 0), IST)], [R("deny")],
     spec="Rush/expedite fee: non-refundable (O6).")

proj("Hitech City Realty", "sales@hitechrealty.in", None)
owpay("h29_w21", "OWD-2025-971", "Hitech City Realty", "deposit", "15000.00", "2700.00", "2025-09-27T10:00:00")
case("w20-hyd-c2-personal-gmail", OWB, "need_info", [M("Praveen Goud <praveengoud.hyd@gmail.com>",
     "Hitech City Realty deposit refund",
     "Namaste, main Hitech City Realty ka owner hoon. Contract email sales@hitechrealty.in hai lekin woh staff chhod gaya. "
     "Deposit OWD-2025-971 wapas kardo, is saal website nahi banwa rahe.\n\nPraveen",
     (2025, 9, 28, 10, 0), IST)], rules=["C2"],
     spec="Not sent from the contract email: ask for the request from sales@hitechrealty.in (C2).")

proj("Manali Ski School", "ski@manaliski.in", None)
owpay("h29_w22", "OWD-2025-972", "Manali Ski School", "deposit", "12000.00", "2160.00", "2025-09-26T10:00:00")
case("w21-manali-fw-ca", OWB, "need_info", [M("CA Rohit Sharma <rohit.ca.kullu@gmail.com>",
     "Fwd: website deposit",
     "Optima team, neeche client ka mail hai, kripya karyavahi karein.\n\nCA Rohit Sharma\n\n"
     "---------- Forwarded message ---------\nFrom: Manali Ski School <ski@manaliski.in>\nDate: Sat, 27 Sept 2025 at 18:40\n"
     "Subject: website deposit\nTo: CA Rohit Sharma <rohit.ca.kullu@gmail.com>\n\n"
     "Rohit ji, is saal barf kam hone ki khabar hai, website nahi banwayenge. Optima se deposit OWD-2025-972 wapas maang lijiye.",
     (2025, 9, 28, 9, 0), IST)], rules=["C2"],
     spec="Forward by the CA; the forwarded request is from the contract email: ask for it from that address (section 8 Forwards, C2).")

proj("Bilaspur Tent House", "tent@bilaspurtent.in", "2025-08-01T10:00:00")
owpay("h29_w23", "OWD-2025-973", "Bilaspur Tent House", "retainer", "5000.00", "900.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
case("w22-bilaspur-cancel-no-reason", OWB, "need_info", [M("Bilaspur Tent House <tent@bilaspurtent.in>",
     "Cancel — Bilaspur Tent House / OWD-2025-973",
     "महोदय,\n\nकृपया Bilaspur Tent House का रिटेनर, इनवॉइस OWD-2025-973, रद्द करें।\n\nधन्यवाद\nबिलासपुर टेंट हाउस",
     (2025, 9, 25, 10, 0), IST)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8): ask for the reason (C3).")

proj("Sagar Jewels", "info@sagarjewels.in", None)
proj("Sagar Jewels Wholesale", "info@sagarjewels.in", None)
owpay("h29_w24", "OWD-2025-974", "Sagar Jewels", "deposit", "10000.00", "1800.00", "2025-09-26T10:00:00")
owpay("h29_w25", "OWD-2025-975", "Sagar Jewels Wholesale", "deposit", "8000.00", "1440.00", "2025-09-26T11:00:00")
case("w23-indore-two-projects-vague", OWB, "need_info", [M("Sagar Jewels <info@sagarjewels.in>",
     "deposit wapas chahiye",
     "Namaste, humara deposit wapas kar dijiye, bade bhai ne alag business shuru kiya hai aur hum abhi website nahi chahte.\n\nAmit Sagar",
     (2025, 9, 27, 10, 0), IST)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects and neither project nor invoice is named: ask for both (C3).")

proj("Secunderabad Sports Academy", "ops@secbadsports.in", None)
owpay("h29_w26", "OWD-2025-976", "Secunderabad Sports Academy", "deposit", "25000.00", "4500.00", "2025-09-27T09:00:00")
case("w24-hyd-thread-reason", OWB, "decided", [
    M("Secunderabad Sports Academy <ops@secbadsports.in>", "Refund Request — Secunderabad Sports Academy / OWD-2025-976",
      "Kripya deposit OWD-2025-976 wapas karein, project Secunderabad Sports Academy.\n\nRavi", (2025, 9, 28, 13, 0), IST),
    M("Secunderabad Sports Academy <ops@secbadsports.in>", "Re: Refund Request — Secunderabad Sports Academy / OWD-2025-976 [OWD-2911]",
      "Reason: ground ki lease cantonment board ne renew nahi ki, academy band ho rahi hai.\n\nRavi\n\n> Please tell us the reason for the request.",
      (2025, 9, 30, 12, 0), IST)], [R("approve", "25000.00")],
     spec="Thread: the first email (2025-09-28 13:00) is 28 h after payment; no work: full refund 25000.00 (O2), reason merged from the answer (C3).")

proj("Raigarh Rice Mills", "mill@raigarhrice.in", None)
owpay("h29_w27", "OWD-2025-977", "Raigarh Rice Mills", "milestone", "40000.00", "7200.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("w25-raigarh-legal-notice", OWB, "decided", [M("Raigarh Rice Mills <mill@raigarhrice.in>",
     "कानूनी नोटिस से पहले अंतिम अनुरोध - OWD-2025-977",
     "महोदय,\n\nमाइलस्टोन भुगतान OWD-2025-977 (Raigarh Rice Mills) तुरंत वापस करें, बोर्ड ने डिजिटल बजट रद्द कर दिया है। "
     "सात दिन में राशि न मिलने पर हमारे अधिवक्ता आपको कानूनी नोटिस भेजेंगे।\n\nप्रबंध निदेशक",
     (2025, 9, 25, 10, 0), IST)], [R("escalate")], rules=["C4"],
     spec="A lawyer's legal notice threatened: escalate (C4), though the milestone is not started.")

proj("Kolkata Fish Bazaar", "orders@kolkatafish.in", None)
owpay("h29_w28", "OWD-2025-978", "Kolkata Fish Bazaar", "deposit", "9000.00", "1620.00", "2025-09-27T10:00:00")
case("w26-kolkata-chargeback-cancel", OWB, "decided", [M("Kolkata Fish Bazaar <orders@kolkatafish.in>",
     "project cancel + refund",
     "Project Kolkata Fish Bazaar cancel kijiye, online delivery ka licence nahi mila. Deposit OWD-2025-978 wapas kijiye. "
     "3 din mein jawab nahi aaya to card company mein chargeback daal dunga.\n\nTapas",
     (2025, 9, 28, 10, 0), IST)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Chargeback threat escalates every intent (C4, section 8).")

case("w27-bastar-question", OWB, "other", [M("Chitrakote Eco Resort <stay@chitrakoteresort.in>",
     "Halbi bhasha mein page?",
     "नमस्कार, भविष्य में अगर प्रोजेक्ट फिर शुरू करें तो हल्बी/गोंडी भाषा में एक पेज बनाने का क्या खर्च होगा?\n\nसुनील",
     (2025, 9, 29, 10, 0), IST)],
     spec="A quote question: other.")

case("w28-auto-reply", OWB, "ignore", [M("Palasia Fitness Club <info@palasiafitness.in>",
     "स्वचालित उत्तर: कार्यालय से बाहर",
     "धन्यवाद, आपका मेल मिला। मैं 3 अक्टूबर तक बाहर हूँ।",
     (2025, 9, 29, 8, 0), IST, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-reply: ignore (C7).")

proj("Korba Coal Transport", "office@korbatransport.in", None)
owpay("h29_w29", "OWD-2025-979", "Korba Coal Transport", "deposit", "14000.00", "2520.00", "2025-09-27T10:00:00", status="failed")
case("w29-korba-deposit-failed", OWB, "decided", [M("Korba Coal Transport <office@korbatransport.in>",
     "deposit refund OWD-2025-979",
     "Sir, 27 ko deposit diya tha Korba Coal Transport ke liye (OWD-2025-979), par partners ne budget approve nahi kiya. Refund kijiye.\n\nDeepak",
     (2025, 9, 28, 10, 0), IST)], [R("escalate")],
     spec="The payment is not paid (failed): a refund of it is escalated (section 8).")

case("w30-indore-hypothetical", OWB, "other", [M("Maheshwari Sarees <maheshwari.sarees.indore@gmail.com>",
     "website ke baare mein",
     "Namaste, hum website banwana chahte hain. Agar deposit de diya aur ek hafte baad mann badal gaya to kuch paisa wapas milega? Hosting ka kya niyam hai?\n\nKavita Maheshwari",
     (2025, 9, 26, 10, 0), IST)],
     spec="A hypothetical before buying (section 8): other.")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
