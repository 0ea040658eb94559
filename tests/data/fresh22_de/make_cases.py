#!/usr/bin/env python3
"""fresh22 held-out round, German (de): writes ledger.json, emails/*.eml, expected.json, README.md.
Stdlib only, deterministic. Run: python3 make_cases.py"""
LANG = "de"
import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")


def zone(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def at(y, mo, d, h, mi, z):
    return datetime(y, mo, d, h, mi, tzinfo=z)


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps, pe, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", currency="INR", **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": currency, "paid_at": paid_at, "status": status,
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def eml(name, frm, to, subject, dt, text=None, html=None, prev=None, headers=None, msgid=None):
    """Write emails/<name>.eml; return (relative path, Message-ID)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid or f"<{name}.{LANG}.fresh22@mail.example>"
    if prev:
        msg["In-Reply-To"] = prev[-1]
        msg["References"] = " ".join(prev)
    for k, v in (headers or {}).items():
        msg[k] = v
    if text is not None and html is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    (HERE / "emails" / f"{name}.eml").write_bytes(msg.as_bytes(policy=policy.SMTP))
    return f"emails/{name}.eml", msg["Message-ID"]


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def K(date, outcome="cancel"):
    d = {"intent": "cancellation", "outcome": outcome}
    if outcome == "cancel":
        d["effective_date"] = date
    return d


def case(cid, brand, status, files, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None,
         spec="", clauses=""):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = list(decisions)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    c["_clauses"] = clauses
    CASES.append(c)


def answer(c):
    if c["status"] != "decided":
        extra = f" missing={c['missing']}" if c.get("missing") else ""
        r = f" rules={c['rules']}" if c["rules"] else ""
        return c["status"] + extra + r
    parts = []
    for d in c["decisions"]:
        s = f"{d['intent']} {d['outcome']}"
        if d.get("amount"):
            s += f" {d['amount']}"
        if d.get("effective_date"):
            s += f" eff. {d['effective_date']}"
        parts.append(s)
    r = f" rules={c['rules']}" if c["rules"] else ""
    return "; ".join(parts) + r


def start():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()


def finish(readme_head):
    (HERE / "ledger.json").write_text(json.dumps({"customers": CUSTOMERS, "projects": PROJECTS,
                                                   "payments": PAYMENTS}, indent=2, ensure_ascii=False) + "\n")
    lines = []
    cases = []
    for c in CASES:
        clauses = c.pop("_clauses")
        cases.append(c)
        lines.append(f"- `{c['id']}` ({'LO' if c['brand'] == LOB else 'OWD'}): {answer(c)} | {clauses}")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=2, ensure_ascii=False) + "\n")
    (HERE / "README.md").write_text(readme_head + "\n## Cases\n\n" + "\n".join(lines) + "\n")

CEST = zone(2)   # Germany, Austria, Switzerland in September 2025
start()

# ------------------------------------------------------------------ LeadsOptima
# l01 duplicate, approve, mobile dictation, reference typed loosely
cust("jonas.weber@weber-it.de", "Jonas Weber", "monthly", start="2025-09-22", end="2025-10-21")
lopay("de_p101", "LO-INV-7101", "jonas.weber@weber-it.de", "monthly", M, "2025-09-22T09:15:00", "2025-09-22", "2025-10-21")
lopay("de_p102", "LO-INV-7102", "jonas.weber@weber-it.de", "monthly", M, "2025-09-22T09:17:00", "2025-09-22", "2025-10-21")
f, _ = eml("l01-doppelt-abgebucht", "Jonas Weber <jonas.weber@weber-it.de>", LO_TO, "abbuchung doppelt",
           at(2025, 9, 23, 7, 52, CEST),
           "hallo leadsoptima team ihr habt mir gestern das monatsabo zweimal abgebucht einmal um 9 uhr 15 und "
           "dann nochmal zwei minuten spaeter beides 1499 rupien plus steuer die zweite rechnung ist lo inv 7102 "
           "bitte die doppelte abbuchung zurueck ueberweisen danke\n\ngruss jonas\n\nvon unterwegs diktiert, "
           "bitte tippfehler entschuldigen\n")
case("l01-doppelt-diktiert", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="L2 duplicate, L3 day 1 (charge 2025-09-22, request 2025-09-23 11:22 IST), L4 pair of paid 1499.00 same period; refund the later charge LO-INV-7102 = 1499.00 (C6 before tax); 'lo inv 7102' matches (section 8).",
     clauses="L2 L3 L4 C6, section 8 references")

# l02 duplicate, day 8 -> deny (Austria)
cust("sabine.hofer@gmx.at", "Sabine Hofer", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("de_p111", "LO-INV-7111", "sabine.hofer@gmx.at", "quarterly", Q, "2025-09-10T13:40:00", "2025-09-10", "2025-12-09")
lopay("de_p112", "LO-INV-7112", "sabine.hofer@gmx.at", "quarterly", Q, "2025-09-10T13:41:00", "2025-09-10", "2025-12-09")
f, _ = eml("l02-zweimal-tag8", "Sabine Hofer <sabine.hofer@gmx.at>", LO_TO, "Doppelte Abbuchung Quartalsabo",
           at(2025, 9, 18, 8, 30, CEST),
           "Grüß Gott,\n\nbeim Durchschauen meiner Kontoauszüge ist mir aufgefallen, dass mir das Quartalsabo am "
           "10. September zweimal verrechnet wurde (2 x 3.999,00 INR zzgl. Steuer). Die zweite Rechnung hat die "
           "Nummer LO-INV-7112. Ich ersuche um Rückerstattung des doppelt bezahlten Betrags.\n\n"
           "Mit freundlichen Grüßen aus Graz\nSabine Hofer\n")
case("l02-doppelt-tag8", LOB, "decided", [f], [R("deny")],
     spec="Duplicate pair charged 2025-09-10 (day 0); request 2025-09-18 12:00 IST is day 8 > 7: deny by L3 (the Austrian 'verrechnet' is a duplicate claim).",
     clauses="L2 L3")

# l03 duplicate, day 7 late evening in Switzerland -> still day 7 in IST -> approve
cust("m.keller@keller-bau.ch", "Markus Keller", "annual", start="2025-09-14", end="2026-09-13")
lopay("de_p121", "LO-INV-7121", "m.keller@keller-bau.ch", "annual", A, "2025-09-14T10:00:00", "2025-09-14", "2026-09-13")
lopay("de_p122", "LO-INV-7122", "m.keller@keller-bau.ch", "annual", A, "2025-09-14T10:02:00", "2025-09-14", "2026-09-13")
f, _ = eml("l03-jahresabo-zweimal-tag7", "Keller Markus <m.keller@keller-bau.ch>", LO_TO,
           "Jahresabo 2x belastet - LO-INV-7122", at(2025, 9, 21, 19, 55, CEST),
           "Grüezi\n\nIhr habt uns das Jahresabo am 14.9. zweimal belastet, zweimal 11'988.00 INR. Auf der "
           "Kreditkartenabrechnung sieht man es klar. Bitte die zweite Belastung (Rechnung LO-INV-7122) "
           "zurückerstatten, die erste Belastung stimmt ja, das Abo läuft weiter.\n\nFreundliche Grüsse\nMarkus Keller\n"
           "Keller Bau AG, Winterthur\n")
case("l03-doppelt-tag7-abends", LOB, "decided", [f], [R("approve", "11988.00")],
     spec="Charges 2025-09-14 (day 0); sent Sun 2025-09-21 19:55 +02:00 = 23:25 IST, still 2025-09-21 = day 7, inside L3; L4 pair: refund LO-INV-7122 11988.00 before tax.",
     clauses="L3 day 7 inside, L4, section 1 days in IST")

# l04 three identical charges, one outside the window
cust("t.schneider@posteo.de", "Tobias Schneider", "monthly", start="2025-09-10", end="2025-10-09")
lopay("de_p131", "LO-INV-7131", "t.schneider@posteo.de", "monthly", M, "2025-09-10T08:00:00", "2025-09-10", "2025-10-09")
lopay("de_p132", "LO-INV-7132", "t.schneider@posteo.de", "monthly", M, "2025-09-12T08:00:00", "2025-09-10", "2025-10-09")
lopay("de_p133", "LO-INV-7133", "t.schneider@posteo.de", "monthly", M, "2025-09-19T08:00:00", "2025-09-10", "2025-10-09")
f, _ = eml("l04-dreimal", "Tobias Schneider <t.schneider@posteo.de>", LO_TO, "Dreifach abgebucht?!",
           at(2025, 9, 24, 10, 0, CEST),
           "Hallo,\n\nich zahle das Monatsabo, wurde aber für denselben Zeitraum (10.09.–09.10.) jetzt DREIMAL "
           "belastet: LO-INV-7131, LO-INV-7132 und LO-INV-7133, jeweils 1.499,00. Das ist eine Doppelbuchung "
           "bzw. Dreifachbuchung, bitte erstattet mir die zu viel gezahlten Beträge.\n\nTobias\n")
case("l04-dreifach-belastet", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="Section 8 three identical charges: 7132 (2025-09-12) and 7133 (2025-09-19) are duplicates; request 2025-09-24: 7132 is day 12 (outside L3), 7133 day 5 (inside): refund 1499.00.",
     clauses="L4, section 8 three identical charges, L3")

# l05 'doppelt' but the ledger has one charge -> escalate; invoice filled from the single charge
cust("lena.fischer@web.de", "Lena Fischer", "monthly", start="2025-09-25", end="2025-10-24")
lopay("de_p141", "LO-INV-7141", "lena.fischer@web.de", "monthly", M, "2025-09-25T18:20:00", "2025-09-25", "2025-10-24")
f, _ = eml("l05-doppelt-ohne-paar", "Lena Fischer <lena.fischer@web.de>", LO_TO, "Zahlung doppelt??",
           at(2025, 9, 26, 13, 5, CEST),
           "Hi ihr Lieben,\n\nin meiner Banking-App sehe ich eure Abbuchung vom 25.09. zweimal, also doppelt bezahlt. "
           "Könnt ihr mir das doppelt abgebuchte Geld bitte zurückgeben?\n\nLG Lena\n")
case("l05-doppelt-nur-eine-zahlung", LOB, "decided", [f], [R("escalate")],
     spec="Duplicate claim on day 1, but the ledger holds one paid charge (LO-INV-7141, filled from the ledger for the verified sender): no pair, L4 escalate, no amount.",
     clauses="L4 no pair, section 1 invoice filled")

# l06 charged after cancelling -> billing error, escalate
cust("p.wagner@t-online.de", "Petra Wagner", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("de_p150", "LO-INV-7150", "p.wagner@t-online.de", "quarterly", Q, "2025-06-15T10:00:00", "2025-06-15", "2025-09-14")
lopay("de_p151", "LO-INV-7151", "p.wagner@t-online.de", "quarterly", Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
f, _ = eml("l06-trotz-kuendigung", "Petra Wagner <p.wagner@t-online.de>", LO_TO,
           "Abbuchung trotz Kündigung", at(2025, 9, 17, 9, 40, CEST),
           "Sehr geehrte Damen und Herren,\n\nich habe mein Quartalsabo bereits Ende August gekündigt, trotzdem "
           "wurde am 15.09. erneut abgebucht (Rechnungsnummer LO INV 7151). Ich wurde also nach meiner Kündigung "
           "belastet. Bitte prüfen Sie das und erstatten Sie den Betrag.\n\nMit freundlichen Grüßen\nPetra Wagner\n")
case("l06-nach-kuendigung-belastet", LOB, "decided", [f], [R("escalate")],
     spec="Billing error (charged after cancelling), LO-INV-7151 charged 2025-09-15, request day 2: L5 escalate.",
     clauses="L2 billing_error, L3, L5")

# l07 wrong plan, day 11 -> deny L3; invoice filled
cust("k.bauer@bauer-consulting.de", "Katharina Bauer", "annual", start="2025-09-01", end="2026-08-31")
lopay("de_p161", "LO-INV-7161", "k.bauer@bauer-consulting.de", "annual", A, "2025-09-01T12:00:00", "2025-09-01", "2026-08-31")
f, _ = eml("l07-falscher-tarif-tag11", "Katharina Bauer <k.bauer@bauer-consulting.de>", LO_TO,
           "Falscher Tarif abgerechnet", at(2025, 9, 12, 16, 20, CEST),
           "Sehr geehrtes LeadsOptima-Team,\n\nbei der Verlängerung wurde mir das Jahresabo statt des Monatsabos "
           "berechnet – 11.988,00 statt 1.499,00. Das war so nicht vereinbart. Ich bitte um Erstattung der "
           "Differenz bzw. um Korrektur.\n\nFreundliche Grüße\nKatharina Bauer\nBauer Consulting, München\n")
case("l07-falscher-tarif-tag11", LOB, "decided", [f], [R("deny")],
     spec="Billing error claim, but the only charge (LO-INV-7161, filled) is 2025-09-01 and the request 2025-09-12 is day 11 > 7: deny L3.",
     clauses="L2 billing_error, L3 outside")

# l08 access failure inside window (Austrian), escalate
cust("f.huber@aon.at", "Florian Huber", "monthly", start="2025-09-27", end="2025-10-26")
lopay("de_p170", "LO-INV-7170", "f.huber@aon.at", "monthly", M, "2025-08-27T09:00:00", "2025-08-27", "2025-09-26")
lopay("de_p171", "LO-INV-7171", "f.huber@aon.at", "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
f, _ = eml("l08-komm-nicht-rein", "Florian Huber <f.huber@aon.at>", LO_TO, "Login geht nicht!!!",
           at(2025, 9, 29, 8, 10, CEST),
           "Servus,\n\nseit Samstag kann ich mich nicht einloggen, kommt immer nur 'Session expired' und dann "
           "wieder die Login-Seite. Zahlen darf ich aber brav (LO-INV-7171). Wenn das nicht geht will ich mein "
           "Geld zurück.\n\nFlorian\n")
case("l08-login-geht-nicht", LOB, "decided", [f], [R("escalate")],
     spec="Access failure ('kann mich nicht einloggen'), LO-INV-7171 charged 2025-09-27, request day 2: L6 escalate.",
     clauses="L2 access_failure, L3, L6")

# l09 access failure outside window -> deny
cust("j.zimmermann@mailbox.org", "Julia Zimmermann", "monthly", start="2025-09-05", end="2025-10-04")
lopay("de_p181", "LO-INV-7181", "j.zimmermann@mailbox.org", "monthly", M, "2025-09-05T07:30:00", "2025-09-05", "2025-10-04")
f, _ = eml("l09-plattform-laedt-nicht-spaet", "Julia Zimmermann <j.zimmermann@mailbox.org>", LO_TO,
           "Plattform lädt nicht – Erstattung", at(2025, 9, 30, 11, 0, CEST),
           "Hallo,\n\ndie Plattform lädt bei mir seit Wochen nicht richtig, das Dashboard bleibt weiß. Ich habe "
           "den ganzen September praktisch nichts davon gehabt und möchte die Septemberzahlung erstattet bekommen.\n\n"
           "Viele Grüße\nJulia Zimmermann\n")
case("l09-zugriff-tag25", LOB, "decided", [f], [R("deny")],
     spec="Access failure, but the only charge LO-INV-7181 (filled) is 2025-09-05; request 2025-09-30 is day 25: deny L3.",
     clauses="L2 access_failure, L3 outside")

# l10 changed mind -> deny L1
cust("s.braun@braun-gmbh.de", "Stefan Braun", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("de_p191", "LO-INV-7191", "s.braun@braun-gmbh.de", "quarterly", Q, "2025-09-25T10:10:00", "2025-09-25", "2025-12-24")
f, _ = eml("l10-doch-hubspot", "Stefan Braun <s.braun@braun-gmbh.de>", LO_TO, "Erstattung Quartalsabo",
           at(2025, 9, 26, 15, 45, CEST),
           "Moin,\n\nwir haben intern entschieden, doch bei HubSpot zu bleiben. Das Quartalsabo wurde gestern "
           "verlängert, wir haben es aber nicht mehr benutzt. Bitte den Betrag (3.999 INR) zurückerstatten.\n\n"
           "Gruß aus Hamburg\nStefan Braun\n")
case("l10-meinung-geaendert", LOB, "decided", [f], [R("deny")],
     spec="Changed mind / not used is no L2 exception: deny by L1 (inside the window does not help); the reply offers cancellation, no cancellation decision asked for.",
     clauses="L1")

# l11 refund of unused months + cancel -> deny + cancel at current_period_end
cust("m.neumann@neumann-steuer.de", "Martin Neumann", "annual", start="2025-04-01", end="2026-03-31")
lopay("de_p201", "LO-INV-7201", "m.neumann@neumann-steuer.de", "annual", A, "2025-04-01T09:00:00", "2025-04-01", "2026-03-31")
f, _ = eml("l11-restmonate-kuendigen", "Martin Neumann <m.neumann@neumann-steuer.de>", LO_TO,
           "Kündigung Jahresabo und Erstattung der Restlaufzeit", at(2025, 9, 22, 18, 30, CEST),
           "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Jahresabo. Wir stellen unsere Akquise "
           "auf Empfehlungen um und brauchen das Tool nicht mehr. Für die nicht genutzten Monate Oktober bis März "
           "bitte ich um anteilige Rückerstattung.\n\nMit freundlichen Grüßen\nMartin Neumann\n")
case("l11-restlaufzeit-und-kuendigung", LOB, "decided", [f], [R("deny"), K("2026-03-31")],
     spec="Partial refund for unused months: deny (L1, clause 2); cancellation: L8 effective current_period_end 2026-03-31.",
     clauses="L1 L8")

# l12 free trial -> deny L7
cust("n.schwarz@outlook.de", "Nina Schwarz", "monthly", status="trial", trial_ends="2025-10-06")
f, _ = eml("l12-testphase", "Nina Schwarz <n.schwarz@outlook.de>", LO_TO, "Test beenden + Geld zurück",
           at(2025, 9, 28, 20, 10, CEST),
           "Hallo, ich teste LeadsOptima gerade (Monatsplan, Testphase) und es ist leider nichts für mich, zu "
           "kompliziert für meinen kleinen Laden. Bitte beendet den Test und erstattet mir, was ihr evtl. schon "
           "abgebucht habt.\nNina\n")
case("l12-testphase", LOB, "decided", [f], [R("deny")], extra_ok=True,
     spec="Trial account, no charges in the ledger: refund deny by L7 (no billing unless they subscribe). Ending the trial may be read as a cancellation too (extra_ok).",
     clauses="L7")

# l13 cancel, HTML-only webmail, period end from ledger
cust("u.wolf@gmx.net", "Uwe Wolf", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("de_p221", "LO-INV-7221", "u.wolf@gmx.net", "quarterly", Q, "2025-08-10T11:00:00", "2025-08-10", "2025-11-09")
f, _ = eml("l13-kuendigung-html", "Uwe Wolf <u.wolf@gmx.net>", LO_TO, "Kündigung", at(2025, 9, 25, 9, 5, CEST),
           html="<html><body><div style=\"font-family: Verdana\">Hallo LeadsOptima,<br><br>hiermit kündige ich "
                "mein <b>Quartalsabo</b> zum nächstmöglichen Zeitpunkt. Grund: unser Projekt ist ausgelaufen."
                "<br><br>Bitte bestätigen Sie mir die Kündigung schriftlich.<br><br>Mit freundlichen Grüßen<br>"
                "Uwe Wolf</div><div style=\"color:#888\">-- <br>Gesendet mit GMX FreeMail</div></body></html>")
case("l13-kuendigung-html", LOB, "decided", [f], [K("2025-11-09")],
     spec="HTML-only cancellation from the registered address: L8 cancel, effective current_period_end 2025-11-09.",
     clauses="L8, C3 reason given")

# l14 cancel, fallback from last charge (UTC offset in the ledger)
cust("c.hartmann@hartmann-media.de", "Clara Hartmann", "monthly")
lopay("de_p231", "LO-INV-7231", "c.hartmann@hartmann-media.de", "monthly", M, "2025-07-31T22:10:00Z", None, None)
lopay("de_p232", "LO-INV-7232", "c.hartmann@hartmann-media.de", "monthly", M, "2025-08-31T22:10:00Z", None, None)
f, _ = eml("l14-kuendigung-fallback", "Clara Hartmann <c.hartmann@hartmann-media.de>", LO_TO,
           "Abo beenden", at(2025, 9, 24, 14, 0, CEST),
           "Hallo zusammen,\n\nbitte beendet mein Monatsabo, ich mache mich ab Oktober selbständig und nutze "
           "dann ein anderes CRM.\n\nBeste Grüße\nClara\n")
case("l14-kuendigung-fallback", LOB, "decided", [f], [K("2025-09-30")],
     spec="No current_period_end: L8 fallback from the last charge 2025-08-31T22:10Z = 2025-09-01 03:40 IST (section 8 offsets) + 1 month - 1 day = 2025-09-30.",
     clauses="L8 fallback, section 8 ledger offsets")

# l15 cancel one-liner, no reason (not needed for LO cancellations)
cust("l.krueger@icloud.com", "Lars Krüger", "monthly", start="2025-09-12", end="2025-10-11")
lopay("de_p241", "LO-INV-7241", "l.krueger@icloud.com", "monthly", M, "2025-09-12T08:00:00", "2025-09-12", "2025-10-11")
f, _ = eml("l15-kuendigen-einzeiler", "Lars Krüger <l.krueger@icloud.com>", LO_TO, "kündigen",
           at(2025, 9, 29, 22, 41, CEST), "Bitte mein Abo kündigen. Danke\n\nVon meinem iPhone gesendet\n")
case("l15-kuendigen-ohne-grund", LOB, "decided", [f], [K("2025-10-11")],
     spec="Cancellation with no reason: LeadsOptima does not hold it up (section 3); plan filled from the ledger; L8 effective 2025-10-11.",
     clauses="L8, section 3 reason not required")

# l16 C2: from a private gmail, names the registered address
cust("m.vogel@vogel-elektro.de", "Mario Vogel", "monthly", start="2025-09-27", end="2025-10-26")
lopay("de_p251", "LO-INV-7251", "m.vogel@vogel-elektro.de", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("de_p252", "LO-INV-7252", "m.vogel@vogel-elektro.de", "monthly", M, "2025-09-27T10:01:00", "2025-09-27", "2025-10-26")
f, _ = eml("l16-privatadresse", "Mario Vogel <mario.vogel84@gmail.com>", LO_TO, "doppelt gezahlt",
           at(2025, 9, 28, 11, 30, CEST),
           "Hallo, schreibe von privat weil ich im Urlaub bin. Mein Konto läuft über m.vogel@vogel-elektro.de, "
           "Monatsplan. Ihr habt am 27.9. zweimal abgebucht (LO-INV-7252). Bitte zurückbuchen.\nMario Vogel\n")
case("l16-c2-privatadresse", LOB, "need_info", [f], rules=["C2"],
     spec="Sender mario.vogel84@gmail.com is not the registered m.vogel@vogel-elektro.de: C2, ask to write from the address on record, nothing about the account.",
     clauses="C2")

# l17 C2 via a forward from the secretary (WG:)
cust("dr.lang@praxis-lang.de", "Dr. Thomas Lang", "annual", start="2025-03-01", end="2026-02-28")
lopay("de_p261", "LO-INV-7261", "dr.lang@praxis-lang.de", "annual", A, "2025-03-01T09:00:00", "2025-03-01", "2026-02-28")
f, _ = eml("l17-wg-sekretariat", "Sekretariat Praxis Dr. Lang <sekretariat@praxis-lang.de>", LO_TO,
           "WG: LeadsOptima kündigen", at(2025, 9, 23, 10, 15, CEST),
           "Sehr geehrte Damen und Herren,\n\nanbei die Nachricht von Herrn Dr. Lang mit der Bitte um Erledigung.\n\n"
           "Mit freundlichen Grüßen\nM. Yilmaz, Praxismanagement\n\n"
           "-----Ursprüngliche Nachricht-----\nVon: Dr. Thomas Lang <dr.lang@praxis-lang.de>\n"
           "Gesendet: Montag, 22. September 2025 19:02\nAn: Sekretariat <sekretariat@praxis-lang.de>\n"
           "Betreff: LeadsOptima kündigen\n\nFrau Yilmaz, bitte kündigen Sie unser LeadsOptima-Jahresabo "
           "(registriert auf dr.lang@praxis-lang.de), wir machen keine Online-Werbung mehr. Danke, TL\n")
case("l17-c2-weitergeleitet", LOB, "need_info", [f], rules=["C2"],
     spec="Forward (WG:) carrying a cancellation for the registered dr.lang@praxis-lang.de, sent from sekretariat@: C2 via a forward (section 8), ask for the request from the address on record.",
     clauses="C2, section 8 forwards")

# l18 forward of a bank notice from the registered address itself -> approve
cust("anna.lehmann@lehmann-design.de", "Anna Lehmann", "monthly", start="2025-09-28", end="2025-10-27")
lopay("de_p271", "LO-INV-7271", "anna.lehmann@lehmann-design.de", "monthly", M, "2025-09-28T11:00:00", "2025-09-28", "2025-10-27")
lopay("de_p272", "LO-INV-7272", "anna.lehmann@lehmann-design.de", "monthly", M, "2025-09-28T11:01:00", "2025-09-28", "2025-10-27")
f, _ = eml("l18-wg-bankmitteilung", "Anna Lehmann <anna.lehmann@lehmann-design.de>", LO_TO,
           "WG: Neue Umsätze auf Ihrer Kreditkarte", at(2025, 9, 29, 9, 10, CEST),
           "Hallo, siehe unten – ihr habt doppelt abgebucht. Die zweite Rechnung ist LO-INV-7272, bitte "
           "erstatten.\nAnna\n\nAnfang der weitergeleiteten Nachricht:\n\nVon: Sparkasse KölnBonn <noreply@sparkasse.example>\n"
           "Betreff: Neue Umsätze auf Ihrer Kreditkarte\nDatum: 28. September 2025 um 08:15:03 MESZ\n"
           "An: anna.lehmann@lehmann-design.de\n\nNeue Umsätze auf Ihrer Mastercard (**** 4711):\n"
           "28.09.2025  LEADSOPTIMA SUBSCRIPTION  -1.768,82 INR\n28.09.2025  LEADSOPTIMA SUBSCRIPTION  -1.768,82 INR\n")
case("l18-weitergeleitet-vom-kunden", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="Forward from the registered address itself (Apple Mail block): duplicate pair 2025-09-28, request day 1: L4 approve LO-INV-7272 1499.00 before tax (the bank shows 1,768.82 incl. tax, C6).",
     clauses="L4 C6, section 8 forwards")

# l19 chargeback threat covers refund + cancel
cust("h.schulz@schulz-shop.de", "Heike Schulz", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("de_p281", "LO-INV-7281", "h.schulz@schulz-shop.de", "quarterly", Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
f, _ = eml("l19-chargeback-und-kuendigung", "Heike Schulz <h.schulz@schulz-shop.de>", LO_TO,
           "Kündigung + Geld zurück, sonst Chargeback", at(2025, 9, 24, 21, 0, CEST),
           "Ich kündige hiermit mein Abo mit sofortiger Wirkung. Das Tool hat uns NULL Leads gebracht. Ich will die "
           "3.999 Rupien zurück, sonst lasse ich die Zahlung über meine Kreditkartenfirma zurückbuchen (Chargeback). "
           "Das ist mein letztes Wort.\nH. Schulz\n")
case("l19-chargeback-deckt-alles", LOB, "decided", [f], [R("escalate"), K(None, "escalate")], rules=["C4"],
     spec="Chargeback threat: C4 escalates every intent, the cancellation included (section 8).",
     clauses="C4, section 8 C4 covers the whole case")

# l20 lawyer + access failure -> escalate C4
cust("b.maier@maier-partner.at", "Bernhard Maier", "monthly", start="2025-09-24", end="2025-10-23")
lopay("de_p291", "LO-INV-7291", "b.maier@maier-partner.at", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
f, _ = eml("l20-anwalt", "Bernhard Maier <b.maier@maier-partner.at>", LO_TO, "Letzte Aufforderung",
           at(2025, 9, 27, 10, 20, CEST),
           "Sehr geehrte Damen und Herren,\n\nseit der Zahlung vom 24.09. habe ich keinen Zugriff auf mein Konto. "
           "Sollte ich binnen 5 Tagen keine Rückzahlung erhalten, übergebe ich die Angelegenheit meinem Anwalt.\n\n"
           "Hochachtungsvoll\nMag. Bernhard Maier\n")
case("l20-anwalt", LOB, "decided", [f], [R("escalate")], rules=["C4"],
     spec="Access failure inside the window, but the lawyer threat ('meinem Anwalt') makes it C4 escalate.",
     clauses="C4, L6")

# l21 out-of-office
f, _ = eml("l21-abwesenheit", "Jonas Weber <jonas.weber@weber-it.de>", LO_TO,
           "Automatische Antwort: Ihre Anfrage [LO-7101]", at(2025, 9, 30, 8, 0, CEST),
           "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 nicht im Büro und habe keinen "
           "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@weber-it.de.\n",
           headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l21-abwesenheitsnotiz", LOB, "ignore", [f], rules=["C7"],
     spec="Auto-Submitted: auto-replied out-of-office: C7 ignore.", clauses="C7")

# l22 bounce
f, _ = eml("l22-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mx.gmx.net>", LO_TO,
           "Unzustellbar: Re: Ihre Kündigung [LO-7221]", at(2025, 9, 26, 3, 12, CEST),
           "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden:\n"
           "  u.wolff@gmx.net\n    Mailbox nicht vorhanden (550 5.1.1)\n")
case("l22-bounce", LOB, "ignore", [f], rules=["C7"],
     spec="MAILER-DAEMON sender: delivery failure report, C7 ignore.", clauses="C7")

# l23 negation + invoice question -> other
f, _ = eml("l23-keine-erstattung-uid", "Florian Huber <f.huber@aon.at>", LO_TO, "Rechnung mit UID-Nummer",
           at(2025, 9, 30, 14, 25, CEST),
           "Hallo nochmal,\n\nkeine Sorge, ich will KEINE Rückerstattung und auch nicht kündigen, der Login geht "
           "wieder. Ich bräuchte nur die Rechnung LO-INV-7171 mit unserer UID-Nummer ATU12345678 drauf, für die "
           "Buchhaltung.\n\nDanke & schönen Tag\nFlorian\n")
case("l23-keine-erstattung-nur-rechnung", LOB, "other", [f],
     spec="Negated refund and cancellation (section 8); an invoice request asks for nothing the policy decides: other.",
     clauses="section 8 negation")

# l24 hypothetical before buying
f, _ = eml("l24-vorab-frage", "Bäckerei Roth <info@baeckerei-roth.de>", LO_TO, "Frage vor Abschluss",
           at(2025, 9, 25, 6, 30, CEST),
           "Guten Morgen,\n\nwir überlegen, das Jahresabo abzuschließen. Falls wir nach zwei Monaten merken, dass "
           "es nicht passt: würden wir dann das Geld für die restlichen Monate zurückbekommen? Oder ginge das nur "
           "mit dem Monatsabo?\n\nViele Grüße aus der Backstube\nFamilie Roth\n")
case("l24-hypothetisch-vor-kauf", LOB, "other", [f],
     spec="Hypothetical before buying ('würden wir ... zurückbekommen?'): a policy question, other (section 8).",
     clauses="section 8 hypotheticals")

# l25 thanks after refund
f, _ = eml("l25-danke", "Jonas Weber <jonas.weber@weber-it.de>", LO_TO, "Re: Erstattung LO-INV-7102",
           at(2025, 9, 30, 19, 40, CEST),
           "Hallo, nur kurz: die Rückerstattung ist heute auf meinem Konto eingegangen. Danke für die schnelle "
           "Bearbeitung, top!\nJonas\n", prev=["<lo-reply-7102@leadsoptima.com>"])
case("l25-danke-nach-erstattung", LOB, "other", [f],
     spec="A thank-you after a refund asks for nothing: other.", clauses="section 8 past events")

# l26 missing reason: restatement + signature + disclaimer only
cust("g.schmitt@schmitt-logistik.de", "Gerd Schmitt", "monthly", start="2025-09-26", end="2025-10-25")
lopay("de_p301", "LO-INV-7301", "g.schmitt@schmitt-logistik.de", "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f, _ = eml("l26-ohne-grund", "Gerd Schmitt <g.schmitt@schmitt-logistik.de>", LO_TO,
           "Antrag auf Rückerstattung LO-INV-7301", at(2025, 9, 29, 11, 15, CEST),
           "Sehr geehrte Damen und Herren,\n\nhiermit beantrage ich die Rückerstattung der Zahlung LO-INV-7301 "
           "vom 26.09.2025 über 1.499,00 INR auf das ursprüngliche Zahlungsmittel.\n\nFür Rückfragen stehe ich "
           "gerne zur Verfügung.\n\nMit freundlichen Grüßen\ni. A. Gerd Schmitt\nLeitung Einkauf\n\n"
           "Schmitt Logistik GmbH & Co. KG | Hafenstraße 12 | 28217 Bremen\nGeschäftsführer: K. Schmitt | "
           "Amtsgericht Bremen HRA 12345\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der "
           "richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n")
case("l26-kein-grund", LOB, "need_info", [f], missing=["reason"],
     spec="Refund restated, signature and disclaimer are not a reason (section 8): C3 ask for the reason only (plan from the ledger, invoice given).",
     clauses="C3, section 8 what a reason is")

# l27 thread: need_info answered; window measured from the first mail
cust("e.koenig@koenig-events.de", "Eva König", "monthly", start="2025-09-21", end="2025-10-20")
lopay("de_p311", "LO-INV-7311", "e.koenig@koenig-events.de", "monthly", M, "2025-09-21T12:00:00", "2025-09-21", "2025-10-20")
f1, m1 = eml("l27a-erstattung", "Eva König <e.koenig@koenig-events.de>", LO_TO, "Erstattung bitte",
             at(2025, 9, 26, 17, 30, CEST),
             "Hallo, bitte erstattet mir die letzte Zahlung. Danke, Eva König\n")
f2, _ = eml("l27b-grund-nachgereicht", "Eva König <e.koenig@koenig-events.de>", LO_TO,
            "Re: Erstattung bitte [LO-7311]", at(2025, 9, 30, 9, 0, CEST),
            "Hallo,\n\nsorry, der Grund: das Dashboard lädt seit dem 22. nicht mehr, nur weißer Bildschirm, auf "
            "zwei verschiedenen Rechnern.\n\nEva\n\nAm 26.09.2025 um 21:03 schrieb LeadsOptima Support:\n"
            "> Please tell us the reason for your refund request.\n",
            prev=[m1, "<lo-needinfo-7311@leadsoptima.com>"])
case("l27-thread-grund-nachgereicht", LOB, "decided", [f1, f2], [R("escalate")],
     spec="Reply (In-Reply-To/References) gives the reason: access failure; request time is the first mail 2025-09-26 (day 5; the reply is day 9): L6 escalate.",
     clauses="C3 thread, L6, section 1 request time")

# l28 access failure, two charges, no invoice -> need_info invoice_number
cust("d.koch@koch-immobilien.de", "Daniel Koch", "monthly", start="2025-09-20", end="2025-10-19")
lopay("de_p321", "LO-INV-7321", "d.koch@koch-immobilien.de", "monthly", M, "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
lopay("de_p322", "LO-INV-7322", "d.koch@koch-immobilien.de", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f, _ = eml("l28-ohne-rechnungsnummer", "Daniel Koch <d.koch@koch-immobilien.de>", LO_TO,
           "Kein Zugang mehr", at(2025, 9, 24, 12, 45, CEST),
           "Hallo,\n\nich habe seit Sonntag keinen Zugang mehr zu meinem Account, Passwort zurücksetzen bringt "
           "nichts. So zahle ich nicht, bitte Geld zurück.\n\nDaniel Koch\nKoch Immobilien\n")
case("l28-fehlende-rechnung", LOB, "need_info", [f], missing=["invoice_number"],
     spec="Refund for access failure from the registered address, but the account has two charges and none is named: C3 asks for the invoice number (section 3).",
     clauses="C3, section 3 invoice required")

# l29 access failure + cancellation
cust("w.lang@lang-kfz.de", "Werner Lang", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("de_p331", "LO-INV-7331", "w.lang@lang-kfz.de", "quarterly", Q, "2025-09-20T08:30:00", "2025-09-20", "2025-12-19")
f, _ = eml("l29-zugang-und-kuendigung", "Werner Lang <w.lang@lang-kfz.de>", LO_TO,
           "kündigung und erstattung", at(2025, 9, 25, 7, 20, CEST),
           "guten tag\nseit der verlaengerung am 20.9. kann ich mich nicht anmelden fehler 500. ich kuendige "
           "hiermit das abo und moechte das geld fuer das quartal zurueck\nw. lang kfz-meisterbetrieb\n")
case("l29-zugang-plus-kuendigung", LOB, "decided", [f], [R("escalate"), K("2025-12-19")],
     spec="Access failure day 5 (LO-INV-7331, filled): L6 escalate; cancellation: L8 effective current_period_end 2025-12-19.",
     clauses="L6 L8")

# l30 refunded second charge: no pair of paid charges -> escalate
cust("o.frank@frank-fotografie.de", "Oliver Frank", "monthly", start="2025-09-19", end="2025-10-18")
lopay("de_p341", "LO-INV-7341", "o.frank@frank-fotografie.de", "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
lopay("de_p342", "LO-INV-7342", "o.frank@frank-fotografie.de", "monthly", M, "2025-09-19T10:00:30", "2025-09-19", "2025-10-18", status="refunded")
f, _ = eml("l30-bereits-erstattet", "Oliver Frank <o.frank@frank-fotografie.de>", LO_TO,
           "Doppelzahlung LO-INV-7342", at(2025, 9, 22, 16, 0, CEST),
           "Hallo,\n\nam 19.09. wurde mein Monatsbeitrag doppelt eingezogen, die Doppelbuchung ist LO-INV-7342. "
           "Bitte um Rückzahlung.\n\nOliver Frank | Frank Fotografie\n")
case("l30-doppel-nicht-bezahlt", LOB, "decided", [f], [R("escalate")],
     spec="The named duplicate LO-INV-7342 has status refunded: a refund of a payment that is not paid is escalate (section 8); no pair of paid charges either (L4).",
     clauses="L4, section 8 payments not paid")

# l31 Reply-To never verifies: From the office, Reply-To the registered address
f, _ = eml("l31-reply-to", "Vogel Elektro Buchhaltung <buchhaltung@vogel-elektro.de>", LO_TO,
           "Doppelbuchung September", at(2025, 9, 29, 8, 50, CEST),
           "Guten Morgen,\n\nim Auftrag von Herrn Vogel: das Monatsabo wurde am 27.09. doppelt abgebucht, die "
           "zweite Buchung ist LO-INV-7252. Bitte erstatten Sie diese. Antworten bitte direkt an Herrn Vogel "
           "(siehe Reply-To).\n\nMit freundlichen Grüßen\nBuchhaltung Vogel Elektro\n",
           headers={"Reply-To": "Mario Vogel <m.vogel@vogel-elektro.de>"})
case("l31-reply-to-verifiziert-nicht", LOB, "need_info", [f], rules=["C2"],
     spec="From buchhaltung@ is not the registered m.vogel@vogel-elektro.de; Reply-To never verifies anyone (section 8): C2.",
     clauses="C2, section 8 addresses")

# l32 duplicate, amount written in words, Swiss German, reference with dots
cust("r.gerber@gerber-treuhand.ch", "Ruth Gerber", "monthly", start="2025-09-26", end="2025-10-25")
lopay("de_p351", "LO-INV-7351", "r.gerber@gerber-treuhand.ch", "monthly", M, "2025-09-26T14:00:00", "2025-09-26", "2025-10-25")
lopay("de_p352", "LO-INV-7352", "r.gerber@gerber-treuhand.ch", "monthly", M, "2025-09-26T14:03:00", "2025-09-26", "2025-10-25")
f, _ = eml("l32-betrag-in-worten", "Ruth Gerber <r.gerber@gerber-treuhand.ch>", LO_TO,
           "Zweimal eintausendvierhundertneunundneunzig", at(2025, 9, 27, 9, 0, CEST),
           "Grüezi\n\nSie haben mir am Freitag zweimal eintausendvierhundertneunundneunzig Rupien (plus Steuer) "
           "für den gleichen Monat belastet. Die zweite Belastung trägt die Nummer lo.inv.7352. Ich bitte um "
           "Gutschrift der doppelten Zahlung.\n\nFreundliche Grüsse\nRuth Gerber\nGerber Treuhand GmbH, Bern\n")
case("l32-betrag-in-worten", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="Duplicate pair 2025-09-26, request day 1; amount in words, 'lo.inv.7352' = LO-INV-7352 (section 8): L4 approve 1499.00.",
     clauses="L4, section 8 amounts in words and references")

# ------------------------------------------------------------------ Optima WebDesign
# o01 deposit inside 72 h, no invoice quoted (one payment on the project)
proj("Praxis Dr. Brandt Website", "praxis@dr-brandt.de")
owpay("de_w201", "OWD-2025-201", "Praxis Dr. Brandt Website", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00")
f, _ = eml("o01-anzahlung-zurueck", "Praxis Dr. Brandt <praxis@dr-brandt.de>", OWD_TO,
           "Anzahlung Praxis Dr. Brandt Website", at(2025, 9, 23, 18, 30, CEST),
           "Sehr geehrtes Team von Optima WebDesign,\n\nwir haben am Montag die Anzahlung für das Projekt "
           "„Praxis Dr. Brandt Website“ geleistet (20.000 INR zzgl. 18 % GST). Leider hat die Praxisgemeinschaft "
           "gestern beschlossen, die Praxis zum Jahresende aufzulösen, die neue Website brauchen wir also nicht. "
           "Wir bitten um Rückerstattung der Anzahlung.\n\nMit freundlichen Grüßen\nDr. med. Lisa Brandt\n")
case("o01-anzahlung-innerhalb-72h", OWB, "decided", [f], [R("approve", "20000.00")],
     spec="Deposit paid 2025-09-22 10:00 IST, request 2025-09-23 22:00 IST (36 h), no work started: O2 approve 20000.00 before tax; invoice filled from the project's single payment.",
     clauses="O2 C6 O7, section 1 invoice filled")

# o02 deposit exactly 72 h -> deny
proj("Gasthof Alpenblick", "office@alpenblick.at")
owpay("de_w202", "OWD-2025-202", "Gasthof Alpenblick", "deposit", "25000.00", "4500.00", "2025-09-15T14:00:00")
f, _ = eml("o02-genau-72h", "Gasthof Alpenblick <office@alpenblick.at>", OWD_TO,
           "Storno Anzahlung OWD-2025-202", at(2025, 9, 18, 10, 30, CEST),
           "Grüß Gott,\n\nwir möchten das Projekt Gasthof Alpenblick stornieren und die Anzahlung (Rechnung "
           "OWD-2025-202) zurück, weil der Neffe vom Wirt jetzt doch die Homepage macht. Laut euren Bedingungen "
           "geht das ja innerhalb von 72 Stunden.\n\nLiebe Grüße aus Tirol\nFamilie Pichler\n")
case("o02-anzahlung-genau-72h", OWB, "decided", [f], [R("deny")], extra_ok=True,
     spec="Paid 2025-09-15 14:00 IST; sent 2025-09-18 10:30 +02:00 = 14:00 IST, exactly 72 h: not before 72 h, deny (O2, section 8). 'stornieren' may add a cancellation (extra_ok).",
     clauses="O2, section 8 exactly 72 h")

# o03 deposit at 71 h (Swiss) -> approve
proj("Velo Kuhn Onlineshop", "info@velo-kuhn.ch")
owpay("de_w203", "OWD-2025-203", "Velo Kuhn Onlineshop", "deposit", "18000.00", "3240.00", "2025-09-24T16:30:00")
f, _ = eml("o03-anzahlung-71h", "Velo Kuhn GmbH <info@velo-kuhn.ch>", OWD_TO,
           "Rückerstattung Anzahlung owd 2025 203", at(2025, 9, 27, 11, 59, CEST),
           "Grüezi mitenand\n\nWir ziehen das Projekt Velo Kuhn Onlineshop zurück: unser Lieferant bietet uns "
           "neu einen fertigen Shop an, der schon mit dem Warenwirtschaftssystem verbunden ist. Bitte die Anzahlung "
           "(owd 2025 203, 18'000.00 zzgl. MwSt) zurückerstatten. Gearbeitet wurde ja noch nichts.\n\n"
           "Freundliche Grüsse\nReto Kuhn\n")
case("o03-anzahlung-71h", OWB, "decided", [f], [R("approve", "18000.00")], extra_ok=True,
     spec="Paid 2025-09-24 16:30 IST; sent 2025-09-27 11:59 +02:00 = 15:29 IST (70 h 59 min), no work: O2 approve 18000.00; 'owd 2025 203' matches (section 8). 'Wir ziehen das Projekt zurück' may add a cancellation (extra_ok, never an approval).",
     clauses="O2, section 8 references")

# o04 deposit inside 72 h but work already started -> deny
proj("Schreinerei Vogt Relaunch", "vogt@schreinerei-vogt.de", "2025-09-26T10:00:00")
owpay("de_w204", "OWD-2025-204", "Schreinerei Vogt Relaunch", "deposit", "15000.00", "2700.00", "2025-09-25T11:00:00")
f, _ = eml("o04-arbeit-begonnen", "Schreinerei Vogt <vogt@schreinerei-vogt.de>", OWD_TO,
           "Relaunch abblasen - Anzahlung OWD-2025-204", at(2025, 9, 26, 15, 0, CEST),
           "Hallo,\n\nich hab mir das nochmal überlegt, der Relaunch (Schreinerei Vogt Relaunch) ist mir jetzt zu "
           "teuer, die Auftragslage ist gerade schlecht. Die 72 Stunden sind ja noch nicht um, also bitte "
           "Anzahlung OWD-2025-204 zurück.\n\nGruß\nHerbert Vogt\n")
case("o04-anzahlung-arbeit-begonnen", OWB, "decided", [f], [R("deny")], extra_ok=True,
     spec="Within 72 h (31.5 h), but work started 2025-09-26 10:00 IST before the request (18:30 IST): 'whichever occurs first', deny O2. 'Relaunch abblasen' may add a cancellation (extra_ok).",
     clauses="O2 work started")

# o05 discovery, nothing started -> approve
proj("Zahnarzt Meier Branding", "empfang@zahnarzt-meier.ch")
owpay("de_w205", "OWD-2025-205", "Zahnarzt Meier Branding", "discovery", "12000.00", "2160.00", "2025-09-19T12:00:00")
f, _ = eml("o05-discovery-nicht-begonnen", "Empfang Zahnarztpraxis Meier <empfang@zahnarzt-meier.ch>", OWD_TO,
           "Strategie-Workshop absagen / Rechnung OWD-2025-205", at(2025, 9, 24, 8, 45, CEST),
           "Guten Tag\n\nDr. Meier hat entschieden, das Branding-Projekt „Zahnarzt Meier Branding“ nicht "
           "weiterzuverfolgen, da die Praxis an eine Kette verkauft wird. Der Strategie-Workshop hat noch nicht "
           "stattgefunden. Wir bitten um Rückerstattung der Discovery-Gebühr gemäss Rechnung OWD-2025-205.\n\n"
           "Freundliche Grüsse\nSandra Ammann, Praxisassistentin\n")
case("o05-discovery-approve", OWB, "decided", [f], [R("approve", "12000.00")], extra_ok=True,
     spec="Discovery fee, work_started_at empty: O1 approve in full 12000.00 before tax. 'Workshop absagen' / project dropped may add a cancellation (extra_ok).",
     clauses="O1")

# o06 discovery after sessions started -> deny
proj("Bio-Hof Sommer Strategie", "hof@biohof-sommer.de", "2025-09-16T11:00:00")
owpay("de_w206", "OWD-2025-206", "Bio-Hof Sommer Strategie", "discovery", "9000.00", "1620.00", "2025-09-12T09:00:00")
f, _ = eml("o06-discovery-begonnen", "Hof Sommer <hof@biohof-sommer.de>", OWD_TO,
           "Geld zurück Strategie", at(2025, 9, 25, 20, 15, CEST),
           "Hallo,\n\nwir hatten am 16. den ersten Workshop für Bio-Hof Sommer Strategie, aber ehrlich gesagt hat uns "
           "das wenig gebracht, zu viel Marketing-Sprech. Wir möchten die 9.000 (Rechnung OWD-2025-206) zurück.\n\n"
           "Grüße vom Hof\nJens Sommer\n")
case("o06-discovery-deny", OWB, "decided", [f], [R("deny")],
     spec="Discovery session started 2025-09-16, before the request: O1 deny.", clauses="O1")

# o07 discovery, workshop scheduled after the request -> approve
proj("Fahrschule Berger Website", "berger@fahrschule-berger.at", "2025-10-06T10:00:00")
owpay("de_w207", "OWD-2025-207", "Fahrschule Berger Website", "discovery", "8000.00", "1440.00", "2025-09-26T10:00:00")
f, _ = eml("o07-workshop-noch-nicht", "Fahrschule Berger <berger@fahrschule-berger.at>", OWD_TO,
           "Workshop am 6.10. absagen", at(2025, 9, 29, 17, 10, CEST),
           "Servus,\n\nbitte den Workshop am 6. Oktober absagen, das Projekt Fahrschule Berger Website ist gestorben: "
           "der Landesverband stellt allen Fahrschulen eine fertige Website zur Verfügung. Die Discovery-Gebühr "
           "(OWD-2025-207) hätten wir gerne zurück.\n\nBaba und danke\nChristian Berger\n")
case("o07-discovery-termin-spaeter", OWB, "decided", [f], [R("approve", "8000.00")], extra_ok=True,
     spec="work_started_at 2025-10-06 is later than the request 2025-09-29: O1 approve 8000.00. 'absagen' may read as a cancellation (extra_ok).",
     clauses="O1 later start")

# o08-o10, o27: milestone project
proj("Weingut Hahn Shop", "kontakt@weingut-hahn.de", "2025-08-05T10:00:00")
owpay("de_w210", "OWD-2025-210", "Weingut Hahn Shop", "deposit", "20000.00", "3600.00", "2025-08-01T10:00:00")
owpay("de_w211", "OWD-2025-211", "Weingut Hahn Shop", "milestone", "30000.00", "5400.00", "2025-08-25T10:00:00", milestone_status="approved")
owpay("de_w212", "OWD-2025-212", "Weingut Hahn Shop", "milestone", "35000.00", "6300.00", "2025-09-15T10:00:00", milestone_status="not_started")
owpay("de_w213", "OWD-2025-213", "Weingut Hahn Shop", "milestone", "12000.00", "2160.00", "2025-09-15T10:05:00", milestone_status="in_progress")
f, _ = eml("o08-meilenstein-nicht-begonnen", "Weingut Hahn <kontakt@weingut-hahn.de>", OWD_TO,
           "Refund Request — Weingut Hahn Shop / OWD-2025-212", at(2025, 9, 22, 10, 0, CEST),
           "Liebes Optima-Team,\n\nwir haben entschieden, die Shop-Integration selbst mit Shopify umzusetzen. Der "
           "Meilenstein „Shop-Integration“ (OWD-2025-212, 35.000,00 zzgl. GST) ist laut eurem Projektplan noch "
           "nicht begonnen. Bitte erstattet uns diesen Meilenstein.\n\nWeinige Grüße von der Mosel\nSusanne Hahn\n")
case("o08-meilenstein-approve", OWB, "decided", [f], [R("approve", "35000.00")],
     spec="Milestone OWD-2025-212 not_started: O3 approve its amount 35000.00 before tax.", clauses="O3")
f, _ = eml("o09-meilenstein-laufend", "Weingut Hahn <kontakt@weingut-hahn.de>", OWD_TO,
           "Content-Meilenstein OWD/2025/213", at(2025, 9, 23, 9, 30, CEST),
           "Hallo nochmal,\n\nauch den Content-Meilenstein (OWD/2025/213) möchten wir zurück, weil unsere Tochter die "
           "Texte jetzt selbst schreibt. Ihr habt wohl schon mit zwei Seiten angefangen, aber der Rest ist offen.\n\n"
           "Susanne Hahn, Weingut Hahn Shop\n")
case("o09-meilenstein-in-arbeit", OWB, "decided", [f], [R("escalate")],
     spec="Milestone OWD-2025-213 in_progress: O3 escalate (billable value of the unstarted work needs a person), no amount; 'OWD/2025/213' matches.",
     clauses="O3 in_progress, section 8 references")
f, _ = eml("o10-meilenstein-abgenommen", "Weingut Hahn <kontakt@weingut-hahn.de>", OWD_TO,
           "Design-Meilenstein OWD-2025-211", at(2025, 9, 23, 9, 45, CEST),
           "Und noch was: das Design (Meilenstein OWD-2025-211, Weingut Hahn Shop) gefällt uns im Nachhinein doch "
           "nicht mehr so gut, obwohl wir es im August freigegeben haben. Können wir dafür auch das Geld zurückhaben?\n"
           "S. Hahn\n")
case("o10-meilenstein-abgenommen", OWB, "decided", [f], [R("deny")],
     spec="Milestone OWD-2025-211 approved: O3/O6 deny (approved deliverable).", clauses="O3 O6")
f, _ = eml("o27-meilenstein-ohne-nummer", "Weingut Hahn <kontakt@weingut-hahn.de>", OWD_TO,
           "Zahlung zurück", at(2025, 9, 24, 8, 5, CEST),
           "Hallo, für den Weingut Hahn Shop bitte die Zahlung zurück, für die ihr noch nichts gemacht habt – wir "
           "haben das Budget für dieses Jahr gekürzt. Die Nummer hab ich gerade nicht zur Hand.\nSusanne\n")
case("o27-fehlende-rechnungsnummer", OWB, "need_info", [f], missing=["invoice_number"],
     spec="Project with five payments (deposit, three milestones, change request OWD-2025-257) and no reference given: the invoice/payment reference is missing (section 4), C3 asks for it.",
     clauses="C3, section 4 required fields")

# o11 retainer, >= 7 days notice
proj("Physio Lindner Betreuung", "team@physio-lindner.de")
owpay("de_w220", "OWD-2025-220", "Physio Lindner Betreuung", "retainer", "6000.00", "1080.00", "2025-09-15T09:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
f, _ = eml("o11-retainer-kuendigen", "Physio Lindner <team@physio-lindner.de>", OWD_TO,
           "Kündigung Betreuungsvertrag", at(2025, 9, 29, 13, 0, CEST),
           "Hallo liebes Optima-Team,\n\nhiermit kündigen wir den monatlichen Betreuungsvertrag für „Physio Lindner "
           "Betreuung“ (letzte Rechnung OWD-2025-220). Grund: wir haben jetzt eine Werkstudentin, die die Website "
           "pflegt.\n\nVielen Dank für die Zusammenarbeit!\nTeam Physio Lindner\n")
case("o11-retainer-frist-ok", OWB, "decided", [f], [K("2025-10-14")],
     spec="Retainer, next_billing_at 2025-10-15; request 2025-09-29 <= 2025-10-08: O4/O8 cancel effective the day before, 2025-10-14.",
     clauses="O4 O8")

# o12 retainer, late evening crosses into the next IST day -> 6 days notice
proj("Autohaus Roth SEO", "marketing@autohaus-roth.de")
owpay("de_w221", "OWD-2025-221", "Autohaus Roth SEO", "retainer", "8000.00", "1440.00", "2025-09-05T09:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00")
f, _ = eml("o12-retainer-zu-spaet", "Autohaus Roth Marketing <marketing@autohaus-roth.de>", OWD_TO,
           "Kündigung SEO-Retainer OWD-2025-221", at(2025, 9, 28, 21, 15, CEST),
           "Guten Abend,\n\nwir kündigen den SEO-Retainer „Autohaus Roth SEO“ (OWD-2025-221). Der Hersteller gibt "
           "uns ab Oktober ein zentrales Händler-Marketing vor, eigenes SEO ist nicht mehr erlaubt. Die Frist von "
           "7 Tagen vor dem 5.10. halten wir damit ja ein.\n\nMit freundlichen Grüßen\nAndrea Roth\n")
case("o12-retainer-frist-verpasst", OWB, "decided", [f], [K("2025-11-04")],
     spec="Sent 2025-09-28 21:15 +02:00 = 2025-09-29 00:45 IST; next_billing_at 2025-10-05 needs a request on or before 2025-09-28 (IST): short notice, the next cycle 2025-10-05..2025-11-04 is billed, effective 2025-11-04 (O4).",
     clauses="O4 short notice, section 1 days in IST")

# o14 hosting annual within 14 days
proj("Hotel Seeblick Hosting", "it@hotel-seeblick.ch")
owpay("de_w230", "OWD-2025-230", "Hotel Seeblick Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
      setup_fee="2400.00", service_start="2025-09-20")
f, _ = eml("o14-hosting-14-tage", "IT Hotel Seeblick <it@hotel-seeblick.ch>", OWD_TO,
           "Hosting kündigen und anteilig zurück", at(2025, 9, 30, 9, 20, CEST),
           "Grüezi\n\nDie Hotelgruppe zentralisiert das Hosting aller Häuser bei einem Anbieter in Zürich. Wir "
           "möchten deshalb das Jahreshosting „Hotel Seeblick Hosting“ (OWD-2025-230, Start 20.09.) auflösen und "
           "bitten um die anteilige Rückerstattung gemäss Ihrer 14-Tage-Regel.\n\nFreundliche Grüsse\nPatrick Egli, IT\n")
case("o14-hosting-anteilig", OWB, "decided", [f], [R("approve", "14300.00")], extra_ok=True,
     spec="O5 day 10: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00; the refund ends the plan, so a cancellation decision is harmless (extra_ok).",
     clauses="O5 C6 O7")

# o15 maintenance annual, day 14 in the evening, rounding
proj("Steuerbüro Kraus Wartung", "buero@kraus-steuern.de")
owpay("de_w231", "OWD-2025-231", "Steuerbüro Kraus Wartung", "maintenance_annual", "15000.00", "2700.00", "2025-09-12T10:00:00",
      setup_fee="1999.00", service_start="2025-09-15")
f, _ = eml("o15-wartung-tag14", "Steuerbüro Kraus <buero@kraus-steuern.de>", OWD_TO,
           "Wartungsvertrag OWD-2025-231", at(2025, 9, 29, 19, 0, CEST),
           "Sehr geehrte Damen und Herren,\n\nwir nutzen ab sofort die Wartung über unseren Softwareanbieter "
           "DATEV-Partner und bitten daher um Rückabwicklung des Wartungsvertrags „Steuerbüro Kraus Wartung“ "
           "(Jahresvertrag, Beginn 15.09.2025) mit anteiliger Erstattung.\n\nMit freundlichen Grüßen\n"
           "Steuerbüro Kraus\n")
case("o15-wartung-rundung", OWB, "decided", [f], [R("approve", "11917.58")], extra_ok=True,
     spec="Sent 19:00 +02:00 = 22:30 IST 2025-09-29, day 14 of service_start 2025-09-15: O5 15000 - 1999 - 13001/12 (1083.4166...) = 11917.5833 -> 11917.58 (C6 once at the end). 'Rückabwicklung des Wartungsvertrags' may add a cancellation (extra_ok).",
     clauses="O5 C6 day 14")

# o16 hosting annual, day 14 in Austria = day 15 in IST -> deny
proj("Tischlerei Ebner Hosting", "ebner@tischlerei-ebner.at")
owpay("de_w232", "OWD-2025-232", "Tischlerei Ebner Hosting", "hosting_annual", "12000.00", "2160.00", "2025-08-30T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
f, _ = eml("o16-hosting-zu-spaet", "Tischlerei Ebner <ebner@tischlerei-ebner.at>", OWD_TO,
           "Hosting Rücktritt innerhalb 14 Tage", at(2025, 9, 15, 22, 0, CEST),
           "Grüß Gott,\n\nnoch rechtzeitig innerhalb der 14 Tage: wir treten vom Hosting „Tischlerei Ebner Hosting“ "
           "(OWD-2025-232) zurück, weil unser Sohn die Seite jetzt bei seinem Arbeitgeber hostet. Bitte anteilig "
           "erstatten.\n\nMfG Josef Ebner\n")
case("o16-hosting-tag15-ist", OWB, "decided", [f], [R("deny")], extra_ok=True,
     spec="Sent 2025-09-15 22:00 +02:00 = 2025-09-16 01:30 IST: day 15 of service_start 2025-09-01, after 14 days: O5 deny (the sender thinks it is day 14). 'treten vom Hosting zurück' may add a cancellation (extra_ok).",
     clauses="O5 after 14 days, section 1 days in IST")

# o17 hosting before the service starts -> consumed_months 1
proj("Yoga Studio Licht Hosting", "namaste@yoga-licht.de")
owpay("de_w233", "OWD-2025-233", "Yoga Studio Licht Hosting", "hosting_annual", "9600.00", "1728.00", "2025-09-25T10:00:00",
      setup_fee="1200.00", service_start="2025-10-10")
f, _ = eml("o17-hosting-vor-start", "Yoga Studio Licht <namaste@yoga-licht.de>", OWD_TO,
           "Hosting Yoga Studio Licht Hosting – Rückerstattung", at(2025, 9, 27, 10, 30, CEST),
           "Hallo ihr Lieben,\n\nich habe das Jahreshosting (OWD-2025-233) bezahlt, das erst am 10.10. starten soll. "
           "Leider muss ich das Studio aus gesundheitlichen Gründen schließen. Bitte erstattet mir, was möglich ist.\n\n"
           "Namasté\nMiriam\n")
case("o17-hosting-vor-start", OWB, "decided", [f], [R("approve", "7700.00")], extra_ok=True,
     spec="O5 before service_start: consumed_months 1 (section 8): 9600 - 1200 - 8400/12 (700) = 7700.00. The refund ends the plan (O5), so a cancellation decision is harmless (extra_ok).",
     clauses="O5, section 8 before start")

# o18-o19: non-refundable kinds
proj("Metzgerei Huber Onlineshop", "shop@metzgerei-huber.de", "2025-08-20T10:00:00")
owpay("de_w240", "OWD-2025-240", "Metzgerei Huber Onlineshop", "third_party", "3500.00", "630.00", "2025-09-10T10:00:00")
owpay("de_w241", "OWD-2025-241", "Metzgerei Huber Onlineshop", "rush", "5000.00", "900.00", "2025-09-18T10:00:00")
owpay("de_w242", "OWD-2025-242", "Metzgerei Huber Onlineshop", "deposit", "20000.00", "3600.00", "2025-08-15T10:00:00")
f, _ = eml("o18-domain-ssl", "Metzgerei Huber <shop@metzgerei-huber.de>", OWD_TO,
           "Domain + SSL zurück", at(2025, 9, 22, 6, 15, CEST),
           "Moin, für den Metzgerei Huber Onlineshop habt ihr Domain und SSL-Zertifikat gekauft (OWD-2025-240, "
           "3.500 + GST). Wir haben aber schon eine Domain bei Strato, die hätten wir nehmen können. Bitte das Geld "
           "dafür zurück.\nGruß Huber\n")
case("o18-drittanbieter", OWB, "decided", [f], [R("deny")],
     spec="Kind third_party (domain, SSL): O6 deny, non-refundable items.", clauses="O6")
f, _ = eml("o19-expresszuschlag", "Metzgerei Huber <shop@metzgerei-huber.de>", OWD_TO,
           "Expresszuschlag OWD-2025-241", at(2025, 9, 25, 6, 5, CEST),
           "Moin nochmal, den Expresszuschlag (OWD-2025-241) für den Metzgerei Huber Onlineshop wollen wir auch "
           "zurück. Der Shop ist zwar pünktlich zum Oktoberfest-Angebot online gegangen, aber so eilig war's dann "
           "doch nicht.\nHuber\n")
case("o19-eilzuschlag", OWB, "decided", [f], [R("deny")],
     spec="Kind rush: O6 deny (expedited fees are non-refundable).", clauses="O6")

# o21 C2 from a private address
f, _ = eml("o21-privat-c2", "Lisa Brandt <lisa.brandt.privat@gmail.com>", OWD_TO,
           "Anzahlung Praxis-Website", at(2025, 9, 23, 21, 0, CEST),
           "Hallo, ich schreibe von meiner privaten Adresse, die Praxis-Mail (praxis@dr-brandt.de) ist gerade "
           "gesperrt. Bitte die Anzahlung für die Praxis Dr. Brandt Website zurück, wir lösen die Praxis auf.\n"
           "Lisa Brandt\n")
case("o21-c2-privatadresse", OWB, "need_info", [f], rules=["C2"],
     spec="Sender is not the contract email praxis@dr-brandt.de: C2, ask to write from the contracting email, nothing about the project.",
     clauses="C2")

# o22 C2 via an Outlook forward from an employee
f, _ = eml("o22-wg-mitarbeiter", "Tim Roth <t.roth@autohaus-roth.de>", OWD_TO,
           "WG: Kündigung SEO-Retainer", at(2025, 9, 22, 9, 40, CEST),
           "Hallo, anbei die Kündigung von unserer Marketingabteilung zur Info und Erledigung.\nTim Roth\n\n"
           "________________________________\nVon: Marketing Autohaus Roth <marketing@autohaus-roth.de>\n"
           "Gesendet: Montag, 22. September 2025 09:14\nAn: Tim Roth <t.roth@autohaus-roth.de>\n"
           "Betreff: Kündigung SEO-Retainer\n\nTim, bitte den Optima-Retainer „Autohaus Roth SEO“ (OWD-2025-221) "
           "kündigen, der Hersteller macht ab Oktober das Marketing zentral.\nAndrea\n")
case("o22-c2-weiterleitung", OWB, "need_info", [f], rules=["C2"],
     spec="Outlook forward (WG:) from t.roth@, carrying a request of the contract email marketing@autohaus-roth.de: C2 via a forward (section 8).",
     clauses="C2, section 8 forwards")

# o23 chargeback threat on a refundable milestone -> escalate
proj("Elektro Sauer Website", "info@elektro-sauer.de", "2025-09-01T10:00:00")
owpay("de_w250", "OWD-2025-250", "Elektro Sauer Website", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00", milestone_status="not_started")
f, _ = eml("o23-chargeback", "Elektro Sauer <info@elektro-sauer.de>", OWD_TO,
           "Rückzahlung Meilenstein OWD-2025-250 – sonst Chargeback", at(2025, 9, 26, 12, 0, CEST),
           "Sehr geehrte Damen und Herren,\n\nfür die Elektro Sauer Website haben wir den Meilenstein OWD-2025-250 "
           "bezahlt, seither ist nichts passiert und niemand antwortet. Wir wollen das Geld zurück. Wenn bis Mittwoch "
           "nichts kommt, leite ich einen Chargeback über unsere Kreditkarte ein.\n\nGerhard Sauer\n")
case("o23-chargeback", OWB, "decided", [f], [R("escalate")], rules=["C4"],
     spec="Chargeback threat: C4 escalate, although the not_started milestone would otherwise be O3 approve.",
     clauses="C4 over O3")

# o24 legal threat with a retainer cancellation -> escalate the cancellation
proj("Reisebüro Falk Newsletter", "falk@reisebuero-falk.de")
owpay("de_w251", "OWD-2025-251", "Reisebüro Falk Newsletter", "retainer", "5000.00", "900.00", "2025-09-10T09:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00")
f, _ = eml("o24-rechtsanwalt", "Reisebüro Falk <falk@reisebuero-falk.de>", OWD_TO,
           "Kündigung Reisebüro Falk Newsletter", at(2025, 9, 24, 16, 40, CEST),
           "Hiermit kündige ich den Newsletter-Retainer (OWD-2025-251) fristgerecht. Grund: die Newsletter gingen "
           "zweimal an die falsche Liste. Sollte noch eine weitere Rate abgebucht werden, schalte ich meinen "
           "Rechtsanwalt ein.\n\nK. Falk\n")
case("o24-anwalt-kuendigung", OWB, "decided", [f], [K(None, "escalate")], rules=["C4"],
     spec="Lawyer threat: C4 escalates the whole case, the cancellation included (section 8).",
     clauses="C4, section 8")

# o25 cancellation without reason -> need_info reason
proj("Friseur Schnittpunkt Pflege", "salon@schnittpunkt.at")
owpay("de_w252", "OWD-2025-252", "Friseur Schnittpunkt Pflege", "retainer", "3000.00", "540.00", "2025-09-20T09:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")
f, _ = eml("o25-kuendigung-ohne-grund", "Salon Schnittpunkt <salon@schnittpunkt.at>", OWD_TO,
           "Kündigung", at(2025, 9, 25, 19, 30, CEST),
           "Hallo,\n\nhiermit kündige ich die Website-Pflege „Friseur Schnittpunkt Pflege“.\n\nLiebe Grüße\n"
           "Salon Schnittpunkt – Ihr Friseur in Linz\nTermine: +43 732 000000 | Mo–Fr 9–18 Uhr\n")
case("o25-kuendigung-ohne-grund", OWB, "need_info", [f], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); project named, invoice filled from its single payment: ask for the reason.",
     clauses="C3, section 8 reason for Optima cancellations")

# o26 refund, policy subject form, no reason
proj("Kita Sonnenschein Website", "leitung@kita-sonnenschein.de")
owpay("de_w253", "OWD-2025-253", "Kita Sonnenschein Website", "deposit", "10000.00", "1800.00", "2025-09-29T10:00:00")
f, _ = eml("o26-refund-ohne-grund", "Kita Sonnenschein Leitung <leitung@kita-sonnenschein.de>", OWD_TO,
           "Refund Request — Kita Sonnenschein Website / OWD-2025-253", at(2025, 9, 30, 8, 0, CEST),
           "Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie die Anzahlung OWD-2025-253 für das Projekt Kita "
           "Sonnenschein Website auf das ursprüngliche Konto.\n\nVielen Dank im Voraus und freundliche Grüße\n"
           "Birgit Adler, Kita-Leitung\n\nKita Sonnenschein e. V. – Träger: Elterninitiative Sonnenschein\n"
           "Diese Nachricht ist ausschließlich für den Adressaten bestimmt.\n")
case("o26-refund-ohne-grund", OWB, "need_info", [f], missing=["reason"],
     spec="Restating the request plus courtesy lines and a disclaimer is no reason (section 8): ask for the reason.",
     clauses="C3, section 8 what a reason is")

# o28 thread: reason comes later; request time from the first mail, work started in between
proj("Galerie Nord Relaunch", "post@galerie-nord.de", "2025-09-27T10:00:00")
owpay("de_w254", "OWD-2025-254", "Galerie Nord Relaunch", "discovery", "10000.00", "1800.00", "2025-09-20T10:00:00")
f1, m1 = eml("o28a-erstattung", "Galerie Nord <post@galerie-nord.de>", OWD_TO,
             "Galerie Nord Relaunch – Discovery OWD-2025-254", at(2025, 9, 24, 11, 0, CEST),
             "Guten Tag,\n\nwir bitten um Erstattung der Discovery-Gebühr OWD-2025-254 (Galerie Nord Relaunch).\n\n"
             "Mit besten Grüßen\nHanna Nord\n")
f2, _ = eml("o28b-grund", "Galerie Nord <post@galerie-nord.de>", OWD_TO,
            "Re: Galerie Nord Relaunch – Discovery OWD-2025-254 [OWD-254]", at(2025, 9, 30, 10, 0, CEST),
            "Guten Tag,\n\nder Grund: die Stadt hat unsere Förderung gestrichen, der Relaunch ist damit nicht mehr "
            "finanzierbar.\n\nHanna Nord\n\n-----Original-Nachricht-----\nVon: Optima WebDesign\n"
            "> Could you tell us the reason for your request?\n",
            prev=[m1, "<owd-needinfo-254@optimawebdesign.com>"])
case("o28-thread-grund-nachgereicht", OWB, "decided", [f1, f2], [R("approve", "10000.00")],
     spec="Reply gives the reason; request time is the first mail 2025-09-24, before work started 2025-09-27: O1 approve 10000.00.",
     clauses="C3 thread, O1, section 1 request time")

# o30 automated notification to the Optima mailbox
f, _ = eml("o30-newsletter", "Canva Team <marketing@engage.canva.example>", OWD_TO,
           "Neu: Magic Studio für Agenturen", at(2025, 9, 24, 17, 0, CEST),
           "Hallo Optima WebDesign,\n\nentdecke die neuen KI-Funktionen für dein Team. Jetzt upgraden und "
           "14 Tage kostenlos testen!\n\nAbmelden: https://canva.example/unsubscribe\n",
           headers={"Precedence": "bulk", "List-Id": "Canva News <news.canva.example>",
                    "List-Unsubscribe": "<https://canva.example/unsubscribe>"})
case("o30-newsletter", OWB, "ignore", [f], rules=["C7"],
     spec="Precedence: bulk and List-Id: C7 ignore.", clauses="C7")

# o31 negation: address change only
f, _ = eml("o31-nur-rechnungsadresse", "Physio Lindner <team@physio-lindner.de>", OWD_TO,
           "Rechnungsadresse ändern", at(2025, 9, 23, 12, 0, CEST),
           "Hallo,\n\nwir wollen nichts zurückerstattet haben und auch nicht kündigen – bitte nur die "
           "Rechnungsadresse für Physio Lindner Betreuung ändern: Lindenallee 5, 50968 Köln.\n\nDanke!\nTeam Physio Lindner\n")
case("o31-keine-erstattung-adresse", OWB, "other", [f],
     spec="Negated refund and cancellation; an address change is a human request: other.",
     clauses="section 8 negation")

# o32 retainer notice exactly 7 days
proj("TSV Website-Pflege", "vorstand@tsv-eichenau.de")
owpay("de_w256", "OWD-2025-256", "TSV Website-Pflege", "retainer", "2500.00", "450.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T10:00:00")
f, _ = eml("o32-retainer-genau-7-tage", "TSV Eichenau Vorstand <vorstand@tsv-eichenau.de>", OWD_TO,
           "Kündigung TSV Website-Pflege (OWD-2025-256)", at(2025, 9, 29, 8, 0, CEST),
           "Liebe Leute,\n\nder Verein hat in der Mitgliederversammlung beschlossen, die Website künftig "
           "ehrenamtlich zu pflegen. Wir kündigen daher die TSV Website-Pflege (OWD-2025-256).\n\n"
           "Sportliche Grüße\nder Vorstand\n")
case("o32-retainer-genau-7-tage", OWB, "decided", [f], [K("2025-10-05")],
     spec="next_billing_at 2025-10-06, request 2025-09-29 11:30 IST = exactly 2025-10-06 minus 7 days: enough notice (O4), cancel effective 2025-10-05.",
     clauses="O4 O8 7-day boundary")

# o33 change request fee
owpay("de_w257", "OWD-2025-257", "Weingut Hahn Shop", "change_request", "6500.00", "1170.00", "2025-09-20T10:00:00")
f, _ = eml("o33-aenderungswunsch", "Weingut Hahn <kontakt@weingut-hahn.de>", OWD_TO,
           "Änderungswunsch OWD-2025-257 zurück", at(2025, 9, 26, 18, 20, CEST),
           "Hallo, die Zusatzseite „Weinproben“ (Change Request OWD-2025-257, Weingut Hahn Shop) brauchen wir nun "
           "doch nicht, das Event fällt aus. Bitte erstattet die 6.500.\nSusanne Hahn\n")
case("o33-change-request", OWB, "decided", [f], [R("deny")],
     spec="Kind change_request: O6 deny.", clauses="O6")

README = """# fresh22_de: held-out round, German

Language: German (de), written as customers in Germany, Austria (Grüß Gott, Servus, verrechnet, UID, Baba) and
Switzerland (Grüezi, no ß, 11'988.00, Freundliche Grüsse) write: formal letters, angry one-liners, mobile dictation
without umlauts or punctuation, HTML-only webmail, Outlook (WG:, -----Ursprüngliche Nachricht-----) and Apple Mail
(Anfang der weitergeleiteten Nachricht) forwards, signatures with legal disclaimers. All senders write in
Central European Summer Time (UTC+02:00, September 2025); windows are counted in Asia/Kolkata (section 1), so late
evening mails fall on the next IST day (l03 stays inside, o12 and o16 cross).

Licence: MIT, like the project; all text written for this project.

Regenerate: `python3 make_cases.py` (stdlib only, deterministic) writes `ledger.json`, `emails/*.eml`,
`expected.json` and this README.
"""
finish(README)
