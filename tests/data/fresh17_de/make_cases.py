"""Generator of the fresh17_de held-out round (written from POLICY_SPEC alone).

Stdlib only, deterministic: `python3 make_cases.py` writes ledger.json, emails/*.eml and
expected.json beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CUSTOMERS: list[dict] = []
PROJECTS: list[dict] = []
PAYMENTS: list[dict] = []
CASES: list[dict] = []
FILES: dict[str, bytes] = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, paid_at, ps=None, pe=None, status="paid", money=None):
    amount, tax = money or {"monthly": M, "quarterly": Q, "annual": A}[plan]
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
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


def at(y, mo, d, h, mi, off_h, off_m=0):
    """A sender's local time with its UTC offset (September 2025)."""
    sign = 1 if off_h >= 0 else -1
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off_h, minutes=sign * off_m)))


def mail(name, frm, to, subject, when, body, *, html=False, headers=None, reply_to_id=None, refs=None):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    mid = f"<{name}.{when.strftime('%Y%m%d%H%M')}@fresh17.de.example>"
    msg["Message-ID"] = mid
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = " ".join(refs or [reply_to_id])
    for k, v in (headers or {}).items():
        msg[k] = v
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    path = f"emails/{name}.eml"
    FILES[path] = msg.as_bytes(policy=policy.SMTP)
    return path, mid


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, spec="", **extra):
    c = {"id": f"de-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules), "decisions": [dict(d) for d in decisions], "spec": spec}
    if missing is not None:
        c["missing"] = list(missing)
    c.update(extra)
    CASES.append(c)


def ref(amount):
    return {"intent": "refund", "outcome": "approve", "amount": amount}


def rdeny():
    return {"intent": "refund", "outcome": "deny", "amount": None}


def resc():
    return {"intent": "refund", "outcome": "escalate", "amount": None}


def canc(date):
    return {"intent": "cancellation", "outcome": "cancel", "effective_date": date}


def cesc():
    return {"intent": "cancellation", "outcome": "escalate"}


def write():
    for sub in (HERE / "emails").glob("*.eml"):
        sub.unlink()
    (HERE / "emails").mkdir(exist_ok=True)
    for path, data in sorted(FILES.items()):
        (HERE / path).write_bytes(data)
    # chk17a: extra_ok only where the email itself ends the project or plan, so that an extra cancellation
    # decision (which can never approve anything) is a fair reading; never on a refund of one item of a
    # continuing engagement (milestone, domain, rush, plugin, setup, change request), where an unasked
    # cancellation would be a real error, and never on a cancellation-only case (es-o12: an extra refund
    # decision could approve the prepaid month).
    ends_engagement = ['de-o01-anzahlung-hamburg', 'de-o02-anzahlung-71h59-zuerich', 'de-o03-anzahlung-zu-spaet-wien', 'de-o04-discovery-vor-start-tirol', 'de-o07-meilenstein-laufend-vaduz', 'de-o10-hosting-14-tage-tirol', 'de-o11-wartung-vor-beginn', 'de-o12-hosting-zu-spaet-dresden', 'de-o21-html-anzahlung-graz']
    for c in CASES:
        if c["id"] in ends_engagement:
            assert c["brand"] == OWB and [d["intent"] for d in c["decisions"]] == ["refund"], c["id"]
            c["extra_ok"] = True
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    print(f"{len(CASES)} cases, {len(FILES)} emails, {len(PAYMENTS)} payments")

LANG = "de"

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate, Bavaria
cust("sepp.huber@huber-landtechnik.de", "Josef Huber", "monthly", start="2025-09-21", end="2025-10-20")
lopay("de_p011", "LO-INV-8101", "sepp.huber@huber-landtechnik.de", "monthly", "2025-09-21T08:00:00", "2025-09-21", "2025-10-20")
lopay("de_p012", "LO-INV-8102", "sepp.huber@huber-landtechnik.de", "monthly", "2025-09-21T08:00:45", "2025-09-21", "2025-10-20")
f, _ = mail("l01-doppelt-abgebucht-bayern", "Sepp Huber <sepp.huber@huber-landtechnik.de>", LO_TO,
            "Doppelt abgebucht", at(2025, 9, 23, 7, 15, 2),
            "Servus miteinand,\n\nbei mir is' der Monatsbeitrag am 21.09. doppelt abgebucht worden, zwei Mal "
            "1.499,00 plus Steuer. Die zweite Rechnung hat die Nummer LO-INV-8102. Bitt' schön den doppelten Betrag "
            "zurück auf die Karte, dann passt's scho.\n\nPfiad eich\nSepp Huber\nHuber Landtechnik, Rosenheim")
case("l01-doppelt-abgebucht-bayern", LOB, [f], "decided", [ref("1499.00")],
     spec="L2 duplicate_payment + L4: pair on 2025-09-21, request 09-23 (day 2) -> approve 1499.00 before tax.")

# l02 three identical charges, one duplicate outside the window
cust("buchhaltung@weingut-moselblick.de", "Weingut Moselblick", "monthly", start="2025-09-10", end="2025-10-09")
lopay("de_p021", "LO-INV-8111", "buchhaltung@weingut-moselblick.de", "monthly", "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
lopay("de_p022", "LO-INV-8112", "buchhaltung@weingut-moselblick.de", "monthly", "2025-09-10T09:00:30", "2025-09-10", "2025-10-09")
lopay("de_p023", "LO-INV-8113", "buchhaltung@weingut-moselblick.de", "monthly", "2025-09-16T09:00:00", "2025-09-10", "2025-10-09")
f, _ = mail("l02-dreifach-abgebucht-mosel", "Buchhaltung Weingut Moselblick <buchhaltung@weingut-moselblick.de>", LO_TO,
            "Dreifache Belastung Monatsabo", at(2025, 9, 18, 10, 0, 2),
            "Guten Tag,\n\nfür denselben Abrechnungszeitraum (10.09.–09.10.) wurden wir dreimal belastet: am 10.09. "
            "zweimal (LO-INV-8111, LO-INV-8112) und am 16.09. noch einmal (LO-INV-8113). Bitte erstatten Sie die "
            "doppelten Zahlungen.\n\nMit freundlichen Grüßen\nAnja Becker, Buchhaltung")
case("l02-dreifach-abgebucht-mosel", LOB, [f], "decided", [ref("1499.00")],
     spec="Sec. 8 three identical charges: 8112 (09-10, day 8 at request 09-18) is outside L3, 8113 (09-16, day 2) inside -> approve 1499.00.")

# l03 duplicate, Hamburg, too late
cust("jan.petersen@elbkontor.de", "Jan Petersen", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("de_p031", "LO-INV-8121", "jan.petersen@elbkontor.de", "quarterly", "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
lopay("de_p032", "LO-INV-8122", "jan.petersen@elbkontor.de", "quarterly", "2025-09-01T09:01:00", "2025-09-01", "2025-11-30")
f, _ = mail("l03-zu-spaet-hamburg", "Jan Petersen <jan.petersen@elbkontor.de>", LO_TO,
            "Quartal zweimal bezahlt", at(2025, 9, 10, 9, 30, 2),
            "Moin,\n\nhab grad beim Monatsabschluss gesehen, dass wir das Quartal am 1. zweimal bezahlt haben "
            "(LO-INV-8122 ist die zweite). Hätte ich früher merken sollen, aber egal: bitte zurücküberweisen.\n\n"
            "Tschüss\nJan")
case("l03-zu-spaet-hamburg", LOB, [f], "decided", [rdeny()],
     spec="L3: charges 09-01, request 09-10 (13:00 IST) = day 9 -> deny, 7-day window.")

# l04 Vienna, the customer's day 7 is day 8 in IST
cust("m.gruber@chello.at", "Mag. Michaela Gruber", "monthly", start="2025-09-12", end="2025-10-11")
lopay("de_p041", "LO-INV-8131", "m.gruber@chello.at", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lopay("de_p042", "LO-INV-8132", "m.gruber@chello.at", "monthly", "2025-09-12T10:00:20", "2025-09-12", "2025-10-11")
f, _ = mail("l04-wien-tag-acht", "Michaela Gruber <m.gruber@chello.at>", LO_TO,
            "Doppelbuchung – noch innerhalb der 7 Tage!", at(2025, 9, 19, 22, 0, 2),
            "Grüß Gott,\n\nlaut meiner Kreditkartenabrechnung wurde ich am 12. September doppelt belastet "
            "(Rechnung LO-INV-8132). Heute ist der siebte Tag, ich bin also noch in der Frist. Ich ersuche um "
            "Rückerstattung der Doppelbuchung.\n\nMit besten Grüßen aus Wien\nMag. Michaela Gruber")
case("l04-wien-tag-acht", LOB, [f], "decided", [rdeny()],
     spec="L3 in the brand's zone: charge 09-12 IST; request 09-19 22:00+02:00 = 09-20 01:30 IST = day 8 -> deny.")

# l05 charged after cancelling, Rhineland, story
cust("heike.schmitz@netcologne.de", "Heike Schmitz", "monthly", status="cancelled", start="2025-08-27", end="2025-09-26")
lopay("de_p051", "LO-INV-8141", "heike.schmitz@netcologne.de", "monthly", "2025-08-27T10:00:00", "2025-08-27", "2025-09-26")
lopay("de_p052", "LO-INV-8142", "heike.schmitz@netcologne.de", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f, _ = mail("l05-nach-kuendigung-abgebucht-koeln", "Heike Schmitz <heike.schmitz@netcologne.de>", LO_TO,
            "Abbuchung trotz Kündigung", at(2025, 9, 29, 8, 0, 2),
            "Hallo zusammen,\n\nalso, dat war so: Anfang September hab ich über Billing > Cancel Plan gekündigt, "
            "hab auch ne Bestätigung bekommen. Und am 27. wird trotzdem wieder abgebucht, Rechnung LO-INV-8142. "
            "Ich wurde also nach der Kündigung belastet. Bitte das Geld zurück.\n\nJrooß us Kölle\nHeike")
case("l05-nach-kuendigung-abgebucht-koeln", LOB, [f], "decided", [resc()],
     spec="L2 billing_error (charged after cancelling) inside L3 (09-27 -> 09-29) -> L5 escalate.")

# l06 access failure, Swabia
cust("info@schreinerei-kaelble.de", "Schreinerei Kälble", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("de_p061", "LO-INV-8151", "info@schreinerei-kaelble.de", "quarterly", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
f, _ = mail("l06-komm-nimmer-rein-schwaben", "Schreinerei Kälble <info@schreinerei-kaelble.de>", LO_TO,
            "komm nimmer rei", at(2025, 9, 28, 19, 0, 2),
            "Grüß Gott,\n\nseit Freitag komm i nimmer in des Programm nei, es heißt bloß 'Fehler 500' und die "
            "Plattform lädt net. I hab am 25. des Quartal zahlt (LO-INV-8151) und kann's net nutze. Des Geld will i "
            "zrück, so goht des net.\n\nKarl Kälble")
case("l06-komm-nimmer-rein-schwaben", LOB, [f], "decided", [resc()],
     spec="L2 access_failure (dialect: can't get in, platform not loading) inside L3 -> L6 escalate.")

# l07 too expensive, Zurich (ss)
cust("r.meier@meier-treuhand.ch", "Reto Meier", "annual", start="2025-09-24", end="2026-09-23")
lopay("de_p071", "LO-INV-8161", "r.meier@meier-treuhand.ch", "annual", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
f, _ = mail("l07-zu-teuer-zuerich", "Reto Meier <r.meier@meier-treuhand.ch>", LO_TO,
            "Rückerstattung Jahresabo", at(2025, 9, 26, 14, 0, 2),
            "Grüezi\n\nWir haben das Jahresabo gelöst (LO-INV-8161), merken aber jetzt, dass es für unser kleines "
            "Treuhandbüro schlicht zu teuer ist. Wir bitten Sie um Rückerstattung. Ein Monatsabo hätte gereicht, "
            "das ist uns leider erst nachher aufgefallen.\n\nFreundliche Grüsse\nReto Meier")
case("l07-zu-teuer-zuerich", LOB, [f], "decided", [rdeny()],
     spec="L1: too expensive / wrong choice by the customer is no exception -> deny, cancellation offered.")

# l08 cancel + refund of unused days, Bern
cust("ursula.baehler@bluewin.ch", "Ursula Bähler", "monthly", start="2025-09-15", end="2025-10-14")
lopay("de_p081", "LO-INV-8171", "ursula.baehler@bluewin.ch", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f, _ = mail("l08-kuendigen-und-rest-bern", "Ursula Bähler <ursula.baehler@bluewin.ch>", LO_TO,
            "Kündigung", at(2025, 9, 20, 9, 0, 2),
            "Grüessech\n\nIch möchte mein Abo kündigen, ich gehe Ende Monat in Pension. Für die restlichen Tage "
            "im September/Oktober hätte ich gerne das Geld zurück (Rechnung LO-INV-8171).\n\nMerci vielmal und "
            "freundliche Grüsse\nUrsula Bähler")
case("l08-kuendigen-und-rest-bern", LOB, [f], "decided", [rdeny(), canc("2025-10-14")],
     spec="L1 no partial refund for unused days -> deny; L8 cancel effective current_period_end 2025-10-14.")

# l09 one-liner, Liechtenstein
cust("office@alpenblick-vaduz.li", "Alpenblick Vaduz", "quarterly", start="2025-07-20", end="2025-10-19")
lopay("de_p091", "LO-INV-8181", "office@alpenblick-vaduz.li", "quarterly", "2025-07-20T10:00:00", "2025-07-20", "2025-10-19")
f, _ = mail("l09-kuendigen-einzeiler-vaduz", "Alpenblick Vaduz <office@alpenblick-vaduz.li>", LO_TO,
            "Kündigen", at(2025, 9, 22, 16, 0, 2), "Kündigen bitte.\n\nGesendet von meinem iPhone")
case("l09-kuendigen-einzeiler-vaduz", LOB, [f], "decided", [canc("2025-10-19")],
     spec="L8: bare intent verb; quarterly period ends 2025-10-19; no reason needed for LO cancellations.")

# l10 annual, L8 fallback, Tyrol
cust("hotel@gasthof-zugspitzblick.at", "Gasthof Zugspitzblick", "annual")
lopay("de_p101", "LO-INV-8191", "hotel@gasthof-zugspitzblick.at", "annual", "2024-11-20T10:00:00")
f, _ = mail("l10-jahresabo-tirol", "Gasthof Zugspitzblick <hotel@gasthof-zugspitzblick.at>", LO_TO,
            "Kündigung Jahresabo", at(2025, 9, 24, 11, 0, 2),
            "Griaß enk,\n\nwir möchten unser Jahresabo kündigen, wir verpachten den Gasthof ab Dezember. "
            "Bis wann läuft das noch?\n\nFamilie Lechner, Ehrwald")
case("l10-jahresabo-tirol", LOB, [f], "decided", [canc("2025-11-19")],
     spec="L8 fallback: no current_period_end; annual charge 2024-11-20 + 12 months - 1 day = 2025-11-19.")

# l11 formal cancellation letter, Vienna
cust("kanzlei@dr-novak.at", "Dr. Peter Novak", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("de_p111", "LO-INV-8201", "kanzlei@dr-novak.at", "quarterly", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
f, _ = mail("l11-kuendigung-formell-wien", "Kanzlei Dr. Novak <kanzlei@dr-novak.at>", LO_TO,
            "Kündigung des Vertragsverhältnisses", at(2025, 9, 17, 10, 0, 2),
            "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich das bestehende Abonnement (Quartalsplan) zum "
            "nächstmöglichen Termin. Um eine schriftliche Bestätigung wird gebeten.\n\nHochachtungsvoll\n"
            "Dr. Peter Novak\nRechtsanwalt\nKanzlei Dr. Novak, Wollzeile 12, 1010 Wien\n\nDiese Nachricht ist "
            "vertraulich und ausschließlich für den Adressaten bestimmt.")
case("l11-kuendigung-formell-wien", LOB, [f], "decided", [canc("2025-11-04")],
     spec="L8 cancel to 2025-11-04. 'Rechtsanwalt' in the sender's own signature threatens nothing: C4 (sec. 8: a chargeback, dispute or legal threat) not triggered.")

# l12 non-native speaker, negation
cust("aylin.kaya.design@gmail.com", "Aylin Kaya", "monthly", start="2025-09-18", end="2025-10-17")
lopay("de_p121", "LO-INV-8211", "aylin.kaya.design@gmail.com", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
f, _ = mail("l12-nichtmuttersprachlerin-kein-geld", "Aylin Kaya <aylin.kaya.design@gmail.com>", LO_TO,
            "abo stoppen", at(2025, 9, 26, 12, 0, 2),
            "Hallo, ich möchte bitte Abo stoppen. Ich will kein Geld zurück, nur ab nächste Monat nicht mehr "
            "zahlen. Ich habe jetzt neue Job und keine Zeit für Kunden. Danke schön, Aylin")
case("l12-nichtmuttersprachlerin-kein-geld", LOB, [f], "decided", [canc("2025-10-17")],
     spec="Sec. 8 negation ('kein Geld zurück'): no refund; L8 cancel to 2025-10-17.")

# l13 SEPA return debit threat -> C4, with cancellation
cust("t.wagner@wagner-elektro.de", "Thomas Wagner", "monthly", start="2025-09-22", end="2025-10-21")
lopay("de_p131", "LO-INV-8221", "t.wagner@wagner-elektro.de", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
f, _ = mail("l13-ruecklastschrift-drohung", "Thomas Wagner <t.wagner@wagner-elektro.de>", LO_TO,
            "LETZTE Aufforderung", at(2025, 9, 24, 18, 0, 2),
            "Ich kündige hiermit und will die Abbuchung vom 22.09. (LO-INV-8221) zurück, das Tool taugt nichts. "
            "Wenn bis Freitag nichts passiert, lasse ich die Lastschrift über meine Bank zurückbuchen und "
            "reiche einen Chargeback ein.\n\nT. Wagner")
case("l13-ruecklastschrift-drohung", LOB, [f], "decided", [resc(), cesc()], rules=["C4"],
     spec="C4: return-debit/chargeback threat covers the whole case -> refund and cancellation both escalate.")

# l14 WG: forward by an assistant -> C2
cust("geschaeftsfuehrung@brauhaus-falkner.de", "Brauhaus Falkner", "annual", start="2025-02-01", end="2026-01-31")
lopay("de_p141", "LO-INV-8231", "geschaeftsfuehrung@brauhaus-falkner.de", "annual", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
f, _ = mail("l14-wg-assistenz-c2", "Sekretariat Brauhaus Falkner <sekretariat@brauhaus-falkner.de>", LO_TO,
            "WG: LeadsOptima kündigen", at(2025, 9, 19, 9, 0, 2),
            "Zur Kenntnisnahme und Erledigung, siehe unten.\n\n-----Ursprüngliche Nachricht-----\n"
            "Von: Geschäftsführung Brauhaus Falkner <geschaeftsfuehrung@brauhaus-falkner.de>\n"
            "Gesendet: Donnerstag, 18. September 2025 17:05\nAn: Sekretariat <sekretariat@brauhaus-falkner.de>\n"
            "Betreff: LeadsOptima kündigen\n\nFrau Wolf, bitte kündigen Sie unser LeadsOptima-Jahresabo "
            "(Konto geschaeftsfuehrung@brauhaus-falkner.de). Wir nutzen jetzt das CRM der Brauerei-Gruppe.\nM. Falkner")
case("l14-wg-assistenz-c2", LOB, [f], "need_info", rules=["C2"],
     spec="Sec. 8 forwards: forwarded request names registered geschaeftsfuehrung@, sender is sekretariat@ -> C2.")

# l15 WG: owner forwards the bank's notice himself -> approve (amount + reference as typed)
cust("kontakt@fahrradladen-altona.de", "Fahrradladen Altona", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("de_p151", "LO-INV-8241", "kontakt@fahrradladen-altona.de", "quarterly", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
lopay("de_p152", "LO-INV-8242", "kontakt@fahrradladen-altona.de", "quarterly", "2025-09-23T10:00:10", "2025-09-23", "2025-12-22")
f, _ = mail("l15-wg-bankmitteilung-altona", "Fahrradladen Altona <kontakt@fahrradladen-altona.de>", LO_TO,
            "WG: Umsatzbenachrichtigung", at(2025, 9, 25, 8, 0, 2),
            "Moin, siehe Bank unten: ihr habt das Quartal zweimal eingezogen, je 4.718,82 inkl. Steuer. "
            "Die zweite Rechnung ist lo inv 8242. Bitte die doppelte Zahlung erstatten.\nOle\n\n"
            "---------- Weitergeleitete Nachricht ---------\nVon: Hamburger Sparkasse <info@bank-beispiel.de>\n"
            "Datum: Mi., 24. Sept. 2025 um 07:12\nBetreff: Umsatzbenachrichtigung\nAn: <kontakt@fahrradladen-altona.de>\n\n"
            "Zwei Lastschriften LEADSOPTIMA über je 4.718,82 wurden Ihrem Konto belastet.")
case("l15-wg-bankmitteilung-altona", LOB, [f], "decided", [ref("3999.00")],
     spec="Forward by the registered sender; 'lo inv 8242' = LO-INV-8242 (sec. 8); L4 pair 09-23, day 2 -> approve 3999.00 before tax.")

# l16 Reply-To does not verify
cust("f.schulz@schulz-immobilien.de", "Frank Schulz", "monthly", start="2025-09-20", end="2025-10-19")
lopay("de_p161", "LO-INV-8251", "f.schulz@schulz-immobilien.de", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f, _ = mail("l16-reply-to-zaehlt-nicht", "Frank Schulz <frank.schulz1971@web.de>", LO_TO,
            "Kündigung Abo", at(2025, 9, 21, 20, 0, 2),
            "Guten Abend, bitte mein Abo kündigen, Antwort gern an meine Firmenadresse.\nFrank Schulz",
            headers={"Reply-To": "f.schulz@schulz-immobilien.de"})
case("l16-reply-to-zaehlt-nicht", LOB, [f], "need_info", rules=["C2"],
     spec="Sec. 8 addresses: From web.de is not the registered address; Reply-To never verifies -> C2.")

# l17 missing reason: signature and legal footer only
cust("einkauf@metallbau-krause.de", "Metallbau Krause GmbH", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("de_p171", "LO-INV-8261", "einkauf@metallbau-krause.de", "quarterly", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
f, _ = mail("l17-ohne-grund-pflichtangaben", "Einkauf Metallbau Krause <einkauf@metallbau-krause.de>", LO_TO,
            "Erstattung Rechnung LO-INV-8261", at(2025, 9, 29, 9, 0, 2),
            "Sehr geehrte Damen und Herren,\n\nwir bitten um Erstattung des Betrags aus Rechnung LO-INV-8261.\n\n"
            "Vielen Dank im Voraus.\n\nMit freundlichen Grüßen\ni. A. Sabine Krause\nEinkauf\n\n"
            "Metallbau Krause GmbH · Industriestr. 4 · 44147 Dortmund\nGeschäftsführer: Dieter Krause · "
            "Amtsgericht Dortmund HRB 12345 · USt-IdNr. DE123456789\nDiese E-Mail kann vertrauliche Informationen "
            "enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.")
case("l17-ohne-grund-pflichtangaben", LOB, [f], "need_info", missing=["reason"],
     spec="Sec. 8 what a reason is: courtesy, signature, legal footer are no reason; invoice given, plan from ledger -> ask for reason.")

# l18 thread: answer to the request for details gives access failure
cust("lena.hoffmann@posteo.de", "Lena Hoffmann", "monthly", start="2025-09-24", end="2025-10-23")
lopay("de_p181", "LO-INV-8271", "lena.hoffmann@posteo.de", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f1, m1 = mail("l18a-erstattung-ohne-grund", "Lena Hoffmann <lena.hoffmann@posteo.de>", LO_TO,
              "Rückerstattung", at(2025, 9, 25, 21, 0, 2),
              "Hallo, ich hätte gern mein Geld für LO-INV-8271 zurück.\nLG Lena")
f2, _ = mail("l18b-antwort-mit-grund", "Lena Hoffmann <lena.hoffmann@posteo.de>", LO_TO,
             "AW: Rückerstattung [LO-6120]", at(2025, 9, 26, 8, 0, 2),
             "Sorry, vergessen: Ich kann mich seit dem Update nicht einloggen, es kommt immer 'Sitzung abgelaufen'. "
             "Support-Chat hat auch nicht geholfen.\n\nLena\n\nAm 26.09.2025 um 06:10 schrieb LeadsOptima Support:\n"
             "> Bitte nennen Sie uns den Grund Ihrer Anfrage.\n",
             reply_to_id="<lo-6120.reply@leadsoptima.com>", refs=[m1, "<lo-6120.reply@leadsoptima.com>"])
case("l18-verlauf-antwort-mit-grund", LOB, [f1, f2], "decided", [resc()],
     spec="C3 merge; reply gives access_failure; charge 09-24, request (first mail) 09-26 00:30 IST = day 2 -> L6 escalate.")

# l19 out-of-office
f, _ = mail("l19-abwesenheitsnotiz", "Markus Brandl <m.brandl@brandl-bau.de>", LO_TO,
            "Automatische Antwort: Kündigung", at(2025, 9, 23, 6, 0, 2),
            "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 03.10.2025 nicht im Büro. In dringenden "
            "Fällen (Kündigungen, Rechnungen) wenden Sie sich bitte an buchhaltung@brandl-bau.de.",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l19-abwesenheitsnotiz", LOB, [f], "ignore", rules=["C7"],
     spec="C7: Auto-Submitted auto-replied -> ignore.")

# l20 bounce from postmaster
f, _ = mail("l20-unzustellbar-postmaster", "Postmaster <postmaster@mail.gmx.net>", LO_TO,
            "Unzustellbar: Ihre Rückerstattung", at(2025, 9, 24, 4, 0, 2),
            "Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: rechnung@alte-firma.de\n"
            "Grund: 550 Mailbox nicht vorhanden\n",
            headers={"Auto-Submitted": "auto-generated"})
case("l20-unzustellbar-postmaster", LOB, [f], "ignore", rules=["C7"],
     spec="C7: postmaster sender, delivery failure -> ignore.")

# l21 our own address
f, _ = mail("l21-eigene-adresse", "LeadsOptima <noreply@leadsoptima.com>", LO_TO,
            "Ihre Kündigung wurde bestätigt", at(2025, 9, 24, 10, 0, 5, 30),
            "Hallo, Ihre Kündigung wurde bestätigt. Ihr Konto bleibt bis zum Ende des Abrechnungszeitraums aktiv.")
case("l21-eigene-adresse", LOB, [f], "ignore", rules=["C7"],
     spec="C7: the brand's own address (noreply@leadsoptima.com) -> ignore.")

# l22 hypothetical before buying
f, _ = mail("l22-angenommen-jahresabo", "Nils Brandt <nils.brandt@t-online.de>", LO_TO,
            "Frage vor dem Kauf", at(2025, 9, 22, 15, 0, 2),
            "Hallo, angenommen ich buche das Jahresabo und merke nach zwei Wochen, dass es nix für mich ist – "
            "bekäme ich dann mein Geld zurück? Würde ich gern vorher wissen.\nNils")
case("l22-angenommen-jahresabo", LOB, [f], "other",
     spec="Sec. 8 hypothetical before buying -> other.")

# l23 invoice question
cust("verwaltung@zahnarzt-lindner.de", "Zahnarztpraxis Lindner", "monthly", start="2025-09-10", end="2025-10-09")
lopay("de_p231", "LO-INV-8301", "verwaltung@zahnarzt-lindner.de", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f, _ = mail("l23-rechnung-ust-id", "Praxis Lindner <verwaltung@zahnarzt-lindner.de>", LO_TO,
            "Rechnung LO-INV-8301 – USt-IdNr. fehlt", at(2025, 9, 16, 11, 0, 2),
            "Guten Tag, auf der Rechnung LO-INV-8301 fehlt unsere USt-IdNr. (DE987654321). Könnten Sie uns bitte "
            "eine korrigierte Rechnung schicken? Der Betrag stimmt.\nMfG, Verwaltung")
case("l23-rechnung-ust-id", LOB, [f], "other",
     spec="Invoice correction, amount confirmed right, nothing refunded or cancelled -> other.")

# l24 thanks after refund
cust("p.steiner@aon.at", "Paul Steiner", "monthly", start="2025-09-01", end="2025-09-30")
lopay("de_p241", "LO-INV-8311", "p.steiner@aon.at", "monthly", "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
lopay("de_p242", "LO-INV-8312", "p.steiner@aon.at", "monthly", "2025-09-01T10:00:30", "2025-09-01", "2025-09-30",
      status="refunded")
f, _ = mail("l24-danke-betrag-angekommen", "Paul Steiner <p.steiner@aon.at>", LO_TO,
            "AW: Ihre Erstattung", at(2025, 9, 18, 17, 0, 2),
            "Servus, nur kurz: die Erstattung für die Doppelbuchung ist heute am Konto eingelangt. Danke für die "
            "rasche Erledigung, leiwand!\nPaul",
            reply_to_id="<lo-6047.reply@leadsoptima.com>")
case("l24-danke-betrag-angekommen", LOB, [f], "other",
     spec="Thanks after a refund already made (past event) -> other.")

# l25 declines both
cust("kathrin.vogel@gmx.de", "Kathrin Vogel", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("de_p251", "LO-INV-8321", "kathrin.vogel@gmx.de", "quarterly", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
f, _ = mail("l25-weder-noch", "Kathrin Vogel <kathrin.vogel@gmx.de>", LO_TO,
            "Keine Kündigung!", at(2025, 9, 20, 10, 0, 2),
            "Hallo, nur damit es kein Missverständnis gibt: Ich will weder kündigen noch Geld zurück. Mein Mann hat "
            "euch versehentlich über das Kontaktformular geschrieben – bitte das einfach ignorieren.\nKathrin Vogel")
case("l25-weder-noch", LOB, [f], "other",
     spec="Sec. 8 negation of both intents -> other.")

# l26 what-if
cust("daniel.frei@sunrise.ch", "Daniel Frei", "annual", start="2025-03-01", end="2026-02-28")
lopay("de_p261", "LO-INV-8331", "daniel.frei@sunrise.ch", "annual", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
f, _ = mail("l26-was-waere-wenn", "Daniel Frei <daniel.frei@sunrise.ch>", LO_TO,
            "Frage zum Jahresabo", at(2025, 9, 25, 13, 0, 2),
            "Grüezi, rein hypothetisch: Was wäre, wenn ich das Jahresabo jetzt kündigen würde – bekäme ich den "
            "Rest anteilsmässig zurück, oder läuft es einfach bis Ende Februar? Ich überlege noch.\nDaniel Frei")
case("l26-was-waere-wenn", LOB, [f], "other",
     spec="Sec. 8 hypothetical ('was wäre, wenn', 'ich überlege noch') -> other.")

# l27 Denglisch, Hamburg start-up, duplicate, CHF-style amount
cust("finance@kiezcode.io", "Kiezcode UG", "monthly", start="2025-09-27", end="2025-10-26")
lopay("de_p271", "LO-INV-8341", "finance@kiezcode.io", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("de_p272", "LO-INV-8342", "finance@kiezcode.io", "monthly", "2025-09-27T10:00:05", "2025-09-27", "2025-10-26")
f, _ = mail("l27-denglisch-double-charge", "Kiezcode Finance <finance@kiezcode.io>", LO_TO,
            "double charge monthly plan", at(2025, 9, 28, 23, 30, 2),
            "Moin LeadsOptima-Team,\n\nihr habt uns am 27. double gecharged, zweimal 1.499,00 fürs Monthly, also "
            "ne duplicate payment. Second invoice: LO-INV-8342. Bitte refunden, thx!\n\nCheers, Finn")
case("l27-denglisch-double-charge", LOB, [f], "decided", [ref("1499.00")],
     spec="L4: pair 09-27, request 09-28 23:30+02:00 = 09-29 03:00 IST (day 2) -> approve 1499.00.")

# l28 angry one-liner ultimatum
cust("m.yilmaz@yilmaz-logistik.de", "Murat Yılmaz", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("de_p281", "LO-INV-8351", "m.yilmaz@yilmaz-logistik.de", "quarterly", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
lopay("de_p282", "LO-INV-8352", "m.yilmaz@yilmaz-logistik.de", "quarterly", "2025-09-25T10:00:40", "2025-09-25", "2025-12-24")
f, _ = mail("l28-einzeiler-sofort", "Murat Yilmaz <m.yilmaz@yilmaz-logistik.de>", LO_TO,
            "ZWEIMAL ABGEBUCHT", at(2025, 9, 26, 7, 0, 2),
            "Zweimal abgebucht. LO-INV-8352. Geld zurück, und zwar sofort.")
case("l28-einzeiler-sofort", LOB, [f], "decided", [ref("3999.00")],
     spec="One-liner, no legal words (no C4); L4 pair 09-25, day 1 -> approve 3999.00.")

# l29 refund of a payment already refunded -> escalate
cust("s.keller@keller-gartenbau.de", "Stefan Keller", "monthly", start="2025-09-23", end="2025-10-22")
lopay("de_p291", "LO-INV-8361", "s.keller@keller-gartenbau.de", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("de_p292", "LO-INV-8362", "s.keller@keller-gartenbau.de", "monthly", "2025-09-23T10:00:30", "2025-09-23", "2025-10-22", status="refunded")
f, _ = mail("l29-bereits-erstattet", "Stefan Keller <s.keller@keller-gartenbau.de>", LO_TO,
            "Doppelbuchung LO-INV-8362", at(2025, 9, 25, 11, 0, 2),
            "Hallo, am 23.09. wurde doppelt abgebucht, die zweite Buchung ist LO-INV-8362. Bitte erstatten.\nS. Keller")
case("l29-bereits-erstattet", LOB, [f], "decided", [resc()],
     spec="Sec. 8 payments not paid: LO-INV-8362 is already 'refunded', no paid pair -> escalate.")

# l30 free trial
cust("j.neumann.studio@gmail.com", "Julia Neumann", None, status="trial", trial_ends="2025-10-03")
f, _ = mail("l30-testphase", "Julia Neumann <j.neumann.studio@gmail.com>", LO_TO,
            "Erstattung Testphase?", at(2025, 9, 27, 10, 0, 2),
            "Hallo, ich bin noch in der kostenlosen Testphase, habe aber eine Mail 'Ihre Rechnung ist bereit' "
            "bekommen. Falls etwas abgebucht wurde, bitte erstatten – ich habe nichts gebucht.\nJulia")
case("l30-testphase", LOB, [f], "decided", [rdeny()],
     spec="L7: free trial account, no charges -> deny; no billing unless they subscribe.")

# l31 other brand's customer -> unknown sender
f, _ = mail("l31-kunde-der-anderen-marke", "Physiopraxis Sonnenhof <praxis@physio-sonnenhof.de>", LO_TO,
            "Wartungsvertrag kündigen", at(2025, 9, 24, 15, 0, 2),
            "Hallo, hiermit kündigen wir unseren Vertrag, wir ziehen um und bekommen eine neue Webseite.\n"
            "Physiopraxis Sonnenhof")
case("l31-kunde-der-anderen-marke", LOB, [f], "need_info", rules=["C2"],
     spec="Sec. 8 other brand's customer: unknown in LeadsOptima's ledger -> C2/C3.")

# l32 non-native speaker (British, in London), access failure
cust("oliver.grant@grantconsulting.co.uk", "Oliver Grant", "monthly", start="2025-09-26", end="2025-10-25")
lopay("de_p321", "LO-INV-8371", "oliver.grant@grantconsulting.co.uk", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f, _ = mail("l32-nicht-einloggen-london", "Oliver Grant <oliver.grant@grantconsulting.co.uk>", LO_TO,
            "Problem mit Login", at(2025, 9, 28, 10, 0, 1),
            "Hallo,\nich kann nicht einloggen seit Freitag, das Passwort-Reset Mail kommt nie an. Ich habe für "
            "Monat bezahlt (LO-INV-8371) aber kann nichts benutzen. Ich möchte bitte das Geld zurück haben.\n"
            "Vielen Dank, Oliver")
case("l32-nicht-einloggen-london", LOB, [f], "decided", [resc()],
     spec="L2 access_failure in learner's German, inside L3 (09-26 -> 09-28) -> L6 escalate.")

# l33 mailing list (German newsletter)
f, _ = mail("l33-newsletter-liste", "SaaS-Insider Newsletter <news@saas-insider.de>", LO_TO,
            "Abo-Kündigungen senken: 7 Tipps", at(2025, 9, 23, 7, 0, 2),
            "In dieser Ausgabe: Warum Kunden kündigen und Erstattungen verlangen.\nAbmelden: https://saas-insider.de/abmelden",
            headers={"List-Id": "<news.saas-insider.de>", "Precedence": "list"})
case("l33-newsletter-liste", LOB, [f], "ignore", rules=["C7"], spec="C7: List-Id, Precedence list -> ignore.")

# ---------------------------------------------------------------- Optima WebDesign
OWD_B = "Optima WebDesign Billing <billing@optimawebdesign.com>"

# o01 deposit inside 72 h, Hamburg
proj("Fischräucherei Blankenese Shop", "info@raeucherei-blankenese.de")
owpay("de_w011", "OWD-2025-401", "Fischräucherei Blankenese Shop", "deposit", "20000.00", "3600.00", "2025-09-22T14:00:00")
f, _ = mail("o01-anzahlung-hamburg", "Räucherei Blankenese <info@raeucherei-blankenese.de>", OWD_TO,
            "Refund Request — Fischräucherei Blankenese Shop / OWD-2025-401", at(2025, 9, 24, 9, 0, 2),
            "Moin,\n\nwir haben vorgestern die Anzahlung für den Fischräucherei Blankenese Shop geleistet "
            "(OWD-2025-401). Leider hat unser Steuerberater uns dringend geraten, das Geld dieses Jahr nicht "
            "auszugeben – die Räucherofen-Reparatur geht vor. Bitte erstatten Sie die Anzahlung.\n\nBeste Grüße\n"
            "Hauke Thießen")
case("o01-anzahlung-hamburg", OWB, [f], "decided", [ref("20000.00")],
     spec="O2: paid 09-22 14:00 IST, request 09-24 12:30 IST (46.5 h), no work -> approve 20000.00 (tax kept, C6).")

# o02 deposit at 71 h 59 min, Zurich
proj("Velowerkstatt Kreis 5", "hallo@velowerkstatt-kreis5.ch")
owpay("de_w021", "OWD-2025-402", "Velowerkstatt Kreis 5", "deposit", "12000.00", "0.00", "2025-09-22T15:00:00")
f, _ = mail("o02-anzahlung-71h59-zuerich", "Velowerkstatt Kreis 5 <hallo@velowerkstatt-kreis5.ch>", OWD_TO,
            "Rückzahlung Anzahlung Velowerkstatt Kreis 5", at(2025, 9, 25, 11, 29, 2),
            "Grüezi mitenand\n\nWir ziehen die Anzahlung für die Website Velowerkstatt Kreis 5 (Rechnung "
            "OWD-2025-402) zurück: Der Vermieter hat uns gekündigt und wir wissen nicht, ob es die Werkstatt "
            "nächstes Jahr noch gibt. Bitte um Rückzahlung, das sollte knapp vor Ablauf der 72 Stunden sein.\n\n"
            "Freundliche Grüsse\nNadia Bühler")
case("o02-anzahlung-71h59-zuerich", OWB, [f], "decided", [ref("12000.00")],
     spec="O2: paid 09-22 15:00 IST, request 09-25 11:29+02:00 = 14:59 IST = 71 h 59 min, no work -> approve 12000.00.")

# o03 deposit after 72 h, Vienna
proj("Heuriger Grinzinger Hof", "office@grinzingerhof.at")
owpay("de_w031", "OWD-2025-403", "Heuriger Grinzinger Hof", "deposit", "16000.00", "3200.00", "2025-09-15T09:00:00")
f, _ = mail("o03-anzahlung-zu-spaet-wien", "Grinzinger Hof <office@grinzingerhof.at>", OWD_TO,
            "Storno Anzahlung", at(2025, 9, 18, 9, 0, 2),
            "Grüß Gott, wir möchten die Anzahlung für den Heurigen Grinzinger Hof (OWD-2025-403) stornieren und "
            "zurückhaben – der Schwager macht uns die Homepage jetzt doch gratis.\nMfG Familie Huber-Wieser")
case("o03-anzahlung-zu-spaet-wien", OWB, [f], "decided", [rdeny()],
     spec="O2: paid 09-15 09:00 IST, request 09-18 12:30 IST = 75.5 h -> deny.")

# o04 discovery, work starts only after the request
proj("Bergbahnen Stubai Relaunch", "marketing@stubai-bergbahnen.at", "2025-09-26T10:00:00")
owpay("de_w041", "OWD-2025-404", "Bergbahnen Stubai Relaunch", "discovery", "15000.00", "3000.00", "2025-09-12T10:00:00")
f, _ = mail("o04-discovery-vor-start-tirol", "Marketing Stubai Bergbahnen <marketing@stubai-bergbahnen.at>", OWD_TO,
            "Discovery-Workshop absagen und erstatten", at(2025, 9, 24, 10, 0, 2),
            "Griaß Gott,\n\nder Discovery-Workshop für den Bergbahnen Stubai Relaunch (OWD-2025-404) ist für den "
            "26. angesetzt. Der Aufsichtsrat hat das Budget gestrichen, wir sagen ab und bitten um Erstattung "
            "der Discovery-Gebühr.\n\nMit freundlichen Grüßen\nTeresa Pfurtscheller")
case("o04-discovery-vor-start-tirol", OWB, [f], "decided", [ref("15000.00")],
     spec="O1: work_started_at 09-26 is later than the request (09-24) -> approve in full 15000.00.")

# o05 milestone not started, Swabia
proj("Maultaschen Manufaktur Shop", "bestellung@maultaschen-manufaktur.de", "2025-08-01T10:00:00")
owpay("de_w051", "OWD-2025-405", "Maultaschen Manufaktur Shop", "milestone", "22000.00", "4180.00", "2025-09-15T10:00:00",
      milestone_status="not_started")
f, _ = mail("o05-meilenstein-offen-schwaben", "Maultaschen Manufaktur <bestellung@maultaschen-manufaktur.de>", OWD_TO,
            "Meilenstein 3 zurück", at(2025, 9, 25, 8, 0, 2),
            "Hallo mitnander,\n\nfür den Maultaschen Manufaktur Shop hend mir den Meilenstein 3 (Rechnung "
            "OWD-2025-405, Versand-Modul) scho zahlt. Jetzt macht des aber unser Großhändler, mir brauchet des "
            "Modul nimmer. Bitte des Geld zrück.\n\nGruß\nGerda Schäfer")
case("o05-meilenstein-offen-schwaben", OWB, [f], "decided", [ref("22000.00")],
     spec="O3: milestone not_started -> approve its amount 22000.00 before tax.")

# o06 milestone completed
proj("Autohaus Brenner Portal", "verkauf@autohaus-brenner.de", "2025-06-01T10:00:00")
owpay("de_w061", "OWD-2025-406", "Autohaus Brenner Portal", "milestone", "30000.00", "5700.00", "2025-08-15T10:00:00",
      milestone_status="completed")
f, _ = mail("o06-meilenstein-fertig", "Autohaus Brenner <verkauf@autohaus-brenner.de>", OWD_TO,
            "Reklamation Fahrzeugsuche", at(2025, 9, 20, 11, 0, 2),
            "Sehr geehrte Damen und Herren,\nder Meilenstein 'Fahrzeugsuche' im Autohaus Brenner Portal "
            "(OWD-2025-406) ist zwar abgeschlossen, aber unsere Verkäufer finden ihn unpraktisch. Wir verlangen "
            "die Rückerstattung dieses Meilensteins.\nMfG Jürgen Brenner")
case("o06-meilenstein-fertig", OWB, [f], "decided", [rdeny()],
     spec="O3/O6: completed milestone -> deny, non-refundable.")

# o07 milestone in progress, Liechtenstein
proj("Treuhand Rheintal Portal", "admin@treuhand-rheintal.li", "2025-07-01T10:00:00")
owpay("de_w071", "OWD-2025-407", "Treuhand Rheintal Portal", "milestone", "28000.00", "0.00", "2025-09-01T10:00:00",
      milestone_status="in_progress")
f, _ = mail("o07-meilenstein-laufend-vaduz", "Treuhand Rheintal <admin@treuhand-rheintal.li>", OWD_TO,
            "Rückerstattung Meilenstein Kundenportal", at(2025, 9, 23, 14, 0, 2),
            "Guten Tag\n\nDer Verwaltungsrat hat beschlossen, das Kundenportal nicht weiterzuverfolgen, da wir mit "
            "einer Bank fusionieren. Wir ersuchen um Rückerstattung des laufenden Meilensteins (Treuhand Rheintal "
            "Portal, OWD-2025-407), soweit die Arbeit noch nicht erbracht ist.\n\nFreundliche Grüsse\nLukas Marxer")
case("o07-meilenstein-laufend-vaduz", OWB, [f], "decided", [resc()],
     spec="O3: milestone in_progress -> escalate (billable value needs a person).")

# o08 retainer, enough notice, Bern
proj("Chäsi Emmental Social Media", "info@chaesi-emmental.ch", "2025-01-01T10:00:00")
owpay("de_w081", "OWD-2025-408", "Chäsi Emmental Social Media", "retainer", "9000.00", "0.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
f, _ = mail("o08-retainer-kuendigung-bern", "Chäsi Emmental <info@chaesi-emmental.ch>", OWD_TO,
            "Kündigung Betreuung Social Media", at(2025, 9, 26, 10, 0, 2),
            "Grüessech\n\nWir kündigen die monatliche Social-Media-Betreuung Chäsi Emmental Social Media (letzte "
            "Rechnung OWD-2025-408). Grund: Unsere Tochter übernimmt das ab Oktober selber.\n\nMerci und "
            "freundliche Grüsse\nHansruedi Zaugg")
case("o08-retainer-kuendigung-bern", OWB, [f], "decided", [canc("2025-10-19")],
     spec="O4/O8: request 09-26 <= 10-20 minus 7 (10-13) -> cancel effective 2025-10-19.")

# o09 retainer, short notice, Cologne
proj("Kölsch Kneipe Am Dom Ads", "kneipe.amdom@netcologne.de", "2025-03-03T10:00:00")
owpay("de_w091", "OWD-2025-409", "Kölsch Kneipe Am Dom Ads", "retainer", "10000.00", "1900.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
f, _ = mail("o09-retainer-kurzfristig-koeln", "Kneipe Am Dom <kneipe.amdom@netcologne.de>", OWD_TO,
            "Kündigung Werbebetreuung", at(2025, 9, 29, 23, 0, 2),
            "N'Abend! Wir kündigen die Werbebetreuung Kölsch Kneipe Am Dom Ads, Rechnung OWD-2025-409. Die "
            "Brauerei zahlt uns jetzt die Werbung, dat brauchen mer nit mehr. Bitte zum nächsten Termin beenden.\n"
            "Jupp")
case("o09-retainer-kurzfristig-koeln", OWB, [f], "decided", [canc("2025-11-02")],
     spec="O4: request 09-30 02:30 IST, cut-off 09-26 (10-03 minus 7) missed -> next cycle 10-03..11-02 billed, effective 2025-11-02.")

# o10 hosting annual within 14 days, Tyrol
proj("Skischule Kitzbühel Web", "buero@skischule-kitz.at")
owpay("de_w101", "OWD-2025-410", "Skischule Kitzbühel Web", "hosting_annual", "15000.00", "3000.00", "2025-09-20T10:00:00",
      setup_fee="1500.00", service_start="2025-09-20")
f, _ = mail("o10-hosting-14-tage-tirol", "Skischule Kitzbühel <buero@skischule-kitz.at>", OWD_TO,
            "Hosting Jahrespaket stornieren + Rückerstattung", at(2025, 9, 29, 9, 0, 2),
            "Servus,\n\nbitte stornieren Sie das Hosting-Jahrespaket der Skischule Kitzbühel Web (OWD-2025-410) und "
            "erstatten Sie, was möglich ist. Der Tourismusverband stellt uns ab sofort kostenloses Hosting zur "
            "Verfügung.\n\nSki heil!\nFlorian Hechenberger")
case("o10-hosting-14-tage-tirol", OWB, [f], "decided", [ref("12375.00")],
     spec="O5: day 9 -> 15000 - 1500 - (13500/12 = 1125) x 1 = 12375.00; the refund ends the plan (cancellation extra ok).")

# o11 maintenance annual before service start
proj("Physiotherapie Seefeld", "praxis@physio-seefeld.de")
owpay("de_w111", "OWD-2025-411", "Physiotherapie Seefeld", "maintenance_annual", "6000.00", "1140.00", "2025-09-20T10:00:00",
      setup_fee="600.00", service_start="2025-10-01")
f, _ = mail("o11-wartung-vor-beginn", "Physiotherapie Seefeld <praxis@physio-seefeld.de>", OWD_TO,
            "Wartungsvertrag – Rückerstattung vor Beginn", at(2025, 9, 25, 12, 0, 2),
            "Guten Tag,\n\nder Wartungsvertrag für Physiotherapie Seefeld (OWD-2025-411) beginnt erst am 1. Oktober. "
            "Wir geben die Praxis zum Jahresende auf und bitten daher um Rückerstattung.\n\nFreundliche Grüße\n"
            "Dr. Anna Seefeld")
case("o11-wartung-vor-beginn", OWB, [f], "decided", [ref("4950.00")],
     spec="O5 + sec. 8: before service start consumed_months = 1 -> 6000 - 600 - 450 = 4950.00.")

# o12 hosting after 14 days
proj("Kaffeerösterei Elbe", "roesterei@kaffee-elbe.de")
owpay("de_w121", "OWD-2025-412", "Kaffeerösterei Elbe", "hosting_annual", "12000.00", "2280.00", "2025-09-05T10:00:00",
      setup_fee="1200.00", service_start="2025-09-05")
f, _ = mail("o12-hosting-zu-spaet-dresden", "Kaffeerösterei Elbe <roesterei@kaffee-elbe.de>", OWD_TO,
            "Hosting kündigen und Geld zurück", at(2025, 9, 22, 10, 0, 2),
            "Hallo, wir wollen das Hosting für die Kaffeerösterei Elbe (OWD-2025-412) zurückgeben, weil unser "
            "Shop-System jetzt alles inklusive hat. Bitte anteilig erstatten.\nGrüße aus Dresden")
case("o12-hosting-zu-spaet-dresden", OWB, [f], "decided", [rdeny()],
     spec="O5: service_start 09-05, request 09-22 = day 17 > 14 -> deny.")

# o13 premium plugin licence (third party)
proj("Yoga Studio Prenzlauer Berg", "namaste@yoga-prenzlberg.de", "2025-08-01T10:00:00")
owpay("de_w131", "OWD-2025-413", "Yoga Studio Prenzlauer Berg", "third_party", "4500.00", "855.00", "2025-09-20T10:00:00")
f, _ = mail("o13-plugin-lizenz-berlin", "Yoga Studio <namaste@yoga-prenzlberg.de>", OWD_TO,
            "Plugin-Lizenz erstatten", at(2025, 9, 22, 9, 0, 2),
            "Hi ihr Lieben, ihr habt für das Yoga Studio Prenzlauer Berg eine Premium-Buchungsplugin-Lizenz "
            "gekauft (OWD-2025-413). Wir nutzen jetzt aber Eversports, das Plugin brauchen wir nicht. Bitte "
            "erstattet uns die Lizenz.\nNamasté, Mia")
case("o13-plugin-lizenz-berlin", OWB, [f], "decided", [rdeny()],
     spec="O6: premium plugin licence (third_party) -> deny.")

# o14 setup fee
proj("Tischlerei Holzwurm", "holzwurm.tischlerei@t-online.de", "2025-09-01T10:00:00")
owpay("de_w141", "OWD-2025-414", "Tischlerei Holzwurm", "setup", "3000.00", "570.00", "2025-09-01T10:00:00")
f, _ = mail("o14-einrichtungsgebuehr", "Tischlerei Holzwurm <holzwurm.tischlerei@t-online.de>", OWD_TO,
            "Einrichtungsgebühr", at(2025, 9, 19, 16, 0, 2),
            "Guten Tag, ich sehe nicht ein, warum wir für die Tischlerei Holzwurm eine Einrichtungsgebühr "
            "(OWD-2025-414) zahlen sollen, das war mir beim Angebot nicht klar. Bitte erstatten Sie die 3.000.\n"
            "Meister Kowalski")
case("o14-einrichtungsgebuehr", OWB, [f], "decided", [rdeny()],
     spec="O6: setup/activation fee is never refundable -> deny.")

# o15 change request
proj("Weinhandel Pfalz Online", "shop@weinhandel-pfalz.de", "2025-07-01T10:00:00")
owpay("de_w151", "OWD-2025-415", "Weinhandel Pfalz Online", "change_request", "5000.00", "950.00", "2025-09-18T10:00:00")
f, _ = mail("o15-aenderungswunsch-pfalz", "Weinhandel Pfalz <shop@weinhandel-pfalz.de>", OWD_TO,
            "Änderungswunsch storniert", at(2025, 9, 21, 10, 0, 2),
            "Hallo, den Änderungswunsch (neuer Weinfinder, OWD-2025-415) für Weinhandel Pfalz Online brauchen wir "
            "doch nicht, der Chef hat's sich anders überlegt. Bitte Betrag erstatten.\nGruß Melanie")
case("o15-aenderungswunsch-pfalz", OWB, [f], "decided", [rdeny()],
     spec="O6: change request outside scope -> deny.")

# o16 C2, Optima
proj("Bäckerei Sonnenkorn", "inhaber@baeckerei-sonnenkorn.de")
owpay("de_w161", "OWD-2025-416", "Bäckerei Sonnenkorn", "deposit", "8000.00", "1520.00", "2025-09-25T10:00:00")
f, _ = mail("o16-falsche-adresse-c2", "Filiale Sonnenkorn Nord <filiale.nord@baeckerei-sonnenkorn.de>", OWD_TO,
            "Anzahlung zurück", at(2025, 9, 26, 6, 0, 2),
            "Hallo, für die Bäckerei Sonnenkorn bitte die Anzahlung OWD-2025-416 zurück, der Chef will doch keine "
            "neue Seite, weil die Filiale schließt.\nGruß, Filiale Nord")
case("o16-falsche-adresse-c2", OWB, [f], "need_info", rules=["C2"],
     spec="C2: sender filiale.nord@ is not the contract email inhaber@ -> ask to write from it.")

# o17 retainer cancellation, no real reason ("wie besprochen", "siehe unten")
proj("Hofladen Lindenhof SEO", "lindenhof.hofladen@web.de", "2025-02-10T10:00:00")
owpay("de_w171", "OWD-2025-417", "Hofladen Lindenhof SEO", "retainer", "6000.00", "1140.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
f, _ = mail("o17-kuendigung-ohne-grund", "Hofladen Lindenhof <lindenhof.hofladen@web.de>", OWD_TO,
            "Kündigung SEO", at(2025, 9, 22, 20, 0, 2),
            "Guten Abend,\n\nwie besprochen kündige ich hiermit die SEO-Betreuung Hofladen Lindenhof SEO "
            "(Rechnung OWD-2025-417). Bitte um kurze Bestätigung.\n\nViele Grüße vom Hof\nBirgit Lindner")
case("o17-kuendigung-ohne-grund", OWB, [f], "need_info", missing=["reason"],
     spec="Sec. 8: Optima requires a reason for cancellations; 'wie besprochen' and courtesy are no reason -> ask for reason.")

# o18 Verbraucherzentrale + Anwalt threat, refund + cancellation
proj("Reisebüro Fernweh Relaunch", "chef@reisebuero-fernweh.de")
owpay("de_w181", "OWD-2025-418", "Reisebüro Fernweh Relaunch", "deposit", "14000.00", "2660.00", "2025-09-26T10:00:00")
f, _ = mail("o18-anwalt-verbraucherzentrale", "Reisebüro Fernweh <chef@reisebuero-fernweh.de>", OWD_TO,
            "Rücktritt und Erstattung – Frist bis Montag", at(2025, 9, 27, 11, 0, 2),
            "Sehr geehrte Damen und Herren,\n\nich trete vom Vertrag Reisebüro Fernweh Relaunch zurück und verlange "
            "die Anzahlung OWD-2025-418 zurück. Ihr Vertriebler hat mir Funktionen zugesagt, die im Angebot fehlen. "
            "Sollte bis Montag keine Erstattung erfolgen, schalte ich meinen Anwalt und die Verbraucherzentrale "
            "ein.\n\nKlaus Reimann")
case("o18-anwalt-verbraucherzentrale", OWB, [f], "decided", [resc(), cesc()], rules=["C4"],
     spec="C4: lawyer / consumer-protection threat covers the whole case -> escalate refund and cancellation.",
     )

# o19 question before signing
f, _ = mail("o19-frage-vor-unterschrift", "Sophie Lange <sophie.lange@fotografie-lange.de>", OWD_TO,
            "Frage zum Angebot vor Unterschrift", at(2025, 9, 23, 14, 0, 2),
            "Hallo, bevor ich das Angebot für meine Fotografie-Website unterschreibe: Wenn ich die Anzahlung "
            "leiste und es mir nach einem Tag anders überlege, bekomme ich sie zurück? Und wie ist es beim "
            "Hosting?\nDanke, Sophie")
case("o19-frage-vor-unterschrift", OWB, [f], "other",
     spec="Sec. 8 hypothetical: a question before signing -> other.")

# o20 thread: cancellation, the reply gives the reason
proj("Kletterhalle Isartal Newsletter", "team@kletterhalle-isartal.de", "2025-04-15T10:00:00")
owpay("de_w201", "OWD-2025-420", "Kletterhalle Isartal Newsletter", "retainer", "7000.00", "1330.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
f1, m1 = mail("o20a-kuendigung-ohne-grund-isartal", "Kletterhalle Isartal <team@kletterhalle-isartal.de>", OWD_TO,
              "Kündigung Newsletter-Betreuung OWD-2025-420", at(2025, 9, 23, 9, 0, 2),
              "Servus, hiermit kündigen wir die Newsletter-Betreuung Kletterhalle Isartal Newsletter, "
              "Rechnung OWD-2025-420.\nDanke, Basti")
f2, _ = mail("o20b-antwort-grund-isartal", "Kletterhalle Isartal <team@kletterhalle-isartal.de>", OWD_TO,
             "AW: Kündigung Newsletter-Betreuung OWD-2025-420 [OWD-4471]", at(2025, 9, 24, 8, 0, 2),
             "Grund: Wir haben einen Werkstudenten eingestellt, der den Newsletter ab Oktober selbst schreibt.\n"
             "Basti\n\n-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign\nBetreff: Kündigung ...\n"
             "Bitte nennen Sie uns den Grund der Kündigung.",
             reply_to_id="<owd-4471.reply@optimawebdesign.com>", refs=[m1, "<owd-4471.reply@optimawebdesign.com>"])
case("o20-verlauf-kuendigung-grund-isartal", OWB, [f1, f2], "decided", [canc("2025-10-14")],
     spec="C3 merge; O4 request 09-23 <= 10-15 minus 7 (10-08) -> cancel effective 2025-10-14.")

# o21 HTML-only, billing address, deposit approve after work start date in the future
proj("Zahnarzt Dr. Oberhuber Website", "ordination@dr-oberhuber.at", "2025-10-06T09:00:00")
owpay("de_w211", "OWD-2025-421", "Zahnarzt Dr. Oberhuber Website", "deposit", "11000.00", "2200.00", "2025-09-26T09:00:00")
f, _ = mail("o21-html-anzahlung-graz", "Ordination Dr. Oberhuber <ordination@dr-oberhuber.at>", OWD_B,
            "Anzahlung – Rücktritt", at(2025, 9, 27, 18, 0, 2),
            "<html><body style=\"font-family:Calibri\"><p>Sehr geehrte Damen und Herren,</p><p>für das Projekt "
            "<b>Zahnarzt Dr. Oberhuber Website</b> haben wir gestern die Anzahlung (<i>OWD-2025-421</i>, € 11.000,00 "
            "netto) überwiesen. Da die Ordination mit Jahresende von der Ärztekammer-Plattform übernommen wird, "
            "treten wir vom Auftrag zurück und bitten um Rückerstattung.</p><p>Mit freundlichen Grüßen<br>"
            "Dr. Maria Oberhuber<br>Graz</p></body></html>", html=True)
case("o21-html-anzahlung-graz", OWB, [f], "decided", [ref("11000.00")],
     spec="O2: paid 09-26 09:00 IST, request 09-27 21:30 IST (36.5 h), work starts 10-06 (later) -> approve 11000.00; C1 via billing@ address.")

write()
