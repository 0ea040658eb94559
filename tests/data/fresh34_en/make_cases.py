"""fresh34 cases (qa34c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh34@mail.example>"
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

# UTC offsets (minutes) in late September 2025
CDT, EDT, BST, CEST, EEST, CAT, MU, BN = -300, -240, 60, 120, 180, 120, 240, 480
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ======================= LeadsOptima =======================
cust("clement.thibodeaux@lusfiber.net", "Clement Thibodeaux", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p01", "LO-INV-34011", "clement.thibodeaux@lusfiber.net", "monthly", *Mo, "2025-09-24T19:05:00", "2025-09-24", "2025-10-23")
lopay("en_p02", "LO-INV-34012", "clement.thibodeaux@lusfiber.net", "monthly", *Mo, "2025-09-24T19:06:00", "2025-09-24", "2025-10-23")
case("l01-lafayette-double-evening", LOB, "decided", [M("Clement Thibodeaux <clement.thibodeaux@lusfiber.net>",
     "double charge on my card",
     "Evenin y'all,\n\nMais, I was lookin at the card statement tonight an there's two charges from LeadsOptima on the 24th, same thing, "
     "one minute apart. The monthly. Second one says lo-inv 34012 on the receipt. Can yall put that one back on the card, cher? "
     "I only got the one account, the crawfish business dont need two.\n\nThanks\nClement T.\nThibodeaux Seafood, Breaux Bridge LA\n\nSent from my iPhone",
     (2025, 9, 27, 20, 15), CDT)], [R("approve", "1499.00")],
     spec="L4: two paid monthly charges 2025-09-24 same period; sent 09-27 20:15 -05:00 = 09-28 06:45 IST, day 4; refund LO-INV-34012 1499.00 (invoice typed 'lo-inv 34012', sec.8).")

cust("tpruitt@bellsouth.net", "Tammy Pruitt", "annual", start="2025-09-22", end="2026-09-21")
lopay("en_p03", "LO-INV-34021", "tpruitt@bellsouth.net", "annual", *A, "2025-09-22T19:00:00", "2025-09-22", "2026-09-21")
lopay("en_p04", "LO-INV-34022", "tpruitt@bellsouth.net", "annual", *A, "2025-09-22T19:01:00", "2025-09-22", "2026-09-21")
case("l02-tupelo-day8-her-day7", LOB, "decided", [M("Tammy Pruitt <tpruitt@bellsouth.net>",
     "Charged twice for yearly plan - LO-INV-34022",
     "Hi,\n\nYour site says 7 days so I am getting this in tonight, it is still Monday the 29th here in Tupelo so I am inside your week. "
     "The annual was taken twice on the 22nd, the second is LO-INV-34022. Please refund that one.\n\nTammy Pruitt\nPruitt Family Pharmacy",
     (2025, 9, 29, 21, 30), CDT)], [R("deny")],
     spec="Sent 2025-09-29 21:30 -05:00 = 09-30 08:00 IST: day 8 after the 09-22 19:00 IST charges (08:30 on the 22nd in Tupelo, so day 7 at home), counted in the brand's zone: outside L3, deny (whatever her local date).")

cust("arne@lindqvistbait.com", "Arne Lindqvist", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("en_p05", "LO-INV-34031", "arne@lindqvistbait.com", "quarterly", *Q, "2025-09-23T11:00:00", "2025-09-23", "2025-12-22")
lopay("en_p06", "LO-INV-34032", "arne@lindqvistbait.com", "quarterly", *Q, "2025-09-23T11:02:00", "2025-09-23", "2025-12-22")
case("l03-brainerd-day7-inside", LOB, "decided", [M("Arne Lindqvist <arne@lindqvistbait.com>",
     "Quarterly plan billed 2x",
     "Good morning,\n\nUff da. Going through the books before I open the shop and I see the quarterly plan got billed two times on "
     "the 23rd, 3,999 each (plus the tax). Invoices LO-INV-34031 and LO-INV-34032. We only need the one, so if you could send back "
     "the second that'd be great, then we're square.\n\nThanks a bunch,\nArne\nLindqvist Bait & Tackle, Brainerd MN",
     (2025, 9, 30, 7, 45), CDT)], [R("approve", "3999.00")],
     spec="Sent 2025-09-30 07:45 -05:00 = 18:15 IST 09-30: day 7 after 09-23 (inside L3); L4 pair, refund the later LO-INV-34032 3999.00 before tax.")

cust("kschaller@chorus.net", "Kurt Schaller", "monthly", status="cancelled", start="2025-08-25", end="2025-09-24")
lopay("en_p07", "LO-INV-34041", "kschaller@chorus.net", "monthly", *Mo, "2025-08-25T06:00:00", "2025-08-25", "2025-09-24")
lopay("en_p08", "LO-INV-34042", "kschaller@chorus.net", "monthly", *Mo, "2025-09-25T20:00:00", "2025-09-25", "2025-10-24")
case("l04-madison-charged-after-cancel", LOB, "decided", [M("Kurt Schaller <kschaller@chorus.net>",
     "Billed after cancelling??",
     "Hello,\n\nI cancelled the monthly plan a couple weeks ago under Billing > Cancel Plan (got the confirmation screen and everything) "
     "and you still went and billed me again on the 25th, invoice LO-INV-34042. That's a charge after I cancelled. "
     "Please refund it.\n\nKurt Schaller\nSchaller Cheese Haus, Madison WI",
     (2025, 9, 28, 14, 0), CDT)], [R("escalate")],
     spec="'Billed after I cancelled' = billing_error (L2); charge 2025-09-25, request 09-29 00:30 IST (day 4): escalate with the charge (L5).")

cust("sdriscoll@dorchesterbakes.com", "Siobhan Driscoll", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p09", "LO-INV-34051", "sdriscoll@dorchesterbakes.com", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l05-dorchester-cant-login", LOB, "decided", [M("Siobhan Driscoll <sdriscoll@dorchesterbakes.com>",
     "can't get in since I paid",
     "Hi there,\n\nI paid for the monthly on Friday and I have not been able to log in ONCE since. Reset the password three times, "
     "tried Chrome and Safari, my nephew tried too. It just spins and kicks me back to the login page. This is wicked frustrating, "
     "I paid for something I can't use. I want my money back for this.\n\nSiobhan\nDorchester Bakes, Dot Ave",
     (2025, 9, 29, 16, 20), EDT)], [R("escalate")],
     spec="Access failure (L2) from the registered email, one payment on record (LO-INV-34051, 2025-09-26) fills the invoice; request 09-30 01:50 IST day 4: escalate (L6).")

cust("vince@iacobuccimotors.com", "Vince Iacobucci", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("en_p10", "LO-INV-34061", "vince@iacobuccimotors.com", "quarterly", *Q, "2025-09-20T12:00:00", "2025-09-20", "2025-12-19")
case("l06-philly-angry-owner", LOB, "decided", [M("Vince Iacobucci <vince@iacobuccimotors.com>",
     "CANCEL AND REFUND",
     "Listen. I run a used car lot on Aramingo Ave, I don't have time for this. Your salesman told my guy this thing would "
     "\"pay for itself\". It didn't. We used it maybe twice. It is WAY too expensive for what it does.\n\n"
     "CANCEL the quarterly and refund LO-INV-34061. Today.\n\nVince Iacobucci\nOwner, Iacobucci Motors\n(215) 555-0147",
     (2025, 9, 26, 11, 5), EDT)], [R("deny"), X("cancel", "2025-12-19")],
     spec="Too expensive / barely used is not an L2 exception: refund deny (L1, cancellation offered); cancel, active until current_period_end 2025-12-19 (L8).")

cust("heather.mg@videotron.ca", "Heather MacKay-Gagnon", "annual", start="2025-04-11", end="2026-04-10")
lopay("en_p11", "LO-INV-34071", "heather.mg@videotron.ca", "annual", *A, "2025-04-11T10:00:00", "2025-04-11", "2026-04-10")
case("l07-montreal-merge-cancel", LOB, "decided", [M("Heather MacKay-Gagnon <heather.mg@videotron.ca>",
     "Cancellation / annulation - annual plan",
     "Hello / Bonjour,\n\nWe are merging our Pointe-Claire office with the Sherbrooke one, and they already use another CRM, so "
     "please cancel our annual LeadsOptima subscription. No need to renew in April obviously. I'll do the paperwork with the caisse "
     "on our side.\n\nMerci,\nHeather MacKay-Gagnon\nOffice manager, Lakeshore Physio",
     (2025, 9, 25, 9, 40), EDT)], [X("cancel", "2026-04-10")],
     spec="Cancellation with a reason (merger): active until current_period_end 2026-04-10 (L8).")

cust("tam.docherty@virginmedia.com", "Tam Docherty", "monthly")
lopay("en_p12", "LO-INV-34081", "tam.docherty@virginmedia.com", "monthly", *Mo, "2025-09-14T11:00:00")
case("l08-glasgow-cancel-fallback", LOB, "decided", [M("Tam Docherty <tam.docherty@virginmedia.com>",
     "cancel",
     "Awright,\n\nCan ye cancel ma monthly plan please. Ta.\n\nTam",
     (2025, 9, 27, 19, 10), BST)], [X("cancel", "2025-10-13")],
     spec="No period in the ledger: L8 fallback, last charge 2025-09-14 + 1 month - 1 day = 2025-10-13; no reason needed for a LeadsOptima cancellation.")

cust("accounts@leaskfishmerchants.co.uk", "Leask Fish Merchants", "annual", start="2025-09-25", end="2026-09-24")
lopay("en_p13", "LO-INV-34091", "accounts@leaskfishmerchants.co.uk", "annual", *A, "2025-09-25T08:00:00", "2025-09-25", "2026-09-24")
lopay("en_p14", "LO-INV-34092", "accounts@leaskfishmerchants.co.uk", "annual", *A, "2025-09-25T08:01:00", "2025-09-25", "2026-09-24")
case("l09-aberdeen-c2-hotmail", LOB, "need_info", [M("Fiona Leask <fiona.leask@hotmail.co.uk>",
     "double payment annual",
     "Hiya,\n\nWriting from my own email as I'm off the now and can't get into the work one. Our account is "
     "accounts@leaskfishmerchants.co.uk and the annual has gone through twice this week, LO-INV-34092 is the second one. "
     "Can you refund it please.\n\nFiona Leask\nLeask Fish Merchants, Torry",
     (2025, 9, 28, 12, 30), BST)], rules=["C2"],
     spec="Sender is not the registered email she names: ask her to write from accounts@leaskfishmerchants.co.uk, disclose nothing (C2).")

cust("paula@scousecabs.co.uk", "Paula Kinsella", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p15", "LO-INV-34101", "paula@scousecabs.co.uk", "monthly", *Mo, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lopay("en_p16", "LO-INV-34102", "paula@scousecabs.co.uk", "monthly", *Mo, "2025-09-26T09:00:30", "2025-09-26", "2025-10-25")
case("l10-liverpool-outlook-fw-c2", LOB, "need_info", [M("Dean McGrath <dean.mcgrath@scousecabs.co.uk>",
     "FW: leadsoptima charged us twice",
     "Hiya, see below from Paula, she's on holiday so I'm chasing this for her.\n\nDean\n\n"
     "________________________________\nFrom: Paula Kinsella <paula@scousecabs.co.uk>\nSent: 27 September 2025 10:12\n"
     "To: Dean McGrath <dean.mcgrath@scousecabs.co.uk>\nSubject: leadsoptima charged us twice\n\n"
     "Dean can you email them, they've took the monthly twice on Friday (LO-INV-34101 and 34102). Account's under my email "
     "paula@scousecabs.co.uk. Want the second one back.\nP\n",
     (2025, 9, 29, 9, 15), BST)], rules=["C2"],
     spec="Forward (sec.8): the forwarded request names the registered email paula@scousecabs.co.uk, the sender is dean@: C2, ask for the request from Paula's address.")

cust("gary@tynesideplumbing.co.uk", "Gary Ridley", "monthly", start="2025-09-18", end="2025-10-17")
lopay("en_p17", "LO-INV-34111", "gary@tynesideplumbing.co.uk", "monthly", *Mo, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l11-newcastle-not-after-refund", LOB, "other", [M("Gary Ridley <gary@tynesideplumbing.co.uk>",
     "second user?",
     "Alreet,\n\nNot after a refund or owt like that, we're happy enough with it. Just want to know how I add our lass in the office "
     "as a second user on the monthly plan without paying twice.\n\nCheers\nGary\nTyneside Plumbing & Heating",
     (2025, 9, 29, 10, 0), BST)],
     spec="The refund is negated (sec.8) and the rest is a product question: other.")

case("l12-gibraltar-hypothetical", LOB, "other", [M("Lorraine Bossino <lorraine.bossino@gibtelecom.net>",
     "Question before we sign up",
     "Good afternoon,\n\nWe are a small shipping agency in Gib looking at your annual plan. Before we buy: if we take the annual and "
     "after a month it is not right for us, would we get any of the money back? Or only if there's a problem with the billing? "
     "Just want to be clear before I put it to the partners.\n\nKind regards,\nLorraine Bossino\nRock Bay Shipping Agency Ltd, Gibraltar",
     (2025, 9, 29, 15, 20), CEST)],
     spec="A hypothetical question before buying (sec.8), no account: other.")

cust("m.elamin@sudanet.sd", "Mohamed Osman Elamin", "annual", start="2025-09-27", end="2026-09-26")
lopay("en_p18", "LO-INV-34131", "m.elamin@sudanet.sd", "annual", *A, "2025-09-27T13:00:00", "2025-09-27", "2026-09-26")
case("l13-portsudan-dup-no-pair", LOB, "decided", [M("Mohamed Osman Elamin <m.elamin@sudanet.sd>",
     "Request for refund of double deduction",
     "Dear Sirs,\n\nGreetings and peace be upon you.\n\nI wish to inform you that the amount of the annual subscription was deducted "
     "two times from our company account, as our bank (the transfer is through our agent in Dubai) has shown two debits. The invoice "
     "we received is LO-INV-34131. Kindly refund the repeated amount.\n\nWith best regards,\nMohamed Osman Elamin\n"
     "General Manager, Red Sea Marine Supplies, Port Sudan",
     (2025, 9, 29, 10, 0), CAT)], [R("escalate")],
     spec="'Deducted two times' = duplicate_payment but the ledger has one paid charge only: no pair, escalate (L4), never approve.")

cust("deng.atem@gmail.com", "Deng Atem", "monthly", start="2025-09-10", end="2025-10-09")
lopay("en_p19", "LO-INV-34141", "deng.atem@gmail.com", "monthly", *Mo, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("l14-juba-access-late", LOB, "decided", [M("Deng Atem <deng.atem@gmail.com>",
     "Platform not loading - refund LO-INV-34141",
     "Hello Support,\n\nSince I paid the monthly on 10 September the platform is not loading for me at all, only the logo and then "
     "white page. I thought it was our network here in Juba but my cousin in Nairobi also cannot open it with my account. "
     "I have been patient for two weeks. Please refund invoice LO-INV-34141.\n\nRegards,\nDeng Atem",
     (2025, 9, 29, 11, 0), CAT)], [R("deny")],
     spec="Access failure, but charge 2025-09-10 and request 2025-09-29 IST is day 19: outside the 7-day window, deny (L3).")

cust("chikondi.banda@gmail.com", "Chikondi Banda", "monthly", status="trial", trial_ends="2025-10-08")
case("l15-lilongwe-trial", LOB, "decided", [M("Chikondi Banda <chikondi.banda@gmail.com>",
     "refund of trial",
     "Good morning,\n\nI registered for the free trial last week for my tailoring business. My bank is showing something pending "
     "from your side. Please refund whatever was taken, I am still only testing the system.\n\nZikomo,\nChikondi Banda\nArea 47, Lilongwe",
     (2025, 9, 30, 8, 30), CAT)], [R("deny")],
     spec="The account is on a free trial with no charges: nothing to refund (L7); the reply says nothing is billed unless she subscribes.")

cust("lerato@malutiguesthouse.co.ls", "Lerato Mothibeli", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p20", "LO-INV-34161", "lerato@malutiguesthouse.co.ls", "monthly", *Mo, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
case("l16-maseru-dispute-threat", LOB, "decided", [M("Lerato Mothibeli <lerato@malutiguesthouse.co.ls>",
     "Wrong amount LO-INV-34161",
     "Dumela,\n\nYour invoice LO-INV-34161 says 1,499 but my card was charged much more after conversion, this is the wrong amount. "
     "I want it corrected and refunded. If I do not hear back by Friday I will dispute the transaction with my bank.\n\n"
     "Lerato Mothibeli\nMaluti Guest House, Maseru",
     (2025, 9, 29, 18, 45), CAT)], [R("escalate")], rules=["C4"],
     spec="A payment-dispute threat: escalate (C4), whatever L5 would also say.")

cust("vramdin@intnet.mu", "Vikash Ramdin", "monthly", start="2025-09-29", end="2025-10-28")
lopay("en_p21", "LO-INV-34171", "vramdin@intnet.mu", "monthly", *Mo, "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
lopay("en_p22", "LO-INV-34172", "vramdin@intnet.mu", "monthly", *Mo, "2025-09-29T10:03:00", "2025-09-29", "2025-10-28")
case("l17-mauritius-no-chargeback", LOB, "decided", [M("Vikash Ramdin <vramdin@intnet.mu>",
     "Paid two times for monthly plan",
     "Good afternoon,\n\nI was charged two times today for the monthly plan, LO-INV-34171 and LO-INV-34172. The agent at my bank told me "
     "to just do a chargeback but I don't want to go that way, I prefer to settle it with you directly. Please refund the second one.\n\n"
     "Best regards,\nVikash Ramdin\nRamdin Hardware, Quatre Bornes",
     (2025, 9, 29, 14, 30), MU)], [R("approve", "1499.00")],
     spec="The chargeback is ruled out (sec.8 negation), no C4; L4 pair 2025-09-29, request same day: refund LO-INV-34172 1499.00.")

cust("mc.hoareau@seychelles.sc", "Marie-Claire Hoareau", "monthly", start="2025-09-17", end="2025-10-16")
lopay("en_p23", "LO-INV-34181", "mc.hoareau@seychelles.sc", "monthly", *Mo, "2025-09-17T12:00:00", "2025-09-17", "2025-10-16")
case("l18-mahe-statutory-cancel", LOB, "decided", [M("Marie-Claire Hoareau <mc.hoareau@seychelles.sc>",
     "Cancel my plan",
     "Hello,\n\nPlease cancel the monthly plan for our guesthouse, the season is finished and we will not use it until next year. "
     "I have read your terms, and I remind you that I know my statutory rights as a consumer, so I expect this to be done properly "
     "with no more charges.\n\nMarie-Claire Hoareau\nAnse Royale, Mahe",
     (2025, 9, 28, 16, 0), MU)], [X("escalate")], rules=["C4"],
     spec="Mention of statutory rights: C4 covers the whole case, the cancellation is escalated (sec.8).")

cust("noraini@bruneiseafood.com.bn", "Noraini Haji Ahmad", "annual")
lopay("en_p24", "LO-INV-34191", "noraini@bruneiseafood.com.bn", "annual", *A, "2025-02-20T10:00:00")
case("l19-brunei-formal-cancel-fallback", LOB, "decided", [M("Hjh Noraini <noraini@bruneiseafood.com.bn>",
     "Termination of Subscription",
     "Assalamualaikum and good day,\n\nWith reference to the above matter, we wish to terminate our annual subscription with "
     "LeadsOptima as our company is undergoing restructuring and the marketing unit will be merged with our parent company.\n\n"
     "We thank you for your service.\n\nYours faithfully,\nHjh Noraini binti Haji Ahmad\nAdmin & Finance, Brunei Seafood Sdn Bhd\nBandar Seri Begawan",
     (2025, 9, 29, 9, 0), BN)], [X("cancel", "2026-02-19")],
     spec="No period in the ledger: L8 fallback, annual charge 2025-02-20 + 12 months - 1 day = 2026-02-19.")

cust("alvaro@menendezolivos.es", "Álvaro Menéndez", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p25", "LO-INV-34201", "alvaro@menendezolivos.es", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("en_p26", "LO-INV-34202", "alvaro@menendezolivos.es", "monthly", *Mo, "2025-09-23T10:00:00", "2025-09-20", "2025-10-19")
lopay("en_p27", "LO-INV-34203", "alvaro@menendezolivos.es", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-20", "2025-10-19")
case("l20-jaen-three-charges", LOB, "decided", [M("Álvaro Menéndez <alvaro@menendezolivos.es>",
     "Three times charged the same month!!",
     "Hello,\n\nI write you because in my card appear three charges of your monthly plan for the same month, the day 20, the day 23 "
     "and the day 26 of september (invoices LO-INV-34201, LO-INV-34202, LO-INV-34203). I think the system has a problem with the "
     "renewal. Please can you return me the two extra charges.\n\nThank you very much,\nÁlvaro Menéndez\nMenéndez Olivos S.L., Jaén",
     (2025, 9, 29, 10, 0), CEST)], [R("approve", "2998.00")],
     spec="Three identical charges, same period: 09-23 and 09-26 are duplicates; request 2025-09-29 13:30 IST: day 6 and day 3, both inside: 2 x 1499.00 = 2998.00 (sec.8).")

cust("giulia@ferraresiviaggi.it", "Giulia Ferraresi", "annual", start="2025-09-25", end="2026-09-24")
lopay("en_p28", "LO-INV-34211", "giulia@ferraresiviaggi.it", "annual", *A, "2025-09-25T15:00:00", "2025-09-25", "2026-09-24")
case("l21-bologna-not-loading", LOB, "decided", [M("Giulia Ferraresi <giulia@ferraresiviaggi.it>",
     "Platform don't load - annual subscription",
     "Good evening,\n\nwe have bought the annual plan three days ago but since the payment the platform is not loading, we see only "
     "the spinning wheel, from the office and also from home. Your chat says to write here. For us it is not possible to work like this, "
     "we ask the refund of the subscription.\n\nBest regards\nGiulia Ferraresi\nFerraresi Viaggi, Bologna\n\n"
     "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.",
     (2025, 9, 28, 18, 0), CEST)], [R("escalate")],
     spec="Access failure from the registered email, one charge on record (LO-INV-34211, 09-25) fills the invoice; request 09-28 21:30 IST, day 3: escalate (L6).")

cust("n.papadakis@otenet.gr", "Nikos Papadakis", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p29", "LO-INV-34221", "n.papadakis@otenet.gr", "monthly", *Mo, "2025-09-28T12:00:00", "2025-09-28", "2025-10-27")
case("l22-heraklion-changed-mind", LOB, "decided", [M("Nikos Papadakis <n.papadakis@otenet.gr>",
     "Refund LO-INV-34221",
     "Dear sirs,\n\nYesterday I payed the monthly plan but after discussion with my partner we decided to stay with our old system "
     "for the booking of the rooms. We did not use anything. Please make refund of LO-INV-34221.\n\nThank you\nNikos Papadakis\nAmmoudara Rooms, Heraklion",
     (2025, 9, 29, 11, 30), EEST)], [R("deny")],
     spec="Changed mind / not used is not an L2 exception: deny (L1), cancellation offered.")

cust("zsofia.kovacs@t-online.hu", "Kovács Zsófia", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("en_p30", "LO-INV-34231", "zsofia.kovacs@t-online.hu", "quarterly", *Q, "2025-06-26T10:00:00", "2025-06-26", "2025-09-25")
lopay("en_p31", "LO-INV-34232", "zsofia.kovacs@t-online.hu", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
case("l23-budapest-wrong-amount-no-invoice", LOB, "need_info", [M("Kovács Zsófia <zsofia.kovacs@t-online.hu>",
     "wrong amount",
     "Dear Support,\n\nI must inform you that on our card statement the sum for the quarterly subscription is not the sum we agreed "
     "with your sales colleague, it is a wrong amount. Please check and refund the difference.\n\nWith kind regards,\nKovács Zsófia\nbookkeeper, Duna Print Kft.",
     (2025, 9, 29, 9, 20), CEST)], missing=["invoice_number"],
     spec="Billing error from the registered email, but the account has two charges and none is named: ask for the invoice number (C3).")

cust("tomas.vondracek@seznam.cz", "Tomáš Vondráček", "monthly", start="2025-09-29", end="2025-10-28")
lopay("en_p32", "LO-INV-34241", "tomas.vondracek@seznam.cz", "monthly", *Mo, "2025-08-29T10:00:00", "2025-08-29", "2025-09-28")
lopay("en_p33", "LO-INV-34242", "tomas.vondracek@seznam.cz", "monthly", *Mo, "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
case("l24-brno-thread-invoice", LOB, "decided", [
    M("Tomáš Vondráček <tomas.vondracek@seznam.cz>", "Charged for wrong plan",
      "Hello,\n\nI am on the monthly plan but yesterday you charged me like for some other plan, the sum on the bank is not the monthly "
      "sum. This is billing error. Please refund.\n\nTomas Vondracek",
      (2025, 9, 30, 8, 10), CEST),
    M("Tomáš Vondráček <tomas.vondracek@seznam.cz>", "Re: Charged for wrong plan",
      "Hello, the invoice is LO-INV-34242 (from 29.9.). Thank you.\n\nTomas\n\n> On 30. 9. 2025 8:10, Tomáš Vondráček wrote:\n> I am on the monthly plan but yesterday you charged me",
      (2025, 9, 30, 17, 0), CEST)], [R("escalate")],
     spec="Thread: first mail lacks the invoice (two charges on record); the answer names LO-INV-34242 (2025-09-29); request time 09-30 11:40 IST day 1: billing error, escalate (L5).")

cust("rita.doyle@verizon.net", "Rita Doyle", "monthly", start="2025-09-19", end="2025-10-18")
lopay("en_p34", "LO-INV-34251", "rita.doyle@verizon.net", "monthly", *Mo, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
case("l25-fishtown-carer-c2", LOB, "need_info", [M("Karen Doyle <karen.doyle1962@gmail.com>",
     "My mother's account - please cancel",
     "Hello,\n\nI'm writing on behalf of my mother, Rita Doyle, who is 84 and has moved in with us after a fall. She signed up for your "
     "monthly plan for her little alterations business, which she has now closed. Her account email is rita.doyle@verizon.net but she "
     "can't manage email anymore. Please cancel it and let me know what she owes, if anything.\n\nThank you,\nKaren Doyle (daughter)\nFishtown, Philadelphia",
     (2025, 9, 27, 13, 0), EDT)], rules=["C2"],
     spec="A carer writes from her own address naming her mother's registered email: C2, ask for the request from rita.doyle@verizon.net; nothing about the account.")

cust("treasurer@lakecountryfoodshelf.org", "Lake Country Food Shelf", "annual", start="2025-01-15", end="2026-01-14")
lopay("en_p35", "LO-INV-34261", "treasurer@lakecountryfoodshelf.org", "annual", *A, "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")
case("l26-duluth-charity-trustee", LOB, "decided", [M("Lake Country Food Shelf <treasurer@lakecountryfoodshelf.org>",
     "Board decision - cancel annual subscription",
     "Hello,\n\nI'm the volunteer treasurer and a trustee of the Lake Country Food Shelf. At our September board meeting the board "
     "voted to cut all software spending that isn't directly tied to food distribution, so we need to cancel our LeadsOptima annual "
     "plan. We understand it runs through the end of the term we paid for; please just make sure it does not renew in January.\n\n"
     "Respectfully,\nBarb Nyquist\nTreasurer, Lake Country Food Shelf (a 501(c)(3) nonprofit), Duluth MN",
     (2025, 9, 24, 19, 30), CDT)], [X("cancel", "2026-01-14")],
     spec="Cancellation with a reason (board budget cut): active until current_period_end 2026-01-14 (L8).")

cust("bursar@staidansprep.org.uk", "St Aidan's Prep", "annual", start="2025-09-26", end="2026-09-25")
lopay("en_p36", "LO-INV-34271", "bursar@staidansprep.org.uk", "annual", *A, "2025-09-26T11:00:00", "2025-09-26", "2026-09-25")
lopay("en_p37", "LO-INV-34272", "bursar@staidansprep.org.uk", "annual", *A, "2025-09-26T11:04:00", "2025-09-26", "2026-09-25")
case("l27-gosforth-bursar-html", LOB, "decided", [M("School Bursar <bursar@staidansprep.org.uk>",
     "Duplicate payment - annual subscription - LO-INV-34272",
     None, (2025, 9, 30, 10, 15), BST,
     html="<html><body><div style='font-family:Calibri'><p>Dear LeadsOptima,</p><p>On reconciling the school's September card statement "
          "I find that our annual subscription was paid twice on 26/09/2025 (LO-INV-34271 and LO-INV-34272), each for "
          "INR 11,988.00 plus GST. Please refund the duplicate payment, LO-INV-34272, to the school card.</p>"
          "<p>Yours faithfully,</p><p><b>Mrs J. Armstrong</b><br>School Bursar<br>St Aidan's Preparatory School, Gosforth, Newcastle upon Tyne</p>"
          "<p style='font-size:8pt;color:grey'>This email and any attachments are confidential and intended solely for the addressee. "
          "If you have received it in error please notify the sender and delete it. St Aidan's Preparatory School is a registered charity.</p>"
          "</div></body></html>")], [R("approve", "11988.00")],
     spec="HTML-only mail; L4 pair 2025-09-26, request 09-30 (day 4): refund LO-INV-34272 11988.00 before tax.")

cust("frontdesk@magnoliainnbr.com", "Magnolia Inn", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p38", "LO-INV-34281", "frontdesk@magnoliainnbr.com", "monthly", *Mo, "2025-09-27T20:00:00", "2025-09-27", "2025-10-26")
case("l28-batonrouge-night-manager", LOB, "decided", [M("Magnolia Inn Front Desk <frontdesk@magnoliainnbr.com>",
     "Locked out of dashboard",
     "Hi, night manager at the Magnolia Inn here (Ray). It's 3 in the morning and I'm trying to pull the leads report the GM wants "
     "for 7am and the dashboard will not let us log in, says \"account not provisioned\". Been like that since we paid Saturday. "
     "GM says we want the money back for this month since we can't use the thing. Is there a phone number?\n\nRay Guidry\nNight Manager, Magnolia Inn, Baton Rouge",
     (2025, 9, 30, 3, 10), CDT)], [R("escalate")],
     spec="Access failure from the registered email, one charge (LO-INV-34281, 2025-09-27); request 09-30 13:40 IST day 3: escalate (L6); the phone question adds nothing.")

case("l29-wi-out-of-office", LOB, "ignore", [M("Kurt Schaller <kschaller@chorus.net>",
     "Automatic reply: Re: Billed after cancelling?? [LO-4127]",
     "I'm out at the Green Bay cheese fair until October 6th with limited email. For orders call the shop.\n\nKurt",
     (2025, 9, 28, 14, 1), CDT, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")

case("l30-bounce", LOB, "ignore", [M("Mail Delivery System <MAILER-DAEMON@mx.lusfiber.net>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx.lusfiber.net.\n\nI'm sorry to have to inform you that your message could not be delivered "
     "to one or more recipients.\n\n<clement.t@lusfiber.net>: host mx.lusfiber.net said: 550 5.1.1 User unknown\n",
     (2025, 9, 28, 7, 0), CDT)], rules=["C7"],
     spec="MAILER-DAEMON sender, a bounce: ignore (C7).")

case("l31-chamber-newsletter", LOB, "ignore", [M("Greater New Orleans Small Business Council <news@gnosbc.org>",
     "October mixer + refund your unused booth fee",
     "Members: join us Oct 9 at the Warehouse District. Vendors who cancel their booth by Oct 1 get a full refund of the booth fee.\n\nTo unsubscribe click here.",
     (2025, 9, 29, 9, 0), CDT, hdr={"List-Id": "GNOSBC members <members.gnosbc.org>", "Precedence": "bulk"})], rules=["C7"],
     spec="List-Id and Precedence: bulk: a mailing list, ignore (C7) although it says 'cancel' and 'refund'.")

cust("jackie.kenwright@talktalk.net", "Jackie Kenwright", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p39", "LO-INV-34321", "jackie.kenwright@talktalk.net", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l32-anfield-no-refund-just-cancel", LOB, "decided", [M("Jackie Kenwright <jackie.kenwright@talktalk.net>",
     "cancel please",
     "Hiya, I'm not looking for a refund or anything, I know it's paid for the month. Just cancel the monthly at the end please, "
     "the salon's going quiet for winter. Ta x\n\nJackie\nKenwright Hair, Anfield",
     (2025, 9, 29, 11, 45), BST)], [X("cancel", "2025-10-19")],
     spec="The refund is negated (sec.8): only the cancellation, active until current_period_end 2025-10-19 (L8).")

cust("mcallahan@southiebuilders.com", "Mike Callahan", "quarterly", start="2025-07-01", end="2025-09-30")
lopay("en_p40", "LO-INV-34331", "mcallahan@southiebuilders.com", "quarterly", *Q, "2025-07-01T10:00:00", "2025-07-01", "2025-09-30")
case("l33-southie-thanks-past", LOB, "other", [M("Mike Callahan <mcallahan@southiebuilders.com>",
     "Re: your refund",
     "Hey, just wanted to say thanks to whoever sorted out that double charge for us back in July, the money showed up fine. "
     "Appreciate it.\n\nMike\nSouthie Builders",
     (2025, 9, 26, 12, 0), EDT)],
     spec="Thanks for a past refund, nothing asked: other.")

cust("compta@gatineauflooring.ca", "Gatineau Flooring", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p41", "LO-INV-34341", "compta@gatineauflooring.ca", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l34-hull-no-reason", LOB, "need_info", [M("Accounting - Gatineau Flooring <compta@gatineauflooring.ca>",
     "Refund request LO-INV-34341",
     "Hello,\n\nPlease refund invoice LO-INV-34341 to our Visa.\n\nThank you / Merci\n\n--\nDenise Lafrance\nComptabilité / Accounting\n"
     "Gatineau Flooring Inc.\n\nCe courriel est confidentiel. This email is confidential.",
     (2025, 9, 29, 14, 0), EDT)], missing=["reason"],
     spec="Only the request, sign-off, signature and a confidentiality line: no reason (sec.8); plan from the ledger, invoice given: ask for the reason (C3).")

cust("dale@supperclubsauk.com", "Dale Brandt", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p42", "LO-INV-34351", "dale@supperclubsauk.com", "monthly", *Mo, "2025-09-28T07:30:00", "2025-09-28", "2025-10-27")
lopay("en_p43", "LO-INV-34352", "dale@supperclubsauk.com", "monthly", *Mo, "2025-09-28T07:31:00", "2025-09-28", "2025-10-27")
case("l35-sauk-dup-and-cancel", LOB, "decided", [M("Dale Brandt <dale@supperclubsauk.com>",
     "two things",
     "Hi there,\n\nTwo things. First, you charged the card twice Saturday night for the monthly (LO-INV-34351 and LO-INV-34352), "
     "please refund the extra one. Second, we're closing the supper club for the season after the Friday fish fry on the 24th of "
     "October, so cancel the plan too, we won't need it over the winter.\n\nThanks, Dale\nThe Pines Supper Club, Sauk Centre",
     (2025, 9, 29, 16, 0), CDT)], [R("approve", "1499.00"), X("cancel", "2025-10-27")],
     spec="Refund: L4 pair 2025-09-28 07:30 IST (= Saturday 21:00 CDT), request 09-30 02:30 IST (day 2): 1499.00 (LO-INV-34352). Cancel: active until current_period_end 2025-10-27 (L8).")

cust("office@rocksidecharters.gi", "Rockside Charters", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("en_p44", "LO-INV-34361", "office@rocksidecharters.gi", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
case("l36-gib-gst-question", LOB, "other", [M("Rockside Charters <office@rocksidecharters.gi>",
     "Invoice copy with GST",
     "Hi,\n\nOur accountant in Gib needs a copy of invoice LO-INV-34361 showing the tax separately for our year-end accounts. "
     "Could you resend it as a PDF? Nothing wrong with the charge.\n\nThanks\nSandra\nRockside Charters",
     (2025, 9, 29, 12, 0), CEST)],
     spec="A request for an invoice copy, neither refund nor cancellation: other.")

cust("nils@hauglandfeed.com", "Nils Haugland", "monthly", start="2025-09-12", end="2025-10-11")
lopay("en_p51", "LO-INV-34371", "nils@hauglandfeed.com", "monthly", *Mo, "2025-09-12T19:00:00", "2025-09-12", "2025-10-11")
case("l37-stoughton-plus-tag-c2", LOB, "need_info", [M("Nils Haugland <nils+leads@hauglandfeed.com>",
     "Cancel my monthly",
     "Hi, cancel my monthly please, account is nils@hauglandfeed.com. We're going back to the paper order book, the software was "
     "too much for the counter staff.\n\nNils\nHaugland Feed & Seed, Stoughton WI",
     (2025, 9, 29, 9, 0), CDT)], rules=["C2"],
     spec="nils+leads@ is another address than the registered nils@hauglandfeed.com (sec.8): C2, ask for the request from the registered address.")

cust("jmoffat@moffatandsons.co.uk", "Jim Moffat Joinery", "annual", start="2025-09-24", end="2026-09-23")
lopay("en_p45", "LO-INV-34381", "jmoffat@moffatandsons.co.uk", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
case("l38-partick-replyto-c2", LOB, "need_info", [M("Jim Moffat <jimbo.moffat@gmail.com>",
     "wrong plan charged",
     "Hullo,\n\nYous have charged us for the annual when I ticked monthly. That's a billing error. Refund it and put us on the monthly.\n"
     "Account email is jmoffat@moffatandsons.co.uk, reply to that one.\n\nJim\nMoffat & Sons Joinery, Partick",
     (2025, 9, 27, 10, 0), BST, hdr={"Reply-To": "jmoffat@moffatandsons.co.uk"})], rules=["C2"],
     spec="From a gmail address naming the registered one; Reply-To never verifies (sec.8): C2.")

cust("tconnolly@backbayframing.com", "Tom Connolly", "monthly", start="2025-09-03", end="2025-10-02")
lopay("en_p46", "LO-INV-34391", "tconnolly@backbayframing.com", "monthly", *Mo, "2025-09-03T10:00:00", "2025-09-03", "2025-10-02")
case("l39-backbay-wrong-plan-late", LOB, "decided", [M("Tom Connolly <tconnolly@backbayframing.com>",
     "billing error on 9/3 invoice",
     "Hi,\n\nGoing through September's books and I see you charged us on 9/3 (LO-INV-34391) at a rate that is not what we were "
     "quoted. That's a billing error on your end. Please refund it.\n\nTom Connolly\nBack Bay Framing",
     (2025, 9, 29, 15, 0), EDT)], [R("deny")],
     spec="Billing error, but charge 2025-09-03 and request 2025-09-30 00:30 IST is day 27: outside L3, deny.")

cust("arne.lindqvist@brainerdbait.net", "Lindqvist Bait North", "quarterly", start="2025-09-29", end="2025-12-28")
lopay("en_p47", "LO-INV-34401", "arne.lindqvist@brainerdbait.net", "quarterly", *Q, "2025-09-29T21:00:00", "2025-09-29", "2025-12-28")
lopay("en_p48", "LO-INV-34402", "arne.lindqvist@brainerdbait.net", "quarterly", *Q, "2025-09-29T21:00:45", "2025-09-29", "2025-12-28")
case("l40-minnesota-yesterday", LOB, "decided", [M("Lindqvist Bait North <arne.lindqvist@brainerdbait.net>",
     "Re: Payment received",
     "Hi again, it's Arne from the north store this time. Yesterday morning you charged the quarterly for this store two times "
     "(34401 and 34402 on the receipts, LO-INV-34402 is the second). Please send back the second one, same as last time.\n\nArne\n\n"
     "> Thank you for your payment of INR 3,999.00 for the Quarterly plan.",
     (2025, 9, 30, 20, 0), CDT)], [R("approve", "3999.00")],
     spec="Charges 2025-09-29 21:00 IST (= 10:30 his time, 'yesterday morning'); request 10-01 06:30 IST, day 2; L4 pair: refund LO-INV-34402 3999.00.")

cust("pops.harlan@bellsouth.net", "Harlan Bickham", "monthly", start="2025-09-18", end="2025-10-17")
lopay("en_p49", "LO-INV-34411", "pops.harlan@bellsouth.net", "monthly", *Mo, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l41-hattiesburg-daughter-on-dads", LOB, "decided", [M("Harlan Bickham <pops.harlan@bellsouth.net>",
     "for Daddy's account",
     "Hello, this is Darlene, Harlan's daughter, writing on Daddy's own email since I have his passwords now. He went into the "
     "nursing home in Hattiesburg last week and won't be using the computer no more. Please cancel his monthly, and refund what's "
     "left of this month since he won't use it.\n\nThank you kindly,\nDarlene (for Harlan Bickham)",
     (2025, 9, 26, 17, 30), CDT)], [R("deny"), X("cancel", "2025-10-17")],
     spec="Written from the registered address (C2 satisfied). Unused days are no L2 exception: refund deny (L1); cancel, active until 2025-10-17 (L8).")

cust("ewan.grant@grantdistillers.co.uk", "Ewan Grant", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p50", "LO-INV-34421", "ewan.grant@grantdistillers.co.uk", "monthly", *Mo, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l42-aberdeen-solicitor-consumer-rights", LOB, "decided", [M("Ewan Grant <ewan.grant@grantdistillers.co.uk>",
     "No access - refund LO-INV-34421",
     "Sirs,\n\nSince paying on Saturday we have had no access to the platform whatsoever. I have spoken with our solicitor, who "
     "advises that under the Consumer Rights Act a service not provided must be refunded. Kindly refund LO-INV-34421 forthwith.\n\n"
     "E. Grant\nDirector, Grant Distillers Ltd, Aberdeen",
     (2025, 9, 29, 10, 30), BST)], [R("escalate")], rules=["C4"],
     spec="Mention of a solicitor and statutory consumer rights: C4 escalate (the access failure would also be escalated, L6).")

# ======================= Optima WebDesign =======================
proj("Bayou Boil Catering", "owner@bayouboil.com", None)
owpay("en_w01", "OWD-2025-341", "Bayou Boil Catering", "deposit", "25000.00", "4500.00", "2025-09-27T18:00:00")
case("o01-lafayette-deposit-38h", OWB, "decided", [M("Bayou Boil Catering <owner@bayouboil.com>",
     "Refund Request — Bayou Boil Catering / OWD-2025-341",
     "Hey folks,\n\nWe lost the lease on the commissary kitchen Saturday so the catering business is on hold, no point building a "
     "website right now. Please refund the deposit on OWD-2025-341 (project Bayou Boil Catering). Nobody's started anything I know of.\n\n"
     "Thanks,\nRenee Broussard\nBayou Boil Catering",
     (2025, 9, 28, 22, 0), CDT)], [R("approve", "25000.00")],
     spec="Deposit paid 2025-09-27 18:00 IST; request 09-29 08:30 IST = 38.5 h, no work: full refund 25000.00 before tax (O2).")

proj("North Shore Kayak Tours", "info@northshorekayak.com", None)
owpay("en_w02", "OWD-2025-342", "North Shore Kayak Tours", "deposit", "20000.00", "3600.00", "2025-09-25T20:30:00")
case("o02-duluth-deposit-exact-72h", OWB, "decided", [M("North Shore Kayak Tours <info@northshorekayak.com>",
     "deposit refund - North Shore Kayak Tours",
     "Good morning,\n\nWe've decided to hold off on the new site until spring because the season ended early with the smoke. Please "
     "refund the booking deposit, invoice OWD-2025-342 for North Shore Kayak Tours. I believe we're still inside your 72 hours.\n\n"
     "Thanks,\nKari Halvorsen",
     (2025, 9, 28, 10, 0), CDT)], [R("deny")],
     spec="Paid 2025-09-25 20:30 IST; request 09-28 10:00 CDT = 20:30 IST: exactly 72 hours is not before 72 h (sec.8): deny (O2).")

proj("Beacon Hill Dental", "office@beaconhilldental.com", "2025-09-29T11:00:00")
owpay("en_w03", "OWD-2025-343", "Beacon Hill Dental", "deposit", "30000.00", "5400.00", "2025-09-28T10:00:00")
case("o03-boston-deposit-work-started", OWB, "decided", [M("Beacon Hill Dental <office@beaconhilldental.com>",
     "Refund Request — OWD-2025-343",
     "Hello,\n\nDr. Whitcomb has decided to go with the hospital group's web team after all, so please refund our deposit for the "
     "Beacon Hill Dental project (OWD-2025-343). It has only been a day and a half.\n\nThank you,\nMaureen Costello\nPractice Manager",
     (2025, 9, 29, 20, 0), EDT)], [R("deny")],
     spec="Request 09-30 05:30 IST (43.5 h) but work started 09-29 11:00 IST: 'whichever occurs first', deny (O2).")

proj("Manayunk Brewing Co", "ops@manayunkbrewing.com", None)
owpay("en_w04", "OWD-2025-344", "Manayunk Brewing Co", "discovery", "15000.00", "2700.00", "2025-09-20T12:00:00")
case("o04-philly-discovery-not-started", OWB, "decided", [M("Manayunk Brewing Co <ops@manayunkbrewing.com>",
     "Discovery fee refund",
     "Hi,\n\nWe paid the discovery/strategy fee (OWD-2025-344) for the Manayunk Brewing Co project on the 20th but nobody ever scheduled "
     "the kickoff session and now our owner has pulled the budget. Since nothing has happened yet, please refund it.\n\nBrian Kowalczyk\nOperations",
     (2025, 9, 29, 14, 0), EDT)], [R("approve", "15000.00")],
     spec="Discovery fee, no session or deliverable started (work_started_at empty): full refund 15000.00 before tax (O1).")

proj("Clyde Tattoo Studio", "bookings@clydetattoo.co.uk", "2025-09-22T15:00:00")
owpay("en_w05", "OWD-2025-345", "Clyde Tattoo Studio", "discovery", "12000.00", "2160.00", "2025-09-19T10:00:00")
case("o05-glasgow-discovery-started", OWB, "decided", [M("Clyde Tattoo Studio <bookings@clydetattoo.co.uk>",
     "refund discovery OWD-2025-345",
     "Hiya, we had the first workshop call last Monday but honestly it wisnae what we expected, your guy kept talking about funnels. "
     "Want the discovery money back for Clyde Tattoo Studio please, invoice OWD-2025-345.\n\nCheers\nMhairi",
     (2025, 9, 29, 13, 0), BST)], [R("deny")],
     spec="Discovery session started 2025-09-22 (before the request): non-refundable (O1), deny.")

proj("Dee Valley Lodges", "admin@deevalleylodges.co.uk", "2025-09-01T10:00:00")
owpay("en_w06", "OWD-2025-346", "Dee Valley Lodges", "milestone", "30000.00", "5400.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o06-banchory-milestone-not-started", OWB, "decided", [M("Dee Valley Lodges <admin@deevalleylodges.co.uk>",
     "Refund Request — Dee Valley Lodges / OWD-2025-346",
     "Good afternoon,\n\nWe have decided to drop the online booking module (milestone 3, invoice OWD-2025-346) from the Dee Valley "
     "Lodges project, as our channel manager now does bookings. As I understand it no work has begun on it. Please refund that milestone.\n\n"
     "Kind regards,\nCatriona Ross\nDee Valley Lodges, Banchory",
     (2025, 9, 29, 14, 0), BST)], [R("approve", "30000.00")],
     spec="Milestone not_started: refund its amount 30000.00 before tax (O3).")

proj("Kop End Barbers", "kopendbarbers@outlook.com", "2025-09-05T10:00:00")
owpay("en_w07", "OWD-2025-347", "Kop End Barbers", "milestone", "18000.00", "3240.00", "2025-09-15T10:00:00", milestone_status="in_progress")
case("o07-liverpool-milestone-in-progress", OWB, "decided", [M("Kop End Barbers <kopendbarbers@outlook.com>",
     "refund milestone 2",
     "Alright lads,\n\nThe booking page (milestone 2, OWD-2025-347) for Kop End Barbers is taking forever and half of it doesn't work "
     "on my phone. I want the money back for that bit, we'll just use the booking app link we had before.\n\nDanny",
     (2025, 9, 28, 12, 0), BST)], [R("escalate")],
     spec="Milestone in_progress: the value of work not started needs a person (O3): escalate.")

proj("Quayside Vintage", "hello@quaysidevintage.co.uk", "2025-08-20T10:00:00")
owpay("en_w08", "OWD-2025-348", "Quayside Vintage", "milestone", "22000.00", "3960.00", "2025-09-10T10:00:00", milestone_status="approved")
case("o08-newcastle-milestone-approved", OWB, "decided", [M("Quayside Vintage <hello@quaysidevintage.co.uk>",
     "Refund Request — Quayside Vintage / OWD-2025-348",
     "Hi,\n\nI signed off the homepage design (OWD-2025-348) a couple of weeks ago but now I've had it up for a bit I don't like it, "
     "the colours are too dark. Can I get a refund for that milestone?\n\nLaura\nQuayside Vintage",
     (2025, 9, 29, 16, 0), BST)], [R("deny")],
     spec="Milestone approved by the client: non-refundable (O3/O6), deny.")

proj("Plateau Yoga Collective", "studio@plateauyoga.ca", "2025-06-01T10:00:00")
owpay("en_w09", "OWD-2025-349", "Plateau Yoga Collective", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15", period_end="2025-10-14")
case("o09-montreal-retainer-notice-ok", OWB, "decided", [M("Plateau Yoga Collective <studio@plateauyoga.ca>",
     "Cancel monthly care plan - Plateau Yoga Collective",
     "Hi Optima team,\n\nWe're moving the studio website onto the booking platform's own builder, so we'd like to end the monthly "
     "maintenance retainer for Plateau Yoga Collective (last invoice OWD-2025-349). Please stop it before the next billing.\n\n"
     "Merci!\nGeneviève & Sarah",
     (2025, 9, 29, 10, 0), EDT)], [X("cancel", "2025-10-14")],
     spec="Retainer, next_billing_at 2025-10-15; request 2025-09-29 IST <= 10-08: notice >= 7 days, cancel effective 2025-10-14 (O4/O8).")

proj("Main Street Chandlery", "accounts@mainstreetchandlery.gi", "2025-05-01T10:00:00")
owpay("en_w10", "OWD-2025-350", "Main Street Chandlery", "retainer", "6000.00", "1080.00", "2025-09-04T10:00:00",
      next_billing_at="2025-10-04T00:00:00", period_start="2025-09-04", period_end="2025-10-03")
case("o10-gibraltar-retainer-short-notice", OWB, "decided", [M("Main Street Chandlery <accounts@mainstreetchandlery.gi>",
     "Cancellation - Main Street Chandlery retainer OWD-2025-350",
     "Dear Optima,\n\nThe owners are retiring and the shop will close at the end of the year, so we wish to cancel the monthly "
     "retainer for the Main Street Chandlery website (invoice OWD-2025-350) with immediate effect.\n\nRegards,\nPaul Caruana\nAccounts",
     (2025, 9, 30, 11, 0), CEST)], [X("cancel", "2025-11-03")],
     spec="Next billing 2025-10-04; request 09-30 IST is after 09-27 (less than 7 days): the next cycle 10-04..11-03 is billed, effective 2025-11-03 (O4).")

proj("Nile Star Logistics", "admin@nilestarlogistics.com", "2025-04-01T10:00:00")
owpay("en_w11", "OWD-2025-351", "Nile Star Logistics", "retainer", "10000.00", "1800.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15", period_end="2025-10-14")
owpay("en_w12", "OWD-2025-352", "Nile Star Logistics", "retainer", "10000.00", "1800.00", "2025-09-15T10:05:00",
      next_billing_at="2025-11-15T00:00:00", period_start="2025-10-15", period_end="2025-11-14")
case("o11-khartoum-retainer-prepaid", OWB, "decided", [M("Nile Star Logistics <admin@nilestarlogistics.com>",
     "Cancellation of website support retainer",
     "Dear Sir/Madam,\n\nDue to the present situation our head office is relocating from Khartoum to Port Sudan and the website "
     "support will be handled by our group IT. Therefore we request to cancel the support retainer for project Nile Star Logistics. "
     "Please note we paid two months together in September (invoices OWD-2025-351 and OWD-2025-352).\n\nBest regards,\nHiba Abdelrahman\nAdministration Manager",
     (2025, 9, 28, 10, 0), CAT)], [X("escalate")],
     spec="Next cycle 10-15..11-14 already paid (OWD-2025-352) and notice >= 7 days (09-28 <= 10-08): escalate (sec.8, O4).")

proj("Lake Malawi Eco Lodge", "bookings@lakemalawiecolodge.mw", "2025-08-01T10:00:00")
owpay("en_w13", "OWD-2025-353", "Lake Malawi Eco Lodge", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
      setup_fee="2400.00", service_start="2025-09-22")
case("o12-malawi-hosting-day8", OWB, "decided", [M("Lake Malawi Eco Lodge <bookings@lakemalawiecolodge.mw>",
     "Refund Request — Lake Malawi Eco Lodge / OWD-2025-353",
     "Good day,\n\nOur booking agent in Blantyre has offered us hosting included in their package, so we no longer need the annual "
     "hosting plan we bought for the Lake Malawi Eco Lodge website (OWD-2025-353). Kindly cancel it and refund what is refundable.\n\n"
     "Kind regards,\nThoko Mwale\nLodge Manager, Cape Maclear",
     (2025, 9, 30, 9, 0), CAT)], [R("approve", "14300.00")], extra_ok=True,
     spec="Hosting started 2025-09-22, request 09-30 (day 8 <= 14): 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00 (O5); the ended plan may add a cancellation (extra_ok).")

proj("Roma Highlands Trekking", "info@romahighlandstrek.co.ls", "2025-08-15T10:00:00")
owpay("en_w14", "OWD-2025-354", "Roma Highlands Trekking", "maintenance_annual", "14400.00", "2592.00", "2025-09-10T10:00:00",
      setup_fee="0.00", service_start="2025-09-10")
case("o13-lesotho-maintenance-late", OWB, "decided", [M("Roma Highlands Trekking <info@romahighlandstrek.co.ls>",
     "Refund of maintenance plan OWD-2025-354",
     "Hello,\n\nWe paid for the annual maintenance of the Roma Highlands Trekking website on 10 September. My brother has learned to "
     "update the site himself so we do not need it. Please refund.\n\nKhotso Lebona",
     (2025, 9, 29, 12, 0), CAT)], [R("deny")],
     spec="Maintenance started 2025-09-10, request 09-29 (day 19 > 14): deny (O5).")

proj("Grand Baie Dive Centre", "dive@grandbaiedive.mu", None)
owpay("en_w15", "OWD-2025-355", "Grand Baie Dive Centre", "hosting_annual", "9600.00", "1728.00", "2025-09-26T10:00:00",
      setup_fee="0.00", service_start="2025-10-10")
case("o14-mauritius-hosting-before-start", OWB, "decided", [M("Grand Baie Dive Centre <dive@grandbaiedive.mu>",
     "Refund Request — Grand Baie Dive Centre / OWD-2025-355",
     "Good morning,\n\nWe paid the annual hosting (OWD-2025-355) last week for the new Grand Baie Dive Centre site, starting on 10 "
     "October. Our partner has now decided to keep the old site with the current host for one more year. Please cancel and refund.\n\n"
     "Regards,\nJean-Marc Li Ah Kim",
     (2025, 9, 30, 9, 30), MU)], [R("approve", "8800.00")], extra_ok=True,
     spec="Service not started yet (2025-10-10): consumed_months 1 (sec.8): 9600 - 0 - 800 x 1 = 8800.00 (O5).")

proj("Beau Vallon Villas", "reservations@beauvallonvillas.sc", "2025-08-10T10:00:00")
owpay("en_w16", "OWD-2025-356", "Beau Vallon Villas", "third_party", "4500.00", "810.00", "2025-09-27T10:00:00")
case("o15-seychelles-ssl", OWB, "decided", [M("Beau Vallon Villas <reservations@beauvallonvillas.sc>",
     "Refund SSL OWD-2025-356",
     "Hi,\n\nI see invoice OWD-2025-356 for an SSL certificate on the Beau Vallon Villas site. Our old host had already given us a "
     "free one, so we did not need this. Please refund it.\n\nThanks\nAnne-Sophie Pillay",
     (2025, 9, 29, 15, 0), MU)], [R("deny")],
     spec="SSL certificate is a third-party item: non-refundable (O6).")

proj("Kampong Ayer Heritage Cafe", "hello@kampongayercafe.com.bn", "2025-09-01T10:00:00")
owpay("en_w17", "OWD-2025-357", "Kampong Ayer Heritage Cafe", "rush", "7500.00", "1350.00", "2025-09-24T10:00:00")
case("o16-brunei-rush-fee", OWB, "decided", [M("Kampong Ayer Heritage Cafe <hello@kampongayercafe.com.bn>",
     "Refund of express fee - Kampong Ayer Heritage Cafe",
     "Good evening,\n\nWe paid the express delivery fee (OWD-2025-357) so the menu pages would be live before our reopening, but they "
     "were only one day earlier than the normal schedule. We feel the express fee should be returned.\n\nTerima kasih,\nAwang Hazwan",
     (2025, 9, 29, 19, 30), BN)], [R("deny")],
     spec="Expedited/rush fee: non-refundable (O6).")

proj("Taberna Los Arcos", "reservas@tabernalosarcos.es", "2025-09-10T10:00:00")
owpay("en_w18", "OWD-2025-358", "Taberna Los Arcos", "setup", "5000.00", "900.00", "2025-09-25T10:00:00")
case("o17-seville-setup-fee", OWB, "decided", [M("Taberna Los Arcos <reservas@tabernalosarcos.es>",
     "Return of activation fee",
     "Hello,\n\nFor the project Taberna Los Arcos you invoiced us an activation fee (OWD-2025-358). We think this is not correct because "
     "we only have the simple package. Please return us this money.\n\nMany thanks,\nMacarena Ruiz",
     (2025, 9, 29, 12, 0), CEST)], [R("deny")],
     spec="Setup/activation fee: non-refundable (O6).")

proj("Osteria Pane e Vino", "info@osteriapaneevino.it", "2025-08-01T10:00:00")
owpay("en_w19", "OWD-2025-359", "Osteria Pane e Vino", "change_request", "6000.00", "1080.00", "2025-09-26T10:00:00")
case("o18-verona-change-request", OWB, "decided", [M("Osteria Pane e Vino <info@osteriapaneevino.it>",
     "Refund Request — Osteria Pane e Vino / OWD-2025-359",
     "Good morning,\n\nwe asked a change of the gallery page (OWD-2025-359) but now we prefer the old version. Please can you return "
     "the money of this change, it was only few days ago.\n\nCordiali saluti,\nLuca Bernardi",
     (2025, 9, 29, 9, 0), CEST)], [R("deny")],
     spec="Change request fee: non-refundable (O6).")

proj("Aegean Sail Charters", "office@aegeansail.gr", "2025-08-25T10:00:00")
owpay("en_w20", "OWD-2025-360", "Aegean Sail Charters", "milestone", "25000.00", "4500.00", "2025-09-18T10:00:00", milestone_status="completed")
case("o19-piraeus-chargeback", OWB, "decided", [M("Aegean Sail Charters <office@aegeansail.gr>",
     "OWD-2025-360 - refund or chargeback",
     "Dear sirs,\n\nThe booking engine (OWD-2025-360) you delivered for Aegean Sail Charters does not work with our yacht calendar. "
     "I want full refund. If I do not receive it within this week I will open a chargeback with my card issuer.\n\nGiorgos Mavridis",
     (2025, 9, 29, 13, 0), EEST)], [R("escalate")], rules=["C4"],
     spec="Chargeback threat: escalate (C4), whatever O3 would say of the completed milestone.")

proj("Buda Castle Apartments", "booking@budacastleapts.hu", None)
owpay("en_w21", "OWD-2025-361", "Buda Castle Apartments", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
case("o20-budapest-c2-gmail", OWB, "need_info", [M("Kovács Péter <kovacs.peter.bp@gmail.com>",
     "Refund Request — Buda Castle Apartments / OWD-2025-361",
     "Dear Optima,\n\nI am the owner of Buda Castle Apartments. We paid the deposit OWD-2025-361 yesterday but the co-owner does not "
     "agree with the project, so we must cancel it and ask the deposit back. Contract email is booking@budacastleapts.hu.\n\nKovács Péter",
     (2025, 9, 30, 9, 0), CEST)], rules=["C2"],
     spec="Sent from a private gmail, not the contract email: C2, ask for the request from booking@budacastleapts.hu; nothing about the project.")

proj("Vltava River Cruises", "office@vltavacruises.cz", "2025-09-01T10:00:00")
owpay("en_w22", "OWD-2025-362", "Vltava River Cruises", "retainer", "9000.00", "1620.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
case("o21-prague-thunderbird-fw-c2", OWB, "need_info", [M("Jana Kubíčková <jana.kubickova@vltavacruises.cz>",
     "Fwd: cancel Optima retainer",
     "Please see the message of our director below.\n\nJana\n\n-------- Forwarded Message --------\nSubject: cancel Optima retainer\n"
     "Date: Mon, 29 Sep 2025 08:40:00 +0200\nFrom: Martin Svoboda <office@vltavacruises.cz>\nTo: Jana Kubíčková <jana.kubickova@vltavacruises.cz>\n\n"
     "Jana, write to Optima to cancel the retainer for Vltava River Cruises (OWD-2025-362), we will do the web in-house from November. "
     "The contract is on office@vltavacruises.cz.\n",
     (2025, 9, 29, 10, 0), CEST)], rules=["C2"],
     spec="Forward whose request names the contract email office@vltavacruises.cz; the sender is jana.kubickova@: C2 (sec.8 forwards).")

proj("Crescent City Jazz Brunch", "manager@crescentjazzbrunch.com", "2025-08-01T10:00:00")
proj("Crescent City Jazz Brunch Gift Shop", "manager@crescentjazzbrunch.com", "2025-08-15T10:00:00")
owpay("en_w23", "OWD-2025-363", "Crescent City Jazz Brunch", "milestone", "20000.00", "3600.00", "2025-09-20T10:00:00", milestone_status="not_started")
owpay("en_w24", "OWD-2025-364", "Crescent City Jazz Brunch Gift Shop", "milestone", "12000.00", "2160.00", "2025-09-21T10:00:00", milestone_status="not_started")
case("o22-nola-two-projects-vague", OWB, "need_info", [M("Delphine Batiste <manager@crescentjazzbrunch.com>",
     "refund for the milestone",
     "Hey y'all,\n\nThe hurricane season's been rough and we're cutting back, so please refund the milestone y'all haven't started "
     "yet. Money's tight.\n\nThanks baby,\nDelphine",
     (2025, 9, 28, 11, 0), CDT)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects, each with an unstarted milestone, and neither project nor invoice is named: ask for both (C3).")

proj("Southside Sign Co", "jobs@southsidesignco.com", "2025-06-01T10:00:00")
owpay("en_w25", "OWD-2025-365", "Southside Sign Co", "retainer", "7000.00", "1260.00", "2025-09-18T10:00:00",
      next_billing_at="2025-10-18T00:00:00", period_start="2025-09-18", period_end="2025-10-17")
case("o23-philly-cancel-no-reason", OWB, "need_info", [M("Southside Sign Co <jobs@southsidesignco.com>",
     "Cancel - Southside Sign Co - OWD-2025-365",
     "Please cancel the monthly retainer for Southside Sign Co, invoice OWD-2025-365. Thanks.\n\n--\nTony Ricci\nSouthside Sign Co | "
     "2210 S. Broad St | Philadelphia PA",
     (2025, 9, 29, 9, 30), EDT)], missing=["reason"],
     spec="Project, invoice and contract email are there, no reason: Optima requires one for cancellations too (sec.8): ask for the reason.")

proj("Tartan Thread Alterations", "sew@tartanthread.co.uk", None)
owpay("en_w26", "OWD-2025-366", "Tartan Thread Alterations", "deposit", "16000.00", "2880.00", "2025-09-29T12:00:00")
case("o24-aberdeen-thread-reason", OWB, "decided", [
    M("Tartan Thread Alterations <sew@tartanthread.co.uk>", "Refund Request — Tartan Thread Alterations / OWD-2025-366",
      "Hello,\n\nPlease refund the deposit OWD-2025-366 for Tartan Thread Alterations.\n\nMoira Buchan",
      (2025, 9, 30, 7, 30), BST),
    M("Tartan Thread Alterations <sew@tartanthread.co.uk>", "Re: Refund Request — Tartan Thread Alterations / OWD-2025-366",
      "Sorry, forgot to say why: my landlord is selling the building and I'm losing the shop at Christmas, so the website "
      "will have to wait.\n\nMoira\n\n> Please refund the deposit OWD-2025-366 for Tartan Thread Alterations.",
      (2025, 9, 30, 20, 0), BST)], [R("approve", "16000.00")],
     spec="Thread: the reason comes in the answer; request time is the first mail, 09-30 12:00 IST = 24 h after payment (09-29 12:00), no work: approve 16000.00 (O2).")

proj("Mersey Ferry Photography", "studio@merseyferryphoto.co.uk", "2025-07-01T10:00:00")
owpay("en_w27", "OWD-2025-367", "Mersey Ferry Photography", "milestone", "15000.00", "2700.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o25-birkenhead-not-refund-question", OWB, "other", [M("Mersey Ferry Photography <studio@merseyferryphoto.co.uk>",
     "gallery milestone",
     "Hi Sam,\n\nNot asking for money back or anything, I'm dead happy with the first bit. Just wondering when you'll start the "
     "gallery milestone (OWD-2025-367), I've got a wedding fair on the 18th and would love to show it.\n\nChris",
     (2025, 9, 29, 10, 0), BST)],
     spec="The refund is negated (sec.8) and the rest is a schedule question: other.")

case("o26-ticket-autoack", OWB, "ignore", [M("Quayside Vintage Helpdesk <helpdesk@quaysidevintage.co.uk>",
     "[Ticket #4412] We've received your message",
     "Thanks for contacting Quayside Vintage. This is an automated acknowledgement. A member of our team will reply within 2 working days.",
     (2025, 9, 29, 16, 5), BST, hdr={"Auto-Submitted": "auto-generated"})], rules=["C7"],
     spec="Auto-Submitted: auto-generated: ignore (C7).")

proj("Anfield Guest House", "stay@anfieldguesthouse.co.uk", "2025-08-01T10:00:00")
owpay("en_w28", "OWD-2025-368", "Anfield Guest House", "milestone", "20000.00", "3600.00", "2025-09-12T10:00:00", milestone_status="completed")
case("o27-anfield-lawyer-mention", OWB, "decided", [M("Anfield Guest House <stay@anfieldguesthouse.co.uk>",
     "Refund Request — Anfield Guest House / OWD-2025-368",
     "To whom it may concern,\n\nThe rooms page you 'completed' (OWD-2025-368) for Anfield Guest House has the wrong prices and the "
     "photos are from another hotel. I have passed the whole thing to my lawyer, and I want a full refund of that milestone.\n\n"
     "Brenda Hughes\nProprietor",
     (2025, 9, 29, 18, 0), BST)], [R("escalate")], rules=["C4"],
     spec="Mention of a lawyer: C4 escalate, whatever O3/O6 would say of the completed milestone.")

case("o28-lo-customer-writes-optima", OWB, "need_info", [M("Dale Brandt <dale@supperclubsauk.com>",
     "cancel and refund",
     "Hi, I got charged twice for the monthly again, LO-INV-34352. Refund the extra please and cancel the plan, we close for the season.\n\nDale",
     (2025, 9, 29, 16, 30), CDT)], rules=["C2"],
     spec="Sent to the Optima mailbox (C1): the ledger is searched in Optima only and the sender is unknown there: C2/C3 (sec.8 other brand's customer).")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
