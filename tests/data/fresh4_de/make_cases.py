"""Fresh held-out round 4, German (de): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (MIT licence, like the project; every name,
company, address and text is invented for this project). Deterministic: no randomness.
Run: python3 make_cases.py
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "de"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))

customers: list[dict] = []
projects: list[dict] = []
payments: list[dict] = []
cases: list[dict] = []
emails: dict[str, bytes] = {}


# ---------------------------------------------------------------- ledger helpers
def cust(email, name, plan, status="active", ps=None, pe=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owdpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
           next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


# ---------------------------------------------------------------- email helpers
def when(ist: str, offset_hours: float) -> str:
    """`ist` is the request time in the brands' zone (Asia/Kolkata); the header is written in the
    sender's own offset, so the Date: line looks like the sender's client wrote it."""
    t = datetime.fromisoformat(ist).replace(tzinfo=IST)
    local = t.astimezone(timezone(timedelta(hours=offset_hours)))
    return format_datetime(local)


def mail(name, frm, to, subject, body, ist, tz=2.0, html=None, html_only=False, headers=None,
         reply_to=None, in_reply_to=None, domain="mail.example"):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = when(ist, tz)
    msg["Message-ID"] = f"<{LANG}-{name}@{domain}>"
    msg["MIME-Version"] = "1.0"
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = f"<{LANG}-{in_reply_to}@{domain}>"
        msg["References"] = f"<{LANG}-{in_reply_to}@{domain}>"
    for k, v in (headers or {}).items():
        msg[k] = v
    if html_only:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
            msg.set_boundary(f"=_{LANG}_{name}_alt")  # fixed boundary: deterministic output
    fn = f"emails/{name}.eml"
    emails[fn] = bytes(msg)
    return fn


def raw(name, text):
    fn = f"emails/{name}.eml"
    emails[fn] = text.replace("\n", "\r\n").encode("utf-8")
    return fn


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def refund(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def cancel(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"


# ================================================================= LeadsOptima
# l01 duplicate, short mobile mail, sloppy invoice reference
cust("jonas.weber@web.de", "Jonas Weber", "monthly", ps="2025-09-22", pe="2025-10-21")
lopay("pay_de_74101", "LO-INV-74101", "jonas.weber@web.de", "monthly", "1999.00", "359.82", "2025-09-22T08:15:00",
      "2025-09-22", "2025-10-21")
lopay("pay_de_74102", "LO-INV-74102", "jonas.weber@web.de", "monthly", "1999.00", "359.82", "2025-09-22T08:17:00",
      "2025-09-22", "2025-10-21")
f = mail("l01-doppelt-handy", "Jonas Weber <jonas.weber@web.de>", LO, "abo doppelt abgebucht",
         "hallo,\nihr habt mir das monatsabo zweimal abgebucht, 2x 1999 am 22.9. die zweite ist lo inv 74102."
         "\nbitte einmal zurück.\ndanke jonas\n\nVon meinem iPhone gesendet\n",
         "2025-09-24T13:10:00")
case("l01-doppelt-handy", [f], LOB, "decided", [refund("approve", "1999.00")],
     spec="L2 duplicate_payment ('zweimal abgebucht'); LO-INV-74101/74102 both paid 1999.00 for period "
          "2025-09-22..2025-10-21; charge 2025-09-22, request 2025-09-24 IST = day 2 <= 7 (L3); L4 approve the "
          "duplicate's amount 1999.00 before tax (C6); 'lo inv 74102' = LO-INV-74102 (section 8).")

# l02 duplicate on day 7 exactly (inside), Austria, formal
cust("k.huber@huber-optik.at", "Katharina Huber", "annual", ps="2025-09-03", pe="2026-09-02")
lopay("pay_de_74111", "LO-INV-74111", "k.huber@huber-optik.at", "annual", "11988.00", "2157.84", "2025-09-03T11:00:00",
      "2025-09-03", "2026-09-02")
lopay("pay_de_74112", "LO-INV-74112", "k.huber@huber-optik.at", "annual", "11988.00", "2157.84", "2025-09-03T11:01:00",
      "2025-09-03", "2026-09-02")
f = mail("l02-tag7-wien", "Huber Optik - Katharina Huber <k.huber@huber-optik.at>", LO,
         "Doppelte Abbuchung Jahreslizenz - Rechnung LO-INV-74112",
         "Sehr geehrte Damen und Herren,\n\nbei der Verlängerung unserer Jahreslizenz wurde der Betrag von "
         "11.988,00 INR am 3. September leider zwei Mal von unserer Firmenkreditkarte eingezogen "
         "(Rechnungen LO-INV-74111 und LO-INV-74112, beide für denselben Zeitraum).\n\n"
         "Ich ersuche Sie höflich um Rückerstattung der doppelten Belastung (LO-INV-74112).\n\n"
         "Mit freundlichen Grüßen\n\nMag. Katharina Huber\nHuber Optik GmbH\nMariahilfer Straße 88, 1070 Wien\n"
         "Tel. +43 1 523 44 10\n", "2025-09-10T22:30:00")
case("l02-tag7-wien", [f], LOB, "decided", [refund("approve", "11988.00")],
     spec="L2 duplicate ('zwei Mal ... eingezogen'); pair LO-INV-74111/74112, same account, amount, period. Charge "
          "local date 2025-09-03 (day 0); request 2025-09-10 19:00 CEST = 22:30 IST, local date 2025-09-10 = day 7, "
          "'day 7 is inside' (L3) -> L4 approve 11988.00 (tax 2157.84 kept, C6).")

# l03 duplicate on day 8 (outside), Switzerland
cust("reto.keller@kellerag.ch", "Reto Keller", "quarterly", ps="2025-09-05", pe="2025-12-04")
lopay("pay_de_74121", "LO-INV-74121", "reto.keller@kellerag.ch", "quarterly", "4497.00", "809.46", "2025-09-05T10:00:00",
      "2025-09-05", "2025-12-04")
lopay("pay_de_74122", "LO-INV-74122", "reto.keller@kellerag.ch", "quarterly", "4497.00", "809.46", "2025-09-05T10:03:00",
      "2025-09-05", "2025-12-04")
f = mail("l03-tag8-zuerich", "Reto Keller <reto.keller@kellerag.ch>", LO, "Doppelbelastung Quartalsabo",
         "Grüezi\n\nIch habe gestern beim Durchsehen der Kreditkartenabrechnung gesehen, dass das Quartalsabo "
         "am 05.09. zweimal belastet wurde (LO-INV-74121 und LO-INV-74122, je 4'497.00). Ich bitte um "
         "Rückzahlung der zweiten Belastung.\n\nFreundliche Grüsse\nReto Keller\nKeller AG, Zürich\n",
         "2025-09-13T12:00:00")
case("l03-tag8-zuerich", [f], LOB, "decided", [refund("deny")],
     spec="L2 duplicate, but charge 2025-09-05 (day 0) -> request 2025-09-13 IST = day 8 > 7: L3 deny, citing the "
          "7-day rule.")

# l04 time-zone edge: evening in Germany is already the next day in India (day 8)
cust("lena.schmitt@gmx.de", "Lena Schmitt", "monthly", ps="2025-09-10", pe="2025-10-09")
lopay("pay_de_74131", "LO-INV-74131", "lena.schmitt@gmx.de", "monthly", "1999.00", "359.82", "2025-09-10T09:00:00",
      "2025-09-10", "2025-10-09")
lopay("pay_de_74132", "LO-INV-74132", "lena.schmitt@gmx.de", "monthly", "1999.00", "359.82", "2025-09-10T09:02:00",
      "2025-09-10", "2025-10-09")
f = mail("l04-zeitzone-abend", "Lena Schmitt <lena.schmitt@gmx.de>", LO, "Zwei Abbuchungen am 10.09.",
         "Hallo LeadsOptima-Team,\n\nheute ist es genau eine Woche her, dass mein Monatsplan zweimal abgebucht "
         "wurde (LO-INV-74131 und LO-INV-74132). Laut eurer Richtlinie habe ich 7 Tage, also bin ich noch "
         "rechtzeitig :) Bitte erstattet mir die doppelte Zahlung LO-INV-74132.\n\nLiebe Grüße\nLena\n",
         "2025-09-18T00:45:00")
case("l04-zeitzone-abend", [f], LOB, "decided", [refund("deny")],
     spec="Section 1: request time is the Date: header in the brand's zone. Sent Wed 2025-09-17 21:15 CEST = "
          "Thu 2025-09-18 00:45 IST; charge 2025-09-10 = day 0, so request = day 8 > 7: L3 deny (the customer's "
          "'genau eine Woche' is her local date).")

# l05 billing error: charged the annual plan instead of monthly
cust("t.brandt@brandt-immobilien.de", "Tobias Brandt", "monthly", ps="2025-09-25", pe="2026-09-24")
lopay("pay_de_74141", "LO-INV-74141", "t.brandt@brandt-immobilien.de", "annual", "11988.00", "2157.84",
      "2025-09-25T07:40:00", "2025-09-25", "2026-09-24")
f = mail("l05-falscher-plan", "Tobias Brandt <t.brandt@brandt-immobilien.de>", LO,
         "Falscher Tarif abgerechnet (LO-INV-74141)",
         "Guten Tag,\n\nich habe den Monatstarif gebucht, abgebucht wurden mir aber am 25.09. 11.988 Rupien für den "
         "Jahrestarif (Rechnung LO-INV-74141). Das ist eindeutig ein Abrechnungsfehler, ich wollte nie ein "
         "Jahresabo. Bitte korrigieren und den Betrag erstatten.\n\nBeste Grüße\nTobias Brandt\n"
         "Brandt Immobilien | Leipzig\n", "2025-09-26T14:20:00")
case("l05-falscher-plan", [f], LOB, "decided", [refund("escalate")],
     spec="L2 billing_error (charged the annual plan instead of the monthly one, 'Abrechnungsfehler'); charge "
          "2025-09-25, request 2025-09-26 = day 1 (L3) -> L5 escalate with the charge LO-INV-74141; no amount.")

# l06 past event: cancelled on the 12th, charged on the 15th
cust("miriam.ott@t-online.de", "Miriam Ott", "monthly", status="cancelled", ps="2025-09-15", pe="2025-10-14")
lopay("pay_de_74150", "LO-INV-74150", "miriam.ott@t-online.de", "monthly", "1999.00", "359.82", "2025-08-15T09:00:00",
      "2025-08-15", "2025-09-14")
lopay("pay_de_74151", "LO-INV-74151", "miriam.ott@t-online.de", "monthly", "1999.00", "359.82", "2025-09-15T09:00:00",
      "2025-09-15", "2025-10-14")
f = mail("l06-nach-kuendigung", "Miriam Ott <miriam.ott@t-online.de>", LO, "Abbuchung trotz Kündigung!!",
         "Hallo,\n\nich habe am 12. September über Billing > Cancel Plan gekündigt (habe sogar einen Screenshot), "
         "und am 15. wurde mir trotzdem wieder der Monatsbeitrag abgezogen, Rechnung LO/INV/74151. Das kann ja "
         "wohl nicht sein. Ich will das Geld zurück, und zwar schnell.\n\nMiriam Ott\n", "2025-09-19T16:05:00")
case("l06-nach-kuendigung", [f], LOB, "decided", [refund("escalate")],
     spec="L2 billing_error ('charged after I cancelled': gekündigt am 12., abgebucht am 15.); charge "
          "2025-09-15, request 2025-09-19 = day 4 (L3) -> L5 escalate; 'LO/INV/74151' = LO-INV-74151 (section 8). "
          "Her cancellation is a past event, not a new cancellation request.")

# l07 access failure inside the window, angry but no legal threat
cust("felix.bauer@bauer-elektro.de", "Felix Bauer", "quarterly", ps="2025-09-20", pe="2025-12-19")
lopay("pay_de_74161", "LO-INV-74161", "felix.bauer@bauer-elektro.de", "quarterly", "4497.00", "809.46",
      "2025-09-20T06:30:00", "2025-09-20", "2025-12-19")
f = mail("l07-kein-login", "Felix Bauer <felix.bauer@bauer-elektro.de>", LO,
         "AW: Ticket - IMMER NOCH KEIN ZUGANG",
         "Hallo nochmal,\n\nseit Samstag komme ich nicht mehr ins Dashboard. Login-Seite lädt ewig und dann "
         "kommt nur ein weißer Bildschirm. Euer Support hat mir 2x geschrieben 'wir schauen uns das an' und "
         "passiert ist NICHTS. Ich habe am 20.9. 4.497 für das Quartal bezahlt (LO-INV-74161) und kann "
         "das Tool nicht nutzen. Ich will mein Geld zurück.\n\nFelix Bauer\nBauer Elektrotechnik\n",
         "2025-09-23T18:45:00", headers={"In-Reply-To": "<ticket-8812-2@leadsoptima.com>",
                                         "References": "<ticket-8812-1@leadsoptima.com> "
                                                       "<ticket-8812-2@leadsoptima.com>"})
case("l07-kein-login", [f], LOB, "decided", [refund("escalate")],
     spec="L2 access_failure ('komme nicht mehr ins Dashboard', login page not loading); charge 2025-09-20, "
          "request 2025-09-23 = day 3 (L3) -> L6 escalate. Angry, but no chargeback/lawyer words, so no C4.")

# l08 access failure outside the window
cust("sabine.koch@kochundpartner.de", "Sabine Koch", "monthly", ps="2025-09-01", pe="2025-09-30")
lopay("pay_de_74171", "LO-INV-74171", "sabine.koch@kochundpartner.de", "monthly", "1999.00", "359.82",
      "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
f = mail("l08-login-zu-spaet", "Sabine Koch <sabine.koch@kochundpartner.de>", LO, "Erstattung September",
         "Liebes Team,\n\nich konnte mich diesen Monat wegen eines Fehlers bei der Anmeldung kaum einloggen, "
         "seit dem 2. September habe ich praktisch keinen Zugriff. Ich hätte daher gerne den Septemberbeitrag "
         "(LO-INV-74171, Monatsplan) zurück.\n\nViele Grüße\nSabine Koch\nKoch & Partner Steuerberatung\n",
         "2025-09-12T11:00:00")
case("l08-login-zu-spaet", [f], LOB, "decided", [refund("deny")],
     spec="L2 access_failure, but charge 2025-09-01 = day 0, request 2025-09-12 = day 11 > 7: L3 deny.")

# l09 L1: too expensive, hardly used
cust("markus.wolf@wolf-consulting.de", "Markus Wolf", "monthly", ps="2025-09-26", pe="2025-10-25")
lopay("pay_de_74181", "LO-INV-74181", "markus.wolf@wolf-consulting.de", "monthly", "1999.00", "359.82",
      "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
f = mail("l09-zu-teuer", "Markus Wolf <markus.wolf@wolf-consulting.de>", LO, "Rückerstattung LO-INV-74181",
         "Moin,\n\nehrlich gesagt ist uns das Ganze zu teuer und wir haben es im letzten Monat kaum benutzt. "
         "Könnt ihr uns die Abbuchung vom 26.09. (LO-INV-74181, Monatsplan) bitte erstatten?\n\nGruß aus Hamburg\n"
         "Markus Wolf\n", "2025-09-27T12:30:00")
case("l09-zu-teuer", [f], LOB, "decided", [refund("deny")],
     spec="L1: 'zu teuer', 'kaum benutzt' is none of the three L2 reasons -> deny (even inside 7 days); the reply "
          "offers cancellation, which is not a decision the customer asked for.")

# l10 cancellation, formal company mail with a long footer
cust("a.lehmann@lehmann-design.de", "Anna Lehmann", "quarterly", ps="2025-08-14", pe="2025-11-13")
lopay("pay_de_74191", "LO-INV-74191", "a.lehmann@lehmann-design.de", "quarterly", "4497.00", "809.46",
      "2025-08-14T10:00:00", "2025-08-14", "2025-11-13")
f = mail("l10-kuendigung-gmbh", "Anna Lehmann <a.lehmann@lehmann-design.de>", LO,
         "Kündigung unseres LeadsOptima-Abonnements",
         "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir unser Quartalsabonnement (registriert auf "
         "a.lehmann@lehmann-design.de) zum nächstmöglichen Zeitpunkt. Grund: Wir führen ab November ein "
         "konzernweites CRM ein, in das die Leadgenerierung integriert ist.\n\nBitte bestätigen Sie uns die "
         "Kündigung schriftlich.\n\nMit freundlichen Grüßen\ni. A. Anna Lehmann\nLeitung Marketing\n\n"
         "Lehmann Design GmbH | Königsallee 14 | 40212 Düsseldorf\nGeschäftsführer: Peter Lehmann | "
         "Amtsgericht Düsseldorf HRB 99123 | USt-IdNr. DE812345678\n\nDiese E-Mail enthält vertrauliche "
         "Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender "
         "und vernichten Sie diese E-Mail.\n", "2025-09-29T13:00:00")
case("l10-kuendigung-gmbh", [f], LOB, "decided", [cancel("cancel", "2025-11-13")],
     spec="L8 cancel: effective_date = current_period_end 2025-11-13 from the ledger; reason given (new CRM). "
          "The disclaimer is not a reason and no refund is asked.")

# l11 negation + L8 fallback (no current period in the ledger)
cust("paul.schneider@posteo.de", "Paul Schneider", "monthly")
lopay("pay_de_74201", "LO-INV-74201", "paul.schneider@posteo.de", "monthly", "1999.00", "359.82", "2025-09-14T10:00:00")
f = mail("l11-kein-geld-nur-kuendigen", "Paul Schneider <paul.schneider@posteo.de>", LO, "kündigung",
         "Hallo,\n\nich möchte mein Monatsabo kündigen. Und nein, ich will KEIN Geld zurück, der laufende Monat "
         "ist bezahlt und das passt so. Ich brauche das Tool einfach nicht mehr, seit ich in Rente bin.\n\n"
         "Gruß\nPaul Schneider\n", "2025-09-28T10:10:00")
case("l11-kein-geld-nur-kuendigen", [f], LOB, "decided", [cancel("cancel", "2025-10-13")],
     spec="Section 8 negation: 'ich will KEIN Geld zurück' adds no refund intent. L8 with no current_period_end: "
          "last charge 2025-09-14 + 1 month - 1 day = 2025-10-13.")

# l12 three identical charges (section 8): two duplicates, both inside the window
cust("claudia.fischer@fischer-fitness.de", "Claudia Fischer", "monthly", ps="2025-09-20", pe="2025-10-19")
for pid, t in (("74211", "2025-09-20T10:00:00"), ("74212", "2025-09-20T10:01:00"), ("74213", "2025-09-21T07:30:00")):
    lopay(f"pay_de_{pid}", f"LO-INV-{pid}", "claudia.fischer@fischer-fitness.de", "monthly", "2499.00", "449.82", t,
          "2025-09-20", "2025-10-19")
f = mail("l12-dreimal", "Claudia Fischer <claudia.fischer@fischer-fitness.de>", LO, "3x abgebucht?!",
         "Hallo zusammen,\n\nbei mir wurde das Monatsabo gleich DREIMAL abgebucht: LO-INV-74211, LO-INV-74212 und "
         "LO-INV-74213, jeweils 2.499,00. Ich habe natürlich nur einmal bezahlt. Bitte die beiden überzähligen "
         "Zahlungen erstatten.\n\nSportliche Grüße\nClaudia Fischer\nFischer Fitness Studio Köln\n",
         "2025-09-24T15:00:00")
case("l12-dreimal", [f], LOB, "decided", [refund("approve", "4998.00")],
     spec="Section 8 three identical charges (same account, 2499.00, period 2025-09-20..2025-10-19): every charge "
          "after the first is a duplicate: 74212 (2025-09-20, day 4) and 74213 (2025-09-21, day 3), both inside L3 "
          "-> approve 2 x 2499.00 = 4998.00.")

# l13 free trial asks for money back
cust("jan.hoffmann.hh@gmail.com", "Jan Hoffmann", "monthly", status="trial", trial_ends="2025-10-05")
f = mail("l13-testphase", "Jan Hoffmann <jan.hoffmann.hh@gmail.com>", LO, "Testphase / Geld zurück",
         "Hi,\n\nich teste LeadsOptima seit ein paar Tagen im Monatsplan und es passt nicht zu unserem Workflow, "
         "die Integrationen mit unserem Shop fehlen. Bekomme ich mein Geld zurück?\n\nDanke\nJan\n",
         "2025-09-27T09:30:00")
case("l13-testphase", [f], LOB, "decided", [refund("deny")],
     spec="L7: the account is on a free trial (status trial, trial_ends 2025-10-05) with no charge in the ledger: "
          "deny, nothing to refund; the reply says no billing occurs unless they subscribe. The reason ('passt "
          "nicht zu unserem Workflow') is none of the L2 exceptions either (L1 deny). No invoice is asked for: "
          "there is no charge to identify, and worked example 3 denies an L1 refund with no invoice given "
          "(second-pass QA: not ambiguous).")

# l14 hypothetical before buying -> other
f = mail("l14-was-waere-wenn", "Sven Richter <sven.richter@richter-handwerk.de>", LO, "Frage vor dem Kauf",
         "Guten Tag,\n\nwir überlegen, den Jahresplan zu buchen. Mal angenommen, die Software passt dann doch "
         "nicht zu uns: Könnten wir in den ersten Wochen das Geld zurückbekommen? Oder gibt es eine Testphase?\n\n"
         "Mit freundlichen Grüßen\nSven Richter\nRichter Handwerk GmbH\n", "2025-09-25T11:00:00")
case("l14-was-waere-wenn", [f], LOB, "other",
     spec="Section 8: 'would I get a refund if...' before buying is a policy question, not a refund request -> "
          "other (nothing else asked, no account).")

# l15 how-to question from a customer -> other
cust("ines.wagner@wagner-reisen.de", "Ines Wagner", "annual", ps="2025-03-01", pe="2026-02-28")
lopay("pay_de_74221", "LO-INV-74221", "ines.wagner@wagner-reisen.de", "annual", "11988.00", "2157.84",
      "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
f = mail("l15-csv-export", "Ines Wagner <ines.wagner@wagner-reisen.de>", LO, "Leads als CSV exportieren?",
         "Hallo,\n\nkurze Frage: wie kann ich meine Leads aus einer Kampagne als CSV-Datei exportieren? Ich finde "
         "den Button nicht mehr seit dem letzten Update. Und lassen sich die Felder beim Export auswählen?\n\n"
         "Danke und schöne Grüße\nInes Wagner\nWagner Reisen\n", "2025-09-30T08:40:00")
case("l15-csv-export", [f], LOB, "other",
     spec="Section 1 outcome 'other': a how-to question, neither refund nor cancellation.")

# l16 C2: private address, names the company registered address
cust("m.krueger@krueger-bau.de", "Michael Krüger", "annual", ps="2025-06-10", pe="2026-06-09")
lopay("pay_de_74231", "LO-INV-74231", "m.krueger@krueger-bau.de", "annual", "11988.00", "2157.84",
      "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
f = mail("l16-privatadresse", "Michael Krüger <mkrueger1978@gmail.com>", LO, "Abo beenden",
         "Hallo,\n\nschreibe vom Handy von meiner privaten Adresse. Unser Jahresabo läuft über "
         "m.krueger@krueger-bau.de, bitte kündigen, wir machen die Leadgenerierung jetzt über eine Agentur.\n\n"
         "Grüße Michael Krüger\n", "2025-09-22T19:00:00")
case("l16-privatadresse", [f], LOB, "need_info", rules=["C2"],
     spec="C2: sender mkrueger1978@gmail.com is not the registered email m.krueger@krueger-bau.de named in the "
          "mail (example 5): need_info asking to write from the registered address, no account details.")

# l17 Outlook forward (WG:) by an assistant, naming the boss's registered email
cust("d.hartmann@hartmann-logistik.de", "Dieter Hartmann", "monthly", ps="2025-09-08", pe="2025-10-07")
lopay("pay_de_74241", "LO-INV-74241", "d.hartmann@hartmann-logistik.de", "monthly", "1999.00", "359.82",
      "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
f = mail("l17-wg-sekretariat", "Sekretariat Hartmann Logistik <sekretariat@hartmann-logistik.de>", LO,
         "WG: LeadsOptima kündigen",
         "Sehr geehrte Damen und Herren,\n\nanbei die Bitte von Herrn Hartmann mit der Bitte um Erledigung.\n\n"
         "Mit freundlichen Grüßen\nSandra Pohl\nSekretariat der Geschäftsführung\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Hartmann, Dieter <d.hartmann@hartmann-logistik.de>\n"
         "Gesendet: Montag, 29. September 2025 08:12\nAn: Sekretariat <sekretariat@hartmann-logistik.de>\n"
         "Betreff: LeadsOptima kündigen\n\nFrau Pohl,\nbitte kündigen Sie das LeadsOptima-Monatsabo (läuft auf "
         "d.hartmann@hartmann-logistik.de), wir nutzen es seit der Umstrukturierung nicht mehr.\nDanke, DH\n",
         "2025-09-29T14:30:00")
case("l17-wg-sekretariat", [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the registered email d.hartmann@hartmann-logistik.de, "
          "but the sender is sekretariat@hartmann-logistik.de -> C2 need_info: ask for the request from that "
          "address.")

# l18 refund without any reason -> need_info reason
cust("f.yilmaz@yilmaz-events.de", "Fatma Yilmaz", "monthly", ps="2025-09-24", pe="2025-10-23")
lopay("pay_de_74251", "LO-INV-74251", "f.yilmaz@yilmaz-events.de", "monthly", "1999.00", "359.82",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = mail("l18-ohne-grund", "Fatma Yilmaz <f.yilmaz@yilmaz-events.de>", LO, "Erstattung",
         "Sehr geehrtes LeadsOptima Team,\n\nbitte erstatten Sie mir die Zahlung zu Rechnung LO-INV-74251.\n\n"
         "Vielen Dank im Voraus und freundliche Grüße\nFatma Yilmaz\nYilmaz Events\n", "2025-09-26T10:00:00")
case("l18-ohne-grund", [f], LOB, "need_info", missing=["reason"],
     spec="Section 3 refund fields: registered email (sender, on record), plan (filled from the ledger: monthly), "
          "invoice LO-INV-74251 given; the reason is missing (section 8: restating the request and greetings are "
          "not reasons) -> C3 need_info [reason].")

# l19 thread: asked, support asks back, customer answers with invoice + reason
cust("p.schulz@schulz-verlag.de", "Petra Schulz", "annual", ps="2025-09-25", pe="2026-09-24")
lopay("pay_de_74261", "LO-INV-74261", "p.schulz@schulz-verlag.de", "annual", "11988.00", "2157.84",
      "2025-09-25T09:00:00", "2025-09-25", "2026-09-24")
lopay("pay_de_74262", "LO-INV-74262", "p.schulz@schulz-verlag.de", "annual", "11988.00", "2157.84",
      "2025-09-25T09:05:00", "2025-09-25", "2026-09-24")
f1 = mail("l19-thread-1", "Petra Schulz <p.schulz@schulz-verlag.de>", LO, "Rückerstattung Jahresplan",
          "Guten Tag,\n\nich benötige eine Rückerstattung für unseren Jahresplan. Wie gehe ich da vor?\n\n"
          "Freundliche Grüße\nPetra Schulz\n", "2025-09-28T09:00:00")
f2 = mail("l19-thread-2", "Petra Schulz <p.schulz@schulz-verlag.de>", LO,
          "Re: Rückerstattung Jahresplan [LO-2291]",
          "Hallo,\n\ngern: Rechnungsnummer ist LO-INV-74262. Der Jahresbeitrag wurde am 25.09. doppelt "
          "abgebucht, zweimal 11.988 innerhalb von fünf Minuten.\n\nGrüße\nPetra Schulz\n\n"
          "Am 28.09.2025 um 07:14 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
          "> Bitte nennen Sie uns die Rechnungsnummer und den Grund Ihrer Anfrage.\n",
          "2025-09-29T12:00:00", in_reply_to="l19-thread-1")
case("l19-thread", [f1, f2], LOB, "decided", [refund("approve", "11988.00")],
     spec="C3 thread: first mail lacks invoice and reason; the answer (In-Reply-To) gives LO-INV-74262 and "
          "'doppelt abgebucht'. Request time = first email 2025-09-28 = day 3 after 2025-09-25 (L3); pair "
          "74261/74262 -> L4 approve 11988.00.")

# l20 C4: chargeback threat via the bank on a duplicate claim
cust("h.neumann@neumann-kfz.de", "Holger Neumann", "monthly", ps="2025-09-23", pe="2025-10-22")
lopay("pay_de_74271", "LO-INV-74271", "h.neumann@neumann-kfz.de", "monthly", "1999.00", "359.82",
      "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("pay_de_74272", "LO-INV-74272", "h.neumann@neumann-kfz.de", "monthly", "1999.00", "359.82",
      "2025-09-23T10:02:00", "2025-09-23", "2025-10-22")
f = mail("l20-rueckbuchung", "Holger Neumann <h.neumann@neumann-kfz.de>", LO, "Doppelabbuchung - letzte Warnung",
         "Sie haben mir den Monatsbeitrag zweimal abgezogen (LO-INV-74272). Wenn das Geld nicht bis Freitag "
         "zurück ist, lasse ich die Kartenzahlung über meine Bank zurückbuchen (Chargeback) und schalte "
         "meinen Anwalt ein.\n\nH. Neumann\nNeumann Kfz-Service\n", "2025-09-25T17:00:00")
case("l20-rueckbuchung", [f], LOB, "decided", [refund("escalate")], rules=["C4"],
     spec="C4: chargeback ('zurückbuchen', 'Chargeback') and lawyer ('Anwalt') threat -> escalate, even though "
          "L4 alone would approve (pair 74271/74272, day 2).")

# l21 C7 out-of-office auto-reply
f = mail("l21-abwesenheit", "Ines Wagner <ines.wagner@wagner-reisen.de>", LO,
         "Automatische Antwort: Ihre LeadsOptima Rechnung",
         "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 nicht im Büro und habe keinen "
         "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@wagner-reisen.de.\n\n"
         "Ines Wagner\n", "2025-09-30T10:02:00", headers={"Auto-Submitted": "auto-replied",
                                                         "X-Auto-Response-Suppress": "All"})
case("l21-abwesenheit", [f], LOB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied (out-of-office notice) -> ignore, never answered.")

# l22 C7 bounce from MAILER-DAEMON (RFC 3464 delivery-status report)
f = raw("l22-unzustellbar", """From: Mail Delivery System <MAILER-DAEMON@mx01.posteo.de>
To: support@leadsoptima.com
Subject: Unzustellbar: Ihre Kündigungsbestätigung
Date: """ + when("2025-09-29T15:05:00", 2) + """
Message-ID: <de-l22-unzustellbar@mx01.posteo.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="grenze42"

--grenze42
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht konnte nicht zugestellt werden.
Empfänger: paul.schneider@posteo.de (Postfach voll)

--grenze42
Content-Type: message/delivery-status

Reporting-MTA: dns; mx01.posteo.de

Final-Recipient: rfc822; paul.schneider@posteo.de
Action: failed
Status: 5.2.2

--grenze42--
""")
case("l22-unzustellbar", [f], LOB, "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender and a delivery-status report (RFC 3464) -> ignore.")

# l23 annual: refund of the unused rest + cancel -> deny L1 and cancel L8
cust("s.berger@baeckerei-berger.de", "Stefanie Berger", "annual", ps="2025-04-01", pe="2026-03-31")
lopay("pay_de_74281", "LO-INV-74281", "s.berger@baeckerei-berger.de", "annual", "11988.00", "2157.84",
      "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
f = mail("l23-restlaufzeit", "Stefanie Berger <s.berger@baeckerei-berger.de>", LO,
         "Kündigung + Erstattung Restlaufzeit",
         "Hallo liebes LeadsOptima Team,\n\nich wollte euch mitteilen, dass wir unsere zweite Filiale schließen "
         "mussten und die Leadgenerierung deshalb nicht mehr brauchen. Ich möchte unser Jahresabo kündigen. "
         "Da wir noch ein halbes Jahr bezahlt haben, hätte ich gern die restlichen Monate anteilig zurück "
         "(Rechnung LO-INV-74281). Ich hoffe, das ist möglich, wir sind ein kleiner Familienbetrieb und jeder "
         "Euro zählt gerade. Vielen Dank für euer Verständnis und die gute Zeit mit dem Tool!\n\n"
         "Herzliche Grüße aus Freiburg\nStefanie Berger\nBäckerei Berger\n", "2025-09-30T15:30:00")
case("l23-restlaufzeit", [f], LOB, "decided", [refund("deny"), cancel("cancel", "2026-03-31")],
     spec="Refund of unused months: L1 deny (clause 2 'no partial refunds for unused days'). Cancellation: L8, "
          "effective current_period_end 2026-03-31. Both parts decided (section 1).")


# ================================================================= Optima WebDesign
# o01 deposit inside 72 h, no work started; HTML-only mail from Austria
proj("Ordination Dr. Vogel Website", "ordination@dr-vogel.at")
owdpay("pay_de_o401", "OWD-2025-401", "Ordination Dr. Vogel Website", "deposit", "25000.00", "4500.00",
       "2025-09-15T14:00:00")
html = ("<html><body><p>Sehr geehrtes Team von Optima WebDesign,</p>"
        "<p>wir haben am 15.9. die Anzahlung f&uuml;r das Projekt <b>Ordination Dr. Vogel Website</b> geleistet "
        "(Rechnung OWD-2025-401, 25.000,00 zzgl. USt). Leider hat sich unsere Praxis&uuml;bergabe "
        "verschoben, der neue Inhaber m&ouml;chte mit seiner eigenen Agentur arbeiten. Wir ersuchen daher um "
        "Stornierung und R&uuml;ckerstattung der Anzahlung.</p>"
        "<p>Mit freundlichen Gr&uuml;&szlig;en<br>Dr. Elisabeth Vogel<br>Ordination Dr. Vogel, Graz</p>"
        "</body></html>")
f = mail("o01-anzahlung-html", "Dr. Elisabeth Vogel <ordination@dr-vogel.at>", OWD,
         "Refund Request — Ordination Dr. Vogel Website / OWD-2025-401", None, "2025-09-17T10:00:00",
         html=html, html_only=True)
case("o01-anzahlung-html", [f], OWB, "decided", [refund("approve", "25000.00")], extra_ok=True,
     spec="O2 deposit paid 2025-09-15 14:00 IST, request 2025-09-17 10:00 IST = 44 h < 72 h and no work started "
          "(work_started_at null) -> approve 25000.00 (tax 4500.00 not refunded, C6). The mail also asks to "
          "cancel ('Stornierung'), so a cancellation decision is tolerated (extra_ok).")

# o02 deposit exactly 72 h -> deny (section 8)
proj("Bäckerei Sommer Onlineshop", "info@baeckerei-sommer.de")
owdpay("pay_de_o402", "OWD-2025-402", "Bäckerei Sommer Onlineshop", "deposit", "15000.00", "2700.00",
       "2025-09-08T11:30:00")
f = mail("o02-genau-72h", "Bäckerei Sommer <info@baeckerei-sommer.de>", OWD, "Anzahlung zurück OWD-2025-402",
         "Hallo,\n\nwir möchten den Onlineshop (Projekt Bäckerei Sommer Onlineshop) doch nicht umsetzen lassen, "
         "unser Großhändler bietet uns eine fertige Shoplösung an. Bitte die Anzahlung OWD-2025-402 "
         "zurücküberweisen, es sind ja noch keine 3 Tage vergangen.\n\nLG\nThomas Sommer\n",
         "2025-09-11T11:30:00")
case("o02-genau-72h", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O2: paid 2025-09-08 11:30 IST, request 2025-09-11 11:30 IST (08:00 CEST) = exactly 72 h; section 8: "
          "'exactly 72 hours is not before 72 hours' -> deny.")

# o03 deposit inside 72 h but work already started
proj("Autohaus Meier Relaunch", "marketing@autohaus-meier.de", started="2025-09-23T09:00:00")
owdpay("pay_de_o403", "OWD-2025-403", "Autohaus Meier Relaunch", "deposit", "40000.00", "7200.00",
       "2025-09-22T10:00:00")
f = mail("o03-arbeit-begonnen", "Autohaus Meier Marketing <marketing@autohaus-meier.de>", OWD,
         "Projekt Autohaus Meier Relaunch - Stornierung Anzahlung",
         "Guten Tag,\n\naufgrund einer Entscheidung unserer Konzernzentrale wird der Relaunch zentral umgesetzt. "
         "Wir bitten deshalb um Erstattung der Anzahlung (Rechnung OWD-2025-403 vom 22.09.). Das Kick-off-Meeting "
         "gestern war ja nur ein erstes Kennenlernen.\n\nMit freundlichen Grüßen\nJana Meier\nAutohaus Meier GmbH & "
         "Co. KG\n", "2025-09-24T12:00:00")
case("o03-arbeit-begonnen", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O2 'whichever occurs first': request 2025-09-24 12:00 is within 72 h of 2025-09-22 10:00 (50 h) but "
          "work_started_at 2025-09-23 09:00 is before it -> deny.")

# o04 discovery fee, sessions not started (start date after the request)
proj("Yogastudio Lotus Branding", "hallo@yoga-lotus.de", started="2025-10-06T10:00:00")
owdpay("pay_de_o404", "OWD-2025-404", "Yogastudio Lotus Branding", "discovery", "8000.00", "1440.00",
       "2025-09-18T16:00:00")
f = mail("o04-discovery-offen", "Miriam Lotz <hallo@yoga-lotus.de>", OWD, "Strategie-Workshop absagen",
         "Hallo ihr Lieben,\n\nich muss den Strategie-Workshop für Yogastudio Lotus Branding leider absagen, ich "
         "bin schwanger und mache das Studio vorerst zu. Der Termin war erst für den 6. Oktober geplant. Könnt "
         "ihr mir die Discovery-Gebühr (OWD-2025-404) zurückzahlen?\n\nNamaste & danke\nMiriam\n",
         "2025-09-25T13:00:00")
case("o04-discovery-offen", [f], OWB, "decided", [refund("approve", "8000.00")], extra_ok=True,
     spec="O1 discovery: work_started_at 2025-10-06 is later than the request time 2025-09-25 -> refundable in "
          "full: approve 8000.00 (tax 1440.00 kept, C6).")

# o05 discovery fee after the session took place
proj("Weingut Brunner Markenauftritt", "office@weingut-brunner.at", started="2025-09-10T10:00:00")
owdpay("pay_de_o405", "OWD-2025-405", "Weingut Brunner Markenauftritt", "discovery", "12000.00", "2160.00",
       "2025-09-05T09:00:00")
f = mail("o05-discovery-gelaufen", "Weingut Brunner <office@weingut-brunner.at>", OWD,
         "Rückerstattung Workshopgebühr",
         "Grüß Gott,\n\nder Markenworkshop am 10. September (Projekt Weingut Brunner Markenauftritt) hat uns "
         "inhaltlich nicht überzeugt, die Ergebnisse sind für uns nicht brauchbar. Wir ersuchen um Rückzahlung "
         "der Gebühr laut Rechnung OWD-2025-405.\n\nMit besten Grüßen aus der Wachau\nFamilie Brunner\n",
         "2025-09-16T14:00:00")
case("o05-discovery-gelaufen", [f], OWB, "decided", [refund("deny")],
     spec="O1: the session started 2025-09-10 (work_started_at) before the request 2025-09-16 -> deny, "
          "'Non-refundable once sessions or deliverables have commenced'.")

# o06 milestone not started -> approve its amount
proj("Tischlerei Graf Website", "graf@tischlerei-graf.de")
owdpay("pay_de_o406", "OWD-2025-406", "Tischlerei Graf Website", "milestone", "20000.00", "3600.00",
       "2025-08-20T10:00:00", milestone_status="completed")
owdpay("pay_de_o407", "OWD-2025-407", "Tischlerei Graf Website", "milestone", "30000.00", "5400.00",
       "2025-09-15T10:00:00", milestone_status="not_started")
f = mail("o06-meilenstein-offen", "Georg Graf <graf@tischlerei-graf.de>", OWD,
         "Meilenstein 3 (Shop) streichen - OWD 2025 407",
         "Servus,\n\nwir haben beschlossen, den Online-Shop (Meilenstein 3) nicht mehr umzusetzen, der Verkauf "
         "läuft weiter nur über die Werkstatt. Die Website selbst ist ja fertig und passt. Bitte erstattet uns "
         "den bezahlten Meilenstein 3, Rechnung OWD 2025 407, Projekt Tischlerei Graf Website.\n\n"
         "Gruß Georg Graf\nTischlerei Graf, Rosenheim\n", "2025-09-26T11:00:00")
case("o06-meilenstein-offen", [f], OWB, "decided", [refund("approve", "30000.00")], extra_ok=True,
     spec="O3: milestone OWD-2025-407 is not_started -> approve its amount 30000.00 before tax. 'OWD 2025 407' "
          "matches ignoring spaces (section 8). Milestone 406 (completed) is not asked for.")

# o07 milestone in progress -> escalate
proj("Fahrschule Yilmaz App", "info@fahrschule-yilmaz.de")
owdpay("pay_de_o408", "OWD-2025-408", "Fahrschule Yilmaz App", "milestone", "35000.00", "6300.00",
       "2025-09-01T10:00:00", milestone_status="in_progress")
f = mail("o07-meilenstein-laufend", "Kemal Yilmaz <info@fahrschule-yilmaz.de>", OWD, "App Projekt abbrechen",
         "Hallo Optima Team,\n\nich möchte die App für die Fahrschule (Projekt Fahrschule Yilmaz App) "
         "abbrechen. Das Design vom Buchungskalender ist halb fertig, aber der Rest ist noch nicht angefangen "
         "und wir haben jetzt eine fertige Lösung vom Fahrlehrerverband. Bitte den nicht gemachten Teil von "
         "Rechnung OWD-2025-408 zurück.\n\nMfG Kemal Yilmaz\n", "2025-09-24T09:00:00")
case("o07-meilenstein-laufend", [f], OWB, "decided", [refund("escalate")], extra_ok=True,
     spec="O3: milestone OWD-2025-408 is in_progress -> escalate (billable value of work not started needs a "
          "person, interp.).")

# o08 milestone approved -> deny; Swiss
proj("Hotel Alpenblick Redesign", "direktion@hotel-alpenblick.ch")
owdpay("pay_de_o409", "OWD-2025-409", "Hotel Alpenblick Redesign", "milestone", "28000.00", "5040.00",
       "2025-08-10T10:00:00", milestone_status="approved")
f = mail("o08-meilenstein-abgenommen", "Direktion Hotel Alpenblick <direktion@hotel-alpenblick.ch>", OWD,
         "Reklamation Design-Meilenstein OWD-2025-409",
         "Grüezi mitenand\n\nDas abgenommene Design für Hotel Alpenblick Redesign gefällt unserem neuen "
         "Verwaltungsrat nicht mehr. Wir möchten die Zahlung für diesen Meilenstein (OWD-2025-409) "
         "zurückerhalten, da wir mit einer anderen Agentur neu starten.\n\nFreundliche Grüsse\nUrs Bachmann\n"
         "Direktor\n", "2025-09-22T15:00:00")
case("o08-meilenstein-abgenommen", [f], OWB, "decided", [refund("deny")],
     spec="O3/O6: milestone status approved -> deny ('approved milestones' are non-refundable).")

# o09 retainer, notice >= 7 days
proj("Zahnarztpraxis Lindner SEO", "praxis@zahnarzt-lindner.de")
owdpay("pay_de_o410", "OWD-2025-410", "Zahnarztpraxis Lindner SEO", "retainer", "9000.00", "1620.00",
       "2025-09-20T10:00:00", next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
f = mail("o09-retainer-rechtzeitig", "Praxis Dr. Lindner <praxis@zahnarzt-lindner.de>", OWD,
         "Kündigung SEO-Betreuung",
         "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich die monatliche SEO-Betreuung für das Projekt "
         "Zahnarztpraxis Lindner SEO (letzte Rechnung OWD-2025-410) zum nächstmöglichen Termin. Grund: Wir "
         "bekommen über Empfehlungen inzwischen mehr Patienten, als wir annehmen können.\n\n"
         "Mit freundlichen Grüßen\nDr. Andreas Lindner\n", "2025-09-30T12:30:00")
case("o09-retainer-rechtzeitig", [f], OWB, "decided", [cancel("cancel", "2025-10-19")],
     spec="O4/O8: next_billing_at 2025-10-20; request 2025-09-30 <= 2025-10-13 (7 days before) -> next charge "
          "avoided, effective_date = day before next_billing_at = 2025-10-19. Reason given.")

# o10 retainer, less than 7 days' notice -> next cycle billed
proj("Getränke Hahn Social Media", "hahn@getraenke-hahn.de")
owdpay("pay_de_o411", "OWD-2025-411", "Getränke Hahn Social Media", "retainer", "6000.00", "1080.00",
       "2025-09-05T10:00:00", next_billing_at="2025-10-05T00:00:00", ps="2025-09-05", pe="2025-10-04")
f = mail("o10-retainer-zu-spaet", "Hahn <hahn@getraenke-hahn.de>", OWD, "kündigung social media",
         "moin,\nmüssen leider sparen, budget wurde gekürzt. bitte social media betreuung (getränke hahn social "
         "media, OWD-2025-411) kündigen.\ngruß bernd hahn\n\nGesendet mit der WEB.DE Mail App\n",
         "2025-09-30T19:00:00")
case("o10-retainer-zu-spaet", [f], OWB, "decided", [cancel("cancel", "2025-11-04")],
     spec="O4: next_billing_at 2025-10-05; 7 days before = 2025-09-28; request 2025-09-30 is later -> the next "
          "cycle (2025-10-05..2025-11-04, same length as the current 2025-09-05..2025-10-04) is billed, "
          "effective_date = 2025-11-04. Reason: budget cut.")

# o11 retainer, exactly 7 days' notice (on time)
proj("Physiotherapie Wagner Blog", "team@physio-wagner.de")
owdpay("pay_de_o412", "OWD-2025-412", "Physiotherapie Wagner Blog", "retainer", "5000.00", "900.00",
       "2025-09-07T10:00:00", next_billing_at="2025-10-07T00:00:00", ps="2025-09-07", pe="2025-10-06")
f = mail("o11-retainer-genau-7", "Physiotherapie Wagner <team@physio-wagner.de>", OWD,
         "Kündigung Blog-Betreuung Physiotherapie Wagner Blog",
         "Hallo,\n\nwir kündigen die Blog-Betreuung (Rechnung OWD-2025-412). Unsere neue Praxismanagerin "
         "schreibt die Beiträge ab Oktober selbst.\n\nViele Grüße\nCarina Wagner\n", "2025-09-30T12:30:00")
case("o11-retainer-genau-7", [f], OWB, "decided", [cancel("cancel", "2025-10-06")],
     spec="O4: next_billing_at 2025-10-07; 2025-10-07 minus 7 days = 2025-09-30; request local date 2025-09-30 "
          "(09:00 CEST = 12:30 IST) is 'on or before' -> on time, effective_date 2025-10-06.")

# o12 annual hosting inside 14 days -> pro-rated refund
proj("Ferienwohnung Seeblick Hosting", "buchung@fewo-seeblick.de")
owdpay("pay_de_o413", "OWD-2025-413", "Ferienwohnung Seeblick Hosting", "hosting_annual", "12500.00", "2250.00",
       "2025-09-19T10:00:00", setup_fee="1500.00", service_start="2025-09-20")
f = mail("o12-hosting-anteilig", "Ferienwohnung Seeblick <buchung@fewo-seeblick.de>", OWD,
         "Hosting kündigen + Erstattung",
         "Hallo,\n\nwir haben das Jahreshosting für Ferienwohnung Seeblick Hosting erst am 20.9. gestartet, "
         "merken aber, dass unser Buchungsportal das Hosting schon mitbringt. Daher bitte kündigen und den "
         "anteiligen Betrag der Rechnung OWD-2025-413 erstatten.\n\nSonnige Grüße vom Bodensee\nHeike und "
         "Uwe Fromm\n", "2025-09-29T10:00:00")
case("o12-hosting-anteilig", [f], OWB, "decided", [refund("approve", "10083.33"), cancel("cancel")],
     spec="O5: service_start 2025-09-20, request 2025-09-29 = day 9 <= 14. monthly_value = (12500.00 - "
          "1500.00) / 12 = 916.666...; consumed_months 1; refund = 12500.00 - 1500.00 - 916.666... = "
          "10083.333... -> 10083.33 (rounded once, C6). 'bitte kündigen' is a cancellation too: section 1 'a request "
          "for both a refund and a cancellation gets both parts decided', O5 'such a refund ends the plan' -> "
          "cancellation cancel (its effective date is not fixed by the spec, so not checked).")

# o13 annual maintenance on day 15 -> deny
proj("Metzgerei Huber Wartung", "metzgerei.huber@aon.at")
owdpay("pay_de_o414", "OWD-2025-414", "Metzgerei Huber Wartung", "maintenance_annual", "9600.00", "1728.00",
       "2025-08-30T10:00:00", setup_fee="600.00", service_start="2025-09-01")
f = mail("o13-wartung-tag15", "Metzgerei Huber <metzgerei.huber@aon.at>", OWD, "Wartungsvertrag",
         "Grüß Gott,\n\nden Wartungsvertrag für unsere Homepage (Metzgerei Huber Wartung, Re.Nr. OWD-2025-414) "
         "brauchen wir nicht, mein Neffe macht das jetzt. Bitte das Geld zurück.\n\nHuber Josef\n",
         "2025-09-16T10:00:00")
case("o13-wartung-tag15", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01 = day 0; request 2025-09-16 = day 15 > 14 -> deny.")

# o14 third-party items (premium theme, SSL) -> deny O6
proj("Kosmetikstudio Bella Website", "kontakt@kosmetik-bella.de")
owdpay("pay_de_o415", "OWD-2025-415", "Kosmetikstudio Bella Website", "third_party", "7500.00", "1350.00",
       "2025-09-20T10:00:00")
f = mail("o14-theme-ssl", "Bella Kosmetik <kontakt@kosmetik-bella.de>", OWD, "Theme + SSL Rechnung OWD-2025-415",
         "Hallo,\n\nfür Kosmetikstudio Bella Website habt ihr uns das Premium-Theme und das SSL-Zertifikat "
         "berechnet (OWD-2025-415). Das Theme gefällt mir im Nachhinein doch nicht, und SSL gibt es bei "
         "meinem Hoster gratis. Bitte erstatten.\n\nLiebe Grüße\nIsabella Marković\n", "2025-09-23T10:00:00")
case("o14-theme-ssl", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind third_party (premium theme, SSL) is never refundable -> deny, citing 'Non-refundable items'.")

# o15 C2: private gmail address, not the contract email
proj("Elektro Schuster Website", "buero@elektro-schuster.de")
owdpay("pay_de_o416", "OWD-2025-416", "Elektro Schuster Website", "deposit", "18000.00", "3240.00",
       "2025-09-29T10:00:00")
f = mail("o15-falsche-adresse", "Max Schuster <max.schuster.privat@gmail.com>", OWD, "Anzahlung Website",
         "Hallo,\n\nich bin der Inhaber von Elektro Schuster. Wir haben am Montag die Anzahlung für die "
         "Website überwiesen (OWD-2025-416), wollen das Projekt aber doch verschieben, weil unser Büro umzieht. "
         "Bitte Anzahlung zurück.\n\nGruß Max Schuster\n", "2025-09-30T09:00:00")
case("o15-falsche-adresse", [f], OWB, "need_info", rules=["C2"],
     spec="C2 (explicit for Optima: 'emailed from the contracting email'): sender max.schuster.privat@gmail.com "
          "is not the contract email buero@elektro-schuster.de -> need_info asking to write from it; no "
          "project details.")

# o16 C4: consumer association + lawyer on a deposit that would otherwise be refundable
proj("Gasthof Lamm Reservierung", "wirt@gasthof-lamm.de")
owdpay("pay_de_o417", "OWD-2025-417", "Gasthof Lamm Reservierung", "deposit", "12000.00", "2160.00",
       "2025-09-26T10:00:00")
f = mail("o16-anwalt", "Gasthof Lamm <wirt@gasthof-lamm.de>", OWD,
         "Anzahlung OWD-2025-417 - Gasthof Lamm Reservierung",
         "Hallo,\n\nich habe gestern erfahren, dass das Reservierungssystem, das Sie uns bauen sollten, "
         "bei unserem Kassenanbieter schon inklusive ist. Ich will die Anzahlung zurück. Wenn das nicht "
         "klappt, gehe ich zur Verbraucherzentrale und mein Anwalt wird sich bei Ihnen melden.\n\n"
         "Franz Lamm\n", "2025-09-27T20:00:00")
case("o16-anwalt", [f], OWB, "decided", [refund("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: consumer association and lawyer ('Anwalt') -> escalate the whole case, though O2 alone would "
          "approve (34 h, no work).")

# o17 Optima cancellation without reason -> need_info reason (section 8)
proj("Sanitär Klein Wartung", "info@sanitaer-klein.de")
owdpay("pay_de_o418", "OWD-2025-418", "Sanitär Klein Wartung", "retainer", "4000.00", "720.00",
       "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
f = mail("o17-kuendigung-ohne-grund", "Sanitär Klein GmbH <info@sanitaer-klein.de>", OWD,
         "Kündigung Vertrag Sanitär Klein Wartung",
         "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir fristgerecht den Betreuungsvertrag für das "
         "Projekt Sanitär Klein Wartung, Rechnung OWD-2025-418.\n\nBitte bestätigen Sie den Eingang.\n\n"
         "Mit freundlichen Grüßen\nSanitär Klein GmbH\nRalf Klein, Geschäftsführer\nIndustriestr. 5, "
         "67063 Ludwigshafen\nHRB 6543 Amtsgericht Ludwigshafen\n", "2025-09-23T10:00:00")
case("o17-kuendigung-ohne-grund", [f], OWB, "need_info", missing=["reason"],
     spec="Section 4 + section 8: Optima requires a reason for cancellations too; contract email (sender), "
          "project and invoice given; 'fristgerecht', greetings and the signature are not reasons -> C3 need_info "
          "[reason].")

# o18 thread: cancellation without reason, then the reason
proj("Blumen Roth Newsletter", "roth@blumen-roth.de")
owdpay("pay_de_o419", "OWD-2025-419", "Blumen Roth Newsletter", "retainer", "3500.00", "630.00",
       "2025-09-12T10:00:00", next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
f1 = mail("o18-thread-1", "Blumen Roth <roth@blumen-roth.de>", OWD, "Newsletter-Betreuung beenden",
          "Hallo,\nbitte beenden Sie die Newsletter-Betreuung für Blumen Roth Newsletter (OWD-2025-419).\n"
          "Danke, Sabine Roth\n", "2025-09-24T10:00:00")
f2 = mail("o18-thread-2", "Blumen Roth <roth@blumen-roth.de>", OWD, "AW: Newsletter-Betreuung beenden [OWD-3310]",
          "Hallo,\n\nder Grund: Unsere Kundschaft liest die Newsletter kaum, die Öffnungsraten liegen unter 5 %. "
          "Wir stecken das Geld lieber in den Laden.\n\nSabine Roth\n\n"
          "Von: Optima WebDesign <optimawebdesigns12@gmail.com>\nGesendet: Mittwoch, 24. September 2025\n"
          "Betreff: Re: Newsletter-Betreuung beenden\n\nBitte nennen Sie uns den Grund der Kündigung.\n",
          "2025-09-25T10:00:00", in_reply_to="o18-thread-1")
case("o18-thread", [f1, f2], OWB, "decided", [cancel("cancel", "2025-10-11")],
     spec="C3 thread: the answer adds the reason. O4: request time = first mail 2025-09-24 <= 2025-10-05 "
          "(next_billing_at 2025-10-12 minus 7) -> effective_date 2025-10-11.")

# o19 non-request: asks for a quote -> other
proj("Reisebüro Sonnenschein Website", "info@rb-sonnenschein.de")
owdpay("pay_de_o420", "OWD-2025-420", "Reisebüro Sonnenschein Website", "milestone", "22000.00", "3960.00",
       "2025-07-01T10:00:00", milestone_status="completed")
f = mail("o19-angebot", "Reisebüro Sonnenschein <info@rb-sonnenschein.de>", OWD, "Angebot Buchungsstrecke?",
         "Hallo Optima-Team,\n\ndie neue Website ist super angekommen, danke nochmal! Könnt ihr uns ein Angebot für "
         "eine Online-Buchungsstrecke mit Zahlungsfunktion machen? Gerne mit Zeitplan.\n\nViele Grüße\n"
         "Nadine Sonnenschein\n", "2025-09-29T11:00:00")
case("o19-angebot", [f], OWB, "other",
     spec="Section 1 'other': a request for a quote, neither refund nor cancellation.")

# o20 the other brand's customer writes to Optima (section 8)
f = mail("o20-falsche-marke", "Jonas Weber <jonas.weber@web.de>", OWD, "Abo kündigen",
         "Hallo, bitte mein Monatsabo kündigen, ich brauche die Leads nicht mehr. Jonas\n", "2025-09-30T09:30:00")
case("o20-falsche-marke", [f], OWB, "need_info", rules=["C2"],
     spec="Section 8 'the other brand's customer': jonas.weber@web.de is a LeadsOptima customer, but C1 picks "
          "Optima (To: optimawebdesigns12@gmail.com) and Optima's ledger has no project for him -> unknown sender: "
          "C2 need_info.")


# ================================================================= more hard cases
# h01 Reply-To does not verify anyone (section 8)
cust("b.vogt@vogt-medien.de", "Bernd Vogt", "monthly", ps="2025-09-27", pe="2025-10-26")
lopay("pay_de_74291", "LO-INV-74291", "b.vogt@vogt-medien.de", "monthly", "1999.00", "359.82", "2025-09-27T10:00:00",
      "2025-09-27", "2025-10-26")
lopay("pay_de_74292", "LO-INV-74292", "b.vogt@vogt-medien.de", "monthly", "1999.00", "359.82", "2025-09-27T10:01:00",
      "2025-09-27", "2025-10-26")
f = mail("h01-reply-to", "Bernd Vogt <vogt.bernd@icloud.com>", LO, "Doppelt bezahlt",
         "Hallo,\nich habe den Monatsplan doppelt bezahlt (LO-INV-74292). Antwort bitte an meine Firmenadresse, "
         "die steht im Reply-To.\nBernd Vogt\n\nVon meinem iPad gesendet\n", "2025-09-28T10:00:00",
         reply_to="b.vogt@vogt-medien.de")
case("h01-reply-to", [f], LOB, "need_info", rules=["C2"],
     spec="Section 8: the sender is the From address; Reply-To never verifies. vogt.bernd@icloud.com is not on "
          "record -> C2 need_info, although the Reply-To is the registered email.")

# h02 Denglisch mail, duplicate inside the window
cust("kevin.lang@startup-lang.io", "Kevin Lang", "quarterly", ps="2025-09-26", pe="2025-12-25")
lopay("pay_de_74301", "LO-INV-74301", "kevin.lang@startup-lang.io", "quarterly", "4497.00", "809.46",
      "2025-09-26T18:00:00", "2025-09-26", "2025-12-25")
lopay("pay_de_74302", "LO-INV-74302", "kevin.lang@startup-lang.io", "quarterly", "4497.00", "809.46",
      "2025-09-26T18:00:40", "2025-09-26", "2025-12-25")
f = mail("h02-denglisch", "Kevin Lang <kevin.lang@startup-lang.io>", LO, "Double Payment Quarterly Plan",
         "Hey Team,\n\nkurzes Update von unserer Seite: beim Checkout hat die Payment-Page gehangen, ich hab "
         "nochmal geklickt und jetzt wurde der Quarterly Plan zweimal gecharged, einmal LO-INV-74301 und "
         "einmal LO-INV-74302. Könnt ihr den zweiten Charge bitte refunden? Thx!\n\nCheers\nKevin\n"
         "Founder @ Lang Ventures | Berlin\n", "2025-09-27T15:00:00")
case("h02-denglisch", [f], LOB, "decided", [refund("approve", "4497.00")],
     spec="L2 duplicate ('zweimal gecharged'); pair 74301/74302 same period; charge 2025-09-26, request "
          "2025-09-27 = day 1 -> L4 approve the duplicate 4497.00.")

# h03 Apple Mail forward of the customer's own earlier mail: rush fee -> deny O6
proj("Café Morgenrot Relaunch", "hallo@cafe-morgenrot.de")
owdpay("pay_de_o421", "OWD-2025-421", "Café Morgenrot Relaunch", "rush", "6000.00", "1080.00", "2025-09-18T10:00:00")
f = mail("h03-fwd-expresszuschlag", "Lea Morgenroth <hallo@cafe-morgenrot.de>", OWD,
         "Fwd: Expresszuschlag Café Morgenrot Relaunch",
         "Hab das versehentlich an eure alte Adresse geschickt, hier nochmal.\n\n"
         "Anfang der weitergeleiteten Nachricht:\n\nVon: Lea Morgenroth <hallo@cafe-morgenrot.de>\n"
         "Betreff: Expresszuschlag Café Morgenrot Relaunch\nDatum: 22. September 2025 um 09:14:03 MESZ\n"
         "An: info@optima-webdesign.example\n\nHallo,\n\nihr habt uns 6.000 Expresszuschlag berechnet "
         "(OWD-2025-421), weil die Seite bis zur Eröffnung fertig sein sollte. Die Eröffnung ist jetzt aber "
         "auf November verschoben, der Zeitdruck ist also weg. Deshalb hätte ich den Zuschlag gern "
         "zurück.\n\nLiebe Grüße\nLea\n", "2025-09-23T13:00:00")
case("h03-fwd-expresszuschlag", [f], OWB, "decided", [refund("deny")],
     spec="Section 8 forwards: read for the request it carries (from the contract email itself). O6: kind rush "
          "('Expedited/rush fees') is never refundable -> deny.")


# ================================================================= write everything
def main():
    out = HERE / "emails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for fn, data in emails.items():
        (HERE / fn).write_bytes(data)
    ids = [p["id"] for p in payments]
    assert len(ids) == len(set(ids)), "payment ids must be unique"
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs)), "invoices must be unique"
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                                  "payments": payments}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases, {len(emails)} emails")


if __name__ == "__main__":
    main()
