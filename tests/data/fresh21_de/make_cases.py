"""fresh21 held-out cases for German (Germany, Austria, Switzerland): writes ledger.json, emails/*.eml and expected.json beside this file.
Stdlib only, deterministic. MIT, like the project; all text written for this project."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

LANG = "de"
# ---- shared machinery (identical in every fresh21 language folder) ----
HERE = os.path.dirname(os.path.abspath(__file__))
LOA, OWA = "support@leadsoptima.com", "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"


def cust(email, plan, status="active", start=None, end=None, trial_ends=None, name=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


PR = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}


def lopay(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    a, t = PR[plan]
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": a, "tax": t, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started=None):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


def when(s, off):
    h, m = divmod(int(round(off * 60)), 60)
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=h, minutes=m)))


def write_mail(fname, frm, to, subj, body, dt, html=None, headers=None, parent=None, refs=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt)
    mid = "<%s.%s@mail.fresh21.example>" % (fname.replace(".eml", ""), LANG)
    m["Message-ID"] = mid
    if parent:
        m["In-Reply-To"] = parent
        m["References"] = " ".join((refs or []) + [parent])
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, "emails", fname), "wb") as fh:
        fh.write(m.as_bytes(policy=SMTP))
    return mid


def dec(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        d["effective_date"] = eff
    return d


def build(cases, ledger):
    edir = os.path.join(HERE, "emails")
    if os.path.isdir(edir):
        for f in os.listdir(edir):
            os.remove(os.path.join(edir, f))
    out = []
    for n, c in enumerate(cases, 1):
        files, parent, refs = [], None, []
        for k, mail in enumerate(c["mails"]):
            fname = "l%02d-%s%s.eml" % (n, c["name"], "" if len(c["mails"]) == 1 else "-%d" % (k + 1))
            to = mail.get("to") or (LOA if c["brand"] == LOB else OWA)
            p = None
            if k > 0:  # the answer to the bot's question (the bot's mail itself is not in the files)
                p = "<case-%s-%02d.bot@%s>" % (LANG, n, "leadsoptima.com" if c["brand"] == LOB else "optimawebdesign.com")
            mid = write_mail(fname, mail["from"], to, mail["subj"], mail.get("body"), when(*mail["date"]),
                             html=mail.get("html"), headers=mail.get("headers"), parent=p, refs=list(refs))
            refs.append(mid)
            parent = mid
            files.append("emails/" + fname)
        e = {"id": "%s-l%02d-%s" % (LANG, n, c["name"]), "lang": LANG, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c.get("rules", [])}
        if "missing" in c:
            e["missing"] = c["missing"]
        e["decisions"] = c.get("decisions", [])
        for k in ("extra_ok", "ambiguous"):
            if k in c:
                e[k] = c[k]
        e["spec"] = c["spec"]
        out.append(e)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": out}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return out
LANG = "de"
CE, CH = 2, 2  # CEST (Germany, Austria, Switzerland) in September 2025

L = []  # ledger
def C(*a, **k): L.append(("c", cust(*a, **k)))
def P(*a, **k): L.append(("p", lopay(*a, **k)))
def J(*a, **k): L.append(("j", proj(*a, **k)))
def W(*a, **k): L.append(("p", owpay(*a, **k)))

SIG_DISC = ("\n\n--\nMüller & Partner Steuerberatung GmbH\nGeschäftsführer: Dr. K. Müller | HRB 12345 Amtsgericht Köln\n"
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
            "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.")

# ---------------- LeadsOptima ledger ----------------
C("lukas.hofmann@gmx.de", "annual", start="2025-09-22", end="2026-09-21")
P("de_p01", "LO-INV-7101", "lukas.hofmann@gmx.de", "annual", "2025-09-22T09:00:00", "2025-09-22", "2026-09-21")
P("de_p02", "LO-INV-7102", "lukas.hofmann@gmx.de", "annual", "2025-09-22T09:03:00", "2025-09-22", "2026-09-21")
C("sabine.gruber@gmx.at", "monthly", start="2025-09-05", end="2025-10-04")
P("de_p03", "LO-INV-7111", "sabine.gruber@gmx.at", "monthly", "2025-09-05T11:00:00", "2025-09-05", "2025-10-04")
P("de_p04", "LO-INV-7112", "sabine.gruber@gmx.at", "monthly", "2025-09-05T11:01:00", "2025-09-05", "2025-10-04")
C("reto.baumann@bluewin.ch", "quarterly", start="2025-09-16", end="2025-12-15")
P("de_p05", "LO-INV-7121", "reto.baumann@bluewin.ch", "quarterly", "2025-09-16T20:00:00", "2025-09-16", "2025-12-15")
P("de_p06", "LO-INV-7122", "reto.baumann@bluewin.ch", "quarterly", "2025-09-16T20:02:00", "2025-09-16", "2025-12-15")
C("jan.petersen@web.de", "monthly", start="2025-09-15", end="2025-10-14")
P("de_p07", "LO-INV-7131", "jan.petersen@web.de", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
P("de_p08", "LO-INV-7132", "jan.petersen@web.de", "monthly", "2025-09-15T10:05:00", "2025-09-15", "2025-10-14")
C("melanie.schuster@t-online.de", "monthly", start="2025-09-20", end="2025-10-19")
P("de_p09", "LO-INV-7141", "melanie.schuster@t-online.de", "monthly", "2025-09-20T07:30:00", "2025-09-20", "2025-10-19")
P("de_p10", "LO-INV-7142", "melanie.schuster@t-online.de", "monthly", "2025-09-20T07:31:00", "2025-09-20", "2025-10-19")
P("de_p11", "LO-INV-7143", "melanie.schuster@t-online.de", "monthly", "2025-09-20T07:33:00", "2025-09-20", "2025-10-19")
C("thomas.wagner@posteo.de", "annual", start="2025-09-24", end="2026-09-23")
P("de_p12", "LO-INV-7151", "thomas.wagner@posteo.de", "annual", "2025-09-24T12:00:00", "2025-09-24", "2026-09-23")
C("katrin.maier@outlook.de", "quarterly", start="2025-09-25", end="2025-12-24")
P("de_p13", "LO-INV-7161", "katrin.maier@outlook.de", "quarterly", "2025-09-25T08:00:00", "2025-09-25", "2025-12-24")
C("florian.koch@gmx.net", "monthly", status="cancelled", start="2025-08-28", end="2025-09-27")
P("de_p14", "LO-INV-7170", "florian.koch@gmx.net", "monthly", "2025-08-28T06:00:00", "2025-08-28", "2025-09-27")
P("de_p15", "LO-INV-7171", "florian.koch@gmx.net", "monthly", "2025-09-28T06:00:00", "2025-09-28", "2025-10-27")
C("anna.huber@a1.net", "monthly", start="2025-09-26", end="2025-10-25")
P("de_p16", "LO-INV-7181", "anna.huber@a1.net", "monthly", "2025-09-26T13:00:00", "2025-09-26", "2025-10-25")
C("michael.schmid@sunrise.ch", "annual", start="2025-09-01", end="2026-08-31")
P("de_p17", "LO-INV-7191", "michael.schmid@sunrise.ch", "annual", "2025-09-01T10:00:00", "2025-09-01", "2026-08-31")
C("julia.becker@gmx.de", "monthly", start="2025-09-27", end="2025-10-26")
P("de_p18", "LO-INV-7201", "julia.becker@gmx.de", "monthly", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
C("stefan.fischer@web.de", "annual", start="2025-09-23", end="2026-09-22")
P("de_p19", "LO-INV-7211", "stefan.fischer@web.de", "annual", "2025-09-23T15:00:00", "2025-09-23", "2026-09-22")
C("lea.wolf@gmx.de", "monthly", status="trial", trial_ends="2025-10-05")
C("martin.zimmermann@gmx.ch", "quarterly", start="2025-09-01", end="2025-11-30")
P("de_p20", "LO-INV-7231", "martin.zimmermann@gmx.ch", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
C("nicole.braun@freenet.de", "monthly")
P("de_p21", "LO-INV-7241", "nicole.braun@freenet.de", "monthly", "2025-08-12T09:00:00", None, None)
P("de_p22", "LO-INV-7242", "nicole.braun@freenet.de", "monthly", "2025-09-12T09:00:00", None, None)
C("ursula.lang@aon.at", "annual")
P("de_p23", "LO-INV-7251", "ursula.lang@aon.at", "annual", "2025-03-15T10:00:00", None, None)
C("tobias.kaiser@gmx.de", "monthly", start="2025-09-20", end="2025-10-19")
P("de_p24", "LO-INV-7261", "tobias.kaiser@gmx.de", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
C("daniel.vogel@web.de", "monthly", start="2025-09-18", end="2025-10-17")
P("de_p25", "LO-INV-7271", "daniel.vogel@web.de", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
C("sandra.roth@gmx.at", "annual", start="2025-09-10", end="2026-09-09")
P("de_p26", "LO-INV-7281", "sandra.roth@gmx.at", "annual", "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
C("peter.krause@krause-elektro.de", "monthly", start="2025-09-22", end="2025-10-21")
P("de_p27", "LO-INV-7291", "peter.krause@krause-elektro.de", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
P("de_p28", "LO-INV-7292", "peter.krause@krause-elektro.de", "monthly", "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
C("buchhaltung@baeckerei-lehmann.de", "quarterly", start="2025-09-01", end="2025-11-30")
P("de_p29", "LO-INV-7295", "buchhaltung@baeckerei-lehmann.de", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
C("karin.schulz@gmx.de", "monthly", start="2025-09-26", end="2025-10-25")
P("de_p30", "LO-INV-7301", "karin.schulz@gmx.de", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
C("ralf.weber@gmx.de", "monthly", start="2025-09-24", end="2025-10-23")
P("de_p31", "LO-INV-7311", "ralf.weber@gmx.de", "monthly", "2025-09-24T18:00:00", "2025-09-24", "2025-10-23")
P("de_p32", "LO-INV-7312", "ralf.weber@gmx.de", "monthly", "2025-09-24T18:00:40", "2025-09-24", "2025-10-23")
C("oliver.hartmann@gmx.de", "monthly", start="2025-09-10", end="2025-10-09")
P("de_p33", "LO-INV-7321", "oliver.hartmann@gmx.de", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
C("eva.schwarz@gmx.at", "quarterly", start="2025-09-25", end="2025-12-24")
P("de_p34", "LO-INV-7331", "eva.schwarz@gmx.at", "quarterly", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
P("de_p35", "LO-INV-7332", "eva.schwarz@gmx.at", "quarterly", "2025-09-25T10:02:00", "2025-09-25", "2025-12-24", status="refunded")

# ---------------- Optima WebDesign ledger ----------------
J("Praxis Dr. Albrecht Website", "praxis@dr-albrecht.de")
W("de_w01", "OWD-2025-301", "Praxis Dr. Albrecht Website", "deposit", "40000.00", "7200.00", "2025-09-22T10:00:00")
J("Bergbahn Shop", "shop@bergbahn-alp.ch")
W("de_w02", "OWD-2025-302", "Bergbahn Shop", "deposit", "25000.00", "4500.00", "2025-09-15T14:00:00")
J("Weingut Steiner Relaunch", "office@weingut-steiner.at", "2025-09-23T09:00:00")
W("de_w03", "OWD-2025-303", "Weingut Steiner Relaunch", "deposit", "30000.00", "5400.00", "2025-09-22T12:00:00")
J("Yoga Studio Lotus", "hallo@yoga-lotus.de")
W("de_w04", "OWD-2025-304", "Yoga Studio Lotus", "discovery", "15000.00", "2700.00", "2025-09-20T10:00:00")
J("Autohaus Keller Portal", "it@autohaus-keller.de", "2025-09-10T11:00:00")
W("de_w05", "OWD-2025-305", "Autohaus Keller Portal", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00")
J("Hofladen Brunner Onlineshop", "info@hofladen-brunner.de", "2025-08-01T10:00:00")
W("de_w06", "OWD-2025-306", "Hofladen Brunner Onlineshop", "milestone", "25000.00", "4500.00", "2025-09-10T10:00:00", milestone_status="not_started")
W("de_w07", "OWD-2025-307", "Hofladen Brunner Onlineshop", "milestone", "20000.00", "3600.00", "2025-08-01T10:00:00", milestone_status="completed")
J("Zahnarztpraxis Lehner App", "verwaltung@zahnarzt-lehner.de", "2025-08-20T10:00:00")
W("de_w08", "OWD-2025-308", "Zahnarztpraxis Lehner App", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00", milestone_status="in_progress")
J("Musikschule Klangraum", "buero@klangraum-musik.at", "2025-08-01T10:00:00")
W("de_w09", "OWD-2025-309", "Musikschule Klangraum", "milestone", "18000.00", "3240.00", "2025-08-15T10:00:00", milestone_status="approved")
J("Kraftwerk Fitness SEO", "marketing@kraftwerk-fitness.de", "2025-06-15T10:00:00")
W("de_w10", "OWD-2025-310", "Kraftwerk Fitness SEO", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
J("Hotel Alpenblick Social Media", "direktion@alpenblick.at", "2025-05-01T10:00:00")
W("de_w11", "OWD-2025-311", "Hotel Alpenblick Social Media", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
J("Velokurier Zürich Ads", "admin@velokurier-zh.ch", "2025-07-07T10:00:00")
W("de_w12", "OWD-2025-312", "Velokurier Zürich Ads", "retainer", "6000.00", "1080.00", "2025-09-07T10:00:00", period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
J("Kurz Immobilien Content", "kontakt@kurz-immobilien.de", "2025-04-01T10:00:00")
W("de_w13", "OWD-2025-313", "Kurz Immobilien Content", "retainer", "9000.00", "1620.00", "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00")
W("de_w14", "OWD-2025-314", "Kurz Immobilien Content", "retainer", "9000.00", "1620.00", "2025-09-20T10:00:00", period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
J("Ferienwohnung Seeblick Hosting", "vermietung@seeblick-ferien.de", "2025-09-20T10:00:00")
W("de_w15", "OWD-2025-315", "Ferienwohnung Seeblick Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
J("Metzgerei Huber Wartung", "info@metzgerei-huber.at", "2025-09-01T10:00:00")
W("de_w16", "OWD-2025-316", "Metzgerei Huber Wartung", "maintenance_annual", "9600.00", "1728.00", "2025-08-30T10:00:00", setup_fee="0.00", service_start="2025-09-01")
J("Schuhtechnik Ott Wartung", "service@schuhtechnik-ott.de", "2025-09-25T10:00:00")
W("de_w17", "OWD-2025-317", "Schuhtechnik Ott Wartung", "maintenance_annual", "10000.00", "1800.00", "2025-09-24T10:00:00", setup_fee="1234.56", service_start="2025-09-25")
J("Café Mokka Website", "cafe@mokka-wien.at", "2025-08-01T10:00:00")
W("de_w18", "OWD-2025-318", "Café Mokka Website", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
W("de_w18b", "OWD-2025-338", "Café Mokka Website", "deposit", "20000.00", "3600.00", "2025-07-20T10:00:00")
J("Messestand Vogt Landingpage", "events@vogt-messebau.de", "2025-09-12T10:00:00")
W("de_w19", "OWD-2025-319", "Messestand Vogt Landingpage", "rush", "5000.00", "900.00", "2025-09-12T10:00:00")
W("de_w19b", "OWD-2025-339", "Messestand Vogt Landingpage", "deposit", "15000.00", "2700.00", "2025-09-11T10:00:00")
J("TSV Nord Vereinsseite", "vorstand@tsv-nord.de", "2025-07-01T10:00:00")
W("de_w20", "OWD-2025-320", "TSV Nord Vereinsseite", "change_request", "4500.00", "810.00", "2025-09-18T10:00:00")
W("de_w20b", "OWD-2025-340", "TSV Nord Vereinsseite", "deposit", "10000.00", "1800.00", "2025-06-25T10:00:00")
J("Blumen Schneider Shop", "laden@blumen-schneider.de")
W("de_w21", "OWD-2025-321", "Blumen Schneider Shop", "deposit", "10000.00", "1800.00", "2025-09-29T10:00:00")
J("Tanzschule Wirbel Website", "info@tanzschule-wirbel.ch")
W("de_w22", "OWD-2025-322", "Tanzschule Wirbel Website", "deposit", "12000.00", "2160.00", "2025-09-27T10:00:00", status="failed")
J("Galerie Licht Katalog", "kontakt@galerie-licht.de")
W("de_w23", "OWD-2025-323", "Galerie Licht Katalog", "discovery", "8000.00", "1440.00", "2025-09-24T10:00:00")
W("de_w24", "OWD-2025-324", "Galerie Licht Katalog", "third_party", "1200.00", "216.00", "2025-09-24T10:05:00")
J("Physio Am Markt Website", "team@physio-am-markt.de")
W("de_w25", "OWD-2025-325", "Physio Am Markt Website", "deposit", "16000.00", "2880.00", "2025-09-25T10:00:00")
W("de_w26", "OWD-2025-326", "Physio Am Markt Website", "discovery", "6000.00", "1080.00", "2025-09-25T10:05:00")
ledger = {"customers": [r for t, r in L if t == "c"], "projects": [r for t, r in L if t == "j"],
          "payments": [r for t, r in L if t == "p"]}
X = []
def case(name, brand, status, mails, spec, decisions=(), rules=(), **kw):
    d = dict(name=name, brand=brand, status=status, mails=mails, spec=spec, decisions=list(decisions), rules=list(rules))
    d.update(kw)
    X.append(d)
def m(frm, subj, body, date, off=2, **kw):
    return dict(kw, **{"from": frm, "subj": subj, "body": body, "date": (date, off)})

# ---------- LeadsOptima ----------
case("doppelt-jahresabo", LOB, "decided", [m("Lukas Hofmann <lukas.hofmann@gmx.de>", "Doppelte Abbuchung Jahresabo",
 "Hallo LeadsOptima-Team,\n\nmir wurde das Jahresabo zweimal abgebucht, beide Male 11.988 Rs. am 22.09. Die zweite Rechnung ist LO-INV-7102.\nBitte erstattet mir die doppelte Zahlung.\n\nViele Grüße\nLukas Hofmann", "2025-09-25 08:14")],
 "L2 duplicate, L3 day 3, L4: pair 7101/7102 same period; refund the duplicate 11988.00 before tax.",
 [dec("refund", "approve", "11988.00")])
case("doppelt-zu-spaet-at", LOB, "decided", [m("Sabine Gruber <sabine.gruber@gmx.at>", "Zahlung 2x abgebucht!!",
 "Servus,\nbei mir ist das Monatsabo doppelt abgebucht worden (LO-INV-7112 und LO-INV-7111, jeweils am 5. September). Ich hätt gern das Geld für die zweite Buchung zurück.\nLG Sabine", "2025-09-14 10:00")],
 "L3: charge 2025-09-05, request 2025-09-14 IST = day 9 > 7: deny.", [dec("refund", "deny")])
case("doppelt-tag7-ch", LOB, "decided", [m("Reto Baumann <reto.baumann@bluewin.ch>", "Doppelbelastung Quartalsabo",
 "Grüezi\n\nIhr habt mir das Quartalsabo zweimal belastet (LO-INV-7121 und LO-INV-7122), beide am 16.9. am Abend. Ich bitte um Rückerstattung der doppelten Zahlung LO-INV-7122.\n\nFreundliche Grüsse\nReto Baumann\nWinterthur", "2025-09-23 20:00")],
 "Request 20:00 CEST = 23:30 IST on 2025-09-23, charge local date 2025-09-16 -> day 7, inside (L3); L4 pair: 3999.00.",
 [dec("refund", "approve", "3999.00")])
case("doppelt-tag8-zeitzone", LOB, "decided", [m("Jan Petersen <jan.petersen@web.de>", "zwei mal abgebucht",
 "Moin, ihr habt mich am 15.09. zwei mal belastet, LO-INV-7132 ist doppelt. Bitte zurückbuchen. Jan", "2025-09-22 22:30")],
 "22:30 CEST on 22.09 is 2025-09-23 02:00 IST: charge 2025-09-15 is day 8 > 7 -> deny (L3).", [dec("refund", "deny")])
case("dreifach-abgebucht", LOB, "decided", [m("Melanie Schuster <melanie.schuster@t-online.de>", "Dreifach abgebucht?!",
 "Hallo,\n\nauf meinem Kontoauszug sehe ich das Monatsabo DREIMAL am 20.09.2025 (1.499,00 Rs. je Buchung, Rechnungen LO-INV-7141, LO-INV-7142, LO-INV-7143). Ich habe natürlich nur einmal bestellt. Bitte die zwei überzähligen Abbuchungen erstatten.\n\nMit freundlichen Grüßen\nMelanie Schuster", "2025-09-24 09:12")],
 "Section 8 three identical charges: 2 duplicates inside L3 window: 2 x 1499.00 = 2998.00.", [dec("refund", "approve", "2998.00")])
case("doppelt-aber-nur-eine-buchung", LOB, "decided", [m("Thomas Wagner <thomas.wagner@posteo.de>", "Doppelte Abbuchung LO-INV-7151",
 "Sehr geehrte Damen und Herren,\n\nmeine Bank zeigt, dass das Jahresabo zweimal abgebucht wurde (Rechnung LO-INV-7151). Bitte erstatten Sie den doppelten Betrag.\n\nMit freundlichen Grüßen\nThomas Wagner", "2025-09-26 11:40")],
 "L4: duplicate claimed but the ledger holds one charge of this account -> escalate.", [dec("refund", "escalate")])
case("falscher-plan", LOB, "decided", [m("Katrin Maier <katrin.maier@outlook.de>", "Falscher Tarif berechnet",
 "Hallo,\nich habe das Monatsabo gebucht, abgebucht wurde aber der falsche Betrag: 3.999 Rs. für das Quartalsabo statt 1.499 (Rechnung LO-INV-7161). Bitte korrigieren und die Differenz erstatten.\nDanke, Katrin Maier", "2025-09-27 14:05")],
 "L2 billing_error (wrong amount / wrong plan) inside 7 days (charge 09-25) -> escalate (L5).", [dec("refund", "escalate")])
case("nach-kuendigung-belastet", LOB, "decided", [m("Florian Koch <florian.koch@gmx.net>", "Abbuchung trotz Kündigung",
 "Hi,\n\nich hab mein Monatsabo im September gekündigt und trotzdem wurde ich heute wieder belastet (LO-INV-7171). Bitte erstattet mir die Abbuchung nach der Kündigung.\n\nFlorian", "2025-09-29 07:50")],
 "L2 billing_error (charged after cancelling), charge 09-28 inside 7 days -> escalate (L5).", [dec("refund", "escalate")])
case("kein-login-html", LOB, "decided", [m("Anna Huber <anna.huber@a1.net>", "Kein Zugang seit Freitag", None, "2025-09-29 09:30",
 html="<html><body><p>Liebes Support-Team,</p><p>seit Freitag kann ich mich <b>nicht mehr einloggen</b>, die Seite lädt einfach nicht. Eure Hilfe per Chat hat nichts gebracht. Ich möchte daher mein Geld für das Monatsabo zurück (Rechnung LO-INV-7181).</p><p>Liebe Grüße aus Graz<br>Anna Huber</p></body></html>")],
 "L2 access_failure inside 7 days (charge 09-26, request 09-29) -> escalate (L6).", [dec("refund", "escalate")])
case("kein-login-zu-spaet", LOB, "decided", [m("Michael Schmid <michael.schmid@sunrise.ch>", "Login geht nicht",
 "Grüezi mitenand\n\nIch kann mich seit Tagen nicht anmelden, kein Zugriff auf das Dashboard. Ich verlange die Rückerstattung meines Jahresabos (LO-INV-7191 vom 1. September).\n\nGruss\nMichael Schmid", "2025-09-20 16:00")],
 "L3: charge 2025-09-01, request 2025-09-20 = day 19 -> deny, even for access failure.", [dec("refund", "deny")])
case("brauch-es-nicht-diktat", LOB, "decided", [m("Julia Becker <julia.becker@gmx.de>", "rückerstattung",
 "hallo ich brauche das programm nicht mehr hab jetzt was anderes gefunden bitte geld zurück für rechnung lo inv 7201 danke julia\n\nVon meinem iPhone gesendet", "2025-09-28 19:22")],
 "L1: not needing it any more is no exception reason -> deny, cancellation offered.", [dec("refund", "deny")])
case("zu-teuer", LOB, "decided", [m("Stefan Fischer <stefan.fischer@web.de>", "Jahresabo zurückgeben",
 "Guten Tag,\n\nich habe gestern das Jahresabo abgeschlossen (LO-INV-7211), aber ehrlich gesagt ist mir das zu teuer für eine kleine Firma wie unsere. Bitte stornieren Sie das und überweisen Sie mir die 11.988 zurück.\n\nMfG\nS. Fischer", "2025-09-24 10:00")],
 "L1: too expensive is no exception reason -> deny (cancellation offered); 'stornieren Sie das' may add a cancellation: harmless (extra_ok).", [dec("refund", "deny")],
 extra_ok=True)
case("testphase", LOB, "decided", [m("Lea Wolf <lea.wolf@gmx.de>", "Erstattung Testphase",
 "Hallo, ich nutze gerade die kostenlose Testphase und will das nicht weiter machen. Bitte erstattet mir alles was ihr abgebucht habt, das Tool ist nichts für mich. Lea", "2025-09-27 12:00")],
 "L7: trial account, no charges -> deny (nothing to refund; no billing unless they subscribe).", [dec("refund", "deny")],
 extra_ok=True)
case("kuendigung-quartal-ch", LOB, "decided", [m("Martin Zimmermann <martin.zimmermann@gmx.ch>", "Kündigung",
 "Guten Tag\n\nHiermit kündige ich mein Quartalsabo per sofort. Wir stellen das Marketing neu auf.\n\nFreundliche Grüsse\nMartin Zimmermann", "2025-09-18 08:45")],
 "L8: current_period_end 2025-11-30 is the last active day.", [dec("cancellation", "cancel", eff="2025-11-30")])
case("kuendigung-monat-fallback", LOB, "decided", [m("Nicole Braun <nicole.braun@freenet.de>", "Abo beenden bitte",
 "Hallo zusammen, bitte beendet mein Monatsabo zum nächstmöglichen Termin. Nicole Braun", "2025-09-19 21:10")],
 "L8 fallback: no current_period_end; last charge 2025-09-12 + 1 month - 1 day = 2025-10-11.", [dec("cancellation", "cancel", eff="2025-10-11")])
case("kuendigung-brief-at", LOB, "decided", [m("Ursula Lang <ursula.lang@aon.at>", "Kündigung meines Jahresabonnements",
 "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich fristgerecht mein Jahresabonnement bei LeadsOptima. Grund: Ich gehe mit Ende des Jahres in Pension und schließe mein Büro.\nIch ersuche um eine schriftliche Bestätigung der Kündigung.\n\nHochachtungsvoll\nMag. Ursula Lang\nWien", "2025-09-15 10:20")],
 "L8 fallback: annual charge 2025-03-15 + 12 months - 1 day = 2026-03-14.", [dec("cancellation", "cancel", eff="2026-03-14")])
case("kuendigen-und-rest-zurueck", LOB, "decided", [m("Tobias Kaiser <tobias.kaiser@gmx.de>", "Kündigung + Erstattung",
 "Hallo,\nich möchte mein Monatsabo kündigen und bitte um Erstattung der restlichen Tage, ich nutze es seit einer Woche nicht mehr. Rechnung LO-INV-7261.\nGruß Tobias", "2025-09-26 17:30")],
 "Refund of unused days: L1 deny; cancellation L8: current_period_end 2025-10-19.",
 [dec("refund", "deny"), dec("cancellation", "cancel", eff="2025-10-19")])
case("chargeback-drohung", LOB, "decided", [m("Daniel Vogel <daniel.vogel@web.de>", "Kündigung SOFORT",
 "Kündigt mein Abo sofort und gebt mir die 1499 für LO-INV-7271 zurück, euer Tool taugt nichts. Sonst mache ich einen Chargeback über meine Kreditkarte.", "2025-09-21 23:55")],
 "C4: chargeback threat covers the whole case: refund and cancellation both escalate (section 8).",
 [dec("refund", "escalate"), dec("cancellation", "escalate")], rules=["C4"])
case("anwalt-at", LOB, "decided", [m("Sandra Roth <sandra.roth@gmx.at>", "Rückforderung LO-INV-7281",
 "Sehr geehrte Damen und Herren,\n\ndas Jahresabo hält nicht, was versprochen wurde. Ich fordere die volle Rückzahlung. Mein Anwalt ist bereits informiert und wird rechtliche Schritte einleiten, falls Sie nicht binnen 7 Tagen zahlen.\n\nSandra Roth", "2025-09-16 09:00")],
 "C4: lawyer / legal steps -> escalate.", [dec("refund", "escalate")], rules=["C4"])
case("privatadresse-c2", LOB, "need_info", [m("Peter Krause <peter.krause.privat@gmail.com>", "Doppelte Buchung",
 "Hallo, ich schreibe von meiner privaten Adresse. Mein Konto läuft auf peter.krause@krause-elektro.de. Ihr habt das Monatsabo zweimal abgebucht (LO-INV-7292). Bitte erstatten. Peter Krause", "2025-09-23 12:00")],
 "C2: the sender is not the registered email stated -> ask to write from it, disclose nothing.", rules=["C2"])
case("wg-weiterleitung-c2", LOB, "need_info", [m("Markus Lehmann <m.lehmann1978@gmail.com>", "WG: Rückerstattung Quartalsabo",
 "Hallo, anbei die Mail von unserer Buchhaltung, bitte erledigen.\n\nMarkus\n\n-----Ursprüngliche Nachricht-----\nVon: Buchhaltung Bäckerei Lehmann <buchhaltung@baeckerei-lehmann.de>\nGesendet: Montag, 22. September 2025 09:12\nAn: Markus Lehmann <m.lehmann1978@gmail.com>\nBetreff: Rückerstattung Quartalsabo\n\nSehr geehrte Damen und Herren,\nunser Konto buchhaltung@baeckerei-lehmann.de wurde für das Quartalsabo mit dem falschen Betrag belastet (Rechnung LO-INV-7295). Wir bitten um Prüfung und Erstattung.\nMit freundlichen Grüßen\nBuchhaltung", "2025-09-22 10:05")],
 "Section 8 forwards + C2: the forwarded request names buchhaltung@baeckerei-lehmann.de, the sender is another address -> ask for it from that address.", rules=["C2"])
case("abwesenheit", LOB, "ignore", [m("Thomas Wagner <thomas.wagner@posteo.de>", "Automatische Antwort: Ihre Anfrage [LO-2291]",
 "Vielen Dank für Ihre Nachricht. Ich bin bis 06.10. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin.", "2025-09-27 08:00",
 headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], "C7: Auto-Submitted auto-replied -> ignore.", rules=["C7"])
case("newsletter-liste", LOB, "ignore", [m("SaaS-Weekly DACH <newsletter@saas-weekly.de>", "Die 10 besten CRM-Tools – und wie Sie Geld zurückbekommen",
 "Diese Woche: Abo kündigen, Rückerstattung verlangen, Chargeback – was Kunden wissen müssen.\n\nAbmelden: https://saas-weekly.de/abmelden", "2025-09-24 06:00",
 headers={"List-Id": "SaaS Weekly DACH <dach.saas-weekly.de>", "List-Unsubscribe": "<https://saas-weekly.de/abmelden>", "Precedence": "bulk"})],
 "C7: List-Id / Precedence bulk -> ignore.", rules=["C7"])
case("unzustellbar", LOB, "ignore", [m("Mail Delivery System <MAILER-DAEMON@mx.gmx.net>", "Unzustellbar: Ihre Kündigung [LO-2240]",
 "Dies ist eine automatisch erstellte Nachricht.\nIhre Nachricht konnte nicht zugestellt werden an: kuendigung@alte-firma.de\nGrund: 550 5.1.1 Benutzer unbekannt", "2025-09-25 03:12",
 headers={"Auto-Submitted": "auto-generated"})], "C7: MAILER-DAEMON bounce -> ignore.", rules=["C7"])
case("kein-grund-disclaimer", LOB, "need_info", [m("Karin Schulz <karin.schulz@gmx.de>", "Erstattung LO-INV-7301",
 "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um Erstattung der Rechnung LO-INV-7301 (Monatsabo).\n\nFür Rückfragen stehe ich Ihnen gern zur Verfügung.\n\nMit freundlichen Grüßen\nKarin Schulz" + SIG_DISC, "2025-09-27 15:00")],
 "Section 8 what a reason is: restatement, courtesy line, signature and disclaimer are no reason -> ask for the reason (C3).",
 missing=["reason"])
case("thread-grund-nachgereicht", LOB, "decided", [
 m("Ralf Weber <ralf.weber@gmx.de>", "Rückzahlung", "Hallo, bitte LO-INV-7312 zurückerstatten. Danke\nRalf Weber", "2025-09-25 07:30"),
 m("Ralf Weber <ralf.weber@gmx.de>", "Re: Rückzahlung [LO-2305]", "Hallo,\n\nder Grund: Das Monatsabo wurde am 24.09. zweimal abgebucht, einmal LO-INV-7311 und einmal LO-INV-7312.\n\nGruß Ralf\n\nAm 25.09.2025 um 10:02 schrieb LeadsOptima Support <support@leadsoptima.com>:\n> Bitte nennen Sie uns den Grund Ihrer Erstattung.", "2025-09-26 08:10")],
 "C3: the answer gives the reason (duplicate); request time = first mail 2025-09-25, day 1; L4 pair -> 1499.00.",
 [dec("refund", "approve", "1499.00")])
case("will-kein-geld-zurueck", LOB, "other", [m("Oliver Hartmann <oliver.hartmann@gmx.de>", "Rechnung mit Firmenadresse",
 "Hallo,\n\nkeine Sorge, ich will KEIN Geld zurück und auch nicht kündigen – ich bräuchte nur die Rechnung LO-INV-7321 mit unserer Firmenadresse (Hartmann Logistik GmbH, Bremen) für die Buchhaltung.\n\nDanke & Gruß\nOliver", "2025-09-17 11:00")],
 "Section 8 negation: no refund, no cancellation intent; an invoice request -> other.")
case("frage-vor-kauf", LOB, "other", [m("Schreinerei Berger <info@schreinerei-berger.at>", "Frage zum Jahresabo",
 "Grüß Gott,\nwir überlegen das Jahresabo zu nehmen. Falls es uns nicht gefällt, würden wir dann das Geld zurückbekommen? Und kann man monatlich kündigen?\nMfG Josef Berger", "2025-09-18 14:30")],
 "Section 8 hypothetical before buying: a policy question -> other.")
case("danke-erstattung", LOB, "other", [m("Lukas Hofmann <lukas.hofmann@gmx.de>", "Re: Doppelte Abbuchung Jahresabo [LO-2288]",
 "Hallo,\n\ndie Rückerstattung ist heute auf meinem Konto eingegangen. Vielen Dank für die schnelle Hilfe!\n\nLukas", "2025-09-30 18:00", headers={"In-Reply-To": "<case-de-29-done.bot@leadsoptima.com>", "References": "<case-de-29-done.bot@leadsoptima.com>"})],
 "A thank-you after a refund asks for nothing -> other.")
case("frage-gst", LOB, "other", [m("Stefan Fischer <stefan.fischer@web.de>", "Frage zur Rechnung LO-INV-7211",
 "Guten Tag, was bedeutet der Posten GST 2.157,84 auf meiner Rechnung LO-INV-7211? Muss ich das in Deutschland irgendwie angeben? Gruß S. Fischer", "2025-09-25 09:00")],
 "An invoice question that asks for no refund or cancellation -> other.")
case("erstattete-zahlung", LOB, "decided", [m("Eva Schwarz <eva.schwarz@gmx.at>", "Doppelbuchung Quartal",
 "Hallo, das Quartalsabo wurde am 25.9. doppelt verrechnet. Bitte die zweite Zahlung LO-INV-7332 rückerstatten. lg Eva Schwarz", "2025-09-27 10:00")],
 "Section 8: the charge named is not paid (status refunded) -> escalate.", [dec("refund", "escalate")])

# ---------- Optima WebDesign ----------
case("anzahlung-49h", OWB, "decided", [m("Praxis Dr. Albrecht <praxis@dr-albrecht.de>", "Refund Request — Praxis Dr. Albrecht Website / OWD-2025-301",
 "Sehr geehrte Damen und Herren,\n\nwir haben am Montag die Anzahlung von 47.200,00 INR inkl. Steuer (Rechnung OWD-2025-301) für das Projekt „Praxis Dr. Albrecht Website“ geleistet. Leider hat sich die Praxis inzwischen für eine Übernahme durch einen Verbund entschieden, der eine eigene Website stellt. Wir bitten daher um Erstattung der Anzahlung.\n\nMit freundlichen Grüßen\nPraxis Dr. Albrecht", "2025-09-24 08:00")],
 "O2: paid 2025-09-22 10:00 IST, request 11:30 IST 09-24 = 49.5 h, no work -> approve 40000.00 (before tax, C6).",
 [dec("refund", "approve", "40000.00")])
case("anzahlung-genau-72h-ch", OWB, "decided", [m("Bergbahn Shop <shop@bergbahn-alp.ch>", "Anzahlung Bergbahn Shop zurück",
 "Grüezi\n\nWir ziehen das Projekt Bergbahn Shop zurück, der Verwaltungsrat hat das Budget gestrichen. Bitte erstatten Sie die Anzahlung gemäss Rechnung OWD-2025-302.\n\nFreundliche Grüsse\nBergbahn AG", "2025-09-18 10:30")],
 "O2 + section 8: paid 2025-09-15 14:00 IST, request 10:30 CEST = 14:00 IST 09-18 = exactly 72 h -> deny.", [dec("refund", "deny")], extra_ok=True)
case("anzahlung-arbeit-begonnen", OWB, "decided", [m("Weingut Steiner <office@weingut-steiner.at>", "Storno Relaunch",
 "Guten Tag,\nwir möchten den Auftrag Weingut Steiner Relaunch stornieren, da wir doch bei unserer bisherigen Agentur bleiben. Bitte die Anzahlung OWD-2025-303 zurücküberweisen.\nGrüße aus der Wachau\nFamilie Steiner", "2025-09-24 09:00")],
 "O2: 48.5 h but work started 2025-09-23 09:00 before the request -> deny (whichever first).", [dec("refund", "deny")], extra_ok=True)
case("discovery-ohne-rechnungsnr", OWB, "decided", [m("Yoga Studio Lotus <hallo@yoga-lotus.de>", "Strategie-Workshop absagen",
 "Hallo ihr Lieben,\n\nwir müssen den Strategie-Workshop für Yoga Studio Lotus leider absagen – meine Mitgründerin ist ausgestiegen und wir legen das Projekt auf Eis. Bitte erstattet uns die Gebühr.\n\nNamaste\nMiriam", "2025-09-23 13:00")],
 "O1: no session started; the project has exactly one payment, so the invoice is filled from the ledger (section 1) -> approve 15000.00.",
 [dec("refund", "approve", "15000.00")], extra_ok=True)
case("discovery-begonnen-weitergeleitet", OWB, "decided", [m("IT Autohaus Keller <it@autohaus-keller.de>", "WG: Workshop-Gebühr",
 "Bitte um Bearbeitung, siehe unten.\n\n-----Ursprüngliche Nachricht-----\nVon: Jürgen Keller <j.keller@autohaus-keller.de>\nGesendet: Mittwoch, 24. September 2025 17:02\nAn: IT Autohaus Keller <it@autohaus-keller.de>\nBetreff: Workshop-Gebühr\n\nDie Workshops zum Autohaus Keller Portal haben uns nichts gebracht, die Ergebnisse sind unbrauchbar. Holt bitte die 12.000 der Rechnung OWD-2025-305 zurück.\n\nJ. Keller", "2025-09-25 08:00")],
 "Forward from the contract address (section 8): O1 discovery, sessions started 2025-09-10 -> deny.", [dec("refund", "deny")])
case("meilenstein-nicht-begonnen", OWB, "decided", [m("Hofladen Brunner <info@hofladen-brunner.de>", "Meilenstein 3 stornieren",
 "Hallo Optima-Team,\n\nbeim Hofladen Brunner Onlineshop möchten wir den Meilenstein „Warenwirtschaft-Anbindung“ (Rechnung OWD-2025-306) nicht mehr umsetzen lassen, wir bleiben vorerst bei der Kasse im Laden. Bitte erstattet den bezahlten Meilenstein.\n\nViele Grüße\nSepp Brunner", "2025-09-25 19:00")],
 "O3: milestone not_started -> approve its amount 25000.00 before tax.", [dec("refund", "approve", "25000.00")], extra_ok=True)
case("meilenstein-in-arbeit", OWB, "decided", [m("Verwaltung Zahnarztpraxis Lehner <verwaltung@zahnarzt-lehner.de>", "Rückerstattung Meilenstein App",
 "Sehr geehrte Damen und Herren,\nfür die Zahnarztpraxis Lehner App (Rechnung OWD-2025-308) bitten wir um Rückerstattung, da uns das bisherige Design nicht überzeugt und wir die Termin-App doch nicht brauchen.\nMfG Verwaltung", "2025-09-26 10:00")],
 "O3: milestone in_progress -> escalate (billable value of work not started).", [dec("refund", "escalate")])
case("meilenstein-abgenommen", OWB, "decided", [m("Musikschule Klangraum <buero@klangraum-musik.at>", "Geld zurück Meilenstein Design",
 "Servus, das Design für die Musikschule Klangraum haben wir zwar abgenommen, aber jetzt gefällt es dem Vorstand doch nicht mehr. Wir hätten gern die 18.000 (OWD-2025-309) zurück. Danke, Büro Klangraum", "2025-09-20 12:00")],
 "O3/O6: approved milestone -> deny.", [dec("refund", "deny")])
case("retainer-frist-ok", OWB, "decided", [m("Kraftwerk Fitness Marketing <marketing@kraftwerk-fitness.de>", "Kündigung SEO-Betreuung",
 "Hallo,\n\nhiermit kündigen wir die SEO-Betreuung Kraftwerk Fitness SEO (letzte Rechnung OWD-2025-310). Grund: Budgetkürzung für Q4, wir machen SEO ab Oktober inhouse.\n\nBeste Grüße\nTeam Marketing", "2025-09-26 09:00")],
 "O4/O8: next_billing 2025-10-15, request 09-26 <= 10-08 -> cancel, effective 2025-10-14.",
 [dec("cancellation", "cancel", eff="2025-10-14")])
case("retainer-zu-kurzfristig-at", OWB, "decided", [m("Direktion Hotel Alpenblick <direktion@alpenblick.at>", "Kündigung Social Media Betreuung",
 "Sehr geehrte Damen und Herren,\n\nwir kündigen die Betreuung Hotel Alpenblick Social Media (Rechnung OWD-2025-311), weil wir ab der Wintersaison eine eigene Marketingkraft angestellt haben.\n\nMit freundlichen Grüßen\nDirektion", "2025-09-26 15:00")],
 "O4: next_billing 2025-10-01, notice < 7 days -> next cycle billed; effective = its last day 2025-10-31.",
 [dec("cancellation", "cancel", eff="2025-10-31")])
case("retainer-genau-7-tage", OWB, "decided", [m("Velokurier Admin <admin@velokurier-zh.ch>", "Kündigung Ads-Betreuung",
 "Grüezi\nWir kündigen die Betreuung Velokurier Zürich Ads (OWD-2025-312). Grund: wir haben den Kurierdienst an eine Genossenschaft verkauft und die machen ihr Marketing selber.\nMerci und Gruss\nAdmin", "2025-09-30 19:00")],
 "O4: 19:00 CEST = 22:30 IST on 2025-09-30 = next_billing 2025-10-07 minus 7 days -> enough notice; effective 2025-10-06.",
 [dec("cancellation", "cancel", eff="2025-10-06")])
case("retainer-vorausbezahlt", OWB, "decided", [m("Kurz Immobilien <kontakt@kurz-immobilien.de>", "Content-Vertrag beenden",
 "Guten Tag,\n\nwir beenden den Content-Vertrag Kurz Immobilien Content (Rechnung OWD-2025-313), da wir die Firma zum Jahresende schließen.\n\nFreundliche Grüße\nH. Kurz", "2025-09-24 11:00")],
 "Section 8 retainer paid in advance: October already paid (OWD-2025-314), notice >= 7 days -> escalate.",
 [dec("cancellation", "escalate")])
case("hosting-14-tage", OWB, "decided", [m("Ferienwohnung Seeblick <vermietung@seeblick-ferien.de>", "Hosting kündigen und Erstattung",
 "Hallo,\n\nwir verkaufen die Ferienwohnung und brauchen das Hosting (Ferienwohnung Seeblick Hosting, Rechnung OWD-2025-315) nicht mehr. Bitte kündigen und anteilig erstatten.\n\nDanke\nFam. Seidel", "2025-09-27 10:00")],
 "O5: start 2025-09-20, day 7: (18000-2400)/12 = 1300; 18000-2400-1300 = 14300.00.",
 [dec("refund", "approve", "14300.00")], extra_ok=True)
case("wartung-tag-15", OWB, "decided", [m("Metzgerei Huber <info@metzgerei-huber.at>", "Wartungsvertrag Rückerstattung",
 "Grüß Gott, wir brauchen den Wartungsvertrag Metzgerei Huber Wartung (OWD-2025-316) nicht, unser Neffe macht das jetzt. Bitte Geld retour. Huber", "2025-09-16 10:00")],
 "O5: service_start 2025-09-01, request 2025-09-16 = day 15 > 14 -> deny.", [dec("refund", "deny")], extra_ok=True)
case("wartung-rundung", OWB, "decided", [m("Schuhtechnik Ott <service@schuhtechnik-ott.de>", "Wartung stornieren",
 "Sehr geehrte Damen und Herren,\n\nwir möchten die Wartung Schuhtechnik Ott Wartung (Rechnung OWD-2025-317) stornieren und um anteilige Erstattung bitten, da wir auf ein Shopsystem mit eigenem Support umsteigen.\n\nMit freundlichen Grüßen\nOrthopädie-Schuhtechnik Ott", "2025-09-29 08:30")],
 "O5: (10000-1234.56)/12 = 730.4533..; 10000-1234.56-730.4533 = 8034.9867 -> 8034.99 (C6 rounded once).",
 [dec("refund", "approve", "8034.99")], extra_ok=True)
case("domain-ssl-wien", OWB, "decided", [m("Café Mokka <cafe@mokka-wien.at>", "Domain & SSL zurück",
 "Hallo, für Café Mokka Website habt ihr uns Domain und SSL verrechnet (OWD-2025-318). Wir haben aber schon eine Domain, bitte das Geld zurück. Liebe Grüße vom Naschmarkt", "2025-09-22 16:00")],
 "O6: third_party (domain, SSL) -> deny.", [dec("refund", "deny")])
case("express-zuschlag", OWB, "decided", [m("Vogt Messebau Events <events@vogt-messebau.de>", "Expresszuschlag erstatten",
 "Hallo, die Landingpage für Messestand Vogt Landingpage kam zwar pünktlich, aber den Expresszuschlag (OWD-2025-319) sehen wir nicht ein, die Messe wurde ohnehin verschoben. Bitte erstatten. Gruß R. Vogt", "2025-09-19 09:00")],
 "O6: rush fee -> deny.", [dec("refund", "deny")])
case("aenderungswunsch", OWB, "decided", [m("TSV Nord Vorstand <vorstand@tsv-nord.de>", "Rechnung Änderungen",
 "Moin, für die TSV Nord Vereinsseite habt ihr uns die Zusatzänderungen berechnet (OWD-2025-320). Die Mitgliederversammlung hat das nicht genehmigt, daher bitten wir um Erstattung. Sportliche Grüße, der Vorstand", "2025-09-24 20:00")],
 "O6: change_request outside scope -> deny.", [dec("refund", "deny")])
case("fremde-adresse-c2", OWB, "need_info", [m("Dr. Andreas Albrecht <a.albrecht@gmail.com>", "Anzahlung Praxis-Website",
 "Hallo, bitte überweisen Sie die Anzahlung für die Praxis Dr. Albrecht Website (OWD-2025-301) zurück, wir machen das Projekt nicht. Gruß A. Albrecht", "2025-09-23 21:00")],
 "C2: not the contract email praxis@dr-albrecht.de -> ask to write from it, nothing disclosed.", rules=["C2"])
case("rueckbuchung-drohung", OWB, "decided", [m("Bergbahn Shop <shop@bergbahn-alp.ch>", "Letzte Aufforderung OWD-2025-302",
 "Guten Tag\n\nWir warten noch immer auf die Rückzahlung der Anzahlung für Bergbahn Shop (OWD-2025-302), das Projekt ist gestorben. Ohne Antwort bis Freitag leiten wir einen Chargeback über unsere Kreditkartenfirma ein.\n\nBergbahn AG", "2025-09-22 09:00")],
 "C4: chargeback threat -> escalate.", [dec("refund", "escalate")], rules=["C4"])
case("kein-grund-iphone", OWB, "need_info", [m("Blumen Schneider <laden@blumen-schneider.de>", "Erstattung",
 "Bitte Anzahlung OWD-2025-321 für Blumen Schneider Shop zurückerstatten.\n\nGesendet von meinem iPhone", "2025-09-30 07:15")],
 "Section 8: restating the request is no reason; Optima needs one -> ask for the reason.", missing=["reason"])
case("kuendigung-ohne-grund", OWB, "need_info", [m("Direktion Hotel Alpenblick <direktion@alpenblick.at>", "Kündigung",
 "Sehr geehrte Damen und Herren,\nhiermit kündigen wir den Vertrag Hotel Alpenblick Social Media, Rechnung OWD-2025-311.\nMit freundlichen Grüßen\nDirektion Hotel Alpenblick\nTel. +43 5412 1234", "2025-09-12 10:00")],
 "Section 8: Optima requires a reason for cancellations too; none given -> ask for it.", missing=["reason"])
case("fehlgeschlagene-zahlung", OWB, "decided", [m("Tanzschule Wirbel <info@tanzschule-wirbel.ch>", "Anzahlung zurück bitte",
 "Hoi zäme\nWir haben uns für einen Baukasten entschieden und wollen die Anzahlung für Tanzschule Wirbel Website (OWD-2025-322) zurück.\nGruess, Tanzschule Wirbel", "2025-09-28 09:00")],
 "Section 8: payment status failed (not paid) -> escalate.", [dec("refund", "escalate")])
case("ohne-rechnungsnr-zwei-zahlungen", OWB, "need_info", [m("Galerie Licht <kontakt@galerie-licht.de>", "Workshop stornieren",
 "Guten Tag,\nfür Galerie Licht Katalog möchten wir den Strategie-Workshop absagen, die Ausstellung wurde abgesagt. Bitte erstatten Sie die Workshop-Gebühr.\nMfG Galerie Licht", "2025-09-25 10:00")],
 "C3: two payments on the project and no reference given -> ask for the invoice number.", missing=["invoice_number"])
case("thread-rechnungsnr-nachgereicht", OWB, "decided", [
 m("Physio Am Markt <team@physio-am-markt.de>", "Anzahlung stornieren", "Hallo,\nwir stornieren die Physio Am Markt Website, weil wir die Praxisräume doch nicht bekommen haben. Bitte Anzahlung erstatten.\nTeam Physio", "2025-09-26 09:00"),
 m("Physio Am Markt <team@physio-am-markt.de>", "Re: Anzahlung stornieren [OWD-1187]", "Hallo, die Rechnungsnummer ist OWD 2025 325.\nGruß Team Physio\n\n> Bitte nennen Sie uns die Rechnungsnummer.", "2025-09-26 13:00")],
 "C3 thread: reference given (spaces, section 8); deposit paid 09-25 10:00 IST, first mail 09-26 12:30 IST = 26.5 h, no work -> approve 16000.00.",
 [dec("refund", "approve", "16000.00")], extra_ok=True)

if __name__ == "__main__":
    out = build(X, ledger)
    print("%d cases written" % len(out))
