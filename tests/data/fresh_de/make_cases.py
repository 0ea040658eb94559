#!/usr/bin/env python3
"""Fresh held-out round, German (de): writes ledger.json, emails/*.eml and expected.json beside
this file. Written by a QA pass from POLICY_SPEC.md alone. MIT licence. Deterministic, stdlib only."""
LANG = "de"
# ---------------------------------------------------------------- engine (stdlib only)
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", cps=None, cpe=None, trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": cps, "current_period_end": cpe})


def lopay(inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": "pay_" + inv.lower().replace("-", "_"),
                               "invoice": inv, "customer_email": email, "kind": "subscription",
                               "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, ps=None, pe=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": "pay_" + inv.lower().replace("-", "_"),
                               "invoice": inv, "project": project, "kind": kind, "amount": amount,
                               "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                               "setup_fee": setup_fee, "service_start": service_start,
                               "next_billing_at": next_billing_at, "period_start": ps, "period_end": pe,
                               "milestone_status": milestone_status})


def case(cid, brand, msgs, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    """msgs: list of dicts(frm, to, subject, date, body | html, headers)."""
    files, prev_ids = [], []
    for i, m in enumerate(msgs):
        name = f"{cid}.eml" if len(msgs) == 1 else f"{cid}-{i + 1}.eml"
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["frm"]
        msg["To"] = m.get("to") or (LO if brand == "leadsoptima" else OWD)
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["date"])
        mid = f"<{cid}.{i + 1}@{m['frm'].split('@')[-1].rstrip('>')}>"
        msg["Message-ID"] = mid
        if m.get("in_reply_to"):
            msg["In-Reply-To"] = m["in_reply_to"]
            msg["References"] = " ".join(prev_ids + [m["in_reply_to"]])
        for k, v in (m.get("headers") or {}).items():
            msg[k] = v
        if m.get("html") and not m.get("body"):
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
            if m.get("html"):
                msg.add_alternative(m["html"], subtype="html")
        (HERE / "emails").mkdir(exist_ok=True)
        (HERE / "emails" / name).write_bytes(msg.as_bytes())
        files.append("emails/" + name)
        prev_ids.append(mid)
    exp = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        exp["missing"] = list(missing)
    exp["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        exp["extra_ok"] = True
    exp["spec"] = spec
    if ambiguous:
        exp["ambiguous"] = ambiguous
    CASES.append(exp)
    return files


def d(intent, outcome, amount=None, effective_date=None):
    out = {"intent": intent, "outcome": outcome}
    if amount is not None:
        out["amount"] = amount
    if effective_date is not None:
        out["effective_date"] = effective_date
    return out


def write():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "invoice numbers must be unique"
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    print(f"{len(CASES)} cases written to {HERE}")


def T(y, mo, dd, h, mi, tz=CEST):
    return datetime(y, mo, dd, h, mi, tzinfo=tz)


SIG_DISCLAIMER = """--
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""

# ============================================================ LeadsOptima
cust("monika.schulte@schulte-events.de", "Monika Schulte", "monthly", cps="2025-09-22", cpe="2025-10-21")
lopay("LO-INV-73001", "monika.schulte@schulte-events.de", "monthly", "1499.00", "269.82", "2025-09-22T10:02:00", "2025-09-22", "2025-10-21")
lopay("LO-INV-73002", "monika.schulte@schulte-events.de", "monthly", "1499.00", "269.82", "2025-09-22T10:05:00", "2025-09-22", "2025-10-21")
case("fde-l01-dup-inside", "leadsoptima", [dict(
    frm="Monika Schulte <monika.schulte@schulte-events.de>", subject="Doppelte Abbuchung LO INV 73002",
    date=T(2025, 9, 25, 9, 14),
    body="""Hallo LeadsOptima-Team,

mir ist beim Kontoabgleich aufgefallen, dass am 22.09. zweimal 1.499,00 ₹ (plus MwSt) für mein
Monatsabo abgebucht wurden, im Abstand von drei Minuten. Das ist eindeutig eine Doppelbuchung.
Die zweite Rechnung hat die Nummer LO INV 73002, die möchte ich bitte erstattet haben.

Vielen Dank und viele Grüße
Monika Schulte
Schulte Events GmbH | Hauptstr. 12 | 50667 Köln
""")], "decided", [d("refund", "approve", "1499.00")],
    spec="L2 duplicate_payment ('zweimal abgebucht', 'Doppelbuchung'); ledger: two paid monthly charges 1499.00 on 2025-09-22 same period 09-22..10-21; request 2025-09-25 12:44 IST = day 3 <= 7 (L3); L4 approve the duplicate's amount before tax 1499.00; invoice 'LO INV 73002' = LO-INV-73002 (settled: spaces ignored).")

cust("joerg.bauer@bauer-dach.de", "Jörg Bauer", "quarterly", cps="2025-09-10", cpe="2025-12-09")
lopay("LO-INV-73003", "joerg.bauer@bauer-dach.de", "quarterly", "3999.00", "719.82", "2025-09-10T11:00:00", "2025-09-10", "2025-12-09")
lopay("LO-INV-73004", "joerg.bauer@bauer-dach.de", "quarterly", "3999.00", "719.82", "2025-09-10T11:01:00", "2025-09-10", "2025-12-09")
case("fde-l02-dup-day8-timezone", "leadsoptima", [dict(
    frm="Jörg Bauer <joerg.bauer@bauer-dach.de>", subject="Quartalsabo doppelt berechnet",
    date=T(2025, 9, 17, 21, 15),
    body="""Guten Abend,

ich hab grad gesehen das mein Quartalsbeitrag zweimal abgebucht wurde (3.999 Rupien je Buchung,
beide am 10.9.). Rechnung Nr. LO-INV-73004 ist die doppelte. Bitte um Rückerstattung.

Gruß
Jörg Bauer
Bauer Bedachungen
Gesendet von meinem iPhone
""")], "decided", [d("refund", "deny")],
    spec="L2 duplicate_payment; charges 2025-09-10 11:00 IST (day 0). The Date 2025-09-17 21:15 +02:00 is 2025-09-18 00:45 in Asia/Kolkata: local date day 8 > 7 -> L3 deny (windows count calendar dates in the brand's zone, section 1), although it is still day 7 in Germany.")

cust("sabine.krueger@krueger-consulting.de", "Sabine Krüger", "annual", cps="2025-09-26", cpe="2026-09-25")
lopay("LO-INV-73005", "sabine.krueger@krueger-consulting.de", "annual", "11988.00", "2157.84", "2025-09-26T09:30:00", "2025-09-26", "2026-09-25")
case("fde-l03-access-failure", "leadsoptima", [dict(
    frm="Sabine Krüger <sabine.krueger@krueger-consulting.de>", subject="Kein Zugang mehr seit Verlängerung!!",
    date=T(2025, 9, 29, 8, 40),
    body="""Sehr geehrte Damen und Herren,

seit der automatischen Verlängerung meines Jahresabos am Freitag kann ich mich nicht mehr einloggen.
Nach dem Login bleibt das Dashboard einfach weiß und lädt nicht, auf drei verschiedenen Rechnern.
Ihr Support-Chat hat mir bisher nicht helfen können.

Unter diesen Umständen möchte ich die Gebühr (Rechnung LO-INV-73005, 11.988,00 ₹) zurück.

Mit freundlichen Grüßen
Sabine Krüger
""")], "decided", [d("refund", "escalate")],
    spec="L2 access_failure ('kann mich nicht mehr einloggen', 'Dashboard lädt nicht'); charge 2025-09-26, request 2025-09-29 12:10 IST = day 3 inside L3 -> L6 escalate (verified and unresolved needs support's check); no amount on escalations.")

cust("t.wagner@wagner-fahrschule.de", "Thomas Wagner", "monthly", cps="2025-09-27", cpe="2025-10-26")
lopay("LO-INV-73006", "t.wagner@wagner-fahrschule.de", "annual", "11988.00", "2157.84", "2025-09-27T06:00:00", "2025-09-27", "2026-09-26")
case("fde-l04-wrong-plan", "leadsoptima", [dict(
    frm="Thomas Wagner <t.wagner@wagner-fahrschule.de>", subject="Falscher Betrag abgebucht",
    date=T(2025, 9, 28, 11, 3),
    body="""Hallo,

ich habe den Monatsplan, aber gestern wurden mir 11.988 ₹ für den Jahresplan abgebucht
(Rechnung lo-inv-73006). Das ist der falsche Plan und ein falscher Betrag, ich habe nie ein
Jahresabo abgeschlossen. Bitte korrigieren und den Betrag erstatten.

MfG
T. Wagner
Fahrschule Wagner
""")], "decided", [d("refund", "escalate")],
    spec="L2 billing_error (charged for the wrong plan / wrong amount); charge 2025-09-27, request 2025-09-28 = day 1 inside L3 -> L5 escalate with the charge LO-INV-73006.")

cust("petra.hoffmann@web.de", "Petra Hoffmann", "monthly", cps="2025-09-24", cpe="2025-10-23")
lopay("LO-INV-73007", "petra.hoffmann@web.de", "monthly", "1499.00", "269.82", "2025-09-24T07:45:00", "2025-09-24", "2025-10-23")
case("fde-l05-unused-deny", "leadsoptima", [dict(
    frm="petra.hoffmann@web.de", subject="Erstattung September",
    date=T(2025, 9, 26, 16, 20),
    body="""Hallo zusammen,

ehrlich gesagt habe ich das Tool im letzten Monat kaum benutzt und für uns als kleines Büro ist
es auf Dauer zu teuer. Könnten Sie mir bitte die Abbuchung vom 24.09. (LO-INV-73007, Monatsplan)
zurückerstatten?

Liebe Grüße
Petra Hoffmann
""")], "decided", [d("refund", "deny")],
    spec="Reason 'kaum benutzt', 'zu teuer' is none of the L2 exceptions -> L1 deny (the reply offers cancellation; no cancellation was asked, so none is decided). Inside 7 days does not matter for L1.")

cust("frank.neumann@neumann-it.de", "Frank Neumann", "quarterly", cps="2025-08-15", cpe="2025-11-14")
lopay("LO-INV-73008", "frank.neumann@neumann-it.de", "quarterly", "3999.00", "719.82", "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
case("fde-l06-negation-cancel", "leadsoptima", [dict(
    frm="Frank Neumann <frank.neumann@neumann-it.de>", subject="Kündigung Quartalsabo",
    date=T(2025, 9, 30, 14, 5),
    body="""Hallo,

bitte kündigen Sie unser Quartalsabo zum Ende der laufenden Laufzeit. Ich will kein Geld zurück,
die bezahlten Monate nutzen wir noch aus. Grund: wir stellen den Vertrieb ab Januar komplett um.

Beste Grüße
Frank Neumann
Neumann IT-Service
""")], "decided", [d("cancellation", "cancel", effective_date="2025-11-14")],
    spec="Negation 'Ich will kein Geld zurück' adds no refund intent (section 8). L8 cancel: effective_date = current_period_end 2025-11-14.")

cust("claudia.schmitz@gmx.de", "Claudia Schmitz", "monthly")
lopay("LO-INV-73009", "claudia.schmitz@gmx.de", "monthly", "999.00", "179.82", "2025-09-04T20:15:00Z")
case("fde-l07-cancel-fallback-offset", "leadsoptima", [dict(
    frm="Claudia Schmitz <claudia.schmitz@gmx.de>", subject="kuendigung",
    date=T(2025, 9, 20, 10, 30),
    body="""hallo,
hiermit kuendige ich mein monatsabo bei leadsoptima. bitte bestaetigen sie mir bis wann der
zugang noch laeuft.
danke
claudia schmitz
""")], "decided", [d("cancellation", "cancel", effective_date="2025-10-04")],
    spec="L8 with no current_period_end in the ledger: last charge 2025-09-04T20:15Z = 2025-09-05 01:45 IST (local date 2025-09-05, settled: offsets converted) + 1 month - 1 day = 2025-10-04.")

cust("markus.lehmann@lehmann-gartenbau.de", "Markus Lehmann", "monthly", status="trial", trial_ends="2025-10-06")
case("fde-l08-trial-refund", "leadsoptima", [dict(
    frm="Markus Lehmann <markus.lehmann@lehmann-gartenbau.de>", subject="Geld zurück Testphase",
    date=T(2025, 9, 29, 18, 0),
    body="""Guten Tag,

ich bin noch in der kostenlosen Testphase (Monatsplan) und habe gesehen, dass ich meine
Kreditkarte hinterlegen musste. Bitte erstatten Sie mir alles, was dafür berechnet wurde,
die Software passt nicht zu unserem Gartenbaubetrieb.

Gruß Markus Lehmann
""")], "decided", [d("refund", "deny")], extra_ok=True,
    spec="L7: the account is on a free trial (status trial, trial_ends 2025-10-06) and has no charges -> refund deny, nothing to refund, no billing unless they subscribe.",
    ambiguous="A trial account has no invoice to quote, while invoice_number is a required refund field: a bot may ask for it (need_info) instead of denying by L7; spec L7 reads as deny.")

cust("k.richter@richter-immobilien.de", "Klaus Richter", "annual", cps="2025-03-01", cpe="2026-02-28")
lopay("LO-INV-73010", "k.richter@richter-immobilien.de", "annual", "11988.00", "2157.84", "2025-03-01T09:00:00", "2025-03-01", "2026-02-28")
case("fde-l09-c2-private-gmail", "leadsoptima", [dict(
    frm="Klaus Richter <klaus.richter.privat@gmail.com>", subject="Abo kündigen",
    date=T(2025, 9, 23, 7, 50),
    body="""Hallo,

ich schreibe von meiner privaten Adresse, weil ich im Urlaub bin. Mein Konto läuft über
k.richter@richter-immobilien.de (Jahresplan). Bitte kündigen Sie das Abo und sagen Sie mir,
bis wann es noch aktiv ist. Wir haben einfach keine Verwendung mehr dafür.

Gruß
Klaus Richter
""")], "need_info", rules=["C2"],
    spec="C2: sender klaus.richter.privat@gmail.com is not the registered email k.richter@richter-immobilien.de it names -> need_info asking to write from the registered address, no account details (worked example 5).")

cust("andrea.wolf@wolf-kosmetik.de", "Andrea Wolf", "monthly", cps="2025-09-23", cpe="2025-10-22")
lopay("LO-INV-73011", "andrea.wolf@wolf-kosmetik.de", "monthly", "999.00", "179.82", "2025-08-23T08:00:00", "2025-08-23", "2025-09-22")
lopay("LO-INV-73012", "andrea.wolf@wolf-kosmetik.de", "monthly", "999.00", "179.82", "2025-09-23T08:00:00", "2025-09-23", "2025-10-22")
lopay("LO-INV-73013", "andrea.wolf@wolf-kosmetik.de", "monthly", "999.00", "179.82", "2025-09-23T08:02:00", "2025-09-23", "2025-10-22")
case("fde-l10-thread-invoice-answered", "leadsoptima", [dict(
    frm="Andrea Wolf <andrea.wolf@wolf-kosmetik.de>", subject="Zweimal abgebucht diesen Monat",
    date=T(2025, 9, 24, 12, 12),
    body="""Hallo,

diesen Monat wurde mein Beitrag von 999 ₹ zweimal von der Kreditkarte abgebucht, gestern
morgen kurz hintereinander. Bitte einen der beiden Beträge wieder auf die Karte erstatten.

LG Andrea Wolf
Wolf Kosmetikstudio
"""), dict(
    frm="Andrea Wolf <andrea.wolf@wolf-kosmetik.de>", subject="Re: Zweimal abgebucht diesen Monat",
    date=T(2025, 9, 26, 9, 31), in_reply_to="<support-ask-fde-l10@leadsoptima.com>",
    body="""Hallo,

die Rechnungsnummer der zweiten Abbuchung ist LO-INV-73013. Es geht um den Monatsplan.

LG Andrea Wolf

Am 25.09.2025 um 10:02 schrieb LeadsOptima Support <support@leadsoptima.com>:
> Bitte nennen Sie uns die Rechnungsnummer der betroffenen Abbuchung.
""")], "decided", [d("refund", "approve", "999.00")],
    spec="C3 thread: the first email lacks the invoice number (the account has three charges, so it cannot be guessed); the answer gives LO-INV-73013. Request time = first email 2025-09-24 (day 1). L4: 73012 and 73013 paid, same account/amount/period 09-23..10-22 -> approve the duplicate 999.00.")

cust("dirk.zimmermann@zimmermann-versicherung.de", "Dirk Zimmermann", "monthly", cps="2025-09-12", cpe="2025-10-11")
lopay("LO-INV-73014", "dirk.zimmermann@zimmermann-versicherung.de", "monthly", "1499.00", "269.82", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
case("fde-l11-hypothetical-upgrade", "leadsoptima", [dict(
    frm="Dirk Zimmermann <dirk.zimmermann@zimmermann-versicherung.de>", subject="Frage zum Jahresplan",
    date=T(2025, 9, 30, 10, 45),
    body="""Moin,

ich überlege, vom Monatsplan auf den Jahresplan umzusteigen. Falls ich upgrade und das
Lead-Scoring bringt dann doch nicht, was es verspricht: bekäme ich dann mein Geld zurück?
Und wird der laufende Monat angerechnet?

Schöne Grüße aus Hamburg
Dirk Zimmermann
""")], "other",
    spec="Hypothetical policy question before buying ('Falls ich upgrade ... bekäme ich dann mein Geld zurück?'), section 8: no refund intent, nothing else asked -> other.")

case("fde-l12-out-of-office", "leadsoptima", [dict(
    frm="Jana Krause <jana.krause@krause-media.de>", subject="Automatische Antwort: Ihre Anfrage [LO-2231]",
    date=T(2025, 9, 26, 8, 1),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.10.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an buero@krause-media.de. Rückerstattungen und
Kündigungen bearbeite ich nach meiner Rückkehr.

Jana Krause
""")], "ignore", rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied -> ignore, whatever the words (mentions Rückerstattungen/Kündigungen).")

cust("stefan.braun@braun-elektro.de", "Stefan Braun", "monthly", cps="2025-09-18", cpe="2025-10-17")
lopay("LO-INV-73015", "stefan.braun@braun-elektro.de", "monthly", "1499.00", "269.82", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("fde-l13-chargeback-threat", "leadsoptima", [dict(
    frm="Stefan Braun <stefan.braun@braun-elektro.de>", subject="Kündigung + Rückzahlung SOFORT",
    date=T(2025, 9, 27, 13, 37),
    body="""Hallo,

die Leads, die euer System liefert, sind komplett unbrauchbar. Ich kündige hiermit mein
Monatsabo mit sofortiger Wirkung und will die 1.499 ₹ vom 18.09. (LO-INV-73015) zurück.

Wenn ich bis Freitag nichts höre, lasse ich die Zahlung über meine Bank per Chargeback
zurückholen und gebe die Sache meinem Anwalt.

Stefan Braun
""")], "decided", [d("refund", "escalate"), d("cancellation", "escalate")], rules=["C4"],
    spec="C4: chargeback and lawyer threat ('Chargeback', 'Anwalt') -> escalate; settled: C4 covers the whole case, the cancellation included.")

cust("julia.becker@becker-yoga.de", "Julia Becker", "quarterly", cps="2025-07-05", cpe="2025-10-04")
lopay("LO-INV-73016", "julia.becker@becker-yoga.de", "quarterly", "3999.00", "719.82", "2025-07-05T09:00:00", "2025-07-05", "2025-10-04")
case("fde-l14-howto-export", "leadsoptima", [dict(
    frm="Julia Becker <julia.becker@becker-yoga.de>", subject="Leads exportieren?",
    date=T(2025, 9, 22, 15, 44),
    body="""Hallo ihr Lieben,

kurze Frage: wie kann ich meine Leads als CSV exportieren, um sie in unser Newsletter-Tool zu
importieren? Ich finde den Button nicht. Ich bin sonst sehr zufrieden!

Namaste
Julia Becker
""")], "other",
    spec="A how-to question, neither refund nor cancellation -> other.")

cust("uwe.hartmann@hartmann-sanitaer.de", "Uwe Hartmann", "monthly", cps="2025-09-21", cpe="2025-10-20")
for n, t in (("73017", "10:00"), ("73018", "10:01"), ("73019", "10:03")):
    lopay("LO-INV-" + n, "uwe.hartmann@hartmann-sanitaer.de", "monthly", "999.00", "179.82", f"2025-09-21T{t}:00", "2025-09-21", "2025-10-20")
case("fde-l15-triple-charge", "leadsoptima", [dict(
    frm="Uwe Hartmann <uwe.hartmann@hartmann-sanitaer.de>", subject="Dreifach abgebucht!",
    date=T(2025, 9, 24, 7, 5),
    body="""Guten Morgen,

am Sonntag wurde mein Monatsbeitrag gleich dreimal abgebucht, 3 x 999,00 ₹. Ich brauche das
Abo natürlich nur einmal. Die zusätzlichen Rechnungen sind LO-INV-73018 und LO-INV-73019,
bitte die beiden Doppelbuchungen erstatten.

Mit freundlichen Grüßen
Uwe Hartmann
Hartmann Sanitär & Heizung
""")], "decided", [d("refund", "approve", "1998.00")],
    spec="Settled: three identical paid charges (same account, 999.00, period 09-21..10-20): every charge after the first is a duplicate; both inside L3 (day 3) -> approve 999.00 + 999.00 = 1998.00.")

cust("nicole.schaefer@schaefer-floristik.de", "Nicole Schäfer", "monthly", status="cancelled", cps="2025-09-20", cpe="2025-10-19")
lopay("LO-INV-73020", "nicole.schaefer@schaefer-floristik.de", "monthly", "1499.00", "269.82", "2025-08-20T09:00:00", "2025-08-20", "2025-09-19")
lopay("LO-INV-73021", "nicole.schaefer@schaefer-floristik.de", "monthly", "1499.00", "269.82", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
case("fde-l16-charged-after-cancel", "leadsoptima", [dict(
    frm="Nicole Schäfer <nicole.schaefer@schaefer-floristik.de>", subject="Abbuchung trotz Kündigung",
    date=T(2025, 9, 22, 17, 25),
    body="""Hallo,

ich habe mein Monatsabo am 14. September gekündigt (Billing > Cancel Plan, Bestätigung habe ich)
und trotzdem wurde am 20.09. wieder abgebucht: Rechnung LO-INV-73021 über 1.499,00.
Bitte erstatten Sie mir diesen Betrag.

Viele Grüße
Nicole Schäfer
Blumen Schäfer
""")], "decided", [d("refund", "escalate")],
    spec="Past event: 'am 14. gekündigt und trotzdem abgebucht' = L2 billing_error (charged after I cancelled); no new cancellation is asked. Charge 2025-09-20, request day 2 inside L3 -> L5 escalate.")

cust("ralf.koch@koch-bau.de", "Ralf Koch", "annual", cps="2025-09-25", cpe="2026-09-24")
lopay("LO-INV-73022", "ralf.koch@koch-bau.de", "annual", "11988.00", "2157.84", "2025-09-25T12:00:00", "2025-09-25", "2026-09-24")
lopay("LO-INV-73023", "ralf.koch@koch-bau.de", "annual", "11988.00", "2157.84", "2025-09-25T12:00:40", "2025-09-25", "2026-09-24")
case("fde-l17-outlook-forward-own", "leadsoptima", [dict(
    frm="Ralf Koch <ralf.koch@koch-bau.de>", subject="WG: Jahresbeitrag doppelt",
    date=T(2025, 9, 30, 9, 2),
    body="""Siehe unten, bitte erledigen. Hatte es aus Versehen an die falsche Adresse geschickt.

Ralf Koch

________________________________
Von: Ralf Koch <ralf.koch@koch-bau.de>
Gesendet: Montag, 29. September 2025 16:48
An: info@leadsoptima-partner.de
Betreff: Jahresbeitrag doppelt

Hallo,

der Jahresbeitrag von 11.988,00 ₹ wurde am 25.09. doppelt von meinem Konto eingezogen.
Die zweite Buchung (Rg.-Nr. LO-INV-73023) bitte erstatten.

Gruß
Ralf Koch
Koch Bau GmbH
""")], "decided", [d("refund", "approve", "11988.00")],
    spec="Forward (WG:) read for the request it carries; it is the sender's own earlier mail, from the registered address, so no C2. L2 duplicate ('doppelt eingezogen'); two paid annual charges 2025-09-25 same period; request 2025-09-30 = day 5 -> L4 approve 11988.00 (before tax).")

# ============================================================ Optima WebDesign
proj("Bäckerei Brotzeit Relaunch", "info@baeckerei-brotzeit.de")
owpay("OWD-2025-7301", "Bäckerei Brotzeit Relaunch", "deposit", "45000.00", "8100.00", "2025-09-26T15:00:00")
case("fde-o01-deposit-inside", "optima_webdesign", [dict(
    frm="Bäckerei Brotzeit <info@baeckerei-brotzeit.de>", subject="Refund Request — Bäckerei Brotzeit Relaunch / OWD-2025-7301",
    date=T(2025, 9, 28, 20, 0),
    body="""Sehr geehrtes Team von Optima WebDesign,

leider müssen wir das Projekt „Bäckerei Brotzeit Relaunch“ stoppen, bevor es richtig losgeht:
unsere Bank hat die Finanzierung für die neue Filiale kurzfristig abgesagt.
Wir bitten daher um Erstattung der Anzahlung von 45.000,00 ₹ (Rechnung OWD-2025-7301,
bezahlt am Freitag).

Mit freundlichen Grüßen
Helga Brandt
Bäckerei Brotzeit, Inh. Helga Brandt
""")], "decided", [d("refund", "approve", "45000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-26 15:00 IST, no work started; request 2025-09-28 20:00 +02:00 = 23:30 IST = 56.5 h < 72 h and before work -> approve 45000.00 (before tax; 8100.00 tax kept, C6). ('das Projekt stoppen' may add a cancellation of the project; extra_ok.)")

proj("Praxis Dr. Vogel Website", "praxis@dr-vogel-hno.de")
owpay("OWD-2025-7302", "Praxis Dr. Vogel Website", "deposit", "25000.00", "4500.00", "2025-09-20T09:00:00")
case("fde-o02-deposit-exactly-72h", "optima_webdesign", [dict(
    frm="Praxis Dr. Vogel <praxis@dr-vogel-hno.de>", subject="Stornierung und Anzahlung zurück",
    date=T(2025, 9, 23, 5, 30),
    body="""Guten Morgen,

Dr. Vogel hat entschieden, die neue Website doch mit einem lokalen Anbieter umzusetzen.
Bitte erstatten Sie die Anzahlung für das Projekt Praxis Dr. Vogel Website (OWD-2025-7302).

Freundliche Grüße
Sandra Pohl, Praxismanagement
HNO-Praxis Dr. med. Vogel
""")], "decided", [d("refund", "deny")], extra_ok=True,
    spec="O2: paid 2025-09-20 09:00 IST; Date 2025-09-23 05:30 +02:00 = 09:00 IST, exactly 72 h -> settled: not before 72 h -> deny. ('Stornierung' may add a cancellation; extra_ok.)")

proj("Autohaus Krämer Portal", "verwaltung@autohaus-kraemer.de", "2025-07-10T10:00:00")
owpay("OWD-2025-7303", "Autohaus Krämer Portal", "milestone", "20000.00", "3600.00", "2025-07-10T09:00:00", milestone_status="approved")
owpay("OWD-2025-7304", "Autohaus Krämer Portal", "milestone", "30000.00", "5400.00", "2025-08-30T09:00:00", milestone_status="not_started")
case("fde-o03-milestone-not-started", "optima_webdesign", [dict(
    frm="Verwaltung Autohaus Krämer <verwaltung@autohaus-kraemer.de>", subject="Meilenstein 2 Shop-Modul – Rückerstattung",
    date=T(2025, 9, 25, 11, 20),
    body="""Hallo Frau Iyer, hallo Team,

für das Projekt Autohaus Krämer Portal haben wir intern beschlossen, das Shop-Modul (Meilenstein 2)
nicht mehr umzusetzen – der Hersteller stellt uns ab 2026 einen eigenen Teileshop.
Mit Meilenstein 2 wurde noch nicht begonnen. Bitte erstatten Sie uns die Zahlung dafür,
Rechnung OWD-2025-7304 (30.000,00 ₹ netto).

Meilenstein 1 (Fahrzeugbörse) ist abgenommen und bleibt natürlich bezahlt.

Mit freundlichen Grüßen
Bernd Krämer
Geschäftsführer
""" + SIG_DISCLAIMER)], "decided", [d("refund", "approve", "30000.00")],
    spec="O3: milestone OWD-2025-7304 milestone_status not_started -> approve that milestone's amount before tax 30000.00.")

proj("Weingut Lorenz Shop", "weingut@lorenz-wein.de", "2025-08-01T10:00:00")
owpay("OWD-2025-7305", "Weingut Lorenz Shop", "milestone", "22000.00", "3960.00", "2025-09-01T10:00:00", milestone_status="in_progress")
case("fde-o04-milestone-in-progress", "optima_webdesign", [dict(
    frm="Weingut Lorenz <weingut@lorenz-wein.de>", subject="Weingut Lorenz Shop - Zahlung Milestone",
    date=T(2025, 9, 26, 19, 10),
    body="""Hallo,

wir sind mit dem Tempo beim Shop (Projekt Weingut Lorenz Shop) sehr unzufrieden, seit Wochen
sehen wir nur halbfertige Entwürfe. Wir möchten den Meilenstein OWD-2025-7305 erstattet haben,
so wie er jetzt ist, brauchen wir ihn nicht.

Grüße von der Mosel
Peter Lorenz
""")], "decided", [d("refund", "escalate")],
    spec="O3: milestone OWD-2025-7305 is in_progress -> escalate (billable value of work not started needs a person).")

proj("Steuerbüro Hess SEO", "kanzlei@stb-hess.de", "2025-06-15T10:00:00")
owpay("OWD-2025-7306", "Steuerbüro Hess SEO", "retainer", "12000.00", "2160.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
case("fde-o05-retainer-notice-ok", "optima_webdesign", [dict(
    frm="Steuerbüro Hess <kanzlei@stb-hess.de>", subject="Kündigung SEO-Betreuung",
    date=T(2025, 9, 30, 8, 15),
    body="""Sehr geehrte Damen und Herren,

hiermit kündigen wir die monatliche SEO-Betreuung für das Projekt „Steuerbüro Hess SEO“
(letzte Rechnung OWD-2025-7306) zum nächstmöglichen Zeitpunkt. Grund: unser Marketingbudget
für das vierte Quartal wurde gestrichen.

Bitte bestätigen Sie uns das Vertragsende schriftlich.

Mit freundlichen Grüßen
Martina Hess
Steuerberaterin
""")], "decided", [d("cancellation", "cancel", effective_date="2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request local date 2025-09-30 <= 2025-10-08 (at least 7 days' notice) -> cancel, effective the day before next billing 2025-10-14.")

proj("PowerHaus Social Media", "studio@powerhaus-fitness.de", "2025-05-05T10:00:00")
owpay("OWD-2025-7307", "PowerHaus Social Media", "retainer", "8000.00", "1440.00", "2025-09-05T10:00:00",
      next_billing_at="2025-10-05T00:00:00", ps="2025-09-05", pe="2025-10-04")
case("fde-o06-retainer-short-notice", "optima_webdesign", [dict(
    frm="PowerHaus Fitness <studio@powerhaus-fitness.de>", subject="Kündigung Retainer PowerHaus",
    date=T(2025, 9, 29, 9, 0),
    body="""Hi,

wir möchten den Social-Media-Retainer (Projekt PowerHaus Social Media, Rechnung OWD-2025-7307)
kündigen. Wir übernehmen Instagram & Co ab sofort selbst mit einer neuen Werkstudentin.

Sportliche Grüße
Kevin Arslan
PowerHaus Fitness
""")], "decided", [d("cancellation", "cancel", effective_date="2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; 7 days' notice needs a request on or before 2025-09-28; request 2025-09-29 -> less notice: next cycle (2025-10-05..2025-11-04, monthly like the current 09-05..10-04) is billed, effective_date its last day 2025-11-04.")

proj("Hotel Seeblick Hosting", "rezeption@hotel-seeblick-ammersee.de", "2025-09-20T10:00:00")
owpay("OWD-2025-7308", "Hotel Seeblick Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
      setup_fee="2400.00", service_start="2025-09-22")
case("fde-o07-hosting-inside-14", "optima_webdesign", [dict(
    frm="Hotel Seeblick <rezeption@hotel-seeblick-ammersee.de>", subject="Hosting kündigen / anteilige Erstattung",
    date=T(2025, 9, 29, 14, 30),
    body="""Sehr geehrte Damen und Herren,

unsere Hotelgruppe hat beschlossen, alle Websites zentral bei einem Konzernanbieter zu hosten.
Wir kündigen daher das Jahres-Hosting für „Hotel Seeblick Hosting“ (Rechnung OWD-2025-7308,
18.000,00 ₹ zzgl. GST) und bitten um die anteilige Erstattung gemäß Ihrer Richtlinie.

Mit freundlichen Grüßen aus Herrsching
Anna Weber
Hotel Seeblick am Ammersee
""")], "decided", [d("refund", "approve", "14300.00"), d("cancellation", "cancel")],
    spec="O5: service_start 2025-09-22, request 2025-09-29 = day 7 <= 14; monthly_value = (18000.00 - 2400.00)/12 = 1300.00; consumed_months 1; refund = 18000.00 - 2400.00 - 1300.00 = 14300.00. The cancellation is acknowledged (the refund ends the plan).")

proj("Tischlerei Albers Hosting", "info@tischlerei-albers.de", "2025-09-01T10:00:00")
owpay("OWD-2025-7309", "Tischlerei Albers Hosting", "hosting_annual", "9600.00", "1728.00", "2025-08-29T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
case("fde-o08-hosting-day15", "optima_webdesign", [dict(
    frm="Tischlerei Albers <info@tischlerei-albers.de>", subject="Erstattung Hosting",
    date=T(2025, 9, 16, 10, 0),
    body="""Guten Tag,

wir haben die Website doch bei unserem Schwager untergebracht und brauchen Ihr Hosting nicht
mehr. Bitte erstatten Sie die Hostinggebühr für Tischlerei Albers Hosting, Rg. OWD-2025-7309,
so weit das möglich ist.

Gruß
Jens Albers
Tischlermeister
""")], "decided", [d("refund", "deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-16 13:30 IST = day 15 > 14 -> deny. (A cancellation may be read from 'brauchen ... nicht mehr'; extra_ok.)")

proj("Elektro Meier Online", "kontakt@elektro-meier-ulm.de", "2025-08-10T10:00:00")
owpay("OWD-2025-7310", "Elektro Meier Online", "third_party", "3500.00", "630.00", "2025-09-24T10:00:00")
case("fde-o09-domain-ssl-html", "optima_webdesign", [dict(
    frm="Elektro Meier <kontakt@elektro-meier-ulm.de>", subject="Rückerstattung Domain + SSL",
    date=T(2025, 9, 25, 17, 45),
    html="""<html><body><div style="font-family:Calibri">
<p>Hallo Optima-Team,</p>
<p>für unser Projekt <b>Elektro Meier Online</b> wurden uns mit Rechnung <b>OWD-2025-7310</b>
3.500,00&nbsp;₹ für Domain und SSL-Zertifikat berechnet. Die Domain <i>elektro-meier-ulm.de</i>
hatten wir aber schon bei unserem alten Provider, die brauchen wir nicht doppelt.
Bitte erstatten Sie uns den Betrag.</p>
<p>Mit freundlichen Grüßen<br>Sebastian Meier<br>Elektro Meier GmbH &amp; Co. KG</p>
</div></body></html>""")], "decided", [d("refund", "deny")],
    spec="HTML-only mail. O6: payment kind third_party (domain, SSL) is never refundable -> deny citing Non-refundable items.")

proj("Brauerei Kessler Branding", "marketing@brauerei-kessler.de", "2025-09-12T10:00:00")
owpay("OWD-2025-7311", "Brauerei Kessler Branding", "discovery", "15000.00", "2700.00", "2025-09-08T10:00:00")
case("fde-o10-discovery-started", "optima_webdesign", [dict(
    frm="Marketing Brauerei Kessler <marketing@brauerei-kessler.de>", subject="Strategie-Workshop – Erstattung?",
    date=T(2025, 9, 19, 15, 0),
    body="""Hallo,

nach dem ersten Strategie-Workshop am 12.09. haben wir gemerkt, dass das Branding-Projekt
„Brauerei Kessler Branding“ für uns derzeit zu groß ist. Wir bitten um Erstattung der
Discovery-Gebühr (OWD-2025-7311, 15.000 ₹).

Prost & Grüße
Lisa Kessler
""")], "decided", [d("refund", "deny")],
    spec="O1: discovery fee; work_started_at 2025-09-12 is before the request 2025-09-19 (the first session took place) -> deny.")

proj("Yoga Studio Lichtblick", "hallo@lichtblick-yoga.de", "2025-04-01T10:00:00")
owpay("OWD-2025-7312", "Yoga Studio Lichtblick", "retainer", "5000.00", "900.00", "2025-09-10T10:00:00",
      next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
case("fde-o11-cancel-no-reason", "optima_webdesign", [dict(
    frm="Lichtblick Yoga <hallo@lichtblick-yoga.de>", subject="Kündigung Wartungsvertrag",
    date=T(2025, 9, 24, 18, 30),
    body="""Hallo liebes Optima-Team,

hiermit kündige ich den monatlichen Wartungsvertrag für das Projekt Yoga Studio Lichtblick,
Rechnung OWD-2025-7312. Bitte bestätigt mir kurz den Eingang.

Alles Liebe & Namaste
Mira Engel
Yoga Studio Lichtblick · Gartenstr. 4 · 79098 Freiburg
""")], "need_info", missing=["reason"],
    spec="Optima requires a reason for cancellations too (section 8); contract email = sender, project and invoice given; signature and 'bitte bestätigt' are not reasons -> need_info, missing reason only (C3).")

proj("Zahnarztpraxis Sommer", "praxis@zahnarzt-sommer.de", "2025-03-01T10:00:00")
owpay("OWD-2025-7313", "Zahnarztpraxis Sommer", "retainer", "9000.00", "1620.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
case("fde-o12-thread-reason-answered", "optima_webdesign", [dict(
    frm="Praxis Dr. Sommer <praxis@zahnarzt-sommer.de>", subject="Kündigung Betreuungsvertrag Zahnarztpraxis Sommer",
    date=T(2025, 9, 24, 10, 0),
    body="""Sehr geehrte Damen und Herren,

bitte kündigen Sie den Betreuungsvertrag für Zahnarztpraxis Sommer (OWD-2025-7313).

Mit freundlichen Grüßen
Dr. Eva Sommer
"""), dict(
    frm="Praxis Dr. Sommer <praxis@zahnarzt-sommer.de>", subject="AW: Kündigung Betreuungsvertrag Zahnarztpraxis Sommer [OWD-3120]",
    date=T(2025, 9, 25, 12, 40), in_reply_to="<owd-ask-fde-o12@optimawebdesign.com>",
    body="""Guten Tag,

der Grund: ich gebe die Praxis zum Jahresende an einen Nachfolger ab, der eine eigene Agentur hat.

Mit freundlichen Grüßen
Dr. Eva Sommer

-----Ursprüngliche Nachricht-----
Von: Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>
Gesendet: Mittwoch, 24. September 2025 16:02
Betreff: Re: Kündigung Betreuungsvertrag Zahnarztpraxis Sommer [OWD-3120]
Bitte nennen Sie uns den Grund der Kündigung.
""")], "decided", [d("cancellation", "cancel", effective_date="2025-10-19")],
    spec="C3 thread: first email lacks the reason, the answer gives it. Request time = first email 2025-09-24; next_billing_at 2025-10-20, 2025-09-24 <= 2025-10-13 -> O4 cancel effective 2025-10-19.")

proj("Immobilien Roth Exposé-Portal", "m.roth@roth-immobilien.de")
owpay("OWD-2025-7314", "Immobilien Roth Exposé-Portal", "deposit", "30000.00", "5400.00", "2025-09-29T11:00:00")
case("fde-o13-fwd-assistant-c2", "optima_webdesign", [dict(
    frm="Sekretariat Roth Immobilien <sekretariat@roth-immobilien.de>", subject="WG: Anzahlung Exposé-Portal zurück",
    date=T(2025, 9, 30, 9, 40),
    body="""Sehr geehrte Damen und Herren,

anbei die Nachricht von Herrn Roth mit der Bitte um Bearbeitung.

i. A. Carina Fuchs
Sekretariat

-----Ursprüngliche Nachricht-----
Von: Michael Roth <m.roth@roth-immobilien.de>
Gesendet: Dienstag, 30. September 2025 08:55
An: Sekretariat Roth Immobilien <sekretariat@roth-immobilien.de>
Betreff: Anzahlung Exposé-Portal zurück

Carina, bitte an Optima schicken: wir ziehen das Projekt Immobilien Roth Exposé-Portal zurück,
weil der Verbund jetzt eine gemeinsame Plattform baut. Anzahlung OWD-2025-7314 bitte erstatten.
Vertragsadresse ist meine: m.roth@roth-immobilien.de
MR
""")], "need_info", rules=["C2"],
    spec="Forward (WG:) naming contract email m.roth@roth-immobilien.de while the sender is sekretariat@roth-immobilien.de -> C2 (settled: Forwards): need_info asking for the request from the contract address, no project details.")

proj("Fotostudio Klick Portfolio", "studio@fotoklick-leipzig.de", "2025-07-01T10:00:00")
owpay("OWD-2025-7315", "Fotostudio Klick Portfolio", "milestone", "18000.00", "3240.00", "2025-08-15T10:00:00", milestone_status="completed")
case("fde-o14-consumer-lawyer", "optima_webdesign", [dict(
    frm="Fotostudio Klick <studio@fotoklick-leipzig.de>", subject="Letzte Aufforderung: Geld zurück",
    date=T(2025, 9, 27, 22, 5),
    body="""Hallo,

die gelieferte Galerie für Fotostudio Klick Portfolio (OWD-2025-7315) funktioniert auf dem Handy
nicht richtig, die Bilder laden ewig. Ich verlange mein Geld für diesen Meilenstein zurück.
Falls nicht, wende ich mich an die Verbraucherzentrale und schalte einen Anwalt ein – ich
kenne meine Rechte als Verbraucher.

Tobias Klick
""")], "decided", [d("refund", "escalate")], rules=["C4"],
    spec="C4: consumer-protection and lawyer threat ('Verbraucherzentrale', 'Anwalt', 'Rechte als Verbraucher') -> escalate, although the milestone is completed (O3 would deny).")

proj("Café Glück Launch", "cafe@cafe-glueck-bonn.de", "2025-09-15T10:00:00")
owpay("OWD-2025-7316", "Café Glück Launch", "rush", "6000.00", "1080.00", "2025-09-15T10:00:00")
case("fde-o15-rush-fee", "optima_webdesign", [dict(
    frm="Café Glück <cafe@cafe-glueck-bonn.de>", subject="Expresszuschlag",
    date=T(2025, 9, 23, 14, 14),
    body="""Hallo,

wir hatten für das Projekt „Café Glück Launch“ einen Expresszuschlag bezahlt (OWD-2025-7316),
weil die Seite bis zur Eröffnung fertig sein musste. Die Eröffnung wurde jetzt um einen Monat
verschoben, also war die Eile unnötig. Können wir den Zuschlag erstattet bekommen?

Danke & liebe Grüße
Sophie Glück
""" + SIG_DISCLAIMER)], "decided", [d("refund", "deny")],
    spec="O6: kind rush (expedited fee) is never refundable -> deny citing Non-refundable items.")

case("fde-o16-unknown-sender", "optima_webdesign", [dict(
    frm="Gerd Hahn <gerd.hahn@t-online.de>", subject="Rechnung stornieren",
    date=T(2025, 9, 26, 11, 11),
    body="""Guten Tag,

bitte stornieren Sie meinen Vertrag und schicken Sie mir eine Gutschrift über die letzte Rechnung.
Ich bin mit der Leistung nicht zufrieden.

Gerd Hahn
""")], "need_info", rules=["C2"],
    spec="Sender not on record anywhere in the Optima ledger (no project, no contract email): section 8 'treated as any unknown sender (C2, C3)'; section 7 'rules holds C2 when the sender is not the address on record' -> need_info with C2; nothing about any account. missing not asserted.")

write()
