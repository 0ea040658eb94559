"""fresh26 Hindi/Hinglish cases (qa26c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh26@mail.example>"
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

IN, DXB = 330, 240
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ---------------- LeadsOptima ledger ----------------
cust("rajeev.srivastava@rediffmail.com", "राजीव श्रीवास्तव", "annual", start="2025-09-24", end="2026-09-23")
lopay("hi_p01", "LO-INV-81101", "rajeev.srivastava@rediffmail.com", "annual", *A, "2025-09-24T11:00:00", "2025-09-24", "2026-09-23")
lopay("hi_p02", "LO-INV-81102", "rajeev.srivastava@rediffmail.com", "annual", *A, "2025-09-24T11:02:00", "2025-09-24", "2026-09-23")
cust("pintu.kanpur@gmail.com", "Pintu Gupta", "monthly", start="2025-09-22", end="2025-10-21")
lopay("hi_p03", "LO-INV-81111", "pintu.kanpur@gmail.com", "monthly", *Mo, "2025-09-22T23:50:00", "2025-09-22", "2025-10-21")
lopay("hi_p04", "LO-INV-81112", "pintu.kanpur@gmail.com", "monthly", *Mo, "2025-09-22T23:52:00", "2025-09-22", "2025-10-21")
cust("nitin.joshi.indore@gmail.com", "Nitin Joshi", "monthly", start="2025-09-20", end="2025-10-19")
lopay("hi_p05", "LO-INV-81121", "nitin.joshi.indore@gmail.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("hi_p06", "LO-INV-81122", "nitin.joshi.indore@gmail.com", "monthly", *Mo, "2025-09-20T10:01:00", "2025-09-20", "2025-10-19")
cust("agarwal.textiles.jpr@gmail.com", "Agarwal Textiles", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("hi_p07", "LO-INV-81131", "agarwal.textiles.jpr@gmail.com", "quarterly", *Q, "2025-09-25T12:00:00", "2025-09-25", "2025-12-24")
lopay("hi_p08", "LO-INV-81132", "agarwal.textiles.jpr@gmail.com", "quarterly", *Q, "2025-09-25T12:01:00", "2025-09-25", "2025-12-24")
lopay("hi_p09", "LO-INV-81133", "agarwal.textiles.jpr@gmail.com", "quarterly", *Q, "2025-09-25T12:03:00", "2025-09-25", "2025-12-24")
cust("sunil.patna@yahoo.co.in", "Sunil Kumar Singh", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p10", "LO-INV-81141", "sunil.patna@yahoo.co.in", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
cust("harpreet.chd@gmail.com", "Harpreet Kaur", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("hi_p11", "LO-INV-81151", "harpreet.chd@gmail.com", "quarterly", *Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
cust("syed.arif.hyd@gmail.com", "Syed Arif", "monthly", start="2025-09-08", end="2025-10-07")
lopay("hi_p12", "LO-INV-81161", "syed.arif.hyd@gmail.com", "monthly", *Mo, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
cust("rohit.bhopal@outlook.com", "Rohit Tiwari", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p13", "LO-INV-81171", "rohit.bhopal@outlook.com", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
cust("patel.hardware.surat@gmail.com", "Patel Hardware", "annual", start="2025-09-21", end="2026-09-20")
lopay("hi_p14", "LO-INV-81181", "patel.hardware.surat@gmail.com", "annual", *A, "2025-09-21T10:00:00", "2025-09-21", "2026-09-20")
cust("neha.trial.lko@gmail.com", "Neha Mishra", "monthly", status="trial", trial_ends="2025-10-04")
cust("office@kanodiaexports.in", "Kanodia Exports", "annual", start="2025-04-01", end="2026-03-31")
lopay("hi_p15", "LO-INV-81191", "office@kanodiaexports.in", "annual", *A, "2025-04-01T11:00:00", "2025-04-01", "2026-03-31")
cust("vikas.yadav.lko@gmail.com", "Vikas Yadav", "monthly")
lopay("hi_p16", "LO-INV-81201", "vikas.yadav.lko@gmail.com", "monthly", *Mo, "2025-09-05T19:00:00")
cust("deepak.jain.indore@yahoo.co.in", "Deepak Jain", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("hi_p17", "LO-INV-81211", "deepak.jain.indore@yahoo.co.in", "quarterly", *Q, "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
cust("accounts@mehtasteels.co.in", "Mehta Steels", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("hi_p18", "LO-INV-81221", "accounts@mehtasteels.co.in", "quarterly", *Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
lopay("hi_p19", "LO-INV-81222", "accounts@mehtasteels.co.in", "quarterly", *Q, "2025-09-24T10:04:00", "2025-09-24", "2025-12-23")
cust("info@bansalsweets.in", "Bansal Sweets", "annual", start="2025-09-25", end="2026-09-24")
lopay("hi_p20", "LO-INV-81231", "info@bansalsweets.in", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
cust("seth.ramniwas@jhunjhunwalagroup.in", "Ramniwas Jhunjhunwala", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p21", "LO-INV-81241", "seth.ramniwas@jhunjhunwalagroup.in", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("hi_p22", "LO-INV-81242", "seth.ramniwas@jhunjhunwalagroup.in", "monthly", *Mo, "2025-09-26T10:00:50", "2025-09-26", "2025-10-25")
cust("manoj.kushwaha@gmail.com", "Manoj Kushwaha", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p23", "LO-INV-81251", "manoj.kushwaha@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("anjali.saxena@gmail.com", "Anjali Saxena", "annual", start="2025-09-27", end="2026-09-26")
lopay("hi_p24", "LO-INV-81261", "anjali.saxena@gmail.com", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
lopay("hi_p25", "LO-INV-81262", "anjali.saxena@gmail.com", "annual", *A, "2025-09-27T10:03:00", "2025-09-27", "2026-09-26")
cust("gurpreet.mohali@gmail.com", "Gurpreet Singh", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p26", "LO-INV-81271", "gurpreet.mohali@gmail.com", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
cust("ravi.shankar.patna@gmail.com", "Ravi Shankar", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p27", "LO-INV-81281", "ravi.shankar.patna@gmail.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("kiran.reddy.hyd@gmail.com", "Kiran Reddy", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("hi_p28", "LO-INV-81291", "kiran.reddy.hyd@gmail.com", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
cust("shah.jignesh@gmail.com", "Jignesh Shah", "monthly", start="2025-09-17", end="2025-10-16")
lopay("hi_p29", "LO-INV-81301", "shah.jignesh@gmail.com", "monthly", *Mo, "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
cust("alok.tandon@gmail.com", "Alok Tandon", "annual", start="2025-06-01", end="2026-05-31")
lopay("hi_p30", "LO-INV-81311", "alok.tandon@gmail.com", "annual", *A, "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
cust("bhatia.prakash@gmail.com", "Prakash Bhatia", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("hi_p31", "LO-INV-81321", "bhatia.prakash@gmail.com", "quarterly", *Q, "2025-06-18T10:00:00", "2025-06-18", "2025-09-17")
lopay("hi_p32", "LO-INV-81322", "bhatia.prakash@gmail.com", "quarterly", *Q, "2025-09-18T10:00:00", "2025-09-18", "2025-12-17")
cust("sanjay.verma.knp@gmail.com", "Sanjay Verma", "monthly", status="cancelled", start="2025-08-24", end="2025-09-23")
lopay("hi_p33", "LO-INV-81331", "sanjay.verma.knp@gmail.com", "monthly", *Mo, "2025-09-24T06:00:00", "2025-09-24", "2025-10-23")
cust("pooja.agrawal.bpl@gmail.com", "Pooja Agrawal", "annual", start="2025-09-25", end="2026-09-24")
lopay("hi_p34", "LO-INV-81341", "pooja.agrawal.bpl@gmail.com", "annual", *A, "2025-09-25T21:00:00", "2025-09-25", "2026-09-24")

SIG = "\n\nधन्यवाद एवं सादर,\nजय श्री कृष्ण 🙏\n\nManoj Kushwaha\nKushwaha Electricals, Gorakhpur\nMob: 98390 55512"

# ---------------- LeadsOptima cases ----------------
case("l01-lko-sewa-mein-do-baar", LOB, "decided", [M("Rajeev Srivastava <rajeev.srivastava@rediffmail.com>",
     "वार्षिक प्लान का भुगतान दो बार कटने के संबंध में",
     "सेवा में,\nप्रबंधक महोदय,\nलीड्सऑप्टिमा सपोर्ट\n\nविषय: वार्षिक प्लान का भुगतान दो बार कटने के संबंध में।\n\nमहोदय,\n"
     "सविनय निवेदन है कि दिनांक 24.09.2025 को मेरे कार्ड से वार्षिक प्लान हेतु ₹11,988/- की राशि दो बार काटी गई है "
     "(चालान संख्या LO-INV-81101 एवं LO-INV-81102)। कृपया दूसरी बार काटी गई राशि मेरे खाते में वापस करने की कृपा करें।\n\n"
     "भवदीय,\nराजीव श्रीवास्तव\nहज़रतगंज, लखनऊ",
     (2025, 9, 26, 11, 30), IN)], [R("approve", "11988.00")], clauses="L2 L3 L4 (Devanagari formal letter)",
     spec="Two paid annual charges 2025-09-24, same period; request 2025-09-26 (day 2): refund LO-INV-81102 11988.00 (L4).")
case("l02-knp-whatsapp-day7", LOB, "decided", [M("Pintu Gupta <pintu.kanpur@gmail.com>",
     "paise 2 baar kat gaye",
     "bhaiya 22 tareek ko raat me 2 baar paise kat gaye monthly plan ke 1499 1499. invoice LO INV 81112 wala extra hai. jaldi wapas karo yaar",
     (2025, 9, 29, 22, 40), IN)], [R("approve", "1499.00")], clauses="L3 day 7 inside, L4, typed reference",
     spec="Charges 2025-09-22 23:50/23:52 IST; request 2025-09-29 = day 7, inside (L3): refund 1499.00 (L4).")
case("l03-ind-day8", LOB, "decided", [M("Nitin Joshi <nitin.joshi.indore@gmail.com>",
     "Double payment ho gaya",
     "Namaste,\n\n20 Sept ko mera monthly plan ka payment double ho gaya tha, do baar 1499 debit hua. Invoice LO-INV-81122. Abhi dekha statement me. Please refund kar dijiye.\n\nNitin Joshi\nVijay Nagar, Indore",
     (2025, 9, 28, 9, 15), IN)], [R("deny")], clauses="L3 outside",
     spec="Charges 2025-09-20, request 2025-09-28 = day 8: outside the 7-day window: deny (L3).")
case("l04-jpr-teen-baar", LOB, "decided", [M("Agarwal Textiles <agarwal.textiles.jpr@gmail.com>",
     "Teen baar payment kata - Agarwal Textiles",
     "Jai Shree Shyam,\n\nSir ji humare quarterly plan ka payment 25 tarikh ko ek hi din me TEEN baar kat gaya hai - LO-INV-81131, 81132 aur 81133, "
     "har baar Rs 3999 + GST. Ek payment to sahi hai, baaki do ka refund karwa dijiye.\n\nDhanyawad\nMahesh Agarwal\nJohari Bazaar, Jaipur",
     (2025, 9, 27, 12, 0), IN)], [R("approve", "7998.00")], clauses="section 8 three identical charges, L3, L4",
     spec="Three paid quarterly charges, same period, 2025-09-25; request day 2: both later charges refunded: 3999 x 2 = 7998.00 (section 8).")
case("l05-patna-galat-plan", LOB, "decided", [M("Sunil Kumar Singh <sunil.patna@yahoo.co.in>",
     "galat plan ka paisa kata",
     "Sir,\n\nHum monthly plan liye the lekin aapka system annual ka 11988 rupya kaat liya hai (LO-INV-81141). Ee to galat charge hai. Kripya sudhar ke paisa lautaiye.\n\nSunil Kumar Singh\nBoring Road, Patna",
     (2025, 9, 27, 10, 0), IN)], [R("escalate")], clauses="L2 billing_error, L5",
     spec="Charged for the wrong plan (annual instead of monthly) inside the window: escalate (L5).")
case("l06-chd-login-nahi", LOB, "decided", [M("Harpreet Kaur <harpreet.chd@gmail.com>",
     "login nahi ho raha",
     "Hello ji,\n\n23 nu payment kiti si, quarterly plan. Usi din se login nahi ho raha, 'invalid session' aa jaanda hai. Do din ho gaye. Agar theek nahi ho sakda to refund kar do.\n\nHarpreet\nSector 35, Chandigarh",
     (2025, 9, 25, 18, 0), IN)], [R("escalate")], clauses="L2 access_failure, L6, section 1 invoice filled",
     spec="Access failure inside 7 days of the single charge LO-INV-81151: invoice filled from the ledger; escalate (L6).")
case("l07-hyd-login-late", LOB, "decided", [M("Syed Arif <syed.arif.hyd@gmail.com>",
     "Login problem - refund",
     "Assalamualaikum,\n\nMera account me login nahi horaa hai 2 hafte se, kitni baar bolna padta hai. Invoice LO-INV-81161. Paisa wapas karo bhai, kaiku itna time lagra.\n\nSyed Arif\nTolichowki, Hyderabad",
     (2025, 9, 24, 15, 0), IN)], [R("deny")], clauses="L2 access_failure, L3 outside",
     spec="Charge 2025-09-08, request 2025-09-24 = day 16: outside the window: deny (L3).")
case("l08-bpl-use-nahi-kiya", LOB, "decided", [M("Rohit Tiwari <rohit.bhopal@outlook.com>",
     "refund chahiye",
     "Hello team, kal subscribe kiya tha par ab lagta hai zarurat nahi hai, use bhi nahi kiya abhi tak. Refund kar do please. LO-INV-81171\n\nRohit, Bhopal",
     (2025, 9, 28, 13, 0), IN)], [R("deny")], clauses="L1 (not used / changed mind)",
     spec="Changed mind / not used: not an L2 exception: deny (L1); cancellation offered.")
case("l09-surat-mehengu-cancel", LOB, "decided", [M("Patel Hardware <patel.hardware.surat@gmail.com>",
     "Cancel + refund karo",
     "Kem cho,\n\nAnnual plan to amne bahu mehengo padyo, hamare business mein itna use hi nahi hota. Please plan cancel karo aur annual ka paisa refund karo (LO-INV-81181).\n\nJignesh Patel\nPatel Hardware, Ring Road, Surat",
     (2025, 9, 24, 11, 0), IN)], [R("deny"), X("cancel", "2026-09-20")], clauses="L1, L8",
     spec="Too expensive: refund deny (L1); cancel, active until 2026-09-20 (L8).")
case("l10-lko-trial", LOB, "decided", [M("Neha Mishra <neha.trial.lko@gmail.com>",
     "ट्रायल का रिफंड",
     "नमस्ते,\nमैं अभी free trial पर हूँ, मुझे डर है कि पैसे कट जाएंगे। मेरा refund कर दीजिए और आगे कोई charge मत लगाइए।\nनेहा, लखनऊ",
     (2025, 9, 26, 20, 0), IN)], [R("deny")], extra_ok=True, clauses="L7",
     spec="Free trial, no charges: nothing to refund (L7); the reply says no billing without subscribing. 'आगे कोई charge मत लगाइए' may also be read as a cancellation: an extra decision there approves nothing (extra_ok).")
case("l11-knp-formal-cancel", LOB, "decided", [M("Kanodia Exports <office@kanodiaexports.in>",
     "सदस्यता निरस्त करने हेतु",
     "सेवा में,\nग्राहक सेवा विभाग,\nलीड्सऑप्टिमा\n\nविषय: वार्षिक सदस्यता निरस्त करने हेतु।\n\nमहोदय,\nनिवेदन है कि हमारी फर्म अब अपना स्वयं का सॉफ्टवेयर प्रयोग करेगी, "
     "अतः हमारी वार्षिक सदस्यता निरस्त करने की कृपा करें।\n\nसधन्यवाद,\nआर. के. कनोडिया\nकनोडिया एक्सपोर्ट्स, कानपुर",
     (2025, 9, 23, 11, 0), IN)], [X("cancel", "2026-03-31")], clauses="L8",
     spec="Cancel: active until current_period_end 2026-03-31 (L8).")
case("l12-lko-cancel-fallback", LOB, "decided", [M("Vikas Yadav <vikas.yadav.lko@gmail.com>",
     "subscription band karna hai",
     "Sir mera monthly subscription band kar dijiye, ab dukaan ka kaam beta dekhega wo alag app use karta hai. Shukriya.\nVikas, Aminabad",
     (2025, 9, 25, 16, 0), IN)], [X("cancel", "2025-10-04")], clauses="L8 fallback",
     spec="No current_period_end: last charge 2025-09-05 + 1 month - 1 day = 2025-10-04 (L8).")
case("l13-ind-cancel-no-reason", LOB, "decided", [M("Deepak Jain <deepak.jain.indore@yahoo.co.in>",
     "Cancel",
     "plan cancel kar do\n\nSent from Yahoo Mail on Android",
     (2025, 9, 27, 19, 0), IN)], [X("cancel", "2025-11-09")], clauses="L8 (reason not required for a cancellation)",
     spec="Cancellation without a reason is not held up: cancel until 2025-11-09 (L8).")
case("l14-c2-gmail-names-registered", LOB, "need_info", [M("Ashok Mehta <ashokmehta1965@gmail.com>",
     "duplicate payment - Mehta Steels",
     "Sir,\nHumari company ka registered email accounts@mehtasteels.co.in hai. 24 Sept ko quarterly plan ka payment do baar hua. Kripya duplicate LO-INV-81222 refund karein.\nAshok Mehta",
     (2025, 9, 26, 10, 0), IN)], rules=["C2"], clauses="C2",
     spec="Sender is not the registered email he names: ask for the request from accounts@mehtasteels.co.in; nothing disclosed (C2).")
case("l15-ca-firm-for-client", LOB, "need_info", [M("CA Rakesh Goyal & Associates <office@goyalca.in>",
     "Refund request on behalf of our client Bansal Sweets",
     "Dear Sir/Madam,\n\nWe write on behalf of our client M/s Bansal Sweets (registered email info@bansalsweets.in). "
     "Client ka annual subscription (LO-INV-81231) 25.09.2025 ko debit hua, lekin aapke dashboard par login nahi ho pa raha since activation. "
     "Kindly process the refund and share the credit note for our records.\n\nFor Rakesh Goyal & Associates\nChartered Accountants\nSector 17, Chandigarh\n\n"
     "This communication is confidential and may be privileged.",
     (2025, 9, 29, 12, 0), IN)], rules=["C2"], clauses="C2 (CA firm writing for the client)",
     spec="The CA firm writes from its own address for the client's account: C2, ask for the request from info@bansalsweets.in.")
case("l16-forward-from-munim-c2", LOB, "need_info", [M("JJ Group Accounts <accounts.jjgroup@gmail.com>",
     "Fwd: LeadsOptima double charge",
     "Sir, Seth ji ka mail neeche hai. Zaroori karwai karein.\n\n"
     "---------- Forwarded message ---------\nFrom: Ramniwas Jhunjhunwala <seth.ramniwas@jhunjhunwalagroup.in>\nDate: Sat, 27 Sept 2025, 10:12 am\n"
     "Subject: LeadsOptima double charge\nTo: <accounts.jjgroup@gmail.com>\n\nMunim ji, LeadsOptima ne 26 ko do baar 1499 kaate hain (LO-INV-81242). Unko bolo duplicate wapas karein.\n",
     (2025, 9, 27, 11, 0), IN)], rules=["C2"], clauses="C2 via forward",
     spec="The forwarded request names the registered email seth.ramniwas@...; the sender is the munim's gmail: C2 (section 8 Forwards).")
case("l17-signature-no-reason", LOB, "need_info", [M("Manoj Kushwaha <manoj.kushwaha@gmail.com>",
     "Refund request",
     "आदरणीय महोदय,\n\nकृपया मेरा refund कर दें। Invoice no. LO-INV-81251.\n\nDo the needful." + SIG,
     (2025, 9, 27, 9, 0), IN)], missing=["reason"], clauses="section 8 What a reason is",
     spec="Request restated, 'do the needful', blessing and signature only: no reason; ask for it (C3). Plan from the ledger.")
case("l18-thread-reason-in-reply", LOB, "decided", [
    M("Anjali Saxena <anjali.saxena@gmail.com>", "Refund LO-INV-81262", "Hi, please refund LO-INV-81262.\n\nAnjali", (2025, 9, 28, 10, 0), IN),
    M("LeadsOptima Support <support@leadsoptima.com>", "Re: Refund LO-INV-81262 [LO-2417]",
      "Namaste Anjali,\n\nWe understood: refund of invoice LO-INV-81262, annual plan. Please tell us the reason for the refund.\n\nLeadsOptima Support Team",
      (2025, 9, 28, 15, 0), IN, to="Anjali Saxena <anjali.saxena@gmail.com>"),
    M("Anjali Saxena <anjali.saxena@gmail.com>", "Re: Refund LO-INV-81262 [LO-2417]",
      "Oh sorry! Annual plan ka payment do baar ho gaya tha 27 ko, 81261 aur 81262. Dusra wala extra hai.\n\nAnjali\n\n> Please tell us the reason for the refund.",
      (2025, 9, 28, 18, 30), IN)], [R("approve", "11988.00")], clauses="C3 thread, L4",
     spec="The reply gives the reason (paid twice); request 2025-09-28, charge 2025-09-27: refund 11988.00 (L4).")
case("l19-ooo-hindi", LOB, "ignore", [M("Alok Tandon <alok.tandon@gmail.com>",
     "स्वतः उत्तर: आपका चालान",
     "नमस्कार, मैं 5 अक्टूबर तक अवकाश पर हूँ। अत्यावश्यक कार्य हेतु 98390 00000 पर संपर्क करें।",
     (2025, 9, 25, 10, 0), IN, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"], clauses="C7",
     spec="Auto-Submitted: auto-replied: ignore (C7).")
case("l20-bulk-promo", LOB, "ignore", [M("IndiaMart Offers <offers@mailer.indiamart-deals.in>",
     "Diwali dhamaka! Refund guarantee ke saath CRM",
     "Namaskar! Is Diwali payiye 40% discount, 100% refund guarantee. Abhi order karein!",
     (2025, 9, 26, 9, 0), IN, hdr={"Precedence": "bulk"})], rules=["C7"], clauses="C7 Precedence bulk",
     spec="Precedence: bulk: ignore (C7).")
case("l21-consumer-forum", LOB, "decided", [M("Gurpreet Singh <gurpreet.mohali@gmail.com>",
     "login nahi ho raha - last warning",
     "24 nu payment kiti, ajj tak login nahi ho raha. Teen mail kar chuka haan. Refund karo warna consumer forum mein complaint karunga, Mohali wala.\n\nGurpreet",
     (2025, 9, 28, 17, 0), IN)], [R("escalate")], rules=["C4"], clauses="C4",
     spec="Consumer forum threat: escalate (C4).")
case("l22-chargeback-and-cancel", LOB, "decided", [M("Ravi Shankar <ravi.shankar.patna@gmail.com>",
     "cancel karo aur paisa wapas",
     "Plan cancel karo turant aur 1499 wapas karo. Nahi to bank me chargeback daal dunga, fir dekhte hain.\nRavi",
     (2025, 9, 27, 21, 0), IN)], [R("escalate"), X("escalate")], rules=["C4"], clauses="C4 covers the whole case",
     spec="A chargeback threat escalates every intent, the cancellation included (C4, section 8).")
case("l23-ruled-out-legal", LOB, "decided", [M("Kiran Reddy <kiran.reddy.hyd@gmail.com>",
     "Access issue - LO-INV-81291",
     "Hi,\n\nSince 20th I am not able to login, dashboard khulta hi nahi. Mere friend ne bola legal notice bhejo, but main aisa kuch nahi karna chahta, "
     "bas issue solve karo ya refund do.\n\nKiran Reddy\nMadhapur, Hyderabad",
     (2025, 9, 24, 14, 0), IN)], [R("escalate")], clauses="L6; C4 not triggered by a ruled-out threat",
     spec="Access failure inside the window (charge 2025-09-20, request day 4): escalate (L6); the legal notice is ruled out, so C4 is not listed.")
case("l24-refund-nahi-sirf-cancel", LOB, "decided", [M("Jignesh Shah <shah.jignesh@gmail.com>",
     "Plan cancel",
     "Namaste, maro monthly plan cancel kari do. Refund nahi chahiye, bas aage se charge mat karna. Dukan band kar rahe hain.\n\nJignesh Shah, Ahmedabad",
     (2025, 9, 26, 12, 0), IN)], [X("cancel", "2025-10-16")], clauses="section 8 negation, L8",
     spec="'Refund nahi chahiye': no refund intent; cancel until 2025-10-16 (L8).")
case("l25-agar-cancel-karun", LOB, "other", [M("Alok Tandon <alok.tandon@gmail.com>",
     "ek sawal",
     "Namaskar, agar main abhi annual plan cancel karun to kya bache hue mahino ke paise wapas milenge? Abhi kar nahi raha, bas jaanna tha.\n\nAlok Tandon, Lucknow",
     (2025, 9, 26, 10, 0), IN)], clauses="section 8 hypotheticals",
     spec="'Agar cancel karun to...?': a hypothetical question; nothing asked for: other.")
case("l26-pre-purchase", LOB, "other", [M("Shreya Bhargava <shreya.bhargava91@gmail.com>",
     "annual plan lene se pehle",
     "Hi, main Jaipur se hoon, boutique chalati hoon. Annual plan lene ka soch rahi hoon. Agar pasand nahi aaya to kya refund mil sakta hai? Pehle clear karna chahti hoon.\n\nShreya",
     (2025, 9, 25, 15, 0), IN)], clauses="section 8 (question before buying)",
     spec="Question before buying: other.")
case("l27-thanks-after-refund", LOB, "other", [M("Rajeev Srivastava <rajeev.srivastava@rediffmail.com>",
     "धन्यवाद",
     "महोदय, दूसरी बार कटी राशि मेरे खाते में वापस आ गई है। त्वरित सहायता के लिए हार्दिक धन्यवाद।\nराजीव श्रीवास्तव",
     (2025, 9, 30, 18, 0), IN)], clauses="section 8 past events",
     spec="A thank-you after a refund: other.")
case("l28-ca-gst-invoice", LOB, "other", [M("Alok Tandon <alok.tandon@gmail.com>",
     "GST invoice chahiye",
     "Hello, mere CA ko June wale annual payment (LO-INV-81311) ka GST invoice chahiye jisme GSTIN 09AABCT1234F1Z5 ho. Kripya bhej dein. Baaki sab theek hai.\n\nAlok",
     (2025, 9, 29, 11, 0), IN)], clauses="other (invoice question)",
     spec="An invoice question asking for nothing else: other.")
case("l29-two-charges-no-invoice", LOB, "need_info", [M("Prakash Bhatia <bhatia.prakash@gmail.com>",
     "zyada paise kaate",
     "Sir is baar quarterly me zyada paise kaat liye, pichli baar discount tha. Jo extra kata wo wapas karo.\nPrakash Bhatia, Karol Bagh",
     (2025, 9, 22, 12, 0), IN)], missing=["invoice_number"], clauses="C3 (two charges)",
     spec="Verified sender with two charges (June and September) and no invoice: ask for the invoice number (C3).")
case("l30-cancel-ke-baad-charge", LOB, "decided", [M("Sanjay Verma <sanjay.verma.knp@gmail.com>",
     "cancel ke baad bhi paisa kata",
     "Maine August me hi plan cancel kar diya tha fir bhi 24 ko 1499 kaat liya (LO-INV-81331). Ye galat charge hai, wapas karo.\n\nSanjay Verma\nSwaroop Nagar, Kanpur",
     (2025, 9, 25, 19, 0), IN)], [R("escalate")], clauses="L2 billing_error, L5",
     spec="Charged after cancelling, inside the window: escalate (L5).")
case("l31-khud-annual-galti", LOB, "decided", [M("Pooja Agrawal <pooja.agrawal.bpl@gmail.com>",
     "annual plan refund",
     "Hi, maine kal raat khud hi upgrade karke annual plan le liya tha, socha tha sasta padega par abhi itna budget nahi hai. "
     "Website me koi galti nahi thi, meri hi jaldbazi thi. Kya 11988 refund ho sakta hai? Monthly pe wapas daal do.\n\nPooja, Bhopal",
     (2025, 9, 26, 11, 0), IN)], [R("deny")], clauses="L1 (self-made plan change)",
     spec="She upgraded herself and says the site made no error: not a billing error; refund deny (L1).")

# ---------------- Optima WebDesign ledger ----------------
proj("Rathore Jewellers", "rathore.jewellers@gmail.com", None)
owpay("hi_w01", "OWD-2025-201", "Rathore Jewellers", "deposit", "25000.00", "4500.00", "2025-09-25T17:00:00")
proj("Lucknowi Chikan House", "sales@lucknowichikan.in", None)
owpay("hi_w02", "OWD-2025-202", "Lucknowi Chikan House", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00")
proj("Indori Namkeen Mart", "orders@indorinamkeen.in", "2025-08-01T10:00:00")
owpay("hi_w03", "OWD-2025-203", "Indori Namkeen Mart", "milestone", "30000.00", "5400.00", "2025-09-18T10:00:00", milestone_status="not_started")
proj("Patna Coaching Centre", "director@patnacoaching.in", "2025-07-01T10:00:00")
owpay("hi_w04", "OWD-2025-204", "Patna Coaching Centre", "milestone", "22000.00", "3960.00", "2025-09-01T10:00:00", milestone_status="completed")
proj("Chandigarh Fitness Studio", "admin@chdfitness.in", "2025-03-01T10:00:00")
owpay("hi_w05", "OWD-2025-205", "Chandigarh Fitness Studio", "retainer", "12000.00", "2160.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
proj("Hyderabadi Biryani Point", "contact@hydbiryanipoint.in", "2025-04-01T10:00:00")
owpay("hi_w06", "OWD-2025-206", "Hyderabadi Biryani Point", "retainer", "9000.00", "1620.00", "2025-09-04T10:00:00",
      period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
proj("Shekhawati Handicrafts", "info@shekhawatihandicrafts.in", "2025-09-15T10:00:00")
owpay("hi_w07", "OWD-2025-207", "Shekhawati Handicrafts", "hosting_annual", "15000.00", "2700.00", "2025-09-15T10:00:00",
      setup_fee="1500.00", service_start="2025-09-16")
proj("Bhopal Book Depot", "bhopalbookdepot@gmail.com", "2025-08-01T10:00:00")
owpay("hi_w08", "OWD-2025-208", "Bhopal Book Depot", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-02")
proj("Kanpur Leather Works", "exports@kanpurleather.in", "2025-08-01T10:00:00")
owpay("hi_w09", "OWD-2025-209", "Kanpur Leather Works", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00")
proj("Marwari Bhojnalaya", "marwaribhojnalaya@gmail.com", None)
owpay("hi_w10", "OWD-2025-210", "Marwari Bhojnalaya", "deposit", "15000.00", "2700.00", "2025-09-26T12:00:00")
proj("Ahmedabad Kite Store", "kites@amdkitestore.in", "2025-05-01T10:00:00")
owpay("hi_w11", "OWD-2025-211", "Ahmedabad Kite Store", "retainer", "8000.00", "1440.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
proj("Banaras Silk Emporium", "silk@banarassilk.in", "2025-10-06T10:00:00")
owpay("hi_w12", "OWD-2025-212", "Banaras Silk Emporium", "discovery", "10000.00", "1800.00", "2025-09-23T10:00:00")
proj("Gupta Dental Clinic", "drgupta@guptadental.in", "2025-07-15T10:00:00")
owpay("hi_w13", "OWD-2025-213", "Gupta Dental Clinic", "milestone", "26000.00", "4680.00", "2025-09-10T10:00:00", milestone_status="completed")
proj("Sharma Sweets Indore", "sharmasweets.indore@gmail.com", "2025-08-01T10:00:00")
owpay("hi_w14", "OWD-2025-214", "Sharma Sweets Indore", "milestone", "18000.00", "3240.00", "2025-09-15T10:00:00", milestone_status="not_started")
proj("Jodhpur Haveli Stays", "bookings@jodhpurhaveli.in", "2025-06-01T10:00:00")
owpay("hi_w15", "OWD-2025-215", "Jodhpur Haveli Stays", "setup", "5000.00", "900.00", "2025-09-22T10:00:00")
proj("Soni Gems Dubai", "accounts@sonigems.ae", "2025-07-01T10:00:00")
owpay("hi_w16", "OWD-2025-216", "Soni Gems Dubai", "milestone", "45000.00", "0.00", "2025-09-20T10:00:00", milestone_status="in_progress")

# ---------------- Optima WebDesign cases ----------------
case("w01-jpr-deposit-48h", OWB, "decided", [M("Rathore Jewellers <rathore.jewellers@gmail.com>",
     "Refund Request — Rathore Jewellers / OWD-2025-201",
     "Khamma Ghani sa,\n\nParson website ka deposit diya tha (OWD-2025-201), lekin ghar mein shaadi ki wajah se ab ye project 6 mahine ke liye rok rahe hain. "
     "Abhi tak kaam shuru nahi hua hai. Kripya deposit wapas kar dijiye.\n\nVikram Singh Rathore\nRathore Jewellers, Johari Bazaar, Jaipur",
     (2025, 9, 27, 17, 30), IN)], [R("approve", "25000.00")], extra_ok=True, clauses="O2",
     spec="Deposit paid 2025-09-25 17:00, request 2025-09-27 17:30 (48.5 h), no work: full refund 25000.00 before tax (O2).")
case("w02-lko-deposit-73h", OWB, "decided", [M("Lucknowi Chikan House <sales@lucknowichikan.in>",
     "जमा राशि की वापसी हेतु",
     "महोदय,\n\nहमने 22 सितंबर को वेबसाइट हेतु ₹20,000 + GST अग्रिम जमा किया था (OWD-2025-202)। पारिवारिक कारणों से हम यह परियोजना अभी नहीं करवा पाएंगे। "
     "कृपया जमा राशि वापस करें।\n\nभवदीय,\nमो. इरफ़ान\nलखनवी चिकन हाउस, अमीनाबाद",
     (2025, 9, 25, 11, 0), IN)], [R("deny")], extra_ok=True, clauses="O2 (73 h)",
     spec="Deposit paid 2025-09-22 10:00, request 2025-09-25 11:00 = 73 h: after 72 h: deny (O2).")
case("w03-ind-milestone-not-started", OWB, "decided", [M("Indori Namkeen Mart <orders@indorinamkeen.in>",
     "Milestone ka refund - Indori Namkeen",
     "Namaste ji,\n\nOnline ordering wala milestone (OWD-2025-203) abhi shuru nahi hua hai na? Humne decide kiya hai ki Swiggy/Zomato se hi chalayenge, "
     "to ye milestone nahi chahiye. Uska paisa refund kar dijiye.\n\nPankaj Khandelwal\nSarafa, Indore",
     (2025, 9, 24, 12, 0), IN)], [R("approve", "30000.00")], clauses="O3 not_started",
     spec="Milestone not_started: refund its amount 30000.00 before tax (O3).")
case("w04-patna-milestone-completed", OWB, "decided", [M("Patna Coaching Centre <director@patnacoaching.in>",
     "refund",
     "Sir, aap logon ne jo admission portal banaya (OWD-2025-204) wo complete to hai lekin bachche use nahi kar rahe. Iska paisa wapas kijiye.\n\nDirector\nPatna Coaching Centre, Ashok Rajpath",
     (2025, 9, 23, 11, 0), IN)], [R("deny")], clauses="O3/O6 completed deliverable",
     spec="Completed milestone: non-refundable (O3, O6).")
case("w05-chd-retainer-notice-ok", OWB, "decided", [M("Chandigarh Fitness Studio <admin@chdfitness.in>",
     "Retainer band karna hai",
     "Hi team,\n\nHum monthly retainer (OWD-2025-205) band karna chahte hain, Chandigarh Fitness Studio ka. Ab hamare paas in-house social media banda aa gaya hai.\n\nThanks\nAman Sandhu",
     (2025, 9, 25, 12, 0), IN, to="support@optimawebdesign.com")], [X("cancel", "2025-10-11")], clauses="O4, O8",
     spec="next_billing_at 2025-10-12; request 2025-09-25 <= 2025-10-05: notice met; effective 2025-10-11 (O4).")
case("w06-hyd-retainer-short", OWB, "decided", [M("Hyderabadi Biryani Point <contact@hydbiryanipoint.in>",
     "retainer cancel",
     "Salaam,\n\nHum retainer (OWD-2025-206) cancel karre, business thoda slow hai is mahine. Hyderabadi Biryani Point ka.\n\nMohd. Saleem",
     (2025, 9, 29, 13, 0), IN)], [X("cancel", "2025-11-03")], clauses="O4 short notice",
     spec="next_billing_at 2025-10-04; request 2025-09-29 (5 days): next cycle 2025-10-04 to 2025-11-03 is billed; effective 2025-11-03 (O4).")
case("w07-shekhawati-hosting-14", OWB, "decided", [M("Shekhawati Handicrafts <info@shekhawatihandicrafts.in>",
     "होस्टिंग रद्द करें और रिफंड",
     "नमस्कार,\n\nहमें annual hosting (OWD-2025-207) की अब ज़रूरत नहीं है, हमारी वेबसाइट अब Amazon Karigar पर चलेगी। कृपया hosting रद्द करें और नियम अनुसार refund दें।\n\nसुरेश कुमावत\nशेखावाटी हैंडीक्राफ्ट्स, झुंझुनूं",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "12375.00"), X("cancel")], clauses="O5",
     spec="Service start 2025-09-16, request 2025-09-29 (day 13): 15000 - 1500 - (13500/12)*1 = 12375.00 (O5).")
case("w08-bpl-hosting-late", OWB, "decided", [M("Bhopal Book Depot <bhopalbookdepot@gmail.com>",
     "hosting refund",
     "Namaste, hosting plan OWD-2025-208 ka refund chahiye, hum dusri company mein shift ho rahe hain jo sasta de rahi hai. Plan bhi band kar dijiye.\n\nRamesh Chouksey, MP Nagar",
     (2025, 9, 20, 11, 0), IN)], [R("deny"), X("cancel")], clauses="O5 after 14 days",
     spec="Service start 2025-09-02, request 2025-09-20 (day 18): refund deny (O5); the plan is cancelled as asked.")
case("w09-knp-ssl", OWB, "decided", [M("Kanpur Leather Works <exports@kanpurleather.in>",
     "SSL charge refund",
     "Dear Sir,\nSSL certificate ka charge Rs 4,500 + GST (OWD-2025-209) humse kyun liya? Hum Cloudflare ka free SSL use karenge. Please refund.\nRegards\nS. Mirza, Jajmau",
     (2025, 9, 26, 12, 0), IN)], [R("deny")], clauses="O6 third_party",
     spec="SSL is a third-party fee: non-refundable (O6).")
case("w10-c2-personal-gmail", OWB, "need_info", [M("Bhanwarlal Marwari <bhanwar.lal.1960@gmail.com>",
     "Deposit wapas chahiye - Marwari Bhojnalaya",
     "Ram Ram sa,\n\nMarwari Bhojnalaya ka deposit OWD-2025-210 kal diya tha, lekin bete ne mana kar diya, website abhi nahi banwani. Contract email marwaribhojnalaya@gmail.com hai. Paisa wapas kar do.\n\nBhanwarlal",
     (2025, 9, 27, 10, 0), IN)], rules=["C2"], clauses="C2",
     spec="Written from another address than the contract email he names: C2, ask for the request from marwaribhojnalaya@gmail.com.")
case("w11-amd-cancel-no-reason", OWB, "need_info", [M("Ahmedabad Kite Store <kites@amdkitestore.in>",
     "रिटेनर रद्द करें",
     "नमस्ते,\n\nकृपया Ahmedabad Kite Store का monthly retainer (OWD-2025-211) रद्द कर दें।\n\nधन्यवाद,\nहार्दिक देसाई\nमो. 98250 11223",
     (2025, 9, 26, 11, 0), IN)], missing=["reason"], clauses="section 8 reason required for Optima cancellations",
     spec="Project, invoice and contract email given; no reason: ask for it (section 8, C3).")
case("w12-banaras-discovery-not-started", OWB, "decided", [M("Banaras Silk Emporium <silk@banarassilk.in>",
     "Discovery session cancel + refund",
     "Pranam,\n\nHumne 23 ko discovery fees jama ki thi (OWD-2025-212). Session 6 October ko fix hai, abhi kuch shuru nahi hua. "
     "Lekin ghar mein budget ki dikkat aa gayi hai, isliye ye cancel karke paisa wapas chahiye.\n\nAshutosh Pandey\nBanaras Silk Emporium, Varanasi",
     (2025, 9, 28, 11, 0), IN)], [R("approve", "10000.00")], extra_ok=True, clauses="O1",
     spec="Discovery: work_started_at 2025-10-06 is after the request: nothing started: full refund 10000.00 (O1).")
case("w13-legal-notice-advocate", OWB, "decided", [M("Gupta Dental Clinic <drgupta@guptadental.in>",
     "Refund ya legal notice",
     "Aapne jo appointment booking page diya (OWD-2025-213) wo theek se kaam hi nahi karta. Refund karo warna mere advocate legal notice bhejenge.\n\nDr. A. K. Gupta\nGupta Dental Clinic, Kidwai Nagar, Kanpur",
     (2025, 9, 25, 13, 0), IN)], [R("escalate")], rules=["C4"], clauses="C4",
     spec="Legal notice through an advocate: escalate (C4).")
case("w14-thread-milestone-reason", OWB, "decided", [
    M("Sharma Sweets Indore <sharmasweets.indore@gmail.com>", "Refund - OWD-2025-214",
      "Namaste, Sharma Sweets Indore ka milestone OWD-2025-214 ka refund kar dijiye.\n\nDhanyawad\nSanjay Sharma", (2025, 9, 23, 11, 0), IN),
    M("Optima WebDesign <optimawebdesigns12@gmail.com>", "Re: Refund - OWD-2025-214 [OWD-3320]",
      "Namaste Sanjay ji,\n\nWe understood: refund of invoice OWD-2025-214, project Sharma Sweets Indore. Please tell us the reason for the refund.\n\nBilling & Refunds Desk — Optima WebDesign",
      (2025, 9, 24, 10, 0), IN, to="Sharma Sweets Indore <sharmasweets.indore@gmail.com>"),
    M("Sharma Sweets Indore <sharmasweets.indore@gmail.com>", "Re: Refund - OWD-2025-214 [OWD-3320]",
      "Ji, hum catering wala section abhi nahi chahte, Diwali ke baad dekhenge. Isliye ye milestone nahi chahiye.\n\nSanjay",
      (2025, 9, 24, 16, 0), IN)], [R("approve", "18000.00")], clauses="C3 thread, O3",
     spec="The reply gives the reason; milestone not_started: refund 18000.00 (O3).")
case("w15-jodhpur-setup-fee", OWB, "decided", [M("Jodhpur Haveli Stays <bookings@jodhpurhaveli.in>",
     "setup fee refund",
     "Khamma ghani,\n\nBooking engine ka setup fee (OWD-2025-215) liya gaya, lekin humne Booking.com ka hi widget laga liya. Setup fee lauta dijiye.\n\nDevendra Singh\nJodhpur Haveli Stays",
     (2025, 9, 26, 12, 0), IN)], [R("deny")], clauses="O6 setup",
     spec="Setup fees are non-refundable (O6).")
case("w16-dubai-marwari-in-progress", OWB, "decided", [M("Soni Gems Accounts <accounts@sonigems.ae>",
     "Milestone refund - Soni Gems Dubai",
     "Jai Jinendra,\n\nCatalogue wala milestone (OWD-2025-216) bahut slow chal raha hai, design bhi humein pasand nahi aa raha. Jitna kaam nahi hua uska refund kar dijiye.\n\nRegards,\nPrakash Soni\nSoni Gems LLC, Gold Souk, Deira, Dubai",
     (2025, 9, 27, 10, 0), DXB)], [R("escalate")], clauses="O3 in_progress",
     spec="Milestone in_progress: escalate (O3).")
case("w17-ek-page-hatao", OWB, "other", [M("Indori Namkeen Mart <orders@indorinamkeen.in>",
     "About Us page",
     "Ji, website se 'About Us' wala page hata dijiye, uski zarurat nahi hai. Baaki sab waisa hi rehne do.\n\nPankaj",
     (2025, 9, 29, 12, 0), IN)], clauses="partial mention (one page)",
     spec="Removing one page is neither a refund nor a cancellation: other.")


cust("tripathi.anand@gmail.com", "Anand Tripathi", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p35", "LO-INV-81351", "tripathi.anand@gmail.com", "monthly", *Mo, "2025-09-27T18:00:00", "2025-09-27", "2025-10-26")
lopay("hi_p36", "LO-INV-81352", "tripathi.anand@gmail.com", "monthly", *Mo, "2025-09-27T18:00:30", "2025-09-27", "2025-10-26")
proj("Saraswati Public School", "principal@saraswatischool.in", "2025-09-01T10:00:00")
owpay("hi_w17", "OWD-2025-217", "Saraswati Public School", "milestone", "20000.00", "3600.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("l32-bank-alert-auto", LOB, "ignore", [M("Bank Alerts <alerts@bankalerts.example.in>",
     "लेन-देन सूचना: आपके कार्ड से ₹1,768.82 का डेबिट",
     "प्रिय ग्राहक, आपके कार्ड XX4417 से LEADSOPTIMA को ₹1,768.82 का भुगतान हुआ है। यदि यह लेन-देन आपने नहीं किया है तो तुरंत 1800-000-000 पर संपर्क करें। यह एक स्वचालित संदेश है, कृपया उत्तर न दें।",
     (2025, 9, 27, 18, 1), IN, to="tripathi.anand@gmail.com",
       hdr={"Auto-Submitted": "auto-generated", "Delivered-To": "support@leadsoptima.com",
            "X-Forwarded-To": "support@leadsoptima.com", "X-Forwarded-For": "tripathi.anand@gmail.com support@leadsoptima.com"})],
     rules=["C7"], clauses="C7 Auto-Submitted auto-generated; C1 brand from Delivered-To",
     spec="Auto-Submitted: auto-generated bank alert to the cardholder, auto-forwarded by his mailbox rule (Delivered-To support@leadsoptima.com, C1): ignore (C7).")
case("l33-apple-mail-forward-owner", LOB, "decided", [M("Anand Tripathi <tripathi.anand@gmail.com>",
     "Fwd: LeadsOptima ka payment",
     "Dekhiye, mere bhai ne neeche likha hai. Mera account hai, payment do baar hua hai. Ek wapas kar dijiye.\n\nAnand\n\n"
     "Begin forwarded message:\n\nFrom: Alok Tripathi <alok.tripathi88@gmail.com>\nSubject: LeadsOptima ka payment\nDate: 28 September 2025 at 9:14:02 AM GMT+5:30\n"
     "To: Anand Tripathi <tripathi.anand@gmail.com>\n\nBhaiya tumhare card se LeadsOptima ka 1499 do baar kata hai 27 ko shaam ko, LO-INV-81351 aur LO-INV-81352. Unko likho.\n",
     (2025, 9, 28, 10, 30), IN)], [R("approve", "1499.00")], clauses="section 8 Forwards (owner forwards), L4",
     spec="Sent by the registered customer; the forwarded note gives the duplicate: refund LO-INV-81352 1499.00 (L4, day 1).")
case("w18-ca-firm-for-school", OWB, "need_info", [M("Agrawal & Co. Chartered Accountants <audit@agrawalco.in>",
     "Saraswati Public School - milestone refund",
     "Respected Sir,\n\nWe are the statutory auditors of Saraswati Public School, Patna (contract email principal@saraswatischool.in). "
     "Vidyalaya prabandhan samiti ne parents portal wala milestone (OWD-2025-217) drop kar diya hai kyunki board ne apna app de diya hai. "
     "Kindly refund the milestone amount and send the credit note to us.\n\nFor Agrawal & Co.\nCA Nikhil Agrawal, Partner",
     (2025, 9, 26, 15, 0), IN)], rules=["C2"], clauses="C2 (CA firm for the client)",
     spec="A CA firm writes from its own address for the school: the email must come from the contract email (C2).")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
