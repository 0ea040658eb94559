"""fresh35_de: German held-out cases (Upper Austria: Linz, Mühlviertel; the Harz; the Erzgebirge and Vogtland;
the Rhön; Lake Constance: Lindau, Konstanz; Ostwestfalen-Lippe: Bielefeld; Mainz/Rheinhessen; Würzburg; German
written by Vietnamese (Berlin-Lichtenberg), Spanish and Persian speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (every person, firm and club is invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
DE = 2      # CEST (Germany, Austria) in September 2025

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]

# ---------------- LeadsOptima ledger ----------------
C += [
    cust("info@baeckerei-hofinger.at", "Bäckerei Hofinger", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("buero@stb-meierhenrich.de", "Steuerberatung Meierhenrich", "annual", start="2025-09-20", end="2026-09-19"),
    cust("om@yoga-seeufer.de", "Yoga am Seeufer", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("schriftfuehrer@hegering-oberharz.de", "Hegering Oberharz", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("weingut@weingut-kessler-nierstein.de", "Weingut Kessler", "annual", start="2025-03-15", end="2026-03-14"),
    cust("pflegedienst@pflege-annaberg.de", "Pflegedienst Annaberg", "monthly"),
    cust("rezeption@camping-bodenseeblick.de", "Camping Bodenseeblick", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("fahrschule@fahrschule-grombuehl.de", "Fahrschule Grombühl", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("laden@geigenbau-wunderlich.de", "Geigenbau Wunderlich", "quarterly", start="2025-08-01", end="2025-10-31"),
    cust("m.becker@kreativhaus-mainz.de", "Kreativhaus Mainz", "annual", start="2025-09-26", end="2026-09-25"),
    cust("office@stb-leitner.at", "Steuerberatung Leitner", "annual", start="2025-06-01", end="2026-05-31"),
    cust("nails@lotus-nails-lichtenberg.de", "Lotus Nails Lichtenberg", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("carmen.ruiz@posteo.de", "Carmen Ruiz", "monthly", status="trial", trial_ends="2025-10-08"),
    cust("buero@tischlerei-haslinger.at", "Tischlerei Haslinger", "quarterly", start="2025-09-23", end="2025-12-22"),
    cust("service@radhaus-sparrenburg.de", "Radhaus Sparrenburg", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("hof@rhoener-schafhof.de", "Rhöner Schafhof", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("info@holzkunst-seiffen.de", "Holzkunst Seiffen", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("atelier@hafenlicht-lindau.de", "Fotostudio Hafenlicht", "quarterly", start="2025-08-10", end="2025-11-09"),
    cust("abwesend@buchhaltung-tennstedt.de", "Buchhaltung Tennstedt", "monthly", start="2025-09-12", end="2025-10-11"),
]
PAY += [
    lopay("de35_p01", "LO-INV-83501", "info@baeckerei-hofinger.at", "monthly", *M, "2025-09-24T07:10:00", "2025-09-24", "2025-10-23"),
    lopay("de35_p02", "LO-INV-83502", "info@baeckerei-hofinger.at", "monthly", *M, "2025-09-24T07:11:00", "2025-09-24", "2025-10-23"),
    lopay("de35_p03", "LO-INV-83511", "buero@stb-meierhenrich.de", "annual", *A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19"),
    lopay("de35_p04", "LO-INV-83521", "om@yoga-seeufer.de", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("de35_p05", "LO-INV-83531", "schriftfuehrer@hegering-oberharz.de", "quarterly", *Q, "2025-09-22T12:00:00", "2025-09-22", "2025-12-21"),
    lopay("de35_p06", "LO-INV-83541", "weingut@weingut-kessler-nierstein.de", "annual", *A, "2025-03-15T10:00:00", "2025-03-15", "2026-03-14"),
    lopay("de35_p07", "LO-INV-83551", "pflegedienst@pflege-annaberg.de", "monthly", *M, "2025-08-12T09:00:00", None, None),
    lopay("de35_p08", "LO-INV-83552", "pflegedienst@pflege-annaberg.de", "monthly", *M, "2025-09-12T09:00:00", None, None),
    lopay("de35_p09", "LO-INV-83561", "fahrschule@fahrschule-grombuehl.de", "monthly", *M, "2025-09-27T08:00:00", "2025-09-27", "2025-10-26"),
    lopay("de35_p10", "LO-INV-83562", "fahrschule@fahrschule-grombuehl.de", "monthly", *M, "2025-09-27T08:01:00", "2025-09-27", "2025-10-26"),
    lopay("de35_p11", "LO-INV-83571", "laden@geigenbau-wunderlich.de", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31"),
    lopay("de35_p12", "LO-INV-83581", "m.becker@kreativhaus-mainz.de", "annual", *A, "2025-09-26T11:00:00", "2025-09-26", "2026-09-25"),
    lopay("de35_p13", "LO-INV-83591", "buero@tischlerei-haslinger.at", "quarterly", *Q, "2025-09-23T09:00:00", "2025-09-23", "2025-12-22"),
    lopay("de35_p14", "LO-INV-83592", "buero@tischlerei-haslinger.at", "quarterly", *Q, "2025-09-23T09:01:00", "2025-09-23", "2025-12-22"),
    lopay("de35_p15", "LO-INV-83593", "buero@tischlerei-haslinger.at", "quarterly", *Q, "2025-09-23T09:02:00", "2025-09-23", "2025-12-22"),
    lopay("de35_p16", "LO-INV-83601", "service@radhaus-sparrenburg.de", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
    lopay("de35_p17", "LO-INV-83602", "service@radhaus-sparrenburg.de", "monthly", *M, "2025-09-26T10:01:00", "2025-09-26", "2025-10-25", status="refunded"),
    lopay("de35_p18", "LO-INV-83611", "hof@rhoener-schafhof.de", "monthly", *M, "2025-09-28T09:00:00", "2025-09-28", "2025-10-27"),
    lopay("de35_p19", "LO-INV-83621", "info@holzkunst-seiffen.de", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("de35_p20", "LO-INV-83631", "atelier@hafenlicht-lindau.de", "quarterly", *Q, "2025-08-10T10:00:00", "2025-08-10", "2025-11-09"),
    lopay("de35_p21", "LO-INV-83641", "office@stb-leitner.at", "annual", *A, "2025-06-01T10:00:00", "2025-06-01", "2026-05-31"),
    lopay("de35_p22", "LO-INV-83651", "nails@lotus-nails-lichtenberg.de", "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"),
    lopay("de35_p23", "LO-INV-83661", "rezeption@camping-bodenseeblick.de", "monthly", *M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07"),
    lopay("de35_p24", "LO-INV-83671", "abwesend@buchhaltung-tennstedt.de", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
]

# ---------------- Optima WebDesign ledger ----------------
P += [
    proj("Rhönhof Gästehaus Relaunch", "info@rhoenhof-gaestehaus.de", None),
    proj("Bergbrauerei Harz Shop", "marketing@bergbrauerei-harz.de", None),
    proj("Pension Mühlblick Website", "zimmer@pension-muehlblick.at", None),
    proj("Weingut Sonnenhang Relaunch", "info@weingut-sonnenhang.de", "2025-08-01T10:00:00"),
    proj("Yogaraum Konstanz Betreuung", "hallo@yogaraum-konstanz.de", "2025-05-01T10:00:00"),
    proj("Jagdschloss Events Würzburg", "events@jagdschloss-wuerzburg.de", "2025-04-01T10:00:00"),
    proj("Pflegenetz Vogtland Portal", "verwaltung@pflegenetz-vogtland.de", "2025-09-22T10:00:00"),
    proj("Camping Seewinkel Wartung", "platzwart@camping-seewinkel.de", "2025-09-01T10:00:00"),
    proj("Leinenweberei Bielefeld Shop", "shop@leinenweberei-bi.de", "2025-09-01T10:00:00"),
    proj("Narrenzunft Gonsenheim Social", "vorstand@narrenzunft-gonsenheim.de", "2025-06-01T10:00:00"),
    proj("Galerie Farahani Online", "info@galerie-farahani.de", "2025-07-10T10:00:00"),
    proj("Seiffener Adventsmarkt Microsite", "orga@adventsmarkt-seiffen.de", "2025-09-24T10:00:00"),
    proj("Mühlviertler Mostheuriger Website", "most@heuriger-leitenbauer.at", None),
]
PAY += [
    owpay("de35_o01", "OWD-2025-351", "Rhönhof Gästehaus Relaunch", "discovery", "9000.00", "1620.00", "2025-09-22T10:00:00"),
    owpay("de35_o02", "OWD-2025-352", "Bergbrauerei Harz Shop", "deposit", "20000.00", "3600.00", "2025-09-29T15:00:00"),
    owpay("de35_o03", "OWD-2025-353", "Pension Mühlblick Website", "deposit", "15000.00", "2700.00", "2025-09-22T14:00:00"),
    owpay("de35_o04", "OWD-2025-354", "Weingut Sonnenhang Relaunch", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="approved"),
    owpay("de35_o05", "OWD-2025-355", "Weingut Sonnenhang Relaunch", "milestone", "25000.00", "4500.00", "2025-09-15T10:00:00", milestone_status="not_started"),
    owpay("de35_o06", "OWD-2025-356", "Weingut Sonnenhang Relaunch", "milestone", "12000.00", "2160.00", "2025-09-15T10:05:00", milestone_status="in_progress"),
    owpay("de35_o07", "OWD-2025-357", "Yogaraum Konstanz Betreuung", "retainer", "8500.00", "1530.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"),
    owpay("de35_o08", "OWD-2025-358", "Jagdschloss Events Würzburg", "retainer", "12000.00", "2160.00", "2025-09-05T09:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00"),
    owpay("de35_o09", "OWD-2025-359", "Pflegenetz Vogtland Portal", "hosting_annual", "15600.00", "2808.00", "2025-09-20T09:00:00",
          setup_fee="1800.00", service_start="2025-09-22"),
    owpay("de35_o10", "OWD-2025-360", "Camping Seewinkel Wartung", "maintenance_annual", "9600.00", "1728.00", "2025-08-30T09:00:00",
          setup_fee="1200.00", service_start="2025-09-01"),
    owpay("de35_o11", "OWD-2025-361", "Leinenweberei Bielefeld Shop", "third_party", "4200.00", "756.00", "2025-09-24T09:00:00"),
    owpay("de35_o12", "OWD-2025-362", "Narrenzunft Gonsenheim Social", "retainer", "6000.00", "1080.00", "2025-09-25T09:00:00",
          period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25T09:00:00"),
    owpay("de35_o13", "OWD-2025-363", "Galerie Farahani Online", "retainer", "10000.00", "1800.00", "2025-09-10T09:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00"),
    owpay("de35_o14", "OWD-2025-364", "Galerie Farahani Online", "retainer", "10000.00", "1800.00", "2025-09-26T09:00:00",
          period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T09:00:00"),
    owpay("de35_o15", "OWD-2025-365", "Seiffener Adventsmarkt Microsite", "rush", "5000.00", "900.00", "2025-09-23T09:00:00"),
    owpay("de35_o16", "OWD-2025-366", "Mühlviertler Mostheuriger Website", "deposit", "18000.00", "3240.00", "2025-09-26T11:00:00"),
    owpay("de35_o17", "OWD-2025-367", "Mühlviertler Mostheuriger Website", "third_party", "2400.00", "432.00", "2025-09-26T11:05:00"),
]

r = Round(HERE, "de")

# ======================= LeadsOptima =======================
r.case("linz-baeckerei-doppelt", LOB, [Mail(
    "Baeckerei Hofinger <info@baeckerei-hofinger.at>", "Doppelte Abbuchung", at("2025-09-26 05:40", DE),
    "Guten Morgen,\n\nich schreib Ihnen gleich in der Früh, weil wir ab sechs im Geschäft stehen. Beim Durchschauen "
    "vom Kontoauszug ist mir aufgefallen, dass das Monatsabo am 24.9. zwei Mal abgebucht worden ist, zweimal "
    "1.499,00 Rupien (ja, in Rupien, warum auch immer). Die zweite Rechnung hat die Nummer LO INV 83502.\n\n"
    "Ich ersuche höflich um Rückerstattung des doppelten Betrags.\n\nMit freundlichen Grüßen\nJohanna Hofinger\n"
    "Bäckerei Hofinger - Holzofenbrot seit 1962\nHauptstraße 14, 4040 Linz-Urfahr\n\nGesendet von Outlook für Android")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: de35_p01/p02 same account, amount, period on 2025-09-24; request 2025-09-26 05:40 CEST = 09:10 IST (day 2); refund the later charge LO INV 83502 (s.8 matching) = 1499.00.")

r.case("bielefeld-stb-falscher-plan-tag8", LOB, [Mail(
    "Steuerberatung Meierhenrich <buero@stb-meierhenrich.de>", "Falscher Tarif berechnet - LO-INV-83511",
    at("2025-09-27 20:45", DE),
    "Guten Abend,\n\nbei der Monatsabstimmung haben wir festgestellt, dass Sie uns am 20.09.2025 das Jahresabo "
    "(11.988,00 INR netto) berechnet haben, gebucht hatten wir aber den Monatstarif. Das ist ein falscher Tarif "
    "und damit ein Abrechnungsfehler auf Ihrer Seite. Wir bitten um Erstattung der Rechnung LO-INV-83511.\n\n"
    "Freundliche Grüße aus Bielefeld\n\ni. A. Dirk Strothmann\nSteuerberatung Meierhenrich\nNiedernstraße 7, 33602 Bielefeld\n\n"
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte "
    "den Absender und löschen Sie diese E-Mail.")],
    "decided", [R("deny")],
    spec="L2 billing_error but L3: charge 2025-09-20 10:00 IST; email 2025-09-27 20:45 CEST = 2025-09-28 00:15 IST, day 8 > 7 -> deny (still day 7 in Bielefeld).")

r.case("konstanz-yoga-login", LOB, [Mail(
    "Yoga am Seeufer <om@yoga-seeufer.de>", "kein Login möglich seit Freitag", at("2025-09-29 11:20", DE),
    "Namasté liebes Support-Team,\n\nseit Freitag komme ich nicht mehr in mein Konto, ich kann mich nicht einloggen, "
    "der Passwort-Link kommt nie an und der Chat sagt nur \"wir melden uns\". Ich habe am 25. bezahlt "
    "(LO-INV-83521) und konnte das Tool seitdem keinen einzigen Tag nutzen. Unter diesen Umständen möchte ich "
    "mein Geld zurück.\n\nAlles Liebe vom Seerhein\nMira Dallmann\nYoga am Seeufer, Konstanz")],
    "decided", [R("escalate")],
    spec="L2 access_failure inside L3 (charge 2025-09-25, request 2025-09-29 IST, day 4) -> L6 escalate, no amount.")

r.case("harz-hegering-nicht-gebraucht", LOB, [Mail(
    "Hegering Oberharz - Schriftführer <schriftfuehrer@hegering-oberharz.de>", "Rückerstattung Quartalsbeitrag",
    at("2025-09-24 18:30", DE),
    "Sehr geehrte Damen und Herren,\n\nauf der Hegeringversammlung am Dienstag hat der Vorstand beschlossen, dass "
    "wir Ihr Programm für die Mitgliederwerbung doch nicht brauchen; die jungen Jäger kommen eh über den Schießstand. "
    "Wir haben es bisher praktisch nicht genutzt. Bitte erstatten Sie uns deshalb den Quartalsbetrag aus der Rechnung "
    "LO-INV-83531.\n\nWaidmannsheil\nFriedhelm Gerlach\nSchriftführer, Hegering Oberharz e.V., Clausthal-Zellerfeld")],
    "decided", [R("deny")],
    spec="L1: 'not needed / hardly used' is no exception reason -> deny (reply offers cancellation); inside L3 (day 2) does not help.")

r.case("rheinhessen-weingut-kuendigung", LOB, [Mail(
    "Weingut Kessler <weingut@weingut-kessler-nierstein.de>", "Kündigung", at("2025-09-29 16:10", DE),
    "Ei gude,\n\nmir mache die Kundenpflege ab jetzt widder selbst, die Weinprobe-Einladungen schreibt mei Tochter. "
    "Bitte kündigt unser Jahresabo zum nächstmöglichen Termin.\n\nGruß vom Roten Hang\nKarl-Heinz Kessler\n"
    "Weingut Kessler, Nierstein\n\nVon meinem iPad gesendet")],
    "decided", [K("cancel", "2026-03-14")],
    spec="L8: annual plan, current_period_end 2026-03-14 -> cancel effective 2026-03-14; reason given (does themselves), no refund asked.")

r.case("erzgebirge-pflege-fallback", LOB, [Mail(
    "Pflegedienst Annaberg <pflegedienst@pflege-annaberg.de>", "Kündigung Monatsvertrag", at("2025-09-30 13:05", DE),
    "Glück auf,\n\nwir sind ein kleiner ambulanter Pflegedienst und haben einfach keine Zeit für Online-Werbung, die "
    "Touren sind voll. Deshalb kündigen wir das Monatsabo. Eine Erstattung wollen wir nicht, nur dass nichts mehr "
    "abgebucht wird.\n\nMit freundlichen Grüßen\nSchwester Ramona Fiedler\nPflegedienstleitung\n"
    "Pflegedienst Annaberg, Annaberg-Buchholz")],
    "decided", [K("cancel", "2025-10-11")],
    spec="L8 fallback: no current_period_end; last charge de35_p08 2025-09-12 + 1 month - 1 day = 2025-10-11. 'Eine Erstattung wollen wir nicht' adds no refund (s.8).")

r.case("lindau-camping-gmail-c2", LOB, [Mail(
    "Camping Bodenseeblick <bodenseeblick.camping@gmail.com>", "Abo beenden", at("2025-09-28 09:15", DE),
    "Grüß Gott,\n\ndie Saison ist vorbei, wir machen bis Ostern zu. Bitte das Abo kündigen. Unsere Adresse bei "
    "Ihnen ist rezeption@camping-bodenseeblick.de, aber da komm ich vom Handy grad nicht ran.\nUnd schicken Sie mir "
    "bitte eine Liste aller Abbuchungen für die Buchhaltung.\n\nGruß\nAlois Brugger, Camping Bodenseeblick, Lindau")],
    "need_info", rules=["C2"],
    spec="C2: the account is rezeption@camping-bodenseeblick.de, the sender a gmail address -> ask to write from the registered address; disclose nothing.")

grom1 = Mail(
    "Fahrschule Grombühl <fahrschule@fahrschule-grombuehl.de>", "Erstattung LO-INV-83562", at("2025-09-28 10:00", DE),
    "Hallo,\n\nbitte erstatten Sie uns die Rechnung LO-INV-83562.\n\nDanke und Grüße aus Würzburg\nFahrschule Grombühl\n"
    "Uwe Schmitt")
r.case("wuerzburg-grund-fehlt", LOB, [grom1], "need_info", missing=["reason"],
       spec="C3: refund request with invoice and (ledger) plan but no reason -> ask for the reason only.")
grom1b = Mail(grom1.frm, grom1.subject, grom1.when, grom1.body)
r.case("wuerzburg-thread-doppelt", LOB, [grom1b, Mail(
    "Fahrschule Grombühl <fahrschule@fahrschule-grombuehl.de>", "Re: Erstattung LO-INV-83562 [LO-3551]",
    at("2025-09-29 08:50", DE),
    "Ach so, sorry: Sie haben das Monatsabo am Samstag zweimal abgebucht, einmal LO-INV-83561 und einmal die 83562. "
    "Die zweite ist zu viel.\n\nUwe Schmitt\n\n> Bitte nennen Sie uns den Grund Ihrer Erstattungsanfrage.",
    reply=grom1b)],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: reason now duplicate; request time = first email 2025-09-28 IST (day 1 after 2025-09-27); L4 approve duplicate LO-INV-83562 = 1499.00.")

r.case("vogtland-rueckbuchung-drohung", LOB, [Mail(
    "Geigenbau Wunderlich <laden@geigenbau-wunderlich.de>", "Kündigung sofort!!", at("2025-09-25 15:30", DE),
    "Guten Tag,\n\nich kündige hiermit das Quartalsabo, die Anfragen die über Ihr System kommen sind alles "
    "Spam. Und das Geld für das laufende Quartal will ich zurück. Wenn bis Ende der Woche nichts passiert, "
    "lasse ich die Lastschrift über meine Sparkasse zurückbuchen.\n\nReinhold Wunderlich\nMeisterwerkstatt für "
    "Geigenbau, Markneukirchen")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4: threat of a bank reversal (Rücklastschrift) escalates every intent (s.8), the cancellation included.")

r.case("mainz-anwalt-erwaehnt", LOB, [Mail(
    "Dr. Marion Becker <m.becker@kreativhaus-mainz.de>", "Falsche Abrechnung LO-INV-83581", at("2025-09-27 12:15", DE),
    "Sehr geehrte Damen und Herren,\n\nam 26.09. haben Sie uns 11.988 INR für ein Jahresabo abgebucht. Bestellt "
    "war das Quartalsabo. Mein Anwalt hat mir geraten, Sie zuerst schriftlich zur Korrektur aufzufordern, was ich "
    "hiermit tue: bitte erstatten Sie den falschen Betrag.\n\nMit freundlichen Grüßen\nDr. Marion Becker\n"
    "Kreativhaus Mainz, Neustadt")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: a lawyer is mentioned (even as advice to write first) -> escalate the refund, no amount.")

r.case("abwesenheitsnotiz-tennstedt", LOB, [Mail(
    "Buchhaltung Tennstedt <abwesend@buchhaltung-tennstedt.de>", "Abwesenheitsnotiz: Ihre Rechnung LO-INV-83671",
    at("2025-09-29 07:00", DE),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 nicht im Büro. In dringenden Fällen "
    "wenden Sie sich bitte an die Zentrale in Nordhausen.\n\nMit freundlichen Grüßen\nSilke Tennstedt",
    headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("gewerbeverein-rhoen-rundbrief", LOB, [Mail(
    "Gewerbeverein Rhön <rundbrief@gewerbeverein-rhoen.de>", "Rundbrief 9/2025: Kündigungsfristen und Erstattungen im Onlinehandel",
    at("2025-09-26 10:00", DE),
    "Liebe Mitglieder,\n\nin diesem Rundbrief: Wie kündige ich ein Software-Abo richtig? Wann gibt es Geld zurück? "
    "Dazu unser Stammtisch am 9. Oktober in Gersfeld.\n\nAbmelden: rundbrief@gewerbeverein-rhoen.de",
    headers={"List-Id": "Rundbrief Gewerbeverein Rhoen <rundbrief.gewerbeverein-rhoen.de>", "Precedence": "list"})],
    "ignore", rules=["C7"], spec="C7: List-Id / Precedence: list -> ignore, though it talks about cancelling and refunds.")

r.case("lichtenberg-keine-erstattung", LOB, [Mail(
    "Lotus Nails Lichtenberg <nails@lotus-nails-lichtenberg.de>", "Rechnung neue Adresse", at("2025-09-30 14:20", DE),
    "Xin chào,\n\nich bin Frau Tran Thi Hoa von Lotus Nails. Wir sind umgezogen, neue Adresse ist Frankfurter Allee 201, "
    "10365 Berlin. Bitte Rechnung LO-INV-83651 mit neue Adresse nochmal schicken, Steuerberater braucht. Ich will "
    "kein Geld zurück, alles gut mit Programm.\n\nCảm ơn, danke schön\nTran Thi Hoa")],
    "other", spec="No refund ('kein Geld zurück', s.8 negation) and no cancellation; an invoice re-issue request -> other.")

r.case("persisch-vorabfrage", LOB, [Mail(
    "Dariush Rahimi <d.rahimi@teppich-rahimi.de>", "Frage vor dem Kauf", at("2025-09-30 17:45", DE),
    "Salam und guten Tag,\n\nich habe einen Teppichladen in Würzburg und überlege, das Jahresabo zu nehmen. Wenn ich "
    "das kaufe und nach einem Monat merke, dass es nicht passt, bekomme ich dann das Geld für die restlichen Monate "
    "zurück? Oder nur bei Monatsabo?\n\nMit freundlichen Grüßen\nDariush Rahimi")],
    "other", spec="s.8 hypothetical before buying: a policy question, no request -> other.")

r.case("spanisch-probephase", LOB, [Mail(
    "Carmen Ruiz <carmen.ruiz@posteo.de>", "Geld zurück bitte", at("2025-09-30 19:30", DE),
    "Hola, guten Abend,\n\nich teste gerade Ihre Programm (Probezeit, Monatsabo). Ich möchte mein Geld zurück, es "
    "ist zu kompliziert für mich, mein Deutsch ist nicht so gut und Programm ist nur Englisch.\n\nMuchas gracias\nCarmen Ruiz")],
    "decided", [R("deny")],
    spec="L7: the account is on a free trial (no charges) -> deny, nothing to refund; the reply says no billing occurs unless they subscribe.")

r.case("muehlviertel-dreifach", LOB, [Mail(
    "Tischlerei Haslinger <buero@tischlerei-haslinger.at>", "3x abgebucht!", at("2025-09-25 07:20", DE),
    "Servus,\n\nbei uns is das Quartalsabo am 23. gleich dreimal abgebucht worden, LO-INV-83591, LO-INV-83592 und "
    "LO-INV-83593, jedes Mal 3.999,-. Eine passt, die zwei anderen (83592 und 83593) bitte zurück aufs Konto.\n\n"
    "Danke, Franz Haslinger\nTischlerei Haslinger, Freistadt / Mühlviertel")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges on 2025-09-23, request 2025-09-25 (day 2): every charge after the first -> 2 x 3999.00 = 7998.00.")

r.case("bielefeld-rad-bereits-erstattet", LOB, [Mail(
    "Radhaus Sparrenburg <service@radhaus-sparrenburg.de>", "Doppelbuchung 26.09.", at("2025-09-29 10:40", DE),
    "Moin aus Bielefeld,\n\nam 26.09. wurde das Monatsabo doppelt gebucht. Bitte die zweite Buchung LO-INV-83602 "
    "erstatten.\n\nViele Grüße\nTimo Kröger, Radhaus Sparrenburg")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-83602 (de35_p17) has status refunded -> escalate; no second paid charge, so no L4 approval.")

r.case("rhoen-nach-kuendigung-belastet", LOB, [Mail(
    "Rhöner Schafhof <hof@rhoener-schafhof.de>", "Abbuchung trotz Kündigung", at("2025-09-29 20:10", DE),
    "Hallo,\n\nich hatte das Abo schon vor einer Woche gekündigt, trotzdem wurde am 28.09. wieder abgebucht "
    "(LO-INV-83611). Sie haben mich also nach meiner Kündigung belastet. Ich bitte um Rückzahlung.\n\n"
    "Herzliche Grüße von der Wasserkuppe\nGesine Rübsam")],
    "decided", [R("escalate")], extra_ok=True,
    spec="L2 billing_error (charged after cancelling) inside L3: charge 2025-09-28, email 2025-09-29 20:10 CEST = 23:40 IST (day 1) -> L5 escalate. The earlier cancellation is a past event. extra_ok (chk35b): she believes she cancelled; a cancellation decision confirming it cannot hurt her or the business.")

r.case("seiffen-zugang-und-kuendigung", LOB, [Mail(
    "Holzkunst Seiffen <info@holzkunst-seiffen.de>", "AW: Ihr Abo / kein Zugang", at("2025-09-30 09:30", DE),
    "Guten Morgen,\n\nseit der Abbuchung am 27.09. lädt bei uns das Dashboard nicht, nur weiße Seite, auf zwei "
    "Rechnern. So kann ich das Weihnachtsgeschäft nicht planen. Bitte erstatten Sie die Rechnung LO-INV-83621 "
    "und kündigen Sie das Abo gleich mit.\n\nGlück auf aus dem Spielzeugdorf\nMatthias Löbel\nHolzkunst Seiffen\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima <noreply@leadsoptima.com>\nGesendet: Samstag, 27. "
    "September 2025 06:31\nBetreff: Ihr Abo\n\nIhre Zahlung wurde verbucht.")],
    "decided", [R("escalate"), K("cancel", "2025-10-26")],
    spec="Both intents: L2 access_failure inside L3 (day 3) -> L6 escalate; L8 cancel effective current_period_end 2025-10-26.")

r.case("lindau-html-kuendigung", LOB, [Mail(
    "Fotostudio Hafenlicht <atelier@hafenlicht-lindau.de>", "Kündigung Quartalsabo", at("2025-09-30 12:00", DE), None,
    html="<html><body><p style=\"font-family:Georgia\">Liebes LeadsOptima-Team,</p><p>ich gehe ab November in "
         "Elternzeit und schließe das Studio für ein halbes Jahr. Bitte kündigen Sie daher mein <b>Quartalsabo</b>.</p>"
         "<p>Herzliche Grüße von der Insel<br><i>Lena Sattler</i><br>Fotostudio Hafenlicht · Lindau (B)</p></body></html>")],
    "decided", [K("cancel", "2025-11-09")],
    spec="HTML-only mail; L8 cancel effective current_period_end 2025-11-09.")

r.case("linz-wg-assistenz-c2", LOB, [Mail(
    "Anna Huber <a.huber@stb-leitner.at>", "WG: Kündigung LeadsOptima", at("2025-09-30 10:15", DE),
    "Sehr geehrte Damen und Herren,\n\nanbei die Kündigung von Herrn Mag. Leitner zur Erledigung.\n\nMit freundlichen "
    "Grüßen\nAnna Huber\nAssistenz, Steuerberatung Leitner, Linz\n\n"
    "Von: Mag. Gerald Leitner <office@stb-leitner.at>\nGesendet: Dienstag, 30. September 2025 08:50\n"
    "An: Anna Huber <a.huber@stb-leitner.at>\nBetreff: Kündigung LeadsOptima\n\n"
    "Anna, bitte kündige das LeadsOptima-Jahresabo für office@stb-leitner.at, wir stellen auf das neue "
    "Buchhaltungsprogramm um.\nGL")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request names the registered office@stb-leitner.at; the sender a.huber@ is another address -> ask for the request from the registered address.")

# ======================= Optima WebDesign =======================
r.case("rhoen-discovery-ohne-start", OWB, [Mail(
    "Rhönhof Gästehaus <info@rhoenhof-gaestehaus.de>", "Refund Request — Rhönhof Gästehaus Relaunch / OWD-2025-351",
    at("2025-09-27 11:30", DE),
    "Sehr geehrtes Optima-Team,\n\nwir haben am 22.09. die Discovery-Phase für das Projekt \"Rhönhof Gästehaus Relaunch\" "
    "bezahlt (OWD-2025-351). Leider mussten wir den Hof inzwischen aus gesundheitlichen Gründen verpachten, der neue "
    "Pächter bringt eine eigene Seite mit. Der Workshop hat noch nicht stattgefunden. Wir bitten um volle Erstattung.\n\n"
    "Mit freundlichen Grüßen\nElfriede Hohmann\nRhönhof Gästehaus, Gersfeld", brand=OWB)],
    "decided", [R("approve", "9000.00")],
    spec="O1: discovery, work_started_at empty -> full refund of the amount before tax 9000.00.")

r.case("harz-anzahlung-21h", OWB, [Mail(
    "Bergbrauerei Harz - Marketing <marketing@bergbrauerei-harz.de>", "Storno Anzahlung Shopprojekt",
    at("2025-09-30 09:10", DE),
    "Hallo zusammen,\n\ngestern haben wir die Anzahlung für den \"Bergbrauerei Harz Shop\" überwiesen, Rechnung "
    "OWD-2025-352. Heute früh hat die Geschäftsführung das Budget gestrichen, der Gesellschafter stimmt dem "
    "Onlineshop nicht zu. Bitte erstatten Sie die Anzahlung, es wurde ja noch nichts gemacht.\n\nBeste Grüße\n"
    "Janine Wolter\nMarketing, Bergbrauerei Harz, Wernigerode", brand=OWB)],
    "decided", [R("approve", "20000.00")], extra_ok=True,
    spec="extra_ok (chk35b): 'Storno', the shop was called off; a cancellation of the project cannot hurt. O2: deposit paid 2025-09-29 15:00 IST; request 2025-09-30 09:10 CEST = 12:40 IST (21h40 < 72h), work not started -> approve 20000.00 (before tax).")

r.case("muehlblick-anzahlung-genau-72h", OWB, [Mail(
    "Pension Mühlblick <zimmer@pension-muehlblick.at>", "Anzahlung zurück - Pension Mühlblick Website",
    at("2025-09-25 10:30", DE),
    "Grüß Gott,\n\nich habe am Montag, 22.9., um 10:30 Uhr die Anzahlung für unsere Website überwiesen "
    "(Rechnung OWD-2025-353). Mein Mann ist jetzt dagegen, wir bleiben bei den Buchungsplattformen. Ich ersuche "
    "um Rückerstattung, es sind ja noch keine drei Tage vorbei.\n\nMit freundlichen Grüßen\nMaria Leitenmüller\n"
    "Pension Mühlblick, Bad Leonfelden", brand=OWB)],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-22 14:00 IST (= 10:30 CEST, as she says); request 2025-09-25 10:30 CEST = 14:00 IST, exactly 72 h, not before 72 h -> deny.")

r.case("sonnenhang-meilenstein-offen", OWB, [Mail(
    "Weingut Sonnenhang <info@weingut-sonnenhang.de>", "Meilenstein 3 Erstattung OWD-2025-355", at("2025-09-29 14:00", DE),
    "Hallo Optima,\n\nden Meilenstein 3 (Shop-Anbindung, Rechnung OWD-2025-355) für das Projekt Weingut Sonnenhang "
    "Relaunch brauchen wir nicht mehr, wir verkaufen ab 2026 nur noch über die Winzergenossenschaft. Soweit wir "
    "wissen ist da noch nicht angefangen worden. Bitte den Betrag erstatten.\nDie Lese läuft, deshalb kurz.\n\n"
    "Grüße aus Bodenheim\nSusanne Dexheimer", brand=OWB)],
    "decided", [R("approve", "25000.00")],
    spec="O3: milestone OWD-2025-355 not_started -> refund its amount 25000.00 before tax.")

r.case("sonnenhang-meilenstein-laufend", OWB, [Mail(
    "Weingut Sonnenhang <info@weingut-sonnenhang.de>", "AW: Etiketten-Meilenstein", at("2025-09-30 08:15", DE),
    "Guten Morgen,\n\nnoch eine Sache: der Meilenstein Etikettendesign (OWD-2025-356) fürs Weingut Sonnenhang Relaunch. "
    "Ihre Designerin hat zwar angefangen, aber die Entwürfe passen gar nicht zu uns. Wir möchten das Geld für den "
    "Meilenstein zurück.\n\nSusanne Dexheimer", brand=OWB)],
    "decided", [R("escalate")],
    spec="O3: milestone OWD-2025-356 in_progress -> escalate (billable value of work not started needs a person).")

r.case("konstanz-retainer-frist-ok", OWB, [Mail(
    "Yogaraum Konstanz <hallo@yogaraum-konstanz.de>", "Kündigung Betreuungsvertrag", at("2025-09-30 15:00", DE),
    "Liebes Optima-Team,\n\nhiermit kündige ich die monatliche Betreuung für \"Yogaraum Konstanz Betreuung\" "
    "(letzte Rechnung OWD-2025-357). Grund: ich übergebe das Studio an meine Kollegin, die ihre eigene Agentur hat.\n\n"
    "Herzlich\nBirte Konstantinidis", brand=OWB)],
    "decided", [K("cancel", "2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20; request 2025-09-30 <= 2025-10-13 (7 days' notice) -> cancel effective 2025-10-19, next charge avoided.")

r.case("wuerzburg-retainer-zu-spaet", OWB, [Mail(
    "Jagdschloss Events <events@jagdschloss-wuerzburg.de>", "Kündigung Retainer Jagdschloss Events Würzburg",
    at("2025-09-29 17:20", DE),
    "Sehr geehrte Damen und Herren,\n\nwir kündigen den Retainer für das Projekt Jagdschloss Events Würzburg "
    "(Rechnung OWD-2025-358). Die Hochzeitssaison ist vorbei und ab Oktober übernimmt unsere neue Mitarbeiterin "
    "die Pflege der Seite intern.\n\nMit freundlichen Grüßen\nKatharina Seubert\nJagdschloss Events, Veitshöchheim", brand=OWB)],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; 7 days' notice needed by 2025-09-28, request 2025-09-29 -> next cycle (2025-10-05..2025-11-04) billed, effective 2025-11-04.")

r.case("vogtland-hosting-14-tage", OWB, [Mail(
    "Pflegenetz Vogtland - Verwaltung <verwaltung@pflegenetz-vogtland.de>", "Hosting-Jahrespaket zurückgeben",
    at("2025-09-30 11:00", DE),
    "Sehr geehrte Damen und Herren,\n\nunser Träger hat entschieden, dass alle Einrichtungen auf den zentralen Server "
    "des Verbands umziehen. Das Hosting-Jahrespaket für das Pflegenetz Vogtland Portal (Rechnung OWD-2025-359, "
    "Beginn 22.09.) brauchen wir daher nicht. Wir bitten um anteilige Erstattung gemäß Ihren Bedingungen.\n\n"
    "Mit freundlichen Grüßen\nHolger Pfeifer\nVerwaltung, Pflegenetz Vogtland gGmbH, Plauen", brand=OWB)],
    "decided", [R("approve", "12650.00")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-30 (day 8 <= 14); monthly_value = (15600-1800)/12 = 1150; refund = 15600 - 1800 - 1150 x 1 = 12650.00. extra_ok: a cancellation of the plan (the refund ends it) cannot hurt.")

r.case("seewinkel-wartung-nach-14-tagen", OWB, [Mail(
    "Camping Seewinkel <platzwart@camping-seewinkel.de>", "Wartungsvertrag Erstattung", at("2025-09-25 18:00", DE),
    "Hallo,\n\nwir möchten den Wartungsvertrag (Camping Seewinkel Wartung, OWD-2025-360) zurückgeben und das Geld "
    "anteilig zurück. Grund: unser Tourismusverband übernimmt ab nächstem Jahr die Buchungsseite für alle Plätze.\n\n"
    "Gruß\nBernd Zwisler, Platzwart", brand=OWB)],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-25 = day 24 > 14 -> deny. extra_ok: a cancellation decision for the returned contract cannot hurt.")

r.case("bielefeld-theme-ssl", OWB, [Mail(
    "Leinenweberei Bielefeld <shop@leinenweberei-bi.de>", "Rückerstattung Theme und SSL", at("2025-09-26 13:30", DE),
    "Guten Tag,\n\nfür den Leinenweberei Bielefeld Shop haben Sie uns ein Premium-Theme und ein SSL-Zertifikat "
    "berechnet (OWD-2025-361). Das Theme gefällt uns nun doch nicht. Bitte erstatten Sie den Betrag.\n\n"
    "Freundliche Grüße\nHendrik Vahrenhold", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: third_party (theme, SSL) -> deny, Non-refundable items.")

r.case("harz-privatadresse-c2", OWB, [Mail(
    "Janine Wolter <janine.wolter88@web.de>", "Anzahlung Bergbrauerei Harz Shop", at("2025-09-30 19:40", DE),
    "Hallo,\n\nich schreibe von privat, weil unser Firmenpostfach spinnt. Es geht um die Anzahlung OWD-2025-352 für "
    "den Bergbrauerei Harz Shop, das Projekt wurde intern gestoppt. Bitte Anzahlung zurück.\n\nJanine Wolter", brand=OWB)],
    "need_info", rules=["C2"],
    spec="C2: the contract email is marketing@bergbrauerei-harz.de; request from a private web.de address -> ask to write from the contract email.")

r.case("gonsenheim-kuendigung-ohne-grund", OWB, [Mail(
    "Narrenzunft Gonsenheim - Vorstand <vorstand@narrenzunft-gonsenheim.de>", "Kündigung Social-Media-Betreuung",
    at("2025-09-26 21:00", DE),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die Social-Media-Betreuung \"Narrenzunft Gonsenheim Social\", "
    "Rechnung OWD-2025-362, fristgerecht.\n\nMit närrischen Grüßen\nHelau!\nWerner Hattemer\n1. Vorsitzender", brand=OWB)],
    "need_info", missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; project and invoice given, sender is the contract email -> ask for the reason.")

r.case("farahani-vorausbezahlt-escalate", OWB, [Mail(
    "Galerie Farahani <info@galerie-farahani.de>", "Kündigung Betreuung Galerie Farahani Online", at("2025-09-29 12:30", DE),
    "Sehr geehrte Damen und Herren,\n\nleider muss ich die Betreuung unserer Seite \"Galerie Farahani Online\" "
    "kündigen. Ich schließe die Galerie in Würzburg zum Jahresende und gehe zurück nach Isfahan zu meiner Familie. "
    "Ich habe gesehen, dass Sie den Oktober schon mit OWD-2025-364 berechnet haben.\n\nMit freundlichen Grüßen\n"
    "Shirin Farahani", brand=OWB)],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: OWD-2025-364 already pays the next cycle (2025-10-10..2025-11-09); notice 2025-09-29 <= 2025-10-03 -> escalate the cancellation.")

r.case("seiffen-eilzuschlag-kaeuferschutz", OWB, [Mail(
    "Adventsmarkt Seiffen - Orga <orga@adventsmarkt-seiffen.de>", "Eilzuschlag OWD-2025-365",
    at("2025-09-27 10:45", DE),
    "Hallo,\n\nSie haben uns für die Adventsmarkt-Microsite (Seiffener Adventsmarkt Microsite) einen Eilzuschlag "
    "berechnet, OWD-2025-365, obwohl die Seite gar nicht schneller fertig war. Ich will den Zuschlag zurück, sonst "
    "stelle ich beim Zahlungsdienst einen Käuferschutz-Antrag und lasse die Zahlung zurückbuchen.\n\nKerstin Uhlig", brand=OWB)],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: threat of a buyer-protection claim with the payment service / reversal -> escalate (although a rush fee would otherwise be O6 deny).")

most1 = Mail(
    "Mostheuriger Leitenbauer <most@heuriger-leitenbauer.at>", "Projekt absagen", at("2025-09-27 19:00", DE),
    "Grüß Gott,\n\nwir müssen die Website für den Mühlviertler Mostheurigen leider absagen, mein Schwiegervater hat "
    "den Hof doch nicht übergeben. Wir bitten um Rückerstattung.\n\nMit freundlichen Grüßen\n"
    "Stefan Leitenbauer, St. Oswald bei Freistadt", brand=OWB)
r.case("mostheuriger-rechnung-fehlt", OWB, [most1], "need_info", missing=["invoice_number"],
       spec="C3: contract email, project and reason given; the project has two payments (deposit, third_party domain) and the mail names neither -> ask for the invoice.")
most1b = Mail(most1.frm, most1.subject, most1.when, most1.body, brand=OWB)
r.case("mostheuriger-thread-anzahlung", OWB, [most1b, Mail(
    "Mostheuriger Leitenbauer <most@heuriger-leitenbauer.at>", "Re: Projekt absagen [OWD-3517]", at("2025-09-29 20:30", DE),
    "Es geht um die Anzahlung, Rechnungsnummer owd 2025 366. Die Domain behalten wir.\n\nStefan Leitenbauer\n\n"
    "Am 28.09.2025 um 07:12 schrieb Optima WebDesign:\n> Bitte nennen Sie uns die Rechnungsnummer.", reply=most1b, brand=OWB)],
    "decided", [R("approve", "18000.00")], extra_ok=True,
    spec="extra_ok (chk35b): 'Projekt absagen', the website is called off; a cancellation of the project cannot hurt. C3 thread + O2: request time = first email 2025-09-27 19:00 CEST = 22:30 IST; deposit paid 2025-09-26 11:00 IST -> 35.5 h < 72 h, work not started -> approve 18000.00 ('owd 2025 366' matches OWD-2025-366, s.8).")

r.case("owd-abwesenheit", OWB, [Mail(
    "Yogaraum Konstanz <hallo@yogaraum-konstanz.de>", "Automatische Antwort: Kündigung Betreuungsvertrag",
    at("2025-10-01 06:00", DE),
    "Ich bin bis 12.10. auf Retreat in Portugal und lese keine E-Mails. Namasté, Birte", brand=OWB,
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore, though the subject names a cancellation.")

exec(compile(open(HERE / 'more_cases.py', encoding='utf-8').read(), 'more_cases.py', 'exec'))

r.write(ledger)
