"""fresh31_de: German held-out cases (Saarland/Palatinate, Franconia, Schleswig-Holstein/Kiel, Brandenburg/Saxony-Anhalt,
Tyrol/Styria, Upper Valais; German written by Italian and Greek speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json, README.md beside this file.
MIT, like the project; all text written for this project."""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, check, cust, day_no, hours, local, lopay, owpay,  # noqa: E402
                 proj, readme)

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
DE = 2      # CEST: Germany, Austria, Switzerland, Italy in September 2025
GR = 3      # EEST: Greece

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "de")


def pay(pid):
    return next(p for p in PAY if p["id"] == pid)


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), ROUND_HALF_UP))


# ======================= LeadsOptima ledger =======================
C += [
    cust("salue@bistro-schmelzer.de", "Bistro Schmelzer", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("verwaltung@weingut-hauck.de", "Weingut Hauck", "quarterly", start="2025-09-18", end="2025-12-17"),
    cust("jan.sievers@kielnet.de", "Jan Sievers", "annual", start="2025-09-16", end="2026-09-15"),
    cust("info@metzgerei-doerfler.de", "Metzgerei Dörfler", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("r.kunze@havelland-solar.de", "Havelland Solar GmbH", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("office@zillertal-apart.at", "Zillertal Apart", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("buero@kernoelhof-pichler.at", "Kernölhof Pichler", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("info@treuhand-imboden.ch", "Treuhand Imboden", "quarterly", start="2025-09-25", end="2025-12-24"),
    cust("praxis@physio-saarbruecken.de", "Physiotherapie am Staden", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("vorstand@kita-foerdeblick.de", "Kita Fördeblick e.V.", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("horst.liebig@t-online.de", "Horst Liebig", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("k.papadopoulos@gmx.de", "Kostas Papadopoulos", "monthly", status="trial", trial_ends="2025-10-08"),
    cust("mail@it-wendland.de", "Tobias Wendland IT-Service", "annual", start="2025-04-01", end="2026-03-31"),
    cust("hallo@buchladen-uckermark.de", "Buchladen Uckermark", "quarterly"),
    cust("kontakt@potsdam-yoga.de", "Yogastudio Havelufer", "annual"),
    cust("chef@dachdecker-rossmann.de", "Dachdeckerei Rossmann", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("m.albers@foerde-segel.de", "Förde Segelmacherei", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("info@pension-lechtal.at", "Pension Lechtal", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("anja.roeder@halle-web.de", "Anja Röder", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("sekretariat@musikschule-fuerth.de", "Musikschule Fürth", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("t.haller@haller-bau.at", "Thomas Haller", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("info@fahrschule-zenker.de", "Fahrschule Zenker", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("d.vogt@kanzlei-vogt-sb.de", "Dieter Vogt", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("gf@stahlbau-kramer.de", "Stahlbau Kramer GmbH", "annual", start="2025-09-26", end="2026-09-25"),
    cust("hilde.baer@web.de", "Hilde Bär", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("info@elektro-brunner.ch", "Elektro Brunner Visp", "monthly", start="2025-09-16", end="2025-10-15"),
    cust("pizzeria.dagiovanni@gmx.de", "Pizzeria da Giovanni", "quarterly", start="2025-09-26", end="2025-12-25"),
    cust("info@bootsverleih-schlei.de", "Bootsverleih Schlei", "annual", start="2025-09-27", end="2026-09-26"),
    cust("f.wiesner@gmx.at", "Florian Wiesner", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("kanzlei@steuer-ott.de", "Steuerkanzlei Ott", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("info@gaertnerei-bamberg.de", "Gärtnerei Lindner", "monthly", start="2025-09-17", end="2025-10-16"),
    cust("l.ekonomou@taverna-olympia.de", "Taverna Olympia", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("info@hofladen-altmark.de", "Hofladen Altmark", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("info@zahntechnik-sailer.de", "Zahntechnik Sailer", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("eva.marx@posteo.de", "Eva Marx", "monthly", start="2025-09-29", end="2025-10-28"),
]
PAY += [
    lopay("de31_p01", "LO-INV-83101", "salue@bistro-schmelzer.de", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"),
    lopay("de31_p02", "LO-INV-83102", "salue@bistro-schmelzer.de", "monthly", *M, "2025-09-22T10:01:00", "2025-09-22", "2025-10-21"),
    lopay("de31_p03", "LO-INV-83111", "verwaltung@weingut-hauck.de", "quarterly", *Q, "2025-09-18T11:00:00", "2025-09-18", "2025-12-17"),
    lopay("de31_p04", "LO-INV-83112", "verwaltung@weingut-hauck.de", "quarterly", *Q, "2025-09-18T11:02:00", "2025-09-18", "2025-12-17"),
    lopay("de31_p05", "LO-INV-83121", "jan.sievers@kielnet.de", "annual", *A, "2025-09-16T08:00:00", "2025-09-16", "2026-09-15"),
    lopay("de31_p06", "LO-INV-83122", "jan.sievers@kielnet.de", "annual", *A, "2025-09-16T08:01:00", "2025-09-16", "2026-09-15"),
    lopay("de31_p07", "LO-INV-83131", "info@metzgerei-doerfler.de", "monthly", *M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26"),
    lopay("de31_p08", "LO-INV-83132", "info@metzgerei-doerfler.de", "monthly", *M, "2025-09-27T09:01:00", "2025-09-27", "2025-10-26"),
    lopay("de31_p09", "LO-INV-83133", "info@metzgerei-doerfler.de", "monthly", *M, "2025-09-27T09:02:00", "2025-09-27", "2025-10-26"),
    lopay("de31_p10", "LO-INV-83141", "r.kunze@havelland-solar.de", "monthly", *M, "2025-09-24T12:00:00", "2025-09-24", "2025-10-23"),
    lopay("de31_p11", "LO-INV-83151", "office@zillertal-apart.at", "annual", *A, "2025-09-23T10:30:00", "2025-09-23", "2026-09-22"),
    lopay("de31_p12", "LO-INV-83161", "buero@kernoelhof-pichler.at", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("de31_p13", "LO-INV-83171", "info@treuhand-imboden.ch", "quarterly", *Q, "2025-09-25T13:00:00", "2025-09-25", "2025-12-24"),
    lopay("de31_p14", "LO-INV-83181", "praxis@physio-saarbruecken.de", "monthly", *M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09"),
    lopay("de31_p15", "LO-INV-83191", "vorstand@kita-foerdeblick.de", "quarterly", *Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23"),
    lopay("de31_p16", "LO-INV-83201", "horst.liebig@t-online.de", "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20"),
    lopay("de31_p17", "LO-INV-83211", "mail@it-wendland.de", "annual", *A, "2025-04-01T10:00:00", "2025-04-01", "2026-03-31"),
    lopay("de31_p18", "LO-INV-83220", "hallo@buchladen-uckermark.de", "quarterly", *Q, "2025-04-15T10:00:00", None, None),
    lopay("de31_p19", "LO-INV-83221", "hallo@buchladen-uckermark.de", "quarterly", *Q, "2025-07-15T10:00:00", None, None),
    lopay("de31_p20", "LO-INV-83231", "kontakt@potsdam-yoga.de", "annual", *A, "2025-03-31T22:00:00+00:00", None, None),
    lopay("de31_p21", "LO-INV-83241", "chef@dachdecker-rossmann.de", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14"),
    lopay("de31_p22", "LO-INV-83251", "m.albers@foerde-segel.de", "quarterly", *Q, "2025-09-01T09:00:00", "2025-09-01", "2025-11-30"),
    lopay("de31_p23", "LO-INV-83261", "info@pension-lechtal.at", "monthly", *M, "2025-08-20T09:00:00", "2025-08-20", "2025-09-19"),
    lopay("de31_p24", "LO-INV-83262", "info@pension-lechtal.at", "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19"),
    lopay("de31_p25", "LO-INV-83271", "anja.roeder@halle-web.de", "monthly", *M, "2025-08-23T09:00:00", "2025-08-23", "2025-09-22"),
    lopay("de31_p26", "LO-INV-83272", "anja.roeder@halle-web.de", "monthly", "1799.00", "323.82", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"),
    lopay("de31_p27", "LO-INV-83281", "sekretariat@musikschule-fuerth.de", "monthly", *M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23"),
    lopay("de31_p28", "LO-INV-83282", "sekretariat@musikschule-fuerth.de", "monthly", *M, "2025-08-24T09:00:00", "2025-08-24", "2025-09-23"),
    lopay("de31_p29", "LO-INV-83291", "t.haller@haller-bau.at", "monthly", *M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17"),
    lopay("de31_p30", "LO-INV-83292", "t.haller@haller-bau.at", "monthly", *M, "2025-09-18T09:01:00", "2025-09-18", "2025-10-17"),
    lopay("de31_p31", "LO-INV-83301", "info@fahrschule-zenker.de", "monthly", *M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"),
    lopay("de31_p32", "LO-INV-83302", "info@fahrschule-zenker.de", "monthly", *M, "2025-09-23T09:00:45", "2025-09-23", "2025-10-22"),
    lopay("de31_p33", "LO-INV-83311", "d.vogt@kanzlei-vogt-sb.de", "quarterly", *Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21"),
    lopay("de31_p34", "LO-INV-83321", "gf@stahlbau-kramer.de", "annual", *A, "2025-09-26T09:00:00", "2025-09-26", "2026-09-25"),
    lopay("de31_p35", "LO-INV-83322", "gf@stahlbau-kramer.de", "annual", *A, "2025-09-26T09:03:00", "2025-09-26", "2026-09-25"),
    lopay("de31_p36", "LO-INV-83331", "hilde.baer@web.de", "monthly", *M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11"),
    lopay("de31_p37", "LO-INV-83341", "info@elektro-brunner.ch", "monthly", *M, "2025-09-16T09:00:00", "2025-09-16", "2025-10-15"),
    lopay("de31_p38", "LO-INV-83351", "pizzeria.dagiovanni@gmx.de", "quarterly", *Q, "2025-09-26T12:00:00", "2025-09-26", "2025-12-25"),
    lopay("de31_p39", "LO-INV-83352", "pizzeria.dagiovanni@gmx.de", "quarterly", *Q, "2025-09-26T12:01:00", "2025-09-26", "2025-12-25"),
    lopay("de31_p40", "LO-INV-83361", "info@bootsverleih-schlei.de", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26"),
    lopay("de31_p41", "LO-INV-83362", "info@bootsverleih-schlei.de", "annual", *A, "2025-09-27T10:02:00", "2025-09-27", "2026-09-26"),
    lopay("de31_p42", "LO-INV-83371", "f.wiesner@gmx.at", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("de31_p43", "LO-INV-83381", "kanzlei@steuer-ott.de", "monthly", *M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18"),
    lopay("de31_p44", "LO-INV-83382", "kanzlei@steuer-ott.de", "monthly", *M, "2025-09-19T09:01:00", "2025-09-19", "2025-10-18", status="failed"),
    lopay("de31_p45", "LO-INV-83391", "info@gaertnerei-bamberg.de", "monthly", *M, "2025-09-17T09:00:00", "2025-09-17", "2025-10-16"),
    lopay("de31_p46", "LO-INV-83401", "l.ekonomou@taverna-olympia.de", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("de31_p47", "LO-INV-83402", "l.ekonomou@taverna-olympia.de", "monthly", *M, "2025-09-26T09:01:00", "2025-09-26", "2025-10-25"),
    lopay("de31_p48", "LO-INV-83411", "info@hofladen-altmark.de", "monthly", *M, "2025-09-08T09:00:00", "2025-09-08", "2025-10-07"),
    lopay("de31_p49", "LO-INV-83421", "info@zahntechnik-sailer.de", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("de31_p50", "LO-INV-83422", "info@zahntechnik-sailer.de", "monthly", *M, "2025-08-25T09:00:00", "2025-08-25", "2025-09-24"),
    lopay("de31_p51", "LO-INV-83431", "eva.marx@posteo.de", "monthly", *M, "2025-09-29T09:00:00", "2025-09-29", "2025-10-28"),
]


def lcase(name, mails, status, decisions=(), **kw):
    r.case(name, LOB, mails, status, decisions, **kw)


def ocase(name, mails, status, decisions=(), **kw):
    r.case(name, OWB, mails, status, decisions, **kw)


# ---- L4 duplicates, L3 windows ----
m = Mail("Bistro Schmelzer <salue@bistro-schmelzer.de>", "zweimol abgebucht", at("2025-09-24 18:30", DE),
         "Salü zusamme,\n\nich hann grad uff de Kontoauszug geguckt: ihr hann am Montag zweimol 1.499 Rupien abgebucht "
         "fers Monatsabo, des is jo wohl e Fehler. Die zwett Rechnung is LO INV 83102.\nMachen Se des bitte rückgängig.\n\n"
         "Gudd Owend noch\nErwin Schmelzer\nBistro Schmelzer, Dillingen/Saar\n\nVon meinem Samsung Galaxy Smartphone gesendet")
check(day_no("2025-09-22T10:01:00", m.when) == 2, "l01")
lcase("saarland-zweimol", [m], "decided", [R("approve", "1499.00")],
      spec="L2 duplicate + L4: de31_p01/p02 same account, amount, period on Mon 2025-09-22; request 2025-09-24 IST (day 2); refund the duplicate LO-INV-83102 ('LO INV 83102', s.8) = 1499.00.")

m = Mail("Weingut Hauck - Verwaltung <verwaltung@weingut-hauck.de>",
         "AW: Ihre Rechnung LO-INV-83112 - Doppelbelastung Quartalsabo", at("2025-09-25 19:40", DE),
         "Sehr geehrte Damen und Herren,\n\nnach Durchsicht unserer Kreditkartenabrechnung stellen wir fest, dass das "
         "Quartalsabonnement am 18.09.2025 zweifach belastet wurde (je 3.999,00 INR netto). Die zweite Belastung "
         "(Rechnung LO-INV-83112) ist eine Doppelbuchung; wir bitten um Gutschrift auf die Kreditkarte.\n\n"
         "Mit freundlichen Grüßen aus der Pfalz\n\ni. A. Sabine Hauck\nVerwaltung / Buchhaltung\n\n"
         "Weingut Hauck GbR · Weinstraße 41 · 67487 Maikammer\nTel. 06321 55 78 0 · www.weingut-hauck.de\n\n"
         "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima <billing@leadsoptima.com>\nGesendet: Donnerstag, 18. September 2025 07:32\n"
         "An: verwaltung@weingut-hauck.de\nBetreff: Ihre Rechnung LO-INV-83112\n\nVielen Dank für Ihre Zahlung.")
check(day_no("2025-09-18T11:02:00", m.when) == 7, "l02")
lcase("pfalz-weingut-tag7", [m], "decided", [R("approve", "3999.00")],
      spec="L3 boundary: charge 2025-09-18 (day 0); email 2025-09-25 19:40 CEST = 23:10 IST, local date 2025-09-25 = day 7, inside; L4 duplicate LO-INV-83112 -> 3999.00 before tax. The quoted Outlook history is billing's own mail.")

m = Mail("Jan Sievers <jan.sievers@kielnet.de>", "Jahresabo doppelt bezahlt", at("2025-09-23 21:45", DE),
         "Moin,\n\nbin grad von der Husum Wind zurück und sehe: das Jahresabo ist am 16.9. zwei Mal "
         "abgebucht worden, LO-INV-83121 und LO-INV-83122, jeweils 11.988. Bitte die zweite (83122) zurück.\n\n"
         "Schönen Abend noch\nJan Sievers\nKiel-Holtenau")
check(day_no("2025-09-16T08:01:00", m.when) == 8, "l03")
lcase("kiel-tag8-zeitzone", [m], "decided", [R("deny")],
      spec="L3 in the brand zone: charge 2025-09-16 IST; email Tue 2025-09-23 21:45 CEST = 2025-09-24 01:15 IST, day 8 > 7 -> deny (still day 7 in Kiel).")

m = Mail("Metzgerei Dörfler <info@metzgerei-doerfler.de>", "dreimal abgebucht?!", at("2025-09-29 08:40", DE),
         "Grüß Gott,\n\nmir ham fei a Problem: am Samstag habt ihr des Monatsabo drei Mal abgebucht, alle drei am "
         "27.09. Die LO-INV-83132 und die LO-INV-83133 sin zu viel, die 83131 passt scho.\nBittschön die zwei zurück "
         "auf die Kreditkarte.\n\nMit freundlichen Grüßen\nGeorg Dörfler\nMetzgerei Dörfler · Hauptstr. 12 · 91301 Forchheim")
check(day_no("2025-09-27T09:02:00", m.when) == 2, "l04")
lcase("franken-dreimal", [m], "decided", [R("approve", "2998.00")],
      spec="s.8 three identical charges de31_p07/08/09 on Sat 2025-09-27; request 2025-09-29 (day 2): every charge after the first is a duplicate, 2 x 1499.00 = 2998.00.")

m = Mail("Ronny Kunze <r.kunze@havelland-solar.de>", "Doppelte Zahlung Monatsabo", at("2025-09-26 14:10", DE),
         "Hallo,\n\nauf unserem Geschäftskonto sehe ich zwei Abbuchungen von LeadsOptima vom 24.09., beide 1.499 Rupien "
         "plus Steuer. Rechnung habe ich nur eine bekommen, LO-INV-83141. Bitte die doppelte Zahlung erstatten.\n\n"
         "Mit sonnigen Grüßen aus Rathenow\nRonny Kunze\nHavelland Solar GmbH\nGeschäftsführer: Ronny Kunze · HRB 14702 P, AG Potsdam")
check(day_no("2025-09-24T12:00:00", m.when) == 2, "l05")
lcase("brandenburg-duplikat-ohne-paar", [m], "decided", [R("escalate")],
      spec="L4: duplicate claimed inside the window (charge 2025-09-24, request day 2) but the ledger holds one paid charge only -> escalate, no amount.")

# ---- L5 billing errors, L6 access ----
m = Mail("Zillertal Apart <office@zillertal-apart.at>", "Falscher Tarif verrechnet", at("2025-09-25 10:15", DE),
         "Grüß Gott,\n\nwir haben am 23. September das Monatspaket bestellt, verrechnet wurde uns aber das Jahrespaket "
         "mit 11.988 Rupien (Rechnung LO-INV-83151). Das ist der falsche Tarif, wir wollten nur monatlich. Bitte um "
         "Korrektur und Erstattung der Differenz.\n\nMit freundlichen Grüßen\nMaria Eberharter\nZillertal Apart, Mayrhofen")
check(day_no("2025-09-23T10:30:00", m.when) == 2, "l06")
lcase("tirol-falscher-tarif", [m], "decided", [R("escalate")],
      spec="L2 billing_error (charged for the wrong plan) inside L3 (charge 2025-09-23, day 2) -> L5 escalate; the amount is for staff to verify. The ledger charge is annual while the customer record is monthly.")

m = Mail("Kernölhof Pichler <buero@kernoelhof-pichler.at>", "Abbuchung trotz Kündigung", at("2025-09-28 17:20", DE),
         "Servus,\n\nich hab Anfang September über Billing > Cancel Plan gekündigt, trotzdem is am 26. wieder "
         "abgebucht worden (LO-INV-83161). Des is a Abbuchung nach der Kündigung, bitte retour.\n\nLG aus der Südsteiermark\n"
         "Franz Pichler\nKernölhof Pichler, Leibnitz")
check(day_no("2025-09-26T09:00:00", m.when) == 2, "l07")
lcase("steiermark-nach-kuendigung", [m], "decided", [R("escalate")],
      spec="L2 billing_error (charged after cancelling) inside L3 (charge 2025-09-26, day 2) -> L5 escalate. The earlier cancellation is a past event, not a new request.")

m = Mail("Treuhand Imboden <info@treuhand-imboden.ch>", "Kein Zugang seit Abschluss", at("2025-09-27 11:05", DE),
         "Grüessech mitenand\n\nSeit wir am 25.9. das Quartalsabo gelöst haben, können wir uns nicht einloggen. Die "
         "Seite lädt, dann kommt 'Session expired' und man ist wieder draussen. Wir haben es in Visp und in Brig auf "
         "verschiedenen Computern probiert. So nützt uns das nichts, wir möchten die Rechnung LO-INV-83171 "
         "zurückerstattet haben.\n\nFreundliche Grüsse\nBeat Imboden\nTreuhand Imboden AG, Visp")
check(day_no("2025-09-25T13:00:00", m.when) == 2, "l08")
lcase("oberwallis-kein-login", [m], "decided", [R("escalate")],
      spec="L2 access_failure (cannot log in) inside L3 (charge 2025-09-25, day 2) -> L6 escalate. Swiss spelling without ß.")

m = Mail("Physiotherapie am Staden <praxis@physio-saarbruecken.de>", "Zugang geht nicht - Erstattung", at("2025-09-22 12:30", DE),
         "Guten Tag,\n\nseit der Buchung am 10.09. kommen wir nicht ins Dashboard, es lädt einfach nicht. Zwischen den "
         "Patiententerminen hatte ich leider keine Zeit, mich früher zu melden. Wir bitten um Erstattung der Rechnung "
         "LO-INV-83181.\n\nFreundliche Grüße\nMelanie Closen\nPhysiotherapie am Staden · Saarbrücken\n\n"
         "Diese E-Mail kann vertrauliche Patientendaten enthalten. Wenn Sie nicht der richtige Adressat sind, informieren "
         "Sie bitte sofort den Absender und löschen Sie diese E-Mail.")
check(day_no("2025-09-10T09:00:00", m.when) == 12, "l09")
lcase("physio-saarbruecken-zu-spaet", [m], "decided", [R("deny")],
      spec="L2 access_failure but L3: charge 2025-09-10, request 2025-09-22 = day 12 > 7 -> deny citing the 7-day rule.")

# ---- L1, L7 ----
m = Mail("Kita Fördeblick e.V. - Vorstand <vorstand@kita-foerdeblick.de>", "Rückerstattung Quartalsbeitrag", at("2025-09-26 20:05", DE),
         "Liebes LeadsOptima-Team,\n\nunser Vorstand hat auf der Mitgliederversammlung gestern beschlossen, dass wir uns "
         "das Tool als Elternverein nicht leisten können, es ist schlicht zu teuer für uns. Wir bitten daher um "
         "Rückerstattung des Quartalsbeitrags (Rechnung LO-INV-83191 vom 24.09.).\n\nMit herzlichen Grüßen\n"
         "für den Vorstand\nBirte Hansen (Kassenwartin)\nKita Fördeblick e.V. · Kiel-Friedrichsort\nVereinsregister AG Kiel VR 5521")
lcase("kita-kiel-zu-teuer", [m], "decided", [R("deny")],
      spec="L1: 'too expensive for us' is none of the L2 reasons -> deny, cancellation offered. Inside the window does not matter.")

m = Mail("Horst Liebig <horst.liebig@t-online.de>", "Abo", at("2025-09-25 09:50", DE),
         "Sehr geehrte Damen und Herren,\n\nich bin Rentner und habe mir das Programm auf Anraten meines Nachbarn "
         "bestellt. Ich habe es kaum benutzt, es ist mir zu kompliziert. Ich möchte das Abo beenden und mein Geld für "
         "September zurück.\n\nMit freundlichen Grüßen\nHorst Liebig\nMagdeburg-Stadtfeld")
lcase("rentner-magdeburg-abo-beenden", [m], "decided", [R("deny"), K("cancel", "2025-10-20")],
      spec="Both intents: refund L1 deny (too complicated / barely used); the one payment on the account (LO-INV-83201) is the charge. Cancellation L8: current_period_end 2025-10-20.")

m = Mail("Kostas Papadopoulos <k.papadopoulos@gmx.de>", "Geld zurück bitte", at("2025-09-30 10:45", GR),
         "Kalimera,\n\nich habe bei euch die Testversion gemacht, Monatsplan. Jetzt auf Kreditkarte sehe ich eine "
         "Reservierung von euch. Ich will nicht zahlen, bitte das Geld zurück geben. Testversion ist doch gratis oder?\n\n"
         "Danke schön\nKostas Papadopoulos\nTaverna Akropolis, Nürnberg (zur Zeit bei Familie in Thessaloniki)")
lcase("griechisch-probezeit", [m], "decided", [R("deny")],
      spec="L7: the ledger shows a trial account (trial_ends 2025-10-08) with no charges: nothing to refund -> deny; no billing unless they subscribe. Date in EEST (+03:00).")

# ---- L8 cancellations ----
m = Mail("Tobias Wendland <mail@it-wendland.de>", "Kündigung Jahresabo", at("2025-09-29 22:10", DE),
         "Hallo zusammen,\n\nkurz und schmerzlos: Ich kündige hiermit mein Jahresabo. Ich bin bisher Freelancer und ab "
         "November bei einem Kunden in Erlangen fest angestellt, die Akquise-Tools brauche ich also nicht mehr.\n\n"
         "Beste Grüße\nTobias\n\n-- \nTobias Wendland · IT-Service & Netzwerke · Erlangen\n"
         "PGP-Fingerprint: 4F2A 19C3 7B0E 5D21 9A66  C4E8 1F03 B7D2 6E59 0A1C")
lcase("franken-freelancer-kuendigung", [m], "decided", [K("cancel", "2026-03-31")],
      spec="L8: cancel, active until current_period_end 2026-03-31; no refund asked. The reason is given (not required for an LO cancellation); the '-- ' signature block with a PGP fingerprint is no part of the request.")

m = Mail("Buchladen Uckermark <hallo@buchladen-uckermark.de>", "Abo beenden", at("2025-09-19 15:30", DE),
         "Guten Tag,\n\nbitte beenden Sie unser Quartalsabo. Wir machen das Marketing ab jetzt wieder mit Flyern.\n\n"
         "Viele Grüße aus Prenzlau\nUte Grabow")
lcase("uckermark-fallback-quartal", [m], "decided", [K("cancel", "2025-10-14")],
      spec="L8 fallback: no current_period in the ledger; last charge 2025-07-15 (quarterly) + 3 months - 1 day = 2025-10-14.")

check(local("2025-03-31T22:00:00+00:00", (5, 30)).date().isoformat() == "2025-04-01", "l15 offset")
m = Mail("Yogastudio Havelufer <kontakt@potsdam-yoga.de>", "Kündigung", at("2025-09-18 07:55", DE),
         "Guten Morgen,\n\nhiermit kündige ich das Jahresabo unseres Yogastudios zum Ende der Laufzeit. Wir ziehen "
         "nach Werder um und fangen dort kleiner an.\n\nNamasté\nKatrin Böhme\nYogastudio Havelufer, Potsdam")
lcase("potsdam-fallback-offset", [m], "decided", [K("cancel", "2026-03-31")],
      spec="L8 fallback with an offset (s.8): last charge 2025-03-31T22:00Z = 2025-04-01 03:30 IST, local date 2025-04-01 + 12 months - 1 day = 2026-03-31 (not 2026-03-30).")

# ---- C2 ----
m = Mail("Jens Rossmann <jens.rossmann75@gmx.de>", "Kündigung Abo Dachdeckerei", at("2025-09-24 19:15", DE),
         "Guten Abend,\n\nschreibe von privat, weil ich im Büro nicht an die Mails komme. Unser Konto läuft auf "
         "chef@dachdecker-rossmann.de. Bitte kündigen Sie das Monatsabo und schicken Sie mir eine Aufstellung aller "
         "Zahlungen.\n\nGruß\nJens Rossmann, Dachdeckerei Rossmann, Homburg (Saar)")
lcase("c2-privat-gmx", [m], "need_info", rules=["C2"],
      spec="C2: the mail names the registered chef@dachdecker-rossmann.de but comes from a private gmx address -> ask to write from the registered address; no account details.")

m = Mail("Büro Förde Segel <buero@foerde-segel.de>", "WG: Abo kündigen", at("2025-09-23 10:40", DE),
         "Hallo,\nanbei die Mail vom Chef, bitte erledigen.\nGruß Merle\n\n"
         "________________________________\nVon: Malte Albers <m.albers@foerde-segel.de>\n"
         "Gesendet: Dienstag, 23. September 2025 08:12\nAn: Büro Förde Segel <buero@foerde-segel.de>\n"
         "Betreff: Abo kündigen\n\nMerle, schreib bitte LeadsOptima an: das Quartalsabo (läuft auf "
         "m.albers@foerde-segel.de) soll gekündigt werden, wir kommen über Empfehlungen an genug Aufträge.\nMalte")
lcase("c2-outlook-wg-kiel", [m], "need_info", rules=["C2"],
      spec="s.8 forward + C2: the forwarded request names the registered m.albers@foerde-segel.de; the sender is buero@ -> ask for the request from the registered address.")

m = Mail("Pension Lechtal <info+leadsoptima@pension-lechtal.at>", "Rechnung September falsch", at("2025-09-22 16:00", DE),
         "Grüß Gott,\n\nunser Konto bei Ihnen ist info@pension-lechtal.at (ich verwende für Anbieter eine eigene "
         "Adresse mit +). Die Septemberrechnung LO-INV-83262 hat den falschen Betrag, bitte prüfen und erstatten.\n\n"
         "Mit freundlichen Grüßen\nAndrea Walch\nPension Lechtal, Elbigenalp")
lcase("c2-plus-adresse-tirol", [m], "need_info", rules=["C2"],
      spec="s.8 addresses: info+leadsoptima@pension-lechtal.at is another address than the registered info@pension-lechtal.at named in the mail -> C2.")

# ---- C3 need_info and threads ----
m = Mail("Anja Röder <anja.roeder@halle-web.de>", "Abbuchung zu hoch", at("2025-09-25 13:20", DE),
         "Hallo,\n\nbei mir wurde für das Monatsabo zu viel abgebucht, der Betrag stimmt nicht mit dem Preis überein, "
         "den ich gebucht habe. Bitte erstatten Sie mir das.\n\nViele Grüße\nAnja Röder\nHalle (Saale)")
lcase("halle-betrag-ohne-rechnung", [m], "need_info", missing=["invoice_number"],
      spec="C3: verified sender, plan from the ledger, reason given (wrong amount); two payments on the account (Aug and Sep) and no invoice -> ask for invoice_number.")

m1 = Mail("Musikschule Fürth - Sekretariat <sekretariat@musikschule-fuerth.de>", "Erstattung Monatsabo", at("2025-09-26 09:30", DE),
          "Guten Morgen,\n\nich möchte eine Erstattung beantragen: wir kommen seit dem Wochenende nicht mehr in unser "
          "Konto, die Anmeldung bricht immer ab. Welche Rechnung das war, muss ich erst in der Buchhaltung erfragen.\n\n"
          "Mit freundlichen Grüßen\nPetra Gmelch, Sekretariat\nMusikschule Fürth e.V.")
m2 = Mail("Musikschule Fürth - Sekretariat <sekretariat@musikschule-fuerth.de>", "Re: Erstattung Monatsabo [LO-3107]",
          at("2025-09-29 11:15", DE),
          "Hallo,\n\ndie Buchhaltung sagt: es ist die Rechnung LO-INV-83281 vom 24.09.\n\nGruß P. Gmelch\n\n"
          "Am 26.09.2025 um 12:04 schrieb LeadsOptima Support:\n> Bitte nennen Sie uns die Rechnungsnummer.",
          reply=m1, refs_extra=["<lo-3107-ask@leadsoptima.com>"])
check(day_no("2025-09-24T09:00:00", m1.when) == 2, "l21")
lcase("fuerth-thread-rechnung-nachgereicht", [m1, m2], "decided", [R("escalate")],
      spec="C3 thread: invoice supplied in the answer; request time = first email 2025-09-26 (day 2 after the 2025-09-24 charge); L2 access_failure -> L6 escalate.")

m = Mail("Thomas Haller <t.haller@haller-bau.at>", "Rechnung LO-INV-83292", at("2025-09-20 08:10", DE),
         "Guten Morgen,\n\nbitte um Rückerstattung der Rechnung LO-INV-83292.\n\nDanke und schöne Grüße\nThomas Haller\n"
         "Haller Bau GmbH · Schwaz / Tirol\nFN 412233k, LG Innsbruck")
lcase("tirol-grund-fehlt", [m], "need_info", missing=["reason"],
      spec="C3: invoice given, sender verified, plan from the ledger; 'bitte um Rückerstattung' restates the request, no reason -> ask for reason.")

m1 = Mail("Fahrschule Zenker <info@fahrschule-zenker.de>", "Erstattung LO-INV-83302", at("2025-09-25 16:45", DE),
          "Hallo,\n\nbitte die LO-INV-83302 erstatten.\n\nFahrschule Zenker, Dessau-Roßlau")
m2 = Mail("Fahrschule Zenker <info@fahrschule-zenker.de>", "AW: Erstattung LO-INV-83302 [LO-3112]", at("2025-09-27 10:05", DE),
          "Hallo nochmal,\n\nder Grund: Sie haben am 23.09. zweimal abgebucht, 83301 und 83302 sind derselbe Monat. "
          "Die 83302 ist zu viel.\n\nMfG Heiko Zenker\n\n-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support "
          "<support@leadsoptima.com>\nGesendet: Freitag, 26. September 2025 09:10\nBetreff: Erstattung LO-INV-83302 [LO-3112]\n\n"
          "Bitte nennen Sie uns den Grund Ihrer Anfrage.", reply=m1, refs_extra=["<lo-3112-ask@leadsoptima.com>"])
check(day_no("2025-09-23T09:00:45", m1.when) == 2, "l23")
lcase("dessau-thread-grund-nachgereicht", [m1, m2], "decided", [R("approve", "1499.00")],
      spec="C3 thread: reason (charged twice on 2025-09-23) supplied; request time = first email (day 2); L4 pair de31_p31/p32 -> approve LO-INV-83302 = 1499.00.")

# ---- C4 ----
m = Mail("Dieter Vogt <d.vogt@kanzlei-vogt-sb.de>", "Zugang / Rückbuchung", at("2025-09-24 15:30", DE),
         "Sehr geehrte Damen und Herren,\n\nseit dem 22.09. ist die Plattform für uns nicht erreichbar, kein Login "
         "möglich. Sollte die Rechnung LO-INV-83311 nicht binnen einer Woche erstattet sein, werde ich die Zahlung über "
         "meine Kreditkartengesellschaft zurückbuchen lassen (Chargeback).\n\nMit freundlichen Grüßen\nDieter Vogt\nSaarbrücken")
lcase("c4-chargeback-saarbruecken", [m], "decided", [R("escalate")], rules=["C4"],
      spec="C4: chargeback threat -> escalate (L6 would escalate too; C4 must be in the trace).")

m = Mail("Stahlbau Kramer GmbH - Geschäftsführung <gf@stahlbau-kramer.de>", "Doppelbuchung + Kündigung", at("2025-09-27 11:40", DE),
         "Sehr geehrte Damen und Herren,\n\nSie haben uns das Jahresabo am 26.09.2025 zweimal berechnet "
         "(LO-INV-83321 und LO-INV-83322). Wir kündigen den Vertrag hiermit außerdem und verlangen die Erstattung der "
         "doppelten Zahlung. Unser Anwalt ist informiert und wird die Angelegenheit prüfen.\n\nMit freundlichen Grüßen\n"
         "Hans-Jürgen Kramer, Geschäftsführer\nStahlbau Kramer GmbH · Bitterfeld-Wolfen\nAG Stendal HRB 20417")
lcase("c4-anwalt-beide-absichten", [m], "decided", [R("escalate"), K("escalate")], rules=["C4"],
      spec="C4 covers the whole case (s.8): a lawyer is mentioned -> refund and cancellation both escalate, although L4 alone would approve 11988.00.")

m = Mail("Bootsverleih Schlei <info@bootsverleih-schlei.de>", "doppelt abgebucht Jahresabo", at("2025-09-28 18:20", DE),
         "Moin moin,\n\nam 27.9. ist das Jahresabo zweimal abgebucht worden, LO-INV-83361 und LO-INV-83362. Ich will "
         "da keinen Aufstand und auch keine Rückbuchung über die Bank machen, das klären wir sicher so. Bitte einfach die "
         "zweite Buchung 83362 zurück.\n\nBeste Grüße von der Schlei\nSönke Thomsen\nBootsverleih Schlei, Kappeln")
check(day_no("2025-09-27T10:02:00", m.when) == 1, "l26")
lcase("c4-ausgeschlossen-schlei", [m], "decided", [R("approve", "11988.00")],
      spec="s.8 negation: the customer rules a bank chargeback out ('keine Rückbuchung über die Bank'), no threat -> no C4; L4 pair on 2025-09-27, day 1 -> approve 11988.00.")

# ---- C7 ----
m = Mail("Florian Wiesner <f.wiesner@gmx.at>", "Abwesenheitsnotiz: Ihre Rechnung LO-INV-83371", at("2025-09-25 06:02", DE),
         "Danke für Ihre Nachricht. Ich bin bis 6. Oktober auf Urlaub und habe keinen Zugriff auf meine E-Mails. "
         "In dringenden Fällen wenden Sie sich bitte an office@wiesner-graz.at.\n\nFlorian Wiesner",
         headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
lcase("c7-abwesenheit-graz", [m], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (out of office) -> ignore; 'keinen Zugriff' is not a request.")

m = Mail("Mail Delivery System <MAILER-DAEMON@mail.kielnet.de>", "Unzustellbar: Ihre Kündigung", at("2025-09-26 03:14", DE),
         "Dies ist eine automatisch erstellte Nachricht.\nIhre Nachricht konnte nicht zugestellt werden.\n\n"
         "<alt@kielnet.de>: Mailbox unbekannt",
         dsn=[[("Reporting-MTA", "dns; mail.kielnet.de")],
              [("Final-Recipient", "rfc822; alt@kielnet.de"), ("Action", "failed"), ("Status", "5.1.1")]])
lcase("c7-unzustellbar", [m], "ignore", rules=["C7"], spec="C7: MAILER-DAEMON delivery-status report (RFC 3464) -> ignore.")

m = Mail("Unternehmerstammtisch Pfalz <stammtisch@lists.pfalz-unternehmer.de>", "[Stammtisch] Wer hat LeadsOptima gekündigt?",
         at("2025-09-24 20:00", DE),
         "Hallo in die Runde,\n\nhat jemand von euch LeadsOptima schon gekündigt oder eine Erstattung bekommen? Wie lief das?\n\n"
         "Gruß Matthias\n--\nUnternehmerstammtisch Pfalz - Abmelden: https://lists.pfalz-unternehmer.de",
         headers={"List-Id": "Unternehmerstammtisch Pfalz <stammtisch.lists.pfalz-unternehmer.de>", "Precedence": "list"})
lcase("c7-mailingliste-pfalz", [m], "ignore", rules=["C7"], spec="C7: List-Id and Precedence: list -> ignore, whatever the list talks about.")

# ---- other ----
m = Mail("Hilde Bär <hilde.baer@web.de>", "Rechnung mit Anschrift", at("2025-09-15 10:30", DE),
         "Guten Tag,\n\nkönnten Sie mir die Rechnung LO-INV-83331 bitte noch einmal mit meiner vollständigen Anschrift "
         "(Breite Straße 9, 39576 Stendal) ausstellen? Mein Steuerberater braucht das so.\n\nVielen Dank\nHilde Bär")
lcase("other-rechnung-anschrift", [m], "other", spec="Invoice re-issue with an address; no refund or cancellation -> other.")

m = Mail("Elektro Brunner Visp <info@elektro-brunner.ch>", "Login geht wieder - merci", at("2025-09-18 16:50", DE),
         "Hallo zämu\n\nNur kurz: der Login geht seit heute Mittag wieder. Ich will keine Rückerstattung, alles gut. "
         "Merci vielmal für die schnelle Hilfe!\n\nEs Grüessi us Visp\nUrs Brunner")
lcase("other-keine-erstattung-visp", [m], "other",
      spec="s.8 negation: 'Ich will keine Rückerstattung' adds no refund; the login problem is over; thanks -> other.")

m = Mail("Giulia Ferraro <giulia.ferraro@alice.it>", "Frage zu Rückerstattung vor Kauf", at("2025-09-29 14:20", DE),
         "Buongiorno,\n\nich interessiere mich für euer Jahresabo für meine Agentur in Meran. Bevor ich kaufe: wenn ich nach "
         "zwei Wochen sehe, dass das nicht passt, bekomme ich dann mein Geld zurück? Und gibt es Rechnung mit "
         "italienische Partita IVA?\n\nGrazie mille e cordiali saluti\nGiulia Ferraro")
lcase("other-hypothetisch-italienisch", [m], "other",
      spec="s.8 hypothetical before buying ('wenn ich... sehe, bekomme ich dann mein Geld zurück?') from a non-customer -> policy question, other.")

m = Mail("Gärtnerei Lindner <info@gaertnerei-bamberg.de>", "Danke", at("2025-09-30 17:05", DE),
         "Hallo,\n\ndie Rückerstattung von letzter Woche ist heute auf dem Konto eingegangen. Danke, dass das so flott "
         "ging! Wir bleiben gern Kunde.\n\nViele Grüße aus Bamberg\nKlaus Lindner")
lcase("other-erstattung-angekommen", [m], "other", spec="A past refund arrived, thanks; no new request -> other.")

# ---- payments not paid; one payment identifies the invoice; HTML; several requests; dictation ----
m = Mail("Steuerkanzlei Ott <kanzlei@steuer-ott.de>", "Doppelte Abbuchung LO-INV-83382", at("2025-09-21 10:20", DE),
         "Sehr geehrte Damen und Herren,\n\nam 19.09. wurde das Monatsabo doppelt abgebucht; die zweite Buchung hat "
         "die Rechnungsnummer LO-INV-83382. Wir bitten um Erstattung dieser Doppelzahlung.\n\nMit freundlichen Grüßen\n"
         "Stefanie Ott, Steuerberaterin\nSteuerkanzlei Ott · Ansbach")
lcase("ansbach-doppelt-zahlung-fehlgeschlagen", [m], "decided", [R("escalate")],
      spec="s.8 payments not paid: LO-INV-83382 has status failed -> escalate (and there is no pair of paid charges for L4).")

m = Mail("Λάμπρος Οικονόμου <l.ekonomou@taverna-olympia.de>", "Problem mit Zahlung", at("2025-09-27 23:10", GR),
         "Guten Abend,\n\nich bin Lambros von Taverna Olympia in Kaiserslautern. Ich habe gesehen in Bank, ihr habt "
         "mir zwei mal abgebucht am 26.09., zwei mal 1.499 Rupien. Zweite Rechnung ist LO-INV-83402. Bitte geben Sie "
         "zurück die zweite Zahlung.\n\nVielen Dank\nΛάμπρος Οικονόμου / Lambros Ekonomou\n(bin zur Zeit in Kreta)")
check(day_no("2025-09-26T09:01:00", m.when) == 2, "l35")
lcase("griechisch-doppelt-kreta", [m], "decided", [R("approve", "1499.00")],
      spec="L4 pair de31_p46/p47 on 2025-09-26; email 2025-09-27 23:10 EEST = 2025-09-28 01:40 IST, day 2 -> approve the duplicate LO-INV-83402 = 1499.00. Greek-script display name.")

m = Mail("Hofladen Altmark <info@hofladen-altmark.de>", "kein Zugang", at("2025-09-12 18:35", DE),
         "Guten Abend,\n\nich komme seit Dienstag nicht mehr in mein Konto, das Login geht einfach nicht. Ich hätte gern "
         "mein Geld für diesen Monat zurück, wenn das so nicht funktioniert.\n\nGruß aus Salzwedel\nHeike Brandt")
check(day_no("2025-09-08T09:00:00", m.when) == 4, "l36")
lcase("altmark-eine-zahlung", [m], "decided", [R("escalate")],
      spec="docs/policy: one payment on the account (LO-INV-83411, 2025-09-08) identifies the charge; access_failure on day 4 -> L6 escalate.")

m = Mail("Pizzeria da Giovanni <pizzeria.dagiovanni@gmx.de>", "Doppelte Zahlung", at("2025-09-27 15:20", DE), None,
         html="<html><body><div style='font-family:Arial'>Buongiorno,<br><br>ich bin Giovanni von Pizzeria in Neunkirchen "
              "(Saar). Ich habe gesehen, ihr habt das Quartal <b>zwei mal abgebucht</b> am 26.09., Rechnung "
              "<b>LO-INV-83351</b> und <b>LO-INV-83352</b>. Das zweite ist zu viel, bitte zurück machen.<br><br>"
              "Grazie e saluti<br>Giovanni Esposito</div></body></html>")
check(day_no("2025-09-26T12:01:00", m.when) == 1, "l37")
lcase("italienisch-html-doppelt", [m], "decided", [R("approve", "3999.00")],
      spec="HTML-only mail; L4 pair on 2025-09-26, request day 1; refund the later LO-INV-83352 = 3999.00.")

m = Mail("Zahntechnik Sailer <info@zahntechnik-sailer.de>", "kündigung", at("2025-09-28 21:30", DE),
         "hallo ich möchte mein abo kündigen punkt wir haben jetzt ein anderes programm über die innung punkt "
         "bitte bestätigen sie mir das ende des abos punkt danke sailer\n\nmit Siri diktiert, bitte Fehler entschuldigen")
lcase("diktiert-kuendigung-bayreuth", [m], "decided", [K("cancel", "2025-10-24")],
      spec="Dictated mail ('punkt' spelled out); L8 cancel, current_period_end 2025-10-24.")

m = Mail("Eva Marx <eva.marx@posteo.de>", "Frage + Kündigung", at("2025-09-30 08:15", DE),
         "Guten Morgen,\n\nzwei Sachen: 1) Nur aus Neugier: Gibt es inzwischen eine Schnittstelle zu Lexoffice? "
         "2) Ich kündige mein Monatsabo, weil ich als Übersetzerin in Trier gerade kaum neue Kunden suche. Eine "
         "Erstattung erwarte ich nicht, ich weiß ja, dass der Monat bezahlt ist.\n\nViele Grüße\nEva Marx")
lcase("trier-frage-und-kuendigung", [m], "decided", [K("cancel", "2025-10-28")],
      spec="Several requests: a product question plus a cancellation; 'Eine Erstattung erwarte ich nicht' adds no refund (s.8). L8: current_period_end 2025-10-28.")

# ======================= Optima WebDesign ledger =======================
P += [
    proj("Rebenblick Onlineshop", "info@weingut-steigerwald.de", None),
    proj("Ostseeblick Ferienwohnungen Web", "vermietung@ostseeblick-laboe.de", "2025-09-20T10:00:00"),
    proj("Praxisportal Bewegungsraum", "team@bewegungsraum-erlangen.de", "2025-10-06T10:00:00"),
    proj("Hüttenportal Stubai", "info@stubaier-huette.at", None),
    proj("Schlossberg Kaffeerösterei Shop", "roesterei@schlossberg-kaffee.at", None),
    proj("Relaunch Elbe-Auen Tourismus", "marketing@elbe-auen.de", "2025-09-28T09:00:00"),
    proj("Zeltlager Buchungssystem", "leitung@jugendwerk-sh.de", "2025-07-01T10:00:00"),
    proj("Mosel-Saar Weinreisen", "info@mosel-saar-reisen.de", "2025-06-01T10:00:00"),
    proj("Burgfestspiele Microsite", "presse@burgfestspiele-lb.de", "2025-05-01T10:00:00"),
    proj("Aletsch Bergführer Website", "buero@aletsch-guides.ch", "2025-04-01T10:00:00"),
    proj("Frankenwald Hotel Hosting", "rezeption@hotel-frankenwald.de", "2025-09-20T10:00:00"),
    proj("Kanzlei Dr. Roth Wartung", "sekretariat@stb-roth-zw.de", "2025-09-05T10:00:00"),
    proj("Trattoria Bellavista Hosting", "info@bellavista-innsbruck.at", None),
    proj("Imkerei Goldrand Shop", "honig@imkerei-goldrand.de", "2025-08-01T10:00:00"),
    proj("Kita Zwergenland Portal", "kita@zwergenland-cottbus.de", "2025-08-10T10:00:00"),
    proj("Weinfest Deidesheim App", "orga@weinfest-deidesheim.de", "2025-08-15T10:00:00"),
    proj("Segelclub Regattaportal", "vorstand@scf-flensburg.de", "2025-07-15T10:00:00"),
    proj("Naturpark Hoher Fläming Karte", "info@flaeming-naturpark.de", "2025-09-01T10:00:00"),
    proj("Estiatorio Mykonos Relaunch", "info@mykonos-graz.at", "2025-08-20T10:00:00"),
]
PAY += [
    owpay("de31_o01", "OWD-2025-601", "Rebenblick Onlineshop", "discovery", "15000.00", "2700.00", "2025-09-24T11:00:00"),
    owpay("de31_o02", "OWD-2025-602", "Ostseeblick Ferienwohnungen Web", "discovery", "9000.00", "1620.00", "2025-09-18T10:00:00"),
    owpay("de31_o03", "OWD-2025-603", "Praxisportal Bewegungsraum", "discovery", "7500.00", "1350.00", "2025-09-25T10:00:00"),
    owpay("de31_o04", "OWD-2025-604", "Hüttenportal Stubai", "deposit", "24000.00", "4320.00", "2025-09-26T10:00:00"),
    owpay("de31_o05", "OWD-2025-605", "Schlossberg Kaffeerösterei Shop", "deposit", "18000.00", "3240.00", "2025-09-22T14:00:00"),
    owpay("de31_o06", "OWD-2025-606", "Relaunch Elbe-Auen Tourismus", "deposit", "30000.00", "5400.00", "2025-09-27T09:00:00"),
    owpay("de31_o07", "OWD-2025-607", "Zeltlager Buchungssystem", "milestone", "20000.00", "3600.00", "2025-07-01T10:00:00", milestone_status="approved"),
    owpay("de31_o08", "OWD-2025-608", "Zeltlager Buchungssystem", "milestone", "45000.00", "8100.00", "2025-09-15T10:00:00", milestone_status="not_started"),
    owpay("de31_o09", "OWD-2025-609", "Zeltlager Buchungssystem", "milestone", "25000.00", "4500.00", "2025-09-15T10:05:00", milestone_status="in_progress"),
    owpay("de31_o10", "OWD-2025-610", "Mosel-Saar Weinreisen", "retainer", "12000.00", "2160.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("de31_o11", "OWD-2025-611", "Burgfestspiele Microsite", "retainer", "8500.00", "1530.00", "2025-09-03T09:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00"),
    owpay("de31_o12", "OWD-2025-612", "Aletsch Bergführer Website", "retainer", "11000.00", "1980.00", "2025-09-06T09:00:00",
          period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00"),
    owpay("de31_o13", "OWD-2025-613", "Segelclub Regattaportal", "retainer", "9000.00", "1620.00", "2025-09-12T09:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
    owpay("de31_o14", "OWD-2025-614", "Segelclub Regattaportal", "retainer", "9000.00", "1620.00", "2025-09-20T09:00:00",
          period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00"),
    owpay("de31_o15", "OWD-2025-615", "Frankenwald Hotel Hosting", "hosting_annual", "15000.00", "2700.00", "2025-09-18T09:00:00",
          setup_fee="2000.00", service_start="2025-09-20"),
    owpay("de31_o16", "OWD-2025-616", "Kanzlei Dr. Roth Wartung", "maintenance_annual", "12000.00", "2160.00", "2025-09-03T09:00:00",
          setup_fee="1500.00", service_start="2025-09-05"),
    owpay("de31_o17", "OWD-2025-617", "Trattoria Bellavista Hosting", "hosting_annual", "9000.00", "1620.00", "2025-09-25T09:00:00",
          setup_fee="1200.00", service_start="2025-10-10"),
    owpay("de31_o18", "OWD-2025-618", "Imkerei Goldrand Shop", "third_party", "4200.00", "756.00", "2025-09-24T09:00:00"),
    owpay("de31_o19", "OWD-2025-619", "Kita Zwergenland Portal", "setup", "3000.00", "540.00", "2025-09-23T09:00:00"),
    owpay("de31_o20", "OWD-2025-620", "Weinfest Deidesheim App", "rush", "6500.00", "1170.00", "2025-09-25T09:00:00"),
    owpay("de31_o21", "OWD-2025-621", "Naturpark Hoher Fläming Karte", "retainer", "7000.00", "1260.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"),
    owpay("de31_o22", "OWD-2025-622", "Estiatorio Mykonos Relaunch", "milestone", "16000.00", "2880.00", "2025-09-10T09:00:00",
          milestone_status="not_started", status="refunded"),
]


def om(frm, subject, when, body, **kw):
    return Mail(frm, subject, when, body, brand=OWB, **kw)


m = om("Weingut Steigerwald <info@weingut-steigerwald.de>", "Refund Request — Rebenblick Onlineshop / OWD-2025-601",
       at("2025-09-27 10:10", DE),
       "Sehr geehrtes Optima-Team,\n\nfür den \"Rebenblick Onlineshop\" haben wir am 24.09. die Discovery-Gebühr "
       "(Rechnung OWD-2025-601) bezahlt. Nach der schlechten Lese in diesem Jahr müssen wir das Projekt leider auf "
       "nächstes Jahr verschieben. Einen Termin hatten wir noch nicht. Wir bitten um Erstattung.\n\nMit freundlichen "
       "Grüßen\nKatharina Steigerwald\nWeingut Steigerwald · Castell (Unterfranken)")
ocase("discovery-franken-erstattung", [m], "decided", [R("approve", "15000.00")],
      spec="O1: discovery OWD-2025-601, project work_started_at empty -> full refund 15000.00 before tax.")

m = om("Ostseeblick Ferienwohnungen <vermietung@ostseeblick-laboe.de>", "Erstattung Strategie-Workshop", at("2025-09-25 14:30", DE),
       "Moin,\n\nwir möchten die Discovery-Gebühr für \"Ostseeblick Ferienwohnungen Web\" (OWD-2025-602) zurück. Der "
       "Workshop am 20.09. hat uns gezeigt, dass wir lieber bei der Buchungsplattform bleiben.\n\nGruß aus Laboe\nFinn Jessen")
ocase("discovery-laboe-begonnen", [m], "decided", [R("deny")],
      spec="O1: the session took place (work_started_at 2025-09-20, before the request) -> deny.")

m = om("Bewegungsraum Physiotherapie <team@bewegungsraum-erlangen.de>", "Discovery OWD-2025-603 stornieren + Erstattung",
       at("2025-09-29 13:00", DE),
       "Hallo,\n\nfür das \"Praxisportal Bewegungsraum\" ist der erste Workshop erst für den 6. Oktober angesetzt. Unser "
       "Praxisinhaber hat sich nun doch für einen Baukasten entschieden, deshalb bitten wir um Erstattung der "
       "Discovery-Gebühr (OWD-2025-603).\n\nViele Grüße\nLaura Heß, Praxismanagement\nBewegungsraum Physiotherapie, Erlangen")
ocase("discovery-erlangen-termin-spaeter", [m], "decided", [R("approve", "7500.00")], extra_ok=True,
      spec="O1: work_started_at 2025-10-06 is later than the request (2025-09-29) -> no session has started: approve 7500.00.")

m = om("Stubaier Hütte <info@stubaier-huette.at>", "Anzahlung zurück - Hüttenportal Stubai", at("2025-09-28 18:00", DE),
       "Grüß Gott,\n\nwir haben am 26.9. die Anzahlung fürs \"Hüttenportal Stubai\" überwiesen (OWD-2025-604). Der "
       "Tourismusverband macht jetzt doch ein gemeinsames Portal für alle Hütten, deshalb brauchen wir das eigene nicht "
       "mehr. Bitte um Rückerstattung der Anzahlung.\n\nMit freundlichen Grüßen\nMichael Danler\nStubaier Hütte, Neustift")
check(hours("2025-09-26T10:00:00", m.when) < 72, "o04")
ocase("anzahlung-tirol-innerhalb", [m], "decided", [R("approve", "24000.00")],
      spec="O2: paid 2025-09-26 10:00 IST, email 2025-09-28 18:00 CEST = 21:30 IST = 59.5 h < 72, no work -> approve 24000.00.")

m = om("Schlossberg Kaffeerösterei <roesterei@schlossberg-kaffee.at>", "Storno Anzahlung OWD-2025-605", at("2025-09-25 10:30", DE),
       "Guten Morgen,\n\nbitte stornieren Sie den Shop (\"Schlossberg Kaffeerösterei Shop\") und erstatten die Anzahlung "
       "OWD-2025-605. Unser Investor ist abgesprungen.\n\nLiebe Grüße aus Graz\nSandra Url")
check(hours("2025-09-22T14:00:00", m.when) == 72, "o05")
ocase("anzahlung-graz-genau-72h", [m], "decided", [R("deny")], extra_ok=True,
      spec="s.8 exactly 72 h: paid 2025-09-22 14:00 IST, email 2025-09-25 10:30 CEST = 14:00 IST -> 72.0 h is not before 72 h: deny.")

m = om("Elbe-Auen Tourismus e.V. <marketing@elbe-auen.de>", "Rückerstattung Anzahlung", at("2025-09-29 09:20", DE),
       "Guten Morgen,\n\nder Verein hat den Relaunch gestern Abend gestoppt. Bitte erstatten Sie die Anzahlung für den "
       "\"Relaunch Elbe-Auen Tourismus\", Rechnung OWD-2025-606, gezahlt am 27.09.\n\nMit freundlichen Grüßen\n"
       "Dr. Ines Wolter\nElbe-Auen Tourismus e.V., Wittenberg")
check(hours("2025-09-27T09:00:00", m.when) < 72, "o06")
ocase("anzahlung-wittenberg-arbeit-begonnen", [m], "decided", [R("deny")], extra_ok=True,
      spec="O2: within 72 h (paid 2025-09-27 09:00 IST, email 2025-09-29 12:50 IST = 51.8 h) but work_started_at 2025-09-28 09:00 is before the request -> deny ('whichever occurs first'). 'gestoppt' gives the reason.")

m = om("Jugendwerk Schleswig-Holstein <leitung@jugendwerk-sh.de>", "Meilenstein OWD-2025-608 zurück", at("2025-09-24 15:45", DE),
       "Moin,\n\nbeim \"Zeltlager Buchungssystem\" hat der Landesjugendring die Zahlungsanbindung übernommen. Deshalb "
       "brauchen wir den Meilenstein \"Zahlungsmodul\" (Rechnung OWD-2025-608) nicht mehr. Mit dem ist ja noch nicht "
       "angefangen worden. Bitte erstatten.\n\nGruß aus Rendsburg\nLasse Clausen, Geschäftsführung")
ocase("meilenstein-rendsburg-nicht-begonnen", [m], "decided", [R("approve", "45000.00")],
      spec="O3: milestone OWD-2025-608 not_started -> refund its amount 45000.00 before tax.")

m = om("Jugendwerk Schleswig-Holstein <leitung@jugendwerk-sh.de>", "Meilenstein Design Buchungsmaske", at("2025-09-26 11:30", DE),
       "Moin nochmal,\n\nauch den Meilenstein OWD-2025-609 (Zeltlager Buchungssystem, Buchungsmaske) möchten wir "
       "zurück: das Design passt nicht zu unserem neuen CI, das der Landesverband vorgibt.\n\nLasse Clausen")
ocase("meilenstein-rendsburg-in-arbeit", [m], "decided", [R("escalate")],
      spec="O3: milestone OWD-2025-609 is in_progress -> escalate (value of the work not started needs a person).")

m = om("Jugendwerk Schleswig-Holstein <leitung@jugendwerk-sh.de>", "Erstattung OWD-2025-607", at("2025-09-29 16:00", DE),
       "Hallo,\n\nund der erste Meilenstein OWD-2025-607 für das Zeltlager Buchungssystem: wir haben ihn im Juli abgenommen, "
       "aber die Eltern finden das Konzept zu kompliziert. Bitte erstatten Sie uns das Geld dafür.\n\nLasse Clausen")
ocase("meilenstein-rendsburg-abgenommen", [m], "decided", [R("deny")],
      spec="O3/O6: milestone OWD-2025-607 is approved -> deny.")

m = om("Mosel-Saar Weinreisen <info@mosel-saar-reisen.de>", "Kündigung Betreuungsvertrag", at("2025-09-26 11:20", DE),
       "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die monatliche Betreuung \"Mosel-Saar Weinreisen\" "
       "(zuletzt Rechnung OWD-2025-610). Grund: Wir geben das Reisebüro zum Jahresende an unsere Nichte ab, die alles "
       "selbst pflegt.\n\nMit freundlichen Grüßen\nRainer Schäfer\nMosel-Saar Weinreisen, Mettlach")
check(m.when.astimezone(local("2025-10-15T09:00:00", (5, 30)).tzinfo).date().isoformat() <= "2025-10-08", "o10")
ocase("retainer-mettlach-fristgerecht", [m], "decided", [K("cancel", "2025-10-14")],
      spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-26 <= 2025-10-08 (7 days before) -> cancel, effective 2025-10-14.")

m = om("Burgfestspiele Presse <presse@burgfestspiele-lb.de>", "Kündigung Microsite-Betreuung", at("2025-09-29 10:05", DE),
       "Guten Tag,\n\nwir kündigen die Betreuung der \"Burgfestspiele Microsite\" (OWD-2025-611). Die Saison ist vorbei, "
       "und nächstes Jahr übernimmt das der Kreis.\n\nMit freundlichen Grüßen\nJana Pfeiffer, Pressestelle")
ocase("retainer-kurzfristig", [m], "decided", [K("cancel", "2025-11-02")],
      spec="O4: next_billing_at 2025-10-03; request 2025-09-29 is after 2025-09-26 (less than 7 days) -> the next cycle 2025-10-03..2025-11-02 is billed; effective 2025-11-02.")

m = om("Aletsch Guides <buero@aletsch-guides.ch>", "Kündigung Website-Betreuung", at("2025-09-29 19:30", DE),
       "Grüessech\n\nWir kündigen die Betreuung der \"Aletsch Bergführer Website\" (Rechnung OWD-2025-612). Der Grund: "
       "Wir schliessen uns dem Bergführerverein Oberwallis an, der hat eine gemeinsame Seite.\n\nFreundliche Grüsse\n"
       "Reto Summermatter, Fiesch")
check(m.when.astimezone(local("2025-10-06T09:00:00", (5, 30)).tzinfo).date().isoformat() == "2025-09-29", "o12")
ocase("retainer-oberwallis-genau-7-tage", [m], "decided", [K("cancel", "2025-10-05")],
      spec="O4 boundary: next_billing_at 2025-10-06; email 2025-09-29 19:30 CEST = 23:00 IST, local date 2025-09-29 = 2025-10-06 minus 7 -> on time: cancel effective 2025-10-05.")

m = om("Segelclub Flensburg - Vorstand <vorstand@scf-flensburg.de>", "Kündigung Regattaportal", at("2025-09-24 20:30", DE),
       "Moin,\n\nder Vorstand kündigt die Betreuung \"Segelclub Regattaportal\" (OWD-2025-613). Grund: die "
       "Mitgliederversammlung hat den Etat gestrichen. Den Oktober haben wir schon im Voraus bezahlt (OWD-2025-614).\n\n"
       "Mast- und Schotbruch\nKai Petersen, 1. Vorsitzender")
ocase("retainer-flensburg-vorausbezahlt", [m], "decided", [K("escalate")],
      spec="s.8 retainer paid in advance: next cycle (2025-10-12..11-11) already paid (OWD-2025-614), notice 2025-09-24 20:30 CEST = 2025-09-25 00:00 IST <= 2025-10-05 -> escalate.")

m = om("Hotel Frankenwald - Rezeption <rezeption@hotel-frankenwald.de>", "Hosting kündigen und erstatten", at("2025-09-28 09:10", DE),
       "Guten Morgen,\n\nwir kündigen das Jahres-Hosting für \"Frankenwald Hotel Hosting\" (OWD-2025-615) und bitten um "
       "anteilige Erstattung. Grund: Unsere Hotelkette stellt alle Häuser auf eine zentrale Website um.\n\n"
       "Mit freundlichen Grüßen\nSimone Rauh\nHotel Frankenwald, Kronach")
check(day_no("2025-09-20T00:00:00", m.when) == 8, "o14")
amt = o5("15000.00", "2000.00")
check(amt == "11916.67", "o14 amount")
ocase("hosting-kronach-anteilig", [m], "decided", [R("approve", amt)], extra_ok=True,
      spec="O5: service_start 2025-09-20, request 2025-09-28 (day 8 <= 14): 15000 - 2000 - 13000/12 (1083.333...) x 1 = 11916.666... -> 11916.67 (rounded once, C6).")

m = om("Steuerkanzlei Dr. Roth <sekretariat@stb-roth-zw.de>", "Wartungsvertrag", at("2025-09-25 14:00", DE),
       "Sehr geehrte Damen und Herren,\n\nwir kündigen den Wartungsvertrag \"Kanzlei Dr. Roth Wartung\" (OWD-2025-616) "
       "und bitten um Erstattung des Jahresbetrags abzüglich der Einrichtung. Grund: Die Kanzlei wird zum Jahresende "
       "mit einem Steuerbüro in Pirmasens zusammengelegt.\n\nMit freundlichen Grüßen\ni. A. Carmen Bauer, Sekretariat\n"
       "Steuerkanzlei Dr. Roth · Zweibrücken")
check(day_no("2025-09-05T00:00:00", m.when) == 20, "o15")
ocase("wartung-zweibruecken-nach-14-tagen", [m], "decided", [R("deny")], extra_ok=True,
      spec="O5: service_start 2025-09-05, request 2025-09-25 = day 20 > 14 -> deny.")

m = om("Trattoria Bellavista <info@bellavista-innsbruck.at>", "Hosting storno", at("2025-09-27 16:40", DE),
       "Buongiorno,\n\nio sono Marco von Trattoria Bellavista in Innsbruck. Wir haben Hosting bezahlt (OWD-2025-617, "
       "\"Trattoria Bellavista Hosting\"), aber es startet erst am 10. Oktober. Mein Cousin macht jetzt Website gratis, "
       "deshalb ich möchte stornieren und Geld zurück, bitte.\n\nGrazie mille\nMarco Rinaldi")
amt = o5("9000.00", "1200.00")
check(amt == "7150.00", "o16 amount")
ocase("hosting-innsbruck-vor-start", [m], "decided", [R("approve", amt)], extra_ok=True,
      spec="s.8 O5 before the service starts (service_start 2025-10-10): consumed_months 1; 9000 - 1200 - 7800/12 (650) = 7150.00.")

m = om("Imkerei Goldrand <honig@imkerei-goldrand.de>", "Erstattung Plugin-Lizenz", at("2025-09-26 12:15", DE),
       "Hallo,\n\nfür den \"Imkerei Goldrand Shop\" habt ihr uns die Lizenz für das Versand-Plugin berechnet "
       "(OWD-2025-618). Wir verschicken jetzt doch nur über DHL direkt, das Plugin brauchen wir nicht. Bitte "
       "erstatten.\n\nSummende Grüße\nGesine Wolf, Imkerei Goldrand, Bad Belzig")
ocase("drittanbieter-lizenz-belzig", [m], "decided", [R("deny")], spec="O6: OWD-2025-618 is third_party (plugin licence) -> deny.")

m = om("Kita Zwergenland <kita@zwergenland-cottbus.de>", "Einrichtungsgebühr zurück?", at("2025-09-24 13:40", DE),
       "Guten Tag,\n\nfür das \"Kita Zwergenland Portal\" wurde uns eine Einrichtungsgebühr berechnet (OWD-2025-619). "
       "Der Träger meint, die Einrichtung hätten wir auch selbst machen können. Wir bitten um Rückerstattung.\n\n"
       "Freundliche Grüße\nDoreen Schulz, Kitaleitung\nKita Zwergenland, Cottbus")
ocase("einrichtung-cottbus", [m], "decided", [R("deny")], spec="O6: OWD-2025-619 is a setup fee -> never refundable: deny.")

m = om("Weinfest Deidesheim Orga <orga@weinfest-deidesheim.de>", "Eilzuschlag App", at("2025-09-27 11:00", DE),
       "Hallo zusammen,\n\ndie App ist ja doch erst nach dem Weinfest fertig geworden. Den Eilzuschlag OWD-2025-620 "
       "(\"Weinfest Deidesheim App\") hätten wir gern zurück.\n\nEn scheene Gruß aus de Palz\nMarkus Weisbrod")
ocase("eilzuschlag-deidesheim", [m], "decided", [R("deny")],
      spec="O6: OWD-2025-620 is a rush fee -> never refundable: deny (the complaint about lateness is for staff, not a refund rule).")

m = om("Ingrid Wolf <ingrid.wolf1958@gmx.de>", "Imkerei Shop kündigen", at("2025-09-29 15:10", DE),
       "Guten Tag,\n\nich bin die Mutter von Gesine Wolf (Imkerei Goldrand). Sie liegt im Krankenhaus, deshalb schreibe "
       "ich: bitte kündigen Sie alles rund um den \"Imkerei Goldrand Shop\", sie schafft das nicht mehr.\n\n"
       "Mit freundlichen Grüßen\nIngrid Wolf")
ocase("c2-mutter-schreibt", [m], "need_info", rules=["C2"],
      spec="C2 (Optima, explicit): the contract email is honig@imkerei-goldrand.de; the mother writes from her own address -> ask for the request from the contract email.")

m = om("Lefteris Papadakis <lefteris.papadakis@gmail.com>", "Fwd: Estiatorio Mykonos Meilenstein", at("2025-09-25 22:30", GR),
       "Hallo, ich schicke von meine Gmail, die Firmenadresse geht nicht in Griechenland.\n\n"
       "---------- Forwarded message ---------\nVon: Estiatorio Mykonos <info@mykonos-graz.at>\n"
       "Date: Mi., 24. Sept. 2025 um 18:02 Uhr\nSubject: Estiatorio Mykonos Meilenstein\nTo: <optimawebdesigns12@gmail.com>\n\n"
       "Bitte den Meilenstein OWD-2025-622 (\"Estiatorio Mykonos Relaunch\") erstatten, wir verkaufen das Restaurant.\n"
       "Lefteris Papadakis")
ocase("c2-weitergeleitet-griechisch", [m], "need_info", rules=["C2"],
      spec="s.8 forward + C2: the forwarded request is from contract email info@mykonos-graz.at; the sender is a private gmail address -> ask for the request from the contract email.")

m1 = om("Naturpark Hoher Fläming <info@flaeming-naturpark.de>", "Kündigung Kartenbetreuung", at("2025-09-23 10:20", DE),
        "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die Betreuung \"Naturpark Hoher Fläming Karte\" "
        "(Rechnung OWD-2025-621) zum nächstmöglichen Termin.\n\nMit freundlichen Grüßen\nAndreas Kühn\n"
        "Naturparkverwaltung Hoher Fläming, Raben\n\nDiese Nachricht wurde mit Thunderbird versendet.")
ocase("kuendigung-ohne-grund-flaeming", [m1], "need_info", missing=["reason"],
      spec="s.8 Optima requires a reason for cancellations too; 'zum nächstmöglichen Termin' and the signature are not reasons -> ask for reason.")

m1b = om(m1.frm, m1.subject, m1.when, m1.body)
m2 = om("Naturpark Hoher Fläming <info@flaeming-naturpark.de>", "Re: Kündigung Kartenbetreuung [OWD-2207]", at("2025-09-26 08:45", DE),
        "Guten Morgen,\n\nzum Grund: Das Land Brandenburg stellt ab 2026 eine zentrale Kartenplattform für alle "
        "Naturparke bereit.\n\nMit freundlichen Grüßen\nA. Kühn\n\nAm 24.09.25 um 09:12 schrieb Optima WebDesign:\n"
        "> Bitte teilen Sie uns den Grund der Kündigung mit.", reply=m1b, refs_extra=["<owd-2207-ask@optimawebdesign.com>"])
check(m1b.when.astimezone(local("2025-10-20T09:00:00", (5, 30)).tzinfo).date().isoformat() <= "2025-10-13", "o23")
ocase("thread-grund-flaeming", [m1b, m2], "decided", [K("cancel", "2025-10-19")],
      spec="C3 thread: reason supplied; request time = first email 2025-09-23 <= 2025-10-13 (next_billing_at 2025-10-20 minus 7) -> cancel effective 2025-10-19.")

m = om("Jugendwerk Schleswig-Holstein <leitung@jugendwerk-sh.de>", "Erstattung", at("2025-09-30 09:40", DE),
       "Moin,\n\nfür das Zeltlager Buchungssystem möchten wir eine Zahlung erstattet haben, weil der Landesjugendring "
       "einen Teil übernimmt. Welche Rechnung das genau war, suche ich noch raus.\n\nLasse Clausen")
ocase("rechnung-fehlt-rendsburg", [m], "need_info", missing=["invoice_number"],
      spec="C3: contract sender, project and reason given; the project has three payments -> ask for invoice_number.")

m = om("Estiatorio Mykonos <info@mykonos-graz.at>", "Meilenstein OWD-2025-622 - letzte Aufforderung", at("2025-09-29 12:00", DE),
       "Sehr geehrte Damen und Herren,\n\nwir verkaufen das Restaurant und möchten den Meilenstein OWD-2025-622 "
       "(\"Estiatorio Mykonos Relaunch\") zurück, mit dem nie begonnen wurde. Falls wir bis Freitag nichts hören, geht "
       "die Sache an unseren Anwalt und die Arbeiterkammer.\n\nMit freundlichen Grüßen\nLefteris Papadakis")
ocase("c4-anwalt-graz", [m], "decided", [R("escalate")], rules=["C4"],
      spec="C4: lawyer threat -> escalate (the milestone payment's status is 'refunded' as well, s.8).")

m = om("Hotel Frankenwald - Rezeption <rezeption@hotel-frankenwald.de>", "Automatische Antwort: Ihre Rechnung OWD-2025-615",
       at("2025-09-21 07:00", DE),
       "Vielen Dank für Ihre Nachricht. Die Rezeption ist von 7 bis 22 Uhr besetzt; wir melden uns schnellstmöglich.\n\n"
       "Hotel Frankenwald, Kronach", headers={"Auto-Submitted": "auto-replied"})
ocase("c7-autoantwort-hotel", [m], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

m = om("Weingut Steigerwald <info@weingut-steigerwald.de>", "Frage Rechnung", at("2025-09-30 16:20", DE),
       "Hallo,\n\nkönnen Sie die Rechnung OWD-2025-601 bitte auf die Weingut Steigerwald GbR statt auf mich persönlich "
       "ausstellen? Die Erstattung brauchen wir nicht mehr, wir machen das Projekt jetzt doch!\n\nViele Grüße\n"
       "Katharina Steigerwald")
ocase("other-rechnung-umschreiben", [m], "other",
      spec="s.8 negation: 'Die Erstattung brauchen wir nicht mehr' adds no refund; an invoice re-issue request -> other.")

r.write(ledger)
readme(HERE, "fresh31_de: German (de)",
       "Fresh held-out round 31, German, written by the independent QA pass qa31b from POLICY_SPEC.md, the two published "
       "policies and docs/policy.md alone (no mailbot code, language packs or other tests were read; mailbot was not run). "
       "Regions and registers: Saarland (Salü, Gudd Owend, 'hann', Samsung mobile footer), Palatinate (Weingut Outlook "
       "'AW:' with '-----Ursprüngliche Nachricht-----', 'Palz'), Franconia ('fei', 'mir ham', 'passt scho'), "
       "Schleswig-Holstein/Kiel/Flensburg ('Moin moin', Segelclub, Kita association), Brandenburg and Saxony-Anhalt "
       "(Rathenow, Potsdam, Prenzlau, Dessau, Magdeburg pensioner, Wittenberg), Tyrol and Styria ('verrechnet', "
       "'retour', 'LG', FN numbers), Upper Valais (Swiss spelling without ß, 'Grüessech', 'Hallo zämu', 'Merci vielmal'); "
       "German written by Italian speakers (Buongiorno, word order, HTML-only mail) and Greek speakers (Kalimera, "
       "Greek-script names, EEST +03:00). Clients: Outlook WG:/AW:, Gmail forward, Thunderbird, Siri dictation, WEB.DE. "
       "Writers: physiotherapy practices, a Kita association, wine estates, an IT freelancer, a pensioner, a law firm.",
       r.cases)
