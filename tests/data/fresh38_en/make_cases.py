"""fresh38 English cases (qa38c): regenerate with `python3 make_cases.py`."""
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

AST, BST, CDT, EDT, NDT, ACST, NZST, NZDT = -240, 60, -300, -240, -150, 570, 720, 780
VU, SB, BW, NG, SE, AE, SA_, VN = 660, 660, 120, 60, 120, 240, 180, 420
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")
D = Decimal = __import__("decimal").Decimal

# ======================= LeadsOptima =======================
cust("celestine@anseboisdive.lc", "Celestine Joseph", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e_p01", "LO-INV-81201", "celestine@anseboisdive.lc", "monthly", *Mo, "2025-09-26T20:15:00", "2025-09-26", "2025-10-25")
lopay("e_p02", "LO-INV-81202", "celestine@anseboisdive.lc", "monthly", *Mo, "2025-09-26T20:16:10", "2025-09-26", "2025-10-25")
assert day_n("2025-09-26T20:16:10", (2025, 9, 28, 9, 15), AST) == 2
case("l01-stlucia-dive-shop-typed-ref", LOB, "decided", [M("Celestine Joseph <celestine@anseboisdive.lc>",
     "charged 2 times??",
     "Bonjou LeadsOptima,\n\nMy bank app show 2 debits from yall on the 26th, same amount 1,499 rupees each (the bank convert it to EC dollars, "
     "about 54 and change each one with the tax). I only have the one monthly plan. The second one is lo inv 81202 on the receipt. "
     "Please send back the double charge, is a small dive shop and every dollar count.\n\nMési,\nCelestine\nAnse Bois Dive & Snorkel, Soufriere side\n\nSent from my phone",
     (2025, 9, 28, 9, 15), AST)], [R("approve", "1499.00")],
     spec="Two paid monthly charges 2025-09-26 same period; request 2025-09-28 18:45 IST = day 2; 'lo inv 81202' matches LO-INV-81202 (sec.8); refund 1499.00 (L4).")

cust("dorian.mcbain@spiceisle.gd", "Dorian McBain", "annual", start="2025-09-22", end="2026-09-21")
lopay("e_p03", "LO-INV-81211", "dorian.mcbain@spiceisle.gd", "annual", *A, "2025-09-22T10:00:00", "2025-09-22", "2026-09-21")
lopay("e_p04", "LO-INV-81212", "dorian.mcbain@spiceisle.gd", "annual", *A, "2025-09-22T10:03:00", "2025-09-22", "2026-09-21")
assert day_n("2025-09-22T10:03:00", (2025, 9, 29, 13, 0), AST) == 7
case("l02-grenada-day7-in-ist", LOB, "decided", [M("Dorian McBain <dorian.mcbain@spiceisle.gd>",
     "Annual plan billed twice - LO-INV-81212",
     "Good afternoon,\n\nI was going through the statement just now and the annual subscription went through two times on Monday 22nd, "
     "just after midnight our time: LO-INV-81211 and LO-INV-81212, Rs 11,988 each plus the GST. One is plenty. Kindly reverse LO-INV-81212.\n\n"
     "Much obliged,\nDorian McBain\nSpice Isle Property Rentals, Grand Anse, St George's",
     (2025, 9, 29, 13, 0), AST)], [R("approve", "11988.00")],
     spec="Charges 2025-09-22 10:00/10:03 IST (00:30 Grenada); mail 2025-09-29 13:00 -04:00 = 22:30 IST, day 7 (inside, L3); duplicate LO-INV-81212 11988.00 approved (L4).")

cust("kezia.samuel@wadadlifarms.ag", "Kezia Samuel", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("e_p05", "LO-INV-81221", "kezia.samuel@wadadlifarms.ag", "quarterly", *Q, "2025-09-22T11:00:00", "2025-09-22", "2025-12-21")
lopay("e_p06", "LO-INV-81222", "kezia.samuel@wadadlifarms.ag", "quarterly", *Q, "2025-09-22T11:00:40", "2025-09-22", "2025-12-21")
assert day_n("2025-09-22T11:00:40", (2025, 9, 29, 16, 0), AST) == 8
case("l03-antigua-day8-by-ist", LOB, "decided", [M("Kezia Samuel <kezia.samuel@wadadlifarms.ag>",
     "Re: double payment quarterly",
     "Hi there\n\nFollowing up on what I told your chat lady. You charged the quarterly twice on the 22nd (LO-INV-81221 and LO-INV-81222). "
     "Its only 7 days today so I am still inside your 7 day rule, please refund the second one.\n\nKezia\nWadadli Farms, All Saints Rd",
     (2025, 9, 29, 16, 0), AST)], [R("deny")],
     spec="Charges 2025-09-22 11:00 IST; mail 2025-09-29 16:00 -04:00 = 2025-09-30 01:30 IST: day 8 in the brand's zone, outside 7 days: deny (L3) though the sender's own date is day 7.")

cust("accounts@goreyharbourtours.je", "Philippe Le Brocq", "annual", start="2025-09-25", end="2026-09-24")
lopay("e_p07", "LO-INV-81231", "accounts@goreyharbourtours.je", "annual", *A, "2025-09-25T14:00:00", "2025-09-25", "2026-09-24")
case("l04-jersey-wrong-plan", LOB, "decided", [M("Philippe Le Brocq <accounts@goreyharbourtours.je>",
     "Wrong plan charged - LO INV 81231",
     "Morning all,\n\nWe have been on the quarterly plan since spring. On Thursday you charged us for the annual plan instead (LO INV 81231, "
     "11,988.00 INR). Nobody here clicked an upgrade, I've checked with both staff. Please look at it and refund the wrong charge; we are happy to "
     "pay the quarterly as before.\n\nKind regards\nPhilippe Le Brocq\nGorey Harbour Tours Ltd, Gorey, Jersey JE3\n\n"
     "This email and any attachments are confidential and intended solely for the addressee.",
     (2025, 9, 27, 10, 20), BST)], [R("escalate")],
     spec="'Charged for the annual plan instead' is a billing error, 2 days after the 2025-09-25 charge: escalate with the charge found (L5).")

cust("frontdesk@lihouhotel.gg", "Morwenna Ogier", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e_p08", "LO-INV-81241", "frontdesk@lihouhotel.gg", "monthly", *Mo, "2025-09-24T12:00:00", "2025-09-24", "2025-10-23")
case("l05-guernsey-cannot-login", LOB, "decided", [M("Morwenna Ogier <frontdesk@lihouhotel.gg>",
     "Locked out since Weds",
     "Hello,\n\nSince Wednesday none of us at reception can log in - it just spins and goes back to the sign-in page. Tried the laptop, the tablet, "
     "the lot. Your support chat said they'd come back to me and haven't. We paid the monthly on the 24th so I'd like that refunded if it can't be "
     "sorted.\n\nThanks,\nMorwenna\nLihou View Hotel, L'Eree",
     (2025, 9, 26, 8, 45), BST)], [R("escalate")],
     spec="Access failure ('none of us ... can log in', the support chat never came back) 2 days after the single charge LO-INV-81241 (invoice filled from the ledger): escalate (L6).")

cust("gwenllian@tacocaergybi.cymru", "Gwenllian Hughes", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e_p09", "LO-INV-81251", "gwenllian@tacocaergybi.cymru", "monthly", *Mo, "2025-09-27T09:30:00", "2025-09-27", "2025-10-26")
case("l06-anglesey-too-dear", LOB, "decided", [M("Gwenllian Hughes <gwenllian@tacocaergybi.cymru>",
     "Ad-daliad / refund",
     "Noswaith dda,\n\nSorry for the Welsh in the subject, force of habit. I took the monthly plan on Saturday but having sat down with the numbers, "
     "it's too dear for a little cafe in Holyhead to be honest. Could I have that 1,499 back please? I've barely opened it.\n\nDiolch,\nGwen",
     (2025, 9, 29, 19, 0), BST)], [R("deny")],
     spec="Too expensive / barely used is not an L2 exception: refund deny (L1), cancellation offered; plan and invoice from the ledger.")

cust("orders@marshwoodfarmshop.co.uk", "Tom Hallett", "monthly", start="2025-09-18", end="2025-10-17")
lopay("e_p10", "LO-INV-81261", "orders@marshwoodfarmshop.co.uk", "monthly", *Mo, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l07-dorset-farm-shop-cancel", LOB, "decided", [M("Tom Hallett <orders@marshwoodfarmshop.co.uk>",
     "cancel please",
     "Hi,\n\nFarm shop shuts for the winter at the end of October so we won't need the leads thing till spring. Please cancel the monthly. "
     "No rush on anything else.\n\nCheers\nTom\nMarshwood Vale Farm Shop, nr Bridport",
     (2025, 9, 30, 11, 0), BST)], [X("cancel", "2025-10-17")],
     spec="Cancellation from the registered email: active until current_period_end 2025-10-17 (L8).")

cust("hello@cuckmerecycles.co.uk", "Priya Baxter", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("e_p11", "LO-INV-81271", "hello@cuckmerecycles.co.uk", "quarterly", *Q, "2025-08-05T11:00:00", "2025-08-05", "2025-11-04")
case("l08-sussex-unused-and-cancel", LOB, "decided", [M("Priya Baxter <hello@cuckmerecycles.co.uk>",
     "Cancelling + refund of the rest",
     "Hello LeadsOptima,\n\nWe've decided the quarterly isn't for us: the leads are mostly from London and we only hire bikes out of Seaford. "
     "Please cancel it, and refund whatever's left of the quarter as we won't use October at all.\n\nBest,\nPriya Baxter\nCuckmere Cycle Hire",
     (2025, 9, 29, 14, 0), BST)], [R("deny"), X("cancel", "2025-11-04")],
     spec="Unused days are not an exception (and the charge is 2025-08-05, day 55): refund deny (L1/L3); cancel, active until 2025-11-04 (L8).")

cust("shop@tanfieldtackle.co.uk", "Gary Robson", "quarterly")
lopay("e_p12", "LO-INV-81281", "shop@tanfieldtackle.co.uk", "quarterly", *Q, "2025-08-14T16:20:00", None, None)
case("l09-durham-fallback-date", LOB, "decided", [M("Gary Robson <shop@tanfieldtackle.co.uk>",
     "Cancel our plan",
     "Howay,\n\nCan yous cancel the quarterly for Tanfield Tackle. Canny enough product but we just divvent get the time to chase the leads, "
     "it's only me and the lad in the shop.\n\nTa\nGary",
     (2025, 9, 30, 9, 30), BST)], [X("cancel", "2025-11-13")],
     spec="No current_period_end on record: last charge 2025-08-14 + 3 months - 1 day = 2025-11-13 (L8 fallback).")

cust("jolene.vanderploeg@gmail.com", "Jolene Vanderploeg", "monthly", status="trial", trial_ends="2025-10-08")
case("l10-iowa-trial-hold", LOB, "decided", [M("Jolene Vanderploeg <jolene.vanderploeg@gmail.com>",
     "refund the charge on my card",
     "Hi, I'm on your free trial (started Sept 24) for my quilt shop in Pella and my card shows a pending thing from LeadsOptima. "
     "I never agreed to any payment so I'd like it refunded right away please.\n\nJolene\nTulip Time Quilts",
     (2025, 9, 29, 8, 0), CDT)], [R("deny")],
     spec="Free trial, no charge in the ledger: nothing to refund (L7); the reply says no billing occurs unless she subscribes.")

cust("office@plattevalleyfeed.com", "Dale Gunderson", "annual", start="2025-09-25", end="2026-09-24")
lopay("e_p13", "LO-INV-81291", "office@plattevalleyfeed.com", "annual", *A, "2025-09-25T19:00:00", "2025-09-25", "2026-09-24")
lopay("e_p14", "LO-INV-81292", "office@plattevalleyfeed.com", "annual", *A, "2025-09-25T19:00:30", "2025-09-25", "2026-09-24")
case("l11-nebraska-gmail-c2", LOB, "need_info", [M("Dale Gunderson <dalegunderson1961@gmail.com>",
     "double billed",
     "Writing from home, the office computer is down. Our account is office@plattevalleyfeed.com. You billed the annual twice last Thursday, "
     "LO-INV-81292 is the extra one. Send it back to the card please.\n\nDale Gunderson\nPlatte Valley Feed & Seed, Columbus NE",
     (2025, 9, 28, 19, 30), CDT)], rules=["C2"],
     spec="Names the registered office@plattevalleyfeed.com but writes from a gmail address: ask for the request from the registered address, nothing about the account (C2).")

cust("grainbin@prairiewind.net", "Arlo Lindqvist", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e_p15", "LO-INV-81301", "grainbin@prairiewind.net", "monthly", *Mo, "2025-09-20T20:00:00", "2025-09-20", "2025-10-19")
case("l12-dakota-lookalike-domain", LOB, "need_info", [M("Arlo Lindqvist <grainbin@prairiewind.com>",
     "stop the subscription",
     "Please stop my leadsoptima subscription, harvest is on and I got no time for marketing til December. Thanks\n\nArlo L.\nMinot ND\n\nsent from my phone, excuse typos",
     (2025, 9, 30, 7, 10), CDT)], rules=["C2"],
     spec="Sender grainbin@prairiewind.com is not the registered grainbin@prairiewind.net (addresses compare as a whole, sec.8) and names none: unknown sender, C2.")

cust("billing@oceanstatecleaners.com", "Marisol Pereira", "monthly", start="2025-09-17", end="2025-10-16")
lopay("e_p16", "LO-INV-81311", "billing@oceanstatecleaners.com", "monthly", *Mo, "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
assert day_n("2025-09-17T10:00:00", (2025, 9, 29, 10, 0), EDT) == 12
case("l13-rhode-island-late-billing-error", LOB, "decided", [M("Marisol Pereira <billing@oceanstatecleaners.com>",
     "Charged after I cancelled",
     "Hi,\n\nI'm only now catching up on the books. I cancelled in August (I'm pretty sure) and you still charged us on Sept 17, invoice LO-INV-81311. "
     "Please refund that one.\n\nThank you,\nMarisol Pereira\nOcean State Cleaners, Pawtucket RI",
     (2025, 9, 29, 10, 0), EDT)], [R("deny")],
     spec="'Charged after I cancelled' is a billing error, but 2025-09-17 to 2025-09-29 IST is day 12: outside 7 days, deny (L3).")

cust("skipper.hodder@bonavistanet.ca", "Wince Hodder", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e_p17", "LO-INV-81321", "skipper.hodder@bonavistanet.ca", "monthly", *Mo, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
assert day_n("2025-09-23T09:00:00", (2025, 9, 30, 17, 0), NDT) == 8
case("l14-newfoundland-outport-day8", LOB, "decided", [M("Wince Hodder <skipper.hodder@bonavistanet.ca>",
     "cant get in",
     "Evening,\n\nSome hard to get anything done here b'y. I haven't been able to log in to me account since the weekend, says password wrong "
     "and the reset email never comes. Paid ye on the 23rd, exactly a week ago today, so I wants it back.\n\nWince Hodder\nHodder's Boat Tours, Little Catalina",
     (2025, 9, 30, 17, 0), NDT)], [R("deny")],
     spec="Charge 2025-09-23 09:00 IST (01:00 NDT the 23rd); mail 2025-09-30 17:00 -02:30 = 2025-10-01 01:00 IST: day 8, outside 7 days: deny (L3).")

cust("dispatch@redriverplumbing.ca", "Gerald Kowalchuk", "monthly", start="2025-09-21", end="2025-10-20")
for i, d in enumerate(("21", "22", "27")):
    lopay(f"e_p18{i}", f"LO-INV-8133{i + 1}", "dispatch@redriverplumbing.ca", "monthly", *Mo, f"2025-09-{d}T20:00:00", "2025-09-21", "2025-10-20")
assert day_n("2025-09-22T20:00:00", (2025, 9, 29, 8, 0), CDT) == 7 and day_n("2025-09-27T20:00:00", (2025, 9, 29, 8, 0), CDT) == 2
case("l15-manitoba-three-charges", LOB, "decided", [M("Gerald Kowalchuk <dispatch@redriverplumbing.ca>",
     "Billed 3 times for September",
     "Hello,\n\nOur card got hit three times for the same monthly plan: Sept 21, Sept 22 and again Sept 27 (LO-INV-81331, -81332, -81333), "
     "all 1,499.00 for the period Sept 21 to Oct 20. The 22nd and 27th ones are duplicates. Please refund both.\n\nRegards,\nGerald Kowalchuk\n"
     "Red River Plumbing & Heating, Winnipeg MB",
     (2025, 9, 29, 8, 0), CDT)], [R("approve", "2998.00")],
     spec="Three identical paid charges, same period: 09-22 (day 7) and 09-27 (day 2) are duplicates inside the window: refund 1499.00 + 1499.00 = 2998.00 (sec.8).")

cust("bookings@barossaballoons.com.au", "Kirsty Dunstan", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e_p19", "LO-INV-81341", "bookings@barossaballoons.com.au", "monthly", *Mo, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lopay("e_p20", "LO-INV-81342", "bookings@barossaballoons.com.au", "monthly", *Mo, "2025-09-26T09:01:00", "2025-09-26", "2025-10-25", status="failed")
case("l16-south-australia-failed-second", LOB, "decided", [M("Kirsty Dunstan <bookings@barossaballoons.com.au>",
     "Duplicate charge - LO-INV-81342",
     "G'day,\n\nI can see two transactions from LeadsOptima on the 26th for our monthly plan, LO-INV-81341 and LO-INV-81342. Please refund the "
     "duplicate, ta.\n\nKirsty\nBarossa Balloon Flights, Tanunda SA",
     (2025, 9, 28, 10, 0), ACST)], [R("escalate")],
     spec="The second charge LO-INV-81342 is 'failed', not paid: no pair of paid charges (L4) and a refund of a non-paid payment is escalated (sec.8).")

cust("ops@rakaiajetboats.co.nz", "Hamish Te Rangi", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e_p21", "LO-INV-81351", "ops@rakaiajetboats.co.nz", "monthly", *Mo, "2025-09-24T11:00:00", "2025-09-24", "2025-10-23")
lopay("e_p22", "LO-INV-81352", "ops@rakaiajetboats.co.nz", "monthly", *Mo, "2025-09-24T11:02:00", "2025-09-24", "2025-10-23")
assert day_n("2025-09-24T11:02:00", (2025, 10, 1, 8, 0), NZDT) == 7
case("l17-canterbury-nzdt-day7", LOB, "decided", [M("Hamish Te Rangi <ops@rakaiajetboats.co.nz>",
     "Charged twice Wed 24th",
     "Morning team,\n\nKia ora. Just reconciling the accounts and there's two LeadsOptima charges on Wednesday 24th, late arvo our time - LO-INV-81351 and "
     "LO-INV-81352, both 1,499 rupees. We've only got the one monthly. Could you refund the second one please.\n\nCheers,\nHamish\nRakaia Jet Boats, Canterbury",
     (2025, 10, 1, 8, 0), NZDT)], [R("approve", "1499.00")],
     spec="NZ daylight time started 2025-09-28: mail 2025-10-01 08:00 +13:00 = 2025-10-01 00:30 IST, day 7 after 2025-09-24 (inside): refund LO-INV-81352 1499.00 (L4).")

cust("manager@erakorbungalows.vu", "Josiane Kalsakau", "annual", start="2025-03-12", end="2026-03-11")
lopay("e_p23", "LO-INV-81361", "manager@erakorbungalows.vu", "annual", *A, "2025-03-12T08:00:00", "2025-03-12", "2026-03-11")
case("l18-vanuatu-cancel-annual", LOB, "decided", [M("Josiane Kalsakau <manager@erakorbungalows.vu>",
     "Cancel subscription - Erakor bungalows",
     "Halo,\n\nWe will close the bungalows for renovations after the cyclone damage from last season, so we do not need the leads any more. "
     "Please cancel the annual subscription. I understand there is no money back for the months left.\n\nTankyu tumas,\nJosiane Kalsakau\nManager, Erakor Lagoon Bungalows, Port Vila",
     (2025, 9, 30, 15, 0), VU)], [X("cancel", "2026-03-11")],
     spec="Cancellation of the annual plan: active until current_period_end 2026-03-11 (L8); no refund asked (she rules it out).")

cust("admin@gizoreefhostel.sb", "Peter Kikolo", "monthly", start="2025-09-10", end="2025-10-09")
lopay("e_p24", "LO-INV-81371", "admin@gizoreefhostel.sb", "monthly", *Mo, "2025-09-10T08:00:00", "2025-09-10", "2025-10-09")
case("l19-solomon-out-of-office", LOB, "ignore", [M("Peter Kikolo <admin@gizoreefhostel.sb>",
     "Automatic reply: Your LeadsOptima invoice",
     "Thank you for your email. I am away on Ranongga island with no network until 6 October. For urgent bookings call the front desk. "
     "I will not be able to cancel or refund anything until I return.\n\nPeter",
     (2025, 9, 29, 9, 0), SB, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied out-of-office from the registered address: ignore (C7), though it mentions cancel and refund.")

cust("procurement@orapasitecatering.co.bw", "Boitumelo Sebego", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("e_p25", "LO-INV-81381", "procurement@orapasitecatering.co.bw", "quarterly", *Q, "2025-09-25T15:00:00", "2025-09-25", "2025-12-24")
case("l20-botswana-procurement-no-reason", LOB, "need_info", [M("Boitumelo Sebego <procurement@orapasitecatering.co.bw>",
     "REQUEST FOR REFUND - LO-INV-81381",
     "Dumela,\n\nKindly process a refund for the quarterly subscription, invoice LO-INV-81381 dated 25/09/2025, as per the attached approval "
     "from the Procurement Committee. Please do the needful and confirm.\n\nRegards,\nBoitumelo Sebego\nProcurement Officer\nOrapa Site Catering (Pty) Ltd\n"
     "Plot 12, Mine Township, Orapa\n\nDISCLAIMER: This message is intended for the addressee only. Orapa Site Catering accepts no liability for any loss.",
     (2025, 9, 27, 9, 0), BW)], missing=["reason"],
     spec="Refund asked with the invoice, from the registered email, but no reason: a committee approval and 'do the needful' are not reasons (sec.8): ask for the reason (C3).")

cust("finance@kudipaylink.ng", "Chiamaka Obi", "monthly", start="2025-09-28", end="2025-10-27")
lopay("e_p26", "LO-INV-81391", "finance@kudipaylink.ng", "monthly", *Mo, "2025-09-28T13:00:00", "2025-09-28", "2025-10-27")
lopay("e_p27", "LO-INV-81392", "finance@kudipaylink.ng", "monthly", *Mo, "2025-09-28T13:00:30", "2025-09-28", "2025-10-27")
case("l21-lagos-fintech-chargeback", LOB, "decided", [M("Chiamaka Obi <finance@kudipaylink.ng>",
     "URGENT: duplicate debit LO-INV-81392",
     "Good morning,\n\nOur corporate card was debited twice on 28/09 for the monthly subscription (LO-INV-81391 and LO-INV-81392). We reconcile "
     "daily and this is holding up our month-end close. If this is not reversed by Friday I will raise a chargeback with our card issuer.\n\n"
     "Chiamaka Obi\nHead, Finance Operations\nKudiPay Link Ltd, Yaba, Lagos",
     (2025, 9, 29, 11, 0), NG)], [R("escalate")], rules=["C4"],
     spec="A chargeback threat: escalate (C4), though L4 alone would approve the duplicate.")

cust("linnea@skargardsfoto.se", "Linnea Bergqvist", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("e_p28", "LO-INV-81401", "linnea@skargardsfoto.se", "quarterly", *Q, "2025-09-27T16:00:00", "2025-09-27", "2025-12-26")
lopay("e_p29", "LO-INV-81402", "linnea@skargardsfoto.se", "quarterly", *Q, "2025-09-27T16:05:00", "2025-09-27", "2025-12-26")
case("l22-swedish-no-chargeback", LOB, "decided", [M("Linnea Bergqvist <linnea@skargardsfoto.se>",
     "Two payments for same quarter",
     "Hej,\n\nI see that my card is charged two times on 27 september for the quarterly plan, LO-INV-81401 and LO-INV-81402, 3 999,00 INR each. "
     "I do not want to make a chargeback through my bank, I prefer that we solve it between us. Please return the second payment.\n\n"
     "Med vänliga hälsningar / best regards\nLinnea Bergqvist\nSkärgårdsfoto, Gothenburg",
     (2025, 9, 29, 9, 0), SE)], [R("approve", "3999.00")],
     spec="The customer rules out a chargeback: no threat (sec.8 negation). L4 duplicate, day 2: refund LO-INV-81402 3999.00.")

cust("yousef.haddad@gulfsprinklers.ae", "Yousef Haddad", "monthly", start="2025-09-10", end="2025-10-09")
lopay("e_p30", "LO-INV-81411", "yousef.haddad@gulfsprinklers.ae", "monthly", *Mo, "2025-09-10T12:00:00", "2025-09-10", "2025-10-09")
case("l23-dubai-arabic-first-cancel", LOB, "decided", [M("Yousef Haddad <yousef.haddad@gulfsprinklers.ae>",
     "cancel subscription",
     "Salam alaikum,\n\nDear team kindly we want to cancel the monthly subscribe. The company now using own CRM in house, so no need. "
     "Please confirm the cancel and until which date it is working. Shukran.\n\nيوسف حداد\nYousef Haddad | Sales Manager\nGulf Sprinklers LLC, Al Quoz, Dubai",
     (2025, 9, 30, 12, 0), AE)], [X("cancel", "2025-10-09")],
     spec="Cancellation with a reason (in-house CRM): active until current_period_end 2025-10-09 (L8).")

cust("thao.nguyen@saigonlacquer.vn", "Nguyen Thi Thao", "monthly", start="2025-09-15", end="2025-10-14")
lopay("e_p31", "LO-INV-81421", "thao.nguyen@saigonlacquer.vn", "monthly", *Mo, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
assert day_n("2025-09-15T10:00:00", (2025, 9, 29, 9, 0), VN) == 14
case("l24-vietnamese-login-late", LOB, "decided", [M("Nguyen Thi Thao <thao.nguyen@saigonlacquer.vn>",
     "can not login - refund",
     "Dear Sir/Madam,\n\nI can not login to LeadsOptima since 3 days, it say error 500. Before it work ok. I pay monthly fee on 15/9 (LO-INV-81421). "
     "If you can not fix, please refund to me this month fee.\n\nThank you very much.\nNguyen Thi Thao (Ms.)\nSaigon Lacquer Art Co., District 3, HCMC",
     (2025, 9, 29, 9, 0), VN)], [R("deny")],
     spec="Access failure, but the charge 2025-09-15 is 14 days before the request (2025-09-29 IST): outside 7 days, deny (L3).")

cust("assess@prairiefiresafety.ca", "Leanne Dueck", "monthly", start="2025-09-20", end="2025-10-19")
for i, m in enumerate(("07", "08", "09")):
    lopay(f"e_p32{i}", f"LO-INV-8143{i + 1}", "assess@prairiefiresafety.ca", "monthly", *Mo, f"2025-{m}-20T20:00:00", f"2025-{m}-20", None)
case("l25-fire-safety-no-invoice", LOB, "need_info", [M("Leanne Dueck <assess@prairiefiresafety.ca>",
     "Platform not loading - refund",
     "Hi,\n\nI'm a fire safety consultant, I do inspections all week and use your dashboard in the evenings for quotes. For about four days now "
     "the dashboard is not loading at all, just a white page (two browsers, two laptops). I'd like a refund of my subscription payment while this "
     "gets fixed.\n\nLeanne Dueck, CFPS\nPrairie Fire Safety Consulting, Steinbach MB",
     (2025, 9, 24, 9, 0), CDT)], missing=["invoice_number"],
     spec="Access failure with a reason, from the registered email, but three monthly payments on record (Jul/Aug/Sep) and no invoice named: ask for the invoice number (C3).")

cust("office@seafrontballet.co.uk", "Annabel Fairweather", "annual", start="2025-09-26", end="2026-09-25")
lopay("e_p33", "LO-INV-81441", "office@seafrontballet.co.uk", "annual", *A, "2025-09-26T12:00:00", "2025-09-26", "2026-09-25")
lopay("e_p34", "LO-INV-81442", "office@seafrontballet.co.uk", "annual", *A, "2025-09-26T12:01:00", "2025-09-26", "2026-09-25")
case("l26-ballet-school-thread-invoice", LOB, "decided", [
    M("Annabel Fairweather <office@seafrontballet.co.uk>", "Annual fee taken twice",
      "Dear LeadsOptima,\n\nOur annual renewal seems to have gone through twice yesterday. Could you refund the extra one? I'm at the studio "
      "till late, the invoices are on the office PC.\n\nWith thanks,\nAnnabel Fairweather\nSeafront School of Ballet, Hove",
      (2025, 9, 27, 10, 0), BST),
    M("Annabel Fairweather <office@seafrontballet.co.uk>", "Re: Annual fee taken twice",
      "Hello again, here they are: LO-INV-81441 and LO-INV-81442. The second one is the extra.\n\nAnnabel\n\n"
      "On 27 Sep 2025, at 12:40, LeadsOptima Support <support@leadsoptima.com> wrote:\n> Please send us the invoice number of the charge.",
      (2025, 9, 29, 9, 0), BST)], [R("approve", "11988.00")],
    spec="Thread: the first mail (day 1) lacks the invoice (two payments on record); the answer names LO-INV-81442: the pair is in the ledger, refund 11988.00 (C3, L4).")

cust("rhys.ambrose@yahoo.com", "Rhys Ambrose", "monthly", start="2025-09-12", end="2025-10-11")
lopay("e_p35", "LO-INV-81451", "rhys.ambrose@yahoo.com", "monthly", *Mo, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l27-antigua-marina-office-c2", LOB, "need_info", [M("Falmouth Boatyard Office <office@falmouthboatyard.ag>",
     "Cancel LeadsOptima for Mr Ambrose",
     "Good day,\n\nOn behalf of Mr Rhys Ambrose, owner of the marina, please cancel his LeadsOptima subscription. The season bookings now come "
     "through the yacht agents so the leads are not needed.\n\nRegards,\nDeniece\nMarina Office, Falmouth Harbour, Antigua",
     (2025, 9, 29, 10, 0), AST)], rules=["C2"],
     spec="The marina office is not the registered address and names no registered email: unknown sender, C2 need_info (nothing about the account).")

cust("lettings@purbeckhomes.co.uk", "Simon Trevett", "monthly", start="2025-09-28", end="2025-10-27")
lopay("e_p36", "LO-INV-81461", "lettings@purbeckhomes.co.uk", "monthly", *Mo, "2025-09-28T13:00:00", "2025-09-28", "2025-10-27")
case("l28-dorset-estate-agent-statutory", LOB, "decided", [M("Simon Trevett <lettings@purbeckhomes.co.uk>",
     "Refund - LO-INV-81461",
     "Good afternoon,\n\nThe lead quality has been poor: half the contacts are people renting in Swindon. I want the September fee refunded. "
     "I am aware of my statutory rights under the Consumer Rights Act and would rather not have to use them.\n\nSimon Trevett MARLA\n"
     "Purbeck Homes Lettings, Wareham",
     (2025, 9, 30, 16, 0), BST)], [R("escalate")], rules=["C4"],
     spec="A mention of statutory rights: escalate (C4), though L1 alone would deny a 'poor leads' refund.")

case("l29-iowa-lab-manager-hypothetical", LOB, "other", [M("Dr. Ruth Amundsen <r.amundsen@hawkeyeplainsuniv.edu>",
     "Question before purchase",
     "Hello,\n\nI manage a soil chemistry lab and we are looking at your annual plan for our outreach program. Our grant runs to January. If we buy "
     "the annual plan now and the grant is not renewed, would we get a refund for the remaining months? Purchasing needs this in writing before "
     "they approve the PO.\n\nRuth Amundsen\nLab Manager, Soil Chemistry, Hawkeye Plains University",
     (2025, 9, 29, 14, 0), CDT)],
     spec="A hypothetical question before buying (sec.8): other.")

cust("yankton.taxidermy@midco.net", "Bud Ellefson", "monthly", start="2025-09-19", end="2025-10-18")
lopay("e_p37", "LO-INV-81471", "yankton.taxidermy@midco.net", "monthly", *Mo, "2025-09-19T20:00:00", "2025-09-19", "2025-10-18")
case("l30-south-dakota-thanks", LOB, "other", [M("Bud Ellefson <yankton.taxidermy@midco.net>",
     "Re: your refund",
     "Got it, the refund from August showed up on the card this morning. Thanks for sorting that out, you folks were real decent about it.\n\nBud",
     (2025, 9, 30, 9, 0), CDT)],
     spec="A thank-you for a past refund asks for nothing: other (sec.8 past events).")

cust("june@westmeadorchids.co.uk", "June Pelham", "monthly", start="2025-09-15", end="2025-10-14")
lopay("e_p38", "LO-INV-81481", "june@westmeadorchids.co.uk", "monthly", *Mo, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l31-sussex-no-refund-just-cancel", LOB, "decided", [M("June Pelham <june@westmeadorchids.co.uk>",
     "Please cancel",
     "Good evening,\n\nI'm retiring at Christmas and the nursery is being sold, so please cancel my plan. I don't want a refund for the rest of "
     "the month, that's quite all right, just stop it renewing.\n\nKind regards,\nJune Pelham\nWestmead Orchids, Midhurst",
     (2025, 9, 30, 18, 0), BST)], [X("cancel", "2025-10-14")],
     spec="'I don't want a refund' adds no refund (sec.8); cancel, active until 2025-10-14 (L8).")

case("l32-durham-bounce", LOB, "ignore", [M("Mail Delivery System <MAILER-DAEMON@mx.teesdale-hosting.co.uk>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx.teesdale-hosting.co.uk.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n"
     "<bookkeeping@highforcebikes.co.uk>: host said: 550 5.1.1 User unknown\n\n--- original message ---\nSubject: Your refund request [LO-2291]",
     (2025, 9, 29, 12, 0), BST)], rules=["C7"],
     spec="MAILER-DAEMON bounce: ignore (C7).")

case("l33-rhode-island-bulk-digest", LOB, "ignore", [M("Ocean State SaaS Digest <digest@oceanstatesaas.news>",
     "This week: how to cancel tools you don't use (and get refunds)",
     "Hi subscriber,\n\nThis week: five SaaS tools small businesses in Providence are cancelling, and how to ask for a refund. Unsubscribe any time.",
     (2025, 9, 29, 6, 0), EDT, hdr={"Precedence": "bulk"})], rules=["C7"],
     spec="Precedence: bulk newsletter: ignore (C7).")

cust("owner@stbreladekayaks.je", "Nicole Renouf", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("e_p39", "LO-INV-81491", "owner@stbreladekayaks.je", "quarterly", *Q, "2025-09-25T15:30:00", "2025-09-25", "2025-12-24")
lopay("e_p40", "LO-INV-81492", "owner@stbreladekayaks.je", "quarterly", *Q, "2025-09-25T15:31:00", "2025-09-25", "2025-12-24")
case("l34-jersey-outlook-forward-owner", LOB, "decided", [M("Nicole Renouf <owner@stbreladekayaks.je>",
     "FW: LeadsOptima x2",
     "Hi, see Colin's note below - yes please refund the second one, LO-INV-81492. We only have the one quarterly plan.\n\nNicole\n\n"
     "________________________________\nFrom: Colin Vibert <colin@vibertbookkeeping.je>\nSent: 26 September 2025 09:12\nTo: Nicole Renouf <owner@stbreladekayaks.je>\n"
     "Subject: LeadsOptima x2\n\nNicole, two LeadsOptima payments of 3,999.00 INR went out yesterday within a minute of each other (81491 and 81492). Looks like a double charge.\nColin",
     (2025, 9, 29, 11, 0), BST)], [R("approve", "3999.00")],
     spec="Outlook forward sent by the registered owner herself (the bookkeeper is only the forwarded author, naming no account): duplicate day 4, refund LO-INV-81492 3999.00 (L4).")

cust("director@sarkviewfinance.gg", "Malcolm Brehaut", "annual", start="2025-04-02", end="2026-04-01")
lopay("e_p41", "LO-INV-81501", "director@sarkviewfinance.gg", "annual", *A, "2025-04-02T10:00:00", "2025-04-02", "2026-04-01")
case("l35-guernsey-pa-forward-c2", LOB, "need_info", [M("Hayley Le Page <hayley.lepage@sarkviewfinance.gg>",
     "Fwd: LeadsOptima",
     "Hi, forwarding Malcolm's message, he asked me to deal with it.\nHayley, PA to the Director\n\n"
     "---------- Forwarded message ---------\nFrom: Malcolm Brehaut <director@sarkviewfinance.gg>\nDate: Mon, 29 Sept 2025 at 08:02\nSubject: LeadsOptima\n"
     "To: Hayley Le Page <hayley.lepage@sarkviewfinance.gg>\n\nHayley - please get the LeadsOptima annual plan cancelled, we are moving everything to the group CRM. M",
     (2025, 9, 29, 9, 30), BST)], rules=["C2"],
     spec="A forward by the PA carrying the director's registered address director@sarkviewfinance.gg: the request must come from that address (sec.8 Forwards, C2).")

cust("sales@redriverseed.com", "Tanya Hoglund", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("e_p42", "LO-INV-81511", "sales@redriverseed.com", "quarterly", *Q, "2025-09-01T20:00:00", "2025-09-01", "2025-11-30")
case("l36-fargo-html-only-cancel", LOB, "decided", [M("Tanya Hoglund <sales@redriverseed.com>",
     "Cancellation", "",
     (2025, 9, 29, 20, 0), CDT,
     html="<html><body><div style=\"font-family:Calibri\"><p>Hello,</p><p>We are switching to the CRM our co-op already pays for, so "
     "<b>please cancel our LeadsOptima quarterly plan</b> at the end of this period.</p><p>Thank you,<br>Tanya Hoglund<br>Red River Seed Co-op, "
     "Fargo ND</p><p style=\"font-size:8pt;color:#888\">Confidentiality notice: this e-mail is for the named recipient only.</p></div></body></html>")],
     [X("cancel", "2025-11-30")],
     spec="HTML-only mail: cancellation with a reason: active until current_period_end 2025-11-30 (L8).")

cust("gerald@dickensonbaybar.ag", "Gerald Francis", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e_p43", "LO-INV-81521", "gerald@dickensonbaybar.ag", "monthly", *Mo, "2025-09-27T18:00:00", "2025-09-27", "2025-10-26")
lopay("e_p44", "LO-INV-81522", "gerald@dickensonbaybar.ag", "monthly", *Mo, "2025-09-27T18:00:20", "2025-09-27", "2025-10-26")
case("l37-antigua-thread-reason", LOB, "decided", [
    M("Gerald Francis <gerald@dickensonbaybar.ag>", "Refund LO-INV-81522",
      "Please refund LO-INV-81522.\n\nGerald\nDickenson Bay Beach Bar", (2025, 9, 28, 10, 0), AST),
    M("Gerald Francis <gerald@dickensonbaybar.ag>", "Re: Refund LO-INV-81522",
      "Reason is simple, your system take the money off my card two times the same morning, 81521 and 81522. Only one plan.\n\nGerald\n\n"
      "> What is the reason for your refund request?",
      (2025, 9, 28, 15, 30), AST)], [R("approve", "1499.00")],
    spec="Thread: first mail names the invoice but no reason; the answer gives it (two charges the same morning): duplicate day 1, refund 1499.00 (C3, L4).")

cust("office@sandhillsvet.com", "Carol Jessen", "annual", start="2025-03-03", end="2026-03-02")
lopay("e_p45", "LO-INV-81531", "office@sandhillsvet.com", "annual", *A, "2025-03-03T20:00:00", "2025-03-03", "2026-03-02")
case("l38-nebraska-past-refund-letter", LOB, "other", [M("Carol Jessen <office@sandhillsvet.com>",
     "letter for our accountant",
     "Hi there,\n\nBack in March you refunded a double charge on our annual plan. Our accountant in Valentine needs a short letter or statement "
     "showing that refund for the books. Could you email one over? Nothing else needed.\n\nCarol Jessen\nSandhills Veterinary Clinic",
     (2025, 9, 29, 11, 0), CDT)],
     spec="A past refund and a request for a statement: neither a refund nor a cancellation now: other.")

cust("ap@assiniboinelabs.ca", "Hugo Fontaine", "annual", start="2025-06-01", end="2026-05-31")
lopay("e_p46", "LO-INV-81541", "ap@assiniboinelabs.ca", "annual", *A, "2025-06-01T20:00:00", "2025-06-01", "2026-05-31")
case("l39-manitoba-invoice-copy-no-refund", LOB, "other", [M("Hugo Fontaine <ap@assiniboinelabs.ca>",
     "Invoice copy with tax number",
     "Hello,\n\nWe are not cancelling and we don't want a refund; our auditors just need a copy of invoice LO-INV-81541 showing your GST "
     "registration number. Could you resend it?\n\nHugo Fontaine\nAccounts Payable, Assiniboine Labs, Brandon MB",
     (2025, 9, 30, 9, 0), CDT)],
     spec="Refund and cancellation both ruled out (sec.8 negation); an invoice copy: other.")

cust("sales@tannavillage.vu", "Marie-Claire Tari", "annual", start="2025-09-26", end="2026-09-25")
lopay("e_p47", "LO-INV-81551", "sales@tannavillage.vu", "annual", *A, "2025-09-26T07:00:00", "2025-09-26", "2026-09-25")
case("l40-vanuatu-annual-instead-monthly", LOB, "decided", [M("Marie-Claire Tari <sales@tannavillage.vu>",
     "Wrong amount on invoice LO-INV-81551",
     "Hello,\n\nI chose the monthly plan at 1,499 but the card was charged 11,988 for annual (LO-INV-81551). Wrong amount, please check and "
     "return the difference or the full and I pay monthly again.\n\nMarie-Claire\nTanna Village Tours",
     (2025, 9, 27, 14, 0), VU)], [R("escalate")],
     spec="'Wrong amount', charged annual instead of monthly, 1 day after the charge: billing error, escalate with LO-INV-81551 (L5).")

cust("ops@ikoyiremit.ng", "Tunde Bakare", "monthly", start="2025-09-29", end="2025-10-28")
lopay("e_p48", "LO-INV-81561", "ops@ikoyiremit.ng", "monthly", *Mo, "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
lopay("e_p49", "LO-INV-81562", "ops@ikoyiremit.ng", "monthly", *Mo, "2025-09-29T10:02:00", "2025-09-29", "2025-10-28")
case("l41-lagos-duplicate-and-cancel", LOB, "decided", [M("Tunde Bakare <ops@ikoyiremit.ng>",
     "Double debit + cancellation",
     "Good morning team,\n\nTwo things please.\n1) We were debited twice yesterday for the monthly plan: LO-INV-81561 and LO-INV-81562. Kindly refund the second.\n"
     "2) Also cancel the subscription after this month, we are consolidating vendors under our parent company.\n\nThanks,\nTunde Bakare\nOps Lead, Ikoyi Remit",
     (2025, 9, 30, 8, 30), NG)], [R("approve", "1499.00"), X("cancel", "2025-10-28")],
     spec="Duplicate day 1: refund LO-INV-81562 1499.00 (L4); cancellation: active until current_period_end 2025-10-28 (L8).")

cust("admin@selebipikwesafety.co.bw", "Kagiso Molefe", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e_p50", "LO-INV-81571", "admin@selebipikwesafety.co.bw", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lopay("e_p51", "LO-INV-81572", "admin@selebipikwesafety.co.bw", "monthly", *Mo, "2025-09-24T10:01:00", "2025-09-24", "2025-10-23", status="refunded")
case("l42-botswana-already-refunded", LOB, "decided", [M("Kagiso Molefe <admin@selebipikwesafety.co.bw>",
     "Duplicate payment LO-INV-81572",
     "Dumelang,\n\nWe were charged two times on 24 September for the monthly plan. Please refund the duplicate LO-INV-81572 to our company card.\n\n"
     "Kagiso Molefe\nAdministrator, Selebi-Phikwe Mine Safety Supplies",
     (2025, 9, 26, 11, 0), BW)], [R("escalate")],
     spec="The named duplicate LO-INV-81572 is already 'refunded' in the ledger: a refund of a payment not paid is escalated (sec.8); no pair of paid charges (L4).")

cust("bookings@abbotsburyswannery-teas.co.uk", "Clare Voss", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e_p52", "LO-INV-81581", "bookings@abbotsburyswannery-teas.co.uk", "monthly", *Mo, "2025-09-20T14:00:00", "2025-09-20", "2025-10-19")
case("l43-dorset-reply-to-registered", LOB, "need_info", [M("Clare Voss <clarevoss.home@btinternet.com>",
     "tea room account - cancel",
     "Hello, please cancel the tea room's LeadsOptima plan, we're closing for the winter after half term. I've set replies to go to the tea room "
     "address.\n\nClare",
     (2025, 9, 29, 20, 0), BST, hdr={"Reply-To": "bookings@abbotsburyswannery-teas.co.uk"})], rules=["C2"],
     spec="From a personal btinternet address; the registered address is only in Reply-To, which never verifies anyone (sec.8): unknown sender, C2.")

case("l44-nebraska-optima-client-wrong-inbox", LOB, "need_info", [M("Shawna Kuhlmann <tack@sandhillsrodeo.com>",
     "website refund",
     "Hi Optima folks, following up on my note about the homepage design milestone, can I get that refunded? My husband still hates the colors.\n\nShawna",
     (2025, 9, 29, 15, 0), CDT)], rules=["C2"],
     spec="The case's brand is leadsoptima: the mail is addressed To support@leadsoptima.com and the harness routes by that address (C1, no --brand). The sender is the Optima WebDesign contract email of Sandhills Rodeo Supply (o08), unknown in LeadsOptima's ledger, which is the only one searched: treated as any unknown sender, C2 need_info, nothing about the Optima project (sec.8 'The other brand's customer').")

cust("frontoffice@omahaautoglass.com", "Luis Ortega", "monthly", start="2025-09-12", end="2025-10-11")
lopay("e_p53", "LO-INV-81591", "frontoffice@omahaautoglass.com", "monthly", *Mo, "2025-09-12T20:00:00", "2025-09-12", "2025-10-11")
case("l45-omaha-cancel-and-dispute", LOB, "decided", [M("Luis Ortega <frontoffice@omahaautoglass.com>",
     "Cancel NOW",
     "Cancel my account today. The leads were junk all month, half of them were for windshields in Kansas. And refund September "
     "(LO-INV-81591) or I will dispute the charge with my card company, simple as that.\n\nLuis Ortega\nOmaha Auto Glass",
     (2025, 9, 29, 10, 0), CDT)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="A card dispute threat escalates every intent of the mail, the cancellation included (C4, sec.8).")

# ======================= Optima WebDesign =======================
proj("Soufriere Cocoa Trails", "tours@cocoatrails.lc", None)
owpay("e_w01", "OWD-2025-301", "Soufriere Cocoa Trails", "deposit", "25000.00", "4500.00", "2025-09-28T19:00:00")
assert 0 < hours_n("2025-09-28T19:00:00", (2025, 9, 30, 8, 0), AST) < 72
case("o01-stlucia-deposit-in-time", OWB, "decided", [M("Marcella Louis <tours@cocoatrails.lc>",
     "Refund Request — Soufriere Cocoa Trails / OWD-2025-301",
     "Good morning,\n\nWe paid the booking deposit on Sunday (OWD-2025-301, 29,500 with the tax). Yesterday evening the tourism board told us "
     "the marketing grant we counted on is cancelled, so we cannot go ahead with the website this year. Please refund the deposit.\n\n"
     "Marcella Louis\nSoufriere Cocoa Trails",
     (2025, 9, 30, 8, 0), AST)], [R("approve", "25000.00")],
     spec="Deposit paid 2025-09-28 19:00 IST, request 2025-09-30 17:30 IST (46.5 h), no work started: full refund 25000.00 before tax (O2); the 29,500 quoted includes tax (C6).")

proj("Grand Anse Nutmeg Co-op", "secretary@nutmegcoop.gd", None)
owpay("e_w02", "OWD-2025-302", "Grand Anse Nutmeg Co-op", "deposit", "18000.00", "3240.00", "2025-09-26T18:30:00")
assert hours_n("2025-09-26T18:30:00", (2025, 9, 29, 9, 0), AST) == 72
case("o02-grenada-deposit-exactly-72h", OWB, "decided", [M("Verna Charles <secretary@nutmegcoop.gd>",
     "Deposit refund - Grand Anse Nutmeg Co-op",
     "Good morning,\n\nThe co-op committee met Saturday and voted to postpone the website until after the harvest. We paid the deposit Friday "
     "morning at 9 (invoice OWD-2025-302), so we are within the three days. Please refund.\n\nVerna Charles\nSecretary",
     (2025, 9, 29, 9, 0), AST)], [R("deny")],
     spec="Deposit paid 2025-09-26 18:30 IST (09:00 AST Friday); mail 2025-09-29 09:00 AST = exactly 72 h: not before 72 h, deny (O2, sec.8).")

proj("Gorey Oyster Shed", "orders@goreyoystershed.je", "2025-09-28T10:00:00")
owpay("e_w03", "OWD-2025-303", "Gorey Oyster Shed", "deposit", "15000.00", "2700.00", "2025-09-27T12:00:00")
case("o03-jersey-deposit-work-started", OWB, "decided", [M("Ed Le Cornu <orders@goreyoystershed.je>",
     "deposit back please OWD-2025-303",
     "Hiya,\n\nWe've found a local lad who'll build the site for mates' rates, so we'd like our deposit back (OWD-2025-303, Gorey Oyster Shed). "
     "We only paid on Saturday, it's barely two days.\n\nEd",
     (2025, 9, 29, 9, 0), BST)], [R("deny")],
     spec="Within 72 h (49.5 h) but work started 2025-09-28 10:00 IST, before the request: 'whichever occurs first': deny (O2).")

proj("Cuckmere Sourdough", "bake@cuckmeresourdough.co.uk", None)
owpay("e_w04", "OWD-2025-304", "Cuckmere Sourdough", "discovery", "12000.00", "2160.00", "2025-09-20T11:00:00")
case("o04-sussex-discovery-not-started", OWB, "decided", [M("Fern Alderton <bake@cuckmeresourdough.co.uk>",
     "Strategy session refund - Cuckmere Sourdough (OWD-2025-304)",
     "Hello,\n\nWe paid for the discovery/strategy package last week but no session has been booked yet. My business partner is leaving and "
     "we're scaling back, so please cancel it and refund the discovery fee.\n\nFern\nCuckmere Sourdough, Alfriston",
     (2025, 9, 29, 12, 0), BST)], [R("approve", "12000.00")], extra_ok=True,
     spec="Discovery fee, no session or deliverable started (work_started_at empty): full refund 12000.00 (O1); a cancellation decision she asked for is harmless (extra_ok).")

proj("Portland Stone Carvers", "studio@portlandcarvers.co.uk", "2025-09-22T15:00:00")
owpay("e_w05", "OWD-2025-305", "Portland Stone Carvers", "discovery", "9000.00", "1620.00", "2025-09-18T10:00:00")
case("o05-dorset-discovery-held", OWB, "decided", [M("Ned Stickland <studio@portlandcarvers.co.uk>",
     "Refund of discovery fee OWD-2025-305",
     "Hello,\n\nWe had the one video call with your strategist last Monday but honestly didn't get much out of it. Please refund the discovery "
     "fee for Portland Stone Carvers.\n\nNed Stickland",
     (2025, 9, 29, 10, 0), BST)], [R("deny")],
     spec="The discovery session took place (work_started 2025-09-22): deny (O1).")

proj("Weardale Cheese Room", "hello@weardalecheese.co.uk", "2025-09-01T10:00:00")
owpay("e_w06a", "OWD-2025-306", "Weardale Cheese Room", "deposit", "20000.00", "3600.00", "2025-08-25T10:00:00")
owpay("e_w06b", "OWD-2025-307", "Weardale Cheese Room", "milestone", "40000.00", "7200.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o06-durham-milestone-not-started", OWB, "decided", [M("Ailsa Dobson <hello@weardalecheese.co.uk>",
     "Milestone 2 - online shop - refund",
     "Hi,\n\nWe've decided to drop the online shop part (milestone 2, OWD-2025-307) for the Weardale Cheese Room site: the courier costs for cheese "
     "in summer just don't work. I understand nothing on it has started yet so please refund that milestone. Keep going with the rest.\n\nAilsa",
     (2025, 9, 29, 15, 0), BST)], [R("approve", "40000.00")],
     spec="Milestone OWD-2025-307 not_started: refund its amount 40000.00 before tax (O3).")

proj("Cedar Valley Seed Co", "marketing@cedarvalleyseed.com", "2025-09-01T10:00:00")
owpay("e_w07", "OWD-2025-308", "Cedar Valley Seed Co", "milestone", "35000.00", "6300.00", "2025-09-15T20:00:00", milestone_status="in_progress")
case("o07-iowa-milestone-in-progress", OWB, "decided", [M("Brent Oltmanns <marketing@cedarvalleyseed.com>",
     "Refund milestone OWD-2025-308",
     "Hello,\n\nOur board cut the marketing budget. We'd like to stop the dealer-locator milestone (OWD-2025-308, Cedar Valley Seed Co) "
     "and get back whatever hasn't been built yet.\n\nBrent Oltmanns\nCedar Valley Seed Co, Waverly IA",
     (2025, 9, 29, 9, 0), CDT)], [R("escalate")],
     spec="Milestone in_progress: the billable value of work not started needs a person: escalate (O3).")

proj("Sandhills Rodeo Supply", "tack@sandhillsrodeo.com", "2025-08-01T10:00:00")
owpay("e_w08", "OWD-2025-309", "Sandhills Rodeo Supply", "milestone", "30000.00", "5400.00", "2025-09-05T20:00:00", milestone_status="approved")
case("o08-nebraska-approved-milestone", OWB, "decided", [M("Shawna Kuhlmann <tack@sandhillsrodeo.com>",
     "refund design milestone",
     "Hi, I signed off the homepage design back in August (OWD-2025-309, Sandhills Rodeo Supply) but now my husband hates the colors. "
     "Can we get that milestone refunded and start over?\n\nShawna",
     (2025, 9, 28, 14, 0), CDT)], [R("deny")],
     spec="Milestone approved: non-refundable (O3/O6).")

proj("Quonset Kayak Hire", "paddle@quonsetkayak.com", "2025-06-01T10:00:00")
owpay("e_w09", "OWD-2025-310", "Quonset Kayak Hire", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("o09-rhode-island-retainer-notice-ok", OWB, "decided", [M("Dana Medeiros <paddle@quonsetkayak.com>",
     "Cancel monthly retainer - Quonset Kayak Hire",
     "Hi Optima team,\n\nSeason's over and we close the rental dock for the winter, so please cancel the monthly retainer (last invoice OWD-2025-310). "
     "Thanks for everything this summer.\n\nDana Medeiros\nQuonset Kayak Hire, North Kingstown RI",
     (2025, 9, 30, 9, 0), EDT)], [X("cancel", "2025-10-14")],
     spec="Retainer, next_billing_at 2025-10-15; request 2025-09-30 IST <= 2025-10-08: notice enough, effective the day before, 2025-10-14 (O4/O8).")

proj("Twillingate Berry Preserves", "jams@twillingateberry.ca", "2025-05-01T10:00:00")
owpay("e_w10", "OWD-2025-311", "Twillingate Berry Preserves", "retainer", "6000.00", "1080.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
case("o10-newfoundland-retainer-short-notice", OWB, "decided", [M("Sadie Pardy <jams@twillingateberry.ca>",
     "cancel retainer",
     "Hi my love,\n\nBerry season is done and we're shutting up shop till June so I'd like to cancel the monthly website retainer for Twillingate "
     "Berry Preserves, invoice OWD-2025-311. Thanks for all the help.\n\nSadie",
     (2025, 9, 29, 10, 0), NDT)], [X("cancel", "2025-11-04")],
     spec="Next billing 2025-10-05; request 2025-09-29 18:00 IST is after 2025-09-28 (7 days before): the next cycle 2025-10-05..2025-11-04 is billed, effective 2025-11-04 (O4).")

proj("Pembina Valley Greenhouses", "office@pembinagreen.ca", "2025-04-01T10:00:00")
owpay("e_w11a", "OWD-2025-312", "Pembina Valley Greenhouses", "retainer", "7000.00", "1260.00", "2025-09-10T20:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
owpay("e_w11b", "OWD-2025-313", "Pembina Valley Greenhouses", "retainer", "7000.00", "1260.00", "2025-09-25T20:00:00",
      period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
case("o11-manitoba-retainer-paid-ahead", OWB, "decided", [M("Lorna Friesen <office@pembinagreen.ca>",
     "Ending our retainer",
     "Hello,\n\nWe're selling the greenhouses to a family in Morden, so please end the website retainer for Pembina Valley Greenhouses. "
     "Our bookkeeper paid October's retainer early last week (OWD-2025-313), current one was OWD-2025-312.\n\nLorna Friesen",
     (2025, 9, 29, 9, 0), CDT)], [X("escalate")],
     spec="Next cycle (OWD-2025-313, 2025-10-10..11-09) already paid and notice >= 7 days before 2025-10-10: escalate (sec.8 retainer paid in advance).")

proj("Barossa Olive Press", "admin@barossaolive.com.au", None)
owpay("e_w12", "OWD-2025-314", "Barossa Olive Press", "hosting_annual", "15500.00", "2790.00", "2025-09-20T09:00:00",
      setup_fee="1250.00", service_start="2025-09-22")
amt = D("15500.00") - D("1250.00") - (D("15500.00") - D("1250.00")) / 12
assert amt == D("13062.50") and day_n("2025-09-22T00:00:00", (2025, 9, 30, 11, 0), ACST) == 8
case("o12-south-australia-hosting-prorata", OWB, "decided", [M("Rosa Lehmann <admin@barossaolive.com.au>",
     "Hosting refund - Barossa Olive Press - OWD-2025-314",
     "Hi,\n\nWe've been offered free hosting through the regional tourism board's new portal, so we'd like to cancel the annual hosting plan we "
     "started last Monday and take the pro-rata refund your policy mentions.\n\nRosa Lehmann\nBarossa Olive Press, Nuriootpa SA",
     (2025, 9, 30, 11, 0), ACST)], [R("approve", "13062.50")], extra_ok=True,
     spec="Hosting started 2025-09-22, request 2025-09-30 IST (day 8, within 14): 15500 - 1250 - (14250/12 = 1187.50) x 1 = 13062.50 (O5); her cancellation is harmless (extra_ok).")

proj("Rakaia Salmon Smokehouse", "smokehouse@rakaiasalmon.co.nz", "2025-08-01T10:00:00")
owpay("e_w13", "OWD-2025-315", "Rakaia Salmon Smokehouse", "maintenance_annual", "24000.00", "4320.00", "2025-09-05T10:00:00",
      setup_fee="2000.00", service_start="2025-09-08")
assert day_n("2025-09-08T00:00:00", (2025, 9, 29, 10, 0), NZDT) == 21
case("o13-canterbury-maintenance-late", OWB, "decided", [M("Mere Paewai <smokehouse@rakaiasalmon.co.nz>",
     "Maintenance plan refund",
     "Kia ora,\n\nWe'd like a refund on the annual maintenance plan for Rakaia Salmon Smokehouse (OWD-2025-315). Turns out my nephew can "
     "do the updates for us.\n\nNgā mihi,\nMere",
     (2025, 9, 29, 10, 0), NZDT)], [R("deny")],
     spec="Maintenance started 2025-09-08; request 2025-09-29 IST = 21 days: after 14 days, deny (O5).")

proj("Nakamal Sunset Kava", "kava@nakamalsunset.vu", "2025-07-01T10:00:00")
owpay("e_w14", "OWD-2025-316", "Nakamal Sunset Kava", "third_party", "1850.00", "333.00", "2025-09-25T10:00:00")
case("o14-vanuatu-domain", OWB, "decided", [M("Samson Natuman <kava@nakamalsunset.vu>",
     "domain money",
     "Halo Optima,\n\nYou charge 1850 for renew the domain nakamalsunset (OWD-2025-316) but we want to change the name of the bar next month. "
     "Please refund the domain money.\n\nSamson, Nakamal Sunset Kava",
     (2025, 9, 27, 16, 0), VU)], [R("deny")],
     spec="A domain renewal is a third-party fee: non-refundable (O6).")

proj("Gizo Reef Divers", "dive@gizoreefdivers.sb", "2025-09-10T10:00:00")
owpay("e_w15", "OWD-2025-317", "Gizo Reef Divers", "rush", "5000.00", "900.00", "2025-09-24T10:00:00")
case("o15-solomon-rush-fee", OWB, "decided", [M("Lynette Pitakaka <dive@gizoreefdivers.sb>",
     "Refund of express fee",
     "Hello,\n\nWe paid the express fee (OWD-2025-317) to have the Gizo Reef Divers booking page live for the dive festival, but the festival is "
     "postponed to next year so we did not need it so fast. Please refund the express fee.\n\nLynette",
     (2025, 9, 29, 13, 0), SB)], [R("deny")],
     spec="An expedited/rush fee is non-refundable (O6).")

proj("Letlhakane Site Catering", "procurement@letlhakanecatering.co.bw", None)
owpay("e_w16", "OWD-2025-318", "Letlhakane Site Catering", "deposit", "22000.00", "3080.00", "2025-09-28T12:00:00")
case("o16-botswana-yahoo-c2", OWB, "need_info", [M("Onalenna Kgosi <onalenna.kgosi@yahoo.com>",
     "deposit refund Letlhakane Site Catering",
     "Dumela rra/mma,\n\nI write from my personal email as the company server is down at the mine. Our contract email is "
     "procurement@letlhakanecatering.co.bw. The tender for the canteen contract was lost, so kindly refund the deposit OWD-2025-318.\n\nOnalenna Kgosi",
     (2025, 9, 29, 10, 0), BW)], rules=["C2"],
     spec="Written from a personal yahoo address naming the contract email: ask for the request from the contract address (C2, Optima explicit).")

proj("Yaba PayLink Portal", "legalops@yabapaylink.ng", "2025-08-10T10:00:00")
owpay("e_w17", "OWD-2025-319", "Yaba PayLink Portal", "milestone", "60000.00", "10800.00", "2025-09-20T10:00:00", milestone_status="completed")
case("o17-lagos-chargeback-milestone", OWB, "decided", [M("Emeka Nwosu <legalops@yabapaylink.ng>",
     "Dispute - OWD-2025-319 Yaba PayLink Portal",
     "Dear Optima,\n\nThe merchant onboarding screens delivered under milestone OWD-2025-319 fail our compliance checks. We want this milestone "
     "refunded. Failing a response in 48 hours we shall dispute the charge with our bank.\n\nEmeka Nwosu\nYaba PayLink Ltd",
     (2025, 9, 29, 12, 0), NG)], [R("escalate")], rules=["C4"],
     spec="'We shall dispute the charge with our bank': escalate (C4), though the completed milestone alone would be denied.")

proj("Vastkust Linen Studio", "studio@vastkustlinen.se", "2025-05-01T10:00:00")
owpay("e_w18", "OWD-2025-320", "Vastkust Linen Studio", "retainer", "9000.00", "1620.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
case("o18-swedish-retainer-no-reason", OWB, "need_info", [M("Ebba Lindgren <studio@vastkustlinen.se>",
     "Uppsägning / cancellation retainer",
     "Hej,\n\nPlease cancel the monthly retainer for Vastkust Linen Studio, invoice OWD-2025-320. Please confirm by e-mail.\n\nMvh\nEbba Lindgren",
     (2025, 9, 29, 10, 0), SE)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (sec.8); none given: ask for the reason (C3).")

proj("Najd Dates Boutique", "owner@najddates.sa", "2025-07-01T10:00:00")
proj("Najd Dates Wholesale", "owner@najddates.sa", "2025-08-01T10:00:00")
owpay("e_w19a", "OWD-2025-321", "Najd Dates Boutique", "milestone", "25000.00", "4500.00", "2025-09-20T10:00:00", milestone_status="not_started")
owpay("e_w19b", "OWD-2025-322", "Najd Dates Wholesale", "milestone", "25000.00", "4500.00", "2025-09-21T10:00:00", milestone_status="not_started")
case("o19-riyadh-which-project", OWB, "need_info", [M("Faisal Al-Otaibi <owner@najddates.sa>",
     "refund please",
     "Dear Optima team,\n\nPeace be upon you. Kindly we want refund for the milestone that not started yet, because our partner from Qassim "
     "decide to do the e-commerce with other company. Please tell me the steps.\n\nBest regards\nFaisal Al-Otaibi",
     (2025, 9, 29, 11, 0), SA_)], missing=["invoice_number", "project_name"],
     spec="Contract sender with two projects, each with a not-started milestone, and neither named: ask for project_name and invoice_number (C3).")

proj("Hoi An Lantern House", "contact@hoianlantern.vn", None)
owpay("e_w20a", "OWD-2025-323", "Hoi An Lantern House", "discovery", "9500.00", "1710.00", "2025-09-26T10:00:00")
owpay("e_w20b", "OWD-2025-324", "Hoi An Lantern House", "third_party", "3200.00", "576.00", "2025-09-26T10:05:00")
case("o20-vietnamese-thread-invoice", OWB, "decided", [
    M("Tran Minh Khoa <contact@hoianlantern.vn>", "Refund for Hoi An Lantern House",
      "Dear Optima,\n\nMy family decide to sell the lantern shop, so we not need the website anymore. Please refund the strategy fee for "
      "project Hoi An Lantern House. The meeting is not happen yet.\n\nThank you so much\nKhoa", (2025, 9, 29, 9, 0), VN),
    M("Tran Minh Khoa <contact@hoianlantern.vn>", "Re: Refund for Hoi An Lantern House",
      "Dear team, the invoice number is OWD-2025-323. Thank you.\nKhoa\n\n> Please send us the invoice or payment reference.",
      (2025, 9, 29, 16, 0), VN)], [R("approve", "9500.00")],
    spec="Thread: two payments on the project, the answer names the discovery invoice OWD-2025-323; no session started: full refund 9500.00 (C3, O1).")

case("o21-anglesey-fire-safety-hypothetical", OWB, "other", [M("Iwan Parry <iwan@monafiresafety.co.uk>",
     "Quote question - hosting",
     "Prynhawn da,\n\nI'm a fire safety consultant in Llangefni and I'm thinking of taking your annual hosting with the site build. If the "
     "business didn't work out after a couple of months, would I get any of the hosting money back? Just want to know before I sign.\n\nIwan Parry",
     (2025, 9, 29, 14, 0), BST)],
     spec="A hypothetical before buying (sec.8): other.")

proj("Lulworth Ballet Academy", "office@lulworthballet.co.uk", "2025-07-01T10:00:00")
owpay("e_w22", "OWD-2025-325", "Lulworth Ballet Academy", "change_request", "7500.00", "1350.00", "2025-09-24T10:00:00")
case("o22-dorset-ballet-change-request", OWB, "decided", [M("Miss Harriet Coombe <office@lulworthballet.co.uk>",
     "Refund - timetable page change (OWD-2025-325)",
     "Dear Optima,\n\nWe paid for the extra timetable page with online class booking (OWD-2025-325), which was not in the original quote. "
     "The parents' committee has since decided to keep booking by phone, so we would like that payment refunded.\n\nKind regards,\nHarriet Coombe\n"
     "Principal, Lulworth Ballet Academy",
     (2025, 9, 29, 17, 0), BST)], [R("deny")],
     spec="A change request outside the original scope is non-refundable (O6).")

proj("Seaford Homes Estate Agents", "branch@seafordhomes.co.uk", "2025-03-01T10:00:00")
owpay("e_w23", "OWD-2025-326", "Seaford Homes Estate Agents", "retainer", "12000.00", "2160.00", "2025-09-07T10:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07")
assert ist((2025, 9, 30, 9, 0), BST).date().isoformat() == "2025-09-30"
case("o23-sussex-estate-agent-day7-notice", OWB, "decided", [M("Graham Penfold <branch@seafordhomes.co.uk>",
     "Retainer - notice to cancel",
     "Morning,\n\nWe've been taken over by a group with its own web team, so please take this as notice to cancel our monthly retainer for "
     "Seaford Homes Estate Agents (OWD-2025-326). I believe 7 days' notice is needed, which today gives you.\n\nGraham Penfold\nBranch Manager",
     (2025, 9, 30, 9, 0), BST)], [X("cancel", "2025-10-06")],
     spec="Next billing 2025-10-07; the request's IST date 2025-09-30 is exactly 7 days before (on or before the cut-off): effective 2025-10-06 (O4).")

proj("Holyhead Marina Berths", "harbour@holyheadberths.co.uk", "2025-02-01T10:00:00")
owpay("e_w24", "OWD-2025-327", "Holyhead Marina Berths", "retainer", "10000.00", "1800.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("o24-anglesey-marina-no-refund", OWB, "decided", [M("Bryn Owen <harbour@holyheadberths.co.uk>",
     "Cancel retainer - Holyhead Marina Berths - OWD-2025-327",
     "Hi,\n\nThe marina's owners have moved our bookings onto the group's booking system, so we no longer need the monthly retainer. Please cancel it. "
     "I'm not asking for anything back for this month, we've had our money's worth.\n\nBryn Owen\nMarina Manager",
     (2025, 9, 29, 11, 0), BST)], [X("cancel", "2025-10-19")],
     spec="Retainer, next billing 2025-10-20, notice >= 7 days: effective 2025-10-19 (O4/O8); 'not asking for anything back' adds no refund.")

proj("Durham Bioassay Lab", "labmanager@durhambioassay.co.uk", "2025-09-01T10:00:00")
owpay("e_w25", "OWD-2025-328", "Durham Bioassay Lab", "setup", "4000.00", "720.00", "2025-09-24T10:00:00")
case("o25-durham-lab-setup-fee", OWB, "decided", [M("Dr Fiona Armstrong <labmanager@durhambioassay.co.uk>",
     "Setup fee OWD-2025-328",
     "Dear Optima WebDesign,\n\nI manage the bioassay lab. The university's IT department now insists all lab sites sit on their servers, "
     "so we won't be using your hosting setup. Please refund the setup/activation fee, OWD-2025-328.\n\nDr Fiona Armstrong\nLaboratory Manager",
     (2025, 9, 29, 10, 0), BST)], [R("deny")],
     spec="A setup/activation fee is non-refundable (O6).")

proj("St Peter Port Wine Cellars", "cellar@stpeterportwine.gg", None)
owpay("e_w26", "OWD-2025-329", "St Peter Port Wine Cellars", "deposit", "16000.00", "2880.00", "2025-09-28T14:00:00")
case("o26-guernsey-solicitor", OWB, "decided", [M("Giles Mauger <cellar@stpeterportwine.gg>",
     "Deposit OWD-2025-329",
     "Dear Sirs,\n\nFurther to my call, we are withdrawing from the website project (St Peter Port Wine Cellars) as the premises lease fell "
     "through. Please refund the deposit paid on Sunday, OWD-2025-329. I have copied the matter to our solicitor should that prove necessary.\n\n"
     "Giles Mauger",
     (2025, 9, 29, 16, 0), BST)], [R("escalate")], rules=["C4"],
     spec="The mention of a solicitor (a lawyer) is a C4 mention: escalate, though O2 alone would approve (paid 2025-09-28 14:00, 29 h, no work).")

case("o27-anglesey-ticket-autoack", OWB, "ignore", [M("Ynys Mon Council Helpdesk <helpdesk@ynysmonservices.co.uk>",
     "[Ticket #44812] We have received your message",
     "This is an automatic acknowledgement. Your message about the website refund has been logged as ticket 44812. Please do not reply.",
     (2025, 9, 29, 10, 0), BST, hdr={"Auto-Submitted": "auto-generated"})], rules=["C7"],
     spec="Auto-Submitted: auto-generated ticket acknowledgement: ignore (C7).")

proj("Amana Colonies Bakery", "bakery@amanacolbakery.com", "2025-08-01T10:00:00")
owpay("e_w28", "OWD-2025-330", "Amana Colonies Bakery", "milestone", "28000.00", "5040.00", "2025-09-22T20:00:00", milestone_status="not_started")
case("o28-iowa-no-dispute-milestone", OWB, "decided", [M("Greta Schuerer <bakery@amanacolbakery.com>",
     "Refund Request — Amana Colonies Bakery / OWD-2025-330",
     "Hi folks,\n\nWe're dropping the online ordering milestone (OWD-2025-330), our oven broke and we can't take mail orders this year. "
     "I'm not going to dispute anything with the bank, I'd just like that milestone back since you haven't started it.\n\nGreta\nAmana Colonies Bakery",
     (2025, 9, 29, 8, 0), CDT)], [R("approve", "28000.00")],
     spec="She rules out a bank dispute: no threat. Milestone not_started: refund 28000.00 (O3).")


case("o29-own-support-address", OWB, "ignore", [M("Optima WebDesign <support@optimawebdesign.com>",
     "Refund processed - OWD-2025-323",
     "Hello, your refund for invoice OWD-2025-323 has been initiated to the original payment method. It will be credited within 5-15 business days.\n\n"
     "Billing & Refunds Desk - Optima WebDesign",
     (2025, 9, 30, 12, 0), 330)], rules=["C7"],
     spec="Mail from the brand's own address (a copy of its own refund notice): ignore (C7).")


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
    out = build("en")
    checks()
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    lo = sum(e["brand"] == LOB for e in out)
    print(f"{len(out)} cases ({lo} leadsoptima, {len(out) - lo} optima_webdesign)", file=sys.stderr)
