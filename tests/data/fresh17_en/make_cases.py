"""fresh17_en: hard English held-out cases (qa17c). stdlib only; run: python3 make_cases.py"""
LANG = "en"
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
FILES = {}


def when(s, off):
    h = int(off)
    m = int(round((off - h) * 60))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=h, minutes=m)))


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, status="paid"):
    tax = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}.get(amount, "0.00")
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
           "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
           "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
           "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


def mail(fname, frm, to, subject, body, date, html=None, headers=None, reply=None, cc=None, mid=None):
    """Build one email; returns its Message-ID.  reply = list of earlier Message-IDs (thread)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">").strip()
    mid = mid or "<%s.%s@%s>" % (fname.replace(".eml", ""), LANG, dom)
    msg["Message-ID"] = mid
    if reply:
        msg["In-Reply-To"] = reply[-1]
        msg["References"] = " ".join(reply)
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    FILES["emails/" + fname] = msg.as_bytes(policy=policy.SMTP)
    return mid


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def CX(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def case(n, short, files, brand, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None):
    c = {"id": "%s-l%02d-%s" % (LANG, n, short), "lang": LANG, "files": ["emails/" + f for f in files],
         "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = list(decisions)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def write():
    out = os.path.join(HERE, "emails")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for name, data in sorted(FILES.items()):
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for c in CASES:
        for f in c["files"]:
            assert f in FILES, f
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    print("%d cases, %d emails" % (len(CASES), len(FILES)))


# ---------------------------------------------------------------- LeadsOptima
UK, IE, IN, BD, LK, MY, GH, UG, JM = 1, 1, 5.5, 6, 5.5, 8, 0, 3, -5
NYC, CHI, TX = -4, -5, -5

cust("hemi.walker@xtra.co.nz", "Hemi Walker", "annual", start="2025-09-22", end="2026-09-21")
lopay("en_p011", "LO-INV-72001", "hemi.walker@xtra.co.nz", "annual", "11988.00", "2025-09-22T09:00:00", "2025-09-22", "2026-09-21")
lopay("en_p012", "LO-INV-72002", "hemi.walker@xtra.co.nz", "annual", "11988.00", "2025-09-22T09:01:00", "2025-09-22", "2026-09-21")
mail("l01-dup-nz-dst.eml", "Hemi Walker <hemi.walker@xtra.co.nz>", LO_TO, "Double up on the annual sub",
     "Kia ora team,\n\nJust noticed my card got hit twice for the annual plan on the 22nd - two lots of "
     "$11,988 (rupees I think?). Second one is LO-INV-72002. Can you pop that back on my card?\n\n"
     "Cheers,\nHemi\nWhanganui", when("2025-09-30 06:00", 13))
case(1, "dup-nz-dst", ["l01-dup-nz-dst.eml"], LOB, "decided", [R("approve", "11988.00")],
     spec="NZ daylight time began 09-28 (+13:00): 06:00 on 09-30 is 2025-09-29 22:30 IST = day 7 after 09-22 -> inside L3; L4 -> 11988.00.")

cust("bobbyjo.harlan@bellsouth.net", "Bobby Jo Harlan", "monthly", start="2025-09-12", end="2025-10-11")
lopay("en_p021", "LO-INV-72011", "bobbyjo.harlan@bellsouth.net", "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lopay("en_p022", "LO-INV-72012", "bobbyjo.harlan@bellsouth.net", "monthly", "1499.00", "2025-09-12T10:02:00", "2025-09-12", "2025-10-11")
mail("l02-dup-texas-day8.eml", "Bobby Jo Harlan <bobbyjo.harlan@bellsouth.net>", LO_TO, "yall charged me twice",
     "Hey there,\n\nY'all ran my card two times on the 12th for the same month. Invoice on the second one "
     "says LO-INV-72012. I'd appreciate it if y'all would send that one back.\n\nThanks kindly,\nBobby Jo\n"
     "Lubbock, TX", when("2025-09-19 20:00", TX))
case(2, "dup-texas-day8", ["l02-dup-texas-day8.eml"], LOB, "decided", [R("deny")],
     spec="Section 1: 20:00 -05:00 on 09-19 = 2025-09-20 06:30 IST = day 8 after 09-12 -> L3 deny (sender's own date is day 7).")

cust("fiona.mcleod@btinternet.com", "Fiona McLeod", "monthly", start="2025-09-19", end="2025-10-18")
lopay("en_p031", "LO-INV-72021", "fiona.mcleod@btinternet.com", "monthly", "1499.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
lopay("en_p032", "LO-INV-72022", "fiona.mcleod@btinternet.com", "monthly", "1499.00", "2025-09-19T10:00:40", "2025-09-19", "2025-10-18")
lopay("en_p033", "LO-INV-72023", "fiona.mcleod@btinternet.com", "monthly", "1499.00", "2025-09-24T03:00:00", "2025-09-19", "2025-10-18")
mail("l03-three-one-late.eml", "Fiona McLeod <fiona.mcleod@btinternet.com>", LO_TO, "Charged three times for September",
     "Hiya,\n\nI'm no' best pleased. Ye took the September fee off me twice on the 19th and then AGAIN on "
     "the 24th (LO-INV-72022 and LO-INV-72023), same month every time. Refund the extra ones please.\n\n"
     "Fiona\nPaisley", when("2025-09-27 09:00", UK))
case(3, "three-one-late", ["l03-three-one-late.eml"], LOB, "decided", [R("approve", "1499.00")],
     spec="§8 three identical charges: 72022 (09-19) and 72023 (09-24) are duplicates, but only 72023 is inside L3 on 09-27 (day 3; 72022 is day 8) -> 1499.00.")

cust("gareth.pritchard@tiscali.co.uk", "Gareth Pritchard", "quarterly", start="2025-09-25", end="2025-12-24")
for i in (1, 2, 3):
    lopay("en_p04%d" % i, "LO-INV-7203%d" % i, "gareth.pritchard@tiscali.co.uk", "quarterly", "3999.00",
          "2025-09-25T11:0%d:00" % i, "2025-09-25", "2025-12-24")
g04 = mail("l04-three-all-in.eml", "Gareth Pritchard <gareth.pritchard@tiscali.co.uk>", LO_TO, "payment failed?? now paid 3x",
     "Hello,\n\nYour site told me the payment failed so I tried again, and again. Turns out all three went "
     "through: 3 x Rs 3,999 on the 25th for the same quarter (LO-INV-72032 and LO-INV-72033 are the spare "
     "ones). Please refund the two extra payments.\n\nDiolch,\nGareth\nCaerphilly", when("2025-09-26 08:15", UK))
case(4, "three-all-in", ["l04-three-all-in.eml"], LOB, "decided", [R("approve", "7998.00")],
     spec="§8 three identical charges, all inside L3 -> 2 x 3999.00 = 7998.00.")

cust("rhian.evans@sky.com", "Rhian Evans", "monthly", start="2025-09-23", end="2025-10-22")
lopay("en_p051", "LO-INV-72041", "rhian.evans@sky.com", "annual", "11988.00", "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
mail("l05-wrong-plan.eml", "Rhian Evans <rhian.evans@sky.com>", LO_TO, "Invoice LO-INV-72041 ??",
     "Hi,\n\nI'm on the monthly plan and have been for a year, but on the 23rd you took Rs. 11,988 - the "
     "annual price - instead of the usual 1,499. I never upgraded. Please sort it and refund me.\n\nRhian",
     when("2025-09-24 12:00", UK))
case(5, "wrong-plan", ["l05-wrong-plan.eml"], LOB, "decided", [R("escalate")],
     spec="L2 billing_error (charged the annual price on a monthly plan), day 1 -> L5 escalate.")

cust("dwayne.kowalski@comcast.net", "Dwayne Kowalski", "quarterly", start="2025-09-21", end="2025-12-20")
lopay("en_p061", "LO-INV-72051", "dwayne.kowalski@comcast.net", "quarterly", "3999.00", "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
mail("l06-access-midwest.eml", "Dwayne Kowalski <dwayne.kowalski@comcast.net>", LO_TO, "Dashboard just spins",
     "Been trying since Monday. Log in page takes my password then the dashboard just spins forever, "
     "tried 3 browsers + incognito + my kid's laptop. Paid for the quarter on the 21st (LO-INV-72051) and "
     "have gotten zero use out of it. I want that money back.\n\n-Dwayne\nSent from my iPhone",
     when("2025-09-24 07:40", CHI))
case(6, "access-midwest", ["l06-access-midwest.eml"], LOB, "decided", [R("escalate")],
     spec="L2 access_failure (dashboard never loads after login), day 3 -> L6 escalate.")

cust("arjun.nair@gmail.com", "Arjun Nair", "monthly", start="2025-09-01", end="2025-09-30")
lopay("en_p071", "LO-INV-72061", "arjun.nair@gmail.com", "monthly", "1499.00", "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
mail("l07-access-late-kerala.eml", "Arjun Nair <arjun.nair@gmail.com>", LO_TO, "Not able to login - refund",
     "Dear Sir/Madam,\n\nFrom 2nd September onwards I am not able to login to my account, it is showing "
     "'session expired' every time. I raised ticket also but no reply. Kindly refund the amount of "
     "Rs.1499/- paid on 01-09-2025 vide invoice no. LO-INV-72061.\n\nThanks & Regards\nArjun Nair\nKochi",
     when("2025-09-10 10:00", IN))
case(7, "access-late-kerala", ["l07-access-late-kerala.eml"], LOB, "decided", [R("deny")],
     spec="L2 access_failure but L3: charge 09-01 (dd-mm date in mail), request 09-10 = day 9 -> deny.")

cust("tanvir.hossain@bol-online.com", "Tanvir Hossain", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p081", "LO-INV-72071", "tanvir.hossain@bol-online.com", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
mail("l08-not-satisfied-dhaka.eml", "Tanvir Hossain <tanvir.hossain@bol-online.com>", LO_TO, "Money return",
     "Respected Sir,\n\nI have purchased your monthly package on 25 September (LO-INV-72071). After using "
     "some days I am not satisfied with the leads quality, most numbers are wrong. So I want to take back "
     "my money please.\n\nBest regards\nTanvir Hossain\nMirpur, Dhaka", when("2025-09-27 14:00", BD))
case(8, "not-satisfied-dhaka", ["l08-not-satisfied-dhaka.eml"], LOB, "decided", [R("deny")],
     spec="L1: dissatisfaction with lead quality is not an L2 exception -> deny (cancellation offered in reply).")

cust("nimal.perera@sltnet.lk", "Nimal Perera", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("en_p091", "LO-INV-72081", "nimal.perera@sltnet.lk", "quarterly", "3999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
mail("l09-too-costly-colombo.eml", "Nimal Perera <nimal.perera@sltnet.lk>", LO_TO, "quarterly plan",
     "Hello,\n\nThe quarterly is too costly for a small firm like ours, we cannot justify it. Please stop the "
     "subscription and give back the money for LO-INV-72081, it only got renewed out of habit.\n\nThank you\n"
     "Nimal, Colombo 05", when("2025-09-28 09:00", LK))
case(9, "too-costly-colombo", ["l09-too-costly-colombo.eml"], LOB, "decided", [R("deny"), CX("cancel", "2025-12-25")],
     spec="L1 (too expensive / renewed by habit is not an exception) -> refund deny; cancellation L8 -> current_period_end 2025-12-25.")

cust("mike.delgado@verizon.net", "Mike Delgado", "monthly", start="2025-09-08", end="2025-10-07")
mail("l10-nyc-oneliner.eml", "Mike Delgado <mike.delgado@verizon.net>", LO_TO, "cancel",
     "cancel my sub. done.", when("2025-09-22 17:58", NYC))
case(10, "nyc-oneliner", ["l10-nyc-oneliner.eml"], LOB, "decided", [CX("cancel", "2025-10-07")],
     spec="Angry one-liner; L8 -> current_period_end 2025-10-07; no reason needed for LO cancellations.")

cust("sean.oconnor@eircom.net", "Seán O'Connor", "quarterly", start="2025-08-05", end="2025-11-04")
mail("l11-complaint-cancel-button.eml", "Sean O'Connor <sean.oconnor@eircom.net>", LO_TO, "Where is the cancel button gone",
     "I've spent twenty minutes looking for your 'cancel plan' button and it's not where your help page "
     "says it is. Would you ever just end the thing for me, I'm moving to a different tool. Grand job.\n\nSeán",
     when("2025-09-21 22:30", IE))
case(11, "complaint-cancel-button", ["l11-complaint-cancel-button.eml"], LOB, "decided", [CX("cancel", "2025-11-04")],
     spec="Request phrased as a complaint ('would you ever just end the thing'); L8 -> 2025-11-04.")

cust("kavya.iyer@outlook.com", "Kavya Iyer", "monthly")
lopay("en_p121", "LO-INV-72101", "kavya.iyer@outlook.com", "monthly", "1499.00", "2025-08-14T20:00:00Z")
mail("l12-fallback-utc.eml", "Kavya Iyer <kavya.iyer@outlook.com>", LO_TO, "Stop subscription",
     "Hi, please stop my monthly subscription at the end of this cycle. We've hired an in-house SDR.\nKavya",
     when("2025-09-05 11:00", IN))
case(12, "fallback-utc", ["l12-fallback-utc.eml"], LOB, "decided", [CX("cancel", "2025-09-14")],
     spec="§8 offsets + L8 fallback: 2025-08-14T20:00Z = 2025-08-15 01:30 IST; + 1 month - 1 day = 2025-09-14 (not 09-13).")

cust("weiling.tan@singnet.com.sg", "Tan Wei Ling", "monthly", status="trial", trial_ends="2025-10-03")
mail("l13-trial-my.eml", "Tan Wei Ling <weiling.tan@singnet.com.sg>", LO_TO, "refund for trial?",
     "Hi, I'm still on the free trial but I don't think the tool is suitable for us lah, the leads are "
     "mostly India. Can refund me for the trial or not? Thanks", when("2025-09-24 16:00", MY))
case(13, "trial-sg", ["l13-trial-my.eml"], LOB, "decided", [R("deny")],
     spec="L7: free trial account, no charges -> deny; reply says nothing is billed unless they subscribe.")

cust("david.lim@limholdings.com.sg", "David Lim", "annual", start="2025-04-01", end="2026-03-31")
mail("l14-fw-pa-singapore.eml", "Jasmine Koh <jasmine.koh@limholdings.com.sg>", LO_TO, "FW: LeadsOptima account",
     "Hi, pls see below from my boss and action accordingly. Thank you.\n\nJasmine Koh | PA to MD\n\n"
     "________________________________\n"
     "From: David Lim <david.lim@limholdings.com.sg>\nSent: Monday, 22 September 2025 6:10 PM\n"
     "To: Jasmine Koh <jasmine.koh@limholdings.com.sg>\nSubject: LeadsOptima account\n\n"
     "Jas, please get them to cancel our annual LeadsOptima plan (account david.lim@limholdings.com.sg), "
     "the regional team is switching to Apollo.\nD",
     when("2025-09-23 09:00", 8))
case(14, "fw-pa-singapore", ["l14-fw-pa-singapore.eml"], LOB, "need_info", rules=["C2"],
     spec="§8 forwards: the forwarded cancellation names david.lim@…, the sender is the PA -> C2.")

cust("priya.menon@menonco.in", "Priya Menon", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p151", "LO-INV-72121", "priya.menon@menonco.in", "monthly", "1499.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("en_p152", "LO-INV-72122", "priya.menon@menonco.in", "monthly", "1499.00", "2025-09-20T10:01:00", "2025-09-20", "2025-10-19")
mail("l15-plus-tag.eml", "Priya Menon <priya.menon+billing@menonco.in>", LO_TO, "Double debit LO-INV-72122",
     "Hi, I was debited twice on 20 Sept for the monthly plan; duplicate invoice LO-INV-72122. Kindly refund. "
     "Priya", when("2025-09-22 10:00", IN))
case(15, "plus-tag", ["l15-plus-tag.eml"], LOB, "need_info", rules=["C2"],
     spec="§8 addresses: priya.menon+billing@ is another address than the registered priya.menon@ -> C2, no account details.")

cust("rahul.verma@vermatraders.in", "Rahul Verma", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("en_p161", "LO-INV-72131", "rahul.verma@vermatraders.in", "quarterly", "3999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
lopay("en_p162", "LO-INV-72132", "rahul.verma@vermatraders.in", "quarterly", "3999.00", "2025-09-23T10:00:20", "2025-09-23", "2025-12-22")
mail("l16-case-insensitive.eml", "Rahul Verma <Rahul.Verma@VermaTraders.IN>", LO_TO, "Amount deducted 2 times",
     "Sir, amount of INR 3,999.00 got deducted 2 times from my HDFC card on 23/09 for quarterly plan. "
     "Second txn invoice is lo/inv/72132. Pls reverse the extra one.\nRahul Verma\nJaipur",
     when("2025-09-24 21:00", IN))
case(16, "case-insensitive", ["l16-case-insensitive.eml"], LOB, "decided", [R("approve", "3999.00")],
     spec="§8 addresses compare case-insensitively (verified); reference 'lo/inv/72132'; L4 pair day 1 -> 3999.00.")

cust("brandon.mills@att.net", "Brandon Mills", "monthly", start="2025-09-18", end="2025-10-17")
lopay("en_p171", "LO-INV-72141", "brandon.mills@att.net", "monthly", "1499.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
mail("l17-c4-bank-dispute.eml", "Brandon Mills <brandon.mills@att.net>", LO_TO, "FINAL NOTICE",
     "Your platform has been down for me for a week. Refund LO-INV-72141 and close my account. If I don't "
     "hear back by Friday I'm going to dispute the charge with my bank, simple as that.\n\nBrandon",
     when("2025-09-22 08:00", TX))
case(17, "c4-bank-dispute", ["l17-c4-bank-dispute.eml"], LOB, "decided", [R("escalate"), CX("escalate")], rules=["C4"],
     spec="Ultimatum with a bank-dispute threat: C4 covers the whole case (§8) -> refund and cancellation escalate.")

cust("suresh.reddy@rediffmail.com", "Suresh Reddy", "annual", start="2025-09-20", end="2026-09-19")
lopay("en_p181", "LO-INV-72151", "suresh.reddy@rediffmail.com", "annual", "11988.00", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
mail("l18-c4-consumer-forum.eml", "Suresh Reddy <suresh.reddy@rediffmail.com>", LO_TO, "Wrong amount charged - will approach consumer forum",
     "Sir,\nI opted for quarterly but you have charged annual Rs.11,988 on 20.09.2025 (LO-INV-72151). This is "
     "cheating. Refund immediately else I will approach consumer forum in Hyderabad.\nSuresh Reddy",
     when("2025-09-21 11:30", IN))
case(18, "c4-consumer-forum", ["l18-c4-consumer-forum.eml"], LOB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: consumer forum mentioned -> escalate (the billing error would escalate too, L5).")

mail("l19-c7-ooo-texas.eml", "Bobby Jo Harlan <bobbyjo.harlan@bellsouth.net>", LO_TO, "Automatic reply: yall charged me twice",
     "I'm out fishing till October 6 with no signal. For the refund thing call my wife Darlene.\n\nBobby Jo",
     when("2025-09-20 09:00", TX), headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case(19, "c7-ooo", ["l19-c7-ooo-texas.eml"], LOB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied from a known customer -> ignore.")

mail("l20-c7-dsn.eml", "postmaster@outlook.com", "support@leadsoptima.com", "Undeliverable: Re: Refund request [LO-1320]",
     "Delivery has failed to these recipients or groups:\n\nkavya.iyer@outlok.com\nThe email address couldn't "
     "be found.\n\nOriginal message: Re: Refund request [LO-1320] - your refund has been approved.",
     when("2025-09-25 04:00", 0), headers={"Content-Language": "en-US"})
case(20, "c7-dsn", ["l20-c7-dsn.eml"], LOB, "ignore", rules=["C7"],
     spec="C7: postmaster sender, non-delivery report -> ignore.")

mail("l21-c7-own-address.eml", "LeadsOptima <noreply@leadsoptima.com>", "support@leadsoptima.com",
     "Your invoice LO-INV-72161 - payment received",
     "Hi there,\n\nWe've received your payment of Rs. 1,499.00. Want to cancel? Go to Billing > Cancel Plan. "
     "Refunds follow our policy.\n\nThe LeadsOptima team", when("2025-09-26 10:00", IN))
case(21, "c7-own-address", ["l21-c7-own-address.eml"], LOB, "ignore", rules=["C7"],
     spec="C7: mail from the brand's own address noreply@leadsoptima.com -> ignore.")

cust("laura.bennett@ntlworld.com", "Laura Bennett", "monthly", start="2025-09-15", end="2025-10-14")
mail("l22-not-asking-refund.eml", "Laura Bennett <laura.bennett@ntlworld.com>", LO_TO, "Price went up?",
     "Hi,\n\nTo be clear I'm not asking for a refund and I'm not cancelling - I'd just like to understand why "
     "this month's invoice is higher than last month's. Has the monthly price changed?\n\nThanks,\nLaura\nLeeds",
     when("2025-09-16 13:00", UK))
case(22, "not-asking-refund", ["l22-not-asking-refund.eml"], LOB, "other",
     spec="§8 negation of both intents; a pricing question -> other.")

cust("ama.owusu@gmail.com", "Ama Owusu", "quarterly", start="2025-09-01", end="2025-11-30")
mail("l23-whatif-accra.eml", "Ama Owusu <ama.owusu@gmail.com>", LO_TO, "Question please",
     "Good morning,\n\nPlease I want to ask: what if I cancel in the middle of the quarter, will I get the "
     "remaining money back? I am not cancelling now, I just want to know before my boss asks me.\n\n"
     "Thank you, God bless\nAma, Accra", when("2025-09-18 09:00", GH))
case(23, "whatif-accra", ["l23-whatif-accra.eml"], LOB, "other",
     spec="§8 hypothetical ('what if I cancel… will I get') with explicit 'I am not cancelling now' -> other.")

mail("l24-thanks-story.eml", "Gareth Pritchard <gareth.pritchard@tiscali.co.uk>", LO_TO, "Re: payment failed?? now paid 3x",
     "Hiya,\n\nJust to close the loop - the two refunds landed this morning, all square now. Cheers for "
     "sorting it so fast, I was expecting a fight.\n\nGareth", when("2025-09-30 10:00", UK),
     reply=[g04, "<lo-1342.reply@leadsoptima.com>"])
case(24, "thanks-story", ["l24-thanks-story.eml"], LOB, "other",
     spec="Thanks closing a story (refund already received, past event) -> other.")

cust("kofi.mensah@mensahlogistics.com.gh", "Kofi Mensah", "annual", start="2025-09-10", end="2026-09-09")
lopay("en_p251", "LO-INV-72171", "kofi.mensah@mensahlogistics.com.gh", "annual", "11988.00", "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
mail("l25-gst-question.eml", "Kofi Mensah <kofi.mensah@mensahlogistics.com.gh>", LO_TO, "Invoice LO-INV-72171 tax line",
     "Hello,\n\nOur accountant asks why invoice LO-INV-72171 shows GST of Rs 2,157.84 when we are outside "
     "India. Is that correct? Please advise so she can post it.\n\nKofi Mensah\nFinance, Tema",
     when("2025-09-12 10:00", GH))
case(25, "gst-question", ["l25-gst-question.eml"], LOB, "other",
     spec="An invoice question that asks for nothing (no refund, no cancellation) -> other.")

cust("emma.lawson@gmail.com", "Emma Lawson", "monthly", start="2025-09-03", end="2025-10-02")
mail("l26-past-story-upgrade.eml", "Emma Lawson <emma.lawson@gmail.com>", LO_TO, "Upgrading to annual",
     "Hi folks,\n\nLast year I cancelled, then you refunded me a double charge without any fuss, which is "
     "honestly why I came back. Now I'd like to move from monthly to the annual plan - how do I do that "
     "without paying twice for September?\n\nEmma, Dunedin", when("2025-09-16 09:00", 12))
case(26, "past-story-upgrade", ["l26-past-story-upgrade.eml"], LOB, "other",
     spec="§8 past events (a cancellation and refund last year) told as a story; an upgrade question -> other.")

cust("ramesh.gupta@guptaexports.co.in", "Ramesh Gupta", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("en_p271", "LO-INV-72181", "ramesh.gupta@guptaexports.co.in", "quarterly", "3999.00", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
mail("l27-do-the-needful.eml", "Ramesh Gupta <ramesh.gupta@guptaexports.co.in>", LO_TO, "Refund of Invoice No. LO-INV-72181",
     "Dear Team,\n\nGreetings of the day!\n\nWith reference to the above subject, kindly process the refund "
     "of invoice no. LO-INV-72181 at the earliest and do the needful.\n\nThanks & Regards,\nRamesh Gupta\n"
     "Gupta Exports Pvt. Ltd.\n\nDISCLAIMER: This e-mail is intended only for the addressee and may contain "
     "confidential information. Please consider the environment before printing.", when("2025-09-25 11:00", IN))
case(27, "do-the-needful", ["l27-do-the-needful.eml"], LOB, "need_info", missing=["reason"],
     spec="§8 what a reason is: greetings, 'with reference to the above subject', 'do the needful', disclaimer and restating the request are not reasons -> need_info reason.")

cust("nakato.sarah@utlonline.co.ug", "Sarah Nakato", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p281", "LO-INV-72191", "nakato.sarah@utlonline.co.ug", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("en_p282", "LO-INV-72192", "nakato.sarah@utlonline.co.ug", "monthly", "1499.00", "2025-09-26T10:05:00", "2025-09-26", "2025-10-25")
t1 = mail("l28-thread-a.eml", "Sarah Nakato <nakato.sarah@utlonline.co.ug>", LO_TO, "Refund LO-INV-72192",
          "Hallo, please refund invoice LO-INV-72192. Regards, Sarah", when("2025-09-27 10:00", UG))
mail("l28-thread-b.eml", "Sarah Nakato <nakato.sarah@utlonline.co.ug>", LO_TO, "Re: Refund LO-INV-72192 [LO-1377]",
     "The reason is that the money was deducted twice on my mobile money for the same month, the 2 "
     "transactions are 5 minutes apart.\n\nSarah\n\nOn Sat, 27 Sep 2025 at 15:40, LeadsOptima Support "
     "<support@leadsoptima.com> wrote:\n> To decide your request we still need: the reason.",
     when("2025-09-29 08:30", UG), reply=[t1, "<lo-1377.ask@leadsoptima.com>"])
case(28, "thread-reason", ["l28-thread-a.eml", "l28-thread-b.eml"], LOB, "decided", [R("approve", "1499.00")],
     spec="C3 thread answering need_info: reason 'deducted twice' -> L4 pair; request time = first mail 09-27 (day 1) -> 1499.00.")

cust("declan.byrne@gmail.com", "Declan Byrne", "monthly", start="2025-09-21", end="2025-10-20")
lopay("en_p291", "LO-INV-72201", "declan.byrne@gmail.com", "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
mail("l29-charged-after-cancel.eml", "Declan Byrne <declan.byrne@gmail.com>", LO_TO, "Still being billed after I cancelled",
     "Hi lads,\n\nI cancelled through Billing back in August - I've the confirmation email and all - and "
     "yet I'm still being billed: LO-INV-72201 on the 21st. Can I have that back please.\n\nDeclan, Cork",
     when("2025-09-23 19:00", IE))
case(29, "charged-after-cancel", ["l29-charged-after-cancel.eml"], LOB, "decided", [R("escalate")],
     spec="L2 billing_error (billed after cancelling), day 2 -> L5 escalate; the August cancellation is a past event, no new cancellation.")

cust("okello.james@gmail.com", "James Okello", "monthly", start="2025-09-22", end="2025-10-21")
lopay("en_p301", "LO-INV-72211", "okello.james@gmail.com", "monthly", "1499.00", "2025-09-22T08:00:00", "2025-09-22", "2025-10-21")
lopay("en_p302", "LO-INV-72212", "okello.james@gmail.com", "monthly", "1499.00", "2025-09-22T08:00:09", "2025-09-22", "2025-10-21")
mail("l30-money-back-no-refund-word.eml", "James Okello <okello.james@gmail.com>", LO_TO, "Second payment",
     "Dear LeadsOptima,\n\nI paid two times for the one month subscription on 22nd (one thousand four hundred "
     "ninety nine rupees each). I want my money back for the second payment, its number is LO INV 72212.\n\n"
     "Kind regards\nJames Okello, Gulu", when("2025-09-23 09:00", UG))
case(30, "money-back-no-refund-word", ["l30-money-back-no-refund-word.eml"], LOB, "decided", [R("approve", "1499.00")],
     spec="Refund asked without the word ('I want my money back'); amount in words; 'LO INV 72212' (§8); L4 day 1 -> 1499.00.")

cust("marlon.campbell@flowja.com", "Marlon Campbell", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("en_p311", "LO-INV-72221", "marlon.campbell@flowja.com", "quarterly", "3999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
mail("l31-locked-out-jamaica.eml", "Marlon Campbell <marlon.campbell@flowja.com>", LO_TO, "Cyaan get in",
     "Wah gwaan,\n\nMi pay fi di quarter pon di 25th (LO-INV-72221) an from dat mi locked out, it keep seh "
     "account suspended. Mi nah use it if mi cyaan get in - mi want a refund fi real.\n\nMarlon\nMontego Bay",
     when("2025-09-27 10:00", JM))
case(31, "locked-out-jamaica", ["l31-locked-out-jamaica.eml"], LOB, "decided", [R("escalate")],
     spec="L2 access_failure ('locked out', Jamaican Creole), day 2 -> L6 escalate.")

cust("akua.boateng@yahoo.com", "Akua Boateng", "monthly", start="2025-09-14", end="2025-10-13")
mail("l32-ghana-stop.eml", "Akua Boateng <akua.boateng@yahoo.com>", LO_TO, "Stop",
     "Please I want to stop the subscription. My shop is closing.\nAkua", when("2025-09-29 07:00", GH))
case(32, "ghana-stop", ["l32-ghana-stop.eml"], LOB, "decided", [CX("cancel", "2025-10-13")],
     spec="Cancellation in West African English ('I want to stop the subscription'); L8 -> 2025-10-13.")

cust("li.wei@weitrading.com.my", "Li Wei", "annual", start="2025-06-01", end="2026-05-31")
mail("l33-nonnative-chinese.eml", "Li Wei <li.wei@weitrading.com.my>", LO_TO, "about cancel",
     "Dear sir\n\nPlease help me to cancel the subscription, because our company no more need this service "
     "after restructure. Also can tell me until when still can use?\n\nThank you very much\nLi Wei",
     when("2025-09-23 15:00", MY))
case(33, "nonnative-chinese", ["l33-nonnative-chinese.eml"], LOB, "decided", [CX("cancel", "2026-05-31")],
     spec="Non-native English (Chinese L1), cancellation plus a question; L8 -> 2026-05-31.")

cust("carlos.mendoza@fibertel.com.ar", "Carlos Mendoza", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p341", "LO-INV-72241", "carlos.mendoza@fibertel.com.ar", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
mail("l34-nonnative-spanish.eml", "Carlos Mendoza <carlos.mendoza@fibertel.com.ar>", LO_TO, "Reimbursement",
     "Hello, I write for to ask the reimbursement of LO-INV-72241. I no use the platform this month because "
     "I was in vacations, so is not fair to pay. Thanks you, Carlos", when("2025-09-26 15:00", -3))
case(34, "nonnative-spanish", ["l34-nonnative-spanish.eml"], LOB, "decided", [R("deny")],
     spec="Non-native English (Spanish L1: 'reimbursement'); not using the product is no exception -> L1 deny.")

cust("kenji.sato@sato-design.jp", "Kenji Sato", "quarterly", start="2025-08-20", end="2025-11-19")
mail("l35-nonnative-japanese.eml", "Kenji Sato <kenji.sato@sato-design.jp>", LO_TO, "Request about my contract",
     "Dear LeadsOptima Support Team,\n\nThank you always for your kind support. I am sorry to trouble you. "
     "Because our Indian branch will be closed, I would like to terminate my contract. I understand the "
     "remaining days are not refunded, it is no problem.\n\nBest regards,\nKenji Sato", when("2025-09-24 10:00", 9))
case(35, "nonnative-japanese", ["l35-nonnative-japanese.eml"], LOB, "decided", [CX("cancel", "2025-11-19")],
     spec="Cancellation ('terminate my contract') with an explicit 'no refund needed' (§8 negation adds no refund); L8 -> 2025-11-19.")

cust("omar.khalil@khalilgroup.ae", "Omar Khalil", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p361", "LO-INV-72261", "omar.khalil@khalilgroup.ae", "monthly", "1499.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("en_p362", "LO-INV-72262", "omar.khalil@khalilgroup.ae", "monthly", "1499.00", "2025-09-28T10:00:30", "2025-09-28", "2025-10-27")
mail("l36-nonnative-arabic-both.eml", "Omar Khalil <omar.khalil@khalilgroup.ae>", LO_TO, "charged double + cancel",
     "Dear brother,\n\nThe system charge me double on 28 Sep (LO-INV-72262 is the double one). Kindly return "
     "this double amount, and also kindly cancel my subscription, inshallah we come back next year.\n\n"
     "Regards\nOmar Khalil", when("2025-09-29 13:00", 4))
case(36, "nonnative-arabic-both", ["l36-nonnative-arabic-both.eml"], LOB, "decided",
     [R("approve", "1499.00"), CX("cancel", "2025-10-27")],
     spec="Both intents: L4 duplicate day 1 -> 1499.00; L8 cancel -> current_period_end 2025-10-27.")

cust("grace.mwangi@gmail.com", "Grace Mwangi", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p371", "LO-INV-72271", "grace.mwangi@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("en_p372", "LO-INV-72272", "grace.mwangi@gmail.com", "monthly", "1499.00", "2025-09-26T10:01:00", "2025-09-26", "2025-10-25", status="disputed")
mail("l37-dup-disputed.eml", "Grace Mwangi <grace.mwangi@gmail.com>", LO_TO, "duplicate payment LO-INV-72272",
     "Hello, I was charged twice on the 26th. I already raised a dispute with my bank for the second one, LO-INV-72272, "
     "but they say I should also ask you for the refund. Grace", when("2025-09-28 10:00", UG))
case(37, "dup-disputed", ["l37-dup-disputed.eml"], LOB, "decided", [R("escalate")], rules=["C4"],
     spec="C4 + §8: a payment dispute already raised with the bank is a dispute (§8 'a chargeback, dispute or legal threat escalates every intent'; an open dispute is more than the threat C4 names) -> C4; LO-INV-72272 is also 'disputed' in the ledger (§8 payments not paid) -> escalate.")

cust("anita.das@gmail.com", "Anita Das", "annual", start="2025-09-27", end="2026-09-26")
mail("l38-html-gmail-cancel.eml", "Anita Das <anita.das@gmail.com>", LO_TO, "Cancellation", None,
     when("2025-09-29 23:50", IN),
     html="<div dir=\"ltr\"><div>Hi,</div><div><br></div><div>I renewed the annual plan by mistake on Saturday. "
          "I <b>do not</b> want a refund (I know the policy), please just <i>cancel</i> it so it doesn't renew "
          "next year.</div><div><br></div><div>Anita</div><div>Kolkata</div></div>")
case(38, "html-gmail-cancel", ["l38-html-gmail-cancel.eml"], LOB, "decided", [CX("cancel", "2026-09-26")],
     spec="HTML-only Gmail; 'I do not want a refund' adds no refund (§8); L8 -> 2026-09-26.")

cust("siddharth.rao@infosysbpm.example.in", "Siddharth Rao", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("en_p391", "LO-INV-72291", "siddharth.rao@infosysbpm.example.in", "quarterly", "3999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
mail("l39-amount-slash.eml", "Siddharth Rao <siddharth.rao@infosysbpm.example.in>", LO_TO, "Wrong amount debited",
     "Hi,\n\nRs. 4,718.82/- was debited from my a/c for the quarterly plan whereas the quoted price was "
     "Rs. 3,999/- only. This is an incorrect amount. Invoice LO-INV-72291. Please refund.\n\nSid\nBengaluru",
     when("2025-09-30 09:00", IN))
case(39, "amount-slash", ["l39-amount-slash.eml"], LOB, "decided", [R("escalate")],
     spec="L2 billing_error ('incorrect amount') within L3 (day 7: charge 09-23, request 09-30) -> L5 escalate: the bot recognises the reason from the customer's words and a person verifies the error (L5); the difference is the GST (C6), explained by staff.")

cust("harry.wilson@orcon.net.nz", "Harry Wilson", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p401", "LO-INV-72301", "harry.wilson@orcon.net.nz", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("en_p402", "LO-INV-72302", "harry.wilson@orcon.net.nz", "monthly", "1499.00", "2025-09-26T10:02:00", "2025-09-26", "2025-10-25")
mail("l40-tagline-reason.eml", "Harry Wilson <harry.wilson@orcon.net.nz>", LO_TO, "Refund LO-INV-72302",
     "Refund LO-INV-72302 please.\n\nHarry\n--\nWilson Plumbing Ltd - 'Twice the service, half the mess!'\n"
     "Ph 021 555 0199", when("2025-09-27 10:00", 12))
case(40, "tagline-reason", ["l40-tagline-reason.eml"], LOB, "need_info", missing=["reason"],
     spec="§8 signatures are not reasons: the 'Twice the service' tagline must not be read as 'charged twice' -> need_info reason.")

# ---------------------------------------------------------------- Optima WebDesign
proj("Glen Affric Lodge", "bookings@glenaffriclodge.co.uk", None)
owpay("en_o411", "OWD-2025-501", "Glen Affric Lodge", "discovery", "18000.00", "3240.00", "2025-09-20T10:00:00")
mail("l41-discovery-scotland.eml", "Glen Affric Lodge <bookings@glenaffriclodge.co.uk>", OW_TO,
     "Refund Request — Glen Affric Lodge / OWD-2025-501",
     "Hello,\n\nWe paid for the discovery workshop (OWD-2025-501) for Glen Affric Lodge. The estate has "
     "since been sold and the new owners have their own web people, so we'd like the fee back. No sessions "
     "have been booked yet.\n\nKind regards,\nMorag", when("2025-09-24 10:00", UK))
case(41, "discovery-scotland", ["l41-discovery-scotland.eml"], OWB, "decided", [R("approve", "18000.00")],
     spec="O1: discovery, no work started -> full amount before tax 18000.00 (C6).")

proj("Brooklyn Bagel Co", "owner@brooklynbagel.example.com", None)
owpay("en_o421", "OWD-2025-511", "Brooklyn Bagel Co", "deposit", "25000.00", "4500.00", "2025-09-22T15:30:00")
mail("l42-deposit-71h59-nyc.eml", "Brooklyn Bagel Co <owner@brooklynbagel.example.com>", OW_TO, "deposit OWD-2025-511",
     "Hi - we're pulling the plug on the Brooklyn Bagel Co site, landlord's not renewing our lease. "
     "Need the deposit (OWD-2025-511) back. Thx, Sal", when("2025-09-25 05:59", NYC))
case(42, "deposit-71h59-nyc", ["l42-deposit-71h59-nyc.eml"], OWB, "decided", [R("approve", "25000.00")],
     spec="O2: paid 09-22 15:30 IST; 05:59 -04:00 on 09-25 = 15:29 IST (71 h 59 m), no work -> 25000.00.")

proj("Harrogate Tea Rooms", "hello@harrogatetearooms.co.uk", None)
owpay("en_o431", "OWD-2025-521", "Harrogate Tea Rooms", "deposit", "20000.00", "3600.00", "2025-09-19T14:00:00")
mail("l43-deposit-72h-uk.eml", "Harrogate Tea Rooms <hello@harrogatetearooms.co.uk>", OW_TO, "Booking fee refund - Harrogate Tea Rooms",
     "Hello there,\n\nI'm ever so sorry but we've decided to stay with our current site for another year - "
     "the accountant says money's tight. Could we have the booking fee back please? Invoice OWD-2025-521.\n\n"
     "Many thanks, Jean", when("2025-09-22 09:30", UK))
case(43, "deposit-72h-uk", ["l43-deposit-72h-uk.eml"], OWB, "decided", [R("deny")],
     spec="§8 exactly 72 h: paid 09-19 14:00 IST; 09:30 +01:00 on 09-22 = 14:00 IST -> not before 72 h -> deny (O2).")

proj("Chennai Dental Care", "admin@chennaidentalcare.in", "2025-09-26T11:00:00")
owpay("en_o441", "OWD-2025-531", "Chennai Dental Care", "deposit", "30000.00", "5400.00", "2025-09-24T10:00:00")
mail("l44-deposit-work-later.eml", "Chennai Dental Care <admin@chennaidentalcare.in>", OW_TO, "Cancel project & refund deposit OWD-2025-531",
     "Dear Sir/Madam,\n\nWe paid the advance on 24th for Chennai Dental Care website (Inv. No. OWD-2025-531). Our doctor partners "
     "have decided to merge with another clinic group who already have a website, hence we want to drop the "
     "project and get the advance refunded.\n\nRegards,\nAdmin", when("2025-09-25 18:00", IN))
case(44, "deposit-work-later", ["l44-deposit-work-later.eml"], OWB, "decided", [R("approve", "30000.00")], extra_ok=True,
     spec="O2: request 09-25 18:00 is before both 72 h (09-27 10:00) and work_started_at (09-26 11:00, later than the request) -> 30000.00.")

proj("Penang Heritage Walks", "info@penangheritagewalks.my", "2025-08-01T10:00:00")
owpay("en_o451", "OWD-2025-541", "Penang Heritage Walks", "milestone", "27499.50", "4949.91", "2025-09-15T10:00:00", milestone_status="not_started")
mail("l45-milestone-not-started.eml", "Penang Heritage Walks <info@penangheritagewalks.my>", OW_TO,
     "Milestone 2 (booking engine) - OWD-2025-541",
     "Hi Optima team,\n\nWe have decided to use the state tourism board's booking system instead, so please "
     "drop milestone 2 (booking engine) for Penang Heritage Walks - you haven't started it. Please refund the "
     "RM... sorry, the INR 27,499.50 we paid under OWD-2025-541.\n\nThanks ah,\nMei Ling", when("2025-09-26 11:00", MY))
case(45, "milestone-not-started", ["l45-milestone-not-started.eml"], OWB, "decided", [R("approve", "27499.50")], extra_ok=True,
     spec="O3: milestone not_started -> its amount before tax 27499.50; 'drop milestone 2' may also be read as a cancellation: harmless extra.")

proj("Kampala Fresh Farms", "info@kampalafreshfarms.co.ug", "2025-07-01T10:00:00")
owpay("en_o461", "OWD-2025-551", "Kampala Fresh Farms", "milestone", "40000.00", "7200.00", "2025-08-10T10:00:00", milestone_status="completed")
mail("l46-milestone-completed.eml", "Kampala Fresh Farms <info@kampalafreshfarms.co.ug>", OW_TO,
     "Refund for design milestone OWD-2025-551",
     "Dear Optima,\n\nThe design milestone (OWD-2025-551) for Kampala Fresh Farms was delivered but our board "
     "now feels the colours are not matching our new branding. We request a refund of that milestone.\n\n"
     "Yours faithfully,\nMoses", when("2025-09-22 10:00", UG))
case(46, "milestone-completed", ["l46-milestone-completed.eml"], OWB, "decided", [R("deny")],
     spec="O3/O6: a completed deliverable is non-refundable -> deny.")

proj("Auckland Surf School", "kiaora@aklsurfschool.co.nz", "2025-08-01T10:00:00")
owpay("en_o471", "OWD-2025-561", "Auckland Surf School", "milestone", "35000.00", "6300.00", "2025-09-01T10:00:00", milestone_status="in_progress")
mail("l47-milestone-in-progress.eml", "Auckland Surf School <kiaora@aklsurfschool.co.nz>", OW_TO,
     "Halfway milestone - OWD-2025-561",
     "Hey team,\n\nThe booking calendar milestone (OWD-2025-561, Auckland Surf School) is about half done from "
     "what I can see on staging, but the council has shut the beach for the summer works, so we're pausing "
     "everything. Can we get back whatever part of that milestone hasn't been done?\n\nCheers, Tama",
     when("2025-09-29 09:00", 13))
case(47, "milestone-in-progress", ["l47-milestone-in-progress.eml"], OWB, "decided", [R("escalate")],
     spec="O3: milestone in_progress -> escalate (a person values the unstarted part).")

proj("Lakeshore Chiropractic", "frontdesk@lakeshorechiro.example.com", "2025-02-01T10:00:00")
owpay("en_o481", "OWD-2025-571", "Lakeshore Chiropractic", "retainer", "12000.00", "2160.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
mail("l48-retainer-exactly-7.eml", "Lakeshore Chiropractic <frontdesk@lakeshorechiro.example.com>", OW_TO,
     "Ending our monthly SEO retainer - OWD-2025-571",
     "Hi there,\n\nDr. Nowak has decided to bring SEO in-house with our new marketing hire, so we'd like to end "
     "the monthly retainer for Lakeshore Chiropractic (last invoice OWD-2025-571).\n\nThanks!\nBeth, front desk\n"
     "Milwaukee, WI", when("2025-09-29 13:00", CHI))
case(48, "retainer-exactly-7", ["l48-retainer-exactly-7.eml"], OWB, "decided", [CX("cancel", "2025-10-05")],
     spec="O4: 13:00 -05:00 on 09-29 = 23:30 IST 09-29 = next_billing 10-06 minus 7 days -> enough notice; last day 2025-10-05.")

proj("Rotorua Kayak Hire", "paddle@rotoruakayak.co.nz", "2025-03-01T10:00:00")
owpay("en_o491", "OWD-2025-581", "Rotorua Kayak Hire", "retainer", "9000.00", "1620.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
mail("l49-retainer-6-days-nz.eml", "Rotorua Kayak Hire <paddle@rotoruakayak.co.nz>", OW_TO,
     "Cancel website care plan OWD-2025-581",
     "Morena,\n\nWe're selling the kayak business, so please cancel the monthly care plan for Rotorua Kayak "
     "Hire (OWD-2025-581).\n\nNga mihi, Aroha", when("2025-09-30 09:00", 13))
case(49, "retainer-6-days-nz", ["l49-retainer-6-days-nz.eml"], OWB, "decided", [CX("cancel", "2025-11-05")],
     spec="O4: 09:00 +13:00 on 09-30 = 01:30 IST 09-30 > 09-29 (less than 7 days before 10-06) -> next cycle 10-06..11-05 billed; last day 2025-11-05.")

proj("Manchester Vinyl Exchange", "shop@mcrvinyl.co.uk", "2025-05-01T10:00:00")
owpay("en_o501", "OWD-2025-591", "Manchester Vinyl Exchange", "hosting_annual", "12500.00", "2250.00", "2025-09-15T10:00:00",
      setup_fee="1000.00", service_start="2025-09-16")
mail("l50-hosting-rounding.eml", "Manchester Vinyl Exchange <shop@mcrvinyl.co.uk>", OW_TO,
     "Hosting plan - cancel & refund - OWD-2025-591",
     "Alright,\n\nWe've moved the shop onto Shopify so we don't need your annual hosting for Manchester Vinyl "
     "Exchange any more (OWD-2025-591, started the 16th). Cancel it and refund what's left, ta.\n\nDaz",
     when("2025-09-25 17:00", UK))
case(50, "hosting-rounding", ["l50-hosting-rounding.eml"], OWB, "decided", [R("approve", "10541.67")], extra_ok=True,
     spec="O5/C6: day 9 of 14; 12500 - 1000 - 11500/12 x 1 = 10541.6667 -> rounded once at the end 10541.67.")

proj("Orchard Road Florist", "hello@orchardflorist.com.sg", "2025-06-01T10:00:00")
owpay("en_o511", "OWD-2025-601", "Orchard Road Florist", "hosting_annual", "9000.00", "1620.00", "2025-09-11T10:00:00",
      setup_fee="1800.00", service_start="2025-09-12")
mail("l51-hosting-day14-sg.eml", "Orchard Road Florist <hello@orchardflorist.com.sg>", OW_TO,
     "Annual hosting refund OWD-2025-601",
     "Hi,\n\nOur parent company has a group hosting contract so we must move Orchard Road Florist off your "
     "annual hosting (OWD-2025-601). Please refund per your 14 day policy. Today is day 14 I think.\n\n"
     "Regards, Priscilla", when("2025-09-26 23:00", 8))
case(51, "hosting-day14-sg", ["l51-hosting-day14-sg.eml"], OWB, "decided", [R("approve", "6600.00")], extra_ok=True,
     spec="O5: 23:00 +08:00 on 09-26 = 20:30 IST 09-26 = day 14 after 09-12 (inside) -> 9000 - 1800 - 7200/12 = 6600.00.")

proj("Negril Beach Bar", "irie@negrilbeachbar.com", "2025-06-01T10:00:00")
owpay("en_o521", "OWD-2025-611", "Negril Beach Bar", "maintenance_annual", "15000.00", "2700.00", "2025-09-10T10:00:00",
      setup_fee="3000.00", service_start="2025-09-11")
mail("l52-maintenance-day15-jm.eml", "Negril Beach Bar <irie@negrilbeachbar.com>", OW_TO,
     "Maintenance plan OWD-2025-611",
     "Good evening,\n\nAfter the storm we have to close the bar for renovation so we cannot keep the yearly "
     "maintenance package for Negril Beach Bar (OWD-2025-611). Please refund us, still inside the two weeks.\n\n"
     "Respect, Desmond", when("2025-09-25 20:00", JM))
case(52, "maintenance-day15-jm", ["l52-maintenance-day15-jm.eml"], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O5: 20:00 -05:00 on 09-25 = 06:30 IST 09-26 = day 15 after 09-11 -> deny (the sender's own date is day 14).")

proj("Dhaka Textile Hub", "it@dhakatextilehub.com.bd", "2025-06-01T10:00:00")
owpay("en_o531", "OWD-2025-621", "Dhaka Textile Hub", "third_party", "6500.00", "1170.00", "2025-09-24T10:00:00")
mail("l53-premium-plugin.eml", "Dhaka Textile Hub <it@dhakatextilehub.com.bd>", OW_TO,
     "Refund of premium plugin licence OWD-2025-621",
     "Dear Concern,\n\nYou have purchased a premium WooCommerce plugin licence for Dhaka Textile Hub "
     "(OWD-2025-621) but our developer says the free version is enough. Kindly refund the licence cost.\n\n"
     "Regards, IT Dept", when("2025-09-25 12:00", BD))
case(53, "premium-plugin", ["l53-premium-plugin.eml"], OWB, "decided", [R("deny")],
     spec="O6: a plugin licence is a third_party fee -> deny.")

proj("Cardiff Bay Yoga", "namaste@cardiffbayyoga.co.uk", "2025-07-01T10:00:00")
owpay("en_o541", "OWD-2025-631", "Cardiff Bay Yoga", "change_request", "8000.00", "1440.00", "2025-09-20T10:00:00")
mail("l54-change-request.eml", "Cardiff Bay Yoga <namaste@cardiffbayyoga.co.uk>", OW_TO,
     "Extra class timetable page OWD-2025-631",
     "Hi,\n\nWe asked for the extra timetable page (OWD-2025-631) for Cardiff Bay Yoga but now we've bought a "
     "booking app that does it, so we never actually used your page. Can we have that money back please?\n\n"
     "Cerys", when("2025-09-23 10:00", UK))
case(54, "change-request", ["l54-change-request.eml"], OWB, "decided", [R("deny")],
     spec="O6: change requests outside the original scope are never refundable -> deny.")

proj("Kumasi Kente Online", "sales@kumasikente.com.gh", "2025-09-01T10:00:00")
owpay("en_o551", "OWD-2025-641", "Kumasi Kente Online", "setup", "5000.00", "900.00", "2025-09-24T10:00:00")
mail("l55-setup-fee.eml", "Kumasi Kente Online <sales@kumasikente.com.gh>", OW_TO, "Setup fee OWD-2025-641",
     "Hello,\n\nPlease we were charged activation/setup fee OWD-2025-641 for Kumasi Kente Online store but the "
     "store is not yet live and we have decided to sell on Instagram only. We want the setup fee refunded.\n\n"
     "Thank you, Yaw", when("2025-09-25 10:00", GH))
case(55, "setup-fee", ["l55-setup-fee.eml"], OWB, "decided", [R("deny")],
     spec="O6: setup/activation fees are never refundable -> deny.")

proj("Brighton Bike Repairs", "fix@brightonbikes.co.uk", None)
owpay("en_o561", "OWD-2025-651", "Brighton Bike Repairs", "deposit", "15000.00", "2700.00", "2025-09-24T10:00:00")
mail("l56-fwd-c2-owd.eml", "Tom Archer <tom.archer@freelance-dev.example.com>", OW_TO,
     "Fwd: deposit refund - Brighton Bike Repairs",
     "Hi Optima, forwarding on behalf of my client, see below.\nTom\n\nBegin forwarded message:\n\n"
     "From: Brighton Bike Repairs <fix@brightonbikes.co.uk>\nSubject: deposit refund\n"
     "Date: 24 September 2025 at 19:02:11 BST\nTo: Tom Archer <tom.archer@freelance-dev.example.com>\n\n"
     "Tom, we've decided to go with your quote instead of Optima. Can you get them to refund the deposit "
     "OWD-2025-651 for Brighton Bike Repairs? Contract email is fix@brightonbikes.co.uk.\nRuth",
     when("2025-09-25 08:00", UK))
case(56, "fwd-c2-owd", ["l56-fwd-c2-owd.eml"], OWB, "need_info", rules=["C2"],
     spec="§8 forwards with C2 (Apple Mail 'Begin forwarded message'): the carried request names the contract email fix@…, sender is a third party -> C2.")

proj("Pune Fitness Studio", "accounts@punefitness.in", None)
owpay("en_o571", "OWD-2025-661", "Pune Fitness Studio", "deposit", "20000.00", "3600.00", "2025-09-25T10:00:00")
mail("l57-owd-as-per-subject.eml", "Accounts Pune Fitness <accounts@punefitness.in>", OW_TO,
     "Refund Request — Pune Fitness Studio / OWD-2025-661",
     "Hi,\n\nAs per subject. Please process at the earliest.\n\nThanks & Regards\nAccounts Team\n"
     "Pune Fitness Studio\n\nSent from Outlook for Android", when("2025-09-26 10:00", IN))
case(57, "owd-as-per-subject", ["l57-owd-as-per-subject.eml"], OWB, "need_info", missing=["reason"],
     spec="§8 what a reason is: 'as per subject', 'please process' and the signature are not reasons; project and invoice given -> need_info reason.")

proj("Toronto Sushi Bar", "mgr@torontosushibar.example.com", "2025-04-01T10:00:00")
owpay("en_o581", "OWD-2025-671", "Toronto Sushi Bar", "retainer", "10000.00", "1800.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
mail("l58-owd-chargeback-cancel.eml", "Toronto Sushi Bar <mgr@torontosushibar.example.com>", OW_TO,
     "Cancel retainer NOW - OWD-2025-671",
     "You've done nothing on our site in two months. Cancel the Toronto Sushi Bar retainer (OWD-2025-671) "
     "effective immediately. If I see one more charge I'm filing a chargeback with Amex.\n\nKen",
     when("2025-09-20 12:00", NYC))
case(58, "owd-chargeback-cancel", ["l58-owd-chargeback-cancel.eml"], OWB, "decided", [CX("escalate")], rules=["C4"],
     spec="§8 C4 covers the whole case: a chargeback threat escalates even a plain cancellation (O4 alone would cancel 10-09).")

proj("Galway Sea Kayaks", "info@galwayseakayaks.ie", "2025-03-01T10:00:00")
owpay("en_o591", "OWD-2025-681", "Galway Sea Kayaks", "retainer", "7000.00", "1260.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
g1 = mail("l59-owd-thread-a.eml", "Galway Sea Kayaks <info@galwayseakayaks.ie>", OW_TO,
          "Cancel monthly plan - Galway Sea Kayaks OWD-2025-681",
          "Hi, please cancel the monthly plan for Galway Sea Kayaks, invoice OWD-2025-681. Thanks, Niamh",
          when("2025-09-22 10:00", IE))
mail("l59-owd-thread-b.eml", "Galway Sea Kayaks <info@galwayseakayaks.ie>", OW_TO,
     "Re: Cancel monthly plan - Galway Sea Kayaks OWD-2025-681 [OWD-2210]",
     "Sorry - the reason is we're closing for the winter and won't reopen till April, so there's no point "
     "paying for updates.\n\nNiamh\n\n-----Original Message-----\nFrom: Optima WebDesign\n"
     "Sent: Monday, September 22, 2025 4:12 PM\nSubject: Re: Cancel monthly plan [OWD-2210]\n\n"
     "Could you tell us the reason for the cancellation?", when("2025-09-23 09:00", IE),
     reply=[g1, "<owd-2210.ask@optimawebdesign.com>"])
case(59, "owd-thread-reason", ["l59-owd-thread-a.eml", "l59-owd-thread-b.eml"], OWB, "decided", [CX("cancel", "2025-10-14")],
     spec="C3 thread: reason supplied in the reply; O4 notice from the first mail 09-22 <= 10-08 -> last day 2025-10-14.")

mail("l60-owd-before-signing.eml", "Hannah Brooks <hannah@brooksbakery.example.com>", OW_TO, "Quick q before we sign",
     "Hi!\n\nLoving the proposal. Before we sign: if we pay the deposit and then our bank loan falls through, "
     "would we get the deposit back? And if we go for annual hosting and hate it, is there a refund window?\n\n"
     "Hannah, Asheville NC", when("2025-09-24 14:00", NYC))
case(60, "owd-before-signing", ["l60-owd-before-signing.eml"], OWB, "other",
     spec="§8 hypotheticals: questions before signing -> other.")

proj("Kandy Spice Garden", "info@kandyspicegarden.lk", "2025-05-01T10:00:00")
owpay("en_o611", "OWD-2025-691", "Kandy Spice Garden", "milestone", "30000.00", "5400.00", "2025-09-20T10:00:00", milestone_status="completed")
mail("l61-owd-invoice-question.eml", "Kandy Spice Garden <info@kandyspicegarden.lk>", OW_TO, "Invoice OWD-2025-691",
     "Dear Sir,\n\nKindly send invoice OWD-2025-691 with our company registration number added, our auditors "
     "require it. The work is excellent, we are very happy.\n\nWith thanks\nChaminda", when("2025-09-22 10:00", LK))
case(61, "owd-invoice-question", ["l61-owd-invoice-question.eml"], OWB, "other",
     spec="Invoice question asking for no refund or cancellation -> other.")

proj("Midlands Motor Parts", "finance@midlandsmotorparts.co.uk", None)
owpay("en_o621", "PO-4471", "Midlands Motor Parts", "deposit", "22000.00", "3960.00", "2025-09-24T10:00:00")
mail("l62-po-typed.eml", "Midlands Motor Parts <finance@midlandsmotorparts.co.uk>", OW_TO, "deposit - our po 4471",
     "Morning,\n\nRe our PO 4471 (Midlands Motor Parts website). The directors have shelved the project after "
     "losing the Halfords contract. Please refund the deposit of GBP... apologies, Rs 25,960 inc. tax.\n\n"
     "Regards, Accounts", when("2025-09-26 09:00", UK))
case(62, "po-typed", ["l62-po-typed.eml"], OWB, "decided", [R("approve", "22000.00")],
     spec="O2 within 72 h (paid 09-24 10:00, request 09-26 13:30 IST), no work; §8 'PO 4471' = PO-4471; the stated tax-inclusive amount is not trusted: ledger amount before tax 22000.00 (C6).")

proj("Hill Country BBQ", "pitmaster@hillcountrybbq.example.com", "2025-05-01T10:00:00")
owpay("en_o631", "OWD-2025-701", "Hill Country BBQ", "hosting_annual", "12000.00", "2160.00", "2025-09-14T10:00:00",
      setup_fee="1200.00", service_start="2025-09-15")
mail("l63-owd-not-refund-just-pause.eml", "Hill Country BBQ <pitmaster@hillcountrybbq.example.com>", OW_TO,
     "Hosting OWD-2025-701 - not a refund request",
     "Howdy,\n\nWe are NOT looking for a refund on the hosting (OWD-2025-701) and we're not cancelling either. "
     "Just wanted to ask if y'all can take the Hill Country BBQ site offline for two weeks while we remodel.\n\n"
     "Thanks, Earl", when("2025-09-22 10:00", TX))
case(63, "owd-not-refund-pause", ["l63-owd-not-refund-just-pause.eml"], OWB, "other",
     spec="§8 negation of both intents inside the O5 window; a service request -> other.")

proj("Colombo Crab House", "reservations@colombocrab.lk", None)
owpay("en_o641", "OWD-2025-711", "Colombo Crab House", "deposit", "20000.00", "3600.00", "2025-09-25T10:00:00")
mail("l64-owd-lawyer.eml", "Colombo Crab House <reservations@colombocrab.lk>", OW_TO, "Deposit OWD-2025-711",
     "Sir,\n\nWe paid deposit OWD-2025-711 for Colombo Crab House yesterday, and today your team sends a contract "
     "with different price. We cancel the project and want full refund. Our lawyer has already reviewed the "
     "contract.\n\nManager", when("2025-09-26 11:00", LK))
case(64, "owd-lawyer", ["l64-owd-lawyer.eml"], OWB, "decided", [R("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: a lawyer is mentioned -> escalate (O2 alone would approve, 25 h after payment).")

cust("tom.harris@gmail.com", "Tom Harris", "monthly", start="2025-09-10", end="2025-10-09")
mail("l65-wrong-brand-address.eml", "Tom Harris <tom.harris@gmail.com>", OW_TO, "cancel leadsoptima",
     "hi, please cancel my LeadsOptima monthly, I'm moving to HubSpot. thanks Tom", when("2025-09-23 10:00", UK))
case(65, "wrong-brand-address", ["l65-wrong-brand-address.eml"], OWB, "need_info", rules=["C2"],
     spec="C1 the mailbox picks Optima WebDesign; §8 other brand's customer: unknown in Optima's ledger -> treated as an unknown sender (C2, C3).")

if __name__ == "__main__":
    write()
