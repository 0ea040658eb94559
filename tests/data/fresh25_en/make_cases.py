#!/usr/bin/env python3
"""Held-out round fresh25: regenerates ledger.json, emails/*.eml and expected.json beside itself.
Stdlib only, deterministic. MIT, like the project; all text written for this project."""
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OW_TO2 = "Billing <billing@optimawebdesign.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
MAILS = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps=None, pe=None, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def when(y, mo, d, h, mi, off):
    """A send time in the sender's own zone; off in hours (5.5 for India)."""
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


def mail(name, frm, to, subject, body, date, html=None, headers=None, reply_to=None, parent=None, cc=None):
    """Write emails/<name>.eml; parent is an earlier name (thread) or a raw Message-ID."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    mid = f"<{name}.{PREFIX}@mail.example>"
    msg["Message-ID"] = mid
    if parent:
        chain = parent if isinstance(parent, list) else [parent]
        ids = [MAILS[p] if p in MAILS else p for p in chain]
        msg["In-Reply-To"] = ids[-1]
        msg["References"] = " ".join(ids)
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    (HERE / "emails" / f"{name}.eml").write_bytes(msg.as_bytes(policy=SMTP))
    MAILS[name] = mid
    return f"emails/{name}.eml"


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None,
         spec=""):
    c = {"id": f"{PREFIX}-{cid}", "lang": PREFIX, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(zip(("intent", "outcome", "amount", "effective_date"), d)) for d in decisions]
    for d in c["decisions"]:
        d.setdefault("amount", None)
        if d["intent"] == "refund" or (d["outcome"] == "escalate" and d.get("effective_date") is None):
            d.pop("effective_date", None)  # an escalated cancellation's date is left to staff: not compared
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return ("refund", outcome, amount)


def C(outcome, eff=None):
    return ("cancellation", outcome, None, eff)


def start():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()


def finish():
    (HERE / "ledger.json").write_text(json.dumps({"customers": CUSTOMERS, "projects": PROJECTS,
                                                  "payments": PAYMENTS}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases written to {HERE}")

PREFIX = "en"
start()

# ---------------- LeadsOptima ledger ----------------
cust("chidi.okeke@gmail.com", "Chidi Okeke", "monthly", start="2025-09-22", end="2025-10-21")
lopay("en_p101", "LO-INV-70101", "chidi.okeke@gmail.com", "monthly", M, "2025-09-22T10:05:00", "2025-09-22", "2025-10-21")
lopay("en_p102", "LO-INV-70102", "chidi.okeke@gmail.com", "monthly", M, "2025-09-22T10:07:00", "2025-09-22", "2025-10-21")
cust("liam.tremblay@rogers.com", "Liam Tremblay", "annual", start="2025-09-15", end="2026-09-14")
lopay("en_p201", "LO-INV-70201", "liam.tremblay@rogers.com", "annual", A, "2025-09-15T11:20:00", "2025-09-15", "2026-09-14")
lopay("en_p202", "LO-INV-70202", "liam.tremblay@rogers.com", "annual", A, "2025-09-15T11:21:00", "2025-09-15", "2026-09-14")
cust("siobhan.murphy@eircom.net", "Siobhan Murphy", "quarterly", start="2025-09-20", end="2025-12-19")
for i, t in ((1, "09:00"), (2, "09:01"), (3, "09:03")):
    lopay(f"en_p30{i}", f"LO-INV-7030{i}", "siobhan.murphy@eircom.net", "quarterly", Q, f"2025-09-20T{t}:00", "2025-09-20", "2025-12-19")
cust("priya.nair@outlook.in", "Priya Nair", "annual", start="2025-09-26", end="2026-09-25")
lopay("en_p401", "LO-INV-70401", "priya.nair@outlook.in", "annual", A, "2025-09-26T09:30:00", "2025-09-26", "2026-09-25")
cust("marco.delacruz@yahoo.com.ph", "Marco Dela Cruz", "annual", start="2025-09-24", end="2026-09-23")
lopay("en_p501", "LO-INV-70501", "marco.delacruz@yahoo.com.ph", "annual", A, "2025-09-24T14:00:00", "2025-09-24", "2026-09-23")
cust("gwambui@gmail.com", "Grace Wambui", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p601", "LO-INV-70601", "gwambui@gmail.com", "monthly", M, "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
cust("weiling.tan@singnet.com.sg", "Tan Wei Ling", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("en_p701", "LO-INV-70701", "weiling.tan@singnet.com.sg", "quarterly", Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
cust("ola.adebayo@yahoo.com", "Ola Adebayo", "monthly", status="trial", trial_ends="2025-10-05")
cust("aoife.brennan@gmail.com", "Aoife Brennan", "monthly", status="cancelled", start="2025-09-12", end="2025-10-11")
lopay("en_p901", "LO-INV-70901", "aoife.brennan@gmail.com", "monthly", M, "2025-09-12T08:00:00", "2025-09-12", "2025-10-11", status="refunded")
cust("kevin.otieno@gmail.com", "Kevin Otieno", "monthly", start="2025-08-27", end="2025-09-26")
lopay("en_p1001", "LO-INV-71001", "kevin.otieno@gmail.com", "monthly", M, "2025-09-27T16:00:00", "2025-09-27", "2025-10-26", status="failed")
cust("rachel.goldberg@goldbergpr.com", "Rachel Goldberg", "annual", start="2025-03-10", end="2026-03-09")
lopay("en_p1101", "LO-INV-71101", "rachel.goldberg@goldbergpr.com", "annual", A, "2025-03-10T19:00:00", "2025-03-10", "2026-03-09")
cust("tom.harris@btinternet.com", "Tom Harris", "monthly")
lopay("en_p1200", "LO-INV-71200", "tom.harris@btinternet.com", "monthly", M, "2025-08-05T11:00:00")
lopay("en_p1201", "LO-INV-71201", "tom.harris@btinternet.com", "monthly", M, "2025-09-04T20:00:00Z")
cust("nicole.santos@globe.com.ph", "Nicole Santos", "quarterly")
lopay("en_p1301", "LO-INV-71301", "nicole.santos@globe.com.ph", "quarterly", Q, "2025-07-31T10:00:00")
cust("arjun.mehta@zoho.in", "Arjun Mehta", "monthly", start="2025-09-23", end="2025-10-22")
lopay("en_p1401", "LO-INV-71401", "arjun.mehta@zoho.in", "monthly", M, "2025-09-23T07:45:00", "2025-09-23", "2025-10-22")
lopay("en_p1402", "LO-INV-71402", "arjun.mehta@zoho.in", "monthly", M, "2025-09-23T07:46:00", "2025-09-23", "2025-10-22")
cust("fatima.bello@yahoo.com", "Fatima Bello", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p1501", "LO-INV-71501", "fatima.bello@yahoo.com", "monthly", M, "2025-09-26T13:10:00", "2025-09-26", "2025-10-25")
cust("sean.obrien@galwaymail.ie", "Seán O'Brien", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("en_p1601", "LO-INV-71601", "sean.obrien@galwaymail.ie", "quarterly", Q, "2025-06-10T09:00:00", "2025-06-10", "2025-09-09")
lopay("en_p1602", "LO-INV-71602", "sean.obrien@galwaymail.ie", "quarterly", Q, "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
cust("jason.lim@pacific.net.sg", "Jason Lim", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p1701", "LO-INV-71701", "jason.lim@pacific.net.sg", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
cust("emeka.nwosu@gmail.com", "Emeka Nwosu", "annual", start="2025-09-18", end="2026-09-17")
lopay("en_p1801", "LO-INV-71801", "emeka.nwosu@gmail.com", "annual", A, "2025-09-18T10:00:00", "2025-09-18", "2026-09-17")
lopay("en_p1802", "LO-INV-71802", "emeka.nwosu@gmail.com", "annual", A, "2025-09-18T10:00:40", "2025-09-18", "2026-09-17")
cust("mary.kiplagat@gmail.com", "Mary Kiplagat", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p1901", "LO-INV-71901", "mary.kiplagat@gmail.com", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
cust("daniel.reyes@gmail.com", "Daniel Reyes", "monthly", start="2025-09-27", end="2025-10-26")
lopay("en_p2001", "LO-INV-72001", "daniel.reyes@gmail.com", "monthly", M, "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
lopay("en_p2002", "LO-INV-72002", "daniel.reyes@gmail.com", "monthly", M, "2025-09-27T08:01:00", "2025-09-27", "2025-10-26")
cust("emily.carter@gmail.com", "Emily Carter", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p2101", "LO-INV-72101", "emily.carter@gmail.com", "monthly", M, "2025-09-25T21:00:00", "2025-09-25", "2025-10-24")
cust("ngozi.eze@outlook.com", "Ngozi Eze", "quarterly", start="2025-09-29", end="2025-12-28")
lopay("en_p2201", "LO-INV-72201", "ngozi.eze@outlook.com", "quarterly", Q, "2025-09-29T10:00:00", "2025-09-29", "2025-12-28")
cust("ryan.chua@chuaventures.sg", "Ryan Chua", "annual", start="2025-09-21", end="2026-09-20")
lopay("en_p2301", "LO-INV-72301", "ryan.chua@chuaventures.sg", "annual", A, "2025-09-21T12:00:00", "2025-09-21", "2026-09-20")
cust("joy.mwangi@gmail.com", "Joy Mwangi", "monthly", start="2025-09-28", end="2025-10-27")
lopay("en_p2601", "LO-INV-72601", "joy.mwangi@gmail.com", "monthly", M, "2025-09-28T09:00:00", "2025-09-28", "2025-10-27")
cust("brendan.walsh@limerickfit.ie", "Brendan Walsh", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p2701", "LO-INV-72701", "brendan.walsh@limerickfit.ie", "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("kayode.adeyemi@gmail.com", "Kayode Adeyemi", "monthly", start="2025-09-26", end="2025-10-25")
lopay("en_p2801", "LO-INV-72801", "kayode.adeyemi@gmail.com", "monthly", M, "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
cust("sarah.thompson@shaw.ca", "Sarah Thompson", "annual", start="2025-05-01", end="2026-04-30")
lopay("en_p2901", "LO-INV-72901", "sarah.thompson@shaw.ca", "annual", A, "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
cust("deji.ogunleye@gmail.com", "Deji Ogunleye", "monthly", status="cancelled", start="2025-09-10", end="2025-10-09")
lopay("en_p3001", "LO-INV-73001", "deji.ogunleye@gmail.com", "monthly", M, "2025-09-10T06:00:00", "2025-09-10", "2025-10-09")
cust("darren.koh@koh-associates.sg", "Darren Koh", "monthly", start="2025-09-21", end="2025-10-20")
lopay("en_p3101", "LO-INV-73101", "darren.koh@koh-associates.sg", "monthly", M, "2025-09-21T23:50:00", "2025-09-21", "2025-10-20")
cust("tunde.bakare@gmail.com", "Tunde Bakare", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p3201", "LO-INV-73201", "tunde.bakare@gmail.com", "monthly", M, "2025-09-20T08:00:00", "2025-09-20", "2025-10-19")
lopay("en_p3202", "LO-INV-73202", "tunde.bakare@gmail.com", "monthly", M, "2025-09-20T08:00:30", "2025-09-20", "2025-10-19")
cust("cheryl.mendoza@gmail.com", "Cheryl Mendoza", "monthly", start="2025-09-15", end="2025-10-14")
lopay("en_p3301", "LO-INV-73301", "cheryl.mendoza@gmail.com", "monthly", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
cust("amaka.obi@gmail.com", "Amaka Obi", "monthly", start="2025-09-29", end="2025-10-28")
lopay("en_p3401", "LO-INV-73401", "amaka.obi@gmail.com", "monthly", M, "2025-09-29T11:00:00", "2025-09-29", "2025-10-28")
lopay("en_p3402", "LO-INV-73402", "amaka.obi@gmail.com", "monthly", M, "2025-09-29T11:02:00", "2025-09-29", "2025-10-28")
cust("brad.wilson@wilsonroofing.com", "Brad Wilson", "annual", start="2025-09-27", end="2026-09-26")
lopay("en_p3701", "LO-INV-73701", "brad.wilson@wilsonroofing.com", "annual", A, "2025-09-27T22:00:00", "2025-09-27", "2026-09-26")
cust("rajesh.kumar@rkexports.in", "Rajesh Kumar", "monthly", start="2025-09-24", end="2025-10-23")
lopay("en_p3801", "LO-INV-73801", "rajesh.kumar@rkexports.in", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lopay("en_p3802", "LO-INV-73802", "rajesh.kumar@rkexports.in", "monthly", M, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
cust("lisa.ng@gmail.com", "Lisa Ng", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("en_p3901", "LO-INV-73901", "lisa.ng@gmail.com", "quarterly", Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")

# ---------------- LeadsOptima cases ----------------
f = mail("l01-chidi-debited-twice", "Chidi Okeke <chidi.okeke@gmail.com>", LO_TO, "Debited twice for this month",
         "Good morning,\n\nPlease I was debited twice for my monthly subscription on Monday, the alert came in two times "
         "within minutes from my GTBank card. The second one is invoice lo inv 70102.\n\nKindly reverse the second one "
         "for me. I am still using the platform, no wahala with the service itself.\n\nThanks,\nChidi\nSent from my Tecno",
         when(2025, 9, 24, 8, 40, 1))
case("l01-debited-twice-typed-ref", LOB, [f], "decided", [R("approve", "1499.00")],
     spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-22 same period; request 09-24 IST = day 2 (L3); "
          "'lo inv 70102' = LO-INV-70102 (sec.8 references); refund 1499.00 before tax.")

f = mail("l02-chidi-plus-tag", "Chidi Okeke <chidi.okeke+leads@gmail.com>", LO_TO, "Double charge - LO-INV-70102",
         "Hello support,\n\nSame Chidi here, writing from my filter address. My account email is chidi.okeke@gmail.com. "
         "I was charged two times on 22nd Sept (LO-INV-70102). Pls refund.\n\nChidi", when(2025, 9, 24, 19, 5, 1))
case("l02-plus-tag-is-other-address", LOB, [f], "need_info", rules=["C2"],
     spec="C2 + sec.8 Addresses: a +tag makes another address; the named registered email chidi.okeke@gmail.com is "
          "not the sender, so the draft asks him to write from it.")

f = mail("l03-liam-toronto-late", "Liam Tremblay <liam.tremblay@rogers.com>", LO_TO, "Duplicate annual charge - LO-INV-70202",
         "Hi there,\n\nJust went through my Visa statement and there are two identical charges from LeadsOptima on "
         "Sept 15 for the annual plan. Invoice for the second one is LO-INV-70202. Could you refund the duplicate?\n\n"
         "Cheers,\nLiam Tremblay\nToronto, ON", when(2025, 9, 22, 20, 15, -4))
case("l03-duplicate-day8-by-ist", LOB, [f], "decided", [R("deny")],
     spec="L3: sent Mon 22 Sep 20:15 EDT = 23 Sep 05:45 IST; charge 15 Sep IST is day 0, so the request is day 8, "
          "outside the 7-day window: deny although the pair exists (L4 not reached).")

f = mail("l04-siobhan-three", "Siobhan Murphy <siobhan.murphy@eircom.net>", LO_TO, "Charged 3 times?!",
         "Hiya,\n\nNot sure what happened on Saturday but ye took the quarterly payment out THREE times, the bank app "
         "shows 3 x the same amount within a few minutes. Invoices LO-INV-70302 and LO-INV-70303 are the extra ones. "
         "I only want the one plan obviously so can the other two be refunded please.\n\nThanks a mil,\nSiobhan\n\n"
         "--\nSiobhan Murphy | Murphy's Pharmacy, Ennis", when(2025, 9, 25, 10, 10, 1))
case("l04-three-identical-charges", LOB, [f], "decided", [R("approve", "7998.00")],
     spec="Sec.8 three identical charges: charges 2 and 3 (same account, amount, period 2025-09-20) are duplicates, "
          "request 09-25 day 5; refund 2 x 3999.00 = 7998.00 (L4).")

f = mail("l05-priya-wrong-plan", "Priya Nair <priya.nair@outlook.in>", LO_TO, "Wrong plan charged",
         "Hi team,\n\nI was charged Rs 14,145.84 for the ANNUAL plan this morning. I never selected annual - I've been on "
         "monthly since March and didn't touch the billing page. Looks like a billing error on your side after the "
         "pricing page update. Please refund and keep me on monthly.\n\nRegards,\nPriya", when(2025, 9, 26, 14, 2, 5.5))
case("l05-billing-error-wrong-plan", LOB, [f], "decided", [R("escalate")],
     spec="L2 billing_error (charged for the wrong plan, not her own change), inside window (same day): L5 escalate, "
          "no amount; single charge LO-INV-70401 filled from the ledger.")

f = mail("l06-marco-self-upgrade", "Marco Dela Cruz <marco.delacruz@yahoo.com.ph>", LO_TO, "refund of annual upgrade",
         "Hi po,\n\nLast Wednesday I upgraded our account to annual myself because of the promo banner, my mistake talaga. "
         "After computing it's too much for our small team right now. Can you refund the annual (LO-INV-70501) and just "
         "put us back on monthly? We will continue using LeadsOptima naman.\n\nThank you po,\nMarco\nQuezon City",
         when(2025, 9, 27, 9, 30, 8))
case("l06-self-made-plan-change", LOB, [f], "decided", [R("deny")],
     spec="L1: he upgraded himself and finds it too expensive, not a billing error (L2); inside 7 days but no exception "
          "reason: deny, cancellation offered.")

f = mail("l07-grace-cant-login", "Grace Wambui <gwambui@gmail.com>", LO_TO, "Cannot log in since Saturday - refund",
         "Hello,\n\nI paid for the month on Thursday and since Saturday I cannot log in at all, the dashboard just keeps "
         "spinning then says session expired. Tried Chrome, Edge, my phone, cleared cache. Your chat bot keeps sending me "
         "the same FAQ. I have clients waiting. If this can't be fixed I want my money back for this month.\n\n"
         "Grace Wambui\nWambui Events, Nairobi", when(2025, 9, 28, 9, 15, 3))
case("l07-access-failure", LOB, [f], "decided", [R("escalate")],
     spec="L2 access_failure (cannot log in), charge 2025-09-25, request 09-28 IST day 3: L6 escalate; the one charge "
          "LO-INV-70601 is filled from the ledger.")

f = mail("l08-weiling-not-refund", "Tan Wei Ling <weiling.tan@singnet.com.sg>", LO_TO, "Cancellation",
         "Hi,\n\nI'm not asking for a refund, I understand the policy. Just please cancel our quarterly plan so it "
         "doesn't renew in December. We've consolidated tools in our Singapore office.\n\nThanks,\nWei Ling",
         when(2025, 9, 26, 11, 40, 8))
case("l08-negated-refund-cancel", LOB, [f], "decided", [C("cancel", "2025-11-30")],
     spec="Sec.8 negation adds no refund; L8 cancel, last active day = current_period_end 2025-11-30.")

f = mail("l09-ola-trial", "Ola Adebayo <ola.adebayo@yahoo.com>", LO_TO, "Refund my money",
         "Good day\n\nI signed up for the free trial on Friday and I see NGN debit alert of a small amount from my card "
         "as verification. I want it refunded, I did not subscribe to anything yet.\n\nOla", when(2025, 9, 29, 13, 0, 1))
case("l09-trial-nothing-charged", LOB, [f], "decided", [R("deny")],
     spec="L7: account on free trial, no charges in the ledger: deny (nothing to refund; no billing unless they subscribe).")

f = mail("l10-ola-hypothetical", "Ola Adebayo <ola.adebayo@yahoo.com>", LO_TO, "Question on quarterly",
         "Hi,\n\nBefore my trial ends on the 5th - if I upgrade to quarterly and the WhatsApp integration doesn't work "
         "for my shop, would I get a refund? Just want to be sure before I pay.\n\nThanks\nOla",
         when(2025, 9, 30, 10, 20, 1))
case("l10-hypothetical-before-buying", LOB, [f], "other",
     spec="Sec.8 hypotheticals: 'would I get a refund if...' before buying is a policy question: other.")

f = mail("l11-aoife-thanks", "Aoife Brennan <aoife.brennan@gmail.com>", LO_TO, "Re: Your refund for LO-INV-70901",
         "Hi folks,\n\nJust to say the refund landed in my AIB account this morning. Thanks a million for sorting it so "
         "fast, genuinely didn't expect it.\n\nAll the best,\nAoife", when(2025, 9, 29, 12, 5, 1),
         parent="<refund-70901.lo@leadsoptima.com>")
case("l11-thank-you-after-refund", LOB, [f], "other",
     spec="A thank-you for a past refund asks for no refund or cancellation: other, no decision.")

f = mail("l12-kevin-failed", "Kevin Otieno <kevin.otieno@gmail.com>", LO_TO, "Payment failed but money deducted",
         "Hello LeadsOptima,\n\nOn Saturday your site said my renewal payment FAILED, but the Ksh equivalent was deducted "
         "from my account all the same (ref LO-INV-71001). That is a billing error. Refund it please, I will pay again "
         "once the card issue is sorted.\n\nKevin Otieno", when(2025, 9, 29, 8, 45, 3))
case("l12-refund-of-failed-payment", LOB, [f], "decided", [R("escalate")],
     spec="Sec.8 payments not paid: LO-INV-71001 has status failed, so a refund of it is escalate (no amount).")

f = mail("l13-rachel-cancel", "Rachel Goldberg <rachel.goldberg@goldbergpr.com>", LO_TO, "Cancel subscription at end of term",
         None, when(2025, 9, 25, 15, 30, -4),
         html="<div>Hi LeadsOptima team,</div><div><br></div><div>Please cancel our annual subscription so it does not "
              "auto-renew in March. We are consolidating on HubSpot company-wide.</div><div><br></div><div>Best,<br>"
              "Rachel Goldberg<br><b>Goldberg PR</b> | New York, NY</div>")
case("l13-cancel-annual-html-only", LOB, [f], "decided", [C("cancel", "2026-03-09")],
     spec="L8: cancel, last active day current_period_end 2026-03-09; HTML-only webmail body.")

f = mail("l14-tom-cancel", "Tom Harris <tom.harris@btinternet.com>", LO_TO, "cancel",
         "Please cancel my account. Tool's fine but we're winding the business down at Christmas.\n\nTom",
         when(2025, 9, 27, 17, 40, 1))
case("l14-cancel-fallback-utc-charge", LOB, [f], "decided", [C("cancel", "2025-10-04")],
     spec="L8 fallback (no current_period_end): last charge 2025-09-04T20:00Z = 2025-09-05 IST (sec.8 offsets), "
          "+1 month -1 day = 2025-10-04.")

f = mail("l15-nicole-cancel", "Nicole Santos <nicole.santos@globe.com.ph>", LO_TO, "Pls cancel",
         "hi pls cancel our leadsoptima quarterly na, budget cut from management. thanks\n\nNicole\n"
         "Sent from Yahoo Mail on Android", when(2025, 9, 29, 19, 25, 8))
case("l15-cancel-quarterly-fallback", LOB, [f], "decided", [C("cancel", "2025-10-30")],
     spec="L8 fallback: last quarterly charge 2025-07-31, +3 months = 2025-10-31, -1 day = 2025-10-30.")

f = mail("l16-arjun-dup-cancel", "Arjun Mehta <arjun.mehta@zoho.in>", LO_TO, "Double payment + cancellation",
         "Hi,\n\n1) Payment got deducted two times on 23 Sep (LO-INV-71401 and LO-INV-71402). Refund the extra one.\n"
         "2) Also we are shifting to an in-house CRM, so please cancel the plan from next cycle.\n\nThanks\nArjun Mehta\n"
         "Pune", when(2025, 9, 25, 12, 10, 5.5))
case("l16-duplicate-and-cancel", LOB, [f], "decided", [R("approve", "1499.00"), C("cancel", "2025-10-22")],
     spec="L4 pair on 2025-09-23 (refund the later, LO-INV-71402), day 2: approve 1499.00; L8 cancel at "
          "current_period_end 2025-10-22.")

f = mail("l17-fatima-no-reason", "Fatima Bello <fatima.bello@yahoo.com>", LO_TO, "Refund request",
         "Good afternoon Sir/Ma,\n\nKindly refund my subscription payment at your earliest convenience.\n\n"
         "Thanks and God bless.\n\nFatima Bello (Mrs)\nBello Catering Services, Abuja\n"
         "This email and any attachments are confidential and intended solely for the addressee.",
         when(2025, 9, 27, 14, 30, 1))
case("l17-missing-reason-courtesy", LOB, [f], "need_info", missing=["reason"],
     spec="Sec.8 what a reason is: courtesy lines, signature and disclaimer are not reasons; plan and the one invoice "
          "LO-INV-71501 come from the ledger (sec.1), so only reason is missing (C3).")

f = mail("l18-sean-no-invoice", "Seán O'Brien <sean.obrien@galwaymail.ie>", LO_TO, "Charged twice",
         "Hello,\n\nI think I've been charged twice for the quarterly plan, can you check and refund the one that "
         "shouldn't be there.\n\nSeán", when(2025, 9, 15, 20, 30, 1))
case("l18-two-charges-no-invoice", LOB, [f], "need_info", missing=["invoice_number"],
     spec="Verified sender with two charges in the ledger, so the invoice is not filled (sec.1); reason given, plan from "
          "ledger: ask for invoice_number (C3).")

f1 = mail("l19a-jason-refund", "Jason Lim <jason.lim@pacific.net.sg>", LO_TO, "Refund for inv 71701",
          "Hi, pls refund LO-INV-71701. Thanks.\n\nJason", when(2025, 9, 22, 9, 50, 8))
f2 = mail("l19b-jason-reply", "Jason Lim <jason.lim@pacific.net.sg>", LO_TO, "Re: Refund for inv 71701 [LO-3107]",
          "Reason: the platform is not loading since your update last Fri, blank white page on Chrome and Safari, "
          "both laptop and phone. Support ticket got no answer.\n\nJason\n\n"
          "On Mon, 22 Sep 2025 at 12:30, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
          "> Thanks for writing. To look into this we need the reason for your request.\n",
          when(2025, 9, 23, 10, 5, 8), parent=["l19a-jason-refund", "<LO-3107.r1@leadsoptima.com>"])
case("l19-thread-answers-need-info", LOB, [f1, f2], "decided", [R("escalate")],
     spec="C3 thread: the reply supplies the reason (access failure, not loading); request time = first email 09-22, "
          "day 2: L6 escalate.")

f1 = mail("l20a-emeka-refund", "Emeka Nwosu <emeka.nwosu@gmail.com>", LO_TO, "Refund",
          "Please refund my money for the annual plan.\n\nEmeka", when(2025, 9, 24, 18, 0, 1))
f2 = mail("l20b-emeka-reply", "Emeka Nwosu <emeka.nwosu@gmail.com>", LO_TO, "Re: Refund [LO-3122]",
          "Sorry for the late reply, was travelling to Abuja. You people charged me double for the annual plan on the "
          "18th, same amount twice. The extra one is LO-INV-71802.\n\nEmeka", when(2025, 9, 27, 16, 10, 1),
          parent=["l20a-emeka-refund", "<LO-3122.r1@leadsoptima.com>"])
case("l20-thread-late-answer-keeps-window", LOB, [f1, f2], "decided", [R("approve", "11988.00")],
     spec="Sec.1 request time = the case's first email (24 Sep 18:00 WAT = 22:30 IST, day 6 from 09-18), not the reply "
          "on day 9 (27 Sep 16:10 WAT = 20:40 IST); L4 pair: "
          "approve 11988.00.")

f = mail("l21-mary-chargeback", "Mary Kiplagat <mary.kiplagat@gmail.com>", LO_TO, "Cancel and refund NOW",
         "I was charged a wrong amount on Friday, not what I agreed at sign up. Cancel my account and refund me or "
         "I will raise a chargeback with my bank by Wednesday.\n\nMary", when(2025, 9, 28, 16, 20, 3))
case("l21-chargeback-covers-cancel", LOB, [f], "decided", [R("escalate"), C("escalate")], rules=["C4"],
     spec="C4 + sec.8: a chargeback threat escalates every intent of the email, the cancellation included.")

f = mail("l22-reyes-forward", "Ops Reyes Digital <ops@reyesdigital.ph>", LO_TO, "FW: double charge",
         "Hi LeadsOptima, forwarding from our boss, please see below.\n\n"
         "________________________________\nFrom: Daniel Reyes <daniel.reyes@gmail.com>\nSent: Saturday, September 27, 2025 5:12 PM\n"
         "To: Ops Reyes Digital <ops@reyesdigital.ph>\nSubject: double charge\n\n"
         "Pakiforward to LeadsOptima: I was charged twice this morning, LO-INV-72002 is the extra. "
         "Account is daniel.reyes@gmail.com, monthly plan. Ask for refund.\n",
         when(2025, 9, 27, 17, 30, 8))
case("l22-forward-c2", LOB, [f], "need_info", rules=["C2"],
     spec="Sec.8 forwards: the forwarded request names registered email daniel.reyes@gmail.com, not the sender "
          "ops@reyesdigital.ph: C2, ask for the request from that address.")

f = mail("l23-emily-replyto", "Emily Carter <emily@carterbakes.com>", LO_TO, "Charged more than the listed price",
         "Hey,\n\nMy account email is emily.carter@gmail.com (monthly). The invoice LO-INV-72101 from Thursday is for "
         "more than the $ price shown on your site, looks like I was overcharged. Can you fix and refund the "
         "difference?\n\nThanks!\nEmily\nCarter Bakes, Portland OR", when(2025, 9, 26, 11, 0, -7),
         reply_to="emily.carter@gmail.com")
case("l23-reply-to-does-not-verify", LOB, [f], "need_info", rules=["C2"],
     spec="Sec.8 addresses: Reply-To never verifies; From emily@carterbakes.com differs from the registered "
          "emily.carter@gmail.com: C2.")

f = mail("l24-ngozi-fccpc", "Ngozi Eze <ngozi.eze@outlook.com>", LO_TO, "Incorrect amount charged LO-INV-72201",
         "Dear LeadsOptima,\n\nYou charged an incorrect amount for my quarterly renewal today, LO-INV-72201. I expect "
         "a refund of the difference within 48 hours, failing which I will escalate to the Federal Competition and "
         "Consumer Protection Commission.\n\nNgozi Eze\nLekki, Lagos", when(2025, 9, 29, 15, 0, 1))
case("l24-consumer-protection-threat", LOB, [f], "decided", [R("escalate")], rules=["C4"],
     spec="C4: mention of a consumer protection commission: escalate (billing error would escalate anyway, C4 fires).")

f = mail("l25-ryan-no-chargeback", "Ryan Chua <ryan.chua@chuaventures.sg>", LO_TO, "Annual invoice amount",
         "Hi,\n\nThe annual charge on Sunday (LO-INV-72301) was billed at the full price instead of the launch promo "
         "I signed up with, so it's the wrong amount. Not trying to be difficult - I've never done a chargeback in my "
         "life and won't start now - just want the difference back.\n\nRyan", when(2025, 9, 23, 10, 0, 8))
case("l25-negated-chargeback", LOB, [f], "decided", [R("escalate")],
     spec="L2 billing_error (wrong amount), day 2: L5 escalate; the chargeback mention is ruled out by the customer, "
          "and C4 / sec.8 escalate threats only: no C4.")

f = mail("l26-ooo", "Brendan Walsh <brendan.walsh@limerickfit.ie>", LO_TO, "Automatic reply: Your LeadsOptima invoice",
         "I'm out of the office until Monday 6 October with limited access to email. For billing queries please "
         "contact accounts@limerickfit.ie.\n\nBrendan", when(2025, 9, 26, 9, 0, 1),
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l26-out-of-office", LOB, [f], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied.")

f = mail("l27-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx.safaricom.co.ke>", LO_TO,
         "Undelivered Mail Returned to Sender",
         "This is the mail system at host mx.safaricom.co.ke.\n\nI'm sorry to have to inform you that your message "
         "could not be delivered to one or more recipients.\n\n<kotieno@safaricom.co.ke>: host said: 550 5.1.1 "
         "User unknown (refund request)\n", when(2025, 9, 28, 10, 2, 3))
case("l27-mailer-daemon", LOB, [f], "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce).")

f = mail("l28-list", "Growth Hackers NG <digest@growthhackers.ng>", LO_TO, "[GH-NG] Weekly digest: refund tactics, CRMs",
         "This week: how to ask SaaS vendors for a refund, cancel unused subscriptions, double charges on cards...\n\n"
         "Unsubscribe: https://growthhackers.ng/u", when(2025, 9, 26, 7, 0, 1),
         headers={"List-Id": "Growth Hackers NG <weekly.growthhackers.ng>", "List-Unsubscribe": "<https://growthhackers.ng/u>",
                  "Precedence": "list"})
case("l28-mailing-list", LOB, [f], "ignore", rules=["C7"], spec="C7: List-Id / Precedence: list.")

f = mail("l29-own", "LeadsOptima <noreply@leadsoptima.com>", LO_TO, "Refund processed: LO-INV-70901",
         "Hi Aoife, your refund of INR 1,499.00 has been processed to your original payment method.",
         when(2025, 9, 26, 18, 0, 5.5))
case("l29-own-address", LOB, [f], "ignore", rules=["C7"], spec="C7: mail from the brand's own address.")

f = mail("l30-bulk", "Paystack Offers <offers@mail.paystack-promos.com>", LO_TO, "Cancel less, grow more",
         "Merchants: reduce refund requests and cancellations with smart retries. Read more.", when(2025, 9, 25, 12, 0, 1),
         headers={"Precedence": "bulk"})
case("l30-precedence-bulk", LOB, [f], "ignore", rules=["C7"], spec="C7: Precedence: bulk.")

f = mail("l31-ryan-invoice-q", "Ryan Chua <ryan.chua@chuaventures.sg>", LO_TO, "Invoice with UEN please",
         "Hi, could you re-issue LO-INV-72301 with our company name and UEN 201912345K on it? Our finance needs it for "
         "GST claims. Nothing else wrong with the charge.\n\nThanks\nRyan", when(2025, 9, 24, 14, 0, 8))
case("l31-invoice-question", LOB, [f], "other", spec="An invoice question that asks for no refund or cancellation: other.")

f = mail("l32-joy-mpesa", "Joy Mwangi <joy.mwangi@gmail.com>", LO_TO, "Double deduction",
         "Hi, my M-Pesa / card statement shows two deductions for LeadsOptima today, same amount. Invoice LO-INV-72601. "
         "Kindly refund the double one.\nJoy", when(2025, 9, 28, 20, 15, 3))
case("l32-duplicate-claim-no-pair", LOB, [f], "decided", [R("escalate")],
     spec="L4: claimed duplicate, but the ledger holds one charge for the period: no pair, escalate.")

f = mail("l33-brendan-seats", "Brendan Walsh <brendan.walsh@limerickfit.ie>", LO_TO, "Seats on invoice LO-INV-72701",
         "Hi,\n\nThe September invoice LO-INV-72701 bills us for 5 seats. We've only 2 users and never added the extra "
         "seats - we were overcharged. Please refund the extra and correct it.\n\nBrendan Walsh\nLimerick Fitness",
         when(2025, 9, 29, 9, 30, 1))
case("l33-extra-seats-overcharged", LOB, [f], "decided", [R("escalate")],
     spec="L2 billing_error (overcharged for seats never added), day 4: L5 escalate, no amount.")

f = mail("l34-kayode-addon", "Kayode Adeyemi <kayode.adeyemi@gmail.com>", LO_TO, "Refund extra seats add-on",
         "Hello,\n\nI added the extra seats add-on myself on Friday when I thought my cousin would join the business. "
         "He has now travelled abroad, so we don't need the seats again. Please refund the add-on part of LO-INV-72801.\n\n"
         "Kayode", when(2025, 9, 29, 12, 0, 1))
case("l34-self-added-seats", LOB, [f], "decided", [R("deny")],
     spec="L1: add-on bought by the customer and no longer needed: not an exception reason (L2); deny, cancellation offered.")

f = mail("l35-sarah-unused", "Sarah Thompson <sarah.thompson@shaw.ca>", LO_TO, "Cancel + refund unused months",
         "Hello,\n\nWe're closing the Kelowna location so please cancel our annual plan. Since there are 7 months left "
         "unused I'd appreciate a refund for those.\n\nThanks so much,\nSarah", when(2025, 9, 25, 8, 30, -7))
case("l35-unused-months-and-cancel", LOB, [f], "decided", [R("deny"), C("cancel", "2026-04-30")],
     spec="L1 / L8: no partial refunds for unused days (and the charge of 2025-05-01 is far outside L3): deny; "
          "cancel with last day current_period_end 2026-04-30.")

f = mail("l36-deji-after-cancel", "Deji Ogunleye <deji.ogunleye@gmail.com>", LO_TO, "Charged after I cancelled",
         "I cancelled in August and you still billed me on 10 September (LO-INV-73001). Refund abeg.\n\nDeji",
         when(2025, 9, 26, 11, 0, 1))
case("l36-billing-error-outside-window", LOB, [f], "decided", [R("deny")],
     spec="L2 billing_error, but charge 2025-09-10 and request 09-26 is day 16 > 7: L3 deny.")

f = mail("l37-darren-day7", "Darren Koh <darren.koh@koh-associates.sg>", LO_TO, "No access to account",
         "Hi support,\n\nStill no access to our workspace - login page throws error 500 since last week. Ticket "
         "#88213 unanswered. Please refund this month's charge (LO-INV-73101) if you cannot fix it.\n\nDarren Koh\n"
         "Koh & Associates", when(2025, 9, 28, 22, 30, 8))
case("l37-access-day7-boundary", LOB, [f], "decided", [R("escalate")],
     spec="L3 day counting: charge 2025-09-21 23:50 IST = day 0; sent 28 Sep 22:30 SGT = 20:00 IST, day 7 is inside; "
          "access failure: L6 escalate.")

f = mail("l38-tunde-late-night", "Tunde Bakare <tunde.bakare@gmail.com>", LO_TO, "Double charge LO-INV-73202",
         "Hello,\n\nI just noticed LeadsOptima charged me twice on the 20th for the same month, LO-INV-73202 is the second. "
         "Please refund.\n\nTunde", when(2025, 9, 27, 22, 10, 1))
case("l38-duplicate-day8-after-midnight-ist", LOB, [f], "decided", [R("deny")],
     spec="L3: sent Sat 27 Sep 22:10 WAT = 28 Sep 02:40 IST; charges 2025-09-20 = day 0, so day 8: deny.")

f = mail("l39-cheryl-dictation", "Cheryl Mendoza <cheryl.mendoza@gmail.com>", LO_TO, "cancel subscription",
         "hi good eve pls cancel my leadsoptima subscription i dont need it anymore since the online shop closed "
         "thank u\n\nSent from my Samsung Galaxy", when(2025, 9, 30, 19, 5, 8))
case("l39-cancel-dictated", LOB, [f], "decided", [C("cancel", "2025-10-14")],
     spec="L8: cancel, current_period_end 2025-10-14.")

f = mail("l40-amaka-no-cancel", "Amaka Obi <amaka.obi@gmail.com>", LO_TO, "Duplicate payment - I do NOT want to cancel",
         "Hi,\n\nTo be clear I do NOT want to cancel, we love the tool. I only want the double charge from yesterday "
         "reversed: LO-INV-73402.\n\nAmaka", when(2025, 9, 30, 9, 0, 1))
case("l40-refund-not-cancel", LOB, [f], "decided", [R("approve", "1499.00")],
     spec="L4 pair 2025-09-29, day 1: approve 1499.00; the negated cancellation adds no cancellation intent (sec.8).")

f = mail("l41-prospect", "Tolu Fashola <tolu@toluhairs.ng>", LO_TO, "Annual plan refund question",
         "Hello, we're comparing CRMs. If we take the annual plan and cancel in month 2, do we get the rest back? "
         "Thanks, Tolu", when(2025, 9, 25, 16, 0, 1))
case("l41-question-before-buying", LOB, [f], "other", spec="Sec.8: a policy question before buying is other.")

f = mail("l42-lisa-if-cancel", "Lisa Ng <lisa.ng@gmail.com>", LO_TO, "question about cancelling",
         "Hi! Quick one - if I cancel the quarterly plan now, do I keep access till December or does it stop "
         "immediately? Not decided yet, just planning.\n\nLisa", when(2025, 9, 27, 13, 15, 8))
case("l42-hypothetical-cancel", LOB, [f], "other",
     spec="Sec.8 hypotheticals: 'if I cancel now...' and 'not decided yet' is a question, not a cancellation: other.")

f = mail("l43-brad-sue", "Brad Wilson <brad.wilson@wilsonroofing.com>", LO_TO, "WRONG PLAN CHARGED",
         "You charged my card for the annual plan yesterday. I picked monthly. Wrong plan. Refund it today or I will "
         "sue. I'm not kidding.\n\nBrad Wilson\nWilson Roofing LLC, Dallas TX", when(2025, 9, 28, 7, 45, -5))
case("l43-sue-threat", LOB, [f], "decided", [R("escalate")], rules=["C4"],
     spec="C4: 'I will sue' is a legal threat: escalate (with the billing error that would escalate too).")

f = mail("l44-rajesh-do-needful", "Rajesh Kumar <rajesh.kumar@rkexports.in>", LO_TO, "Refund - LO-INV-73801",
         "Dear Sir/Madam,\n\nWith reference to the above, kindly refund the amount debited vide invoice no. "
         "LO-INV-73801 at the earliest. Please do the needful.\n\nThanks & Regards,\nRajesh Kumar\nManager - Accounts\n"
         "R.K. Exports Pvt. Ltd., Ludhiana\n\nDISCLAIMER: The information in this e-mail is confidential.",
         when(2025, 9, 25, 11, 20, 5.5))
case("l44-missing-reason-do-needful", LOB, [f], "need_info", missing=["reason"],
     spec="Sec.8: 'kindly refund... do the needful' restates the request; no reason: ask for reason (invoice given, "
          "plan from ledger).")

# ---------------- Optima WebDesign ledger ----------------
proj("Lagos Bistro Website", "adaeze@lagosbistro.ng")
owpay("en_w01", "OWD-2025-301", "Lagos Bistro Website", "deposit", "50000.00", "9000.00", "2025-09-26T11:00:00")
proj("Claddagh Crafts Shop", "niamh@claddaghcrafts.ie")
owpay("en_w02", "OWD-2025-302", "Claddagh Crafts Shop", "deposit", "40000.00", "7200.00", "2025-09-20T15:00:00")
proj("Kilimani Dental", "admin@kilimanidental.co.ke", "2025-09-24T10:00:00")
owpay("en_w03", "OWD-2025-303", "Kilimani Dental", "deposit", "30000.00", "5400.00", "2025-09-23T18:00:00")
proj("Marina Bay Fintech Strategy", "cfo@mbfintech.sg")
owpay("en_w04", "OWD-2025-304", "Marina Bay Fintech Strategy", "discovery", "25000.00", "4500.00", "2025-09-15T12:00:00")
proj("Toronto Yoga Studio", "hello@tyogastudio.ca", "2025-09-18T14:00:00")
owpay("en_w05", "OWD-2025-305", "Toronto Yoga Studio", "discovery", "15000.00", "2700.00", "2025-09-16T10:00:00")
proj("Makati Realty Portal", "it@makatirealty.ph", "2025-08-01T10:00:00")
owpay("en_w06", "OWD-2025-306", "Makati Realty Portal", "milestone", "60000.00", "10800.00", "2025-08-01T10:00:00", milestone_status="completed")
owpay("en_w07", "OWD-2025-307", "Makati Realty Portal", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", milestone_status="not_started")
owpay("en_w08", "OWD-2025-308", "Makati Realty Portal", "milestone", "35000.00", "6300.00", "2025-09-01T10:05:00", milestone_status="in_progress")
proj("Austin Pet Supplies", "owner@austinpets.com", "2025-06-01T10:00:00")
owpay("en_w09", "OWD-2025-309", "Austin Pet Supplies", "retainer", "20000.00", "3600.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
proj("Ikoyi Interiors Site", "studio@ikoyiinteriors.ng", "2025-05-01T10:00:00")
owpay("en_w10", "OWD-2025-310", "Ikoyi Interiors Site", "retainer", "25000.00", "4500.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
proj("Vancouver Dental Group", "office@vandentalgroup.ca", "2025-04-01T10:00:00")
owpay("en_w11", "OWD-2025-311", "Vancouver Dental Group", "retainer", "18000.00", "3240.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
proj("Sentosa Travel Blog", "ops@sentosatravel.sg", "2025-03-01T10:00:00")
owpay("en_w12", "OWD-2025-312", "Sentosa Travel Blog", "retainer", "15000.00", "2700.00", "2025-09-08T10:00:00",
      period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T00:00:00")
owpay("en_w13", "OWD-2025-313", "Sentosa Travel Blog", "retainer", "15000.00", "2700.00", "2025-09-25T10:00:00",
      period_start="2025-10-08", period_end="2025-11-07", next_billing_at="2025-11-08T00:00:00")
proj("Blarney Wool Co", "accounts@blarneywool.ie")
owpay("en_w14", "OWD-2025-314", "Blarney Wool Co", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
      setup_fee="2400.00", service_start="2025-09-20")
proj("Nairobi Safari Tours", "info@nairobisafaritours.co.ke")
owpay("en_w15", "OWD-2025-315", "Nairobi Safari Tours", "maintenance_annual", "10000.00", "1800.00", "2025-09-15T10:00:00",
      setup_fee="1500.00", service_start="2025-09-15")
proj("Quezon Bakery Site", "orders@quezonbakery.ph")
owpay("en_w16", "OWD-2025-316", "Quezon Bakery Site", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
proj("Brooklyn Barbers", "mike@brooklynbarbers.com")
owpay("en_w17", "OWD-2025-317", "Brooklyn Barbers", "third_party", "1200.00", "216.00", "2025-09-25T10:00:00")
proj("Leeds Florist", "jo@leedsflorist.co.uk", "2025-09-10T10:00:00")
owpay("en_w18", "OWD-2025-318", "Leeds Florist", "rush", "8000.00", "1440.00", "2025-09-22T10:00:00")
proj("Eko Fashion House", "info@ekofashion.ng")
owpay("en_w19", "OWD-2025-319", "Eko Fashion House", "deposit", "35000.00", "6300.00", "2025-09-29T12:00:00")
proj("Mombasa Beach Villas", "bookings@mombasavillas.co.ke")
owpay("en_w20", "OWD-2025-320", "Mombasa Beach Villas", "deposit", "40000.00", "7200.00", "2025-09-27T10:00:00")
proj("Galway Surf School", "hello@galwaysurf.ie", "2025-02-01T10:00:00")
owpay("en_w21", "OWD-2025-321", "Galway Surf School", "retainer", "12000.00", "2160.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
proj("Orchard Road Optics", "admin@orchardoptics.sg", "2025-01-10T10:00:00")
owpay("en_w22", "OWD-2025-322", "Orchard Road Optics", "retainer", "16000.00", "2880.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
proj("Calgary Ski Rentals", "manager@calgaryskirentals.ca", "2025-07-01T10:00:00")
owpay("en_w23", "OWD-2025-323", "Calgary Ski Rentals", "change_request", "9000.00", "1620.00", "2025-09-24T10:00:00")
proj("Lekki Gym App", "ceo@lekkigym.ng")
owpay("en_w24", "OWD-2025-324", "Lekki Gym App", "discovery", "20000.00", "3600.00", "2025-09-24T10:00:00")
owpay("en_w25", "OWD-2025-325", "Lekki Gym App", "third_party", "5000.00", "900.00", "2025-09-24T10:05:00")
proj("Dublin Dog Grooming", "bookings@dublindoggrooming.ie")
owpay("en_w26", "OWD-2025-326", "Dublin Dog Grooming", "deposit", "22000.00", "3960.00", "2025-09-26T16:00:00", status="refunded")

# ---------------- Optima WebDesign cases ----------------
f = mail("o01-adaeze-deposit", "Adaeze Nnaji <adaeze@lagosbistro.ng>", OW_TO, "Refund Request — Lagos Bistro Website / OWD-2025-301",
         "Dear Optima team,\n\nAfter a long meeting with my co-owners we've decided to shelve the website until after "
         "the renovation, the restaurant will be closed till January. I paid the deposit on Friday (OWD-2025-301) and "
         "nothing has been started yet, so I'd like it refunded please.\n\nWarm regards,\nAdaeze Nnaji\nLagos Bistro, VI",
         when(2025, 9, 28, 10, 0, 1))
case("o01-deposit-within-72h", OWB, [f], "decided", [R("approve", "50000.00")],
     spec="O2: paid 2025-09-26 11:00 IST; request 28 Sep 10:00 WAT = 14:30 IST (51.5 h), no work started: approve "
          "50000.00 before tax (C6).")

f = mail("o02-niamh-72h", "Niamh Ní Bhriain <niamh@claddaghcrafts.ie>", OW_TO, "Deposit refund - Claddagh Crafts Shop",
         "Hi,\n\nWe've had a change of heart on the Shopify build, my business partner wants to hold off till spring. "
         "Could we get the deposit back (OWD-2025-302)? I know it's only been a few days.\n\nGo raibh maith agat,\nNiamh",
         when(2025, 9, 23, 10, 30, 1))
case("o02-deposit-exactly-72h", OWB, [f], "decided", [R("deny")],
     spec="O2 + sec.8: paid 2025-09-20 15:00 IST; sent 23 Sep 10:30 IST(Irish)=15:00 Asia/Kolkata, exactly 72 h: not "
          "before 72 h, deny.")

f = mail("o03-kilimani-started", "Dr. Wanjiku Mutua <admin@kilimanidental.co.ke>", OW_TO, "Kilimani Dental - deposit OWD-2025-303",
         "Dear Sir/Madam,\n\nWe paid the booking deposit on Tuesday afternoon. The partners have now decided to use a "
         "local developer instead as he is a relative. Kindly refund the deposit.\n\nRegards,\nDr. Wanjiku Mutua",
         when(2025, 9, 25, 9, 0, 3))
case("o03-deposit-work-started", OWB, [f], "decided", [R("deny")],
     spec="O2: within 72 h (paid 09-23 18:00, request 09-25 11:30 IST) but work started 2025-09-24 10:00, before the "
          "request: whichever first: deny.")

f = mail("o04-mbf-discovery", "Jonathan Teo <cfo@mbfintech.sg>", OW_TO, "Strategy engagement - refund",
         "Hi Optima,\n\nOur board froze all new digital spend yesterday pending the Series A close. We have not had "
         "any session with your strategist yet (first workshop was pencilled for next week). Please refund the "
         "discovery fee paid for Marina Bay Fintech Strategy, inv OWD/2025/304.\n\nBest regards,\nJonathan Teo, CFO",
         when(2025, 9, 26, 17, 45, 8))
case("o04-discovery-not-started", OWB, [f], "decided", [R("approve", "25000.00")],
     spec="O1: no session or deliverable started (work_started_at empty): full refund 25000.00 before tax; "
          "'OWD/2025/304' = OWD-2025-304 (sec.8).")

f = mail("o05-yoga-discovery", "Maya Singh <hello@tyogastudio.ca>", OW_TO, "Toronto Yoga Studio - discovery fee",
         "Hello,\n\nHonestly the discovery session last week wasn't useful for us, felt very generic. I'd like the "
         "discovery fee refunded (OWD-2025-305).\n\nNamaste,\nMaya\nToronto Yoga Studio", when(2025, 9, 26, 12, 0, -4))
case("o05-discovery-started", OWB, [f], "decided", [R("deny")],
     spec="O1: session held (work_started_at 2025-09-18, before the request): deny.")

f = mail("o06-makati-ms3", "Paolo Garcia <it@makatirealty.ph>", OW_TO, "Refund Request — Makati Realty Portal / OWD-2025-307",
         "Hi Optima,\n\nWe're dropping the agent-mobile-app phase from scope; our mother company will build it in-house. "
         "That milestone (OWD-2025-307) hasn't started per your last status report. Please refund it.\n\n"
         "Thanks,\nPaolo Garcia\nIT Head, Makati Realty", when(2025, 9, 24, 15, 20, 8))
case("o06-milestone-not-started", OWB, [f], "decided", [R("approve", "45000.00")],
     spec="O3: milestone not_started: refund its amount 45000.00 before tax.")

f = mail("o07-makati-ms4", "Paolo Garcia <it@makatirealty.ph>", OW_TO, "OWD-2025-308 refund",
         "Hi again,\n\nAlso the CMS migration milestone OWD-2025-308 - we'd like to stop it and get the money back, "
         "the board wants to keep WordPress after all.\n\nPaolo", when(2025, 9, 25, 10, 0, 8))
case("o07-milestone-in-progress", OWB, [f], "decided", [R("escalate")],
     spec="O3: milestone in_progress: escalate (a person judges the billable work not started).")

f = mail("o08-makati-ms1", "Paolo Garcia <it@makatirealty.ph>", OW_TO, "Refund for milestone 1",
         "Hello, the design milestone OWD-2025-306 looked good at the time but management now dislikes the colours. "
         "We want that refunded.\n\nPaolo", when(2025, 9, 26, 11, 0, 8))
case("o08-milestone-completed", OWB, [f], "decided", [R("deny")],
     spec="O3/O6: completed milestone: deny.")

f = mail("o09-makati-noinv", "Paolo Garcia <it@makatirealty.ph>", OW_TO, "Makati Realty Portal - refund of unstarted phase",
         "Hi, quick one: please refund the phase that hasn't started on our Makati Realty Portal project, we are cutting "
         "scope due to budget. Thanks, Paolo", when(2025, 9, 23, 16, 0, 8))
case("o09-milestone-no-invoice", OWB, [f], "need_info", missing=["invoice_number"],
     spec="C3: the project has three payments, so the invoice is not filled from the ledger (sec.1): ask for it.")

f = mail("o10-austin-retainer", "Mike Alvarez <owner@austinpets.com>", OW_TO, "Cancel monthly retainer - Austin Pet Supplies",
         "Hey Optima folks,\n\nWe're selling the store to a chain that has its own web team, so please cancel our "
         "monthly retainer (last invoice OWD-2025-309). Thanks for all the help this year.\n\nMike",
         when(2025, 9, 24, 9, 10, -5))
case("o10-retainer-notice-ok", OWB, [f], "decided", [C("cancel", "2025-10-14")],
     spec="O4/O8: request 2025-09-24 <= next_billing 2025-10-15 minus 7 days (10-08): next charge avoided; last day "
          "2025-10-14.")

f = mail("o11-ikoyi-late", "Bisola Martins <studio@ikoyiinteriors.ng>", OW_TO, "Stop retainer - Ikoyi Interiors Site",
         "Good afternoon,\n\nWe are moving the site maintenance in-house as we just hired a developer. Please stop the "
         "monthly retainer OWD-2025-310 immediately.\n\nBisola", when(2025, 9, 29, 14, 0, 1))
case("o11-retainer-short-notice", OWB, [f], "decided", [C("cancel", "2025-11-02")],
     spec="O4: next_billing 2025-10-03, request 09-29 is after 09-26 (<7 days notice): next cycle 10-03..11-02 billed, "
          "last day 2025-11-02.")

f = mail("o12-vancouver-boundary", "Office Manager <office@vandentalgroup.ca>", OW_TO, "Cancel retainer OWD-2025-311",
         "Hi there,\n\nDr. Chen has decided to go with the dental marketing agency our new partner uses, so we need to "
         "cancel the monthly website retainer for Vancouver Dental Group. Sending this a full week ahead of the 6th.\n\n"
         "Thanks,\nLinda\nOffice Manager", when(2025, 9, 29, 12, 0, -7))
case("o12-retainer-notice-by-ist-date", OWB, [f], "decided", [C("cancel", "2025-11-05")],
     spec="O4 + sec.1: sent 29 Sep 12:00 PDT = 30 Sep 00:30 IST; cut-off is next_billing 10-06 minus 7 = 09-29, so "
          "notice is short: next cycle 10-06..11-05 billed, last day 2025-11-05.")

f = mail("o13-sentosa-advance", "Ops <ops@sentosatravel.sg>", OW_TO, "Terminate retainer - Sentosa Travel Blog",
         "Dear Optima,\n\nWe are pausing the blog as the company is being restructured. Please terminate our content "
         "retainer. Note we already prepaid October's cycle (OWD-2025-313).\n\nRegards,\nGrace Lim, Operations",
         when(2025, 9, 26, 10, 0, 8))
case("o13-retainer-paid-in-advance", OWB, [f], "decided", [C("escalate")], extra_ok=True,
     spec="Sec.8 retainer paid in advance: the next cycle (10-08..11-07) is already paid and notice >= 7 days: "
          "escalate (a person refunds that cycle or not).")

f = mail("o14-blarney-hosting", "Accounts <accounts@blarneywool.ie>", OW_TO, "Cancel hosting + refund OWD-2025-314",
         "Hello,\n\nWe signed up for the annual hosting last week but our new parent company insists on their own "
         "hosting provider. Please cancel the hosting plan for Blarney Wool Co and refund what's due.\n\nKind regards,\n"
         "Declan Ryan\nAccounts", when(2025, 9, 27, 11, 0, 1))
case("o14-hosting-prorated", OWB, [f], "decided", [R("approve", "14300.00")], extra_ok=True,
     spec="O5: request 09-27 within 14 days of service_start 09-20: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00.")

f = mail("o15-nairobi-day14", "Info <info@nairobisafaritours.co.ke>", OW_TO, "Maintenance plan refund",
         "Dear Optima WebDesign,\n\nWe wish to cancel the annual maintenance plan for Nairobi Safari Tours "
         "(OWD-2025-315) and request the prorated refund. Our booking engine vendor now includes maintenance in their "
         "package.\n\nYours faithfully,\nPeter Kamau", when(2025, 9, 29, 18, 0, 3))
case("o15-maintenance-day14-rounding", OWB, [f], "decided", [R("approve", "7791.67")], extra_ok=True,
     spec="O5: service_start 09-15, request 29 Sep 20:30 IST = day 14, inside; 10000 - 1500 - 8500/12 x 1 = "
          "7791.6667 -> 7791.67 (C6, rounded once).")

f = mail("o16-quezon-late", "Quezon Bakery <orders@quezonbakery.ph>", OW_TO, "Hosting refund OWD-2025-316",
         "Good day! We will transfer the site to our cousin's server na lang, please refund the annual hosting of "
         "Quezon Bakery Site. Salamat po.", when(2025, 9, 26, 8, 30, 8))
case("o16-hosting-after-14-days", OWB, [f], "decided", [R("deny")], extra_ok=True,
     spec="O5: service_start 09-01, request 09-26 = day 25 > 14: deny.")

f = mail("o17-brooklyn-domain", "Mike Russo <mike@brooklynbarbers.com>", OW_TO, "domain refund",
         "yo, you guys renewed brooklynbarbers.com for another year (OWD-2025-317) but we're rebranding. want that "
         "refunded. thx mike", when(2025, 9, 27, 10, 0, -4))
case("o17-domain-third-party", OWB, [f], "decided", [R("deny")], spec="O6: third_party (domain renewal): deny.")

f = mail("o18-leeds-rush", "Jo Pickering <jo@leedsflorist.co.uk>", OW_TO, "Rush fee OWD-2025-318",
         "Hiya,\n\nWe paid the express fee so the Christmas pre-order page would be ready early, and it was only 2 "
         "days earlier than normal in the end. Not worth it, so I'd like the rush fee back please.\n\nTa,\nJo",
         when(2025, 9, 25, 12, 30, 1))
case("o18-rush-fee", OWB, [f], "decided", [R("deny")], spec="O6: rush fee is never refundable: deny.")

f = mail("o19-eko-gmail", "Tolu Akande <tolu.akande@gmail.com>", OW_TO, "Refund of deposit - Eko Fashion House",
         "Hello,\n\nOur contract email is info@ekofashion.ng but I'm writing from my personal mail. We paid the deposit "
         "(OWD-2025-319) yesterday and have found a cheaper agency. Please refund.\n\nTolu", when(2025, 9, 30, 9, 0, 1))
case("o19-c2-personal-address", OWB, [f], "need_info", rules=["C2"],
     spec="C2 (explicit for Optima): not sent from the contract email info@ekofashion.ng: ask to write from it, no "
          "project details.")

f = mail("o20-mombasa-lawyer", "Bookings <bookings@mombasavillas.co.ke>", OW_TO, "Deposit OWD-2025-320 - final notice",
         "Dear Optima,\n\nYour team has ignored two calls about our deposit for Mombasa Beach Villas. We no longer want "
         "to proceed because the timeline you gave is useless for the December season. Refund the deposit or our "
         "lawyer will issue a demand letter.\n\nHassan Ali\nDirector", when(2025, 9, 28, 13, 0, 3))
case("o20-lawyer-threat", OWB, [f], "decided", [R("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: a lawyer threat escalates the case (even though O2 would approve within 72 h).")

f = mail("o21-galway-noreason", "Cian Ó Flaherty <hello@galwaysurf.ie>", OW_TO, "Cancel retainer - Galway Surf School",
         "Hi folks,\n\nPlease cancel our monthly retainer for Galway Surf School.\n\nKind regards,\nCian\n"
         "Galway Surf School | Salthill | +353 91 555 0192\nThis message is intended only for the named recipient.",
         when(2025, 9, 26, 9, 40, 1))
case("o21-cancel-missing-reason", OWB, [f], "need_info", missing=["reason"],
     spec="Sec.8: Optima requires a reason for cancellations too; signature/disclaimer are not reasons; the one "
          "payment OWD-2025-321 fills the invoice (sec.1).")

f = mail("o22-orchard-forward", "Orchard Road Optics <admin@orchardoptics.sg>", OW_TO, "Fwd: website retainer",
         "Hi Optima, see below from our director. Please action.\n\nBegin forwarded message:\n\n"
         "From: Kenneth Goh <kenneth@orchardoptics.sg>\nSubject: website retainer\nDate: 26 September 2025 at 6:02:11 PM SGT\n"
         "To: admin@orchardoptics.sg\n\nPls tell Optima to cancel the Orchard Road Optics website retainer "
         "(OWD-2025-322). We are closing the Orchard outlet end of October when the lease is up.\n\nKenneth\n",
         when(2025, 9, 27, 9, 15, 8))
case("o22-forward-from-contract", OWB, [f], "decided", [C("cancel", "2025-10-19")],
     spec="Sec.8 forwards: read for the request it carries; sender is the contract email; O4: 09-27 <= 10-20 minus 7 "
          "(10-13): last day 2025-10-19.")

f = mail("o23-calgary-cr", "Dave Morin <manager@calgaryskirentals.ca>", OW_TO, "Change request refund",
         "Hi,\n\nWe asked for the extra booking-calendar tweak (OWD-2025-323) but the season's opening got pushed, "
         "we don't need it now. Can we have that refunded?\n\nDave", when(2025, 9, 26, 9, 0, -6))
case("o23-change-request", OWB, [f], "decided", [R("deny")], spec="O6: change requests are non-refundable: deny.")

f = mail("o24-ooo", "Accounts <accounts@blarneywool.ie>", OW_TO, "Out of Office: Invoice OWD-2025-314",
         "Thank you for your email. I am on annual leave until 13 October. For urgent matters call the office.",
         when(2025, 9, 29, 8, 0, 1), headers={"Auto-Submitted": "auto-replied"})
case("o24-client-auto-reply", OWB, [f], "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied.")

f = mail("o25-prospect", "Chinonso Eke <chinonso@abujaeats.ng>", OW_TO, "Before we sign",
         "Good day, before we sign the proposal: if we pay the deposit and then our investors back out within the week, "
         "would the deposit be refundable? Thanks, Chinonso", when(2025, 9, 30, 11, 0, 1))
case("o25-question-before-signing", OWB, [f], "other", spec="Sec.8 hypothetical before buying: other.")

f1 = mail("o26a-lekki", "Femi Adeyinka <ceo@lekkigym.ng>", OW_TO, "Refund - Lekki Gym App",
          "Hi Optima,\n\nWe're pausing the Lekki Gym App project, investors pulled out last week. Please refund the "
          "strategy fee - we never had the kick-off session.\n\nFemi", when(2025, 9, 26, 10, 0, 1))
f2 = mail("o26b-lekki", "Femi Adeyinka <ceo@lekkigym.ng>", OW_TO, "Re: Refund - Lekki Gym App [OWD-2210]",
          "It's OWD 2025 324.\n\nFemi\n\n-----Original Message-----\nFrom: Optima WebDesign <optimawebdesigns12@gmail.com>\n"
          "Please send the invoice or payment reference.\n", when(2025, 9, 27, 12, 0, 1), parent=["o26a-lekki", "<CAOWD2210r1.optima@mail.gmail.com>"])
case("o26-thread-invoice-spaces", OWB, [f1, f2], "decided", [R("approve", "20000.00")],
     spec="C3 thread: the reply gives 'OWD 2025 324' = OWD-2025-324 (sec.8); O1 discovery, no work started: approve "
          "20000.00.")

f = mail("o27-quezon-invoice-q", "Quezon Bakery <orders@quezonbakery.ph>", OW_TO2, "Official receipt for OWD-2025-316",
         "Hello po, can you send the official receipt for OWD-2025-316 with our TIN for BIR filing? Thank you!",
         when(2025, 9, 23, 10, 0, 8))
case("o27-receipt-question", OWB, [f], "other", spec="A receipt question asks for no refund or cancellation: other.")

f = mail("o28-dublin-refunded", "Dublin Dog Grooming <bookings@dublindoggrooming.ie>", OW_TO, "Deposit refund OWD-2025-326",
         "Hi,\n\nWe decided not to go ahead, the salon lease fell through. Please refund the deposit OWD-2025-326 we "
         "paid on Friday.\n\nThanks, Aisling", when(2025, 9, 28, 11, 0, 1))
case("o28-payment-already-refunded", OWB, [f], "decided", [R("escalate")],
     spec="Sec.8 payments not paid: OWD-2025-326 has status refunded, so a refund of it is escalate.")

finish()
