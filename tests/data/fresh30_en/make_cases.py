"""fresh30 English cases (qa30c): regenerate with `python3 make_cases.py`."""
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

CDT, EDT, IN, GST4, AST3, BRT, CAT, WEST, PDT = -300, -240, 330, 240, 180, -180, 120, 60, -420
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

DISC_BLR = ("\n\n--\nRegards,\nSowmya Raghunathan | Procurement - Indirect Spend\nKaveri Analytics Pvt Ltd, Outer Ring Road, Bellandur, Bengaluru 560103\n"
            "*** This e-mail and its attachments are confidential and may be privileged. If you are not the intended recipient, "
            "please notify the sender and delete it. Kaveri Analytics does not accept liability for any errors or omissions. "
            "Please consider the environment before printing this e-mail. ***")

# ---------------- LeadsOptima ledger ----------------
cust("kurt.lindqvist@mchsi.com", "Kurt Lindqvist", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p01", "LO-INV-80011", "kurt.lindqvist@mchsi.com", "monthly", *Mo, "2025-09-24T11:05:00", "2025-09-24", "2025-10-23")
lopay("en_p02", "LO-INV-80012", "kurt.lindqvist@mchsi.com", "monthly", *Mo, "2025-09-24T11:06:00", "2025-09-24", "2025-10-23")
cust("maureen.oshea@verizon.net", "Maureen O'Shea", "monthly", start="2025-09-22", end="2025-10-21")
lopay("en_p03", "LO-INV-80021", "maureen.oshea@verizon.net", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("en_p04", "LO-INV-80022", "maureen.oshea@verizon.net", "monthly", *Mo, "2025-09-22T10:02:00", "2025-09-22", "2025-10-21")
cust("procurement@kaverianalytics.in", "Kaveri Analytics", "annual", start="2025-09-25", end="2026-09-24")
lopay("en_p05", "LO-INV-80031", "procurement@kaverianalytics.in", "annual", *A, "2025-09-25T14:00:00", "2025-09-25", "2026-09-24")
lopay("en_p06", "LO-INV-80032", "procurement@kaverianalytics.in", "annual", *A, "2025-09-25T14:03:00", "2025-09-25", "2026-09-24")
cust("ap@tharangasoft.co.in", "Tharanga Soft", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("en_p07", "LO-INV-80041", "ap@tharangasoft.co.in", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
lopay("en_p08", "LO-INV-80042", "ap@tharangasoft.co.in", "quarterly", *Q, "2025-09-23T10:00:00", "2025-09-20", "2025-12-19")
lopay("en_p09", "LO-INV-80043", "ap@tharangasoft.co.in", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-20", "2025-12-19")
cust("it.vendor@deccanlogix.com", "Deccan Logix", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("en_p10", "LO-INV-80051", "it.vendor@deccanlogix.com", "annual", *A, "2025-09-26T12:00:00", "2025-09-26", "2026-09-25")
cust("rohan.pillai@emirates.net.ae", "Rohan Pillai", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p11", "LO-INV-80061", "rohan.pillai@emirates.net.ae", "monthly", *Mo, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
cust("khalid.alharbi@outlook.sa", "Khalid Al-Harbi", "monthly", start="2025-09-21", end="2025-10-20")
lopay("en_p12", "LO-INV-80071", "khalid.alharbi@outlook.sa", "monthly", *Mo, "2025-09-21T13:00:00", "2025-09-21", "2025-10-20")
cust("a.volkova@yandex.ru", "Anastasia Volkova", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("en_p13", "LO-INV-80081", "a.volkova@yandex.ru", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
cust("emre.yildiz@ttmail.com.tr", "Emre Yildiz", "quarterly", start="2025-07-20", end="2025-10-19")
lopay("en_p14", "LO-INV-80091", "emre.yildiz@ttmail.com.tr", "quarterly", *Q, "2025-07-20T10:00:00", "2025-07-20", "2025-10-19")
cust("larissa.mendes@uol.com.br", "Larissa Mendes", "monthly", status="trial", trial_ends="2025-10-06")
cust("accounts@mutapaagro.co.zw", "Mutapa Agro", "annual", start="2025-09-23", end="2026-09-22")
lopay("en_p15", "LO-INV-80101", "accounts@mutapaagro.co.zw", "annual", *A, "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
lopay("en_p16", "LO-INV-80102", "accounts@mutapaagro.co.zw", "annual", *A, "2025-09-23T10:00:30", "2025-09-23", "2026-09-22")
cust("mwila.banda@zamtel.zm", "Mwila Banda", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p17", "LO-INV-80111", "mwila.banda@zamtel.zm", "monthly", *Mo, "2025-09-26T16:00:00", "2025-09-26", "2025-10-25")
lopay("en_p18", "LO-INV-80112", "mwila.banda@zamtel.zm", "monthly", *Mo, "2025-09-26T16:01:00", "2025-09-26", "2025-10-25")
cust("owner@heartlandfeedmill.com", "Heartland Feed Mill", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("en_p19", "LO-INV-80121", "owner@heartlandfeedmill.com", "quarterly", *Q, "2025-09-24T19:30:00", "2025-09-24", "2025-12-23")
lopay("en_p20", "LO-INV-80122", "owner@heartlandfeedmill.com", "quarterly", *Q, "2025-09-24T19:34:00", "2025-09-24", "2025-12-23")
cust("finance@cauveryinfra.in", "Cauvery Infra", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p21", "LO-INV-80131", "finance@cauveryinfra.in", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("en_p22", "LO-INV-80132", "finance@cauveryinfra.in", "monthly", *Mo, "2025-09-27T10:00:45", "2025-09-27", "2025-10-26")
cust("vendor.payments@nizamtech.in", "Nizam Tech", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p23", "LO-INV-80141", "vendor.payments@nizamtech.in", "monthly", *Mo, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("en_p24", "LO-INV-80142", "vendor.payments@nizamtech.in", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("gary.kowalczyk@wowway.com", "Gary Kowalczyk", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p25", "LO-INV-80151", "gary.kowalczyk@wowway.com", "monthly", *Mo, "2025-09-26T21:00:00", "2025-09-26", "2025-10-25")
cust("pat.delaney@optonline.net", "Pat Delaney", "annual", start="2025-09-25", end="2026-09-24")
lopay("en_p26", "LO-INV-80161", "pat.delaney@optonline.net", "annual", *A, "2025-09-25T19:00:00", "2025-09-25", "2026-09-24")
cust("hr@thillaitextiles.com", "Thillai Textiles", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p27", "LO-INV-80171", "hr@thillaitextiles.com", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
cust("ops@lakeeriemarine.com", "Lake Erie Marine", "annual")
lopay("en_p28", "LO-INV-80181", "ops@lakeeriemarine.com", "annual", *A, "2025-02-28T20:00:00+00:00")
cust("sunita.rao@qtel.qa", "Sunita Rao", "monthly")
lopay("en_p29", "LO-INV-80191", "sunita.rao@qtel.qa", "monthly", *Mo, "2025-09-12T18:00:00")
cust("dan.kowalski@comcast.net", "Dan Kowalski", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("en_p30", "LO-INV-80201", "dan.kowalski@comcast.net", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
cust("lena.brandt@frontier.com", "Lena Brandt", "annual", start="2025-03-10", end="2026-03-09")
lopay("en_p31", "LO-INV-80211", "lena.brandt@frontier.com", "annual", *A, "2025-03-10T10:00:00", "2025-03-10", "2026-03-09")
cust("tariq.hamdan@eim.ae", "Tariq Hamdan", "monthly", start="2025-09-10", end="2025-10-09")
lopay("en_p32", "LO-INV-80221", "tariq.hamdan@eim.ae", "monthly", *Mo, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
cust("olga.petrenko@mail.ru", "Olga Petrenko", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p33", "LO-INV-80231", "olga.petrenko@mail.ru", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
cust("ricardo.alves@sapo.pt", "Ricardo Alves", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p34", "LO-INV-80241", "ricardo.alves@sapo.pt", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("en_p35", "LO-INV-80242", "ricardo.alves@sapo.pt", "monthly", *Mo, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", status="failed")
cust("ops@buckeyeplumbing.com", "Buckeye Plumbing", "monthly", start="2025-09-21", end="2025-10-20")
lopay("en_p36", "LO-INV-80251", "ops@buckeyeplumbing.com", "monthly", *Mo, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
cust("chanda.mulenga@gmail.com", "Chanda Mulenga", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("en_p37", "LO-INV-80261", "chanda.mulenga@gmail.com", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
cust("dispatch@prairietrucking.com", "Prairie Trucking", "monthly", start="2025-09-23", end="2025-10-22")
lopay("en_p38", "LO-INV-80271", "dispatch@prairietrucking.com", "monthly", *Mo, "2025-09-23T19:30:00", "2025-09-23", "2025-10-22")
lopay("en_p39", "LO-INV-80272", "dispatch@prairietrucking.com", "monthly", *Mo, "2025-09-23T19:32:00", "2025-09-23", "2025-10-22")
cust("selin.kaya@superonline.com", "Selin Kaya", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("en_p40", "LO-INV-80281", "selin.kaya@superonline.com", "quarterly", *Q, "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
cust("farah.saleh@batelco.com.bh", "Farah Saleh", "annual", start="2025-06-01", end="2026-05-31")
lopay("en_p41", "LO-INV-80291", "farah.saleh@batelco.com.bh", "annual", *A, "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
cust("joe.brennan@rcn.com", "Joe Brennan", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p42", "LO-INV-80301", "joe.brennan@rcn.com", "monthly", *Mo, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
cust("tendai.moyo@zol.co.zw", "Tendai Moyo", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p43", "LO-INV-80311", "tendai.moyo@zol.co.zw", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
cust("raghav.iyer@chennaiprints.in", "Raghav Iyer", "annual", start="2025-09-27", end="2026-09-26")
lopay("en_p44", "LO-INV-80321", "raghav.iyer@chennaiprints.in", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
lopay("en_p45", "LO-INV-80322", "raghav.iyer@chennaiprints.in", "annual", *A, "2025-09-27T10:01:00", "2025-09-27", "2026-09-26")
cust("wendy.schultz@tds.net", "Wendy Schultz", "monthly", start="2025-09-23", end="2025-10-22")
lopay("en_p46", "LO-INV-80331", "wendy.schultz@tds.net", "monthly", *Mo, "2025-09-23T19:30:00", "2025-09-23", "2025-10-22")
lopay("en_p47", "LO-INV-80332", "wendy.schultz@tds.net", "monthly", *Mo, "2025-09-23T19:31:00", "2025-09-23", "2025-10-22")
cust("nikolai.smirnov@gmail.com", "Nikolai Smirnov", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("en_p48", "LO-INV-80341", "nikolai.smirnov@gmail.com", "quarterly", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
cust("billing@sriramfoods.in", "Sriram Foods", "annual", start="2025-09-28", end="2026-09-27")
lopay("en_p49", "LO-INV-80351", "billing@sriramfoods.in", "annual", *A, "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
lopay("en_p50", "LO-INV-80352", "billing@sriramfoods.in", "annual", *A, "2025-09-28T10:02:00", "2025-09-28", "2026-09-27")

assert day_n("2025-09-24T11:06:00", (2025, 9, 26, 9, 0), CDT) == 2
assert day_n("2025-09-22T10:02:00", (2025, 9, 29, 15, 0), EDT) == 8
assert day_n("2025-09-23T19:32:00", (2025, 9, 29, 22, 0), CDT) == 7
assert [day_n(p, (2025, 9, 28, 11, 0), IN) for p in ("2025-09-23", "2025-09-26")] == [5, 2]
assert day_n("2025-09-10T10:00:00", (2025, 9, 24, 9, 0), GST4) == 14

# ---------------- LeadsOptima cases ----------------
case("l01-iowa-double-spaced-ref", LOB, "decided", [M("Kurt Lindqvist <kurt.lindqvist@mchsi.com>",
     "charged 2x",
     "Hello,\n\nLooks like you folks ran my card two times on Wednesday for the monthly plan, 1,499.00 both times, a minute apart. "
     "Second one is lo inv 80012 per the email receipts. Can you put that one back on the card?\n\nThanks much\nKurt\nAmes, Iowa\n\nSent from my iPhone",
     (2025, 9, 26, 9, 0), CDT)], [R("approve", "1499.00")],
     spec="L4: two paid monthly charges 2025-09-24 same period; request 2025-09-26 19:30 IST (day 2); refund the later charge LO-INV-80012 1499.00; invoice typed with spaces (section 8).")
case("l02-boston-day8-by-ist", LOB, "decided", [M("Maureen O'Shea <maureen.oshea@verizon.net>",
     "Duplicate charge from 9/22",
     "Hi,\n\nI was double charged on 9/22 for my monthly subscription (LO-INV-80021 and LO-INV-80022). I've been traveling so this is the first chance I've had to write. "
     "Please refund the duplicate.\n\nBest,\nMaureen O'Shea\nSomerville, MA",
     (2025, 9, 29, 15, 0), EDT)], [R("deny")],
     spec="Sent 2025-09-29 15:00 -04:00 = 2025-09-30 00:30 IST: day 8 after the 2025-09-22 charge, outside the 7-day window: deny (L3), though the sender's own date is day 7.")
case("l03-blr-procurement-po-style", LOB, "decided", [M("Sowmya Raghunathan <procurement@kaverianalytics.in>",
     "Duplicate debit - LeadsOptima annual subscription - PO 4500123987",
     "Dear Sir/Madam,\n\nThis is with reference to our PO No. 4500123987 for the LeadsOptima Annual subscription.\n\n"
     "Our AP team has flagged that the corporate card was debited twice on 25.09.2025 for INR 11,988.00 + GST each. "
     "Invoice references as per your portal: LO/INV/80031 and LO/INV/80032. Since only one licence is covered under the PO, "
     "request you to reverse the second debit (LO/INV/80032) at the earliest so that we can close the GRN.\n\n"
     "Awaiting your confirmation." + DISC_BLR,
     (2025, 9, 27, 11, 40), IN)], [R("approve", "11988.00")],
     spec="L4: two paid annual charges 2025-09-25, same period; request 2025-09-27 (day 2); refund LO-INV-80032 11988.00 before GST; invoice written with slashes (section 8).")
case("l04-chennai-three-debits", LOB, "decided", [M("Accounts Payable <ap@tharangasoft.co.in>",
     "Quarterly plan debited THREE times",
     "Hi Team,\n\nWe see three debits of Rs.3,999/- each for the same quarterly plan (period 20 Sep - 19 Dec): LO-INV-80041 on 20th, LO-INV-80042 on 23rd and LO-INV-80043 on 26th. "
     "Seems your auto-retry kept charging even though the first went through. Please refund the extra two.\n\nRegards,\nK. Balasubramanian\nAccounts, Tharanga Soft, Guindy",
     (2025, 9, 28, 11, 0), IN)], [R("approve", "7998.00")],
     spec="Three identical charges: 09-23 (day 5) and 09-26 (day 2) are duplicates inside the window: refund 3999.00 + 3999.00 = 7998.00 (section 8, L4).")
case("l05-hyd-wrong-plan", LOB, "decided", [M("Vendor Management <it.vendor@deccanlogix.com>",
     "Incorrect billing - LO-INV-80051",
     "Hello LeadsOptima team,\n\nWe had subscribed to the Quarterly plan as per the quote shared by your sales rep, but on 26/09 we were charged for the Annual plan instead (LO-INV-80051, Rs 11,988). "
     "This is a billing error from your side. Kindly refund and charge the correct quarterly amount.\n\nThanks & regards,\nSai Kiran Reddy\nIT Vendor Management, Deccan Logix, HITEC City",
     (2025, 9, 29, 16, 0), IN)], [R("escalate")],
     spec="Charged for the wrong plan (billing_error) on 2025-09-26, request day 3: escalate with the charge found (L5).")
case("l06-dubai-cannot-login", LOB, "decided", [M("Rohan Pillai <rohan.pillai@emirates.net.ae>",
     "No access after payment",
     "Hi,\n\nPaid the monthly on 25th (LO-INV-80061) and since Saturday I cannot log in at all, it just spins and says session expired. "
     "Tried Chrome, Safari, even my wife's laptop. Your chat bot keeps telling me to clear cookies. I need my money back if this can't be fixed, I have campaigns waiting.\n\nRohan\nJLT, Dubai",
     (2025, 9, 29, 20, 0), GST4)], [R("escalate")],
     spec="Access failure (cannot log in) inside 7 days of the 2025-09-25 charge: escalate for verification (L6).")
case("l07-riyadh-arabic-l1-not-use", LOB, "decided", [M("Khalid Al-Harbi <khalid.alharbi@outlook.sa>",
     "return money please",
     "Dear Sir\n\nI am subscribe your program on 21 september, invoice LO-INV-80071. Until now I am not use it even one time because my marketing employee he leave the company. "
     "So please return my money 1499 rupees, I am not need it.\n\nThank you\nKhalid",
     (2025, 9, 24, 12, 0), AST3)], [R("deny")],
     spec="Not having used the product is not an L2 exception: refund denied (L1), cancellation offered.")
case("l08-moscow-expensive-and-cancel", LOB, "decided", [M("Anastasia Volkova <a.volkova@yandex.ru>",
     "Cancellation and refund",
     "Good day.\n\nPlease cancel my subscription (quarterly). The price in rupees after conversion is too high for our small agency, and the ruble is falling again. "
     "Also please return the money for the rest of period which we will not use.\n\nWith best regards,\nAnastasia Volkova",
     (2025, 9, 25, 14, 0), AST3)], [R("deny"), X("cancel", "2025-11-14")],
     spec="Too expensive / unused rest of period: not an exception (L1, clause 2): refund deny; cancel, active until current_period_end 2025-11-14 (L8). Plan and invoice from the ledger (one charge).")
case("l09-istanbul-cancel-only", LOB, "decided", [M("Emre Yildiz <emre.yildiz@ttmail.com.tr>",
     "subscription stop",
     "Hello,\n\nWe want to stop our LeadsOptima quarterly subscription, we move to a local CRM which is integrated with our e-invoice system (e-Fatura). "
     "Please not renew it. Thank you for the service until now.\n\nSaygilarimla,\nEmre Yildiz",
     (2025, 9, 26, 10, 0), AST3)], [X("cancel", "2025-10-19")],
     spec="Cancellation: active until current_period_end 2025-10-19, no further charges (L8).")
case("l10-saopaulo-trial-refund", LOB, "decided", [M("Larissa Mendes <larissa.mendes@uol.com.br>",
     "reimbursement of trial",
     "Hello, good afternoon!\n\nI made the registration for the trial of LeadsOptima last week. I want the reimbursement of the value of the trial, I did not like the tool for my clinic. "
     "Thank you very much!!\n\nLarissa",
     (2025, 9, 27, 15, 0), BRT)], [R("deny")], extra_ok=True,
     spec="The account is a free trial with no charges: nothing to refund (L7); the reply says no billing occurs unless she subscribes. 'Did not like the tool' may also be read as a cancellation (extra_ok).")
case("l11-harare-c2-gmail", LOB, "need_info", [M("Farai Chikwanha <farai.chikwanha76@gmail.com>",
     "Double charge Mutapa Agro",
     "Good morning\n\nI am the finance manager at Mutapa Agro. Our registered email with you is accounts@mutapaagro.co.zw but our server is down because of load shedding so I am using my Gmail. "
     "We were charged twice for the annual package on 23 September, please refund the second one LO-INV-80102.\n\nRegards\nFarai Chikwanha\nMutapa Agro, Harare",
     (2025, 9, 25, 9, 0), CAT)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from accounts@mutapaagro.co.zw, disclose nothing (C2).")
case("l12-lusaka-outlook-forward-own", LOB, "decided", [M("Mwila Banda <mwila.banda@zamtel.zm>",
     "FW: Card statement query",
     "Hi LeadsOptima,\n\nPlease see what my accountant found below. Kindly assist.\n\nMwila\n\n"
     "________________________________\nFrom: Bwalya Chileshe <bwalya@chileshe-accounting.co.zm>\nSent: Saturday, September 27, 2025 8:14 AM\n"
     "To: Mwila Banda <mwila.banda@zamtel.zm>\nSubject: Card statement query\n\n"
     "Mwila, on the 26th LeadsOptima debited your card twice for the monthly plan, INR 1,499.00 each (LO-INV-80111 and LO-INV-80112). "
     "That second one is a duplicate, ask them to refund it.\nBwalya\n",
     (2025, 9, 27, 10, 0), CAT)], [R("approve", "1499.00")],
     spec="Outlook forward by the registered customer: the forwarded text carries a duplicate payment; request day 1: refund LO-INV-80112 1499.00 (L4).")
case("l13-kansas-forward-by-office-mgr", LOB, "need_info", [M("Tammy Rausch <tammy@heartlandfeedmill.com>",
     "FW: leadsoptima double charge",
     "Hi there, Bill asked me to send this over to you guys. Thanks!\nTammy\nOffice Manager\n\n"
     "-----Original Message-----\nFrom: Bill Hagerty <owner@heartlandfeedmill.com>\nSent: Thursday, September 25, 2025 7:52 AM\n"
     "To: Tammy Rausch <tammy@heartlandfeedmill.com>\nSubject: leadsoptima double charge\n\n"
     "Tammy - leadsoptima charged us twice yesterday for the quarterly, LO-INV-80122 is the dupe. Get them to refund it please.\nBill\n",
     (2025, 9, 25, 9, 30), CDT)], rules=["C2"],
     spec="The forwarded request is the registered owner's, but the sender is the office manager's address: C2, ask for the request from owner@heartlandfeedmill.com (section 8 Forwards).")
case("l14-nj-out-of-office", LOB, "ignore", [M("Pat Delaney <pat.delaney@optonline.net>",
     "Out of Office: Your LeadsOptima receipt",
     "I am out of the office until Monday 10/6 with limited access to email. For urgent matters please call the front desk at 201-555-0148.\n\nPat",
     (2025, 9, 26, 8, 0), EDT, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")
case("l15-bounce-mailer-daemon", LOB, "ignore", [M("Mail Delivery Subsystem <MAILER-DAEMON@mx.wowway.com>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx.wowway.com.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
     "<gary.k@wowway.com>: host mx.wowway.com said: 550 5.1.1 User unknown\n",
     (2025, 9, 27, 3, 0), EDT)], rules=["C7"],
     spec="MAILER-DAEMON sender (a bounce): ignore (C7).")
case("l16-bulk-webinar", LOB, "ignore", [M("Midwest SaaS Roundtable <events@midwestsaas.org>",
     "Webinar: cut your churn - refund policies that work",
     "Join us Thursday for a panel on refund and cancellation policies for SaaS. Should you offer refunds? When should you cancel a plan? Register now.\n\nUnsubscribe: https://midwestsaas.org/u",
     (2025, 9, 29, 7, 0), CDT, hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://midwestsaas.org/u>"})], rules=["C7"],
     spec="Precedence: bulk newsletter about refunds: ignore (C7).")
case("l17-blr-no-reason-disclaimer", LOB, "need_info", [M("Finance Desk <finance@cauveryinfra.in>",
     "Refund request - LO-INV-80132",
     "Dear Team,\n\nKindly process the refund against invoice LO-INV-80132 at the earliest and share the credit note.\n\nDo the needful.\n\n"
     "Thanks & Regards,\nAccounts Team\nCauvery Infra Projects Pvt Ltd, Koramangala, Bengaluru\n\n"
     "DISCLAIMER: The information in this e-mail is confidential and intended solely for the addressee. Access to this e-mail by anyone else is unauthorised.",
     (2025, 9, 28, 10, 0), IN)], missing=["reason"],
     spec="Only the request restated, 'do the needful', a signature and a disclaimer: no reason (section 8); plan from the ledger, invoice given: ask for the reason (C3).")
case("l18-blr-thread-reason-given", LOB, "decided", [
    M("Finance Desk <finance@cauveryinfra.in>", "Refund request - LO-INV-80132",
      "Dear Team,\n\nKindly process the refund against invoice LO-INV-80132 at the earliest.\n\nRegards,\nAccounts Team, Cauvery Infra", (2025, 9, 28, 10, 0), IN),
    M("LeadsOptima Support <support@leadsoptima.com>", "Re: Refund request - LO-INV-80132 [LO-5310]",
      "Hello,\n\nWe understood: a refund of invoice LO-INV-80132, monthly plan. Please tell us the reason for the refund.\n\nLeadsOptima Support Team",
      (2025, 9, 28, 15, 0), IN, to="Finance Desk <finance@cauveryinfra.in>"),
    M("Finance Desk <finance@cauveryinfra.in>", "Re: Refund request - LO-INV-80132 [LO-5310]",
      "Hi,\n\nSorry for missing that. Our corporate card was debited two times on 27th Sept for the same monthly plan (80131 and 80132). 80132 is the extra debit.\n\n"
      "Regards,\nAccounts Team\n\n-----Original Message-----\nFrom: LeadsOptima Support <support@leadsoptima.com>\nSent: 28 September 2025 15:00\n"
      "Subject: Re: Refund request - LO-INV-80132 [LO-5310]\n\nPlease tell us the reason for the refund.",
      (2025, 9, 29, 9, 30), IN)], [R("approve", "1499.00")],
     spec="The answer gives the reason (debited two times); request time is the first mail 2025-09-28 (day 1): refund LO-INV-80132 1499.00 (C3, L4).")
case("l19-hyd-wrong-amount-no-invoice", LOB, "need_info", [M("Vendor Payments <vendor.payments@nizamtech.in>",
     "Excess amount charged",
     "Hi,\n\nYour LeadsOptima debits are higher than what was agreed - we were promised Rs 999/month for the first six months by your partner in Hyderabad, "
     "but you have been charging the wrong amount, 1,499. Please refund the difference.\n\nRegards,\nVendor Payments, Nizam Tech",
     (2025, 9, 27, 12, 0), IN)], missing=["invoice_number"],
     spec="Verified sender with two charges (August and September), both at the 1,499 complained of, and no invoice or month named: the charge cannot be filled from the ledger; ask for the invoice number (C3).")
case("l20-hyd-thread-invoice-given", LOB, "decided", [
    M("Vendor Payments <vendor.payments@nizamtech.in>", "Excess amount charged",
      "Hi,\n\nThis month you charged the wrong amount - Rs 1,499 instead of the Rs 999 agreed with your partner. Please refund the difference.\n\nVendor Payments, Nizam Tech",
      (2025, 9, 27, 12, 0), IN),
    M("Vendor Payments <vendor.payments@nizamtech.in>", "Re: Excess amount charged [LO-5322]",
      "Invoice no. is LO INV 80142 (25-Sep).\n\nOn Sat, 27 Sep 2025, 4:10 pm LeadsOptima Support <support@leadsoptima.com> wrote:\n> Please tell us the invoice number of the charge.",
      (2025, 9, 27, 17, 0), IN)], [R("escalate")],
     spec="The answer names LO-INV-80142 (2025-09-25); wrong amount is a billing error inside the window (day 2): escalate (L5).")
case("l21-michigan-card-dispute-threat", LOB, "decided", [M("Gary Kowalczyk <gary.kowalczyk@wowway.com>",
     "unauthorized charge",
     "I never authorized this charge!!! LO-INV-80151 for 1499 on 9/26. I cancelled in the app weeks ago and you still charged me after I cancelled. "
     "Refund it by Friday or I'm disputing it with my credit card company, simple as that.\n\nGary\nDearborn MI",
     (2025, 9, 28, 18, 0), EDT)], [R("escalate")], rules=["C4"],
     spec="Payment-dispute threat: escalate (C4), though the billing error would also escalate (L5).")
case("l22-longisland-attorney-cancel", LOB, "decided", [M("Pat Delaney <pat.delaney@optonline.net>",
     "Cancel + refund",
     "To whom it may concern,\n\nCancel my annual subscription effective immediately and refund the 11,988 you took on Thursday. Your sales guy told me I could try it for a month first. "
     "My attorney has already reviewed the emails with your rep.\n\nP. Delaney",
     (2025, 9, 28, 11, 0), EDT)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="A mention of an attorney: the whole case escalates, the cancellation included (C4, section 8).")
case("l23-chennai-chargeback-ruled-out", LOB, "decided", [M("Raghav Iyer <raghav.iyer@chennaiprints.in>",
     "Annual plan debited twice - pls refund one",
     "Hi,\n\nThe annual plan got debited twice on 27/09 (LO-INV-80321, LO-INV-80322). My bank RM suggested I raise a chargeback but I told him no need, "
     "I'm sure you people will sort it out directly. Kindly refund the second one.\n\nRaghav Iyer\nChennai Prints, Mylapore",
     (2025, 9, 29, 10, 0), IN)], [R("approve", "11988.00")],
     spec="The chargeback is only the bank's suggestion, ruled out by the customer: no C4 (as earlier rounds). Duplicate day 2: refund LO-INV-80322 11988.00 (L4).")
case("l24-cleveland-cancel-fallback-utc", LOB, "decided", [M("Lake Erie Marine <ops@lakeeriemarine.com>",
     "please cancel annual",
     "Hello,\n\nWe're selling the marina at the end of the season so please cancel our LeadsOptima annual plan. Don't renew it in the spring.\n\nThanks,\nDoug\nLake Erie Marine, Sandusky OH",
     (2025, 9, 25, 14, 0), EDT)], [X("cancel", "2026-02-28")],
     spec="No current_period_end: last charge 2025-02-28T20:00Z = 2025-03-01 01:30 IST, local date 2025-03-01 + 12 months - 1 day = 2026-02-28 (L8, section 8 ledger offsets).")
case("l25-doha-cancel-fallback-monthly", LOB, "decided", [M("Sunita Rao <sunita.rao@qtel.qa>",
     "Cancel monthly plan",
     "Hi team,\n\nMoving back to Mangalore next month, my husband's contract in Doha is ending. Please cancel my monthly LeadsOptima plan. "
     "Also, can I export my lead lists to Excel before the account closes? Which menu?\n\nThanks,\nSunita",
     (2025, 9, 24, 19, 0), AST3)], [X("cancel", "2025-10-11")],
     spec="No current period in the ledger: last charge 2025-09-12 + 1 month - 1 day = 2025-10-11 (L8); the export question rides along.")
case("l26-chicago-html-only-cancel", LOB, "decided", [M("Dan Kowalski <Dan.Kowalski@Comcast.net>",
     "Cancel subscription",
     None, (2025, 9, 27, 13, 0), CDT,
     html="<html><body><div dir=\"ltr\"><p>Hi,</p><p>Please <b>cancel</b> my quarterly LeadsOptima subscription. We&#39;re consolidating tools under HubSpot.</p>"
          "<p>Thanks,<br>Dan Kowalski<br><span style=\"color:#888\">Kowalski Roofing &amp; Gutters | Naperville, IL</span></p></div></body></html>")],
     [X("cancel", "2025-10-31")],
     spec="HTML-only mail; the From address differs only in case from the registered one (section 8): cancel, active until 2025-10-31 (L8).")
case("l27-wisconsin-no-refund-wanted", LOB, "decided", [M("Lena Brandt <lena.brandt@frontier.com>",
     "cancel annual renewal",
     "Hi there,\n\nI know I'm mid-way through the annual plan and I am NOT asking for a refund, I understand the policy. Just please make sure it does not renew in March. "
     "We are retiring and closing the bakery.\n\nLena Brandt\nEau Claire, WI",
     (2025, 9, 26, 10, 0), CDT)], [X("cancel", "2026-03-09")],
     spec="Refund explicitly not asked (section 8): only the cancellation, active until current_period_end 2026-03-09 (L8).")
case("l28-dubai-late-access", LOB, "decided", [M("Tariq Hamdan <tariq.hamdan@eim.ae>",
     "Platform not working - refund",
     "Dear Support,\n\nSince I paid on 10th the dashboard is not loading properly, many times blank page. I waited two weeks thinking you will fix it. "
     "Now I want refund for LO-INV-80221.\n\nRegards,\nTariq Hamdan\nDeira, Dubai",
     (2025, 9, 24, 9, 0), GST4)], [R("deny")],
     spec="Access failure, but the charge 2025-09-10 and the request 2025-09-24 10:30 IST is day 14: outside the 7-day window: deny (L3).")
case("l29-moscow-dup-claim-one-charge", LOB, "decided", [M("Olga Petrenko <olga.petrenko@mail.ru>",
     "Payment was taken two times",
     "Hello!\n\nIn my bank application I see the payment for LeadsOptima was taken two times on 24.09 (1 499,00 INR, converted to rubles). "
     "Invoice in my cabinet is LO-INV-80231. Please return the second payment.\n\nOlga Petrenko",
     (2025, 9, 26, 12, 0), AST3)], [R("escalate")],
     spec="Duplicate claimed but the ledger holds only one charge: no pair, escalate (L4).")
case("l30-lisbon-second-charge-failed", LOB, "decided", [M("Ricardo Alves <ricardo.alves@sapo.pt>",
     "Duplicated payment",
     "Good morning,\n\nMy card shows a duplicated payment from LeadsOptima on 25 September, LO-INV-80241 and LO-INV-80242, both 1.499,00 INR. Can you please refund the duplicated one?\n\n"
     "Best regards / Cumprimentos,\nRicardo Alves",
     (2025, 9, 27, 10, 0), WEST)], [R("escalate")],
     spec="The second charge has status failed: no pair of paid charges (L4) and a refund of a non-paid payment is escalated (section 8).")
case("l31-ohio-question-gst", LOB, "other", [M("Buckeye Plumbing <ops@buckeyeplumbing.com>",
     "invoice question",
     "Hey, quick one - our CPA wants to know why there's an Indian tax (GST?) line on invoice LO-INV-80251. We're a US business. Is that something we can claim back or is that just how it is? Not asking for money back, just need to explain it.\n\nJim",
     (2025, 9, 25, 11, 0), EDT)],
     spec="A question about tax on an invoice, refund explicitly not asked: other.")
case("l32-lusaka-thanks", LOB, "other", [M("Chanda Mulenga <chanda.mulenga@gmail.com>",
     "Thank you",
     "Dear LeadsOptima,\n\nJust to say thank you for the webinar last week and for fixing my WhatsApp integration so quickly. The leads are flowing now. God bless.\n\nChanda",
     (2025, 9, 26, 9, 0), CAT)],
     spec="Thanks; nothing asked: other.")
case("l33-minnesota-hypothetical", LOB, "other", [M("Ingrid Solberg <ingrid@northstarrealty.com>",
     "question before we sign up",
     "Hello,\n\nWe're a small real estate office in Duluth looking at your annual plan. If we sign up and it doesn't work with our MLS feed, would we be able to get a refund? "
     "And can we switch from monthly to annual later?\n\nThanks,\nIngrid",
     (2025, 9, 25, 10, 0), CDT)],
     spec="Hypothetical before buying (section 8): a policy question, other.")
case("l34-nebraska-day7-inside-by-ist", LOB, "decided", [M("Prairie Trucking Dispatch <dispatch@prairietrucking.com>",
     "2 charges same day",
     "Hi - we got billed twice on the 23rd for the monthly. Both invoices came to this inbox, LO-INV-80271 and LO-INV-80272. Refund the second one please.\n\nDeb\nDispatch, Prairie Trucking, Grand Island NE",
     (2025, 9, 29, 22, 0), CDT)], [R("approve", "1499.00")],
     spec="Sent 2025-09-29 22:00 -05:00 = 2025-09-30 08:30 IST: day 7 after the 2025-09-23 charges: inside (L3); refund LO-INV-80272 1499.00 (L4).")
case("l35-izmir-several-requests", LOB, "decided", [M("Selin Kaya <selin.kaya@superonline.com>",
     "Wrong plan and cancel",
     "Hello,\n\nI have 2 things:\n1) On 27 September you charged me for the wrong plan - I chose monthly but the invoice LO-INV-80281 says quarterly 3.999 INR. Please refund it.\n"
     "2) After this experience I want to cancel, please close the subscription at the end of the period.\n\nThanks,\nSelin Kaya\nIzmir",
     (2025, 9, 29, 11, 0), AST3)], [R("escalate"), X("cancel", "2025-12-26")],
     spec="Charged for the wrong plan inside the window: refund escalated (L5); cancellation active until current_period_end 2025-12-26 (L8).")
case("l36-bahrain-consumer-protection", LOB, "decided", [M("Farah Saleh <farah.saleh@batelco.com.bh>",
     "Refund - unused annual",
     "Hello,\n\nI paid the annual plan in June but I have used it maybe 3 times. I would like a refund for the unused months. In Bahrain the consumer protection directorate says services not used must be refunded.\n\nFarah",
     (2025, 9, 26, 10, 0), AST3)], [R("escalate")], rules=["C4"],
     spec="Mention of consumer protection: escalate (C4), though L1/L3 would deny.")
case("l37-other-brand-client", LOB, "need_info", [M("Great Lakes Bakery <orders@greatlakesbakery.com>",
     "Refund for deposit",
     "Hi, we paid the deposit for our new bakery website on Friday but our landlord just sold the building. Can we get the deposit back? Invoice OWD-2025-305.\n\nMarta",
     (2025, 9, 28, 9, 0), EDT)], rules=["C2"],
     spec="An Optima WebDesign client writes to LeadsOptima: unknown in the LeadsOptima ledger, treated as any unknown sender (C2, section 8).")
case("l38-philly-plus-tag", LOB, "need_info", [M("Joe Brennan <joe.brennan+saas@rcn.com>",
     "charged twice?",
     "Guys you charged me twice on the 28th, monthly plan. LO-INV-80301. Refund the duplicate.\n\nJoe",
     (2025, 9, 29, 9, 0), EDT)], rules=["C2"],
     spec="joe.brennan+saas@rcn.com is another address than the registered joe.brennan@rcn.com (section 8): C2.")
case("l39-bulawayo-reply-to", LOB, "need_info", [M("Tendai Moyo <tendai.moyo@econet.co.zw>",
     "Cancel my plan",
     "Hi. Please cancel my LeadsOptima monthly plan, I have moved to a new job. Reply to my zol address as usual.\n\nTendai",
     (2025, 9, 28, 10, 0), CAT, hdr={"Reply-To": "tendai.moyo@zol.co.zw"})], rules=["C2"],
     spec="From is not the registered address; Reply-To never verifies anyone (section 8): C2.")
case("l40-wisconsin-rambling-dup", LOB, "decided", [M("Wendy Schultz <wendy.schultz@tds.net>",
     "Couple things",
     "Hi there,\n\nHope your week is going good. So first off I wanted to say the new Facebook lead form sync is working great, way better than the old one, and my husband finally stopped complaining about the spreadsheets lol. "
     "We had a crazy busy September with the pumpkin patch opening and the corn maze.\n\n"
     "Anyway the reason I'm writing is the credit card statement shows you charged me twice on Sept 23 for the monthly, LO-INV-80331 and LO-INV-80332. "
     "Could you please refund the second one, it's not a big deal but it adds up.\n\n"
     "Also is there a way to get the reports emailed to me on Mondays? That would be super helpful.\n\nThanks a bunch!\nWendy\nSchultz Family Farm, Baraboo WI",
     (2025, 9, 25, 20, 0), CDT)], [R("approve", "1499.00")],
     spec="The duplicate sits in the middle of a chatty mail; request 2025-09-26 06:30 IST (day 3): refund LO-INV-80332 1499.00 (L4).")
case("l41-stpete-russian-l1-cancel", LOB, "decided", [M("Nikolai Smirnov <nikolai.smirnov@gmail.com>",
     "Please to cancel",
     "Hello, dear support.\n\nPlease to cancel my quarterly subscription from next period. Our company is closing the Indian direction of business. No refund is needed, is fine.\n\nRespectfully,\nNikolai Smirnov\nSaint Petersburg",
     (2025, 9, 27, 12, 0), AST3)], [X("cancel", "2025-12-24")],
     spec="Cancellation with the refund declined: active until current_period_end 2025-12-24 (L8); no refund decision.")
case("l42-chennai-amount-in-words", LOB, "decided", [M("Sriram Foods Billing <billing@sriramfoods.in>",
     "Double payment - annual plan",
     "Respected Sir/Madam,\n\nWe have paid Rupees Eleven Thousand Nine Hundred and Eighty Eight only two times on 28th September towards annual subscription, vide invoices LO-INV-80351 and LO-INV-80352. "
     "Kindly refund the excess payment to the same account.\n\nThanking you,\nS. Venkatraman\nSriram Foods, T. Nagar, Chennai",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "11988.00")],
     spec="Paid two times, amount in words; request day 2: refund LO-INV-80352 11988.00 (L4).")
case("l43-own-billing-address", LOB, "ignore", [M("LeadsOptima Billing <billing@leadsoptima.com>",
     "Payment receipt LO-INV-80352",
     "Thank you for your payment of INR 11,988.00 for the Annual plan. Need a refund? Reply within 7 days.",
     (2025, 9, 28, 10, 0), IN)], rules=["C7"],
     spec="Mail from the brand's own address: ignore (C7).")


# ---------------- Optima WebDesign ledger ----------------
proj("Great Lakes Bakery", "orders@greatlakesbakery.com")
owpay("en_w01", "OWD-2025-305", "Great Lakes Bakery", "deposit", "25000.00", "4500.00", "2025-09-26T18:00:00")
proj("Hudson Valley Cider", "hello@hudsonvalleycider.com")
owpay("en_w02", "OWD-2025-306", "Hudson Valley Cider", "deposit", "20000.00", "3600.00", "2025-09-25T09:30:00")
proj("Al Noor Perfumes", "info@alnoorperfumes.ae", "2025-09-28T10:00:00")
owpay("en_w03", "OWD-2025-307", "Al Noor Perfumes", "deposit", "30000.00", "5400.00", "2025-09-27T10:00:00")
proj("Ubuntu Coffee Roasters", "hello@ubuntucoffee.co.zw")
owpay("en_w04", "OWD-2025-308", "Ubuntu Coffee Roasters", "discovery", "15000.00", "2700.00", "2025-09-20T10:00:00")
proj("Bosphorus Yachting", "office@bosphorusyachting.com.tr", "2025-09-22T11:00:00")
owpay("en_w05", "OWD-2025-309", "Bosphorus Yachting", "discovery", "18000.00", "3240.00", "2025-09-18T10:00:00")
proj("Queijaria Serra Azul", "contato@serraazulqueijos.com.br", "2025-08-20T10:00:00")
owpay("en_w06", "OWD-2025-310", "Queijaria Serra Azul", "milestone", "40000.00", "7200.00", "2025-09-15T10:00:00",
      milestone_status="not_started")
proj("Copperbelt Mining Supplies", "admin@copperbeltsupplies.co.zm", "2025-08-01T10:00:00")
owpay("en_w07", "OWD-2025-311", "Copperbelt Mining Supplies", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00",
      milestone_status="in_progress")
proj("Vyom Robotics", "procurement@vyomrobotics.in", "2025-07-01T10:00:00")
owpay("en_w08", "OWD-2025-312", "Vyom Robotics", "milestone", "50000.00", "9000.00", "2025-08-20T10:00:00",
      milestone_status="approved")
proj("Finger Lakes Winery", "tasting@fingerlakeswinery.com", "2025-03-01T10:00:00")
owpay("en_w09", "OWD-2025-313", "Finger Lakes Winery", "retainer", "12000.00", "2160.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
proj("Volga River Tours", "booking@volgarivertours.ru", "2025-04-01T10:00:00")
owpay("en_w10", "OWD-2025-314", "Volga River Tours", "retainer", "15000.00", "2700.00", "2025-09-04T10:00:00",
      period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
proj("Windy City Tattoo", "ink@windycitytattoo.com", "2025-05-01T10:00:00")
owpay("en_w11", "OWD-2025-315", "Windy City Tattoo", "retainer", "9000.00", "1620.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
proj("Marina Dental Care", "admin@marinadental.in", "2025-01-15T10:00:00")
owpay("en_w12", "OWD-2025-316", "Marina Dental Care", "retainer", "20000.00", "3600.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
owpay("en_w13", "OWD-2025-317", "Marina Dental Care", "retainer", "20000.00", "3600.00", "2025-09-25T10:00:00",
      period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15")
proj("Cuyahoga Dental Group", "office@cuyahogadental.com", "2025-09-20T10:00:00")
owpay("en_w14", "OWD-2025-318", "Cuyahoga Dental Group", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
      setup_fee="2400.00", service_start="2025-09-20")
proj("Sahyadri Tech Parks", "it@sahyadritechparks.in", "2025-09-18T10:00:00")
owpay("en_w15", "OWD-2025-319", "Sahyadri Tech Parks", "maintenance_annual", "14999.00", "2699.82", "2025-09-18T10:00:00",
      setup_fee="1999.00", service_start="2025-09-18")
proj("Desert Rose Events", "events@desertrose.ae", "2025-09-10T10:00:00")
owpay("en_w16", "OWD-2025-320", "Desert Rose Events", "maintenance_annual", "12000.00", "2160.00", "2025-09-10T10:00:00",
      setup_fee="1200.00", service_start="2025-09-10")
proj("Berkshire Inn", "frontdesk@berkshireinn.com", "2025-06-01T10:00:00")
owpay("en_w17", "OWD-2025-321", "Berkshire Inn", "third_party", "4500.00", "810.00", "2025-09-24T10:00:00")
proj("Pune Auto Components", "purchase@puneautocomp.in", "2025-08-01T10:00:00")
owpay("en_w18", "OWD-2025-322", "Pune Auto Components", "rush", "10000.00", "1800.00", "2025-09-22T10:00:00")
proj("Tejo Surf House", "reservas@tejosurfhouse.pt", "2025-07-01T10:00:00")
owpay("en_w19", "OWD-2025-323", "Tejo Surf House", "change_request", "7500.00", "1350.00", "2025-09-23T10:00:00")
proj("Mutapa Safaris", "bookings@mutapasafaris.co.zw", "2025-09-01T10:00:00")
owpay("en_w20", "OWD-2025-324", "Mutapa Safaris", "deposit", "22000.00", "3960.00", "2025-09-28T10:00:00")
proj("Electronic City Cowork", "admin@ecitycowork.in", "2025-06-01T10:00:00")
owpay("en_w21", "OWD-2025-325", "Electronic City Cowork", "milestone", "30000.00", "5400.00", "2025-09-24T10:00:00",
      milestone_status="not_started")
proj("Maple Street Books", "owner@maplestreetbooks.com", "2025-04-01T10:00:00")
owpay("en_w22", "OWD-2025-326", "Maple Street Books", "retainer", "8000.00", "1440.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
proj("Kazan Halal Foods", "info@kazanhalal.ru", "2025-04-01T10:00:00")
owpay("en_w23", "OWD-2025-327", "Kazan Halal Foods", "retainer", "11000.00", "1980.00", "2025-09-14T10:00:00",
      period_start="2025-09-14", period_end="2025-10-13", next_billing_at="2025-10-14")
proj("Adyar Music Academy Main Site", "office@adyarmusic.in", "2025-06-01T10:00:00")
proj("Adyar Music Academy Online Classes", "office@adyarmusic.in", "2025-08-01T10:00:00")
owpay("en_w24", "OWD-2025-328", "Adyar Music Academy Main Site", "milestone", "25000.00", "4500.00", "2025-09-10T10:00:00", milestone_status="completed")
owpay("en_w25", "OWD-2025-329", "Adyar Music Academy Online Classes", "milestone", "25000.00", "4500.00", "2025-09-20T10:00:00", milestone_status="in_progress")
proj("Chesapeake Crab House", "manager@chesapeakecrab.com", "2025-09-01T10:00:00")
owpay("en_w26", "OWD-2025-330", "Chesapeake Crab House", "milestone", "45000.00", "8100.00", "2025-09-15T10:00:00", milestone_status="completed")
proj("Anatolia Kilim", "shop@anatoliakilim.com.tr", "2025-08-01T10:00:00")
owpay("en_w27", "OWD-2025-331", "Anatolia Kilim", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
proj("Lake Harvest Fisheries", "info@lakeharvest.co.zm")
owpay("en_w28", "OWD-2025-332", "Lake Harvest Fisheries", "deposit", "20000.00", "3600.00", "2025-09-24T10:00:00", status="refunded")
proj("Pampulha Arquitetura", "studio@pampulhaarq.com.br")
owpay("en_w29", "OWD-2025-333", "Pampulha Arquitetura", "deposit", "28000.00", "5040.00", "2025-09-29T18:30:00")
proj("Whitefield Pediatrics", "admin@whitefieldpeds.in", "2025-07-01T10:00:00")
owpay("en_w30", "OWD-2025-334", "Whitefield Pediatrics", "retainer", "16000.00", "2880.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")

assert hours("2025-09-26T18:00:00", (2025, 9, 28, 9, 0), EDT) == 48.5
assert hours("2025-09-25T09:30:00", (2025, 9, 28, 0, 0), EDT) == 72
assert hours("2025-09-27T10:00:00", (2025, 9, 29, 10, 0), GST4) == 49.5
assert ist((2025, 9, 28, 10, 0), EDT).date() <= date(2025, 10, 3)  # w09 notice
assert ist((2025, 9, 28, 11, 0), AST3).date() > date(2025, 9, 27)  # w10 late
assert ist((2025, 9, 29, 14, 0), CDT).date() == date(2025, 9, 30) > date(2025, 9, 29)  # w11 late by IST
assert day_n("2025-09-20", (2025, 9, 29, 10, 0), EDT) == 9 and o5("18000.00", "2400.00") == "14300.00"
assert day_n("2025-09-18", (2025, 9, 30, 11, 0), IN) == 12 and o5("14999.00", "1999.00") == "11916.67"
assert day_n("2025-09-10", (2025, 9, 24, 23, 0), GST4) == 15
assert hours("2025-09-29T18:30:00", (2025, 9, 30, 9, 0), BRT) == 23

# ---------------- Optima WebDesign cases ----------------
case("o01-michigan-deposit-48h", OWB, "decided", [M("Great Lakes Bakery <orders@greatlakesbakery.com>",
     "Refund Request — Great Lakes Bakery / OWD-2025-305",
     "Hi Optima team,\n\nWe paid the deposit for the Great Lakes Bakery site on Friday (OWD-2025-305). This morning our landlord told us he has sold the building and we have to be out by November, "
     "so the new location and the website are on hold indefinitely. You haven't started anything yet as far as I know, so we'd like the deposit refunded please.\n\n"
     "Marta Nowak\nGreat Lakes Bakery, Hamtramck MI",
     (2025, 9, 28, 9, 0), EDT)], [R("approve", "25000.00")],
     spec="Deposit paid 2025-09-26 18:00 IST, request 2025-09-28 18:30 IST = 48.5 h, no work started: full refund 25000.00 before tax (O2).")
case("o02-hudson-exactly-72h", OWB, "decided", [M("Hudson Valley Cider <hello@hudsonvalleycider.com>",
     "deposit refund OWD-2025-306",
     "Hello,\n\nWriting just past midnight because I couldn't sleep over this. We've decided not to go ahead with the Hudson Valley Cider website this year, the apple harvest was bad and money is tight. "
     "Please refund the deposit OWD-2025-306, you haven't started work.\n\nBen Okafor\nHudson Valley Cider, Kingston NY",
     (2025, 9, 28, 0, 0), EDT)], [R("deny")],
     spec="Deposit paid 2025-09-25 09:30 IST; request 2025-09-28 00:00 -04:00 = 09:30 IST: exactly 72 h is not before 72 h (section 8): deny (O2).")
case("o03-sharjah-work-started", OWB, "decided", [M("Al Noor Perfumes <info@alnoorperfumes.ae>",
     "Refund of booking amount",
     "Dear Optima Team,\n\nAs-salamu alaykum. We paid the booking amount for project Al Noor Perfumes (invoice OWD-2025-307) on Saturday. Our family decided to postpone the online shop after the Dubai exhibition, "
     "so please refund the booking amount. It is less than 3 days.\n\nBest regards,\nYousef Al Marzouqi\nAl Noor Perfumes, Sharjah",
     (2025, 9, 29, 10, 0), GST4)], [R("deny")],
     spec="Request 49.5 h after payment but work started 2025-09-28, before the request: whichever occurs first: deny (O2).")
case("o04-harare-discovery-not-started", OWB, "decided", [M("Ubuntu Coffee Roasters <hello@ubuntucoffee.co.zw>",
     "Refund Request — Ubuntu Coffee Roasters — OWD-2025-308",
     "Good day\n\nWe paid the discovery/strategy fee on 20 September (OWD-2025-308) for project Ubuntu Coffee Roasters. The first workshop was set for next week but our export licence was not renewed, "
     "so we have to stop all spending for now. Kindly refund the discovery fee, no session has taken place.\n\nKind regards\nRutendo Ncube\nUbuntu Coffee Roasters, Harare",
     (2025, 9, 26, 11, 0), CAT)], [R("approve", "15000.00")],
     spec="Discovery fee, no session or deliverable started (work_started_at empty): full refund 15000.00 before tax (O1).")
case("o05-istanbul-discovery-started", OWB, "decided", [M("Bosphorus Yachting <office@bosphorusyachting.com.tr>",
     "Strategy fee refund",
     "Hello,\n\nWe had one strategy call with your team on 22 September for Bosphorus Yachting (invoice OWD-2025-309). Honestly the call was not useful for us, very generic. "
     "We would like to take back the strategy fee and stop here.\n\nKind regards,\nMert Aydin",
     (2025, 9, 25, 12, 0), AST3)], [R("deny")], extra_ok=True,
     spec="Discovery fee with a session already held (work started 2025-09-22): non-refundable (O1); 'stop here' may also be read as a cancellation (extra_ok).")
case("o06-minas-milestone-not-started", OWB, "decided", [M("Queijaria Serra Azul <contato@serraazulqueijos.com.br>",
     "Refund of milestone 2 - Queijaria Serra Azul",
     "Hello Optima team,\n\nWe paid the milestone 2 (e-commerce module) invoice OWD-2025-310 in advance. We decided to sell only in the physical store and in the marketplace, so we don't need the e-commerce any more. "
     "Your team confirmed the milestone was not started yet. Can you return this payment please?\n\nObrigado,\nJoão Batista\nQueijaria Serra Azul, Minas Gerais",
     (2025, 9, 26, 14, 0), BRT)], [R("approve", "40000.00")],
     spec="Milestone status not_started: refund that milestone's amount 40000.00 before tax (O3).")
case("o07-ndola-milestone-in-progress", OWB, "decided", [M("Copperbelt Mining Supplies <admin@copperbeltsupplies.co.zm>",
     "Milestone payment refund request",
     "Dear Sir/Madam\n\nRE: PROJECT COPPERBELT MINING SUPPLIES - INVOICE OWD-2025-311\n\nThe product catalogue milestone is taking too long and the designs shared so far are not what we agreed. "
     "We request a refund of the milestone payment.\n\nYours faithfully\nChileshe Mwansa\nAdministration Manager, Ndola",
     (2025, 9, 26, 9, 0), CAT)], [R("escalate")],
     spec="Milestone in_progress: the billable value of work not started needs a person: escalate (O3).")
case("o08-blr-milestone-approved", OWB, "decided", [M("Procurement - Vyom Robotics <procurement@vyomrobotics.in>",
     "Refund request against OWD-2025-312 | Vyom Robotics",
     "Dear Optima WebDesign,\n\nWith reference to the milestone invoice OWD-2025-312 (UI/UX design, Vyom Robotics website), our internal review committee has concluded the design does not meet the "
     "brand guidelines issued in Q2. We therefore request a full refund of the said milestone.\n\nPlease note the milestone was approved by our marketing team on 28-Aug, prior to the committee review.\n\n"
     "Regards,\nAnand Krishnamurthy\nProcurement, Vyom Robotics Pvt Ltd, Whitefield, Bengaluru",
     (2025, 9, 25, 15, 0), IN)], [R("deny")],
     spec="Approved milestone: non-refundable (O3, O6).")
case("o09-ny-retainer-notice-ok", OWB, "decided", [M("Finger Lakes Winery <tasting@fingerlakeswinery.com>",
     "Cancel retainer - Finger Lakes Winery OWD-2025-313",
     "Hi folks,\n\nPlease cancel our monthly website retainer for Finger Lakes Winery (last invoice OWD-2025-313). We've hired a marketing coordinator who will handle the site in-house from October.\n\n"
     "Thanks for everything,\nClaire Whitman\nFinger Lakes Winery, Hammondsport NY",
     (2025, 9, 28, 10, 0), EDT)], [X("cancel", "2025-10-09")],
     spec="Request 2025-09-28 IST, next_billing_at 2025-10-10: at least 7 days' notice (deadline 2025-10-03): cancel, effective 2025-10-09 (O4, O8).")
case("o10-moscow-retainer-late", OWB, "decided", [M("Volga River Tours <booking@volgarivertours.ru>",
     "Termination of support contract",
     "Dear colleagues,\n\nWe inform you that we terminate the monthly support retainer for project Volga River Tours, invoice OWD-2025-314. The reason: the tourist season is finished and we will freeze the website until spring.\n\n"
     "With respect,\nDmitry Orlov\nDirector",
     (2025, 9, 28, 11, 0), AST3)], [X("cancel", "2025-11-03")],
     spec="next_billing_at 2025-10-04, deadline 2025-09-27; request 2025-09-28: less than 7 days: next cycle 2025-10-04 to 2025-11-03 billed, effective 2025-11-03 (O4).")
case("o11-chicago-retainer-late-by-ist", OWB, "decided", [M("Windy City Tattoo <ink@windycitytattoo.com>",
     "cancel monthly retainer",
     "yo - cancel the monthly website retainer for Windy City Tattoo, invoice OWD-2025-315. we're going with a Squarespace template, cheaper and my nephew can update it. sending this today (the 29th) so it's a full week before the 6th right?\n\nDre",
     (2025, 9, 29, 14, 0), CDT)], [X("cancel", "2025-11-05")],
     spec="Sent 2025-09-29 14:00 -05:00 = 2025-09-30 00:30 IST; next_billing_at 2025-10-06 needs the request by 2025-09-29 IST: late; next cycle 2025-10-06 to 2025-11-05 billed, effective 2025-11-05 (O4).")
case("o12-chennai-retainer-prepaid", OWB, "decided", [M("Marina Dental Care <admin@marinadental.in>",
     "Discontinuation of website maintenance retainer - Marina Dental Care",
     "Dear Sir,\n\nWe wish to discontinue the maintenance retainer for Marina Dental Care w.e.f. the end of the current cycle, as our group has centralised all websites with the parent company's IT vendor. "
     "Kindly note that the October-November cycle (OWD-2025-317) was already paid in advance on 25th Sept.\n\nRegards,\nDr. Lakshmi Narayanan\nAdministrator, Marina Dental Care, Besant Nagar",
     (2025, 9, 27, 11, 0), IN)], [X("escalate")],
     spec="The next cycle (2025-10-15 to 2025-11-14) is already paid and the notice is more than 7 days: escalate (section 8).")
case("o13-cleveland-hosting-within-14", OWB, "decided", [M("Cuyahoga Dental Group <office@cuyahogadental.com>",
     "Cancel hosting + refund",
     "Hi,\n\nWe signed up for annual hosting for Cuyahoga Dental Group on the 19th (OWD-2025-318). Our new DSO parent company requires all practices to be hosted on their own servers, so we need to cancel the hosting and get the prorated refund.\n\n"
     "Thanks,\nKaren Mills\nOffice Manager, Parma OH",
     (2025, 9, 29, 10, 0), EDT)], [R("approve", "14300.00")], extra_ok=True,
     spec="Hosting annual, service_start 2025-09-20, request day 9: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00 (O5); the cancellation part is allowed (extra_ok).")
case("o14-pune-maintenance-rounding", OWB, "decided", [M("IT Department <it@sahyadritechparks.in>",
     "Refund Request — Sahyadri Tech Parks / OWD-2025-319",
     "Hello team,\n\nWe wish to cancel the annual maintenance plan for Sahyadri Tech Parks (invoice OWD-2025-319, started 18-Sep) within the 14-day window. Our management has approved an in-house web team from this quarter.\n"
     "Please refund the prorated amount as per your policy.\n\nRegards,\nNikhil Deshpande\nIT, Sahyadri Tech Parks, Hinjewadi Phase 2, Pune",
     (2025, 9, 30, 11, 0), IN)], [R("approve", "11916.67")], extra_ok=True,
     spec="Maintenance annual 14999.00, setup 1999.00, start 2025-09-18, request day 12: 14999 - 1999 - 13000/12 = 11916.666... rounded once = 11916.67 (O5, C6).")
case("o15-dubai-maintenance-day15-by-ist", OWB, "decided", [M("Desert Rose Events <events@desertrose.ae>",
     "Refund maintenance plan OWD-2025-320",
     "Hi Optima,\n\nI'm writing late on the 24th, still within the 14 days. We want to cancel the annual maintenance for Desert Rose Events and get the refund minus setup, as the event company is merging with our partner in Abu Dhabi and they have their own site.\n\nThanks\nNadia Haddad",
     (2025, 9, 24, 23, 0), GST4)], [R("deny")], extra_ok=True,
     spec="Sent 2025-09-24 23:00 +04:00 = 2025-09-25 00:30 IST: day 15 after service_start 2025-09-10: after 14 days: deny (O5).")
case("o16-berkshire-ssl", OWB, "decided", [M("Berkshire Inn <frontdesk@berkshireinn.com>",
     "SSL charge refund",
     "Hello,\n\nYou billed us for an SSL certificate (OWD-2025-321) for Berkshire Inn, but our booking engine provider says they already include SSL on our domain. So we don't need it. Please refund.\n\nThank you,\nMargaret Ellis\nInnkeeper, Lenox MA",
     (2025, 9, 26, 9, 0), EDT)], [R("deny")],
     spec="SSL certificate is a third-party item: non-refundable (O6).")
case("o17-pune-rush-fee", OWB, "decided", [M("Purchase Dept <purchase@puneautocomp.in>",
     "Refund of express delivery charges - Pune Auto Components",
     "Dear Team,\n\nWe had paid express/rush charges vide invoice OWD-2025-322 for delivery of the Pune Auto Components site before the Ganpati holidays. However, the go-live slipped by 2 days due to our own content delay. "
     "Management wants the rush charges refunded since the express timeline was not really needed in the end.\n\nRegards,\nPrakash Kulkarni\nPurchase, Chakan MIDC",
     (2025, 9, 26, 12, 0), IN)], [R("deny")],
     spec="Rush fee: non-refundable (O6).")
case("o18-lisbon-change-request", OWB, "decided", [M("Tejo Surf House <reservas@tejosurfhouse.pt>",
     "Refund change request OWD-2025-323",
     "Hello,\n\nWe paid the change request for the Portuguese/English language switch on Tejo Surf House website (OWD-2025-323). After testing, we think the automatic translate plugin is enough, so we don't want the change anymore. Please refund it.\n\nObrigada,\nInês Carvalho",
     (2025, 9, 25, 10, 0), WEST)], [R("deny")],
     spec="Change request outside the original scope: non-refundable (O6).")
case("o19-harare-c2-gmail", OWB, "need_info", [M("Tatenda Mutasa <tatenda.mutasa@gmail.com>",
     "Deposit refund Mutapa Safaris",
     "Hi\n\nI am the owner of Mutapa Safaris. Our company email bookings@mutapasafaris.co.zw is not working because of a domain problem, so I write from Gmail. "
     "We paid deposit OWD-2025-324 yesterday but the tourism board grant was cancelled, so please refund.\n\nTatenda",
     (2025, 9, 29, 10, 0), CAT)], rules=["C2"],
     spec="Not the contract email (Optima: 'emailed from the contracting email'): ask for the request from bookings@mutapasafaris.co.zw (C2).")
case("o20-blr-outlook-forward-by-exec", OWB, "need_info", [M("Karthik S <karthik.s@ecitycowork.in>",
     "FW: Milestone refund - Electronic City Cowork",
     "Hi Optima team,\n\nPlease see request from our admin below and process.\n\nThanks,\nKarthik\nOperations Executive\n\n"
     "From: Admin ECity Cowork <admin@ecitycowork.in>\nSent: Friday, September 26, 2025 10:05 AM\nTo: Karthik S <karthik.s@ecitycowork.in>\n"
     "Subject: Milestone refund - Electronic City Cowork\n\nKarthik, pls ask Optima to refund milestone invoice OWD-2025-325 (member portal) - the board has dropped the portal plan, it was not started.\n",
     (2025, 9, 26, 11, 0), IN)], rules=["C2"],
     spec="The forwarded request is from the contract email but the sender is another address: C2, ask for the request from admin@ecitycowork.in (section 8 Forwards).")
case("o21-vermont-cancel-no-reason", OWB, "need_info", [M("Maple Street Books <owner@maplestreetbooks.com>",
     "Cancel retainer",
     "Hi,\n\nPlease cancel the monthly retainer for Maple Street Books, invoice OWD-2025-326. Please confirm by email.\n\nThanks!\nSarah\nMaple Street Books, Burlington VT",
     (2025, 9, 26, 10, 0), EDT)], missing=["reason"],
     spec="Project, invoice and contract email present, no reason: Optima requires a reason for cancellations (section 8): ask for it (C3).")
case("o22-kazan-thread-reason", OWB, "decided", [
    M("Kazan Halal Foods <info@kazanhalal.ru>", "Cancel support OWD-2025-327",
      "Hello. Please cancel our monthly support for project Kazan Halal Foods, invoice OWD-2025-327.\n\nRinat", (2025, 9, 25, 10, 0), AST3),
    M("Optima WebDesign <optimawebdesigns12@gmail.com>", "Re: Cancel support OWD-2025-327 [OWD-4410]",
      "Dear Rinat,\n\nWe understood: cancellation of the retainer for Kazan Halal Foods, invoice OWD-2025-327. Please tell us the reason for the cancellation.\n\nBilling & Refunds Desk — Optima WebDesign",
      (2025, 9, 25, 16, 0), IN, to="Kazan Halal Foods <info@kazanhalal.ru>"),
    M("Kazan Halal Foods <info@kazanhalal.ru>", "Re: Cancel support OWD-2025-327 [OWD-4410]",
      "Reason - we sold the shop to new owners, they have their own programmer.\n\nRinat\n\n25.09.2025, 13:30, Optima WebDesign пишет:\n> Please tell us the reason for the cancellation.",
      (2025, 9, 27, 10, 0), AST3)], [X("cancel", "2025-10-13")],
     spec="Request time = first mail 2025-09-25 (IST); next_billing_at 2025-10-14, deadline 2025-10-07: notice met, effective 2025-10-13 (O4); the reason came in the answer (C3).")
case("o23-chennai-two-projects-vague", OWB, "need_info", [M("Adyar Music Academy <office@adyarmusic.in>",
     "Refund",
     "Namaskaram,\n\nWe want a refund on the website work. The designs do not reflect our Carnatic tradition at all, the colours and images look like a Western pop school. Very disappointed.\n\nRegards,\nMeenakshi Sundaram\nAdyar Music Academy",
     (2025, 9, 26, 10, 0), IN)], missing=["project_name", "invoice_number"],
     spec="The contract email has two projects (Adyar Music Academy Main Site and ... Online Classes; the signature's organisation name matches neither exactly) and neither the project nor an invoice is named: ask for both (C3).")
case("o24-maryland-chargeback", OWB, "decided", [M("Chesapeake Crab House <manager@chesapeakecrab.com>",
     "Refund or chargeback - OWD-2025-330",
     "Listen, the site you delivered for Chesapeake Crab House (OWD-2025-330) crashes every time we post the daily specials. I want a full refund of that milestone. "
     "If I don't hear back by Wednesday I'm filing a chargeback with Amex.\n\nRick Tolliver\nGM, Annapolis MD",
     (2025, 9, 27, 17, 0), EDT)], [R("escalate")], rules=["C4"],
     spec="Chargeback threat: escalate (C4), though the completed milestone would be denied (O6).")
case("o25-istanbul-statutory-rights", OWB, "decided", [M("Anatolia Kilim <shop@anatoliakilim.com.tr>",
     "Hosting cancel and refund - Anatolia Kilim",
     "Hello,\n\nWe want to cancel the annual hosting for Anatolia Kilim (OWD-2025-331) and receive refund for the remaining months, because the site was very slow during our September campaign. "
     "I know the 14 days are passed but under Turkish consumer law my statutory rights are stronger than your policy.\n\nSaygılar,\nAyşe Demir",
     (2025, 9, 27, 13, 0), AST3)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Mention of statutory rights: every intent escalated (C4, section 8), though O5 would deny after 14 days.")
case("o26-ticket-autoack", OWB, "ignore", [M("Whitefield Pediatrics Helpdesk <helpdesk@whitefieldpeds.in>",
     "[Ticket #88213] Received: Refund Request — Whitefield Pediatrics",
     "Dear Sender,\n\nThis is an automated acknowledgement. Your email has been logged as ticket #88213. Our team will respond within 24 working hours.\n\nWhitefield Pediatrics IT Helpdesk",
     (2025, 9, 29, 10, 0), IN, hdr={"Auto-Submitted": "auto-generated"})], rules=["C7"],
     spec="Auto-Submitted: auto-generated: ignore (C7).")
case("o27-midwest-hypothetical", OWB, "other", [M("Prairie Home Quilts <sue@prairiehomequilts.com>",
     "Questions about your packages",
     "Hi there,\n\nI run a little quilt shop in Kearney, Nebraska and I'm thinking about your website + hosting package. If I pay the deposit and then change my mind a week later, would I get it back? "
     "And what happens with the hosting if I want to cancel after the first year?\n\nThanks so much,\nSue",
     (2025, 9, 26, 14, 0), CDT)],
     spec="Hypothetical questions before buying (section 8): other.")
case("o28-blr-no-refund-timeline", OWB, "other", [M("Whitefield Pediatrics <admin@whitefieldpeds.in>",
     "Re: Appointment booking module",
     "Hi team,\n\nJust to clarify after yesterday's call - we are NOT requesting any refund or cancellation, the doctors are happy overall. We only need the revised timeline for the appointment booking module and the Kannada version of the home page.\n\n"
     "Thanks,\nDr. Anitha Gowda\nWhitefield Pediatrics",
     (2025, 9, 29, 11, 0), IN)],
     spec="Refund and cancellation explicitly not asked (section 8); a timeline question: other.")
case("o29-lusaka-deposit-already-refunded", OWB, "decided", [M("Lake Harvest Fisheries <info@lakeharvest.co.zm>",
     "Deposit refund - Lake Harvest Fisheries - OWD-2025-332",
     "Good morning,\n\nWe paid a deposit for the Lake Harvest Fisheries website on 24 September (OWD-2025-332) and requested a refund the same day because our board did not approve the budget. "
     "Please refund the deposit, we are still waiting.\n\nMusonda Phiri\nLake Harvest Fisheries, Siavonga",
     (2025, 9, 26, 9, 0), CAT)], [R("escalate")],
     spec="The ledger shows the deposit payment as refunded (not paid): a refund of it is escalated (section 8).")
case("o30-bh-html-only-deposit", OWB, "decided", [M("Pampulha Arquitetura <studio@pampulhaarq.com.br>",
     "Refund Request — Pampulha Arquitetura — OWD-2025-333",
     None, (2025, 9, 30, 9, 0), BRT,
     html="<div style=\"font-family:Arial\"><p>Good morning,</p><p>Yesterday we paid the deposit of the project <b>Pampulha Arquitetura</b> (invoice OWD-2025-333). "
          "Today our main client cancelled a big contract and we need to hold all investments, so please we request the refund of the deposit. The work was not started.</p>"
          "<p>Att.,<br>Fernanda Lima<br>Pampulha Arquitetura — Belo Horizonte/MG</p></div>")],
     [R("approve", "28000.00")],
     spec="HTML-only mail; deposit paid 2025-09-29 18:30 IST (10:00 in Belo Horizonte), request 2025-09-30 17:30 IST = 23 h, no work: full refund 28000.00 (O2).")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
