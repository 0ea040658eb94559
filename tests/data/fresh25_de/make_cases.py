"""fresh25_de: German held-out cases (Austria, Switzerland, northern Germany, some Bavaria/Saxony).

Stdlib only, deterministic. Run `python3 make_cases.py`: writes ledger.json, emails/*.eml and
expected.json beside this file. MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from casekit import LO, OWD, LOB, OWB, cust, lopay, proj, owpay, M, Q, A  # noqa: E402

LANG = "de"
CEST = 2   # Germany, Austria, Switzerland in September 2025

customers, projects, payments = [], [], []
cases = []
EMAILS = HERE / "emails"


def dt(s, off=CEST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=off)))


def mail(fn, frm, to, subject, when, body, html=None, parent=None, headers=None, off=CEST):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt(when, off))
    msg["Message-ID"] = f"<{fn}.{LANG}25@mail.example>"
    if parent is not None:
        msg["In-Reply-To"] = parent["Message-ID"]
        refs = (parent.get("References", "") + " " + parent["Message-ID"]).strip()
        msg["References"] = refs
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    EMAILS.mkdir(exist_ok=True)
    (EMAILS / f"{fn}.eml").write_bytes(msg.as_bytes(policy=policy.SMTP))
    msg._fn = f"emails/{fn}.eml"
    return msg


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, spec="", extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [m._fn for m in msgs], "brand": brand,
         "status": status, "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def ref(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def can(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


SIG_AT = "\n\n--\nMag. Anna Gruber\nGruber & Partner Unternehmensberatung\nMariahilfer Straße 88, 1070 Wien\n"

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate, annual, inside window -> approve duplicate (later) charge
customers.append(cust("anna.gruber@gmx.at", "Anna Gruber", "annual", start="2025-09-22", end="2026-09-21"))
payments += [lopay("de_p01", "LO-INV-40101", "anna.gruber@gmx.at", "annual", *A, "2025-09-22T09:10:00", "2025-09-22", "2026-09-21"),
             lopay("de_p02", "LO-INV-40102", "anna.gruber@gmx.at", "annual", *A, "2025-09-22T09:11:00", "2025-09-22", "2026-09-21")]
m = mail("l01-doppelt-jahresabo", "Anna Gruber <anna.gruber@gmx.at>", LO, "Jahresabo zweimal abgebucht",
         "2025-09-25 08:40",
         "Grüß Gott,\n\nbeim Durchschauen der Kreditkartenabrechnung ist mir aufgefallen, dass Sie das Jahresabo "
         "am 22.9. gleich zweimal abgebucht haben, zweimal 11.988,00 plus Steuer, im Abstand von einer Minute. "
         "Die zweite Rechnung hat die Nummer LO-INV-40102. Ich ersuche höflich um Rückerstattung des doppelten Betrags.\n\n"
         "Mit freundlichen Grüßen" + SIG_AT)
case("l01-doppelt-jahresabo", LOB, "decided", [m], [ref("approve", "11988.00")],
     spec="L2 duplicate_payment, L3 day 3 (22.9.->25.9. IST), L4 pair same period: refund the later charge LO-INV-40102, 11988.00 before tax.")

# l02 duplicate, day 8 -> deny L3 (Swiss, short)
customers.append(cust("lukas.meier@bluewin.ch", "Lukas Meier", "monthly", start="2025-09-10", end="2025-10-09"))
payments += [lopay("de_p03", "LO-INV-40111", "lukas.meier@bluewin.ch", "monthly", *M, "2025-09-10T12:00:00", "2025-09-10", "2025-10-09"),
             lopay("de_p04", "LO-INV-40112", "lukas.meier@bluewin.ch", "monthly", *M, "2025-09-10T12:00:30", "2025-09-10", "2025-10-09")]
m = mail("l02-doppelt-zu-spaet", "Lukas Meier <lukas.meier@bluewin.ch>", LO, "Doppelbelastung Monatsabo",
         "2025-09-18 09:05",
         "Grüezi\n\nIhr habt mir am 10. September das Monatsabo zweimal belastet (LO-INV-40111 und LO-INV-40112). "
         "Ich hätte gerne die zweite Belastung zurück. Ich war in den Ferien, darum melde ich mich erst jetzt.\n\n"
         "Merci und en Gruess\nLukas Meier")
case("l02-doppelt-zu-spaet", LOB, "decided", [m], [ref("deny")],
     spec="L3: charge 2025-09-10 IST, request 2025-09-18 12:35 IST = day 8, outside the 7-day window -> deny.")

# l03 duplicate, day 7 in CEST but day 8 in IST -> deny
customers.append(cust("jens.petersen@web.de", "Jens Petersen", "quarterly", start="2025-09-15", end="2025-12-14"))
payments += [lopay("de_p05", "LO-INV-40121", "jens.petersen@web.de", "quarterly", *Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14"),
             lopay("de_p06", "LO-INV-40122", "jens.petersen@web.de", "quarterly", *Q, "2025-09-15T10:02:00", "2025-09-15", "2025-12-14")]
m = mail("l03-doppelt-mitternacht", "Jens Petersen <jens.petersen@web.de>", LO, "moin, quartal doppelt bezahlt",
         "2025-09-22 21:45",
         "Moin,\n\nhab grad gesehen dass das Quartalsabo zweimal abgegangen ist, 15.09., zwei mal 3.999 + MwSt. "
         "Rechnung LO-INV-40122 bitte zurück.\n\nGruß aus Husum\nJens")
case("l03-doppelt-mitternacht", LOB, "decided", [m], [ref("deny")],
     spec="Section 1: days counted in Asia/Kolkata. Sent 2025-09-22 21:45 +02:00 = 2025-09-23 01:15 IST = day 8 after 2025-09-15 -> L3 deny.")

# l04 duplicate, day 7 exactly in IST -> approve
customers.append(cust("frauke.hansen@posteo.de", "Frauke Hansen", "monthly", start="2025-09-16", end="2025-10-15"))
payments += [lopay("de_p07", "LO-INV-40131", "frauke.hansen@posteo.de", "monthly", *M, "2025-09-16T18:00:00", "2025-09-16", "2025-10-15"),
             lopay("de_p08", "LO-INV-40132", "frauke.hansen@posteo.de", "monthly", *M, "2025-09-16T18:00:40", "2025-09-16", "2025-10-15")]
m = mail("l04-doppelt-tag7", "Frauke Hansen <frauke.hansen@posteo.de>", LO, "Re: Ihre Rechnung LO-INV-40132",
         "2025-09-23 19:30",
         "Sehr geehrte Damen und Herren,\n\nlaut Kontoauszug wurden am 16.09.2025 zwei identische Beträge über je "
         "1.499,00 EUR zzgl. USt. abgebucht. Offensichtlich eine Doppelbuchung. Ich bitte um Erstattung der "
         "Rechnung LO-INV-40132.\n\nMit freundlichen Grüßen\nFrauke Hansen\nKiel",
         headers={"In-Reply-To": "<inv-40132.lo@billing.leadsoptima.com>", "References": "<inv-40132.lo@billing.leadsoptima.com>"})
case("l04-doppelt-tag7", LOB, "decided", [m], [ref("approve", "1499.00")],
     spec="L3 day 7 is inside: 2025-09-23 19:30 +02 = 23:00 IST, day 7 after 2025-09-16; L4 pair -> 1499.00.")

# l05 three identical charges -> 2 x 1499
customers.append(cust("thomas.brunner@aon.at", "Thomas Brunner", "monthly", start="2025-09-20", end="2025-10-19"))
payments += [lopay(f"de_p1{i}", f"LO-INV-4014{i}", "thomas.brunner@aon.at", "monthly", *M, f"2025-09-20T11:0{i}:00", "2025-09-20", "2025-10-19") for i in (1, 2, 3)]
m = mail("l05-dreimal", "Thomas Brunner <thomas.brunner@aon.at>", LO, "3x abgebucht!!",
         "2025-09-24 07:12",
         "Servus,\nes is ja net zum glauben, ihr habts mir das Monatsabo DREI mal abgebucht (LO-INV-40141, -40142, -40143), "
         "alles am 20.9. Bitte die zwei doppelten Abbuchungen zurück aufs Konto.\nDanke\nThomas Brunner\n\nVon meinem iPhone gesendet")
case("l05-dreimal", LOB, "decided", [m], [ref("approve", "2998.00")],
     spec="Section 8 three identical charges: every charge after the first is a duplicate; both inside L3 (day 4) -> 2 x 1499.00 = 2998.00.")

# l06 charged after cancelling -> escalate L5 (invoice filled from ledger: one charge)
customers.append(cust("sabine.krause@t-online.de", "Sabine Krause", "monthly", start="2025-09-26", end="2025-10-25"))
payments.append(lopay("de_p15", "LO-INV-40151", "sabine.krause@t-online.de", "monthly", *M, "2025-09-26T06:30:00", "2025-09-26", "2025-10-25"))
m = mail("l06-nach-kuendigung", "Sabine Krause <sabine.krause@t-online.de>", LO, "Abbuchung trotz Kündigung",
         "2025-09-29 10:20",
         "Guten Tag,\n\nich habe mein Monatsabo bereits Ende August gekündigt und trotzdem wurde am 26.09. wieder abgebucht. "
         "Das ist eine Abbuchung nach Kündigung, ich bitte um Rückzahlung.\n\nFreundliche Grüße\nSabine Krause\nHannover")
case("l06-nach-kuendigung", LOB, "decided", [m], [ref("escalate")],
     spec="L2 billing_error (charged after cancelling), day 3 -> L5 escalate; invoice filled from the ledger (sender's one charge LO-INV-40151).")

# l07 access failure -> escalate L6 (Swiss, code-switching)
customers.append(cust("reto.schmid@gmx.ch", "Reto Schmid", "annual", start="2025-09-24", end="2026-09-23"))
payments.append(lopay("de_p16", "LO-INV-40161", "reto.schmid@gmx.ch", "annual", *A, "2025-09-24T14:00:00", "2025-09-24", "2026-09-23"))
m = mail("l07-kein-login", "Reto Schmid <reto.schmid@gmx.ch>", LO, "Login geht nicht - Refund",
         "2025-09-27 16:48",
         "Hoi zäme\n\nSeit ich das Jahresabo gelöst habe (LO-INV-40161) kann ich mich nicht einloggen, das Dashboard "
         "lädt einfach nicht, immer nur der Spinner. Support-Ticket seit Mittwoch offen, keine Antwort. "
         "So bringt mir das nichts, ich möchte das Geld zurück.\n\nBesten Dank\nReto")
case("l07-kein-login", LOB, "decided", [m], [ref("escalate")],
     spec="L2 access_failure (kann mich nicht einloggen / Dashboard lädt nicht), day 3 -> L6 escalate.")

# l08 changed mind -> deny L1
customers.append(cust("monika.wagner@a1.net", "Monika Wagner", "monthly", start="2025-09-27", end="2025-10-26"))
payments.append(lopay("de_p17", "LO-INV-40171", "monika.wagner@a1.net", "monthly", *M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26"))
m = mail("l08-umentschieden", "Monika Wagner <monika.wagner@a1.net>", LO, "Rückerstattung",
         "2025-09-29 12:05",
         "Hallo,\nich hab mir das anders vorgestellt und es ist mir ehrlich gesagt zu teuer für das, was ich brauche. "
         "Bitte überweisen Sie mir die 1.499 zurück, ich hab es ja kaum verwendet.\nLG Monika")
case("l08-umentschieden", LOB, "decided", [m], [ref("deny")],
     spec="L1: changed mind / too expensive / hardly used is no exception reason -> deny, cancellation offered.")

# l09 refund of rest + cancel -> deny + cancel (current_period_end)
customers.append(cust("hauke.jensen@gmx.de", "Hauke Jensen", "quarterly", start="2025-09-05", end="2025-12-04"))
payments.append(lopay("de_p18", "LO-INV-40181", "hauke.jensen@gmx.de", "quarterly", *Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04"))
m = mail("l09-kuendigen-rest", "Hauke Jensen <hauke.jensen@gmx.de>", LO, "Kündigung + Erstattung Restlaufzeit",
         "2025-09-30 08:15",
         "Moin moin,\n\nhiermit kündige ich mein Quartalsabo. Wir haben das Tool im September so gut wie nicht genutzt, "
         "daher bitte ich um anteilige Erstattung für die restlichen zwei Monate.\n\nBeste Grüße\nHauke Jensen\nJensen Fischhandel, Cuxhaven")
case("l09-kuendigen-rest", LOB, "decided", [m], [ref("deny"), can("cancel", "2025-12-04")],
     spec="L1/L8 no partial refund for unused days -> refund deny; cancel effective current_period_end 2025-12-04.")

# l10 trial -> deny L7
customers.append(cust("lena.hofer@icloud.com", "Lena Hofer", "monthly", status="trial", trial_ends="2025-10-05"))
m = mail("l10-testphase", "Lena Hofer <lena.hofer@icloud.com>", LO, "Geld zurück Testzeitraum",
         "2025-09-28 20:10",
         "Hallo zusammen,\n\nich teste LeadsOptima gerade und möchte vorsichtshalber mein Geld zurück, "
         "das Tool passt nicht zu unserem kleinen Betrieb in Innsbruck.\n\nLiebe Grüße\nLena Hofer")
case("l10-testphase", LOB, "decided", [m], [ref("deny")],
     spec="L7: the account is on a free trial with no charges -> deny, no billing unless they subscribe.")

# l11 plain cancellation, mobile -> cancel current_period_end
customers.append(cust("uwe.stein@freenet.de", "Uwe Stein", "quarterly", start="2025-09-01", end="2025-11-30"))
payments.append(lopay("de_p19", "LO-INV-40191", "uwe.stein@freenet.de", "quarterly", *Q, "2025-09-01T08:00:00", "2025-09-01", "2025-11-30"))
m = mail("l11-kurz-kuendigen", "Uwe Stein <uwe.stein@freenet.de>", LO, "kündigung",
         "2025-09-26 18:02",
         "hallo bitte mein abo zum nächstmöglichen termin kündigen danke uwe stein\n\nGesendet von meinem Samsung Galaxy")
case("l11-kurz-kuendigen", LOB, "decided", [m], [can("cancel", "2025-11-30")],
     spec="L8: cancel, active until current_period_end 2025-11-30; reason not needed for a LeadsOptima cancellation.")

# l12 L8 fallback from an offset paid_at (UTC evening = next IST day)
customers.append(cust("b.lehmann@bautzen.de", "Birgit Lehmann", "quarterly"))
payments.append(lopay("de_p20", "LO-INV-40201", "b.lehmann@bautzen.de", "quarterly", *Q, "2025-08-31T20:00:00Z", "2025-09-01", "2025-11-30"))
customers[-1]["current_period_start"] = None
payments[-1]["period_start"] = None
payments[-1]["period_end"] = None
m = mail("l12-kuendigung-amtlich", "Birgit Lehmann <b.lehmann@bautzen.de>", LO,
         "Kündigung des Vertragsverhältnisses (Quartalstarif)", "2025-09-19 09:30",
         "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich das mit Ihnen bestehende Vertragsverhältnis "
         "(Tarif: vierteljährlich) fristgerecht zum Ende des laufenden Abrechnungszeitraums. Ich bitte um eine "
         "schriftliche Bestätigung der Kündigung unter Angabe des Beendigungszeitpunkts.\n\n"
         "Mit freundlichen Grüßen\ni. A. Birgit Lehmann\nSachgebiet Beschaffung\nStadtverwaltung Bautzen")
case("l12-kuendigung-amtlich", LOB, "decided", [m], [can("cancel", "2025-11-30")],
     spec="L8 fallback + section 8 ledger offsets: paid 2025-08-31T20:00Z = 2025-09-01 01:30 IST; +3 months -1 day = 2025-11-30.")

# l13 L8 fallback annual (Bavaria)
customers.append(cust("xaver.huber@t-online.de", "Xaver Huber", "annual"))
payments.append(lopay("de_p21", "LO-INV-40211", "xaver.huber@t-online.de", "annual", *A, "2025-03-05T10:00:00", None, None))
m = mail("l13-bayern-kuendigung", "Xaver Huber <xaver.huber@t-online.de>", LO, "Abo kündigen",
         "2025-09-24 19:40",
         "Grüß Gott,\n\ni mog des Jahresabo nimmer verlängern, bittschön kündigen. Mir san a kloana Betrieb "
         "und brauchen des ned. Vergelt's Gott.\n\nXaver Huber\nHuber Landtechnik, Mühldorf a. Inn")
case("l13-bayern-kuendigung", LOB, "decided", [m], [can("cancel", "2026-03-04")],
     spec="L8 fallback: last charge 2025-03-05 + 12 months - 1 day = 2026-03-04.")

# l14 C2: writes from private address, names registered one
customers.append(cust("c.vogt@vogt-elektro.de", "Claudia Vogt", "monthly", start="2025-09-12", end="2025-10-11"))
payments.append(lopay("de_p22", "LO-INV-40221", "c.vogt@vogt-elektro.de", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"))
m = mail("l14-privatadresse", "Claudia Vogt <claudia.vogt1975@gmail.com>", LO, "Abo kündigen + Geld zurück",
         "2025-09-15 22:10",
         "Hallo, schreibe vom privaten Handy, registriert bin ich mit c.vogt@vogt-elektro.de. Bitte Abo kündigen und "
         "die September-Abbuchung LO-INV-40221 erstatten, die war doppelt.\nClaudia")
case("l14-privatadresse", LOB, "need_info", [m], rules=["C2"],
     spec="C2: sender gmail is not the registered c.vogt@vogt-elektro.de -> ask to write from the registered address, nothing about the account.")

# l15 C2 via a forward (Outlook WG:)
customers.append(cust("dr.keller@kanzlei-keller.at", "Dr. Martin Keller", "annual", start="2025-09-20", end="2026-09-19"))
payments.append(lopay("de_p23", "LO-INV-40231", "dr.keller@kanzlei-keller.at", "annual", *A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19"))
m = mail("l15-wg-sekretariat", "Sekretariat Kanzlei Keller <office@kanzlei-keller.at>", LO, "WG: LeadsOptima Abo",
         "2025-09-23 09:12",
         "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Dr. Keller leite ich Ihnen untenstehendes weiter. "
         "Bitte um Erledigung.\n\nMit freundlichen Grüßen\nSekretariat\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Dr. Martin Keller <dr.keller@kanzlei-keller.at>\n"
         "Gesendet: Montag, 22. September 2025 18:03\nAn: office@kanzlei-keller.at\nBetreff: LeadsOptima Abo\n\n"
         "Bitte bei LeadsOptima das Jahresabo kündigen (registriert auf dr.keller@kanzlei-keller.at). Wir stellen "
         "auf ein anderes CRM um.\nMK")
case("l15-wg-sekretariat", LOB, "need_info", [m], rules=["C2"],
     spec="Section 8 forwards: the forwarded request names registered dr.keller@..., sender office@... -> C2 need_info.")

# l16 missing reason: only signature and disclaimer (Swiss Treuhand)
customers.append(cust("buchhaltung@holzbau-moser.ch", "Holzbau Moser AG", "monthly", start="2025-09-25", end="2025-10-24"))
payments.append(lopay("de_p24", "LO-INV-40241", "buchhaltung@holzbau-moser.ch", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"))
m = mail("l16-ohne-grund", "Buchhaltung Holzbau Moser <buchhaltung@holzbau-moser.ch>", LO, "Rückerstattung LO-INV-40241",
         "2025-09-26 14:30",
         "Sehr geehrte Damen und Herren\n\nWir bitten Sie, die Rechnung LO-INV-40241 vom 25.09.2025 zu erstatten "
         "und uns eine Gutschrift zukommen zu lassen.\n\nFreundliche Grüsse\n\nHolzbau Moser AG\nFinanzen & Administration\n"
         "Industriestrasse 12, 6340 Baar\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der "
         "richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.")
case("l16-ohne-grund", LOB, "need_info", [m], missing=["reason"],
     spec="Section 8 what a reason is: restatement, signature and disclaimer are no reason -> C3 need_info reason; plan and invoice known.")

# l17 thread: reason supplied after need_info -> approve duplicate
customers.append(cust("kerstin.boehm@web.de", "Kerstin Böhm", "monthly", start="2025-09-24", end="2025-10-23"))
payments += [lopay("de_p25", "LO-INV-40251", "kerstin.boehm@web.de", "monthly", *M, "2025-09-24T08:00:00", "2025-09-24", "2025-10-23"),
             lopay("de_p26", "LO-INV-40252", "kerstin.boehm@web.de", "monthly", *M, "2025-09-24T08:03:00", "2025-09-24", "2025-10-23")]
m1 = mail("l17a-thread", "Kerstin Böhm <kerstin.boehm@web.de>", LO, "Erstattung LO-INV-40252", "2025-09-26 11:00",
          "Hallo,\nbitte die Rechnung LO-INV-40252 erstatten.\nDanke, Kerstin Böhm")
m2 = mail("l17b-thread", LO, "Kerstin Böhm <kerstin.boehm@web.de>", "Re: Erstattung LO-INV-40252 [LO-2517]", "2025-09-26 15:00",
          "Dear Kerstin,\n\nThank you for your message. To decide your refund request we need the reason for it.\n\nLeadsOptima Support Team",
          parent=m1, off=5.5)
m3 = mail("l17c-thread", "Kerstin Böhm <kerstin.boehm@web.de>", LO, "Re: Erstattung LO-INV-40252 [LO-2517]", "2025-09-27 09:30",
          "Der Grund: das Monatsabo wurde am 24.09. zweimal abgebucht, LO-INV-40252 ist die zweite Abbuchung.\n\n"
          "Am 26.09.2025 um 11:30 schrieb LeadsOptima Support:\n> To decide your refund request we need the reason for it.",
          parent=m2)
case("l17-thread-grund", LOB, "decided", [m1, m2, m3], [ref("approve", "1499.00")],
     spec="C3 thread merge: reply gives duplicate_payment; request time is the first email (2025-09-26, day 2) -> L4 approve 1499.00.")

# l18 access failure, invoice typed with slashes, two charges in ledger
customers.append(cust("maik.richter@gmx.de", "Maik Richter", "monthly", start="2025-09-28", end="2025-10-27"))
payments += [lopay("de_p27", "LO-INV-40261", "maik.richter@gmx.de", "monthly", *M, "2025-08-28T10:00:00", "2025-08-28", "2025-09-27"),
             lopay("de_p28", "LO-INV-40262", "maik.richter@gmx.de", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")]
m = mail("l18-sachsen-login", "Maik Richter <maik.richter@gmx.de>", LO, "Nu geht gar nix mehr",
         "2025-09-30 07:55",
         "Guten Morgen,\n\nseit dem Update am Sonntag komme ich nicht mehr rein, beim Login kommt nur \"Error 500\". "
         "Ich kann mich nicht einloggen, seit drei Tagen! Die Rg. lo/inv/40262 über 1.499,00 € hätte ich dann "
         "gern zurück, wenn das nicht läuft.\n\nMit freundlichen Grüßen aus Chemnitz\nMaik Richter")
case("l18-sachsen-login", LOB, "decided", [m], [ref("escalate")],
     spec="Section 8 invoice refs: lo/inv/40262 = LO-INV-40262 (2025-09-28, day 2); access_failure -> L6 escalate.")

# l19 missing invoice: two charges, billing error, no invoice quoted
customers.append(cust("p.schulze@schulze-bau.de", "Petra Schulze", "monthly", start="2025-09-27", end="2025-10-26"))
payments += [lopay("de_p29", "LO-INV-40271", "p.schulze@schulze-bau.de", "monthly", *M, "2025-08-27T10:00:00", "2025-08-27", "2025-09-26"),
             lopay("de_p30", "LO-INV-40272", "p.schulze@schulze-bau.de", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")]
m = mail("l19-ohne-rechnungsnr", "Petra Schulze <p.schulze@schulze-bau.de>", LO, "falscher Betrag abgebucht",
         "2025-09-29 13:40",
         "Hallo,\n\nes wurde ein falscher Betrag abgebucht, wir haben den Monatstarif und nicht das, was auf dem Kontoauszug steht. "
         "Bitte korrigieren und erstatten.\n\nGruß\nPetra Schulze\nSchulze Bau GmbH, Rostock")
case("l19-ohne-rechnungsnr", LOB, "need_info", [m], missing=["invoice_number"],
     spec="Refund needs invoice_number; the sender has two charges, so the ledger cannot fill it -> C3 need_info invoice_number.")

# l20 second charge already refunded (status refunded) -> escalate
customers.append(cust("ingrid.pichler@aon.at", "Ingrid Pichler", "monthly", start="2025-09-23", end="2025-10-22"))
payments += [lopay("de_p31", "LO-INV-40281", "ingrid.pichler@aon.at", "monthly", *M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"),
             lopay("de_p32", "LO-INV-40282", "ingrid.pichler@aon.at", "monthly", *M, "2025-09-23T09:01:00", "2025-09-23", "2025-10-22", status="refunded")]
m = mail("l20-schon-erstattet", "Ingrid Pichler <ingrid.pichler@aon.at>", LO, "Doppelbuchung LO-INV-40282",
         "2025-09-25 10:00",
         "Sehr geehrtes Team,\n\nbitte um Rückbuchung der doppelten Abbuchung LO-INV-40282 vom 23.9., ich wurde zweimal belastet.\n\n"
         "Mit besten Grüßen\nIngrid Pichler")
case("l20-schon-erstattet", LOB, "decided", [m], [ref("escalate")],
     spec="Section 8 payments not paid: LO-INV-40282 has status refunded -> a refund of it is escalated.")

# l21 'charged twice' but ledger has one charge -> escalate L4
customers.append(cust("ole.carstensen@t-online.de", "Ole Carstensen", "annual", start="2025-09-26", end="2026-09-25"))
payments.append(lopay("de_p33", "LO-INV-40291", "ole.carstensen@t-online.de", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25"))
m = mail("l21-doppelt-ohne-beleg", "Ole Carstensen <ole.carstensen@t-online.de>", LO, "Zweimal abgebucht?",
         "2025-09-28 11:11",
         "Moin,\n\nmeine Bank zeigt zwei Abbuchungen über 14.145,84 € für das Jahresabo, LO-INV-40291. Eine davon bitte zurück.\n\nOle Carstensen, Flensburg")
case("l21-doppelt-ohne-beleg", LOB, "decided", [m], [ref("escalate")],
     spec="L4: duplicate claimed, but the ledger holds one charge only -> escalate.")

# l22 wrong plan, outside window -> deny L3
customers.append(cust("s.koenig@koenig-druck.de", "Stefan König", "monthly", start="2025-09-01", end="2026-08-31"))
payments.append(lopay("de_p34", "LO-INV-40301", "s.koenig@koenig-druck.de", "annual", *A, "2025-09-01T10:00:00", "2025-09-01", "2026-08-31"))
m = mail("l22-falscher-tarif-spaet", "Stefan König <s.koenig@koenig-druck.de>", LO, "Falscher Tarif abgerechnet",
         "2025-09-19 15:20",
         "Sehr geehrte Damen und Herren,\n\nSie haben mir am 01.09. das Jahresabo statt des Monatsabos berechnet "
         "(LO-INV-40301, 11.988,00 € netto). Das war so nicht bestellt. Bitte erstatten Sie die Differenz.\n\n"
         "Mit freundlichen Grüßen\nStefan König\nKönig Druck OHG, Bremen")
case("l22-falscher-tarif-spaet", LOB, "decided", [m], [ref("deny")],
     spec="L2 billing_error but L3: charge 2025-09-01, request 2025-09-19 = day 18 -> deny.")

# l23 C4 chargeback + cancel -> both escalate
customers.append(cust("r.ebner@ebner-gastro.at", "Robert Ebner", "monthly", start="2025-09-21", end="2025-10-20"))
payments.append(lopay("de_p35", "LO-INV-40311", "r.ebner@ebner-gastro.at", "monthly", *M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20"))
m = mail("l23-chargeback", "Robert Ebner <r.ebner@ebner-gastro.at>", LO, "LETZTE Aufforderung",
         "2025-09-24 23:05",
         "Ich hab jetzt DREI Mal geschrieben!!! Kündigt das Abo sofort und gebt mir das Geld zurück, sonst mache ich "
         "einen Chargeback über meine Kreditkarte und lasse die Abbuchung von der Bank rückbuchen. Bin echt bedient.\nEbner")
case("l23-chargeback", LOB, "decided", [m], [ref("escalate"), can("escalate")], rules=["C4"],
     spec="C4 chargeback threat covers the whole case (section 8): refund and cancellation both escalate.")

# l24 C4 lawyer -> escalate
customers.append(cust("h.zimmermann@zimmermann-it.ch", "Heinz Zimmermann", "quarterly", start="2025-09-10", end="2025-12-09"))
payments.append(lopay("de_p36", "LO-INV-40321", "h.zimmermann@zimmermann-it.ch", "quarterly", *Q, "2025-09-10T10:00:00", "2025-09-10", "2025-12-09"))
m = mail("l24-anwalt", "Heinz Zimmermann <h.zimmermann@zimmermann-it.ch>", LO, "Rückforderung LO-INV-40321",
         "2025-09-22 08:30",
         "Sehr geehrte Damen und Herren\n\nDie Plattform war seit dem Kauf nicht erreichbar. Ich fordere die Rückzahlung "
         "von LO-INV-40321. Sollte bis Ende Woche nichts passieren, übergebe ich die Angelegenheit meinem Anwalt.\n\n"
         "Freundliche Grüsse\nHeinz Zimmermann")
case("l24-anwalt", LOB, "decided", [m], [ref("escalate")], rules=["C4"],
     spec="C4 lawyer threat -> escalate.")

# l25 auto-reply -> ignore
m = mail("l25-abwesend", "Anna Gruber <anna.gruber@gmx.at>", LO, "Abwesenheitsnotiz: Re: Ihre Anfrage [LO-2501]",
         "2025-09-26 08:00",
         "Vielen Dank für Ihre Nachricht. Ich bin bis 6. Oktober nicht im Büro und habe keinen Zugriff auf meine E-Mails. "
         "In dringenden Fällen wenden Sie sich bitte an office@gruber-partner.at.",
         headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
                  "In-Reply-To": "<lo-2501.reply@leadsoptima.com>", "References": "<lo-2501.reply@leadsoptima.com>"})
case("l25-abwesend", LOB, "ignore", [m], rules=["C7"], spec="C7: Auto-Submitted: auto-replied out-of-office -> ignore.")

# l26 DSN bounce -> ignore
m = mail("l26-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mx.gmx.net>", LO, "Unzustellbar: Ihre Kündigungsbestätigung",
         "2025-09-27 03:14",
         "Dies ist eine automatisch erstellte Nachricht.\nIhre Nachricht konnte nicht zugestellt werden an:\n"
         "  u.stein@freenet.de  (Benutzer unbekannt)\n", headers={"Auto-Submitted": "auto-generated"})
case("l26-unzustellbar", LOB, "ignore", [m], rules=["C7"], spec="C7: MAILER-DAEMON sender / delivery failure -> ignore.")

# l27 newsletter with List-Id -> ignore
m = mail("l27-newsletter", "t3n Newsletter <newsletter@t3n.example>", "info@leadsoptima.com",
         "Die 5 besten CRM-Tools – und wie Sie Geld zurückbekommen", "2025-09-25 06:00",
         "Kündigen, Erstattung, Rückbuchung: Was Kunden bei SaaS-Abos wissen sollten. Jetzt lesen!",
         headers={"List-Id": "t3n Newsletter <news.t3n.example>", "Precedence": "bulk",
                  "List-Unsubscribe": "<mailto:unsubscribe@t3n.example>"})
case("l27-newsletter", LOB, "ignore", [m], rules=["C7"], spec="C7: List-Id / Precedence bulk -> ignore.")

# l28 negation: no refund wanted, just an invoice address change -> other
customers.append(cust("j.lorenz@lorenz-steuer.de", "Julia Lorenz", "annual", start="2025-09-03", end="2026-09-02"))
payments.append(lopay("de_p37", "LO-INV-40331", "j.lorenz@lorenz-steuer.de", "annual", *A, "2025-09-03T10:00:00", "2025-09-03", "2026-09-02"))
m = mail("l28-keine-erstattung", "Julia Lorenz <j.lorenz@lorenz-steuer.de>", LO, "Rechnungsanschrift LO-INV-40331",
         "2025-09-16 10:45",
         "Sehr geehrte Damen und Herren,\n\nzur Klarstellung vorab: Ich möchte keine Erstattung und auch nicht kündigen. "
         "Auf der Rechnung LO-INV-40331 fehlt lediglich unsere USt-IdNr. DE123456789, und die Anschrift lautet "
         "inzwischen Am Sande 4, 21335 Lüneburg. Könnten Sie die Rechnung neu ausstellen?\n\nMit freundlichen Grüßen\nJulia Lorenz\nSteuerberaterin")
case("l28-keine-erstattung", LOB, "other", [m], spec="Section 8 negation: 'möchte keine Erstattung und auch nicht kündigen' -> no intent; invoice correction -> other.")

# l29 hypothetical before buying -> other
m = mail("l29-vor-kauf", "Katrin Seidel <katrin.seidel@posteo.de>", LO, "Frage vor Abschluss Jahresabo",
         "2025-09-24 17:20",
         "Hallo,\n\nbevor ich das Jahresabo abschließe: Würde ich mein Geld zurückbekommen, wenn mir das Tool nach "
         "zwei Wochen doch nicht zusagt? Und kann man jederzeit kündigen?\n\nDanke und viele Grüße aus Leipzig\nKatrin Seidel")
case("l29-vor-kauf", LOB, "other", [m], spec="Section 8 hypotheticals: question before buying is a policy question -> other.")

# l30 thank-you after refund -> other
m = mail("l30-danke", "Anna Gruber <anna.gruber@gmx.at>", LO, "Re: Ihre Rückerstattung LO-INV-40102",
         "2025-09-30 09:00",
         "Liebes Support-Team,\n\ndie Rückerstattung ist heute auf meinem Konto eingelangt. Herzlichen Dank für die rasche Erledigung!\n\n"
         "Schöne Grüße aus Wien\nAnna Gruber",
         headers={"In-Reply-To": "<refund-40102.lo@billing.leadsoptima.com>", "References": "<refund-40102.lo@billing.leadsoptima.com>"})
case("l30-danke", LOB, "other", [m], spec="Past event / thanks after a refund: asks for nothing -> other.")

# l31 Steuerberater asks for invoice copy for the client -> other (from registered address of the firm)
m = mail("l31-rechnungskopie", "Julia Lorenz <j.lorenz@lorenz-steuer.de>", "billing@leadsoptima.com",
         "Bitte um Rechnungskopien 2025 für die Buchhaltung", "2025-09-29 14:00",
         "Sehr geehrte Damen und Herren,\n\nfür den Jahresabschluss benötige ich sämtliche Rechnungen des laufenden "
         "Geschäftsjahres als PDF. Eine Erstattung ist nicht gewünscht, es geht nur um die Belege.\n\n"
         "Mit freundlichen Grüßen\nJulia Lorenz\nSteuerberaterin\nLorenz Steuerberatung PartG mbB")
case("l31-rechnungskopie", LOB, "other", [m], spec="Invoice question that asks for neither refund nor cancellation -> other.")

# l32 cancellation forwarded from the registered address itself (Apple Mail) -> cancel
customers.append(cust("marlene.huber@me.com", "Marlene Huber", "monthly", start="2025-09-18", end="2025-10-17"))
payments.append(lopay("de_p38", "LO-INV-40341", "marlene.huber@me.com", "monthly", *M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17"))
m = mail("l32-fwd-eigene", "Marlene Huber <marlene.huber@me.com>", LO, "Fwd: Kündigung",
         "2025-09-27 12:30",
         "Hab das an die falsche Adresse geschickt, sorry!\n\nAnfang der weitergeleiteten Nachricht:\n\n"
         "Von: Marlene Huber <marlene.huber@me.com>\nBetreff: Kündigung\nDatum: 27. September 2025 um 12:10:44 MESZ\n"
         "An: hello@leadsoptima.example\n\nHallo, ich möchte mein Monatsabo kündigen, ich gehe in Karenz und brauche es ein Jahr lang nicht.\n"
         "Liebe Grüße, Marlene")
case("l32-fwd-eigene", LOB, "decided", [m], [can("cancel", "2025-10-17")],
     spec="Forward read for the request it carries; from the registered address itself -> L8 cancel at current_period_end 2025-10-17.")

# l33 HTML-only webmail, refund + cancel, access failure inside window
customers.append(cust("t.weber@weber-immo.de", "Tobias Weber", "monthly", start="2025-09-25", end="2025-10-24"))
payments.append(lopay("de_p39", "LO-INV-40351", "t.weber@weber-immo.de", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"))
m = mail("l33-html-login", "Tobias Weber <t.weber@weber-immo.de>", LO, "Kein Zugang seit Zahlung",
         "2025-09-27 10:10", None,
         html="<html><body><p>Hallo LeadsOptima-Team,</p><p>seit der Zahlung am 25.09. habe ich <b>keinen Zugang</b> mehr, "
              "die Plattform lädt nicht. Bitte erstattet die Zahlung und kündigt das Abo.</p>"
              "<p>Gruß<br>Tobias Weber<br>Weber Immobilien, Oldenburg</p></body></html>")
case("l33-html-login", LOB, "decided", [m], [ref("escalate"), can("cancel", "2025-10-24")],
     spec="HTML-only; access_failure day 2 -> L6 escalate; cancellation L8 effective 2025-10-24.")

# ---------------------------------------------------------------- Optima WebDesign
# o01 discovery not started -> approve
projects.append(proj("Pension Alpenblick", "info@pension-alpenblick.at", None))
payments.append(owpay("de_w01", "OWD-2025-301", "Pension Alpenblick", "discovery", "35000.00", "6300.00", "2025-09-22T10:00:00"))
m = mail("o01-discovery", "Pension Alpenblick <info@pension-alpenblick.at>", OWD, "Refund Request — Pension Alpenblick / OWD-2025-301",
         "2025-09-26 09:30",
         "Sehr geehrte Damen und Herren,\n\nwir haben für das Projekt \"Pension Alpenblick\" den Strategie-Workshop "
         "(Rechnung OWD-2025-301) bezahlt. Da der Betrieb verkauft wird, benötigen wir keine neue Website mehr. "
         "Ein Termin hat noch nicht stattgefunden. Wir bitten um Erstattung.\n\nMit freundlichen Grüßen\nFamilie Hofer")
case("o01-discovery", OWB, "decided", [m], [ref("approve", "35000.00")], extra_ok=True,
     spec="O1: discovery, work_started_at empty -> full refund 35000.00 before tax (C6).")

# o02 discovery started -> deny
projects.append(proj("Fischerei Jansen Shop", "kontakt@fischerei-jansen.de", "2025-09-20T11:00:00"))
payments.append(owpay("de_w02", "OWD-2025-302", "Fischerei Jansen Shop", "discovery", "28000.00", "5040.00", "2025-09-18T10:00:00"))
m = mail("o02-discovery-begonnen", "Fischerei Jansen <kontakt@fischerei-jansen.de>", OWD, "Erstattung Workshop",
         "2025-09-25 16:00",
         "Moin,\n\nwir möchten die Discovery-Rechnung OWD-2025-302 für \"Fischerei Jansen Shop\" erstattet haben. "
         "Der erste Termin am Samstag hat uns nicht überzeugt, das passt einfach nicht.\n\nGruß\nHenning Jansen")
case("o02-discovery-begonnen", OWB, "decided", [m], [ref("deny")],
     spec="O1: session started 2025-09-20, before the request -> deny.")

# o03 deposit within 72 h -> approve
projects.append(proj("Bäckerei Lindner Relaunch", "lindner@baeckerei-lindner.de", None))
payments.append(owpay("de_w03", "OWD-2025-303", "Bäckerei Lindner Relaunch", "deposit", "25000.00", "4500.00", "2025-09-15T10:00:00"))
m = mail("o03-anzahlung", "Bäckerei Lindner <lindner@baeckerei-lindner.de>", OWD, "Anzahlung zurück - OWD-2025-303",
         "2025-09-17 11:00",
         "Guten Tag,\n\nleider müssen wir das Projekt Bäckerei Lindner Relaunch absagen, unser Geschäftsführer ist "
         "schwer erkrankt und wir verschieben alle Investitionen. Bitte erstatten Sie die Anzahlung (Rechnung OWD-2025-303).\n\n"
         "Mit freundlichen Grüßen\nKarin Lindner\nBäckerei Lindner, Dresden")
case("o03-anzahlung", OWB, "decided", [m], [ref("approve", "25000.00")], extra_ok=True,
     spec="O2: paid 2025-09-15 10:00 IST, request 2025-09-17 14:30 IST = 52.5 h, no work -> approve 25000.00.")

# o04 deposit exactly 72 h -> deny
projects.append(proj("Zahnarztpraxis Dr. Albers", "praxis@dr-albers.de", None))
payments.append(owpay("de_w04", "OWD-2025-304", "Zahnarztpraxis Dr. Albers", "deposit", "18000.00", "3240.00", "2025-09-20T14:00:00"))
m = mail("o04-anzahlung-72h", "Praxis Dr. Albers <praxis@dr-albers.de>", OWD, "Stornierung Website-Projekt",
         "2025-09-23 10:30",
         "Sehr geehrte Damen und Herren,\n\nwir stornieren das Projekt Zahnarztpraxis Dr. Albers, da die Praxis "
         "übergeben wird, und bitten um Rückzahlung der Anzahlung gemäß Rechnung OWD-2025-304.\n\nMit freundlichen Grüßen\nDr. Jan Albers")
case("o04-anzahlung-72h", OWB, "decided", [m], [ref("deny")], extra_ok=True,
     spec="O2 + section 8: paid 2025-09-20 14:00 IST, request 2025-09-23 10:30 +02 = 14:00 IST = exactly 72 h -> deny.")

# o05 deposit within 72 h but work started -> deny
projects.append(proj("Weingut Kessler", "office@weingut-kessler.at", "2025-09-25T10:00:00"))
payments.append(owpay("de_w05", "OWD-2025-305", "Weingut Kessler", "deposit", "20000.00", "3600.00", "2025-09-24T11:00:00"))
m = mail("o05-anzahlung-begonnen", "Weingut Kessler <office@weingut-kessler.at>", OWD, "Anzahlung Weingut Kessler",
         "2025-09-26 08:20",
         "Grüß Gott,\n\nwir haben es uns anders überlegt und machen die Website doch mit einem Bekannten. Bitte die Anzahlung "
         "OWD-2025-305 für das Projekt Weingut Kessler retournieren.\n\nMfG\nGeorg Kessler, Langenlois")
case("o05-anzahlung-begonnen", OWB, "decided", [m], [ref("deny")], extra_ok=True,
     spec="O2: within 72 h (paid 2025-09-24 11:00 IST, request 2025-09-26 11:50 IST = 48 h 50 min) but work started 2025-09-25 10:00, before the request -> deny (whichever first).")

# o06 milestone not_started -> approve (project with two payments, invoice given)
projects.append(proj("Schreinerei Huber Website", "huber@schreinerei-huber.de", "2025-08-20T10:00:00"))
payments += [owpay("de_w06", "OWD-2025-306", "Schreinerei Huber Website", "deposit", "15000.00", "2700.00", "2025-08-18T10:00:00"),
             owpay("de_w07", "OWD-2025-307", "Schreinerei Huber Website", "milestone", "40000.00", "7200.00", "2025-09-10T10:00:00", milestone_status="not_started")]
m = mail("o06-meilenstein-offen", "Schreinerei Huber <huber@schreinerei-huber.de>", OWD, "Meilenstein 2 stornieren",
         "2025-09-24 13:15",
         "Servus,\n\nfür die Schreinerei Huber Website haben wir den zweiten Meilenstein (Shop-Modul, OWD-2025-307, 40.000 ₹ netto) "
         "schon bezahlt. Den Shop brauchen wir nun doch nicht, weil wir nur auf Bestellung arbeiten. Bitte zurückzahlen.\n\n"
         "Pfiat eich\nSepp Huber, Rosenheim")
case("o06-meilenstein-offen", OWB, "decided", [m], [ref("approve", "40000.00")], extra_ok=True,
     spec="O3: milestone not_started -> refund its amount 40000.00 before tax.")

# o07 milestone in_progress -> escalate
projects.append(proj("Kanzlei Brandt Portal", "kanzlei@brandt-recht.de", "2025-08-01T10:00:00"))
payments.append(owpay("de_w08", "OWD-2025-308", "Kanzlei Brandt Portal", "milestone", "60000.00", "10800.00", "2025-09-01T10:00:00", milestone_status="in_progress"))
m = mail("o07-meilenstein-laufend", "Kanzlei Brandt <kanzlei@brandt-recht.de>", OWD, "Rückerstattung Meilenstein OWD-2025-308",
         "2025-09-23 09:00",
         "Sehr geehrte Damen und Herren,\n\nfür das Projekt Kanzlei Brandt Portal wurde der Meilenstein laut Rechnung "
         "OWD-2025-308 bezahlt. Der Umfang wurde inzwischen halbiert, da der Mandantenbereich entfällt. Wir bitten "
         "um Erstattung des nicht erbrachten Teils.\n\nMit freundlichen Grüßen\nSekretariat Brandt")
case("o07-meilenstein-laufend", OWB, "decided", [m], [ref("escalate")],
     spec="O3: milestone in_progress -> escalate (billable value of unstarted work needs a person).")

# o08 milestone approved -> deny
projects.append(proj("Hofladen Thiele", "thiele@hofladen-thiele.de", "2025-07-15T10:00:00"))
payments.append(owpay("de_w09", "OWD-2025-309", "Hofladen Thiele", "milestone", "22000.00", "3960.00", "2025-08-30T10:00:00", milestone_status="approved"))
m = mail("o08-meilenstein-abgenommen", "Hofladen Thiele <thiele@hofladen-thiele.de>", OWD, "Geld zurück Design",
         "2025-09-22 19:00",
         "Hallo,\ndas Design für Hofladen Thiele (OWD-2025-309) gefällt uns im Nachhinein doch nicht, die Farben sind uns zu grell. "
         "Wir hätten gern das Geld zurück.\nGruß\nMaren Thiele, Lüneburger Heide")
case("o08-meilenstein-abgenommen", OWB, "decided", [m], [ref("deny")],
     spec="O3/O6: milestone approved -> deny (approved milestones non-refundable).")

# o09 retainer, >= 7 days notice -> cancel day before next_billing_at
projects.append(proj("Autohaus Nielsen SEO", "marketing@autohaus-nielsen.de", "2025-06-01T10:00:00"))
payments.append(owpay("de_w10", "OWD-2025-310", "Autohaus Nielsen SEO", "retainer", "30000.00", "5400.00", "2025-09-15T10:00:00",
                      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"))
m = mail("o09-retainer-frist", "Autohaus Nielsen <marketing@autohaus-nielsen.de>", OWD, "Kündigung SEO-Betreuung",
         "2025-09-30 10:00",
         "Moin,\n\nhiermit kündigen wir den SEO-Retainer \"Autohaus Nielsen SEO\" (letzte Rechnung OWD-2025-310). "
         "Grund: Wir ziehen das Marketing ab Oktober ins Haus.\n\nBeste Grüße\nSönke Nielsen, Husum")
case("o09-retainer-frist", OWB, "decided", [m], [can("cancel", "2025-10-14")],
     spec="O4/O8: next_billing 2025-10-15, request 2025-09-30 <= 2025-10-08 -> cancel, effective 2025-10-14.")

# o10 retainer < 7 days -> next cycle billed
projects.append(proj("Praxis Sommer Pflege", "verwaltung@praxis-sommer.de", "2025-05-01T10:00:00"))
payments.append(owpay("de_w11", "OWD-2025-311", "Praxis Sommer Pflege", "retainer", "12000.00", "2160.00", "2025-09-05T10:00:00",
                      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00"))
m = mail("o10-retainer-knapp", "Praxis Sommer <verwaltung@praxis-sommer.de>", OWD, "Wartungsvertrag beenden",
         "2025-09-29 09:10",
         "Guten Tag,\n\nwir möchten den monatlichen Pflegevertrag für \"Praxis Sommer Pflege\" (OWD-2025-311) beenden, "
         "weil die Praxis zum Jahresende schließt.\n\nFreundliche Grüße\nVerwaltung Praxis Dr. Sommer, Magdeburg")
case("o10-retainer-knapp", OWB, "decided", [m], [can("cancel", "2025-11-04")],
     spec="O4: next_billing 2025-10-05, cut-off 2025-09-28; request 2025-09-29 too late -> next cycle billed, effective 2025-11-04.")

# o11 retainer: 7 days in CEST evening, but already next day in IST -> too late
projects.append(proj("Ferienwohnungen Sylt Online", "buchung@fewo-sylt.de", "2025-04-01T10:00:00"))
payments.append(owpay("de_w12", "OWD-2025-312", "Ferienwohnungen Sylt Online", "retainer", "9000.00", "1620.00", "2025-09-07T10:00:00",
                      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00"))
m = mail("o11-retainer-abends", "FeWo Sylt <buchung@fewo-sylt.de>", OWD, "Kündigung Retainer",
         "2025-09-30 21:00",
         "Hallo,\n\nwir kündigen den Retainer für Ferienwohnungen Sylt Online (OWD-2025-312), die Saison ist vorbei und "
         "wir pflegen die Seite künftig selbst.\n\nViele Grüße von der Insel\nWiebke Lorenzen")
case("o11-retainer-abends", OWB, "decided", [m], [can("cancel", "2025-11-06")],
     spec="O4: cut-off 2025-09-30; sent 2025-09-30 21:00 +02 = 2025-10-01 00:30 IST -> <7 days, next cycle 2025-10-07..2025-11-06 billed.")

# o12 retainer exactly 7 days -> cancel before next charge
projects.append(proj("Sportverein Eintracht Web", "vorstand@eintracht-goerlitz.de", "2025-03-01T10:00:00"))
payments.append(owpay("de_w13", "OWD-2025-313", "Sportverein Eintracht Web", "retainer", "8000.00", "1440.00", "2025-09-06T10:00:00",
                      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00"))
m = mail("o12-retainer-genau7", "Vorstand Eintracht <vorstand@eintracht-goerlitz.de>", OWD, "Beendigung Betreuungsvertrag",
         "2025-09-29 08:00",
         "Sehr geehrte Damen und Herren,\n\nder Vorstand hat in der Sitzung vom 26.09. beschlossen, den Betreuungsvertrag "
         "\"Sportverein Eintracht Web\" (Rechnung OWD-2025-313) zu beenden, da ein Vereinsmitglied die Pflege ehrenamtlich übernimmt.\n\n"
         "Sportliche Grüße\nDer Vorstand, Görlitz")
case("o12-retainer-genau7", OWB, "decided", [m], [can("cancel", "2025-10-05")],
     spec="O4: next_billing 2025-10-06, request 2025-09-29 = exactly 7 days' notice -> cancel effective 2025-10-05.")

# o13 hosting annual within 14 days -> approve prorated (refund + cancel)
projects.append(proj("Bergbahnen Ötztal Hosting", "it@bergbahnen-oetztal.at", None))
payments.append(owpay("de_w14", "OWD-2025-314", "Bergbahnen Ötztal Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
                      setup_fee="2400.00", service_start="2025-09-20"))
m = mail("o13-hosting-14tage", "IT Bergbahnen <it@bergbahnen-oetztal.at>", OWD, "Hosting-Vertrag Rücktritt OWD-2025-314",
         "2025-09-29 14:00",
         "Grüß Gott,\n\nwir treten vom Jahres-Hosting \"Bergbahnen Ötztal Hosting\" zurück und bitten um anteilige Rückerstattung, "
         "da der Konzern das Hosting zentral in Innsbruck übernimmt.\n\nMit freundlichen Grüßen\nIT-Abteilung")
case("o13-hosting-14tage", OWB, "decided", [m], [ref("approve", "14300.00")], extra_ok=True,
     spec="O5: day 9 of service; 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00.")

# o14 maintenance annual, rounding
projects.append(proj("Musikschule Klangwerk", "leitung@klangwerk-dresden.de", None))
payments.append(owpay("de_w15", "OWD-2025-315", "Musikschule Klangwerk", "maintenance_annual", "10000.00", "1800.00", "2025-09-24T10:00:00",
                      setup_fee="1500.00", service_start="2025-09-25"))
m = mail("o14-wartung-rundung", "Musikschule Klangwerk <leitung@klangwerk-dresden.de>", OWD, "Wartungsvertrag widerrufen",
         "2025-09-30 11:30",
         "Sehr geehrte Damen und Herren,\n\nden Jahres-Wartungsvertrag für Musikschule Klangwerk (OWD-2025-315) möchten wir "
         "stornieren und das Geld zurück, der Stadtrat hat die Mittel gestrichen.\n\nMit freundlichen Grüßen\nDr. Ute Franke, Schulleitung")
case("o14-wartung-rundung", OWB, "decided", [m], [ref("approve", "7791.67")], extra_ok=True,
     spec="O5/C6: 10000 - 1500 - 8500/12 (708.333...) = 7791.666... -> 7791.67 (rounded once at the end).")

# o15 hosting before service start -> consumed 1
projects.append(proj("Alpenverein Sektion Bludenz", "webmaster@alpenverein-bludenz.at", None))
payments.append(owpay("de_w16", "OWD-2025-316", "Alpenverein Sektion Bludenz", "hosting_annual", "6000.00", "1080.00", "2025-09-26T10:00:00",
                      setup_fee="600.00", service_start="2025-10-10"))
m = mail("o15-hosting-vor-start", "Webmaster Alpenverein <webmaster@alpenverein-bludenz.at>", OWD, "Hosting noch nicht gestartet - Storno",
         "2025-09-29 18:45",
         "Hallo,\n\ndas Hosting für \"Alpenverein Sektion Bludenz\" (OWD-2025-316) startet erst am 10.10. Die Hauptversammlung "
         "hat beschlossen, beim bisherigen Provider zu bleiben. Bitte Vertrag auflösen und Betrag rückerstatten.\n\nBerg heil\nMarkus")
case("o15-hosting-vor-start", OWB, "decided", [m], [ref("approve", "4950.00")], extra_ok=True,
     spec="O5 + section 8: before service_start consumed_months = 1: 6000 - 600 - 450 = 4950.00.")

# o16 hosting after 14 days -> deny
projects.append(proj("Hotel Seeblick Hosting", "rezeption@seeblick-zell.at", None))
payments.append(owpay("de_w17", "OWD-2025-317", "Hotel Seeblick Hosting", "hosting_annual", "14400.00", "2592.00", "2025-08-31T10:00:00",
                      setup_fee="1200.00", service_start="2025-09-01"))
m = mail("o16-hosting-zu-spaet", "Hotel Seeblick <rezeption@seeblick-zell.at>", OWD, "Rückerstattung Hosting",
         "2025-09-20 10:00",
         "Sehr geehrte Damen und Herren,\n\ndie Seite für Hotel Seeblick Hosting (OWD-2025-317) ist uns zu langsam. "
         "Wir bitten um anteilige Rückerstattung des Jahresbetrags.\n\nMit freundlichen Grüßen\nFam. Pichler, Zell am See")
case("o16-hosting-zu-spaet", OWB, "decided", [m], [ref("deny")],
     spec="O5: service_start 2025-09-01, request 2025-09-20 = day 19 > 14 -> deny.")

# o17 domain (third party) -> deny
projects.append(proj("Imkerei Sonnenhang", "honig@imkerei-sonnenhang.ch", "2025-06-01T10:00:00"))
payments.append(owpay("de_w18", "OWD-2025-318", "Imkerei Sonnenhang", "third_party", "1800.00", "324.00", "2025-09-27T10:00:00"))
m = mail("o17-domain", "Imkerei Sonnenhang <honig@imkerei-sonnenhang.ch>", OWD, "Domain .ch zurück",
         "2025-09-28 09:00",
         "Grüezi\n\nIhr habt die Domain für Imkerei Sonnenhang verlängert (OWD-2025-318), obwohl wir sie nicht mehr brauchen, "
         "die neue Seite läuft unter einer anderen Adresse. Bitte Betrag zurückerstatten.\n\nEs Grüessli\nRuth Baumann")
case("o17-domain", OWB, "decided", [m], [ref("deny")], spec="O6: third_party (domain renewal) -> deny.")

# o18 rush fee -> deny
projects.append(proj("Messestand Nordlicht", "events@nordlicht-messebau.de", "2025-09-10T10:00:00"))
payments.append(owpay("de_w19", "OWD-2025-319", "Messestand Nordlicht", "rush", "9500.00", "1710.00", "2025-09-12T10:00:00"))
m = mail("o18-eilzuschlag", "Nordlicht Messebau <events@nordlicht-messebau.de>", OWD, "Eilzuschlag zurück!",
         "2025-09-16 17:30",
         "Hallo,\n\nden Eilzuschlag (OWD-2025-319) für Messestand Nordlicht wollen wir zurück. Die Seite war trotzdem erst "
         "einen Tag vor der Messe online, das war nicht \"Express\".\n\nGruß\nTimo Brandt, Hamburg")
case("o18-eilzuschlag", OWB, "decided", [m], [ref("deny")], spec="O6: rush fee never refundable -> deny.")

# o19 change request -> deny
projects.append(proj("Kita Sonnenschein", "leitung@kita-sonnenschein-pirna.de", "2025-07-01T10:00:00"))
payments.append(owpay("de_w20", "OWD-2025-320", "Kita Sonnenschein", "change_request", "4500.00", "810.00", "2025-09-20T10:00:00"))
m = mail("o19-aenderung", "Kita Sonnenschein <leitung@kita-sonnenschein-pirna.de>", OWD, "Änderungswunsch Rechnung",
         "2025-09-23 12:00",
         "Guten Tag,\n\nfür die Kita Sonnenschein wurde die Zusatzseite \"Speiseplan\" (OWD-2025-320) berechnet. Die Seite "
         "brauchen wir nun doch nicht, der Träger stellt den Plan zentral bereit. Bitte erstatten.\n\nMit freundlichen Grüßen\nFrau Krüger, Pirna")
case("o19-aenderung", OWB, "decided", [m], [ref("deny")], spec="O6: change_request outside original scope -> deny.")

# o20 C2 from private address
projects.append(proj("Physio Lenz", "praxis@physio-lenz.de", None))
payments.append(owpay("de_w21", "OWD-2025-321", "Physio Lenz", "deposit", "16000.00", "2880.00", "2025-09-25T10:00:00"))
m = mail("o20-privat", "Mira Lenz <mira.lenz@gmx.de>", OWD, "Anzahlung Physio Lenz",
         "2025-09-26 20:15",
         "Hallo, hier Mira Lenz von Physio Lenz, schreibe privat weil das Praxis-Postfach spinnt. Bitte Anzahlung "
         "OWD-2025-321 zurück, wir haben uns für ein Baukastensystem entschieden.\nMira")
case("o20-privat", OWB, "need_info", [m], rules=["C2"],
     spec="C2: Optima requires mail from the contract email praxis@physio-lenz.de; sender gmx.de -> need_info.")

# o21 retainer cancel without reason -> need_info reason
projects.append(proj("Elbe Logistik Intranet", "it@elbe-logistik.de", "2025-02-01T10:00:00"))
payments.append(owpay("de_w22", "OWD-2025-322", "Elbe Logistik Intranet", "retainer", "25000.00", "4500.00", "2025-09-20T10:00:00",
                      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00"))
m = mail("o21-ohne-grund", "Elbe Logistik IT <it@elbe-logistik.de>", OWD, "Kündigung Retainer Elbe Logistik Intranet / OWD-2025-322",
         "2025-09-24 10:00",
         "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Retainer Elbe Logistik Intranet (OWD-2025-322) fristgerecht. "
         "Bitte bestätigen Sie uns den Eingang.\n\nMit freundlichen Grüßen\nElbe Logistik GmbH\nIT-Service\n\n"
         "Elbe Logistik GmbH · Sitz Hamburg · Amtsgericht Hamburg HRB 123456 · Geschäftsführer: K. Albrecht")
case("o21-ohne-grund", OWB, "need_info", [m], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; none given (restatement, signature, Impressum) -> need_info reason.")

# o22 missing invoice: project has two payments
projects.append(proj("Café Rösterei Böhm", "hallo@roesterei-boehm.at", None))
payments += [owpay("de_w23", "OWD-2025-323", "Café Rösterei Böhm", "deposit", "12000.00", "2160.00", "2025-09-26T10:00:00"),
             owpay("de_w24", "OWD-2025-324", "Café Rösterei Böhm", "third_party", "2500.00", "450.00", "2025-09-26T10:05:00")]
m = mail("o22-ohne-rechnung", "Rösterei Böhm <hallo@roesterei-boehm.at>", OWD, "Projekt Café Rösterei Böhm absagen",
         "2025-09-27 09:40",
         "Hallo ihr Lieben,\n\nwir müssen das Projekt Café Rösterei Böhm leider absagen, der Mietvertrag fürs Lokal ist geplatzt. "
         "Bitte zahlt uns das Geld zurück.\n\nLiebe Grüße aus Graz\nVeronika Böhm")
case("o22-ohne-rechnung", OWB, "need_info", [m], missing=["invoice_number"],
     spec="C3: the project has two payments, none named -> need_info invoice_number.")

# o23 C4 chargeback -> escalate
projects.append(proj("Reitstall Gut Wendorf", "info@gut-wendorf.de", None))
payments.append(owpay("de_w25", "OWD-2025-325", "Reitstall Gut Wendorf", "deposit", "14000.00", "2520.00", "2025-09-10T10:00:00"))
m = mail("o23-rueckbuchung", "Gut Wendorf <info@gut-wendorf.de>", OWD, "AW: Anzahlung Reitstall Gut Wendorf",
         "2025-09-25 22:10",
         "Seit zwei Wochen keine Reaktion!! Wenn die Anzahlung OWD-2025-325 nicht bis Freitag zurück ist, mache ich ein "
         "Chargeback bei meiner Kreditkartenfirma und schalte die Verbraucherzentrale ein. Der Grund steht in meiner letzten Mail: Ihr habt den Termin dreimal verschoben.\n\nH. Wendorf",
         headers={"In-Reply-To": "<anzahlung-325.1@gut-wendorf.de>", "References": "<anzahlung-325.1@gut-wendorf.de>"})
case("o23-rueckbuchung", OWB, "decided", [m], [ref("escalate")], rules=["C4"],
     spec="C4: chargeback threat -> escalate (even though O2's 72 h have passed).")

# o24 thread: reason supplied after need_info -> milestone approve
projects.append(proj("Tischlerei Voss Katalog", "voss@tischlerei-voss.de", "2025-08-01T10:00:00"))
payments.append(owpay("de_w26", "OWD-2025-326", "Tischlerei Voss Katalog", "milestone", "18500.00", "3330.00", "2025-09-18T10:00:00", milestone_status="not_started"))
m1 = mail("o24a-thread", "Tischlerei Voss <voss@tischlerei-voss.de>", OWD, "Refund Request — Tischlerei Voss Katalog / OWD-2025-326",
          "2025-09-22 10:00",
          "Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie die Rechnung OWD-2025-326 (Tischlerei Voss Katalog).\n\nMit freundlichen Grüßen\nArne Voss")
m2 = mail("o24b-thread", OWD, "Tischlerei Voss <voss@tischlerei-voss.de>", "Re: Refund Request — Tischlerei Voss Katalog / OWD-2025-326 [OWD-0977]",
          "2025-09-22 16:00", "Dear Arne,\n\nplease tell us the reason for your refund request.\n\nBilling & Refunds Desk — Optima WebDesign",
          parent=m1, off=5.5)
m3 = mail("o24c-thread", "Tischlerei Voss <voss@tischlerei-voss.de>", OWD, "AW: Re: Refund Request — Tischlerei Voss Katalog / OWD-2025-326 [OWD-0977]",
          "2025-09-23 08:10",
          "Guten Morgen,\n\nder Grund: Der Produktkatalog entfällt, weil wir die Möbelserie eingestellt haben.\n\nGruß Arne Voss\n\n"
          "Von: Optima WebDesign <optimawebdesigns12@gmail.com>\nGesendet: Montag, 22. September 2025 12:30\n"
          "An: Tischlerei Voss <voss@tischlerei-voss.de>\n"
          "Betreff: Re: Refund Request — Tischlerei Voss Katalog / OWD-2025-326 [OWD-0977]\n\n"
          "> please tell us the reason for your refund request.", parent=m2)
case("o24-thread-grund", OWB, "decided", [m1, m2, m3], [ref("approve", "18500.00")],
     spec="C3 merge: reason given in the reply; O3 milestone not_started -> approve 18500.00.")

# o25 payment refunded already -> escalate
projects.append(proj("Metzgerei Krug Onlineshop", "krug@metzgerei-krug.de", None))
payments.append(owpay("de_w27", "OWD-2025-327", "Metzgerei Krug Onlineshop", "deposit", "10000.00", "1800.00", "2025-09-27T10:00:00", status="failed"))
m = mail("o25-zahlung-fehlgeschlagen", "Metzgerei Krug <krug@metzgerei-krug.de>", OWD, "Anzahlung zurück Metzgerei Krug Onlineshop",
         "2025-09-28 07:30",
         "Grüß Gott,\n\nfür den Metzgerei Krug Onlineshop bitten wir die Anzahlung OWD-2025-327 zurückzuzahlen, wir haben "
         "die Filiale in Landshut geschlossen und brauchen keinen Shop.\n\nMit freundlichen Grüßen\nAlois Krug")
case("o25-zahlung-fehlgeschlagen", OWB, "decided", [m], [ref("escalate")],
     spec="Section 8: payment status failed (not paid) -> refund escalate.")

# o26 auto-reply to Optima -> ignore
m = mail("o26-autoreply", "Praxis Dr. Albers <praxis@dr-albers.de>", OWD, "Automatische Antwort: Ihre Nachricht",
         "2025-09-24 07:00",
         "Die Praxis ist vom 24.09. bis 03.10. wegen Urlaubs geschlossen. Vertretung: Dr. Meyer, Tel. 0431 123456.",
         headers={"Auto-Submitted": "auto-replied"})
case("o26-autoreply", OWB, "ignore", [m], rules=["C7"], spec="C7: auto-reply -> ignore.")

# o27 own address -> ignore
m = mail("o27-eigene-adresse", "Optima WebDesign Billing <billing@optimawebdesign.com>", OWD, "Interne Notiz: Erstattung Lindner",
         "2025-09-18 12:00", "Bitte Erstattung OWD-2025-303 freigeben.", off=5.5)
case("o27-eigene-adresse", OWB, "ignore", [m], rules=["C7"], spec="C7: mail from the brand's own address -> ignore.")

# o28 question, no refund -> other
m = mail("o28-frage-texte", "Tischlerei Voss <voss@tischlerei-voss.de>", "support@optimawebdesign.com", "Texte für Über-uns-Seite",
         "2025-09-25 15:00",
         "Hallo,\n\nkönnen wir die Texte für die Über-uns-Seite noch bis nächste Woche nachreichen? Geld zurück wollen wir "
         "natürlich nicht, nur kurz Bescheid geben.\n\nGruß Arne Voss")
case("o28-frage-texte", OWB, "other", [m], spec="Negation + project question: no refund or cancellation asked -> other.")

# o29 C2 via forward (Gmail, German UI)
projects.append(proj("Ingenieurbüro Haas", "office@ib-haas.at", None))
payments.append(owpay("de_w28", "OWD-2025-328", "Ingenieurbüro Haas", "deposit", "22000.00", "3960.00", "2025-09-29T10:00:00"))
m = mail("o29-fwd-c2", "Lisa Haas <lisa.haas@gmail.com>", OWD, "Fwd: Storno Ingenieurbüro Haas",
         "2025-09-30 08:00",
         "Bitte um Bearbeitung, siehe unten.\n\n---------- Weitergeleitete Nachricht ---------\n"
         "Von: Ingenieurbüro Haas <office@ib-haas.at>\nDate: Mo., 29. Sept. 2025 um 19:12 Uhr\nSubject: Storno Ingenieurbüro Haas\n"
         "To: Lisa Haas <lisa.haas@gmail.com>\n\nLisa, bitte bei Optima das Projekt Ingenieurbüro Haas stornieren und die "
         "Anzahlung OWD-2025-328 zurückfordern, der Auftrag vom Land ist weggefallen.\nGerhard")
case("o29-fwd-c2", OWB, "need_info", [m], rules=["C2"],
     spec="Section 8 forwards: forwarded request from contract email office@ib-haas.at, sender gmail -> C2 need_info.")

# o30 retainer with the next cycle already paid in advance -> cancellation escalate
projects.append(proj("Uhrenatelier Gerber", "atelier@uhren-gerber.ch", "2025-01-15T10:00:00"))
payments += [owpay("de_w29", "OWD-2025-329", "Uhrenatelier Gerber", "retainer", "15000.00", "2700.00", "2025-09-01T10:00:00",
                   period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00"),
             owpay("de_w30", "OWD-2025-330", "Uhrenatelier Gerber", "retainer", "15000.00", "2700.00", "2025-09-18T10:00:00",
                   period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")]
m = mail("o30-retainer-vorausbezahlt", "Uhrenatelier Gerber <atelier@uhren-gerber.ch>", OWD, "Kündigung Betreuung Uhrenatelier Gerber",
         "2025-09-22 09:30",
         "Grüezi mitenand\n\nWir kündigen die monatliche Betreuung \"Uhrenatelier Gerber\" per sofort, da wir das Atelier "
         "in La Chaux-de-Fonds schliessen. Den Oktober haben wir bereits im Voraus bezahlt (OWD-2025-330).\n\n"
         "Freundliche Grüsse\nBeat Gerber, Biel/Bienne")
case("o30-retainer-vorausbezahlt", OWB, "decided", [m], [can("escalate")],
     spec="O4 + section 8 retainer paid in advance: October (OWD-2025-330) already paid, notice >= 7 days -> cancellation escalate.")

# l34 +tag address is another address -> C2
m = mail("l34-plus-adresse", "Reto Schmid <reto.schmid+leads@gmx.ch>", LO, "Kündigung Jahresabo",
         "2025-09-28 10:00",
         "Hoi\n\nbitte das Jahresabo kündigen, wir wechseln auf ein anderes Tool, weil der Login dauernd hängt. Registriert bin ich mit reto.schmid@gmx.ch.\n\nGruess Reto")
case("l34-plus-adresse", LOB, "need_info", [m], rules=["C2"],
     spec="Section 8 addresses: reto.schmid+leads@gmx.ch is another address than the registered reto.schmid@gmx.ch -> C2 need_info.")

EMAILS.mkdir(exist_ok=True)
(HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                             ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(cases)} cases written")
