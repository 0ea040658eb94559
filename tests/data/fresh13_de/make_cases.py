"""Fresh held-out round 13, German (de): writes ledger.json, emails/*.eml, expected.json and README.md.

Written by QA pass qa13a from POLICY_SPEC.md alone (no product code read). MIT licence, like the
project; every text below was written for this project. Deterministic: no randomness, no clock.
Run:  python3 make_cases.py   (from any directory; it writes next to itself)
"""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "de"
IST = timezone(timedelta(hours=5, minutes=30))
NOW = datetime(2025, 10, 1, 10, 0, tzinfo=IST)
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"

customers, projects, payments = [], [], []
cases = []
_written = {}


def cust(email, name, plan, period=(None, None), status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": period[0], "current_period_end": period[1]})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def lopay(pid, inv, email, plan, amount, tax, paid_at, period=(None, None), status="paid", currency="INR"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": currency,
                     "paid_at": paid_at, "period_start": period[0], "period_end": period[1], "status": status})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, period=(None, None), milestone_status=None, currency="INR"):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": currency, "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": period[0], "period_end": period[1], "milestone_status": milestone_status})


def mail(stem, frm, to, subject, body, date, html=None, headers=None, reply_to=None, in_reply_to=None,
         references=None):
    """Write emails/<stem>.eml; return its relative path."""
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    assert dt < NOW, (stem, date)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)  # weekday computed from the date itself
    domain = frm.split("@")[-1].rstrip(">").strip() or "localhost"
    msg["Message-ID"] = f"<{stem}.{dt.strftime('%Y%m%d%H%M')}@{domain}>"
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if html is not None and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    rel = f"emails/{stem}.eml"
    assert rel not in _written, rel
    _written[rel] = msg
    return rel


def msgid(rel):
    return _written[rel]["Message-ID"]


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False, ambiguous=None,
         title=""):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_title"] = title
    cases.append(c)


def refund(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    return d


def cancel(outcome="cancel", effective=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if effective is not None:
        d["effective_date"] = effective
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima

cust("maria.gruber@gruber-immobilien.at", "Maria Gruber", "monthly", ("2025-09-22", "2025-10-21"))
lopay("pay_de_7101", "LO-INV-7101", "maria.gruber@gruber-immobilien.at", "monthly", "1499.00", "269.82",
      "2025-09-22T09:10:00", ("2025-09-22", "2025-10-21"))
lopay("pay_de_7102", "LO-INV-7102", "maria.gruber@gruber-immobilien.at", "monthly", "1499.00", "269.82",
      "2025-09-22T09:14:00", ("2025-09-22", "2025-10-21"))
f = mail("l01-doppelt-at", "Maria Gruber <maria.gruber@gruber-immobilien.at>", LO,
         "Doppelte Abbuchung Monatsbeitrag",
         """Grüß Gott,

am 22.09. wurde mir der Monatsbeitrag (Monatsplan) zweimal abgebucht, jeweils ₹ 1.499,00 –
Rechnungen LO-INV-7101 und LO-INV-7102. Das ist eindeutig eine doppelte Zahlung.
Ich ersuche um Rückerstattung der zweiten Abbuchung (LO-INV-7102).

Mit freundlichen Grüßen
Maria Gruber
Gruber Immobilien GmbH | Linz
""", "2025-09-24 08:30 +0200")
case("l01-doppelt-at", [f], LOB, "decided", [refund("approve", "1499.00")],
     "L2 duplicate_payment ('zweimal abgebucht'); two paid monthly charges 1499.00 on 2025-09-22, same period "
     "2025-09-22..2025-10-21; request 2025-09-24 12:00 IST = day 2 <= 7 (L3); L4 approve the duplicate "
     "LO-INV-7102's amount before tax 1499.00 (C6)", title="Austrian, duplicate monthly charge, day 2: approve")

cust("urs.baumann@baumann-treuhand.ch", "Urs Baumann", "quarterly", ("2025-09-02", "2025-12-01"))
lopay("pay_de_7111", "LO-INV-7111", "urs.baumann@baumann-treuhand.ch", "quarterly", "3999.00", "719.82",
      "2025-09-02T14:00:00", ("2025-09-02", "2025-12-01"))
lopay("pay_de_7112", "LO-INV-7112", "urs.baumann@baumann-treuhand.ch", "quarterly", "3999.00", "719.82",
      "2025-09-02T14:01:00", ("2025-09-02", "2025-12-01"))
f = mail("l02-doppelt-tag8-ch", "Urs Baumann <urs.baumann@baumann-treuhand.ch>", LO,
         "Quartalsabo doppelt belastet",
         """Grueezi

Beim Durchsehen der Kreditkartenabrechnung habe ich gesehen, dass Sie unser Quartalsabo am 2. September
zweimal belastet haben (2 x 3'999.00 INR). Die zweite Belastung hat die Rechnung lo inv 7112.
Bitte erstatten Sie diese doppelte Zahlung zurueck.

Freundliche Gruesse
Urs Baumann
Baumann Treuhand AG, Winterthur
""", "2025-09-10 09:00 +0200")
case("l02-doppelt-tag8-ch", [f], LOB, "decided", [refund("deny")],
     "L2 duplicate_payment; charges 2025-09-02 (day 0), request 2025-09-10 12:30 IST = day 8 > 7: L3 deny",
     title="Swiss (no umlauts), duplicate quarterly charge on day 8: deny L3")

cust("lena.hoffmann@hoffmann-design.de", "Lena Hoffmann", "annual", ("2025-09-15", "2026-09-14"))
lopay("pay_de_7121", "LO-INV-7121", "lena.hoffmann@hoffmann-design.de", "annual", "11988.00", "2157.84",
      "2025-09-15T11:00:00", ("2025-09-15", "2026-09-14"))
lopay("pay_de_7122", "LO-INV-7122", "lena.hoffmann@hoffmann-design.de", "annual", "11988.00", "2157.84",
      "2025-09-15T11:02:00", ("2025-09-15", "2026-09-14"))
f = mail("l03-doppelt-tag7", "Lena Hoffmann <lena.hoffmann@hoffmann-design.de>", LO,
         "Jahresabo 2x bezahlt – LO-INV-7122",
         """Hallo LeadsOptima-Team,

ich hab eben gesehen, dass unser Jahresabo letzte Woche Montag doppelt abgebucht wurde (2x 11.988,00 ₹).
Die zweite Rechnung ist LO-INV-7122. Bitte die doppelte Abbuchung zurückbuchen, danke!

Viele Grüße
Lena Hoffmann
Hoffmann Design – Grafik & Web, Köln
""", "2025-09-22 08:15 +0200")
case("l03-doppelt-tag7", [f], LOB, "decided", [refund("approve", "11988.00")],
     "L2 duplicate_payment; two paid annual charges 11988.00 on 2025-09-15 same period; request 2025-09-22 "
     "11:45 IST = day 7, 'day 7 is inside' (L3); L4 approve 11988.00", title="Duplicate annual charge, exactly day 7: approve")

cust("tobias.wendt@wendt-logistik.de", "Tobias Wendt", "monthly", ("2025-09-15", "2025-10-14"))
lopay("pay_de_7125", "LO-INV-7125", "tobias.wendt@wendt-logistik.de", "monthly", "2499.00", "449.82",
      "2025-09-15T10:00:00", ("2025-09-15", "2025-10-14"))
lopay("pay_de_7126", "LO-INV-7126", "tobias.wendt@wendt-logistik.de", "monthly", "2499.00", "449.82",
      "2025-09-15T10:03:00", ("2025-09-15", "2025-10-14"))
f = mail("h01-zeitzone-tag8", "Tobias Wendt <tobias.wendt@wendt-logistik.de>", LO,
         "Doppelbuchung LO-INV-7126",
         """Guten Abend,

heute ist genau eine Woche seit der Abbuchung vom 15.09. – und die war doppelt: zweimal 2.499 Rupien
für denselben Monat. Rechnung der zweiten Buchung: LO-INV-7126. Ich bitte um Erstattung.

Gruß
Tobias Wendt
""", "2025-09-22 22:40 +0200")
case("h01-zeitzone-tag8", [f], LOB, "decided", [refund("deny")],
     "Request time in the brand's zone (section 1): Date 2025-09-22 22:40 +0200 = 2025-09-23 02:10 IST; "
     "charge 2025-09-15 is day 0, so day 8 > 7: L3 deny (the sender's own local date would be day 7)",
     title="Hard: duplicate written late evening in Germany, already day 8 in IST: deny")

cust("felix.brandt@brandt-consulting.de", "Felix Brandt", "annual", ("2025-09-26", "2026-09-25"))
lopay("pay_de_7131", "LO-INV-7131", "felix.brandt@brandt-consulting.de", "annual", "11988.00", "2157.84",
      "2025-09-26T07:30:00", ("2025-09-26", "2026-09-25"))
f = mail("l04-falscher-tarif", "Felix Brandt <felix.brandt@brandt-consulting.de>", LO,
         "Falscher Tarif abgerechnet",
         """Sehr geehrte Damen und Herren,

ich habe den Monatsplan gebucht, abgebucht wurden aber am 26.09. 11.988,00 ₹ für das Jahresabo
(Rechnung LO-INV-7131). Das ist der falsche Tarif. Ich bitte um Korrektur bzw. Rückerstattung
der Differenz.

Mit freundlichen Grüßen
Felix Brandt
""", "2025-09-27 10:05 +0200")
case("l04-falscher-tarif", [f], LOB, "decided", [refund("escalate")],
     "L2 billing_error (charged for the wrong plan); charge 2025-09-26, request 2025-09-27 = day 1 inside L3; "
     "L5 escalate", title="Charged annual instead of monthly, day 1: escalate L5")

cust("sabine.koch@kochundpartner.de", "Sabine Koch", "monthly", ("2025-08-20", "2025-09-19"), status="cancelled")
lopay("pay_de_7141", "LO-INV-7141", "sabine.koch@kochundpartner.de", "monthly", "1999.00", "359.82",
      "2025-08-20T06:00:00", ("2025-08-20", "2025-09-19"))
lopay("pay_de_7142", "LO-INV-7142", "sabine.koch@kochundpartner.de", "monthly", "1999.00", "359.82",
      "2025-09-20T06:00:00", ("2025-09-20", "2025-10-19"))
f = mail("l05-nach-kuendigung", "Sabine Koch <sabine.koch@kochundpartner.de>", LO,
         "Abbuchung trotz Kündigung",
         """Hallo,

ich habe unser Monatsabo am 14. September über Billing > Cancel Plan gekündigt. Trotzdem habt ihr
am 20.09. nochmal 1.999,00 ₹ eingezogen (LO-INV-7142). Bitte zahlt mir das zurück.

Danke und Gruß
Sabine Koch
Koch & Partner Steuerberatung
""", "2025-09-23 14:20 +0200")
case("l05-nach-kuendigung", [f], LOB, "decided", [refund("escalate")],
     "Past event: charged after cancelling = L2 billing_error; charge 2025-09-20, request 2025-09-23 = day 3; "
     "L5 escalate", title="Charged after she cancelled on the 14th: escalate L5")

cust("jonas.weber@weber-shop.de", "Jonas Weber", "monthly", ("2025-09-25", "2025-10-24"))
lopay("pay_de_7151", "LO-INV-7151", "jonas.weber@weber-shop.de", "monthly", "1499.00", "269.82",
      "2025-09-25T12:00:00", ("2025-09-25", "2025-10-24"))
f = mail("l06-kein-login", "Jonas Weber <jonas.weber@weber-shop.de>", LO,
         "kein zugriff mehr seit donnerstag",
         """hi,

seit eurem update am donnerstag komm ich nicht mehr in mein konto, login schlägt jedesmal fehl und
das dashboard lädt einfach nicht. hab am 25. bezahlt (LO-INV-7151) und kann seitdem nix nutzen.
euer support-chat hat auch nicht geholfen. ich will mein geld zurück.

jonas

--
Gesendet von meinem iPhone
""", "2025-09-29 19:45 +0200")
case("l06-kein-login", [f], LOB, "decided", [refund("escalate")],
     "L2 access_failure (cannot log in, dashboard not loading); charge 2025-09-25, request 2025-09-29 "
     "23:15 IST = day 4; L6 escalate", title="Lowercase, cannot log in since update, day 4: escalate L6")

cust("petra.schuster@schuster-fitness.at", "Petra Schuster", "quarterly", ("2025-09-05", "2025-12-04"))
lopay("pay_de_7161", "LO-INV-7161", "petra.schuster@schuster-fitness.at", "quarterly", "3999.00", "719.82",
      "2025-09-05T09:00:00", ("2025-09-05", "2025-12-04"))
f = mail("l07-login-tag13", "Petra Schuster <petra.schuster@schuster-fitness.at>", LO,
         "Plattform lädt nicht – Geld zurück",
         """Servus,

die Plattform lädt bei uns seit Wochen nicht richtig, ich kann mich nicht einloggen. Für das Quartal
haben wir am 5. September bezahlt (Rechnung LO-INV-7161). Ich möchte das Geld zurück.

LG Petra Schuster
Schuster Fitness, Graz
""", "2025-09-18 11:00 +0200")
case("l07-login-tag13", [f], LOB, "decided", [refund("deny")],
     "L2 access_failure, but charge 2025-09-05 and request 2025-09-18 = day 13 > 7: L3 deny",
     title="Austrian, access failure on day 13: deny L3")

cust("michael.braun@braun-elektro.de", "Michael Braun", "monthly", ("2025-09-28", "2025-10-27"))
lopay("pay_de_7171", "LO-INV-7171", "michael.braun@braun-elektro.de", "monthly", "1499.00", "269.82",
      "2025-09-28T08:00:00", ("2025-09-28", "2025-10-27"))
f = mail("l08-zu-teuer", "Michael Braun <michael.braun@braun-elektro.de>", LO,
         "Erstattung Monatsbeitrag LO-INV-7171",
         """Guten Tag,

wir nutzen LeadsOptima ehrlich gesagt kaum noch, und für einen kleinen Elektrobetrieb ist es auch zu teuer.
Bitte erstatten Sie uns den Beitrag für den angebrochenen Monat (LO-INV-7171, abgebucht am 28.09.).

Mit freundlichen Grüßen
Michael Braun
Braun Elektrotechnik
""", "2025-09-30 08:40 +0200")
case("l08-zu-teuer", [f], LOB, "decided", [refund("deny")],
     "Reason 'barely use it, too expensive' is none of L2's three: L1 deny (cancellation offered in the reply, "
     "not a decision)", title="Too expensive / barely used, refund of the month: deny L1")

cust("claudia.vogel@vogel-events.de", "Claudia Vogel", "monthly", status="trial", trial_ends="2025-10-08")
f = mail("l09-testphase", "Claudia Vogel <claudia.vogel@vogel-events.de>", LO,
         "Testzugang – bitte alles zurück",
         """Hallo,

ich habe mich vor einer Woche für den kostenlosen Test angemeldet (Monatsplan). Für unsere Eventagentur
passt das Tool leider nicht. Bitte erstatten Sie mir alles, was eventuell schon abgebucht wurde, ich will
da nichts bezahlen.

Viele Grüße
Claudia Vogel
""", "2025-09-25 16:00 +0200")
case("l09-testphase", [f], LOB, "decided", [refund("deny")],
     "Account is on a free trial (status trial, trial_ends 2025-10-08) with no charges: L7 deny, reply says "
     "nothing is billed unless she subscribes (L7 names this case: a trial account has no charge, so no "
     "invoice can be asked for); 'ich will da nichts bezahlen' may also be read as ending the trial, a harmless "
     "extra cancellation (extra_ok)", extra_ok=True,
     title="Free-trial account asks for a refund: deny L7")

cust("andreas.lang@lang-steuerberatung.de", "Andreas Lang", "monthly", ("2025-09-12", "2025-10-11"))
lopay("pay_de_7181", "LO-INV-7181", "andreas.lang@lang-steuerberatung.de", "monthly", "1499.00", "269.82",
      "2025-09-12T10:00:00", ("2025-09-12", "2025-10-11"))
f = mail("l10-keine-erstattung-kuendigen", "Andreas Lang <andreas.lang@lang-steuerberatung.de>", LO,
         "Kündigung Monatsabo",
         """Sehr geehrte Damen und Herren,

hiermit kündige ich mein Monatsabo zum Ende der laufenden Abrechnungsperiode. Eine Rückerstattung möchte
ich ausdrücklich nicht, es geht nur um die Kündigung. Grund: Wir stellen kanzleiweit auf ein anderes CRM um.

Mit freundlichen Grüßen
Andreas Lang
Steuerberater
""", "2025-09-26 09:30 +0200")
case("l10-keine-erstattung-kuendigen", [f], LOB, "decided", [cancel("cancel", "2025-10-11")],
     "Negation: 'Eine Rückerstattung möchte ich ausdrücklich nicht' adds no refund (section 8); L8 cancel, "
     "effective current_period_end 2025-10-11", title="Cancel, explicitly no refund: cancel until 2025-10-11")

cust("reto.meier@meier-garage.ch", "Reto Meier", "quarterly")
lopay("pay_de_7191", "LO-INV-7191", "reto.meier@meier-garage.ch", "quarterly", "3999.00", "719.82",
      "2025-05-14T10:00:00", ("2025-05-14", "2025-08-13"))
lopay("pay_de_7192", "LO-INV-7192", "reto.meier@meier-garage.ch", "quarterly", "3999.00", "719.82",
      "2025-08-14T10:00:00", ("2025-08-14", "2025-11-13"))
f = mail("l11-kuendigung-ch-du", "Reto Meier <reto.meier@meier-garage.ch>", LO,
         "Abo kuendigen",
         """Hoi zaeme

Bitte kuendigt mein Quartalsabo per sofort. Wir haben die Garage verkauft und brauchen das Tool nicht mehr.

Merci vielmal und en schoene Tag
Reto
""", "2025-09-19 07:50 +0200")
case("l11-kuendigung-ch-du", [f], LOB, "decided", [cancel("cancel", "2025-11-13")],
     "L8: no current_period_end in the ledger, so last charge 2025-08-14 + 3 months - 1 day = 2025-11-13 "
     "('per sofort' does not shorten the paid cycle)", title="Swiss du, cancel quarterly, fallback date 2025-11-13")

cust("katharina.fischer@fischer-verlag.de", "Katharina Fischer", "annual")
lopay("pay_de_7201", "LO-INV-7201", "katharina.fischer@fischer-verlag.de", "annual", "11988.00", "2157.84",
      "2025-03-31T20:00:00Z", ("2025-04-01", "2026-03-31"))
f = mail("h02-html-kuendigung-jahr", "Katharina Fischer <katharina.fischer@fischer-verlag.de>", LO,
         "Kündigung Jahresabo", None, "2025-09-16 13:10 +0200",
         html="""<html><body><div style="font-family:Calibri,sans-serif">
<p>Sehr geehrtes LeadsOptima-Team,</p>
<p>hiermit k&uuml;ndige ich unser <b>Jahresabo</b> fristgerecht. Eine Verl&auml;ngerung w&uuml;nschen wir nicht,
da der Verlag die Leadgenerierung an eine Agentur abgibt.</p>
<p>Bitte best&auml;tigen Sie mir kurz den K&uuml;ndigungstermin.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Katharina Fischer<br><i>Fischer Verlag GmbH &middot; Leipzig</i></p>
<p style="font-size:8pt;color:#888">Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender.</p>
</div></body></html>""")
case("h02-html-kuendigung-jahr", [f], LOB, "decided", [cancel("cancel", "2026-03-31")],
     "HTML-only mail; L8 fallback: last charge 2025-03-31T20:00Z = 2025-04-01 01:30 IST (offset converted, "
     "section 8), local date 2025-04-01 + 12 months - 1 day = 2026-03-31",
     title="Hard: HTML-only annual cancellation, charge time in UTC crosses midnight IST")

cust("stefan.huber@huber-marketing.at", "Stefan Huber", "monthly", ("2025-09-25", "2025-10-24"))
lopay("pay_de_7211", "LO-INV-7211", "stefan.huber@huber-marketing.at", "monthly", "999.00", "179.82",
      "2025-09-25T08:00:00", ("2025-09-25", "2025-10-24"))
lopay("pay_de_7212", "LO-INV-7212", "stefan.huber@huber-marketing.at", "monthly", "999.00", "179.82",
      "2025-09-25T08:01:00", ("2025-09-25", "2025-10-24"))
f = mail("l12-doppelt-und-kuendigen", "Stefan Huber <stefan.huber@huber-marketing.at>", LO,
         "Doppelbuchung + Kündigung",
         """Hallo zusammen,

zwei Sachen:
1) Ihr habt am 25.9. zweimal 999 ₹ abgebucht (LO-INV-7211 und LO-INV-7212) – bitte die doppelte Zahlung
   LO-INV-7212 zurückerstatten.
2) Bitte gleich auch das Monatsabo kündigen, wir wechseln intern auf ein anderes System.

Danke & LG
Stefan Huber
""", "2025-09-27 12:00 +0200")
case("l12-doppelt-und-kuendigen", [f], LOB, "decided",
     [refund("approve", "999.00"), cancel("cancel", "2025-10-24")],
     "Refund: L2 duplicate_payment, day 2, L4 approve 999.00; cancellation: L8 effective current_period_end "
     "2025-10-24", title="Duplicate + cancel in one mail: approve 999.00 and cancel")

cust("nina.schmid@schmid-coaching.de", "Nina Schmid", "monthly", ("2025-09-27", "2025-10-26"))
for i, t in ((7221, "10:00"), (7222, "10:02"), (7223, "10:05")):
    lopay(f"pay_de_{i}", f"LO-INV-{i}", "nina.schmid@schmid-coaching.de", "monthly", "999.00", "179.82",
          f"2025-09-27T{t}:00", ("2025-09-27", "2025-10-26"))
f = mail("l13-dreimal", "Nina Schmid <nina.schmid@schmid-coaching.de>", LO,
         "Monatsbeitrag DREIMAL abgebucht",
         """Liebes Support-Team,

ich trau meinen Augen nicht: der Monatsbeitrag wurde am Samstag dreimal abgebucht (3 x 999,00 ₹),
laut Rechnungen LO-INV-7221, LO-INV-7222 und LO-INV-7223. Bitte die zwei zu viel gezahlten Beträge
(LO-INV-7222 + LO-INV-7223) zurücküberweisen.

Herzliche Grüße
Nina Schmid | Schmid Coaching
""", "2025-09-29 09:00 +0200")
case("l13-dreimal", [f], LOB, "decided", [refund("approve", "1998.00")],
     "Three identical charges 2025-09-27 (section 8): every charge after the first is a duplicate, both inside "
     "L3 (day 2): refund 999.00 + 999.00 = 1998.00", title="Charged three times: approve 1998.00")

cust("daniel.richter@richter-bau.de", "Daniel Richter", "monthly", ("2025-09-18", "2025-10-17"))
lopay("pay_de_7231", "LO-INV-7231", "daniel.richter@richter-bau.de", "monthly", "1499.00", "269.82",
      "2025-08-18T09:00:00", ("2025-08-18", "2025-09-17"))
lopay("pay_de_7232", "LO-INV-7232", "daniel.richter@richter-bau.de", "monthly", "1499.00", "269.82",
      "2025-09-18T09:00:00", ("2025-09-18", "2025-10-17"))
lopay("pay_de_7233", "LO-INV-7233", "daniel.richter@richter-bau.de", "monthly", "1499.00", "269.82",
      "2025-09-18T09:06:00", ("2025-09-18", "2025-10-17"))
f1 = mail("l14-thread-1", "Daniel Richter <daniel.richter@richter-bau.de>", LO,
          "Doppelt bezahlt",
          """Hallo,

diesen Monat ist der Beitrag doppelt von meinem Konto abgegangen. Bitte einmal zurückbuchen.

Gruß
Daniel Richter
Richter Bau GmbH
""", "2025-09-20 10:00 +0200")
f2 = mail("l14-thread-2", "Daniel Richter <daniel.richter@richter-bau.de>", LO,
          "Re: Doppelt bezahlt",
          """Hallo,

die Rechnungsnummer der zweiten Abbuchung ist LO-INV-7233.

Gruß
Daniel Richter

-----Ursprüngliche Nachricht-----
Von: LeadsOptima Support <support@leadsoptima.com>
Gesendet: Samstag, 20. September 2025 11:02
An: Daniel Richter <daniel.richter@richter-bau.de>
Betreff: Re: Doppelt bezahlt

> Bitte nennen Sie uns die Rechnungsnummer (invoice_number) der Abbuchung.
""", "2025-09-22 08:10 +0200", in_reply_to="<lo-reply-de-l14@leadsoptima.com>",
          references=f"{msgid(f1)} <lo-reply-de-l14@leadsoptima.com>")
case("l14-thread-rechnung-nachgereicht", [f1, f2], LOB, "decided", [refund("approve", "1499.00")],
     "C3 thread: first mail (2025-09-20, request time, day 2) lacks the invoice, the answer names LO-INV-7233; "
     "two paid charges 1499.00 on 2025-09-18 same period: L4 approve 1499.00",
     title="Thread: duplicate without invoice, invoice given in the answer: approve")

cust("julia.wolf@wolf-architektur.de", "Julia Wolf", "monthly", ("2025-09-24", "2025-10-23"))
lopay("pay_de_7241", "LO-INV-7241", "julia.wolf@wolf-architektur.de", "monthly", "1499.00", "269.82",
      "2025-09-24T09:00:00", ("2025-09-24", "2025-10-23"))
f = mail("l15-ohne-grund", "Julia Wolf <julia.wolf@wolf-architektur.de>", LO,
         "Rückerstattung LO-INV-7241",
         """Sehr geehrte Damen und Herren,

bitte erstatten Sie mir die Zahlung LO-INV-7241 zurück.

Vielen Dank im Voraus.

Mit freundlichen Grüßen

Dipl.-Ing. Julia Wolf
Architektin
Wolf Architektur GmbH | Maximilianstraße 12 | 80539 München
Geschäftsführerin: Julia Wolf | HRB 223344 Amtsgericht München

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""", "2025-09-25 10:00 +0200")
case("l15-ohne-grund", [f], LOB, "need_info", [], missing=["reason"],
     spec="Reason required for a refund (section 3); the mail only restates the request plus signature and "
          "disclaimer, which are not reasons (section 8): C3 asks for reason",
     title="Refund with only a signature and disclaimer, no reason: need_info reason")

cust("t.keller@keller-it.de", "Thomas Keller", "monthly", ("2025-09-09", "2025-10-08"))
lopay("pay_de_7251", "LO-INV-7251", "t.keller@keller-it.de", "monthly", "1499.00", "269.82",
      "2025-09-09T09:00:00", ("2025-09-09", "2025-10-08"))
f = mail("h03-privatadresse", "Thomas Keller <thomas.keller82@gmail.com>", LO,
         "Kündigung Account t.keller@keller-it.de",
         """Hallo,

ich schreibe von meiner privaten Adresse, weil ich gerade keinen Zugriff auf mein Firmenpostfach habe.
Mein registrierter Account ist t.keller@keller-it.de (Monatsplan). Bitte kündigen Sie das Abo, wir
schließen die Firma zum Jahresende.

Danke
Thomas Keller
""", "2025-09-24 18:30 +0200")
case("h03-privatadresse", [f], LOB, "need_info", [], rules=["C2"],
     spec="C2: From thomas.keller82@gmail.com is not the registered email t.keller@keller-it.de it names; "
          "the draft asks him to write from the address on record, nothing about the account",
     title="Hard: cancellation from private gmail naming the registered address: C2")

cust("anna.seidel@gmail.com", "Anna Seidel", "monthly", ("2025-09-23", "2025-10-22"))
lopay("pay_de_7261", "LO-INV-7261", "anna.seidel@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-23T09:00:00", ("2025-09-23", "2025-10-22"))
lopay("pay_de_7262", "LO-INV-7262", "anna.seidel@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-23T09:02:00", ("2025-09-23", "2025-10-22"))
f = mail("h04-plus-adresse", "Anna Seidel <anna.seidel+leads@gmail.com>", LO,
         "zweimal abgebucht LO-INV-7262",
         """Hallo!

Am 23.09. wurde zweimal abgebucht, 2 x 1.499,00 ₹ (LO-INV-7261, LO-INV-7262). Bitte die zweite Zahlung
zurück.

Liebe Grüße, Anna
""", "2025-09-25 20:00 +0200", reply_to="anna.seidel@gmail.com")
case("h04-plus-adresse", [f], LOB, "need_info", [], rules=["C2"],
     spec="Section 8: 'name+tag@' is another address and Reply-To never verifies anyone; From "
          "anna.seidel+leads@gmail.com is not the registered anna.seidel@gmail.com: C2",
     title="Hard: +tag sender, Reply-To is the registered address: C2")

cust("martin.schulz@schulz-gastro.de", "Martin Schulz", "monthly", ("2025-09-19", "2025-10-18"))
lopay("pay_de_7271", "LO-INV-7271", "martin.schulz@schulz-gastro.de", "monthly", "1499.00", "269.82",
      "2025-09-19T09:00:00", ("2025-09-19", "2025-10-18"))
f = mail("l16-anwalt-rueckbuchung", "Martin Schulz <martin.schulz@schulz-gastro.de>", LO,
         "LETZTE AUFFORDERUNG – LO-INV-7271",
         """Ihr habt mir am 19.09. schon wieder 1.499 ₹ abgebucht, obwohl ich im August gekündigt habe
(Rechnung LO-INV-7271). Wenn das Geld nicht bis Freitag zurück ist, lasse ich die Zahlung über meine Bank
zurückbuchen (Chargeback) und gebe die Sache meinem Anwalt.

Und damit es klar ist: ich kündige hiermit nochmal ausdrücklich.

Martin Schulz
Schulz Gastro
""", "2025-09-24 21:00 +0200")
case("l16-anwalt-rueckbuchung", [f], LOB, "decided", [refund("escalate"), cancel("escalate")],
     "C4: chargeback and lawyer threat; section 8 'C4 covers the whole case', so refund and cancellation "
     "are both escalate", rules=["C4"], title="Chargeback + lawyer threat with refund and cancellation: escalate both")

cust("eva.berger@berger-reisen.at", "Eva Berger", "quarterly", ("2025-08-01", "2025-10-31"))
lopay("pay_de_7281", "LO-INV-7281", "eva.berger@berger-reisen.at", "quarterly", "3999.00", "719.82",
      "2025-08-01T09:00:00", ("2025-08-01", "2025-10-31"))
f = mail("l17-frage-export", "Eva Berger <eva.berger@berger-reisen.at>", LO,
         "Frage: Leads als CSV exportieren?",
         """Liebes Team,

kurze Frage: wie kann ich meine Leads aus dem Dashboard als CSV oder Excel exportieren? Ich finde den
Button nicht. Danke!

Liebe Grüße aus Salzburg
Eva Berger
""", "2025-09-29 10:15 +0200")
case("l17-frage-export", [f], LOB, "other", [],
     "How-to question, neither refund nor cancellation: other", title="How-to question (CSV export): other")

cust("sebastian.krause@krause-handwerk.de", "Sebastian Krause", "monthly", status="trial", trial_ends="2025-10-05")
f = mail("l18-hypothetisch", "Sebastian Krause <sebastian.krause@krause-handwerk.de>", LO,
         "Frage vor dem Upgrade",
         """Moin,

ich teste gerade und überlege, auf das Jahresabo zu gehen. Falls ich upgrade und das Tool bei uns dann
doch nicht funktioniert – bekomme ich in dem Fall mein Geld zurück? Wie ist das geregelt?

Beste Grüße
Sebastian Krause
""", "2025-09-28 17:00 +0200")
case("l18-hypothetisch", [f], LOB, "other", [],
     "Hypothetical before buying ('Falls ich upgrade ... bekomme ich mein Geld zurück?') is a policy question "
     "(section 8): other", title="Hypothetical refund question before upgrading: other")

f = mail("l19-abwesenheit", "Eva Berger <eva.berger@berger-reisen.at>", LO,
         "Automatische Antwort: Ihre Anfrage [LO-2231]",
         """Vielen Dank für Ihre Nachricht. Ich bin bis 06.10.2025 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an office@berger-reisen.at.

Eva Berger
""", "2025-09-30 09:00 +0200", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l19-abwesenheit", [f], LOB, "ignore", [], rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied (out-of-office) is ignored",
     title="Out-of-office auto-reply: ignore C7")

cust("ralf.zimmermann@zimmermann-kfz.de", "Ralf Zimmermann", "annual", ("2025-02-10", "2026-02-09"))
lopay("pay_de_7291", "LO-INV-7291", "ralf.zimmermann@zimmermann-kfz.de", "annual", "11988.00", "2157.84",
      "2025-02-10T09:00:00", ("2025-02-10", "2026-02-09"))
f = mail("h05-wg-eigene-mail", "Ralf Zimmermann <ralf.zimmermann@zimmermann-kfz.de>", LO,
         "WG: Kündigung",
         """Hallo,

die Mail unten ging wohl an die falsche Adresse, bitte um Bearbeitung.

Gruß R. Zimmermann

-----Ursprüngliche Nachricht-----
Von: Ralf Zimmermann <ralf.zimmermann@zimmermann-kfz.de>
Gesendet: Montag, 15. September 2025 08:12
An: vertrieb@leadsoptima.de
Betreff: Kündigung

Sehr geehrte Damen und Herren,

ich kündige mein Jahresabo zum Ende der Laufzeit. Wir haben kaum Anfragen über die Plattform bekommen,
das lohnt sich für uns nicht.

Mit freundlichen Grüßen
Ralf Zimmermann
Zimmermann Kfz-Meisterbetrieb
""", "2025-09-17 07:30 +0200")
case("h05-wg-eigene-mail", [f], LOB, "decided", [cancel("cancel", "2026-02-09")],
     "Outlook forward (WG:) from the registered address of his own earlier mail: read for the request "
     "(section 8); L8 cancel effective current_period_end 2026-02-09",
     title="Hard: Outlook WG: of his own misaddressed cancellation: cancel")

cust("dr.lorenz@praxis-dr-lorenz.de", "Dr. Peter Lorenz", "quarterly", ("2025-08-05", "2025-11-04"))
lopay("pay_de_7301", "LO-INV-7301", "dr.lorenz@praxis-dr-lorenz.de", "quarterly", "3999.00", "719.82",
      "2025-08-05T09:00:00", ("2025-08-05", "2025-11-04"))
f = mail("h06-wg-sekretariat", "Sekretariat Praxis Dr. Lorenz <sekretariat@praxis-dr-lorenz.de>", LO,
         "WG: LeadsOptima kündigen",
         """Sehr geehrte Damen und Herren,

anbei die Nachricht von Herrn Dr. Lorenz mit der Bitte um Erledigung.

Freundliche Grüße
Sekretariat

-----Ursprüngliche Nachricht-----
Von: Dr. Peter Lorenz <dr.lorenz@praxis-dr-lorenz.de>
Gesendet: Dienstag, 23. September 2025 18:44
An: Sekretariat <sekretariat@praxis-dr-lorenz.de>
Betreff: LeadsOptima kündigen

Bitte kündigen Sie das LeadsOptima-Abo (Quartalsplan, angemeldet mit dr.lorenz@praxis-dr-lorenz.de).
Wir bekommen unsere Patienten ohnehin über Empfehlungen.
PL
""", "2025-09-24 08:05 +0200")
case("h06-wg-sekretariat", [f], LOB, "need_info", [], rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the registered email dr.lorenz@praxis-dr-lorenz.de, "
          "other than the sender sekretariat@...: C2, the draft asks for the request from that address",
     title="Hard: assistant forwards the boss's cancellation (WG:): C2")

cust("lisa.mueller@mueller-kosmetik.de", "Lisa Müller", "monthly", ("2025-09-07", "2025-10-06"))
lopay("pay_de_7311", "LO-INV-7311", "lisa.mueller@mueller-kosmetik.de", "monthly", "999.00", "179.82",
      "2025-09-07T09:00:00", ("2025-09-07", "2025-10-06"))
f = mail("h07-denglisch-cancel", "Lisa Müller <lisa.mueller@mueller-kosmetik.de>", LO,
         "cancel subscription pls",
         """Hi team,

bitte cancel my subscription asap – wir sind auf HubSpot umgestiegen, das ist einfach besser integriert
mit unserem Shop. No refund needed, passt schon.

Thx & LG
Lisa
""", "2025-09-30 15:30 +0200")
case("h07-denglisch-cancel", [f], LOB, "decided", [cancel("cancel", "2025-10-06")],
     "Mixed German/English cancellation with 'No refund needed' (negation, section 8); L8 cancel effective "
     "current_period_end 2025-10-06", title="Hard: Denglisch cancellation, no refund: cancel")

cust("frank.becker@becker-druck.de", "Frank Becker", "monthly", ("2025-09-10", "2025-10-09"))
lopay("pay_de_7321", "LO-INV-7321", "frank.becker@becker-druck.de", "monthly", "1499.00", "269.82",
      "2025-09-10T09:00:00", ("2025-09-10", "2025-10-09"))
f = mail("h08-danke-erstattung", "Frank Becker <frank.becker@becker-druck.de>", LO,
         "Erstattung angekommen – danke",
         """Hallo zusammen,

nur kurz zur Info: die Rückerstattung für die doppelte Abbuchung aus dem August ist heute auf unserem
Konto eingegangen. Vielen Dank für die schnelle Bearbeitung, alles erledigt!

Beste Grüße
Frank Becker
Becker Druck & Medien
""", "2025-09-26 11:00 +0200")
case("h08-danke-erstattung", [f], LOB, "other", [],
     "Past event, thanks for a refund already received: no refund or cancellation requested: other",
     title="Hard: thank-you for a refund already received: other")

cust("oliver.hartmann@hartmann-moebel.de", "Oliver Hartmann", "monthly", ("2025-09-24", "2025-10-23"))
lopay("pay_de_7331", "LO-INV-7331", "oliver.hartmann@hartmann-moebel.de", "monthly", "1499.00", "269.82",
      "2025-09-24T09:00:00", ("2025-09-24", "2025-10-23"), status="refunded")
f = mail("h09-bereits-erstattet", "Oliver Hartmann <oliver.hartmann@hartmann-moebel.de>", LO,
         "Falscher Betrag LO-INV-7331",
         """Guten Tag,

für September wurde uns ein falscher Betrag berechnet (LO-INV-7331, 24.09.), wir haben einen Rabatt
vereinbart. Bitte erstatten Sie die Zahlung.

Mit freundlichen Grüßen
Oliver Hartmann
""", "2025-09-27 09:00 +0200")
case("h09-bereits-erstattet", [f], LOB, "decided", [refund("escalate")],
     "L2 billing_error ('falscher Betrag'), day 3; the ledger payment LO-INV-7331 has status refunded: "
     "section 8 'Payments not paid ... a refund of one is escalated' (L5 escalates anyway)",
     title="Hard: wrong amount on a payment the ledger shows as refunded: escalate")

# ---------------------------------------------------------------- Optima WebDesign

proj("Praxis Dr. Neumann Website", "praxis@dr-neumann.de")
owpay("pay_de_o701", "OWD-2025-701", "Praxis Dr. Neumann Website", "deposit", "50000.00", "9000.00",
      "2025-09-23T11:00:00")
f = mail("o01-anzahlung-49h", "Praxis Dr. Neumann <praxis@dr-neumann.de>", OWD,
         "Refund Request — Praxis Dr. Neumann Website / OWD-2025-701",
         """Sehr geehrte Damen und Herren,

für das Projekt „Praxis Dr. Neumann Website" haben wir am Dienstag die Anzahlung über 59.000,00 ₹
(inkl. Steuer) geleistet, Rechnung OWD-2025-701. Leider ist die geplante Praxisübernahme geplatzt,
das Projekt entfällt daher. Mit der Arbeit wurde noch nicht begonnen. Wir bitten um Erstattung der
Anzahlung.

Mit freundlichen Grüßen
Dr. med. Karin Neumann
""", "2025-09-25 09:00 +0200")
case("o01-anzahlung-49h", [f], OWB, "decided", [refund("approve", "50000.00")],
     "O2: deposit paid 2025-09-23 11:00 IST, request 2025-09-25 12:30 IST = 49.5 h < 72 h, work not started: "
     "approve the amount before tax 50000.00 (C6; the 9000.00 tax is kept)",
     title="Deposit, 49.5 h, no work: approve 50000.00 (not the 59.000 with tax)")

proj("Bäckerei Sonnleitner Onlineshop", "office@baeckerei-sonnleitner.at")
owpay("pay_de_o711", "OWD-2025-711", "Bäckerei Sonnleitner Onlineshop", "deposit", "25000.00", "4500.00",
      "2025-09-20T10:00:00")
f = mail("o02-anzahlung-genau-72h", "Bäckerei Sonnleitner <office@baeckerei-sonnleitner.at>", OWD,
         "Storno Onlineshop – Anzahlung OWD-2025-711",
         """Guten Morgen,

wir möchten das Projekt Bäckerei Sonnleitner Onlineshop stornieren und ersuchen um Rückzahlung der
Anzahlung (OWD-2025-711). Grund: Unsere Filiale in Wels schließt, wir brauchen vorerst keinen Shop.

Freundliche Grüße
Johann Sonnleitner
""", "2025-09-23 06:30 +0200")
case("o02-anzahlung-genau-72h", [f], OWB, "decided", [refund("deny")],
     "O2: deposit paid 2025-09-20 10:00 IST, request 2025-09-23 06:30 +0200 = 10:00 IST, exactly 72 h; "
     "section 8: exactly 72 hours is not before 72 hours: deny",
     extra_ok=True, title="Austrian, deposit refund at exactly 72 h: deny")

proj("Weingut Mayr Relaunch", "weingut@mayr-wachau.at", started="2025-09-27T09:00:00")
owpay("pay_de_o721", "OWD-2025-721", "Weingut Mayr Relaunch", "deposit", "30000.00", "5400.00",
      "2025-09-26T10:00:00")
f = mail("o03-anzahlung-arbeit-begonnen", "Weingut Mayr <weingut@mayr-wachau.at>", OWD,
         "Anzahlung Weingut Mayr Relaunch zurück",
         """Grüß Gott,

wir haben uns doch für eine Agentur aus der Region entschieden und möchten die Anzahlung für das
Projekt Weingut Mayr Relaunch (Rechnung OWD-2025-721) zurück. Es ist ja erst zwei Tage her.

Mit besten Grüßen aus der Wachau
Georg Mayr
""", "2025-09-28 10:00 +0200")
case("o03-anzahlung-arbeit-begonnen", [f], OWB, "decided", [refund("deny")],
     "O2: request 2025-09-28 13:30 IST is 51.5 h after payment but work started 2025-09-27 09:00, before the "
     "request ('whichever occurs first'): deny", title="Deposit within 72 h but work already started: deny")

proj("Yoga Studio Lichtblick", "hallo@yogalichtblick.de")
owpay("pay_de_o731", "OWD-2025-731", "Yoga Studio Lichtblick", "discovery", "15000.00", "2700.00",
      "2025-09-15T12:00:00")
f = mail("o04-discovery-nicht-begonnen", "Yoga Studio Lichtblick <hallo@yogalichtblick.de>", OWD,
         "Erstattung Strategie-Workshop (owd 2025 731)",
         """Hallo ihr Lieben,

wir haben im September den Discovery-/Strategie-Workshop für unser Projekt Yoga Studio Lichtblick
gebucht und bezahlt (Rechnung owd 2025 731). Einen Termin hatten wir noch nicht. Wir haben uns
entschieden, die Website doch selbst mit einem Baukasten zu machen, deshalb hätten wir das Geld gern
zurück.

Namasté & liebe Grüße
Mira
""", "2025-09-29 11:00 +0200")
case("o04-discovery-nicht-begonnen", [f], OWB, "decided", [refund("approve", "15000.00")],
     "O1: discovery, work_started_at empty, no session: full refund of the amount before tax 15000.00; "
     "invoice typed 'owd 2025 731' matches OWD-2025-731 (section 8)",
     title="Discovery fee, no session yet, sloppy invoice: approve 15000.00")

proj("Schreinerei Holzwerk Identität", "info@holzwerk-schreinerei.ch", started="2025-09-18T10:00:00")
owpay("pay_de_o741", "OWD-2025-741", "Schreinerei Holzwerk Identität", "discovery", "12000.00", "0.00",
      "2025-09-12T10:00:00")
f = mail("o05-discovery-begonnen", "Schreinerei Holzwerk <info@holzwerk-schreinerei.ch>", OWD,
         "Rueckerstattung Discovery OWD-2025-741",
         """Guten Tag

Nach dem ersten Workshop am 18. September haben wir gemerkt, dass wir mit dem Projekt Schreinerei
Holzwerk Identitaet noch warten wollen. Bitte erstatten Sie uns die Discovery-Gebuehr (OWD-2025-741).

Freundliche Gruesse
Beat Schnyder
""", "2025-09-24 08:00 +0200")
case("o05-discovery-begonnen", [f], OWB, "decided", [refund("deny")],
     "O1: work_started_at 2025-09-18 (the first workshop), before the request 2025-09-24: deny",
     title="Swiss, discovery after the first workshop: deny")

proj("Autohaus Reiter Portal", "it@autohaus-reiter.de", started="2025-08-01T10:00:00")
owpay("pay_de_o751", "OWD-2025-751", "Autohaus Reiter Portal", "milestone", "40000.00", "7200.00",
      "2025-08-01T10:00:00", milestone_status="approved")
owpay("pay_de_o752", "OWD-2025-752", "Autohaus Reiter Portal", "milestone", "30000.00", "5400.00",
      "2025-08-25T10:00:00", milestone_status="in_progress")
owpay("pay_de_o753", "OWD-2025-753", "Autohaus Reiter Portal", "milestone", "30000.00", "5400.00",
      "2025-09-10T10:00:00", milestone_status="not_started")
f = mail("o06-meilenstein-offen", "IT Autohaus Reiter <it@autohaus-reiter.de>", OWD,
         "Refund Request — Autohaus Reiter Portal / OWD-2025-753",
         """Sehr geehrtes Optima-Team,

wir haben intern beschlossen, den Händler-Login (Meilenstein 3) aus dem Projektumfang zu streichen, da
der Hersteller ein eigenes Portal bereitstellt. Meilenstein 3 ist laut Projektplan noch nicht begonnen.
Bitte erstatten Sie die bereits bezahlte Rechnung OWD-2025-753 (30.000 ₹ zzgl. USt).

Mit freundlichen Grüßen
Kai Reiter
IT-Leitung, Autohaus Reiter GmbH & Co. KG
""", "2025-09-26 14:00 +0200")
case("o06-meilenstein-offen", [f], OWB, "decided", [refund("approve", "30000.00")],
     "O3: milestone OWD-2025-753 status not_started: refund that milestone's amount before tax 30000.00",
     title="Milestone not started: approve 30000.00")

proj("Hotel Alpenblick Buchungsstrecke", "rezeption@hotel-alpenblick.at", started="2025-09-01T10:00:00")
owpay("pay_de_o761", "OWD-2025-761", "Hotel Alpenblick Buchungsstrecke", "milestone", "45000.00", "8100.00",
      "2025-09-01T10:00:00", milestone_status="in_progress")
f = mail("o07-meilenstein-laufend", "Hotel Alpenblick <rezeption@hotel-alpenblick.at>", OWD,
         "Buchungsstrecke – Erstattung Meilenstein",
         """Sehr geehrte Damen und Herren,

die Arbeiten an der Buchungsstrecke (Projekt Hotel Alpenblick Buchungsstrecke, Rechnung OWD-2025-761)
laufen zwar, aber der Großteil ist noch nicht umgesetzt. Da wir den Hotelbetrieb im Winter verpachten,
brauchen wir das nicht mehr und bitten um Erstattung des Meilensteins.

Hochachtungsvoll
Familie Pichler
""", "2025-09-22 09:00 +0200")
case("o07-meilenstein-laufend", [f], OWB, "decided", [refund("escalate")],
     "O3: milestone OWD-2025-761 is in_progress: escalate (value of work not started needs a person)",
     title="Milestone in progress: escalate")

proj("Tierarztpraxis Pfote Website", "team@tierarzt-pfote.de", started="2025-07-01T10:00:00")
owpay("pay_de_o771", "OWD-2025-771", "Tierarztpraxis Pfote Website", "milestone", "20000.00", "3600.00",
      "2025-08-20T10:00:00", milestone_status="approved")
f = mail("o08-meilenstein-abgenommen", "Tierarztpraxis Pfote <team@tierarzt-pfote.de>", OWD,
         "Rückerstattung Design-Meilenstein OWD-2025-771",
         """Hallo,

das Design für die Tierarztpraxis Pfote Website haben wir im August zwar freigegeben, aber ehrlich gesagt
gefällt es uns inzwischen nicht mehr. Wir möchten den Betrag für diesen Meilenstein (OWD-2025-771) zurück.

Viele Grüße
Dr. Sophie Adler
""", "2025-09-23 12:00 +0200")
case("o08-meilenstein-abgenommen", [f], OWB, "decided", [refund("deny")],
     "O3/O6: milestone OWD-2025-771 status approved (approved deliverable): deny",
     title="Approved milestone, changed taste: deny")

proj("Fahrschule Blitz SEO-Retainer", "fahrschule@blitz-fahrschule.de", started="2025-06-15T10:00:00")
owpay("pay_de_o781", "OWD-2025-781", "Fahrschule Blitz SEO-Retainer", "retainer", "18000.00", "3240.00",
      "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", period=("2025-09-15", "2025-10-14"))
f = mail("o09-retainer-fristgerecht", "Fahrschule Blitz <fahrschule@blitz-fahrschule.de>", OWD,
         "Kündigung SEO-Retainer",
         """Hallo Optima-Team,

hiermit kündigen wir den SEO-Retainer (Projekt Fahrschule Blitz SEO-Retainer, letzte Rechnung
OWD-2025-781) zum nächstmöglichen Termin. Grund: Wir übernehmen SEO ab Oktober inhouse, unsere neue
Werkstudentin kümmert sich darum.

Gruß
Markus Blitz
""", "2025-09-26 10:00 +0200")
case("o09-retainer-fristgerecht", [f], OWB, "decided", [cancel("cancel", "2025-10-14")],
     "O4/O8: next_billing_at 2025-10-15; 2025-10-15 - 7 days = 2025-10-08; request 2025-09-26 is on or before: "
     "next charge avoided, effective the day before next_billing_at = 2025-10-14",
     title="Retainer cancelled with 19 days' notice: cancel 2025-10-14")

proj("Café Kranz Social Media", "kontakt@cafe-kranz.de", started="2025-05-03T10:00:00")
owpay("pay_de_o791", "OWD-2025-791", "Café Kranz Social Media", "retainer", "12000.00", "2160.00",
      "2025-09-03T10:00:00", next_billing_at="2025-10-03T00:00:00", period=("2025-09-03", "2025-10-02"))
f = mail("o10-retainer-kurzfristig", "Café Kranz <kontakt@cafe-kranz.de>", OWD,
         "Kündigung Social Media Betreuung",
         """Liebes Optima-Team,

leider müssen wir die Social-Media-Betreuung (Café Kranz Social Media, Rechnung OWD-2025-791) kündigen.
Der Umsatz ist seit dem Sommer eingebrochen und wir müssen sparen. Bitte ab sofort beenden.

Herzliche Grüße
Renate Kranz
""", "2025-09-29 15:00 +0200")
case("o10-retainer-kurzfristig", [f], OWB, "decided", [cancel("cancel", "2025-11-02")],
     "O4: next_billing_at 2025-10-03, cut-off 2025-10-03 - 7 = 2025-09-26; request 2025-09-29 is later: "
     "the next cycle (2025-10-03..2025-11-02, same length as period 2025-09-03..2025-10-02) is billed, "
     "effective_date = its last day 2025-11-02",
     title="Retainer cancelled 4 days before renewal: next cycle billed, cancel 2025-11-02")

proj("Malerbetrieb Kunz Content", "buero@kunz-maler.ch", started="2025-06-10T10:00:00")
owpay("pay_de_o801", "OWD-2025-801", "Malerbetrieb Kunz Content", "retainer", "10000.00", "0.00",
      "2025-09-10T10:00:00", period=("2025-09-10", "2025-10-09"))
owpay("pay_de_o802", "OWD-2025-802", "Malerbetrieb Kunz Content", "retainer", "10000.00", "0.00",
      "2025-09-25T10:00:00", next_billing_at="2025-11-10T00:00:00", period=("2025-10-10", "2025-11-09"))
f = mail("o11-retainer-vorausbezahlt", "Malerbetrieb Kunz <buero@kunz-maler.ch>", OWD,
         "Kuendigung Content-Retainer",
         """Guten Tag

Wir kuendigen den Content-Retainer fuer das Projekt Malerbetrieb Kunz Content. Den Oktober habt ihr
ja schon abgebucht (OWD-2025-802). Grund: Mein Sohn uebernimmt den Betrieb und macht das Marketing selber.

Freundliche Gruesse
Hans Kunz
""", "2025-09-27 09:00 +0200")
case("o11-retainer-vorausbezahlt", [f], OWB, "decided", [cancel("escalate")],
     "O4 + section 8 'Retainer paid in advance': the next cycle 2025-10-10..2025-11-09 is already paid "
     "(OWD-2025-802) and the notice is >= 7 days (2025-09-27 <= 2025-10-03): escalate",
     extra_ok=True, title="Swiss, retainer with next cycle already paid, early notice: escalate")

proj("Zahnarzt Dr. Kaiser Hosting", "praxis@zahnarzt-kaiser.de", started="2025-09-20T00:00:00")
owpay("pay_de_o811", "OWD-2025-811", "Zahnarzt Dr. Kaiser Hosting", "hosting_annual", "18000.00", "3240.00",
      "2025-09-19T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
f = mail("o12-hosting-anteilig", "Praxis Dr. Kaiser <praxis@zahnarzt-kaiser.de>", OWD,
         "Hosting kündigen + Erstattung OWD-2025-811",
         """Sehr geehrte Damen und Herren,

wir ziehen mit der Praxis-Website zu dem Hoster unseres Praxisverwaltungssystems um und kündigen daher das
Jahres-Hosting (Projekt Zahnarzt Dr. Kaiser Hosting, Rechnung OWD-2025-811, 18.000,00 ₹ netto).
Bitte erstatten Sie uns den anteiligen Betrag.

Mit freundlichen Grüßen
Dr. Stefan Kaiser
""", "2025-09-29 10:00 +0200")
case("o12-hosting-anteilig", [f], OWB, "decided", [refund("approve", "14300.00")],
     "O5: service_start 2025-09-20, request 2025-09-29 = day 9 <= 14; monthly_value = (18000 - 2400) / 12 = "
     "1300.00; refund = 18000 - 2400 - 1300 x 1 = 14300.00", extra_ok=True,
     title="Annual hosting cancelled on day 9: approve 14300.00 (cancellation decision allowed)")

proj("Gasthof Lindenwirt Wartung", "wirt@lindenwirt.at", started="2025-09-10T00:00:00")
owpay("pay_de_o821", "OWD-2025-821", "Gasthof Lindenwirt Wartung", "maintenance_annual", "14999.00", "2699.82",
      "2025-09-09T10:00:00", setup_fee="1500.00", service_start="2025-09-10")
f = mail("o13-wartung-tag14", "Gasthof Lindenwirt <wirt@lindenwirt.at>", OWD,
         "Wartungsvertrag – Rücktritt",
         """Servus,

wir treten vom Wartungsvertrag (Gasthof Lindenwirt Wartung, Rechnung OWD-2025-821) zurück: mein Neffe
ist Webentwickler und übernimmt das ab sofort gratis. Bitte den anteiligen Betrag zurück überweisen.

Danke und schöne Grüße
Sepp Huber, Lindenwirt
""", "2025-09-24 09:00 +0200")
case("o13-wartung-tag14", [f], OWB, "decided", [refund("approve", "12374.08")],
     "O5: service_start 2025-09-10, request 2025-09-24 12:30 IST = day 14 (inside); monthly_value = "
     "(14999.00 - 1500.00) / 12 = 1124.9166...; refund = 14999.00 - 1500.00 - 1124.9166... = 12374.0833... "
     "-> 12374.08 (rounded once at the end, C6)", extra_ok=True,
     title="Austrian, annual maintenance on day 14 with rounding: approve 12374.08")

proj("Elektro Vogt Hosting", "info@elektro-vogt.ch", started="2025-09-01T00:00:00")
owpay("pay_de_o831", "OWD-2025-831", "Elektro Vogt Hosting", "hosting_annual", "12000.00", "0.00",
      "2025-08-30T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
f = mail("o14-hosting-tag16", "Elektro Vogt AG <info@elektro-vogt.ch>", OWD,
         "Hosting Elektro Vogt – Kuendigung und Rueckerstattung",
         """Sehr geehrte Damen und Herren

Wir kuendigen das Jahreshosting (Elektro Vogt Hosting, OWD-2025-831) und bitten um anteilige
Rueckerstattung. Grund: Die Muttergesellschaft hostet alle Websites kuenftig zentral.

Freundliche Gruesse
Andrea Vogt
""", "2025-09-17 08:30 +0200")
case("o14-hosting-tag16", [f], OWB, "decided", [refund("deny")],
     "O5: service_start 2025-09-01, request 2025-09-17 = day 16 > 14: deny", extra_ok=True,
     title="Swiss, annual hosting on day 16: deny")

proj("Kinderhaus Regenbogen Website", "kita@kinderhaus-regenbogen.de", started="2025-07-01T10:00:00")
owpay("pay_de_o841", "OWD-2025-841", "Kinderhaus Regenbogen Website", "third_party", "1800.00", "324.00",
      "2025-09-20T10:00:00")
f = mail("o15-domain", "Kinderhaus Regenbogen <kita@kinderhaus-regenbogen.de>", OWD,
         "Domain + SSL zurückerstatten?",
         """Hallo,

für die Kinderhaus Regenbogen Website wurde uns die Verlängerung der .de-Domain und des SSL-Zertifikats
berechnet (OWD-2025-841). Der Träger hat die Domain aber inzwischen selbst registriert, wir brauchen
eure also nicht mehr. Bitte das Geld zurück.

Liebe Grüße
Team Kinderhaus Regenbogen
""", "2025-09-25 13:00 +0200")
case("o15-domain", [f], OWB, "decided", [refund("deny")],
     "O6: kind third_party (domain, SSL) is never refundable: deny citing Non-refundable items",
     title="Domain + SSL renewal: deny O6")

proj("Messestand Nordlicht Landingpage", "marketing@nordlicht-messebau.de", started="2025-09-15T10:00:00")
owpay("pay_de_o851", "OWD-2025-851", "Messestand Nordlicht Landingpage", "rush", "8000.00", "1440.00",
      "2025-09-15T10:00:00")
f = mail("o16-eilzuschlag", "Nordlicht Messebau <marketing@nordlicht-messebau.de>", OWD,
         "Eilzuschlag OWD-2025-851",
         """Moin,

ihr habt uns für die Messestand Nordlicht Landingpage einen Eilzuschlag berechnet (OWD-2025-851).
Die Messe wurde jetzt aber auf März verschoben, die Eile war also umsonst. Bitte erstattet den Zuschlag.

Gruß aus Kiel
Jan Petersen
""", "2025-09-26 09:00 +0200")
case("o16-eilzuschlag", [f], OWB, "decided", [refund("deny")],
     "O6: kind rush (expedited fee) is never refundable: deny", title="Rush fee: deny O6")

proj("Friseur Schnittpunkt Instagram", "salon@schnittpunkt-friseur.de", started="2025-04-01T10:00:00")
owpay("pay_de_o861", "OWD-2025-861", "Friseur Schnittpunkt Instagram", "retainer", "9000.00", "1620.00",
      "2025-09-20T10:00:00", next_billing_at="2025-10-20T00:00:00", period=("2025-09-20", "2025-10-19"))
f = mail("o17-kuendigung-ohne-grund", "Friseur Schnittpunkt <salon@schnittpunkt-friseur.de>", OWD,
         "Kündigung",
         """Sehr geehrte Damen und Herren,

hiermit kündige ich den Vertrag zum Projekt Friseur Schnittpunkt Instagram, Rechnung OWD-2025-861.

Mit freundlichen Grüßen
Yvonne Brandl
Inhaberin
Friseur Schnittpunkt · Hauptstraße 5 · 93047 Regensburg
""", "2025-09-23 17:00 +0200")
case("o17-kuendigung-ohne-grund", [f], OWB, "need_info", [], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); contract email, project and invoice "
          "given, only a signature follows: C3 need_info reason",
     title="Optima cancellation without a reason: need_info reason")

proj("Gartenbau Moser Website", "info@gartenbau-moser.de")
owpay("pay_de_o871", "OWD-2025-871", "Gartenbau Moser Website", "third_party", "2500.00", "450.00",
      "2025-09-29T09:00:00")
owpay("pay_de_o872", "OWD-2025-872", "Gartenbau Moser Website", "deposit", "35000.00", "6300.00",
      "2025-09-29T10:00:00")
f1 = mail("o18-thread-1", "Gartenbau Moser <info@gartenbau-moser.de>", OWD,
          "Gartenbau Moser Website – Anzahlung zurück",
          """Guten Tag,

wir haben gestern die Anzahlung für die Gartenbau Moser Website bezahlt, haben aber heute von einem
Bekannten ein günstiges Angebot für eine fertige Website bekommen, das wir annehmen. Bitte die Anzahlung erstatten.

Mit freundlichen Grüßen
Thomas Moser
""", "2025-09-30 09:00 +0200")
f2 = mail("o18-thread-2", "Gartenbau Moser <info@gartenbau-moser.de>", OWD,
          "AW: Gartenbau Moser Website – Anzahlung zurück [OWD-3107]",
          """Hallo,

die Rechnungsnummer der Anzahlung lautet OWD-2025-872.

Gruß
Thomas Moser

Am 30.09.2025 um 09:30 schrieb Optima WebDesign <optimawebdesigns12@gmail.com>:
> Bitte nennen Sie die Rechnungs- bzw. Zahlungsreferenz.
""", "2025-09-30 16:00 +0200", in_reply_to="<owd-reply-de-o18@optimawebdesign.com>",
          references=f"{msgid(f1)} <owd-reply-de-o18@optimawebdesign.com>")
case("o18-thread-rechnung", [f1, f2], OWB, "decided", [refund("approve", "35000.00")],
     "C3 thread: first mail lacks the invoice (the project has two payments), the answer names OWD-2025-872; "
     "O2: deposit paid 2025-09-29 10:00 IST, request time = first mail 2025-09-30 12:30 IST = 26.5 h, "
     "no work started: approve 35000.00",
     title="Thread: deposit refund, invoice given in the answer: approve 35000.00")

proj("Sanitär Huber Hosting", "info@sanitaer-huber.de", started="2025-09-22T00:00:00")
owpay("pay_de_o881", "OWD-2025-881", "Sanitär Huber Hosting", "hosting_annual", "12000.00", "2160.00",
      "2025-09-21T10:00:00", setup_fee="1200.00", service_start="2025-09-22")
f = mail("o19-falsche-adresse", "Michael Huber <m.huber@sanitaer-huber.de>", OWD,
         "Hosting Sanitär Huber stornieren",
         """Hallo,

bitte stornieren Sie das Hosting für Sanitär Huber Hosting (OWD-2025-881) und erstatten Sie den anteiligen
Betrag. Wir bleiben doch bei unserem bisherigen Anbieter, der Umzug ist zu aufwendig.

Gruß
Michael Huber (Juniorchef)
""", "2025-09-26 10:00 +0200")
case("o19-falsche-adresse", [f], OWB, "need_info", [], rules=["C2"],
     spec="C2 (explicit for Optima): m.huber@sanitaer-huber.de is not the contract email info@sanitaer-huber.de; "
          "draft asks for the request from the contract email, no account details",
     title="Hosting refund from a colleague's address, not the contract email: C2")

proj("Modehaus Engel Shop", "geschaeftsleitung@modehaus-engel.de", started="2025-07-01T10:00:00")
owpay("pay_de_o891", "OWD-2025-891", "Modehaus Engel Shop", "milestone", "60000.00", "10800.00",
      "2025-08-15T10:00:00", milestone_status="completed")
f = mail("o20-verbraucherzentrale", "Modehaus Engel <geschaeftsleitung@modehaus-engel.de>", OWD,
         "Beschwerde Shop-Meilenstein OWD-2025-891",
         """Sehr geehrte Damen und Herren,

der als abgeschlossen abgerechnete Meilenstein (Modehaus Engel Shop, OWD-2025-891) ist voller Fehler,
der Checkout bricht ständig ab. Ich verlange die Rückzahlung. Sollte ich bis Monatsende nichts hören,
werde ich rechtliche Schritte einleiten und meinen Anwalt einschalten.

Mit freundlichen Grüßen
Helga Engel
Geschäftsführerin
""", "2025-09-25 08:00 +0200")
case("o20-anwalt", [f], OWB, "decided", [refund("escalate")],
     "C4: legal steps / lawyer threatened: escalate (before O3/O6 would deny the completed milestone)",
     rules=["C4"], title="Completed milestone, threat of legal action: escalate C4")

proj("Druckerei Blau Shop", "info@druckerei-blau.de")
owpay("pay_de_o901", "OWD-2025-901", "Druckerei Blau Shop", "deposit", "20000.00", "3600.00",
      "2025-09-28T10:00:00", status="failed")
f = mail("o21-zahlung-fehlgeschlagen", "Druckerei Blau <info@druckerei-blau.de>", OWD,
         "Anzahlung OWD-2025-901 zurück",
         """Hallo,

wir ziehen den Auftrag Druckerei Blau Shop zurück, da unser Gesellschafter das Budget nicht freigibt.
Bitte erstatten Sie die Anzahlung OWD-2025-901 vom 28.09.

Viele Grüße
Lukas Blau
""", "2025-09-29 09:00 +0200")
case("o21-zahlung-fehlgeschlagen", [f], OWB, "decided", [refund("escalate")],
     "Deposit within 72 h and no work, but the ledger payment status is failed: section 8 'Payments not paid "
     "... a refund of one is escalated'", title="Refund of a deposit whose payment failed: escalate")

f = mail("h10-mailer-daemon", "Mail Delivery System <MAILER-DAEMON@mx.kundenserver.de>", OWD,
         "Unzustellbar: Re: Refund Request — Gärtnerei Lind [OWD-3001]",
         """Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Die Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:

<inhaber@gaertnerei-lind.de>: host mx.gaertnerei-lind.de said: 550 5.1.1 Benutzer unbekannt
""", "2025-09-27 03:12 +0200", headers={"Auto-Submitted": "auto-replied"})
case("h10-mailer-daemon", [f], OWB, "ignore", [], rules=["C7"],
     spec="C7: MAILER-DAEMON sender (bounce), Auto-Submitted: ignore",
     title="Hard: German bounce from MAILER-DAEMON: ignore")

cust("jana.koenig@koenig-immobilien.de", "Jana König", "monthly", ("2025-09-14", "2025-10-13"))
lopay("pay_de_7341", "LO-INV-7341", "jana.koenig@koenig-immobilien.de", "monthly", "1499.00", "269.82",
      "2025-09-14T09:00:00", ("2025-09-14", "2025-10-13"))
f = mail("h11-andere-marke", "Jana König <jana.koenig@koenig-immobilien.de>", OWD,
         "Kündigung meines Abos",
         """Hallo,

bitte kündigen Sie mein Monatsabo zum Ende des Zeitraums, wir nutzen die Lead-Plattform nicht mehr,
seit wir unser Maklerbüro verkleinert haben.

Danke, Jana König
""", "2025-09-25 12:00 +0200")
case("h11-andere-marke", [f], OWB, "need_info", [], rules=["C2"],
     spec="C1: sent to the Optima mailbox, so brand optima_webdesign; section 8 'The other brand's customer': "
          "her address is in LeadsOptima's records only, so she is an unknown sender for Optima (C2, C3)",
     title="Hard: LeadsOptima customer writes to the Optima mailbox: Optima, unknown sender C2")

proj("Physiotherapie Balance Website", "praxis@physio-balance.de")
owpay("pay_de_o911", "OWD-2025-911", "Physiotherapie Balance Website", "deposit", "28000.00", "5040.00",
      "2025-09-27T12:00:00")
f = mail("h12-apple-weiterleitung-nur-notiz", "Physiotherapie Balance <praxis@physio-balance.de>", OWD,
         "Fwd: Refund Request — Physiotherapie Balance Website / OWD-2025-911",
         """Siehe unten, bitte um Erledigung.

Gesendet von meinem iPad

Anfang der weitergeleiteten Nachricht:

> Von: Physiotherapie Balance <praxis@physio-balance.de>
> Datum: 27. September 2025 um 18:40:12 MESZ
> An: Optima Webdesign <kontakt@optima-webdesign.de>
> Betreff: Refund Request — Physiotherapie Balance Website / OWD-2025-911
>
> Guten Abend,
>
> bitte erstatten Sie die Anzahlung OWD-2025-911 für das Projekt Physiotherapie Balance Website.
>
> Mit freundlichen Grüßen
> Lea Hofmann
""", "2025-09-28 08:00 +0200")
case("h12-weiterleitung-ohne-grund", [f], OWB, "need_info", [], missing=["reason"],
     spec="Apple Mail forward from the contract email; the forwarding note ('bitte um Erledigung') and the "
          "restated request are not reasons (section 8): C3 asks for the reason",
     title="Hard: Apple Mail forward, only a forwarding note, no reason: need_info reason")

proj("Bio-Hof Sonnenwiese Shop", "hof@sonnenwiese-bio.at")
owpay("pay_de_o921", "OWD-2025-921", "Bio-Hof Sonnenwiese Shop", "retainer", "7500.00", "1350.00",
      "2025-09-01T10:00:00", next_billing_at="2025-10-01T00:00:00", period=("2025-09-01", "2025-09-30"))
f1 = mail("h13-thread-1", "Bio-Hof Sonnenwiese <hof@sonnenwiese-bio.at>", OWD,
          "Kündigung Shop-Betreuung OWD-2025-921",
          """Grüß euch,

bitte die laufende Shop-Betreuung (Bio-Hof Sonnenwiese Shop, OWD-2025-921) kündigen. Eine Rückzahlung
brauchen wir nicht.

Liebe Grüße vom Hof
Theresa
""", "2025-09-15 19:00 +0200")
f2 = mail("h13-thread-2", "Bio-Hof Sonnenwiese <hof@sonnenwiese-bio.at>", OWD,
          "Re: Kündigung Shop-Betreuung OWD-2025-921 [OWD-3055]",
          """Hallo,

Grund: Wir verkaufen ab Oktober nur noch über den Bauernmarkt und eine gemeinsame Plattform der
Genossenschaft, der eigene Shop wird eingestellt.

LG Theresa

Am Di., 16. Sept. 2025 um 09:00 schrieb Optima WebDesign <optimawebdesigns12@gmail.com>:
> Bitte nennen Sie uns den Grund der Kündigung.
""", "2025-09-17 07:45 +0200", in_reply_to="<owd-reply-de-h13@optimawebdesign.com>",
          references=f"{msgid(f1)} <owd-reply-de-h13@optimawebdesign.com>")
case("h13-thread-grund", [f1, f2], OWB, "decided", [cancel("cancel", "2025-09-30")],
     "C3 thread: reason missing, given in the answer; request time = first mail 2025-09-15 22:30 IST; "
     "next_billing_at 2025-10-01 - 7 = 2025-09-24 >= 2025-09-15: next charge avoided, effective 2025-09-30; "
     "'Eine Rückzahlung brauchen wir nicht' is a negation (no refund intent)",
     title="Hard: thread, retainer cancel without reason, reason in the answer: cancel 2025-09-30")

f = mail("h14-newsletter", "Webdesign-Insider <newsletter@webdesign-insider.de>", OWD,
         "Newsletter 39/2025: Kündigungsbutton-Pflicht – was Agenturen jetzt wissen müssen",
         """Hallo,

diese Woche: Wie Sie Kündigungen und Rückerstattungen rechtssicher abwickeln, warum der Kündigungsbutton
Pflicht ist, und 5 Tipps für bessere Zahlungsbedingungen.

Abmelden: https://webdesign-insider.de/abmelden
""", "2025-09-26 06:00 +0200", headers={"List-Id": "Webdesign-Insider <news.webdesign-insider.de>",
                                          "Precedence": "bulk",
                                          "List-Unsubscribe": "<https://webdesign-insider.de/abmelden>"})
case("h14-newsletter", [f], OWB, "ignore", [], rules=["C7"],
     spec="C7: List-Id and Precedence: bulk (mailing list), even though it talks about cancellations and refunds",
     title="Hard: German newsletter about cancellations (List-Id, bulk): ignore")

proj("Steuerkanzlei Wagner Relaunch", "kanzlei@wagner-steuer.de", started="2025-08-01T10:00:00")
owpay("pay_de_o931", "OWD-2025-931", "Steuerkanzlei Wagner Relaunch", "milestone", "25000.00", "4500.00",
      "2025-09-01T10:00:00", milestone_status="in_progress")
f = mail("h15-rechnungsfrage", "Steuerkanzlei Wagner <kanzlei@wagner-steuer.de>", OWD,
         "Rechnung OWD-2025-931 – Korrektur Anschrift",
         """Sehr geehrte Damen und Herren,

auf der Rechnung OWD-2025-931 (Steuerkanzlei Wagner Relaunch) ist unsere alte Anschrift angegeben.
Könnten Sie die Rechnung bitte mit der neuen Adresse (Leopoldstraße 40, 80802 München) neu ausstellen?
Eine Erstattung oder Kündigung ist damit nicht verbunden, das Projekt läuft prima weiter.

Mit freundlichen Grüßen
Dr. Wagner
""", "2025-09-30 11:00 +0200")
case("h15-rechnungsfrage", [f], OWB, "other", [],
     "Request to reissue an invoice with a new address, explicitly no refund or cancellation: other",
     title="Hard: invoice address correction, explicitly no refund: other")


# ---------------------------------------------------------------- write

def main():
    out = HERE
    (out / "emails").mkdir(exist_ok=True)
    for old in (out / "emails").glob("*.eml"):
        old.unlink()
    for rel, msg in _written.items():
        (out / rel).write_bytes(msg.as_bytes(policy=SMTP))
    invoices = [p["invoice"] for p in payments]
    assert len(invoices) == len(set(invoices)), "duplicate invoice"
    ids = [p["id"] for p in payments]
    assert len(ids) == len(set(ids))
    assert len({c["email"] for c in customers}) == len(customers)
    assert len({p["name"] for p in projects}) == len(projects)
    (out / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                                 "payments": payments}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    public = [{k: v for k, v in c.items() if not k.startswith("_")} for c in cases]
    assert len({c["id"] for c in public}) == len(public)
    (out / "expected.json").write_text(json.dumps({"cases": public}, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    lines = [
        "# Fresh held-out round 13: German (de)",
        "",
        "Written by QA pass qa13a (this session) from POLICY_SPEC.md alone, without reading the product's code, "
        "language packs or earlier rounds' emails. Licence: MIT, like the project; all text was written for "
        "this project.",
        "",
        "`python3 make_cases.py` regenerates `ledger.json`, `emails/*.eml`, `expected.json` and this README "
        "(deterministic, stdlib only). The triage time is 2025-10-01 10:00 IST; request times are the emails' "
        "`Date:` headers, counted in Asia/Kolkata (POLICY_SPEC.md section 1). Amounts are before tax (C6).",
        "German from Germany, Austria and Switzerland (du and Sie, with and without umlauts).",
        "",
        f"{len(public)} cases (ids `de-l*` LeadsOptima, `de-o*` Optima WebDesign, `de-h*` hard cases):",
        "",
    ]
    for c in cases:
        amb = " *(ambiguous)*" if c.get("ambiguous") else ""
        lines.append(f"- `{c['id']}`: {c['_title']}{amb}")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(public)} cases, {len(_written)} emails, {len(payments)} payments")


if __name__ == "__main__":
    main()
