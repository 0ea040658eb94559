#!/usr/bin/env python3
"""fresh19_en: hard English held-out cases (qa19c). Stdlib only, deterministic.
Run `python3 make_cases.py` to rewrite ledger.json, emails/*.eml and expected.json beside this file."""
LANG = "en"
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOA = "LeadsOptima Support <support@leadsoptima.com>"
OWA = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
EMAILS = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    amount, tax = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"),
                   "annual": ("11988.00", "2157.84")}[plan]
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def when(stamp, offset):
    """'2025-09-12 13:00', '-04:00' -> aware datetime in the sender's own offset."""
    sign = -1 if offset[0] == "-" else 1
    hh, mm = offset[1:].split(":")
    tz = timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def eml(name, frm, to, subject, body, date, offset, *, html=False, msgid=None, irt=None, refs=None,
        headers=(), cc=None, alt_html=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(date, offset))
    dom = frm.split("@")[-1].rstrip(">").strip() if "@" in frm else "localhost"
    msg["Message-ID"] = msgid or f"<{name}.{date[:10].replace('-', '')}@{dom}>"
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = refs or irt
    for k, v in headers:
        msg[k] = v
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
        if alt_html:
            msg.add_alternative(alt_html, subtype="html")
    EMAILS[f"emails/{name}.eml"] = msg
    return f"emails/{name}.eml"


def dsn(name, to, subject, text, report, date, offset, original_to):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Mail Delivery Subsystem <MAILER-DAEMON@mx.googlemail.com>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(date, offset))
    msg["Message-ID"] = f"<{name}.dsn@mx.googlemail.com>"
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(text)
    msg.make_mixed()
    part = EmailMessage(policy=SMTP)
    part["Content-Type"] = "message/delivery-status"
    from email import message_from_string
    part.set_payload([message_from_string(blk + "\n", _class=EmailMessage, policy=SMTP)
                      for blk in report.strip().split("\n\n")])
    msg.attach(part)
    msg.set_type("multipart/report")
    msg.set_param("report-type", "delivery-status")
    EMAILS[f"emails/{name}.eml"] = msg
    return f"emails/{name}.eml"


def case(cid, brand, status, files, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def write_all():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for path, msg in EMAILS.items():
        if msg.is_multipart():
            msg.set_boundary("==qa19c_" + Path(path).stem + "==")
        (HERE / path).write_bytes(msg.as_bytes(policy=SMTP))
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    for c in CASES:
        for f in c["files"]:
            assert f in EMAILS, f
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")

# ---------------------------------------------------------------- LeadsOptima ledger
cust("fiona.mcbride@thistlecraft.co.uk", "Fiona McBride", "annual", start="2025-09-20", end="2026-09-19")
lopay("lo_e01a", "LO-INV-71001", "fiona.mcbride@thistlecraft.co.uk", "annual", "2025-09-20T14:05:00", "2025-09-20", "2026-09-19")
lopay("lo_e01b", "LO-INV-71002", "fiona.mcbride@thistlecraft.co.uk", "annual", "2025-09-20T14:06:10", "2025-09-20", "2026-09-19")
cust("jake.r@pinecrestroofing.com", "Jake Reynolds", "monthly", start="2025-09-05", end="2025-10-04")
lopay("lo_e02a", "LO-INV-71010", "jake.r@pinecrestroofing.com", "monthly", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
lopay("lo_e02b", "LO-INV-71011", "jake.r@pinecrestroofing.com", "monthly", "2025-09-05T10:02:00", "2025-09-05", "2025-10-04")
cust("mel@bondiyogastudio.com.au", "Melissa Hart", "monthly", start="2025-09-03", end="2025-10-02")
lopay("lo_e03a", "LO-INV-71020", "mel@bondiyogastudio.com.au", "monthly", "2025-09-03T09:00:00", "2025-09-03", "2025-10-02")
lopay("lo_e03b", "LO-INV-71021", "mel@bondiyogastudio.com.au", "monthly", "2025-09-03T09:01:00", "2025-09-03", "2025-10-02")
cust("dev.patel@northyorkhvac.ca", "Dev Patel", "monthly", start="2025-09-03", end="2025-10-02")
lopay("lo_e04a", "LO-INV-71030", "dev.patel@northyorkhvac.ca", "monthly", "2025-09-03T09:00:00", "2025-09-03", "2025-10-02")
lopay("lo_e04b", "LO-INV-71031", "dev.patel@northyorkhvac.ca", "monthly", "2025-09-03T09:00:40", "2025-09-03", "2025-10-02")
cust("weiling.tan@orchidlogistics.sg", "Tan Wei Ling", "quarterly", start="2025-09-15", end="2025-12-14")
for i, t in enumerate(["10:00:00", "10:01:00", "10:03:00"]):
    lopay(f"lo_e05{'abc'[i]}", f"LO-INV-7104{i}", "weiling.tan@orchidlogistics.sg", "quarterly", f"2025-09-15T{t}", "2025-09-15", "2025-12-14")
cust("marc.tremblay@gatineauplumbing.ca", "Marc Tremblay", "monthly", status="cancelled", start="2025-08-22", end="2025-09-21")
lopay("lo_e06a", "LO-INV-71050", "marc.tremblay@gatineauplumbing.ca", "monthly", "2025-08-22T08:00:00", "2025-08-22", "2025-09-21")
lopay("lo_e06b", "LO-INV-71051", "marc.tremblay@gatineauplumbing.ca", "monthly", "2025-09-22T08:00:00", "2025-09-22", "2025-10-21")
cust("chinedu.okafor@okaforsolar.com.ng", "Chinedu Okafor", "annual", start="2025-09-25", end="2026-09-24")
lopay("lo_e07", "LO-INV-71060", "chinedu.okafor@okaforsolar.com.ng", "annual", "2025-09-25T12:00:00", "2025-09-25", "2026-09-24")
cust("joy.santos@santosrealty.ph", "Joy Santos", "quarterly", start="2025-09-19", end="2025-12-18")
lopay("lo_e08", "LO-INV-71070", "joy.santos@santosrealty.ph", "quarterly", "2025-09-19T11:00:00", "2025-09-19", "2025-12-18")
cust("aoife.byrne@byrnebuilders.ie", "Aoife Byrne", "monthly", start="2025-09-01", end="2025-09-30")
lopay("lo_e09", "LO-INV-71080", "aoife.byrne@byrnebuilders.ie", "monthly", "2025-09-01T09:30:00", "2025-09-01", "2025-09-30")
cust("wanjiru@kilimanifarms.co.ke", "Wanjiru Kamau", "monthly", start="2025-09-20", end="2025-10-19")
lopay("lo_e10", "LO-INV-71090", "wanjiru@kilimanifarms.co.ke", "monthly", "2025-09-20T07:45:00", "2025-09-20", "2025-10-19")
cust("ciaran@corkcoffeeroasters.ie", "Ciarán Walsh", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("lo_e11", "LO-INV-71100", "ciaran@corkcoffeeroasters.ie", "quarterly", "2025-08-10T10:10:00", "2025-08-10", "2025-11-09")
cust("brandon.lee@lakeviewdental.us", "Brandon Lee", "monthly", status="trial", trial_ends="2025-10-05")
cust("sipho.ndlovu@ndlovulogistics.co.za", "Sipho Ndlovu", "annual", start="2025-03-15", end="2026-03-14")
lopay("lo_e13", "LO-INV-71120", "sipho.ndlovu@ndlovulogistics.co.za", "annual", "2025-03-15T09:00:00", "2025-03-15", "2026-03-14")
cust("kate.oneill@bostonbakehouse.com", "Kate O'Neill", "monthly")
lopay("lo_e14a", "LO-INV-71130", "kate.oneill@bostonbakehouse.com", "monthly", "2025-07-31T20:30:00-04:00", None, None)
lopay("lo_e14b", "LO-INV-71131", "kate.oneill@bostonbakehouse.com", "monthly", "2025-08-31T20:30:00-04:00", None, None)
cust("rohit.bansal@bansalexports.in", "Rohit Bansal", "annual", start="2025-09-22", end="2026-09-21")
lopay("lo_e15a", "LO-INV-71140", "rohit.bansal@bansalexports.in", "annual", "2025-09-22T16:00:00", "2025-09-22", "2026-09-21")
lopay("lo_e15b", "LO-INV-71141", "rohit.bansal@bansalexports.in", "annual", "2025-09-22T16:00:30", "2025-09-22", "2026-09-21")
cust("director@meridianpharma.co.uk", "Alistair Grant", "annual", start="2025-04-01", end="2026-03-31")
lopay("lo_e16", "LO-INV-71150", "director@meridianpharma.co.uk", "annual", "2025-04-01T09:00:00", "2025-04-01", "2026-03-31")
cust("hannah.k@fraserfloristry.com.au", "Hannah Kerr", "monthly", start="2025-09-24", end="2025-10-23")
lopay("lo_e17a", "LO-INV-71160", "hannah.k@fraserfloristry.com.au", "monthly", "2025-09-24T08:00:00", "2025-09-24", "2025-10-23")
lopay("lo_e17b", "LO-INV-71161", "hannah.k@fraserfloristry.com.au", "monthly", "2025-09-24T08:00:05", "2025-09-24", "2025-10-23")
cust("tomas@greenfieldgarage.com", "Tomas Novak", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("lo_e18", "LO-INV-71170", "tomas@greenfieldgarage.com", "quarterly", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
cust("priya.nair@coastalayurveda.com", "Priya Nair", "quarterly", start="2025-07-05", end="2025-10-04")
lopay("lo_e19", "LO-INV-71180", "priya.nair@coastalayurveda.com", "quarterly", "2025-07-05T10:00:00", "2025-07-05", "2025-10-04")
cust("greg.hollis@hollisfreight.com", "Greg Hollis", "annual", start="2025-09-18", end="2026-09-17")
lopay("lo_e20", "LO-INV-71190", "greg.hollis@hollisfreight.com", "annual", "2025-09-18T13:00:00", "2025-09-18", "2026-09-17")
cust("lerato.m@jozidecor.co.za", "Lerato Mokoena", "quarterly", start="2025-09-21", end="2025-12-20")
lopay("lo_e21", "LO-INV-71200", "lerato.m@jozidecor.co.za", "quarterly", "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
cust("accounts@sunrisetutors.in", "Sunrise Tutors", "monthly", start="2025-09-12", end="2025-10-11")
lopay("lo_e22", "LO-INV-71210", "accounts@sunrisetutors.in", "monthly", "2025-09-12T11:00:00", "2025-09-12", "2025-10-11")
cust("dayo.adeyemi@adeyemiconsult.ng", "Dayo Adeyemi", "monthly", start="2025-09-14", end="2025-10-13")
lopay("lo_e23", "LO-INV-71220", "dayo.adeyemi@adeyemiconsult.ng", "monthly", "2025-09-14T09:00:00", "2025-09-14", "2025-10-13")
cust("anjali.menon@menonlegalpr.in", "Anjali Menon", "monthly", start="2025-09-16", end="2025-10-15")
lopay("lo_e24a", "LO-INV-71230", "anjali.menon@menonlegalpr.in", "monthly", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
lopay("lo_e24b", "LO-INV-71231", "anjali.menon@menonlegalpr.in", "monthly", "2025-09-16T10:00:20", "2025-09-16", "2025-10-15")
cust("ben@arrowsmithjoinery.co.uk", "Ben Arrowsmith", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("lo_e25", "LO-INV-71240", "ben@arrowsmithjoinery.co.uk", "quarterly", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
cust("mike.dsouza@dsouzacaterers.in", "Mike D'Souza", "annual", start="2025-02-01", end="2026-01-31")
lopay("lo_e26", "LO-INV-71250", "mike.dsouza@dsouzacaterers.in", "annual", "2025-02-01T09:00:00", "2025-02-01", "2026-01-31")
cust("rachel.goh@gohdental.sg", "Rachel Goh", "monthly", start="2025-09-20", end="2025-10-19")
lopay("lo_e27a", "LO-INV-71260", "rachel.goh@gohdental.sg", "monthly", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
lopay("lo_e27b", "LO-INV-71261", "rachel.goh@gohdental.sg", "monthly", "2025-09-20T09:01:00", "2025-09-20", "2025-10-19")
cust("ops@baysidecleaning.com.au", "Bayside Cleaning", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("lo_e28a", "LO-INV-71270", "ops@baysidecleaning.com.au", "quarterly", "2025-09-25T07:00:00", "2025-09-25", "2025-12-24")
lopay("lo_e28b", "LO-INV-71271", "ops@baysidecleaning.com.au", "quarterly", "2025-09-25T07:00:45", "2025-09-25", "2025-12-24")
cust("luis.garcia@sanantoniotile.com", "Luis Garcia", "monthly", start="2025-09-23", end="2025-10-22")
lopay("lo_e29", "LO-INV-71280", "luis.garcia@sanantoniotile.com", "monthly", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
cust("grace.mwangi@mwangiapparel.co.ke", "Grace Mwangi", "annual", start="2025-09-24", end="2026-09-23")
lopay("lo_e30a", "LO-INV-71290", "grace.mwangi@mwangiapparel.co.ke", "annual", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
lopay("lo_e30b", "LO-INV-71291", "grace.mwangi@mwangiapparel.co.ke", "annual", "2025-09-24T10:00:30", "2025-09-24", "2026-09-23", status="refunded")
cust("shauna@limerickpetcare.ie", "Shauna Doyle", "monthly", start="2025-09-11", end="2025-10-10")
lopay("lo_e31", "LO-INV-71300", "shauna@limerickpetcare.ie", "monthly", "2025-09-11T09:00:00", "2025-09-11", "2025-10-10")
cust("paolo.reyes@reyesmotors.ph", "Paolo Reyes", "quarterly", start="2025-07-20", end="2025-10-19")
lopay("lo_e32", "LO-INV-71310", "paolo.reyes@reyesmotors.ph", "quarterly", "2025-07-20T09:00:00", "2025-07-20", "2025-10-19")
cust("nkechi@nkechibeauty.ng", "Nkechi Eze", "monthly", start="2025-09-26", end="2025-10-25")
lopay("lo_e33", "LO-INV-71320", "nkechi@nkechibeauty.ng", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
cust("sam.whitfield@whitfieldauto.com", "Sam Whitfield", "annual", start="2025-09-27", end="2026-09-26")
lopay("lo_e34", "LO-INV-71330", "sam.whitfield@whitfieldauto.com", "annual", "2025-09-27T09:00:00", "2025-09-27", "2026-09-26")
cust("arjun.rao@raoarchitects.in", "Arjun Rao", "monthly", start="2025-09-15", end="2025-10-14")
lopay("lo_e35", "LO-INV-71340", "arjun.rao@raoarchitects.in", "monthly", "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
cust("claire.dupont@montrealspa.ca", "Claire Dupont", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("lo_e36", "LO-INV-71350", "claire.dupont@montrealspa.ca", "quarterly", "2025-09-26T09:00:00", "2025-09-26", "2025-12-25")

cust("harpreet.bedi@bedifinserv.in", "Harpreet Bedi", "annual", start="2025-09-27", end="2026-09-26")
lopay("lo_e37a", "LO-INV-71360", "harpreet.bedi@bedifinserv.in", "annual", "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
lopay("lo_e37b", "LO-INV-71361", "harpreet.bedi@bedifinserv.in", "annual", "2025-09-27T10:00:35", "2025-09-27", "2026-09-26")
cust("morag.mackay@skyeknitwear.co.uk", "Morag MacKay", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("lo_e38", "LO-INV-71370", "morag.mackay@skyeknitwear.co.uk", "quarterly", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")

# ---------------------------------------------------------------- Optima WebDesign ledger
proj("Lion City Bakes", "hello@lioncitybakes.sg")
owpay("ow_e01", "OWD-2025-101", "Lion City Bakes", "deposit", "25000.00", "4500.00", "2025-09-15T11:00:00")
proj("Harrow Physio", "admin@harrowphysio.co.uk")
owpay("ow_e02", "OWD-2025-102", "Harrow Physio", "deposit", "30000.00", "5400.00", "2025-09-16T09:30:00")
proj("Gauteng Auto Spares", "thabo@gautengautospares.co.za", "2025-09-18T10:00:00")
owpay("ow_e03", "OWD-2025-103", "Gauteng Auto Spares", "deposit", "15000.00", "2700.00", "2025-09-17T10:00:00")
proj("Maple Dental Clinic", "office@mapledentalclinic.ca")
owpay("ow_e04", "OWD-2025-104", "Maple Dental Clinic", "discovery", "8000.00", "1440.00", "2025-09-20T12:00:00")
proj("Lagos Threads", "ada@lagosthreads.ng", "2025-09-12T15:00:00")
owpay("ow_e05", "OWD-2025-105", "Lagos Threads", "discovery", "10000.00", "1800.00", "2025-09-10T10:00:00")
proj("Cebu Dive Co", "bookings@cebudiveco.ph", "2025-09-29T10:00:00")
owpay("ow_e06", "OWD-2025-106", "Cebu Dive Co", "discovery", "6500.00", "1170.00", "2025-09-19T10:00:00")
proj("Nairobi Eco Tours", "info@nairobiecotours.co.ke", "2025-08-01T10:00:00")
owpay("ow_e07a", "OWD-2025-107", "Nairobi Eco Tours", "milestone", "38000.00", "6840.00", "2025-08-01T10:00:00", milestone_status="completed")
owpay("ow_e07b", "OWD-2025-108", "Nairobi Eco Tours", "milestone", "42000.00", "7560.00", "2025-09-12T10:00:00", milestone_status="not_started")
proj("Brooklyn Pretzel Co", "owner@bkpretzelco.com", "2025-08-20T10:00:00")
owpay("ow_e08", "OWD-2025-109", "Brooklyn Pretzel Co", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00", milestone_status="in_progress")
proj("Dublin Craft Gin", "orla@dublincraftgin.ie", "2025-07-01T10:00:00")
owpay("ow_e09", "OWD-2025-110", "Dublin Craft Gin", "milestone", "28000.00", "5040.00", "2025-09-02T10:00:00", milestone_status="approved")
proj("Kerala Spice Route", "accounts@keralaspiceroute.in", "2025-06-01T10:00:00")
owpay("ow_e10", "OWD-2025-111", "Kerala Spice Route", "retainer", "20000.00", "3600.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
proj("Austin BBQ Supply", "pit@austinbbqsupply.com", "2025-05-01T10:00:00")
owpay("ow_e11", "OWD-2025-112", "Austin BBQ Supply", "retainer", "15000.00", "2700.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
proj("Seattle Kayak Rentals", "ops@seattlekayakrentals.com", "2025-05-01T10:00:00")
owpay("ow_e12", "OWD-2025-113", "Seattle Kayak Rentals", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
proj("Perth Surf School", "admin@perthsurfschool.com.au", "2025-04-01T10:00:00")
owpay("ow_e13a", "OWD-2025-114", "Perth Surf School", "retainer", "18000.00", "3240.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-11-10T00:00:00")
owpay("ow_e13b", "OWD-2025-115", "Perth Surf School", "retainer", "18000.00", "3240.00", "2025-09-10T10:05:00",
      period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00")
proj("Cape Town Wine Tours", "bookings@ctwinetours.co.za", "2025-09-12T10:00:00")
owpay("ow_e14", "OWD-2025-116", "Cape Town Wine Tours", "hosting_annual", "18000.00", "3240.00", "2025-09-12T10:00:00",
      setup_fee="1800.00", service_start="2025-09-12")
proj("Manila Print Hub", "it@manilaprinthub.ph", "2025-09-05T10:00:00")
owpay("ow_e15", "OWD-2025-117", "Manila Print Hub", "maintenance_annual", "10000.00", "1800.00", "2025-09-05T10:00:00",
      setup_fee="999.00", service_start="2025-09-05")
proj("Calgary Hockey Camp", "director@calgaryhockeycamp.ca", "2025-09-01T10:00:00")
owpay("ow_e16", "OWD-2025-118", "Calgary Hockey Camp", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
proj("Brisbane Pet Grooming", "hello@brisbanepetgrooming.com.au")
owpay("ow_e17", "OWD-2025-119", "Brisbane Pet Grooming", "hosting_annual", "9000.00", "1620.00", "2025-09-24T10:00:00",
      setup_fee="600.00", service_start="2025-10-06")
proj("Abuja Grain Traders", "info@abujagraintraders.ng", "2025-08-01T10:00:00")
owpay("ow_e18", "OWD-2025-120", "Abuja Grain Traders", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00")
proj("Toronto Yoga Loft", "studio@torontoyogaloft.ca", "2025-09-01T10:00:00")
owpay("ow_e19", "OWD-2025-121", "Toronto Yoga Loft", "rush", "7500.00", "1350.00", "2025-09-22T10:00:00")
proj("Leeds Vintage Bikes", "shop@leedsvintagebikes.co.uk", "2025-08-01T10:00:00")
owpay("ow_e20", "OWD-2025-122", "Leeds Vintage Bikes", "change_request", "9000.00", "1620.00", "2025-09-23T10:00:00")
proj("Mumbai Chai Co", "founder@mumbaichaico.in")
owpay("ow_e21", "OWD-2025-123", "Mumbai Chai Co", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00")
proj("Sydney Harbour Cafe", "gm@sydneyharbourcafe.com.au")
owpay("ow_e22", "OWD-2025-124", "Sydney Harbour Cafe", "deposit", "22000.00", "3960.00", "2025-09-25T10:00:00")
proj("Joburg Fitness Hub", "manager@joburgfitnesshub.co.za", "2025-03-01T10:00:00")
owpay("ow_e23", "OWD-2025-125", "Joburg Fitness Hub", "retainer", "16000.00", "2880.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
proj("Houston Taqueria", "rosa@houstontaqueria.com", "2025-09-20T10:00:00")
owpay("ow_e24a", "OWD-2025-126", "Houston Taqueria", "deposit", "18000.00", "3240.00", "2025-09-15T10:00:00")
owpay("ow_e24b", "OWD-2025-127", "Houston Taqueria", "milestone", "24000.00", "4320.00", "2025-09-21T10:00:00", milestone_status="not_started")
proj("Pune Tuition Centre", "director@punetuitioncentre.in", "2025-08-01T10:00:00")
owpay("ow_e25", "OWD-2025-128", "Pune Tuition Centre", "milestone", "30000.00", "5400.00", "2025-09-08T10:00:00", milestone_status="not_started")
proj("Galway Surf Shack", "niamh@galwaysurfshack.ie")
owpay("ow_e26", "OWD-2025-129", "Galway Surf Shack", "deposit", "16000.00", "2880.00", "2025-09-22T10:00:00")
owpay("ow_e26b", "OWD-2025-134", "Galway Surf Shack", "third_party", "1400.00", "252.00", "2025-09-22T10:05:00")
proj("Singapore Nail Bar", "owner@sgnailbar.sg")
owpay("ow_e27", "OWD-2025-130", "Singapore Nail Bar", "deposit", "12000.00", "2160.00", "2025-09-20T10:00:00", status="refunded")
proj("Vancouver Bike Tours", "billing@vancouverbiketours.ca", "2025-08-01T10:00:00")
owpay("ow_e28", "OWD-2025-131", "Vancouver Bike Tours", "milestone", "26000.00", "4680.00", "2025-09-18T10:00:00", milestone_status="completed")
proj("Mombasa Beach Villas", "reservations@mombasabeachvillas.co.ke", "2025-08-01T10:00:00")
owpay("ow_e29", "OWD-2025-132", "Mombasa Beach Villas", "third_party", "6800.00", "1224.00", "2025-09-24T10:00:00")
proj("Belfast Book Nook", "hello@belfastbooknook.co.uk", "2025-04-01T10:00:00")
owpay("ow_e30", "OWD-2025-133", "Belfast Book Nook", "retainer", "10000.00", "1800.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")

DISCLAIMER = ("This e-mail and any attachments are confidential and may be privileged. If you are not the intended "
              "recipient please notify the sender immediately and delete it; any errors or omissions in transmission "
              "are not the liability of the company. Registered in England No. 08812345.")

# ================================================================ LeadsOptima cases
f = eml("l01-uk-annual-double", "Fiona McBride <fiona.mcbride@thistlecraft.co.uk>", LOA,
        "Annual subscription - taken twice off our business card",
        "Dear LeadsOptima team,\n\nI hope this finds you well. Our finance assistant flagged on Monday that the annual "
        "renewal appears on the company Barclaycard statement twice, one minute apart, both for the same year "
        "(20 Sep 2025 to 19 Sep 2026). The second one is invoice LO-INV-71002.\n\nWould you be so kind as to "
        "return the second payment to the card it came from. We are on the annual plan and very happy with the "
        "platform otherwise, so no need to touch the subscription itself.\n\nKind regards,\nFiona McBride\n"
        "Director, Thistlecraft Ltd\nTel 0131 496 0123\n\n" + DISCLAIMER, "2025-09-24 09:12", "+01:00")
case("l01-uk-annual-double", LOB, "decided", [f], [refund("approve", "11988.00")],
     spec="L2/L4: two paid annual charges 2025-09-20 same period; request 2025-09-24 IST (day 4); refund the duplicate LO-INV-71002, 11988.00 before tax (C6).")

f = eml("l02-us-oneliner-day7", "Jake Reynolds <jake.r@pinecrestroofing.com>", LOA, "double billed??",
        "yall hit my card two times for the same month. lo inv 71011 is the extra one, want that back\n\n-Jake\nSent from my iPhone",
        "2025-09-12 13:00", "-04:00")
case("l02-us-oneliner-day7", LOB, "decided", [f], [refund("approve", "1499.00")],
     spec="L3/L4: charges 2025-09-05 IST; email 2025-09-12 13:00 -04:00 = 22:30 IST on 09-12, day 7 (inside). Typed 'lo inv 71011' = LO-INV-71011. 1499.00.")

f = eml("l03-au-late-night-day7-ist", "Mel Hart <mel@bondiyogastudio.com.au>", LOA, "Duplicate debit - Bondi Yoga",
        "Hi there,\n\nSorry for the 3am email, can't sleep and I'm finally doing the books. My bank shows two debits "
        "from LeadsOptima on the 3rd, same amount, same month. I know it's been 8 days already so hopefully still "
        "ok?? The second invoice is LO-INV-71021. Monthly plan, this email is my login.\n\nCheers,\nMel\n"
        "Bondi Yoga Studio | Namaste, mate", "2025-09-11 03:15", "+10:00")
case("l03-au-late-night-day7-ist", LOB, "decided", [f], [refund("approve", "1499.00")],
     spec="Section 1 counting: Sydney 2025-09-11 03:15 +10:00 = 2025-09-10 22:45 IST, day 7 after the 09-03 charge (inside, despite the sender's 'eight days'); L4 1499.00.")

f = eml("l04-ca-evening-day8-ist", "Dev Patel <dev.patel@northyorkhvac.ca>", LOA, "Charged 2x on Sept 3",
        "Hello,\n\nI was charged twice on September 3rd for my monthly plan (LO-INV-71030 and LO-INV-71031). It is "
        "still the 10th here in Toronto so I am within your 7 days. Please refund the duplicate.\n\nThanks,\nDev Patel\n"
        "North York HVAC Services", "2025-09-10 21:30", "-04:00")
case("l04-ca-evening-day8-ist", LOB, "decided", [f], [refund("deny")],
     spec="L3 in the brand's zone: Toronto 2025-09-10 21:30 -04:00 = 2025-09-11 07:00 IST, day 8 after the 09-03 charge: deny, 7-day rule.")

f = eml("l05-sg-three-charges", "Tan Wei Ling <weiling.tan@orchidlogistics.sg>", LOA, "Payment deducted 3 times for quarterly plan",
        "Hi LeadsOptima,\n\nOur card was deducted thrice on 15 Sep for quarterly plan lah - the portal hang when I "
        "click pay so I click again, then again. Only one should go through right? The extra ones are "
        "LO-INV-71041 and LO-INV-71042. Pls refund the 2 extra one.\n\nThanks & regards\nWei Ling\nOrchid Logistics Pte Ltd",
        "2025-09-18 10:20", "+08:00")
case("l05-sg-three-charges", LOB, "decided", [f], [refund("approve", "7998.00")],
     spec="Section 8 three identical charges: quarterly 3999.00 x3 on 2025-09-15, request 09-18 (day 3): charges 2 and 3 are duplicates inside L3, 2 x 3999.00 = 7998.00.")

f = eml("l06-ca-charged-after-cancel", "Marc Tremblay <marc.tremblay@gatineauplumbing.ca>", LOA, "Billed after cancelling",
        "Good morning,\n\nI cancelled our monthly plan back in August through Billing, got the confirmation and everything. "
        "Yesterday another $28-ish showed up from you, invoice LO-INV-71051. That charge shouldn't exist. Please "
        "look into it and refund it.\n\nMarc Tremblay\nGatineau Plumbing & Heating", "2025-09-23 08:40", "-04:00")
case("l06-ca-charged-after-cancel", LOB, "decided", [f], [refund("escalate")],
     spec="L2 billing_error ('charge after cancelling'), charge 2025-09-22, request 2025-09-23 18:10 IST (day 1): L5 escalate, no amount.")

f = eml("l07-ng-wrong-plan", "Chinedu Okafor <chinedu.okafor@okaforsolar.com.ng>", LOA, "WRONG PLAN CHARGED - URGENT",
        "Good day Sir/Ma,\n\nKindly note that I selected the monthly package but your system debited me for the full "
        "year, 11,988 plus VAT. Invoice no LO-INV-71060 dated 25/09/2025. I did not authorise annual. Please "
        "treat as urgent, refund the difference and revert with the correction.\n\nThanks and God bless,\nEngr. Chinedu Okafor\nOkafor Solar Ltd, Enugu",
        "2025-09-26 11:05", "+01:00")
case("l07-ng-wrong-plan", LOB, "decided", [f], [refund("escalate")],
     spec="L2 billing_error (charged for the annual plan instead of monthly), charge 2025-09-25, request day 1: L5 escalate.")

f = eml("l08-ph-spinning-dashboard", "Joy Santos <joy.santos@santosrealty.ph>", LOA, "cannot enter the dashboard",
        "Hello po,\n\nSince Saturday the dashboard just keeps on loading and loading, I can't get past the login page "
        "even on my laptop and phone. I already tried clearing cache. We paid the quarterly last 19th (LO-INV-71070) "
        "and we have zero use of it since. Kindly refund po if it can't be fixed.\n\nSalamat,\nJoy Santos\nSantos Realty, Quezon City",
        "2025-09-22 14:30", "+08:00")
case("l08-ph-spinning-dashboard", LOB, "decided", [f], [refund("escalate")],
     spec="L2 access_failure (cannot get past login), charge 2025-09-19, request 2025-09-22 (day 3): L6 escalate.")

f = eml("l09-ie-access-too-late", "Aoife Byrne <aoife.byrne@byrnebuilders.ie>", LOA, "locked out + refund",
        "hi, been locked out of the account since the start of the month, reset link never arrives. i want the "
        "september payment LO-INV-71080 back, it's been useless to us. monthly plan.\nAoife", "2025-09-16 17:45", "+01:00")
case("l09-ie-access-too-late", LOB, "decided", [f], [refund("deny")],
     spec="L2 access_failure but charge 2025-09-01, request 2025-09-16 IST (day 15): L3 deny.")

f = eml("l10-ke-too-pricey", "Wanjiru Kamau <wanjiru@kilimanifarms.co.ke>", LOA, "Refund request",
        "Dear Sir/Madam\n\nI wish to request for a refund of invoice LO-INV-71090. The monthly charge is too much for "
        "a small farm business like ours, with the shilling being where it is we cannot manage. Kindly assist.\n\n"
        "Regards\nWanjiru Kamau\nKilimani Farms, Kiambu", "2025-09-21 09:00", "+03:00")
case("l10-ke-too-pricey", LOB, "decided", [f], [refund("deny")],
     spec="L1: 'too expensive' is not one of the L2 reasons: deny (cancellation offered), even inside the window.")

f = eml("l11-ie-cancel-and-prorata", "Ciarán Walsh <ciaran@corkcoffeeroasters.ie>", LOA, "Cancel + refund remaining weeks",
        "Hi folks,\n\nWe've gone a different direction with lead gen so please cancel us. We haven't touched the "
        "tool in about five weeks, so I'd like the unused part of the quarter refunded (LO-INV-71100) - seems only "
        "fair.\n\nGo raibh maith agat,\nCiarán\nCork Coffee Roasters", "2025-09-17 10:00", "+01:00")
case("l11-ie-cancel-and-prorata", LOB, "decided", [f], [refund("deny"), cancel("cancel", "2025-11-09")],
     spec="L1 (no partial refunds for unused days; also past L3) deny; L8 cancel effective current_period_end 2025-11-09.")

f = eml("l12-us-trial-hold", "Brandon Lee <brandon.lee@lakeviewdental.us>", LOA, "charge during trial?",
        "Hey - I'm on the free trial (ends Oct 5) and I see a pending LeadsOptima item on my Chase card. I never "
        "upgraded. Refund whatever that is please, I was told the trial was free.\n\nBrandon\nLakeview Dental, Madison WI",
        "2025-09-25 09:30", "-05:00")
case("l12-us-trial-hold", LOB, "decided", [f], [refund("deny")],
     spec="L7: trial account, the ledger holds no charge: deny, nothing is billed unless they subscribe. L7 settles it: a trial has no charge, so there is no invoice to identify or ask for (chk19c removed the ambiguous mark).")

f = eml("l13-za-voice-cancel", "Sipho Ndlovu <sipho.ndlovu@ndlovulogistics.co.za>", LOA, "Cancel",
        "hi leads optima please cancel my annual subscription we are closing the durban branch and wont need it "
        "anymore thanks sipho ndlovu\n\nSent from my Samsung Galaxy smartphone.", "2025-09-19 07:50", "+02:00")
case("l13-za-voice-cancel", LOB, "decided", [f], [cancel("cancel", "2026-03-14")],
     spec="L8: annual, current_period_end 2026-03-14 from the ledger is the last active day.")

f = eml("l14-us-fallback-offset", "Kate O'Neill <kate.oneill@bostonbakehouse.com>", LOA, "please stop my subscription",
        "Hi,\n\nPlease cancel my monthly plan effective whenever the current month runs out. We're moving to a "
        "different CRM that has this built in.\n\nThanks so much!\nKate\nBoston Bakehouse", "2025-09-20 11:00", "-04:00")
case("l14-us-fallback-offset", LOB, "decided", [f], [cancel("cancel", "2025-09-30")],
     spec="L8 fallback: no current_period_end; last charge 2025-08-31T20:30-04:00 = 2025-09-01 06:00 IST; + 1 month - 1 day = 2025-09-30.")

f = eml("l15-in-gmail-c2", "Rohit Bansal <rohitbansal.1979@gmail.com>", LOA, "Double deduction annual plan",
        "Dear Team,\n\nAmount for annual plan got deducted two times on 22/09 from company card. Registered mail "
        "id is rohit.bansal@bansalexports.in, writing from personal gmail as office server is down. Invoice of "
        "second deduction LO-INV-71141. Kindly refund at the earliest.\n\nRegards,\nRohit Bansal\nBansal Exports, Ludhiana",
        "2025-09-23 12:10", "+05:30")
case("l15-in-gmail-c2", LOB, "need_info", [f], rules=["C2"],
     spec="C2: sender gmail is not the registered email he names; draft asks him to write from it, nothing about the account.")

f = eml("l16-uk-pa-forward-c2", "Jenny Coles <jenny.coles@meridianpharma.co.uk>", LOA, "FW: LeadsOptima",
        "Hi, please see below from Alistair, can you action. Thanks Jenny\n\nJenny Coles | PA to the Managing Director\n\n"
        "From: Alistair Grant <director@meridianpharma.co.uk>\nSent: 29 September 2025 08:02\nTo: Jenny Coles "
        "<jenny.coles@meridianpharma.co.uk>\nSubject: LeadsOptima\n\nJenny - can you get LeadsOptima cancelled, "
        "we've rolled it into the Salesforce contract. Account's under director@meridianpharma.co.uk, annual. A\n\n"
        + DISCLAIMER, "2025-09-29 08:30", "+01:00")
case("l16-uk-pa-forward-c2", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 forwards + C2: the forwarded cancellation names director@meridianpharma.co.uk, the sender is the PA: ask for it from the registered address.")

f = eml("l17-au-replyto-c2", "Hannah Kerr <hannahkerr88@outlook.com>", LOA, "Charged twice 24/9",
        "Hi, you've charged me twice on the 24th for my monthly sub. Second one is LO-INV-71161. Replies to my work "
        "address please (set as reply-to). Ta, Hannah", "2025-09-25 10:00", "+10:00",
        headers=[("Reply-To", "hannah.k@fraserfloristry.com.au")])
case("l17-au-replyto-c2", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 addresses: the sender is From (outlook.com); Reply-To never verifies: C2 need_info.")

f = eml("l18-us-plus-tag-c2", "Tomas Novak <tomas+billing@greenfieldgarage.com>", LOA, "Cancel quarterly",
        "Please cancel our quarterly LeadsOptima plan at end of term. Garage is being sold.\nTomas",
        "2025-09-26 09:00", "-05:00")
case("l18-us-plus-tag-c2", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8: tomas+billing@ is another address than tomas@ (registered): C2.")

f = eml("l19-in-caps-address-cancel", "PRIYA NAIR <Priya.Nair@CoastalAyurveda.COM>", LOA, "Discontinue subscription",
        "Hello Team,\n\nWe would like to discontinue LeadsOptima from this quarter end itself. Our clinic is shifting "
        "to walk-in only model so we don't need the lead campaigns. Please confirm closure.\n\nWarm regards,\n"
        "Dr. Priya Nair, BAMS\nCoastal Ayurveda Wellness, Kochi", "2025-09-18 11:30", "+05:30")
case("l19-in-caps-address-cancel", LOB, "decided", [f], [cancel("cancel", "2025-10-04")],
     spec="Section 8: addresses compare case-insensitively, so she is verified; L8 cancel, current_period_end 2025-10-04.")

f = eml("l20-us-chargeback-both", "Greg Hollis <greg.hollis@hollisfreight.com>", LOA, "Cancel NOW and refund",
        "I signed up for annual on the 18th because your sales guy promised native Salesforce sync. There is none. "
        "Cancel the account and refund LO-INV-71190 by Friday or I am filing a chargeback with Amex, simple as that.\n\n"
        "Greg Hollis\nHollis Freight LLC", "2025-09-22 16:00", "-05:00")
case("l20-us-chargeback-both", LOB, "decided", [f], [refund("escalate"), cancel("escalate")], rules=["C4"],
     spec="C4 covers the whole case (section 8): chargeback threat escalates the refund and the cancellation.")

f = eml("l21-za-cpa-attorney", "Lerato Mokoena <lerato.m@jozidecor.co.za>", LOA, "Refund - quarterly plan LO-INV-71200",
        "Good day\n\nThe platform has not loaded for me once since I paid on the 21st. I have spoken to my attorney "
        "and under the Consumer Protection Act I am entitled to my money back for a service not rendered. Please "
        "refund the full quarterly amount.\n\nLerato Mokoena\nJozi Decor (Pty) Ltd", "2025-09-24 10:00", "+02:00")
case("l21-za-cpa-attorney", LOB, "decided", [f], [refund("escalate")], rules=["C4"],
     spec="C4: attorney / statutory consumer rights mentioned: escalate (even though L6 would also escalate).")

f = eml("l22-ooo", "Sunrise Tutors Accounts <accounts@sunrisetutors.in>", LOA, "Automatic reply: Your LeadsOptima invoice LO-INV-71210",
        "Thank you for your mail. I am on leave till 29th September with limited access to email. For refund, "
        "payment or cancellation matters please contact Mr. Rakesh on 98200 00000.\n\nRegards\nAccounts Team",
        "2025-09-22 11:02", "+05:30", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
case("l22-ooo", LOB, "ignore", [f], rules=["C7"], spec="C7: Auto-Submitted auto-replied out-of-office (mentions refund/cancellation words): ignore.")

f = dsn("l23-bounce", "LeadsOptima Support <support@leadsoptima.com>", "Delivery Status Notification (Failure)",
        "** Address not found **\n\nYour message wasn't delivered to dayo.adeyemi@adeyemiconsult.ng because the "
        "address couldn't be found.\n\nSubject of original: Re: Refund request [LO-2231]\n",
        "Reporting-MTA: dns; googlemail.com\n\nFinal-Recipient: rfc822; dayo.adeyemi@adeyemiconsult.ng\n"
        "Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n", "2025-09-24 06:00", "+00:00",
        "dayo.adeyemi@adeyemiconsult.ng")
case("l23-bounce", LOB, "ignore", [f], rules=["C7"], spec="C7: MAILER-DAEMON multipart/report delivery-status: ignore.")

f = eml("l24-list-digest", "Menon PR Weekly <anjali.menon@menonlegalpr.in>", LOA, "Menon PR Weekly: 5 ways to get a refund from your SaaS vendors",
        "This week: 1. Were you charged twice? How to get a refund. 2. Cancel subscriptions you don't use...\n\n"
        "Unsubscribe: https://lists.menonpr.example/u/123", "2025-09-20 07:00", "+05:30",
        headers=[("List-Id", "Menon PR Weekly <weekly.menonpr.example>"), ("Precedence", "bulk"),
                 ("List-Unsubscribe", "<https://lists.menonpr.example/u/123>")])
case("l24-list-digest", LOB, "ignore", [f], rules=["C7"],
     spec="C7: List-Id + Precedence bulk, even from a registered customer's address and with refund words: ignore.")

f = eml("l25-own-loop", "LeadsOptima <noreply@leadsoptima.com>", LOA, "Your invoice LO-INV-71240 - refund policy inside",
        "Hi Ben, thanks for your payment of Rs 3,999.00 + GST. Refunds: all payments are non-refundable except ... "
        "To cancel go to Billing > Cancel Plan.", "2025-09-23 10:01", "+05:30")
case("l25-own-loop", LOB, "ignore", [f], rules=["C7"], spec="C7: mail from the brand's own address noreply@leadsoptima.com: ignore.")

f = eml("l26-in-gst-question", "Mike D'Souza <mike.dsouza@dsouzacaterers.in>", LOA, "GSTIN on invoice",
        "Hi,\n\nNot asking for any refund or anything, all good. Only our CA says the GSTIN is missing on invoice "
        "LO-INV-71250 so we can't take input credit. Can you reissue with GSTIN 27AABCD1234E1Z5?\n\nThanks\nMike",
        "2025-09-15 15:00", "+05:30")
case("l26-in-gst-question", LOB, "other", [f],
     spec="Section 8 negation ('not asking for any refund') + an invoice question that asks for no refund or cancellation: other.")

f = eml("l27-sg-prepurchase", "Rachel Goh <rachel.goh@gohdental.sg>", LOA, "Question on annual plan",
        "Hi, thinking to upgrade from monthly to annual. Suppose after 2 months we find it not suitable, would we "
        "get back the balance or not? Just want to know before I commit.\nRachel", "2025-09-27 12:00", "+08:00")
case("l27-sg-prepurchase", LOB, "other", [f],
     spec="Section 8 hypothetical: 'would we get back the balance' before buying is a policy question: other.")

f = eml("l28-au-thanks", "Bayside Cleaning <ops@baysidecleaning.com.au>", LOA, "Re: Refund processed [LO-2240]",
        "Legends, refund's landed back on the card this morning. Thanks for sorting the double charge so quick.\n\nCheers\nDarren",
        "2025-09-30 09:00", "+10:00", irt="<lo-2240-reply@leadsoptima.com>")
case("l28-au-thanks", LOB, "other", [f],
     spec="Past event: thanks after a completed refund, nothing asked: other (no new refund intent).")

f = eml("l29-us-disclaimer-noreason", "Luis Garcia <luis.garcia@sanantoniotile.com>", LOA, "Refund Request - LO-INV-71280",
        "Please process a refund for invoice LO-INV-71280 (monthly plan).\n\nThank you,\n\nLuis Garcia\nOffice Manager | "
        "San Antonio Tile & Stone\n(210) 555-0144\n\nCONFIDENTIALITY NOTICE: This message may contain privileged "
        "information. If you received this in error, please notify the sender and delete. Any billing errors "
        "must be reported to our AP department in writing.", "2025-09-24 10:00", "-05:00")
case("l29-us-disclaimer-noreason", LOB, "need_info", [f], missing=["reason"],
     spec="Section 8 what a reason is: the request restated + signature + a disclaimer that mentions 'billing errors' is no reason: ask for it (C3).")

f = eml("l30-ke-restatement", "Grace Mwangi <grace.mwangi@mwangiapparel.co.ke>", LOA, "REFUND",
        "Hello,\nI am requesting refund of my annual plan payment LO-INV-71290. I need my money refunded please. "
        "Kindly refund.\nThanks\nGrace", "2025-09-26 08:00", "+03:00")
case("l30-ke-restatement", LOB, "need_info", [f], missing=["reason"],
     spec="Section 8: three restatements of 'refund please' are not a reason: need_info reason.")

m1 = "<CAL31first.shauna@limerickpetcare.ie>"
a = eml("l31-ie-thread-q", "Shauna Doyle <shauna@limerickpetcare.ie>", LOA, "refund pls",
        "Hiya, can I get a refund on LO-INV-71300 please, monthly plan. Thanks a mil, Shauna", "2025-09-17 20:00", "+01:00", msgid=m1)
b = eml("l31-ie-thread-ask", LOA, "Shauna Doyle <shauna@limerickpetcare.ie>", "Re: refund pls [LO-2301]",
        "Hello Shauna,\n\nThanks for your message about invoice LO-INV-71300 (monthly plan). To look at a refund we "
        "need the reason for the request. Could you reply with it?\n\nLeadsOptima Support Team",
        "2025-09-18 10:00", "+05:30", msgid="<lo-2301-ask@leadsoptima.com>", irt=m1)
c = eml("l31-ie-thread-answer", "Shauna Doyle <shauna@limerickpetcare.ie>", LOA, "Re: refund pls [LO-2301]",
        "Oh sorry! Ye took the payment twice on the 11th, I only spotted it after. It's the second one I want "
        "back, obviously.\n\nOn Thu 18 Sept 2025 at 05:30, LeadsOptima Support <support@leadsoptima.com> wrote:\n> Hello Shauna,\n"
        "> To look at a refund we need the reason for the request.", "2025-09-19 22:30", "+01:00",
        irt="<lo-2301-ask@leadsoptima.com>", refs=f"{m1} <lo-2301-ask@leadsoptima.com>")
case("l31-ie-thread-answer", LOB, "decided", [a, b, c], [refund("escalate")],
     spec="C3 thread: reason supplied (charged twice) but the ledger holds only ONE charge LO-INV-71300 (2025-09-11): L4 no pair, escalate. Request time 09-18 00:30 IST, day 7.")

m1 = "<CAPaolo.1@reyesmotors.ph>"
a = eml("l32-ph-thread-q", "Paolo Reyes <paolo.reyes@reyesmotors.ph>", LOA, "Refund quarterly",
        "Good day. Requesting refund of our quarterly plan payment. Thank you.\n\nPaolo Reyes", "2025-09-24 09:00", "+08:00", msgid=m1)
b = eml("l32-ph-thread-ask", LOA, "Paolo Reyes <paolo.reyes@reyesmotors.ph>", "Re: Refund quarterly [LO-2310]",
        "Hello Paolo,\n\nWe understood: a refund of your quarterly plan payment (invoice LO-INV-71310). Please tell us the "
        "reason for the request.\n\n"
        "LeadsOptima Support Team", "2025-09-24 12:00", "+05:30", msgid="<lo-2310-ask@leadsoptima.com>", irt=m1)
c = eml("l32-ph-thread-answer", "Paolo Reyes <paolo.reyes@reyesmotors.ph>", LOA, "Re: Refund quarterly [LO-2310]",
        "We just stopped using it since August, no more budget for marketing.\n\n"
        "-----Original Message-----\nFrom: LeadsOptima Support\nSent: Wednesday, September 24, 2025 2:30 PM\n"
        "Subject: Re: Refund quarterly [LO-2310]\n\nPlease tell us the reason for the request.", "2025-09-25 08:15", "+08:00",
        irt="<lo-2310-ask@leadsoptima.com>", refs=f"{m1} <lo-2310-ask@leadsoptima.com>")
case("l32-ph-thread-answer", LOB, "decided", [a, b, c], [refund("deny")],
     spec="C3 merge: the reason ('stopped using it, no budget') arrives; the invoice LO-INV-71310 is his only payment, filled from the ledger (section 1); L1 deny (also past L3: charge 2025-07-20).")

f = eml("l33-ng-past-refund-cancel", "Nkechi Eze <nkechi@nkechibeauty.ng>", LOA, "Cancellation",
        "Hello LeadsOptima,\n\nLast year you people refunded me when your system charged me double, and I thank "
        "you for that. This time I am not asking for refund o. Just cancel the monthly plan, I am relocating to "
        "Accra and closing the Lekki shop.\n\nRegards,\nNkechi", "2025-09-28 13:00", "+01:00")
case("l33-ng-past-refund-cancel", LOB, "decided", [f], [cancel("cancel", "2025-10-25")],
     spec="Past event (last year's refund) and negation ('not asking for refund') add no refund; L8 cancel, current_period_end 2025-10-25.")

f = eml("l34-us-other-brand", "Sam Whitfield <sam@whitfieldautobody.com>", LOA, "refund - website deposit",
        "Hi, I paid a deposit for a website build last week and changed my mind, please refund it. Sam",
        "2025-09-29 10:00", "-04:00")
case("l34-us-other-brand", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 other brand's customer / unknown sender at LeadsOptima: no account for this address: C2, C3.")

f = eml("l35-in-amount-incl-gst", "Arjun Rao <arjun.rao@raoarchitects.in>", LOA, "Rs.1,768.82 debited twice - monthly plan",
        "Hi,\n\nRs. 1,768.82 got debited twice from my HDFC card on 15-Sep for the monthly plan. Invoice number for "
        "2nd debit is LO/INV/71341. Please credit back Rs. 1,768.82.\n\nArjun Rao\nRao Architects, Bengaluru",
        "2025-09-16 09:00", "+05:30")
case("l35-in-amount-incl-gst", LOB, "decided", [f], [refund("escalate")],
     spec="Ledger over email: only one charge (LO-INV-71340) exists; the quoted LO/INV/71341 has no record: L4 no pair, escalate (never approve without a ledger record).")

f = eml("l36-ca-html-only", "Claire Dupont <claire.dupont@montrealspa.ca>", LOA, "Question about my bill",
        "<html><body><div dir='ltr'><p>Bonjour / Hello,</p><p>I am writing in English as my French is probably better "
        "than your French :) I received the quarterly renewal invoice <b>LO-INV-71350</b>. I am <u>not</u> disputing "
        "it and I don't want money back &#8212; I only want to know when the next one will come, so I can plan.</p>"
        "<p>Merci!<br>Claire Dupont<br>Spa Montr&eacute;al</p></div></body></html>", "2025-09-27 10:00", "-04:00", html=True)
case("l36-ca-html-only", LOB, "other", [f],
     spec="HTML-only; negation ('not disputing', 'don't want money back'): a billing question, no refund, no C4: other.")

f = eml("l37-in-amount-with-gst", "Harpreet Bedi <harpreet.bedi@bedifinserv.in>", LOA, "Rs. 14,145.84/- debited 2 times",
        "Respected Sir/Madam,\n\nThis is to bring to your kind notice that an amount of Rs. 14,145.84/- (Rupees fourteen "
        "thousand one hundred forty five and paise eighty four only) has been debited two times from our ICICI current "
        "account on 27.09.2025 towards the annual plan. Kindly reverse the excess debit of Rs. 14,145.84/- against "
        "invoice no. LO-INV-71361 at the earliest.\n\nThanking you,\nYours faithfully,\nHarpreet Bedi\nBedi Finserv, Amritsar",
        "2025-09-29 11:00", "+05:30")
case("l37-in-amount-with-gst", LOB, "decided", [f], [refund("approve", "11988.00")],
     spec="L4 + C6: the customer quotes the GST-inclusive 14,145.84; the refund is the duplicate's amount before tax, 11988.00 (charge 09-27, request day 2).")

f = eml("l38-uk-hypothetical-wrapper", "Morag MacKay <morag.mackay@skyeknitwear.co.uk>", LOA, "Can't get in since renewal",
        "Hello,\n\nIf it were only that we'd gone off the idea I wouldn't be writing - I've read your policy and I know "
        "that wouldn't get a refund. But since the quarterly renewal went through on Wednesday (LO-INV-71370) not one "
        "of the three of us can sign in; it just bounces back to the login screen. If that can't be sorted, I'd like "
        "the renewal refunded.\n\nMany thanks,\nMorag MacKay\nSkye Knitwear, Portree", "2025-09-26 15:00", "+01:00")
case("l38-uk-hypothetical-wrapper", LOB, "decided", [f], [refund("escalate")],
     spec="Hypothetical 'changed mind' clause is not the reason; the real reason is L2 access_failure, charge 09-24, request day 2: L6 escalate.")

# ================================================================ Optima WebDesign cases
f = eml("o01-sg-deposit-53h", "Lion City Bakes <hello@lioncitybakes.sg>", OWA, "Refund Request — Lion City Bakes / OWD-2025-101",
        "Hi Optima team,\n\nWe paid the booking deposit (OWD-2025-101) for the Lion City Bakes website on Monday. "
        "Our landlord just informed us the lease will not be renewed so we are closing the shop end of year; no "
        "point building a site now. Nothing has started yet on your side I think. Please refund.\n\n"
        "Best regards,\nMei Ling Ong\nLion City Bakes, Tiong Bahru", "2025-09-17 19:00", "+08:00")
case("o01-sg-deposit-53h", OWB, "decided", [f], [refund("approve", "25000.00")],
     spec="O2: deposit paid 2025-09-15 11:00 IST, email 09-17 19:00 +08:00 = 16:30 IST (53.5 h), no work started: 25000.00 before tax.")

f = eml("o02-uk-deposit-72h-exact", "Harrow Physio Admin <admin@harrowphysio.co.uk>", OWA, "Deposit refund - Harrow Physio",
        "Good morning,\n\nFurther to our call, the partners have decided not to go ahead with the new website for "
        "Harrow Physio this year (budget freeze). Please refund deposit invoice OWD-2025-102. I believe we are "
        "within your 72 hours.\n\nMany thanks,\nSarah Whitcombe\nPractice Manager\n\n" + DISCLAIMER,
        "2025-09-19 05:00", "+01:00")
case("o02-uk-deposit-72h-exact", OWB, "decided", [f], [refund("deny")],
     spec="O2 + section 8: paid 2025-09-16 09:30 IST, email 2025-09-19 05:00 +01:00 = 09:30 IST, exactly 72 h: not before 72 h: deny.")

f = eml("o03-za-deposit-work-started", "Thabo Mahlangu <thabo@gautengautospares.co.za>", OWA, "Gauteng Auto Spares - cancel + deposit back",
        "Morning guys\n\nSorry to do this but my brother-in-law says he can do the site for free so we want to pull "
        "out. Deposit was OWD-2025-103, paid Wednesday. Its not even 72 hours so please refund.\n\nThabo\n"
        "Gauteng Auto Spares, Germiston", "2025-09-19 06:30", "+02:00")
case("o03-za-deposit-work-started", OWB, "decided", [f], [refund("deny")], extra_ok=True,
     spec="O2 whichever first: 48 h only, but work_started_at 2025-09-18 10:00 is before the request (09-19 10:00 IST): deny. (A cancellation decision is harmless.)")

f = eml("o04-ca-discovery-not-started", "Maple Dental Clinic <office@mapledentalclinic.ca>", OWA, "Discovery session - refund request",
        "Hello,\n\nWe booked and paid for the discovery/strategy workshop for Maple Dental Clinic (invoice OWD-2025-104). "
        "Our head dentist has since decided to retire and the clinic is being sold, so the new owner will handle "
        "the web. The workshop hasn't been scheduled yet. Could you refund it please?\n\nThank you,\nLinda Chow\nOffice Manager",
        "2025-09-22 09:00", "-04:00")
case("o04-ca-discovery-not-started", OWB, "decided", [f], [refund("approve", "8000.00")],
     spec="O1: discovery, work_started_at empty: full refund 8000.00 before tax.")

f = eml("o05-ng-discovery-held", "Ada Nwosu <ada@lagosthreads.ng>", OWA, "REFUND OF STRATEGY FEE",
        "Good afternoon,\n\nPlease I want a refund of the strategy fee OWD-2025-105 for Lagos Threads. We had the first "
        "session but honestly the ideas were not what we expected, it was too generic for a fashion brand.\n\nAda Nwosu\nCEO, Lagos Threads",
        "2025-09-18 14:00", "+01:00")
case("o05-ng-discovery-held", OWB, "decided", [f], [refund("deny")],
     spec="O1: a session started 2025-09-12, before the request: deny.")

f = eml("o06-ph-discovery-future-session", "Cebu Dive Co <bookings@cebudiveco.ph>", OWA, "Re: Discovery call schedule - Cebu Dive Co",
        "Hi Optima,\n\nWe have to back out of the project, typhoon damage to our dive shop, we need the money for "
        "repairs. The discovery call scheduled for the 29th can be cancelled. Kindly refund OWD-2025-106.\n\n"
        "Maraming salamat,\nRico Villanueva", "2025-09-23 10:00", "+08:00",
        irt="<owd-schedule-106@optimawebdesign.com>")
case("o06-ph-discovery-future-session", OWB, "decided", [f], [refund("approve", "6500.00")], extra_ok=True,
     spec="O1: work_started_at 2025-09-29 is later than the request (2025-09-23): full refund 6500.00.")

f = eml("o07-ke-milestone-not-started", "Nairobi Eco Tours <info@nairobiecotours.co.ke>", OWA, "Refund Request — Nairobi Eco Tours / Milestone 3",
        "Dear Optima WebDesign,\n\nWe are grateful for milestone 2 which was delivered well. However the board has "
        "dropped the booking engine from the scope for this financial year, so milestone 3 (invoice OWD-2025-108), "
        "which we paid in advance and has not begun, is no longer required. Kindly refund it.\n\nYours faithfully,\n"
        "Peter Otieno\nOperations, Nairobi Eco Tours", "2025-09-24 10:00", "+03:00")
case("o07-ke-milestone-not-started", OWB, "decided", [f], [refund("approve", "42000.00")],
     spec="O3: milestone OWD-2025-108 not_started: refund its amount 42000.00 before tax (OWD-2025-107 completed is not asked).")

f = eml("o08-us-milestone-in-progress", "Brooklyn Pretzel Co <owner@bkpretzelco.com>", OWA, "milestone refund",
        "hey - your dev told me the online ordering is maybe half done. we lost our second location so we're scaling "
        "way back. can we get back whatever hasn't been built on OWD-2025-109? thx\n\nTony\nBrooklyn Pretzel Co",
        "2025-09-25 18:00", "-04:00")
case("o08-us-milestone-in-progress", OWB, "decided", [f], [refund("escalate")],
     spec="O3: milestone in_progress: escalate (value of unstarted work is a human judgement), no amount.")

f = eml("o09-ie-milestone-approved", "Orla Keane <orla@dublincraftgin.ie>", OWA, "Dublin Craft Gin - design milestone",
        "Hi,\n\nI know I signed off the design milestone (OWD-2025-110) but having lived with it for a few weeks we "
        "don't like it, it doesn't feel like us. I'd like that payment refunded please.\n\nOrla", "2025-09-20 11:00", "+01:00")
case("o09-ie-milestone-approved", OWB, "decided", [f], [refund("deny")],
     spec="O3/O6: approved milestone is not refundable: deny.")

f = eml("o10-in-retainer-notice-ok", "Kerala Spice Route Accounts <accounts@keralaspiceroute.in>", OWA, "Discontinuation of monthly retainer - Kerala Spice Route",
        "Dear Sir/Madam,\n\nThis is to inform you that we wish to discontinue the monthly SEO retainer for the "
        "project Kerala Spice Route (last invoice OWD-2025-111) as our in-house marketing executive has joined and "
        "will manage the same. Kindly do the needful and confirm.\n\nThanking you,\nK. Suresh\nAccounts, Kerala Spice Route Pvt Ltd",
        "2025-09-25 11:00", "+05:30")
case("o10-in-retainer-notice-ok", OWB, "decided", [f], [cancel("cancel", "2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15, request 2025-09-25 (on/before 10-08): cancel effective 2025-10-14.")

f = eml("o11-us-retainer-exactly-7", "Austin BBQ Supply <pit@austinbbqsupply.com>", OWA, "Cancel retainer - Austin BBQ Supply",
        "Howdy,\n\nWe need to cancel the monthly website retainer for Austin BBQ Supply, invoice OWD-2025-112. "
        "Sales are down this summer and we can't justify it. Please make sure we don't get billed Oct 1.\n\n"
        "Thanks y'all,\nBubba Jenkins", "2025-09-24 10:00", "-05:00")
case("o11-us-retainer-exactly-7", OWB, "decided", [f], [cancel("cancel", "2025-09-30")],
     spec="O4: Austin 2025-09-24 10:00 -05:00 = 20:30 IST on 09-24 = next_billing_at 2025-10-01 minus 7 days exactly: enough notice, effective 2025-09-30.")

f = eml("o12-us-retainer-6-days-ist", "Seattle Kayak Rentals <ops@seattlekayakrentals.com>", OWA, "Retainer cancellation",
        "Hi there - end of season for us, rentals are done till spring, so please cancel the Seattle Kayak Rentals "
        "monthly retainer (OWD-2025-113). It's the 24th so that's a full week before the 1st.\n\nBest,\nKelsey",
        "2025-09-24 16:30", "-07:00")
case("o12-us-retainer-6-days-ist", OWB, "decided", [f], [cancel("cancel", "2025-10-31")],
     spec="O4 in IST: 2025-09-24 16:30 -07:00 = 2025-09-25 05:00 IST, after 09-24 (next_billing_at 10-01 minus 7): October is billed, effective last day of that cycle 2025-10-31.")

f = eml("o13-au-retainer-prepaid", "Perth Surf School <admin@perthsurfschool.com.au>", OWA, "Cancel - Perth Surf School retainer",
        "G'day,\n\nWe're winding up the retainer for Perth Surf School - new owner, new agency, nothing personal. We "
        "paid September and October up front (OWD-2025-114 and OWD-2025-115). Let us know how you want to handle it.\n\n"
        "Cheers,\nBrett", "2025-09-26 09:00", "+08:00")
case("o13-au-retainer-prepaid", OWB, "decided", [f], [cancel("escalate")], extra_ok=True,
     spec="Section 8 retainer paid in advance: the cycle 2025-10-10..11-09 is already paid, notice >= 7 days: escalate.")

f = eml("o14-za-hosting-14d", "Cape Town Wine Tours <bookings@ctwinetours.co.za>", OWA, "Cancel hosting + refund",
        "Hi Optima\n\nWe've decided to move hosting in-house to our group IT after all (they only told us now, "
        "typical). Please cancel the annual hosting for Cape Town Wine Tours that started on the 12th, invoice "
        "OWD-2025-116, and refund whatever is due.\n\nKind regards\nJohan van der Merwe", "2025-09-20 10:00", "+02:00")
case("o14-za-hosting-14d", OWB, "decided", [f], [refund("approve", "14850.00")], extra_ok=True,
     spec="O5: start 2025-09-12, request 09-20 (day 8): 18000 - 1800 - (16200/12 = 1350) x 1 = 14850.00; the cancellation part is harmless.")

f = eml("o15-ph-maintenance-day14", "Manila Print Hub IT <it@manilaprinthub.ph>", OWA, "Refund Request — Manila Print Hub / OWD-2025-117",
        "Good evening,\n\nWe would like to cancel the annual maintenance plan for Manila Print Hub and request the prorated "
        "refund. Our parent company in Makati has an existing maintenance vendor and management decided to consolidate.\n\n"
        "Thank you po,\nJerome dela Cruz\nIT Supervisor", "2025-09-19 23:10", "+08:00")
case("o15-ph-maintenance-day14", OWB, "decided", [f], [refund("approve", "8250.92")], extra_ok=True,
     spec="O5 day 14 inside: Manila 09-19 23:10 +08 = 20:40 IST on 09-19, start 09-05; 10000 - 999 - 9001/12 (750.0833..) = 8250.9166.. -> 8250.92 (C6, rounded once).")

f = eml("o16-ca-hosting-day15-ist", "Calgary Hockey Camp <director@calgaryhockeycamp.ca>", OWA, "Hosting refund",
        "Hi, please cancel the yearly hosting for Calgary Hockey Camp (OWD-2025-118) and refund it. We're switching to "
        "Squarespace because our volunteers find it easier. It's only the 16th so we're within the 14 days I think.\n\nDoug",
        "2025-09-16 09:00", "-06:00")
case("o16-ca-hosting-day15-ist", OWB, "decided", [f], [refund("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 2025-09-16 20:30 IST = day 15 (the sender miscounts): deny.")

f = eml("o17-au-hosting-before-start", "Brisbane Pet Grooming <hello@brisbanepetgrooming.com.au>", OWA, "Hosting plan - changed our minds",
        "Hi team,\n\nWe paid for annual hosting (OWD-2025-119) for Brisbane Pet Grooming but the new site isn't live "
        "till October and our nephew reckons he can host it cheaper. Can we cancel and get a refund?\n\nCheers, Kylie",
        "2025-09-27 10:00", "+10:00")
case("o17-au-hosting-before-start", OWB, "decided", [f], [refund("approve", "7700.00")], extra_ok=True,
     spec="O5 + section 8: service_start 2025-10-06 not yet begun, consumed_months 1: 9000 - 600 - 8400/12 (700) = 7700.00.")

f = eml("o18-ng-ssl-refund", "Abuja Grain Traders <info@abujagraintraders.ng>", OWA, "SSL certificate refund",
        "Good morning Optima,\n\nWe were billed for SSL certificate (OWD-2025-120) for Abuja Grain Traders but our "
        "hosting company gives free SSL. So we don't need yours, kindly refund.\n\nRegards,\nMallam Ibrahim Musa",
        "2025-09-22 09:00", "+01:00")
case("o18-ng-ssl-refund", OWB, "decided", [f], [refund("deny")],
     spec="O6: third_party (SSL) never refundable: deny, 'Non-refundable items'.")

f = eml("o19-ca-rush-fee", "Toronto Yoga Loft <studio@torontoyogaloft.ca>", OWA, "rush fee refund?",
        "Hi! We paid the rush fee OWD-2025-121 for Toronto Yoga Loft but then our launch event got postponed anyway, "
        "so we didn't really need it rushed. Could we get that back?\n\nNamaste,\nPriya", "2025-09-24 09:00", "-04:00")
case("o19-ca-rush-fee", OWB, "decided", [f], [refund("deny")], spec="O6: rush fee never refundable: deny.")

f = eml("o20-uk-change-request", "Leeds Vintage Bikes <shop@leedsvintagebikes.co.uk>", OWA, "Change request charge",
        "Alright,\n\nYou've charged us for a change request (OWD-2025-122) for the Leeds Vintage Bikes gallery page. "
        "Honestly we thought that was part of the original job. Want it refunded.\n\nCheers\nGaz", "2025-09-25 12:00", "+01:00")
case("o20-uk-change-request", OWB, "decided", [f], [refund("deny")], spec="O6: change_request never refundable: deny.")

f = eml("o21-in-gmail-c2", "Vikram Shah <vikramshah.mumbai@gmail.com>", OWA, "Deposit refund Mumbai Chai Co",
        "Hi,\n\nPaid deposit OWD-2025-123 on 26th for Mumbai Chai Co. Investors pulled out, so we're putting the "
        "website on hold. Please refund. Contract email is founder@mumbaichaico.in, writing from personal as "
        "that mailbox is full.\n\nVikram", "2025-09-27 09:00", "+05:30")
case("o21-in-gmail-c2", OWB, "need_info", [f], rules=["C2"],
     spec="C2 (explicit for Optima): must be emailed from the contracting email founder@mumbaichaico.in: need_info, nothing about the project.")

f = eml("o22-au-forward-c2", "Sydney Harbour Cafe Marketing <marketing@sydneyharbourcafe.com.au>", OWA, "Fwd: website deposit",
        "FYI - GM asked me to send this on to you.\n\nBegin forwarded message:\n\nFrom: Angela Russo "
        "<gm@sydneyharbourcafe.com.au>\nDate: 26 September 2025 at 8:14:22 am AEST\nTo: Marketing "
        "<marketing@sydneyharbourcafe.com.au>\nSubject: website deposit\n\nCan you ask Optima to refund the deposit "
        "OWD-2025-124 for Sydney Harbour Cafe - we've lost the lease on the Circular Quay site so the rebrand is off.\n\nAngela",
        "2025-09-26 09:00", "+10:00")
case("o22-au-forward-c2", OWB, "need_info", [f], rules=["C2"],
     spec="Section 8 forward + C2: the forwarded request is Angela's (contract gm@), sent on by marketing@: ask for it from gm@.")

f = eml("o23-za-cancel-no-reason", "Joburg Fitness Hub <manager@joburgfitnesshub.co.za>", OWA, "Cancellation — Joburg Fitness Hub / OWD-2025-125",
        "Good day,\n\nPlease see this as formal notice to cancel the monthly retainer for Joburg Fitness Hub, "
        "invoice OWD-2025-125. Please confirm receipt.\n\nKind regards\nNomsa Dube\nManager\nJoburg Fitness Hub | Rosebank",
        "2025-09-22 08:00", "+02:00")
case("o23-za-cancel-no-reason", OWB, "need_info", [f], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; a formal notice + signature is no reason: need_info reason.")

f = eml("o24-us-no-invoice", "Rosa Delgado <rosa@houstontaqueria.com>", OWA, "refund for Houston Taqueria",
        "Hi Optima folks, we are closing the restaurant end of October (rent went up 40%), so please refund what "
        "we paid you for the Houston Taqueria website. Thank you! Rosa", "2025-09-23 09:00", "-05:00")
case("o24-us-no-invoice", OWB, "need_info", [f], missing=["invoice_number"],
     spec="C3: contract email, project and reason given; two payments on the project and none named: ask for the invoice/payment reference.")

f = eml("o25-in-consumer-forum", "Director, Pune Tuition Centre <director@punetuitioncentre.in>", OWA, "Refund of milestone payment OWD-2025-128",
        "Sir,\n\nWe have paid Rs. 35,400/- against milestone OWD-2025-128 for Pune Tuition Centre portal. Your team "
        "is not responding on WhatsApp since 10 days. If the amount is not refunded within one week I will be forced "
        "to approach the consumer forum. Please treat this as final reminder.\n\nDirector\nPune Tuition Centre",
        "2025-09-26 18:00", "+05:30")
case("o25-in-consumer-forum", OWB, "decided", [f], [refund("escalate")], rules=["C4"],
     spec="C4: consumer forum threat escalates, even though O3 (not_started) alone would approve.")

m1 = "<A1B2C3.niamh@galwaysurfshack.ie>"
a = eml("o26-ie-thread-q", "Niamh Flaherty <niamh@galwaysurfshack.ie>", OWA, "Galway Surf Shack deposit",
        "Hi there, we need to pull out of the Galway Surf Shack website - my business partner is leaving and I can't "
        "run the online shop on my own. We paid a deposit yesterday. Can we have it back? Niamh", "2025-09-23 09:00", "+01:00", msgid=m1)
b = eml("o26-ie-thread-ask", OWA, "Niamh Flaherty <niamh@galwaysurfshack.ie>", "Re: Galway Surf Shack deposit [OWD-3301]",
        "Dear Niamh,\n\nWe understood: a refund of the deposit for Galway Surf Shack, because your partner is leaving. "
        "Please send the invoice / payment reference.\n\nBilling & Refunds Desk — Optima WebDesign",
        "2025-09-23 15:00", "+05:30", msgid="<owd-3301-ask@optimawebdesign.com>", irt=m1)
c = eml("o26-ie-thread-answer", "Niamh Flaherty <niamh@galwaysurfshack.ie>", OWA, "Re: Galway Surf Shack deposit [OWD-3301]",
        "Sorry for the delay, was away for a few days. It's OWD 2025 129.\n\nNiamh\n\n> Please send the invoice / payment reference.",
        "2025-09-26 19:00", "+01:00", irt="<owd-3301-ask@optimawebdesign.com>", refs=f"{m1} <owd-3301-ask@optimawebdesign.com>")
case("o26-ie-thread-answer", OWB, "decided", [a, b, c], [refund("approve", "16000.00")], extra_ok=True,
     spec="C3: the project has two payments (deposit OWD-2025-129, domain OWD-2025-134), so the first email lacks the invoice reference and the ask is right. Section 1: request time is the FIRST email, 2025-09-23 13:30 IST = 27.5 h after the 09-22 10:00 deposit (the answer comes 4 days later): O2 approve 16000.00. 'OWD 2025 129' = OWD-2025-129. ('We need to pull out' asks to cancel too: a cancellation decision is harmless, as in o03.)")

f = eml("o27-sg-refunded-already", "Singapore Nail Bar <owner@sgnailbar.sg>", OWA, "deposit refund not received",
        "Hi, I cancelled Singapore Nail Bar website on 21 Sep because my business partner wants to sell the shop, "
        "please refund deposit OWD-2025-130. Still don't see the money.\nJasmine", "2025-09-29 10:00", "+08:00")
case("o27-sg-refunded-already", OWB, "decided", [f], [refund("escalate")],
     spec="Section 8 payments not paid: OWD-2025-130 has status refunded: escalate, no amount.")

f = eml("o28-ca-tax-question", "Vancouver Bike Tours Billing <billing@vancouverbiketours.ca>", OWA, "Invoice OWD-2025-131 - GST/HST line",
        "Hello,\n\nOur bookkeeper is asking why invoice OWD-2025-131 shows Indian GST at 18%. We're not questioning "
        "the work, which was great, and we aren't after a refund. Could you just send a short note explaining the "
        "tax treatment for a Canadian client?\n\nThanks,\nEmma", "2025-09-25 11:00", "-07:00")
case("o28-ca-tax-question", OWB, "other", [f], spec="Negation + invoice question, nothing requested: other.")

f = eml("o29-ke-delivered-to", "Mombasa Beach Villas <reservations@mombasabeachvillas.co.ke>",
        "Accounts Team <accounts-team@mombasabeachvillas.co.ke>", "Premium theme charge - refund",
        "Dear Optima,\n\nWe were charged OWD-2025-132 for the premium booking theme licence for Mombasa Beach Villas. "
        "We later found a free theme that our guests like better. Kindly refund the licence.\n\nAsante,\nFatma Ali",
        "2025-09-26 10:00", "+03:00", cc="billing@optimawebdesign.com",
        headers=[("Delivered-To", "billing@optimawebdesign.com")])
case("o29-ke-delivered-to", OWB, "decided", [f], [refund("deny")],
     spec="C1 via Cc/Delivered-To billing@optimawebdesign.com; O6 third_party theme licence: deny.")

f = eml("o30-uk-no-refund-cancel", "Belfast Book Nook <hello@belfastbooknook.co.uk>", OWA, "Ending the retainer (no refund needed)",
        "Hi folks,\n\nWe're not asking for any money back - you've been brilliant - but the shop is going online-only "
        "via Etsy so we won't need the Belfast Book Nook retainer from next month. Last invoice OWD-2025-133.\n\n"
        "All the best,\nSiobhán", "2025-09-29 12:00", "+01:00")
case("o30-uk-no-refund-cancel", OWB, "decided", [f], [cancel("cancel", "2025-10-19")],
     spec="Negation (no refund) + O4/O8: next_billing_at 2025-10-20, request 09-29 (before 10-13): cancel effective 2025-10-19.")

write_all()
