"""fresh31 English cases (qa31c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh31@mail.example>"
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


CDT, AZ, PDT, MDT, BST, EAT, CAT, EG, JO, CEST, ICT = -300, -420, -420, -360, 60, 180, 120, 180, 180, 120, 420
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")
DISC_NI = ("\n\n--\nCiaran Doherty | Operations\nLoughside Tyres Ltd, Unit 4 Duncrue Ind. Est., Belfast BT3 9BP\n"
           "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it "
           "in error please notify the sender and delete it. Loughside Tyres Ltd is registered in Northern Ireland NI612345.")

# ================= LeadsOptima =================
cust("wade.kimbrough@gvtc.com", "Wade Kimbrough", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e31_p01", "LO-INV-31011", "wade.kimbrough@gvtc.com", "monthly", *Mo, "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
lopay("e31_p02", "LO-INV-31012", "wade.kimbrough@gvtc.com", "monthly", *Mo, "2025-09-26T15:02:00", "2025-09-26", "2025-10-25")
case("l01-hill-country-hit-twice", LOB, "decided", [M("Wade Kimbrough <wade.kimbrough@gvtc.com>",
     "got charged 2x",
     "Howdy,\n\nLooks like y'all hit my card twice on the 26th for the monthly plan, 1,499 rupees each, whatever that comes to in dollars. "
     "Invoices LO-INV-31011 and LO-INV-31012. Only meant to pay the one time. Can you send the second one back?\n\n"
     "Thanks kindly,\nWade\nKimbrough Feed & Supply, Fredericksburg TX\n\nSent from my iPhone",
     (2025, 9, 27, 9, 15), CDT)], [R("approve", "1499.00")],
     spec="L4: two paid monthly charges 1499.00 on 2025-09-26 (04:30 CDT that day), same period; request 2025-09-27 19:45 IST = day 1; refund the later LO-INV-31012 1499.00 before tax.")

cust("marisol.tsosie@frontiernet.net", "Marisol Tsosie", "annual", start="2025-09-23", end="2026-09-22")
lopay("e31_p03", "LO-INV-31021", "marisol.tsosie@frontiernet.net", "annual", *A, "2025-09-23T15:00:00", "2025-09-23", "2026-09-22")
lopay("e31_p04", "LO-INV-31022", "marisol.tsosie@frontiernet.net", "annual", *A, "2025-09-23T15:01:00", "2025-09-23", "2026-09-22")
case("l02-flagstaff-day7-by-ist", LOB, "decided", [M("Marisol Tsosie <marisol.tsosie@frontiernet.net>",
     "Duplicate annual payment",
     "Hi there,\n\nI just reconciled our card statement and the annual subscription went through two times on Sept 23 "
     "(LO-INV-31021 and LO-INV-31022, 11,988.00 each). Please refund the duplicate.\n\nThank you,\nMarisol Tsosie\n"
     "Office Manager, Canyon Mesa Realty, Flagstaff AZ",
     (2025, 9, 30, 11, 0), AZ)], [R("approve", "11988.00")],
     spec="Sent 2025-09-30 11:00 MST (-07:00, Arizona has no DST) = 23:30 IST 2025-09-30: day 7 after 2025-09-23, inside (L3); duplicate LO-INV-31022 11988.00 approved (L4).")

cust("tyler.lindqvist@comcast.net", "Tyler Lindqvist", "annual", start="2025-09-23", end="2026-09-22")
lopay("e31_p05", "LO-INV-31031", "tyler.lindqvist@comcast.net", "annual", *A, "2025-09-23T15:00:00", "2025-09-23", "2026-09-22")
lopay("e31_p06", "LO-INV-31032", "tyler.lindqvist@comcast.net", "annual", *A, "2025-09-23T15:00:40", "2025-09-23", "2026-09-22")
case("l03-seattle-day8-by-ist", LOB, "decided", [M("Tyler Lindqvist <tyler.lindqvist@comcast.net>",
     "Double charge on annual plan - within 7 days",
     "Hey team,\n\nQuick one: we got billed twice for the annual plan on 9/23, LO-INV-31031 and LO-INV-31032. I read your policy and "
     "it's still within the 7 days on my end (today's the 30th), so please refund one of them.\n\nCheers,\nTyler\n"
     "Rainier Climbing Co. | Seattle, WA",
     (2025, 9, 30, 13, 0), PDT)], [R("deny")],
     spec="Sent 2025-09-30 13:00 PDT = 2025-10-01 01:30 IST: day 8 after the 2025-09-23 charges in the brand's zone, outside the 7-day window (L3): deny.")

cust("joost.vandenberg@ziggo.nl", "Joost van den Berg", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e31_p07", "LO-INV-31041", "joost.vandenberg@ziggo.nl", "monthly", *Mo, "2025-09-20T15:00:00", "2025-09-20", "2025-10-19")
lopay("e31_p08", "LO-INV-31042", "joost.vandenberg@ziggo.nl", "monthly", *Mo, "2025-09-22T15:00:00", "2025-09-20", "2025-10-19")
lopay("e31_p09", "LO-INV-31043", "joost.vandenberg@ziggo.nl", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-20", "2025-10-19")
case("l04-utrecht-three-debits", LOB, "decided", [M("Joost van den Berg <joost.vandenberg@ziggo.nl>",
     "3x afgeschreven / charged three times",
     "Hello,\n\nI see now three debits for the same month on my creditcard: 20-09, 22-09 and 27-09, each 1.499,00 INR "
     "(LO-INV-31041, LO-INV-31042, LO-INV-31043). Only the first one is correct, the others are double. I want the double ones back please.\n\n"
     "Met vriendelijke groet,\nJoost van den Berg\nFietsenmakerij Van den Berg, Utrecht",
     (2025, 9, 30, 10, 0), CEST)], [R("approve", "1499.00")],
     spec="Three paid monthly charges for the period 2025-09-20..10-19; request 2025-09-30 13:30 IST: 09-22 is day 8 (out), 09-27 day 3 (in): refund 1499.00 (section 8 three charges, L3).")

cust("nguyen.thanh.hai@fpt.vn", "Nguyen Thanh Hai", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("e31_p10", "LO-INV-31051", "nguyen.thanh.hai@fpt.vn", "quarterly", *Q, "2025-09-25T15:00:00", "2025-09-25", "2025-12-24")
case("l05-hanoi-twice-but-ledger-once", LOB, "decided", [M("Nguyen Thanh Hai <nguyen.thanh.hai@fpt.vn>",
     "Payment 2 times for quaterly plan",
     "Dear Support team,\n\nI am Hai from Hanoi. My bank app show that I paid for the quaterly plan 2 times in 25/9, amount 3.999 INR each time. "
     "Please check and refund me the one extra payment. I attach screenshot of bank app (sorry it is in Vietnamese).\n\n"
     "Thank you very much and best regard,\nNguyen Thanh Hai",
     (2025, 9, 26, 9, 0), ICT)], [R("escalate")],
     spec="Duplicate claimed inside the window (day 1), but the ledger holds one paid charge only (LO-INV-31051, the account's one payment): no pair, escalate (L4).")

cust("ciaran@loughsidetyres.co.uk", "Ciaran Doherty", "annual", start="2025-09-24", end="2026-09-23")
lopay("e31_p11", "LO-INV-31061", "ciaran@loughsidetyres.co.uk", "annual", *A, "2025-09-24T15:00:00", "2025-09-24", "2026-09-23")
case("l06-belfast-wrong-plan-disclaimer", LOB, "decided", [M("Ciaran Doherty <ciaran@loughsidetyres.co.uk>",
     "Invoice LO-INV-31061 - wrong plan",
     "Morning,\n\nWe signed up for the monthly plan but yous have charged us for the annual one, 11,988 instead of the 1,499 we agreed. "
     "Invoice LO-INV-31061. Can that be sorted and the difference put back on the card?\n\nCheers" + DISC_NI,
     (2025, 9, 25, 9, 10), BST)], [R("escalate")],
     spec="Billing error (charged for the wrong plan) inside the window (charge 2025-09-24, request day 1): escalate with the charge found (L5).")

cust("bev.hollins@btinternet.com", "Beverley Hollins", "monthly", status="cancelled", start="2025-08-21", end="2025-09-20")
lopay("e31_p12", "LO-INV-31071", "bev.hollins@btinternet.com", "monthly", *Mo, "2025-08-21T15:00:00", "2025-08-21", "2025-09-20")
lopay("e31_p13", "LO-INV-31072", "bev.hollins@btinternet.com", "monthly", *Mo, "2025-09-21T15:00:00", "2025-09-21", "2025-10-20")
case("l07-brum-still-taking-money", LOB, "decided", [M("Bev Hollins <bev.hollins@btinternet.com>",
     "still taking money off me!!",
     "Hiya,\n\nI cancelled the leads thing back in August (did it myself on the Billing page, got the email and everything) "
     "and yow have STILL took another month off me on the 21st, LO-INV-31072. I want that back please, it shouldn't of gone out.\n\n"
     "Bev\nHollins Mobile Hairdressing, Dudley",
     (2025, 9, 24, 19, 40), BST)], [R("escalate")],
     spec="Charged after cancelling is a billing error; charge 2025-09-21, request 2025-09-25 00:10 IST (day 4): escalate (L5).")

cust("baraka.mushi@gmail.com", "Baraka Mushi", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e31_p14", "LO-INV-31081", "baraka.mushi@gmail.com", "monthly", *Mo, "2025-09-25T15:00:00", "2025-09-25", "2025-10-24")
case("l08-dar-cannot-login", LOB, "decided", [M("Baraka Mushi <baraka.mushi@gmail.com>",
     "Habari - cannot login since payment",
     "Habari team,\n\nSince I paid on 25th I cannot login at all, it says 'session expired' every time, I tried Chrome and phone. "
     "Already two days my sales team is sitting idle. Kindly refund the money if you cannot fix it.\n\nAsante,\nBaraka Mushi\nMushi Hardware, Kariakoo, Dar es Salaam",
     (2025, 9, 27, 11, 30), EAT)], [R("escalate")],
     spec="Access failure inside the window (charge 2025-09-25, request 2025-09-27 14:00 IST, day 2); the one payment identifies the invoice: escalate (L6).")

cust("aline.uwase@mtn.co.rw", "Aline Uwase", "monthly", start="2025-09-05", end="2025-10-04")
lopay("e31_p15", "LO-INV-31091", "aline.uwase@mtn.co.rw", "monthly", *Mo, "2025-09-05T15:00:00", "2025-09-05", "2025-10-04")
case("l09-kigali-no-access-late", LOB, "decided", [M("Aline Uwase <aline.uwase@mtn.co.rw>",
     "Refund request LO-INV-31091",
     "Good evening,\n\nSince the payment of 5th September the platform is not loading for me, only a white page. "
     "I was travelling to Musanze and could not write earlier. I request refund of LO-INV-31091.\n\nMurakoze,\nAline Uwase",
     (2025, 9, 20, 18, 0), CAT)], [R("deny")],
     spec="Access failure, but charge 2025-09-05 and request 2025-09-20 21:30 IST = day 15: outside 7 days, deny (L3).")

cust("mahmoud.elsayed@tedata.net.eg", "Mahmoud El-Sayed", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("e31_p16", "LO-INV-31101", "mahmoud.elsayed@tedata.net.eg", "quarterly", *Q, "2025-09-27T15:00:00", "2025-09-27", "2025-12-26")
case("l10-cairo-partner-changed-mind", LOB, "decided", [M("Mahmoud El-Sayed <mahmoud.elsayed@tedata.net.eg>",
     "Kindly refund quarterly subscription",
     "Dear Sirs,\n\nKindly be informed that I subscribed the quarterly plan on 27/9 (invoice LO-INV-31101). After discussion with my partner "
     "we decided to continue with another CRM which our accountant already use. So kindly return the amount to my visa.\n\n"
     "Best Regards,\nEng. Mahmoud El-Sayed\nEl-Sayed for Trading & Contracting, Nasr City, Cairo",
     (2025, 9, 28, 12, 30), EG)], [R("deny")],
     spec="Changing to another CRM is not one of the L2 exceptions: refund denied, cancellation offered (L1).")

cust("karin.holmberg@bredband.net", "Karin Holmberg", "annual", start="2025-06-15", end="2026-06-14")
lopay("e31_p17", "LO-INV-31111", "karin.holmberg@bredband.net", "annual", *A, "2025-06-15T15:00:00", "2025-06-15", "2026-06-14")
case("l11-gothenburg-unused-refund-and-cancel", LOB, "decided", [M("Karin Holmberg <karin.holmberg@bredband.net>",
     "Cancel + refund remaining months",
     "Hi,\n\nWe bought the annual plan in June but honestly we have not used it more than twice, our sales are mostly from fairs. "
     "Please cancel the subscription and refund the remaining 8,5 months.\n\nMed vänliga hälsningar / Best regards\nKarin Holmberg\nHolmberg Keramik AB, Göteborg",
     (2025, 9, 29, 14, 0), CEST)], [R("deny"), X("cancel", "2026-06-14")],
     spec="Unused months are not an exception: refund deny (L1, no partial refunds); cancel, active until current_period_end 2026-06-14 (L8).")

cust("zaid.haddad@orange.jo", "Zaid Haddad", "monthly", status="trial", trial_ends="2025-10-06")
case("l12-amman-trial-refund", LOB, "decided", [M("Zaid Haddad <zaid.haddad@orange.jo>",
     "refund please",
     "Hello,\n\nI registered last week for trying and I see the dashboard asks card details. I want refund of anything you have taken from me, "
     "I am only trying the system now.\n\nRegards\nZaid Haddad\nHaddad Car Rental, Amman",
     (2025, 9, 29, 16, 0), JO)], [R("deny")],
     spec="Free-trial account with no charges in the ledger: nothing to refund (L7); the reply says no billing unless he subscribes.")

cust("dale.pruitt@sbcglobal.net", "Dale Pruitt", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("e31_p18", "LO-INV-31131", "dale.pruitt@sbcglobal.net", "quarterly", *Q, "2025-08-10T15:00:00", "2025-08-10", "2025-11-09")
case("l13-houston-cancel-quarterly", LOB, "decided", [M("Dale Pruitt <dale.pruitt@sbcglobal.net>",
     "cancel",
     "pls cancel my leadsoptima. the quarterly one. hurricane season has been rough and we're cutting back on everything that isn't bolted down\n\n"
     "dale pruitt\npruitt roofing - pasadena tx",
     (2025, 9, 29, 7, 5), CDT)], [X("cancel", "2025-11-09")],
     spec="Cancel: active until current_period_end 2025-11-09 (L8); no refund asked.")

cust("ray.archuleta@q.com", "Ray Archuleta", "annual")
lopay("e31_p19", "LO-INV-31141", "ray.archuleta@q.com", "annual", *A, "2024-11-20T15:00:00")
case("l14-santa-fe-cancel-fallback", LOB, "decided", [M("Ray Archuleta <ray.archuleta@q.com>",
     "Please do not renew",
     "To whom it may concern,\n\nPlease cancel our LeadsOptima subscription so that it does not renew in November. "
     "We are retiring the gallery at the end of the year.\n\nRespectfully,\nRay Archuleta\nArchuleta Fine Art, Canyon Road, Santa Fe NM",
     (2025, 9, 26, 15, 20), MDT)], [X("cancel", "2025-11-19")],
     spec="No current period in the ledger: last charge 2024-11-20 + 12 months - 1 day = 2025-11-19 (L8 fallback).")

cust("hannah.wexler@pdx.edu", "Hannah Wexler", "monthly")
lopay("e31_p20", "LO-INV-31151", "hannah.wexler@pdx.edu", "monthly", *Mo, "2025-09-14T20:45:00+00:00")
case("l15-portland-cancel-utc-charge", LOB, "decided", [M("Hannah Wexler <hannah.wexler@pdx.edu>",
     "Cancel monthly plan",
     "Hi folks,\n\nYou billed me Sept 14 for the month. I'd like to cancel now so there's no charge in October; the grant that paid for this ran out.\n\n"
     "Thanks!\nHannah Wexler (she/her)\nCommunity Outreach, Portland OR",
     (2025, 9, 28, 10, 0), PDT)], [X("cancel", "2025-10-14")],
     spec="Last charge 2025-09-14 20:45 UTC (13:45 PDT on the 14th) = 2025-09-15 02:15 IST; fallback 2025-09-15 + 1 month - 1 day = 2025-10-14 (L8, section 8 ledger offsets).")

cust("accounts@ardglassmarine.co.uk", "Ardglass Marine", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("e31_p21", "LO-INV-31161", "accounts@ardglassmarine.co.uk", "quarterly", *Q, "2025-09-22T15:00:00", "2025-09-22", "2025-12-21")
lopay("e31_p22", "LO-INV-31162", "accounts@ardglassmarine.co.uk", "quarterly", *Q, "2025-09-22T15:03:00", "2025-09-22", "2025-12-21")
case("l16-downpatrick-c2-personal-gmail", LOB, "need_info", [M("Seamus McAteer <seamus.mcateer77@gmail.com>",
     "Charged twice - Ardglass Marine",
     "Hi, writing from my own email as the office one is down. Our account is accounts@ardglassmarine.co.uk, "
     "quarterly plan, and we were charged twice on the 22nd (LO-INV-31162 is the second). Can you refund it to the card please.\n\nSeamus",
     (2025, 9, 24, 10, 0), BST)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from accounts@ardglassmarine.co.uk, disclose nothing (C2).")

cust("owner@trentvalleyflooring.co.uk", "Trent Valley Flooring", "annual", start="2025-09-25", end="2026-09-24")
lopay("e31_p23", "LO-INV-31171", "owner@trentvalleyflooring.co.uk", "annual", *A, "2025-09-25T15:00:00", "2025-09-25", "2026-09-24")
case("l17-nottingham-outlook-fw-by-admin", LOB, "need_info", [M("Jade Platt <jade@trentvalleyflooring.co.uk>",
     "FW: LeadsOptima login",
     "Hi, see below from Gary. Can you sort please.\n\nJade Platt\nAdmin, Trent Valley Flooring\n\n"
     "________________________________\nFrom: Gary Platt <owner@trentvalleyflooring.co.uk>\nSent: 26 September 2025 16:02\n"
     "To: Jade Platt <jade@trentvalleyflooring.co.uk>\nSubject: LeadsOptima login\n\n"
     "Jade, the leads site hasn't let me in since we paid the annual on Thursday, keeps saying account locked. "
     "Get onto them and ask for the money back (LO-INV-31171) if they can't fix it.\nGary",
     (2025, 9, 26, 16, 20), BST)], rules=["C2"],
     spec="Outlook forward: the forwarded request is the registered owner's, the sender is the admin's address: C2, ask for it from owner@trentvalleyflooring.co.uk (section 8 Forwards).")

cust("mette.kjaer@stofa.dk", "Mette Kjær", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("e31_p24", "LO-INV-31181", "mette.kjaer@stofa.dk", "quarterly", *Q, "2025-06-18T15:00:00", "2025-06-18", "2025-09-17")
lopay("e31_p25", "LO-INV-31182", "mette.kjaer@stofa.dk", "quarterly", *Q, "2025-09-18T15:00:00", "2025-09-18", "2025-12-17")
case("l18-aarhus-wrong-amount-which-one", LOB, "need_info", [M("Mette Kjær <mette.kjaer@stofa.dk>",
     "Wrong amount?",
     "Hej,\n\nOur bookkeeper says the amount you take for the quarterly plan is wrong, it should be with the discount from the webinar offer "
     "(20 %), so 3.199,20 and not 3.999. Please refund the difference.\n\nVenlig hilsen\nMette Kjær\nKjær Cykler ApS, Aarhus",
     (2025, 9, 23, 9, 30), CEST)], missing=["invoice_number"],
     spec="Verified sender, billing-error reason, plan from the ledger; two quarterly charges (June, September) of the same amount and none named: ask for the invoice number (C3).")

cust("tran.minh.chau@vnn.vn", "Tran Minh Chau", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e31_p26", "LO-INV-31191", "tran.minh.chau@vnn.vn", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
case("l19-saigon-no-reason", LOB, "need_info", [M("Tran Minh Chau <tran.minh.chau@vnn.vn>",
     "Re-fund for invoice LO-INV-31191",
     "Dear LeadsOptima,\n\nPlease kindly process re-fund for invoice LO-INV-31191, monthly plan. Thank you so much for your support.\n\n"
     "Best regards,\nTran Minh Chau (Ms.)\nSale Admin | Sen Vang Furniture Co., Ltd\n"
     "Add: 12 Nguyen Hue, District 1, HCMC",
     (2025, 9, 28, 15, 0), ICT)], missing=["reason"],
     spec="Only the request restated with a signature: no reason (section 8); invoice and plan known: ask for the reason (C3).")

cust("neema.kimaro@yahoo.com", "Neema Kimaro", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e31_p27", "LO-INV-31201", "neema.kimaro@yahoo.com", "monthly", *Mo, "2025-08-26T15:00:00", "2025-08-26", "2025-09-25")
lopay("e31_p28", "LO-INV-31202", "neema.kimaro@yahoo.com", "monthly", *Mo, "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
lopay("e31_p29", "LO-INV-31203", "neema.kimaro@yahoo.com", "monthly", *Mo, "2025-09-26T15:01:00", "2025-09-26", "2025-10-25")
case("l20-arusha-thread-invoice-later", LOB, "decided", [
    M("Neema Kimaro <neema.kimaro@yahoo.com>", "double payment",
      "Hello LeadsOptima,\n\nMy M-Pesa card statement shows you took the monthly fee two times this month. Please return one.\n\nNeema Kimaro\nKimaro Safari Lodges, Arusha",
      (2025, 9, 28, 10, 0), EAT),
    M("Neema Kimaro <neema.kimaro@yahoo.com>", "Re: double payment [LO-3120]",
      "Hello, the second invoice number is lo inv 31203. Thanks.\n\nNeema\n\nOn Sun, 28 Sept 2025 at 10:31, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
      "> Please send us the invoice number of the charge.",
      (2025, 9, 29, 8, 40), EAT)], [R("approve", "1499.00")],
     spec="First mail (day 2 after the 2025-09-26 pair) lacks the invoice (three payments on record); the answer gives 'lo inv 31203' = LO-INV-31203 (section 8): refund 1499.00 (L4).")

cust("hany.fawzy@link.net", "Hany Fawzy", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e31_p30", "LO-INV-31211", "hany.fawzy@link.net", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
lopay("e31_p31", "LO-INV-31212", "hany.fawzy@link.net", "monthly", *Mo, "2025-08-27T15:00:00", "2025-08-27", "2025-09-26")
case("l21-alexandria-thread-reason-later", LOB, "decided", [
    M("Hany Fawzy <hany.fawzy@link.net>", "Refund LO-INV-31211",
      "Dear team,\n\nI need refund for LO-INV-31211 please.\n\nThanks\nHany",
      (2025, 9, 29, 9, 0), EG),
    M("Hany Fawzy <hany.fawzy@link.net>", "Re: Refund LO-INV-31211 [LO-3121]",
      "Dear,\n\nThe reason: from Saturday the dashboard is not opening, only loading circle, on laptop and mobile both. "
      "So I paid for nothing this month.\n\nHany\n\n-----Original Message-----\nFrom: LeadsOptima Support\nPlease tell us why you are asking for a refund.",
      (2025, 9, 30, 10, 15), EG)], [R("escalate")],
     spec="First mail gives only the invoice; the answer gives an access failure; request 2025-09-29 (day 2 after 2025-09-27): escalate (L6).")

cust("brent.oakes@hughes.net", "Brent Oakes", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e31_p32", "LO-INV-31221", "brent.oakes@hughes.net", "monthly", *Mo, "2025-09-25T15:00:00", "2025-09-25", "2025-10-24")
case("l22-lubbock-chargeback-friday", LOB, "decided", [M("Brent Oakes <brent.oakes@hughes.net>",
     "Wrong amount LO-INV-31221",
     "Y'all charged me more than the price on your website, LO-INV-31221, and I want it fixed. If this ain't fixed by Friday I'm calling "
     "my bank and doing a chargeback, simple as that.\n\nBrent Oakes\nOakes Cotton Gin, Lubbock",
     (2025, 9, 27, 8, 0), CDT)], [R("escalate")], rules=["C4"],
     spec="Chargeback threat: escalate (C4), whatever L5 would say.")

cust("post@fjordlysmedia.no", "Fjordlys Media AS", "annual", start="2025-04-01", end="2026-03-31")
lopay("e31_p33", "LO-INV-31231", "post@fjordlysmedia.no", "annual", *A, "2025-04-01T15:00:00", "2025-04-01", "2026-03-31")
case("l23-bergen-lawyer-cancel-refund", LOB, "decided", [M("Fjordlys Media <post@fjordlysmedia.no>",
     "Termination of subscription",
     "Hello,\n\nWe hereby terminate our annual subscription with immediate effect and demand repayment of the unused period, since the lead "
     "quality has been far below what your sales rep promised. If we do not receive a satisfactory answer within 14 days the matter will be "
     "handed to our lawyer.\n\nVennlig hilsen\nIngrid Solberg\nDaglig leder, Fjordlys Media AS, Bergen",
     (2025, 9, 26, 13, 0), CEST)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Mention of a lawyer: every intent of the case escalated, the cancellation included (C4, section 8).")

cust("kristen.alvarez@cox.net", "Kristen Alvarez", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("e31_p34", "LO-INV-31241", "kristen.alvarez@cox.net", "quarterly", *Q, "2025-09-26T15:00:00", "2025-09-26", "2025-12-25")
lopay("e31_p35", "LO-INV-31242", "kristen.alvarez@cox.net", "quarterly", *Q, "2025-09-26T15:04:00", "2025-09-26", "2025-12-25")
case("l24-tucson-bank-said-dispute-declined", LOB, "decided", [M("Kristen Alvarez <kristen.alvarez@cox.net>",
     "Charged twice 9/26",
     "Hi there!\n\nI was charged twice on 9/26 for the quarterly plan (LO-INV-31241 and LO-INV-31242). The lady at my credit union said I could "
     "just dispute it with them, but I'd honestly rather not go that route since y'all have been great. Could you refund the extra one?\n\n"
     "Thanks a bunch,\nKristen\nDesert Bloom Dental, Tucson",
     (2025, 9, 29, 12, 0), AZ)], [R("approve", "3999.00")],
     spec="The dispute is only the credit union's suggestion and ruled out: no C4 (as earlier rounds). Duplicate, day 4 (request 2025-09-30 00:30 IST): refund LO-INV-31242 3999.00 (L4).")

case("l25-rotterdam-out-of-office", LOB, "ignore", [M("Sanne de Vries <sanne@havenlogistiek.nl>",
     "Automatisch antwoord: Your LeadsOptima weekly report",
     "Ik ben afwezig tot en met 6 oktober. Voor dringende zaken: info@havenlogistiek.nl.\n\n"
     "I am out of office until 6 October. For urgent matters please contact info@havenlogistiek.nl.",
     (2025, 9, 29, 8, 0), CEST, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                                     "In-Reply-To": "<weekly-report.20250929@leadsoptima.com>"})], rules=["C7"],
     spec="Out-of-office with Auto-Submitted: auto-replied: ignore (C7).")

case("l26-bounce-mailer-daemon", LOB, "ignore", [M("Mail Delivery System <MAILER-DAEMON@mx1.vnpt.vn>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx1.vnpt.vn.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
     "<phamquoc@vnpt.vn>: host mx1.vnpt.vn said: 550 5.1.1 User unknown\n\nSubject: Re: Refund request [LO-3088]",
     (2025, 9, 29, 17, 5), ICT)], rules=["C7"],
     spec="A bounce from MAILER-DAEMON quoting a refund subject: ignore (C7).")

case("l27-newsletter-list", LOB, "ignore", [M("PNW Small Biz Digest <digest@pnwsmallbiz.org>",
     "This week: refunds, chargebacks and your rights",
     "PNW Small Biz Digest - Issue 212\n\n1. How to ask a SaaS vendor for a refund\n2. Chargebacks: when to call your bank\n3. Lead tools compared\n\n"
     "You are receiving this because you subscribed. Unsubscribe: https://pnwsmallbiz.org/u",
     (2025, 9, 30, 6, 0), PDT, hdr={"Precedence": "bulk", "List-Id": "PNW Small Biz Digest <digest.pnwsmallbiz.org>",
                                     "List-Unsubscribe": "<https://pnwsmallbiz.org/u>"})], rules=["C7"],
     spec="Mailing list (Precedence: bulk, List-Id) that mentions refunds and chargebacks: ignore (C7).")

cust("olivia.brandt@spokane-realty.com", "Olivia Brandt", "annual", start="2025-05-02", end="2026-05-01")
lopay("e31_p36", "LO-INV-31281", "olivia.brandt@spokane-realty.com", "annual", *A, "2025-05-02T15:00:00", "2025-05-02", "2026-05-01")
case("l28-spokane-how-to-questions", LOB, "other", [M("Olivia Brandt <olivia.brandt@spokane-realty.com>",
     "couple questions",
     "Hi!\n\nTwo quick ones: (1) how do I add a second agent as a user without him seeing my pipeline, and (2) can I export the leads "
     "from the Spokane Valley campaign to a CSV? Not seeing the button.\n\nThanks!\nOlivia",
     (2025, 9, 29, 9, 0), PDT)],
     spec="How-to questions, no refund or cancellation: other.")

cust("rania.aboelela@gmail.com", "Rania Abo El-Ela", "quarterly", start="2025-09-12", end="2025-12-11")
lopay("e31_p37", "LO-INV-31291", "rania.aboelela@gmail.com", "quarterly", *Q, "2025-09-12T15:00:00", "2025-09-12", "2025-12-11")
case("l29-giza-no-refund-tax-invoice", LOB, "other", [M("Rania Abo El-Ela <rania.aboelela@gmail.com>",
     "Invoice with company data",
     "Dear Support,\n\nI am NOT asking for refund or cancel, everything is working fine. I only need the invoice LO-INV-31291 re-issued "
     "with our company name (Nile Pearl Pharmacies) and tax registration number 512-334-987 for the auditor.\n\nThank you\nRania",
     (2025, 9, 24, 11, 0), EG)],
     spec="Refund and cancellation negated; an invoice re-issue request: other (section 8 negation).")

case("l30-danang-would-i-get-refund", LOB, "other", [M("Le Quang Vinh <vinh.le@danangtours.vn>",
     "Question before buying annual plan",
     "Hello,\n\nWe are travel agency in Da Nang, 6 sales staff. If we buy the annual plan and after 2 months we see it is not suitable for Vietnam market, "
     "would we get refund for the remaining months? Or better we take monthly?\n\nThanks and best regards,\nVinh",
     (2025, 9, 30, 14, 0), ICT)],
     spec="A hypothetical question before buying: other (section 8).")

cust("gerrit.bakker@kpnmail.nl", "Gerrit Bakker", "monthly", start="2025-09-15", end="2025-10-14")
lopay("e31_p38", "LO-INV-31311", "gerrit.bakker@kpnmail.nl", "monthly", *Mo, "2025-09-15T15:00:00", "2025-09-15", "2025-10-14")
case("l31-groningen-refund-arrived-thanks", LOB, "other", [M("Gerrit Bakker <gerrit.bakker@kpnmail.nl>",
     "Re: Refund approved [LO-3031]",
     "Hello,\n\nThe refund of the double payment is on my account today. Thanks for the fast help, very good service.\n\nGroeten,\nGerrit",
     (2025, 9, 30, 16, 0), CEST, hdr={"In-Reply-To": "<LO-3031.reply@leadsoptima.com>",
                                      "References": "<LO-3031.reply@leadsoptima.com>"})],
     spec="Thanks for a refund already received: a past event, no request: other.")

cust("halima.said@zantel.co.tz", "Halima Said", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("e31_p39", "LO-INV-31321", "halima.said@zantel.co.tz", "quarterly", *Q, "2025-09-24T15:00:00", "2025-09-24", "2025-12-23")
lopay("e31_p40", "LO-INV-31322", "halima.said@zantel.co.tz", "quarterly", *Q, "2025-09-24T15:02:00", "2025-09-24", "2025-12-23")
case("l32-zanzibar-mistyped-invoice", LOB, "decided", [M("Halima Said <halima.said@zantel.co.tz>",
     "Duplicate charge LO-INV-31332",
     "Dear Sir/Madam,\n\nYou have deducted the quarterly amount twice from our hotel card. The duplicate invoice is LO-INV-31332. Please refund.\n\n"
     "Kind regards,\nHalima Said\nAccounts, Stone Town Boutique Hotel",
     (2025, 9, 26, 10, 0), EAT)], [R("escalate")],
     spec="The invoice typed (LO-INV-31332) matches nothing in the ledger and no other correction is made: no matching record, escalate (never approve).")

cust("femke.jansen@xs4all.nl", "Femke Jansen", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e31_p41", "LO-INV-31331", "femke.jansen@xs4all.nl", "monthly", *Mo, "2025-09-25T15:00:00", "2025-09-25", "2025-10-24")
lopay("e31_p42", "LO-INV-31333", "femke.jansen@xs4all.nl", "monthly", *Mo, "2025-09-25T15:01:00", "2025-09-25", "2025-10-24", status="failed")
case("l33-eindhoven-second-failed", LOB, "decided", [M("Femke Jansen <femke.jansen@xs4all.nl>",
     "Two payments LO-INV-31331 / LO-INV-31333",
     "Hi,\n\nI got two payment emails from you on 25 September, LO-INV-31331 and LO-INV-31333, both 1499. Please refund LO-INV-31333, "
     "I only have one account.\n\nThanks, Femke",
     (2025, 9, 27, 20, 0), CEST)], [R("escalate")],
     spec="The second charge has status failed: no pair of paid charges (L4) and a refund of a payment not paid is escalated (section 8).")

cust("accounts@lichfieldcandles.co.uk", "Lichfield Candle Co", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("e31_p43", "LO-INV-31341", "accounts@lichfieldcandles.co.uk", "quarterly", *Q, "2025-09-26T15:00:00", "2025-09-26", "2025-12-25")
lopay("e31_p44", "LO-INV-31342", "accounts@lichfieldcandles.co.uk", "quarterly", *Q, "2025-09-26T15:00:30", "2025-09-26", "2025-12-25")
case("l34-lichfield-slashed-ref", LOB, "decided", [M("Lichfield Candle Co <accounts@lichfieldcandles.co.uk>",
     "duplicate quarterly payment ref lo/inv/31342",
     "Afternoon,\n\nWe've been charged twice for the quarterly on 26/09. The second one (ref lo/inv/31342) needs to come back to us please, "
     "the first is fine.\n\nKind regards\nSue Bradbury\nAccounts, Lichfield Candle Co.\nThis email was sent from a Sage-monitored mailbox.",
     (2025, 9, 30, 14, 10), BST)], [R("approve", "3999.00")],
     spec="'lo/inv/31342' is LO-INV-31342 (section 8); duplicate day 4: refund 3999.00 (L4).")

cust("finance@veluwebouw.nl", "Veluwe Bouw BV", "annual", start="2025-09-27", end="2026-09-26")
lopay("e31_p45", "LO-INV-31351", "finance@veluwebouw.nl", "annual", *A, "2025-09-27T15:00:00", "2025-09-27", "2026-09-26")
lopay("e31_p46", "LO-INV-31352", "finance@veluwebouw.nl", "annual", *A, "2025-09-27T15:06:00", "2025-09-27", "2026-09-26")
case("l35-apeldoorn-html-only", LOB, "decided", [M("Veluwe Bouw - Financiën <finance@veluwebouw.nl>",
     "Dubbele betaling / double payment annual plan", "",
     (2025, 9, 29, 11, 0), CEST,
     html="<html><body><p style='font-family:Calibri'>Dear LeadsOptima,</p><p>The annual plan is paid <b>two times</b> on 27-9-2025: "
          "<table border=1><tr><td>LO-INV-31351</td><td>INR 11.988,00</td></tr><tr><td>LO-INV-31352</td><td>INR 11.988,00</td></tr></table></p>"
          "<p>Please refund the second payment LO-INV-31352 to the same card.</p><p>Met vriendelijke groet,<br>Anouk Visser<br>Financiële administratie</p>"
          "<p style='font-size:8pt;color:gray'>Aan dit bericht kunnen geen rechten worden ontleend. No rights can be derived from this message.</p></body></html>")],
     [R("approve", "11988.00")],
     spec="HTML-only mail; two paid annual charges 2025-09-27; request day 2: refund LO-INV-31352 11988.00 (L4).")

cust("joseph.mwakyusa@gmail.com", "Joseph Mwakyusa", "monthly", start="2025-09-28", end="2025-10-27")
lopay("e31_p47", "LO-INV-31361", "joseph.mwakyusa@gmail.com", "monthly", *Mo, "2025-09-28T15:00:00", "2025-09-28", "2025-10-27")
lopay("e31_p48", "LO-INV-31362", "joseph.mwakyusa@gmail.com", "monthly", *Mo, "2025-09-28T15:01:00", "2025-09-28", "2025-10-27")
case("l36-mwanza-dup-and-cancel", LOB, "decided", [M("Joseph Mwakyusa <joseph.mwakyusa@gmail.com>",
     "Two things",
     "Hello,\n\nFirst, the monthly fee went two times on 28 Sept (LO-INV-31361 and LO-INV-31362), please refund the second one. "
     "Second, please also stop the subscription after this month, our fish export business is closing for the rains.\n\nJoseph Mwakyusa\nMwanza",
     (2025, 9, 30, 9, 0), EAT)], [R("approve", "1499.00"), X("cancel", "2025-10-27")],
     spec="Duplicate day 2: refund LO-INV-31362 1499.00 (L4); cancel, active until current_period_end 2025-10-27 (L8).")

cust("eric.nshimiyimana@gmail.com", "Eric Nshimiyimana", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("e31_p49", "LO-INV-31371", "eric.nshimiyimana@gmail.com", "quarterly", *Q, "2025-09-10T15:00:00", "2025-09-10", "2025-12-09")
case("l37-huye-wrong-amount-late", LOB, "decided", [M("Eric Nshimiyimana <eric.nshimiyimana@gmail.com>",
     "Wrong amount on LO-INV-31371",
     "Hello,\n\nI was charged the wrong amount on invoice LO-INV-31371 of 10 September: the price on your page when I registered was lower. "
     "Please refund the difference.\n\nEric N.\nHuye, Rwanda",
     (2025, 9, 22, 10, 0), CAT)], [R("deny")],
     spec="Billing error claimed, but charge 2025-09-10 and request 2025-09-22 = day 12: outside 7 days, deny (L3).")

cust("lina.khoury@batelco.jo", "Lina Khoury", "annual", start="2025-09-24", end="2026-09-23")
lopay("e31_p50", "LO-INV-31381", "lina.khoury@batelco.jo", "annual", *A, "2025-09-24T15:00:00", "2025-09-24", "2026-09-23")
case("l38-irbid-not-loading-no-invoice", LOB, "decided", [M("Lina Khoury <lina.khoury@batelco.jo>",
     "Platform not working after payment",
     "Good morning,\n\nI paid the annual plan last Wednesday and since then the platform is not loading, it stays on the logo. "
     "I contacted the chat two times and nobody solved it. If it cannot work I want my money back.\n\nLina Khoury\nKhoury Interiors, Irbid",
     (2025, 9, 29, 9, 0), JO)], [R("escalate")],
     spec="Access failure inside 7 days (charge Wed 2025-09-24, request day 5); the account's one payment identifies the invoice: escalate (L6).")

case("l39-tempe-owd-client-writes-lo", LOB, "need_info", [M("Carlos Mendoza <carlos@sonoranpools.com>",
     "Refund of hosting",
     "Hi, I'd like a refund of the annual hosting you set up for our pool company site two weeks ago, we're moving it in-house. "
     "Invoice OWD-2025-377.\n\nCarlos Mendoza\nSonoran Pools, Tempe AZ",
     (2025, 9, 29, 10, 0), AZ)], rules=["C2"],
     spec="An Optima WebDesign client writes to the LeadsOptima inbox: unknown in the LeadsOptima ledger, any unknown sender (C2, section 8).")

cust("nate.sorensen@bendbroadband.com", "Nate Sorensen", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e31_p51", "LO-INV-31401", "nate.sorensen@bendbroadband.com", "monthly", *Mo, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
lopay("e31_p52", "LO-INV-31402", "nate.sorensen@bendbroadband.com", "monthly", *Mo, "2025-09-27T15:01:00", "2025-09-27", "2025-10-26")
case("l40-bend-plus-tag", LOB, "need_info", [M("Nate Sorensen <nate.sorensen+leads@bendbroadband.com>",
     "double billed",
     "Hey, you double billed me on the 27th, LO-INV-31401 and LO-INV-31402. Refund the second please.\n\nNate\nSorensen Fly Shop, Bend OR",
     (2025, 9, 28, 8, 0), PDT)], rules=["C2"],
     spec="nate.sorensen+leads@ is another address than the registered nate.sorensen@ (section 8 Addresses): C2.")

cust("jolene.ybarra@wildblue.net", "Jolene Ybarra", "annual", start="2025-04-01", end="2026-03-31")
lopay("e31_p53", "LO-INV-31411", "jolene.ybarra@wildblue.net", "annual", *A, "2025-04-01T15:00:00", "2025-04-01", "2026-03-31")
case("l41-marfa-rambling-cancel", LOB, "decided", [M("Jolene Ybarra <jolene.ybarra@wildblue.net>",
     "ranch update + our account",
     "Hey y'all,\n\nHope everybody's doing good over there. It's been a dry summer out here, we lost two stock tanks and the pecans came in light. "
     "Anyhow, my daddy's handing the guest ranch over to my brother next spring and he's old school, does everything by phone and word of mouth, "
     "so go ahead and cancel our LeadsOptima plan, he won't use it. I'm not asking for any money back, we got our use out of it this year. "
     "Oh and tell Priya on your chat team thank you for helping me with the Big Bend campaign back in June, she was a sweetheart.\n\n"
     "Take care now,\nJolene\nYbarra Guest Ranch, Marfa TX",
     (2025, 9, 28, 19, 30), CDT)], [X("cancel", "2026-03-31")],
     spec="Cancellation in the middle of a rambling mail, refund ruled out: cancel until current_period_end 2026-03-31 (L8); no refund decision.")

cust("info@hoianlantern.vn", "Hoi An Lantern House", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e31_p54", "LO-INV-31421", "info@hoianlantern.vn", "monthly", *Mo, "2025-09-20T15:00:00", "2025-09-20", "2025-10-19")
case("l42-hoian-helpdesk-autoack", LOB, "ignore", [M("Hoi An Lantern House <info@hoianlantern.vn>",
     "[Ticket #58213] We received your message: Your invoice LO-INV-31421",
     "Thank you for contacting Hoi An Lantern House. Your ticket #58213 has been created and our team will respond within 24 hours.\n"
     "Cảm ơn quý khách đã liên hệ.\n\n-- This is an automated message, please do not reply --",
     (2025, 9, 20, 17, 0), ICT, hdr={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes",
                                     "In-Reply-To": "<LO-INV-31421.invoice@leadsoptima.com>"})], rules=["C7"],
     spec="The customer's helpdesk auto-acknowledgement (Auto-Submitted: auto-generated), even from the registered address: ignore (C7).")

cust("dana.kowalczyk@frontier.com", "Dana Kowalczyk", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("e31_p55", "LO-INV-31431", "dana.kowalczyk@frontier.com", "quarterly", *Q, "2025-09-26T15:00:00", "2025-09-26", "2025-12-25")
lopay("e31_p56", "LO-INV-31432", "dana.kowalczyk@frontier.com", "quarterly", *Q, "2025-09-26T15:02:00", "2025-09-26", "2025-12-25")
case("l43-yakima-reply-to-registered", LOB, "need_info", [M("Dana K <danak.orchards@gmail.com>",
     "dup charge quarterly",
     "Hi - on my phone, sending from gmail but I set the reply to my account email (dana.kowalczyk@frontier.com). "
     "We got charged twice on the 26th, LO-INV-31431 and LO-INV-31432. Refund the second please.\n\nDana\nKowalczyk Orchards, Yakima WA",
     (2025, 9, 28, 7, 45), PDT, hdr={"Reply-To": "dana.kowalczyk@frontier.com"})], rules=["C2"],
     spec="From is not the registered address; Reply-To never verifies anyone (section 8 Addresses): C2.")

# ================= Optima WebDesign =================
proj("Alamo Heights Bakery Site", "orders@alamoheightsbakery.com")
owpay("e31_w01", "OWD-2025-311", "Alamo Heights Bakery Site", "deposit", "25000.00", "4500.00", "2025-09-26T15:00:00")
case("o01-san-antonio-deposit-51h", OWB, "decided", [M("Lupe Garza <orders@alamoheightsbakery.com>",
     "Refund Request - Alamo Heights Bakery Site / OWD-2025-311",
     "Good morning,\n\nWe paid the deposit for our new website (invoice OWD-2025-311) on Friday. Our landlord just told us he is not renewing "
     "the lease on the storefront, so we have to put the whole website on hold until we find a new location. Please refund the deposit.\n\n"
     "Thank you,\nLupe Garza\nAlamo Heights Bakery, San Antonio TX",
     (2025, 9, 28, 8, 0), CDT)], [R("approve", "25000.00")],
     spec="Deposit paid 2025-09-26 15:00 IST, request 2025-09-28 18:30 IST (51.5 h), no work started: full 25000.00 before tax (O2).")

proj("Soar Valley Cycles", "shop@soarvalleycycles.co.uk")
owpay("e31_w02", "OWD-2025-312", "Soar Valley Cycles", "deposit", "20000.00", "3600.00", "2025-09-25T15:00:00")
case("o02-leicester-deposit-exactly-72h", OWB, "decided", [M("Soar Valley Cycles <shop@soarvalleycycles.co.uk>",
     "Deposit OWD-2025-312 - Soar Valley Cycles",
     "Morning both,\n\nAfter a long chat with the bank manager we've decided not to go ahead with the new website this year, the loan for the "
     "workshop extension comes first. Could we have the deposit back please? Only paid it Thursday so hopefully not a problem.\n\n"
     "Ta,\nDev Mistry\nSoar Valley Cycles, Leicester",
     (2025, 9, 28, 10, 30), BST)], [R("deny")], extra_ok=True,
     spec="Paid 2025-09-25 15:00 IST; sent 2025-09-28 10:30 BST = 15:00 IST: exactly 72 hours, not before 72 h: deny (O2, section 8). 'Not going ahead with the website' may be read as a project cancellation too (extra_ok).")

proj("Dodoma Agro Supplies", "info@dodomaagro.co.tz", "2025-09-27T10:00:00")
owpay("e31_w03", "OWD-2025-313", "Dodoma Agro Supplies", "deposit", "30000.00", "5400.00", "2025-09-26T15:00:00")
case("o03-dodoma-deposit-work-started", OWB, "decided", [M("Dodoma Agro Supplies <info@dodomaagro.co.tz>",
     "Refund of deposit OWD-2025-313",
     "Dear Optima team,\n\nThank you for the kick-off call yesterday. However our board met this morning and decided to postpone the e-commerce "
     "project to next financial year because of the fertilizer subsidy delays. Kindly refund our deposit, project Dodoma Agro Supplies, invoice OWD-2025-313.\n\n"
     "Yours faithfully,\nGodfrey Lyimo\nGeneral Manager",
     (2025, 9, 28, 10, 0), EAT)], [R("deny")],
     spec="Request 2025-09-28 12:30 IST is within 72 h of payment but after work_started_at 2025-09-27 10:00: whichever comes first, deny (O2).")

proj("Mekong Homestay Booking", "booking@mekonghomestay.vn")
owpay("e31_w04", "OWD-2025-314", "Mekong Homestay Booking", "discovery", "15000.00", "2700.00", "2025-09-15T15:00:00")
case("o04-cantho-discovery-not-started", OWB, "decided", [M("Mekong Homestay <booking@mekonghomestay.vn>",
     "Refund Request — Mekong Homestay Booking / OWD-2025-314",
     "Dear Optima WebDesign,\n\nWe paid discovery fee 15.000 INR on 15/9 for project Mekong Homestay Booking. Until now nobody schedule the "
     "discovery meeting with us and our family decide to sell the homestay. So please refund the discovery fee.\n\nBest regards,\nPham Thi Lan",
     (2025, 9, 29, 10, 0), ICT)], [R("approve", "15000.00")],
     spec="Discovery with no session or deliverable started (work_started_at empty): full refund 15000.00 before tax (O1).")

proj("Luxor Nile Cruises", "sales@luxornilecruises.com.eg", "2025-09-22T11:00:00")
owpay("e31_w05", "OWD-2025-315", "Luxor Nile Cruises", "discovery", "18000.00", "3240.00", "2025-09-18T15:00:00")
case("o05-luxor-discovery-after-workshop", OWB, "decided", [M("Luxor Nile Cruises <sales@luxornilecruises.com.eg>",
     "Discovery fee refund - Luxor Nile Cruises (OWD-2025-315)",
     "Dear Sir,\n\nWe attended the discovery workshop on Monday 22 but frankly the ideas presented are not matching our brand. "
     "We are not happy and we request the discovery fee to be refunded.\n\nBest Regards,\nAmr Soliman\nMarketing Manager",
     (2025, 9, 29, 13, 0), EG)], [R("deny")],
     spec="The discovery session started 2025-09-22 (work_started_at), before the request: deny (O1).")

proj("Nordljus Webshop", "order@nordljus.se", "2025-08-20T10:00:00")
owpay("e31_w06", "OWD-2025-316", "Nordljus Webshop", "milestone", "30000.00", "5400.00", "2025-08-20T15:00:00", milestone_status="completed")
owpay("e31_w07", "OWD-2025-317", "Nordljus Webshop", "milestone", "40000.00", "7200.00", "2025-09-20T15:00:00", milestone_status="not_started")
case("o06-uppsala-milestone-not-started", OWB, "decided", [M("Nordljus <order@nordljus.se>",
     "Milestone 2 - Nordljus Webshop",
     "Hej!\n\nWe are happy with the design phase (milestone 1). But we have decided to build the shop part on Shopify ourselves, "
     "so we would like the payment for milestone 2 back (invoice OWD-2025-317, 40 000 kr... sorry, INR 40 000). Nothing has started on it yet as far as we know.\n\n"
     "Tack och hälsningar,\nElsa Lindgren\nNordljus AB, Uppsala",
     (2025, 9, 29, 15, 0), CEST)], [R("approve", "40000.00")],
     spec="Milestone OWD-2025-317 is not_started: refund its amount 40000.00 before tax (O3); milestone 1 is not asked for.")

proj("Strangford Kayak Tours", "bookings@strangfordkayak.co.uk", "2025-09-01T10:00:00")
owpay("e31_w08", "OWD-2025-318", "Strangford Kayak Tours", "milestone", "35000.00", "6300.00", "2025-09-12T15:00:00", milestone_status="in_progress")
case("o07-strangford-milestone-in-progress", OWB, "decided", [M("Strangford Kayak Tours <bookings@strangfordkayak.co.uk>",
     "Booking system milestone OWD-2025-318",
     "Hi there,\n\nThe season's over and bookings have dried up, so we can't justify the online booking system this year. I know yous have "
     "started on it but could we get back whatever hasn't been done yet from OWD-2025-318? Project is Strangford Kayak Tours.\n\nCheers\nNiamh Rooney",
     (2025, 9, 29, 17, 30), BST)], [R("escalate")],
     spec="Milestone in_progress: the billable value of work not started needs a person: escalate (O3).")

proj("Sedona Red Rock Yoga", "namaste@sedonaredrockyoga.com", "2025-08-01T10:00:00")
owpay("e31_w09", "OWD-2025-319", "Sedona Red Rock Yoga", "milestone", "28000.00", "5040.00", "2025-08-25T15:00:00", milestone_status="approved")
case("o08-sedona-approved-milestone", OWB, "decided", [M("Sedona Red Rock Yoga <namaste@sedonaredrockyoga.com>",
     "refund for the design milestone",
     "Hi lovely people,\n\nI signed off the design mockups last month (OWD-2025-319, Sedona Red Rock Yoga) but after living with them for a few weeks "
     "the energy just isn't right for our studio. I'd like a refund of that milestone so I can work with a local designer.\n\nIn gratitude,\nSkye",
     (2025, 9, 27, 10, 0), AZ)], [R("deny")],
     spec="The milestone is approved (signed off): not refundable (O3, O6).")

proj("Haarlem Tulip Tours", "info@haarlemtuliptours.nl")
owpay("e31_w10", "OWD-2025-320", "Haarlem Tulip Tours", "retainer", "12000.00", "2160.00", "2025-09-15T15:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("o09-haarlem-retainer-early-notice", OWB, "decided", [M("Haarlem Tulip Tours <info@haarlemtuliptours.nl>",
     "Opzegging retainer / cancellation SEO retainer",
     "Dear Optima team,\n\nWe want to stop the monthly SEO retainer for Haarlem Tulip Tours (last invoice OWD-2025-320). Reason: our new "
     "colleague Daan will do the marketing in-house from November. Please confirm the end date.\n\nMet vriendelijke groet,\nLieke Dekker",
     (2025, 9, 29, 9, 0), CEST)], [X("cancel", "2025-10-14")],
     spec="Retainer, next_billing_at 2025-10-15, request 2025-09-29 IST: at least 7 days' notice (deadline 10-08): cancel effective 2025-10-14 (O4, O8).")

proj("Bayou City Movers", "dispatch@bayoucitymovers.com")
owpay("e31_w11", "OWD-2025-321", "Bayou City Movers", "retainer", "15000.00", "2700.00", "2025-09-05T15:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
case("o10-houston-retainer-short-notice", OWB, "decided", [M("Bayou City Movers <dispatch@bayoucitymovers.com>",
     "Cancel maintenance retainer",
     "Hello,\n\nPlease cancel the monthly website retainer for Bayou City Movers, invoice OWD-2025-321. We got bought out by a bigger outfit "
     "out of Dallas and their IT department runs the website now.\n\nRegards,\nTerrence Boudreaux\nOperations Manager",
     (2025, 9, 29, 14, 0), CDT)], [X("cancel", "2025-11-04")],
     spec="Request 2025-09-30 00:30 IST; next_billing_at 2025-10-05 needs notice by 09-28: too late, the next cycle is billed, effective 2025-11-04 (O4).")

proj("Cascade Coffee Roasters", "hello@cascadecoffee.com")
owpay("e31_w12", "OWD-2025-322", "Cascade Coffee Roasters", "retainer", "9000.00", "1620.00", "2025-09-07T15:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07")
case("o11-tacoma-seven-days-by-ist", OWB, "decided", [M("Cascade Coffee Roasters <hello@cascadecoffee.com>",
     "Ending our content retainer (7 days notice)",
     "Hi Optima,\n\nConsider this our 7 days' notice: please end the monthly content retainer for Cascade Coffee Roasters (OWD-2025-322) before "
     "the Oct 7 billing. We're closing the wholesale side of the business and don't need blog content anymore.\n\nThanks,\nMaddie\nTacoma, WA",
     (2025, 9, 30, 12, 0), PDT)], [X("cancel", "2025-11-06")],
     spec="Sent 2025-09-30 12:00 PDT = 2025-10-01 00:30 IST; notice needed by 2025-09-30 (10-07 minus 7 days): less than 7 days, next cycle billed, effective 2025-11-06 (O4).")

proj("Aqaba Dive Centre", "office@aqabadive.jo")
owpay("e31_w13", "OWD-2025-323", "Aqaba Dive Centre", "retainer", "10000.00", "1800.00", "2025-09-15T15:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
owpay("e31_w14", "OWD-2025-324", "Aqaba Dive Centre", "retainer", "10000.00", "1800.00", "2025-09-28T15:00:00",
      period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15")
case("o12-aqaba-retainer-prepaid", OWB, "decided", [M("Aqaba Dive Centre <office@aqabadive.jo>",
     "Stop social media retainer",
     "Dear Optima,\n\nWe paid October in advance on Sunday (OWD-2025-324) because our accountant was travelling, but now the owner decided to "
     "give the social media to his nephew. Please stop the retainer for Aqaba Dive Centre.\n\nBest regards,\nRami Nasser\nOffice Manager",
     (2025, 9, 30, 11, 0), JO)], [X("escalate")],
     spec="The next cycle (2025-10-15..11-14) is already paid and the notice is more than 7 days: escalate (section 8 retainer paid in advance).")

proj("Lofoten Rorbu Stays", "booking@lofotenrorbu.no")
owpay("e31_w15", "OWD-2025-325", "Lofoten Rorbu Stays", "hosting_annual", "18000.00", "3240.00", "2025-09-20T15:00:00",
      setup_fee="1800.00", service_start="2025-09-22")
case("o13-lofoten-hosting-day8", OWB, "decided", [M("Lofoten Rorbu Stays <booking@lofotenrorbu.no>",
     "Cancel hosting + refund (OWD-2025-325)",
     "Hello,\n\nOur booking platform (Booking.com extranet) now gives us a free website, so we would like to cancel the annual hosting for "
     "Lofoten Rorbu Stays, invoice OWD-2025-325, and get back what is possible according to your 14 days rule.\n\nVennlig hilsen\nTor Eriksen",
     (2025, 9, 30, 9, 0), CEST)], [R("approve", "14850.00")], extra_ok=True,
     spec="Hosting annual, service_start 2025-09-22, request day 8: 18000 - 1800 - (16200/12 = 1350) x 1 = 14850.00 (O5); the cancellation part is allowed (extra_ok).")

proj("Hue Imperial Cuisine", "contact@hueimperial.vn")
owpay("e31_w16", "OWD-2025-326", "Hue Imperial Cuisine", "maintenance_annual", "24000.00", "4320.00", "2025-09-09T15:00:00",
      setup_fee="0.00", service_start="2025-09-10")
case("o14-hue-maintenance-day14-by-ist", OWB, "decided", [M("Hue Imperial Cuisine <contact@hueimperial.vn>",
     "Refund annual maintenance OWD-2025-326",
     "Dear Optima,\n\nSorry for writing so late at night, I just finish closing the restaurant. Our nephew studied IT and he will maintain the "
     "website for free, so we want to cancel the annual maintenance plan (project Hue Imperial Cuisine, OWD-2025-326) and get refund as your policy. "
     "I know today is already 25th so maybe it is 15 days, but please check.\n\nThank you,\nNguyen Van Duc",
     (2025, 9, 25, 1, 0), ICT)], [R("approve", "22000.00")], extra_ok=True,
     spec="Sent 2025-09-25 01:00 ICT = 2025-09-24 23:30 IST: day 14 after service_start 2025-09-10, inside; 24000 - 0 - 2000 x 1 = 22000.00 (O5); cancellation allowed (extra_ok).")

proj("Siwa Oasis Eco Lodge", "reservations@siwaecolodge.com")
owpay("e31_w17", "OWD-2025-327", "Siwa Oasis Eco Lodge", "hosting_annual", "9600.00", "1728.00", "2025-09-25T15:00:00",
      setup_fee="1200.00", service_start="2025-10-10")
case("o15-siwa-hosting-before-start", OWB, "decided", [M("Siwa Oasis Eco Lodge <reservations@siwaecolodge.com>",
     "Hosting refund - Siwa Oasis Eco Lodge",
     "Dear team,\n\nWe paid the yearly hosting (OWD-2025-327) on Thursday, starting 10 October. But the ministry tourism portal will host our "
     "page for free, so we don't need it anymore. Please refund.\n\nRegards,\nYoussef Hamdy",
     (2025, 9, 29, 12, 0), EG)], [R("approve", "7700.00")], extra_ok=True,
     spec="Hosting not yet started (service_start 2025-10-10): consumed_months 1 (section 8); 9600 - 1200 - (8400/12 = 700) x 1 = 7700.00 (O5).")

proj("Nyungwe Coffee Estate", "sales@nyungwecoffee.rw")
owpay("e31_w18", "OWD-2025-328", "Nyungwe Coffee Estate", "third_party", "2400.00", "432.00", "2025-09-26T15:00:00")
case("o16-nyungwe-domain-refund", OWB, "decided", [M("Nyungwe Coffee Estate <sales@nyungwecoffee.rw>",
     "Refund of domain .com (OWD-2025-328)",
     "Hello,\n\nYou registered nyungwecoffee.com for us on 26 Sept (OWD-2025-328) but we had already bought nyungwe-coffee.rw locally. "
     "Please cancel the .com and refund, we will not use it.\n\nMurakoze cyane,\nClaudine Mukamana\nNyungwe Coffee Estate",
     (2025, 9, 29, 10, 0), CAT)], [R("deny")], extra_ok=True,
     spec="A domain registration is third_party: non-refundable (O6). 'Cancel the .com' may be read as a cancellation too (extra_ok).")

proj("Moshi Mountain Treks", "bookings@moshitreks.co.tz")
owpay("e31_w19", "OWD-2025-329", "Moshi Mountain Treks", "rush", "8000.00", "1440.00", "2025-09-18T15:00:00")
case("o17-moshi-rush-fee", OWB, "decided", [M("Moshi Mountain Treks <bookings@moshitreks.co.tz>",
     "Rush fee refund request",
     "Dear Optima,\n\nWe paid extra 8,000/- rush fee (OWD-2025-329) so the Kilimanjaro booking page is live before the tourism expo. "
     "The expo is now postponed to December so we did not need the rush. Kindly refund the rush fee for project Moshi Mountain Treks.\n\nRegards,\nEmmanuel Massawe",
     (2025, 9, 27, 10, 0), EAT)], [R("deny")],
     spec="Rush fees are never refundable: deny (O6).")

proj("Hill Country Vineyard", "info@hillcountryvineyard.com")
owpay("e31_w20", "OWD-2025-330", "Hill Country Vineyard", "deposit", "22000.00", "3960.00", "2025-09-28T15:00:00")
case("o18-fredericksburg-c2-personal-gmail", OWB, "need_info", [M("Bobby Voss <bobbyvoss.tx@gmail.com>",
     "Deposit refund - Hill Country Vineyard",
     "Howdy, Bobby from Hill Country Vineyard here. Writing from my personal email, the winery one is info@hillcountryvineyard.com. "
     "We paid the deposit OWD-2025-330 on Sunday but the hail took out half our grapes, so the website has to wait. Please refund.\n\nBobby",
     (2025, 9, 29, 7, 30), CDT)], rules=["C2"],
     spec="Not the contract email ('emailed from the contracting email'): ask for the request from info@hillcountryvineyard.com, disclose nothing (C2).")

proj("Olympia Oyster Bar", "owner@olympiaoysterbar.com")
owpay("e31_w21", "OWD-2025-331", "Olympia Oyster Bar", "deposit", "20000.00", "3600.00", "2025-09-29T15:00:00")
case("o19-olympia-apple-mail-forward", OWB, "need_info", [M("Kayla Jensen <kayla@olympiaoysterbar.com>",
     "Fwd: website deposit",
     "See below from Doug - can you guys take care of this?\n\nKayla\n\nSent from my iPad\n\nBegin forwarded message:\n\n"
     "From: Doug Hartley <owner@olympiaoysterbar.com>\nDate: September 29, 2025 at 8:14:22 PM PDT\nTo: Kayla Jensen <kayla@olympiaoysterbar.com>\n"
     "Subject: website deposit\n\nKayla, tell Optima we're pulling the plug on the new site, the health dept remodel ate the budget. "
     "Refund the deposit (OWD-2025-331).\nDoug",
     (2025, 9, 29, 20, 40), PDT)], rules=["C2"],
     spec="Apple Mail forward: the request is the contract owner's, the sender is another address: C2, ask for it from owner@olympiaoysterbar.com (section 8 Forwards).")

proj("Zwolle Bakery Website", "info@bakkerijvoskamp.nl")
proj("Zwolle Bakery Webshop", "info@bakkerijvoskamp.nl")
owpay("e31_w22", "OWD-2025-332", "Zwolle Bakery Website", "deposit", "16000.00", "2880.00", "2025-09-27T15:00:00")
owpay("e31_w23", "OWD-2025-333", "Zwolle Bakery Webshop", "deposit", "24000.00", "4320.00", "2025-09-27T15:05:00")
case("o20-zwolle-two-projects-which", OWB, "need_info", [M("Bakkerij Voskamp <info@bakkerijvoskamp.nl>",
     "refund deposit",
     "Hello,\n\nMy husband had a heart operation last week and we must stop all extra projects for now. Please refund the deposit.\n\n"
     "Groetjes,\nWillemijn Voskamp",
     (2025, 9, 28, 10, 0), CEST)], missing=["invoice_number", "project_name"],
     spec="Contract email with two projects and two deposits, none named: ask for the project name and the invoice (C3); reason given.")

proj("Bullring Nails Studio", "hello@bullringnails.co.uk")
owpay("e31_w24", "OWD-2025-334", "Bullring Nails Studio", "retainer", "7000.00", "1260.00", "2025-09-10T15:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
case("o21-birmingham-cancel-no-reason", OWB, "need_info", [M("Bullring Nails Studio <hello@bullringnails.co.uk>",
     "cancel retainer OWD-2025-334",
     "Hiya, can yous cancel our monthly retainer for Bullring Nails Studio please, invoice OWD-2025-334. Ta x\n\nShanice",
     (2025, 9, 26, 12, 0), BST)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); project and invoice given: ask for the reason (C3).")

proj("Phu Quoc Pearl Shop", "shop@phuquocpearl.vn")
owpay("e31_w25", "OWD-2025-335", "Phu Quoc Pearl Shop", "deposit", "18000.00", "3240.00", "2025-09-26T15:00:00")
owpay("e31_w26", "OWD-2025-336", "Phu Quoc Pearl Shop", "third_party", "3500.00", "630.00", "2025-09-26T15:10:00")
case("o22-phuquoc-thread-invoice-later", OWB, "decided", [
    M("Phu Quoc Pearl Shop <shop@phuquocpearl.vn>", "Refund for Phu Quoc Pearl Shop",
      "Dear Optima,\n\nWe want refund our payment for project Phu Quoc Pearl Shop because the big storm last week flooded our shop and we must close 6 months.\n\nThank you\nVo Thi Hoa",
      (2025, 9, 27, 10, 0), ICT),
    M("Phu Quoc Pearl Shop <shop@phuquocpearl.vn>", "Re: Refund for Phu Quoc Pearl Shop [OWD-1335]",
      "Dear,\n\nIt is the deposit, invoice OWD 2025 335.\n\nHoa\n\n> Which invoice or payment reference is it about?",
      (2025, 9, 30, 9, 0), ICT)], [R("approve", "18000.00")],
     spec="Two payments on the project: the first mail (2025-09-27 08:30 IST, 17.5 h after the deposit, no work) lacks the invoice; the answer names OWD-2025-335: request time is the first mail: full 18000.00 (O2).")

proj("Tanga Sisal Exports", "md@tangasisal.co.tz")
owpay("e31_w27", "OWD-2025-337", "Tanga Sisal Exports", "deposit", "26000.00", "4680.00", "2025-09-28T15:00:00")
case("o23-tanga-advocate-notice", OWB, "decided", [M("Tanga Sisal Exports <md@tangasisal.co.tz>",
     "DEMAND FOR REFUND - OWD-2025-337",
     "Dear Sirs,\n\nRe: Tanga Sisal Exports website. We hereby demand refund of the deposit OWD-2025-337 paid on 28th September as your "
     "sales representative misrepresented the delivery time. Failing refund within seven days, our advocate will issue a formal legal notice.\n\n"
     "Yours faithfully,\nAbdallah Kombo\nManaging Director",
     (2025, 9, 29, 11, 0), EAT)], [R("escalate")], rules=["C4"],
     spec="Advocate / legal notice threat: escalate (C4), though O2 alone would approve.")

proj("Odense Bike Rentals", "mail@odensebikes.dk")
owpay("e31_w28", "OWD-2025-338", "Odense Bike Rentals", "milestone", "25000.00", "4500.00", "2025-09-24T15:00:00", milestone_status="not_started")
case("o24-odense-no-dispute-milestone", OWB, "decided", [M("Odense Bike Rentals <mail@odensebikes.dk>",
     "Milestone 3 refund, Odense Bike Rentals",
     "Hi,\n\nThe municipality has withdrawn our bike rental permit, so we have to stop the project Odense Bike Rentals. Please refund milestone 3 "
     "(OWD-2025-338) which is not started. To be clear: I will not open a dispute with my bank, I prefer to solve it with you directly.\n\n"
     "Venlig hilsen\nJesper Mortensen",
     (2025, 9, 29, 10, 0), CEST)], [R("approve", "25000.00")], extra_ok=True,
     spec="The dispute is ruled out (no C4, as earlier rounds); milestone not_started: refund 25000.00 before tax (O3). 'We have to stop the project' may be read as a cancellation too (extra_ok).")

case("o25-malmo-autosvar", OWB, "ignore", [M("Lars Nyström <lars@malmoarkitekter.se>",
     "Autosvar: Website draft v3 for review",
     "Tack för ditt mejl. Jag är föräldraledig till 1 december. Vid brådskande ärenden kontakta kontoret@malmoarkitekter.se.\n\n"
     "Thank you for your email. I am on parental leave until 1 December.",
     (2025, 9, 29, 10, 0), CEST, hdr={"Auto-Submitted": "auto-replied",
                                      "In-Reply-To": "<draft-v3.malmo-arkitekter@optimawebdesign.com>"})], rules=["C7"],
     spec="Swedish out-of-office with Auto-Submitted: auto-replied: ignore (C7).")

proj("Giant's Causeway B&B", "stay@causewaybnb.co.uk")
owpay("e31_w29", "OWD-2025-339", "Giant's Causeway B&B", "hosting_annual", "12000.00", "2160.00", "2025-08-01T15:00:00",
      setup_fee="1200.00", service_start="2025-08-01")
case("o26-bushmills-not-cancelling-invoice", OWB, "other", [M("Giant's Causeway B&B <stay@causewaybnb.co.uk>",
     "Hosting invoice - VAT number",
     "Hi folks,\n\nJust to say we're NOT cancelling the hosting or looking any money back, it's been grand. Could you just reissue OWD-2025-339 "
     "with our new VAT number GB 284 6618 03? The accountant's on at me.\n\nMany thanks\nRoisin McCloskey\nGiant's Causeway B&B, Bushmills",
     (2025, 9, 26, 11, 0), BST)],
     spec="Cancellation and refund negated; an invoice re-issue request: other (section 8 negation).")

proj("Petra Gate Hotel", "gm@petragatehotel.jo")
owpay("e31_w30", "OWD-2025-340", "Petra Gate Hotel", "deposit", "20000.00", "3600.00", "2024-11-05T15:00:00", status="refunded")
case("o27-wadi-musa-restart-after-refund", OWB, "other", [M("Petra Gate Hotel <gm@petragatehotel.jo>",
     "Restarting our website project",
     "Dear Optima team,\n\nLast November you kindly refunded our deposit when we postponed the project because of the tourism situation. "
     "Now bookings are coming back and we want to restart. Can you send us a new quotation and timeline?\n\nBest regards,\nKhaled Nawafleh\nGeneral Manager",
     (2025, 9, 28, 12, 0), JO)],
     spec="A past refund mentioned and a new quotation asked for: no refund or cancellation request: other.")

proj("Coventry Comic Vault", "shop@coventrycomicvault.co.uk", "2025-08-10T10:00:00")
owpay("e31_w31", "OWD-2025-341", "Coventry Comic Vault", "change_request", "6500.00", "1170.00", "2025-09-22T15:00:00")
case("o28-coventry-change-request", OWB, "decided", [M("Coventry Comic Vault <shop@coventrycomicvault.co.uk>",
     "Refund change request OWD-2025-341",
     "Alright,\n\nWe paid 6,500 for the change request to add the pre-order feature (OWD-2025-341). Turns out the distributor doesn't allow "
     "pre-orders for indie shops anyway so it's useless to us. Can we have that back? Project: Coventry Comic Vault.\n\nCheers\nMo Sandhu",
     (2025, 9, 29, 16, 0), BST)], [R("deny")],
     spec="Change-request fees are never refundable: deny (O6).")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
