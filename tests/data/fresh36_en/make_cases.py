"""fresh36 English cases (qa36c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, sys
from decimal import Decimal, ROUND_HALF_UP
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
            mid = f"<{lang}.{num}.{i}.fresh36@mail.example>"
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

IST = timezone(timedelta(hours=5, minutes=30))
PL = {"monthly": ("1499.00", "269.82", 1), "quarterly": ("3999.00", "719.82", 3), "annual": ("11988.00", "2157.84", 12)}
_PID = [0]


def add_months(d, n):
    from datetime import date
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, d.day)


def period(ps, plan):
    from datetime import date
    d = date.fromisoformat(ps)
    return ps, (add_months(d, PL[plan][2]) - timedelta(days=1)).isoformat()


def lo(email, name, plan, pays=(), status="active", start=None, end=None, trial=None):
    """pays: (invoice, paid_at IST, period_start or None, amount or None, status or None)"""
    cust(email, name, plan, status, start, end, trial)
    for p in pays:
        inv, paid = p[0], p[1]
        ps = p[2] if len(p) > 2 and p[2] else paid[:10]
        amt = p[3] if len(p) > 3 and p[3] else PL[plan][0]
        tax = PL[plan][1] if amt == PL[plan][0] else str((Decimal(amt) * Decimal("0.18")).quantize(Decimal("0.01")))
        st = p[4] if len(p) > 4 and p[4] else "paid"
        _PID[0] += 1
        lopay(f"p{_PID[0]}", inv, email, plan, amt, tax, paid, *period(ps, plan), status=st)


def ow(pid, inv, project, kind, amount, paid_at, **kw):
    tax = str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))
    owpay(pid, inv, project, kind, amount, tax, paid_at, **kw)


def ist(when, off):
    return datetime(*when, tzinfo=timezone(timedelta(minutes=off))).astimezone(IST)


def days(paid, when, off):
    """L3/O5 day count: the request's IST date minus the payment's local date."""
    return (ist(when, off).date() - datetime.fromisoformat(paid[:10]).date()).days


def hours(paid, when, off):
    return (ist(when, off) - datetime.fromisoformat(paid).replace(tzinfo=IST)).total_seconds() / 3600


def o5(amount, setup):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
# ---- end helpers ----

AB, SK, YT, UK, OZ, CB, UT, NV = -360, -360, -420, 60, -300, -240, -360, -420
SZ, SL, ER, MV, BT, MM, KH, GU, SH, LV, PH, IL = 120, 180, 180, 300, 360, 390, 420, 600, 0, 180, 480, 180

# ================= LeadsOptima =================
lo("hank@prairiegrainco.ca", "Hank Olafson", "monthly",
   [("LO-INV-71021", "2025-09-22T15:10:00"), ("LO-INV-71022", "2025-09-22T15:11:00")])
assert days("2025-09-22", (2025, 9, 28, 20, 30), AB) == 7
case("l01-alberta-day7-by-ist", LOB, "decided", [M("Hank Olafson <hank@prairiegrainco.ca>", "charged 2x this month",
     "Hi there,\n\nLooks like you folks hit my card twice on the 22nd for the monthly plan, two charges of 1,499 rupees "
     "(whatever that is in real money, my bank shows about 28 bucks Canadian each). Second one is lo inv 71022. "
     "Can you send that one back please.\n\nHarvest is on so I'm in the combine most of the day, email is best.\n\n"
     "Hank\nPrairie Grain Co., Vulcan AB\n\nSent from my iPhone", (2025, 9, 28, 20, 30), AB)],
     [R("approve", "1499.00")], spec="Sent 2025-09-28 20:30 MDT = 2025-09-29 08:00 IST: day 7 after the 2025-09-22 pair (inside, L3); refund the later charge LO-INV-71022 1499.00 (L4).")

lo("lorne.beaudry@sasktel.example", "Lorne Beaudry", "annual",
   [("LO-INV-71031", "2025-09-22T15:40:00"), ("LO-INV-71032", "2025-09-22T15:41:00")])
assert days("2025-09-22", (2025, 9, 29, 19, 5), SK) == 8
case("l02-sask-day8-by-ist", LOB, "decided", [M("Lorne Beaudry <lorne.beaudry@sasktel.example>", "Double billed - annual",
     "Hello,\n\nI was billed two times for the annual subscription on Monday Sept 22 (LO-INV-71031 and LO-INV-71032). "
     "By my count I am still inside your one week so please refund the second one.\n\nThanks kindly,\nLorne Beaudry\nBeaudry Seed Cleaning, Rosetown SK",
     (2025, 9, 29, 19, 5), SK)],
     [R("deny")], spec="Sent 2025-09-29 19:05 CST (Saskatchewan, no DST) = 2025-09-30 06:35 IST: day 8 after the 2025-09-22 charges, outside the 7-day window (L3): deny.")

lo("marnie@klondikepaddle.example", "Marnie Kowalchuk", "quarterly", [("LO-INV-71040", "2025-08-20T15:00:00")],
   start="2025-08-20", end="2025-11-19")
case("l03-yukon-cancel-quarterly", LOB, "decided", [M("Marnie Kowalchuk <marnie@klondikepaddle.example>", "cancel",
     "hey - tourist season's done up here, river freezes soon and we won't be running tours till June. cancel the quarterly plan pls. "
     "no rush on anything else.\nmarnie / klondike paddle co, whitehorse", (2025, 9, 26, 11, 15), YT)],
     [X("cancel", "2025-11-19")], spec="Cancellation: active until current_period_end 2025-11-19 (L8).")

lo("peigi@uistknitwear.example", "Peigi MacAulay", "monthly",
   [("LO-INV-71050", "2025-08-05T16:00:00"), ("LO-INV-71051", "2025-09-05T16:00:00")])
case("l04-hebrides-cancel-fallback", LOB, "decided", [M("Peigi MacAulay <peigi@uistknitwear.example>", "Ending our plan",
     "A charaid,\n\nWe're a wee knitwear shop on South Uist and to be honest the leads were all from the mainland, folk who "
     "want next-day delivery, and the ferry doesn't do next-day anything. So we'd like to stop the monthly plan please.\n\n"
     "Mòran taing,\nPeigi MacAulay\nUist Knitwear, Lochboisdale\n\n--\nThis e-mail and any attachments are confidential and intended solely for the addressee.",
     (2025, 9, 27, 9, 40), UK)],
     [X("cancel", "2025-10-04")], spec="No current_period_end: last charge 2025-09-05 + 1 month - 1 day = 2025-10-04 (L8).")

lo("rhys.jenkins@taffvalleytiles.example", "Rhys Jenkins", "monthly", [("LO-INV-71060", "2025-09-24T15:20:00")])
assert days("2025-09-24", (2025, 9, 29, 14, 0), UK) == 5
case("l05-cardiff-no-login-one-charge", LOB, "decided", [M("Rhys Jenkins <rhys.jenkins@taffvalleytiles.example>", "Can't get in since Thursday",
     "Afternoon,\n\nPaid the monthly on Wednesday and since Thursday I cannot log in at all, just spins and goes back to the sign-in page. "
     "Tried Chrome, Edge, my phone, cleared the lot. I've lost the best part of a week, so I want the money back for this month.\n\n"
     "Diolch,\nRhys\nTaff Valley Tiles, Pontypridd Road, Cardiff", (2025, 9, 29, 14, 0), UK)],
     [R("escalate")], spec="Access failure inside the window (charge 2025-09-24, request day 5); the one payment identifies the invoice: escalate (L6).")

lo("bethan@gowerboards.example", "Bethan Morgan", "quarterly", [("LO-INV-71070", "2025-09-27T15:00:00")])
case("l06-swansea-too-dear", LOB, "decided", [M("Bethan Morgan <bethan@gowerboards.example>", "Refund please",
     "Hiya,\n\nI signed up for the quarterly on Saturday thinking it was a month's price, it's dear as anything for a surf hire shack in the Mumbles "
     "in October. Can I have my money back, I've hardly touched it.\n\nTa,\nBeth\nGower Boards", (2025, 9, 29, 12, 5), UK)],
     [R("deny")], spec="Too expensive / hardly used is not an L2 exception: refund denied (L1), cancellation offered.")

lo("accounts@medwaymarine.example", "Colin Searle", "monthly",
   [("LO-INV-71080", "2025-08-26T15:30:00"), ("LO-INV-71081", "2025-09-26T15:30:00")])
case("l07-kent-charged-after-cancel", LOB, "decided", [M("Colin Searle <accounts@medwaymarine.example>", "RE: Your LeadsOptima receipt LO-INV-71081",
     "Hello,\n\nI cancelled this back in August through the app (or thought I had) and you've charged us again on the 26th, invoice LO-INV-71081. "
     "Please refund it.\n\nRegards\nColin Searle\nAccounts, Medway Marine Services Ltd, Chatham, Kent\n\n"
     "On Fri, 26 Sept 2025 at 11:00, LeadsOptima <noreply@leadsoptima.com> wrote:\n> Thank you for your payment of Rs. 1,499.00 + GST.\n> Invoice: LO-INV-71081",
     (2025, 9, 28, 10, 20), UK)],
     [R("escalate")], extra_ok=True, spec="Charged after cancelling is a billing error; request day 2 after 2025-09-26: escalate with the charge found (L5). He meant to cancel in August: a cancellation read from that can only do what he wants (extra_ok).")

lo("hello@fellfootbnb.example", "Jenny Airey", "annual", [("LO-INV-71090", "2025-09-10T15:00:00")])
assert days("2025-09-10", (2025, 9, 25, 10, 0), UK) == 15
case("l08-lakes-wrong-plan-late", LOB, "decided", [M("Jenny Airey <hello@fellfootbnb.example>", "Wrong plan charged",
     "Hello,\n\nJust been doing the books and noticed you charged us for the annual plan on 10th September, I only ever meant monthly. "
     "That's nearly twelve thousand rupees I wasn't expecting. Could you refund it and put us on monthly?\n\n"
     "Jenny\nFell Foot B&B, near Ambleside\n\nSent from my iPad", (2025, 9, 25, 10, 0), UK)],
     [R("deny")], spec="Wrong plan (billing error) but the charge of 2025-09-10 is 15 days before the request: outside the 7-day window, deny (L3). Moving to monthly is not a cancellation.")

lo("earl@bullshoalsbait.example", "Earl Pruitt", "annual", [("LO-INV-71095", "2025-04-01T15:00:00")], start="2025-04-01", end="2026-03-31")
case("l09-ozarks-aint-asking-refund", LOB, "decided", [M("Earl Pruitt <earl@bullshoalsbait.example>", "quittin",
     "Howdy,\n\nI ain't asking for no refund, I know I paid for the year and that's on me. Just quit it so it don't renew, "
     "the bait shop don't need fancy leads, folks find us off the highway.\n\nEarl Pruitt\nBull Shoals Bait & Tackle, Arkansas", (2025, 9, 27, 7, 45), OZ)],
     [X("cancel", "2026-03-31")], spec="The refund is ruled out (section 8); cancel, active until current_period_end 2026-03-31 (L8).")

lo("orders@tilghmancrabhouse.example", "Dottie Harrison", "quarterly", [("LO-INV-71100", "2025-09-25T15:00:00")])
assert days("2025-09-25", (2025, 9, 27, 18, 0), CB) == 3
case("l10-chesapeake-twice-ledger-once", LOB, "decided", [M("Dottie Harrison <orders@tilghmancrabhouse.example>", "charged twice??",
     "Hi hon,\n\nMy statement shows the quarterly plan went through twice on the 25th. Invoice number on my receipt is LO-INV-71100, "
     "I only got the one receipt but two charges on the card. Can you fix that and put the extra back.\n\n"
     "Dottie\nTilghman Crab House, Tilghman Island MD", (2025, 9, 27, 18, 0), CB)],
     [R("escalate")], spec="Duplicate claimed inside the window (day 3), but the ledger holds one charge only: no pair, escalate (L4).")

case("l11-utah-hypothetical", LOB, "other", [M("Brynlee Sorensen <brynlee@wasatchessentials.example>", "question before we buy",
     "Hi! We're a small essential-oils shop in Provo and looking at your annual plan. If we sign up and it turns out not to be a fit "
     "for us in the first month or so, would we be able to get a refund? Just want to know before we commit. Thanks so much!\n\nBrynlee",
     (2025, 9, 26, 13, 0), UT)],
     spec="A question before buying ('would we be able to get a refund') is a policy question, no request: other (section 8).")

lo("accounts@silverstatedeli.example", "Tony Marchetti", "monthly", [("LO-INV-71120", "2025-09-12T15:00:00")])
case("l12-nevada-c2-gmail", LOB, "need_info", [M("Tony M <vegasdeli.tony@webmail.example>", "cancel our account",
     "Yo, Tony from Silver State Deli. Account is under accounts@silverstatedeli.example, I'm on my phone and not logged in to that. "
     "Cancel the monthly thing, we're going with the POS company's marketing.\n\nTony", (2025, 9, 28, 18, 30), NV)],
     rules=["C2"], spec="The sender is not the registered email he names: ask him to write from accounts@silverstatedeli.example, nothing disclosed (C2).")

lo("sibusiso@lubombotours.example", "Sibusiso Dlamini", "annual", [("LO-INV-71130", "2025-06-15T15:00:00")], start="2025-06-15", end="2026-06-14")
case("l13-eswatini-unused-plus-cancel", LOB, "decided", [M("Sibusiso Dlamini <sibusiso@lubombotours.example>", "Cancellation and refund of remaining months",
     "Good day Sir/Madam\n\nWe took the annual plan in June but the tour bookings come from the agents in Johannesburg, not online. "
     "We have used it maybe three months. Kindly cancel and refund us the remaining nine months.\n\nSiyabonga\nSibusiso Dlamini\nLubombo Tours, Manzini",
     (2025, 9, 24, 9, 0), SZ)],
     [R("deny"), X("cancel", "2026-06-14")], spec="Refund of unused months is no exception (L1, and the June charge is long past 7 days, L3): deny; cancel until current_period_end 2026-06-14 (L8).")

lo("abdi@berberafreight.example", "Abdirahman Warsame", "monthly",
   [("LO-INV-71141", "2025-09-18T15:00:00"), ("LO-INV-71142", "2025-09-20T15:00:00", "2025-09-18"), ("LO-INV-71143", "2025-09-28T15:05:00", "2025-09-18")])
assert days("2025-09-20", (2025, 9, 28, 17, 30), SL) == 8 and days("2025-09-28", (2025, 9, 28, 17, 30), SL) == 0
case("l14-somaliland-three-charges", LOB, "decided", [M("Abdirahman Warsame <abdi@berberafreight.example>", "3 times payment same month",
     "Salaam,\n\nYour system took payment three times for the same month: LO-INV-71141 on 18 Sep, LO-INV-71142 on 20 Sep and LO-INV-71143 today. "
     "Only one is correct. Please return the extra money.\n\nAbdirahman\nBerbera Freight & Clearing, Hargeisa", (2025, 9, 28, 17, 30), SL)],
     [R("approve", "1499.00")], spec="Three identical monthly charges of one period: 09-20 is day 8 (out), 09-28 is day 0 (in): refund 1499.00 (section 8 three or more charges).")

lo("tesfay@asmaracoffee.example", "Tesfay Ghebre", "monthly",
   [("LO-INV-71150", "2025-08-15T15:00:00"), ("LO-INV-71151", "2025-09-15T15:00:00")])
assert days("2025-09-15", (2025, 9, 27, 10, 0), ER) == 12
case("l15-eritrea-login-late", LOB, "decided", [M("Tesfay Ghebre <tesfay@asmaracoffee.example>", "No access - refund request LO-INV-71151",
     "Dear Support,\n\nSince the payment of 15 September I have not been able to log in to the dashboard. The internet here is slow but other sites open. "
     "I request refund of invoice LO-INV-71151.\n\nWith regards,\nTesfay Ghebre\nAsmara Coffee Exporters", (2025, 9, 27, 10, 0), ER)],
     [R("deny")], spec="Access failure, but the charge of 2025-09-15 is 12 days before the request: outside the 7-day window, deny (L3).")

lo("sales@baaraislandstays.example", "Aishath Shiham", "monthly", status="trial", trial=("2025-10-05"))
case("l16-maldives-trial-refund", LOB, "decided", [M("Aishath Shiham <sales@baaraislandstays.example>", "Refund",
     "Hi,\nWe are on trial for guesthouse. Please refund, we will not continue after trial.\nThank you\nShiham\nBaara Island Stays, Baa Atoll",
     (2025, 9, 26, 15, 10), MV)],
     [R("deny")], extra_ok=True, spec="Free trial, no charge: nothing to refund (L7). 'Will not continue' may be read as a cancellation (harmless extra, extra_ok).")

lo("karma.wangdi@druktextiles.example", "Karma Wangdi", "annual", [("LO-INV-71170", "2025-06-01T15:00:00")], start="2025-06-01", end="2026-05-31")
case("l17-bhutan-cancel-annual", LOB, "decided", [M("Karma Wangdi <karma.wangdi@druktextiles.example>", "Kind request for discontinuation of subscription",
     "Kuzuzangpo la,\n\nRespected Sir/Madam,\n\nThis is to kindly inform that our firm has decided to discontinue the LeadsOptima annual subscription "
     "as our export orders are now handled by the cooperative in Thimphu. We request you to kindly not renew the same.\n\n"
     "Kadrinchey la,\nKarma Wangdi\nProprietor, Druk Handloom Textiles, Paro", (2025, 9, 25, 11, 30), BT)],
     [X("cancel", "2026-05-31")], spec="'Discontinue, do not renew' is a cancellation: active until current_period_end 2026-05-31 (L8).")

lo("zawmin@yangonprint.example", "Zaw Min Htet", "monthly",
   [("LO-INV-71180", "2025-08-24T15:00:00"), ("LO-INV-71181", "2025-09-24T15:00:00")])
case("l18-myanmar-need-reason-invoice", LOB, "need_info", [M("Zaw Min Htet <zawmin@yangonprint.example>", "Request for refund",
     "Dear Sir,\n\nMingalaba. I would like to request the refund of my payment for LeadsOptima. Please kindly process the refund.\n\n"
     "Best regards,\nZaw Min Htet\nYangon Print House", (2025, 9, 27, 16, 20), MM)],
     missing=["reason", "invoice_number"], spec="From the registered email (plan filled from the ledger), but no reason and two payments on record: ask for the reason and the invoice number (C3).")

lo("sokha@mekongcrafts.example", "Sokha Chann", "quarterly",
   [("LO-INV-71190", "2025-06-26T15:00:00"), ("LO-INV-71191", "2025-09-26T15:00:00"), ("LO-INV-71192", "2025-09-26T15:02:00", "2025-09-26")])
assert days("2025-09-26", (2025, 9, 29, 9, 10), KH) == 3
case("l19-cambodia-thread-answer", LOB, "decided", [
    M("Sokha Chann <sokha@mekongcrafts.example>", "refund pls", "Hello team, I need refund for my payment. please help. Sokha", (2025, 9, 29, 9, 10), KH),
    M("Sokha Chann <sokha@mekongcrafts.example>", "Re: refund pls",
      "Hello, sorry not clear before. On 26 September the quarterly payment was taken two times, same amount. The second receipt is LO-INV-71192.\n\nSokha\nMekong Crafts, Siem Reap\n\n"
      "> Hello team, I need refund for my payment. please help. Sokha", (2025, 9, 30, 8, 45), KH)],
    [R("approve", "3999.00")], spec="Thread: the answer gives the reason (charged twice) and invoice; request time is the first email 2025-09-29 (day 3): refund LO-INV-71192 3999.00 (L4).")

lo("office@jamestownchandlery.example", "Wendy Thomas", "monthly", [("LO-INV-71200", "2025-09-19T15:00:00")])
case("l20-sthelena-invoice-copy", LOB, "other", [M("Wendy Thomas <office@jamestownchandlery.example>", "Invoice copy",
     "Hello,\n\nNot after a refund or anything, all fine. Our accountant needs a proper tax invoice with our business address on it for the September payment. "
     "The RMS St Helena is long gone so it all goes by email now! Can you send one please.\n\nWendy\nJamestown Chandlery, St Helena Island",
     (2025, 9, 29, 11, 0), SH)],
     spec="Refund ruled out, asks for an invoice copy: other (section 8).")

lo("ops@tumonwatersports.example", "Joseph Cruz", "annual",
   [("LO-INV-71211", "2025-09-23T15:00:00"), ("LO-INV-71212", "2025-09-23T15:01:00")])
assert days("2025-09-23", (2025, 10, 1, 1, 15), GU) == 7
case("l21-guam-day7-ahead", LOB, "decided", [M("Joseph Cruz <ops@tumonwatersports.example>", "Duplicate annual charge - please refund LO-INV-71212",
     "Hafa adai,\n\nOur annual plan was billed twice on Sep 23 (evening our time). Receipts LO-INV-71211 and LO-INV-71212. "
     "I know it's Oct 1 here already, hope we're still OK. Please refund the second one.\n\nSi Yu'os Ma'ase',\nJoseph Cruz\nTumon Water Sports, Guam",
     (2025, 10, 1, 1, 15), GU)],
     [R("approve", "11988.00")], spec="Sent 2025-10-01 01:15 ChST (+10) = 2025-09-30 20:45 IST: day 7 after 2025-09-23, inside (L3); refund LO-INV-71212 11988.00 (L4).")

lo("ben@bluehillhoney.example", "Ben Yon", "monthly", [("LO-INV-71220", "2025-09-10T15:00:00")], start="2025-09-10", end="2025-10-09")
case("l22-sthelena-cancel-monthly", LOB, "decided", [M("Ben Yon <ben@bluehillhoney.example>", "Cancel subscription",
     "Hello,\n\nPlease cancel my monthly subscription. The island only has a few hundred customers for honey and they all know where I live.\n\nBen Yon\nBlue Hill Honey, St Helena",
     (2025, 9, 28, 9, 30), SH)],
     [X("cancel", "2025-10-09")], spec="Cancel: active until current_period_end 2025-10-09 (L8).")

lo("inga@balticamber.example", "Inga Kalnina", "monthly", [("LO-INV-71230", "2025-09-25T15:00:00", None, "3999.00")])
case("l23-latvian-wrong-amount", LOB, "decided", [M("Inga Kalnina <inga@balticamber.example>", "Wrong sum in invoice LO-INV-71230",
     "Labdien,\n\nWe have monthly plan but on 25.09.2025 was taken 3999,00 INR, this is the price of quarterly. I did not change plan. "
     "Please return the difference or the money, how is correct for you.\n\nAr cieņu,\nInga Kalnina\nBaltic Amber Studio, Riga", (2025, 9, 27, 12, 0), LV)],
     [R("escalate")], spec="Charged the wrong amount (billing error) 2 days before the request: escalate with the charge found (L5).")

lo("tomas@vilniusbikes.example", "Tomas Petraitis", "monthly",
   [("LO-INV-71241", "2025-09-26T15:00:00"), ("LO-INV-71242", "2025-09-26T15:03:00")])
case("l24-lithuanian-chargeback-ruled-out", LOB, "decided", [M("Tomas Petraitis <tomas@vilniusbikes.example>", "Double payment 26.09",
     "Hello,\n\nOn 26.09 the monthly payment was made two times, LO-INV-71241 and LO-INV-71242. My bank said I can make a chargeback but I do not want this, "
     "we are good customers and I prefer to solve with you. Please refund the second payment.\n\nTomas\nVilnius Bike Rental", (2025, 9, 29, 10, 0), LV)],
     [R("approve", "1499.00")], spec="The chargeback is only the bank's suggestion, ruled out by the customer: no C4. Duplicate day 3: refund LO-INV-71242 1499.00 (L4).")

lo("marites@sampaguitacatering.example", "Marites Villanueva", "monthly",
   [("LO-INV-71250", "2025-08-12T15:00:00"), ("LO-INV-71251", "2025-09-12T15:00:00")])
case("l25-tagalog-first-cancel", LOB, "decided", [M("Marites Villanueva <marites@sampaguitacatering.example>", "Pa-cancel po",
     "Hi po! Good day. Pa-cancel na po ng monthly subscription namin, hindi na po namin kaya yung budget this quarter kasi "
     "nag-slow down yung catering orders after the rainy season. Salamat po in advance!\n\nMarites\nSampaguita Catering, Quezon City",
     (2025, 9, 29, 10, 30), PH)],
     [X("cancel", "2025-10-11")], spec="Taglish cancellation; no current_period_end: last charge 2025-09-12 + 1 month - 1 day = 2025-10-11 (L8).")

lo("dana.levinson@orchardsoft.example", "Dana Levinson", "monthly",
   [("LO-INV-71261", "2025-09-27T15:00:00"), ("LO-INV-71262", "2025-09-27T15:01:00")])
case("l26-hebrew-first-plus-tag", LOB, "need_info", [M("Dana Levinson <dana.levinson+billing@orchardsoft.example>", "charged twice on 27/9",
     "Shalom,\n\nYou charged us two times in 27/9 for the monthly, LO-INV-71262 is the double one. Please return it to the card.\n\nToda,\nDana\nOrchard Soft, Haifa",
     (2025, 9, 29, 9, 15), IL)],
     rules=["C2"], spec="dana.levinson+billing@ is another address than the registered dana.levinson@ (section 8, +tag): ask her to write from the registered email (C2).")

lo("secretary@kessockcreekvfb.example", "Darlene Pankratz", "quarterly", [("LO-INV-71270", "2025-07-28T15:00:00")])
case("l27-sask-fire-brigade-cancel", LOB, "decided", [M("Darlene Pankratz <secretary@kessockcreekvfb.example>", "Motion to cancel - Kessock Creek VFB",
     "Good evening,\n\nAt the September meeting of the Kessock Creek Volunteer Fire Brigade the members passed a motion (moved by Deputy Chief Friesen, "
     "seconded by Firefighter Yaworski, carried) to discontinue the LeadsOptima quarterly plan. It was taken out for the pancake breakfast fundraiser "
     "and the breakfast is done for the year.\n\nPlease accept this as our notice.\n\nDarlene Pankratz\nSecretary-Treasurer, Kessock Creek VFB",
     (2025, 9, 25, 19, 30), SK)],
     [X("cancel", "2025-10-27")], spec="No current_period_end: last charge 2025-07-28 + 3 months - 1 day = 2025-10-27 (L8).")

lo("dr.okafor.locum@weald-medical.example", "Dr Adaeze Okafor", "monthly",
   [("LO-INV-71280", "2025-08-23T15:00:00"), ("LO-INV-71281", "2025-09-23T15:00:00")])
assert days("2025-09-23", (2025, 9, 30, 7, 10), UK) == 7
case("l28-kent-locum-gp-login", LOB, "decided", [M("Dr Adaeze Okafor <dr.okafor.locum@weald-medical.example>", "Locked out - invoice LO-INV-71281",
     "Hello,\n\nWriting before morning surgery at a practice in Tunbridge Wells. I'm a locum GP and use LeadsOptima to fill my diary with practices needing cover. "
     "Since the renewal on the 23rd (LO-INV-71281) I have been locked out: the login page says my account is suspended, which it shouldn't be. "
     "I've had no bookings through it all week, so I'd like that payment refunded.\n\nDr A. Okafor\nGMC-registered locum GP\n\n"
     "CONFIDENTIALITY: this message may contain confidential information and is intended only for the named recipient.",
     (2025, 9, 30, 7, 10), UK)],
     [R("escalate")], spec="Locked out (access failure), request 2025-09-30 11:40 IST = day 7 after 2025-09-23, inside: escalate (L6).")

lo("studio@brackenlightphoto.example", "Ellie Fisher", "quarterly", [("LO-INV-71290", "2025-08-01T15:00:00")], start="2025-08-01", end="2025-10-31")
case("l29-lakes-photographer-season", LOB, "decided", [M("Ellie Fisher <studio@brackenlightphoto.example>", "Wedding season over - cancel + refund?",
     "Hi,\n\nWedding season in the Lakes is pretty much done after this weekend (last one is a barn do in Keswick, fingers crossed for no rain). "
     "I'd like to cancel the quarterly plan and get back whatever's left of October as I won't be using it. Couples book in January anyway.\n\n"
     "Thanks!\nEllie\nBracken Light Photography, Cockermouth\nbrackenlightphoto.example", (2025, 9, 26, 21, 10), UK)],
     [R("deny"), X("cancel", "2025-10-31")], spec="Refund of unused days is no exception (L1/L8): deny; cancel until current_period_end 2025-10-31 (L8).")

lo("lettings@pryceproperties.example", "Gareth Pryce", "monthly", [("LO-INV-71300", "2025-09-21T15:00:00")])
case("l30-cardiff-landlord-outlook-fw", LOB, "need_info", [M("Gareth Pryce <gareth.pryce.lettings@outlook.example>", "FW: LeadsOptima",
     "See below from Sian - can you sort this please, we've filled all the flats in Roath now.\n\nGareth\n\n"
     "________________________________\nFrom: Sian Pryce <lettings@pryceproperties.example>\nSent: 27 September 2025 18:02\n"
     "To: Gareth Pryce <gareth.pryce.lettings@outlook.example>\nSubject: LeadsOptima\n\n"
     "Gar, the lettings account (lettings@pryceproperties.example) is still on the monthly LeadsOptima plan. All six flats are let till next summer, "
     "please get them to cancel it.\nS x", (2025, 9, 28, 9, 5), UK)],
     rules=["C2"], spec="Outlook forward from another address; the forwarded request names the registered email lettings@pryceproperties.example: ask for it from that address (C2, section 8 Forwards).")

lo("cfo@neonlanepay.example", "Priya Castellanos", "annual",
   [("LO-INV-71311", "2025-09-25T15:30:00"), ("LO-INV-71312", "2025-09-25T15:32:00")])
assert days("2025-09-25", (2025, 9, 29, 16, 0), NV) == 5
case("l31-nevada-cfo-html-dup", LOB, "decided", [M("Priya Castellanos <cfo@neonlanepay.example>", "Duplicate annual subscription charge",
     "", (2025, 9, 29, 16, 0), NV,
     html="<html><body><p>Hi LeadsOptima team,</p><p>During month-end close we found <b>two identical annual subscription charges</b> posted 9/25 "
          "(INR 11,988.00 each before GST). Our ledger shows receipts LO-INV-71311 and <b>LO/INV/71312</b>; the second is a duplicate and we'd like it reversed to the original card.</p>"
          "<p>Best,<br>Priya Castellanos<br>CFO, Neon Lane Pay Inc. | Las Vegas, NV</p>"
          "<p style='font-size:9px;color:#888'>This email may contain confidential information. If you are not the intended recipient, please delete it.</p></body></html>")],
     [R("approve", "11988.00")], spec="HTML-only; duplicate annual charge 2025-09-25, request 2025-09-30 04:30 IST = day 5: refund LO/INV/71312 = LO-INV-71312 11988.00 (L4, section 8 invoice references).")

case("l32-alberta-out-of-office", LOB, "ignore", [M("Hank Olafson <hank@prairiegrainco.ca>", "Automatic reply: Your LeadsOptima invoice",
     "I'm out in the field for harvest until October 10 with spotty cell. For urgent grain sales call the elevator office.\n\nHank",
     (2025, 9, 29, 6, 2), AB, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
     rules=["C7"], spec="Auto-Submitted: auto-replied out-of-office: ignore (C7).")

case("l33-kent-bounce", LOB, "ignore", [M("Mail Delivery System <MAILER-DAEMON@mx1.medwaymarine.example>", "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx1.medwaymarine.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
     "<old.accounts@medwaymarine.example>: host mx1 said: 550 5.1.1 mailbox unavailable (refund request re LO-INV-71081)",
     (2025, 9, 28, 10, 25), UK)],
     rules=["C7"], spec="MAILER-DAEMON bounce: ignore (C7), whatever words it quotes.")

lo("jolene@mountainviewcabins.example", "Jolene Tackett", "monthly", [("LO-INV-71340", "2025-09-25T15:00:00")])
case("l34-ozarks-card-dispute-threat", LOB, "decided", [M("Jolene Tackett <jolene@mountainviewcabins.example>", "want my money back",
     "Listen here, I signed up Thursday and it's way too pricey for four cabins outside Branson. I want those 1,499 rupees back, "
     "and if I don't hear by Friday I'll dispute the charge with my card company.\n\nJolene Tackett\nMountain View Cabins",
     (2025, 9, 27, 8, 0), OZ)],
     [R("escalate")], rules=["C4"], spec="A payment-dispute threat ('I'll dispute the charge with my card company'): escalate (C4).")

lo("skip@rhodespointcakes.example", "Skip Evans", "quarterly", [("LO-INV-71350", "2025-09-02T15:00:00")], start="2025-09-02", end="2025-12-01")
case("l35-chesapeake-attorney-cancel", LOB, "decided", [M("Skip Evans <skip@rhodespointcakes.example>", "Cancel and refund",
     "To whom it may concern,\n\nCancel my quarterly plan effective immediately and refund the September payment. Not one lead came from it. "
     "I've forwarded your terms to my attorney in Salisbury.\n\nSkip Evans\nRhodes Point Layer Cakes, Smith Island", (2025, 9, 26, 9, 0), CB)],
     [R("escalate"), X("escalate")], rules=["C4"], spec="Mentions his attorney: C4 covers the whole case, refund and cancellation both escalate (section 8).")

lo("kade@slotcanyonguides.example", "Kade Jorgensen", "monthly", [("LO-INV-71360", "2025-09-24T15:00:00")])
case("l36-utah-lawyer-mention", LOB, "decided", [M("Kade Jorgensen <kade@slotcanyonguides.example>", "refund request",
     "Hi,\n\nWe haven't really used the platform this month, the canyon closed for flash floods for ten days. Could we get this month back? "
     "My brother-in-law is a lawyer and he reckons you should at least give us a credit.\n\nThanks,\nKade\nSlot Canyon Guides, Springdale UT",
     (2025, 9, 27, 17, 0), UT)],
     [R("escalate")], rules=["C4"], spec="The mail mentions a lawyer's opinion: a mention of lawyers is C4, escalate (not an L1 deny).")

case("l37-utah-thanks", LOB, "other", [M("Brynlee Sorensen <brynlee@wasatchessentials.example>", "Re: question before we buy",
     "Thanks so much for explaining the trial, that totally makes sense! We'll start with that and see. Have a great week!\n\nBrynlee",
     (2025, 9, 29, 14, 0), UT)],
     spec="A thank-you with no request: other.")

lo("books@dawsoncityrooms.example", "Pierre Gagnon", "quarterly", [("LO-INV-71380", "2025-08-30T15:00:00")])
case("l38-yukon-past-refund-question", LOB, "other", [M("Pierre Gagnon <books@dawsoncityrooms.example>", "Question about the SMS integration",
     "Hi folks,\n\nLast year you refunded a double charge for us real quick, much appreciated. New question: does the quarterly plan include the "
     "SMS integration or is that only annual? Thinking of upgrading before the winter aurora crowd.\n\nPierre\nDawson City Rooms",
     (2025, 9, 27, 12, 0), YT)],
     spec="A past refund mentioned and a product question: no request, other (section 8 past events).")

proj("Ardmore Guest Lodge Site", "ross@ardmorelodge.example", "2025-09-01T10:00:00")
case("l39-optima-client-writes-to-lo", LOB, "need_info", [M("Ross Campbell <ross@ardmorelodge.example>", "cancel my plan",
     "Hi, please cancel my plan with you, we're done with the website project for the season.\n\nRoss Campbell\nArdmore Guest Lodge, Isle of Lewis",
     (2025, 9, 28, 10, 0), UK)],
     rules=["C2"], spec="The sender is a customer of the other brand only; in the LeadsOptima ledger he is unknown: ask for the registered email (C2, section 8).")

lo("office@canterburybrewhouse.example", "Sam Whitfield", "monthly",
   [("LO-INV-71401", "2025-09-27T15:00:00"), ("LO-INV-71402", "2025-09-27T15:02:00")], start="2025-09-27", end="2025-10-26")
case("l40-kent-dup-and-cancel", LOB, "decided", [M("Sam Whitfield <office@canterburybrewhouse.example>", "Two payments + cancellation",
     "Hi,\n\nTwo things. 1) We were charged twice on the 27th, LO-INV-71401 and LO-INV-71402, please refund the second. "
     "2) While you're at it please cancel the plan, we've taken on a marketing person for the taproom.\n\nCheers\nSam\nCanterbury Brewhouse",
     (2025, 9, 29, 16, 30), UK)],
     [R("approve", "1499.00"), X("cancel", "2025-10-26")], spec="Duplicate day 2: refund LO-INV-71402 1499.00 (L4); cancel until current_period_end 2025-10-26 (L8).")

lo("aiga@rigadesignhaus.example", "Aiga Ozola", "quarterly", [("LO-INV-71410", "2025-09-10T15:00:00")])
case("l41-latvian-no-refund-export", LOB, "other", [M("Aiga Ozola <aiga@rigadesignhaus.example>", "Export of leads",
     "Hello,\n\nI do not want any refund, I only want to know how to export all my leads to Excel before our contract period ends, "
     "because our board will decide about the tools in November.\n\nAiga Ozola\nRiga Design Haus", (2025, 9, 26, 11, 0), LV)],
     spec="'I do not want any refund' adds no refund intent, and no cancellation is asked: other (section 8).")

lo("nora@renoweddingchapel.example", "Nora Lindqvist", "monthly", [("LO-INV-71420", "2025-09-29T15:00:00", None, "11988.00")])
assert days("2025-09-29", (2025, 9, 29, 20, 0), NV) == 1
case("l42-nevada-annual-instead-of-monthly", LOB, "decided", [M("Nora Lindqvist <nora@renoweddingchapel.example>", "charged the annual price??",
     "Hi, I'm on the monthly plan and this morning's renewal came out as 11,988 rupees, which is the annual price. I never upgraded. "
     "Please fix and send back what was wrongly charged.\n\nNora\nReno Wedding Chapel", (2025, 9, 29, 20, 0), NV)],
     [R("escalate")], spec="Charged the annual price on a monthly plan (billing error), request 2025-09-30 08:30 IST = day 1; the one payment identifies the invoice: escalate (L5).")

# ================= Optima WebDesign =================
proj("Foothills Saddlery Shop", "jolene@foothillssaddlery.example", None)
ow("w1", "OWD-2025-301", "Foothills Saddlery Shop", "deposit", "25000.00", "2025-09-26T15:00:00")
assert 0 < hours("2025-09-26T15:00:00", (2025, 9, 28, 20, 0), AB) < 72
case("o01-alberta-deposit-64h", OWB, "decided", [M("Jolene Friesen <jolene@foothillssaddlery.example>", "Refund Request — Foothills Saddlery Shop / OWD-2025-301",
     "Hi Optima team,\n\nWe paid the deposit (OWD-2025-301) on Friday for the new saddlery web shop. My business partner has pulled out over the weekend "
     "and I can't carry the build on my own, so I need to cancel the project and ask for the deposit back. Nothing's been started as far as I know.\n\n"
     "Jolene Friesen\nFoothills Saddlery, Okotoks AB", (2025, 9, 28, 20, 0), AB)],
     [R("approve", "25000.00")], extra_ok=True, spec="Deposit paid 2025-09-26 15:00 IST, request 2025-09-29 07:30 IST = 64.5 h, no work started: refund 25000.00 before tax (O2). Cancelling the project may add a harmless cancellation (extra_ok).")

proj("Whitstable Oyster Shed", "bookings@whitstableoystershed.example", None)
ow("w2", "OWD-2025-302", "Whitstable Oyster Shed", "deposit", "18000.00", "2025-09-24T11:00:00")
assert hours("2025-09-24T11:00:00", (2025, 9, 27, 6, 30), UK) == 72
case("o02-kent-deposit-exactly-72h", OWB, "decided", [M("Harriet Lamb <bookings@whitstableoystershed.example>", "Deposit refund OWD-2025-302",
     "Morning,\n\nSorry to do this but the landlord has decided not to renew the lease on the Shed, so there won't be a restaurant to build a website for. "
     "Please refund the booking deposit for Whitstable Oyster Shed, invoice OWD-2025-302, paid Wednesday.\n\nHarriet Lamb", (2025, 9, 27, 6, 30), UK)],
     [R("deny")], spec="Deposit paid 2025-09-24 11:00 IST; the request 2025-09-27 06:30 BST = 11:00 IST is exactly 72 h: not before 72 h, deny (O2, section 8).")

proj("Herdwick Wool Co Online", "sales@herdwickwool.example", "2025-09-26T10:00:00")
ow("w3", "OWD-2025-303", "Herdwick Wool Co Online", "deposit", "20000.00", "2025-09-25T15:00:00")
case("o03-lakes-deposit-work-started", OWB, "decided", [M("Tom Dixon <sales@herdwickwool.example>", "deposit back please - Herdwick Wool Co Online",
     "Hello,\n\nWe paid deposit OWD-2025-303 on Thursday for the Herdwick Wool Co Online site. Having slept on it we've found a cheaper designer in Kendal, "
     "so we'd like our deposit returned. I understand it's within the 72 hours.\n\nTom Dixon\nHerdwick Wool Co, Coniston", (2025, 9, 27, 10, 0), UK)],
     [R("deny")], spec="Within 72 h (47.5 h) but work started 2025-09-26 10:00, before the request: 'whichever occurs first', deny (O2).")

proj("Bear Lake Raspberry Farm", "hello@bearlakeberries.example", None)
ow("w4", "OWD-2025-304", "Bear Lake Raspberry Farm", "discovery", "15000.00", "2025-09-22T15:00:00")
case("o04-utah-discovery-not-started", OWB, "decided", [M("McKenna Hansen <hello@bearlakeberries.example>", "Refund Request — Bear Lake Raspberry Farm",
     "Hi there!\n\nWe paid the discovery/strategy fee (OWD-2025-304) last week but haven't had a session scheduled yet. Our farm stand is closing for the "
     "season early because of the early frost, so we need to put the whole website idea on hold until spring. Could we get that fee back?\n\n"
     "Thank you!\nMcKenna Hansen\nBear Lake Raspberry Farm, Garden City UT", (2025, 9, 29, 11, 0), UT)],
     [R("approve", "15000.00")], spec="Discovery fee, no session or deliverable started (work_started_at empty): full refund 15000.00 before tax (O1).")

proj("Carcross Dog Sled Tours", "mush@carcrosssled.example", "2025-09-24T20:30:00")
ow("w5", "OWD-2025-305", "Carcross Dog Sled Tours", "discovery", "12000.00", "2025-09-20T15:00:00")
case("o05-yukon-discovery-session-held", OWB, "decided", [M("Ingrid Sundqvist <mush@carcrosssled.example>", "discovery fee",
     "Hi,\n\nWe had the first strategy call Wednesday (8am our time, the dogs were howling through it, sorry!). Honestly it showed us we're not ready for a new site. "
     "Can we get a refund on the discovery fee, invoice OWD-2025-305, project Carcross Dog Sled Tours?\n\nIngrid", (2025, 9, 29, 9, 0), YT)],
     [R("deny")], spec="Discovery session held 2025-09-24 (20:30 IST = 08:00 MST) before the request: non-refundable once sessions have commenced, deny (O1).")

proj("Mlilwane Eco Lodge Booking", "admin@mlilwaneecolodge.example", "2025-09-05T10:00:00")
ow("w6", "OWD-2025-306", "Mlilwane Eco Lodge Booking", "milestone", "40000.00", "2025-09-18T15:00:00", milestone_status="not_started")
case("o06-eswatini-milestone-not-started", OWB, "decided", [M("Nomcebo Simelane <admin@mlilwaneecolodge.example>", "Refund Request — Mlilwane Eco Lodge Booking / OWD-2025-306",
     "Good morning\n\nWe paid milestone 3 (booking engine integration, OWD-2025-306) in advance, but our board has now chosen to stay with the reservation system of "
     "the tourism authority. The integration has not started. Kindly refund this milestone.\n\nKind regards\nNomcebo Simelane\nAdministrator",
     (2025, 9, 29, 8, 30), SZ)],
     [R("approve", "40000.00")], spec="Milestone not_started: refund its amount 40000.00 before tax (O3).")

proj("Mumbles Ice Cream Parlour", "gwen@mumblesicecream.example", "2025-08-20T10:00:00")
ow("w7", "OWD-2025-307", "Mumbles Ice Cream Parlour", "milestone", "22000.00", "2025-09-10T15:00:00", milestone_status="in_progress")
case("o07-swansea-milestone-in-progress", OWB, "decided", [M("Gwen Powell <gwen@mumblesicecream.example>", "Stop work + refund milestone 2",
     "Hiya,\n\nPlease stop work on milestone 2 (online ordering, OWD-2025-307) for Mumbles Ice Cream Parlour. We've decided not to do deliveries after all, "
     "the drivers were a nightmare this summer. I know your lot have started on it, but refund whatever's not done please.\n\nGwen",
     (2025, 9, 27, 15, 0), UK)],
     [R("escalate")], extra_ok=True, spec="Milestone in_progress: the billable value of the work not started needs a person: escalate (O3). 'Stop work' may add a harmless cancellation (extra_ok).")

proj("Barra Seaweed Baths", "fionnlagh@barraseaweed.example", "2025-07-01T10:00:00")
ow("w8", "OWD-2025-308", "Barra Seaweed Baths", "milestone", "30000.00", "2025-08-15T15:00:00", milestone_status="approved")
case("o08-hebrides-milestone-approved", OWB, "decided", [M("Fionnlagh MacNeil <fionnlagh@barraseaweed.example>", "design milestone refund",
     "Hello,\n\nI signed off the design milestone in August (OWD-2025-308, Barra Seaweed Baths) but looking at it again on the big screen the colours are not what I wanted. "
     "I'd like that payment returned and I'll find someone local.\n\nFionnlagh MacNeil\nCastlebay, Isle of Barra", (2025, 9, 26, 12, 0), UK)],
     [R("deny")], spec="Milestone approved (signed off): non-refundable, deny (O3/O6).")

proj("Crisfield Oyster Co Care Plan", "dee@crisfieldoyster.example", "2025-06-01T10:00:00")
ow("w9", "OWD-2025-309", "Crisfield Oyster Co Care Plan", "retainer", "8000.00", "2025-09-15T15:00:00",
   period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("o09-chesapeake-retainer-notice-ok", OWB, "decided", [M("Dee Tawes <dee@crisfieldoyster.example>", "Cancel monthly retainer - Crisfield Oyster Co Care Plan",
     "Hello,\n\nPlease take this as notice to cancel our monthly care retainer (Crisfield Oyster Co Care Plan, last invoice OWD-2025-309). "
     "My nephew is taking over the website as his school project, so we won't need the monthly updates. I'm not asking for anything back on September.\n\n"
     "Dee Tawes\nCrisfield Oyster Co., Crisfield MD", (2025, 9, 27, 16, 0), CB)],
     [X("cancel", "2025-10-14")], spec="Retainer, next_billing_at 2025-10-15; request 2025-09-28 01:30 IST is before the cut-off 2025-10-08: cancel, effective 2025-10-14 (O4).")

proj("Henderson Pool Supply Retainer", "ap@hendersonpools.example", "2025-05-01T10:00:00")
ow("w10", "OWD-2025-310", "Henderson Pool Supply Retainer", "retainer", "10000.00", "2025-09-03T15:00:00",
   period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
case("o10-nevada-retainer-short-notice", OWB, "decided", [M("Luis Ortega <ap@hendersonpools.example>", "Retainer cancellation OWD-2025-310",
     "Hello,\n\nHenderson Pool Supply is ending the SEO retainer (Henderson Pool Supply Retainer, invoice OWD-2025-310). Pool season is over and the owners "
     "want to cut costs for winter. Please confirm the end date.\n\nLuis Ortega\nAccounts Payable", (2025, 9, 29, 9, 0), NV)],
     [X("cancel", "2025-11-02")], spec="Request 2025-09-29 21:30 IST, next_billing_at 2025-10-03: less than 7 days' notice, the next cycle 10-03..11-02 is billed; effective 2025-11-02 (O4).")

proj("Neon Lane Pay Growth Retainer", "cfo@neonlanepay.example", "2025-04-01T10:00:00")
ow("w11", "OWD-2025-311", "Neon Lane Pay Growth Retainer", "retainer", "60000.00", "2025-09-10T15:00:00",
   period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
ow("w12", "OWD-2025-312", "Neon Lane Pay Growth Retainer", "retainer", "60000.00", "2025-09-25T15:00:00",
   period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
case("o11-nevada-cfo-retainer-paid-ahead", OWB, "decided", [M("Priya Castellanos <cfo@neonlanepay.example>", "Ending the growth retainer",
     "Hi Optima,\n\nWe're consolidating vendors after our Series A, so we're ending the Neon Lane Pay Growth Retainer. Note AP already paid the October cycle "
     "early (OWD-2025-312) as part of our quarter-end run; the current cycle is OWD-2025-311. Please advise how you'll handle the cancellation.\n\n"
     "Priya Castellanos\nCFO, Neon Lane Pay Inc.", (2025, 9, 26, 10, 0), NV)],
     [X("escalate")], spec="The next cycle (10-10..11-09) is already paid and the notice is over 7 days: the cancellation is escalated (section 8, retainer paid in advance).")

proj("Tumon Dive Shop Hosting", "ops@tumondive.example", "2025-09-15T10:00:00")
ow("w13", "OWD-2025-313", "Tumon Dive Shop Hosting", "hosting_annual", "21000.00", "2025-09-18T15:00:00", setup_fee="1800.00", service_start="2025-09-19")
assert days("2025-09-19", (2025, 10, 1, 1, 0), GU) == 11 and o5("21000.00", "1800.00") == "17600.00"
case("o12-guam-hosting-day11", OWB, "decided", [M("Maria Santos <ops@tumondive.example>", "Cancel hosting + refund (Tumon Dive Shop Hosting, OWD-2025-313)",
     "Hafa adai,\n\nOur parent company in Saipan is moving all the dive shops onto one corporate site, so we don't need the annual hosting we started on the 19th. "
     "Please cancel it and refund what the policy allows.\n\nMaria Santos\nTumon Dive Shop", (2025, 10, 1, 1, 0), GU)],
     [R("approve", "17600.00")], extra_ok=True, spec="Hosting annual, service_start 2025-09-19, request 2025-09-30 20:30 IST = day 11: 21000 - 1800 - (19200/12 = 1600) x 1 = 17600.00 (O5); the cancellation part is allowed (extra_ok).")

proj("Moab Canyon Jeep Tours Care", "office@moabjeep.example", "2025-09-20T10:00:00")
ow("w14", "OWD-2025-314", "Moab Canyon Jeep Tours Care", "maintenance_annual", "25000.00", "2025-09-21T15:00:00", setup_fee="1500.00", service_start="2025-09-22")
assert days("2025-09-22", (2025, 9, 28, 10, 0), UT) == 6 and o5("25000.00", "1500.00") == "21541.67"
case("o13-utah-maintenance-rounding", OWB, "decided", [M("Tanner Christiansen <office@moabjeep.example>", "Refund Request — Moab Canyon Jeep Tours Care / OWD-2025-314",
     "Hi,\n\nWe signed up for the annual maintenance plan last week but the county's new permit rules mean we're cutting back to two jeeps and won't be updating the site. "
     "Requesting the prorated refund per your 14-day clause.\n\nTanner Christiansen\nMoab Canyon Jeep Tours", (2025, 9, 28, 10, 0), UT)],
     [R("approve", "21541.67")], extra_ok=True, spec="Maintenance annual, start 2025-09-22, day 6: 25000 - 1500 - (23500/12 = 1958.333...) x 1 = 21541.666... -> 21541.67, rounded once (O5, C6).")

proj("Deal Island Marina Care", "harbor@dealislandmarina.example", "2025-09-05T10:00:00")
ow("w15", "OWD-2025-315", "Deal Island Marina Care", "maintenance_annual", "24000.00", "2025-09-09T15:00:00", setup_fee="0.00", service_start="2025-09-10")
assert days("2025-09-10", (2025, 9, 24, 23, 50), CB) == 15
case("o14-chesapeake-maintenance-day15-by-ist", OWB, "decided", [M("Buck Webster <harbor@dealislandmarina.example>", "maintenance plan refund (Deal Island Marina Care)",
     "Evening,\n\nWe started the annual maintenance plan on Sept 10 (invoice OWD-2025-315). My daughter is doing the website now, so I want to cancel and get the "
     "prorated refund. By my calendar today's day 14, so I'm just under the wire.\n\nBuck Webster\nDeal Island Marina", (2025, 9, 24, 23, 50), CB)],
     [R("deny")], extra_ok=True, spec="Sent 2025-09-24 23:50 EDT = 2025-09-25 09:20 IST: day 15 after service_start 2025-09-10, outside 14 days: deny (O5); cancellation allowed (extra_ok).")

proj("Baa Atoll Guesthouse Site", "manager@baaguesthouse.example", "2025-08-01T10:00:00")
ow("w16", "OWD-2025-316", "Baa Atoll Guesthouse Site", "third_party", "4500.00", "2025-09-25T15:00:00")
case("o15-maldives-domain", OWB, "decided", [M("Ibrahim Naseem <manager@baaguesthouse.example>", "Domain refund OWD-2025-316",
     "Dear team,\nThe .mv domain you bought for Baa Atoll Guesthouse Site (OWD-2025-316) we already have with our cousin company, so not needed. "
     "Please refund.\nRegards\nNaseem", (2025, 9, 26, 14, 0), MV)],
     [R("deny")], spec="Domain registration is a third-party fee: non-refundable (O6).")

proj("Eureka Springs Fudge Shop", "fudge@eurekafudge.example", "2025-09-01T10:00:00")
ow("w17", "OWD-2025-317", "Eureka Springs Fudge Shop", "rush", "7500.00", "2025-09-20T15:00:00")
case("o16-ozarks-rush-fee", OWB, "decided", [M("Loretta Birch <fudge@eurekafudge.example>", "rush fee",
     "Hi y'all,\n\nWe paid the rush fee (OWD-2025-317) so the Eureka Springs Fudge Shop site would be live for the fall foliage crowd, and it was, two days late. "
     "I'd like the rush fee back since it wasn't really rushed.\n\nLoretta", (2025, 9, 27, 9, 0), OZ)],
     [R("deny")], spec="Expedited/rush fees are non-refundable (O6).")

proj("Dzintari Dunes Guesthouse Site", "info@dzintaridunes.example", "2025-07-01T10:00:00")
ow("w18", "OWD-2025-318", "Dzintari Dunes Guesthouse Site", "change_request", "9000.00", "2025-09-19T15:00:00")
case("o17-latvian-change-request", OWB, "decided", [M("Andris Berzins <info@dzintaridunes.example>", "Change request payment return",
     "Labdien,\n\nWe paid change request OWD-2025-318 for Russian and Finnish language versions of Dzintari Dunes Guesthouse Site. After discussion with owner "
     "we want only Latvian and English. Please return the payment for change request.\n\nAndris Berzins\nJurmala", (2025, 9, 24, 10, 0), LV)],
     [R("deny")], spec="Change requests outside the original scope are non-refundable (O6).")

proj("Mesquite Dental Studio", "admin@mesquitedental.example", None)
ow("w19", "OWD-2025-319", "Mesquite Dental Studio", "deposit", "15000.00", "2025-09-29T15:00:00")
case("o18-nevada-c2-personal-gmail", OWB, "need_info", [M("Dr. Karen Yazzie <karen.yazzie.dds@webmail.example>", "Refund Request — Mesquite Dental Studio / OWD-2025-319",
     "Hello,\n\nWe've been acquired by a dental group that has its own website team, so please refund the deposit for Mesquite Dental Studio (OWD-2025-319). "
     "The contract was signed with admin@mesquitedental.example but I'm writing from my own account.\n\nDr. Karen Yazzie", (2025, 9, 30, 8, 0), NV)],
     rules=["C2"], spec="Not from the contract email (the contract is admin@mesquitedental.example): ask for the request from that address, nothing disclosed (C2).")

proj("Llandaff Lettings Portal", "owner@llandafflettings.example", "2025-08-10T10:00:00")
ow("w20", "OWD-2025-320", "Llandaff Lettings Portal", "milestone", "26000.00", "2025-09-12T15:00:00", milestone_status="not_started")
case("o19-cardiff-outlook-fw-contract", OWB, "need_info", [M("Carys Hughes <office.manager@llandafflettings.example>", "FW: Llandaff Lettings Portal - refund",
     "Hi, forwarding on behalf of Mr Vaughan as requested. Please action.\n\nCarys\n\n"
     "________________________________\nFrom: Owen Vaughan <owner@llandafflettings.example>\nSent: 28 September 2025 20:14\n"
     "To: Carys Hughes <office.manager@llandafflettings.example>\nSubject: Llandaff Lettings Portal - refund\n\n"
     "Carys, tell Optima we're not doing the tenant portal phase now, the council licensing changes have thrown everything. "
     "Milestone OWD-2025-320 hasn't started, I want it refunded. Contract email is owner@llandafflettings.example.\nOwen",
     (2025, 9, 29, 9, 0), UK)],
     rules=["C2"], spec="Outlook forward by the office manager carrying a request that names the contract email owner@llandafflettings.example: ask for it from that address (C2, section 8 Forwards).")

proj("Ashford Hop Farm Shop", "farm@ashfordhops.example", None)
proj("Ashford Hop Festival", "farm@ashfordhops.example", None)
ow("w21", "OWD-2025-321", "Ashford Hop Farm Shop", "deposit", "12000.00", "2025-09-29T15:00:00")
ow("w22", "OWD-2025-322", "Ashford Hop Festival", "deposit", "12000.00", "2025-09-29T15:05:00")
case("o20-kent-which-project", OWB, "need_info", [M("Nick Bourne <farm@ashfordhops.example>", "deposit refund",
     "Hi,\n\nCan we have one of the deposits back please? We've decided the two sites are too much for this year, the hop harvest was poor after the dry summer.\n\n"
     "Nick Bourne\nAshford Hops, Kent", (2025, 9, 30, 8, 0), UK)],
     missing=["project_name", "invoice_number"], spec="From the contract email with two projects and two deposits, naming neither: ask for the project name and the invoice (C3); the reason is given.")

proj("Kendal Mint Bakery Retainer", "accounts@kendalmintbakery.example", "2025-03-01T10:00:00")
ow("w23", "OWD-2025-323", "Kendal Mint Bakery Retainer", "retainer", "6000.00", "2025-09-01T15:00:00",
   period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
case("o21-lakes-thread-reason-later", OWB, "decided", [
    M("Alison Birkett <accounts@kendalmintbakery.example>", "Cancel retainer — Kendal Mint Bakery Retainer / OWD-2025-323",
      "Hello,\n\nPlease cancel the monthly retainer for Kendal Mint Bakery Retainer, invoice OWD-2025-323.\n\nAlison Birkett\nAccounts", (2025, 9, 24, 9, 0), UK),
    M("Alison Birkett <accounts@kendalmintbakery.example>", "Re: Cancel retainer — Kendal Mint Bakery Retainer / OWD-2025-323",
      "Hello again,\n\nThe reason: the bakery has been sold to a chain who run their own website, completion is end of September.\n\nAlison\n\n"
      "> Please cancel the monthly retainer for Kendal Mint Bakery Retainer, invoice OWD-2025-323.", (2025, 9, 30, 9, 0), UK)],
    [X("cancel", "2025-09-30")], spec="Reason given in the answer; the request time is the first email, 2025-09-24 13:30 IST, the cut-off for next_billing_at 2025-10-01 (7 days' notice): cancel, effective 2025-09-30 (O4, C3).")

proj("Carson City Saddle Club", "club@carsonsaddle.example", None)
ow("w24", "OWD-2025-324", "Carson City Saddle Club", "deposit", "16000.00", "2025-09-28T15:00:00")
case("o22-nevada-chargeback-deposit", OWB, "decided", [M("Dale Whitmore <club@carsonsaddle.example>", "DEPOSIT REFUND NOW",
     "The club board voted not to go ahead. Refund the deposit OWD-2025-324 for Carson City Saddle Club today or I file a chargeback with my bank, simple as that.\n\nDale Whitmore, Treasurer",
     (2025, 9, 29, 8, 0), NV)],
     [R("escalate")], rules=["C4"], spec="Chargeback threat: escalate (C4), even though the deposit would be inside 72 hours.")

proj("Broadstairs Beach Huts", "hire@broadstairshuts.example", "2025-07-01T10:00:00")
ow("w25", "OWD-2025-325", "Broadstairs Beach Huts", "milestone", "14000.00", "2025-08-20T15:00:00", milestone_status="completed")
case("o23-kent-statutory-rights", OWB, "decided", [M("Pauline Ward <hire@broadstairshuts.example>", "Refund Request — Broadstairs Beach Huts / OWD-2025-325",
     "Dear Sir or Madam,\n\nThe booking calendar delivered under milestone OWD-2025-325 double-books huts at weekends. I consider it not fit for purpose and "
     "request a full refund. I would remind you that my statutory rights as a consumer are not affected by your terms.\n\nYours faithfully,\nPauline Ward",
     (2025, 9, 26, 14, 0), UK)],
     [R("escalate")], rules=["C4"], spec="Mentions statutory rights: escalate (C4), not an O3 deny of the completed milestone.")

case("o24-newsletter-list", OWB, "ignore", [M("Welsh Small Business Digest <digest@cymrubiz-news.example>", "This week: refunds, chargebacks and your website",
     "In this issue: how to handle refunds and chargebacks on your shop; five web agencies reviewed; grants for Cardiff start-ups.\n\nUnsubscribe: https://cymrubiz-news.example/u",
     (2025, 9, 26, 7, 0), UK, hdr={"Precedence": "bulk", "List-Id": "<digest.cymrubiz-news.example>", "List-Unsubscribe": "<https://cymrubiz-news.example/u>"})],
     rules=["C7"], spec="Mailing list (Precedence: bulk, List-Id): ignore (C7), whatever it mentions.")

case("o25-thimphu-hypothetical-discovery", OWB, "other", [M("Sonam Choden <sonam@thimphuhomestay.example>", "Question on discovery fee",
     "Kuzuzangpo la,\n\nWe are thinking to start a website for our homestay. Suppose we pay the discovery fee and after the first session we feel it is not suitable, "
     "will the fee be refunded? Kindly advise before we proceed.\n\nSonam Choden", (2025, 9, 27, 15, 0), BT)],
     spec="A hypothetical before buying: policy question, other (section 8).")

proj("Easedale Toffee Corner", "shop@easedaletoffee.example", "2025-06-01T10:00:00")
case("o26-lakes-thanks-no-refund", OWB, "other", [M("Hannah Wilson <shop@easedaletoffee.example>", "New site - thank you!",
     "Hi all,\n\nJust to say the new Easedale Toffee Corner site is brilliant, orders are up already. Definitely not looking for any refund, "
     "ha! Could you send me a copy of the final invoice for our accountant though?\n\nHannah", (2025, 9, 29, 11, 0), UK)],
     spec="Thanks, refund ruled out, asks for an invoice copy: other.")

proj("Paro Valley Treks", "info@parovalleytreks.example", "2025-09-10T10:00:00")
ow("w27", "OWD-2025-327", "Paro Valley Treks", "setup", "5000.00", "2025-09-12T15:00:00")
case("o27-bhutan-setup-fee", OWB, "decided", [M("Tshering Dorji <info@parovalleytreks.example>", "Refund of setup fee OWD-2025-327",
     "Respected Sir/Madam,\n\nKindly refund the setup and activation fee OWD-2025-327 paid for Paro Valley Treks, as the trekking permit office has delayed our licence "
     "and we cannot take bookings this season.\n\nWith warm regards,\nTshering Dorji", (2025, 9, 26, 10, 0), BT)],
     [R("deny")], spec="Setup/activation fees are non-refundable (O6).")

proj("Minster Yard Tea Rooms Hosting", "teas@minsteryardtearooms.example", None)
ow("w28", "OWD-2025-328", "Minster Yard Tea Rooms Hosting", "hosting_annual", "9600.00", "2025-09-27T15:00:00", setup_fee="1200.00", service_start="2025-10-05")
case("o28-hosting-before-start", OWB, "decided", [M("Marion Pett <teas@minsteryardtearooms.example>", "Refund Request — Minster Yard Tea Rooms Hosting / OWD-2025-328",
     "Hello,\n\nWe paid for a year's hosting (OWD-2025-328) that starts on 5 October, but the chapter is putting the tea rooms in with the minster's own website. "
     "Please cancel it and refund.\n\nMarion Pett\nManager", (2025, 9, 29, 12, 0), UK)],
     [R("approve", "7700.00")], extra_ok=True, spec="Hosting annual before its service_start 2025-10-05: consumed_months 1 (section 8); 9600 - 1200 - (8400/12 = 700) x 1 = 7700.00 (O5); cancellation allowed (extra_ok).")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
