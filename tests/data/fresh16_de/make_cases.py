"""Held-out round fresh16 (de): writes ledger.json, emails/*.eml and expected.json beside itself.

Stdlib only, deterministic. Every case states its request time in Asia/Kolkata (the brands' zone) and the
sender's own UTC offset; the Date: header is that instant shown in the sender's offset.
MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

LANG = "de"
HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
LO_BILL = "LeadsOptima <billing@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OWD_BILL = "Optima WebDesign Billing <billing@optimawebdesign.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

LEDGER: dict = {"customers": [], "projects": [], "payments": []}
CASES: list = []
_PAY = [0]


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(inv, email, plan, money, paid_at, ps, pe, status="paid"):
    _PAY[0] += 1
    LEDGER["payments"].append({"brand": LOB, "id": f"de16_pay_{_PAY[0]}", "invoice": inv,
                               "customer_email": email, "kind": "subscription", "plan": plan,
                               "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
                               "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract,
                               "work_started_at": started})


def owpay(inv, project, kind, amount, tax, paid_at, **kw):
    _PAY[0] += 1
    base = {"brand": OWB, "id": f"de16_pay_{_PAY[0]}", "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def when(ist: str, offset: float) -> datetime:
    """An instant given as Asia/Kolkata wall time, shown in the sender's UTC offset (hours)."""
    t = datetime.strptime(ist, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    return t.astimezone(timezone(timedelta(minutes=round(offset * 60))))


def mail(frm, to, subject, body, ist, offset, html=None, headers=None, cc=None):
    return {"frm": frm, "to": to, "subject": subject, "body": body, "ist": ist, "offset": offset,
            "html": html, "headers": headers or {}, "cc": cc}


def case(n, short, brand, status, mails, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None, answer=""):
    CASES.append({"n": n, "short": short, "brand": brand, "status": status, "mails": mails,
                  "decisions": list(decisions), "rules": list(rules), "missing": missing, "spec": spec,
                  "extra_ok": extra_ok, "ambiguous": ambiguous, "answer": answer})


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(outcome="cancel", date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if outcome == "cancel":
        d["effective_date"] = date
    return d


def build() -> None:
    out = HERE / "emails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    expected = []
    for c in CASES:
        files, ids = [], []
        for i, m in enumerate(c["mails"]):
            msg = EmailMessage()
            msg["From"] = m["frm"]
            msg["To"] = m["to"]
            if m["cc"]:
                msg["Cc"] = m["cc"]
            msg["Subject"] = m["subject"]
            msg["Date"] = format_datetime(when(m["ist"], m["offset"]))
            dom = m["frm"].split("@")[-1].strip(">").strip() or "example.invalid"
            mid = f"<fresh16-de-l{c['n']:02d}-{i}@{dom}>"
            msg["Message-ID"] = mid
            if ids:
                msg["In-Reply-To"] = ids[-1]
                msg["References"] = " ".join(ids)
            for k, v in m["headers"].items():
                msg[k] = v
            if m["html"] is not None and m["body"] is None:
                msg.set_content(m["html"], subtype="html")
            else:
                msg.set_content(m["body"])
                if m["html"] is not None:
                    msg.add_alternative(m["html"], subtype="html")
            ids.append(mid)
            name = f"emails/l{c['n']:02d}-{c['short']}{'-' + str(i + 1) if len(c['mails']) > 1 else ''}.eml"
            (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
            files.append(name)
        e = {"id": f"de-l{c['n']:02d}-{c['short']}", "lang": LANG, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        e["spec"] = c["spec"]
        expected.append(e)
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": expected}, indent=2, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(expected)} cases written to {HERE}")


# ---------------------------------------------------------------- cases (de)
CE = 2  # CEST: Germany, Austria, Switzerland, South Tyrol, Luxembourg in September 2025

# LeadsOptima
cust("jens.petersen@petersen-reisen.de", "Jens Petersen", "monthly", start="2025-09-19", end="2025-10-18")
lopay("LO-INV-26101", "jens.petersen@petersen-reisen.de", "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
lopay("LO-INV-26102", "jens.petersen@petersen-reisen.de", "monthly", M, "2025-09-19T10:02:00", "2025-09-19", "2025-10-18")
case(1, "doppelt-abgebucht-hamburg", LOB, "decided", [mail("Jens Petersen <jens.petersen@petersen-reisen.de>", LO_TO,
     "Doppelte Abbuchung Monatsabo", "Moin,\n\nbei uns wurde das Monatsabo doppelt abgebucht, zweimal 1.499,00 INR am 19.09. "
     "Die zweite Rechnung ist LO INV 26102. Bitte die doppelte Zahlung zurückerstatten.\n\nBeste Grüße aus Hamburg\nJens Petersen\n"
     "Petersen Reisen GmbH", "2025-09-21 14:00", CE)],
     [refund("approve", "1499.00")], spec="L2 duplicate, day 2; L4 pair of 1499.00; invoice written 'LO INV 26102' (section 8)")

cust("kontakt@spaeti-kreuzberg.de", "Späti Kreuzberg", "monthly", start="2025-09-01", end="2025-09-30")
for i, t in enumerate(["2025-09-01T10:00:00", "2025-09-01T10:02:00", "2025-09-03T10:00:00"]):
    lopay(f"LO-INV-2611{i+1}", "kontakt@spaeti-kreuzberg.de", "monthly", M, t, "2025-09-01", "2025-09-30")
case(2, "dreimal-berlin", LOB, "decided", [mail("Späti Kreuzberg <kontakt@spaeti-kreuzberg.de>", LO_TO,
     "3x abgebucht?!", "Hallo,\n\nihr habt das Monatsabo DREIMAL abgebucht: zweimal am 1.9. und nochmal am 3.9. (LO-INV-26111, LO-INV-26112 und LO-INV-26113), "
     "immer derselbe Betrag für denselben Monat. Ich will das doppelt bezahlte Geld zurück.\n\nGruß\nMehmet", "2025-09-09 12:00", CE)],
     [refund("approve", "1499.00")],
     spec="Section 8 three identical charges: duplicates 2025-09-01 (day 8, outside L3) and 2025-09-03 (day 6, inside): refund only 1499.00")

cust("office@huber-bau.at", "Huber Bau GmbH", "annual", start="2025-09-10", end="2026-09-09")
lopay("LO-INV-26121", "office@huber-bau.at", "annual", A, "2025-09-10T09:00:00", "2025-09-10", "2026-09-09")
lopay("LO-INV-26122", "office@huber-bau.at", "annual", A, "2025-09-10T09:00:30", "2025-09-10", "2026-09-09")
case(3, "tag-sieben-wien", LOB, "decided", [mail("Huber Bau Buchhaltung <office@huber-bau.at>", LO_TO,
     "Jahreslizenz zweimal verrechnet", "Sehr geehrte Damen und Herren,\n\ndie Jahreslizenz wurde uns zweimal verrechnet (Rechnungen "
     "LO-INV-26121 und LO-INV-26122, jeweils € … pardon, INR 11.988,00). Wir ersuchen um Rückerstattung der doppelten Zahlung LO-INV-26122.\n\n"
     "Mit freundlichen Grüßen\nMag. Sabine Huber\nHuber Bau GmbH, Wien", "2025-09-17 23:50", CE)],
     [refund("approve", "11988.00")], spec="L3: charge 2025-09-10, email 20:20 Vienna = 2025-09-17 23:50 IST = day 7, inside; L4 11988.00")

cust("urs.meier@meier-treuhand.ch", "Urs Meier", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("LO-INV-26131", "urs.meier@meier-treuhand.ch", "quarterly", Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
lopay("LO-INV-26132", "urs.meier@meier-treuhand.ch", "quarterly", Q, "2025-09-05T10:01:00", "2025-09-05", "2025-12-04")
case(4, "tag-acht-zuerich", LOB, "decided", [mail("Urs Meier <urs.meier@meier-treuhand.ch>", LO_TO,
     "Doppelbelastung Quartalsabo", "Grüezi\n\nIch wurde für das Quartalsabo zweimal belastet, siehe Rechnung LO-INV-26132 (gleicher Betrag, "
     "gleiche Periode). Bitte um Rückerstattung der doppelten Belastung.\n\nFreundliche Grüsse\nUrs Meier\nMeier Treuhand AG, Zürich",
     "2025-09-13 02:00", CE)],
     [refund("deny")], spec="L3: charge 2025-09-05; email Fri 22:30 Zurich = 2025-09-13 02:00 IST = day 8: deny (the sender's local date is day 7)")

cust("steffen.kluge@kluge-elektro.de", "Steffen Kluge", "monthly", status="cancelled", start="2025-08-23", end="2025-09-22")
lopay("LO-INV-26141", "steffen.kluge@kluge-elektro.de", "monthly", M, "2025-09-23T06:00:00", "2025-09-23", "2025-10-22")
case(5, "nach-kuendigung-abgebucht-dresden", LOB, "decided", [mail("Steffen Kluge <steffen.kluge@kluge-elektro.de>", LO_TO,
     "Abbuchung trotz Kündigung", "Guten Tag,\n\nich habe mein Abo im August gekündigt, trotzdem wurde am 23.09. wieder abgebucht "
     "(LO-INV-26141). Das ist eine Abbuchung nach der Kündigung, die ich nicht genehmigt habe. Ich bitte um Erstattung.\n\n"
     "Mit freundlichen Grüßen\nSteffen Kluge\nKluge Elektro, Dresden", "2025-09-24 12:00", CE)],
     [refund("escalate")], spec="L2 billing_error (charged after cancelling), day 1: L5 escalate")

cust("compta@brasserie-mosel.lu", "Brasserie Mosel", "monthly", start="2025-09-20", end="2025-10-19")
lopay("LO-INV-26151", "compta@brasserie-mosel.lu", "annual", A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
case(6, "falscher-tarif-luxemburg", LOB, "decided", [mail("Brasserie Mosel <compta@brasserie-mosel.lu>", LO_TO,
     "Falscher Tarif abgerechnet", "Moien,\n\nwir haben das Monatsabo gebucht, abgerechnet wurde aber das Jahresabo (LO-INV-26151, 11.988 INR). "
     "Das ist der falsche Tarif. Bitte korrigieren und den Differenzbetrag erstatten.\n\nMerci a Gréiss\nClaude Weis\nBrasserie Mosel, Remich",
     "2025-09-22 13:30", CE)],
     [refund("escalate")], spec="L2 billing_error (wrong plan charged), day 2: L5 escalate")

cust("lena.brandl@brandl-physio.de", "Lena Brandl", "monthly", start="2025-09-23", end="2025-10-22")
lopay("LO-INV-26161", "lena.brandl@brandl-physio.de", "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case(7, "komme-nicht-rein-muenchen", LOB, "decided", [mail("Lena Brandl <lena.brandl@brandl-physio.de>", LO_TO,
     "Login geht nicht", "servus ich komm seit der zahlung am 23. nicht mehr in mein konto rein login geht nicht passwort zuruecksetzen "
     "auch nicht die seite laedt einfach nicht rechnung LO-INV-26161 wenn das nicht geht will ich mein geld zurueck\n\nVon meinem "
     "Samsung Galaxy gesendet", "2025-09-25 11:30", CE)],
     [refund("escalate")], spec="L2 access_failure (cannot log in), day 2: L6 escalate; dictated, no umlauts")

cust("f.pichler@pichler-optik.at", "Franz Pichler", "monthly", start="2025-09-02", end="2025-10-01")
lopay("LO-INV-26171", "f.pichler@pichler-optik.at", "monthly", M, "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")
case(8, "zugang-zu-spaet-graz", LOB, "decided", [mail("Franz Pichler <f.pichler@pichler-optik.at>", LO_TO,
     "Kein Zugang seit Anfang September", "Grüß Gott,\n\nseit Anfang des Monats habe ich keinen Zugang zur Plattform, das Dashboard lädt "
     "nicht. Ich ersuche um Refundierung der Rechnung LO-INV-26171.\n\nHochachtungsvoll\nFranz Pichler, Graz", "2025-09-18 11:00", CE)],
     [refund("deny")], spec="L3: access failure but charge 2025-09-02, request 2025-09-18 = day 16: deny; Austrian 'Refundierung'")

cust("m.schaefer@schaefer-werbung.de", "Martin Schäfer", "annual", start="2025-09-25", end="2026-09-24")
lopay("LO-INV-26181", "m.schaefer@schaefer-werbung.de", "annual", A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
case(9, "zu-teuer-stuttgart", LOB, "decided", [mail("Martin Schäfer <m.schaefer@schaefer-werbung.de>", LO_TO,
     "Rückerstattung Jahresabo LO-INV-26181", "Hallo zusammen,\n\nwir haben letzte Woche das Jahresabo abgeschlossen, aber das ist uns ehrlich gesagt "
     "zu teuer, genutzt haben wir es auch noch gar nicht. Könnten Sie mir die Zahlung (LO-INV-26181) erstatten?\n\nVG\nMartin Schäfer",
     "2025-09-26 13:30", CE)],
     [refund("deny")], spec="L1: too expensive / not used is no exception: deny, cancellation offered")

cust("hannes.oberhofer@oberhofer-hof.it", "Hannes Oberhofer", "monthly", status="trial", trial_ends="2025-10-04")
case(10, "testphase-bozen", LOB, "decided", [mail("Hannes Oberhofer <hannes.oberhofer@oberhofer-hof.it>", LO_TO,
     "Rückerstattung Testphase", "Hallo,\n\nich bin gerade in der Testphase (Monatstarif) und möchte das Geld für den Test zurück, das Tool "
     "passt nicht zu unserem Hofladen.\n\nGrüße aus Südtirol\nHannes Oberhofer", "2025-09-27 13:30", CE)],
     [refund("deny")], spec="L7: free trial, no charge: deny, no billing unless they subscribe")

cust("info@tischlerei-wolf.de", "Tischlerei Wolf", "monthly", start="2025-09-14", end="2025-10-13")
case(11, "moechte-kuendigen", LOB, "decided", [mail("Tischlerei Wolf <info@tischlerei-wolf.de>", LO_TO, "Kündigung",
     "Ich möchte kündigen.\n\n--\nTischlerei Wolf GmbH · Geschäftsführer: Peter Wolf · Amtsgericht Kassel HRB 1234\n"
     "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
     "2025-09-24 13:00", CE)],
     [cancel("cancel", "2025-10-13")], spec="L8: bare intent verb, no object; active until current_period_end 2025-10-13")

cust("anja.seidel@seidel-fotografie.de", "Anja Seidel", "monthly")
lopay("LO-INV-26201", "anja.seidel@seidel-fotografie.de", "monthly", M, "2025-09-12T22:00:00+02:00", "2025-09-13", None)
case(12, "fallback-leipzig", LOB, "decided", [mail("Anja Seidel <anja.seidel@seidel-fotografie.de>", LO_TO,
     "Abo beenden", "Hallo liebes Team,\n\nbitte beendet mein Monatsabo, ich gehe ab Oktober in Elternzeit und brauche das Tool nicht mehr.\n\n"
     "Liebe Grüße aus Leipzig\nAnja", "2025-09-20 15:00", CE)],
     [cancel("cancel", "2025-10-12")],
     spec="L8 fallback + section 8: no current_period_end; charge 2025-09-12T22:00+02:00 = 2025-09-13 01:30 IST; +1 month -1 day = 2025-10-12")

cust("tobias.krause@krause-consulting.de", "Tobias Krause", "monthly", start="2025-09-16", end="2025-10-15")
lopay("LO-INV-26211", "tobias.krause@krause-consulting.de", "monthly", M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
case(13, "kuendigen-anteilig-koeln", LOB, "decided", [mail("Tobias Krause <tobias.krause@krause-consulting.de>", LO_TO,
     "Kündigung + anteilige Erstattung", "Hallo,\n\nich kündige hiermit mein Monatsabo und hätte gern den Rest des Monats anteilig "
     "zurück (LO-INV-26211), ich wechsle zu einem anderen Anbieter.\n\nGruß aus Köln\nTobias Krause", "2025-09-20 13:30", CE)],
     [refund("deny"), cancel("cancel", "2025-10-15")], spec="L1/L8: no partial refund for unused days: deny; cancel effective 2025-10-15")

cust("einkauf@bergmann-maschinen.de", "Bergmann Maschinen", "quarterly", start="2025-08-01", end="2025-10-31")
case(14, "gmx-andere-adresse", LOB, "need_info", [mail("Klaus Bergmann <k.bergmann61@gmx.de>", LO_TO, "Kündigung Quartalsabo",
     "Guten Tag,\n\nunser Konto läuft über einkauf@bergmann-maschinen.de. Ich schreibe von privat, weil die Firmenmail gerade spinnt. "
     "Bitte das Quartalsabo kündigen und mir sagen, bis wann es noch läuft.\n\nKlaus Bergmann", "2025-09-22 19:00", CE)],
     rules=["C2"], spec="C2: private GMX address, names the registered address: ask to write from it, nothing about the account")

cust("info@fahrschule-berger.de", "Fahrschule Berger", "monthly", start="2025-09-18", end="2025-10-17")
case(15, "anwalt-kuendigung", LOB, "decided", [mail("Fahrschule Berger <info@fahrschule-berger.de>", LO_TO,
     "Letzte Aufforderung: Kündigung", "Ich kündige mein Abo mit sofortiger Wirkung. Wenn ich bis Freitag keine Bestätigung habe, geht die "
     "Sache an meinen Anwalt.\n\nR. Berger", "2025-09-24 18:00", CE)],
     [cancel("escalate")], rules=["C4"], spec="C4 covers the whole case: a lawyer threat escalates the cancellation too")

cust("buero@gasthof-alpenblick.at", "Gasthof Alpenblick", "monthly", start="2025-09-22", end="2025-10-21")
lopay("LO-INV-26231", "buero@gasthof-alpenblick.at", "monthly", M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("LO-INV-26232", "buero@gasthof-alpenblick.at", "monthly", M, "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
case(16, "rueckbuchung-bank-tirol", LOB, "decided", [mail("Gasthof Alpenblick <buero@gasthof-alpenblick.at>", LO_TO,
     "doppelte Abbuchung", "Grüß Gott,\n\nSie haben uns zweimal abgebucht (LO-INV-26232 ist die doppelte). Wenn das bis Ende der Woche nicht "
     "erstattet ist, lasse ich die Zahlung über meine Bank zurückbuchen (Chargeback).\n\nMfG\nFamilie Hofer, Gasthof Alpenblick, Tirol",
     "2025-09-23 12:00", CE)],
     [refund("escalate")], rules=["C4"], spec="C4: chargeback threat escalates though L4 would approve; no amount on escalation")

case(17, "abwesenheitsnotiz", LOB, "ignore", [mail("Dr. Petra Lang <p.lang@kanzlei-lang.de>", LO_TO,
     "Abwesenheitsnotiz: Ihre Rechnung LO-INV-26999", "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 03.10.2025 nicht im Büro. "
     "In dringenden Fällen (Kündigungen, Erstattungen) wenden Sie sich bitte an sekretariat@kanzlei-lang.de.", "2025-09-29 09:00", CE,
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
     rules=["C7"], spec="C7: Auto-Submitted auto-replied (a law-firm out-of-office that names cancellations and refunds)")

case(18, "unzustellbar-postmaster", LOB, "ignore", [mail("postmaster@mail.bluewin.ch", LO_TO,
     "Unzustellbar: Kündigung", "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: buchhaltung@example-firma.ch\n"
     "Grund: 550 5.1.1 Mailbox unbekannt\n\n----- Ursprüngliche Nachricht -----\nBetreff: Re: Kündigung und Rückerstattung [LO-2618]", "2025-09-19 04:00", CE)],
     rules=["C7"], spec="C7: postmaster sender, a bounce quoting a cancellation")

cust("sandra.koch@koch-immobilien.de", "Sandra Koch", "monthly", start="2025-09-24", end="2025-10-23")
lopay("LO-INV-26261", "sandra.koch@koch-immobilien.de", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case(19, "ohne-grund-nordrhein", LOB, "need_info", [mail("Sandra Koch <sandra.koch@koch-immobilien.de>", LO_TO,
     "Erstattung LO-INV-26261", "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um Erstattung der Rechnung LO-INV-26261.\n\n"
     "Vielen Dank im Voraus.\n\nMit freundlichen Grüßen\nSandra Koch\nKoch Immobilien GmbH | Düsseldorf\n\n"
     "Diese E-Mail kann vertrauliche Informationen enthalten.", "2025-09-25 13:30", CE)],
     missing=["reason"], spec="Section 8: restatement, thanks, signature and disclaimer are no reason: ask for it (C3)")

cust("reto.baumann@baumann-garage.ch", "Reto Baumann", "monthly", start="2025-09-15", end="2025-10-14")
lopay("LO-INV-26271", "reto.baumann@baumann-garage.ch", "monthly", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
lopay("LO-INV-26272", "reto.baumann@baumann-garage.ch", "monthly", M, "2025-09-15T10:03:00", "2025-09-15", "2025-10-14")
case(20, "thread-grund-nachgereicht-bern", LOB, "decided", [
     mail("Reto Baumann <reto.baumann@baumann-garage.ch>", LO_TO, "Rückzahlung LO-INV-26272",
          "Grüezi\n\nBitte um Rückzahlung von LO-INV-26272.\n\nFreundliche Grüsse\nReto Baumann", "2025-09-17 13:30", CE),
     mail("Reto Baumann <reto.baumann@baumann-garage.ch>", LO_TO, "AW: Rückzahlung LO-INV-26272 [LO-2727]",
          "Grüezi\n\nDer Grund: der gleiche Betrag wurde am 15.9. zweimal von der Kreditkarte abgebucht. Die zweite Belastung ist zu viel.\n\n"
          "Freundliche Grüsse\nReto Baumann\n\n-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support\nBetreff: Rückzahlung\n"
          "> Bitte nennen Sie uns den Grund.", "2025-09-23 13:30", CE)],
     [refund("approve", "1499.00")],
     spec="C3 thread: reason in the reply (day 8), but the request time is the first email (2025-09-17, day 2): L4 approve 1499.00")

cust("rechnung@mueller-steuerberatung.de", "Müller Steuerberatung", "annual", start="2025-04-01", end="2026-03-31")
lopay("LO-INV-26281", "rechnung@mueller-steuerberatung.de", "annual", A, "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
case(21, "kein-geld-zurueck-ustid", LOB, "other", [mail("Müller Steuerberatung <rechnung@mueller-steuerberatung.de>", LO_TO,
     "Rechnungskorrektur LO-INV-26281", "Guten Tag,\n\nwir möchten KEINE Erstattung und auch nicht kündigen. Auf der Rechnung LO-INV-26281 "
     "fehlt nur unsere USt-IdNr. (DE123456789). Können Sie die Rechnung bitte neu ausstellen?\n\nMit freundlichen Grüßen\nBuchhaltung",
     "2025-09-18 13:30", CE)],
     spec="Section 8 negation; an invoice correction asks nothing the bot decides: other")

case(22, "frage-vor-abschluss-linz", LOB, "other", [mail("Bernhard Gruber <bernhard.gruber@aon.at>", LO_TO,
     "Frage zum Jahresabo", "Servus,\n\nbevor ich das Jahresabo abschließe: Bekomme ich mein Geld zurück, wenn mir das Tool nach zwei Wochen "
     "nicht taugt? Und was passiert, wenn ich mal nicht einloggen kann?\n\nDanke und Grüße aus Linz\nBernhard", "2025-09-23 18:00", CE)],
     spec="Section 8 hypothetical before buying: a policy question, other")

cust("nina.vogt@vogt-design.de", "Nina Vogt", "monthly", start="2025-09-10", end="2025-10-09")
case(23, "danke-gutschrift-da", LOB, "other", [mail("Nina Vogt <nina.vogt@vogt-design.de>", LO_TO, "AW: Erstattung genehmigt [LO-2590]",
     "Hallo,\n\nkurze Rückmeldung: die Gutschrift ist heute auf meinem Konto eingegangen. Vielen Dank für die schnelle Hilfe, ihr könnt das "
     "Ticket schließen!\n\nNina\n\n> Ihre Erstattung von 1.499,00 INR wurde genehmigt.", "2025-09-30 13:30", CE,
     headers={"In-Reply-To": "<lo-2590-2@leadsoptima.com>", "References": "<lo-2590-0@vogt-design.de> <lo-2590-2@leadsoptima.com>"})],
     spec="Thanks closing a story; 'Ticket schließen' is not a cancellation: other")

cust("dr.albrecht@praxis-albrecht.de", "Dr. Albrecht", "monthly", start="2025-09-20", end="2025-10-19")
case(24, "wg-outlook-assistenz", LOB, "need_info", [mail("Empfang Praxis Albrecht <empfang@praxis-albrecht.de>", LO_TO,
     "WG: Kündigung LeadsOptima", "Sehr geehrte Damen und Herren,\n\nanbei die Kündigung von Dr. Albrecht zur Erledigung.\n\n"
     "Mit freundlichen Grüßen\nEmpfang\n\n-----Ursprüngliche Nachricht-----\nVon: Dr. Albrecht <dr.albrecht@praxis-albrecht.de>\n"
     "Gesendet: Montag, 22. September 2025 17:40\nAn: Empfang <empfang@praxis-albrecht.de>\nBetreff: Kündigung LeadsOptima\n\n"
     "Bitte kündigen Sie mein Monatsabo bei LeadsOptima, registriert auf dr.albrecht@praxis-albrecht.de.\n", "2025-09-23 12:30", CE)],
     rules=["C2"], spec="Section 8 forward (WG:): request names registered email dr.albrecht@, sender is reception: C2")

cust("j.lehmann@lehmann-events.de", "Julia Lehmann", "quarterly", start="2025-08-10", end="2025-11-09")
case(25, "weitergeleitet-apple-mail", LOB, "decided", [mail("Julia Lehmann <j.lehmann@lehmann-events.de>", LO_TO,
     "Fwd: Kündigung Quartalsabo", "Hatte ich letzte Woche an die falsche Adresse geschickt.\n\nVon meinem iPhone gesendet\n\n"
     "Anfang der weitergeleiteten Nachricht:\n\nVon: Julia Lehmann <j.lehmann@lehmann-events.de>\nDatum: 15. September 2025 um 09:12:44 MESZ\n"
     "An: info@leadsoptima.de\nBetreff: Kündigung Quartalsabo\n\nHallo, hiermit kündige ich mein Quartalsabo. Wir machen keine Events mehr "
     "über das Tool.\n", "2025-09-21 11:00", CE)],
     [cancel("cancel", "2025-11-09")], spec="Forward of her own request from the registered address: L8 cancel, period end 2025-11-09")

cust("chef@currywurst-ecke.de", "Currywurst Ecke", "monthly", start="2025-09-05", end="2025-10-04")
case(26, "beschwerde-ohne-wunsch-berlin", LOB, "other", [mail("Currywurst Ecke <chef@currywurst-ecke.de>", LO_TO, "Totaler Murks",
     "Eure neue Oberfläche ist totaler Murks, alles dauert ewig und der Export nach Excel ist kaputt. Will nix zurück, will nur dass ihr's wisst.\n"
     "Kalle", "2025-09-26 22:00", CE)],
     spec="Complaint that asks nothing: other")

cust("petra.zimmermann@zimmermann-hotel.ch", "Petra Zimmermann", "annual", start="2025-06-01", end="2026-05-31")
case(27, "weder-noch-luzern", LOB, "other", [mail("Petra Zimmermann <petra.zimmermann@zimmermann-hotel.ch>", LO_TO,
     "Frage zur Rechnung", "Grüezi\n\nIch möchte weder kündigen noch eine Rückerstattung, damit das klar ist. Mich interessiert nur, weshalb "
     "auf der Jahresrechnung eine andere Adresse steht als im Konto hinterlegt.\n\nFreundliche Grüsse\nPetra Zimmermann\nHotel Zimmermann, Luzern",
     "2025-09-19 13:30", CE)],
     spec="Declines both intents (section 8 negation); an address question: other")

cust("kai.hoffmann@hoffmann-it.de", "Kai Hoffmann", "monthly", start="2025-09-18", end="2025-10-17")
case(28, "reply-to-trick", LOB, "need_info", [mail("Kai Hoffmann <kai.hoffmann.privat@web.de>", LO_TO, "Abo kündigen",
     "Hi, bitte mein Monatsabo kündigen (Konto kai.hoffmann@hoffmann-it.de). Antwort bitte an die Firmenadresse.\nKai", "2025-09-24 21:00", CE,
     headers={"Reply-To": "kai.hoffmann@hoffmann-it.de"})],
     rules=["C2"], spec="C2 + section 8: Reply-To never verifies; From is a private web.de address")

cust("ute.berger@web.de", "Ute Berger", "quarterly", start="2025-07-25", end="2025-10-24")
case(29, "nur-html-webde", LOB, "decided", [mail("Ute Berger <ute.berger@web.de>", LO_TO, "Kündigung", None, "2025-09-28 20:00", CE,
     html="<html><body><div>Sehr geehrtes LeadsOptima-Team,</div><div>&nbsp;</div><div>hiermit kündige ich mein <b>Quartalsabo</b> "
     "fristgerecht. Wir stellen den Vertrieb um.</div><div>&nbsp;</div><div>Freundliche Grüße<br>Ute Berger</div></body></html>")],
     [cancel("cancel", "2025-10-24")], spec="HTML-only webmail; L8 cancel, current_period_end 2025-10-24")

cust("verwaltung@stadtwerke-beispiel.de", "Stadtwerke Beispiel", "annual", start="2025-01-01", end="2025-12-31")
case(30, "verlaengerung-deaktivieren", LOB, "decided", [mail("Verwaltung <verwaltung@stadtwerke-beispiel.de>", LO_TO,
     "Automatische Verlängerung", "Sehr geehrte Damen und Herren,\n\nbitte deaktivieren Sie die automatische Verlängerung unseres Jahresabos "
     "zum Jahresende. Der Haushalt für 2026 sieht das Tool nicht mehr vor.\n\nMit freundlichen Grüßen\nIm Auftrag\nH. Schulz",
     "2025-09-15 13:30", CE)],
     [cancel("cancel", "2025-12-31")], spec="Stopping auto-renewal is a cancellation: L8, active until 2025-12-31")

cust("gilles.thill@thill-sarl.lu", "Gilles Thill", "monthly", start="2025-09-20", end="2025-10-19")
lopay("LO-INV-26301", "gilles.thill@thill-sarl.lu", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("LO-INV-26302", "gilles.thill@thill-sarl.lu", "monthly", M, "2025-09-20T10:01:00", "2025-09-20", "2025-10-19", status="refunded")
case(31, "schon-erstattet-luxemburg", LOB, "decided", [mail("Gilles Thill <gilles.thill@thill-sarl.lu>", LO_TO,
     "Doppelzahlung LO-INV-26302", "Guten Tag,\n\nam 20.09. wurde doppelt abgebucht, Rechnung LO-INV-26302 ist die doppelte Zahlung. "
     "Bitte erstatten.\n\nMat beschte Gréiss\nGilles Thill", "2025-09-22 13:30", CE)],
     [refund("escalate")], spec="Section 8: the duplicate charge is status 'refunded' (not paid): escalate")

cust("sebastian.roth@roth-druck.de", "Sebastian Roth", "monthly", start="2025-09-26", end="2025-10-25")
lopay("LO-INV-26311", "sebastian.roth@roth-druck.de", "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("LO-INV-26312", "sebastian.roth@roth-druck.de", "monthly", M, "2025-09-26T10:05:00", "2025-09-26", "2025-10-25")
case(32, "diktiert-zweimal-bezahlt", LOB, "decided", [mail("Sebastian Roth <sebastian.roth@roth-druck.de>", LO_TO,
     "Zahlung", "hallo ich hab aus versehen zweimal bezahlt heute morgen weil die seite haengen geblieben ist rechnung LO-INV-26312 "
     "bitte eins davon zurueck danke sebastian roth druckerei roth nuernberg", "2025-09-26 17:00", CE)],
     [refund("approve", "1499.00")], spec="L2 duplicate ('zweimal bezahlt'), same day: L4 approve 1499.00; dictated, no punctuation")

# Optima WebDesign
proj("Onlineshop Brezelbäckerei", "laden@brezel-baeckerei.de", None)
owpay("OWD-2025-2601", "Onlineshop Brezelbäckerei", "deposit", "30000.00", "5400.00", "2025-09-22T11:00:00")
case(33, "anzahlung-30h-muenchen", OWB, "decided", [mail("Brezelbäckerei <laden@brezel-baeckerei.de>", OWD_TO,
     "Refund Request — Onlineshop Brezelbäckerei / OWD-2025-2601", "Grüß Gott,\n\nwir haben gestern die Anzahlung für den Onlineshop "
     "Brezelbäckerei geleistet (OWD-2025-2601, 35.400 INR inkl. Steuer). Leider hat die Bank den Kredit für den Umbau abgelehnt, wir können "
     "das Projekt nicht starten. Bitte um Rückerstattung der Anzahlung.\n\nMit freundlichen Grüßen\nMaria Huber", "2025-09-23 17:00", CE)],
     [refund("approve", "30000.00")], spec="O2: paid 2025-09-22 11:00, request 2025-09-23 17:00 (30 h), no work: approve 30,000.00 before tax")

proj("Website Heuriger Weinbauer", "office@heuriger-weinbauer.at", None)
owpay("OWD-2025-2602", "Website Heuriger Weinbauer", "deposit", "18000.00", "3240.00", "2025-09-15T10:00:00")
case(34, "anzahlung-73h-wien", OWB, "decided", [mail("Heuriger Weinbauer <office@heuriger-weinbauer.at>", OWD_TO,
     "Anzahlung Website Heuriger Weinbauer", "Grüß Gott,\n\nwir möchten vom Projekt Website Heuriger Weinbauer zurücktreten und ersuchen um "
     "Rückerstattung der Anzahlung (OWD-2025-2602). Unser Neffe macht uns die Seite jetzt doch selbst.\n\nLiebe Grüße\nFamilie Weinbauer",
     "2025-09-18 11:00", CE)],
     [refund("deny")], spec="O2: paid 2025-09-15 10:00, request 2025-09-18 11:00 IST = 73 h: deny")

proj("Webauftritt Schreinerei Gisler", "info@schreinerei-gisler.ch", None)
owpay("OWD-2025-2603", "Webauftritt Schreinerei Gisler", "deposit", "22000.00", "3960.00", "2025-09-16T10:00:00")
case(35, "anzahlung-71h59-uri", OWB, "decided", [mail("Schreinerei Gisler <info@schreinerei-gisler.ch>", OWD_TO,
     "Rückzahlung Anzahlung OWD-2025-2603", "Grüezi\n\nWir ziehen den Auftrag Webauftritt Schreinerei Gisler zurück, der Betrieb wird auf "
     "Ende Jahr verkauft. Bitte zahlen Sie die Anzahlung OWD-2025-2603 zurück.\n\nFreundliche Grüsse\nSepp Gisler, Altdorf UR",
     "2025-09-19 09:59", CE)],
     [refund("approve", "22000.00")], spec="O2: paid 2025-09-16 10:00, request 2025-09-19 09:59 IST = 71 h 59 min, before 72 h, no work: approve 22,000.00")

proj("Relaunch Boulangerie Kayl", "contact@boulangerie-kayl.lu", None)
owpay("OWD-2025-2604", "Relaunch Boulangerie Kayl", "discovery", "14000.00", "2520.00", "2025-09-17T10:00:00")
case(36, "strategie-workshop-luxemburg", OWB, "decided", [mail("Boulangerie Kayl <contact@boulangerie-kayl.lu>", OWD_BILL,
     "Strategie-Workshop Relaunch Boulangerie Kayl", "Guten Tag,\n\nfür den Relaunch Boulangerie Kayl haben wir die Strategiephase bezahlt "
     "(OWD-2025-2604). Der Workshop hat noch nicht stattgefunden, und wir haben uns entschieden, mit der Agentur unseres Franchisegebers zu "
     "arbeiten. Wir bitten um Erstattung.\n\nMerci\nCarole Schmit", "2025-09-24 13:30", CE)],
     [refund("approve", "14000.00")], spec="C1 via billing@optimawebdesign.com; O1: discovery, no session started: full refund 14,000.00 before tax")

proj("Portal Hafenkontor", "projekt@hafenkontor.de", "2025-09-12T10:00:00")
owpay("OWD-2025-2605", "Portal Hafenkontor", "discovery", "16000.00", "2880.00", "2025-09-10T10:00:00")
case(37, "workshop-stattgefunden-bremen", OWB, "decided", [mail("Hafenkontor <projekt@hafenkontor.de>", OWD_TO,
     "Erstattung Discovery Portal Hafenkontor", "Moin,\n\nder Kick-off-Workshop zum Portal Hafenkontor war leider enttäuschend. Wir wollen "
     "die Discovery-Gebühr (OWD-2025-2605) zurück.\n\nGruß\nHauke Janssen, Bremen", "2025-09-15 13:30", CE)],
     [refund("deny")], spec="O1: session held 2025-09-12 before request: deny")

proj("Shop Berner Chäsi", "chaesi@berner-chaesi.ch", "2025-08-20T10:00:00")
owpay("OWD-2025-2606", "Shop Berner Chäsi", "milestone", "40000.00", "7200.00", "2025-09-05T10:00:00", milestone_status="not_started")
case(38, "etappe-nicht-begonnen-bern", OWB, "decided", [mail("Berner Chäsi <chaesi@berner-chaesi.ch>", OWD_TO,
     "Etappe 3 Shop Berner Chäsi", "Grüessech\n\nDie Etappe 3 (Mehrsprachigkeit) im Projekt Shop Berner Chäsi, Rechnung OWD-2025-2606, "
     "brauchen wir nicht mehr: wir verkaufen nur noch in der Deutschschweiz. Da die Etappe noch nicht begonnen hat, bitten wir um "
     "Rückzahlung.\n\nFreundliche Grüsse\nBeat Stucki", "2025-09-22 13:30", CE)],
     [refund("approve", "40000.00")], spec="O3: milestone not_started: refund its amount 40,000.00 before tax")

proj("Intranet Domstadt Versicherung", "it@domstadt-vers.de", "2025-07-01T10:00:00")
owpay("OWD-2025-2607", "Intranet Domstadt Versicherung", "milestone", "26000.00", "4680.00", "2025-08-20T10:00:00", milestone_status="approved")
case(39, "meilenstein-abgenommen-koeln", OWB, "decided", [mail("IT Domstadt <it@domstadt-vers.de>", OWD_TO,
     "Meilenstein 2 Intranet Domstadt Versicherung", "Hallo,\n\nwir haben Meilenstein 2 (OWD-2025-2607) zwar abgenommen, aber im Nachhinein "
     "gefällt dem Vorstand das Design nicht mehr. Wir bitten um Erstattung dieses Meilensteins.\n\nGruß\nT. Schmitz", "2025-09-20 13:30", CE)],
     [refund("deny")], spec="O3/O6: approved milestone: deny")

proj("Buchungsportal Donauradweg", "info@donauradweg-touren.at", "2025-08-01T10:00:00")
owpay("OWD-2025-2608", "Buchungsportal Donauradweg", "milestone", "32000.00", "5760.00", "2025-09-01T10:00:00", milestone_status="in_progress")
case(40, "meilenstein-laeuft-linz", OWB, "decided", [mail("Donauradweg Touren <info@donauradweg-touren.at>", OWD_TO,
     "Teilrückerstattung Buchungsportal Donauradweg", "Servus,\n\nbeim Buchungsportal Donauradweg ist Meilenstein 3 (OWD-2025-2608) gerade in "
     "Arbeit. Wir stoppen das Projekt wegen der Förderung, die weggefallen ist, und hätten gern den Teil zurück, der noch nicht gemacht ist.\n\n"
     "LG Christoph", "2025-09-19 13:30", CE)],
     [refund("escalate")], spec="O3: milestone in_progress: escalate")

proj("Betreuung Website Zahnarztpraxis Lindner", "praxis@zahnarzt-lindner.de", "2025-01-12T10:00:00")
owpay("OWD-2025-2609", "Betreuung Website Zahnarztpraxis Lindner", "retainer", "7000.00", "1260.00", "2025-09-12T10:00:00",
      next_billing_at="2025-10-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11")
case(41, "die-betreuung-kuendigen", OWB, "decided", [mail("Praxis Dr. Lindner <praxis@zahnarzt-lindner.de>", OWD_TO,
     "Kündigung der Betreuung", "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die Betreuung (Betreuung Website Zahnarztpraxis "
     "Lindner, letzte Rechnung OWD-2025-2609). Grund: die Praxis wird zum Jahresende an einen Nachfolger übergeben, der eine eigene Agentur hat.\n\n"
     "Mit freundlichen Grüßen\nDr. Eva Lindner", "2025-09-26 13:30", CE)],
     [cancel("cancel", "2025-10-11")], spec="O4/O8: next billing 2025-10-12, request 2025-09-26 = 16 days' notice: effective 2025-10-11")

proj("Wartung Skischule Arlberg", "buero@skischule-arlberg.at", "2025-01-04T10:00:00")
owpay("OWD-2025-2610", "Wartung Skischule Arlberg", "retainer", "5500.00", "990.00", "2025-09-04T10:00:00",
      next_billing_at="2025-10-04T10:00:00", period_start="2025-09-04", period_end="2025-10-03")
case(42, "betreuung-kurzfristig-arlberg", OWB, "decided", [mail("Skischule Arlberg <buero@skischule-arlberg.at>", OWD_TO,
     "Kündigung Wartungsvertrag OWD-2025-2610", "Grüß Gott,\n\nwir kündigen den monatlichen Wartungsvertrag (Wartung Skischule Arlberg, "
     "OWD-2025-2610), da wir mit dem Tourismusverband auf eine gemeinsame Plattform wechseln.\n\nSchöne Grüße\nAndreas Strolz",
     "2025-09-30 13:30", CE)],
     [cancel("cancel", "2025-11-03")], spec="O4: next billing 2025-10-04, request 2025-09-30 = 4 days (< 7): next cycle 10-04..11-03 billed, effective 2025-11-03")

proj("Support Onlineshop Weinkeller", "shop@weinkeller-pfalz.de", "2025-01-01T10:00:00")
owpay("OWD-2025-2611", "Support Onlineshop Weinkeller", "retainer", "6000.00", "1080.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30")
owpay("OWD-2025-2612", "Support Onlineshop Weinkeller", "retainer", "6000.00", "1080.00", "2025-09-02T10:00:00",
      next_billing_at="2025-11-01T10:00:00", period_start="2025-10-01", period_end="2025-10-31")
case(43, "voraus-bezahlt-pfalz", OWB, "decided", [mail("Weinkeller Pfalz <shop@weinkeller-pfalz.de>", OWD_TO,
     "Kündigung Support Onlineshop Weinkeller", "Hallo,\n\nwir kündigen den Support Onlineshop Weinkeller (Rechnungen OWD-2025-2611 und "
     "OWD-2025-2612; Oktober haben wir schon im Voraus bezahlt). Grund: wir geben den Onlinehandel auf.\n\nViele Grüße\nWeingut Schreiber",
     "2025-09-20 13:30", CE)],
     [cancel("escalate")],
     spec="Section 8 retainer paid in advance: next cycle (October) already paid, notice >= 7 days: escalate")

proj("Hosting Zunfthaus Basel", "sekretariat@zunfthaus-basel.ch", "2025-09-15T10:00:00")
owpay("OWD-2025-2613", "Hosting Zunfthaus Basel", "hosting_annual", "24000.00", "4320.00", "2025-09-14T10:00:00",
      setup_fee="2400.00", service_start="2025-09-15")
case(44, "hosting-jahr-basel", OWB, "decided", [mail("Zunfthaus Basel <sekretariat@zunfthaus-basel.ch>", OWD_TO,
     "Hosting Zunfthaus Basel / OWD-2025-2613", "Grüezi\n\nDer Vorstand hat beschlossen, das Hosting beim kantonalen Rechenzentrum zu belassen. "
     "Wir kündigen daher das Jahreshosting (OWD-2025-2613) und bitten um die anteilige Rückerstattung.\n\nFreundliche Grüsse\nSekretariat",
     "2025-09-25 13:30", CE)],
     [refund("approve", "19800.00")], extra_ok=True,
     spec="O5: start 2025-09-15, request day 10: 24000 - 2400 - (21600/12 = 1800) x 1 = 19,800.00")

proj("Wartung Salzburger Festspielpension", "info@festspielpension.at", "2025-08-25T10:00:00")
owpay("OWD-2025-2614", "Wartung Salzburger Festspielpension", "maintenance_annual", "9600.00", "1728.00", "2025-08-24T10:00:00",
      setup_fee="600.00", service_start="2025-08-25")
case(45, "wartung-nach-14-tagen-salzburg", OWB, "decided", [mail("Festspielpension <info@festspielpension.at>", OWD_TO,
     "Jahreswartung zurück", "Grüß Gott,\n\nnach der Festspielsaison brauchen wir die Jahreswartung (Wartung Salzburger Festspielpension, "
     "OWD-2025-2614) nicht mehr. Wir ersuchen um anteilige Refundierung.\n\nMfG\nElisabeth Moser", "2025-09-12 13:30", CE)],
     [refund("deny")], spec="O5: service_start 2025-08-25, request 2025-09-12 = 18 days > 14: deny")

proj("Pflege Website Weingut Meran", "kellerei@weingut-meran.it", None)
owpay("OWD-2025-2615", "Pflege Website Weingut Meran", "maintenance_annual", "6000.00", "1080.00", "2025-09-22T10:00:00",
      service_start="2025-10-01")
case(46, "vor-vertragsbeginn-meran", OWB, "decided", [mail("Weingut Meran <kellerei@weingut-meran.it>", OWD_TO,
     "Pflegevertrag stornieren — OWD-2025-2615", "Guten Tag,\n\nden Pflegevertrag für die Pflege Website Weingut Meran (OWD-2025-2615), der "
     "erst am 1. Oktober beginnt, möchten wir stornieren und das Geld zurück: der Betrieb wird an die Genossenschaft übergeben.\n\n"
     "Freundliche Grüße aus Meran\nThomas Gamper", "2025-09-25 13:30", CE)],
     [refund("approve", "5500.00")], extra_ok=True,
     spec="O5 + section 8: before service_start consumed_months = 1; no setup fee: 6000 - 6000/12 = 5,500.00")

proj("Shop Velowerkstatt", "velo@velowerkstatt-winterthur.ch", "2025-08-01T10:00:00")
owpay("OWD-2025-2616", "Shop Velowerkstatt", "third_party", "3200.00", "576.00", "2025-09-10T10:00:00")
case(47, "lizenz-plugin-winterthur", OWB, "decided", [mail("Velowerkstatt <velo@velowerkstatt-winterthur.ch>", OWD_TO,
     "Plugin-Lizenz zurück", "Hoi zäme\n\nIhr habt uns die Premium-Plugin-Lizenz für den Shop Velowerkstatt verrechnet (OWD-2025-2616). Wir "
     "nutzen das Plugin gar nicht. Bitte Betrag zurückerstatten.\n\nGruess\nNico", "2025-09-14 13:30", CE)],
     [refund("deny")], spec="O6: plugin licence is third_party: non-refundable")

proj("Website Kiezkantine", "hallo@kiezkantine.berlin", "2025-09-05T10:00:00")
owpay("OWD-2025-2617", "Website Kiezkantine", "setup", "4500.00", "810.00", "2025-09-05T10:00:00")
case(48, "einrichtungsgebuehr-berlin", OWB, "decided", [mail("Kiezkantine <hallo@kiezkantine.berlin>", OWD_TO,
     "Einrichtungsgebühr", "Hallo ihr,\n\nwarum müssen wir für die Website Kiezkantine eine Einrichtungsgebühr zahlen (OWD-2025-2617)? Das "
     "war so nicht abgesprochen, wir wollen die zurück.\n\nLG aus Neukölln\nDeniz", "2025-09-08 13:30", CE)],
     [refund("deny")], spec="O6: setup/activation fee is never refundable")

proj("Onlineshop Trachten Moser", "geschaeftsfuehrung@trachten-moser.de", "2025-06-01T10:00:00")
owpay("OWD-2025-2618", "Onlineshop Trachten Moser", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14")
case(49, "private-adresse-owd", OWB, "need_info", [mail("Georg Moser <schorsch.moser@t-online.de>", OWD_TO,
     "Betreuung Trachten Moser kündigen", "Servus,\n\nich bin der Chef vom Onlineshop Trachten Moser, der Vertrag läuft über "
     "geschaeftsfuehrung@trachten-moser.de. Bitte die monatliche Betreuung kündigen (OWD-2025-2618), wir sparen gerade überall.\n\nGeorg Moser",
     "2025-09-20 13:30", CE)],
     rules=["C2"], spec="C2 (explicit for Optima): not the contract email: ask to write from it")

proj("Betreuung Website Bäckerei Sommer", "info@baeckerei-sommer.de", "2025-02-01T10:00:00")
owpay("OWD-2025-2619", "Betreuung Website Bäckerei Sommer", "retainer", "4000.00", "720.00", "2025-09-18T10:00:00",
      next_billing_at="2025-10-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17")
case(50, "kuendigung-ohne-grund", OWB, "need_info", [mail("Bäckerei Sommer <info@baeckerei-sommer.de>", OWD_TO,
     "Kündigung Betreuung Website Bäckerei Sommer OWD-2025-2619", "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Vertrag "
     "\"Betreuung Website Bäckerei Sommer\" (Rechnung OWD-2025-2619) zum nächstmöglichen Termin.\n\nBitte bestätigen Sie den Eingang.\n\n"
     "Mit freundlichen Grüßen\nBäckerei Sommer GbR\nSteuernr. 12/345/67890", "2025-09-19 13:30", CE)],
     missing=["reason"], spec="Section 8: Optima requires a reason for cancellations; restatement and signature are not reasons")

proj("Plattform Seilbahn Graubünden", "marketing@seilbahn-gr.ch", None)
owpay("OWD-2025-2620", "Plattform Seilbahn Graubünden", "deposit", "25000.00", "4500.00", "2025-09-23T10:00:00")
case(51, "konsumentenschutz-chur", OWB, "decided", [mail("Seilbahn Graubünden <marketing@seilbahn-gr.ch>", OWD_TO,
     "Anzahlung Plattform Seilbahn Graubünden OWD-2025-2620", "Guten Tag\n\nWir verlangen die Anzahlung OWD-2025-2620 zurück, das Projekt "
     "wurde vom Verwaltungsrat gestoppt. Sollte das nicht umgehend geschehen, schalten wir unseren Anwalt und den Konsumentenschutz ein.\n\n"
     "Freundliche Grüsse\nMarketing", "2025-09-24 13:30", CE)],
     [refund("escalate")], rules=["C4"], spec="C4: lawyer and consumer protection threat: escalate although O2 would approve (27.5 h, no work)")

proj("Website Kanzlei Nord", "verwaltung@kanzlei-nord.de", None)
owpay("OWD-2025-2621", "Website Kanzlei Nord", "deposit", "20000.00", "3600.00", "2025-09-10T10:00:00")
case(52, "thread-grund-nach-72h-kiel", OWB, "decided", [
     mail("Kanzlei Nord Verwaltung <verwaltung@kanzlei-nord.de>", OWD_TO, "Rückerstattung Anzahlung Website Kanzlei Nord OWD-2025-2621",
          "Sehr geehrte Damen und Herren,\n\nwir bitten um Rückerstattung der Anzahlung OWD-2025-2621 für die Website Kanzlei Nord.\n\n"
          "Mit freundlichen Grüßen\nVerwaltung", "2025-09-11 13:30", CE),
     mail("Kanzlei Nord Verwaltung <verwaltung@kanzlei-nord.de>", OWD_TO, "AW: Rückerstattung Anzahlung Website Kanzlei Nord OWD-2025-2621 [OWD-2621]",
          "Guten Tag,\n\nzum Grund: die Partner haben sich getrennt, die Kanzlei wird aufgelöst. Die Website wird nicht mehr gebraucht.\n\n"
          "Mit freundlichen Grüßen\nVerwaltung\n\n-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign\n> Bitte teilen Sie uns den Grund mit.",
          "2025-09-15 13:30", CE)],
     [refund("approve", "20000.00")],
     spec="C3 thread: request time is the first email (27.5 h after payment, no work), the reason came at 123.5 h: O2 approve 20,000.00")

case(53, "frage-vor-unterschrift-graz", OWB, "other", [mail("Mag. Karin Fuchs <karin.fuchs@fuchs-beratung.at>", OWD_TO,
     "Vor der Vertragsunterzeichnung", "Sehr geehrtes Team,\n\nbevor wir das Angebot unterschreiben: Angenommen, wir zahlen die Anzahlung und "
     "stornieren nach zwei Tagen, bekämen wir sie zurück? Und wie ist es bei der Jahreswartung?\n\nMit besten Grüßen\nKarin Fuchs",
     "2025-09-24 14:00", CE)],
     spec="Hypothetical question before signing: other")

case(54, "eigene-adresse-billing", OWB, "ignore", [mail("Optima WebDesign Billing <billing@optimawebdesign.com>", OWD_TO,
     "Kopie: Rechnung OWD-2025-2699 storniert", "Automatische Kopie an das Postfach: Die Rechnung OWD-2025-2699 wurde storniert und "
     "erstattet.", "2025-09-25 10:00", CE)],
     rules=["C7"], spec="C7: the brand's own address")


if __name__ == "__main__":
    build()
