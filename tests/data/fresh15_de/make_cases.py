"""fresh15_de: German held-out cases (Germany, Austria, Switzerland, plus expats).

Stdlib only, deterministic: writes ledger.json, emails/*.eml and expected.json beside this file.
Every email time is chosen in Asia/Kolkata (the brands' zone, POLICY_SPEC section 1) and written in
the sender's own UTC offset for September 2025.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))      # Germany, Austria, Switzerland in September
GST = timezone(timedelta(hours=4))       # Dubai
CAT = timezone(timedelta(hours=2))       # Namibia
LO = "support@leadsoptima.com"
OW = "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"
DISCLAIMER = ("\n--\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
              "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie "
              "bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die "
              "unbefugte Weitergabe dieser Mail ist nicht gestattet.\n")

CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
FILES: dict[str, bytes] = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


PLAN = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}


def lopay(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    amount, tax = PLAN[plan]
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
           "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
           "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
           "milestone_status": None}
    rec.update(kw)
    PAYMENTS.append(rec)


def mail(fname, frm, to, subject, body, ist, off=CEST, html=None, reply_to=None, parent=None, headers=None):
    """Write one email; ``ist`` is 'YYYY-MM-DD HH:MM' in Asia/Kolkata, shown in the sender's offset."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    when = datetime.strptime(ist, "%Y-%m-%d %H:%M").replace(tzinfo=IST).astimezone(off)
    msg["Date"] = format_datetime(when)
    dom = frm.split("@")[-1].rstrip(">").strip() or "example.net"
    mid = f"<{fname.replace('.eml', '')}.fresh15de@{dom}>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["Reply-To"] = reply_to
    if parent:
        msg["In-Reply-To"] = parent[0]
        msg["References"] = " ".join(parent[1] + [parent[0]])
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    FILES[fname] = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    refs = (parent[1] + [parent[0]]) if parent else []
    return (mid, refs)


def case(cid, brand, files, status, spec, decisions=(), rules=(), missing=None, **extra):
    c = {"id": f"de-{cid}", "lang": "de", "files": [f"emails/{f}" for f in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = [dict(d) for d in decisions]
    c.update(extra)
    c["spec"] = spec
    CASES.append(c)


def ref(amount=None):
    return {"intent": "refund", "outcome": "approve", "amount": amount}


def deny():
    return {"intent": "refund", "outcome": "deny", "amount": None}


def esc(intent="refund"):
    return {"intent": intent, "outcome": "escalate", "amount": None}


def cancel(date):
    return {"intent": "cancellation", "outcome": "cancel", "effective_date": date}


# ---------------------------------------------------------------- LeadsOptima
def leadsoptima():
    # l01 duplicate annual, approve
    e = "k.mueller@mueller-haustechnik.de"
    cust(e, "Klaus Müller", "annual", start="2025-09-20", end="2026-09-19")
    lopay("de_p101", "LO-INV-7101", e, "annual", "2025-09-20T09:00:00", "2025-09-20", "2026-09-19")
    lopay("de_p102", "LO-INV-7102", e, "annual", "2025-09-20T09:03:00", "2025-09-20", "2026-09-19")
    mail("l01-doppelt-jahresabo.eml", f"Klaus Müller <{e}>", LO, "Doppelte Abbuchung Jahresabo",
         "Sehr geehrte Damen und Herren,\n\nbei der Verlängerung unseres Jahresabos wurde uns der Betrag "
         "zweimal belastet, siehe Kontoauszug vom 20.09.: zweimal 14.145,84 INR (inkl. Steuer). Die zweite "
         "Rechnung hat die Nummer LO-INV-7102. Bitte erstatten Sie die doppelte Zahlung.\n\n"
         "Mit freundlichen Grüßen\nKlaus Müller\nMüller Haustechnik GmbH\nGewerbering 4, 33602 Bielefeld\n"
         "Geschäftsführer: Klaus Müller | HRB 40411" + DISCLAIMER, "2025-09-24 11:15")
    case("l01-doppelt-jahresabo", LOB, ["l01-doppelt-jahresabo.eml"], "decided",
         "L2 duplicate_payment, L3 day 4 (09-20 -> 09-24), L4 pair de_p101/de_p102 same period: refund the "
         "duplicate's 11988.00 before tax (C6), not the 14,145.84 the customer quotes.",
         [ref("11988.00")])

    # l02 duplicate monthly, day 8 -> deny
    e = "schneider.anja@web.de"
    cust(e, "Anja Schneider", "monthly", start="2025-09-05", end="2025-10-04")
    lopay("de_p111", "LO-INV-7111", e, "monthly", "2025-09-05T10:20:00", "2025-09-05", "2025-10-04")
    lopay("de_p112", "LO-INV-7112", e, "monthly", "2025-09-05T10:21:00", "2025-09-05", "2025-10-04")
    mail("l02-zweimal-tag8.eml", f"Anja Schneider <{e}>", LO, "zweimal abgebucht!!",
         "Hallo,\nich hab grad gesehen dass ihr mir das Monatsabo zweimal abgezogen habt (Rechnung "
         "LO-INV-7112). War im Urlaub, deshalb melde ich mich erst jetzt. Bitte das Geld zurück.\n\nLG Anja",
         "2025-09-13 14:00")
    case("l02-zweimal-tag8", LOB, ["l02-zweimal-tag8.eml"], "decided",
         "Duplicate pair exists but the request is on local day 8 (09-05 -> 09-13 IST): outside L3's 7 days, deny.",
         [deny()])

    # l03 duplicate, day 7 late evening in Germany (still 09-15 IST) -> approve; reference typed loosely
    e = "t.weber@weber-fotografie.de"
    cust(e, "Tobias Weber", "monthly", start="2025-09-08", end="2025-10-07")
    lopay("de_p121", "LO-INV-7121", e, "monthly", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
    lopay("de_p122", "LO-INV-7122", e, "monthly", "2025-09-08T10:01:00", "2025-09-08", "2025-10-07")
    mail("l03-tag7-abends.eml", f"Tobias Weber <{e}>", LO, "Doppelbuchung lo inv 7122",
         "Servus,\n\nihr habt am 8. September zwei Mal 1.499,00 (+ Steuer) für mein Monatsabo eingezogen. "
         "Die zweite Buchung ist lo inv 7122. Bitte zurücküberweisen, danke!\n\nTobias\n\n"
         "Von meinem iPhone gesendet", "2025-09-15 23:10")
    case("l03-tag7-abends", LOB, ["l03-tag7-abends.eml"], "decided",
         "Sent 19:40 CEST = 23:10 IST on 09-15: local day 7 after 09-08, inside L3 (day 7 is inside); L4 pair: "
         "1499.00. 'lo inv 7122' matches LO-INV-7122 (section 8).", [ref("1499.00")])

    # l04 timezone trap: Zurich 22:30 on 09-17 = 09-18 IST -> day 8 -> deny
    e = "r.fischer@fischer-treuhand.ch"
    cust(e, "Reto Fischer", "quarterly", start="2025-09-10", end="2025-12-09")
    lopay("de_p131", "LO-INV-7131", e, "quarterly", "2025-09-10T11:00:00", "2025-09-10", "2025-12-09")
    lopay("de_p132", "LO-INV-7132", e, "quarterly", "2025-09-10T11:02:00", "2025-09-10", "2025-12-09")
    mail("l04-zuerich-mitternacht.eml", f"Reto Fischer <{e}>", LO, "Doppelte Belastung Quartalsabo",
         "Grüezi\n\nAuf unserer Kreditkarte wurde das Quartalsabo doppelt belastet (LO-INV-7132). Ich melde "
         "mich innerhalb der 7 Tage, bitte um Rückvergütung der zweiten Belastung.\n\nFreundliche Grüsse\n"
         "Reto Fischer\nFischer Treuhand AG, Zürich", "2025-09-18 02:00")
    case("l04-zuerich-mitternacht", LOB, ["l04-zuerich-mitternacht.eml"], "decided",
         "Sent 22:30 CEST on 09-17 = 02:00 IST on 09-18: day 8 in the brand's zone (section 1), so L3 deny "
         "although the customer counts 7 days.", [deny()])

    # l05 three identical charges, all inside -> two refunded
    e = "buchhaltung@wagner-bau.at"
    cust(e, "Wagner Bau GmbH", "quarterly", start="2025-09-18", end="2025-12-17")
    for i, t in enumerate(["08:00", "08:01", "08:02"]):
        lopay(f"de_p14{i + 1}", f"LO-INV-714{i + 1}", e, "quarterly", f"2025-09-18T{t}:00", "2025-09-18",
              "2025-12-17")
    mail("l05-dreifach.eml", f"Buchhaltung Wagner Bau <{e}>", LO, "Dreifachabbuchung Quartalsabo",
         "Sehr geehrtes LeadsOptima-Team,\n\nfür das Quartal ab 18.09. wurde unser Konto dreimal belastet "
         "(Rechnungen LO-INV-7141, LO-INV-7142 und LO-INV-7143), jeweils 3.999,00 netto. Wir ersuchen um "
         "Rückerstattung der zwei überzähligen Zahlungen.\n\nMit freundlichen Grüßen\nMag. Eva Wagner\n"
         "Buchhaltung, Wagner Bau GmbH, Linz", "2025-09-22 13:30")
    case("l05-dreifach", LOB, ["l05-dreifach.eml"], "decided",
         "Three identical paid charges, same period: every one after the first is a duplicate, all inside "
         "L3 (day 4): 2 x 3999.00 = 7998.00 (section 8).", [ref("7998.00")])

    # l06 claims duplicate, ledger has one charge -> escalate
    e = "becker.jonas@gmx.de"
    cust(e, "Jonas Becker", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("de_p151", "LO-INV-7151", e, "monthly", "2025-09-20T07:45:00", "2025-09-20", "2025-10-19")
    mail("l06-doppelt-ohne-paar.eml", f"Jonas Becker <{e}>", LO, "Doppelt bezahlt?",
         "Hallo zusammen,\nin meinem PayPal steht die Zahlung für LO-INV-7151 zweimal drin, ich hab also "
         "doppelt bezahlt. Könnt ihr das bitte zurückbuchen?\nGruß Jonas", "2025-09-23 16:05")
    case("l06-doppelt-ohne-paar", LOB, ["l06-doppelt-ohne-paar.eml"], "decided",
         "duplicate_payment claimed inside L3 (day 3) but the ledger holds one charge: L4 says escalate, never "
         "approve.", [esc()])

    # l07 charged after cancelling -> escalate L5
    e = "hoffmann@kanzleibedarf-hoffmann.de"
    cust(e, "Petra Hoffmann", "monthly", status="cancelled", start="2025-09-25", end="2025-10-24")
    lopay("de_p161", "LO-INV-7161", e, "monthly", "2025-09-25T06:10:00", "2025-09-25", "2025-10-24")
    mail("l07-nach-kuendigung.eml", f"Petra Hoffmann <{e}>", LO, "Abbuchung trotz Kündigung",
         "Guten Tag,\n\nich habe das Abo bereits im August gekündigt und trotzdem wurde am 25.09. wieder "
         "abgebucht (Rechnung LO-INV-7161, Monatsplan). Ich bitte um Erstattung dieser Abbuchung nach "
         "Kündigung.\n\nFreundliche Grüße\nPetra Hoffmann", "2025-09-27 12:40")
    case("l07-nach-kuendigung", LOB, ["l07-nach-kuendigung.eml"], "decided",
         "billing_error ('charged after I cancelled', L2) inside L3 (day 2): L5 escalate with the charge.",
         [esc()])

    # l08 charged annual instead of monthly -> escalate L5
    e = "m.schulz@schulz-events.de"
    cust(e, "Marco Schulz", "annual", start="2025-09-26", end="2026-09-25")
    lopay("de_p171", "LO-INV-7171", e, "annual", "2025-09-26T08:30:00", "2025-09-26", "2026-09-25")
    mail("l08-falscher-plan.eml", f"Marco Schulz <{e}>", LO, "Falscher Tarif abgerechnet",
         "hallo, ich hatte das monatsabo gewählt aber ihr habt mir das jahresabo berechnet, knapp "
         "12.000 Rupien statt 1.499!! rechnung LO-INV-7171. bitte korrigieren und den zuviel bezahlten "
         "betrag erstatten\nmarco", "2025-09-28 09:00")
    case("l08-falscher-plan", LOB, ["l08-falscher-plan.eml"], "decided",
         "billing_error (charged for the wrong plan) inside L3 (day 2): L5 escalate; no amount (section 8).",
         [esc()])

    # l09 access failure inside window -> escalate L6 (code-switching)
    e = "lena.koch@koch-consulting.de"
    cust(e, "Lena Koch", "annual", start="2025-09-22", end="2026-09-21")
    lopay("de_p181", "LO-INV-7181", e, "annual", "2025-09-22T05:00:00", "2025-09-22", "2026-09-21")
    mail("l09-dashboard-laedt-nicht.eml", f"Lena Koch <{e}>", LO, "Kein Zugriff seit Renewal",
         "Hi LeadsOptima Team,\n\nseit dem Renewal am 22.09. kann ich mich nicht mehr einloggen – das "
         "Dashboard lädt einfach nicht, nur ein weißer Screen, Support-Ticket #5531 ist seit drei Tagen "
         "offen. Wenn das nicht gefixt wird, möchte ich die Jahresgebühr (LO-INV-7181) zurück.\n\n"
         "Best, Lena", "2025-09-25 15:20")
    case("l09-dashboard-laedt-nicht", LOB, ["l09-dashboard-laedt-nicht.eml"], "decided",
         "access_failure (L2) inside L3 (day 3): L6 escalate (support must verify).", [esc()])

    # l10 access failure outside window -> deny
    e = "richter.s@t-online.de"
    cust(e, "Sabine Richter", "monthly", start="2025-09-01", end="2025-09-30")
    lopay("de_p191", "LO-INV-7191", e, "monthly", "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")
    mail("l10-login-tag18.eml", f"Sabine Richter <{e}>", LO, "Login geht nicht - Geld zurück",
         "Sehr geehrte Damen und Herren,\n\nich kann mich seit Wochen nicht anmelden. Ich möchte daher die "
         "Septembergebühr (Rechnung LO-INV-7191, Monatstarif) erstattet haben.\n\nMfG\nS. Richter",
         "2025-09-19 10:00")
    case("l10-login-tag18", LOB, ["l10-login-tag18.eml"], "decided",
         "access_failure but request on day 18 after the 09-01 charge: outside L3, deny.", [deny()])

    # l11 changed mind -> deny L1
    e = "klein.moritz@posteo.de"
    cust(e, "Moritz Klein", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("de_p201", "LO-INV-7201", e, "monthly", "2025-09-24T18:00:00", "2025-09-24", "2025-10-23")
    mail("l11-umentschieden.eml", f"Moritz Klein <{e}>", LO, "Erstattung",
         "Moin,\n\nhab's mir anders überlegt, wir machen das Lead-Thema doch intern. Bitte die Zahlung "
         "LO-INV-7201 erstatten, ich hab das Tool quasi nicht benutzt.\n\nMoritz", "2025-09-26 11:00")
    case("l11-umentschieden", LOB, ["l11-umentschieden.eml"], "decided",
         "Changed mind / not used is no L2 exception: L1 deny (cancellation offered), inside the window or not.",
         [deny()])

    # l12 too expensive + cancel -> deny + cancel at current_period_end
    e = "wolf@wolf-immobilien.de"
    cust(e, "Henrik Wolf", "quarterly", start="2025-09-15", end="2025-12-14")
    lopay("de_p211", "LO-INV-7211", e, "quarterly", "2025-09-15T12:00:00", "2025-09-15", "2025-12-14")
    mail("l12-zu-teuer-kuendigen.eml", f"Henrik Wolf <{e}>", LO, "Kündigung und Erstattung",
         "Guten Tag,\n\nhiermit kündige ich mein Quartalsabo zum nächstmöglichen Zeitpunkt. Das Tool ist für "
         "ein kleines Maklerbüro wie unseres schlicht zu teuer. Bitte erstatten Sie mir auch den Rest des "
         "Quartals (Rechnung LO-INV-7211).\n\nMit freundlichen Grüßen\nHenrik Wolf", "2025-09-20 14:00")
    case("l12-zu-teuer-kuendigen", LOB, ["l12-zu-teuer-kuendigen.eml"], "decided",
         "'Too expensive' is L1: refund deny (no partial refund for unused days); cancellation L8 effective "
         "current_period_end 2025-12-14.", [deny(), cancel("2025-12-14")])

    # l13 trial -> deny L7
    e = "neumann.julia@gmail.com"
    cust(e, "Julia Neumann", "monthly", status="trial", trial_ends="2025-10-05")
    mail("l13-testphase.eml", f"Julia Neumann <{e}>", LO, "Rückerstattung Testphase",
         "Hallo,\nich nutze gerade die kostenlose Testphase (Monatstarif). Das Tool passt leider nicht zu uns. "
         "Bitte erstatten Sie mir alles, was ggf. abgebucht wurde.\nViele Grüße\nJulia Neumann",
         "2025-09-27 08:30")
    case("l13-testphase", LOB, ["l13-testphase.eml"], "decided",
         "Trial account without charges: L7 deny (nothing billed unless they subscribe).", [deny()])

    # l14 annual cancel with reason -> cancel at period end
    e = "schwarz@schwarz-druck.de"
    cust(e, "Dieter Schwarz", "annual", start="2025-04-01", end="2026-03-31")
    lopay("de_p221", "LO-INV-7221", e, "annual", "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
    mail("l14-jahresabo-kuendigung.eml", f"Dieter Schwarz <{e}>", LO, "Kündigung Jahresabo",
         "Sehr geehrte Damen und Herren,\n\nwir geben unsere Druckerei zum Jahresende auf. Daher kündigen wir "
         "unser Jahresabonnement (registriert unter schwarz@schwarz-druck.de) fristgerecht. Eine Erstattung "
         "erwarten wir nicht.\n\nMit freundlichen Grüßen\nDieter Schwarz", "2025-09-29 12:00")
    case("l14-jahresabo-kuendigung", LOB, ["l14-jahresabo-kuendigung.eml"], "decided",
         "Cancellation with reason; 'erwarten wir keine Erstattung' is a negation, no refund intent; L8 "
         "effective current_period_end 2026-03-31.", [cancel("2026-03-31")])

    # l15 fallback with offset paid_at (UTC evening -> next IST day)
    e = "zimmermann.k@zimmermann-gartenbau.de"
    cust(e, "Karin Zimmermann", "quarterly")
    lopay("de_p231", "LO-INV-7231", e, "quarterly", "2025-08-05T20:00:00Z", "2025-08-06", "2025-11-05")
    mail("l15-kuendigung-fallback.eml", f"Karin Zimmermann <{e}>", LO, "Abo beenden",
         "Hallo LeadsOptima,\n\nbitte beendet mein Quartalsabo, wir haben für den Winter keine Aufträge und "
         "brauchen keine Leads. Danke!\n\nKarin Zimmermann\nZimmermann Gartenbau", "2025-09-22 17:00")
    case("l15-kuendigung-fallback", LOB, ["l15-kuendigung-fallback.eml"], "decided",
         "No current_period_end: L8 fallback from the last charge 2025-08-05T20:00Z = 2025-08-06 IST, plus 3 "
         "months minus one day = 2025-11-05 (section 8, offset converted first).", [cancel("2025-11-05")])

    # l16 cancel without reason -> still cancel (fallback monthly)
    e = "braun.felix@icloud.com"
    cust(e, "Felix Braun", "monthly")
    lopay("de_p241", "LO-INV-7241", e, "monthly", "2025-09-12T12:00:00", "2025-09-12", None)
    mail("l16-kurz-kuendigen.eml", f"Felix Braun <{e}>", LO, "Kündigung",
         "Bitte kündigen.\n\nFelix Braun\n\nVon meinem iPhone gesendet", "2025-09-30 20:45")
    case("l16-kurz-kuendigen", LOB, ["l16-kurz-kuendigen.eml"], "decided",
         "LeadsOptima cancellation is not held up by a missing reason (section 3); plan from the ledger; L8 "
         "fallback 2025-09-12 + 1 month - 1 day = 2025-10-11.", [cancel("2025-10-11")])

    # l17 C2: writes from private address, names the registered one
    reg = "krueger@krueger-elektro.de"
    cust(reg, "Stefan Krüger", "monthly", start="2025-09-21", end="2025-10-20")
    lopay("de_p251", "LO-INV-7251", reg, "monthly", "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
    lopay("de_p252", "LO-INV-7252", reg, "monthly", "2025-09-21T09:01:00", "2025-09-21", "2025-10-20")
    mail("l17-privatadresse.eml", "Stefan Krüger <stefan.krueger1975@gmail.com>", LO,
         "Doppelt abgebucht LO-INV-7252",
         "Hallo,\nich schreibe von meiner privaten Adresse, weil ich unterwegs bin. Registriert bin ich mit "
         "krueger@krueger-elektro.de. Ihr habt den Monatsbeitrag doppelt abgebucht (LO-INV-7252), bitte "
         "erstatten.\nGruß Stefan Krüger", "2025-09-24 10:00")
    case("l17-privatadresse", LOB, ["l17-privatadresse.eml"], "need_info",
         "Sender is not the registered email it names: C2, ask to write from krueger@krueger-elektro.de and "
         "disclose nothing, however eligible the duplicate would be.", rules=["C2"])

    # l18 C2 via forward (WG:) from an assistant
    reg = "dr.hartmann@hartmann-praxis.de"
    cust(reg, "Dr. Ulrich Hartmann", "annual", start="2025-09-19", end="2026-09-18")
    lopay("de_p261", "LO-INV-7261", reg, "annual", "2025-09-19T10:00:00", "2025-09-19", "2026-09-18")
    mail("l18-wg-assistentin.eml", "Empfang Praxis Hartmann <empfang@hartmann-praxis.de>", LO,
         "WG: Kündigung LeadsOptima",
         "Sehr geehrte Damen und Herren,\n\nanbei die Nachricht von Herrn Dr. Hartmann mit der Bitte um "
         "Erledigung.\n\nMit freundlichen Grüßen\nMonika Seidel, Empfang\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Dr. Ulrich Hartmann <dr.hartmann@hartmann-praxis.de>\n"
         "Gesendet: Montag, 22. September 2025 08:12\nAn: Empfang Praxis Hartmann <empfang@hartmann-praxis.de>\n"
         "Betreff: Kündigung LeadsOptima\n\nFrau Seidel, bitte kündigen Sie das LeadsOptima-Jahresabo "
         "(Konto dr.hartmann@hartmann-praxis.de), wir nutzen es nicht mehr seit die Praxis eine neue "
         "Webseite hat. U.H.\n", "2025-09-22 14:30")
    case("l18-wg-assistentin", LOB, ["l18-wg-assistentin.eml"], "need_info",
         "Forward (WG:) carries a cancellation naming dr.hartmann@... as the account; the sender is another "
         "address: C2 via a forward (section 8), ask for the request from the registered address.",
         rules=["C2"])

    # l19 own forward (Fwd from the registered address itself) -> cancel
    e = "lange.tim@lange-it.de"
    cust(e, "Tim Lange", "monthly", start="2025-09-16", end="2025-10-15")
    lopay("de_p271", "LO-INV-7271", e, "monthly", "2025-09-16T11:00:00", "2025-09-16", "2025-10-15")
    mail("l19-fwd-eigene.eml", f"Tim Lange <{e}>", LO, "Fwd: Kündigung Monatsabo",
         "Hallo, hab auf die Mail unten nie eine Antwort bekommen, schicke sie nochmal.\n\n"
         "---------- Forwarded message ---------\nVon: Tim Lange <lange.tim@lange-it.de>\n"
         "Date: Do., 18. Sept. 2025 um 09:14 Uhr\nSubject: Kündigung Monatsabo\nTo: <support@leadsoptima.com>\n\n"
         "Hallo, ich möchte mein Monatsabo kündigen. Wir wechseln zu einem CRM mit eingebauter "
         "Lead-Generierung.\nTim Lange\n", "2025-09-25 13:00")
    case("l19-fwd-eigene", LOB, ["l19-fwd-eigene.eml"], "decided",
         "The customer forwards his own earlier mail from the registered address: read for its request; L8 "
         "cancel effective current_period_end 2025-10-15.", [cancel("2025-10-15")])

    # l20 the other brand's customer writes to LeadsOptima
    mail("l20-falsche-marke.eml", "Ingrid Brandt <info@brandt-optik.de>", LO, "Rückerstattung Anzahlung",
         "Guten Tag,\n\nwir haben für unseren Webseiten-Relaunch eine Anzahlung geleistet und möchten das "
         "Projekt stornieren, da unser Geschäft verkauft wird. Bitte erstatten Sie die Anzahlung.\n\n"
         "Mit freundlichen Grüßen\nIngrid Brandt, Brandt Optik", "2025-09-26 12:00")
    case("l20-falsche-marke", LOB, ["l20-falsche-marke.eml"], "need_info",
         "C1: sent to LeadsOptima, so the LeadsOptima ledger is searched only; the sender is unknown there: "
         "C2/C3 (section 8, the other brand's customer).", rules=["C2"])

    # l21 missing reason: restating + signature + disclaimer only
    e = "werner.h@werner-logistik.de"
    cust(e, "Heike Werner", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("de_p281", "LO-INV-7281", e, "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    mail("l21-ohne-grund.eml", f"Heike Werner <{e}>", LO, "Rückerstattung LO-INV-7281",
         "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um Rückerstattung der Zahlung zur Rechnung "
         "LO-INV-7281. Ich bitte um eine kurze Bestätigung.\n\nVielen Dank im Voraus und freundliche Grüße\n"
         "Heike Werner\nWerner Logistik GmbH & Co. KG\nSitz: Bremen, Amtsgericht Bremen HRA 25510\n"
         "Persönlich haftende Gesellschafterin: Werner Verwaltungs GmbH" + DISCLAIMER, "2025-09-27 10:30")
    case("l21-ohne-grund", LOB, ["l21-ohne-grund.eml"], "need_info",
         "Refund restated, courtesy lines, signature, register details and disclaimer are no reason "
         "(section 8): ask for the reason; plan from the ledger, invoice given.", missing=["reason"])

    # l22 thread: reason given in the reply to our need_info -> approve
    e = "schmitz.carina@freenet.de"
    cust(e, "Carina Schmitz", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("de_p291", "LO-INV-7291", e, "monthly", "2025-09-23T08:00:00", "2025-09-23", "2025-10-22")
    lopay("de_p292", "LO-INV-7292", e, "monthly", "2025-09-23T08:00:30", "2025-09-23", "2025-10-22")
    m1 = mail("l22a-anfrage.eml", f"Carina Schmitz <{e}>", LO, "Geld zurück LO-INV-7292",
              "Hallo, bitte um Rückerstattung von LO-INV-7292. Danke, Carina", "2025-09-24 09:00")
    bot = ("<lo-1710-reply@leadsoptima.com>", [m1[0]])
    mail("l22b-antwort.eml", f"Carina Schmitz <{e}>", LO, "Re: Geld zurück LO-INV-7292 [LO-1710]",
         "Hallo,\n\nder Grund: der Betrag wurde am 23.09. zweimal abgebucht, einmal LO-INV-7291 und einmal "
         "LO-INV-7292. Die zweite Zahlung bitte zurück.\n\nCarina\n\nAm 24.09.2025 um 12:01 schrieb "
         "LeadsOptima Support <support@leadsoptima.com>:\n> Bitte nennen Sie uns den Grund Ihrer Anfrage.\n",
         "2025-10-01 09:00", parent=bot)
    case("l22-thread-grund-nachgereicht", LOB, ["l22a-anfrage.eml", "l22b-antwort.eml"], "decided",
         "C3 thread: the reply (In-Reply-To our draft, [LO-1710]) supplies 'zweimal abgebucht'; the request time "
         "is the first email 09-24 (day 1), so L3 holds even though the reply is day 8: L4 approve 1499.00.",
         [ref("1499.00")])

    # l23 negation: no refund, only cancel
    e = "meyer.lars@mailbox.org"
    cust(e, "Lars Meyer", "monthly", start="2025-09-08", end="2025-10-07")
    lopay("de_p301", "LO-INV-7301", e, "monthly", "2025-09-08T09:00:00", "2025-09-08", "2025-10-07")
    mail("l23-keine-erstattung.eml", f"Lars Meyer <{e}>", LO, "Kündigung (keine Erstattung nötig)",
         "Hallo,\n\nich möchte KEINE Rückerstattung, mir ist klar dass der laufende Monat bezahlt ist. Bitte "
         "nur das Monatsabo zum Ende der Laufzeit kündigen – wir haben das Budget für Marketing gestrichen.\n\n"
         "Danke und Gruß\nLars Meyer", "2025-09-28 19:00")
    case("l23-keine-erstattung", LOB, ["l23-keine-erstattung.eml"], "decided",
         "Negated refund adds no intent (section 8); L8 cancel effective 2025-10-07.", [cancel("2025-10-07")])

    # l24 hypothetical before buying -> other
    mail("l24-vorab-frage.eml", "Sophie Lorenz <sophie.lorenz@lorenz-coaching.de>", LO,
         "Frage vor dem Kauf",
         "Hallo,\n\nbevor ich das Jahresabo abschließe: Bekäme ich mein Geld zurück, wenn ich nach zwei Wochen "
         "merke, dass es nichts für mich ist? Und kann man vom Monats- auf das Jahresabo wechseln?\n\n"
         "Viele Grüße\nSophie Lorenz", "2025-09-23 12:00")
    case("l24-vorab-frage", LOB, ["l24-vorab-frage.eml"], "other",
         "Hypothetical question before buying is a policy question, not a request (section 8): other.")

    # l25 thank-you after a refund -> other
    e = "pohl.andreas@arcor.de"
    cust(e, "Andreas Pohl", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("de_p311", "LO-INV-7311", e, "monthly", "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
    mail("l25-danke.eml", f"Andreas Pohl <{e}>", LO, "Re: Ihre Erstattung [LO-1650]",
         "Hallo liebes Support-Team,\n\ndie Erstattung der doppelten Abbuchung ist heute auf meinem Konto "
         "eingegangen. Vielen Dank für die schnelle und unkomplizierte Hilfe!\n\nBeste Grüße\nAndreas Pohl",
         "2025-09-29 16:00", parent=("<lo-1650-reply@leadsoptima.com>", []))
    case("l25-danke", LOB, ["l25-danke.eml"], "other",
         "Thank-you after a refund: past event, asks for nothing (section 8): other.")

    # l26 invoice question -> other
    e = "finanzen@seidl-marketing.at"
    cust(e, "Seidl Marketing OG", "annual", start="2025-07-01", end="2026-06-30")
    lopay("de_p321", "LO-INV-7321", e, "annual", "2025-07-01T09:00:00", "2025-07-01", "2026-06-30")
    mail("l26-rechnung-uid.eml", f"Seidl Marketing Finanzen <{e}>", LO, "Rechnung mit UID-Nummer",
         "Sehr geehrte Damen und Herren,\n\nfür unsere Buchhaltung benötigen wir die Rechnung LO-INV-7321 "
         "mit unserer UID-Nummer ATU12345678 und der vollständigen Firmenanschrift. Könnten Sie die Rechnung "
         "bitte neu ausstellen?\n\nMit freundlichen Grüßen\nSeidl Marketing OG, Graz", "2025-09-24 13:00")
    case("l26-rechnung-uid", LOB, ["l26-rechnung-uid.eml"], "other",
         "An invoice question asking for neither refund nor cancellation: other.")

    # l27 out-of-office
    mail("l27-abwesenheit.eml", "Gerd Vogt <g.vogt@vogt-metall.de>", LO,
         "Automatische Antwort: Ihre Rechnung LO-INV-7400",
         "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 nicht im Büro. In dringenden "
         "Fällen wenden Sie sich bitte an buchhaltung@vogt-metall.de. Ihre E-Mail wird nicht weitergeleitet.",
         "2025-09-25 12:00", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case("l27-abwesenheit", LOB, ["l27-abwesenheit.eml"], "ignore",
         "Auto-Submitted: auto-replied (RFC 3834): C7 ignore.", rules=["C7"])

    # l28 bounce (DSN)
    msg = EmailMessage()
    msg["From"] = "Mail Delivery System <MAILER-DAEMON@mail.gmx.net>"
    msg["To"] = LO
    msg["Subject"] = "Unzustellbar: Ihre Kündigung"
    msg["Date"] = format_datetime(datetime(2025, 9, 26, 8, 0, tzinfo=CEST))
    msg["Message-ID"] = "<l28-bounce.fresh15de@mail.gmx.net>"
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/report; report-type="delivery-status"; boundary="dsn-fresh15de"'
    msg.set_payload("--dsn-fresh15de\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    "Content-Transfer-Encoding: 8bit\r\n\r\n"
                    "Die Nachricht konnte nicht zugestellt werden.\r\nEmpfänger unbekannt: kunde@gmx.de\r\n\r\n"
                    "--dsn-fresh15de\r\nContent-Type: message/delivery-status\r\n\r\n"
                    "Reporting-MTA: dns; mail.gmx.net\r\n\r\nFinal-Recipient: rfc822; kunde@gmx.de\r\n"
                    "Action: failed\r\nStatus: 5.1.1\r\n\r\n--dsn-fresh15de--\r\n")
    FILES["l28-unzustellbar.eml"] = bytes(msg.as_string(policy=msg.policy.clone(linesep="\r\n", utf8=True)), "utf-8")
    case("l28-unzustellbar", LOB, ["l28-unzustellbar.eml"], "ignore",
         "MAILER-DAEMON delivery-status report (RFC 3464): C7 ignore.", rules=["C7"])

    # l29 chargeback threat + cancel -> both escalate
    e = "koenig@koenig-reisen.de"
    cust(e, "Bernd König", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("de_p331", "LO-INV-7331", e, "monthly", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
    mail("l29-rueckbuchung.eml", f"Bernd König <{e}>", LO, "Letzte Aufforderung",
         "Ihr Programm ist unbrauchbar, die Leads sind Schrott. Ich kündige hiermit und will die 1.499 für "
         "LO-INV-7331 zurück. Wenn bis Freitag nichts passiert, lasse ich die Zahlung über meine Bank per "
         "Chargeback zurückbuchen.\nB. König", "2025-09-28 21:00")
    case("l29-rueckbuchung", LOB, ["l29-rueckbuchung.eml"], "decided",
         "Chargeback threat: C4 escalates every intent of the case, the cancellation included (section 8).",
         [esc(), esc("cancellation")], rules=["C4"])

    # l30 lawyer threat, cancellation only -> escalate
    e = "s.frank@frank-versand.de"
    cust(e, "Simone Frank", "quarterly", start="2025-08-01", end="2025-10-31")
    lopay("de_p341", "LO-INV-7341", e, "quarterly", "2025-08-01T09:00:00", "2025-08-01", "2025-10-31")
    mail("l30-anwalt-kuendigung.eml", f"Simone Frank <{e}>", LO, "Kündigung – letzte Warnung",
         "Sehr geehrte Damen und Herren,\n\nich habe Ihnen bereits zweimal geschrieben und will mein "
         "Quartalsabo kündigen, weil Ihre Leads nicht zu unserer Branche passen. Sollte die Kündigung wieder "
         "ignoriert werden, übergebe ich die Angelegenheit meinem Anwalt.\n\nSimone Frank", "2025-09-24 15:00")
    case("l30-anwalt-kuendigung", LOB, ["l30-anwalt-kuendigung.eml"], "decided",
         "Lawyer threat (C4) covers the whole case: the cancellation is escalated (section 8).",
         [esc("cancellation")], rules=["C4"])

    # l31 duplicate, second charge failed -> escalate
    e = "hahn.oliver@hahn-fitness.de"
    cust(e, "Oliver Hahn", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("de_p351", "LO-INV-7351", e, "monthly", "2025-09-27T07:00:00", "2025-09-27", "2025-10-26")
    lopay("de_p352", "LO-INV-7352", e, "monthly", "2025-09-27T07:02:00", "2025-09-27", "2025-10-26",
          status="failed")
    mail("l31-fehlgeschlagen.eml", f"Oliver Hahn <{e}>", LO, "Doppelte Abbuchung LO-INV-7352",
         "Hallo,\nauf meiner Kreditkarte sehe ich zwei Belastungen am 27.09. (LO-INV-7351 und LO-INV-7352), "
         "also doppelt belastet. Bitte die zweite erstatten.\nOliver Hahn", "2025-09-29 08:00")
    case("l31-fehlgeschlagen", LOB, ["l31-fehlgeschlagen.eml"], "decided",
         "The cited charge LO-INV-7352 is 'failed', not paid: no paid pair (L4) and a refund of an unpaid "
         "payment is escalated (section 8).", [esc()])

    # l32 +tag address
    reg = "vogel@posteo.de"
    cust(reg, "Nina Vogel", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("de_p361", "LO-INV-7361", reg, "monthly", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
    mail("l32-plus-tag.eml", "Nina Vogel <vogel+leads@posteo.de>", LO, "Kündigung",
         "Hallo, bitte kündigt mein Monatsabo, ich mache mich ab Oktober nicht mehr selbstständig. "
         "Nina Vogel", "2025-09-25 10:00")
    case("l32-plus-tag", LOB, ["l32-plus-tag.eml"], "need_info",
         "vogel+leads@ is another address than the registered vogel@ (section 8): unknown sender, C2.",
         rules=["C2"])

    # l33 Reply-To does not verify
    reg = "ina.kraus@kraus-design.de"
    cust(reg, "Ina Kraus", "annual", start="2025-09-23", end="2026-09-22")
    lopay("de_p371", "LO-INV-7371", reg, "annual", "2025-09-23T09:00:00", "2025-09-23", "2026-09-22")
    lopay("de_p372", "LO-INV-7372", reg, "annual", "2025-09-23T09:00:40", "2025-09-23", "2026-09-22")
    mail("l33-reply-to.eml", "Ina Kraus <kraus.ina@yahoo.de>", LO, "doppelte Zahlung Jahresabo",
         "Hallo, das Jahresabo wurde zweimal abgebucht, LO-INV-7372. Bitte zurück auf meine Karte. Antworten "
         "bitte an meine Firmenadresse.\nIna", "2025-09-25 11:00", reply_to=reg)
    case("l33-reply-to", LOB, ["l33-reply-to.eml"], "need_info",
         "Sender is From (yahoo); Reply-To with the registered address verifies nobody (section 8): C2.",
         rules=["C2"])

    # l34 HTML-only: duplicate + cancel
    e = "friedrich@friedrich-catering.de"
    cust(e, "Paul Friedrich", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("de_p381", "LO-INV-7381", e, "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
    lopay("de_p382", "LO-INV-7382", e, "monthly", "2025-09-27T10:00:20", "2025-09-27", "2025-10-26")
    mail("l34-html-doppelt-kuendigen.eml", f"Paul Friedrich <{e}>", LO, "Abbuchung & Kündigung", None,
         "2025-09-28 12:00",
         html="<html><body><div style='font-family:Arial'>Guten Tag,<br><br>am 27.09. wurde der "
         "Monatsbeitrag <b>zweimal abgebucht</b> (Rechnung <span>LO-INV-7382</span>). Bitte erstatten Sie den "
         "doppelten Betrag.<br>Außerdem möchte ich das Abo zum Ende der Laufzeit <u>kündigen</u>, da wir das "
         "Catering-Geschäft verkleinern.<br><br>Mit freundlichen Grüßen<br>Paul Friedrich</div>"
         "<div style='color:#888;font-size:9px'>Friedrich Catering · Leipzig</div></body></html>")
    case("l34-html-doppelt-kuendigen", LOB, ["l34-html-doppelt-kuendigen.eml"], "decided",
         "HTML-only mail: duplicate inside L3 (day 1), L4 approve 1499.00; cancellation L8 effective 2025-10-26.",
         [ref("1499.00"), cancel("2025-10-26")])

    # l35 Austrian mobile dictation, no punctuation -> approve
    e = "gruber.markus@gmx.at"
    cust(e, "Markus Gruber", "quarterly", start="2025-09-25", end="2025-12-24")
    lopay("de_p391", "LO-INV-7391", e, "quarterly", "2025-09-25T07:30:00", "2025-09-25", "2025-12-24")
    lopay("de_p392", "LO-INV-7392", e, "quarterly", "2025-09-25T07:31:00", "2025-09-25", "2025-12-24")
    mail("l35-diktat.eml", f"Markus Gruber <{e}>", LO, "Abbuchung",
         "griass eich ich hab gsehn dass ihr das quartalsabo doppelt abgebucht habts rechnungsnummer lo inv "
         "7392 bitte das zweite zurückbuchen danke markus gruber\n\nGesendet von Outlook für Android",
         "2025-09-26 23:00")
    case("l35-diktat", LOB, ["l35-diktat.eml"], "decided",
         "Dictated, no punctuation, Austrian dialect: doppelt abgebucht, day 1: L4 approve 3999.00.",
         [ref("3999.00")])

    # l36 refund of a not-paid (refunded) charge with billing error claim past window? -> escalate
    e = "jung.katrin@jung-kosmetik.de"
    cust(e, "Katrin Jung", "monthly", start="2025-09-29", end="2025-10-28")
    lopay("de_p401", "LO-INV-7401", e, "monthly", "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
    mail("l36-zuviel.eml", f"Katrin Jung <{e}>", LO, "Zu hoher Betrag abgebucht",
         "Hallo,\nmir wurden für den Monatstarif 1.768,82 abgebucht statt der vereinbarten 1.499 – falscher "
         "Betrag! Rechnung LO-INV-7401. Bitte prüfen und die Differenz erstatten.\nKatrin Jung",
         "2025-09-30 10:00")
    case("l36-zuviel", LOB, ["l36-zuviel.eml"], "decided",
         "billing_error ('wrong amount') inside L3 (day 1): L5 escalate (the 1,768.82 is 1,499 + 18% tax, a "
         "person checks).", [esc()])


# ---------------------------------------------------------------- Optima WebDesign
def optima():
    # o01 deposit within 72 h, no work -> approve
    p, c = "Praxis Dr. Lehmann Website", "praxis@dr-lehmann.de"
    proj(p, c)
    owpay("de_w01", "OWD-2025-201", p, "deposit", "40000.00", "7200.00", "2025-09-22T10:00:00")
    mail("o01-anzahlung-zurueck.eml", f"Dr. Eva Lehmann <{c}>", OW, "Refund Request — OWD-2025-201",
         "Sehr geehrtes Optima-Team,\n\nwir müssen das Projekt „Praxis Dr. Lehmann Website“ leider absagen, da "
         "die Praxisübernahme geplatzt ist. Bitte erstatten Sie die Anzahlung (Rechnung OWD-2025-201, "
         "47.200 INR inkl. Steuer).\n\nMit freundlichen Grüßen\nDr. Eva Lehmann", "2025-09-24 09:30")
    case("o01-anzahlung-zurueck", OWB, ["o01-anzahlung-zurueck.eml"], "decided",
         "Deposit paid 09-22 10:00, request 09-24 09:30 (47.5 h), no work: O2 approve 40000.00 before tax (C6).",
         [ref("40000.00")], extra_ok=True)

    # o02 deposit exactly 72 h -> deny
    p, c = "Bäckerei Huber Onlineshop", "office@baeckerei-huber.at"
    proj(p, c)
    owpay("de_w02", "OWD-2025-202", p, "deposit", "25000.00", "4500.00", "2025-09-15T14:00:00")
    mail("o02-genau-72h.eml", f"Bäckerei Huber <{c}>", OW, "Storno Onlineshop",
         "Grüß Gott,\n\nwir stornieren den Auftrag „Bäckerei Huber Onlineshop“, unser Bankkredit für den Umbau "
         "wurde nicht bewilligt. Bitte die Anzahlung laut Rechnung OWD-2025-202 zurückzahlen. Wir sind "
         "innerhalb der 72 Stunden!\n\nMit freundlichen Grüßen\nFranz Huber", "2025-09-18 14:00")
    case("o02-genau-72h", OWB, ["o02-genau-72h.eml"], "decided",
         "Paid 09-15 14:00 IST, sent 10:30 CEST = 09-18 14:00 IST: exactly 72 h is not before 72 h (section 8): "
         "O2 deny.", [deny()], extra_ok=True)

    # o03 deposit within 72h but work started -> deny
    p, c = "Steuerbüro Roth Relaunch", "kanzlei@stb-roth.de"
    proj(p, c, "2025-09-26T10:00:00")
    owpay("de_w03", "OWD-2025-203", p, "deposit", "30000.00", "5400.00", "2025-09-25T09:00:00")
    mail("o03-arbeit-begonnen.eml", f"Steuerbüro Roth <{c}>", OW, "Rücktritt Relaunch",
         "Sehr geehrte Damen und Herren,\n\nnach interner Abstimmung treten wir vom Projekt "
         "„Steuerbüro Roth Relaunch“ zurück, weil unser Partner die Kanzlei verlässt und der Markenauftritt "
         "neu gedacht wird. Wir bitten um Erstattung der Anzahlung OWD-2025-203. Das gestrige Kick-off-"
         "Meeting war ja erst der Anfang.\n\nMit freundlichen Grüßen\nDipl.-Kfm. Martin Roth\nSteuerberater",
         "2025-09-27 09:00")
    case("o03-arbeit-begonnen", OWB, ["o03-arbeit-begonnen.eml"], "decided",
         "Request 48 h after payment, but work started 09-26 10:00 before it: 'whichever occurs first', O2 deny.",
         [deny()], extra_ok=True)

    # o04 discovery no work -> approve
    p, c = "Yoga Studio Sonnenschein", "hallo@yoga-sonnenschein.de"
    proj(p, c)
    owpay("de_w04", "OWD-2025-204", p, "discovery", "15000.00", "2700.00", "2025-09-20T11:00:00")
    mail("o04-discovery-ungenutzt.eml", f"Miriam Sonne <{c}>", OW, "Strategie-Workshop absagen",
         "Liebes Optima-Team,\n\nich habe den Strategie-Workshop für das Projekt Yoga Studio Sonnenschein "
         "gebucht (OWD-2025-204), aber ich muss mein Studio aus gesundheitlichen Gründen vorerst schließen. "
         "Der Workshop hat noch nicht stattgefunden – ich würde mich über eine Rückerstattung freuen.\n\n"
         "Namaste und liebe Grüße\nMiriam", "2025-09-23 12:00")
    case("o04-discovery-ungenutzt", OWB, ["o04-discovery-ungenutzt.eml"], "decided",
         "Discovery fee, work_started_at empty: O1 approve in full, 15000.00 before tax.", [ref("15000.00")], extra_ok=True)

    # o05 discovery started -> deny
    p, c = "Autohaus Berger Website", "marketing@autohaus-berger.de"
    proj(p, c, "2025-09-12T10:00:00")
    owpay("de_w05", "OWD-2025-205", p, "discovery", "20000.00", "3600.00", "2025-09-10T10:00:00")
    mail("o05-discovery-begonnen.eml", f"Autohaus Berger Marketing <{c}>", OW,
         "Erstattung Discovery-Phase OWD-2025-205",
         "Hallo,\n\ndie Workshops zum Projekt Autohaus Berger Website haben uns inhaltlich nicht überzeugt, "
         "die Personas passen nicht zu unseren Kunden. Wir möchten die Discovery-Gebühr zurück.\n\nGruß\n"
         "Jens Berger", "2025-09-20 13:00")
    case("o05-discovery-begonnen", OWB, ["o05-discovery-begonnen.eml"], "decided",
         "Sessions started 09-12, before the request: O1 deny.", [deny()])

    # o06 milestone not started -> approve
    p, c = "Weingut Keller Shop", "info@weingut-keller.de"
    proj(p, c, "2025-08-01T10:00:00")
    owpay("de_w06", "OWD-2025-206", p, "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00",
          milestone_status="not_started")
    mail("o06-meilenstein-offen.eml", f"Weingut Keller <{c}>", OW, "Meilenstein 3 stornieren",
         "Hallo zusammen,\n\nwir haben uns entschieden, den Shop-Teil (Meilenstein 3, Rechnung OWD-2025-206, "
         "35.000,00 netto) für das Projekt Weingut Keller Shop nicht umzusetzen – wir verkaufen ab 2026 nur "
         "noch über den Großhandel. Bitte erstattet den Meilenstein, mit dem ja noch nicht begonnen wurde.\n\n"
         "Viele Grüße vom Kaiserstuhl\nLisa Keller", "2025-09-26 14:00")
    case("o06-meilenstein-offen", OWB, ["o06-meilenstein-offen.eml"], "decided",
         "Milestone not_started: O3 approve its amount 35000.00 before tax.", [ref("35000.00")], extra_ok=True)

    # o07 milestone in progress -> escalate
    p, c = "Fitnessclub Atlas App", "gf@atlas-fitness.de"
    proj(p, c, "2025-07-15T10:00:00")
    owpay("de_w07", "OWD-2025-207", p, "milestone", "28000.00", "5040.00", "2025-09-01T10:00:00",
          milestone_status="in_progress")
    mail("o07-meilenstein-laufend.eml", f"Atlas Fitness GF <{c}>", OW, "Projekt stoppen / Erstattung",
         "Servus,\n\nbitte stoppt die Arbeit am Meilenstein „Buchungsmodul“ (OWD-2025-207) für die Fitnessclub "
         "Atlas App – wir haben eine fertige Lösung vom Verband bekommen. Den nicht geleisteten Teil hätten wir "
         "gern zurück.\n\nSportliche Grüße\nAlex Brenner", "2025-09-25 10:00")
    case("o07-meilenstein-laufend", OWB, ["o07-meilenstein-laufend.eml"], "decided",
         "Milestone in_progress: O3 escalate (value of the work not started needs a person).", [esc()], extra_ok=True)

    # o08 milestone approved -> deny
    p, c = "Hotel Alpenblick Relaunch", "direktion@hotel-alpenblick.at"
    proj(p, c, "2025-06-01T10:00:00")
    owpay("de_w08", "OWD-2025-208", p, "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00",
          milestone_status="approved")
    mail("o08-meilenstein-abgenommen.eml", f"Hotel Alpenblick Direktion <{c}>", OW, "Reklamation Design",
         "Sehr geehrte Damen und Herren,\n\ndas Design für den Hotel Alpenblick Relaunch (Meilenstein "
         "OWD-2025-208) haben wir im August zwar freigegeben, aber unsere Gäste finden die Seite zu dunkel. "
         "Wir ersuchen um Rückerstattung dieses Meilensteins.\n\nHochachtungsvoll\nDir. Johann Pichler",
         "2025-09-24 12:00")
    case("o08-meilenstein-abgenommen", OWB, ["o08-meilenstein-abgenommen.eml"], "decided",
         "Milestone approved: O3/O6 deny.", [deny()])

    # o09 retainer, >= 7 days' notice
    p, c = "Agentur Nordlicht Betreuung", "buero@agentur-nordlicht.de"
    proj(p, c, "2025-03-15T10:00:00")
    owpay("de_w09", "OWD-INV-309", p, "retainer", "12000.00", "2160.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    mail("o09-retainer-fristgerecht.eml", f"Agentur Nordlicht <{c}>", OW, "Kündigung Betreuungsvertrag",
         "Moin,\n\nhiermit kündigen wir den monatlichen Betreuungsvertrag für „Agentur Nordlicht Betreuung“ "
         "(letzte Rechnung OWD-INV-309). Grund: Wir haben eine Entwicklerin eingestellt und machen die Pflege "
         "ab Oktober selbst.\n\nBeste Grüße aus Kiel\nFrauke Jansen", "2025-09-25 11:00")
    case("o09-retainer-fristgerecht", OWB, ["o09-retainer-fristgerecht.eml"], "decided",
         "next_billing_at 2025-10-15, cut-off 10-08; request 09-25: O4/O8 cancel effective the day before, "
         "2025-10-14.", [cancel("2025-10-14")])

    # o10 retainer < 7 days -> next cycle billed
    p, c = "Tischlerei Holzmann SEO", "holzmann@tischlerei-holzmann.de"
    proj(p, c, "2025-05-01T10:00:00")
    owpay("de_w10", "OWD-INV-310", p, "retainer", "8000.00", "1440.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    mail("o10-retainer-kurzfristig.eml", f"Tischlerei Holzmann <{c}>", OW, "SEO kündigen",
         "Hallo,\n\nwir möchten die SEO-Betreuung (Projekt Tischlerei Holzmann SEO, Rechnung OWD-INV-310) "
         "kündigen, wir sind mit Aufträgen für die nächsten Monate ausgelastet.\n\nGruß\nBernd Holzmann",
         "2025-09-27 10:00")
    case("o10-retainer-kurzfristig", OWB, ["o10-retainer-kurzfristig.eml"], "decided",
         "Cut-off for 2025-10-01 billing is 09-24; request 09-27 is late: O4 next cycle billed, effective last "
         "day of that cycle 2025-10-31.", [cancel("2025-10-31")])

    # o11 retainer: 7 days in Germany, 6 in India (timezone trap)
    p, c = "Physio Mitte Wartung", "team@physio-mitte.de"
    proj(p, c, "2025-04-06T10:00:00")
    owpay("de_w11", "OWD-INV-311", p, "retainer", "6000.00", "1080.00", "2025-09-06T09:00:00",
          period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
    mail("o11-retainer-zeitzone.eml", f"Physio Mitte <{c}>", OW, "Kündigung Wartungsvertrag",
         "Guten Abend,\n\nfristgerecht 7 Tage vor der nächsten Abrechnung kündigen wir den Wartungsvertrag "
         "„Physio Mitte Wartung“ (OWD-INV-311). Unsere Praxis zieht um und die neue Website macht der "
         "Praxisverbund.\n\nMit freundlichen Grüßen\nTeam Physio Mitte", "2025-09-30 00:30")
    case("o11-retainer-zeitzone", OWB, ["o11-retainer-zeitzone.eml"], "decided",
         "Sent 21:00 CEST 09-29 = 00:30 IST 09-30; cut-off for 10-06 is 09-29 in the brand's zone: late, next "
         "cycle (10-06..11-05) billed, effective 2025-11-05 (O4).", [cancel("2025-11-05")])

    # o12 retainer paid in advance, enough notice -> escalate
    p, c = "Musikschule Klangwerk", "verwaltung@klangwerk-musik.de"
    proj(p, c, "2025-01-10T10:00:00")
    owpay("de_w12a", "OWD-INV-312", p, "retainer", "9000.00", "1620.00", "2025-09-10T09:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-11-10T00:00:00")
    owpay("de_w12b", "OWD-INV-313", p, "retainer", "9000.00", "1620.00", "2025-09-10T09:05:00",
          period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00")
    mail("o12-retainer-vorausbezahlt.eml", f"Musikschule Klangwerk <{c}>", OW, "Kündigung Klangwerk",
         "Sehr geehrte Damen und Herren,\n\nleider muss die Musikschule Klangwerk sparen; wir kündigen den "
         "Betreuungsvertrag (Rechnungen OWD-INV-312 und OWD-INV-313). Den Oktober haben wir schon im Voraus "
         "bezahlt.\n\nFreundliche Grüße\nVerwaltung Klangwerk", "2025-09-26 12:00")
    case("o12-retainer-vorausbezahlt", OWB, ["o12-retainer-vorausbezahlt.eml"], "decided",
         "Next cycle (10-10..11-09) already paid, notice well over 7 days: escalate (section 8, O4).",
         [esc("cancellation")], extra_ok=True)

    # o13 hosting annual within 14 days -> approve
    p, c = "Zahnarztpraxis Weiss Hosting", "praxis@zahnarzt-weiss.de"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("de_w13", "OWD-2025-213", p, "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
          setup_fee="2400.00", service_start="2025-09-20")
    mail("o13-hosting-14tage.eml", f"Zahnarztpraxis Weiss <{c}>", OW, "Hosting kündigen + Erstattung",
         "Guten Tag,\n\nunser Praxisverbund stellt uns ein zentrales Hosting, daher kündigen wir das Jahres-"
         "Hosting „Zahnarztpraxis Weiss Hosting“ (OWD-2025-213) und bitten um die anteilige Erstattung.\n\n"
         "Mit freundlichen Grüßen\nDr. Weiss", "2025-09-26 10:00")
    case("o13-hosting-14tage", OWB, ["o13-hosting-14tage.eml"], "decided",
         "Day 6 of the hosting year: O5 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00.", [ref("14300.00")],
         extra_ok=True)

    # o14 maintenance annual rounding -> 7791.67
    p, c = "Blumen Fuchs Wartung", "laden@blumen-fuchs.ch"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("de_w14", "OWD-2025-214", p, "maintenance_annual", "10000.00", "1800.00", "2025-09-17T10:00:00",
          setup_fee="1500.00", service_start="2025-09-18")
    mail("o14-wartung-rundung.eml", f"Blumen Fuchs <{c}>", OW, "Wartungsvertrag auflösen",
         "Grüezi mitenand\n\nWir lösen den Jahres-Wartungsvertrag für Blumen Fuchs Wartung (OWD-2025-214) auf, "
         "da wir den Laden per Ende Jahr aufgeben. Bitte um anteilsmässige Rückerstattung.\n\nFreundliche "
         "Grüsse\nUrs Fuchs", "2025-09-30 12:00")
    case("o14-wartung-rundung", OWB, ["o14-wartung-rundung.eml"], "decided",
         "Day 12 <= 14: O5 10000 - 1500 - 8500/12 (708.333...) = 7791.666... -> 7791.67, rounded once at the "
         "end (C6).", [ref("7791.67")], extra_ok=True)

    # o15 hosting after 14 days -> deny
    p, c = "Café Morgenrot Hosting", "hallo@cafe-morgenrot.de"
    proj(p, c, "2025-08-20T10:00:00")
    owpay("de_w15", "OWD-2025-215", p, "hosting_annual", "12000.00", "2160.00", "2025-08-31T10:00:00",
          setup_fee="1200.00", service_start="2025-09-01")
    mail("o15-hosting-tag15.eml", f"Café Morgenrot <{c}>", OW, "Hosting zurückgeben",
         "Hallo ihr Lieben,\n\nwir ziehen mit der Website zu einem Baukasten um, weil wir selbst Änderungen "
         "machen wollen. Bitte kündigt das Hosting „Café Morgenrot Hosting“ (OWD-2025-215) und erstattet den "
         "Rest.\n\nLiebe Grüße\nJule", "2025-09-16 12:00")
    case("o15-hosting-tag15", OWB, ["o15-hosting-tag15.eml"], "decided",
         "Service started 09-01, request 09-16 = day 15 > 14: O5 deny.", [deny()], extra_ok=True)

    # o16 maintenance before service start -> consumed 1
    p, c = "Immobilien Graf Wartung", "graf@graf-immobilien.de"
    proj(p, c)
    owpay("de_w16", "OWD-2025-216", p, "maintenance_annual", "6000.00", "1080.00", "2025-09-25T10:00:00",
          service_start="2025-10-15")
    mail("o16-wartung-vor-start.eml", f"Immobilien Graf <{c}>", OW, "Refund Request — OWD-2025-216",
         "Sehr geehrte Damen und Herren,\n\ndie Wartung für Immobilien Graf Wartung beginnt erst am 15.10. – "
         "wir brauchen sie nicht mehr, da die Firma verkauft wird. Bitte stornieren und erstatten.\n\n"
         "Mit freundlichen Grüßen\nThomas Graf", "2025-09-28 10:00")
    case("o16-wartung-vor-start", OWB, ["o16-wartung-vor-start.eml"], "decided",
         "Before service_start: consumed_months 1 (section 8); no setup fee: 6000 - 6000/12 = 5500.00 (O5).",
         [ref("5500.00")], extra_ok=True)

    # o17 third party -> deny
    p, c = "Reisebüro Sommer", "info@reisebuero-sommer.de"
    proj(p, c, "2025-06-01T10:00:00")
    owpay("de_w17", "OWD-2025-217", p, "third_party", "4500.00", "810.00", "2025-09-24T10:00:00")
    mail("o17-domain-ssl.eml", f"Reisebüro Sommer <{c}>", OW, "Domain und SSL erstatten",
         "Hallo,\n\nfür das Projekt Reisebüro Sommer habt ihr uns Domain und SSL-Zertifikat berechnet "
         "(OWD-2025-217). Wir haben aber schon eine Domain bei unserem Provider. Bitte erstattet das.\n\n"
         "Gruß\nAnke Sommer", "2025-09-26 10:00")
    case("o17-domain-ssl", OWB, ["o17-domain-ssl.eml"], "decided",
         "third_party (domain, SSL): O6 non-refundable, deny.", [deny()])

    # o18 rush fee -> deny
    p, c = "Messebau Krause Landingpage", "projekte@messebau-krause.de"
    proj(p, c, "2025-09-05T10:00:00")
    owpay("de_w18", "PO-4418", p, "rush", "7500.00", "1350.00", "2025-09-05T10:00:00")
    mail("o18-expresszuschlag.eml", f"Messebau Krause <{c}>", OW, "Expresszuschlag PO 4418",
         "Hallo,\n\nden Expresszuschlag (PO 4418) für die Messebau Krause Landingpage finden wir nicht "
         "gerechtfertigt, die Seite war nur einen Tag früher fertig. Bitte erstattet den Zuschlag.\n\n"
         "Gruß\nKai Krause", "2025-09-24 10:00")
    case("o18-expresszuschlag", OWB, ["o18-expresszuschlag.eml"], "decided",
         "rush fee: O6 deny. 'PO 4418' matches PO-4418 (section 8).", [deny()])

    # o19 change request -> deny
    p, c = "Kita Regenbogen Portal", "leitung@kita-regenbogen.de"
    proj(p, c, "2025-07-01T10:00:00")
    owpay("de_w19", "OWD-2025-219", p, "change_request", "5200.00", "936.00", "2025-09-18T10:00:00")
    mail("o19-change-request.eml", f"Kita Regenbogen <{c}>", OW, "Änderungsauftrag zurück",
         "Liebe Leute,\n\nden Änderungsauftrag für das Kita Regenbogen Portal (Elternkalender, Rechnung "
         "OWD-2025-219) brauchen wir doch nicht, der Träger stellt eine App. Können wir das Geld zurückhaben?"
         "\n\nHerzliche Grüße\nPia", "2025-09-25 10:00")
    case("o19-change-request", OWB, ["o19-change-request.eml"], "decided",
         "change_request outside the original scope: O6 deny.", [deny()])

    # o20 C2: from private address
    p, c = "Bistro Lindenhof Website", "post@bistro-lindenhof.de"
    proj(p, c)
    owpay("de_w20", "OWD-2025-220", p, "deposit", "18000.00", "3240.00", "2025-09-29T10:00:00")
    mail("o20-privat-c2.eml", "Georg Linde <georg.linde@gmx.net>", OW, "Anzahlung Bistro Lindenhof",
         "Hallo,\n\nich bin der Inhaber vom Bistro Lindenhof. Wir müssen das Projekt „Bistro Lindenhof "
         "Website“ absagen, weil der Pachtvertrag nicht verlängert wird. Bitte die Anzahlung OWD-2025-220 "
         "zurück. Ich schreibe von privat, die Firmenadresse ist post@bistro-lindenhof.de.\n\nGeorg Linde",
         "2025-09-30 10:00")
    case("o20-privat-c2", OWB, ["o20-privat-c2.eml"], "need_info",
         "Not from the contracting email (explicit in Optima's policy): C2, nothing about the project.",
         rules=["C2"])

    # o21 cancel without reason (Optima requires one)
    p, c = "Sportverein TSV Eintracht", "vorstand@tsv-eintracht.de"
    proj(p, c, "2025-02-01T10:00:00")
    owpay("de_w21", "OWD-INV-321", p, "retainer", "5000.00", "900.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    mail("o21-kuendigung-ohne-grund.eml", f"TSV Eintracht Vorstand <{c}>", OW,
         "Kündigung Sportverein TSV Eintracht",
         "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Vertrag für das Projekt Sportverein TSV "
         "Eintracht (Rechnung OWD-INV-321) zum nächstmöglichen Termin. Bitte bestätigen Sie uns die "
         "Kündigung schriftlich.\n\nMit sportlichen Grüßen\nDer Vorstand\n\nTSV Eintracht 1898 e.V. · "
         "Vereinsregister VR 1234 · Vorsitzender: H. Baum", "2025-09-24 10:00")
    case("o21-kuendigung-ohne-grund", OWB, ["o21-kuendigung-ohne-grund.eml"], "need_info",
         "Optima requires a reason for cancellations too (section 8); restatement, courtesy and club "
         "register lines are no reason: ask for it.", missing=["reason"])

    # o22 thread: reason supplied -> cancel
    p, c = "Zahnlabor Sommerfeld Blog", "labor@zahnlabor-sommerfeld.de"
    proj(p, c, "2025-03-01T10:00:00")
    owpay("de_w22", "OWD-INV-322", p, "retainer", "4000.00", "720.00", "2025-09-12T09:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
    m1 = mail("o22a-kuendigung.eml", f"Zahnlabor Sommerfeld <{c}>", OW, "Kündigung Blogbetreuung",
              "Hallo,\nwir kündigen die Blogbetreuung „Zahnlabor Sommerfeld Blog“, Rechnung OWD-INV-322.\n"
              "Danke und Gruß\nPeter Sommerfeld", "2025-09-26 10:00")
    bot = ("<owd-2207-reply@optimawebdesign.com>", [m1[0]])
    mail("o22b-grund.eml", f"Zahnlabor Sommerfeld <{c}>", OW, "AW: Kündigung Blogbetreuung [OWD-2207]",
         "Hallo,\n\nder Grund: der Blog bringt uns keine Neukunden, wir investieren lieber in Messen.\n\n"
         "Peter Sommerfeld\n\n-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign <optimawebdesigns12@gmail.com>\n"
         "Gesendet: Freitag, 26. September 2025 10:05\nAn: labor@zahnlabor-sommerfeld.de\nBetreff: Re: Kündigung Blogbetreuung [OWD-2207]\n\nBitte teilen Sie uns den Grund der Kündigung mit.\n",
         "2025-10-01 09:00", parent=bot)
    case("o22-thread-grund", OWB, ["o22a-kuendigung.eml", "o22b-grund.eml"], "decided",
         "C3: the answer to our question supplies the reason; request time is the first email 09-26, cut-off "
         "for 10-12 is 10-05: O4 cancel effective 2025-10-11 (the reply's own date 10-01 would also be in time).",
         [cancel("2025-10-11")])

    # o23 C4 consumer centre / legal steps on deposit
    p, c = "Friseursalon Haarmonie Website", "salon@haarmonie-koeln.de"
    proj(p, c, "2025-09-18T10:00:00")
    owpay("de_w23", "OWD-2025-223", p, "deposit", "12000.00", "2160.00", "2025-09-16T10:00:00")
    mail("o23-verbraucherzentrale.eml", f"Salon Haarmonie <{c}>", OW, "Anzahlung zurück – sonst rechtliche Schritte",
         "Hallo,\n\nich will meine Anzahlung OWD-2025-223 für die Friseursalon Haarmonie Website zurück, das "
         "erste Layout ist eine Katastrophe. Ich habe mich bei der Verbraucherzentrale beraten lassen und "
         "werde rechtliche Schritte einleiten, falls ihr nicht zahlt.\n\nSandra", "2025-09-22 10:00")
    case("o23-verbraucherzentrale", OWB, ["o23-verbraucherzentrale.eml"], "decided",
         "Consumer centre + legal steps threat: C4 escalate (even though O2 alone would deny).", [esc()],
         rules=["C4"])

    # o24 disputed payment -> escalate
    p, c = "Pflegedienst Sonnenhof Portal", "verwaltung@pflege-sonnenhof.de"
    proj(p, c, "2025-08-01T10:00:00")
    owpay("de_w24", "OWD-2025-224", p, "milestone", "16000.00", "2880.00", "2025-09-10T10:00:00",
          milestone_status="not_started", status="disputed")
    mail("o24-zahlung-strittig.eml", f"Pflegedienst Sonnenhof <{c}>", OW, "Erstattung Meilenstein Dienstplan",
         "Guten Tag,\n\nfür das Pflegedienst Sonnenhof Portal möchten wir den Meilenstein „Dienstplan-Modul“ "
         "(OWD-2025-224) stornieren, weil unser Träger eine andere Software vorgibt. Bitte um Erstattung.\n\n"
         "Mit freundlichen Grüßen\nVerwaltung Sonnenhof", "2025-09-23 10:00")
    case("o24-zahlung-strittig", OWB, ["o24-zahlung-strittig.eml"], "decided",
         "The payment's status is 'disputed', not paid: a refund of it is escalated (section 8), though the "
         "milestone is not_started.", [esc()], extra_ok=True)

    # o25 negation + question -> other
    p, c = "Weinbar Rebstock Website", "kontakt@weinbar-rebstock.de"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("de_w25", "OWD-2025-225", p, "milestone", "14000.00", "2520.00", "2025-09-15T10:00:00",
          milestone_status="in_progress")
    mail("o25-keine-erstattung-frage.eml", f"Weinbar Rebstock <{c}>", OW, "Kurze Frage zum Zeitplan",
         "Hallo,\n\nkeine Sorge, ich will weder kündigen noch Geld zurück 😉 – ich wollte nur wissen, wann "
         "der nächste Entwurf für die Weinbar Rebstock Website kommt (Meilenstein OWD-2025-225).\n\nProst!\n"
         "Ralf", "2025-09-26 10:00")
    case("o25-keine-erstattung-frage", OWB, ["o25-keine-erstattung-frage.eml"], "other",
         "Negated refund and cancellation (section 8); a schedule question only: other.")

    # o26 newsletter
    mail("o26-newsletter.eml", "Webdesign-Trends <newsletter@webdesign-trends.de>", OW,
         "Die 10 wichtigsten Webdesign-Trends im Herbst",
         "Hallo,\n\nin unserem Newsletter: Dark Mode, Mikroanimationen und warum Rückerstattungen bei "
         "Agenturen ein Thema sind. Zum Abbestellen klicken Sie hier.", "2025-09-24 10:00",
         headers={"Precedence": "bulk", "List-Id": "<trends.webdesign-trends.de>",
                  "List-Unsubscribe": "<mailto:unsubscribe@webdesign-trends.de>"})
    case("o26-newsletter", OWB, ["o26-newsletter.eml"], "ignore",
         "Precedence: bulk and List-Id: C7 ignore, whatever words it contains.", rules=["C7"])

    # o27 Outlook forward from the contract owner of an employee's request -> approve milestone
    p, c = "Architekturbüro Stein Portfolio", "stein@stein-architekten.de"
    proj(p, c, "2025-08-01T10:00:00")
    owpay("de_w27", "OWD-2025-227", p, "milestone", "26000.00", "4680.00", "2025-09-15T10:00:00",
          milestone_status="not_started")
    mail("o27-wg-outlook.eml", f"Andrea Stein <{c}>", OW, "WG: Meilenstein 3D-Galerie",
         "Bitte so umsetzen. Danke!\nA. Stein\n\n________________________________\nVon: Lukas Meier "
         "<l.meier@stein-architekten.de>\nGesendet: Freitag, 26. September 2025 09:40\nAn: Andrea Stein "
         "<stein@stein-architekten.de>\nBetreff: Meilenstein 3D-Galerie\n\nHallo Andrea,\nwie besprochen: "
         "die 3D-Galerie (Meilenstein OWD-2025-227, Projekt Architekturbüro Stein Portfolio) streichen wir, "
         "der Bauherr erlaubt keine Veröffentlichung der Entwürfe. Optima soll den Meilenstein bitte "
         "erstatten, es wurde noch nichts daran gemacht.\nLukas\n", "2025-09-26 15:00")
    case("o27-wg-outlook", OWB, ["o27-wg-outlook.eml"], "decided",
         "Forward sent by the contract email itself, carrying the request and its reason: O3 not_started, "
         "approve 26000.00.", [ref("26000.00")], extra_ok=True)

    # o28 C2 via forward: employee forwards the owner's request
    p, c = "Modehaus Albrecht Shop", "albrecht@modehaus-albrecht.de"
    proj(p, c)
    owpay("de_w28", "OWD-2025-228", p, "deposit", "32000.00", "5760.00", "2025-09-29T10:00:00")
    mail("o28-wg-c2.eml", "Buchhaltung Albrecht <buchhaltung@modehaus-albrecht.de>", OW,
         "WG: Stornierung Modehaus Albrecht Shop",
         "Zur Kenntnis und Erledigung.\n\n-----Ursprüngliche Nachricht-----\nVon: Carl Albrecht "
         "<albrecht@modehaus-albrecht.de>\nGesendet: Dienstag, 30. September 2025 07:55\nAn: Buchhaltung\n"
         "Betreff: Stornierung Modehaus Albrecht Shop\n\nBitte bei Optima die Anzahlung OWD-2025-228 "
         "zurückfordern, der Shop wird nicht gebaut – wir schließen die Filiale. Vertragsadresse ist "
         "albrecht@modehaus-albrecht.de.\nC.A.\n", "2025-09-30 12:00")
    case("o28-wg-c2", OWB, ["o28-wg-c2.eml"], "need_info",
         "Forward names the contract email albrecht@...; sender is buchhaltung@: C2 via a forward (section 8).",
         rules=["C2"])

    # o29 setup fee -> deny
    p, c = "Gasthof Ochsen Hosting", "wirt@gasthof-ochsen.de"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("de_w29", "OWD-2025-229", p, "setup", "3000.00", "540.00", "2025-09-20T10:00:00")
    mail("o29-einrichtung.eml", f"Gasthof Ochsen <{c}>", OW, "Einrichtungsgebühr",
         "Grüß Gott,\n\ndie Einrichtungsgebühr OWD-2025-229 für das Gasthof Ochsen Hosting ist uns zu hoch, "
         "das war doch nur ein Klick. Bitte erstatten Sie die 3.000 Rupien.\n\nFamilie Ochsenwirt",
         "2025-09-25 10:00")
    case("o29-einrichtung", OWB, ["o29-einrichtung.eml"], "decided",
         "setup fee: O6 non-refundable, deny.", [deny()])

    # o30 unknown invoice from a verified contract email -> escalate
    p, c = "Kunstgalerie Hell Website", "galerie@kunst-hell.de"
    proj(p, c)
    owpay("de_w30", "OWD-2025-230", p, "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
    mail("o30-unbekannte-rechnung.eml", f"Galerie Hell <{c}>", OW, "Erstattung OWD-2025-299",
         "Hallo,\n\nfür die Kunstgalerie Hell Website bitte ich um Erstattung der Zahlung OWD-2025-299 über "
         "9.500 Rupien, die wir versehentlich doppelt überwiesen haben.\n\nBeste Grüße\nDr. Hell",
         "2025-09-30 10:00")
    case("o30-unbekannte-rechnung", OWB, ["o30-unbekannte-rechnung.eml"], "decided",
         "Verified contract email, but OWD-2025-299 is not in the ledger: never approve; escalate (section 1).",
         [esc()])

    # o31 Dubai expat, deposit within 72h across offsets -> approve
    p, c = "Gewürzhandel Al Nour Shop", "order@alnour-gewuerze.ae"
    proj(p, c)
    owpay("de_w31", "OWD-2025-231", p, "deposit", "22500.00", "4050.00", "2025-09-27T18:00:00+04:00")
    mail("o31-dubai.eml", f"Helmut Nowak <{c}>", OW, "Anzahlung zurück bitte",
         "Hallo aus Dubai,\n\nunser Investor ist abgesprungen, daher können wir das Projekt Gewürzhandel Al "
         "Nour Shop nicht starten. Bitte die Anzahlung OWD-2025-231 (22.500 INR netto) zurück auf die Karte."
         "\n\nViele Grüße\nHelmut Nowak", "2025-09-30 18:00", off=GST)
    case("o31-dubai", OWB, ["o31-dubai.eml"], "decided",
         "paid_at 18:00+04:00 = 09-27 19:30 IST; email 09-30 18:00 IST = 70.5 h < 72, no work: O2 approve "
         "22500.00 (offset converted, section 8).", [ref("22500.00")])


def main():
    leadsoptima()
    optima()
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for name, data in sorted(FILES.items()):
        (out / name).write_bytes(data)
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}
    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
