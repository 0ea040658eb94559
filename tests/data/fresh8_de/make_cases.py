#!/usr/bin/env python3
"""Fresh held-out round 8, German (de). Written by QA (qa8b) from POLICY_SPEC.md alone.
Stdlib only, deterministic. Writes ledger.json, emails/*.eml and expected.json beside this file.
MIT licence, like the project; all text written for this project."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LANG = "de"
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
OWD_TO2 = "billing@optimawebdesign.com"

customers, projects, payments, cases = [], [], [], []


def lo_cust(email, name, plan, ps, pe, status="active", trial=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial, "current_period_start": ps, "current_period_end": pe})


def lo_pay(pid, inv, email, plan, amount, paid, ps, pe, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, ws=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": ws})


def owd_pay(pid, inv, project, kind, amount, tax, paid, status="paid", setup_fee=None, service_start=None,
            next_billing_at=None, ps=None, pe=None, ms=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(frm, subject, when, body, to=LO_TO, html=None, headers=None, reply_to=None):
    return {"frm": frm, "subject": subject, "when": when, "body": body, "to": to, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def case(cid, brand, mails, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False, ambiguous=None):
    cases.append({"cid": cid, "brand": brand, "mails": mails, "status": status, "decisions": list(decisions),
                  "rules": list(rules), "missing": missing, "spec": spec, "extra_ok": extra_ok,
                  "ambiguous": ambiguous})


def d(intent, outcome, amount=None, eff=None):
    x = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        x["amount"] = amount
    if eff:
        x["effective_date"] = eff
    return x


def t(s):
    """'2025-09-26 14:05' in IST."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=IST)


LO, OW = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
lo_cust("katrin.hofmann@gmx.de", "Katrin Hofmann", "monthly", "2025-09-24", "2025-10-23")
lo_pay("de_p001", "LO-INV-81101", "katrin.hofmann@gmx.de", "monthly", "2499.00", "2025-09-24T08:15:00", "2025-09-24", "2025-10-23")
lo_pay("de_p002", "LO-INV-81102", "katrin.hofmann@gmx.de", "monthly", "2499.00", "2025-09-24T08:16:00", "2025-09-24", "2025-10-23")
case("de-l01-doppelt-abgebucht", LO, [mail("Katrin Hofmann <katrin.hofmann@gmx.de>", "Doppelte Abbuchung Monatsabo",
    t("2025-09-26 09:40"),
    "Hallo LeadsOptima-Team,\n\nmir wurde am 24.09. der Monatsbeitrag zweimal abgebucht, je 2.499,00 INR "
    "(Kontoauszug liegt vor). Die zweite Rechnung hat die Nummer LO-INV-81102.\n"
    "Bitte erstatten Sie mir die doppelte Zahlung zurück.\n\nViele Grüße\nKatrin Hofmann")],
    "decided", [d("refund", "approve", "2499.00")],
    spec="POLICY_SPEC.md section 3 L2 duplicate_payment ('zweimal abgebucht'); L4: two paid monthly charges 2499.00 on 2025-09-24 same period; request 2025-09-26 = day 2 <= 7 (L3); refund the duplicate's amount 2499.00.")

lo_cust("t.brandt@brandt-immobilien.de", "Thomas Brandt", "quarterly", "2025-09-18", "2025-12-17")
lo_pay("de_p003", "LO-INV-81110", "t.brandt@brandt-immobilien.de", "quarterly", "5997.00", "2025-09-18T10:00:00", "2025-09-18", "2025-12-17")
lo_pay("de_p004", "LO-INV-81111", "t.brandt@brandt-immobilien.de", "quarterly", "5997.00", "2025-09-18T10:02:00", "2025-09-18", "2025-12-17")
case("de-l02-dup-tag7", LO, [mail("Thomas Brandt <t.brandt@brandt-immobilien.de>", "Quartalsabo 2x belastet!!",
    t("2025-09-25 23:10"),
    "Guten Abend,\n\nbei der Verlängerung meines Quartalsplans wurde meine Kreditkarte doppelt belastet "
    "(2 x 5.997,00). Rechnung der zweiten Buchung: LO-INV-81111. Bitte den doppelten Betrag zurückerstatten.\n\n"
    "Mit freundlichen Grüßen\nThomas Brandt\nBrandt Immobilien GmbH | Geschäftsführer\nSitz: Leipzig, HRB 45521")],
    "decided", [d("refund", "approve", "5997.00")],
    spec="L2 duplicate; charges 2025-09-18 (day 0), request 2025-09-25 23:10 IST = day 7, 'day 7 is inside' (L3); L4 approve 5997.00.")

lo_cust("jonas.weber@web.de", "Jonas Weber", "monthly", "2025-09-10", "2025-10-09")
lo_pay("de_p005", "LO-INV-81120", "jonas.weber@web.de", "monthly", "1999.00", "2025-09-10T07:30:00", "2025-09-10", "2025-10-09")
lo_pay("de_p006", "LO-INV-81121", "jonas.weber@web.de", "monthly", "1999.00", "2025-09-10T07:31:00", "2025-09-10", "2025-10-09")
case("de-l03-dup-tag8", LO, [mail("jonas.weber@web.de", "Doppelzahlung",
    t("2025-09-18 11:20"),
    "hallo,\nich hab grad gesehen dass ihr am 10.9. zweimal 1999 Rupien abgebucht habt. rechnung LO-INV-81121. "
    "will das geld zurück.\njonas\n\nVon meinem iPhone gesendet")],
    "decided", [d("refund", "deny")],
    spec="L2 duplicate, but charge 2025-09-10 is day 0 and request 2025-09-18 is day 8 > 7: L3 deny.")

lo_cust("sabine.krueger@t-online.de", "Sabine Krüger", "annual", "2025-09-20", "2026-09-19")
lo_pay("de_p007", "LO-INV-81130", "sabine.krueger@t-online.de", "annual", "11988.00", "2025-09-20T12:00:00", "2025-09-20", "2026-09-19")
case("de-l04-meinung-geaendert", LO, [mail("Sabine Krüger <sabine.krueger@t-online.de>", "Erstattung Jahresplan",
    t("2025-09-23 16:45"),
    "Sehr geehrte Damen und Herren,\n\nich habe am 20.09. den Jahresplan gebucht (Rechnung LO-INV-81130, 11.988,00 INR). "
    "Leider habe ich festgestellt, dass wir das Tool im Team gar nicht brauchen – wir bleiben bei unserem CRM. "
    "Ich bitte daher um Rückerstattung des Betrags.\n\nMit freundlichen Grüßen\nSabine Krüger")],
    "decided", [d("refund", "deny")],
    spec="L1: 'brauchen es nicht' is no exception reason (changed mind) -> deny, reply offers cancellation; inside 7 days does not matter.")

lo_cust("m.schulz@schulz-werbetechnik.de", "Markus Schulz", "monthly", "2025-09-05", "2025-10-04")
lo_pay("de_p008", "LO-INV-81140", "m.schulz@schulz-werbetechnik.de", "monthly", "2499.00", "2025-09-05T09:00:00", "2025-09-05", "2025-10-04")
case("de-l05-kuendigung-monat", LO, [mail("Markus Schulz <m.schulz@schulz-werbetechnik.de>", "Kündigung",
    t("2025-09-29 08:05"),
    "Hallo,\n\nhiermit kündige ich mein Monatsabo zum nächstmöglichen Zeitpunkt. Wir stellen unseren Vertrieb um "
    "und arbeiten künftig nur noch mit Messekontakten.\n\nGruß\nMarkus Schulz\nSchulz Werbetechnik")],
    "decided", [d("cancellation", "cancel", eff="2025-10-04")],
    spec="L8: cancel, active until current_period_end 2025-10-04.")

lo_cust("anna.lehmann@posteo.de", "Anna Lehmann", "quarterly", None, None)
lo_pay("de_p009", "LO-INV-81150", "anna.lehmann@posteo.de", "quarterly", "5997.00", "2025-08-14T19:20:00", None, None)
case("de-l06-kuendigung-fallback", LO, [mail("Anna Lehmann <anna.lehmann@posteo.de>", "Abo beenden",
    t("2025-09-15 13:30"),
    "Liebes Support-Team,\n\nbitte beendet mein Quartalsabo. Ich mache mich ab Oktober nicht mehr selbstständig, "
    "daher brauche ich keine Leads mehr.\n\nLiebe Grüße\nAnna")],
    "decided", [d("cancellation", "cancel", eff="2025-11-13")],
    spec="L8 fallback: no current_period_end in the ledger; last charge 2025-08-14 (local date) + 3 months - 1 day = 2025-11-13.")

lo_cust("f.zimmermann@zimmermann-it.de", "Felix Zimmermann", "monthly", "2025-09-27", "2025-10-26")
lo_pay("de_p010", "LO-INV-81160", "f.zimmermann@zimmermann-it.de", "monthly", "2499.00", "2025-09-27T06:00:00", "2025-09-27", "2025-10-26")
case("de-l07-login-geht-nicht", LO, [mail("Felix Zimmermann <f.zimmermann@zimmermann-it.de>", "Kein Zugang seit Verlängerung",
    t("2025-09-30 10:15"),
    "Hallo zusammen,\n\nseit der Verlängerung am 27.09. (Rechnung LO-INV-81160) kann ich mich nicht mehr einloggen – "
    "das Dashboard lädt einfach nicht, egal welcher Browser. Euer Support-Chat hat mir auch nicht helfen koennen. "
    "Ich möchte die Zahlung für diesen Monat erstattet haben.\n\nBeste Grüße\nFelix Zimmermann")],
    "decided", [d("refund", "escalate")],
    spec="L2 access_failure ('kann mich nicht einloggen', 'Dashboard lädt nicht'); charge day 3 inside 7 (L3); L6 escalate.")

lo_cust("claudia.becker@becker-steuer.de", "Claudia Becker", "monthly", "2025-09-22", "2025-10-21")
lo_pay("de_p011", "LO-INV-81170", "claudia.becker@becker-steuer.de", "annual", "11988.00", "2025-09-22T05:45:00", "2025-09-22", "2026-09-21")
case("de-l08-falscher-plan", LO, [mail("Claudia Becker <claudia.becker@becker-steuer.de>", "Falscher Betrag abgebucht",
    t("2025-09-24 09:00"),
    "<html><body><p>Guten Morgen,</p><p>ich habe den <b>Monatsplan</b>, es wurde mir aber am 22.09. der Jahresbetrag "
    "von 11.988,00 INR berechnet (Rechnung LO-INV-81170). Das ist der falsche Plan bzw. ein falscher Betrag. "
    "Bitte um Korrektur und Erstattung.</p><p>Freundliche Grüße<br>Claudia Becker<br>Steuerberatung Becker</p></body></html>",
    html=True)],
    "decided", [d("refund", "escalate")],
    spec="L2 billing_error (charged for the wrong plan / wrong amount); day 2 inside (L3); L5 escalate. HTML-only mail.")

lo_cust("dennis.wolf@gmail.com", "Dennis Wolf", "monthly", None, None, status="trial", trial="2025-10-05")
case("de-l09-testphase", LO, [mail("Dennis Wolf <dennis.wolf@gmail.com>", "Geld zurück?",
    t("2025-09-28 20:10"),
    "Hi,\n\nich bin gerade in der kostenlosen Testphase und will mein Geld zurück, das Tool passt nicht zu uns.\n\nDennis")],
    "decided", [d("refund", "deny")],
    spec="L7: account on free trial, no charges in the ledger -> deny (nothing to refund), reply says no billing unless they subscribe.",
    ambiguous="The refund names no invoice (there is none on a trial); the spec says L7 deny, but a bot could first ask for invoice_number (C3).")

lo_cust("p.richter@richter-fenster.de", "Peter Richter", "quarterly", "2025-08-01", "2025-10-31")
lo_pay("de_p012", "LO-INV-81180", "p.richter@richter-fenster.de", "quarterly", "5997.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
case("de-l10-keine-erstattung-nur-kuendigen", LO, [mail("Peter Richter <p.richter@richter-fenster.de>", "Kündigung Quartalsabo",
    t("2025-09-19 14:22"),
    "Hallo,\n\nich will KEINE Erstattung, mir ist klar dass das laufende Quartal bezahlt ist. Bitte einfach nur "
    "das Abo kündigen, damit nicht mehr verlängert wird. Grund: Auftragslage ist gerade zu dünn.\n\n"
    "MfG P. Richter")],
    "decided", [d("cancellation", "cancel", eff="2025-10-31")],
    spec="Negation (section 8): 'KEINE Erstattung' adds no refund intent; L8 cancel until current_period_end 2025-10-31.")

lo_cust("lena.vogel@icloud.com", "Lena Vogel", "monthly", "2025-09-12", "2025-10-11")
lo_pay("de_p013", "LO-INV-81190", "lena.vogel@icloud.com", "monthly", "2499.00", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
case("de-l11-hypothetisch", LO, [mail("Lena Vogel <lena.vogel@icloud.com>", "Frage zum Jahresplan",
    t("2025-09-22 12:00"),
    "Hallo,\n\nich überlege, vom Monats- auf den Jahresplan zu wechseln. Falls das Tool dann doch nicht zu "
    "unserem Team passt – bekäme ich mein Geld dann zurück? Wie läuft das bei euch?\n\nDanke & Grüße\nLena")],
    "other", [],
    spec="Section 8: a hypothetical ('bekäme ich mein Geld dann zurück?') before buying is a policy question -> other.")

lo_cust("oliver.hartmann@hartmann-consulting.de", "Oliver Hartmann", "annual", "2025-03-01", "2026-02-28")
lo_pay("de_p014", "LO-INV-81200", "oliver.hartmann@hartmann-consulting.de", "annual", "11988.00", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
case("de-l12-falscher-absender", LO, [mail("Olli H. <olli.hartmann82@gmail.com>", "Kündigung Jahresabo",
    t("2025-09-24 18:30"),
    "Servus,\n\nich schreibe von meiner privaten Adresse. Registriert bin ich mit oliver.hartmann@hartmann-consulting.de. "
    "Bitte kündigt den Jahresplan zum Ende der Laufzeit, wir lösen die Firma auf.\n\nOliver Hartmann")],
    "need_info", [], rules=["C2"],
    spec="C2: sender olli.hartmann82@gmail.com is not the registered email named in the mail -> need_info asking to write from the address on record; nothing about the account.")

lo_cust("julia.schaefer@schaefer-events.de", "Julia Schäfer", "monthly", "2025-09-25", "2025-10-24")
lo_pay("de_p015", "LO-INV-81210", "julia.schaefer@schaefer-events.de", "monthly", "1999.00", "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
lo_pay("de_p016", "LO-INV-81211", "julia.schaefer@schaefer-events.de", "monthly", "1999.00", "2025-09-25T11:03:00", "2025-09-25", "2025-10-24")
case("de-l13-thread-rechnungsnr", LO, [
    mail("Julia Schäfer <julia.schaefer@schaefer-events.de>", "zweimal bezahlt", t("2025-09-26 10:00"),
         "Hallo,\n\nich habe den Monatsbeitrag versehentlich zweimal bezahlt (25.09.). Bitte eine Zahlung zurück.\n\nJulia Schäfer"),
    mail("Julia Schäfer <julia.schaefer@schaefer-events.de>", "Re: zweimal bezahlt", t("2025-09-27 09:15"),
         "Hallo,\n\ndie Rechnungsnummer der zweiten Zahlung ist lo inv 81211.\n\nGruß Julia\n\n"
         "> Bitte nennen Sie uns die Rechnungsnummer der betroffenen Zahlung.")],
    "decided", [d("refund", "approve", "1999.00")],
    spec="C3 thread: first mail lacks invoice_number, the reply (In-Reply-To) gives 'lo inv 81211' = LO-INV-81211 (section 8 matching); request time = first mail 2025-09-26 = day 1; L4 approve 1999.00.")

lo_cust("stefan.koch@koch-gastro.de", "Stefan Koch", "monthly", "2025-09-21", "2025-10-20")
lo_pay("de_p017", "LO-INV-81220", "stefan.koch@koch-gastro.de", "monthly", "2499.00", "2025-09-21T08:00:00", "2025-09-21", "2025-10-20")
case("de-l14-chargeback", LO, [mail("Stefan Koch <stefan.koch@koch-gastro.de>", "LETZTE Aufforderung",
    t("2025-09-25 17:55"),
    "Hallo,\n\nich habe schon zweimal geschrieben: seit dem 21.09. komme ich nicht mehr in mein Konto (Rechnung LO-INV-81220). "
    "Wenn ich bis Freitag mein Geld nicht zurückhabe, veranlasse ich einen Chargeback über meine Bank "
    "und schalte die Verbraucherzentrale ein.\n\nStefan Koch")],
    "decided", [d("refund", "escalate")], rules=["C4"],
    spec="C4: chargeback threat ('Chargeback über meine Bank') -> escalate the whole case.")

case("de-l15-abwesenheit", LO, [mail("Martina Braun <martina.braun@braun-logistik.de>", "Automatische Antwort: Ihre Rechnung LO-INV-81230",
    t("2025-09-27 07:00"),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 nicht im Büro und habe keinen Zugriff "
    "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@braun-logistik.de.\n\nMartina Braun",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", [], rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied (out-of-office) -> ignore.")

lo_cust("h.neumann@neumann-solar.de", "Heike Neumann", "monthly", "2025-09-14", "2025-10-13")
lo_pay("de_p018", "LO-INV-81240", "h.neumann@neumann-solar.de", "monthly", "2499.00", "2025-08-14T09:00:00", "2025-08-14", "2025-09-13")
lo_pay("de_p019", "LO-INV-81241", "h.neumann@neumann-solar.de", "monthly", "2499.00", "2025-09-14T09:00:00", "2025-09-14", "2025-10-13")
case("de-l16-nach-kuendigung-belastet", LO, [mail("Heike Neumann <h.neumann@neumann-solar.de>", "Abbuchung trotz Kündigung",
    t("2025-09-17 15:40"),
    "Hallo,\n\nich habe mein Abo am 10. September über das Kundenkonto gekündigt und trotzdem wurde mir am 14.09. "
    "erneut abgebucht (LO-INV-81241). Ich bitte um Erstattung dieser Abbuchung nach der Kündigung.\n\nHeike Neumann")],
    "decided", [d("refund", "escalate")], extra_ok=True,
    spec="L2 billing_error (charged after cancelling, a past event); charge 2025-09-14, request day 3 inside (L3); L5 escalate. extra_ok: a bot may also record the cancellation already made.")

lo_cust("kevin.schmitt@schmitt-kfz.de", "Kevin Schmitt", "monthly", "2025-09-20", "2025-10-19")
for i, pid in enumerate(("de_p020", "de_p021", "de_p022")):
    lo_pay(pid, f"LO-INV-8125{i}", "kevin.schmitt@schmitt-kfz.de", "monthly", "1999.00", f"2025-09-20T10:0{i}:00", "2025-09-20", "2025-10-19")
case("de-l17-dreifach", LO, [mail("Kevin Schmitt <kevin.schmitt@schmitt-kfz.de>", "3x abgebucht?!",
    t("2025-09-22 08:30"),
    "Moin,\n\nihr habt am 20.09. dreimal 1.999,00 abgebucht, dreifach für denselben Monat! Rechnungen LO-INV-81251 und "
    "LO-INV-81252 sind zu viel. Bitte die doppelten Zahlungen erstatten.\n\nKevin")],
    "decided", [d("refund", "approve", "3998.00")],
    spec="Section 8: three identical charges -> every charge after the first is a duplicate; both inside 7 days (day 2): 1999.00 + 1999.00 = 3998.00.")

lo_cust("sandra.meyer@meyer-praxis.de", "Sandra Meyer", "monthly", "2025-09-01", "2025-09-30")
lo_pay("de_p023", "LO-INV-81260", "sandra.meyer@meyer-praxis.de", "monthly", "2499.00", "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")
lo_pay("de_p024", "LO-INV-81261", "sandra.meyer@meyer-praxis.de", "monthly", "2499.00", "2025-09-01T09:01:00", "2025-09-01", "2025-09-30")
case("de-l18-dup-html-spaet", LO, [mail("Sandra Meyer <sandra.meyer@meyer-praxis.de>", "Doppelte Belastung September",
    t("2025-09-12 11:00"),
    "<div dir='ltr'><p>Sehr geehrtes Team,</p><p>beim Abgleich der Buchhaltung ist aufgefallen, dass der September "
    "doppelt abgebucht wurde (LO-INV-81261). Ich bitte um Rückzahlung.</p><p>Mit freundlichen Grüßen<br>Dr. Sandra Meyer</p>"
    "<p style='font-size:9px;color:#888'>Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte sofort den Absender.</p></div>", html=True)],
    "decided", [d("refund", "deny")],
    spec="L2 duplicate but charge 2025-09-01 day 0, request 2025-09-12 day 11 > 7: L3 deny. HTML-only with disclaimer.")

lo_cust("ben.fischer@fischer-media.de", "Ben Fischer", "monthly", "2025-09-16", "2025-10-15")
lo_pay("de_p025", "LO-INV-81270", "ben.fischer@fischer-media.de", "monthly", "2499.00", "2025-09-16T09:00:00", "2025-09-16", "2025-10-15")
case("de-l19-wie-export", LO, [mail("Ben Fischer <ben.fischer@fischer-media.de>", "Export der Leads als CSV",
    t("2025-09-23 10:10"),
    "Hallo,\n\nwie kann ich meine Leads als CSV exportieren? Ich finde den Button im Dashboard nicht.\n\nDanke!\nBen")],
    "other", [],
    spec="Neither refund nor cancellation (how-to question) -> other.")

lo_cust("ute.kaiser@kaiser-reisen.de", "Ute Kaiser", "annual", "2025-01-10", "2026-01-09")
lo_pay("de_p026", "LO-INV-81280", "ute.kaiser@kaiser-reisen.de", "annual", "11988.00", "2025-01-10T10:00:00", "2025-01-10", "2026-01-09")
case("de-l20-wg-kollege", LO, [mail("Rolf Kaiser <rolf@kaiser-reisen.de>", "WG: Kündigung LeadsOptima",
    t("2025-09-26 09:00"),
    "Hallo,\nanbei die Kündigung meiner Frau, bitte erledigen.\nRolf\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Ute Kaiser <ute.kaiser@kaiser-reisen.de>\nGesendet: Donnerstag, 25. September 2025 18:12\n"
    "An: Rolf Kaiser <rolf@kaiser-reisen.de>\nBetreff: Kündigung LeadsOptima\n\n"
    "Rolf, schick das bitte an LeadsOptima: Ich kündige den Jahresplan (registriert mit ute.kaiser@kaiser-reisen.de), "
    "wir geben das Reisebüro zum Jahresende auf.\nUte")],
    "need_info", [], rules=["C2"],
    spec="Section 8 forwards: the Outlook 'WG:' forward names registered email ute.kaiser@kaiser-reisen.de, sender rolf@ is another address -> C2 need_info.")

lo_cust("n.klein@klein-bau.de", "Nina Klein", "monthly", "2025-09-08", "2025-10-07")
lo_pay("de_p027", "LO-INV-81290", "n.klein@klein-bau.de", "monthly", "2499.00", "2025-09-08T09:00:00", "2025-09-08", "2025-10-07")
case("de-l21-reply-to-falle", LO, [mail("Nina Klein <nina.klein.bau@gmail.com>", "Abo kündigen",
    t("2025-09-20 19:45"),
    "Hallo,\nbitte kündigt mein Monatsabo, wir haben die Akquise an eine Agentur ausgelagert.\nDanke, Nina Klein",
    reply_to="n.klein@klein-bau.de")],
    "need_info", [], rules=["C2"],
    spec="Section 8: the sender is the From address; Reply-To n.klein@klein-bau.de (on record) never verifies -> C2 need_info.")

lo_cust("r.lange@lange-versicherung.de", "Robert Lange", "monthly", "2025-09-02", "2025-10-01")
lo_pay("de_p028", "LO-INV-81300", "r.lange@lange-versicherung.de", "monthly", "2499.00", "2025-09-02T09:00:00", "2025-09-02", "2025-10-01")
case("de-l22-grossbuchstaben-kuendigung-englisch", LO, [mail("Robert Lange <R.Lange@Lange-Versicherung.DE>", "Kuendigung / cancellation",
    t("2025-09-27 11:11"),
    "Hallo, hi,\n\nbitte Kuendigung meines Accounts, monthly plan - please cancel, we switched to another lead tool, "
    "das andere ist einfach guenstiger fuer uns.\n\nVG Robert Lange")],
    "decided", [d("cancellation", "cancel", eff="2025-10-01")],
    spec="Section 8: addresses compare case-insensitively -> verified; mixed German/English, no umlauts; L8 cancel until 2025-10-01.")

case("de-l23-newsletter", LO, [mail("Marketing-Newsletter <news@leadtools-blog.de>", "Die 10 besten Tipps zur Leadgenerierung",
    t("2025-09-25 06:00"),
    "Hallo,\n\nin unserem Newsletter diese Woche: Wie Sie Ihre Leads verdoppeln. Abmelden: Link unten.",
    headers={"Precedence": "bulk", "List-Id": "<news.leadtools-blog.de>", "List-Unsubscribe": "<mailto:unsub@leadtools-blog.de>"})],
    "ignore", [], rules=["C7"],
    spec="C7: Precedence: bulk and List-Id -> ignore.")

lo_cust("e.wagner@wagner-druck.de", "Elke Wagner", "quarterly", "2025-09-20", "2025-12-19")
lo_pay("de_p029", "LO-INV-81310", "e.wagner@wagner-druck.de", "quarterly", "5997.00", "2025-09-20T09:00:00", "2025-09-20", "2025-12-19")
case("de-l24-erstattung-und-kuendigung-unused", LO, [mail("Elke Wagner <e.wagner@wagner-druck.de>", "Kündigung + Rückerstattung Restlaufzeit",
    t("2025-09-24 14:00"),
    "Hallo LeadsOptima,\n\nbitte kündigt unser Quartalsabo und erstattet die nicht genutzten Wochen anteilig zurück "
    "(Rechnung LO-INV-81310). Wir haben das Tool kaum benutzt.\n\nMit freundlichen Grüßen\nElke Wagner\nWagner Druck")],
    "decided", [d("refund", "deny"), d("cancellation", "cancel", eff="2025-12-19")],
    spec="L1/L8: no refund for unused time ('kaum benutzt') -> deny; cancellation -> cancel, active until current_period_end 2025-12-19.")

lo_cust("tim.baumann@baumann-software.de", "Tim Baumann", "monthly", "2025-09-28", "2025-10-27")
lo_pay("de_p030", "LO-INV-81320", "tim.baumann@baumann-software.de", "monthly", "2499.00", "2025-09-28T09:00:00", "2025-09-28", "2025-10-27")
lo_pay("de_p031", "LO-INV-81321", "tim.baumann@baumann-software.de", "monthly", "2499.00", "2025-09-28T09:00:30", "2025-09-28", "2025-10-27")
case("de-l25-apple-fwd-eigene", LO, [mail("Tim Baumann <tim.baumann@baumann-software.de>", "Fwd: Doppelte Zahlung",
    t("2025-09-30 08:45"),
    "Nochmal an die richtige Adresse, sorry.\n\nAnfang der weitergeleiteten Nachricht:\n\n"
    "Von: Tim Baumann <tim.baumann@baumann-software.de>\nBetreff: Doppelte Zahlung\nDatum: 29. September 2025 um 21:14:03 MESZ\n"
    "An: info@baumann-software.de\n\nHallo, mein Monatsbeitrag wurde am 28.09. doppelt abgebucht, "
    "die zweite Rechnung ist LO-INV-81321. Bitte zurückbuchen.\nTim")],
    "decided", [d("refund", "approve", "2499.00")],
    spec="Section 8 forwards: Apple Mail forward of the sender's own request (same address) -> read the carried request; L4 duplicate, day 2 -> approve 2499.00.")

# ---------------------------------------------------------------- Optima WebDesign
proj("Bäckerei Huber Website", "kontakt@baeckerei-huber.de")
owd_pay("de_o001", "OWD-2025-301", "Bäckerei Huber Website", "deposit", "30000.00", "5400.00", "2025-09-26T11:00:00")
case("de-o01-anzahlung-48h", OW, [mail("Franz Huber <kontakt@baeckerei-huber.de>", "Refund Request — Bäckerei Huber Website / OWD-2025-301",
    t("2025-09-28 10:00"), to=OWD_TO,
    body="Grüß Gott,\n\nwir haben am 26.09. die Anzahlung (30.000,00 INR zzgl. MwSt.) für das Projekt "
    "\"Bäckerei Huber Website\" geleistet, Rechnung OWD-2025-301. Leider hat mein Sohn inzwischen angeboten, die Seite "
    "selbst zu bauen, deshalb möchten wir vom Projekt zurücktreten und bitten um Rückerstattung der Anzahlung.\n\n"
    "Mit freundlichen Grüßen\nFranz Huber\nBäckerei Huber, Rosenheim")],
    "decided", [d("refund", "approve", "30000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-26 11:00, request 2025-09-28 10:00 = 47 h < 72 h, work_started_at empty -> approve 30000.00 before tax (C6). extra_ok: 'vom Projekt zurücktreten' may also be read as a cancellation.")

proj("Praxis Dr. Engel", "praxis@dr-engel.de")
owd_pay("de_o002", "OWD-2025-302", "Praxis Dr. Engel", "deposit", "25000.00", "4500.00", "2025-09-20T15:00:00")
case("de-o02-anzahlung-genau-72h", OW, [mail("Dr. Miriam Engel <praxis@dr-engel.de>", "Rückerstattung Anzahlung OWD-2025-302",
    t("2025-09-23 15:00"), to=OWD_TO,
    body="Sehr geehrte Damen und Herren,\n\nfür das Projekt Praxis Dr. Engel haben wir am 20.09. um 15 Uhr die Anzahlung "
    "überwiesen (OWD-2025-302). Da die Praxisübernahme geplatzt ist, brauchen wir die neue Website nicht mehr. "
    "Bitte erstatten Sie die Anzahlung.\n\nMit freundlichen Grüßen\nDr. Miriam Engel")],
    "decided", [d("refund", "deny")], extra_ok=True,
    spec="Section 8: exactly 72 hours (2025-09-20 15:00 -> 2025-09-23 15:00 IST) is not 'before 72 hours' -> O2 deny.")

proj("Autohaus Berger Relaunch", "verwaltung@autohaus-berger.de", "2025-09-27T09:00:00")
owd_pay("de_o003", "OWD-2025-303", "Autohaus Berger Relaunch", "deposit", "40000.00", "7200.00", "2025-09-26T12:00:00")
case("de-o03-anzahlung-arbeit-begonnen", OW, [mail("Verwaltung Autohaus Berger <verwaltung@autohaus-berger.de>", "Storno Autohaus Berger Relaunch",
    t("2025-09-28 09:30"), to=OWD_TO,
    body="Hallo,\n\nwir ziehen den Auftrag \"Autohaus Berger Relaunch\" zurück, die Geschäftsleitung hat das Budget gestrichen. "
    "Bitte die Anzahlung zu Rechnung OWD-2025-303 zurückzahlen.\n\ni.A. Sven Berger")],
    "decided", [d("refund", "deny")], extra_ok=True,
    spec="O2: within 72 h (45.5 h) but work_started_at 2025-09-27 09:00 is before the request -> 'whichever occurs first' -> deny.")

proj("Yoga Studio Lotus Branding", "hallo@lotus-yoga.de")
owd_pay("de_o004", "OWD-2025-304", "Yoga Studio Lotus Branding", "discovery", "15000.00", "2700.00", "2025-09-22T10:00:00")
case("de-o04-discovery-nicht-begonnen", OW, [mail("Lisa Sommer <hallo@lotus-yoga.de>", "Strategie-Workshop absagen",
    t("2025-09-25 12:30"), to=OWD_TO2,
    body="Liebes Optima-Team,\n\nden Strategie-Workshop für \"Yoga Studio Lotus Branding\" (Rechnung OWD-2025-304) müssen "
    "wir leider absagen, ich bin schwanger und schließe das Studio für ein Jahr. Der Termin hat noch nicht "
    "stattgefunden. Könnt ihr mir die Discovery-Gebühr bitte zurückerstatten?\n\nNamaste\nLisa")],
    "decided", [d("refund", "approve", "15000.00")], extra_ok=True,
    spec="O1: discovery, work_started_at empty -> refundable in full: 15000.00 before tax.")

proj("Kanzlei Roth Website", "sekretariat@kanzlei-roth.de", "2025-09-15T10:00:00")
owd_pay("de_o005", "OWD-2025-305", "Kanzlei Roth Website", "discovery", "18000.00", "3240.00", "2025-09-12T10:00:00")
case("de-o05-discovery-begonnen", OW, [mail("Sekretariat Roth <sekretariat@kanzlei-roth.de>", "Rückforderung Discovery-Gebühr",
    t("2025-09-24 16:00"), to=OWD_TO,
    body="Sehr geehrte Damen und Herren,\n\nnach der ersten Strategiesitzung am 15.09. haben wir entschieden, das Projekt "
    "Kanzlei Roth Website nicht weiterzuverfolgen, da uns die Ergebnisse nicht überzeugt haben. Wir bitten um Erstattung "
    "der Rechnung OWD-2025-305.\n\nMit freundlichen Grüßen\ni.A. Petra Lorenz, Sekretariat")],
    "decided", [d("refund", "deny")], extra_ok=True,
    spec="O1: session held (work_started_at 2025-09-15 before the request) -> deny.")

proj("Weingut Sonnhalde Shop", "info@weingut-sonnhalde.de", "2025-08-01T10:00:00")
owd_pay("de_o006", "OWD-2025-306", "Weingut Sonnhalde Shop", "milestone", "40000.00", "7200.00", "2025-09-05T10:00:00", ms="not_started")
case("de-o06-meilenstein-offen", OW, [mail("Weingut Sonnhalde <info@weingut-sonnhalde.de>", "Meilenstein 3 streichen",
    t("2025-09-26 11:45"), to=OWD_TO,
    body="Hallo,\n\nfür unser Projekt Weingut Sonnhalde Shop haben wir Meilenstein 3 (Shop-Anbindung, OWD-2025-306, 40.000,00) "
    "bereits bezahlt. Wir haben uns entschieden, den Online-Shop doch nicht umzusetzen, weil der Versand von Wein "
    "zu kompliziert ist. Mit diesem Meilenstein wurde noch nicht begonnen – bitte erstatten.\n\nBeste Grüße\nKarl Sonnleitner")],
    "decided", [d("refund", "approve", "40000.00")], extra_ok=True,
    spec="O3: milestone not_started -> refund that milestone's amount 40000.00 (before tax). extra_ok: the subject 'Meilenstein 3 streichen' may also be read as a cancellation of the milestone.")

proj("Physio Aktiv App", "team@physio-aktiv.de", "2025-08-10T10:00:00")
owd_pay("de_o007", "OWD-2025-307", "Physio Aktiv App", "milestone", "55000.00", "9900.00", "2025-09-01T10:00:00", ms="in_progress")
case("de-o07-meilenstein-laufend", OW, [mail("Physio Aktiv <team@physio-aktiv.de>", "Erstattung Meilenstein Physio Aktiv App",
    t("2025-09-29 13:00"), to=OWD_TO,
    body="Hallo Optima,\n\nder Meilenstein \"Terminbuchung\" (OWD-2025-307) für Physio Aktiv App ist seit Wochen in Arbeit, "
    "aber wir sind mit dem Tempo sehr unzufrieden. Wir wollen das Geld für den Meilenstein zurück.\n\nGruß\nJan Petersen")],
    "decided", [d("refund", "escalate")],
    spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person).")

proj("Fotostudio Licht Portfolio", "studio@fotolicht.de", "2025-07-01T10:00:00")
owd_pay("de_o008", "OWD-2025-308", "Fotostudio Licht Portfolio", "milestone", "20000.00", "3600.00", "2025-08-20T10:00:00", ms="approved")
case("de-o08-meilenstein-abgenommen", OW, [mail("Fotostudio Licht <studio@fotolicht.de>", "Geld zurück für Design",
    t("2025-09-19 10:20"), to=OWD_TO,
    body="Hallo,\n\nich habe das Design für Fotostudio Licht Portfolio zwar freigegeben (Rechnung OWD-2025-308), gefällt mir "
    "aber im Nachhinein nicht mehr. Ich möchte die Zahlung erstattet bekommen.\n\nAndrea")],
    "decided", [d("refund", "deny")],
    spec="O3/O6: milestone approved -> deny ('approved milestones' non-refundable).")

proj("Handwerk Meier Betreuung", "meier@meier-handwerk.de", "2025-01-15T10:00:00")
owd_pay("de_o009", "OWD-2025-309", "Handwerk Meier Betreuung", "retainer", "12000.00", "2160.00", "2025-09-15T10:00:00",
        next_billing_at="2025-10-15", ps="2025-09-15", pe="2025-10-14")
case("de-o09-retainer-fruehzeitig", OW, [mail("Georg Meier <meier@meier-handwerk.de>", "Kündigung Betreuungsvertrag",
    t("2025-09-29 09:00"), to=OWD_TO,
    body="Sehr geehrte Damen und Herren,\n\nhiermit kündige ich den monatlichen Betreuungsvertrag für das Projekt "
    "\"Handwerk Meier Betreuung\" (letzte Rechnung OWD-2025-309). Grund: Ich gehe in Rente und der Betrieb wird abgemeldet.\n\n"
    "Mit freundlichen Grüßen\nGeorg Meier")],
    "decided", [d("cancellation", "cancel", eff="2025-10-14")],
    spec="O4/O8: retainer, next_billing_at 2025-10-15; request 2025-09-29 <= 2025-10-08 (>= 7 days' notice) -> cancel, effective the day before: 2025-10-14.")

proj("Café Mokka Social Media", "cafe.mokka@web.de", "2025-02-01T10:00:00")
owd_pay("de_o010", "OWD-2025-310", "Café Mokka Social Media", "retainer", "8000.00", "1440.00", "2025-09-07T10:00:00",
        next_billing_at="2025-10-07", ps="2025-09-07", pe="2025-10-06")
case("de-o10-retainer-genau-7-tage", OW, [mail("Café Mokka <cafe.mokka@web.de>", "kündigung social media betreuung",
    t("2025-09-30 22:30"), to=OWD_TO,
    body="hallo ihr lieben,\n\nwir möchten die social media betreuung für Café Mokka Social Media kündigen "
    "(rechnung OWD-2025-310). grund: wir machen die posts ab jetzt selber, die praktikantin ist da echt gut drin.\n\n"
    "lg aus dem café\nMeli")],
    "decided", [d("cancellation", "cancel", eff="2025-10-06")],
    spec="O4: next_billing_at 2025-10-07 minus 7 days = 2025-09-30; request local date 2025-09-30 is on it -> enough notice; effective 2025-10-06.")

proj("Tanzschule Rhythmus SEO", "buero@tanzschule-rhythmus.de", "2025-03-01T10:00:00")
owd_pay("de_o011", "OWD-2025-311", "Tanzschule Rhythmus SEO", "retainer", "10000.00", "1800.00", "2025-09-03T10:00:00",
        next_billing_at="2025-10-03", ps="2025-09-03", pe="2025-10-02")
case("de-o11-retainer-zu-kurz", OW, [mail("Tanzschule Rhythmus <buero@tanzschule-rhythmus.de>", "Kündigung SEO-Retainer",
    t("2025-09-30 10:00"), to=OWD_TO,
    body="Guten Tag,\n\nwir kündigen den SEO-Retainer für Tanzschule Rhythmus SEO (Rechnung OWD-2025-311) – die Rankings "
    "haben sich in 6 Monaten kaum verbessert.\n\nFreundliche Grüße\nBirgit Tanner")],
    "decided", [d("cancellation", "cancel", eff="2025-11-02")],
    spec="O4: next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-30 is later -> next cycle 2025-10-03..2025-11-02 is billed, effective 2025-11-02.",
    ambiguous="The length of the next cycle is taken from the current period (monthly, 2025-09-03..2025-10-02); the spec says 'last day of that next cycle' without naming the field.")

proj("Zahnarzt Kurz Hosting", "info@zahnarzt-kurz.de", "2025-09-01T10:00:00")
owd_pay("de_o012", "OWD-2025-312", "Zahnarzt Kurz Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
        setup_fee="2400.00", service_start="2025-09-22")
case("de-o12-hosting-14-tage", OW, [mail("Dr. Kurz <info@zahnarzt-kurz.de>", "Hosting kündigen und erstatten",
    t("2025-09-30 09:10"), to=OWD_TO,
    body="Sehr geehrte Damen und Herren,\n\nwir kündigen das Jahreshosting für Zahnarzt Kurz Hosting (OWD-2025-312), da unsere "
    "Praxisgruppe ein zentrales Hosting vorschreibt, und bitten um anteilige Rückerstattung.\n\nMit freundlichen Grüßen\nDr. Tobias Kurz")],
    "decided", [d("refund", "approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-30 = day 8 <= 14; monthly_value = (18000.00 - 2400.00)/12 = 1300.00; 1 month consumed; refund 18000.00 - 2400.00 - 1300.00 = 14300.00. extra_ok for the accompanying cancellation.")

proj("Metzgerei Vogt Wartung", "vogt@metzgerei-vogt.de", "2025-09-01T10:00:00")
owd_pay("de_o013", "OWD-2025-313", "Metzgerei Vogt Wartung", "maintenance_annual", "24000.00", "4320.00", "2025-09-08T10:00:00",
        setup_fee="3000.00", service_start="2025-09-10")
case("de-o13-wartung-zu-spaet", OW, [mail("Metzgerei Vogt <vogt@metzgerei-vogt.de>", "Wartungsvertrag Rückerstattung",
    t("2025-09-25 08:00"), to=OWD_TO,
    body="Hallo,\n\nwir möchten den Jahreswartungsvertrag Metzgerei Vogt Wartung (OWD-2025-313) stornieren und das Geld "
    "zurück, weil wir die Filiale verkaufen.\n\nGruß\nHans Vogt")],
    "decided", [d("refund", "deny")], extra_ok=True,
    spec="O5: service_start 2025-09-10 (day 0), request 2025-09-25 = day 15 > 14 -> deny. extra_ok for the cancellation.")

proj("Blumen Kranz Webshop", "bestellung@blumen-kranz.de", "2025-08-01T10:00:00")
owd_pay("de_o014", "OWD-2025-314", "Blumen Kranz Webshop", "third_party", "4500.00", "810.00", "2025-09-25T10:00:00")
case("de-o14-domain-ssl", OW, [mail("Blumen Kranz <bestellung@blumen-kranz.de>", "Domain + SSL zurückerstatten",
    t("2025-09-27 10:00"), to=OWD_TO,
    body="Hallo,\n\nihr habt uns für den Blumen Kranz Webshop Domain und SSL-Zertifikat berechnet (OWD-2025-314, 4.500,00). "
    "Die Domain hatten wir eigentlich schon woanders – bitte Geld zurück.\n\nViele Grüße\nRenate Kranz")],
    "decided", [d("refund", "deny")],
    spec="O6: kind third_party (domain, SSL) never refundable -> deny citing 'Non-refundable items'.")

proj("Eventagentur Funke Landingpage", "funke@funke-events.de", "2025-09-10T10:00:00")
owd_pay("de_o015", "OWD-2025-315", "Eventagentur Funke Landingpage", "rush", "9000.00", "1620.00", "2025-09-24T10:00:00")
case("de-o15-eilzuschlag", OW, [mail("Tobias Funke <funke@funke-events.de>", "Eilzuschlag",
    t("2025-09-26 14:00"), to=OWD_TO,
    body="Hi,\n\nden Eilzuschlag (OWD-2025-315) für die Eventagentur Funke Landingpage hätten wir gern zurück: die Seite "
    "war zwar pünktlich online, aber das Event wurde abgesagt, also war die Eile umsonst.\n\nTobias")],
    "decided", [d("refund", "deny")],
    spec="O6: kind rush never refundable -> deny.")

proj("Steuerbüro Albrecht Website", "kanzlei@albrecht-steuer.de", "2025-08-01T10:00:00")
owd_pay("de_o016", "OWD-2025-316", "Steuerbüro Albrecht Website", "milestone", "30000.00", "5400.00", "2025-09-15T10:00:00", ms="not_started")
case("de-o16-private-adresse", OW, [mail("Werner Albrecht <w.albrecht1961@gmx.net>", "Erstattung Meilenstein",
    t("2025-09-25 20:00"), to=OWD_TO,
    body="Guten Abend,\n\nich schreibe von zu Hause. Unser Vertrag läuft über kanzlei@albrecht-steuer.de. Für das Projekt "
    "Steuerbüro Albrecht Website bitte ich um Erstattung des Meilensteins OWD-2025-316, wir haben das Budget umgeschichtet.\n\n"
    "Werner Albrecht")],
    "need_info", [], rules=["C2"],
    spec="C2 (explicit for Optima): not sent from the contract email named in the mail -> need_info asking to write from it.")

proj("Fahrschule Adler Pflege", "info@fahrschule-adler.de", "2025-01-10T10:00:00")
owd_pay("de_o017", "OWD-2025-317", "Fahrschule Adler Pflege", "retainer", "6000.00", "1080.00", "2025-09-10T10:00:00",
        next_billing_at="2025-10-10", ps="2025-09-10", pe="2025-10-09")
case("de-o17-kein-grund", OW, [mail("Fahrschule Adler <info@fahrschule-adler.de>", "Kündigung",
    t("2025-09-24 09:00"), to=OWD_TO,
    body="Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Pflegevertrag für Fahrschule Adler Pflege, Rechnung OWD-2025-317.\n"
    "Bitte bestätigen Sie den Eingang.\n\nMit freundlichen Grüßen\n\nFahrschule Adler GmbH\nHauptstraße 12, 79098 Freiburg\n"
    "Tel. 0761 123456")],
    "need_info", [], missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; greetings/signature/'bitte bestätigen' are no reason -> need_info missing reason.")

proj("Galerie Nord Relaunch", "galerie@galerie-nord.de")
owd_pay("de_o018", "OWD-2025-318", "Galerie Nord Relaunch", "deposit", "22000.00", "3960.00", "2025-09-29T09:00:00")
case("de-o18-thread-details", OW, [
    mail("Galerie Nord <galerie@galerie-nord.de>", "Anzahlung zurück", t("2025-09-29 18:00"), to=OWD_TO,
         body="Hallo,\n\nwir haben heute die Anzahlung bezahlt, möchten aber zurücktreten: der Vorstand hat den Relaunch "
         "auf nächstes Jahr verschoben. Bitte um Rückerstattung.\n\nIngrid Nordmann"),
    mail("Galerie Nord <galerie@galerie-nord.de>", "Re: Anzahlung zurück", t("2025-09-30 09:30"), to=OWD_TO,
         body="Guten Morgen,\n\ndas Projekt heißt \"Galerie Nord Relaunch\", die Rechnung OWD 2025 318.\n\nGruß\nIngrid Nordmann\n\n"
         "> Bitte nennen Sie uns Projektname und Rechnungsnummer.")],
    "decided", [d("refund", "approve", "22000.00")], extra_ok=True,
    spec="C3 thread: project and invoice given in the reply ('OWD 2025 318' = OWD-2025-318); request time = first mail 2025-09-29 18:00, 9 h after payment, no work -> O2 approve 22000.00.")

proj("Immobilien Stein Portal", "stein@stein-immobilien.de", "2025-06-01T10:00:00")
owd_pay("de_o019", "OWD-2025-319", "Immobilien Stein Portal", "retainer", "15000.00", "2700.00", "2025-09-20T10:00:00",
        next_billing_at="2025-10-20", ps="2025-09-20", pe="2025-10-19")
case("de-o19-anwalt", OW, [mail("Klaus Stein <stein@stein-immobilien.de>", "Kündigung und Erstattung – letzte Frist",
    t("2025-09-26 17:00"), to=OWD_TO,
    body="Sehr geehrte Damen und Herren,\n\nich kündige den Retainer für Immobilien Stein Portal (OWD-2025-319) fristlos, "
    "da seit Wochen keine Leistung erbracht wird, und fordere die Septemberzahlung zurück. Sollte ich bis 03.10. nichts "
    "hören, übergebe ich die Angelegenheit meinem Anwalt.\n\nKlaus Stein")],
    "decided", [d("refund", "escalate"), d("cancellation", "escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): lawyer threat ('meinem Anwalt') escalates both the refund and the cancellation.")

proj("Kita Sonnenschein Pflege", "leitung@kita-sonnenschein.de", "2025-04-01T10:00:00")
owd_pay("de_o020", "OWD-2025-320", "Kita Sonnenschein Pflege", "retainer", "5000.00", "900.00", "2025-09-01T10:00:00",
        next_billing_at="2025-10-01", ps="2025-09-01", pe="2025-09-30")
owd_pay("de_o021", "OWD-2025-321", "Kita Sonnenschein Pflege", "retainer", "5000.00", "900.00", "2025-09-12T10:00:00",
        next_billing_at="2025-11-01", ps="2025-10-01", pe="2025-10-31")
case("de-o20-retainer-vorausbezahlt", OW, [mail("Kita Sonnenschein <leitung@kita-sonnenschein.de>", "Kündigung Website-Pflege",
    t("2025-09-15 11:00"), to=OWD_TO,
    body="Hallo,\n\nwir kündigen die Website-Pflege Kita Sonnenschein Pflege (Rechnung OWD-2025-321, Oktober schon bezahlt). "
    "Der Träger übernimmt künftig alle Websites zentral.\n\nViele Grüße\nMonika Hell, Kitaleitung")],
    "decided", [d("cancellation", "escalate")],
    spec="Section 8 'Retainer paid in advance': the next cycle (October) is already paid and notice is >= 7 days -> escalate.",
    ambiguous="Which next_billing_at counts: the October cycle is paid, next_billing_at 2025-11-01; read as the paid-in-advance case of section 8.")

proj("Musikschule Klang Kurs-Plattform", "verwaltung@musikschule-klang.de")
owd_pay("de_o022", "OWD-2025-322", "Musikschule Klang Kurs-Plattform", "deposit", "18000.00", "3240.00", "2025-09-27T10:00:00", status="refunded")
case("de-o21-bereits-erstattet", OW, [mail("Musikschule Klang <verwaltung@musikschule-klang.de>", "Rückzahlung Anzahlung OWD-2025-322",
    t("2025-09-28 12:00"), to=OWD_TO,
    body="Hallo,\n\nbitte zahlt die Anzahlung für Musikschule Klang Kurs-Plattform (OWD-2025-322) zurück, die Stadt hat "
    "unsere Förderung gestrichen.\n\nDanke\nJens Klang")],
    "decided", [d("refund", "escalate")],
    spec="Section 8: payment status 'refunded' (not paid) -> refund escalate.")

proj("Modehaus Lindner Shop", "einkauf@modehaus-lindner.de", "2025-07-01T10:00:00")
owd_pay("de_o023", "OWD-2025-323", "Modehaus Lindner Shop", "change_request", "12500.00", "2250.00", "2025-09-18T10:00:00")
case("de-o22-aenderungswunsch", OW, [mail("Modehaus Lindner <einkauf@modehaus-lindner.de>", "AW: Rechnung Zusatzfunktion",
    t("2025-09-22 15:00"), to=OWD_TO,
    body="Hallo,\n\ndie Zusatzfunktion Gutscheinsystem (Änderungsauftrag, OWD-2025-323) für Modehaus Lindner Shop nutzen wir "
    "doch nicht, unser Kassensystem kann das bereits. Bitte die 12.500,00 gutschreiben.\n\nMfG\nEinkauf Lindner\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign\nBetreff: Rechnung Zusatzfunktion\n> Anbei Ihre Rechnung.",
    headers={"In-Reply-To": "<invoice.OWD-2025-323@optimawebdesign.com>",
             "References": "<invoice.OWD-2025-323@optimawebdesign.com>"})],
    "decided", [d("refund", "deny")],
    spec="O6: change_request outside the original scope is never refundable -> deny.")

case("de-o23-unzustellbar", OW, [mail("MAILER-DAEMON@mx.bauer-gmbh.de", "Unzustellbar: Ihre Rückerstattung",
    t("2025-09-27 06:00"), to=OWD_TO,
    body="Dies ist eine automatisch erstellte Nachricht.\nIhre Nachricht konnte nicht zugestellt werden: "
    "Postfach voll.\n\n--- Ursprüngliche Nachricht ---\nBetreff: Ihre Rückerstattung",
    headers={"Auto-Submitted": "auto-generated"})],
    "ignore", [], rules=["C7"],
    spec="C7: MAILER-DAEMON sender, Auto-Submitted: auto-generated (bounce) -> ignore.")

proj("Hofladen Ebner Website", "hofladen@ebner-hof.de", "2025-05-01T10:00:00")
case("de-o24-wie-bilder-tauschen", OW, [mail("Hofladen Ebner <hofladen@ebner-hof.de>", "Bilder auf der Startseite",
    t("2025-09-23 07:45"), to=OWD_TO,
    body="Hallo,\n\nwie kann ich auf unserer Seite (Hofladen Ebner Website) die Bilder auf der Startseite selbst tauschen? "
    "Gibt es dafür eine Anleitung?\n\nDanke und schöne Grüße vom Hof\nMaria Ebner")],
    "other", [],
    spec="How-to question, neither refund nor cancellation -> other.")

proj("Reisebüro Weit Weg Hosting", "info@weitweg-reisen.de", "2025-09-01T10:00:00")
owd_pay("de_o024", "OWD-2025-324", "Reisebüro Weit Weg Hosting", "hosting_annual", "9600.00", "1728.00", "2025-09-28T10:00:00",
        setup_fee="1200.00", service_start="2025-10-05")
case("de-o25-hosting-vor-start", OW, [mail("Weit Weg Reisen <info@weitweg-reisen.de>", "Storno Hosting",
    t("2025-09-30 16:20"), to=OWD_TO,
    body="Guten Tag,\n\nbitte stornieren Sie das Jahreshosting für Reisebüro Weit Weg Hosting (OWD-2025-324) und erstatten "
    "den Betrag. Wir bleiben doch bei unserem bisherigen Anbieter, der uns ein besseres Angebot gemacht hat.\n\n"
    "Mit freundlichen Grüßen\nAndreas Weit")],
    "decided", [d("refund", "approve", "7700.00")], extra_ok=True,
    spec="O5 + section 8 'before the service starts': consumed_months = 1; monthly_value = (9600.00 - 1200.00)/12 = 700.00; refund 9600.00 - 1200.00 - 700.00 = 7700.00.")

proj("Schreinerei Holzwurm Website", "werkstatt@holzwurm-schreinerei.de", "2025-09-01T10:00:00")
owd_pay("de_o025", "OWD-2025-325", "Schreinerei Holzwurm Website", "setup", "5000.00", "900.00", "2025-09-25T10:00:00")
case("de-o26-einrichtung-tippfehler", OW, [mail("Holzwurm <werkstatt@holzwurm-schreinerei.de>", "Einrichtungsgebür zurück?",
    t("2025-09-27 19:00"), to=OWD_TO,
    body="Hallo,\n\nich hätte gern die Einrichtungsgebür von Schreinerei Holzwurm Website zurück (owd-2025-325), wir haben "
    "uns entschiden das wir doch kein Online-Auftritt brauchen, die Kunden komen eh über Empfehlung.\n\nGruss\nSepp")],
    "decided", [d("refund", "deny")],
    spec="O6: kind setup (activation fee) never refundable -> deny. Typos and lower-case invoice.")

case("de-h01-eigene-adresse", LO, [mail("LeadsOptima Billing <billing@leadsoptima.com>", "Ihre Rechnung LO-INV-81399",
    t("2025-09-26 05:00"),
    "Hallo,\n\nanbei Ihre Rechnung. Diese Nachricht wurde automatisch erstellt. Kündigen können Sie jederzeit unter "
    "Billing > Cancel Plan; Erstattungen richten sich nach unserer Refund Policy.")],
    "ignore", [], rules=["C7"],
    spec="C7: mail from the brand's own address (billing@leadsoptima.com) -> ignore, although it mentions cancelling and refunds.")

lo_cust("svenja.otto@otto-fotografie.de", "Svenja Otto", "quarterly", "2025-09-25", "2025-12-24")
lo_pay("de_p040", "LO-INV-81400", "svenja.otto@otto-fotografie.de", "quarterly", "5997.00", "2025-09-25T09:00:00", "2025-09-25", "2025-12-24")
case("de-h02-gmail-wn-zugang", LO, [mail("Svenja Otto <svenja.otto@otto-fotografie.de>", "Fwd: Zugangsproblem",
    t("2025-09-29 12:30"),
    "s.u.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Svenja Otto <svenja.otto@otto-fotografie.de>\n"
    "Date: Sa., 27. Sept. 2025 um 10:02 Uhr\nSubject: Zugangsproblem\nTo: <hilfe@otto-fotografie.de>\n\n"
    "Seit der Zahlung am 25.09. (LO-INV-81400) bekomme ich beim Login nur eine Fehlermeldung, ich habe keinen Zugriff "
    "auf meine Kontakte. Ich will den Quartalsbeitrag zurück, so ist das Tool für mich nutzlos.\nSvenja")],
    "decided", [d("refund", "escalate")],
    spec="Gmail forward of the sender's own request (same address); L2 access_failure ('keinen Zugriff', login error); day 4 inside (L3); L6 escalate. The forwarding note 's.u.' is no reason.")

proj("Kosmetikstudio Glanz Pflege", "info@glanz-kosmetik.de", "2025-04-01T10:00:00")
owd_pay("de_o040", "OWD-2025-340", "Kosmetikstudio Glanz Pflege", "retainer", "7500.00", "1350.00", "2025-09-25T10:00:00",
        next_billing_at="2025-10-25", ps="2025-09-25", pe="2025-10-24")
case("de-h03-retainer-laufender-monat", OW, [mail("Kosmetikstudio Glanz <info@glanz-kosmetik.de>", "Kündigung + Erstattung September",
    t("2025-09-26 10:00"), to=OWD_TO,
    body="Hallo,\n\nich kündige die Website-Pflege für Kosmetikstudio Glanz Pflege (OWD-2025-340), weil ich das Studio "
    "verkleinere und keine Änderungen mehr brauche. Den gestern abgebuchten Monat (7.500,00) hätte ich gern erstattet, "
    "ihr habt in dem Monat ja noch nichts gemacht.\n\nLG Jasmin")],
    "decided", [d("refund", "deny"), d("cancellation", "cancel", eff="2025-10-24")],
    spec="O4: the current period is never refunded -> refund deny; next_billing_at 2025-10-25, request 2025-09-26 before cut-off 2025-10-18 -> cancel, effective 2025-10-24.")

# ---------------------------------------------------------------- write
def build(cid, i, m, prev_ids):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["when"])
    mid = f"<{cid}.{i}@mail.{LANG}.example>"
    msg["Message-ID"] = mid
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    if prev_ids:
        support = f"<reply.{cid}.{i}@support.example>"
        msg["In-Reply-To"] = support
        msg["References"] = " ".join(prev_ids + [support])
    for k, v in m["headers"].items():
        msg[k] = v
    if m["html"]:
        msg.set_content(m["body"], subtype="html")
    else:
        msg.set_content(m["body"])
    return msg, mid


def main():
    (HERE / "emails").mkdir(exist_ok=True)
    out = []
    for c in cases:
        files, ids = [], []
        short = c["cid"][len(LANG) + 1:]
        for i, m in enumerate(c["mails"]):
            msg, mid = build(c["cid"], i, m, ids)
            name = f"emails/{short}.eml" if len(c["mails"]) == 1 else f"emails/{short}-{i + 1}.eml"
            (HERE / name).write_bytes(msg.as_bytes())
            files.append(name)
            ids.append(mid)
        e = {"id": c["cid"], "lang": LANG, "files": files, "brand": c["brand"], "status": c["status"],
             "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        e["spec"] = c["spec"]
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        out.append(e)
    ids = [p["invoice"] for p in payments]
    assert len(ids) == len(set(ids)), "invoice numbers must be unique"
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "cases")


if __name__ == "__main__":
    main()
