"""fresh37_de: German held-out cases (Graz university, the Innviertel, the Montafon, Appenzell/St. Gallen,
Lucerne/Zug, Schaffhausen, the Black Forest (Villingen), Heilbronn/Hohenlohe, the Odenwald, Trier/Mosel, Aachen,
Göttingen, Magdeburg, Chemnitz, Rostock; German written by Romanian, Korean and Portuguese speakers).
Stdlib only, deterministic.  Run: python3 make_cases.py -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (every person, firm, club and body is invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, day_no, hours, lopay, o5, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
DE = 2      # CEST / MESZ: Germany, Austria, Switzerland in September 2025
RO = 3      # EEST: Romania
KR = 9      # Korea
PT = 1      # WEST: Portugal

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "de")
_n = [0]


def pay(email, plan, paid, ps, pe, inv=None, status="paid", amount=None):
    _n[0] += 1
    amt = amount or {"monthly": M, "quarterly": Q, "annual": A}[plan]
    inv = inv or f"LO-INV-81{_n[0]:03d}"
    PAY.append(lopay(f"d37_p{_n[0]:02d}", inv, email, plan, *amt, paid, ps, pe, status=status))
    return inv


_o = [0]


def opay(project, kind, amount, paid, **kw):
    _o[0] += 1
    from decimal import Decimal
    tax = str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))
    inv = kw.pop("inv", None) or f"OWD-2025-7{_o[0]:02d}"
    PAY.append(owpay(f"d37_o{_o[0]:02d}", inv, project, kind, amount, tax, paid, **kw))
    return inv


# ======================= LeadsOptima =======================

# 1 Graz university institute: duplicate, invoice typed with spaces
C.append(cust("sekretariat.geomorph@geomorph-graz.at", "Institut für Geomorphologie (Sekretariat)", "monthly",
              start="2025-09-24", end="2025-10-23"))
pay("sekretariat.geomorph@geomorph-graz.at", "monthly", "2025-09-24T14:00:00", "2025-09-24", "2025-10-23")
i = pay("sekretariat.geomorph@geomorph-graz.at", "monthly", "2025-09-24T14:01:00", "2025-09-24", "2025-10-23")
w = at("2025-09-26 09:15", DE)
assert day_no("2025-09-24T14:00:00", w) == 2
r.case("graz-institut-doppelt", LOB, [Mail(
    "Sekretariat Geomorphologie <sekretariat.geomorph@geomorph-graz.at>", "Doppelbelastung Monatsabo", w,
    "Sehr geehrte Damen und Herren,\n\nguten Morgen aus Graz. Bei der Durchsicht der Kostenstelle 4711-09 ist mir "
    "aufgefallen, dass das Monatsabo am 24.09.2025 zweimal belastet wurde (2 x 1.499,00 INR). Die zweite Buchung hat "
    f"laut Beleg die Nummer {i.replace('-', ' ').lower()}.\nIch ersuche höflich um Rückerstattung der doppelten "
    "Belastung, da unsere Drittmittelabrechnung sonst nicht aufgeht.\n\nMit freundlichen Grüßen\n\nMag.a Roswitha "
    "Pölzl\nSekretariat\nInstitut für Geomorphologie\nSchubertgasse 14, 8010 Graz")],
    "decided", [R("approve", "1499.00")],
    spec=f"L2 duplicate + L4: two paid monthly charges 2025-09-24 same period; request 2025-09-26 (day 2); refund the later {i} typed lower-case with spaces (s.8) = 1499.00.")

# 2 Innviertel brewery: duplicate on day 7 (evening in Austria)
C.append(cust("office@brauerei-hofwimmer.at", "Brauerei Hofwimmer", "quarterly", start="2025-09-20", end="2025-12-19"))
pay("office@brauerei-hofwimmer.at", "quarterly", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
i = pay("office@brauerei-hofwimmer.at", "quarterly", "2025-09-20T10:02:00", "2025-09-20", "2025-12-19")
w = at("2025-09-27 16:00", DE)
assert day_no("2025-09-20T10:02:00", w) == 7
r.case("innviertel-brauerei-tag7", LOB, [Mail(
    "Brauerei Hofwimmer - Büro <office@brauerei-hofwimmer.at>", "zwoamal abbucht", w,
    "Servus,\n\nbei uns is des Quartalsabo am 20. September zwoamal von da Kreditkarte obebucht worn, 3.999,- und "
    f"glei nomoi 3.999,-. De zweite Rechnung is de {i}.\nBitte des doppelte Geld zruckbuchen, mia brauchan des fürs "
    "Oktoberbier.\n\nDanke und a schens Wochenend\nResi Hofwimmer\nBrauerei Hofwimmer, Ried im Innkreis")],
    "decided", [R("approve", "3999.00")],
    spec=f"L3 boundary: charges 2025-09-20 IST; email Sat 2025-09-27 16:00 CEST = 19:30 IST, local date day 7, inside; L4 duplicate {i} = 3999.00 (Innviertel dialect).")

# 3 Montafon ski school: day 7 at home, day 8 in Kolkata
C.append(cust("info@schischule-gargellen.at", "Schischule Vallüla", "annual", start="2025-09-15", end="2026-09-14"))
i1 = pay("info@schischule-gargellen.at", "annual", "2025-09-15T09:00:00", "2025-09-15", "2026-09-14")
i = pay("info@schischule-gargellen.at", "annual", "2025-09-15T09:01:00", "2025-09-15", "2026-09-14")
w = at("2025-09-22 22:10", DE)
assert day_no("2025-09-15T09:01:00", w) == 8
r.case("montafon-schischule-tag8", LOB, [Mail(
    "Schischule Vallüla <info@schischule-gargellen.at>", "Jahresabo doppelt bezahlt", w,
    "Hoi mitanand,\n\nich bin grad erst vom Hüttendienst zurück und seh, dass euer Jahresabo am 15.9. zwei Mal von "
    f"unserem Konto gegangen ist ({i1} und {i}, je 11.988 Rupien). Heut ist ja genau eine Woche, also sollte das "
    "noch gehen - bitte die zweite Zahlung retour.\n\nLG Florian Tschofen\nSchischule Vallüla, Gargellen im Montafon")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-15 IST; email Mon 2025-09-22 22:10 CEST = 2025-09-23 01:40 IST = day 8 > 7 -> deny, although the customer counts one week.")

# 4 Appenzell: wrong plan charged (billing_error) -> escalate
C.append(cust("buchhaltung@kaeserei-sonderegger.ch", "Käserei Sonderegger AG", "quarterly", start="2025-09-25",
              end="2025-12-24"))
i = pay("buchhaltung@kaeserei-sonderegger.ch", "quarterly", "2025-09-25T12:30:00", "2025-09-25", "2025-12-24")
w = at("2025-09-29 14:20", DE)
assert day_no("2025-09-25T12:30:00", w) == 4
r.case("appenzell-falscher-tarif", LOB, [Mail(
    "Käserei Sonderegger AG <buchhaltung@kaeserei-sonderegger.ch>", f"Rechnung {i} - falscher Tarif", w,
    "Grüezi\n\nWir haben bei Ihnen das Monatsabo bestellt, belastet wurde uns am 25. September aber das Quartalsabo "
    f"(Rechnung {i}, 3'999.00 INR statt 1'499.00). Das ist der falsche Tarif und nicht das, was wir abgeschlossen "
    "haben. Wir bitten um Korrektur und Rückerstattung der Differenz.\n\nFreundliche Grüsse\n\nUrsula Manser\n"
    "Käserei Sonderegger AG, Appenzell\n\nDiese E-Mail ist vertraulich. Falls Sie nicht der richtige Adressat sind, "
    "informieren Sie bitte den Absender und löschen Sie diese Nachricht.")],
    "decided", [R("escalate")],
    spec=f"L2 billing_error (wrong plan charged) inside L3 (2025-09-25 -> 2025-09-29, day 4) -> L5 escalate with {i}; no amount. Swiss spelling (ss, apostrophe thousands).")

# 5 Lucerne: access failure inside window
C.append(cust("marketing@seeblick-hotel-weggis.ch", "Hotel Seeblick Weggis", "monthly", start="2025-09-23",
              end="2025-10-22"))
i = pay("marketing@seeblick-hotel-weggis.ch", "monthly", "2025-09-23T11:00:00", "2025-09-23", "2025-10-22")
w = at("2025-09-28 18:45", DE)
assert day_no("2025-09-23T11:00:00", w) == 5
r.case("luzern-hotel-kein-login", LOB, [Mail(
    "Nadia Zimmermann <marketing@seeblick-hotel-weggis.ch>", "Kein Zugriff seit Zahlung", w,
    "Guten Abend\n\nSeit der Verlängerung am 23.9. kann ich mich nicht mehr einloggen. Passwort zurückgesetzt, anderer "
    "Browser, Inkognito - nichts. Das Dashboard bleibt weiss und lädt nicht. Ihr Chat antwortet nicht.\n"
    f"Unter diesen Umständen möchte ich die Zahlung ({i}) zurück.\n\nFreundliche Grüsse\nNadia Zimmermann\n"
    "Hotel Seeblick, Weggis am Vierwaldstättersee")],
    "decided", [R("escalate")],
    spec="L2 access_failure ('kann mich nicht einloggen', dashboard does not load) inside L3 (2025-09-23 -> 2025-09-28, day 5) -> L6 escalate.")

# 6 Zug: access failure outside window
C.append(cust("it@kraeuterhaus-baar.ch", "Kräuterhaus Baar GmbH", "monthly", start="2025-08-30", end="2025-09-29"))
i = pay("it@kraeuterhaus-baar.ch", "monthly", "2025-08-30T10:00:00", "2025-08-30", "2025-09-29")
w = at("2025-09-25 08:40", DE)
assert day_no("2025-08-30T10:00:00", w) == 26
r.case("zug-login-zu-spaet", LOB, [Mail(
    "Beat Iten <it@kraeuterhaus-baar.ch>", "Login geht seit Wochen nicht", w,
    "Guten Morgen\n\nseit Anfang September komme ich nicht mehr auf die Plattform (Fehlermeldung 'session expired' "
    f"in Endlosschleife). Bitte erstatten Sie die Zahlung vom 30. August ({i}), wir konnten den Monat ja gar nicht "
    "nutzen.\n\nBesten Dank\nBeat Iten, Informatik\nKräuterhaus Baar GmbH")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-08-30, request 2025-09-25 = day 26 > 7 -> deny citing the 7-day rule.")

# 7 Schaffhausen: changed mind refund + cancel
C.append(cust("praxis@physio-rheinfall.ch", "Physiotherapie am Rheinfall", "monthly", start="2025-09-19",
              end="2025-10-18"))
pay("praxis@physio-rheinfall.ch", "monthly", "2025-09-19T09:30:00", "2025-09-19", "2025-10-18")
w = at("2025-09-24 12:10", DE)
r.case("schaffhausen-physio-umentschieden", LOB, [Mail(
    "Physiotherapie am Rheinfall <praxis@physio-rheinfall.ch>", "Kündigung + Rückzahlung", w,
    "Grüezi mitenand\n\nWir haben uns im Team anders entschieden: Terminvergabe und Patientenanfragen laufen weiter "
    "über unser bisheriges System, LeadsOptima brauchen wir nicht mehr. Bitte kündigen Sie das Monatsabo und "
    "erstatten Sie uns den Rest des Monats, wir haben es ja kaum genutzt.\n\nFreundliche Grüsse\nCorinne Stamm\n"
    "Physiotherapie am Rheinfall, Neuhausen")],
    "decided", [R("deny"), K("cancel", "2025-10-18")],
    spec="L1: changed mind / little used is no L2 reason -> refund deny (no partial refund for unused days); L8 cancel effective current_period_end 2025-10-18.")

# 8 Villingen driving school: plain cancellation, quarterly
C.append(cust("info@fahrschule-brigach.de", "Fahrschule Brigach", "quarterly", start="2025-08-12", end="2025-11-11"))
pay("info@fahrschule-brigach.de", "quarterly", "2025-08-12T13:00:00", "2025-08-12", "2025-11-11")
w = at("2025-09-30 19:30", DE)
r.case("villingen-fahrschule-kuendigung", LOB, [Mail(
    "Fahrschule Brigach <info@fahrschule-brigach.de>", "Kündigung Quartalsabo", w,
    "Guten Abend,\n\nhiermit kündige ich unser Quartalsabo fristgerecht. Wir haben die Anmeldungen für die "
    "Führerscheinkurse inzwischen über die Website der Innung laufen, das ist für uns einfacher.\n"
    "Bitte bestätigen Sie mir kurz das Vertragsende.\n\nViele Grüße aus Villingen\nMarkus Dold\nFahrschule Brigach\n"
    "Klasse B, BE, A, Mofa - Unterricht Di und Do 19 Uhr")],
    "decided", [K("cancel", "2025-11-11")],
    spec="L8 cancel: quarterly, current_period_end 2025-11-11 from the ledger; the reason is given.")

# 9 Heilbronn: ledger without period, charge with UTC offset crossing midnight IST
C.append(cust("kontakt@weingut-hohenlohe-rauh.de", "Weingut Rauh", "quarterly"))
PAY.append(lopay("d37_p90", "LO-INV-81090", "kontakt@weingut-hohenlohe-rauh.de", "quarterly", *Q,
                 "2025-07-31T21:00:00+00:00", None, None))
w = at("2025-09-29 10:05", DE)
r.case("hohenlohe-weingut-ohne-periode", LOB, [Mail(
    "Weingut Rauh <kontakt@weingut-hohenlohe-rauh.de>", "Kündigung", w,
    "Grüß Gott,\n\nmir hen des Quartalsabo am 31. Juli spät abends verlängert kriegt, jetzt isch aber Herbst und die "
    "Lese goht los, do hemmer koi Zeit fürs Marketing. Bitte kündiget Se des Abo zum Ende vom laufende Quartal.\n\n"
    "Mit freundliche Grüß\nGottlob Rauh\nWeingut Rauh, Pfedelbach (Hohenlohe)")],
    "decided", [K("cancel", "2025-10-31")],
    spec="L8 fallback (no current_period_end): last charge 2025-07-31T21:00Z = 2025-08-01 02:30 IST (23:00 CEST on 31.07, as the customer says); local date 2025-08-01 + 3 months - 1 day = 2025-10-31 (s.8 offsets).")

# 10 Odenwald: free trial, refund asked -> L7 deny
C.append(cust("gude@radhaus-michelstadt.de", "Radhaus Michelstadt", "monthly", status="trial", trial_ends="2025-10-06"))
w = at("2025-09-27 11:30", DE)
r.case("odenwald-radladen-testphase", LOB, [Mail(
    "Radhaus Michelstadt <gude@radhaus-michelstadt.de>", "Geld zurück?", w,
    "Gude,\n\nich hab bei euch die Testphase angefangen, aber ehrlich gesagt passt des net zu unserem Fahrradladen, "
    "mir verkaufen eh alles über den Laden. Auf der Kreditkarte seh ich aber e Vormerkung von euch, bitte des Geld zurück.\n\n"
    "Gruß\nHeiko Schäfer\nRadhaus Michelstadt - Verkauf, Werkstatt, E-Bike-Verleih")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-06), no charges -> refund deny, nothing to refund; no billing unless they subscribe.")

# 11 Trier/Mosel: C2 from private address naming the registered one
C.append(cust("verkauf@moselweingut-kirsten.de", "Weingut Kirsten", "annual", start="2025-04-02", end="2026-04-01"))
pay("verkauf@moselweingut-kirsten.de", "annual", "2025-04-02T10:00:00", "2025-04-02", "2026-04-01")
w = at("2025-09-26 07:50", DE)
r.case("trier-privatadresse-c2", LOB, [Mail(
    "Leni Kirsten <leni.kirsten@gmx.de>", "Kündigung Jahresabo Weingut Kirsten", w,
    "Moien,\n\nich schreib von daheim, im Weingut ist das Internet mal wieder weg. Registriert sind wir mit "
    "verkauf@moselweingut-kirsten.de. Bitte kündigt das Jahresabo, wir machen das Marketing ab nächstem Jahr mit "
    "unserer Winzergenossenschaft zusammen.\n\nSchöne Grüße von der Mosel\nLeni Kirsten, Trittenheim")],
    "need_info", rules=["C2"],
    spec="C2: the registered email is verkauf@moselweingut-kirsten.de, the sender leni.kirsten@gmx.de -> ask for the request from the registered address, disclose nothing.")

# 12 Aachen: unknown sender entirely
w = at("2025-09-29 15:40", DE)
r.case("aachen-unbekannt-c2", LOB, [Mail(
    "Printenbäckerei Huppertz <bestellung@printenbaeckerei-huppertz.de>", "Abo beenden", w,
    "Hallo zusammen,\n\nbitte beenden Sie unser LeadsOptima-Abo, wir haben für die Weihnachtssaison jemand anderen "
    "für die Werbung gefunden.\n\nMit freundlichen Grüßen\nJosef Huppertz\nPrintenbäckerei Huppertz, Aachen-Burtscheid")],
    "need_info", rules=["C2"],
    spec="C2/C3: the sender is unknown in the LeadsOptima ledger and names no registered email -> need_info asking to write from the registered address; nothing about an account.")

# 13 Göttingen choir: refund with no reason and no invoice, two charges on record
C.append(cust("kasse@kammerchor-leinetal.de", "Kammerchor Leinetal e.V.", "monthly", start="2025-09-21",
              end="2025-10-20"))
pay("kasse@kammerchor-leinetal.de", "monthly", "2025-08-21T10:00:00", "2025-08-21", "2025-09-20")
pay("kasse@kammerchor-leinetal.de", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
w = at("2025-09-24 20:15", DE)
r.case("goettingen-chor-ohne-grund", LOB, [Mail(
    "Kammerchor Leinetal - Kasse <kasse@kammerchor-leinetal.de>", "Rückerstattung", w,
    "Liebes LeadsOptima-Team,\n\nals Kassenwart unseres Chors bitte ich um Rückerstattung einer Abbuchung für das "
    "Monatsabo. Können Sie das bitte veranlassen?\n\nMit musikalischen Grüßen\nDr. Henning Brandes\nKassenwart, "
    "Kammerchor Leinetal e.V., Göttingen\nProbe: mittwochs 19:30, Aula am Waldweg")],
    "need_info", missing=["reason", "invoice_number"],
    spec="C3: refund from the registered address with no reason and no charge named; two charges on record, so the invoice is not implied -> ask for reason and invoice_number (plan filled from the ledger).")

# 14 Göttingen thread: need_info then answer -> approve
C.append(cust("info@goettinger-lastenrad.de", "Göttinger Lastenrad eG", "monthly", start="2025-09-25",
              end="2025-10-24"))
pay("info@goettinger-lastenrad.de", "monthly", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
pay("info@goettinger-lastenrad.de", "monthly", "2025-09-25T15:00:00", "2025-09-25", "2025-10-24")
i = pay("info@goettinger-lastenrad.de", "monthly", "2025-09-25T15:00:40", "2025-09-25", "2025-10-24")
w1, w2 = at("2025-09-26 10:00", DE), at("2025-09-30 09:20", DE)
assert day_no("2025-09-25T15:00:40", w1) == 1
m1 = Mail("Göttinger Lastenrad eG <info@goettinger-lastenrad.de>", "Erstattung bitte", w1,
          "Hallo,\n\nbitte erstattet uns die Zahlung von gestern.\n\nDanke\nJule Meinecke\nGöttinger Lastenrad eG")
m2 = Mail("Göttinger Lastenrad eG <info@goettinger-lastenrad.de>", "Re: Erstattung bitte [LO-3711]", w2,
          f"Hallo,\n\nsorry, war kurz angebunden. Gestern = 25.9., da wurde zweimal abgebucht, die zweite Rechnung "
          f"ist {i}.\n\nJule\n\nAm 26.09.2025 um 10:58 schrieb LeadsOptima Support:\n> Bitte nennen Sie uns den Grund "
          "Ihrer Anfrage und die Rechnungsnummer.", reply=m1)
r.case("goettingen-thread-doppelt", LOB, [m1, m2], "decided", [R("approve", "1499.00")],
       spec=f"C3 thread: the first email (2025-09-26, day 1 from 2025-09-25) asks for a refund with no reason; the answer names a double charge and {i}; L4 pair on 2025-09-25 -> approve 1499.00, window counted from the first email.")

# 15 Magdeburg: billing error named, invoice missing, two charges
C.append(cust("verwaltung@elbauen-kita.de", "Kita Elbauen gGmbH", "monthly", start="2025-09-27", end="2025-10-26"))
pay("verwaltung@elbauen-kita.de", "monthly", "2025-08-27T10:00:00", "2025-08-27", "2025-09-26")
pay("verwaltung@elbauen-kita.de", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
w = at("2025-09-29 13:00", DE)
r.case("magdeburg-kita-falscher-betrag", LOB, [Mail(
    "Kita Elbauen Verwaltung <verwaltung@elbauen-kita.de>", "Falscher Betrag abgebucht", w,
    "Tach,\n\nbei einer Ihrer Abbuchungen wurde uns ein falscher Betrag berechnet, mehr als vereinbart. Wir bitten um "
    "Prüfung und Erstattung.\n\nMit freundlichen Grüßen\nSilke Wendt\nVerwaltung, Kita Elbauen gGmbH, "
    "Magdeburg-Buckau")],
    "need_info", missing=["invoice_number"],
    spec="C3: billing_error reason given ('falscher Betrag'); two charges on record and none named -> ask for invoice_number only ('einer Ihrer Abbuchungen' names no charge).")

# 16 Chemnitz: chargeback threat -> C4
C.append(cust("chef@drechslerei-kuehnel.de", "Drechslerei Kühnel", "monthly", start="2025-09-25", end="2025-10-24"))
pay("chef@drechslerei-kuehnel.de", "monthly", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
i = pay("chef@drechslerei-kuehnel.de", "monthly", "2025-09-25T12:00:30", "2025-09-25", "2025-10-24")
w = at("2025-09-27 17:30", DE)
r.case("chemnitz-rueckbuchung-drohung", LOB, [Mail(
    "Drechslerei Kühnel <chef@drechslerei-kuehnel.de>", "Doppelt abgebucht!!!", w,
    f"Nu hallo,\n\nihr habt zweimal abgebucht, {i} ist doppelt. Wenn das Geld bis Mittwoch nicht zurück ist, "
    "mache ich über meine Bank einen Chargeback, nu. Hab keine Lust auf lange Mails.\n\nKühnel\n"
    "Drechslerei Kühnel, Chemnitz-Kaßberg")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat escalates the case although L4 would approve the duplicate; no amount.")

# 17 Rostock: lawyer mention on a cancellation -> C4 escalates the cancellation too
C.append(cust("buero@segelmacherei-warnow.de", "Segelmacherei Warnow", "annual", start="2025-03-10", end="2026-03-09"))
pay("buero@segelmacherei-warnow.de", "annual", "2025-03-10T10:00:00", "2025-03-10", "2026-03-09")
w = at("2025-09-25 11:20", DE)
r.case("rostock-anwalt-kuendigung", LOB, [Mail(
    "Segelmacherei Warnow <buero@segelmacherei-warnow.de>", "Kündigung Jahresvertrag", w,
    "Moin,\n\nich kündige hiermit das Jahresabo, die Leads waren durch die Bank Müll. Ihre Werbung hat Dinge "
    "versprochen, die nie eingehalten wurden. Ich habe die Unterlagen bereits meinem Anwalt gegeben, er prüft, "
    "ob Sie mir das ganze Jahr zurückzahlen müssen.\n\nHinnerk Lüth\nSegelmacherei Warnow, Rostock-Gehlsdorf")],
    "decided", [K("escalate")], rules=["C4"], extra_ok=True,
    spec="C4 covers the whole case (s.8): a lawyer mention escalates the cancellation. 'durch die Bank' is an idiom, not a bank dispute; the lawyer is the C4 mention. The lawyer 'prüft, ob Sie mir das ganze Jahr zurückzahlen müssen': no refund is asked, but a bot that reads one must escalate it too (C4 covers every intent), so an extra refund decision cannot hurt (extra_ok, chk37b).")

# 18 Rostock harbour: threat explicitly ruled out -> plain cancel
C.append(cust("info@fischkutter-moewe.de", "Fischkutter Möwe", "monthly", start="2025-09-12", end="2025-10-11"))
pay("info@fischkutter-moewe.de", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
w = at("2025-09-28 08:30", DE)
r.case("warnemuende-keine-rueckbuchung", LOB, [Mail(
    "Fischkutter Möwe <info@fischkutter-moewe.de>", "Kündigung Monatsabo", w,
    "Moin moin,\n\nkeine Sorge, ich mach kein Theater, keine Rückbuchung und nix. Die Saison ist vorbei, die "
    "Touristen sind weg, ich brauch die Anfragen-Sache bis Ostern nicht mehr. Bitte das Monatsabo kündigen.\n\n"
    "Gruß vom Alten Strom\nKalle Pingel\nFischkutter Möwe, Warnemünde")],
    "decided", [K("cancel", "2025-10-11")],
    spec="s.8 negation: the customer rules out a chargeback ('keine Rückbuchung'), no other threat -> no C4; L8 cancel effective current_period_end 2025-10-11.")

# 19 Korean writer in Frankfurt: cancellation annual
C.append(cust("jiwoo.park@hanbit-trading.de", "Hanbit Trading GmbH", "annual", start="2025-06-16", end="2026-06-15"))
pay("jiwoo.park@hanbit-trading.de", "annual", "2025-06-16T10:00:00", "2025-06-16", "2026-06-15")
w = at("2025-09-30 16:40", DE)
r.case("koreanisch-jahresabo-kuendigen", LOB, [Mail(
    "Park Ji-woo <jiwoo.park@hanbit-trading.de>", "Kündigung von Jahresabo bitte", w,
    "Sehr geehrte Damen und Herren,\n\nich bin Park von Hanbit Trading. Unser Hauptquartier in Seoul hat entschieden, "
    "dass alle Marketing-Tool werden zentral gekauft ab nächste Jahr. Deshalb ich möchte unser Jahresabo kündigen. "
    "Bitte bestätigen Sie das Ende von Vertrag.\n\nVielen Dank für Ihre Verständnis.\n\nMit freundlichen Grüßen\n"
    "Park Ji-woo (박지우)\nHanbit Trading GmbH, Eschborn")],
    "decided", [K("cancel", "2026-06-15")],
    spec="L8 cancel: annual, current_period_end 2026-06-15; German by a Korean speaker.")

# 20 Portuguese speaker: 'did not use it' refund only -> L1 deny
C.append(cust("contato@pastelaria-lisboa-koeln.de", "Pastelaria Lisboa Köln", "monthly", start="2025-09-22",
              end="2025-10-21"))
pay("contato@pastelaria-lisboa-koeln.de", "monthly", "2025-09-22T11:00:00", "2025-09-22", "2025-10-21")
w = at("2025-09-25 15:10", PT)
r.case("portugiesisch-nicht-benutzt", LOB, [Mail(
    "Pastelaria Lisboa <contato@pastelaria-lisboa-koeln.de>", "Geld zurück bitte", w,
    "Hallo,\n\nich bin jetzt in Lissabon bei meine Familie für zwei Wochen, und die Pastelaria ist zu. Ich habe "
    "euer Programm diesen Monat gar nicht benutzt. Bitte das Geld von diese Monat zurück, ist nur fair.\n\n"
    "Obrigada / Danke\nFernanda Coelho\nPastelaria Lisboa, Köln-Ehrenfeld")],
    "decided", [R("deny")],
    spec="L1: 'not used this month' is no L2 reason -> refund deny, cancellation offered in the reply; no cancellation asked. One charge on record identifies the invoice. Sent from Lisbon (+01:00), day 3.")

# 21 auto-reply
w = at("2025-09-29 06:00", DE)
r.case("abwesenheit-autoreply", LOB, [Mail(
    "Kräuterhaus Baar GmbH <it@kraeuterhaus-baar.ch>", "Automatische Antwort: Ihre Anfrage [LO-3690]", w,
    "Besten Dank für Ihre Nachricht. Ich bin bis am 13. Oktober in den Ferien und habe keinen Zugriff auf meine "
    "E-Mails. In dringenden Fällen wenden Sie sich an info@kraeuterhaus-baar.ch.\n\nFreundliche Grüsse\nBeat Iten",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    refs_extra=["<lo-3690.20250929.0025@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Swiss out-of-office) -> ignore.")

# 22 DSN
w = at("2025-09-30 03:12", DE)
r.case("unzustellbar-dsn", LOB, [Mail(
    "MAILER-DAEMON@mx01.hosting-odenwald.de", "Unzustellbar: Ihre Kündigungsbestätigung", w,
    "Dies ist eine automatisch erstellte Nachricht des Mailservers.\n\nIhre Nachricht konnte nicht zugestellt werden "
    "an: hallo@kirchberg-kiosk.de\nGrund: Postfach existiert nicht.",
    dsn=[[("Reporting-MTA", "dns; mx01.hosting-odenwald.de")],
         [("Final-Recipient", "rfc822; hallo@kirchberg-kiosk.de"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON delivery-status report (RFC 3464) -> ignore.")

# 23 newsletter
w = at("2025-09-26 07:00", DE)
r.case("newsletter-gewerbeverein", LOB, [Mail(
    "Gewerbeverein Hohenlohe-Ost <newsletter@gv-hohenlohe-ost.de>", "Newsletter 09/2025: Digitalforum und Herbstmesse",
    w, "Liebe Mitglieder,\n\nam 14. Oktober findet unser Digitalforum statt. Thema: Kundengewinnung online. "
    "Anmeldung bis 7.10.\n\nAbmelden: https://gv-hohenlohe-ost.de/abmelden",
    headers={"List-Id": "<mitglieder.gv-hohenlohe-ost.de>", "Precedence": "bulk",
             "List-Unsubscribe": "<https://gv-hohenlohe-ost.de/abmelden>"})],
    "ignore", rules=["C7"], spec="C7: List-Id and Precedence: bulk (association newsletter) -> ignore.")

# 24 other: plan switch question
C.append(cust("team@kletterhalle-felsenfest.de", "Kletterhalle Felsenfest", "monthly", start="2025-09-18",
              end="2025-10-17"))
pay("team@kletterhalle-felsenfest.de", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
w = at("2025-09-26 13:30", DE)
r.case("schwarzwald-tarifwechsel-frage", LOB, [Mail(
    "Kletterhalle Felsenfest <team@kletterhalle-felsenfest.de>", "Frage zum Jahresabo", w,
    "Hallo,\n\nwir sind mit dem Monatsabo sehr zufrieden und überlegen, auf das Jahresabo umzusteigen. Wird der "
    "laufende Monat dann angerechnet, und ab wann gilt der neue Preis?\n\nSportliche Grüße\nTimo Kienzler\n"
    "Kletterhalle Felsenfest, Villingen-Schwenningen")],
    "other", spec="A question about changing plans, no refund or cancellation asked -> other.")

# 25 other: 'keine Erstattung', only invoice address
C.append(cust("sekretariat@notariat-neckarbogen.de", "Notariat am Neckarbogen (Büro)", "quarterly", start="2025-09-01",
              end="2025-11-30"))
pay("sekretariat@notariat-neckarbogen.de", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
w = at("2025-09-23 10:45", DE)
r.case("heilbronn-notariat-rechnungsadresse", LOB, [Mail(
    "Notariat am Neckarbogen - Sekretariat <sekretariat@notariat-neckarbogen.de>", "Rechnungsanschrift korrigieren", w,
    "Sehr geehrte Damen und Herren,\n\nauf der Rechnung vom 1. September steht noch unsere alte Anschrift "
    "(Kaiserstraße 8). Wir möchten ausdrücklich keine Erstattung und auch nicht kündigen, bitten aber um eine "
    "korrigierte Rechnung an: Allee 41, 74072 Heilbronn.\n\nMit freundlichen Grüßen\ni. A. Sabine Ehrmann\n"
    "Notarfachangestellte")],
    "other", spec="s.8 negation: 'ausdrücklich keine Erstattung und auch nicht kündigen'; an invoice-address correction is neither refund nor cancellation -> other. A notary's office is no lawyer threat.")

# 26 other: hypothetical before buying
w = at("2025-09-24 21:05", DE)
r.case("hypothetisch-vor-kauf-rostock", LOB, [Mail(
    "Ostsee Surfschule Markgrafenheide <kontakt@surfschule-markgrafenheide.de>", "Vor dem Kauf: Erstattung?", w,
    "Guten Abend,\n\nwir überlegen, im Frühjahr das Jahresabo zu nehmen. Bekommen wir unser Geld zurück, falls die "
    "Plattform für eine kleine Surfschule doch nichts taugt? Und ab wann rechnet ihr ab?\n\nDanke und Grüße\n"
    "Merle Voß")],
    "other", spec="s.8 hypothetical before buying ('bekommen wir unser Geld zurück, falls...') from a non-customer -> other.")

# 27 other: thanks for a refund received
w = at("2025-09-30 12:00", DE)
r.case("danke-erstattung-erhalten", LOB, [Mail(
    "Sekretariat Geomorphologie <sekretariat.geomorph@geomorph-graz.at>", "Re: Doppelbelastung Monatsabo [LO-3702]", w,
    "Sehr geehrte Damen und Herren,\n\ndie Gutschrift ist heute auf der Kreditkartenabrechnung ersichtlich. Herzlichen "
    "Dank für die rasche Erledigung!\n\nMit freundlichen Grüßen\nRoswitha Pölzl",
    refs_extra=["<lo-3702.20250926.1130@leadsoptima.com>"])],
    "other", spec="Thanks for a refund received (a past event) -> other; no new request.")

# 28 Outlook WG: forward by an assistant carrying the registered address
C.append(cust("geschaeftsfuehrung@holzbau-odenwald-roth.de", "Holzbau Roth GmbH", "quarterly", start="2025-09-05",
              end="2025-12-04"))
pay("geschaeftsfuehrung@holzbau-odenwald-roth.de", "quarterly", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
w = at("2025-09-29 08:05", DE)
r.case("odenwald-wg-assistenz-c2", LOB, [Mail(
    "Tanja Bauer <t.bauer@holzbau-odenwald-roth.de>", "WG: Kündigung LeadsOptima", w,
    "Guten Morgen,\n\nanbei die Kündigung von unserem Chef, bitte um Bearbeitung.\n\nGruß T. Bauer\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Holzbau Roth GmbH <geschaeftsfuehrung@holzbau-odenwald-roth.de>\n"
    "Gesendet: Freitag, 26. September 2025 17:12\nAn: Tanja Bauer <t.bauer@holzbau-odenwald-roth.de>\n"
    "Betreff: Kündigung LeadsOptima\n\nTanja, bitte kündige das LeadsOptima-Quartalsabo, wir sind bis Juni "
    "ausgebucht.\nKlaus Roth")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request is from the registered geschaeftsfuehrung@...; the sender t.bauer@... is another address -> ask for the request from the registered address.")

# 29 Thunderbird forward of one's own earlier mail, from the registered address
C.append(cust("anmeldung@tanzschule-kassiopeia.de", "Tanzschule Kassiopeia", "monthly", start="2025-09-14",
              end="2025-10-13"))
pay("anmeldung@tanzschule-kassiopeia.de", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
w = at("2025-09-27 18:20", DE)
r.case("goettingen-tb-weiterleitung-selbst", LOB, [Mail(
    "Tanzschule Kassiopeia <anmeldung@tanzschule-kassiopeia.de>", "Fwd: Abo kündigen", w,
    "Hallo, die Mail unten ging versehentlich an info@ statt an den Support. Bitte bearbeiten.\n\n"
    "-------- Weitergeleitete Nachricht --------\nBetreff: Abo kündigen\nDatum: Fri, 26 Sep 2025 09:02:11 +0200\n"
    "Von: Tanzschule Kassiopeia <anmeldung@tanzschule-kassiopeia.de>\nAn: info@leadsoptima.com\n\n"
    "Guten Tag, wir kündigen das Monatsabo. Die Kurse fürs Wintersemester sind über die Uni-Sportseite voll.\n"
    "Herzliche Grüße, Katrin Wolters")],
    "decided", [K("cancel", "2025-10-13")],
    spec="s.8 forward read for its request: the registered address forwards its own cancellation -> L8 cancel effective current_period_end 2025-10-13.")

# 30 HTML-only Outlook mail: duplicate approve
C.append(cust("rechnungswesen@maschinenbau-lechner.at", "Lechner Maschinenbau GmbH", "annual", start="2025-09-26",
              end="2026-09-25"))
pay("rechnungswesen@maschinenbau-lechner.at", "annual", "2025-09-26T16:00:00", "2025-09-26", "2026-09-25")
i = pay("rechnungswesen@maschinenbau-lechner.at", "annual", "2025-09-26T16:00:20", "2025-09-26", "2026-09-25")
w = at("2025-09-29 09:30", DE)
r.case("innviertel-html-doppelt", LOB, [Mail(
    "Lechner Maschinenbau Rechnungswesen <rechnungswesen@maschinenbau-lechner.at>", f"Doppelbuchung Re.-Nr. {i}", w,
    None, html=(
        "<html><body><p style='font-family:Calibri'>Sehr geehrte Damen und Herren,</p><p>das Jahresabonnement wurde "
        "am 26.09.2025 <b>doppelt abgebucht</b> (2 &times; 11.988,00 INR). Wir ersuchen um Gutschrift der zweiten "
        f"Buchung, Rechnungsnummer <span style='color:#1f4e79'>{i}</span>.</p><p>Mit freundlichen Grüßen</p>"
        "<p>Andrea Gruber<br>Rechnungswesen<br>Lechner Maschinenbau GmbH<br>Schärding am Inn</p>"
        "<p style='font-size:8pt;color:gray'>Firmenbuch FN 218877 g &middot; UID ATU41188779</p></body></html>"))],
    "decided", [R("approve", "11988.00")],
    spec=f"HTML-only mail: L4 duplicate annual charges 2025-09-26 (day 3) -> approve {i} = 11988.00.")

# 31 dictated cancellation
C.append(cust("hansjoerg.bucher@bluewin-mail.ch", "Hansjörg Bucher", "monthly", start="2025-09-10", end="2025-10-09"))
pay("hansjoerg.bucher@bluewin-mail.ch", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
w = at("2025-09-25 07:35", DE)
r.case("stgallen-diktiert", LOB, [Mail(
    "Hansjörg Bucher <hansjoerg.bucher@bluewin-mail.ch>", "Kündigung", w,
    "Guten Morgen Komma ich möchte das Monatsabo kündigen Punkt ich gehe Ende Jahr in Pension und die Schreinerei "
    "wird geschlossen Punkt Freundliche Grüsse Hansjörg Bucher Sankt Gallen\n\nVon meinem iPhone gesendet "
    "(diktiert, bitte Fehler entschuldigen)")],
    "decided", [K("cancel", "2025-10-09")],
    spec="Dictated text ('Komma', 'Punkt'): L8 cancel effective current_period_end 2025-10-09.")

# 32 duplicate claimed, only one charge in the ledger -> escalate
C.append(cust("office@vinothek-gamlitz.at", "Vinothek Gamlitz", "monthly", start="2025-09-25", end="2025-10-24"))
i = pay("office@vinothek-gamlitz.at", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
w = at("2025-09-27 10:30", DE)
r.case("steiermark-doppelt-ohne-paar", LOB, [Mail(
    "Vinothek Gamlitz <office@vinothek-gamlitz.at>", "doppelt abgebucht", w,
    "Grüß Gott,\n\nauf unserem Konto sehe ich die Abbuchung für das Monatsabo zweimal, einmal am 25. und einmal "
    "vorgemerkt. Bitte die doppelte Abbuchung zurückbuchen.\n\nLG Elisabeth Reinprecht\nVinothek Gamlitz, "
    "Südsteirische Weinstraße")],
    "decided", [R("escalate")],
    spec=f"L4: duplicate claimed inside the window (day 2) but the ledger shows one charge ({i}, which identifies the invoice) -> no pair -> escalate.")

# 33 refund of a failed charge -> escalate
C.append(cust("kontakt@orgelbau-lindner.de", "Orgelbau Lindner", "quarterly", start="2025-09-24", end="2025-12-23"))
pay("kontakt@orgelbau-lindner.de", "quarterly", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
i = pay("kontakt@orgelbau-lindner.de", "quarterly", "2025-09-24T10:05:00", "2025-09-24", "2025-12-23", status="failed")
w = at("2025-09-26 11:00", DE)
r.case("erzgebirge-fehlgeschlagen", LOB, [Mail(
    "Orgelbau Lindner <kontakt@orgelbau-lindner.de>", f"Zweite Abbuchung {i}", w,
    f"Guten Tag,\n\nam 24.9. kamen von Ihnen zwei Abbuchungen über je 3.999,00. Bitte erstatten Sie die zweite ({i}), "
    "das war doppelt.\n\nMit freundlichen Grüßen\nFrieder Lindner\nOrgelbau Lindner, Chemnitz-Rabenstein")],
    "decided", [R("escalate")],
    spec=f"s.8: the charge asked back ({i}) is 'failed', not paid -> escalate (and no pair of paid charges for L4); no amount.")

# 34 billing error outside the window, invoice typed with slashes
C.append(cust("info@baeckerei-moselblick.de", "Bäckerei Moselblick", "monthly", start="2025-09-16", end="2025-10-15"))
i = pay("info@baeckerei-moselblick.de", "monthly", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
pay("info@baeckerei-moselblick.de", "monthly", "2025-08-16T10:00:00", "2025-08-16", "2025-09-15")
w = at("2025-09-28 19:00", DE)
assert day_no("2025-09-16T10:00:00", w) == 12
r.case("mosel-nach-kuendigung-zu-spaet", LOB, [Mail(
    "Bäckerei Moselblick <info@baeckerei-moselblick.de>", "Abbuchung trotz Kündigung", w,
    "Guten Abend,\n\nich hatte im August gekündigt, trotzdem wurde am 16.09. wieder abgebucht, Rechnung "
    f"{i.replace('-', '/').lower()}. Das ist eine Abbuchung nach der Kündigung, bitte zurück.\n\nGruß\n"
    "Petra Kettern\nBäckerei Moselblick, Bernkastel-Kues")],
    "decided", [R("deny")],
    spec=f"L2 billing_error (charged after cancelling) but L3: {i} on 2025-09-16, request 2025-09-28 = day 12 > 7 -> deny. Invoice typed with slashes (s.8).",
    extra_ok=False)

# 35 long rambling mail, cancellation in the middle
C.append(cust("buero@steuerbuero-mueller-rostock.de", "Steuerbüro Müller", "annual", start="2025-01-20",
              end="2026-01-19"))
pay("buero@steuerbuero-mueller-rostock.de", "annual", "2025-01-20T10:00:00", "2025-01-20", "2026-01-19")
w = at("2025-09-23 14:50", DE)
r.case("rostock-steuerbuero-lang", LOB, [Mail(
    "Steuerbüro Müller <buero@steuerbuero-mueller-rostock.de>", "Diverses", w,
    "Hallo,\n\nerst mal: Ihr Webinar letzte Woche war gut, die Vorlage für die Mandantenanfrage nutzen wir schon. "
    "Leider ist unser Herr Krüger, der das Tool betreut hat, in Rente gegangen, und keiner hier hat Lust, sich "
    "einzuarbeiten. Deshalb kündigen wir das Jahresabo zum Ende der Laufzeit. Außerdem noch eine Frage: Können "
    "Sie uns die Rechnungen von Januar bis heute als ein PDF schicken? Das brauchen wir für die Jahresmappe. "
    "Und falls es einen Export der Kontakte gibt, wäre das super, bevor das Konto zugeht.\n\n"
    "Mit freundlichen Grüßen aus der Kröpeliner-Tor-Vorstadt\nAnja Müller\nSteuerberaterin")],
    "decided", [K("cancel", "2026-01-19")],
    spec="L8 cancel in the middle of a long mail with other questions: annual, current_period_end 2026-01-19.")

# 36 the other brand's customer writes to LeadsOptima
P.append(proj("Bäckerei Sandmann Website", "backstube@sandmann-magdeburg.de", "2025-08-01T10:00:00"))
w = at("2025-09-25 09:10", DE)
r.case("magdeburg-falsche-marke", LOB, [Mail(
    "Bäckerei Sandmann <backstube@sandmann-magdeburg.de>", "Kündigung Wartungsvertrag", w,
    "Guten Morgen,\n\nwir kündigen den Wartungsvertrag für unsere Website zum nächstmöglichen Termin, der Neffe "
    "macht das jetzt.\n\nMit freundlichen Grüßen\nDieter Sandmann")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: sent to LeadsOptima, where this address is unknown -> treated as an unknown sender: need_info, C2.")

# 37 +tag address
C.append(cust("ioana.popescu@posteo-mail.de", "Ioana Popescu", "monthly", start="2025-09-20", end="2025-10-19"))
pay("ioana.popescu@posteo-mail.de", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
w = at("2025-09-29 22:30", RO)
r.case("rumaenisch-plus-tag", LOB, [Mail(
    "Ioana Popescu <ioana.popescu+leadsoptima@posteo-mail.de>", "Kundigung Abo", w,
    "Guten Abend,\n\nich bin Ioana, Übersetzerin (Rumänisch-Deutsch), ich habe das Abo nur für ein Projekt gebraucht, "
    "das ist jetzt fertig. Bitte kundigen Sie mein Monatsabo. Ich schreibe aus Cluj, bin bei meinen Eltern.\n\n"
    "Multumesc / Danke\nIoana Popescu")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: ioana.popescu+leadsoptima@... is another address than the registered ioana.popescu@... -> C2 need_info. Written from Romania (+03:00).")

# 38 thread: refund without reason, answer is an access failure -> escalate
C.append(cust("studio@keramik-hohenlohe.de", "Keramikwerkstatt Öhringen", "monthly", start="2025-09-26",
              end="2025-10-25"))
i = pay("studio@keramik-hohenlohe.de", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
w1, w2 = at("2025-09-27 09:00", DE), at("2025-09-30 08:15", DE)
m1 = Mail("Keramikwerkstatt Öhringen <studio@keramik-hohenlohe.de>", f"Erstattung {i}", w1,
          f"Guten Morgen,\n\nich bitte um Erstattung der Rechnung {i}.\n\nViele Grüße\nAnnika Hessenthaler")
m2 = Mail("Keramikwerkstatt Öhringen <studio@keramik-hohenlohe.de>", f"AW: Erstattung {i} [LO-3720]", w2,
          "Guten Morgen,\n\nder Grund: ich kann mich seit der Abbuchung nicht einloggen, es kommt immer 'Konto "
          "gesperrt'. Ihr Support hat nicht geholfen.\n\nViele Grüße\nAnnika Hessenthaler\n\n"
          "Von: LeadsOptima Support\nGesendet: Samstag, 27. September 2025 10:02\nBetreff: Erstattung\n"
          "> Bitte nennen Sie uns den Grund Ihrer Anfrage.", reply=m1)
r.case("hohenlohe-thread-login", LOB, [m1, m2], "decided", [R("escalate")],
       spec="C3 thread: first email (day 1) gives the invoice but no reason; the answer gives an access failure -> L6 escalate; window from the first email.")

# 39 past cancellation, question only
C.append(cust("info@musikschule-taktvoll.de", "Musikschule Taktvoll", "monthly", start="2025-09-08", end="2025-10-07"))
pay("info@musikschule-taktvoll.de", "monthly", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
w = at("2025-09-30 17:00", DE)
r.case("aachen-gekuendigt-frage", LOB, [Mail(
    "Musikschule Taktvoll <info@musikschule-taktvoll.de>", "Nach der Kündigung", w,
    "Hallo,\n\nich habe letzte Woche selbst unter Billing gekündigt, das hat geklappt, die Bestätigung kam auch. "
    "Kurze Frage: kann ich die gesammelten Anfragen bis zum Ende noch als CSV exportieren?\n\nDanke!\n"
    "Vera Offermanns, Musikschule Taktvoll Aachen")],
    "other", spec="A cancellation done in the past (s.8: past events are not requests) and a question about exporting -> other.")

# 40 Chemnitz: refund + cancel, billing error charged after cancellation inside window, both
C.append(cust("info@schrauberwerk-chemnitz.de", "Schrauberwerk Chemnitz", "monthly", start="2025-09-26",
              end="2025-10-25"))
i = pay("info@schrauberwerk-chemnitz.de", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
w = at("2025-09-29 16:00", DE)
r.case("chemnitz-fahrrad-falscher-betrag-und-kuendigung", LOB, [Mail(
    "Schrauberwerk Chemnitz <info@schrauberwerk-chemnitz.de>", "Betrag falsch + Kündigung", w,
    f"Hallo,\n\nmit {i} habt ihr uns 1.499 abgebucht, angeboten war uns im Juli aber 999 im Monat. Falscher Betrag, "
    "bitte die Differenz erstatten. Und weil mir das zu blöd ist: das Abo bitte gleich mit kündigen.\n\n"
    "Grüße\nRonny Seifert\nSchrauberwerk - Fahrräder & Reparatur, Chemnitz")],
    "decided", [R("escalate"), K("cancel", "2025-10-25")],
    spec="L2 billing_error ('falscher Betrag') inside L3 (2025-09-26 -> 2025-09-29) -> L5 escalate; plus L8 cancel effective current_period_end 2025-10-25.")

# ======================= Optima WebDesign =======================

# o1 discovery, nothing started -> approve
P.append(proj("Architekturbüro Lendkai Relaunch", "buero@lendkai-architektur.at", None))
i = opay("Architekturbüro Lendkai Relaunch", "discovery", "14000.00", "2025-09-22T15:00:00")
w = at("2025-09-25 10:10", DE)
r.case("graz-architekt-discovery", OWB, [Mail(
    "Architekturbüro Lendkai <buero@lendkai-architektur.at>", f"Refund Request — Architekturbüro Lendkai Relaunch / {i}",
    w, brand=OWB, body=(
        "Sehr geehrte Damen und Herren,\n\nwir haben am 22.09. die Discovery-Gebühr für das Projekt "
        f"'Architekturbüro Lendkai Relaunch' bezahlt (Rechnung {i}). Der erste Workshop war für Oktober geplant. "
        "Leider hat unser Partner das Büro verlassen, wir ziehen den Auftrag vor Beginn zurück und bitten um "
        "Erstattung.\n\nMit freundlichen Grüßen\nDI Katharina Url\nArchitekturbüro Lendkai, Graz"))],
    "decided", [R("approve", "14000.00")],
    extra_ok=True,
    spec="O1: discovery, work_started_at empty -> full refund 14000.00 before tax (C6). The mail also ends the project ('wir ziehen den Auftrag vor Beginn zurück'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).")

# o2 discovery after a session -> deny
P.append(proj("Bergbauernhof Montafon Shop", "hof@bergbauern-bartholomae.at", "2025-09-18T14:00:00"))
i = opay("Bergbauernhof Montafon Shop", "discovery", "9000.00", "2025-09-15T10:00:00")
w = at("2025-09-24 20:00", DE)
r.case("montafon-discovery-begonnen", OWB, [Mail(
    "Bergbauernhof Bartholomä <hof@bergbauern-bartholomae.at>", "Rückerstattung Discovery", w, brand=OWB, body=(
        f"Guten Abend,\n\nwir hatten am 18. den ersten Video-Termin zum Projekt Bergbauernhof Montafon Shop. Ehrlich "
        f"gesagt war das nicht, was wir uns vorgestellt haben. Wir wollen aufhören und die Discovery-Gebühr ({i}) "
        "zurück.\n\nLG Martina Bitschnau\nBergbauernhof, Schruns"))],
    "decided", [R("deny")],
    extra_ok=True,
    spec="O1: discovery session started 2025-09-18 (work_started_at) before the request -> deny. The mail also ends the project ('Wir wollen aufhören'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).")

# o3 deposit inside 72 h, no work -> approve
P.append(proj("Weinhandlung Zugersee Onlineshop", "info@weinhandlung-zugersee.ch", None))
i = opay("Weinhandlung Zugersee Onlineshop", "deposit", "26000.00", "2025-09-27T13:00:00")
w = at("2025-09-29 11:00", DE)
assert hours("2025-09-27T13:00:00", w) == 49.5
r.case("zug-anzahlung-48h", OWB, [Mail(
    "Weinhandlung Zugersee <info@weinhandlung-zugersee.ch>", f"Refund Request — {i}", w, brand=OWB, body=(
        "Grüezi\n\nAm Samstag haben wir die Anzahlung für den 'Weinhandlung Zugersee Onlineshop' überwiesen. "
        "Unser Verwaltungsrat hat das Budget gestern gestrichen. Wir stornieren deshalb vor Projektbeginn und "
        "bitten um Rückzahlung der Anzahlung.\n\nFreundliche Grüsse\nReto Hürlimann"))],
    "decided", [R("approve", "26000.00")],
    spec="O2: deposit paid 2025-09-27 13:00 IST; request 2025-09-29 11:00 CEST = 14:30 IST = 49.5 h < 72 h, no work started -> approve 26000.00. The mail also ends the project ('Wir stornieren deshalb vor Projektbeginn'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).",
    extra_ok=True)

# o4 deposit exactly 72 h -> deny
P.append(proj("Trachten Hinterberger Website", "verkauf@trachten-hinterberger.at", None))
i = opay("Trachten Hinterberger Website", "deposit", "20000.00", "2025-09-22T12:30:00")
w = at("2025-09-25 09:00", DE)
assert hours("2025-09-22T12:30:00", w) == 72
r.case("innviertel-anzahlung-genau-72h", OWB, [Mail(
    "Trachten Hinterberger <verkauf@trachten-hinterberger.at>", "Storno Anzahlung", w, brand=OWB, body=(
        f"Guten Morgen,\n\nwir stornieren das Projekt Trachten Hinterberger Website und ersuchen um Rückzahlung der "
        f"Anzahlung laut Rechnung {i}. Grund: die Übergabe des Geschäfts an die Tochter wird verschoben.\n\n"
        "Mit freundlichen Grüßen\nJosef Hinterberger, Braunau am Inn"))],
    "decided", [R("deny")],
    spec="O2 + s.8: deposit 2025-09-22 12:30 IST; email 2025-09-25 09:00 CEST = 12:30 IST = exactly 72 h -> not before 72 h -> deny. The mail also ends the project ('wir stornieren das Projekt'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).",
    extra_ok=True)

# o5 deposit inside 72h but work started -> deny
P.append(proj("Brauhaus Villingen Relaunch", "marketing@brauhaus-villingen.de", "2025-09-27T09:00:00"))
i = opay("Brauhaus Villingen Relaunch", "deposit", "22000.00", "2025-09-26T18:00:00")
w = at("2025-09-28 12:00", DE)
assert hours("2025-09-26T18:00:00", w) < 72
r.case("villingen-anzahlung-arbeit-begonnen", OWB, [Mail(
    "Brauhaus Villingen <marketing@brauhaus-villingen.de>", f"Anzahlung {i} zurück", w, brand=OWB, body=(
        "Hallo zusammen,\n\nwir haben uns doch für eine Agentur aus der Region entschieden. Für den Brauhaus Villingen "
        f"Relaunch bitte die Anzahlung ({i}) zurück, es sind ja erst zwei Tage.\n\nGrüße\nSimon Hirt"))],
    "decided", [R("deny")],
    spec="O2: 45.5 h after payment but work started 2025-09-27 09:00 IST, before the request -> 'whichever occurs first' -> deny. The mail also ends the project ('wir haben uns doch für eine Agentur aus der Region entschieden'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).",
    extra_ok=True)

# o6 milestone not started -> approve its amount
P.append(proj("Studierendenchor Lendviertel Website", "vorstand@chor-lendviertel.at", "2025-08-05T10:00:00"))
opay("Studierendenchor Lendviertel Website", "milestone", "18000.00", "2025-08-05T10:00:00", milestone_status="approved")
i = opay("Studierendenchor Lendviertel Website", "milestone", "12500.00", "2025-09-20T10:00:00", milestone_status="not_started")
w = at("2025-09-26 19:40", DE)
r.case("graz-chor-meilenstein-offen", OWB, [Mail(
    "Studierendenchor Lendviertel - Vorstand <vorstand@chor-lendviertel.at>", f"Refund Request — Studierendenchor Lendviertel Website / {i}",
    w, brand=OWB, body=(
        "Liebes Optima-Team,\n\nder erste Meilenstein (Design) ist abgenommen, danke. Den zweiten Meilenstein "
        f"(Konzertkalender und Ticketshop, Rechnung {i}) brauchen wir nicht mehr: die Universität stellt uns ein "
        "eigenes Ticketsystem. Da damit noch nicht begonnen wurde, bitten wir um Erstattung dieses Meilensteins.\n\n"
        "Mit herzlichen Grüßen\nLukas Hafner, Obmann"))],
    "decided", [R("approve", "12500.00")],
    spec="O3: milestone not_started -> refund its amount 12500.00 before tax; the approved first milestone is not asked back.")

# o7 milestone in progress -> escalate
P.append(proj("Bistro Sonamu Frankfurt Website", "info@bistro-sonamu-ffm.de", "2025-09-01T10:00:00"))
i = opay("Bistro Sonamu Frankfurt Website", "milestone", "16000.00", "2025-09-15T10:00:00", milestone_status="in_progress")
w = at("2025-09-26 09:40", DE)
r.case("koreanisch-meilenstein-laufend", OWB, [Mail(
    "Bistro Sonamu Frankfurt <info@bistro-sonamu-ffm.de>", f"Erstattung Meilenstein {i}", w, brand=OWB, body=(
        "Guten Morgen,\n\nfür unsere Projekt Bistro Sonamu Frankfurt Website möchten wir den zweite Meilenstein stoppen. "
        "Die Speisekarte-Seite ist nur halb fertig, aber wir haben jetzt andere Plan mit Lieferdienst App. Bitte "
        f"erstatten Sie den Meilenstein {i}, oder den Teil, der noch nicht gemacht ist.\n\nMit freundlichen Grüßen\n"
        "Kim Soo-jin"))],
    "decided", [R("escalate")],
    spec="O3: milestone in_progress -> escalate (value of the work not started needs a person); no amount.")

# o8 milestone approved -> deny
P.append(proj("Fahrschule Lauterbach Buchung", "buero@fahrschule-lauterbach.de", "2025-07-01T10:00:00"))
i = opay("Fahrschule Lauterbach Buchung", "milestone", "15000.00", "2025-08-20T10:00:00", milestone_status="approved")
w = at("2025-09-24 13:15", DE)
r.case("goettingen-meilenstein-abgenommen", OWB, [Mail(
    "Fahrschule Lauterbach <buero@fahrschule-lauterbach.de>", f"Refund Request — {i}", w, brand=OWB, body=(
        "Hallo,\n\nder Buchungskalender für Fahrstunden (Projekt Fahrschule Lauterbach Buchung) wurde im August "
        f"abgenommen, aber die Schüler nutzen ihn kaum. Wir wollen das Geld für diesen Meilenstein ({i}) zurück.\n\n"
        "Grüße\nOlaf Lauterbach, Göttingen-Weende"))],
    "decided", [R("deny")],
    spec="O3/O6: milestone approved -> deny (approved deliverables are non-refundable).")

# o9 retainer, enough notice -> cancel day before next billing
P.append(proj("Brauerei Falkenstein Social Media", "marketing@brauerei-falkenstein.at", "2025-05-20T10:00:00"))
i = opay("Brauerei Falkenstein Social Media", "retainer", "11000.00", "2025-09-20T09:00:00",
         period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")
w = at("2025-09-29 10:30", DE)
assert day_no("2025-10-20T09:00:00", w) == -21
r.case("innviertel-retainer-frist-ok", OWB, [Mail(
    "Brauerei Falkenstein - Marketing <marketing@brauerei-falkenstein.at>", "Kündigung Social-Media-Betreuung", w,
    brand=OWB, body=(
        f"Guten Tag,\n\nwir kündigen die laufende Social-Media-Betreuung (Projekt 'Brauerei Falkenstein Social Media', "
        f"letzte Rechnung {i}). Grund: wir holen das Marketing ab November ins Haus, eine neue Kollegin fängt an.\n\n"
        "Mit freundlichen Grüßen\nTheresa Gadermayr\nBrauerei Falkenstein, Schärding"))],
    "decided", [K("cancel", "2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20; request 2025-09-29 <= 2025-10-13 (7 days before) -> cancel effective 2025-10-19, next charge avoided.")

# o10 retainer, short notice -> next cycle billed
P.append(proj("Zahnarztpraxis Oltean SEO", "praxis@zahnarzt-oltean.de", "2025-04-05T10:00:00"))
i = opay("Zahnarztpraxis Oltean SEO", "retainer", "8500.00", "2025-09-05T09:00:00",
         period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00")
w = at("2025-09-30 18:30", DE)
r.case("rumaenisch-retainer-kurzfristig", OWB, [Mail(
    "Zahnarztpraxis Dr. Oltean <praxis@zahnarzt-oltean.de>", f"Kündigung SEO-Vertrag {i}", w, brand=OWB, body=(
        "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich den SEO-Betreuungsvertrag für das Projekt "
        "'Zahnarztpraxis Oltean SEO'. Grund: die Praxis wird zum Jahresende an einen Nachfolger übergeben, der "
        "eigene Agentur hat.\nBitte schriftlich bestätigen.\n\nMit freundlichen Grüßen\nDr. Mihai Oltean\n"
        "Zahnarztpraxis, Ingolstädter Str. 4, Heilbronn"))],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; request 2025-09-30 > 2025-09-28 (less than 7 days) -> the next cycle (2025-10-05..2025-11-04) is billed; effective 2025-11-04.")

# o11 retainer, exactly 7 days' notice (early morning mail)
P.append(proj("Physio Rheinfall Ads", "praxis@physio-neuhausen-ads.ch", "2025-06-08T10:00:00"))
i = opay("Physio Rheinfall Ads", "retainer", "7000.00", "2025-09-08T09:00:00",
         period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T09:00:00")
w = at("2025-10-01 06:10", DE)
assert day_no("2025-10-08T09:00:00", w) == -7
r.case("schaffhausen-retainer-genau-7-tage", OWB, [Mail(
    "Physiotherapie Neuhausen <praxis@physio-neuhausen-ads.ch>", "Kündigung Ads-Betreuung", w, brand=OWB, body=(
        "Guten Morgen\n\nvor der ersten Behandlung kurz: wir kündigen die Online-Anzeigen-Betreuung (Physio Rheinfall Ads, "
        f"Rechnung {i}). Die Warteliste ist voll, wir brauchen keine Werbung mehr.\n\nFreundliche Grüsse\n"
        "Corinne Stamm"))],
    "decided", [K("cancel", "2025-10-07")],
    spec="O4 boundary: next_billing_at 2025-10-08; request 2025-10-01 06:10 CEST = 09:40 IST, local date 2025-10-01 = 2025-10-08 - 7 -> enough notice -> cancel effective 2025-10-07.")

# o12 retainer paid ahead, enough notice -> escalate (s.8)
P.append(proj("Hotel Pilatusblick Content", "direktion@hotel-pilatusblick.ch", "2025-05-12T10:00:00"))
opay("Hotel Pilatusblick Content", "retainer", "15000.00", "2025-09-12T09:00:00",
     period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00")
i = opay("Hotel Pilatusblick Content", "retainer", "15000.00", "2025-09-26T09:00:00",
         period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00")
w = at("2025-09-27 14:00", DE)
r.case("luzern-retainer-vorausbezahlt", OWB, [Mail(
    "Hotel Pilatusblick - Direktion <direktion@hotel-pilatusblick.ch>", "Kündigung Content-Retainer", w, brand=OWB,
    body=("Grüezi\n\nWir kündigen den Content-Retainer (Hotel Pilatusblick Content). Der Verwaltungsrat hat den "
          f"Verkauf des Hotels beschlossen. Die Oktober-Rechnung {i} haben wir leider schon bezahlt.\n\n"
          "Freundliche Grüsse\nAndrea Kaufmann, Direktorin, Kriens"))],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (2025-10-12..) is already paid and notice >= 7 days (2025-09-27 <= 2025-10-05) -> cancellation escalated.")

# o13 hosting annual inside 14 days: refund + cancellation asked
P.append(proj("Fahrradwerkstatt Kettenblatt Hosting", "laden@kettenblatt-aachen.de", "2025-09-20T10:00:00"))
i = opay("Fahrradwerkstatt Kettenblatt Hosting", "hosting_annual", "15600.00", "2025-09-19T10:00:00",
         setup_fee="1800.00", service_start="2025-09-20")
w = at("2025-09-26 12:30", DE)
assert day_no("2025-09-20", w) == 6 and o5("15600.00", "1800.00") == "12650.00"
r.case("aachen-hosting-14-tage", OWB, [Mail(
    "Fahrradwerkstatt Kettenblatt <laden@kettenblatt-aachen.de>", f"Refund Request — {i}", w, brand=OWB, body=(
        "Hallo,\n\nwir treten vom Hosting-Jahresvertrag (Fahrradwerkstatt Kettenblatt Hosting) zurück: der neue "
        "Kassenanbieter bringt eigenes Shop-Hosting mit. Bitte erstatten Sie uns den anteiligen Betrag.\n\n"
        "Gruß\nJan Offermann, Aachen-Frankenberg"))],
    "decided", [R("approve", "12650.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-26 (day 6 <= 14): 15600 - 1800 - (13800/12 = 1150) x 1 = 12650.00. The customer withdraws from the plan, so an extra cancellation decision is the one asked for (extra_ok).")

# o14 maintenance annual after 14 days -> deny
P.append(proj("Odenwälder Honig Wartung", "imkerei@odenwaelder-honig.de", "2025-09-01T10:00:00"))
i = opay("Odenwälder Honig Wartung", "maintenance_annual", "9600.00", "2025-08-30T10:00:00",
         setup_fee="1200.00", service_start="2025-09-01")
w = at("2025-09-22 16:30", DE)
assert day_no("2025-09-01", w) == 21
r.case("odenwald-wartung-nach-14-tagen", OWB, [Mail(
    "Imkerei Odenwälder Honig <imkerei@odenwaelder-honig.de>", "Wartungsvertrag Geld zurück", w, brand=OWB, body=(
        f"Gude,\n\nden Wartungsvertrag für Odenwälder Honig Wartung ({i}) brauchen wir doch nicht, mein Sohn macht "
        "die Website jetzt selbst. Bitte Geld zurück, anteilig halt.\n\nGruß\nErwin Kredel, Erbach"))],
    "decided", [R("deny")],
    spec="O5: service_start 2025-09-01, request 2025-09-22 = day 21 > 14 -> deny.")

# o15 hosting with rounding
P.append(proj("Ferienhof Eichwald Hosting", "buchung@ferienhof-eichwald.de", "2025-09-24T10:00:00"))
i = opay("Ferienhof Eichwald Hosting", "hosting_annual", "10000.00", "2025-09-23T10:00:00",
         setup_fee="1250.00", service_start="2025-09-24")
amt = o5("10000.00", "1250.00")
assert amt == "8020.83"
w = at("2025-09-29 20:10", DE)
r.case("boerde-hosting-rundung", OWB, [Mail(
    "Ferienhof Eichwald <buchung@ferienhof-eichwald.de>", f"Hosting kündigen + Erstattung ({i})", w, brand=OWB, body=(
        "Guten Abend,\n\nbitte kündigen Sie das Jahres-Hosting für den Ferienhof Eichwald Hosting und erstatten Sie "
        "den anteiligen Betrag. Grund: wir schließen den Hof Ende Oktober, die Rente ruft.\n\nMit freundlichen "
        "Grüßen\nGisela Fromm, Magdeburger Börde"))],
    "decided", [R("approve", amt)], extra_ok=True,
    spec="O5: service_start 2025-09-24, request day 5: 10000 - 1250 - 8750/12 (729.1666...) = 8020.8333 -> 8020.83 (rounded once, C6). Cancellation asked too (extra_ok).")

# o16 third party SSL -> deny
P.append(proj("Bücherstube am Gänseliesel Website", "buecher@gaenseliesel-buecher.de", "2025-08-10T10:00:00"))
i = opay("Bücherstube am Gänseliesel Website", "third_party", "2800.00", "2025-09-24T10:00:00")
w = at("2025-09-26 11:45", DE)
r.case("goettingen-ssl-drittanbieter", OWB, [Mail(
    "Bücherstube am Gänseliesel <buecher@gaenseliesel-buecher.de>", f"SSL-Zertifikat {i}", w, brand=OWB, body=(
        "Hallo,\n\nfür unser Projekt 'Bücherstube am Gänseliesel Website' wurde ein SSL-Zertifikat berechnet. "
        f"Unser Provider liefert das kostenlos mit, bitte erstatten Sie die {i}.\n\nFreundliche Grüße\nIrmgard Sölter"))],
    "decided", [R("deny")],
    spec="O6: third_party (SSL) never refundable -> deny.")

# o17 rush fee -> deny
P.append(proj("Messestand Konstantin Tech", "marketing@konstantin-tech.de", "2025-09-10T10:00:00"))
i = opay("Messestand Konstantin Tech", "rush", "6500.00", "2025-09-12T10:00:00")
w = at("2025-09-25 15:30", DE)
r.case("ingolstadt-eilzuschlag", OWB, [Mail(
    "Konstantin Tech GmbH - Marketing <marketing@konstantin-tech.de>", f"Eilzuschlag {i} zurückerstatten", w,
    brand=OWB, body=(
        "Hallo Optima-Team,\n\nfür die Messe-Microsite (Messestand Konstantin Tech) haben wir den Expresszuschlag "
        f"({i}) bezahlt, die Seite war aber erst einen Tag vor der Messe online statt drei. Bitte den Eilzuschlag "
        "erstatten.\n\nBeste Grüße\nSvenja Albrecht"))],
    "decided", [R("deny")],
    spec="O6: rush fees are never refundable -> deny.")

# o18 change request -> deny
P.append(proj("Orgelbau Lindner Website", "kontakt@orgelbau-lindner.de", "2025-07-01T10:00:00"))
i = opay("Orgelbau Lindner Website", "change_request", "4200.00", "2025-09-18T10:00:00")
w = at("2025-09-23 09:20", DE)
r.case("erzgebirge-aenderungswunsch", OWB, [Mail(
    "Orgelbau Lindner <kontakt@orgelbau-lindner.de>", f"Rechnung {i} Zusatzseite", w, brand=OWB, body=(
        "Guten Morgen,\n\ndie Zusatzseite 'Restaurierungen' (Änderungswunsch für Orgelbau Lindner Website) gefällt uns "
        f"nicht, wir nehmen sie wieder raus. Bitte schreiben Sie uns die {i} gut.\n\nMit freundlichen Grüßen\n"
        "Frieder Lindner"))],
    "decided", [R("deny")],
    spec="O6: change_request outside the original scope is never refundable -> deny.")

# o19 C2: colleague address
P.append(proj("Seebühne Konstanz Tickets", "intendanz@seebuehne-kn.de", "2025-08-15T10:00:00"))
opay("Seebühne Konstanz Tickets", "deposit", "18000.00", "2025-09-26T10:00:00")
w = at("2025-09-27 10:00", DE)
r.case("konstanz-kollegin-c2", OWB, [Mail(
    "Pia Sauter <p.sauter@seebuehne-kn.de>", "Refund Request — Seebühne Konstanz Tickets", w, brand=OWB, body=(
        "Guten Morgen,\n\nim Auftrag unserer Intendanz bitte ich um Rückerstattung der Anzahlung für 'Seebühne "
        "Konstanz Tickets', der Gemeinderat hat den Zuschuss gestrichen.\n\nFreundliche Grüße\nPia Sauter, "
        "Verwaltung"))],
    "need_info", rules=["C2"],
    spec="C2: the contract email is intendanz@seebuehne-kn.de; p.sauter@ is another address -> ask for the request from the contract email.")

# o20 C3: project and invoice missing (two projects on the contract email)
P.append(proj("Weinlaube Heilbronn Website", "events@weinlaube-hn.de", "2025-06-01T10:00:00"))
P.append(proj("Weinlaube Heilbronn Newsletter", "events@weinlaube-hn.de", "2025-06-01T10:00:00"))
opay("Weinlaube Heilbronn Website", "retainer", "9000.00", "2025-09-10T09:00:00",
     period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00")
opay("Weinlaube Heilbronn Newsletter", "retainer", "5000.00", "2025-09-10T09:05:00",
     period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00")
w = at("2025-09-24 12:00", DE)
r.case("heilbronn-welches-projekt", OWB, [Mail(
    "Weinlaube Heilbronn Events <events@weinlaube-hn.de>", "Kündigung", w, brand=OWB, body=(
        "Hallo,\n\ndas Weinfest ist vorbei, die Saison auch. Wir kündigen die Betreuung, der Verein macht das ab jetzt "
        "ehrenamtlich.\n\nViele Grüße\nFrank Heinle"))],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: a cancellation with a reason from the contract email, which has two projects; neither project nor invoice named -> ask for project_name and invoice_number.")

# o21 C3: reason missing on a cancellation (Optima needs it)
P.append(proj("Salão Carioca Stuttgart Website", "salao.carioca@gmx-mail.de", "2025-06-03T10:00:00"))
i = opay("Salão Carioca Stuttgart Website", "retainer", "6000.00", "2025-09-03T09:00:00",
         period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00")
w = at("2025-09-22 10:15", DE)
r.case("portugiesisch-ohne-grund", OWB, [Mail(
    "Salão Carioca <salao.carioca@gmx-mail.de>", f"Kundigung {i}", w, brand=OWB, body=(
        f"Bom dia / Guten Morgen,\n\nich mochte kundigen die Betreuung von Salão Carioca Stuttgart Website, Rechnung {i}. "
        "Bitte bestätigen.\n\nBeijos\nLuana Ferreira"))],
    "need_info", missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; project and invoice given, no reason -> need_info [reason].")

# o22 thread: reason missing, then given -> cancel (notice counted from the first email)
P.append(proj("Gästehaus Sonnwend Website", "info@gaestehaus-sonnwend.at", "2025-05-16T10:00:00"))
i = opay("Gästehaus Sonnwend Website", "retainer", "7500.00", "2025-09-16T09:00:00",
         period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16T09:00:00")
w1, w2 = at("2025-09-24 08:50", DE), at("2025-09-30 19:00", DE)
assert day_no("2025-10-16T09:00:00", w1) == -22 and day_no("2025-10-16T09:00:00", w2) == -16
m1 = Mail("Gästehaus Sonnwend <info@gaestehaus-sonnwend.at>", f"Kündigung Betreuung {i}", w1, brand=OWB, body=(
    f"Guten Morgen,\n\nbitte die Betreuung für Gästehaus Sonnwend Website kündigen ({i}).\n\nLG Maria Feichtinger"))
m2 = Mail("Gästehaus Sonnwend <info@gaestehaus-sonnwend.at>", f"AW: Kündigung Betreuung {i} [OWD-2291]", w2,
          brand=OWB, reply=m1, body=(
              "Guten Abend,\n\nder Grund: wir verpachten das Gästehaus ab Dezember, der Pächter hat eine eigene "
              "Buchungsseite.\n\nLG Maria Feichtinger, Ried im Innkreis\n\n"
              "Am 24.09.2025 um 10:02 schrieb Optima WebDesign:\n> Bitte nennen Sie uns den Grund der Kündigung."))
r.case("innviertel-thread-grund", OWB, [m1, m2], "decided", [K("cancel", "2025-10-15")],
       spec="C3 thread: the reason comes in the answer; O4 notice from the first email (2025-09-24 <= 2025-10-09) -> cancel effective 2025-10-15.")

# o23 C4 card dispute on a deposit
P.append(proj("Kunsthandwerk Mühlbach Shop", "shop@kunsthandwerk-muehlbach.de", None))
i = opay("Kunsthandwerk Mühlbach Shop", "deposit", "15000.00", "2025-09-28T10:00:00")
w = at("2025-09-29 21:30", DE)
r.case("schwarzwald-kreditkarte-reklamation", OWB, [Mail(
    "Kunsthandwerk Mühlbach <shop@kunsthandwerk-muehlbach.de>", f"Anzahlung {i} - Storno", w, brand=OWB, body=(
        "Guten Abend,\n\nich storniere das Projekt Kunsthandwerk Mühlbach Shop, weil wir den Laden in Triberg doch "
        "nicht übernehmen. Wenn die Anzahlung nicht bis Freitag zurück ist, mache ich einen Chargeback über meine "
        "Kreditkartenfirma.\n\nUlrike Mühlbach"))],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: chargeback threat escalates although O2 would approve (39 h, no work started); no amount. 'ich storniere das Projekt' is a cancellation too, which C4 escalates as well: an extra cancellation decision is allowed (extra_ok, chk37b).")

# o24 C4 consumer advice centre + lawyer on a retainer cancellation
P.append(proj("Autohaus Kronberger Leads", "verkauf@autohaus-kronberger.de", "2025-04-03T10:00:00"))
i = opay("Autohaus Kronberger Leads", "retainer", "12000.00", "2025-09-03T09:00:00",
         period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00")
w = at("2025-09-26 10:00", DE)
r.case("rostock-rechtsanwalt-retainer", OWB, [Mail(
    "Autohaus Kronberger <verkauf@autohaus-kronberger.de>", f"Kündigung {i}", w, brand=OWB, body=(
        f"Hiermit kündigen wir die Betreuung 'Autohaus Kronberger Leads' ({i}) mit sofortiger Wirkung. Seit Juni kaum "
        "Anfragen, das ist nicht das, was versprochen wurde. Eine weitere Abbuchung akzeptieren wir nicht; die Sache "
        "liegt bei unserem Rechtsanwalt.\n\nKronberger\nGeschäftsführer, Rostock-Schmarl"))],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the cancellation (s.8): a lawyer mention escalates it; no O4 date.")

# o25 auto-reply to the agency
w = at("2025-09-28 12:40", DE)
r.case("autoreply-agentur", OWB, [Mail(
    "Brauhaus Villingen <marketing@brauhaus-villingen.de>", "Abwesenheitsnotiz: AW: Anzahlung OWD-2025-705 zurück [OWD-2288]", w, brand=OWB,
    refs_extra=["<owd-2288.20250928.1020@optimawebdesign.com>"],
    body="Vielen Dank für Ihre Nachricht. Ich bin bis 6.10. nicht im Büro. Ihre Mail wird nicht weitergeleitet.",
    headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

# o26 hypothetical question before ordering
w = at("2025-09-25 14:00", DE)
r.case("trier-frage-vor-auftrag", OWB, [Mail(
    "Weinbau Thielen <anfrage@weinbau-thielen-mosel.de>", "Frage vor Auftrag", w, brand=OWB, body=(
        "Guten Tag,\n\nwir überlegen, bei Ihnen Website und Jahres-Hosting zu bestellen. Wie wäre das: wenn wir nach "
        "zwei Monaten merken, dass es nicht passt, würden wir dann etwas zurückbekommen? Und was kostet die "
        "Einrichtung?\n\nMit freundlichen Grüßen\nMarkus Thielen, Leiwen"))],
    "other", spec="s.8 hypothetical before buying from a non-customer -> other.")

# o27 forward (WG, Outlook) from the contract email itself carrying a discovery refund of a Korean-run firm
P.append(proj("Seoul Bistro Magdeburg", "inhaber@seoulbistro-md.de", None))
i = opay("Seoul Bistro Magdeburg", "discovery", "7000.00", "2025-09-29T10:00:00")
w = at("2025-09-30 13:10", DE)
r.case("magdeburg-wg-selbst-discovery", OWB, [Mail(
    "Seoul Bistro Magdeburg <inhaber@seoulbistro-md.de>", "WG: Discovery stornieren", w, brand=OWB, body=(
        "Hallo, an die richtige Adresse nochmal, bitte.\n\n-----Ursprüngliche Nachricht-----\n"
        "Von: Seoul Bistro Magdeburg <inhaber@seoulbistro-md.de>\nGesendet: Montag, 29. September 2025 22:40\n"
        "An: support@optimawebdesign.com\nBetreff: Discovery stornieren\n\n"
        f"Sehr geehrte Team, wir haben heute die Discovery für Seoul Bistro Magdeburg bezahlt ({i}). Leider der "
        "Vermieter hat Mietvertrag gekündigt, wir müssen umziehen und wissen nicht wohin. Bitte Geld zurück, wir "
        "haben noch keine Termin gehabt.\nLee Hye-rim"))],
    "decided", [R("approve", "7000.00")], extra_ok=True,
    spec="s.8 forward from the contract email itself: O1 discovery, work_started_at empty -> approve 7000.00. The mail also ends the project ('Discovery stornieren'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).")

r.write(ledger)
