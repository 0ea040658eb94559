"""Fresh held-out round 11, German (de): written by QA from POLICY_SPEC.md alone. MIT licence.

Writes ledger.json, emails/*.eml and expected.json beside this file. Deterministic, stdlib only.
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "de"
LO = "support@leadsoptima.com"
OW = "billing@optimawebdesign.com"
IST = timezone(timedelta(hours=5, minutes=30))
CET = timezone(timedelta(hours=2))

ledger = {"customers": [], "projects": [], "payments": []}
cases = []


def lo_cust(email, name, plan, ps, pe, status="active", trial=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial,
                                "current_period_start": ps, "current_period_end": pe})


def lo_pay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def ow_proj(name, email, ws=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": ws})


def ow_pay(pid, inv, project, kind, amount, tax, paid_at, setup_fee=None, service_start=None,
           next_billing_at=None, ps=None, pe=None, ms=None, status="paid"):
    ledger["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(name, frm, to, when, subject, body, html=False, headers=None, reply_to_id=None, msgid=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msgid or f"<{name}.{LANG}@fresh11.example>"
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    (HERE / "emails").mkdir(exist_ok=True)
    (HERE / "emails" / f"{name}.eml").write_bytes(m.as_bytes())
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=None, rules=None, missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": rules or []}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions or []
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(intent, outcome, amount=None, eff=None):
    x = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        x["amount"] = amount
    if eff:
        x["effective_date"] = eff
    return x


def t(y, mo, da, h, mi, tz=IST):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


LOB, OWB = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
lo_cust("markus.brenner@web.de", "Markus Brenner", "monthly", "2025-09-24", "2025-10-23")
lo_pay("pay_de_7101", "LO-INV-7101", "markus.brenner@web.de", "monthly", "999.00", "179.82", "2025-09-24T08:10:00", "2025-09-24", "2025-10-23")
lo_pay("pay_de_7102", "LO-INV-7102", "markus.brenner@web.de", "monthly", "999.00", "179.82", "2025-09-24T08:11:00", "2025-09-24", "2025-10-23")
f = mail("l01-doppelt", "Markus Brenner <markus.brenner@web.de>", LO, t(2025, 9, 26, 9, 5, CET),
         "Doppelte Abbuchung Monatsabo",
         "Hallo zusammen,\n\nmir ist heute aufgefallen, dass ihr mir am 24.09. zweimal 999 Rs fuer den Monatsplan "
         "abgebucht habt. Einmal reicht ja wohl :) Rechnungsnr der zweiten Buchung: LO-INV-7102.\n"
         "Bitte die doppelte Zahlung zurueckerstatten.\n\nViele Gruesse\nMarkus Brenner\n\n--\nGesendet von meinem iPhone")
case("l01-doppelt", [f], LOB, "decided", [d("refund", "approve", "999.00")],
     spec="L2 duplicate_payment ('zweimal abgebucht'); two paid monthly 999.00 charges 2025-09-24 same period; request 2025-09-26 12:35 IST = day 2 -> L3 inside; L4 approve duplicate amount 999.00 before tax (C6)")

lo_cust("s.kowalski@t-online.de", "Sabine Kowalski", "annual", "2025-09-15", "2026-09-14")
lo_pay("pay_de_7201", "LO-INV-7201", "s.kowalski@t-online.de", "annual", "11988.00", "2157.84", "2025-09-15T11:00:00", "2025-09-15", "2026-09-14")
lo_pay("pay_de_7202", "LO-INV-7202", "s.kowalski@t-online.de", "annual", "11988.00", "2157.84", "2025-09-15T11:02:00", "2025-09-15", "2026-09-14")
f = mail("l02-doppelt-zu-spaet", "Sabine Kowalski <s.kowalski@t-online.de>", LO, t(2025, 9, 23, 10, 0, CET),
         "Jahresabo doppelt bezahlt - LO INV 7202",
         "Sehr geehrte Damen und Herren,\n\nbeim Abschluss des Jahresplans wurde meine Kreditkarte am 15. September "
         "doppelt belastet (je 11.988,00 Rs). Die zweite Rechnung ist LO INV 7202. Ich bitte um Erstattung des "
         "doppelten Betrags.\n\nMit freundlichen Gruessen\nSabine Kowalski\nSteuerberatung Kowalski\nHauptstr. 12, 50667 Koeln")
case("l02-doppelt-zu-spaet", [f], LOB, "decided", [d("refund", "deny")],
     spec="L2 duplicate_payment; charge 2025-09-15, request 2025-09-23 13:30 IST = day 8 > 7 -> L3 deny")

lo_cust("jonas.hartl@gmx.at", "Jonas Hartl", "quarterly", "2025-09-18", "2025-12-17")
lo_pay("pay_de_7301", "LO-INV-7301", "jonas.hartl@gmx.at", "quarterly", "2997.00", "539.46", "2025-09-18T16:40:00", "2025-09-18", "2025-12-17")
lo_pay("pay_de_7302", "LO-INV-7302", "jonas.hartl@gmx.at", "quarterly", "2997.00", "539.46", "2025-09-18T16:41:00", "2025-09-18", "2025-12-17")
f = mail("l03-doppelt-tag7", "Jonas Hartl <jonas.hartl@gmx.at>", LO, t(2025, 9, 25, 19, 55, CET),
         "Quartalsplan 2x bezahlt",
         "Servus,\n\ndas Quartalsabo ist bei mir zweimal abgebucht worden (18.9., 2x 2.997 Rs). Rechnung LO-INV-7302 "
         "ist die doppelte. Bitte zurueckbuchen, danke!\n\nLG Jonas")
case("l03-doppelt-tag7", [f], LOB, "decided", [d("refund", "approve", "2997.00")],
     spec="L3: Date 2025-09-25 19:55 +0200 = 23:25 IST, local date 2025-09-25 = day 7 from 2025-09-18 -> inside ('day 7 is inside'); L4 approve 2997.00")

lo_cust("petra.lindemann@posteo.de", "Petra Lindemann", "monthly", "2025-09-20", "2025-10-19")
lo_pay("pay_de_7401", "LO-INV-7401", "petra.lindemann@posteo.de", "monthly", "1499.00", "269.82", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
f = mail("l04-meinung-geaendert", "Petra Lindemann <petra.lindemann@posteo.de>", LO, t(2025, 9, 24, 8, 30, CET),
         "Erstattung Rechnung LO-INV-7401",
         "Guten Tag,\n\nich habe das Monatsabo am 20.09. abgeschlossen, merke aber, dass ich es fuer meine kleine Praxis "
         "eigentlich gar nicht brauche. Ich habe mich quasi umentschieden. Koennten Sie mir die 1.499,00 Rs "
         "(Rechnung LO-INV-7401) bitte zurueckerstatten?\n\nFreundliche Gruesse\nPetra Lindemann")
case("l04-meinung-geaendert", [f], LOB, "decided", [d("refund", "deny")],
     spec="L1: changed mind / does not need it is not an L2 exception -> deny, cancellation offered (clause 3)")

lo_cust("t.weissgerber@firma-weissgerber.de", "Thomas Weissgerber", "quarterly", "2025-08-10", "2025-11-09")
lo_pay("pay_de_7501", "LO-INV-7501", "t.weissgerber@firma-weissgerber.de", "quarterly", "2997.00", "539.46", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
f = mail("l05-nur-kuendigen", "Thomas Weissgerber <t.weissgerber@firma-weissgerber.de>", LO, t(2025, 9, 29, 14, 0, CET),
         "Kuendigung Quartalsabo",
         "Hallo,\n\nhiermit kuendige ich mein Quartalsabo zum Ende der Laufzeit. Ich will KEINE Rueckerstattung, "
         "das laufende Quartal koennt ihr behalten - nur bitte nicht mehr verlaengern. Wir stellen intern auf ein "
         "anderes CRM um.\n\nBeste Gruesse\nThomas Weissgerber\nGeschaeftsfuehrer")
case("l05-nur-kuendigen", [f], LOB, "decided", [d("cancellation", "cancel", eff="2025-11-09")],
     spec="negation 'KEINE Rueckerstattung' adds no refund (section 8); L8 cancel, effective current_period_end 2025-11-09")

lo_cust("anna-lena.voss@gmail.com", "Anna-Lena Voss", "monthly", "2025-09-22", "2025-10-21")
lo_pay("pay_de_7601", "LO-INV-7601", "anna-lena.voss@gmail.com", "monthly", "1499.00", "269.82", "2025-09-22T07:30:00", "2025-09-22", "2025-10-21")
f = mail("l06-kein-login", "Anna-Lena Voss <anna-lena.voss@gmail.com>", LO, t(2025, 9, 27, 11, 15, CET),
         "Seit Tagen kein Zugang!!",
         "Hallo Support,\n\nich kann mich seit Dienstag nicht mehr einloggen, das Dashboard laedt einfach nicht "
         "(weisser Bildschirm, auch mit anderem Browser). Euer Chat hat mir nicht geholfen. Ich hab gerade erst "
         "am 22.9. bezahlt (Rechnung LO-INV-7601), unter diesen Umstaenden moechte ich mein Geld zurueck.\n\nAnna-Lena Voss")
case("l06-kein-login", [f], LOB, "decided", [d("refund", "escalate")],
     spec="L2 access_failure ('nicht mehr einloggen', 'laedt nicht'); charge 2025-09-22, request 2025-09-27 day 5 -> L6 escalate")

lo_cust("buchhaltung@brandt-metallbau.de", "Brandt Metallbau GmbH", "monthly", "2025-09-19", "2025-10-18")
lo_pay("pay_de_7701", "LO-INV-7701", "buchhaltung@brandt-metallbau.de", "annual", "11988.00", "2157.84", "2025-09-19T06:00:00", "2025-09-19", "2026-09-18")
f = mail("l07-falscher-plan", "Brandt Metallbau Buchhaltung <buchhaltung@brandt-metallbau.de>", LO, t(2025, 9, 22, 9, 40, CET),
         "Falscher Tarif abgerechnet - Rechnung LO-INV-7701",
         "<html><body><p>Sehr geehrtes LeadsOptima-Team,</p><p>wir haben den <b>Monatsplan</b> gebucht, abgerechnet "
         "wurde uns aber am 19.09.2025 der Jahresplan ueber 11.988,00 Rs (Rechnung LO-INV-7701). Das ist ein "
         "falscher Betrag. Bitte korrigieren und die Differenz erstatten.</p><p>Mit freundlichen Gruessen<br>"
         "Buchhaltung<br>Brandt Metallbau GmbH</p><p style='font-size:8pt'>Diese E-Mail enthaelt vertrauliche "
         "Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.</p></body></html>",
         html=True)
case("l07-falscher-plan", [f], LOB, "decided", [d("refund", "escalate")],
     spec="HTML-only; L2 billing_error (wrong plan/amount) charge 2025-09-19, request day 3 -> L5 escalate")

lo_cust("kai.neumann@outlook.de", "Kai Neumann", "monthly", None, None, status="trial", trial=None)
f = mail("l08-testphase", "Kai Neumann <kai.neumann@outlook.de>", LO, t(2025, 9, 25, 18, 0, CET),
         "Geld zurueck? Testphase",
         "Hi,\n\nich teste euer Tool gerade kostenlos (Monatsplan-Test). Ich will das nicht weiter nutzen und "
         "moechte mein Geld zurueck, falls schon etwas abgebucht wurde, das Tool passt einfach nicht zu uns.\n\nKai")
case("l08-testphase", [f], LOB, "decided", [d("refund", "deny")],
     spec="L7: account on free trial, no charges in the ledger -> deny (nothing to refund)",
     ambiguous="no invoice can exist on a trial; the bot might ask for invoice_number (C3) instead of denying under L7")

lo_cust("f.schuster@schuster-immobilien.de", "Frank Schuster", "annual", "2025-09-10", "2026-09-09")
lo_pay("pay_de_7901", "LO-INV-7901", "f.schuster@schuster-immobilien.de", "annual", "11988.00", "2157.84", "2025-09-10T12:00:00", "2025-09-10", "2026-09-09")
lo_pay("pay_de_7902", "LO-INV-7902", "f.schuster@schuster-immobilien.de", "annual", "11988.00", "2157.84", "2025-09-10T12:01:00", "2025-09-10", "2026-09-09")
f = mail("l09-fremde-adresse", "Frank Schuster <frank.schuster1971@gmail.com>", LO, t(2025, 9, 12, 20, 0, CET),
         "doppelt abgebucht",
         "Hallo, schreibe von privat weil ich im Urlaub bin. Mein Konto laeuft auf f.schuster@schuster-immobilien.de, "
         "Jahresplan, ihr habt zweimal 11.988 abgebucht (LO-INV-7902). Bitte erstatten.\nGruss F. Schuster")
case("l09-fremde-adresse", [f], LOB, "need_info", rules=["C2"],
     spec="C2: From gmail address is not the registered email it names -> need_info, write from the registered address")

lo_cust("lisa.engel@engel-design.de", "Lisa Engel", "monthly", "2025-09-26", "2025-10-25")
lo_pay("pay_de_8001", "LO-INV-8001", "lisa.engel@engel-design.de", "monthly", "1499.00", "269.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lo_pay("pay_de_8002", "LO-INV-8002", "lisa.engel@engel-design.de", "monthly", "1499.00", "269.82", "2025-09-26T10:00:30", "2025-09-26", "2025-10-25")
f1 = mail("l10-thread-a", "Lisa Engel <lisa.engel@engel-design.de>", LO, t(2025, 9, 27, 8, 0, CET),
          "Doppelzahlung", "Hallo,\n\nich wurde fuer diesen Monat doppelt belastet, zwei gleiche Zahlungen ueber 1.499 Rs. "
          "Bitte erstattet eine davon.\n\nDanke, Lisa", msgid="<l10a.de@fresh11.example>")
f2 = mail("l10-thread-b", "Lisa Engel <lisa.engel@engel-design.de>", LO, t(2025, 9, 27, 15, 20, CET),
          "Re: Doppelzahlung [LO-2211]", "Hallo,\n\ndie Rechnungsnummer der zweiten Abbuchung ist inv 8002 bzw. LO INV 8002.\n\nLisa\n\n"
          "> Bitte nennen Sie uns die Rechnungsnummer.", reply_to_id="<l10a.de@fresh11.example>")
case("l10-thread-rechnung", [f1, f2], LOB, "decided", [d("refund", "approve", "1499.00")],
     spec="C3: invoice asked, answered 'LO INV 8002' (section 8 matching); L4 duplicate pair 2025-09-26, request day 1 -> approve 1499.00")

lo_cust("dr.helmut.krause@krause-kanzlei.de", "Dr. Helmut Krause", "quarterly", "2025-09-05", "2025-12-04")
lo_pay("pay_de_8101", "LO-INV-8101", "dr.helmut.krause@krause-kanzlei.de", "quarterly", "2997.00", "539.46", "2025-09-05T09:00:00", "2025-09-05", "2025-12-04")
f = mail("l11-rueckbuchung", "Dr. Helmut Krause <dr.helmut.krause@krause-kanzlei.de>", LO, t(2025, 9, 9, 10, 0, CET),
         "Letzte Aufforderung LO-INV-8101",
         "Sehr geehrte Damen und Herren,\n\nseit dem 6.9. ist Ihre Plattform fuer uns nicht erreichbar. Sollten Sie "
         "die Zahlung (LO-INV-8101, Quartalsplan) nicht binnen 5 Tagen erstatten, werde ich die Abbuchung ueber meine "
         "Bank zurueckbuchen lassen (Chargeback) und meinen Anwalt einschalten.\n\nHochachtungsvoll\nDr. H. Krause")
case("l11-rueckbuchung", [f], LOB, "decided", [d("refund", "escalate")], rules=["C4"],
     spec="C4: chargeback/Rueckbuchung and Anwalt threats -> escalate")

f = mail("l12-abwesend", "Birgit Haller <birgit.haller@haller-bau.de>", LO, t(2025, 9, 30, 7, 0, CET),
         "Automatische Antwort: Ihre Rechnung LO-INV-9999",
         "Vielen Dank fuer Ihre Nachricht. Ich bin bis einschliesslich 10.10.2025 nicht im Buero und habe keinen "
         "Zugriff auf meine E-Mails. In dringenden Faellen wenden Sie sich bitte an info@haller-bau.de.\n\nBirgit Haller",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l12-abwesend", [f], LOB, "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied out-of-office -> ignore")

lo_cust("m.yilmaz@yilmaz-handel.de", "Mehmet Yilmaz", "monthly", "2025-09-14", "2025-10-13")
lo_pay("pay_de_8301", "LO-INV-8301", "m.yilmaz@yilmaz-handel.de", "monthly", "1499.00", "269.82", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
f = mail("l13-hypothetisch", "Mehmet Yilmaz <m.yilmaz@yilmaz-handel.de>", LO, t(2025, 9, 28, 12, 0, CET),
         "Frage zum Jahresplan",
         "Hallo,\n\nich ueberlege, vom Monatsplan auf den Jahresplan umzusteigen. Mal angenommen, das klappt dann "
         "nicht so wie gedacht - koennte ich mein Geld fuer das Jahr dann zurueckbekommen? Ich frage nur vorab, "
         "bestellt ist noch nichts.\n\nGruss\nMehmet Yilmaz")
case("l13-hypothetisch", [f], LOB, "other",
     spec="section 8: hypothetical 'koennte ich ... zurueckbekommen' before buying is a policy question -> other")

lo_cust("julia.becker@becker-events.de", "Julia Becker", "annual", "2025-03-01", "2026-02-28")
lo_pay("pay_de_8401", "LO-INV-8401", "julia.becker@becker-events.de", "annual", "11988.00", "2157.84", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
f = mail("l14-wie-csv", "Julia Becker <julia.becker@becker-events.de>", LO, t(2025, 9, 29, 9, 0, CET),
         "Leads als CSV exportieren?",
         "Hallo ihr Lieben,\n\nwie kann ich meine Leads aus einer Kampagne als CSV-Datei exportieren? Ich finde den "
         "Button nicht mehr seit dem letzten Update.\n\nDanke und liebe Gruesse\nJulia")
case("l14-wie-csv", [f], LOB, "other", spec="how-to question, no refund or cancellation -> other")

lo_cust("r.hoffmann@hoffmann-kfz.de", "Rainer Hoffmann", "monthly", "2025-09-20", "2025-10-19", status="cancelled")
lo_pay("pay_de_8501", "LO-INV-8501", "r.hoffmann@hoffmann-kfz.de", "monthly", "999.00", "179.82", "2025-09-20T05:00:00", "2025-09-20", "2025-10-19")
f = mail("l15-nach-kuendigung", "Rainer Hoffmann <r.hoffmann@hoffmann-kfz.de>", LO, t(2025, 9, 24, 17, 45, CET),
         "Trotz Kuendigung abgebucht!",
         "Guten Tag,\n\nich habe am 14. September ueber Billing mein Abo gekuendigt und trotzdem habt ihr mir am 20.09. "
         "wieder 999 Rs vom Konto gezogen (Rechnung LO-INV-8501, Monatsplan). Das Geld will ich zurueck.\n\nR. Hoffmann\nHoffmann KFZ-Service")
case("l15-nach-kuendigung", [f], LOB, "decided", [d("refund", "escalate")],
     spec="past event: charged after cancelling = L2 billing_error; charge 2025-09-20, request day 4 -> L5 escalate")

lo_cust("info@baeckerei-sommer.de", "Baeckerei Sommer", "annual", None, None)
lo_pay("pay_de_8601", "LO-INV-8601", "info@baeckerei-sommer.de", "annual", "11988.00", "2157.84", "2025-03-12T11:00:00", "2025-03-12", "2026-03-11")
f = mail("l16-jahr-fallback", "Baeckerei Sommer <info@baeckerei-sommer.de>", LO, t(2025, 9, 30, 8, 0, CET),
         "Kuendigung",
         "Sehr geehrte Damen und Herren,\n\nhiermit kuendigen wir unseren Jahresvertrag bei LeadsOptima. Der Laden "
         "wird Ende des Jahres geschlossen.\n\nMit freundlichen Gruessen\nFamilie Sommer")
case("l16-jahr-fallback", [f], LOB, "decided", [d("cancellation", "cancel", eff="2026-03-11")],
     spec="L8: no current_period_end in the ledger -> last charge 2025-03-12 + 12 months - 1 day = 2026-03-11")

lo_cust("c.fischer@fischer-consulting.de", "Claudia Fischer", "monthly", "2025-09-21", "2025-10-20")
lo_pay("pay_de_8701", "LO-INV-8701", "c.fischer@fischer-consulting.de", "monthly", "1499.00", "269.82", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
f = mail("l17-wg-kollege", "Tim Assistent <assistenz@fischer-consulting.de>", LO, t(2025, 9, 26, 9, 30, CET),
         "WG: Abo kuendigen + Erstattung",
         "Hallo LeadsOptima,\n\nanbei die Nachricht meiner Chefin, bitte bearbeiten.\n\nTim\n\n"
         "________________________________\nVon: Claudia Fischer <c.fischer@fischer-consulting.de>\n"
         "Gesendet: Freitag, 26. September 2025 08:12\nAn: assistenz@fischer-consulting.de\nBetreff: Abo kuendigen + Erstattung\n\n"
         "Tim, bitte schreib LeadsOptima an: Konto c.fischer@fischer-consulting.de, ich komme seit Tagen nicht ins "
         "Dashboard, Monatsplan, Rechnung LO-INV-8701. Geld zurueck und Abo kuendigen.\nClaudia")
case("l17-wg-kollege", [f], LOB, "need_info", rules=["C2"],
     spec="section 8 Forwards: the forwarded request names registered email c.fischer@... other than sender assistenz@... -> C2 need_info")

lo_cust("oliver.kunz@kunz-it.ch", "Oliver Kunz", "monthly", "2025-09-01", "2025-09-30")
lo_pay("pay_de_8801", "LO-INV-8801", "oliver.kunz@kunz-it.ch", "monthly", "1499.00", "269.82", "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")
f = mail("l18-zugang-alt", "Oliver Kunz <oliver.kunz@kunz-it.ch>", LO, t(2025, 9, 20, 10, 0, CET),
         "Erstattung und Kuendigung LO-INV-8801",
         "Grueezi\n\nSeit Anfang Monat habe ich keinen Zugriff auf die Plattform, kann mich nicht einloggen. Ich "
         "moechte die Zahlung vom 1.9. (LO-INV-8801) zurueck und kuendige gleichzeitig mein Monatsabo.\n\nFreundliche Gruesse\nOliver Kunz")
case("l18-zugang-alt", [f], LOB, "decided", [d("refund", "deny"), d("cancellation", "cancel", eff="2025-09-30")],
     spec="access_failure but charge 2025-09-01, request 2025-09-20 = day 19 > 7 -> L3 deny; L8 cancel effective current_period_end 2025-09-30")

lo_cust("nina.wolf@wolf-fotografie.de", "Nina Wolf", "monthly", "2025-09-27", "2025-10-26")
for i, mi in ((1, "00"), (2, "01"), (3, "02")):
    lo_pay(f"pay_de_890{i}", f"LO-INV-890{i}", "nina.wolf@wolf-fotografie.de", "monthly", "1499.00", "269.82", f"2025-09-27T14:{mi}:00", "2025-09-27", "2025-10-26")
f = mail("l19-dreifach", "Nina Wolf <nina.wolf@wolf-fotografie.de>", LO, t(2025, 9, 28, 10, 0, CET),
         "DREI mal abgebucht??",
         "Hallo,\n\nbeim Bezahlen hing die Seite und jetzt sehe ich drei identische Abbuchungen von je 1.499,00 Rs "
         "fuer den Monatsplan (LO-INV-8901, 8902 und LO-INV-8903). Bitte die doppelten Zahlungen zurueck, einmal "
         "bezahlen reicht.\n\nNina Wolf")
case("l19-dreifach", [f], LOB, "decided", [d("refund", "approve", "2998.00")],
     spec="section 8: three identical charges 2025-09-27, charges 2 and 3 are duplicates, both inside L3 (day 1) -> 2 x 1499.00 = 2998.00")

lo_cust("stefan.roth@roth-sanitaer.de", "Stefan Roth", "quarterly", "2025-09-25", "2025-12-24")
lo_pay("pay_de_9001", "LO-INV-9001", "stefan.roth@roth-sanitaer.de", "quarterly", "2997.00", "539.46", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
f = mail("l20-doppelt-ohne-beleg", "Stefan Roth <stefan.roth@roth-sanitaer.de>", LO, t(2025, 9, 27, 9, 0, CET),
         "zwei mal bezahlt LO-INV-9001",
         "Moin,\n\nlaut Kontoauszug habe ich das Quartalsabo zweimal bezahlt (LO-INV-9001). Bitte einmal erstatten.\n\nStefan Roth")
case("l20-doppelt-ohne-beleg", [f], LOB, "decided", [d("refund", "escalate")],
     spec="L4: duplicate claimed inside window but the ledger holds only one charge -> escalate")

lo_cust("e.schmitt@schmitt-web.de", "Eva Schmitt", "monthly", "2025-09-12", "2025-10-11")
lo_pay("pay_de_9101", "LO-INV-9101", "e.schmitt@schmitt-web.de", "monthly", "999.00", "179.82", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f = mail("l21-html-kuendigung", "Eva Schmitt <e.schmitt@schmitt-web.de>", LO, t(2025, 9, 30, 16, 0, CET),
         "Kündigung Monatsplan",
         "<div dir='ltr'><div>Hallo LeadsOptima-Team,</div><div><br></div><div>bitte kündigt mein Monatsabo zum "
         "nächstmöglichen Termin. Geld zurück brauche ich nicht.</div><div><br></div><div>Danke!<br>Eva</div></div>",
         html=True)
case("l21-html-kuendigung", [f], LOB, "decided", [d("cancellation", "cancel", eff="2025-10-11")],
     spec="HTML-only; L8 cancel, effective current_period_end 2025-10-11; 'Geld zurueck brauche ich nicht' is negation")

lo_cust("h.meier@meier-druck.de", "Hans Meier", "monthly", "2025-09-23", "2025-10-22")
lo_pay("pay_de_9201", "LO-INV-9201", "h.meier@meier-druck.de", "monthly", "1499.00", "269.82", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
f = mail("l22-ohne-grund", "Hans Meier <h.meier@meier-druck.de>", LO, t(2025, 9, 25, 9, 0, CET),
         "Rechnung LO-INV-9201",
         "Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie mir den Betrag der Rechnung LO-INV-9201.\n\n"
         "Mit freundlichen Gruessen\nHans Meier\nMeier Druck & Medien\nTel. 0711 123456")
case("l22-ohne-grund", [f], LOB, "need_info", missing=["reason"],
     spec="section 8: restating the request and a signature are not a reason; plan known from ledger -> need_info reason (C3)")

# ---------------------------------------------------------------- Optima WebDesign
ow_proj("Praxis Dr. Albers Relaunch", "praxis@dr-albers.de", None)
ow_pay("pay_de_o101", "OWD-2025-401", "Praxis Dr. Albers Relaunch", "discovery", "15000.00", "2700.00", "2025-09-20T11:00:00")
f = mail("o01-discovery-frei", "Praxis Dr. Albers <praxis@dr-albers.de>", OW, t(2025, 9, 24, 9, 0, CET),
         "Refund Request — Praxis Dr. Albers Relaunch / OWD-2025-401",
         "Sehr geehrtes Optima-Team,\n\nwir haben am 20.09. die Discovery-Phase fuer den Relaunch unserer Praxis-Website "
         "bezahlt (OWD-2025-401, 15.000 Rs zzgl. Steuer). Leider hat die Praxisleitung das Budget gestrichen, das "
         "Projekt wird nicht umgesetzt. Ein Termin hat noch nicht stattgefunden. Bitte erstatten Sie den Betrag.\n\n"
         "Mit freundlichen Gruessen\nDr. Maria Albers")
case("o01-discovery-frei", [f], OWB, "decided", [d("refund", "approve", "15000.00")],
     spec="O1: discovery, work_started_at empty -> refundable in full 15000.00 (before tax)")

ow_proj("Weingut Rebhahn Shop", "kontakt@weingut-rebhahn.de", "2025-09-18T10:00:00")
ow_pay("pay_de_o201", "OWD-2025-402", "Weingut Rebhahn Shop", "discovery", "12000.00", "2160.00", "2025-09-15T10:00:00")
f = mail("o02-discovery-begonnen", "Weingut Rebhahn <kontakt@weingut-rebhahn.de>", OW, t(2025, 9, 23, 14, 0, CET),
         "Rueckerstattung Strategie-Workshop",
         "Hallo,\n\nder Workshop am 18.9. hat uns ehrlich gesagt nicht ueberzeugt, wir machen den Shop doch selbst. "
         "Projekt: Weingut Rebhahn Shop, Rechnung OWD-2025-402. Wir bitten um Erstattung.\n\nGruesse aus der Pfalz\nFamilie Rebhahn")
case("o02-discovery-begonnen", [f], OWB, "decided", [d("refund", "deny")],
     spec="O1: discovery with work_started_at 2025-09-18 before the request -> deny")

ow_proj("Kletterhalle Gipfelglueck App", "team@gipfelglueck.de", None)
ow_pay("pay_de_o301", "OWD-2025-403", "Kletterhalle Gipfelglueck App", "deposit", "25000.00", "4500.00", "2025-09-26T12:00:00")
f = mail("o03-anzahlung-frisch", "Gipfelglueck Team <team@gipfelglueck.de>", OW, t(2025, 9, 28, 8, 0, CET),
         "Anzahlung zurueck - OWD-2025-403",
         "Hallo Optima,\n\nunser Investor ist abgesprungen, wir muessen das App-Projekt (Kletterhalle Gipfelglueck App) "
         "leider stoppen. Die Anzahlung von 25.000,00 Rs (Rechnung OWD-2025-403) haetten wir gern zurueck. Gearbeitet "
         "wurde ja noch nichts.\n\nSportliche Gruesse\nLena & Max")
case("o03-anzahlung-frisch", [f], OWB, "decided", [d("refund", "approve", "25000.00")], extra_ok=True,
     spec="O2: deposit paid 2025-09-26 12:00 IST, request 2025-09-28 11:30 IST = 47.5 h < 72 h, no work -> approve 25000.00")

ow_proj("Hotel Seeblick Buchungsstrecke", "direktion@hotel-seeblick.de", None)
ow_pay("pay_de_o401", "OWD-2025-404", "Hotel Seeblick Buchungsstrecke", "deposit", "30000.00", "5400.00", "2025-09-22T15:00:00")
f = mail("o04-anzahlung-72h", "Direktion Hotel Seeblick <direktion@hotel-seeblick.de>", OW, t(2025, 9, 25, 11, 30, CET),
         "Storno Anzahlung Hotel Seeblick Buchungsstrecke",
         "Guten Tag,\n\nwir ziehen den Auftrag fuer die Buchungsstrecke zurueck, da unser Hotelverband eine eigene "
         "Loesung stellt. Bitte erstatten Sie die Anzahlung OWD-2025-404.\n\nMit freundlichen Gruessen\nK. Brandstaetter, Direktion")
case("o04-anzahlung-72h", [f], OWB, "decided", [d("refund", "deny")], extra_ok=True,
     spec="O2 + section 8: paid 2025-09-22 15:00 IST, request 2025-09-25 11:30 +0200 = 15:00 IST, exactly 72 h -> deny")

ow_proj("Zahnarzt Kuehn Website", "info@zahnarzt-kuehn.de", "2025-09-27T09:00:00")
ow_pay("pay_de_o501", "OWD-2025-405", "Zahnarzt Kuehn Website", "deposit", "18000.00", "3240.00", "2025-09-26T18:00:00")
f = mail("o05-anzahlung-arbeit", "Praxis Kuehn <info@zahnarzt-kuehn.de>", OW, t(2025, 9, 28, 9, 0, CET),
         "Anzahlung OWD 2025 405",
         "Hallo,\n\nwir haben uns fuer eine andere Agentur entschieden, die naeher bei uns ist. Bitte die Anzahlung fuer "
         "das Projekt Zahnarzt Kuehn Website (OWD 2025 405) zurueckueberweisen, ist ja noch keine 72 Stunden her.\n\nDr. Kuehn")
case("o05-anzahlung-arbeit", [f], OWB, "decided", [d("refund", "deny")],
     spec="O2: within 72 h (42.5 h: 2025-09-26 18:00 to 2025-09-28 12:30 IST) but work_started_at 2025-09-27 09:00 is before the request -> deny ('whichever occurs first')")

ow_proj("Stadtwerke Blog", "web@stadtwerke-kleinhausen.de", "2025-08-01T10:00:00")
ow_pay("pay_de_o601", "OWD-2025-406", "Stadtwerke Blog", "milestone", "40000.00", "7200.00", "2025-09-10T10:00:00", ms="not_started")
f = mail("o06-meilenstein-offen", "Webteam Stadtwerke <web@stadtwerke-kleinhausen.de>", OW, t(2025, 9, 29, 10, 0, CET),
         "Meilenstein 3 entfaellt - Rueckzahlung",
         "Sehr geehrte Damen und Herren,\n\ndurch einen Gemeinderatsbeschluss entfaellt das Modul 'Veranstaltungskalender' "
         "(Meilenstein 3, Rechnung OWD-2025-406, 40.000,00 Rs netto) im Projekt Stadtwerke Blog. Mit der Umsetzung "
         "wurde noch nicht begonnen. Wir bitten um Rueckzahlung.\n\nIm Auftrag\nJ. Wendt")
case("o06-meilenstein-offen", [f], OWB, "decided", [d("refund", "approve", "40000.00")],
     spec="O3: milestone status not_started -> refund its amount 40000.00 before tax")

ow_proj("Brauhaus Ziegler Relaunch", "chef@brauhaus-ziegler.de", "2025-08-15T10:00:00")
ow_pay("pay_de_o701", "OWD-2025-407", "Brauhaus Ziegler Relaunch", "milestone", "35000.00", "6300.00", "2025-09-01T10:00:00", ms="in_progress")
f = mail("o07-meilenstein-laufend", "Sepp Ziegler <chef@brauhaus-ziegler.de>", OW, t(2025, 9, 26, 13, 0, CET),
         "Geld zurueck Meilenstein Design",
         "Servus,\n\ndas Design fuer den Brauhaus Ziegler Relaunch gefaellt uns ueberhaupt nicht, das ist nicht das was "
         "besprochen war. Ich will den Meilenstein (OWD-2025-407) zurueck.\n\nSepp Ziegler")
case("o07-meilenstein-laufend", [f], OWB, "decided", [d("refund", "escalate")],
     spec="O3: milestone in_progress -> escalate (billable value needs a person)")

ow_proj("Autohaus Berger Landingpages", "marketing@autohaus-berger.de", "2025-07-01T10:00:00")
ow_pay("pay_de_o801", "OWD-2025-408", "Autohaus Berger Landingpages", "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00", ms="approved")
f = mail("o08-meilenstein-abgenommen", "Marketing Autohaus Berger <marketing@autohaus-berger.de>", OW, t(2025, 9, 27, 10, 0, CET),
         "Erstattung OWD-2025-408",
         "Hallo,\n\nwir haben die Landingpages im August zwar abgenommen, die Conversion ist aber schlecht. Wir moechten "
         "daher den Meilenstein OWD-2025-408 (Projekt Autohaus Berger Landingpages) erstattet haben.\n\nViele Gruesse\nSandra Berger")
case("o08-meilenstein-abgenommen", [f], OWB, "decided", [d("refund", "deny")],
     spec="O3/O6: milestone status approved -> deny")

ow_proj("Yogastudio Atem Pflege", "hallo@yoga-atem.de", "2025-01-10T10:00:00")
ow_pay("pay_de_o901", "OWD-2025-409", "Yogastudio Atem Pflege", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00", next_billing_at="2025-10-15", ps="2025-09-15", pe="2025-10-14")
f = mail("o09-retainer-frist-ok", "Yogastudio Atem <hallo@yoga-atem.de>", OW, t(2025, 9, 29, 10, 0, CET),
         "Kuendigung Betreuungsvertrag",
         "Liebes Optima-Team,\n\nich schliesse mein Studio zum Jahresende und kuendige daher den monatlichen "
         "Betreuungsvertrag (Projekt Yogastudio Atem Pflege, letzte Rechnung OWD-2025-409). Keine Erstattung noetig.\n\nNamaste\nCarla")
case("o09-retainer-frist-ok", [f], OWB, "decided", [d("cancellation", "cancel", eff="2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15, request 2025-09-29 <= 2025-10-08 (16 days notice) -> effective 2025-10-14")

ow_proj("Tischlerei Holzwerk SEO", "buero@holzwerk-tischlerei.de", "2025-02-01T10:00:00")
ow_pay("pay_de_o1001", "OWD-2025-410", "Tischlerei Holzwerk SEO", "retainer", "6000.00", "1080.00", "2025-09-06T10:00:00", next_billing_at="2025-10-06", ps="2025-09-06", pe="2025-10-05")
f = mail("o10-retainer-genau7", "Tischlerei Holzwerk <buero@holzwerk-tischlerei.de>", OW, t(2025, 9, 29, 8, 0, CET),
         "SEO-Betreuung kuendigen OWD-2025-410",
         "Guten Morgen,\n\nwir kuendigen die SEO-Betreuung fuer Tischlerei Holzwerk SEO, weil wir das kuenftig ueber "
         "unseren Verband machen. Rechnung zuletzt OWD-2025-410.\n\nGruss\nUwe Holz")
case("o10-retainer-genau7", [f], OWB, "decided", [d("cancellation", "cancel", eff="2025-10-05")],
     spec="O4 edge: next_billing_at 2025-10-06 minus 7 days = 2025-09-29 = request date (11:30 IST) -> at least 7 days, effective 2025-10-05")

ow_proj("Kanzlei Vogt Wartung", "sekretariat@kanzlei-vogt.de", "2025-03-01T10:00:00")
ow_pay("pay_de_o1101", "OWD-2025-411", "Kanzlei Vogt Wartung", "retainer", "5000.00", "900.00", "2025-09-03T10:00:00", next_billing_at="2025-10-03", ps="2025-09-03", pe="2025-10-02")
f = mail("o11-retainer-kurz", "Sekretariat Kanzlei Vogt <sekretariat@kanzlei-vogt.de>", OW, t(2025, 9, 30, 9, 0, CET),
         "Kuendigung Wartungsvertrag Kanzlei Vogt Wartung",
         "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn RA Vogt kuendige ich den Wartungsvertrag (OWD-2025-411), "
         "da die Kanzlei in eine Buerogemeinschaft mit eigener IT wechselt.\n\nMit freundlichen Gruessen\nI. Lang, Sekretariat")
case("o11-retainer-kurz", [f], OWB, "decided", [d("cancellation", "cancel", eff="2025-11-02")],
     spec="O4: next_billing_at 2025-10-03, request 2025-09-30 > 2025-09-26 -> <7 days notice, next cycle 2025-10-03..2025-11-02 billed, effective 2025-11-02")

ow_proj("Pension Alpenrose Hosting", "alpenrose@pension-alpenrose.at", "2025-09-01T10:00:00")
ow_pay("pay_de_o1201", "OWD-2025-412", "Pension Alpenrose Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
f = mail("o12-hosting-14tage", "Pension Alpenrose <alpenrose@pension-alpenrose.at>", OW, t(2025, 9, 26, 10, 0, CET),
         "Hosting kuendigen und Erstattung",
         "Gruess Gott,\n\nunser Neffe hostet uns die Seite jetzt gratis, deshalb moechten wir das Jahreshosting "
         "(Pension Alpenrose Hosting, Rechnung OWD-2025-412, 18.000 Rs) kuendigen und den Rest zurueck.\n\nHerzliche Gruesse\nFamilie Gruber")
case("o12-hosting-14tage", [f], OWB, "decided", [d("refund", "approve", "14300.00")], extra_ok=True,
     spec="O5: service_start 2025-09-20, request 2025-09-26 day 6 <= 14; monthly (18000-2400)/12 = 1300.00; 18000-2400-1300x1 = 14300.00")

ow_proj("Physio Nordlicht Wartung", "team@physio-nordlicht.de", "2025-09-10T10:00:00")
ow_pay("pay_de_o1301", "OWD-2025-413", "Physio Nordlicht Wartung", "maintenance_annual", "9600.00", "1728.00", "2025-09-09T10:00:00", setup_fee=None, service_start="2025-09-10")
f = mail("o13-wartung-tag14", "Physio Nordlicht <team@physio-nordlicht.de>", OW, t(2025, 9, 24, 17, 0, CET),
         "Rueckerstattung Wartungspaket OWD-2025-413",
         "Hallo,\n\nwir verkaufen die Praxis und brauchen das Wartungspaket (Physio Nordlicht Wartung, 9.600 Rs/Jahr) "
         "nicht mehr. Bitte anteilig erstatten.\n\nViele Gruesse\nJens Nordmann")
case("o13-wartung-tag14", [f], OWB, "decided", [d("refund", "approve", "8800.00")], extra_ok=True,
     spec="O5: service_start 2025-09-10, request 2025-09-24 20:30 IST = day 14 -> inside; no setup fee; 9600 - 800x1 = 8800.00")

ow_proj("Eiscafe Venezia Wartung", "eiscafe.venezia@gmx.de", "2025-09-01T10:00:00")
ow_pay("pay_de_o1401", "OWD-2025-414", "Eiscafe Venezia Wartung", "maintenance_annual", "7200.00", "1296.00", "2025-08-31T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
f = mail("o14-wartung-tag15", "Eiscafe Venezia <eiscafe.venezia@gmx.de>", OW, t(2025, 9, 16, 9, 0, CET),
         "Wartungsvertrag Eiscafe Venezia Wartung OWD-2025-414",
         "Ciao,\n\nwir schliessen im Winter und wollen den Wartungsvertrag nicht mehr. Bitte Geld zurueck.\n\nGiuseppe")
case("o14-wartung-tag15", [f], OWB, "decided", [d("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 2025-09-16 = day 15 > 14 -> deny")

ow_proj("Fahrschule Tempo Website", "info@fahrschule-tempo.de", "2025-08-01T10:00:00")
ow_pay("pay_de_o1501", "OWD-2025-415", "Fahrschule Tempo Website", "third_party", "4500.00", "810.00", "2025-09-25T10:00:00")
f = mail("o15-ssl", "Fahrschule Tempo <info@fahrschule-tempo.de>", OW, t(2025, 9, 27, 11, 0, CET),
         "SSL-Zertifikat erstatten",
         "Hallo,\n\nihr habt uns fuer die Fahrschule Tempo Website ein SSL-Zertifikat berechnet (OWD-2025-415, 4.500 Rs), "
         "wir haben aber ueber unseren Provider schon eins gratis. Bitte erstatten.\n\nMfG\nR. Tempelhoff")
case("o15-ssl", [f], OWB, "decided", [d("refund", "deny")],
     spec="O6: third_party (SSL) never refundable -> deny")

ow_proj("Modehaus Lenz Kampagne", "einkauf@modehaus-lenz.de", "2025-09-05T10:00:00")
ow_pay("pay_de_o1601", "OWD-2025-416", "Modehaus Lenz Kampagne", "rush", "10000.00", "1800.00", "2025-09-05T10:00:00")
f = mail("o16-eilzuschlag", "Modehaus Lenz Einkauf <einkauf@modehaus-lenz.de>", OW, t(2025, 9, 20, 10, 0, CET),
         "Eilzuschlag zurueck? OWD-2025-416",
         "Sehr geehrte Damen und Herren,\n\nfuer die Modehaus Lenz Kampagne haben wir einen Eilzuschlag von 10.000 Rs bezahlt, "
         "die Seite ging aber trotzdem erst zwei Tage nach dem vereinbarten Termin online. Wir fordern den Eilzuschlag zurueck.\n\n"
         "Mit freundlichen Gruessen\nDoris Lenz")
case("o16-eilzuschlag", [f], OWB, "decided", [d("refund", "deny")],
     spec="O6: rush fee never refundable -> deny")

ow_proj("Reisebuero Fernweh Portal", "chef@reisebuero-fernweh.de", None)
ow_pay("pay_de_o1701", "OWD-2025-417", "Reisebuero Fernweh Portal", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00")
f = mail("o17-falscher-absender", "Gerd Fernweh <gerd.fernweh@web.de>", OW, t(2025, 9, 29, 9, 0, CET),
         "Anzahlung zurueck",
         "Hallo, hier Gerd vom Reisebuero Fernweh, schreibe vom privaten Postfach. Wir stornieren das Reisebuero Fernweh "
         "Portal, Anzahlung OWD-2025-417 bitte zurueck, der Gesellschafter hat nein gesagt.\nGerd")
case("o17-falscher-absender", [f], OWB, "need_info", rules=["C2"],
     spec="C2 (Optima explicit): From web.de is not the contract email chef@reisebuero-fernweh.de -> need_info, write from it")

ow_proj("Immobilien Sturm Portal", "sturm@sturm-immobilien.de", "2025-08-01T10:00:00")
ow_pay("pay_de_o1801", "OWD-2025-418", "Immobilien Sturm Portal", "milestone", "50000.00", "9000.00", "2025-09-01T10:00:00", ms="completed")
f = mail("o18-anwalt", "Immobilien Sturm <sturm@sturm-immobilien.de>", OW, t(2025, 9, 25, 15, 0, CET),
         "Erstattung OWD-2025-418 - Frist",
         "Sehr geehrte Damen und Herren,\n\ndas Immobilienportal (Immobilien Sturm Portal) funktioniert nicht wie vereinbart, die "
         "Suche ist unbrauchbar. Ich fordere die Rueckzahlung des Meilensteins OWD-2025-418. Mein Anwalt ist bereits informiert; "
         "ich behalte mir rechtliche Schritte vor.\n\nH. Sturm")
case("o18-anwalt", [f], OWB, "decided", [d("refund", "escalate")], rules=["C4"],
     spec="C4: lawyer / legal steps -> escalate regardless of the completed milestone")

ow_proj("Gaertnerei Gruenfink Pflege", "post@gruenfink-gaertnerei.de", "2025-04-01T10:00:00")
ow_pay("pay_de_o1901", "OWD-2025-419", "Gaertnerei Gruenfink Pflege", "retainer", "4000.00", "720.00", "2025-09-20T10:00:00", next_billing_at="2025-10-20", ps="2025-09-20", pe="2025-10-19")
f = mail("o19-ohne-grund", "Gaertnerei Gruenfink <post@gruenfink-gaertnerei.de>", OW, t(2025, 9, 26, 10, 0, CET),
         "Kuendigung Gaertnerei Gruenfink Pflege OWD-2025-419",
         "Hallo,\n\nhiermit kuendigen wir den Pflegevertrag Gaertnerei Gruenfink Pflege (OWD-2025-419).\n\n"
         "Mit gruenen Gruessen\nIhre Gaertnerei Gruenfink\nAm Anger 3 · 99084 Erfurt")
case("o19-ohne-grund", [f], OWB, "need_info", missing=["reason"],
     spec="section 8: Optima requires a reason for cancellations too; signature is not a reason -> need_info reason")

ow_proj("Baeckerei Korn Onlineshop", "shop@baeckerei-korn.de", None)
ow_pay("pay_de_o2001", "OWD-2025-420", "Baeckerei Korn Onlineshop", "deposit", "16000.00", "2880.00", "2025-09-28T09:00:00")
f1 = mail("o20-thread-a", "Baeckerei Korn <shop@baeckerei-korn.de>", OW, t(2025, 9, 29, 8, 0, CET),
          "Auftrag stornieren", "Hallo,\n\nwir moechten den Auftrag fuer den Onlineshop stornieren und die Anzahlung zurueck, "
          "weil unser Backofen kaputt ist und wir das Geld dringend fuer die Reparatur brauchen.\n\nAndreas Korn",
          msgid="<o20a.de@fresh11.example>")
f2 = mail("o20-thread-b", "Baeckerei Korn <shop@baeckerei-korn.de>", OW, t(2025, 9, 29, 13, 0, CET),
          "Re: Auftrag stornieren", "Hallo nochmal,\n\ndas Projekt heisst \"Baeckerei Korn Onlineshop\", die Rechnung OWD-2025-420.\n\n"
          "Andreas Korn\n\nAm 29.09.2025 um 11:45 schrieb Optima WebDesign:\n> Bitte nennen Sie Projektname und Rechnungsnummer.",
          reply_to_id="<o20a.de@fresh11.example>")
case("o20-thread-anzahlung", [f1, f2], OWB, "decided", [d("refund", "approve", "16000.00")], extra_ok=True,
     spec="C3 asked project and invoice, answered; O2: paid 2025-09-28 09:00, first email 2025-09-29 11:30 IST = 26.5 h < 72 h, no work -> approve 16000.00")

ow_proj("Musikschule Klangwerk Website", "verwaltung@klangwerk-musik.de", "2025-07-01T10:00:00")
ow_pay("pay_de_o2101", "OWD-2025-421", "Musikschule Klangwerk Website", "setup", "3000.00", "540.00", "2025-09-22T10:00:00")
f = mail("o21-wg-eigene", "Verwaltung Klangwerk <verwaltung@klangwerk-musik.de>", OW, t(2025, 9, 26, 10, 0, CET),
         "WG: Einrichtungsgebuehr OWD-2025-421",
         "Hallo, leider noch keine Antwort auf die untenstehende Mail. Bitte um Rueckmeldung.\n\n"
         "-----Urspruengliche Nachricht-----\nVon: Verwaltung Klangwerk <verwaltung@klangwerk-musik.de>\n"
         "Gesendet: Dienstag, 23. September 2025 10:02\nAn: billing@optimawebdesign.com\nBetreff: Einrichtungsgebuehr OWD-2025-421\n\n"
         "Guten Tag, fuer die Musikschule Klangwerk Website wurde uns eine Einrichtungsgebuehr von 3.000 Rs berechnet. "
         "Die Einrichtung haben wir am Ende selbst gemacht, daher bitten wir um Erstattung.\nMit freundlichen Gruessen, Verwaltung")
case("o21-wg-eigene", [f], OWB, "decided", [d("refund", "deny")],
     spec="forward of the sender's own earlier mail; O6: setup fee never refundable -> deny")

f = mail("o22-newsletter", "Webinar-Team <news@webinar-akademie.de>", OW, t(2025, 9, 30, 6, 0, CET),
         "Ihr Webinar-Newsletter Oktober: Rueckerstattungen rechtssicher gestalten",
         "Liebe Leserinnen und Leser,\n\nim Oktober zeigen wir, wie Sie Rueckerstattungen und Kuendigungen rechtssicher "
         "abwickeln.\n\nAbmelden: https://webinar-akademie.example/abmelden",
         headers={"List-Id": "<newsletter.webinar-akademie.de>", "Precedence": "bulk", "List-Unsubscribe": "<https://webinar-akademie.example/abmelden>"})
case("o22-newsletter", [f], OWB, "ignore", rules=["C7"], spec="C7: List-Id / Precedence: bulk -> ignore")

ow_proj("Kita Sonnenschein Website", "leitung@kita-sonnenschein.de", "2025-06-01T10:00:00")
ow_pay("pay_de_o2301", "OWD-2025-423", "Kita Sonnenschein Website", "change_request", "6500.00", "1170.00", "2025-09-24T10:00:00")
f = mail("o23-aenderung", "Kita Sonnenschein Leitung <leitung@kita-sonnenschein.de>", OW, t(2025, 9, 27, 10, 0, CET),
         "Zusatzauftrag Elternportal zurueck",
         "Hallo,\n\nden Zusatzauftrag fuers Elternportal (Change Request, OWD-2025-423, Kita Sonnenschein Website) "
         "brauchen wir doch nicht, der Traeger hat eine eigene App. Bitte Betrag erstatten.\n\nLiebe Gruesse\nMonika")
case("o23-aenderung", [f], OWB, "decided", [d("refund", "deny")],
     spec="O6: change_request outside scope never refundable -> deny")

ow_proj("Optiker Scharf Hosting", "info@optik-scharf.de", "2025-09-01T10:00:00")
f = mail("o24-wie-domain", "Optik Scharf <info@optik-scharf.de>", OW, t(2025, 9, 29, 10, 0, CET),
         "Frage: E-Mail-Postfach einrichten",
         "Hallo,\n\nwie richte ich auf dem iPhone das neue Postfach info@optik-scharf.de ein? Welche Serverdaten brauche ich?\n\nDanke\nB. Scharf")
case("o24-wie-postfach", [f], OWB, "other", spec="how-to question to Optima, no refund/cancellation -> other")

# ---------------------------------------------------------------- write
(HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
invs = [p["invoice"] for p in ledger["payments"]]
assert len(invs) == len(set(invs)), "duplicate invoice numbers"
print(len(cases), "cases")
