#!/usr/bin/env python3
"""Fresh held-out round 9, German (de). Writes ledger.json, emails/*.eml, expected.json here.
Written by QA (session qa9b) from POLICY_SPEC.md alone. MIT licence. Deterministic, stdlib only."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "de"
LO_TO = "support@leadsoptima.com"
OWD_TO = "billing@optimawebdesign.com"
LO, OWD = "leadsoptima", "optima_webdesign"

ledger = {"customers": [], "projects": [], "payments": []}
cases = []
emails = {}


def dt(s, tz="+02:00"):
    """'2025-09-26 14:05' with offset -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    hh, mm = int(tz[1:3]), int(tz[4:6])
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=timezone(sign * timedelta(hours=hh, minutes=mm)))


def cust(email, name, plan, start, end, status="active", trial_ends=None):
    ledger["customers"].append({"brand": LO, "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    ledger["payments"].append({"brand": LO, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": OWD, "name": name, "contract_email": email,
                               "work_started_at": started})


def opay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": OWD, "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    ledger["payments"].append(rec)


def mail(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{name}.{LANG}@fresh9.example>"
    if reply_to:
        m["In-Reply-To"] = f"<{reply_to}.{LANG}@fresh9.example>"
        m["References"] = f"<{reply_to}.{LANG}@fresh9.example>"
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    emails[name] = m
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand,
         "status": status, "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve" and amount is not None:
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d


# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate inside the window
cust("tobias.kellermann@kellermann-immo.de", "Tobias Kellermann", "monthly", "2025-09-24", "2025-10-23")
lopay("de9_p001", "LO-INV-70111", "tobias.kellermann@kellermann-immo.de", "monthly", "2499.00",
      "2025-09-24T08:10:00", "2025-09-24", "2025-10-23")
lopay("de9_p002", "LO-INV-70112", "tobias.kellermann@kellermann-immo.de", "monthly", "2499.00",
      "2025-09-24T08:11:00", "2025-09-24", "2025-10-23")
f = mail("l01-doppelt-abgebucht", "Tobias Kellermann <tobias.kellermann@kellermann-immo.de>", LO_TO,
         "Doppelte Abbuchung Monatsabo", dt("2025-09-26 09:14"),
         "Guten Morgen,\n\nauf meiner Kreditkartenabrechnung sehe ich, dass Sie mir das Monatsabo am 24.09. "
         "zweimal abgebucht haben, 2 x 2.499,00 INR innerhalb von einer Minute. Rechnungen LO-INV-70111 und "
         "LO-INV-70112. Bitte die zweite Abbuchung (LO-INV-70112) zurückerstatten.\n\n"
         "Mit freundlichen Grüßen\nTobias Kellermann\nKellermann Immobilien GmbH | Leipzig\n")
case("l01-doppelt-inside", [f], LO, "decided", [D("refund", "approve", "2499.00")],
     spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L4: two paid monthly charges 2499.00 on 2025-09-24, same period; request 2025-09-26 = day 2 <= 7 (L3) -> approve the duplicate's amount 2499.00")

# l02 duplicate at day 7 edge, sloppy invoice, time in CEST crossing into next IST day? keep day 7
cust("m.oezdemir@oezdemir-kfz.de", "Mehmet Özdemir", "quarterly", "2025-09-20", "2025-12-19")
lopay("de9_p003", "LO-INV-70121", "m.oezdemir@oezdemir-kfz.de", "quarterly", "5997.00",
      "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
lopay("de9_p004", "LO-INV-70122", "m.oezdemir@oezdemir-kfz.de", "quarterly", "5997.00",
      "2025-09-20T10:04:00", "2025-09-20", "2025-12-19")
f = mail("l02-tag-sieben", "m.oezdemir@oezdemir-kfz.de", LO_TO, "quartalsabo 2mal bezahlt??",
         dt("2025-09-27 19:40"),
         "hallo leadsoptima team\n\nich hab das quartalsabo 2 mal bezahlt am 20.9, einmal reicht ja wohl. "
         "die doppelte rechnung ist lo inv 70122 bitte geld zurueck (5.997 ₹)\n\ngruss\nMehmet Oezdemir\n\n"
         "Von meinem iPhone gesendet\n")
case("l02-doppelt-tag7", [f], LO, "decided", [D("refund", "approve", "5997.00")],
     spec="L4 duplicate pair 5997.00 on 2025-09-20 (day 0); request 2025-09-27 19:40 +02:00 = 2025-09-27 23:10 IST = day 7, inside (L3 'day 7 is inside'); invoice 'lo inv 70122' matches LO-INV-70122 (section 8) -> approve 5997.00")

# l03 duplicate at day 8
cust("sabine.hartl@hartl-steuer.at", "Sabine Hartl", "annual", "2025-09-15", "2026-09-14")
lopay("de9_p005", "LO-INV-70131", "sabine.hartl@hartl-steuer.at", "annual", "17988.00",
      "2025-09-15T11:00:00", "2025-09-15", "2026-09-14")
lopay("de9_p006", "LO-INV-70132", "sabine.hartl@hartl-steuer.at", "annual", "17988.00",
      "2025-09-15T11:02:00", "2025-09-15", "2026-09-14")
f = mail("l03-tag-acht", "Sabine Hartl <sabine.hartl@hartl-steuer.at>", LO_TO,
         "Jahreslizenz doppelt verrechnet – LO-INV-70132", dt("2025-09-23 08:30"),
         "Sehr geehrte Damen und Herren,\n\nbei der Verlängerung unserer Jahreslizenz wurde der Betrag "
         "von 17.988,00 INR zweimal belastet. Ich ersuche um Rückerstattung der zweiten Belastung "
         "(Rechnung LO-INV-70132).\n\nFreundliche Grüße aus Graz\nMag. Sabine Hartl\n")
case("l03-doppelt-tag8", [f], LO, "decided", [D("refund", "deny")],
     spec="L3: charge 2025-09-15 (day 0), request 2025-09-23 08:30 +02:00 = 12:00 IST on 2025-09-23 = day 8 > 7 -> deny citing the 7-day rule")

# l04 L1 unused
cust("jana.wolff@posteo.de", "Jana Wolff", "monthly", "2025-09-18", "2025-10-17")
lopay("de9_p007", "LO-INV-70141", "jana.wolff@posteo.de", "monthly", "1299.00",
      "2025-09-18T07:30:00", "2025-09-18", "2025-10-17")
f = mail("l04-nicht-genutzt", "Jana Wolff <jana.wolff@posteo.de>", LO_TO, "Erstattung LO-INV-70141",
         dt("2025-09-22 21:02"),
         "Hallo,\n\nich habe das Tool diesen Monat gar nicht benutzt, weil unser Projekt gestoppt wurde. "
         "Könnt ihr mir die 1.299,00 für den Monatsplan (LO-INV-70141) zurückzahlen?\n\nDanke & LG\nJana\n")
case("l04-nicht-genutzt", [f], LO, "decided", [D("refund", "deny")],
     spec="L1: 'not used' is no exception reason (L2) -> deny, cancellation offered; inside window but L1 decides")

# l05 billing error: charged after cancelling
cust("r.brandt@brandt-elektro.de", "Ralf Brandt", "monthly", "2025-09-21", "2025-10-20", status="cancelled")
lopay("de9_p008", "LO-INV-70151", "r.brandt@brandt-elektro.de", "monthly", "1299.00",
      "2025-09-21T06:00:00", "2025-09-21", "2025-10-20")
f = mail("l05-nach-kuendigung", "Ralf Brandt <r.brandt@brandt-elektro.de>", LO_TO,
         "Abbuchung trotz Kündigung!!", dt("2025-09-24 12:45"),
         "Hallo,\n\nich habe mein Monatsabo schon am 14. September gekündigt, trotzdem wurde mir am 21.09. "
         "wieder 1.299 Rupien belastet (Rechnung LO-INV-70151). Das ist ein Abrechnungsfehler, ich möchte "
         "das Geld zurück.\n\nRalf Brandt\nBrandt Elektrotechnik\n")
case("l05-nach-kuendigung", [f], LO, "decided", [D("refund", "escalate")],
     spec="L2 billing_error ('charged after I cancelled', a past event), charge 2025-09-21, request 2025-09-24 day 3 -> L5 escalate (no amount)")

# l06 access failure
cust("info@baeckerei-lindner.de", "Bäckerei Lindner", "quarterly", "2025-09-25", "2025-12-24")
lopay("de9_p009", "LO-INV-70161", "info@baeckerei-lindner.de", "quarterly", "3897.00",
      "2025-09-25T09:00:00", "2025-09-25", "2025-12-24")
f = mail("l06-kein-login", "Bäckerei Lindner <info@baeckerei-lindner.de>", LO_TO,
         "Login geht nicht – Geld zurück", dt("2025-09-29 07:55"),
         "Guten Tag,\n\nseit der Zahlung am 25.09. (LO-INV-70161, Quartalsplan) kann ich mich nicht einloggen. "
         "Das Dashboard lädt einfach nicht, Passwort zurücksetzen hat auch nix gebracht. Euer Support hat "
         "nicht geholfen. Ich will mein Geld zurück.\n\nMit freundlichen Grüßen\nKlaus Lindner\n")
case("l06-kein-login", [f], LO, "decided", [D("refund", "escalate")],
     spec="L2 access_failure, charge 2025-09-25, request 2025-09-29 day 4 -> L6 escalate")

# l07 trial
cust("lea.schubert@gmx.net", "Lea Schubert", "monthly", None, None, status="trial", trial_ends="2025-10-05")
f = mail("l07-testphase", "Lea Schubert <lea.schubert@gmx.net>", LO_TO, "Testversion – Rückerstattung?",
         dt("2025-09-28 16:20"),
         "Hallo,\n\nich teste gerade euren Monatsplan in der kostenlosen Testphase und es passt nicht für uns, "
         "die Lead-Listen sind zu ungenau. Bitte erstattet mir das Geld zurück.\n\nLea Schubert\n")
case("l07-testphase", [f], LO, "decided", [D("refund", "deny")],
     spec="L7: account status trial (trial_ends 2025-10-05), no charges in the ledger -> deny, nothing to refund (clause 4)",
     ambiguous="No invoice can exist on a trial; L7 is read as deciding before the invoice_number field is asked for.")

# l08 cancel with period end
cust("frank.morgenstern@web.de", "Frank Morgenstern", "quarterly", "2025-09-01", "2025-11-30")
lopay("de9_p010", "LO-INV-70181", "frank.morgenstern@web.de", "quarterly", "3897.00",
      "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
f = mail("l08-kuendigung", "Frank Morgenstern <frank.morgenstern@web.de>", LO_TO, "Kündigung Quartalsabo",
         dt("2025-09-29 10:10"),
         "Sehr geehrtes LeadsOptima-Team,\n\nhiermit kündige ich mein Quartalsabo zum nächstmöglichen Zeitpunkt. "
         "Wir stellen unseren Vertrieb um.\n\nBitte bestätigen Sie mir die Kündigung schriftlich.\n\n"
         "Mit freundlichen Grüßen\nFrank Morgenstern\n")
case("l08-kuendigung", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-11-30")],
     spec="L8: cancel, active until current_period_end 2025-11-30")

# l09 cancel fallback from last charge
cust("petra.kuehn@kuehn-consulting.ch", "Petra Kühn", "annual", None, None)
lopay("de9_p011", "LO-INV-70191", "petra.kuehn@kuehn-consulting.ch", "annual", "14388.00",
      "2025-03-12T14:00:00", "2025-03-12", None)
f = mail("l09-jahresabo-kuendigen", "Petra Kühn <petra.kuehn@kuehn-consulting.ch>", LO_TO,
         "Jahresabo nicht verlängern", dt("2025-09-30 15:00"),
         "Grüezi\n\nBitte kündigen Sie unser Jahresabo, es soll im März nicht verlängert werden. "
         "Wir haben intern ein anderes CRM eingeführt.\n\nFreundliche Grüsse\nPetra Kühn\n")
case("l09-kuendigung-fallback", [f], LO, "decided", [D("cancellation", "cancel", eff="2026-03-11")],
     spec="L8: no current_period_end; last charge 2025-03-12 + 12 months - 1 day = 2026-03-11")

# l10 negation
cust("stefan.vogt@vogt-gartenbau.de", "Stefan Vogt", "monthly", "2025-09-10", "2025-10-09")
lopay("de9_p012", "LO-INV-70201", "stefan.vogt@vogt-gartenbau.de", "monthly", "1299.00",
      "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
f = mail("l10-keine-erstattung", "Stefan Vogt <stefan.vogt@vogt-gartenbau.de>", LO_TO, "Abo beenden",
         dt("2025-09-25 18:33"),
         "Hallo zusammen,\n\nich möchte KEINE Rückerstattung, der laufende Monat ist bezahlt und gut. "
         "Bitte einfach das Monatsabo kündigen, damit nichts mehr abgebucht wird. Die Saison ist vorbei.\n\n"
         "Gruß\nStefan Vogt\n")
case("l10-keine-erstattung", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-10-09")],
     spec="Section 8 negation: 'möchte KEINE Rückerstattung' adds no refund intent; L8 cancel until current_period_end 2025-10-09")

# l11 duplicate + cancel
cust("anja.becker@becker-fotografie.de", "Anja Becker", "monthly", "2025-09-27", "2025-10-26")
lopay("de9_p013", "LO-INV-70211", "anja.becker@becker-fotografie.de", "monthly", "1299.00",
      "2025-09-27T12:00:00", "2025-09-27", "2025-10-26")
lopay("de9_p014", "LO-INV-70212", "anja.becker@becker-fotografie.de", "monthly", "1299.00",
      "2025-09-27T12:01:00", "2025-09-27", "2025-10-26")
f = mail("l11-doppelt-und-kuendigen", "Anja Becker <anja.becker@becker-fotografie.de>", LO_TO,
         "Zweimal belastet + Kündigung", dt("2025-09-29 11:20"),
         "Hallo,\n\n1) Ihr habt mir den Monatsplan am 27.09. doppelt belastet (LO-INV-70212 ist die zweite). "
         "Die bitte erstatten.\n2) Außerdem möchte ich das Abo kündigen, ich mache mich nicht mehr selbständig.\n\n"
         "Viele Grüße\nAnja Becker\n")
case("l11-doppelt-und-kuendigen", [f], LO, "decided",
     [D("refund", "approve", "1299.00"), D("cancellation", "cancel", eff="2025-10-26")],
     spec="L4 duplicate 1299.00 on 2025-09-27, request day 2 -> approve 1299.00; L8 cancel until 2025-10-26")

# l12 hypothetical
cust("daniel.roth@roth-versicherungen.de", "Daniel Roth", "monthly", "2025-09-05", "2025-10-04")
f = mail("l12-hypothetisch", "Daniel Roth <daniel.roth@roth-versicherungen.de>", LO_TO,
         "Frage zum Jahresplan", dt("2025-09-26 13:13"),
         "Hallo,\n\nich überlege, vom Monats- auf den Jahresplan umzusteigen. Angenommen, das klappt dann "
         "nicht so wie gedacht – würde ich mein Geld zurückbekommen, falls ich nach zwei Wochen aufhöre?\n\n"
         "Danke vorab\nDaniel Roth\n")
case("l12-hypothetisch", [f], LO, "other",
     spec="Section 8: 'würde ich mein Geld zurückbekommen, falls…' before buying is a policy question -> other")

# l13 how-to
cust("katrin.maier@maier-moebel.de", "Katrin Maier", "annual", "2025-05-02", "2026-05-01")
f = mail("l13-csv-export", "Katrin Maier <katrin.maier@maier-moebel.de>", LO_TO, "CSV Export der Leads",
         dt("2025-09-30 09:45"),
         "Hallo Support,\n\nwie kann ich meine Leads als CSV exportieren? Ich finde den Button nicht mehr seit dem "
         "letzten Update.\n\nMfG\nKatrin Maier\n")
case("l13-wie-exportieren", [f], LO, "other", spec="Not a refund or cancellation: how-to question -> other")

# l14 thread: duplicate without invoice, then invoice
cust("h.schneider@schneider-dach.de", "Holger Schneider", "monthly", "2025-09-26", "2025-10-25")
lopay("de9_p015", "LO-INV-70241", "h.schneider@schneider-dach.de", "monthly", "1299.00",
      "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
lopay("de9_p016", "LO-INV-70242", "h.schneider@schneider-dach.de", "monthly", "1299.00",
      "2025-09-26T15:00:30", "2025-09-26", "2025-10-25")
f1 = mail("l14a-doppelt-ohne-rechnung", "Holger Schneider <h.schneider@schneider-dach.de>", LO_TO,
          "doppelte Zahlung", dt("2025-09-27 08:00"),
          "Moin,\n\nihr habt mir das Monatsabo zweimal abgezogen. Bitte einmal zurück.\n\nHolger Schneider\n")
f2 = mail("l14b-rechnungsnummer", "Holger Schneider <h.schneider@schneider-dach.de>", LO_TO,
          "Re: doppelte Zahlung", dt("2025-09-27 14:30"),
          "Moin,\n\ndie zweite Rechnung ist lo-inv 70242.\n\nHolger\n\n> Bitte nennen Sie uns die Rechnungsnummer.\n",
          reply_to="l14a-doppelt-ohne-rechnung")
case("l14-thread-rechnung-nachgereicht", [f1, f2], LO, "decided", [D("refund", "approve", "1299.00")],
     spec="C3: first mail lacks invoice_number; the answer (In-Reply-To) gives 'lo-inv 70242' = LO-INV-70242 (section 8 invoice matching); L4 duplicate 1299.00 on 2025-09-26, request time = first mail 2025-09-27 (day 1) -> approve 1299.00")

# l15 single-file missing invoice
cust("nina.fuchs@fuchs-events.de", "Nina Fuchs", "monthly", "2025-09-28", "2025-10-27")
lopay("de9_p025", "LO-INV-70250", "nina.fuchs@fuchs-events.de", "monthly", "1299.00",
      "2025-08-28T10:00:00", "2025-08-28", "2025-09-27")
lopay("de9_p017", "LO-INV-70251", "nina.fuchs@fuchs-events.de", "monthly", "1299.00",
      "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
f = mail("l15-ohne-rechnung", "Nina Fuchs <nina.fuchs@fuchs-events.de>", LO_TO, "Login unmöglich",
         dt("2025-09-29 20:05"),
         "Hi,\n\nich kann mich seit gestern nicht einloggen, die Seite lädt nie. Ich will die Monatsgebühr "
         "zurück.\n\nNina\n")
case("l15-ohne-rechnung", [f], LO, "need_info", missing=["invoice_number"],
     spec="Section 3: a refund needs invoice_number; plan filled from the verified sender's ledger record, reason given (access failure); the account has two charges (2025-08-28, 2025-09-28), so the invoice cannot be filled from the ledger -> need_info [invoice_number] (C3)")

# l16 C2 forward naming other registered email
cust("buero@wagner-reisen.de", "Wagner Reisen", "annual", "2025-09-22", "2026-09-21")
lopay("de9_p018", "LO-INV-70261", "buero@wagner-reisen.de", "annual", "14388.00",
      "2025-09-22T09:00:00", "2025-09-22", "2026-09-21")
f = mail("l16-privatadresse", "Uwe Wagner <uwe.wagner1962@t-online.de>", LO_TO,
         "WG: Kündigung LeadsOptima", dt("2025-09-28 22:10"),
         "Hallo, anbei die Mail aus dem Büro, bitte erledigen.\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Büro Wagner Reisen <buero@wagner-reisen.de>\n"
         "Gesendet: Sonntag, 28. September 2025 18:02\nAn: Uwe Wagner <uwe.wagner1962@t-online.de>\n"
         "Betreff: Kündigung LeadsOptima\n\nBitte das LeadsOptima Jahresabo (registriert auf buero@wagner-reisen.de) "
         "kündigen, wir brauchen es nicht mehr.\n")
case("l16-weiterleitung-c2", [f], LO, "need_info", rules=["C2"],
     spec="Section 8 Forwards: the forwarded request names registered email buero@wagner-reisen.de, sender is another address -> C2 need_info, nothing about the account")

# l17 C4 chargeback
cust("oliver.krause@krause-it.de", "Oliver Krause", "monthly", "2025-09-23", "2025-10-22")
lopay("de9_p019", "LO-INV-70271", "oliver.krause@krause-it.de", "monthly", "1299.00",
      "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
f = mail("l17-rueckbuchung", "Oliver Krause <oliver.krause@krause-it.de>", LO_TO,
         "Letzte Warnung LO-INV-70271", dt("2025-09-25 17:00"),
         "Hallo,\n\nich habe vor drei Tagen geschrieben, dass ich mich nicht einloggen kann, keine Antwort. "
         "Entweder Sie erstatten die 1.299 INR von LO-INV-70271 bis Freitag, oder ich veranlasse eine "
         "Rückbuchung (Chargeback) über meine Bank und schalte meinen Anwalt ein.\n\nO. Krause\n")
case("l17-chargeback-anwalt", [f], LO, "decided", [D("refund", "escalate")], rules=["C4"],
     spec="C4: chargeback and lawyer threat -> escalate")

# l18 C7 auto reply
cust("s.lang@lang-logistik.de", "Sandra Lang", "monthly", "2025-09-12", "2025-10-11")
f = mail("l18-abwesenheit", "Sandra Lang <s.lang@lang-logistik.de>", LO_TO,
         "Automatische Antwort: Ihre Rechnung LO-INV-70281", dt("2025-09-29 08:01"),
         "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 nicht im Büro und habe "
         "keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung@lang-logistik.de.\n\n"
         "Mit freundlichen Grüßen\nSandra Lang\n",
         headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l18-abwesenheitsnotiz", [f], LO, "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore")

# l19 HTML only access failure
cust("marco.weber@weber-sanitaer.de", "Marco Weber", "annual", "2025-09-24", "2026-09-23")
lopay("de9_p020", "LO-INV-70291", "marco.weber@weber-sanitaer.de", "annual", "14388.00",
      "2025-09-24T12:00:00", "2025-09-24", "2026-09-23")
f = mail("l19-html-zugang", "Marco Weber <marco.weber@weber-sanitaer.de>", LO_TO,
         "Kein Zugang seit Verlängerung", dt("2025-09-27 10:30"),
         html="<html><body><div style='font-family:Calibri'><p>Sehr geehrte Damen und Herren,</p>"
              "<p>seit der Verl&auml;ngerung des <b>Jahresplans</b> (Rechnung <b>LO-INV-70291</b>) habe ich "
              "<u>keinen Zugang</u> mehr zu meinem Konto &ndash; Login nicht m&ouml;glich, Fehlermeldung 403.</p>"
              "<p>Ich bitte um R&uuml;ckerstattung des Betrags.</p><p>Mit freundlichen Gr&uuml;&szlig;en<br>"
              "Marco Weber<br><span style='color:#888'>Weber Sanit&auml;r GmbH &middot; Gesch&auml;ftsf&uuml;hrer: M. Weber &middot; "
              "Amtsgericht Köln HRB 12345</span></p></div></body></html>")
case("l19-html-kein-zugang", [f], LO, "decided", [D("refund", "escalate")],
     spec="HTML-only; L2 access_failure, charge 2025-09-24, request day 3 -> L6 escalate")

# l20 missing reason
cust("julia.schaefer@schaefer-design.de", "Julia Schäfer", "monthly", "2025-09-26", "2025-10-25")
lopay("de9_p021", "LO-INV-70301", "julia.schaefer@schaefer-design.de", "monthly", "1299.00",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = mail("l20-ohne-grund", "Julia Schäfer <julia.schaefer@schaefer-design.de>", LO_TO,
         "Rückerstattung LO-INV-70301", dt("2025-09-28 12:00"),
         "Hallo,\n\nbitte erstatten Sie mir die Zahlung zu Rechnung LO-INV-70301 zurück.\n\nVielen Dank im Voraus!\n\n"
         "Beste Grüße\nJulia Schäfer\nSchäfer Design | Kommunikation & Grafik\nTel. 0221 555 123\n")
case("l20-ohne-grund", [f], LO, "need_info", missing=["reason"],
     spec="Section 8 'What a reason is': restating the request and the signature are no reason; refund needs a reason -> need_info [reason]")

# l21 unknown sender
f = mail("l21-unbekannt", "Tim Neumann <tim.neumann88@gmail.com>", LO_TO, "Abo kündigen bitte",
         dt("2025-09-30 19:19"),
         "Hallo,\n\nbitte kündigt mein Monatsabo, ich wechsle zu einem anderen Anbieter.\n\nTim\n")
case("l21-unbekannter-absender", [f], LO, "need_info", rules=["C2"],
     spec="C2: sender not in the ledger and no other registered email stated -> need_info asking to write from the registered address")

# l22 wrong plan billing error, Austrian, sloppy
cust("g.huber@huber-tischlerei.at", "Georg Huber", "monthly", "2025-09-19", "2025-10-18")
lopay("de9_p022", "LO-INV-70321", "g.huber@huber-tischlerei.at", "annual", "14388.00",
      "2025-09-19T10:00:00", "2025-09-19", "2026-09-18")
f = mail("l22-falscher-plan", "Georg Huber <g.huber@huber-tischlerei.at>", LO_TO,
         "falscher Tarif verrechnet", dt("2025-09-22 07:12"),
         "Servus,\n\nich hab den Monatstarif, ihr habts mir aber den Jahresplan um 14.388 verrechnet "
         "(Rg. Nr LO-INV 70321). Falscher Plan, bitte korrigieren und das Geld zurück.\n\nLG Georg Huber\n")
case("l22-falscher-plan", [f], LO, "decided", [D("refund", "escalate")],
     spec="L2 billing_error (charged for the wrong plan), charge 2025-09-19, request day 3 -> L5 escalate")

# ---------------------------------------------------------------- Optima WebDesign
# o01 deposit inside 72h
proj("Zahnarztpraxis Dr. Berger Relaunch", "praxis@dr-berger-zahn.de")
opay("de9_o001", "OWD-2025-301", "Zahnarztpraxis Dr. Berger Relaunch", "deposit", "30000.00", "5400.00",
     "2025-09-26T11:00:00")
f = mail("o01-anzahlung", "Praxis Dr. Berger <praxis@dr-berger-zahn.de>", OWD_TO,
         "Refund Request — Zahnarztpraxis Dr. Berger Relaunch / OWD-2025-301", dt("2025-09-28 09:00"),
         "Sehr geehrtes Optima-Team,\n\nwir haben am 26.09. die Anzahlung für das Projekt "
         "„Zahnarztpraxis Dr. Berger Relaunch“ überwiesen (OWD-2025-301, 30.000,00 ₹ zzgl. Steuer). "
         "Leider hat der Praxisinhaber entschieden, den Relaunch auf nächstes Jahr zu verschieben. "
         "Wir bitten daher um Erstattung der Anzahlung.\n\nMit freundlichen Grüßen\nPraxismanagement Dr. Berger\n")
case("o01-anzahlung-innerhalb", [f], OWD, "decided", [D("refund", "approve", "30000.00")],
     spec="O2: paid 2025-09-26 11:00 IST, request 2025-09-28 09:00 +02:00 = 12:30 IST, 49.5 h < 72 h, no work started -> approve 30000.00 (tax 5400.00 kept, C6)")

# o02 deposit exactly 72h
proj("Weingut Sommer Shop", "kontakt@weingut-sommer.de")
opay("de9_o002", "OWD-2025-302", "Weingut Sommer Shop", "deposit", "25000.00", "4500.00",
     "2025-09-24T14:30:00")
f = mail("o02-genau-72h", "Weingut Sommer <kontakt@weingut-sommer.de>", OWD_TO,
         "Stornierung Anzahlung Weingut Sommer Shop", dt("2025-09-27 11:00"),
         "Hallo,\n\nwir möchten vom Projekt Weingut Sommer Shop zurücktreten und bitten um Rückzahlung der "
         "Anzahlung (Rechnung OWD-2025-302). Grund: unser Budget wurde von der Bank nicht freigegeben.\n\n"
         "Viele Grüße\nFamilie Sommer\n")
case("o02-anzahlung-genau-72h", [f], OWD, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O2 + section 8: paid 2025-09-24 14:30 IST; request 2025-09-27 11:00 +02:00 = 14:30 IST = exactly 72 h, not 'before 72 hours' -> deny")

# o03 deposit within 72h but work started
proj("Kanzlei Roth & Partner Website", "sekretariat@roth-partner-kanzlei.de", started="2025-09-29T10:00:00")
opay("de9_o003", "OWD-2025-303", "Kanzlei Roth & Partner Website", "deposit", "40000.00", "7200.00",
     "2025-09-28T09:00:00")
f = mail("o03-arbeit-begonnen", "Sekretariat Roth & Partner <sekretariat@roth-partner-kanzlei.de>", OWD_TO,
         "Anzahlung OWD-2025-303 zurück", dt("2025-09-30 08:00"),
         "Sehr geehrte Damen und Herren,\n\ndie Partnerversammlung hat das Projekt Kanzlei Roth & Partner Website "
         "gestern gestoppt, weil wir mit einer anderen Kanzlei fusionieren. Wir bitten um Erstattung der Anzahlung "
         "OWD-2025-303.\n\nMit freundlichen Grüßen\nSekretariat\n")
case("o03-anzahlung-arbeit-begonnen", [f], OWD, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O2: request 2025-09-30 11:30 IST is < 72 h after 2025-09-28 09:00 but after work_started_at 2025-09-29 10:00 -> deny (whichever first)")

# o04 discovery not started
proj("Hofladen Grünwald Strategie", "hofladen@gruenwald-bio.de")
opay("de9_o004", "OWD-2025-304", "Hofladen Grünwald Strategie", "discovery", "15000.00", "2700.00",
     "2025-09-22T10:00:00")
f = mail("o04-discovery", "Hofladen Grünwald <hofladen@gruenwald-bio.de>", OWD_TO,
         "Strategie-Workshop absagen", dt("2025-09-25 15:40"),
         "Liebes Optima-Team,\n\nwir müssen den Strategie-Workshop für „Hofladen Grünwald Strategie“ absagen, "
         "unser Geschäftsführer ist länger krank. Bitte erstattet die Discovery-Gebühr (Rechnung OWD-2025-304). "
         "Es hat ja noch kein Termin stattgefunden.\n\nHerzliche Grüße\nBirgit Grünwald\n")
case("o04-discovery-nicht-begonnen", [f], OWD, "decided", [D("refund", "approve", "15000.00")], extra_ok=True,
     spec="O1: discovery, work_started_at empty -> approve full amount 15000.00 before tax")

# o05 discovery started
proj("Physio Aktiv Markenauftritt", "team@physio-aktiv-koeln.de", started="2025-09-15T10:00:00")
opay("de9_o005", "OWD-2025-305", "Physio Aktiv Markenauftritt", "discovery", "12000.00", "2160.00",
     "2025-09-10T10:00:00")
f = mail("o05-discovery-begonnen", "Physio Aktiv <team@physio-aktiv-koeln.de>", OWD_TO,
         "Erstattung Discovery OWD-2025-305", dt("2025-09-26 10:00"),
         "Hallo,\n\nnach dem ersten Workshop zum Projekt Physio Aktiv Markenauftritt sind wir nicht überzeugt, "
         "die Ergebnisse passen nicht zu uns. Wir hätten gern die Discovery-Gebühr zurück.\n\nTeam Physio Aktiv\n")
case("o05-discovery-begonnen", [f], OWD, "decided", [D("refund", "deny")],
     spec="O1: work_started_at 2025-09-15 before the request -> deny")

# o06 milestone not started
proj("Autohaus Neumeier Portal", "marketing@autohaus-neumeier.de", started="2025-08-01T10:00:00")
opay("de9_o006", "OWD-2025-306", "Autohaus Neumeier Portal", "milestone", "45000.00", "8100.00",
     "2025-09-20T10:00:00", milestone_status="not_started")
f = mail("o06-meilenstein-offen", "Marketing Autohaus Neumeier <marketing@autohaus-neumeier.de>", OWD_TO,
         "Meilenstein 3 streichen – OWD-2025-306", dt("2025-09-29 13:00"),
         "Guten Tag,\n\nfür das Projekt Autohaus Neumeier Portal haben wir Meilenstein 3 (Fahrzeugkonfigurator) "
         "bereits bezahlt, OWD-2025-306. Der Hersteller liefert nun selbst einen Konfigurator, daher brauchen wir "
         "diesen Teil nicht mehr. Bitte den Betrag erstatten.\n\nMit freundlichen Grüßen\nMarketing\n")
case("o06-meilenstein-nicht-begonnen", [f], OWD, "decided", [D("refund", "approve", "45000.00")],
     spec="O3: milestone_status not_started -> approve that milestone's amount 45000.00 (before tax)")

# o07 milestone in progress
proj("Stadtwerke Bad Tal App", "digital@stadtwerke-badtal.de", started="2025-07-01T10:00:00")
opay("de9_o007", "OWD-2025-307", "Stadtwerke Bad Tal App", "milestone", "60000.00", "10800.00",
     "2025-09-01T10:00:00", milestone_status="in_progress")
f = mail("o07-meilenstein-laufend", "Digitalteam Stadtwerke <digital@stadtwerke-badtal.de>", OWD_TO,
         "Rückforderung Meilenstein OWD-2025-307", dt("2025-09-26 11:00"),
         "Sehr geehrte Damen und Herren,\n\nder laufende Meilenstein (Kundenportal-Login) im Projekt "
         "Stadtwerke Bad Tal App wird aufgrund einer Vorgabe des Aufsichtsrats nicht weiter benötigt. "
         "Wir bitten um Erstattung des nicht erbrachten Anteils.\n\ni.A. Digitalteam\n")
case("o07-meilenstein-in-arbeit", [f], OWD, "decided", [D("refund", "escalate")],
     spec="O3: milestone in_progress -> escalate (interp.)")

# o08 milestone approved
proj("Eiscafé Venezia Website", "info@eiscafe-venezia-ulm.de", started="2025-06-01T10:00:00")
opay("de9_o008", "OWD-2025-308", "Eiscafé Venezia Website", "milestone", "20000.00", "3600.00",
     "2025-08-10T10:00:00", milestone_status="approved")
f = mail("o08-meilenstein-abgenommen", "Eiscafé Venezia <info@eiscafe-venezia-ulm.de>", OWD_TO,
         "Geld zurück Design", dt("2025-09-24 20:00"),
         "Hallo,\n\ndas Design für Eiscafé Venezia Website haben wir zwar freigegeben, aber jetzt gefällt es "
         "meinem Bruder nicht mehr. Bitte Rechnung OWD-2025-308 erstatten.\n\nCiao\nLuca Rossi\n")
case("o08-meilenstein-freigegeben", [f], OWD, "decided", [D("refund", "deny")],
     spec="O3/O6: milestone approved -> deny (approved milestones non-refundable)")

# o09 retainer cancel with enough notice
proj("Sportverein TSV Oberau Pflege", "vorstand@tsv-oberau.de", started="2025-01-10T10:00:00")
opay("de9_o009", "OWD-2025-309", "Sportverein TSV Oberau Pflege", "retainer", "8000.00", "1440.00",
     "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
     next_billing_at="2025-10-15T00:00:00")
f = mail("o09-retainer-kuendigen", "TSV Oberau Vorstand <vorstand@tsv-oberau.de>", OWD_TO,
         "Kündigung Betreuungsvertrag", dt("2025-09-29 19:00"),
         "Liebes Optima-Team,\n\nhiermit kündigen wir den monatlichen Betreuungsvertrag für "
         "„Sportverein TSV Oberau Pflege“ (letzte Rechnung OWD-2025-309). Ein Vereinsmitglied übernimmt die "
         "Pflege der Seite künftig ehrenamtlich.\n\nSportliche Grüße\nder Vorstand\n")
case("o09-retainer-fristgerecht", [f], OWD, "decided", [D("cancellation", "cancel", eff="2025-10-14")],
     spec="O4: next_billing_at 2025-10-15; request 2025-09-29 <= 2025-10-08 (minus 7 days) -> cancel, effective the day before 2025-10-15 = 2025-10-14")

# o10 retainer short notice
proj("Blumen Hoffmann SEO", "laden@blumen-hoffmann.de", started="2025-03-01T10:00:00")
opay("de9_o010", "OWD-2025-310", "Blumen Hoffmann SEO", "retainer", "6000.00", "1080.00",
     "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04",
     next_billing_at="2025-10-05T00:00:00")
f = mail("o10-retainer-kurzfristig", "Blumen Hoffmann <laden@blumen-hoffmann.de>", OWD_TO,
         "SEO-Betreuung beenden", dt("2025-09-30 10:00"),
         "Hallo,\n\nbitte beendet die SEO-Betreuung für Blumen Hoffmann SEO (Rechnung OWD-2025-310). "
         "Wir haben keine neuen Kunden über Google bekommen.\n\nGruß\nHeike Hoffmann\n")
case("o10-retainer-zu-kurzfristig", [f], OWD, "decided", [D("cancellation", "cancel", eff="2025-11-04")],
     spec="O4: next_billing_at 2025-10-05; cut-off 2025-09-28; request 2025-09-30 is later -> next cycle billed (2025-10-05..2025-11-04, one month like the current period) -> effective 2025-11-04")

# o11 hosting annual within 14 days
proj("Ferienhof Alpenblick Hosting", "urlaub@ferienhof-alpenblick.de", started="2025-09-20T10:00:00")
opay("de9_o011", "OWD-2025-311", "Ferienhof Alpenblick Hosting", "hosting_annual", "18000.00", "3240.00",
     "2025-09-20T10:00:00", setup_fee="1800.00", service_start="2025-09-20")
f = mail("o11-hosting-14-tage", "Ferienhof Alpenblick <urlaub@ferienhof-alpenblick.de>", OWD_TO,
         "Hosting-Jahrespaket stornieren (OWD-2025-311)", dt("2025-09-30 08:45"),
         "Grüß Gott,\n\nwir haben das Jahres-Hosting für Ferienhof Alpenblick Hosting am 20.09. gebucht. "
         "Unser Buchungsportal bietet Hosting jetzt inklusive an, deshalb brauchen wir es nicht mehr. Bitte "
         "kündigen und anteilig erstatten.\n\nMit freundlichen Grüßen\nFamilie Brunner\n")
case("o11-hosting-anteilig", [f], OWD, "decided", [D("refund", "approve", "14850.00")], extra_ok=True,
     spec="O5: service_start 2025-09-20, request 2025-09-30 (day 10 <= 14); monthly_value = (18000.00 - 1800.00)/12 = 1350.00; consumed 1 -> 18000.00 - 1800.00 - 1350.00 = 14850.00",
     )

# o12 maintenance after 14 days
proj("Metzgerei Huber Wartung", "metzgerei.huber@t-online.de", started="2025-09-01T10:00:00")
opay("de9_o012", "OWD-2025-312", "Metzgerei Huber Wartung", "maintenance_annual", "9600.00", "1728.00",
     "2025-09-01T10:00:00", setup_fee="0.00", service_start="2025-09-01")
f = mail("o12-wartung-zu-spaet", "Metzgerei Huber <metzgerei.huber@t-online.de>", OWD_TO,
         "Wartungsvertrag Rückerstattung", dt("2025-09-26 12:00"),
         "Hallo,\n\nwir möchten den Wartungsvertrag Metzgerei Huber Wartung (OWD-2025-312) kündigen und das Geld "
         "für die restlichen Monate zurück. Wir schließen den Onlineshop zum Jahresende.\n\nGruß\nJosef Huber\n")
case("o12-wartung-nach-14-tagen", [f], OWD, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 2025-09-26 = day 25 > 14 -> refund deny (a cancellation decision may accompany it)")

# o13 third party domain
proj("Yogastudio Lotus Website", "namaste@yogastudio-lotus.de", started="2025-05-01T10:00:00")
opay("de9_o013", "OWD-2025-313", "Yogastudio Lotus Website", "third_party", "2400.00", "432.00",
     "2025-09-25T10:00:00")
f = mail("o13-domain", "Yogastudio Lotus <namaste@yogastudio-lotus.de>", OWD_TO,
         "Domain-Verlängerung erstatten?", dt("2025-09-27 09:30"),
         "Hallo ihr Lieben,\n\ndie Domain-Verlängerung (yogastudio-lotus.de + .com) für Yogastudio Lotus Website, "
         "Rechnung OWD-2025-313, hätten wir nicht gebraucht, die .com-Domain nutzen wir nie. Könnt ihr das bitte "
         "erstatten?\n\nNamaste\nSvenja\n")
case("o13-domain-drittanbieter", [f], OWD, "decided", [D("refund", "deny")],
     spec="O6: kind third_party (domain) -> deny, Non-refundable items")

# o14 rush fee
proj("Brauerei Kessler Launch", "events@brauerei-kessler.de", started="2025-09-01T10:00:00")
opay("de9_o014", "OWD-2025-314", "Brauerei Kessler Launch", "rush", "10000.00", "1800.00",
     "2025-09-25T10:00:00")
f = mail("o14-express", "Brauerei Kessler <events@brauerei-kessler.de>", OWD_TO,
         "Expresszuschlag zurück", dt("2025-09-29 14:10"),
         "Hallo,\n\nwir haben für Brauerei Kessler Launch den Expresszuschlag (OWD-2025-314) gezahlt, weil die "
         "Seite bis zum Oktoberfest online sein sollte. Das Fest wurde verschoben, daher möchten wir den Zuschlag "
         "zurück.\n\nProst\nMax Kessler\n")
case("o14-expresszuschlag", [f], OWD, "decided", [D("refund", "deny")], spec="O6: kind rush -> deny")

# o15 C2 private address
proj("Kita Sonnenschein Portal", "leitung@kita-sonnenschein.de")
opay("de9_o015", "OWD-2025-315", "Kita Sonnenschein Portal", "deposit", "18000.00", "3240.00",
     "2025-09-29T10:00:00")
f = mail("o15-privat-c2", "Maria Klein <maria.klein.privat@gmx.de>", OWD_TO,
         "Anzahlung Kita Sonnenschein Portal", dt("2025-09-30 21:00"),
         "Hallo,\n\nich bin die Leiterin der Kita, schreibe von privat. Der Träger hat das Projekt Kita Sonnenschein "
         "Portal abgesagt, bitte die Anzahlung OWD-2025-315 zurücküberweisen.\n\nMaria Klein\n")
case("o15-privatadresse", [f], OWD, "need_info", rules=["C2"],
     spec="C2 (explicit for Optima): sender is not the contract email leitung@kita-sonnenschein.de -> need_info, write from the contracting email")

# o16 cancellation without reason
proj("Immobilien Schuster Pflege", "office@schuster-immo.de", started="2025-02-01T10:00:00")
opay("de9_o016", "OWD-2025-316", "Immobilien Schuster Pflege", "retainer", "7000.00", "1260.00",
     "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
     next_billing_at="2025-10-20T00:00:00")
f = mail("o16-ohne-grund", "Schuster Immobilien <office@schuster-immo.de>", OWD_TO,
         "Kündigung", dt("2025-09-29 09:00"),
         "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Pflegevertrag Immobilien Schuster Pflege, "
         "Rechnung OWD-2025-316, fristgerecht.\n\nMit freundlichen Grüßen\n\ni.A. Office Schuster Immobilien\n"
         "--\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
         "informieren Sie bitte sofort den Absender.\n")
case("o16-kuendigung-ohne-grund", [f], OWD, "need_info", missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; 'fristgerecht' and the disclaimer are no reason -> need_info [reason]")

# o17 thread: missing invoice then answer
proj("Hotel Seeblick Buchungsseite", "direktion@hotel-seeblick.de")
opay("de9_o017", "OWD-2025-317", "Hotel Seeblick Buchungsseite", "deposit", "35000.00", "6300.00",
     "2025-09-29T09:00:00")
f1 = mail("o17a-ohne-rechnung", "Direktion Hotel Seeblick <direktion@hotel-seeblick.de>", OWD_TO,
          "Projekt Hotel Seeblick Buchungsseite abbrechen", dt("2025-09-29 16:00"),
          "Guten Tag,\n\nder Eigentümer hat den Verkauf des Hotels beschlossen, daher brechen wir das Projekt "
          "Hotel Seeblick Buchungsseite ab und bitten um Erstattung der heute gezahlten Anzahlung.\n\nDirektion\n")
f2 = mail("o17b-rechnung", "Direktion Hotel Seeblick <direktion@hotel-seeblick.de>", OWD_TO,
          "AW: Projekt Hotel Seeblick Buchungsseite abbrechen", dt("2025-09-30 10:00"),
          "Hallo,\n\ndie Rechnungsnummer lautet OWD 2025 317.\n\nGruß\nDirektion\n\n"
          "Von: Optima WebDesign Billing & Refunds\nGesendet: Montag, 29. September 2025\n"
          "Betreff: Projekt Hotel Seeblick Buchungsseite abbrechen\n> Bitte nennen Sie die Rechnungsnummer.\n",
          reply_to="o17a-ohne-rechnung")
case("o17-thread-rechnung", [f1, f2], OWD, "decided", [D("refund", "approve", "35000.00")], extra_ok=True,
     spec="C3 merge via In-Reply-To; 'OWD 2025 317' = OWD-2025-317; O2: paid 2025-09-29 09:00 IST, request time = first mail 2025-09-29 16:00 +02:00 = 19:30 IST (10.5 h), no work -> approve 35000.00")

# o18 C4 Verbraucherzentrale / Anwalt
proj("Modehaus Engel Shop", "inhaber@modehaus-engel.de", started="2025-08-15T10:00:00")
opay("de9_o018", "OWD-2025-318", "Modehaus Engel Shop", "milestone", "25000.00", "4500.00",
     "2025-09-10T10:00:00", milestone_status="completed")
f = mail("o18-anwalt", "Modehaus Engel <inhaber@modehaus-engel.de>", OWD_TO,
         "Forderung Rückzahlung OWD-2025-318", dt("2025-09-25 16:00"),
         "Sehr geehrte Damen und Herren,\n\nder gelieferte Shop (Modehaus Engel Shop) ist voller Fehler. Ich "
         "fordere die Rückzahlung von OWD-2025-318. Sollte bis 30.09. keine Zahlung erfolgen, übergebe ich die "
         "Angelegenheit meinem Anwalt und der Verbraucherzentrale.\n\nHochachtungsvoll\nW. Engel\n")
case("o18-anwalt-drohung", [f], OWD, "decided", [D("refund", "escalate")], rules=["C4"],
     spec="C4: lawyer / consumer-protection threat -> escalate (whatever O3 would say)")

# o19 forward from contract email of colleague's mail -> verified
proj("Bio-Kosmetik Lind Relaunch", "geschaeftsfuehrung@lind-kosmetik.de")
opay("de9_o019", "OWD-2025-319", "Bio-Kosmetik Lind Relaunch", "deposit", "22000.00", "3960.00",
     "2025-09-29T12:00:00")
f = mail("o19-weitergeleitet", "Carina Lind <geschaeftsfuehrung@lind-kosmetik.de>", OWD_TO,
         "WG: Anzahlung Relaunch", dt("2025-09-30 09:30"),
         "Bitte so umsetzen, danke.\nCarina Lind\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Jonas Peters <j.peters@lind-kosmetik.de>\n"
         "Gesendet: Dienstag, 30. September 2025 08:50\nAn: Carina Lind <geschaeftsfuehrung@lind-kosmetik.de>\n"
         "Betreff: Anzahlung Relaunch\n\nHallo Carina,\nwie besprochen: wir verschieben den Bio-Kosmetik Lind "
         "Relaunch, weil die neue Produktlinie erst 2026 kommt. Bitte lass dir von Optima die Anzahlung "
         "OWD-2025-319 erstatten.\nJonas\n")
case("o19-weiterleitung-vertragsadresse", [f], OWD, "decided", [D("refund", "approve", "22000.00")],
     spec="Forward read for the request (section 8); sender is the contract email; O2: paid 2025-09-29 12:00 IST, request 2025-09-30 13:00 IST (25 h), no work -> approve 22000.00")

# o20 third party licence + C2 via Reply-To trick
proj("Reisebüro Fernweh Website", "chef@fernweh-reisen.de", started="2025-06-01T10:00:00")
opay("de9_o020", "OWD-2025-320", "Reisebüro Fernweh Website", "third_party", "5000.00", "900.00",
     "2025-09-28T10:00:00")
f = mail("o20-reply-to", "Fernweh Reisen Team <team@fernweh-reisen.de>", OWD_TO,
         "Premium-Plugin Lizenz erstatten", dt("2025-09-29 10:00"),
         "Hallo,\n\ndie Premium-Plugin-Lizenz für Reisebüro Fernweh Website (OWD-2025-320) brauchen wir nicht, "
         "das Buchungsmodul ist doch nicht nötig. Bitte erstatten.\n\nTeam Fernweh\n",
         headers={"Reply-To": "chef@fernweh-reisen.de"})
case("o20-reply-to-verifiziert-nicht", [f], OWD, "need_info", rules=["C2"],
     spec="Section 8 Addresses: the sender is the From address; Reply-To never verifies -> C2 need_info")

# o21 retainer paid ahead with notice -> escalate
proj("Steuerbüro Albrecht Betreuung", "kanzlei@albrecht-steuer.de", started="2025-01-01T10:00:00")
opay("de9_o021", "OWD-2025-321", "Steuerbüro Albrecht Betreuung", "retainer", "9000.00", "1620.00",
     "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30",
     next_billing_at="2025-11-01T00:00:00")
opay("de9_o022", "OWD-2025-322", "Steuerbüro Albrecht Betreuung", "retainer", "9000.00", "1620.00",
     "2025-09-01T10:05:00", period_start="2025-10-01", period_end="2025-10-31",
     next_billing_at="2025-11-01T00:00:00")
f = mail("o21-vorausbezahlt", "Steuerbüro Albrecht <kanzlei@albrecht-steuer.de>", OWD_TO,
         "Kündigung Betreuung Steuerbüro Albrecht", dt("2025-09-22 10:00"),
         "Sehr geehrte Damen und Herren,\n\nwir kündigen die Betreuung „Steuerbüro Albrecht Betreuung“ "
         "(Rechnungen OWD-2025-321 und OWD-2025-322; den Oktober haben wir schon im Voraus bezahlt). Die Kanzlei "
         "wird zum Jahresende an einen Nachfolger übergeben.\n\nMit freundlichen Grüßen\nDr. Albrecht\n")
case("o21-retainer-vorausbezahlt", [f], OWD, "decided", [D("cancellation", "escalate")],
     spec="Section 8 'Retainer paid in advance': October (next cycle) already paid, notice >= 7 days before next_billing_at 2025-11-01 -> escalate" + "; the notice is >= 7 days whether counted to the paid-ahead cycle's start 2025-10-01 (cut-off 2025-09-24) or to next_billing_at 2025-11-01 (cut-off 2025-10-25)")

# o22 refunded payment -> escalate
proj("Café Kranz Speisekarte", "hallo@cafe-kranz.de")
opay("de9_o023", "OWD-2025-323", "Café Kranz Speisekarte", "deposit", "8000.00", "1440.00",
     "2025-09-29T10:00:00", status="refunded")
f = mail("o22-schon-erstattet", "Café Kranz <hallo@cafe-kranz.de>", OWD_TO,
         "Anzahlung Café Kranz Speisekarte", dt("2025-09-30 07:30"),
         "Hallo,\n\nwir haben uns entschieden, die digitale Speisekarte doch selbst zu machen. Bitte die Anzahlung "
         "OWD-2025-323 für Café Kranz Speisekarte zurückerstatten.\n\nLiebe Grüße\nAnnika Kranz\n")
case("o22-zahlung-erstattet", [f], OWD, "decided", [D("refund", "escalate")],
     spec="Section 8: payment status 'refunded' (not paid) -> escalate")

# o23 bounce
f = mail("o23-bounce", "MAILER-DAEMON@mail.optima-kunde.de", OWD_TO,
         "Unzustellbar: Ihre Anfrage OWD-2025-324", dt("2025-09-28 03:14"),
         "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\n\nIhre Nachricht konnte an folgende "
         "Empfänger nicht zugestellt werden:\n  buchhaltung@nicht-mehr-da.de\n  550 5.1.1 Benutzer unbekannt\n")
case("o23-mailer-daemon", [f], OWD, "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender -> ignore")

# o24 change request
proj("Tierarzt Dr. Wendt Website", "praxis@tierarzt-wendt.de", started="2025-07-01T10:00:00")
opay("de9_o024", "OWD-2025-325", "Tierarzt Dr. Wendt Website", "change_request", "4500.00", "810.00",
     "2025-09-26T10:00:00")
f = mail("o24-aenderungswunsch", "Praxis Dr. Wendt <praxis@tierarzt-wendt.de>", OWD_TO,
         "Re: Änderungsauftrag Terminbuchung", dt("2025-09-28 18:00"),
         "Hallo,\n\nden Änderungsauftrag (Online-Terminbuchung) für Tierarzt Dr. Wendt Website, Rechnung "
         "OWD-2025-325, hätte ich gern storniert und das Geld zurück – wir nutzen jetzt doch Doctolib.\n\n"
         "Viele Grüße\nDr. Anke Wendt\n\n> Am 25.09.2025 um 10:12 schrieb Optima WebDesign:\n"
         "> anbei das Angebot für die Terminbuchung.\n",
         reply_to="o24-angebot-optima")
case("o24-aenderungsauftrag", [f], OWD, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O6: kind change_request -> deny")

# o25 how-to, Optima
proj("Gärtnerei Blum Website", "gaertnerei.blum@gmx.de", started="2025-05-01T10:00:00")
f = mail("o25-frage-bilder", "Gärtnerei Blum <gaertnerei.blum@gmx.de>", OWD_TO,
         "Bilder austauschen?", dt("2025-09-30 11:00"),
         "Hallo,\n\nwie kann ich auf der Gärtnerei Blum Website selbst die Bilder im Slider austauschen? "
         "Gibt es dafür eine Anleitung?\n\nDanke\nPeter Blum\n")
case("o25-wie-frage", [f], OWD, "other", spec="Not a refund or cancellation request -> other")

# o26 newsletter List-Id to Optima
f = mail("o26-newsletter", "WordPress Weekly <news@wp-weekly.example>", OWD_TO,
         "Diese Woche: Plugin-Sicherheitslücken & Rückerstattungen bei Lizenzen", dt("2025-09-29 06:00"),
         "Newsletter: So fordern Sie eine Rückerstattung Ihrer Plugin-Lizenz an ... Abmelden: https://wp-weekly.example/u\n",
         headers={"List-Id": "<weekly.wp-weekly.example>", "Precedence": "bulk",
                  "List-Unsubscribe": "<https://wp-weekly.example/u>"})
case("o26-newsletter", [f], OWD, "ignore", rules=["C7"], spec="C7: List-Id / Precedence: bulk -> ignore")

# o27 other brand's customer writes to LO
proj("Fahrschule Becker Website", "fahrschule.becker@web.de", started="2025-06-01T10:00:00")
f = mail("o27-falsche-marke", "Fahrschule Becker <fahrschule.becker@web.de>", LO_TO,
         "Kündigung Website-Betreuung", dt("2025-09-29 12:00"),
         "Hallo,\n\nbitte kündigen Sie den Betreuungsvertrag für Fahrschule Becker Website, wir schließen die "
         "Filiale.\n\nGruß\nRainer Becker\n")
case("o27-andere-marke", [f], LO, "need_info", rules=["C2"],
     spec="Section 8 'The other brand's customer': C1 picks LeadsOptima by To; sender unknown there -> C2 need_info")

# ---------------------------------------------------------------- write
os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
for name, m in emails.items():
    with open(os.path.join(HERE, "emails", name + ".eml"), "wb") as fh:
        fh.write(m.as_bytes(policy=SMTP))
with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
    json.dump(ledger, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(len(cases), "cases")
