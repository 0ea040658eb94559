"""Fresh round 7, German: generator for ledger.json, emails/*.eml and expected.json.

Written by QA pass qa7b from POLICY_SPEC.md alone. MIT licence. Deterministic, stdlib only.
Run: python3 make_cases.py   (writes into this script's own folder)
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
LANG = "de"
LO = "support@leadsoptima.com"
LO_B = "billing@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
OWD_B = "billing@optimawebdesign.com"
CET = timezone(timedelta(hours=2))

ledger = {"customers": [], "projects": [], "payments": []}
cases = []


def cust(email, plan, ps, pe, name="Kunde", status="active", trial_ends=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lpay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def opay(pid, inv, project, kind, amount, paid_at, tax="0.00", setup_fee=None, service_start=None,
         next_billing_at=None, ps=None, pe=None, ms=None, status="paid"):
    ledger["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(cid, n, frm, to, subject, body, when, html=False, headers=None, reply_to_id=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    mid = f"<{cid}-{n}@mail.fresh7{LANG}.example>"
    m["Message-ID"] = mid
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    name = f"emails/{cid}-{n}.eml" if n else f"emails/{cid}.eml"
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(m.as_bytes())
    return name, mid


def case(cid, brand, status, decisions, spec, msgs, rules=(), missing=None, extra_ok=False, ambiguous=None):
    """msgs: list of (frm, to, subject, body, when, opts)."""
    files = []
    prev = None
    for i, (frm, to, subj, body, when, *opt) in enumerate(msgs):
        o = opt[0] if opt else {}
        n = i + 1 if len(msgs) > 1 else 0
        f, prev = mail(cid, n, frm, to, subj, body, when, html=o.get("html", False),
                       headers=o.get("headers"), reply_to_id=prev if i else None)
        files.append(f)
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules), "decisions": decisions, "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(y, mo, da, h=10, mi=0, tz=CET):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


def R(outcome, amount=None):
    x = {"intent": "refund", "outcome": outcome}
    if amount:
        x["amount"] = amount
    return x


def C(outcome="cancel", eff=None):
    x = {"intent": "cancellation", "outcome": outcome}
    if eff:
        x["effective_date"] = eff
    return x


AT = timezone(timedelta(hours=2))
CH = timezone(timedelta(hours=2))

# ---------------------------------------------------------------- LeadsOptima
e = "jonas.brandt@brandt-elektro.de"
cust(e, "annual", "2025-09-22", "2026-09-21", "Jonas Brandt")
lpay("de_p01a", "LO-INV-71001", e, "annual", "11988.00", "2025-09-22T09:10:00", "2025-09-22", "2026-09-21")
lpay("de_p01b", "LO-INV-71002", e, "annual", "11988.00", "2025-09-22T09:11:00", "2025-09-22", "2026-09-21")
case("l01-dup-inside", "leadsoptima", "decided", [R("approve", "11988.00")],
     "L2 duplicate_payment ('zweimal abgebucht'); two paid annual charges 11988.00 on 2025-09-22 same period; request 2025-09-26 = day 4 <= 7 (L3); L4 approve the duplicate's amount 11988.00",
     [(f"Jonas Brandt <{e}>", LO, "Jahresabo zweimal abgebucht!!",
       "Hallo zusammen,\n\nich habe heute auf meinem Kontoauszug gesehen, dass ihr das Jahresabo zweimal abgebucht habt, "
       "jeweils 11.988,00 ₹ am 22.09. Die zweite Rechnung hat die Nummer LO-INV-71002. Bitte erstattet mir den doppelten Betrag.\n\n"
       "Danke und Gruß\nJonas Brandt\nBrandt Elektrotechnik GmbH\nHauptstr. 12, 70173 Stuttgart", d(2025, 9, 26, 8, 40))])

e = "m.huber@huber-immo.at"
cust(e, "monthly", "2025-09-10", "2025-10-09", "Maria Huber")
lpay("de_p02a", "LO-INV-71011", e, "monthly", "1499.00", "2025-09-10T11:00:00", "2025-09-10", "2025-10-09")
lpay("de_p02b", "LO-INV-71012", e, "monthly", "1499.00", "2025-09-10T11:02:00", "2025-09-10", "2025-10-09")
case("l02-dup-day8", "leadsoptima", "decided", [R("deny")],
     "L2 duplicate_payment; charges 2025-09-10 (day 0); request 2025-09-18 = day 8 > 7 -> L3 deny",
     [(f"Maria Huber <{e}>", LO, "Doppelbuchung Monatsabo",
       "Grüß Gott,\n\nbeim Durchschauen der Buchhaltung ist mir aufgefallen, dass das Monatsabo im September doppelt verrechnet "
       "wurde (Rechnung LO-INV-71012, 1.499,00). Ich hätte gerne den zweiten Betrag zurück.\n\nMit freundlichen Grüßen\nMaria Huber\nHuber Immobilien, Graz",
       d(2025, 9, 18, 9, 15, AT))])

e = "r.keller@keller-treuhand.ch"
cust(e, "quarterly", "2025-09-15", "2025-12-14", "Reto Keller")
lpay("de_p03a", "LO-INV-71021", e, "quarterly", "3999.00", "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
lpay("de_p03b", "LO-INV-71022", e, "quarterly", "3999.00", "2025-09-15T10:05:00", "2025-09-15", "2025-12-14")
case("l03-dup-day7", "leadsoptima", "decided", [R("approve", "3999.00")],
     "L2 duplicate_payment; charges 2025-09-15; request 2025-09-22 (CH 10:00 = IST 13:30, same date) = day 7, inside (L3 'day 7 is inside'); L4 approve 3999.00",
     [(f"Reto Keller <{e}>", LO, "Quartalsabo - zwei identische Belastungen",
       "Gruezi\n\nAuf der Kreditkarte sehe ich zwei identische Belastungen fuer das Quartalsabo vom 15. September. "
       "Die zweite (LO-INV-71022) ist sicher ein Versehen, bitte rueckerstatten.\n\nFreundliche Gruesse\nReto Keller\nKeller Treuhand AG, Zuerich",
       d(2025, 9, 22, 10, 0, CH))])

e = "sabine.wolf@wolf-coaching.de"
cust(e, "monthly", "2025-09-20", "2025-10-19", "Sabine Wolf")
lpay("de_p04", "LO-INV-71031", e, "monthly", "1499.00", "2025-09-20T08:00:00", "2025-09-20", "2025-10-19")
case("l04-unused-deny", "leadsoptima", "decided", [R("deny")],
     "L1: reason 'nutze es kaum / zu teuer' is none of the L2 exceptions -> deny (cancellation offered in the reply)",
     [(f"Sabine Wolf <{e}>", LO, "Rückerstattung",
       "Hallo,\n\nehrlich gesagt nutze ich LeadsOptima kaum, für eine Ein-Frau-Firma ist es mir auch zu teuer. "
       "Könnt ihr mir die Zahlung von diesem Monat (Rechnung LO-INV-71031) zurückgeben? Monatsplan.\n\nLG Sabine", d(2025, 9, 24, 19, 5))])

e = "t.schroeder@schroeder-kfz.de"
cust(e, "quarterly", "2025-09-01", "2025-11-30", "Thomas Schröder")
lpay("de_p05", "LO-INV-71041", e, "quarterly", "3999.00", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("l05-cancel-quarterly", "leadsoptima", "decided", [C("cancel", "2025-11-30")],
     "L8: cancellation; current_period_end 2025-11-30 -> effective_date 2025-11-30; reason not required for LO cancellations (section 3)",
     [(f"Thomas Schröder <{e}>", LO, "Kündigung",
       "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Quartalsabo zum nächstmöglichen Zeitpunkt.\n"
       "Bitte bestätigen Sie mir die Kündigung schriftlich.\n\nMit freundlichen Grüßen\nThomas Schröder\nSchröder KFZ-Service",
       d(2025, 9, 23, 14, 30))])

e = "lena.fischer@fischer-design.de"
cust(e, "monthly", None, None, "Lena Fischer")
lpay("de_p06", "LO-INV-71051", e, "monthly", "1499.00", "2025-09-05T12:00:00", None, None)
case("l06-cancel-fallback", "leadsoptima", "decided", [C("cancel", "2025-10-04")],
     "L8 fallback: no current_period_end; last charge 2025-09-05 + 1 month - 1 day = 2025-10-04",
     [(f"Lena Fischer <{e}>", LO, "abo beenden",
       "hi, bitte mein monatsabo beenden, wir haben jetzt ein anderes CRM. danke!\nLena\n\n-- \nVon meinem iPhone gesendet",
       d(2025, 9, 27, 11, 12))])

e = "k.bauer@bauer-gartenbau.de"
cust(e, "annual", "2025-03-15", "2026-03-14", "Klaus Bauer")
lpay("de_p07", "LO-INV-71061", e, "annual", "11988.00", "2025-03-15T09:00:00", "2025-03-15", "2026-03-14")
case("l07-negation-cancel", "leadsoptima", "decided", [C("cancel", "2026-03-14")],
     "Section 8 negation: 'Ich will kein Geld zurück' adds no refund intent; L8 cancel, current_period_end 2026-03-14",
     [(f"Klaus Bauer <{e}>", LO, "Jahresvertrag nicht verlängern",
       "Guten Tag,\n\nich will kein Geld zurück, keine Sorge :) Ich möchte nur, dass das Jahresabo nach Ablauf nicht "
       "verlängert wird, also bitte kündigen.\n\nBeste Grüße\nKlaus Bauer", d(2025, 9, 25, 16, 0))])

e = "petra.lang@lang-consulting.de"
cust(e, "monthly", "2025-09-25", "2025-10-24", "Petra Lang")
lpay("de_p08", "LO-INV-71071", e, "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l08-access-escalate", "leadsoptima", "decided", [R("escalate")],
     "L2 access_failure ('kann mich nicht einloggen', 'Dashboard lädt nicht'); charge 2025-09-25, request 2025-09-28 = day 3 inside; L6 escalate",
     [(f"Petra Lang <{e}>", LO, "Kein Zugang seit der Zahlung - LO-INV-71071",
       "Hallo Support,\n\nseit ich am 25. den Monatsplan bezahlt habe, kann ich mich nicht einloggen. Passwort zurückgesetzt, "
       "anderer Browser, alles probiert, das Dashboard lädt einfach nicht. So bringt mir das nichts, ich möchte mein Geld zurück.\n\n"
       "Petra Lang", d(2025, 9, 28, 9, 30))])

e = "d.neumann@neumann-steuer.de"
cust(e, "monthly", "2025-09-26", "2025-10-25", "Dirk Neumann", status="cancelled")
lpay("de_p09", "LO-INV-71081", e, "monthly", "1499.00", "2025-09-26T07:00:00", "2025-09-26", "2025-10-25")
case("l09-past-cancel-charged", "leadsoptima", "decided", [R("escalate")],
     "Past event: cancelled on the 14th, charged 2025-09-26 anyway -> L2 billing_error ('charged after cancelled'); request 2025-09-29 = day 3; L5 escalate. The cancellation is past, not a new request.",
     [(f"Dirk Neumann <{e}>", LO, "Abbuchung trotz Kündigung",
       "Sehr geehrtes Team,\n\nich habe am 14.09. über Billing > Cancel Plan gekündigt (Bestätigung liegt mir vor) und trotzdem wurden "
       "am 26.09. wieder 1.499,00 abgebucht, Rechnung LO-INV-71081, Monatsplan. Das ist doch ein Abrechnungsfehler, bitte erstatten Sie den Betrag.\n\n"
       "Mit freundlichen Grüßen\nDirk Neumann\nSteuerberatung Neumann", d(2025, 9, 29, 10, 20))])

e = "anna.weber@weber-events.de"
cust(e, "annual", "2025-06-01", "2026-05-31", "Anna Weber")
lpay("de_p10", "LO-INV-71091", e, "annual", "11988.00", "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
case("l10-c2-other-sender", "leadsoptima", "need_info", [],
     "C2: From a private gmail address, names the registered email anna.weber@weber-events.de -> need_info asking to write from the address on record",
     [("Anna Weber <anna.weber1984@gmail.com>", LO, "Kündigung Jahresabo",
       "Hallo,\n\nich schreibe von privat, weil ich an das Firmenpostfach gerade nicht rankomme. Bitte das Jahresabo "
       "von anna.weber@weber-events.de kündigen.\n\nDanke, Anna Weber", d(2025, 9, 24, 21, 0))], rules=["C2"])

e = "f.schmitt@schmitt-sanitaer.de"
cust(e, "monthly", "2025-09-24", "2025-10-23", "Frank Schmitt")
lpay("de_p11a", "LO-INV-71101", e, "monthly", "1499.00", "2025-09-24T08:00:00", "2025-09-24", "2025-10-23")
lpay("de_p11b", "LO-INV-71102", e, "monthly", "1499.00", "2025-09-24T08:01:00", "2025-09-24", "2025-10-23")
case("l11-thread-invoice", "leadsoptima", "decided", [R("approve", "1499.00")],
     "C3 thread: first mail has duplicate reason but no invoice (asked); answer gives 'lo inv 71102' (section 8 reference matching); request time = first mail 2025-09-26 = day 2; L4 approve 1499.00",
     [(f"Frank Schmitt <{e}>", LO, "doppelt bezahlt",
       "Moin, ihr habt mir den Monatsplan zweimal abgebucht. Bitte einen davon zurück.\nGruß Frank", d(2025, 9, 26, 7, 50)),
      (f"Frank Schmitt <{e}>", LO, "Re: doppelt bezahlt",
       "Moin nochmal, die Rechnungsnummer von der zweiten Abbuchung ist lo inv 71102.\nFrank\n\n"
       "> Bitte nennen Sie uns die Rechnungsnummer.", d(2025, 9, 26, 15, 10))])

e = "s.vogel@vogel-reisen.de"
cust(e, "quarterly", "2025-09-20", "2025-12-19", "Stefan Vogel")
lpay("de_p12", "LO-INV-71111", e, "quarterly", "3999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
case("l12-chargeback", "leadsoptima", "decided", [R("escalate")],
     "C4: 'Chargeback bei meiner Bank' -> escalate",
     [(f"Stefan Vogel <{e}>", LO, "Letzte Aufforderung LO-INV-71111",
       "Hallo,\n\ndie Plattform lädt seit Tagen nicht, auf meine Mails antwortet niemand. Entweder ihr erstattet die 3.999 "
       "für das Quartal bis Freitag, oder ich mache einen Chargeback bei meiner Bank.\n\nStefan Vogel", d(2025, 9, 27, 12, 0))],
     rules=["C4"])

e = "c.meier@meier-it.ch"
cust(e, "annual", "2025-09-18", "2026-09-17", "Claudia Meier")
lpay("de_p13", "LO-INV-71121", e, "annual", "11988.00", "2025-09-18T10:00:00", "2025-09-18", "2026-09-17")
case("l13-lawyer-both", "leadsoptima", "decided", [R("escalate"), C("escalate")],
     "C4 (section 8: covers the whole case): 'Anwalt' -> refund and cancellation both escalate",
     [(f"Claudia Meier <{e}>", LO, "Kuendigung und Rueckforderung",
       "Sehr geehrte Damen und Herren\n\nIch kuendige das Jahresabo per sofort und verlange die Rueckzahlung von LO-INV-71121, "
       "da der Preis nicht dem vereinbarten entspricht. Mein Anwalt ist informiert.\n\nC. Meier", d(2025, 9, 23, 9, 0, CH))],
     rules=["C4"])

case("l14-autoreply", "leadsoptima", "ignore", [],
     "C7: Auto-Submitted: auto-replied (out-of-office) -> ignore",
     [("Jonas Brandt <jonas.brandt@brandt-elektro.de>", LO, "Abwesenheitsnotiz: Ihre Anfrage",
       "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10. nicht im Büro und habe keinen Zugriff auf meine E-Mails. "
       "In dringenden Fällen wenden Sie sich bitte an info@brandt-elektro.de.", d(2025, 9, 29, 8, 0),
       {"headers": {"Auto-Submitted": "auto-replied"}})], rules=["C7"])

e = "h.koch@koch-vertrieb.de"
cust(e, "monthly", "2025-09-12", "2025-10-11", "Heike Koch")
lpay("de_p15", "LO-INV-71141", e, "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l15-howto-other", "leadsoptima", "other", [],
     "Not a refund or cancellation: how-to question (CSV export) -> other",
     [(f"Heike Koch <{e}>", LO, "Leads als CSV exportieren?",
       "Hallo,\n\nwie kann ich meine Leads als CSV exportieren? Ich finde die Funktion im neuen Menü nicht mehr. "
       "Wir wollen die Kontakte ins Outlook übernehmen.\n\nDanke & schöne Grüße\nHeike Koch", d(2025, 9, 25, 13, 0))])

case("l16-hypothetical", "leadsoptima", "other", [],
     "Section 8: hypothetical before buying ('falls ... bekomme ich dann mein Geld zurück?') is a policy question -> other",
     [("Markus Roth <markus.roth@roth-handwerk.de>", LO, "Frage vor dem Kauf",
       "Guten Tag,\n\nich überlege, das Jahrespaket zu buchen. Falls es für unseren Betrieb nicht passt, bekäme ich dann "
       "mein Geld zurück? Oder gibt es eine Testphase?\n\nMfG Markus Roth", d(2025, 9, 22, 17, 45))])

e = "j.krause@krause-print.de"
cust(e, "monthly", "2025-09-23", "2025-10-22", "Julia Krause")
lpay("de_p17", "LO-INV-71161", e, "monthly", "1499.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case("l17-dup-no-pair", "leadsoptima", "decided", [R("escalate")],
     "L2 duplicate_payment claimed; ledger shows only one charge (LO-INV-71161) -> L4 'no such pair': escalate",
     [(f"Julia Krause <{e}>", LO, "Zahlung doppelt?",
       "Hallo,\n\nlaut meiner Bank wurde die Zahlung für den Monatsplan doppelt eingezogen (LO-INV-71161). "
       "Könnt ihr das prüfen und den zweiten Betrag zurücküberweisen?\n\nViele Grüße\nJulia Krause", d(2025, 9, 25, 10, 0))])

e = "o.hartmann@hartmann-bau.de"
cust(e, "monthly", "2025-09-21", "2025-10-20", "Oliver Hartmann")
lpay("de_p18", "LO-INV-71171", e, "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
case("l18-no-reason", "leadsoptima", "need_info", [],
     "Refund request with invoice and plan but no reason (only restating the request and a signature with a disclaimer) -> C3 need_info missing reason",
     [(f"Oliver Hartmann <{e}>", LO, "Erstattung LO-INV-71171",
       "Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie die Zahlung zu Rechnung LO-INV-71171 (Monatsplan).\n\n"
       "Mit freundlichen Grüßen\nOliver Hartmann\nGeschäftsführer\nHartmann Bau GmbH\nAmtsgericht München HRB 123456\n\n"
       "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
       d(2025, 9, 24, 11, 0))], missing=["reason"])

e = "n.zimmer@zimmer-fitness.de"
cust(e, "monthly", "2025-09-14", "2025-10-13", "Nina Zimmer")
lpay("de_p19", "LO-INV-71181", e, "monthly", "1499.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("l19-cancel-refund-unused", "leadsoptima", "decided", [R("deny"), C("cancel", "2025-10-13")],
     "Refund for unused days -> L1/L8 deny (no partial refunds); cancellation L8 effective current_period_end 2025-10-13",
     [(f"Nina Zimmer <{e}>", LO, "Kündigung + Rest erstatten",
       "Hallo liebes LeadsOptima-Team, wir schließen das Studio zum Monatsende, deshalb bitte den Monatsplan kündigen und die "
       "ungenutzten Tage bis zum Periodenende anteilig erstatten (LO-INV-71181). Danke! Nina", d(2025, 9, 26, 18, 30))])

e = "u.lorenz@lorenz-optik.de"
cust(e, "quarterly", "2025-08-10", "2025-11-09", "Uwe Lorenz")
lpay("de_p20", "LO-INV-71191", e, "quarterly", "3999.00", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
case("l20-html-cancel", "leadsoptima", "decided", [C("cancel", "2025-11-09")],
     "HTML-only mail; L8 cancel, current_period_end 2025-11-09",
     [(f"Uwe Lorenz <{e}>", LO, "Vertragskündigung Quartalsabo",
       "<html><body><p>Sehr geehrte Damen und Herren,</p><p>hiermit <b>k&uuml;ndige</b> ich mein Quartalsabo bei LeadsOptima fristgerecht.</p>"
       "<p>Mit freundlichen Gr&uuml;&szlig;en<br>Uwe Lorenz<br><i>Lorenz Optik, Bremen</i></p></body></html>",
       d(2025, 9, 24, 9, 45), {"html": True})])

e = "b.schulz@schulz-logistik.de"
cust(e, "monthly", "2025-09-19", "2025-10-18", "Bernd Schulz")
lpay("de_p21", "LO-INV-71201", e, "monthly", "1499.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
case("l21-forward-other-address", "leadsoptima", "need_info", [],
     "Section 8 forwards: WG: from an assistant's address carrying Bernd Schulz's request naming b.schulz@schulz-logistik.de -> C2 need_info",
     [("Assistenz Schulz Logistik <assistenz@schulz-logistik.de>", LO, "WG: Kündigung LeadsOptima",
       "Hallo, anbei die Mail von Herrn Schulz, bitte bearbeiten.\n\n-----Ursprüngliche Nachricht-----\n"
       "Von: Bernd Schulz <b.schulz@schulz-logistik.de>\nGesendet: Donnerstag, 25. September 2025 08:12\n"
       "An: assistenz@schulz-logistik.de\nBetreff: Kündigung LeadsOptima\n\n"
       "Bitte kündige unser LeadsOptima-Monatsabo (Konto b.schulz@schulz-logistik.de), wir brauchen es nicht mehr.\nBernd",
       d(2025, 9, 25, 9, 0))], rules=["C2"])

e = "g.berger@berger-werbung.at"
cust(e, "monthly", "2025-09-20", "2025-10-19", "Gerhard Berger")
lpay("de_p22", "LO-INV-71211", e, "monthly", "1999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l22-wrong-amount", "leadsoptima", "decided", [R("escalate")],
     "L2 billing_error ('falscher Betrag', 1.999 statt 1.499); request 2025-09-23 day 3; L5 escalate",
     [(f"Gerhard Berger <{e}>", LO, "Falscher Betrag verrechnet",
       "Servus,\n\nihr habt mir für den Monatsplan 1.999,00 statt der vereinbarten 1.499,00 verrechnet, Rechnung LO-INV-71211. "
       "Das ist ein falscher Betrag, bitte die Differenz bzw. den Betrag zurück.\n\nLG aus Wien\nGerhard", d(2025, 9, 23, 8, 0, AT))])

# ---------------------------------------------------------------- Optima WebDesign
e = "info@baeckerei-mueller.de"
proj("Bäckerei Müller Relaunch", e, None)
opay("de_o01", "OWD-2025-7101", "Bäckerei Müller Relaunch", "deposit", "25000.00", "2025-09-22T10:00:00", tax="4500.00")
case("o01-deposit-48h", "optima_webdesign", "decided", [R("approve", "25000.00")],
     "O2: deposit paid 2025-09-22 10:00 IST, no work started; request 2025-09-24 09:00 CEST = 12:30 IST, 50.5 h < 72 h -> approve 25000.00 (before tax, C6)",
     [(f"Bäckerei Müller <{e}>", OWD, "Refund Request — Bäckerei Müller Relaunch / OWD-2025-7101",
       "Guten Tag,\n\nwir haben am Montag die Anzahlung für den Relaunch überwiesen (OWD-2025-7101). Leider hat unser Gesellschafter "
       "das Budget gestrichen, wir müssen das Projekt absagen. Bitte erstatten Sie die Anzahlung.\n\nFreundliche Grüße\nKarin Müller\nBäckerei Müller",
       d(2025, 9, 24, 9, 0))])

e = "kontakt@praxis-dr-weiss.de"
proj("Praxis Dr. Weiss Website", e, None)
opay("de_o02", "OWD-2025-7102", "Praxis Dr. Weiss Website", "deposit", "18000.00", "2025-09-20T12:00:00", tax="3240.00")
case("o02-deposit-72h-exact", "optima_webdesign", "decided", [R("deny")],
     "O2 + section 8: deposit paid 2025-09-20 12:00 IST; request 2025-09-23 08:30 CEST = 12:00 IST exactly 72 h -> not before 72 h -> deny",
     [(f"Praxis Dr. Weiss <{e}>", OWD, "Anzahlung zurück - Praxis Dr. Weiss Website",
       "Sehr geehrte Damen und Herren,\n\nwir haben uns intern für eine andere Agentur entschieden. Ich bitte um Rückzahlung der "
       "Anzahlung OWD-2025-7102 für das Projekt Praxis Dr. Weiss Website.\n\nMit freundlichen Grüßen\nDr. Andrea Weiss",
       d(2025, 9, 23, 8, 30))])

e = "office@tischlerei-gruber.at"
proj("Tischlerei Gruber Shop", e, "2025-09-19T10:00:00")
opay("de_o03", "OWD-2025-7103", "Tischlerei Gruber Shop", "deposit", "30000.00", "2025-09-18T10:00:00", tax="5400.00")
case("o03-deposit-work-started", "optima_webdesign", "decided", [R("deny")],
     "O2: deposit 2025-09-18 10:00; work_started_at 2025-09-19 10:00 before request 2025-09-20 (within 72 h but work began first) -> deny ('whichever occurs first')",
     [(f"Tischlerei Gruber <{e}>", OWD, "Storno Anzahlung",
       "Hallo,\n\nwir möchten das Projekt Tischlerei Gruber Shop doch nicht machen, der Zeitpunkt passt nicht wegen dem Umbau. "
       "Bitte die Anzahlung (Rechnung OWD-2025-7103) zurückzahlen.\n\nGrüße\nFranz Gruber", d(2025, 9, 20, 10, 0, AT))])

e = "it@hotel-alpenblick.ch"
proj("Hotel Alpenblick Hosting", e, "2025-09-15T10:00:00")
opay("de_o04", "OWD-2025-7104", "Hotel Alpenblick Hosting", "hosting_annual", "24000.00", "2025-09-15T10:00:00",
     tax="4320.00", setup_fee="2400.00", service_start="2025-09-15")
case("o04-hosting-inside", "optima_webdesign", "decided", [R("approve", "19800.00")],
     "O5: hosting_annual 24000.00 incl. setup 2400.00, service_start 2025-09-15; request 2025-09-25 = day 10 <= 14; monthly_value = 21600/12 = 1800.00; consumed 1; refund 24000 - 2400 - 1800 = 19800.00. The mail also cancels (O5: a refund ends the plan): extra_ok",
     [(f"Hotel Alpenblick IT <{e}>", OWD, "Hosting kuendigen - Hotel Alpenblick Hosting, OWD-2025-7104",
       "Gruezi miteinander\n\nUnsere neue Hotelgruppe hat einen Rahmenvertrag mit einem anderen Hoster, deshalb muessen wir "
       "das Jahreshosting fuer Hotel Alpenblick Hosting (OWD-2025-7104) kuendigen. Wir bitten um die anteilige Rueckerstattung gemaess Ihrer Policy.\n\n"
       "Freundliche Gruesse\nMarco Zanetti, IT\nHotel Alpenblick, Grindelwald", d(2025, 9, 25, 10, 0, CH))], extra_ok=True)

e = "web@autohaus-kraft.de"
proj("Autohaus Kraft Hosting", e, "2025-09-01T10:00:00")
opay("de_o05", "OWD-2025-7105", "Autohaus Kraft Hosting", "hosting_annual", "12000.00", "2025-09-01T10:00:00",
     tax="2160.00", setup_fee="1200.00", service_start="2025-09-01")
case("o05-hosting-day15", "optima_webdesign", "decided", [R("deny")], 
     "O5: service_start 2025-09-01; request 2025-09-16 = day 15 > 14 -> deny",
     [(f"Autohaus Kraft <{e}>", OWD, "Rückerstattung Hosting OWD-2025-7105",
       "Hallo,\n\nwir ziehen mit der Website Autohaus Kraft Hosting zu unserem Konzern-Hoster um und bitten um Erstattung "
       "des Jahreshostings (OWD-2025-7105), anteilig natürlich.\n\nMfG\nPeter Kraft", d(2025, 9, 16, 11, 0))], extra_ok=True)

e = "team@yogastudio-lotus.de"
proj("Yogastudio Lotus Wartung", e, "2025-09-20T10:00:00")
opay("de_o06", "OWD-2025-7106", "Yogastudio Lotus Wartung", "maintenance_annual", "9000.00", "2025-09-20T10:00:00",
     tax="1620.00", setup_fee="0.00", service_start="2025-09-20")
case("o06-maintenance-inside", "optima_webdesign", "decided", [R("approve", "8250.00")],
     "O5: maintenance_annual 9000.00, setup 0.00, service_start 2025-09-20; request 2025-09-27 = day 7; monthly 750.00; refund 9000 - 0 - 750 = 8250.00; extra_ok for the cancellation",
     [(f"Yogastudio Lotus <{e}>", OWD, "Wartungsvertrag",
       "Liebes Optima-Team,\n\nwir haben den Wartungsvertrag fürs Yogastudio Lotus Wartung (Rechnung OWD-2025-7106) abgeschlossen, "
       "aber unsere Nichte macht die Website jetzt ehrenamtlich, also brauchen wir ihn nicht. Bitte beenden und den Rest erstatten.\n\n"
       "Namaste & liebe Grüße\nSusanne", d(2025, 9, 27, 12, 0))], extra_ok=True)

e = "marketing@weingut-hofmann.de"
proj("Weingut Hofmann Shop", e, "2025-08-01T10:00:00")
opay("de_o07", "OWD-2025-7107", "Weingut Hofmann Shop", "milestone", "40000.00", "2025-08-15T10:00:00", tax="7200.00",
     ms="not_started")
case("o07-milestone-not-started", "optima_webdesign", "decided", [R("approve", "40000.00")],
     "O3: milestone OWD-2025-7107 status not_started -> approve its amount 40000.00 (before tax)",
     [(f"Weingut Hofmann <{e}>", OWD, "Meilenstein 3 stornieren - Weingut Hofmann Shop",
       "Hallo zusammen,\n\nden dritten Meilenstein (Schnittstelle zur Warenwirtschaft, Rechnung OWD-2025-7107) brauchen wir nicht mehr, "
       "weil wir die Warenwirtschaft wechseln. Da ihr damit noch nicht angefangen habt, bitte den Betrag erstatten.\n\nBeste Grüße aus der Pfalz\nLisa Hofmann",
       d(2025, 9, 22, 15, 0))])

e = "info@physio-am-park.de"
proj("Physio am Park", e, "2025-07-01T10:00:00")
opay("de_o08", "OWD-2025-7108", "Physio am Park", "milestone", "22000.00", "2025-08-01T10:00:00", tax="3960.00",
     ms="approved")
case("o08-milestone-approved", "optima_webdesign", "decided", [R("deny")],
     "O3/O6: milestone approved -> deny",
     [(f"Physio am Park <{e}>", OWD, "Erstattung Design-Meilenstein",
       "Guten Tag,\n\ndas Design für Physio am Park (OWD-2025-7108) haben wir zwar freigegeben, aber jetzt gefällt es uns im Nachhinein nicht mehr. "
       "Wir hätten gerne das Geld für diesen Meilenstein zurück.\n\nMit freundlichen Grüßen\nJan Peters", d(2025, 9, 24, 10, 0))])

e = "projekt@stadtwerke-musterbach.de"
proj("Stadtwerke Portal", e, "2025-08-01T10:00:00")
opay("de_o09", "OWD-2025-7109", "Stadtwerke Portal", "milestone", "55000.00", "2025-09-01T10:00:00", tax="9900.00",
     ms="in_progress")
case("o09-milestone-in-progress", "optima_webdesign", "decided", [R("escalate")],
     "O3: milestone in_progress -> escalate (interp. in the spec)",
     [(f"Projektleitung Stadtwerke <{e}>", OWD, "Teilrückerstattung Meilenstein OWD-2025-7109",
       "Sehr geehrte Damen und Herren,\n\nfür das Projekt Stadtwerke Portal wurde der Meilenstein 2 (OWD-2025-7109) bezahlt. Da der Gemeinderat "
       "das Kundenportal gestrichen hat, bitten wir um Erstattung des noch nicht erbrachten Anteils.\n\nMit freundlichen Grüßen\nim Auftrag\nR. Schneider",
       d(2025, 9, 25, 9, 0))])

e = "hallo@kaffeerösterei-brandt.de".replace("ö", "oe")
proj("Kaffeeroesterei Brandt", e, "2025-08-01T10:00:00")
opay("de_o10", "OWD-2025-7110", "Kaffeeroesterei Brandt", "third_party", "1800.00", "2025-09-20T10:00:00", tax="324.00")
case("o10-domain-third-party", "optima_webdesign", "decided", [R("deny")],
     "O6: third_party (domain) -> deny",
     [(f"Kaffeeroesterei Brandt <{e}>", OWD, "Domain-Gebühr zurück?",
       "hey, ihr habt uns die domain kaffeeroesterei-brandt.de für 1.800 in rechnung gestellt (OWD-2025-7110), wir haben aber gemerkt dass wir "
       "die schon selber bei einem anderen anbieter haben. also bitte geld zurück, danke. projekt: Kaffeeroesterei Brandt\ntim", d(2025, 9, 23, 20, 0))])

e = "verkauf@moebel-schneider.de"
proj("Möbel Schneider Landingpage", e, "2025-09-10T10:00:00")
opay("de_o11", "OWD-2025-7111", "Möbel Schneider Landingpage", "rush", "8000.00", "2025-09-10T10:00:00", tax="1440.00")
case("o11-rush-fee", "optima_webdesign", "decided", [R("deny")],
     "O6: rush (Expresszuschlag) -> deny",
     [(f"Möbel Schneider <{e}>", OWD, "Expresszuschlag OWD-2025-7111",
       "Hallo,\n\nfür die Möbel Schneider Landingpage haben wir den Expresszuschlag (OWD-2025-7111) bezahlt, die Seite ging aber nur "
       "einen Tag früher online als ohne. Das Geld für den Eilzuschlag möchte ich bitte zurück.\n\nGruß\nH. Schneider", d(2025, 9, 24, 14, 0))])

e = "buchhaltung@fahrschule-engel.de"
proj("Fahrschule Engel SEO", e, "2025-06-01T10:00:00")
opay("de_o12", "OWD-2025-7112", "Fahrschule Engel SEO", "retainer", "15000.00", "2025-09-15T10:00:00", tax="2700.00",
     next_billing_at="2025-10-15", ps="2025-09-15", pe="2025-10-14")
case("o12-retainer-notice-ok", "optima_webdesign", "decided", [C("cancel", "2025-10-14")],
     "O4/O8: retainer next_billing_at 2025-10-15; request 2025-09-25 <= 2025-10-08 (7 days before) -> cancel, effective the day before next billing 2025-10-14",
     [(f"Fahrschule Engel <{e}>", OWD, "Kündigung SEO-Betreuung",
       "Sehr geehrte Damen und Herren,\n\nwir kündigen die monatliche SEO-Betreuung (Fahrschule Engel SEO, letzte Rechnung OWD-2025-7112), "
       "weil wir das künftig intern über unsere neue Marketingkraft abdecken.\n\nMit freundlichen Grüßen\nBuchhaltung Fahrschule Engel",
       d(2025, 9, 25, 10, 0))])

e = "chef@restaurant-adler.de"
proj("Restaurant Adler Social Media", e, "2025-05-01T10:00:00")
opay("de_o13", "OWD-2025-7113", "Restaurant Adler Social Media", "retainer", "12000.00", "2025-09-01T10:00:00", tax="2160.00",
     next_billing_at="2025-10-01", ps="2025-09-01", pe="2025-09-30")
case("o13-retainer-short-notice", "optima_webdesign", "decided", [C("cancel", "2025-10-31")],
     "O4: next_billing_at 2025-10-01; request 2025-09-27 > 2025-09-24 (less than 7 days' notice) -> the next monthly cycle 2025-10-01..2025-10-31 is billed; effective_date 2025-10-31",
     [(f"Restaurant Adler <{e}>", OWD, "Social Media Betreuung beenden",
       "Hallo,\n\nleider müssen wir sparen, das Restaurant läuft seit dem Sommer schlecht. Bitte beendet die Social-Media-Betreuung "
       "für Restaurant Adler Social Media (Rechnung OWD-2025-7113) so schnell wie möglich.\n\nViele Grüße\nMichael Adler", d(2025, 9, 27, 15, 0))],
     ambiguous="The ledger gives no length for the next cycle; a monthly retainer whose current period is 2025-09-01..2025-09-30 is taken to renew for 2025-10-01..2025-10-31.")

e = "post@architekt-wagner.de"
proj("Architekturbüro Wagner", e, None)
opay("de_o14", "OWD-2025-7114", "Architekturbüro Wagner", "deposit", "20000.00", "2025-09-25T10:00:00", tax="3600.00")
case("o14-c2-wrong-sender", "optima_webdesign", "need_info", [],
     "C2 (explicit for Optima): mail from a private address, not the contract email post@architekt-wagner.de -> need_info, write from the contract email",
     [("Stefan Wagner <stefan.wagner.privat@web.de>", OWD, "Anzahlung Architekturbüro Wagner",
       "Hallo,\n\nich bin gerade unterwegs und schreibe vom privaten Account. Wir möchten die Anzahlung OWD-2025-7114 für das "
       "Projekt Architekturbüro Wagner zurück, weil das Budget nicht genehmigt wurde.\n\nStefan Wagner", d(2025, 9, 26, 19, 0))],
     rules=["C2"])

e = "info@blumen-koenig.de"
proj("Blumen König Shop", e, "2025-07-01T10:00:00")
opay("de_o15", "OWD-2025-7115", "Blumen König Shop", "milestone", "16000.00", "2025-09-01T10:00:00", tax="2880.00",
     ms="completed")
case("o15-chargeback", "optima_webdesign", "decided", [R("escalate")],
     "C4: 'Rückbuchung über die Kreditkarte / Chargeback' -> escalate",
     [(f"Blumen König <{e}>", OWD, "AW: Rechnung OWD-2025-7115",
       "Sie reagieren nicht auf meine Reklamation. Der Shop (Blumen König Shop) funktioniert auf dem Handy nicht richtig. "
       "Wenn bis Montag keine Erstattung kommt, lasse ich das Geld per Chargeback über die Kreditkarte zurückholen.\n\nR. König",
       d(2025, 9, 26, 17, 0), {"headers": {"In-Reply-To": "<owd-2025-7115-invoice@optimawebdesign.example>",
                                           "References": "<owd-2025-7115-invoice@optimawebdesign.example>"}})], rules=["C4"])

e = "gf@startup-nordlicht.de"
proj("Nordlicht Discovery", e, None)
opay("de_o16", "OWD-2025-7116", "Nordlicht Discovery", "discovery", "15000.00", "2025-09-20T10:00:00", tax="2700.00")
case("o16-discovery-not-started", "optima_webdesign", "decided", [R("approve", "15000.00")],
     "O1: discovery, project work_started_at empty -> refundable in full 15000.00",
     [(f"Nordlicht GmbH <{e}>", OWD, "Strategie-Workshop absagen",
       "Hi Optima-Team,\n\nden Strategie-Workshop (Nordlicht Discovery, OWD-2025-7116) müssen wir absagen - unser Investor ist abgesprungen, "
       "und ohne Finanzierung macht das keinen Sinn. Der Termin war eh erst im Oktober. Könnt ihr die Gebühr bitte erstatten?\n\nCheers\nLars",
       d(2025, 9, 24, 12, 0))])

e = "kontakt@kanzlei-seidel.de"
proj("Kanzlei Seidel Discovery", e, "2025-09-22T10:00:00")
opay("de_o17", "OWD-2025-7117", "Kanzlei Seidel Discovery", "discovery", "12000.00", "2025-09-15T10:00:00", tax="2160.00")
case("o17-discovery-started", "optima_webdesign", "decided", [R("deny")],
     "O1: discovery session started 2025-09-22 before request 2025-09-26 -> deny",
     [(f"Kanzlei Seidel <{e}>", OWD, "Discovery-Gebühr OWD-2025-7117",
       "Sehr geehrte Damen und Herren,\n\nnach der ersten Sitzung am 22.09. sind wir zu dem Schluss gekommen, dass wir das Projekt "
       "Kanzlei Seidel Discovery nicht weiterverfolgen, die Vorschläge passen nicht zu einer Kanzlei. Wir bitten um Erstattung der Gebühr.\n\n"
       "Mit freundlichen Grüßen\nDr. Seidel", d(2025, 9, 26, 9, 0))])

e = "admin@zahnarzt-kurz.de"
proj("Zahnarztpraxis Kurz", e, "2025-06-01T10:00:00")
opay("de_o18", "OWD-2025-7118", "Zahnarztpraxis Kurz", "retainer", "9000.00", "2025-09-10T10:00:00", tax="1620.00",
     next_billing_at="2025-10-10", ps="2025-09-10", pe="2025-10-09")
case("o18-cancel-no-reason", "optima_webdesign", "need_info", [],
     "Section 8: Optima requires a reason for cancellations too; project and invoice given, no reason -> need_info missing reason",
     [(f"Praxis Kurz <{e}>", OWD, "Kündigung Betreuungsvertrag",
       "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Betreuungsvertrag für Zahnarztpraxis Kurz, Rechnung OWD-2025-7118.\n"
       "Bitte bestätigen Sie den Eingang.\n\nMit freundlichen Grüßen\nPraxisverwaltung\n\nPraxis Dr. Kurz | Lindenstr. 4 | 90402 Nürnberg",
       d(2025, 9, 24, 8, 30))], missing=["reason"])

case("o19-mailer-daemon", "optima_webdesign", "ignore", [],
     "C7: MAILER-DAEMON sender, delivery failure -> ignore",
     [("MAILER-DAEMON@mx.web.de", OWD, "Unzustellbar: Ihre Rechnung",
       "Diese Nachricht wurde automatisch erstellt.\nDie Zustellung an folgende Empfänger ist fehlgeschlagen:\n\n  buchhaltung@nichtmehr-da.de\n\n"
       "Grund: Postfach existiert nicht.", d(2025, 9, 25, 3, 12))], rules=["C7"])

e = "team@agentur-feldmann.de"
proj("Feldmann Relaunch", e, "2025-08-01T10:00:00")
opay("de_o20", "OWD-2025-7120", "Feldmann Relaunch", "change_request", "6000.00", "2025-09-18T10:00:00", tax="1080.00")
case("o20-change-request-fwd", "optima_webdesign", "decided", [R("deny")],
     "O6: change_request outside the original scope -> deny. Outlook forward from the contract address itself (own earlier mail), read for the request it carries",
     [(f"Agentur Feldmann <{e}>", OWD, "WG: Zusatzauftrag Mehrsprachigkeit",
       "Hallo, hatte euch das schon letzte Woche an die falsche Adresse geschickt, siehe unten.\nGruß Jana\n\n"
       "________________________________\nVon: Agentur Feldmann <team@agentur-feldmann.de>\nGesendet: Dienstag, 23. September 2025 11:02\n"
       "An: projekte@optimawebdesign.example\nBetreff: Zusatzauftrag Mehrsprachigkeit\n\n"
       "Hallo, den Änderungsauftrag Mehrsprachigkeit für Feldmann Relaunch (OWD-2025-7120) hätten wir gerne storniert und erstattet, "
       "unser Kunde will doch nur Deutsch.\nJana Feldmann", d(2025, 9, 29, 10, 0))])

e = "info@camping-seeblick.at"
proj("Camping Seeblick Website", e, "2025-07-01T10:00:00")
opay("de_o21", "OWD-2025-7121", "Camping Seeblick Website", "milestone", "14000.00", "2025-08-20T10:00:00", tax="2520.00",
     ms="not_started")
case("o21-thread-project", "optima_webdesign", "decided", [R("approve", "14000.00")],
     "C3 thread: first mail asks refund of the booking-system milestone with invoice and reason, no project name stated (ledger fills for the verified sender, or asked); answer names the project; O3 not_started -> approve 14000.00",
     [(f"Camping Seeblick <{e}>", OWD, "Buchungssystem nicht mehr nötig",
       "Hallo,\n\nwir haben uns einem Campingverbund angeschlossen, der ein eigenes Buchungssystem stellt. Den Meilenstein Buchungssystem "
       "(Rechnung OWD-2025-7121) brauchen wir darum nicht mehr, bitte zurückerstatten. Ihr habt damit ja noch nicht begonnen.\n\nLiebe Grüße vom See\nEva Pichler",
       d(2025, 9, 23, 10, 0, AT)),
      (f"Camping Seeblick <{e}>", OWD, "Re: Buchungssystem nicht mehr nötig",
       "Hallo, das Projekt heißt Camping Seeblick Website.\nEva\n\n> Bitte nennen Sie den Projektnamen.", d(2025, 9, 23, 16, 0, AT))])

# ---------------------------------------------------------------- more hard cases
e = "paul.richter@richter-fotografie.de"
cust(e, "monthly", None, None, "Paul Richter", status="trial", trial_ends="2025-10-05")
case("l23-trial-refund", "leadsoptima", "decided", [R("deny")],
     "L7: account on free trial, no charges in the ledger -> deny (nothing to refund; no billing unless they subscribe)",
     [(f"Paul Richter <{e}>", LO, "Geld zurück Testphase",
       "Hallo, ich bin in der Testphase und will das Tool nach dem Test nicht weiter benutzen weil es für Fotografen nicht passt. "
       "Bitte erstattet mir alles was ihr abgebucht habt.\nPaul", d(2025, 9, 28, 20, 0))],
     ambiguous="A refund requires an invoice number (section 3), but a trial account has no charge; L7 is taken to decide (deny) rather than asking for an invoice that cannot exist.")

e = "ines.wagner@wagner-pflege.de"
cust(e, "monthly", "2025-09-25", "2025-10-24", "Ines Wagner")
lpay("de_p24a", "LO-INV-71241", e, "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lpay("de_p24b", "LO-INV-71242", e, "monthly", "1499.00", "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
lpay("de_p24c", "LO-INV-71243", e, "monthly", "1499.00", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
case("l24-three-charges", "leadsoptima", "decided", [R("approve", "2998.00")],
     "Section 8 three identical charges: every charge after the first is a duplicate; both inside L3 (request 2025-09-27, day 2) -> 2 x 1499.00 = 2998.00",
     [(f"Ines Wagner <{e}>", LO, "3x abgebucht?!",
       "Hallo,\n\nauf unserem Geschäftskonto sind für den Monatsplan gleich drei Lastschriften über je 1.499,00 vom 25.09. "
       "(LO-INV-71241, -71242 und -71243). Wir haben natürlich nur einmal gebucht. Bitte die zwei zu viel abgebuchten Beträge erstatten.\n\n"
       "Mit freundlichen Grüßen\nInes Wagner\nAmbulanter Pflegedienst Wagner", d(2025, 9, 27, 9, 0))])

e = "tobi.maier@maier-dj.de"
cust(e, "monthly", "2025-09-18", "2025-10-17", "Tobias Maier")
lpay("de_p25", "LO-INV-71251", e, "monthly", "999.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("l25-very-short-cancel", "leadsoptima", "decided", [C("cancel", "2025-10-17")],
     "Very short mail; L8 cancel, current_period_end 2025-10-17",
     [(f"Tobi Maier <{e}>", LO, "kündigen",
       "Abo bitte kündigen. Thx\n\nGesendet von Outlook für Android", d(2025, 9, 30, 23, 10))])

case("o22-other-brand-customer", "optima_webdesign", "need_info", [],
     "Section 8 'the other brand's customer': a LeadsOptima customer (registered there) writes to the Optima address; the Optima ledger has no record of the sender -> unknown sender, C2/C3, need_info; never approve",
     [("Jonas Brandt <jonas.brandt@brandt-elektro.de>", OWD, "Kündigung",
       "Hallo, bitte kündigt mein Abo und erstattet die doppelte Abbuchung vom 22.09.\nJonas Brandt", d(2025, 9, 27, 10, 0))],
     rules=["C2"],
     ambiguous="Section 8 names C2 and C3 for an unknown sender of the other brand; C2 is expected in rules, and missing is left open.")

e = "verwaltung@hausverwaltung-seitz.de"
proj("Hausverwaltung Seitz Portal", e, "2025-08-01T10:00:00")
opay("de_o23", "OWD-2025-7123", "Hausverwaltung Seitz Portal", "setup", "5000.00", "2025-09-20T10:00:00", tax="900.00")
case("o23-setup-fee-long", "optima_webdesign", "decided", [R("deny")],
     "O6: setup/activation fee -> deny; long rambling mail with the reason in the middle",
     [(f"Hausverwaltung Seitz <{e}>", OWD, "Einrichtungsgebühr Mieterportal",
       "Sehr geehrte Damen und Herren,\n\nich hoffe, es geht Ihnen gut. Wir hatten ja im Juli das Gespräch mit Ihrem Herrn Sharma, "
       "das sehr angenehm war, und auch die ersten Entwürfe für das Hausverwaltung Seitz Portal gefallen unserer Geschäftsführung. "
       "Allerdings hat sich herausgestellt, dass unsere Verwaltungssoftware das Mieterportal inzwischen selbst mitbringt, was uns beim "
       "Abschluss des Vertrags niemand gesagt hatte, und deshalb brauchen wir die gesonderte Einrichtung nicht. Das Projekt an sich läuft "
       "ansonsten weiter, darum geht es nicht. Ich bitte Sie daher, die Einrichtungsgebühr (OWD-2025-7123, 5.000,00 zzgl. Steuer) "
       "zu erstatten. Für Rückfragen stehe ich gerne zur Verfügung, am besten vormittags.\n\nMit freundlichen Grüßen\n\nGabriele Seitz\n"
       "Hausverwaltung Seitz e.K.\nTel. 0711 / 12 34 56", d(2025, 9, 25, 11, 0))])

e = "h.lindner@lindner-immobilien.de"
cust(e, "monthly", "2025-09-24", "2025-10-23", "Hanna Lindner")
lpay("de_p26a", "LO-INV-71261", e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lpay("de_p26b", "LO-INV-71262", e, "monthly", "1499.00", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23", status="failed")
case("l26-second-charge-failed", "leadsoptima", "decided", [R("escalate")],
     "L2 duplicate claimed for LO-INV-71262, whose ledger status is 'failed': no pair of paid charges (L4) and section 8 'payments not paid: a refund of one is escalated' -> escalate",
     [(f"Hanna Lindner <{e}>", LO, "Doppelte Abbuchung LO-INV-71262",
       "Hallo,\n\ndie Rechnung LO-INV-71262 ist eine doppelte Abbuchung für den Monatsplan (die erste war LO-INV-71261). Bitte zurückzahlen.\n\nH. Lindner",
       d(2025, 9, 26, 10, 0))])

e = "felix@hofer-media.at"
cust(e, "monthly", "2025-09-15", "2025-10-14", "Felix Hofer")
lpay("de_p27", "LO-INV-71271", e, "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l27-plus-tag-sender", "leadsoptima", "need_info", [],
     "Section 8 addresses: felix+leads@hofer-media.at is another address than the registered felix@hofer-media.at -> C2 need_info",
     [("Felix Hofer <felix+leads@hofer-media.at>", LO, "Abo kündigen",
       "Servus, bitte kündigt mein Monatsabo, wir machen Akquise jetzt nur mehr über LinkedIn.\nFelix", d(2025, 9, 25, 10, 0, AT))],
     rules=["C2"])

case("l28-newsletter-bulk", "leadsoptima", "ignore", [],
     "C7: Precedence: bulk and List-Id (a newsletter) -> ignore",
     [("Newsletter Vertriebsprofi <news@vertriebsprofi-magazin.de>", LO_B, "Ihr Wochen-Update: 5 Tipps für mehr Leads",
       "Hallo,\n\nin dieser Ausgabe: Warum Kündigungen im Herbst steigen und wie Sie Rückerstattungen vermeiden.\n\nAbmelden: hier klicken",
       d(2025, 9, 26, 6, 0), {"headers": {"Precedence": "bulk", "List-Id": "<wochenupdate.vertriebsprofi-magazin.de>"}})], rules=["C7"])

e = "it@spedition-kuhn.de"
proj("Spedition Kuhn Support", e, "2025-06-01T10:00:00")
opay("de_o24a", "OWD-2025-7124", "Spedition Kuhn Support", "retainer", "10000.00", "2025-09-20T10:00:00", tax="1800.00",
     next_billing_at="2025-10-20", ps="2025-09-20", pe="2025-10-19")
opay("de_o24b", "OWD-2025-7125", "Spedition Kuhn Support", "retainer", "10000.00", "2025-09-20T10:05:00", tax="1800.00",
     ps="2025-10-20", pe="2025-11-19")
case("o24-retainer-paid-ahead", "optima_webdesign", "decided", [C("escalate")],
     "Section 8 'retainer paid in advance': the next cycle 2025-10-20..2025-11-19 is already paid (OWD-2025-7125); notice 2025-09-26 <= 2025-10-13 -> escalate",
     [(f"Spedition Kuhn IT <{e}>", OWD, "Kündigung Supportvertrag Spedition Kuhn Support",
       "Hallo,\n\nwir haben einen internen Admin eingestellt und kündigen deshalb den Support-Retainer (Spedition Kuhn Support, OWD-2025-7124). "
       "Den bereits im Voraus bezahlten Folgemonat (OWD-2025-7125) bitte entsprechend berücksichtigen.\n\nGruß\nIT Spedition Kuhn",
       d(2025, 9, 26, 10, 0))], extra_ok=True,
     ambiguous="The ledger shape for a cycle paid in advance is not fixed by the spec; here it is a second paid retainer payment with period 2025-10-20..2025-11-19.")

e = "web@bergbahnen-sonnalp.ch"
proj("Sonnalp Hosting", e, None)
opay("de_o25", "OWD-2025-7126", "Sonnalp Hosting", "hosting_annual", "18000.00", "2025-09-24T10:00:00", tax="3240.00",
     setup_fee="1800.00", service_start="2025-10-10")
case("o25-hosting-before-start", "optima_webdesign", "decided", [R("approve", "14850.00")],
     "O5 + section 8 'before the service starts: consumed_months is 1': 18000 - 1800 - (16200/12 = 1350.00) x 1 = 14850.00; request 2025-09-26 before service_start 2025-10-10; extra_ok for the cancellation",
     [(f"Bergbahnen Sonnalp <{e}>", OWD, "Hosting stornieren bevor es startet",
       "Gruezi\n\nDas Jahreshosting fuer Sonnalp Hosting (Rechnung OWD-2025-7126) startet erst am 10. Oktober. Der Verwaltungsrat hat aber "
       "entschieden, alles beim Tourismusverband zu hosten. Bitte stornieren und soweit moeglich rueckerstatten.\n\nFreundliche Gruesse\nA. Imboden",
       d(2025, 9, 26, 9, 0, CH))], extra_ok=True)

e = "kontakt@weinbar-vogt.de"
proj("Weinbar Vogt", e, None)
opay("de_o26", "OWD-2025-7127", "Weinbar Vogt", "deposit", "10000.00", "2025-09-25T10:00:00", tax="1800.00")
case("o26-reply-to-not-verified", "optima_webdesign", "need_info", [],
     "Section 8: 'Reply-To never verifies anyone': From a gmail address with Reply-To the contract email -> C2 need_info",
     [("Martin Vogt <martin.vogt.77@gmail.com>", OWD, "Anzahlung Weinbar Vogt zurück",
       "Hallo,\n\ndie Weinbar bekommt keine Konzession für den Ausschank draußen, deshalb legen wir die Website (Weinbar Vogt) auf Eis. "
       "Bitte die Anzahlung OWD-2025-7127 zurückzahlen.\n\nMartin Vogt", d(2025, 9, 26, 10, 0),
       {"headers": {"Reply-To": "kontakt@weinbar-vogt.de"}})], rules=["C2"])


def main():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
