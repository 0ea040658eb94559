"""fresh33 English cases (qa33c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import message_from_bytes
from email.policy import SMTP, default
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
            mid = f"<{lang}.{num}.{i}.fresh33@mail.example>"
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
            raw = msg.as_bytes(policy=SMTP)
            assert str(message_from_bytes(raw, policy=default)["Subject"]) == m["subj"], m["subj"]
            (HERE / name).write_bytes(raw)
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

AK, HST, NDT, ADT, EDT, BST, WAT, GMT, EAT, NPT, CEST, EEST, IRST, PGT, FJT, IST = -480, -600, -150, -180, -240, 60, 60, 0, 180, 345, 120, 180, 210, 600, 720, 330
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")
AUTO = {"Auto-Submitted": "auto-replied"}

# ---------------- LeadsOptima ----------------
cust("marnie.halvorsen@alaskawidebb.net", "Marnie Halvorsen", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p01", "LO-INV-33101", "marnie.halvorsen@alaskawidebb.net", "monthly", *Mo, "2025-09-26T20:05:00", "2025-09-26", "2025-10-25")
lopay("en_p02", "LO-INV-33102", "marnie.halvorsen@alaskawidebb.net", "monthly", *Mo, "2025-09-26T20:06:10", "2025-09-26", "2025-10-25")
case("l01-ak-fairbanks-twice", LOB, "decided", [M("Marnie Halvorsen <marnie.halvorsen@alaskawidebb.net>",
     "double charge on my card",
     "Morning folks,\n\nHope this finds you well over there. I run the booking side for my brother's flightseeing outfit out of Fairbanks and "
     "I pay for your monthly plan on my own card. Friday morning (the 26th) my credit union app shows two charges from LeadsOptima, one minute apart, "
     "same amount, 1,499 rupees each. Receipts are LO-INV-33101 and LO-INV-33102. We only have the one account so the second one is a mistake. "
     "Can you put the second one back on the card please?\n\nIt's 38 below in January up here so I'd rather sort this before the snow, ha.\n\n"
     "Thanks,\nMarnie Halvorsen\nNorthern Lights Flightseeing (bookings)\nFairbanks, AK",
     (2025, 9, 29, 8, 15), AK)], [R("approve", "1499.00")], clauses="L4",
     spec="Two paid monthly charges 2025-09-26 20:05/20:06 IST (06:35 AKDT), same period; request 2025-09-29 IST (day 3): refund the later one 1499.00 (L4).")

cust("kalani.makoa@islandnetmail.com", "Kalani Makoa", "annual", start="2025-09-21", end="2026-09-20")
lopay("en_p03", "LO-INV-33111", "kalani.makoa@islandnetmail.com", "annual", *A, "2025-09-21T20:30:00", "2025-09-21", "2026-09-20")
lopay("en_p04", "LO-INV-33112", "kalani.makoa@islandnetmail.com", "annual", *A, "2025-09-21T20:31:00", "2025-09-21", "2026-09-20")
case("l02-hi-hilo-day8-by-ist", LOB, "decided", [M("Kalani Makoa <kalani.makoa@islandnetmail.com>",
     "Annual plan - charged 2x",
     "Aloha,\n\nI see I got billed twice for the annual plan early Sunday morning, the 21st (LO-INV-33111 and LO-INV-33112). "
     "By my count today is day 7 so I'm still inside your week. Please refund the extra one, mahalo.\n\n"
     "Kalani\nMakoa Macadamia Farm Tours, Hilo",
     (2025, 9, 28, 21, 30), HST)], [R("deny")], clauses="L3 counted in IST",
     spec="Charges 2025-09-21 20:30 IST (05:00 HST); sent 2025-09-28 21:30 HST = 2025-09-29 13:00 IST: request 2025-09-29 is day 8 in the brand's zone: deny (L3).")

cust("sheila.pardy@capelinenet.ca", "Sheila Pardy", "quarterly", start="2025-09-23", end="2025-12-22")
for i, (pid, inv, t) in enumerate([("en_p05", "LO-INV-33121", "19:10"), ("en_p06", "LO-INV-33122", "19:11"), ("en_p07", "LO-INV-33123", "19:12")]):
    lopay(pid, inv, "sheila.pardy@capelinenet.ca", "quarterly", *Q, f"2025-09-23T{t}:00", "2025-09-23", "2025-12-22")
case("l03-nl-three-times", LOB, "decided", [M("Sheila Pardy <sheila.pardy@capelinenet.ca>",
     "Tree charges on me card",
     "Hi my love,\n\nWell I don't know what happened but Tuesday (23rd) around eleven in the morning our time the quarterly plan went through THREE times, "
     "3999 rupees each, invoices LO-INV-33121, LO-INV-33122 and LO-INV-33123. I only wanted the one, sure I only got the one shop. "
     "Could ye refund the two extra ones to the card? Tanks a million.\n\nSheila\nPardy's Knit & Yarn, Bonavista NL",
     (2025, 9, 25, 10, 0), NDT)], [R("approve", "7998.00")], clauses="section 8 three identical charges",
     spec="Three paid quarterly charges 2025-09-23 (11:10 NDT), same period; request 2025-09-25 IST day 2: both later charges refunded, 3999.00 x 2 = 7998.00 (section 8).")

cust("dave.ackroyd@penninewebmail.co.uk", "Dave Ackroyd", "annual", start="2025-09-24", end="2026-09-23")
lopay("en_p08", "LO-INV-33131", "dave.ackroyd@penninewebmail.co.uk", "annual", *A, "2025-09-24T15:00:00", "2025-09-24", "2026-09-23")
case("l04-yks-wrong-plan", LOB, "decided", [M("Dave Ackroyd <dave.ackroyd@penninewebmail.co.uk>",
     "wrong plan took",
     "Ey up,\n\nClicked monthly on your pricing page Wednesday, tha's took eleven thousand nine hundred and odd rupees for the annual instead. "
     "I never asked for a year. Invoice LO-INV-33131. Sort it out and put the difference back please, I'm not made of brass.\n\n"
     "Dave\nAckroyd Plumbing & Heating, Halifax (the Yorkshire one)",
     (2025, 9, 26, 9, 10), BST)], [R("escalate")], clauses="L5",
     spec="Charged for the annual instead of the monthly plan (billing error), charge 2025-09-24, request 2025-09-26 IST day 2: escalate (L5).")

cust("orders@saltmarshfarmshop.co.uk", "Saltmarsh Farm Shop", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p09", "LO-INV-33141", "orders@saltmarshfarmshop.co.uk", "monthly", *Mo, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
case("l05-ea-norfolk-cant-login", LOB, "decided", [M("Saltmarsh Farm Shop <orders@saltmarshfarmshop.co.uk>",
     "Paid but locked out",
     "Evening,\n\nWe paid for the month on Thursday and since then the dashboard just sits there spinning, we cannot log in at all, tried the laptop and the tablet. "
     "My lad reset the password twice. No good to us at harvest time, so we'd like the money back please.\n\n"
     "Rosie Gotts\nSaltmarsh Farm Shop, nr Wells-next-the-Sea",
     (2025, 9, 27, 18, 20), BST)], [R("escalate")], clauses="L6, one payment fills the invoice",
     spec="Access failure; the account's single charge LO-INV-33141 (2025-09-25) identifies the invoice; request 2025-09-27 IST day 2: escalate (L6).")

cust("bobbyjoe@mountaineerlink.net", "Bobby Joe Caudill", "quarterly", start="2025-09-12", end="2025-12-11")
lopay("en_p10", "LO-INV-33151", "bobbyjoe@mountaineerlink.net", "quarterly", *Q, "2025-09-12T20:00:00", "2025-09-12", "2025-12-11")
case("l06-wv-holler-late", LOB, "decided", [M("Bobby Joe Caudill <bobbyjoe@mountaineerlink.net>",
     "cant get on",
     "howdy\n\ni paid yall for 3 month back on the 12th and aint been able to get on the thing since, it just wont load up here in the holler, "
     "my nephew says its yalls end not my internet. i want my money back on that LO-INV-33151.\n\nbobby joe\nCaudill Feed & Seed, Logan County WV",
     (2025, 9, 27, 8, 0), EDT)], [R("deny")], clauses="L3",
     spec="Access failure, but charge 2025-09-12 and request 2025-09-27 IST: day 15, outside 7 days: deny (L3).")

cust("epelletier1951@granitestatemail.net", "Edna Pelletier", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p11", "LO-INV-33161", "epelletier1951@granitestatemail.net", "monthly", *Mo, "2025-09-27T21:00:00", "2025-09-27", "2025-10-26")
case("l07-nh-retired-teacher-unused", LOB, "decided", [M("Edna Pelletier <epelletier1951@granitestatemail.net>",
     "Request for reimbursement",
     "Dear Sir or Madam,\n\nI taught English for thirty-four years in Concord, so you will forgive me for writing a proper letter.\n\n"
     "My grandson subscribed me to your monthly plan on Saturday for my tutoring notices. I have not had occasion to use it, and frankly I do not expect to; "
     "a notice on the library board serves me perfectly well. I should therefore like the fee of 1,499 rupees (invoice LO-INV-33161) returned.\n\n"
     "Very truly yours,\nMrs. Edna M. Pelletier\nConcord, New Hampshire",
     (2025, 9, 29, 10, 30), EDT)], [R("deny")], clauses="L1",
     spec="Not using the product is not an L2 exception: refund denied (L1), cancellation offered in the reply.")

cust("accounts@ramseychandlery.im", "Ramsey Yacht Chandlery", "annual", start="2025-05-10", end="2026-05-09")
lopay("en_p12", "LO-INV-33171", "accounts@ramseychandlery.im", "annual", *A, "2025-05-10T12:00:00", "2025-05-10", "2026-05-09")
case("l08-iom-too-dear-cancel", LOB, "decided", [M("Ramsey Yacht Chandlery <accounts@ramseychandlery.im>",
     "Subscription",
     "Afternoon,\n\nThe season's finished on the island and frankly the annual plan is too dear for a chandlery our size. Please cancel it, "
     "and refund the months we won't use between now and May.\n\nTraa dy liooar,\nPhil Quayle\nRamsey Yacht Chandlery, Isle of Man",
     (2025, 9, 24, 14, 5), BST)], [R("deny"), X("cancel", "2026-05-09")], clauses="L1, L8",
     spec="Too expensive/unused months: refund denied (L1; no partial refunds); cancel, active until current_period_end 2026-05-09 (L8).")

cust("hello@grouvillecottages.je", "Grouville Cottages", "quarterly", start="2025-08-20", end="2025-11-19")
lopay("en_p13", "LO-INV-33181", "hello@grouvillecottages.je", "quarterly", *Q, "2025-08-20T13:00:00", "2025-08-20", "2025-11-19")
case("l09-jsy-cancel-quarterly", LOB, "decided", [M("Grouville Cottages <hello@grouvillecottages.je>",
     "Cancellation - Grouville Cottages",
     "Good morning,\n\nWe are selling the cottages over the winter, so please cancel our LeadsOptima quarterly plan. No need to refund anything.\n\n"
     "Kind regards\nAnne Le Cornu\nGrouville Cottages, Jersey JE3",
     (2025, 9, 25, 9, 0), BST)], [X("cancel", "2025-11-19")], clauses="L8",
     spec="Plain cancellation: active until current_period_end 2025-11-19 (L8); 'no need to refund' adds no refund.")

cust("k.wisniewska@bursztynhurt.pl", "Katarzyna Wisniewska", "monthly")
lopay("en_p14", "LO-INV-33191", "k.wisniewska@bursztynhurt.pl", "monthly", *Mo, "2025-08-14T21:00:00")
lopay("en_p15", "LO-INV-33192", "k.wisniewska@bursztynhurt.pl", "monthly", *Mo, "2025-09-14T21:00:00")
case("l10-pl-fallback-month", LOB, "decided", [M("Katarzyna Wisniewska <k.wisniewska@bursztynhurt.pl>",
     "Resignation from subscription",
     "Good day,\n\nI would like to resign from the subscription of LeadsOptima monthly plan. Our company is moving to another CRM from 1st November because of the decision of management. "
     "Please confirm me until which day we have the access.\n\nWith regards,\nKatarzyna Wisniewska\nBursztyn Hurt Sp. z o.o., Gdansk",
     (2025, 9, 30, 11, 0), CEST)], [X("cancel", "2025-10-13")], clauses="L8 fallback",
     spec="No current_period_end on record: last charge 2025-09-14 + 1 month - 1 day = 2025-10-13 (L8).")

cust("harbormaster@cascobaykayak.com", "Casco Bay Kayak Co", "quarterly")
lopay("en_p16", "LO-INV-33201", "harbormaster@cascobaykayak.com", "quarterly", *Q, "2025-08-31T22:10:00-04:00")
case("l11-me-offset-fallback", LOB, "decided", [M("Casco Bay Kayak Co <harbormaster@cascobaykayak.com>",
     "cancel - season over",
     "Hi there,\n\nSeason's wrapped up here in Portland. Please cancel the quarterly plan I renewed on the evening of Aug 31. We'll probably be back in the spring.\n\n"
     "Ayuh, thanks,\nWalt Brackett\nCasco Bay Kayak Co.",
     (2025, 9, 26, 16, 45), EDT)], [X("cancel", "2025-11-30")], clauses="section 8 ledger offsets, L8 fallback",
     spec="Charge 2025-08-31 22:10 -04:00 = 2025-09-01 07:40 IST; no period end on record: 2025-09-01 + 3 months - 1 day = 2025-11-30 (L8).")

cust("admin@paynesvillesupply.com.lr", "Paynesville Supply", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p17", "LO-INV-33211", "admin@paynesvillesupply.com.lr", "monthly", *Mo, "2025-09-25T14:00:00", "2025-09-25", "2025-10-24")
lopay("en_p18", "LO-INV-33212", "admin@paynesvillesupply.com.lr", "monthly", *Mo, "2025-09-25T14:01:00", "2025-09-25", "2025-10-24")
case("l12-lr-yahoo-c2", LOB, "need_info", [M("Mamie Toe <mamie.toe1988@yahoo.com>",
     "double payment pls",
     "Good morning my people,\n\nHow are you doing? I am writing for Paynesville Supply. The account email is admin@paynesvillesupply.com.lr but our office internet is down since yesterday so I am using my own. "
     "Yall took the monthly money two times on Thursday, LO-INV-33212 is the extra one. Please send it back to us.\n\nThank you ooo,\nMamie Toe\nAccounts, Paynesville",
     (2025, 9, 27, 9, 30), GMT)], rules=["C2"], clauses="C2",
     spec="Sender is not the registered email she names (admin@paynesvillesupply.com.lr): ask for the request from that address; nothing disclosed (C2).")

cust("gm@abyssiniacoffeeexport.et", "Abyssinia Coffee Export", "annual", start="2025-03-01", end="2026-02-28")
lopay("en_p19", "LO-INV-33221", "gm@abyssiniacoffeeexport.et", "annual", *A, "2025-03-01T11:00:00", "2025-03-01", "2026-02-28")
case("l13-et-secretary-forward", LOB, "need_info", [M("Office Secretary <secretary@abyssiniacoffeeexport.et>",
     "FW: LeadsOptima subscription",
     "Dear Support,\n\nPlease see below message of our General Manager.\n\nRegards,\nHirut\nSecretary to GM\n\n"
     "________________________________\nFrom: Tesfaye Alemu <gm@abyssiniacoffeeexport.et>\nSent: Monday, September 29, 2025 8:40 AM\n"
     "To: Office Secretary <secretary@abyssiniacoffeeexport.et>\nSubject: LeadsOptima subscription\n\n"
     "Hirut,\nWe are now using the union's buyer platform. Please write to LeadsOptima to cancel our annual subscription, the account is under my email.\n\nTesfaye\n",
     (2025, 9, 29, 10, 5), EAT)], rules=["C2"], clauses="section 8 forwards, C2",
     spec="The forwarded cancellation belongs to gm@abyssiniacoffeeexport.et (registered); the sender is the secretary's address: C2, ask for it from the registered email.")

cust("akwa.njoh@bamendahardware.cm", "Bamenda Hardware", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p20", "LO-INV-33231", "akwa.njoh@bamendahardware.cm", "monthly", *Mo, "2025-09-24T12:00:00", "2025-09-24", "2025-10-23")
case("l14-cm-no-reason-disclaimer", LOB, "need_info", [M("Akwa Njoh <akwa.njoh@bamendahardware.cm>",
     "REFUND REQUEST LO-INV-33231",
     "Good day Sir/Madam,\n\nI am by this mail requesting for the refund of the sum paid under invoice LO-INV-33231. Kindly do the needful and revert at your earliest convenience.\n\n"
     "Thanks and God bless.\n\nAkwa Njoh\nManaging Director\nBamenda Hardware & Building Materials\nCommercial Avenue, Bamenda, North West Region\n"
     "Tel: +237 6 77 00 00 00\n\n"
     "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. "
     "Bamenda Hardware accepts no liability for any loss or damage arising from its use.",
     (2025, 9, 26, 10, 0), WAT)], missing=["reason"], clauses="section 8 what a reason is, C3",
     spec="Request restated, 'do the needful', blessing, signature and disclaimer only: no reason; invoice given and plan from the ledger: ask for the reason (C3).")

cust("o.kovalenko@lvivprintworks.ua", "Oksana Kovalenko", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p21", "LO-INV-33241", "o.kovalenko@lvivprintworks.ua", "monthly", *Mo, "2025-08-20T13:00:00", "2025-08-20", "2025-09-19")
lopay("en_p22", "LO-INV-33242", "o.kovalenko@lvivprintworks.ua", "monthly", *Mo, "2025-09-20T13:00:00", "2025-09-20", "2025-10-19")
case("l15-ua-no-invoice-two-charges", LOB, "need_info", [M("Oksana Kovalenko <o.kovalenko@lvivprintworks.ua>",
     "Wrong amount charged",
     "Hello,\n\nI have checked our bank statement and it seems you charged us the wrong amount, our manager agreed with your sales 1,299 per month as promotion for Ukrainian companies. "
     "Please return the difference.\n\nBest regards,\nOksana Kovalenko\nChief accountant, Lviv Print Works",
     (2025, 9, 23, 12, 0), EEST)], missing=["invoice_number"], clauses="C3",
     spec="Verified sender, billing error claimed, two charges on the account (Aug and Sep) and no invoice named: ask for the invoice number (C3).")

cust("n.tehrani@pardisrugs.ir", "Nasrin Tehrani", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("en_p23", "LO-INV-33251", "n.tehrani@pardisrugs.ir", "monthly", *Mo, "2025-08-24T16:00:00", "2025-08-24", "2025-09-23")
lopay("en_p24", "LO-INV-33252", "n.tehrani@pardisrugs.ir", "quarterly", *Q, "2025-09-24T16:00:00", "2025-09-24", "2025-12-23")
case("l16-ir-thread-invoice-answer", LOB, "decided", [
    M("Nasrin Tehrani <n.tehrani@pardisrugs.ir>", "Charged for quarterly although I chose monthly",
      "Dear Support Team,\n\nWith greetings. This month I was charged for the quarterly plan although I had chosen monthly as before. "
      "I kindly request to refund the extra amount.\n\nWith respect,\nNasrin Tehrani\nPardis Handmade Rugs, Isfahan",
      (2025, 9, 27, 11, 0), IRST),
    M("Nasrin Tehrani <n.tehrani@pardisrugs.ir>", "Re: Charged for quarterly although I chose monthly",
      "Dear team,\n\nThank you for your answer. The invoice number is LO INV 33252.\n\nRegards,\nNasrin\n\n"
      "On Sat, 27 Sep 2025 at 11:00, Nasrin Tehrani <n.tehrani@pardisrugs.ir> wrote:\n> Dear Support Team,\n> This month I was charged for the quarterly plan although I had chosen monthly as before.\n",
      (2025, 9, 30, 10, 20), IRST)], [R("escalate")], clauses="C3 thread, L5",
     spec="First mail: billing error, two charges, no invoice; the answer names LO-INV-33252 (spaces ignored). Request time is the first mail, 2025-09-27 IST, day 3 after 2025-09-24: escalate (L5).")

cust("accounts@kokopohardware.com.pg", "Kokopo Hardware", "annual", start="2025-09-25", end="2026-09-24")
lopay("en_p25", "LO-INV-33261", "accounts@kokopohardware.com.pg", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
lopay("en_p26", "LO-INV-33262", "accounts@kokopohardware.com.pg", "annual", *A, "2025-09-25T10:02:00", "2025-09-25", "2026-09-24")
case("l17-pg-thread-reason-answer", LOB, "decided", [
    M("Kokopo Hardware Accounts <accounts@kokopohardware.com.pg>", "Refund LO-INV-33262",
      "Good morning,\n\nPlease refund LO-INV-33262 to our card.\n\nThank you,\nGeraldine Tovue\nAccounts Clerk, Kokopo Hardware, East New Britain",
      (2025, 9, 26, 9, 0), PGT),
    M("Kokopo Hardware Accounts <accounts@kokopohardware.com.pg>", "Re: Refund LO-INV-33262",
      "Good morning,\n\nSorry for not explaining. The annual subscription went through two times on the same day, the bank statement shows two debits. "
      "LO-INV-33262 is the second one.\n\nGeraldine",
      (2025, 9, 30, 8, 30), PGT)], [R("approve", "11988.00")], clauses="C3 thread, L4",
     spec="First mail (2025-09-26 04:30 IST, day 1) has no reason; the answer gives it (paid twice): two paid annual charges 2025-09-25, same period: refund 11988.00 (L4).")

cust("foday.kamara@freetownlogistics.sl", "Foday Kamara", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p27", "LO-INV-33271", "foday.kamara@freetownlogistics.sl", "monthly", *Mo, "2025-09-27T15:30:00", "2025-09-27", "2025-10-26")
lopay("en_p28", "LO-INV-33272", "foday.kamara@freetownlogistics.sl", "monthly", *Mo, "2025-09-27T15:30:40", "2025-09-27", "2025-10-26")
case("l18-sl-chargeback-threat", LOB, "decided", [M("Foday Kamara <foday.kamara@freetownlogistics.sl>",
     "DOUBLE DEBIT - URGENT",
     "Sir,\n\nYour system debited my card two times on Saturday for the same monthly plan (LO-INV-33271 and LO-INV-33272). Dollar is not easy to find here in Freetown. "
     "If the second debit is not reversed by Wednesday I will instruct my bank to do a chargeback on both.\n\nFoday Kamara\nFreetown Logistics Ltd",
     (2025, 9, 29, 11, 0), GMT)], [R("escalate")], rules=["C4"], clauses="C4",
     spec="A chargeback threat escalates the case (C4), though L4 would approve the duplicate.")

cust("rajan.shrestha@himalayantrekgear.com.np", "Rajan Shrestha", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p29", "LO-INV-33281", "rajan.shrestha@himalayantrekgear.com.np", "monthly", *Mo, "2025-09-28T12:00:00", "2025-09-28", "2025-10-27")
lopay("en_p30", "LO-INV-33282", "rajan.shrestha@himalayantrekgear.com.np", "monthly", *Mo, "2025-09-28T12:01:00", "2025-09-28", "2025-10-27")
case("l19-np-no-chargeback-please", LOB, "decided", [M("Rajan Shrestha <rajan.shrestha@himalayantrekgear.com.np>",
     "Payment deducted 2 times - Himalayan Trek Gear",
     "Namaste,\n\nYesterday payment was deducted 2 times for the monthly plan, LO-INV-33281 and LO-INV-33282. My bank in Thamel is saying to file chargeback but "
     "I don't want to do any chargeback, it takes months and it is Dashain time. Please simply return the second one.\n\nDhanyabad,\nRajan Shrestha\nHimalayan Trek Gear, Thamel, Kathmandu",
     (2025, 9, 29, 10, 15), NPT)], [R("approve", "1499.00")], clauses="C4 ruled out, L4",
     spec="The customer rules the chargeback out (no threat, no C4); two paid charges 2025-09-28, request 2025-09-29 IST day 1: refund LO-INV-33282 1499.00 (L4).")

cust("c.whitworth@ashdownhale.co.uk", "Ashdown Hale LLP", "annual", start="2025-09-22", end="2026-09-21")
lopay("en_p31", "LO-INV-33291", "c.whitworth@ashdownhale.co.uk", "annual", *A, "2025-09-22T13:00:00", "2025-09-22", "2026-09-21")
case("l20-yks-trainee-statutory", LOB, "decided", [M("Charlotte Whitworth <c.whitworth@ashdownhale.co.uk>",
     "Invoice LO-INV-33291 - incorrect amount",
     "Dear Sirs,\n\nWe write regarding invoice LO-INV-33291. The firm was quoted a discounted annual price and has been charged the full list price, which is an incorrect amount. "
     "We should be grateful if you would refund the overcharge within 14 days. The firm's statutory rights are expressly reserved.\n\n"
     "Yours faithfully,\n\nCharlotte Whitworth\nTrainee Solicitor\nAshdown Hale LLP, Harrogate",
     (2025, 9, 25, 15, 40), BST)], [R("escalate")], rules=["C4"], clauses="C4 statutory rights",
     spec="Statutory rights reserved (and a solicitor's signature): escalate (C4); L5 would also escalate the billing error.")

cust("ruthann.billings@greenmtnweb.net", "Ruth Ann Billings", "monthly", start="2025-09-18", end="2025-10-17")
lopay("en_p32", "LO-INV-33301", "ruthann.billings@greenmtnweb.net", "monthly", *Mo, "2025-09-18T20:00:00", "2025-09-18", "2025-10-17")
case("l21-vt-cancel-dispute-if", LOB, "decided", [M("Ruth Ann Billings <ruthann.billings@greenmtnweb.net>",
     "Cancel",
     "Cancel my account effective immediately. I sell maple syrup, I don't need 'leads'. And if I see one more charge from you people I will dispute it with my card company, "
     "I have done it before.\n\nR.A. Billings\nBillings Sugarhouse, St. Johnsbury, Vt.",
     (2025, 9, 24, 7, 50), EDT)], [X("escalate")], rules=["C4"], clauses="C4 covers the whole case",
     spec="A dispute threat with the card company: the cancellation is escalated too (section 8: C4 covers the whole case).")

cust("moira.macneil@bretonbakes.ca", "Moira MacNeil", "monthly", status="trial", trial_ends="2025-10-06")
case("l22-ns-trial-refund", LOB, "decided", [M("Moira MacNeil <moira.macneil@bretonbakes.ca>",
     "refund",
     "Hello,\n\nI'm on the free trial since last week and it's really not for a bakery like ours, the leads are all from Toronto. "
     "Please refund me whatever I've been charged and close it.\n\nThanks so much,\nMoira\nBreton Bakes, Sydney, Cape Breton",
     (2025, 9, 30, 13, 0), ADT)], [R("deny")], extra_ok=True, clauses="L7",
     spec="Free-trial account with no charges: nothing to refund (L7); the reply says no billing occurs unless she subscribes. 'Close it' may also yield a cancellation (extra_ok).")

cust("gerald.arsenault@islandlobster.pe.ca", "Gerald Arsenault", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p33", "LO-INV-33311", "gerald.arsenault@islandlobster.pe.ca", "monthly", *Mo, "2025-09-26T19:00:00", "2025-09-26", "2025-10-25")
lopay("en_p34", "LO-INV-33312", "gerald.arsenault@islandlobster.pe.ca", "monthly", *Mo, "2025-09-26T19:00:30", "2025-09-26", "2025-10-25", status="refunded")
case("l23-pe-second-already-refunded", LOB, "decided", [M("Gerald Arsenault <gerald.arsenault@islandlobster.pe.ca>",
     "Charged twice Sept 26",
     "Hi,\n\nYou charged me twice on Sept 26 for the monthly, LO-INV-33311 and LO-INV-33312. Please refund the second.\n\nGerald\nIsland Lobster Suppers, Summerside PEI",
     (2025, 9, 30, 9, 0), ADT)], [R("escalate")], clauses="section 8 payments not paid",
     spec="LO-INV-33312 has status refunded: no pair of paid charges, and a refund of a payment not paid is escalated (section 8).")

cust("office@sarniaguesthouse.gg", "Sarnia Guest House", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("en_p35", "LO-INV-33321", "office@sarniaguesthouse.gg", "quarterly", *Q, "2025-06-27T12:00:00", "2025-06-27", "2025-09-26")
lopay("en_p36", "LO-INV-33322", "office@sarniaguesthouse.gg", "quarterly", *Q, "2025-09-27T12:00:00", "2025-09-27", "2025-12-26")
case("l24-gg-invoice-slashes", LOB, "decided", [M("Sarnia Guest House <office@sarniaguesthouse.gg>",
     "lo/inv/33322 - no access",
     "Hello,\n\nSince the renewal on Saturday (lo/inv/33322) we are unable to log in. The page says 'workspace suspended' even though the money has gone. "
     "Please refund it, we can't use what we can't get into.\n\nMany thanks\nJenny Ogier\nSarnia Guest House, St Peter Port, Guernsey",
     (2025, 9, 29, 17, 30), BST)], [R("escalate")], clauses="section 8 invoice references, L6",
     spec="'lo/inv/33322' is LO-INV-33322 (section 8); access failure, charge 2025-09-27, request 2025-09-29 IST day 2: escalate (L6).")

case("l25-ak-out-of-office", LOB, "ignore", [M("Marnie Halvorsen <marnie.halvorsen@alaskawidebb.net>",
     "Automatic reply: Re: double charge on my card",
     "I'm out on the Dalton Highway with no signal until October 6. For bookings call the office. For anything about refunds or billing I'll answer when I'm back.\n\nMarnie",
     (2025, 9, 30, 6, 0), AK, hdr=AUTO)], rules=["C7"], clauses="C7",
     spec="Auto-Submitted: auto-replied out-of-office: ignore (C7), whatever it mentions.")

case("l26-nl-bounce", LOB, "ignore", [M("Mail Delivery Subsystem <MAILER-DAEMON@mx1.capelinenet.ca>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx1.capelinenet.ca.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
     "<s.pardy@capelinenet.ca>: host mx1.capelinenet.ca said: 550 5.1.1 User unknown\n\nSubject: Re: Tree charges on me card [LO-1187]",
     (2025, 9, 26, 3, 12), NDT)], rules=["C7"], clauses="C7 MAILER-DAEMON",
     spec="A MAILER-DAEMON bounce: ignore (C7).")

case("l27-list-digest", LOB, "ignore", [M("Small Business Growth Digest <digest@smallbizgrowthlist.example>",
     "Weekly digest: how to ask your SaaS for a refund",
     "This week: 5 CRMs compared, when to cancel a subscription, and what to say when you want a refund for a double charge.\n\nUnsubscribe: https://smallbizgrowthlist.example/u",
     (2025, 9, 29, 6, 0), EDT, hdr={"List-Id": "<weekly.smallbizgrowthlist.example>", "Precedence": "list"})], rules=["C7"], clauses="C7 List-Id",
     spec="Mailing-list mail (List-Id, Precedence: list): ignore (C7).")

case("l28-pl-not-refund-vat-invoice", LOB, "other", [M("Katarzyna Wisniewska <k.wisniewska@bursztynhurt.pl>",
     "Invoice with VAT number",
     "Good day,\n\nI am not asking for any refund, everything is fine with the payment. Our auditor needs invoice LO-INV-33192 issued with our NIP (EU VAT) number PL5840000000 on it. "
     "Could you please send a corrected copy?\n\nWith regards,\nKatarzyna Wisniewska",
     (2025, 9, 22, 9, 30), CEST)], clauses="section 8 negation",
     spec="'Not asking for any refund' plus an invoice copy request: other.")

case("l29-hi-hypothetical-annual", LOB, "other", [M("Keoni Akana <keoni@akanasurfboards.example>",
     "Question before signing up",
     "Hey team,\n\nThinking of going annual to save a bit. If we sign up and the leads turn out to be junk for a surf shop in Haleiwa, would I get any money back, "
     "or is it locked in for the year? Just want to know before I put the card in.\n\nShaka,\nKeoni",
     (2025, 9, 29, 14, 0), HST)], clauses="section 8 hypotheticals",
     spec="A question about refunds before buying: policy question, other.")

case("l30-et-thanks", LOB, "other", [M("Tesfaye Alemu <gm@abyssiniacoffeeexport.et>",
     "Thank you",
     "Dear LeadsOptima team,\n\nThank you for the quick help earlier this month when our login was not working just before Enkutatash. Everything is fine now. "
     "We wish you a happy Meskel this weekend.\n\nBest regards,\nTesfaye Alemu\nGeneral Manager",
     (2025, 9, 23, 16, 0), EAT)], clauses="past event, thanks",
     spec="A thank-you about a past, solved problem: nothing asked, other.")

cust("tomasz.lis@balticamber.example", "Tomasz Lis", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p37", "LO-INV-33331", "tomasz.lis@balticamber.example", "monthly", *Mo, "2025-09-28T18:00:00", "2025-09-28", "2025-10-27")
lopay("en_p38", "LO-INV-33332", "tomasz.lis@balticamber.example", "monthly", *Mo, "2025-09-28T18:00:45", "2025-09-28", "2025-10-27")
case("l31-dyslexic-twice", LOB, "decided", [M("Tomasz Lis <tomasz.lis@balticamber.example>",
     "mony took 2 tims",
     "hi\n\nsory for speling i am dislexic. i beleive you took the mony for monthly 2 tims on sunday, i see two paymnts same amont. "
     "the secnd is LO-INV-33332 , pls giv that one bak.\n\nthx Tomasz\nBaltic Amber Shop, Sopot",
     (2025, 9, 30, 20, 0), CEST)], [R("approve", "1499.00")], clauses="L4 misspelt",
     spec="Two paid charges 2025-09-28 (same period); request 2025-09-30 IST (20:00 CEST = 23:30 IST) day 2: refund LO-INV-33332 1499.00 (L4).")

cust("glenn.mosher@fundyfisheries.ca", "Glenn Mosher", "annual", start="2025-01-15", end="2026-01-14")
lopay("en_p39", "LO-INV-33341", "glenn.mosher@fundyfisheries.ca", "annual", *A, "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")
case("l32-ns-dictated-cancel", LOB, "decided", [M("Glenn Mosher <glenn.mosher@fundyfisheries.ca>",
     "Cancel",
     "Hi this is Glenn at Fundy fisheries period please cancel the leads optima subscription at the end of the year period we are retiring the boat comma "
     "thanks for everything exclamation mark\n\nSent from my phone",
     (2025, 9, 27, 15, 10), ADT)], [X("cancel", "2026-01-14")], clauses="L8, dictated",
     spec="Dictated cancellation (spoken punctuation): cancel, active until current_period_end 2026-01-14 (L8).")

cust("procurement@tananavalleyschools.example", "Tanana Valley Schools Consortium", "annual", start="2025-07-01", end="2026-06-30")
lopay("en_p40", "LO-INV-33351", "procurement@tananavalleyschools.example", "annual", *A, "2025-07-01T21:00:00", "2025-07-01", "2026-06-30")
case("l33-ak-procurement-po", LOB, "decided", [M("Procurement Office <procurement@tananavalleyschools.example>",
     "Notice of non-renewal / termination - PO 2025-0417",
     "To whom it may concern,\n\nPlease accept this email as formal notice that the Consortium terminates subscription LO-INV-33351 (our PO 2025-0417) "
     "effective at the end of the current term. The board did not approve the line item for FY26. No further invoices should be issued against this PO.\n\n"
     "Please confirm the termination date in writing for our vendor file.\n\nRespectfully,\nD. Ostrowski\nProcurement Officer\nTanana Valley Schools Consortium",
     (2025, 9, 30, 9, 0), AK)], [X("cancel", "2026-06-30")], clauses="L8",
     spec="Termination at the end of term: cancel, active until current_period_end 2026-06-30 (L8); the PO number is the customer's own reference.")

cust("v.bondarenko@odesagrain.ua", "Viktor Bondarenko", "quarterly", start="2025-09-29", end="2025-12-28")
lopay("en_p41", "LO-INV-33361", "v.bondarenko@odesagrain.ua", "quarterly", *Q, "2025-09-29T15:00:00", "2025-09-29", "2025-12-28")
lopay("en_p42", "LO-INV-33362", "v.bondarenko@odesagrain.ua", "quarterly", *Q, "2025-09-29T15:00:30", "2025-09-29", "2025-12-28")
case("l34-ua-html-only", LOB, "decided", [M("Viktor Bondarenko <v.bondarenko@odesagrain.ua>",
     "Duplicate payment LO-INV-33362", "",
     (2025, 9, 30, 10, 0), EEST, html="<html><body><div style='font-family:Calibri'><p>Good day!</p>"
     "<p>Please be informed that our company was charged twice for the <b>quarterly</b> plan yesterday: LO-INV-33361 and LO-INV-33362, "
     "3&nbsp;999,00 INR each.</p><p>Kindly return the duplicate payment LO-INV-33362.</p>"
     "<p>Best regards,<br>Viktor Bondarenko<br>Finance director, Odesa Grain Terminal</p></div></body></html>")],
     [R("approve", "3999.00")], clauses="L4, HTML only",
     spec="HTML-only mail; two paid quarterly charges 2025-09-29, request 2025-09-30 IST day 1: refund 3999.00 (L4).")

cust("ida.ralph@ralphsboatyard.ca", "Ida Ralph", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("en_p43", "LO-INV-33371", "ida.ralph@ralphsboatyard.ca", "quarterly", *Q, "2025-08-05T20:00:00", "2025-08-05", "2025-11-04")
case("l35-nl-cancel-and-export", LOB, "decided", [M("Ida Ralph <ida.ralph@ralphsboatyard.ca>",
     "Cancelling + can I get my contacts out",
     "Hi b'y,\n\nTwo tings. First, cancel our plan, we're winding down the boatyard for the winter and himself says we're spending too much on computer stuff. "
     "Second, before it shuts off, how do I get all my contacts out into a spreadsheet? Last time I tried the export button nothing happened.\n\n"
     "Ida Ralph\nRalph's Boatyard, Twillingate",
     (2025, 9, 28, 11, 0), NDT)], [X("cancel", "2025-11-04")], clauses="L8 with a side question",
     spec="Cancellation plus a how-to question: cancel, active until current_period_end 2025-11-04 (L8).")

case("l36-je-other-brand-client", LOB, "need_info", [M("Le Quesne Florist <orders@lequesneflorist.je>",
     "Refund for website deposit",
     "Hello,\n\nWe paid a deposit for our new website last Friday and have now decided not to go ahead. Please refund the deposit.\n\nBest wishes\nMarie Le Quesne",
     (2025, 9, 29, 11, 0), BST)], rules=["C2"], clauses="section 8 other brand's customer",
     spec="Written to LeadsOptima by someone unknown in its ledger: treated as any unknown sender (C2, C3).")

case("l37-ak-plus-tag", LOB, "need_info", [M("Marnie Halvorsen <marnie.halvorsen+leads@alaskawidebb.net>",
     "cancel please",
     "Hi again, actually just go ahead and cancel the monthly plan, we're closing up for winter.\n\nMarnie",
     (2025, 9, 30, 7, 0), AK)], rules=["C2"], clauses="section 8 addresses",
     spec="marnie.halvorsen+leads@ is another address than the registered one (section 8): C2.")

cust("jallah.kollie@monroviaprinting.com.lr", "Jallah Kollie", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p44", "LO-INV-33381", "jallah.kollie@monroviaprinting.com.lr", "monthly", *Mo, "2025-08-25T14:00:00", "2025-08-25", "2025-09-24")
lopay("en_p45", "LO-INV-33382", "jallah.kollie@monroviaprinting.com.lr", "monthly", *Mo, "2025-09-25T14:00:00", "2025-09-25", "2025-10-24")
case("l38-lr-charged-after-cancel", LOB, "decided", [M("Jallah Kollie <jallah.kollie@monroviaprinting.com.lr>",
     "Charged after I cancelled - LO-INV-33382",
     "Hello my friend,\n\nI cancelled the plan by Billing > Cancel Plan on 20 September, I even have the screenshot, but you still charged me on the 25th (LO-INV-33382). "
     "Please put my money back.\n\nJallah Kollie\nMonrovia Printing Press, Broad Street",
     (2025, 9, 28, 12, 0), GMT)], [R("escalate")], clauses="L5",
     spec="Charged after cancelling is a billing error; charge 2025-09-25, request 2025-09-28 IST day 3: escalate (L5).")

cust("bookings@savusavudive.fj", "Savusavu Dive Lodge", "monthly", start="2025-09-22", end="2025-10-21")
lopay("en_p46", "LO-INV-33391", "bookings@savusavudive.fj", "monthly", *Mo, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
case("l39-fj-day7-by-ist", LOB, "decided", [M("Savusavu Dive Lodge <bookings@savusavudive.fj>",
     "Platform not loading since we paid",
     "Bula vinaka,\n\nSince we paid on the 22nd afternoon the platform is not loading for us, only a white page, both on the lodge PC and on phone. "
     "I know it's been 8 days but please consider a refund of the month.\n\nVinaka,\nLosana Waqa\nSavusavu Dive Lodge, Vanua Levu",
     (2025, 9, 30, 5, 50), FJT)], [R("escalate")], clauses="L3 counted in IST, L6",
     spec="Charge 2025-09-22 10:00 IST; sent 2025-09-30 05:50 +12:00 = 2025-09-29 23:20 IST: request day 7, inside (L3); access failure: escalate (L6); single charge fills the invoice.")

cust("hollis.crockett@berkshirebarn.example", "Hollis Crockett", "monthly", start="2025-09-15", end="2025-10-14")
lopay("en_p47", "LO-INV-33401", "hollis.crockett@berkshirebarn.example", "monthly", *Mo, "2025-09-15T21:00:00", "2025-09-15", "2025-10-14")
case("l40-ma-unused-days-cancel", LOB, "decided", [M("Hollis Crockett <hollis.crockett@berkshirebarn.example>",
     "Cancellation and pro-rated refund",
     "To the LeadsOptima billing department:\n\nKindly cancel my monthly subscription forthwith. As I will be using it for scarcely half of the present month, "
     "I trust you will see fit to refund the unused portion, pro rata.\n\nRespectfully,\nHollis Crockett\nCrockett's Antiques, Stockbridge, Massachusetts",
     (2025, 9, 26, 10, 0), EDT)], [R("deny"), X("cancel", "2025-10-14")], clauses="L1, L8",
     spec="A pro-rated refund for unused days is not an exception: deny (L1, L8 no partial refunds); cancel, active until 2025-10-14 (L8).")

cust("earl.hatfield@tugforkmail.net", "Earl Hatfield", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("en_p48", "LO-INV-33411", "earl.hatfield@tugforkmail.net", "quarterly", *Q, "2025-08-01T20:00:00", "2025-08-01", "2025-10-31")
case("l41-ky-cancel-no-reason", LOB, "decided", [M("Earl Hatfield <earl.hatfield@tugforkmail.net>",
     "stop it",
     "yall go on and cancel mine. thank you kindly\n\nEarl Hatfield\nPikeville KY",
     (2025, 9, 29, 18, 0), EDT)], [X("cancel", "2025-10-31")], clauses="L8, reason not required for cancellation",
     spec="Cancellation without a reason is not held up (section 3): cancel, active until current_period_end 2025-10-31 (L8).")

cust("h.zahedi@zahedipistachio.ir", "Hossein Zahedi", "annual", start="2025-09-26", end="2026-09-25")
lopay("en_p49", "LO-INV-33421", "h.zahedi@zahedipistachio.ir", "annual", *A, "2025-09-26T11:00:00", "2025-09-26", "2026-09-25")
lopay("en_p50", "LO-INV-33422", "h.zahedi@zahedipistachio.ir", "annual", *A, "2025-09-26T11:03:00", "2025-09-26", "2026-09-25")
case("l42-ir-gmail-forward-own", LOB, "decided", [M("Hossein Zahedi <h.zahedi@zahedipistachio.ir>",
     "Fwd: Two payments for annual plan",
     "Dear Sir,\nI sent this two days ago and have no answer. Please check.\n\n"
     "---------- Forwarded message ---------\nFrom: Hossein Zahedi <h.zahedi@zahedipistachio.ir>\nDate: Sun, Sep 28, 2025 at 10:12 AM\n"
     "Subject: Two payments for annual plan\nTo: <support@leadsoptima.com>\n\n"
     "Dear Support,\nOn Friday the annual fee was taken two times from our card: LO-INV-33421 and LO-INV-33422. One is enough for us, please refund LO-INV-33422.\n"
     "Best regards,\nHossein Zahedi\nZahedi Pistachio Co., Kerman\n",
     (2025, 9, 30, 9, 40), IRST)], [R("approve", "11988.00")], clauses="section 8 forwards, L4",
     spec="The registered sender forwards his own earlier mail; the case's request time is this email, 2025-09-30 IST, day 4 after the 2025-09-26 charges: refund LO-INV-33422 11988.00 (L4).")

# ---------------- Optima WebDesign ----------------
proj("Tea Room Booking Site", "owner@ticklecovetearoom.ca")
owpay("en_w01", "OWD-2025-331", "Tea Room Booking Site", "deposit", "25000.00", "4500.00", "2025-09-27T20:00:00")
case("w01-nl-deposit-in-time", OWB, "decided", [M("Tickle Cove Tea Room <owner@ticklecovetearoom.ca>",
     "Refund Request - Tea Room Booking Site / OWD-2025-331",
     "Good morning,\n\nI paid the deposit for the Tea Room Booking Site on Saturday. Since then my mother took a bad turn and we're closing the tea room for the winter, "
     "maybe for good. I'd like the deposit (OWD-2025-331) back please, I don't think anybody's started on it yet.\n\nSorry for the trouble,\nBride Keough\nTickle Cove Tea Room",
     (2025, 9, 29, 9, 0), NDT)], [R("approve", "25000.00")], extra_ok=True, clauses="O2",
     spec="Deposit paid 2025-09-27 20:00 IST, request 2025-09-29 17:00 IST (45 h), no work started: full refund 25000.00 before tax (O2).")

proj("Jet Workshop Webshop", "studio@whitbyjetworks.co.uk")
owpay("en_w02", "OWD-2025-332", "Jet Workshop Webshop", "deposit", "30000.00", "5400.00", "2025-09-26T14:30:00")
case("w02-yks-deposit-exactly-72h", OWB, "decided", [M("Whitby Jet Works <studio@whitbyjetworks.co.uk>",
     "Deposit OWD-2025-332 - Jet Workshop Webshop",
     "Morning,\n\nWe paid the deposit for the Jet Workshop Webshop Friday at 10 on the dot. We've decided to stay on the craft marketplace after all, the fees worked out cheaper. "
     "That's three days exactly, so we're still in time for the full refund I reckon.\n\nCheers\nGeorge Storr\nWhitby Jet Works",
     (2025, 9, 29, 10, 0), BST)], [R("deny")], extra_ok=True, clauses="O2, section 8 exactly 72 hours",
     spec="Paid 2025-09-26 14:30 IST (10:00 BST); request 2025-09-29 10:00 BST = 14:30 IST: exactly 72 hours is not before 72 hours: deny (O2).")

proj("Stargazing Tours Site", "aloha@haleakalastargazing.example", "2025-09-28T22:00:00")
owpay("en_w03", "OWD-2025-333", "Stargazing Tours Site", "deposit", "20000.00", "3600.00", "2025-09-27T21:00:00")
case("w03-hi-deposit-work-started", OWB, "decided", [M("Haleakala Stargazing <aloha@haleakalastargazing.example>",
     "Refund Request — Stargazing Tours Site OWD-2025-333",
     "Aloha Optima team,\n\nWe paid the deposit yesterday morning (OWD-2025-333) but the county just pulled our summit permit, so there's no tour business to build a site for. "
     "Please refund the deposit, it's only been a day and a half.\n\nMahalo nui,\nLeilani Kahale\nHaleakala Stargazing, Kula, Maui",
     (2025, 9, 28, 20, 0), HST)], [R("deny")], extra_ok=True, clauses="O2 whichever first",
     spec="Paid 2025-09-27 21:00 IST; work started 2025-09-28 22:00 IST; request 2025-09-29 11:30 IST: within 72 hours but after work started: deny (O2).")

proj("Cooperative Buyer Portal", "secretary@bococoacoop.sl")
owpay("en_w04", "OWD-2025-334", "Cooperative Buyer Portal", "discovery", "15000.00", "2700.00", "2025-09-22T13:00:00")
case("w04-sl-discovery-unstarted", OWB, "decided", [M("Bo Cocoa Cooperative <secretary@bococoacoop.sl>",
     "Discovery fee refund - Cooperative Buyer Portal",
     "Dear Optima WebDesign,\n\nGreetings from Bo. The cooperative paid the discovery fee OWD-2025-334 for the Cooperative Buyer Portal on 22 September. "
     "At our general meeting on Saturday the farmers voted to wait until after the harvest season. No session has been held with you yet. "
     "We therefore ask for the discovery fee to be refunded.\n\nYours faithfully,\nAminata Sesay\nSecretary, Bo Cocoa Farmers Cooperative",
     (2025, 9, 29, 11, 0), GMT)], [R("approve", "15000.00")], extra_ok=True, clauses="O1",
     spec="Discovery with no work started (work_started_at empty): full refund 15000.00 before tax (O1).")

proj("Seaside Hotel Relaunch", "gm@limbeseasidehotel.cm", "2025-09-20T15:00:00")
owpay("en_w05", "OWD-2025-335", "Seaside Hotel Relaunch", "discovery", "18000.00", "3240.00", "2025-09-15T12:00:00")
case("w05-cm-discovery-held", OWB, "decided", [M("Limbe Seaside Hotel <gm@limbeseasidehotel.cm>",
     "Discovery OWD-2025-335",
     "Good afternoon,\n\nWe had the first discovery workshop for Seaside Hotel Relaunch last Saturday, but honestly the owners now want to wait until the road to Idenau is repaired "
     "and tourists come back. We want to request refund of the discovery payment OWD-2025-335.\n\nBest regards,\nEmmanuel Ekema\nGeneral Manager, Limbe",
     (2025, 9, 26, 14, 0), WAT)], [R("deny")], extra_ok=True, clauses="O1",
     spec="The discovery workshop started 2025-09-20, before the request: deny (O1).")

proj("Gingerbread Museum Shop", "sklep@torunpiernik.pl", "2025-08-18T10:00:00")
owpay("en_w06", "OWD-2025-336", "Gingerbread Museum Shop", "milestone", "40000.00", "7200.00", "2025-09-10T12:00:00", milestone_status="not_started")
case("w06-pl-milestone-not-started", OWB, "decided", [M("Piotr Zielinski <sklep@torunpiernik.pl>",
     "Refund of milestone 3 - Gingerbread Museum Shop",
     "Dear Sirs,\n\nRegarding project Gingerbread Museum Shop. We paid in advance milestone 3 (online payments integration), invoice OWD-2025-336. "
     "The museum board decided to sell only in the physical shop, so this milestone will not be needed. As far as I know, your team has not started it. "
     "Please refund INR 40 000,00.\n\nKind regards,\nPiotr Zielinski\nTorun",
     (2025, 9, 25, 13, 0), CEST)], [R("approve", "40000.00")], extra_ok=True, clauses="O3",
     spec="Milestone not_started: refund its amount 40000.00 before tax (O3).")

proj("Grain Terminal Tracker", "it@chernihivgrain.ua", "2025-08-01T10:00:00")
owpay("en_w07", "OWD-2025-337", "Grain Terminal Tracker", "milestone", "55000.00", "9900.00", "2025-09-01T12:00:00", milestone_status="in_progress")
case("w07-ua-milestone-in-progress", OWB, "decided", [M("Andriy Melnyk <it@chernihivgrain.ua>",
     "Milestone OWD-2025-337 refund request",
     "Hello,\n\nFor Grain Terminal Tracker, milestone with invoice OWD-2025-337. Due to the situation our terminal is working only partially and the management stopped all IT budgets. "
     "Your developer told me the dashboard is maybe 30% done. We ask to refund the part that is not done.\n\nThank you for understanding,\nAndriy Melnyk\nIT manager",
     (2025, 9, 24, 15, 0), EEST)], [R("escalate")], extra_ok=True, clauses="O3 in_progress",
     spec="Milestone in_progress: the billable value of work not started needs a person: escalate (O3).")

proj("Saffron Export Catalogue", "export@mashhadsaffron.ir", "2025-07-01T10:00:00")
owpay("en_w08", "OWD-2025-338", "Saffron Export Catalogue", "milestone", "35000.00", "6300.00", "2025-08-05T12:00:00", milestone_status="completed")
case("w08-ir-milestone-completed", OWB, "decided", [M("Mashhad Saffron Export <export@mashhadsaffron.ir>",
     "Request for refund - Saffron Export Catalogue - OWD-2025-338",
     "Dear Optima WebDesign,\n\nWith greetings and respect. The catalogue pages of milestone OWD-2025-338 were finished in August, but because of the new sanctions we cannot use "
     "the foreign payment gateway on the site anymore, so the catalogue is not useful for us. We kindly request the refund of this milestone.\n\nWith best regards,\nMohammad Rezaei",
     (2025, 9, 27, 10, 30), IRST)], [R("deny")], extra_ok=True, clauses="O3 completed, O6",
     spec="Milestone completed: deny (O3; completed deliverables are non-refundable, O6).")

proj("Eco Resort Booking Engine", "manager@taveunieco.fj", "2025-08-01T10:00:00")
owpay("en_w09", "OWD-2025-339", "Eco Resort Booking Engine", "hosting_annual", "18000.00", "3240.00", "2025-09-19T12:00:00",
      setup_fee="1800.00", service_start="2025-09-20")
case("w09-fj-hosting-10-days", OWB, "decided", [M("Taveuni Eco Resort <manager@taveunieco.fj>",
     "Hosting refund - Eco Resort Booking Engine OWD-2025-339",
     "Bula,\n\nOur group head office in Suva has put all our sites on their own hosting, so we no longer need the annual hosting for the Eco Resort Booking Engine (invoice OWD-2025-339), "
     "which started on the 20th. Please refund what can be refunded and stop the plan.\n\nVinaka vakalevu,\nMereani Tuilau\nResort Manager",
     (2025, 9, 30, 17, 0), FJT)], [R("approve", "14850.00")], extra_ok=True, clauses="O5",
     spec="Hosting started 2025-09-20; request 2025-09-30 IST (day 10, within 14): 18000 - 1800 - (16200/12 = 1350) x 1 = 14850.00 (O5).")

proj("Halibut Charter Bookings", "captain@homerhalibut.example", "2025-06-01T10:00:00")
owpay("en_w10", "OWD-2025-340", "Halibut Charter Bookings", "maintenance_annual", "24000.00", "4320.00", "2025-08-31T12:00:00",
      setup_fee="0.00", service_start="2025-09-01")
case("w10-ak-maintenance-late", OWB, "decided", [M("Homer Halibut Charters <captain@homerhalibut.example>",
     "Refund Request — Halibut Charter Bookings / OWD-2025-340",
     "Hey,\n\nSeason's over and we sold the second boat, so we don't need the annual maintenance on Halibut Charter Bookings anymore. Invoice OWD-2025-340. Refund the rest of the year please.\n\n"
     "Capt. Dale Sundqvist\nHomer, Alaska",
     (2025, 9, 25, 7, 30), AK)], [R("deny")], extra_ok=True, clauses="O5 after 14 days",
     spec="Maintenance started 2025-09-01; request 2025-09-25 IST: more than 14 days: deny (O5).")

proj("Heritage Guides Portal", "info@lalibelaguides.et", "2025-08-10T10:00:00")
owpay("en_w11", "OWD-2025-341", "Heritage Guides Portal", "maintenance_annual", "24000.00", "4320.00", "2025-09-20T12:00:00",
      setup_fee="0.00", service_start="2025-10-15")
case("w11-et-maintenance-not-started", OWB, "decided", [M("Lalibela Heritage Guides <info@lalibelaguides.et>",
     "Cancel maintenance plan and refund - Heritage Guides Portal",
     "Dear Sir/Madam,\n\nWe paid OWD-2025-341 for annual maintenance of the Heritage Guides Portal which should begin on 15 October. The tourism bureau will now provide the portal maintenance free for all guide associations. "
     "Therefore we request to cancel the plan and refund our money.\n\nRespectfully,\nYonas Gebremedhin\nCoordinator",
     (2025, 9, 30, 11, 0), EAT)], [R("approve", "22000.00")], extra_ok=True, clauses="O5 before service start, section 8",
     spec="Service starts 2025-10-15, request 2025-09-30: consumed_months is 1 (section 8): 24000 - 0 - 2000 x 1 = 22000.00 (O5).")

proj("Dive Charter Site", "office@rabauldive.com.pg", "2025-08-01T10:00:00")
owpay("en_w12", "OWD-2025-342", "Dive Charter Site", "hosting_annual", "13999.00", "2519.82", "2025-09-24T12:00:00",
      setup_fee="1500.00", service_start="2025-09-25")
case("w12-pg-hosting-rounding", OWB, "decided", [M("Rabaul Dive Charters <office@rabauldive.com.pg>",
     "Hosting OWD-2025-342 - Dive Charter Site - pls refund",
     "Morning,\n\nThe volcano observatory raised the alert level again and our insurer won't cover charters till next year. Please refund the annual hosting for Dive Charter Site (OWD-2025-342), "
     "started 25th Sept. We will come back when Tavurvur settles.\n\nRegards,\nPeter Kaiwa\nRabaul Dive Charters",
     (2025, 9, 29, 9, 0), PGT)], [R("approve", "11457.42")], extra_ok=True, clauses="O5, C6 rounding once",
     spec="Hosting started 2025-09-25, request 2025-09-29 IST: 13999.00 - 1500.00 - (12499/12 = 1041.5833...) x 1 = 11457.41666... -> 11457.42 (O5, C6).")

proj("Oyster Bar Reservations", "bookings@aldeburghoysters.co.uk", "2025-03-01T10:00:00")
owpay("en_w13", "OWD-2025-343", "Oyster Bar Reservations", "retainer", "12000.00", "2160.00", "2025-09-15T12:00:00",
      next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
case("w13-ea-retainer-notice-ok", OWB, "decided", [M("Aldeburgh Oyster Bar <bookings@aldeburghoysters.co.uk>",
     "Ending the monthly retainer - Oyster Bar Reservations",
     "Hello both,\n\nThe bar closes for the winter after half term and we'll go back to taking bookings by phone, so we'd like to end the monthly retainer for Oyster Bar Reservations "
     "(last invoice OWD-2025-343). Thanks for all the help this summer.\n\nAll the best\nHattie Ling\nAldeburgh Oyster Bar, Suffolk",
     (2025, 9, 29, 16, 0), BST)], [X("cancel", "2025-10-14")], clauses="O4, O8",
     spec="Retainer, next billing 2025-10-15; request 2025-09-29 IST is on or before 2025-10-08: next charge avoided, effective 2025-10-14 (O4).")

proj("Kipper House Webshop", "orders@peelkipperhouse.im", "2025-02-01T10:00:00")
owpay("en_w14", "OWD-2025-344", "Kipper House Webshop", "retainer", "9000.00", "1620.00", "2025-09-05T12:00:00",
      next_billing_at="2025-10-05", period_start="2025-09-05", period_end="2025-10-04")
case("w14-iom-retainer-short-notice", OWB, "decided", [M("Peel Kipper House <orders@peelkipperhouse.im>",
     "Retainer - Kipper House Webshop",
     "Hiya,\n\nWe've brought the webshop in-house (my niece is doing a course at the college) so please stop the monthly retainer on Kipper House Webshop, ref OWD-2025-344.\n\n"
     "Ta,\nBrian Cain\nPeel Kipper House",
     (2025, 9, 30, 11, 0), BST)], [X("cancel", "2025-11-04")], clauses="O4 short notice",
     spec="Next billing 2025-10-05, request 2025-09-30 IST is after 2025-09-28 (less than 7 days' notice): the next cycle 2025-10-05..2025-11-04 is billed; effective 2025-11-04 (O4).")

proj("Reef Lodge Guest Portal", "frontdesk@kororeeflodge.fj", "2025-01-10T10:00:00")
owpay("en_w15", "OWD-2025-345", "Reef Lodge Guest Portal", "retainer", "10000.00", "1800.00", "2025-09-07T12:00:00",
      next_billing_at="2025-10-07", period_start="2025-09-07", period_end="2025-10-06")
case("w15-fj-retainer-exactly-7", OWB, "decided", [M("Koro Reef Lodge <frontdesk@kororeeflodge.fj>",
     "Stop retainer - Reef Lodge Guest Portal OWD-2025-345",
     "Bula,\n\nThe lodge has been sold and the new owners use their own chain's website, so please end our monthly retainer for the Reef Lodge Guest Portal (OWD-2025-345). "
     "I know it's only 6 days before the next billing, sorry about that.\n\nVinaka,\nAkanisi Rova",
     (2025, 10, 1, 6, 10), FJT)], [X("cancel", "2025-10-06")], clauses="O4 counted in IST",
     spec="Sent 2025-10-01 06:10 +12:00 = 2025-09-30 23:40 IST; next billing 2025-10-07 minus 7 days = 2025-09-30: enough notice, effective 2025-10-06 (O4).")

proj("Pierogi Bar Ordering", "biuro@pierogarniakrakow.pl", "2025-04-01T10:00:00")
owpay("en_w16", "OWD-2025-346", "Pierogi Bar Ordering", "retainer", "8000.00", "1440.00", "2025-09-01T12:00:00",
      next_billing_at="2025-11-01", period_start="2025-09-01", period_end="2025-09-30")
owpay("en_w16b", "OWD-2025-347", "Pierogi Bar Ordering", "retainer", "8000.00", "1440.00", "2025-09-01T12:05:00",
      next_billing_at="2025-11-01", period_start="2025-10-01", period_end="2025-10-31")
case("w16-pl-retainer-prepaid", OWB, "decided", [M("Pierogarnia Krakow <biuro@pierogarniakrakow.pl>",
     "Termination of retainer - Pierogi Bar Ordering",
     "Good morning,\n\nWe inform that we terminate the retainer agreement for Pierogi Bar Ordering (invoices OWD-2025-346 and OWD-2025-347, September and October paid together). "
     "Reason: we are joining a franchise which has its own ordering system.\n\nBest regards,\nMagdalena Nowak\nOffice manager",
     (2025, 9, 22, 9, 0), CEST)], [X("escalate")], clauses="section 8 retainer paid in advance",
     spec="October already paid, next billing 2025-11-01, request 2025-09-22 (well over 7 days' notice): the cancellation is escalated (section 8, O4).")

proj("Island Bakery Orders", "hello@sarkislandbakery.gg", "2025-05-01T10:00:00")
owpay("en_w17", "OWD-2025-348", "Island Bakery Orders", "third_party", "1800.00", "324.00", "2025-09-20T12:00:00")
case("w17-sark-domain", OWB, "decided", [M("Sark Island Bakery <hello@sarkislandbakery.gg>",
     "Domain renewal charge OWD-2025-348",
     "Hello,\n\nYou renewed the .gg domain for Island Bakery Orders (OWD-2025-348) but we had meant to let it lapse and just use our social media page. Could we have that refunded?\n\n"
     "Thanks ever so\nJudith Carré\nSark Island Bakery",
     (2025, 9, 23, 15, 0), BST)], [R("deny")], clauses="O6 third_party",
     spec="Domain renewal is a third-party cost: non-refundable (O6).")

proj("Harvest Festival Landing", "marketing@kharkivfest.ua", "2025-09-01T10:00:00")
owpay("en_w18", "OWD-2025-349", "Harvest Festival Landing", "rush", "7500.00", "1350.00", "2025-09-10T12:00:00")
case("w18-ua-rush-fee", OWB, "decided", [M("Iryna Savchenko <marketing@kharkivfest.ua>",
     "Rush fee refund request OWD-2025-349",
     "Dear team,\n\nFor Harvest Festival Landing we paid rush fee OWD-2025-349 because the festival was on 20 September. The festival was postponed because of air alerts, so the rush was not needed after all. "
     "Could you refund this rush fee?\n\nBest wishes,\nIryna Savchenko",
     (2025, 9, 24, 18, 0), EEST)], [R("deny")], clauses="O6 rush",
     spec="Rush fees are non-refundable (O6).")

proj("Poke Shack Menu Site", "ohana@kailuapokeshack.example", "2025-07-15T10:00:00")
owpay("en_w19", "OWD-2025-350", "Poke Shack Menu Site", "change_request", "6000.00", "1080.00", "2025-09-18T12:00:00")
case("w19-hi-change-request", OWB, "decided", [M("Kailua Poke Shack <ohana@kailuapokeshack.example>",
     "Refund the menu change OWD-2025-350",
     "Howzit,\n\nWe paid for that change request to redo the menu page (OWD-2025-350) on Poke Shack Menu Site but then decided we liked the old one better, "
     "so can we get that money back? Nobody's even looked at the new version.\n\nThanks brah,\nKekoa\nKailua Poke Shack",
     (2025, 9, 25, 12, 0), HST)], [R("deny")], clauses="O6 change_request",
     spec="Change-request fees are non-refundable (O6).")

proj("Dales Cheese Webshop", "info@thwaitebeckdairy.example", "2025-08-01T10:00:00")
owpay("en_w20", "OWD-2025-351", "Dales Cheese Webshop", "milestone", "30000.00", "5400.00", "2025-09-20T12:00:00", milestone_status="not_started")
case("w20-yks-personal-gmail-c2", OWB, "need_info", [M("Jack Metcalfe <jack.metcalfe.1962@gmail.com>",
     "Dales Cheese Webshop - refund OWD-2025-351",
     "Now then,\n\nWriting from me own email as the shop one is playing up. Contract's under info@thwaitebeckdairy.example. We've had to call a halt to the webshop, the dairy's lost its "
     "bulk milk contract. Please refund milestone OWD-2025-351 for Dales Cheese Webshop, you've not started that bit yet.\n\nJack",
     (2025, 9, 26, 20, 30), BST)], rules=["C2"], clauses="C2",
     spec="Written from a personal gmail, not the contract email: ask for the request from info@thwaitebeckdairy.example, disclose nothing (C2).")

proj("Quilt Shop Storefront", "orders@blueridgequilts.example", "2025-08-15T10:00:00")
owpay("en_w21", "OWD-2025-352", "Quilt Shop Storefront", "retainer", "7000.00", "1260.00", "2025-09-15T12:00:00",
      next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
case("w21-va-designer-forward-c2", OWB, "need_info", [M("Darlene Sizemore Designs <darlene@sizemoredesigns.example>",
     "Fw: stop the website retainer",
     "Hi Optima folks, my client asked me to pass this along since I deal with y'all. See below.\n\nDarlene\n\n"
     "----- Forwarded Message -----\nFrom: Loretta Puckett <orders@blueridgequilts.example>\nTo: Darlene Sizemore <darlene@sizemoredesigns.example>\n"
     "Sent: Thursday, September 25, 2025, 07:55:10 PM EDT\nSubject: stop the website retainer\n\n"
     "Darlene honey, please tell them to stop the monthly retainer on Quilt Shop Storefront, invoice OWD-2025-352. Business is too slow since the flood and I can't carry it.\n",
     (2025, 9, 26, 8, 30), EDT)], rules=["C2"], clauses="section 8 forwards, C2",
     spec="The forwarded cancellation is from the contract email orders@blueridgequilts.example; the sender is the designer: C2, ask for it from the contract address.")

proj("Candlepin Lanes League Site", "owner@candlepinlanes.example", "2025-04-01T10:00:00")
owpay("en_w22", "OWD-2025-353", "Candlepin Lanes League Site", "retainer", "6500.00", "1170.00", "2025-09-20T12:00:00",
      next_billing_at="2025-10-20", period_start="2025-09-20", period_end="2025-10-19")
case("w22-me-cancel-no-reason", OWB, "need_info", [M("Candlepin Lanes <owner@candlepinlanes.example>",
     "Cancel retainer OWD-2025-353",
     "Good afternoon,\n\nPlease cancel the monthly retainer on the Candlepin Lanes League Site, invoice OWD-2025-353, at the end of the current month.\n\nRegards,\nNorman Thibodeau",
     (2025, 9, 24, 14, 0), EDT)], missing=["reason"], clauses="section 8 what a reason is",
     spec="Project, invoice and contract email given, no reason: Optima requires one for cancellations too: ask for it (C3).")

proj("Puffin Tours Booking", "info@wittlesbaytours.ca", "2025-05-01T10:00:00")
owpay("en_w23", "OWD-2025-354", "Puffin Tours Booking", "milestone", "20000.00", "3600.00", "2025-09-10T12:00:00", milestone_status="not_started")
proj("Iceberg Cam Page", "info@wittlesbaytours.ca", "2025-06-01T10:00:00")
owpay("en_w24", "OWD-2025-355", "Iceberg Cam Page", "milestone", "12000.00", "2160.00", "2025-09-12T12:00:00", milestone_status="not_started")
case("w23-nl-two-projects-vague", OWB, "need_info", [M("Witless Bay Tours <info@wittlesbaytours.ca>",
     "refund",
     "Hi,\n\nThe whales are gone for the year and so are the tourists, we're not going ahead with the next bit of work ye were going to do. Refund whatever we paid ahead please.\n\nDerm",
     (2025, 9, 27, 13, 0), NDT)], missing=["project_name", "invoice_number"], clauses="C3",
     spec="The contract email holds two projects with a milestone each; neither project nor invoice is named: ask for both (C3).")

proj("Rubber Farm Export Site", "accounts@harbelrubberfarm.com.lr")
owpay("en_w25", "OWD-2025-356", "Rubber Farm Export Site", "deposit", "22000.00", "3960.00", "2025-09-28T12:00:00")
owpay("en_w26", "OWD-2025-357", "Rubber Farm Export Site", "third_party", "2500.00", "450.00", "2025-09-28T12:10:00")
case("w24-lr-thread-invoice-later", OWB, "decided", [
    M("Harbel Rubber Farm <accounts@harbelrubberfarm.com.lr>", "Refund - Rubber Farm Export Site",
      "Good morning,\n\nPlease we want to stop the Rubber Farm Export Site. Our buyer in Europe cancelled the contract so there is no need for export website now. "
      "Kindly refund the money we sent.\n\nThanks,\nJames Gbarpor\nAccounts",
      (2025, 9, 29, 6, 30), GMT),
    M("Harbel Rubber Farm <accounts@harbelrubberfarm.com.lr>", "Re: Refund - Rubber Farm Export Site",
      "Hello,\n\nSorry, it is the deposit, OWD-2025-356. The domain one we can leave.\n\nJames",
      (2025, 10, 1, 9, 0), GMT)], [R("approve", "22000.00")], extra_ok=True, clauses="C3 thread, O2 request time",
     spec="Two payments on the project; first mail 2025-09-29 12:00 IST (24 h after the deposit, no work) names no invoice; the answer names OWD-2025-356. "
          "Request time is the first mail: full deposit refund 22000.00 (O2).")

proj("Manx Crafts Marketplace", "director@tynwaldcrafts.im", "2025-06-01T10:00:00")
owpay("en_w27", "OWD-2025-358", "Manx Crafts Marketplace", "milestone", "28000.00", "5040.00", "2025-09-01T12:00:00", milestone_status="completed")
case("w25-iom-advocate", OWB, "decided", [M("Tynwald Crafts <director@tynwaldcrafts.im>",
     "Manx Crafts Marketplace - OWD-2025-358",
     "Dear Sirs,\n\nThe checkout on Manx Crafts Marketplace, signed off under OWD-2025-358, has failed on every third order since launch. I want that milestone refunded. "
     "If I have no satisfactory answer by Friday I shall pass the file to my advocate in Douglas.\n\nA. Kermode\nDirector",
     (2025, 9, 29, 11, 0), BST)], [R("escalate")], rules=["C4"], clauses="C4 (a Manx advocate is a lawyer)",
     spec="Threat to hand the matter to an advocate (a lawyer on the Isle of Man): escalate (C4), whatever O3 would say of the completed milestone.")

case("w26-et-out-of-office", OWB, "ignore", [M("Lalibela Heritage Guides <info@lalibelaguides.et>",
     "Out of Office: Re: Heritage Guides Portal - maintenance start date",
     "Thank you for your email. The office is closed for the Meskel holiday until 29 September. For urgent tour bookings please call.\n",
     (2025, 9, 26, 8, 0), EAT, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], rules=["C7"], clauses="C7",
     spec="Auto-Submitted: auto-replied: ignore (C7).")

case("w27-ir-invoice-copy", OWB, "other", [M("Mashhad Saffron Export <export@mashhadsaffron.ir>",
     "Invoice copy needed",
     "Dear Sir,\n\nOur customs agent needs an official copy of invoice OWD-2025-338 with your company stamp. We are not requesting refund or cancellation, only the document.\n\nWith thanks,\nMohammad Rezaei",
     (2025, 9, 30, 10, 0), IRST)], clauses="section 8 negation",
     spec="A document request that rules out refund and cancellation: other.")

case("w28-np-hypothetical", OWB, "other", [M("Sunita Gurung <sunita@pokharahomestays.example>",
     "Question about your refund policy before we sign",
     "Namaste,\n\nWe are a group of homestays in Pokhara and planning to take your website package with annual hosting. Before we sign: if the site is not ready before the tourist season, "
     "would we get the deposit back? And can we cancel the hosting later in the year?\n\nRegards,\nSunita Gurung",
     (2025, 9, 25, 16, 0), NPT)], clauses="section 8 hypotheticals",
     spec="Questions about refunds and cancellation before buying: other.")

proj("Highland Coffee Roastery Shop", "sales@jimmacoffee.et")
owpay("en_w29", "OWD-2025-359", "Highland Coffee Roastery Shop", "deposit", "16000.00", "2880.00", "2025-09-27T12:00:00", status="failed")
case("w29-et-failed-deposit", OWB, "decided", [M("Jimma Coffee <sales@jimmacoffee.et>",
     "Deposit refund OWD-2025-359",
     "Good afternoon,\n\nWe tried to pay the deposit for Highland Coffee Roastery Shop (OWD-2025-359) on Saturday. The bank says the money left our account, but your portal shows an error. "
     "Since the export licence is delayed we want to postpone the project; please refund the deposit.\n\nTigist Bekele",
     (2025, 9, 29, 14, 0), EAT)], [R("escalate")], extra_ok=True, clauses="section 8 payments not paid",
     spec="The ledger shows the deposit failed, not paid: a refund of it is escalated (section 8).")

proj("Bakehouse Catering Site", "orders@cromerbakehouse.co.uk", "2025-07-01T10:00:00")
owpay("en_w30", "OWD-2025-360", "Bakehouse Catering Site", "milestone", "18000.00", "3240.00", "2025-09-15T12:00:00", milestone_status="not_started")
case("w30-ea-cancel-project-no-refund", OWB, "decided", [M("Cromer Bakehouse <orders@cromerbakehouse.co.uk>",
     "Bakehouse Catering Site - stopping the project (OWD-2025-360)",
     "Hello,\n\nAfter a lot of thought we're going to stop the Bakehouse Catering Site project here: my husband's back means we're giving up the catering side altogether. "
     "Please don't go ahead with the next stage (OWD-2025-360). We're not asking for a refund of that stage, "
     "just don't start it.\n\nBest\nSally Bishop\nCromer Bakehouse",
     (2025, 9, 28, 17, 0), BST)], [X("cancel")], clauses="O8",
     spec="Cancellation of the project with reason, project and invoice; the refund is explicitly not asked for: cancel (O8).")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
