"""fresh24 German cases (qa24b): writes ledger.json, emails/*.eml and expected.json beside this file."""

# ---- generator engine (stdlib only, deterministic) ----
import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []


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


def when(local, offset_hours):
    """Sender's local wall-clock time 'YYYY-MM-DD HH:MM' at UTC offset (hours)."""
    tz = timezone(timedelta(minutes=round(offset_hours * 60)))
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mail(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to_ids=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.rsplit("@", 1)[-1].strip(">") if "@" in frm else "localhost"
    m["Message-ID"] = msgid or f"<{name}.{date.strftime('%Y%m%d%H%M')}@{dom}>"
    if reply_to_ids:
        m["In-Reply-To"] = reply_to_ids[-1]
        m["References"] = " ".join(reply_to_ids)
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(m.as_bytes(policy=policy.SMTP))
    return f"emails/{name}.eml", m["Message-ID"]


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None or outcome == "cancel":
        d["effective_date"] = eff
    return d


def case(cid, brand, files, status, spec, rules=(), decisions=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions)}
    if missing is not None:
        c["missing"] = list(missing)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def start():
    shutil.rmtree(HERE / "emails", ignore_errors=True)
    (HERE / "emails").mkdir()


def finish():
    (HERE / "ledger.json").write_text(json.dumps(
        {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(list((HERE / 'emails').glob('*.eml')))} emails")
# ---- end of engine ----


LANG = "de"
DE, AT, CH = 2, 2, 2   # CEST in September 2025 (Germany, Austria, Switzerland)

start()

# ------------------------------------------------------------------ LeadsOptima
# l01 duplicate, day 4 -> approve
cust("j.hoffmann@hoffmann-druck.de", "Jörg Hoffmann", "monthly", start="2025-09-20", end="2025-10-19")
lopay("de_p01a", "LO-INV-24100", "j.hoffmann@hoffmann-druck.de", "monthly", M, "2025-09-20T10:15:00", "2025-09-20", "2025-10-19")
lopay("de_p01b", "LO-INV-24101", "j.hoffmann@hoffmann-druck.de", "monthly", M, "2025-09-20T10:16:00", "2025-09-20", "2025-10-19")
f, _ = mail("l01-doppelt-abgebucht", "Jörg Hoffmann <j.hoffmann@hoffmann-druck.de>", LO_TO,
            "Doppelte Abbuchung Monatsabo – Rechnung LO-INV-24101", when("2025-09-24 08:40", DE), """\
Sehr geehrte Damen und Herren,

beim Blick auf unseren Kontoauszug ist mir aufgefallen, dass Sie am 20.09. zweimal 1.499,00 zzgl. Steuer
für unser Monatsabo abgebucht haben, im Abstand von einer Minute. Die zweite Buchung (Rechnung LO-INV-24101)
ist offensichtlich doppelt. Ich bitte um Erstattung dieses Betrags.

Mit freundlichen Grüßen
Jörg Hoffmann
Hoffmann Druck & Medien GmbH · Gewerbestr. 12 · 33602 Bielefeld
Geschäftsführer: Jörg Hoffmann · Amtsgericht Bielefeld HRB 40211
""")
case("l01-doppelt-abgebucht", LOB, [f], "decided", "L2 duplicate_payment, L3 day 4 (09-20 -> 09-24 IST), L4 pair LO-INV-24100/24101 same period: approve 1499.00 before tax.",
     decisions=[refund("approve", "1499.00")])

# l02 duplicate day 8 -> deny
cust("buchhaltung@alpenblick-hotel.at", "Hotel Alpenblick", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("de_p02a", "LO-INV-24110", "buchhaltung@alpenblick-hotel.at", "quarterly", Q, "2025-09-05T09:00:00", "2025-09-05", "2025-12-04")
lopay("de_p02b", "LO-INV-24111", "buchhaltung@alpenblick-hotel.at", "quarterly", Q, "2025-09-05T09:03:00", "2025-09-05", "2025-12-04")
f, _ = mail("l02-doppelbuchung-zu-spaet", "Buchhaltung Hotel Alpenblick <buchhaltung@alpenblick-hotel.at>", LO_TO,
            "Doppelbuchung Quartalsabo", when("2025-09-13 09:00", AT), """\
Grüß Gott,

bei der Monatsabstimmung haben wir gesehen, dass das Quartalsabo am 5. September doppelt verrechnet wurde
(2x € 3.999,00 netto). Bitte um Gutschrift der zweiten Buchung, Rechnungsnr. LO-INV-24111.

Danke und liebe Grüße aus dem Zillertal
Martina Eder
Buchhaltung | Hotel Alpenblick ****
""")
case("l02-doppelbuchung-zu-spaet", LOB, [f], "decided", "Duplicate charged 2025-09-05 IST; email 2025-09-13 12:30 IST = day 8 > 7: deny (L3).",
     decisions=[refund("deny")])

# l03 duplicate annual, exactly day 7 late evening -> approve
cust("sven.krause@krause-immobilien.de", "Sven Krause", "annual", start="2025-09-10", end="2026-09-09")
lopay("de_p03a", "LO-INV-24120", "sven.krause@krause-immobilien.de", "annual", A, "2025-09-10T23:40:00", "2025-09-10", "2026-09-09")
lopay("de_p03b", "LO-INV-24121", "sven.krause@krause-immobilien.de", "annual", A, "2025-09-10T23:41:00", "2025-09-10", "2026-09-09")
f, _ = mail("l03-jahresabo-zweimal-tag7", "Sven Krause <sven.krause@krause-immobilien.de>", LO_TO,
            "zweimal jahresgebühr??", when("2025-09-17 19:55", DE), """\
Hallo LeadsOptima-Team,

ihr habt die Jahresgebühr zweimal eingezogen, 2 x 11.988 € (LO-INV-24120 und LO-INV-24121). Ich hab
nur EIN Jahresabo. Bitte die zweite Abbuchung zurück, und zwar flott.

Gruß
Sven Krause
Krause Immobilien, Leipzig
""")
case("l03-jahresabo-zweimal-tag7", LOB, [f], "decided", "Charges 2025-09-10 23:40/23:41 IST; email 19:55 CEST = 23:25 IST on 09-17 = day 7, inside L3; L4 pair: approve 11988.00 (later charge LO-INV-24121).",
     decisions=[refund("approve", "11988.00")])

# l04 duplicate, sender's day 7 but IST day 8 -> deny
cust("m.brunner@brunner-treuhand.ch", "Marco Brunner", "monthly", start="2025-09-09", end="2025-10-08")
lopay("de_p04a", "LO-INV-24130", "m.brunner@brunner-treuhand.ch", "monthly", M, "2025-09-09T11:00:00", "2025-09-09", "2025-10-08")
lopay("de_p04b", "LO-INV-24131", "m.brunner@brunner-treuhand.ch", "monthly", M, "2025-09-09T11:02:00", "2025-09-09", "2025-10-08")
f, _ = mail("l04-doppelt-spaetabends", "Marco Brunner <m.brunner@brunner-treuhand.ch>", LO_TO,
            "Doppelbelastung vom 9.9.", when("2025-09-16 22:10", CH), """\
Grüezi

Sie haben mir am 9. September das Monatsabo zwei Mal belastet (LO-INV-24130 und LO-INV-24131).
Ich ersuche Sie höflich, mir die zweite Belastung zurückzuerstatten. Laut Ihren Bedingungen habe
ich 7 Tage Zeit, heute ist der siebte Tag.

Freundliche Grüsse
Marco Brunner
Brunner Treuhand AG, Winterthur
""")
case("l04-doppelt-spaetabends", LOB, [f], "decided", "Charge 2025-09-09 IST; email 22:10 CEST 09-16 = 01:40 IST 2025-09-17 = day 8 in the brand's zone (section 1): deny (L3).",
     decisions=[refund("deny")])

# l05 billing error: annual instead of monthly -> escalate
cust("r.gasser@gasser-bau.ch", "Reto Gasser", "annual", start="2025-09-22", end="2026-09-21")
lopay("de_p05", "LO-INV-24140", "r.gasser@gasser-bau.ch", "annual", A, "2025-09-22T14:00:00", "2025-09-22", "2026-09-21")
f, _ = mail("l05-jahres-statt-monatsabo", "Gasser Reto <r.gasser@gasser-bau.ch>", LO_TO,
            "Falscher Plan verrechnet", when("2025-09-23 10:30", CH), """\
Guten Tag

Ich habe beim Upgrade ausdrücklich das Monatsabo angeklickt. Verrechnet wurden mir aber 11'988.00 für
den Jahresplan (Rechnung LO-INV-24140). Das ist nicht der Betrag, den ich abgeschlossen habe.
Bitte korrigieren und die Differenz bzw. den Betrag zurückerstatten.

Besten Dank
Reto Gasser
Gasser Bau GmbH
""")
case("l05-jahres-statt-monatsabo", LOB, [f], "decided", "L2 billing_error (charged for the wrong plan), charge 09-22, email 09-23 day 1: escalate (L5), no amount.",
     decisions=[refund("escalate")])

# l06 access failure, one charge, invoice filled from ledger -> escalate
cust("office@weinhof-steiner.at", "Weinhof Steiner", "monthly", start="2025-09-25", end="2025-10-24")
lopay("de_p06", "LO-INV-24150", "office@weinhof-steiner.at", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
f, _ = mail("l06-kein-login-seit-tagen", "Weinhof Steiner <office@weinhof-steiner.at>", LO_TO,
            "Login geht nicht mehr!!", when("2025-09-28 21:15", AT), """\
Hallo,
seit Donnerstag komm ich nicht mehr ins Dashboard, beim Login dreht sich nur das Radl und dann kommt
"Session expired". Hab Passwort zurückgesetzt, anderen Browser probiert, nix. Ich zahl für September
und kann das Ding nicht benutzen. Bitte um Rückerstattung vom Monatsbeitrag.

lg Anna Steiner
Weinhof Steiner, Langenlois
""")
case("l06-kein-login-seit-tagen", LOB, [f], "decided", "L2 access_failure; charge 09-25, email 2025-09-29 00:45 IST day 4; one charge so invoice from ledger (section 1): escalate (L6).",
     decisions=[refund("escalate")])

# l07 too expensive -> deny L1
cust("info@fahrschule-yilmaz.de", "Fahrschule Yilmaz", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("de_p07", "LO-INV-24160", "info@fahrschule-yilmaz.de", "quarterly", Q, "2025-09-26T12:00:00", "2025-09-26", "2025-12-25")
f, _ = mail("l07-zu-teuer", "Fahrschule Yilmaz <info@fahrschule-yilmaz.de>", LO_TO,
            "Rückerstattung", when("2025-09-27 11:20", DE), """\
Hallo zusammen,

ehrlich gesagt nutzen wir das Tool kaum, für eine kleine Fahrschule ist das einfach zu teuer.
Das Quartal wurde gestern abgebucht, bitte buchen Sie das zurück.

Viele Grüße
Emre Yilmaz
Fahrschule Yilmaz – Dortmund-Hörde
""")
case("l07-zu-teuer", LOB, [f], "decided", "Reason 'too expensive / hardly used' is not an L2 exception: deny (L1) though inside the window; plan and invoice from the ledger (one charge).",
     decisions=[refund("deny")])

# l08 refund unused days + cancel -> deny + cancel
cust("t.wagner@wagner-elektro.de", "Thomas Wagner", "monthly", start="2025-09-14", end="2025-10-13")
lopay("de_p08", "LO-INV-24170", "t.wagner@wagner-elektro.de", "monthly", M, "2025-09-14T07:30:00", "2025-09-14", "2025-10-13")
f, _ = mail("l08-kuendigung-restbetrag", "Thomas Wagner <t.wagner@wagner-elektro.de>", LO_TO,
            "Kündigung + anteilige Erstattung", when("2025-09-19 16:05", DE), """\
Moin,

wir stellen auf das CRM von unserem Großhändler um, deshalb kündige ich hiermit unser Monatsabo.
Die restlichen Tage im September/Oktober bitte anteilig erstatten, wir nutzen das ab nächster Woche nicht mehr.

Gruß aus Kiel
Thomas Wagner
Wagner Elektrotechnik
""")
case("l08-kuendigung-restbetrag", LOB, [f], "decided", "Refund for unused days: deny (L1, no partial refunds); cancellation: cancel, active until current_period_end 2025-10-13 (L8).",
     decisions=[refund("deny"), cancel("cancel", "2025-10-13")])

# l09 free trial -> deny L7
cust("lena.schmid@schmid-yoga.ch", "Lena Schmid", "monthly", status="trial", trial_ends="2025-10-05")
f, _ = mail("l09-testphase", "Lena Schmid <lena.schmid@schmid-yoga.ch>", LO_TO,
            "Testphase – Geld zurück", when("2025-09-25 07:45", CH), """\
Hoi zäme

Ich bin noch in der Gratis-Testphase und habe gemerkt, dass das Tool nicht zu meinem kleinen Yogastudio
passt. Auf meiner Kreditkarte sehe ich trotzdem eine Belastung "LEADSOPTIMA", bitte erstatten Sie mir das zurück.

Liebe Grüsse
Lena
""")
case("l09-testphase", LOB, [f], "decided", "Account on free trial, no charges in the ledger: refund deny (L7); no billing unless they subscribe.",
     decisions=[refund("deny")])

# l10 plain cancellation, no reason -> cancel
cust("kontakt@baeckerei-lorenz.de", "Bäckerei Lorenz", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("de_p10", "LO-INV-24180", "kontakt@baeckerei-lorenz.de", "quarterly", Q, "2025-09-01T06:10:00", "2025-09-01", "2025-11-30")
f, _ = mail("l10-kuendigung-fristgerecht", "Bäckerei Lorenz <kontakt@baeckerei-lorenz.de>", LO_TO,
            "Kündigung zum nächstmöglichen Termin", when("2025-09-22 05:50", DE), """\
Sehr geehrte Damen und Herren,

hiermit kündigen wir unser Abonnement (Quartalsplan) fristgerecht zum nächstmöglichen Zeitpunkt.
Bitte senden Sie uns eine kurze Bestätigung.

Mit freundlichen Grüßen
Bäckerei Lorenz e.K.
""")
case("l10-kuendigung-fristgerecht", LOB, [f], "decided", "Cancellation without reason is not held up (section 3): cancel, active until current_period_end 2025-11-30 (L8).",
     decisions=[cancel("cancel", "2025-11-30")])

# l11 cancellation, L8 fallback from an offset ledger time
cust("p.huber@huber-consulting.at", "Peter Huber", "annual")
lopay("de_p11", "LO-INV-24190", "p.huber@huber-consulting.at", "annual", A, "2024-10-14T21:00:00Z")
f, _ = mail("l11-jahresabo-kuendigen", "Mag. Peter Huber <p.huber@huber-consulting.at>", LO_TO,
            "Kündigung Jahresabo", when("2025-09-30 14:00", AT), """\
Sehr geehrte Damen und Herren,

da ich mit Jahresende in Pension gehe und das Büro auflöse, kündige ich mein Jahresabo. Eine
Verlängerung im Oktober ist bitte nicht mehr durchzuführen.

Mit besten Grüßen
Mag. Peter Huber
Unternehmensberatung, Wien
""")
case("l11-jahresabo-kuendigen", LOB, [f], "decided", "No current_period_end: L8 fallback; last charge 2024-10-14T21:00Z = 2024-10-15 IST, +12 months -1 day = 2025-10-14.",
     decisions=[cancel("cancel", "2025-10-14")])

# l12 C2 private address naming registered email
cust("einkauf@riedel-maschinenbau.de", "Riedel Maschinenbau", "monthly", start="2025-09-21", end="2025-10-20")
lopay("de_p12a", "LO-INV-24195", "einkauf@riedel-maschinenbau.de", "monthly", M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
lopay("de_p12b", "LO-INV-24196", "einkauf@riedel-maschinenbau.de", "monthly", M, "2025-09-21T09:00:30", "2025-09-21", "2025-10-20")
f, _ = mail("l12-privatadresse", "Klaus Riedel <k.riedel@gmx.de>", LO_TO,
            "doppelt bezahlt", when("2025-09-23 19:30", DE), """\
Hallo, schreibe von privat weil ich im Urlaub bin. Unser Account läuft auf einkauf@riedel-maschinenbau.de,
Monatsplan. Ihr habt am 21.9. doppelt abgebucht, Rechnung LO-INV-24196. Bitte zurücküberweisen.
Danke, K. Riedel

Von meinem Samsung Galaxy gesendet
""")
case("l12-privatadresse", LOB, [f], "need_info", "Sender k.riedel@gmx.de is not the registered einkauf@riedel-maschinenbau.de: C2, ask to write from the registered address, nothing about the account.",
     rules=["C2"])

# l13 C2 via a forward (WG:)
cust("geschaeftsfuehrung@kessler-events.de", "Kessler Events", "annual", start="2025-04-01", end="2026-03-31")
lopay("de_p13", "LO-INV-24197", "geschaeftsfuehrung@kessler-events.de", "annual", A, "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
f, _ = mail("l13-wg-weitergeleitet", "Sabine Roth <assistenz@kessler-events.de>", LO_TO,
            "WG: LeadsOptima kündigen", when("2025-09-24 09:12", DE), """\
Guten Morgen,

siehe unten, bitte erledigen. Danke!

Sabine Roth
Assistenz der Geschäftsführung

-----Ursprüngliche Nachricht-----
Von: Michael Kessler <geschaeftsfuehrung@kessler-events.de>
Gesendet: Dienstag, 23. September 2025 18:02
An: Sabine Roth <assistenz@kessler-events.de>
Betreff: LeadsOptima kündigen

Sabine, bitte schreib an LeadsOptima und kündige unser Jahresabo (registriert auf
geschaeftsfuehrung@kessler-events.de). Wir machen die Leadgenerierung ab 2026 über die Agentur.
M.
""")
case("l13-wg-weitergeleitet", LOB, [f], "need_info", "Forward (WG:) carrying a cancellation for registered geschaeftsfuehrung@; sender assistenz@ is another address: C2 via the forward (section 8).",
     rules=["C2"])

# l14 C4: charged after cancelling + Anwalt + Rückbuchung, cancellation too -> all escalate
cust("s.becker@becker-fenster.de", "Stefan Becker", "monthly", start="2025-09-21", end="2025-10-20")
lopay("de_p14", "LO-INV-24200", "s.becker@becker-fenster.de", "monthly", M, "2025-09-21T08:00:00", "2025-09-21", "2025-10-20")
f, _ = mail("l14-anwalt-rueckbuchung", "Stefan Becker <s.becker@becker-fenster.de>", LO_TO,
            "LETZTE AUFFORDERUNG", when("2025-09-23 12:40", DE), """\
Ich habe am 15.09. gekündigt und trotzdem haben Sie am 21.09. wieder 1.499 € abgebucht!!!
Entweder das Geld ist bis Freitag zurück oder ich lasse die Lastschrift über meine Bank zurückbuchen
und übergebe die Sache meinem Anwalt. Und die Kündigung bestätigen Sie mir gefälligst sofort.

S. Becker
""")
case("l14-anwalt-rueckbuchung", LOB, [f], "decided", "Chargeback (Rückbuchung über die Bank) and lawyer threat: C4 escalates the whole case, the refund and the cancellation (section 8).",
     rules=["C4"], decisions=[refund("escalate"), cancel("escalate")])

# l15 C7 out-of-office
f, _ = mail("l15-abwesenheitsnotiz", "Jörg Hoffmann <j.hoffmann@hoffmann-druck.de>", LO_TO,
            "Automatische Antwort: Ihre Anfrage [LO-1187]", when("2025-09-25 10:02", DE), """\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 3. Oktober nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen (z. B. Erstattungen, Kündigungen) wenden Sie sich bitte
an buchhaltung@hoffmann-druck.de.

Jörg Hoffmann
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l15-abwesenheitsnotiz", LOB, [f], "ignore", "Out-of-office with Auto-Submitted: auto-replied: ignore (C7), though it mentions refunds.",
     rules=["C7"])

# l16 C7 newsletter
f, _ = mail("l16-newsletter", "CRM-Vergleich.de <newsletter@crm-vergleich.de>", LO_TO,
            "Kündigen oder bleiben? 5 Tipps zur Rückerstattung bei SaaS-Abos", when("2025-09-26 06:00", DE), """\
Hallo,

in unserer September-Ausgabe: Wann Sie Ihr Abo kündigen sollten, wie Sie eine Rückerstattung
beantragen und warum doppelte Abbuchungen häufiger sind als gedacht.

Zum Abmelden klicken Sie hier: https://crm-vergleich.de/abmelden
""", headers={"List-Id": "CRM-Vergleich Newsletter <news.crm-vergleich.de>", "Precedence": "bulk",
              "List-Unsubscribe": "<https://crm-vergleich.de/abmelden>"})
case("l16-newsletter", LOB, [f], "ignore", "Mailing list (List-Id, Precedence: bulk): ignore (C7).", rules=["C7"])

# l17 negation + invoice address question -> other
cust("buchhaltung@stahlbau-frank.de", "Stahlbau Frank", "annual", start="2025-09-15", end="2026-09-14")
lopay("de_p17", "LO-INV-24210", "buchhaltung@stahlbau-frank.de", "annual", A, "2025-09-15T10:00:00", "2025-09-15", "2026-09-14")
f, _ = mail("l17-keine-erstattung-nur-rechnung", "Buchhaltung Stahlbau Frank <buchhaltung@stahlbau-frank.de>", LO_TO,
            "Rechnung LO-INV-24210 – neue Anschrift", when("2025-09-18 13:15", DE), """\
Guten Tag,

nur zur Klarstellung, damit es kein Missverständnis gibt: wir möchten KEINE Erstattung und auch nicht
kündigen, alles bestens. Wir sind aber umgezogen und brauchen die Rechnung LO-INV-24210 mit der neuen
Anschrift: Industriestraße 7, 74076 Heilbronn.

Danke und Gruß
Petra Frank
""")
case("l17-keine-erstattung-nur-rechnung", LOB, [f], "other", "Negated refund and cancellation ('KEINE Erstattung und auch nicht kündigen'); only an invoice address change: other (section 8).")

# l18 pre-purchase hypothetical -> other
f, _ = mail("l18-frage-vor-kauf", "Nina Albrecht <nina.albrecht@posteo.de>", LO_TO,
            "Frage vor Buchung Jahresplan", when("2025-09-20 17:25", DE), """\
Hallo,

ich überlege, den Jahresplan zu buchen. Angenommen, wir merken nach zwei Wochen, dass es nicht passt:
bekäme ich dann mein Geld zurück? Und könnte man auch mitten im Jahr kündigen?

Viele Grüße
Nina Albrecht
""")
case("l18-frage-vor-kauf", LOB, [f], "other", "Hypothetical before buying ('bekäme ich... zurück?', 'könnte man kündigen?'): a policy question, other (section 8).")

# l19 thank you after refund -> other
f, _ = mail("l19-danke-gutschrift", "Jörg Hoffmann <j.hoffmann@hoffmann-druck.de>", LO_TO,
            "AW: Ihre Erstattung [LO-1187]", when("2025-09-30 15:45", DE), """\
Hallo,

die Gutschrift über 1.499,00 ist heute auf unserem Konto eingegangen. Vielen Dank für die schnelle
Bearbeitung, damit ist die Sache für uns erledigt.

Beste Grüße
Jörg Hoffmann
""", reply_to_ids=["<lo-1187-reply@leadsoptima.com>"])
case("l19-danke-gutschrift", LOB, [f], "other", "Thank-you after a refund arrived, asks for nothing: other.")

# l20 missing reason: restatement, courtesy lines and disclaimer are not reasons
cust("d.schulz@schulz-gartenbau.de", "Dirk Schulz", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("de_p20", "LO-INV-24220", "d.schulz@schulz-gartenbau.de", "quarterly", Q, "2025-09-24T11:00:00", "2025-09-24", "2025-12-23")
f, _ = mail("l20-ohne-begruendung", "Dirk Schulz <d.schulz@schulz-gartenbau.de>", LO_TO,
            "Antrag auf Rückerstattung", when("2025-09-26 10:10", DE), """\
Sehr geehrte Damen und Herren,

hiermit beantrage ich die Rückerstattung der Zahlung zur Rechnung LO-INV-24220 (Quartalsplan).
Bitte überweisen Sie den Betrag auf das bekannte Konto zurück. Für Rückfragen stehe ich Ihnen
gerne zur Verfügung.

Mit freundlichen Grüßen

Dirk Schulz
Schulz Garten- und Landschaftsbau GmbH
Tel. 0711 123456 | www.schulz-gartenbau.de

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""")
case("l20-ohne-begruendung", LOB, [f], "need_info", "Refund restated, courtesy line, signature and disclaimer give no reason: need_info reason (C3, section 8); plan/invoice known.",
     missing=["reason"])

# l21 thread: need_info answered with reason and invoice -> approve
cust("a.kaya@kaya-reisen.de", "Ayşe Kaya", "monthly", start="2025-09-27", end="2025-10-26")
lopay("de_p21a", "LO-INV-24230", "a.kaya@kaya-reisen.de", "monthly", M, "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
lopay("de_p21b", "LO-INV-24231", "a.kaya@kaya-reisen.de", "monthly", M, "2025-09-27T08:00:40", "2025-09-27", "2025-10-26")
f1, id1 = mail("l21-thread-1", "Ayse Kaya <a.kaya@kaya-reisen.de>", LO_TO,
               "Geld zurück bitte", when("2025-09-27 18:00", DE), """\
Hallo, bitte um Rückerstattung für September. Danke
Ayse Kaya – Kaya Reisen
""")
f2, _ = mail("l21-thread-2", "Ayse Kaya <a.kaya@kaya-reisen.de>", LO_TO,
             "Re: Geld zurück bitte [LO-1203]", when("2025-09-28 09:30", DE), """\
Sorry, hatte ich vergessen: es wurde zweimal abgebucht, 2x 1.499 € am 27.09. Die zweite Rechnung ist
LO-INV-24231. Monatsabo.

Ayse

Am 27.09.2025 um 18:31 schrieb LeadsOptima Support <support@leadsoptima.com>:
> Bitte nennen Sie uns den Grund Ihrer Anfrage und die Rechnungsnummer.
""", reply_to_ids=[id1, "<lo-1203-needinfo@leadsoptima.com>"])
case("l21-thread-antwort", LOB, [f1, f2], "decided", "Thread: first mail lacks reason and invoice (two charges); the reply gives 'zweimal abgebucht' and LO-INV-24231; request time 09-27 = day 0; L4 pair: approve 1499.00.",
     decisions=[refund("approve", "1499.00")])

# l22 three identical charges -> approve 2998.00
cust("f.neumann@neumann-kfz.de", "Frank Neumann", "monthly", start="2025-09-18", end="2025-10-17")
for i, t in ((0, "10:01"), (1, "10:02"), (2, "10:05")):
    lopay(f"de_p22{'abc'[i]}", f"LO-INV-2424{i}", "f.neumann@neumann-kfz.de", "monthly", M, f"2025-09-18T{t}:00", "2025-09-18", "2025-10-17")
f, _ = mail("l22-dreimal-abgebucht", "Frank Neumann <f.neumann@neumann-kfz.de>", LO_TO,
            "3 x abgebucht!", when("2025-09-22 08:05", DE), """\
Hallo,

ihr habt mir am 18.09. das Monatsabo DREIMAL abgebucht, jeweils 1.499 € + MwSt (LO-INV-24240, LO-INV-24241,
LO-INV-24242). Einmal ist ok, die anderen zwei will ich zurück.

Frank Neumann
Neumann KFZ-Service, Kassel
""")
case("l22-dreimal-abgebucht", LOB, [f], "decided", "Three identical charges 2025-09-18, email 09-22 day 4: the two after the first are duplicates inside L3: approve 2 x 1499.00 = 2998.00 (section 8).",
     decisions=[refund("approve", "2998.00")])

# l23 duplicate claimed but ledger has one charge -> escalate
cust("m.lang@lang-architektur.de", "Miriam Lang", "annual", start="2025-09-25", end="2026-09-24")
lopay("de_p23", "LO-INV-24250", "m.lang@lang-architektur.de", "annual", A, "2025-09-25T16:00:00", "2025-09-25", "2026-09-24")
f, _ = mail("l23-doppelt-laut-kontoauszug", "Miriam Lang <m.lang@lang-architektur.de>", LO_TO,
            "Abbuchung 11.988,00 € doppelt", when("2025-09-27 12:00", DE), """\
Hallo,

laut Kontoauszug wurden am 25.09. zweimal 11.988,00 € für das Jahresabo abgebucht. Bitte prüfen Sie das
und erstatten Sie die doppelte Zahlung.

Viele Grüße
Miriam Lang
Lang Architektur, Freiburg
""")
case("l23-doppelt-laut-kontoauszug", LOB, [f], "decided", "duplicate_payment claimed, ledger shows one charge only (LO-INV-24250, filled as the only charge): no pair, escalate (L4); the email's claim is not trusted.",
     decisions=[refund("escalate")])

# l24 mobile dictation, Swiss, invoice typed loosely -> escalate L6
cust("urs.meier@bluewin.ch", "Urs Meier", "monthly", start="2025-09-26", end="2025-10-25")
lopay("de_p24a", "LO-INV-24260", "urs.meier@bluewin.ch", "monthly", M, "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
lopay("de_p24b", "LO-INV-24259", "urs.meier@bluewin.ch", "monthly", M, "2025-08-26T15:00:00", "2025-08-26", "2025-09-25")
f, _ = mail("l24-diktiert-kein-login", "Urs Meier <urs.meier@bluewin.ch>", LO_TO,
            "kein zugang", when("2025-09-29 07:30", CH), """\
grüezi ich kann mich seit freitag nicht mehr einloggen es kommt immer fehler 500 habe schon alles probiert
rechnung lo inv 24260 monatsabo bitte geld zurück für diesen monat danke urs meier

Von meinem iPhone gesendet
""")
case("l24-diktiert-kein-login", LOB, [f], "decided", "'lo inv 24260' is LO-INV-24260 (section 8), charged 09-26, email 09-29 11:00 IST day 3; access_failure: escalate (L6).",
     decisions=[refund("escalate")])

# l25 charged after cancelling, charge already marked refunded -> escalate
cust("c.wolf@wolf-fotografie.de", "Carina Wolf", "monthly", status="cancelled", start="2025-08-19", end="2025-09-18")
lopay("de_p25a", "LO-INV-24269", "c.wolf@wolf-fotografie.de", "monthly", M, "2025-08-19T09:00:00", "2025-08-19", "2025-09-18")
lopay("de_p25b", "LO-INV-24270", "c.wolf@wolf-fotografie.de", "monthly", M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18", status="refunded")
f, _ = mail("l25-nach-kuendigung-belastet", "Carina Wolf <c.wolf@wolf-fotografie.de>", LO_TO,
            "Abbuchung trotz Kündigung – LO-INV-24270", when("2025-09-21 20:30", DE), """\
Hallo,

ich hatte schon am 10.09. gekündigt, trotzdem wurde am 19.09. wieder abgebucht (Rechnung LO-INV-24270,
Monatsplan). Das ist eine Abbuchung nach meiner Kündigung – bitte erstatten.

Danke, Carina Wolf
Wolf Fotografie
""")
case("l25-nach-kuendigung-belastet", LOB, [f], "decided", "billing_error (charged after cancelling) inside L3 (charge 09-19; 20:30 CEST 09-21 = 00:00 IST 09-22, day 3); the charge is 'refunded' in the ledger: escalate either way (L5, section 8 payments not paid).",
     decisions=[refund("escalate")])

# l26 HTML-only cancellation from webmail -> cancel
cust("info@pension-alpenrose.at", "Pension Alpenrose", "annual", start="2025-03-01", end="2026-02-28")
lopay("de_p26", "LO-INV-24280", "info@pension-alpenrose.at", "annual", A, "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
f, _ = mail("l26-html-kuendigung", "Pension Alpenrose <info@pension-alpenrose.at>", LO_TO,
            "Kündigung", when("2025-09-15 18:20", AT), html="""\
<html><body><div style="font-family:Arial">Sehr geehrtes LeadsOptima-Team,<br><br>
wir schließen unsere Pension mit Ende der Saison und <b>kündigen daher unser Jahresabo</b>.
Bitte keine weitere Verlängerung.<br><br>Mit freundlichen Grüßen<br>Familie Hofer<br>
<span style="color:#888">Pension Alpenrose &middot; Mayrhofen &middot; Tirol</span></div></body></html>
""")
case("l26-html-kuendigung", LOB, [f], "decided", "HTML-only cancellation from the registered address: cancel, active until current_period_end 2026-02-28 (L8).",
     decisions=[cancel("cancel", "2026-02-28")])

# l27 +tag address is another address -> C2
cust("lisa.bergmann@gmail.com", "Lisa Bergmann", "monthly", start="2025-09-12", end="2025-10-11")
lopay("de_p27", "LO-INV-24290", "lisa.bergmann@gmail.com", "monthly", M, "2025-09-12T12:00:00", "2025-09-12", "2025-10-11")
f, _ = mail("l27-plus-adresse", "Lisa Bergmann <lisa.bergmann+leads@gmail.com>", LO_TO,
            "Abo beenden", when("2025-09-20 10:45", DE), """\
Hi, bitte mein Monatsabo beenden, ich mache mich nicht mehr selbstständig.
LG Lisa Bergmann
""", headers={"Reply-To": "lisa.bergmann@gmail.com"})
case("l27-plus-adresse", LOB, [f], "need_info", "From lisa.bergmann+leads@gmail.com: a +tag makes another address and Reply-To verifies no one (section 8): C2.",
     rules=["C2"])

# ------------------------------------------------------------------ Optima WebDesign
# o01 deposit 56.5 h, no work -> approve
proj("Relaunch Zahnarztpraxis Dr. Berger", "praxis@zahnarzt-berger.de")
owpay("de_w01", "OWD-2025-301", "Relaunch Zahnarztpraxis Dr. Berger", "deposit", "40000.00", "7200.00", "2025-09-15T11:00:00")
f, _ = mail("o01-anzahlung-56h", "Praxis Dr. Berger <praxis@zahnarzt-berger.de>", OW_TO,
            "Refund Request — Relaunch Zahnarztpraxis Dr. Berger / OWD-2025-301", when("2025-09-17 16:00", DE), """\
Sehr geehrte Damen und Herren,

leider ist die geplante Praxisübernahme geplatzt, das Projekt "Relaunch Zahnarztpraxis Dr. Berger" liegt
deshalb auf Eis. Ich bitte um Rückerstattung der Anzahlung (Rechnung OWD-2025-301). Mit der Arbeit wurde
meines Wissens noch nicht begonnen.

Mit freundlichen Grüßen
Dr. med. dent. Katrin Berger
""")
case("o01-anzahlung-56h", OWB, [f], "decided", "Deposit paid 2025-09-15 11:00 IST, email 16:00 CEST 09-17 = 19:30 IST = 56.5 h < 72 h, no work: approve 40000.00 before tax (O2, C6).",
     decisions=[refund("approve", "40000.00")])

# o02 deposit exactly 72 h -> deny
proj("Onlineshop Teeladen Hamburg", "inhaber@teeladen-hh.de")
owpay("de_w02", "OWD-2025-302", "Onlineshop Teeladen Hamburg", "deposit", "25000.00", "4500.00", "2025-09-16T14:30:00")
f, _ = mail("o02-anzahlung-genau-72h", "Jan Petersen <inhaber@teeladen-hh.de>", OW_TO,
            "Storno Onlineshop Teeladen Hamburg – Anzahlung zurück", when("2025-09-19 11:00", DE), """\
Moin,

wir haben uns entschieden, den Shop doch mit Shopify selbst zu bauen. Bitte die Anzahlung für den
"Onlineshop Teeladen Hamburg" (OWD-2025-302) zurückerstatten. Angefangen habt ihr ja noch nicht.

Jan Petersen
""")
case("o02-anzahlung-genau-72h", OWB, [f], "decided", "Deposit paid 2025-09-16 14:30 IST; email 11:00 CEST 09-19 = 14:30 IST = exactly 72 h, not before 72 h: deny (O2, section 8). The customer also cancels the project/milestone, so an extra cancellation decision is tolerated (extra_ok; it moves no money).",
     decisions=[refund("deny")], extra_ok=True)

# o03 deposit in 72 h but work started -> deny
proj("Website Physio Graz", "team@physio-graz.at", "2025-09-21T09:00:00")
owpay("de_w03", "OWD-2025-303", "Website Physio Graz", "deposit", "20000.00", "3600.00", "2025-09-20T10:00:00")
f, _ = mail("o03-anzahlung-arbeit-begonnen", "Physio Graz <team@physio-graz.at>", OW_TO,
            "Anzahlung Website Physio Graz", when("2025-09-22 08:00", AT), """\
Liebes Optima-Team,

wir haben intern umdisponiert und möchten die Website Physio Graz nicht mehr umsetzen lassen, das Budget
geht in neue Geräte. Bitte um Rückerstattung der Anzahlung lt. Rechnung OWD-2025-303.

Liebe Grüße
Team Physio Graz
""")
case("o03-anzahlung-arbeit-begonnen", OWB, [f], "decided", "Email 2025-09-22 11:30 IST is 49.5 h after payment but work started 2025-09-21 09:00: whichever first, deny (O2).",
     decisions=[refund("deny")])

# o04 discovery not started -> approve
proj("Markenstrategie Käserei Appenzell", "marketing@kaeserei-appenzell.ch")
owpay("de_w04", "OWD-2025-304", "Markenstrategie Käserei Appenzell", "discovery", "15000.00", "2700.00", "2025-09-18T10:00:00")
f, _ = mail("o04-discovery-nicht-begonnen", "Käserei Appenzell Marketing <marketing@kaeserei-appenzell.ch>", OW_TO,
            "Rückerstattung Strategie-Workshop", when("2025-09-24 09:20", CH), """\
Grüezi mitenand

Unser Verwaltungsrat hat das Projekt "Markenstrategie Käserei Appenzell" gestoppt, wir fusionieren mit
einer anderen Käserei. Der Discovery-Workshop hat noch nicht stattgefunden. Wir bitten um Rückerstattung
der Rechnung OWD-2025-304.

Freundliche Grüsse
Claudia Manser, Marketing
""")
case("o04-discovery-nicht-begonnen", OWB, [f], "decided", "Discovery, work_started_at empty: full refund, approve 15000.00 before tax (O1).",
     decisions=[refund("approve", "15000.00")])

# o05 discovery started -> deny
proj("UX-Audit Stadtwerke Portal", "digital@stadtwerke-hameln.de", "2025-09-10T10:00:00")
owpay("de_w05", "OWD-2025-305", "UX-Audit Stadtwerke Portal", "discovery", "18000.00", "3240.00", "2025-09-05T12:00:00")
f, _ = mail("o05-discovery-begonnen", "Stadtwerke Hameln – Digitalisierung <digital@stadtwerke-hameln.de>", OW_TO,
            "UX-Audit Stadtwerke Portal – Erstattung", when("2025-09-23 14:30", DE), """\
Sehr geehrte Damen und Herren,

nach dem ersten Workshop sind wir zu dem Schluss gekommen, dass der Ansatz nicht zu unseren Vorgaben passt.
Wir bitten um Erstattung der Discovery-Gebühr (OWD-2025-305) für das Projekt UX-Audit Stadtwerke Portal.

Mit freundlichen Grüßen
i. A. Henrik Vogel
""")
case("o05-discovery-begonnen", OWB, [f], "decided", "Discovery sessions started 2025-09-10, before the request 09-23: deny (O1).",
     decisions=[refund("deny")])

# o06 milestone not started -> approve
proj("Vereinsseite TSV Oberau", "vorstand@tsv-oberau.de", "2025-08-01T10:00:00")
owpay("de_w06a", "OWD-2025-306", "Vereinsseite TSV Oberau", "milestone", "25000.00", "4500.00", "2025-08-01T10:00:00", milestone_status="completed")
owpay("de_w06b", "OWD-2025-307", "Vereinsseite TSV Oberau", "milestone", "25000.00", "4500.00", "2025-09-10T10:00:00", milestone_status="not_started")
f, _ = mail("o06-meilenstein-offen", "Vorstand TSV Oberau <vorstand@tsv-oberau.de>", OW_TO,
            "Meilenstein 2 Mitgliederbereich stornieren", when("2025-09-25 20:10", DE), """\
Servus,

die Mitgliederversammlung hat den Mitgliederbereich abgelehnt (Datenschutzbedenken), deshalb brauchen wir
Phase 2 nicht mehr. Phase 1 ist super geworden, passt. Bitte erstattet uns die Zahlung für Meilenstein 2,
Rechnung OWD-2025-307, Projekt Vereinsseite TSV Oberau.

Sportliche Grüße
Franz Huber, 1. Vorstand
""")
case("o06-meilenstein-offen", OWB, [f], "decided", "Milestone OWD-2025-307 not_started: approve its amount 25000.00 before tax (O3); milestone 1 untouched. The customer also cancels the project/milestone, so an extra cancellation decision is tolerated (extra_ok; it moves no money).",
     decisions=[refund("approve", "25000.00")], extra_ok=True)

# o07 milestone in progress -> escalate
proj("Intranet Spedition Kraus", "it@spedition-kraus.de", "2025-08-20T10:00:00")
owpay("de_w07", "OWD-2025-308", "Intranet Spedition Kraus", "milestone", "30000.00", "5400.00", "2025-09-01T10:00:00", milestone_status="in_progress")
f, _ = mail("o07-meilenstein-laufend", "IT Spedition Kraus <it@spedition-kraus.de>", OW_TO,
            "Intranet Spedition Kraus: Meilenstein abbrechen", when("2025-09-24 11:00", DE), """\
Hallo,

wir wurden von einem Konzern übernommen, das Intranet kommt jetzt zentral. Bitte den laufenden Meilenstein
(OWD-2025-308) abbrechen und den nicht geleisteten Teil erstatten.

Gruß
Dennis Kraus, IT
""")
case("o07-meilenstein-laufend", OWB, [f], "decided", "Milestone in_progress: the value of unstarted work needs a person: escalate (O3), no amount. The customer also cancels the project/milestone, so an extra cancellation decision is tolerated (extra_ok; it moves no money).",
     decisions=[refund("escalate")], extra_ok=True)

# o08 milestone approved -> deny
proj("Katalog Möbelhaus Linde", "shop@moebel-linde.at", "2025-07-01T10:00:00")
owpay("de_w08", "OWD-2025-309", "Katalog Möbelhaus Linde", "milestone", "22000.00", "3960.00", "2025-08-01T10:00:00", milestone_status="approved")
f, _ = mail("o08-meilenstein-abgenommen", "Möbelhaus Linde <shop@moebel-linde.at>", OW_TO,
            "Reklamation Katalog", when("2025-09-19 09:40", AT), """\
Grüß Gott,

der Online-Katalog (Projekt Katalog Möbelhaus Linde, OWD-2025-309) gefällt unserem neuen Geschäftsführer
nicht mehr, die Farben sind zu kühl. Wir hätten gerne das Geld für diesen Meilenstein retour.

Mit freundlichen Grüßen
Ing. Walter Linde
""")
case("o08-meilenstein-abgenommen", OWB, [f], "decided", "Milestone status approved (accepted deliverable): deny (O3, O6 non-refundable).",
     decisions=[refund("deny")])

# o09 hosting annual day 11 -> approve 14300.00 (+ cancellation, extra_ok)
proj("Hosting Weingut Rebenhof", "weingut@rebenhof-wachau.at", "2025-09-08T00:00:00")
owpay("de_w09", "OWD-2025-310", "Hosting Weingut Rebenhof", "hosting_annual", "18000.00", "3240.00", "2025-09-07T12:00:00",
      setup_fee="2400.00", service_start="2025-09-08")
f, _ = mail("o09-hosting-tag11", "Weingut Rebenhof <weingut@rebenhof-wachau.at>", OW_TO,
            "Hosting kündigen + Rückerstattung", when("2025-09-19 17:30", AT), """\
Sehr geehrte Damen und Herren,

unser Sohn übernimmt die Website und hostet sie über seinen Arbeitgeber. Wir kündigen daher das
Jahreshosting (Hosting Weingut Rebenhof, Rechnung OWD-2025-310) und bitten um die anteilige Erstattung.

Mit freundlichen Grüßen
Familie Gruber, Weingut Rebenhof, Wachau
""")
case("o09-hosting-tag11", OWB, [f], "decided", "Hosting start 09-08, email 09-19 = day 11 <= 14: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00 (O5).",
     decisions=[refund("approve", "14300.00")], extra_ok=True)

# o10 maintenance day 15 -> deny
proj("Wartung Optiker Sehwerk", "info@sehwerk-optik.de", "2025-09-01T00:00:00")
owpay("de_w10", "OWD-2025-311", "Wartung Optiker Sehwerk", "maintenance_annual", "12000.00", "2160.00", "2025-08-30T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
f, _ = mail("o10-wartung-tag15", "Sehwerk Optik <info@sehwerk-optik.de>", OW_TO,
            "Wartungsvertrag Rückerstattung", when("2025-09-16 09:30", DE), """\
Hallo,

wir haben festgestellt, dass unser Kassensystem-Anbieter die Wartung der Website mit abdeckt. Deshalb
möchten wir den Wartungsvertrag (Wartung Optiker Sehwerk, OWD-2025-311) zurückgeben und bitten um
Rückerstattung.

Viele Grüße
Tobias Kern
""")
case("o10-wartung-tag15", OWB, [f], "decided", "Maintenance start 2025-09-01, email 2025-09-16 13:00 IST = day 15 > 14: deny (O5).",
     decisions=[refund("deny")], extra_ok=True)

# o11 hosting before start, rounding -> approve 7791.67
proj("Hosting Bäckerei Zürcher", "admin@baeckerei-zuercher.ch")
owpay("de_w11", "OWD-2025-312", "Hosting Bäckerei Zürcher", "hosting_annual", "10000.00", "1800.00", "2025-09-25T10:00:00",
      setup_fee="1500.00", service_start="2025-10-01")
f, _ = mail("o11-hosting-vor-start", "Bäckerei Zürcher <admin@baeckerei-zuercher.ch>", OW_TO,
            "Hosting Bäckerei Zürcher – zurücktreten", when("2025-09-27 06:15", CH), """\
Guten Tag

Wir treten vom Hosting-Jahresvertrag (Rechnung OWD-2025-312, Hosting Bäckerei Zürcher) zurück: unsere
Website läuft ab sofort über den Bäckermeisterverband, der das Hosting gratis anbietet. Der Vertrag hat
ja noch gar nicht begonnen. Bitte um Rückerstattung auf die Kreditkarte.

Freundliche Grüsse
Beat Zürcher
""")
case("o11-hosting-vor-start", OWB, [f], "decided", "Before service_start 10-01: consumed_months 1 (section 8); 10000 - 1500 - 8500/12 (708.3333) = 7791.6667 -> 7791.67 (O5, C6 rounded once).",
     decisions=[refund("approve", "7791.67")], extra_ok=True)

# o12 domain + SSL (third party) -> deny
proj("Website Hundeschule Pfotenglück", "kontakt@pfotenglueck.de", "2025-06-01T10:00:00")
owpay("de_w12", "OWD-2025-313", "Website Hundeschule Pfotenglück", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
f, _ = mail("o12-domain-ssl", "Hundeschule Pfotenglück <kontakt@pfotenglueck.de>", OW_TO,
            "Domain-Verlängerung zurück?", when("2025-09-22 19:00", DE), """\
Hallo ihr Lieben,

ihr habt die Domain und das SSL-Zertifikat für die Website Hundeschule Pfotenglück verlängert
(OWD-2025-313), aber wir ziehen mit der Domain zu einem anderen Anbieter um. Könnt ihr uns die 1.800 zurückgeben?

Wuffige Grüße
Sandra
""")
case("o12-domain-ssl", OWB, [f], "decided", "Domain and SSL renewal, kind third_party: never refundable, deny (O6).",
     decisions=[refund("deny")])

# o13 rush fee -> deny
proj("Messeauftritt Kunststoff Müller", "marketing@kunststoff-mueller.de", "2025-09-01T10:00:00")
owpay("de_w13", "OWD-2025-314", "Messeauftritt Kunststoff Müller", "rush", "8000.00", "1440.00", "2025-09-02T10:00:00")
f, _ = mail("o13-expresszuschlag", "Marketing Kunststoff Müller <marketing@kunststoff-mueller.de>", OW_TO,
            "Expresszuschlag OWD-2025-314", when("2025-09-18 15:00", DE), """\
Sehr geehrte Damen und Herren,

die Messe-Landingpage (Projekt Messeauftritt Kunststoff Müller) war zwar rechtzeitig online, aber der
Messestand wurde kurzfristig abgesagt. Den Expresszuschlag (OWD-2025-314) hätten wir daher gerne zurück.

Mit freundlichen Grüßen
Anja Müller
""")
case("o13-expresszuschlag", OWB, [f], "decided", "Expedited/rush fee: non-refundable, deny (O6).",
     decisions=[refund("deny")])

# o14 retainer, 20 days' notice -> cancel day before next billing
proj("SEO-Betreuung Autohaus Seidel", "gf@autohaus-seidel.de", "2025-06-15T10:00:00")
owpay("de_w14", "OWD-2025-315", "SEO-Betreuung Autohaus Seidel", "retainer", "9000.00", "1620.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
f, _ = mail("o14-retainer-fristgerecht", "Holger Seidel <gf@autohaus-seidel.de>", OW_TO,
            "Kündigung SEO-Betreuung", when("2025-09-25 17:45", DE), """\
Sehr geehrte Damen und Herren,

hiermit kündige ich die SEO-Betreuung Autohaus Seidel (zuletzt Rechnung Nr. OWD 2025/315) zum nächstmöglichen
Termin. Grund: der Hersteller schreibt uns ab Oktober eine Konzern-Agentur vor.

Mit freundlichen Grüßen
Holger Seidel, Geschäftsführer
""")
case("o14-retainer-fristgerecht", OWB, [f], "decided", "'OWD 2025/315' is OWD-2025-315 (section 8). Retainer next_billing_at 2025-10-15; email 09-25 <= 10-08 (7 days' notice): cancel, effective 2025-10-14 (O4, O8).",
     decisions=[cancel("cancel", "2025-10-14")])

# o15 retainer, 5 days' notice -> next cycle billed
proj("Content-Retainer Café Sonnenschein", "cafe@sonnenschein-koeln.de", "2025-05-01T10:00:00")
owpay("de_w15", "OWD-2025-316", "Content-Retainer Café Sonnenschein", "retainer", "6000.00", "1080.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
f, _ = mail("o15-retainer-kurzfristig", "Café Sonnenschein <cafe@sonnenschein-koeln.de>", OW_TO,
            "Kündigung Content-Betreuung", when("2025-09-26 22:05", DE), """\
Hallo zusammen,

wir machen das Instagram jetzt selbst, meine Nichte studiert Medienwissenschaft :) Deshalb kündigen wir
den Content-Retainer Café Sonnenschein (Rechnung OWD-2025-316). Danke für alles!

Liebe Grüße aus Köln-Ehrenfeld
Gül & Marco
""")
case("o15-retainer-kurzfristig", OWB, [f], "decided", "next_billing_at 2025-10-01, cut-off 09-24; email 2025-09-27 01:35 IST: less than 7 days, the October cycle is billed, effective 2025-10-31 (O4).",
     decisions=[cancel("cancel", "2025-10-31")])

# o16 retainer, exactly 7 days -> cancel day before
proj("Wartungsretainer Hotel Seeblick", "direktion@hotel-seeblick.ch", "2025-03-06T10:00:00")
owpay("de_w16", "OWD-2025-317", "Wartungsretainer Hotel Seeblick", "retainer", "12000.00", "2160.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
f, _ = mail("o16-retainer-genau-7-tage", "Direktion Hotel Seeblick <direktion@hotel-seeblick.ch>", OW_TO,
            "Kündigung Wartungsretainer", when("2025-09-29 19:50", CH), """\
Sehr geehrte Damen und Herren

Das Hotel wechselt per Oktober in eine Hotelgruppe mit eigener IT. Wir kündigen deshalb den Wartungsretainer
Hotel Seeblick (letzte Rechnung OWD-2025-317) unter Einhaltung der 7-tägigen Frist.

Freundliche Grüsse
Regula Bachmann, Direktorin
""")
case("o16-retainer-genau-7-tage", OWB, [f], "decided", "next_billing_at 2025-10-06, cut-off 09-29; email 19:50 CEST = 23:20 IST on 09-29: exactly 7 days, cancel effective 2025-10-05 (O4).",
     decisions=[cancel("cancel", "2025-10-05")])

# o17 retainer with next cycle prepaid, enough notice -> escalate
proj("Google-Ads-Betreuung Reisebüro Fernweh", "buchung@fernweh-reisen.de", "2025-04-10T10:00:00")
owpay("de_w17a", "OWD-2025-318", "Google-Ads-Betreuung Reisebüro Fernweh", "retainer", "7500.00", "1350.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
owpay("de_w17b", "OWD-2025-319", "Google-Ads-Betreuung Reisebüro Fernweh", "retainer", "7500.00", "1350.00", "2025-09-20T10:00:00",
      period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00")
f, _ = mail("o17-retainer-vorausbezahlt", "Reisebüro Fernweh <buchung@fernweh-reisen.de>", OW_TO,
            "Kündigung Google Ads Betreuung", when("2025-09-22 10:00", DE), """\
Guten Tag,

wir schließen unsere Filiale zum 31.10. und kündigen die Google-Ads-Betreuung Reisebüro Fernweh
(OWD-2025-318). Den Oktober/November-Zeitraum hatten wir schon im Voraus bezahlt (OWD-2025-319).

Freundliche Grüße
Ines Wolter
""")
case("o17-retainer-vorausbezahlt", OWB, [f], "decided", "Next cycle already paid (OWD-2025-319) and notice >= 7 days: escalate (O4, section 8 retainer paid in advance).",
     decisions=[cancel("escalate")], extra_ok=True)

# o18 C2 private gmail
proj("Relaunch Kosmetikstudio Bella", "studio@bella-kosmetik.de")
owpay("de_w18", "OWD-2025-320", "Relaunch Kosmetikstudio Bella", "deposit", "15000.00", "2700.00", "2025-09-23T10:00:00")
f, _ = mail("o18-privat-gmail", "Bella Kosmetik <bella.kosmetik1985@gmail.com>", OW_TO,
            "Anzahlung zurück", when("2025-09-24 21:30", DE), """\
Hallo, ich bin es, Isabella vom Kosmetikstudio Bella. Ich schreibe von meiner privaten Mail, weil ich im
Studio-Postfach nicht reinkomme. Bitte die Anzahlung für den Relaunch Kosmetikstudio Bella (OWD-2025-320)
zurück, ich muss leider schließen (Mieterhöhung).
LG Isabella
""")
case("o18-privat-gmail", OWB, [f], "need_info", "Sender is not the contract email studio@bella-kosmetik.de: C2, ask to write from it, nothing about the project.",
     rules=["C2"])

# o19 C4 lawyer + chargeback
proj("Shop Fahrradladen Speiche", "laden@speiche-bikes.de", "2025-09-05T10:00:00")
owpay("de_w19", "OWD-2025-321", "Shop Fahrradladen Speiche", "milestone", "28000.00", "5040.00", "2025-09-05T10:00:00", milestone_status="completed")
f, _ = mail("o19-anwalt-chargeback", "Fahrradladen Speiche <laden@speiche-bikes.de>", OW_TO,
            "Shop Fahrradladen Speiche – Forderung", when("2025-09-26 13:00", DE), """\
Sehr geehrte Damen und Herren,

der Shop (Shop Fahrradladen Speiche, Rechnung OWD-2025-321) funktioniert nicht, Bestellungen gehen verloren.
Ich verlange die Rückzahlung. Mein Anwalt ist informiert, und ich habe bei meiner Kreditkartenfirma
bereits einen Chargeback beantragt.

Paul Speicher
""")
case("o19-anwalt-chargeback", OWB, [f], "decided", "Lawyer and chargeback: C4 escalate (whatever O3/O6 would say for a completed milestone).",
     rules=["C4"], decisions=[refund("escalate")])

# o20 cancellation without a reason -> need_info reason
proj("Betreuung Schreinerei Holzwerk", "info@holzwerk-schreinerei.de", "2025-02-20T10:00:00")
owpay("de_w20", "OWD-2025-322", "Betreuung Schreinerei Holzwerk", "retainer", "5000.00", "900.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
f, _ = mail("o20-kuendigung-ohne-grund", "Schreinerei Holzwerk <info@holzwerk-schreinerei.de>", OW_TO,
            "Kündigung Betreuungsvertrag", when("2025-09-24 07:10", DE), """\
Sehr geehrte Damen und Herren,

hiermit kündige ich den Betreuungsvertrag "Betreuung Schreinerei Holzwerk" (Rechnung OWD-2025-322)
fristgerecht. Bitte bestätigen Sie mir den Eingang dieser Kündigung schriftlich.

Mit freundlichen Grüßen
Markus Holz
Schreinermeister
""")
case("o20-kuendigung-ohne-grund", OWB, [f], "need_info", "Optima requires a reason for cancellations too (section 8); the restated notice and 'bitte bestätigen' are no reason: need_info reason.",
     missing=["reason"])

# o21 project with two payments, no invoice given -> need_info invoice_number
proj("Website Musikschule Crescendo", "verwaltung@musikschule-crescendo.at", "2025-08-01T10:00:00")
owpay("de_w21a", "OWD-2025-323", "Website Musikschule Crescendo", "milestone", "18000.00", "3240.00", "2025-08-01T10:00:00", milestone_status="completed")
owpay("de_w21b", "OWD-2025-324", "Website Musikschule Crescendo", "milestone", "18000.00", "3240.00", "2025-09-15T10:00:00", milestone_status="not_started")
f, _ = mail("o21-ohne-rechnungsnummer", "Verwaltung Musikschule Crescendo <verwaltung@musikschule-crescendo.at>", OW_TO,
            "Rückforderung Website Musikschule Crescendo", when("2025-09-23 16:40", AT), """\
Sehr geehrte Damen und Herren,

der Gemeinderat hat die Förderung für die Website Musikschule Crescendo gestrichen. Wir ersuchen daher um
Rückerstattung. Die Rechnungsnummer habe ich leider gerade nicht zur Hand, ich bin auf Dienstreise.

Mit freundlichen Grüßen
Mag.a Eva Pichler, Verwaltung
""")
case("o21-ohne-rechnungsnummer", OWB, [f], "need_info", "The project has two payments, none named: invoice_number missing (C3); contract email, project and reason given.",
     missing=["invoice_number"])

# o22 thread answering need_info with the invoice -> approve
proj("Onlineshop Imkerei Blum", "imkerei@blum-honig.de", "2025-08-10T10:00:00")
owpay("de_w22a", "OWD-2025-325", "Onlineshop Imkerei Blum", "setup", "3000.00", "540.00", "2025-08-10T10:00:00")
owpay("de_w22b", "OWD-2025-326", "Onlineshop Imkerei Blum", "milestone", "20000.00", "3600.00", "2025-09-12T10:00:00", milestone_status="not_started")
f1, id1 = mail("o22-thread-1", "Imkerei Blum <imkerei@blum-honig.de>", OW_TO,
               "Onlineshop Imkerei Blum – Rückerstattung", when("2025-09-23 12:15", DE), """\
Hallo,

wegen der schlechten Honigernte dieses Jahr verschieben wir den Onlineshop Imkerei Blum auf unbestimmte
Zeit. Die Zahlung für die Shop-Anbindung hätten wir gerne zurück.

Viele Grüße
Gerda Blum
""")
f2, _ = mail("o22-thread-2", "Imkerei Blum <imkerei@blum-honig.de>", OW_TO,
             "AW: Onlineshop Imkerei Blum – Rückerstattung [OWD-1077]", when("2025-09-24 08:05", DE), """\
Guten Morgen, die Rechnungsnummer ist OWD-2025-326.
Gruß G. Blum

-----Ursprüngliche Nachricht-----
Von: Optima WebDesign <optimawebdesigns12@gmail.com>
Gesendet: Dienstag, 23. September 2025 16:20
An: Imkerei Blum <imkerei@blum-honig.de>
Betreff: Re: Onlineshop Imkerei Blum – Rückerstattung [OWD-1077]

Bitte nennen Sie uns die Rechnungs- bzw. Zahlungsreferenz.
""", reply_to_ids=[id1, "<owd-1077-needinfo@mail.gmail.com>"])
case("o22-thread-antwort", OWB, [f1, f2], "decided", "Thread: invoice missing (two payments), answered with OWD-2025-326, a not_started milestone: approve 20000.00 (O3).",
     decisions=[refund("approve", "20000.00")])

# o23 forward by the contract holder with the reason in the forwarded block -> approve
proj("Firmenwebsite Elektro Hartl", "hartl@elektro-hartl.de", "2025-07-01T10:00:00")
owpay("de_w23", "OWD-2025-327", "Firmenwebsite Elektro Hartl", "milestone", "15000.00", "2700.00", "2025-09-16T10:00:00", milestone_status="not_started")
f, _ = mail("o23-wg-vom-vertragspartner", "Josef Hartl <hartl@elektro-hartl.de>", OW_TO,
            "WG: Phase 3 Website", when("2025-09-25 07:35", DE), """\
Servus, siehe unten – bitte so umsetzen und die Zahlung für Phase 3 (OWD-2025-327) erstatten.
Josef Hartl

-----Ursprüngliche Nachricht-----
Von: Monika Weiß <buero@elektro-hartl.de>
Gesendet: Mittwoch, 24. September 2025 17:12
An: Josef Hartl <hartl@elektro-hartl.de>
Betreff: Phase 3 Website

Chef, die Handwerkskammer zahlt den Digitalbonus doch nicht, damit können wir Phase 3 der
Firmenwebsite Elektro Hartl (Online-Terminbuchung) nicht finanzieren. Die haben noch nicht angefangen,
oder? Dann bitte stornieren.
Monika
""")
case("o23-wg-vom-vertragspartner", OWB, [f], "decided", "Forward sent by the contract email itself; reason in the forwarded block (funding withdrawn); milestone not_started: approve 15000.00 (O3). The customer also cancels the project/milestone, so an extra cancellation decision is tolerated (extra_ok; it moves no money).",
     decisions=[refund("approve", "15000.00")], extra_ok=True)

# o24 invoice question only -> other
proj("Landingpage Yogastudio Om", "hallo@yoga-om.ch", "2025-08-01T10:00:00")
owpay("de_w24", "OWD-2025-328", "Landingpage Yogastudio Om", "milestone", "9000.00", "1620.00", "2025-09-01T10:00:00", milestone_status="completed")
f, _ = mail("o24-mwst-nummer", "Yogastudio Om <hallo@yoga-om.ch>", OW_TO,
            "Rechnung OWD-2025-328 – MWST-Nummer fehlt", when("2025-09-22 12:30", CH), """\
Hallo zusammen

Auf der Rechnung OWD-2025-328 fehlt unsere MWST-Nummer (CHE-123.456.789 MWST). Könnt ihr sie bitte neu
ausstellen? Keine Reklamation, die Landingpage ist wunderschön geworden.

Namasté
Corinne
""")
case("o24-mwst-nummer", OWB, [f], "other", "Invoice correction request that asks for no refund or cancellation: other.")

# o25 bounce (DSN) from MAILER-DAEMON -> ignore
f, _ = mail("o25-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mout.gmx.net>", OW_TO,
            "Unzustellbar: Rückerstattung Rechnung OWD-2025-301", when("2025-09-18 09:01", DE), """\
Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:

<praxis-berger@gmx.de>: host mx00.emig.gmx.net said: 550 Requested action not taken: mailbox unavailable
""", headers={"Auto-Submitted": "auto-replied"})
case("o25-unzustellbar", OWB, [f], "ignore", "Bounce from MAILER-DAEMON with Auto-Submitted: ignore (C7).", rules=["C7"])

# l28 past event only, asks for something else -> other
f, _ = mail("l28-frueher-erstattet", "Frank Neumann <f.neumann@neumann-kfz.de>", LO_TO,
            "Zweiter Benutzer", when("2025-09-30 17:10", DE), """\
Hallo,

nachdem ihr mir die doppelten Abbuchungen letzte Woche zurückerstattet habt und ich schon kurz davor war
zu kündigen – alles wieder gut. Frage: wie lege ich für meinen Werkstattmeister einen zweiten Benutzer an?

Gruß
Frank Neumann
""")
case("l28-frueher-erstattet", LOB, [f], "other", "Past refund and a past thought of cancelling are events, not requests; the mail asks how to add a user: other (section 8).")

finish()
