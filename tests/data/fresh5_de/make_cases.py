"""Fresh held-out round 5, German (de): writes ledger.json, emails/*.eml, expected.json here.

Written by a QA pass from POLICY_SPEC.md alone; deterministic, stdlib only. MIT licence.
Run: python3 make_cases.py
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "de"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign Billing <billing@optimawebdesign.com>"
LOB = "leadsoptima"
OWB = "optima_webdesign"

CASES, CUST, PROJ, PAY = [], [], [], []


def dt(s, off="+0200"):
    sign = 1 if off[0] == "+" else -1
    delta = timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(delta))


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    CUST.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                 "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    PAY.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                "status": status})


def proj(name, email, ws=None):
    PROJ.append({"brand": OWB, "name": name, "contract_email": email, "work_started_at": ws})


def opay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    PAY.append(rec)


def mail(frm, to, subject, date, body, html=None, headers=None, html_only=False):
    return dict(frm=frm, to=to, subject=subject, date=date, body=body, html=html,
                headers=headers or {}, html_only=html_only)


def case(cid, title, brand, mails, status, decisions=(), rules=(), missing=None,
         extra_ok=False, spec="", ambiguous=None):
    CASES.append(dict(cid=cid, title=title, brand=brand, mails=mails, status=status,
                      decisions=list(decisions), rules=list(rules), missing=missing,
                      extra_ok=extra_ok, spec=spec, ambiguous=ambiguous))


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve" or amount is not None:
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d


# ---------------------------------------------------------------- LeadsOptima
cust("mara.koehler@blumenladen-koehler.de", "Mara Köhler", "monthly", "2025-09-22", "2025-10-21")
lopay("de5_p01", "LO-INV-70101", "mara.koehler@blumenladen-koehler.de", "monthly", "1499.00", "2025-09-22T08:14:00", "2025-09-22", "2025-10-21")
lopay("de5_p02", "LO-INV-70102", "mara.koehler@blumenladen-koehler.de", "monthly", "1499.00", "2025-09-22T08:15:00", "2025-09-22", "2025-10-21")
case("l01-doppelt-handy", "two-line iPhone mail, charged twice, day 2", LOB, [mail(
    "Mara Köhler <mara.koehler@blumenladen-koehler.de>", LO_TO, "doppelt abgebucht",
    dt("2025-09-24 09:12"),
    "Hallo, ihr habt am 22.9. zweimal 1.499 abgebucht, die zweite ist lo-inv 70102. bitte eine zurück.\n\nVon meinem iPhone gesendet\n",
    headers={"X-Mailer": "iPhone Mail (22G86)"})],
    "decided", [D("refund", "approve", "1499.00")],
    spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L3: charge 2025-09-22 is day 0, request 2025-09-24 12:42 IST is day 2 <= 7; L4: two paid monthly charges 1499.00, same period -> approve the duplicate's amount 1499.00 (before tax, C6)")

cust("jonas.brandt@brandt-werbung.de", "Jonas Brandt", "quarterly", "2025-09-15", "2025-12-14")
lopay("de5_p03", "LO-INV-70111", "jonas.brandt@brandt-werbung.de", "quarterly", "3999.00", "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
lopay("de5_p04", "LO-INV-70112", "jonas.brandt@brandt-werbung.de", "quarterly", "3999.00", "2025-09-15T10:02:00", "2025-09-15", "2025-12-14")
case("l02-doppelt-tag7-abends", "duplicate, mail at 20:10 CEST on day 7 (23:40 IST, still day 7)", LOB, [mail(
    "Jonas Brandt | Brandt Werbung <jonas.brandt@brandt-werbung.de>", LO_TO,
    "Doppelte Abbuchung Quartalsabo – Rechnung LO-INV-70112", dt("2025-09-22 20:10"),
    "Guten Abend,\n\nbeim Durchgehen der Kreditkartenabrechnung ist mir aufgefallen, dass unser Quartalsabo "
    "am 15.09.2025 zweimal mit je 3.999,00 belastet wurde (LO-INV-70111 und LO-INV-70112).\n"
    "Das ist offensichtlich eine Doppelbuchung. Bitte erstatten Sie die zweite Zahlung.\n\n"
    "Mit freundlichen Grüßen\nJonas Brandt\nGeschäftsführer\n\nBrandt Werbung GmbH · Schillerstraße 12 · 04109 Leipzig\n"
    "Amtsgericht Leipzig HRB 33781 · USt-IdNr. DE298765432\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, "
    "informieren Sie bitte den Absender und löschen Sie diese E-Mail.\n",
    headers={"X-Mailer": "Microsoft Outlook 16.0"})],
    "decided", [D("refund", "approve", "3999.00")],
    spec="L2 duplicate_payment; charge 2025-09-15 (day 0); request 2025-09-22 20:10 +02:00 = 23:40 IST on 2025-09-22, day 7, inside (L3 'day 7 is inside'); L4 approve 3999.00")

cust("t.schuster@schuster-fahrrad.at", "Thomas Schuster", "annual", "2025-09-10", "2026-09-09")
lopay("de5_p05", "LO-INV-70121", "t.schuster@schuster-fahrrad.at", "annual", "11988.00", "2025-09-10T12:00:00", "2025-09-10", "2026-09-09")
lopay("de5_p06", "LO-INV-70122", "t.schuster@schuster-fahrrad.at", "annual", "11988.00", "2025-09-10T12:01:00", "2025-09-10", "2026-09-09")
case("l03-doppelt-tag8-zeitzone", "Austrian shop, duplicate, 21:30 CEST on day 7 local = day 8 in IST", LOB, [mail(
    "Thomas Schuster <t.schuster@schuster-fahrrad.at>", LO_TO, "Jahresabo 2x verrechnet",
    dt("2025-09-17 21:30"),
    "Grüß Gott,\n\nSie haben unser Jahresabo am 10. September zweimal verrechnet, 2 x 11.988,00. "
    "Rechnung LO-INV-70122 ist die doppelte. Ersuche um Rückzahlung.\n\nLG aus Graz\nThomas Schuster\nSchuster Radsport e.U.\n")],
    "decided", [D("refund", "deny")],
    spec="L3: request 2025-09-17 21:30 +02:00 = 2025-09-18 01:00 IST (brand zone, POLICY_SPEC.md section 1); charge 2025-09-10 is day 0, request is day 8 > 7 -> deny citing the 7-day rule")

cust("lena.hartmann@gmx.de", "Lena Hartmann", "monthly", "2025-09-26", "2025-10-25")
lopay("de5_p07", "LO-INV-70131", "lena.hartmann@gmx.de", "monthly", "999.00", "2025-09-26T07:30:00", "2025-09-26", "2025-10-25")
case("l04-nicht-genutzt", "freelancer, did not use it, refund only", LOB, [mail(
    "Lena Hartmann <lena.hartmann@gmx.de>", LO_TO, "Erstattung", dt("2025-09-28 11:05"),
    "Hallo liebes LeadsOptima-Team,\n\nich hab das Tool diesen Monat ehrlich gesagt gar nicht genutzt, "
    "bin als Freelancerin gerade komplett ausgebucht. Könnt ihr mir die 999 € (LO-INV-70131) bitte erstatten?\n\n"
    "Liebe Grüße\nLena\n\n--\nLena Hartmann · Illustration & Grafik\n")],
    "decided", [D("refund", "deny")],
    spec="L1: 'did not use the product' is not an L2 exception -> deny (cancellation offered in the reply, not a decision)")

cust("kontakt@yogastudio-lotus.de", "Yogastudio Lotus", "quarterly", "2025-09-05", "2025-12-04")
lopay("de5_p08", "LO-INV-70141", "kontakt@yogastudio-lotus.de", "quarterly", "2999.00", "2025-09-05T09:00:00", "2025-09-05", "2025-12-04")
case("l05-zu-teuer-kuendigen-erstatten", "small studio: too expensive, cancel and refund the rest", LOB, [mail(
    "Yogastudio Lotus <kontakt@yogastudio-lotus.de>", LO_TO, "Kündigung + Erstattung", dt("2025-09-09 18:20"),
    "Hallo,\n\nfür unser kleines Studio ist LeadsOptima leider zu teuer. Bitte kündigt unser Quartalsabo "
    "und erstattet uns den Rest (Rechnung LO-INV-70141).\n\nNamasté\nSusanne vom Yogastudio Lotus\n")],
    "decided", [D("refund", "deny"), D("cancellation", "cancel", eff="2025-12-04")],
    spec="L1: 'too expensive' -> refund deny; L8: cancellation effective current_period_end 2025-12-04")

cust("m.yilmaz@yilmaz-events.de", "Murat Yilmaz", "monthly", "2025-09-25", "2025-10-24")
lopay("de5_p09", "LO-INV-70151", "m.yilmaz@yilmaz-events.de", "annual", "11988.00", "2025-09-25T06:00:00", "2025-09-25", "2026-09-24")
case("l06-falscher-plan", "charged the annual instead of the monthly plan", LOB, [mail(
    "Murat Yilmaz <m.yilmaz@yilmaz-events.de>", LO_TO, "Falscher Betrag abgebucht!!", dt("2025-09-26 08:45"),
    "Hallo zusammen,\n\nich habe den Monatsplan, aber gestern wurden 11.988 abgebucht – das ist der Jahresplan! "
    "Falscher Betrag, Rechnung LO-INV-70151. Bitte korrigieren und das Geld zurücküberweisen.\n\n"
    "Grüße\nMurat Yilmaz\nYilmaz Events & Catering\n")],
    "decided", [D("refund", "escalate")],
    spec="L2 billing_error (wrong plan charged), charge 2025-09-25, request day 1 inside L3 -> L5 escalate, no amount")

cust("info@praxis-dr-neumann.de", "Praxis Dr. Neumann", "monthly", "2025-09-23", "2025-10-22")
lopay("de5_p10", "LO-INV-70161", "info@praxis-dr-neumann.de", "monthly", "1499.00", "2025-09-23T10:10:00", "2025-09-23", "2025-10-22")
case("l07-kein-login", "practice cannot log in since Tuesday", LOB, [mail(
    "Praxis Dr. Neumann <info@praxis-dr-neumann.de>", LO_TO, "Kein Zugang seit Dienstag", dt("2025-09-25 12:30"),
    "Sehr geehrte Damen und Herren,\n\nseit Dienstag können wir uns nicht mehr einloggen, das Dashboard lädt einfach nicht "
    "(weiße Seite, auch in anderem Browser). Wir haben am 23.09. bezahlt (LO-INV-70161) und möchten den Betrag erstattet haben, "
    "wenn das nicht funktioniert.\n\nMit freundlichen Grüßen\nPraxisteam Dr. Neumann\n")],
    "decided", [D("refund", "escalate")],
    spec="L2 access_failure; charge 2025-09-23, request day 2 inside L3 -> L6 escalate")

cust("felix.maier@maier-immobilien.de", "Felix Maier", "monthly", "2025-09-01", "2025-09-30")
lopay("de5_p11", "LO-INV-70171", "felix.maier@maier-immobilien.de", "monthly", "1499.00", "2025-09-01T09:00:00", "2025-09-01", "2025-09-30")
case("l08-login-zu-spaet", "access failure but 11 days after the charge", LOB, [mail(
    "Felix Maier <felix.maier@maier-immobilien.de>", LO_TO, "Plattform lädt nicht - Geld zurück", dt("2025-09-12 16:00"),
    "Servus,\n\ndie Plattform lädt seit Tagen nicht, ich komme nicht rein. Bitte die Septembergebühr erstatten, Rechnung LO-INV-70171.\n\nFelix Maier\nMaier Immobilien, München\n")],
    "decided", [D("refund", "deny")],
    spec="L3: charge 2025-09-01 is day 0, request 2025-09-12 is day 11 > 7 -> deny citing the 7-day rule (access failure does not extend the window)")

cust("anna.schmitt@web.de", "Anna Schmitt", "monthly", None, None, status="trial", trial_ends="2025-10-05")
case("l09-testphase", "trial account asks for money back", LOB, [mail(
    "Anna Schmitt <anna.schmitt@web.de>", LO_TO, "Testphase Geld zurück?", dt("2025-09-27 10:15"),
    "Hallo,\n\nich bin noch in der Testphase und will das nicht weiter nutzen, weil es für meinen Onlineshop nicht passt. "
    "Bitte erstattet mir alles, was abgebucht wurde.\n\nAnna Schmitt\n")],
    "decided", [D("refund", "deny")],
    spec="L7: account status trial (trial_ends 2025-10-05), no charges in the ledger -> deny, nothing to refund",
    ambiguous="A trial account has no invoice, so the L3 refund field invoice_number cannot be given; L7 says deny, read here as deciding without asking for an invoice that cannot exist.")

cust("buero@architektur-lang.de", "Architekturbüro Lang", "quarterly", "2025-08-20", "2025-11-19")
lopay("de5_p12", "LO-INV-70181", "buero@architektur-lang.de", "quarterly", "3999.00", "2025-08-20T09:00:00", "2025-08-20", "2025-11-19")
case("l10-kuendigung-formell", "formal cancellation letter with legal footer", LOB, [mail(
    "Architekturbüro Lang <buero@architektur-lang.de>", LO_TO, "Kündigung des Abonnements", dt("2025-09-18 09:40"),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir unser LeadsOptima-Abonnement (Quartalsplan) zum nächstmöglichen Zeitpunkt. "
    "Wir bitten um eine kurze schriftliche Bestätigung der Kündigung unter Angabe des Beendigungsdatums.\n\n"
    "Mit freundlichen Grüßen\ni. A. Petra Vogt\nBüroleitung\n\nArchitekturbüro Lang PartGmbB\nKönigstraße 44, 70173 Stuttgart\n"
    "Partnerschaftsregister AG Essen PR 4711\n\nDer Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt.\n",
    headers={"X-Mailer": "Microsoft Outlook 16.0"})],
    "decided", [D("cancellation", "cancel", eff="2025-11-19")],
    spec="L8: effective_date = current_period_end 2025-11-19; plan from ledger; reason not required for LO cancellations")

cust("peter.krause@krause-it.de", "Peter Krause", "annual", None, None)
lopay("de5_p13", "LO-INV-70191", "peter.krause@krause-it.de", "annual", "11988.00", "2025-03-12T09:00:00", None, None)
case("l11-jahresabo-fallback", "annual plan, ledger has no current period", LOB, [mail(
    "Peter Krause <peter.krause@krause-it.de>", LO_TO, "Kündigung Jahresabo", dt("2025-09-19 14:00"),
    "Moin,\n\nich kündige hiermit mein Jahresabo, wir stellen die Kaltakquise ein. Bitte nicht mehr verlängern.\n\nBeste Grüße aus Kiel\nPeter Krause\nKrause IT-Service\n")],
    "decided", [D("cancellation", "cancel", eff="2026-03-11")],
    spec="L8 fallback: no current_period_end; last charge 2025-03-12 + 12 months - 1 day = 2026-03-11")

cust("j.becker@becker-baeckerei.de", "Jan Becker", "monthly", "2025-09-18", "2025-10-17")
lopay("de5_p14", "LO-INV-70201", "j.becker@becker-baeckerei.de", "monthly", "999.00", "2025-09-18T05:00:00", "2025-09-18", "2025-10-17")
case("l12-keine-erstattung-nur-kuendigen", "negation: no refund wanted, only cancel", LOB, [mail(
    "Jan Becker <j.becker@becker-baeckerei.de>", LO_TO, "Abo beenden", dt("2025-09-24 05:50"),
    "Hallo,\n\nich möchte KEINE Erstattung, das passt schon so. Einfach das Abo zum Ende des Monats kündigen, "
    "die Bäckerei läuft auch ohne Leads ganz gut :)\n\nJan Becker\n")],
    "decided", [D("cancellation", "cancel", eff="2025-10-17")],
    spec="POLICY_SPEC.md section 8 negation: 'keine Erstattung' adds no refund intent; L8 cancel effective current_period_end 2025-10-17")

cust("nina.vogel@vogel-coaching.de", "Nina Vogel", "monthly", "2025-09-10", "2025-10-09")
lopay("de5_p15", "LO-INV-70211", "nina.vogel@vogel-coaching.de", "monthly", "1499.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("l13-hypothetisch-jahresplan", "hypothetical: if I switch to annual and dislike it, money back?", LOB, [mail(
    "Nina Vogel <nina.vogel@vogel-coaching.de>", LO_TO, "Frage zum Jahresplan", dt("2025-09-23 19:05"),
    "Hi!\n\nIch überlege, auf den Jahresplan umzusteigen. Falls es mir dann doch nicht zusagt – würde ich mein Geld zurückbekommen? "
    "Möchte vorher nur sichergehen.\n\nDanke & liebe Grüße\nNina\nVogel Coaching – Business für Frauen\n")],
    "other", [],
    spec="POLICY_SPEC.md section 8: a hypothetical refund question before buying is a policy question -> other")

cust("tim.richter@richter-shop.de", "Tim Richter", "monthly", "2025-09-05", "2025-10-04")
lopay("de5_p16", "LO-INV-70212", "tim.richter@richter-shop.de", "monthly", "999.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
case("l14-csv-export", "how-to question only", LOB, [mail(
    "Tim Richter <tim.richter@richter-shop.de>", LO_TO, "CSV Export?", dt("2025-09-29 13:30"),
    "Hey, wie kann ich meine Leads als CSV exportieren? Finde den Button nicht. Danke, Tim\n")],
    "other", [], spec="Neither refund nor cancellation -> other (POLICY_SPEC.md section 1 outcomes)")

cust("claudia.fischer@fischer-floristik.de", "Claudia Fischer", "monthly", "2025-09-20", "2025-10-19")
lopay("de5_p17", "LO-INV-70221", "claudia.fischer@fischer-floristik.de", "monthly", "1499.00", "2025-09-20T04:00:00", "2025-09-20", "2025-10-19")
case("l15-nach-kuendigung-abgebucht", "past event: cancelled on the 14th, still charged on the 20th", LOB, [mail(
    "Claudia Fischer <claudia.fischer@fischer-floristik.de>", LO_TO, "Trotz Kündigung abgebucht", dt("2025-09-23 10:00"),
    "Guten Tag,\n\nich habe am 14.09. gekündigt (über Billing, hab sogar einen Screenshot) und trotzdem wurde am 20.09. wieder abgebucht, "
    "Rechnung LO-INV-70221 über 1.499,00. Bitte erstatten Sie mir das.\n\nFreundliche Grüße\nClaudia Fischer\nFischer Floristik\n")],
    "decided", [D("refund", "escalate")],
    spec="L2 billing_error ('charged after I cancelled'); charge 2025-09-20, request day 3 inside L3 -> L5 escalate")

cust("s.huber@huber-elektro.de", "Stefan Huber", "monthly", "2025-09-12", "2025-10-11")
lopay("de5_p18", "LO-INV-70231", "s.huber@huber-elektro.de", "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("l16-privatadresse", "writes from private Gmail, names the registered address", LOB, [mail(
    "Stefan Huber <stefan.huber.privat@gmail.com>", LO_TO, "kündigen", dt("2025-09-27 21:15"),
    "Hallo, bitte das Abo von s.huber@huber-elektro.de kündigen. Schreibe vom Handy, komme gerade nicht an die Firmenmail.\nGruß Stefan\n",
    headers={"X-Mailer": "Gmail for Android"})],
    "need_info", [], rules=["C2"],
    spec="C2: sender stefan.huber.privat@gmail.com is not the registered email s.huber@huber-elektro.de -> need_info asking to write from it, no account details")

proj("Heizung Otto Website", "karl.otto@t-online.de", "2025-08-01T10:00:00")
opay("de5_p19", "OWD-2025-7019", "Heizung Otto Website", "milestone", "15000.00", "2025-08-01T10:00:00", tax="2700.00", milestone_status="completed")
case("l17-falsche-marke", "Optima client writes to LeadsOptima to cancel", LOB, [mail(
    "Karl Otto <karl.otto@t-online.de>", LO_TO, "Kündigung", dt("2025-09-26 15:45"),
    "Sehr geehrte Damen und Herren,\nhiermit kündige ich meinen Vertrag bei Ihnen.\nMfG\nKarl Otto\nHeizung & Sanitär Otto\n")],
    "need_info", [], rules=["C2"],
    spec="POLICY_SPEC.md section 8 'other brand's customer': C1 picks LeadsOptima, the sender is unknown there -> C2 need_info")

cust("ralf.zimmer@zimmer-druck.de", "Ralf Zimmer", "monthly", "2025-09-27", "2025-10-26")
lopay("de5_p20", "LO-INV-70241", "ralf.zimmer@zimmer-druck.de", "monthly", "1999.00", "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
lopay("de5_p21", "LO-INV-70242", "ralf.zimmer@zimmer-druck.de", "monthly", "1999.00", "2025-09-27T08:00:30", "2025-09-27", "2025-10-26")
case("l18-thread-rechnungsnummer", "thread: duplicate without invoice, then the invoice typed sloppily", LOB, [
    mail("Ralf Zimmer <ralf.zimmer@zimmer-druck.de>", LO_TO, "Doppelzahlung", dt("2025-09-28 10:00"),
         "Hallo,\n\nbei uns wurde der Monatsbeitrag doppelt abgebucht (zweimal 1.999,00 am 27.). Bitte einmal erstatten.\n\nRalf Zimmer\nZimmer Druck & Medien\n"),
    mail("Ralf Zimmer <ralf.zimmer@zimmer-druck.de>", LO_TO, "AW: Doppelzahlung", dt("2025-09-29 08:20"),
         "Hallo,\n\ndie Rechnungsnummer der zweiten Buchung ist lo inv 70242.\n\nGruß\nRalf Zimmer\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support <support@leadsoptima.com>\nGesendet: Sonntag, 28. September 2025 14:02\n"
         "Betreff: Re: Doppelzahlung\n\nBitte nennen Sie uns die Rechnungsnummer.\n",
         headers={"X-Mailer": "Microsoft Outlook 16.0"})],
    "decided", [D("refund", "approve", "1999.00")],
    spec="C3: invoice asked, answered 'lo inv 70242' = LO-INV-70242 (section 8 invoice references); L2 duplicate; charge 2025-09-27, request (first mail) 2025-09-28 day 1; L4 approve 1999.00")

cust("helga.seidel@seidel-reisen.de", "Helga Seidel", "monthly", "2025-09-29", "2025-10-28")
lopay("de5_p22", "LO-INV-70251", "helga.seidel@seidel-reisen.de", "monthly", "1499.00", "2025-09-29T07:00:00", "2025-09-29", "2025-10-28")
lopay("de5_p23", "LO-INV-70252", "helga.seidel@seidel-reisen.de", "monthly", "1499.00", "2025-09-29T07:01:00", "2025-09-29", "2025-10-28")
case("l19-ohne-rechnung", "duplicate, no invoice number given", LOB, [mail(
    "Helga Seidel <helga.seidel@seidel-reisen.de>", LO_TO, "Zwei Abbuchungen", dt("2025-09-30 09:00"),
    "Guten Morgen, gestern sind zwei gleiche Abbuchungen von Ihnen auf unserem Konto. Bitte eine davon zurück.\nH. Seidel, Reisebüro Seidel\n")],
    "need_info", [], missing=["invoice_number"],
    spec="C3 / POLICY_SPEC.md section 3: a refund needs invoice_number; plan filled from the ledger, reason 'two identical charges' given -> ask for invoice_number")

cust("oliver.frank@frank-autohaus.de", "Oliver Frank", "annual", "2025-09-24", "2026-09-23")
lopay("de5_p24", "LO-INV-70261", "oliver.frank@frank-autohaus.de", "annual", "11988.00", "2025-09-24T09:00:00", "2025-09-24", "2026-09-23")
case("l20-chargeback", "angry mail, threatens a chargeback", LOB, [mail(
    "Oliver Frank <oliver.frank@frank-autohaus.de>", LO_TO, "LETZTE AUFFORDERUNG Rechnung LO-INV-70261", dt("2025-09-29 17:40"),
    "Hallo,\n\nich habe NIE einem Jahresabo zugestimmt, nur dem Test. Jetzt sind 11.988 weg. Ich habe schon zweimal angerufen, niemand meldet sich. "
    "Wenn das Geld nicht bis Freitag zurück ist, mache ich einen Chargeback über meine Kreditkarte und gebe das an meinen Anwalt.\n\n"
    "Oliver Frank\nAutohaus Frank\n")],
    "decided", [D("refund", "escalate")], rules=["C4"],
    spec="C4: chargeback and lawyer threat -> escalate the whole case, no amount")

case("l21-abwesenheit", "out-of-office auto-reply", LOB, [mail(
    "Helga Seidel <helga.seidel@seidel-reisen.de>", LO_TO, "Automatische Antwort: Ihre Anfrage [LO-2210]", dt("2025-09-30 12:00"),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an info@seidel-reisen.de.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", [], rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore")

cust("m.roth@roth-partner-stb.de", "Martin Roth", "quarterly", "2025-08-01", "2025-10-31")
lopay("de5_p25", "LO-INV-70271", "m.roth@roth-partner-stb.de", "quarterly", "3999.00", "2025-08-01T09:00:00", "2025-08-01", "2025-10-31")
case("l22-wg-assistenz", "assistant forwards (WG:) the boss's cancellation", LOB, [mail(
    "Sekretariat Roth & Partner <sekretariat@roth-partner-stb.de>", LO_TO, "WG: LeadsOptima kündigen", dt("2025-09-25 11:10"),
    "Sehr geehrte Damen und Herren,\n\nanbei die Kündigung von Herrn Roth, bitte um Bearbeitung.\n\nMit freundlichen Grüßen\nSekretariat\n\n"
    "Von: Martin Roth <m.roth@roth-partner-stb.de>\nGesendet: Donnerstag, 25. September 2025 09:02\nAn: Sekretariat <sekretariat@roth-partner-stb.de>\n"
    "Betreff: LeadsOptima kündigen\n\nBitte LeadsOptima kündigen (Konto m.roth@roth-partner-stb.de), wir nutzen es seit dem Sommer nicht mehr.\nMR\n",
    headers={"X-Mailer": "Microsoft Outlook 16.0"})],
    "need_info", [], rules=["C2"],
    spec="POLICY_SPEC.md section 8 forwards: the forwarded request names m.roth@roth-partner-stb.de, the sender is sekretariat@ -> C2 need_info")

cust("info@hofladen-berger.de", "Hofladen Berger", "monthly", "2025-09-25", "2025-10-24")
for i, mm in enumerate(("09:00", "09:01", "09:03")):
    lopay(f"de5_p2{6 + i}", f"LO-INV-7028{i + 1}", "info@hofladen-berger.de", "monthly", "999.00", f"2025-09-25T{mm}:00", "2025-09-25", "2025-10-24")
case("l23-dreimal", "charged three times", LOB, [mail(
    "Hofladen Berger <info@hofladen-berger.de>", LO_TO, "3x abgebucht", dt("2025-09-26 07:30"),
    "Hallo,\nihr habt gestern DREIMAL 999 € abgebucht (LO-INV-70281, -70282, -70283). Bitte die zwei zu viel zurück.\nGruß vom Hof, Familie Berger\n")],
    "decided", [D("refund", "approve", "1998.00")],
    spec="POLICY_SPEC.md section 8 three identical charges: charges 2 and 3 are duplicates, both inside L3 (day 1) -> approve 999.00 + 999.00 = 1998.00")

cust("g.weber@weber-gartenbau.de", "Gerd Weber", "monthly", "2025-09-24", "2025-10-23")
lopay("de5_p29", "LO-INV-70291", "g.weber@weber-gartenbau.de", "monthly", "1499.00", "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
case("l24-doppelt-nicht-im-ledger", "claims a double charge, ledger has one", LOB, [mail(
    "Gerd Weber <g.weber@weber-gartenbau.de>", LO_TO, "zweimal abgebucht", dt("2025-09-26 16:10"),
    "Hallo, laut Kontoauszug zweimal abgebucht, Rechnung LO-INV-70291. Bitte prüfen und erstatten. Weber Gartenbau\n")],
    "decided", [D("refund", "escalate")],
    spec="L4: duplicate_payment inside the window but the ledger holds only one charge -> escalate")

cust("hallo@kaffeeroesterei-bohne.de", "Kaffeerösterei Bohne", "quarterly", "2025-07-01", "2025-09-30")
lopay("de5_p30", "LO-INV-70301", "hallo@kaffeeroesterei-bohne.de", "quarterly", "2999.00", "2025-07-01T09:00:00", "2025-07-01", "2025-09-30")
case("l25-html-kuendigung", "HTML-only cancellation from a webmail", LOB, [mail(
    "Kaffeerösterei Bohne <hallo@kaffeeroesterei-bohne.de>", LO_TO, "Kündigung zum Quartalsende", dt("2025-09-15 14:25"),
    "", html="<html><body><p>Liebes LeadsOptima-Team,</p><p>wir <b>kündigen</b> unser Abo zum Ende des laufenden Quartals. "
    "Das Neukundengeschäft machen wir jetzt über Wochenmärkte.</p><p>Herzliche Grüße<br>Ihre Kaffeerösterei Bohne<br>"
    "<small>Rösterweg 3 · 93047 Regensburg</small></p></body></html>", html_only=True)],
    "decided", [D("cancellation", "cancel", eff="2025-09-30")],
    spec="L8: effective_date current_period_end 2025-09-30")

cust("d.klein@kleinmedia.ch", "Daniel Klein", "monthly", "2025-09-10", "2025-10-09")
lopay("de5_p31", "LO-INV-70311", "d.klein@kleinmedia.ch", "monthly", "1499.00", "2025-09-10T12:00:00", "2025-09-10", "2025-10-09")
case("l26-halb-englisch-schweiz", "Swiss agency, half English", LOB, [mail(
    "Daniel Klein <d.klein@kleinmedia.ch>", LO_TO, "Cancel subscription / Kündigung", dt("2025-09-20 10:00"),
    "Hi team,\n\nplease cancel our subscription – wir haben intern auf ein anderes CRM gewechselt. Kein Refund nötig, "
    "just make sure there is no further charge.\n\nDanke & best\nDaniel\n\nKlein Media GmbH, Zürich\n",
    headers={"User-Agent": "Mozilla Thunderbird 128.2"})],
    "decided", [D("cancellation", "cancel", eff="2025-10-09")],
    spec="L8 cancel, effective current_period_end 2025-10-09; 'Kein Refund nötig' is a negation (section 8), no refund intent")

cust("u.lorenz@lorenz-moebel.de", "Ute Lorenz", "monthly", "2025-09-29", "2025-10-28")
lopay("de5_p32", "LO-INV-70321", "u.lorenz@lorenz-moebel.de", "monthly", "1499.00", "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
case("l27-kein-grund", "refund request with signature only, no reason", LOB, [mail(
    "Ute Lorenz <u.lorenz@lorenz-moebel.de>", LO_TO, "Rechnung LO-INV-70321", dt("2025-09-30 11:00"),
    "Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie den Betrag der Rechnung LO-INV-70321.\n\nMit freundlichen Grüßen\n\nUte Lorenz\n"
    "Buchhaltung\nLorenz Möbelwerkstätten GmbH & Co. KG\nTel. 0931 123456\n")],
    "need_info", [], missing=["reason"],
    spec="POLICY_SPEC.md section 8 'what a reason is': restating the request and a signature are no reason; plan from ledger, invoice given -> ask for reason")

# ---------------------------------------------------------------- Optima WebDesign
proj("Weinhandel Keller Onlineshop", "info@weinhandel-keller.de", None)
opay("de5_q01", "OWD-2025-701", "Weinhandel Keller Onlineshop", "deposit", "25000.00", "2025-09-27T15:00:00", tax="4500.00")
case("o01-anzahlung-46h", "deposit, 46.5 hours, no work", OWB, [mail(
    "Weinhandel Keller <info@weinhandel-keller.de>", OWD_TO, "Refund Request — Weinhandel Keller Onlineshop / OWD-2025-701", dt("2025-09-29 10:00"),
    "Guten Tag,\n\nwir haben uns intern gegen den Shop-Relaunch entschieden (Gesellschafterbeschluss vom Wochenende). "
    "Bitte erstatten Sie die Anzahlung zu Rechnung OWD-2025-701 für das Projekt „Weinhandel Keller Onlineshop“.\n\n"
    "Freundliche Grüße\nAndrea Keller\nWeinhandel Keller OHG\n")],
    "decided", [D("refund", "approve", "25000.00")],
    spec="O2: paid 2025-09-27 15:00 IST, request 2025-09-29 10:00 +02:00 = 13:30 IST = 46.5 h < 72 h, no work started -> approve 25000.00 (tax 4500.00 not refunded, C6)")

proj("Physio Sonnenschein Website", "praxis@physio-sonnenschein.de", None)
opay("de5_q02", "OWD-2025-702", "Physio Sonnenschein Website", "deposit", "15000.00", "2025-09-22T11:00:00", tax="2700.00")
case("o02-anzahlung-genau-72h", "deposit, exactly 72 hours", OWB, [mail(
    "Physiotherapie Sonnenschein <praxis@physio-sonnenschein.de>", OWD_TO, "Stornierung Website / Anzahlung OWD-2025-702", dt("2025-09-25 07:30"),
    "Hallo,\n\nwir ziehen mit der Praxis um und brauchen die neue Website vorerst nicht. Bitte die Anzahlung für „Physio Sonnenschein Website“ "
    "(OWD-2025-702) zurück.\n\nDanke, Jana Wiese\n")],
    "decided", [D("refund", "deny")],
    spec="O2 + POLICY_SPEC.md section 8: paid 2025-09-22 11:00 IST, request 2025-09-25 07:30 +02:00 = 11:00 IST = exactly 72 h, not 'before 72 hours' -> deny")

proj("Tischlerei Bergmann Relaunch", "t.bergmann@tischlerei-bergmann.de", "2025-09-24T10:00:00")
opay("de5_q03", "OWD-2025-703", "Tischlerei Bergmann Relaunch", "deposit", "18000.00", "2025-09-23T12:00:00", tax="3240.00")
case("o03-anzahlung-arbeit-begonnen", "deposit within 72 h but work already started", OWB, [mail(
    "Tobias Bergmann <t.bergmann@tischlerei-bergmann.de>", OWD_TO, "Anzahlung zurück", dt("2025-09-25 12:00"),
    "Moin,\n\nwir machen den Relaunch („Tischlerei Bergmann Relaunch“) doch lieber mit meinem Neffen. Anzahlung OWD-2025-703 bitte zurück, "
    "ist ja erst zwei Tage her.\n\nTobias Bergmann\n")],
    "decided", [D("refund", "deny")],
    spec="O2: work_started_at 2025-09-24 10:00 is before the request 2025-09-25 15:30 IST (51.5 h) -> 'whichever occurs first' -> deny")

proj("Sportfreunde Nord Vereinsseite", "vorstand@sportfreunde-nord.de", None)
opay("de5_q04", "OWD-2025-704", "Sportfreunde Nord Vereinsseite", "discovery", "8000.00", "2025-09-20T10:00:00", tax="1440.00")
case("o04-verein-discovery", "association, discovery fee, nothing started", OWB, [mail(
    "Vorstand SF Nord e.V. <vorstand@sportfreunde-nord.de>", OWD_TO, "Erstattung Strategie-Workshop", dt("2025-09-24 20:00"),
    "Liebe Optima-Leute,\n\ndie Mitgliederversammlung hat das Budget für die neue Vereinsseite leider nicht freigegeben. "
    "Der Workshop hat noch nicht stattgefunden. Daher bitten wir um Erstattung der Discovery-Gebühr (Rechnung OWD-2025-704, "
    "Projekt „Sportfreunde Nord Vereinsseite“).\n\nSportliche Grüße\nKlaus Peters, 1. Vorsitzender\nSportfreunde Nord e.V. · VR 1234 AG Hamburg\n")],
    "decided", [D("refund", "approve", "8000.00")],
    spec="O1: work_started_at empty -> refundable in full, 8000.00 before tax")

proj("Pixelwerk Markenworkshop", "studio@pixelwerk-agentur.de", "2025-09-15T10:00:00")
opay("de5_q05", "OWD-2025-705", "Pixelwerk Markenworkshop", "discovery", "12000.00", "2025-09-10T10:00:00", tax="2160.00")
case("o05-discovery-begonnen", "agency: discovery after the first session", OWB, [mail(
    "Pixelwerk Studio <studio@pixelwerk-agentur.de>", OWD_TO, "Discovery OWD-2025-705", dt("2025-09-19 15:00"),
    "Hallo,\n\nnach der ersten Session am Montag haben wir gemerkt, dass wir uns das Branding doch selbst zutrauen. "
    "Bitte erstattet die Discovery-Fee für „Pixelwerk Markenworkshop“, OWD-2025-705.\n\nCheers\nMiriam | Pixelwerk\n")],
    "decided", [D("refund", "deny")],
    spec="O1: the first session started 2025-09-15 (work_started_at), before the request -> deny")

proj("Hotel Alpenblick Buchungsportal", "direktion@hotel-alpenblick.at", "2025-08-01T09:00:00")
opay("de5_q06", "OWD-2025-706", "Hotel Alpenblick Buchungsportal", "milestone", "40000.00", "2025-09-12T09:00:00", tax="7200.00", milestone_status="not_started")
case("o06-meilenstein-offen", "milestone not started, refund", OWB, [mail(
    "Hotel Alpenblick – Direktion <direktion@hotel-alpenblick.at>", OWD_TO, "Meilenstein 3 stornieren", dt("2025-09-26 09:30"),
    "Sehr geehrtes Team,\n\nwir möchten Meilenstein 3 (Buchungsmodul) beim Projekt „Hotel Alpenblick Buchungsportal“ streichen – "
    "unser Channel-Manager bringt die Funktion jetzt selbst mit. Bitte erstatten Sie die Zahlung zu OWD-2025-706.\n\n"
    "Mit besten Grüßen aus dem Zillertal\nMag. Eva Hofer, Direktion\n")],
    "decided", [D("refund", "approve", "40000.00")],
    spec="O3: milestone_status not_started -> refund its amount 40000.00 (before tax)")

proj("Zahnarztpraxis Dr. Ilić Website", "praxis@dr-ilic.de", "2025-08-15T09:00:00")
opay("de5_q07", "OWD-2025-707", "Zahnarztpraxis Dr. Ilić Website", "milestone", "22000.00", "2025-09-01T09:00:00", tax="3960.00", milestone_status="in_progress")
case("o07-meilenstein-laufend", "milestone in progress", OWB, [mail(
    "Praxis Dr. Ilić <praxis@dr-ilic.de>", OWD_TO, "Rückerstattung Meilenstein Terminbuchung", dt("2025-09-23 13:00"),
    "Guten Tag,\n\nbeim Projekt Zahnarztpraxis Dr. Ilić Website möchten wir die Online-Terminbuchung doch nicht, unsere Software kann das schon. "
    "Bitte die Zahlung OWD-2025-707 zurück, soweit noch nicht gearbeitet wurde.\n\nMfG\nDr. Marko Ilić\n")],
    "decided", [D("refund", "escalate")], spec="O3: milestone in_progress -> escalate (interp.)")

proj("Elektro Schulz Shop", "shop@elektro-schulz.de", "2025-06-01T09:00:00")
opay("de5_q08", "OWD-2025-708", "Elektro Schulz Shop", "milestone", "30000.00", "2025-08-20T09:00:00", tax="5400.00", milestone_status="approved")
case("o08-meilenstein-abgenommen-wuetend", "long angry mail, milestone approved", OWB, [mail(
    "Bernd Schulz <shop@elektro-schulz.de>", OWD_TO, "Beschwerde Shop – Geld zurück!", dt("2025-09-22 22:40"),
    "Hallo,\n\nich bin echt sauer. Der Shop („Elektro Schulz Shop“) ist seit drei Wochen online und die Suche findet die Hälfte der Artikel nicht, "
    "der Warenkorb hat zweimal Bestellungen verschluckt und meine Kunden rufen bei mir an statt zu bestellen. "
    "Ja, ich habe die Designphase abgenommen, aber doch nicht das hier!! Ich will die 30.000 für OWD-2025-708 zurück, "
    "das war rausgeschmissenes Geld.\n\nBernd Schulz\nElektro Schulz e.K.\n")],
    "decided", [D("refund", "deny")],
    spec="O3 / O6: milestone_status approved -> deny (approved milestones are non-refundable); no C4 words")

proj("SEO Betreuung Autohaus Meyer", "marketing@autohaus-meyer.de", "2025-06-15T09:00:00")
opay("de5_q09", "OWD-2025-709", "SEO Betreuung Autohaus Meyer", "retainer", "20000.00", "2025-09-15T09:00:00", tax="3600.00",
     next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15", period_end="2025-10-14")
case("o09-retainer-fristgerecht", "retainer cancelled three weeks ahead", OWB, [mail(
    "Marketing Autohaus Meyer <marketing@autohaus-meyer.de>", OWD_TO, "Kündigung SEO-Betreuung", dt("2025-09-25 10:15"),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die „SEO Betreuung Autohaus Meyer“ (letzte Rechnung OWD-2025-709). "
    "Grund: Wir holen das Online-Marketing ab Oktober ins Haus.\n\nMit freundlichen Grüßen\nSandra Meyer\n")],
    "decided", [D("cancellation", "cancel", eff="2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15, deadline 2025-10-08, request 2025-09-25 -> no next charge, effective 2025-10-14")

proj("Social Media Café Rosa", "hallo@cafe-rosa.de", "2025-05-07T09:00:00")
opay("de5_q10", "OWD-2025-710", "Social Media Café Rosa", "retainer", "9000.00", "2025-09-07T09:00:00", tax="1620.00",
     next_billing_at="2025-10-07T00:00:00", period_start="2025-09-07", period_end="2025-10-06")
case("o10-retainer-genau-7-tage", "retainer, notice exactly 7 days", OWB, [mail(
    "Rosa Krämer <hallo@cafe-rosa.de>", OWD_TO, "Social Media kündigen", dt("2025-09-30 09:00"),
    "Hallo ihr Lieben,\n\nich kündige die Betreuung „Social Media Café Rosa“ (OWD-2025-710), das Café schließt über den Winter. "
    "Danke für alles!\n\nRosa\n\nGesendet von Outlook für iOS\n")],
    "decided", [D("cancellation", "cancel", eff="2025-10-06")],
    spec="O4: next_billing_at 2025-10-07, 7 days before = 2025-09-30; request 2025-09-30 12:30 IST is on that date -> on time, effective 2025-10-06")

proj("Wartung Onlineshop Gruber", "office@gruber-handel.at", "2025-03-03T09:00:00")
opay("de5_q11", "OWD-2025-711", "Wartung Onlineshop Gruber", "retainer", "12000.00", "2025-09-03T09:00:00", tax="2160.00",
     next_billing_at="2025-10-03T00:00:00", period_start="2025-09-03", period_end="2025-10-02")
case("o11-retainer-zu-kurz", "retainer, four days' notice", OWB, [mail(
    "Gruber Handel GmbH <office@gruber-handel.at>", OWD_TO, "Kündigung Betreuungsvertrag", dt("2025-09-29 08:00"),
    "Sehr geehrte Damen und Herren,\n\nwir kündigen die monatliche „Wartung Onlineshop Gruber“, Rechnung OWD-2025-711, "
    "da wir den Shop an einen neuen Eigentümer übergeben.\n\nMit freundlichen Grüßen\nGruber Handel GmbH\nFN 123456a, Landesgericht Linz\n")],
    "decided", [D("cancellation", "cancel", eff="2025-11-02")],
    spec="O4: next_billing_at 2025-10-03, deadline 2025-09-26; request 2025-09-29 is late -> next cycle 2025-10-03..2025-11-02 is billed, effective 2025-11-02")

proj("Hosting Bäckerei Sommer", "info@baeckerei-sommer.de", "2025-09-20T09:00:00")
opay("de5_q12", "OWD-2025-712", "Hosting Bäckerei Sommer", "hosting_annual", "18000.00", "2025-09-19T09:00:00", tax="3240.00",
     setup_fee="1800.00", service_start="2025-09-20")
case("o12-hosting-anteilig", "annual hosting, day 6, prorated refund", OWB, [mail(
    "Bäckerei Sommer <info@baeckerei-sommer.de>", OWD_TO, "Hosting Rückerstattung", dt("2025-09-26 06:10"),
    "Guten Morgen,\n\nwir ziehen die Website doch zu unserem Bäckerverbund um, das Hosting „Hosting Bäckerei Sommer“ brauchen wir nicht mehr. "
    "Bitte anteilig erstatten, Rechnung OWD-2025-712.\n\nFamilie Sommer\n")],
    "decided", [D("refund", "approve", "14850.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-26 (day 6 <= 14); monthly_value = (18000.00-1800.00)/12 = 1350.00; refund = 18000.00 - 1800.00 - 1350.00 x 1 = 14850.00; the plan ends (cancellation part allowed, extra_ok)")

proj("Wartung KGV Eintracht", "kasse@kgv-eintracht.de", "2025-09-25T09:00:00")
opay("de5_q13", "OWD-2025-713", "Wartung KGV Eintracht", "maintenance_annual", "10000.00", "2025-09-24T09:00:00", tax="1800.00",
     setup_fee="1111.00", service_start="2025-09-25")
case("o13-wartung-krumme-betraege", "association, annual maintenance with odd setup fee", OWB, [mail(
    "Kassenwart KGV Eintracht <kasse@kgv-eintracht.de>", OWD_TO, "Rücktritt Wartungsvertrag", dt("2025-09-29 19:30"),
    "Sehr geehrte Damen und Herren,\n\nder Vorstand unseres Kleingartenvereins hat beschlossen, die Website ehrenamtlich zu pflegen. "
    "Wir treten daher vom Wartungsvertrag „Wartung KGV Eintracht“ zurück und bitten um anteilige Erstattung von Rechnung OWD-2025-713 (10.000,00 zzgl. MwSt.).\n\n"
    "Mit freundlichen Grüßen\nHorst Lehmann, Kassenwart\n")],
    "decided", [D("refund", "approve", "8148.25"), D("cancellation", "cancel")],
    spec="O5: day 4 <= 14; monthly_value = (10000.00-1111.00)/12 = 740.75; refund = 10000.00 - 1111.00 - 740.75 = 8148.25; the mail withdraws from the contract ('treten ... zurück'), section 1: both parts decided -> cancellation cancel (no effective date asserted)")

proj("Hosting Fotostudio Licht", "mail@fotostudio-licht.de", "2025-09-01T09:00:00")
opay("de5_q14", "OWD-2025-714", "Hosting Fotostudio Licht", "hosting_annual", "12000.00", "2025-08-31T09:00:00", tax="2160.00",
     setup_fee="1200.00", service_start="2025-09-01")
case("o14-hosting-tag15", "annual hosting on day 15", OWB, [mail(
    "Fotostudio Licht <mail@fotostudio-licht.de>", OWD_TO, "Hosting kündigen und erstatten", dt("2025-09-16 11:00"),
    "Hallo,\nich hab jetzt doch ein Baukasten-System, das Hosting-Paket („Hosting Fotostudio Licht“, OWD-2025-714) bitte kündigen und den Rest erstatten.\nLG Jana\n")],
    "decided", [D("refund", "deny"), D("cancellation", "cancel")],
    spec="O5: service_start 2025-09-01 is day 0, request 2025-09-16 is day 15 > 14 -> refund deny; the mail asks to cancel too ('bitte kündigen'), section 1: both parts decided -> cancellation cancel (no effective date asserted)")

proj("Ferienwohnung Seeblick", "vermietung@fewo-seeblick.de", "2025-09-01T09:00:00")
opay("de5_q15", "OWD-2025-715", "Ferienwohnung Seeblick", "third_party", "3500.00", "2025-09-25T09:00:00", tax="630.00")
case("o15-domain-ssl", "domain and SSL fees", OWB, [mail(
    "FeWo Seeblick <vermietung@fewo-seeblick.de>", OWD_TO, "Domain + SSL zurück?", dt("2025-09-27 17:00"),
    "Hallo, die Domain und das SSL-Zertifikat (OWD-2025-715, Projekt Ferienwohnung Seeblick) hätten wir gar nicht gebraucht, "
    "die alte Domain läuft noch. Bitte Geld zurück. Grüße von der Ostsee, Familie Janssen\n")],
    "decided", [D("refund", "deny")], spec="O6: kind third_party (domain, SSL) -> deny, 'Non-refundable items'")

proj("Messeauftritt Kraus", "einkauf@kraus-gmbh.de", "2025-09-10T09:00:00")
opay("de5_q16", "OWD-2025-716", "Messeauftritt Kraus", "rush", "6000.00", "2025-09-10T09:00:00", tax="1080.00")
case("o16-eilzuschlag", "purchasing dept wants the rush fee back", OWB, [mail(
    "Einkauf Kraus GmbH <einkauf@kraus-gmbh.de>", OWD_TO, "Reklamation Eilzuschlag OWD-2025-716", dt("2025-09-22 08:30"),
    "Sehr geehrte Damen und Herren,\n\nfür das Projekt „Messeauftritt Kraus“ wurde ein Eilzuschlag berechnet (OWD-2025-716). "
    "Die Landingpage kam trotzdem erst einen Tag vor der Messe. Wir bitten um Gutschrift des Eilzuschlags.\n\n"
    "Mit freundlichen Grüßen\nKraus GmbH – Einkauf\nSitz der Gesellschaft: Augsburg, HRB 9876\n")],
    "decided", [D("refund", "deny")], spec="O6: kind rush -> deny")

proj("Modehaus Engel Onlineshop", "inhaberin@modehaus-engel.de", None)
opay("de5_q17", "OWD-2025-717", "Modehaus Engel Onlineshop", "deposit", "20000.00", "2025-09-29T10:00:00", tax="3600.00")
case("o17-andere-adresse", "request from a private address, not the contract email", OWB, [mail(
    "Lisa Engel <lisa.engel87@gmail.com>", OWD_TO, "Anzahlung Onlineshop zurück", dt("2025-09-30 10:00"),
    "Hallo, ich schreibe für das Modehaus Engel (meine Mutter ist die Inhaberin). Wir möchten den Onlineshop doch nicht, "
    "bitte die Anzahlung OWD-2025-717 zurück. Lisa\n")],
    "need_info", [], rules=["C2"],
    spec="C2 (Optima, explicit): sender lisa.engel87@gmail.com is not the contract email inhaberin@modehaus-engel.de -> need_info, nothing about the project")

proj("Immobilien Vogt Website", "info@vogt-immobilien.de", "2025-07-01T09:00:00")
opay("de5_q18", "OWD-2025-718", "Immobilien Vogt Website", "milestone", "25000.00", "2025-09-05T09:00:00", tax="4500.00", milestone_status="completed")
case("o18-anwalt", "threatens with his lawyer", OWB, [mail(
    "Dieter Vogt <info@vogt-immobilien.de>", OWD_TO, "Immobilien Vogt Website – Erstattung", dt("2025-09-24 18:00"),
    "Guten Tag,\n\ndie Exposé-Seiten sind unbrauchbar, nichts davon haben wir so bestellt. Ich verlange die Erstattung von OWD-2025-718. "
    "Sollte ich bis Monatsende nichts hören, übergebe ich die Sache meinem Anwalt.\n\nD. Vogt\nVogt Immobilien\n")],
    "decided", [D("refund", "escalate")], rules=["C4"], spec="C4: lawyer threat -> escalate, no amount")

proj("Newsletter Buchhandlung Wort", "laden@buchhandlung-wort.de", "2025-04-01T09:00:00")
opay("de5_q19", "OWD-2025-719", "Newsletter Buchhandlung Wort", "retainer", "5000.00", "2025-09-20T09:00:00", tax="900.00",
     next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
case("o19-kuendigung-ohne-grund", "retainer cancellation without a reason", OWB, [mail(
    "Buchhandlung Wort <laden@buchhandlung-wort.de>", OWD_TO, "Kündigung", dt("2025-09-23 16:45"),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich den Vertrag „Newsletter Buchhandlung Wort“ (OWD-2025-719) fristgerecht.\n\n"
    "Mit freundlichen Grüßen\nIngrid Wort\nBuchhandlung Wort · Marktplatz 2 · 35037 Marburg\n")],
    "need_info", [], missing=["reason"],
    spec="POLICY_SPEC.md section 8: Optima requires a reason for cancellations too; none given -> need_info [reason]")

proj("Hundeschule Pfotenglück App", "team@pfotenglueck.de", "2025-08-01T09:00:00")
opay("de5_q20", "OWD-2025-720", "Hundeschule Pfotenglück App", "milestone", "16000.00", "2025-09-18T09:00:00", tax="2880.00", milestone_status="not_started")
case("o20-thread-projekt-nachgereicht", "thread: project and invoice given in the answer", OWB, [
    mail("Hundeschule Pfotenglück <team@pfotenglueck.de>", OWD_TO, "Erstattung Meilenstein", dt("2025-09-26 12:00"),
         "Hallo,\n\nwir haben die Buchungsfunktion gestrichen, weil wir die Gruppenkurse einstellen. Bitte den bezahlten Meilenstein erstatten.\n\nViele Grüße\nSina\n"),
    mail("Hundeschule Pfotenglück <team@pfotenglueck.de>", OWD_TO, "Re: Erstattung Meilenstein", dt("2025-09-27 09:30"),
         "Hallo,\n\nProjekt: Hundeschule Pfotenglück App\nRechnung: owd 2025 720\n\nLG Sina\n\n"
         "Am 26.09.2025 um 15:20 schrieb Optima WebDesign <billing@optimawebdesign.com>:\n> Bitte nennen Sie Projekt und Rechnungsnummer.\n",
         headers={"User-Agent": "Mozilla Thunderbird 128.2"})],
    "decided", [D("refund", "approve", "16000.00")],
    spec="C3: project and invoice given in the answer ('owd 2025 720' = OWD-2025-720, section 8); O3 milestone not_started -> approve 16000.00")

proj("Praxis Hoffmann Relaunch", "info@praxis-hoffmann.de", None)
opay("de5_q21", "OWD-2025-721", "Praxis Hoffmann Relaunch", "deposit", "10000.00", "2025-09-24T09:00:00", tax="1800.00", status="refunded")
case("o21-zahlung-schon-erstattet", "refund of a payment marked refunded", OWB, [mail(
    "Praxis Hoffmann <info@praxis-hoffmann.de>", OWD_TO, "Anzahlung OWD-2025-721", dt("2025-09-25 10:00"),
    "Guten Tag,\n\nwir haben den Relaunch („Praxis Hoffmann Relaunch“) gestern abgesagt, weil die Praxis verkauft wird. "
    "Bitte die Anzahlung OWD-2025-721 erstatten.\n\nMfG\nPraxis Hoffmann\n")],
    "decided", [D("refund", "escalate")],
    spec="POLICY_SPEC.md section 8: payment status refunded (not paid) -> a refund of it is escalate")

proj("Google Ads Reifen Kuhn", "ads@reifen-kuhn.de", "2025-06-05T09:00:00")
opay("de5_q22", "OWD-2025-722", "Google Ads Reifen Kuhn", "retainer", "14000.00", "2025-09-05T09:00:00", tax="2520.00",
     next_billing_at="2025-11-05T00:00:00", period_start="2025-09-05", period_end="2025-10-04")
opay("de5_q23", "OWD-2025-723", "Google Ads Reifen Kuhn", "retainer", "14000.00", "2025-09-28T09:00:00", tax="2520.00",
     next_billing_at="2025-11-05T00:00:00", period_start="2025-10-05", period_end="2025-11-04")
case("o22-retainer-vorausbezahlt", "retainer with the next cycle already paid", OWB, [mail(
    "Reifen Kuhn <ads@reifen-kuhn.de>", OWD_TO, "Kündigung Google Ads Betreuung", dt("2025-09-29 09:00"),
    "Hallo,\n\nwir kündigen „Google Ads Reifen Kuhn“. Die Reifensaison-Kampagne machen wir dieses Jahr über den Hersteller. "
    "Den Oktober haben wir ja schon bezahlt (OWD-2025-723).\n\nGruß\nMichael Kuhn\n")],
    "decided", [D("cancellation", "escalate")],
    spec="O4 + POLICY_SPEC.md section 8 retainer paid in advance: next cycle (2025-10-05..2025-11-04) already paid, notice >= 7 days before next_billing_at 2025-11-05 -> escalate",
    ambiguous="Section 8 escalates when the next cycle is already paid and the notice is at least 7 days. Counted against next_billing_at 2025-11-05 (O4 wording) the notice is long -> escalate; counted against the start of the paid cycle 2025-10-05 (deadline 2025-09-28, request 2025-09-29 IST) it is 6 days, so the paid cycle simply runs -> cancel effective 2025-11-04.")

case("o23-newsletter-liste", "mailing-list newsletter to the billing mailbox", OWB, [mail(
    "IHK Newsletter <newsletter@ihk-news.example.de>", OWD_TO, "IHK aktuell: Steuertermine Oktober", dt("2025-09-30 06:00"),
    "Sehr geehrte Damen und Herren,\n\ndie Steuertermine im Oktober ... Kündigung des Newsletters: siehe Link unten.\n",
    headers={"List-Id": "IHK aktuell <aktuell.ihk-news.example.de>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:unsubscribe@ihk-news.example.de>"})],
    "ignore", [], rules=["C7"], spec="C7: List-Id and Precedence: bulk -> ignore")

proj("Metzgerei Haas Website", "inhaber@metzgerei-haas.de", "2025-09-15T09:00:00")
opay("de5_q24", "OWD-2025-724", "Metzgerei Haas Website", "setup", "4000.00", "2025-09-15T09:00:00", tax="720.00")
case("o24-steuerberater-fuer-mandant", "tax adviser writes for a client", OWB, [mail(
    "StB Claudia Müller <c.mueller@stb-mueller.de>", OWD_TO, "Mandant Metzgerei Haas – Einrichtungsgebühr", dt("2025-09-22 14:00"),
    "Sehr geehrte Damen und Herren,\n\nim Namen unseres Mandanten, der Metzgerei Haas, bitten wir um Erstattung der Einrichtungsgebühr "
    "zu Rechnung OWD-2025-724 (Projekt „Metzgerei Haas Website“), da die Website nicht wie geplant umgesetzt wird.\n\n"
    "Mit freundlichen Grüßen\nClaudia Müller, Steuerberaterin\nSteuerberatung Müller · Bahnhofstraße 5 · 97070 Würzburg\n")],
    "need_info", [], rules=["C2"],
    spec="C2: the adviser's address is not the contract email inhaber@metzgerei-haas.de -> need_info, ask the client to write from it")

proj("Kita Regenbogen Website", "vorstand@kita-regenbogen.de", "2025-07-01T09:00:00")
opay("de5_q25", "OWD-2025-725", "Kita Regenbogen Website", "change_request", "4500.00", "2025-09-18T09:00:00", tax="810.00")
case("o25-wg-aenderungswunsch", "contract holder forwards (WG:) a colleague's note on a change request", OWB, [mail(
    "Vorstand Kita Regenbogen e.V. <vorstand@kita-regenbogen.de>", OWD_TO, "WG: Rechnung Änderung Elternbereich", dt("2025-09-24 21:00", "+0200"),
    "Hallo, bitte siehe unten.\n\nGruß\nVorstand\n\n-----Ursprüngliche Nachricht-----\nVon: Kassiererin Kita Regenbogen <kasse@kita-regenbogen.de>\n"
    "Gesendet: Mittwoch, 24. September 2025 18:12\nAn: vorstand@kita-regenbogen.de\nBetreff: Rechnung Änderung Elternbereich\n\n"
    "Die Rechnung OWD-2025-725 (Änderung Elternbereich, Projekt Kita Regenbogen Website) sollten wir zurückfordern – "
    "der Elternbereich wird nach dem Elternabend gar nicht mehr gewünscht. Kannst du das bei Optima anfragen?\n",
    headers={"X-Mailer": "Microsoft Outlook 16.0"})],
    "decided", [D("refund", "deny")],
    spec="Forward from the contract email itself (names no other address, section 8); reason is in the forwarded note; O6: change_request -> deny")


def build():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    out = []
    for c in CASES:
        files = []
        first_id = None
        for n, m in enumerate(c["mails"], 1):
            msg = EmailMessage()
            msg["From"] = m["frm"]
            msg["To"] = m["to"]
            msg["Subject"] = m["subject"]
            msg["Date"] = format_datetime(m["date"])
            dom = m["frm"].split("@")[-1].rstrip(">")
            mid = f"<fresh5-{LANG}-{c['cid']}-{n}@{dom}>"
            msg["Message-ID"] = mid
            if n == 1:
                first_id = mid
            else:
                reply = f"<reply-{LANG}-{c['cid']}-{n - 1}@bot.example>"
                msg["In-Reply-To"] = reply
                msg["References"] = f"{first_id} {reply}"
            for k, v in m["headers"].items():
                msg[k] = v
            if m["html_only"]:
                msg.set_content(m["html"], subtype="html", charset="utf-8")
            else:
                msg.set_content(m["body"], charset="utf-8")
                if m["html"]:
                    msg.add_alternative(m["html"], subtype="html")
            name = f"emails/{c['cid']}.eml" if len(c["mails"]) == 1 else f"emails/{c['cid']}-{n}.eml"
            data = msg.as_bytes(policy=SMTP)
            data = data.replace(b"===============", b"==fresh5" + LANG.encode() + b"==")
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(data)
            files.append(name)
        e = {"id": f"{LANG}-{c['cid']}", "lang": LANG, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        e["spec"] = c["spec"]
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        out.append(e)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": CUST, "projects": PROJ, "payments": PAY}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return out


if __name__ == "__main__":
    cases = build()
    print(len(cases), "cases")
