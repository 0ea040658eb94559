"""fresh26 English cases (qa26c): regenerate with `python3 make_cases.py`."""
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

SA, SYD, PER, NZ, PK, BD, GH, MY, SCO, CDT, EDT = 120, 600, 480, 780, 300, 360, 0, 480, 60, -300, -240
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ---------------- LeadsOptima ledger ----------------
cust("thandi.mokoena@telkomsa.net", "Thandi Mokoena", "annual", start="2025-09-25", end="2026-09-24")
lopay("en_p01", "LO-INV-70101", "thandi.mokoena@telkomsa.net", "annual", *A, "2025-09-25T09:40:00", "2025-09-25", "2026-09-24")
lopay("en_p02", "LO-INV-70102", "thandi.mokoena@telkomsa.net", "annual", *A, "2025-09-25T09:42:00", "2025-09-25", "2026-09-24")
cust("liam.oconnor@xtra.co.nz", "Liam O'Connor", "monthly", start="2025-09-22", end="2025-10-21")
lopay("en_p03", "LO-INV-70111", "liam.oconnor@xtra.co.nz", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("en_p04", "LO-INV-70112", "liam.oconnor@xtra.co.nz", "monthly", *Mo, "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
cust("dwayne.hollis@sbcglobal.net", "Dwayne Hollis", "monthly", start="2025-09-22", end="2025-10-21")
lopay("en_p05", "LO-INV-70121", "dwayne.hollis@sbcglobal.net", "monthly", *Mo, "2025-09-22T18:30:00", "2025-09-22", "2025-10-21")
lopay("en_p06", "LO-INV-70122", "dwayne.hollis@sbcglobal.net", "monthly", *Mo, "2025-09-22T18:31:00", "2025-09-22", "2025-10-21")
cust("farhana.akter@gmail.com", "Farhana Akter", "monthly", start="2025-09-19", end="2025-10-18")
lopay("en_p07", "LO-INV-70131", "farhana.akter@gmail.com", "monthly", *Mo, "2025-09-19T11:00:00", "2025-09-19", "2025-10-18")
lopay("en_p08", "LO-INV-70132", "farhana.akter@gmail.com", "monthly", *Mo, "2025-09-21T11:00:00", "2025-09-19", "2025-10-18")
lopay("en_p09", "LO-INV-70133", "farhana.akter@gmail.com", "monthly", *Mo, "2025-09-24T11:00:00", "2025-09-19", "2025-10-18")
cust("nurul.aina@tm.net.my", "Nurul Aina", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("en_p10", "LO-INV-70141", "nurul.aina@tm.net.my", "quarterly", *Q, "2025-09-24T12:00:00", "2025-09-24", "2025-12-23")
lopay("en_p11", "LO-INV-70142", "nurul.aina@tm.net.my", "quarterly", *Q, "2025-09-24T12:02:00", "2025-09-24", "2025-12-23", status="refunded")
cust("kwame.mensah@gmail.com", "Kwame Mensah", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p12", "LO-INV-70151", "kwame.mensah@gmail.com", "monthly", *Mo, "2025-09-26T14:00:00", "2025-09-26", "2025-10-25")
lopay("en_p13", "LO-INV-70152", "kwame.mensah@gmail.com", "monthly", *Mo, "2025-09-26T14:03:00", "2025-09-26", "2025-10-25")
cust("ahmad.faiz@maxis.com.my", "Ahmad Faiz", "annual", start="2025-09-26", end="2026-09-25")
lopay("en_p14", "LO-INV-70161", "ahmad.faiz@maxis.com.my", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
cust("chloe.tan@iinet.net.au", "Chloe Tan", "annual", start="2025-09-24", end="2026-09-23")
lopay("en_p15", "LO-INV-70171", "chloe.tan@iinet.net.au", "annual", *A, "2025-09-24T08:00:00", "2025-09-24", "2026-09-23")
cust("ewan.mcallister@btinternet.com", "Ewan McAllister", "monthly", status="cancelled", start="2025-08-21", end="2025-09-20")
lopay("en_p16", "LO-INV-70181", "ewan.mcallister@btinternet.com", "monthly", *Mo, "2025-09-21T06:00:00", "2025-09-21", "2025-10-20")
cust("ama.owusu@gmail.com", "Ama Owusu", "monthly", start="2025-09-23", end="2025-10-22")
lopay("en_p17", "LO-INV-70191", "ama.owusu@gmail.com", "monthly", *Mo, "2025-09-23T13:00:00", "2025-09-23", "2025-10-22")
cust("rashid.khan@ptcl.net.pk", "Rashid Khan", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("en_p18", "LO-INV-70201", "rashid.khan@ptcl.net.pk", "quarterly", *Q, "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
cust("fiona.baird@outlook.com", "Fiona Baird", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p19", "LO-INV-70211", "fiona.baird@outlook.com", "monthly", *Mo, "2025-09-27T12:00:00", "2025-09-27", "2025-10-26")
cust("usman.tariq@brightpath.pk", "Usman Tariq", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("en_p20", "LO-INV-70221", "usman.tariq@brightpath.pk", "quarterly", *Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
cust("jolene.pretorius@mweb.co.za", "Jolene Pretorius", "monthly", status="trial", trial_ends="2025-10-05")
cust("accounts@hamdantextiles.pk", "Hamdan Textiles", "annual", start="2025-03-01", end="2026-02-28")
lopay("en_p21", "LO-INV-70231", "accounts@hamdantextiles.pk", "annual", *A, "2025-03-01T11:00:00", "2025-03-01", "2026-02-28")
cust("marybeth.culpepper@gmail.com", "Mary Beth Culpepper", "quarterly")
lopay("en_p22", "LO-INV-70241", "marybeth.culpepper@gmail.com", "quarterly", *Q, "2025-07-15T20:00:00")
cust("bongani.dlamini@gmail.com", "Bongani Dlamini", "monthly", start="2025-09-12", end="2025-10-11")
lopay("en_p23", "LO-INV-70251", "bongani.dlamini@gmail.com", "monthly", *Mo, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
cust("info@zamanbrothers.com.bd", "Zaman Brothers", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("en_p24", "LO-INV-70261", "info@zamanbrothers.com.bd", "quarterly", *Q, "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
lopay("en_p25", "LO-INV-70262", "info@zamanbrothers.com.bd", "quarterly", *Q, "2025-09-22T10:05:00", "2025-09-22", "2025-12-21")
cust("md@rahmangarments.com.bd", "Rahman Garments", "annual", start="2025-09-23", end="2026-09-22")
lopay("en_p26", "LO-INV-70271", "md@rahmangarments.com.bd", "annual", *A, "2025-09-23T15:00:00", "2025-09-23", "2026-09-22")
lopay("en_p27", "LO-INV-70272", "md@rahmangarments.com.bd", "annual", *A, "2025-09-23T15:01:00", "2025-09-23", "2026-09-22")
cust("gareth.jones@bigpond.com", "Gareth Jones", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p28", "LO-INV-70281", "gareth.jones@bigpond.com", "monthly", *Mo, "2025-09-24T07:10:00", "2025-09-24", "2025-10-23")
lopay("en_p29", "LO-INV-70282", "gareth.jones@bigpond.com", "monthly", *Mo, "2025-09-24T07:11:00", "2025-09-24", "2025-10-23")
cust("priya.naidoo@discoverymail.co.za", "Priya Naidoo", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p30", "LO-INV-70291", "priya.naidoo@discoverymail.co.za", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("hafiz.rahman@gmail.com", "Hafiz Rahman", "annual", start="2025-09-26", end="2026-09-25")
lopay("en_p31", "LO-INV-70301", "hafiz.rahman@gmail.com", "annual", *A, "2025-09-26T16:00:00", "2025-09-26", "2026-09-25")
lopay("en_p32", "LO-INV-70302", "hafiz.rahman@gmail.com", "annual", *A, "2025-09-26T16:00:40", "2025-09-26", "2026-09-25")
cust("clayton.boudreaux@cox.net", "Clayton Boudreaux", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p33", "LO-INV-70311", "clayton.boudreaux@cox.net", "monthly", *Mo, "2025-09-25T20:00:00", "2025-09-25", "2025-10-24")
cust("eilidh.fraser@gmail.com", "Eilidh Fraser", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p34", "LO-INV-70321", "eilidh.fraser@gmail.com", "monthly", *Mo, "2025-09-26T13:00:00", "2025-09-26", "2025-10-25")
lopay("en_p35", "LO-INV-70322", "eilidh.fraser@gmail.com", "monthly", *Mo, "2025-09-26T13:00:30", "2025-09-26", "2025-10-25")
cust("imran.qureshi@gmail.com", "Imran Qureshi", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p36", "LO-INV-70331", "imran.qureshi@gmail.com", "monthly", *Mo, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
cust("shahid.mehmood@gmail.com", "Shahid Mehmood", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("en_p37", "LO-INV-70341", "shahid.mehmood@gmail.com", "quarterly", *Q, "2025-06-20T10:00:00", "2025-06-20", "2025-09-19")
lopay("en_p38", "LO-INV-70342", "shahid.mehmood@gmail.com", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
cust("lee.mei.ling@gmail.com", "Lee Mei Ling", "monthly", start="2025-09-16", end="2025-10-15")
lopay("en_p39", "LO-INV-70351", "lee.mei.ling@gmail.com", "monthly", *Mo, "2025-09-16T09:00:00", "2025-09-16", "2025-10-15")
cust("sipho.ndlovu@vodamail.co.za", "Sipho Ndlovu", "annual", start="2025-02-01", end="2026-01-31")
lopay("en_p40", "LO-INV-70361", "sipho.ndlovu@vodamail.co.za", "annual", *A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
cust("tayla.brooks@outlook.com.au", "Tayla Brooks", "monthly", start="2025-09-18", end="2025-10-17")
lopay("en_p41", "LO-INV-70371", "tayla.brooks@outlook.com.au", "monthly", *Mo, "2025-09-18T08:00:00", "2025-09-18", "2025-10-17")
cust("jessica.ofori@yahoo.com", "Jessica Ofori", "quarterly", start="2025-07-01", end="2025-09-30")
lopay("en_p42", "LO-INV-70381", "jessica.ofori@yahoo.com", "quarterly", *Q, "2025-07-01T10:00:00", "2025-07-01", "2025-09-30")
cust("ross.mackenzie@sky.com", "Ross Mackenzie", "annual", start="2025-05-10", end="2026-05-09")
lopay("en_p43", "LO-INV-70391", "ross.mackenzie@sky.com", "annual", *A, "2025-05-10T10:00:00", "2025-05-10", "2026-05-09")
cust("billing@tanahmerah.com.my", "Tanah Merah Trading", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("en_p44", "LO-INV-70401", "billing@tanahmerah.com.my", "quarterly", *Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
cust("beauregard.lyle@att.net", "Beau Lyle", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p45", "LO-INV-70411", "beauregard.lyle@att.net", "monthly", *Mo, "2025-09-20T21:00:00", "2025-09-20", "2025-10-19")
cust("nadia.hossain@grameenphone.com", "Nadia Hossain", "monthly", start="2025-09-13", end="2025-10-12")
lopay("en_p46", "LO-INV-70421", "nadia.hossain@grameenphone.com", "monthly", *Mo, "2025-09-13T10:00:00", "2025-09-13", "2025-10-12")

SIG_ZA = ("\n\n--\nPriya Naidoo | Practice Manager\nUmhlanga Physio & Rehab\n+27 31 555 0192\n\n"
          "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. "
          "If you are not the intended recipient please notify the sender and delete it. Umhlanga Physio accepts "
          "no liability for any loss arising from the use of this e-mail.")

# ---------------- LeadsOptima cases ----------------
case("l01-za-twice-typed-ref", LOB, "decided", [M("Thandi Mokoena <thandi.mokoena@telkomsa.net>",
     "Double debit on my card??",
     "Hi there\n\nJust checked my banking app and you've taken R... sorry, I mean Rs 11 988 off my card TWICE on the 25th for the annual package. "
     "Same amount, two minutes apart. Please reverse the second one - it's lo inv 70102 on the second slip.\n\nShap\nThandi",
     (2025, 9, 29, 10, 15), SA)], [R("approve", "11988.00")], clauses="L2 L3 L4, invoice typed",
     spec="L4: two paid annual charges 11988.00 on 2025-09-25, same period; request 2025-09-29 IST = day 4; refund the later charge 11988.00 (before tax).")
case("l02-nz-day7-by-ist", LOB, "decided", [M("Liam O'Connor <liam.oconnor@xtra.co.nz>",
     "Re: your receipt",
     "Kia ora,\n\nGreat stuff, you lot have charged me twice for the one month. Love that for me. Two receipts, LO-INV-70111 and LO-INV-70112, "
     "both $1,499 (rupees, whatever). Refund the extra one eh.\n\nCheers\nLiam",
     (2025, 9, 30, 6, 30), NZ)], [R("approve", "1499.00")], clauses="L3 day 7 counted in IST, L4, sarcasm",
     spec="Sent 2025-09-30 06:30 +13:00 = 2025-09-29 23:00 IST: day 7 after the 2025-09-22 charges (inside, L3); duplicate LO-INV-70112 1499.00 approved (L4).")
case("l03-texas-day8-by-ist", LOB, "decided", [M("Dwayne Hollis <dwayne.hollis@sbcglobal.net>",
     "charged twice",
     "yall billed me twice on the 22nd for the monthly, two charges of 1499 same day. invoice LO-INV-70122. want the double one back\n\nsent from my iphone",
     (2025, 9, 29, 21, 10), CDT)], [R("deny")], clauses="L3 (day 8 in IST)",
     spec="Sent 2025-09-29 21:10 -05:00 = 2025-09-30 07:40 IST: day 8 after the 2025-09-22 charges, outside the 7-day window (L3): deny.")
case("l04-bd-three-charges", LOB, "decided", [M("Farhana Akter <farhana.akter@gmail.com>",
     "Charged THREE times for one month",
     "Dear Sir/Madam,\n\nThis is to inform you that my card has been debited three times for the same monthly plan (19th, 21st and 24th September), "
     "invoices LO-INV-70131, LO-INV-70132 and LO-INV-70133. Kindly refund the extra deductions at the earliest.\n\nBest regards,\nFarhana Akter\nMirpur, Dhaka",
     (2025, 9, 29, 11, 30), BD)], [R("approve", "1499.00")], clauses="L4 three identical charges, L3",
     spec="Three paid monthly charges, same period: 09-21 and 09-24 are duplicates; request 2025-09-29 IST: 09-21 is day 8 (out), 09-24 day 5 (in): refund 1499.00 (section 8).")
case("l05-my-second-already-refunded", LOB, "decided", [M("Nurul Aina <nurul.aina@tm.net.my>",
     "Double payment quarterly plan",
     "Hi LeadsOptima team,\n\nI kena charged twice for quarterly plan on 24 Sept (LO-INV-70141 and LO-INV-70142). Bank says the second one got reversed "
     "but I not sure, can you check and refund if not yet? Thanks ya.\n\nNurul",
     (2025, 9, 28, 15, 0), MY)], [R("escalate")], clauses="L4, section 8 payments not paid",
     spec="The second charge has status refunded: no pair of paid charges (L4) and a refund of a non-paid payment is escalated (section 8).")
case("l06-gh-mistyped-invoice", LOB, "decided", [M("Kwame Mensah <kwame.mensah@gmail.com>",
     "Duplicate payment - please help",
     "Good day,\n\nPlease I was charged two times on Friday for my monthly subscription. The second invoice number is LO-INV-75152. "
     "Kindly refund it to my card.\n\nGod bless,\nKwame\nAccra",
     (2025, 9, 28, 9, 5), GH)], [R("escalate")], clauses="section 1 no matching ledger record, section 8 invoice references",
     spec="The invoice typed (LO-INV-75152) matches nothing in the ledger and no other correction is made; a claim with no matching record is escalated, never approved.")
case("l07-my-wrong-plan", LOB, "decided", [M("Ahmad Faiz <ahmad.faiz@maxis.com.my>",
     "Wrong plan charged - LO-INV-70161",
     "Hello,\n\nI selected the monthly plan during signup but your system charged me for annual, RM... I mean INR 11,988.00. "
     "This is a billing error. Please refund and put me on monthly.\n\nThank you,\nAhmad Faiz\nShah Alam",
     (2025, 9, 27, 10, 20), MY, to="LeadsOptima Billing <billing@leadsoptima.com>")], [R("escalate")], clauses="L2 billing_error, L5",
     spec="Billing error (charged for the wrong plan) inside 7 days of 2025-09-26: escalate with the charge found (L5).")
case("l08-au-self-upgrade", LOB, "decided", [M("Chloe Tan <chloe.tan@iinet.net.au>",
     "Annual plan refund?",
     "Hey team,\n\nSo I switched myself over to the annual plan on Wednesday to grab the discount (my own doing, not blaming the site), "
     "but honestly I hadn't budgeted for the whole $11,988 in one hit. Any chance you could refund it and pop me back on monthly?\n\nThanks heaps,\nChloe\nPerth WA",
     (2025, 9, 26, 19, 40), PER)], [R("deny")], clauses="L1 (self-made plan change is not a billing error)",
     spec="The customer changed the plan herself and now finds it too expensive: not an L2 exception; refund denied (L1), cancellation offered.")
case("l09-sco-charged-after-cancel", LOB, "decided", [M("Ewan McAllister <ewan.mcallister@btinternet.com>",
     "Charged after I cancelled",
     "Hiya,\n\nI cancelled my account at the start of the month and you've still gone and taken another 1499 aff me on the 21st (LO-INV-70181). "
     "That's no right. I want it back.\n\nEwan\nDundee",
     (2025, 9, 24, 18, 5), SCO)], [R("escalate")], clauses="L2 billing_error (charged after cancelling), L5",
     spec="'Charged after I cancelled' is a billing error inside the window (charge 2025-09-21, request 2025-09-24): escalate (L5).")
case("l10-gh-cannot-login-one-charge", LOB, "decided", [M("Ama Owusu <ama.owusu@gmail.com>",
     "Cannot log in since Tuesday",
     "Hello\n\nI paid for the monthly plan on Tuesday and since then I cannot log in at all, it keeps saying session expired. "
     "I have tried Chrome and my phone. Please refund my money if this cannot be fixed.\n\nAma",
     (2025, 9, 26, 8, 30), GH)], [R("escalate")], clauses="L2 access_failure, L6, section 1 invoice filled from ledger",
     spec="Access failure inside 7 days of the single charge LO-INV-70191 (2025-09-23; request 2025-09-26): invoice filled from the ledger, escalate (L6).")
case("l11-pk-dashboard-late", LOB, "decided", [M("Rashid Khan <rashid.khan@ptcl.net.pk>",
     "Refund request - dashboard not loading",
     "Respected Sir,\n\nThe dashboard is not loading since three days, only spinning wheel. I have paid quarterly amount of Rs. 3,999/- vide invoice LO-INV-70201. "
     "Please refund the amount as I cannot use it.\n\nRegards,\nRashid Khan\nRawalpindi",
     (2025, 9, 25, 11, 0), PK)], [R("deny")], clauses="L2 access_failure, L3 outside window",
     spec="Charge 2025-09-10, request 2025-09-25 IST: day 15, outside the 7-day window: deny (L3).")
case("l12-sco-didnae-use", LOB, "decided", [M("Fiona Baird <fiona.baird@outlook.com>",
     "refund",
     "hiya, signed up yesterday but tbh i didnae get roond tae using it and dinnae think i will. can i get ma money back for invoice LO-INV-70211? ta",
     (2025, 9, 28, 9, 45), SCO)], [R("deny")], clauses="L1 (did not use it)",
     spec="Not using the product is not an L2 exception: refund denied (L1), cancellation offered.")
case("l13-pk-too-dear-and-cancel", LOB, "decided", [M("Usman Tariq <usman.tariq@brightpath.pk>",
     "Cancel + refund",
     "Hi,\n\nFor a small firm like ours this is turning out too expensive. Please cancel the subscription and refund the quarter we paid on 15th (LO-INV-70221).\n\nUsman Tariq\nBrightPath Consultants, Lahore",
     (2025, 9, 26, 12, 10), PK)], [R("deny"), X("cancel", "2025-12-14")], clauses="L1, L8",
     spec="Too expensive is not an exception: refund deny (L1); cancel, active until current_period_end 2025-12-14 (L8).")
case("l14-za-trial-refund", LOB, "decided", [M("Jolene Pretorius <jolene.pretorius@mweb.co.za>",
     "Don't charge me!!",
     "Morning\n\nI'm on the free trial and I want a refund, I never agreed to pay for anything after the trial. Sort it out please.\n\nJolene",
     (2025, 9, 27, 8, 20), SA)], [R("deny")], extra_ok=True, clauses="L7",
     spec="The account is on a free trial with no charges: nothing to refund (L7); the reply says no billing occurs unless she subscribes. 'Never agreed to pay after the trial' may also be read as a cancellation: an extra decision there approves nothing (extra_ok).")
case("l15-pk-formal-cancel", LOB, "decided", [M("Accounts Hamdan Textiles <accounts@hamdantextiles.pk>",
     "Request for cancellation of subscription",
     "To,\nThe Support Team,\nLeadsOptima\n\nSubject: Cancellation of annual subscription\n\nRespected Sir/Madam,\n\nWith reference to our annual subscription, "
     "we wish to inform you that management has decided to shift to an in-house CRM. Kindly cancel our subscription with effect from the end of the current term.\n\n"
     "Thanking you in anticipation,\n\nMuhammad Ali\nManager Accounts\nHamdan Textiles (Pvt.) Ltd., Faisalabad",
     (2025, 9, 23, 10, 0), PK)], [X("cancel", "2026-02-28")], clauses="L8",
     spec="Cancel: active until current_period_end 2026-02-28 (L8).")
case("l16-us-would-it-be-possible", LOB, "decided", [M("Mary Beth Culpepper <marybeth.culpepper@gmail.com>",
     "quick question",
     "Hey y'all,\n\nWould it be possible to go ahead and cancel my quarterly plan? Our little bakery just doesn't need it anymore since my daughter took over the marketing. "
     "Bless y'all for the help.\n\nMary Beth\nMacon, GA",
     (2025, 9, 25, 8, 50), EDT)], [X("cancel", "2025-10-14")], clauses="L8 fallback, polite indirect request",
     spec="No current_period_end in the ledger: last charge 2025-07-15 + 3 months - 1 day = 2025-10-14 (L8).")
case("l17-za-cancel-no-reason", LOB, "decided", [M("Bongani Dlamini <bongani.dlamini@gmail.com>",
     "cancel",
     "Cancel my plan pls.\n\nSent from my Huawei phone",
     (2025, 9, 27, 17, 30), SA)], [X("cancel", "2025-10-11")], clauses="L8, section 3 (reason does not hold a cancellation up)",
     spec="LeadsOptima cancellation without a reason is not held up: cancel until 2025-10-11 (L8).")
case("l18-bd-c2-gmail", LOB, "need_info", [M("Kamrul Zaman <kamrul.zaman1981@gmail.com>",
     "double charge quarterly",
     "Dear Concern,\n\nOur company account (registered email info@zamanbrothers.com.bd) was charged twice on 22 September for the quarterly package. "
     "Please refund the duplicate, LO-INV-70262.\n\nKamrul Zaman\nDirector, Zaman Brothers, Chattogram",
     (2025, 9, 24, 13, 0), BD)], rules=["C2"], clauses="C2",
     spec="The sender is not the registered email he names: ask him to write from info@zamanbrothers.com.bd, disclose nothing (C2).")
case("l19-bd-forward-from-pa", LOB, "need_info", [M("Nasrin Sultana <nasrin.pa@rahmangarments.com.bd>",
     "Fwd: Duplicate charge on annual plan",
     "Dear Team,\nPlease see below request from our MD Sir. Do the needful.\n\nRegards\nNasrin\nPA to MD\n\n"
     "---------- Forwarded message ---------\nFrom: Habibur Rahman <md@rahmangarments.com.bd>\nDate: Wed, 24 Sep 2025 at 16:02\n"
     "Subject: Duplicate charge on annual plan\nTo: Nasrin Sultana <nasrin.pa@rahmangarments.com.bd>\n\n"
     "Nasrin, LeadsOptima has charged us two times for annual plan on 23rd (LO-INV-70272). Please ask them to refund the duplicate one.\n",
     (2025, 9, 24, 16, 20), BD)], rules=["C2"], clauses="C2 via forward (section 8 Forwards)",
     spec="The forwarded request is from md@rahmangarments.com.bd, the registered email, but the sender is the PA's address: C2, ask for the request from the registered address.")
case("l20-au-forward-bookkeeper", LOB, "decided", [M("Gareth Jones <gareth.jones@bigpond.com>",
     "FW: LeadsOptima charges",
     "See below from my bookkeeper. Can you sort it out please.\n\nGaz\n\n"
     "-----Original Message-----\nFrom: Sharon Keys <sharon@keysbookkeeping.com.au>\nSent: Friday, 26 September 2025 4:12 PM\n"
     "To: Gareth Jones <gareth.jones@bigpond.com>\nSubject: LeadsOptima charges\n\n"
     "Hi Gaz, reconciling the card - LeadsOptima has charged you twice on the 24th, 1,499.00 each, invoices LO-INV-70281 and LO-INV-70282. "
     "Looks like a duplicate, worth asking them for the second one back.\nSharon\n",
     (2025, 9, 27, 9, 15), SYD)], [R("approve", "1499.00")], clauses="section 8 Forwards, L4",
     spec="Forward by the registered customer himself: the forwarded text carries the duplicate; request 2025-09-27 (day 3): refund LO-INV-70282 1499.00 (L4).")
case("l21-za-signature-no-reason", LOB, "need_info", [M("Priya Naidoo <priya.naidoo@discoverymail.co.za>",
     "Refund request LO-INV-70291",
     "Good day,\n\nPlease process a refund for invoice LO-INV-70291.\n\nKind regards" + SIG_ZA,
     (2025, 9, 26, 11, 0), SA)], missing=["reason"], clauses="section 8 What a reason is, C3",
     spec="Only the request itself, a sign-off, a signature and a disclaimer: no reason; plan from the ledger, invoice given: ask for the reason (C3).")
case("l22-my-thread-answers-reason", LOB, "decided", [
    M("Hafiz Rahman <hafiz.rahman@gmail.com>", "Refund LO-INV-70302",
      "Hi, pls refund invoice LO-INV-70302. Thanks.\n\nHafiz", (2025, 9, 27, 21, 0), MY),
    M("LeadsOptima Support <support@leadsoptima.com>", "Re: Refund LO-INV-70302 [LO-2291]",
      "Hello Hafiz,\n\nThank you for writing. We understood: refund of invoice LO-INV-70302, annual plan.\n"
      "To look at it we need one more detail: the reason for the refund.\n\nLeadsOptima Support Team",
      (2025, 9, 28, 10, 0), 330, to="Hafiz Rahman <hafiz.rahman@gmail.com>"),
    M("Hafiz Rahman <hafiz.rahman@gmail.com>", "Re: Refund LO-INV-70302 [LO-2291]",
      "Sorry ya, forgot to say. My card kena charged two times for same annual plan on 26 Sept, 70301 and 70302. The second one is the extra.\n\n"
      "On Sun, 28 Sep 2025 at 12:30, LeadsOptima Support <support@leadsoptima.com> wrote:\n> Hello Hafiz,\n> To look at it we need one more detail: the reason for the refund.",
      (2025, 9, 28, 13, 5), MY)], [R("approve", "11988.00")], clauses="C3 thread, L4",
     spec="The reply gives the reason (charged twice); request time is the first mail 2025-09-27 21:00 +08:00 = 18:30 IST (day 1): refund 11988.00 (L4).")
case("l23-za-out-of-office", LOB, "ignore", [M("Sipho Ndlovu <sipho.ndlovu@vodamail.co.za>",
     "Automatic reply: Your LeadsOptima invoice",
     "Thank you for your email. I am out of the office until Monday 6 October with limited access to email. "
     "For urgent matters please contact Lerato on 011 555 0134.", (2025, 9, 26, 9, 1), SA,
     hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], rules=["C7"], clauses="C7",
     spec="Auto-Submitted: auto-replied: ignore (C7).")
case("l24-bounce", LOB, "ignore", [M("Mail Delivery Subsystem <MAILER-DAEMON@mx3.telkomsa.net>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx3.telkomsa.net.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
     "<thandi.m@telkomsa.net>: host mx3.telkomsa.net said: 550 5.1.1 User unknown\n", (2025, 9, 29, 12, 0), SA)],
     rules=["C7"], clauses="C7", spec="MAILER-DAEMON sender, bounce: ignore (C7).")
case("l25-list-newsletter", LOB, "ignore", [M("SaaS Growth Weekly <newsletter@saasgrowthweekly.com>",
     "This week: why customers ask for refunds (and how to say no)",
     "Hi there,\n\nThis week's issue: refund policies that work, a chargeback horror story, and 5 cancellation flows we love.\n\nUnsubscribe: https://saasgrowthweekly.com/u",
     (2025, 9, 25, 7, 0), EDT, hdr={"List-Id": "SaaS Growth Weekly <weekly.saasgrowthweekly.com>",
                                    "List-Unsubscribe": "<https://saasgrowthweekly.com/u>"})],
     rules=["C7"], clauses="C7 List-Id", spec="List-Id: mailing list, ignore (C7) though it talks about refunds and chargebacks.")
case("l26-la-chargeback-threat-cancel", LOB, "decided", [M("Clayton Boudreaux <clayton.boudreaux@cox.net>",
     "cancel and refund NOW",
     "I want this cancelled today and my 1499 back. Product don't do half of what your sales guy promised. "
     "If I don't hear back by Friday I'm calling my bank to dispute the charge, simple as that.\n\nClay\nLafayette, LA",
     (2025, 9, 27, 14, 0), CDT)], [R("escalate"), X("escalate")], rules=["C4"], clauses="C4 covers the whole case",
     spec="A payment-dispute threat: every intent of the email is escalated, the cancellation included (C4, section 8).")
case("l27-sco-ruled-out-chargeback", LOB, "decided", [M("Eilidh Fraser <eilidh.fraser@gmail.com>",
     "Charged twice - LO-INV-70322",
     "Hello,\n\nYou've charged me twice on Friday for the monthly plan (LO-INV-70321 and LO-INV-70322). My pal said just do a chargeback "
     "but I'm no wanting to go down that road, I'd much rather you sorted it. Could you refund the second one?\n\nMany thanks\nEilidh\nInverness",
     (2025, 9, 28, 11, 20), SCO)], [R("approve", "1499.00")], clauses="L4; C4 not triggered by a ruled-out threat",
     spec="She rules the chargeback out: no threat (C4 does not apply); duplicate inside the window (day 2): refund 1499.00 (L4).")
case("l28-pk-consumer-court", LOB, "decided", [M("Imran Qureshi <imran.qureshi@gmail.com>",
     "No access after payment",
     "I paid on 24th and still no access to my account. Your support chat is useless. Refund my money or I will approach the consumer court in Karachi.\n\nImran Qureshi",
     (2025, 9, 26, 19, 0), PK)], [R("escalate")], rules=["C4"], clauses="C4",
     spec="Mention of a consumer court: escalate (C4).")
case("l29-au-hypothetical-cancel", LOB, "other", [M("Tayla Brooks <tayla.brooks@outlook.com.au>",
     "question about cancelling",
     "Hi! Just wondering - if I cancel now, would I get anything back for the rest of the month or does it just run out? Not doing it yet, just weighing up options.\n\nTayla",
     (2025, 9, 26, 20, 0), SYD)], clauses="section 8 hypotheticals",
     spec="A hypothetical question about cancelling and refunds, nothing asked for yet: other.")
case("l30-gh-pre-purchase", LOB, "other", [M("Kofi Asante <kofi.asante.biz@gmail.com>",
     "Annual plan before I buy",
     "Hello,\n\nI run a small logistics firm in Kumasi and I am considering the annual plan. Please, if I pay and it does not work for us, "
     "would it be possible to get a refund? I want to be sure before I commit.\n\nKofi",
     (2025, 9, 25, 10, 0), GH)], clauses="section 8 hypotheticals (question before buying)",
     spec="A policy question before buying: other.")
case("l31-sco-thanks-after-refund", LOB, "other", [M("Ross Mackenzie <ross.mackenzie@sky.com>",
     "Re: your refund",
     "Just a wee note to say cheers for sorting that refund last week, it's landed in my account. Brilliant service.\n\nRoss",
     (2025, 9, 29, 10, 0), SCO)], clauses="section 8 past events",
     spec="A thank-you for a past refund asks for nothing: other.")
case("l32-my-invoice-copy", LOB, "other", [M("Tanah Merah Trading <billing@tanahmerah.com.my>",
     "Invoice copy with company details",
     "Dear Sir/Madam,\n\nCould you please re-issue invoice LO-INV-70401 with our company name 'Tanah Merah Trading Sdn Bhd' and SST number? "
     "Our auditors need it. No other changes required.\n\nThank you,\nSiti\nAccounts",
     (2025, 9, 24, 9, 30), MY)], clauses="section 1 other",
     spec="An invoice question that asks for no refund or cancellation: other.")
case("l33-us-drop-seats", LOB, "other", [M("Beau Lyle <beauregard.lyle@att.net>",
     "fewer seats",
     "Hey there, we let two of our reps go, so could y'all drop two seats off our account starting next month? Keep everything else the same. Appreciate it.\n\nBeau\nBirmingham, AL",
     (2025, 9, 25, 9, 0), CDT)], clauses="partial mention (seats) is not a cancellation",
     spec="Removing seats while keeping the plan is neither a refund nor a cancellation of the subscription: other.")
case("l34-bd-cancel-addon-keep-plan", LOB, "other", [M("Nadia Hossain <nadia.hossain@grameenphone.com>",
     "WhatsApp add-on",
     "Hi,\n\nWe don't need the WhatsApp add-on anymore, please switch it off. We are NOT cancelling LeadsOptima itself, the main plan stays.\n\nThanks\nNadia",
     (2025, 9, 26, 15, 0), BD)], clauses="partial mention (add-on), negation",
     spec="Switching off an add-on while explicitly keeping the plan: no cancellation of the subscription, no refund: other.")
case("l35-za-not-asking-refund", LOB, "other", [M("Thandi Mokoena <thandi.mokoena@telkomsa.net>",
     "two lines on my statement",
     "Hi again\n\nI see two lines from LeadsOptima on my statement for the 25th. I'm not asking for a refund yet - I just want to understand what each one is for before my husband does our books.\n\nThandi",
     (2025, 9, 26, 18, 0), SA)], clauses="section 8 negation",
     spec="'I'm not asking for a refund': a question about two statement lines, no refund intent: other.")
case("l36-pk-missing-invoice-two-charges", LOB, "need_info", [M("Shahid Mehmood <shahid.mehmood@gmail.com>",
     "Wrong amount charged",
     "AoA,\n\nThis time I have been charged the wrong amount, full Rs 3999 instead of the discount price your sales person gave me in June. Please refund the difference.\n\nShahid",
     (2025, 9, 25, 16, 0), PK)], missing=["invoice_number"], clauses="C3, section 1 (two charges: invoice not filled)",
     spec="Verified sender with two charges and no invoice named: the charge cannot be filled from the ledger; ask for the invoice number (C3).")
case("l37-my-html-cancel", LOB, "decided", [M("Lee Mei Ling <lee.mei.ling@gmail.com>",
     "Cancel subscription",
     "", (2025, 9, 27, 22, 15), MY,
     html="<div dir=\"ltr\"><div>Hi team,</div><div><br></div><div>Please cancel my monthly subscription lah, the shop is closing end of October. "
          "<b>No need refund</b>, just don't charge me again.</div><div><br></div><div>Thanks,<br>Mei Ling<br><span style=\"color:#888\">Ipoh</span></div></div>")],
     [X("cancel", "2025-10-15")], clauses="L8, HTML-only, negation of refund",
     spec="HTML-only webmail; cancellation with 'no need refund': cancel until 2025-10-15 (L8), no refund decision.")
case("l38-gh-past-refund-now-cancel", LOB, "decided", [M("Jessica Ofori <jessica.ofori@yahoo.com>",
     "Cancellation",
     "Hello,\n\nLast year you people refunded me when I was billed twice and I was grateful. This time there is no issue with billing. "
     "I only want to cancel because we are merging with another company that has its own system.\n\nRegards,\nJessica Ofori\nTema",
     (2025, 9, 24, 12, 0), GH)], [X("cancel", "2025-09-30")], clauses="section 8 past events, L8",
     spec="The refund is a past event; only the cancellation is asked: active until current_period_end 2025-09-30 (L8).")
case("l39-other-brand-client", LOB, "need_info", [M("Hill Country Realty <broker@hillcountryrealty.com>",
     "Refund on maintenance",
     "Howdy, we'd like a refund on the maintenance plan y'all sold us, the site's barely been touched. Invoice OWD-2025-116.\n\nDale",
     (2025, 9, 26, 10, 0), CDT)], rules=["C2"], clauses="C1, section 8 other brand's customer",
     spec="Mail to LeadsOptima from an Optima client: unknown in the LeadsOptima ledger, treated as any unknown sender (C2, C3).")
case("l40-au-mixed-cancel-and-gst", LOB, "decided", [M("Tayla Brooks <tayla.brooks@outlook.com.au>",
     "Two things",
     "Hi again,\n\nOk decided - please cancel the monthly plan, I'm moving across to a competitor that does SMS as well. "
     "Also, could you send me a tax invoice for September with my ABN on it for my accountant?\n\nTa,\nTayla",
     (2025, 9, 28, 10, 30), SYD)], [X("cancel", "2025-10-17")], clauses="L8, mixed request",
     spec="Cancellation (plus an invoice question): cancel until current_period_end 2025-10-17 (L8).")
case("l41-za-unknown-address", LOB, "need_info", [M("S Ndlovu <sipho.n@webmail.co.za>",
     "cancel annual",
     "Please cancel my annual subscription, we have closed the office.\n\nSipho",
     (2025, 9, 25, 14, 0), SA)], rules=["C2"], clauses="C2 (unknown sender, no registered email stated)",
     spec="The sender's address is not in the ledger (the account is sipho.ndlovu@vodamail.co.za): ask him to write from the registered email (C2).")

# ---------------- Optima WebDesign ledger ----------------
proj("Braeside Joinery", "hello@braesidejoinery.co.uk", None)
owpay("en_w01", "OWD-2025-101", "Braeside Joinery", "deposit", "25000.00", "4500.00", "2025-09-26T15:00:00")
proj("Kedai Kopi Pak Long", "paklong.kopi@gmail.com", None)
owpay("en_w02", "OWD-2025-102", "Kedai Kopi Pak Long", "deposit", "30000.00", "5400.00", "2025-09-22T11:00:00")
proj("Karoo Safaris", "bookings@karoosafaris.co.za", "2025-09-28T10:00:00")
owpay("en_w03", "OWD-2025-103", "Karoo Safaris", "deposit", "20000.00", "3600.00", "2025-09-27T10:00:00")
proj("Lone Star BBQ Co", "pitmaster@lonestarbbq.com", "2025-10-03T11:00:00")
owpay("en_w04", "OWD-2025-104", "Lone Star BBQ Co", "discovery", "15000.00", "2700.00", "2025-09-20T20:00:00")
proj("Dhaka Spice House", "owner@dhakaspice.com.bd", "2025-09-10T11:00:00")
owpay("en_w05", "OWD-2025-105", "Dhaka Spice House", "discovery", "12000.00", "2160.00", "2025-09-05T12:00:00")
proj("Kiwi Campervans", "admin@kiwicampers.co.nz", "2025-08-01T10:00:00")
owpay("en_w06", "OWD-2025-106", "Kiwi Campervans", "milestone", "40000.00", "7200.00", "2025-09-15T10:00:00", milestone_status="not_started")
proj("Peshawar Chappal Co", "sales@peshawarchappal.pk", "2025-08-20T10:00:00")
owpay("en_w07", "OWD-2025-107", "Peshawar Chappal Co", "milestone", "35000.00", "6300.00", "2025-09-12T10:00:00", milestone_status="in_progress")
proj("Savannah Sweet Tea", "mae@savannahsweettea.com", "2025-07-01T10:00:00")
owpay("en_w08", "OWD-2025-108", "Savannah Sweet Tea", "milestone", "28000.00", "5040.00", "2025-09-02T10:00:00", milestone_status="approved")
proj("Penang Dental Studio", "admin@penangdental.my", "2025-05-01T10:00:00")
owpay("en_w09", "OWD-2025-109", "Penang Dental Studio", "retainer", "18000.00", "3240.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
proj("Bondi Surf School", "crew@bondisurf.com.au", "2025-04-01T10:00:00")
owpay("en_w10", "OWD-2025-110", "Bondi Surf School", "retainer", "15000.00", "2700.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
proj("Glasgow Ceilidh Band", "bookings@glasgowceilidh.scot", "2025-03-01T10:00:00")
owpay("en_w11", "OWD-2025-111", "Glasgow Ceilidh Band", "retainer", "12000.00", "2160.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
proj("Lahore Biryani Express", "ops@lahorebiryani.pk", "2025-02-01T10:00:00")
owpay("en_w12", "OWD-2025-112", "Lahore Biryani Express", "retainer", "10000.00", "1800.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
proj("Accra Tech Hub", "finance@accratechhub.com.gh", "2025-01-10T10:00:00")
owpay("en_w13", "OWD-2025-113", "Accra Tech Hub", "retainer", "22000.00", "3960.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
owpay("en_w14", "OWD-2025-114", "Accra Tech Hub", "retainer", "22000.00", "3960.00", "2025-09-20T10:00:00",
      period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
proj("Durban Curry Kitchen", "orders@durbancurry.co.za", "2025-09-20T10:00:00")
owpay("en_w15", "OWD-2025-115", "Durban Curry Kitchen", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
      setup_fee="2400.00", service_start="2025-09-20")
proj("Hill Country Realty", "broker@hillcountryrealty.com", "2025-08-01T10:00:00")
owpay("en_w16", "OWD-2025-116", "Hill Country Realty", "maintenance_annual", "24000.00", "4320.00", "2025-09-04T10:00:00",
      setup_fee="3000.00", service_start="2025-09-05")
proj("Kelvingrove Florist", "shop@kelvingroveflorist.co.uk", "2025-08-20T10:00:00")
owpay("en_w17", "OWD-2025-117", "Kelvingrove Florist", "maintenance_annual", "24000.00", "4320.00", "2025-09-09T10:00:00",
      setup_fee="3000.00", service_start="2025-09-10")
proj("Selangor Batik Online", "admin@selangorbatik.my", "2025-09-15T10:00:00")
owpay("en_w18", "OWD-2025-118", "Selangor Batik Online", "hosting_annual", "9999.00", "1799.82", "2025-09-25T10:00:00",
      setup_fee="1000.00", service_start="2025-10-06")
proj("Karachi Kites", "info@karachikites.pk", "2025-08-10T10:00:00")
owpay("en_w19", "OWD-2025-119", "Karachi Kites", "third_party", "1800.00", "324.00", "2025-09-24T10:00:00")
proj("Bayou Boil Catering", "events@bayouboil.com", "2025-09-01T10:00:00")
owpay("en_w20", "OWD-2025-120", "Bayou Boil Catering", "rush", "7500.00", "1350.00", "2025-09-23T10:00:00")
proj("Otago Honey Co", "orders@otagohoney.co.nz", "2025-07-01T10:00:00")
owpay("en_w21", "OWD-2025-121", "Otago Honey Co", "change_request", "6000.00", "1080.00", "2025-09-22T10:00:00")
proj("Sylhet Tea Traders", "accounts@sylhettea.com.bd", None)
owpay("en_w22", "OWD-2025-122", "Sylhet Tea Traders", "deposit", "18000.00", "3240.00", "2025-09-27T12:00:00")
proj("Kuching Kayak Tours", "hello@kuchingkayak.my", "2025-06-01T10:00:00")
owpay("en_w23", "OWD-2025-123", "Kuching Kayak Tours", "retainer", "9000.00", "1620.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
proj("Marrickville Makers Shop", "studio@marrickvillemakers.com.au", "2025-08-01T10:00:00")
proj("Marrickville Makers Blog", "studio@marrickvillemakers.com.au", "2025-08-15T10:00:00")
owpay("en_w24", "OWD-2025-124", "Marrickville Makers Shop", "milestone", "20000.00", "3600.00", "2025-09-20T10:00:00", milestone_status="completed")
owpay("en_w25", "OWD-2025-125", "Marrickville Makers Blog", "milestone", "12000.00", "2160.00", "2025-09-22T10:00:00", milestone_status="completed")
proj("Kumasi Kitchenware", "sales@kumasikitchen.com.gh", None)
owpay("en_w26", "OWD-2025-126", "Kumasi Kitchenware", "deposit", "16000.00", "2880.00", "2025-09-27T10:00:00", status="failed")
proj("Magnolia Bridal Atlanta", "owner@magnoliabridal.com", "2025-07-15T10:00:00")
owpay("en_w27", "OWD-2025-127", "Magnolia Bridal Atlanta", "milestone", "30000.00", "5400.00", "2025-09-05T10:00:00", milestone_status="completed")
proj("Leith Coffee Roasters", "roast@leithcoffee.co.uk", "2025-08-01T10:00:00")
owpay("en_w28", "OWD-2025-128", "Leith Coffee Roasters", "hosting_annual", "14400.00", "2592.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")

# ---------------- Optima WebDesign cases ----------------
case("w01-sco-deposit-48h", OWB, "decided", [M("Braeside Joinery <hello@braesidejoinery.co.uk>",
     "Refund Request - Braeside Joinery / OWD-2025-101",
     "Hello,\n\nI'm afraid we need to pull the plug on the new website for Braeside Joinery. My business partner is retiring at Christmas and we're winding the firm down, "
     "so there's no point. We paid the deposit on Friday (OWD-2025-101). Can we have it back please?\n\nAll the best,\nAlasdair Reid\nBraeside Joinery, Perth (the Scottish one)",
     (2025, 9, 28, 11, 0), SCO)], [R("approve", "25000.00")], extra_ok=True, clauses="O2",
     spec="Deposit paid 2025-09-26 15:00 IST; request 2025-09-28 11:00 BST = 15:30 IST (48.5 h), no work started: full refund 25000.00 before tax (O2).")
case("w02-my-deposit-exactly-72h", OWB, "decided", [M("Pak Long <paklong.kopi@gmail.com>",
     "Refund deposit Kedai Kopi Pak Long",
     "Salam,\n\nSaya nak cancel the website project, sorry. Family decided to sell the kedai. Deposit invoice OWD 2025 102, paid Monday. Please refund.\n\nTerima kasih,\nRoslan (Pak Long)",
     (2025, 9, 25, 13, 30), MY)], [R("deny")], extra_ok=True, clauses="O2, section 8 exactly 72 h",
     spec="Deposit paid 2025-09-22 11:00 IST; request 2025-09-25 13:30 +08:00 = 11:00 IST: exactly 72 h is not before 72 h: deny (O2, section 8).")
case("w03-za-deposit-work-started", OWB, "decided", [M("Karoo Safaris <bookings@karoosafaris.co.za>",
     "Deposit refund - Karoo Safaris",
     "Hi guys\n\nWe've decided to go with a local agency in Graaff-Reinet after all, easier to meet face to face. Please refund deposit OWD-2025-103 paid Saturday.\n\nLekker day\nTumi",
     (2025, 9, 29, 9, 0), SA)], [R("deny")], extra_ok=True, clauses="O2 (work started first)",
     spec="Request 2025-09-29 12:30 IST is within 72 h of payment (2025-09-27 10:00) but work started 2025-09-28 10:00: whichever first: deny (O2).")
case("w04-tx-discovery-not-yet", OWB, "decided", [M("Lone Star BBQ Co <pitmaster@lonestarbbq.com>",
     "Discovery session - need to back out",
     "Hey folks,\n\nWe're gettin' bought out by a bigger chain and they've got their own web people, so we need to back out of the discovery thing. "
     "Paid it on the 20th, invoice OWD-2025-104. Our first session isn't till next Friday so nothin's been done yet. Could we get that refunded?\n\nThanks kindly,\nHank\nLone Star BBQ Co, Lockhart TX",
     (2025, 9, 26, 10, 0), CDT)], [R("approve", "15000.00")], extra_ok=True, clauses="O1 (work_started_at later than the request)",
     spec="Discovery: work_started_at 2025-10-03 is after the request (2025-09-26 20:30 IST): nothing started: full refund 15000.00 (O1).")
case("w05-bd-discovery-started-no-invoice", OWB, "decided", [M("Dhaka Spice House <owner@dhakaspice.com.bd>",
     "Refund for discovery - Dhaka Spice House",
     "Dear Optima team,\n\nWe had two strategy sessions for Dhaka Spice House but honestly the ideas did not suit our restaurant. "
     "We request refund of the discovery fee.\n\nWith regards,\nAnwar Hossain\nOwner",
     (2025, 9, 23, 12, 0), BD)], [R("deny")], clauses="O1, section 1 invoice filled from the one payment",
     spec="The named project has one payment (OWD-2025-105): invoice filled. Discovery sessions started 2025-09-10: deny (O1).")
case("w06-nz-milestone-not-started-caps", OWB, "decided", [M("Kiwi Campervans <Admin@KiwiCampers.co.nz>",
     "milestone 3 refund",
     "Kia ora team,\n\nWe've decided to shelve the booking engine (milestone 3, invoice owd-2025-106) - the tourism season's looking grim and the board wants to hold cash. "
     "Nobody's started on it as far as I know. Keen to get that back.\n\nNgā mihi,\nAroha\nKiwi Campervans, Christchurch",
     (2025, 9, 29, 9, 30), NZ)], [R("approve", "40000.00")], clauses="O3, section 8 addresses case-insensitive",
     spec="From Admin@KiwiCampers.co.nz = contract email (case-insensitive). Milestone not_started: refund its amount 40000.00 (O3).")
case("w07-pk-milestone-in-progress", OWB, "decided", [M("Peshawar Chappal Co <sales@peshawarchappal.pk>",
     "Refund request - OWD-2025-107",
     "Dear Sir,\n\nThe product catalogue milestone (OWD-2025-107) is taking too long and we are not satisfied with the designs shown so far. "
     "Kindly refund the milestone payment.\n\nRegards,\nJunaid Afridi\nPeshawar Chappal Co.",
     (2025, 9, 24, 14, 0), PK)], [R("escalate")], clauses="O3 in_progress",
     spec="Milestone in_progress: the billable value of work not started needs a person: escalate (O3).")
case("w08-ga-milestone-approved", OWB, "decided", [M("Mae Whitfield <mae@savannahsweettea.com>",
     "Refund on the homepage milestone",
     "Good morning,\n\nI signed off on the homepage design earlier this month (invoice OWD-2025-108), but after living with it a few weeks, bless your hearts, it just isn't us. "
     "I'd like that payment refunded.\n\nSincerely,\nMae Whitfield\nSavannah Sweet Tea Co., Savannah GA",
     (2025, 9, 24, 9, 15), EDT)], [R("deny")], clauses="O3 / O6 approved milestone",
     spec="The milestone is approved: non-refundable (O3, O6): deny.")
case("w09-my-retainer-10-days-notice", OWB, "decided", [M("Penang Dental Studio <admin@penangdental.my>",
     "Cancellation of monthly retainer",
     "Dear Optima WebDesign,\n\nWe would like to stop the monthly SEO retainer for Penang Dental Studio (last invoice OWD-2025-109). "
     "Our new clinic group has a central marketing team now.\n\nBest regards,\nDr. Tan Wei Jie",
     (2025, 9, 26, 11, 0), MY, to="billing@optimawebdesign.com")], [X("cancel", "2025-10-14")], clauses="O4, O8",
     spec="next_billing_at 2025-10-15; request 2025-09-26 <= 2025-10-08 (7 days' notice): cancel, effective 2025-10-14 (O4).")
case("w10-au-retainer-short-notice", OWB, "decided", [M("Bondi Surf School <crew@bondisurf.com.au>",
     "Cancelling retainer",
     "G'day,\n\nWe're pulling the pin on the monthly retainer (OWD-2025-110). Winter was quiet and we just can't justify it, mate. Cheers for everything.\n\nJosh\nBondi Surf School",
     (2025, 9, 29, 10, 0), SYD)], [X("cancel", "2025-11-02")], clauses="O4 less than 7 days' notice",
     spec="next_billing_at 2025-10-03; request 2025-09-29 IST: less than 7 days: the next cycle (2025-10-03 to 2025-11-02) is billed; effective 2025-11-02 (O4).")
case("w11-sco-retainer-late-by-ist", OWB, "decided", [M("Glasgow Ceilidh Band <bookings@glasgowceilidh.scot>",
     "Retainer - time to call it a day",
     "Evening,\n\nThe band's calling it a day after 20 year so we'll not need the website retainer any more (OWD-2025-111). Ta for all your help over the years.\n\nCallum",
     (2025, 9, 29, 20, 45), SCO)], [X("cancel", "2025-11-05")], clauses="O4 notice counted in IST",
     spec="Sent 2025-09-29 20:45 BST = 2025-09-30 01:15 IST; next_billing_at 2025-10-06 needs the request on or before 2025-09-29: 6 days only: next cycle billed, effective 2025-11-05 (O4).")
case("w12-pk-thread-exactly-7-days", OWB, "decided", [
    M("Lahore Biryani Express <ops@lahorebiryani.pk>", "Cancel retainer OWD-2025-112",
      "Assalam o Alaikum,\n\nPlease cancel our website maintenance retainer, invoice OWD-2025-112, project Lahore Biryani Express.\n\nRegards,\nFaisal",
      (2025, 9, 24, 10, 0), PK),
    M("Optima WebDesign <optimawebdesigns12@gmail.com>", "Re: Cancel retainer OWD-2025-112 [OWD-3107]",
      "Dear Faisal,\n\nWe understood: cancellation of the retainer for Lahore Biryani Express, invoice OWD-2025-112.\nPlease tell us the reason for the cancellation.\n\n"
      "Billing & Refunds Desk — Optima WebDesign", (2025, 9, 25, 11, 0), 330, to="Lahore Biryani Express <ops@lahorebiryani.pk>"),
    M("Lahore Biryani Express <ops@lahorebiryani.pk>", "Re: Cancel retainer OWD-2025-112 [OWD-3107]",
      "We have hired a full-time IT person in-house, he will manage the site now.\n\nFaisal", (2025, 9, 26, 17, 0), PK)],
     [X("cancel", "2025-09-30")], clauses="C3 thread, O4 exactly 7 days",
     spec="Request time = first mail 2025-09-24 10:30 IST = next_billing_at 2025-10-01 minus 7 days: notice met; effective 2025-09-30 (O4); the reason came in the reply (C3).")
case("w13-gh-retainer-prepaid", OWB, "decided", [M("Accra Tech Hub Finance <finance@accratechhub.com.gh>",
     "Termination of retainer",
     "Dear Sir/Madam,\n\nFollowing a board decision, Accra Tech Hub will terminate the website retainer with Optima WebDesign. "
     "Please note we already paid October's cycle in advance (OWD-2025-114). The reason is budget cuts from our donor.\n\nYours faithfully,\nEfua Boateng\nFinance Officer",
     (2025, 9, 26, 10, 0), GH)], [X("escalate")], clauses="section 8 retainer paid in advance, O4",
     spec="The next cycle (2025-10-10 to 2025-11-09) is already paid and the notice is more than 7 days: the cancellation is escalated (section 8).")
case("w14-za-hosting-within-14", OWB, "decided", [M("Durban Curry Kitchen <orders@durbancurry.co.za>",
     "Cancel hosting and refund",
     "Howzit,\n\nWe signed up for annual hosting on the 19th (OWD-2025-115) but my cousin's IT company will host us for free now. "
     "Please cancel the hosting and refund what you can.\n\nThanks\nReshma\nDurban Curry Kitchen",
     (2025, 9, 29, 12, 0), SA)], [R("approve", "14300.00"), X("cancel")], clauses="O5",
     spec="Service start 2025-09-20, request 2025-09-29 (day 9): 18000 - 2400 - (15600/12)*1 = 14300.00 (O5); the refund ends the plan (cancellation).")
case("w15-sco-maintenance-day14", OWB, "decided", [M("Kelvingrove Florist <shop@kelvingroveflorist.co.uk>",
     "maintenance plan - cancel & refund please",
     "Hi there,\n\nCould you cancel our annual maintenance plan and refund us? We've had a quote from a freelancer that's half the price. Invoice OWD-2025-117.\n\nMany thanks,\nKirsty",
     (2025, 9, 24, 9, 0), SCO)], [R("approve", "19250.00"), X("cancel")], clauses="O5 day 14 inside",
     spec="Service start 2025-09-10, request 2025-09-24 13:30 IST = day 14 (inside): 24000 - 3000 - 1750*1 = 19250.00 (O5).")
case("w16-tx-maintenance-late", OWB, "decided", [M("Hill Country Realty <broker@hillcountryrealty.com>",
     "Maintenance refund",
     "Howdy,\n\nWe'd like to cancel the annual maintenance and get a refund, site's barely been touched since we launched. Invoice OWD-2025-116.\n\nDale Pruitt\nHill Country Realty, Fredericksburg TX",
     (2025, 9, 22, 8, 30), CDT)], [R("deny"), X("cancel")], extra_ok=False, clauses="O5 after 14 days",
     spec="Service start 2025-09-05, request 2025-09-22 (day 17): after 14 days: refund deny (O5); the plan is cancelled as asked.")
case("w17-my-hosting-before-start", OWB, "decided", [M("Selangor Batik Online <admin@selangorbatik.my>",
     "Batal hosting / cancel hosting OWD-2025-118",
     "Hi Optima,\n\nWe decide to go with Shopify instead, so the annual hosting is not needed anymore, service not started yet also. Please cancel and refund.\n\nThank you\nAzlina",
     (2025, 9, 27, 15, 0), MY)], [R("approve", "8249.08"), X("cancel")], clauses="O5, section 8 before the service starts, C6 rounding",
     spec="Before service start: consumed_months 1; 9999 - 1000 - 8999/12 = 8249.0833 -> 8249.08 (O5, C6).")
case("w18-pk-domain", OWB, "decided", [M("Karachi Kites <info@karachikites.pk>",
     "Domain charge refund",
     "Hello,\n\nYou charged Rs 1,800 + tax for domain renewal of karachikites.pk (OWD-2025-119). We have decided to use a .com instead. Please refund.\n\nAdeel",
     (2025, 9, 26, 13, 0), PK)], [R("deny")], clauses="O6 third_party",
     spec="Domain fees are third-party: non-refundable (O6).")
case("w19-la-rush-fee", OWB, "decided", [M("Bayou Boil Catering <events@bayouboil.com>",
     "rush fee",
     "Y'all charged us a rush fee of 7,500 (OWD-2025-120) and the site went live one day later than promised anyway. I want the rush fee back.\n\nRenee\nBayou Boil Catering, Baton Rouge",
     (2025, 9, 25, 16, 0), CDT)], [R("deny")], clauses="O6 rush",
     spec="Rush fees are non-refundable (O6).")
case("w20-nz-change-request", OWB, "decided", [M("Otago Honey Co <orders@otagohoney.co.nz>",
     "Change request refund",
     "Hi,\n\nWe paid OWD-2025-121 for the extra wholesale page but our wholesaler has pulled out so we don't need it. Refund please.\n\nCheers, Hamish",
     (2025, 9, 25, 9, 0), 720)], [R("deny")], clauses="O6 change_request",
     spec="Change requests are non-refundable (O6).")
case("w21-bd-c2-personal-gmail", OWB, "need_info", [M("Mizanur Rahman <mizan.sylhet@gmail.com>",
     "Refund of deposit - Sylhet Tea Traders",
     "Dear Concern,\n\nI am the owner of Sylhet Tea Traders (contract email accounts@sylhettea.com.bd). Our deposit OWD-2025-122 was paid yesterday; "
     "we have decided to postpone the website to next year due to flood losses. Kindly refund.\n\nMizanur Rahman",
     (2025, 9, 28, 11, 0), BD)], rules=["C2"], clauses="C2",
     spec="Written from a personal gmail, not the contract email: ask for the request from accounts@sylhettea.com.bd (C2).")
case("w22-za-reply-to-not-verify", OWB, "need_info", [M("Tumi Molefe <tumi.molefe@gmail.com>",
     "Karoo Safaris - cancel project",
     "Hi, please cancel the Karoo Safaris website project and refund the deposit OWD-2025-103, we found a local agency.\n\nTumi",
     (2025, 9, 28, 19, 0), SA, hdr={"Reply-To": "bookings@karoosafaris.co.za"})], rules=["C2"], clauses="C2, section 8 Reply-To never verifies",
     spec="From a personal address with Reply-To the contract email: Reply-To never verifies anyone (C2).")
case("w23-my-plus-tag", OWB, "need_info", [M("Penang Dental Studio <admin+billing@penangdental.my>",
     "Refund query OWD-2025-109",
     "Hello, please refund the September retainer OWD-2025-109, the SEO report was delivered late.\n\nRegards, Clinic Admin",
     (2025, 9, 22, 10, 0), MY)], rules=["C2"], clauses="C2, section 8 +tag",
     spec="admin+billing@ is another address than the contract email admin@penangdental.my (section 8): C2.")
case("w24-my-cancel-no-reason", OWB, "need_info", [M("Kuching Kayak Tours <hello@kuchingkayak.my>",
     "Cancel retainer",
     "Hi,\n\nPlease cancel our monthly retainer for Kuching Kayak Tours, invoice OWD-2025-123. Please confirm.\n\nBest regards,\nJenny Lau\nKuching Kayak Tours | +60 82 555 019",
     (2025, 9, 25, 10, 0), MY)], missing=["reason"], clauses="section 8 Optima requires a reason for cancellations, C3",
     spec="Project, invoice and contract email are there, no reason: Optima requires one for cancellations too: ask for the reason.")
case("w25-au-two-projects-vague", OWB, "need_info", [M("Marrickville Makers <studio@marrickvillemakers.com.au>",
     "money back",
     "Hi team, we'd like our money back on the latest invoice - the designs didn't match the brief at all, pretty disappointing tbh.\n\nPip",
     (2025, 9, 26, 15, 0), SYD)], missing=["project_name", "invoice_number"], clauses="C3 (two projects: nothing to fill)",
     spec="The contract email holds two projects and neither project nor invoice is named: ask for both (C3).")
case("w26-gh-deposit-failed", OWB, "decided", [M("Kumasi Kitchenware <sales@kumasikitchen.com.gh>",
     "Refund deposit OWD-2025-126",
     "Good afternoon,\n\nPlease we want to cancel the Kumasi Kitchenware website before you start. We got a grant for a bigger e-commerce package from another vendor. "
     "Kindly refund deposit OWD-2025-126 paid on Saturday.\n\nYours faithfully,\nYaw Darko",
     (2025, 9, 28, 14, 0), GH)], [R("escalate")], extra_ok=True, clauses="section 8 payments not paid",
     spec="The ledger shows the deposit as failed, not paid: a refund of it is escalated (section 8).")
case("w27-ga-forward-attorney", OWB, "decided", [M("Magnolia Bridal Atlanta <owner@magnoliabridal.com>",
     "Fwd: Website situation",
     "Forwarding my husband's note, he handles our legal stuff. We want the gallery milestone refunded.\n\n"
     "Begin forwarded message:\n\nFrom: Travis Beaumont <travis@beaumontlaw.com>\nSubject: Website situation\nDate: September 23, 2025 at 6:02:11 PM EDT\n"
     "To: owner@magnoliabridal.com\n\nDarlin', the gallery they delivered (OWD-2025-127) has broken images on every phone I tried. "
     "Tell them if it isn't refunded I'll take it up as your attorney.\n",
     (2025, 9, 24, 8, 40), EDT)], [R("escalate")], rules=["C4"], clauses="C4 via forward",
     spec="The forwarded note threatens action by an attorney: escalate (C4), whatever O3/O6 would say of the completed milestone.")
case("w28-sco-statutory-rights", OWB, "decided", [M("Leith Coffee Roasters <roast@leithcoffee.co.uk>",
     "Hosting - cancel and refund",
     "Hi,\n\nSite's been down twice this month. I want the annual hosting cancelled and the balance refunded (OWD-2025-128). "
     "I know my statutory rights under the Consumer Rights Act.\n\nDougie",
     (2025, 9, 23, 10, 0), SCO)], [R("escalate"), X("escalate")], rules=["C4"], clauses="C4 statutory rights, section 8 C4 covers the whole case",
     spec="Mention of statutory rights: every intent escalated (C4), though O5 would deny after 14 days.")
case("w29-sco-drop-one-page", OWB, "other", [M("Braeside Joinery <hello@braesidejoinery.co.uk>",
     "gallery page",
     "Hi again - one wee thing from last month's chat: could you take the gallery page out of the sitemap in your proposal? We don't have photos anyway.\n\nAlasdair",
     (2025, 9, 25, 10, 0), SCO)], clauses="partial mention (one page of a site)",
     spec="Removing one page from a draft is neither a refund nor a cancellation: other.")
case("w30-au-not-cancelling", OWB, "other", [M("Bondi Surf School <crew@bondisurf.com.au>",
     "ignore my last",
     "Sorry team, ignore the earlier chat with Josh - we're NOT cancelling anything yet. Could you just re-issue last month's invoice with our new ABN (51 824 753 556)?\n\nKylie\nBondi Surf School",
     (2025, 9, 24, 10, 0), SYD)], clauses="section 8 negation",
     spec="'We're NOT cancelling' plus an invoice request: other.")
case("w31-my-hypothetical-hosting", OWB, "other", [M("Penang Dental Studio <admin@penangdental.my>",
     "Question on hosting",
     "Hello,\n\nIf we were to cancel the hosting some time next year, would any of the annual fee be refunded? Just want to know for our budget planning.\n\nRegards,\nClinic Admin",
     (2025, 9, 23, 15, 0), MY)], clauses="section 8 hypotheticals",
     spec="A hypothetical policy question: other.")
case("w32-tx-thanks-after-refund", OWB, "other", [M("Lone Star BBQ Co <pitmaster@lonestarbbq.com>",
     "Re: Discovery refund",
     "Just saw the refund hit the account. Y'all were real good about it, appreciate ya. If the new owners ever need a site I'll send 'em your way.\n\nHank",
     (2025, 9, 30, 9, 0), CDT)], clauses="section 8 past events",
     spec="A thank-you after a refund asks for nothing: other.")
case("w33-sylhet-from-contract", OWB, "decided", [M("Sylhet Tea Traders <accounts@sylhettea.com.bd>",
     "Refund of deposit - Sylhet Tea Traders",
     "Dear Sir,\n\nAs requested, writing from our contract email. Project Sylhet Tea Traders, deposit OWD/2025/122 paid on 27th. "
     "Due to flood losses in our gardens we must postpone the website, so kindly refund the deposit.\n\nMizanur Rahman\nOwner",
     (2025, 9, 29, 10, 0), BD)], [R("approve", "18000.00")], extra_ok=True, clauses="O2, section 8 invoice reference with slashes",
     spec="Deposit paid 2025-09-27 12:00 IST, request 2025-09-29 10:30 IST (46.5 h), no work: full refund 18000.00 before tax (O2).")


cust("zubair.ahmed@nayatel.pk", "Zubair Ahmed", "annual", start="2025-09-28", end="2026-09-27")
lopay("en_p47", "LO-INV-70431", "zubair.ahmed@nayatel.pk", "annual", *A, "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
lopay("en_p48", "LO-INV-70432", "zubair.ahmed@nayatel.pk", "annual", *A, "2025-09-28T10:00:20", "2025-09-28", "2026-09-27")
proj("Ayr Golf Lodge", "office@ayrgolflodge.co.uk", "2025-08-01T10:00:00")
owpay("en_w29", "OWD-2025-129", "Ayr Golf Lodge", "third_party", "8200.00", "1476.00", "2025-09-19T10:00:00")
case("l42-own-noreply-loop", LOB, "ignore", [M("LeadsOptima <noreply@leadsoptima.com>",
     "Your payment receipt LO-INV-70431",
     "Thank you for your payment of INR 11,988.00 for the Annual plan. To request a refund, reply within 7 days.",
     (2025, 9, 28, 10, 0), 330)], rules=["C7"], clauses="C7 brand's own address",
     spec="Mail from the brand's own address (a receipt looped back into the inbox): ignore (C7).")
case("l43-pk-amount-in-words", LOB, "decided", [M("Zubair Ahmed <zubair.ahmed@nayatel.pk>",
     "Payment deducted two times",
     "Dear Sir,\n\nAn amount of Rupees Eleven Thousand Nine Hundred Eighty Eight only has been deducted two times from my account on 28-09-2025 "
     "against annual subscription, vide LO-INV-70431 & LO-INV-70432. Kindly reverse the second deduction at your earliest.\n\nThanks & Regards,\nZubair Ahmed\nG-11 Markaz, Islamabad",
     (2025, 9, 30, 9, 40), PK)], [R("approve", "11988.00")], clauses="L4, amount in words, dd-mm-yyyy date",
     spec="Two paid annual charges 2025-09-28; request 2025-09-30 (day 2): refund LO-INV-70432 11988.00 (L4); the amount in words is not trusted over the ledger.")
case("w34-sco-thunderbird-forward-plugin", OWB, "decided", [M("Ayr Golf Lodge <office@ayrgolflodge.co.uk>",
     "Fwd: booking plugin licence",
     "Hi both - forwarding Morag's note below. Can we get that one refunded please, we never switched it on.\n\nIain\n\n"
     "-------- Forwarded Message --------\nSubject: \tbooking plugin licence\nDate: \tMon, 22 Sep 2025 16:40:12 +0100\n"
     "From: \tMorag Kerr <morag@ayrgolflodge.co.uk>\nTo: \tIain <office@ayrgolflodge.co.uk>\n\n"
     "Iain, Optima charged us 8,200 for the premium booking plugin licence (OWD-2025-129). We're using the golf club's tee-time system instead so it's not needed.\n",
     (2025, 9, 23, 9, 30), SCO)], [R("deny")], clauses="section 8 Forwards, O6 third_party",
     spec="Forward by the contract address; the plugin licence is a third-party item: non-refundable (O6).")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
