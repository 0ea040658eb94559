"""Fresh round 2, hard English: writes ledger.json, emails/*.eml, expected.json here.
Written by QA pass qa2c from POLICY_SPEC.md alone. MIT licence. Deterministic (no randomness)."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "billing@optimawebdesign.com"
LANG = "en"

customers, projects, payments, cases = [], [], [], []


def cust(email, name, plan, start, end, status="active"):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": None, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def owdpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    p = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
         "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
         "setup_fee": None, "service_start": None, "next_billing_at": None,
         "period_start": None, "period_end": None, "milestone_status": None}
    p.update(kw)
    payments.append(p)


def mail(name, frm, to, subject, when, body, html=None, headers=None, reply_to_id=None, msgid=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    y, mo, d, h, mi = when
    m["Date"] = format_datetime(datetime(y, mo, d, h, mi, tzinfo=IST))
    m["Message-ID"] = msgid or f"<{name}@mail.example.in>"
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    (HERE / "emails").mkdir(exist_ok=True)
    (HERE / "emails" / f"{name}.eml").write_bytes(m.as_bytes())
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, ambiguous=None, extra_ok=False):
    c = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules),
         "decisions": decisions, "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


# 1 negation + cancellation (LO)
cust("hannah.brooks@brookslettings.co.uk", "Hannah Brooks", "monthly", "2025-09-12", "2025-10-11")
lopay("en_p01", "LO-INV-86001", "hannah.brooks@brookslettings.co.uk", "monthly", "1499.00", "269.82", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
f = mail("en-l01", "Hannah Brooks <hannah.brooks@brookslettings.co.uk>", LO, "Not renewing", (2025, 9, 23, 14, 2),
         "Hi there,\n\nTo be clear, I'm not asking for a refund for September - I read the policy and that's fine. I just don't want "
         "the monthly plan to renew again. We're merging with another agency that already has its own CRM.\n\n"
         "Kind regards,\nHannah Brooks\nBrooks Lettings | Leeds\n\nThis email and any attachments are confidential.\n")
case("f2en-l01-negation-cancel", [f], "leadsoptima", "decided", [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-11"}],
     "Section 8 negation: 'I'm not asking for a refund' adds no refund intent. L8 cancel, effective current_period_end 2025-10-11.")

# 2 hypothetical from a paying customer -> other
cust("omar.siddiqui@fleetline.ae", "Omar Siddiqui", "annual", "2025-06-01", "2026-05-31")
lopay("en_p02", "LO-INV-86002", "omar.siddiqui@fleetline.ae", "annual", "11988.00", "2157.84", "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
f = mail("en-l02", "Omar Siddiqui <omar.siddiqui@fleetline.ae>", LO, "Question before we add seats", (2025, 9, 24, 10, 15),
         "Hello,\n\nWe're thinking about moving the second sales team onto LeadsOptima next month. Hypothetically, if the WhatsApp "
         "integration turned out not to work for them, would we be able to get our money back for the extra seats? "
         "Nothing to action yet, just want to understand before we commit.\n\nThanks,\nOmar\n")
case("f2en-l02-hypothetical", [f], "leadsoptima", "other", [],
     "Section 8: 'would we be able to get our money back if...' before buying is a policy question; nothing else asked: other.")

# 3 past event: cancelled then charged, day 7 edge -> L5 escalate
cust("greg.palmer@palmerplumbing.com", "Greg Palmer", "quarterly", "2025-09-16", "2025-12-15", status="cancelled")
lopay("en_p03", "LO-INV-86003", "greg.palmer@palmerplumbing.com", "quarterly", "2697.00", "485.46", "2025-09-16T05:45:00", "2025-09-16", "2025-12-15")
f = mail("en-l03", "Greg Palmer <greg.palmer@palmerplumbing.com>", LO, "charged after cancelling??", (2025, 9, 23, 22, 30),
         "I cancelled my quarterly plan on the 14th (I have the confirmation email) and you still charged me on the 16th, "
         "invoice LO-INV-86003. I'm not trying to cancel again, it's already cancelled - I want that charge reversed to my card.\n\nGreg\n")
case("f2en-l03-charged-after-cancel-day7", [f], "leadsoptima", "decided", [{"intent": "refund", "outcome": "escalate"}],
     "L2 billing_error (charged after I cancelled; the past cancellation is not a new request). Charge 2025-09-16 day 0, "
     "request 2025-09-23 22:30 IST day 7 <= 7 (L3 edge, inside). L5 escalate.")

# 4 missing reason -> need_info reason
cust("li.wei@harbourdental.com.au", "Li Wei", "monthly", "2025-09-26", "2025-10-25")
lopay("en_p04", "LO-INV-86004", "li.wei@harbourdental.com.au", "monthly", "999.00", "179.82", "2025-09-26T03:00:00", "2025-09-26", "2025-10-25")
f = mail("en-l04", "Li Wei <li.wei@harbourdental.com.au>", LO, "Refund - LO-INV-86004", (2025, 9, 29, 7, 55),
         "Hello,\n\nPlease process a refund for invoice LO-INV-86004.\n\nThank you,\nLi Wei\nPractice Manager, Harbour Dental\n"
         "Ph: +61 2 9000 0000\n")
case("f2en-l04-missing-reason", [f], "leadsoptima", "need_info", [], missing=["reason"],
     spec="Section 8: restating the request and a signature are not reasons; LO refund requires a reason (C3). Registered email "
     "(sender) and plan (ledger, one active subscription) and invoice are known: missing = [reason].")

# 5 thread: triple charge, invoice asked then typed sloppily -> approve sum
cust("carlos.mendes@tidewaterstudio.com", "Carlos Mendes", "monthly", "2025-09-20", "2025-10-19")
for i, t in enumerate(["09:00", "09:01", "09:03"]):
    lopay(f"en_p05{'abc'[i]}", f"LO-INV-8600{5 + i}", "carlos.mendes@tidewaterstudio.com", "monthly", "799.00", "143.82",
          f"2025-09-20T{t}:00", "2025-09-20", "2025-10-19")
f1 = mail("en-l05a", "Carlos Mendes <carlos.mendes@tidewaterstudio.com>", LO, "Charged three times", (2025, 9, 22, 18, 0),
          "Hi, my card got hit three times for the same monthly plan on Saturday - three identical charges within a few minutes. "
          "Only one of them should be there. Please refund the extra two.\n\nCarlos\n", msgid="<en-l05a@tidewaterstudio.com>")
f2 = mail("en-l05b", "Carlos Mendes <carlos.mendes@tidewaterstudio.com>", LO, "Re: Charged three times", (2025, 9, 23, 8, 40),
          "Sure - the last one is inv # lo inv 86007 (the other extra one is 86006).\n\nCarlos\n\n"
          "On Tue, 23 Sept 2025 at 07:10, LeadsOptima Support wrote:\n> Could you send us the invoice number of the charge?\n",
          reply_to_id="<en-l05a@tidewaterstudio.com>")
case("f2en-l05-triple-thread", [f1, f2], "leadsoptima", "decided", [{"intent": "refund", "outcome": "approve", "amount": "1598.00"}],
     "Section 8 three identical charges: every charge after the first is a duplicate, refund = sum of those inside L3: "
     "2 x 799.00 = 1598.00 (before tax). Charges 2025-09-20, request (first email) 2025-09-22 day 2. Invoice asked (C3) and answered "
     "in the reply (In-Reply-To); 'lo inv 86007' = LO-INV-86007.")

# 6 Outlook forward of own earlier mail, cancel; L8 fallback (no current period in ledger)
customers.append({"brand": "leadsoptima", "email": "r.okafor@okaforlogistics.ng", "name": "Ruth Okafor", "plan": "quarterly",
                  "status": "active", "trial_ends": None, "current_period_start": None, "current_period_end": None})
lopay("en_p06", "LO-INV-86008", "r.okafor@okaforlogistics.ng", "quarterly", "2697.00", "485.46", "2025-07-31T16:20:00", "2025-07-31", None)
f = mail("en-l06", "Ruth Okafor <r.okafor@okaforlogistics.ng>", LO, "FW: Cancel subscription", (2025, 9, 25, 12, 0),
         "Resending as I haven't heard back.\n\n"
         "________________________________\nFrom: Ruth Okafor <r.okafor@okaforlogistics.ng>\nSent: Thursday, September 18, 2025 9:14 AM\n"
         "To: support@leadsoptima.com\nSubject: Cancel subscription\n\n"
         "Good morning,\nKindly cancel our quarterly LeadsOptima subscription at the end of this period.\nRegards,\nRuth Okafor\n")
case("f2en-l06-fw-own-cancel-fallback", [f], "leadsoptima", "decided", [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-30"}],
     "Forward read for the request it carries (same registered address, so no C2). L8: no current_period_end in the ledger -> last "
     "charge's local date 2025-07-31 + 3 months = 2025-10-31, minus one day = 2025-10-30. Reason not needed for LO cancellation.")

# 7 chargeback already raised + cancel -> escalate both (C4 whole case)
cust("dmitri.volkov@northpeakgear.com", "Dmitri Volkov", "monthly", "2025-09-19", "2025-10-18")
lopay("en_p07", "LO-INV-86009", "dmitri.volkov@northpeakgear.com", "monthly", "1499.00", "269.82", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
f = mail("en-l07", "Dmitri Volkov <dmitri.volkov@northpeakgear.com>", LO, "LO-INV-86009", (2025, 9, 24, 15, 45),
         "The platform has been down for us since the 20th, support never answered. I want my money back for invoice "
         "LO-INV-86009 and I have already raised a dispute with my bank for it. Cancel my monthly plan as well.\n\nD. Volkov\n")
case("f2en-l07-chargeback-cancel", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}, {"intent": "cancellation", "outcome": "escalate"}],
     "C4: 'raised a dispute with my bank' -> escalate; section 8: C4 covers the whole case, the cancellation included.", rules=["C4"])

# 8 how-to -> other
cust("priya.nair@coastalrealty.in", "Priya Nair", "annual", "2025-04-10", "2026-04-09")
lopay("en_p08", "LO-INV-86010", "priya.nair@coastalrealty.in", "annual", "11988.00", "2157.84", "2025-04-10T10:00:00", "2025-04-10", "2026-04-09")
f = mail("en-l08", "Priya Nair <priya.nair@coastalrealty.in>", LO, "GST invoice download", (2025, 9, 26, 16, 5),
         None, html="<div dir=\"ltr\">Hi team,<br><br>Our auditor needs the GST invoices for the last two quarters. Where in the "
         "dashboard can I download them as PDF? I looked under Settings but couldn't find it.<br><br>Thanks!<br>Priya</div>")
case("f2en-l08-howto-html", [f], "leadsoptima", "other", [], "HTML-only how-to question: neither refund nor cancellation -> other.")

# 9 trial account asks refund -> L7 deny
customers.append({"brand": "leadsoptima", "email": "ben.taylor@taylorfit.co", "name": "Ben Taylor", "plan": "monthly",
                  "status": "trial", "trial_ends": "2025-10-05", "current_period_start": None, "current_period_end": None})
f = mail("en-l09", "Ben Taylor <ben.taylor@taylorfit.co>", LO, "refund please", (2025, 9, 27, 9, 0),
         "Hey, I signed up for the trial last week and it's just not for my gym. I want a refund of whatever I paid, monthly plan.\n\nBen\n")
case("f2en-l09-trial", [f], "leadsoptima", "decided", [{"intent": "refund", "outcome": "deny"}],
     "L7: account on a free trial has no charges -> deny (no billing unless they subscribe).",
     ambiguous="The refund requires an invoice number (section 3) and a trial has none; L7 decides deny, but asking for the invoice first (need_info) is also a reading.")

# 10 bounce -> C7
f = mail("en-c7", "Mail Delivery Subsystem <MAILER-DAEMON@mx.leadsoptima.com>", LO, "Undelivered Mail Returned to Sender", (2025, 9, 30, 3, 12),
         "This is the mail system at host mx.leadsoptima.com.\n\nI'm sorry to have to inform you that your message could not be "
         "delivered to one or more recipients.\n\n<old.address@closedcompany.com>: host mail.closedcompany.com said: 550 5.1.1 "
         "User unknown\n", headers={"Auto-Submitted": "auto-replied"})
case("f2en-c7-bounce", [f], "leadsoptima", "ignore", [], "C7: MAILER-DAEMON sender (and Auto-Submitted) -> ignore.", rules=["C7"])

# 11 OWD deposit exactly 72 h (ledger time with offset) -> deny
proj("Lumen Yoga Booking Site", "studio@lumenyoga.com")
owdpay("en_o01", "OWD-2025-8601", "Lumen Yoga Booking Site", "deposit", "30000.00", "5400.00", "2025-09-19T03:30:00Z")
f = mail("en-o01", "Lumen Yoga <studio@lumenyoga.com>", OWD, "Refund Request — Lumen Yoga Booking Site [OWD-2025-8601]", (2025, 9, 22, 9, 0),
         "Hello,\n\nWe paid the booking deposit for the Lumen Yoga Booking Site on Friday morning. Our landlord has just told us the "
         "studio lease won't be renewed, so we're pausing the whole project. No work has started, so please refund the deposit "
         "(invoice OWD-2025-8601).\n\nBest,\nElena Ruiz\nLumen Yoga\n")
case("f2en-o01-deposit-exactly-72h", [f], "optima_webdesign", "decided", [{"intent": "refund", "outcome": "deny"}],
     "Ledger 2025-09-19T03:30Z = 09:00 IST; request 2025-09-22 09:00 IST = exactly 72 h. Section 8: exactly 72 hours is not before: O2 deny.")

# 12 OWD discovery started -> deny O1
proj("Meridian Clinic Rebrand", "ops@meridianclinic.com", started="2025-09-16T11:00:00")
owdpay("en_o02", "OWD-2025-8602", "Meridian Clinic Rebrand", "discovery", "45000.00", "8100.00", "2025-09-15T10:00:00")
f = mail("en-o02", "Meridian Clinic Ops <ops@meridianclinic.com>", OWD, "Discovery fee - Meridian Clinic Rebrand", (2025, 9, 25, 13, 20),
         "Hi,\n\nWe'd like the discovery fee for the Meridian Clinic Rebrand back (OWD-2025-8602). Honestly we only had one kickoff "
         "call, which doesn't really count as starting, and the board has decided to keep the old brand after all.\n\n"
         "Thanks,\nSam Whitaker\nOperations\n")
case("f2en-o02-discovery-started", [f], "optima_webdesign", "decided", [{"intent": "refund", "outcome": "deny"}],
     "O1: work_started_at 2025-09-16 11:00 is before the request 2025-09-25: sessions commenced -> deny (the ledger wins over the customer's view).")

# 13 OWD maintenance annual before service start -> O5, consumed 1
proj("Kestrel Outdoor Shop", "admin@kestreloutdoor.com")
owdpay("en_o03", "OWD-2025-8603", "Kestrel Outdoor Shop", "maintenance_annual", "24000.00", "4320.00", "2025-09-25T10:00:00",
       setup_fee="3000.00", service_start="2025-10-15")
f = mail("en-o03", "Kestrel Outdoor <admin@kestreloutdoor.com>", OWD, "Cancel maintenance plan + refund", (2025, 9, 29, 11, 10),
         "Hi Optima,\n\nWe signed up for the annual maintenance plan for Kestrel Outdoor Shop last Thursday (OWD-2025-8603), "
         "but we've since been acquired and the parent company's IT team will maintain the site. Please cancel the plan "
         "and refund what the policy allows.\n\nRegards,\nJonas Berg\n")
case("f2en-o03-maintenance-before-start", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "19250.00"}],
     "O5 + section 8 (before service start consumed_months = 1): monthly_value = (24000-3000)/12 = 1750.00; refund = 24000-3000-1750 "
     "= 19250.00. The cancellation decision's form is not fixed by the spec, so it is tolerated (extra_ok).", extra_ok=True)

# 14 OWD milestone not started, sloppy invoice -> approve
proj("Atlas Freight Portal", "pm@atlasfreight.io")
owdpay("en_o04", "OWD-2025-8604", "Atlas Freight Portal", "milestone", "60000.00", "10800.00", "2025-09-20T10:00:00",
       milestone_status="not_started")
f = mail("en-o04", "Atlas Freight PM <pm@atlasfreight.io>", OWD, "Milestone 3 - Atlas Freight Portal", (2025, 9, 30, 10, 30),
         "Hi team,\n\nWe paid milestone 3 (tracking dashboard) in advance, ref owd/2025/8604. Our CTO has decided to drop the "
         "dashboard from scope, we'll use our TMS vendor's instead. Since nobody has started on it, please refund that milestone.\n\n"
         "Cheers,\nNadia Haddad\nAtlas Freight\n")
case("f2en-o04-milestone-not-started", [f], "optima_webdesign", "decided", [{"intent": "refund", "outcome": "approve", "amount": "60000.00"}],
     "O3: milestone not_started -> approve its amount 60000.00 before tax. 'owd/2025/8604' = OWD-2025-8604 (section 8).")

# 15 OWD forward from personal address naming the contract email -> C2
proj("Bluebell Bakery Website", "hello@bluebellbakery.co.uk")
owdpay("en_o05", "OWD-2025-8605", "Bluebell Bakery Website", "deposit", "12000.00", "2160.00", "2025-09-28T10:00:00")
f = mail("en-o05", "Fiona Lane <fiona.lane.home@icloud.com>", OWD, "Fwd: Bluebell Bakery Website deposit", (2025, 9, 29, 20, 0),
         "Sending from my personal email, work laptop is in for repair.\n\nBegin forwarded message:\n\n"
         "From: Fiona Lane <hello@bluebellbakery.co.uk>\nSubject: Bluebell Bakery Website deposit\nDate: 29 September 2025 at 08:02:11 BST\n"
         "To: Fiona Lane <fiona.lane.home@icloud.com>\n\nHi Optima, please refund the deposit for the Bluebell Bakery Website "
         "(OWD-2025-8605). We've decided to close the second shop, so we won't need the site. Our contract email is "
         "hello@bluebellbakery.co.uk.\nFiona\n\nSent from my iPhone\n")
case("f2en-o05-fwd-c2", [f], "optima_webdesign", "need_info", [], rules=["C2"],
     spec="C2 (Optima explicit: 'emailed from the contracting email') and section 8 forwards: the request names contract email "
     "hello@bluebellbakery.co.uk, the sender is fiona.lane.home@icloud.com -> need_info asking to write from the contract email.")

# 16 OWD cancellation without reason -> need_info reason
proj("Orchid Spa Hosting", "manager@orchidspa.com")
owdpay("en_o06", "OWD-2025-8606", "Orchid Spa Hosting", "hosting_annual", "9600.00", "1728.00", "2025-05-01T10:00:00",
       setup_fee="1200.00", service_start="2025-05-01")
f = mail("en-o06", "Orchid Spa <manager@orchidspa.com>", OWD, "Cancellation - Orchid Spa Hosting (OWD-2025-8606)", (2025, 9, 26, 17, 30),
         "Dear Optima WebDesign,\n\nPlease cancel the hosting for Orchid Spa Hosting, invoice OWD-2025-8606. We are not requesting "
         "any refund.\n\nWarm regards,\nAnita Cole\nSpa Manager\n\nDISCLAIMER: This message is intended only for the addressee.\n")
case("f2en-o06-cancel-no-reason", [f], "optima_webdesign", "need_info", [], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations; the email names project, invoice and comes from the contract "
     "email but gives no reason (negated refund adds no refund intent; disclaimer and sign-off are not reasons): missing = [reason].")

# 17 OWD rush fee -> deny O6
proj("Pinecrest School Launch", "bursar@pinecrestschool.org")
owdpay("en_o07", "OWD-2025-8607", "Pinecrest School Launch", "rush", "8000.00", "1440.00", "2025-09-24T10:00:00")
f = mail("en-o07", "Pinecrest Bursar <bursar@pinecrestschool.org>", OWD, "Rush fee OWD 2025-8607", (2025, 9, 26, 9, 40),
         "Hello,\n\nWe paid the expedited delivery fee for the Pinecrest School Launch (OWD 2025-8607) but the open day has been "
         "moved to November, so we no longer need the site early. Could you refund the rush fee please?\n\nMark Ellison, Bursar\n")
case("f2en-o07-rush-deny", [f], "optima_webdesign", "decided", [{"intent": "refund", "outcome": "deny"}],
     "O6: kind rush (expedited fee) is never refundable -> deny citing Non-refundable items.")

ledger = {"customers": customers, "projects": projects, "payments": payments}
(HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(cases), "cases")
