"""fresh35 en cases (qa35c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh35@mail.example>"
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

BZ, JM, BS, BM, FK, WS, TO, CK, GM, UK = -360, -300, -240, -180, -180, 780, 780, -600, 0, 60
KY, OK, BAL, DET, TAS, WA, FI, MN, TZ, EE = -240, -300, -240, -240, 600, 480, 180, 480, 180, 180
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ---------------- LeadsOptima ----------------
cust("reservations@cayojaguartours.bz", "Marisol Chun", "annual", start="2025-09-26", end="2026-09-25")
lopay("en_p01", "LO-INV-35101", "reservations@cayojaguartours.bz", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
lopay("en_p02", "LO-INV-35102", "reservations@cayojaguartours.bz", "annual", *A, "2025-09-26T10:02:00", "2025-09-26", "2026-09-25")
case("l01-belize-tour-operator-twice", LOB, "decided", [M("Cayo Jaguar Tours <reservations@cayojaguartours.bz>",
     "Double charge on our card - annual plan",
     "Good morning LeadsOptima,\n\nI run the bookings for Cayo Jaguar Tours out of San Ignacio. Thursday night (the 25th, around half ten our time) "
     "our company Visa was hit two times for the annual plan, 11,988 each, two minutes apart. The bank app shows both as posted. "
     "Invoice numbers on the receipts are LO-INV-35101 and LO-INV-35102. The second one is a duplicate, please send it back to the same card.\n\n"
     "Meanwhile we're busy with the cave tubing season so I'd appreciate a quick sort out.\n\nMarisol Chun\nOperations | Cayo Jaguar Tours\nSan Ignacio, Cayo District, Belize",
     (2025, 9, 29, 8, 15), BZ)], [R("approve", "11988.00")],
     spec="Two paid annual charges 2025-09-26 10:00/10:02 IST (= 25 Sept 22:30 in Belize), same period; request 2025-09-29 19:45 IST = day 3: refund the later LO-INV-35102 11988.00 (L4).")

cust("dwayne.campbell@flowja.com", "Dwayne Campbell", "monthly", start="2025-09-22", end="2025-10-21")
lopay("en_p03", "LO-INV-35111", "dwayne.campbell@flowja.com", "monthly", *Mo, "2025-09-22T11:00:00", "2025-09-22", "2025-10-21")
lopay("en_p04", "LO-INV-35112", "dwayne.campbell@flowja.com", "monthly", *Mo, "2025-09-22T11:01:00", "2025-09-22", "2025-10-21")
case("l02-jamaica-day7-by-ist", LOB, "decided", [M("Dwayne Campbell <dwayne.campbell@flowja.com>",
     "unnu charge mi two times",
     "Hi, I am writing from Mandeville. Unnu took out the 1499 two times the same morning for the monthly plan, LO-INV-35111 and LO-INV-35112. "
     "Mi only have the one account so one of them is a double charge. Please return the second one, mi nah want no credit, just put it back on the card.\n\n"
     "Bless\nDwayne\nCampbell's Hardware & Plumbing, Mandeville",
     (2025, 9, 29, 13, 0), JM)], [R("approve", "1499.00")],
     spec="Sent 2025-09-29 13:00 -05:00 = 23:30 IST, day 7 after the 2025-09-22 charges (inside, L3); duplicate LO-INV-35112 1499.00 (L4).")

cust("billy.ray.tackett@windstream.net", "Billy Ray Tackett", "monthly", start="2025-09-21", end="2025-10-20")
lopay("en_p05", "LO-INV-35121", "billy.ray.tackett@windstream.net", "monthly", *Mo, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
lopay("en_p06", "LO-INV-35122", "billy.ray.tackett@windstream.net", "monthly", *Mo, "2025-09-21T09:03:00", "2025-09-21", "2025-10-20")
case("l03-kentucky-day8-by-ist", LOB, "decided", [M("Billy Ray Tackett <billy.ray.tackett@windstream.net>",
     "charged twice",
     "Howdy. Yall charged me twice Saturday night the 20th, 1499 and 1499 again, invoices LO-INV-35121 and 35122. "
     "I been meaning to write all week but we had the tobacco to get in. Want the extra one back.\n\nBilly Ray\nHazard, KY",
     (2025, 9, 28, 20, 0), KY)], [R("deny")],
     spec="Charges 2025-09-21 09:00 IST (= 20 Sept 23:30 EDT); request 2025-09-28 20:00 EDT = 2025-09-29 05:30 IST: day 8, outside 7 days: deny (L3).")

cust("office@redearthplumbing.com", "Wade Hollins", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p07", "LO-INV-35131", "office@redearthplumbing.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("en_p08", "LO-INV-35132", "office@redearthplumbing.com", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-20", "2025-10-19")
lopay("en_p09", "LO-INV-35133", "office@redearthplumbing.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-20", "2025-10-19")
case("l04-oklahoma-plumber-three-charges", LOB, "decided", [M("Red Earth Plumbing <office@redearthplumbing.com>",
     "3 charges for 1 month??",
     "Sent from my truck so excuse typos. Looked at the card statement and yall billed us for the monthly THREE times this month, "
     "sep 19, sep 21 and sep 25 on my statment. Invoices say LO-INV-35131, LO-INV-35132, LO-INV-35133. We only got the one login. "
     "Refund the 2 extras please.\n\nWade Hollins\nRed Earth Plumbing LLC\nNorman OK",
     (2025, 9, 29, 8, 0), OK)], [R("approve", "2998.00")],
     spec="Three paid monthly charges, same period (IST 09-20, 09-22, 09-26 = 19/21/25 Sept in Oklahoma); request 2025-09-29 IST: 09-22 is day 7 and 09-26 day 3, both inside: 1499.00 x 2 = 2998.00 (section 8).")

cust("tanya.brooks@comcast.net", "Tanya Brooks", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p10", "LO-INV-35141", "tanya.brooks@comcast.net", "quarterly", *Q, "2025-09-24T12:00:00", "2025-09-24", "2025-12-23")
case("l05-baltimore-wrong-plan", LOB, "decided", [M("Tanya Brooks <tanya.brooks@comcast.net>",
     "Wrong plan charged - LO-INV-35141",
     "Hi hon,\n\nI'm on the monthly plan (always have been) but on the 24th yall took 3,999 for a QUARTERLY plan, invoice LO-INV-35141. "
     "I never clicked anything to change it. Please fix the charge and give me back the difference or the whole thing and charge the right amount.\n\n"
     "Thanks,\nTanya Brooks\nBrooks Rowhouse Realty, Hampden, Baltimore",
     (2025, 9, 27, 9, 30), BAL)], [R("escalate")],
     spec="Charged for the wrong plan = billing error inside 7 days of 2025-09-24 (request 09-27 IST): escalate with the charge (L5).")

cust("marcus.webb@wowway.net", "Marcus Webb", "monthly", status="cancelled", start="2025-09-25", end="2025-10-24")
lopay("en_p11", "LO-INV-35151", "marcus.webb@wowway.net", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l06-detroit-charged-after-cancel", LOB, "decided", [M("Marcus Webb <marcus.webb@wowway.net>",
     "Cancelled in August, still got billed",
     "I cancelled my subscription back in August under Billing like your site says, got the confirmation screen and everything. "
     "Yesterday I see 1,499 + GST come out again (LO-INV-35151). That's a charge after I cancelled. Reverse it please.\n\n"
     "Marcus\nSouthwest Detroit",
     (2025, 9, 26, 18, 0), DET)], [R("escalate")],
     spec="'Charged after I cancelled' is a billing error; charge 2025-09-25, request 2025-09-27 03:30 IST (day 2): escalate (L5).")

cust("fiona.lethbridge@bigpond.com", "Fiona Lethbridge", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("en_p12", "LO-INV-35161", "fiona.lethbridge@bigpond.com", "quarterly", *Q, "2025-09-23T14:00:00", "2025-09-23", "2025-12-22")
case("l07-tasmania-cannot-login", LOB, "decided", [M("Fiona Lethbridge <fiona.lethbridge@bigpond.com>",
     "Locked out since renewal",
     "Hi there,\n\nSince the quarterly renewal went through on the 23rd I have not been able to log in at all - the page just spins and then says "
     "'session expired'. Tried Chrome, Safari and the iPad. Your chat said someone would look at it but nothing has happened. "
     "As I've had no access since the renewal I'd like that payment refunded.\n\nCheers,\nFiona\nHuon Valley Apple Tours, Tasmania",
     (2025, 9, 27, 9, 0), TAS)], [R("escalate")],
     spec="Access failure; the one charge LO-INV-35161 (2025-09-23) identifies the invoice; request 2025-09-27 04:30 IST (day 4): escalate (L6).")

cust("kieran.doyle@iinet.net.au", "Kieran Doyle", "monthly", start="2025-09-10", end="2025-10-09")
lopay("en_p13", "LO-INV-35171", "kieran.doyle@iinet.net.au", "monthly", *Mo, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("l08-perth-no-access-late", LOB, "decided", [M("Kieran Doyle <kieran.doyle@iinet.net.au>",
     "Refund - platform not loading",
     "G'day,\n\nThe dashboard hasn't loaded properly for me for a couple of weeks, just a white screen after login. Refund for invoice "
     "LO-INV-35171 please, I paid it on the 10th.\n\nKieran Doyle\nFremantle WA",
     (2025, 9, 24, 16, 0), WA)], [R("deny")],
     spec="Charge 2025-09-10; request 2025-09-24 13:30 IST = day 14, outside the 7-day window: deny (L3).")

cust("aino.heikkinen@kolumbus.fi", "Aino Heikkinen", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p14", "LO-INV-35181", "aino.heikkinen@kolumbus.fi", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l09-finnish-did-not-use", LOB, "decided", [M("Aino Heikkinen <aino.heikkinen@kolumbus.fi>",
     "Refund request",
     "Hello.\n\nI have paid the monthly subscription on 27.9. (invoice LO-INV-35181). I have not used the service at all during this time, "
     "we decided in our team that we do not need the lead lists this autumn. So I ask the money back.\n\nBest regards\nAino Heikkinen\nTampere",
     (2025, 9, 29, 10, 0), FI)], [R("deny")],
     spec="Not using the service is not an L2 exception: refund denied (L1), cancellation offered.")

cust("bat-erdene.g@mobinet.mn", "Bat-Erdene Ganbold", "annual", start="2025-06-15", end="2026-06-14")
lopay("en_p15", "LO-INV-35191", "bat-erdene.g@mobinet.mn", "annual", *A, "2025-06-15T10:00:00", "2025-06-15", "2026-06-14")
case("l10-mongolian-expensive-cancel", LOB, "decided", [M("Bat-Erdene Ganbold <bat-erdene.g@mobinet.mn>",
     "about cancel and money",
     "Dear LeadsOptima,\n\nI am Bat-Erdene from Ulaanbaatar, we export cashmere. Your annual plan is too much expensive for our small company now, "
     "tugrik is weak. Please cancel the plan and please return the money for remaining months.\n\nThank you\nBat-Erdene",
     (2025, 9, 29, 15, 0), MN)], [R("deny"), X("cancel", "2026-06-14")],
     spec="Too expensive / unused months: refund deny (L1, no partial refunds); cancel, active until current_period_end 2026-06-14 (L8).")

cust("neema.mushi@zanzibarspicetrail.co.tz", "Neema Mushi", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("en_p16", "LO-INV-35201", "neema.mushi@zanzibarspicetrail.co.tz", "quarterly", *Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
case("l11-zanzibar-cancel-quarterly", LOB, "decided", [M("Neema Mushi <neema.mushi@zanzibarspicetrail.co.tz>",
     "Kuhusu subscription - cancel",
     "Habari team,\n\nKindly I am requesting to stop our quarterly plan, we are now getting enough guests from the booking sites and the season "
     "is going down. Don't renew it again please. Asanteni sana.\n\nNeema Mushi\nZanzibar Spice Trail Tours, Stone Town",
     (2025, 9, 30, 11, 0), TZ)], [X("cancel", "2025-11-04")],
     spec="Cancel: active until current_period_end 2025-11-04 (L8); no refund asked.")

cust("kaarel.tamm@neti.ee", "Kaarel Tamm", "annual")
lopay("en_p17", "LO-INV-35211", "kaarel.tamm@neti.ee", "annual", *A, "2025-03-13T20:00:00Z", "2025-03-14", "2026-03-13")
case("l12-estonian-fallback-offset", LOB, "decided", [M("Kaarel Tamm <kaarel.tamm@neti.ee>",
     "Cancel subscription",
     "Tere,\n\nplease cancel my annual subscription, do not renew it next year. We move our sales to a partner in Riga.\n\nKaarel Tamm\nTartu",
     (2025, 9, 30, 9, 0), EE)], [X("cancel", "2026-03-13")],
     spec="No current_period_end in the ledger: last charge 2025-03-13T20:00Z = 2025-03-14 01:30 IST, plus 12 months minus one day = 2026-03-13 (L8, section 8 offsets).")

cust("kwame.jallow@qcell.gm", "Kwame Jallow", "monthly", status="trial", trial_ends="2025-10-06")
case("l13-gambia-trial-refund", LOB, "decided", [M("Kwame Jallow <kwame.jallow@qcell.gm>",
     "Refund for trial",
     "Good day Sir/Madam,\n\nI signed up for the free trial last week for my phone shop in Serrekunda. Please refund any money you have taken for the trial, "
     "I do not want to be paying for it.\n\nKwame Jallow",
     (2025, 9, 29, 10, 0), GM)], [R("deny")],
     spec="Free trial, no charges in the ledger: nothing to refund (L7); the reply says no billing occurs unless he subscribes.")

cust("admin@bakauriverlodge.gm", "Fatou Ceesay", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p18", "LO-INV-35221", "admin@bakauriverlodge.gm", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l14-gambia-gmail-c2", LOB, "need_info", [M("Fatou Ceesay <fatouceesay88@gmail.com>",
     "Cancel my subscription",
     "Hello, I am writing from my personal gmail because the lodge email is down since the storm. Our registered email is admin@bakauriverlodge.gm. "
     "Please cancel the monthly plan, we are closing for the rainy season.\n\nFatou Ceesay\nBakau River Lodge",
     (2025, 9, 29, 11, 0), GM)], rules=["C2"],
     spec="Sent from a gmail that is not the registered admin@bakauriverlodge.gm she names: C2, ask her to write from it; nothing disclosed.")

cust("derek.moss@pendlemotors.co.uk", "Derek Moss", "annual", start="2025-02-01", end="2026-01-31")
lopay("en_p19", "LO-INV-35231", "derek.moss@pendlemotors.co.uk", "annual", *A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
case("l15-lancashire-office-manager-fw", LOB, "need_info", [M("Janet Pilling <janet.pilling@pendlemotors.co.uk>",
     "FW: leads subscription",
     "Hiya,\n\nI'm covering for Derek while he's off poorly (he'll be off a fortnight at least). He asked me to send this on to you, see below.\n\n"
     "Ta,\nJanet Pilling\nOffice Manager, Pendle Motors, Burnley\n\n"
     "From: Derek Moss <derek.moss@pendlemotors.co.uk>\nSent: 29 September 2025 08:12\nTo: Janet Pilling <janet.pilling@pendlemotors.co.uk>\n"
     "Subject: leads subscription\n\nJanet, can you get the LeadsOptima annual cancelled for me, it's on my email derek.moss@pendlemotors.co.uk. "
     "We're not renewing, the leads are no good for the used car side.\nDerek",
     (2025, 9, 29, 9, 30), UK)], rules=["C2"],
     spec="Outlook forward: the forwarded cancellation names the registered derek.moss@; the sender is janet.pilling@: C2 (section 8 forwards).")

cust("gemma.tovey@bristolbikekitchen.org", "Gemma Tovey", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p20", "LO-INV-35241", "gemma.tovey@bristolbikekitchen.org", "monthly", *Mo, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("en_p21", "LO-INV-35242", "gemma.tovey@bristolbikekitchen.org", "monthly", *Mo, "2025-09-28T10:04:00", "2025-09-28", "2025-10-27")
case("l16-bristol-plus-tag", LOB, "need_info", [M("Gemma Tovey <gemma.tovey+leads@bristolbikekitchen.org>",
     "Charged twice, gutted",
     "Alright,\n\nLooks like you've charged us twice on Sunday for the monthly, LO-INV-35241 and LO-INV-35242. We're a tiny co-op in Easton so "
     "that's a proper dent. Can we have the second one back please?\n\nCheers me dears\nGemma",
     (2025, 9, 29, 10, 0), UK)], rules=["C2"],
     spec="gemma.tovey+leads@ is another address than the registered gemma.tovey@ (section 8, +tag): C2, nothing disclosed.")

cust("accounts@canveyfreight.co.uk", "Lee Harker", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("en_p22", "LO-INV-35251", "accounts@canveyfreight.co.uk", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("l17-essex-reply-to-c2", LOB, "need_info", [M("Lee Harker <leeharker1979@hotmail.co.uk>",
     "cancel",
     "cancel our plan mate, accounts@canveyfreight.co.uk is the account, reply to that one not this. not worth the money for us.\n\nLee\nCanvey Freight, Essex",
     (2025, 9, 29, 12, 0), UK, hdr={"Reply-To": "accounts@canveyfreight.co.uk"})], rules=["C2"],
     spec="From a hotmail with Reply-To set to the registered address; Reply-To never verifies (section 8): C2.")

cust("treasurer@stmaryslowtown.org.uk", "Alan Briggs", "annual", start="2025-09-25", end="2026-09-24")
lopay("en_p23", "LO-INV-35261", "treasurer@stmaryslowtown.org.uk", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
case("l18-cumbria-parish-no-reason", LOB, "need_info", [M("Alan Briggs <treasurer@stmaryslowtown.org.uk>",
     "Refund request LO-INV-35261",
     "Dear Sir or Madam,\n\nOn behalf of the Parochial Church Council I write to request a refund of invoice LO-INV-35261.\n\n"
     "I look forward to hearing from you at your earliest convenience.\n\nYours faithfully,\n\nAlan Briggs\nHon. Treasurer\n"
     "St Mary's Parish, Lowtown, Cumbria\nRegistered Charity No. 1109843\n\n"
     "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender.",
     (2025, 9, 29, 10, 0), UK)], missing=["reason"],
     spec="Only the request, a sign-off, charity number and disclaimer: no reason (section 8); invoice given, plan from the ledger: ask for the reason (C3).")

cust("bookings@kendalferryhouse.co.uk", "Ruth Ashworth", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p24", "LO-INV-35271", "bookings@kendalferryhouse.co.uk", "monthly", *Mo, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("en_p25", "LO-INV-35272", "bookings@kendalferryhouse.co.uk", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l19-cumbria-wrong-amount-no-invoice", LOB, "need_info", [M("Ruth Ashworth <bookings@kendalferryhouse.co.uk>",
     "Wrong amount taken",
     "Hello,\n\nThe amount you took from our card doesn't match what we signed up for, it's more than the price on your website. "
     "Could you look into it and refund the overcharge?\n\nMany thanks\nRuth\nKendal Ferry House B&B",
     (2025, 9, 27, 10, 0), UK)], missing=["invoice_number"],
     spec="Billing error from the registered email; the account has two charges (Aug and Sep) and none is named: ask for the invoice number (C3).")

cust("magnie.sinclair@lerwickknitwear.co.uk", "Magnie Sinclair", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p26", "LO-INV-35281", "magnie.sinclair@lerwickknitwear.co.uk", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("en_p27", "LO-INV-35282", "magnie.sinclair@lerwickknitwear.co.uk", "monthly", *Mo, "2025-09-25T10:05:00", "2025-09-25", "2025-10-24")
case("l20-shetland-thread-reason", LOB, "decided", [
     M("Magnie Sinclair <magnie.sinclair@lerwickknitwear.co.uk>", "Refund LO-INV-35282",
       "Please refund LO-INV-35282 to my card.\n\nMagnie\nLerwick Knitwear, Shetland", (2025, 9, 28, 19, 0), UK),
     M("Magnie Sinclair <magnie.sinclair@lerwickknitwear.co.uk>", "Re: Refund LO-INV-35282",
       "Aye sorry, should have said. You took the monthly fee twice on the 25th, five minutes apart, and that's the second one.\n\nMagnie\n\n"
       "> Please tell us why you are asking for a refund.", (2025, 9, 29, 8, 40), UK)], [R("approve", "1499.00")],
     spec="First mail has no reason (C3); the answer says charged twice: pair of 2025-09-25 charges, request 2025-09-28 23:30 IST (day 3): refund LO-INV-35282 1499.00 (L4).")

cust("tavita.faleolo@samoa.ws", "Tavita Faleolo", "monthly", start="2025-09-29", end="2025-12-28")
lopay("en_p28", "LO-INV-35291", "tavita.faleolo@samoa.ws", "monthly", *Mo, "2025-08-29T10:00:00", "2025-08-29", "2025-09-28")
lopay("en_p29", "LO-INV-35292", "tavita.faleolo@samoa.ws", "quarterly", *Q, "2025-09-29T10:00:00", "2025-09-29", "2025-12-28")
case("l21-samoa-thread-invoice", LOB, "decided", [
     M("Tavita Faleolo <tavita.faleolo@samoa.ws>", "wrong charge",
       "Talofa, you charged me the wrong plan, I am monthly not quarterly. Please refund it.\nTavita, Apia",
       (2025, 9, 30, 8, 0), WS),
     M("Tavita Faleolo <tavita.faleolo@samoa.ws>", "Re: wrong charge",
       "Fa'afetai. The invoice is LO-INV-35292.\n\nOn Tue, 30 Sep 2025 you wrote:\n> Which invoice number is this about?",
       (2025, 9, 30, 17, 0), WS)], [R("escalate")],
     spec="Two charges on the account, none named: C3 asks the invoice; the answer names LO-INV-35292 (2025-09-29, wrong plan = billing error); request 2025-09-30 00:30 IST (day 1): escalate (L5).")

cust("info@exumabonefishing.bs", "Cedric Rolle", "annual", start="2025-09-26", end="2026-09-25")
lopay("en_p30", "LO-INV-35301", "info@exumabonefishing.bs", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
case("l22-bahamas-chargeback", LOB, "decided", [M("Cedric Rolle <info@exumabonefishing.bs>",
     "Annual renewal - I did not authorise",
     "Good afternoon,\n\nYou renewed our annual plan on the 26th (LO-INV-35301) for the wrong amount, more than we agreed. Refund it this week "
     "or I will dispute the charge with my bank and file a chargeback.\n\nCedric Rolle\nExuma Bonefishing Lodge, George Town",
     (2025, 9, 29, 14, 0), BS)], [R("escalate")], rules=["C4"],
     spec="Chargeback threat: escalate (C4), whatever L5 says.")

cust("sandy.outerbridge@northrock.bm", "Sandy Outerbridge", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p31", "LO-INV-35311", "sandy.outerbridge@northrock.bm", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("en_p32", "LO-INV-35312", "sandy.outerbridge@northrock.bm", "monthly", *Mo, "2025-09-27T10:01:00", "2025-09-27", "2025-10-26")
case("l23-bermuda-no-chargeback", LOB, "decided", [M("Sandy Outerbridge <sandy.outerbridge@northrock.bm>",
     "Duplicate payment LO-INV-35312",
     "Hello,\n\nMy bank asked if I wanted to raise a chargeback for the duplicate and I said no - I'd much rather sort it with you directly, "
     "I am NOT disputing anything. You charged the monthly fee twice on 27 September; LO-INV-35312 is the duplicate. Please refund it.\n\n"
     "Kind regards,\nSandy Outerbridge\nFlatts Village, Bermuda",
     (2025, 9, 29, 9, 0), BM)], [R("approve", "1499.00")],
     spec="Chargeback ruled out (section 8 negation): no C4; pair of 2025-09-27 charges, request day 2: refund LO-INV-35312 1499.00 (L4).")

cust("stores@stanleywoolstore.fk", "Alison Biggs", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("en_p33", "LO-INV-35321", "stores@stanleywoolstore.fk", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
case("l24-falklands-statutory-cancel", LOB, "decided", [M("Alison Biggs <stores@stanleywoolstore.fk>",
     "Cancellation",
     "Dear LeadsOptima,\n\nPlease cancel our quarterly subscription. The satellite connection here makes the platform unusable most days. "
     "I am aware of my statutory rights as a consumer and expect them to be respected.\n\nAlison Biggs\nStanley Wool Store, Falkland Islands",
     (2025, 9, 29, 10, 0), FK)], [X("escalate")], rules=["C4"],
     spec="A mention of statutory rights: C4 covers the whole case, the cancellation is escalated (section 8).")

cust("dr.lamar.pitts@gmail.com", "Lamar Pitts", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p34", "LO-INV-35331", "dr.lamar.pitts@gmail.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l25-detroit-attorney-access", LOB, "decided", [M("Lamar Pitts <dr.lamar.pitts@gmail.com>",
     "No access - refund",
     "I have had no access to the platform since I paid on 9/26 (invoice LO-INV-35331). Three tickets, no answer. I have forwarded this thread "
     "to my attorney and he will be in touch if this is not refunded.\n\nL. Pitts, DDS\nGrosse Pointe",
     (2025, 9, 29, 11, 0), DET)], [R("escalate")], rules=["C4"],
     spec="Mention of an attorney: C4 escalate (the access failure would be escalated by L6 too; the rule is C4).")

case("l26-cook-islands-ooo", LOB, "ignore", [M("Teina Marsters <teina@rarotongadive.co.ck>",
     "Automatic reply: Your LeadsOptima receipt",
     "Kia orana! I am out diving with guests until Monday 6 October and have limited reception. For urgent bookings ring the shop.\n\nTeina",
     (2025, 9, 29, 15, 0), CK, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied out-of-office: ignore (C7).")

case("l27-bounce-mailer-daemon", LOB, "ignore", [M("Mail Delivery Subsystem <MAILER-DAEMON@mx.wightman-haulage.co.uk>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx.wightman-haulage.co.uk.\n\nI'm sorry to have to inform you that your message could not be delivered "
     "to one or more recipients.\n\n<accounts@wightman-haulage.co.uk>: mailbox full\n",
     (2025, 9, 29, 3, 0), UK)], rules=["C7"],
     spec="MAILER-DAEMON sender (a bounce): ignore (C7).")

case("l28-list-newsletter", LOB, "ignore", [M("Prairie Growers Digest <news@prairiegrowersdigest.example>",
     "This week: refunds, rebates and the co-op meeting",
     "PRAIRIE GROWERS DIGEST - Week 39\n\nHow to ask your software vendors for a refund before harvest... Read more.\n\nUnsubscribe: https://prairiegrowersdigest.example/u",
     (2025, 9, 29, 6, 0), OK, hdr={"List-Id": "Prairie Growers Digest <digest.prairiegrowersdigest.example>", "Precedence": "list"})],
     rules=["C7"], spec="List-Id / Precedence: list newsletter that talks about refunds: ignore (C7).")

cust("ellie.mae.sizemore@windstream.net", "Ellie Mae Sizemore", "monthly", start="2025-09-15", end="2025-10-14")
lopay("en_p35", "LO-INV-35351", "ellie.mae.sizemore@windstream.net", "monthly", *Mo, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l29-kentucky-change-card", LOB, "other", [M("Ellie Mae Sizemore <ellie.mae.sizemore@windstream.net>",
     "new debit card",
     "Hey, the bank sent me a new debit card cause the old one got skimmed at the gas station. How do I put the new card on my account "
     "so the next payment dont bounce? Not wanting to cancel or nothing, I like the leads.\n\nEllie Mae\nPikeville",
     (2025, 9, 29, 19, 0), KY)],
     spec="A question about updating the card; cancellation ruled out: other.")

cust("sione.havili@kalianet.to", "Sione Havili", "monthly", start="2025-09-12", end="2025-10-11")
lopay("en_p36", "LO-INV-35361", "sione.havili@kalianet.to", "monthly", *Mo, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l30-tonga-thanks", LOB, "other", [M("Sione Havili <sione.havili@kalianet.to>",
     "Re: Your refund has been processed",
     "Malo 'aupito! The refund for the double charge showed up in the account this morning. Thanks heaps for sorting it so fast.\n\nSione\nNuku'alofa",
     (2025, 9, 30, 9, 0), TO)],
     spec="Thanks for a refund already made, no request: other.")

cust("l.saar@hot.ee", "Liis Saar", "annual", start="2025-09-18", end="2026-09-17")
lopay("en_p37", "LO-INV-35371", "l.saar@hot.ee", "annual", *A, "2025-09-18T10:00:00", "2025-09-18", "2026-09-17")
case("l31-estonian-no-refund-question", LOB, "other", [M("Liis Saar <l.saar@hot.ee>",
     "Question about invoice",
     "Hello,\n\nI do not want a refund, everything is fine with the service. I only need the invoice LO-INV-35371 with our company VAT number "
     "EE101234567 on it for our accountant. Can you send a corrected copy?\n\nLiis Saar\nTallinn",
     (2025, 9, 29, 10, 0), EE)],
     spec="'I do not want a refund' adds no refund intent (section 8); a request for an invoice copy: other.")

case("l32-phd-hypothetical", LOB, "other", [M("Hamish Tulloch <h.tulloch@postgrad.example.ac.uk>",
     "Refund policy before I subscribe",
     "Hi,\n\nI'm a PhD student in a business school up north, looking at lead-generation tools for a chapter on small-business marketing. Before I buy the annual plan "
     "for my fieldwork: if I subscribe and then find the data isn't suitable, would I get a refund? And is there an academic discount?\n\n"
     "Best,\nHamish Tulloch\nPhD candidate",
     (2025, 9, 29, 14, 0), UK)],
     spec="Hypothetical before buying (section 8): a policy question, no request: other.")

cust("ops@greatsouthernwinetours.com.au", "Bronwyn Kelly", "annual", start="2025-09-28", end="2026-09-27")
lopay("en_p38", "LO-INV-35381", "ops@greatsouthernwinetours.com.au", "annual", *A, "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
lopay("en_p39", "LO-INV-35382", "ops@greatsouthernwinetours.com.au", "annual", *A, "2025-09-28T10:02:00", "2025-09-28", "2026-09-27")
case("l33-wa-refund-and-cancel", LOB, "decided", [M("Bronwyn Kelly <ops@greatsouthernwinetours.com.au>",
     "Double charged + cancel",
     "Hi team,\n\nTwo things:\n1. You charged us the annual fee twice on Sunday (LO-INV-35381 and LO-INV-35382). Please refund the second one.\n"
     "2. After talking to the owners we've decided not to continue with LeadsOptima, so please cancel the plan as well. The leads from "
     "the east coast don't suit a Margaret River wine tour business.\n\nCheers,\nBronwyn Kelly\nGreat Southern Wine Tours",
     (2025, 9, 29, 15, 0), WA)], [R("approve", "11988.00"), X("cancel", "2026-09-27")],
     spec="Pair of 2025-09-28 annual charges, request day 1: refund LO-INV-35382 11988.00 (L4); cancel, active until 2026-09-27 (L8).")

cust("kofi.drammeh@gamtel.gm", "Kofi Drammeh", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("en_p40", "LO-INV-35391", "kofi.drammeh@gamtel.gm", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("l34-gambia-late-access-and-cancel", LOB, "decided", [M("Kofi Drammeh <kofi.drammeh@gamtel.gm>",
     "Platform not loading, refund and stop",
     "Dear Sir,\n\nSince the beginning of this month your platform is not loading on our office computers in Banjul, only error 502. "
     "I request refund of invoice LO-INV-35391 and also to cancel the subscription so no more money is taken.\n\nKofi Drammeh\nDrammeh & Sons Import-Export",
     (2025, 9, 29, 10, 0), GM)], [R("deny"), X("cancel", "2025-11-30")],
     spec="Access failure but charge 2025-09-01, request 09-29 (day 28): refund deny (L3); cancel until current_period_end 2025-11-30 (L8).")

cust("manu.tupou@tongatravel.to", "Manu Tupou", "monthly", start="2025-09-19", end="2025-10-18")
lopay("en_p41", "LO-INV-35401", "manu.tupou@tongatravel.to", "monthly", *Mo, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
case("l35-tonga-html-only-cancel", LOB, "decided", [M("Manu Tupou <manu.tupou@tongatravel.to>",
     "Please cancel monthly plan",
     None, (2025, 9, 29, 16, 0), TO,
     html="<html><body><div style='font-family:Calibri'><p>Malo e lelei,</p><p>Please <b>cancel</b> our monthly LeadsOptima plan. "
     "The whale season is nearly over and we will not need new leads until next year.</p><p>Faka'apa'apa atu,<br>Manu Tupou<br>"
     "Tonga Whale Travel, Vava'u</p></div></body></html>")], [X("cancel", "2025-10-18")],
     spec="HTML-only mail; cancel, active until current_period_end 2025-10-18 (L8).")

cust("desmond.ayres@belizeconch.bz", "Desmond Ayres", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p42", "LO-INV-35411", "desmond.ayres@belizeconch.bz", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("en_p43", "LO-INV-35412", "desmond.ayres@belizeconch.bz", "monthly", *Mo, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", status="failed")
case("l36-belize-second-failed", LOB, "decided", [M("Desmond Ayres <desmond.ayres@belizeconch.bz>",
     "charged two times LO-INV-35412",
     "Hi, I got two emails about payment on the 24th night, LO-INV-35411 and LO-INV-35412, so I think you charged me two times. "
     "Please give back the second.\nDesmond, Placencia",
     (2025, 9, 27, 9, 0), BZ)], [R("escalate")],
     spec="The second charge has status failed: no pair of paid charges (L4) and a refund of a non-paid payment is escalated (section 8).")

cust("ruby.mcgregor@stennesstablet.co.uk", "Ruby McGregor", "annual", start="2025-09-26", end="2026-09-25")
lopay("en_p44", "LO-INV-35421", "ruby.mcgregor@stennesstablet.co.uk", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
case("l37-orkney-twice-one-in-ledger", LOB, "decided", [M("Ruby McGregor <ruby.mcgregor@stennesstablet.co.uk>",
     "Paid twice for the year",
     "Hello,\n\nI think I've paid twice for the annual plan - the card got declined the first time and I typed it in again and now the bank "
     "shows two pending amounts. Invoice LO-INV-35421. Can you refund the second?\n\nRuby\nStenness Tablet Co., Kirkwall",
     (2025, 9, 28, 10, 0), UK)], [R("escalate")],
     spec="Duplicate claimed but the ledger has one paid charge: no pair, escalate (L4).")

cust("ahti.koskinen@saunatours.fi", "Ahti Koskinen", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p45", "LO-INV-35431", "ahti.koskinen@saunatours.fi", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lopay("en_p46", "LO-INV-35432", "ahti.koskinen@saunatours.fi", "monthly", *Mo, "2025-09-24T10:03:00", "2025-09-24", "2025-10-23")
case("l38-finnish-dotted-invoice", LOB, "decided", [M("Ahti Koskinen <ahti.koskinen@saunatours.fi>",
     "double payment",
     "Hei,\n\nyou have taken the payment two times 24.9.2025. The second receipt is lo.inv.35432. Please return it.\n\nAhti Koskinen\nLapland Sauna Tours, Rovaniemi",
     (2025, 9, 26, 10, 0), FI)], [R("approve", "1499.00")],
     spec="Invoice typed 'lo.inv.35432' matches LO-INV-35432 (section 8); pair of 2025-09-24 charges, request day 2: refund 1499.00 (L4).")

cust("earl.whitaker@sbcglobal.net", "Earl Whitaker", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p47", "LO-INV-35441", "earl.whitaker@sbcglobal.net", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l39-oklahoma-dictated-bad-leads", LOB, "decided", [M("Earl Whitaker <earl.whitaker@sbcglobal.net>",
     "refund",
     "this is earl whitaker over in tulsa talking into my phone here so sorry for how it comes out comma the leads yall sent me this month "
     "was no good period half of em was disconnected numbers and the rest wasnt even in oklahoma period i want my fourteen ninety nine back "
     "for invoice LO-INV-35441 period thank you\n\nSent from my iPhone",
     (2025, 9, 27, 7, 30), OK)], [R("deny")],
     spec="Poor lead quality is not an L2 exception (not an access failure, not a billing error): refund denied (L1), cancellation offered.")

case("l40-other-brand-unknown", LOB, "need_info", [M("Selina Gayle <selina@kingstonjerkhut.com>",
     "Refund for website deposit",
     "Hello, I paid the deposit for our new restaurant website last week and we have changed our minds about the design agency. "
     "Please refund the deposit.\n\nSelina Gayle\nKingston Jerk Hut, Half Way Tree",
     (2025, 9, 29, 10, 0), JM)], rules=["C2"],
     spec="Written to LeadsOptima by someone not in its ledger (an agency request, section 8 other brand): unknown sender, C2.")

cust("events@hexhamshowground.co.uk", "Pauline Robson", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("en_p48", "LO-INV-35461", "events@hexhamshowground.co.uk", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
lopay("en_p49", "LO-INV-35462", "events@hexhamshowground.co.uk", "quarterly", *Q, "2025-09-26T10:02:00", "2025-09-26", "2025-12-25")
case("l41-hexham-top-posted-long", LOB, "decided", [M("Pauline Robson <events@hexhamshowground.co.uk>",
     "RE: Agricultural show - stand bookings",
     "Sorry, wrong thread but while I've got you - your system took the quarterly payment twice on Friday morning (LO-INV-35461 and then "
     "LO-INV-35462, both 3,999 + VAT). Please put the second back on the card. Otherwise we're very happy with the leads, the sheep "
     "breeders' list was spot on.\n\nPauline\n\n-----Original Message-----\nFrom: LeadsOptima Newsletter\nSent: 12 September 2025\n"
     "Subject: Agricultural show - stand bookings\n\n> Book your stand at the autumn fairs through our partner directory...",
     (2025, 9, 29, 11, 0), UK)], [R("approve", "3999.00")],
     spec="Top-posted on an old newsletter: pair of 2025-09-26 quarterly charges, request day 3: refund LO-INV-35462 3999.00 (before tax, L4, C6).")

cust("ingrid.vaino@elisa.ee", "Ingrid Väino", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p50", "LO-INV-35471", "ingrid.vaino@elisa.ee", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l42-estonian-charged-wrong-amount", LOB, "decided", [M("Ingrid Väino <ingrid.vaino@elisa.ee>",
     "wrong sum",
     "Hello,\n\nIn my bank statement 20.09 there is 1768,82 taken by you but the price for monthly is 1499. I think it is wrong amount. "
     "Please check and return the difference. Invoice LO-INV-35471.\n\nIngrid",
     (2025, 9, 25, 10, 0), EE)], [R("escalate")],
     spec="'Wrong amount' = billing error inside 7 days (charge 2025-09-20, request 09-25): escalate with the charge (L5); the difference she sees is the tax.")

# ---------------- Optima WebDesign ----------------
proj("Mayan Sky Expeditions", "bookings@mayanskyexp.bz", None)
owpay("en_w01", "OWD-2025-3501", "Mayan Sky Expeditions", "deposit", "25000.00", "4500.00", "2025-09-28T10:00:00")
case("o01-belize-deposit-in-time", OWB, "decided", [M("Mayan Sky Expeditions <bookings@mayanskyexp.bz>",
     "Refund Request - Mayan Sky Expeditions / OWD-2025-3501",
     "Hello Optima team,\n\nWe paid the 25,000 deposit for the new Mayan Sky Expeditions booking site on Saturday night (invoice OWD-2025-3501). "
     "Our partners in Flores have pulled out of the joint tours so the project is off for now. Nothing has been started yet as far as I know. "
     "Please refund the deposit to the card we used.\n\nCarlos Pott\nMayan Sky Expeditions, Belize City",
     (2025, 9, 30, 7, 0), BZ)], [R("approve", "25000.00")],
     spec="Deposit paid 2025-09-28 10:00 IST, no work started; request 2025-09-30 18:30 IST = 56.5 h < 72 h: refund 25000.00 before tax (O2).")

proj("Apia Reef Retreat", "manager@apiareefretreat.ws", None)
owpay("en_w02", "OWD-2025-3502", "Apia Reef Retreat", "deposit", "18000.00", "3240.00", "2025-09-26T10:30:00")
case("o02-samoa-deposit-exactly-72h", OWB, "decided", [M("Apia Reef Retreat <manager@apiareefretreat.ws>",
     "Deposit refund - Apia Reef Retreat",
     "Talofa lava,\n\nThe board of the retreat has decided to use the tourism authority's free listing instead of a new website. "
     "Please refund our deposit OWD-2025-3502 for project Apia Reef Retreat.\n\nSina Leota\nManager",
     (2025, 9, 29, 18, 0), WS)], [R("deny")],
     spec="Deposit 2025-09-26 10:30 IST; request 2025-09-29 18:00 +13:00 = 2025-09-29 10:30 IST: exactly 72 h is not before 72 h: deny (O2, section 8).")

proj("Great Abaco Charters", "office@greatabacocharters.bs", "2025-09-28T11:00:00")
owpay("en_w03", "OWD-2025-3503", "Great Abaco Charters", "deposit", "30000.00", "5400.00", "2025-09-27T20:00:00")
case("o03-bahamas-deposit-work-started", OWB, "decided", [M("Great Abaco Charters <office@greatabacocharters.bs>",
     "Cancel website project & refund deposit",
     "Hi,\n\nWe paid the deposit OWD-2025-3503 for Great Abaco Charters on Saturday but the hurricane damage to the marina means we can't "
     "afford a website right now. Please refund the deposit.\n\nTheresa Knowles",
     (2025, 9, 28, 16, 0), BS)], [R("deny")], extra_ok=True,
     spec="Request 2025-09-29 01:30 IST is within 72 h of payment but after work_started_at 2025-09-28 11:00 (29.5 h after the 2025-09-27 20:00 payment) (whichever first): deny (O2). The subject also cancels the project: an extra cancellation decision is allowed (extra_ok).")

proj("Kirkwall Harbour Guides", "info@kirkwallharbourguides.co.uk", None)
owpay("en_w04", "OWD-2025-3504", "Kirkwall Harbour Guides", "discovery", "8000.00", "1440.00", "2025-09-20T10:00:00")
case("o04-orkney-discovery-not-started", OWB, "decided", [M("Kirkwall Harbour Guides <info@kirkwallharbourguides.co.uk>",
     "Discovery session - refund please",
     "Hello,\n\nWe booked (and paid for, OWD-2025-3504) a discovery session for Kirkwall Harbour Guides but the session was never scheduled - "
     "nobody has been in touch since. The council has now offered us a place on their tourism portal so we won't go ahead. "
     "Could we have the 8,000 back please?\n\nErlend Rendall",
     (2025, 9, 29, 10, 0), UK)], [R("approve", "8000.00")],
     spec="Discovery paid, no session or deliverable started (work_started_at empty): refund in full 8000.00 (O1).")

proj("Ribble Valley Dairy", "farm@ribblevalleydairy.co.uk", "2025-09-22T15:00:00")
owpay("en_w05", "OWD-2025-3505", "Ribble Valley Dairy", "discovery", "8000.00", "1440.00", "2025-09-18T10:00:00")
case("o05-lancashire-discovery-held", OWB, "decided", [M("Ribble Valley Dairy <farm@ribblevalleydairy.co.uk>",
     "discovery call refund",
     "Now then,\n\nWe had the discovery call on the 22nd with your lass but to be honest it wasn't much use to us, all stuff we knew already. "
     "We'd like the fee back, OWD-2025-3505, project Ribble Valley Dairy.\n\nGeoff Haworth",
     (2025, 9, 29, 10, 0), UK)], [R("deny")],
     spec="The discovery session took place (work_started_at 2025-09-22 before the request): deny (O1).")

proj("Nassau Straw Market Collective", "admin@nassaustrawmarket.bs", "2025-08-01T10:00:00")
owpay("en_w06", "OWD-2025-3506", "Nassau Straw Market Collective", "milestone", "15000.00", "2700.00", "2025-09-10T10:00:00", milestone_status="not_started")
case("o06-bahamas-milestone-not-started", OWB, "decided", [M("Nassau Straw Market Collective <admin@nassaustrawmarket.bs>",
     "Refund Request - Nassau Straw Market Collective [OWD-2025-3506]",
     "Good day,\n\nThe collective voted to drop the online shop part of the project (milestone 3, invoice OWD-2025-3506). We keep the main site. "
     "As your team hasn't started on the shop, please refund that milestone.\n\nRegards,\nVernita Ferguson\nSecretary",
     (2025, 9, 29, 10, 0), BS)], [R("approve", "15000.00")],
     spec="Milestone not_started: refund its amount 15000.00 before tax (O3).")

proj("Tulsa Tire & Lube", "office@tulsatirelube.com", "2025-08-01T10:00:00")
owpay("en_w07", "OWD-2025-3507", "Tulsa Tire & Lube", "milestone", "20000.00", "3600.00", "2025-09-05T10:00:00", milestone_status="in_progress")
case("o07-oklahoma-milestone-in-progress", OWB, "decided", [M("Tulsa Tire & Lube <office@tulsatirelube.com>",
     "Refund on booking page milestone",
     "Hi, we want to stop the online booking page part (OWD-2025-3507, Tulsa Tire & Lube). Your designer only did a couple mockups and we "
     "found a booking app that does it for less. Refund what hasn't been done please.\n\nRhonda\nOffice, Tulsa Tire & Lube",
     (2025, 9, 29, 9, 0), OK)], [R("escalate")],
     spec="Milestone in_progress: the billable value of work not started needs a person: escalate (O3).")

proj("Bluegrass Fiddle Camp", "director@bluegrassfiddlecamp.org", "2025-06-01T10:00:00")
owpay("en_w08", "OWD-2025-3508", "Bluegrass Fiddle Camp", "milestone", "12000.00", "2160.00", "2025-08-20T10:00:00", milestone_status="completed")
case("o08-kentucky-milestone-completed", OWB, "decided", [M("Bluegrass Fiddle Camp <director@bluegrassfiddlecamp.org>",
     "Registration form milestone",
     "To whom it may concern,\n\nThe registration form you built (milestone invoice OWD-2025-3508) is finished but our board does not like "
     "the colours and several parents found it confusing. We request a refund of that milestone for Bluegrass Fiddle Camp.\n\n"
     "Sincerely,\nWanda Combs\nCamp Director, Berea KY",
     (2025, 9, 29, 10, 0), KY)], [R("deny")],
     spec="Milestone completed: non-refundable (O3, O6).")

proj("St Agnes Parish Hall", "treasurer@stagnesparish.org.uk", "2025-03-01T10:00:00")
owpay("en_w09", "OWD-2025-3509", "St Agnes Parish Hall", "retainer", "5000.00", "900.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
case("o09-bristol-parish-retainer-notice", OWB, "decided", [M("St Agnes Parish Hall <treasurer@stagnesparish.org.uk>",
     "Parish hall website - end of maintenance",
     "Dear Optima WebDesign,\n\nAt last Tuesday's PCC meeting it was agreed that a volunteer from the congregation will look after the "
     "St Agnes Parish Hall website from now on, to save costs. We therefore give notice to cancel the monthly maintenance retainer "
     "(most recent invoice OWD-2025-3509).\n\nWith thanks for your help over the years,\nMargaret Penrose\nParish Treasurer",
     (2025, 9, 30, 10, 0), UK)], [X("cancel", "2025-10-19")],
     spec="Retainer, next_billing_at 2025-10-20; request 2025-09-30 IST <= 10-13: notice >= 7 days: cancel effective 2025-10-19 (O4/O8).")

proj("Corktown Soul Kitchen", "owner@corktownsoulkitchen.com", "2025-04-01T10:00:00")
owpay("en_w10", "OWD-2025-3510", "Corktown Soul Kitchen", "retainer", "7000.00", "1260.00", "2025-09-05T10:00:00",
      next_billing_at="2025-10-05T00:00:00", period_start="2025-09-05", period_end="2025-10-04")
case("o10-detroit-retainer-short-notice", OWB, "decided", [M("Corktown Soul Kitchen <owner@corktownsoulkitchen.com>",
     "stop the monthly website plan",
     "Hey Optima,\n\nMy nephew's going to run the website and socials now so we're cancelling the monthly retainer for Corktown Soul Kitchen, "
     "last invoice OWD-2025-3510. Appreciate everything yall did.\n\nDarnell Hayes\nOwner",
     (2025, 9, 29, 9, 0), DET)], [X("cancel", "2025-11-04")],
     spec="Next billing 2025-10-05; request 2025-09-29 18:30 IST is after 09-28 (less than 7 days): next cycle 10-05..11-04 billed, effective 2025-11-04 (O4).")

proj("Hobart Heritage Walks", "walks@hobartheritage.com.au", "2025-03-01T10:00:00")
owpay("en_w11", "OWD-2025-3511", "Hobart Heritage Walks", "retainer", "6000.00", "1080.00", "2025-09-16T10:00:00",
      next_billing_at="2025-10-16T00:00:00", period_start="2025-09-16", period_end="2025-10-15")
owpay("en_w12", "OWD-2025-3512", "Hobart Heritage Walks", "retainer", "6000.00", "1080.00", "2025-09-16T10:05:00",
      next_billing_at="2025-11-16T00:00:00", period_start="2025-10-16", period_end="2025-11-15")
case("o11-tasmania-retainer-prepaid", OWB, "decided", [M("Hobart Heritage Walks <walks@hobartheritage.com.au>",
     "Cancelling our care plan",
     "Hi Optima,\n\nWe're selling the business to a couple from Launceston who have their own web person, so please cancel the care plan for "
     "Hobart Heritage Walks. We paid September and October together (OWD-2025-3511 and OWD-2025-3512).\n\nThanks for everything,\nJudith Crane",
     (2025, 9, 29, 12, 0), TAS)], [X("escalate")],
     spec="Next cycle 10-16..11-15 already paid (OWD-2025-3512) and notice >= 7 days (09-29 <= 10-09): escalate (section 8, O4).")

proj("Bermuda Moongate Weddings", "hello@moongateweddings.bm", "2025-09-10T10:00:00")
owpay("en_w13", "OWD-2025-3513", "Bermuda Moongate Weddings", "hosting_annual", "15600.00", "2808.00", "2025-09-20T10:00:00",
      setup_fee="1200.00", service_start="2025-09-20")
case("o12-bermuda-hosting-day9", OWB, "decided", [M("Bermuda Moongate Weddings <hello@moongateweddings.bm>",
     "Hosting refund + close account",
     "Hello,\n\nWe've been offered free hosting by the wedding directory we joined, so we'd like to end the annual hosting for Bermuda Moongate "
     "Weddings that started on the 20th (OWD-2025-3513) and get back what we can under your 14-day rule.\n\nKeisha Trott",
     (2025, 9, 29, 9, 0), BM)], [R("approve", "13200.00")], extra_ok=True,
     spec="Hosting started 2025-09-20, request 2025-09-29 IST (day 9 <= 14): 15600 - 1200 - (14400/12 = 1200) x 1 = 13200.00 (O5); the ended plan may add a cancellation (extra_ok).")

proj("Port Stanley Guesthouse", "stay@portstanleyguesthouse.fk", "2025-08-01T10:00:00")
owpay("en_w14", "OWD-2025-3514", "Port Stanley Guesthouse", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
case("o13-falklands-hosting-late", OWB, "decided", [M("Port Stanley Guesthouse <stay@portstanleyguesthouse.fk>",
     "Hosting refund OWD-2025-3514",
     "Good morning,\n\nThe hosting for Port Stanley Guesthouse is too slow from here - pages take ages over our satellite link. Please refund the "
     "annual hosting (OWD-2025-3514).\n\nMary Goss",
     (2025, 9, 29, 8, 0), FK)], [R("deny")],
     spec="Hosting started 2025-09-01; request 2025-09-29 16:30 IST = day 28 > 14: deny (O5).")

proj("Kingston Reggae Tours", "admin@kingstonreggaetours.com", "2025-07-01T10:00:00")
owpay("en_w15", "OWD-2025-3515", "Kingston Reggae Tours", "maintenance_annual", "24000.00", "4320.00", "2025-09-25T10:00:00",
      setup_fee="0.00", service_start="2025-10-15")
case("o14-jamaica-maintenance-not-started", OWB, "decided", [M("Kingston Reggae Tours <admin@kingstonreggaetours.com>",
     "Refund - annual maintenance not needed",
     "Wah gwaan Optima,\n\nWe paid the annual maintenance OWD-2025-3515 for Kingston Reggae Tours last week but our cousin in Toronto is a "
     "developer and will maintain it free. It doesn't even start till the 15th of October. Refund please and cancel it.\n\nRoy Bailey",
     (2025, 9, 30, 8, 0), JM)], [R("approve", "22000.00")], extra_ok=True,
     spec="Service starts 2025-10-15, request 2025-09-30: consumed_months is 1 (section 8): 24000 - 0 - 2000 x 1 = 22000.00 (O5).")

proj("Ulaanbaatar Cashmere House", "shop@ubcashmerehouse.mn", "2025-08-01T10:00:00")
owpay("en_w16", "OWD-2025-3516", "Ulaanbaatar Cashmere House", "third_party", "2500.00", "450.00", "2025-09-27T10:00:00")
case("o15-mongolian-domain", OWB, "decided", [M("Ulaanbaatar Cashmere House <shop@ubcashmerehouse.mn>",
     "domain money return",
     "Hello,\n\nYou bought for us the .com domain (invoice OWD-2025-3516) but we decided to use only .mn domain. Please return the money for the "
     "domain. Project Ulaanbaatar Cashmere House.\n\nOyunaa",
     (2025, 9, 29, 14, 0), MN)], [R("deny")],
     spec="Domain registration is third_party: never refundable (O6).")

proj("Baltimore Crab Shack", "orders@baltimorecrabshack.com", "2025-08-01T10:00:00")
owpay("en_w17", "OWD-2025-3517", "Baltimore Crab Shack", "rush", "6000.00", "1080.00", "2025-09-24T10:00:00")
case("o16-baltimore-rush-fee", OWB, "decided", [M("Baltimore Crab Shack <orders@baltimorecrabshack.com>",
     "rush fee refund",
     "Hi hon, we paid the rush fee (OWD-2025-3517) so the menu page would be up for the Fells Point festival and then the festival got "
     "rained out and moved to November. We don't need it rushed anymore, can we get the rush fee back? Baltimore Crab Shack.\n\nDonna",
     (2025, 9, 28, 10, 0), BAL)], [R("deny")],
     spec="Rush fee: never refundable (O6).")

proj("Tartu Student Choir", "juhatus@tartustudentchoir.ee", "2025-07-01T10:00:00")
owpay("en_w18", "OWD-2025-3518", "Tartu Student Choir", "change_request", "3500.00", "630.00", "2025-09-26T10:00:00")
case("o17-estonian-change-request", OWB, "decided", [M("Tartu Student Choir <juhatus@tartustudentchoir.ee>",
     "Refund for change request",
     "Hello,\n\nWe ordered a change to the concert calendar (OWD-2025-3518, Tartu Student Choir) but after it was done the new conductor "
     "wants the old layout back. So this change was useless for us, please refund it.\n\nMart Kask\nChoir board",
     (2025, 9, 29, 10, 0), EE)], [R("deny")],
     spec="Change request: never refundable (O6).")

proj("Montego Bay Dive Centre", "info@mobaydive.com", "2025-08-01T10:00:00")
owpay("en_w19", "OWD-2025-3519", "Montego Bay Dive Centre", "milestone", "10000.00", "1800.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o18-jamaica-gmail-c2", OWB, "need_info", [M("Andre Whyte <andrewhyte.mobay@gmail.com>",
     "Refund Request - Montego Bay Dive Centre",
     "Hi, Andre here, I'm the manager at Montego Bay Dive Centre. Writing from my own gmail. We want to drop the booking calendar milestone "
     "(OWD-2025-3519) because the owner decided against online bookings. Please refund.\n\nAndre",
     (2025, 9, 29, 10, 0), JM)], rules=["C2"],
     spec="Sent from a personal gmail, not the contract email info@mobaydive.com: C2, disclose nothing.")

proj("Clifton Vintage Bikes", "shop@cliftonvintagebikes.co.uk", "2025-06-01T10:00:00")
owpay("en_w20", "OWD-2025-3520", "Clifton Vintage Bikes", "retainer", "4000.00", "720.00", "2025-09-18T10:00:00",
      next_billing_at="2025-10-18T00:00:00", period_start="2025-09-18", period_end="2025-10-17")
case("o19-bristol-bookkeeper-forward-c2", OWB, "need_info", [M("Sam Fry Bookkeeping <sam@samfrybookkeeping.co.uk>",
     "Fwd: website retainer",
     "Hi Optima, forwarding from my client below - can you action please?\n\nSam\n\n---------- Forwarded message ---------\n"
     "From: Clifton Vintage Bikes <shop@cliftonvintagebikes.co.uk>\nDate: Mon, 29 Sept 2025 at 09:02\nSubject: website retainer\n"
     "To: Sam Fry <sam@samfrybookkeeping.co.uk>\n\nSam, please tell Optima to cancel the website retainer for Clifton Vintage Bikes "
     "(OWD-2025-3520), we are closing the online side to focus on the workshop.\nTom",
     (2025, 9, 29, 11, 0), UK)], rules=["C2"],
     spec="Gmail-style forward: the forwarded cancellation is from the contract email shop@cliftonvintagebikes.co.uk; the sender is the bookkeeper: C2.")

proj("Saaremaa Windmill Farm", "info@saaremaawindmill.ee", "2025-04-01T10:00:00")
owpay("en_w21", "OWD-2025-3521", "Saaremaa Windmill Farm", "retainer", "4500.00", "810.00", "2025-09-25T10:00:00",
      next_billing_at="2025-10-25T00:00:00", period_start="2025-09-25", period_end="2025-10-24")
case("o20-estonian-cancel-no-reason", OWB, "need_info", [M("Saaremaa Windmill Farm <info@saaremaawindmill.ee>",
     "Cancellation - Saaremaa Windmill Farm - OWD-2025-3521",
     "Hello,\n\nPlease cancel the retainer for project Saaremaa Windmill Farm, invoice OWD-2025-3521.\n\nBest regards\nKadri Sepp",
     (2025, 9, 29, 10, 0), EE)], missing=["reason"],
     spec="Project, invoice and contract email given but no reason; Optima requires one for cancellations too: ask for it (C3, section 8).")

proj("Lakeland Ferry Tours", "ops@lakelandsailing.co.uk", "2025-06-01T10:00:00")
proj("Lakeland Sailing School", "ops@lakelandsailing.co.uk", "2025-06-01T10:00:00")
owpay("en_w22", "OWD-2025-3522", "Lakeland Ferry Tours", "milestone", "9000.00", "1620.00", "2025-09-20T10:00:00", milestone_status="not_started")
owpay("en_w23", "OWD-2025-3523", "Lakeland Sailing School", "milestone", "9000.00", "1620.00", "2025-09-20T10:05:00", milestone_status="not_started")
case("o21-cumbria-two-projects-vague", OWB, "need_info", [M("Lakeland Ops <ops@lakelandsailing.co.uk>",
     "refund",
     "Hi, we've had a rethink over the winter plans and would like the money back for the milestone you haven't started yet. "
     "The season's been poor and we need to cut costs.\n\nCheers, Rob",
     (2025, 9, 29, 10, 0), UK)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects with an unstarted milestone each; neither project nor invoice named: ask for both (C3).")

proj("Seychelles Sunset Villas", "reservations@sunsetvillas.sc", "2025-08-01T10:00:00")
owpay("en_w24", "OWD-2025-3524", "Seychelles Sunset Villas", "milestone", "14000.00", "2520.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("o22-seychelles-thread-invoice", OWB, "decided", [
     M("Seychelles Sunset Villas <reservations@sunsetvillas.sc>", "Refund for blog milestone",
       "Good day, please refund the blog section milestone for Seychelles Sunset Villas - we've decided we don't have time to write posts.\n\nNadia Payet",
       (2025, 9, 29, 10, 0), 240),
     M("Seychelles Sunset Villas <reservations@sunsetvillas.sc>", "Re: Refund for blog milestone",
       "Apologies, the invoice is OWD-2025-3524.\n\nNadia\n\n> Could you tell us the invoice or payment reference?",
       (2025, 9, 29, 15, 0), 240)], [R("approve", "14000.00")],
     spec="First mail lacks the invoice; the answer gives OWD-2025-3524; milestone not_started: refund 14000.00 (O3).")

proj("Gambia River Birding", "info@gambiariverbirding.gm", "2025-07-01T10:00:00")
owpay("en_w25", "OWD-2025-3525", "Gambia River Birding", "milestone", "11000.00", "1980.00", "2025-09-10T10:00:00", milestone_status="approved")
case("o23-gambia-chargeback", OWB, "decided", [M("Gambia River Birding <info@gambiariverbirding.gm>",
     "Refund or chargeback - Gambia River Birding",
     "Sir,\n\nThe gallery page (OWD-2025-3525) is not what we asked. The photos are too small. If you do not refund this I will ask my bank "
     "for a chargeback.\n\nLamin Sanneh",
     (2025, 9, 29, 10, 0), GM)], [R("escalate")], rules=["C4"],
     spec="Chargeback threat: escalate (C4), whatever O3 says of the approved milestone.")

proj("Chesapeake Kayak Co", "hello@chesapeakekayak.com", None)
owpay("en_w26", "OWD-2025-3526", "Chesapeake Kayak Co", "deposit", "20000.00", "3600.00", "2025-09-29T17:00:00")
case("o24-baltimore-no-lawyer-deposit", OWB, "decided", [M("Chesapeake Kayak Co <hello@chesapeakekayak.com>",
     "Deposit - Chesapeake Kayak Co - OWD-2025-3526",
     "Hi there,\n\nWe paid the deposit this morning (OWD-2025-3526) for Chesapeake Kayak Co, then my business partner told me she already signed "
     "with a local agency - our mix-up, totally our fault, we are not going to involve lawyers or the bank, just asking nicely: could you refund it?\n\nKristen",
     (2025, 9, 29, 9, 0), BAL)], [R("approve", "20000.00")],
     ambiguous=None,
     spec="Lawyers and banks are ruled out (section 8 negation): no C4; deposit 2025-09-29 17:00 IST (07:30 in Baltimore), request 18:30 IST (1.5 h), no work: refund 20000.00 (O2).")

case("o25-pago-pago-auto-reply", OWB, "ignore", [M("Vaiana Tauiliili <vaiana@pagopagobakery.as>",
     "Out of Office: Re: Your invoice",
     "Talofa! I'm away from the bakery until 6 October. For orders please call.\n",
     (2025, 9, 29, 10, 0), -660, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], rules=["C7"],
     spec="Out-of-office with Auto-Submitted: auto-replied: ignore (C7).")

proj("Whitby Jet Works", "studio@whitbyjetworks.co.uk", "2025-05-01T10:00:00")
case("o26-hosting-question", OWB, "other", [M("Whitby Jet Works <studio@whitbyjetworks.co.uk>",
     "Hosting renewal question",
     "Morning,\n\nQuick one - when does the annual hosting for Whitby Jet Works come up for renewal, and can we pay it by bank transfer this "
     "time rather than card?\n\nCheers,\nHelen",
     (2025, 9, 29, 9, 0), UK)],
     spec="A question about renewal date and payment method: other.")

proj("Accra Road Bakery", "orders@accraroadbakery.com", "2025-05-01T10:00:00")
case("o27-essex-thanks", OWB, "other", [M("Accra Road Bakery <orders@accraroadbakery.com>",
     "Thank you!",
     "Just wanted to say the new site looks brilliant, we've had more orders this week than all of August. Thanks to the whole team.\n\nAma & Joe\nAccra Road Bakery, Southend",
     (2025, 9, 29, 16, 0), UK)],
     spec="Thanks, no request: other.")

proj("Windward Sailing Club", "commodore@windwardsailing.bs", "2025-08-01T10:00:00")
owpay("en_w27", "OWD-2025-3527", "Windward Sailing Club", "milestone", "8000.00", "1440.00", "2025-09-15T10:00:00",
      milestone_status="not_started", status="refunded")
case("o28-bahamas-already-refunded", OWB, "decided", [M("Windward Sailing Club <commodore@windwardsailing.bs>",
     "Refund members area milestone",
     "Hello,\n\nThe committee has dropped the members' area, please refund milestone OWD-2025-3527 for Windward Sailing Club. "
     "Members prefer the WhatsApp group.\n\nCommodore Ian Sands",
     (2025, 9, 29, 10, 0), BS)], [R("escalate")],
     spec="The payment's status is refunded (not paid): a refund of it is escalated (section 8).")

proj("Lerwick Up Helly Aa Crafts", "crafts@lerwickcrafts.co.uk", "2025-07-01T10:00:00")
owpay("en_w28", "OWD-2025-3528", "Lerwick Up Helly Aa Crafts", "milestone", "9000.00", "1620.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o29-shetland-invoice-typo", OWB, "decided", [M("Lerwick Up Helly Aa Crafts <crafts@lerwickcrafts.co.uk>",
     "Refund OWD-2025-3582",
     "Hi, please refund the shop milestone for Lerwick Up Helly Aa Crafts, invoice OWD-2025-3582. We've decided to sell through the craft "
     "fair website instead.\n\nInga",
     (2025, 9, 29, 10, 0), UK)], [R("escalate")],
     spec="The invoice typed (OWD-2025-3582, digits swapped) matches nothing in the ledger and no other correction is made: escalate, never approve.")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
