"""fresh30 Hindi / Hinglish cases (qa30c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh30@mail.example>"
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
# ---- checks of windows and amounts (run at generation) ----
from datetime import date
from decimal import Decimal, ROUND_HALF_UP
IST = timezone(timedelta(minutes=330))


def ist(when, off):
    return datetime(*when, tzinfo=timezone(timedelta(minutes=off))).astimezone(IST)


def day_n(paid, when, off):
    """L3 / O5 day count: request's IST date minus the payment's IST date."""
    return (ist(when, off).date() - date.fromisoformat(paid[:10])).days


def hours(paid, when, off):
    return (ist(when, off) - datetime.fromisoformat(paid).replace(tzinfo=IST)).total_seconds() / 3600


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))

IN, MU, FJ, SR, EDT, PDT, BST, NP = 330, 240, 720, -180, -240, -420, 60, 345
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ---------------- LeadsOptima ledger ----------------
cust("manjunath.gowda@jayanagarsweets.in", "Manjunath Gowda", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p01", "LO-INV-81011", "manjunath.gowda@jayanagarsweets.in", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("hi_p02", "LO-INV-81012", "manjunath.gowda@jayanagarsweets.in", "monthly", *Mo, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
cust("s.karthikeyan@velachery-it.com", "S Karthikeyan", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("hi_p03", "LO-INV-81021", "s.karthikeyan@velachery-it.com", "quarterly", *Q, "2025-09-22T12:00:00", "2025-09-22", "2025-12-21")
lopay("hi_p04", "LO-INV-81022", "s.karthikeyan@velachery-it.com", "quarterly", *Q, "2025-09-22T12:02:00", "2025-09-22", "2025-12-21")
cust("aditi.kulkarni@kothrudclasses.in", "Aditi Kulkarni", "annual", start="2025-09-21", end="2026-09-20")
lopay("hi_p05", "LO-INV-81031", "aditi.kulkarni@kothrudclasses.in", "annual", *A, "2025-09-21T11:00:00", "2025-09-21", "2026-09-20")
lopay("hi_p06", "LO-INV-81032", "aditi.kulkarni@kothrudclasses.in", "annual", *A, "2025-09-21T11:01:00", "2025-09-21", "2026-09-20")
cust("hiren.patel@maninagartextiles.com", "Hiren Patel", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p07", "LO-INV-81041", "hiren.patel@maninagartextiles.com", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
lopay("hi_p08", "LO-INV-81042", "hiren.patel@maninagartextiles.com", "monthly", *Mo, "2025-09-27T15:00:40", "2025-09-27", "2025-10-26")
cust("vikash.ramgoolam@intnet.mu", "Vikash Ramgoolam", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p09", "LO-INV-81051", "vikash.ramgoolam@intnet.mu", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
cust("ravinesh.prasad@connect.com.fj", "Ravinesh Prasad", "monthly", start="2025-09-22", end="2025-10-21")
lopay("hi_p10", "LO-INV-81061", "ravinesh.prasad@connect.com.fj", "quarterly", *Q, "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
cust("sunita.jagernath@sr.net", "Sunita Jagernath", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p11", "LO-INV-81071", "sunita.jagernath@sr.net", "monthly", *Mo, "2025-09-24T19:30:00", "2025-09-24", "2025-10-23")
cust("neha.agarwal.nj@gmail.com", "Neha Agarwal", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("hi_p12", "LO-INV-81081", "neha.agarwal.nj@gmail.com", "quarterly", *Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
cust("jayesh.mistry@btinternet.com", "Jayesh Mistry", "annual", start="2025-01-15", end="2026-01-14")
lopay("hi_p13", "LO-INV-81091", "jayesh.mistry@btinternet.com", "annual", *A, "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")
cust("ramesh.yadav@birgunjtraders.com.np", "Ramesh Yadav", "monthly")
lopay("hi_p14", "LO-INV-81101", "ramesh.yadav@birgunjtraders.com.np", "monthly", *Mo, "2025-09-05T12:00:00")
cust("accounts@shivneriagro.in", "Shivneri Agro", "annual", start="2025-09-24", end="2026-09-23")
lopay("hi_p15", "LO-INV-81111", "accounts@shivneriagro.in", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
lopay("hi_p16", "LO-INV-81112", "accounts@shivneriagro.in", "annual", *A, "2025-09-24T10:03:00", "2025-09-24", "2026-09-23")
cust("owner@rajkotbrass.com", "Rajkot Brass Works", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("hi_p17", "LO-INV-81121", "owner@rajkotbrass.com", "quarterly", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
lopay("hi_p18", "LO-INV-81122", "owner@rajkotbrass.com", "quarterly", *Q, "2025-09-25T10:05:00", "2025-09-25", "2025-12-24")
cust("deepa.nair@koramangalaclinic.in", "Deepa Nair", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p19", "LO-INV-81131", "deepa.nair@koramangalaclinic.in", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("hi_p20", "LO-INV-81132", "deepa.nair@koramangalaclinic.in", "monthly", *Mo, "2025-09-26T10:00:50", "2025-09-26", "2025-10-25")
cust("ketan.shah@suratdiamonds.in", "Ketan Shah", "monthly", start="2025-09-25", end="2025-10-24")
lopay("hi_p21", "LO-INV-81141", "ketan.shah@suratdiamonds.in", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("hi_p22", "LO-INV-81140", "ketan.shah@suratdiamonds.in", "monthly", *Mo, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
cust("pradeep.menon@gmail.com", "Pradeep Menon", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p23", "LO-INV-81151", "pradeep.menon@gmail.com", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
cust("anil.bhosale@nagpuroranges.in", "Anil Bhosale", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("hi_p24", "LO-INV-81161", "anil.bhosale@nagpuroranges.in", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
cust("rajiv.sharma.ca@gmail.com", "Rajiv Sharma", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p25", "LO-INV-81171", "rajiv.sharma.ca@gmail.com", "monthly", *Mo, "2025-09-27T21:30:00", "2025-09-27", "2025-10-26")
lopay("hi_p26", "LO-INV-81172", "rajiv.sharma.ca@gmail.com", "monthly", *Mo, "2025-09-27T21:32:00", "2025-09-27", "2025-10-26")
cust("girish.joshi@vadodaraplast.com", "Girish Joshi", "annual", start="2025-04-10", end="2026-04-09")
lopay("hi_p27", "LO-INV-81181", "girish.joshi@vadodaraplast.com", "annual", *A, "2025-04-10T10:00:00", "2025-04-10", "2026-04-09")
cust("priya.venkatesh@btopenworld.com", "Priya Venkatesh", "monthly", status="trial", trial_ends="2025-10-03")
cust("office@nashikgrapes.in", "Nashik Grapes", "monthly", start="2025-09-20", end="2025-10-19")
lopay("hi_p28", "LO-INV-81191", "office@nashikgrapes.in", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("hi_p29", "LO-INV-81192", "office@nashikgrapes.in", "monthly", *Mo, "2025-09-21T10:00:00", "2025-09-20", "2025-10-19")
lopay("hi_p30", "LO-INV-81193", "office@nashikgrapes.in", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-20", "2025-10-19")
cust("harish.rao@hsrlayout.in", "Harish Rao", "monthly", start="2025-09-12", end="2025-10-11")
lopay("hi_p31", "LO-INV-81201", "harish.rao@hsrlayout.in", "monthly", *Mo, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
cust("dinesh.chaudhary@janakpurmart.com.np", "Dinesh Chaudhary", "monthly", start="2025-09-27", end="2025-10-26")
lopay("hi_p32", "LO-INV-81211", "dinesh.chaudhary@janakpurmart.com.np", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
cust("rekha.doorgah@orange.mu", "Rekha Doorgah", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("hi_p33", "LO-INV-81221", "rekha.doorgah@orange.mu", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
lopay("hi_p34", "LO-INV-81222", "rekha.doorgah@orange.mu", "quarterly", *Q, "2025-09-26T10:01:00", "2025-09-26", "2025-12-25", status="disputed")
cust("sachin.more@thanelogistics.in", "Sachin More", "quarterly", start="2025-08-20", end="2025-11-19")
lopay("hi_p35", "LO-INV-81231", "sachin.more@thanelogistics.in", "quarterly", *Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
cust("bhavesh.thakkar@jamnagarspices.in", "Bhavesh Thakkar", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p36", "LO-INV-81241", "bhavesh.thakkar@jamnagarspices.in", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
cust("lakshmi.iyer@adyarcaterers.in", "Lakshmi Iyer", "annual", start="2025-09-28", end="2026-09-27")
lopay("hi_p37", "LO-INV-81251", "lakshmi.iyer@adyarcaterers.in", "annual", *A, "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
lopay("hi_p38", "LO-INV-81252", "lakshmi.iyer@adyarcaterers.in", "annual", *A, "2025-09-28T10:01:00", "2025-09-28", "2026-09-27")
cust("amit.deshmukh@aurangabadauto.in", "Amit Deshmukh", "monthly", start="2025-09-24", end="2025-10-23")
lopay("hi_p39", "LO-INV-81261", "amit.deshmukh@aurangabadauto.in", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
cust("mahesh.trivedi@bhavnagarsalt.com", "Mahesh Trivedi", "annual")
lopay("hi_p40", "LO-INV-81271", "mahesh.trivedi@bhavnagarsalt.com", "annual", *A, "2025-03-31T19:00:00+00:00")
cust("kavitha.reddy@whitefieldyoga.in", "Kavitha Reddy", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("hi_p41", "LO-INV-81281", "kavitha.reddy@whitefieldyoga.in", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
cust("suresh.pandey@gmail.com", "Suresh Pandey", "monthly", start="2025-09-26", end="2025-10-25")
lopay("hi_p42", "LO-INV-81291", "suresh.pandey@gmail.com", "monthly", *Mo, "2025-09-26T11:00:00", "2025-09-26", "2025-10-25")
lopay("hi_p43", "LO-INV-81292", "suresh.pandey@gmail.com", "monthly", *Mo, "2025-09-26T11:01:00", "2025-09-26", "2025-10-25")

assert day_n("2025-09-22", (2025, 9, 29, 16, 0), IN) == 7
assert day_n("2025-09-21", (2025, 9, 29, 9, 0), IN) == 8
assert day_n("2025-09-22", (2025, 9, 30, 6, 0), FJ) == 7  # Fiji 30th = IST 29th
assert [day_n(p, (2025, 9, 29, 11, 0), IN) for p in ("2025-09-21", "2025-09-26")] == [8, 3]
assert day_n("2025-09-12", (2025, 9, 25, 10, 0), IN) == 13

# ---------------- LeadsOptima cases ----------------
case("l01-blr-kannadiga-hinglish-dup", LOB, "decided", [M("Manjunath Gowda <manjunath.gowda@jayanagarsweets.in>",
     "payment 2 time hogaya",
     "Namaskara sir,\n\nMonthly plan ka payment 25th ko 2 time hogaya, same amount 1499, ek minute ke gap mein. Second wala LO-INV-81012 hai. "
     "Hindi thoda weak hai sorry, please woh second wala wapas kar do.\n\nDhanyavadagalu,\nManjunath\nJayanagar Sweets, Bengaluru",
     (2025, 9, 27, 10, 0), IN)], [R("approve", "1499.00")],
     spec="Two paid monthly charges 2025-09-25, same period; request day 2: refund LO-INV-81012 1499.00 (L4).")
case("l02-chennai-tamil-broken-hindi-day7", LOB, "decided", [M("S Karthikeyan <s.karthikeyan@velachery-it.com>",
     "quarterly plan double payment refund",
     "Vanakkam,\n\nMera Hindi accha nahi, sorry. 22 tarikh ko quarterly plan ka paisa do baar gaya - LO-INV-81021 aur LO-INV-81022, dono 3999. "
     "Ek wala return karo please. Aaj last din hai na 7 din ka?\n\nNandri,\nKarthikeyan S\nVelachery, Chennai",
     (2025, 9, 29, 16, 0), IN)], [R("approve", "3999.00")],
     spec="Charges 2025-09-22, request 2025-09-29 IST = day 7: inside (L3); refund LO-INV-81022 3999.00 (L4).")
case("l03-pune-marathi-day8", LOB, "decided", [M("Aditi Kulkarni <aditi.kulkarni@kothrudclasses.in>",
     "annual plan ke paise do baar (don vela)",
     "Namaskar,\n\nAnnual plan ke paise 21 September ko do baar kat gaye (LO-INV-81031 ani LO-INV-81032). Navratri mein busy thi, mhanun late likh rahi hoon. "
     "Kripya ek payment wapas kijiye.\n\nDhanyavaad,\nAditi Kulkarni\nKothrud Classes, Pune",
     (2025, 9, 29, 9, 0), IN)], [R("deny")],
     spec="Charges 2025-09-21, request 2025-09-29 IST = day 8: outside the 7-day window: deny (L3).")
case("l04-ahmedabad-gujarati-typed-ref", LOB, "decided", [M("Hiren Patel <hiren.patel@maninagartextiles.com>",
     "Kem cho - double charge",
     "Kem cho team,\n\nHamare monthly plan ka payment 27 tarikh ko do baar charge hua hai (be vaar), same amount. Invoice lo inv 81042 wala second hai. "
     "Please woh refund kar do, baaki sab barabar che.\n\nAabhar,\nHiren Patel\nManinagar Textiles, Ahmedabad",
     (2025, 9, 29, 12, 0), IN)], [R("approve", "1499.00")],
     spec="Gujarati-Hinglish; two paid charges 2025-09-27, request day 2: refund LO-INV-81042 1499.00 (L4); invoice typed with spaces (section 8).")
case("l05-mauritius-devanagari-access", LOB, "decided", [M("Vikash Ramgoolam <vikash.ramgoolam@intnet.mu>",
     "लॉगिन नहीं हो रहा - remboursement",
     "नमस्ते,\n\nहम मॉरीशस से लिख रहे हैं। 26 तारीख को monthly plan का पैसा दिया (LO-INV-81051), लेकिन उसके बाद से login नहीं हो रहा है, बार बार error आता है। "
     "आपका support भी जवाब नहीं दे रहा। अगर ठीक नहीं हो सकता तो पैसा वापस कीजिए, s'il vous plaît.\n\nधन्यवाद,\nविकास रामगुलाम\nQuatre Bornes",
     (2025, 9, 29, 14, 0), MU)], [R("escalate")],
     spec="Access failure inside 7 days of the 2025-09-26 charge: escalate (L6).")
case("l06-fiji-wrong-plan-day7", LOB, "decided", [M("Ravinesh Prasad <ravinesh.prasad@connect.com.fj>",
     "galat plan ke paisa kata",
     "Namaste bhaiya,\n\nHum monthly plan liya rahaa, lekin 22 tarik ke aap log quarterly ke paisa kaat liya, LO-INV-81061, 3999. Ee to galat plan hai. "
     "Hamar paisa wapas karo aur monthly wala lagao.\n\nDhanyavaad\nRavinesh\nLautoka, Fiji",
     (2025, 9, 30, 6, 0), FJ)], [R("escalate")],
     spec="Fiji 2025-09-30 06:00 +12:00 = 2025-09-29 23:30 IST, day 7: inside; charged for the wrong plan (billing error): escalate (L5).")
case("l07-suriname-not-used", LOB, "decided", [M("Sunita Jagernath <sunita.jagernath@sr.net>",
     "paisa wapas",
     "Ram Ram,\n\nHam log Paramaribo se likhta. Hamaar beti ii LeadsOptima monthly le lis 24 tarik ke (LO-INV-81071), lekin ham log ek din bhi use nahi kiya, hamaar dukaan me computer nahi hai. "
     "Toh paisa wapas de do please.\n\nSunita",
     (2025, 9, 26, 10, 0), SR)], [R("deny")],
     spec="Not used: not an L2 exception: refund denied (L1), cancellation offered.")
case("l08-nj-nri-expensive-cancel", LOB, "decided", [M("Neha Agarwal <neha.agarwal.nj@gmail.com>",
     "Cancel + refund pls",
     "Hi team,\n\nMain Edison NJ se likh rahi hoon. Honestly quarterly plan bahut mehenga pad raha hai for my small boutique, dollar mein convert karke bhi. "
     "Please mera subscription cancel kar do and jo baaki 2 months bache hain unka refund de do.\n\nThanks,\nNeha",
     (2025, 9, 27, 9, 0), EDT)], [R("deny"), X("cancel", "2025-12-04")],
     spec="Too expensive / unused months: not an exception: refund deny (L1); cancel, active until current_period_end 2025-12-04 (L8).")
case("l09-leicester-gujarati-cancel", LOB, "decided", [M("Jayesh Mistry <jayesh.mistry@btinternet.com>",
     "Plan band karna hai",
     "Jai Shri Krishna,\n\nLeicester se Jayesh. Hamara annual plan January mein renew na ho, please cancel kar dijiye. Hum shop beta ko de rahe hain aur woh apna system use karega.\n\nRegards\nJayesh Mistry\nBelgrave Road, Leicester",
     (2025, 9, 26, 18, 0), BST)], [X("cancel", "2026-01-14")],
     spec="Cancellation: active until current_period_end 2026-01-14 (L8).")
case("l10-birgunj-cancel-fallback", LOB, "decided", [M("Ramesh Yadav <ramesh.yadav@birgunjtraders.com.np>",
     "सदस्यता रद्द करें",
     "महोदय,\n\nहम बीरगंज, नेपाल से हैं। हमारा monthly plan बंद कर दीजिए, बॉर्डर पर काम कम हो गया है। आगे से पैसा मत काटिएगा।\n\nरमेश यादव\nबीरगंज ट्रेडर्स",
     (2025, 9, 25, 11, 0), NP)], [X("cancel", "2025-10-04")],
     spec="No current period in the ledger: last charge 2025-09-05 + 1 month - 1 day = 2025-10-04 (L8).")
case("l11-pune-c2-gmail", LOB, "need_info", [M("Sagar Jadhav <sagar.jadhav1988@gmail.com>",
     "Shivneri Agro - double payment",
     "Namaskar,\n\nMain Shivneri Agro ka accountant hoon. Company ka registered email accounts@shivneriagro.in hai lekin wo office PC pe hai, isliye gmail se likh raha hoon. "
     "24 tarikh ko annual plan do baar charge hua, LO-INV-81112 refund karo.\n\nSagar Jadhav",
     (2025, 9, 26, 11, 0), IN)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from accounts@shivneriagro.in (C2).")
case("l12-rajkot-ca-hindi-gmail-forward", LOB, "need_info", [M("CA Nilesh Dave <nilesh.dave.ca@gmail.com>",
     "Fwd: LeadsOptima double charge",
     "Namaste,\nClient ki taraf se forward kar raha hoon, kripya dekh lijiye.\nCA Nilesh Dave\n\n"
     "---------- अग्रेषित संदेश ---------\nप्रेषक: Rajkot Brass Works <owner@rajkotbrass.com>\nदिनांक: शुक्र, 26 सित॰ 2025 को 11:20 am\n"
     "विषय: LeadsOptima double charge\nप्रति: <nilesh.dave.ca@gmail.com>\n\n"
     "Nileshbhai, LeadsOptima ne 25 tarikh ko quarterly plan ka do baar charge kiya, LO-INV-81122 duplicate hai. Aap unko bol do refund ke liye.\n",
     (2025, 9, 26, 12, 0), IN)], rules=["C2"],
     spec="Gmail Hindi forward: the request is the registered owner's, the sender is the CA: C2, ask for it from owner@rajkotbrass.com (section 8 Forwards).")
case("l13-blr-self-forward-bank-alert", LOB, "decided", [M("Deepa Nair <deepa.nair@koramangalaclinic.in>",
     "Fwd: Transaction alert",
     "Hi, neeche dekho bank ka alert - 26 ko do baar paisa kata. Invoices LO-INV-81131 aur LO-INV-81132. Second wala refund kar do please.\n\nDeepa\n\n"
     "---------- Forwarded message ---------\nFrom: HDFC Bank InstaAlerts <alerts@hdfcbank.net>\nDate: Fri, 26 Sept 2025 at 10:01\nSubject: Transaction alert\n\n"
     "Rs.1768.82 debited from card xx4421 at LEADSOPTIMA on 26-09-25.\nRs.1768.82 debited from card xx4421 at LEADSOPTIMA on 26-09-25.\n",
     (2025, 9, 27, 9, 0), IN)], [R("approve", "1499.00")],
     spec="Forward by the registered customer of a bank alert (amounts with tax): duplicate, day 1: refund LO-INV-81132 1499.00 before tax (L4, C6).")
case("l14-hindi-out-of-office", LOB, "ignore", [M("Ketan Shah <ketan.shah@suratdiamonds.in>",
     "स्वतः उत्तर: आपकी LeadsOptima रसीद",
     "नमस्ते, मैं 5 अक्टूबर तक छुट्टी पर हूँ। ज़रूरी काम के लिए 98250 xxxxx पर संपर्क करें।\n\nकेतन शाह",
     (2025, 9, 26, 9, 0), IN, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")
case("l15-hindi-newsletter-list", LOB, "ignore", [M("Digital Vyapari Samachar <news@digitalvyapari.in>",
     "इस हफ़्ते: SaaS में रिफंड कैसे माँगें",
     "नमस्ते व्यापारी भाइयों, इस अंक में: सब्सक्रिप्शन कैसे कैंसल करें, रिफंड कब मिलता है...\n\nUnsubscribe करें: https://digitalvyapari.in/u",
     (2025, 9, 27, 8, 0), IN, hdr={"List-Id": "Digital Vyapari <list.digitalvyapari.in>"})], rules=["C7"],
     spec="List-Id: ignore (C7).")
case("l16-surat-no-reason", LOB, "need_info", [M("Ketan Shah <ketan.shah@suratdiamonds.in>",
     "Refund LO-INV-81141",
     "Namaste,\n\nLO-INV-81141 ka refund process kar dijiye. Jaldi karna.\n\nJai Jinendra\nKetan Shah\nVarachha, Surat",
     (2025, 9, 27, 10, 0), IN)], missing=["reason"],
     spec="Only the request restated and a sign-off: no reason (section 8): ask for the reason (C3); invoice given, plan from the ledger.")
case("l17-surat-thread-reason", LOB, "decided", [
    M("Hiren Patel <hiren.patel@maninagartextiles.com>", "refund LO-INV-81042",
      "Refund kar do LO-INV-81042 ka.\n\nHiren", (2025, 9, 28, 10, 0), IN),
    M("LeadsOptima Support <support@leadsoptima.com>", "Re: refund LO-INV-81042 [LO-6120]",
      "नमस्ते हिरेन जी,\n\nहमने समझा: इनवॉइस LO-INV-81042 का रिफंड, monthly plan. कृपया रिफंड का कारण बताइए।\n\nLeadsOptima Support Team",
      (2025, 9, 28, 12, 0), IN, to="Hiren Patel <hiren.patel@maninagartextiles.com>"),
    M("Hiren Patel <hiren.patel@maninagartextiles.com>", "Re: refund LO-INV-81042 [LO-6120]",
      "Karan ye hai ki 27 ko payment do baar ho gaya, 81041 aur 81042. Doosra wala extra hai.\n\nHiren\n\n> कृपया रिफंड का कारण बताइए।",
      (2025, 9, 28, 18, 0), IN)], [R("approve", "1499.00")],
     spec="The answer gives the reason (paid twice); request time = first mail 2025-09-28 (day 1): refund LO-INV-81042 1499.00 (C3, L4).")
case("l18-surat-wrong-amount-no-invoice", LOB, "need_info", [M("Ketan Shah <ketan.shah@suratdiamonds.in>",
     "galat amount",
     "Namaste,\n\nAapke sales wale bhai ne 999 ka offer bola tha, par aapne galat amount kaata 1499. Difference wapas karo.\n\nKetan Shah",
     (2025, 9, 27, 16, 0), IN)], missing=["invoice_number"],
     spec="Verified sender with two charges (August, September), no invoice named: ask for the invoice number (C3).")
case("l19-kochi-consumer-court", LOB, "decided", [M("Pradeep Menon <pradeep.menon@gmail.com>",
     "Refund nahi diya to consumer court",
     "Hello,\n\nMaine 27 ko monthly liya (LO-INV-81151), aur aapka tool mere Malayalam leads ke saath bilkul kaam nahi karta. Refund chahiye. "
     "Agar refund nahi mila to main consumer court mein complaint karunga, Kerala mein yeh sab chalta nahi.\n\nPradeep Menon\nKochi",
     (2025, 9, 28, 10, 0), IN)], [R("escalate")], rules=["C4"],
     spec="Mention of the consumer court: escalate (C4), though L1 would deny.")
case("l20-nagpur-chargeback-cancel", LOB, "decided", [M("Anil Bhosale <anil.bhosale@nagpuroranges.in>",
     "Turant cancel karo",
     "Namaskar,\n\nHumara quarterly plan turant cancel karo aur 26 tarikh ka 3999 wapas karo, humne sirf demo ke liye bola tha, aapke rep ne seedha charge kar diya. "
     "Nahi to main bank mein chargeback daal dunga.\n\nAnil Bhosale\nNagpur Oranges Pvt Ltd",
     (2025, 9, 28, 11, 0), IN)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Chargeback threat: every intent escalated, the cancellation included (C4, section 8).")
case("l21-california-chargeback-ruled-out", LOB, "decided", [M("Rajiv Sharma <rajiv.sharma.ca@gmail.com>",
     "Duplicate payment - 27 Sept",
     "Hi,\n\nSan Jose se likh raha hoon. 27 Sept ko monthly plan do baar charge hua (LO-INV-81171, LO-INV-81172). Mera bank chargeback ka option de raha hai but main wo nahi karna chahta, "
     "aap direct refund kar do second wala.\n\nThanks\nRajiv",
     (2025, 9, 28, 20, 0), PDT)], [R("approve", "1499.00")],
     spec="Chargeback only mentioned and ruled out (as earlier rounds): no C4. Sent 2025-09-28 20:00 -07:00 = 2025-09-29 08:30 IST (day 2): refund LO-INV-81172 1499.00 (L4).")
case("l22-vadodara-refund-nahi-chahiye", LOB, "decided", [M("Girish Joshi <girish.joshi@vadodaraplast.com>",
     "cancel renewal",
     "Namaste,\n\nHamara annual plan April mein renew mat karna, cancel kar do. Refund nahi chahiye, policy pata hai. Bas renewal band ho jaye.\n\nGirish Joshi\nVadodara Plast",
     (2025, 9, 26, 10, 0), IN)], [X("cancel", "2026-04-09")],
     spec="'Refund nahi chahiye' adds no refund (section 8): cancel, active until current_period_end 2026-04-09 (L8).")
case("l23-pune-hypothetical", LOB, "other", [M("Rohit Deshpande <rohit.d@baner-startups.in>",
     "annual plan lene se pehle sawal",
     "Hi,\n\nHum Baner, Pune ka chhota startup hain. Agar annual plan le lein aur 2 hafte baad pasand na aaye to kya refund milega? Aur GST invoice company naam pe milega?\n\nRohit",
     (2025, 9, 27, 11, 0), IN)],
     spec="A hypothetical before buying (section 8): other.")
case("l24-chennai-thanks", LOB, "other", [M("Lakshmi Iyer <lakshmi.iyer@adyarcaterers.in>",
     "Nandri - thank you",
     "Namaste team,\n\nPichhle hafte aapne jo WhatsApp broadcast setup kiya, bahut accha chal raha hai. Navaratri orders badh gaye. Bahut dhanyavaad!\n\nLakshmi Iyer\nAdyar Caterers",
     (2025, 9, 27, 15, 0), IN)],
     spec="Thanks; nothing asked: other.")
case("l25-london-trial-refund", LOB, "decided", [M("Priya Venkatesh <priya.venkatesh@btopenworld.com>",
     "trial ka paisa wapas",
     "Hi,\n\nMaine trial start kiya tha last week, mujhe laga card pe kuch charge hua. Please trial ka paisa wapas kar dijiye, mujhe tool nahi chahiye.\n\nPriya\nHarrow, London",
     (2025, 9, 27, 11, 0), BST)], [R("deny")], extra_ok=True,
     spec="Free trial with no charges: nothing to refund (L7); 'tool nahi chahiye' may be read as a cancellation (extra_ok).")
case("l26-nashik-three-charges", LOB, "decided", [M("Nashik Grapes Office <office@nashikgrapes.in>",
     "3 baar payment kata",
     "Namaskar,\n\nMonthly plan ke liye teen baar paisa kata hai, same period: 20 Sept (LO-INV-81191), 21 Sept (LO-INV-81192) aur 26 Sept (LO-INV-81193). Extra do wapas kariye.\n\nOffice, Nashik Grapes",
     (2025, 9, 29, 11, 0), IN)], [R("approve", "1499.00")],
     spec="Three identical charges: 09-21 (day 8, outside) and 09-26 (day 3, inside) are duplicates: refund only the one inside: 1499.00 (section 8, L3, L4).")
case("l27-blr-access-late", LOB, "decided", [M("Harish Rao <harish.rao@hsrlayout.in>",
     "dashboard not loading - refund",
     "Hi,\n\n12 tarikh se dashboard load nahi ho raha, blank screen aata hai. Maine socha theek ho jayega, ab 2 hafte ho gaye. LO-INV-81201 ka refund chahiye.\n\nHarish\nHSR Layout",
     (2025, 9, 25, 10, 0), IN)], [R("deny")],
     spec="Access failure but request 2025-09-25 is day 13 after the 2025-09-12 charge: outside 7 days: deny (L3).")
case("l28-janakpur-dup-one-charge", LOB, "decided", [M("Dinesh Chaudhary <dinesh.chaudhary@janakpurmart.com.np>",
     "दो बार पैसा कटा",
     "नमस्कार,\n\nजनकपुर से दिनेश। 27 तारीख को monthly plan का पैसा दो बार कटा, मेरे eSewa statement में दो entry दिख रहा है। Invoice LO-INV-81211। दूसरा वापस करिए।\n\nदिनेश चौधरी",
     (2025, 9, 28, 12, 0), NP)], [R("escalate")],
     spec="Duplicate claimed but the ledger holds one charge: no pair, escalate (L4).")
case("l29-mauritius-second-disputed", LOB, "decided", [M("Rekha Doorgah <rekha.doorgah@orange.mu>",
     "quarterly do baar",
     "Bonjour / Namaste,\n\nQuarterly plan ka paisa 26 ko do baar kata, LO-INV-81221 aur LO-INV-81222. Bank ne doosre wale pe pehle hi kuch hold lagaya hai shayad. Second wala refund kar dijiye.\n\nRekha",
     (2025, 9, 28, 10, 0), MU)], [R("escalate")],
     spec="The second charge's status is disputed (not paid): no pair of paid charges, refund escalated (section 8).")
case("l30-thane-html-devanagari-cancel", LOB, "decided", [M("Sachin More <sachin.more@thanelogistics.in>",
     "प्लान रद्द करना है",
     None, (2025, 9, 26, 17, 0), IN,
     html="<html><body><p>नमस्कार,</p><p>कृपया हमारा <b>quarterly</b> प्लान रद्द कर दीजिए। हमारी कंपनी दूसरे CRM पर जा रही है।</p><p>सचिन मोरे<br>ठाणे लॉजिस्टिक्स</p></body></html>")],
     [X("cancel", "2025-11-19")],
     spec="HTML-only Devanagari: cancel, active until current_period_end 2025-11-19 (L8).")
case("l31-jamnagar-plus-tag", LOB, "need_info", [M("Bhavesh Thakkar <bhavesh.thakkar+billing@jamnagarspices.in>",
     "cancel karo",
     "Monthly plan cancel karo please, season khatam.\n\nBhavesh",
     (2025, 9, 27, 10, 0), IN)], rules=["C2"],
     spec="A +tag makes another address than the registered one (section 8): C2.")
case("l32-other-brand-client", LOB, "need_info", [M("Kolhapur Chappal House <info@kolhapurchappal.in>",
     "deposit wapas",
     "Namaskar, humne website ke liye deposit diya tha OWD-2025-401, project cancel karna hai, paisa wapas kijiye. Shop ka renovation chal raha hai.\n\nSantosh",
     (2025, 9, 28, 10, 0), IN)], rules=["C2"],
     spec="An Optima WebDesign client writes to LeadsOptima: unknown in that ledger, C2 (section 8).")
case("l33-chennai-devanagari-digits-words", LOB, "decided", [M("Lakshmi Iyer <lakshmi.iyer@adyarcaterers.in>",
     "annual plan दो बार",
     "नमस्ते,\n\n२८ सितम्बर को annual plan के लिए ₹११,९८८ (ग्यारह हज़ार नौ सौ अठासी रुपये) दो बार कटे। इनवॉइस LO-INV-81251 और LO-INV-81252। दूसरा वापस कीजिए।\n\nलक्ष्मी अय्यर",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "11988.00")],
     spec="Devanagari digits and the amount in words; request day 2: refund LO-INV-81252 11988.00 (L4).")
case("l34-own-noreply", LOB, "ignore", [M("LeadsOptima <noreply@leadsoptima.com>",
     "आपकी भुगतान रसीद LO-INV-81252",
     "धन्यवाद! आपका ₹11,988.00 का भुगतान प्राप्त हुआ। रिफंड के लिए 7 दिन के भीतर लिखें।",
     (2025, 9, 28, 10, 5), IN)], rules=["C7"],
     spec="Mail from the brand's own address: ignore (C7).")
case("l35-aurangabad-charged-after-cancel", LOB, "decided", [M("Amit Deshmukh <amit.deshmukh@aurangabadauto.in>",
     "cancel ke baad bhi charge",
     "Namaskar,\n\nMaine August mein hi plan cancel kiya tha, fir bhi 24 September ko 1499 kat gaya (LO-INV-81261). Yeh billing error hai, paisa wapas kijiye.\n\nAmit Deshmukh\nWaluj MIDC",
     (2025, 9, 26, 10, 0), IN)], [R("escalate")],
     spec="Charged after cancelling (billing error) inside the window: escalate (L5).")
case("l36-blr-wrong-amount-and-cancel", LOB, "decided", [M("Kavitha Reddy <kavitha.reddy@whitefieldyoga.in>",
     "2 requests",
     "Hi team,\n\n1. Mera quarterly renewal 1 Sept ko hua, par aapne wrong amount charge kiya - 3999 instead of the 2999 offer price (LO-INV-81281). Refund the difference.\n"
     "2. Aur please plan cancel kar do after this quarter, studio band ho raha hai.\n\nKavitha\nWhitefield",
     (2025, 9, 5, 10, 0), IN)], [R("escalate"), X("cancel", "2025-11-30")],
     spec="Wrong amount (billing error) on 2025-09-01, request 2025-09-05 (day 4): escalate (L5); cancel, active until 2025-11-30 (L8).")
case("l37-bhavnagar-cancel-utc-fallback", LOB, "decided", [M("Mahesh Trivedi <mahesh.trivedi@bhavnagarsalt.com>",
     "annual plan cancel",
     "Namaste,\n\nHamara annual plan cancel kijiye, March ke baad renew na ho. Hum ERP wale vendor ka CRM le rahe hain.\n\nMahesh Trivedi\nBhavnagar",
     (2025, 9, 27, 10, 0), IN)], [X("cancel", "2026-03-31")],
     spec="No current period: last charge 2025-03-31T19:00Z = 2025-04-01 00:30 IST; 2025-04-01 + 12 months - 1 day = 2026-03-31 (L8, section 8 offsets).")
case("l38-houston-nri-mixed-script-dup", LOB, "decided", [M("Suresh Pandey <suresh.pandey@gmail.com>",
     "Re: LeadsOptima receipt - डबल चार्ज",
     "Namaste ji,\n\nHouston se Suresh. आपने 26 को मेरा monthly plan दो बार charge किया - LO-INV-81291 and LO-INV-81292, dono $ mein convert hokar aaye. "
     "Kripya doosra wala refund kar dijiye.\n\nDhanyavaad\nSuresh Pandey\nSugar Land, TX\n\n"
     "On Fri, Sep 26, 2025 at 12:31 AM LeadsOptima <noreply@leadsoptima.com> wrote:\n> Thank you for your payment of INR 1,499.00 (LO-INV-81292).",
     (2025, 9, 27, 22, 0), -300)], [R("approve", "1499.00")],
     spec="Top-posted reply over a quoted receipt; sent 2025-09-27 22:00 -05:00 = 2025-09-28 08:30 IST (day 2): refund LO-INV-81292 1499.00 (L4).")

# ---------------- Optima WebDesign ledger ----------------
proj("Kolhapur Chappal House", "info@kolhapurchappal.in")
owpay("hi_w01", "OWD-2025-401", "Kolhapur Chappal House", "deposit", "20000.00", "3600.00", "2025-09-27T12:00:00")
proj("Bay Area Desi Tiffins", "orders@bayareatiffins.com")
owpay("hi_w02", "OWD-2025-402", "Bay Area Desi Tiffins", "deposit", "25000.00", "4500.00", "2025-09-26T10:00:00")
proj("Port Louis Spice Route", "contact@spiceroute.mu")
owpay("hi_w03", "OWD-2025-403", "Port Louis Spice Route", "discovery", "12000.00", "2160.00", "2025-09-22T10:00:00")
proj("Mysuru Silk Emporium", "sales@mysurusilk.in", "2025-09-24T11:00:00")
owpay("hi_w04", "OWD-2025-404", "Mysuru Silk Emporium", "discovery", "15000.00", "2700.00", "2025-09-20T10:00:00")
proj("Tambaram Ortho Clinic", "admin@tambaramortho.in", "2025-08-10T10:00:00")
owpay("hi_w05", "OWD-2025-405", "Tambaram Ortho Clinic", "milestone", "30000.00", "5400.00", "2025-09-18T10:00:00", milestone_status="not_started")
proj("Hinjewadi Co-Living", "ops@hinjewadicoliving.in", "2025-08-01T10:00:00")
owpay("hi_w06", "OWD-2025-406", "Hinjewadi Co-Living", "milestone", "35000.00", "6300.00", "2025-09-10T10:00:00", milestone_status="in_progress")
proj("Anand Dairy Fresh", "info@ananddairyfresh.in", "2025-07-01T10:00:00")
owpay("hi_w07", "OWD-2025-407", "Anand Dairy Fresh", "milestone", "28000.00", "5040.00", "2025-08-25T10:00:00", milestone_status="completed")
proj("Surat Zari Works", "accounts@suratzari.in", "2025-02-01T10:00:00")
owpay("hi_w08", "OWD-2025-408", "Surat Zari Works", "retainer", "10000.00", "1800.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
proj("Nadi Bula Travels", "bula@naditravels.com.fj", "2025-03-01T10:00:00")
owpay("hi_w09", "OWD-2025-409", "Nadi Bula Travels", "retainer", "9000.00", "1620.00", "2025-09-07T10:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07")
proj("Nagpur Tarri Poha Centre", "owner@tarripoha.in", "2025-04-01T10:00:00")
owpay("hi_w10", "OWD-2025-410", "Nagpur Tarri Poha Centre", "retainer", "7000.00", "1260.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
proj("Wembley Mandir Trust", "office@wembleymandir.org.uk", "2025-01-01T10:00:00")
owpay("hi_w11", "OWD-2025-411", "Wembley Mandir Trust", "retainer", "18000.00", "3240.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
owpay("hi_w12", "OWD-2025-412", "Wembley Mandir Trust", "retainer", "18000.00", "3240.00", "2025-09-28T10:00:00",
      period_start="2025-10-20", period_end="2025-11-19", next_billing_at="2025-11-20")
proj("Koregaon Park Bakes", "hello@kpbakes.in", "2025-09-22T10:00:00")
owpay("hi_w13", "OWD-2025-413", "Koregaon Park Bakes", "hosting_annual", "9999.00", "1799.82", "2025-09-22T10:00:00",
      setup_fee="999.00", service_start="2025-09-22")
proj("Rajkot Namkeen", "info@rajkotnamkeen.in", "2025-09-05T10:00:00")
owpay("hi_w14", "OWD-2025-414", "Rajkot Namkeen", "hosting_annual", "12000.00", "2160.00", "2025-09-05T10:00:00",
      setup_fee="1200.00", service_start="2025-09-05")
proj("Bhairahawa Buddha Tours", "info@buddhatours.com.np", "2025-06-01T10:00:00")
owpay("hi_w15", "OWD-2025-415", "Bhairahawa Buddha Tours", "third_party", "2500.00", "450.00", "2025-09-24T10:00:00")
proj("Coimbatore Pumps", "purchase@cbepumps.in", "2025-09-10T10:00:00")
owpay("hi_w16", "OWD-2025-416", "Coimbatore Pumps", "setup", "5000.00", "900.00", "2025-09-10T10:00:00")
proj("Nickerie Rice Mills", "office@nickerierice.sr")
owpay("hi_w17", "OWD-2025-417", "Nickerie Rice Mills", "deposit", "22000.00", "3960.00", "2025-09-29T19:00:00")
proj("Sangli Turmeric Traders", "accounts@sangliturmeric.in", "2025-05-01T10:00:00")
owpay("hi_w18", "OWD-2025-418", "Sangli Turmeric Traders", "retainer", "6000.00", "1080.00", "2025-09-16T10:00:00",
      period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16")
proj("Madurai Jasmine Exports", "export@maduraijasmine.in", "2025-05-01T10:00:00")
owpay("hi_w19", "OWD-2025-419", "Madurai Jasmine Exports", "retainer", "8000.00", "1440.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
proj("Edison Garba Academy", "info@edisongarba.com", "2025-09-01T10:00:00")
owpay("hi_w20", "OWD-2025-420", "Edison Garba Academy", "milestone", "26000.00", "4680.00", "2025-09-12T10:00:00", milestone_status="completed")
proj("Jalgaon Banana Co", "info@jalgaonbanana.in", "2025-08-01T10:00:00")
owpay("hi_w21", "OWD-2025-421", "Jalgaon Banana Co", "deposit", "15000.00", "2700.00", "2025-08-01T10:00:00")
owpay("hi_w22", "OWD-2025-422", "Jalgaon Banana Co", "milestone", "20000.00", "3600.00", "2025-09-15T10:00:00", milestone_status="in_progress")
proj("Goa Konkan Stays", "stay@konkanstays.in")
owpay("hi_w23", "OWD-2025-423", "Goa Konkan Stays", "hosting_annual", "12000.00", "2160.00", "2025-09-26T10:00:00",
      setup_fee="1200.00", service_start="2025-10-05")
proj("Lucknowi Chikan Leicester", "shop@chikanleicester.co.uk", "2025-06-01T10:00:00")

assert hours("2025-09-27T12:00:00", (2025, 9, 29, 10, 0), IN) == 46
assert hours("2025-09-26T10:00:00", (2025, 9, 28, 22, 0), PDT) == 72.5
assert ist((2025, 10, 1, 5, 0), FJ) == datetime(2025, 9, 30, 22, 30, tzinfo=IST)  # Fiji notice: deadline 2025-09-30
assert day_n("2025-09-22", (2025, 9, 30, 10, 0), IN) == 8 and o5("9999.00", "999.00") == "8250.00"
assert day_n("2025-09-05", (2025, 9, 20, 10, 0), IN) == 15
assert o5("12000.00", "1200.00") == "9900.00"

# ---------------- Optima WebDesign cases ----------------
case("o01-kolhapur-marathi-deposit", OWB, "decided", [M("Kolhapur Chappal House <info@kolhapurchappal.in>",
     "Refund Request — Kolhapur Chappal House / OWD-2025-401",
     "Namaskar Optima team,\n\nHumne 27 tarikh ko deposit bhara tha, project Kolhapur Chappal House, invoice OWD-2025-401. Dukaan ka renovation chalu hai aur landlord ne jagah khali karne ko bola, "
     "isliye abhi website nahi banana. Kaam shuru nahi hua hai, kripya deposit parat kara / wapas kijiye.\n\nSantosh Patil\nKolhapur",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "20000.00")],
     spec="Deposit paid 2025-09-27 12:00, request 2025-09-29 10:00 IST = 46 h, no work started: full refund 20000.00 before tax (O2).")
case("o02-bayarea-nri-72h-by-ist", OWB, "decided", [M("Bay Area Desi Tiffins <orders@bayareatiffins.com>",
     "deposit refund - OWD-2025-402",
     "Hi Optima,\n\nFremont se likh rahe hain. Deposit humne yahan 25 Sept raat ko bhara tha (aapka invoice OWD-2025-402, project Bay Area Desi Tiffins). "
     "Ab humara co-founder alag ho gaya hai, toh project hold pe hai. Abhi 3 din bhi nahi hue hamare calendar se, please deposit wapas kar dijiye.\n\nThanks\nPooja Mehta",
     (2025, 9, 28, 22, 0), PDT)], [R("deny")],
     spec="Deposit paid 2025-09-26 10:00 IST; sent 2025-09-28 22:00 -07:00 = 2025-09-29 10:30 IST = 72.5 h: not before 72 h: deny (O2), whatever the sender's calendar says.")
case("o03-mauritius-discovery-approve", OWB, "decided", [M("Port Louis Spice Route <contact@spiceroute.mu>",
     "strategy fee wapas",
     "नमस्ते Optima,\n\nहमारा project Port Louis Spice Route, invoice OWD-2025-403 - discovery/strategy fee 22 तारीख को दिया था। अभी तक कोई session नहीं हुआ। "
     "हमारे partner ने restaurant बेचने का फैसला किया है, इसलिए हमें यह fee वापस चाहिए।\n\nMerci,\nAnjali Bissessur",
     (2025, 9, 27, 12, 0), MU)], [R("approve", "12000.00")],
     spec="Discovery fee with no session or deliverable started: full refund 12000.00 (O1).")
case("o04-mysuru-discovery-started", OWB, "decided", [M("Mysuru Silk Emporium <sales@mysurusilk.in>",
     "Strategy fee refund",
     "Namaskara,\n\nMysuru Silk Emporium project ka strategy session 24th ko hua (OWD-2025-404). Sach bolun to session se kuch naya nahi mila, sirf generic slides. Fee wapas kar dijiye please.\n\nShivakumar\nMysuru",
     (2025, 9, 26, 11, 0), IN)], [R("deny")],
     spec="Discovery fee with a session already held (work started 2025-09-24): non-refundable (O1).")
case("o05-tambaram-milestone-not-started", OWB, "decided", [M("Tambaram Ortho Clinic <admin@tambaramortho.in>",
     "Milestone 3 refund - Tambaram Ortho Clinic",
     "Vanakkam sir,\n\nTambaram Ortho Clinic project mein milestone 3 (online appointment) ka advance OWD-2025-405 diya tha. Ab hospital chain ke saath tie-up hua, unka app use karenge, "
     "isliye yeh module nahi chahiye. Aapke PM ne bola yeh shuru nahi hua. Refund kar dijiye.\n\nDr. R. Senthil",
     (2025, 9, 27, 10, 0), IN)], [R("approve", "30000.00")],
     spec="Milestone not_started: refund that milestone's amount 30000.00 before tax (O3).")
case("o06-hinjewadi-milestone-in-progress", OWB, "decided", [M("Hinjewadi Co-Living <ops@hinjewadicoliving.in>",
     "milestone refund - bahut delay",
     "Hi team,\n\nHinjewadi Co-Living ka booking engine milestone (OWD-2025-406) bahut slow chal raha hai, 3 hafte se sirf wireframes. Hume lagta hai aap deadline miss karoge. Is milestone ka refund chahiye.\n\nAkshay Joshi\nOps, Hinjewadi Co-Living",
     (2025, 9, 26, 15, 0), IN)], [R("escalate")],
     spec="Milestone in_progress: escalate (O3).")
case("o07-anand-milestone-completed", OWB, "decided", [M("Anand Dairy Fresh <info@ananddairyfresh.in>",
     "Refund - product catalogue",
     "Kem cho,\n\nAnand Dairy Fresh ka product catalogue milestone (OWD-2025-407) complete ho gaya, but hamare naye MD ko design pasand nahi aaya. Isliye refund chahiye.\n\nNirav Amin",
     (2025, 9, 25, 12, 0), IN)], [R("deny")],
     spec="Completed milestone: non-refundable (O3, O6).")
case("o08-surat-retainer-notice-ok", OWB, "decided", [M("Surat Zari Works <accounts@suratzari.in>",
     "Retainer band karna hai",
     "Namaste,\n\nSurat Zari Works ka monthly retainer (OWD-2025-408) band karna hai. Hamne in-house ek designer rakh liya hai. Agle mahine se charge mat karna.\n\nDhanyavaad\nPinal Desai",
     (2025, 9, 27, 11, 0), IN)], [X("cancel", "2025-10-14")],
     spec="Request 2025-09-27, next_billing_at 2025-10-15 (deadline 2025-10-08): notice met: effective 2025-10-14 (O4, O8).")
case("o09-fiji-retainer-ok-by-ist", OWB, "decided", [M("Nadi Bula Travels <bula@naditravels.com.fj>",
     "retainer khatam karo",
     "Bula vinaka,\n\nNadi Bula Travels ke website wala monthly retainer (OWD-2025-409) hum band kare chahta. Cyclone season aa raha hai, booking kam hai aur hum Facebook page se kaam chalaiga. "
     "Aaj 1 October hai, pata hai thoda late hai.\n\nRajendra Naidu\nNadi",
     (2025, 10, 1, 5, 0), FJ)], [X("cancel", "2025-10-06")],
     spec="Fiji 2025-10-01 05:00 +12:00 = 2025-09-30 22:30 IST; next_billing_at 2025-10-07 needs notice by 2025-09-30 IST: met: effective 2025-10-06 (O4).")
case("o10-nagpur-retainer-late", OWB, "decided", [M("Nagpur Tarri Poha Centre <owner@tarripoha.in>",
     "retainer cancel",
     "Namaskar,\n\nNagpur Tarri Poha Centre ka website retainer cancel karo, invoice OWD-2025-410. Hum Zomato aur Swiggy pe hi order le rahe, website ki zarurat nahi.\n\nVinod Wankhede",
     (2025, 9, 28, 11, 0), IN)], [X("cancel", "2025-11-02")],
     spec="next_billing_at 2025-10-03 (deadline 2025-09-26); request 2025-09-28: less than 7 days: next cycle billed, effective its last day 2025-11-02 (O4).")
case("o11-wembley-retainer-prepaid", OWB, "decided", [M("Wembley Mandir Trust <office@wembleymandir.org.uk>",
     "Retainer samaapt karna",
     "Jai Shri Ram,\n\nTrust ki committee ne decide kiya hai ki website maintenance retainer (Wembley Mandir Trust) ab volunteer team sambhalegi. Kripya retainer samaapt kar dein. "
     "Humne galti se agle mahine ka (OWD-2025-412) advance bhi bhar diya hai.\n\nDhanyavaad\nHarshad Bhatt, Trustee",
     (2025, 9, 29, 11, 0), BST)], [X("escalate")],
     spec="The next cycle 2025-10-20 to 2025-11-19 is already paid and the notice is at least 7 days: escalate (section 8).")
case("o12-pune-hosting-within-14", OWB, "decided", [M("Koregaon Park Bakes <hello@kpbakes.in>",
     "Hosting cancel + refund - Koregaon Park Bakes",
     "Hi Optima team,\n\nKoregaon Park Bakes ka annual hosting (OWD-2025-413) 22 Sept se start hua. Hum Shopify pe shift ho rahe hain kyunki online orders ka integration wahan easy hai. "
     "Please hosting cancel karke policy ke hisaab se prorated refund de dijiye.\n\nTanvi Gokhale",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "8250.00")], extra_ok=True,
     spec="Hosting annual 9999.00, setup 999.00, start 2025-09-22, request day 8: 9999 - 999 - 9000/12 (750) x 1 = 8250.00 (O5).")
case("o13-rajkot-hosting-day15", OWB, "decided", [M("Rajkot Namkeen <info@rajkotnamkeen.in>",
     "hosting refund chahiye",
     "Namaste,\n\nRajkot Namkeen ka annual hosting (OWD-2025-414) cancel karna hai, site bahut slow hai. Setup kaatke baaki paisa wapas do.\n\nJignesh",
     (2025, 9, 20, 10, 0), IN)], [R("deny")], extra_ok=True,
     spec="Request 2025-09-20 is day 15 after service_start 2025-09-05: after 14 days: deny (O5).")
case("o14-bhairahawa-domain", OWB, "decided", [M("Bhairahawa Buddha Tours <info@buddhatours.com.np>",
     "डोमेन का पैसा वापस",
     "नमस्ते,\n\nBhairahawa Buddha Tours के लिए आपने .com.np domain के लिए OWD-2025-415 का bill भेजा। हमें पता चला कि .np domain नेपाल में मुफ्त मिलता है, इसलिए यह पैसा वापस कीजिए।\n\nराजु थारु\nभैरहवा",
     (2025, 9, 26, 11, 0), NP)], [R("deny")],
     spec="Domain registration is a third-party fee: non-refundable (O6).")
case("o15-coimbatore-setup-fee", OWB, "decided", [M("Purchase - Coimbatore Pumps <purchase@cbepumps.in>",
     "Setup charges refund",
     "Dear Sir,\n\nCoimbatore Pumps project ka setup/activation charge OWD-2025-416 humare PO mein approved nahi tha, finance ne objection kiya hai. Isko refund karein.\n\nRegards,\nM. Palanisamy\nPurchase",
     (2025, 9, 25, 11, 0), IN)], [R("deny")],
     spec="Setup/activation fee: non-refundable (O6).")
case("o16-suriname-c2-yahoo", OWB, "need_info", [M("Ravi Soekhlal <ravi.soekhlal@yahoo.com>",
     "deposit wapas Nickerie Rice Mills",
     "Namaste,\n\nHam Nickerie Rice Mills ke malik hai. Office ke email office@nickerierice.sr se nahi bhej sakta, internet kharab. Kal deposit diya OWD-2025-417, lekin bank loan nahi mila. "
     "Paisa wapas kar do.\n\nRavi",
     (2025, 9, 30, 8, 0), SR)], rules=["C2"],
     spec="Not the contract email: ask for the request from office@nickerierice.sr (C2).")
case("o17-sangli-cancel-no-reason", OWB, "need_info", [M("Sangli Turmeric Traders <accounts@sangliturmeric.in>",
     "retainer cancel karna",
     "Namaskar,\n\nSangli Turmeric Traders ka retainer OWD-2025-418 cancel kar dijiye. Confirmation mail bhejiye.\n\nDhanyavaad\nAccounts",
     (2025, 9, 26, 11, 0), IN)], missing=["reason"],
     spec="No reason for the cancellation; Optima requires one (section 8): ask (C3).")
case("o18-madurai-thread-reason", OWB, "decided", [
    M("Madurai Jasmine Exports <export@maduraijasmine.in>", "Retainer cancel OWD-2025-419",
      "Vanakkam, Madurai Jasmine Exports ka retainer cancel karna hai, invoice OWD-2025-419.\n\nMurugan", (2025, 9, 26, 10, 0), IN),
    M("Optima WebDesign <optimawebdesigns12@gmail.com>", "Re: Retainer cancel OWD-2025-419 [OWD-5230]",
      "नमस्ते मुरुगन जी,\n\nहमने समझा: Madurai Jasmine Exports का retainer (OWD-2025-419) रद्द करना। कृपया रद्द करने का कारण बताइए।\n\nBilling & Refunds Desk — Optima WebDesign",
      (2025, 9, 26, 15, 0), IN, to="Madurai Jasmine Exports <export@maduraijasmine.in>"),
    M("Madurai Jasmine Exports <export@maduraijasmine.in>", "Re: Retainer cancel OWD-2025-419 [OWD-5230]",
      "Karan: hum Dubai ke buyer ke through hi export karenge, website se order nahi aata.\n\nMurugan",
      (2025, 9, 29, 10, 0), IN)], [X("cancel", "2025-10-17")],
     spec="Request time = first mail 2025-09-26; next_billing_at 2025-10-18 (deadline 2025-10-11): notice met, effective 2025-10-17 (O4); reason from the answer (C3).")
case("o19-edison-vakil-notice", OWB, "decided", [M("Edison Garba Academy <info@edisongarba.com>",
     "Refund warna legal notice",
     "Hello,\n\nEdison Garba Academy ki website (OWD-2025-420) Navratri registration ke time crash ho gayi, hamara bahut nuksaan hua. Full refund chahiye. "
     "Warna mera lawyer aapko legal notice bhejega, main NJ mein hoon lekin India mein bhi case kar sakti hoon.\n\nFalguni Shah",
     (2025, 9, 27, 9, 0), EDT)], [R("escalate")], rules=["C4"],
     spec="Lawyer / legal notice: escalate (C4), though the completed milestone would be denied (O6).")
case("o20-hindi-autoreply", OWB, "ignore", [M("Rajkot Namkeen <info@rajkotnamkeen.in>",
     "स्वचालित उत्तर: Re: hosting refund",
     "आपका ईमेल प्राप्त हुआ। हम 48 घंटे में जवाब देंगे। धन्यवाद।\nराजकोट नमकीन",
     (2025, 9, 22, 9, 0), IN, hdr={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")
case("o21-leicester-hypothetical", OWB, "other", [M("Lucknowi Chikan Leicester <shop@chikanleicester.co.uk>",
     "Naya e-commerce site - sawal",
     "Namaste,\n\nHum e-commerce site ke liye soch rahe hain. Agar deposit de dein aur Diwali ke baad plan badal jaye to kya deposit wapas milega? Aur hosting kitne ki padegi saal ki?\n\nShabana",
     (2025, 9, 27, 12, 0), BST)],
     spec="Hypothetical policy question (section 8): other.")
case("o22-jalgaon-refund-nahi-chahiye", OWB, "other", [M("Jalgaon Banana Co <info@jalgaonbanana.in>",
     "milestone status",
     "Namaskar,\n\nHumein refund nahi chahiye aur project cancel bhi nahi karna, bas yeh bata dijiye ki booking milestone kab tak complete hoga? Mandi season October mein shuru hai.\n\nPrashant Patil",
     (2025, 9, 26, 12, 0), IN)],
     spec="Refund and cancellation explicitly not asked (section 8); a status question: other.")
case("o23-jalgaon-missing-invoice", OWB, "need_info", [M("Jalgaon Banana Co <info@jalgaonbanana.in>",
     "refund chahiye - Jalgaon Banana Co",
     "Namaskar,\n\nJalgaon Banana Co project mein jo paisa diya uska refund chahiye, kyunki aapki team ne 2 mahine mein sirf homepage dikhaya hai, humara season nikal gaya.\n\nPrashant Patil",
     (2025, 9, 29, 12, 0), IN)], missing=["invoice_number"],
     spec="Project named, reason given, but the project holds two payments (deposit and milestone) and no invoice is named: ask for it (C3).")
case("o24-goa-hosting-before-start", OWB, "decided", [M("Goa Konkan Stays <stay@konkanstays.in>",
     "Hosting cancel - Goa Konkan Stays OWD-2025-423",
     "Hi,\n\nGoa Konkan Stays ke liye annual hosting ka payment 26 ko kiya (OWD-2025-423), start date 5 October hai. Humne Airbnb aur Booking.com pe hi rehne ka decide kiya, "
     "apni website nahi chahiye. Hosting cancel karke refund kar dijiye.\n\nFlavia D'Souza\nBenaulim",
     (2025, 9, 28, 11, 0), IN)], [R("approve", "9900.00")], extra_ok=True,
     spec="Request before service_start 2025-10-05: within 14 days, consumed_months 1 (section 8): 12000 - 1200 - 900 = 9900.00 (O5).")


if __name__ == "__main__":
    out = build("hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
