"""fresh29 English cases (qa29c): regenerate with `python3 make_cases.py`."""
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
            mid = f"<{lang}.{num}.{i}.fresh29@mail.example>"
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

BST, GH, UG, MY, HK, IST = 60, 0, 180, 480, 480, 330
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")
LDN_DISC = ("\n\n--\nRupert Ashworth-Hale | Group Financial Controller\nHalewood Capital Partners LLP\n25 Finsbury Circus, London EC2M 7EA\n"
            "T +44 20 7946 0831\n\nThis email is confidential and may be legally privileged. If you have received it in error, please notify "
            "the sender immediately and delete it. Halewood Capital Partners LLP is authorised and regulated by the Financial Conduct Authority. "
            "Nothing in this email constitutes an offer, a solicitation or a binding commitment.")

# ---------------- LeadsOptima ----------------
cust("dafydd.pritchard@btinternet.com", "Dafydd Pritchard", "annual", start="2025-09-25", end="2026-09-24")
lopay("e29_p01", "LO-INV-91001", "dafydd.pritchard@btinternet.com", "annual", *A, "2025-09-25T11:20:00", "2025-09-25", "2026-09-24")
lopay("e29_p02", "LO-INV-91002", "dafydd.pritchard@btinternet.com", "annual", *A, "2025-09-25T11:21:00", "2025-09-25", "2026-09-24")
case("l01-wales-double-annual", LOB, "decided", [M("Dafydd Pritchard <dafydd.pritchard@btinternet.com>",
     "Two lots of 11,988 gone out",
     "Bore da,\n\nHad a look at the statement this morning and there's two payments to LeadsOptima on Thursday for the annual, "
     "11,988 each, a minute apart. Only signed up the once mind. The second one is LO-INV-91002 on the receipt. Can you put that one back on the card please?\n\n"
     "Diolch,\nDafydd\nPritchard & Daughters Plumbing, Llandudno",
     (2025, 9, 29, 9, 5), BST)], [R("approve", "11988.00")],
     spec="L4: two paid annual charges 2025-09-25, same period; request 2025-09-29 IST (day 4): refund LO-INV-91002 11988.00 before tax.")

cust("kelvin.chan@netvigator.com", "Kelvin Chan", "monthly", start="2025-09-22", end="2025-10-21")
lopay("e29_p03", "LO-INV-91011", "kelvin.chan@netvigator.com", "monthly", *Mo, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")
lopay("e29_p04", "LO-INV-91012", "kelvin.chan@netvigator.com", "monthly", *Mo, "2025-09-22T09:02:00", "2025-09-22", "2025-10-21")
case("l02-hk-day7-after-midnight-local", LOB, "decided", [M("Kelvin Chan <kelvin.chan@netvigator.com>",
     "RE: Payment Receipt - LO-INV-91012",
     "Hi Support,\n\nPls note u have debit my credit card 2 times on 22/9 for monthly plan, HKD... sorry INR 1,499 x2. "
     "Invoice no. LO-INV-91011 and LO-INV-91012. Pls refund the 2nd one asap.\n\nThx & rgds\nKelvin Chan\nKwun Tong, HK\n\n"
     "> From: LeadsOptima <noreply@leadsoptima.com>\n> Thank you for your payment of INR 1,499.00.",
     (2025, 9, 30, 0, 50), HK)], [R("approve", "1499.00")],
     spec="Sent 2025-09-30 00:50 +08:00 = 2025-09-29 22:20 IST: day 7 after the 2025-09-22 charges (inside, L3); refund LO-INV-91012 1499.00 (L4).")

cust("okello.brian@gmail.com", "Brian Okello", "monthly", start="2025-09-22", end="2025-10-21")
lopay("e29_p05", "LO-INV-91021", "okello.brian@gmail.com", "monthly", *Mo, "2025-09-22T14:00:00", "2025-09-22", "2025-10-21")
lopay("e29_p06", "LO-INV-91022", "okello.brian@gmail.com", "monthly", *Mo, "2025-09-22T14:01:00", "2025-09-22", "2025-10-21")
case("l03-uganda-day8-by-ist", LOB, "decided", [M("Brian Okello <okello.brian@gmail.com>",
     "Double deduction",
     "Greetings from Kampala.\n\nI wish to bring to your attention that my card was deducted twice on 22nd September for the monthly package, "
     "LO-INV-91021 and LO-INV-91022. Kindly assist me to get back the second deduction.\n\nYours faithfully,\nOkello Brian",
     (2025, 9, 29, 22, 40), UG)], [R("deny")],
     spec="Sent 2025-09-29 22:40 +03:00 = 2025-09-30 01:10 IST: day 8 after the 2025-09-22 charges, outside the 7-day window (L3): deny.")

cust("ap@halewoodcapital.co.uk", "Halewood Capital Partners", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("e29_p07", "LO-INV-91031", "ap@halewoodcapital.co.uk", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
lopay("e29_p08", "LO-INV-91032", "ap@halewoodcapital.co.uk", "quarterly", *Q, "2025-09-22T10:00:00", "2025-09-20", "2025-12-19")
lopay("e29_p09", "LO-INV-91033", "ap@halewoodcapital.co.uk", "quarterly", *Q, "2025-09-27T10:00:00", "2025-09-20", "2025-12-19")
case("l04-london-ap-three-charges", LOB, "decided", [M("Accounts Payable <ap@halewoodcapital.co.uk>",
     "Supplier reconciliation - LeadsOptima - duplicate debits",
     "Dear LeadsOptima team,\n\nDuring our month-end reconciliation we identified three debits against the same quarterly subscription period "
     "(20 Sep - 19 Dec): LO-INV-91031 (20/09), LO-INV-91032 (22/09) and LO-INV-91033 (27/09), each INR 3,999.00 net. "
     "Only the first is a valid charge. Please credit the duplicates to the original card and confirm by return so we can clear the reconciling items.\n\n"
     "Kind regards,\nAccounts Payable" + LDN_DISC,
     (2025, 9, 28, 16, 30), BST)], [R("approve", "7998.00")],
     spec="Three identical paid charges, same period: 09-22 (day 6) and 09-27 (day 1) are duplicates inside L3; refund 3999.00 x 2 = 7998.00 (section 8).")

cust("siti.hajar@streamyx.com.my", "Siti Hajar", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("e29_p10", "LO-INV-91041", "siti.hajar@streamyx.com.my", "quarterly", *Q, "2025-09-24T12:00:00", "2025-09-24", "2025-12-23")
case("l05-my-wrong-plan-manglish", LOB, "decided", [M("Siti Hajar <siti.hajar@streamyx.com.my>",
     "charge wrong plan leh",
     "Hi,\n\nI choose monthly one wor but system charge me quarterly 3,999 on 24/9 (LO-INV-91041). Wrong plan already. "
     "Can refund the quarterly and charge the monthly instead? Tq.\n\nSiti\nJohor Bahru",
     (2025, 9, 26, 14, 0), MY)], [R("escalate")],
     spec="Billing error (charged for the wrong plan) inside 7 days of 2025-09-24: escalate with the charge found (L5).")

cust("abena.asante@yahoo.com", "Abena Asante", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e29_p11", "LO-INV-91051", "abena.asante@yahoo.com", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l06-ghana-cannot-login", LOB, "decided", [M("Abena Asante <abena.asante@yahoo.com>",
     "Please help - no access",
     "Good afternoon Sir/Madam,\n\nSince I made payment on Thursday I have not been able to log in at all. It keeps telling me 'account not activated'. "
     "I have tried my laptop and phone, same thing. If it cannot be fixed then kindly refund me my 1,499 cedis... rupees sorry.\n\n"
     "Thank you and God bless.\nAbena\nKumasi",
     (2025, 9, 27, 15, 0), GH)], [R("escalate")],
     spec="Access failure 2 days after the single charge LO-INV-91051 (invoice filled from the ledger): escalate (L6).")

cust("craig.hepworth@sky.com", "Craig Hepworth", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("e29_p12", "LO-INV-91061", "craig.hepworth@sky.com", "quarterly", *Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
case("l07-leeds-not-loading-late", LOB, "decided", [M("Craig Hepworth <craig.hepworth@sky.com>",
     "dashboard still not loading",
     "Now then,\n\nYour dashboard's been stuck on the loading wheel since last week, tried everything. Paid the quarter on the 15th, LO-INV-61061 - "
     "sorry, LO-INV-91061. I want my brass back, it's not working.\n\nCraig\nHepworth Motors, Halifax",
     (2025, 9, 26, 8, 15), BST)], [R("deny")],
     spec="Access failure but the charge was 2025-09-15 and the request 2025-09-26 IST (day 11): outside 7 days, deny (L3). The corrected invoice is the one in the ledger.")

cust("joanne.whitaker@hotmail.co.uk", "Joanne Whitaker", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e29_p13", "LO-INV-91071", "joanne.whitaker@hotmail.co.uk", "monthly", *Mo, "2025-09-27T19:00:00", "2025-09-27", "2025-10-26")
case("l08-yorkshire-changed-mind", LOB, "decided", [M("Joanne Whitaker <joanne.whitaker@hotmail.co.uk>",
     "refund please love",
     "Hiya,\n\nSigned up on Saturday after the webinar but I've had a think and it's not for me, bit too techy for a one-woman shop to be honest. "
     "Can I have the 1499 back? Invoice LO-INV-91071.\n\nTa very much\nJo\nJo's Dog Grooming, Barnsley",
     (2025, 9, 29, 11, 0), BST)], [R("deny")],
     spec="Changed her mind: not an L2 exception; refund denied (L1) and cancellation offered.")

cust("treasury@moorgatefs.co.uk", "Moorgate Financial Services", "annual", start="2025-04-01", end="2026-03-31")
lopay("e29_p14", "LO-INV-91081", "treasury@moorgatefs.co.uk", "annual", *A, "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
case("l09-london-prorata-and-cancel", LOB, "decided", [M("Treasury Operations <treasury@moorgatefs.co.uk>",
     "Termination of LeadsOptima licence - pro-rata credit",
     "Good afternoon,\n\nFollowing the strategic review, the Board has approved consolidation of our CRM tooling onto Salesforce. "
     "We therefore give notice to terminate the LeadsOptima annual subscription (invoice LO-INV-91081). "
     "Please also confirm a pro-rata credit for the unexpired months (October to March), which we estimate at c. INR 5,994.\n\n"
     "Regards,\nPriyanka Sethi-Lowe\nTreasury Operations, Moorgate Financial Services plc",
     (2025, 9, 24, 14, 20), BST)], [R("deny"), X("cancel", "2026-03-31")],
     spec="Pro-rata credit for unused months is not an exception (L1, clause 2 no partial refunds): deny; cancel, active until 2026-03-31 (L8).")

cust("kofi.boateng@gmail.com", "Kofi Boateng", "monthly", status="trial", trial_ends="2025-10-06")
case("l10-ghana-trial-refund", LOB, "decided", [M("Kofi Boateng <kofi.boateng@gmail.com>",
     "Refund my money",
     "Hello please I am on the free trial and I want my money refunded, I have not seen any result from the leads.\n\nKofi\nTakoradi",
     (2025, 9, 28, 10, 0), GH)], [R("deny")],
     spec="A trial account has no charges: nothing to refund (L7).")

cust("info@kampalaagro.co.ug", "Kampala Agro Supplies", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("e29_p15", "LO-INV-91091", "info@kampalaagro.co.ug", "quarterly", *Q, "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
case("l11-uganda-formal-cancel", LOB, "decided", [M("Kampala Agro Supplies <info@kampalaagro.co.ug>",
     "DISCONTINUATION OF SERVICE",
     "Dear Sir/Madam,\n\nRE: DISCONTINUATION OF LEADSOPTIMA SUBSCRIPTION\n\nThe above subject matter refers.\n\nWe write to notify you that the Board "
     "resolved to discontinue the quarterly subscription owing to budget cuts in the new financial year. Kindly effect the same.\n\n"
     "Yours faithfully,\nNamubiru Grace\nAdministrator",
     (2025, 9, 25, 9, 0), UG)], [X("cancel", "2025-11-09")],
     spec="Cancellation: active until current_period_end 2025-11-09 (L8).")

cust("gwen.lloyd@outlook.com", "Gwen Lloyd", "annual")
lopay("e29_p16", "LO-INV-91101", "gwen.lloyd@outlook.com", "annual", *A, "2024-11-05T12:00:00")
case("l12-wales-cancel-fallback-date", LOB, "decided", [M("Gwen Lloyd <gwen.lloyd@outlook.com>",
     "Cancel annual subscription",
     "Hello,\n\nPlease could you cancel my annual plan so it doesn't renew in November. I'm retiring from the B&B at the end of the season.\n\nGwen Lloyd\nTy Gwyn Guest House, Aberystwyth",
     (2025, 9, 23, 17, 0), BST)], [X("cancel", "2025-11-04")],
     spec="No current_period_end: last charge 2024-11-05 + 12 months - 1 day = 2025-11-04 (L8).")

cust("gazza.robson@live.co.uk", "Gary Robson", "monthly", start="2025-09-14", end="2025-10-13")
lopay("e29_p17", "LO-INV-91111", "gazza.robson@live.co.uk", "monthly", *Mo, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("l13-geordie-cancel-one-liner", LOB, "decided", [M("Gary Robson <gazza.robson@live.co.uk>",
     "cancel",
     "cancel us off the monthly pet ta\n\nSent from my iPhone",
     (2025, 9, 28, 20, 45), BST)], [X("cancel", "2025-10-13")],
     spec="Cancellation without a reason is not held up at LeadsOptima: cancel until 2025-10-13 (L8).")

cust("finance@penangprints.com.my", "Penang Prints", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("e29_p18", "LO-INV-91121", "finance@penangprints.com.my", "quarterly", *Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
lopay("e29_p19", "LO-INV-91122", "finance@penangprints.com.my", "quarterly", *Q, "2025-09-23T10:03:00", "2025-09-23", "2025-12-22")
case("l14-my-c2-personal-gmail", LOB, "need_info", [M("Tan Wei Ming <tanweiming88@gmail.com>",
     "Duplicate charge - Penang Prints",
     "Hi,\n\nOur company account (registered under finance@penangprints.com.my) was charged twice for quarterly on 23 Sept. Invoice LO-INV-91122 is the duplicate. "
     "I'm writing from my personal mail as I'm outstation. Please refund.\n\nWM Tan\nDirector",
     (2025, 9, 25, 21, 0), MY)], rules=["C2"],
     spec="The sender is not the registered email he names: ask for the request from finance@penangprints.com.my, disclose nothing (C2).")

cust("cfo.office@sterlingbridge.co.uk", "Sterlingbridge Advisory", "annual", start="2025-09-24", end="2026-09-23")
lopay("e29_p20", "LO-INV-91131", "cfo.office@sterlingbridge.co.uk", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
lopay("e29_p21", "LO-INV-91132", "cfo.office@sterlingbridge.co.uk", "annual", *A, "2025-09-24T10:00:45", "2025-09-24", "2026-09-23")
case("l15-london-outlook-fw-from-ea", LOB, "need_info", [M("Harriet Banerjee <harriet.banerjee@sterlingbridge.co.uk>",
     "FW: LeadsOptima - duplicate annual charge",
     "Hello,\n\nPlease see below from our CFO and action accordingly.\n\nMany thanks,\nHarriet\nExecutive Assistant to the CFO\n\n"
     "From: Office of the CFO <cfo.office@sterlingbridge.co.uk>\nSent: 26 September 2025 08:14\nTo: Harriet Banerjee <harriet.banerjee@sterlingbridge.co.uk>\n"
     "Subject: LeadsOptima - duplicate annual charge\n\nHarriet - LeadsOptima took the annual fee twice on 24/09 (LO-INV-91131 and LO-INV-91132). "
     "Could you get the second one reversed? Thanks, M.",
     (2025, 9, 26, 9, 30), BST)], rules=["C2"],
     spec="Outlook forward from the assistant; the forwarded request comes from the registered address cfo.office@...: ask for it from that address (section 8 Forwards, C2).")

cust("sam.thornton@btinternet.com", "Sam Thornton", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e29_p22", "LO-INV-91141", "sam.thornton@btinternet.com", "monthly", *Mo, "2025-09-26T08:00:00", "2025-09-26", "2025-10-25")
lopay("e29_p23", "LO-INV-91142", "sam.thornton@btinternet.com", "monthly", *Mo, "2025-09-26T08:00:30", "2025-09-26", "2025-10-25")
case("l16-lancs-applemail-fwd-bookkeeper", LOB, "decided", [M("Sam Thornton <sam.thornton@btinternet.com>",
     "Fwd: card statement query",
     "See below from my bookkeeper, looks like you've billed us twice. Sort the second one out please.\n\nSam\n\n"
     "Begin forwarded message:\n\nFrom: Lorraine Duckworth <lorraine@duckworthbookkeeping.co.uk>\nSubject: card statement query\n"
     "Date: 29 September 2025 at 10:02:11 BST\nTo: Sam Thornton <sam.thornton@btinternet.com>\n\n"
     "Sam, two LeadsOptima payments on 26/09 of 1,499.00, LO-INV-91141 and LO-INV-91142, same monthly period. One's a duplicate I reckon.\nLorraine",
     (2025, 9, 29, 12, 0), BST)], [R("approve", "1499.00")],
     spec="Forward by the registered customer himself; duplicate inside L3 (day 3): refund LO-INV-91142 1499.00 (L4).")

cust("pmo@fairfaxholdings.co.uk", "Fairfax Holdings", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e29_p24", "LO-INV-91151", "pmo@fairfaxholdings.co.uk", "monthly", *Mo, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case("l17-london-disclaimer-no-reason", LOB, "need_info", [M("Fairfax PMO <pmo@fairfaxholdings.co.uk>",
     "Refund request - LO-INV-91151",
     "Dear Sir or Madam,\n\nPlease arrange a refund of invoice LO-INV-91151 to the original payment method at your earliest convenience.\n\n"
     "With thanks,\nPMO Team\n\n-----\nFairfax Holdings Ltd is registered in England and Wales (No. 08812345). This message and any attachment are "
     "confidential and intended solely for the addressee. If you are not the addressee, any disclosure, copying or distribution is prohibited. "
     "Fairfax Holdings does not accept liability for viruses.",
     (2025, 9, 25, 10, 0), BST)], missing=["reason"],
     spec="The request, a sign-off and a legal disclaimer carry no reason (section 8 What a reason is): ask for the reason (C3).")

cust("dr.lim.kh@gmail.com", "Lim Kah Hoe", "annual", start="2025-09-26", end="2026-09-25")
lopay("e29_p25", "LO-INV-91161", "dr.lim.kh@gmail.com", "annual", *A, "2025-09-26T09:00:00", "2025-09-26", "2026-09-25")
lopay("e29_p26", "LO-INV-91162", "dr.lim.kh@gmail.com", "annual", *A, "2025-09-26T09:00:20", "2025-09-26", "2026-09-25")
case("l18-my-thread-reason-answer", LOB, "decided", [
    M("Dr Lim Kah Hoe <dr.lim.kh@gmail.com>", "Refund LO-INV-91162",
      "Dear team, pls refund LO-INV-91162. Thanks.\n\nDr Lim\nKlinik Lim, Ipoh", (2025, 9, 27, 9, 0), MY),
    M("Dr Lim Kah Hoe <dr.lim.kh@gmail.com>", "Re: Refund LO-INV-91162 [LO-2901]",
      "Sorry for being brief. Reason: my card was charged 2 times on 26 Sept for the same annual plan, 91161 and 91162. The second is duplicate.\n\n"
      "Dr Lim\n\nOn Sat, 27 Sep 2025, LeadsOptima Support wrote:\n> Could you tell us the reason for your request?",
      (2025, 10, 1, 8, 0), MY)], [R("approve", "11988.00")],
     spec="Thread: the reason comes in the answer; the window counts from the first email (2025-09-27 IST, day 1): refund LO-INV-91162 11988.00 (C3, L4).")

cust("nana.yeboah@gmail.com", "Nana Yeboah", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e29_p27", "LO-INV-91171", "nana.yeboah@gmail.com", "monthly", *Mo, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("e29_p28", "LO-INV-91172", "nana.yeboah@gmail.com", "monthly", "1799.00", "323.82", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l19-ghana-wrong-amount-no-invoice", LOB, "need_info", [M("Nana Yeboah <nana.yeboah@gmail.com>",
     "Wrong amount charged on my card",
     "Hello LeadsOptima,\n\nPlease the amount you charged me is not the correct one. My plan is the monthly one and the price was different. "
     "Check and refund the excess please.\n\nNana",
     (2025, 9, 26, 13, 0), GH)], missing=["invoice_number"],
     spec="Billing error claimed by a verified sender with two charges and no invoice named: ask for the invoice number (C3).")

case("l20-ghana-thread-invoice-answer", LOB, "decided", [
    M("Nana Yeboah <nana.yeboah@gmail.com>", "Charged wrong amount",
      "Hello, you people charged me the wrong amount on my monthly plan. Please refund the difference.\n\nNana",
      (2025, 9, 27, 8, 0), GH),
    M("Nana Yeboah <nana.yeboah@gmail.com>", "Re: Charged wrong amount [LO-2902]",
      "The invoice is lo inv 91172. It is 1,799 instead of 1,499.\n\nSent from my Samsung Galaxy smartphone.",
      (2025, 9, 29, 9, 0), GH)], [R("escalate")],
     spec="Thread: the invoice typed 'lo inv 91172' matches LO-INV-91172 (section 8); billing error inside 7 days (09-24 -> 09-27 first email): escalate (L5).")

cust("liam.brennan@virginmedia.com", "Liam Brennan", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("e29_p29", "LO-INV-91181", "liam.brennan@virginmedia.com", "quarterly", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
lopay("e29_p30", "LO-INV-91182", "liam.brennan@virginmedia.com", "quarterly", *Q, "2025-09-25T10:01:00", "2025-09-25", "2025-12-24")
case("l21-manc-chargeback-threat", LOB, "decided", [M("Liam Brennan <liam.brennan@virginmedia.com>",
     "DOUBLE CHARGED - sort it",
     "Right, you've took 3,999 twice off me on the 25th for the quarterly (LO-INV-91181 and LO-INV-91182). "
     "If that second one's not back by Friday I'm ringing Barclaycard and doing a chargeback, simple as.\n\nLiam, Salford",
     (2025, 9, 27, 18, 0), BST)], [R("escalate")], rules=["C4"],
     spec="A chargeback threat escalates the case even though the duplicate would qualify (C4).")

cust("bethan.morgan@icloud.com", "Bethan Morgan", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e29_p31", "LO-INV-91191", "bethan.morgan@icloud.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l22-wales-small-claims-cancel", LOB, "decided", [M("Bethan Morgan <bethan.morgan@icloud.com>",
     "Cancel and refund",
     "Hello,\n\nI want the monthly plan cancelled today and the September payment refunded, your lead import has been useless. "
     "If I don't hear back I will be taking this to the small claims court, I know my consumer rights.\n\nBethan Morgan\nCardiff",
     (2025, 9, 24, 12, 0), BST)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Small claims court and consumer rights: C4 escalates every intent, the cancellation included (section 8).")

cust("fiifi.quaye@gmail.com", "Fiifi Quaye", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e29_p32", "LO-INV-91201", "fiifi.quaye@gmail.com", "monthly", *Mo, "2025-09-25T18:00:00", "2025-09-25", "2025-10-24")
lopay("e29_p33", "LO-INV-91202", "fiifi.quaye@gmail.com", "monthly", *Mo, "2025-09-25T18:02:00", "2025-09-25", "2025-10-24")
case("l23-ghana-chargeback-ruled-out", LOB, "decided", [M("Fiifi Quaye <fiifi.quaye@gmail.com>",
     "Double payment 25/09",
     "Good evening,\n\nMy bank officer advised me to do a chargeback but I told her no, I prefer to settle it with you directly. "
     "I was debited twice on 25/09 for the monthly, LO-INV-91201 and LO-INV-91202. Please refund the second.\n\nFiifi\nTema Community 9",
     (2025, 9, 28, 19, 0), GH)], [R("approve", "1499.00")],
     spec="The chargeback is only the bank's suggestion and ruled out (section 8): no C4. Duplicate, day 4 (09-25 -> 09-29 00:30 IST): refund LO-INV-91202 1499.00 (L4).")

case("l24-hk-out-of-office", LOB, "ignore", [M("Kelvin Chan <kelvin.chan@netvigator.com>",
     "Automatic reply: Your LeadsOptima weekly report",
     "I am on leave from 29 Sep to 3 Oct (Golden Week). For urgent matters please contact my colleague Ms Wong. "
     "本人於9月29日至10月3日休假。",
     (2025, 9, 29, 9, 0), HK, hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7).")

case("l25-bounce-dsn", LOB, "ignore", [M("Mail Delivery Subsystem <MAILER-DAEMON@mx.halewoodcapital.co.uk>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx.halewoodcapital.co.uk.\n\nI'm sorry to have to inform you that your message could not be delivered "
     "to one or more recipients.\n\n<r.ashworth-hale@halewoodcapital.co.uk>: host said: 550 5.1.1 User unknown\n",
     (2025, 9, 28, 17, 0), BST, hdr={"Auto-Submitted": "auto-generated"})], rules=["C7"],
     spec="A MAILER-DAEMON bounce: ignore (C7).")

case("l26-list-newsletter", LOB, "ignore", [M("Malaysia Digital Marketers <newsletter@mdm-community.my>",
     "[MDM] Weekly digest: refund policies of SaaS tools compared",
     "This week: which CRMs give refunds, cancellation horror stories, and our meet-up in Bangsar.\n\nUnsubscribe: https://mdm-community.my/u",
     (2025, 9, 27, 7, 0), MY, hdr={"List-Id": "MDM community <digest.mdm-community.my>", "Precedence": "list"})], rules=["C7"],
     spec="Mailing-list digest (List-Id, Precedence: list) that talks about refunds: ignore (C7).")

case("l27-hk-how-to-add-user", LOB, "other", [M("Kelvin Chan <kelvin.chan@netvigator.com>",
     "How to add sub-user",
     "Hi, how can I add my colleague as sub-user under my monthly plan? Is extra charge? Pls advise. Thx\nKelvin",
     (2025, 9, 26, 11, 0), HK)],
     spec="A how-to question: neither refund nor cancellation: other.")

case("l28-uganda-thanks", LOB, "other", [M("Kampala Agro Supplies <info@kampalaagro.co.ug>",
     "Appreciation",
     "Dear Team,\n\nWe acknowledge receipt of your email and appreciate the prompt response on our earlier query regarding invoices. "
     "Be blessed.\n\nNamubiru Grace",
     (2025, 9, 26, 9, 0), UG)],
     spec="A thank-you: other.")

case("l29-wales-not-asking-refund", LOB, "other", [M("Gwen Lloyd <gwen.lloyd@outlook.com>",
     "VAT on invoice",
     "Hello again,\n\nI'm not asking for a refund or anything, just wondering why my invoice shows tax when I'm below the VAT threshold here? "
     "For the accountant.\n\nGwen",
     (2025, 9, 25, 10, 0), BST)],
     spec="'Not asking for a refund' adds no intent (section 8); a tax question: other.")

case("l30-london-hypothetical-before-buying", LOB, "other", [M("Oliver Pennington <oliver.pennington@kestrelcorpfin.com>",
     "Annual plan - refund terms before we commit",
     "Hi,\n\nWe are evaluating LeadsOptima for our deal-origination team (c. 12 seats). Before procurement signs off: if we took the annual plan and "
     "it didn't integrate with our DealCloud instance, would we be entitled to a refund? And is there a trial?\n\nBest,\nOliver Pennington\n"
     "Associate Director, Kestrel Corporate Finance",
     (2025, 9, 24, 15, 0), BST)],
     spec="'Would we get a refund' before buying is a policy question (section 8): other.")

case("l31-ghana-past-refund-question", LOB, "other", [M("Abena Asante <abena.asante@yahoo.com>",
     "Thank you + export question",
     "Hello, thank you, my login is working now. Last year you people refunded my double payment quickly so I trust you. "
     "Please how do I export my leads to Excel?\n\nAbena",
     (2025, 9, 29, 10, 0), GH)],
     spec="A past refund and a how-to question: other.")

cust("ssenyonga.ivan@gmail.com", "Ivan Ssenyonga", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("e29_p34", "LO-INV-91211", "ssenyonga.ivan@gmail.com", "quarterly", *Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
case("l32-uganda-double-but-one-charge", LOB, "decided", [M("Ivan Ssenyonga <ssenyonga.ivan@gmail.com>",
     "Charged twice",
     "Hello,\n\nI have received two SMS from my bank for your quarterly payment, 3,999 each, on 26th. Invoice LO-INV-91211. Kindly refund one.\n\nIvan\nEntebbe",
     (2025, 9, 28, 11, 0), UG)], [R("escalate")],
     spec="Duplicate claimed inside the window, but the ledger holds one charge only: no pair, escalate (L4).")

cust("mei.yee@hkbn.net", "Wong Mei Yee", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e29_p35", "LO-INV-91221", "mei.yee@hkbn.net", "monthly", *Mo, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("e29_p36", "LO-INV-91222", "mei.yee@hkbn.net", "monthly", *Mo, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", status="failed")
case("l33-hk-second-failed", LOB, "decided", [M("Wong Mei Yee <mei.yee@hkbn.net>",
     "Duplicated payment LO-INV-91222",
     "Dear Sir/Madam,\n\nI notice two charges for monthly plan on 25 Sep, the second one is LO-INV-91222. Please refund it to my Visa.\n\nBest regards,\nMei Yee",
     (2025, 9, 27, 10, 0), HK)], [R("escalate")],
     spec="The second charge is not paid (failed): no paid pair, and a refund of a non-paid payment is escalated (section 8).")

cust("stuart.ogden@gmail.com", "Stuart Ogden", "monthly", status="cancelled", start="2025-08-15", end="2025-09-14")
lopay("e29_p37", "LO-INV-91231", "stuart.ogden@gmail.com", "monthly", *Mo, "2025-09-15T06:00:00", "2025-09-15", "2025-10-14")
case("l34-sheffield-charged-after-cancel-late", LOB, "decided", [M("Stuart Ogden <stuart.ogden@gmail.com>",
     "Charged after cancelling!!",
     "I cancelled in August and you've still charged me on the 15th, LO-INV-91231. Only just spotted it on the statement. Want it refunding.\n\nStuart, Sheffield",
     (2025, 9, 27, 9, 0), BST)], [R("deny")],
     spec="Billing error (charged after cancelling) but the charge was 2025-09-15 and the request 2025-09-27 (day 12): deny (L3).")

cust("azlan.hamid@gmail.com", "Azlan Hamid", "monthly", start="2025-09-17", end="2025-10-16")
lopay("e29_p38", "LO-INV-91241", "azlan.hamid@gmail.com", "monthly", *Mo, "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
case("l35-my-html-only-cancel", LOB, "decided", [M("Azlan Hamid <azlan.hamid@gmail.com>",
     "Berhenti langganan / stop subscription",
     "", (2025, 9, 28, 23, 10), MY,
     html="<div dir=\"ltr\">Salam team,<br><br>Tolong cancel my monthly subscription. Business slow lately, cannot afford.<br>"
          "<b>Tak perlu refund</b> - no need refund, just stop the next charge.<br><br>Terima kasih,<br>Azlan<br>"
          "<span style=\"color:#777\">Kedai Runcit Azlan, Kota Bharu</span></div>")],
     [X("cancel", "2025-10-16")],
     spec="HTML-only Malay/English mix; cancellation with 'tak perlu refund / no need refund': cancel until 2025-10-16 (L8), no refund intent.")

cust("yaw.darko@outlook.com", "Yaw Darko", "annual", start="2025-09-27", end="2026-09-26")
lopay("e29_p39", "LO-INV-91251", "yaw.darko@outlook.com", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
lopay("e29_p40", "LO-INV-91252", "yaw.darko@outlook.com", "annual", *A, "2025-09-27T10:00:10", "2025-09-27", "2026-09-26")
case("l36-ghana-amount-in-words", LOB, "decided", [M("Yaw Darko <yaw.darko@outlook.com>",
     "Payment deducted twice - annual",
     "Dear Sir,\n\nI humbly write to inform you that the sum of Rupees Eleven Thousand, Nine Hundred and Eighty-Eight was deducted twice from my card "
     "on Saturday 27th September for the annual plan. Receipts: LO-INV-91251, LO-INV-91252. I will be grateful if the extra deduction is reversed.\n\n"
     "Yours faithfully,\nYaw Darko (Mr)\nDarko Ventures, Cape Coast",
     (2025, 9, 30, 8, 0), GH)], [R("approve", "11988.00")],
     spec="Two paid annual charges 2025-09-27; request day 3: refund LO-INV-91252 11988.00 (L4); the amount in words is not trusted over the ledger.")

proj("Harrogate Tea Rooms", "bookings@harrogatetearooms.co.uk", None)
case("l37-owd-client-writes-lo", LOB, "need_info", [M("Harrogate Tea Rooms <bookings@harrogatetearooms.co.uk>",
     "Refund of deposit",
     "Hello, we'd like our website deposit back please, we've decided to stay with Wix. Thanks, Margaret",
     (2025, 9, 26, 10, 0), BST)], rules=["C2"],
     spec="A web-design client writing to LeadsOptima: unknown in the LeadsOptima ledger, any unknown sender (C2, section 8 other brand's customer).")

cust("chris.lau@hkstar.com", "Chris Lau", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e29_p41", "LO-INV-91261", "chris.lau@hkstar.com", "monthly", *Mo, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l38-hk-plus-tag", LOB, "need_info", [M("Chris Lau <chris.lau+leads@hkstar.com>",
     "Cancel monthly",
     "Pls cancel my monthly plan, moving to HubSpot. Registered email is my normal one. Thx.",
     (2025, 9, 27, 10, 0), HK)], rules=["C2"],
     spec="chris.lau+leads@ is another address than chris.lau@ (section 8 Addresses): ask him to write from the registered email (C2).")

cust("mwesigwa.peter@yahoo.com", "Peter Mwesigwa", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e29_p42", "LO-INV-91271", "mwesigwa.peter@yahoo.com", "monthly", *Mo, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l39-uganda-reply-to-registered", LOB, "need_info", [M("P. Mwesigwa <peter@mwesigwahardware.co.ug>",
     "Cancellation request",
     "Dear LeadsOptima,\n\nKindly cancel my monthly plan, the shop is relocating to Mbarara and we are pausing marketing. Reply to my Yahoo address.\n\nPeter",
     (2025, 9, 26, 10, 0), UG, hdr={"Reply-To": "mwesigwa.peter@yahoo.com"})], rules=["C2"],
     spec="Reply-To never verifies anyone; the From address is not the registered one: C2.")

cust("n.ashworth@leedsbeckett.example.ac.uk", "Nigel Ashworth", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("e29_p43", "LO-INV-91281", "n.ashworth@leedsbeckett.example.ac.uk", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
case("l40-leeds-uppercase-address-cancel", LOB, "decided", [M("Nigel Ashworth <N.Ashworth@LeedsBeckett.example.ac.uk>",
     "Please cancel - quarterly",
     "Hello,\n\nThe research project this was for has ended, so please cancel the quarterly subscription at the end of the current quarter.\n\nRegards,\nDr N. Ashworth",
     (2025, 9, 25, 14, 0), BST)], [X("cancel", "2025-10-31")],
     spec="Addresses compare case-insensitively: verified; cancel until 2025-10-31 (L8).")

cust("amirah.yusof@gmail.com", "Amirah Yusof", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("e29_p44", "LO-INV-91291", "amirah.yusof@gmail.com", "quarterly", *Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
case("l41-my-rambling-cancel-plus-questions", LOB, "decided", [M("Amirah Yusof <amirah.yusof@gmail.com>",
     "few things",
     "Hi there,\n\nHope you're well. So a few things - first, the WhatsApp integration has been really good, my cousin also wants to try, "
     "do you have referral discount? Second, our bakery is merging with my sister's business and she already pays for another system, so please "
     "cancel my quarterly plan when this quarter ends. Not asking for refund ok, we used it. Third, can I download all my contacts before the account closes?\n\n"
     "Thanks so much!\nAmirah\nAmirah's Kek Lapis, Kuching",
     (2025, 9, 27, 16, 0), MY)], [X("cancel", "2025-12-04")],
     spec="Cancellation in the middle of a rambling mail, refund ruled out: cancel until 2025-12-04 (L8); no refund decision.")

cust("tom.heywood@zen.co.uk", "Tom Heywood", "monthly", start="2025-09-21", end="2025-10-20")
lopay("e29_p45", "LO-INV-91301", "tom.heywood@zen.co.uk", "monthly", *Mo, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("e29_p46", "LO-INV-91302", "tom.heywood@zen.co.uk", "monthly", *Mo, "2025-09-21T10:05:00", "2025-09-21", "2025-10-20")
case("l42-london-day7-evening", LOB, "decided", [M("Tom Heywood <tom.heywood@zen.co.uk>",
     "Duplicate charge 21/09 LO-INV-91302",
     "Hi,\n\nQuick one - two monthly charges on 21/09 five minutes apart (LO-INV-91301, LO-INV-91302). Please refund the duplicate.\n\nCheers,\nTom\nHeywood & Co, Shoreditch",
     (2025, 9, 28, 18, 50), BST)], [R("approve", "1499.00")],
     spec="Sent 2025-09-28 18:50 +01:00 = 23:20 IST the same date: day 7 after 2025-09-21, inside (L3): refund LO-INV-91302 1499.00.")

cust("nurul.izzah@yahoo.com.my", "Nurul Izzah", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e29_p47", "LO-INV-91311", "nurul.izzah@yahoo.com.my", "monthly", *Mo, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l43-my-malay-mix-access", LOB, "decided", [M("Nurul Izzah <nurul.izzah@yahoo.com.my>",
     "Cannot login lah",
     "Assalamualaikum,\n\nI already paid the monthly plan on Friday (hari Jumaat) but until now still cannot login, keep showing error 500. Already try reset password also cannot. "
     "If cannot fix, I want refund please.\n\nTerima kasih\nNurul",
     (2025, 9, 28, 11, 0), MY)], [R("escalate")],
     spec="Access failure (cannot log in, error 500) 2 days after the single charge LO-INV-91311: escalate (L6).")

case("l44-ghana-not-for-refund-outage", LOB, "other", [M("Fiifi Quaye <fiifi.quaye@gmail.com>",
     "Platform was down yesterday",
     "Hello, just to let you know your platform was down for about 2 hours yesterday afternoon. I don't want a refund or anything, "
     "just check your servers. It's fine now.\n\nFiifi",
     (2025, 9, 30, 9, 0), GH)],
     spec="'I don't want a refund', a past outage report: no request (section 8): other.")

# ---------------- Optima WebDesign ----------------
proj("Conwy Kayak Hire", "hello@conwykayak.co.uk", None)
owpay("e29_w01", "OWD-2025-901", "Conwy Kayak Hire", "deposit", "20000.00", "3600.00", "2025-09-26T15:00:00")
case("w01-wales-deposit-48h", OWB, "decided", [M("Conwy Kayak Hire <hello@conwykayak.co.uk>",
     "Refund Request — Conwy Kayak Hire / OWD-2025-901",
     "Hi both,\n\nAfraid we've had to pull the plug on the new site - the council hasn't renewed our launch licence on the river so there's no season next year. "
     "We paid the deposit on Friday, OWD-2025-901. Nothing's been started I think? Could we have it back please.\n\nDiolch yn fawr,\nRhys",
     (2025, 9, 28, 10, 0), BST)], [R("approve", "20000.00")], extra_ok=True,
     spec="Deposit paid 2025-09-26 15:00 IST, request 2025-09-28 14:30 IST (47.5 h), no work started: full refund 20000.00 before tax (O2).")

proj("Tyneside Barbers", "book@tynesidebarbers.co.uk", None)
owpay("e29_w02", "OWD-2025-902", "Tyneside Barbers", "deposit", "15000.00", "2700.00", "2025-09-24T10:00:00")
case("w02-newcastle-deposit-exactly-72h", OWB, "decided", [M("Tyneside Barbers <book@tynesidebarbers.co.uk>",
     "Deposit back",
     "Alreet,\n\nWe've changed wor minds about the website, gannin with a mate's lad instead. Can we have the deposit back, OWD-2025-902, project Tyneside Barbers.\n\nDave",
     (2025, 9, 27, 5, 30), BST)], [R("deny")], extra_ok=True,
     spec="Sent 2025-09-27 05:30 +01:00 = 10:00 IST: exactly 72 h after payment, not 'before 72 hours': deny (O2, section 8).")

proj("Kowloon Dim Sum House", "mgr@kowloondimsum.hk", None)
owpay("e29_w03", "OWD-2025-903", "Kowloon Dim Sum House", "deposit", "30000.00", "5400.00", "2025-09-25T12:00:00")
case("w03-hk-deposit-71h", OWB, "decided", [M("Kowloon Dim Sum House <mgr@kowloondimsum.hk>",
     "Refund Request - OWD-2025-903",
     "Dear Optima,\n\nOur landlord not renew the lease so restaurant will close end of year. Pls cancel the website project Kowloon Dim Sum House and refund deposit OWD-2025-903.\n\n"
     "Best Regards,\nAnnie Ho\nManager",
     (2025, 9, 28, 13, 30), HK)], [R("approve", "30000.00")], extra_ok=True,
     spec="Sent 2025-09-28 13:30 +08:00 = 11:00 IST: 71 h after 2025-09-25 12:00 IST, no work: full refund 30000.00 (O2). The cancellation of the project may be decided too (extra_ok).")

proj("Salford Screen Print", "orders@salfordscreenprint.co.uk", "2025-09-26T09:00:00")
owpay("e29_w04", "OWD-2025-904", "Salford Screen Print", "deposit", "18000.00", "3240.00", "2025-09-25T10:00:00")
case("w04-manc-deposit-work-started", OWB, "decided", [M("Salford Screen Print <orders@salfordscreenprint.co.uk>",
     "Refund deposit OWD-2025-904",
     "Hi,\n\nWe need to knock the website on the head for now, cashflow's tight after losing a big contract. Please refund the deposit for Salford Screen Print, OWD-2025-904.\n\nMick",
     (2025, 9, 27, 9, 0), BST)], [R("deny")],
     spec="Work started 2025-09-26 09:00 IST, before the request (2025-09-27 13:30 IST, 51.5 h): whichever first, deny (O2).")

proj("Volta Lake Lodge", "reservations@voltalakelodge.com.gh", None)
owpay("e29_w05", "OWD-2025-905", "Volta Lake Lodge", "discovery", "12000.00", "2160.00", "2025-09-22T10:00:00")
case("w05-ghana-discovery-not-started", OWB, "decided", [M("Volta Lake Lodge <reservations@voltalakelodge.com.gh>",
     "Refund of discovery fee - Volta Lake Lodge",
     "Dear Sir/Madam,\n\nWe paid the strategy/discovery fee (OWD-2025-905) for Volta Lake Lodge on Monday, but the owners have decided to sell the lodge. "
     "As no session has been held yet, we kindly request a full refund.\n\nYours faithfully,\nEfua Mensah\nFront Office Manager",
     (2025, 9, 25, 10, 0), GH)], [R("approve", "12000.00")],
     spec="Discovery fee, no session or deliverable started: full refund 12000.00 before tax (O1).")

proj("Mid-Levels Physio", "admin@midlevelsphysio.hk", "2025-09-18T15:00:00")
owpay("e29_w06", "OWD-2025-906", "Mid-Levels Physio", "discovery", "9000.00", "1620.00", "2025-09-15T10:00:00")
case("w06-hk-discovery-started", OWB, "decided", [M("Mid-Levels Physio <admin@midlevelsphysio.hk>",
     "Discovery fee refund",
     "Hi,\n\nWe had one workshop with your team on 18 Sept but honestly found it not useful. Please refund the discovery fee OWD-2025-906, project Mid-Levels Physio.\n\nRegards,\nDr. Cheung",
     (2025, 9, 24, 10, 0), HK)], [R("deny")],
     spec="A discovery session took place 2025-09-18: non-refundable once sessions commenced (O1).")

proj("Gulu Shea Collective", "info@gulushea.co.ug", "2025-08-01T10:00:00")
owpay("e29_w07", "OWD-2025-907", "Gulu Shea Collective", "milestone", "22500.00", "4050.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("w07-uganda-milestone-not-started", OWB, "decided", [M("Gulu Shea Collective <info@gulushea.co.ug>",
     "Refund Request — Gulu Shea Collective / OWD-2025-907",
     "Dear Optima team,\n\nThe donor funding for the online shop phase was withdrawn, so we shall not proceed with milestone 3 (e-commerce) which you had not yet started. "
     "Kindly refund the milestone payment OWD-2025-907.\n\nFor God and my Country,\nAkello Sarah\nCoordinator",
     (2025, 9, 26, 10, 0), UG)], [R("approve", "22500.00")],
     spec="Milestone not_started: refund its amount 22500.00 before tax (O3).")

proj("Hebden Bridge Bookshop", "shop@hebdenbooks.co.uk", "2025-08-15T10:00:00")
owpay("e29_w08", "OWD-2025-908", "Hebden Bridge Bookshop", "milestone", "16000.00", "2880.00", "2025-09-10T10:00:00", milestone_status="in_progress")
case("w08-yorks-milestone-in-progress", OWB, "decided", [M("Hebden Bridge Bookshop <shop@hebdenbooks.co.uk>",
     "Refund - milestone 2",
     "Hello,\n\nWe'd like to stop at the design stage. Milestone 2 (the catalogue build, OWD-2025-908) was only just begun I gather - can we have back whatever hasn't been done? "
     "Our takings are down since the floods.\n\nBest,\nRuth\nHebden Bridge Bookshop",
     (2025, 9, 25, 12, 0), BST)], [R("escalate")],
     spec="Milestone in_progress: the value of work not started needs a person (O3): escalate.")

proj("Penang Heritage Homestay", "stay@penangheritage.my", "2025-07-01T10:00:00")
owpay("e29_w09", "OWD-2025-909", "Penang Heritage Homestay", "milestone", "14000.00", "2520.00", "2025-08-20T10:00:00", milestone_status="approved")
case("w09-my-milestone-approved", OWB, "decided", [M("Penang Heritage Homestay <stay@penangheritage.my>",
     "Refund for design milestone",
     "Hi Optima,\n\nWe approved the homepage design last month but after seeing it live my partner doesn't like it. Can refund the design milestone OWD-2025-909? "
     "Penang Heritage Homestay project.\n\nThanks,\nKhoo",
     (2025, 9, 26, 10, 0), MY)], [R("deny")],
     spec="Approved milestone: non-refundable (O3, O6).")

proj("Llanberis Climbing Wall", "desk@llanberisclimbing.co.uk", "2025-06-01T10:00:00")
owpay("e29_w10", "OWD-2025-910", "Llanberis Climbing Wall", "retainer", "8000.00", "1440.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
case("w10-wales-retainer-notice-ok", OWB, "decided", [M("Llanberis Climbing Wall <desk@llanberisclimbing.co.uk>",
     "Cancel monthly retainer - Llanberis Climbing Wall",
     "Hi,\n\nPlease cancel our monthly care retainer (last invoice OWD-2025-910) for the Llanberis Climbing Wall site. We've taken on a part-time marketing person "
     "who'll look after the site in-house.\n\nCheers,\nEmyr",
     (2025, 9, 26, 10, 0), BST)], [X("cancel", "2025-10-09")],
     spec="Notice 2025-09-26 <= 2025-10-10 - 7 = 2025-10-03: next charge avoided, effective the day before next_billing_at: 2025-10-09 (O4).")

proj("Accra Auto Spares", "sales@accraautospares.com.gh", "2025-05-01T10:00:00")
owpay("e29_w11", "OWD-2025-911", "Accra Auto Spares", "retainer", "10000.00", "1800.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
case("w11-ghana-retainer-short-notice", OWB, "decided", [M("Accra Auto Spares <sales@accraautospares.com.gh>",
     "Stop retainer",
     "Good morning,\n\nManagement has directed that we stop the monthly SEO retainer for Accra Auto Spares (invoice OWD-2025-911) due to cost-cutting. Please stop it.\n\n"
     "Regards,\nKwesi Appiah\nSales Manager",
     (2025, 9, 27, 9, 0), GH)], [X("cancel", "2025-10-31")],
     spec="Request 2025-09-27 is after 2025-10-01 - 7 = 09-24: the next cycle (2025-10-01..10-31) is billed; effective 2025-10-31 (O4).")

proj("Causeway Bay Yoga", "namaste@cwbyoga.hk", "2025-04-01T10:00:00")
owpay("e29_w12", "OWD-2025-912", "Causeway Bay Yoga", "retainer", "6000.00", "1080.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
case("w12-hk-retainer-exactly-7-days-by-ist", OWB, "decided", [M("Causeway Bay Yoga <namaste@cwbyoga.hk>",
     "Cancel retainer — Causeway Bay Yoga",
     "Hi team,\n\nWe're moving the studio to Instagram-only bookings, so please cancel the monthly maintenance retainer for Causeway Bay Yoga, invoice OWD-2025-912.\n\nNamaste,\nJoyce",
     (2025, 9, 29, 0, 40), HK)], [X("cancel", "2025-10-04")],
     spec="Sent 2025-09-29 00:40 +08:00 = 2025-09-28 22:10 IST = next_billing_at 2025-10-05 minus 7 days: on time; effective 2025-10-04 (O4).")

proj("Bolton Wanderers Supporters Trust", "secretary@bwst.org.uk", "2025-03-01T10:00:00")
owpay("e29_w13", "OWD-2025-913", "Bolton Wanderers Supporters Trust", "retainer", "7500.00", "1350.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
owpay("e29_w14", "OWD-2025-914", "Bolton Wanderers Supporters Trust", "retainer", "7500.00", "1350.00", "2025-09-15T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
case("w13-bolton-retainer-prepaid", OWB, "decided", [M("BWST Secretary <secretary@bwst.org.uk>",
     "Ending the website retainer",
     "Hello,\n\nThe committee voted last night to bring the website in-house with volunteers, so we'd like to end the retainer for the Bolton Wanderers Supporters Trust site. "
     "We paid October in advance (OWD-2025-914).\n\nKind regards,\nAlan Tyldesley\nHon. Secretary",
     (2025, 9, 20, 10, 0), BST)], [X("escalate")],
     spec="The next cycle (October) is already paid and notice is >= 7 days before 2025-11-01: escalate (section 8 Retainer paid in advance).")

proj("Jinja Rafting Co", "bookings@jinjarafting.co.ug", None)
owpay("e29_w15", "OWD-2025-915", "Jinja Rafting Co", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
      setup_fee="2400.00", service_start="2025-09-20")
case("w15-uganda-hosting-within-14", OWB, "decided", [M("Jinja Rafting Co <bookings@jinjarafting.co.ug>",
     "Refund of annual hosting",
     "Dear Optima,\n\nWe have been offered free hosting by our tourism board partner, therefore we request to cancel the annual hosting plan for Jinja Rafting Co "
     "(OWD-2025-915) and get the prorated refund.\n\nThank you,\nMukasa Ronald",
     (2025, 9, 29, 10, 0), UG)], [R("approve", "14300.00")], extra_ok=True,
     spec="Day 9 of hosting since 2025-09-20: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00 (O5); the refund ends the plan.")

proj("Keswick Outdoor Gear", "web@keswickoutdoor.co.uk", None)
owpay("e29_w16", "OWD-2025-916", "Keswick Outdoor Gear", "maintenance_annual", "24000.00", "4320.00", "2025-09-10T10:00:00",
      setup_fee="3000.00", service_start="2025-09-10")
case("w16-cumbria-maintenance-day16", OWB, "decided", [M("Keswick Outdoor Gear <web@keswickoutdoor.co.uk>",
     "Maintenance plan refund",
     "Hi,\n\nWe've had a rethink and don't need the annual maintenance plan (OWD-2025-916) for Keswick Outdoor Gear - our nephew does WordPress. Can we get a refund?\n\nSue",
     (2025, 9, 26, 10, 0), BST)], [R("deny")], extra_ok=True,
     spec="Service started 2025-09-10, request 2025-09-26 (day 16): more than 14 days, deny (O5).")

proj("Kuala Selangor Fireflies Tours", "admin@ksfireflies.my", None)
owpay("e29_w17", "OWD-2025-917", "Kuala Selangor Fireflies Tours", "maintenance_annual", "10000.00", "1800.00", "2025-09-22T10:00:00",
      setup_fee="1500.00", service_start="2025-09-22")
case("w17-my-maintenance-rounding", OWB, "decided", [M("Kuala Selangor Fireflies Tours <admin@ksfireflies.my>",
     "Refund Request — Kuala Selangor Fireflies Tours / OWD-2025-917",
     "Hello,\n\nOur tour permit was suspended by the state so we must close the online booking. Please cancel the annual maintenance plan and refund the balance.\n\nRegards,\nRaj Kumar",
     (2025, 9, 30, 10, 0), MY)], [R("approve", "7791.67")], extra_ok=True,
     spec="Day 8 since 2025-09-22: 10000 - 1500 - 8500/12 (708.3333) x 1 = 7791.6667 -> 7791.67 rounded once at the end (O5, C6).")

proj("Sai Kung Seafood", "info@saikungseafood.hk", None)
owpay("e29_w18", "OWD-2025-918", "Sai Kung Seafood", "hosting_annual", "9600.00", "1728.00", "2025-09-27T10:00:00",
      setup_fee=None, service_start="2025-10-15")
case("w18-hk-hosting-before-start", OWB, "decided", [M("Sai Kung Seafood <info@saikungseafood.hk>",
     "Hosting refund pls",
     "Hi, we paid hosting for the new site (OWD-2025-918, Sai Kung Seafood) but now decide to stay with our old provider since they give discount. "
     "Service not even start yet. Pls refund. Thx\nAlex",
     (2025, 9, 29, 10, 0), HK)], [R("approve", "8800.00")], extra_ok=True,
     spec="Before the service start consumed_months is 1 (section 8): 9600 - 0 - 800 x 1 = 8800.00 (O5).")

proj("Wrexham Print Co", "studio@wrexhamprint.co.uk", "2025-07-01T10:00:00")
owpay("e29_w19", "OWD-2025-919", "Wrexham Print Co", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00")
case("w19-wales-ssl-licence", OWB, "decided", [M("Wrexham Print Co <studio@wrexhamprint.co.uk>",
     "SSL refund",
     "Hiya, you charged us 4,500 for an SSL cert (OWD-2025-919, Wrexham Print Co) but our host gives Let's Encrypt for free. Refund please as we didn't need it.\n\nGareth",
     (2025, 9, 23, 10, 0), BST)], [R("deny")],
     spec="SSL certificate: third-party item, non-refundable (O6).")

proj("Kejetia Fashion Hub", "hello@kejetiafashion.com.gh", "2025-08-01T10:00:00")
owpay("e29_w20", "OWD-2025-920", "Kejetia Fashion Hub", "rush", "6000.00", "1080.00", "2025-09-15T10:00:00")
case("w20-ghana-rush-fee", OWB, "decided", [M("Kejetia Fashion Hub <hello@kejetiafashion.com.gh>",
     "Refund of express fee",
     "Hello Optima,\n\nWe paid express fee 6,000 (OWD-2025-920) for Kejetia Fashion Hub to launch before the fashion week, but the launch was still 2 days late. "
     "We want the express fee refunded.\n\nAdwoa",
     (2025, 9, 24, 10, 0), GH)], [R("deny")],
     spec="Rush/expedite fee: non-refundable (O6).")

proj("Ripon Racecourse Hospitality", "events@riponhospitality.co.uk", "2025-06-01T10:00:00")
owpay("e29_w21", "OWD-2025-921", "Ripon Racecourse Hospitality", "change_request", "7200.00", "1296.00", "2025-09-18T10:00:00")
case("w21-yorks-change-request", OWB, "decided", [M("Ripon Racecourse Hospitality <events@riponhospitality.co.uk>",
     "Change request CR-3 refund",
     "Good morning,\n\nWe'd like a refund of the change request invoice OWD-2025-921 (the extra hospitality packages page) for Ripon Racecourse Hospitality - "
     "on reflection we shouldn't have needed to pay extra for it.\n\nKind regards,\nFiona Metcalfe",
     (2025, 9, 24, 10, 0), BST)], [R("deny")],
     spec="Change request outside the original scope: non-refundable (O6).")

proj("Sunway Tuition Centre", "admin@sunwaytuition.my", None)
owpay("e29_w22", "OWD-2025-922", "Sunway Tuition Centre", "deposit", "15000.00", "2700.00", "2025-09-27T10:00:00")
case("w22-my-c2-personal-gmail", OWB, "need_info", [M("Mrs Goh <gohsl1975@gmail.com>",
     "Refund deposit Sunway Tuition Centre",
     "Hi, I am owner of Sunway Tuition Centre. Contract email is admin@sunwaytuition.my but our admin staff resigned and I cannot access. "
     "Please refund deposit OWD-2025-922, we decide not to do website this year.\n\nMrs Goh",
     (2025, 9, 28, 10, 0), MY)], rules=["C2"],
     spec="Not sent from the contract email: ask for the request from admin@sunwaytuition.my (C2).")

proj("Whitby Fish & Chips", "orders@whitbyfishandchips.co.uk", None)
owpay("e29_w23", "OWD-2025-923", "Whitby Fish & Chips", "deposit", "12000.00", "2160.00", "2025-09-26T10:00:00")
case("w23-whitby-outlook-fw-accountant", OWB, "need_info", [M("Pam Hodgson ACCA <pam@hodgsonaccounts.co.uk>",
     "FW: website deposit",
     "Dear Optima,\n\nI act for the business below. Please see my client's instruction and process accordingly.\n\nPam Hodgson ACCA\n\n"
     "From: Whitby Fish & Chips <orders@whitbyfishandchips.co.uk>\nSent: Saturday, September 27, 2025 6:40 PM\nTo: Pam Hodgson <pam@hodgsonaccounts.co.uk>\n"
     "Subject: website deposit\n\nPam, we've decided not to go ahead with the website, too much on with the second shop opening. Can you ask Optima for the deposit back, OWD-2025-923.\nKen",
     (2025, 9, 28, 9, 0), BST)], rules=["C2"],
     spec="Forward by the accountant; the forwarded request is from the contract email: ask for it from that address (section 8 Forwards, C2).")

proj("Tai Po Dental", "reception@taipodental.hk", "2025-08-01T10:00:00")
owpay("e29_w24", "OWD-2025-924", "Tai Po Dental", "retainer", "5000.00", "900.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
case("w24-hk-cancel-no-reason", OWB, "need_info", [M("Tai Po Dental <reception@taipodental.hk>",
     "Cancel — Tai Po Dental / OWD-2025-924",
     "Dear Sir/Madam,\n\nPlease cancel the retainer for Tai Po Dental, invoice OWD-2025-924.\n\nBest regards,\nReception, Tai Po Dental",
     (2025, 9, 25, 10, 0), HK)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); project and invoice given: ask for the reason (C3).")

proj("Ilkley Interiors", "studio@ilkleyinteriors.co.uk", None)
proj("Ilkley Interiors Trade", "studio@ilkleyinteriors.co.uk", None)
owpay("e29_w25", "OWD-2025-925", "Ilkley Interiors", "deposit", "10000.00", "1800.00", "2025-09-26T10:00:00")
owpay("e29_w26", "OWD-2025-926", "Ilkley Interiors Trade", "deposit", "8000.00", "1440.00", "2025-09-26T11:00:00")
case("w25-yorks-two-projects-vague", OWB, "need_info", [M("Ilkley Interiors <studio@ilkleyinteriors.co.uk>",
     "Deposit refund",
     "Hello,\n\nWe'd like to get our deposit back please - my business partner is leaving and we're winding down. Apologies for the hassle.\n\nHelen",
     (2025, 9, 27, 10, 0), BST)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects and neither project nor invoice is named: ask for both (C3).")

proj("Kotoka Travel Desk", "ops@kotokatravel.com.gh", None)
owpay("e29_w27", "OWD-2025-927", "Kotoka Travel Desk", "deposit", "25000.00", "4500.00", "2025-09-27T09:00:00")
case("w26-ghana-thread-reason", OWB, "decided", [
    M("Kotoka Travel Desk <ops@kotokatravel.com.gh>", "Refund Request — Kotoka Travel Desk / OWD-2025-927",
      "Dear Optima,\n\nKindly refund our deposit OWD-2025-927 for project Kotoka Travel Desk.\n\nRegards,\nSelorm", (2025, 9, 28, 8, 0), GH),
    M("Kotoka Travel Desk <ops@kotokatravel.com.gh>", "Re: Refund Request — Kotoka Travel Desk / OWD-2025-927 [OWD-2901]",
      "Dear Optima,\n\nThe reason: our licence from the civil aviation authority was not renewed so we cannot operate the travel desk.\n\nSelorm\n\n"
      "> Please tell us the reason for the request.",
      (2025, 9, 30, 12, 0), GH)], [R("approve", "25000.00")],
     spec="Thread: the first email (2025-09-28 13:30 IST) is 28.5 h after payment; no work: full refund 25000.00 (O2), reason merged from the answer (C3).")

proj("Canary Wharf Wellness", "procurement@cwwellness.co.uk", None)
owpay("e29_w28", "OWD-2025-928", "Canary Wharf Wellness", "milestone", "40000.00", "7200.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("w27-london-solicitor-letter", OWB, "decided", [M("Canary Wharf Wellness Procurement <procurement@cwwellness.co.uk>",
     "Without prejudice - OWD-2025-928",
     "Dear Sirs,\n\nWithout prejudice.\n\nFurther to our call, we require the return of milestone payment OWD-2025-928 (Canary Wharf Wellness) as the board has withdrawn the "
     "digital budget. Should this not be resolved within 14 days the matter will be passed to our solicitors.\n\nYours faithfully,\nProcurement",
     (2025, 9, 25, 10, 0), BST)], [R("escalate")], rules=["C4"],
     spec="A threat to involve solicitors: escalate (C4), though the milestone is not started.")

proj("Shatin Cake Studio", "orders@shatincake.hk", None)
owpay("e29_w29", "OWD-2025-929", "Shatin Cake Studio", "deposit", "9000.00", "1620.00", "2025-09-27T10:00:00")
case("w28-hk-credit-card-dispute", OWB, "decided", [M("Shatin Cake Studio <orders@shatincake.hk>",
     "Cancel project + refund",
     "Hi, pls cancel project Shatin Cake Studio, we close shop end of Oct. Refund deposit OWD-2025-929. If no reply in 3 days I will dispute the charge with my credit card company.\n\nMandy",
     (2025, 9, 28, 10, 0), HK)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="A payment-dispute threat escalates every intent (C4, section 8).")

case("w29-wales-question-extra-page", OWB, "other", [M("Conwy Kayak Hire <hello@conwykayak.co.uk>",
     "Extra page?",
     "Hi, separate thing - if we ever restart, how much would a Welsh-language version of the booking page cost?\n\nRhys",
     (2025, 9, 29, 10, 0), BST)],
     spec="A quote question: other.")

case("w30-ghana-auto-reply", OWB, "ignore", [M("Accra Auto Spares <sales@accraautospares.com.gh>",
     "Auto: Out of Office",
     "Thank you for your mail. I am out of office attending the Ghana Auto Expo and will respond on my return.",
     (2025, 9, 29, 8, 0), GH, hdr={"Auto-Submitted": "auto-replied"})], rules=["C7"],
     spec="Auto-reply: ignore (C7).")

proj("Fort Portal Coffee", "beans@fortportalcoffee.co.ug", None)
owpay("e29_w30", "OWD-2025-930", "Fort Portal Coffee", "deposit", "14000.00", "2520.00", "2025-09-27T10:00:00", status="failed")
case("w31-uganda-deposit-failed", OWB, "decided", [M("Fort Portal Coffee <beans@fortportalcoffee.co.ug>",
     "Refund deposit OWD-2025-930",
     "Dear Sir,\n\nWe paid the deposit on 27th for Fort Portal Coffee (OWD-2025-930) but the cooperative has not approved the budget. Please refund.\n\nKato",
     (2025, 9, 28, 10, 0), UG)], [R("escalate")],
     spec="The payment is not paid (failed): a refund of it is escalated (section 8).")

case("w32-london-hypothetical", OWB, "other", [M("James Whitcombe <j.whitcombe@whitcombefamilyoffice.co.uk>",
     "Refund terms - prospective engagement",
     "Hello,\n\nWe're considering Optima for a brochure site. Before we sign: if we paid the deposit and changed our minds a week later, "
     "would any of it come back? And what about hosting?\n\nRegards,\nJames Whitcombe",
     (2025, 9, 26, 10, 0), BST)],
     spec="A hypothetical before buying (section 8): other.")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
