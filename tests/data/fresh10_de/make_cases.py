#!/usr/bin/env python3
"""Fresh held-out round 10, German (de): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (no product code read). Licence: MIT.
Stdlib only, deterministic: run `python3 make_cases.py` in any directory.
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "de"
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
CEST, IST, CET = 120, 330, 60

customers, projects, payments, cases = [], [], [], []


# ---------------------------------------------------------------- ledger helpers
def lo_cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})


def lo_pay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def owd_proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owd_pay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
            service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


# ---------------------------------------------------------------- email helpers
EMAILS = {}


def when(y, mo, d, h, mi, off=CEST):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(minutes=off)))


def eml(name, frm, to, subject, dt, body=None, html=None, headers=None, reply_to=None, reply_of=None):
    """One email; reply_of names an earlier email of the thread (References/In-Reply-To)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    dom = frm.rsplit("@", 1)[-1].strip(">") if "@" in frm else "localhost"
    mid = f"<de10.{name}@{dom}>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["Reply-To"] = reply_to
    if reply_of:
        orig = EMAILS[reply_of]
        bot = f"<reply.{reply_of}@mailbot.invalid>"
        msg["In-Reply-To"] = bot
        msg["References"] = f"{orig} {bot}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    EMAILS[name] = mid
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes(policy=SMTP))
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=None,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(intent, outcome, amount=None, eff=None):
    x = {"intent": intent, "outcome": outcome}
    if amount is not None:
        x["amount"] = amount
    if eff is not None:
        x["effective_date"] = eff
    return x


(HERE / "emails").mkdir(exist_ok=True)
for old in (HERE / "emails").glob("*.eml"):
    old.unlink()

SIG_GMBH = """
--
Mit freundlichen Grüßen

{name}
{title}
{firm} | {street} | {city}
Tel. +49 {tel}

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte
Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
Geschäftsführer: {name} | Amtsgericht {court} HRB {hrb}
"""

# ================================================================ LeadsOptima
# l01 duplicate inside the window
lo_cust("j.hartmann@hartmann-immobilien.de", "Jörg Hartmann", "monthly", "2025-09-24", "2025-10-23")
lo_pay("de10_p01a", "LO-INV-71010", "j.hartmann@hartmann-immobilien.de", "monthly", "2499.00",
       "2025-09-24T09:05:00", "2025-09-24", "2025-10-23")
lo_pay("de10_p01b", "LO-INV-71011", "j.hartmann@hartmann-immobilien.de", "monthly", "2499.00",
       "2025-09-24T09:06:10", "2025-09-24", "2025-10-23")
f = eml("l01-doppelt-abgebucht", "Jörg Hartmann <j.hartmann@hartmann-immobilien.de>", LO_TO,
        "Doppelte Abbuchung September", when(2025, 9, 26, 8, 12),
        """Guten Morgen,

beim Kontrollieren der Kreditkartenabrechnung ist mir aufgefallen, dass Sie den Monatsbeitrag
am 24.09. zweimal abgebucht haben, jeweils 2.499,00 INR (Rechnungen LO-INV-71010 und LO-INV-71011).
Bitte erstatten Sie die zweite Abbuchung LO-INV-71011.

Danke und Gruß
Jörg Hartmann
""" + SIG_GMBH.format(name="Jörg Hartmann", title="Inhaber", firm="Hartmann Immobilien GmbH",
                      street="Lindenstr. 4", city="49074 Osnabrück", tel="541 330912", court="Osnabrück",
                      hrb="20931"))
case("l01-doppelt-abgebucht", [f], "leadsoptima", "decided", [d("refund", "approve", "2499.00")],
     spec="POLICY_SPEC.md section 3 L2 duplicate_payment; two paid monthly charges 2499.00 on 2025-09-24, same "
          "period 2025-09-24..2025-10-23; request 2025-09-26 (IST) = day 2 <= 7 (L3); L4 approve the later "
          "charge's amount 2499.00 (before tax, C6).")

# l02 day 7 exactly (Date in CEST still the same IST date)
lo_cust("m.yilmaz@yilmaz-dental.de", "Mehmet Yilmaz", "quarterly", "2025-09-18", "2025-12-17")
lo_pay("de10_p02a", "LO-INV-71020", "m.yilmaz@yilmaz-dental.de", "quarterly", "6999.00",
       "2025-09-18T14:20:00", "2025-09-18", "2025-12-17")
lo_pay("de10_p02b", "LO-INV-71021", "m.yilmaz@yilmaz-dental.de", "quarterly", "6999.00",
       "2025-09-18T14:22:00", "2025-09-18", "2025-12-17")
f = eml("l02-tag7-grenze", "Praxis Dr. Yilmaz <m.yilmaz@yilmaz-dental.de>", LO_TO,
        "Quartalsbeitrag 2x bezahlt??", when(2025, 9, 25, 18, 40),
        """Hallo LeadsOptima-Team,

ich hab grad gesehen das der Quartalsbetrag zweimal von unserem Konto runter ist, am 18.9. um
14:20 und um 14:22, je 6.999 Rupien. Das war sicher ein Fehler beim Bezahlen (Seite hing).
Bitte die doppelte Zahlung zurück, Rechnung lo inv 71021.

Viele Grüße aus Bielefeld
M. Yilmaz

Von meinem iPhone gesendet
""")
case("l02-tag7-grenze", [f], "leadsoptima", "decided", [d("refund", "approve", "6999.00")],
     spec="L2 duplicate_payment (POLICY_SPEC.md section 3); charges 2025-09-18 14:20 and 14:22 IST, same period; "
          "Date 2025-09-25 18:40 +0200 = 2025-09-25 22:10 IST = day 7, inside (\"day 7 is inside\", L3); "
          "invoice 'lo inv 71021' = LO-INV-71021 (section 8); L4 approve 6999.00.")

# l03 day 8 only because of the time zone
lo_cust("b.krause@krause-werkzeuge.de", "Birgit Krause", "annual", "2025-09-19", "2026-09-18")
lo_pay("de10_p03a", "LO-INV-71030", "b.krause@krause-werkzeuge.de", "annual", "23988.00",
       "2025-09-19T11:00:00", "2025-09-19", "2026-09-18")
lo_pay("de10_p03b", "LO-INV-71031", "b.krause@krause-werkzeuge.de", "annual", "23988.00",
       "2025-09-19T11:01:00", "2025-09-19", "2026-09-18")
f = eml("l03-tag8-zeitzone", "Birgit Krause <b.krause@krause-werkzeuge.de>", LO_TO,
        "Jahresabo doppelt berechnet - LO-INV-71031", when(2025, 9, 26, 21, 15),
        """Sehr geehrte Damen und Herren,

für unser Jahresabo wurden am 19. September 2025 zwei identische Zahlungen über je 23.988,00 INR
eingezogen. Ich bitte um Rückerstattung der doppelten Zahlung (Rechnung LO-INV-71031).

Mit freundlichen Grüßen
Birgit Krause
Buchhaltung, Krause Werkzeuge KG
""")
case("l03-tag8-zeitzone", [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L2 duplicate_payment, but Date Fri 2025-09-26 21:15 +0200 = Sat 2025-09-27 00:45 IST; charge local "
          "date 2025-09-19 is day 0, request local date is day 8 > 7: deny citing the 7-day rule (L3; windows "
          "count calendar dates in the brand's zone, POLICY_SPEC.md section 1).")

# l04 "double" but the ledger has one charge only
lo_cust("info@baeckerei-lindner.de", "Bäckerei Lindner", "monthly", "2025-09-27", "2025-10-26")
lo_pay("de10_p04", "LO-INV-71040", "info@baeckerei-lindner.de", "monthly", "1499.00",
       "2025-09-27T07:30:00", "2025-09-27", "2025-10-26")
f = eml("l04-doppelt-ohne-beleg", "Bäckerei Lindner <info@baeckerei-lindner.de>", LO_TO,
        "Abbuchung doppelt", when(2025, 9, 29, 6, 5),
        """Moin,

laut unserer Bank wurde der Beitrag doppelt abgebucht (2x 1.499,00). Rechnung LO-INV-71040.
Bitte um Erstattung des doppelten Betrags.

Gruß
Sabine Lindner
Bäckerei Lindner, Kiel
""")
case("l04-doppelt-ohne-beleg", [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 duplicate_payment inside the window (2025-09-27 -> 2025-09-29, day 2), but the ledger holds one "
          "charge only for this account and period: L4 'No such pair in the ledger: escalate'.")

# l05 past event: cancelled, then charged anyway (billing error, inside)
lo_cust("t.becker@becker-fenster.de", "Thomas Becker", "monthly", "2025-09-27", "2025-10-26", status="cancelled")
lo_pay("de10_p05a", "LO-INV-71050", "t.becker@becker-fenster.de", "monthly", "1499.00",
       "2025-08-27T08:00:00", "2025-08-27", "2025-09-26")
lo_pay("de10_p05b", "LO-INV-71051", "t.becker@becker-fenster.de", "monthly", "1499.00",
       "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
f = eml("l05-gekuendigt-trotzdem-abgebucht", "Thomas Becker <t.becker@becker-fenster.de>", LO_TO,
        "Abbuchung nach Kündigung", when(2025, 9, 29, 10, 30),
        """Hallo,

ich habe unser Abo am 14. September gekündigt (Bestätigung habe ich), trotzdem wurde am 27.09.
wieder abgebucht: LO-INV-71051 über 1.499,00. Das ist nach meiner Kündigung, bitte zurücküberweisen.

Thomas Becker
Becker Fensterbau
""")
case("l05-gekuendigt-trotzdem-abgebucht", [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 billing_error ('charged after I cancelled', a past event stated as the reason); charge "
          "LO-INV-71051 on 2025-09-27, request 2025-09-29 = day 2 (L3 inside); L5 escalate, a human verifies.")

# l06 wrong plan, but outside the window
lo_cust("kontakt@schreinerei-vogt.de", "Schreinerei Vogt", "annual", "2025-09-05", "2026-09-04")
lo_pay("de10_p06", "LO-INV-71060", "kontakt@schreinerei-vogt.de", "annual", "14388.00",
       "2025-09-05T12:00:00", "2025-09-05", "2026-09-04")
f = eml("l06-falscher-tarif-spaet", "Andreas Vogt <kontakt@schreinerei-vogt.de>", LO_TO,
        "Falscher Tarif abgerechnet", when(2025, 9, 20, 9, 0),
        """Guten Tag,

wir wollten beim Verlängern den Monatstarif, berechnet wurde aber der Jahrestarif (14.388,- statt
Monatsbeitrag). Das ist der falsche Tarif. Bitte die Rechnung LO-INV-71060 erstatten.

Gruß A. Vogt
""")
case("l06-falscher-tarif-spaet", [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L2 billing_error (charged for the wrong plan), but charge 2025-09-05, request 2025-09-20 12:30 IST = "
          "day 15 > 7: deny (L3).")

# l07 access failure, HTML-only
lo_cust("lena.fischer@fischer-coaching.de", "Lena Fischer", "monthly", "2025-09-25", "2025-10-24")
lo_pay("de10_p07", "LO-INV-71070", "lena.fischer@fischer-coaching.de", "monthly", "1499.00",
       "2025-09-25T16:45:00", "2025-09-25", "2025-10-24")
f = eml("l07-login-html", "Lena Fischer <lena.fischer@fischer-coaching.de>", LO_TO,
        "Kein Zugang seit Zahlung", when(2025, 9, 28, 20, 2),
        html="""<html><body><div dir="ltr">Hallo zusammen,<br><br>seit der Zahlung am 25.09. kann ich mich
nicht mehr einloggen, das Dashboard l&auml;dt einfach nicht (wei&szlig;e Seite, in Chrome und Safari).
Euer Chat hat bisher nicht geholfen.<br><br>Wenn das nicht l&auml;uft, m&ouml;chte ich bitte mein Geld
zur&uuml;ck &ndash; Rechnung LO-INV-71070.<br><br>Liebe Gr&uuml;&szlig;e<br>Lena Fischer<br>
<span style="color:#888">Fischer Coaching &middot; M&uuml;nchen</span></div></body></html>""")
case("l07-login-html", [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="HTML-only mail. L2 access_failure ('kann mich nicht einloggen', dashboard not loading); charge "
          "2025-09-25, request 2025-09-28 IST = day 3 (L3 inside); L6 escalate.",
     ambiguous=None)

# l08 not using it any more -> L1 deny
lo_cust("f.schulze@web.de", "Frank Schulze", "monthly", "2025-09-22", "2025-10-21")
lo_pay("de10_p08", "LO-INV-71080", "f.schulze@web.de", "monthly", "1499.00",
       "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
f = eml("l08-nutze-es-nicht", "Frank Schulze <f.schulze@web.de>", LO_TO,
        "Erstattung", when(2025, 9, 24, 13, 14),
        """Hallo,

ich bin ehrlich gesagt kaum zum Nutzen gekommen, das Tool passt nicht zu meinem Betrieb. Könnt ihr
mir den Septemberbeitrag (LO-INV-71080) erstatten? Die restlichen Tage brauch ich nicht.

Gruß Frank
""")
case("l08-nutze-es-nicht", [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="Reason 'did not use it / does not fit' is none of the L2 exceptions: L1 deny, the reply offers "
          "cancellation (clause 2: no partial refunds for unused days). No cancellation was asked for.")

# l09 negation: no refund, just cancel
lo_cust("anna.wolf@wolf-events.de", "Anna Wolf", "quarterly", "2025-09-01", "2025-11-30")
lo_pay("de10_p09", "LO-INV-71090", "anna.wolf@wolf-events.de", "quarterly", "4199.00",
       "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
f = eml("l09-keine-erstattung-nur-kuendigen", "Anna Wolf <anna.wolf@wolf-events.de>", LO_TO,
        "Kündigung Quartalsabo", when(2025, 9, 30, 11, 48),
        """Liebes Support-Team,

ich möchte unser Quartalsabo zum Ende der Laufzeit kündigen. Eine Erstattung möchte ich nicht, das
laufende Quartal nutzen wir noch aus. Grund: wir legen die Eventagentur mit einer anderen zusammen.

Herzliche Grüße
Anna Wolf
""")
case("l09-keine-erstattung-nur-kuendigen", [f], "leadsoptima", "decided",
     [d("cancellation", "cancel", eff="2025-11-30")],
     spec="Cancellation; 'Eine Erstattung möchte ich nicht' adds no refund intent (POLICY_SPEC.md section 8, "
          "negation). L8: effective_date = current_period_end 2025-11-30.")

# l10 L8 fallback, ledger time with an offset
lo_cust("r.neumann@neumann-steuer.de", "Ralf Neumann", "annual")
lo_pay("de10_p10", "LO-INV-71100", "r.neumann@neumann-steuer.de", "annual", "19188.00",
       "2025-03-11T20:00:00Z", "2025-03-12", "2026-03-11")
f = eml("l10-kuendigung-jahresabo", "Ralf Neumann <r.neumann@neumann-steuer.de>", LO_TO,
        "Kündigung zum nächstmöglichen Zeitpunkt", when(2025, 9, 15, 8, 2),
        """Sehr geehrte Damen und Herren,

hiermit kündige ich mein Jahresabonnement bei LeadsOptima fristgerecht zum nächstmöglichen Termin.
Bitte bestätigen Sie mir die Kündigung sowie das Vertragsende schriftlich.

Mit freundlichen Grüßen
Ralf Neumann
Steuerberater
""")
case("l10-kuendigung-jahresabo", [f], "leadsoptima", "decided",
     [d("cancellation", "cancel", eff="2026-03-11")],
     spec="L8 with no current_period_end in the ledger: last charge 2025-03-11T20:00Z = 2025-03-12 01:30 IST "
          "(offset converted, section 8), local date 2025-03-12 + 12 months - 1 day = 2026-03-11. The reason is "
          "missing but does not hold a cancellation up (section 3).")

# l11 too expensive: refund + cancel
lo_cust("kai.richter@richter-it.de", "Kai Richter", "monthly", "2025-09-23", "2025-10-22")
lo_pay("de10_p11", "LO-INV-71110", "kai.richter@richter-it.de", "monthly", "2499.00",
       "2025-09-23T18:00:00", "2025-09-23", "2025-10-22")
f = eml("l11-zu-teuer-beides", "Kai Richter <kai.richter@richter-it.de>", LO_TO,
        "Abo beenden + Geld zurück", when(2025, 9, 25, 7, 55),
        """Hi,

ehrlich gesagt ist mir das Ganze zu teuer geworden, 2.499 im Monat lohnt sich für mich als
Einzelkämpfer nicht. Bitte kündigt mein Abo und erstattet mir den Betrag von LO-INV-71110.

Danke, Kai
""")
case("l11-zu-teuer-beides", [f], "leadsoptima", "decided",
     [d("refund", "deny"), d("cancellation", "cancel", eff="2025-10-22")],
     spec="'zu teuer' is not an L2 exception: refund deny (L1); cancellation: L8 effective current_period_end "
          "2025-10-22.")

# l12 free trial
lo_cust("s.kaya@kaya-versicherungen.de", "Selin Kaya", "monthly", status="trial", trial_ends="2025-10-05")
f = eml("l12-testphase", "Selin Kaya <s.kaya@kaya-versicherungen.de>", LO_TO,
        "Geld zurück Testzugang", when(2025, 9, 29, 15, 31),
        """Hallo,

ich teste LeadsOptima gerade und bin nicht überzeugt, das Tool ist nichts für unsere Agentur. Bitte
erstatten Sie mir alles, was bisher bezahlt wurde.

Selin Kaya
""")
case("l12-testphase", [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="Account on a free trial (status trial, trial_ends 2025-10-05) with no charges: L7 deny, nothing to refund.",
     ambiguous="L7 says deny, but section 3 also requires an invoice number for a refund; a bot might ask for it "
               "(need_info invoice_number) although no charge exists.")

# l13 thread: invoice missing, then given
lo_cust("p.schmid@schmid-autohaus.de", "Peter Schmid", "monthly", "2025-09-28", "2025-10-27")
lo_pay("de10_p13a", "LO-INV-71130", "p.schmid@schmid-autohaus.de", "monthly", "2499.00",
       "2025-08-28T06:00:00", "2025-08-28", "2025-09-27")
lo_pay("de10_p13b", "LO-INV-71131", "p.schmid@schmid-autohaus.de", "monthly", "2499.00",
       "2025-09-28T06:00:00", "2025-09-28", "2025-10-27")
lo_pay("de10_p13c", "LO-INV-71132", "p.schmid@schmid-autohaus.de", "monthly", "2499.00",
       "2025-09-28T06:03:00", "2025-09-28", "2025-10-27")
f1 = eml("l13a-rechnung-fehlt", "Peter Schmid <p.schmid@schmid-autohaus.de>", LO_TO,
         "zweimal abgebucht", when(2025, 9, 29, 9, 10),
         """Servus,

bei uns ist die Abbuchung vom Sonntag zweimal drin. Bitte eine davon zurück.

Peter Schmid
Autohaus Schmid, Rosenheim
""")
f2 = eml("l13b-rechnung-nachgereicht", "Peter Schmid <p.schmid@schmid-autohaus.de>", LO_TO,
         "Re: zweimal abgebucht", when(2025, 9, 30, 8, 40), """Hallo,

die Rechnungsnummer der zweiten Abbuchung ist LO INV 71132.

Gruß P. Schmid

Am 29.09.2025 um 14:02 schrieb LeadsOptima Support <support@leadsoptima.com>:
> Bitte nennen Sie uns die Rechnungsnummer (invoice number) der Abbuchung.
""", reply_of="l13a-rechnung-fehlt")
case("l13-thread-rechnung-nachgereicht", [f1, f2], "leadsoptima", "decided", [d("refund", "approve", "2499.00")],
     spec="C3: first mail lacks the invoice (three charges on record), answer gives 'LO INV 71132' = LO-INV-71132 "
          "(section 8). Request time = first mail 2025-09-29 12:40 IST, charge 2025-09-28 = day 1; "
          "LO-INV-71131/71132 same amount and period: L4 approve 2499.00.")

# l14 C2: private address, registered is the firm address
lo_cust("buero@gaertnerei-haas.de", "Gärtnerei Haas", "quarterly", "2025-08-10", "2025-11-09")
lo_pay("de10_p14", "LO-INV-71140", "buero@gaertnerei-haas.de", "quarterly", "4199.00",
       "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
f = eml("l14-privatadresse", "Martin Haas <martin.haas1971@gmx.de>", LO_TO,
        "Kündigung Gärtnerei Haas", when(2025, 9, 27, 19, 20),
        """Guten Abend,

ich schreibe von meiner privaten Adresse, weil ich im Urlaub bin. Registriert sind wir mit
buero@gaertnerei-haas.de. Bitte kündigen Sie unser Abo und schicken mir die nächsten Rechnungsdaten.

Martin Haas
""")
case("l14-privatadresse", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="C2: sender martin.haas1971@gmx.de is not the registered email buero@gaertnerei-haas.de named in the "
          "mail; the draft asks to write from the registered address, nothing about the account.")

# l15 C2 by forward (WG:) from an assistant
lo_cust("dr.engel@engel-orthopaedie.de", "Dr. Clemens Engel", "annual", "2025-09-26", "2026-09-25")
lo_pay("de10_p15", "LO-INV-71150", "dr.engel@engel-orthopaedie.de", "annual", "23988.00",
       "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
f = eml("l15-wg-assistentin", "Julia Brandt <empfang@engel-orthopaedie.de>", LO_TO,
        "WG: Abbuchung Jahresgebühr", when(2025, 9, 29, 10, 5),
        """Sehr geehrte Damen und Herren,

anbei die Nachricht von Herrn Dr. Engel zur Kenntnisnahme mit der Bitte um Bearbeitung.

Freundliche Grüße
Julia Brandt, Empfang

-----Ursprüngliche Nachricht-----
Von: Dr. Clemens Engel <dr.engel@engel-orthopaedie.de>
Gesendet: Montag, 29. September 2025 09:51
An: Empfang <empfang@engel-orthopaedie.de>
Betreff: Abbuchung Jahresgebühr

Frau Brandt, bitte an LeadsOptima weiterleiten: die Jahresgebühr (LO-INV-71150) wurde in falscher
Höhe abgebucht, wir hatten einen anderen Preis vereinbart. Ich möchte das erstattet haben.
Mein Konto dort läuft über dr.engel@engel-orthopaedie.de.
C. Engel
""")
case("l15-wg-assistentin", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Forward (WG: / Outlook 'Ursprüngliche Nachricht' block) read for the request it carries; it names "
          "the registered email dr.engel@engel-orthopaedie.de, not the sender empfang@...: C2 (section 8, "
          "forwards), draft asks for the request from that address.")

# l16 forward of one's own earlier mail, from the registered address (no C2)
lo_cust("hallo@cafe-sonnenschein.de", "Café Sonnenschein", "monthly", "2025-09-12", "2025-10-11")
lo_pay("de10_p16", "LO-INV-71160", "hallo@cafe-sonnenschein.de", "monthly", "1499.00",
       "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
f = eml("l16-fwd-eigene-mail", "Café Sonnenschein <hallo@cafe-sonnenschein.de>", LO_TO,
        "Fwd: Kündigung", when(2025, 9, 22, 16, 0),
        """Hallo nochmal, keine Antwort bisher, siehe unten.

Beginn der weitergeleiteten Nachricht:

Von: Café Sonnenschein <hallo@cafe-sonnenschein.de>
Betreff: Kündigung
Datum: 15. September 2025 um 10:12:44 MESZ
An: info@leadsoptima.com

Hallo,
bitte kündigt unser Monatsabo, wir schließen das Café zum Jahresende und brauchen keine
Neukundenwerbung mehr.
Danke!
Ute Sommer

""")
case("l16-fwd-eigene-mail", [f], "leadsoptima", "decided", [d("cancellation", "cancel", eff="2025-10-11")],
     spec="Apple Mail forward ('Beginn der weitergeleiteten Nachricht') from the registered address itself: "
          "no C2. The forwarding note is no reason; the forwarded one is ('Café schließt'). L8 effective "
          "current_period_end 2025-10-11.")

# l17 hypothetical -> other
lo_cust("c.meier@meier-solar.de", "Carsten Meier", "monthly", status="trial", trial_ends="2025-10-10")
f = eml("l17-hypothetisch", "Carsten Meier <c.meier@meier-solar.de>", LO_TO,
        "Frage vor dem Upgrade", when(2025, 9, 30, 14, 22),
        """Hallo,

ich überlege, nach der Testphase auf den Jahrestarif zu wechseln. Falls das bei uns dann doch nicht
funktioniert, bekäme ich mein Geld zurück? Oder gibt es eine Mindestlaufzeit?

Grüße
Carsten Meier
Meier Solartechnik
""")
case("l17-hypothetisch", [f], "leadsoptima", "other",
     spec="Hypothetical before buying ('Falls ... bekäme ich mein Geld zurück?') is a policy question, no "
          "refund intent; nothing else asked: other (POLICY_SPEC.md section 8).")

# l18 how-to -> other
lo_cust("vertrieb@hofmann-druck.de", "Hofmann Druck", "quarterly", "2025-08-01", "2025-10-31")
f = eml("l18-csv-export", "Jana Hofmann <vertrieb@hofmann-druck.de>", LO_TO,
        "Export der Leads", when(2025, 9, 30, 9, 3),
        """Hallo,

wie kann ich alle Leads aus der Kampagne "Herbst 2025" als CSV oder Excel exportieren? Ich finde den
Button nicht mehr seit dem letzten Update.

Danke & Gruß
Jana Hofmann
""")
case("l18-csv-export", [f], "leadsoptima", "other",
     spec="How-to question, neither refund nor cancellation: other (POLICY_SPEC.md section 1).")

# l19 C4 chargeback threat
lo_cust("o.lange@lange-sicherheit.de", "Oliver Lange", "monthly", "2025-09-26", "2025-10-25")
lo_pay("de10_p19", "LO-INV-71190", "o.lange@lange-sicherheit.de", "monthly", "2499.00",
       "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
f = eml("l19-rueckbuchung-bank", "Oliver Lange <o.lange@lange-sicherheit.de>", LO_TO,
        "LETZTE AUFFORDERUNG LO-INV-71190", when(2025, 9, 29, 17, 44),
        """Hallo,

zum dritten Mal: die Plattform lädt seit Freitag nicht, ich kann nicht arbeiten. Ich will die
2.499,00 für LO-INV-71190 zurück und kündige hiermit. Wenn bis Mittwoch nichts passiert, lasse ich
die Zahlung über meine Kreditkarte zurückbuchen (Chargeback).

O. Lange
""")
case("l19-rueckbuchung-bank", [f], "leadsoptima", "decided", rules=["C4"],
     decisions=[d("refund", "escalate"), d("cancellation", "escalate")],
     spec="C4: chargeback threat ('zurückbuchen (Chargeback)') escalates every intent of the case, the "
          "cancellation included (section 8).")

# l20 out-of-office
f = eml("l20-abwesenheit", "Petra Graf <p.graf@graf-kanzlei.de>", LO_TO,
        "Abwesenheitsnotiz: Ihre Rechnung LO-INV-70000", when(2025, 9, 30, 8, 0),
        """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 nicht im Büro und habe
keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
sekretariat@graf-kanzlei.de. Ihre Nachricht wird nicht weitergeleitet.

Petra Graf
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l20-abwesenheit", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="Auto-Submitted: auto-replied (out-of-office): ignore, never answered (C7).")

# l21 three identical charges, one duplicate outside the window
lo_cust("e.zimmermann@zimmermann-hausverwaltung.de", "Eva Zimmermann", "monthly", "2025-09-18", "2025-10-17")
for pid, inv, ts in (("de10_p21a", "LO-INV-71210", "2025-09-18T08:00:00"),
                     ("de10_p21b", "LO-INV-71211", "2025-09-19T08:00:00"),
                     ("de10_p21c", "LO-INV-71212", "2025-09-27T08:00:00")):
    lo_pay(pid, inv, "e.zimmermann@zimmermann-hausverwaltung.de", "monthly", "1499.00", ts,
           "2025-09-18", "2025-10-17")
f = eml("l21-dreimal-abgebucht", "Eva Zimmermann <e.zimmermann@zimmermann-hausverwaltung.de>", LO_TO,
        "Dreimal abgebucht für September!", when(2025, 9, 27, 9, 15),
        """Sehr geehrtes Team,

für denselben Abrechnungszeitraum (18.09.–17.10.) wurde unser Monatsbeitrag jetzt schon dreimal
abgebucht (18.09., 19.09. und heute, je 1.499,00). Rechnungen LO-INV-71211 und LO-INV-71212.
Bitte erstatten Sie die doppelten Zahlungen.

Mit freundlichen Grüßen
Eva Zimmermann
""")
case("l21-dreimal-abgebucht", [f], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
     spec="Section 8, three or more identical charges: charges after the first (2025-09-19, 2025-09-27) are "
          "duplicates; request 2025-09-27 12:45 IST: 09-19 is day 8 (outside L3), 09-27 is day 0 (inside); "
          "refund = sum inside the window = 1499.00.")

# l22 C2 with a +tag address
lo_cust("tobias.keller@keller-elektro.de", "Tobias Keller", "monthly", "2025-09-20", "2025-10-19")
lo_pay("de10_p22", "LO-INV-71220", "tobias.keller@keller-elektro.de", "monthly", "1499.00",
       "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = eml("l22-plus-adresse", "Tobias Keller <tobias.keller+leads@keller-elektro.de>", LO_TO,
        "Abo kündigen", when(2025, 9, 28, 12, 0),
        """Hallo,

bitte mein Monatsabo kündigen, wir haben jetzt ein CRM mit eingebauter Leadgenerierung.

Danke
Tobias Keller
""")
case("l22-plus-adresse", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8: a +tag makes another address; tobias.keller+leads@... is not the registered "
          "tobias.keller@...; sender not on record: C2 need_info.")

# ================================================================ Optima WebDesign
SIG_OWD = "\n--\n{n}\n{f}\n"

# o01 deposit 2 days, no work
owd_proj("Relaunch Weingut Albrecht", "albrecht@weingut-albrecht.de")
owd_pay("de10_o01", "OWD-2025-701", "Relaunch Weingut Albrecht", "deposit", "35000.00",
        "2025-09-23T11:00:00", tax="6300.00")
f = eml("o01-anzahlung-storno", "Konrad Albrecht <albrecht@weingut-albrecht.de>", OWD_TO,
        "Refund Request — Relaunch Weingut Albrecht / OWD-2025-701", when(2025, 9, 25, 5, 30),
        """Sehr geehrte Damen und Herren,

leider müssen wir das Projekt "Relaunch Weingut Albrecht" absagen: unser Gesellschafter hat das
Budget für dieses Jahr gestrichen. Wir bitten um Erstattung der Anzahlung (Rechnung OWD-2025-701,
35.000,00 INR zzgl. Steuer).

Mit freundlichen Grüßen
Konrad Albrecht
Weingut Albrecht, Rheinhessen
""")
case("o01-anzahlung-storno", [f], "optima_webdesign", "decided", [d("refund", "approve", "35000.00")],
     spec="O2 deposit paid 2025-09-23 11:00 IST; request 2025-09-25 09:00 IST = 46 h < 72 h; no work started: "
          "approve the amount before tax 35000.00 (tax 6300.00 not refunded, C6).", extra_ok=True)

# o02 deposit exactly 72 hours
owd_proj("Shop Feinkost Berger", "shop@feinkost-berger.de")
owd_pay("de10_o02", "OWD-2025-702", "Shop Feinkost Berger", "deposit", "25000.00",
        "2025-09-22T15:00:00", tax="4500.00")
f = eml("o02-anzahlung-72h", "Lisa Berger <shop@feinkost-berger.de>", OWD_TO,
        "Anzahlung zurück – Shop Feinkost Berger", when(2025, 9, 25, 11, 30),
        """Hallo Optima-Team,

wir haben uns entschieden, den Onlineshop doch mit unserem bisherigen Dienstleister umzusetzen.
Bitte die Anzahlung für "Shop Feinkost Berger" (OWD-2025-702) zurückerstatten.

Beste Grüße
Lisa Berger
""")
case("o02-anzahlung-72h", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O2: paid 2025-09-22 15:00 IST; Date 2025-09-25 11:30 +0200 = 15:00 IST = exactly 72 h, which is not "
          "'before 72 hours' (section 8): deny.", extra_ok=True)

# o03 deposit within 72h but work started
owd_proj("Praxisseite Dr. Roth", "praxis@dr-roth-hno.de", started="2025-09-27T10:00:00")
owd_pay("de10_o03", "OWD-2025-703", "Praxisseite Dr. Roth", "deposit", "18000.00",
        "2025-09-26T10:00:00", tax="3240.00")
f = eml("o03-anzahlung-arbeit-begonnen", "Dr. med. Stefan Roth <praxis@dr-roth-hno.de>", OWD_TO,
        "Stornierung Praxisseite Dr. Roth", when(2025, 9, 28, 7, 0),
        """Sehr geehrte Damen und Herren,

ich habe mich kurzfristig entschieden, die neue Praxiswebsite über meinen Praxisverbund machen zu
lassen. Bitte erstatten Sie die Anzahlung OWD-2025-703 für das Projekt Praxisseite Dr. Roth.

Mit freundlichen Grüßen
Dr. med. S. Roth
""")
case("o03-anzahlung-arbeit-begonnen", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O2: request 2025-09-28 10:30 IST is within 72 h of payment (2025-09-26 10:00, 48.5 h) but work "
          "started 2025-09-27 10:00, before the request: 'whichever occurs first': deny.", extra_ok=True)

# o04 discovery, nothing started
owd_proj("Markenstrategie Kraft Logistik", "marketing@kraft-logistik.de")
owd_pay("de10_o04", "OWD-2025-704", "Markenstrategie Kraft Logistik", "discovery", "15000.00",
        "2025-09-19T12:00:00", tax="2700.00")
f = eml("o04-discovery-nicht-begonnen", "Nadine Kraft <marketing@kraft-logistik.de>", OWD_TO,
        "Discovery-Workshop absagen", when(2025, 9, 29, 10, 10),
        """Hallo,

der Discovery-Workshop für "Markenstrategie Kraft Logistik" hat noch nicht stattgefunden, es gab
auch noch keinen Termin. Da wir übernommen werden, ist das Thema erledigt. Bitte erstattet die
Gebühr aus Rechnung OWD-2025-704.

Gruß
Nadine Kraft
Marketingleitung
""")
case("o04-discovery-nicht-begonnen", [f], "optima_webdesign", "decided", [d("refund", "approve", "15000.00")],
     spec="O1 discovery, work_started_at empty: full refund before tax 15000.00.", extra_ok=True)

# o05 discovery session held
owd_proj("UX-Analyse Stadtwerke Lemgo", "digital@stadtwerke-lemgo.example", started="2025-09-16T11:00:00")
owd_pay("de10_o05", "OWD-2025-705", "UX-Analyse Stadtwerke Lemgo", "discovery", "22000.00",
        "2025-09-10T12:00:00", tax="3960.00")
f = eml("o05-discovery-stattgefunden", "Henrik Peters <digital@stadtwerke-lemgo.example>", OWD_TO,
        "Rückerstattung UX-Analyse", when(2025, 9, 26, 9, 45),
        """Guten Tag,

die Ergebnisse des ersten Workshops vom 16.09. haben uns nicht überzeugt, wir möchten nicht
weitermachen. Bitte erstatten Sie die Discovery-Gebühr (OWD-2025-705, Projekt "UX-Analyse Stadtwerke
Lemgo").

Mit freundlichen Grüßen
Henrik Peters
Stadtwerke Lemgo – Digitalisierung
""")
case("o05-discovery-stattgefunden", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O1: work_started_at 2025-09-16 is before the request (2025-09-26): session held, deny.", extra_ok=True)

# o06 milestone not started
owd_proj("App Physio Nord", "team@physio-nord.de")
owd_pay("de10_o06", "OWD-2025-706", "App Physio Nord", "milestone", "40000.00", "2025-09-15T10:00:00",
        tax="7200.00", milestone_status="not_started")
f = eml("o06-meilenstein-offen", "Team Physio Nord <team@physio-nord.de>", OWD_TO,
        "Meilenstein 3 zurück", when(2025, 9, 24, 8, 20),
        """Hallo zusammen,

wir streichen den Buchungs-Teil aus "App Physio Nord", weil unsere Praxissoftware das jetzt selbst
kann. Meilenstein 3 (Rechnung OWD-2025-706, 40.000,00) ist laut Projektplan noch nicht begonnen –
bitte erstattet uns den Betrag.

Viele Grüße
Jens Ahlers
Physio Nord
""")
case("o06-meilenstein-offen", [f], "optima_webdesign", "decided", [d("refund", "approve", "40000.00")],
     spec="O3 milestone status not_started: refund that milestone's amount before tax 40000.00.", extra_ok=True)

# o07 milestone in progress
owd_proj("Portal Hausarztverbund", "it@hausarztverbund-ost.de")
owd_pay("de10_o07", "OWD-2025-707", "Portal Hausarztverbund", "milestone", "60000.00", "2025-09-01T10:00:00",
        tax="10800.00", milestone_status="in_progress")
f = eml("o07-meilenstein-in-arbeit", "IT Hausarztverbund <it@hausarztverbund-ost.de>", OWD_TO,
        "AW: Portal Hausarztverbund – Meilenstein 2", when(2025, 9, 27, 13, 0),
        """Hallo Herr Sharma,

wie telefonisch besprochen: der Vorstand hat das Portal gestoppt. Mit Meilenstein 2 (OWD-2025-707)
wurde erst angefangen. Bitte erstatten Sie uns den Teil, der noch nicht geleistet wurde.

Gruß
Dirk Möller
IT-Koordination

> Am 20.09.2025 schrieb Optima WebDesign:
> Anbei der Zwischenstand zu Meilenstein 2 ...
""", headers={"In-Reply-To": "<CAOwd707zwischenstand.m2@mail.gmail.com>",
              "References": "<CAOwd707zwischenstand.m2@mail.gmail.com>"})
case("o07-meilenstein-in-arbeit", [f], "optima_webdesign", "decided", [d("refund", "escalate")],
     spec="O3 milestone in_progress: escalate (the billable value of the work not started needs a person).",
     extra_ok=True)

# o08 milestone approved
owd_proj("Website Zahnärzte am Markt", "verwaltung@zahnaerzte-am-markt.de")
owd_pay("de10_o08", "OWD-2025-708", "Website Zahnärzte am Markt", "milestone", "30000.00",
        "2025-09-05T10:00:00", tax="5400.00", milestone_status="approved")
f = eml("o08-meilenstein-abgenommen", "Verwaltung <verwaltung@zahnaerzte-am-markt.de>", OWD_TO,
        "Erstattung Designphase", when(2025, 9, 23, 11, 0),
        """Sehr geehrte Damen und Herren,

das Design (Meilenstein 1, OWD-2025-708, Projekt Website Zahnärzte am Markt) haben wir zwar
freigegeben, im Nachhinein gefällt es unseren Partnern aber nicht mehr. Wir möchten die
30.000 INR zurück.

MfG
Claudia Winter, Praxisverwaltung
""")
case("o08-meilenstein-abgenommen", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O3: milestone status approved: deny (O6 'approved milestones' non-refundable).")

# o09 hosting day 14
owd_proj("Hosting Reisebüro Sonne", "reisen@reisebuero-sonne.de")
owd_pay("de10_o09", "OWD-2025-709", "Hosting Reisebüro Sonne", "hosting_annual", "14400.00",
        "2025-09-15T09:00:00", tax="2592.00", setup_fee="2400.00", service_start="2025-09-15")
f = eml("o09-hosting-tag14", "Reisebüro Sonne <reisen@reisebuero-sonne.de>", OWD_TO,
        "Hosting kündigen + Erstattung", when(2025, 9, 29, 16, 50),
        """Hallo,

wir ziehen mit der Website zu unserem Franchise-Partner um, der das Hosting mit übernimmt. Bitte
beendet das Jahreshosting (Projekt Hosting Reisebüro Sonne, Rechnung OWD-2025-709) und erstattet
anteilig, was noch geht.

Danke und schöne Grüße
Monika Sonnleitner
""")
case("o09-hosting-tag14", [f], "optima_webdesign", "decided", [d("refund", "approve", "11000.00")],
     extra_ok=True,
     spec="O5: service_start 2025-09-15, request 2025-09-29 20:20 IST = day 14, within 14 days; consumed_months 1; "
          "monthly_value = (14400.00 - 2400.00)/12 = 1000.00; refund = 14400.00 - 2400.00 - 1000.00 = 11000.00. "
          "A cancellation decision may accompany it (extra_ok).")

# o10 maintenance day 15
owd_proj("Wartung Kanzlei Lorenz", "kanzlei@lorenz-partner.de")
owd_pay("de10_o10", "OWD-2025-710", "Wartung Kanzlei Lorenz", "maintenance_annual", "9600.00",
        "2025-09-10T09:00:00", tax="1728.00", setup_fee="0.00", service_start="2025-09-10")
f = eml("o10-wartung-tag15", "Kanzlei Lorenz & Partner <kanzlei@lorenz-partner.de>", OWD_TO,
        "Wartungsvertrag Erstattung", when(2025, 9, 25, 10, 0),
        """Sehr geehrte Damen und Herren,

unser neuer IT-Dienstleister übernimmt ab sofort die Pflege der Kanzleiwebsite. Wir bitten daher um
anteilige Erstattung des Jahreswartungsvertrags (Projekt Wartung Kanzlei Lorenz, OWD-2025-710).

Mit freundlichen Grüßen
i.A. Sandra Kühn
Kanzlei Lorenz & Partner mbB
""")
case("o10-wartung-tag15", [f], "optima_webdesign", "decided", [d("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-10, request 2025-09-25 13:30 IST = day 15 > 14: deny.")

# o11 SSL / plugin licence
owd_proj("Onlineshop Fahrrad Krüger", "info@fahrrad-krueger.de")
owd_pay("de10_o11", "OWD-2025-711", "Onlineshop Fahrrad Krüger", "third_party", "8500.00",
        "2025-09-27T10:00:00", tax="1530.00")
f = eml("o11-plugin-lizenz", "Fahrrad Krüger <info@fahrrad-krueger.de>", OWD_TO,
        "Lizenz zurückgeben", when(2025, 9, 28, 9, 30),
        """Moin,

die Premium-Plugin-Lizenz (Rechnung OWD-2025-711, 8.500,-) für den Onlineshop Fahrrad Krüger brauchen
wir doch nicht, wir nehmen das kostenlose Plugin. Bitte erstatten.

Gruß, Holger Krüger
""")
case("o11-plugin-lizenz", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: kind third_party (premium plugin licence) is never refundable: deny, citing 'Non-refundable items'.")

# o12 retainer with exactly 7 days notice
owd_proj("SEO-Betreuung Autohaus Kern", "kern@autohaus-kern.de")
owd_pay("de10_o12", "OWD-2025-712", "SEO-Betreuung Autohaus Kern", "retainer", "20000.00",
        "2025-09-08T09:00:00", tax="3600.00", next_billing_at="2025-10-08T09:00:00",
        ps="2025-09-08", pe="2025-10-07")
f = eml("o12-retainer-7-tage", "Michael Kern <kern@autohaus-kern.de>", OWD_TO,
        "Kündigung SEO-Betreuung", when(2025, 10, 1, 5, 15),
        """Guten Morgen,

hiermit kündigen wir die monatliche SEO-Betreuung (Projekt SEO-Betreuung Autohaus Kern, letzte
Rechnung OWD-2025-712). Grund: der Hersteller stellt uns ab Oktober eine zentrale Händlerwebsite
mit eigenem SEO.

Mit freundlichen Grüßen
Michael Kern
""")
case("o12-retainer-7-tage", [f], "optima_webdesign", "decided", [d("cancellation", "cancel", eff="2025-10-07")],
     spec="O4/O8: request 2025-10-01 08:45 IST; next_billing_at 2025-10-08 minus 7 days = 2025-10-01, request "
          "date on or before it: notice enough; cancel effective the day before next_billing_at = 2025-10-07.")

# o13 retainer, too late
owd_proj("Social Media Eiscafé Venezia", "venezia.eis@t-online.de")
owd_pay("de10_o13", "OWD-2025-713", "Social Media Eiscafé Venezia", "retainer", "12000.00",
        "2025-09-03T09:00:00", tax="2160.00", next_billing_at="2025-10-03T09:00:00",
        ps="2025-09-03", pe="2025-10-02")
f = eml("o13-retainer-zu-spaet", "Eiscafé Venezia <venezia.eis@t-online.de>", OWD_TO,
        "kuendigung social media", when(2025, 9, 29, 18, 5),
        """hallo,

wir machen ab oktober winterpause und schliessen das eiscafe bis maerz, deshalb bitte die social
media betreuung (Social Media Eiscafé Venezia, rechnung OWD-2025-713) kuendigen.

grazie
Luca Rossi
""")
case("o13-retainer-zu-spaet", [f], "optima_webdesign", "decided", [d("cancellation", "cancel", eff="2025-11-02")],
     spec="O4: next_billing_at 2025-10-03; 7 days before = 2025-09-26; request 2025-09-29 is later: less notice, "
          "the next cycle (2025-10-03..2025-11-02, one month like the current 2025-09-03..2025-10-02) is billed; "
          "effective_date = last day of that cycle 2025-11-02.")

# o14 retainer next cycle already paid
owd_proj("Content-Retainer Bio-Hof Mertens", "hof@biohof-mertens.de")
owd_pay("de10_o14a", "OWD-2025-714", "Content-Retainer Bio-Hof Mertens", "retainer", "16000.00",
        "2025-09-20T09:00:00", tax="2880.00", next_billing_at="2025-11-20T09:00:00",
        ps="2025-09-20", pe="2025-10-19")
owd_pay("de10_o14b", "OWD-2025-715", "Content-Retainer Bio-Hof Mertens", "retainer", "16000.00",
        "2025-09-20T09:05:00", tax="2880.00", next_billing_at="2025-11-20T09:00:00",
        ps="2025-10-20", pe="2025-11-19")
f = eml("o14-retainer-vorausbezahlt", "Bio-Hof Mertens <hof@biohof-mertens.de>", OWD_TO,
        "Content-Retainer beenden", when(2025, 9, 30, 12, 0),
        """Liebes Optima-Team,

wir haben im September zwei Monate Content-Betreuung im Voraus bezahlt (OWD-2025-714 und
OWD-2025-715), möchten den Content-Retainer Bio-Hof Mertens aber nach dem laufenden Monat beenden,
weil unsere Tochter die Texte jetzt selbst schreibt.

Liebe Grüße vom Hof
Gisela Mertens
""")
case("o14-retainer-vorausbezahlt", [f], "optima_webdesign", "decided", [d("cancellation", "escalate")],
     spec="O4 + section 8 'Retainer paid in advance': the next cycle (2025-10-20..2025-11-19) is already paid "
          "and notice is at least 7 days: escalate.")

# o15 cancellation without reason (C3)
owd_proj("Newsletter-Betreuung Modehaus Lang", "einkauf@modehaus-lang.de")
owd_pay("de10_o15", "OWD-2025-716", "Newsletter-Betreuung Modehaus Lang", "retainer", "9000.00",
        "2025-09-15T09:00:00", tax="1620.00", next_billing_at="2025-10-15T09:00:00",
        ps="2025-09-15", pe="2025-10-14")
f = eml("o15-kuendigung-ohne-grund", "Modehaus Lang Einkauf <einkauf@modehaus-lang.de>", OWD_TO,
        "Kündigung Newsletter-Betreuung Modehaus Lang / OWD-2025-716", when(2025, 9, 30, 8, 0),
        """Sehr geehrte Damen und Herren,

hiermit kündigen wir die Newsletter-Betreuung Modehaus Lang (OWD-2025-716) zum nächstmöglichen
Zeitpunkt. Bitte bestätigen Sie den Eingang.

Mit freundlichen Grüßen
Modehaus Lang GmbH & Co. KG
Einkauf
Marktplatz 3 · 88212 Ravensburg
""")
case("o15-kuendigung-ohne-grund", [f], "optima_webdesign", "need_info", missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8, 'What a reason is'); restating the "
          "request and the signature are not reasons: need_info missing reason (C3).")

# o16 thread: project and invoice missing, then given
owd_proj("Landingpage Yoga Mitte", "studio@yoga-mitte.de")
owd_proj("Kursbuchung Yoga Mitte", "studio@yoga-mitte.de")
owd_pay("de10_o16a", "OWD-2025-717", "Landingpage Yoga Mitte", "deposit", "12000.00",
        "2025-09-29T12:00:00", tax="2160.00")
owd_pay("de10_o16b", "OWD-2025-718", "Kursbuchung Yoga Mitte", "deposit", "20000.00",
        "2025-09-29T12:10:00", tax="3600.00")
f1 = eml("o16a-projekt-fehlt", "Yoga Mitte <studio@yoga-mitte.de>", OWD_TO,
         "Anzahlung", when(2025, 9, 30, 4, 30),
         """Hallo,

wir haben gestern zwei Anzahlungen gemacht, eine davon war zu voreilig: wir bekommen die
Kursbuchung über unseren Verband kostenlos. Bitte diese Anzahlung zurück.

Namaste
Ines
""")
f2 = eml("o16b-projekt-nachgereicht", "Yoga Mitte <studio@yoga-mitte.de>", OWD_TO,
         "Re: Anzahlung", when(2025, 9, 30, 12, 30), """Hi,

es geht um das Projekt Kursbuchung Yoga Mitte, Rechnung OWD 2025 718.

LG Ines

Optima WebDesign <optimawebdesigns12@gmail.com> schrieb am Di., 30. Sept. 2025, 11:02:
> Bitte nennen Sie Projektname und Rechnungsnummer.
""", reply_of="o16a-projekt-fehlt")
case("o16-thread-projekt-nachgereicht", [f1, f2], "optima_webdesign", "decided",
     [d("refund", "approve", "20000.00")], extra_ok=True,
     spec="C3: first mail lacks project and invoice (two projects on record); the answer gives 'Kursbuchung Yoga "
          "Mitte' and 'OWD 2025 718' = OWD-2025-718. Request time = first mail 2025-09-30 08:00 IST, deposit paid "
          "2025-09-29 12:10 = 19 h 50 min < 72 h, no work started: O2 approve 20000.00.")

# o17 lawyer (C4)
owd_proj("Relaunch Baustoffe Huber", "gf@baustoffe-huber.de")
owd_pay("de10_o17", "OWD-2025-719", "Relaunch Baustoffe Huber", "milestone", "45000.00",
        "2025-09-12T10:00:00", tax="8100.00", milestone_status="not_started")
f = eml("o17-anwalt", "Georg Huber <gf@baustoffe-huber.de>", OWD_TO,
        "Relaunch Baustoffe Huber – Rückforderung OWD-2025-719", when(2025, 9, 26, 15, 0),
        """Sehr geehrte Damen und Herren,

nachdem Ihre Agentur drei Termine ohne Absage verstreichen ließ, treten wir vom Relaunch Baustoffe
Huber zurück und fordern die Zahlung für Meilenstein 2 (OWD-2025-719) zurück. Unser Anwalt ist
bereits informiert; sollte bis 03.10. keine Gutschrift erfolgen, wird er sich bei Ihnen melden.

Georg Huber
Geschäftsführer
""")
case("o17-anwalt", [f], "optima_webdesign", "decided", [d("refund", "escalate")], rules=["C4"], extra_ok=True,
     spec="C4: mention of a lawyer ('Unser Anwalt') escalates the case, even though the milestone is "
          "not_started (O3 would approve).")

# o18 C2: not the contract email
owd_proj("Webshop Käserei Alpenblick", "kaeserei@alpenblick-kaese.de")
owd_pay("de10_o18", "OWD-2025-720", "Webshop Käserei Alpenblick", "deposit", "28000.00",
        "2025-09-29T09:00:00", tax="5040.00")
f = eml("o18-andere-adresse", "Xaver Brunner <x.brunner@brunner-steuerberatung.de>", OWD_TO,
        "Webshop Käserei Alpenblick – Storno", when(2025, 9, 30, 10, 0),
        """Guten Tag,

ich bin der Steuerberater der Käserei Alpenblick und melde mich im Auftrag meiner Mandantin: der
Webshop wird nicht mehr gebraucht, die Käserei wird verkauft. Bitte erstatten Sie die Anzahlung
OWD-2025-720 und teilen mir den Stand des Projekts mit.

Mit freundlichen Grüßen
Xaver Brunner, Steuerberater
""")
case("o18-andere-adresse", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="C2 (explicit for Optima): the request must come from the contract email "
          "kaeserei@alpenblick-kaese.de; a third party's address gets the ask-to-write-from-it draft.")

# o19 rush fee
owd_proj("Messeauftritt Metallbau Seidel", "seidel@metallbau-seidel.de")
owd_pay("de10_o19", "OWD-2025-721", "Messeauftritt Metallbau Seidel", "rush", "7500.00",
        "2025-09-25T10:00:00", tax="1350.00")
f = eml("o19-expresszuschlag", "Metallbau Seidel <seidel@metallbau-seidel.de>", OWD_TO,
        "Expresszuschlag erstatten?", when(2025, 9, 27, 10, 0),
        """Hallo,

die Messe wurde um einen Monat verschoben, den Expresszuschlag (OWD-2025-721) für den Messeauftritt
Metallbau Seidel hätten wir also gar nicht gebraucht. Bitte den Zuschlag erstatten.

Gruß Seidel
""")
case("o19-expresszuschlag", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: kind rush (expedited fee) is never refundable: deny.")

# o20 payment already refunded (status not paid)
owd_proj("Vereinsseite TSV Hirschau", "vorstand@tsv-hirschau.de")
owd_pay("de10_o20", "OWD-2025-722", "Vereinsseite TSV Hirschau", "deposit", "10000.00",
        "2025-09-29T09:00:00", tax="1800.00", status="refunded")
f = eml("o20-schon-erstattet", "Vorstand TSV Hirschau <vorstand@tsv-hirschau.de>", OWD_TO,
        "Anzahlung Vereinsseite", when(2025, 9, 30, 14, 0),
        """Hallo,

die Mitgliederversammlung hat die neue Vereinsseite TSV Hirschau abgelehnt. Bitte die Anzahlung
OWD-2025-722 zurücküberweisen.

Sportliche Grüße
Bernd Kaiser, 1. Vorsitzender
""")
case("o20-schon-erstattet", [f], "optima_webdesign", "decided", [d("refund", "escalate")], extra_ok=True,
     spec="Section 8: payment status 'refunded' (not paid): a refund of it is escalate.")

# ================================================================ hard / automatic
f = eml("h01-newsletter", "Marketing-Newsletter <news@saas-trends.example>", LO_TO,
        "Die 10 besten Lead-Tools im Oktober – jetzt kündigen und wechseln?", when(2025, 9, 30, 6, 0),
        """Hallo,

in unserem Oktober-Newsletter: warum viele Agenturen ihr Abo kündigen und eine Erstattung
verlangen – und was Sie daraus lernen können.

Abmelden: https://saas-trends.example/abmelden
""", headers={"Precedence": "bulk", "List-Id": "SaaS Trends DE <news.saas-trends.example>",
              "List-Unsubscribe": "<https://saas-trends.example/abmelden>"})
case("h01-newsletter", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="Precedence: bulk and List-Id: mailing list, ignore (C7) even though it says 'kündigen' and "
          "'Erstattung'.")

msg = EmailMessage()
msg["From"] = "MAILER-DAEMON@mail.gmx.net"
msg["To"] = OWD_TO
msg["Subject"] = "Unzustellbar: Re: Kündigung Projekt"
msg["Date"] = format_datetime(when(2025, 9, 29, 9, 0))
msg["Message-ID"] = "<de10.h02-unzustellbar@mail.gmx.net>"
msg["Auto-Submitted"] = "auto-replied"
msg.set_content("""Die Nachricht konnte nicht zugestellt werden.

Empfänger: h.maurer.bau@gmx.de
Grund: 550 5.1.1 Benutzer unbekannt / mailbox unavailable

--- Ursprüngliche Nachricht ---
Von: Optima WebDesign <optimawebdesigns12@gmail.com>
Betreff: Re: Kündigung Projekt

> Bitte kündigen Sie unser Projekt und erstatten Sie die Anzahlung.
""")
(HERE / "emails" / "h02-unzustellbar.eml").write_bytes(msg.as_bytes(policy=SMTP))
case("h02-unzustellbar", ["emails/h02-unzustellbar.eml"], "optima_webdesign", "ignore", rules=["C7"],
     spec="Bounce from MAILER-DAEMON (and Auto-Submitted): ignore (C7), although the quoted text asks to cancel.")

# h03 other brand's customer: an LO customer writes to Optima
f = eml("h03-falsche-marke", "Anna Wolf <anna.wolf@wolf-events.de>", OWD_TO,
        "Kündigung", when(2025, 9, 30, 12, 5),
        """Hallo,

bitte kündigen Sie mein Abo, wir fusionieren mit einer anderen Agentur. Rechnung LO-INV-71090.

Anna Wolf
""")
case("h03-falsche-marke", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="C1: sent to Optima's address; the sender is a LeadsOptima customer, unknown in Optima's ledger: "
          "treated as any unknown sender (section 8, 'The other brand's customer'): C2 need_info.")

# h04 own brand address
f = eml("h04-eigene-adresse", "LeadsOptima <noreply@leadsoptima.com>", LO_TO,
        "Ihre Kündigung wurde bestätigt", when(2025, 9, 30, 7, 0),
        """Hallo,

Ihre Kündigung wurde erfolgreich bearbeitet. Ihr Konto bleibt bis zum Ende des Abrechnungszeitraums
aktiv.

Ihr LeadsOptima Team
""")
case("h04-eigene-adresse", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="From the brand's own address noreply@leadsoptima.com: ignore (C7).")

# h05 signature-only reason on an LO refund (reason missing)
lo_cust("vertrieb@sauer-maschinenbau.de", "Sauer Maschinenbau", "annual", "2025-09-27", "2026-09-26")
lo_pay("de10_p30", "LO-INV-71300", "vertrieb@sauer-maschinenbau.de", "annual", "19188.00",
       "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
f = eml("h05-nur-signatur", "Vertrieb Sauer <vertrieb@sauer-maschinenbau.de>", LO_TO,
        "Erstattung LO-INV-71300", when(2025, 9, 29, 7, 30),
        """Sehr geehrte Damen und Herren,

bitte erstatten Sie uns die Zahlung zu Rechnung LO-INV-71300.

Mit freundlichen Grüßen

i.A. Jürgen Pohl
Vertriebsinnendienst
SAUER Maschinenbau GmbH
Industriestraße 12 | 73430 Aalen
Sitz der Gesellschaft: Aalen | Registergericht Ulm HRB 71234
Geschäftsführung: Dipl.-Ing. Werner Sauer
Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.
""")
case("h05-nur-signatur", [f], "leadsoptima", "need_info", missing=["reason"],
     spec="Only a restated request, sign-off, signature and disclaimer: no reason (section 8). LeadsOptima "
          "requires the reason for a refund: need_info missing reason (C3).")

# h06 Gmail forward in German from the registered address, refund reason in forwarded part
lo_cust("kontakt@fotostudio-lichtblick.de", "Fotostudio Lichtblick", "monthly", "2025-09-26", "2025-10-25")
lo_pay("de10_p31", "LO-INV-71310", "kontakt@fotostudio-lichtblick.de", "monthly", "1499.00",
       "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = eml("h06-gmail-weiterleitung", "Fotostudio Lichtblick <kontakt@fotostudio-lichtblick.de>", LO_TO,
        "Fwd: Problem", when(2025, 9, 30, 9, 0),
        """bitte um Bearbeitung

---------- Weitergeleitete Nachricht ---------
Von: Fotostudio Lichtblick <kontakt@fotostudio-lichtblick.de>
Date: Mo., 29. Sept. 2025 um 19:02 Uhr
Subject: Problem
To: Nina (Studio) <nina@fotostudio-lichtblick.de>


Nina, bitte an LeadsOptima: seit der Abbuchung am 26.9. (LO-INV-71310) haben wir keinen Zugriff mehr
aufs Konto, Login geht nicht, "Konto gesperrt". Wenn die das nicht lösen, will ich das Geld zurück.
""")
case("h06-gmail-weiterleitung", [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="Gmail forward ('Weitergeleitete Nachricht') sent from the registered address; no other account "
          "address is named as registered (nina@ is only the internal recipient), so no C2. L2 access_failure, "
          "charge 2025-09-26, request 2025-09-30 = day 4: L6 escalate.")

# ---------------------------------------------------------------- write
ledger = {"customers": customers, "projects": projects, "payments": payments}
(HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
ids = [p["id"] for p in payments]
invs = [p["invoice"] for p in payments]
assert len(ids) == len(set(ids)) and len(invs) == len(set(invs))
assert len({c["id"] for c in cases}) == len(cases)
print(f"{len(cases)} cases, {len(payments)} payments")
