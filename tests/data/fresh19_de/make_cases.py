"""Held-out round fresh19 (German): writes ledger.json, emails/*.eml and expected.json beside itself.

Stdlib only and deterministic. MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails"
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_SUPPORT = "LeadsOptima Support <support@leadsoptima.com>"
LO_BILLING = "billing@leadsoptima.com"
OWD_MAIN = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OWD_BILLING = "billing@optimawebdesign.com"


def T(y, mo, d, h, mi, off):
    """A date-time in the sender's own UTC offset (hours, may be fractional)."""
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


MSGS: dict[str, EmailMessage] = {}
OUT: dict[str, bytes] = {}


def mail(fname, frm, to, subject, body, date, *, html=False, reply=None, headers=None, cc=None, domain=None,
         via=None):
    """Build one email; ``reply`` is the file name of the message answered (thread headers); ``via`` is the
    Message-ID of our own reply in between that is quoted but not part of the case files (chk19b)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    host = domain or (frm.split("@")[-1].strip(">").strip() or "mail.example")
    msg["Message-ID"] = f"<{fname.replace('.eml', '')}.fresh19@{host}>"
    if reply:
        parent = MSGS[reply.replace("emails/", "")]
        refs = (parent.get("References", "") + " " + parent["Message-ID"] + (" " + via if via else "")).strip()
        msg["In-Reply-To"] = via or parent["Message-ID"]
        msg["References"] = refs
    for k, v in (headers or {}).items():
        msg[k] = v
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    MSGS[fname] = msg
    OUT[fname] = msg.as_bytes(policy=policy.SMTP)
    return "emails/" + fname


CASES: list[dict] = []


def case(cid, brand, status, files, spec, decisions=(), rules=(), missing=None, **kw):
    c = {"id": cid, "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    c.update(kw)
    c["spec"] = spec
    CASES.append(c)


def ref(amount):
    return {"intent": "refund", "outcome": "approve", "amount": amount}


def deny():
    return {"intent": "refund", "outcome": "deny", "amount": None}


def esc(intent="refund"):
    return {"intent": intent, "outcome": "escalate", "amount": None}


def cancel(eff):
    d = {"intent": "cancellation", "outcome": "cancel", "amount": None}
    if eff:
        d["effective_date"] = eff
    return d


def write(ledger):
    if EMAILS.exists():
        shutil.rmtree(EMAILS)
    EMAILS.mkdir()
    for name, data in sorted(OUT.items()):
        (EMAILS / name).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    for c in CASES:
        for f in c["files"]:
            assert (HERE / f).exists(), f
    print(f"{len(CASES)} cases, {len(OUT)} emails")

LANG = "de"
DE = 2  # CEST: Germany, Austria, Switzerland in September 2025

ledger = {"customers": [], "projects": [], "payments": []}
C, P, Y = ledger["customers"], ledger["projects"], ledger["payments"]
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

# ---------------------------------------------------------------- LeadsOptima ledger
C.append(cust("jonas.becker@web.de", "Jonas Becker", "monthly", start="2025-09-08", end="2025-10-07"))
Y.append(lopay("de_p01", "LO-INV-7101", "jonas.becker@web.de", "monthly", *M, "2025-09-08T11:20:00", "2025-09-08", "2025-10-07"))
Y.append(lopay("de_p02", "LO-INV-7102", "jonas.becker@web.de", "monthly", *M, "2025-09-08T11:21:00", "2025-09-08", "2025-10-07"))
C.append(cust("sabine.hofer@gmx.at", "Sabine Hofer", "quarterly", start="2025-09-02", end="2025-12-01"))
Y.append(lopay("de_p03", "LO-INV-7110", "sabine.hofer@gmx.at", "quarterly", *Q, "2025-09-02T08:00:00", "2025-09-02", "2025-12-01"))
Y.append(lopay("de_p04", "LO-INV-7111", "sabine.hofer@gmx.at", "quarterly", *Q, "2025-09-02T08:02:00", "2025-09-02", "2025-12-01"))
C.append(cust("lukas.meier@bluewin.ch", "Lukas Meier", "annual", start="2025-09-15", end="2026-09-14"))
Y.append(lopay("de_p05", "LO-INV-7120", "lukas.meier@bluewin.ch", "annual", *A, "2025-09-15T14:00:00", "2025-09-15", "2026-09-14"))
Y.append(lopay("de_p06", "LO-INV-7121", "lukas.meier@bluewin.ch", "annual", *A, "2025-09-15T14:05:00", "2025-09-15", "2026-09-14"))
C.append(cust("anna.schmitt@t-online.de", "Anna Schmitt", "monthly", start="2025-09-20", end="2025-10-19"))
for i, t in enumerate(["09:00", "09:01", "09:03"]):
    Y.append(lopay(f"de_p0{7 + i}", f"LO-INV-713{i}", "anna.schmitt@t-online.de", "monthly", *M, f"2025-09-20T{t}:00", "2025-09-20", "2025-10-19"))
C.append(cust("tobias.wagner@posteo.de", "Tobias Wagner", "monthly", start="2025-09-25", end="2025-10-24"))
Y.append(lopay("de_p10", "LO-INV-7140", "tobias.wagner@posteo.de", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"))
C.append(cust("claudia.neumann@gmx.de", "Claudia Neumann", "annual", start="2025-09-18", end="2026-09-17"))
Y.append(lopay("de_p11", "LO-INV-7150", "claudia.neumann@gmx.de", "annual", *A, "2025-09-18T07:30:00", "2025-09-18", "2026-09-17"))
C.append(cust("michael.huber@aon.at", "Michael Huber", "monthly", status="cancelled", start="2025-09-01", end="2025-09-30"))
Y.append(lopay("de_p12", "LO-INV-7160", "michael.huber@aon.at", "monthly", *M, "2025-09-01T06:00:00", "2025-09-01", "2025-09-30"))
C.append(cust("felix.roth@gmail.com", "Felix Roth", "quarterly", start="2025-09-24", end="2025-12-23"))
Y.append(lopay("de_p13", "LO-INV-7170", "felix.roth@gmail.com", "quarterly", *Q, "2025-09-24T12:00:00", "2025-09-24", "2025-12-23"))
C.append(cust("petra.klein@icloud.com", "Petra Klein", "monthly", start="2025-09-26", end="2025-10-25"))
Y.append(lopay("de_p14", "LO-INV-7180", "petra.klein@icloud.com", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"))
C.append(cust("stefan.braun@web.de", "Stefan Braun", "annual", start="2025-03-10", end="2026-03-09"))
Y.append(lopay("de_p15", "LO-INV-7190", "stefan.braun@web.de", "annual", *A, "2025-03-10T10:00:00", "2025-03-10", "2026-03-09"))
C.append(cust("laura.vogel@gmx.net", "Laura Vogel", "monthly", status="trial", trial_ends="2025-10-05"))
C.append(cust("markus.schulz@arcor.de", "Markus Schulz", "quarterly", start="2025-08-01", end="2025-10-31"))
Y.append(lopay("de_p16", "LO-INV-7200", "markus.schulz@arcor.de", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31"))
C.append(cust("julia.fischer@outlook.de", "Julia Fischer", "monthly"))
Y.append(lopay("de_p17", "LO-INV-7205", "julia.fischer@outlook.de", "monthly", *M, "2025-08-15T10:00:00", None, None))
Y.append(lopay("de_p18", "LO-INV-7210", "julia.fischer@outlook.de", "monthly", *M, "2025-09-14T20:45:00+00:00", None, None))
C.append(cust("buchhaltung@mueller-gmbh.de", "Müller GmbH", "monthly", start="2025-09-24", end="2025-10-23"))
Y.append(lopay("de_p19", "LO-INV-7220", "buchhaltung@mueller-gmbh.de", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"))
Y.append(lopay("de_p20", "LO-INV-7221", "buchhaltung@mueller-gmbh.de", "monthly", *M, "2025-09-24T10:01:00", "2025-09-24", "2025-10-23"))
C.append(cust("dr.lang@praxis-lang.de", "Dr. Eva Lang", "quarterly", start="2025-07-20", end="2025-10-19"))
Y.append(lopay("de_p21", "LO-INV-7230", "dr.lang@praxis-lang.de", "quarterly", *Q, "2025-07-20T10:00:00", "2025-07-20", "2025-10-19"))
C.append(cust("nina.berger@gmx.ch", "Nina Berger", "monthly", start="2025-09-19", end="2025-10-18"))
Y.append(lopay("de_p22", "LO-INV-7240", "nina.berger@gmx.ch", "monthly", *M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18"))
C.append(cust("ralf.zimmermann@freenet.de", "Ralf Zimmermann", "monthly", start="2025-09-05", end="2025-10-04"))
Y.append(lopay("de_p23", "LO-INV-7250", "ralf.zimmermann@freenet.de", "monthly", *M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"))
C.append(cust("monika.wolf@web.de", "Monika Wolf", "annual", start="2025-09-12", end="2026-09-11"))
Y.append(lopay("de_p24", "LO-INV-7260", "monika.wolf@web.de", "annual", *A, "2025-09-12T10:00:00", "2025-09-12", "2026-09-11"))
C.append(cust("thomas.keller@sunrise.ch", "Thomas Keller", "annual", start="2025-01-20", end="2026-01-19"))
Y.append(lopay("de_p25", "LO-INV-7270", "thomas.keller@sunrise.ch", "annual", *A, "2025-01-20T10:00:00", "2025-01-20", "2026-01-19"))
C.append(cust("uwe.hartmann@hartmann-consulting.de", "Uwe Hartmann", "monthly", start="2025-09-22", end="2025-10-21"))
Y.append(lopay("de_p26", "LO-INV-7280", "uwe.hartmann@hartmann-consulting.de", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"))
C.append(cust("karin.schneider@gmx.de", "Karin Schneider", "monthly", start="2025-09-17", end="2025-10-16"))
Y.append(lopay("de_p27", "LO-INV-7290", "karin.schneider@gmx.de", "monthly", *M, "2025-09-17T10:00:00", "2025-09-17", "2025-10-16"))
Y.append(lopay("de_p28", "LO-INV-7291", "karin.schneider@gmx.de", "monthly", *M, "2025-09-17T10:02:00", "2025-09-17", "2025-10-16"))
C.append(cust("ben.koch@mailbox.org", "Ben Koch", "quarterly", start="2025-09-23", end="2025-12-22"))
Y.append(lopay("de_p29", "LO-INV-7300", "ben.koch@mailbox.org", "quarterly", *Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22"))
C.append(cust("wolfgang.lehmann@gmx.de", "Wolfgang Lehmann", "monthly", start="2025-09-27", end="2025-10-26"))
Y.append(lopay("de_p30", "LO-INV-7310", "wolfgang.lehmann@gmx.de", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"))
Y.append(lopay("de_p31", "LO-INV-7311", "wolfgang.lehmann@gmx.de", "monthly", *M, "2025-09-27T10:01:00", "2025-09-27", "2025-10-26", status="refunded"))
C.append(cust("andrea.frank@firma-frank.de", "Andrea Frank", "annual", start="2025-06-01", end="2026-05-31"))
Y.append(lopay("de_p32", "LO-INV-7320", "andrea.frank@firma-frank.de", "annual", *A, "2025-06-01T10:00:00", "2025-06-01", "2026-05-31"))

# ---------------------------------------------------------------- Optima WebDesign ledger
def owd(pname, contract, started, *pays):
    P.append(proj(pname, contract, started))
    Y.extend(pays)

owd("Bäckerei Sonnenschein Relaunch", "info@baeckerei-sonnenschein.de", None,
    owpay("de_o01", "OWD-2025-101", "Bäckerei Sonnenschein Relaunch", "deposit", "25000.00", "4500.00", "2025-09-15T10:00:00"))
owd("Physio Alpenblick Website", "praxis@physio-alpenblick.at", None,
    owpay("de_o02", "OWD-2025-102", "Physio Alpenblick Website", "deposit", "18000.00", "3240.00", "2025-09-20T12:30:00"))
owd("Weingut Kessler Shop", "kontakt@weingut-kessler.de", "2025-09-25T10:00:00",
    owpay("de_o03", "OWD-2025-103", "Weingut Kessler Shop", "deposit", "30000.00", "5400.00", "2025-09-24T09:00:00"))
owd("Yoga Zeitraum Branding", "hallo@yoga-zeitraum.de", "2025-10-06T10:00:00",
    owpay("de_o04", "OWD-2025-104", "Yoga Zeitraum Branding", "discovery", "15000.00", "2700.00", "2025-09-10T11:00:00"))
owd("Steuerbüro Brandl Website", "office@stb-brandl.at", "2025-09-12T09:00:00",
    owpay("de_o05", "OWD-2025-105", "Steuerbüro Brandl Website", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00"))
owd("Autohaus Gruber Portal", "it@autohaus-gruber.de", "2025-07-01T10:00:00",
    owpay("de_o06", "OWD-2025-106", "Autohaus Gruber Portal", "milestone", "40000.00", "7200.00", "2025-08-20T10:00:00", milestone_status="not_started"),
    owpay("de_o07", "OWD-2025-107", "Autohaus Gruber Portal", "milestone", "35000.00", "6300.00", "2025-08-05T10:00:00", milestone_status="in_progress"),
    owpay("de_o08", "OWD-2025-108", "Autohaus Gruber Portal", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", milestone_status="approved"))
owd("Sanitär Müller SEO", "buero@sanitaer-mueller.de", "2025-05-12T10:00:00",
    owpay("de_o09", "OWD-2025-109", "Sanitär Müller SEO", "retainer", "12500.00", "2250.00", "2025-09-12T08:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00"))
owd("Kita Regenbogen Pflege", "leitung@kita-regenbogen.de", "2025-04-03T10:00:00",
    owpay("de_o10", "OWD-2025-110", "Kita Regenbogen Pflege", "retainer", "8000.00", "1440.00", "2025-09-03T08:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00"))
owd("Velowerkstatt Speichenglück Wartung", "info@speichenglueck.ch", "2025-03-06T10:00:00",
    owpay("de_o11", "OWD-2025-111", "Velowerkstatt Speichenglück Wartung", "retainer", "9500.00", "1710.00", "2025-09-06T08:00:00",
          period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00"))
owd("Hotel Seeblick Social Media", "marketing@hotel-seeblick.at", "2025-02-15T10:00:00",
    owpay("de_o12", "OWD-2025-112", "Hotel Seeblick Social Media", "retainer", "20000.00", "3600.00", "2025-09-15T08:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"),
    owpay("de_o13", "OWD-2025-113", "Hotel Seeblick Social Media", "retainer", "20000.00", "3600.00", "2025-09-15T08:05:00",
          period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15T00:00:00"))
owd("Tischlerei Holzwurm Hosting", "werkstatt@holzwurm-tischlerei.de", "2025-09-20T10:00:00",
    owpay("de_o14", "OWD-2025-114", "Tischlerei Holzwurm Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
          setup_fee="2400.00", service_start="2025-09-22"))
owd("Fahrschule Lenz Wartung", "info@fahrschule-lenz.de", "2025-09-05T10:00:00",
    owpay("de_o15", "OWD-2025-115", "Fahrschule Lenz Wartung", "maintenance_annual", "25000.00", "4500.00", "2025-09-05T10:00:00",
          setup_fee="1999.00", service_start="2025-09-05"))
owd("Café Kranz Hosting", "cafe@cafe-kranz.de", "2025-09-01T10:00:00",
    owpay("de_o16", "OWD-2025-116", "Café Kranz Hosting", "hosting_annual", "12000.00", "2160.00", "2025-08-30T10:00:00",
          setup_fee="1200.00", service_start="2025-09-01"))
owd("Praxis Dr. Sommer Hosting", "sommer@praxis-sommer.ch", None,
    owpay("de_o17", "OWD-2025-117", "Praxis Dr. Sommer Hosting", "hosting_annual", "10000.00", "1800.00", "2025-09-24T10:00:00",
          setup_fee="0.00", service_start="2025-10-10"))
owd("Blumen Haas Shop", "shop@blumen-haas.de", "2025-08-01T10:00:00",
    owpay("de_o18", "OWD-2025-118", "Blumen Haas Shop", "third_party", "1800.00", "324.00", "2025-09-25T10:00:00"),
    owpay("de_o19", "OWD-2025-119", "Blumen Haas Shop", "rush", "6000.00", "1080.00", "2025-09-26T10:00:00"))
owd("Elektro Vogt Relaunch", "info@elektro-vogt.de", None,
    owpay("de_o20", "OWD-2025-120", "Elektro Vogt Relaunch", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00"))
owd("Musikschule Klangwerk Website", "verwaltung@klangwerk-musik.de", "2025-01-10T10:00:00",
    owpay("de_o21", "OWD-2025-121", "Musikschule Klangwerk Website", "retainer", "6000.00", "1080.00", "2025-09-10T08:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00"))
owd("Brauerei Hopfenglück Shop", "bestellung@hopfenglueck.de", None,
    owpay("de_o22", "OWD-2025-122", "Brauerei Hopfenglück Shop", "deposit", "22000.00", "3960.00", "2025-09-29T09:00:00"))
owd("Immobilien Sturm Portal", "kontakt@sturm-immo.de", "2025-08-01T10:00:00",
    owpay("de_o23", "OWD-2025-123", "Immobilien Sturm Portal", "milestone", "50000.00", "9000.00", "2025-09-01T10:00:00", milestone_status="not_started"))
owd("Metzgerei Huber Website", "info@metzgerei-huber.at", None,
    owpay("de_o24", "OWD-2025-124", "Metzgerei Huber Website", "deposit", "15000.00", "2700.00", "2025-09-28T10:00:00", status="refunded"))
owd("Tanzschule Schwung Pflege", "studio@tanzschule-schwung.de", "2025-03-20T10:00:00",
    owpay("de_o25", "OWD-2025-125", "Tanzschule Schwung Pflege", "retainer", "7000.00", "1260.00", "2025-09-20T08:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00"))
owd("Zahnarztpraxis Kern Website", "praxis@zahnarzt-kern.de", "2025-08-10T10:00:00",
    owpay("de_o26", "OWD-2025-126", "Zahnarztpraxis Kern Website", "change_request", "4500.00", "810.00", "2025-09-22T10:00:00"))

# ================================================================ LeadsOptima cases
SIG_DISCLAIMER = """
Mit freundlichen Grüßen

Uwe Hartmann
Geschäftsführer
Hartmann Consulting GmbH | Königsallee 14 | 40212 Düsseldorf
Tel. +49 211 5550 1234
Amtsgericht Düsseldorf HRB 98765 | USt-IdNr. DE123456789

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der
richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den
Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
Mail ist nicht gestattet. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
"""

f = mail("l01-doppelt-abgebucht.eml", "Jonas Becker <jonas.becker@web.de>", LO_SUPPORT,
         "Doppelte Abbuchung September",
         """Hallo zusammen,

auf meiner Kreditkartenabrechnung sehe ich für den 8. September zwei Mal 1.768,82 ₹ von LeadsOptima,
im Abstand von einer Minute. Das Monatsabo hab ich aber natürlich nur einmal abgeschlossen.
Die zweite Rechnung hat die Nummer LO-INV-7102. Könnt ihr mir die bitte zurücküberweisen?

Vielen Dank & schöne Grüße aus Leipzig
Jonas
""", T(2025, 9, 11, 9, 14, DE))
case("de-l01-doppelt-abgebucht", LOB, "decided", [f],
     "L2 duplicate_payment, L4: two paid 1499.00 charges 2025-09-08 same period; email 2025-09-11 (day 3); refund the "
     "duplicate LO-INV-7102 = 1499.00 before tax (the 1.768,82 quoted includes tax, C6); plan from ledger.",
     [ref("1499.00")])

f = mail("l02-zweimal-tag8-zeitzone.eml", "Sabine Hofer <sabine.hofer@gmx.at>", LO_SUPPORT,
         "Zweimal abgebucht!! Quartalsabo",
         """Grüß Gott,

mir ist grad beim Durchschauen vom Konto aufgefallen dass Sie mir das Quartalsabo am 2.9. zweimal
abgebucht haben (LO-INV-7110 und LO-INV-7111). Bitte um Rücküberweisung vom doppelten Betrag.
Ich schreibe noch heute, damit ich in der 7-Tage-Frist bin!

Lg Sabine Hofer
Wien
""", T(2025, 9, 9, 23, 30, DE))
case("de-l02-zweimal-tag8-zeitzone", LOB, "decided", [f],
     "L3: charges 2025-09-02 IST; email Tue 2025-09-09 23:30 +02:00 = 2025-09-10 03:00 IST = day 8 in the brand's zone "
     "(day 7 in Vienna): deny citing the 7-day rule.",
     [deny()])

f = mail("l03-doppelt-belastet-tag7.eml", "Lukas Meier <lukas.meier@bluewin.ch>", LO_SUPPORT,
         "Jahresabo doppelt belastet",
         """Grüezi

Die Jahresgebühr wurde meiner Kreditkarte am 15.09. doppelt belastet, zweimal CHF-Gegenwert von
11'988 Rupien plus MWST. Die doppelte Rechnung ist LO-INV-7121. Ich bitte Sie höflich um
Rückerstattung der zweiten Belastung.

Freundliche Grüsse
Lukas Meier, Winterthur
""", T(2025, 9, 22, 20, 0, DE))
case("de-l03-doppelt-belastet-tag7", LOB, "decided", [f],
     "L3/L4: duplicate annual charges 2025-09-15; email 2025-09-22 20:00 +02:00 = 23:30 IST = day 7, inside; approve "
     "11988.00 (amount before tax, Swiss apostrophe thousands).",
     [ref("11988.00")])

f = mail("l04-dreimal.eml", "Anna Schmitt <anna.schmitt@t-online.de>", LO_BILLING,
         "3x abgebucht?!",
         """Guten Morgen,

ich glaub ich spinne – am 20.9. habt ihr mir das Monatsabo DREImal abgebucht, um 9:00, 9:01 und 9:03.
Rechnungen LO-INV-7130, LO-INV-7131 und LO-INV-7132. Einmal zahl ich gern, die anderen zwei
hätte ich bitte zurück.

Anna Schmitt
""", T(2025, 9, 23, 8, 5, DE))
case("de-l04-dreimal", LOB, "decided", [f],
     "Section 8 three identical charges: 2025-09-20 x3 same period; charges 2 and 3 are duplicates, both day 3 "
     "(inside L3): 2 x 1499.00 = 2998.00.",
     [ref("2998.00")])

f = mail("l05-doppelt-ledger-einmal.eml", "Tobias Wagner <tobias.wagner@posteo.de>", LO_SUPPORT,
         "Abbuchung doppelt laut Kontoauszug",
         """Moin,

laut meinem Kontoauszug ist die Abo-Gebühr vom 25.09. doppelt abgebucht worden (Rechnung
LO-INV-7140, Monatsabo). Bitte prüfen und den doppelten Betrag erstatten.

Gruß aus Kiel
Tobias
""", T(2025, 9, 26, 17, 40, DE))
case("de-l05-doppelt-ledger-einmal", LOB, "decided", [f],
     "L4: the customer says charged twice but the ledger has one paid charge (LO-INV-7140): no duplicate pair -> escalate.",
     [esc()])

f = mail("l06-jahresabo-statt-monat.eml", "Claudia Neumann <claudia.neumann@gmx.de>", LO_SUPPORT,
         "Falscher Tarif abgebucht",
         """<html><body><div style="font-family:Verdana">Sehr geehrte Damen und Herren,<br><br>
ich habe am 18.09. das <b>Monatsabo</b> gebucht, abgebucht wurden aber 11.988,00 ₹ zzgl. Steuer –
also das Jahresabo! Rechnung LO-INV-7150. Das ist ein Abrechnungsfehler, den ich bitte zu korrigieren
und den zu viel gezahlten Betrag zu erstatten.<br><br>
Mit freundlichen Grüßen<br>Claudia Neumann</div>
<div style="color:#999;font-size:10px">Gesendet mit GMX FreeMail</div></body></html>""",
         T(2025, 9, 19, 12, 3, DE), html=True)
case("de-l06-jahresabo-statt-monat", LOB, "decided", [f],
     "L2 billing_error (wrong plan charged), L5: charge 2025-09-18, email 2025-09-19 (day 1): escalate, no amount. HTML-only.",
     [esc()])

f = mail("l07-nach-kuendigung-tag15.eml", "Michael Huber <michael.huber@aon.at>", LO_SUPPORT,
         "Abbuchung trotz Kündigung",
         """Servus,

ich hab mein Monatsabo schon im August gekündigt und trotzdem habts ihr mir am 1. September
wieder abgebucht (LO-INV-7160). Des geht so ned. Bitte um Rückerstattung.

Michael Huber
Graz
""", T(2025, 9, 16, 10, 0, DE))
case("de-l07-nach-kuendigung-tag15", LOB, "decided", [f],
     "L2 billing_error (charged after cancelling) but L3: charge 2025-09-01, email 2025-09-16 = day 15 > 7: deny.",
     [deny()])

f = mail("l08-login-geht-nicht.eml", "Felix Roth <felix.roth@gmail.com>", LO_SUPPORT,
         "Login seit Mittwoch kaputt",
         """hi,
seit ich am mittwoch das quartalsabo bezahlt hab (LO-INV-7170) kann ich mich nicht einloggen, es kommt
nur "session expired" und dann wieder die login seite. passwort zurücksetzen hilft nix. ich will mein
geld zurück.
felix
""", T(2025, 9, 27, 22, 48, DE))
case("de-l08-login-geht-nicht", LOB, "decided", [f],
     "L2 access_failure, L6: charge 2025-09-24, email 2025-09-28 02:18 IST (day 4): escalate.",
     [esc()])

f = mail("l09-diktat-zu-teuer.eml", "Petra Klein <petra.klein@icloud.com>", LO_SUPPORT,
         "Erstattung",
         """hallo ich hab das abo am freitag abgeschlossen rechnung lo inv 7180 und jetzt gemerkt dass es
mir viel zu teuer ist und ich es eigentlich gar nicht brauche bitte das geld zurück danke petra

Von meinem iPhone gesendet""", T(2025, 9, 28, 19, 12, DE))
case("de-l09-diktat-zu-teuer", LOB, "decided", [f],
     "L1: too expensive / not needed is no exception reason: deny (cancellation offered), although inside 7 days. "
     "Invoice typed 'lo inv 7180' (section 8).",
     [deny()])

f = mail("l10-kuendigen-rest-erstatten.eml", "Stefan Braun <stefan.braun@web.de>", LO_SUPPORT,
         "Kündigung Jahresabo + anteilige Erstattung",
         """Hallo LeadsOptima-Team,

hiermit kündige ich mein Jahresabo. Wir haben das Projekt, für das wir die Leads gebraucht haben,
eingestellt. Da noch fast ein halbes Jahr übrig ist, bitte ich um anteilige Erstattung der restlichen
Monate (Rechnung LO-INV-7190).

Viele Grüße
Stefan Braun
""", T(2025, 9, 15, 14, 30, DE))
case("de-l10-kuendigen-rest-erstatten", LOB, "decided", [f],
     "L1/L8: no partial refunds for unused months (and L3: charge 2025-03-10): refund deny; cancel effective "
     "current_period_end 2026-03-09.",
     [deny(), cancel("2026-03-09")])

f = mail("l11-testphase.eml", "Laura Vogel <laura.vogel@gmx.net>", LO_SUPPORT,
         "Geld zurück bitte – bin nur in der Testphase",
         """Hallo,

auf meinem Kontoauszug steht eine Vormerkung "LEADSOPTIMA" – ich bin aber doch noch in der kostenlosen
Testphase?! Bitte erstatten Sie mir das Geld umgehend.

Danke, Laura
""", T(2025, 9, 29, 11, 0, DE))
case("de-l11-testphase", LOB, "decided", [f],
     "L7: the account is on a free trial (ledger status trial, no charges): refund deny, nothing is billed unless they subscribe.",
     [deny()])

f = mail("l12-kuendigung-foermlich.eml", "Markus Schulz <markus.schulz@arcor.de>", LO_SUPPORT,
         "Kündigung meines Abonnements – Kundenkonto markus.schulz@arcor.de",
         """Sehr geehrte Damen und Herren,

hiermit kündige ich mein Quartalsabonnement fristgerecht zum nächstmöglichen Zeitpunkt.
Bitte bestätigen Sie mir die Kündigung sowie das Datum, zu dem sie wirksam wird, schriftlich.

Mit freundlichen Grüßen

Markus Schulz
Hauptstraße 7
67433 Neustadt an der Weinstraße
""", T(2025, 9, 18, 8, 0, DE))
case("de-l12-kuendigung-foermlich", LOB, "decided", [f],
     "L8: cancel; active until current_period_end 2025-10-31. No reason given: asked for, not holding it up.",
     [cancel("2025-10-31")])

f = mail("l13-kuendigen-einzeiler.eml", "julia.fischer@outlook.de", LO_SUPPORT,
         "kündigen", "Abo kündigen. Danke\n", T(2025, 9, 25, 7, 2, DE))
case("de-l13-kuendigen-einzeiler", LOB, "decided", [f],
     "L8 fallback: no current period in the ledger; last charge 2025-09-14T20:45Z = 2025-09-15 02:15 IST, monthly: "
     "2025-09-15 + 1 month - 1 day = 2025-10-14. Plan from the ledger; missing reason does not hold it up.",
     [cancel("2025-10-14")])

f = mail("l14-privatadresse-c2.eml", "Klaus Müller <k.mueller1978@gmail.com>", LO_SUPPORT,
         "Doppelbuchung Müller GmbH",
         """Hallo,

ich schreibe von meiner privaten Adresse, weil ich grad unterwegs bin. Unser Firmenkonto läuft auf
buchhaltung@mueller-gmbh.de. Am 24.09. wurde das Monatsabo zweimal abgebucht (LO-INV-7221). Bitte
erstatten und mir kurz die Rechnungsdaten schicken.

Klaus Müller
""", T(2025, 9, 26, 16, 20, DE))
case("de-l14-privatadresse-c2", LOB, "need_info", [f],
     "C2: the request names the registered email buchhaltung@mueller-gmbh.de but comes from a gmail address: ask to "
     "write from the registered address, disclose nothing.",
     rules=["C2"])

f = mail("l15-wg-outlook-c2.eml", "Praxis Dr. Lang – Team <praxis-team@praxis-lang.de>", LO_SUPPORT,
         "WG: Kündigung LeadsOptima",
         """Sehr geehrte Damen und Herren,

anbei die Kündigung von Frau Dr. Lang mit der Bitte um Bearbeitung.

Freundliche Grüße
Melanie Ott (Praxismanagement)

-----Ursprüngliche Nachricht-----
Von: Dr. Eva Lang <dr.lang@praxis-lang.de>
Gesendet: Montag, 22. September 2025 18:04
An: Praxis Team <praxis-team@praxis-lang.de>
Betreff: Kündigung LeadsOptima

Liebe Melanie,
bitte kündige das LeadsOptima-Quartalsabo (Konto dr.lang@praxis-lang.de), wir nutzen es seit dem
Umzug nicht mehr.
Danke, E. L.
""", T(2025, 9, 23, 8, 45, DE))
case("de-l15-wg-outlook-c2", LOB, "need_info", [f],
     "Section 8 forwards + C2: the WG: carries a cancellation for account dr.lang@praxis-lang.de, sent by "
     "praxis-team@: ask for the request from the registered address.",
     rules=["C2"])

f = mail("l16-tb-weiterleitung-eigene.eml", "Nina Berger <nina.berger@gmx.ch>", LO_BILLING,
         "Fwd: Belastung nach Kündigung",
         """Ich leite euch das nochmals weiter, an info@ kam keine Antwort.

-------- Weitergeleitete Nachricht --------
Betreff: Belastung nach Kündigung
Datum: Sun, 21 Sep 2025 21:10:44 +0200
Von: Nina Berger <nina.berger@gmx.ch>
An: info@leadsoptima.com

Guten Abend

Ich habe das Monatsabo am 10. September gekündigt (Billing > Cancel Plan, Bestätigung habe ich als
Screenshot). Trotzdem wurde am 19.09. wieder belastet, Rechnung LO-INV-7240. Bitte um Prüfung und
Rückerstattung.

Nina Berger
""", T(2025, 9, 22, 9, 15, DE))
case("de-l16-tb-weiterleitung-eigene", LOB, "decided", [f],
     "Forward (Thunderbird wording) of the customer's own mail, from the registered address: billing_error "
     "(charged after cancelling), charge 2025-09-19, request 2025-09-22 (day 3): L5 escalate.",
     [esc()])

f = mail("l17-kuendigung-anwalt.eml", "Ralf Zimmermann <ralf.zimmermann@freenet.de>", LO_SUPPORT,
         "Kündigung und Rückzahlung – letzte Aufforderung",
         """Hallo,

ich kündige hiermit mein Monatsabo mit sofortiger Wirkung. Die Plattform hat mir in 3 Monaten keinen
einzigen brauchbaren Lead gebracht. Die Septembergebühr (LO-INV-7250) will ich zurück.
Sollte bis Freitag nichts passieren, lasse ich die Zahlung über meine Bank zurückbuchen und schalte
meinen Anwalt ein.

R. Zimmermann
""", T(2025, 9, 20, 13, 37, DE))
case("de-l17-kuendigung-anwalt", LOB, "decided", [f],
     "C4 covers the whole case (bank reversal + lawyer): refund and cancellation both escalate.",
     [esc(), esc("cancellation")], rules=["C4"])

f = mail("l18-verbraucherzentrale.eml", "Monika Wolf <monika.wolf@web.de>", LO_SUPPORT,
         "Erstattung Jahresbeitrag",
         """Guten Tag,

ich habe mich beim Jahresabo (LO-INV-7260) verklickt, ich wollte eigentlich nur einen Monat testen.
Das ist viel zu viel Geld für mich. Ich bitte um Erstattung. Ich habe mich bereits bei der
Verbraucherzentrale erkundigt, die sagen, ich habe als Verbraucherin ein Widerrufsrecht.

Monika Wolf
""", T(2025, 9, 14, 10, 10, DE))
case("de-l18-verbraucherzentrale", LOB, "decided", [f],
     "C4: consumer-protection body and statutory withdrawal right mentioned: escalate (no amount).",
     [esc()], rules=["C4"])

f = mail("l19-abwesenheit.eml", "Sabine Hofer <sabine.hofer@gmx.at>", LO_SUPPORT,
         "Abwesenheitsnotiz: Re: Ihre Anfrage [LO-3120]",
         """Vielen Dank für Ihre Nachricht. Ich bin bis 6. Oktober auf Urlaub und habe keinen Zugriff auf meine
E-Mails. In dringenden Fällen (z.B. Rückerstattung, Kündigung) wenden Sie sich bitte an office@hofer.at.
""", T(2025, 9, 24, 7, 0, DE), headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                                         "In-Reply-To": "<lo-3120.r1@leadsoptima.com>",
                                         "References": "<lo-3120.r1@leadsoptima.com>"})
case("de-l19-abwesenheit", LOB, "ignore", [f], "C7: Auto-Submitted: auto-replied (out of office).", rules=["C7"])

f = mail("l20-unzustellbar.eml", "Mail Delivery System <MAILER-DAEMON@mout.web.de>", LO_SUPPORT,
         "Unzustellbar: Ihre Rückerstattung [LO-3122]",
         """Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Die Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:

  jonas.becker@web.de
    Postfach voll / mailbox full (552 5.2.2)
""", T(2025, 9, 25, 3, 12, DE))
case("de-l20-unzustellbar", LOB, "ignore", [f], "C7: MAILER-DAEMON sender (bounce).", rules=["C7"])

f = mail("l21-newsletter.eml", "SaaS-Insider <newsletter@saas-insider.de>", "support@leadsoptima.com",
         "Kündigungen senken: 5 Tipps für Ihr Abo-Geschäft",
         """SaaS-Insider Newsletter 38/2025

Warum Kunden kündigen und Rückerstattungen verlangen – und wie Sie es verhindern.
...
Abmelden: https://saas-insider.de/abmelden
""", T(2025, 9, 18, 6, 0, DE), headers={"List-Id": "SaaS-Insider <news.saas-insider.de>",
                                         "Precedence": "list", "List-Unsubscribe": "<https://saas-insider.de/abmelden>"})
case("de-l21-newsletter", LOB, "ignore", [f], "C7: List-Id / Precedence: list.", rules=["C7"])

f = mail("l22-eigene-adresse.eml", "LeadsOptima <noreply@leadsoptima.com>", "billing@leadsoptima.com",
         "Zahlungsbestätigung / Erstattung veranlasst LO-INV-7311",
         "Ihre Erstattung über 1.499,00 INR wurde veranlasst.\n", T(2025, 9, 28, 4, 30, 5.5))
case("de-l22-eigene-adresse", LOB, "ignore", [f], "C7: from the brand's own address.", rules=["C7"])

f = mail("l23-vorab-frage.eml", "Hans-Peter Gerber <hp.gerber@bluewin.ch>", "info@leadsoptima.com",
         "Frage vor dem Kauf",
         """Guten Tag

Bevor ich das Jahresabo abschliesse: Angenommen, die Leads passen nicht zu unserer Branche – würde ich
dann eine Rückerstattung bekommen? Oder gibt es eine Testphase?

Besten Dank und freundliche Grüsse
H.-P. Gerber
""", T(2025, 9, 17, 15, 0, DE))
case("de-l23-vorab-frage", LOB, "other", [f],
     "Section 8 hypothetical before buying: a policy question, no request: other.")

f = mail("l24-danke-gutschrift.eml", "Anna Schmitt <anna.schmitt@t-online.de>", LO_BILLING,
         "Re: Erstattung [LO-3119]",
         """Hallo nochmal,

die Gutschrift ist heute auf meiner Karte angekommen. Vielen Dank für die schnelle Erledigung,
hätte ich ehrlich gesagt nicht erwartet :)

Anna
""", T(2025, 9, 30, 18, 22, DE), headers={"In-Reply-To": "<lo-3119.r2@leadsoptima.com>",
                                         "References": "<lo-3119.r1@leadsoptima.com> <lo-3119.r2@leadsoptima.com>"})
case("de-l24-danke-gutschrift", LOB, "other", [f],
     "Thank-you after a refund: no request: other (section 8 negative).")

f = mail("l25-rechnung-uid.eml", "Michael Huber <michael.huber@aon.at>", "billing@leadsoptima.com",
         "Rechnung mit UID-Nummer",
         """Hallo,

keine Sorge, ich will kein Geld zurück :) Ich bräuchte nur die Rechnung LO-INV-7160 nochmal mit
unserer UID-Nummer ATU12345678 drauf, fürs Finanzamt.

Danke, Michael Huber
""", T(2025, 9, 29, 9, 30, DE))
case("de-l25-rechnung-uid", LOB, "other", [f],
     "Invoice question that asks for nothing refundable; 'will kein Geld zurück' is a negation: other.")

f = mail("l26-kein-geld-nur-kuendigen.eml", "Thomas Keller <thomas.keller@sunrise.ch>", LO_SUPPORT,
         "Kündigung",
         """Hoi zäme

Ich möchte mein Jahresabo kündigen. Ich will KEIN Geld zurück, das Jahr läuft einfach aus, das passt
schon so. Wir stellen auf ein anderes CRM um.

Gruess Thomas
""", T(2025, 9, 19, 12, 0, DE))
case("de-l26-kein-geld-nur-kuendigen", LOB, "decided", [f],
     "Negation: no refund intent; L8 cancel effective current_period_end 2026-01-19.",
     [cancel("2026-01-19")])

f = mail("l27-signatur-disclaimer.eml", "Uwe Hartmann <uwe.hartmann@hartmann-consulting.de>", LO_SUPPORT,
         "Rückerstattung Rechnung LO-INV-7280",
         "Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie uns den Betrag der Rechnung LO-INV-7280 "
         "(1.499,00 INR zzgl. USt.) auf das ursprüngliche Zahlungsmittel.\n\nVielen Dank im Voraus.\n" + SIG_DISCLAIMER,
         T(2025, 9, 24, 11, 0, DE))
case("de-l27-signatur-disclaimer", LOB, "need_info", [f],
     "Section 8 what a reason is: restated request, courtesy line, signature and disclaimer are no reason; plan "
     "and registered email from the ledger/sender, invoice given: ask for the reason only.",
     missing=["reason"])

a = mail("l28a-ohne-grund.eml", "Karin Schneider <karin.schneider@gmx.de>", LO_SUPPORT,
         "Betrag zurückerstatten",
         """Hallo,
bitte den Betrag von Rechnung LO-INV-7291 zurückerstatten.
Gruß K. Schneider
""", T(2025, 9, 20, 10, 5, DE))
b = mail("l28b-rueckfrage.eml", LO_SUPPORT, "Karin Schneider <karin.schneider@gmx.de>",
         "Re: Betrag zurückerstatten [LO-3301]",
         """Guten Tag Frau Schneider,

danke für Ihre Nachricht zu LO-INV-7291. Damit wir Ihre Anfrage prüfen können, nennen Sie uns bitte
den Grund für die Erstattung.

LeadsOptima Support Team
""", T(2025, 9, 22, 11, 0, 5.5), reply=a, domain="leadsoptima.com")
c = mail("l28c-antwort-zweimal.eml", "Karin Schneider <karin.schneider@gmx.de>", LO_SUPPORT,
         "Re: Re: Betrag zurückerstatten [LO-3301]",
         """Sorry, dachte das sieht man: der Betrag wurde am 17.9. zweimal abgebucht, 7290 und 7291.

Am 22.09.2025 um 07:30 schrieb LeadsOptima Support <support@leadsoptima.com>:
> Guten Tag Frau Schneider,
> danke für Ihre Nachricht zu LO-INV-7291. Damit wir Ihre Anfrage prüfen können, nennen Sie uns bitte
> den Grund für die Erstattung.
""", T(2025, 9, 26, 8, 0, DE), reply=b)
case("de-l28-thread-grund-nachgereicht", LOB, "decided", [a, b, c],
     "C3 thread: first mail 2025-09-20 (day 3) lacked a reason; the answer of 2025-09-26 (day 9) says charged twice. "
     "Request time is the first mail: L4 approve the duplicate LO-INV-7291 = 1499.00.",
     [ref("1499.00")])

a = mail("l29a-ohne-grund.eml", "Ben Koch <ben.koch@mailbox.org>", LO_SUPPORT,
         "Rückzahlung Quartalsabo",
         """Hi LeadsOptima,

ich hätte gern die Quartalsgebühr vom 23.09. zurück, Rechnung LO INV 7300.

Danke im Voraus und beste Grüße
Ben
--
Ben Koch · Fotografie · Bremen
""", T(2025, 9, 24, 20, 0, DE))
b = mail("l29b-antwort-umentschieden.eml", "Ben Koch <ben.koch@mailbox.org>", LO_SUPPORT,
         "AW: Rückzahlung Quartalsabo [LO-3310]",
         """Hab mich halt umentschieden, ich brauche das Tool doch nicht, mache das wieder mit Excel.

Ben

-----Ursprüngliche Nachricht-----
Von: LeadsOptima Support <support@leadsoptima.com>
Gesendet: Donnerstag, 25. September 2025 09:10
An: Ben Koch <ben.koch@mailbox.org>
Betreff: Re: Rückzahlung Quartalsabo [LO-3310]

Bitte nennen Sie uns den Grund für Ihre Erstattungsanfrage.
""", T(2025, 9, 25, 12, 0, DE), reply=a, via="<lo-3310.r1@leadsoptima.com>")
case("de-l29-thread-umentschieden", LOB, "decided", [a, b],
     "C3 thread (Outlook AW: reply): the reason given is a change of mind: L1 deny.",
     [deny()])

f = mail("l30-hypothetisch-kunde.eml", "Felix Roth <felix.roth@gmail.com>", LO_SUPPORT,
         "Frage zum Planwechsel",
         """Hey, kurze Frage: wenn ich vom Quartals- auf das Jahresabo wechseln würde und das dann doch nicht
passt, gäbe es dann eine Erstattung? Will nur wissen woran ich bin, bevor ich umstelle.
Felix
""", T(2025, 9, 30, 14, 0, DE))
case("de-l30-hypothetisch-kunde", LOB, "other", [f],
     "Section 8 hypothetical ('wenn ... würde ... gäbe es'): policy question, nothing asked: other.")

f = mail("l31-duplikat-schon-erstattet.eml", "Wolfgang Lehmann <wolfgang.lehmann@gmx.de>", LO_SUPPORT,
         "doppelte Zahlung 27.09.",
         """Guten Tag,

Sie haben am 27.09. zwei Mal 1.499 Rupien (+ Steuer) abgebucht, die zweite Zahlung LO-INV-7311 bitte
zurück.

MfG W. Lehmann
""", T(2025, 9, 29, 8, 30, DE))
case("de-l31-duplikat-schon-erstattet", LOB, "decided", [f],
     "Section 8 payments not paid: the duplicate LO-INV-7311 is already 'refunded' in the ledger: escalate, no amount.",
     [esc()])

f = mail("l32-bcc-delivered-to.eml", "Andrea Frank <andrea.frank@firma-frank.de>",
         "Steuerberatung Ott <kanzlei-ott@example.de>", "Kündigung LeadsOptima zur Info",
         """Hallo Herr Ott,

zur Info für die Buchhaltung: ich kündige hiermit (LeadsOptima in BCC) unser LeadsOptima-Jahresabo,
wir brauchen es nicht mehr. Die letzte Rechnung war LO-INV-7320.

LeadsOptima: bitte die Kündigung bestätigen.

Andrea Frank
""", T(2025, 9, 16, 9, 0, DE), headers={"Delivered-To": "billing@leadsoptima.com"})
case("de-l32-bcc-delivered-to", LOB, "decided", [f],
     "C1 via Delivered-To (LeadsOptima only in Bcc): L8 cancel effective 2026-05-31.",
     [cancel("2026-05-31")])

f = mail("l33-plus-adresse.eml", "Sabine Hofer <sabine.hofer+leads@gmx.at>", LO_SUPPORT,
         "Kündigung Quartalsabo",
         """Hallo,
bitte das Quartalsabo kündigen, mein Konto läuft auf sabine.hofer@gmx.at. Wir machen das Geschäft zu.
LG Sabine
""", T(2025, 9, 27, 9, 0, DE))
case("de-l33-plus-adresse", LOB, "need_info", [f],
     "Section 8 addresses: sabine.hofer+leads@ is another address than the registered sabine.hofer@gmx.at she names: C2.",
     rules=["C2"])

f = mail("l34-reply-to.eml", "Jonas Becker <jonas.becker.privat@gmail.com>", LO_SUPPORT,
         "Abo kündigen",
         """Hallo,
bitte mein Monatsabo kündigen, ich wechsle den Job.
Jonas Becker (Konto: jonas.becker@web.de)
""", T(2025, 9, 30, 21, 0, DE), headers={"Reply-To": "jonas.becker@web.de"})
case("de-l34-reply-to", LOB, "need_info", [f],
     "Section 8: Reply-To never verifies; the From gmail address differs from the named registered address: C2.",
     rules=["C2"])

# ================================================================ Optima WebDesign cases
f = mail("o01-anzahlung-55h.eml", "Bäckerei Sonnenschein <info@baeckerei-sonnenschein.de>", OWD_MAIN,
         "Refund Request — Bäckerei Sonnenschein Relaunch / OWD-2025-101",
         """<html><body><p>Liebes Optima-Team,</p>
<p>leider müssen wir den Relaunch absagen: unser Gesellschafter hat entschieden, dass die Website über
die Agentur unserer Franchise-Zentrale laufen muss. Bitte erstatten Sie uns die Anzahlung
(Rechnung OWD-2025-101, 25.000 ₹ netto + 4.500 ₹ GST).</p>
<p>Herzliche Grüße aus Freiburg<br>Familie Sonnenschein</p></body></html>""",
         T(2025, 9, 17, 14, 0, DE), html=True)
case("de-o01-anzahlung-55h", OWB, "decided", [f],
     "O2: deposit paid 2025-09-15 10:00 IST, email 2025-09-17 14:00 +02:00 = 17:30 IST (55.5 h), no work started: "
     "approve 25000.00 (tax not refunded, C6).",
     [ref("25000.00")])

f = mail("o02-anzahlung-genau-72h.eml", "Physio Alpenblick <praxis@physio-alpenblick.at>", OWD_BILLING,
         "Storno Anzahlung Physio Alpenblick Website",
         """Sehr geehrte Damen und Herren,

wir haben uns entschieden, die Website doch mit unserem Neffen umzusetzen (ja, wirklich...). Bitte
stornieren Sie die Anzahlung OWD-2025-102 für das Projekt Physio Alpenblick Website und überweisen Sie
den Betrag zurück. Es wurde noch nichts gemacht.

Mit freundlichen Grüßen
Mag. Theresa Pichler
""", T(2025, 9, 23, 9, 0, DE))
case("de-o02-anzahlung-genau-72h", OWB, "decided", [f],
     "O2 + section 8: paid 2025-09-20 12:30 IST; email 2025-09-23 09:00 +02:00 = 12:30 IST = exactly 72 h: not "
     "before 72 h: deny.",
     [deny()])

f = mail("o03-anzahlung-arbeit-begonnen.eml", "Weingut Kessler <kontakt@weingut-kessler.de>", OWD_MAIN,
         "Anzahlung zurück – Weingut Kessler Shop",
         """Hallo,

wir ziehen den Auftrag für den Weingut Kessler Shop zurück, die Weinlese frisst gerade alle Zeit und
Budget. Bitte Anzahlung OWD-2025-103 erstatten, wir sind ja noch innerhalb von 72 Stunden.

Viele Grüße von der Mosel
Jan Kessler
""", T(2025, 9, 26, 10, 0, DE))
case("de-o03-anzahlung-arbeit-begonnen", OWB, "decided", [f],
     "O2: within 72 h (52.5 h) but work started 2025-09-25 10:00 IST, before the request: deny (whichever first).",
     [deny()])

f = mail("o04-discovery-nicht-begonnen.eml", "Yoga Zeitraum <hallo@yoga-zeitraum.de>", OWD_MAIN,
         "Strategie-Workshop absagen (Yoga Zeitraum Branding)",
         """Hallo ihr Lieben,

leider muss ich den Strategie-Workshop für Yoga Zeitraum Branding absagen – ich bin schwanger und
mache das Studio erstmal ein Jahr zu. Der Workshop wäre ja erst am 6. Oktober gewesen. Könnt ihr mir
die Rechnung OWD-2025-104 erstatten?

Namasté & danke
Lea
""", T(2025, 9, 22, 16, 0, DE))
case("de-o04-discovery-nicht-begonnen", OWB, "decided", [f],
     "O1: discovery, work_started_at 2025-10-06 is after the request (2025-09-22): full refund 15000.00.",
     [ref("15000.00")])

f = mail("o05-discovery-begonnen.eml", "Steuerbüro Brandl <office@stb-brandl.at>", OWD_BILLING,
         "Rückforderung Discovery-Gebühr",
         """Sehr geehrte Damen und Herren,

betreffend Projekt "Steuerbüro Brandl Website", Rechnung OWD-2025-105: das Kick-off-Gespräch am 12.9.
hat uns leider gezeigt, dass die Vorstellungen zu weit auseinander liegen. Wir ersuchen um Rückerstattung
der Discovery-Gebühr.

Mit freundlichen Grüßen
Mag. Brandl
""", T(2025, 9, 18, 10, 0, DE))
case("de-o05-discovery-begonnen", OWB, "decided", [f],
     "O1: discovery session started 2025-09-12, before the request: deny.",
     [deny()])

for fn, cid, inv, label, what, outcome, spec in [
        ("o06-meilenstein-offen.eml", "de-o06-meilenstein-offen", "OWD-2025-106", "Meilenstein 3 (Händlerbereich)",
         "Mit dem Händlerbereich habt ihr ja noch gar nicht angefangen.", ref("40000.00"),
         "O3: milestone not_started: refund its amount before tax 40000.00."),
        ("o07-meilenstein-laufend.eml", "de-o07-meilenstein-laufend", "OWD-2025-107", "Meilenstein 2 (Fahrzeugsuche)",
         "Die Fahrzeugsuche ist halb fertig, den Rest brauchen wir nicht mehr.", esc(),
         "O3: milestone in_progress: escalate (billable value of work not started needs a person)."),
        ("o08-meilenstein-abgenommen.eml", "de-o08-meilenstein-abgenommen", "OWD-2025-108", "Meilenstein 1 (Design)",
         "Das Design gefällt dem neuen Geschäftsführer im Nachhinein doch nicht.", deny(),
         "O3/O6: milestone approved: deny.")]:
    f = mail(fn, "IT Autohaus Gruber <it@autohaus-gruber.de>", OWD_MAIN,
             f"Autohaus Gruber Portal – Erstattung {label}",
             f"""Servus Optima,

wir haben intern umstrukturiert und das Portal wird kleiner. {what}
Bitte {label} erstatten, Rechnung {inv}.

Gruß
Florian Gruber
IT / Autohaus Gruber GmbH & Co. KG, Rosenheim
""", T(2025, 9, 24, 11, 0, DE))
    case(cid, OWB, "decided", [f], spec, [outcome])

f = mail("o09-retainer-fristgerecht.eml", "Sanitär Müller <buero@sanitaer-mueller.de>", OWD_MAIN,
         "Kündigung SEO-Betreuung",
         """Guten Tag,

wir kündigen die SEO-Betreuung (Projekt Sanitär Müller SEO, letzte Rechnung OWD-2025-109) zum Ende der
laufenden Periode. Grund: wir sind für die nächsten Monate komplett ausgebucht und brauchen gerade keine
neuen Kunden über Google.

Freundliche Grüße
Heike Müller, Büro
""", T(2025, 9, 29, 8, 0, DE))
case("de-o09-retainer-fristgerecht", OWB, "decided", [f],
     "O4/O8: next_billing_at 2025-10-12; request 2025-09-29 <= 2025-10-05 (7 days' notice): cancel effective 2025-10-11.",
     [cancel("2025-10-11")])

f = mail("o10-retainer-zu-spaet.eml", "Kita Regenbogen <leitung@kita-regenbogen.de>", OWD_BILLING,
         "Kündigung Webseitenpflege Kita Regenbogen",
         """Hallo,

der Träger hat entschieden, dass alle Kitas ab Oktober über die zentrale Website laufen. Daher kündigen wir
die Pflege "Kita Regenbogen Pflege" (Rechnung OWD-2025-110).

Liebe Grüße
Sandra Weiß, Kitaleitung
""", T(2025, 9, 28, 10, 0, DE))
case("de-o10-retainer-zu-spaet", OWB, "decided", [f],
     "O4: next_billing_at 2025-10-03; request 2025-09-28 > 2025-09-26: under 7 days' notice, next cycle "
     "2025-10-03..2025-11-02 is billed: cancel effective 2025-11-02.",
     [cancel("2025-11-02")])

f = mail("o11-retainer-grenze-zeitzone.eml", "Velowerkstatt Speichenglück <info@speichenglueck.ch>", OWD_MAIN,
         "Kündigung Wartungsvertrag",
         """Grüezi mitenand

Wir kündigen den Wartungsvertrag für "Velowerkstatt Speichenglück Wartung" (OWD-2025-111), da wir den
Laden per Ende Jahr an einen Nachfolger übergeben und dieser eine eigene Lösung hat. Bitte per
nächstmöglichem Termin.

Merci und en schöne Abig
Reto Speich
""", T(2025, 9, 29, 22, 0, DE))
case("de-o11-retainer-grenze-zeitzone", OWB, "decided", [f],
     "O4: next_billing_at 2025-10-06 needs a request on/before 2025-09-29 IST; sent 2025-09-29 22:00 +02:00 = "
     "2025-09-30 01:30 IST: too late, next cycle 2025-10-06..2025-11-05 billed: effective 2025-11-05.",
     [cancel("2025-11-05")])

f = mail("o12-retainer-vorausbezahlt.eml", "Hotel Seeblick Marketing <marketing@hotel-seeblick.at>", OWD_MAIN,
         "Kündigung Social-Media-Betreuung Hotel Seeblick",
         """Sehr geehrtes Optima-Team,

nach der Übernahme durch eine Hotelgruppe wird das Social-Media-Marketing zentral gemacht. Wir kündigen
daher die Betreuung "Hotel Seeblick Social Media". Wir haben im September zwei Monate im Voraus bezahlt
(OWD-2025-112 und OWD-2025-113).

Mit freundlichen Grüßen
Katharina Steiner
""", T(2025, 9, 25, 9, 0, DE))
case("de-o12-retainer-vorausbezahlt", OWB, "decided", [f],
     "Section 8 retainer paid in advance: next cycle 2025-10-15..11-14 already paid (OWD-2025-113), notice >= 7 days "
     "(2025-09-25 <= 2025-10-08): escalate.",
     [esc("cancellation")], extra_ok=True)

f = mail("o13-hosting-14-tage.eml", "Tischlerei Holzwurm <werkstatt@holzwurm-tischlerei.de>", OWD_MAIN,
         "Hosting kündigen + Erstattung",
         """Hallo Optima,

wir kündigen das Jahreshosting (Tischlerei Holzwurm Hosting, Rechnung OWD-2025-114). Unser Sohn hat
jetzt doch einen eigenen Server im Keller aufgesetzt. Bitte den anteiligen Betrag erstatten, wir
sind ja noch in den ersten 14 Tagen.

Grüße aus dem Allgäu
Sepp Holzer
""", T(2025, 9, 30, 7, 30, DE))
case("de-o13-hosting-14-tage", OWB, "decided", [f],
     "O5: hosting_annual 18000.00, setup 2400.00, service_start 2025-09-22, request 2025-09-30 (day 8): "
     "monthly (18000-2400)/12 = 1300.00; refund 18000 - 2400 - 1300 x 1 = 14300.00.",
     [ref("14300.00")], extra_ok=True)

f = mail("o14-wartung-tag14.eml", "Fahrschule Lenz <info@fahrschule-lenz.de>", OWD_MAIN,
         "Fwd: Wartungsvertrag",
         """Siehe unten – bitte noch heute bearbeiten!

---------- Weitergeleitete Nachricht ---------
Von: Fahrschule Lenz <info@fahrschule-lenz.de>
Date: Fr., 19. Sept. 2025 um 17:55 Uhr
Subject: Wartungsvertrag
To: <support@optima-webdesign.de>

Hallo,
wir stornieren den Jahreswartungsvertrag "Fahrschule Lenz Wartung" (Rechnung OWD-2025-115) und bitten
um anteilige Erstattung. Wir schließen die Fahrschule zum Jahresende, der Vertrag lohnt sich nicht mehr.
Gruß Lenz
""", T(2025, 9, 19, 18, 0, DE))
case("de-o14-wartung-tag14", OWB, "decided", [f],
     "O5, day 14 inside: service_start 2025-09-05, forward sent 2025-09-19 18:00 +02:00 = 21:30 IST (day 14). "
     "(25000-1999)/12 = 1916.75; 25000 - 1999 - 1916.75 = 21084.25.",
     [ref("21084.25")], extra_ok=True)

f = mail("o15-hosting-tag15.eml", "Café Kranz <cafe@cafe-kranz.de>", OWD_MAIN,
         "Hosting Café Kranz – Rückerstattung",
         """Hallo,

bitte Hosting "Café Kranz Hosting" stornieren und erstatten (OWD-2025-116, 12.000 ₹). Die Seite lädt
bei uns im Café total langsam, so macht das keinen Sinn.

Danke
Irene Kranz
""", T(2025, 9, 16, 9, 0, DE))
case("de-o15-hosting-tag15", OWB, "decided", [f],
     "O5: service_start 2025-09-01, request 2025-09-16 = day 15 > 14: refund deny.",
     [deny()], extra_ok=True)

f = mail("o16-hosting-vor-start.eml", "Praxis Dr. Sommer <sommer@praxis-sommer.ch>", OWD_BILLING,
         "Hosting noch nicht gestartet – bitte zurückerstatten",
         """Guten Tag

Wir haben am 24.9. das Jahreshosting für «Praxis Dr. Sommer Hosting» bezahlt (OWD-2025-117), Start wäre
erst am 10. Oktober. Nun hat das Spital, an das wir angegliedert sind, entschieden, dass wir auf deren
Plattform wechseln. Bitte Rückerstattung und Kündigung.

Freundliche Grüsse
Dr. med. A. Sommer
""", T(2025, 9, 25, 14, 0, DE))
case("de-o16-hosting-vor-start", OWB, "decided", [f],
     "O5 before service start (section 8: consumed_months = 1): 10000.00 - 0 - 10000/12 = 9166.666.. -> 9166.67 "
     "(rounded once at the end, C6).",
     [ref("9166.67")], extra_ok=True)

f = mail("o17-domain.eml", "Blumen Haas <shop@blumen-haas.de>", OWD_MAIN,
         "Domain-Gebühr zurück?",
         """hallo, ihr habt uns am 25.9. 1.800 ₹ für die Domain blumen-haas.shop berechnet (OWD-2025-118,
Projekt Blumen Haas Shop). Die brauchen wir nicht, wir haben schon blumenhaas.de. Bitte zurückzahlen.
Grüße Haas
""", T(2025, 9, 26, 10, 0, DE))
case("de-o17-domain", OWB, "decided", [f],
     "O6: third_party (domain): never refundable: deny.", [deny()])

f = mail("o18-expresszuschlag.eml", "Blumen Haas <shop@blumen-haas.de>", OWD_MAIN,
         "Expresszuschlag OWD-2025-119",
         """Hallo nochmal,

und den Expresszuschlag (OWD-2025-119) für den Blumen Haas Shop hätten wir auch gern zurück – der Shop
war am Ende gar nicht schneller fertig als geplant, der Aufpreis war also für die Katz.

Grüße Haas
""", T(2025, 9, 27, 11, 0, DE))
case("de-o18-expresszuschlag", OWB, "decided", [f], "O6: rush fee: deny.", [deny()])

f = mail("o19-aenderungswunsch.eml", "Zahnarztpraxis Kern <praxis@zahnarzt-kern.de>", OWD_BILLING,
         "Rechnung OWD-2025-126 Änderungswunsch",
         """Sehr geehrte Damen und Herren,

für die Zusatzseite "Implantologie" (Änderungsauftrag, Projekt Zahnarztpraxis Kern Website) haben wir
4.500 ₹ bezahlt. Die Seite wurde inzwischen wieder entfernt, weil Dr. Kern diese Leistung nicht mehr
anbietet. Bitte erstatten Sie den Betrag.

Mit freundlichen Grüßen
Praxisteam Dr. Kern
""", T(2025, 9, 26, 15, 0, DE))
case("de-o19-aenderungswunsch", OWB, "decided", [f], "O6: change_request: deny.", [deny()])

f = mail("o20-c2-privat.eml", "Martin Vogt <martin.vogt85@gmail.com>", OWD_MAIN,
         "Anzahlung Elektro Vogt",
         """Hallo,

bitte die Anzahlung OWD-2025-120 für Elektro Vogt Relaunch zurück, wir verschieben das Projekt auf
nächstes Jahr, die Auftragslage ist zu dünn. Schreib vom Handy, die Firmenmail ist info@elektro-vogt.de.

Martin Vogt
""", T(2025, 9, 27, 18, 0, DE))
case("de-o20-c2-privat", OWB, "need_info", [f],
     "C2 (explicit for Optima): not from the contract email info@elektro-vogt.de: ask to write from it, disclose nothing.",
     rules=["C2"])

f = mail("o21-kuendigung-ohne-grund.eml", "Musikschule Klangwerk <verwaltung@klangwerk-musik.de>", OWD_MAIN,
         "Kündigung Wartungsvertrag Musikschule Klangwerk Website",
         """Sehr geehrte Damen und Herren,

hiermit kündigen wir den Wartungsvertrag für das Projekt Musikschule Klangwerk Website (Rechnung
OWD-2025-121) zum nächstmöglichen Termin. Bitte bestätigen Sie den Eingang dieser Kündigung.

Mit freundlichen Grüßen
i. A. Brigitte Sauer
Verwaltung

Musikschule Klangwerk e.V. · Vereinsregister VR 1234 · Gemeinnützig anerkannt
""", T(2025, 9, 22, 9, 0, DE))
case("de-o21-kuendigung-ohne-grund", OWB, "need_info", [f],
     "Section 8: Optima requires a reason for cancellations too; none given (formal phrases, signature): ask for reason.",
     missing=["reason"])

f = mail("o22-wg-siehe-unten.eml", "Brauerei Hopfenglück <bestellung@hopfenglueck.de>", OWD_MAIN,
         "WG: Erstattung Anzahlung",
         """Siehe unten. Bitte um Erledigung.

-----Ursprüngliche Nachricht-----
Von: Brauerei Hopfenglück <bestellung@hopfenglueck.de>
Gesendet: Montag, 29. September 2025 09:30
An: office@optima-webdesign.de
Betreff: Erstattung Anzahlung

Sehr geehrte Damen und Herren,
wir bitten um Erstattung der Anzahlung OWD-2025-122 für das Projekt Brauerei Hopfenglück Shop.
Mit freundlichen Grüßen
Brauerei Hopfenglück
""", T(2025, 9, 29, 11, 0, DE))
case("de-o22-wg-siehe-unten", OWB, "need_info", [f],
     "Forward from the contract address of its own mail (sent to a wrong address); 'Siehe unten. Bitte um "
     "Erledigung.' and the restated request are no reason: ask for it.",
     missing=["reason"])

f = mail("o23-rechtsanwalt.eml", "Immobilien Sturm <kontakt@sturm-immo.de>", OWD_MAIN,
         "Meilenstein Immobilien Sturm Portal – Fristsetzung",
         """Sehr geehrte Damen und Herren,

der Meilenstein OWD-2025-123 (Immobilien Sturm Portal) wurde bis heute nicht begonnen, obwohl er seit
1. September bezahlt ist. Wir treten von diesem Teil zurück und fordern die Rückzahlung bis 10.10.2025.
Andernfalls wird sich unser Rechtsanwalt bei Ihnen melden.

Mit freundlichen Grüßen
Dr. Gerd Sturm
""", T(2025, 9, 23, 10, 0, DE))
case("de-o23-rechtsanwalt", OWB, "decided", [f],
     "C4: lawyer threat escalates even though O3 (not_started) would approve.",
     [esc()], rules=["C4"])

f = mail("o24-bereits-erstattet.eml", "Metzgerei Huber <info@metzgerei-huber.at>", OWD_MAIN,
         "Anzahlung Metzgerei Huber Website zurück",
         """Griaß Eana,

mia mechtn de Anzahlung OWD-2025-124 fia de Metzgerei Huber Website zruck, da Papa mog doch ka Website.
Ois no ned ogfangt.

Pfiat Eana, Resi Huber
""", T(2025, 9, 29, 8, 0, DE))
case("de-o24-bereits-erstattet", OWB, "decided", [f],
     "Section 8 payments not paid: the deposit is 'refunded' in the ledger: escalate. Bavarian/Austrian dialect.",
     [esc()])

a = mail("o25a-kuendigung.eml", "Tanzschule Schwung <studio@tanzschule-schwung.de>", OWD_MAIN,
         "Kündigung Pflegevertrag",
         """Hallo,
wir möchten den Pflegevertrag Tanzschule Schwung Pflege kündigen, Rechnung OWD-2025-125.
Danke & LG, Tanja
""", T(2025, 9, 22, 19, 0, DE))
b = mail("o25b-rueckfrage.eml", OWD_MAIN, "Tanzschule Schwung <studio@tanzschule-schwung.de>",
         "Re: Kündigung Pflegevertrag [OWD-2207]",
         "Hallo Tanja, danke. Bitte nennen Sie uns noch den Grund für die Kündigung.\nOptima WebDesign\n",
         T(2025, 9, 23, 10, 0, 5.5), reply=a, domain="gmail.com")
c = mail("o25c-antwort.eml", "Tanzschule Schwung <studio@tanzschule-schwung.de>", OWD_MAIN,
         "Re: Kündigung Pflegevertrag [OWD-2207]",
         """Wir machen die Pflege ab jetzt intern, unsere Azubine kann WordPress :)
Tanja

Am Di., 23. Sept. 2025 um 06:30 schrieb Optima WebDesign <optimawebdesigns12@gmail.com>:
> Hallo Tanja, danke. Bitte nennen Sie uns noch den Grund für die Kündigung.
""", T(2025, 9, 24, 9, 0, DE), reply=b)
case("de-o25-thread-grund", OWB, "decided", [a, b, c],
     "C3 thread: reason supplied; request time 2025-09-22 <= 2025-10-13 (next_billing_at 2025-10-20 - 7): "
     "cancel effective 2025-10-19.",
     [cancel("2025-10-19")])

f = mail("o26-lo-kunde-bei-owd.eml", "Jonas Becker <jonas.becker@web.de>", OWD_MAIN,
         "Doppelte Abbuchung LO-INV-7102",
         """Hallo, mir wurde das Abo am 8.9. doppelt abgebucht, Rechnung LO-INV-7102. Bitte erstatten.
Jonas
""", T(2025, 9, 12, 9, 0, DE))
case("de-o26-lo-kunde-bei-owd", OWB, "need_info", [f],
     "Section 8 the other brand's customer: sent to Optima (C1), the ledger is searched there only; unknown sender: C2/C3.",
     rules=["C2"])

f = mail("o27-vorab-hosting-frage.eml", "Gärtnerei Blattgrün <info@blattgruen.de>", OWD_MAIN,
         "Frage zu Hosting-Paket",
         """Hallo,

wir überlegen, das Jahreshosting bei euch zu buchen. Falls wir nach ein paar Wochen merken, dass es nicht
passt – bekämen wir dann etwas zurück? Wie läuft das mit der Einrichtungsgebühr?

Grüße
Gärtnerei Blattgrün
""", T(2025, 9, 24, 10, 0, DE))
case("de-o27-vorab-hosting-frage", OWB, "other", [f], "Hypothetical question before buying: other.")

EXTRA_OK = {"de-o01-anzahlung-55h", "de-o03-anzahlung-arbeit-begonnen", "de-o04-discovery-nicht-begonnen",
            "de-o02-anzahlung-genau-72h"}
for _c in CASES:
    if _c["id"] in EXTRA_OK:
        _c["extra_ok"] = True  # the mail also calls the project off; a cancellation decision would be harmless

write(ledger)
