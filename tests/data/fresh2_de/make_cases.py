"""Fresh round 2, German (de): writes ledger.json, emails/*.eml, expected.json here.
Written by QA pass qa2b from POLICY_SPEC.md alone. MIT licence. Deterministic (no randomness)."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO, OWD = "support@leadsoptima.com", "billing@optimawebdesign.com"
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))

customers, projects, payments, cases = [], [], [], []
_pid = [0]


def cust(email, name, plan, start, end, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(inv, email, plan, amount, paid_at, ps, pe, tax=None, status="paid"):
    _pid[0] += 1
    tax = tax or f"{(float(amount) * 0.18):.2f}"
    payments.append({"brand": "leadsoptima", "id": f"pay_de{_pid[0]}", "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def owpay(inv, project, kind, amount, paid_at, setup_fee=None, service_start=None, next_billing_at=None,
          ps=None, pe=None, milestone_status=None, status="paid"):
    _pid[0] += 1
    payments.append({"brand": "optima_webdesign", "id": f"pay_de{_pid[0]}", "invoice": inv, "project": project,
                     "kind": kind, "amount": amount, "tax": f"{(float(amount) * 0.18):.2f}", "currency": "INR",
                     "paid_at": paid_at, "status": status, "setup_fee": setup_fee, "service_start": service_start,
                     "next_billing_at": next_billing_at, "period_start": ps, "period_end": pe,
                     "milestone_status": milestone_status})


def mail(name, frm, to, subject, date, body, html=None, headers=None, msgid=None, reply_to=None):
    m = EmailMessage(policy=SMTP)
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or f"<{name}@qa2b.fresh2.example>"
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    (HERE / "emails").mkdir(exist_ok=True)
    (HERE / "emails" / f"{name}.eml").write_bytes(m.as_bytes())
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": cid, "lang": "de", "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(y, mo, day, h, mi, tz=IST):
    return datetime(y, mo, day, h, mi, tzinfo=tz)


# ---------------- LeadsOptima ----------------
# 1 duplicate inside window
cust("j.hoffmann@hoffmann-kfz.de", "Jens Hoffmann", "monthly", "2025-09-24", "2025-10-23")
lopay("LO-INV-83001", "j.hoffmann@hoffmann-kfz.de", "monthly", "1999.00", "2025-09-24T08:05:00", "2025-09-24", "2025-10-23")
lopay("LO-INV-83002", "j.hoffmann@hoffmann-kfz.de", "monthly", "1999.00", "2025-09-24T08:06:00", "2025-09-24", "2025-10-23")
f = mail("de01-dup", "Jens Hoffmann <j.hoffmann@hoffmann-kfz.de>", LO, "Doppelte Abbuchung Monatsabo",
         d(2025, 9, 27, 9, 14, CEST),
         "Hallo zusammen,\n\nmir wurde am 24.09. der Monatsbeitrag doppelt abgebucht, zweimal 1.999,00 INR "
         "innerhalb einer Minute. Die zweite Rechnung ist LO INV 83002.\nBitte die doppelte Zahlung zurueckerstatten.\n\n"
         "Danke und Gruß\nJens Hoffmann\nHoffmann Kfz-Service GmbH\nAmtsgericht Bochum HRB 12345")
case("f2de-l01-dup-inside", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "1999.00"}],
     "L2 duplicate_payment ('doppelt abgebucht'); two paid monthly charges 1999.00 on 2025-09-24 same period; "
     "request 2025-09-27 12:44 IST = day 3 <= 7 (L3); L4 approve the duplicate's amount 1999.00 (before tax, C6).")

# 2 duplicate, day 8 -> deny
cust("petra.schulz@web.de", "Petra Schulz", "quarterly", "2025-09-15", "2025-12-14")
lopay("LO-INV-83011", "petra.schulz@web.de", "quarterly", "5499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
lopay("LO-INV-83012", "petra.schulz@web.de", "quarterly", "5499.00", "2025-09-15T10:02:00", "2025-09-15", "2025-12-14")
f = mail("de02-dup-late", "Petra Schulz <petra.schulz@web.de>", LO, "zweimal belastet",
         d(2025, 9, 23, 8, 30, CEST),
         "Guten Tag,\n\nbeim Quartalsabo wurde ich am 15. September zweimal belastet (je 5.499 INR). "
         "Ich hab das erst jetzt auf dem Kontoauszug gesehen. Rechnung LO-INV-83012.\n"
         "Bitte erstatten Sie mir die zweite Zahlung.\n\nMfG\nP. Schulz\n\nVon meinem iPhone gesendet")
case("f2de-l02-dup-day8", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "L2 duplicate_payment; charges 2025-09-15 (day 0); request 2025-09-23 12:00 IST = day 8 > 7 -> L3 deny.")

# 3 changed mind -> deny L1
cust("m.becker@beckerundpartner.de", "Markus Becker", "annual", "2025-09-20", "2026-09-19")
lopay("LO-INV-83021", "m.becker@beckerundpartner.de", "annual", "14999.00", "2025-09-20T12:00:00", "2025-09-20", "2026-09-19")
f = mail("de03-changed-mind", "Markus Becker <m.becker@beckerundpartner.de>", LO, "Rückerstattung Jahresplan",
         d(2025, 9, 25, 16, 2, CEST),
         "Sehr geehrte Damen und Herren,\n\nwir haben uns intern doch für ein anderes CRM entschieden und werden "
         "LeadsOptima nicht nutzen. Ich bitte daher um Rückerstattung des Jahresbeitrags (Rechnung LO-INV-83021, 14.999,00 INR).\n\n"
         "Mit freundlichen Grüßen\nMarkus Becker\nBecker & Partner Steuerberatung\n"
         "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.")
case("f2de-l03-changed-mind", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "Reason 'chose another CRM, will not use it' is none of the L2 exceptions -> L1 deny (reply offers cancellation). "
     "Plan annual from ledger; invoice given.")

# 4 negation + cancel
cust("sabine.krueger@gmx.de", "Sabine Krüger", "quarterly", "2025-08-20", "2025-11-19")
lopay("LO-INV-83031", "sabine.krueger@gmx.de", "quarterly", "5499.00", "2025-08-20T09:00:00", "2025-08-20", "2025-11-19")
f = mail("de04-cancel-no-refund", "Sabine Krüger <sabine.krueger@gmx.de>", LO, "Kündigung",
         d(2025, 9, 29, 11, 45, CEST),
         "Hallo,\n\nich möchte mein Quartalsabo kündigen. Eine Erstattung will ich ausdrücklich nicht, "
         "das laufende Quartal nutze ich noch bis zum Ende. Wir stellen das Vertriebsteam um.\n\nViele Grüße\nSabine Krüger")
case("f2de-l04-cancel-negated-refund", [f], "leadsoptima", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-11-19"}],
     "Negation 'Eine Erstattung will ich ausdrücklich nicht' adds no refund (section 8). L8 cancel, effective = current_period_end 2025-11-19.")

# 5 access failure -> escalate
cust("t.wagner@wagner-immobilien.de", "Thomas Wagner", "monthly", "2025-09-26", "2025-10-25")
lopay("LO-INV-83041", "t.wagner@wagner-immobilien.de", "monthly", "1999.00", "2025-09-26T07:30:00", "2025-09-26", "2025-10-25")
html = ("<html><body><p>Hallo Support,</p><p>seit Samstag <b>kann ich mich nicht einloggen</b> &ndash; "
        "die Seite lädt einfach nicht, egal welcher Browser. Ich habe am 26.09. bezahlt (Rechnung lo-inv-83041) "
        "und kann das Tool seitdem nicht nutzen. Bitte Geld zurück.</p><p>Gruß<br>Thomas Wagner</p></body></html>")
f = mail("de05-access", "Thomas Wagner <t.wagner@wagner-immobilien.de>", LO, "Kein Zugang - Erstattung",
         d(2025, 9, 29, 10, 0, CEST), None, html=html)
case("f2de-l05-access-failure", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "HTML-only. L2 access_failure ('kann mich nicht einloggen', 'Seite lädt nicht'); charge 2025-09-26, request 2025-09-29 day 3 (L3 inside); L6 escalate, no amount.")

# 6 C2: other address naming the registered one
cust("info@fischer-bau.de", "Klaus Fischer", "annual", "2025-03-01", "2026-02-28")
lopay("LO-INV-83051", "info@fischer-bau.de", "annual", "14999.00", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
f = mail("de06-c2", "Klaus Fischer <klausfischer1968@gmail.com>", LO, "Abo kündigen",
         d(2025, 9, 24, 19, 10, CEST),
         "Guten Abend,\n\nbitte kündigen Sie unser Jahresabo. Registriert ist es auf info@fischer-bau.de, "
         "ich schreibe gerade von privat. Wir brauchen das Tool nach der Saison nicht mehr.\n\nGruß K. Fischer")
case("f2de-l06-c2-private-address", [f], "leadsoptima", "need_info",
     [], "C2: sender klausfischer1968@gmail.com is not the registered email info@fischer-bau.de named in the mail -> need_info, ask to write from the address on record, nothing about the account.",
     rules=["C2"])

# 7 free trial refund -> L7 deny
cust("lena.richter@posteo.de", "Lena Richter", "monthly", None, None, status="trial", trial_ends="2025-10-05")
f = mail("de07-trial", "Lena Richter <lena.richter@posteo.de>", LO, "Testphase - Geld zurück?",
         d(2025, 9, 28, 14, 20, CEST),
         "Hi,\n\nich teste LeadsOptima gerade in der kostenlosen Testphase und es passt nicht zu uns, die Importfunktion ist zu umständlich. "
         "Bitte erstattet mir, was ich bezahlt habe, und schließt den Account.\n\nLG Lena")
case("f2de-l07-trial", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "L7: the account is on a free trial with no charges -> deny (nothing to refund; no billing unless they subscribe).",
     extra_ok=True,
     ambiguous="The refund needs an invoice number and plan (section 3) that a trial account cannot have; L7 says deny, which we expect, but a need_info for the invoice would also be a reading. Closing the account may yield a cancellation decision (extra_ok).")

# 8 C7 auto-reply
f = mail("de08-ooo", "Andreas Neumann <a.neumann@neumann-consulting.de>", LO, "Automatische Antwort: Ihre Rechnung LO-INV-83999",
         d(2025, 9, 30, 7, 0, CEST),
         "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. "
         "In dringenden Fällen wenden Sie sich bitte an buero@neumann-consulting.de.\n\nMit freundlichen Grüßen\nAndreas Neumann",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("f2de-c01-out-of-office", [f], "leadsoptima", "ignore", [],
     "C7: Auto-Submitted: auto-replied -> ignore, never answered.", rules=["C7"])

# ---------------- Optima WebDesign ----------------
# 9 deposit inside 72h, no work
proj("Praxis Dr. Vogel Website", "praxis@dr-vogel-zahnarzt.de")
owpay("OWD-2025-8301", "Praxis Dr. Vogel Website", "deposit", "50000.00", "2025-09-22T11:00:00")
f = mail("de09-deposit", "Praxis Dr. Vogel <praxis@dr-vogel-zahnarzt.de>", OWD, "Refund Request — Praxis Dr. Vogel Website / OWD-2025-8301",
         d(2025, 9, 24, 6, 30, CEST),
         "Sehr geehrtes Optima-Team,\n\nam Montag haben wir die Anzahlung von 50.000,00 INR (zzgl. MwSt.) für das Projekt "
         "„Praxis Dr. Vogel Website“ überwiesen, Rechnung OWD-2025-8301. Leider hat die Kammer uns mitgeteilt, dass wir "
         "die Praxis-Website über den Verband erstellen lassen müssen. Da noch nicht mit der Arbeit begonnen wurde, "
         "bitten wir um Erstattung der Anzahlung.\n\nMit freundlichen Grüßen\nDr. med. dent. Hanna Vogel")
case("f2de-o01-deposit-inside", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "50000.00"}],
     "O2: deposit paid 2025-09-22 11:00 IST; request 2025-09-24 10:00 IST = 47 h < 72 h; work_started_at empty -> approve 50000.00 (before tax, C6).")

# 10 hosting annual within 14 days
proj("Bäckerei Lang Onlineshop", "shop@baeckerei-lang.de", started="2025-08-01T10:00:00")
owpay("OWD-2025-8311", "Bäckerei Lang Onlineshop", "hosting_annual", "18000.00", "2025-09-15T09:00:00",
      setup_fee="1800.00", service_start="2025-09-15")
f = mail("de10-hosting", "Bäckerei Lang <shop@baeckerei-lang.de>", OWD, "Hosting kündigen + Erstattung",
         d(2025, 9, 25, 9, 0, CEST),
         "Hallo,\n\nwir ziehen mit dem Shop zu einem anderen Anbieter um, weil unsere Warenwirtschaft dort direkt angebunden ist. "
         "Bitte kündigt das Jahreshosting für den „Bäckerei Lang Onlineshop“ (Rechnung OWD-2025-8311, gestartet am 15.09.) "
         "und erstattet uns den anteiligen Betrag.\n\nBeste Grüße\nMonika Lang\n-- \nBäckerei Lang · Hauptstr. 4 · 79098 Freiburg")
case("f2de-o02-hosting-prorated", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "14850.00"}],
     "O5: service_start 2025-09-15, request 2025-09-25 (day 10 <= 14); monthly_value = (18000.00-1800.00)/12 = 1350.00; "
     "consumed 1 month; refund = 18000.00-1800.00-1350.00 = 14850.00.", extra_ok=True)

# 11 retainer, short notice
proj("Autohaus Kern SEO", "marketing@autohaus-kern.de", started="2025-04-01T10:00:00")
owpay("OWD-2025-8321", "Autohaus Kern SEO", "retainer", "25000.00", "2025-09-05T10:00:00",
      next_billing_at="2025-10-05", ps="2025-09-05", pe="2025-10-04")
f = mail("de11-retainer-short", "Autohaus Kern Marketing <marketing@autohaus-kern.de>", OWD, "Kündigung SEO-Retainer Autohaus Kern SEO",
         d(2025, 9, 30, 15, 20, CEST),
         "Hallo Frau Mehta,\n\nhiermit kündigen wir den monatlichen SEO-Retainer (Projekt Autohaus Kern SEO, letzte Rechnung OWD-2025-8321). "
         "Grund: unser Budget für Q4 wurde gestrichen.\n\nFreundliche Grüße\nJonas Kern\nAutohaus Kern GmbH & Co. KG")
case("f2de-o03-retainer-short-notice", [f], "optima_webdesign", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-11-04"}],
     "O4/O8: next_billing_at 2025-10-05; 7-day notice needs request on or before 2025-09-28; request 2025-09-30 -> next cycle "
     "2025-10-05..2025-11-04 is billed; effective_date = last day of that cycle 2025-11-04.",
     ambiguous="Last day of the next cycle assumed to be next_billing_at + 1 month - 1 day (monthly retainer: period 2025-09-05..2025-10-04).")

# 12 third-party domain
proj("Weingut Sommer Relaunch", "info@weingut-sommer.de", started="2025-06-10T10:00:00")
owpay("OWD-2025-8331", "Weingut Sommer Relaunch", "third_party", "3500.00", "2025-09-26T10:00:00")
f = mail("de12-domain", "Weingut Sommer <info@weingut-sommer.de>", OWD, "WG: Rechnung OWD-2025-8331 Domain",
         d(2025, 9, 27, 10, 5, CEST),
         "Hallo,\n\ndie Domainverlängerung für weingut-sommer.de brauchen wir nicht, wir haben die Domain schon selbst bei unserem "
         "Provider. Bitte die 3.500 INR erstatten. Projekt: Weingut Sommer Relaunch.\n\nGrüße\nFelix Sommer\n\n"
         "-------- Weitergeleitete Nachricht --------\nBetreff: Rechnung OWD-2025-8331 Domain\nDatum: 26.09.2025 10:00\n"
         "Von: billing@optimawebdesign.com\nAn: info@weingut-sommer.de\n\nAnbei Ihre Rechnung für die Domainverlängerung.")
case("f2de-o04-domain-third-party", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O6: kind third_party (domain renewal) is never refundable -> deny citing 'Non-refundable items'. The forward carries our own invoice mail; the sender is the contract email.")

# 13 chargeback / lawyer
proj("Kanzlei Brandt Webauftritt", "kontakt@brandt-kanzlei.de", started="2025-09-01T10:00:00")
owpay("OWD-2025-8341", "Kanzlei Brandt Webauftritt", "milestone", "40000.00", "2025-09-10T10:00:00", milestone_status="completed")
f = mail("de13-chargeback", "Kontakt Brandt <kontakt@brandt-kanzlei.de>", OWD, "Letzte Aufforderung - OWD-2025-8341",
         d(2025, 9, 26, 17, 40, CEST),
         "Sehr geehrte Damen und Herren,\n\nder gelieferte Entwurf für den Kanzlei Brandt Webauftritt entspricht in keiner Weise dem Briefing. "
         "Ich fordere die Rückzahlung der Rechnung OWD-2025-8341. Sollte bis Freitag nichts passieren, lasse ich die Zahlung "
         "über meine Bank zurückbuchen (Chargeback) und schalte unseren Anwalt ein.\n\nHochachtungsvoll\nRA Dr. Martin Brandt")
case("f2de-o05-chargeback-lawyer", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "C4: 'Chargeback', 'über meine Bank zurückbuchen', 'Anwalt' -> escalate (even though the completed milestone alone would be O6 deny).",
     rules=["C4"])

# 14 milestone thread: invoice missing, then given
proj("Yogastudio Om Berlin App", "hallo@yoga-om-berlin.de", started="2025-08-15T10:00:00")
owpay("OWD-2025-8351", "Yogastudio Om Berlin App", "milestone", "30000.00", "2025-08-15T10:00:00", milestone_status="approved")
owpay("OWD-2025-8352", "Yogastudio Om Berlin App", "milestone", "22500.00", "2025-09-12T10:00:00", milestone_status="not_started")
f1 = mail("de14a-milestone", "Yogastudio Om <hallo@yoga-om-berlin.de>", OWD, "Meilenstein 2 stornieren",
          d(2025, 9, 22, 9, 30, CEST),
          "Liebes Optima-Team,\n\nwir haben für die Yogastudio Om Berlin App schon den zweiten Meilenstein (Buchungsmodul) bezahlt. "
          "Da wir jetzt doch eine fertige Buchungssoftware lizenziert haben, brauchen wir das Modul nicht mehr. "
          "Ihr habt damit ja noch nicht angefangen - könnt ihr uns das Geld zurückgeben?\n\nNamaste\nJulia",
          msgid="<de14a@yoga-om-berlin.de>")
f2 = mail("de14b-milestone-answer", "Yogastudio Om <hallo@yoga-om-berlin.de>", OWD, "Re: Meilenstein 2 stornieren",
          d(2025, 9, 23, 8, 10, CEST),
          "Hallo,\n\nklar, die Rechnungsnummer ist OWD 2025 8352.\n\nLG Julia\n\n"
          "Am 22.09.2025 um 14:00 schrieb Optima WebDesign Billing & Refunds:\n> Bitte nennen Sie uns die Rechnungsnummer.",
          reply_to="<de14a@yoga-om-berlin.de>")
case("f2de-o06-milestone-thread", [f1, f2], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "22500.00"}],
     "C3 thread: first mail lacks the invoice, the answer gives 'OWD 2025 8352' (matches OWD-2025-8352 ignoring spaces). "
     "O3: milestone not_started -> approve its amount 22500.00 (before tax). "
     "extra_ok (chk2b): the subject 'Meilenstein 2 stornieren' may also be read as a cancellation; acknowledging it is harmless.",
     extra_ok=True)

# 15 how-to -> other
proj("Fahrschule Meier Website", "info@fahrschule-meier.de", started="2025-05-01T10:00:00")
owpay("OWD-2025-8361", "Fahrschule Meier Website", "milestone", "15000.00", "2025-05-01T10:00:00", milestone_status="approved")
f = mail("de15-howto", "Fahrschule Meier <info@fahrschule-meier.de>", OWD, "Frage: Öffnungszeiten auf der Website ändern",
         d(2025, 9, 29, 13, 0, CEST),
         "Moin,\n\nwie kann ich im Backend die Öffnungszeiten im Footer selbst ändern? Ich finde die Stelle nicht.\n"
         "Danke vorab!\n\nGruß aus Kiel\nUwe Meier")
case("f2de-o07-howto-other", [f], "optima_webdesign", "other", [],
     "Neither refund nor cancellation: a how-to question -> other (section 1 outcomes).")

# 16 forward naming contract email -> C2
proj("Hotel Seeblick Buchungsseite", "gf@hotel-seeblick.de", started="2025-07-01T10:00:00")
owpay("OWD-2025-8371", "Hotel Seeblick Buchungsseite", "retainer", "12000.00", "2025-09-10T10:00:00",
      next_billing_at="2025-10-10", ps="2025-09-10", pe="2025-10-09")
f = mail("de16-fwd-c2", "Rezeption Seeblick <rezeption@hotel-seeblick.de>", OWD, "WG: Kündigung Wartung",
         d(2025, 9, 25, 12, 0, CEST),
         "Hallo, anbei die Kündigung unseres Chefs zur Info, bitte erledigen.\nGruß, Rezeption\n\n"
         "---------- Weitergeleitete Nachricht ---------\nVon: Stefan Baum <gf@hotel-seeblick.de>\nDatum: Do., 25. Sept. 2025 um 09:12\n"
         "Betreff: Kündigung Wartung\nAn: Rezeption Seeblick <rezeption@hotel-seeblick.de>\n\n"
         "Bitte kündigt den monatlichen Retainer für die Hotel Seeblick Buchungsseite (OWD-2025-8371) zum nächstmöglichen Termin, "
         "wir machen die Pflege ab Oktober intern.\nStefan Baum, Geschäftsführer")
case("f2de-o08-forward-c2", [f], "optima_webdesign", "need_info", [],
     "Section 8 Forwards + C2: the forwarded request comes from the contract email gf@hotel-seeblick.de, the sender is rezeption@ -> need_info asking for the request from the contract address.",
     rules=["C2"])

(HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                             ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(cases), "cases")
