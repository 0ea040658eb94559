#!/usr/bin/env python3
"""fresh6_de: German held-out cases for mailbot, written by QA pass qa6b from POLICY_SPEC.md alone (MIT)."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
EDT = timezone(timedelta(hours=-4))
IST = timezone(timedelta(hours=5, minutes=30))

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
MAILS = {}


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid", cur="INR"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": cur, "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, cur="INR", status="paid", setup_fee=None,
          service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": cur,
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def mail(fname, frm, to, subject, date, body=None, html=None, headers=(), reply_to=None,
         in_reply_to=None, references=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">") if "@" in frm else "localhost"
    msg["Message-ID"] = "<%s@%s>" % (fname.replace(".eml", "").replace("/", "."), dom)
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for k, v in headers:
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    MAILS["emails/" + fname] = bytes(msg)
    return "emails/" + fname


def mid(fname, dom):
    return "<%s@%s>" % (fname.replace(".eml", ""), dom)


def case(cid, lang, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None, title=""):
    c = {"id": cid, "lang": lang, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["title"] = title
    CASES.append(c)


def R(outcome, amount=None, effective_date=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    if effective_date is not None:
        d["effective_date"] = effective_date
    return d


def C(outcome, effective_date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if effective_date is not None:
        d["effective_date"] = effective_date
    return d


def write_all():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for old in os.listdir(os.path.join(HERE, "emails")):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, "emails", old))
    for path, data in sorted(MAILS.items()):
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(data)
    invs = [p["invoice"] for p in LEDGER["payments"]]
    ids = [p["id"] for p in LEDGER["payments"]]
    assert len(set(invs)) == len(invs), "invoice numbers must be unique"
    assert len(set(ids)) == len(ids), "payment ids must be unique"
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    out = [{k: v for k, v in c.items() if k != "title"} for c in CASES]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": out}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for c in CASES:
        for f in c["files"]:
            assert f in MAILS, f
    print("%d cases, %d emails" % (len(CASES), len(MAILS)))
    for c in CASES:
        print("- `%s`: %s -> %s %s" % (c["id"], c["title"], c["status"],
                                       ", ".join(d["intent"] + " " + d["outcome"] + (" " + d["amount"] if d.get("amount") else "") + (" until " + d["effective_date"] if d.get("effective_date") else "") for d in c["decisions"])))


def T(s, tz=CEST):
    return datetime.fromisoformat(s).replace(tzinfo=tz)


L = "de"
LOB = "leadsoptima"
OWB = "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
cust("anna.becker@web.de", "Anna Becker", "monthly", "2025-09-15", "2025-10-14")
lopay("pay_de_70411", "LO-INV-70411", "anna.becker@web.de", "monthly", "1499.00", "269.82", "2025-09-15T09:02:00", "2025-09-15", "2025-10-14")
lopay("pay_de_70412", "LO-INV-70412", "anna.becker@web.de", "monthly", "1499.00", "269.82", "2025-09-15T09:03:00", "2025-09-15", "2025-10-14")
f = mail("l01-doppelt-abgebucht.eml", "Anna Becker <anna.becker@web.de>", LO, "Doppelte Abbuchung September",
         T("2025-09-18T09:30:00"),
         "Hallo liebes LeadsOptima-Team,\n\nauf meinem Kontoauszug sehe ich, dass mir der Monatsbeitrag am 15.09. "
         "zweimal abgebucht wurde, jeweils 1.499,00 ₹ plus Steuer, im Abstand von einer Minute. Bestellt habe ich "
         "natürlich nur einmal. Die zweite Rechnung hat die Nummer LO-INV-70412.\n\n"
         "Könnt ihr mir den doppelten Betrag bitte zurückerstatten?\n\nViele Grüße\nAnna Becker\n")
case("de-l01-doppelt", L, [f], LOB, "decided", [R("approve", "1499.00")],
     spec="L2 duplicate_payment; LO-INV-70411 and LO-INV-70412, 1499.00 each, same period 2025-09-15..2025-10-14, both paid 2025-09-15; request 2025-09-18 09:30 CEST = 13:00 IST, day 3 <= 7 (L3); L4 approve the duplicate's amount before tax 1499.00 (C6)",
     title="monthly plan charged twice, invoice of the second charge, day 3")

cust("j.hoffmann@hoffmann-kfz.de", "Jürgen Hoffmann", "quarterly", "2025-09-02", "2025-12-01")
lopay("pay_de_70421", "LO-INV-70421", "j.hoffmann@hoffmann-kfz.de", "quarterly", "3999.00", "719.82", "2025-09-02T11:00:00", "2025-09-02", "2025-12-01")
lopay("pay_de_70422", "LO-INV-70422", "j.hoffmann@hoffmann-kfz.de", "quarterly", "3999.00", "719.82", "2025-09-02T11:01:00", "2025-09-02", "2025-12-01")
f = mail("l02-doppelt-zu-spaet.eml", "Hoffmann KFZ <j.hoffmann@hoffmann-kfz.de>", LO, "Rechnung LO-INV-70422 doppelt",
         T("2025-09-10T10:15:00"),
         "Sehr geehrte Damen und Herren,\n\nbei der Durchsicht unserer Buchhaltung ist mir aufgefallen, dass das "
         "Quartalsabo am 2. September doppelt belastet wurde (LO-INV-70421 und LO-INV-70422, je 3.999,00 INR netto).\n"
         "Ich bitte um Erstattung der zweiten Zahlung LO-INV-70422.\n\nMit freundlichen Grüßen\n\nJürgen Hoffmann\n"
         "Hoffmann KFZ-Meisterbetrieb GmbH\nIndustriestraße 12, 73033 Göppingen\n")
case("de-l02-doppelt-tag8", L, [f], LOB, "decided", [R("deny")],
     spec="L2 duplicate_payment, but charge 2025-09-02 (day 0) and request 2025-09-10 10:15 CEST = 13:45 IST is day 8 > 7: L3 deny",
     title="quarterly duplicate reported on day 8")

cust("office@pichler-immobilien.at", "Maria Pichler", "annual", "2025-09-05", "2026-09-04")
lopay("pay_de_70431", "LO-INV-70431", "office@pichler-immobilien.at", "annual", "11988.00", "2157.84", "2025-09-05T10:00:00", "2025-09-05", "2026-09-04")
lopay("pay_de_70432", "LO-INV-70432", "office@pichler-immobilien.at", "annual", "11988.00", "2157.84", "2025-09-05T10:01:00", "2025-09-05", "2026-09-04")
f = mail("l03-zweimal-tag7.eml", "Pichler Immobilien <office@pichler-immobilien.at>", LO, "jahresabo zwei mal bezahlt??",
         T("2025-09-12T08:00:00"),
         "Grüß Gott,\n\nunser Jahresabo ist am 5.9. zwei mal von der Kreditkarte abgegangen, einmal reicht uns "
         "wirklich ;-) Rechnungsnr. der zweiten Buchung: LO-INV-70432. Bitte um Gutschrift des doppelten Betrags.\n\n"
         "Danke und liebe Grüße aus Graz\nMaria Pichler\n\n--\nPichler Immobilien e.U. | Herrengasse 7 | 8010 Graz\n")
case("de-l03-zweimal-tag7", L, [f], LOB, "decided", [R("approve", "11988.00")],
     spec="L2 duplicate_payment; two paid annual charges 11988.00 on 2025-09-05, same period; request 2025-09-12 08:00 CEST = 11:30 IST is day 7, 'day 7 is inside' (L3); L4 approve 11988.00 before tax",
     title="Austrian annual duplicate on day 7 exactly (edge inside)")

cust("s.wagner@gmx.de", "Sabine Wagner", "annual", "2025-09-24", "2026-09-23")
lopay("pay_de_70441", "LO-INV-70441", "s.wagner@gmx.de", "annual", "11988.00", "2157.84", "2025-09-24T08:40:00", "2025-09-24", "2026-09-23")
f = mail("l04-falscher-tarif.eml", "Sabine Wagner <s.wagner@gmx.de>", LO, "Falscher Tarif abgebucht",
         T("2025-09-25T19:05:00"),
         "Hallo,\n\nich hatte den Monatstarif gebucht, abgebucht wurden gestern aber 11.988 Rupien für den Jahrestarif "
         "(Rechnung LO-INV-70441). Das ist ein Fehler bei der Abrechnung, den Jahrestarif habe ich nie ausgewählt.\n"
         "Bitte korrigieren und mir den falschen Betrag erstatten.\n\nGruß\nSabine Wagner\n\nVon meinem iPhone gesendet\n")
case("de-l04-falscher-tarif", L, [f], LOB, "decided", [R("escalate")],
     spec="L2 billing_error (charged for the wrong plan); charge 2025-09-24, request 2025-09-25 day 1 inside L3; L5 escalate (a human verifies), no amount",
     title="charged annual instead of monthly, day 1")

cust("m.keller@keller-treuhand.ch", "Marco Keller", "monthly", "2025-09-20", "2025-10-19")
lopay("pay_de_70451", "LO-INV-70451", "m.keller@keller-treuhand.ch", "monthly", "2499.00", "449.82", "2025-09-20T07:30:00", "2025-09-20", "2025-10-19")
f = mail("l05-kein-login.eml", "Marco Keller <m.keller@keller-treuhand.ch>", LO, "Kein Zugang mehr zur Plattform",
         T("2025-09-24T14:20:00"),
         "Grüezi\n\nSeit Montag komme ich nicht mehr in mein Konto. Beim Login dreht sich das Rad endlos, das Dashboard "
         "lädt nie. Ihr Support-Chat hat mir zweimal versprochen, dass es gelöst wird, passiert ist nichts.\n"
         "So kann ich das Tool nicht brauchen. Ich möchte die Zahlung vom 20.9. (LO-INV-70451) zurück.\n\n"
         "Freundliche Grüsse\nMarco Keller\nKeller Treuhand AG, Zürich\n")
case("de-l05-kein-zugang", L, [f], LOB, "decided", [R("escalate")],
     spec="L2 access_failure (cannot log in, dashboard never loads); charge 2025-09-20, request 2025-09-24 day 4 inside L3; L6 escalate",
     title="Swiss customer cannot log in, wants the charge back")

cust("tobias.richter@t-online.de", "Tobias Richter", "monthly", "2025-09-22", "2025-10-21")
lopay("pay_de_70461", "LO-INV-70461", "tobias.richter@t-online.de", "monthly", "1499.00", "269.82", "2025-09-22T06:00:00", "2025-09-22", "2025-10-21")
f = mail("l06-kaum-genutzt.eml", "Tobias Richter <tobias.richter@t-online.de>", LO, "Erstattung Monatsbeitrag",
         T("2025-09-26T21:10:00", CEST),
         "Moin,\n\ndas Abo hat sich am Montag automatisch verlängert (Rechnung LO-INV-70461). Ich hab das Tool "
         "in den letzten Wochen aber kaum benutzt und brauch es eigentlich nicht mehr. Koennt ihr mir den "
         "Beitrag fuer den restlichen Monat erstatten? Waere nett.\n\nGruss Tobi\n")
case("de-l06-kaum-genutzt", L, [f], LOB, "decided", [R("deny")],
     spec="refund for not using the product / unused days is no L2 exception: L1 deny (reply offers cancellation; 'no partial refunds for unused days'). 2025-09-26 21:10 CEST = 2025-09-27 00:40 IST, day 5, window irrelevant",
     title="renewed, barely used, wants the rest of the month back (no accents)")

cust("buchhaltung@schmidt-elektro.de", "Schmidt Elektrotechnik", "quarterly", "2025-08-20", "2025-11-19")
lopay("pay_de_70471", "LO-INV-70471", "buchhaltung@schmidt-elektro.de", "quarterly", "3999.00", "719.82", "2025-08-20T09:00:00", "2025-08-20", "2025-11-19")
f = mail("l07-kuendigung-quartal.eml", "Buchhaltung Schmidt Elektrotechnik <buchhaltung@schmidt-elektro.de>", LO,
         "Kündigung Quartalsabo", T("2025-09-29T08:45:00"),
         "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir unser LeadsOptima-Quartalsabo zum nächstmöglichen "
         "Termin. Wir stellen unseren Vertrieb intern um.\nBitte bestätigen Sie uns die Kündigung schriftlich.\n\n"
         "Mit freundlichen Grüßen\ni.A. Claudia Merz\nSchmidt Elektrotechnik GmbH & Co. KG\n"
         "Sitz: Bielefeld, HRA 12345, Geschäftsführer: Klaus Schmidt\n")
case("de-l07-kuendigung", L, [f], LOB, "decided", [C("cancel", "2025-11-19")],
     spec="L8 cancel; ledger current_period_end 2025-11-19 is the last active day",
     title="formal cancellation of a quarterly plan")

cust("lena.fischer@posteo.de", "Lena Fischer", "monthly")
lopay("pay_de_70480", "LO-INV-70480", "lena.fischer@posteo.de", "monthly", "999.00", "179.82", "2025-08-08T14:00:00", "2025-08-08", None)
lopay("pay_de_70481", "LO-INV-70481", "lena.fischer@posteo.de", "monthly", "999.00", "179.82", "2025-09-08T14:00:00", "2025-09-08", None)
f = mail("l08-kuendigen-bitte.eml", "lena.fischer@posteo.de", LO, "abo beenden",
         T("2025-09-21T11:12:00"),
         "hey,\n\nbitte kündigt mein monatsabo, ich mach mich selbständig und brauch das erstmal nicht mehr. "
         "hab im account den button nicht gefunden, sorry\n\nlg lena\n")
case("de-l08-kuendigung-fallback", L, [f], LOB, "decided", [C("cancel", "2025-10-07")],
     spec="L8 cancel; no current_period_end in the ledger, so last charge 2025-09-08 + 1 month - 1 day = 2025-10-07",
     title="casual cancellation, ledger without period end (fallback from last charge)")

cust("kai.neumann@outlook.de", "Kai Neumann", None, status="trial", trial_ends="2025-10-05")
f = mail("l09-testphase.eml", "Kai Neumann <kai.neumann@outlook.de>", LO, "Testphase - Geld zurück",
         T("2025-09-27T16:00:00"),
         "Hallo,\n\nich bin gerade in der kostenlosen Testphase und habe gemerkt, dass LeadsOptima nicht zu meinem "
         "Shop passt, die Integrationen mit Shopware fehlen. Ich will nicht weitermachen und bitte um Erstattung.\n\n"
         "Beste Grüße\nKai Neumann\n")
case("de-l09-testphase", L, [f], LOB, "decided", [R("deny")],
     spec="L7: trial account (status trial, trial_ends 2025-10-05) has no charges: deny, nothing to refund; no billing unless they subscribe",
     ambiguous="a refund needs an invoice number and a plan (section 3) and a trial has neither; the bot could ask for them (need_info) before applying L7",
     title="trial user asks for a refund")

cust("k.schmidt@schmidt-design.de", "Katrin Schmidt", "monthly", "2025-09-11", "2025-10-10")
lopay("pay_de_70491", "LO-INV-70491", "k.schmidt@schmidt-design.de", "monthly", "1499.00", "269.82", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
f = mail("l10-andere-adresse.eml", "Katrin Schmidt <katrin.schmidt.privat@gmail.com>", LO, "Kündigung",
         T("2025-09-25T07:50:00"),
         "Guten Morgen,\n\nich schreibe von meiner privaten Adresse, weil ich an das Firmenpostfach gerade nicht rankomme. "
         "Registriert bin ich mit k.schmidt@schmidt-design.de, Monatsabo. Bitte kündigen Sie das Abo und sagen Sie mir, "
         "bis wann es noch läuft.\n\nDanke\nKatrin Schmidt\n")
case("de-l10-private-adresse", L, [f], LOB, "need_info", rules=["C2"],
     spec="C2: From katrin.schmidt.privat@gmail.com is not the registered k.schmidt@schmidt-design.de the mail names; need_info asking to write from the registered address, no account details (section 5 example 5)",
     title="writes from a private Gmail, names the registered address")

cust("petra.lang@lang-consulting.de", "Petra Lang", "annual", "2025-04-01", "2026-03-31")
lopay("pay_de_70501", "LO-INV-70501", "petra.lang@lang-consulting.de", "annual", "11988.00", "2157.84", "2025-04-01T09:00:00", "2025-04-01", "2026-03-31")
f = mail("l11-kein-geld-zurueck.eml", "Petra Lang <petra.lang@lang-consulting.de>", LO, "Jahresabo nicht verlängern",
         T("2025-09-16T13:30:00"),
         "Liebes Support-Team,\n\num das gleich klarzustellen: ich möchte KEIN Geld zurück, das Jahr ist bezahlt und "
         "das ist in Ordnung so. Ich möchte nur, dass das Jahresabo gekündigt wird und sich im März nicht "
         "verlängert. Wir haben ein CRM, das das inzwischen mitmacht.\n\nHerzliche Grüße\nPetra Lang\n")
case("de-l11-nur-kuendigen", L, [f], LOB, "decided", [C("cancel", "2026-03-31")],
     spec="negation 'ich möchte KEIN Geld zurück' adds no refund intent (section 8); L8 cancel, current_period_end 2026-03-31",
     title="'KEIN Geld zurück', only cancel the annual plan")

f = mail("l12-was-waere-wenn.eml", "Bäckerei Müller <info@baeckerei-mueller.de>", LO, "Frage vor Abschluss",
         T("2025-09-19T10:00:00"),
         "Hallo,\n\nwir überlegen, das Jahresabo abzuschließen. Mal angenommen, es klappt mit unserem Kassensystem "
         "doch nicht: würden wir dann unser Geld zurückbekommen? Oder ist es besser, erst mal monatlich zu "
         "starten?\n\nMit freundlichen Grüßen\nFamilie Müller\nBäckerei Müller, Kassel\n")
case("de-l12-hypothetisch", L, [f], LOB, "other",
     spec="hypothetical before buying ('würden wir dann unser Geld zurückbekommen?') is a policy question, not a request (section 8): other",
     title="prospect asks whether they would get money back if it does not work")

cust("r.braun@braun-logistik.de", "Ralf Braun", "monthly", "2025-08-20", "2025-09-19", status="cancelled")
lopay("pay_de_70511", "LO-INV-70511", "r.braun@braun-logistik.de", "monthly", "1499.00", "269.82", "2025-08-20T05:00:00", "2025-08-20", "2025-09-19")
lopay("pay_de_70512", "LO-INV-70512", "r.braun@braun-logistik.de", "monthly", "1499.00", "269.82", "2025-09-20T05:00:00", "2025-09-20", "2025-10-19")
f = mail("l13-trotz-kuendigung.eml", "Ralf Braun <r.braun@braun-logistik.de>", LO, "Abbuchung trotz Kündigung!",
         T("2025-09-23T09:00:00"),
         "Hallo,\n\nich habe am 14. September über Billing > Cancel Plan gekündigt und eine Bestätigung bekommen. "
         "Trotzdem wurden am 20.09. wieder 1.499 ₹ eingezogen (LO-INV-70512). Das Geld will ich zurück.\n\n"
         "Gruß\nRalf Braun\nBraun Logistik\n")
case("de-l13-nach-kuendigung-belastet", L, [f], LOB, "decided", [R("escalate")],
     spec="past event 'gekündigt am 14., trotzdem am 20. eingezogen' is L2 billing_error (charged after I cancelled); charge 2025-09-20, request 2025-09-23 day 3 inside; L5 escalate",
     title="charged after cancelling (past event)")

cust("david.kraus@kraus-it.de", "David Kraus", "monthly", "2025-09-25", "2025-10-24")
lopay("pay_de_70521", "LO-INV-70521", "david.kraus@kraus-it.de", "monthly", "999.00", "179.82", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
lopay("pay_de_70522", "LO-INV-70522", "david.kraus@kraus-it.de", "monthly", "999.00", "179.82", "2025-09-25T12:02:00", "2025-09-25", "2025-10-24")
f1 = mail("l14a-doppelt-ohne-nummer.eml", "David Kraus <david.kraus@kraus-it.de>", LO, "Doppelbuchung",
          T("2025-09-26T10:00:00"),
          "Hi,\n\nmir wurde gestern das Monatsabo doppelt abgebucht, 2x 999 Rupien. Bitte einen Betrag erstatten.\n\n"
          "Danke, David\n")
f2 = mail("l14b-rechnungsnummer.eml", "David Kraus <david.kraus@kraus-it.de>", LO, "Re: Doppelbuchung",
          T("2025-09-27T09:15:00"),
          "Hi,\n\nklar, die zweite Buchung hat die Nummer lo inv 70522.\n\nDavid\n\n"
          "Am 26.09.2025 um 14:02 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
          "> Bitte nennen Sie uns die Rechnungsnummer der Abbuchung.\n",
          in_reply_to="<de-l14-reply@leadsoptima.com>",
          references=mid("l14a-doppelt-ohne-nummer.eml", "kraus-it.de") + " <de-l14-reply@leadsoptima.com>")
case("de-l14-thread-rechnungsnummer", L, [f1, f2], LOB, "decided", [R("approve", "999.00")],
     spec="C3 thread: first mail lacks invoice_number, answer gives 'lo inv 70522' (= LO-INV-70522, section 8 invoice matching); request time = first mail 2025-09-26, day 1; L4 approve 999.00",
     title="duplicate without invoice, answer gives 'lo inv 70522'")

cust("nina.wolf@wolf-media.de", "Nina Wolf", "quarterly", "2025-09-24", "2025-12-23")
lopay("pay_de_70531", "LO-INV-70531", "nina.wolf@wolf-media.de", "quarterly", "3999.00", "719.82", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f = mail("l15-ohne-grund.eml", "Nina Wolf <nina.wolf@wolf-media.de>", LO, "Erstattung LO-INV-70531",
         T("2025-09-26T15:00:00"),
         "Sehr geehrtes LeadsOptima-Team,\n\nich bitte um Erstattung der Rechnung LO-INV-70531 (Quartalsabo).\n\n"
         "Vielen Dank im Voraus und freundliche Grüße\nNina Wolf\nWolf Media | Agentur für Content\n")
case("de-l15-kein-grund", L, [f], LOB, "need_info", missing=["reason"],
     spec="refund needs a reason (section 3); 'ich bitte um Erstattung' only restates the request and the rest is greeting/signature (section 8): need_info reason; plan filled from the ledger, invoice given",
     title="refund request with invoice but no reason")

cust("hans.gruber@gruber-bau.at", "Hans Gruber", "monthly", "2025-09-18", "2025-10-17")
lopay("pay_de_70541", "LO-INV-70541", "hans.gruber@gruber-bau.at", "monthly", "2499.00", "449.82", "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
f = mail("l16-anwalt.eml", "Hans Gruber <hans.gruber@gruber-bau.at>", LO, "Letzte Aufforderung",
         T("2025-09-22T12:00:00"),
         "Sehr geehrte Damen und Herren,\n\nseit dem 18.9. habe ich keinen Zugriff auf die Plattform, trotz drei "
         "Tickets. Ich verlange die Rückzahlung von Rechnung LO-INV-70541 und kündige hiermit.\n"
         "Sollte bis Freitag nichts passieren, übergebe ich die Sache meinem Anwalt und lasse die Zahlung über "
         "die Kreditkarte zurückbuchen.\n\nHochachtungsvoll\nHans Gruber\nGruber Bau GmbH, Linz\n")
case("de-l16-anwalt", L, [f], LOB, "decided", [R("escalate"), C("escalate")], rules=["C4"],
     spec="C4: 'übergebe die Sache meinem Anwalt' and card chargeback threat escalate every intent of the email, the cancellation included (section 8)",
     title="access failure + cancellation with a lawyer/chargeback threat")

cust("felix.schulz@schulz-events.de", "Felix Schulz", "monthly", "2025-09-10", "2025-10-09")
lopay("pay_de_70551", "LO-INV-70551", "felix.schulz@schulz-events.de", "monthly", "1499.00", "269.82", "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
f = mail("l17-rechnungen-finden.eml", "Felix Schulz <felix.schulz@schulz-events.de>", LO, "Wo finde ich meine Rechnungen?",
         T("2025-09-17T09:40:00"),
         "Hallo zusammen,\n\nmein Steuerberater braucht die Rechnungen der letzten Monate als PDF. Wo finde ich die im "
         "Dashboard? Und kann ich die Rechnungsadresse auf unsere neue Firmenadresse ändern?\n\nDanke & Gruß\nFelix\n")
case("de-l17-wie-geht", L, [f], LOB, "other",
     spec="how-to question (where to download invoices, change billing address), neither refund nor cancellation: other",
     title="how-to: where are my invoices")

# ---------------------------------------------------------------- Optima WebDesign
proj("Praxis Dr. Vogel Website", "praxis@dr-vogel.de", None)
owpay("pay_de_o301", "OWD-2025-301", "Praxis Dr. Vogel Website", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00")
f = mail("o01-anzahlung-zurueck.eml", "Praxis Dr. Vogel <praxis@dr-vogel.de>", OWD, "Refund Request — Praxis Dr. Vogel Website / OWD-2025-301",
         T("2025-09-24T09:00:00"),
         "Sehr geehrte Damen und Herren,\n\nwir haben am Montag die Anzahlung für unsere neue Praxis-Website geleistet "
         "(Rechnung OWD-2025-301, 20.000,00 INR zzgl. Steuer). Leider hat sich unsere Praxisübernahme zerschlagen, "
         "das Projekt wird nicht stattfinden. Bitte erstatten Sie uns die Anzahlung.\n\n"
         "Mit freundlichen Grüßen\nDr. med. Stefanie Vogel\n")
case("de-o01-anzahlung-48h", L, [f], OWB, "decided", [R("approve", "20000.00")],
     extra_ok=True,
     spec="O2 deposit paid 2025-09-22 10:00 IST, request 2025-09-24 09:00 CEST = 12:30 IST = 50.5 h < 72 h, work_started_at empty: approve 20000.00 (tax 3600.00 not refunded, C6)",
     title="deposit refund after ~50 hours, project cancelled")

proj("Weingut Seiler Relaunch", "kontakt@weingut-seiler.de", None)
owpay("pay_de_o302", "OWD-2025-302", "Weingut Seiler Relaunch", "deposit", "15000.00", "2700.00", "2025-09-15T14:30:00")
f = mail("o02-anzahlung-72h.eml", "Weingut Seiler <kontakt@weingut-seiler.de>", OWD, "Stornierung Anzahlung OWD-2025-302",
         T("2025-09-18T11:00:00"),
         "Hallo Optima-Team,\n\nnach langer Diskussion in der Familie haben wir beschlossen, den Relaunch unseres "
         "Weinguts auf nächstes Jahr zu verschieben. Wir möchten daher die Anzahlung (OWD-2025-302) zurück, "
         "Projekt \"Weingut Seiler Relaunch\".\n\nHerzliche Grüße von der Mosel\nThomas Seiler\n")
case("de-o02-anzahlung-genau-72h", L, [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O2: paid 2025-09-15 14:30 IST, request 2025-09-18 11:00 CEST = 14:30 IST, exactly 72 h, which is not 'before 72 hours' (section 8): deny",
     title="deposit refund at exactly 72 hours (edge, deny)")

proj("Tischlerei Brandt Shop", "info@tischlerei-brandt.de", "2025-09-17T10:00:00")
owpay("pay_de_o303", "OWD-2025-303", "Tischlerei Brandt Shop", "deposit", "25000.00", "4500.00", "2025-09-16T10:00:00")
f = mail("o03-anzahlung-arbeit-begonnen.eml", "Tischlerei Brandt <info@tischlerei-brandt.de>", OWD, "Anzahlung zurückfordern",
         T("2025-09-18T08:00:00"),
         "Guten Tag,\n\nfür das Projekt Tischlerei Brandt Shop haben wir am 16.09. die Anzahlung gezahlt (OWD-2025-303). "
         "Unser Geschäftspartner ist abgesprungen und wir können den Shop nicht mehr finanzieren. Wir bitten um "
         "Rückerstattung der Anzahlung, es sind ja noch keine 72 Stunden vergangen.\n\nMfG\nWerner Brandt\n")
case("de-o03-anzahlung-arbeit-lief", L, [f], OWB, "decided", [R("deny")],
     spec="O2: request 2025-09-18 08:00 CEST = 11:30 IST is 49.5 h after payment, but work_started_at 2025-09-17 10:00 came first ('whichever occurs first'): deny",
     title="deposit within 72 h but work already started")

proj("Physio Lindner Branding", "info@physio-lindner.de", None)
owpay("pay_de_o304", "OWD-2025-304", "Physio Lindner Branding", "discovery", "8000.00", "1440.00", "2025-09-19T16:00:00")
f = mail("o04-discovery-nicht-begonnen.eml", "Physiotherapie Lindner <info@physio-lindner.de>", OWD,
         "Strategie-Workshop absagen (Physio Lindner Branding)", T("2025-09-23T10:30:00"),
         "Hallo,\n\nwir hatten den Strategie-Workshop für unser Branding gebucht und bezahlt (Rechnung OWD 2025 304), "
         "der erste Termin ist erst im Oktober. Leider muss ich aus gesundheitlichen Gründen die Praxis bis auf Weiteres "
         "schließen. Könnten Sie mir die Gebühr bitte erstatten?\n\nVielen Dank\nJulia Lindner\n")
case("de-o04-discovery-offen", L, [f], OWB, "decided", [R("approve", "8000.00")],
     extra_ok=True,
     spec="O1 discovery fee, work_started_at empty (no session yet): refundable in full, 8000.00 before tax; invoice 'OWD 2025 304' matches OWD-2025-304 (section 8)",
     title="discovery workshop not started yet, full refund")

proj("Café Sonnenschein Website", "hallo@cafe-sonnenschein.de", "2025-09-10T11:00:00")
owpay("pay_de_o305", "OWD-2025-305", "Café Sonnenschein Website", "discovery", "6000.00", "1080.00", "2025-09-08T12:00:00")
f = mail("o05-discovery-begonnen.eml", "Café Sonnenschein <hallo@cafe-sonnenschein.de>", OWD,
         "Erstattung Discovery Cafe Sonnenschein", T("2025-09-16T15:45:00"),
         "Hallo ihr Lieben,\n\nwir hatten letzte Woche den ersten Workshop mit euch, aber ehrlich gesagt war das nicht das, "
         "was wir uns vorgestellt haben. Wir möchten die Discovery-Gebühr (OWD-2025-305) zurück und das Projekt "
         "Café Sonnenschein Website nicht weiterführen.\n\nLiebe Grüße\nSandra\n")
case("de-o05-discovery-begonnen", L, [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O1 discovery, work_started_at 2025-09-10 (first session held) before the request 2025-09-16: deny",
     title="discovery fee after the first workshop took place")

proj("Autohaus Berger Portal", "it@autohaus-berger.de", "2025-08-01T10:00:00")
owpay("pay_de_o306", "OWD-2025-306", "Autohaus Berger Portal", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="approved")
owpay("pay_de_o307", "OWD-2025-307", "Autohaus Berger Portal", "milestone", "22500.00", "4050.00", "2025-09-20T10:00:00", milestone_status="not_started")
f = mail("o06-meilenstein-offen.eml", "IT Autohaus Berger <it@autohaus-berger.de>", OWD, "Meilenstein 3 - Erstattung",
         T("2025-09-25T09:20:00"),
         "Sehr geehrtes Optima-Team,\n\nPhase 1 des Projekts Autohaus Berger Portal ist abgenommen, alles gut. "
         "Den bereits bezahlten Meilenstein 3 (Fahrzeugkonfigurator, Rechnung OWD-2025-307, 22.500,00 INR netto) "
         "brauchen wir aber nicht mehr, da der Hersteller uns einen eigenen Konfigurator stellt. Mit der Arbeit daran "
         "wurde laut Projektplan noch nicht begonnen. Bitte erstatten Sie diesen Meilenstein.\n\n"
         "Mit freundlichen Grüßen\nMarkus Berger\nLeitung IT\n")
case("de-o06-meilenstein-nicht-begonnen", L, [f], OWB, "decided", [R("approve", "22500.00")],
     spec="O3 milestone OWD-2025-307 status not_started: refund that milestone's amount 22500.00 before tax",
     title="milestone not started, refund its amount")

proj("Hotel Alpenblick Buchung", "rezeption@alpenblick-tirol.at", "2025-08-15T09:00:00")
owpay("pay_de_o308", "OWD-2025-308", "Hotel Alpenblick Buchung", "milestone", "18000.00", "3240.00", "2025-09-05T10:00:00", milestone_status="in_progress")
f = mail("o07-meilenstein-laufend.eml", "Hotel Alpenblick <rezeption@alpenblick-tirol.at>", OWD, "Buchungsmodul",
         T("2025-09-23T17:00:00"),
         "Servus,\n\nfür unser Projekt Hotel Alpenblick Buchung habt ihr am Buchungsmodul (Rechnung OWD-2025-308) "
         "angefangen, aber wir wechseln jetzt doch auf die Lösung unseres Channel-Managers. Bitte den Teil vom "
         "Meilenstein, der noch nicht gemacht ist, zurückzahlen.\n\nDanke, lg\nStefan Hofer\nHotel Alpenblick, Tirol\n")
case("de-o07-meilenstein-laufend", L, [f], OWB, "decided", [R("escalate")],
     spec="O3 milestone OWD-2025-308 status in_progress: escalate (value of work not started needs a person, interp.)",
     title="milestone in progress, partial refund asked")

proj("Zahnarzt Weber Relaunch", "praxis@zahnarzt-weber.ch", "2025-07-01T09:00:00")
owpay("pay_de_o309", "OWD-2025-309", "Zahnarzt Weber Relaunch", "milestone", "12000.00", "2160.00", "2025-08-10T10:00:00", milestone_status="approved")
f = mail("o08-meilenstein-abgenommen.eml", "Zahnarztpraxis Weber <praxis@zahnarzt-weber.ch>", OWD,
         "Rückerstattung Design-Meilenstein", T("2025-09-15T10:10:00"),
         "Grüezi\n\nWir haben das Design für den Zahnarzt Weber Relaunch im August freigegeben (Rechnung OWD-2025-309). "
         "Im Nachhinein gefällt es dem Team aber gar nicht mehr, die Farben wirken zu kühl. Wir hätten gern das Geld "
         "für diesen Meilenstein zurück.\n\nFreundliche Grüsse\nDr. Andreas Weber\n")
case("de-o08-meilenstein-abgenommen", L, [f], OWB, "decided", [R("deny")],
     spec="O3/O6 milestone OWD-2025-309 status approved: deny (approved milestones are non-refundable)",
     title="approved design milestone, customer changed taste")

proj("Gartenglück SEO", "shop@gartenglueck.de", "2025-06-12T09:00:00")
owpay("pay_de_o310", "OWD-2025-310", "Gartenglück SEO", "retainer", "9500.00", "1710.00", "2025-09-12T09:00:00",
      next_billing_at="2025-10-12T09:00:00", ps="2025-09-12", pe="2025-10-11")
f = mail("o09-retainer-kuendigen.eml", "Gartenglück Onlineshop <shop@gartenglueck.de>", OWD, "Kündigung SEO-Betreuung",
         T("2025-09-24T09:00:00"),
         "Hallo,\n\nhiermit kündigen wir die monatliche SEO-Betreuung für Gartenglück SEO (letzte Rechnung OWD-2025-310). "
         "Grund: unser Marketingbudget wurde für das vierte Quartal gestrichen.\n\nViele Grüße\nBirgit Sommer\n"
         "Gartenglück GmbH\n")
case("de-o09-retainer-frist-ok", L, [f], OWB, "decided", [C("cancel", "2025-10-11")],
     spec="O4/O8 retainer, next_billing_at 2025-10-12; notice deadline 2025-10-12 - 7 = 2025-10-05, request 2025-09-24 on or before: cancel, effective the day before next billing 2025-10-11",
     title="retainer cancelled with enough notice")

proj("Steuerbüro Klein Webpflege", "buero@steuer-klein.de", "2025-03-05T09:00:00")
owpay("pay_de_o311", "OWD-2025-311", "Steuerbüro Klein Webpflege", "retainer", "7000.00", "1260.00", "2025-09-05T09:00:00",
      next_billing_at="2025-10-05T09:00:00", ps="2025-09-05", pe="2025-10-04")
f = mail("o10-retainer-zu-spaet.eml", "Steuerbüro Klein <buero@steuer-klein.de>", OWD, "Kuendigung Webpflege",
         T("2025-09-30T08:30:00"),
         "Sehr geehrte Damen und Herren,\n\nwir kuendigen den Webpflege-Vertrag (Projekt Steuerbuero Klein Webpflege, "
         "Rechnung OWD-2025-311) zum naechstmoeglichen Termin. Unsere neue Auszubildende uebernimmt die Pflege der "
         "Seite kuenftig selbst.\n\nMit freundlichen Gruessen\nRenate Klein\n")
case("de-o10-retainer-frist-knapp", L, [f], OWB, "decided", [C("cancel", "2025-11-04")],
     spec="O4 retainer, next_billing_at 2025-10-05: notice deadline 2025-09-28, request 2025-09-30 is later (5 days' notice): the next cycle 2025-10-05..2025-11-04 is billed, effective_date its last day 2025-11-04",
     ambiguous="the next cycle's length is not in the ledger; taken as one month like the current period 2025-09-05..2025-10-04",
     title="retainer cancelled with only 5 days' notice (umlauts written ue/oe)")

proj("Reisebüro Sommer Hosting", "info@reisebuero-sommer.de", "2025-09-08T09:00:00")
owpay("pay_de_o312", "OWD-2025-312", "Reisebüro Sommer Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-08T09:00:00",
      setup_fee="2400.00", service_start="2025-09-08")
f = mail("o11-hosting-14-tage.eml", "Reisebüro Sommer <info@reisebuero-sommer.de>", OWD, "Hosting kündigen + Erstattung",
         T("2025-09-19T11:00:00"),
         "Guten Tag,\n\nwir haben am 8. September das Jahreshosting für Reisebüro Sommer Hosting gebucht (OWD-2025-312). "
         "Unser Mutterkonzern schreibt uns jetzt aber einen zentralen Hoster vor. Wir kündigen daher das Hosting und "
         "bitten um anteilige Erstattung gemäß Ihrer 14-Tage-Regel.\n\nMit freundlichen Grüßen\nKlaus Sommer\n")
case("de-o11-hosting-anteilig", L, [f], OWB, "decided", [R("approve", "14300.00")], extra_ok=True,
     spec="O5 hosting_annual, service_start 2025-09-08, request 2025-09-19 day 11 <= 14: monthly_value = (18000 - 2400)/12 = 1300; refund = 18000 - 2400 - 1300 x 1 = 14300.00 (cancellation decision allowed)",
     title="annual hosting cancelled on day 11, pro-rated refund")

proj("Metzgerei Huber Wartung", "metzgerei.huber@t-online.de", "2025-09-01T09:00:00")
owpay("pay_de_o313", "OWD-2025-313", "Metzgerei Huber Wartung", "maintenance_annual", "10000.00", "1800.00", "2025-09-01T09:00:00",
      setup_fee="1500.00", service_start="2025-09-01")
f = mail("o12-wartung-tag15.eml", "Metzgerei Huber <metzgerei.huber@t-online.de>", OWD, "Wartungsvertrag",
         T("2025-09-16T10:00:00"),
         "Hallo,\n\nich möchte den Wartungsvertrag Metzgerei Huber Wartung (Rechnung OWD-2025-313) wieder kündigen und "
         "das Geld anteilig zurück. Mein Neffe macht die Seite jetzt, der kann das auch.\n\nGruß\nJosef Huber\n")
case("de-o12-wartung-tag15", L, [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O5 maintenance_annual, service_start 2025-09-01 is day 0, request 2025-09-16 is day 15 > 14: deny",
     title="annual maintenance refund on day 15 (edge, deny)")

proj("Yogastudio Om Wartung", "hallo@yoga-om.at", "2025-09-20T09:00:00")
owpay("pay_de_o314", "OWD-2025-314", "Yogastudio Om Wartung", "maintenance_annual", "10000.00", "1800.00", "2025-09-20T09:00:00",
      setup_fee="1500.00", service_start="2025-09-20")
f = mail("o13-wartung-rundung.eml", "Yogastudio Om <hallo@yoga-om.at>", OWD, "Storno Wartungspaket",
         T("2025-09-25T18:30:00"),
         "Namaste liebes Optima Team,\n\nwir haben uns beim Wartungspaket (Yogastudio Om Wartung, OWD-2025-314) leider "
         "vertan: das Hosting unseres Buchungssystems hat schon eine Wartung inklusive. Wir würden es gerne "
         "stornieren und den anteiligen Betrag zurückbekommen.\n\nAlles Liebe\nEva & Lukas\n")
case("de-o13-wartung-rundung", L, [f], OWB, "decided", [R("approve", "7791.67")], extra_ok=True,
     spec="O5 maintenance_annual, service_start 2025-09-20, request 2025-09-25 day 5: monthly_value = (10000 - 1500)/12 = 708.3333..; refund = 10000 - 1500 - 708.3333.. = 7791.6666.. -> 7791.67 (C6 half-up, rounded once)",
     title="annual maintenance day 5, refund needs rounding")

proj("Blumen Haas Website", "bestellung@blumen-haas.de", "2025-08-20T09:00:00")
owpay("pay_de_o315", "OWD-2025-315", "Blumen Haas Website", "third_party", "1800.00", "324.00", "2025-09-25T09:00:00")
f = mail("o14-domain-ssl.eml", "Blumen Haas <bestellung@blumen-haas.de>", OWD, "Domain und SSL zurück?",
         T("2025-09-26T08:10:00"),
         "Hallo,\n\nauf der Rechnung OWD-2025-315 für Blumen Haas Website stehen Domain und SSL-Zertifikat. Die Domain "
         "haben wir aber schon bei unserem alten Anbieter, das war doppelt gemoppelt. Bitte die 1.800 erstatten.\n\n"
         "Gruß\nMonika Haas\n")
case("de-o14-domain-ssl", L, [f], OWB, "decided", [R("deny")],
     spec="O6: kind third_party (domain, SSL) is never refundable: deny citing Non-refundable items",
     title="domain + SSL invoice, customer already owns the domain")

proj("Messebau Krüger Landingpage", "projekte@messebau-krueger.de", "2025-09-10T09:00:00")
owpay("pay_de_o316", "OWD-2025-316", "Messebau Krüger Landingpage", "rush", "5000.00", "900.00", "2025-09-10T09:00:00")
f = mail("o15-eilzuschlag.eml", "Messebau Krüger <projekte@messebau-krueger.de>", OWD, "Eilzuschlag erstatten",
         T("2025-09-19T13:00:00"),
         "Guten Tag,\n\nfür die Messebau Krüger Landingpage haben wir einen Eilzuschlag bezahlt (OWD-2025-316), weil die "
         "Seite zur Messe fertig sein sollte. Die Messe wurde jetzt aber verschoben, die Eile war also umsonst. "
         "Wir bitten um Erstattung des Zuschlags.\n\nBeste Grüße\nOliver Krüger\n")
case("de-o16-eilzuschlag", L, [f], OWB, "decided", [R("deny")],
     spec="O6: kind rush (expedited fee) is never refundable: deny",
     title="rush fee after the trade fair was postponed")

proj("Fahrschule Yilmaz Website", "info@fahrschule-yilmaz.de", None)
owpay("pay_de_o317", "OWD-2025-317", "Fahrschule Yilmaz Website", "deposit", "12000.00", "2160.00", "2025-09-26T09:00:00")
f = mail("o17-falscher-absender.eml", "Emre Yilmaz <emre.yilmaz1987@gmail.com>", OWD, "Anzahlung Fahrschule",
         T("2025-09-27T08:00:00"),
         "Hallo,\n\nich schreibe privat, die Firmenadresse info@fahrschule-yilmaz.de geht gerade nicht. Wir möchten die "
         "Anzahlung für Fahrschule Yilmaz Website (OWD-2025-317) zurück, wir haben einen günstigeren Anbieter gefunden.\n\n"
         "Gruß\nEmre Yilmaz\n")
case("de-o17-privatadresse", L, [f], OWB, "need_info", rules=["C2"],
     spec="C2 (Optima, explicit): From emre.yilmaz1987@gmail.com is not the contract email info@fahrschule-yilmaz.de: need_info asking to write from the contract email, nothing about the project",
     title="deposit refund from a private address, not the contract email")

proj("Kita Regenbogen Website", "leitung@kita-regenbogen.de", None)
owpay("pay_de_o318", "OWD-2025-318", "Kita Regenbogen Website", "deposit", "9000.00", "1620.00", "2025-09-26T09:00:00")
f1 = mail("o18a-anzahlung-ohne-rechnung.eml", "Kita Regenbogen Leitung <leitung@kita-regenbogen.de>", OWD,
          "Anzahlung Kita Regenbogen Website", T("2025-09-27T08:00:00"),
          "Liebes Optima-Team,\n\nder Elternbeirat hat das Budget für die neue Website nicht freigegeben. Wir müssen das "
          "Projekt Kita Regenbogen Website daher leider absagen und bitten um Rückzahlung der Anzahlung.\n\n"
          "Freundliche Grüße\nIlse Martin, Kita-Leitung\n")
f2 = mail("o18b-rechnung-nachgereicht.eml", "Kita Regenbogen Leitung <leitung@kita-regenbogen.de>", OWD,
          "AW: Anzahlung Kita Regenbogen Website", T("2025-09-29T10:00:00"),
          "Hallo,\n\ndie Rechnungsnummer ist OWD-2025-318.\n\nGrüße\nIlse Martin\n\n"
          "-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>\n"
          "Gesendet: Samstag, 27. September 2025 14:00\nAn: leitung@kita-regenbogen.de\n"
          "Betreff: Re: Anzahlung Kita Regenbogen Website\n\nBitte nennen Sie uns die Rechnungsnummer.\n",
          in_reply_to="<de-o18-reply@gmail.com>",
          references=mid("o18a-anzahlung-ohne-rechnung.eml", "kita-regenbogen.de") + " <de-o18-reply@gmail.com>")
case("de-o18-thread-rechnung", L, [f1, f2], OWB, "decided", [R("approve", "9000.00")],
     extra_ok=True,
     spec="C3 thread: first mail has project and reason but no invoice; answer gives OWD-2025-318. Request time = first mail 2025-09-27 08:00 CEST = 11:30 IST, 26.5 h after payment 2025-09-26 09:00, no work started: O2 approve 9000.00",
     title="deposit refund, invoice given in the answer (Outlook 'AW:')")

proj("Immobilien Jäger Portal", "vertrieb@jaeger-immo.de", "2025-08-01T09:00:00")
owpay("pay_de_o319", "OWD-2025-319", "Immobilien Jäger Portal", "milestone", "16000.00", "2880.00", "2025-09-15T09:00:00", milestone_status="not_started")
f = mail("o19-chargeback.eml", "Jäger Immobilien <vertrieb@jaeger-immo.de>", OWD, "Rückzahlung Meilenstein - Frist",
         T("2025-09-22T16:00:00"),
         "Sehr geehrte Damen und Herren,\n\nden Meilenstein \"Exposé-Export\" (Projekt Immobilien Jäger Portal, Rechnung "
         "OWD-2025-319) benötigen wir nicht mehr, die Arbeit daran hat noch nicht begonnen. Ich erwarte die Rückzahlung "
         "bis Ende der Woche. Andernfalls werde ich einen Chargeback bei meiner Kreditkartenfirma einleiten.\n\n"
         "Mit freundlichen Grüßen\nDieter Jäger\n")
case("de-o19-chargeback", L, [f], OWB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: chargeback threat escalates (section 5 example 11), even though O3 not_started would otherwise approve",
     title="milestone refund with a chargeback threat")

proj("Bio-Hof Lehmann Shop", "hof@bio-lehmann.de", "2025-05-01T09:00:00")
owpay("pay_de_o320", "OWD-2025-320", "Bio-Hof Lehmann Shop", "retainer", "6000.00", "1080.00", "2025-09-20T09:00:00",
      next_billing_at="2025-10-20T09:00:00", ps="2025-09-20", pe="2025-10-19")
f = mail("o20-kuendigung-ohne-grund.eml", "Bio-Hof Lehmann <hof@bio-lehmann.de>", OWD, "Kündigung",
         T("2025-09-22T07:15:00"),
         "Guten Morgen,\n\nhiermit kündige ich die monatliche Betreuung für den Bio-Hof Lehmann Shop, Rechnung "
         "OWD-2025-320.\n\nMit freundlichen Grüßen\nHeinrich Lehmann\nBio-Hof Lehmann\nDorfstraße 3, 17309 Pasewalk\n")
case("de-o20-kuendigung-ohne-grund", L, [f], OWB, "need_info", missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8 'What a reason is'); greeting, request and signature only: need_info reason",
     title="Optima retainer cancellation without a reason")

proj("Sportverein Eintracht Hosting", "vorstand@sv-eintracht.de", None)
owpay("pay_de_o321", "OWD-2025-321", "Sportverein Eintracht Hosting", "hosting_annual", "24000.00", "4320.00", "2025-09-25T09:00:00",
      setup_fee="3000.00", service_start="2025-10-15")
f = mail("o21-hosting-vor-start.eml", "SV Eintracht Vorstand <vorstand@sv-eintracht.de>", OWD, "Hosting stornieren",
         T("2025-09-29T20:00:00"),
         "Hallo,\n\nin der Mitgliederversammlung wurde beschlossen, dass die Vereinsseite beim Landesverband gehostet "
         "wird (kostenlos). Bitte storniert das Jahreshosting Sportverein Eintracht Hosting (OWD-2025-321) und erstattet "
         "uns, was möglich ist. Das Hosting sollte ja erst am 15.10. starten.\n\nSportliche Grüße\nUwe Brandt, 1. Vorsitzender\n")
case("de-o21-hosting-vor-start", L, [f], OWB, "decided", [R("approve", "19250.00")], extra_ok=True,
     spec="O5 before service_start (2025-10-15): consumed_months is 1 (section 8); monthly_value = (24000 - 3000)/12 = 1750; refund = 24000 - 3000 - 1750 = 19250.00",
     title="annual hosting cancelled before it starts")

proj("Galerie Roth Relaunch", "galerie@roth-kunst.de", None)
owpay("pay_de_o322", "OWD-2025-322", "Galerie Roth Relaunch", "deposit", "14000.00", "2520.00", "2025-09-24T09:00:00", status="refunded")
f = mail("o22-schon-erstattet.eml", "Galerie Roth <galerie@roth-kunst.de>", OWD, "Anzahlung Galerie Roth Relaunch",
         T("2025-09-25T12:00:00"),
         "Sehr geehrte Damen und Herren,\n\nbitte erstatten Sie die Anzahlung OWD-2025-322 für den Galerie Roth Relaunch. "
         "Die Künstlerin, deren Ausstellung die Seite begleiten sollte, hat abgesagt.\n\nMit besten Grüßen\nDr. Helga Roth\n")
case("de-o22-zahlung-nicht-paid", L, [f], OWB, "decided", [R("escalate")],
     spec="section 8 'Payments not paid': OWD-2025-322 has status refunded, so a refund of it is escalated",
     title="refund of a deposit the ledger shows as already refunded")

# ---------------------------------------------------------------- hard cases
f = mail("h01-abwesenheit.eml", "Claudia Merz <buchhaltung@schmidt-elektro.de>", LO, "Automatische Antwort: Ihre Rechnung",
         T("2025-09-29T09:00:00"),
         "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 nicht im Büro und habe keinen Zugriff auf "
         "meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buchhaltung2@schmidt-elektro.de.\n\n"
         "Mit freundlichen Grüßen\nClaudia Merz\n",
         headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
case("de-h01-abwesenheitsnotiz", L, [f], LOB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied (out of office) is ignored (section 5 example 12)",
     title="German out-of-office auto-reply")

f = mail("h02-newsletter.eml", "Webdesign-News <newsletter@webdesign-trends.de>", OWD, "Newsletter 09/2025: Kündigungsbutton-Pflicht",
         T("2025-09-20T07:00:00"),
         "Liebe Leserinnen und Leser,\n\nseit Juli 2022 gilt der Kündigungsbutton. Wie setzen Sie die Pflicht im Shop um? "
         "Außerdem: Erstattungen richtig verbuchen.\n\nAbmelden: https://webdesign-trends.de/abmelden\n",
         headers=[("Precedence", "bulk"), ("List-Id", "Webdesign Trends <news.webdesign-trends.de>"),
                  ("List-Unsubscribe", "<https://webdesign-trends.de/abmelden>")])
case("de-h02-newsletter", L, [f], OWB, "ignore", rules=["C7"],
     spec="C7: Precedence: bulk and List-Id (a newsletter that mentions Kündigung/Erstattung) is ignored",
     title="newsletter mentioning cancellation and refunds")

BOUNCE = (
    "From: Mail Delivery System <MAILER-DAEMON@mx.web.de>\r\n"
    "To: " + LO + "\r\n"
    "Subject: Unzustellbar: Re: Ihre =?utf-8?q?K=C3=BCndigung?=\r\n"
    "Date: " + format_datetime(T("2025-09-22T10:00:00")) + "\r\n"
    "Message-ID: <h03-unzustellbar@mx.web.de>\r\n"
    "Auto-Submitted: auto-replied\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b-h03\"\r\n\r\n"
    "--b-h03\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Dies ist eine automatisch erstellte Nachricht.\r\nIhre Nachricht an alt.kunde@web.de konnte nicht "
    "zugestellt werden: Postfach existiert nicht.\r\n\r\n"
    "--b-h03\r\nContent-Type: message/delivery-status\r\n\r\n"
    "Reporting-MTA: dns; mx.web.de\r\n\r\nFinal-Recipient: rfc822; alt.kunde@web.de\r\nAction: failed\r\n"
    "Status: 5.1.1\r\n\r\n--b-h03--\r\n")
MAILS["emails/h03-unzustellbar.eml"] = BOUNCE.encode("utf-8")
case("de-h03-unzustellbar", L, ["emails/h03-unzustellbar.eml"], LOB, "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender, delivery-status report (RFC 3464)",
     title="German bounce ('Unzustellbar') from MAILER-DAEMON")

cust("b.hartmann@hartmann-gruppe.de", "Bernd Hartmann", "annual", "2025-02-01", "2026-01-31")
lopay("pay_de_70561", "LO-INV-70561", "b.hartmann@hartmann-gruppe.de", "annual", "11988.00", "2157.84", "2025-02-01T09:00:00", "2025-02-01", "2026-01-31")
f = mail("h04-wg-assistenz.eml", "Sekretariat Hartmann <sekretariat@hartmann-gruppe.de>", LO, "WG: LeadsOptima kündigen",
         T("2025-09-24T10:30:00"),
         "Guten Tag,\n\nanbei die Bitte von Herrn Hartmann, mit der Bitte um Erledigung.\n\nMit freundlichen Grüßen\n"
         "Jana Peters\nAssistenz der Geschäftsführung\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: Hartmann, Bernd <b.hartmann@hartmann-gruppe.de>\n"
         "Gesendet: Dienstag, 23. September 2025 18:12\nAn: Sekretariat Hartmann <sekretariat@hartmann-gruppe.de>\n"
         "Betreff: LeadsOptima kündigen\n\nFrau Peters,\nbitte kündigen Sie unser LeadsOptima-Jahresabo "
         "(registriert auf b.hartmann@hartmann-gruppe.de). Wir nutzen künftig das Tool der Holding.\nBH\n")
case("de-h04-weiterleitung-assistenz", L, [f], LOB, "need_info", rules=["C2"],
     spec="section 8 Forwards: an Outlook 'WG:' forward names the registered b.hartmann@hartmann-gruppe.de, sender is sekretariat@: C2, the draft asks for the request from that address",
     title="Outlook WG: forward by an assistant of the boss's cancellation")

cust("sophie.kaiser@kaiser-fotografie.de", "Sophie Kaiser", "monthly", "2025-09-21", "2025-10-20")
lopay("pay_de_70571", "LO-INV-70571", "sophie.kaiser@kaiser-fotografie.de", "monthly", "1999.00", "359.82", "2025-09-21T08:00:00", "2025-09-21", "2025-10-20")
lopay("pay_de_70572", "LO-INV-70572", "sophie.kaiser@kaiser-fotografie.de", "monthly", "1999.00", "359.82", "2025-09-21T08:00:30", "2025-09-21", "2025-10-20")
f = mail("h05-eigene-weiterleitung.eml", "Sophie Kaiser <sophie.kaiser@kaiser-fotografie.de>", LO, "Fwd: doppelte Zahlung",
         T("2025-09-25T12:00:00"),
         "Siehe unten, bitte um Bearbeitung.\n\n---------- Weitergeleitete Nachricht ---------\n"
         "Von: Sophie Kaiser <sophie.kaiser@kaiser-fotografie.de>\nDate: Mo., 22. Sept. 2025 um 09:14 Uhr\n"
         "Subject: doppelte Zahlung\nTo: <info@leadsoptima.de>\n\n"
         "Hallo, mein Abo wurde am 21.9. doppelt bezahlt (zwei identische Buchungen über 1.999,00). Die zweite ist "
         "LO-INV-70572, bitte zurückerstatten. LG Sophie\n")
case("de-h05-eigene-weiterleitung", L, [f], LOB, "decided", [R("approve", "1999.00")],
     spec="forward read for the request it carries (section 8); sender is the registered address; the note 'Siehe unten' is no reason but the forwarded text is (paid twice); charge 2025-09-21, request = this mail 2025-09-25 day 4; L4 approve 1999.00",
     title="customer forwards her own earlier mail (sent to a wrong address) with 'Siehe unten'")

cust("thomas.berger@berger-reisen.de", "Thomas Berger", "monthly", "2025-09-03", "2025-10-02")
lopay("pay_de_70581", "LO-INV-70581", "thomas.berger@berger-reisen.de", "monthly", "2499.00", "449.82", "2025-09-03T10:00:00", "2025-09-03", "2025-10-02")
lopay("pay_de_70582", "LO-INV-70582", "thomas.berger@berger-reisen.de", "monthly", "2499.00", "449.82", "2025-09-03T10:05:00", "2025-09-03", "2025-10-02")
f = mail("h06-zeitzone-tag8.eml", "Thomas Berger <thomas.berger@berger-reisen.de>", LO, "Doppelte Abbuchung LO-INV-70582",
         T("2025-09-10T21:45:00"),
         "Guten Abend,\n\nich habe gerade gesehen, dass am 3. September zwei Mal 2.499 ₹ abgebucht wurden. Bitte die "
         "zweite Zahlung (LO-INV-70582) erstatten. Laut Ihrer Richtlinie habe ich 7 Tage, heute ist Tag 7.\n\n"
         "Mit freundlichen Grüßen\nThomas Berger\n")
case("de-h06-zeitzone-tag8", L, [f], LOB, "decided", [R("deny")],
     spec="section 1: windows count in the brand's zone (Asia/Kolkata). Date 2025-09-10 21:45 +0200 = 2025-09-11 01:15 IST, day 8 after the charge 2025-09-03: L3 deny (in the customer's own zone it would be day 7)",
     title="duplicate reported late evening in Germany, already day 8 in India")

cust("info@kunstschule-zug.ch", "Kunstschule Zug", "quarterly", "2025-07-15", "2025-10-14")
lopay("pay_de_70591", "LO-INV-70591", "info@kunstschule-zug.ch", "quarterly", "3999.00", "719.82", "2025-07-15T09:00:00", "2025-07-15", "2025-10-14")
f = mail("h07-html-kuendigung.eml", "Kunstschule Zug <info@kunstschule-zug.ch>", LO, "Kündigung Abo",
         T("2025-09-18T14:00:00"),
         html="<html><body><div style=\"font-family:Calibri\"><p>Grüezi mitenand</p><p>Wir möchten unser "
              "<b>Quartals-Abo</b> per Ende der laufenden Periode <u>kündigen</u>. Der Kurs, für den wir die Leads "
              "brauchten, findet nicht mehr statt.</p><p>Freundliche Grüsse<br>Regula Baumann<br>"
              "<i>Kunstschule Zug · Baarerstrasse 20 · 6300 Zug</i></p></div></body></html>")
case("de-h07-html-kuendigung", L, [f], LOB, "decided", [C("cancel", "2025-10-14")],
     spec="HTML-only mail; L8 cancel, current_period_end 2025-10-14",
     title="HTML-only Swiss cancellation")

cust("mia.hoffmann@hoffmann-yoga.de", "Mia Hoffmann", "monthly", "2025-09-12", "2025-10-11")
lopay("pay_de_70601", "LO-INV-70601", "mia.hoffmann@hoffmann-yoga.de", "monthly", "999.00", "179.82", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
lopay("pay_de_70602", "LO-INV-70602", "mia.hoffmann@hoffmann-yoga.de", "monthly", "999.00", "179.82", "2025-09-12T09:01:00", "2025-09-12", "2025-10-11")
f = mail("h08-reply-to.eml", "Mia Hoffmann <miahoffmann.yoga@gmail.com>", LO, "doppelt bezahlt",
         T("2025-09-14T11:00:00"),
         "Hallo,\n\nich wurde am 12. doppelt belastet (LO-INV-70602). Bitte erstattet mir das. Antwortet bitte an meine "
         "Geschäftsadresse, die steht im Reply-To.\n\nDanke, Mia\n",
         reply_to="mia.hoffmann@hoffmann-yoga.de")
case("de-h08-reply-to", L, [f], LOB, "need_info", rules=["C2"],
     spec="section 8 Addresses: the sender is the From address; Reply-To (the registered one) never verifies anyone: C2 need_info",
     title="From a Gmail address, Reply-To is the registered one")

cust("jonas.weber@weber-sanitaer.de", "Jonas Weber", "monthly", "2025-09-19", "2025-10-18")
lopay("pay_de_70611", "LO-INV-70611", "jonas.weber@weber-sanitaer.de", "monthly", "1499.00", "269.82", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
f = mail("h09-plus-adresse.eml", "Jonas Weber <jonas.weber+leads@weber-sanitaer.de>", LO, "Kündigung",
         T("2025-09-26T09:00:00"),
         "Hallo,\n\nbitte kündigen Sie mein Monatsabo, der Betrieb wird zum Jahresende übergeben.\n\nGruß\nJonas Weber\n")
case("de-h09-plus-adresse", L, [f], LOB, "need_info", rules=["C2"],
     spec="section 8 Addresses: a +tag makes another address; jonas.weber+leads@ is not the registered jonas.weber@: C2",
     title="cancellation from a +tag variant of the registered address")

cust("stefan.koch@koch-catering.de", "Stefan Koch", "monthly", "2025-09-20", "2025-10-19")
lopay("pay_de_70621", "LO-INV-70621", "stefan.koch@koch-catering.de", "monthly", "999.00", "179.82", "2025-09-20T08:00:00", "2025-09-20", "2025-10-19")
lopay("pay_de_70622", "LO-INV-70622", "stefan.koch@koch-catering.de", "monthly", "999.00", "179.82", "2025-09-20T08:01:00", "2025-09-20", "2025-10-19")
lopay("pay_de_70623", "LO-INV-70623", "stefan.koch@koch-catering.de", "monthly", "999.00", "179.82", "2025-09-20T08:02:00", "2025-09-20", "2025-10-19")
f = mail("h10-dreimal.eml", "Stefan Koch <stefan.koch@koch-catering.de>", LO, "3x abgebucht!!!",
         T("2025-09-22T08:30:00"),
         "Hallo,\n\nihr habt am 20.09. DREI mal 999 Rupien abgebucht (LO-INV-70621, LO-INV-70622, LO-INV-70623). "
         "Ich hab einmal auf Bezahlen geklickt, die Seite hing. Bitte die zwei zu viel erstatten.\n\nStefan Koch\n"
         "Koch Catering\n")
case("de-h10-dreifach", L, [f], LOB, "decided", [R("approve", "1998.00")],
     spec="section 8 'Three or more identical charges': every charge after the first is a duplicate; both inside L3 (day 2): refund 999.00 + 999.00 = 1998.00",
     title="charged three times, two duplicates")

cust("lisa.frank@frank-studio.de", "Lisa Frank", "quarterly", "2025-09-23", "2025-12-22")
lopay("pay_de_70631", "LO-INV-70631", "lisa.frank@frank-studio.de", "quarterly", "3999.00", "719.82", "2025-09-23T09:00:00", "2025-09-23", "2025-12-22")
f = mail("h11-zugang-und-kuendigung.eml", "Lisa Frank <lisa.frank@frank-studio.de>", LO, "Plattform lädt nicht - Kündigung",
         T("2025-09-26T10:00:00"),
         "Hallo,\n\nseit der Verlängerung am 23.9. lädt die Plattform bei mir nicht mehr (weißer Bildschirm, in Chrome und "
         "Firefox). Ich kündige hiermit das Quartalsabo und bitte um Erstattung der Verlängerung LO-INV-70631, weil ich "
         "keinen Zugang habe.\n\nViele Grüße\nLisa Frank\n")
case("de-h11-zugang-und-kuendigung", L, [f], LOB, "decided", [R("escalate"), C("cancel", "2025-12-22")],
     spec="refund: L2 access_failure (platform not loading), charge 2025-09-23, request day 3: L6 escalate; cancellation: L8 cancel until current_period_end 2025-12-22; both parts decided (section 1)",
     title="platform not loading: refund + cancellation in one mail")

f = mail("h12-eigene-adresse.eml", "LeadsOptima <noreply@leadsoptima.com>", LO, "Ihre Kündigung wurde bestätigt",
         T("2025-09-20T09:00:00"),
         "Hallo,\n\nIhre Kündigung wurde bestätigt. Ihr Konto bleibt bis zum Ende des Abrechnungszeitraums aktiv.\n\n"
         "Ihr LeadsOptima-Team\n")
case("de-h12-eigene-adresse", L, [f], LOB, "ignore", rules=["C7"],
     spec="C7: mail from the brand's own address noreply@leadsoptima.com is ignored",
     title="the brand's own noreply mail arrives in support")

cust("a.lehner@lehner-steuer.at", "Andrea Lehner", "monthly", "2025-09-15", "2025-10-14")
lopay("pay_de_70641", "LO-INV-70641", "a.lehner@lehner-steuer.at", "monthly", "1499.00", "269.82", "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
f = mail("h13-verbraucherrechte.eml", "Andrea Lehner <a.lehner@lehner-steuer.at>", LO, "Widerruf",
         T("2025-09-17T15:00:00"),
         "Sehr geehrte Damen und Herren,\n\nich widerrufe den Vertrag und verlange die Rückzahlung von LO-INV-70641. "
         "Ich kenne meine gesetzlichen Rechte als Verbraucherin und werde mich sonst an die Arbeiterkammer bzw. "
         "den Europäischen Verbraucherschutz wenden.\n\nMfG\nMag. Andrea Lehner\n")
case("de-h13-verbraucherrechte", L, [f], LOB, "decided", [R("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: statutory rights / consumer protection mentioned ('gesetzlichen Rechte', 'Verbraucherschutz'): escalate",
     title="Austrian withdrawal citing statutory consumer rights")

proj("Kanzlei-Design Vogt", "design@vogt-grafik.de", "2025-08-01T09:00:00")
owpay("pay_de_o323", "OWD-2025-323", "Kanzlei-Design Vogt", "change_request", "3500.00", "630.00", "2025-09-12T09:00:00")
f = mail("h14-aenderungswunsch.eml", "Vogt Grafik <design@vogt-grafik.de>", OWD, "Re: Änderungswunsch Footer",
         T("2025-09-18T16:20:00"),
         "Hi,\n\ndie Änderung am Footer (Rechnung OWD-2025-323, Projekt Kanzlei-Design Vogt) hätten wir im Nachhinein "
         "auch selbst machen können, die war unnötig teuer. Können wir die 3.500 bitte zurückbekommen?\n\n"
         "Danke\nMichael Vogt\n",
         in_reply_to="<de-h14-angebot@gmail.com>", references="<de-h14-angebot@gmail.com>")
case("de-h14-aenderungswunsch", L, [f], OWB, "decided", [R("deny")],
     spec="O6: kind change_request (outside the original scope) is never refundable: deny",
     title="change request fee (project name contains 'Kanzlei', no legal threat)")

f = mail("h15-danke.eml", "Anna Becker <anna.becker@web.de>", LO, "Danke!",
         T("2025-09-29T18:00:00"),
         "Hallo,\n\nnur ganz kurz: die Erstattung ist heute auf meinem Konto angekommen. Vielen Dank für die schnelle "
         "Hilfe, ihr seid super!\n\nLiebe Grüße\nAnna\n")
case("de-h15-danke", L, [f], LOB, "other",
     spec="a thank-you for a refund already received asks for nothing: neither refund nor cancellation, other",
     title="thank-you after a refund (past event, no request)")

cust("peter.zimmermann@zimmermann-gmbh.de", "Peter Zimmermann", "annual", "2025-03-01", "2026-02-28")
lopay("pay_de_70651", "LO-INV-70651", "peter.zimmermann@zimmermann-gmbh.de", "annual", "11988.00", "2157.84", "2025-03-01T09:00:00", "2025-03-01", "2026-02-28")
f = mail("h16-denglisch.eml", "Peter Zimmermann <peter.zimmermann@zimmermann-gmbh.de>", LO, "Cancel subscription / Kündigung",
         T("2025-09-30T09:00:00"),
         "Hi Team,\n\nwir sind jetzt Teil der Müller Group und die haben schon ein Lead-Tool. Please cancel our annual "
         "subscription, Verlängerung im Februar bitte nicht mehr. Refund brauchen wir nicht.\n\nThanks & beste Grüße\n"
         "Peter Zimmermann\nHead of Sales\n\nDiese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der "
         "richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.\n")
case("de-h16-denglisch", L, [f], LOB, "decided", [C("cancel", "2026-02-28")],
     spec="mixed German/English; 'Refund brauchen wir nicht' is a negation (no refund intent, section 8); L8 cancel until current_period_end 2026-02-28; disclaimer ignored",
     title="Denglisch cancellation, explicitly no refund, with disclaimer")

write_all()
