"""fresh37 English cases (qa37c): regenerate with `python3 make_cases.py`."""
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

IN, BB, EDT, MDT, CY, MT, UK, QLD, NT, NZST, NZDT, KIR, ZM, KST, BR = 330, -240, -240, -360, 180, 120, 60, 600, 570, 720, 780, 840, 120, 540, -180
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")

# ================= LeadsOptima =================
cust("orders@bathshebarumshack.bb", "Bathsheba Rum Shack", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e37_p01", "LO-INV-37501", "orders@bathshebarumshack.bb", "monthly", *Mo, "2025-09-26T20:00:00", "2025-09-26", "2025-10-25")
lopay("e37_p02", "LO-INV-37502", "orders@bathshebarumshack.bb", "monthly", *Mo, "2025-09-26T20:01:00", "2025-09-26", "2025-10-25")
case("l01-barbados-rum-shack-double", LOB, "decided", [M("Bathsheba Rum Shack <orders@bathshebarumshack.bb>",
     "charge come out two times",
     "Morning,\n\nWunna system tek de money two times Friday morning, de monthly plan, 10:30 and 10:31 our time. Same amount both, "
     "1499 rupees plus de tax. Second one is LO-INV-37502. Please put back de extra one on de card, business slow slow dis time of year.\n\n"
     "Thanks\nMarcia Clarke\nBathsheba Rum Shack, St Joseph, Barbados",
     (2025, 9, 28, 9, 0), BB)], [R("approve", "1499.00")],
     spec="Charges 2025-09-26 20:00/20:01 IST (= 10:30/10:31 Barbados, Friday); email 2025-09-28 09:00 -04:00 = 18:30 IST, day 2: refund LO-INV-37502 1499.00 (L4).")

cust("coop@easternledgelobster.example", "Eastern Ledge Lobster Co-op", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("e37_p03", "LO-INV-37511", "coop@easternledgelobster.example", "quarterly", *Q, "2025-09-24T01:00:00", "2025-09-24", "2025-12-23")
lopay("e37_p04", "LO-INV-37512", "coop@easternledgelobster.example", "quarterly", *Q, "2025-09-24T01:02:00", "2025-09-24", "2025-12-23")
case("l02-maine-coop-evening-day7", LOB, "decided", [M("Eastern Ledge Lobster Co-op <coop@easternledgelobster.example>",
     "Double billed - quarterly",
     "Hi there,\n\nI do the books for the co-op two evenings a week so forgive the lag. Going through the card statement tonight I see your quarterly charge "
     "went through twice on Tuesday the 23rd, 3:30 in the afternoon and again two minutes later. The second is LO-INV-37512. "
     "We only have the one account. Could you reverse the extra one?\n\nAyuh, thanks,\nDeb Whitcomb\nTreasurer, Eastern Ledge Lobster Co-op, Deer Isle, Maine",
     (2025, 9, 30, 20, 0), EDT)], [R("approve", "3999.00")],
     spec="Charges 2025-09-24 01:00/01:02 IST (= 23rd 15:30 EDT, as quoted); email 2025-09-30 20:00 -04:00 = 2025-10-01 05:30 IST = day 7: inside: refund 3999.00 (L4).")

cust("office@bigtimbercattle.example", "Big Timber Cattle Co.", "annual", start="2025-09-23", end="2026-09-22")
lopay("e37_p05", "LO-INV-37521", "office@bigtimbercattle.example", "annual", *A, "2025-09-23T09:00:00", "2025-09-23", "2026-09-22")
lopay("e37_p06", "LO-INV-37522", "office@bigtimbercattle.example", "annual", *A, "2025-09-23T09:01:00", "2025-09-23", "2026-09-22")
case("l03-montana-ranch-day8", LOB, "decided", [M("Big Timber Cattle Co. <office@bigtimbercattle.example>",
     "Charged twice for annual",
     "Folks,\n\nWe got hit twice for the annual plan Monday night the 22nd, about 9:30 our time. LO-INV-37521 and LO-INV-37522. "
     "Been shipping calves all week so I'm just now getting to it. One of those needs to come back.\n\nCal Brennan\nBig Timber Cattle Co., Sweet Grass County, MT",
     (2025, 9, 30, 13, 0), MDT)], [R("deny")],
     spec="Charges 2025-09-23 09:00 IST (= Mon 22nd 21:30 MDT, as quoted); email 2025-09-30 13:00 -06:00 = 2025-10-01 00:30 IST = day 8: outside: deny (L3).")

cust("bookings@kiritimatibonefish.example", "Kiritimati Bonefish Lodge", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e37_p07", "LO-INV-37531", "bookings@kiritimatibonefish.example", "monthly", *Mo, "2025-09-23T18:00:00", "2025-09-23", "2025-10-22")
lopay("e37_p08", "LO-INV-37532", "bookings@kiritimatibonefish.example", "monthly", *Mo, "2025-09-23T18:03:00", "2025-09-23", "2025-10-22")
case("l04-kiribati-plus14", LOB, "decided", [M("Kiritimati Bonefish Lodge <bookings@kiritimatibonefish.example>",
     "Two payment same plan",
     "Mauri,\n\nWe are fishing lodge on Kiritimati island. Internet here is satellite, very slow, so I write late. On 24 September early morning (2:30 our time) "
     "the monthly payment go two times from lodge card. LO-INV-37531 and LO-INV-37532. Please return one. Ko rabwa.\n\nTeeta Kaiea\nBookings, Kiritimati Bonefish Lodge",
     (2025, 10, 1, 8, 0), KIR)], [R("approve", "1499.00")],
     spec="Charges 2025-09-23 18:00/18:03 IST (= 24 Sep 02:30 +14:00, as quoted); email 2025-10-01 08:00 +14:00 = 2025-09-30 23:30 IST = day 7: refund LO-INV-37532 1499.00 (L4).")

cust("shop@stromnessknitwear.example", "Stromness Knitwear", "quarterly", start="2025-09-25", end="2025-12-24")
for i, t in enumerate(("14:00:00", "14:00:40", "14:01:30")):
    lopay(f"e37_p{9 + i:02d}", f"LO-INV-3754{i + 1}", "shop@stromnessknitwear.example", "quarterly", *Q, f"2025-09-25T{t}", "2025-09-25", "2025-12-24")
case("l05-orkney-three-times", LOB, "decided", [M("Stromness Knitwear <shop@stromnessknitwear.example>",
     "Three charges??",
     "Hello,\n\nThe card machine in the shop is fine but your website is not: our quarterly plan was taken three times on Thursday morning "
     "(LO-INV-37541, -37542 and -37543). We're a wee knitwear shop in Stromness, that's a lot of jumpers' worth. "
     "Please refund the two extras.\n\nKind regards,\nIngrid Flett",
     (2025, 9, 26, 10, 15), UK)], [R("approve", "7998.00")],
     spec="Three paid quarterly charges 2025-09-25 (Thursday; 09:30 BST), same period; request day 1: the two later are duplicates: 3999 x 2 = 7998.00 (section 8).")

cust("farmshop@tyneford.example", "Tyneford Farm Shop", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e37_p12", "LO-INV-37551", "farmshop@tyneford.example", "annual", *A, "2025-09-27T13:00:00", "2025-09-27", "2026-09-26")
case("l06-northumberland-wrong-plan", LOB, "decided", [M("Tyneford Farm Shop <farmshop@tyneford.example>",
     "Wrong plan charged",
     "Hiya,\n\nWe signed up for the monthly plan for the farm shop (eggs, lamb boxes, the lot) but you've taken the annual price, a small fortune, "
     "invoice LO-INV-37551. We never picked annual. Can you sort it and refund the difference or the lot, whichever is right?\n\nCheers pet,\nMaureen Robson\nTyneford Farm Shop, near Hexham",
     (2025, 9, 28, 9, 30), UK)], [R("escalate")],
     spec="Charged for the wrong plan (billing_error) inside the window (day 1): escalate (L5).")

cust("woof@fenlandgrooming.example", "Fenland Dog Grooming", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e37_p13", "LO-INV-37561", "woof@fenlandgrooming.example", "monthly", *Mo, "2025-09-24T15:00:00", "2025-09-24", "2025-10-23")
case("l07-norfolk-groomer-locked-out", LOB, "decided", [M("Fenland Dog Grooming <woof@fenlandgrooming.example>",
     "locked out of account",
     "Hi,\n\nSorry if this is the wrong place. I run a dog grooming van round Downham Market and King's Lynn. Since I paid on Wednesday I'm locked out of the account, "
     "it keeps saying my session expired and logging me out. Your chat said they'd look into it, nothing since. "
     "I can't be doing with it, I'd like my money back please.\n\nJo Cattermole\nFenland Dog Grooming",
     (2025, 9, 27, 19, 0), UK)], [R("escalate")],
     spec="Access failure inside the window (charge 2025-09-24, request day 3), the one charge LO-INV-37561: escalate (L6).")

cust("cider@quantockorchard.example", "Quantock Orchard Cider", "monthly", start="2025-09-17", end="2025-10-16")
lopay("e37_p14", "LO-INV-37571", "cider@quantockorchard.example", "monthly", *Mo, "2025-09-17T12:00:00", "2025-09-17", "2025-10-16")
case("l08-somerset-cider-late", LOB, "decided", [M("Quantock Orchard Cider <cider@quantockorchard.example>",
     "Refund - dashboard won't load",
     "Afternoon,\n\nYour dashboard won't load for us since we paid on the 17th, just the spinning circle. Been pressing cider all month so only now writing. "
     "Invoice LO-INV-37571. Refund please.\n\nTom Hext\nQuantock Orchard Cider, Somerset",
     (2025, 9, 27, 15, 0), UK)], [R("deny")],
     spec="Charge 2025-09-17; request 2025-09-27 (19:30 IST) = day 10: outside the 7-day window: deny (L3).")

cust("niamh@foylecraftbakery.example", "Foyle Craft Bakery", "monthly", start="2025-09-28", end="2025-10-27")
lopay("e37_p15", "LO-INV-37581", "niamh@foylecraftbakery.example", "monthly", *Mo, "2025-09-28T14:00:00", "2025-09-28", "2025-10-27")
case("l09-derry-changed-mind", LOB, "decided", [M("Niamh at Foyle Craft Bakery <niamh@foylecraftbakery.example>",
     "ah here - refund",
     "Hiya,\n\nSigned up Sunday, sure look it's grand and all but our Ciaran says we get more than enough orders through Facebook so we don't need it. "
     "Haven't even used it yet. Could ye refund LO-INV-37581?\n\nNiamh Doherty\nFoyle Craft Bakery, Waterside, Derry",
     (2025, 9, 29, 11, 0), UK)], [R("deny")],
     spec="Changed mind / not used: no L2 exception: deny (L1), cancellation offered.")

cust("sugarhouse@greenmtnmaple.example", "Green Mountain Maple", "annual", start="2025-09-15", end="2026-09-14")
lopay("e37_p16", "LO-INV-37591", "sugarhouse@greenmtnmaple.example", "annual", *A, "2025-09-15T18:00:00", "2025-09-15", "2026-09-14")
case("l10-vermont-maple-cancel-prorate", LOB, "decided", [M("Green Mountain Maple <sugarhouse@greenmtnmaple.example>",
     "cancel + prorated refund",
     "Hello,\n\nWe're a small sugarhouse in Vermont. The annual plan turned out to be way more than we need; sugaring season is only six weeks. "
     "Please cancel the plan and refund the unused months, prorated. Invoice LO-INV-37591.\n\nThanks,\nEzra Pike",
     (2025, 9, 26, 9, 0), EDT)], [R("deny"), X("cancel", "2026-09-14")],
     spec="Unused months / too much: no partial refunds (L1): deny; cancel until current_period_end 2026-09-14 (L8).")

cust("hello@tetonhorsebackrides.example", "Teton Horseback Rides", "monthly", status="trial", trial_ends="2025-10-08")
case("l11-wyoming-trial-refund", LOB, "decided", [M("Teton Horseback Rides <hello@tetonhorsebackrides.example>",
     "refund my trial",
     "Hey,\n\nStarted the free trial last week for our trail-ride outfit outside Jackson. Not for us. Refund whatever you took and make sure nothing else gets charged.\n\n"
     "Dusty Harlan",
     (2025, 9, 29, 17, 0), MDT)], [R("deny")], extra_ok=True,
     spec="Trial account, no charge: nothing to refund: deny (L7). extra_ok: 'make sure nothing else gets charged' may be acknowledged as the cancellation he asks for.")

cust("front@acomaturquoise.example", "Acoma Turquoise Gallery", "quarterly", start="2025-08-02", end="2025-11-01")
lopay("e37_p17", "LO-INV-37611", "front@acomaturquoise.example", "quarterly", *Q, "2025-08-02T10:00:00", "2025-08-02", "2025-11-01")
case("l12-new-mexico-gallery-cancel", LOB, "decided", [M("Acoma Turquoise Gallery <front@acomaturquoise.example>",
     "Please cancel our subscription",
     "Good afternoon,\n\nWe're closing the Santa Fe gallery at the end of the year and moving the business online with a partner who has their own lead tools. "
     "Please cancel our quarterly plan so it doesn't renew.\n\nWith thanks,\nLorraine Chavez",
     (2025, 9, 25, 14, 0), MDT)], [X("cancel", "2025-11-01")],
     spec="Cancel: active until current_period_end 2025-11-01 (L8).")

cust("info@daintreereeftours.example", "Daintree Reef Tours", "quarterly")
lopay("e37_p18", "LO-INV-37621", "info@daintreereeftours.example", "quarterly", *Q, "2025-08-14T20:00:00Z")
case("l13-queensland-utc-fallback", LOB, "decided", [M("Daintree Reef Tours <info@daintreereeftours.example>",
     "cancel plan",
     "G'day,\n\nWet season's coming, boats go up on the hardstand from November, so no point paying for leads. Cancel the quarterly plan thanks.\n\nShane, Daintree Reef Tours, Port Douglas QLD",
     (2025, 9, 29, 8, 0), QLD)], [X("cancel", "2025-11-14")],
     spec="No current_period_end; ledger charge 2025-08-14T20:00Z = 2025-08-15 01:30 IST: 2025-08-15 + 3 months - 1 day = 2025-11-14 (L8, section 8 offsets).")

cust("admin@topendbarra.example", "Top End Barra Charters", "annual", start="2025-04-10", end="2026-04-09")
lopay("e37_p19", "LO-INV-37631", "admin@topendbarra.example", "annual", *A, "2025-04-10T10:00:00", "2025-04-10", "2026-04-09")
case("l14-darwin-terse-cancel", LOB, "decided", [M("Top End Barra Charters <admin@topendbarra.example>",
     "cancel",
     "cancel the annual plan pls\n\nsent from my phone",
     (2025, 9, 27, 7, 15), NT)], [X("cancel", "2026-04-09")],
     spec="Cancellation with no reason is not held up: cancel until 2026-04-09 (L8).")

cust("accounts@centralotagovines.example", "Central Otago Vines", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e37_p20", "LO-INV-37641", "accounts@centralotagovines.example", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("e37_p21", "LO-INV-37642", "accounts@centralotagovines.example", "monthly", *Mo, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
case("l15-otago-personal-gmail", LOB, "need_info", [M("Hamish McLeod <hamish.mcleod.otago@gmail.com>",
     "Duplicate payment - Central Otago Vines",
     "Kia ora,\n\nWriting from my own email as the accounts inbox is playing up. The account is registered as accounts@centralotagovines.example. "
     "We were charged twice on the 25th for the monthly plan (LO-INV-37642 is the duplicate). Please refund and reply to this address.\n\nCheers,\nHamish\nCromwell, Central Otago",
     (2025, 9, 27, 9, 0), NZST)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from accounts@centralotagovines.example; disclose nothing (C2).")

cust("director@limassolyachtcharter.example", "Limassol Yacht Charter", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("e37_p22", "LO-INV-37651", "director@limassolyachtcharter.example", "quarterly", *Q, "2025-09-20T12:00:00", "2025-09-20", "2025-12-19")
case("l16-cyprus-outlook-forward", LOB, "need_info", [M("Andreas Georgiou <andreas@georgiou-accounting.example>",
     "FW: LeadsOptima",
     "Dear Sirs,\n\nPlease see below from my client, kindly action.\n\nAndreas Georgiou\nGeorgiou & Co Accountants, Limassol\n\n"
     "-----Original Message-----\nFrom: Limassol Yacht Charter <director@limassolyachtcharter.example>\nSent: Friday, September 26, 2025 11:20 AM\n"
     "To: Andreas Georgiou <andreas@georgiou-accounting.example>\nSubject: LeadsOptima\n\n"
     "Andreas, the season is finished, the boats are going to the yard. Please tell LeadsOptima to cancel our plan and get back the money for October-December.\n",
     (2025, 9, 26, 13, 0), CY)], rules=["C2"],
     spec="An accountant forwards the client's request; the forwarded mail carries the registered address, not the sender: C2 (section 8 Forwards).")

case("l17-malta-unknown", LOB, "need_info", [M("Salvu Grech <salvu.grech.gozo@gmail.com>",
     "refund please",
     "Hello, I paid your monthly plan on Saturday and cannot log in since. I want the refund. Salvu, Xaghra, Gozo",
     (2025, 9, 29, 10, 0), MT)], rules=["C2"],
     spec="Sender unknown to LeadsOptima's ledger and no registered email named: C2 (write from the registered email); nothing disclosed.")

cust("admin@ardmorehillhospice.example", "Ardmore Hill Hospice", "annual", start="2025-09-26", end="2026-09-25")
lopay("e37_p23", "LO-INV-37671", "admin@ardmorehillhospice.example", "annual", *A, "2025-09-26T15:00:00", "2025-09-26", "2026-09-25")
case("l18-hospice-admin-no-reason", LOB, "need_info", [M("Ardmore Hill Hospice Administration <admin@ardmorehillhospice.example>",
     "Request for refund: invoice LO-INV-37671",
     "Dear LeadsOptima team,\n\nOn behalf of the hospice I would be grateful if you could arrange a refund of invoice LO-INV-37671 (annual plan). "
     "Please confirm by return once this has been actioned.\n\nYours faithfully,\n\nElspeth Moir\nHospice Administrator, Ardmore Hill Hospice\n\n"
     "Ardmore Hill Hospice is a registered charity. This email and any attachments are confidential and intended solely for the addressee. "
     "If you have received it in error please notify the sender and delete it.",
     (2025, 9, 29, 10, 30), UK)], missing=["reason"],
     spec="Refund from the registered email with the invoice but no reason (the disclaimer is not one): need_info [reason] (C3).")

cust("manager@coquetdalesinfonia.example", "Coquetdale Sinfonia", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("e37_p24", "LO-INV-37681", "manager@coquetdalesinfonia.example", "quarterly", *Q, "2025-09-24T16:00:00", "2025-09-24", "2025-12-23")
lopay("e37_p25", "LO-INV-37682", "manager@coquetdalesinfonia.example", "quarterly", *Q, "2025-09-24T16:02:00", "2025-09-24", "2025-12-23")
case("l19-orchestra-thread", LOB, "decided", [
     M("Coquetdale Sinfonia <manager@coquetdalesinfonia.example>", "Refund LO-INV-37682",
       "Hello,\n\nCould you refund LO-INV-37682 please? Rehearsals start Monday so I'm rather stretched.\n\nBest,\nCharlotte Armstrong\nOrchestra Manager, Coquetdale Sinfonia, Alnwick",
       (2025, 9, 28, 18, 0), UK),
     M("Coquetdale Sinfonia <manager@coquetdalesinfonia.example>", "Re: Refund LO-INV-37682",
       "Apologies, should have said: it's a duplicate. Our quarterly plan was charged twice on 24 September, a couple of minutes apart, and 37682 is the second.\n\n"
       "Charlotte\n\nOn Sun, 28 Sept 2025 at 18:00, Coquetdale Sinfonia <manager@coquetdalesinfonia.example> wrote:\n> Could you refund LO-INV-37682 please?",
       (2025, 9, 30, 8, 45), UK)], [R("approve", "3999.00")],
     spec="Thread: the first mail (2025-09-28 22:30 IST, day 4) has no reason; the answer says charged twice: pair 2025-09-24: refund LO-INV-37682 3999.00 (C3, L4).")

cust("ops@walvisbaykayak.example", "Walvis Bay Kayak Tours", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e37_p26", "LO-INV-37691", "ops@walvisbaykayak.example", "monthly", *Mo, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("e37_p27", "LO-INV-37692", "ops@walvisbaykayak.example", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l20-namibia-no-invoice", LOB, "need_info", [M("Walvis Bay Kayak Tours <ops@walvisbaykayak.example>",
     "Cannot access platform - refund",
     "Good day,\n\nWe cannot access the platform, the page stays white after login. Our monthly plan keeps getting paid though. We want a refund.\n\nRegards\nHeinrich Mouton\nWalvis Bay Kayak Tours, Namibia",
     (2025, 9, 27, 9, 0), ZM)], missing=["invoice_number"],
     spec="Access-failure refund from the registered email, two charges on the account (Aug, Sep) and none named: need_info [invoice_number] (C3).")

cust("treasurer@kitwetownshipcharity.example", "Kitwe Township Education Fund", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e37_p28", "LO-INV-37701", "treasurer@kitwetownshipcharity.example", "monthly", *Mo, "2025-07-23T10:00:00", "2025-07-23", "2025-08-22")
lopay("e37_p29", "LO-INV-37702", "treasurer@kitwetownshipcharity.example", "monthly", *Mo, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case("l21-copperbelt-thread-invoice", LOB, "decided", [
     M("Kitwe Township Education Fund <treasurer@kitwetownshipcharity.example>", "platform not loading",
       "Dear Sir/Madam,\n\nI am a volunteer doing the finances for our education fund in Kitwe. Since the charge on 23rd September the platform is not loading for any of our volunteers. "
       "Your support desk has not solved it. We are a charity and every kwacha counts, so we request a refund.\n\nYours,\nMwila Chanda (Mr)\nFinance Volunteer",
       (2025, 9, 26, 11, 0), ZM),
     M("Kitwe Township Education Fund <treasurer@kitwetownshipcharity.example>", "Re: platform not loading",
       "Dear Sir,\n\nThe invoice is LO/INV/37702.\n\nMwila\n\n-----Original Message-----\n> Since the charge on 23rd September the platform is not loading...",
       (2025, 9, 29, 10, 0), ZM)], [R("escalate")],
     spec="Thread: access failure; two charges so the invoice is asked; the answer 'LO/INV/37702' matches LO-INV-37702 (2025-09-23; first mail 2025-09-26 = day 3): escalate (L6).")

cust("info@maracasbakeandshark.example", "Maracas Bake & Shark", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e37_p30", "LO-INV-37711", "info@maracasbakeandshark.example", "monthly", *Mo, "2025-09-26T19:00:00", "2025-09-26", "2025-10-25")
lopay("e37_p31", "LO-INV-37712", "info@maracasbakeandshark.example", "monthly", *Mo, "2025-09-26T19:01:00", "2025-09-26", "2025-10-25")
case("l22-trinidad-dispute-bank", LOB, "decided", [M("Maracas Bake & Shark <info@maracasbakeandshark.example>",
     "Allyuh charge me twice",
     "Good morning,\n\nAllyuh take the monthly money twice Friday morning, LO-INV-37711 and LO-INV-37712. I not playing, if allyuh doh put back "
     "the extra one by Wednesday I going and raise a dispute with my bank and let them deal with it.\n\nRoxanne Mohammed\nMaracas Bay, Trinidad",
     (2025, 9, 29, 8, 0), BB)], [R("escalate")], rules=["C4"],
     spec="A valid duplicate, but a bank-dispute threat: escalate (C4).")

cust("contato@floripasurfschool.example", "Floripa Surf School", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e37_p32", "LO-INV-37721", "contato@floripasurfschool.example", "monthly", *Mo, "2025-09-20T20:00:00", "2025-09-20", "2025-10-19")
case("l23-brazilian-lawyer-mention", LOB, "decided", [M("Floripa Surf School <contato@floripasurfschool.example>",
     "Cancel subscription",
     "Hello,\n\nI want to cancel the subscription, the leads are all from India and we are a surf school in Florianopolis, it make no sense for us. "
     "My cousin is lawyer and she says that in Brazil the consumer can cancel in 7 days with all money back, so please cancel it and give me all the money back.\n\nAbraços,\nRafael Oliveira",
     (2025, 9, 25, 10, 0), BR)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="A lawyer and consumer rights are invoked (mention, section 2 C4): the whole case escalates, the cancellation and the refund he expects included.")

cust("kontor@aarhuscykler.example", "Aarhus Cykler", "quarterly", start="2025-08-18", end="2025-11-17")
lopay("e37_p33", "LO-INV-37731", "kontor@aarhuscykler.example", "quarterly", *Q, "2025-08-18T12:00:00", "2025-08-18", "2025-11-17")
case("l24-danish-no-chargeback", LOB, "decided", [M("Aarhus Cykler <kontor@aarhuscykler.example>",
     "Cancellation of our plan",
     "Hej,\n\nTo be clear from the start: we will not make a chargeback or anything like that, your service was okay. "
     "But we are a bicycle shop and in winter we sell very few bikes, so please stop the quarterly plan. We keep it until the period ends, that is fine.\n\n"
     "Med venlig hilsen\nMette Sørensen\nAarhus Cykler ApS",
     (2025, 9, 29, 9, 0), MT)], [X("cancel", "2025-11-17")],
     spec="Chargeback ruled out, nothing else threatened: no C4; cancel until current_period_end 2025-11-17 (L8).")

case("l25-auto-reply", LOB, "ignore", [M("Ingrid Flett <shop@stromnessknitwear.example>",
     "Auto: Re: [LO-3754] your refund",
     "Thank you for your email. The shop is closed until 6 October. For urgent matters ring the shop.",
     (2025, 9, 30, 9, 0), UK, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")

case("l26-bulk-newsletter", LOB, "ignore", [M("Rural Business Bulletin <news@ruralbizbulletin.example>",
     "This week: how to cancel subscriptions you no longer need",
     "Ten tips to cut your software spend: cancel unused plans, ask for refunds when charged twice...\nUnsubscribe at any time.",
     (2025, 9, 26, 6, 0), UK, hdr={"Precedence": "bulk"})], rules=["C7"],
     spec="Precedence: bulk newsletter: ignore (C7).")

case("l27-postmaster-bounce", LOB, "ignore", [M("postmaster@mail.walvisbaykayak.example",
     "Undeliverable: Re: [LO-3769] platform access",
     "Delivery has failed to these recipients: heinrich@walvisbaykayak.example. The mailbox is full.",
     (2025, 9, 28, 12, 0), ZM, hdr={"_dsn": "Reporting-MTA: dns; mail.walvisbaykayak.example\n\nFinal-Recipient: rfc822; heinrich@walvisbaykayak.example\nAction: failed\nStatus: 5.2.2\n"})],
     rules=["C7"], spec="postmaster delivery-status report: ignore (C7).")

cust("biuro@krakowpierogi.example", "Pierogarnia Kraków", "monthly", start="2025-09-12", end="2025-10-11")
lopay("e37_p34", "LO-INV-37741", "biuro@krakowpierogi.example", "monthly", *Mo, "2025-09-12T12:00:00", "2025-09-12", "2025-10-11")
case("l28-polish-invoice-question", LOB, "other", [M("Pierogarnia Kraków <biuro@krakowpierogi.example>",
     "Invoice data change",
     "Good morning,\n\nPlease, I need to change the company data on invoice: our NIP number and new address (ul. Długa 12). Is it possible to correct also the invoice from 12 September? "
     "Our accountant need it for VAT.\n\nBest regards\nAgnieszka Nowak",
     (2025, 9, 26, 9, 0), MT)],
     spec="A request to correct invoice details: neither refund nor cancellation: other.")

cust("hello@seoulbbqbrisbane.example", "Seoul BBQ Brisbane", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("e37_p35", "LO-INV-37751", "hello@seoulbbqbrisbane.example", "quarterly", *Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
case("l29-korean-no-refund-question", LOB, "other", [M("Seoul BBQ Brisbane <hello@seoulbbqbrisbane.example>",
     "question about leads",
     "Hello,\n\nI am not want refund, please no worry. Only I want to know: can the leads form show Korean language also? Many of our customer is Korean students. "
     "Thank you very much.\n\nJi-hoon Park",
     (2025, 9, 26, 14, 0), QLD)],
     spec="Refund explicitly not wanted (section 8 negation); a product question: other.")

case("l30-guyana-hypothetical", LOB, "other", [M("Essequibo Rice Traders <sales.essequiborice@gmail.com>",
     "Before we sign up",
     "Good day,\n\nWe are thinking to take the annual plan for our rice export business here in Guyana. If we pay for the year and it don't work out for us after "
     "two months, would we get back the remaining months? Just asking before we buy.\n\nRegards\nDevendra Persaud",
     (2025, 9, 25, 11, 0), BB)],
     spec="Hypothetical refund question before buying (section 8): other.")

cust("office@penwithcottages.example", "Penwith Cottages", "annual", start="2025-02-01", end="2026-01-31")
lopay("e37_p36", "LO-INV-37761", "office@penwithcottages.example", "annual", *A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
case("l31-past-refund-thanks", LOB, "other", [M("Penwith Cottages <office@penwithcottages.example>",
     "Thank you",
     "Dear all,\n\nJust a note to say thank you for sorting out the duplicate charge back in February. I never did say so at the time, "
     "and I'm sorry for the grumpy emails then. All working well now, and the cottages have had a good summer.\n\nBest wishes,\nRuth",
     (2025, 9, 24, 16, 0), UK)],
     spec="Thanks for a past refund: nothing asked: other.")

cust("finance@bridgwatercarers.example", "Bridgwater Carers Trust", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e37_p37", "LO-INV-37771", "finance@bridgwatercarers.example", "monthly", *Mo, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
lopay("e37_p38", "LO-INV-37772", "finance@bridgwatercarers.example", "monthly", *Mo, "2025-09-25T11:01:00", "2025-09-25", "2025-10-24", status="refunded")
case("l32-charity-refunded-already", LOB, "decided", [M("Bridgwater Carers Trust <finance@bridgwatercarers.example>",
     "Duplicate charge LO-INV-37772",
     "Hello,\n\nI'm the volunteer finance officer for the trust. We were charged twice on 25 September; the second charge is LO-INV-37772. "
     "I can't see a refund on our bank statement yet, so please refund it.\n\nMany thanks,\nGeoff Denning (volunteer)",
     (2025, 9, 28, 10, 0), UK)], [R("escalate")],
     spec="The named charge LO-INV-37772 is already 'refunded' in the ledger, not paid: a refund of it is escalated (section 8).")

proj("Marsaxlokk Fish Market Site", "info@marsaxlokkfish.example", "2025-09-01T10:00:00")
owpay("e37_w90", "OWD-2025-3790", "Marsaxlokk Fish Market Site", "milestone", "10000.00", "1800.00", "2025-09-05T10:00:00", milestone_status="completed")
case("l33-owd-client-at-lo", LOB, "need_info", [M("Marsaxlokk Fish Market <info@marsaxlokkfish.example>",
     "cancel",
     "Hello, please cancel our monthly plan, the new website will do the leads. Thank you. Joseph",
     (2025, 9, 28, 10, 0), MT)], rules=["C2"],
     spec="An Optima WebDesign client writes to LeadsOptima; unknown in LeadsOptima's ledger: treated as an unknown sender: C2.")

cust("office@chingolacarhire.example", "Chingola Car Hire", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e37_p39", "LO-INV-37781", "office@chingolacarhire.example", "monthly", *Mo, "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
lopay("e37_p40", "LO-INV-37782", "office@chingolacarhire.example", "monthly", *Mo, "2025-09-26T12:02:00", "2025-09-26", "2025-10-25")
case("l34-copperbelt-slash-invoice", LOB, "decided", [M("Chingola Car Hire <office@chingolacarhire.example>",
     "DOUBLE DEDUCTION",
     "GOOD MORNING SIR\n\nKINDLY BE INFORMED THAT OUR ACCOUNT WAS DEBITED TWICE ON 26/09/2025 FOR THE MONTHLY PLAN. THE SECOND DEBIT IS LO/INV/37782. "
     "WE REQUEST THAT THE SECOND AMOUNT BE REVERSED TO OUR CARD.\n\nREGARDS\nMR. B. MWANSA\nCHINGOLA CAR HIRE, COPPERBELT",
     (2025, 9, 29, 8, 30), ZM)], [R("approve", "1499.00")],
     spec="All-caps mail; 'LO/INV/37782' matches LO-INV-37782; pair 2025-09-26; request day 3: refund 1499.00 (L4).")

cust("bookings@swakopdunetours.example", "Swakop Dune Tours", "monthly", status="cancelled", start="2025-08-27", end="2025-09-26")
lopay("e37_p41", "LO-INV-37791", "bookings@swakopdunetours.example", "monthly", *Mo, "2025-09-27T07:00:00", "2025-09-27", "2025-10-26")
case("l35-namibia-charged-after-cancel", LOB, "decided", [M("Swakop Dune Tours <bookings@swakopdunetours.example>",
     "Charged after I cancelled",
     "Hallo,\n\nI cancelled our plan in August under Billing > Cancel Plan and got the confirmation mail. This morning you charged the card again (LO-INV-37791). "
     "Please refund, we didn't want it.\n\nGroete\nAnneke van Wyk\nSwakopmund",
     (2025, 9, 27, 10, 0), ZM)], [R("escalate")],
     spec="Charged after cancelling (billing_error) inside the window: escalate (L5).")

cust("team@noosayoga.example", "Noosa Yoga Studio", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e37_p42", "LO-INV-37801", "team@noosayoga.example", "monthly", *Mo, "2025-09-26T05:00:00", "2025-09-26", "2025-10-25")
case("l36-queensland-top-posted", LOB, "decided", [M("Noosa Yoga Studio <team@noosayoga.example>",
     "Re: Welcome to LeadsOptima!",
     "Hi, replying to your welcome email because I can't find another way to reach you. Still can't log in, it's been four days, password reset link just loops back to the login page. "
     "I'd like a refund of the monthly payment please, I don't have time for this.\n\nBec\n\n"
     "On Fri, 26 Sep 2025 at 9:31 am, LeadsOptima <noreply@leadsoptima.com> wrote:\n> Welcome to LeadsOptima! Your monthly plan is active.\n> Log in at any time to get started.\n",
     (2025, 9, 30, 10, 0), QLD)], [R("escalate")],
     spec="Top-posted reply to the welcome mail: access failure, charge 2025-09-26 05:00 IST (09:30 Queensland), request day 4; the one charge: escalate (L6).")

cust("hello@tamarvalleyflowers.example", "Tamar Valley Flowers", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("e37_p43", "LO-INV-37811", "hello@tamarvalleyflowers.example", "quarterly", *Q, "2025-09-27T14:00:00", "2025-09-27", "2025-12-26")
lopay("e37_p44", "LO-INV-37812", "hello@tamarvalleyflowers.example", "quarterly", *Q, "2025-09-27T14:01:00", "2025-09-27", "2025-12-26")
case("l37-apple-mail-html-only", LOB, "decided", [M("Tamar Valley Flowers <hello@tamarvalleyflowers.example>",
     "Charged twice", None, (2025, 9, 29, 8, 0), UK,
     html="<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head><body style='word-wrap: break-word;'>"
          "<div>Morning,</div><div><br></div><div>Our quarterly plan was charged twice on Saturday, 9:30 and 9:31:</div>"
          "<ul><li>LO-INV-37811</li><li>LO-INV-37812</li></ul><div>Please refund the second one.</div><div><br></div>"
          "<div>Thanks,<br>Lowenna Trewin<br>Tamar Valley Flowers, Calstock</div><div><br></div><div>Sent from my iPad</div></body></html>")],
     [R("approve", "3999.00")],
     spec="HTML-only Apple Mail: pair 2025-09-27 14:00/14:01 IST (09:30/09:31 BST, Saturday); request day 2: refund LO-INV-37812 3999.00 (L4).")

cust("studio@burlingtonpottery.example", "Burlington Pottery Studio", "annual", start="2025-06-20", end="2026-06-19")
lopay("e37_p45", "LO-INV-37821", "studio@burlingtonpottery.example", "annual", *A, "2025-06-20T10:00:00", "2025-06-20", "2026-06-19")
case("l38-vermont-several-asks", LOB, "decided", [M("Burlington Pottery Studio <studio@burlingtonpottery.example>",
     "a few things",
     "Hi,\n\nThree quick things:\n1. Can I export my contacts as a CSV? I can't find the button.\n2. We're switching to a different tool in the new year, so please cancel our annual plan; "
     "I know it runs to June, that's fine.\n3. Is there a way to add a second user?\n\nThanks!\nGreta Lindqvist",
     (2025, 9, 29, 10, 0), EDT)], [X("cancel", "2026-06-19")],
     spec="Several asks; the only policy request is the cancellation (switching tools): cancel until 2026-06-19 (L8).")

cust("hi@harbourbooks.example", "Harbour Books Bar Harbor", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e37_p46", "LO-INV-37831", "hi@harbourbooks.example", "monthly", *Mo, "2025-09-25T18:00:00", "2025-09-25", "2025-10-24")
lopay("e37_p47", "LO-INV-37832", "hi@harbourbooks.example", "monthly", *Mo, "2025-09-25T18:02:00", "2025-09-25", "2025-10-24")
case("l39-refund-and-cancel", LOB, "decided", [M("Harbour Books <hi@harbourbooks.example>",
     "double charge and cancel",
     "Hello,\n\nTwo things. You charged the monthly plan twice on the 25th (LO-INV-37832 is the extra), please refund that one. "
     "And then please cancel the plan altogether, we're a tiny bookshop and it's more than we need.\n\nThanks,\nPriya Natarajan",
     (2025, 9, 27, 10, 0), EDT)], [R("approve", "1499.00"), X("cancel", "2025-10-24")],
     spec="Duplicate inside the window (day 2): refund LO-INV-37832 1499.00 (L4); cancel until 2025-10-24 (L8).")

cust("info@cheyennefeedstore.example", "Cheyenne Feed & Tack", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e37_p48", "LO-INV-37841", "info@cheyennefeedstore.example", "monthly", *Mo, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("e37_p49", "LO-INV-37842", "info@cheyennefeedstore.example", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l40-wyoming-renewal-not-pair", LOB, "decided", [M("Cheyenne Feed & Tack <info@cheyennefeedstore.example>",
     "charged twice",
     "Hello,\n\nYou've charged us twice now, once in August and again on the 24th of this month (LO-INV-37842). I only signed up once. Refund the second one.\n\nBuck Tillman\nCheyenne, WY",
     (2025, 9, 27, 9, 0), MDT)], [R("escalate")],
     spec="Two charges for different periods (Aug and Sep renewal), not a pair; the named charge 2025-09-25 10:00 IST (= 24th 22:30 MDT) is inside the window (request 2025-09-27 20:30 IST, day 2): no pair: escalate (L4).")

cust("manager@busankitchen.example", "Busan Kitchen", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e37_p50", "LO-INV-37851", "manager@busankitchen.example", "monthly", *Mo, "2025-09-24T08:00:00", "2025-09-24", "2025-10-23")
case("l41-seoul-day7-morning", LOB, "decided", [M("Busan Kitchen <manager@busankitchen.example>",
     "Login not working - refund",
     "Hello. We pay on 24 September. After pay, login not working, always 'server error 500'. I send message to chat two times, no solve. "
     "Please refund this payment LO-INV-37851. Thank you.\n\nKim Min-jung\nBusan Kitchen, Haeundae",
     (2025, 10, 1, 12, 30), KST)], [R("escalate")],
     spec="Charge 2025-09-24 08:00 IST (11:30 KST); email 2025-10-01 12:30 +09:00 = 09:00 IST = day 7: inside; access failure: escalate (L6).")

cust("cellar@gibbstonriver.example", "Gibbston River Wines", "monthly", start="2025-09-22", end="2025-10-21")
lopay("e37_p51", "LO-INV-37861", "cellar@gibbstonriver.example", "monthly", *Mo, "2025-09-22T23:00:00", "2025-09-22", "2025-10-21")
lopay("e37_p52", "LO-INV-37862", "cellar@gibbstonriver.example", "monthly", *Mo, "2025-09-22T23:01:00", "2025-09-22", "2025-10-21")
case("l42-otago-day8-ist", LOB, "decided", [M("Gibbston River Wines <cellar@gibbstonriver.example>",
     "double charged 23 Sept",
     "Kia ora,\n\nWe were charged twice for the monthly plan on 23 September at 5:30am (LO-INV-37861 and LO-INV-37862). "
     "By my count that's exactly a week ago today, so within your 7 days. Please refund the second.\n\nAroha Tipene\nGibbston River Wines, Central Otago",
     (2025, 9, 30, 8, 0), NZDT)], [R("deny")],
     spec="Charges 2025-09-22 23:00 IST (= 23 Sep 05:30 NZST, as quoted); email 2025-09-30 08:00 +13:00 = 2025-09-30 00:30 IST = day 8 in the brand's zone: deny (L3).")

# ================= Optima WebDesign =================
proj("Best Family Fish Stall Online", "owner@bestfamilyfishstall.example", None)
owpay("e37_w01", "OWD-2025-3751", "Best Family Fish Stall Online", "discovery", "18000.00", "3240.00", "2025-09-24T19:00:00")
case("o01-barbados-discovery", OWB, "decided", [M("Best Family Fish Stall Online <owner@bestfamilyfishstall.example>",
     "Refund Request — Best Family Fish Stall Online — OWD-2025-3751",
     "Good afternoon,\n\nWe paid the discovery fee on 24 September (OWD-2025-3751) but no session has been booked yet, and the family has decided to hold off on the website "
     "until after the Christmas season. Please refund the discovery fee.\n\nBest regards,\nGrantley Best\nOistins, Christ Church, Barbados",
     (2025, 9, 29, 14, 0), BB)], [R("approve", "18000.00")],
     spec="Discovery fee, no session or deliverable started (work_started_at empty): full refund 18000.00 before tax (O1).")

proj("Port of Spain Steelpan School", "admin@posteelpan.example", "2025-09-22T19:00:00")
owpay("e37_w02", "OWD-2025-3752", "Port of Spain Steelpan School", "discovery", "14000.00", "2520.00", "2025-09-20T19:00:00")
case("o02-trinidad-discovery-deny", OWB, "decided", [M("Port of Spain Steelpan School <admin@posteelpan.example>",
     "Discovery refund - Port of Spain Steelpan School",
     "Hi,\n\nRe project Port of Spain Steelpan School, invoice OWD-2025-3752. We had the first workshop with your team Monday morning but the board now says "
     "we should wait until after Panorama. Please refund the discovery fee.\n\nThanks\nKeisha Alleyne",
     (2025, 9, 26, 9, 0), BB)], [R("deny")],
     spec="Discovery session started 2025-09-22 (before the request): deny (O1).")

proj("Demerara Eco Lodge", "stay@demeraraecolodge.example", None)
owpay("e37_w03", "OWD-2025-3753", "Demerara Eco Lodge", "deposit", "35000.00", "6300.00", "2025-09-27T20:30:00")
case("o03-guyana-deposit-approve", OWB, "decided", [M("Demerara Eco Lodge <stay@demeraraecolodge.example>",
     "Refund Request — Demerara Eco Lodge / OWD-2025-3753",
     "Good night,\n\nWe paid the booking deposit Saturday morning (OWD-2025-3753). Since then the ministry grant we were counting on fell through, so we cannot go ahead "
     "with the website. No work has started. Please refund the deposit.\n\nRegards,\nNalini Ramcharran\nDemerara Eco Lodge, Guyana",
     (2025, 9, 29, 22, 0), BB)], [R("approve", "35000.00")],
     spec="Deposit 2025-09-27 20:30 IST (Saturday 11:00 Guyana); email 2025-09-29 22:00 -04:00 = 2025-09-30 07:30 IST = 59 h, before work: refund 35000.00 (O2).")

proj("Paphos Olive Press", "info@paphosolivepress.example", None)
owpay("e37_w04", "OWD-2025-3754", "Paphos Olive Press", "deposit", "22000.00", "3960.00", "2025-09-25T12:00:00")
case("o04-cyprus-deposit-73h", OWB, "decided", [M("Paphos Olive Press <info@paphosolivepress.example>",
     "Deposit refund - Paphos Olive Press",
     "Dear team,\n\nConcerning project Paphos Olive Press, deposit invoice OWD-2025-3754 paid on Thursday. My brother has found a local designer in Limassol so we will not continue. "
     "Please return the deposit.\n\nKind regards,\nAndreas Charalambous",
     (2025, 9, 28, 10, 30), CY)], [R("deny")],
     spec="Deposit 2025-09-25 12:00 IST; email 2025-09-28 10:30 +03:00 = 13:00 IST = 73 h: not before 72 h: deny (O2).")

proj("Gozo Dive Centre", "bookings@gozodive.example", None)
owpay("e37_w05", "OWD-2025-3755", "Gozo Dive Centre", "deposit", "28000.00", "5040.00", "2025-09-26T15:00:00")
case("o05-malta-deposit-71h", OWB, "decided", [M("Gozo Dive Centre <bookings@gozodive.example>",
     "Refund Request — Gozo Dive Centre — OWD-2025-3755",
     "Hello,\n\nWe paid the deposit for the Gozo Dive Centre site on Friday morning. The owners have decided to sell the business, so the new website is off. "
     "Nothing has been started as far as I know. Please refund OWD-2025-3755.\n\nGrazzi,\nMarija Camilleri",
     (2025, 9, 29, 10, 30), MT)], [R("approve", "28000.00")],
     spec="Deposit 2025-09-26 15:00 IST (11:30 Malta); email 2025-09-29 10:30 +02:00 = 14:00 IST = 71 h, no work: refund 28000.00 (O2).")

proj("Kirkwall Ferry Cafe", "cafe@kirkwallferry.example", "2025-09-29T11:00:00")
owpay("e37_w06", "OWD-2025-3756", "Kirkwall Ferry Cafe", "deposit", "16000.00", "2880.00", "2025-09-28T14:00:00")
case("o06-orkney-deposit-work-started", OWB, "decided", [M("Kirkwall Ferry Cafe <cafe@kirkwallferry.example>",
     "deposit back please - Kirkwall Ferry Cafe",
     "Hello,\n\nKirkwall Ferry Cafe, invoice OWD-2025-3756. I know your designer sent the first mood board yesterday, but my partner and I have had a rethink and we'll keep the Facebook page for now. "
     "It's well within your 72 hours so I'd like the deposit back please.\n\nSigrid Rendall",
     (2025, 9, 30, 10, 0), UK)], [R("deny")],
     spec="Deposit 2025-09-28 14:00 IST; work started 2025-09-29 11:00, before the request (2025-09-30 14:30 IST, 48.5 h): whichever first: deny (O2).")

proj("Hexham Chamber Orchestra Website", "manager@hexhamchamber.example", "2025-08-01T10:00:00")
owpay("e37_w07", "OWD-2025-3757", "Hexham Chamber Orchestra Website", "milestone", "21000.00", "3780.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o07-orchestra-milestone", OWB, "decided", [M("Hexham Chamber Orchestra <manager@hexhamchamber.example>",
     "Refund Request — Hexham Chamber Orchestra Website — OWD-2025-3757",
     "Dear Optima team,\n\nThe orchestra committee has decided to drop the online ticket shop (milestone 3, invoice OWD-2025-3757): the Queen's Hall box office will sell our tickets instead. "
     "I understand no work has begun on that milestone. Could you refund it, please?\n\nWith best wishes,\nFrances Charlton\nOrchestra Manager",
     (2025, 9, 26, 16, 0), UK)], [R("approve", "21000.00")],
     spec="Milestone not_started: refund its amount 21000.00 before tax (O3).")

proj("Wensum Valley Food Bank Portal", "finance@wensumvalleyfoodbank.example", "2025-08-10T10:00:00")
owpay("e37_w08", "OWD-2025-3758", "Wensum Valley Food Bank Portal", "milestone", "15000.00", "2700.00", "2025-09-05T10:00:00", milestone_status="in_progress")
case("o08-charity-milestone-in-progress", OWB, "decided", [M("Wensum Valley Food Bank <finance@wensumvalleyfoodbank.example>",
     "Wensum Valley Food Bank Portal - milestone OWD-2025-3758",
     "Hello,\n\nI'm a volunteer on the finance team. Our trustees have had to pause the volunteer rota portal (OWD-2025-3758) as a funder withdrew. "
     "I gather your developers are partway through it. Could we have back whatever hasn't been done yet?\n\nThanks,\nDavid Blyth (volunteer treasurer)",
     (2025, 9, 27, 12, 0), UK)], [R("escalate")],
     spec="Milestone in_progress: escalate (O3).")

proj("Taunton Dog Grooming Parlour", "hello@tauntongrooming.example", "2025-07-01T10:00:00")
owpay("e37_w09", "OWD-2025-3759", "Taunton Dog Grooming Parlour", "milestone", "12000.00", "2160.00", "2025-08-20T10:00:00", milestone_status="approved")
case("o09-groomer-approved-milestone", OWB, "decided", [M("Taunton Dog Grooming Parlour <hello@tauntongrooming.example>",
     "Booking page refund",
     "Hi,\n\nTaunton Dog Grooming Parlour, invoice OWD-2025-3759. I signed off the booking page last month but honestly hardly anyone uses it, they all just ring. "
     "Can I have that money back?\n\nPaws and thanks,\nKerry Lock",
     (2025, 9, 25, 12, 0), UK)], [R("deny")],
     spec="Milestone approved (signed off): non-refundable: deny (O3/O6).")

proj("Stowe Ski Rentals Site", "office@stoweskirentals.example", "2025-04-01T10:00:00")
owpay("e37_w10", "OWD-2025-3760", "Stowe Ski Rentals Site", "retainer", "9000.00", "1620.00", "2025-09-08T10:00:00",
      period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T10:00:00")
case("o10-vermont-retainer-exact-7", OWB, "decided", [M("Stowe Ski Rentals <office@stoweskirentals.example>",
     "Cancel retainer - Stowe Ski Rentals Site - OWD-2025-3760",
     "Hi,\n\nPlease cancel the monthly website retainer for Stowe Ski Rentals Site (last invoice OWD-2025-3760). We've hired a part-time marketing person who will handle updates in-house.\n\nThanks,\nMolly Abbott",
     (2025, 9, 30, 22, 0), EDT)], [X("cancel", "2025-10-07")],
     spec="Next billing 2025-10-08; email 2025-09-30 22:00 -04:00 = 2025-10-01 07:30 IST = exactly 7 days before (on or before 2025-10-01): cancel effective 2025-10-07 (O4).")

proj("Laramie Saddle Works Site", "shop@laramiesaddle.example", "2025-03-01T10:00:00")
owpay("e37_w11", "OWD-2025-3761", "Laramie Saddle Works Site", "retainer", "7500.00", "1350.00", "2025-09-07T10:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T21:00:00")
case("o11-wyoming-retainer-short-by-ist", OWB, "decided", [M("Laramie Saddle Works <shop@laramiesaddle.example>",
     "cancel retainer, a week's notice",
     "Howdy,\n\nGiving you my week's notice: cancel the website retainer for Laramie Saddle Works Site, invoice OWD-2025-3761. Business is slow and I can update the site myself. "
     "Next bill's on the 7th so that's a full 7 days.\n\nWade Holloway",
     (2025, 9, 30, 20, 0), MDT)], [X("cancel", "2025-11-06")],
     spec="Next billing 2025-10-07; email 2025-09-30 20:00 -06:00 = 2025-10-01 07:30 IST, after 2025-09-30 (less than 7 days in the brand's zone): next cycle 2025-10-07..2025-11-06 billed (next charge 2025-10-07 21:00 IST = 09:30 MDT on the 7th, as quoted): effective 2025-11-06 (O4).")

proj("Aln Bridge Tearooms", "tearooms@alnbridgetea.example", "2025-02-01T10:00:00")
owpay("e37_w12", "OWD-2025-3762", "Aln Bridge Tearooms", "retainer", "6500.00", "1170.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T10:00:00")
owpay("e37_w13", "OWD-2025-3763", "Aln Bridge Tearooms", "retainer", "6500.00", "1170.00", "2025-09-20T10:00:00",
      period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T10:00:00")
case("o12-northumberland-paid-ahead", OWB, "decided", [M("Aln Bridge Tearooms <tearooms@alnbridgetea.example>",
     "Cancelling our retainer - Aln Bridge Tearooms",
     "Hello,\n\nWe're closing the tearooms for refurbishment over winter so please cancel the website retainer (OWD-2025-3763). "
     "I paid October's in advance by mistake the other week.\n\nRegards,\nHeather Pattinson",
     (2025, 9, 26, 11, 0), UK)], [X("escalate")],
     spec="The next cycle (2025-10-12..2025-11-11) is already paid and notice is at least 7 days: the cancellation is escalated (section 8, O4).")

proj("Whitsunday Sailing Hosting", "skipper@whitsundaysail.example", None)
owpay("e37_w14", "OWD-2025-3764", "Whitsunday Sailing Hosting", "hosting_annual", "9600.00", "1728.00", "2025-09-19T10:00:00",
      setup_fee="1200.00", service_start="2025-09-19")
case("o13-queensland-hosting", OWB, "decided", [M("Whitsunday Sailing <skipper@whitsundaysail.example>",
     "Refund Request — Whitsunday Sailing Hosting — OWD-2025-3764",
     "G'day,\n\nWe've sold the charter boat so there's no need for the hosting plan you set up last week (OWD-2025-3764). Please cancel it and refund what's owed under your 14-day rule.\n\nCheers,\nMick O'Brien, Airlie Beach",
     (2025, 9, 27, 9, 0), QLD)], [R("approve", "7700.00"), X("cancel")],
     spec="Annual hosting 9600 incl. setup 1200, start 2025-09-19, request 2025-09-27 04:30 IST (day 8): 9600 - 1200 - (8400/12 = 700) x 1 = 7700.00 (O5); the plan ends (cancel).")

proj("Loon Cove Lodge Care", "lodge@looncovelodge.example", None)
owpay("e37_w15", "OWD-2025-3765", "Loon Cove Lodge Care", "maintenance_annual", "10000.00", "1800.00", "2025-09-23T10:00:00",
      setup_fee="1500.00", service_start="2025-09-23")
case("o14-maintenance-rounding", OWB, "decided", [M("Loon Cove Lodge <lodge@looncovelodge.example>",
     "Maintenance plan refund — Loon Cove Lodge Care — OWD-2025-3765",
     "Hi,\n\nWe're shutting the lodge for good after this season, so the annual maintenance plan (OWD-2025-3765, started the 23rd) has to go. "
     "Please end it and refund the prorated amount.\n\nThanks,\nLiv Andersen",
     (2025, 9, 29, 9, 0), EDT)], [R("approve", "7791.67"), X("cancel")],
     spec="Annual maintenance 10000 incl. setup 1500, start 2025-09-23, request 2025-09-29 (day 6): 10000 - 1500 - 8500/12 (708.333...) = 7791.666... = 7791.67, rounded once (O5, C6); the plan ends (cancel).")

proj("Bath Farm Shop Hosting", "shop@bathfarmshop.example", None)
owpay("e37_w16", "OWD-2025-3766", "Bath Farm Shop Hosting", "hosting_annual", "12000.00", "2160.00", "2025-09-15T10:00:00",
      setup_fee="1200.00", service_start="2025-09-15")
case("o15-somerset-hosting-day15", OWB, "decided", [M("Bath Farm Shop <shop@bathfarmshop.example>",
     "Hosting refund — Bath Farm Shop Hosting — OWD-2025-3766",
     "Hello,\n\nWe'd like to cancel the annual hosting that started on 15 September (OWD-2025-3766) and get the pro-rata refund: we've decided to sell through a marketplace instead. "
     "Still within your two weeks, I believe.\n\nBest,\nOliver Coombes",
     (2025, 9, 30, 8, 0), UK)], [R("deny")], extra_ok=True,
     spec="Hosting started 2025-09-15; request 2025-09-30 (12:30 IST) = day 15: after 14 days: deny (O5). extra_ok: the cancellation he asks for may be acknowledged.")

proj("Fortitude Valley Tattoo", "ink@fvtattoo.example", "2025-08-01T10:00:00")
owpay("e37_w17", "OWD-2025-3767", "Fortitude Valley Tattoo", "third_party", "3500.00", "630.00", "2025-09-25T10:00:00")
case("o16-ssl-deny", OWB, "decided", [M("Fortitude Valley Tattoo <ink@fvtattoo.example>",
     "SSL refund",
     "Hey, Fortitude Valley Tattoo here. You charged us for an SSL certificate (OWD-2025-3767) but our host gives one free. Want that refunded.\nDani",
     (2025, 9, 28, 13, 0), QLD)], [R("deny")],
     spec="SSL certificate (third_party): non-refundable: deny (O6).")

proj("Swakopmund Guesthouse Site", "stay@swakopguesthouse.example", "2025-09-10T10:00:00")
owpay("e37_w18", "OWD-2025-3768", "Swakopmund Guesthouse Site", "setup", "5000.00", "900.00", "2025-09-10T10:00:00")
case("o17-namibia-setup-fee", OWB, "decided", [M("Swakopmund Guesthouse <stay@swakopguesthouse.example>",
     "Setup fee refund - Swakopmund Guesthouse Site - OWD-2025-3768",
     "Good day,\n\nWe were billed a setup/activation fee of 5000 (OWD-2025-3768). Your competitor does not charge this, so we request it back.\n\nRegards,\nElke Brandt",
     (2025, 9, 26, 10, 0), ZM)], [R("deny")],
     spec="Setup/activation fee: non-refundable: deny (O6).")

proj("Gdansk Amber Studio Shop", "sklep@gdanskamber.example", "2025-08-15T10:00:00")
owpay("e37_w19", "OWD-2025-3769", "Gdansk Amber Studio Shop", "third_party", "6000.00", "1080.00", "2025-09-22T10:00:00")
case("o18-polish-plugin-licence", OWB, "decided", [M("Gdansk Amber Studio <sklep@gdanskamber.example>",
     "Refund for plugin - Gdansk Amber Studio Shop",
     "Good morning,\n\nFor our project Gdansk Amber Studio Shop you bought a premium plugin licence for the shop (OWD-2025-3769). We decided to use other plugin which is free, "
     "so the licence is not needed. Please return the money.\n\nBest regards\nTomasz Wiśniewski",
     (2025, 9, 27, 9, 0), MT)], [R("deny")],
     spec="Premium plugin licence (third_party): non-refundable: deny (O6).")

proj("Burnett River Tours", "tours@burnettrivertours.example", "2025-09-01T10:00:00")
owpay("e37_w20", "OWD-2025-3770", "Burnett River Tours", "milestone", "13000.00", "2340.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o19-personal-email-c2", OWB, "need_info", [M("Gary Whitlock <gazza.whitlock@bigpond.example>",
     "Burnett River Tours milestone refund",
     "Mate, writing from home. The contract email is tours@burnettrivertours.example but I'm locked out of the work inbox. Milestone OWD-2025-3770 (the booking engine) hasn't started, "
     "and we're going with a ready-made booking system instead. Refund it to the company card.\nGary",
     (2025, 9, 28, 19, 0), QLD)], rules=["C2"],
     spec="Not the contract email he names: ask for the request from tours@burnettrivertours.example (C2).")

proj("Valletta String Quartet", "bookings@vallettaquartet.example", "2025-09-01T10:00:00")
owpay("e37_w21", "OWD-2025-3771", "Valletta String Quartet", "retainer", "5500.00", "990.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T10:00:00")
case("o20-apple-mail-forward", OWB, "need_info", [M("Luca Farrugia <luca.farrugia.viola@gmail.com>",
     "Fwd: website retainer",
     "See below from our leader. Can you do this?\nLuca\n\nBegin forwarded message:\n\nFrom: Valletta String Quartet <bookings@vallettaquartet.example>\n"
     "Subject: website retainer\nDate: 27 September 2025 at 09:40:12 CEST\nTo: Luca Farrugia <luca.farrugia.viola@gmail.com>\n\n"
     "Luca, please ask Optima to cancel the Valletta String Quartet retainer (OWD-2025-3771). We have no concerts booked until spring, no need to update the site.\n",
     (2025, 9, 27, 12, 0), MT)], rules=["C2"],
     spec="Apple Mail forward by a member: the forwarded request carries the contract email bookings@vallettaquartet.example, not the sender: C2.")

proj("Ennis Cottage Holidays", "owner@enniscottages.example", None)
owpay("e37_w22", "OWD-2025-3772", "Ennis Cottage Holidays", "deposit", "20000.00", "3600.00", "2025-09-29T14:00:00")
case("o21-refund-no-reason", OWB, "need_info", [M("Ennis Cottage Holidays <owner@enniscottages.example>",
     "Refund Request — Ennis Cottage Holidays — OWD-2025-3772",
     "Dear Sir or Madam,\n\nPlease refund the deposit paid for Ennis Cottage Holidays, invoice OWD-2025-3772, to the original card.\n\nKind regards,\nSiobhan Keane",
     (2025, 9, 30, 10, 0), UK)], missing=["reason"],
     spec="Contract email, project and invoice given, no reason: need_info [reason] (section 4 requires it).")

proj("Gillette Rodeo Association Site", "secretary@gilletterodeo.example", "2025-08-01T10:00:00")
owpay("e37_w23", "OWD-2025-3773", "Gillette Rodeo Association Site", "milestone", "9000.00", "1620.00", "2025-09-10T10:00:00", milestone_status="not_started")
owpay("e37_w24", "OWD-2025-3774", "Gillette Rodeo Association Site", "milestone", "11000.00", "1980.00", "2025-09-10T10:05:00", milestone_status="not_started")
case("o22-rodeo-which-milestone", OWB, "need_info", [M("Gillette Rodeo Association <secretary@gilletterodeo.example>",
     "Gillette Rodeo Association Site - milestone refund",
     "Hi there,\n\nThe board voted last night to scale back the website for the Gillette Rodeo Association Site: we can't afford one of the milestones we prepaid. "
     "Please refund the milestone we won't need.\n\nThanks,\nShelby Rourke, Secretary",
     (2025, 9, 26, 8, 0), MDT)], missing=["invoice_number"],
     spec="Two unstarted milestones prepaid on the project and neither named: need_info [invoice_number] (C3).")

proj("Larnaca Bridal Boutique", "boutique@larnacabridal.example", "2025-08-15T10:00:00")
owpay("e37_w25", "OWD-2025-3775", "Larnaca Bridal Boutique", "retainer", "6000.00", "1080.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T10:00:00")
case("o23-cyprus-thread-reason", OWB, "decided", [
     M("Larnaca Bridal Boutique <boutique@larnacabridal.example>", "Cancel — Larnaca Bridal Boutique — OWD-2025-3775",
       "Hello,\nPlease cancel the retainer for Larnaca Bridal Boutique, OWD-2025-3775.\nEleni",
       (2025, 9, 27, 10, 0), CY),
     M("Larnaca Bridal Boutique <boutique@larnacabridal.example>", "Re: Cancel — Larnaca Bridal Boutique — OWD-2025-3775",
       "The reason: my niece finished her web design course and she will look after the site for free.\nEleni\n\n> Please cancel the retainer for Larnaca Bridal Boutique",
       (2025, 9, 29, 11, 0), CY)], [X("cancel", "2025-10-19")],
     spec="Thread: the reason comes in the answer; next billing 2025-10-20, first mail 2025-09-27 (<= 2025-10-13): cancel effective 2025-10-19 (O4/O8).")

proj("Katherine Gorge Canoe Hire", "hire@katherinecanoe.example", "2025-07-01T10:00:00")
owpay("e37_w26", "OWD-2025-3776", "Katherine Gorge Canoe Hire", "milestone", "17000.00", "3060.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o24-statutory-rights", OWB, "decided", [M("Katherine Gorge Canoe Hire <hire@katherinecanoe.example>",
     "Katherine Gorge Canoe Hire - milestone OWD-2025-3776",
     "Hello,\n\nWe no longer need the booking-calendar milestone (OWD-2025-3776) for Katherine Gorge Canoe Hire, the park service runs bookings now. "
     "I'd remind you of my statutory rights under Australian Consumer Law: I expect the full amount back.\n\nRegards,\nTroy Ngalkin",
     (2025, 9, 26, 9, 0), NT)], [R("escalate")], rules=["C4"],
     spec="Statutory rights invoked: escalate (C4), although the milestone is not started.")

proj("Gdynia Sea Kayak Club", "klub@gdyniakayak.example", "2025-09-01T10:00:00")
owpay("e37_w27", "OWD-2025-3777", "Gdynia Sea Kayak Club", "change_request", "4500.00", "810.00", "2025-09-24T10:00:00")
case("o25-paypal-dispute", OWB, "decided", [M("Gdynia Sea Kayak Club <klub@gdyniakayak.example>",
     "Change request refund - Gdynia Sea Kayak Club",
     "Hello,\n\nThe change request OWD-2025-3777 for Gdynia Sea Kayak Club (the members area) was never what we asked for, the design is wrong. "
     "If this is not refunded I will open a dispute through PayPal.\n\nPiotr Zieliński\nTreasurer",
     (2025, 9, 29, 9, 0), MT)], [R("escalate")], rules=["C4"],
     spec="A PayPal dispute threat: escalate (C4) although a change request would be denied (O6).")

case("o26-auto-reply", OWB, "ignore", [M("Heather Pattinson <tearooms@alnbridgetea.example>",
     "Out of Office: Cancelling our retainer",
     "I'm away until Monday 6 October with limited access to email.",
     (2025, 9, 29, 9, 0), UK, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Out-of-office with Auto-Submitted: auto-replied: ignore (C7).")

case("o27-thanks", OWB, "other", [M("Hexham Chamber Orchestra <manager@hexhamchamber.example>",
     "Thank you!",
     "Just a quick note to say the new concert pages look wonderful, our players are delighted. Thank you all.\nFrances",
     (2025, 9, 24, 17, 0), UK)],
     spec="Thanks: nothing asked: other.")

proj("Helena Climbing Gym Care", "frontdesk@helenaclimbing.example", "2025-05-01T10:00:00")
owpay("e37_w28", "OWD-2025-3778", "Helena Climbing Gym Care", "retainer", "8000.00", "1440.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T10:00:00")
case("o28-montana-retainer-refund-cancel", OWB, "decided", [M("Helena Climbing Gym <frontdesk@helenaclimbing.example>",
     "Cancel and refund - Helena Climbing Gym Care - OWD-2025-3778",
     "Hi,\n\nWe're closing the gym in Helena when the lease ends, so please cancel the website care retainer and refund this month's payment (OWD-2025-3778), "
     "we won't need any more updates.\n\nThanks,\nJenna Kowalczyk",
     (2025, 9, 26, 10, 0), MDT)], [R("deny"), X("cancel", "2025-10-17")],
     spec="Current retainer period is never refunded: deny (O4); next billing 2025-10-18, request 2025-09-26 (<= 2025-10-11): cancel effective 2025-10-17.")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
