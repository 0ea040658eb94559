"""Fresh held-out round 3, German (de): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md (docs/policy.md) alone; deterministic, stdlib only.
Licence: MIT (like the project). All text was written for this project.
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
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <billing@optimawebdesign.com>"
OWD_GMAIL = "optimawebdesigns12@gmail.com"

LEDGER: dict = {"customers": [], "projects": [], "payments": []}
CASES: list = []
_EML: dict = {}
_N = [0]


def tax(amount: str) -> str:
    from decimal import Decimal, ROUND_HALF_UP
    return str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01"), ROUND_HALF_UP))


def lo_customer(email, name, plan, start, end, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lo_pay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax(amount),
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def owd_project(name, email, work_started_at=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def owd_pay(pid, inv, project, kind, amount, paid_at, status="paid", setup_fee=None, service_start=None,
            next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax(amount), "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": period_start, "period_end": period_end,
                               "milestone_status": milestone_status})


def mail(name, frm, to, subject, when, body, html=None, headers=None, reply_to=None):
    """One email; `reply_to` is the file name of the customer's earlier email in the thread."""
    _N[0] += 1
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    mid = f"<fresh3-{LANG}-{_N[0]:03d}.{name}@mail.example>"
    msg["Message-ID"] = mid
    if reply_to:
        first = _EML[reply_to]
        support = f"<reply-{first.strip('<>')}>"
        msg["In-Reply-To"] = support
        msg["References"] = f"{first} {support}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if html is not None and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    _EML[name] = mid
    path = HERE / "emails" / f"{name}.eml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=SMTP))
    return f"emails/{name}.eml"


def case(cid, files, brand, status, spec, rules=(), decisions=(), missing=None, extra_ok=False, ambiguous=None):
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
    CASES.append(c)


def refund(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def cancel(outcome, effective_date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if effective_date:
        d["effective_date"] = effective_date
    return d


def ist(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=IST)


def cest(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=CEST)


SIG_DISCLAIMER = """
--
Mit freundlichen Grüßen

Tobias Kranz
Vertriebsleitung | Kranz & Partner Immobilien GmbH
Friedrichstraße 112, 10117 Berlin
Tel. +49 30 5550 1842

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte
sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail ist nicht gestattet.
"""


# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

def leadsoptima():
    # l01 duplicate inside the window, invoice typed sloppily
    lo_customer("m.hoffmann@hoffmann-elektro.de", "Markus Hoffmann", "monthly", "2025-09-22", "2025-10-21")
    lo_pay("pde_101", "LO-INV-72001", "m.hoffmann@hoffmann-elektro.de", "monthly", "1499.00",
           "2025-09-22T08:14:00", "2025-09-22", "2025-10-21")
    lo_pay("pde_102", "LO-INV-72002", "m.hoffmann@hoffmann-elektro.de", "monthly", "1499.00",
           "2025-09-22T08:15:00", "2025-09-22", "2025-10-21")
    f = mail("l01-doppelt-abgebucht", "Markus Hoffmann <m.hoffmann@hoffmann-elektro.de>", LO_TO,
             "Doppelte Abbuchung Monatsabo", cest(2025, 9, 24, 9, 12),
             "Hallo zusammen,\n\nbei der Verlängerung meines Monatsabos wurde mir der Betrag doppelt abgebucht,"
             " zweimal 1.499,00 ₹ am 22.09. direkt hintereinander. Die zweite Rechnung ist lo inv 72002.\n"
             "Bitte die doppelte Zahlung zurückerstatten.\n\nDanke & Gruß\nMarkus Hoffmann\nHoffmann Elektrotechnik")
    case("l01-dup-inside", [f], "leadsoptima", "decided",
         "L2 duplicate_payment; two paid monthly charges 1499.00 on 2025-09-22, same period; request 2025-09-24"
         " (day 2) -> L3 inside; L4 approve the duplicate's amount 1499.00 (before tax, C6); 'lo inv 72002' ="
         " LO-INV-72002 (section 8 invoice references)",
         decisions=[refund("approve", "1499.00")])

    # l02 duplicate on day 7 exactly (German evening = late evening IST, same date)
    lo_customer("sabine.vogt@vogt-consulting.de", "Sabine Vogt", "annual", "2025-09-18", "2026-09-17")
    lo_pay("pde_103", "LO-INV-72011", "sabine.vogt@vogt-consulting.de", "annual", "11988.00",
           "2025-09-18T11:02:00", "2025-09-18", "2026-09-17")
    lo_pay("pde_104", "LO-INV-72012", "sabine.vogt@vogt-consulting.de", "annual", "11988.00",
           "2025-09-18T11:03:00", "2025-09-18", "2026-09-17")
    f = mail("l02-jahresabo-zweimal", "Sabine Vogt <sabine.vogt@vogt-consulting.de>", LO_TO,
             "Jahresabo zweimal bezahlt - Rechnung LO-INV-72012", cest(2025, 9, 25, 19, 40),
             "Sehr geehrte Damen und Herren,\n\nich habe heute beim Durchsehen der Kreditkartenabrechnung gesehen,"
             " dass das Jahresabo am 18. September zweimal belastet wurde (je 11.988,00 INR zzgl. MwSt).\n"
             "Ich bitte um Erstattung der zweiten Belastung, Rechnungsnummer LO-INV-72012.\n\n"
             "Mit freundlichen Grüßen\nSabine Vogt\nVogt Consulting")
    case("l02-dup-day7", [f], "leadsoptima", "decided",
         "Date 2025-09-25 19:40 +02:00 = 2025-09-25 23:10 IST; charge 2025-09-18 is day 0, request day 7 ->"
         " inside (section 1, L3 'day 7 is inside'); L4 approve 11988.00",
         decisions=[refund("approve", "11988.00")])

    # l03 duplicate: day 7 in Germany but day 8 in the brand's zone
    lo_customer("jens.albrecht@t-online.de", "Jens Albrecht", "quarterly", "2025-09-17", "2025-12-16")
    lo_pay("pde_105", "LO-INV-72021", "jens.albrecht@t-online.de", "quarterly", "3999.00",
           "2025-09-17T10:00:00", "2025-09-17", "2025-12-16")
    lo_pay("pde_106", "LO-INV-72022", "jens.albrecht@t-online.de", "quarterly", "3999.00",
           "2025-09-17T10:01:00", "2025-09-17", "2025-12-16")
    f = mail("l03-doppelt-zu-spaet", "Jens Albrecht <jens.albrecht@t-online.de>", LO_TO,
             "zweimal abgebucht!!", cest(2025, 9, 24, 21, 5),
             "Hallo,\n\nihr habt mir das Quartalsabo 2x abgebucht (17.9., 2 mal 3.999 Rupien). Rechnung von der"
             " zweiten Abbuchung: LO-INV-72022. Bitte zurueck ueberweisen, heute ist ja noch Tag 7.\n\nJens")
    case("l03-dup-day8-zone", [f], "leadsoptima", "decided",
         "Date 2025-09-24 21:05 +02:00 = 2025-09-25 00:35 IST (brand zone, section 1); charge 2025-09-17 day 0,"
         " request local date day 8 > 7 -> L3 deny (the customer's own time zone does not count)",
         decisions=[refund("deny")])

    # l04 billing error: charged the annual instead of the monthly plan
    lo_customer("katrin.busch@busch-design.de", "Katrin Busch", "annual", "2025-09-26", "2026-09-25")
    lo_pay("pde_107", "LO-INV-72031", "katrin.busch@busch-design.de", "annual", "11988.00",
           "2025-09-26T07:30:00", "2025-09-26", "2026-09-25")
    f = mail("l04-falscher-tarif", "Katrin Busch <katrin.busch@busch-design.de>", LO_TO,
             "Falscher Tarif abgerechnet (LO-INV-72031)", cest(2025, 9, 27, 10, 20),
             "Guten Tag,\n\nich wollte beim Upgrade nur den Monatstarif buchen, abgerechnet wurde aber der"
             " Jahrestarif über 11.988 ₹ (Rechnung LO-INV-72031). Das war so nicht gewollt, da ist bei der"
             " Abrechnung was schiefgelaufen. Bitte den Betrag erstatten bzw. korrigieren.\n\n"
             "Viele Grüße\nKatrin Busch")
    case("l04-wrong-plan", [f], "leadsoptima", "decided",
         "L2 billing_error (charged for the wrong plan); charge 2025-09-26, request 2025-09-27 day 1 inside L3;"
         " L5 escalate (a human verifies), no amount",
         decisions=[refund("escalate")])

    # l05 past event: cancelled, still charged
    lo_customer("p.schulte@schulte-gartenbau.de", "Peter Schulte", "monthly", "2025-09-12", "2025-10-11",
                status="cancelled")
    lo_pay("pde_108", "LO-INV-72041", "p.schulte@schulte-gartenbau.de", "monthly", "1499.00",
           "2025-09-12T06:00:00", "2025-09-12", "2025-10-11")
    f = mail("l05-trotz-kuendigung", "Peter Schulte <p.schulte@schulte-gartenbau.de>", LO_TO,
             "Abbuchung trotz Kündigung", ist(2025, 9, 15, 14, 30),
             "Hallo LeadsOptima-Team,\n\nich habe am 8. September über Billing gekündigt und trotzdem wurden am"
             " 12.09. wieder 1.499 ₹ abgebucht (LO-INV-72041). Ich möchte das Geld zurück, ich habe den"
             " Vertrag ja fristgerecht beendet.\n\nGruß\nPeter Schulte\nSchulte Garten- und Landschaftsbau")
    case("l05-charged-after-cancel", [f], "leadsoptima", "decided",
         "L2 billing_error ('charged after I cancelled'); charge 2025-09-12, request 2025-09-15 day 3 inside;"
         " L5 escalate. The past cancellation is a fact, not a new cancellation request.",
         decisions=[refund("escalate")])

    # l06 access failure inside
    lo_customer("yilmaz.kemal@gmx.de", "Kemal Yilmaz", "monthly", "2025-09-20", "2025-10-19")
    lo_pay("pde_109", "LO-INV-72051", "yilmaz.kemal@gmx.de", "monthly", "1499.00",
           "2025-09-20T12:00:00", "2025-09-20", "2025-10-19")
    f = mail("l06-kein-login", "Kemal Yilmaz <yilmaz.kemal@gmx.de>", LO_TO,
             "Login geht nicht mehr - Erstattung", ist(2025, 9, 23, 11, 45),
             "Hallo,\n\nseit Sonntag kann ich mich nicht mehr einloggen, nach dem Login bleibt das Dashboard einfach"
             " weiß und lädt nicht. Cache gelöscht, anderer Browser, alles probiert. Euer Support-Chat hat auch"
             " nicht geholfen. So kann ich das Tool nicht nutzen und möchte die Zahlung vom 20.09."
             " (LO-INV-72051) zurück.\n\nGrüße\nKemal Yilmaz")
    case("l06-access-inside", [f], "leadsoptima", "decided",
         "L2 access_failure (cannot log in, dashboard not loading); charge 2025-09-20, request 2025-09-23 day 3;"
         " L6 escalate",
         decisions=[refund("escalate")])

    # l07 access failure, outside the window
    lo_customer("anja.ritter@ritter-physio.de", "Anja Ritter", "monthly", "2025-09-01", "2025-09-30")
    lo_pay("pde_110", "LO-INV-72061", "anja.ritter@ritter-physio.de", "monthly", "1499.00",
           "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")
    f = mail("l07-kein-zugang-spaet", "Anja Ritter <anja.ritter@ritter-physio.de>", LO_TO,
             "Kein Zugang seit Tagen", ist(2025, 9, 19, 16, 0),
             "Guten Tag,\n\nich habe seit letzter Woche keinen Zugang mehr zur Plattform, es kommt immer"
             " 'Session expired'. Ich möchte den Septemberbeitrag (Rechnung LO-INV-72061) erstattet haben.\n\n"
             "Mit freundlichen Grüßen\nAnja Ritter")
    case("l07-access-outside", [f], "leadsoptima", "decided",
         "L2 access_failure, but charge 2025-09-01 and request 2025-09-19 = day 18 > 7 -> L3 deny",
         decisions=[refund("deny")])

    # l08 L1: too expensive, refund only
    lo_customer("f.neumann@neumann-steuer.de", "Florian Neumann", "quarterly", "2025-09-25", "2025-12-24")
    lo_pay("pde_111", "LO-INV-72071", "f.neumann@neumann-steuer.de", "quarterly", "3999.00",
           "2025-09-25T10:10:00", "2025-09-25", "2025-12-24")
    f = mail("l08-zu-teuer", "Florian Neumann <f.neumann@neumann-steuer.de>", LO_TO,
             "Rückerstattung Quartalsabo", ist(2025, 9, 26, 9, 5),
             "Sehr geehrtes Team,\n\nnach nochmaliger Überlegung ist mir das Quartalsabo für unsere kleine Kanzlei"
             " schlicht zu teuer. Bitte erstatten Sie mir die 3.999,00 ₹ aus Rechnung LO-INV-72071.\n\n"
             "Mit freundlichen Grüßen\nFlorian Neumann\nSteuerberatung Neumann")
    case("l08-too-expensive", [f], "leadsoptima", "decided",
         "reason 'too expensive' is no L2 exception -> L1 deny (reply offers cancellation); no cancellation"
         " was asked for",
         decisions=[refund("deny")])

    # l09 L1 + cancellation
    lo_customer("lisa.brandt@web.de", "Lisa Brandt", "monthly", "2025-09-14", "2025-10-13")
    lo_pay("pde_112", "LO-INV-72081", "lisa.brandt@web.de", "monthly", "1499.00",
           "2025-09-14T15:00:00", "2025-09-14", "2025-10-13")
    f = mail("l09-kuendigen-rest-erstatten", "Lisa Brandt <lisa.brandt@web.de>", LO_TO,
             "Kündigung + Erstattung", ist(2025, 9, 18, 20, 15),
             "Hi,\n\nich nutze LeadsOptima seit dem Jobwechsel gar nicht mehr. Bitte kündigt mein Monatsabo und"
             " erstattet mir die restlichen Tage vom September (Rechnung LO-INV-72081).\n\nLG Lisa")
    case("l09-unused-days-cancel", [f], "leadsoptima", "decided",
         "refund for unused days is no L2 exception -> L1 deny ('no partial refunds for unused days');"
         " cancellation -> L8 cancel, effective current_period_end 2025-10-13",
         decisions=[refund("deny"), cancel("cancel", "2025-10-13")])

    # l10 L7 free trial
    lo_customer("ole.petersen@petersen-kiel.de", "Ole Petersen", "monthly", None, None, status="trial",
                trial_ends="2025-10-04")
    f = mail("l10-testphase", "Ole Petersen <ole.petersen@petersen-kiel.de>", LO_TO,
             "Geld zurück - bin noch in der Testphase", ist(2025, 9, 27, 8, 40),
             "Moin,\n\nich teste LeadsOptima gerade, die Testphase läuft bis 4.10. Das Tool passt nicht zu unserem"
             " Vertrieb, wir arbeiten fast nur mit Bestandskunden. Bitte erstattet mir alles, was ich bei euch"
             " bezahlt habe, und schickt mir eine kurze Bestätigung.\n\nGruß aus Kiel\nOle Petersen")
    case("l10-free-trial", [f], "leadsoptima", "decided",
         "account on a free trial with no charges in the ledger -> L7 deny (nothing to refund; no billing"
         " unless they subscribe); no cancellation asked for",
         decisions=[refund("deny")])

    # l11 cancellation quarterly
    lo_customer("t.keller@keller-fenster.de", "Thomas Keller", "quarterly", "2025-08-10", "2025-11-09")
    lo_pay("pde_113", "LO-INV-72091", "t.keller@keller-fenster.de", "quarterly", "3999.00",
           "2025-08-10T09:00:00", "2025-08-10", "2025-11-09")
    f = mail("l11-kuendigung-quartal", "Thomas Keller <t.keller@keller-fenster.de>", LO_TO,
             "Kündigung", ist(2025, 9, 22, 13, 0),
             "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Quartalsabo zum nächstmöglichen Zeitpunkt."
             " Bitte bestätigen Sie mir die Kündigung schriftlich.\n\nMit freundlichen Grüßen\nThomas Keller\n"
             "Keller Fenster & Türen")
    case("l11-cancel-quarterly", [f], "leadsoptima", "decided",
         "cancellation, reason not required (section 3); L8 cancel, effective current_period_end 2025-11-09",
         decisions=[cancel("cancel", "2025-11-09")])

    # l12 cancellation, no current period in the ledger -> fallback
    lo_customer("info@baecker-lorenz.de", "Bäckerei Lorenz", "annual", None, None)
    lo_pay("pde_114", "LO-INV-72101", "info@baecker-lorenz.de", "annual", "11988.00",
           "2025-03-14T10:30:00", "2025-03-14", None)
    f = mail("l12-jahresabo-beenden", "Bäckerei Lorenz <info@baecker-lorenz.de>", LO_TO,
             "Jahresvertrag beenden", ist(2025, 9, 10, 12, 0),
             "Hallo,\n\nwir moechten unser Jahresabo bei Ihnen beenden, es soll sich nicht automatisch"
             " verlaengern. Wir stellen die Akquise auf Empfehlungen um.\n\nBeste Gruesse\nClaudia Lorenz\n"
             "Baeckerei Lorenz")
    case("l12-cancel-fallback", [f], "leadsoptima", "decided",
         "L8: no current_period_end in the ledger -> last charge's local date 2025-03-14 + 12 months - 1 day ="
         " 2026-03-13",
         decisions=[cancel("cancel", "2026-03-13")])

    # l13 negation: no refund, just cancel
    lo_customer("d.wagner@wagner-it.de", "Daniel Wagner", "monthly", "2025-09-05", "2025-10-04")
    lo_pay("pde_115", "LO-INV-72111", "d.wagner@wagner-it.de", "monthly", "1499.00",
           "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    f = mail("l13-keine-erstattung", "Daniel Wagner <d.wagner@wagner-it.de>", LO_TO,
             "Abo kündigen", ist(2025, 9, 24, 17, 30),
             "Hallo,\n\nich möchte KEINE Rückerstattung, alles gut, der laufende Monat ist bezahlt und soll auch so"
             " bleiben. Bitte kündigen Sie nur das Monatsabo, damit nichts mehr abgebucht wird.\n\n"
             "Danke und schöne Grüße\nDaniel Wagner")
    case("l13-negated-refund", [f], "leadsoptima", "decided",
         "section 8: negation adds no refund intent; cancellation -> L8 cancel, effective current_period_end"
         " 2025-10-04",
         decisions=[cancel("cancel", "2025-10-04")])

    # l14 hypothetical before buying
    f = mail("l14-was-waere-wenn", "Heike Sommer <heike.sommer@sommer-events.de>", LO_TO,
             "Frage vor dem Kauf", ist(2025, 9, 21, 10, 0),
             "Guten Tag,\n\nwir überlegen, das Jahresabo abzuschließen. Angenommen, das Tool läuft bei uns nicht"
             " richtig: bekäme ich dann mein Geld zurück? Und wie lange hätte ich Zeit, das zu melden?\n\n"
             "Viele Grüße\nHeike Sommer")
    case("l14-hypothetical", [f], "leadsoptima", "other",
         "section 8: 'would I get a refund if...' before buying is a policy question -> other; nothing else asked")

    # l15 how-to
    lo_customer("r.klein@klein-versicherungen.de", "Ralf Klein", "annual", "2025-05-02", "2026-05-01")
    lo_pay("pde_116", "LO-INV-72121", "r.klein@klein-versicherungen.de", "annual", "11988.00",
           "2025-05-02T09:00:00", "2025-05-02", "2026-05-01")
    f = mail("l15-csv-export", "Ralf Klein <r.klein@klein-versicherungen.de>", LO_TO,
             "Leads als CSV exportieren?", ist(2025, 9, 29, 9, 30),
             "Hallo Support,\n\nwie kann ich meine Leads aus einer Kampagne als CSV exportieren? Ich finde den"
             " Button nicht mehr seit dem letzten Update.\n\nDanke!\nRalf Klein")
    case("l15-howto", [f], "leadsoptima", "other",
         "a how-to question, neither refund nor cancellation -> other (section 1 outcomes)")

    # l16 C2: writes from a private address, names the registered one
    lo_customer("j.weber@weber-immobilien.de", "Julia Weber", "monthly", "2025-09-19", "2025-10-18")
    lo_pay("pde_117", "LO-INV-72131", "j.weber@weber-immobilien.de", "monthly", "1499.00",
           "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    f = mail("l16-private-adresse", "Julia Weber <julia.weber84@gmail.com>", LO_TO,
             "Abo kuendigen", ist(2025, 9, 25, 21, 10),
             "Hallo,\n\nich schreibe von meiner privaten Adresse, weil ich ans Firmenpostfach gerade nicht"
             " rankomme. Mein Konto läuft auf j.weber@weber-immobilien.de. Bitte kündigt das Monatsabo und sagt"
             " mir, bis wann es noch läuft.\n\nJulia Weber")
    case("l16-c2-private-address", [f], "leadsoptima", "need_info",
         "C2: sender julia.weber84@gmail.com is not the registered email j.weber@weber-immobilien.de -> ask to"
         " write from the address on record, no account details (worked example 5)",
         rules=["C2"])

    # l17 C2: assistant forwards the boss's request (Outlook WG:)
    lo_customer("h.fischer@fischer-bau.de", "Hans Fischer", "quarterly", "2025-09-01", "2025-11-30")
    lo_pay("pde_118", "LO-INV-72141", "h.fischer@fischer-bau.de", "quarterly", "3999.00",
           "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
    f = mail("l17-wg-assistenz", "Sekretariat Fischer Bau <sekretariat@fischer-bau.de>", LO_TO,
             "WG: LeadsOptima kündigen", ist(2025, 9, 26, 11, 20),
             "Guten Tag,\n\nanbei die Kündigung von Herrn Fischer mit der Bitte um Bearbeitung.\n\n"
             "Mit freundlichen Grüßen\nBirgit Lang\nSekretariat\n\n"
             "-----Ursprüngliche Nachricht-----\nVon: Hans Fischer <h.fischer@fischer-bau.de>\n"
             "Gesendet: Freitag, 26. September 2025 07:32\nAn: Sekretariat <sekretariat@fischer-bau.de>\n"
             "Betreff: LeadsOptima kündigen\n\nBirgit, bitte bei LeadsOptima unser Quartalsabo kündigen, das läuft"
             " über meine Adresse h.fischer@fischer-bau.de. Brauchen wir nicht mehr.\nHF")
    case("l17-c2-forward", [f], "leadsoptima", "need_info",
         "section 8 Forwards: the forwarded request names registered email h.fischer@fischer-bau.de, the sender"
         " is sekretariat@fischer-bau.de -> C2, ask for the request from the address on record",
         rules=["C2"])

    # l18 C4: Rückbuchung / Anwalt
    lo_customer("s.kaiser@kaiser-handel.de", "Stefan Kaiser", "annual", "2025-09-23", "2026-09-22")
    lo_pay("pde_119", "LO-INV-72151", "s.kaiser@kaiser-handel.de", "annual", "11988.00",
           "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
    f = mail("l18-anwalt-rueckbuchung", "Stefan Kaiser <s.kaiser@kaiser-handel.de>", LO_TO,
             "Letzte Aufforderung - Rechnung LO-INV-72151", ist(2025, 9, 26, 10, 0),
             "Sehr geehrte Damen und Herren,\n\nich habe nie einem Jahresabo zugestimmt, abgebucht wurden trotzdem"
             " 11.988 ₹ (LO-INV-72151). Ich fordere die Erstattung bis Ende der Woche. Andernfalls lasse ich die"
             " Zahlung über meine Kreditkartenfirma zurückbuchen (Chargeback) und übergebe die Sache meinem"
             " Anwalt.\n\nStefan Kaiser")
    case("l18-c4-chargeback-lawyer", [f], "leadsoptima", "decided",
         "C4: chargeback ('zurückbuchen', 'Chargeback') and lawyer ('Anwalt') -> escalate the refund, no amount",
         rules=["C4"], decisions=[refund("escalate")])

    # l19 C4 covers the cancellation too (Verbraucherzentrale)
    lo_customer("nina.krueger@krueger-mode.de", "Nina Krüger", "monthly", "2025-09-16", "2025-10-15")
    lo_pay("pde_120", "LO-INV-72161", "nina.krueger@krueger-mode.de", "monthly", "1499.00",
           "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
    f = mail("l19-verbraucherzentrale", "Nina Krüger <nina.krueger@krueger-mode.de>", LO_TO,
             "Kündigung und Erstattung", ist(2025, 9, 19, 15, 0),
             "Hallo,\n\nich kündige hiermit mein Abo. Außerdem will ich die 1.499 ₹ vom 16.09. (LO-INV-72161)"
             " zurück, die Plattform war die halbe Woche nicht erreichbar. Wenn das nicht klappt, wende ich mich"
             " an die Verbraucherzentrale und mache meine Rechte als Verbraucherin geltend.\n\nNina Krüger")
    case("l19-c4-cancel-too", [f], "leadsoptima", "decided",
         "C4 (consumer protection body, consumer rights) covers the whole case (section 8): refund and"
         " cancellation both escalate",
         rules=["C4"], decisions=[refund("escalate"), cancel("escalate")])

    # l20 C3 thread: invoice missing (two charges), then answered
    lo_customer("m.schmitt@schmitt-dach.de", "Martin Schmitt", "monthly", "2025-09-21", "2025-10-20")
    lo_pay("pde_121", "LO-INV-72171", "m.schmitt@schmitt-dach.de", "monthly", "1499.00",
           "2025-08-21T10:00:00", "2025-08-21", "2025-09-20")
    lo_pay("pde_122", "LO-INV-72172", "m.schmitt@schmitt-dach.de", "monthly", "1999.00",
           "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    f1 = mail("l20-falscher-betrag", "Martin Schmitt <m.schmitt@schmitt-dach.de>", LO_TO,
              "Falscher Betrag abgebucht", ist(2025, 9, 23, 9, 0),
              "Hallo,\n\nbeim Durchsehen meiner Abrechnungen ist mir aufgefallen, dass bei einer Abbuchung ein falscher"
              " Betrag eingezogen wurde, knapp 500 Rupien zu viel, obwohl ich nie den Tarif gewechselt habe. Bitte"
              " die Differenz erstatten.\n\n"
              "Gruß\nMartin Schmitt")
    f2 = mail("l20-antwort-rechnung", "Martin Schmitt <m.schmitt@schmitt-dach.de>", LO_TO,
              "Re: Falscher Betrag abgebucht", ist(2025, 9, 24, 8, 15),
              "Hallo,\n\ndie Rechnungsnummer ist LO-INV-72172.\n\nGruß\nMartin Schmitt\n\n"
              "> Bitte nennen Sie uns die Rechnungsnummer der betroffenen Abbuchung.", reply_to="l20-falscher-betrag")
    case("l20-c3-invoice-asked", [f1], "leadsoptima", "need_info",
         "C3: refund for a wrong amount, two charges on record and none named -> ask for invoice_number"
         " (plan from the ledger, reason given)",
         missing=["invoice_number"])
    case("l20b-c3-invoice-answered", [f1, f2], "leadsoptima", "decided",
         "C3 answer merged via In-Reply-To/References; billing_error on LO-INV-72172 (charge 2025-09-21, request"
         " time = first email 2025-09-23, day 2) -> L5 escalate",
         decisions=[refund("escalate")])

    # l21 three identical charges
    lo_customer("kontakt@meyer-optik.de", "Optik Meyer", "monthly", "2025-09-10", "2025-10-09")
    for i, t in enumerate(["08:00", "08:01", "08:03"]):
        lo_pay(f"pde_13{i}", f"LO-INV-7218{i + 1}", "kontakt@meyer-optik.de", "monthly", "999.00",
               f"2025-09-10T{t}:00", "2025-09-10", "2025-10-09")
    f = mail("l21-dreifach", "Optik Meyer <kontakt@meyer-optik.de>", LO_TO,
             "3-fach abgebucht?!", ist(2025, 9, 12, 12, 0),
             "Hallo,\n\nauf dem Kontoauszug steht LeadsOptima dreimal mit je 999,00 ₹, alle am 10.09."
             " Rechnungen LO-INV-72182 und LO-INV-72183 sind doppelt bzw. dreifach, bitte beide Beträge"
             " erstatten.\n\nMfG\nUwe Meyer\nOptik Meyer")
    case("l21-triple-charge", [f], "leadsoptima", "decided",
         "section 8 three or more identical charges: every charge after the first is a duplicate; both inside L3"
         " (day 2) -> approve 999.00 + 999.00 = 1998.00",
         decisions=[refund("approve", "1998.00")])

    # l22 'double' claimed but the ledger shows one charge
    lo_customer("b.zimmer@zimmer-reisen.de", "Bernd Zimmer", "monthly", "2025-09-24", "2025-10-23")
    lo_pay("pde_134", "LO-INV-72191", "b.zimmer@zimmer-reisen.de", "monthly", "1499.00",
           "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    f = mail("l22-doppelt-ohne-beleg", "Bernd Zimmer <b.zimmer@zimmer-reisen.de>", LO_TO,
             "Doppelbuchung LO-INV-72191", ist(2025, 9, 26, 18, 0),
             "Guten Abend,\n\nmeine Bank zeigt zwei Abbuchungen über 1.499 ₹ von Ihnen am 24.9. an. Bitte"
             " erstatten Sie die doppelte Zahlung (Rechnung LO-INV-72191).\n\nBernd Zimmer")
    case("l22-dup-no-pair", [f], "leadsoptima", "decided",
         "L2 duplicate_payment inside L3 (day 2), but the ledger holds only one paid charge -> L4 escalate",
         decisions=[refund("escalate")])

    # l23 no reason, only a signature with a disclaimer
    lo_customer("t.kranz@kranz-partner.de", "Tobias Kranz", "quarterly", "2025-09-27", "2025-12-26")
    lo_pay("pde_135", "LO-INV-72201", "t.kranz@kranz-partner.de", "quarterly", "3999.00",
           "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
    f = mail("l23-nur-signatur", "Tobias Kranz <t.kranz@kranz-partner.de>", LO_TO,
             "Erstattung LO-INV-72201", ist(2025, 9, 29, 10, 0),
             "Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie uns den Betrag aus Rechnung LO-INV-72201.\n"
             + SIG_DISCLAIMER)
    case("l23-reason-missing-signature", [f], "leadsoptima", "need_info",
         "section 8 What a reason is: restating the request, the signature and the disclaimer are no reason;"
         " refunds need one (section 3) -> need_info reason (plan from the ledger, invoice given)",
         missing=["reason"])

    # l24 Reply-To does not verify
    lo_customer("c.hahn@hahn-fitness.de", "Carina Hahn", "monthly", "2025-09-11", "2025-10-10")
    lo_pay("pde_136", "LO-INV-72211", "c.hahn@hahn-fitness.de", "monthly", "1499.00",
           "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
    f = mail("l24-reply-to", "Hahn Fitness Studio <studio.hahn@outlook.de>", LO_TO,
             "Kündigung Monatsabo", ist(2025, 9, 22, 19, 0),
             "Hallo,\n\nbitte das Monatsabo kündigen. Antworten bitte an c.hahn@hahn-fitness.de.\n\nCarina Hahn",
             headers={"Reply-To": "c.hahn@hahn-fitness.de"})
    case("l24-c2-reply-to", [f], "leadsoptima", "need_info",
         "section 8 Addresses: the sender is the From address (studio.hahn@outlook.de, not on record);"
         " Reply-To never verifies -> C2",
         rules=["C2"])

    # l25 C7 out-of-office
    f = mail("l25-abwesenheit", "Markus Hoffmann <m.hoffmann@hoffmann-elektro.de>", LO_TO,
             "Automatische Antwort: Ihre Anfrage [LO-1187]", ist(2025, 9, 25, 6, 0),
             "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Oktober im Urlaub und habe keinen"
             " Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buero@hoffmann-elektro.de."
             "\n\nMarkus Hoffmann",
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case("l25-c7-out-of-office", [f], "leadsoptima", "ignore",
         "C7: Auto-Submitted: auto-replied -> ignore (worked example 12)", rules=["C7"])

    # l26 HTML-only cancellation, no umlauts
    lo_customer("georg.huber@huber-holz.at", "Georg Huber", "annual", "2025-02-01", "2026-01-31")
    lo_pay("pde_137", "LO-INV-72221", "georg.huber@huber-holz.at", "annual", "11988.00",
           "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
    f = mail("l26-html-kuendigung", "Georg Huber <georg.huber@huber-holz.at>", LO_TO,
             "Kuendigung Jahresabo", ist(2025, 9, 30, 14, 0), None,
             html="<html><body><p>Gruess Gott,</p><p>hiermit kuendige ich unser <b>Jahresabo</b> bei LeadsOptima."
                  " Bitte keine automatische Verlaengerung mehr.</p><p>Freundliche Gruesse<br>Georg Huber<br>"
                  "Huber Holzbau, Salzburg</p></body></html>")
    case("l26-html-cancel", [f], "leadsoptima", "decided",
         "HTML-only mail; cancellation -> L8 cancel, effective current_period_end 2026-01-31",
         decisions=[cancel("cancel", "2026-01-31")])


# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

def optima():
    # o01 deposit inside 72 h
    owd_project("Bäckerei Hofmann Relaunch", "info@baeckerei-hofmann.de")
    owd_pay("qde_201", "OWD-2025-301", "Bäckerei Hofmann Relaunch", "deposit", "25000.00", "2025-09-15T11:00:00")
    f = mail("o01-anzahlung-zurueck", "Bäckerei Hofmann <info@baeckerei-hofmann.de>", OWD_TO,
             "Refund Request — Bäckerei Hofmann Relaunch / OWD-2025-301", cest(2025, 9, 17, 12, 30),
             "Sehr geehrte Damen und Herren,\n\nwir haben am Montag die Anzahlung für den Relaunch überwiesen"
             " (25.000 ₹ zzgl. MwSt, Rechnung OWD-2025-301). Leider hat unser Gesellschafter das Budget für dieses"
             " Jahr gestrichen, wir müssen das Projekt absagen. Bitte erstatten Sie die Anzahlung.\n\n"
             "Mit freundlichen Grüßen\nAnnette Hofmann")
    case("o01-deposit-inside", [f], "optima_webdesign", "decided",
         "O2: paid 2025-09-15 11:00 IST; request 2025-09-17 12:30 +02:00 = 16:00 IST, 53 h < 72 h, no work"
         " started -> approve 25000.00 (before tax)",
         decisions=[refund("approve", "25000.00")], extra_ok=True)

    # o02 deposit exactly 72 h
    owd_project("Kanzlei Brandt Website", "sekretariat@kanzlei-brandt.de")
    owd_pay("qde_202", "OWD-2025-302", "Kanzlei Brandt Website", "deposit", "30000.00", "2025-09-20T14:00:00")
    f = mail("o02-anzahlung-72h", "Kanzlei Brandt <sekretariat@kanzlei-brandt.de>", OWD_TO,
             "Stornierung Auftrag Kanzlei Brandt Website (OWD-2025-302)", cest(2025, 9, 23, 10, 30),
             "Sehr geehrte Damen und Herren,\n\nwir haben uns entschieden, die Website doch intern mit unserem"
             " IT-Dienstleister umzusetzen. Bitte erstatten Sie die Anzahlung zu Rechnung OWD-2025-302 für das"
             " Projekt Kanzlei Brandt Website.\n\nMit freundlichen Grüßen\ni.A. Petra Kolb")
    case("o02-deposit-72h", [f], "optima_webdesign", "decided",
         "O2: paid 2025-09-20 14:00 IST; request 2025-09-23 10:30 +02:00 = 14:00 IST = exactly 72 h, which is not"
         " 'before 72 hours' (section 8) -> deny",
         decisions=[refund("deny")], extra_ok=True)

    # o03 deposit inside 72 h but work started
    owd_project("Fahrschule Öztürk", "kontakt@fahrschule-oeztuerk.de", work_started_at="2025-09-16T09:00:00")
    owd_pay("qde_203", "OWD-2025-303", "Fahrschule Öztürk", "deposit", "15000.00", "2025-09-15T10:00:00")
    f = mail("o03-anzahlung-begonnen", "Fahrschule Öztürk <kontakt@fahrschule-oeztuerk.de>", OWD_TO,
             "Anzahlung OWD-2025-303", ist(2025, 9, 17, 9, 0),
             "Hallo,\n\nwir haben es uns anders ueberlegt, mein Bruder baut uns die Seite jetzt privat. Bitte die"
             " Anzahlung fuer Projekt Fahrschule Öztürk (OWD-2025-303) zurueck.\n\nGruss\nMehmet Öztürk")
    case("o03-deposit-work-started", [f], "optima_webdesign", "decided",
         "O2: 47 h after payment but work_started_at 2025-09-16 09:00 is before the request -> deny"
         " ('whichever occurs first')",
         decisions=[refund("deny")])

    # o04 discovery, nothing started
    owd_project("Weingut Keller Shop", "weingut@keller-pfalz.de")
    owd_pay("qde_204", "OWD-2025-304", "Weingut Keller Shop", "discovery", "15000.00", "2025-09-01T10:00:00")
    f = mail("o04-discovery-zurueck", "Weingut Keller <weingut@keller-pfalz.de>", OWD_TO,
             "Strategie-Workshop absagen", ist(2025, 9, 19, 11, 0),
             "Liebes Optima-Team,\n\nder Strategie-Workshop für den Weingut Keller Shop hat ja noch nicht"
             " stattgefunden. Wir verkaufen das Weingut zum Jahresende und brauchen keinen Shop mehr. Bitte"
             " erstattet die Discovery-Gebühr (Rechnung OWD-2025-304, 15.000,00 ₹).\n\nHerzliche Grüße\n"
             "Familie Keller")
    case("o04-discovery-not-started", [f], "optima_webdesign", "decided",
         "O1: discovery with work_started_at empty -> refundable in full: approve 15000.00",
         decisions=[refund("approve", "15000.00")], extra_ok=True)

    # o05 discovery, session held
    owd_project("Zahnarztpraxis Dr. Roth", "praxis@dr-roth-zahn.de", work_started_at="2025-09-10T15:00:00")
    owd_pay("qde_205", "OWD-2025-305", "Zahnarztpraxis Dr. Roth", "discovery", "12000.00", "2025-09-05T10:00:00")
    f = mail("o05-discovery-stattgefunden", "Praxis Dr. Roth <praxis@dr-roth-zahn.de>", OWD_TO,
             "Erstattung Discovery OWD-2025-305", ist(2025, 9, 18, 13, 0),
             "Guten Tag,\n\ndas Kick-off-Gespräch am 10.09. hat uns ehrlich gesagt nicht überzeugt, die Ideen"
             " passen nicht zu unserer Praxis. Wir möchten die Discovery-Gebühr für das Projekt Zahnarztpraxis"
             " Dr. Roth (OWD-2025-305) zurück.\n\nMit freundlichen Grüßen\nDr. Katharina Roth")
    case("o05-discovery-started", [f], "optima_webdesign", "decided",
         "O1: a session was held (work_started_at 2025-09-10, before the request) -> deny",
         decisions=[refund("deny")])

    # o06 milestone not started
    owd_project("Physio Lindner App", "lindner@physio-lindner.de", work_started_at="2025-08-01T10:00:00")
    owd_pay("qde_206", "OWD-2025-306", "Physio Lindner App", "milestone", "35000.00", "2025-08-01T10:00:00",
            milestone_status="approved")
    owd_pay("qde_207", "OWD-2025-307", "Physio Lindner App", "milestone", "40000.00", "2025-09-10T10:00:00",
            milestone_status="not_started")
    f = mail("o06-meilenstein-offen", "Jan Lindner <lindner@physio-lindner.de>", OWD_TO,
             "Meilenstein 2 – Physio Lindner App", ist(2025, 9, 24, 10, 0),
             "Hallo zusammen,\n\nDesign (Meilenstein 1) ist abgenommen, danke. Die Terminbuchung (Meilenstein 2,"
             " Rechnung OWD-2025-307, 40.000 ₹) brauchen wir nicht mehr, unsere Kassenärztliche Software bringt"
             " das jetzt selbst mit. Da damit noch nicht begonnen wurde, bitte den Betrag erstatten.\n\n"
             "Grüße\nJan Lindner")
    case("o06-milestone-not-started", [f], "optima_webdesign", "decided",
         "O3: milestone OWD-2025-307 not_started -> approve its amount 40000.00 (before tax)",
         decisions=[refund("approve", "40000.00")])

    # o07 milestone in progress
    owd_project("Brauhaus Seidl Onlineshop", "shop@brauhaus-seidl.de", work_started_at="2025-08-15T10:00:00")
    owd_pay("qde_208", "OWD-2025-308", "Brauhaus Seidl Onlineshop", "milestone", "28000.00", "2025-09-01T10:00:00",
            milestone_status="in_progress")
    f = mail("o07-meilenstein-laufend", "Brauhaus Seidl <shop@brauhaus-seidl.de>", OWD_TO,
             "Erstattung Meilenstein OWD-2025-308", ist(2025, 9, 22, 16, 0),
             "Servus,\n\nwir stoppen das Projekt Brauhaus Seidl Onlineshop, weil unser Zahlungsanbieter"
             " abgesprungen ist. Für den laufenden Meilenstein (OWD-2025-308) hätten wir gern den Teil zurück,"
             " der noch nicht gemacht ist.\n\nPfiat eich\nSepp Seidl")
    case("o07-milestone-in-progress", [f], "optima_webdesign", "decided",
         "O3: milestone in_progress -> escalate (billable value of work not started needs a person), no amount",
         decisions=[refund("escalate")], extra_ok=True)

    # o08 milestone completed
    owd_project("Kita Sonnenschein Portal", "leitung@kita-sonnenschein.de", work_started_at="2025-07-01T10:00:00")
    owd_pay("qde_209", "OWD-2025-309", "Kita Sonnenschein Portal", "milestone", "22000.00", "2025-07-01T10:00:00",
            milestone_status="completed")
    f = mail("o08-meilenstein-fertig", "Kita Sonnenschein <leitung@kita-sonnenschein.de>", OWD_TO,
             "Rückzahlung OWD-2025-309", ist(2025, 9, 23, 12, 0),
             "Guten Tag,\n\ndas Elternportal (Projekt Kita Sonnenschein Portal) wurde zwar geliefert, aber der"
             " Träger hat entschieden, es nicht einzusetzen. Wir bitten daher um Rückzahlung der Rechnung"
             " OWD-2025-309.\n\nFreundliche Grüße\nMonika Stein, Kitaleitung")
    case("o08-milestone-completed", [f], "optima_webdesign", "decided",
         "O3/O6: milestone completed -> deny (completed deliverables are non-refundable)",
         decisions=[refund("deny")])

    # o09 retainer, ample notice
    owd_project("Autohaus Wendt SEO", "marketing@autohaus-wendt.de", work_started_at="2025-03-15T10:00:00")
    owd_pay("qde_210", "OWD-2025-310", "Autohaus Wendt SEO", "retainer", "18000.00", "2025-09-15T10:00:00",
            next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
    f = mail("o09-retainer-kuendigen", "Autohaus Wendt Marketing <marketing@autohaus-wendt.de>", OWD_TO,
             "Kündigung SEO-Retainer", ist(2025, 9, 29, 10, 0),
             "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den SEO-Retainer für das Projekt Autohaus"
             " Wendt SEO (letzte Rechnung OWD-2025-310). Grund: Wir übernehmen SEO ab Oktober mit einer eigenen"
             " Werkstudentin.\n\nMit freundlichen Grüßen\nLaura Wendt")
    case("o09-retainer-notice-ok", [f], "optima_webdesign", "decided",
         "O4/O8: next_billing_at 2025-10-15, 7 days before = 2025-10-08; request 2025-09-29 is on or before ->"
         " cancel, effective the day before next billing 2025-10-14",
         decisions=[cancel("cancel", "2025-10-14")])

    # o10 retainer, exactly 7 days
    owd_project("Tanzschule Berger Social Media", "info@tanzschule-berger.de", work_started_at="2025-04-06T10:00:00")
    owd_pay("qde_211", "OWD-2025-311", "Tanzschule Berger Social Media", "retainer", "12000.00",
            "2025-09-06T10:00:00", next_billing_at="2025-10-06", period_start="2025-09-06", period_end="2025-10-05")
    f = mail("o10-retainer-7-tage", "Tanzschule Berger <info@tanzschule-berger.de>", OWD_TO,
             "Social-Media-Betreuung beenden", ist(2025, 9, 29, 18, 0),
             "Hallo Optima-Team,\n\nwir möchten die monatliche Social-Media-Betreuung (Tanzschule Berger Social"
             " Media, Rechnung OWD-2025-311) beenden. Die Anmeldungen über Instagram sind leider kaum gestiegen,"
             " das rechnet sich für uns nicht.\n\nLiebe Grüße\nSandra Berger")
    case("o10-retainer-exactly-7", [f], "optima_webdesign", "decided",
         "O4: next_billing_at 2025-10-06 minus 7 days = 2025-09-29 = request date -> 'on or before' holds ->"
         " cancel, effective 2025-10-05",
         decisions=[cancel("cancel", "2025-10-05")])

    # o11 retainer, short notice
    owd_project("Hotel Adler Newsletter", "direktion@hotel-adler-titisee.de", work_started_at="2025-01-03T10:00:00")
    owd_pay("qde_212", "OWD-2025-312", "Hotel Adler Newsletter", "retainer", "9000.00", "2025-09-03T10:00:00",
            next_billing_at="2025-10-03", period_start="2025-09-03", period_end="2025-10-02")
    f = mail("o11-retainer-kurzfristig", "Hotel Adler Direktion <direktion@hotel-adler-titisee.de>", OWD_TO,
             "Newsletter-Retainer kündigen", ist(2025, 9, 30, 11, 0),
             "Grüß Gott,\n\nbitte beenden Sie die Newsletter-Betreuung für Hotel Adler Newsletter (OWD-2025-312)."
             " Wir schließen das Hotel über den Winter für einen Umbau.\n\nMit besten Grüßen\nFranz Adler")
    case("o11-retainer-short-notice", [f], "optima_webdesign", "decided",
         "O4: next_billing_at 2025-10-03, notice 3 days < 7 -> the next cycle 2025-10-03..2025-11-02 is billed;"
         " cancel effective its last day 2025-11-02",
         decisions=[cancel("cancel", "2025-11-02")])

    # o12 retainer: next cycle already paid, notice >= 7 days
    owd_project("Stadtwerke Ahrweiler Intranet", "it@stadtwerke-ahrweiler.de", work_started_at="2025-02-01T10:00:00")
    owd_pay("qde_213", "OWD-2025-313", "Stadtwerke Ahrweiler Intranet", "retainer", "20000.00",
            "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30")
    owd_pay("qde_214", "OWD-2025-314", "Stadtwerke Ahrweiler Intranet", "retainer", "20000.00",
            "2025-09-18T10:00:00", next_billing_at="2025-11-01", period_start="2025-10-01", period_end="2025-10-31")
    f = mail("o12-retainer-vorausbezahlt", "IT Stadtwerke Ahrweiler <it@stadtwerke-ahrweiler.de>", OWD_TO,
             "Kündigung Wartungsretainer Intranet", ist(2025, 9, 20, 9, 30),
             "Sehr geehrte Damen und Herren,\n\nwir kündigen den Retainer für das Projekt Stadtwerke Ahrweiler"
             " Intranet zum 30.09. Der Oktober ist versehentlich schon bezahlt (OWD-2025-314). Hintergrund: Das"
             " Intranet wird zum Jahresende durch die Konzernlösung ersetzt.\n\nMit freundlichen Grüßen\n"
             "Abteilung IT")
    case("o12-retainer-paid-ahead", [f], "optima_webdesign", "decided",
         "section 8 Retainer paid in advance: the cycle 2025-10-01..10-31 is paid and starts 11 days after the"
         " request (>= 7 days' notice) -> the cancellation is escalate (a person decides about that cycle)",
         decisions=[cancel("escalate")], extra_ok=True)

    # o13 hosting annual within 14 days
    owd_project("Ferienhof Janssen Website", "moin@ferienhof-janssen.de", work_started_at="2025-08-20T10:00:00")
    owd_pay("qde_215", "OWD-2025-315", "Ferienhof Janssen Website", "hosting_annual", "18000.00",
            "2025-09-12T10:00:00", setup_fee="1800.00", service_start="2025-09-12")
    f = mail("o13-hosting-zurueck", "Ferienhof Janssen <moin@ferienhof-janssen.de>", OWD_TO,
             "Hosting kündigen + Erstattung OWD-2025-315", ist(2025, 9, 20, 15, 0),
             "Moin,\n\nwir ziehen mit der Website vom Ferienhof Janssen zu unserem Buchungsportal um, das Hosting"
             " ist dort inklusive. Bitte das Jahreshosting (OWD-2025-315) kündigen und anteilig erstatten.\n\n"
             "Gruß von der Küste\nHauke Janssen")
    case("o13-hosting-prorated", [f], "optima_webdesign", "decided",
         "O5: service_start 2025-09-12, request 2025-09-20 day 8 <= 14; monthly_value = (18000 - 1800)/12 ="
         " 1350; refund = 18000 - 1800 - 1350 x 1 = 14850.00; a cancellation decision may accompany it",
         decisions=[refund("approve", "14850.00")], extra_ok=True)

    # o14 maintenance annual, day 14, rounding
    owd_project("Metzgerei Bauer Shop", "bauer@metzgerei-bauer.de", work_started_at="2025-06-01T10:00:00")
    owd_pay("qde_216", "OWD-2025-316", "Metzgerei Bauer Shop", "maintenance_annual", "10000.00",
            "2025-09-16T10:00:00", setup_fee="1001.00", service_start="2025-09-16")
    f = mail("o14-wartung-tag14", "Metzgerei Bauer <bauer@metzgerei-bauer.de>", OWD_TO,
             "Fwd: Wartungsvertrag", ist(2025, 9, 30, 19, 0),
             "Hallo, wie besprochen unten meine Nachricht nochmal an die richtige Adresse.\n\n"
             "Anfang der weitergeleiteten Nachricht:\n\nVon: Metzgerei Bauer <bauer@metzgerei-bauer.de>\n"
             "Betreff: Wartungsvertrag\nDatum: 30. September 2025 um 15:12:40 MESZ\n"
             "An: info@optima-webdesign.example\n\nGuten Tag, wir möchten den Wartungsvertrag für den Metzgerei"
             " Bauer Shop (Rechnung OWD-2025-316) kündigen und den anteiligen Betrag zurück. Unser Neffe"
             " übernimmt die Pflege des Shops ab sofort selbst.\n\nGrüße\nAlois Bauer")
    case("o14-maintenance-day14-rounding", [f], "optima_webdesign", "decided",
         "Apple Mail forward from the contract address itself. O5: service_start 2025-09-16, request"
         " 2025-09-30 day 14 (inside); monthly_value = 8999/12 = 749.91666...; refund = 10000 - 1001 -"
         " 749.91666... = 8249.08333... -> 8249.08 (rounded once at the end, C6)",
         decisions=[refund("approve", "8249.08")], extra_ok=True)

    # o15 hosting annual day 15
    owd_project("Yoga Studio Prana Website", "namaste@yoga-prana-koeln.de", work_started_at="2025-07-01T10:00:00")
    owd_pay("qde_217", "OWD-2025-317", "Yoga Studio Prana Website", "hosting_annual", "15000.00",
            "2025-09-01T10:00:00", setup_fee="1500.00", service_start="2025-09-01")
    f = mail("o15-hosting-tag15", "Yoga Studio Prana <namaste@yoga-prana-koeln.de>", OWD_TO,
             "Hosting Erstattung", ist(2025, 9, 16, 10, 0),
             "Hallo ihr Lieben,\n\nwir haben festgestellt, dass unser Kursbuchungs-Anbieter Hosting mitbringt."
             " Können wir das Jahreshosting für Yoga Studio Prana Website (OWD-2025-317) stornieren und das Geld"
             " zurückbekommen?\n\nNamaste\nLena")
    case("o15-hosting-day15", [f], "optima_webdesign", "decided",
         "O5: service_start 2025-09-01 day 0, request 2025-09-16 day 15 > 14 -> deny",
         decisions=[refund("deny")], extra_ok=True)

    # o16 third party: domain + SSL
    owd_project("Malerbetrieb Kunz Website", "kunz@malerbetrieb-kunz.de", work_started_at="2025-06-01T10:00:00")
    owd_pay("qde_218", "OWD-2025-318", "Malerbetrieb Kunz Website", "third_party", "3500.00", "2025-09-20T10:00:00")
    f = mail("o16-domain-ssl", "Malerbetrieb Kunz <kunz@malerbetrieb-kunz.de>", OWD_TO,
             "Domain + SSL Rechnung OWD-2025-318", ist(2025, 9, 22, 8, 0),
             "Guten Morgen,\n\nfür die Website Malerbetrieb Kunz wurde Domain-Verlängerung und SSL-Zertifikat"
             " berechnet (OWD-2025-318, 3.500 ₹). Die Domain hätten wir eigentlich selbst verlängern wollen,"
             " bitte erstatten.\n\nMfG\nKlaus Kunz")
    case("o16-third-party", [f], "optima_webdesign", "decided",
         "O6: kind third_party (domain, SSL) is never refundable -> deny citing Non-refundable items",
         decisions=[refund("deny")])

    # o17 change request
    owd_project("Schreinerei Vogel Katalog", "vogel@schreinerei-vogel.de", work_started_at="2025-05-01T10:00:00")
    owd_pay("qde_219", "OWD-2025-319", "Schreinerei Vogel Katalog", "change_request", "6500.00", "2025-09-24T10:00:00")
    f = mail("o17-aenderungswunsch", "Schreinerei Vogel <vogel@schreinerei-vogel.de>", OWD_TO,
             "Rechnung Änderungswunsch OWD-2025-319", ist(2025, 9, 25, 14, 0),
             "Hallo,\n\ndie zusätzliche Produktfilter-Funktion im Katalog (Schreinerei Vogel Katalog) haben wir"
             " bestellt, aber ehrlich gesagt nutzt sie keiner. Wir hätten gern die 6.500 ₹ aus OWD-2025-319"
             " zurück.\n\nGruß\nMichael Vogel")
    case("o17-change-request", [f], "optima_webdesign", "decided",
         "O6: kind change_request is never refundable -> deny", decisions=[refund("deny")])

    # o18 C2: colleague writes
    owd_project("Reisebüro Sonnenklar Relaunch", "geschaeftsfuehrung@sonnenklar-reisen.de")
    owd_pay("qde_220", "OWD-2025-320", "Reisebüro Sonnenklar Relaunch", "deposit", "20000.00", "2025-09-26T10:00:00")
    f = mail("o18-kollegin", "Melanie Franke <m.franke@sonnenklar-reisen.de>", OWD_TO,
             "Anzahlung Reisebüro Sonnenklar Relaunch zurück", ist(2025, 9, 27, 12, 0),
             "Hallo,\n\nich kümmere mich im Auftrag unserer Geschäftsführung um das Projekt Reisebüro Sonnenklar"
             " Relaunch. Wir möchten die Anzahlung (OWD-2025-320) zurück, weil wir von einer Kette übernommen"
             " werden und die Website wegfällt.\n\nViele Grüße\nMelanie Franke")
    case("o18-c2-colleague", [f], "optima_webdesign", "need_info",
         "C2 (explicit for Optima: 'emailed from the contracting email'): sender m.franke@... is not the contract"
         " email geschaeftsfuehrung@... -> ask for the request from that address", rules=["C2"])

    # o19 C2: Gmail forward naming the contract email
    owd_project("Café Morgenrot Website", "inhaberin@cafe-morgenrot.de", work_started_at="2025-06-01T10:00:00")
    owd_pay("qde_221", "OWD-2025-321", "Café Morgenrot Website", "retainer", "8000.00", "2025-09-10T10:00:00",
            next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
    f = mail("o19-gmail-weiterleitung", "Tim Morgen <tim.morgen1990@gmail.com>", OWD_TO,
             "Fwd: Kündigung Pflegevertrag", ist(2025, 9, 24, 20, 0),
             "Anbei die Mail meiner Frau, bitte so umsetzen.\n\n---------- Weitergeleitete Nachricht ---------\n"
             "Von: Café Morgenrot <inhaberin@cafe-morgenrot.de>\nDate: Mi., 24. Sept. 2025 um 14:05 Uhr\n"
             "Subject: Kündigung Pflegevertrag\nTo: Tim Morgen <tim.morgen1990@gmail.com>\n\nTim, schick das bitte"
             " an Optima: Wir kündigen den monatlichen Pflegevertrag für die Café Morgenrot Website (OWD-2025-321),"
             " weil wir das Café im Dezember abgeben. Vertragsadresse ist inhaberin@cafe-morgenrot.de.\nLG Svenja")
    case("o19-c2-forward", [f], "optima_webdesign", "need_info",
         "section 8 Forwards: the forwarded request names contract email inhaberin@cafe-morgenrot.de; the sender"
         " is a gmail address -> C2", rules=["C2"])

    # o20 C4
    owd_project("Immobilien Lange Exposés", "lange@lange-immobilien.de", work_started_at="2025-09-01T10:00:00")
    owd_pay("qde_222", "OWD-2025-322", "Immobilien Lange Exposés", "milestone", "26000.00", "2025-09-01T10:00:00",
            milestone_status="completed")
    f = mail("o20-rechtsanwalt", "Immobilien Lange <lange@lange-immobilien.de>", OWD_TO,
             "Rückforderung OWD-2025-322", ist(2025, 9, 25, 11, 0),
             "Sehr geehrte Damen und Herren,\n\ndie gelieferten Exposé-Vorlagen (Projekt Immobilien Lange Exposés,"
             " OWD-2025-322) sind unbrauchbar, die Hälfte der Felder wird falsch dargestellt. Ich fordere die"
             " Rückzahlung. Sollte bis 03.10. keine Zahlung eingehen, wird mein Rechtsanwalt sich bei Ihnen"
             " melden und ich veranlasse eine Rücklastschrift bei meiner Bank.\n\nHochachtungsvoll\nGerd Lange")
    case("o20-c4-lawyer", [f], "optima_webdesign", "decided",
         "C4: lawyer ('Rechtsanwalt') and reversing the payment through the bank ('Rücklastschrift') -> escalate",
         rules=["C4"], decisions=[refund("escalate")])

    # o21 C3: cancellation without a reason
    owd_project("Praxis Engel Blog", "praxis@engel-psychotherapie.de", work_started_at="2025-03-01T10:00:00")
    owd_pay("qde_223", "OWD-2025-323", "Praxis Engel Blog", "retainer", "7000.00", "2025-09-12T10:00:00",
            next_billing_at="2025-10-12", period_start="2025-09-12", period_end="2025-10-11")
    f = mail("o21-ohne-grund", "Praxis Engel <praxis@engel-psychotherapie.de>", OWD_TO,
             "Kündigung Praxis Engel Blog / OWD-2025-323", ist(2025, 9, 23, 9, 0),
             "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich die monatliche Blog-Betreuung für das Projekt"
             " Praxis Engel Blog, Rechnung OWD-2025-323.\n\nMit freundlichen Grüßen\nDipl.-Psych. Ruth Engel\n"
             "Praxis für Psychotherapie | Termine nur nach Vereinbarung")
    case("o21-c3-reason-missing", [f], "optima_webdesign", "need_info",
         "section 8: Optima requires a reason for cancellations too; none given (signature is no reason) ->"
         " need_info reason", missing=["reason"])

    # o22 C3 thread: reason asked, then answered
    owd_project("Gärtnerei Blum Shop", "blum@gaertnerei-blum.de", work_started_at="2025-02-01T10:00:00")
    owd_pay("qde_224", "OWD-2025-324", "Gärtnerei Blum Shop", "retainer", "10000.00", "2025-09-20T10:00:00",
            next_billing_at="2025-10-20", period_start="2025-09-20", period_end="2025-10-19")
    f1 = mail("o22-kuendigung", "Gärtnerei Blum <blum@gaertnerei-blum.de>", OWD_TO,
              "Kündigung Shop-Betreuung", ist(2025, 9, 24, 8, 30),
              "Hallo,\n\nbitte die Shop-Betreuung für Gärtnerei Blum Shop beenden, Rechnung OWD-2025-324.\n\n"
              "Gruß\nHelga Blum")
    f2 = mail("o22-grund", "Gärtnerei Blum <blum@gaertnerei-blum.de>", OWD_TO,
              "Re: Kündigung Shop-Betreuung [OWD-2231]", ist(2025, 9, 25, 10, 0),
              "Hallo,\n\nder Grund: wir verkaufen ab Herbst nur noch vor Ort auf dem Wochenmarkt, der Onlineshop"
              " lohnt sich nicht mehr.\n\nGruß\nHelga Blum\n\n> Bitte nennen Sie uns noch den Grund der Kündigung.",
              reply_to="o22-kuendigung")
    case("o22-c3-reason-answered", [f1, f2], "optima_webdesign", "decided",
         "C3 answer merged; O4: next_billing_at 2025-10-20, request time = first email 2025-09-24, 26 days'"
         " notice >= 7 -> cancel, effective 2025-10-19",
         decisions=[cancel("cancel", "2025-10-19")])

    # o23 payment already refunded (not paid)
    owd_project("Sportverein TuS Eiche Website", "vorstand@tus-eiche.de")
    owd_pay("qde_225", "OWD-2025-325", "Sportverein TuS Eiche Website", "deposit", "10000.00", "2025-09-28T10:00:00",
            status="refunded")
    f = mail("o23-schon-erstattet", "TuS Eiche Vorstand <vorstand@tus-eiche.de>", OWD_TO,
             "Anzahlung TuS Eiche Website", ist(2025, 9, 29, 20, 0),
             "Hallo,\n\ndie Mitgliederversammlung hat die neue Vereinswebsite abgelehnt. Bitte die Anzahlung"
             " (OWD-2025-325) für Sportverein TuS Eiche Website zurückzahlen.\n\nSportliche Grüße\nKarl Eiche,"
             " 1. Vorsitzender")
    case("o23-payment-not-paid", [f], "optima_webdesign", "decided",
         "section 8 Payments not paid: OWD-2025-325 has status refunded -> escalate (even though 34 h < 72 h)",
         decisions=[refund("escalate")])

    # o24 negation: no refund, end the retainer
    owd_project("Architekturbüro Stein Portfolio", "buero@stein-architekten.de", work_started_at="2025-01-10T10:00:00")
    owd_pay("qde_226", "OWD-2025-326", "Architekturbüro Stein Portfolio", "retainer", "15000.00",
            "2025-09-10T10:00:00", next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
    f = mail("o24-keine-erstattung", "Architekturbüro Stein <buero@stein-architekten.de>", OWD_TO,
             "Retainer Architekturbüro Stein Portfolio", ist(2025, 9, 26, 16, 0),
             "Guten Tag,\n\neine Erstattung möchten wir ausdrücklich nicht, der September war ja gut betreut."
             " Aber bitte beenden Sie den Retainer (OWD-2025-326) für Architekturbüro Stein Portfolio, wir"
             " gehen mit zwei Kollegen in den Ruhestand und schließen das Büro.\n\nMit freundlichen Grüßen\n"
             "Werner Stein")
    case("o24-negated-refund-cancel", [f], "optima_webdesign", "decided",
         "section 8 negation: no refund intent; O4: next_billing_at 2025-10-10, 7 days before = 2025-10-03,"
         " request 2025-09-26 -> cancel, effective 2025-10-09",
         decisions=[cancel("cancel", "2025-10-09")])

    # o25 refund of the current retainer period + cancellation
    owd_project("Pizzeria Da Gino Lieferseite", "gino@pizzeria-dagino.de", work_started_at="2025-04-01T10:00:00")
    owd_pay("qde_227", "OWD-2025-327", "Pizzeria Da Gino Lieferseite", "retainer", "6000.00", "2025-09-25T10:00:00",
            next_billing_at="2025-10-25", period_start="2025-09-25", period_end="2025-10-24")
    f = mail("o25-laufender-monat", "Pizzeria Da Gino <gino@pizzeria-dagino.de>", OWD_TO,
             "Kündigen und Geld zurück", ist(2025, 9, 27, 22, 30),
             "Ciao,\n\nwir sind jetzt bei Lieferando, die eigene Lieferseite (Pizzeria Da Gino Lieferseite) brauchen"
             " wir nicht mehr. Bitte kündigen und den September-Oktober-Beitrag OWD-2025-327 zurück, ist ja erst"
             " zwei Tage alt.\n\nGrazie\nGino Russo")
    case("o25-retainer-current-period", [f], "optima_webdesign", "decided",
         "O4: the current period is never refunded -> refund deny; cancellation: next_billing_at 2025-10-25,"
         " notice 28 days -> cancel, effective 2025-10-24",
         decisions=[refund("deny"), cancel("cancel", "2025-10-24")])

    # o26 how-to / status question
    owd_project("Hundeschule Pfote Website", "info@hundeschule-pfote.de", work_started_at="2025-09-01T10:00:00")
    owd_pay("qde_228", "OWD-2025-328", "Hundeschule Pfote Website", "deposit", "9000.00", "2025-08-28T10:00:00")
    f = mail("o26-statusfrage", "Hundeschule Pfote <info@hundeschule-pfote.de>", OWD_TO,
             "Wann kommt der erste Entwurf?", ist(2025, 9, 29, 9, 0),
             "Hallo,\n\nkurze Frage zur Hundeschule Pfote Website: wann können wir mit dem ersten Entwurf rechnen?"
             " Und müssen wir die Fotos vorher schon zuschneiden?\n\nWuff & Gruß\nTanja")
    case("o26-other-status", [f], "optima_webdesign", "other",
         "a project question, neither refund nor cancellation -> other")

    # o27 C7 bounce
    f = mail("o27-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mx.hotel-adler-titisee.de>", OWD_TO,
             "Unzustellbar: Ihre Nachricht an direktion@hotel-adler-titisee.de", ist(2025, 9, 30, 11, 5),
             "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden:\n"
             "<direktion@hotel-adler-titisee.de>: Postfach voll (552 5.2.2 mailbox full)\n",
             headers={"Auto-Submitted": "auto-replied"})
    case("o27-c7-bounce", [f], "optima_webdesign", "ignore",
         "C7: MAILER-DAEMON sender (and Auto-Submitted) -> ignore", rules=["C7"])

    # o28 HTML-only, retainer cancellation with reason
    owd_project("Friseur Haarmonie Buchung", "salon@haarmonie-mainz.de", work_started_at="2025-05-01T10:00:00")
    owd_pay("qde_229", "OWD-2025-329", "Friseur Haarmonie Buchung", "retainer", "5000.00", "2025-09-18T10:00:00",
            next_billing_at="2025-10-18", period_start="2025-09-18", period_end="2025-10-17")
    f = mail("o28-html-kuendigung", "Salon Haarmonie <salon@haarmonie-mainz.de>", OWD_TO,
             "Kündigung", ist(2025, 9, 28, 12, 0), None,
             html="<div dir='ltr'><p>Hallo liebes Optima-Team,</p><p>ich kündige die Betreuung für "
                  "<b>Friseur Haarmonie Buchung</b> (Rechnung <u>OWD-2025-329</u>). Das Buchungstool unserer"
                  " Kasse kann jetzt alles, was wir brauchen.</p><p>Liebe Grüße<br>Jasmin<br><i>Salon Haarmonie"
                  " &middot; Mainz</i></p></div>")
    case("o28-html-cancel", [f], "optima_webdesign", "decided",
         "HTML-only; O4: next_billing_at 2025-10-18, 7 days before = 2025-10-11, request 2025-09-28 -> cancel,"
         " effective 2025-10-17", decisions=[cancel("cancel", "2025-10-17")])

    # o29 forwarding note only, the forwarded mail has no reason either
    owd_project("Steuerkanzlei Roth & Weiß Portal", "kanzlei@roth-weiss-stb.de", work_started_at="2025-03-01T10:00:00")
    owd_pay("qde_230", "OWD-2025-330", "Steuerkanzlei Roth & Weiß Portal", "retainer", "11000.00",
            "2025-09-05T10:00:00", next_billing_at="2025-10-05", period_start="2025-09-05", period_end="2025-10-04")
    f = mail("o29-nur-weiterleitung", "Kanzlei Roth & Weiß <kanzlei@roth-weiss-stb.de>", OWD_GMAIL,
             "WG: Portal-Retainer", ist(2025, 9, 22, 14, 0),
             "Bitte um Erledigung, siehe unten.\n\nMfG\nSekretariat\n\n"
             "-----Ursprüngliche Nachricht-----\nVon: Roth, Dr. Markus\n"
             "Gesendet: Montag, 22. September 2025 09:10\nAn: Kanzlei <kanzlei@roth-weiss-stb.de>\n"
             "Betreff: Portal-Retainer\n\nBitte den Retainer für Steuerkanzlei Roth & Weiß Portal (OWD-2025-330)"
             " bei Optima kündigen.\nR.")
    case("o29-forward-note-no-reason", [f], "optima_webdesign", "need_info",
         "sent from the contract address to the brand's gmail mailbox (C1); forwarding note and the forwarded"
         " instruction give no reason (section 8) -> need_info reason", missing=["reason"])


README_HEAD = """# Fresh held-out round 3: {lang_name} (`{lang}`)

Written by a QA pass in this session, from POLICY_SPEC.md (`docs/policy.md`) alone, without reading
the product's code, its language packs or the earlier rounds' emails; the bot's answers were not
looked at. All names, companies, addresses and texts are invented and were written for this project.

Licence: MIT, like the project.

`make_cases.py` (stdlib only, deterministic) writes `ledger.json`, `emails/*.eml`, `expected.json`
and this README; run `python3 make_cases.py` in this folder. The harness runs each case with
`--now 2025-10-01T10:00:00+05:30`; a request's time is its first email's `Date:` header (some are in
{zone_note}, and are counted in the brands' zone, Asia/Kolkata).

Windows are counted in calendar days in Asia/Kolkata (payment day 0), amounts are before tax as
Decimal strings, effective dates are the last active day (POLICY_SPEC.md sections 1, 3, 4 and 8).
Threads list the customer's emails only, the answer carrying In-Reply-To/References.

## Cases ({n})

One line each: id (brand, files): expected status and decisions; why.

"""


def write_readme(lang_name, zone_note):
    lines = []
    for c in CASES:
        dec = ", ".join(f"{x['intent']} {x['outcome']}" + (f" {x['amount']}" if x.get("amount") else "")
                        + (f" until {x['effective_date']}" if x.get("effective_date") else "")
                        for x in c["decisions"])
        bits = [c["status"]] + ([dec] if dec else [])
        if c["rules"]:
            bits.append("rules " + "/".join(c["rules"]))
        if c.get("missing"):
            bits.append("missing " + ",".join(c["missing"]))
        amb = " (ambiguous)" if c.get("ambiguous") else ""
        lines.append(f"- `{c['id']}` ({c['brand']}, {len(c['files'])}): {'; '.join(bits)}{amb}. {c['spec']}")
    text = README_HEAD.format(lang_name=lang_name, lang=LANG, zone_note=zone_note, n=len(CASES))
    (HERE / "README.md").write_text(text + "\n".join(lines) + "\n", encoding="utf-8")


def main():
    for p in (HERE / "emails").glob("*.eml"):
        p.unlink()
    leadsoptima()
    optima()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "invoice numbers must be unique"
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    write_readme("German", "German summer time, +02:00")
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
