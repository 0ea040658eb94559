#!/usr/bin/env python3
"""fresh19_hi: Hindi / Hinglish held-out cases (qa19c). Stdlib only, deterministic.
Run `python3 make_cases.py` to rewrite ledger.json, emails/*.eml and expected.json beside this file."""
LANG = "hi"
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
cust("sunita.verma@vermaboutique.in", "Sunita Verma", "monthly", start="2025-09-18", end="2025-10-17")
lopay("lo_h01a", "LO-INV-81001", "sunita.verma@vermaboutique.in", "monthly", "2025-09-18T11:00:00", "2025-09-18", "2025-10-17")
lopay("lo_h01b", "LO-INV-81002", "sunita.verma@vermaboutique.in", "monthly", "2025-09-18T11:01:00", "2025-09-18", "2025-10-17")
cust("gurpreet@singhtransport.in", "Gurpreet Singh", "annual", start="2025-09-23", end="2026-09-22")
lopay("lo_h02a", "LO-INV-81010", "gurpreet@singhtransport.in", "annual", "2025-09-23T12:00:00", "2025-09-23", "2026-09-22")
lopay("lo_h02b", "LO-INV-81011", "gurpreet@singhtransport.in", "annual", "2025-09-23T12:00:40", "2025-09-23", "2026-09-22")
cust("kavita.joshi@joshiclasses.in", "Kavita Joshi", "quarterly", start="2025-09-08", end="2025-12-07")
lopay("lo_h03a", "LO-INV-81020", "kavita.joshi@joshiclasses.in", "quarterly", "2025-09-08T10:00:00", "2025-09-08", "2025-12-07")
lopay("lo_h03b", "LO-INV-81021", "kavita.joshi@joshiclasses.in", "quarterly", "2025-09-09T10:00:00", "2025-09-08", "2025-12-07")
lopay("lo_h03c", "LO-INV-81022", "kavita.joshi@joshiclasses.in", "quarterly", "2025-09-17T10:00:00", "2025-09-08", "2025-12-07")
cust("imran.qureshi@qureshiperfumes.in", "Imran Qureshi", "monthly", start="2025-09-02", end="2025-10-01")
lopay("lo_h04a", "LO-INV-81030", "imran.qureshi@qureshiperfumes.in", "monthly", "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")
lopay("lo_h04b", "LO-INV-81031", "imran.qureshi@qureshiperfumes.in", "monthly", "2025-09-02T10:01:00", "2025-09-02", "2025-10-01")
cust("mahesh.agarwal@agarwaltextiles.in", "Mahesh Agarwal", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("lo_h05", "LO-INV-81040", "mahesh.agarwal@agarwaltextiles.in", "quarterly", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
cust("neha.kapoor@kapoordesignstudio.in", "Neha Kapoor", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("lo_h06", "LO-INV-81050", "neha.kapoor@kapoordesignstudio.in", "quarterly", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
cust("ramesh.yadav@yadavdairy.in", "Ramesh Yadav", "monthly", start="2025-09-21", end="2025-10-20")
lopay("lo_h07", "LO-INV-81060", "ramesh.yadav@yadavdairy.in", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
cust("syed.ali@hyderabadbiryanihouse.in", "Syed Ali", "annual", start="2025-09-27", end="2026-09-26")
lopay("lo_h08", "LO-INV-81070", "syed.ali@hyderabadbiryanihouse.in", "annual", "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
cust("pooja.mishra@mishratravels.in", "Pooja Mishra", "monthly", start="2025-09-22", end="2025-10-21")
lopay("lo_h09", "LO-INV-81080", "pooja.mishra@mishratravels.in", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
cust("anil.chaudhary@chaudharyagro.in", "Anil Chaudhary", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("lo_h10", "LO-INV-81090", "anil.chaudhary@chaudharyagro.in", "quarterly", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
cust("ritu.sharma@ritubakes.in", "Ritu Sharma", "monthly", status="trial", trial_ends="2025-10-10")
cust("dinesh.patil@patilhardware.in", "Dinesh Patil", "annual", start="2025-01-10", end="2026-01-09")
lopay("lo_h12", "LO-INV-81100", "dinesh.patil@patilhardware.in", "annual", "2025-01-10T10:00:00", "2025-01-10", "2026-01-09")
cust("farah.khan@khanjewellers.in", "Farah Khan", "quarterly")
lopay("lo_h13a", "LO-INV-81110", "farah.khan@khanjewellers.in", "quarterly", "2025-04-15T22:00:00Z", None, None)
lopay("lo_h13b", "LO-INV-81111", "farah.khan@khanjewellers.in", "quarterly", "2025-07-15T22:00:00Z", None, None)
cust("vijay.malhotra@malhotramotors.in", "Vijay Malhotra", "annual", start="2025-09-24", end="2026-09-23")
lopay("lo_h14a", "LO-INV-81120", "vijay.malhotra@malhotramotors.in", "annual", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
lopay("lo_h14b", "LO-INV-81121", "vijay.malhotra@malhotramotors.in", "annual", "2025-09-24T10:00:20", "2025-09-24", "2026-09-23")
cust("ashok.tiwari@tiwarisweets.in", "Ashok Tiwari", "monthly", start="2025-09-10", end="2025-10-09")
lopay("lo_h15", "LO-INV-81125", "ashok.tiwari@tiwarisweets.in", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
cust("sanjay.gupta@guptaelectricals.in", "Sanjay Gupta", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("lo_h16", "LO-INV-81130", "sanjay.gupta@guptaelectricals.in", "quarterly", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
cust("meena.iyer@iyercatering.in", "Meena Iyer", "monthly", start="2025-09-25", end="2025-10-24")
lopay("lo_h17", "LO-INV-81140", "meena.iyer@iyercatering.in", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
cust("suresh.reddy@reddyinfra.in", "Suresh Reddy", "annual", start="2025-09-01", end="2026-08-31")
lopay("lo_h18", "LO-INV-81145", "suresh.reddy@reddyinfra.in", "annual", "2025-09-01T10:00:00", "2025-09-01", "2026-08-31")
cust("nitin.jain@jainsteel.in", "Nitin Jain", "monthly", start="2025-09-12", end="2025-10-11")
lopay("lo_h19", "LO-INV-81147", "nitin.jain@jainsteel.in", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
cust("lakshmi.pillai@pillaispices.in", "Lakshmi Pillai", "monthly", start="2025-09-14", end="2025-10-13")
lopay("lo_h20", "LO-INV-81148", "lakshmi.pillai@pillaispices.in", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
cust("om.prakash@prakashtraders.in", "Om Prakash", "monthly", start="2025-09-24", end="2025-10-23")
lopay("lo_h21", "LO-INV-81150", "om.prakash@prakashtraders.in", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
cust("ajay.thakur@thakurlogistics.in", "Ajay Thakur", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("lo_h22", "LO-INV-81160", "ajay.thakur@thakurlogistics.in", "quarterly", "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
cust("deepa.nair@nairhomestays.in", "Deepa Nair", "monthly", start="2025-09-19", end="2025-10-18")
lopay("lo_h23a", "LO-INV-81170", "deepa.nair@nairhomestays.in", "monthly", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
lopay("lo_h23b", "LO-INV-81171", "deepa.nair@nairhomestays.in", "monthly", "2025-09-19T10:02:00", "2025-09-19", "2025-10-18")
cust("karan.mehta@mehtaimpex.in", "Karan Mehta", "monthly", start="2025-09-15", end="2025-10-14")
lopay("lo_h26", "LO-INV-81180", "karan.mehta@mehtaimpex.in", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
cust("amit.saxena@saxenaconsulting.com", "Amit Saxena", "monthly", start="2025-09-12", end="2025-10-11")
lopay("lo_h27", "LO-INV-81185", "amit.saxena@saxenaconsulting.com", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
cust("bablu.singh@singhkirana.in", "Bablu Singh", "monthly", start="2025-09-26", end="2025-10-25")
lopay("lo_h28a", "LO-INV-81190", "bablu.singh@singhkirana.in", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("lo_h28b", "LO-INV-81191", "bablu.singh@singhkirana.in", "monthly", "2025-09-26T10:00:50", "2025-09-26", "2025-10-25")
cust("rekha.bose@bosehandloom.in", "Rekha Bose", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("lo_h29", "LO-INV-81200", "rekha.bose@bosehandloom.in", "quarterly", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
cust("harish.negi@negiadventures.in", "Harish Negi", "monthly", start="2025-09-05", end="2025-10-04")
lopay("lo_h30", "LO-INV-81210", "harish.negi@negiadventures.in", "monthly", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")

# ---------------------------------------------------------------- Optima WebDesign ledger
proj("Shree Ganesh Caterers", "info@shreeganeshcaterers.in")
owpay("ow_h01", "OWD-2025-201", "Shree Ganesh Caterers", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00")
proj("Patel Motel Group", "jay@patelmotelgroup.com")
owpay("ow_h02", "OWD-2025-202", "Patel Motel Group", "deposit", "30000.00", "5400.00", "2025-09-15T09:00:00")
proj("Desi Tadka Singapore", "owner@desitadka.sg")
owpay("ow_h03", "OWD-2025-203", "Desi Tadka Singapore", "deposit", "18000.00", "3240.00", "2025-09-20T18:00:00")
proj("Banaras Silk House", "contact@banarassilkhouse.in")
owpay("ow_h04", "OWD-2025-204", "Banaras Silk House", "discovery", "7500.00", "1350.00", "2025-09-24T10:00:00")
proj("Bhopal Coaching Hub", "admin@bhopalcoachinghub.in", "2025-09-15T11:00:00")
owpay("ow_h05", "OWD-2025-205", "Bhopal Coaching Hub", "discovery", "9000.00", "1620.00", "2025-09-12T10:00:00")
proj("Lucknow Chikan Emporium", "sales@lucknowchikan.in", "2025-08-01T10:00:00")
owpay("ow_h06", "OWD-2025-206", "Lucknow Chikan Emporium", "milestone", "27500.50", "4950.09", "2025-09-19T10:00:00", milestone_status="not_started")
proj("Goa Beach Shacks", "manager@goabeachshacks.in", "2025-08-01T10:00:00")
owpay("ow_h07", "OWD-2025-207", "Goa Beach Shacks", "milestone", "32000.00", "5760.00", "2025-09-10T10:00:00", milestone_status="in_progress")
proj("Surat Diamond Traders", "accounts@suratdiamondtraders.in", "2025-07-01T10:00:00")
owpay("ow_h08", "OWD-2025-208", "Surat Diamond Traders", "milestone", "45000.00", "8100.00", "2025-09-03T10:00:00", milestone_status="completed")
proj("Chandigarh Physio Care", "dr.sodhi@chandigarhphysiocare.in", "2025-05-01T10:00:00")
owpay("ow_h09", "OWD-2025-209", "Chandigarh Physio Care", "retainer", "14000.00", "2520.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
proj("Indore Namkeen Co", "owner@indorenamkeen.in", "2025-05-01T10:00:00")
owpay("ow_h10", "OWD-2025-210", "Indore Namkeen Co", "retainer", "11000.00", "1980.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
proj("Nagpur Orange Exports", "export@nagpurorangeexports.in", "2025-05-01T10:00:00")
owpay("ow_h11a", "OWD-2025-211", "Nagpur Orange Exports", "retainer", "13000.00", "2340.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00")
owpay("ow_h11b", "OWD-2025-212", "Nagpur Orange Exports", "retainer", "13000.00", "2340.00", "2025-09-01T10:02:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
proj("Kochi Houseboats", "booking@kochihouseboats.in", "2025-09-18T10:00:00")
owpay("ow_h12", "OWD-2025-213", "Kochi Houseboats", "hosting_annual", "15000.00", "2700.00", "2025-09-18T10:00:00",
      setup_fee="1500.00", service_start="2025-09-18")
proj("Amritsar Dhaba", "hello@amritsardhaba.in", "2025-09-01T10:00:00")
owpay("ow_h13", "OWD-2025-214", "Amritsar Dhaba", "maintenance_annual", "9600.00", "1728.00", "2025-09-01T10:00:00",
      setup_fee="0.00", service_start="2025-09-01")
proj("Mysore Sandal Crafts", "info@mysoresandalcrafts.in", "2025-09-20T10:00:00")
owpay("ow_h14", "OWD-2025-215", "Mysore Sandal Crafts", "hosting_annual", "11111.00", "1999.98", "2025-09-20T10:00:00",
      setup_fee="500.00", service_start="2025-09-20")
proj("Patna Book Depot", "contact@patnabookdepot.in", "2025-08-01T10:00:00")
owpay("ow_h15", "OWD-2025-216", "Patna Book Depot", "third_party", "1200.00", "216.00", "2025-09-21T10:00:00")
proj("Ranchi Fitness Zone", "owner@ranchifitnesszone.in", "2025-09-01T10:00:00")
owpay("ow_h16", "OWD-2025-217", "Ranchi Fitness Zone", "setup", "3500.00", "630.00", "2025-09-23T10:00:00")
proj("Jodhpur Handicrafts", "sales@jodhpurhandicrafts.in")
owpay("ow_h17", "OWD-2025-218", "Jodhpur Handicrafts", "deposit", "16000.00", "2880.00", "2025-09-29T10:00:00")
proj("Nashik Vineyards", "admin@nashikvineyards.in", "2025-04-01T10:00:00")
owpay("ow_h18", "OWD-2025-219", "Nashik Vineyards", "retainer", "12500.00", "2250.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
proj("Agra Marble Works", "info@agramarbleworks.in", "2025-09-20T10:00:00")
owpay("ow_h19a", "OWD-2025-220", "Agra Marble Works", "deposit", "15000.00", "2700.00", "2025-09-16T10:00:00")
owpay("ow_h19b", "OWD-2025-221", "Agra Marble Works", "milestone", "25000.00", "4500.00", "2025-09-21T10:00:00", milestone_status="not_started")
proj("Kanpur Leather Co", "md@kanpurleatherco.in", "2025-08-01T10:00:00")
owpay("ow_h20", "OWD-2025-222", "Kanpur Leather Co", "milestone", "40000.00", "7200.00", "2025-09-12T10:00:00", milestone_status="not_started")
proj("Udaipur Lake Resort", "gm@udaipurlakeresort.in")
owpay("ow_h21", "OWD-2025-223", "Udaipur Lake Resort", "discovery", "12000.00", "2160.00", "2025-09-18T10:00:00")
proj("Shimla Apple Farms", "farm@shimlaapplefarms.in", "2025-09-01T10:00:00")
owpay("ow_h23", "OWD-2025-224", "Shimla Apple Farms", "milestone", "22000.00", "3960.00", "2025-09-05T10:00:00", milestone_status="in_progress")
proj("Raipur Steel Udyog", "ceo@raipursteeludyog.in", "2025-03-01T10:00:00")
owpay("ow_h24", "OWD-2025-225", "Raipur Steel Udyog", "retainer", "17000.00", "3060.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")

# ================================================================ LeadsOptima cases
f = eml("l01-devanagari-formal-double", "सुनीता वर्मा <sunita.verma@vermaboutique.in>", LOA, "दोहरी कटौती के संबंध में",
        "आदरणीय महोदय/महोदया,\n\nसविनय निवेदन है कि दिनांक 18.09.2025 को मेरे मासिक प्लान का भुगतान मेरे खाते से एक ही "
        "मिनट में दो बार कट गया। दोनों रसीदें एक ही महीने (18 सितंबर से 17 अक्टूबर) की हैं। दूसरी रसीद का नंबर "
        "LO-INV-81002 है। कृपया दूसरी राशि मेरे कार्ड में वापस करने की कृपा करें।\n\nधन्यवाद सहित,\nसुनीता वर्मा\n"
        "वर्मा बुटीक, लाजपत नगर, नई दिल्ली", "2025-09-20 11:30", "+05:30")
case("l01-devanagari-formal-double", LOB, "decided", [f], [refund("approve", "1499.00")],
     spec="L2/L4: two paid monthly charges 2025-09-18 same period; request 09-20 (day 2): refund LO-INV-81002, 1499.00 before tax.")

f = eml("l02-punjabi-dictation-double", "Gurpreet Singh <gurpreet@singhtransport.in>", LOA, "payment",
        "sat sri akal ji annual plan lya si 23 nu te card ton do vaari paise nikal gaye ek hi saal da plan hai "
        "dusri payment LO INV 81011 wapas kar do ji jaldi main truck di kisht bharni hai dhanwad gurpreet singh "
        "singh transport ludhiana\n\nSent from my Redmi", "2025-09-25 08:10", "+05:30")
case("l02-punjabi-dictation-double", LOB, "decided", [f], [refund("approve", "11988.00")],
     spec="L4: two annual charges 2025-09-23 same period; Punjabi-Hinglish dictation 'do vaari paise nikal gaye'; 'LO INV 81011' = LO-INV-81011; 11988.00.")

f = eml("l03-three-charges-one-late", "Kavita Joshi <kavita.joshi@joshiclasses.in>", LOA, "Quarterly plan ka paisa 3 baar kata!!",
        "Hello team,\n\nMera quarterly plan 8 Sept ko renew hua (LO-INV-81020), fir 9 ko ek aur payment hua (81021) aur aaj "
        "17 ko teesri baar (LO-INV-81022) - teeno same quarter ke liye. Ye kya chal raha hai? Auto-debit baar baar ho "
        "raha hai. Extra payments wapas chahiye.\n\nKavita Joshi\nJoshi Classes, Pune", "2025-09-17 15:00", "+05:30")
case("l03-three-charges-one-late", LOB, "decided", [f], [refund("approve", "3999.00")],
     spec="Section 8 three identical charges: 81021 (paid 09-09, request 09-17 = day 8, outside L3) and 81022 (day 0, inside) are duplicates; refund only the one inside: 3999.00.")

f = eml("l04-dubai-nri-day8", "Imran Qureshi <imran.qureshi@qureshiperfumes.in>", LOA, "Double payment - monthly plan",
        "Assalamualaikum,\n\nMain abhi Dubai mein hoon, yahan raat ke saade gyarah baje hain. 2 tareekh ko monthly plan ka "
        "paisa do baar kata tha (LO-INV-81030 aur LO-INV-81031). 7 din ke andar hi likh raha hoon, dusra wala refund "
        "kar dijiye.\n\nShukriya,\nImran Qureshi\nQureshi Perfumes, Lucknow", "2025-09-09 23:30", "+04:00")
case("l04-dubai-nri-day8", LOB, "decided", [f], [refund("deny")],
     spec="L3 in IST: Dubai 2025-09-09 23:30 +04:00 = 2025-09-10 01:00 IST, day 8 after the 09-02 charge: deny, 7-day rule.")

f = eml("l05-marwari-wrong-plan", "Mahesh Agarwal <mahesh.agarwal@agarwaltextiles.in>", LOA, "galat plan ka paisa kaata",
        "Ram Ram sa,\n\nMhane toh monthly plan hi chahije tha, thara system ne quarterly ka 3999 + GST kaat liya, "
        "invoice LO-INV-81040. Yeh galat plan lag gaya hai. Isko sahi karo aur extra paisa wapas karo sa.\n\n"
        "Mahesh Agarwal\nAgarwal Textiles, Johari Bazar, Jaipur", "2025-09-25 10:00", "+05:30")
case("l05-marwari-wrong-plan", LOB, "decided", [f], [refund("escalate")],
     spec="L2 billing_error (charged quarterly instead of monthly), charge 09-24, day 1: L5 escalate.")

f = eml("l06-offer-price-mismatch", "Neha Kapoor <neha.kapoor@kapoordesignstudio.in>", LOA, "Offer price vs charged amount",
        "<div dir=\"ltr\">Hi,<div><br></div><div>Webinar mein bola tha quarterly plan <b>festive offer</b> mein &#8377;2,999 "
        "ka hai, lekin mere card se &#8377;3,999 + GST liya gaya (LO-INV-81050). Matlab ek hazaar zyada charge kiya. "
        "Difference refund kar dijiye please.</div><div><br></div><div>Thanks,</div><div>Neha</div><div>"
        "<span style=\"color:#888\">Kapoor Design Studio, Gurugram</span></div></div>", "2025-09-27 19:00", "+05:30", html=True)
case("l06-offer-price-mismatch", LOB, "decided", [f], [refund("escalate")],
     spec="L2 billing_error (charged more than the agreed price), charge 09-26, day 1: L5 escalate, no amount.")

f = eml("l07-devanagari-login-fail", "रमेश यादव <ramesh.yadav@yadavdairy.in>", LOA, "लॉगिन की समस्या",
        "नमस्ते,\n\n21 तारीख को मासिक प्लान का पैसा भरा था (रसीद LO-INV-81060), उसके बाद से खाते में घुस ही नहीं पा रहा हूँ। "
        "पासवर्ड बदला, फिर भी 'something went wrong' आता है। दो दिन से कोई काम नहीं हुआ। ठीक नहीं होता तो पैसा वापस कीजिए।\n\n"
        "रमेश यादव\nयादव डेयरी, पटना", "2025-09-23 09:00", "+05:30")
case("l07-devanagari-login-fail", LOB, "decided", [f], [refund("escalate")],
     spec="L2 access_failure (cannot get into the account), charge 09-21, day 2: L6 escalate.")

f = eml("l08-hyderabadi-app-not-opening", "Syed Ali <syed.ali@hyderabadbiryanihouse.in>", LOA, "app khulta ich nahi",
        "Salaam bhai,\n\nParson annual plan liya (LO-INV-81070), tab se app khulta ich nahi, sirf white screen aata hai. "
        "Apna staff bhi try kiya, kisi ka bhi nai chal raha. Bahana nakko bolo, itta paisa diye hain, ya toh theek karo nai toh refund karo.\n\n"
        "Syed Ali\nHyderabad Biryani House, Tolichowki", "2025-09-29 21:00", "+05:30")
case("l08-hyderabadi-app-not-opening", LOB, "decided", [f], [refund("escalate")],
     spec="L2 access_failure (app does not open, white screen), charge 09-27, day 2: L6 escalate.")

f = eml("l09-never-used", "Pooja Mishra <pooja.mishra@mishratravels.in>", LOA, "refund chahiye",
        "hi, maine ye software 22 ko liya tha monthly wala (LO-INV-81080) par sach bolu toh ek baar bhi use nahi kiya, "
        "time hi nahi mila. paisa wapas mil jaye toh accha hoga. pooja", "2025-09-24 13:00", "+05:30")
case("l09-never-used", LOB, "decided", [f], [refund("deny")],
     spec="L1: 'did not use it' is not an L2 reason: deny, cancellation offered.")

f = eml("l10-mind-changed-cancel", "अनिल चौधरी <anil.chaudhary@chaudharyagro.in>", LOA, "प्लान रद्द करें और पैसा लौटाएँ",
        "महोदय,\n\nहमारा इरादा बदल गया है, अब हम खुद का मार्केटिंग स्टाफ रखेंगे। कृपया हमारा त्रैमासिक प्लान रद्द कर दें "
        "और बाकी बचे महीनों का पैसा (रसीद LO-INV-81090) लौटा दें।\n\nअनिल चौधरी\nचौधरी एग्रो, मेरठ", "2025-09-10 12:00", "+05:30")
case("l10-mind-changed-cancel", LOB, "decided", [f], [refund("deny"), cancel("cancel", "2025-12-04")],
     spec="L1: changed mind / unused months: refund deny; L8 cancel, current_period_end 2025-12-04.")

f = eml("l11-trial-refund", "Ritu Sharma <ritu.sharma@ritubakes.in>", LOA, "trial mein paise kaise kate?",
        "Hello, main abhi free trial pe hoon (10 Oct tak). Bank app mein LeadsOptima ka ₹2 ka debit dikh raha hai. "
        "Maine koi plan nahi liya, ye paise wapas karo please. Ritu", "2025-09-26 16:00", "+05:30")
case("l11-trial-refund", LOB, "decided", [f], [refund("deny")],
     spec="L7: trial account with no charge in the ledger: deny, nothing billed unless they subscribe. L7 settles it: a trial has no charge, so no invoice is asked for (chk19c removed the ambiguous mark).")

f = eml("l12-devanagari-voice-cancel", "दिनेश पाटिल <dinesh.patil@patilhardware.in>", LOA, "सदस्यता बंद",
        "नमस्कार मेरा सालाना प्लान बंद कर दीजिए दुकान बेटे को सौंप दी है और वो दूसरा सॉफ्टवेयर चलाता है धन्यवाद दिनेश पाटिल "
        "पाटिल हार्डवेयर नासिक\n\nमेरे iPhone से भेजा गया", "2025-09-15 18:00", "+05:30")
case("l12-devanagari-voice-cancel", LOB, "decided", [f], [cancel("cancel", "2026-01-09")],
     spec="L8: annual, current_period_end 2026-01-09 from the ledger.")

f = eml("l13-fallback-utc-ledger", "Farah Khan <farah.khan@khanjewellers.in>", LOA, "subscription band karni hai",
        "Hi team, humara quarterly plan band kar dijiye, shaadi aur tyohar ka season aa raha hai, staff busy hai aur leads handle nahi ho "
        "pa rahe. Jo quarter chal raha hai woh khatam hone do, uske baad koi charge mat lagana.\nFarah Khan\nKhan Jewellers, Bhopal",
        "2025-09-28 12:00", "+05:30")
case("l13-fallback-utc-ledger", LOB, "decided", [f], [cancel("cancel", "2025-10-15")],
     spec="L8 fallback: no current_period_end; last charge 2025-07-15T22:00Z = 2025-07-16 03:30 IST; + 3 months - 1 day = 2025-10-15.")

f = eml("l14-gmail-c2", "Vijay Malhotra <vijaymalhotra62@gmail.com>", LOA, "annual plan do baar charge",
        "Namaste, office wali id vijay.malhotra@malhotramotors.in se account hai, par abhi personal gmail se likh raha "
        "hoon. 24 ko annual plan ka paisa double kat gaya, dusri invoice LO-INV-81121. Refund kar do.\nVijay", "2025-09-25 09:00", "+05:30")
case("l14-gmail-c2", LOB, "need_info", [f], rules=["C2"],
     spec="C2: gmail sender, registered email named is another: ask to write from it, nothing about the account.")

f = eml("l15-son-forwards-father", "Rahul Tiwari <rahul.tiwari.91@gmail.com>", LOA, "Fwd: LeadsOptima band karo",
        "Papa ka mail forward kar raha hoon, unko email chalana nahi aata. Please dekh lijiye.\n\n"
        "---------- Forwarded message ---------\nप्रेषक: Ashok Tiwari <ashok.tiwari@tiwarisweets.in>\n"
        "Date: शनि, 27 सित॰ 2025, 10:05 am\nSubject: LeadsOptima band karo\nTo: Rahul <rahul.tiwari.91@gmail.com>\n\n"
        "बेटा ये LeadsOptima वाला मासिक प्लान बंद करवा दो, दिवाली तक दुकान पर इतना काम है कि ऑनलाइन देखने का टाइम नहीं है।",
        "2025-09-27 11:00", "+05:30")
case("l15-son-forwards-father", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 forward + C2: the forwarded cancellation is from ashok.tiwari@ (registered), the sender is the son's gmail: ask for it from the registered address.")

f = eml("l16-consumer-court-both", "Sanjay Gupta <sanjay.gupta@guptaelectricals.in>", LOA, "LAST WARNING",
        "Aapka software bilkul bekar hai, leads sab fake hain. Mera quarterly plan turant cancel karo aur LO-INV-81130 ka "
        "poora paisa wapas karo, warna consumer court mein case daal dunga. Mere bhai ka dost vakeel hai.\n\nSanjay Gupta",
        "2025-09-22 20:00", "+05:30")
case("l16-consumer-court-both", LOB, "decided", [f], [refund("escalate"), cancel("escalate")], rules=["C4"],
     spec="C4 covers the whole case: consumer-court threat escalates both the refund and the cancellation.")

f = eml("l17-devanagari-chargeback", "मीना अय्यर <meena.iyer@iyercatering.in>", LOA, "रिफंड नहीं तो चार्जबैक",
        "आपने मेरे कार्ड से बिना पूछे मासिक प्लान का पैसा काट लिया (LO-INV-81140)। मैंने ऑटो-रिन्यू बंद किया था। "
        "दो दिन में पैसा वापस नहीं आया तो मैं बैंक से चार्जबैक करवा दूँगी।\n\nमीना अय्यर\nअय्यर कैटरिंग, चेंबूर",
        "2025-09-26 10:00", "+05:30")
case("l17-devanagari-chargeback", LOB, "decided", [f], [refund("escalate")], rules=["C4"],
     spec="C4: chargeback threat in Devanagari: escalate.")

f = eml("l18-refund-nahi-chahiye", "Suresh Reddy <suresh.reddy@reddyinfra.in>", LOA, "Invoice mein company naam galat",
        "Hello, refund nahi chahiye, service theek chal rahi hai. Bas invoice LO-INV-81145 pe company ka naam 'Reddy "
        "Infra' likha hai, GST registration mein 'Reddy Infrastructure Pvt Ltd' hai. Naya invoice bhej do.\nSuresh",
        "2025-09-16 11:00", "+05:30")
case("l18-refund-nahi-chahiye", LOB, "other", [f],
     spec="Section 8 negation 'refund nahi chahiye' + an invoice correction ('naam galat' is not a billing error of a charge): other.")

f = eml("l19-agar-annual", "Nitin Jain <nitin.jain@jainsteel.in>", LOA, "annual plan ke baare mein",
        "Namaste, abhi monthly pe hoon. Agar annual le loon aur 2-3 mahine baad band karna pade, toh baaki paisa wapas "
        "milega kya? Pehle clear kar lena chahta hoon.\nNitin Jain, Raipur", "2025-09-18 17:00", "+05:30")
case("l19-agar-annual", LOB, "other", [f], spec="Section 8 hypothetical ('agar ... wapas milega kya?') before buying: other.")

f = eml("l20-devanagari-thanks", "लक्ष्मी पिल्लै <lakshmi.pillai@pillaispices.in>", LOA, "Re: आपका रिफंड [LO-2590]",
        "नमस्ते,\n\nरिफंड की राशि आज खाते में आ गई। जल्दी कार्रवाई के लिए बहुत धन्यवाद। आपकी सेवा से हम खुश हैं।\n\nलक्ष्मी",
        "2025-09-29 10:00", "+05:30", irt="<lo-2590-reply@leadsoptima.com>")
case("l20-devanagari-thanks", LOB, "other", [f], spec="Thanks after a completed refund (past event), nothing asked: other.")

f = eml("l21-devanagari-no-reason", "ओम प्रकाश <om.prakash@prakashtraders.in>", LOA, "धनवापसी हेतु प्रार्थना पत्र",
        "सेवा में,\nलीड्स ऑप्टिमा सपोर्ट टीम\n\nविषय: धनवापसी हेतु।\n\nमहोदय, निवेदन है कि मेरी रसीद संख्या LO-INV-81150 "
        "(मासिक प्लान) की राशि वापस करने की कृपा करें। आशा है आप शीघ्र कार्रवाई करेंगे।\n\nसधन्यवाद,\nभवदीय\nओम प्रकाश\n"
        "प्रकाश ट्रेडर्स, कानपुर\nजय हिंद", "2025-09-25 10:00", "+05:30")
case("l21-devanagari-no-reason", LOB, "need_info", [f], missing=["reason"],
     spec="Section 8: an application-style letter that only restates the request (+ salutations, 'जय हिंद') has no reason: need_info reason.")

f = eml("l22-do-the-needful", "Ajay Thakur <ajay.thakur@thakurlogistics.in>", LOA, "Refund of quarterly plan",
        "Dear Sir,\n\nPlease refund quarterly plan amount of invoice LO-INV-81160. Kindly do the needful at the earliest "
        "and revert back.\n\nThanks & Regards\nAjay Thakur\nThakur Logistics | Shimla\n\nPlease consider the environment "
        "before printing this email.", "2025-09-24 10:00", "+05:30")
case("l22-do-the-needful", LOB, "need_info", [f], missing=["reason"],
     spec="Section 8: 'do the needful', 'revert back', signature and green footer are not reasons: need_info reason.")

m1 = "<CADeepa01@nairhomestays.in>"
a = eml("l23-thread-q", "Deepa Nair <deepa.nair@nairhomestays.in>", LOA, "LO-INV-81171",
        "Hi, please refund LO-INV-81171. Thanks, Deepa", "2025-09-22 09:00", "+05:30", msgid=m1)
b = eml("l23-thread-ask", LOA, "Deepa Nair <deepa.nair@nairhomestays.in>", "Re: LO-INV-81171 [LO-2601]",
        "Namaste Deepa ji,\n\nHumne samjha: aap LO-INV-81171 (monthly plan) ka refund chahti hain. Kripya refund ka "
        "kaaran bataiye.\n\nLeadsOptima Support Team", "2025-09-22 14:00", "+05:30",
        msgid="<lo-2601-ask@leadsoptima.com>", irt=m1)
c = eml("l23-thread-answer", "Deepa Nair <deepa.nair@nairhomestays.in>", LOA, "Re: LO-INV-81171 [LO-2601]",
        "Ek hi mahine ka paisa 2 minute ke gap mein do baar kat gaya tha na, 81170 aur 81171. Isliye.\n\n"
        "On Mon, 22 Sept 2025, 2:00 pm LeadsOptima Support, <support@leadsoptima.com> wrote:\n> Kripya refund ka kaaran bataiye.",
        "2025-09-29 08:00", "+05:30", irt="<lo-2601-ask@leadsoptima.com>", refs=f"{m1} <lo-2601-ask@leadsoptima.com>")
case("l23-thread-answer", LOB, "decided", [a, b, c], [refund("approve", "1499.00")],
     spec="C3 merge: reason (duplicate) arrives 09-29 (day 10), but the request time is the first email 09-22 (day 3): L4 approve 1499.00.")

f = eml("l24-hindi-ooo", "Karan Mehta <karan.mehta@mehtaimpex.in>", LOA, "स्वचालित उत्तर: Re: आपका रद्दीकरण अनुरोध",
        "नमस्ते, मैं 30 सितंबर तक छुट्टी पर हूँ। रिफंड या भुगतान संबंधी किसी भी काम के लिए कृपया accounts@mehtaimpex.in पर लिखें।\n"
        "Main 30 Sept tak chutti par hoon.", "2025-09-24 09:00", "+05:30",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
case("l24-hindi-ooo", LOB, "ignore", [f], rules=["C7"], spec="C7: Auto-Submitted auto-replied (Hindi out-of-office): ignore.")

f = eml("l25-hindi-newsletter", "Vyapar Samachar <nitin.jain@jainsteel.in>", LOA, "इस हफ़्ते: सब्सक्रिप्शन रद्द कैसे करें और रिफंड कैसे पाएँ",
        "व्यापार समाचार साप्ताहिक\n\n1. डबल चार्ज हुआ? ऐसे पाएँ रिफंड\n2. सॉफ्टवेयर सब्सक्रिप्शन कैसे रद्द करें\n\nअनसब्सक्राइब करें",
        "2025-09-21 07:00", "+05:30", headers=[("Precedence", "list"), ("List-Id", "<vyapar.jainsteel.in>")])
case("l25-hindi-newsletter", LOB, "ignore", [f], rules=["C7"],
     spec="C7: Precedence list + List-Id, from a customer's address, with refund/cancel words: ignore.")

f = eml("l26-plus-tag-c2", "Karan Mehta <karan.mehta+lo@mehtaimpex.in>", LOA, "plan cancel",
        "Hi, monthly plan cancel kar do, export orders kam ho gaye hain isliye zarurat nahi. Karan", "2025-09-20 10:00", "+05:30")
case("l26-plus-tag-c2", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8: karan.mehta+lo@ is not the registered karan.mehta@: C2.")

f = eml("l27-nri-us-cancel-no-refund", "Amit Saxena <amit.saxena@saxenaconsulting.com>", LOA, "Cancel - but no refund needed",
        "Hi team,\n\nNew Jersey se likh raha hoon. Monthly plan cancel kar dijiye, client ne India ka project band kar "
        "diya. Refund ki koi zarurat nahi, jo month chal raha hai woh use kar lunga.\n\nRegards,\nAmit", "2025-09-21 22:00", "-04:00")
case("l27-nri-us-cancel-no-refund", LOB, "decided", [f], [cancel("cancel", "2025-10-11")],
     spec="Negation 'refund ki koi zarurat nahi' + L8 cancel, current_period_end 2025-10-11.")

f = eml("l28-amount-in-words", "Bablu Singh <bablu.singh@singhkirana.in>", LOA, "paise do baar",
        "Sir ek hazaar chaar sau ninyanve rupaye plus GST do baar kat gaye 26 ko, ek hi mahine ka plan hai. dusra wala "
        "lo inv 81191 hai. kripya lauta dijiye.\nBablu Singh, Singh Kirana Store, Gaya", "2025-09-27 20:00", "+05:30")
case("l28-amount-in-words", LOB, "decided", [f], [refund("approve", "1499.00")],
     spec="Amount in Hindi words; L4 pair 81190/81191 (2025-09-26), request day 1: 1499.00 before tax.")

f = eml("l29-kolkata-past-event-cancel", "Rekha Bose <rekha.bose@bosehandloom.in>", LOA, "plan bondho korun / cancel",
        "Nomoshkar,\n\nPichhle saal aapne ek double charge ka refund diya tha, uske liye dhanyavaad. Is baar refund nahi "
        "maang rahi. Bas quarterly plan ko quarter ke end mein band kar dijiye, Pujo ke baad hum dukaan renovate kar rahe hain.\n\n"
        "Rekha Bose\nBose Handloom, Gariahat", "2025-09-26 12:00", "+05:30")
case("l29-kolkata-past-event-cancel", LOB, "decided", [f], [cancel("cancel", "2025-10-31")],
     spec="Past refund + negation add no refund intent; L8 cancel, current_period_end 2025-10-31.")

f = eml("l30-access-too-late", "Harish Negi <harish.negi@negiadventures.in>", LOA, "Login nahi ho raha 2 hafte se",
        "Namaskar, do hafte se login nahi ho raha, OTP hi nahi aata. 5 tareekh ka payment LO-INV-81210 hai, woh "
        "refund karo. Season ka time hai, bahut nuksaan ho gaya.\nHarish Negi, Rishikesh", "2025-09-20 09:00", "+05:30")
case("l30-access-too-late", LOB, "decided", [f], [refund("deny")],
     spec="L2 access_failure but charge 2025-09-05, request 09-20 (day 15): L3 deny.")

# ================================================================ Optima WebDesign cases
f = eml("o01-devanagari-deposit-32h", "श्री गणेश कैटरर्स <info@shreeganeshcaterers.in>", OWA, "अग्रिम राशि वापसी हेतु — Shree Ganesh Caterers",
        "आदरणीय ऑप्टिमा वेबडिज़ाइन टीम,\n\nहमने कल 'Shree Ganesh Caterers' वेबसाइट के लिए अग्रिम राशि (इनवॉइस OWD-2025-201) जमा की थी। "
        "परिवार में अचानक निधन होने के कारण हम अगले छह महीने कोई नया काम शुरू नहीं कर पाएँगे। काम अभी शुरू नहीं हुआ है, "
        "कृपया राशि लौटा दें।\n\nसादर,\nरमाकांत शर्मा\nश्री गणेश कैटरर्स, इंदौर", "2025-09-23 18:00", "+05:30")
case("o01-devanagari-deposit-32h", OWB, "decided", [f], [refund("approve", "20000.00")],
     spec="O2: deposit paid 2025-09-22 10:00, request 09-23 18:00 (32 h), no work: 20000.00 before tax (3600 GST kept, C6).")

f = eml("o02-nri-us-deposit-73h", "Jay Patel <jay@patelmotelgroup.com>", OWA, "Deposit refund - Patel Motel Group",
        "Hi Optima team,\n\nKem cho. Humne 15 Sept ko Patel Motel Group website ka deposit (OWD-2025-202) diya tha. Family "
        "meeting mein decide hua ki franchise website hi use karenge, toh apni site nahi banani. Abhi yahan Ohio mein "
        "17 tareekh ki raat hai, 72 ghante se pehle hi likh raha hoon. Refund kar dena please.\n\nJay Patel",
        "2025-09-18 00:30", "-04:00")
case("o02-nri-us-deposit-73h", OWB, "decided", [f], [refund("deny")],
     spec="O2: paid 2025-09-15 09:00 IST; email 2025-09-18 00:30 -04:00 = 2025-09-18 10:00 IST = 73 h (the sender's clock misleads him): deny.")

f = eml("o03-sg-deposit-71h59", "Desi Tadka <owner@desitadka.sg>", OWA, "Refund Request — Desi Tadka Singapore / OWD-2025-203",
        "Hello ji,\n\nLittle India mein humara restaurant wala lease cancel ho gaya, landlord ne building bech di. Isliye "
        "Desi Tadka Singapore ki website abhi nahi chahiye. Deposit OWD-2025-203 wapas kar dijiye please.\n\nRegards,\nHarpreet",
        "2025-09-23 20:29", "+08:00")
case("o03-sg-deposit-71h59", OWB, "decided", [f], [refund("approve", "18000.00")],
     spec="O2: paid 2025-09-20 18:00 IST; Singapore 09-23 20:29 +08:00 = 17:59 IST = 71 h 59 min, before 72 h and no work: 18000.00.")

f = eml("o04-banaras-discovery", "Banaras Silk House <contact@banarassilkhouse.in>", OWA, "strategy session refund",
        "Pranam,\n\nBanaras Silk House ke liye jo discovery/strategy session book kiya tha (OWD-2025-204), woh abhi hua nahi hai. "
        "Bade bhaiya ne bola pehle Diwali ka stock sambhalo, website baad mein. Isliye session cancel karke paisa lauta "
        "dijiye.\n\nVishal Agrawal", "2025-09-26 11:00", "+05:30")
case("o04-banaras-discovery", OWB, "decided", [f], [refund("approve", "7500.00")], extra_ok=True,
     spec="O1: discovery, work_started_at empty: full refund 7500.00.")

f = eml("o05-bhopal-discovery-held", "Bhopal Coaching Hub <admin@bhopalcoachinghub.in>", OWA, "discovery fee wapas",
        "Namaste, 15 tareekh ko pehla session hua tha lekin aapke consultant ko coaching business ki samajh hi nahi "
        "thi. Discovery fee OWD-2025-205 wapas chahiye Bhopal Coaching Hub ke liye.\nAdmin", "2025-09-20 10:00", "+05:30")
case("o05-bhopal-discovery-held", OWB, "decided", [f], [refund("deny")],
     spec="O1: session started 2025-09-15, before the request: deny.")

f = eml("o06-lucknow-milestone-paise", "Lucknow Chikan Emporium <sales@lucknowchikan.in>", OWA, "Milestone payment wapasi",
        "Adaab,\n\nHumne Lucknow Chikan Emporium ke e-commerce ka teesra milestone (OWD-2025-206, Rs 27,500.50 + GST) "
        "advance mein de diya tha. Ab payment gateway wala part hum Shopify pe le ja rahe hain, isliye yeh milestone "
        "shuru hi mat kijiye aur paisa lauta dijiye.\n\nShukriya,\nNawab Ahmed", "2025-09-24 12:00", "+05:30")
case("o06-lucknow-milestone-paise", OWB, "decided", [f], [refund("approve", "27500.50")],
     spec="O3: milestone not_started: refund its amount before tax, 27500.50 (paise kept, C6).")

f = eml("o07-goa-milestone-half", "Goa Beach Shacks <manager@goabeachshacks.in>", OWA, "milestone 2 refund?",
        "hey team, monsoon mein business dead hai. booking system wala milestone (OWD-2025-207) aapka dev bol raha hai "
        "aadha ho gaya. jo part bacha hai uska paisa wapas mil sakta hai kya? baaki rehne do. - Joel, Goa Beach Shacks",
        "2025-09-22 16:00", "+05:30")
case("o07-goa-milestone-half", OWB, "decided", [f], [refund("escalate")],
     spec="O3: milestone in_progress: escalate, no amount.")

f = eml("o08-surat-milestone-done", "Surat Diamond Traders <accounts@suratdiamondtraders.in>", OWA, "Refund milestone OWD-2025-208",
        "Kem cho,\n\nSurat Diamond Traders ki catalogue site ka milestone complete ho gaya, par design hamare seth ko "
        "pasand nahi aaya. Iska paisa wapas karo.\n\nAccounts Dept.", "2025-09-19 15:00", "+05:30")
case("o08-surat-milestone-done", OWB, "decided", [f], [refund("deny")],
     spec="O3/O6: completed milestone: deny.")

f = eml("o09-chandigarh-retainer-ok", "Dr. Harjeet Sodhi <dr.sodhi@chandigarhphysiocare.in>", OWA, "Retainer band karna hai",
        "Sat Sri Akal,\n\nChandigarh Physio Care ka monthly retainer (last invoice OWD-2025-209) agle cycle se band kar "
        "do ji. Clinic ka second branch Mohali wala band ho gaya hai, itna marketing ka kharcha nahi utha sakte.\n\n"
        "Dr. Harjeet Sodhi", "2025-09-28 10:00", "+05:30")
case("o09-chandigarh-retainer-ok", OWB, "decided", [f], [cancel("cancel", "2025-10-09")],
     spec="O4/O8: next_billing_at 2025-10-10, request 09-28 (on/before 10-03): cancel effective 2025-10-09.")

f = eml("o10-indore-retainer-late", "Indore Namkeen Co <owner@indorenamkeen.in>", OWA, "retainer cancel",
        "Namaste, Indore Namkeen Co ka SEO retainer (OWD-2025-210) cancel karna hai. Humne apna marketing ab "
        "bhaanje ko de diya hai. 5 October se pehle band kar dena.\n- Sharma ji", "2025-09-29 09:00", "+05:30")
case("o10-indore-retainer-late", OWB, "decided", [f], [cancel("cancel", "2025-11-04")],
     spec="O4: next_billing_at 2025-10-05, request 09-29 is after 09-28 (less than 7 days): next cycle 10-05..11-04 billed, effective 2025-11-04.")

f = eml("o11-nagpur-retainer-prepaid", "Nagpur Orange Exports <export@nagpurorangeexports.in>", OWA, "Retainer closure",
        "Dear Optima,\n\nNagpur Orange Exports ka retainer band karna hai kyunki hamara export licence renew nahi hua. "
        "September aur October dono ka payment advance mein ho chuka hai (OWD-2025-211, OWD-2025-212). Aage ka kya "
        "karna hai bataiye.\n\nRegards,\nExport Desk", "2025-09-15 11:00", "+05:30")
case("o11-nagpur-retainer-prepaid", OWB, "decided", [f], [cancel("escalate")], extra_ok=True,
     spec="Section 8: next cycle (October) already paid and >= 7 days' notice: the cancellation is escalated.")

f = eml("o12-kochi-hosting", "Kochi Houseboats <booking@kochihouseboats.in>", OWA, "Hosting cancel and refund",
        "Namaskaram,\n\nKochi Houseboats ki annual hosting (OWD-2025-213) 18 ko shuru hui thi. Tourism board ne free "
        "portal par listing de di hai, isliye alag hosting ki zarurat nahi. Hosting cancel karke jo banta hai woh refund "
        "kar dijiye.\n\nJoseph Kurian", "2025-09-25 10:00", "+05:30")
case("o12-kochi-hosting", OWB, "decided", [f], [refund("approve", "12375.00")], extra_ok=True,
     spec="O5: start 09-18, request 09-25 (day 7): 15000 - 1500 - 13500/12 (1125) = 12375.00.")

f = eml("o13-amritsar-maintenance-late", "Amritsar Dhaba <hello@amritsardhaba.in>", OWA, "maintenance plan refund",
        "Paaji, Amritsar Dhaba da annual maintenance plan OWD-2025-214 band karo te paise wapas karo, site te kuch update "
        "hi nahi hunda. Sanu nahi chahida.\nBalwinder", "2025-09-25 13:00", "+05:30")
case("o13-amritsar-maintenance-late", OWB, "decided", [f], [refund("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 09-25 (day 24 > 14): deny.")

f = eml("o14-mysore-hosting-rounding", "Mysore Sandal Crafts <info@mysoresandalcrafts.in>", OWA, "Refund Request — Mysore Sandal Crafts / OWD-2025-215",
        "Namaskara,\n\nWe took annual hosting on 20th but our Bengaluru distributor is giving us a free e-store with hosting. "
        "So please cancel hosting and refund balance as per your policy.\n\nDhanyavadagalu,\nManjunath", "2025-09-22 10:00", "+05:30")
case("o14-mysore-hosting-rounding", OWB, "decided", [f], [refund("approve", "9726.75")], extra_ok=True,
     spec="O5: 11111.00 - 500.00 - 10611/12 (884.25) = 9726.75, start 09-20, request day 2.")

f = eml("o15-patna-domain", "Patna Book Depot <contact@patnabookdepot.in>", OWA, "domain ka paisa",
        "Pranaam, aapne Patna Book Depot ke liye .in domain renew kiya (OWD-2025-216). Hum domain GoDaddy pe shift kar "
        "rahe hain jahan sasta hai. Iska refund kar dijiye.\nRajesh Kumar", "2025-09-24 10:00", "+05:30")
case("o15-patna-domain", OWB, "decided", [f], [refund("deny")], spec="O6: third_party (domain) never refundable: deny.")

f = eml("o16-ranchi-setup-fee", "रांची फिटनेस ज़ोन <owner@ranchifitnesszone.in>", OWA, "सेटअप शुल्क वापसी",
        "नमस्ते, Ranchi Fitness Zone के लिए जो सेटअप शुल्क (OWD-2025-217) लिया गया, वो हमें ज़्यादा लगा, दूसरी कंपनी मुफ्त "
        "सेटअप दे रही है। कृपया लौटा दें।\nविकास", "2025-09-25 10:00", "+05:30")
case("o16-ranchi-setup-fee", OWB, "decided", [f], [refund("deny")], spec="O6: setup fee never refundable: deny.")

f = eml("o17-jodhpur-gmail-c2", "Mohanlal <mohanlal.jodhpur@gmail.com>", OWA, "deposit wapas - Jodhpur Handicrafts",
        "Khamma ghani sa, Jodhpur Handicrafts ka deposit OWD-2025-218 kal diya tha, partner ne mana kar diya website ke "
        "liye. Contract wala email sales@jodhpurhandicrafts.in hai par woh beta chalata hai, main apne gmail se likh "
        "raha hoon. Paisa lauta do.\nMohanlal", "2025-09-30 09:00", "+05:30")
case("o17-jodhpur-gmail-c2", OWB, "need_info", [f], rules=["C2"],
     spec="C2: not sent from the contract email sales@jodhpurhandicrafts.in: ask for it from there, nothing about the project.")

f = eml("o18-nashik-cancel-no-reason", "नाशिक विनयार्ड्स <admin@nashikvineyards.in>", OWA, "रिटेनर रद्द करें - Nashik Vineyards / OWD-2025-219",
        "महोदय,\n\nकृपया Nashik Vineyards का मासिक रिटेनर (इनवॉइस OWD-2025-219) रद्द करें और पुष्टि भेजें।\n\nधन्यवाद\n"
        "प्रशासन विभाग\nनाशिक विनयार्ड्स", "2025-09-24 10:00", "+05:30")
case("o18-nashik-cancel-no-reason", OWB, "need_info", [f], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations; none given: need_info reason.")

f = eml("o19-agra-no-invoice", "Agra Marble Works <info@agramarbleworks.in>", OWA, "Agra Marble Works - paisa wapas",
        "Namaste, Agra Marble Works ki website ka kaam rok dijiye. GST raid ke baad accounts freeze ho gaye hain, abhi "
        "koi naya kharcha nahi kar sakte. Jo diya hai woh wapas kar dijiye.\nGupta ji", "2025-09-23 10:00", "+05:30")
case("o19-agra-no-invoice", OWB, "need_info", [f], missing=["invoice_number"],
     spec="C3: contract email, project and reason present; two payments on the project, none named: ask for the invoice/payment reference.")

f = eml("o20-kanpur-vakil", "Kanpur Leather Co <md@kanpurleatherco.in>", OWA, "अंतिम सूचना - Kanpur Leather Co",
        "Kanpur Leather Co का माइलस्टोन OWD-2025-222 का पैसा 10 दिन में वापस करें, काम शुरू ही नहीं हुआ और आपकी टीम फोन "
        "नहीं उठाती। वरना हमारे वकील के माध्यम से कानूनी नोटिस भेजा जाएगा।\n\nप्रबंध निदेशक", "2025-09-25 10:00", "+05:30")
case("o20-kanpur-vakil", OWB, "decided", [f], [refund("escalate")], rules=["C4"],
     spec="C4: lawyer / legal notice in Devanagari: escalate, though O3 alone would approve.")

m1 = "<CAUdaipur77@udaipurlakeresort.in>"
a = eml("o21-thread-q", "Udaipur Lake Resort GM <gm@udaipurlakeresort.in>", OWA, "Discovery session refund - Udaipur Lake Resort",
        "Namaste,\n\nUdaipur Lake Resort ke discovery session (OWD-2025-223) ka refund chahiye.\n\nRegards,\nGM, Udaipur Lake Resort",
        "2025-09-20 10:00", "+05:30", msgid=m1)
b = eml("o21-thread-ask", OWA, "gm@udaipurlakeresort.in", "Re: Discovery session refund - Udaipur Lake Resort [OWD-4410]",
        "Namaste,\n\nHumne samjha: Udaipur Lake Resort, OWD-2025-223 ka refund. Kripya refund ka kaaran bataiye.\n\n"
        "Billing & Refunds Desk — Optima WebDesign", "2025-09-20 15:00", "+05:30", msgid="<owd-4410-ask@optimawebdesign.com>", irt=m1)
c = eml("o21-thread-answer", "Udaipur Lake Resort GM <gm@udaipurlakeresort.in>", OWA, "RE: Discovery session refund - Udaipur Lake Resort [OWD-4410]",
        "Resort ka owner badal gaya hai, naya management apni agency laa raha hai. Isliye.\n\n"
        "From: Optima WebDesign Billing & Refunds\nSent: 20 September 2025 15:00\nSubject: Re: Discovery session refund\n\n"
        "Kripya refund ka kaaran bataiye.", "2025-09-22 10:00", "+05:30",
        irt="<owd-4410-ask@optimawebdesign.com>", refs=f"{m1} <owd-4410-ask@optimawebdesign.com>")
case("o21-thread-answer", OWB, "decided", [a, b, c], [refund("approve", "12000.00")],
     spec="C3 merge: reason arrives in the reply; O1 discovery with no work started: 12000.00.")

f = eml("o22-ticket-autoack", "Udaipur Lake Resort Helpdesk <gm@udaipurlakeresort.in>", OWA, "[Ticket #5521] आपका संदेश प्राप्त हुआ / refund",
        "यह एक स्वचालित संदेश है। आपका टिकट #5521 दर्ज कर लिया गया है। कृपया इस मेल का उत्तर न दें।\n"
        "Ye automatic mail hai, reply mat kijiye.", "2025-09-22 10:01", "+05:30",
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "junk")])
case("o22-ticket-autoack", OWB, "ignore", [f], rules=["C7"], spec="C7: Auto-Submitted auto-generated + Precedence junk: ignore.")

f = eml("o23-shimla-question", "Shimla Apple Farms <farm@shimlaapplefarms.in>", OWA, "site kab live hogi?",
        "Namaste ji, Shimla Apple Farms ki website kab tak live ho jayegi? Seb ka season khatam hone wala hai, online "
        "order lene hain. Koi refund ya cancel nahi chahiye, bas date bata do.\nThakur sahab", "2025-09-23 10:00", "+05:30")
case("o23-shimla-question", OWB, "other", [f], spec="Status question with explicit negation ('koi refund ya cancel nahi chahiye'): other.")

f = eml("o24-raipur-forward-c2", "Accounts Raipur Steel <accounts@raipursteeludyog.in>", OWA, "FW: retainer band karo",
        "Sir ka mail neeche hai, kripya action lein.\n\n________________________________\nFrom: CEO Raipur Steel Udyog "
        "<ceo@raipursteeludyog.in>\nSent: Friday, September 26, 2025 9:30 AM\nTo: Accounts <accounts@raipursteeludyog.in>\n"
        "Subject: retainer band karo\n\nOptima wala website retainer (OWD-2025-225) band karwa do, is saal budget kat gaya hai.",
        "2025-09-26 10:00", "+05:30")
case("o24-raipur-forward-c2", OWB, "need_info", [f], rules=["C2"],
     spec="Section 8 forward + C2: the forwarded cancellation is the CEO's (contract email ceo@), sent on by accounts@: ask for it from ceo@.")

write_all()
