"""Fresh held-out round 12, German (de): generator of ledger.json, emails/*.eml and expected.json.

Written by QA pass qa12a from POLICY_SPEC.md alone (MIT licence, like the project; all text
written for this project). Deterministic: no randomness, fixed dates. Run: python3 make_cases.py
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails"

IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))        # Berlin, Wien, Zuerich in September 2025
UTC = timezone.utc

LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LOB = "leadsoptima"
OWB = "optima_webdesign"

customers: list[dict] = []
projects: list[dict] = []
payments: list[dict] = []
cases: list[dict] = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, invoice, email, plan, amount, tax, paid_at, pstart, pend, status="paid"):
    payments.append({"brand": LOB, "id": pid, "invoice": invoice, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": pstart, "period_end": pend, "status": status})


def proj(name, email, work_started_at=None):
    projects.append({"brand": OWB, "name": name, "contract_email": email, "work_started_at": work_started_at})


def owpay(pid, invoice, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    payments.append({"brand": OWB, "id": pid, "invoice": invoice, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": period_start, "period_end": period_end, "milestone_status": milestone_status})


def eml(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to_id=None, cc=None):
    """Write emails/<name>.eml and return its relative path."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{name}.{when.strftime('%Y%m%d%H%M')}@fresh12-de.mail.example>"
    if reply_to_id:
        parent = f"<{reply_to_id}@fresh12-de.mail.example>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for key, value in (headers or {}).items():
        msg[key] = value
    msg["MIME-Version"] = "1.0"
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    (EMAILS / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml"


def msgid(name, when):
    return f"{name}.{when.strftime('%Y%m%d%H%M')}"


def case(cid, files, brand, status, spec, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None):
    entry = {"id": f"de-{cid}", "lang": "de", "files": files, "brand": brand, "status": status,
             "rules": list(rules)}
    if missing is not None:
        entry["missing"] = list(missing)
    entry["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        entry["extra_ok"] = True
    entry["spec"] = spec
    if ambiguous:
        entry["ambiguous"] = ambiguous
    cases.append(entry)


def d(intent, outcome, amount=None, effective_date=None):
    out = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        out["amount"] = amount
    if effective_date is not None:
        out["effective_date"] = effective_date
    return out


def t(y, mo, day, h, mi, tz=IST):
    return datetime(y, mo, day, h, mi, tzinfo=tz)


def dsn(name, when, to, original_subject, failed_rcpt):
    """A delivery-status report (RFC 3464) from postmaster, no Auto-Submitted header."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "Mail Delivery System <postmaster@mail.gastro-netz.example>"
    msg["To"] = to
    msg["Subject"] = "Unzustellbar: " + original_subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{name}.{when.strftime('%Y%m%d%H%M')}@fresh12-de.mail.example>"
    msg["MIME-Version"] = "1.0"
    text = EmailMessage(policy=SMTP)
    text.set_content("Ihre Nachricht konnte nicht zugestellt werden.\n\n"
                     f"Empfaenger: {failed_rcpt}\nGrund: 550 5.1.1 Postfach existiert nicht\n")
    status = EmailMessage(policy=SMTP)
    status["Content-Type"] = "message/delivery-status"
    per_message = EmailMessage(policy=SMTP)
    per_message["Reporting-MTA"] = "dns; mail.gastro-netz.example"
    per_recipient = EmailMessage(policy=SMTP)
    per_recipient["Final-Recipient"] = f"rfc822; {failed_rcpt}"
    per_recipient["Action"] = "failed"
    per_recipient["Status"] = "5.1.1"
    status.set_payload([per_message, per_recipient])
    msg["Content-Type"] = 'multipart/report; report-type=delivery-status; boundary="=_dsn_fresh12_de"'
    msg.set_payload([text, status])
    (EMAILS / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml"


def build():
    # ------------------------------------------------------------------ LeadsOptima
    # lo01 duplicate annual charge
    cust("stefan.krueger@kruegermaschinenbau.de", "Stefan Krüger", "annual", start="2025-09-24", end="2026-09-23")
    lopay("pay_de_8601", "LO-INV-86011", "stefan.krueger@kruegermaschinenbau.de", "annual", "17988.00", "3237.84",
          "2025-09-24T14:20:00", "2025-09-24", "2026-09-23")
    lopay("pay_de_8602", "LO-INV-86012", "stefan.krueger@kruegermaschinenbau.de", "annual", "17988.00", "3237.84",
          "2025-09-24T14:22:00", "2025-09-24", "2026-09-23")
    f = eml("lo01-jahresabo-doppelt", "Stefan Krüger <stefan.krueger@kruegermaschinenbau.de>", LO,
            "Jahresabo doppelt abgebucht", t(2025, 9, 26, 10, 5, CEST),
            "Sehr geehrte Damen und Herren,\n\n"
            "bei der Verlängerung unseres Jahresabos wurde der Betrag von INR 21.225,84 (17.988,00 zzgl. Steuer) "
            "am 24.09. zweimal von unserer Firmenkreditkarte abgebucht. Die zweite Buchung läuft unter "
            "Rechnung LO-INV 86012. Bitte erstatten Sie die doppelte Belastung.\n\n"
            "Mit freundlichen Grüßen\n\nStefan Krüger\nKaufmännische Leitung\n"
            "Krüger Maschinenbau GmbH & Co. KG\nAm Hafen 4 · 28217 Bremen\n"
            "Geschäftsführer: H. Krüger · Amtsgericht Bremen HRA 12345\n")
    case("lo01-jahresabo-doppelt", [f], LOB, "decided",
         "POLICY_SPEC.md section 3 L2 duplicate_payment, L4: two paid annual charges 17988.00 on 2025-09-24, same "
         "period; request 2025-09-26 13:35 IST = day 2 -> approve 17988.00 (before tax, C6); 'LO-INV 86012' = "
         "LO-INV-86012 (section 8)",
         [d("refund", "approve", "17988.00")])

    # lo02 ledger times in UTC: local day 0 is the IST date
    cust("miriam.kessler@kessler-immobilien.at", "Miriam Kessler", "monthly", start="2025-09-18", end="2025-10-17")
    lopay("pay_de_8603", "LO-INV-86021", "miriam.kessler@kessler-immobilien.at", "monthly", "1499.00", "269.82",
          "2025-09-17T22:45:00Z", "2025-09-18", "2025-10-17")
    lopay("pay_de_8604", "LO-INV-86022", "miriam.kessler@kessler-immobilien.at", "monthly", "1499.00", "269.82",
          "2025-09-17T22:47:00Z", "2025-09-18", "2025-10-17")
    f = eml("lo02-utc-zeiten", "Miriam Kessler <miriam.kessler@kessler-immobilien.at>", LO,
            "Doppelte Abbuchung Monatsbeitrag", t(2025, 9, 25, 8, 0, CEST),
            "Guten Morgen,\n\nich habe auf meinem Kontoauszug gesehen, dass der Monatsbeitrag zwei Mal abgebucht "
            "wurde (in der Nacht vom 17. auf den 18.). Rechnungsnummer der zweiten Abbuchung: lo-inv-86022. "
            "Ich bitte um Rückbuchung des doppelten Betrags.\n\nLiebe Grüße aus Wien\nMiriam Kessler\n")
    case("lo02-utc-ledger-tag7", [f], LOB, "decided",
         "Section 8 ledger times with an offset: paid_at 2025-09-17T22:47Z = 2025-09-18 04:17 IST = day 0; request "
         "2025-09-25 08:00 +02:00 = 11:30 IST = day 7 -> inside L3 (day 8 if the UTC date were used) -> L4 approve "
         "1499.00",
         [d("refund", "approve", "1499.00")])

    # lo03 duplicate on day 9 -> deny
    cust("paul.brandt@brandt-elektro.de", "Paul Brandt", "quarterly", start="2025-09-12", end="2025-12-11")
    lopay("pay_de_8605", "LO-INV-86031", "paul.brandt@brandt-elektro.de", "quarterly", "6999.00", "1259.82",
          "2025-09-12T09:00:00", "2025-09-12", "2025-12-11")
    lopay("pay_de_8606", "LO-INV-86032", "paul.brandt@brandt-elektro.de", "quarterly", "6999.00", "1259.82",
          "2025-09-12T09:01:00", "2025-09-12", "2025-12-11")
    f = eml("lo03-urlaub-tag9", "Paul Brandt <paul.brandt@brandt-elektro.de>", LO,
            "Quartalsbeitrag 2x bezahlt", t(2025, 9, 21, 20, 0, CEST),
            "Hallo,\n\nbin gerade aus dem Urlaub zurück und sehe, dass ihr den Quartalsbeitrag am 12. doppelt "
            "eingezogen habt (Rechnung LO-INV-86032 ist die zweite). Bitte einen der beiden zurückzahlen.\n\n"
            "Gruß Paul\n\n--\nBrandt Elektrotechnik\nMeisterbetrieb seit 1987\n")
    case("lo03-doppelt-tag9", [f], LOB, "decided",
         "L3: charge 2025-09-12 = day 0; request 2025-09-21 20:00 +02:00 = 23:30 IST = day 9 > 7 -> deny citing "
         "the 7-day rule",
         [d("refund", "deny")])

    # lo04 billing error: wrong amount
    cust("dominik.hartmann@hartmann-druck.de", "Dominik Hartmann", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("pay_de_8607", "LO-INV-86041", "dominik.hartmann@hartmann-druck.de", "monthly", "1499.00", "269.82",
          "2025-08-23T10:00:00", "2025-08-23", "2025-09-22")
    lopay("pay_de_8608", "LO-INV-86042", "dominik.hartmann@hartmann-druck.de", "monthly", "2499.00", "449.82",
          "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    f = eml("lo04-falscher-betrag", "Dominik Hartmann <dominik.hartmann@hartmann-druck.de>", LO,
            "Falscher Betrag auf Rechnung LO-INV-86042", t(2025, 9, 25, 15, 30, CEST),
            "Hallo LeadsOptima-Team,\n\ndiesen Monat wurden uns 2.499 statt der üblichen 1.499 (jeweils netto) "
            "berechnet, Rechnung LO-INV-86042. Wir haben weder den Tarif gewechselt noch eine Preiserhöhung "
            "mitgeteilt bekommen. Bitte korrigieren und die Differenz erstatten.\n\nBeste Grüße\n"
            "Dominik Hartmann\nHartmann Druck & Medien\n")
    case("lo04-falscher-betrag", [f], LOB, "decided",
         "L2 billing_error (wrong amount); charge 2025-09-23, request 2025-09-25 = day 2 -> L5 escalate, no amount",
         [d("refund", "escalate")])

    # lo05 access failure, outside the window
    cust("sabine.wolf@wolf-physio.de", "Sabine Wolf", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("pay_de_8609", "LO-INV-86051", "sabine.wolf@wolf-physio.de", "monthly", "1499.00", "269.82",
          "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    f = eml("lo05-login-zu-spaet", "Sabine Wolf <sabine.wolf@wolf-physio.de>", LO,
            "Kein Zugang - Geld zurück", t(2025, 9, 22, 9, 15, CEST),
            "Hallo,\n\nseit fast zwei Wochen komme ich nicht mehr in mein Konto, das Login-Fenster lädt einfach "
            "nicht. Ich zahle also für etwas, das ich nicht nutzen kann. Ich möchte den Beitrag von diesem Monat "
            "(LO-INV-86051) zurück.\n\nSabine Wolf\nPhysiotherapie Wolf\n")
    case("lo05-zugang-tag12", [f], LOB, "decided",
         "L2 access_failure, but L3: charge 2025-09-10, request 2025-09-22 12:45 IST = day 12 > 7 -> deny",
         [d("refund", "deny")])

    # lo06 too expensive: refund denied, cancellation done (Swiss, no sharp s)
    cust("felix.braun@braun-consulting.ch", "Felix Braun", "quarterly", start="2025-09-16", end="2025-12-15")
    lopay("pay_de_8610", "LO-INV-86061", "felix.braun@braun-consulting.ch", "quarterly", "6999.00", "1259.82",
          "2025-09-16T10:00:00", "2025-09-16", "2025-12-15")
    f = eml("lo06-zu-teuer", "Felix Braun <felix.braun@braun-consulting.ch>", LO,
            "Kuendigung und Rueckerstattung", t(2025, 9, 20, 11, 0, CEST),
            "Grüezi\n\nNach interner Prüfung ist uns das Tool schlicht zu teuer im Verhältnis zu den Leads, die "
            "wir damit generieren. Wir möchten deshalb kündigen und bitten um Rückerstattung der Quartalsrechnung "
            "LO-INV-86061.\n\nFreundliche Grüsse\nFelix Braun\nBraun Consulting AG, Zürich\n")
    case("lo06-zu-teuer", [f], LOB, "decided",
         "L1: 'too expensive' is not an L2 exception -> refund deny; L8 cancel effective current_period_end "
         "2025-12-15 (both intents decided, one reply)",
         [d("refund", "deny"), d("cancellation", "cancel", effective_date="2025-12-15")])

    # lo07 formal Kuendigung, no reason
    cust("anja.lehmann@lehmann-steuerberatung.de", "Anja Lehmann", "monthly", start="2025-09-05", end="2025-10-04")
    lopay("pay_de_8611", "LO-INV-86071", "anja.lehmann@lehmann-steuerberatung.de", "monthly", "1499.00", "269.82",
          "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    f = eml("lo07-fristgerecht", "Anja Lehmann <anja.lehmann@lehmann-steuerberatung.de>", LO,
            "Kündigung Ihres Vertrags", t(2025, 9, 17, 14, 0, CEST),
            "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Abonnement fristgerecht zum "
            "nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir die Kündigung schriftlich.\n\n"
            "Mit freundlichen Grüßen\nAnja Lehmann\nSteuerberaterin\n\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
            "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n")
    case("lo07-kuendigung-ohne-grund", [f], LOB, "decided",
         "L8 cancel (section 3: a missing reason does not hold a LeadsOptima cancellation up); plan from the "
         "ledger; effective current_period_end 2025-10-04",
         [d("cancellation", "cancel", effective_date="2025-10-04")])

    # lo08 annual cancellation, fallback from last charge
    cust("ralf.zimmermann@zimmermann-holzbau.de", "Ralf Zimmermann", "annual")
    lopay("pay_de_8612", "LO-INV-86081", "ralf.zimmermann@zimmermann-holzbau.de", "annual", "17988.00", "3237.84",
          "2023-11-15T10:00:00", None, None)
    lopay("pay_de_8613", "LO-INV-86082", "ralf.zimmermann@zimmermann-holzbau.de", "annual", "17988.00", "3237.84",
          "2024-11-15T10:00:00", None, None)
    f = eml("lo08-jahresabo-kuendigen", "Ralf Zimmermann <ralf.zimmermann@zimmermann-holzbau.de>", LO,
            "Jahresabo nicht verlängern", t(2025, 9, 19, 7, 45, CEST),
            "Moin,\n\nbitte das Jahresabo nicht mehr verlängern, wir gehen zum Jahresende in Rente und der "
            "Betrieb wird übergeben. Danke für die Zusammenarbeit.\n\nRalf Zimmermann\n")
    case("lo08-jahresabo-fallback", [f], LOB, "decided",
         "L8 fallback (no current_period_end): last charge 2024-11-15 + 12 months = 2025-11-15, minus one day = "
         "2025-11-14",
         [d("cancellation", "cancel", effective_date="2025-11-14")])

    # lo09 hypothetical from a trial user -> other
    cust("lena.vogt@vogt-yoga.de", "Lena Vogt", "monthly", status="trial", trial_ends="2025-10-08")
    f = eml("lo09-falls-nicht-passt", "Lena Vogt <lena.vogt@vogt-yoga.de>", LO,
            "Frage zum Jahresabo", t(2025, 9, 28, 18, 30, CEST),
            "Hallo ihr Lieben,\n\nich teste LeadsOptima gerade und überlege, danach das Jahresabo zu nehmen, weil "
            "es günstiger ist. Falls es nach ein paar Wochen doch nicht passt, bekomme ich dann mein Geld "
            "zurück? Oder bin ich ein Jahr gebunden?\n\nNamaste\nLena\n")
    case("lo09-hypothetisch", [f], LOB, "other",
         "Section 8: a hypothetical before buying ('falls es nicht passt, bekomme ich mein Geld zurück?') is a "
         "policy question -> other")

    # lo10 thread: billing error without invoice, several charges -> asked; answer gives it -> escalate
    cust("thomas.schubert@schubert-logistik.de", "Thomas Schubert", "monthly", start="2025-09-21", end="2025-10-20")
    lopay("pay_de_8614", "LO-INV-86101", "thomas.schubert@schubert-logistik.de", "monthly", "1499.00", "269.82",
          "2025-07-21T10:00:00", "2025-07-21", "2025-08-20")
    lopay("pay_de_8615", "LO-INV-86102", "thomas.schubert@schubert-logistik.de", "monthly", "1499.00", "269.82",
          "2025-08-21T10:00:00", "2025-08-21", "2025-09-20")
    lopay("pay_de_8616", "LO-INV-86103", "thomas.schubert@schubert-logistik.de", "monthly", "1799.00", "323.82",
          "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    w1 = t(2025, 9, 23, 8, 30, CEST)
    f1 = eml("lo10a-ohne-rechnung", "Thomas Schubert <thomas.schubert@schubert-logistik.de>", LO,
             "Abrechnungsfehler", w1,
             "Hallo,\n\nSie haben mir einen falschen Betrag abgebucht, der vereinbarte Preis war ein anderer. "
             "Bitte prüfen und den zu viel gezahlten Betrag erstatten.\n\nT. Schubert\n")
    f2 = eml("lo10b-rechnungsnummer", "Thomas Schubert <thomas.schubert@schubert-logistik.de>", LO,
             "AW: Abrechnungsfehler", t(2025, 9, 24, 9, 10, CEST),
             "Hallo,\n\ndie Rechnungsnummer ist LO/INV/86103.\n\nGruß\nT. Schubert\n\n"
             "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support <support@leadsoptima.com>\n"
             "Gesendet: Dienstag, 23. September 2025 14:02\nBetreff: Re: Abrechnungsfehler\n\n"
             "Bitte nennen Sie uns die Rechnungsnummer.\n",
             reply_to_id=msgid("lo10a-ohne-rechnung", w1))
    case("lo10-faden-rechnung", [f1, f2], LOB, "decided",
         "C3: first email has the reason (wrong amount, billing_error) but no invoice and three charges exist -> "
         "asked; the answer (In-Reply-To) gives 'LO/INV/86103' = LO-INV-86103 (section 8); request time "
         "2025-09-23 12:00 IST, charge 2025-09-21 = day 2 -> L5 escalate",
         [d("refund", "escalate")])

    # lo11 C2: Reply-To is the registered address, From is not
    cust("martina.becker@becker-catering.de", "Martina Becker", "monthly", start="2025-09-09", end="2025-10-08")
    lopay("pay_de_8617", "LO-INV-86111", "martina.becker@becker-catering.de", "monthly", "1499.00", "269.82",
          "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
    f = eml("lo11-reply-to", "Martina Becker <m.becker77@gmx.de>", LO,
            "Abo beenden", t(2025, 9, 24, 21, 15, CEST),
            "Hallo, ich möchte mein Abo beenden, wir machen das Catering nur noch für Stammkunden. "
            "Antwort bitte an meine Firmenadresse.\nMartina Becker\n",
            headers={"Reply-To": "martina.becker@becker-catering.de"})
    case("lo11-c2-reply-to", [f], LOB, "need_info",
         "C2 and section 8 addresses: the sender is the From address m.becker77@gmx.de, not on record; Reply-To "
         "never verifies anyone -> need_info asking to write from the registered address",
         rules=["C2"])

    # lo12 C2: +tag address
    cust("jonas.weber@weber-it.de", "Jonas Weber", "quarterly", start="2025-09-27", end="2025-12-26")
    lopay("pay_de_8618", "LO-INV-86121", "jonas.weber@weber-it.de", "quarterly", "6999.00", "1259.82",
          "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
    lopay("pay_de_8619", "LO-INV-86122", "jonas.weber@weber-it.de", "quarterly", "6999.00", "1259.82",
          "2025-09-27T10:03:00", "2025-09-27", "2025-12-26")
    f = eml("lo12-plus-adresse", "Jonas Weber <jonas.weber+billing@weber-it.de>", LO,
            "Doppelbuchung LO-INV-86122", t(2025, 9, 29, 10, 0, CEST),
            "Hi,\n\nQuartalsbeitrag wurde am 27.09. doppelt eingezogen, zweite Rechnung LO-INV-86122. "
            "Bitte erstatten.\n\nDanke, Jonas\n")
    case("lo12-c2-plus-tag", [f], LOB, "need_info",
         "Section 8 addresses: 'a +tag makes another address': jonas.weber+billing@weber-it.de is not the "
         "registered jonas.weber@weber-it.de -> C2 need_info, no approval",
         rules=["C2"])

    # lo13 address in other case is the same address; negation of refund
    cust("katrin.hoffmann@hoffmann-steuer.de", "Katrin Hoffmann", "quarterly", start="2025-08-10", end="2025-11-09")
    lopay("pay_de_8620", "LO-INV-86131", "katrin.hoffmann@hoffmann-steuer.de", "quarterly", "6999.00", "1259.82",
          "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
    f = eml("lo13-grossbuchstaben", "Katrin Hoffmann <Katrin.Hoffmann@Hoffmann-Steuer.DE>", LO,
            "Kündigung Quartalsabo", t(2025, 9, 15, 16, 20, CEST),
            "Hallo,\n\nich möchte das Quartalsabo kündigen. Eine Erstattung für das laufende Quartal möchte ich "
            "ausdrücklich nicht, das Quartal nutzen wir noch bis zum Ende. Wir stellen danach auf ein "
            "Inhouse-CRM um.\n\nViele Grüße\nKatrin Hoffmann\n")
    case("lo13-negation-grossschreibung", [f], LOB, "decided",
         "Section 8: addresses compare case-insensitively (Katrin.Hoffmann@Hoffmann-Steuer.DE is the registered "
         "address, no C2); 'eine Erstattung möchte ich ausdrücklich nicht' adds no refund; L8 cancel effective "
         "2025-11-09",
         [d("cancellation", "cancel", effective_date="2025-11-09")])

    # lo14 C4: direct-debit reversal and consumer advice centre
    cust("uwe.schaefer@schaefer-sanitaer.de", "Uwe Schäfer", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("pay_de_8621", "LO-INV-86141", "uwe.schaefer@schaefer-sanitaer.de", "monthly", "1499.00", "269.82",
          "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    f = eml("lo14-lastschrift-zurueck", "Uwe Schäfer <uwe.schaefer@schaefer-sanitaer.de>", LO,
            "Letzte Aufforderung Erstattung LO-INV-86141", t(2025, 9, 27, 12, 0, CEST),
            "Ich habe Ihnen schon zweimal geschrieben. Die Leads, die Ihre Software liefert, sind unbrauchbar, "
            "ich will mein Geld für September zurück (LO-INV-86141).\n\nSollte bis Freitag nichts passieren, "
            "lasse ich die Lastschrift bei meiner Bank zurückbuchen und schalte die Verbraucherzentrale ein.\n\n"
            "U. Schäfer\n")
    case("lo14-c4-lastschrift", [f], LOB, "decided",
         "C4: threat of a bank reversal of the debit (a payment dispute) and the consumer advice centre -> "
         "escalate, no amount (L1 would otherwise deny)",
         [d("refund", "escalate")], rules=["C4"])

    # lo15 C7 out-of-office
    f = eml("lo15-abwesenheit", "Jürgen Krause <j.krause@krause-gartenbau.de>", LO,
            "Automatische Antwort: Ihre Rechnung LO-INV-86151", t(2025, 9, 23, 7, 0, CEST),
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 03.10. nicht im Büro. Ihre E-Mail wird "
            "nicht weitergeleitet. In dringenden Fällen (Rechnungen, Kündigungen) wenden Sie sich bitte an "
            "buero@krause-gartenbau.de.\n",
            headers={"Auto-Submitted": "auto-replied"})
    case("lo15-c7-abwesenheit", [f], LOB, "ignore",
         "C7: Auto-Submitted: auto-replied -> ignore", rules=["C7"])

    # lo16 C7 delivery-status report from postmaster
    f = dsn("lo16-unzustellbar", t(2025, 9, 26, 3, 40, CEST), LO, "Re: Ihre Kündigung",
            "info@restaurant-linde.example")
    case("lo16-c7-dsn", [f], LOB, "ignore",
         "C7: postmaster sender and a delivery-status report (RFC 3464, multipart/report) -> ignore",
         rules=["C7"])

    # lo17 how-to -> other
    cust("birgit.meier@meier-optik.de", "Birgit Meier", "annual", start="2025-05-01", end="2026-04-30")
    f = eml("lo17-rechnungsadresse", "Birgit Meier <birgit.meier@meier-optik.de>", LO,
            "USt-IdNr. auf Rechnung", t(2025, 9, 22, 13, 10, CEST),
            "Guten Tag,\n\nwo kann ich im Konto unsere neue Rechnungsadresse und die USt-IdNr. hinterlegen? "
            "Unser Steuerbüro braucht sie auf den Rechnungen.\n\nFreundliche Grüße\nBirgit Meier\n")
    case("lo17-frage-rechnungsadresse", [f], LOB, "other",
         "A how-to question, neither refund nor cancellation -> other")

    # lo18 past event: thanks for a refund already made -> other
    cust("henrik.jansen@jansen-reisen.de", "Henrik Jansen", "monthly", start="2025-09-12", end="2025-10-11")
    lopay("pay_de_8622", "LO-INV-86181", "henrik.jansen@jansen-reisen.de", "monthly", "1499.00", "269.82",
          "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    lopay("pay_de_8623", "LO-INV-86182", "henrik.jansen@jansen-reisen.de", "monthly", "1499.00", "269.82",
          "2025-09-12T10:01:00", "2025-09-12", "2025-10-11", status="refunded")
    f = eml("lo18-danke-erstattet", "Henrik Jansen <henrik.jansen@jansen-reisen.de>", LO,
            "Erstattung angekommen", t(2025, 9, 25, 11, 30, CEST),
            "Hallo zusammen,\n\nkurze Rückmeldung: die Erstattung für die doppelte Abbuchung vom 12.09. ist heute "
            "auf unserem Konto eingegangen. Vielen Dank für die schnelle Bearbeitung!\n\nHenrik Jansen\n"
            "Jansen Reisen · Kiel\n")
    case("lo18-vergangenes-danke", [f], LOB, "other",
         "Past event: a thank-you for a refund already made is not a request -> other")

    # lo19 Swiss duplicate quarterly
    cust("reto.baumann@baumann-treuhand.ch", "Reto Baumann", "quarterly", start="2025-09-29", end="2025-12-28")
    lopay("pay_de_8624", "LO-INV-86191", "reto.baumann@baumann-treuhand.ch", "quarterly", "6999.00", "1259.82",
          "2025-09-29T10:00:00", "2025-09-29", "2025-12-28")
    lopay("pay_de_8625", "LO-INV-86192", "reto.baumann@baumann-treuhand.ch", "quarterly", "6999.00", "1259.82",
          "2025-09-29T10:00:30", "2025-09-29", "2025-12-28")
    f = eml("lo19-grueezi-doppelt", "Reto Baumann <reto.baumann@baumann-treuhand.ch>", LO,
            "Belastung zweimal erfolgt", t(2025, 9, 30, 8, 15, CEST),
            "Grüezi mitenand\n\nUnsere Kreditkarte wurde gestern zweimal mit dem Quartalsbetrag belastet, "
            "einmal mit Rechnung LO-INV-86191 und ein zweites Mal mit lo inv 86192. Bitte schreiben Sie uns die "
            "zweite Belastung wieder gut.\n\nBesten Dank und freundliche Grüsse\nReto Baumann\n"
            "Baumann Treuhand GmbH, Luzern\n")
    case("lo19-schweiz-doppelt", [f], LOB, "decided",
         "L4: two paid quarterly charges 6999.00 on 2025-09-29, same period; request 2025-09-30 = day 1 -> approve "
         "the duplicate (later) charge LO-INV-86192, 6999.00",
         [d("refund", "approve", "6999.00")])

    # lo20 HTML-only cancellation with quoted history
    cust("claudia.schmitt@schmitt-mode.de", "Claudia Schmitt", "monthly", start="2025-09-15", end="2025-10-14")
    lopay("pay_de_8626", "LO-INV-86201", "claudia.schmitt@schmitt-mode.de", "monthly", "1499.00", "269.82",
          "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    f = eml("lo20-html-kuendigung", "Claudia Schmitt <claudia.schmitt@schmitt-mode.de>", LO,
            "Re: Neue Funktionen im Oktober", t(2025, 9, 29, 19, 40, CEST),
            html="<html><body><p>Hallo,</p><p>danke f&uuml;r die Info, aber bitte k&uuml;ndigt mein Abo zum "
                 "Ende des laufenden Monats. Wir schlie&szlig;en den Laden Ende Oktober.</p>"
                 "<p>LG Claudia</p><br><div class=\"gmail_quote\">Am Fr., 12. Sept. 2025 um 10:00 Uhr schrieb "
                 "LeadsOptima &lt;info@leadsoptima.com&gt;:<blockquote>Ab Oktober gibt es neue Vorlagen f&uuml;r "
                 "Kampagnen. Sie k&ouml;nnen Ihr Abo jederzeit unter Billing &gt; Cancel Plan verwalten."
                 "</blockquote></div></body></html>",
            headers={"In-Reply-To": "<newsletter-2025-09-12.oktober@leadsoptima.com>",
                     "References": "<newsletter-2025-09-12.oktober@leadsoptima.com>"})
    case("lo20-html-kuendigung", [f], LOB, "decided",
         "HTML-only mail; the quoted newsletter is history, the new text asks to cancel -> L8 cancel effective "
         "current_period_end 2025-10-14",
         [d("cancellation", "cancel", effective_date="2025-10-14")])

    # lo21 Denglisch access failure inside the window
    cust("marco.richter@richter-events.de", "Marco Richter", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("pay_de_8627", "LO-INV-86211", "marco.richter@richter-events.de", "monthly", "2499.00", "449.82",
          "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f = eml("lo21-denglisch-login", "Marco Richter <marco.richter@richter-events.de>", LO,
            "Login broken seit Update!!", t(2025, 9, 28, 22, 10, CEST),
            "Hey Support,\n\nseit eurem Update am Freitag bekomme ich beim Login nur noch 'Error 500', das Dashboard "
            "lädt überhaupt nicht. Euer Chat-Bot sagt nur 'clear your cache' - hab ich gemacht, nix. Ich hab am "
            "26. bezahlt (LO-INV-86211) und kann seitdem nicht arbeiten. Wenn das nicht gefixt wird, will ich "
            "mein Money back.\n\nCheers, Marco\n")
    case("lo21-zugang-escalate", [f], LOB, "decided",
         "L2 access_failure; charge 2025-09-26, request 2025-09-29 01:40 IST = day 3 -> L6 escalate. The refund is "
         "conditional ('wenn das nicht gefixt wird') but on a present failure, not a hypothetical before buying",
         [d("refund", "escalate")],
         ambiguous="'Wenn das nicht gefixt wird, will ich mein Geld zurück' is conditional; a reader could treat it "
                   "as a support request (other) rather than a refund request.")

    # lo22 the other brand's customer writes to LeadsOptima
    f = eml("lo22-falsche-marke", "Verlag Buchfink <verlag@buchfink.de>", LO,
            "Kündigung Abo", t(2025, 9, 23, 11, 0, CEST),
            "Guten Tag,\n\nwir möchten unser monatliches Abo bei Ihnen kündigen, die Redaktion übernimmt das "
            "künftig selbst.\n\nMit besten Grüßen\nDr. Ulrike Fink\n")
    case("lo22-andere-marke", [f], LOB, "need_info",
         "Section 8 the other brand's customer: C1 picks LeadsOptima by the To address; verlag@buchfink.de is an "
         "Optima WebDesign contract email, unknown in LeadsOptima's ledger -> treated as any unknown sender "
         "(C2, C3): need_info",
         rules=["C2"])

    # ------------------------------------------------------------------ Optima WebDesign
    # ow01 deposit, 43.5 h
    proj("Praxis Dr. Neumann Website", "praxis@dr-neumann.de")
    owpay("pay_de_8701", "OWD-2025-861", "Praxis Dr. Neumann Website", "deposit", "30000.00", "5400.00",
          "2025-09-27T16:00:00")
    f = eml("ow01-anzahlung-43h", "Praxis Dr. Neumann <praxis@dr-neumann.de>", OWD,
            "Refund Request — Praxis Dr. Neumann Website / OWD-2025-861", t(2025, 9, 29, 8, 0, CEST),
            "Sehr geehrtes Team von Optima WebDesign,\n\nwir haben am Samstag die Anzahlung (OWD-2025-861) für das "
            "Projekt Praxis Dr. Neumann Website geleistet. Leider hat sich die Lage geändert: die Praxis wird zum "
            "Jahresende verkauft und der Nachfolger bringt seine eigene Website mit. Wir bitten daher um "
            "Rückerstattung der Anzahlung.\n\nMit freundlichen Grüßen\nDr. med. Eva Neumann\n")
    case("ow01-anzahlung-43h", [f], OWB, "decided",
         "O2: paid 2025-09-27 16:00 IST, request 2025-09-29 08:00 +02:00 = 11:30 IST = 43.5 h < 72 h, no work "
         "started -> approve 30000.00 before tax",
         [d("refund", "approve", "30000.00")])

    # ow02 deposit 71.5 h -> approve
    proj("Bäckerei Sonnenschein Onlineshop", "info@baeckerei-sonnenschein.de")
    owpay("pay_de_8702", "OWD-2025-862", "Bäckerei Sonnenschein Onlineshop", "deposit", "12000.00", "2160.00",
          "2025-09-22T10:00:00")
    f = eml("ow02-anzahlung-knapp", "Bäckerei Sonnenschein <info@baeckerei-sonnenschein.de>", OWD,
            "Storno Anzahlung Onlineshop", t(2025, 9, 25, 6, 0, CEST),
            "Guten Morgen (bei uns ist es 6 Uhr, die Brötchen sind im Ofen),\n\nwir ziehen den Auftrag für den "
            "Bäckerei Sonnenschein Onlineshop zurück, Rechnung OWD-2025-862. Unser Steuerberater rät uns, dieses "
            "Jahr nichts mehr zu investieren. Bitte die Anzahlung zurücküberweisen.\n\nHerzliche Grüße\n"
            "Familie Sonnenschein\n")
    case("ow02-anzahlung-71h", [f], OWB, "decided",
         "O2 edge: paid 2025-09-22 10:00 IST, request 2025-09-25 06:00 +02:00 = 09:30 IST = 71 h 30 min < 72 h, no "
         "work started -> approve 12000.00 (withdrawing the order may also read as a cancellation: extra_ok)",
         [d("refund", "approve", "12000.00")], extra_ok=True)

    # ow03 deposit 80 h -> deny
    proj("Tischlerei Holzwerk Relaunch", "kontakt@holzwerk-tischlerei.at")
    owpay("pay_de_8703", "OWD-2025-863", "Tischlerei Holzwerk Relaunch", "deposit", "14000.00", "2520.00",
          "2025-09-15T09:00:00")
    f = eml("ow03-anzahlung-80h", "Tischlerei Holzwerk <kontakt@holzwerk-tischlerei.at>", OWD,
            "Anzahlung zurück bitte", t(2025, 9, 18, 13, 30, CEST),
            "Servus,\n\nwir haben uns entschieden, den Relaunch doch mit einem Bekannten zu machen, der uns "
            "das günstiger anbietet. Bitte die Anzahlung für Tischlerei Holzwerk Relaunch (OWD-2025-863) "
            "zurückzahlen, ihr habt ja eh noch nix angefangen.\n\nLG Markus\n")
    case("ow03-anzahlung-80h", [f], OWB, "decided",
         "O2: paid 2025-09-15 09:00 IST, request 2025-09-18 13:30 +02:00 = 17:00 IST = 80 h >= 72 h -> deny even "
         "though no work started",
         [d("refund", "deny")])

    # ow04 discovery with a session scheduled after the request -> approve
    proj("Weingut Rebhang Markenstrategie", "weingut@rebhang.de", work_started_at="2025-10-06T10:00:00")
    owpay("pay_de_8704", "OWD-2025-864", "Weingut Rebhang Markenstrategie", "discovery", "16000.00", "2880.00",
          "2025-09-19T10:00:00")
    f = eml("ow04-strategie-termin-spaeter", "Weingut Rebhang <weingut@rebhang.de>", OWD,
            "Strategie-Workshop absagen, Rechnung OWD-2025-864", t(2025, 9, 26, 17, 0, CEST),
            "Liebes Optima-Team,\n\nder Hagel im August hat uns die halbe Ernte gekostet, wir müssen alle "
            "Ausgaben stoppen. Den Strategie-Workshop am 6. Oktober (Weingut Rebhang Markenstrategie) sagen wir "
            "deshalb ab und bitten um Erstattung der bezahlten Rechnung OWD-2025-864.\n\nHerzliche Grüße vom "
            "Kaiserstuhl\nJohanna Rebhang\n")
    case("ow04-discovery-vor-start", [f], OWB, "decided",
         "O1: work_started_at 2025-10-06 is later than the request 2025-09-26 -> no session started -> approve "
         "16000.00 in full (the workshop cancellation may be read as a cancellation intent: extra_ok)",
         [d("refund", "approve", "16000.00")], extra_ok=True)

    # ow05 milestone not started, sloppy reference
    proj("Stadtwerke Kleinau Kundenportal", "it@stadtwerke-kleinau.de")
    owpay("pay_de_8705", "OWD-2025-865", "Stadtwerke Kleinau Kundenportal", "milestone", "45000.00", "8100.00",
          "2025-08-20T10:00:00", milestone_status="approved")
    owpay("pay_de_8706", "OWD-2025-866", "Stadtwerke Kleinau Kundenportal", "milestone", "35000.00", "6300.00",
          "2025-09-15T10:00:00", milestone_status="not_started")
    f = eml("ow05-meilenstein-offen", "IT Stadtwerke Kleinau <it@stadtwerke-kleinau.de>", OWD,
            "Meilenstein 2 Kundenportal - Erstattung", t(2025, 9, 24, 10, 45, CEST),
            "Sehr geehrte Damen und Herren,\n\nder Aufsichtsrat hat beschlossen, das Zählerstand-Modul im Projekt "
            "Stadtwerke Kleinau Kundenportal nicht umzusetzen, weil der Netzbetreiber ab 2026 eine eigene Lösung "
            "stellt. Der betreffende Meilenstein (Rechnung owd 2025 866) wurde bereits bezahlt, mit der Arbeit "
            "wurde laut Projektplan noch nicht begonnen. Wir bitten um Erstattung dieses Meilensteins. "
            "Meilenstein 1 ist abgenommen und davon unberührt.\n\nMit freundlichen Grüßen\n"
            "i. A. Carsten Vogel\nAbteilung IT\n")
    case("ow05-meilenstein-nicht-begonnen", [f], OWB, "decided",
         "O3: milestone OWD-2025-866 ('owd 2025 866', section 8 invoice references) is not_started -> approve its "
         "amount 35000.00 before tax",
         [d("refund", "approve", "35000.00")])

    # ow06 milestone completed -> deny
    proj("Fitnessstudio Kraftwerk App", "studio@kraftwerk-fitness.de")
    owpay("pay_de_8707", "OWD-2025-867", "Fitnessstudio Kraftwerk App", "milestone", "28000.00", "5040.00",
          "2025-09-01T10:00:00", milestone_status="completed")
    f = eml("ow06-meilenstein-fertig", "Kraftwerk Fitness <studio@kraftwerk-fitness.de>", OWD,
            "Geld zurück für Kursplan-Modul", t(2025, 9, 20, 12, 0, CEST),
            "Hi,\n\ndas Kursplan-Modul der Fitnessstudio Kraftwerk App (OWD-2025-867) ist zwar fertig, aber unsere "
            "Mitglieder nutzen es kaum, alle buchen weiter per WhatsApp. Wir hätten gern das Geld dafür zurück.\n\n"
            "Sportliche Grüße\nKevin\n")
    case("ow06-meilenstein-abgeschlossen", [f], OWB, "decided",
         "O3/O6: milestone completed -> deny ('completed deliverables' are non-refundable)",
         [d("refund", "deny")])

    # ow07 change request -> deny
    proj("Hotel Alpenblick Buchungsseite", "rezeption@alpenblick-hotel.at")
    owpay("pay_de_8708", "OWD-2025-868", "Hotel Alpenblick Buchungsseite", "change_request", "6500.00", "1170.00",
          "2025-09-23T10:00:00")
    f = eml("ow07-aenderungswunsch", "Hotel Alpenblick <rezeption@alpenblick-hotel.at>", OWD,
            "Nachtrag Saisonpreise", t(2025, 9, 25, 9, 30, CEST),
            "Grüß Gott,\n\nfür die Saisonpreis-Tabelle auf der Hotel Alpenblick Buchungsseite haben Sie uns einen "
            "Nachtrag von 6.500 verrechnet (OWD-2025-868). Wir sind der Meinung, das gehört zum ursprünglichen "
            "Umfang und möchten den Betrag rückerstattet haben.\n\nFreundliche Grüße\nFam. Hofer\n")
    case("ow07-change-request", [f], OWB, "decided",
         "O6: kind change_request (outside the original scope) -> deny citing Non-refundable items",
         [d("refund", "deny")])

    # ow08 setup fee -> deny
    proj("Reisebüro Fernweh Hosting", "reisebuero@fernweh-reisen.de")
    owpay("pay_de_8709", "OWD-2025-869", "Reisebüro Fernweh Hosting", "setup", "2500.00", "450.00",
          "2025-09-26T10:00:00")
    f = eml("ow08-einrichtungsgebuehr", "Reisebüro Fernweh <reisebuero@fernweh-reisen.de>", OWD,
            "Einrichtungsgebühr", t(2025, 9, 27, 11, 0, CEST),
            "Hallo,\n\nwarum zahlen wir eine Einrichtungsgebühr (OWD-2025-869) für Reisebüro Fernweh Hosting, wenn "
            "der Umzug der Seite bei uns intern gemacht wurde? Bitte erstatten Sie die Gebühr.\n\nGruß\n"
            "Sandra Pohl\n")
    case("ow08-setup-gebuehr", [f], OWB, "decided",
         "O6: kind setup (setup/activation fee) -> deny",
         [d("refund", "deny")])

    # ow09 retainer, notice exactly 7 days
    proj("Content-Retainer Verlag Buchfink", "verlag@buchfink.de")
    owpay("pay_de_8710", "OWD-2025-870", "Content-Retainer Verlag Buchfink", "retainer", "18000.00", "3240.00",
          "2025-09-08T10:00:00", next_billing_at="2025-10-08T00:00:00", period_start="2025-09-08",
          period_end="2025-10-07")
    f = eml("ow09-retainer-genau-7-tage", "Verlag Buchfink <verlag@buchfink.de>", OWD,
            "Kündigung Content-Retainer", t(2025, 10, 1, 4, 30, CEST),
            "Guten Morgen,\n\nhiermit kündigen wir den Content-Retainer Verlag Buchfink (letzte Rechnung "
            "OWD-2025-870). Grund: Wir holen die Redaktion ab November wieder ins Haus, eine neue Kollegin fängt "
            "an.\n\nMit besten Grüßen\nDr. Ulrike Fink\nVerlegerin\n")
    case("ow09-retainer-7-tage", [f], OWB, "decided",
         "O4 edge: next_billing_at 2025-10-08; request 2025-10-01 04:30 +02:00 = 08:00 IST, date 2025-10-01 = "
         "2025-10-08 - 7 days -> 'on or before' -> next charge avoided, cancel effective 2025-10-07",
         [d("cancellation", "cancel", effective_date="2025-10-07")])

    # ow10 retainer, 6 days notice -> next cycle billed
    proj("Social-Media Betreuung Eiscafé Venezia", "eiscafe.venezia@t-online.de")
    owpay("pay_de_8711", "OWD-2025-871", "Social-Media Betreuung Eiscafé Venezia", "retainer", "7000.00",
          "1260.00", "2025-09-06T10:00:00", next_billing_at="2025-10-06T00:00:00", period_start="2025-09-06",
          period_end="2025-10-05")
    f = eml("ow10-retainer-6-tage", "Eiscafé Venezia <eiscafe.venezia@t-online.de>", OWD,
            "Kündigung Social Media", t(2025, 9, 30, 12, 0, CEST),
            "Ciao,\n\nbitte Social-Media Betreuung Eiscafé Venezia kündigen (Rechnung OWD-2025-871). Die Saison "
            "ist vorbei, wir machen über den Winter zu und brauchen keine Posts.\n\nGrazie, Giovanni\n")
    case("ow10-retainer-6-tage", [f], OWB, "decided",
         "O4: next_billing_at 2025-10-06; 2025-10-06 - 7 = 2025-09-29 < request date 2025-09-30 (15:30 IST) -> "
         "next cycle 2025-10-06..2025-11-05 (one month like the current 09-06..10-05) is billed; effective "
         "2025-11-05",
         [d("cancellation", "cancel", effective_date="2025-11-05")])

    # ow11 hosting before the service starts -> consumed_months 1
    proj("Hosting Zahnarztpraxis Lächeln", "verwaltung@zahnarzt-laecheln.de")
    owpay("pay_de_8712", "OWD-2025-872", "Hosting Zahnarztpraxis Lächeln", "hosting_annual", "21600.00", "3888.00",
          "2025-09-25T10:00:00", setup_fee="3600.00", service_start="2025-10-15")
    f = eml("ow11-hosting-vor-start", "Zahnarztpraxis Lächeln <verwaltung@zahnarzt-laecheln.de>", OWD,
            "Hosting stornieren - OWD-2025-872", t(2025, 9, 28, 10, 0, CEST),
            "Guten Tag,\n\nwir haben das Jahres-Hosting (Hosting Zahnarztpraxis Lächeln, OWD-2025-872) gebucht, "
            "das ab 15.10. laufen sollte. Unsere Praxisgemeinschaft hat inzwischen einen zentralen IT-Dienstleister, "
            "der das Hosting übernimmt. Bitte stornieren und erstatten, soweit möglich.\n\n"
            "Mit freundlichen Grüßen\nPraxisverwaltung\n")
    case("ow11-hosting-vor-beginn", [f], OWB, "decided",
         "O5 with section 8 'before the service starts consumed_months is 1': monthly_value = (21600 - 3600)/12 = "
         "1500.00; refund = 21600 - 3600 - 1500 = 16500.00; the cancellation that goes with it may be decided too "
         "(extra_ok)",
         [d("refund", "approve", "16500.00")], extra_ok=True)

    # ow12 maintenance day 15 -> deny
    proj("Wartung Onlineshop Teeladen", "shop@teeladen-dresden.de")
    owpay("pay_de_8713", "OWD-2025-873", "Wartung Onlineshop Teeladen", "maintenance_annual", "12000.00",
          "2160.00", "2025-09-12T10:00:00", setup_fee="1200.00", service_start="2025-09-12")
    f = eml("ow12-wartung-tag15", "Teeladen Dresden <shop@teeladen-dresden.de>", OWD,
            "Wartungsvertrag rückgängig machen", t(2025, 9, 27, 10, 0, CEST),
            "Hallo,\n\nwir möchten den Wartungsvertrag (Wartung Onlineshop Teeladen, OWD-2025-873) rückgängig "
            "machen und das Geld anteilig zurück. Wir stellen den Shop auf Shopify um, da ist die Wartung "
            "inklusive.\n\nViele Grüße aus Dresden\nTeeladen-Team\n")
    case("ow12-wartung-tag15", [f], OWB, "decided",
         "O5: service_start 2025-09-12 = day 0, request 2025-09-27 13:30 IST = day 15 > 14 -> refund deny "
         "(a cancellation decision may accompany it: extra_ok)",
         [d("refund", "deny")], extra_ok=True)

    # ow13 hosting without setup fee, rounding
    proj("Hosting Kita Regenbogen", "leitung@kita-regenbogen.de")
    owpay("pay_de_8714", "OWD-2025-874", "Hosting Kita Regenbogen", "hosting_annual", "8999.00", "1619.82",
          "2025-09-20T10:00:00", setup_fee=None, service_start="2025-09-20")
    f = eml("ow13-kita-hosting", "Kita Regenbogen Leitung <leitung@kita-regenbogen.de>", OWD,
            "Rücktritt Hosting Kita Regenbogen", t(2025, 9, 23, 14, 0, CEST),
            "Liebes Team,\n\nder Träger hat entschieden, dass alle Kitas künftig auf der Seite der Gemeinde "
            "gehostet werden. Wir müssen das Hosting (Hosting Kita Regenbogen, Rechnung OWD-2025-874, 8.999,00 "
            "zzgl. MwSt.) daher leider kündigen und bitten um anteilige Erstattung.\n\nViele Grüße\n"
            "Petra Lange, Kita-Leitung\n")
    case("ow13-hosting-rundung", [f], OWB, "decided",
         "O5: no setup fee; service_start 2025-09-20, request 2025-09-23 = day 3; monthly_value = 8999/12 = "
         "749.91666...; refund = 8999 - 749.91666... = 8249.08333... -> 8249.08 (rounded once, C6); "
         "cancellation may accompany it (extra_ok)",
         [d("refund", "approve", "8249.08")], extra_ok=True)

    # ow14 C4 on refund + cancellation of a retainer
    proj("SEO-Betreuung Autohaus Keller", "geschaeftsfuehrung@autohaus-keller.de")
    owpay("pay_de_8715", "OWD-2025-875", "SEO-Betreuung Autohaus Keller", "retainer", "22000.00", "3960.00",
          "2025-09-01T10:00:00", next_billing_at="2025-10-01T00:00:00", period_start="2025-09-01",
          period_end="2025-09-30")
    f = eml("ow14-anwalt", "Autohaus Keller GF <geschaeftsfuehrung@autohaus-keller.de>", OWD,
            "SEO-Betreuung: Kündigung und Rückforderung", t(2025, 9, 18, 16, 0, CEST),
            "Sehr geehrte Damen und Herren,\n\nseit drei Monaten sind wir bei Google nicht eine Position nach vorne "
            "gekommen. Wir kündigen die SEO-Betreuung Autohaus Keller mit sofortiger Wirkung und fordern die "
            "Septemberrate (OWD-2025-875) zurück.\n\nSollten Sie dem nicht nachkommen, übergeben wir die Sache "
            "unserem Anwalt.\n\nKarl-Heinz Keller\nGeschäftsführer\n")
    case("ow14-c4-anwalt", [f], OWB, "decided",
         "C4: lawyer threat ('unserem Anwalt') -> escalate; section 8 'C4 covers the whole case': the "
         "cancellation is escalated too",
         [d("refund", "escalate"), d("cancellation", "escalate")], rules=["C4"])

    # ow15 C2: colleague at the same company, other address
    proj("Möbelhaus Lindner Shop", "einkauf@moebel-lindner.de")
    owpay("pay_de_8716", "OWD-2025-876", "Möbelhaus Lindner Shop", "milestone", "24000.00", "4320.00",
          "2025-09-18T10:00:00", milestone_status="not_started")
    f = eml("ow15-kollegin", "Sophie Lindner <s.lindner@moebel-lindner.de>", OWD,
            "Erstattung Meilenstein Möbelhaus Lindner Shop", t(2025, 9, 24, 9, 0, CEST),
            "Hallo,\n\nich bin die Tochter des Inhabers und kümmere mich jetzt um den Onlineshop. Den Meilenstein "
            "Produktkonfigurator (OWD-2025-876) brauchen wir nicht mehr, wir verkaufen keine Maßanfertigungen "
            "mehr. Bitte erstatten.\n\nSophie Lindner\n")
    case("ow15-c2-kollegin", [f], OWB, "need_info",
         "C2: s.lindner@moebel-lindner.de is not the contract email einkauf@moebel-lindner.de (same domain does not "
         "count, section 8 addresses compare as a whole) -> need_info, no approval",
         rules=["C2"])

    # ow16 WG: forwarded by the contract email itself (internal mail forwarded)
    proj("Architekturbüro Berg Portfolio", "office@architekten-berg.at")
    owpay("pay_de_8717", "OWD-2025-877", "Architekturbüro Berg Portfolio", "discovery", "11000.00", "1980.00",
          "2025-09-24T10:00:00")
    f = eml("ow16-wg-vom-vertragskonto", "Office Architekten Berg <office@architekten-berg.at>", OWD,
            "WG: Discovery-Phase stoppen", t(2025, 9, 26, 11, 20, CEST),
            "Sehr geehrte Damen und Herren,\n\nanbei die Nachricht unseres Partners. Wir bitten um Erstattung.\n\n"
            "Mit freundlichen Grüßen\nSekretariat Architekten Berg\n\n"
            "Von: DI Martin Berg <m.berg@architekten-berg.at>\nGesendet: Freitag, 26. September 2025 09:02\n"
            "An: Office Architekten Berg <office@architekten-berg.at>\nBetreff: Discovery-Phase stoppen\n\n"
            "Bitte bei Optima die Discovery-Phase für das Architekturbüro Berg Portfolio stoppen und das Geld "
            "zurückfordern (Rechnung OWD-2025-877). Wir haben den Wettbewerb verloren, das Budget für die neue "
            "Website ist gestrichen. Termine gab es noch keine.\n")
    case("ow16-wg-discovery", [f], OWB, "decided",
         "Section 8 forwards: 'WG:' is read for the request it carries; the sender is the contract email and the "
         "forwarded text names no other contract email (no C2); reason given in the forward; O1: work_started_at "
         "empty -> approve 11000.00 (stopping the phase may add a cancellation: extra_ok). The forwarded note's author "
         "m.berg@ is not an account address, so section 8 (C2 only when the forward names another registered or "
         "contract email) and 'the sender is the From address' settle it: verified, decided",
         [d("refund", "approve", "11000.00")], extra_ok=True)

    # ow17 WG: from an assistant, the forwarded request names the contract email -> C2
    proj("Brauerei Hopfner Shop", "chef@brauerei-hopfner.de")
    owpay("pay_de_8718", "OWD-2025-878", "Brauerei Hopfner Shop", "deposit", "16000.00", "2880.00",
          "2025-09-29T10:00:00")
    f = eml("ow17-wg-assistenz", "Assistenz Brauerei Hopfner <assistenz@brauerei-hopfner.de>", OWD,
            "WG: Shop-Projekt abblasen", t(2025, 9, 30, 9, 45, CEST),
            "Zur Kenntnis und mit der Bitte um Erledigung.\n\nFreundliche Grüße\nAssistenz der Geschäftsleitung\n\n"
            "Von: Alois Hopfner <chef@brauerei-hopfner.de>\nGesendet: Dienstag, 30. September 2025 08:15\n"
            "An: Assistenz <assistenz@brauerei-hopfner.de>\nBetreff: Shop-Projekt abblasen\n\n"
            "Bitte an Optima schreiben: Brauerei Hopfner Shop wird nicht gemacht, wir verkaufen weiter nur über "
            "den Getränkehandel. Anzahlung OWD-2025-878 zurückfordern. Vertrag läuft über chef@brauerei-hopfner.de.\n")
    case("ow17-wg-c2", [f], OWB, "need_info",
         "Section 8 forwards: the forwarded request names the contract email chef@brauerei-hopfner.de, the sender "
         "is assistenz@ -> C2 need_info asking for the request from the contract address",
         rules=["C2"])

    # ow18 forwarding note as the only text -> reason missing
    proj("Gärtnerei Grün Webshop", "buchhaltung@gaertnerei-gruen.de")
    owpay("pay_de_8719", "OWD-2025-879", "Gärtnerei Grün Webshop", "deposit", "9000.00", "1620.00",
          "2025-09-29T15:00:00")
    f = eml("ow18-nur-weiterleitung", "Buchhaltung Gärtnerei Grün <buchhaltung@gaertnerei-gruen.de>", OWD,
            "WG: Ihre Rechnung OWD-2025-879", t(2025, 9, 30, 14, 0, CEST),
            "Bitte stornieren und den Betrag erstatten. Danke.\n\n"
            "Von: Optima WebDesign <optimawebdesigns12@gmail.com>\nGesendet: Montag, 29. September 2025 11:31\n"
            "An: buchhaltung@gaertnerei-gruen.de\nBetreff: Ihre Rechnung OWD-2025-879\n\n"
            "Vielen Dank für Ihre Anzahlung für das Projekt Gärtnerei Grün Webshop. Anbei die Rechnung "
            "OWD-2025-879 über 9.000,00 zzgl. 1.620,00 GST.\n")
    case("ow18-grund-fehlt", [f], OWB, "need_info",
         "Section 8 'what a reason is': the forwarding note only restates the request ('bitte stornieren und "
         "erstatten'), the forwarded invoice is our own mail -> Optima requires a reason: C3 need_info for reason "
         "(contract email, project and invoice known)",
         missing=["reason"])

    # ow19 thread: project and invoice missing (two projects) -> answer -> approve milestone
    proj("Fotostudio Licht Portfolio", "hallo@fotostudio-licht.de")
    proj("Fotostudio Licht Kursbuchung", "hallo@fotostudio-licht.de")
    owpay("pay_de_8720", "OWD-2025-880", "Fotostudio Licht Portfolio", "milestone", "15000.00", "2700.00",
          "2025-09-10T10:00:00", milestone_status="not_started")
    owpay("pay_de_8721", "OWD-2025-881", "Fotostudio Licht Kursbuchung", "milestone", "19000.00", "3420.00",
          "2025-09-12T10:00:00", milestone_status="not_started")
    w1 = t(2025, 9, 22, 19, 0, CEST)
    f1 = eml("ow19a-ohne-projekt", "Fotostudio Licht <hallo@fotostudio-licht.de>", OWD,
             "Erstattung", w1,
             "Hallo ihr,\n\nwir müssen leider eine Zahlung zurückfordern: unser Budget für dieses Jahr wurde von der "
             "Bank gekürzt, wir müssen ein Projekt streichen.\n\nLiebe Grüße\nNina vom Fotostudio Licht\n")
    f2 = eml("ow19b-projekt-genannt", "Fotostudio Licht <hallo@fotostudio-licht.de>", OWD,
             "Re: Erstattung", t(2025, 9, 23, 10, 15, CEST),
             "Hi, sorry! Es geht um Fotostudio Licht Kursbuchung, Rechnung OWD-2025-881 (Meilenstein "
             "Buchungssystem, ist noch nicht gestartet).\n\nNina\n\n"
             "Am Mo., 22. Sept. 2025 um 19:00 schrieb Fotostudio Licht <hallo@fotostudio-licht.de>:\n"
             "> Hallo ihr,\n> wir müssen leider eine Zahlung zurückfordern\n",
             reply_to_id=msgid("ow19a-ohne-projekt", w1))
    case("ow19-faden-projekt", [f1, f2], OWB, "decided",
         "C3: the contract email has two projects, so project and invoice were asked for; the answer (In-Reply-To) "
         "gives Fotostudio Licht Kursbuchung / OWD-2025-881, milestone not_started -> O3 approve 19000.00",
         [d("refund", "approve", "19000.00")])

    # ow20 invoice copy request -> other
    proj("Steuerbüro Fuchs Website", "buero@steuer-fuchs.de")
    owpay("pay_de_8722", "OWD-2025-882", "Steuerbüro Fuchs Website", "milestone", "20000.00", "3600.00",
          "2025-08-30T10:00:00", milestone_status="approved")
    f = eml("ow20-rechnung-pdf", "Steuerbüro Fuchs <buero@steuer-fuchs.de>", OWD,
            "Rechnungskopie OWD-2025-882", t(2025, 9, 24, 15, 0, CEST),
            "Guten Tag,\n\nkönnten Sie uns die Rechnung OWD-2025-882 bitte nochmals als PDF zusenden, mit unserer "
            "neuen Anschrift (Lindenallee 7, 50968 Köln)? Vielen Dank.\n\nSteuerbüro Fuchs\n")
    case("ow20-andere-anfrage", [f], OWB, "other",
         "An invoice copy request is neither refund nor cancellation -> other")

    # ow21 hypothetical from a contract email with no payment yet -> other
    proj("Café Kranich Website", "cafe@kranich-hamburg.de")
    f = eml("ow21-falls-abspringen", "Café Kranich <cafe@kranich-hamburg.de>", OWD,
            "Frage zur Anzahlung", t(2025, 9, 25, 20, 30, CEST),
            "Moin,\n\nbevor wir das Angebot für die Café Kranich Website unterschreiben: Wenn wir die Anzahlung "
            "leisten und es uns dann doch anders überlegen, bekommen wir die dann zurück? Bis wann?\n\n"
            "Moin moin\nFiete\n")
    case("ow21-hypothetisch", [f], OWB, "other",
         "Section 8: 'would I get a refund if...' before paying is a policy question -> other")

    # ow22 refund of a failed payment -> escalate
    proj("Yogastudio Atemraum Website", "namaste@atemraum-yoga.de")
    owpay("pay_de_8723", "OWD-2025-883", "Yogastudio Atemraum Website", "deposit", "8000.00", "1440.00",
          "2025-09-28T10:00:00", status="failed")
    f = eml("ow22-fehlgeschlagen", "Atemraum Yoga <namaste@atemraum-yoga.de>", OWD,
            "Anzahlung doch abgebucht?", t(2025, 9, 29, 9, 0, CEST),
            "Hallo,\n\nihr habt uns geschrieben, dass die Kartenzahlung der Anzahlung (OWD-2025-883) für die "
            "Yogastudio Atemraum Website fehlgeschlagen ist, auf dem Kontoauszug ist sie aber abgebucht. Wir "
            "überweisen lieber neu per Banküberweisung; bitte die Kartenzahlung zurückerstatten, damit wir "
            "nicht doppelt zahlen.\n\nOm shanti\nJule\n")
    case("ow22-zahlung-fehlgeschlagen", [f], OWB, "decided",
         "Section 8 payments not paid: OWD-2025-883 has status failed -> the refund is escalated, no amount",
         [d("refund", "escalate")])

    # ow23 Precedence: junk spam -> ignore
    f = eml("ow23-spam", "Domain Service <service@domain-verlaengerung.example>", OWD,
            "Kündigung Ihrer Domain - letzte Frist", t(2025, 9, 26, 5, 0, CEST),
            "Ihre Domain wird in 3 Tagen gekündigt. Jetzt verlängern und Rückerstattungsgarantie sichern!\n",
            headers={"Precedence": "junk"})
    case("ow23-c7-junk", [f], OWB, "ignore",
         "C7: Precedence: junk -> ignore, though the text speaks of 'Kündigung' and 'Rückerstattung'",
         rules=["C7"])

    # ow24 own address -> ignore
    f = eml("ow24-eigene-adresse", "Optima WebDesign Support <support@optimawebdesign.com>", OWD,
            "Kopie: Stornobestätigung Projekt", t(2025, 9, 24, 12, 0, IST),
            "Interne Kopie: Die Kündigung des Kunden wurde bestätigt.\n")
    case("ow24-c7-eigene", [f], OWB, "ignore",
         "C7: the sender support@optimawebdesign.com is one of the brand's own addresses -> ignore",
         rules=["C7"])


def main():
    EMAILS.mkdir(parents=True, exist_ok=True)
    for old in EMAILS.glob("*.eml"):
        old.unlink()
    build()
    ledger = {"customers": customers, "projects": projects, "payments": payments}
    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases, {len(customers)} customers, {len(projects)} projects, {len(payments)} payments")


if __name__ == "__main__":
    main()
