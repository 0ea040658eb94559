"""fresh20_de: German (Germany, Austria, Switzerland) held-out cases, written from POLICY_SPEC alone.
Run `python3 make_cases.py`: writes ledger.json, emails/*.eml and expected.json beside this file."""

LANG = "de"
# ---- shared helpers (stdlib only, deterministic) ----
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started=None):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CASES, FILES = [], {}


def when(stamp, offset):
    sign = 1 if offset[0] == "+" else -1
    hh, mm = offset[1:].split(":")
    tz = timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mail(name, frm, to, subject, body, stamp, offset, html=None, headers=None, reply=None, mid=None):
    """One .eml; returns its Message-ID. reply=(parent_id, [references])."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(stamp, offset))
    dom = frm.split("@")[-1].strip(">").strip() or "localhost"
    msg_id = mid or f"<{LANG}-{name}@{dom}>"
    msg["Message-ID"] = msg_id
    if reply:
        msg["In-Reply-To"] = reply[0]
        msg["References"] = " ".join(reply[1])
    for k, v in (headers or {}).items():
        msg[k] = v
    if html is not None and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    FILES[f"emails/{name}.eml"] = msg.as_bytes(policy=SMTP)
    return msg_id


def bounce(name, to, subject, human, stamp, offset, orig_to):
    """A delivery-status report (RFC 3464), parsed into an EmailMessage from fixed text."""
    from email import message_from_bytes
    from email.policy import default
    b = f"=_{LANG}-{name}"
    raw = (f"From: Mail Delivery System <MAILER-DAEMON@mx.example-mail.net>\r\nTo: {to}\r\n"
           f"Subject: {subject}\r\nDate: {format_datetime(when(stamp, offset))}\r\n"
           f"Message-ID: <{LANG}-{name}@mx.example-mail.net>\r\nAuto-Submitted: auto-replied\r\n"
           f"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\r\n\r\n"
           f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           + human.replace("\n", "\r\n") +
           f"\r\n--{b}\r\nContent-Type: message/delivery-status\r\n\r\n"
           f"Reporting-MTA: dns; mx.example-mail.net\r\n\r\nFinal-Recipient: rfc822; {orig_to}\r\n"
           f"Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
           f"\r\n--{b}--\r\n")
    msg = message_from_bytes(raw.encode("utf-8"), policy=default)
    FILES[f"emails/{name}.eml"] = msg.as_bytes(policy=SMTP)


def case(cid, files, brand, status, spec, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f"emails/{f}.eml" for f in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(date, outcome="cancel"):
    d = {"intent": "cancellation", "outcome": outcome}
    if date:
        d["effective_date"] = date
    return d


def write(ledger):
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    for rel, data in FILES.items():
        (HERE / rel).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases, {len(FILES)} emails")
# ---- end of helpers ----

SUP = "LeadsOptima Support <support@leadsoptima.com>"
BIL = "billing@leadsoptima.com"
OW = "optimawebdesigns12@gmail.com"
DE = "+02:00"  # CEST: Germany, Austria, Switzerland in September 2025

customers = [
    cust("k.brandt@brandt-immobilien.de", "Katrin Brandt", "annual", start="2025-09-20", end="2026-09-19"),
    cust("m.huber@huber-installationen.at", "Markus Huber", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("s.keller@kellerdruck.ch", "Stefan Keller", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("j.wagner@wagner-events.de", "Jana Wagner", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("t.schmid@schmid-fitness.de", "Tobias Schmid", "annual", start="2025-09-26", end="2026-09-25"),
    cust("l.bauer@bauer-consulting.at", "Lisa Bauer", "quarterly", start="2025-09-23", end="2025-12-22"),
    cust("f.richter@richter-fotografie.de", "Felix Richter", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("n.fischer@fischer-webshop.de", "Nina Fischer", "annual", start="2025-09-12", end="2026-09-11"),
    cust("p.zimmermann@zimmermann-steuer.de", "Paul Zimmermann", "monthly", status="trial", trial_ends="2025-10-05"),
    cust("a.schulz@schulz-logistik.de", "Andreas Schulz", "quarterly", start="2025-08-01", end="2025-10-31"),
    cust("r.meier@meier-treuhand.ch", "Regula Meier", "quarterly"),
    cust("e.krause@krause-praxis.de", "Eva Krause", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("d.lehmann@lehmann-architekten.de", "Dirk Lehmann", "annual", start="2025-09-18", end="2026-09-17"),
    cust("h.koch@koch-gastro.de", "Heike Koch", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("w.hartmann@hartmann-elektro.at", "Wolfgang Hartmann", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("c.neumann@neumann-coaching.de", "Claudia Neumann", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("g.schwarz@schwarz-bau.de", "Günter Schwarz", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("b.wolf@wolf-reisen.at", "Birgit Wolf", "monthly", start="2025-09-16", end="2025-10-15"),
    cust("o.gruber@gruber-tischlerei.at", "Otto Gruber", "quarterly", start="2025-09-27", end="2025-12-26"),
    cust("u.becker@web.de", "Ute Becker", "annual", start="2025-03-15", end="2026-03-14"),
    cust("ralf.seidel@seidel-kfz.de", "Ralf Seidel", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("marlene.steiner@steiner-yoga.ch", "Marlene Steiner", "quarterly", start="2025-07-01", end="2025-09-30"),
    cust("info@frank-hausverwaltung.de", "Jörg Frank", "monthly", start="2025-09-09", end="2025-10-08"),
]
payments = [
    lopay("de_p01", "LO-INV-81001", "k.brandt@brandt-immobilien.de", "annual", *A, "2025-09-20T10:02:00", "2025-09-20", "2026-09-19"),
    lopay("de_p02", "LO-INV-81002", "k.brandt@brandt-immobilien.de", "annual", *A, "2025-09-20T10:04:00", "2025-09-20", "2026-09-19"),
    lopay("de_p03", "LO-INV-81011", "m.huber@huber-installationen.at", "monthly", *M, "2025-09-10T08:00:00", "2025-09-10", "2025-10-09"),
    lopay("de_p04", "LO-INV-81012", "m.huber@huber-installationen.at", "monthly", *M, "2025-09-10T08:01:00", "2025-09-10", "2025-10-09"),
    lopay("de_p05", "LO-INV-81021", "s.keller@kellerdruck.ch", "monthly", *M, "2025-09-08T09:00:00", "2025-09-08", "2025-10-07"),
    lopay("de_p06", "LO-INV-81022", "s.keller@kellerdruck.ch", "monthly", *M, "2025-09-08T09:02:00", "2025-09-08", "2025-10-07"),
    lopay("de_p07", "LO-INV-81031", "j.wagner@wagner-events.de", "quarterly", *Q, "2025-09-22T11:00:00", "2025-09-22", "2025-12-21"),
    lopay("de_p08", "LO-INV-81032", "j.wagner@wagner-events.de", "quarterly", *Q, "2025-09-22T11:01:00", "2025-09-22", "2025-12-21"),
    lopay("de_p09", "LO-INV-81033", "j.wagner@wagner-events.de", "quarterly", *Q, "2025-09-22T11:02:00", "2025-09-22", "2025-12-21"),
    lopay("de_p10", "LO-INV-81041", "t.schmid@schmid-fitness.de", "annual", *A, "2025-09-26T07:30:00", "2025-09-26", "2026-09-25"),
    lopay("de_p11", "LO-INV-81051", "l.bauer@bauer-consulting.at", "quarterly", *Q, "2025-09-23T12:00:00", "2025-09-23", "2025-12-22"),
    lopay("de_p12", "LO-INV-81061", "f.richter@richter-fotografie.de", "monthly", *M, "2025-09-19T06:00:00", "2025-09-19", "2025-10-18"),
    lopay("de_p13", "LO-INV-81071", "n.fischer@fischer-webshop.de", "annual", *A, "2025-09-12T10:00:00", "2025-09-12", "2026-09-11"),
    lopay("de_p14", "LO-INV-81081", "a.schulz@schulz-logistik.de", "quarterly", *Q, "2025-08-01T09:00:00", "2025-08-01", "2025-10-31"),
    lopay("de_p15", "LO-INV-81091", "r.meier@meier-treuhand.ch", "quarterly", *Q, "2025-08-31T20:00:00Z", None, None),
    lopay("de_p16", "LO-INV-81101", "e.krause@krause-praxis.de", "monthly", *M, "2025-09-05T09:00:00", "2025-09-05", "2025-10-04"),
    lopay("de_p17", "LO-INV-81105", "d.lehmann@lehmann-architekten.de", "annual", *A, "2025-09-18T09:00:00", "2025-09-18", "2026-09-17"),
    lopay("de_p18", "LO-INV-81111", "h.koch@koch-gastro.de", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("de_p19", "LO-INV-81115", "w.hartmann@hartmann-elektro.at", "monthly", *M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13"),
    lopay("de_p20", "LO-INV-81121", "c.neumann@neumann-coaching.de", "monthly", *M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23"),
    lopay("de_p21", "LO-INV-81130", "g.schwarz@schwarz-bau.de", "monthly", *M, "2025-09-23T15:00:00", "2025-09-23", "2025-10-22"),
    lopay("de_p22", "LO-INV-81131", "g.schwarz@schwarz-bau.de", "monthly", *M, "2025-09-23T15:01:00", "2025-09-23", "2025-10-22"),
    lopay("de_p23", "LO-INV-81141", "b.wolf@wolf-reisen.at", "monthly", *M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15"),
    lopay("de_p24", "LO-INV-81142", "b.wolf@wolf-reisen.at", "monthly", *M, "2025-09-16T10:01:00", "2025-09-16", "2025-10-15", status="refunded"),
    lopay("de_p25", "LO-INV-81150", "o.gruber@gruber-tischlerei.at", "quarterly", *Q, "2025-09-27T08:00:00", "2025-09-27", "2025-12-26"),
    lopay("de_p26", "LO-INV-81151", "o.gruber@gruber-tischlerei.at", "quarterly", *Q, "2025-09-27T08:05:00", "2025-09-27", "2025-12-26"),
    lopay("de_p27", "LO-INV-81161", "u.becker@web.de", "annual", *A, "2025-03-15T09:00:00", "2025-03-15", "2026-03-14"),
    lopay("de_p28", "LO-INV-81170", "ralf.seidel@seidel-kfz.de", "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20"),
    lopay("de_p29", "LO-INV-81171", "ralf.seidel@seidel-kfz.de", "monthly", *M, "2025-09-21T09:00:30", "2025-09-21", "2025-10-20"),
    lopay("de_p30", "LO-INV-81181", "marlene.steiner@steiner-yoga.ch", "quarterly", *Q, "2025-07-01T09:00:00", "2025-07-01", "2025-09-30"),
    lopay("de_p31", "LO-INV-81191", "info@frank-hausverwaltung.de", "monthly", *M, "2025-09-09T09:00:00", "2025-09-09", "2025-10-08"),
]

# ---------------- LeadsOptima ----------------
mail("l01-doppelt-abgebucht", "Katrin Brandt <k.brandt@brandt-immobilien.de>", SUP,
     "Doppelte Abbuchung Jahresabo",
     "Sehr geehrte Damen und Herren,\n\nbei der Verlängerung meines Jahresabos wurde der Betrag am 20.09. "
     "zweimal von meiner Kreditkarte abgebucht (2 x 11.988,00 INR). Die zweite Rechnung hat die Nummer "
     "LO-INV-81002. Bitte erstatten Sie mir die doppelte Zahlung.\n\nMit freundlichen Grüßen\nKatrin Brandt\n"
     "Brandt Immobilien GmbH | Königsallee 12 | 40212 Düsseldorf\nGeschäftsführerin: Katrin Brandt, HRB 81234\n",
     "2025-09-24 09:15", DE)
case("l01-doppelt-abgebucht", ["l01-doppelt-abgebucht"], LOB, "decided",
     "L2 duplicate + L4: two paid annual charges same period 2025-09-20; request 2025-09-24 = day 4 <= 7; refund the duplicate 11988.00 (before tax, C6).",
     [refund("approve", "11988.00")])

mail("l02-tag8-oesterreich", "Markus Huber <m.huber@huber-installationen.at>", SUP,
     "Zahlung 2x abgebucht!!",
     "Servus,\n\nihr habt mir am 10. September das Monatsabo zwei Mal vom Konto abgebucht, Rechnung LO-INV-81012 "
     "ist die doppelte. Bitte das Geld retour.\n\nLG Markus Huber\nHuber Installationen, Wels\n",
     "2025-09-18 07:40", DE)
case("l02-tag8-oesterreich", ["l02-tag8-oesterreich"], LOB, "decided",
     "L3: charges 2025-09-10 IST (day 0); email 2025-09-18 07:40+02:00 = 11:10 IST on 09-18 = day 8 > 7: deny.",
     [refund("deny")])

mail("l03-zeitzone-tag8", "Stefan Keller <s.keller@kellerdruck.ch>", SUP,
     "Doppelbelastung Kreditkarte",
     "Grüezi mitenand\n\nAuf meiner Kreditkartenabrechnung sehe ich die Monatsgebühr zweimal, beide vom 8. September. "
     "Rechnungsnummer der zweiten Belastung: LO-INV-81022. Ich bitte um Rückvergütung des doppelt belasteten Betrags.\n\n"
     "Freundliche Grüsse\nStefan Keller\nKeller Druck AG, Winterthur\n",
     "2025-09-15 22:10", DE)
case("l03-zeitzone-tag8", ["l03-zeitzone-tag8"], LOB, "decided",
     "L3 in the brand's zone (section 1): charge 2025-09-08 09:00 IST is day 0; Swiss email 2025-09-15 22:10+02:00 = 2025-09-16 01:40 IST = day 8: deny, although it is still the 15th in Winterthur.",
     [refund("deny")])

mail("l04-dreifach", "Jana Wagner <j.wagner@wagner-events.de>", SUP,
     "Quartalsabo DREIMAL abgebucht",
     "Hallo zusammen,\n\nich trau meinen Augen nicht: Das Quartalsabo wurde am 22.9. dreimal abgebucht, "
     "jeweils 3.999,00 (LO-INV-81031, LO-INV-81032 und LO-INV-81033). Bestellt habe ich es natürlich nur einmal. "
     "Bitte die zwei zu viel abgebuchten Beträge zurück auf meine Karte.\n\nDanke und Gruß\nJana Wagner\n",
     "2025-09-25 16:20", DE)
case("l04-dreifach", ["l04-dreifach"], LOB, "decided",
     "Section 8 three identical charges: quarterly 3999.00 x3 same period on 2025-09-22; charges 2 and 3 are duplicates, both inside L3 (day 3): 2 x 3999.00 = 7998.00.",
     [refund("approve", "7998.00")])

mail("l05-falscher-tarif", "Tobias Schmid <t.schmid@schmid-fitness.de>", SUP,
     "Falscher Tarif abgerechnet - LO-INV-81041",
     "Guten Tag,\n\nich habe gestern den Monatstarif ausgewählt, abgebucht wurde aber der Jahrestarif (11.988 Rupien "
     "statt 1.499). Das ist ein Abrechnungsfehler. Bitte korrigieren und die Differenz bzw. den Betrag erstatten.\n\n"
     "Viele Grüße\nTobias Schmid\n",
     "2025-09-27 10:05", DE)
case("l05-falscher-tarif", ["l05-falscher-tarif"], LOB, "decided",
     "L2 billing_error (charged for the wrong plan) inside L3 (charge 2025-09-26, day 1): L5 escalate, no amount.",
     [refund("escalate", None)])

mail("l06-kein-login", "Lisa Bauer <l.bauer@bauer-consulting.at>", SUP,
     "Kein Zugang seit Dienstag",
     "Liebes Support-Team,\n\nseit Dienstag kann ich mich nicht mehr einloggen, das Dashboard bleibt einfach weiß "
     "und lädt nicht. Ich habe Cache geleert, anderen Browser probiert, nix. Ich habe am 23.9. das Quartal bezahlt "
     "(LO-INV-81051) und kann das Tool nicht nutzen. Ich möchte mein Geld zurück, bitte erstatten Sie mir den Betrag.\n\n"
     "Liebe Grüße aus Graz\nLisa Bauer\n",
     "2025-09-26 14:30", DE)
case("l06-kein-login", ["l06-kein-login"], LOB, "decided",
     "L2 access_failure (cannot log in, dashboard not loading) inside L3 (charge 2025-09-23, request 09-26 = day 3): L6 escalate.",
     [refund("escalate", None)])

mail("l07-zu-teuer", "Felix Richter <f.richter@richter-fotografie.de>", SUP,
     "Erstattung Monatsbeitrag LO-INV-81061",
     "Hallo,\n\nich habe gemerkt, dass ich das Tool eigentlich gar nicht brauche, und für mich als Einzelunternehmer "
     "ist es auch zu teuer. Können Sie mir die 1.499 vom 19.09. bitte zurücküberweisen? Benutzt habe ich es kaum.\n\n"
     "Gruß Felix\n",
     "2025-09-22 11:45", DE)
case("l07-zu-teuer", ["l07-zu-teuer"], LOB, "decided",
     "L1: reasons 'do not need it / too expensive / hardly used' are not L2 exceptions: refund deny (cancellation offered in the reply); no cancellation asked.",
     [refund("deny")])

mail("l08-kuendigen-und-geld", "Nina Fischer <n.fischer@fischer-webshop.de>", SUP,
     "Kündigung + Rückerstattung",
     "Hallo LeadsOptima,\n\nhiermit kündige ich mein Jahresabo. Wir haben in den letzten Tagen gemerkt, dass unser "
     "Shop über Marktplätze läuft und wir die Leads gar nicht brauchen. Da ich erst am 12.09. bezahlt habe, "
     "hätte ich gern den Jahresbeitrag anteilig zurück (LO-INV-81071).\n\nBeste Grüße\nNina Fischer\nFischer Webshop e.K.\n",
     "2025-09-16 18:00", DE)
case("l08-kuendigen-und-geld", ["l08-kuendigen-und-geld"], LOB, "decided",
     "Both intents: refund for unused time is L1 deny (no partial refunds); cancellation L8 effective current_period_end 2026-09-11.",
     [refund("deny"), cancel("2026-09-11")])

mail("l09-testphase", "Paul Zimmermann <p.zimmermann@zimmermann-steuer.de>", SUP,
     "Testphase - Erstattung",
     "Sehr geehrte Damen und Herren,\n\nich teste LeadsOptima seit einer Woche und bin ehrlich gesagt nicht überzeugt, "
     "die Oberfläche ist mir zu unübersichtlich. Bitte erstatten Sie mir, was für die Testphase angefallen ist.\n\n"
     "Mit freundlichen Grüßen\nStB Paul Zimmermann\n",
     "2025-09-23 08:30", DE)
case("l09-testphase", ["l09-testphase"], LOB, "decided",
     "L7: account status trial (trial_ends 2025-10-05), no charges in the ledger: refund deny, no billing unless they subscribe.",
     [refund("deny")])

mail("l10-kuendigung-brief", "Andreas Schulz <a.schulz@schulz-logistik.de>", SUP,
     "Kündigung Quartalsabonnement zum nächstmöglichen Termin",
     "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Quartalsabonnement fristgerecht zum "
     "nächstmöglichen Termin. Grund: Wir stellen unseren Vertrieb auf ein CRM um, das die Funktionen bereits enthält.\n"
     "Bitte bestätigen Sie mir die Kündigung sowie das Vertragsende schriftlich.\n\nMit freundlichen Grüßen\n\n"
     "Andreas Schulz\nGeschäftsführer\nSchulz Logistik GmbH & Co. KG\nAmtsgericht Hamburg HRA 12345\n",
     "2025-09-19 09:00", DE)
case("l10-kuendigung-brief", ["l10-kuendigung-brief"], LOB, "decided",
     "L8: cancel, effective current_period_end 2025-10-31 from the ledger; plan filled from the ledger.",
     [cancel("2025-10-31")])

mail("l11-abo-kuenden-ch", "Regula Meier <r.meier@meier-treuhand.ch>", SUP,
     "Abo künden",
     "Grüezi\n\nIch möchte unser Abo per sofort künden, wir machen die Akquise wieder selber. "
     "Können Sie mir bitte bestätigen, bis wann wir noch Zugriff haben?\n\nFreundliche Grüsse\nRegula Meier\n"
     "Meier Treuhand GmbH, Luzern\n",
     "2025-09-24 13:10", DE)
case("l11-abo-kuenden-ch", ["l11-abo-kuenden-ch"], LOB, "decided",
     "L8 fallback (no current_period_end): last charge 2025-08-31T20:00Z = 2025-09-01 01:30 IST (local date 09-01, section 8) + 3 months - 1 day = 2025-11-30.",
     [cancel("2025-11-30")])

mail("l12-gmx-andere-adresse", "Eva Krause <eva.krause1978@gmx.de>", SUP,
     "Abo kündigen und letzte Zahlung",
     "Hallo,\n\nich schreibe von meiner privaten Adresse, registriert bin ich mit e.krause@krause-praxis.de. "
     "Bitte kündigen Sie mein Monatsabo und sagen Sie mir, wann die letzte Abbuchung war und wie hoch sie war.\n\n"
     "Danke, Eva Krause\n",
     "2025-09-25 20:15", DE)
case("l12-gmx-andere-adresse", ["l12-gmx-andere-adresse"], LOB, "need_info",
     "C2: written from eva.krause1978@gmx.de, names registered e.krause@krause-praxis.de: ask her to write from the registered address, disclose nothing.",
     rules=["C2"])

mail("l13-wg-weiterleitung", "Birte Vogel <b.vogel@lehmann-architekten.de>", SUP,
     "WG: Kündigung LeadsOptima",
     "Hallo,\n\nanbei die Kündigung von Herrn Lehmann, bitte um Erledigung.\n\nViele Grüße\nBirte Vogel\nSekretariat\n\n"
     "________________________________\nVon: Dirk Lehmann <d.lehmann@lehmann-architekten.de>\n"
     "Gesendet: Donnerstag, 25. September 2025 08:47\nAn: Birte Vogel <b.vogel@lehmann-architekten.de>\n"
     "Betreff: Kündigung LeadsOptima\n\nBirte, bitte kündige bei LeadsOptima unser Jahresabo (registriert auf "
     "d.lehmann@lehmann-architekten.de), wir nutzen es seit dem Sommer nicht mehr.\n\nDL\n",
     "2025-09-25 09:05", DE)
case("l13-wg-weiterleitung", ["l13-wg-weiterleitung"], LOB, "need_info",
     "Section 8 forwards: an Outlook 'WG:' carries Lehmann's cancellation naming d.lehmann@...; the sender b.vogel@... is not that address: C2, ask for it from the registered address.",
     rules=["C2"])

mail("l14-rueckbuchung-anwalt", "Heike Koch <h.koch@koch-gastro.de>", SUP,
     "LETZTE AUFFORDERUNG",
     "Ihr habt mir am 25.09. schon wieder 1.499 abgebucht obwohl ich das nie wollte. Ich kündige hiermit und will "
     "das Geld zurück (LO-INV-81111). Wenn bis Montag nichts passiert, lasse ich die Lastschrift über meine Bank "
     "zurückbuchen und gebe die Sache meinem Anwalt.\n\nH. Koch\n",
     "2025-09-26 23:50", DE)
case("l14-rueckbuchung-anwalt", ["l14-rueckbuchung-anwalt"], LOB, "decided",
     "C4: chargeback via the bank and a lawyer: escalate every intent of the case, the cancellation included (section 8).",
     [refund("escalate", None), cancel(None, "escalate")], rules=["C4"])

mail("l15-abwesenheit", "Otto Gruber <o.gruber@gruber-tischlerei.at>", SUP,
     "Automatische Antwort: Ihre Anfrage [LO-2207]",
     "Danke für Ihre Nachricht. Ich bin bis 6. Oktober auf Urlaub und habe keinen Zugriff auf meine E-Mails. "
     "In dringenden Fällen wenden Sie sich bitte an office@gruber-tischlerei.at.\n\nOtto Gruber\n",
     "2025-09-29 07:00", DE, headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l15-abwesenheit", ["l15-abwesenheit"], LOB, "ignore",
     "C7: Auto-Submitted: auto-replied (Austrian out-of-office): ignore.", rules=["C7"])

bounce("l16-unzustellbar", SUP, "Unzustellbar: Ihre Rechnung LO-INV-81191",
       "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden an:\n"
       "  buchhaltung@frank-hausverwaltung.de\n\nGrund: Postfach existiert nicht.\n",
       "2025-09-20 03:12", DE, "buchhaltung@frank-hausverwaltung.de")
case("l16-unzustellbar", ["l16-unzustellbar"], LOB, "ignore",
     "C7: MAILER-DAEMON sender, multipart/report delivery-status (RFC 3464): ignore.", rules=["C7"])

mail("l17-newsletter", "Vertriebsprofi Newsletter <newsletter@vertriebsprofi-news.de>", "info@leadsoptima.com",
     "Die 7 besten Tricks für mehr Leads (und warum Sie Ihr Abo kündigen sollten)",
     "Liebe Leserinnen und Leser,\n\nin dieser Ausgabe: Warum viele Firmen ihre Software-Abos kündigen und eine "
     "Erstattung verlangen sollten ... Abmelden: https://vertriebsprofi-news.de/abmelden\n",
     "2025-09-23 06:00", DE, headers={"List-Id": "Vertriebsprofi <news.vertriebsprofi-news.de>",
                                    "Precedence": "bulk",
                                    "List-Unsubscribe": "<https://vertriebsprofi-news.de/abmelden>"})
case("l17-newsletter", ["l17-newsletter"], LOB, "ignore",
     "C7: List-Id and Precedence: bulk; the words 'kündigen'/'Erstattung' inside do not matter.", rules=["C7"])

mail("l18-kein-geld-zurueck", "Wolfgang Hartmann <w.hartmann@hartmann-elektro.at>", SUP,
     "Kündigung Monatsabo",
     "Grüß Gott,\n\nich möchte mein Monatsabo kündigen, wir sind mit dem Betrieb in Pension gegangen. "
     "Keine Sorge, ich will KEIN Geld zurück, das laufende Monat passt schon so. Nur bitte keine weitere Abbuchung mehr.\n\n"
     "Mit besten Grüßen\nWolfgang Hartmann\n",
     "2025-09-28 10:00", DE)
case("l18-kein-geld-zurueck", ["l18-kein-geld-zurueck"], LOB, "decided",
     "Negation (section 8): 'ich will KEIN Geld zurück' adds no refund; L8 cancel effective current_period_end 2025-10-13.",
     [cancel("2025-10-13")])

mail("l19-frage-vor-kauf", "Sabine Krüger <s.krueger@krueger-marketing.de>", SUP,
     "Frage zum Jahresabo",
     "Hallo,\n\nwir überlegen, das Jahresabo abzuschließen. Angenommen, wir merken nach zwei Monaten, dass es nicht "
     "passt: Bekämen wir dann den Rest des Jahres erstattet, oder wie läuft eine Kündigung bei Ihnen?\n\n"
     "Viele Grüße\nSabine Krüger\n",
     "2025-09-22 15:00", DE)
case("l19-frage-vor-kauf", ["l19-frage-vor-kauf"], LOB, "other",
     "Section 8 hypotheticals: a question before buying ('Angenommen ... bekämen wir ...?') is a policy question, no request: other.")

mail("l20-danke-erstattung", "Katrin Brandt <k.brandt@brandt-immobilien.de>", SUP,
     "Re: Doppelte Abbuchung Jahresabo [LO-2190]",
     "Hallo nochmal,\n\nkurze Rückmeldung: Die Erstattung ist heute auf meiner Karte eingegangen. Vielen Dank für die "
     "schnelle und unkomplizierte Bearbeitung!\n\nSchönes Wochenende\nKatrin Brandt\n",
     "2025-09-27 11:00", DE, reply=("<LO-2190.reply@leadsoptima.com>", ["<LO-2190.reply@leadsoptima.com>"]))
case("l20-danke-erstattung", ["l20-danke-erstattung"], LOB, "other",
     "A thank-you after a refund asks for nothing: other, no decision.")

mail("l21-rechnung-ustid", "Jörg Frank <info@frank-hausverwaltung.de>", SUP,
     "Rechnung LO-INV-81191 - USt-IdNr. fehlt",
     "Guten Tag,\n\nauf der Rechnung LO-INV-81191 vom 09.09.2025 fehlt unsere USt-IdNr. (DE298765432). "
     "Unser Steuerberater braucht die für die Buchhaltung. Könnten Sie die Rechnung bitte neu ausstellen? "
     "Sonst ist alles in Ordnung, wir sind zufrieden.\n\nMit freundlichen Grüßen\nJörg Frank\nFrank Hausverwaltung\n",
     "2025-09-17 10:30", DE)
case("l21-rechnung-ustid", ["l21-rechnung-ustid"], LOB, "other",
     "An invoice correction (VAT ID) is neither refund nor cancellation: other.")

mail("l22-ohne-grund", "Claudia Neumann <c.neumann@neumann-coaching.de>", SUP,
     "Rückerstattung LO-INV-81121",
     "Sehr geehrte Damen und Herren,\n\nich bitte um Rückerstattung der Zahlung LO-INV-81121 vom 24.09.2025.\n"
     "Vielen Dank im Voraus für Ihre Bemühungen.\n\nMit freundlichen Grüßen\n\nClaudia Neumann\n"
     "Systemischer Coach (DGfC)\nTel. +49 221 1234567\n\n--\nDiese E-Mail enthält vertrauliche und/oder rechtlich "
     "geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
     "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.\n",
     "2025-09-25 09:00", DE)
case("l22-ohne-grund", ["l22-ohne-grund"], LOB, "need_info",
     "Section 8 reason: restatement, courtesy line, signature and disclaimer are no reason; registered email = sender, plan from the ledger, invoice given: ask only for the reason.",
     missing=["reason"])

m1 = mail("l23a-erstattung", "Günter Schwarz <g.schwarz@schwarz-bau.de>", SUP,
          "Erstattung",
          "Hallo, bitte die Zahlung LO-INV-81131 erstatten. Danke. G. Schwarz\n",
          "2025-09-25 07:55", DE)
mail("l23b-antwort-grund", "Günter Schwarz <g.schwarz@schwarz-bau.de>", SUP,
     "AW: Erstattung [LO-2231]",
     "Hallo,\n\nder Grund: der Monatsbeitrag wurde am 23.09. doppelt abgebucht, 81130 und 81131, einmal ist zu viel.\n\n"
     "Gruß G. Schwarz\n\n-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support <support@leadsoptima.com>\n"
     "Gesendet: Donnerstag, 25. September 2025 12:00\nBetreff: Re: Erstattung [LO-2231]\n\n"
     "> Bitte nennen Sie uns den Grund für Ihre Erstattungsanfrage.\n",
     "2025-09-29 08:10", DE, reply=("<LO-2231.ask@leadsoptima.com>", [m1, "<LO-2231.ask@leadsoptima.com>"]))
case("l23-thread-grund-nachgereicht", ["l23a-erstattung", "l23b-antwort-grund"], LOB, "decided",
     "C3 thread: the answer supplies the reason (duplicate); request time = first email 2025-09-25 (day 2 after 09-23): L4 approve the duplicate LO-INV-81131 = 1499.00.",
     [refund("approve", "1499.00")])

mail("l24-schon-erstattet", "Birgit Wolf <b.wolf@wolf-reisen.at>", SUP,
     "Doppelbuchung 16.9. - noch immer nicht erstattet",
     "Hallo,\n\nam 16.09. wurde mein Monatsabo doppelt verrechnet. Bitte erstatten Sie die zweite Buchung "
     "LO-INV-81142, ich sehe noch nichts am Konto.\n\nLG Birgit Wolf\nWolf Reisen, Innsbruck\n",
     "2025-09-22 09:30", DE)
case("l24-schon-erstattet", ["l24-schon-erstattet"], LOB, "decided",
     "Section 8 payments not paid: LO-INV-81142 has status 'refunded' (and no pair of paid charges remains, L4): escalate, never approve.",
     [refund("escalate", None)])

mail("l25-rechnungsnr-getippt", "Otto Gruber <o.gruber@gruber-tischlerei.at>", SUP,
     "Quartal 2x bezahlt",
     "Hallo!\n\nHab grad im Onlinebanking gesehen dass das Quartal zwei mal abgebucht wurde, je Rs. 3.999,- am 27.9. "
     "Die zweite Rechnung ist lo inv 81151 (so stehts in der Mail). Bitte um Rücküberweisung von der doppelten.\n\n"
     "Danke, Otto\nTischlerei Gruber\n",
     "2025-09-29 06:45", DE)
case("l25-rechnungsnr-getippt", ["l25-rechnungsnr-getippt"], LOB, "decided",
     "Section 8 invoice as typed: 'lo inv 81151' = LO-INV-81151; two paid quarterly charges 2025-09-27 same period, request day 2: L4 approve 3999.00.",
     [refund("approve", "3999.00")])

mail("l26-html-webde", "Ute Becker <u.becker@web.de>", SUP,
     "Kündigung",
     None, "2025-09-21 19:40", DE,
     html="<html><body><div style=\"font-family:Arial\">Hallo liebes LeadsOptima-Team,<br><br>"
          "hiermit möchte ich mein Jahresabo <b>kündigen</b>. Ich gehe Ende des Jahres in Elternzeit und "
          "brauche die Software dann nicht mehr.<br><br>Herzliche Grüße<br>Ute Becker</div>"
          "<div style=\"color:#999;font-size:10px\">Gesendet mit WEB.DE Mail</div></body></html>")
case("l26-html-webde", ["l26-html-webde"], LOB, "decided",
     "HTML-only webmail: L8 cancel effective current_period_end 2026-03-14.",
     [cancel("2026-03-14")])

mail("l27-diktat-tag7", "Ralf Seidel <ralf.seidel@seidel-kfz.de>", SUP,
     "doppelt",
     "hallo leadsoptima team ich wurde am 21 september zweimal abgebucht für das monatsabo rechnungsnummer "
     "LO-INV-81171 bitte eine davon zurück danke ralf seidel\n\nVon meinem iPhone gesendet\n",
     "2025-09-28 19:30", DE)
case("l27-diktat-tag7", ["l27-diktat-tag7"], LOB, "decided",
     "L3 edge in IST: charges 2025-09-21 09:00 IST (day 0); email 2025-09-28 19:30+02:00 = 23:00 IST on 09-28 = day 7, inside: L4 approve 1499.00.",
     [refund("approve", "1499.00")])

mail("l28-topposting-kuendigung", "Marlene Steiner <marlene.steiner@steiner-yoga.ch>", SUP,
     "Re: Willkommen bei LeadsOptima!",
     "Hoi zäme\n\nIch antworte einfach auf diese alte Mail: Bitte künden Sie mein Quartalsabo, das Yogastudio "
     "schliesst per Ende Jahr.\n\nLiebe Grüsse\nMarlene\n\nAm 01.07.2025 um 11:30 schrieb LeadsOptima Support "
     "<support@leadsoptima.com>:\n> Willkommen bei LeadsOptima!\n> Ihr Quartalsabo ist aktiv. Bei Fragen antworten "
     "Sie einfach auf diese E-Mail.\n",
     "2025-09-23 12:00", DE, reply=("<welcome-81181@leadsoptima.com>", ["<welcome-81181@leadsoptima.com>"]))
case("l28-topposting-kuendigung", ["l28-topposting-kuendigung"], LOB, "decided",
     "Top-posted reply on an old welcome mail, Swiss 'künden': L8 cancel effective current_period_end 2025-09-30.",
     [cancel("2025-09-30")])

# ---------------- Optima WebDesign ----------------
projects = [
    proj("Praxis Dr. Lenz Relaunch", "praxis@dr-lenz.de", None),
    proj("Alpenblick Hotel Website", "info@alpenblick-hotel.at", "2025-09-15T11:00:00"),
    proj("Bäckerei Vogt Onlineshop", "kontakt@baeckerei-vogt.de", "2025-09-29T10:00:00"),
    proj("Zahnarztpraxis Weiss", "empfang@zahnarzt-weiss.de", None),
    proj("Schreinerei Holzwurm", "info@holzwurm-schreinerei.de", None),
    proj("Kanzlei Berger Website", "kanzlei@berger-recht.at", "2025-09-23T09:00:00"),
    proj("Weingut Sonnhof Webshop", "office@weingut-sonnhof.at", "2025-08-20T10:00:00"),
    proj("Physio Mayr App", "praxis@physio-mayr.de", "2025-08-01T10:00:00"),
    proj("Musikschule Klang", "verwaltung@musikschule-klang.ch", "2025-07-01T10:00:00"),
    proj("SEO Autohaus Kern", "marketing@autohaus-kern.de", "2025-06-01T10:00:00"),
    proj("Café Anker Pflege", "hallo@cafe-anker.de", "2025-05-01T10:00:00"),
    proj("Zahnlabor Roth Social Media", "info@zahnlabor-roth.ch", "2025-04-01T10:00:00"),
    proj("Modehaus Lind Social Media", "marketing@modehaus-lind.de", "2025-05-10T10:00:00"),
    proj("Ferienwohnung Seeblick", "vermietung@seeblick-fewo.at", "2025-09-18T10:00:00"),
    proj("Steuerkanzlei Albrecht Wartung", "it@stb-albrecht.de", "2025-09-12T10:00:00"),
    proj("Hundeschule Pfote Hosting", "info@hundeschule-pfote.de", "2025-09-01T10:00:00"),
    proj("Brauerei Adler Relaunch", "web@brauerei-adler.de", None),
    proj("Yogastudio Lotus Website", "studio@lotus-yoga.ch", "2025-08-01T10:00:00"),
    proj("Metzgerei Huber Shop", "shop@metzgerei-huber.at", "2025-07-15T10:00:00"),
    proj("Elektro Sommer Website", "buero@elektro-sommer.de", "2025-08-10T10:00:00"),
    proj("Kita Sonnenschein Portal", "leitung@kita-sonnenschein.de", None),
    proj("Fahrschule Blitz Relaunch", "info@fahrschule-blitz.at", None),
    proj("Gärtnerei Rosen Website", "gaertnerei@rosen-gruen.de", "2025-09-01T10:00:00"),
]
payments += [
    owpay("de_w01", "OWD-2025-301", "Praxis Dr. Lenz Relaunch", "discovery", "15000.00", "2700.00", "2025-09-22T10:00:00"),
    owpay("de_w02", "OWD-2025-302", "Alpenblick Hotel Website", "discovery", "12000.00", "2160.00", "2025-09-12T10:00:00"),
    owpay("de_w03", "OWD-2025-303", "Bäckerei Vogt Onlineshop", "discovery", "9000.00", "1620.00", "2025-09-20T10:00:00"),
    owpay("de_w04", "OWD-2025-304", "Zahnarztpraxis Weiss", "deposit", "25000.00", "4500.00", "2025-09-15T14:00:00"),
    owpay("de_w05", "OWD-2025-305", "Schreinerei Holzwurm", "deposit", "20000.00", "3600.00", "2025-09-15T14:00:00"),
    owpay("de_w06", "OWD-2025-306", "Kanzlei Berger Website", "deposit", "30000.00", "5400.00", "2025-09-22T10:00:00"),
    owpay("de_w07", "OWD-2025-307", "Weingut Sonnhof Webshop", "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00", milestone_status="completed"),
    owpay("de_w08", "OWD-2025-308", "Weingut Sonnhof Webshop", "milestone", "18500.00", "3330.00", "2025-09-10T10:00:00", milestone_status="not_started"),
    owpay("de_w09", "OWD-2025-309", "Physio Mayr App", "milestone", "40000.00", "7200.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("de_w10", "OWD-2025-310", "Musikschule Klang", "milestone", "16000.00", "2880.00", "2025-08-15T10:00:00", milestone_status="approved"),
    owpay("de_w11", "OWD-2025-311", "SEO Autohaus Kern", "retainer", "35000.00", "6300.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("de_w12", "OWD-2025-312", "Café Anker Pflege", "retainer", "8000.00", "1440.00", "2025-09-03T09:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00"),
    owpay("de_w13", "OWD-2025-313", "Zahnlabor Roth Social Media", "retainer", "12000.00", "2160.00", "2025-09-06T09:00:00",
          period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00"),
    owpay("de_w14", "OWD-2025-314", "Modehaus Lind Social Media", "retainer", "20000.00", "3600.00", "2025-09-10T09:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00"),
    owpay("de_w15", "OWD-2025-315", "Modehaus Lind Social Media", "retainer", "20000.00", "3600.00", "2025-09-25T09:00:00",
          period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T09:00:00"),
    owpay("de_w16", "OWD-2025-316", "Ferienwohnung Seeblick", "hosting_annual", "13845.06", "2492.11", "2025-09-18T09:00:00",
          setup_fee="1500.00", service_start="2025-09-18"),
    owpay("de_w17", "OWD-2025-317", "Steuerkanzlei Albrecht Wartung", "maintenance_annual", "9999.00", "1799.82", "2025-09-12T09:00:00",
          setup_fee="0.00", service_start="2025-09-12"),
    owpay("de_w18", "OWD-2025-318", "Hundeschule Pfote Hosting", "hosting_annual", "12000.00", "2160.00", "2025-09-01T09:00:00",
          setup_fee="1200.00", service_start="2025-09-01"),
    owpay("de_w19", "OWD-2025-319", "Brauerei Adler Relaunch", "hosting_annual", "18000.00", "3240.00", "2025-09-20T09:00:00",
          setup_fee="2500.00", service_start="2025-10-01"),
    owpay("de_w20", "OWD-2025-320", "Yogastudio Lotus Website", "third_party", "4500.00", "810.00", "2025-09-20T09:00:00"),
    owpay("de_w21", "OWD-2025-321", "Metzgerei Huber Shop", "rush", "7500.00", "1350.00", "2025-09-18T09:00:00"),
    owpay("de_w22", "OWD-2025-322", "Elektro Sommer Website", "change_request", "6000.00", "1080.00", "2025-09-24T09:00:00"),
    owpay("de_w23", "OWD-2025-323", "Kita Sonnenschein Portal", "deposit", "15000.00", "2700.00", "2025-09-26T10:00:00"),
    owpay("de_w24", "OWD-2025-324", "Fahrschule Blitz Relaunch", "deposit", "18000.00", "3240.00", "2025-09-24T12:00:00"),
    owpay("de_w25", "OWD-2025-325", "Gärtnerei Rosen Website", "retainer", "10000.00", "1800.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T09:00:00"),
]

mail("o01-discovery-ohne-rechnung", "Dr. Miriam Lenz <praxis@dr-lenz.de>", OW,
     "Refund Request — Praxis Dr. Lenz Relaunch",
     "Sehr geehrtes Optima-Team,\n\nwir haben am 22.09. die Discovery-Pauschale für den Relaunch unserer Praxis-Website "
     "bezahlt. Inzwischen hat sich unsere Praxisgemeinschaft aufgelöst, die neue Website wird so nicht mehr benötigt. "
     "Einen Termin hatten wir noch nicht. Ich bitte daher um Erstattung.\n\nMit freundlichen Grüßen\nDr. med. Miriam Lenz\n",
     "2025-09-24 17:30", DE)
case("o01-discovery-ohne-rechnung", ["o01-discovery-ohne-rechnung"], OWB, "decided",
     "Section 1: the invoice is filled from the ledger (the named project has exactly one payment, OWD-2025-301). O1 discovery, work_started_at empty: approve in full 15000.00 (before tax).",
     [refund("approve", "15000.00")])

mail("o02-discovery-begonnen", "Hotel Alpenblick <info@alpenblick-hotel.at>", OW,
     "Stornierung Discovery OWD-2025-302",
     "Servus,\n\nwir möchten die Discovery-Phase (Rechnung OWD-2025-302) stornieren und das Geld zurück, "
     "weil uns der Workshop am 15.9. ehrlich gesagt nicht überzeugt hat.\n\nMit freundlichen Grüßen\nFamilie Brugger\n"
     "Hotel Alpenblick, Saalbach\n",
     "2025-09-20 10:00", DE)
case("o02-discovery-begonnen", ["o02-discovery-begonnen"], OWB, "decided",
     "O1: work_started_at 2025-09-15 11:00 is before the request 2025-09-20: the session commenced: refund deny.",
     [refund("deny")], extra_ok=True)

mail("o03-discovery-start-spaeter", "Bäckerei Vogt <kontakt@baeckerei-vogt.de>", OW,
     "Erstattung Discovery Onlineshop",
     "Hallo,\n\nwir haben am 20.09. die Discovery für unseren Onlineshop bezahlt (OWD-2025-303). Unser Kreditantrag "
     "für die Ladenerweiterung ist geplatzt, deshalb können wir das Projekt dieses Jahr nicht machen. "
     "Der Kick-off ist ja erst für den 29. geplant. Bitte erstatten.\n\nBeste Grüße\nThomas Vogt\n",
     "2025-09-26 08:00", DE)
case("o03-discovery-start-spaeter", ["o03-discovery-start-spaeter"], OWB, "decided",
     "O1: work_started_at 2025-09-29 10:00 is later than the request (2025-09-26 11:30 IST): approve 9000.00.",
     [refund("approve", "9000.00")])

mail("o04-anzahlung-46h", "Zahnarztpraxis Weiss <empfang@zahnarzt-weiss.de>", OW,
     "Anzahlung OWD-2025-304 zurück",
     "Guten Morgen,\n\nwir haben vorgestern die Anzahlung für die neue Praxis-Website geleistet. Leider hat unser "
     "Praxisinhaber entschieden, die Website doch mit dem Praxisverbund machen zu lassen. Bitte erstatten Sie die "
     "Anzahlung (OWD-2025-304).\n\nFreundliche Grüße\nSandra Weiss, Praxismanagement\n",
     "2025-09-17 09:00", DE)
case("o04-anzahlung-46h", ["o04-anzahlung-46h"], OWB, "decided",
     "O2: paid 2025-09-15 14:00 IST, request 2025-09-17 09:00+02:00 = 12:30 IST = 46.5 h < 72 h, no work started: approve 25000.00 (tax 4500 kept, C6).",
     [refund("approve", "25000.00")])

mail("o05-anzahlung-genau-72h", "Schreinerei Holzwurm <info@holzwurm-schreinerei.de>", OW,
     "Rücktritt Anzahlung",
     "Hallo Optima,\n\nwir treten vom Website-Auftrag zurück, weil mein Sohn die Website jetzt selbst baut. "
     "Bitte die Anzahlung OWD-2025-305 zurück.\n\nMfG\nKarl Holz\n",
     "2025-09-18 10:30", DE)
case("o05-anzahlung-genau-72h", ["o05-anzahlung-genau-72h"], OWB, "decided",
     "Section 8: paid 2025-09-15 14:00 IST; request 2025-09-18 10:30+02:00 = 14:00 IST = exactly 72 h, not before: deny (O2). 'Wir treten vom Auftrag zurück' also withdraws from the order: an extra cancellation decision is harmless (extra_ok).",
     [refund("deny")], extra_ok=True)

mail("o06-anzahlung-arbeit-begonnen", "Kanzlei Berger <kanzlei@berger-recht.at>", OW,
     "Anzahlung Website OWD-2025-306",
     "Sehr geehrte Damen und Herren,\n\nwir ersuchen um Refundierung der Anzahlung vom 22.09. (OWD-2025-306), da "
     "die Kanzleifusion abgesagt wurde und wir die neue Website nicht mehr benötigen.\n\nMit freundlichen Grüßen\n"
     "Mag. Eva Berger\n",
     "2025-09-24 08:00", DE)
case("o06-anzahlung-arbeit-begonnen", ["o06-anzahlung-arbeit-begonnen"], OWB, "decided",
     "O2 whichever first: request 2025-09-24 11:30 IST is 49.5 h after payment, but work started 2025-09-23 09:00: deny.",
     [refund("deny")])

mail("o07-meilenstein-offen", "Weingut Sonnhof <office@weingut-sonnhof.at>", OW,
     "Refund Request — Weingut Sonnhof Webshop / OWD-2025-308",
     "Liebes Optima-Team,\n\nden ersten Meilenstein (Design) habt ihr super umgesetzt. Den zweiten Meilenstein "
     "(Shop-Anbindung, OWD-2025-308) brauchen wir nun doch nicht, weil wir über die Plattform der Winzergenossenschaft "
     "verkaufen werden. Da daran noch nichts gemacht wurde, bitten wir um Rückerstattung.\n\nLiebe Grüße aus der Wachau\n"
     "Familie Sonnhof\n",
     "2025-09-23 14:00", DE)
case("o07-meilenstein-offen", ["o07-meilenstein-offen"], OWB, "decided",
     "O3: milestone OWD-2025-308 not_started: approve its amount 18500.00 before tax (the completed milestone OWD-2025-307 is not asked for).",
     [refund("approve", "18500.00")])

mail("o08-meilenstein-laufend", "Physio Mayr <praxis@physio-mayr.de>", OW,
     "Meilenstein App - Erstattung",
     "Hallo,\n\nder Meilenstein OWD-2025-309 (Terminbuchung in der App) ist seit Wochen halb fertig und wir "
     "sind mit dem Fortschritt unzufrieden. Bitte erstattet uns den nicht erbrachten Teil.\n\nGruß\nAndreas Mayr\n",
     "2025-09-26 12:00", DE)
case("o08-meilenstein-laufend", ["o08-meilenstein-laufend"], OWB, "decided",
     "O3: milestone in_progress: escalate (value of work not started needs a person), no amount.",
     [refund("escalate", None)])

mail("o09-meilenstein-abgenommen", "Musikschule Klang <verwaltung@musikschule-klang.ch>", OW,
     "Rückforderung OWD-2025-310",
     "Grüezi\n\nWir haben den Meilenstein OWD-2025-310 im August abgenommen, aber im Nachhinein gefällt dem Vorstand "
     "das Design nicht mehr. Wir bitten um Rückzahlung.\n\nFreundliche Grüsse\nVerwaltung Musikschule Klang\n",
     "2025-09-22 09:00", DE)
case("o09-meilenstein-abgenommen", ["o09-meilenstein-abgenommen"], OWB, "decided",
     "O3/O6: milestone approved: deny.",
     [refund("deny")])

mail("o10-retainer-kuendigung", "Autohaus Kern Marketing <marketing@autohaus-kern.de>", OW,
     "Kündigung SEO-Retainer OWD-2025-311",
     "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den SEO-Retainer für das Projekt SEO Autohaus Kern "
     "(Rechnung OWD-2025-311). Grund: Unser Marketingbudget für Q4 wurde vom Konzern gestrichen.\n\n"
     "Mit freundlichen Grüßen\nJulia Kern\n",
     "2025-09-26 10:00", DE)
case("o10-retainer-kuendigung", ["o10-retainer-kuendigung"], OWB, "decided",
     "O4/O8: next_billing_at 2025-10-15; 2025-10-15 - 7 = 2025-10-08 >= request 2025-09-26: cancel effective the day before, 2025-10-14.",
     [cancel("2025-10-14")])

mail("o11-retainer-kurzfristig", "Café Anker <hallo@cafe-anker.de>", OW,
     "kündigung pflegevertrag",
     "hi ihr lieben, wir machen das café zum jahresende zu und brauchen die website-pflege nicht mehr, bitte "
     "kündigen (rechnung OWD-2025-312, projekt Café Anker Pflege). lg jenny\n",
     "2025-09-29 15:00", DE)
case("o11-retainer-kurzfristig", ["o11-retainer-kurzfristig"], OWB, "decided",
     "O4: next_billing_at 2025-10-03; notice needed by 2025-09-26, request 2025-09-29: next cycle 2025-10-03..2025-11-02 billed, effective 2025-11-02.",
     [cancel("2025-11-02")])

mail("o12-retainer-mitternacht", "Zahnlabor Roth <info@zahnlabor-roth.ch>", OW,
     "Kündigung Social-Media-Betreuung",
     "Grüezi\n\nWir künden die Social-Media-Betreuung (Zahnlabor Roth Social Media, OWD-2025-313), da wir neu eine "
     "Mitarbeiterin dafür angestellt haben.\n\nFreundliche Grüsse\nBeat Roth\n",
     "2025-09-29 21:00", DE)
case("o12-retainer-mitternacht", ["o12-retainer-mitternacht"], OWB, "decided",
     "O4 in IST: next_billing_at 2025-10-06, notice needed by 2025-09-29; email 2025-09-29 21:00+02:00 = 2025-09-30 00:30 IST: too late, next cycle 2025-10-06..2025-11-05 billed, effective 2025-11-05.",
     [cancel("2025-11-05")])

mail("o13-retainer-vorausbezahlt", "Modehaus Lind <marketing@modehaus-lind.de>", OW,
     "Kündigung Social Media Retainer",
     "Hallo Optima-Team,\n\nwir kündigen den Social-Media-Retainer (Modehaus Lind Social Media). Wir haben aus "
     "Versehen schon den Oktober vorausbezahlt (OWD-2025-315), der Laden wird aber umgebaut und bleibt bis "
     "Dezember zu.\n\nViele Grüße\nSophie Lind\n",
     "2025-09-27 11:00", DE)
case("o13-retainer-vorausbezahlt", ["o13-retainer-vorausbezahlt"], OWB, "decided",
     "Section 8 retainer paid in advance: the next cycle (2025-10-10..11-09, OWD-2025-315) is paid and notice >= 7 days (09-27 <= 10-03): cancellation escalate.",
     [cancel(None, "escalate")], extra_ok=True)

mail("o14-hosting-rundung", "Ferienwohnung Seeblick <vermietung@seeblick-fewo.at>", OW,
     "Hosting kündigen + Erstattung OWD-2025-316",
     "Liebes Team,\n\nwir verkaufen die Ferienwohnung und brauchen daher das Hosting (Ferienwohnung Seeblick) nicht "
     "mehr. Bitte kündigen und den anteiligen Betrag erstatten. Das Hosting läuft seit 18.9.\n\nLG Maria Egger\n",
     "2025-09-25 09:00", DE)
case("o14-hosting-rundung", ["o14-hosting-rundung"], OWB, "decided",
     "O5: request day 7 of service_start 2025-09-18; (13845.06 - 1500.00) = 12345.06; 12345.06 - 12345.06/12 x 1 = 11316.305 -> half-up 11316.31 (C6).",
     [refund("approve", "11316.31")], extra_ok=True)

mail("o15-wartung-tag14", "IT Steuerkanzlei Albrecht <it@stb-albrecht.de>", OW,
     "Wartungsvertrag OWD-2025-317 Rücktritt",
     "Guten Tag,\n\nwir haben einen IT-Dienstleister mit Rundum-Paket beauftragt, der die Wartung unserer Website "
     "mit übernimmt. Daher möchten wir vom Wartungsvertrag Steuerkanzlei Albrecht Wartung zurücktreten und bitten "
     "um anteilige Erstattung.\n\nMit freundlichen Grüßen\nIT-Abteilung\n",
     "2025-09-26 08:00", DE)
case("o15-wartung-tag14", ["o15-wartung-tag14"], OWB, "decided",
     "O5 edge: service_start 2025-09-12 is day 0, request 2025-09-26 11:30 IST = day 14, inside; 9999.00 - 0 - 833.25 x 1 = 9165.75.",
     [refund("approve", "9165.75")], extra_ok=True)

mail("o16-hosting-zu-spaet", "Hundeschule Pfote <info@hundeschule-pfote.de>", OW,
     "Hosting Erstattung",
     "Hallo,\n\nwir ziehen mit der Website zu einem Baukasten-Anbieter um, der günstiger ist. Bitte das Jahreshosting "
     "(OWD-2025-318) anteilig erstatten.\n\nWuff & Gruß\nSilke\n",
     "2025-09-22 10:00", DE)
case("o16-hosting-zu-spaet", ["o16-hosting-zu-spaet"], OWB, "decided",
     "O5: service_start 2025-09-01, request 2025-09-22 = day 21 > 14: refund deny.",
     [refund("deny")], extra_ok=True)

mail("o17-hosting-vor-start", "Brauerei Adler <web@brauerei-adler.de>", OW,
     "Storno Hosting Brauerei Adler Relaunch",
     "Servus Optima,\n\ndas Jahreshosting (OWD-2025-319) startet ja erst am 1. Oktober. Wir bleiben nach "
     "Rücksprache mit der IT doch bei unserem bisherigen Hoster, bitte stornieren und erstatten.\n\nProst\nMax Adler\n",
     "2025-09-24 09:00", DE)
case("o17-hosting-vor-start", ["o17-hosting-vor-start"], OWB, "decided",
     "O5 before the service starts (section 8): consumed_months = 1; (18000 - 2500) = 15500; 15500 - 1291.666.. = 14208.333.. -> 14208.33.",
     [refund("approve", "14208.33")], extra_ok=True)

mail("o18-domain-ssl", "Yogastudio Lotus <studio@lotus-yoga.ch>", OW,
     "Domain und SSL zurück",
     "Grüezi\n\nIhr habt uns für Domain und SSL-Zertifikat 4'500 verrechnet (OWD-2025-320). Wir haben die Domain "
     "schon bei Hostpoint, das war also unnötig. Bitte zurückerstatten.\n\nNamaste\nCorinne\n",
     "2025-09-23 10:00", DE)
case("o18-domain-ssl", ["o18-domain-ssl"], OWB, "decided",
     "O6: third_party (domain, SSL): deny, 'Non-refundable items'.",
     [refund("deny")])

mail("o19-expresszuschlag", "Metzgerei Huber <shop@metzgerei-huber.at>", OW,
     "Expresszuschlag retour",
     "Grüß Gott,\n\nden Expresszuschlag (OWD-2025-321) wollen wir zurück, weil der Shop dann eh erst zwei Tage "
     "später online gegangen ist als versprochen.\n\nMfG Franz Huber\n",
     "2025-09-25 10:00", DE)
case("o19-expresszuschlag", ["o19-expresszuschlag"], OWB, "decided",
     "O6: rush fee never refundable: deny.",
     [refund("deny")])

mail("o20-change-request", "Elektro Sommer <buero@elektro-sommer.de>", OW,
     "Änderungswunsch OWD-2025-322 erstatten",
     "Hallo,\n\nfür die zusätzliche Unterseite 'Photovoltaik' habt ihr 6.000 berechnet (OWD-2025-322). Wir "
     "nehmen die Seite jetzt doch wieder raus, bitte Geld zurück.\n\nGruß Martin Sommer\n",
     "2025-09-26 10:00", DE)
case("o20-change-request", ["o20-change-request"], OWB, "decided",
     "O6: change_request outside the original scope: deny.",
     [refund("deny")])

mail("o21-kuendigung-ohne-grund", "Gärtnerei Rosen <gaertnerei@rosen-gruen.de>", OW,
     "Kündigung",
     "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Vertrag Gärtnerei Rosen Website, Rechnung "
     "OWD-2025-325.\n\nBitte bestätigen Sie den Eingang dieser Kündigung.\n\nMit freundlichen Grüßen\n"
     "Gärtnerei Rosen GbR\nInh. Petra und Klaus Rosen\n",
     "2025-09-19 10:00", DE)
case("o21-kuendigung-ohne-grund", ["o21-kuendigung-ohne-grund"], OWB, "need_info",
     "Section 8: Optima requires a reason for cancellations too; contract email = sender, project and invoice given: ask for the reason only.",
     missing=["reason"])

m2 = mail("o22a-wg-eigene-mail", "Kita Sonnenschein <leitung@kita-sonnenschein.de>", OW,
          "Fwd: Anzahlung Kita Portal",
          "Bitte siehe unten, die Mail ging an die falsche Adresse.\n\n---------- Weitergeleitete Nachricht ---------\n"
          "Von: Kita Sonnenschein <leitung@kita-sonnenschein.de>\nDatum: Sa., 27. Sept. 2025 um 09:10 Uhr\n"
          "Betreff: Anzahlung Kita Portal\nAn: <info@optimawebdesign.de>\n\nHallo, bitte erstatten Sie die Anzahlung "
          "OWD-2025-323 für das Kita Sonnenschein Portal. Danke!\n",
          "2025-09-27 09:30", DE)
mail("o22b-grund", "Kita Sonnenschein <leitung@kita-sonnenschein.de>", OW,
     "Re: Fwd: Anzahlung Kita Portal [OWD-3120]",
     "Guten Tag,\n\nder Träger hat die Finanzierung des Portals nicht genehmigt, deshalb können wir das Projekt nicht "
     "beauftragen.\n\nFreundliche Grüße\nAnja Becker, Kitaleitung\n\n> Bitte nennen Sie uns den Grund ...\n",
     "2025-09-29 08:00", DE, reply=("<OWD-3120.ask@optimawebdesign.com>", [m2, "<OWD-3120.ask@optimawebdesign.com>"]))
case("o22-wg-siehe-unten", ["o22a-wg-eigene-mail"], OWB, "need_info",
     "Forward of the customer's own mail: 'Bitte siehe unten' and the restated request are no reason (section 8): ask for the reason.",
     missing=["reason"])
case("o22-thread-grund", ["o22a-wg-eigene-mail", "o22b-grund"], OWB, "decided",
     "C3 thread: reason added; request time = first email 2025-09-27 09:30+02:00 = 13:00 IST, 27 h after the deposit paid 2025-09-26 10:00, no work started: O2 approve 15000.00.",
     [refund("approve", "15000.00")])

mail("o23-privatadresse", "Stefan Blitz <stefan.blitz@gmx.at>", OW,
     "Anzahlung Fahrschule Blitz Relaunch OWD-2025-324",
     "Hallo,\n\nich schreibe vom Handy mit meiner privaten Adresse. Wir wollen die Anzahlung OWD-2025-324 für den "
     "Relaunch zurück, die Fahrschule wird verkauft. Vertragsadresse ist info@fahrschule-blitz.at.\n\nStefan\n",
     "2025-09-25 18:00", DE)
case("o23-privatadresse", ["o23-privatadresse"], OWB, "need_info",
     "C2 (explicit for Optima): sender stefan.blitz@gmx.at is not the contract email info@fahrschule-blitz.at: ask for the request from it, disclose nothing.",
     rules=["C2"])

mail("o24-kreditkarte-rueckbuchung", "Fahrschule Blitz <info@fahrschule-blitz.at>", OW,
     "Anzahlung OWD-2025-324 - Rückbuchung",
     "Sehr geehrte Damen und Herren,\n\nich habe heute schon von der Privatadresse geschrieben. Die Fahrschule wird "
     "verkauft, wir brauchen den Relaunch nicht. Bitte die Anzahlung OWD-2025-324 sofort erstatten, sonst veranlasse "
     "ich eine Rückbuchung über meine Kreditkartenfirma.\n\nStefan Blitz\n",
     "2025-09-25 18:20", DE)
case("o24-kreditkarte-rueckbuchung", ["o24-kreditkarte-rueckbuchung"], OWB, "decided",
     "C4: chargeback threat via the card company: escalate (although O2 alone would approve: 2025-09-25 18:20+02:00 = 21:50 IST, 33 h 50 min after payment).",
     [refund("escalate", None)], rules=["C4"])

mail("o25-eigene-adresse", "Optima WebDesign <optimawebdesigns12@gmail.com>", "billing@optimawebdesign.com",
     "Kündigung Café Anker - bitte prüfen",
     "Interne Notiz: Kundin Café Anker hat gekündigt, bitte Vertrag prüfen und Erstattung vorbereiten.\n",
     "2025-09-29 16:00", "+05:30")
case("o25-eigene-adresse", ["o25-eigene-adresse"], OWB, "ignore",
     "C7: mail from the brand's own address is never answered: ignore.", rules=["C7"])

mail("o26-falsche-marke", "Katrin Brandt <k.brandt@brandt-immobilien.de>", "billing@optimawebdesign.com",
     "Doppelte Abbuchung LO-INV-81002",
     "Hallo,\n\nmein Jahresabo wurde doppelt abgebucht (LO-INV-81002), bitte erstatten Sie die zweite Zahlung.\n\n"
     "Katrin Brandt\n",
     "2025-09-24 09:20", DE)
case("o26-falsche-marke", ["o26-falsche-marke"], OWB, "need_info",
     "Section 8 other brand's customer: C1 picks Optima (To billing@optimawebdesign.com); the sender is unknown in Optima's ledger: C2/C3, nothing approved.",
     rules=["C2"])

write({"customers": customers, "projects": projects, "payments": payments})
