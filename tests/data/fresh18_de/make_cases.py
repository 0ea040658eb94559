"""fresh18_de: German held-out cases (Germany, Austria, Switzerland). Stdlib only, deterministic.

Run `python3 make_cases.py`; it writes ledger.json, emails/*.eml and expected.json beside itself.
MIT, like the project; all text written for this project.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "de"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
CEST = timezone(timedelta(hours=2))
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
EMAILS = {}
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")


def d(y, mo, day, h=9, mi=0, tz=CEST):
    return datetime(y, mo, day, h, mi, tzinfo=tz)


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps, pe, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def mail(name, frm, to, subject, body, when, html=None, headers=(), refs=()):
    """One .eml; returns (path, message-id)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    domain = frm.split("@")[-1].strip(">").strip() or "localhost"
    mid = f"<{name}.{LANG}18@{domain}>"
    msg["Message-ID"] = mid
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    for k, v in headers:
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    path = f"emails/{name}.eml"
    EMAILS[path] = msg.as_bytes(policy=policy.SMTP)
    return path, mid


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def C(date, outcome="cancel"):
    dd = {"intent": "cancellation", "outcome": outcome}
    if date:
        dd["effective_date"] = date
    return dd


def case(cid, brand, files, status, spec, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


TO_LO = "support@leadsoptima.com"
TO_OWD = "optimawebdesigns12@gmail.com"

# ---------------------------------------------------------------- LeadsOptima

# l01 duplicate, mobile dictation, no punctuation
cust("j.becker84@web.de", "Jonas Becker", "monthly", start="2025-09-20", end="2025-10-19")
lopay("de_p011", "LO-INV-20411", "j.becker84@web.de", "monthly", M, "2025-09-20T10:14:00", "2025-09-20", "2025-10-19")
lopay("de_p012", "LO-INV-20412", "j.becker84@web.de", "monthly", M, "2025-09-20T10:15:00", "2025-09-20", "2025-10-19")
f, _ = mail("l01-zweimal-abgebucht", "Jonas Becker <j.becker84@web.de>", TO_LO, "abbuchung doppelt",
            "hallo leadsoptima team ihr habt mir am samstag zweimal den monatsbeitrag abgebucht einmal um 6 uhr 44 "
            "und dann nochmal eine minute später rechnung LO-INV-20412 ist die zweite bitte die zurück überweisen "
            "monatsplan übrigens danke jonas\n\nVon meinem iPhone gesendet\n", d(2025, 9, 23, 8, 12))
case("l01-zweimal-abgebucht", LOB, [f], "decided",
     "L2 duplicate_payment, L4: two paid 1499.00 charges same period 2025-09-20; request 2025-09-23 IST = day 3 (L3); refund the duplicate 1499.00 before tax (C6).",
     [R("approve", "1499.00")])

# l02 Austria, duplicate on day 8
cust("office@tischlerei-gruber.at", "Franz Gruber", "annual", start="2025-09-01", end="2026-08-31")
lopay("de_p021", "LO-INV-20421", "office@tischlerei-gruber.at", "annual", A, "2025-09-01T09:00:00", "2025-09-01", "2026-08-31")
lopay("de_p022", "LO-INV-20422", "office@tischlerei-gruber.at", "annual", A, "2025-09-01T09:00:30", "2025-09-01", "2026-08-31")
f, _ = mail("l02-doppelt-tag8", "Tischlerei Gruber <office@tischlerei-gruber.at>", "billing@leadsoptima.com",
            "Doppelte Abbuchung Jahresabo",
            "Grüß Gott,\n\nbeim Durchschauen der Kontoauszüge ist mir aufgefallen, dass das Jahrespaket am 1. September "
            "gleich zweimal vom Konto abgegangen ist (je Rs. 11.988,- plus Steuer). Die zweite Rechnung hat die "
            "Nummer LO-INV-20422. Ich ersuche um Rücküberweisung des doppelt bezahlten Betrags.\n\n"
            "Mit freundlichen Grüßen\nFranz Gruber\nTischlerei Gruber e.U., Hauptplatz 4, 4020 Linz\n",
            d(2025, 9, 9, 7, 45))
case("l02-doppelt-tag8", LOB, [f], "decided",
     "Charges 2025-09-01 (day 0); email 2025-09-09 07:45 +02:00 = 11:15 IST on 2025-09-09 = day 8 > 7: deny (L3).",
     [R("deny")])

# l03 Switzerland, duplicate day 7 late evening (still day 7 in IST)
cust("r.baumgartner@bluewin.ch", "Regula Baumgartner", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("de_p031", "LO-INV-20431", "r.baumgartner@bluewin.ch", "quarterly", Q, "2025-09-15T23:30:00", "2025-09-15", "2025-12-14")
lopay("de_p032", "LO-INV-20432", "r.baumgartner@bluewin.ch", "quarterly", Q, "2025-09-15T23:31:00", "2025-09-15", "2025-12-14")
f, _ = mail("l03-tag7-abends", "Regula Baumgartner <r.baumgartner@bluewin.ch>", TO_LO, "Zwei identische Belastungen",
            "Grüezi mitenand\n\nAuf meiner Kreditkartenabrechnung sehe ich das Quartalsabo zweimal, beide vom 15.9. abends. "
            "Das ist doch ein Fehler, ich habe nur einmal bestellt. Die zweite Rechnung: LO-INV-20432.\n"
            "Bitte schreibt mir die doppelte Belastung wieder gut.\n\nEs Grüessli\nRegula\n",
            d(2025, 9, 22, 20, 15))
case("l03-tag7-abends", LOB, [f], "decided",
     "Duplicate 3999.00 on 2025-09-15 IST (day 0); email 2025-09-22 20:15 +02:00 = 23:45 IST 2025-09-22 = day 7, inside (L3); approve 3999.00 (L4).",
     [R("approve", "3999.00")])

# l04 Germany, customer believes day 7, but in IST it is already day 8
cust("mehmet.kaya@t-online.de", "Mehmet Kaya", "quarterly", start="2025-09-12", end="2025-12-11")
lopay("de_p041", "LO-INV-20441", "mehmet.kaya@t-online.de", "quarterly", Q, "2025-09-12T09:00:00", "2025-09-12", "2025-12-11")
lopay("de_p042", "LO-INV-20442", "mehmet.kaya@t-online.de", "quarterly", Q, "2025-09-12T09:02:00", "2025-09-12", "2025-12-11")
f, _ = mail("l04-mitternacht", "Mehmet Kaya <mehmet.kaya@t-online.de>", TO_LO, "Doppelbuchung - noch in der Frist!",
            "Guten Abend,\nich schreibe noch heute, weil ja 7 Tage Frist sind: ihr habt das Quartal doppelt eingezogen "
            "(LO-INV-20441 und LO-INV-20442, beide 12.09.). Bitte die zweite Buchung erstatten.\nGruß M. Kaya\n",
            d(2025, 9, 19, 21, 45))
case("l04-mitternacht", LOB, [f], "decided",
     "Day 0 = 2025-09-12 IST; email 2025-09-19 21:45 +02:00 = 2025-09-20 01:15 IST = day 8: deny (L3, section 1 counts in the brand's zone).",
     [R("deny")])

# l05 three identical charges
cust("sabine.hartmann@gmx.de", "Sabine Hartmann", "monthly", start="2025-09-25", end="2025-10-24")
for i, t in ((1, "07:00"), (2, "07:01"), (3, "07:03")):
    lopay(f"de_p05{i}", f"LO-INV-2045{i}", "sabine.hartmann@gmx.de", "monthly", M, f"2025-09-25T{t}:00", "2025-09-25", "2025-10-24")
f, _ = mail("l05-dreimal", "Sabine Hartmann <sabine.hartmann@gmx.de>", TO_LO, "3x abgebucht?!?",
            "Hallo,\n\nich trau meinen Augen nicht, die App hat beim Bezahlen gehangen und jetzt ist der Monatsbeitrag DREIMAL "
            "abgebucht worden: LO-INV-20451, LO-INV-20452, LO-INV-20453. Ich will natürlich nur einmal zahlen, die anderen "
            "zwei bitte zurück.\n\nLG Sabine\n", d(2025, 9, 26, 18, 30))
case("l05-dreimal", LOB, [f], "decided",
     "Three identical 1499.00 charges, same period, 2025-09-25; email day 1; every charge after the first is a duplicate (section 8): 2 x 1499.00 = 2998.00.",
     [R("approve", "2998.00")])

# l06 charged after cancelling -> billing_error escalate
cust("thomas.wenzel@freenet.de", "Thomas Wenzel", "monthly", start="2025-09-18", end="2025-10-17")
lopay("de_p061", "LO-INV-20461", "thomas.wenzel@freenet.de", "monthly", M, "2025-09-18T06:00:00", "2025-09-18", "2025-10-17")
f, _ = mail("l06-trotz-kuendigung", "Thomas Wenzel <thomas.wenzel@freenet.de>", TO_LO,
            "Abbuchung trotz Kündigung LO-INV-20461",
            "Sehr geehrte Damen und Herren,\n\nich habe mein Monatsabo bereits Ende August gekündigt (über das Kontaktformular), "
            "trotzdem wurde am 18.09. wieder abgebucht, Rechnung LO-INV-20461. Ich bitte um Erstattung dieser Buchung.\n\n"
            "Mit freundlichen Grüßen\nThomas Wenzel\n", d(2025, 9, 19, 10, 5))
case("l06-trotz-kuendigung", LOB, [f], "decided",
     "Charged after cancelling = billing_error (L2); 2025-09-18 -> 2025-09-19 day 1; L5: escalate, no amount.",
     [R("escalate")])

# l07 access failure
cust("info@fotostudio-lindner.de", "Petra Lindner", "annual", start="2025-09-24", end="2026-09-23")
lopay("de_p071", "LO-INV-20471", "info@fotostudio-lindner.de", "annual", A, "2025-09-24T12:00:00", "2025-09-24", "2026-09-23")
f, _ = mail("l07-kein-zugang", "Fotostudio Lindner <info@fotostudio-lindner.de>", TO_LO, "Seit Verlängerung kein Login",
            "Hallo Support,\n\nseit der automatischen Verlängerung (Jahresabo, Rechnung LO-INV-20471) komme ich nicht mehr ins Konto. "
            "Die Anmeldeseite dreht sich nur im Kreis, Passwort zurücksetzen hab ich dreimal probiert, Browser gewechselt, nix. "
            "Wenn ich das Tool nicht nutzen kann, möchte ich mein Geld zurück.\n\nPetra Lindner\n", d(2025, 9, 27, 14, 0))
case("l07-kein-zugang", LOB, [f], "decided",
     "access_failure (L2) inside window (2025-09-24 -> 2025-09-27, day 3): escalate (L6).",
     [R("escalate")])

# l08 L1 deny: too expensive, barely used
cust("kevin.schulz99@gmail.com", "Kevin Schulz", "monthly", start="2025-09-28", end="2025-10-27")
lopay("de_p081", "LO-INV-20481", "kevin.schulz99@gmail.com", "monthly", M, "2025-09-28T08:00:00", "2025-09-28", "2025-10-27")
f, _ = mail("l08-zu-teuer", "Kevin Schulz <kevin.schulz99@gmail.com>", TO_LO, "Geld zurück",
            "moin, hab das ding vllt 2x benutzt, ist mir ehrlich gesagt zu teuer für das was es kann. "
            "will die kohle von LO-INV-20481 zurück. thx\n", d(2025, 9, 29, 23, 50))
case("l08-zu-teuer", LOB, [f], "decided",
     "Too expensive / barely used is no L2 exception: deny (L1), reply offers cancellation.",
     [R("deny")])

# l09 cancel + pro-rata refund -> deny + cancel
cust("a.vogel@vogel-immobilien.de", "Andrea Vogel", "annual", start="2025-03-10", end="2026-03-09")
lopay("de_p091", "LO-INV-20491", "a.vogel@vogel-immobilien.de", "annual", A, "2025-03-10T11:00:00", "2025-03-10", "2026-03-09")
f, _ = mail("l09-anteilig", "Andrea Vogel <a.vogel@vogel-immobilien.de>", TO_LO, "Kündigung Jahresvertrag",
            "Sehr geehrtes LeadsOptima-Team,\n\nhiermit kündige ich meinen Jahresvertrag zum nächstmöglichen Zeitpunkt. "
            "Wir stellen unseren Vertrieb um und benötigen das Tool nicht mehr. Ich bitte außerdem um anteilige Erstattung "
            "der nicht genutzten Monate aus Rechnung LO-INV-20491.\n\nMit freundlichen Grüßen\nAndrea Vogel\n"
            "Vogel Immobilien GmbH | Geschäftsführerin\n", d(2025, 9, 21, 16, 0))
case("l09-anteilig", LOB, [f], "decided",
     "Pro-rata refund for unused months: deny (L1, clause 2; also > 7 days after 2025-03-10, L3); cancel, active until current_period_end 2026-03-09 (L8).",
     [R("deny"), C("2026-03-09")])

# l10 Swiss-German cancellation
cust("urs.meier@sunrise.ch", "Urs Meier", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("de_p101", "LO-INV-20501", "urs.meier@sunrise.ch", "quarterly", Q, "2025-09-01T08:00:00", "2025-09-01", "2025-11-30")
f, _ = mail("l10-chuendige", "Urs Meier <urs.meier@sunrise.ch>", TO_LO, "Abo kündige",
            "Grüezi\n\nChönd Sie bitte mis Abo kündige? Ich bruuche das nüme, mir händ jetzt en anderi Lösig.\n"
            "Merci vilmal und en schöne Tag\nUrs Meier\n", d(2025, 9, 24, 11, 20))
case("l10-chuendige", LOB, [f], "decided",
     "Cancellation (L8): active until current_period_end 2025-11-30.",
     [C("2025-11-30")])

# l11 cancellation fallback with offset in ledger
cust("lisa.krause@posteo.de", "Lisa Krause", "monthly")
lopay("de_p111", "LO-INV-20511", "lisa.krause@posteo.de", "monthly", M, "2025-08-31T20:15:00+00:00", None, None)
f, _ = mail("l11-kuendigung-fallback", "Lisa Krause <lisa.krause@posteo.de>", TO_LO, "Kündigung",
            "Hallo,\nich möchte meinen Account kündigen. Grund: Projekt ist abgeschlossen.\nViele Grüße\nLisa Krause\n",
            d(2025, 9, 20, 9, 40))
case("l11-kuendigung-fallback", LOB, [f], "decided",
     "No current_period_end; last charge 2025-08-31T20:15Z = 2025-09-01 01:45 IST; + 1 month - 1 day = 2025-09-30 (L8, section 8 offsets).",
     [C("2025-09-30")])

# l12 free trial refund
cust("nina.wolff@outlook.de", "Nina Wolff", "monthly", status="trial", trial_ends="2025-10-05")
f, _ = mail("l12-testphase", "Nina Wolff <nina.wolff@outlook.de>", TO_LO, "Rückerstattung Testphase",
            "Hallo,\n\nich bin gerade in der kostenlosen Testphase und finde das Tool leider nicht passend für uns. "
            "Bitte erstattet mir alles was ich bezahlt habe.\n\nNina\n", d(2025, 9, 28, 10, 0))
case("l12-testphase", LOB, [f], "decided",
     "Trial account without charges: deny, nothing to refund, no billing unless they subscribe (L7). L7 decides a trial refund outright: there is no charge to identify, so no invoice_number is asked for.",
     [R("deny")])

# l13 C2: other address, states registered email
cust("marco.rossi@rossi-logistik.de", "Marco Rossi", "monthly", start="2025-09-22", end="2025-10-21")
lopay("de_p131", "LO-INV-20521", "marco.rossi@rossi-logistik.de", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")
lopay("de_p132", "LO-INV-20522", "marco.rossi@rossi-logistik.de", "monthly", M, "2025-09-22T09:01:00", "2025-09-22", "2025-10-21")
f, _ = mail("l13-privatadresse", "Marco <marco.r.1979@gmail.com>", TO_LO, "Doppelt bezahlt",
            "Hi, schreibe vom Handy mit meiner privaten Adresse. Registriert bin ich mit marco.rossi@rossi-logistik.de. "
            "Ihr habt zweimal abgebucht, LO-INV-20522 bitte erstatten. Monatsabo.\nMarco\n", d(2025, 9, 23, 7, 5))
case("l13-privatadresse", LOB, [f], "need_info",
     "Sender is not the registered email it names: ask to write from marco.rossi@rossi-logistik.de, disclose nothing (C2).",
     rules=["C2"])

# l14 C2 via Outlook forward (WG:)
cust("dr.wendt@kanzlei-wendt.de", "Dr. Harald Wendt", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("de_p141", "LO-INV-20531", "dr.wendt@kanzlei-wendt.de", "quarterly", Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f, _ = mail("l14-wg-sekretariat", "Sekretariat Kanzlei Wendt <sekretariat@kanzlei-wendt.de>", TO_LO,
            "WG: Kündigung LeadsOptima",
            "Sehr geehrte Damen und Herren,\n\nanbei die Kündigung von Herrn Dr. Wendt mit der Bitte um Bearbeitung.\n\n"
            "Mit freundlichen Grüßen\ni.A. Carmen Reiß\nSekretariat\n\n"
            "-----Ursprüngliche Nachricht-----\nVon: Dr. Harald Wendt <dr.wendt@kanzlei-wendt.de>\n"
            "Gesendet: Montag, 22. September 2025 08:47\nAn: Sekretariat Kanzlei Wendt <sekretariat@kanzlei-wendt.de>\n"
            "Betreff: Kündigung LeadsOptima\n\nFrau Reiß, bitte kündigen Sie unser LeadsOptima-Quartalsabo, "
            "registriert auf dr.wendt@kanzlei-wendt.de. Wir nutzen es nicht mehr.\nHW\n", d(2025, 9, 22, 9, 3))
case("l14-wg-sekretariat", LOB, [f], "need_info",
     "Forward (WG:) carries a cancellation for dr.wendt@...; sender is the secretariat: C2 via a forward (section 8), ask for it from the registered address.",
     rules=["C2"])

# l15 C4: Verbraucherzentrale / Anwalt
cust("stefan.braun@braun-haustechnik.de", "Stefan Braun", "monthly", start="2025-09-25", end="2025-10-24")
lopay("de_p151", "LO-INV-20541", "stefan.braun@braun-haustechnik.de", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
f, _ = mail("l15-anwalt", "Stefan Braun <stefan.braun@braun-haustechnik.de>", TO_LO, "LETZTE AUFFORDERUNG",
            "Seit 5 Tagen kein Zugang zur Plattform, Dashboard lädt nicht, euer Support antwortet nicht. "
            "Ich will die LO-INV-20541 zurück, sonst geht das an meinen Anwalt und an die Verbraucherzentrale. "
            "Frist: Freitag.\n\nS. Braun\n", d(2025, 9, 30, 8, 0))
case("l15-anwalt", LOB, [f], "decided",
     "Lawyer / consumer-protection threat: escalate the whole case (C4), no amount.",
     [R("escalate")], rules=["C4"])

# l16 C4 covers the cancellation too (Rücklastschrift)
cust("j.petersen@nordlicht-reisen.de", "Jan Petersen", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("de_p161", "LO-INV-20551", "j.petersen@nordlicht-reisen.de", "quarterly", Q, "2025-09-26T12:00:00", "2025-09-26", "2025-12-25")
lopay("de_p162", "LO-INV-20552", "j.petersen@nordlicht-reisen.de", "quarterly", Q, "2025-09-26T12:00:40", "2025-09-26", "2025-12-25")
f, _ = mail("l16-ruecklastschrift", "Jan Petersen <j.petersen@nordlicht-reisen.de>", TO_LO, "Kündigung + doppelte Abbuchung",
            "Moin,\n\nihr habt das Quartal doppelt abgebucht (LO-INV-20552). Ich kündige hiermit zum Ende der Laufzeit. "
            "Wenn das Geld nicht bis Mittwoch da ist, lass ich die Lastschrift über meine Bank zurückgehen bzw. mache einen "
            "Chargeback über die Kreditkarte.\n\nJan Petersen\n", d(2025, 9, 27, 13, 13))
case("l16-ruecklastschrift", LOB, [f], "decided",
     "Chargeback threat covers the whole case (C4, section 8): both the refund and the cancellation escalate.",
     [R("escalate"), C(None, "escalate")], rules=["C4"])

# l17 out-of-office
f, _ = mail("l17-abwesenheit", "Jonas Becker <j.becker84@web.de>", TO_LO, "Automatische Antwort: Re: [LO-2290] Ihre Anfrage",
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 nicht im Büro und habe keinen Zugriff "
            "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an buero@becker.example.\n",
            d(2025, 9, 25, 9, 0), headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
            refs=("<lo-2290-reply@leadsoptima.com>",))
case("l17-abwesenheit", LOB, [f], "ignore", "Out-of-office with Auto-Submitted: auto-replied: ignore (C7).", rules=["C7"])

# l18 bounce from MAILER-DAEMON
f, _ = mail("l18-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mx.gmx.net>", TO_LO,
            "Unzustellbar: Ihre Kündigungsbestätigung",
            "Dies ist eine automatisch erstellte Nachricht.\nDie Nachricht konnte an einen oder mehrere Empfänger nicht "
            "zugestellt werden:\n\n  <ex.kunde@gmx.net>: Postfach voll / mailbox full\n", d(2025, 9, 24, 3, 2))
case("l18-unzustellbar", LOB, [f], "ignore", "MAILER-DAEMON sender / bounce: ignore (C7).", rules=["C7"])

# l19 missing reason: only restatement + signature + disclaimer
cust("buchhaltung@hofmann-druck.de", "Hofmann Druck GmbH", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("de_p191", "LO-INV-20561", "buchhaltung@hofmann-druck.de", "quarterly", Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f, _ = mail("l19-ohne-grund", "Buchhaltung Hofmann Druck <buchhaltung@hofmann-druck.de>", TO_LO,
            "Erstattung LO-INV-20561",
            "Sehr geehrte Damen und Herren,\n\nwir bitten um Erstattung des Betrags aus Rechnung LO-INV-20561 "
            "auf das bekannte Konto.\n\nVielen Dank im Voraus und freundliche Grüße\n\ni.A. Jürgen Haas\nBuchhaltung\n"
            "Hofmann Druck GmbH · Industriestr. 12 · 90765 Fürth\nGeschäftsführer: K. Hofmann · HRB 4711 Amtsgericht Fürth\n\n"
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
            "Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.\n",
            d(2025, 9, 26, 9, 15))
case("l19-ohne-grund", LOB, [f], "need_info",
     "Refund asked with invoice, plan from ledger, but no reason: request restated, signature and disclaimer are not reasons (section 8); ask for reason (C3).",
     missing=["reason"])

# l20 thread: need_info answered with reason
cust("m.schneider@schneider-elektro.de", "Markus Schneider", "monthly", start="2025-09-23", end="2025-10-22")
lopay("de_p201", "LO-INV-20571", "m.schneider@schneider-elektro.de", "monthly", M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
lopay("de_p202", "LO-INV-20572", "m.schneider@schneider-elektro.de", "monthly", M, "2025-09-23T09:00:20", "2025-09-23", "2025-10-22")
f1, m1 = mail("l20a-erstattung", "Markus Schneider <m.schneider@schneider-elektro.de>", TO_LO, "Erstattung",
              "Hallo, bitte LO-INV-20572 erstatten. Danke, Markus Schneider\n", d(2025, 9, 24, 17, 0))
f2, _ = mail("l20b-antwort", "Markus Schneider <m.schneider@schneider-elektro.de>", TO_LO, "Re: Erstattung [LO-2291]",
             "Grund: das war eine doppelte Abbuchung, 20571 und 20572 am selben Tag, gleicher Betrag.\n\n"
             "Am 25.09.2025 um 10:02 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
             "> Vielen Dank für Ihre Nachricht. Bitte nennen Sie uns den Grund Ihrer Erstattungsanfrage.\n",
             d(2025, 9, 25, 18, 30), refs=(m1, "<lo-2291-reply@leadsoptima.com>"))
case("l20-nachgereicht", LOB, [f1, f2], "decided",
     "Thread: first mail 2025-09-24 (day 1) lacked a reason; the answer gives duplicate_payment; merged (C3); approve 1499.00 (L4).",
     [R("approve", "1499.00")])

# l21 negation + invoice question
cust("einkauf@bergmann-kg.de", "Bergmann KG", "annual", start="2025-09-05", end="2026-09-04")
lopay("de_p211", "LO-INV-20581", "einkauf@bergmann-kg.de", "annual", A, "2025-09-05T10:00:00", "2025-09-05", "2026-09-04")
f, _ = mail("l21-keine-erstattung", "Einkauf Bergmann KG <einkauf@bergmann-kg.de>", TO_LO, "Rechnung LO-INV-20581 - USt-IdNr fehlt",
            "Guten Tag,\n\num Missverständnissen vorzubeugen: wir möchten KEINE Erstattung und auch nicht kündigen. "
            "Auf der Rechnung LO-INV-20581 fehlt lediglich unsere USt-IdNr. DE812345678 – können Sie die Rechnung bitte "
            "korrigiert neu ausstellen?\n\nBeste Grüße\nEinkauf\n", d(2025, 9, 10, 11, 0))
case("l21-keine-erstattung", LOB, [f], "other",
     "Negated refund and cancellation add no intent (section 8); an invoice correction is a human request: other.")

# l22 pre-sales hypothetical
f, _ = mail("l22-vorab-frage", "Katharina Lenz <k.lenz@lenz-coaching.at>", "info@leadsoptima.com", "Frage vor Abschluss",
            "Hallo!\n\nBevor ich das Jahresabo abschließe: krieg ich mein Geld zurück, falls das Tool für meine Branche "
            "doch nicht passt? Und wie wär's bei einer doppelten Abbuchung?\n\nLiebe Grüße aus Graz\nKathi Lenz\n",
            d(2025, 9, 18, 15, 30))
case("l22-vorab-frage", LOB, [f], "other",
     "Hypothetical question before buying is a policy question, not a request: other (section 8).")

# l23 thank-you after refund
cust("p.zimmermann@zimmermann-it.ch", "Peter Zimmermann", "monthly", start="2025-09-02", end="2025-10-01")
lopay("de_p231", "LO-INV-20591", "p.zimmermann@zimmermann-it.ch", "monthly", M, "2025-09-02T09:00:00", "2025-09-02", "2025-10-01")
lopay("de_p232", "LO-INV-20592", "p.zimmermann@zimmermann-it.ch", "monthly", M, "2025-09-02T09:00:10", "2025-09-02", "2025-10-01", status="refunded")
f, _ = mail("l23-danke", "Peter Zimmermann <p.zimmermann@zimmermann-it.ch>", TO_LO, "Re: [LO-2204] Erstattung genehmigt",
            "Guten Tag\n\nDie Rückzahlung für die doppelte Belastung ist heute auf meinem Konto eingegangen. "
            "Besten Dank für die rasche Erledigung!\n\nFreundliche Grüsse\nPeter Zimmermann\n", d(2025, 9, 29, 10, 45),
            refs=("<lo-2204-reply@leadsoptima.com>",))
case("l23-danke", LOB, [f], "other",
     "Thank-you after a refund asks for nothing: other (no refund intent).")

# l24 HTML-only webmail, wrong plan charged
cust("claudia.richter@web.de", "Claudia Richter", "annual", start="2025-09-27", end="2026-09-26")
lopay("de_p241", "LO-INV-20601", "claudia.richter@web.de", "annual", A, "2025-09-27T16:00:00", "2025-09-27", "2026-09-26")
f, _ = mail("l24-html-falscher-plan", "Claudia Richter <claudia.richter@web.de>", TO_LO, "Falscher Tarif abgebucht",
            None, d(2025, 9, 28, 12, 10),
            html="<html><body><div style=\"font-family:Arial\">Hallo,<br><br>ich habe am Samstag den <b>Monatstarif</b> "
                 "ausgewählt, abgebucht wurde aber das <b>Jahresabo</b> (Rechnung LO-INV-20601, fast 12.000 Rupien!). "
                 "Bitte korrigieren und die Differenz bzw. den Betrag zurückbuchen.<br><br>Mit freundlichen Gr&uuml;&szlig;en"
                 "<br>Claudia Richter</div><div><br>Gesendet mit der WEB.DE Mail App</div></body></html>")
case("l24-html-falscher-plan", LOB, [f], "decided",
     "Charged for the wrong plan = billing_error (L2), day 1: escalate (L5).",
     [R("escalate")])

# l25 duplicate claimed, ledger shows one charge
cust("d.schaefer@schaefer-bau.de", "Dirk Schäfer", "monthly", start="2025-09-26", end="2025-10-25")
lopay("de_p251", "LO-INV-20611", "d.schaefer@schaefer-bau.de", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
f, _ = mail("l25-nur-eine-buchung", "Dirk Schäfer <d.schaefer@schaefer-bau.de>", TO_LO, "2x 1.499,- abgebucht",
            "Hallo, laut Kontoauszug sind zweimal 1.499,- Rs. (+ Steuer) abgegangen, Rechnung LO-INV-20611. "
            "Bitte einmal zurück. Monatsabo. Gruß D. Schäfer\n", d(2025, 9, 27, 9, 0))
case("l25-nur-eine-buchung", LOB, [f], "decided",
     "duplicate_payment claimed but the ledger holds one charge only: escalate (L4).",
     [R("escalate")])

# l26 other brand's customer writes to LeadsOptima
proj("Physio Lang Website", "praxis@physio-lang.de")
owpay("de_w261", "OWD-2025-160", "Physio Lang Website", "deposit", "20000.00", "3600.00", "2025-08-01T10:00:00")
f, _ = mail("l26-falsche-marke", "Physiotherapie Lang <praxis@physio-lang.de>", TO_LO, "Kündigung",
            "Hallo, bitte kündigen Sie unser Abo zum nächsten möglichen Termin. Wir haben keine Verwendung mehr dafür.\n"
            "Praxis Lang\n", d(2025, 9, 23, 12, 0))
case("l26-falsche-marke", LOB, [f], "need_info",
     "C1 picks LeadsOptima; sender is only an Optima contact, unknown in LO's ledger: treated as unknown sender (C2, C3).",
     rules=["C2"])

# l27 +tag address
cust("lena.fischer@posteo.de", "Lena Fischer", "monthly", start="2025-09-10", end="2025-10-09")
lopay("de_p271", "LO-INV-20621", "lena.fischer@posteo.de", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
f, _ = mail("l27-plus-adresse", "Lena Fischer <lena.fischer+leadsoptima@posteo.de>", TO_LO, "abo beenden",
            "hi, bitte mein abo beenden, brauch es nicht mehr. danke lena\n", d(2025, 9, 21, 20, 0))
case("l27-plus-adresse", LOB, [f], "need_info",
     "A +tag makes another address (section 8): sender is not the registered email: C2.",
     rules=["C2"])

# l28 Reply-To does not verify
cust("h.kuehn@kuehn-consulting.de", "Heike Kühn", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("de_p281", "LO-INV-20631", "h.kuehn@kuehn-consulting.de", "quarterly", Q, "2025-08-15T09:00:00", "2025-08-15", "2025-11-14")
f, _ = mail("l28-reply-to", "Heike Kuehn <heike.kuehn@gmx.net>", TO_LO, "Kuendigung Quartalsabo",
            "Guten Tag, hiermit kuendige ich mein Quartalsabo. Bitte Antwort an meine Firmenadresse. Heike Kuehn\n",
            d(2025, 9, 19, 8, 30), headers=(("Reply-To", "h.kuehn@kuehn-consulting.de"),))
case("l28-reply-to", LOB, [f], "need_info",
     "Reply-To never verifies (section 8); From is not the registered email: C2.",
     rules=["C2"])

# l29 newsletter with List-Id
f, _ = mail("l29-newsletter", "SaaS-Weekly <news@saas-weekly.de>", "info@leadsoptima.com", "Die 10 besten CRM-Tools im Herbst",
            "Hallo,\nin dieser Ausgabe: Kündigungsquote senken, Rückerstattungen vermeiden...\nAbmelden: https://saas-weekly.example/abmelden\n",
            d(2025, 9, 25, 6, 0), headers=(("List-Id", "SaaS Weekly <weekly.saas-weekly.de>"), ("Precedence", "bulk")))
case("l29-newsletter", LOB, [f], "ignore", "List-Id / Precedence: bulk: ignore (C7).", rules=["C7"])

# l30 Denglisch, invoice spaced
cust("tim.hoffmann@startup-hub.berlin", "Tim Hoffmann", "quarterly", start="2025-09-29", end="2025-12-28")
lopay("de_p301", "LO-INV-20641", "tim.hoffmann@startup-hub.berlin", "quarterly", Q, "2025-09-29T11:00:00", "2025-09-29", "2025-12-28")
lopay("de_p302", "LO-INV-20642", "tim.hoffmann@startup-hub.berlin", "quarterly", Q, "2025-09-29T11:00:05", "2025-09-29", "2025-12-28")
f, _ = mail("l30-denglisch", "Tim Hoffmann <tim.hoffmann@startup-hub.berlin>", TO_LO, "double charge?? pls fix",
            "Hey team,\n\nhab heute upgraded auf quarterly und got charged twice, same amount, same minute. "
            "Die zweite ist lo inv 20642. Kannst du die bitte refunden? Thanks a lot!\n\nCheers, Tim\n"
            "--\nTim Hoffmann | Head of Growth\n", d(2025, 9, 29, 12, 0))
case("l30-denglisch", LOB, [f], "decided",
     "Duplicate same day; 'lo inv 20642' = LO-INV-20642 (section 8 references); approve 3999.00 (L4).",
     [R("approve", "3999.00")])

# l31 refund of a refunded/disputed payment
cust("o.krueger@krueger-reisen.de", "Olaf Krüger", "monthly", start="2025-09-25", end="2025-10-24")
lopay("de_p311", "LO-INV-20651", "o.krueger@krueger-reisen.de", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lopay("de_p312", "LO-INV-20652", "o.krueger@krueger-reisen.de", "monthly", M, "2025-09-25T09:00:30", "2025-09-25", "2025-10-24", status="refunded")
f, _ = mail("l31-bereits-erstattet", "Olaf Krüger <o.krueger@krueger-reisen.de>", TO_LO, "Doppelbuchung LO-INV-20652",
            "Hallo,\nam 25.9. wurde der Monatsbeitrag doppelt abgebucht, zweite Rechnung LO-INV-20652. Bitte erstatten.\n"
            "Olaf Krüger\n", d(2025, 9, 28, 19, 0))
case("l31-bereits-erstattet", LOB, [f], "decided",
     "The duplicate LO-INV-20652 is status refunded: a refund of a payment not 'paid' is escalated (section 8).",
     [R("escalate")])

# ---------------------------------------------------------------- Optima WebDesign

# o01 deposit within 72h, no work
proj("Bäckerei Huber Onlineshop", "info@baeckerei-huber.de")
owpay("de_w011", "OWD-2025-101", "Bäckerei Huber Onlineshop", "deposit", "40000.00", "7200.00", "2025-09-22T11:00:00")
f, _ = mail("o01-anzahlung", "Bäckerei Huber <info@baeckerei-huber.de>", TO_OWD, "Refund Request — Bäckerei Huber Onlineshop / OWD-2025-101",
            "Sehr geehrte Damen und Herren,\n\nwir haben am Montag die Anzahlung für den Onlineshop geleistet "
            "(Rechnung OWD-2025-101). Nach Rücksprache mit meinem Mann haben wir uns entschieden, den Shop doch über "
            "unseren Warenwirtschaftsanbieter umzusetzen. Bitte erstatten Sie die Anzahlung.\n\n"
            "Mit freundlichen Grüßen\nMaria Huber\n", d(2025, 9, 24, 9, 0))
case("o01-anzahlung", OWB, [f], "decided",
     "Deposit paid 2025-09-22 11:00 IST; email 2025-09-24 12:30 IST = 49.5 h, no work: approve 40000.00 before tax (O2, C6).",
     [R("approve", "40000.00")])

# o02 deposit exactly 72h
proj("Ordination Dr. Aigner Website", "ordination@dr-aigner.at")
owpay("de_w021", "OWD-2025-102", "Ordination Dr. Aigner Website", "deposit", "30000.00", "5400.00", "2025-09-15T14:00:00")
f, _ = mail("o02-genau-72h", "Ordination Dr. Aigner <ordination@dr-aigner.at>", TO_OWD, "Storno Anzahlung OWD-2025-102",
            "Sehr geehrte Damen und Herren,\n\nbetreffend Projekt \"Ordination Dr. Aigner Website\": Wir ziehen den Auftrag "
            "zurück, da die Ärztekammer uns ein Website-Paket zur Verfügung stellt. Ich ersuche um Refundierung der Anzahlung "
            "laut Rechnung OWD-2025-102.\n\nHochachtungsvoll\nDr. Eva Aigner\n", d(2025, 9, 18, 10, 30))
case("o02-genau-72h", OWB, [f], "decided",
     "Paid 2025-09-15 14:00 IST; email 2025-09-18 10:30 +02:00 = 14:00 IST = exactly 72 h: not before 72 h, deny (O2, section 8). extra_ok: the customer withdraws the order ('ziehen den Auftrag zurück'); a cancellation decision is harmless.",
     [R("deny")], extra_ok=True)

# o03 deposit within 72h but work started
proj("Schreinerei Kälin Website", "kaelin@schreinerei-kaelin.ch", "2025-09-17T09:00:00")
owpay("de_w031", "OWD-2025-103", "Schreinerei Kälin Website", "deposit", "25000.00", "4500.00", "2025-09-16T10:00:00")
f, _ = mail("o03-arbeit-begonnen", "Beat Kälin <kaelin@schreinerei-kaelin.ch>", TO_OWD, "Rückerstattung Anzahlung",
            "Grüezi\n\nIch möchte die Anzahlung für das Projekt Schreinerei Kälin Website (OWD-2025-103) zurück. "
            "Mein Sohn macht die Website jetzt doch selber.\n\nFreundliche Grüsse\nBeat Kälin\n", d(2025, 9, 17, 15, 0))
case("o03-arbeit-begonnen", OWB, [f], "decided",
     "Email 2025-09-17 18:30 IST is within 72 h but work started 2025-09-17 09:00: 'whichever occurs first', deny (O2).",
     [R("deny")])

# o04 discovery not started
proj("Weingut Reiter Relaunch", "office@weingut-reiter.at")
owpay("de_w041", "OWD-2025-104", "Weingut Reiter Relaunch", "discovery", "15000.00", "2700.00", "2025-09-19T12:00:00")
f, _ = mail("o04-discovery", "Weingut Reiter <office@weingut-reiter.at>", TO_OWD, "Strategie-Workshop absagen",
            "Servus,\n\nwir müssen den Strategie-Workshop (Weingut Reiter Relaunch, Rechnung OWD-2025-104) leider absagen: "
            "die Lese ist heuer früher und wir haben bis Dezember keine Zeit für das Projekt. Termin hat noch keiner "
            "stattgefunden. Bitte um Rückerstattung.\n\nLG Toni Reiter\n", d(2025, 9, 23, 17, 0))
case("o04-discovery", OWB, [f], "decided",
     "Discovery fee, no session started (work_started_at empty): full refund 15000.00 before tax (O1). extra_ok: the workshop is called off ('absagen'); a cancellation decision is harmless.",
     [R("approve", "15000.00")], extra_ok=True)

# o05 discovery started
proj("Fahrschule Yilmaz", "kontakt@fahrschule-yilmaz.de", "2025-09-10T11:00:00")
owpay("de_w051", "OWD-2025-105", "Fahrschule Yilmaz", "discovery", "12000.00", "2160.00", "2025-09-05T10:00:00")
f, _ = mail("o05-discovery-begonnen", "Fahrschule Yilmaz <kontakt@fahrschule-yilmaz.de>", TO_OWD, "Geld zurück Workshop",
            "hallo, wir hatten das erste gespräch am 10.9. aber ehrlich gesagt hat uns das nicht überzeugt. "
            "projekt fahrschule yilmaz, rechnung OWD-2025-105. wir wollen das geld zurück. gruss aylin yilmaz\n",
            d(2025, 9, 25, 13, 0))
case("o05-discovery-begonnen", OWB, [f], "decided",
     "Discovery session held 2025-09-10 (before the request): non-refundable, deny (O1).",
     [R("deny")])

# o06 milestone not started
proj("Kita Sonnenschein Portal", "leitung@kita-sonnenschein.de", "2025-08-20T10:00:00")
owpay("de_w061", "OWD-2025-106", "Kita Sonnenschein Portal", "milestone", "25000.00", "4500.00", "2025-09-12T10:00:00",
      milestone_status="not_started")
f, _ = mail("o06-meilenstein-offen", "Kita Sonnenschein <leitung@kita-sonnenschein.de>", TO_OWD, "Meilenstein 3 stornieren",
            "Liebes Optima-Team,\n\nder Träger hat die Mittel für das Elternportal gestrichen, daher brauchen wir Meilenstein 3 "
            "(Rechnung OWD-2025-106, Projekt Kita Sonnenschein Portal) nicht mehr. Daran wurde ja noch nicht gearbeitet. "
            "Bitte erstattet uns den Betrag.\n\nHerzliche Grüße\nSandra Ott, Kitaleitung\n", d(2025, 9, 26, 8, 45))
case("o06-meilenstein-offen", OWB, [f], "decided",
     "Milestone not_started: refund its amount 25000.00 before tax (O3). extra_ok: the customer cancels milestone 3 ('stornieren'); a cancellation decision is harmless.",
     [R("approve", "25000.00")], extra_ok=True)

# o07 milestone in progress
proj("Sportverein TSV Eiche App", "vorstand@tsv-eiche.de", "2025-08-01T10:00:00")
owpay("de_w071", "OWD-2025-107", "Sportverein TSV Eiche App", "milestone", "30000.00", "5400.00", "2025-09-01T10:00:00",
      milestone_status="in_progress")
f, _ = mail("o07-meilenstein-laufend", "TSV Eiche Vorstand <vorstand@tsv-eiche.de>", TO_OWD, "Rückforderung Meilenstein",
            "Hallo zusammen,\nder Vorstand hat beschlossen, die Vereins-App auf Eis zu legen (Mitgliederversammlung hat "
            "das Budget nicht freigegeben). Für den laufenden Meilenstein OWD-2025-107 (Sportverein TSV Eiche App) bitten wir "
            "um Erstattung dessen, was noch nicht gemacht wurde.\nSportliche Grüße\nKlaus Bauer, 1. Vorsitzender\n",
            d(2025, 9, 20, 10, 0))
case("o07-meilenstein-laufend", OWB, [f], "decided",
     "Milestone in_progress: the billable value of work not started needs a person: escalate (O3).",
     [R("escalate")])

# o08 milestone approved
proj("Hotel Alpenrose Buchungsstrecke", "direktion@hotel-alpenrose.at", "2025-07-01T10:00:00")
owpay("de_w081", "OWD-2025-108", "Hotel Alpenrose Buchungsstrecke", "milestone", "35000.00", "6300.00", "2025-08-20T10:00:00",
      milestone_status="approved")
f, _ = mail("o08-meilenstein-abgenommen", "Hotel Alpenrose <direktion@hotel-alpenrose.at>", TO_OWD, "Reklamation Design",
            "Sehr geehrte Damen und Herren,\n\nwir haben das Design (Meilenstein OWD-2025-108, Projekt Hotel Alpenrose "
            "Buchungsstrecke) zwar im August freigegeben, sind aber inzwischen mit den Farben unzufrieden. "
            "Wir ersuchen daher um Rückerstattung dieses Meilensteins.\n\nMit besten Grüßen\nDirektion Hotel Alpenrose\n",
            d(2025, 9, 16, 11, 0))
case("o08-meilenstein-abgenommen", OWB, [f], "decided",
     "Milestone approved: non-refundable, deny (O3, O6).",
     [R("deny")])

# o09 hosting annual within 14 days
proj("Ferienwohnung Seeblick", "vermietung@seeblick-fewo.de", "2025-09-01T10:00:00")
owpay("de_w091", "OWD-2025-109", "Ferienwohnung Seeblick", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
      setup_fee="2400.00", service_start="2025-09-20")
f, _ = mail("o09-hosting-14tage", "Ferienwohnung Seeblick <vermietung@seeblick-fewo.de>", TO_OWD,
            "Hosting kündigen und Rückerstattung",
            "Hallo,\n\nwir verkaufen die Ferienwohnung und brauchen das Jahreshosting (Projekt Ferienwohnung Seeblick, "
            "Rechnung OWD-2025-109) nicht mehr. Bitte kündigen und anteilig erstatten.\n\nViele Grüße\nFamilie Brandt\n",
            d(2025, 9, 26, 19, 0))
case("o09-hosting-14tage", OWB, [f], "decided",
     "Hosting start 2025-09-20, email day 6 (<= 14): 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00 (O5).",
     [R("approve", "14300.00")], extra_ok=True)

# o10 maintenance annual day 15
proj("Zahnarztpraxis Weber", "praxis@zahnarzt-weber.de", "2025-06-01T10:00:00")
owpay("de_w101", "OWD-2025-110", "Zahnarztpraxis Weber", "maintenance_annual", "24000.00", "4320.00", "2025-09-01T10:00:00",
      setup_fee="0.00", service_start="2025-09-01")
f, _ = mail("o10-wartung-tag15", "Zahnarztpraxis Weber <praxis@zahnarzt-weber.de>", TO_OWD, "Wartungsvertrag Rückerstattung",
            "Guten Morgen,\nwir haben jetzt einen IT-Dienstleister vor Ort, der die Website mitbetreut. Daher bitten wir "
            "um Kündigung des Wartungsvertrags (Zahnarztpraxis Weber, OWD-2025-110) und Rückerstattung.\nPraxis Dr. Weber\n",
            d(2025, 9, 16, 9, 0))
case("o10-wartung-tag15", OWB, [f], "decided",
     "service_start 2025-09-01 (day 0); email 2025-09-16 12:30 IST = day 15 > 14: deny (O5).",
     [R("deny")], extra_ok=True)

# o11 maintenance annual day 14
proj("Steuerbüro Albrecht", "kanzlei@stb-albrecht.de", "2025-05-01T10:00:00")
owpay("de_w111", "OWD-2025-111", "Steuerbüro Albrecht", "maintenance_annual", "24000.00", "4320.00", "2025-09-10T10:00:00",
      setup_fee="0.00", service_start="2025-09-10")
f, _ = mail("o11-wartung-tag14", "Steuerbüro Albrecht <kanzlei@stb-albrecht.de>", TO_OWD,
            "Refund Request — Steuerbüro Albrecht / OWD-2025-111",
            "Sehr geehrte Damen und Herren,\n\nda unsere Kanzlei zum Jahresende mit einer anderen fusioniert und die Website "
            "eingestellt wird, kündigen wir den Wartungsvertrag und bitten um die anteilige Erstattung gemäß Ihren AGB.\n\n"
            "Mit freundlichen Grüßen\nStB Dipl.-Kfm. R. Albrecht\n", d(2025, 9, 24, 16, 0))
case("o11-wartung-tag14", OWB, [f], "decided",
     "service_start 2025-09-10, email 2025-09-24 = day 14 (inside): 24000 - 0 - 2000 x 1 = 22000.00 (O5).",
     [R("approve", "22000.00")], extra_ok=True)

# o12 third-party (domain, SSL)
proj("Metzgerei Brunner", "info@metzgerei-brunner.de", "2025-07-01T10:00:00")
owpay("de_w121", "OWD-2025-112", "Metzgerei Brunner", "third_party", "3500.00", "630.00", "2025-09-25T10:00:00")
f, _ = mail("o12-domain-ssl", "Metzgerei Brunner <info@metzgerei-brunner.de>", TO_OWD, "Domain + SSL zurück",
            "Griaß Gott, die Domain und das SSL-Zertifikat (OWD-2025-112, Projekt Metzgerei Brunner) hätten wir gar nicht "
            "gebraucht, mein Neffe hat schon eine Domain. Bitte das Geld zurück. Brunner\n", d(2025, 9, 26, 7, 30))
case("o12-domain-ssl", OWB, [f], "decided",
     "Third-party fees (domain, SSL): non-refundable, deny (O6).",
     [R("deny")])

# o13 rush fee
proj("Modehaus Keller Sale-Landingpage", "marketing@modehaus-keller.de", "2025-09-15T10:00:00")
owpay("de_w131", "OWD-2025-113", "Modehaus Keller Sale-Landingpage", "rush", "8000.00", "1440.00", "2025-09-15T10:00:00")
f, _ = mail("o13-expresszuschlag", "Marketing Modehaus Keller <marketing@modehaus-keller.de>", TO_OWD, "Expresszuschlag",
            "Hallo,\n\nder Expresszuschlag (Rechnung OWD-2025-113, Projekt Modehaus Keller Sale-Landingpage) war umsonst – "
            "die Seite ging zwar pünktlich live, aber unser Sale wurde um zwei Wochen verschoben. Wir möchten den Zuschlag "
            "zurückerstattet haben.\n\nBeste Grüße\nJana Keller\n", d(2025, 9, 22, 14, 0))
case("o13-expresszuschlag", OWB, [f], "decided",
     "Rush fee: non-refundable, deny (O6).",
     [R("deny")])

# o14 retainer, enough notice
proj("SEO-Betreuung Autohaus Brandl", "gf@autohaus-brandl.de", "2025-06-15T10:00:00")
owpay("de_w141", "OWD-2025-114", "SEO-Betreuung Autohaus Brandl", "retainer", "20000.00", "3600.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
f, _ = mail("o14-retainer-fristgerecht", "Autohaus Brandl GF <gf@autohaus-brandl.de>", TO_OWD, "Kündigung SEO-Retainer",
            "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Retainer \"SEO-Betreuung Autohaus Brandl\" "
            "(letzte Rechnung OWD-2025-114). Grund: der Hersteller schreibt uns ab Q4 eine zentrale Agentur vor.\n\n"
            "Mit freundlichen Grüßen\nGeorg Brandl\n", d(2025, 9, 25, 10, 0))
case("o14-retainer-fristgerecht", OWB, [f], "decided",
     "next_billing_at 2025-10-15; cut-off 2025-10-08; request 2025-09-25 has >= 7 days: cancel, effective 2025-10-14 (O4, O8).",
     [C("2025-10-14")])

# o15 retainer, short notice
proj("Social Media Café Anker", "hallo@cafe-anker.de", "2025-05-01T10:00:00")
owpay("de_w151", "OWD-2025-115", "Social Media Café Anker", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
f, _ = mail("o15-retainer-kurzfristig", "Café Anker <hallo@cafe-anker.de>", TO_OWD, "kündigung social media",
            "hi ihr lieben, wir machen unsere insta-posts ab oktober wieder selber, der laden läuft zu schlecht für die "
            "ausgaben. projekt social media café anker, rechnung OWD-2025-115. bitte kündigen! liebe grüße, ella\n",
            d(2025, 9, 26, 22, 0))
case("o15-retainer-kurzfristig", OWB, [f], "decided",
     "next_billing_at 2025-10-01; cut-off 2025-09-24; request 2025-09-27 01:30 IST is late: October is billed, effective 2025-10-31 (O4).",
     [C("2025-10-31")])

# o16 retainer next cycle already paid -> escalate
proj("Newsletter-Betreuung Bioladen Grünkern", "team@bioladen-gruenkern.de", "2025-04-01T10:00:00")
owpay("de_w161", "OWD-2025-116", "Newsletter-Betreuung Bioladen Grünkern", "retainer", "9000.00", "1620.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
owpay("de_w162", "OWD-2025-117", "Newsletter-Betreuung Bioladen Grünkern", "retainer", "9000.00", "1620.00", "2025-09-20T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
f, _ = mail("o16-retainer-vorausbezahlt", "Bioladen Grünkern <team@bioladen-gruenkern.de>", TO_OWD,
            "Kündigung Newsletter-Betreuung",
            "Hallo Optima,\n\nwir kündigen die Newsletter-Betreuung (Projekt Newsletter-Betreuung Bioladen Grünkern). "
            "Oktober haben wir schon bezahlt (OWD-2025-117). Grund: wir schließen den Laden Ende September.\n\nGrüße\nTeam Grünkern\n",
            d(2025, 9, 22, 11, 0))
case("o16-retainer-vorausbezahlt", OWB, [f], "decided",
     "Next cycle (October, OWD-2025-117) already paid; request 2025-09-22 IST is on or before the cut-off for either next_billing_at (2025-10-01 -> 2025-09-24; 2025-11-01 -> 2025-10-25), so notice >= 7 days: escalate (section 8 'retainer paid in advance', O4). extra_ok: a refund decision for October would be escalated too (never approve).",
     [C(None, "escalate")], extra_ok=True)

# o17 C2: private address
proj("Yoga Studio Lotus", "studio@yoga-lotus.ch", "2025-09-01T10:00:00")
owpay("de_w171", "OWD-2025-118", "Yoga Studio Lotus", "deposit", "20000.00", "3600.00", "2025-09-25T10:00:00")
f, _ = mail("o17-private-adresse", "Simone <simone.frei77@gmail.com>", TO_OWD, "Anzahlung Yoga Studio Lotus",
            "Hallo, ich schreibe von meiner privaten Mail, der Vertrag läuft über studio@yoga-lotus.ch. "
            "Wir wollen die Anzahlung OWD-2025-118 zurück, wir ziehen um und wissen nicht, wann wir wieder eröffnen.\nSimone Frei\n",
            d(2025, 9, 26, 8, 0))
case("o17-private-adresse", OWB, [f], "need_info",
     "Not sent from the contract email (C2, explicit for Optima): ask to write from studio@yoga-lotus.ch, disclose nothing.",
     rules=["C2"])

# o18 C4 lawyer
proj("Autowerkstatt Demir", "werkstatt@kfz-demir.de", "2025-09-10T10:00:00")
owpay("de_w181", "OWD-2025-119", "Autowerkstatt Demir", "milestone", "20000.00", "3600.00", "2025-09-05T10:00:00",
      milestone_status="completed")
f, _ = mail("o18-anwalt", "KFZ Demir <werkstatt@kfz-demir.de>", TO_OWD, "Rückzahlung oder Anwalt",
            "Die Seite ist voller Fehler, das ist keine fertige Arbeit. Projekt Autowerkstatt Demir, Rechnung OWD-2025-119. "
            "Ich will mein Geld zurück, sonst übergebe ich die Sache meinem Anwalt. Ali Demir\n", d(2025, 9, 25, 17, 0))
case("o18-anwalt", OWB, [f], "decided",
     "Lawyer threat: escalate (C4), whatever O3/O6 would say.",
     [R("escalate")], rules=["C4"])

# o19 cancellation without a reason -> need_info reason (Optima requires it)
proj("Wartung Immobilien Sommer", "verwaltung@sommer-immobilien.de", "2025-03-01T10:00:00")
owpay("de_w191", "OWD-2025-120", "Wartung Immobilien Sommer", "retainer", "10000.00", "1800.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
f, _ = mail("o19-kuendigung-ohne-grund", "Hausverwaltung Sommer <verwaltung@sommer-immobilien.de>", TO_OWD,
            "Kündigung Wartung Immobilien Sommer",
            "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Vertrag \"Wartung Immobilien Sommer\", Rechnung "
            "OWD-2025-120, fristgerecht.\nBitte bestätigen Sie uns den Eingang dieser Kündigung.\n\nMit freundlichen Grüßen\n"
            "Hausverwaltung Sommer GmbH\n--\nSitz der Gesellschaft: Bremen, Amtsgericht Bremen HRB 12345\n",
            d(2025, 9, 15, 10, 0))
case("o19-kuendigung-ohne-grund", OWB, [f], "need_info",
     "Optima requires a reason for cancellations too (section 8); 'fristgerecht', sign-off and register line are not reasons: ask (C3).",
     missing=["reason"])

# o20 missing invoice; project has two payments
proj("Tanzschule Rhythmus", "info@tanzschule-rhythmus.de", "2025-08-01T10:00:00")
owpay("de_w201", "OWD-2025-121", "Tanzschule Rhythmus", "milestone", "15000.00", "2700.00", "2025-08-01T10:00:00", milestone_status="approved")
owpay("de_w202", "OWD-2025-122", "Tanzschule Rhythmus", "milestone", "15000.00", "2700.00", "2025-09-10T10:00:00", milestone_status="not_started")
f, _ = mail("o20-ohne-rechnung", "Tanzschule Rhythmus <info@tanzschule-rhythmus.de>", TO_OWD, "Erstattung Meilenstein",
            "Hallo,\nfür unser Projekt Tanzschule Rhythmus möchten wir den zweiten Meilenstein erstatten lassen, weil wir den "
            "Online-Kursbereich doch nicht anbieten werden (zu wenig Anmeldungen).\nDanke und Grüße, Tanja\n", d(2025, 9, 24, 12, 0))
case("o20-ohne-rechnung", OWB, [f], "need_info",
     "Contract email, project and reason given; no invoice/PO/payment reference and the project has two payments: ask for invoice_number (C3).",
     missing=["invoice_number"])

# o21 Outlook forward from the contract address of their own earlier mail: change request
proj("Gasthof Post Speisekarte", "wirt@gasthof-post.at", "2025-08-01T10:00:00")
owpay("de_w211", "OWD-2025-123", "Gasthof Post Speisekarte", "change_request", "6000.00", "1080.00", "2025-09-18T10:00:00")
f, _ = mail("o21-wg-aenderung", "Gasthof Post <wirt@gasthof-post.at>", TO_OWD, "WG: Rechnung Änderungswunsch",
            "Hab das an die falsche Adresse geschickt, bitte um Erledigung.\nSepp\n\n"
            "________________________________\nVon: Gasthof Post <wirt@gasthof-post.at>\nGesendet: Freitag, 19. September 2025 21:14\n"
            "An: office@optima-webdesign.example\nBetreff: Rechnung Änderungswunsch\n\n"
            "Servus, für die Änderung an der Speisekarten-Seite habts ihr extra verrechnet (OWD-2025-123, Projekt Gasthof Post "
            "Speisekarte). Des war aber nur a Kleinigkeit, finde ich net fair. Bitte zurückzahlen.\n", d(2025, 9, 20, 8, 0))
case("o21-wg-aenderung", OWB, [f], "decided",
     "Forward read for the request it carries (section 8), sender is the contract email; change request: non-refundable, deny (O6).",
     [R("deny")])

# o22 negation + invoice question
proj("Blumen Engel Shop", "laden@blumen-engel.de", "2025-07-01T10:00:00")
owpay("de_w221", "OWD-2025-124", "Blumen Engel Shop", "milestone", "18000.00", "3240.00", "2025-09-02T10:00:00", milestone_status="completed")
f, _ = mail("o22-nur-rechnung", "Blumen Engel <laden@blumen-engel.de>", TO_OWD, "Frage zur Rechnung OWD-2025-124",
            "Hallo!\nKeine Sorge, wir wollen nichts zurück und nichts kündigen, alles super 🙂 Nur kurz: könnt ihr die Rechnung "
            "OWD-2025-124 auf \"Blumen Engel e.K.\" statt auf meinen Namen ausstellen? Steuerberater meckert.\nLiebe Grüße, Marion\n",
            d(2025, 9, 12, 9, 0))
case("o22-nur-rechnung", OWB, [f], "other",
     "Negated refund/cancellation, invoice correction only: other (section 8).")

# o23 thread: need_info answered
proj("Architekturbüro Neumann", "buero@neumann-architekten.de")
owpay("de_w231", "OWD-2025-125", "Architekturbüro Neumann", "discovery", "12000.00", "2160.00", "2025-09-22T10:00:00")
f1, m1 = mail("o23a-erstattung", "Architekturbüro Neumann <buero@neumann-architekten.de>", TO_OWD, "Rückerstattung Workshop",
              "Guten Tag,\nwir möchten den gebuchten Strategie-Workshop stornieren und um Rückerstattung bitten, da unser "
              "Partner das Büro verlässt und das Projekt gestoppt ist.\nMfG Neumann\n", d(2025, 9, 24, 10, 0))
f2, _ = mail("o23b-nachtrag", "Architekturbüro Neumann <buero@neumann-architekten.de>", TO_OWD,
             "AW: Rückerstattung Workshop [OWD-3310]",
             "Projekt: Architekturbüro Neumann\nRechnung: OWD 2025 125\n\nMfG Neumann\n\n"
             "-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>\n"
             "Gesendet: Donnerstag, 25. September 2025 11:20\nBetreff: Re: Rückerstattung Workshop [OWD-3310]\n\n"
             "Bitte nennen Sie uns den Projektnamen und die Rechnungsnummer.\n", d(2025, 9, 25, 14, 0),
             refs=(m1, "<owd-3310-reply@gmail.com>"))
case("o23-nachgereicht", OWB, [f1, f2], "decided",
     "Thread: reply supplies project and invoice ('OWD 2025 125' = OWD-2025-125); discovery not started: approve 12000.00 (O1, C3). extra_ok: the workshop is cancelled ('stornieren'); a cancellation decision is harmless.",
     [R("approve", "12000.00")], extra_ok=True)

# o24 Delivered-To only (Bcc), third party licence
proj("Musikschule Klangwerk", "verwaltung@klangwerk-musik.ch", "2025-08-01T10:00:00")
owpay("de_w241", "OWD-2025-126", "Musikschule Klangwerk", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00")
f, _ = mail("o24-delivered-to", "Musikschule Klangwerk <verwaltung@klangwerk-musik.ch>", "undisclosed-recipients:;",
            "Plugin-Lizenz zurückgeben",
            "Grüezi\n\nDie Premium-Plugin-Lizenz (OWD-2025-126, Projekt Musikschule Klangwerk) brauchen wir nicht, der "
            "Kalender von der Gemeinde reicht. Bitte um Rückerstattung.\n\nFreundliche Grüsse\nVerwaltung Klangwerk\n",
            d(2025, 9, 23, 9, 30), headers=(("Delivered-To", "billing@optimawebdesign.com"),))
case("o24-delivered-to", OWB, [f], "decided",
     "Brand from Delivered-To (C1); licence is a third-party fee: deny (O6).",
     [R("deny")])

# o25 Gmail forward (German client wording) from an employee: C2 via a forward
proj("Pension Waldblick", "inhaber@pension-waldblick.de", "2025-08-01T10:00:00")
owpay("de_w251", "OWD-2025-127", "Pension Waldblick", "retainer", "8000.00", "1440.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
f, _ = mail("o25-weitergeleitet", "Rezeption Waldblick <rezeption@pension-waldblick.de>", TO_OWD, "Fwd: Kündigung Betreuung",
            "Bitte um Kenntnisnahme, der Chef ist im Urlaub.\n\n---------- Weitergeleitete Nachricht ---------\n"
            "Von: Bernd Roth <inhaber@pension-waldblick.de>\nDate: Mo., 22. Sept. 2025 um 07:58 Uhr\n"
            "Subject: Kündigung Betreuung\nTo: Rezeption Waldblick <rezeption@pension-waldblick.de>\n\n"
            "Schick das bitte an Optima: wir kündigen die Website-Betreuung (Pension Waldblick, OWD-2025-127), "
            "die Pension wird verpachtet.\n", d(2025, 9, 22, 8, 20))
case("o25-weitergeleitet", OWB, [f], "need_info",
     "Forwarded request names the contract email inhaber@...; sender is the reception address: C2 via a forward (section 8).",
     rules=["C2"])


def main():
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for path, data in EMAILS.items():
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump({"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")


if __name__ == "__main__":
    main()
