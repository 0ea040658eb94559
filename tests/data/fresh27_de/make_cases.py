"""fresh27_de: German held-out cases (Vienna, Graz, Tyrol, South Tyrol, Bavaria, Saxony, the Ruhr).
Stdlib only, deterministic. Run: python3 make_cases.py -> ledger.json, emails/*.eml, expected.json.
MIT, like the project; all text written for this project (names, firms and addresses are invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
DE = 2      # CEST (Austria, Germany, South Tyrol) in September 2025

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "de")
_n = [0]


def pay(email, plan, amt, paid_at, ps, pe, inv, status="paid"):
    _n[0] += 1
    PAY.append(lopay(f"de27_p{_n[0]:02d}", inv, email, plan, *amt, paid_at, ps, pe, status=status))


_o = [0]


def opay(inv, project, kind, amount, tax, paid_at, **kw):
    _o[0] += 1
    PAY.append(owpay(f"de27_o{_o[0]:02d}", inv, project, kind, amount, tax, paid_at, **kw))


# ======================= LeadsOptima =======================
C.append(cust("m.pichler@chello.at", "Martina Pichler", "monthly", start="2025-09-22", end="2025-10-21"))
pay("m.pichler@chello.at", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-27101")
pay("m.pichler@chello.at", "monthly", M, "2025-09-22T09:01:00", "2025-09-22", "2025-10-21", "LO-INV-27102")
r.case("wien-doppelt-formell", LOB, [Mail(
    "Mag. Martina Pichler <m.pichler@chello.at>", "Doppelte Belastung Monatsabo - Rechnung LO-INV-27102",
    at("2025-09-24 10:15", DE),
    "Sehr geehrte Damen und Herren,\n\nbei Durchsicht meiner Kreditkartenabrechnung musste ich feststellen, dass mir "
    "das Monatsabonnement am 22.09.2025 zweimal verrechnet wurde (jeweils 1.499,00 INR zzgl. Steuer).\n\n"
    "Die zweite Belastung (Rechnungsnummer LO-INV-27102) ist offenkundig eine Doppelverrechnung. Ich ersuche daher "
    "höflich um Rücküberweisung des doppelt verrechneten Betrages.\n\nFür Rückfragen stehe ich gerne zur Verfügung.\n\n"
    "Mit freundlichen Grüßen\n\nMag. Martina Pichler\nPichler Übersetzungen e.U.\nFavoritenstraße 88/3/14, 1100 Wien\n"
    "FN 512345x, Handelsgericht Wien")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: two paid monthly charges 2025-09-22 same period; request 2025-09-24 (day 2); refund the duplicate LO-INV-27102 = 1499.00.")

C.append(cust("office@holzbau-reinisch.at", "Holzbau Reinisch GmbH", "quarterly", start="2025-09-18", end="2025-12-17"))
pay("office@holzbau-reinisch.at", "quarterly", Q, "2025-09-18T10:00:00", "2025-09-18", "2025-12-17", "LO-INV-27111")
pay("office@holzbau-reinisch.at", "quarterly", Q, "2025-09-18T10:02:00", "2025-09-18", "2025-12-17", "LO-INV-27112")
r.case("graz-tag7-spaetabends", LOB, [Mail(
    "Holzbau Reinisch Office <office@holzbau-reinisch.at>", "AW: Quartalsabo zwoa mal abbucht",
    at("2025-09-25 20:05", DE),
    "Griaß eich,\n\nbin grad erst vom Baustellenbesuch in Gleisdorf zruck und schau die Kontoauszüge durch: ihr habts "
    "uns des Quartalsabo am 18. September zwoa mal abbucht, 3.999 und nochmal 3.999. Die zweite Rechnung is "
    "LO-INV-27112. Bitte die doppelte Abbuchung zrückbuchen.\n\nDanke und schönen Abend\nFranz Reinisch\n"
    "Holzbau Reinisch GmbH, Gleisdorfer Str. 4, 8200 Gleisdorf\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima <noreply@leadsoptima.com>\nGesendet: Donnerstag, 18. September 2025 06:32\n"
    "An: office@holzbau-reinisch.at\nBetreff: Ihre Zahlung wurde verarbeitet\n\nVielen Dank für Ihre Zahlung.")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-18 = day 0; email 2025-09-25 20:05 CEST = 23:35 IST, local date 2025-09-25 = day 7, inside; L4 duplicate LO-INV-27112 -> 3999.00.")

C.append(cust("j.haller@tirol-bergsport.at", "Johannes Haller", "annual", start="2025-09-17", end="2026-09-16"))
pay("j.haller@tirol-bergsport.at", "annual", A, "2025-09-17T08:00:00", "2025-09-17", "2026-09-16", "LO-INV-27121")
pay("j.haller@tirol-bergsport.at", "annual", A, "2025-09-17T08:01:00", "2025-09-17", "2026-09-16", "LO-INV-27122")
r.case("tirol-tag8-nach-mitternacht-ist", LOB, [Mail(
    "Johannes Haller <j.haller@tirol-bergsport.at>", "Jahreslizenz 2x abgebucht",
    at("2025-09-24 21:15", DE),
    "Servus,\n\nich hab heute am Abend erst gesehen, dass die Jahreslizenz am 17.9. zwei Mal von der Firmenkarte "
    "abgegangen ist: LO-INV-27121 und LO-INV-27122, je 11.988. Bitte die zweite (27122) zurückbuchen.\n\n"
    "Pfiat eich\nHannes Haller\nTirol Bergsport, Mayrhofen im Zillertal")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-17 IST; email 2025-09-24 21:15 CEST = 2025-09-25 00:45 IST = day 8 > 7: deny (still day 7 in Tyrol).")

C.append(cust("info@baeckerei-kuehne.de", "Bäckerei Kühne", "monthly", start="2025-09-26", end="2025-10-25"))
for i, t in enumerate(("11:00", "11:01", "11:02")):
    pay("info@baeckerei-kuehne.de", "monthly", M, f"2025-09-26T{t}:00", "2025-09-26", "2025-10-25", f"LO-INV-2713{i + 1}")
r.case("sachsen-dreimal", LOB, [Mail(
    "Bäckerei Kühne <info@baeckerei-kuehne.de>", "dreimal abgebucht?!",
    at("2025-09-27 07:40", DE),
    "Gudn Morgn,\n\nnu da guckste ma uff de Kontoauszüge und dann sowas: ihr habt das Monatsabo gestern dreimal "
    "abgebucht, dreimal 1.499, alles am 26. innerhalb von zwee Minuten. Rechnungen LO-INV-27131, 27132 und 27133. "
    "Een mal is richtig, de andern zwee wolln mer bidde zurück.\n\nGrüße aus Pieschen\nUwe Kühne\n"
    "Bäckerei & Konditorei Kühne, Dresden")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges 2025-09-26, request 2025-09-27 (day 1): every charge after the first is a duplicate: 2 x 1499.00 = 2998.00.")

C.append(cust("kontakt@schrott-yilmaz-gelsenkirchen.de", "Yilmaz Recycling", "monthly", start="2025-09-18", end="2025-10-17"))
pay("kontakt@schrott-yilmaz-gelsenkirchen.de", "monthly", M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17", "LO-INV-27141")
pay("kontakt@schrott-yilmaz-gelsenkirchen.de", "monthly", M, "2025-09-18T10:01:00", "2025-09-18", "2025-10-17", "LO-INV-27142")
pay("kontakt@schrott-yilmaz-gelsenkirchen.de", "monthly", M, "2025-09-26T09:00:00", "2025-09-18", "2025-10-17", "LO-INV-27143")
r.case("ruhr-dreifach-teils-ausserhalb", LOB, [Mail(
    "Yilmaz Recycling <kontakt@schrott-yilmaz-gelsenkirchen.de>", "Wat is dat denn - 3x abgebucht",
    at("2025-09-27 10:00", DE),
    "Glück auf,\n\nich hab jetzt erst gesehen, dat ihr für September nich einmal sondern dreimal abgebucht habt: "
    "18.09. zweimal (LO-INV-27141 und 27142) und am 26.09. nochmal (LO-INV-27143), immer 1.499 für dat selbe Monatsabo. "
    "Dat sind zweimal zu viel, also 2.998 zurück bitte.\n\nGruß\nErkan Yilmaz\nYilmaz Recycling, Gelsenkirchen-Horst")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 three identical charges (same period 09-18..10-17): duplicates LO-INV-27142 (2025-09-18, day 9 on 2025-09-27: outside L3) and LO-INV-27143 (2025-09-26, day 1: inside); refund only those inside = 1499.00, not the 2998 asked.")

C.append(cust("a.huber@huber-steuer.bayern", "Andreas Huber", "monthly", start="2025-09-23", end="2025-10-22"))
pay("a.huber@huber-steuer.bayern", "monthly", M, "2025-09-23T09:30:00", "2025-09-23", "2025-10-22", "LO-INV-27151")
r.case("bayern-doppelt-ledger-einmal", LOB, [Mail(
    "Andreas Huber <a.huber@huber-steuer.bayern>", "Doppelbuchung LO-INV-27151",
    at("2025-09-25 14:20", DE),
    "Grüß Gott,\n\nauf unserem Geschäftskonto sind zwei Abbuchungen von Ihnen über je 1.499 zu sehen, beide vom 23.09. "
    "Ich geh davon aus, dass da doppelt abgebucht wurde. Rechnung hab ich nur eine bekommen: LO-INV-27151. "
    "Bitte um Erstattung der doppelten Zahlung.\n\nMit freundlichen Grüßen\nAndreas Huber\nSteuerkanzlei Huber, Rosenheim")],
    "decided", [R("escalate")],
    spec="L4: duplicate claimed inside L3 (2025-09-23 -> 09-25, day 2) but the ledger holds only one charge of that account and period -> escalate, never approve.")

C.append(cust("s.gruber@aon.at", "Sabine Gruber", "monthly", start="2025-09-24", end="2025-10-23"))
pay("s.gruber@aon.at", "monthly", M, "2025-09-24T12:00:00", "2025-09-24", "2025-10-23", "LO-INV-27161")
r.case("wien-falscher-betrag-zehnfach", LOB, [Mail(
    "Sabine Gruber <s.gruber@aon.at>", "Falscher Betrag abgebucht!",
    at("2025-09-26 08:05", DE),
    "Hallo,\n\nauf meiner Karte steht bei Ihrer Abbuchung vom 24. ein falscher Betrag: 14.990 statt 1.499. Da hat wohl wer "
    "eine Null zu viel eingetippt. Rechnung LO-INV-27161. Bitte korrigieren und die Differenz zurückbuchen.\n\n"
    "LG Sabine Gruber\nWien-Ottakring\n\nGesendet von meinem Samsung Galaxy Smartphone.")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount) inside L3 (2025-09-24 -> 09-26) -> L5 escalate; the emailed amount is never trusted over the ledger; no amount.")

C.append(cust("t.lehmann@lehmann-druck-leipzig.de", "Thomas Lehmann", "monthly", start="2025-09-25", end="2025-10-24"))
pay("t.lehmann@lehmann-druck-leipzig.de", "monthly", M, "2025-09-25T06:00:00", "2025-09-25", "2025-10-24", "LO-INV-27171")
r.case("leipzig-nach-kuendigung-abgebucht", LOB, [Mail(
    "Thomas Lehmann <t.lehmann@lehmann-druck-leipzig.de>", "Abbuchung trotz Kündigung LO-INV-27171",
    at("2025-09-28 16:30", DE),
    "Guten Tag,\n\nich habe bereits im August unter Billing > Cancel Plan gekündigt (Bestätigung liegt mir vor). Trotzdem "
    "wurde am 25.09. erneut abgebucht. Eine Abbuchung nach der Kündigung ist nicht in Ordnung, ich bitte um Erstattung "
    "der Rechnung LO-INV-27171.\n\nMit freundlichen Grüßen\nThomas Lehmann\nLehmann Druck & Medien, Leipzig-Plagwitz")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('charged after I cancelled') inside L3 (09-25 -> 09-28, day 3) -> L5 escalate. The August cancellation is a past event, not a new request.")

C.append(cust("b.wimmer@wimmer-elektro.de", "Bernhard Wimmer", "annual", start="2025-09-02", end="2026-09-01"))
pay("b.wimmer@wimmer-elektro.de", "annual", A, "2025-09-02T11:00:00", "2025-09-02", "2026-09-01", "LO-INV-27181")
r.case("muenchen-falscher-plan-zu-spaet", LOB, [Mail(
    "Bernhard Wimmer <b.wimmer@wimmer-elektro.de>", "Falscher Tarif abgerechnet",
    at("2025-09-15 09:10", DE),
    "Servus,\n\nich wollte eigentlich nur den Monatstarif, abgebucht habt ihr aber das ganze Jahr, 11.988 Rupien "
    "(Rechnung LO-INV-27181 vom 2.9.). Falscher Plan abgerechnet, bitte die Differenz zurück.\n\n"
    "Gruß Bernhard Wimmer\nWimmer Elektrotechnik, München-Pasing")],
    "decided", [R("deny")],
    spec="L2 billing_error (wrong plan) but L3: charge 2025-09-02, request 2025-09-15 = day 13 > 7 -> deny citing the 7-day rule.")

C.append(cust("lisa.kofler@gmx.at", "Lisa Kofler", "monthly", start="2025-09-21", end="2025-10-20"))
pay("lisa.kofler@gmx.at", "monthly", M, "2025-09-21T15:00:00", "2025-09-21", "2025-10-20", "LO-INV-27191")
r.case("innsbruck-login-rechnung-ohne-trenner", LOB, [Mail(
    "Lisa Kofler <lisa.kofler@gmx.at>", "kein Login möglich seit Montag",
    at("2025-09-25 13:45", DE),
    "Hallo liebes Team,\n\nseit Montag komm ich nicht mehr rein, nach dem Login bleibt das Dashboard einfach weiß und "
    "lädt ewig. Cache gelöscht, anderer Browser, Handy, alles probiert. Euer Chat antwortet auch nicht.\n"
    "Abgebucht habt ihr aber schon, Rechnung LOINV27191. Ich hätte gerne mein Geld zurück, so bringt mir das nix.\n\n"
    "Liebe Grüße aus Innsbruck\nLisa")],
    "decided", [R("escalate")],
    spec="L2 access_failure inside L3 (2025-09-21 -> 09-25, day 4) -> L6 escalate; invoice typed without separators 'LOINV27191' = LO-INV-27191 (s.8).")

C.append(cust("info@zahnarzt-roessler.de", "Praxis Dr. Rößler", "quarterly", start="2025-09-01", end="2025-11-30"))
pay("info@zahnarzt-roessler.de", "quarterly", Q, "2025-09-01T09:00:00", "2025-09-01", "2025-11-30", "LO-INV-27201")
r.case("dresden-laedt-nicht-zu-spaet", LOB, [Mail(
    "Praxis Dr. Rößler <info@zahnarzt-roessler.de>", "Plattform lädt nicht - Erstattung",
    at("2025-09-19 17:00", DE),
    "Sehr geehrte Damen und Herren,\n\nseit Anfang September lädt die Plattform bei uns nicht, wir haben keinen Zugriff "
    "auf die Kampagnen. Unsere IT (Fa. Sachsen-IT) hat alles geprüft. Wir bitten daher um Erstattung der Quartalsgebühr "
    "(Rechnung LO-INV-27201 vom 01.09.2025).\n\nMit freundlichen Grüßen\ni. A. Katrin Vogel\nZahnarztpraxis Dr. Rößler, Dresden-Blasewitz")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-01, request 2025-09-19 = day 18 > 7 -> deny.")

C.append(cust("markus.hoedl@styria-consult.at", "Markus Hödl", "monthly", start="2025-09-24", end="2025-10-23"))
pay("markus.hoedl@styria-consult.at", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23", "LO-INV-27211")
r.case("graz-doch-nicht-gebraucht", LOB, [Mail(
    "Markus Hödl <markus.hoedl@styria-consult.at>", "Rückerstattung Monatsabo",
    at("2025-09-25 11:30", DE),
    "Hallo,\n\nich habe gestern das Monatsabo abgeschlossen (LO-INV-27211), aber nach einem Gespräch mit meinem "
    "Geschäftspartner haben wir uns umentschieden, wir bleiben bei unserem bisherigen CRM. Benutzt habe ich das Tool "
    "noch gar nicht. Könnt ihr mir die 1.499 bitte zurückerstatten?\n\nDanke & Grüße aus Graz\nMarkus Hödl")],
    "decided", [R("deny")],
    spec="L1: changed mind / unused is none of the L2 reasons -> deny and offer cancellation (window irrelevant).")

C.append(cust("f.obermaier@obermaier-hof.de", "Franz Obermaier", "monthly", start="2025-09-10", end="2025-10-09"))
pay("f.obermaier@obermaier-hof.de", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09", "LO-INV-27221")
r.case("niederbayern-zu-teuer-kuendigen", LOB, [Mail(
    "Franz Obermaier <f.obermaier@obermaier-hof.de>", "kündigung",
    at("2025-09-16 19:50", DE),
    "Griaß God,\n\ndes Programm is für unsern kloana Hofladen oafach z'teuer, 1.499 im Monat, des rentiert si ned. "
    "I kündig hiermit und hätt gern de restlichen Tag vom Monat zruck erstattet.\n\nMit freundliche Grüß\n"
    "Franz Obermaier\nObermaier-Hof, Hofladen & Direktvermarktung, Landau an der Isar")],
    "decided", [K("cancel", "2025-10-09"), R("deny")],
    spec="L8 cancel effective current_period_end 2025-10-09; the refund of unused days ('too expensive') is L1 -> deny.")

C.append(cust("kathi.berger@drei.at", "Katharina Berger", "monthly", status="trial", trial_ends="2025-10-03"))
r.case("wien-testphase-abbuchungsangst", LOB, [Mail(
    "Kathi Berger <kathi.berger@drei.at>", "Geld zurück bitte - Testphase",
    at("2025-09-29 22:10", DE),
    "Hallo!\n\nich bin noch in der Gratis-Testphase (Monatsplan), auf meinem Konto ist aber eine Reservierung von euch "
    "drauf. Ich will das nicht, bitte gebts mir das Geld zurück. Ich dachte, die Testphase ist kostenlos??\n\n"
    "Danke, Kathi\n\nvon unterwegs gesendet")],
    "decided", [R("deny")],
    spec="L7: the ledger shows a trial account (trial_ends 2025-10-03) and no charges: nothing to refund -> deny; no billing unless they subscribe.")

C.append(cust("info@hotel-laurin-meran.it", "Hotel Laurin", "quarterly", start="2025-08-15", end="2025-11-14"))
pay("info@hotel-laurin-meran.it", "quarterly", Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14", "LO-INV-27231")
r.case("meran-kuendigung-hotel", LOB, [Mail(
    "Hotel Laurin - Verwaltung <info@hotel-laurin-meran.it>", "Kündigung / Disdetta abbonamento trimestrale",
    at("2025-09-20 09:30", DE),
    "Sehr geehrte Damen und Herren,\ngentili Signori,\n\nwir kündigen hiermit unser Quartalsabonnement, da die Saison "
    "Anfang November endet und wir über den Winter geschlossen haben. / Con la presente disdiciamo l'abbonamento.\n\n"
    "Bitte um kurze Bestätigung.\n\nFreundliche Grüße / Cordiali saluti\nElisabeth Gamper\nHotel Laurin ****, Meran/Merano\n\n"
    "Diese E-Mail ist vertraulich. Questa e-mail è riservata.")],
    "decided", [K("cancel", "2025-11-14")],
    spec="L8: cancel, active until current_period_end 2025-11-14; bilingual German/Italian South Tyrol mail.")

C.append(cust("jens.richter@richter-kfz-chemnitz.de", "Jens Richter", "monthly"))
pay("jens.richter@richter-kfz-chemnitz.de", "monthly", M, "2025-08-12T09:00:00", None, None, "LO-INV-27240")
pay("jens.richter@richter-kfz-chemnitz.de", "monthly", M, "2025-09-12T09:00:00", None, None, "LO-INV-27241")
r.case("chemnitz-kuendigung-ohne-periode", LOB, [Mail(
    "Jens Richter <jens.richter@richter-kfz-chemnitz.de>", "Abo kündchen",
    at("2025-09-22 12:15", DE),
    "Hallo,\n\nbidde kündigt mein Abo, ich mach de Werkstatt zum Jahresende zu, Rente. Danke für alles.\n\n"
    "Jens Richter\nKfz-Meisterbetrieb Richter, Chemnitz")],
    "decided", [K("cancel", "2025-10-11")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-27241 on 2025-09-12 + 1 month - 1 day = 2025-10-11.")

C.append(cust("buero@ruhr-immo-bochum.de", "Ruhr Immo Bochum", "quarterly"))
PAY.append(lopay("de27_pz1", "LO-INV-27251", "buero@ruhr-immo-bochum.de", "quarterly", *Q, "2025-07-14T20:00:00Z", None, None))
r.case("bochum-fallback-utc-zeit", LOB, [Mail(
    "Ruhr Immo Bochum <buero@ruhr-immo-bochum.de>", "Kündigung Quartalsabo",
    at("2025-09-23 08:45", DE),
    "Guten Morgen,\n\nwir kündigen unser Quartalsabo zum Ende der laufenden Periode. Grund: wir wurden von einem Makler "
    "aus Dortmund übernommen und nutzen deren System.\n\nMit freundlichen Grüßen\nSandra Kowalski\nRuhr Immo Bochum GmbH")],
    "decided", [K("cancel", "2025-10-14")],
    spec="L8 fallback with an offset: last charge 2025-07-14T20:00Z = 2025-07-15 01:30 IST (s.8); + 3 months - 1 day = 2025-10-14.")

C.append(cust("alpin@kaunertal-touren.at", "Kaunertal Touren", "annual"))
pay("alpin@kaunertal-touren.at", "annual", A, "2024-11-05T10:00:00", None, None, "LO-INV-27261")
r.case("tirol-jahresabo-fallback", LOB, [Mail(
    "Kaunertal Touren <alpin@kaunertal-touren.at>", "Jahresabo nicht verlängern",
    at("2025-09-26 07:20", DE),
    "Servus miteinand,\n\nbitte unser Jahresabo kündigen, es soll im November nicht mehr verlängert werden. Wir machen "
    "das Marketing ab dem Winter wieder selber.\n\nBerg Heil\nGeorg Raich\nKaunertal Touren, Feichten")],
    "decided", [K("cancel", "2025-11-04")],
    spec="L8 fallback: no current_period_end; last charge 2024-11-05 + 12 months - 1 day = 2025-11-04.")

C.append(cust("max@mayr-catering.at", "Max Mayr", "monthly", start="2025-09-20", end="2025-10-19"))
pay("max@mayr-catering.at", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "LO-INV-27271")
r.case("c2-private-gmx-adresse", LOB, [Mail(
    "Max Mayr <max.mayr1979@gmx.at>", "Abrechnung falsch + Kontoauszug",
    at("2025-09-23 21:30", DE),
    "Hallo, schreib vom privaten Account weil ich im Urlaub bin. Mein Konto bei euch läuft auf max@mayr-catering.at. "
    "Ihr habts den falschen Betrag abgebucht, bitte zurück und schickts mir eine Aufstellung aller Zahlungen "
    "vom heurigen Jahr.\n\nLG Max")],
    "need_info", rules=["C2"],
    spec="C2: the request names registered email max@mayr-catering.at but comes from a private gmx.at address -> ask to write from the registered address; no account details.")

C.append(cust("c.wenzel@wenzel-metallbau.de", "Christian Wenzel", "quarterly", start="2025-09-19", end="2025-12-18"))
pay("c.wenzel@wenzel-metallbau.de", "quarterly", Q, "2025-09-19T09:00:00", "2025-09-19", "2025-12-18", "LO-INV-27281")
pay("c.wenzel@wenzel-metallbau.de", "quarterly", Q, "2025-09-19T09:01:00", "2025-09-19", "2025-12-18", "LO-INV-27282")
r.case("c2-outlook-wg-sekretariat", LOB, [Mail(
    "Sekretariat Wenzel Metallbau <sekretariat@wenzel-metallbau.de>", "WG: Doppelte Abbuchung Quartal",
    at("2025-09-22 10:05", DE),
    "Sehr geehrte Damen und Herren,\n\nanbei die Nachricht von Herrn Wenzel zur Kenntnisnahme und mit der Bitte um "
    "Bearbeitung.\n\nMit freundlichen Grüßen\nDoris Ebert\nSekretariat\n\n"
    "Von: Christian Wenzel <c.wenzel@wenzel-metallbau.de>\nGesendet: Montag, 22. September 2025 08:51\n"
    "An: Sekretariat Wenzel Metallbau <sekretariat@wenzel-metallbau.de>\nBetreff: Doppelte Abbuchung Quartal\n\n"
    "Doris, bitte an LeadsOptima weiterleiten: das Quartal wurde am 19.09. doppelt abgebucht (LO-INV-27282 ist die "
    "doppelte), die sollen das zurückzahlen. Mein Konto dort ist c.wenzel@wenzel-metallbau.de.\n\nCW")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: an Outlook 'WG:' forward carries a request naming registered email c.wenzel@...; the sender is the secretariat's address -> ask for the request from the registered address.")

C.append(cust("stefan@moser-it.at", "Stefan Moser", "monthly", start="2025-09-22", end="2025-10-21"))
pay("stefan@moser-it.at", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-27291")
r.case("c2-plus-adresse", LOB, [Mail(
    "Stefan Moser <stefan+leadsoptima@moser-it.at>", "Kündigung + Rechnungsübersicht",
    at("2025-09-27 15:10", DE),
    "Hallo,\n\nbitte das Abo kündigen (registriert bin ich als stefan@moser-it.at) und mir kurz bestätigen, bis wann "
    "es noch läuft und was zuletzt abgebucht wurde. Wir wechseln auf ein Tool mit Microsoft-Anbindung.\n\n"
    "Grüße\nStefan Moser\nMoser IT-Services, Linz")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: a +tag makes another address; stefan+leadsoptima@ is not the registered stefan@moser-it.at -> C2, disclose nothing.")

C.append(cust("k.schubert@schubert-zwickau.de", "Karin Schubert", "monthly", start="2025-09-15", end="2025-10-14"))
for m, d in (("07", "2025-07-15"), ("08", "2025-08-15"), ("09", "2025-09-15")):
    pay("k.schubert@schubert-zwickau.de", "monthly", M, f"{d}T09:00:00", d, None, f"LO-INV-2730{m[1]}")
r.case("zwickau-rechnungsnummer-fehlt", LOB, [Mail(
    "Karin Schubert <k.schubert@schubert-zwickau.de>", "Zu viel abgebucht",
    at("2025-09-18 14:00", DE),
    "Guten Tag,\n\nmir ist aufgefallen, dass mir ein falscher Betrag abgebucht wurde, mehr als der Monatspreis, der auf "
    "der Webseite steht. Ich bitte um Erstattung der Differenz. Die Rechnungsnummer finde ich gerade nicht, die Mails "
    "landen bei meinem Steuerberater.\n\nFreundliche Grüße\nKarin Schubert\nZwickau")],
    "need_info", missing=["invoice_number"],
    spec="C3: registered sender, plan from the ledger, reason given (wrong amount); three charges on record, so the charge is not identified -> ask for invoice_number.")

C.append(cust("office@fliesen-brandstaetter.at", "Fliesen Brandstätter", "monthly", start="2025-09-25", end="2025-10-24"))
pay("office@fliesen-brandstaetter.at", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-27311")
r.case("salzkammergut-nur-bitte-erstatten", LOB, [Mail(
    "Fliesen Brandstätter <office@fliesen-brandstaetter.at>", "Rückerstattung LO-INV-27311",
    at("2025-09-26 09:15", DE),
    "Sehr geehrte Damen und Herren,\n\nwir ersuchen um Rückerstattung der Rechnung LO-INV-27311.\n\n"
    "Besten Dank im Voraus.\n\nMit freundlichen Grüßen\nGerlinde Brandstätter\nFliesen Brandstätter GmbH\n"
    "Bad Ischl\n\nDiese Nachricht ist ausschließlich für den Adressaten bestimmt. Sollten Sie diese irrtümlich erhalten "
    "haben, verständigen Sie bitte den Absender.")],
    "need_info", missing=["reason"],
    spec="C3 + s.8: restating the request, thanks, signature and disclaimer are not a reason; registered sender, plan from ledger, invoice given -> ask for reason.")

C.append(cust("p.koenig@koenig-fotografie.de", "Paul König", "monthly", start="2025-09-24", end="2025-10-23"))
pay("p.koenig@koenig-fotografie.de", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23", "LO-INV-27321")
pay("p.koenig@koenig-fotografie.de", "monthly", M, "2025-09-24T09:00:40", "2025-09-24", "2025-10-23", "LO-INV-27322")
koenig1 = Mail("Paul König <p.koenig@koenig-fotografie.de>", "Erstattung LO-INV-27322", at("2025-09-25 18:00", DE),
               "Hallo,\n\nbitte erstatten Sie mir die Rechnung LO-INV-27322.\n\nDanke\nPaul König\nKönig Fotografie, Augsburg")
r.case("thread-grund-nachgereicht-augsburg", LOB, [koenig1, Mail(
    "Paul König <p.koenig@koenig-fotografie.de>", "Re: Erstattung LO-INV-27322 [LO-2731]", at("2025-09-27 09:40", DE),
    "Hallo,\n\nder Grund: ihr habt am 24.09. zweimal abgebucht, 27321 und 27322 sind der gleiche Monat. Die zweite ist doppelt.\n\n"
    "Paul König\n\nAm 26.09.2025 um 10:02 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
    "> Bitte nennen Sie uns den Grund Ihrer Rückerstattungsanfrage.\n> LeadsOptima Support",
    reply=koenig1, refs_extra=["<de27-ask-koenig@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: the answer gives the reason (duplicate); request time = first email 2025-09-25 (day 1); L4 pair LO-INV-27321/27322 -> approve 1499.00.")

C.append(cust("v.lechner@lechner-tischlerei.at", "Veronika Lechner", "monthly", start="2025-09-20", end="2025-10-19"))
pay("v.lechner@lechner-tischlerei.at", "monthly", M, "2025-08-20T09:00:00", "2025-08-20", "2025-09-19", "LO-INV-27331")
pay("v.lechner@lechner-tischlerei.at", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "LO-INV-27332")
lechner1 = Mail("Veronika Lechner <v.lechner@lechner-tischlerei.at>", "Kein Zugang zur Plattform",
                at("2025-09-23 11:10", DE),
                "Hallo,\n\nseit dem Wochenende bekomme ich beim Login nur noch \"Error 500\", auch am Handy. Ich kann so "
                "nicht arbeiten und möchte die Monatsgebühr zurück.\n\nLG Veronika Lechner\nTischlerei Lechner, Hallein")
r.case("thread-rechnung-nachgereicht-hallein", LOB, [lechner1, Mail(
    "Veronika Lechner <v.lechner@lechner-tischlerei.at>", "AW: Kein Zugang zur Plattform [LO-2733]",
    at("2025-09-24 08:30", DE),
    "Guten Morgen,\n\ndie Rechnungsnummer ist LO-INV-27332. Login geht übrigens immer noch nicht.\n\nVeronika Lechner\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support <support@leadsoptima.com>\n"
    "Gesendet: Dienstag, 23. September 2025 14:02\nBetreff: Re: Kein Zugang zur Plattform [LO-2733]\n\n"
    "Bitte teilen Sie uns die Rechnungsnummer mit.",
    reply=lechner1)],
    "decided", [R("escalate")],
    spec="C3 thread: invoice supplied in the answer; L2 access_failure, charge 2025-09-20, request time = first email 2025-09-23 (day 3) -> L6 escalate.")

C.append(cust("h.steiner@steiner-transporte.at", "Helmut Steiner", "monthly", start="2025-09-23", end="2025-10-22"))
pay("h.steiner@steiner-transporte.at", "monthly", M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22", "LO-INV-27341")
r.case("c4-kreditkarte-rueckbuchung-wien", LOB, [Mail(
    "Helmut Steiner <h.steiner@steiner-transporte.at>", "Letzte Aufforderung - falsche Abbuchung",
    at("2025-09-25 16:40", DE),
    "Sehr geehrte Damen und Herren,\n\nzum dritten Mal: die Abbuchung LO-INV-27341 vom 23.9. hat den falschen Betrag. "
    "Ich verlange die Rückerstattung bis Montag.\n\nSollte bis dahin nichts passieren, veranlasse ich über meine "
    "Kreditkartenfirma eine Rückbuchung (Chargeback) und schalte den Konsumentenschutz ein.\n\nHelmut Steiner\n"
    "Steiner Transporte, Wiener Neustadt")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback via the card company and consumer protection threat -> escalate (L5 would escalate too, C4 must be in the trace).")

C.append(cust("r.auer@auer-gastro.at", "Robert Auer", "monthly", start="2025-09-12", end="2025-10-11"))
pay("r.auer@auer-gastro.at", "monthly", M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11", "LO-INV-27351")
r.case("c4-kuendigung-arbeiterkammer", LOB, [Mail(
    "Robert Auer <r.auer@auer-gastro.at>", "Kündigung - SOFORT",
    at("2025-09-29 23:05", DE),
    "Ich kündige hiermit mein Abo mit sofortiger Wirkung. Eure Plattform ist ein Schmarrn.\n\nUnd ich warne euch: "
    "sollte nach heute noch ein Cent abgebucht werden, geh ich zur Arbeiterkammer und mein Anwalt meldet sich. "
    "Ich kenne meine Rechte als Konsument.\n\nR. Auer\nAuer Gastro, Wels")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): lawyer / Arbeiterkammer / consumer rights -> the cancellation is escalated, not acknowledged.")

C.append(cust("info@brauerei-zoellner.de", "Brauerei Zöllner", "monthly", start="2025-09-27", end="2025-10-26"))
pay("info@brauerei-zoellner.de", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26", "LO-INV-27361")
pay("info@brauerei-zoellner.de", "monthly", M, "2025-09-27T10:00:30", "2025-09-27", "2025-10-26", "LO-INV-27362")
r.case("oberpfalz-keine-rueckbuchung-gewollt", LOB, [Mail(
    "Brauerei Zöllner <info@brauerei-zoellner.de>", "doppelt abgebucht 27.9.",
    at("2025-09-29 09:00", DE),
    "Servus,\n\nam 27.9. ist das Monatsabo zweimal abgebucht worden, LO-INV-27361 und LO-INV-27362. Meine Bank hat mir "
    "gleich angeboten, das zurückzubuchen, aber das will ich nicht, ich mach keine Rückbuchung, das klären wir lieber "
    "direkt mit euch. Bitte einfach die doppelte Abbuchung (27362) zurückzahlen.\n\nPfiat di\nLudwig Zöllner\n"
    "Brauerei Zöllner, Amberg")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 negation: the chargeback is ruled out ('das will ich nicht, ich mach keine Rückbuchung'), no C4; L4 pair 2025-09-27, request 09-29 (day 2) -> approve 1499.00.")

r.case("abwesenheit-oesterreich", LOB, [Mail(
    "Martina Pichler <m.pichler@chello.at>", "Automatische Antwort: Re: Doppelte Belastung Monatsabo [LO-2710]",
    at("2025-09-25 07:00", DE),
    "Ich bin bis 6. Oktober auf Urlaub und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen "
    "wenden Sie sich bitte an office@pichler-uebersetzungen.at.\n\nMit freundlichen Grüßen\nMartina Pichler",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    refs_extra=["<de27-reply-pichler@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied out-of-office from a customer's address -> ignore.")

r.case("unzustellbar-postmaster", LOB, [Mail(
    "Postmaster <postmaster@a1.net>", "Unzustellbar: Ihre Kündigung wurde bestätigt",
    at("2025-09-26 12:00", DE),
    "Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.\n\n  r.auer@auer-gastr.at\n"
    "Remote Server returned '550 5.1.1 User unknown'\n",
    dsn=[[("Reporting-MTA", "dns; mx.a1.net")],
         [("Final-Recipient", "rfc822; r.auer@auer-gastr.at"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: postmaster sender and a delivery-status report -> ignore.")

r.case("wko-newsletter", LOB, [Mail(
    "WKO Steiermark Newsletter <newsletter@wko-stmk.example>", "Newsletter: Kündigungsfristen, Rückerstattungen & Förderungen",
    at("2025-09-30 06:00", DE),
    "Sehr geehrte Mitglieder,\n\nin dieser Ausgabe: Was tun bei Doppelbuchungen? Kündigung von Software-Abos. "
    "Rückerstattung der Energiekosten.\n\nAbmelden: https://wko-stmk.example/abmelden",
    headers={"List-Id": "WKO Stmk News <news.wko-stmk.example>", "Precedence": "list"})],
    "ignore", rules=["C7"], spec="C7: List-Id and Precedence: list -> ignore, though it mentions refunds and cancellations.")

r.case("vorab-frage-sachsen", LOB, [Mail(
    "Ronny Seidel <ronny.seidel@web.de>", "Frage vor Abschluss Jahresabo",
    at("2025-09-24 13:00", DE),
    "Hallo,\n\nich überleg, ob ich das Jahresabo für meine Werbeagentur in Plauen nehme. Mal angenommen, ich buch es "
    "und merke nach zwei Wochen, dass es nix für uns ist: würde ich dann mein Geld zurückbekommen? Und gibt es eine "
    "kostenlose Testphase?\n\nBeste Grüße\nRonny Seidel")],
    "other", spec="s.8 hypothetical before buying ('würde ich mein Geld zurückbekommen') is a policy question -> other.")

C.append(cust("info@cafe-sperl-demo.at", "Café am Ring", "monthly", start="2025-09-14", end="2025-10-13"))
pay("info@cafe-sperl-demo.at", "monthly", M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13", "LO-INV-27371")
r.case("wien-keine-erstattung-nur-uid", LOB, [Mail(
    "Café am Ring <info@cafe-sperl-demo.at>", "Rechnung LO-INV-27371 - UID-Nummer",
    at("2025-09-17 10:30", DE),
    "Grüß Gott,\n\ndamit kein Missverständnis entsteht: wir wollen weder kündigen noch eine Rückerstattung, wir sind "
    "zufrieden. Unser Steuerberater braucht nur die Rechnung LO-INV-27371 mit unserer UID-Nummer ATU12345678 drauf.\n\n"
    "Mit besten Grüßen\nAnton Wallner\nCafé am Ring, Wien")],
    "other", spec="s.8 negation: 'weder kündigen noch eine Rückerstattung' adds no intent; an invoice correction is other.")

r.case("danke-erstattung-erhalten", LOB, [Mail(
    "Martina Pichler <m.pichler@chello.at>", "Danke!",
    at("2025-09-30 15:20", DE),
    "Liebes LeadsOptima-Team,\n\ndie Rückerstattung für die Doppelbuchung ist heute auf meinem Konto eingelangt. Vielen "
    "Dank für die rasche und unkomplizierte Abwicklung!\n\nLiebe Grüße aus Favoriten\nMartina Pichler")],
    "other", spec="A thank-you for a past refund (past event) asks for nothing -> other.")

C.append(cust("einkauf@erzgebirge-holzkunst.de", "Erzgebirge Holzkunst", "annual", start="2025-09-26", end="2026-09-25"))
pay("einkauf@erzgebirge-holzkunst.de", "annual", A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25", "LO-INV-27381")
pay("einkauf@erzgebirge-holzkunst.de", "annual", A, "2025-09-26T10:00:20", "2025-09-26", "2026-09-25", "LO-INV-27382")
holz_html = ("<html><head><meta charset='utf-8'></head><body style='font-family:Calibri'>"
             "<p>Sehr geehrte Damen und Herren,</p><p>für unser <b>Jahresabonnement</b> wurden am 26.09.2025 "
             "<u>zwei identische Zahlungen</u> über je 11.988,00 INR abgebucht:</p>"
             "<table border='1'><tr><td>LO-INV-27381</td><td>11.988,00</td></tr>"
             "<tr><td>LO-INV-27382</td><td>11.988,00</td></tr></table>"
             "<p>Wir bitten um Erstattung der Doppelzahlung LO-INV-27382.</p>"
             "<p>Mit freundlichen Grüßen<br>Annett Günther<br>Einkauf<br>Erzgebirge Holzkunst GmbH, Seiffen</p>"
             "<p style='font-size:8pt;color:gray'>Geschäftsführer: M. Günther | Amtsgericht Chemnitz HRB 12345</p>"
             "</body></html>")
r.case("erzgebirge-html-only", LOB, [Mail(
    "Erzgebirge Holzkunst Einkauf <einkauf@erzgebirge-holzkunst.de>", "Doppelzahlung Jahresabonnement",
    at("2025-09-29 10:00", DE), None, html=holz_html)],
    "decided", [R("approve", "11988.00")],
    spec="HTML-only Outlook mail with a table: L4 pair 2025-09-26, request 09-29 (day 3) -> approve the duplicate LO-INV-27382 = 11988.00.")

C.append(cust("t.brunner@brunner-sport.at", "Thomas Brunner", "monthly", start="2025-09-21", end="2025-10-20"))
pay("t.brunner@brunner-sport.at", "monthly", M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20", "LO-INV-27391")
pay("t.brunner@brunner-sport.at", "monthly", M, "2025-09-21T09:00:50", "2025-09-21", "2025-10-20", "LO-INV-27392",
    status="refunded")
r.case("kitzbuehel-schon-erstattet", LOB, [Mail(
    "Thomas Brunner <t.brunner@brunner-sport.at>", "Doppelte Abbuchung LO-INV-27392",
    at("2025-09-24 12:30", DE),
    "Hallo,\n\nam 21.9. wurde das Monatsabo doppelt abgebucht (LO-INV-27391 und LO-INV-27392). Bitte die doppelte "
    "Zahlung LO-INV-27392 erstatten.\n\nDanke\nThomas Brunner\nBrunner Sport, Kitzbühel")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-27392 has status refunded (and no second paid charge forms an L4 pair) -> escalate, never approve twice.")

C.append(cust("sepp.huber@huber-landtechnik.de", "Sepp Huber", "monthly", start="2025-09-22", end="2025-10-21"))
pay("sepp.huber@huber-landtechnik.de", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-27401")
r.case("diktiert-kuendigen-und-login", LOB, [Mail(
    "Sepp Huber <sepp.huber@huber-landtechnik.de>", "Kündigung und Geld zurück",
    at("2025-09-26 06:45", DE),
    "hallo leadsoptima team komma ich diktier das grad im traktor weil ich keine zeit hab punkt seit dienstag geht "
    "das einloggen nicht mehr komma es kommt immer nur fehler beim anmelden punkt neue zeile die rechnung ist lo "
    "minus inv minus 27401 punkt ich will das abo kündigen und das geld für den monat zurück weil ich es ja gar nicht "
    "benutzen kann punkt neue zeile servus sepp huber\n\nVon meinem iPhone gesendet")],
    "decided", [R("escalate"), K("cancel", "2025-10-21")],
    spec="Dictated text: L2 access_failure inside L3 (2025-09-22 -> 09-26, day 4) -> L6 escalate; plus L8 cancel effective current_period_end 2025-10-21.")

C.append(cust("office@weinbau-pock.at", "Weinbau Pock", "monthly", start="2025-09-25", end="2025-10-24"))
pay("office@weinbau-pock.at", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-27411")
pay("office@weinbau-pock.at", "monthly", M, "2025-09-25T09:02:00", "2025-09-25", "2025-10-24", "LO-INV-27412")
r.case("suedsteiermark-lang-mittendrin", LOB, [Mail(
    "Weinbau Pock <office@weinbau-pock.at>", "Diverse Anliegen",
    at("2025-09-28 18:20", DE),
    "Liebes Team,\n\nzuerst einmal ein großes Lob, die Kampagne für unseren Buschenschank läuft super, wir haben seit "
    "Anfang September deutlich mehr Reservierungen. Mein Mann meint zwar immer noch, dass wir das früher mit Zetteln "
    "beim Gemeindeamt auch geschafft haben, aber er sieht es langsam ein.\n\nWas mir allerdings aufgefallen ist: am "
    "25.9. habt ihr zweimal 1.499 abgebucht, Rechnung lo-inv-27412 ist die doppelte. Die bitte zurück.\n\n"
    "Und noch eine Frage: kann man die Kampagne auch auf Slowenisch machen? Wir haben viele Gäste von drüben.\n\n"
    "Liebe Grüße aus Leutschach\nMaria Pock\nWeinbau & Buschenschank Pock")],
    "decided", [R("approve", "1499.00")],
    spec="Long mail with the request in the middle: L4 pair 2025-09-25, request 09-28 (day 3), duplicate lo-inv-27412 (s.8 case-insensitive) -> approve 1499.00; the question is left to staff.")

C.append(cust("info@erzgebirgs-pension-demo.de", "Pension am Fichtelberg", "monthly", start="2025-09-23", end="2025-10-22"))
pay("info@erzgebirgs-pension-demo.de", "monthly", M, "2025-09-23T08:00:00", "2025-09-23", "2025-10-22", "LO-INV-27421")
pay("info@erzgebirgs-pension-demo.de", "monthly", M, "2025-09-23T08:01:00", "2025-09-23", "2025-10-22", "LO-INV-27422")
r.case("oberwiesenthal-doppelt-und-kuendigen", LOB, [Mail(
    "Pension am Fichtelberg <info@erzgebirgs-pension-demo.de>", "Doppelt abgebucht + Kündigung",
    at("2025-09-26 17:00", DE),
    "Hallo,\n\nzwee Sachen:\n1) Am 23.09. wurde das Monatsabo doppelt abgebucht (LO-INV-27421 und LO-INV-27422). "
    "Bitte die 27422 zurück.\n2) Wir kündigen das Abo zum Ende der Laufzeit, wir verpachten die Pension ab November.\n\n"
    "Viele Grüße vom Fichtelberg\nHeike Unger")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-22")],
    spec="Two requests: L4 pair 2025-09-23, request 09-26 (day 3) -> approve LO-INV-27422 = 1499.00; L8 cancel effective current_period_end 2025-10-22.")

C.append(cust("buero@gladbeck-fenster-demo.de", "Fensterbau Gladbeck", "monthly", start="2025-09-24", end="2025-10-23"))
pay("buero@gladbeck-fenster-demo.de", "monthly", M, "2025-08-24T09:00:00", "2025-08-24", "2025-09-23", "LO-INV-27431")
pay("buero@gladbeck-fenster-demo.de", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23", "LO-INV-27432")
r.case("gladbeck-zweimal-aber-zwei-monate", LOB, [Mail(
    "Fensterbau Gladbeck <buero@gladbeck-fenster-demo.de>", "Doppelt bezahlt?",
    at("2025-09-26 08:20", DE),
    "Moin,\n\nich seh aufm Konto innerhalb von nem Monat zweimal 1.499 an euch, am 24.08. und am 24.09. (LO-INV-27432). "
    "Dat is doch doppelt bezahlt, bitte die zweite zurück.\n\nGruß\nDetlef Pawlak")],
    "decided", [R("escalate")],
    spec="L4: the two charges pay different billing periods (08-24..09-23 and 09-24..10-23): no duplicate pair in the ledger -> escalate (claim inside L3: 09-24 -> 09-26).")

C.append(cust("info@hotel-sole-demo.it", "Hotel Sole", "monthly", start="2025-09-10", end="2025-10-09"))
pay("info@hotel-sole-demo.it", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09", "LO-INV-27441")
r.case("bozen-nur-italienisch", LOB, [Mail(
    "Hotel Sole Bolzano <info@hotel-sole-demo.it>", "Disdetta abbonamento",
    at("2025-09-22 10:00", DE),
    "Buongiorno,\n\ncon la presente chiediamo la disdetta del nostro abbonamento mensile e il rimborso dell'ultimo "
    "addebito, perché la piattaforma non fa per noi.\n\nCordiali saluti\nGiulia Bernardi\nHotel Sole, Bolzano")],
    "other",
    spec="s.8 language: the mail is in Italian only (South Tyrol), a language the bot does not read -> other, the trace names the language.")

C.append(cust("kanzlei@schuster-recht-demo.at", "Kanzlei Schuster", "monthly", start="2025-09-14", end="2025-10-13"))
pay("kanzlei@schuster-recht-demo.at", "monthly", M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13", "LO-INV-27451")
r.case("linz-oben-kuendigung-unten-werbemail", LOB, [Mail(
    "Kanzlei Schuster <kanzlei@schuster-recht-demo.at>", "AW: Neu im Oktober: KI-Kampagnen",
    at("2025-09-25 09:40", DE),
    "Bitte kündigen Sie unser Monatsabo, wir brauchen das nicht mehr. Danke.\n\nMag. Eva Schuster\nKanzlei Schuster, Linz\n\n"
    "Von: LeadsOptima <news@leadsoptima.example>\nGesendet: Mittwoch, 24. September 2025 12:00\n"
    "An: kanzlei@schuster-recht-demo.at\nBetreff: Neu im Oktober: KI-Kampagnen\n\n"
    "> Neu im Oktober: KI-Kampagnen in 12 Sprachen.\n> Doppelt abgebucht? Schreiben Sie uns innerhalb von 7 Tagen,\n"
    "> wir erstatten doppelte Zahlungen. Chargebacks sind nicht nötig.\n> Ihr LeadsOptima-Team")],
    "decided", [K("cancel", "2025-10-13")],
    spec="Top-posted reply: only the new text is the request (cancel); the quoted newsletter's words (erstatten, Chargebacks) are not the customer's: L8 cancel effective current_period_end 2025-10-13, no refund, no C4.")

C.append(cust("r.seifert@seifert-elektro-demo.de", "Ralf Seifert", "monthly", start="2025-09-22", end="2025-10-21"))
PAY.append(lopay("de27_pz2", "LO-INV-27461", "r.seifert@seifert-elektro-demo.de", "monthly", *M, "2025-09-21T18:20:00Z",
                 "2025-09-22", "2025-10-21"))
PAY.append(lopay("de27_pz3", "LO-INV-27462", "r.seifert@seifert-elektro-demo.de", "monthly", *M, "2025-09-21T18:40:00Z",
                 "2025-09-22", "2025-10-21"))
r.case("zwickau-doppelt-ueber-mitternacht-ist", LOB, [Mail(
    "Ralf Seifert <r.seifert@seifert-elektro-demo.de>", "Doppelbuchung LO-INV-27462",
    at("2025-09-29 07:00", DE),
    "Guten Morgen,\n\ndas Monatsabo ist am Sonntagabend zweimal abgebucht worden (LO-INV-27461 und LO-INV-27462). "
    "Bitte erstatten Sie die doppelte Buchung LO-INV-27462.\n\nMit freundlichen Grüßen\nRalf Seifert, Zwickau")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 offsets + L3 per duplicate: charges 18:20Z = 2025-09-21 23:50 IST and 18:40Z = 2025-09-22 00:10 IST, same period; the duplicate LO-INV-27462 is day 0 on 09-22; request 2025-09-29 10:30 IST = day 7, inside -> approve 1499.00.")

C.append(cust("office@tischlerei-gmundner-demo.at", "Tischlerei Gmundner", "quarterly", start="2025-09-24", end="2025-12-23"))
pay("office@tischlerei-gmundner-demo.at", "quarterly", Q, "2025-09-24T09:00:00", "2025-09-24", "2025-12-23", "LO-INV-27471")
pay("office@tischlerei-gmundner-demo.at", "quarterly", Q, "2025-09-24T09:00:45", "2025-09-24", "2025-12-23", "LO-INV-27472")
pay("office@tischlerei-gmundner-demo.at", "quarterly", Q, "2025-06-24T09:00:00", "2025-06-24", "2025-09-23", "LO-INV-27470")
gm1 = Mail("Tischlerei Gmundner <office@tischlerei-gmundner-demo.at>", "Geld zurück", at("2025-09-25 08:00", DE),
           "Guten Morgen,\n\nbitte um Rückerstattung.\n\nLG Andrea Gmundner")
gm2 = Mail("Tischlerei Gmundner <office@tischlerei-gmundner-demo.at>", "AW: Geld zurück [LO-2747]", at("2025-09-26 07:30", DE),
           "Hallo,\n\nder Grund ist, dass ihr das Quartal zweimal abgebucht habt.\n\nLG Andrea\n\n"
           "> Bitte nennen Sie den Grund und die Rechnungsnummer.", reply=gm1)
r.case("gmunden-drei-mails-grund-dann-rechnung", LOB, [gm1, gm2, Mail(
    "Tischlerei Gmundner <office@tischlerei-gmundner-demo.at>", "AW: Geld zurück [LO-2747]", at("2025-09-27 10:15", DE),
    "Und die Rechnungsnummer: LO-INV-27472 (die zweite vom 24.9.).\n\nLG Andrea\n\n> Bitte nennen Sie noch die Rechnungsnummer.",
    reply=gm2)],
    "decided", [R("approve", "3999.00")],
    spec="C3 three-email thread: reason in the 2nd, invoice in the 3rd; request time = first email 2025-09-25 (day 1 after 09-24); L4 pair -> approve LO-INV-27472 = 3999.00.")

C.append(cust("info@brauhaus-wittenberg-demo.de", "Brauhaus Wittenberg", "monthly", start="2025-09-25", end="2025-10-24"))
pay("info@brauhaus-wittenberg-demo.de", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-27481")
bw1 = Mail("Brauhaus Wittenberg <info@brauhaus-wittenberg-demo.de>", "Erstattung", at("2025-09-26 09:00", DE),
           "Guten Tag,\n\nwir können uns seit gestern nicht mehr einloggen, das Dashboard lädt nicht. Bitte Geld zurück.\n\n"
           "Brauhaus Wittenberg")
r.case("neue-mail-nur-mit-fallnummer", LOB, [bw1, Mail(
    "Brauhaus Wittenberg <info@brauhaus-wittenberg-demo.de>", "Rechnungsnummer zu Ihrer Anfrage [LO-2748]",
    at("2025-09-27 11:00", DE),
    "Guten Tag,\n\nwie gewünscht die Rechnungsnummer: LO-INV-27481. Login geht immer noch nicht.\n\nBrauhaus Wittenberg")],
    "decided", [R("escalate")],
    spec="C3: the answer is a new mail (no In-Reply-To) recognised by the case reference in the subject; L2 access_failure, charge 2025-09-25, request 09-26 (day 1) -> L6 escalate.")

# ======================= Optima WebDesign =======================
P.append(proj("Heuriger Zach Website", "office@heuriger-zach.at", None))
opay("OWD-2025-701", "Heuriger Zach Website", "discovery", "15000.00", "2700.00", "2025-09-22T10:00:00")
r.case("wien-discovery-noch-nicht-begonnen", OWB, [Mail(
    "Heuriger Zach <office@heuriger-zach.at>", "Refund Request — Heuriger Zach Website / OWD-2025-701",
    at("2025-09-25 10:00", DE), brand=OWB, body=
    "Sehr geehrtes Optima-Team,\n\nwir haben für das Projekt \"Heuriger Zach Website\" die Discovery-Gebühr bezahlt "
    "(OWD-2025-701). Leider müssen wir das Projekt absagen, da der Heurige nach dem Tod meines Schwiegervaters "
    "verpachtet wird. Der Workshop hat noch nicht stattgefunden.\n\nWir ersuchen um Rückerstattung.\n\n"
    "Mit freundlichen Grüßen\nBrigitte Zach\nHeuriger Zach, Wien-Stammersdorf")],
    "decided", [R("approve", "15000.00")], extra_ok=True,
    spec="O1: discovery, work_started_at empty -> refundable in full: 15000.00 before tax (C6).")

P.append(proj("Bergsteigerdorf Ginzling Portal", "info@ginzling-portal.at", "2025-09-15T10:00:00"))
opay("OWD-2025-702", "Bergsteigerdorf Ginzling Portal", "discovery", "9000.00", "1620.00", "2025-09-12T10:00:00")
r.case("tirol-discovery-workshop-war-schon", OWB, [Mail(
    "Tourismusbüro Ginzling <info@ginzling-portal.at>", "Rückerstattung Strategiegebühr OWD-2025-702",
    at("2025-09-20 09:00", DE), brand=OWB, body=
    "Grüß Gott,\n\nfür das \"Bergsteigerdorf Ginzling Portal\" hatten wir am 15.9. den ersten Strategie-Workshop. "
    "Der Gemeinderat hat aber nun beschlossen, das Budget für heuer zu streichen. Wir möchten die Strategiegebühr "
    "(OWD-2025-702) zurück.\n\nFreundliche Grüße\nAnna Fankhauser")],
    "decided", [R("deny")],
    spec="O1: discovery session started 2025-09-15, before the request 2025-09-20 -> deny.")

P.append(proj("Kürbishof Lampl Shop", "lampl@kuerbishof-lampl.at", None))
opay("OWD-2025-703", "Kürbishof Lampl Shop", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00")
r.case("graz-anzahlung-47h", OWB, [Mail(
    "Kürbishof Lampl <lampl@kuerbishof-lampl.at>", "Storno Onlineshop - Anzahlung zurück",
    at("2025-09-24 06:00", DE), brand=OWB, body=
    "Hallo,\n\nwir stornieren den \"Kürbishof Lampl Shop\", weil wir doch über die Plattform von der "
    "Landwirtschaftskammer verkaufen. Bitte die Anzahlung OWD-2025-703 rückerstatten.\n\nDanke\nJosef Lampl")],
    "decided", [R("approve", "20000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-22 10:00 IST; email 2025-09-24 06:00 CEST = 09:30 IST = 47.5 h < 72 h, no work -> approve 20000.00 (cancellation part, if any, not asserted).")

P.append(proj("Dirndl Atelier Wimmer", "atelier@dirndl-wimmer.de", None))
opay("OWD-2025-704", "Dirndl Atelier Wimmer", "deposit", "18000.00", "3240.00", "2025-09-20T14:30:00")
r.case("muenchen-anzahlung-genau-72h", OWB, [Mail(
    "Dirndl Atelier Wimmer <atelier@dirndl-wimmer.de>", "Anzahlung zurück OWD-2025-704",
    at("2025-09-23 11:00", DE), brand=OWB, body=
    "Grüß Gott,\n\nfür das Projekt \"Dirndl Atelier Wimmer\" haben wir am Samstag die Anzahlung geleistet. Wir haben "
    "uns jetzt doch für eine Agentur bei uns in München entschieden, mit der wir uns persönlich treffen können. "
    "Bitte erstatten Sie die Anzahlung OWD-2025-704.\n\nMit freundlichen Grüßen\nResi Wimmer")],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-20 14:30 IST; email 2025-09-23 11:00 CEST = 14:30 IST = exactly 72 h, not before 72 h -> deny.")

P.append(proj("Kohlenpott Kletterhalle", "info@kohlenpott-klettern.de", "2025-09-25T10:00:00"))
opay("OWD-2025-705", "Kohlenpott Kletterhalle", "deposit", "22000.00", "3960.00", "2025-09-24T10:00:00")
r.case("ruhr-anzahlung-arbeit-begonnen", OWB, [Mail(
    "Kohlenpott Kletterhalle <info@kohlenpott-klettern.de>", "Anzahlung zurück",
    at("2025-09-26 09:00", DE), brand=OWB, body=
    "Tach zusammen,\n\nwir ham für die \"Kohlenpott Kletterhalle\" am Mittwoch die Anzahlung (OWD-2025-705) "
    "überwiesen. Jetz hat uns der Vermieter vonne Halle gekündigt, dat Projekt is erstma tot. Bitte Anzahlung zurück.\n\n"
    "Gruß aus Oberhausen\nDennis Schimanski")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-24 10:00, work started 2025-09-25 10:00, request 2025-09-26 12:30 IST (50.5 h) is after work began -> deny (whichever occurs first).")

P.append(proj("Stollen Manufaktur Relaunch", "projekt@stollen-manufaktur.de", "2025-08-01T10:00:00"))
opay("OWD-2025-706", "Stollen Manufaktur Relaunch", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00",
     milestone_status="approved")
opay("OWD-2025-707", "Stollen Manufaktur Relaunch", "milestone", "24000.00", "4320.00", "2025-09-10T10:00:00",
     milestone_status="not_started")
opay("OWD-2025-708", "Stollen Manufaktur Relaunch", "milestone", "16000.00", "2880.00", "2025-09-10T10:05:00",
     milestone_status="in_progress")
r.case("dresden-meilenstein-nicht-begonnen", OWB, [Mail(
    "Stollen Manufaktur <projekt@stollen-manufaktur.de>", "Refund Request — Stollen Manufaktur Relaunch / OWD-2025-707",
    at("2025-09-24 10:00", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nfür den \"Stollen Manufaktur Relaunch\" möchten wir den Meilenstein "
    "\"Mehrsprachigkeit\" (Rechnung OWD-2025-707) nicht mehr umsetzen lassen, da unser Exportgeschäft nach Tschechien "
    "eingestellt wird. Mit der Arbeit daran wurde laut Projektplan noch nicht begonnen.\n\nWir bitten um Erstattung.\n\n"
    "Mit freundlichen Grüßen\nClaudia Wendt\nDresdner Stollen Manufaktur")],
    "decided", [R("approve", "24000.00")], extra_ok=True,
    spec="O3: milestone OWD-2025-707 not_started -> refund that milestone's amount 24000.00 (before tax).")

r.case("dresden-meilenstein-in-arbeit", OWB, [Mail(
    "Stollen Manufaktur <projekt@stollen-manufaktur.de>", "Erstattung Meilenstein OWD-2025-708",
    at("2025-09-26 14:00", DE), brand=OWB, body=
    "Guten Tag,\n\nauch den Meilenstein Online-Shop (OWD-2025-708) für den Stollen Manufaktur Relaunch möchten wir "
    "stoppen, weil wir den Versand nicht stemmen können. Soweit wir wissen, hat Ihr Team erst angefangen. Bitte "
    "erstatten Sie, was noch nicht gearbeitet wurde.\n\nMit freundlichen Grüßen\nClaudia Wendt")],
    "decided", [R("escalate")],
    extra_ok=True, spec="O3: milestone OWD-2025-708 in_progress -> escalate (billable value of work not started needs a person).")

r.case("dresden-meilenstein-abgenommen", OWB, [Mail(
    "Stollen Manufaktur <projekt@stollen-manufaktur.de>", "Rückerstattung Design-Meilenstein",
    at("2025-09-27 09:00", DE), brand=OWB, body=
    "Guten Tag,\n\nunser neuer Geschäftsführer findet das Design doch nicht passend. Wir bitten um Rückerstattung des "
    "Design-Meilensteins OWD-2025-706 vom Projekt Stollen Manufaktur Relaunch.\n\nMit freundlichen Grüßen\nClaudia Wendt")],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-706 approved -> deny (approved milestones are non-refundable).")

P.append(proj("Skischule Stubai Betreuung", "buero@skischule-stubai.at", "2025-06-01T10:00:00"))
opay("OWD-2025-709", "Skischule Stubai Betreuung", "retainer", "12000.00", "2160.00", "2025-09-15T09:00:00",
     period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
r.case("stubai-retainer-rechtzeitig", OWB, [Mail(
    "Skischule Stubai <buero@skischule-stubai.at>", "Kündigung Betreuungsvertrag",
    at("2025-09-26 11:00", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir kündigen die laufende Betreuung \"Skischule Stubai Betreuung\" (zuletzt "
    "Rechnung OWD-2025-709). Grund: der Tourismusverband übernimmt ab der Wintersaison unsere Online-Buchung.\n\n"
    "Mit freundlichen Grüßen\nMichael Kindl\nSkischule Stubai, Neustift")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: request 2025-09-26 <= 2025-10-15 - 7 = 2025-10-08 -> cancel, effective the day before next_billing_at: 2025-10-14.")

P.append(proj("Glasbläserei Lauscha Social", "info@glas-lauscha.de", "2025-05-01T10:00:00"))
opay("OWD-2025-710", "Glasbläserei Lauscha Social", "retainer", "8000.00", "1440.00", "2025-09-03T09:00:00",
     period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00")
r.case("retainer-genau-7-tage-spaetabends", OWB, [Mail(
    "Glasbläserei Lauscha <info@glas-lauscha.de>", "Kündigung Social Media Betreuung OWD-2025-710",
    at("2025-09-26 20:00", DE), brand=OWB, body=
    "Guten Abend,\n\nhiermit kündige ich die Social-Media-Betreuung \"Glasbläserei Lauscha Social\". Der Grund ist, dass "
    "meine Tochter ab Oktober ins Geschäft einsteigt und Instagram selbst macht.\n\nViele Grüße\nHeike Müller-Greiner")],
    "decided", [K("cancel", "2025-10-02")],
    spec="O4 boundary: email 2025-09-26 20:00 CEST = 23:30 IST, local date 2025-09-26 = 2025-10-03 - 7 days -> at least 7 days' notice: cancel effective 2025-10-02.")

P.append(proj("Zeche Zollverein Eventseite", "events@zeche-events-essen.de", "2025-04-01T10:00:00"))
opay("OWD-2025-711", "Zeche Zollverein Eventseite", "retainer", "10000.00", "1800.00", "2025-09-04T09:00:00",
     period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00")
r.case("essen-retainer-zu-kurzfristig", OWB, [Mail(
    "Events Essen <events@zeche-events-essen.de>", "Kündigung Retainer",
    at("2025-09-29 10:00", DE), brand=OWB, body=
    "Hallo,\n\nwir kündigen den Retainer für die \"Zeche Zollverein Eventseite\" (Rechnung OWD-2025-711), weil die "
    "Eventreihe 2026 nicht mehr stattfindet.\n\nGlück auf\nMelanie Szczepanski")],
    "decided", [K("cancel", "2025-11-03")],
    spec="O4: request 2025-09-29 > 2025-10-04 - 7 = 09-27 -> under 7 days' notice: the next cycle (2025-10-04..11-03) is billed; effective 2025-11-03.")

P.append(proj("Thermenhotel Loipersdorf Pflege", "marketing@therme-hotel-loipersdorf.at", "2025-03-01T10:00:00"))
opay("OWD-2025-712", "Thermenhotel Loipersdorf Pflege", "retainer", "15000.00", "2700.00", "2025-09-10T09:00:00",
     period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00")
opay("OWD-2025-713", "Thermenhotel Loipersdorf Pflege", "retainer", "15000.00", "2700.00", "2025-09-25T09:00:00",
     period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T09:00:00")
r.case("loipersdorf-retainer-vorausbezahlt", OWB, [Mail(
    "Thermenhotel Marketing <marketing@therme-hotel-loipersdorf.at>", "Kündigung Website-Pflege",
    at("2025-09-27 09:00", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir kündigen die Website-Pflege \"Thermenhotel Loipersdorf Pflege\" (Rechnung "
    "OWD-2025-713). Grund: das Hotel wurde an eine Kette verkauft, die ihre eigene Webagentur hat.\n\n"
    "Mit freundlichen Grüßen\nSilvia Pölzl, Marketing")],
    "decided", [K("escalate")], extra_ok=True,
    spec="s.8 retainer paid in advance: the next cycle (10-10..11-09) is already paid (OWD-2025-713) and notice is >= 7 days (09-27 <= 11-03) -> escalate.")

P.append(proj("Hotel Drei Zinnen Hosting", "web@hotel-dreizinnen.it", "2025-09-20T10:00:00"))
opay("OWD-2025-714", "Hotel Drei Zinnen Hosting", "hosting_annual", "10000.00", "1800.00", "2025-09-18T09:00:00",
     setup_fee="1250.00", service_start="2025-09-20")
r.case("sexten-hosting-14-tage", OWB, [Mail(
    "Hotel Drei Zinnen <web@hotel-dreizinnen.it>", "Hosting kündigen und Rückerstattung / disdetta hosting",
    at("2025-09-28 09:00", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir möchten das Jahreshosting für \"Hotel Drei Zinnen Hosting\" (Rechnung "
    "OWD-2025-714) kündigen und ersuchen um die anteilige Rückerstattung. Grund: unser Hotelverband in Sexten bietet "
    "seinen Mitgliedern ab sofort kostenloses Hosting an.\n\nFreundliche Grüße / Cordiali saluti\nThomas Tschurtschenthaler")],
    "decided", [R("approve", "8020.83")], extra_ok=True,
    spec="O5: request 2025-09-28 within 14 days of service_start 2025-09-20; monthly_value = (10000 - 1250)/12 = 729.1666...; refund = 10000 - 1250 - 729.1666... = 8020.8333 -> 8020.83 (rounded once).")

P.append(proj("Schuhplattler Verein Website", "vorstand@schuhplattler-miesbach.de", "2025-09-01T10:00:00"))
opay("OWD-2025-715", "Schuhplattler Verein Website", "hosting_annual", "9600.00", "1728.00", "2025-08-30T09:00:00",
     setup_fee="1200.00", service_start="2025-09-01")
r.case("miesbach-hosting-zu-spaet", OWB, [Mail(
    "Schuhplattler Miesbach <vorstand@schuhplattler-miesbach.de>", "Rückerstattung Hosting",
    at("2025-09-22 19:00", DE), brand=OWB, body=
    "Servus,\n\nder Verein hat in der Hauptversammlung beschlossen, die Homepage wieder über ein Mitglied laufen zu "
    "lassen. Deshalb bitten wir um Rückerstattung vom Jahreshosting (OWD-2025-715) für die \"Schuhplattler Verein Website\".\n\n"
    "Mit freundlichem Gruß\nXaver Kammerloher, 1. Vorstand")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-22 (22:30 IST) = day 21 > 14 -> deny.")

P.append(proj("Seilbahn Hochzillertal Wartung", "technik@hochzillertal-bahn.at", "2025-09-20T10:00:00"))
opay("OWD-2025-716", "Seilbahn Hochzillertal Wartung", "maintenance_annual", "7200.00", "1296.00", "2025-09-25T09:00:00",
     setup_fee="600.00", service_start="2025-10-15")
r.case("zillertal-wartung-vor-beginn", OWB, [Mail(
    "Technik Hochzillertal <technik@hochzillertal-bahn.at>", "Wartungsvertrag zurückziehen",
    at("2025-09-27 08:30", DE), brand=OWB, body=
    "Grüß Gott,\n\nden Wartungsvertrag \"Seilbahn Hochzillertal Wartung\" (OWD-2025-716), der am 15. Oktober beginnen "
    "sollte, ziehen wir zurück, weil die Muttergesellschaft die IT zentral in Innsbruck betreut. Bitte um "
    "Rückerstattung abzüglich der Einrichtung.\n\nMit freundlichen Grüßen\nDI Peter Eberharter")],
    "decided", [R("approve", "6050.00")], extra_ok=True,
    spec="O5 + s.8: before service_start, consumed_months = 1; monthly_value = (7200 - 600)/12 = 550; refund = 7200 - 600 - 550 = 6050.00.")

P.append(proj("Krippenbauer Thaur Website", "info@krippen-thaur.at", "2025-08-10T10:00:00"))
opay("OWD-2025-717", "Krippenbauer Thaur Website", "third_party", "4200.00", "756.00", "2025-09-24T09:00:00")
r.case("thaur-domain-ssl", OWB, [Mail(
    "Krippenbauer Thaur <info@krippen-thaur.at>", "Domain und SSL zurück",
    at("2025-09-25 10:00", DE), brand=OWB, body=
    "Hallo,\n\nauf der Rechnung OWD-2025-717 (Krippenbauer Thaur Website) steht Domain .at + SSL-Zertifikat. Die Domain "
    "hätten wir eh schon gehabt, das SSL brauchen wir nicht. Bitte das zurückerstatten.\n\nDanke\nAlois Norz")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-717 is third_party (domain, SSL) -> never refundable: deny.")

P.append(proj("Stahlwerk Bochum Karriere", "hr@stahlwerk-bochum.de", "2025-09-01T10:00:00"))
opay("OWD-2025-718", "Stahlwerk Bochum Karriere", "rush", "6500.00", "1170.00", "2025-09-23T09:00:00")
r.case("bochum-expresszuschlag", OWB, [Mail(
    "HR Stahlwerk Bochum <hr@stahlwerk-bochum.de>", "Expresszuschlag OWD-2025-718",
    at("2025-09-26 10:00", DE), brand=OWB, body=
    "Guten Tag,\n\nfür \"Stahlwerk Bochum Karriere\" haben wir einen Expresszuschlag bezahlt, die Seite ist aber "
    "trotzdem erst einen Tag nach der Messe online gegangen. Wir bitten um Erstattung des Zuschlags (OWD-2025-718).\n\n"
    "Mit freundlichen Grüßen\nJana Krawczyk, Personal")],
    "decided", [R("deny")],
    spec="O6: rush fee -> non-refundable: deny.")

P.append(proj("Weingut Riegler Shop", "shop@weingut-riegler.at", "2025-09-05T10:00:00"))
opay("OWD-2025-719", "Weingut Riegler Shop", "setup", "5000.00", "900.00", "2025-09-05T09:00:00")
r.case("wachau-einrichtungsgebuehr", OWB, [Mail(
    "Weingut Riegler <shop@weingut-riegler.at>", "Einrichtungsgebühr zurück?",
    at("2025-09-12 11:00", DE), brand=OWB, body=
    "Liebes Optima-Team,\n\ndie Einrichtungsgebühr (OWD-2025-719) für den \"Weingut Riegler Shop\" erscheint uns zu "
    "hoch, die Einrichtung war ja in zwei Tagen erledigt. Wir hätten das gerne zurück.\n\nLG aus der Wachau\nEva Riegler")],
    "decided", [R("deny")],
    spec="O6: setup/activation fee -> non-refundable: deny.")

P.append(proj("Spreewald Gurken Shop", "info@spreewald-gurken-lehde.de", None))
opay("OWD-2025-720", "Spreewald Gurken Shop", "deposit", "16000.00", "2880.00", "2025-09-27T10:00:00")
r.case("c2-inhaber-privatadresse", OWB, [Mail(
    "Rainer Noack <rainer.noack@t-online.de>", "Anzahlung Spreewald Gurken Shop zurück",
    at("2025-09-28 10:00", DE), brand=OWB, body=
    "Guten Tag,\n\nich bin der Inhaber vom Spreewald Gurken Shop. Wir ziehen das Projekt zurück, die Ernte war dieses "
    "Jahr zu schlecht. Bitte die Anzahlung OWD-2025-720 erstatten und mir sagen, was sonst noch offen ist.\n\nRainer Noack")],
    "need_info", rules=["C2"],
    spec="C2: the contract email is info@spreewald-gurken-lehde.de; the request comes from a private t-online address -> ask to write from the contract email, nothing about the project.")

P.append(proj("Almhütte Schlern Website", "info@almhuette-schlern.it", None))
opay("OWD-2025-721", "Almhütte Schlern Website", "discovery", "7000.00", "1260.00", "2025-09-23T10:00:00")
r.case("c2-thunderbird-weiterleitung", OWB, [Mail(
    "Lukas Rier <lukas.rier@rolmail.net>", "Fwd: Rückerstattung Discovery Almhütte Schlern",
    at("2025-09-25 20:40", DE), brand=OWB, body=
    "Hallo, meine Schwester hat das an euch geschickt, aber keine Antwort bekommen. Könnt ihr mir sagen, wie es "
    "aussieht?\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Rückerstattung Discovery Almhütte Schlern\n"
    "Datum: Wed, 24 Sep 2025 09:12:40 +0200\nVon: Almhütte Schlern <info@almhuette-schlern.it>\n"
    "An: optimawebdesigns12@gmail.com\n\nGuten Tag, für die \"Almhütte Schlern Website\" haben wir die Discovery "
    "OWD-2025-721 bezahlt. Da die Hütte verkauft wird, ziehen wir zurück und bitten um Rückerstattung.\nMaria Rier")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: a Thunderbird forward carries the request from contract email info@almhuette-schlern.it; the sender is another address -> ask for the request from the contract email.")

P.append(proj("Fleischerei Bauer Website", "bauer@fleischerei-bauer-pirna.de", "2025-07-01T10:00:00"))
P.append(proj("Fleischerei Bauer Partyservice", "bauer@fleischerei-bauer-pirna.de", "2025-08-01T10:00:00"))
opay("OWD-2025-722", "Fleischerei Bauer Website", "milestone", "12000.00", "2160.00", "2025-09-01T10:00:00",
     milestone_status="not_started")
opay("OWD-2025-723", "Fleischerei Bauer Partyservice", "milestone", "9000.00", "1620.00", "2025-09-05T10:00:00",
     milestone_status="not_started")
r.case("pirna-projekt-und-rechnung-fehlen", OWB, [Mail(
    "Fleischerei Bauer <bauer@fleischerei-bauer-pirna.de>", "Geld zurück",
    at("2025-09-24 12:00", DE), brand=OWB, body=
    "Guten Tag,\n\nwir möchten für einen der Aufträge das Geld zurück, weil wir den Teil jetzt doch nicht mehr brauchen, meine "
    "Frau hat gesagt das wird zu viel Arbeit neben dem Laden.\n\nMit freundlichen Grüßen\nGünter Bauer\nFleischerei Bauer, Pirna")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: contract sender with two projects and two payments; reason given but neither project nor invoice is named -> ask for project_name and invoice_number.")

P.append(proj("Kaffeehaus Prückl Retainer", "office@kaffeehaus-prueckl-demo.at", "2025-05-01T10:00:00"))
opay("OWD-2025-724", "Kaffeehaus Prückl Retainer", "retainer", "9000.00", "1620.00", "2025-09-20T09:00:00",
     period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")
prueckl1 = Mail("Kaffeehaus Prückl <office@kaffeehaus-prueckl-demo.at>", "Kündigung Retainer OWD-2025-724",
                at("2025-09-24 09:30", DE),
                "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den \"Kaffeehaus Prückl Retainer\" "
                "(OWD-2025-724) fristgerecht zum nächstmöglichen Termin.\n\nUm eine schriftliche Bestätigung wird "
                "ersucht.\n\nHochachtungsvoll\nDr. Friederike Prückl\nGeschäftsführung\n\n"
                "Diese E-Mail enthält vertrauliche Informationen.", brand=OWB)
r.case("wien-kuendigung-ohne-grund", OWB, [prueckl1], "need_info", missing=["reason"],
       spec="s.8: Optima requires a reason for cancellations too; 'fristgerecht', the confirmation request, signature and disclaimer are not reasons -> ask for reason.")

prueckl1b = Mail(prueckl1.frm, prueckl1.subject, prueckl1.when, prueckl1.body, brand=OWB)
r.case("wien-thread-grund-nachgereicht", OWB, [prueckl1b, Mail(
    "Kaffeehaus Prückl <office@kaffeehaus-prueckl-demo.at>", "AW: Kündigung Retainer OWD-2025-724",
    at("2025-09-30 09:00", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nzum Grund: wir übergeben das Kaffeehaus mit Jahresende an die neue Pächterin, "
    "die ihren eigenen Webauftritt macht.\n\nHochachtungsvoll\nF. Prückl\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign <optimawebdesigns12@gmail.com>\n"
    "Gesendet: Freitag, 26. September 2025 12:00\nBetreff: Re: Kündigung Retainer OWD-2025-724\n\n"
    "Bitte nennen Sie uns den Grund Ihrer Kündigung.",
    reply=prueckl1b, refs_extra=["<de27-owd-prueckl-ask@optimawebdesign.com>"])],
    "decided", [K("cancel", "2025-10-19")],
    spec="C3 thread: reason supplied 2025-09-30; request time = first email 2025-09-24 <= 2025-10-20 - 7 = 10-13 -> cancel effective 2025-10-19 (the first email's date counts; the answer's 2025-09-30 would also be inside).")

P.append(proj("Autohaus Pöschl Landingpages", "marketing@autohaus-poeschl.de", None))
opay("OWD-2025-725", "Autohaus Pöschl Landingpages", "deposit", "25000.00", "4500.00", "2025-09-29T10:00:00")
r.case("c4-anwalt-passau", OWB, [Mail(
    "Autohaus Pöschl Marketing <marketing@autohaus-poeschl.de>", "Refund Request — Autohaus Pöschl Landingpages",
    at("2025-09-30 08:00", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir treten vom Projekt \"Autohaus Pöschl Landingpages\" zurück, der Hersteller "
    "stellt uns die Landingpages selbst. Wir fordern die Anzahlung OWD-2025-725 zurück.\n\nSollte die Rückzahlung nicht "
    "bis 10.10. eingehen, wird unsere Rechtsabteilung bzw. unser Anwalt die Angelegenheit übernehmen.\n\n"
    "Mit freundlichen Grüßen\nStefanie Pöschl, Passau")],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: lawyer threat -> escalate, although O2 alone would approve (paid 2025-09-29 10:00, request 09-30 11:30 IST, 25.5 h, no work).")

r.case("optima-autoreply-ticket", OWB, [Mail(
    "Stollen Manufaktur Helpdesk <noreply@stollen-manufaktur.de>", "[Ticket #4471] Ihre Anfrage ist eingegangen",
    at("2025-09-24 10:01", DE), brand=OWB, body=
    "Vielen Dank für Ihre Nachricht. Ihre Anfrage zur Rückerstattung wurde unter der Ticketnummer 4471 erfasst. "
    "Bitte antworten Sie nicht auf diese E-Mail.",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "junk"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-generated ticket confirmation (Precedence: junk) -> ignore.")

r.case("hosting-frage-verlaengerung", OWB, [Mail(
    "Hotel Drei Zinnen <web@hotel-dreizinnen.it>", "Frage zur Verlängerung",
    at("2025-09-21 10:00", DE), brand=OWB, body=
    "Guten Tag,\n\nkurze Frage, wir wollen nichts kündigen und auch nichts zurück: verlängert sich das Hosting "
    "automatisch nächstes Jahr, und kann man dann auf monatliche Zahlung umstellen?\n\nDanke und Grüße aus Sexten")],
    "other", spec="s.8 negation: 'nichts kündigen und auch nichts zurück' adds no intent; a renewal question is other.")

P.append(proj("Leipziger Messebau Portal", "projekt@messebau-leipzig.de", None))
opay("OWD-2025-726", "Leipziger Messebau Portal", "deposit", "14000.00", "2520.00", "2025-09-27T10:00:00", status="disputed")
r.case("leipzig-anzahlung-status-disputed", OWB, [Mail(
    "Leipziger Messebau <projekt@messebau-leipzig.de>", "Stornierung + Anzahlung OWD-2025-726",
    at("2025-09-28 12:00", DE), brand=OWB, body=
    "Guten Tag,\n\nwir stornieren das \"Leipziger Messebau Portal\", der Großkunde für den das Portal gedacht war ist "
    "abgesprungen. Bitte erstatten Sie die Anzahlung OWD-2025-726.\n\nMit freundlichen Grüßen\nRené Böttcher")],
    "decided", [R("escalate")], extra_ok=True,
    spec="s.8 payments not paid: the deposit's status is disputed -> a refund of it is escalated (O2 alone would approve: paid 2025-09-27 10:00, request 09-28 15:30 IST = 29.5 h, no work).")

P.append(proj("Lebkuchen Pulsnitz Shop", "shop@pulsnitz-lebkuchen-demo.de", None))
opay("OWD-2025-727", "Lebkuchen Pulsnitz Shop", "deposit", "17500.00", "3150.00", "2025-09-25T06:00:00Z")
r.case("pulsnitz-anzahlung-utc-71h", OWB, [Mail(
    "Lebkuchen Pulsnitz <shop@pulsnitz-lebkuchen-demo.de>", "Rücktritt Onlineshop, Anzahlung OWD-2025-727",
    at("2025-09-28 07:00", DE), brand=OWB, body=
    "Guten Morgen,\n\nwir treten vom \"Lebkuchen Pulsnitz Shop\" zurück: unser Großhändler übernimmt den Onlineverkauf "
    "für uns. Bitte erstatten Sie die Anzahlung OWD-2025-727.\n\nMit freundlichen Grüßen\nSusanne Kaden")],
    "decided", [R("approve", "17500.00")], extra_ok=True,
    spec="O2 + s.8 offsets: paid 2025-09-25T06:00Z = 11:30 IST; email 2025-09-28 07:00 CEST = 10:30 IST = 71 h < 72 h, no work -> approve 17500.00.")

P.append(proj("Zirbenhof Social Media", "marketing@zirbenhof-demo.at", "2025-04-01T10:00:00"))
opay("OWD-2025-728", "Zirbenhof Social Media", "retainer", "11000.00", "1980.00", "2025-09-06T09:00:00",
     period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00")
r.case("zirbenhof-kurzfristig-plus-erstattung", OWB, [Mail(
    "Zirbenhof Marketing <marketing@zirbenhof-demo.at>", "Kündigung Social Media + Rückerstattung September",
    at("2025-09-30 10:00", DE), brand=OWB, body=
    "Servus,\n\nwir kündigen die Betreuung \"Zirbenhof Social Media\" (OWD-2025-728), weil unser neuer Juniorchef das "
    "jetzt selber macht. Und weil im September eh kaum Beiträge gekommen sind, hätten wir gern den September "
    "zurückerstattet.\n\nLG\nKatrin Zangerl")],
    "decided", [K("cancel", "2025-11-05"), R("deny")],
    spec="O4: request 2025-09-30 > 2025-10-06 - 7 = 09-29: next cycle (10-06..11-05) billed, effective 2025-11-05; the current period is never refunded -> refund deny.")

r.write(ledger)
