"""Held-out round fresh14: generator (stdlib only, deterministic).

Written by a QA pass from POLICY_SPEC.md alone; MIT licence like the project.
Run `python3 make_cases.py` in this folder: it writes ledger.json, emails/*.eml, expected.json.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
OWD_TO2 = "billing@optimawebdesign.com"

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES: list[dict] = []
EMAILS: dict[str, bytes] = {}


def dt(s: str) -> datetime:
    """'2025-09-22 09:14 +0200' -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def ist_date(s: str) -> date:
    return dt(s).astimezone(IST).date()


def days(paid_local: str, mail: str) -> int:
    """Calendar days from a ledger local date-time/date (IST) to the mail's IST date."""
    return (ist_date(mail) - date.fromisoformat(paid_local[:10])).days


def hours(paid_local: str, mail: str) -> float:
    p = datetime.fromisoformat(paid_local).replace(tzinfo=IST)
    return (dt(mail) - p).total_seconds() / 3600


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owdpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
           next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": period_start, "period_end": period_end,
                               "milestone_status": milestone_status})


def mail(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None):
    """Build one .eml; returns (relative path, Message-ID). reply_to = Message-ID answered."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt(when))
    dom = frm.split("@")[-1].strip(">") if "@" in frm else "localhost"
    mid = f"<{name}.{dt(when).strftime('%Y%m%d%H%M')}@{dom}>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if body is not None and html is not None:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    if msg.is_multipart():
        msg.set_boundary(f"=_fresh14_{name}")  # fixed boundary: the output is deterministic
    rel = f"emails/{name}.eml"
    EMAILS[rel] = msg.as_bytes()
    return rel, mid


def case(cid, lang, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None, title=""):
    c = {"id": f"{lang}-{cid}", "lang": lang, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_title"] = title
    CASES.append(c)


def R(outcome, amount=None, **kw):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    d.update(kw)
    return d


def C(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def write_all(lang):
    ids = [p["id"] for p in LEDGER["payments"]]
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "duplicate id/invoice"
    assert len({c["id"] for c in CASES}) == len(CASES)
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    for rel, data in EMAILS.items():
        (HERE / rel).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    out = [{k: v for k, v in c.items() if not k.startswith("_")} for c in CASES]
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    return out

L = "de"
LO, OWD = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate inside the window, formal Sie, Germany
cust("buchhaltung@kaltenbach-sanitaer.de", "Kaltenbach Sanitär GmbH", "monthly", "2025-09-16", "2025-10-15")
lopay("pay_de_7101", "LO-INV-71101", "buchhaltung@kaltenbach-sanitaer.de", "monthly", "1499.00", "269.82",
      "2025-09-16T08:40:00", "2025-09-16", "2025-10-15")
lopay("pay_de_7102", "LO-INV-71102", "buchhaltung@kaltenbach-sanitaer.de", "monthly", "1499.00", "269.82",
      "2025-09-16T08:41:00", "2025-09-16", "2025-10-15")
w = "2025-09-19 09:12 +0200"; assert days("2025-09-16", w) == 3
f, _ = mail("l01-doppelt", "Buchhaltung Kaltenbach <buchhaltung@kaltenbach-sanitaer.de>", LO_TO,
            "Doppelte Belastung Monatsabo – Rechnung LO-INV-71102", w,
            "Sehr geehrte Damen und Herren,\n\nbeim Abgleich unserer Kontoauszüge ist uns aufgefallen, dass der "
            "Monatsbeitrag für September zweimal eingezogen wurde (16.09., jeweils 1.499,00 INR zzgl. MwSt.). "
            "Die zweite Buchung gehört zur Rechnung LO-INV-71102.\n\nWir bitten um Rückerstattung des doppelt "
            "abgebuchten Betrags auf das ursprüngliche Zahlungsmittel.\n\nMit freundlichen Grüßen\n\n"
            "i. A. Monika Freisleben\nBuchhaltung\nKaltenbach Sanitär GmbH · Industriestr. 12 · 72760 Reutlingen\n"
            "Geschäftsführer: Jörg Kaltenbach · HRB 351209 Amtsgericht Stuttgart\n")
case("l01-doppelt-abgebucht", L, [f], LO, "decided", [R("approve", "1499.00")],
     spec="L2 duplicate_payment; two paid monthly charges 1499.00 same period 2025-09-16..2025-10-15; request "
          "2025-09-19 = day 3 -> L3 inside; L4 approve the duplicate's amount 1499.00 (before tax, C6)",
     title="duplicate monthly charge, formal Sie, day 3 -> approve 1499.00")

# l02 duplicate on day 7 exactly, Austria
cust("office@gasthof-brandstaetter.at", "Gasthof Brandstätter", "quarterly", "2025-09-15", "2025-12-14")
lopay("pay_de_7103", "LO-INV-71103", "office@gasthof-brandstaetter.at", "quarterly", "3999.00", "719.82",
      "2025-09-15T10:05:00", "2025-09-15", "2025-12-14")
lopay("pay_de_7104", "LO-INV-71104", "office@gasthof-brandstaetter.at", "quarterly", "3999.00", "719.82",
      "2025-09-15T10:07:00", "2025-09-15", "2025-12-14")
w = "2025-09-22 11:00 +0200"; assert days("2025-09-15", w) == 7
f, _ = mail("l02-tag7", "Gasthof Brandstätter <office@gasthof-brandstaetter.at>", LO_TO,
            "Quartalsabo 2x verrechnet", w,
            "Grüß Gott,\n\nbei uns wurde das Quartalsabo am 15. Sept. gleich zweimal verrechnet, am Kontoauszug "
            "stehen zwei idente Beträge über je 3.999,00. Die zweite Rechnung hat die Nummer LO-INV-71104.\n"
            "Ich ersuche höflich um Rücküberweisung des zweiten Betrags.\n\nMit besten Grüßen aus dem Pinzgau\n"
            "Theresia Brandstätter\n")
case("l02-zweimal-verrechnet-tag7", L, [f], LO, "decided", [R("approve", "3999.00")],
     spec="L2 duplicate; pair 3999.00 same period; charged 2025-09-15 (day 0), request 2025-09-22 14:30 IST = day 7: "
          "'day 7 is inside' (L3) -> L4 approve 3999.00",
     title="Austrian 'zweimal verrechnet', day 7 edge -> approve 3999.00")

# l03 duplicate, day 8 only because of the time zone, Switzerland
cust("r.gantenbein@treuhand-gantenbein.ch", "Reto Gantenbein", "annual", "2025-09-10", "2026-09-09")
lopay("pay_de_7105", "LO-INV-71105", "r.gantenbein@treuhand-gantenbein.ch", "annual", "11988.00", "2157.84",
      "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
lopay("pay_de_7106", "LO-INV-71106", "r.gantenbein@treuhand-gantenbein.ch", "annual", "11988.00", "2157.84",
      "2025-09-10T10:02:00", "2025-09-10", "2026-09-09")
w = "2025-09-17 22:15 +0200"; assert days("2025-09-10", w) == 8
f, _ = mail("l03-zeitzone", "Reto Gantenbein <r.gantenbein@treuhand-gantenbein.ch>", LO_TO,
            "Jahresabo doppelt belastet", w,
            "Grüezi\n\nIhr habt mir das Jahresabo am 10.9. zweimal belastet (2 x 11'988.00). Rechnungsnummer der "
            "zweiten Belastung: LO-INV-71106. Bitte schreibt mir den doppelten Betrag gut.\n\nFreundliche Grüsse\n"
            "Reto Gantenbein\nTreuhand Gantenbein AG, Chur\n")
case("l03-doppelt-tag8-zeitzone", L, [f], LO, "decided", [R("deny")],
     spec="L2 duplicate, but Date 2025-09-17 22:15 +0200 = 2025-09-18 01:45 Asia/Kolkata; charge day 0 2025-09-10 "
          "-> day 8 > 7 -> L3 deny (windows count dates in the brand's zone, section 1)",
     title="Swiss duplicate, sent late evening: day 8 in IST -> deny (L3)")

# l04 duplicate claimed, ledger has a single charge -> escalate
cust("jonas.peters93@gmail.com", "Jonas Peters", "monthly", "2025-09-25", "2025-10-24")
lopay("pay_de_7107", "LO-INV-71107", "jonas.peters93@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-25T19:20:00", "2025-09-25", "2025-10-24")
w = "2025-09-26 23:40 +0530"
f, _ = mail("l04-kein-paar", "Jonas Peters <jonas.peters93@gmail.com>", LO_TO, "zweimal abgebucht??", w,
            "hey leute,\n\nbei mir is die kohle zweimal von der kreditkarte runter, einmal pending einmal gebucht "
            "glaub ich. rechnung ist inv 71107 bzw LO INV-71107. bitte das doppelte zurueck, danke\n\njonas\n\n"
            "Von meinem iPhone gesendet\n")
case("l04-doppelt-ohne-paar", L, [f], LO, "decided", [R("escalate")],
     spec="L2 duplicate claimed, day 1 inside L3; ledger shows only one paid charge for the period -> L4 'no such "
          "pair in the ledger: escalate'",
     title="casual, no umlauts, claims double charge, ledger has one -> escalate")

# l05 changed mind, refund only -> deny L1
cust("info@physio-am-dom.de", "Physio am Dom", "annual", "2025-09-23", "2026-09-22")
lopay("pay_de_7108", "LO-INV-71108", "info@physio-am-dom.de", "annual", "11988.00", "2157.84",
      "2025-09-23T12:00:00", "2025-09-23", "2026-09-22")
w = "2025-09-24 16:30 +0200"
f, _ = mail("l05-umentschieden", "Praxis Physio am Dom <info@physio-am-dom.de>", LO_TO,
            "Erstattung Jahreslizenz LO-INV-71108", w,
            "Hallo zusammen,\n\nwir haben gestern das Jahrespaket gebucht. Nach Rücksprache im "
            "Team haben wir uns aber anders entschieden – das Tool passt einfach nicht zu unseren Abläufen in der "
            "Praxis. Könnten Sie uns die 11.988 bitte zurückerstatten?\n\nViele Grüße aus Köln\nSandra Oberländer\n")
case("l05-umentschieden", L, [f], LO, "decided", [R("deny")],
     spec="refund, reason 'changed our minds / does not fit' is none of L2's exceptions -> L1 deny (cancellation "
          "offered in the reply, no cancellation intent asked)",
     title="changed mind on annual plan (refund only) -> deny L1")

# l06 unused days refund + cancel
cust("kontakt@yogaloft-leipzig.de", "Yogaloft Leipzig", "monthly", "2025-09-12", "2025-10-11")
lopay("pay_de_7109", "LO-INV-71109", "kontakt@yogaloft-leipzig.de", "monthly", "1499.00", "269.82",
      "2025-09-12T07:30:00", "2025-09-12", "2025-10-11")
w = "2025-09-18 10:05 +0200"
f, _ = mail("l06-resttage", "Yogaloft Leipzig <kontakt@yogaloft-leipzig.de>", LO_TO,
            "Kündigung + anteilige Erstattung", w,
            "Liebes LeadsOptima-Team,\n\nwir schließen das Studio Ende des Monats, daher bitte ich um Kündigung "
            "unseres Monatsabos. Da wir den Rest des Zeitraums nicht mehr nutzen werden, hätte ich gern die "
            "restlichen Tage anteilig erstattet (Rechnung LO-INV-71109).\n\nNamaste & liebe Grüße\nKatrin Wendt\n")
case("l06-resttage-und-kuendigung", L, [f], LO, "decided",
     [R("deny"), C("cancel", "2025-10-11")],
     spec="refund for unused days -> L1 deny ('no partial refunds for unused days'); cancellation -> L8 cancel, "
          "effective current_period_end 2025-10-11",
     title="pro-rata refund for unused days + cancel -> deny + cancel 2025-10-11")

# l07 access failure inside -> escalate
cust("marketing@vogt-elektro.de", "Vogt Elektrotechnik", "monthly", "2025-09-20", "2025-10-19")
lopay("pay_de_7110", "LO-INV-71110", "marketing@vogt-elektro.de", "monthly", "1499.00", "269.82",
      "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
w = "2025-09-24 14:20 +0200"
f, _ = mail("l07-kein-login", "Lena Vogt <marketing@vogt-elektro.de>", LO_TO,
            "Login geht seit Montag nicht – Geld zurück bitte", w,
            "Hallo,\n\nseit Montag komme ich nicht mehr in mein Dashboard, nach dem Login dreht sich nur das "
            "Ladesymbol und dann kommt ein weißer Screen. Euer Support-Chat hat mir zwar ein Ticket aufgemacht, "
            "aber es hat sich nichts getan. So kann ich keine Kampagnen fahren.\n\nIch möchte deshalb die Gebühr "
            "für diesen Monat zurück (LO-INV-71110).\n\nBeste Grüße\nLena Vogt\nVogt Elektrotechnik\n")
case("l07-zugang-geht-nicht", L, [f], LO, "decided", [R("escalate")],
     spec="L2 access_failure (cannot get into the dashboard); charge 2025-09-20, request day 4 inside L3 -> L6 escalate",
     title="cannot log in since Monday, refund inside window -> escalate L6")

# l08 access failure outside window -> deny
cust("t.hinterseer@hinterseer-bau.at", "Thomas Hinterseer", "monthly", "2025-09-01", "2025-09-30")
lopay("pay_de_7111", "LO-INV-71111", "t.hinterseer@hinterseer-bau.at", "monthly", "1499.00", "269.82",
      "2025-09-01T11:00:00", "2025-09-01", "2025-09-30")
w = "2025-09-15 08:45 +0200"; assert days("2025-09-01", w) == 14
f, _ = mail("l08-zugang-spaet", "Thomas Hinterseer <t.hinterseer@hinterseer-bau.at>", LO_TO,
            "Kein Zugriff – Rückerstattung", w,
            "Servus,\n\ndie Plattform lädt bei mir seit Anfang des Monats nicht, ich hab also den ganzen September "
            "nix davon gehabt. Bitte die Septembergebühr retour, Rechnung LO-INV-71111.\n\nLG Thomas\n")
case("l08-zugang-tag14", L, [f], LO, "decided", [R("deny")],
     spec="L2 access_failure, but charge 2025-09-01, request 2025-09-15 = day 14 > 7 -> L3 deny",
     title="Austrian 'Plattform lädt nicht', day 14 -> deny L3")

# l09 wrong plan charged -> billing error escalate
cust("growth@flinkbox.io", "Flinkbox GmbH", "monthly", "2025-09-22", "2026-09-21")
lopay("pay_de_7112", "LO-INV-71112", "growth@flinkbox.io", "annual", "11988.00", "2157.84",
      "2025-09-22T15:00:00", "2025-09-22", "2026-09-21")
w = "2025-09-25 10:30 +0200"
f, _ = mail("l09-falscher-plan", "Niklas Brandt | Flinkbox <growth@flinkbox.io>", LO_TO,
            "Billing-Fehler: Annual statt Monthly abgerechnet (LO-INV-71112)", w,
            "Hi Team,\n\nkurzes Heads-up: wir haben beim Upgrade ganz klar den Monthly-Plan ausgewählt, abgebucht "
            "wurde aber der Annual-Plan mit 11.988 INR. Das ist nicht der Betrag, den wir im Checkout gesehen haben. "
            "Bitte die Differenz bzw. den falschen Betrag refunden und uns korrekt auf Monthly umstellen.\n\nCheers\n"
            "Niklas\n--\nNiklas Brandt · Head of Growth · Flinkbox GmbH · Berlin\n")
case("l09-annual-statt-monthly", L, [f], LO, "decided", [R("escalate")], extra_ok=True,
     spec="L2 billing_error (charged for the wrong plan); day 3 inside L3 -> L5 escalate. extra_ok: 'auf Monthly "
          "umstellen' is a plan change, not a cancellation, but a bot reading it as one is not judged here",
     title="Denglisch: Annual charged instead of Monthly -> escalate L5")

# l10 past event: cancelled, charged anyway
cust("anja.koehler@web.de", "Anja Köhler", "monthly", "2025-09-18", "2025-10-17", status="active")
lopay("pay_de_7113", "LO-INV-71113", "anja.koehler@web.de", "monthly", "1499.00", "269.82",
      "2025-09-18T06:00:00", "2025-09-18", "2025-10-17")
w = "2025-09-19 07:55 +0200"
f, _ = mail("l10-trotz-kuendigung", "Anja Köhler <anja.koehler@web.de>", LO_TO,
            "Abbuchung trotz Kündigung!", w,
            "Guten Morgen,\n\nich habe am 14.09. über mein Konto gekündigt, die Bestätigung kam auch per Mail. "
            "Trotzdem wurden mir gestern wieder 1.499 + MwSt abgezogen (Rechnung LO-INV-71113). Ich erwarte, dass "
            "Sie mir das Geld umgehend zurückzahlen.\n\nAnja Köhler\n")
case("l10-abbuchung-nach-kuendigung", L, [f], LO, "decided", [R("escalate")],
     spec="past event: 'cancelled on 14.09., charged anyway' = L2 billing_error; day 1 inside -> L5 escalate; "
          "the past cancellation is not a new cancellation request",
     title="charged after I cancelled on the 14th -> escalate L5")

# l11 negation: no refund, just cancel
cust("s.yilmaz@yilmaz-immobilien.de", "Serkan Yilmaz", "quarterly", "2025-08-01", "2025-10-31")
lopay("pay_de_7114", "LO-INV-71114", "s.yilmaz@yilmaz-immobilien.de", "quarterly", "3999.00", "719.82",
      "2025-08-01T09:00:00", "2025-08-01", "2025-10-31")
w = "2025-09-23 17:10 +0200"
f, _ = mail("l11-nur-kuendigen", "Serkan Yilmaz <s.yilmaz@yilmaz-immobilien.de>", LO_TO,
            "Kündigung Quartalsabo", w,
            "Hallo,\n\nbitte kündigen Sie mein Abo zum nächstmöglichen Termin. Geld zurück will ich nicht, das "
            "laufende Quartal nutze ich noch bis zum Ende.\n\nGruß\nS. Yilmaz\nYilmaz Immobilien · Duisburg\n")
case("l11-kein-geld-nur-kuendigen", L, [f], LO, "decided", [C("cancel", "2025-10-31")],
     spec="'Geld zurück will ich nicht' negates a refund (section 8); cancellation -> L8 effective current_period_end "
          "2025-10-31; reason not required for LO cancellations",
     title="negation 'Geld zurück will ich nicht', just cancel -> cancel 2025-10-31")

# l12 cancel, effective date from fallback (no current period in ledger)
cust("hallo@kaffeerad-hamburg.de", "Kaffeerad Hamburg", "monthly")
lopay("pay_de_7115", "LO-INV-71115", "hallo@kaffeerad-hamburg.de", "monthly", "1499.00", "269.82",
      "2025-09-07T12:30:00", "2025-09-07", None)
w = "2025-09-21 13:00 +0200"
f, _ = mail("l12-fallback", "Kaffeerad Hamburg <hallo@kaffeerad-hamburg.de>", LO_TO, "Abo beenden", w,
            "Moin!\n\nWir machen die Saison dicht und brauchen eure Leads erst mal nicht mehr. Kündigt bitte unser "
            "Monatsabo. Danke euch!\n\nHenrik vom Kaffeerad\n")
case("l12-kuendigung-ohne-periodenende", L, [f], LO, "decided", [C("cancel", "2025-10-06")],
     spec="L8: no current_period_end in the ledger -> last charge 2025-09-07 + 1 month - 1 day = 2025-10-06",
     title="Hamburg 'Moin', monthly cancel, fallback date -> cancel 2025-10-06")

# l13 trial account asks refund -> deny L7
cust("lisa.brenner@outlook.de", "Lisa Brenner", None, status="trial", trial_ends="2025-10-04")
w = "2025-09-27 11:25 +0200"
f, _ = mail("l13-trial", "Lisa Brenner <lisa.brenner@outlook.de>", LO_TO, "Abbuchung im Testzeitraum?", w,
            "Hallo,\n\nich teste LeadsOptima gerade kostenlos, sehe aber auf meiner Kreditkarte eine Buchung von "
            "euch. Bitte erstattet mir das, ich habe kein Abo abgeschlossen und möchte für die Testphase nichts "
            "zahlen.\n\nLG Lisa\n")
case("l13-testphase", L, [f], LO, "decided", [R("deny")],
     spec="customer status trial (trial_ends 2025-10-04), no charges in the ledger -> L7 deny, nothing to refund. "
          "Not ambiguous (QA pass 2): L7 is the rule for exactly this case ('an account on a free trial has no "
          "charges: deny'); the invoice field exists to identify the charge (section 3), and L7 says there is none; "
          "the card entry the customer sees is an email claim the ledger does not hold (section 1)",
     title="free trial, sees a card entry, asks refund -> deny L7")

# l14 hypothetical before buying -> other
w = "2025-09-26 09:40 +0200"
f, _ = mail("l14-hypothetisch", "Carolin Ruhland <c.ruhland@ruhland-events.de>", LO_TO,
            "Frage vor dem Kauf", w,
            "Guten Tag,\n\nwir überlegen, das Quartalspaket zu buchen. Angenommen, die Lead-Qualität passt für "
            "unsere Branche (Eventtechnik) überhaupt nicht – könnten wir dann innerhalb der ersten Woche das Geld "
            "zurückbekommen, oder wie handhaben Sie das?\n\nFreundliche Grüße\nCarolin Ruhland\n")
case("l14-vorab-frage", L, [f], LO, "other",
     spec="hypothetical before buying ('Angenommen ... könnten wir dann das Geld zurückbekommen') is a policy "
          "question (section 8) -> other",
     title="prospect asks 'could we get our money back if...' -> other")

# l15 how-to -> other
cust("vertrieb@holzbau-merkle.de", "Holzbau Merkle", "annual", "2025-03-01", "2026-02-28")
lopay("pay_de_7116", "LO-INV-71116", "vertrieb@holzbau-merkle.de", "annual", "11988.00", "2157.84",
      "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
w = "2025-09-29 15:15 +0200"
f, _ = mail("l15-csv", "Vertrieb Holzbau Merkle <vertrieb@holzbau-merkle.de>", LO_TO, "CSV-Export der Leads", w,
            "Hallo,\n\nwie bekomme ich meine Leads inkl. Telefonnummern als CSV raus? Unter 'Export' finde ich nur "
            "PDF. Gibt es dafür eine Einstellung?\n\nDanke und Gruß\nMarkus Merkle\n")
case("l15-wie-export", L, [f], LO, "other", spec="how-to question, no refund or cancellation -> other",
     title="how do I export leads as CSV -> other")

# l16 C2: writes from private address, names the registered one
cust("einkauf@baeckerei-sonnleitner.de", "Bäckerei Sonnleitner", "monthly", "2025-09-20", "2025-10-19")
lopay("pay_de_7117", "LO-INV-71117", "einkauf@baeckerei-sonnleitner.de", "monthly", "1499.00", "269.82",
      "2025-09-20T05:30:00", "2025-09-20", "2025-10-19")
w = "2025-09-22 20:10 +0200"
f, _ = mail("l16-privat", "Franz Sonnleitner <franz.sonnleitner@gmx.de>", LO_TO,
            "Doppelbuchung Bäckerei Sonnleitner", w,
            "Hallo,\n\nschreibe von privat, weil ich im Büro nicht rankomme. Unser Konto läuft über "
            "einkauf@baeckerei-sonnleitner.de. Ihr habt uns den September doppelt abgebucht, Rechnung "
            "LO-INV-71117. Bitte zurück aufs Konto.\n\nFranz Sonnleitner\n")
case("l16-von-privatadresse", L, [f], LO, "need_info", rules=["C2"],
     spec="sender franz.sonnleitner@gmx.de is not the registered email einkauf@baeckerei-sonnleitner.de it names "
          "-> C2: ask to write from the address on record, no account details",
     title="writes from private GMX, names company address -> need_info C2")

# l17 refund without a reason -> need_info reason
cust("m.schaefer@schaefer-steuer.de", "Martina Schäfer", "quarterly", "2025-09-26", "2025-12-25")
lopay("pay_de_7118", "LO-INV-71118", "m.schaefer@schaefer-steuer.de", "quarterly", "3999.00", "719.82",
      "2025-09-26T09:30:00", "2025-09-26", "2025-12-25")
w = "2025-09-29 08:20 +0200"
f, _ = mail("l17-ohne-grund", "Martina Schäfer <m.schaefer@schaefer-steuer.de>", LO_TO,
            "Rückerstattung LO-INV-71118", w,
            "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich um Rückerstattung der oben genannten Rechnung.\n\n"
            "Mit freundlichen Grüßen\nMartina Schäfer\nSteuerberaterin\n\n"
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
            "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n")
case("l17-erstattung-ohne-grund", L, [f], LO, "need_info", missing=["reason"],
     spec="refund with invoice, sender verified (plan filled from ledger); only a restated request, a signature "
          "and a disclaimer -> no reason (section 8) -> C3 need_info [reason]",
     title="'hiermit bitte ich um Rückerstattung' + disclaimer, no reason -> need_info reason")

# l18 thread: reason missing, then given (duplicate) -> approve
cust("dominik@radsport-hauser.de", "Dominik Hauser", "monthly", "2025-09-24", "2025-10-23")
lopay("pay_de_7119", "LO-INV-71119", "dominik@radsport-hauser.de", "monthly", "1499.00", "269.82",
      "2025-09-24T18:00:00", "2025-09-24", "2025-10-23")
lopay("pay_de_7120", "LO-INV-71120", "dominik@radsport-hauser.de", "monthly", "1499.00", "269.82",
      "2025-09-24T18:03:00", "2025-09-24", "2025-10-23")
w1 = "2025-09-25 12:00 +0200"; w2 = "2025-09-29 19:30 +0200"
f1, m1 = mail("l18-a", "Dominik Hauser <dominik@radsport-hauser.de>", LO_TO, "Rechnung LO-INV-71120", w1,
              "Hallo, bitte die Rechnung LO-INV-71120 stornieren und das Geld zurück. Danke, Dominik\n")
f2, _ = mail("l18-b", "Dominik Hauser <dominik@radsport-hauser.de>", LO_TO, "Re: Rechnung LO-INV-71120 [LO-7120]", w2,
             "Hallo,\n\nsorry, hätte ich gleich dazuschreiben sollen: ihr habt am 24. zweimal kassiert, dreiminuten "
             "hintereinander, und die 71120 ist die zweite Buchung.\n\nGruß Dominik\n\n"
             "Am 25.09.2025 um 16:05 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
             "> Bitte nennen Sie uns den Grund Ihrer Anfrage.\n", reply_to=m1)
case("l18-grund-nachgereicht", L, [f1, f2], LO, "decided", [R("approve", "1499.00")],
     spec="first mail: refund + invoice, no reason (C3); answer gives 'zweimal kassiert' = duplicate; request time "
          "= first mail 2025-09-25 (day 1) -> L4 approve 1499.00",
     title="thread: reason missing, answer says charged twice -> approve 1499.00")

# l19 C4 bank chargeback + cancel
cust("info@zahnarzt-dr-roemer.de", "Dr. Römer", "monthly", "2025-09-21", "2025-10-20")
lopay("pay_de_7121", "LO-INV-71121", "info@zahnarzt-dr-roemer.de", "monthly", "1499.00", "269.82",
      "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
w = "2025-09-23 18:00 +0200"
f, _ = mail("l19-rueckbuchung", "Praxis Dr. Römer <info@zahnarzt-dr-roemer.de>", LO_TO,
            "Kündigung und Rückzahlung – sonst Rückbuchung", w,
            "Sehr geehrte Damen und Herren,\n\nich kündige hiermit unser Abo. Ihr Tool hat in drei Wochen keinen "
            "einzigen brauchbaren Patientenkontakt gebracht. Zahlen Sie mir die Septembergebühr "
            "(LO-INV-71121) bis Freitag zurück, andernfalls veranlasse ich eine Rückbuchung über meine Bank und "
            "übergebe die Sache meinem Anwalt.\n\nDr. med. dent. Ulrich Römer\n")
case("l19-drohung-rueckbuchung", L, [f], LO, "decided", [R("escalate"), C("escalate")], rules=["C4"],
     spec="threat of a bank chargeback ('Rückbuchung über meine Bank') and a lawyer -> C4 escalates the whole case, "
          "the cancellation included (section 8)",
     title="refund+cancel with chargeback and lawyer threat -> escalate both C4")

# l20 C7 out-of-office
w = "2025-09-24 07:00 +0200"
f, _ = mail("l20-abwesend", "Petra Lindner <p.lindner@lindner-consulting.de>", LO_TO,
            "Automatische Antwort: Ihre Rechnung LO-INV-70999", w,
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10. nicht im Büro und habe nur "
            "eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
            "office@lindner-consulting.de.\n\nMit freundlichen Grüßen\nPetra Lindner\n",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l20-abwesenheitsnotiz", L, [f], LO, "ignore", rules=["C7"],
     spec="Auto-Submitted: auto-replied -> C7 ignore", title="Abwesenheitsnotiz -> ignore C7")

# l21 HTML-only cancellation, Swiss, annual
cust("admin@velo-wyss.ch", "Velo Wyss", "annual", "2025-04-12", "2026-04-11")
lopay("pay_de_7122", "LO-INV-71122", "admin@velo-wyss.ch", "annual", "11988.00", "2157.84",
      "2025-04-12T10:00:00", "2025-04-12", "2026-04-11")
w = "2025-09-30 09:05 +0200"
f, _ = mail("l21-html", "Velo Wyss <admin@velo-wyss.ch>", LO_TO, "Kündigung Jahresabo per Ablauf", w,
            html="<html><body><p>Sehr geehrte Damen und Herren</p><p>Hiermit kündigen wir unser "
                 "<b>Jahresabonnement</b> per Ende der aktuellen Laufzeit. Wir haben intern auf ein CRM "
                 "gewechselt, das die Lead-Suche bereits enthält.</p><p>Bitte bestätigen Sie uns die Kündigung "
                 "schriftlich.</p><p>Freundliche Grüsse<br>Beat Wyss<br><i>Velo Wyss GmbH, Thun</i></p></body></html>")
case("l21-html-kuendigung", L, [f], LO, "decided", [C("cancel", "2026-04-11")],
     spec="HTML-only cancellation from the registered email -> L8 cancel, effective current_period_end 2026-04-11",
     title="HTML-only Swiss cancellation of annual plan -> cancel 2026-04-11")

# l22 forward from the registered address itself (Gmail), reason in the forwarded part -> approve
cust("kerstin.albrecht@gmail.com", "Kerstin Albrecht", "monthly", "2025-09-27", "2025-10-26")
lopay("pay_de_7123", "LO-INV-71123", "kerstin.albrecht@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
lopay("pay_de_7124", "LO-INV-71124", "kerstin.albrecht@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-27T08:00:30", "2025-09-27", "2025-10-26")
w = "2025-09-28 10:00 +0200"
f, _ = mail("l22-weiterleitung", "Kerstin Albrecht <kerstin.albrecht@gmail.com>", LO_TO,
            "Fwd: doppelte Zahlung", w,
            "Hab das aus Versehen an billing@ geschickt, hier nochmal an euch. Siehe unten.\n\n"
            "---------- Forwarded message ---------\nVon: Kerstin Albrecht <kerstin.albrecht@gmail.com>\n"
            "Date: Sa., 27. Sept. 2025 um 21:14 Uhr\nSubject: doppelte Zahlung\nTo: <billing@leadsoptima.de>\n\n\n"
            "Hallo, mein Monatsbeitrag wurde heute morgen zweimal bezahlt – ich habe wohl doppelt auf 'Jetzt "
            "zahlen' geklickt. Bitte die zweite Zahlung (LO-INV-71124) zurückerstatten. Danke! Kerstin\n")
case("l22-fwd-eigene-mail", L, [f], LO, "decided", [R("approve", "1499.00")],
     spec="forward read for the request it carries (section 8); same registered sender; 'zweimal bezahlt' = "
          "duplicate, pair in ledger, day 1 -> L4 approve 1499.00",
     title="Gmail forward of own mail, 'zweimal bezahlt' -> approve 1499.00")

# l23 list mail
w = "2025-09-25 06:00 +0200"
f, _ = mail("l23-newsletter", "Marketing Digest <news@marketing-digest.de>", LO_TO,
            "Ihr Wochen-Update: 7 Tipps für mehr Leads", w,
            "Hallo,\n\ndiese Woche: Kaltakquise per LinkedIn, Double-Opt-In richtig machen und warum Sie Ihr "
            "Abo bei teuren Tools kündigen sollten.\n\nAbmelden: https://marketing-digest.de/abmelden\n",
            headers={"List-Id": "Marketing Digest <digest.marketing-digest.de>", "Precedence": "bulk",
                     "List-Unsubscribe": "<https://marketing-digest.de/abmelden>"})
case("l23-newsletter", L, [f], LO, "ignore", rules=["C7"],
     spec="List-Id and Precedence: bulk -> C7 ignore (the word 'kündigen' in it is no request)",
     title="newsletter with List-Id mentioning 'kündigen' -> ignore C7")

# ---------------------------------------------------------------- Optima WebDesign
# o01 discovery, nothing started -> approve
proj("Weingut Haller Relaunch", "kontakt@weingut-haller.de", None)
owdpay("pay_de_8101", "OWD-2025-701", "Weingut Haller Relaunch", "discovery", "25000.00", "4500.00",
       "2025-09-18T11:00:00")
w = "2025-09-22 10:15 +0200"
f, _ = mail("o01-discovery", "Weingut Haller <kontakt@weingut-haller.de>", OWD_TO,
            "Refund Request — Weingut Haller Relaunch / OWD-2025-701", w,
            "Sehr geehrtes Optima-Team,\n\nleider hat unser Gesellschafterkreis das Budget für den Relaunch "
            "gestrichen. Den Strategie-Workshop haben wir noch nicht terminiert, es hat also noch keine Sitzung "
            "stattgefunden. Wir bitten daher um Erstattung der Discovery-Gebühr (Rechnung OWD-2025-701).\n\n"
            "Mit freundlichen Grüßen\nElisabeth Haller\nWeingut Haller · Pfalz\n")
case("o01-discovery-nicht-begonnen", L, [f], OWD, "decided", [R("approve", "25000.00")],
     spec="O1 discovery, work_started_at empty -> refundable in full: 25000.00 before tax (C6)",
     title="discovery fee, no session yet, budget cut -> approve 25000.00")

# o02 discovery after a workshop -> deny
proj("Kanzlei Obermaier Website", "sekretariat@kanzlei-obermaier.at", "2025-09-16T10:00:00")
owdpay("pay_de_8102", "OWD-2025-702", "Kanzlei Obermaier Website", "discovery", "18000.00", "3240.00",
       "2025-09-12T09:00:00")
w = "2025-09-23 14:00 +0200"
f, _ = mail("o02-discovery-begonnen", "Sekretariat Obermaier <sekretariat@kanzlei-obermaier.at>", OWD_TO,
            "Storno Strategieworkshop – OWD-2025-702", w,
            "Sehr geehrte Damen und Herren,\n\nnach dem ersten Workshop am 16. September sind wir zum Schluss "
            "gekommen, dass wir die Website doch mit unserer bisherigen Agentur umsetzen. Wir ersuchen um "
            "Rückerstattung der Strategiegebühr für das Projekt „Kanzlei Obermaier Website“.\n\n"
            "Hochachtungsvoll\nMag. Eva Obermaier\n")
case("o02-discovery-nach-workshop", L, [f], OWD, "decided", [R("deny")], extra_ok=True,
     spec="O1 discovery, work_started_at 2025-09-16 before the request 2025-09-23 -> deny; extra_ok (QA pass 2): "
          "the subject 'Storno Strategieworkshop' and moving the site to another agency may add a cancellation "
          "intent (O8), as 'annulation commande' does in fresh14_fr o03",
     title="Austrian discovery refund after first workshop -> deny O1")

# o03 deposit 48h, no work -> approve
proj("Bergbahnen Tirol Buchungsportal", "projekte@bergbahnen-alpbach.at", None)
owdpay("pay_de_8103", "OWD-2025-703", "Bergbahnen Tirol Buchungsportal", "deposit", "30000.00", "5400.00",
       "2025-09-22T12:00:00")
w = "2025-09-24 09:30 +0200"; assert hours("2025-09-22T12:00:00", w) < 72
f, _ = mail("o03-anzahlung", "Projektbüro Bergbahnen <projekte@bergbahnen-alpbach.at>", OWD_TO2,
            "Anzahlung Buchungsportal zurück", w,
            "Guten Tag,\n\nwir haben vorgestern die Anzahlung (OWD-2025-703) für das Projekt Bergbahnen Tirol "
            "Buchungsportal überwiesen. Inzwischen hat der Vorstand entschieden, das Portal über den Verbund "
            "zu beziehen, wir ziehen den Auftrag daher zurück und bitten um Rückzahlung der Anzahlung.\n\n"
            "Beste Grüße\nDI Martin Klotz\n")
case("o03-anzahlung-48h", L, [f], OWD, "decided", [R("approve", "30000.00")], extra_ok=True,
     spec="O2 deposit paid 2025-09-22 12:00 IST, request 2025-09-24 13:00 IST = 49 h < 72 h, no work started -> "
          "approve 30000.00; extra_ok (QA pass 2): 'wir ziehen den Auftrag daher zurück' withdraws the order and "
          "may add a cancellation intent (O8), as 'annulation commande' does in fresh14_fr o03",
     title="deposit withdrawn after 49 hours, board decision -> approve 30000.00")

# o04 deposit exactly 72h -> deny
proj("Metzgerei Pfister Onlineshop", "laden@metzgerei-pfister.ch", None)
owdpay("pay_de_8104", "OWD-2025-704", "Metzgerei Pfister Onlineshop", "deposit", "22000.00", "3960.00",
       "2025-09-15T14:00:00")
w = "2025-09-18 10:30 +0200"; assert hours("2025-09-15T14:00:00", w) == 72
f, _ = mail("o04-72h", "Metzgerei Pfister <laden@metzgerei-pfister.ch>", OWD_TO,
            "Rückzahlung Anzahlung Onlineshop OWD-2025-704", w,
            "Grüezi mitenand\n\nWir haben am Montag die Anzahlung für den Onlineshop (Metzgerei Pfister Onlineshop) "
            "gemacht. Mein Bruder übernimmt jetzt den Laden und will keinen Shop. Bitte zahlt uns die Anzahlung "
            "zurück, es ist ja noch nichts gemacht worden.\n\nEs Grüessli\nUrs Pfister\n")
case("o04-anzahlung-genau-72h", L, [f], OWD, "decided", [R("deny")],
     spec="O2 deposit paid 2025-09-15 14:00 IST; request 2025-09-18 10:30 +0200 = 14:00 IST = exactly 72 h, not "
          "'before 72 hours' (section 8) -> deny",
     title="Swiss deposit refund at exactly 72 h -> deny O2")

# o05 deposit within 72h but work started -> deny
proj("Autohaus Brenner Landingpages", "marketing@autohaus-brenner.de", "2025-09-24T09:00:00")
owdpay("pay_de_8105", "OWD-2025-705", "Autohaus Brenner Landingpages", "deposit", "15000.00", "2700.00",
       "2025-09-23T17:00:00")
w = "2025-09-25 11:00 +0200"
f, _ = mail("o05-arbeit-begonnen", "Autohaus Brenner Marketing <marketing@autohaus-brenner.de>", OWD_TO,
            "Projekt Autohaus Brenner Landingpages – Anzahlung", w,
            "Hallo Optima-Team,\n\ndanke für das Kick-off gestern. Wir haben aber intern nochmal gerechnet und "
            "verschieben die Landingpages aufs nächste Jahr. Bitte die Anzahlung OWD-2025-705 zurückbuchen.\n\n"
            "VG\nPatrick Brenner\n")
case("o05-anzahlung-nach-kickoff", L, [f], OWD, "decided", [R("deny")],
     spec="O2 deposit: request 2025-09-25 14:30 IST is < 72 h after payment but after work_started_at "
          "2025-09-24 09:00 -> 'whichever occurs first' -> deny",
     title="deposit within 72 h but kick-off done -> deny O2")

# o06 milestone not started -> approve
proj("Stadtwerke Gera Kundenportal", "it-projekte@stadtwerke-gera.de", "2025-08-01T09:00:00")
owdpay("pay_de_8106", "OWD-2025-706", "Stadtwerke Gera Kundenportal", "milestone", "45000.00", "8100.00",
       "2025-09-10T10:00:00", milestone_status="not_started")
w = "2025-09-24 15:00 +0200"
f, _ = mail("o06-meilenstein", "IT-Projekte Stadtwerke <it-projekte@stadtwerke-gera.de>", OWD_TO,
            "Meilenstein 3 (Schnittstellen) entfällt – OWD-2025-706", w,
            "Sehr geehrte Damen und Herren,\n\nim Projekt Stadtwerke Gera Kundenportal entfällt Meilenstein 3 "
            "(SAP-Schnittstellen), da der Netzbetreiber die Anbindung selbst übernimmt. Die Arbeiten daran haben "
            "laut Ihrem Projektplan noch nicht begonnen. Wir bitten daher um Rückerstattung der bereits "
            "gezahlten Meilensteinrate (Rechnung OWD-2025-706).\n\nMit freundlichen Grüßen\nDr. Heike Sommer\n"
            "Stadtwerke Gera AG – IT-Projektsteuerung\n")
case("o06-meilenstein-nicht-begonnen", L, [f], OWD, "decided", [R("approve", "45000.00")],
     spec="O3 milestone_status not_started -> refund the milestone's amount 45000.00 (before tax)",
     title="milestone dropped from scope, not started -> approve 45000.00")

# o07 milestone in progress -> escalate
proj("Hotel Seeblick Buchungsstrecke", "direktion@hotel-seeblick-mondsee.at", "2025-07-01T09:00:00")
owdpay("pay_de_8107", "OWD-2025-707", "Hotel Seeblick Buchungsstrecke", "milestone", "28000.00", "5040.00",
       "2025-09-01T10:00:00", milestone_status="in_progress")
w = "2025-09-26 12:00 +0200"
f, _ = mail("o07-in-arbeit", "Direktion Hotel Seeblick <direktion@hotel-seeblick-mondsee.at>", OWD_TO,
            "Buchungsstrecke – Teilrückerstattung?", w,
            "Sehr geehrtes Team,\n\ndie Umsetzung der Buchungsstrecke (Meilenstein OWD-2025-707) zieht sich, und "
            "wir haben uns entschieden, die Zahlungsanbindung doch über unseren Channel-Manager zu lösen. Für den "
            "Teil, der noch nicht gemacht wurde, hätten wir gern unser Geld zurück. Projekt: Hotel Seeblick "
            "Buchungsstrecke.\n\nHerzliche Grüße vom Mondsee\nAndrea Pointner, Direktion\n")
case("o07-meilenstein-in-arbeit", L, [f], OWD, "decided", [R("escalate")],
     spec="O3 milestone_status in_progress -> escalate (billable value of work not started needs a person)",
     title="milestone in progress, partial refund wanted -> escalate O3")

# o08 milestone approved -> deny
proj("Brauhaus Kessler Markenauftritt", "chef@brauhaus-kessler.de", "2025-06-01T09:00:00")
owdpay("pay_de_8108", "OWD-2025-708", "Brauhaus Kessler Markenauftritt", "milestone", "35000.00", "6300.00",
       "2025-08-20T10:00:00", milestone_status="approved")
w = "2025-09-22 19:45 +0200"
f, _ = mail("o08-abgenommen", "Ludwig Kessler <chef@brauhaus-kessler.de>", OWD_TO,
            "Design gefällt uns doch nicht", w,
            "Servus miteinand,\n\nich hab das Design im August zwar freigegeben, aber jetzt wo es online ist, "
            "gefällt es mir und meinen Stammgästen überhaupt nicht. Ich will das Geld für die Designphase "
            "(OWD-2025-708, Projekt Brauhaus Kessler Markenauftritt) zurück.\n\nPfiat eich\nLudwig Kessler\n")
case("o08-meilenstein-abgenommen", L, [f], OWD, "decided", [R("deny")],
     spec="O3 milestone_status approved -> deny (O6 'approved milestones' non-refundable)",
     title="Bavarian: approved design milestone, dislikes it now -> deny O3/O6")

# o09 retainer cancel with >= 7 days notice
proj("Tanzschule Kolb SEO", "info@tanzschule-kolb.de", "2025-03-01T09:00:00")
owdpay("pay_de_8109", "OWD-2025-709", "Tanzschule Kolb SEO", "retainer", "12000.00", "2160.00",
       "2025-09-10T09:00:00", next_billing_at="2025-10-10T09:00:00", period_start="2025-09-10",
       period_end="2025-10-09")
w = "2025-09-25 16:40 +0200"
f, _ = mail("o09-retainer", "Tanzschule Kolb <info@tanzschule-kolb.de>", OWD_TO,
            "Kündigung SEO-Betreuung (Tanzschule Kolb SEO, OWD-2025-709)", w,
            "Liebe Leute,\n\nwir kündigen hiermit die monatliche SEO-Betreuung für die Tanzschule Kolb. Grund: "
            "Wir ziehen in neue Räume und ab Oktober kümmert sich unsere Tochter ums Online-Marketing.\n\n"
            "Danke für die gute Zusammenarbeit!\nBirgit Kolb\n")
case("o09-retainer-fristgerecht", L, [f], OWD, "decided", [C("cancel", "2025-10-09")],
     spec="O4/O8 retainer, next_billing_at 2025-10-10; request 2025-09-25 <= 2025-10-03 (10-10 minus 7) -> no "
          "renewal, effective the day before: 2025-10-09",
     title="retainer cancelled 15 days ahead with reason -> cancel 2025-10-09")

# o10 retainer < 7 days
proj("Fitnessstudio Power Pur Social Media", "studio@powerpur-fitness.de", "2025-01-05T09:00:00")
owdpay("pay_de_8110", "OWD-2025-710", "Fitnessstudio Power Pur Social Media", "retainer", "9500.00", "1710.00",
       "2025-09-03T09:00:00", next_billing_at="2025-10-03T09:00:00", period_start="2025-09-03",
       period_end="2025-10-02")
w = "2025-09-29 11:20 +0200"
f, _ = mail("o10-retainer-kurz", "Power Pur Fitness <studio@powerpur-fitness.de>", OWD_TO,
            "kuendigung social media betreuung", w,
            "hallo, bitte die social media betreuung (Fitnessstudio Power Pur Social Media, OWD-2025-710) "
            "kuendigen, wir machen das ab sofort inhouse mit unserem neuen azubi. danke, dennis\n")
case("o10-retainer-zu-kurzfristig", L, [f], OWD, "decided", [C("cancel", "2025-11-02")],
     spec="O4 retainer next_billing_at 2025-10-03; request 2025-09-29 is after 2025-09-26 (<7 days) -> next cycle "
          "2025-10-03..2025-11-02 is billed, effective its last day 2025-11-02",
     title="no umlauts, retainer cancelled 4 days before renewal -> cancel 2025-11-02")

# o11 retainer exactly 7 days
proj("Gemeinde Wilderswil Newsletter", "kanzlei@wilderswil.ch", "2025-02-01T09:00:00")
owdpay("pay_de_8111", "OWD-2025-711", "Gemeinde Wilderswil Newsletter", "retainer", "6000.00", "1080.00",
       "2025-09-06T09:00:00", next_billing_at="2025-10-06T09:00:00", period_start="2025-09-06",
       period_end="2025-10-05")
w = "2025-09-29 10:00 +0200"
f, _ = mail("o11-retainer-7tage", "Gemeindekanzlei Wilderswil <kanzlei@wilderswil.ch>", OWD_TO,
            "Kündigung Newsletter-Betreuung", w,
            "Sehr geehrte Damen und Herren\n\nDer Gemeinderat hat beschlossen, den Newsletter ab Oktober über "
            "die kantonale Plattform zu versenden. Wir kündigen daher die Betreuung „Gemeinde Wilderswil "
            "Newsletter“ (Rechnung OWD-2025-711) auf den nächstmöglichen Zeitpunkt.\n\nFreundliche Grüsse\n"
            "Gemeindekanzlei Wilderswil\n")
case("o11-retainer-genau-7-tage", L, [f], OWD, "decided", [C("cancel", "2025-10-05")],
     spec="O4 next_billing_at 2025-10-06; request date 2025-09-29 = 2025-10-06 minus 7 -> 'on or before' -> "
          "no renewal, effective 2025-10-05",
     title="Swiss municipality, exactly 7 days' notice -> cancel 2025-10-05")

# o12 retainer next cycle already paid -> escalate
proj("Physiotherm Blog-Redaktion", "redaktion@physiotherm-wels.at", "2025-01-15T09:00:00")
owdpay("pay_de_8112", "OWD-2025-712", "Physiotherm Blog-Redaktion", "retainer", "8000.00", "1440.00",
       "2025-09-15T09:00:00", period_start="2025-09-15", period_end="2025-10-14",
       next_billing_at="2025-11-15T09:00:00")
owdpay("pay_de_8113", "OWD-2025-713", "Physiotherm Blog-Redaktion", "retainer", "8000.00", "1440.00",
       "2025-09-20T09:00:00", period_start="2025-10-15", period_end="2025-11-14",
       next_billing_at="2025-11-15T09:00:00")
w = "2025-09-26 09:00 +0200"
f, _ = mail("o12-vorausbezahlt", "Redaktion Physiotherm <redaktion@physiotherm-wels.at>", OWD_TO,
            "Blog-Redaktion beenden", w,
            "Hallo,\n\nwir haben leider schon den Oktober im Voraus bezahlt (OWD-2025-713), möchten die "
            "Blog-Redaktion (Projekt Physiotherm Blog-Redaktion) aber beenden, weil unser Marketingbudget für "
            "das vierte Quartal gekürzt wurde.\n\nLG aus Wels\nSabine Huemer\n")
case("o12-retainer-vorausbezahlt", L, [f], OWD, "decided", [C("escalate")], extra_ok=True,
     spec="O4 + section 8 'Retainer paid in advance': next cycle (2025-10-15..11-14) already paid, notice >= 7 days "
          "-> cancellation escalate; extra_ok: a refund intent for the prepaid month may be read, not judged",
     title="retainer with October prepaid, cancel -> escalate")

# o13 hosting annual within 14 days, refund + cancel
proj("Ferienhof Lindenhof Hosting", "familie@ferienhof-lindenhof.de", "2025-09-15T09:00:00")
owdpay("pay_de_8114", "OWD-2025-714", "Ferienhof Lindenhof Hosting", "hosting_annual", "18000.00", "3240.00",
       "2025-09-14T09:00:00", setup_fee="1800.00", service_start="2025-09-15")
w = "2025-09-22 18:30 +0200"; assert days("2025-09-15", w) == 7
f, _ = mail("o13-hosting", "Familie Hartl <familie@ferienhof-lindenhof.de>", OWD_TO,
            "Hosting kündigen und Erstattung – OWD-2025-714", w,
            "Grüß Gott,\n\nunser Sohn hat uns jetzt eine Website über den Tourismusverband eingerichtet, das "
            "Hosting-Paket für den Ferienhof Lindenhof Hosting brauchen wir deshalb nicht mehr. Bitte kündigen Sie "
            "es und erstatten Sie, was möglich ist.\n\nMit freundlichen Grüßen\nMaria Hartl\n")
case("o13-hosting-14-tage", L, [f], OWD, "decided", [R("approve", "14850.00"), C("cancel")],
     spec="O5 hosting_annual, service_start 2025-09-15, request day 7 <= 14: monthly_value = (18000 - 1800)/12 = "
          "1350; refund = 18000 - 1800 - 1350 x 1 = 14850.00; the cancellation ends the plan",
     title="annual hosting cancelled on day 7 -> approve 14850.00 + cancel")

# o14 maintenance after 14 days -> deny
proj("Orthopädie Dr. Vogel Wartung", "praxis@ortho-vogel.de", "2025-09-01T09:00:00")
owdpay("pay_de_8115", "OWD-2025-715", "Orthopädie Dr. Vogel Wartung", "maintenance_annual", "9600.00", "1728.00",
       "2025-09-01T09:00:00", service_start="2025-09-01")
w = "2025-09-19 12:00 +0200"; assert days("2025-09-01", w) == 18
f, _ = mail("o14-wartung-spaet", "Praxis Dr. Vogel <praxis@ortho-vogel.de>", OWD_TO,
            "Wartungsvertrag Rückerstattung", w,
            "Sehr geehrte Damen und Herren,\n\nwir wechseln zum 1.10. den Praxisverbund, der eigene IT-Leute hat. "
            "Wir bitten daher um anteilige Rückerstattung des Wartungsvertrags (Orthopädie Dr. Vogel Wartung, "
            "Rechnung OWD-2025-715). Den Vertrag brauchen wir nicht mehr.\n\nMit freundlichen Grüßen\n"
            "Dr. Klaus Vogel\n")
case("o14-wartung-nach-14-tagen", L, [f], OWD, "decided", [R("deny")], extra_ok=True,
     spec="O5 maintenance_annual, service_start 2025-09-01, request 2025-09-19 = day 18 > 14 -> deny; extra_ok: "
          "'brauchen wir nicht mehr' may be read as a cancellation, not judged",
     title="maintenance refund on day 18 -> deny O5")

# o15 hosting rounding
proj("Schreinerei Inäbnit Hosting", "werkstatt@schreinerei-inaebnit.ch", "2025-09-20T09:00:00")
owdpay("pay_de_8116", "OWD-2025-716", "Schreinerei Inäbnit Hosting", "hosting_annual", "14999.00", "2699.82",
       "2025-09-19T09:00:00", setup_fee="1500.00", service_start="2025-09-20")
w = "2025-09-26 08:10 +0200"
f, _ = mail("o15-hosting-runden", "Schreinerei Inäbnit <werkstatt@schreinerei-inaebnit.ch>", OWD_TO,
            "Refund Request — Schreinerei Inäbnit Hosting [OWD-2025-716]", w,
            "Guten Tag\n\nWir haben das Jahreshosting erst vor einer Woche gestartet, merken aber, dass unser "
            "Webbaukasten das Hosting schon enthält. Wir möchten das Jahreshosting deshalb kündigen und den "
            "anteiligen Betrag zurückerhalten.\n\nFreundliche Grüsse\nRuedi Inäbnit\n")
case("o15-hosting-rundung", L, [f], OWD, "decided", [R("approve", "12374.08"), C("cancel")],
     spec="O5: request day 6; monthly_value = (14999.00 - 1500.00)/12 = 1124.9166...; refund = 14999.00 - 1500.00 "
          "- 1124.9166... = 12374.0833... -> rounded once half-up 12374.08 (C6)",
     title="Swiss hosting, odd amount, day 6 -> approve 12374.08 + cancel")

# o16 third party: domain + SSL -> deny
proj("Reisebüro Sonnenschein Website", "buchung@reisebuero-sonnenschein.de", "2025-05-01T09:00:00")
owdpay("pay_de_8117", "OWD-2025-717", "Reisebüro Sonnenschein Website", "third_party", "4200.00", "756.00",
       "2025-09-24T09:00:00")
w = "2025-09-25 13:30 +0200"
f, _ = mail("o16-domain-ssl", "Reisebüro Sonnenschein <buchung@reisebuero-sonnenschein.de>", OWD_TO,
            "Domain + SSL Verlängerung zurück?", w,
            "Hallo,\n\nihr habt gestern die Domain und das SSL-Zertifikat für ein weiteres Jahr verlängert "
            "(OWD-2025-717, Projekt Reisebüro Sonnenschein Website). Das hätten wir gar nicht mehr gebraucht, weil "
            "wir die Domain zu unserem Reiseverbund umziehen. Bitte erstatten.\n\nGrüße\nUlla Becker\n")
case("o16-domain-ssl", L, [f], OWD, "decided", [R("deny")],
     spec="O6 kind third_party (domain, SSL) -> never refundable -> deny",
     title="domain + SSL renewal refund -> deny O6")

# o17 rush fee -> deny
proj("Messe Stand Digital Hofmann", "events@hofmann-maschinenbau.de", "2025-09-01T09:00:00")
owdpay("pay_de_8118", "OWD-2025-718", "Messe Stand Digital Hofmann", "rush", "7500.00", "1350.00",
       "2025-09-20T09:00:00")
w = "2025-09-23 09:50 +0200"
f, _ = mail("o17-express", "Events Hofmann <events@hofmann-maschinenbau.de>", OWD_TO,
            "Expresszuschlag OWD-2025-718", w,
            "Sehr geehrte Damen und Herren,\n\nfür das Projekt Messe Stand Digital Hofmann haben wir einen "
            "Expresszuschlag bezahlt. Die Messe wurde nun um drei Monate verschoben, die Eile war also unnötig. "
            "Bitte erstatten Sie uns den Zuschlag.\n\nMit freundlichen Grüßen\nJana Hofmann\n")
case("o17-expresszuschlag", L, [f], OWD, "decided", [R("deny")],
     spec="O6 kind rush (expedited fee) -> non-refundable -> deny",
     title="rush fee after trade fair postponed -> deny O6")

# o18 C2: from a personal address
proj("Kita Regenbogen Elternportal", "leitung@kita-regenbogen-ulm.de", None)
owdpay("pay_de_8119", "OWD-2025-719", "Kita Regenbogen Elternportal", "deposit", "12000.00", "2160.00",
       "2025-09-25T10:00:00")
w = "2025-09-26 21:00 +0200"
f, _ = mail("o18-privat", "Sabine Roth <sabine.roth1979@t-online.de>", OWD_TO,
            "Anzahlung Elternportal zurück", w,
            "Hallo,\n\nich schreibe von zuhause, weil das Kita-Postfach am Wochenende nicht erreichbar ist. "
            "Der Träger hat das Elternportal (Kita Regenbogen Elternportal) gestoppt, bitte die Anzahlung "
            "OWD-2025-719 zurücküberweisen.\n\nSabine Roth, Kita-Leitung\n")
case("o18-nicht-vertragsadresse", L, [f], OWD, "need_info", rules=["C2"],
     spec="project's contract_email is leitung@kita-regenbogen-ulm.de; sender sabine.roth1979@t-online.de -> C2 "
          "(Optima: 'emailed from the contracting email')",
     title="Kita leader writes from home address -> need_info C2")

# o19 cancellation without reason -> need_info reason
proj("Zahnlabor Specht Wartung", "labor@zahnlabor-specht.de", "2025-04-01T09:00:00")
owdpay("pay_de_8120", "OWD-2025-720", "Zahnlabor Specht Wartung", "retainer", "5000.00", "900.00",
       "2025-09-12T09:00:00", next_billing_at="2025-10-12T09:00:00", period_start="2025-09-12",
       period_end="2025-10-11")
w = "2025-09-24 10:00 +0200"
f, _ = mail("o19-ohne-grund", "Zahnlabor Specht <labor@zahnlabor-specht.de>", OWD_TO,
            "Kündigung Zahnlabor Specht Wartung / OWD-2025-720", w,
            "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den oben genannten Vertrag fristgerecht.\n\n"
            "Mit freundlichen Grüßen\ni. A. Claudia Specht\n\nZahnlabor Specht GmbH\nAm Markt 3 · 89073 Ulm\n")
case("o19-kuendigung-ohne-grund", L, [f], OWD, "need_info", missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); only a restated request and signature -> "
          "C3 need_info [reason]",
     title="Optima retainer cancel, no reason -> need_info reason")

# o20 thread: project/invoice missing, then answered -> approve (deposit; request time = first mail)
proj("Hofladen Gruber Shop", "hofladen@gruber-hof.at", None)
owdpay("pay_de_8121", "OWD-2025-721", "Hofladen Gruber Shop", "deposit", "16000.00", "2880.00",
       "2025-09-22T10:00:00")
owdpay("pay_de_8122", "OWD-2025-722", "Hofladen Gruber Shop", "third_party", "2500.00", "450.00",
       "2025-09-22T10:05:00")
w1 = "2025-09-23 09:00 +0200"; w2 = "2025-09-26 08:00 +0200"
assert hours("2025-09-22T10:00:00", w1) < 72
f1, m1 = mail("o20-a", "Hofladen Gruber <hofladen@gruber-hof.at>", OWD_TO, "Anzahlung retour", w1,
              "Hallo,\n\nwir haben gestern eure Anzahlung überwiesen, aber mein Mann und ich haben beschlossen, "
              "den Webshop heuer doch nicht zu machen – die Ernte war zu schlecht. Bitte die Anzahlung retour.\n\n"
              "Liebe Grüße\nVroni Gruber\n")
f2, _ = mail("o20-b", "Hofladen Gruber <hofladen@gruber-hof.at>", OWD_TO, "AW: Anzahlung retour [OWD-7721]", w2,
             "Hallo,\n\ndas Projekt heißt bei euch „Hofladen Gruber Shop“ und die Rechnung für die Anzahlung ist "
             "OWD-2025-721.\n\nLG Vroni\n\n-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign Billing & "
             "Refunds <optimawebdesigns12@gmail.com>\nGesendet: Dienstag, 23. September 2025 15:02\nAn: "
             "hofladen@gruber-hof.at\nBetreff: Re: Anzahlung retour [OWD-7721]\n\nBitte nennen Sie uns "
             "Projektname und Rechnungsnummer.\n", reply_to=m1)
case("o20-nachgereicht-anzahlung", L, [f1, f2], OWD, "decided", [R("approve", "16000.00")],
     spec="C3: first mail lacks project and invoice, answer supplies them; request time = first mail "
          "2025-09-23 12:30 IST = 26.5 h after payment, no work started -> O2 approve 16000.00 (the answer "
          "three days later does not move the request time)",
     title="Austrian thread: project+invoice answered later, deposit -> approve 16000.00")

# o21 C4 consumer protection / lawyer
proj("Elektro Dürr Website", "info@elektro-duerr.de", "2025-08-10T09:00:00")
owdpay("pay_de_8123", "OWD-2025-723", "Elektro Dürr Website", "milestone", "20000.00", "3600.00",
       "2025-09-05T09:00:00", milestone_status="completed")
w = "2025-09-25 20:30 +0200"
f, _ = mail("o21-anwalt", "Elektro Dürr <info@elektro-duerr.de>", OWD_TO,
            "Letzte Aufforderung – Rückzahlung OWD-2025-723", w,
            "Sehr geehrte Damen und Herren,\n\ndie gelieferte Website (Elektro Dürr Website) ist voller Fehler, "
            "das Kontaktformular funktioniert bis heute nicht. Ich fordere die Rückzahlung der Rate OWD-2025-723. "
            "Sollte bis zum 03.10. nichts passieren, schalte ich meinen Anwalt ein und wende mich an die "
            "Verbraucherzentrale.\n\nMit freundlichen Grüßen\nHelmut Dürr\n")
case("o21-anwalt-drohung", L, [f], OWD, "decided", [R("escalate")], rules=["C4"],
     spec="threat to involve a lawyer ('meinen Anwalt') and consumer protection -> C4 escalate (even though O3 "
          "would deny a completed milestone)",
     title="completed milestone, threatens lawyer + Verbraucherzentrale -> escalate C4")

# o22 payment failed -> escalate
proj("Musikschule Taktvoll Website", "verwaltung@musikschule-taktvoll.de", None)
owdpay("pay_de_8124", "OWD-2025-724", "Musikschule Taktvoll Website", "deposit", "14000.00", "2520.00",
       "2025-09-27T10:00:00", status="failed")
w = "2025-09-28 10:30 +0200"
f, _ = mail("o22-fehlgeschlagen", "Verwaltung Musikschule <verwaltung@musikschule-taktvoll.de>", OWD_TO,
            "Zahlung fehlgeschlagen, Geld trotzdem weg", w,
            "Hallo,\n\nbei der Anzahlung für die Musikschule Taktvoll Website (OWD-2025-724) kam die Meldung "
            "'Zahlung fehlgeschlagen', auf unserem Konto ist der Betrag aber abgebucht. Wir haben das Projekt "
            "inzwischen ohnehin auf Eis gelegt – bitte das Geld zurück.\n\nGruß\nFrank Ebert\n")
case("o22-zahlung-fehlgeschlagen", L, [f], OWD, "decided", [R("escalate")],
     spec="payment status 'failed' (not paid) -> a refund of it is escalate (section 8)",
     title="deposit status failed, money gone -> escalate")

# o23 WG: forward by an assistant naming the contract email -> C2
proj("Dr. Lenz Immobilien Exposé-Portal", "lenz@lenz-immobilien.de", None)
owdpay("pay_de_8125", "OWD-2025-725", "Dr. Lenz Immobilien Exposé-Portal", "deposit", "26000.00", "4680.00",
       "2025-09-29T10:00:00")
w = "2025-09-30 08:30 +0200"
f, _ = mail("o23-wg", "Assistenz Lenz <assistenz@lenz-immobilien.de>", OWD_TO,
            "WG: Exposé-Portal stoppen", w,
            "Zur Info, bitte um Erledigung.\n\nMit freundlichen Grüßen\nJessica Mertens\nAssistenz der "
            "Geschäftsführung\n\n-----Ursprüngliche Nachricht-----\nVon: Dr. Peter Lenz <lenz@lenz-immobilien.de>\n"
            "Gesendet: Montag, 29. September 2025 18:47\nAn: Assistenz Lenz <assistenz@lenz-immobilien.de>\n"
            "Betreff: Exposé-Portal stoppen\n\nFrau Mertens,\nbitte bei Optima die Anzahlung für das Exposé-Portal "
            "(OWD-2025-725, Dr. Lenz Immobilien Exposé-Portal) zurückfordern, wir lösen das über das Maklerportal "
            "des Verbands. Vertragsadresse ist meine lenz@lenz-immobilien.de.\nPL\n")
case("o23-wg-assistenz", L, [f], OWD, "need_info", rules=["C2"],
     spec="Outlook 'WG:' forward from assistenz@ carrying a request naming the contract email lenz@ -> section 8 "
          "Forwards: C2, ask for the request from that address",
     title="Outlook WG: forward by assistant, contract email is the boss's -> need_info C2")

# o24 bounce
w = "2025-09-24 03:12 +0200"
f, _ = mail("o24-unzustellbar", "MAILER-DAEMON@mail.hofmann-maschinenbau.de", OWD_TO,
            "Unzustellbar: Ihre Rechnung OWD-2025-718", w,
            "Dies ist eine automatisch erstellte Nachricht des Mailsystems.\n\nIhre Nachricht konnte nicht an "
            "einen oder mehrere Empfänger zugestellt werden:\n\n  alt.buchhaltung@hofmann-maschinenbau.de\n"
            "  550 5.1.1 Benutzer unbekannt\n")
case("o24-unzustellbar", L, [f], OWD, "ignore", rules=["C7"],
     spec="MAILER-DAEMON sender -> C7 ignore", title="German bounce from MAILER-DAEMON -> ignore C7")

# o25 question -> other
proj("Café Lindner Website", "cafe@lindner-konditorei.de", "2025-07-01T09:00:00")
owdpay("pay_de_8126", "OWD-2025-726", "Café Lindner Website", "milestone", "12000.00", "2160.00",
       "2025-07-01T09:00:00", milestone_status="approved")
w = "2025-09-27 15:00 +0200"
f, _ = mail("o25-frage", "Café Lindner <cafe@lindner-konditorei.de>", OWD_TO, "Speisekarte selbst ändern?", w,
            "Hallo ihr Lieben,\n\nkurze Frage: Kann ich die Wochenkarte auf der Website (Café Lindner Website) "
            "selbst austauschen oder muss ich euch das jedes Mal schicken? Und gibt es dafür eine kleine "
            "Anleitung?\n\nSüße Grüße\nMarlene Lindner\n")
case("o25-frage-speisekarte", L, [f], OWD, "other", spec="how-to question, no refund or cancellation -> other",
     title="how can I change the menu myself -> other")

# o26 hypothetical about a retainer, Optima -> other
w = "2025-09-30 11:00 +0200"
f, _ = mail("o26-wenn", "Jan Terhorst <jan@terhorst-design.de>", OWD_TO, "Retainer: Kündigungsfrist?", w,
            "Moin,\n\nbevor wir bei euch den monatlichen Retainer unterschreiben: Wenn wir nach zwei Monaten "
            "merken, dass es nicht passt, wie kurzfristig kämen wir raus und würde der angefangene Monat "
            "erstattet?\n\nBeste Grüße\nJan\n")
case("o26-hypothetisch-retainer", L, [f], OWD, "other",
     spec="hypothetical before signing ('Wenn wir ... merken ... würde ... erstattet') -> policy question, other "
          "(section 8)", title="prospect asks notice period / refund if it doesn't fit -> other")

# o27 setup fee + change request -> deny (two non-refundable kinds, the change request quoted)
proj("Weinbar Korkenzieher Website", "bar@korkenzieher-mainz.de", "2025-08-01T09:00:00")
owdpay("pay_de_8127", "OWD-2025-727", "Weinbar Korkenzieher Website", "change_request", "6800.00", "1224.00",
       "2025-09-19T09:00:00")
w = "2025-09-24 22:50 +0200"
f, _ = mail("o27-change-request", "Weinbar Korkenzieher <bar@korkenzieher-mainz.de>", OWD_TO,
            "Change Request Reservierungs-Widget", w,
            "Hi,\n\nwir hatten den Change Request fürs Reservierungs-Widget bezahlt (OWD-2025-727, Weinbar "
            "Korkenzieher Website), haben aber jetzt OpenTable direkt eingebunden bekommen. Könnt ihr uns den CR "
            "zurückzahlen? Das Widget braucht keiner mehr.\n\nCheers, Tobi\n")
case("o27-change-request", L, [f], OWD, "decided", [R("deny")],
     spec="O6 kind change_request -> non-refundable -> deny (late-night Date: 2025-09-25 02:20 IST, irrelevant)",
     title="paid change request no longer needed -> deny O6")

# ---------------------------------------------------------------- hard cases
# h01 three identical charges -> sum of the later two
cust("abrechnung@pflegedienst-lotz.de", "Pflegedienst Lotz", "monthly", "2025-09-26", "2025-10-25")
for i, t in enumerate(["09:00:00", "09:00:40", "09:01:15"]):
    lopay(f"pay_de_713{i}", f"LO-INV-7113{i}", "abrechnung@pflegedienst-lotz.de", "monthly", "1499.00", "269.82",
          f"2025-09-26T{t}", "2025-09-26", "2025-10-25")
w = "2025-09-29 09:30 +0200"
f, _ = mail("h01-dreifach", "Abrechnung Pflegedienst Lotz <abrechnung@pflegedienst-lotz.de>", LO_TO,
            "3x abgebucht!!! LO-INV-71132", w,
            "Hallo,\n\nunser Bankberater hat uns drauf hingewiesen: LeadsOptima hat am 26.09. DREI mal den "
            "Monatsbeitrag eingezogen, innerhalb von zwei Minuten. Wir brauchen nur ein Abo. Bitte die zwei "
            "zusätzlichen Buchungen (LO-INV-71131 und LO-INV-71132) zurückerstatten.\n\nGruß\nBernd Lotz\n")
case("h01-dreifach-abgebucht", L, [f], LO, "decided", [R("approve", "2998.00")],
     spec="section 8 'Three or more identical charges': every charge after the first is a duplicate; both inside "
          "L3 (day 3) -> approve 1499.00 + 1499.00 = 2998.00",
     title="three identical monthly charges -> approve 2998.00")

# h02 mail from the brand's own address
w = "2025-09-27 04:00 +0530"
f, _ = mail("h02-eigene-adresse", "LeadsOptima <noreply@leadsoptima.com>", LO_TO,
            "Ihre Kündigung wurde bestätigt", w,
            "Hallo,\n\nIhre Kündigung wurde erfasst. Ihr Konto bleibt bis zum Ende des Abrechnungszeitraums aktiv.\n\n"
            "Ihr LeadsOptima-Team\n")
case("h02-eigene-absenderadresse", L, [f], LO, "ignore", rules=["C7"],
     spec="sender is one of the brand's own addresses (noreply@leadsoptima.com) -> C7 ignore",
     title="our own noreply confirmation lands in support -> ignore C7")

# h03 thanks only
cust("j.wagner@wagner-fliesen.de", "Jürgen Wagner", "monthly", "2025-09-05", "2025-10-04")
lopay("pay_de_7134", "LO-INV-71134", "j.wagner@wagner-fliesen.de", "monthly", "1499.00", "269.82",
      "2025-09-05T09:00:00", "2025-09-05", "2025-10-04")
w = "2025-09-30 12:10 +0200"
f, _ = mail("h03-danke", "Jürgen Wagner <j.wagner@wagner-fliesen.de>", LO_TO, "Re: Ihre Erstattung", w,
            headers={"In-Reply-To": "<reply.LO-7134.202509261130@leadsoptima.com>",
                     "References": "<reply.LO-7134.202509261130@leadsoptima.com>"},
            body=
            "Hallo,\n\nnur kurz zur Rückmeldung: die Gutschrift ist heute auf meinem Konto eingegangen. Vielen Dank "
            "für die schnelle und unkomplizierte Abwicklung, so stellt man sich Kundenservice vor!\n\n"
            "Schöne Grüße aus Fulda\nJürgen Wagner\n")
case("h03-danke-gutschrift", L, [f], LO, "other",
     spec="thanks for a refund already received: past event, no new refund or cancellation -> other",
     title="'die Gutschrift ist eingegangen, vielen Dank' -> other")

# h04 statutory rights (Widerrufsrecht) -> C4
cust("info@fotostudio-klarblick.de", "Fotostudio Klarblick", "annual", "2025-09-20", "2026-09-19")
lopay("pay_de_7135", "LO-INV-71135", "info@fotostudio-klarblick.de", "annual", "11988.00", "2157.84",
      "2025-09-20T09:00:00", "2025-09-20", "2026-09-19")
w = "2025-09-25 17:45 +0200"
f, _ = mail("h04-widerruf", "Fotostudio Klarblick <info@fotostudio-klarblick.de>", LO_TO,
            "Widerruf Jahresvertrag LO-INV-71135", w,
            "Sehr geehrte Damen und Herren,\n\nhiermit widerrufe ich den am 20.09.2025 geschlossenen Vertrag über "
            "das Jahresabo und verlange die Rückzahlung des vollen Betrags. Ich berufe mich ausdrücklich auf mein "
            "gesetzliches Widerrufsrecht als Verbraucher; Ihre AGB ändern daran nichts.\n\nMit freundlichen "
            "Grüßen\nNadine Kraus\n")
case("h04-gesetzliches-widerrufsrecht", L, [f], LO, "decided", [R("escalate")], rules=["C4"], extra_ok=True,
     spec="invokes statutory rights ('gesetzliches Widerrufsrecht als Verbraucher') -> C4 escalate; extra_ok: "
          "'widerrufe den Vertrag' may also be read as a cancellation (escalated too under C4)",
     title="German statutory withdrawal right invoked -> escalate C4")

# h05 Apple Mail forward by the husband, names the wife's registered address -> C2
cust("claudia.berger@berger-coaching.de", "Claudia Berger", "quarterly", "2025-09-24", "2025-12-23")
lopay("pay_de_7136", "LO-INV-71136", "claudia.berger@berger-coaching.de", "quarterly", "3999.00", "719.82",
      "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")
lopay("pay_de_7137", "LO-INV-71137", "claudia.berger@berger-coaching.de", "quarterly", "3999.00", "719.82",
      "2025-09-24T09:00:20", "2025-09-24", "2025-12-23")
w = "2025-09-25 20:00 +0200"
f, _ = mail("h05-apple-fwd", "Michael Berger <michael.berger@me.com>", LO_TO, "WG: LeadsOptima doppelt", w,
            "Hallo, meine Frau bat mich, das an euch weiterzuleiten. Gruß Michael\n\n"
            "Anfang der weitergeleiteten Nachricht:\n\nVon: Claudia Berger <claudia.berger@berger-coaching.de>\n"
            "Betreff: LeadsOptima doppelt\nDatum: 25. September 2025 um 19:31:02 MESZ\n"
            "An: Michael Berger <michael.berger@me.com>\n\nSchatz, kannst du LeadsOptima schreiben? Die haben das "
            "Quartal zweimal abgebucht (LO-INV-71137), ich will das zurück. Mein Konto dort läuft über "
            "claudia.berger@berger-coaching.de.\n\nC.\n")
case("h05-apple-weiterleitung-c2", L, [f], LO, "need_info", rules=["C2"],
     spec="Apple Mail forward from michael.berger@me.com carrying a request that names the registered email "
          "claudia.berger@berger-coaching.de -> section 8 Forwards: C2",
     title="Apple Mail forward by husband, wife's account -> need_info C2")

# h06 Denglisch, phone, access failure refund + cancel, quarterly
cust("kevin@kfz-schmitt.de", "Kevin Schmitt", "quarterly", "2025-09-27", "2025-12-26")
lopay("pay_de_7138", "LO-INV-71138", "kevin@kfz-schmitt.de", "quarterly", "3999.00", "719.82",
      "2025-09-27T11:00:00", "2025-09-27", "2025-12-26")
w = "2025-09-29 07:20 +0200"
f, _ = mail("h06-denglisch", "Kevin Schmitt <kevin@kfz-schmitt.de>", LO_TO, "account locked + cancel", w,
            "hi, seit dem renewal am samstag bin ich locked out, passwort reset mail kommt nie an. "
            "so bringt mir das nix. bitte refund fuer LO-INV-71138 und gleich cancel das abo, will nicht "
            "nochmal belastet werden. thx kevin\n\nGesendet von Outlook für Android\n")
case("h06-locked-out-und-cancel", L, [f], LO, "decided", [R("escalate"), C("cancel", "2025-12-26")],
     spec="L2 access_failure ('locked out', reset mail never arrives), day 2 inside -> L6 escalate; cancellation -> "
          "L8 effective current_period_end 2025-12-26",
     title="Denglisch phone mail: locked out, refund + cancel -> escalate + cancel 2025-12-26")

# h07 reply withdrawing an earlier request, old request quoted below
cust("p.neumann@neumann-druck.de", "Paul Neumann", "monthly", "2025-09-25", "2025-10-24")
lopay("pay_de_7139", "LO-INV-71139", "p.neumann@neumann-druck.de", "monthly", "1499.00", "269.82",
      "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
w = "2025-09-27 10:00 +0200"
f, _ = mail("h07-hat-sich-erledigt", "Paul Neumann <p.neumann@neumann-druck.de>", LO_TO,
            "Re: Login Problem - bitte erstatten", w,
            "Hallo,\n\nhat sich erledigt, nach dem Browser-Update komme ich wieder rein. Ihr müsst nichts "
            "erstatten, alles gut.\n\nGruß Paul\n\nAm 26.09.2025 um 09:12 schrieb Paul Neumann "
            "<p.neumann@neumann-druck.de>:\n> Hallo, ich kann mich seit gestern nicht einloggen. Bitte erstattet "
            "mir\n> den Monatsbeitrag LO-INV-71139.\n> Paul\n",
            headers={"In-Reply-To": "<h07-orig.202509260912@neumann-druck.de>",
                     "References": "<h07-orig.202509260912@neumann-druck.de>"})
case("h07-erledigt-zitat", L, [f], LO, "other",
     spec="the customer's own text withdraws the earlier request ('hat sich erledigt ... nichts erstatten'); the "
          "quoted history is not a new request -> other. Not ambiguous (QA pass 2): section 8 'negation ... is not "
          "a request' ('Ihr müsst nichts erstatten'), and a single file is a one-email case (section 7): the quoted "
          "earlier mail is not part of it",
     title="'hat sich erledigt', old refund request only quoted -> other")

# h08 complaint with no request -> other
cust("vertrieb@solartechnik-raab.de", "Solartechnik Raab", "annual", "2025-02-10", "2026-02-09")
lopay("pay_de_7140", "LO-INV-71140", "vertrieb@solartechnik-raab.de", "annual", "11988.00", "2157.84",
      "2025-02-10T09:00:00", "2025-02-10", "2026-02-09")
w = "2025-09-23 13:00 +0200"
f, _ = mail("h08-beschwerde", "Vertrieb Solartechnik Raab <vertrieb@solartechnik-raab.de>", LO_TO,
            "Qualität der Leads", w,
            "Hallo,\n\nich muss mal Dampf ablassen: von den letzten 40 Leads hatten 15 falsche Telefonnummern und "
            "fünf waren Mitbewerber. Das kostet meinen Vertrieb Stunden. Könnt ihr eure Filter für die Region "
            "Niederbayern mal prüfen?\n\nGruß\nStefan Raab\n")
case("h08-beschwerde-leadqualitaet", L, [f], LO, "other",
     spec="complaint + request to check filters; neither refund nor cancellation -> other",
     title="complaint about lead quality, asks to check filters -> other")

# h09 maintenance annual before its service start -> consumed_months 1
proj("Hausarztpraxis Dr. Wolf Wartung", "praxis@hausarzt-wolf.de", None)
owdpay("pay_de_8128", "OWD-2025-728", "Hausarztpraxis Dr. Wolf Wartung", "maintenance_annual", "24000.00",
       "4320.00", "2025-09-25T09:00:00", setup_fee="2400.00", service_start="2025-10-15")
w = "2025-09-29 16:00 +0200"
f, _ = mail("h09-vor-start", "Praxis Dr. Wolf <praxis@hausarzt-wolf.de>", OWD_TO,
            "Wartungsvertrag Hausarztpraxis Dr. Wolf Wartung – Rücktritt (OWD-2025-728)", w,
            "Sehr geehrte Damen und Herren,\n\nwir treten vom Wartungsvertrag zurück, bevor er am 15.10. "
            "beginnt: Die Praxis wird zum Jahresende an einen Nachfolger übergeben, der eigene Dienstleister "
            "mitbringt. Bitte kündigen Sie den Vertrag und erstatten Sie uns den möglichen Betrag.\n\n"
            "Mit freundlichen Grüßen\nDr. Andreas Wolf\n")
case("h09-wartung-vor-beginn", L, [f], OWD, "decided", [R("approve", "19800.00"), C("cancel")],
     spec="O5 + section 8 'before the service starts: consumed_months is 1': (24000 - 2400)/12 = 1800; refund = "
          "24000 - 2400 - 1800 = 19800.00",
     title="maintenance cancelled before service start -> approve 19800.00 + cancel")

# h10 setup fee -> deny
proj("Pension Alpenrose Buchungssystem", "alpenrose@pension-alpenrose.at", "2025-09-10T09:00:00")
owdpay("pay_de_8129", "OWD-2025-729", "Pension Alpenrose Buchungssystem", "setup", "3500.00", "630.00",
       "2025-09-26T09:00:00")
w = "2025-09-27 09:00 +0200"
f, _ = mail("h10-einrichtung", "Pension Alpenrose <alpenrose@pension-alpenrose.at>", OWD_TO,
            "Einrichtungsgebühr", w,
            "Grüß Gott,\n\nfür das Pension Alpenrose Buchungssystem wurde uns gestern eine Einrichtungsgebühr "
            "verrechnet (OWD-2025-729). Davon war im Angebot nie die Rede, ich bitte um Gutschrift.\n\n"
            "Freundliche Grüße\nHannes Moser\n")
case("h10-einrichtungsgebuehr", L, [f], OWD, "decided", [R("deny")],
     spec="O6 kind setup -> non-refundable -> deny. Not ambiguous (QA pass 2): section 4 'the refund rule follows "
          "the kind' and O6 lists setup/activation fees as never refundable; Optima has no billing-error exception "
          "(L5 is LeadsOptima's), and the ledger, not the email, says what the charge is (section 1)",
     title="Austrian setup fee 'never quoted' -> deny O6")

out = write_all(L)
if __name__ == "__main__":
    print(len(out), "cases")


def readme_lines():
    return [f"- `{c['id']}` ({c['brand']}, {c['status']}): {c['_title']}" for c in CASES]
