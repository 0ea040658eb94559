"""Held-out round fresh24 (qa24c): case generator. Stdlib only, deterministic.
Running it writes ledger.json, emails/*.eml and expected.json beside this file."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
EMAILS: dict[str, bytes] = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
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


def when(stamp: str, offset: str) -> str:
    """'2025-09-22 09:40', '+05:30' -> RFC 5322 date in that offset."""
    sign = -1 if offset[0] == "-" else 1
    hh, mm = offset[1:].split(":")
    tz = timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))
    return format_datetime(datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz))


def mail(name, frm, to, subject, date, body, html=None, headers=None, reply_to=None, refs=(), msgid=None):
    """Write emails/<name>.eml; return its Message-ID (for threads)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = when(*date)
    mid = msgid or f"<{name}.qa24c@{frm.rsplit('@', 1)[1].strip('>').strip()}>"
    msg["Message-ID"] = mid
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    if reply_to:
        msg["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
            msg.set_boundary(f"=_qa24c_{name}")
    EMAILS[f"emails/{name}.eml"] = msg.as_bytes(policy=SMTP)
    return mid


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None,
         spec="", lang=None):
    c = {"id": cid, "lang": lang or cid.split("-")[0], "files": [f"emails/{f}.eml" for f in files],
         "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(intent=d[0], outcome=d[1], amount=d[2], **({"effective_date": d[3]} if len(d) > 3 else {}))
                      for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def write():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for rel, data in sorted(EMAILS.items()):
        (HERE / rel).write_bytes(data)
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=2, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    used = {f for c in CASES for f in c["files"]}
    assert used <= set(EMAILS), used - set(EMAILS)
    assert len({c["id"] for c in CASES}) == len(CASES)
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")

# ---------------------------------------------------------------------------------------------------------
# Ledger (Asia/Kolkata, amounts before tax)
cust("aisha.bello@gmail.com", "Aisha Bello", "monthly", start="2025-09-24", end="2025-10-23")
lopay("ep01", "LO-INV-35101", "aisha.bello@gmail.com", "monthly", *M, "2025-09-24T14:00:00", "2025-09-24", "2025-10-23")
lopay("ep02", "LO-INV-35102", "aisha.bello@gmail.com", "monthly", *M, "2025-09-24T14:05:00", "2025-09-24", "2025-10-23")
cust("tom.hughes@btinternet.com", "Tom Hughes", "annual", start="2025-09-12", end="2026-09-11")
lopay("ep03", "LO-INV-35110", "tom.hughes@btinternet.com", "annual", *A, "2025-09-12T15:30:00", "2025-09-12", "2026-09-11")
cust("jess.nguyen@bigpond.com", "Jess Nguyen", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("ep04", "LO-INV-35120", "jess.nguyen@bigpond.com", "quarterly", *Q, "2025-09-26T06:00:00", "2025-09-26", "2025-12-25")
cust("weiling.tan@singnet.com.sg", "Tan Wei Ling", "monthly", start="2025-09-01", end="2025-09-30")
lopay("ep05", "LO-INV-35130", "weiling.tan@singnet.com.sg", "monthly", *M, "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")
lopay("ep06", "LO-INV-35131", "weiling.tan@singnet.com.sg", "annual", *A, "2025-09-29T09:00:00", "2025-09-29", "2026-09-28")
cust("mike.oconnor@comcast.net", "Mike O'Connor", "monthly", status="cancelled", start="2025-08-28", end="2025-09-27")
lopay("ep07", "LO-INV-35140", "mike.oconnor@comcast.net", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
cust("dave.kowalski@yahoo.com", "Dave Kowalski", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("ep08", "LO-INV-35150", "dave.kowalski@yahoo.com", "quarterly", *Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
lopay("ep09", "LO-INV-35151", "dave.kowalski@yahoo.com", "quarterly", *Q, "2025-09-15T10:00:30", "2025-09-15", "2025-12-14")
cust("hamish.clarke@xtra.co.nz", "Hamish Clarke", "monthly", start="2025-09-16", end="2025-10-15")
lopay("ep10", "LO-INV-35160", "hamish.clarke@xtra.co.nz", "monthly", *M, "2025-09-16T20:00:00", "2025-09-16", "2025-10-15")
lopay("ep11", "LO-INV-35161", "hamish.clarke@xtra.co.nz", "monthly", *M, "2025-09-16T20:03:00", "2025-09-16", "2025-10-15")
cust("kemi.adeyemi@yahoo.com", "Kemi Adeyemi", "monthly", start="2025-09-18", end="2025-10-17")
lopay("ep12", "LO-INV-35170", "kemi.adeyemi@yahoo.com", "monthly", *M, "2025-09-18T11:00:00", "2025-09-18", "2025-10-17")
lopay("ep13", "LO-INV-35171", "kemi.adeyemi@yahoo.com", "monthly", *M, "2025-09-18T11:02:00", "2025-09-18", "2025-10-17")
lopay("ep14", "LO-INV-35172", "kemi.adeyemi@yahoo.com", "monthly", *M, "2025-09-26T11:00:00", "2025-09-18", "2025-10-17")
cust("sarah.jones@jonesconsulting.co.uk", "Sarah Jones", "annual", start="2025-09-22", end="2026-09-21")
lopay("ep15", "LO-INV-35180", "sarah.jones@jonesconsulting.co.uk", "annual", *A, "2025-09-22T13:00:00", "2025-09-22", "2026-09-21")
lopay("ep16", "LO-INV-35181", "sarah.jones@jonesconsulting.co.uk", "annual", *A, "2025-09-22T13:01:00", "2025-09-22", "2026-09-21")
cust("liam.walsh@optusnet.com.au", "Liam Walsh", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("ep17", "LO-INV-35190", "liam.walsh@optusnet.com.au", "quarterly", *Q, "2025-09-20T08:00:00", "2025-09-20", "2025-12-19")
cust("grace.wanjiru@gmail.com", "Grace Wanjiru", "monthly", start="2025-09-23", end="2025-10-22")
lopay("ep18", "LO-INV-35200", "grace.wanjiru@gmail.com", "monthly", *M, "2025-09-23T12:00:00", "2025-09-23", "2025-10-22")
cust("rahul.menon@gmail.com", "Rahul Menon", "annual", start="2025-09-02", end="2026-09-01")
lopay("ep19", "LO-INV-35210", "rahul.menon@gmail.com", "annual", *A, "2025-09-02T10:00:00", "2025-09-02", "2026-09-01")
cust("emeka.okafor@outlook.com", "Emeka Okafor", "monthly", start="2025-09-27", end="2025-10-26")
lopay("ep20", "LO-INV-35220", "emeka.okafor@outlook.com", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
cust("jen.park@gmail.com", "Jennifer Park", "quarterly")
lopay("ep21", "LO-INV-35230", "jen.park@gmail.com", "quarterly", *Q, "2025-08-14T22:00:00-04:00")
cust("olivia.brown@icloud.com", "Olivia Brown", "monthly", status="trial", trial_ends="2025-10-03")
cust("marcus.lee@singtel.com.sg", "Marcus Lee", "monthly", start="2025-09-25", end="2025-10-24")
lopay("ep22", "LO-INV-35240", "marcus.lee@singtel.com.sg", "monthly", *M, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("ep23", "LO-INV-35241", "marcus.lee@singtel.com.sg", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("chidi.nwosu@gmail.com", "Chidi Nwosu", "annual", start="2025-09-26", end="2026-09-25")
lopay("ep24", "LO-INV-35250", "chidi.nwosu@gmail.com", "annual", *A, "2025-09-26T16:00:00", "2025-09-26", "2026-09-25", status="refunded")
cust("ben.carter@gmail.com", "Ben Carter", "monthly", start="2025-09-21", end="2025-10-20")
lopay("ep25", "LO-INV-35260", "ben.carter@gmail.com", "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
cust("ananya.krishnan@zoho.in", "Ananya Krishnan", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("ep26", "LO-INV-35270", "ananya.krishnan@zoho.in", "quarterly", *Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
lopay("ep27", "LO-INV-35271", "ananya.krishnan@zoho.in", "quarterly", *Q, "2025-09-24T10:01:00", "2025-09-24", "2025-12-23")

proj("Harbour Dental Sydney", "admin@harbourdental.com.au")
owpay("ew01", "OWD-2025-401", "Harbour Dental Sydney", "deposit", "40000.00", "7200.00", "2025-09-26T09:00:00")
proj("Redwood Yoga", "hello@redwoodyoga.com")
owpay("ew02", "OWD-2025-402", "Redwood Yoga", "deposit", "30000.00", "5400.00", "2025-09-26T09:00:00")
proj("Lagos Eats", "ops@lagoseats.ng", "2025-10-06T10:00:00")
owpay("ew03", "OWD-2025-403", "Lagos Eats", "discovery", "25000.00", "4500.00", "2025-09-24T10:00:00")
proj("Kensington Lettings", "accounts@kensingtonlettings.co.uk", "2025-07-01T10:00:00")
owpay("ew04", "OWD-2025-404", "Kensington Lettings", "milestone", "60000.00", "10800.00", "2025-08-01T10:00:00", milestone_status="approved")
owpay("ew05", "OWD-2025-405", "Kensington Lettings", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", milestone_status="not_started")
owpay("ew06", "OWD-2025-406", "Kensington Lettings", "change_request", "12500.00", "2250.00", "2025-09-10T10:00:00")
proj("Marina Bay Florist", "orders@marinabayflorist.sg", "2025-03-01T10:00:00")
owpay("ew07", "OWD-2025-407", "Marina Bay Florist", "retainer", "22000.00", "3960.00", "2025-09-07T10:00:00", period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
proj("Camden Bike Co", "finance@camdenbike.co.uk", "2025-03-01T10:00:00")
owpay("ew08", "OWD-2025-408", "Camden Bike Co", "retainer", "22000.00", "3960.00", "2025-09-07T10:00:00", period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
proj("Outback Tours", "bookings@outbacktours.com.au", "2025-09-16T10:00:00")
owpay("ew09", "OWD-2025-409", "Outback Tours", "hosting_annual", "15000.00", "2700.00", "2025-09-16T10:00:00", setup_fee="1999.00", service_start="2025-09-16")
proj("Brooklyn Barbers", "yo@brooklynbarbers.nyc", "2025-09-14T10:00:00")
owpay("ew10", "OWD-2025-410", "Brooklyn Barbers", "maintenance_annual", "24000.00", "4320.00", "2025-09-14T10:00:00", setup_fee="3000.00", service_start="2025-09-14")
proj("Nairobi Safari Lodge", "reservations@nairobisafarilodge.co.ke", "2025-09-01T10:00:00")
owpay("ew11", "OWD-2025-411", "Nairobi Safari Lodge", "setup", "7500.00", "1350.00", "2025-09-20T10:00:00")
owpay("ew12", "OWD-2025-412", "Nairobi Safari Lodge", "third_party", "9800.00", "1764.00", "2025-09-20T10:05:00")
proj("Abuja Legal Partners", "admin@abujalegal.ng")
owpay("ew13", "OWD-2025-413", "Abuja Legal Partners", "deposit", "35000.00", "6300.00", "2025-09-29T11:00:00")
proj("Chennai Silk Emporium", "it@chennaisilks.in", "2025-08-01T10:00:00")
owpay("ew14", "OWD-2025-414", "Chennai Silk Emporium", "milestone", "28000.00", "5040.00", "2025-09-15T10:00:00", milestone_status="in_progress")
owpay("ew15", "OWD-2025-415", "Chennai Silk Emporium", "milestone", "22000.00", "3960.00", "2025-09-15T10:01:00", milestone_status="not_started")
proj("Toronto Tutoring", "admin@torontotutoring.ca")
owpay("ew16", "OWD-2025-416", "Toronto Tutoring", "deposit", "18000.00", "3240.00", "2025-09-27T10:00:00", status="refunded")
proj("Glasgow Gin Distillery", "sales@glasgowgin.co.uk", "2025-02-01T10:00:00")
owpay("ew17", "OWD-2025-417", "Glasgow Gin Distillery", "retainer", "26000.00", "4680.00", "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
proj("Perth Surf School", "info@perthsurf.com.au")
owpay("ew18", "OWD-2025-418", "Perth Surf School", "discovery", "12000.00", "2160.00", "2025-09-22T10:00:00")
proj("Dubai Interiors", "studio@dubaiinteriors.ae", "2025-09-25T10:00:00")
owpay("ew19", "OWD-2025-419", "Dubai Interiors", "deposit", "50000.00", "9000.00", "2025-09-24T10:00:00")
proj("Cape Town Coffee", "hello@capetowncoffee.co.za", "2025-08-01T10:00:00")
owpay("ew20", "OWD-2025-420", "Cape Town Coffee", "hosting_annual", "12000.00", "2160.00", "2025-09-12T10:00:00", setup_fee="1200.00", service_start="2025-09-12")
owpay("ew21", "OWD-2025-421", "Cape Town Coffee", "rush", "6000.00", "1080.00", "2025-09-12T10:05:00")

IST, UK, NG, SG, AU, PERTH, NZ, NY, CHI, LA, KE, ZA = ("+05:30", "+01:00", "+01:00", "+08:00", "+10:00", "+08:00",
                                                       "+12:00", "-04:00", "-05:00", "-07:00", "+03:00", "+02:00")

# ---------------- LeadsOptima ----------------
mail("e01-lagos-double", "Aisha Bello <aisha.bello@gmail.com>", LO, "URGENT!!! Double debit on my card",
     ("2025-09-25 09:12", NG),
     "Good morning Sir/Ma,\n\nPlease I was debited twice yesterday for the same monthly subscription, N.B. both alerts came in "
     "5 minutes apart. The second one is LO-INV-35102. Kindly reverse the second debit to my card.\n\n"
     "I await your swift response.\n\nAisha Bello\nIkeja, Lagos\n\nSent from my iPhone")
case("en-l01-lagos-double", LOB, ["e01-lagos-double"], "decided", [("refund", "approve", "1499.00")],
     spec="L4: two paid 1499.00 charges 2025-09-24, same period; request 2025-09-25 13:42 IST = day 1; 'reverse the second debit to my card' is a refund, not a bank dispute (C4 not fired).")

mail("e02-uk-cancel-caps", "Tom Hughes <Tom.Hughes@BTInternet.com>", LO, "Cancellation",
     ("2025-09-27 14:05", UK),
     "Hi there,\n\nCould you cancel my subscription please? Not a reflection on you lot, we're winding the business down "
     "at the end of the year. Happy for it to run to the end of what I've paid for.\n\nCheers,\nTom")
case("en-l02-uk-cancel-caps", LOB, ["e02-uk-cancel-caps"], "decided", [("cancellation", "cancel", None, "2026-09-11")],
     spec="Section 8 addresses compare case-insensitively: Tom.Hughes@BTInternet.com is the registered address; L8 effective current_period_end 2026-09-11.")

mail("e03-aus-too-dear", "Jess Nguyen <jess.nguyen@bigpond.com>", LO, "refund pls",
     ("2025-09-27 08:40", AU),
     "hey guys just signed up for the quarterly yesterday morning and honestly its way too dear for a small mob like us, "
     "can i get my money back? havent even set it up properly yet. ta, jess")
case("en-l03-aus-too-dear", LOB, ["e03-aus-too-dear"], "decided", [("refund", "deny", None)],
     spec="L1: 'too expensive' is not an exception reason even on day 1; deny and offer cancellation.")

mail("e04-sg-wrong-plan", "Tan Wei Ling <weiling.tan@singnet.com.sg>", LO, "Charged for annual plan - I am on monthly leh",
     ("2025-09-29 19:20", SG),
     "Hi LeadsOptima,\n\nI was on monthly plan, then today got charged S$ equivalent of INR 14,145.84 for ANNUAL (invoice LO-INV-35131). "
     "I never click upgrade one. Please check and refund this charge, then keep me on monthly.\n\nThanks,\nWei Ling")
case("en-l04-sg-wrong-plan", LOB, ["e04-sg-wrong-plan"], "decided", [("refund", "escalate", None)],
     spec="L2 billing_error (charged for the wrong plan), day 0; L5 escalate with the charge LO-INV-35131; no amount.")

mail("e05-us-after-cancel", "Mike O'Connor <mike.oconnor@comcast.net>", LO, "Billed AFTER I cancelled??",
     ("2025-09-28 08:15", NY),
     "I cancelled my plan on the 20th (I have the confirmation screen) and you still billed my card again on the 28th, invoice "
     "LO-INV-35140. Please refund it. Not thrilled.\n\nMike O'Connor\nHartford, CT")
case("en-l05-us-after-cancel", LOB, ["e05-us-after-cancel"], "decided", [("refund", "escalate", None)],
     spec="L2 billing_error (charged after cancellation); 08:15 EDT = 17:45 IST on 2025-09-28, day 0; L5 escalate.")

mail("e06-chicago-day8", "Dave Kowalski <dave.kowalski@yahoo.com>", LO, "Duplicate charge on quarterly",
     ("2025-09-22 20:30", CHI),
     "Hello,\n\nI see two identical charges for my quarterly plan on Sept 15. That's exactly one week ago so I'm within your "
     "7 day window. The duplicate is LO-INV-35151. Please refund.\n\nDave Kowalski\nNaperville, IL")
case("en-l06-chicago-day8", LOB, ["e06-chicago-day8"], "decided", [("refund", "deny", None)],
     spec="Section 1 windows in the brand's zone: 20:30 CDT on Sep 22 = 2025-09-23 07:00 IST = day 8 after the 2025-09-15 charge: deny (L3), whatever the customer's own calendar says.")

mail("e07-nz-day7", "Hamish Clarke <hamish.clarke@xtra.co.nz>", LO, "charged twice",
     ("2025-09-24 06:00", NZ),
     "Morning,\nLooks like I've been stung twice for the monthly plan, 16th Sept (your time) - two lots of the same amount within minutes. "
     "Second one's LO-INV-35161. Can you sort a refund?\nCheers Hamish")
case("en-l07-nz-day7", LOB, ["e07-nz-day7"], "decided", [("refund", "approve", "1499.00")],
     spec="06:00 NZST Sep 24 = 2025-09-23 23:30 IST = day 7 after 2025-09-16: inside (L3); L4 approve 1499.00.")

mail("e08-three-one-late", "Kemi Adeyemi <kemi.adeyemi@yahoo.com>", LO, "Charged THREE times for one month",
     ("2025-09-26 10:00", NG),
     "Hello,\n\nThis is getting ridiculous. I was charged twice on 18 September for my monthly plan and today AGAIN for the same month "
     "(LO-INV-35172). That is three payments for one month. Refund all the extras please.\n\nKemi Adeyemi")
case("en-l08-three-one-late", LOB, ["e08-three-one-late"], "decided", [("refund", "approve", "1499.00")],
     spec="Section 8 three identical charges: charges 2 and 3 are duplicates, but charge 2 (2025-09-18) is day 8 at the request (2025-09-26 14:30 IST): only charge 3 (day 0) is refunded, 1499.00.")

mail("e09-reply-to", "Sarah Jones <sarahjones1985@gmail.com>", LO, "Duplicate annual charge",
     ("2025-09-24 18:30", UK),
     "Hello,\n\nOur annual subscription was taken twice on Monday (second invoice LO-INV-35181). I'm writing from my personal "
     "account as I'm out of the office but I've set the reply address to my work email.\n\nKind regards,\nSarah Jones\nJones Consulting Ltd",
     reply_to="Sarah Jones <sarah.jones@jonesconsulting.co.uk>")
case("en-l09-reply-to", LOB, ["e09-reply-to"], "need_info", rules=["C2"],
     spec="Section 8: Reply-To never verifies; From is an address not on record: C2, ask her to write from the registered address.")

mail("e10-plus-tag", "Aisha Bello <aisha.bello+leadsoptima@gmail.com>", LO, "Cancel",
     ("2025-09-29 16:00", NG),
     "Hi, please cancel my monthly plan. My login email is aisha.bello@gmail.com. Found a cheaper tool.\nAisha")
case("en-l10-plus-tag", LOB, ["e10-plus-tag"], "need_info", rules=["C2"],
     spec="Section 8: a +tag makes another address; the stated registered email differs from From: C2.")

mail("e11-dispute-bank", "Liam Walsh <liam.walsh@optusnet.com.au>", LO, "Cancel and refund or I go to the bank",
     ("2025-09-24 09:30", AU),
     "Mate, the platform has been a dog since day one. Cancel my quarterly sub and refund the lot, otherwise I'll be "
     "disputing it with my bank by Friday. Invoice LO-INV-35190.\nLiam")
case("en-l11-dispute-bank", LOB, ["e11-dispute-bank"], "decided", [("refund", "escalate", None), ("cancellation", "escalate", None)],
     rules=["C4"], spec="C4 covers the whole case (section 8): bank dispute threat escalates the refund and the cancellation.")

mail("e12-statutory", "Grace Wanjiru <grace.wanjiru@gmail.com>", LO, "Refund - access failure",
     ("2025-09-26 11:00", KE),
     "Dear Support,\n\nI have been unable to access my dashboard since I paid on 23rd (LO-INV-35200). "
     "I am aware of my statutory rights and expect a full refund.\n\nRegards,\nGrace Wanjiru\nNairobi")
case("en-l12-statutory", LOB, ["e12-statutory"], "decided", [("refund", "escalate", None)], rules=["C4"],
     spec="C4: mention of statutory rights escalates (the access failure would also escalate under L6, but C4 must be in the trace).")

mail("e13-access-late", "Rahul Menon <rahul.menon@gmail.com>", LO, "Unable to login - refund",
     ("2025-09-19 10:45", IST),
     "Hi Team,\n\nI have not been able to log in since last week. Raised tickets, no resolution. Kindly refund my annual "
     "subscription LO-INV-35210 at the earliest.\n\nThanks and regards,\nRahul Menon\nKochi")
case("en-l13-access-late", LOB, ["e13-access-late"], "decided", [("refund", "deny", None)],
     spec="L3: charged 2025-09-02, request 2025-09-19 = day 17: deny citing the 7-day rule.")

mail("e14-dictated", "Emeka Okafor <emeka.okafor@outlook.com>", LO, "cancel",
     ("2025-09-30 07:50", NG),
     "hello please cancel my monthly plan effective immediately i am traveling and wont need it for now thank you emeka "
     "sent from my samsung galaxy")
case("en-l14-dictated", LOB, ["e14-dictated"], "decided", [("cancellation", "cancel", None, "2025-10-26")],
     spec="Dictated, no punctuation; 'effective immediately' still ends at the cycle's end (L8): current_period_end 2025-10-26.")

mail("e15-fallback-offset", "Jennifer Park <jen.park@gmail.com>", LO, "Please cancel - quarterly",
     ("2025-09-25 09:00", NY),
     "Hi,\n\nPlease cancel my quarterly plan at the end of the current term. We moved to HubSpot.\n\nThanks,\nJen")
case("en-l15-fallback-offset", LOB, ["e15-fallback-offset"], "decided", [("cancellation", "cancel", None, "2025-11-14")],
     spec="L8 fallback with an offset: charge 2025-08-14T22:00-04:00 = 2025-08-15 07:30 IST; + 3 months - 1 day = 2025-11-14.")

mail("e16-trial", "Olivia Brown <olivia.brown@icloud.com>", LO, "Refund",
     ("2025-09-30 07:15", AU),
     "Hi, I think I got charged when my trial started? Didn't really get on with the software. I'd like a refund please.\nLiv")
case("en-l16-trial", LOB, ["e16-trial"], "decided", [("refund", "deny", None)],
     spec="L7: account on trial (ends 2025-10-03) has no charges: deny, nothing to refund, no billing unless she subscribes.")

mail("e17-invoice-needed", "Marcus Lee <marcus.lee@singtel.com.sg>", LO, "Cannot login, pls refund",
     ("2025-09-27 10:20", SG),
     "Hi,\nSince Thursday cannot login at all, keep getting error 500. Monthly plan. Pls refund if cannot fix.\nMarcus")
case("en-l17-invoice-needed", LOB, ["e17-invoice-needed"], "need_info", missing=["invoice_number"],
     spec="C3: access failure, but the sender has two charges (Aug 25, Sep 25): invoice_number cannot come from the ledger.")

t1 = "<e18a-login.qa24c@singtel.com.sg>"
mail("e18a-login", "Marcus Lee <marcus.lee@singtel.com.sg>", LO, "Cannot login, pls refund", ("2025-09-27 10:20", SG),
     "Hi,\nSince Thursday cannot login at all, keep getting error 500. Monthly plan. Pls refund if cannot fix.\nMarcus", msgid=t1)
mail("e18b-login-inv", "Marcus Lee <marcus.lee@singtel.com.sg>", LO, "Re: [LO-3310] Cannot login, pls refund", ("2025-09-29 09:05", SG),
     "It's LO INV 35241, the one on 25 Sep.\n\nOn 27 Sep 2025, at 3:12 PM, LeadsOptima Support <support@leadsoptima.com> wrote:\n\n"
     "> Hi Marcus, which invoice is this about? Please send us the invoice number.\n", refs=(t1,))
case("en-l18-thread-invoice", LOB, ["e18a-login", "e18b-login-inv"], "decided", [("refund", "escalate", None)],
     spec="C3 thread (Apple Mail quote): 'LO INV 35241' = LO-INV-35241 (section 8); request time 2025-09-27 = day 2 after 2025-09-25; L6 access_failure escalate.")

mail("e19-not-paid", "Chidi Nwosu <chidi.nwosu@gmail.com>", LO, "Double charge annual",
     ("2025-09-27 12:00", NG),
     "Hello,\n\nI was charged twice for the annual plan yesterday. Please refund LO-INV-35250.\n\nChidi")
case("en-l19-not-paid", LOB, ["e19-not-paid"], "decided", [("refund", "escalate", None)],
     spec="Section 8 payments not paid: LO-INV-35250 is already 'refunded' in the ledger: escalate, never approve; there is no paid duplicate pair either (L4 escalate).")

mail("e20-single-charge-dup", "Ben Carter <ben.carter@gmail.com>", LO, "charged twice?",
     ("2025-09-23 21:00", UK),
     "Hi, my bank app shows two payments to LeadsOptima this month. Pretty sure I've been charged twice. Invoice on my email is LO-INV-35260. "
     "Can you refund the extra?\nBen")
case("en-l20-single-charge-dup", LOB, ["e20-single-charge-dup"], "decided", [("refund", "escalate", None)],
     spec="L4: duplicate claimed, but the ledger holds one charge for this account and period: escalate (never approve on the email's word).")

t2 = "<e21a-wrong-addr.qa24c@gmail.com>"
mail("e21a-wrong-addr", "Ananya K <ananya.k.personal@gmail.com>", LO, "Duplicate quarterly payment",
     ("2025-09-25 11:00", IST),
     "Hi, my quarterly plan (account ananya.krishnan@zoho.in) got charged twice yesterday. Second invoice LO-INV-35271. Please refund.\nAnanya",
     msgid=t2)
mail("e21b-right-addr", "Ananya Krishnan <ananya.krishnan@zoho.in>", LO, "Re: [LO-3322] Duplicate quarterly payment",
     ("2025-09-25 15:30", IST),
     "Writing from the registered address now as asked. Please go ahead with the refund of the duplicate LO-INV-35271.\n\nAnanya\n\n"
     "On Thu, Sep 25, 2025 at 1:00 PM LeadsOptima Support <support@leadsoptima.com> wrote:\n"
     "> For your security, please write to us from the email address registered on your account.", refs=(t2,))
case("en-l21-thread-c2-resolved", LOB, ["e21a-wrong-addr", "e21b-right-addr"], "decided", [("refund", "approve", "3999.00")],
     spec="C2 then C3: the answer comes from the registered address, so the case is decided again (C3) and C2 no longer holds (section 7: rules holds C2 only while the sender is not the address on record; an approval discloses billing details, which C2 forbids to an unverified sender): duplicate pair 2025-09-24, request time 2025-09-25 11:00 IST (first email) = day 1, L4 approve 3999.00.")

mail("e22-ooo-auto-gen", "Rahul Menon <rahul.menon@gmail.com>", LO, "Out of Office: Re: [LO-3290] Unable to login - refund",
     ("2025-09-20 09:00", IST),
     "Thank you for your email. I am on leave till 29-Sep with limited access to email. For urgent matters please contact "
     "my colleague at +91 98xxxxxx.\n\nRegards, Rahul", headers={"Auto-Submitted": "auto-generated"},
     refs=("<lo-3290-ack.qa24c@leadsoptima.com>",))
case("en-l22-ooo-auto-gen", LOB, ["e22-ooo-auto-gen"], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-generated.")

mail("e23-auto-no", "Tom Hughes <tom.hughes@btinternet.com>", LO, "Question before I cancel",
     ("2025-09-26 17:40", UK),
     "Hi there,\n\nQuick question: if I cancel, will I get anything back for the remaining 11 months? I'm not demanding it, "
     "just asking so I can plan. I am NOT cancelling yet.\n\nTom", headers={"Auto-Submitted": "no"})
case("en-l23-auto-no", LOB, ["e23-auto-no"], "other",
     spec="Auto-Submitted: no is human mail (C7 does not apply); a hypothetical policy question with an explicit 'NOT cancelling yet': other (section 8).")

mail("e24-bulk", "Stripe <notifications@stripe.example>", LO, "Your weekly payouts summary",
     ("2025-09-29 06:00", NY),
     "Payouts this week: 14 refunds, 2 disputes, 1 chargeback opened. View your dashboard for details.",
     headers={"Precedence": "bulk"})
case("en-l24-bulk", LOB, ["e24-bulk"], "ignore", rules=["C7"], spec="C7: Precedence: bulk, even though it mentions chargebacks and refunds.")

# RFC 3464 delivery status report: built as text, parsed into an EmailMessage (the status part is header blocks)
from email import message_from_bytes  # noqa: E402
_DSN = ("From: postmaster@btinternet.com\r\nTo: support@leadsoptima.com\r\n"
        "Subject: Delivery Status Notification (Failure)\r\n"
        f"Date: {when('2025-09-28 03:30', UK)}\r\nMessage-ID: <e25-dsn.qa24c@btinternet.com>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"=_qa24c_e25\"\r\n\r\n"
        "--=_qa24c_e25\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "Your message to tom.hughes@btinternet.com could not be delivered: user over quota.\r\n\r\n"
        "--=_qa24c_e25\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.btinternet.com\r\n\r\nFinal-Recipient: rfc822; tom.hughes@btinternet.com\r\n"
        "Action: failed\r\nStatus: 5.2.2\r\n\r\n--=_qa24c_e25--\r\n")
EMAILS["emails/e25-dsn.eml"] = message_from_bytes(_DSN.encode("ascii"), _class=EmailMessage, policy=SMTP).as_bytes(policy=SMTP)
case("en-l25-dsn", LOB, ["e25-dsn"], "ignore", rules=["C7"], spec="C7: postmaster sender, multipart/report delivery-status (RFC 3464).")

mail("e26-thanks-quoted", "Aisha Bello <aisha.bello@gmail.com>", LO, "Re: [LO-3301] URGENT!!! Double debit on my card",
     ("2025-09-30 12:30", NG),
     "Received, thank you so much. God bless.\n\nOn Tue, 30 Sept 2025 at 10:02, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
     "> Hi Aisha, your refund of INR 1,499.00 has been initiated.\n>\n>> Please I was debited twice yesterday for the same monthly subscription. "
     "Kindly reverse the second debit to my card.\n",
     refs=("<e01-lagos-double.qa24c@gmail.com>", "<lo-3301-refund.qa24c@leadsoptima.com>"))
case("en-l26-thanks-quoted", LOB, ["e26-thanks-quoted"], "other",
     spec="Top-posted thank-you; the refund request is only in the quoted history and was already handled: other.")

mail("e27-outlook-fw", "Tan Wei Ling <weiling.tan@singnet.com.sg>", LO, "FW: Cancel subscription",
     ("2025-09-30 09:10", SG),
     "Hi, resending as I got no reply. Please action.\n\nWei Ling\n\n________________________________\n"
     "From: Tan Wei Ling <weiling.tan@singnet.com.sg>\nSent: Saturday, September 27, 2025 10:02 PM\nTo: support@leadsoptima.com\n"
     "Subject: Cancel subscription\n\nHi, please cancel my monthly plan. Our company has switched to Salesforce.\n\nRegards,\nWei Ling")
case("en-l27-outlook-fw", LOB, ["e27-outlook-fw"], "decided", [("cancellation", "cancel", None, "2025-09-30")],
     spec="Outlook FW: of her own earlier mail (same registered address, no C2); L8: the effective date is current_period_end from the ledger (2025-09-30) when it is set; the last-charge fallback (the disputed annual LO-INV-35131) applies only without it. 'please action' is not a reason, but LO does not need one for cancellations.")

mail("e28-apple-fwd-c2", "Dan Hughes <dan@hughesfamily.me.uk>", LO, "Fwd: Cancellation",
     ("2025-09-28 10:00", UK),
     "Dad asked me to send this on, he's struggling with his email.\n\nBegin forwarded message:\n\n"
     "From: Tom Hughes <tom.hughes@btinternet.com>\nSubject: Cancellation\nDate: 28 September 2025 at 09:41:12 BST\n"
     "To: Dan Hughes <dan@hughesfamily.me.uk>\n\nPlease cancel the LeadsOptima annual subscription on tom.hughes@btinternet.com. "
     "We are closing the shop.\n\nTom\n")
case("en-l28-apple-fwd-c2", LOB, ["e28-apple-fwd-c2"], "need_info", rules=["C2"],
     spec="Section 8 forwards: Apple Mail 'Begin forwarded message'; the carried request names registered email tom.hughes@btinternet.com, sender is his son: C2.")

mail("e29-reason-restated", "Emeka Okafor <emeka.okafor@outlook.com>", LO, "Refund Request",
     ("2025-09-28 13:00", NG),
     "Dear Sir,\n\nI am writing to request for a refund of my subscription payment. I want my money refunded. "
     "Please treat as urgent.\n\nThanks for your anticipated cooperation.\n\nYours faithfully,\nEmeka Okafor\n"
     "-- \nThis email and any attachments are confidential and intended solely for the addressee.")
case("en-l29-reason-restated", LOB, ["e29-reason-restated"], "need_info", missing=["reason"],
     spec="Section 8: restating the request, 'treat as urgent', courtesy lines and the disclaimer are not reasons; plan and invoice come from the ledger (one charge).")

t3 = "<e30a-refund.qa24c@outlook.com>"
mail("e30a-refund", "Emeka Okafor <emeka.okafor@outlook.com>", LO, "Refund Request", ("2025-09-28 13:00", NG),
     "Dear Sir,\n\nI am writing to request for a refund of my subscription payment. Please treat as urgent.\n\nYours faithfully,\nEmeka Okafor",
     msgid=t3)
mail("e30b-reason", "Emeka Okafor <emeka.okafor@outlook.com>", LO, "RE: [LO-3330] Refund Request", ("2025-09-29 08:10", NG),
     "The reason is that I paid once but it was deducted two times from my GTBank account, see attached statement.\n\nEmeka\n\n"
     "From: LeadsOptima Support <support@leadsoptima.com>\nSent: Sunday, September 28, 2025 6:30 PM\nSubject: [LO-3330] Refund Request\n\n"
     "Could you tell us why you are asking for a refund?", refs=(t3,))
case("en-l30-thread-reason-dup", LOB, ["e30a-refund", "e30b-reason"], "decided", [("refund", "escalate", None)],
     spec="C3 thread: reason 'deducted two times' = duplicate_payment, but the ledger has one charge (LO-INV-35220): L4 escalate; request 2025-09-28 day 1.")

mail("e31-pre-sale", "Priya Natarajan <priya.n@startupmail.example>", LO, "Question before I sign up",
     ("2025-09-26 15:00", SG),
     "Hi! Before I put my card in: if I go for the annual plan and it doesn't work for my team, would I be able to get a "
     "refund within the first month? Also do you offer a discount for nonprofits?\n\nPriya")
case("en-l31-pre-sale", LOB, ["e31-pre-sale"], "other", spec="Section 8 hypothetical before buying: policy question, other.")

mail("e32-not-asking", "Liam Walsh <liam.walsh@optusnet.com.au>", LO, "login dramas",
     ("2025-09-29 10:00", AU),
     "G'day, I'm not after a refund or anything, just can't log in since the update. Reset link never arrives. Can someone have a look?\nLiam")
case("en-l32-not-asking", LOB, ["e32-not-asking"], "other",
     spec="Section 8 negation: 'not after a refund' adds no refund intent; a support request: other.")

mail("e33-words", "Ben Carter <ben.carter@gmail.com>", LO, "cancel + unused days",
     ("2025-09-25 19:45", UK),
     "Hiya, please cancel my monthly. I only used it for four days so I'd like the other twenty-six days back, "
     "roughly fourteen hundred rupees I reckon. Cheers, Ben")
case("en-l33-words", LOB, ["e33-words"], "decided", [("refund", "deny", None), ("cancellation", "cancel", None, "2025-10-20")],
     spec="L1 (clause 2) no partial refunds for unused days: deny; L8 cancel until 2025-10-20; the amount in words is the customer's, never used.")

mail("e34-html-outlook", "Ananya Krishnan <ananya.krishnan@zoho.in>", LO, "Cancel quarterly plan",
     ("2025-09-30 16:20", IST), None,
     html="<html><body><div style=\"font-family:Calibri\">Hello Team,<br><br>Please cancel our quarterly subscription, "
          "our marketing budget for Q4 has been cut.<br><br>Warm regards,<br><b>Ananya Krishnan</b><br>"
          "<span style=\"color:gray\">Please consider the environment before printing this email.</span></div></body></html>")
case("en-l34-html-outlook", LOB, ["e34-html-outlook"], "decided", [("cancellation", "cancel", None, "2025-12-23")],
     spec="HTML-only mail; L8 effective current_period_end 2025-12-23.")

# ---------------- Optima WebDesign ----------------
mail("w01-deposit-under", "Harbour Dental <admin@harbourdental.com.au>", OWD, "Refund Request — Harbour Dental Sydney / OWD-2025-401",
     ("2025-09-29 11:30", AU),
     "Hi team,\n\nWe paid the deposit for Harbour Dental Sydney on Friday (your time). The practice owners have decided to "
     "put the rebuild on hold until after the merger. Nothing has kicked off yet, so please refund the deposit.\n\nKind regards,\n"
     "Michelle Tran\nPractice Manager")
case("en-o01-deposit-under", OWB, ["w01-deposit-under"], "decided", [("refund", "approve", "40000.00")],
     spec="O2: paid 2025-09-26 09:00 IST; 11:30 AEST Sep 29 = 07:00 IST = 70 h < 72 h, no work: approve 40,000.00 before tax.")

mail("w02-deposit-over", "Redwood Yoga <hello@redwoodyoga.com>", OWD, "Deposit refund - Redwood Yoga",
     ("2025-09-28 20:45", LA),
     "Hi Optima folks,\n\nWe sent the deposit Friday morning your time (OWD-2025-402). Our board just voted not to go ahead with "
     "the redesign this year. It's still within 72 hours of the payment, so please refund it.\n\nNamaste,\nKaren Li\nRedwood Yoga, Oakland CA")
case("en-o02-deposit-over", OWB, ["w02-deposit-over"], "decided", [("refund", "deny", None)],
     spec="O2: 20:45 PDT Sep 28 = 2025-09-29 09:15 IST = 72 h 15 min after 2025-09-26 09:00: deny; the customer's claim is not trusted.")

mail("w03-discovery-future", "Lagos Eats Ops <ops@lagoseats.ng>", OWD, "Discovery workshop - cancel & refund",
     ("2025-09-30 10:00", NG),
     "Hello Optima,\n\nWe booked the discovery workshop for Lagos Eats (invoice OWD-2025-403), scheduled for 6th October. "
     "Unfortunately our investors pulled out last week so we need to cancel the workshop and get the fee back.\n\nBest,\nTunde Bakare\nCOO")
case("en-o03-discovery-future", OWB, ["w03-discovery-future"], "decided", [("refund", "approve", "25000.00")], extra_ok=True,
     spec="O1: work_started_at 2025-10-06 is later than the request (2025-09-30 14:30 IST): no session has started: approve 25,000.00.")

mail("w04-milestone-approved", "Kensington Lettings Accounts <accounts@kensingtonlettings.co.uk>", OWD,
     "Refund - Kensington Lettings - OWD-2025-404", ("2025-09-24 15:00", UK),
     "Dear Optima WebDesign,\n\nFurther to our call, we are not satisfied with the property search design delivered under milestone 1 "
     "(OWD-2025-404), although we did sign it off in August. We request a refund of that milestone.\n\nYours sincerely,\n"
     "Eleanor Whitfield\nFinance Director\n\nKensington Lettings Ltd is registered in England and Wales No. 01234567.")
case("en-o04-milestone-approved", OWB, ["w04-milestone-approved"], "decided", [("refund", "deny", None)],
     spec="O3/O6: an approved milestone is not refundable.")

mail("w05-milestone-words", "Kensington Lettings Accounts <accounts@kensingtonlettings.co.uk>", OWD,
     "Milestone 2 - please refund", ("2025-09-25 10:30", UK),
     "Dear team,\n\nHaving reviewed the scope, we have decided to drop the tenant portal (milestone 2, OWD-2025-405) as we will "
     "use the agency's existing portal. As the work hasn't been started, please refund the fifty-three thousand one hundred rupees "
     "in full.\n\nKind regards,\nEleanor Whitfield")
case("en-o05-milestone-words", OWB, ["w05-milestone-words"], "decided", [("refund", "approve", "45000.00")], extra_ok=True,
     spec="O3: milestone not_started: refund its amount 45,000.00 before tax; the 53,100 in words includes GST (C6).")

mail("w06-change-request", "Kensington Lettings Accounts <accounts@kensingtonlettings.co.uk>", OWD,
     "Change request charge OWD-2025-406", ("2025-09-25 11:00", UK),
     "Dear team,\n\nWe'd also like the change request charge (OWD-2025-406) refunded as the extra map widget is no longer needed.\n\nEleanor")
case("en-o06-change-request", OWB, ["w06-change-request"], "decided", [("refund", "deny", None)],
     spec="O6: change requests outside the original scope are non-refundable.")

mail("w07-retainer-cutoff-sg", "Marina Bay Florist <orders@marinabayflorist.sg>", OWD, "Stop retainer",
     ("2025-09-30 21:40", SG),
     "Hi Optima team,\n\nPlease stop our monthly retainer for Marina Bay Florist (OWD-2025-407) - we are selling the shop. "
     "Sorry for the short notice.\n\nRegards,\nJasmine Koh")
case("en-o07-retainer-cutoff-sg", OWB, ["w07-retainer-cutoff-sg"], "decided", [("cancellation", "cancel", None, "2025-10-06")],
     spec="O4: next_billing_at 2025-10-07, cut-off 2025-09-30; 21:40 SGT = 19:10 IST on 2025-09-30: exactly on the cut-off date, in time: effective 2025-10-06.")

mail("w08-retainer-cutoff-uk", "Camden Bike Co <finance@camdenbike.co.uk>", OWD, "Cancel monthly retainer",
     ("2025-09-30 22:00", UK),
     "Evening,\n\nPlease cancel the Camden Bike Co retainer (OWD-2025-408). We're bringing the site in-house from next month.\n\n"
     "Ta,\nOllie Grant")
case("en-o08-retainer-cutoff-uk", OWB, ["w08-retainer-cutoff-uk"], "decided", [("cancellation", "cancel", None, "2025-11-06")],
     spec="O4: 22:00 BST Sep 30 = 2025-10-01 02:30 IST, one day after the cut-off 2025-09-30: the next cycle 2025-10-07..2025-11-06 is billed, effective 2025-11-06.")

mail("w09-hosting-day14", "Outback Tours <bookings@outbacktours.com.au>", OWD, "Hosting - cancel and refund",
     ("2025-09-30 16:00", PERTH),
     "Hi,\n\nWe've decided to move hosting to our booking platform provider, so please cancel the annual hosting for Outback Tours "
     "(OWD-2025-409) and refund what's owed.\n\nCheers,\nBrooke")
case("en-o09-hosting-day14", OWB, ["w09-hosting-day14"], "decided", [("refund", "approve", "11917.58")], extra_ok=True,
     spec="O5 day 14 (start 2025-09-16, request 2025-09-30 13:30 IST) is within 14 days: 15,000 - 1,999 - 13,001/12 x 1 = 11,917.583... -> 11,917.58 (C6, rounded once).")

mail("w10-maint-day16", "Brooklyn Barbers <yo@brooklynbarbers.nyc>", OWD, "maintenance plan refund",
     ("2025-09-30 09:00", NY),
     "yo optima - we signed the yearly maintenance thing (OWD-2025-410) two weeks ago but my cousin's gonna handle the site now. "
     "cancel it and refund us pls\n- Marco, Brooklyn Barbers")
case("en-o10-maint-day16", OWB, ["w10-maint-day16"], "decided", [("refund", "deny", None)], extra_ok=True,
     spec="O5: service_start 2025-09-14, request 2025-09-30 18:30 IST = day 16 > 14: deny; the cancellation part is harmless beside it.")

mail("w11-setup-domain", "Nairobi Safari Lodge <reservations@nairobisafarilodge.co.ke>", OWD, "Refund of setup and domain fees",
     ("2025-09-24 09:30", KE),
     "Dear Sir/Madam,\n\nKindly refund the setup fee (OWD-2025-411) for Nairobi Safari Lodge. We feel the setup was very basic "
     "and not worth the money charged.\n\nYours faithfully,\nJoseph Kamau\nGeneral Manager")
case("en-o11-setup", OWB, ["w11-setup-domain"], "decided", [("refund", "deny", None)],
     spec="O6: setup/activation fees are non-refundable.")

mail("w12-lawyer-ng", "Abuja Legal Partners <admin@abujalegal.ng>", OWD, "Demand for refund - Abuja Legal Partners",
     ("2025-09-30 09:00", NG),
     "Dear Sirs,\n\nWe paid a deposit (OWD-2025-413) yesterday for Abuja Legal Partners and have since decided not to proceed "
     "as our partners prefer a local vendor. Kindly refund same within 48 hours, failing which our counsel will commence legal action.\n\n"
     "Yours faithfully,\nBarr. Ngozi Eze")
case("en-o12-lawyer-ng", OWB, ["w12-lawyer-ng"], "decided", [("refund", "escalate", None)], rules=["C4"],
     spec="C4: legal action threat escalates although the deposit (22 h, no work) would qualify under O2.")

mail("w13-milestone-inprog", "Chennai Silks IT <it@chennaisilks.in>", OWD, "Refund for milestone",
     ("2025-09-26 14:00", IST),
     "Dear Optima team,\n\nWith reference to invoice OWD-2025-414 for Chennai Silk Emporium, we wish to discontinue the mobile app "
     "milestone as management has revised priorities. Please refund the portion of work not done.\n\nRegards,\nS. Venkatesh\nIT Head")
case("en-o13-milestone-inprog", OWB, ["w13-milestone-inprog"], "decided", [("refund", "escalate", None)], extra_ok=True,
     spec="O3: milestone in_progress: escalate, no amount.")

mail("w14-need-invoice", "Chennai Silks IT <it@chennaisilks.in>", OWD, "Refund for milestone",
     ("2025-09-26 14:00", IST),
     "Dear Optima team,\n\nFor Chennai Silk Emporium, we wish to drop the loyalty-program milestone as management has revised priorities. "
     "Please refund the same.\n\nRegards,\nS. Venkatesh")
case("en-o14-need-invoice", OWB, ["w14-need-invoice"], "need_info", missing=["invoice_number"],
     spec="C3: the project has two milestone payments; the invoice is not named: ask for it (project, reason and contract email are known).")

mail("w15-refunded-deposit", "Toronto Tutoring <admin@torontotutoring.ca>", OWD, "Deposit refund request",
     ("2025-09-28 10:00", NY),
     "Hello,\n\nCould you please refund the deposit we paid on Sept 27 for Toronto Tutoring (OWD-2025-416)? We've decided to "
     "go with a template builder instead, the quote was more than we budgeted.\n\nThanks so much,\nAmanda")
case("en-o15-refunded-deposit", OWB, ["w15-refunded-deposit"], "decided", [("refund", "escalate", None)],
     spec="Section 8 payments not paid: OWD-2025-416 is already 'refunded' in the ledger: escalate, never approve again.")

mail("w16-retainer-refund-current", "Glasgow Gin Distillery <sales@glasgowgin.co.uk>", OWD, "Retainer - cancel and refund this month",
     ("2025-09-26 12:00", UK),
     "Hiya,\n\nWe want to cancel the retainer for Glasgow Gin Distillery (OWD-2025-417). New marketing manager wants to use her own agency. "
     "Since you've barely done anything this month, could we get September's fee back too?\n\nCheers,\nFiona")
case("en-o16-retainer-refund-current", OWB, ["w16-retainer-refund-current"], "decided",
     [("refund", "deny", None), ("cancellation", "cancel", None, "2025-10-14")],
     spec="O4: the current period is never refunded (deny); next_billing_at 2025-10-15, cut-off 2025-10-08, request 2025-09-26 in time: effective 2025-10-14.")

mail("w17-reason-missing", "Perth Surf School <info@perthsurf.com.au>", OWD, "Refund Request — [Project/Invoice #]",
     ("2025-09-25 10:00", PERTH),
     "Hi,\n\nProject: Perth Surf School\nInvoice: OWD-2025-418\n\nPlease refund the discovery fee.\n\nThanks,\nJosh Miller\nPerth Surf School\n"
     "www.perthsurf.com.au | Scarborough Beach WA")
case("en-o17-reason-missing", OWB, ["w17-reason-missing"], "need_info", missing=["reason"],
     spec="The policy's subject template left unfilled; project and invoice in the body, no reason (restating the request and the signature are not reasons): need_info reason.")

t4 = "<w18a-refund.qa24c@perthsurf.com.au>"
mail("w18a-refund", "Perth Surf School <info@perthsurf.com.au>", OWD, "Refund Request — [Project/Invoice #]", ("2025-09-25 10:00", PERTH),
     "Hi,\n\nProject: Perth Surf School\nInvoice: OWD-2025-418\n\nPlease refund the discovery fee.\n\nThanks,\nJosh", msgid=t4)
mail("w18b-reason", "Perth Surf School <info@perthsurf.com.au>", OWD, "Re: [OWD-6120] Refund Request — [Project/Invoice #]",
     ("2025-09-26 08:30", PERTH),
     "Sorry - reason is the council shut our beach lease so the business is closing. No sessions were booked yet.\n\nJosh\n\n"
     "> On 25 Sep 2025, at 5:00 pm, Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n> Please tell us the reason for your request.",
     refs=(t4,))
case("en-o18-thread-reason", OWB, ["w18a-refund", "w18b-reason"], "decided", [("refund", "approve", "12000.00")],
     spec="C3 thread answers the reason; O1 discovery with no work started: approve 12,000.00.")

mail("w19-deposit-work-started", "Dubai Interiors <studio@dubaiinteriors.ae>", OWD, "Refund of deposit",
     ("2025-09-26 09:00", "+04:00"),
     "Dear Optima,\n\nWe paid the deposit for Dubai Interiors two days ago (OWD-2025-419). Our owner has changed his mind about the "
     "design direction so we would like the deposit back; it is well within 72 hours.\n\nBest regards,\nLayla Haddad")
case("en-o19-deposit-work-started", OWB, ["w19-deposit-work-started"], "decided", [("refund", "deny", None)],
     spec="O2 whichever first: 09:00 GST = 10:30 IST, 48.5 h after payment but work started 2025-09-25 10:00: deny.")

mail("w20-hosting-plus-rush", "Cape Town Coffee <hello@capetowncoffee.co.za>", OWD, "Refunds: hosting and rush fee",
     ("2025-09-25 11:00", ZA),
     "Hi there,\n\nTwo things for Cape Town Coffee: we want to cancel the annual hosting (OWD-2025-420) because our franchisor "
     "mandates their own hosting, and please refund it pro rata. Also we'd like the rush fee (OWD-2025-421) back since "
     "launch slipped anyway.\n\nLekker day,\nThandi")
case("en-o20-hosting-plus-rush", OWB, ["w20-hosting-plus-rush"], "decided", [("refund", "approve", "9900.00")], extra_ok=True,
     spec="O5: start 2025-09-12, request 2025-09-25 = day 13: 12,000 - 1,200 - 900 = 9,900.00; the rush fee (O6) is not refundable and adds nothing.",
     ambiguous="Two refunds in one email (one approve, one O6 deny) but one refund decision per intent; the harness reads the first refund decision.")

mail("w21-c2-agency", "Ravi (Freelancer) <ravi.webfreelance@gmail.com>", OWD, "FW: Refund - Harbour Dental Sydney",
     ("2025-09-27 12:00", IST),
     "Hi, forwarding on behalf of my client.\n\n-----Original Message-----\nFrom: Michelle Tran <admin@harbourdental.com.au>\n"
     "Sent: Saturday, 27 September 2025 3:10 PM\nTo: Ravi <ravi.webfreelance@gmail.com>\nSubject: Refund - Harbour Dental Sydney\n\n"
     "Ravi, can you ask Optima to refund our deposit OWD-2025-401? Contract email is admin@harbourdental.com.au. "
     "The owners have paused the rebuild.\n")
case("en-o21-c2-agency", OWB, ["w21-c2-agency"], "need_info", rules=["C2"],
     spec="Section 8 forwards: the forwarded request names contract email admin@harbourdental.com.au; the sender is a third party: C2.")

mail("w22-invoice-q", "Kensington Lettings Accounts <accounts@kensingtonlettings.co.uk>", OWD, "VAT on invoice OWD-2025-405",
     ("2025-09-29 09:30", UK),
     "Dear team,\n\nCould you confirm whether the tax line on invoice OWD-2025-405 is GST or an equivalent we can reclaim in the UK? "
     "Our auditors are asking. No action needed otherwise.\n\nKind regards,\nEleanor Whitfield")
case("en-o22-invoice-q", OWB, ["w22-invoice-q"], "other",
     spec="Tricky negative: an invoice question that asks for nothing: other.")

mail("w23-list", "WordPress Agencies Network <list@wpagencies.example>", OWD, "[wp-agencies] Refund clauses that actually work",
     ("2025-09-28 08:00", NY),
     "Thread: how do you handle deposit refunds after 72 hours? One member says they always refund milestones...",
     headers={"List-Id": "<wp-agencies.lists.wpagencies.example>", "List-Unsubscribe": "<mailto:leave@wpagencies.example>"})
case("en-o23-list", OWB, ["w23-list"], "ignore", rules=["C7"], spec="C7: List-Id mailing-list post.")

mail("w24-null-sender", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", OWD, "Returned mail: see transcript for details",
     ("2025-09-28 04:00", IST), "The original message was received but could not be delivered to studio@dubaiinteriors.ae\n",
     headers={"Return-Path": "<>"})
case("en-o24-null-sender", OWB, ["w24-null-sender"], "ignore", rules=["C7"], spec="C7: null Return-Path and mailer-daemon sender (Gmail-style bounce).")

mail("w25-retainer-reason-missing", "Marina Bay Florist <orders@marinabayflorist.sg>", OWD, "Retainer cancellation - OWD-2025-407",
     ("2025-09-24 10:00", SG),
     "Dear Optima WebDesign,\n\nPlease cancel the retainer for Marina Bay Florist (invoice OWD-2025-407) with immediate effect. "
     "Kindly acknowledge receipt.\n\nThank you.\n\nBest regards,\nJasmine Koh\nDirector")
case("en-o25-retainer-reason-missing", OWB, ["w25-retainer-reason-missing"], "need_info", missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations; 'with immediate effect', 'kindly acknowledge' and the sign-off are not reasons.")

mail("w26-chargeback-cancel", "Glasgow Gin Distillery <sales@glasgowgin.co.uk>", OWD, "Cancel retainer NOW",
     ("2025-09-29 16:30", UK),
     "Cancel the Glasgow Gin Distillery retainer OWD-2025-417 today. Your team has missed every deadline this month. If I see one more "
     "charge I'm raising a chargeback with Amex.\nFiona MacLeod")
case("en-o26-chargeback-cancel", OWB, ["w26-chargeback-cancel"], "decided", [("cancellation", "escalate", None)], rules=["C4"],
     spec="C4 covers the whole case, a cancellation included: chargeback threat -> escalate (section 8).")

mail("w27-not-refund", "Outback Tours <bookings@outbacktours.com.au>", OWD, "Hosting - just a heads up",
     ("2025-09-22 09:00", PERTH),
     "Hi, we're happy with the hosting so far and definitely don't want to cancel or get a refund - we just wanted to check whether "
     "we can add a second domain later this year and what that would cost.\n\nCheers,\nBrooke")
case("en-o27-not-refund", OWB, ["w27-not-refund"], "other",
     spec="Section 8 negation: 'don't want to cancel or get a refund'; a pre-sales question: other.")

mail("w28-other-brand", "Tom Hughes <tom.hughes@btinternet.com>", OWD, "Cancel my subscription",
     ("2025-09-27 15:00", UK),
     "Hi, please cancel my LeadsOptima annual subscription, we are winding the business down.\nTom Hughes")
case("en-o28-other-brand", OWB, ["w28-other-brand"], "need_info", rules=["C2"],
     spec="Section 8 the other brand's customer: C1 picks Optima by the mailbox; the ledger is searched in Optima only, where the sender is unknown, and is treated as any unknown sender (C2, C3): the From address is not a contract email on record, so rules holds C2 (section 7) and nothing about any account is disclosed.")

mail("e35-uk-disclaimer", "Sarah Jones <Sarah.Jones@jonesconsulting.co.uk>", LO, "RE: Duplicate annual charge - LO-INV-35181",
     ("2025-09-25 08:55", UK),
     "Hello again,\n\nWriting from my work address as requested. To recap: our annual subscription was taken twice on Monday 22nd "
     "(about £120 each on the card statement). The second one, LO INV 35181, is the duplicate. Please refund it to the card.\n\n"
     "Kind regards,\nSarah Jones\nDirector, Jones Consulting Ltd\n\n"
     "This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual to whom they "
     "are addressed. If you have received this e-mail in error please notify the sender. Jones Consulting Ltd, registered in England No. 09876543.",
     refs=("<e09-reply-to.qa24c@gmail.com>", "<lo-3315-c2.qa24c@leadsoptima.com>"))
case("en-l35-uk-disclaimer", LOB, ["e35-uk-disclaimer"], "decided", [("refund", "approve", "11988.00")],
     spec="From the registered address (case differs); duplicate pair 2025-09-22; request 2025-09-25 13:25 IST = day 3; L4 approve 11,988.00 (the pound figure is ignored; 'LO INV 35181' matches, section 8).")

mail("e36-aus-cancel", "Jess Nguyen <jess.nguyen@bigpond.com>", LO, "no worries, just cancel then",
     ("2025-09-28 19:30", AU),
     "righto, fair enough re the refund. can you just cancel the quarterly so it doesn't roll over? cheers jess")
case("en-l36-aus-cancel", LOB, ["e36-aus-cancel"], "decided", [("cancellation", "cancel", None, "2025-12-25")],
     spec="Past refund discussion accepted ('fair enough re the refund' adds no refund intent); L8 cancel until current_period_end 2025-12-25.")

mail("w29-retainer-sg-midnight", "Marina Bay Florist <orders@marinabayflorist.sg>", OWD, "Cancel retainer - Marina Bay Florist",
     ("2025-09-30 09:20", SG),
     "Hi, please cancel the Marina Bay Florist retainer OWD-2025-407. The shop has been sold and the new owners have their own website.\n\nJasmine")
case("en-o29-retainer-sg-midnight", OWB, ["w29-retainer-sg-midnight"], "decided", [("cancellation", "cancel", None, "2025-10-06")],
     spec="O4: 09:20 SGT on Sep 30 = 2025-09-30 06:50 IST, on the cut-off date (next_billing_at 2025-10-07 minus 7 days): in time, effective 2025-10-06.")

mail("w30-hosting-slashes", "Cape Town Coffee <hello@capetowncoffee.co.za>", OWD, "Hosting refund owd/2025/420",
     ("2025-09-24 16:10", ZA),
     "Hi,\n\nOur franchisor requires all stores to use their central hosting, so we have to cancel the annual hosting for Cape Town Coffee "
     "(owd/2025/420) and would like the pro-rata refund please.\n\nThanks,\nThandi Mokoena")
case("en-o30-hosting-slashes", OWB, ["w30-hosting-slashes"], "decided", [("refund", "approve", "9900.00")], extra_ok=True,
     spec="O5: start 2025-09-12, request 2025-09-24 19:40 IST = day 12: 12,000 - 1,200 - 900 x 1 = 9,900.00; 'owd/2025/420' matches OWD-2025-420 (section 8).")


if __name__ == "__main__":
    write()
