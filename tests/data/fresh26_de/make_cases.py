"""fresh26_de: German held-out cases (Ruhr, Berlin, Hamburg, Swabia, South Tyrol, Liechtenstein; business
German of Polish- and Turkish-German small firms). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
DE = 2      # CEST (Germany, South Tyrol, Liechtenstein) in September 2025
TR = 3      # Turkey

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]

# ---------------- LeadsOptima ledger ----------------
C += [
    cust("kevin.nowak@web.de", "Kevin Nowak", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("buchhaltung@kaya-fliesen.de", "Kaya Fliesen GmbH", "quarterly", start="2025-09-15", end="2025-12-14"),
    cust("s.hoffmann@t-online.de", "Sven Hoffmann", "annual", start="2025-09-14", end="2026-09-13"),
    cust("info@zahnarzt-wojcik.de", "Zahnarztpraxis Wójcik", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("jannik.petersen@posteo.de", "Jannik Petersen", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("lukas.brenner@gmx.net", "Lukas Brenner", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("verena.oberhofer@dnet.it", "Verena Oberhofer", "annual", start="2025-09-05", end="2026-09-04"),
    cust("tobias.frick@adon.li", "Tobias Frick", "quarterly", start="2025-09-26", end="2025-12-25"),
    cust("ayse.demir@gmx.de", "Ayşe Demir", "monthly", status="trial", trial_ends="2025-10-05"),
    cust("kerstin.schulte@arcor.de", "Kerstin Schulte", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("hallo@kiezkaffee-berlin.de", "Kiezkaffee Berlin", "quarterly"),
    cust("r.wagner@wagner-elektro.de", "Rolf Wagner", "annual", start="2025-03-01", end="2026-02-28"),
    cust("piotr@lewandowski-bau.de", "Piotr Lewandowski", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("bernd.kasper@t-online.de", "Bernd Kasper", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("anna.kowalczyk@o2online.de", "Anna Kowalczyk", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("einkauf@hansen-logistik.de", "Hansen Logistik GmbH & Co. KG", "annual", start="2025-09-25",
         end="2026-09-24"),
    cust("mehmet.yildiz@yildiz-umzuege.de", "Mehmet Yıldız", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("g.baumann@baumann-gruppe.de", "Gerhard Baumann", "annual", start="2025-09-24", end="2026-09-23"),
    cust("rechnung@szymanski-transporte.de", "Szymański Transporte", "annual", start="2025-09-27",
         end="2026-09-26"),
    cust("h.nigg@powersurf.li", "Hanspeter Nigg", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("sabine.kroll@alice-dsl.net", "Sabine Kroll", "annual", start="2025-09-25", end="2026-09-24"),
    cust("info@backstube-maier.de", "Backstube Maier", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("team@rheinruhr-immobilien.de", "RheinRuhr Immobilien", "quarterly", start="2025-09-25",
         end="2025-12-24"),
    cust("kontakt@brandt-fotografie.de", "Lena Brandt", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("jens.hartmann@unitybox.de", "Jens Hartmann", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("info@oezdemir-kfz.de", "Özdemir KFZ-Service", "quarterly", start="2025-09-08", end="2025-12-07"),
]
PAY += [
    lopay("de_p01", "LO-INV-72101", "kevin.nowak@web.de", "monthly", *M, "2025-09-20T09:05:00", "2025-09-20", "2025-10-19"),
    lopay("de_p02", "LO-INV-72102", "kevin.nowak@web.de", "monthly", *M, "2025-09-20T09:06:00", "2025-09-20", "2025-10-19"),
    lopay("de_p03", "LO-INV-72111", "buchhaltung@kaya-fliesen.de", "quarterly", *Q, "2025-09-15T11:20:00", "2025-09-15", "2025-12-14"),
    lopay("de_p04", "LO-INV-72112", "buchhaltung@kaya-fliesen.de", "quarterly", *Q, "2025-09-15T11:21:00", "2025-09-15", "2025-12-14"),
    lopay("de_p05", "LO-INV-72121", "s.hoffmann@t-online.de", "annual", *A, "2025-09-14T08:00:00", "2025-09-14", "2026-09-13"),
    lopay("de_p06", "LO-INV-72122", "s.hoffmann@t-online.de", "annual", *A, "2025-09-14T08:01:00", "2025-09-14", "2026-09-13"),
    lopay("de_p07", "LO-INV-72131", "info@zahnarzt-wojcik.de", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("de_p08", "LO-INV-72132", "info@zahnarzt-wojcik.de", "monthly", *M, "2025-09-25T10:01:00", "2025-09-25", "2025-10-24"),
    lopay("de_p09", "LO-INV-72133", "info@zahnarzt-wojcik.de", "monthly", *M, "2025-09-25T10:03:00", "2025-09-25", "2025-10-24"),
    lopay("de_p10", "LO-INV-72141", "jannik.petersen@posteo.de", "monthly", *M, "2025-09-27T06:00:00", "2025-09-27", "2025-10-26"),
    lopay("de_p11", "LO-INV-72151", "lukas.brenner@gmx.net", "monthly", *M, "2025-09-24T07:30:00", "2025-09-24", "2025-10-23"),
    lopay("de_p12", "LO-INV-72161", "verena.oberhofer@dnet.it", "annual", *A, "2025-09-05T12:00:00", "2025-09-05", "2026-09-04"),
    lopay("de_p13", "LO-INV-72171", "tobias.frick@adon.li", "quarterly", *Q, "2025-09-26T13:15:00", "2025-09-26", "2025-12-25"),
    lopay("de_p14", "LO-INV-72191", "kerstin.schulte@arcor.de", "monthly", *M, "2025-09-12T08:00:00", "2025-09-12", "2025-10-11"),
    lopay("de_p15", "LO-INV-72200", "hallo@kiezkaffee-berlin.de", "quarterly", *Q, "2025-04-14T10:00:00", None, None),
    lopay("de_p16", "LO-INV-72201", "hallo@kiezkaffee-berlin.de", "quarterly", *Q, "2025-07-14T10:00:00", None, None),
    lopay("de_p17", "LO-INV-72211", "r.wagner@wagner-elektro.de", "annual", *A, "2025-03-01T09:00:00", "2025-03-01", "2026-02-28"),
    lopay("de_p18", "LO-INV-72221", "piotr@lewandowski-bau.de", "monthly", *M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17"),
    lopay("de_p19", "LO-INV-72231", "bernd.kasper@t-online.de", "monthly", "1899.00", "341.82", "2025-09-18T09:00:00", "2025-09-18", "2025-10-17"),
    lopay("de_p20", "LO-INV-72321", "anna.kowalczyk@o2online.de", "monthly", *M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09"),
    lopay("de_p21", "LO-INV-72241", "einkauf@hansen-logistik.de", "annual", *A, "2025-09-25T15:00:00", "2025-09-25", "2026-09-24"),
    lopay("de_p22", "LO-INV-72251", "mehmet.yildiz@yildiz-umzuege.de", "monthly", *M, "2025-09-24T10:10:00", "2025-09-24", "2025-10-23"),
    lopay("de_p23", "LO-INV-72252", "mehmet.yildiz@yildiz-umzuege.de", "monthly", *M, "2025-09-24T10:11:00", "2025-09-24", "2025-10-23"),
    lopay("de_p24", "LO-INV-72255", "g.baumann@baumann-gruppe.de", "annual", *A, "2025-09-24T11:00:00", "2025-09-24", "2026-09-23"),
    lopay("de_p25", "LO-INV-72256", "g.baumann@baumann-gruppe.de", "annual", *A, "2025-09-24T11:00:30", "2025-09-24", "2026-09-23"),
    lopay("de_p26", "LO-INV-72261", "rechnung@szymanski-transporte.de", "annual", *A, "2025-09-27T09:40:00", "2025-09-27", "2026-09-26"),
    lopay("de_p27", "LO-INV-72262", "rechnung@szymanski-transporte.de", "annual", *A, "2025-09-27T09:41:00", "2025-09-27", "2026-09-26"),
    lopay("de_p28", "LO-INV-72270", "h.nigg@powersurf.li", "monthly", *M, "2025-09-22T08:00:00", "2025-09-22", "2025-10-21"),
    lopay("de_p29", "LO-INV-72271", "h.nigg@powersurf.li", "monthly", *M, "2025-09-22T08:00:40", "2025-09-22", "2025-10-21", status="refunded"),
    lopay("de_p30", "LO-INV-72281", "sabine.kroll@alice-dsl.net", "annual", *A, "2025-09-25T09:00:00", "2025-09-25", "2026-09-24"),
    lopay("de_p31", "LO-INV-72291", "info@backstube-maier.de", "monthly", *M, "2025-09-28T05:30:00", "2025-09-28", "2025-10-27"),
    lopay("de_p32", "LO-INV-72292", "info@backstube-maier.de", "monthly", *M, "2025-09-28T05:31:00", "2025-09-28", "2025-10-27"),
    lopay("de_p33", "LO-INV-72301", "team@rheinruhr-immobilien.de", "quarterly", *Q, "2025-09-25T12:00:00", "2025-09-25", "2025-12-24"),
    lopay("de_p34", "LO-INV-72311", "kontakt@brandt-fotografie.de", "monthly", *M, "2025-09-29T08:00:00", "2025-09-29", "2025-10-28"),
    lopay("de_p35", "LO-INV-72312", "kontakt@brandt-fotografie.de", "monthly", *M, "2025-09-29T08:02:00", "2025-09-29", "2025-10-28"),
    lopay("de_p36", "LO-INV-72331", "jens.hartmann@unitybox.de", "monthly", *M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18"),
    lopay("de_p37", "LO-INV-72341", "info@oezdemir-kfz.de", "quarterly", *Q, "2025-09-08T09:00:00", "2025-09-08", "2025-12-07"),
]

# ---------------- Optima WebDesign ledger ----------------
P += [
    proj("Kowalski Backwaren Relaunch", "biuro@kowalski-backwaren.de", None),
    proj("Praxis Lindqvist", "praxis@lindqvist-hh.de", "2025-09-12T11:00:00"),
    proj("Yilmaz Events Website", "info@yilmaz-events.de", None),
    proj("Weingut Pichler Onlineshop", "info@weingut-pichler.it", None),
    proj("Autohaus Brenner Landingpages", "marketing@autohaus-brenner.de", "2025-09-26T10:00:00"),
    proj("Hafenkontor Relaunch", "projekte@hafenkontor.de", "2025-08-04T10:00:00"),
    proj("Bergbahnen Malbun Retainer", "marketing@malbun-bahnen.li", "2025-06-15T10:00:00"),
    proj("Ruhrpott Kicker SEO", "vorstand@ruhrpott-kicker.de", "2025-05-05T10:00:00"),
    proj("Brezelmanufaktur Social", "chef@brezelmanufaktur.de", "2025-06-03T10:00:00"),
    proj("Alsterblick Immobilien Betreuung", "buero@alsterblick-immo.de", "2025-04-10T10:00:00"),
    proj("Pension Alpenrose Hosting", "info@alpenrose-meran.it", "2025-09-22T10:00:00"),
    proj("Tischlerei Nowicki Wartung", "tischlerei@nowicki-holz.de", "2025-09-15T10:00:00"),
    proj("Salon Aydin Website", "salon.aydin@gmx.de", "2025-09-01T10:00:00"),
    proj("Elbe Segelschule Website", "info@elbe-segelschule.de", "2025-08-20T10:00:00"),
    proj("Rheintal Messe Microsite", "events@rheintal-messe.li", "2025-09-10T10:00:00"),
    proj("Ironworks Gym Essen", "info@ironworks-essen.de", None),
    proj("Weinstube Kessler Social Media", "kessler@weinstube-kessler.de", "2025-07-20T10:00:00"),
    proj("Sklep Polski Berlin Shop", "kontakt@sklep-polski-berlin.de", "2025-08-01T10:00:00"),
    proj("Gasthof Ritten Website", "info@gasthof-ritten.it", "2025-08-01T10:00:00"),
]
PAY += [
    owpay("de_o01", "OWD-2025-201", "Kowalski Backwaren Relaunch", "discovery", "12000.00", "2160.00", "2025-09-20T12:00:00"),
    owpay("de_o02", "OWD-2025-202", "Praxis Lindqvist", "discovery", "8000.00", "1440.00", "2025-09-08T12:00:00"),
    owpay("de_o03", "OWD-2025-203", "Yilmaz Events Website", "deposit", "25000.00", "4500.00", "2025-09-24T10:00:00"),
    owpay("de_o04", "OWD-2025-204", "Weingut Pichler Onlineshop", "deposit", "30000.00", "5400.00", "2025-09-15T14:00:00"),
    owpay("de_o05", "OWD-2025-205", "Autohaus Brenner Landingpages", "deposit", "18000.00", "3240.00", "2025-09-25T11:00:00"),
    owpay("de_o06", "OWD-2025-206", "Hafenkontor Relaunch", "milestone", "40000.00", "7200.00", "2025-08-04T10:00:00", milestone_status="approved"),
    owpay("de_o07", "OWD-2025-207", "Hafenkontor Relaunch", "milestone", "35000.00", "6300.00", "2025-09-10T10:00:00", milestone_status="not_started"),
    owpay("de_o08", "OWD-2025-208", "Hafenkontor Relaunch", "milestone", "15000.00", "2700.00", "2025-09-10T10:05:00", milestone_status="in_progress"),
    owpay("de_o09", "OWD-2025-209", "Bergbahnen Malbun Retainer", "retainer", "22000.00", "3960.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("de_o10", "OWD-2025-210", "Ruhrpott Kicker SEO", "retainer", "9500.00", "1710.00", "2025-09-05T09:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00"),
    owpay("de_o11", "OWD-2025-211", "Brezelmanufaktur Social", "retainer", "14000.00", "2520.00", "2025-09-03T09:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00"),
    owpay("de_o12", "OWD-2025-212", "Alsterblick Immobilien Betreuung", "retainer", "16000.00", "2880.00", "2025-09-10T09:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00"),
    owpay("de_o13", "OWD-2025-213", "Alsterblick Immobilien Betreuung", "retainer", "16000.00", "2880.00", "2025-09-25T09:00:00",
          period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T09:00:00"),
    owpay("de_o14", "OWD-2025-214", "Pension Alpenrose Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-20T09:00:00",
          setup_fee="2400.00", service_start="2025-09-22"),
    owpay("de_o15", "OWD-2025-215", "Tischlerei Nowicki Wartung", "maintenance_annual", "10000.00", "1800.00", "2025-09-12T09:00:00",
          setup_fee="1500.00", service_start="2025-09-15"),
    owpay("de_o16", "OWD-2025-216", "Salon Aydin Website", "hosting_annual", "9600.00", "1728.00", "2025-08-30T09:00:00",
          setup_fee="1200.00", service_start="2025-09-01"),
    owpay("de_o17", "OWD-2025-217", "Elbe Segelschule Website", "third_party", "3500.00", "630.00", "2025-09-22T09:00:00"),
    owpay("de_o18", "OWD-2025-218", "Rheintal Messe Microsite", "rush", "6000.00", "1080.00", "2025-09-24T09:00:00"),
    owpay("de_o19", "OWD-2025-219", "Ironworks Gym Essen", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00"),
    owpay("de_o20", "OWD-2025-220", "Weinstube Kessler Social Media", "retainer", "8000.00", "1440.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"),
    owpay("de_o21", "OWD-2025-221", "Sklep Polski Berlin Shop", "change_request", "7500.00", "1350.00", "2025-09-23T09:00:00"),
    owpay("de_o22", "OWD-2025-222", "Gasthof Ritten Website", "milestone", "20000.00", "3600.00", "2025-08-01T10:00:00", milestone_status="completed"),
]

r = Round(HERE, "de")

# ======================= LeadsOptima =======================
r.case("ruhr-handy-doppelt", LOB, [Mail(
    "Kevin Nowak <kevin.nowak@web.de>", "doppelt abgebucht!!", at("2025-09-23 19:12", DE),
    "tach leude\n\nihr habt mir am samstag zweimal das monatsabo abgezogen, zweimal 1499 aufm konto. "
    "is doch n fehler oder? rechnung von dem zweiten is lo inv 72102\n"
    "bitte einmal zurueck ueberweisen, danke\n\nkevin\n\nVon meinem iPhone gesendet")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: de_p01/de_p02 same account, amount, period on 2025-09-20; request 2025-09-23 IST (day 3); refund the duplicate LO-INV-72102 = 1499.00 (C6 before tax; reference typed 'lo inv 72102', s.8).")

r.case("tag7-kaya-fliesen", LOB, [Mail(
    "Kaya Fliesen GmbH - Buchhaltung <buchhaltung@kaya-fliesen.de>", "Doppelte Abbuchung Quartalsabo / Rechnung LO-INV-72112",
    at("2025-09-22 17:40", DE),
    "Sehr geehrte Damen und Herren,\n\nbei der Kontrolle unserer Kreditkartenabrechnung ist uns aufgefallen, dass das "
    "Quartalsabo am 15.09.2025 zweimal belastet wurde (je 3.999,00 zzgl. MwSt.). Die zweite Belastung gehört zur "
    "Rechnung LO-INV-72112 und ist offensichtlich eine Doppelbuchung.\n\nWir bitten um Erstattung des doppelt "
    "belasteten Betrags.\n\nMit freundlichen Grüßen\n\nEmine Kaya\nBuchhaltung\n\nKaya Fliesen GmbH\n"
    "Fliesen · Naturstein · Sanierung\nWanheimer Str. 112, 47053 Duisburg\nGeschäftsführer: Hasan Kaya\n"
    "Amtsgericht Duisburg HRB 31877 · USt-IdNr. DE318877452")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-15 (day 0), email 2025-09-22 17:40 CEST = 21:10 IST, local date 2025-09-22 = day 7, inside; L4 duplicate LO-INV-72112 -> 3999.00.")

r.case("tag8-zeitzone-berlin", LOB, [Mail(
    "Sven Hoffmann <s.hoffmann@t-online.de>", "Jahresabo zweimal abgebucht",
    at("2025-09-21 21:40", DE),
    "Hallo LeadsOptima-Team,\n\nich war die letzte Woche im Urlaub und sehe erst jetzt: das Jahresabo wurde am 14. "
    "September zweimal abgebucht, LO-INV-72121 und LO-INV-72122, jeweils 11.988 Rupien. Bitte die zweite "
    "Abbuchung (LO-INV-72122) zurückerstatten.\n\nBeste Grüße aus Friedrichshain\nSven Hoffmann")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-14 IST; email Sun 2025-09-21 21:40 CEST = 2025-09-22 01:10 IST, local date day 8 > 7: deny, although it is still day 7 in Berlin.")

r.case("drei-abbuchungen-bochum", LOB, [Mail(
    "Zahnarztpraxis Wójcik <info@zahnarzt-wojcik.de>", "Dreifache Abbuchung Monatsabo",
    at("2025-09-26 08:30", DE),
    "Guten Morgen,\n\nunsere Praxismanagerin hat gestern gesehen, dass das Monatsabo nicht einmal, sondern drei Mal "
    "belastet wurde, alle am 25.09. innerhalb von drei Minuten. Die Rechnungen LO-INV-72132 und LO-INV-72133 sind "
    "zu viel, die 72131 ist die richtige.\nBitte erstatten Sie die zwei zu viel abgebuchten Beträge auf die Karte.\n\n"
    "Mit freundlichen Grüßen\nDr. med. dent. Agnieszka Wójcik\nZahnarztpraxis Wójcik · Kortumstraße 40 · 44787 Bochum")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges: de_p07/08/09 on 2025-09-25, request 2025-09-26 (day 1); every charge after the first is a duplicate: 2 x 1499.00 = 2998.00.")

r.case("nach-kuendigung-belastet-hamburg", LOB, [Mail(
    "Jannik Petersen <jannik.petersen@posteo.de>", "Abbuchung nach Kündigung",
    at("2025-09-29 12:05", DE),
    "Moin,\n\nich hab das Monatsabo schon Anfang September gekündigt (über Billing, hab sogar nen Screenshot), trotzdem "
    "wurde am 27.09. wieder abgebucht, Rechnung LO-INV-72141. Das ist eine Abbuchung nach der Kündigung und "
    "muss zurück.\n\nBitte um Erstattung.\n\nJannik Petersen\nHamburg-Altona")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('abgebucht nach Kündigung') inside window (charge 2025-09-27, request 2025-09-29) -> L5 escalate, no amount. The cancellation is a past event (s.8), not a new request.")

r.case("schwaebisch-login", LOB, [Mail(
    "Lukas Brenner <lukas.brenner@gmx.net>", "komm ned nei",
    at("2025-09-27 10:20", DE),
    "Grüß Gott,\n\nseit Mittwoch komm i ums Verrecka ned ins Dashboard nei, Login lädt und lädt und dann kommt a weiße "
    "Seit. Passwort zurücksetza hab i au scho gmacht, bringt nix. Am 24. isch aber brav abbucht worra "
    "(LO-INV-72151).\n\nSo schaffa kann i ned. I hätt gern mei Geld zrück für den Monat.\n\nLukas Brenner, Esslingen")],
    "decided", [R("escalate")],
    spec="L2 access_failure (no login since Wednesday) inside L3 (charge 2025-09-24, request 2025-09-27, day 3) -> L6 escalate.")

r.case("suedtirol-zugang-zu-spaet", LOB, [Mail(
    "Verena Oberhofer <verena.oberhofer@dnet.it>", "Kein Zugang - Rückerstattung Jahresabo",
    at("2025-09-24 16:45", DE),
    "Sehr geehrtes Team,\n\nseit dem Abschluss des Jahresabos am 5. September kann ich mich nicht einloggen, die "
    "Plattform lädt bei mir einfach nicht. Ich habe es auf dem PC im Büro und auf dem Handy probiert. Da ich das "
    "Programm so nicht nutzen kann, ersuche ich um Rückerstattung der Rechnung LO-INV-72161.\n\n"
    "Freundliche Grüße aus Bruneck\nVerena Oberhofer\nSteuerberatung Oberhofer · Bruneck/Brunico")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-05, request 2025-09-24 = day 19 > 7 -> deny citing the 7-day rule.")

r.case("liechtenstein-nicht-mehr-benoetigt", LOB, [Mail(
    "Tobias Frick <tobias.frick@adon.li>", "Rückerstattung Quartalsabonnement",
    at("2025-09-28 09:50", DE),
    "Grüezi\n\nWir haben das Quartalsabonnement am 26.9. abgeschlossen, nun hat aber unser Verwaltungsrat entschieden, "
    "das Projekt nicht weiterzuverfolgen. Wir benötigen die Software deshalb nicht mehr und bitten um Rückerstattung "
    "der Rechnung LO-INV-72171. Genutzt haben wir sie ja noch gar nicht.\n\nFreundliche Grüsse\nTobias Frick\n"
    "Frick Treuhand Anstalt, Vaduz")],
    "decided", [R("deny")],
    spec="L1: 'no longer needed / not used' is none of the L2 reasons -> deny and offer cancellation (inside window does not matter).")

r.case("probephase-vormerkung", LOB, [Mail(
    "Ayşe Demir <ayse.demir@gmx.de>", "Geld zurück bitte",
    at("2025-09-30 13:10", DE),
    "Hallo,\n\nich bin noch in der Testphase (monatsplan test), trotzdem sehe ich auf meiner Kreditkarte eine Vormerkung "
    "von euch. Ich will das nicht bezahlen, bitte erstattet mir das Geld zurück. Ich dachte die Testphase ist kostenlos?\n\n"
    "Danke\nAyşe Demir\nBerlin-Neukölln")],
    "decided", [R("deny")],
    spec="L7: the ledger shows a trial account (trial_ends 2025-10-05) with no charges: nothing to refund -> deny; no billing unless they subscribe.")

r.case("kuendigung-formell-dortmund", LOB, [Mail(
    "Kerstin Schulte <kerstin.schulte@arcor.de>", "Kündigung meines Monatsabonnements",
    at("2025-09-16 20:15", DE),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Monatsabonnement bei LeadsOptima zum nächstmöglichen "
    "Zeitpunkt. Bitte bestätigen Sie mir die Kündigung sowie das Vertragsende schriftlich.\n\n"
    "Mit freundlichen Grüßen\nKerstin Schulte\nHainallee 7\n44139 Dortmund")],
    "decided", [K("cancel", "2025-10-11")],
    spec="L8: cancel, active until current_period_end 2025-10-11; the missing reason does not hold a LeadsOptima cancellation up.")

r.case("kuendigung-fallback-kiezkaffee", LOB, [Mail(
    "Kiezkaffee <hallo@kiezkaffee-berlin.de>", "abo kündigen",
    at("2025-09-25 15:30", DE),
    "Hi ihr,\n\nwir machen den Laden Ende Oktober zu (Mieterhöhung, lange Geschichte). Kündigt bitte unser Quartals-Abo, "
    "wir brauchen das dann nicht mehr.\n\nLiebe Grüße aus dem Wrangelkiez\nMarie vom Kiezkaffee")],
    "decided", [K("cancel", "2025-10-13")],
    spec="L8 fallback: no current_period_end in the ledger; last charge LO-INV-72201 on 2025-07-14 + 3 months - 1 day = 2025-10-13.")

r.case("kuendigen-und-restbetrag-reutlingen", LOB, [Mail(
    "Rolf Wagner <r.wagner@wagner-elektro.de>", "Kündigung Jahresvertrag + anteilige Erstattung",
    at("2025-09-18 07:35", DE),
    "Guten Tag,\n\nich übergebe meinen Elektrobetrieb zum Jahresende an meinen Nachfolger, der arbeitet mit einem "
    "anderen System. Deshalb kündige ich das Jahresabo und bitte um anteilige Erstattung für die Monate, die wir "
    "nicht mehr nutzen.\n\nMit freundlichen Grüßen\nRolf Wagner\nWagner Elektrotechnik e.K., Reutlingen")],
    "decided", [K("cancel", "2026-02-28"), R("deny")],
    spec="L8 cancel effective current_period_end 2026-02-28; the refund for unused months is L1 (no partial refunds), also outside L3 (charge 2025-03-01): deny.")

r.case("c2-gmail-handy-essen", LOB, [Mail(
    "Piotr L <p.lewandowski83@gmail.com>", "Abbuchung falsch",
    at("2025-09-20 18:22", DE),
    "Hallo ich schreib vom handy weil ich auf der baustelle bin. Mein account ist piotr@lewandowski-bau.de. "
    "Ihr habt zu viel abgebucht falscher betrag, bitte zurueck ueberweisen und sagt mir mal was da los ist mit meinem "
    "konto. Rechnung LO-INV-72221\n\nGruss Piotr")],
    "need_info", rules=["C2"],
    spec="C2: the request names registered email piotr@lewandowski-bau.de but comes from a gmail address: ask to write from the registered address, disclose nothing.")

r.case("c4-ruecklastschrift-kuendigung", LOB, [Mail(
    "Bernd Kasper <bernd.kasper@t-online.de>", "Falscher Betrag - letzte Warnung",
    at("2025-09-22 11:48", DE),
    "Sie haben mir 1.899 statt 1.499 abgebucht (LO-INV-72231). Das ist der falsche Betrag. Ich kündige hiermit "
    "sofort und will die Differenz zurück.\n\nWenn bis Freitag nichts passiert, lasse ich die Lastschrift über meine "
    "Bank zurückbuchen und gehe zur Verbraucherzentrale. Mein Anwalt ist informiert.\n\nB. Kasper, Hamburg-Harburg")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 (Rückbuchung über die Bank, Verbraucherzentrale, Anwalt) covers the whole case (s.8): refund and cancellation both escalate.")

r.case("abwesenheitsnotiz", LOB, [Mail(
    "Kerstin Schulte <kerstin.schulte@arcor.de>", "Abwesenheitsnotiz: Re: Ihre Kündigung [LO-5512]",
    at("2025-09-19 08:00", DE),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 03.10.2025 nicht im Büro und habe keinen Zugriff "
    "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Klein (0231 5566-12).\n\nMit freundlichen Grüßen\n"
    "Kerstin Schulte", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied out-of-office -> ignore.")

r.case("mailer-daemon-unzustellbar", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mout.web.de>", "Unzustellbar: Re: Ihre Anfrage zur Rückerstattung",
    at("2025-09-24 14:03", DE),
    "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte an einen oder mehrere Empfänger nicht "
    "zugestellt werden:\n\n  kevin.nowak@web.ed\n    Host or domain name not found\n",
    dsn=[[("Reporting-MTA", "dns; mout.web.de")],
         [("Final-Recipient", "rfc822; kevin.nowak@web.ed"), ("Action", "failed"), ("Status", "5.1.2")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender and a delivery-status report (RFC 3464) -> ignore.")

r.case("newsletter-list-id", LOB, [Mail(
    "Gründerzentrum Ruhr Newsletter <newsletter@gruenderzentrum-ruhr.de>", "Ihr Oktober-Update: Förderung, Events & Rückerstattung von Messegebühren",
    at("2025-09-30 07:00", DE),
    "Liebe Gründerinnen und Gründer,\n\nim Oktober erwartet Sie: Förderlotsen-Sprechstunde, Pitch-Abend in Essen und "
    "ein Workshop zur Rückerstattung von Messegebühren.\n\nAbmelden: https://gruenderzentrum-ruhr.example/abmelden",
    headers={"List-Id": "Gruenderzentrum Ruhr <news.gruenderzentrum-ruhr.de>", "Precedence": "bulk",
             "List-Unsubscribe": "<https://gruenderzentrum-ruhr.example/abmelden>"})],
    "ignore", rules=["C7"], spec="C7: List-Id and Precedence: bulk -> ignore, though it says 'Rückerstattung'.")

r.case("keine-erstattung-nur-rechnung", LOB, [Mail(
    "Anna Kowalczyk <anna.kowalczyk@o2online.de>", "Rechnung mit Firmenname",
    at("2025-09-17 10:05", DE),
    "Dzień dobry / Guten Tag,\n\nkurz zur Klarstellung, damit es kein Missverständnis gibt: ich möchte KEINE "
    "Rückerstattung und auch nicht kündigen, alles gut mit dem Programm. Ich brauche nur die Rechnung LO-INV-72321 "
    "noch einmal mit meinem Firmennamen (Kowalczyk Übersetzungen) für das Finanzamt.\n\nDanke und Grüße\nAnna Kowalczyk")],
    "other",
    spec="s.8 negation: 'KEINE Rückerstattung und auch nicht kündigen' adds no intent; an invoice-name request is other.")

r.case("vorab-frage-jahresabo", LOB, [Mail(
    "Felix Maurer <felix.maurer@web.de>", "Frog vorm Kaufa",
    at("2025-09-19 21:05", DE),
    "Hallo,\n\nbevor i des Jahresabo buch: wenn i nach zwoi Woche merk, dass es für mein Betrieb nix taugt, krieg i "
    "dann mei Geld zrück oder isch des weg? Und gibt's an Rabatt für Handwerker?\n\nGruß vom Bodensee\nFelix Maurer")],
    "other",
    spec="s.8 hypothetical before buying ('wenn i ... krieg i dann mei Geld zrück?'): a policy question, other.")

r.case("danke-gutschrift-erhalten", LOB, [Mail(
    "Kaya Fliesen GmbH - Buchhaltung <buchhaltung@kaya-fliesen.de>", "AW: Doppelte Abbuchung Quartalsabo [LO-5490]",
    at("2025-09-30 09:12", DE),
    "Sehr geehrte Damen und Herren,\n\ndie Gutschrift über die doppelte Abbuchung ist heute auf unserem Konto "
    "eingegangen. Vielen Dank für die schnelle Erledigung, damit ist der Vorgang für uns abgeschlossen.\n\n"
    "Mit freundlichen Grüßen\nEmine Kaya\nBuchhaltung\n\n-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support "
    "<support@leadsoptima.com>\nGesendet: Dienstag, 23. September 2025 10:02\nAn: buchhaltung@kaya-fliesen.de\n"
    "Betreff: Re: Doppelte Abbuchung Quartalsabo [LO-5490]\n\nIhre Erstattung über 3.999,00 INR wurde genehmigt ...",
    refs_extra=["<lo-5490-reply@leadsoptima.com>"])],
    "other", spec="A thank-you after a refund asks for nothing: other (no refund intent from the quoted history).")

hansen1 = Mail(
    "Hansen Logistik Einkauf <einkauf@hansen-logistik.de>", "Erstattung LO-INV-72241",
    at("2025-09-26 11:30", DE),
    "Sehr geehrte Damen und Herren,\n\nwir bitten um Erstattung der Rechnung LO-INV-72241 (Jahresabo).\n\n"
    "Für Rückfragen stehen wir Ihnen gerne zur Verfügung.\n\nMit freundlichen Grüßen\n\ni. A. Frauke Jessen\nEinkauf\n\n"
    "Hansen Logistik GmbH & Co. KG\nAm Sandtorkai 58 · 20457 Hamburg\nTel. +49 40 3344 120\n"
    "Sitz Hamburg, Registergericht Hamburg HRA 120934\nPers. haftende Gesellschafterin: Hansen Verwaltungs GmbH, HRB 88102\n\n"
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige "
    "Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und "
    "vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.")
r.case("grund-fehlt-signatur-disclaimer", LOB, [hansen1], "need_info", missing=["reason"],
       spec="C3/s.8: registered sender, plan from the ledger, invoice given; no reason (courtesy line, signature, Handelsregister, Vertraulichkeitshinweis are not reasons) -> ask for reason.")

yildiz1 = Mail(
    "Mehmet Yıldız <mehmet.yildiz@yildiz-umzuege.de>", "zweimal abgebucht",
    at("2025-09-25 22:40", TR),
    "Merhaba / Hallo,\n\nbin gerade im Urlaub in Antalya und sehe in der Banking-App, dass ihr das Monatsabo zweimal "
    "abgebucht habt, beide am 24.09. Bitte einmal zurück.\n\nMehmet Yıldız\nYıldız Umzüge, Hamburg-Wilhelmsburg")
r.case("rechnungsnr-fehlt-zwei-belastungen", LOB, [yildiz1], "need_info", missing=["invoice_number"],
       spec="L2 duplicate, registered sender, plan from the ledger; the sender has two charges, so the invoice is not filled from the ledger (s.1): ask for invoice_number. Sent from Turkey (+03:00).")

yildiz1b = Mail(yildiz1.frm, yildiz1.subject, yildiz1.when, yildiz1.body)
r.case("thread-rechnungsnr-nachgereicht", LOB, [yildiz1b, Mail(
    "Mehmet Yıldız <mehmet.yildiz@yildiz-umzuege.de>", "Re: zweimal abgebucht",
    at("2025-09-27 09:15", TR),
    "Die zweite ist LO-INV 72252\n\nGruß Mehmet\n\n> Am 26.09.2025 um 09:00 schrieb LeadsOptima Support:\n"
    "> Bitte nennen Sie uns die Rechnungsnummer der doppelten Abbuchung.",
    reply=yildiz1b, refs_extra=["<de-l23-bot-ask@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: the answer gives the duplicate's invoice (LO-INV 72252, s.8 matching); request time = first email 2025-09-25 22:40 +03:00 = 2025-09-26 01:10 IST (day 2); L4 approve 1499.00.")

hansen1b = Mail(hansen1.frm, hansen1.subject, hansen1.when, hansen1.body)
r.case("thread-grund-nachgereicht", LOB, [hansen1b, Mail(
    "Hansen Logistik Einkauf <einkauf@hansen-logistik.de>", "AW: Erstattung LO-INV-72241",
    at("2025-09-29 08:40", DE),
    "Guten Morgen,\n\nder Grund: das Dashboard lädt seit dem 26.09. bei keinem unserer Disponenten, wir haben keinen "
    "Zugang zur Plattform. Ihr Support hat das Ticket bisher nicht gelöst.\n\nMit freundlichen Grüßen\ni. A. Frauke Jessen\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support <support@leadsoptima.com>\nGesendet: Freitag, 26. September 2025 14:10\n"
    "Betreff: Re: Erstattung LO-INV-72241\n\nBitte teilen Sie uns den Grund Ihrer Erstattungsanfrage mit.",
    reply=hansen1b, refs_extra=["<de-l24-bot-ask@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="C3 thread: reason now access failure; request time = first email 2025-09-26, charge 2025-09-25 (day 1) -> L6 escalate.")

r.case("weiterleitung-sekretariat-c2", LOB, [Mail(
    "Sekretariat Baumann Gruppe <sekretariat@baumann-gruppe.de>", "WG: LeadsOptima doppelt bezahlt",
    at("2025-09-26 10:02", DE),
    "Liebe Kollegen vom Support,\n\nanbei die Nachricht von Herrn Baumann mit der Bitte um Erledigung.\n\n"
    "Mit freundlichen Grüßen\nSandra Wiesner\nSekretariat der Geschäftsführung\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Gerhard Baumann <g.baumann@baumann-gruppe.de>\n"
    "Gesendet: Donnerstag, 25. September 2025 18:47\nAn: Sekretariat <sekretariat@baumann-gruppe.de>\n"
    "Betreff: LeadsOptima doppelt bezahlt\n\nFrau Wiesner,\nLeadsOptima hat das Jahresabo zweimal abgebucht "
    "(LO-INV-72256 ist doppelt). Mein Konto dort ist g.baumann@baumann-gruppe.de. Bitte kümmern Sie sich um die "
    "Erstattung.\nGB")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the forwarded request names registered email g.baumann@baumann-gruppe.de, the sender is the secretariat: C2, ask for the request from that address.")

r.case("fw-outlook-eigene-mail-approve", LOB, [Mail(
    "Szymański Transporte Rechnungswesen <rechnung@szymanski-transporte.de>", "FW: Jahresabo doppelt - LO-INV-72262",
    at("2025-09-29 08:05", DE),
    "Hallo,\n\nsiehe unten, bitte die doppelte Zahlung erstatten.\n\nM. Szymański\n\n"
    "________________________________\nVon: Rechnungswesen <rechnung@szymanski-transporte.de>\n"
    "Gesendet: Samstag, 27. September 2025 13:20\nAn: leadsoptima billing <billing@leadsoptima.com>\n"
    "Betreff: Jahresabo doppelt - LO-INV-72262\n\nSehr geehrte Damen und Herren,\n\nheute wurde unser Jahresabo zweimal "
    "abgebucht, LO-INV-72261 und LO-INV-72262, jeweils 11.988,00. Die 72262 ist doppelt.\nBitte um Prüfung und "
    "Rückzahlung.\n\nMarek Szymański\nSzymański Transporte, Dortmund")],
    "decided", [R("approve", "11988.00")],
    spec="s.8 forward from the registered address itself (no C2); L4: LO-INV-72261/72262 same period 2025-09-27, request 2025-09-29 (day 2) -> 11988.00.")

r.case("bereits-erstattet-escalate", LOB, [Mail(
    "Hanspeter Nigg <h.nigg@powersurf.li>", "Doppelbelastung 22.09.",
    at("2025-09-24 14:30", DE),
    "Grüezi miteinander\n\nAm 22.9. wurde das Monatsabo doppelt belastet. Die doppelte Belastung ist die Rechnung "
    "LO-INV-72271. Ich bitte um Rückvergütung.\n\nFreundliche Grüsse\nHanspeter Nigg\nSchaan FL")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-72271 has status refunded in the ledger (and only one paid charge), so the refund is escalated, never approved.")

r.case("falscher-plan-jahres-statt-monat", LOB, [Mail(
    "Sabine Kroll <sabine.kroll@alice-dsl.net>", "Falscher Tarif abgerechnet",
    at("2025-09-26 19:55", DE),
    "Guten Abend,\n\nich habe mich für den Monatstarif angemeldet, abgerechnet wurde aber der Jahrestarif "
    "(LO-INV-72281, 11.988 statt 1.499). Das ist ein Fehler bei der Abrechnung, bitte korrigieren und den "
    "Unterschied erstatten.\n\nViele Grüße\nSabine Kroll\nPinneberg", to="billing@leadsoptima.com")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside L3 (charge 2025-09-25, request 2025-09-26) -> L5 escalate.")

r.case("ulm-doppelt-und-kuendigen", LOB, [Mail(
    "Backstube Maier <info@backstube-maier.de>", "doppelt abbucht + Kündigung",
    at("2025-09-29 05:45", DE),
    "Morga,\n\nbei uns isch des Monatsabo am Sonntag zwoimal abbucht worra, LO-INV-72291 und LO-INV-72292. Die zwoite "
    "bitte zrück.\nUnd weil mir eh bloß an Kunde pro Woch drüber kriegt hen: bitte glei kündiga, zum Ende vom Monat "
    "halt.\n\nGruß aus Ulm\nKarl Maier, Backstube Maier")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-27")],
    spec="L4 duplicate LO-INV-72292 (2025-09-28, request 2025-09-29 day 1) -> 1499.00; L8 cancel effective current_period_end 2025-10-27. Baker writing at 05:45.")

r.case("gemischte-anliegen-zugang", LOB, [Mail(
    "RheinRuhr Immobilien <team@rheinruhr-immobilien.de>", "Mehrere Punkte: Zugang, Nutzer, Rechnungsadresse",
    at("2025-09-30 16:20", DE),
    "Hallo zusammen,\n\nmehrere Sachen auf einmal, sorry:\n\n1. Seit Montag kann sich keiner von uns einloggen "
    "(\"Session expired\" in Dauerschleife). Für die Zeit ohne Zugang hätten wir gern das Geld für das Quartal zurück "
    "(Rechnung LO-INV-72301).\n2. Könnt ihr einen zweiten Benutzer für unsere Kollegin anlegen? "
    "anna.berg@rheinruhr-immobilien.de\n3. Neue Rechnungsadresse ab Oktober: Rüttenscheider Str. 200, 45131 Essen.\n\n"
    "Danke euch!\nDaniel Kühn\nRheinRuhr Immobilien")],
    "decided", [R("escalate")],
    spec="L2 access_failure inside L3 (charge 2025-09-25, request 2025-09-30 = day 5) -> L6 escalate; the user and address requests add no refund/cancellation intent.")

r.case("html-gmx-doppelt", LOB, [Mail(
    "Lena Brandt <kontakt@brandt-fotografie.de>", "Doppelte Zahlung", at("2025-09-30 11:11", DE), None,
    html="<html><body><div style=\"font-family:Verdana\">Hallo,<br><br>gestern früh wurden mir <b>2 x 1.499,00</b> für das "
         "Monatsabo abgebucht (Rechnungen LO-INV-72311 und <b>LO-INV-72312</b>). Das ist eine doppelte Zahlung.<br>"
         "Bitte die LO-INV-72312 erstatten.<br><br>Liebe Grüße<br>Lena Brandt<br><i>Brandt Fotografie · Berlin-"
         "Prenzlauer Berg</i></div><div><img src=\"cid:logo\" alt=\"Logo\"></div></body></html>")],
    "decided", [R("approve", "1499.00")],
    spec="HTML-only mail; L4: LO-INV-72311/72312 same period on 2025-09-29, request 2025-09-30 (day 1) -> 1499.00.")

r.case("wuetend-zitierter-verlauf", LOB, [Mail(
    "Jens Hartmann <jens.hartmann@unitybox.de>", "AW: AW: Login geht nicht [LO-5467]",
    at("2025-09-26 18:10", DE),
    "Das ist jetzt meine DRITTE Mail. Seit dem 20. komme ich nicht rein, kein Zugriff, nix. Ihr schreibt mir "
    "\"Cache leeren\". Hab ich. Dreimal. Ich will mein Geld für diesen Monat zurück (LO-INV-72331), Schluss.\n\n"
    "Jens Hartmann\n\n-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support <support@leadsoptima.com>\n"
    "Gesendet: Mittwoch, 24. September 2025 11:30\nBetreff: Re: AW: Login geht nicht [LO-5467]\n\n"
    "Bitte leeren Sie den Browser-Cache und versuchen Sie es erneut.\n\n-----Ursprüngliche Nachricht-----\n"
    "Von: Jens Hartmann\nGesendet: Montag, 22. September 2025 09:02\nBetreff: Login geht nicht\n\n"
    "Login geht seit Samstag nicht. Bitte fixen.",
    refs_extra=["<lo-5467-a@unitybox.de>", "<lo-5467-b@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="L2 access_failure; charge 2025-09-19; this email 2025-09-26 18:10 CEST = 21:40 IST, day 7 (and the quoted first report of 2025-09-22 is day 3): inside L3 either way -> L6 escalate.")

r.case("oezdemir-steuerfrage", LOB, [Mail(
    "Özdemir KFZ-Service <info@oezdemir-kfz.de>", "Frage zur Rechnung",
    at("2025-09-12 17:30", DE),
    "Guten Tag,\n\nauf der Rechnung LO-INV-72341 steht 3.999 plus 719,82 Steuer. Ist die Steuer bei euch schon "
    "drin oder kommt die noch extra über die Kreditkarte? Unser Steuerberater will das wissen. Sonst ist alles "
    "in Ordnung, wir sind zufrieden.\n\nMit freundlichen Grüßen\nSerkan Özdemir\nÖzdemir KFZ-Service, Gelsenkirchen-Horst")],
    "other", spec="An invoice question that asks for nothing (no refund, no cancellation): other.")

# ======================= Optima WebDesign =======================
r.case("owd-discovery-ohne-start", OWB, [Mail(
    "Kowalski Backwaren <biuro@kowalski-backwaren.de>", "Refund Request — Kowalski Backwaren Relaunch",
    at("2025-09-23 09:40", DE), brand=OWB, body=
    "Dzień dobry, guten Tag,\n\nfür das Projekt \"Kowalski Backwaren Relaunch\" haben wir am 20.09. die "
    "Discovery-Gebühr bezahlt. Leider hat uns die Bank den Kredit für die Filialerweiterung abgesagt, deshalb "
    "legen wir das ganze Relaunch-Projekt auf Eis. Ein Termin hat noch nicht stattgefunden.\n\nWir bitten um "
    "Rückerstattung.\n\nMit freundlichen Grüßen\nTomasz Kowalski\nKowalski Backwaren, Gelsenkirchen-Buer")],
    "decided", [R("approve", "12000.00")],
    spec="O1: discovery OWD-2025-201 (the project's only payment, so the invoice is filled from the ledger), work_started_at empty -> full refund 12000.00 before tax (C6).")

r.case("owd-discovery-gestartet", OWB, [Mail(
    "Praxis Dr. Lindqvist <praxis@lindqvist-hh.de>", "Erstattung Strategie-Workshop OWD-2025-202",
    at("2025-09-19 13:15", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir haben den Strategie-Workshop (Projekt Praxis Lindqvist, Rechnung "
    "OWD-2025-202) nach dem ersten Termin am 12.09. abgebrochen, weil die Ergebnisse nicht zu unserer Praxis passen. "
    "Wir bitten um Erstattung der Gebühr.\n\nMit freundlichen Grüßen\nDr. Nils Lindqvist\nHamburg-Eppendorf")],
    "decided", [R("deny")],
    spec="O1: discovery work started 2025-09-12 before the request (2025-09-19) -> deny.")

r.case("owd-anzahlung-50h", OWB, [Mail(
    "Yilmaz Events <info@yilmaz-events.de>", "Stornierung Anzahlung Yilmaz Events Website",
    at("2025-09-26 09:10", DE), brand=OWB, body=
    "Guten Morgen,\n\nwir haben am Mittwoch die Anzahlung für die \"Yilmaz Events Website\" überwiesen "
    "(OWD-2025-203, 25.000 + MwSt.). Mein Bruder hat jetzt doch über einen Bekannten eine Website bekommen, wir "
    "brauchen das Projekt nicht mehr. Bitte die Anzahlung zurück, ihr habt ja noch nicht angefangen.\n\n"
    "Danke und Gruß\nSerkan Yılmaz\nYilmaz Events & Catering, Berlin-Kreuzberg")],
    "decided", [R("approve", "25000.00")], extra_ok=True,
    spec="O2: paid 2025-09-24 10:00 IST, email 2025-09-26 09:10 CEST = 12:40 IST (50 h 40 min) < 72 h, no work started -> 25000.00 before tax.")

r.case("owd-anzahlung-genau-72h", OWB, [Mail(
    "Weingut Pichler <info@weingut-pichler.it>", "Rücktritt Onlineshop - Anzahlung OWD-2025-204",
    at("2025-09-18 10:30", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nnach Rücksprache mit unserem Kellermeister treten wir vom Projekt "
    "\"Weingut Pichler Onlineshop\" zurück, wir verkaufen heuer weiter nur ab Hof und über die Kellerei. "
    "Wir ersuchen um Rückzahlung der Anzahlung laut Rechnung OWD-2025-204.\n\nMit freundlichen Grüßen\n"
    "Johanna Pichler\nWeingut Pichler · Kaltern an der Weinstraße (BZ)")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 + s.8: paid 2025-09-15 14:00 IST, email 2025-09-18 10:30 CEST = 14:00 IST, exactly 72 h -> not before 72 h -> deny.")

r.case("owd-anzahlung-arbeit-begonnen", OWB, [Mail(
    "Autohaus Brenner Marketing <marketing@autohaus-brenner.de>", "Anzahlung Landingpages zurück",
    at("2025-09-27 10:45", DE), brand=OWB, body=
    "Hallo,\n\nbezüglich Projekt \"Autohaus Brenner Landingpages\", Rechnung OWD-2025-205: unsere Geschäftsleitung "
    "hat das Budget für Q4 gestrichen. Wir möchten die Anzahlung zurückhaben.\n\nViele Grüße\nDaniela Brenner\n"
    "Autohaus Brenner GmbH, Stuttgart-Feuerbach")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-25 11:00, request within 72 h, but work started 2025-09-26 10:00 before the request -> deny (whichever first).")

r.case("owd-meilenstein-nicht-begonnen", OWB, [Mail(
    "Hafenkontor Projekte <projekte@hafenkontor.de>", "Refund Request — Hafenkontor Relaunch / OWD-2025-207",
    at("2025-09-24 14:00", DE), brand=OWB, body=
    "Moin,\n\nwir ziehen die Entwicklung (Meilenstein 2, Rechnung OWD-2025-207) intern zu unserer eigenen IT. "
    "Mit dem Meilenstein habt ihr laut Projektplan noch nicht begonnen. Bitte erstattet uns den Betrag von "
    "35.000,00 zzgl. USt.\n\nBeste Grüße\nJohanna Claussen\nHafenkontor GmbH, Hamburg-Speicherstadt")],
    "decided", [R("approve", "35000.00")],
    spec="O3: milestone OWD-2025-207 not_started -> refund that milestone's amount 35000.00 before tax.")

r.case("owd-meilenstein-in-arbeit", OWB, [Mail(
    "Hafenkontor Projekte <projekte@hafenkontor.de>", "Content-Meilenstein OWD-2025-208 stornieren",
    at("2025-09-25 15:30", DE), brand=OWB, body=
    "Moin nochmal,\n\nauch den Content-Meilenstein (Hafenkontor Relaunch, OWD-2025-208) wollen wir zurückgeben, "
    "unsere Marketingabteilung schreibt die Texte jetzt selbst. Bitte erstattet, was noch nicht gemacht wurde.\n\n"
    "Beste Grüße\nJohanna Claussen")],
    "decided", [R("escalate")], extra_ok=True,
    spec="O3: milestone OWD-2025-208 in_progress -> escalate (billable value of work not started needs a person).")

r.case("owd-meilenstein-abgenommen", OWB, [Mail(
    "Hafenkontor Projekte <projekte@hafenkontor.de>", "Design-Meilenstein OWD-2025-206",
    at("2025-09-25 15:42", DE), brand=OWB, body=
    "Und noch was: Das Design (OWD-2025-206, Hafenkontor Relaunch) gefällt unserem neuen Geschäftsführer "
    "überhaupt nicht. Wir hätten dafür gern das Geld zurück.\n\nJohanna Claussen")],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-206 approved -> deny (approved milestones are non-refundable).")

r.case("owd-retainer-frist-ok-li", OWB, [Mail(
    "Bergbahnen Malbun Marketing <marketing@malbun-bahnen.li>", "Kündigung Retainer OWD-2025-209",
    at("2025-09-22 08:55", DE), brand=OWB, body=
    "Grüezi\n\nWir kündigen den Betreuungsvertrag \"Bergbahnen Malbun Retainer\" (Rechnung OWD-2025-209). Grund: "
    "Die Wintersaison-Kampagne übernimmt ab sofort eine Agentur aus Buchs.\n\nFreundliche Grüsse\n"
    "Corinne Beck\nBergbahnen Malbun AG, Triesenberg")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-22 <= 2025-10-08 (7 days' notice) -> cancel, effective the day before: 2025-10-14.")

r.case("owd-retainer-zu-kurzfristig", OWB, [Mail(
    "Ruhrpott Kicker e.V. Vorstand <vorstand@ruhrpott-kicker.de>", "Kündigung SEO Betreuung",
    at("2025-09-30 20:30", DE), brand=OWB, body=
    "Hallo Optima-Team,\n\nder Vorstand hat gestern Abend beschlossen, die SEO-Betreuung (Projekt \"Ruhrpott Kicker "
    "SEO\", Rechnung OWD-2025-210) zu kündigen. Die Vereinskasse gibt das nicht mehr her, die Mitgliedsbeiträge "
    "sind eingebrochen.\n\nGlück auf!\nUwe Szczepanski, 1. Vorsitzender\nRuhrpott Kicker e.V., Herne")],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; notice deadline 2025-09-28; request 2025-09-30 (20:30 CEST = 2025-10-01 00:00 IST) is late -> next cycle 2025-10-05..2025-11-04 billed, effective 2025-11-04.")

r.case("owd-retainer-genau-7-tage", OWB, [Mail(
    "Brezelmanufaktur <chef@brezelmanufaktur.de>", "Kündigung Social Media",
    at("2025-09-26 10:00", DE), brand=OWB, body=
    "Grüß Gott,\n\nmir kündiget den Vertrag \"Brezelmanufaktur Social\" (OWD-2025-211). Die Instagram-Sach macht ab "
    "jetzt mei Tochter, die kann des besser als mir alle zsamma.\n\nMit freundliche Grüß\nGottlob Häberle\n"
    "Brezelmanufaktur Häberle, Stuttgart-Bad Cannstatt")],
    "decided", [K("cancel", "2025-10-02")],
    spec="O4 boundary: next_billing_at 2025-10-03; request date 2025-09-26 = 2025-10-03 minus 7 days -> enough notice; effective 2025-10-02.")

r.case("owd-retainer-vorausbezahlt", OWB, [Mail(
    "Alsterblick Immobilien <buero@alsterblick-immo.de>", "Kündigung Website-Betreuung Alsterblick",
    at("2025-09-27 11:25", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir die laufende Betreuung (Projekt \"Alsterblick Immobilien "
    "Betreuung\", zuletzt Rechnung OWD-2025-213) zum nächstmöglichen Termin. Grund: Wir fusionieren zum 1.11. mit "
    "einem anderen Makler, der eine eigene Website hat.\n\nMit freundlichen Grüßen\nKatrin Lüders\nAlsterblick Immobilien, Hamburg-Uhlenhorst")],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: OWD-2025-213 already pays 2025-10-10..2025-11-09 and the notice (2025-09-27 vs 2025-10-10) is >= 7 days -> escalate.")

r.case("owd-hosting-14-tage-meran", OWB, [Mail(
    "Pension Alpenrose <info@alpenrose-meran.it>", "Hosting kündigen und Rückerstattung OWD-2025-214",
    at("2025-09-29 17:10", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nwir haben am 22.09. das Jahreshosting für \"Pension Alpenrose Hosting\" begonnen. "
    "Unser Tourismusverein bietet den Mitgliedern jetzt kostenloses Hosting an, deshalb möchten wir das Hosting "
    "kündigen und den anteiligen Betrag zurückerhalten.\n\nMit freundlichen Grüßen\nFamilie Gamper\nPension Alpenrose, Meran/Merano")],
    "decided", [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-29 (day 7 <= 14); 18000 - 2400 setup - (15600/12 = 1300) x 1 = 14300.00.")

r.case("owd-wartung-tag14-rundung", OWB, [Mail(
    "Tischlerei Nowicki <tischlerei@nowicki-holz.de>", "Wartungsvertrag OWD-2025-215 Rücktritt",
    at("2025-09-29 09:00", DE), brand=OWB, body=
    "Guten Tag,\n\nwir treten vom Wartungsvertrag \"Tischlerei Nowicki Wartung\" (OWD-2025-215) zurück und bitten um "
    "die anteilige Erstattung. Grund: Mein Schwiegersohn ist Informatiker und übernimmt die Wartung der Seite ab sofort.\n\n"
    "Pozdrawiam / Mit freundlichen Grüßen\nJerzy Nowicki\nTischlerei Nowicki, Bochum-Wattenscheid")],
    "decided", [R("approve", "7791.67")], extra_ok=True,
    spec="O5: service_start 2025-09-15, request 2025-09-29 = day 14 (inside); 10000 - 1500 - 8500/12 (708.333...) = 7791.666... -> 7791.67 rounded once (C6).")

r.case("owd-hosting-nach-14-tagen", OWB, [Mail(
    "Salon Aydın <salon.aydin@gmx.de>", "hosting kuendigen geld zurueck",
    at("2025-09-19 19:40", DE), brand=OWB, body=
    "hallo\nich will das hosting fuer Salon Aydin Website kuendigen und das geld zurueck haben rechnung OWD-2025-216. "
    "der laden laeuft nicht so gut, brauche keine website mehr, instagram reicht\n\ngruss Gülay Aydın\nSalon Aydın Berlin-Wedding")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-19 = day 18 > 14 -> deny the refund.")

r.case("owd-domain-ssl-drittanbieter", OWB, [Mail(
    "Elbe Segelschule <info@elbe-segelschule.de>", "Erstattung Domain und SSL",
    at("2025-09-24 18:00", DE), brand=OWB, to="Optima WebDesign Buchhaltung <billing@optimawebdesign.com>", body=
    "Moin moin,\n\nfür die Elbe Segelschule Website habt ihr uns die Domain und das SSL-Zertifikat berechnet "
    "(OWD-2025-217). Wir haben aber schon eine Domain bei unserem alten Provider, das war doppelt gemoppelt. "
    "Bitte das Geld dafür zurück.\n\nAhoi\nKnut Matthiesen, Segelschule Blankenese")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-217 is third_party (domain, SSL) -> never refundable: deny.")

r.case("owd-eilzuschlag-li", OWB, [Mail(
    "Rheintal Messe Events <events@rheintal-messe.li>", "Eilzuschlag Microsite OWD-2025-218",
    at("2025-09-26 14:35", DE), brand=OWB, body=
    "Grüezi\n\nDie Messe wurde auf das Frühjahr verschoben, der Eilzuschlag für die \"Rheintal Messe Microsite\" "
    "(OWD-2025-218) war somit unnötig. Wir bitten um Rückvergütung des Zuschlags.\n\nFreundliche Grüsse\nMarco Büchel\nRheintal Messe AG, Vaduz")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-218 is a rush fee -> never refundable: deny.")

r.case("owd-c2-private-adresse", OWB, [Mail(
    "Johanna Claussen <jo.claussen@gmail.com>", "Hafenkontor - Erstattung Meilenstein",
    at("2025-09-27 12:30", DE), brand=OWB, body=
    "Moin, schreibe vom Privat-Account, weil Outlook im Büro streikt. Bitte den Meilenstein OWD-2025-207 vom "
    "Hafenkontor Relaunch zurückerstatten (wir machen die Entwicklung selbst) und mir sagen, welche Zahlungen noch offen "
    "sind.\n\nJohanna")],
    "need_info", rules=["C2"],
    spec="C2 (Optima, explicit): contract email is projekte@hafenkontor.de, the mail comes from a private gmail address -> ask to write from the contract email, disclose nothing.")

r.case("owd-c4-anwalt", OWB, [Mail(
    "Ironworks Gym <info@ironworks-essen.de>", "Anzahlung zurück - sonst Anwalt",
    at("2025-09-29 19:05", DE), brand=OWB, body=
    "Hallo,\n\nich will die Anzahlung für \"Ironworks Gym Essen\" (OWD-2025-219) zurück, wir eröffnen das Studio nicht. "
    "Wenn das Geld nicht bis Freitag da ist, übergebe ich das meinem Anwalt und mache eine Rückbuchung bei der Bank.\n\n"
    "Dennis Kowalewski\nIronworks Gym, Essen-Steele")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: lawyer and chargeback threat -> escalate, although O2 alone would approve (paid 2025-09-28, request within 72 h, no work).")

kessler1 = Mail(
    "Weinstube Kessler <kessler@weinstube-kessler.de>", "Kündigung Social-Media-Betreuung",
    at("2025-09-24 15:05", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich die Social-Media-Betreuung \"Weinstube Kessler Social Media\" "
    "(Rechnung OWD-2025-220) fristgerecht.\n\nBitte bestätigen Sie den Eingang.\n\nMit freundlichen Grüßen\n"
    "Hildegard Kessler\nWeinstube Kessler · Esslingen am Neckar\n--\nGesendet mit der WEB.DE Mail App")
r.case("owd-kuendigung-ohne-grund", OWB, [kessler1], "need_info", missing=["reason"],
       spec="s.8 Optima requires a reason for cancellations too; 'fristgerecht', 'bitte bestätigen' and the signature are not reasons -> ask for reason.")

kessler1b = Mail(kessler1.frm, kessler1.subject, kessler1.when, kessler1.body, brand=OWB)
r.case("owd-thread-grund-nachgereicht", OWB, [kessler1b, Mail(
    "Weinstube Kessler <kessler@weinstube-kessler.de>", "Re: Kündigung Social-Media-Betreuung",
    at("2025-09-26 10:30", DE), brand=OWB, body=
    "Guten Tag,\n\nder Grund: Unsere Enkelin macht Instagram und Facebook ab Oktober selbst, wir brauchen die "
    "Betreuung nicht mehr.\n\nH. Kessler\n\nAm 25.09.2025 schrieb Optima WebDesign:\n> Bitte nennen Sie uns den Grund "
    "Ihrer Kündigung.",
    reply=kessler1b, refs_extra=["<de-owd-kessler-ask@optimawebdesign.com>"])],
    "decided", [K("cancel", "2025-10-19")],
    spec="C3 thread: reason supplied; request time = first email 2025-09-24 <= 2025-10-13 (next_billing_at 2025-10-20 minus 7) -> cancel effective 2025-10-19.")

r.case("owd-rechnungsnr-fehlt-mehrere", OWB, [Mail(
    "Hafenkontor Projekte <projekte@hafenkontor.de>", "Erstattung Entwicklung",
    at("2025-09-23 16:40", DE), brand=OWB, body=
    "Moin,\n\nfür den Hafenkontor Relaunch möchten wir die Zahlung für die Entwicklung zurück, weil unsere eigene IT "
    "das jetzt übernimmt. Die Rechnungsnummer habe ich gerade nicht zur Hand.\n\nBeste Grüße\nJohanna Claussen")],
    "need_info", missing=["invoice_number"],
    spec="C3: contract sender, project and reason given; the project has three payments, so the invoice is not filled from the ledger -> ask for invoice_number.")

r.case("owd-aenderungswunsch", OWB, [Mail(
    "Sklep Polski Berlin <kontakt@sklep-polski-berlin.de>", "Zwrot / Erstattung Zusatzauftrag OWD-2025-221",
    at("2025-09-25 12:50", DE), brand=OWB, body=
    "Guten Tag,\n\nfür den \"Sklep Polski Berlin Shop\" haben wir die zweisprachige Version (Polnisch/Deutsch) als "
    "Zusatzauftrag bestellt, Rechnung OWD-2025-221. Jetzt sagt unsere Kundschaft, polnisch reicht. Wir möchten den "
    "Zusatzauftrag stornieren und das Geld zurück.\n\nZ poważaniem / Mit freundlichen Grüßen\nMałgorzata Nowak\nSklep Polski, Berlin-Moabit")],
    "decided", [R("deny")], extra_ok=True,
    spec="O6: OWD-2025-221 is a change_request outside the original scope -> never refundable: deny.")

r.case("owd-reverse-charge-frage", OWB, [Mail(
    "Gasthof Ritten <info@gasthof-ritten.it>", "Rechnung OWD-2025-222 - Reverse Charge",
    at("2025-09-17 09:30", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nunser Steuerberater in Bozen bittet darum, die Rechnung OWD-2025-222 (Gasthof "
    "Ritten Website) mit unserer italienischen MwSt.-Nummer IT02874510214 und dem Vermerk \"Reverse Charge\" neu "
    "auszustellen. Mit der Website selbst sind wir sehr zufrieden, danke nochmals!\n\nMit freundlichen Grüßen\n"
    "Paul Mayr\nGasthof Ritten, Klobenstein/Collalbo")],
    "other", spec="Invoice re-issue request, no refund or cancellation: other.")

r.case("owd-discovery-weitergeleitet-c2", OWB, [Mail(
    "Tomasz Kowalski <t.kowalski@wp.pl>", "Fwd: Refund Request — Kowalski Backwaren Relaunch",
    at("2025-09-24 20:10", DE), brand=OWB, body=
    "Hallo, hier nochmal von meiner privaten Adresse, bitte schnell bearbeiten.\n\n"
    "---------- Forwarded message ---------\nVon: Kowalski Backwaren <biuro@kowalski-backwaren.de>\n"
    "Date: Di., 23. Sept. 2025 um 09:40 Uhr\nSubject: Refund Request — Kowalski Backwaren Relaunch\n"
    "To: <optimawebdesigns12@gmail.com>\n\nfür das Projekt \"Kowalski Backwaren Relaunch\" haben wir am 20.09. die "
    "Discovery-Gebühr bezahlt. Leider hat uns die Bank den Kredit abgesagt, deshalb legen wir das Projekt auf Eis. "
    "Wir bitten um Rückerstattung.\nTomasz Kowalski")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request is from contract email biuro@kowalski-backwaren.de; the sender is a private wp.pl address -> ask for the request from the contract email.")


# ---- addresses (s.8), C1 and C7 (own address) ----
r.case("grossbuchstaben-adresse-kuendigung", LOB, [Mail(
    "KEVIN NOWAK <Kevin.Nowak@WEB.DE>", "KUENDIGUNG", at("2025-09-28 14:02", DE),
    "HALLO\nBITTE MEIN ABO KUENDIGEN ZUM ENDE VOM MONAT. HAB JETZT NEN NEUEN JOB BEI THYSSEN, BRAUCH DAT NICH MEHR.\n"
    "KEVIN\n\nVon meinem iPhone gesendet")],
    "decided", [K("cancel", "2025-10-19")],
    spec="s.8 addresses compare case-insensitively: Kevin.Nowak@WEB.DE is the registered kevin.nowak@web.de; L8 cancel effective current_period_end 2025-10-19.")

r.case("reply-to-verifiziert-nicht", LOB, [Mail(
    "Kerstin Schulte <kerstin.schulte1970@gmail.com>", "Kündigung und Rechnungskopie", at("2025-09-17 19:20", DE),
    "Guten Abend,\n\nich schreibe von meiner privaten Adresse, Antworten bitte an meine registrierte Adresse "
    "(steht im Antwort-an). Ich kündige mein Abo und hätte gern eine Übersicht aller bisherigen Abbuchungen.\n\n"
    "Kerstin Schulte", headers={"Reply-To": "kerstin.schulte@arcor.de"})],
    "need_info", rules=["C2"],
    spec="s.8: the sender is the From address; Reply-To never verifies anyone. From a gmail address for the account kerstin.schulte@arcor.de -> C2, disclose nothing.")

r.case("eigene-adresse-noreply", LOB, [Mail(
    "LeadsOptima <noreply@leadsoptima.com>", "Zahlungsbestätigung LO-INV-72102 / Erstattung veranlasst",
    at("2025-09-24 06:30", (5, 30)),
    "Hallo Kevin,\n\ndeine Erstattung über 1.499,00 INR für LO-INV-72102 wurde veranlasst.\n\nDein LeadsOptima-Team",
    to="support@leadsoptima.com")],
    "ignore", rules=["C7"], spec="C7: mail from the brand's own address (noreply@leadsoptima.com) -> ignore.")

r.write(ledger)
