"""fresh30_de: German held-out cases (East Frisia and Low German, Mecklenburg, Hanover, Namibia, East Belgium;
German written by Turkish-, Polish- and Russian-German speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (names, firms and addresses are invented)."""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (IST, LOB, OWB, Mail, K, R, Round, at, check, cust, day_no, hours, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
DE = 2      # CEST (Germany, East Belgium) in September 2025
NA = 2      # Namibia (CAT, no summer time)
RU = 3      # Moscow
TR = 3      # Turkey

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
PAID = {}


def pay(rec):
    PAY.append(rec)
    PAID[rec["invoice"]] = rec
    return rec


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), ROUND_HALF_UP))


# ---------------- LeadsOptima ledger ----------------
C += [
    cust("okko.janssen@ewetel.net", "Okko Janssen", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("h.vonwielligh@iway.na", "Hartmut von Wielligh", "annual", start="2025-09-17", end="2026-09-16"),
    cust("info@pension-seewind.com.na", "Pension Seewind Swakopmund", "quarterly", start="2025-09-20", end="2025-12-19"),
    cust("kasse@tsv-linden1893.de", "TSV Linden von 1893 e.V.", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("kontakt@dach-zielinski.de", "Dachdeckerei Zieliński", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("emre@fluxcart.io", "FluxCart UG (haftungsbeschränkt)", "annual", start="2025-09-25", end="2026-09-24"),
    cust("w.becker.cloppenburg@gmx.de", "Waldemar Becker", "quarterly", start="2025-09-23", end="2025-12-22"),
    cust("anke.moeller@rostock-web.de", "Anke Möller", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("info@velo-kreutz.be", "Velo Kreutz Eupen", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("hello@taskloom.de", "Taskloom GmbH i.G.", "monthly", status="trial", trial_ends="2025-10-08"),
    cust("buero@ostseecamping-lubmin.de", "Ostseecamping Lubmin", "quarterly", start="2025-08-15", end="2025-11-14"),
    cust("gaestefarm@kalahari-sonne.na", "Gästefarm Kalahari Sonne", "annual"),
    cust("sekretariat@notariat-wismar.de", "Notariat Dr. Reinke Wismar", "annual", start="2025-03-10", end="2026-03-09"),
    cust("info@tischlerei-eilers.de", "Tischlerei Eilers", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("kontakt@ferienhof-harms.de", "Ferienhof Harms", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("fenna.ubben@t-online.de", "Fenna Ubben", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("lena.schaefer@posteo.de", "Lena Schäfer (Lingen)", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("kassenwart@shantychor-norden.de", "Shantychor Norden e.V.", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("kontakt@pflegedienst-gerber.de", "Pflegedienst Gerber", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("info@autoglas-arslan.de", "Autoglas Arslan", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("info@hof-meyerdierks.de", "Hof Meyer-Dierks", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("office@pixelwerft-hannover.de", "Pixelwerft Hannover", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("j.klassen@klassen-montage.de", "Johann Klassen Montagebau", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("nadine.kowalski@web.de", "Nadine Kowalski", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("info@fahrschule-doerte.de", "Fahrschule Dörte Wessels", "quarterly"),
    cust("praxis@physio-schwerin.de", "Physiotherapie am Pfaffenteich", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("info@buchhandlung-ahrens.de", "Buchhandlung Ahrens Celle", "annual", start="2025-01-15", end="2026-01-14"),
    cust("dmitri.wolf@wolf-logistik.de", "Dmitri Wolf", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("kerstin.luebbers@ewe.net", "Kerstin Lübbers", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("vorstand@kleingarten-eupen.be", "Kleingartenverein Eupen-Unterstadt", "monthly", start="2025-09-13", end="2025-10-12"),
    cust("info@imbiss-demir-hannover.de", "Imbiss Demir", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("info@deichblick-norddeich.de", "Ferienwohnungen Deichblick", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("buero@malerbetrieb-nowak.de", "Malerbetrieb Nowak", "monthly", start="2025-09-24", end="2025-10-23"),
]
pay(lopay("d3_p01", "LO-INV-83001", "okko.janssen@ewetel.net", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"))
pay(lopay("d3_p02", "LO-INV-83002", "okko.janssen@ewetel.net", "monthly", *M, "2025-09-24T10:01:00", "2025-09-24", "2025-10-23"))
pay(lopay("d3_p03", "LO-INV-83011", "h.vonwielligh@iway.na", "annual", *A, "2025-09-17T09:00:00", "2025-09-17", "2026-09-16"))
pay(lopay("d3_p04", "LO-INV-83012", "h.vonwielligh@iway.na", "annual", *A, "2025-09-17T09:00:40", "2025-09-17", "2026-09-16"))
pay(lopay("d3_p05", "LO-INV-83021", "info@pension-seewind.com.na", "quarterly", *Q, "2025-09-20T08:00:00", "2025-09-20", "2025-12-19"))
pay(lopay("d3_p06", "LO-INV-83022", "info@pension-seewind.com.na", "quarterly", *Q, "2025-09-20T08:02:00", "2025-09-20", "2025-12-19"))
pay(lopay("d3_p07", "LO-INV-83031", "kasse@tsv-linden1893.de", "monthly", *M, "2025-09-28T07:00:00", "2025-09-28", "2025-10-27"))
pay(lopay("d3_p08", "LO-INV-83032", "kasse@tsv-linden1893.de", "monthly", *M, "2025-09-28T07:00:30", "2025-09-28", "2025-10-27"))
pay(lopay("d3_p09", "LO-INV-83033", "kasse@tsv-linden1893.de", "monthly", *M, "2025-09-28T07:01:10", "2025-09-28", "2025-10-27"))
pay(lopay("d3_p10", "LO-INV-83041", "kontakt@dach-zielinski.de", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"))
pay(lopay("d3_p11", "LO-INV-83051", "emre@fluxcart.io", "annual", *A, "2025-09-25T11:30:00", "2025-09-25", "2026-09-24"))
pay(lopay("d3_p12", "LO-INV-83061", "w.becker.cloppenburg@gmx.de", "quarterly", *Q, "2025-09-23T08:00:00", "2025-09-23", "2025-12-22"))
pay(lopay("d3_p13", "LO-INV-83071", "anke.moeller@rostock-web.de", "monthly", *M, "2025-09-05T08:00:00", "2025-09-05", "2025-10-04"))
pay(lopay("d3_p14", "LO-INV-83081", "info@velo-kreutz.be", "monthly", *M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26"))
pay(lopay("d3_p15", "LO-INV-83091", "buero@ostseecamping-lubmin.de", "quarterly", *Q, "2025-08-15T09:00:00", "2025-08-15", "2025-11-14"))
pay(lopay("d3_p16", "LO-INV-83101", "gaestefarm@kalahari-sonne.na", "annual", *A, "2024-10-03T12:00:00", None, None))
pay(lopay("d3_p17", "LO-INV-83111", "sekretariat@notariat-wismar.de", "annual", *A, "2025-03-10T09:00:00", "2025-03-10", "2026-03-09"))
pay(lopay("d3_p18", "LO-INV-83121", "info@tischlerei-eilers.de", "monthly", *M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17"))
pay(lopay("d3_p19", "LO-INV-83131", "kontakt@ferienhof-harms.de", "quarterly", *Q, "2025-09-01T09:00:00", "2025-09-01", "2025-11-30"))
pay(lopay("d3_p20", "LO-INV-83141", "fenna.ubben@t-online.de", "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20"))
pay(lopay("d3_p21", "LO-INV-83151", "lena.schaefer@posteo.de", "monthly", *M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"))
pay(lopay("d3_p22", "LO-INV-83152", "lena.schaefer@posteo.de", "monthly", *M, "2025-09-23T09:01:00", "2025-09-23", "2025-10-22"))
pay(lopay("d3_p23", "LO-INV-83161", "kassenwart@shantychor-norden.de", "quarterly", *Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21"))
pay(lopay("d3_p24", "LO-INV-83162", "kassenwart@shantychor-norden.de", "quarterly", *Q, "2025-09-22T09:00:50", "2025-09-22", "2025-12-21"))
pay(lopay("d3_p25", "LO-INV-83171", "kontakt@pflegedienst-gerber.de", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"))
pay(lopay("d3_p26", "LO-INV-83181", "info@autoglas-arslan.de", "monthly", *M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09"))
pay(lopay("d3_p27", "LO-INV-83191", "info@hof-meyerdierks.de", "monthly", *M, "2025-09-29T09:00:00", "2025-09-29", "2025-10-28"))
pay(lopay("d3_p28", "LO-INV-83201", "office@pixelwerft-hannover.de", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"))
pay(lopay("d3_p29", "LO-INV-83202", "office@pixelwerft-hannover.de", "monthly", *M, "2025-09-26T10:00:20", "2025-09-26", "2025-10-25",
          status="refunded"))
pay(lopay("d3_p30", "LO-INV-83211", "j.klassen@klassen-montage.de", "monthly", *M, "2025-07-26T09:00:00", "2025-07-26", "2025-08-25"))
pay(lopay("d3_p31", "LO-INV-83212", "j.klassen@klassen-montage.de", "monthly", *M, "2025-08-26T09:00:00", "2025-08-26", "2025-09-25"))
pay(lopay("d3_p32", "LO-INV-83213", "j.klassen@klassen-montage.de", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"))
pay(lopay("d3_p33", "LO-INV-83221", "nadine.kowalski@web.de", "monthly", *M, "2025-09-23T23:10:00+02:00", "2025-09-24", "2025-10-23"))
pay(lopay("d3_p34", "LO-INV-83222", "nadine.kowalski@web.de", "monthly", *M, "2025-09-23T23:11:00+02:00", "2025-09-24", "2025-10-23"))
pay(lopay("d3_p35", "LO-INV-83231", "info@fahrschule-doerte.de", "quarterly", *Q, "2025-07-31T09:00:00", None, None))
pay(lopay("d3_p36", "LO-INV-83241", "praxis@physio-schwerin.de", "monthly", *M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18"))
pay(lopay("d3_p37", "LO-INV-83251", "info@buchhandlung-ahrens.de", "annual", *A, "2025-01-15T09:00:00", "2025-01-15", "2026-01-14"))
pay(lopay("d3_p38", "LO-INV-83261", "dmitri.wolf@wolf-logistik.de", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"))
pay(lopay("d3_p39", "LO-INV-83262", "dmitri.wolf@wolf-logistik.de", "monthly", *M, "2025-09-25T09:00:45", "2025-09-25", "2025-10-24"))
pay(lopay("d3_p40", "LO-INV-83271", "kerstin.luebbers@ewe.net", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14"))
pay(lopay("d3_p41", "LO-INV-83281", "vorstand@kleingarten-eupen.be", "monthly", *M, "2025-09-13T09:00:00", "2025-09-13", "2025-10-12"))
pay(lopay("d3_p42", "LO-INV-83291", "info@imbiss-demir-hannover.de", "monthly", "1999.00", "359.82", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11"))
pay(lopay("d3_p43", "LO-INV-83301", "info@deichblick-norddeich.de", "monthly", *M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13"))
pay(lopay("d3_p44", "LO-INV-83311", "buero@malerbetrieb-nowak.de", "monthly", *M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23"))

# ---------------- Optima WebDesign ledger ----------------
P += [
    proj("Kombüse Leer Website", "moin@kombuese-leer.de", None),
    proj("Weserbergland Tourismus Portal", "projekt@weserbergland-touri.de", "2025-09-18T10:00:00"),
    proj("Brauhaus Eupen Relaunch", "info@brauhaus-eupen.be", "2025-09-29T10:00:00"),
    proj("Safari Lodge Etosha Buchung", "reservations@etosha-lodge.com.na", None),
    proj("Hanse Dental Rostock", "verwaltung@hanse-dental.de", None),
    proj("Kaya Kuaför Hannover", "kaya.kuafoer@gmail.com", None),
    proj("Pelmeni Haus Online", "info@pelmeni-haus.de", "2025-09-28T10:00:00"),
    proj("Elektro Wiśniewski Shop", "biuro@elektro-wisniewski.de", "2025-08-20T10:00:00"),
    proj("Teestube Ostfriesland Shop", "shop@teestube-ostfriesland.de", "2025-06-01T10:00:00"),
    proj("Müritz Kanu Social", "info@mueritz-kanu.de", "2025-05-01T10:00:00"),
    proj("Kanzlei Lindemann SEO", "sekretariat@lindemann-hannover.de", "2025-04-01T10:00:00"),
    proj("Pflegeheim Am Deich Betreuung", "verwaltung@pflegeheim-amdeich.de", "2025-04-01T10:00:00"),
    proj("Windhoek Craft Beer Hosting", "brew@windhoek-craft.com.na", "2025-09-20T10:00:00"),
    proj("Imkerei Rademacher Wartung", "imkerei.rademacher@t-online.de", "2025-09-18T10:00:00"),
    proj("Gästehaus Warnemünde Hosting", "info@gaestehaus-warnemuende.de", "2025-09-01T10:00:00"),
    proj("Start-up Hafenkran Hosting", "founders@hafenkran.io", None),
    proj("Reiterhof Ammerland Website", "info@reiterhof-ammerland.de", "2025-08-01T10:00:00"),
    proj("Sportverein Aurich Website", "vorstand@sv-aurich.de", "2025-08-15T10:00:00"),
    proj("Bäckerei Sommer Eupen", "info@baeckerei-sommer.be", None),
    proj("Halal Grill Langenhagen", "info@halalgrill-langenhagen.de", None),
    proj("Klavierschule Petrow", "anna.petrow@klavierschule-petrow.de", None),
    proj("Klavierschule Petrow Onlinekurse", "anna.petrow@klavierschule-petrow.de", None),
]
pay(owpay("d3_o01", "OWD-2025-831", "Kombüse Leer Website", "discovery", "15000.00", "2700.00", "2025-09-22T12:00:00"))
pay(owpay("d3_o02", "OWD-2025-832", "Weserbergland Tourismus Portal", "discovery", "12500.00", "2250.00", "2025-09-15T12:00:00"))
pay(owpay("d3_o03", "OWD-2025-833", "Brauhaus Eupen Relaunch", "discovery", "9000.00", "1620.00", "2025-09-24T12:00:00"))
pay(owpay("d3_o04", "OWD-2025-834", "Safari Lodge Etosha Buchung", "deposit", "22000.00", "3960.00", "2025-09-26T12:00:00"))
pay(owpay("d3_o05", "OWD-2025-835", "Hanse Dental Rostock", "deposit", "18500.00", "3330.00", "2025-09-25T14:00:00"))
pay(owpay("d3_o06", "OWD-2025-836", "Kaya Kuaför Hannover", "deposit", "12000.00", "2160.00", "2025-09-25T16:30:00"))
pay(owpay("d3_o07", "OWD-2025-837", "Pelmeni Haus Online", "deposit", "16000.00", "2880.00", "2025-09-27T09:00:00"))
pay(owpay("d3_o08", "OWD-2025-838", "Elektro Wiśniewski Shop", "milestone", "30000.00", "5400.00", "2025-08-20T10:00:00", milestone_status="approved"))
pay(owpay("d3_o09", "OWD-2025-839", "Elektro Wiśniewski Shop", "milestone", "28000.00", "5040.00", "2025-09-12T10:00:00", milestone_status="not_started"))
pay(owpay("d3_o10", "OWD-2025-840", "Elektro Wiśniewski Shop", "milestone", "14000.00", "2520.00", "2025-09-12T10:05:00", milestone_status="in_progress"))
pay(owpay("d3_o11", "OWD-2025-841", "Teestube Ostfriesland Shop", "retainer", "11000.00", "1980.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"))
pay(owpay("d3_o12", "OWD-2025-842", "Müritz Kanu Social", "retainer", "7500.00", "1350.00", "2025-09-04T09:00:00",
          period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00"))
pay(owpay("d3_o13", "OWD-2025-843", "Kanzlei Lindemann SEO", "retainer", "13000.00", "2340.00", "2025-09-06T09:00:00",
          period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00"))
pay(owpay("d3_o14", "OWD-2025-844", "Pflegeheim Am Deich Betreuung", "retainer", "9000.00", "1620.00", "2025-09-12T09:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"))
pay(owpay("d3_o15", "OWD-2025-845", "Pflegeheim Am Deich Betreuung", "retainer", "9000.00", "1620.00", "2025-09-20T09:00:00",
          period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00"))
pay(owpay("d3_o16", "OWD-2025-846", "Windhoek Craft Beer Hosting", "hosting_annual", "14400.00", "2592.00", "2025-09-18T09:00:00",
          setup_fee="1800.00", service_start="2025-09-20"))
pay(owpay("d3_o17", "OWD-2025-847", "Imkerei Rademacher Wartung", "maintenance_annual", "11111.00", "1999.98", "2025-09-16T09:00:00",
          setup_fee="1234.00", service_start="2025-09-18"))
pay(owpay("d3_o18", "OWD-2025-848", "Gästehaus Warnemünde Hosting", "hosting_annual", "9600.00", "1728.00", "2025-09-03T09:00:00",
          setup_fee="1200.00", service_start="2025-09-05"))
pay(owpay("d3_o19", "OWD-2025-849", "Start-up Hafenkran Hosting", "hosting_annual", "6000.00", "1080.00", "2025-09-26T09:00:00",
          setup_fee="600.00", service_start="2025-10-10"))
pay(owpay("d3_o20", "OWD-2025-850", "Reiterhof Ammerland Website", "third_party", "4200.00", "756.00", "2025-09-23T09:00:00"))
pay(owpay("d3_o21", "OWD-2025-851", "Sportverein Aurich Website", "setup", "2500.00", "450.00", "2025-09-24T09:00:00"))
pay(owpay("d3_o22", "OWD-2025-852", "Bäckerei Sommer Eupen", "deposit", "10000.00", "1800.00", "2025-09-27T11:00:00"))
pay(owpay("d3_o23", "OWD-2025-853", "Halal Grill Langenhagen", "deposit", "8000.00", "1440.00", "2025-09-28T12:00:00"))
pay(owpay("d3_o24", "OWD-2025-854", "Klavierschule Petrow", "discovery", "7000.00", "1260.00", "2025-09-23T12:00:00", status="refunded"))

r = Round(HERE, "de")


def lo_days(inv, when, lo, hi):
    d = day_no(PAID[inv]["paid_at"], when)
    check(lo <= d <= hi, f"{inv}: day {d} not in [{lo}, {hi}]")


# ======================= LeadsOptima =======================
w = at("2025-09-26 08:12", DE)
lo_days("LO-INV-83002", w, 0, 7)
r.case("platt-doppelt-leer", LOB, [Mail(
    "Okko Janssen <okko.janssen@ewetel.net>", "tweemal afbucht / doppelt abgebucht", w,
    "Moin,\n\nik mutt ju dat even schrieven: up mien Konto sünd an'n 24. September tweemal 1.499 afgahn, för datsülvige "
    "Abo. Dat kann ja nich angahn.\nFör de Hochdüütschen: Sie haben das Monatsabo doppelt abgebucht. De tweede Rekenen "
    "is LO-INV-83002, de mööt torüch.\n\nSchöne Gröten ut Leer\nOkko Janssen\n\n-- \nGesendet mit der Telekom Mail App")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate (Low German 'tweemal afgahn', High German 'doppelt abgebucht') + L4: d3_p01/d3_p02 same account, amount, period 2025-09-24; request 2025-09-26 IST day 2 -> refund LO-INV-83002 = 1499.00.")

w = at("2025-09-24 22:30", NA)
lo_days("LO-INV-83012", w, 8, 8)
r.case("namibia-tag8-nachts", LOB, [Mail(
    "Hartmut von Wielligh <h.vonwielligh@iway.na>", "Jahresabo zweimal abgebucht", w,
    "Goeie naand aus Windhoek,\n\nich sitze hier noch spät im Büro und sehe auf dem FNB-Auszug, dass Ihr das Jahresabo "
    "zweimal genommen habt, am 17.09., beide über 11 988 Rupien (bei uns knapp N$ 2 400 jeweils). Ist nou mal so "
    "passiert, kann vorkommen, aber bitte die zweite Buchung LO-INV-83012 zurückerstatten.\n\nLekker bly\nHartmut "
    "von Wielligh\nKlein Windhoek")],
    "decided", [R("deny")],
    spec="L3: charge 2025-09-17 IST; email 2025-09-24 22:30 +02:00 (Namibia) = 2025-09-25 02:00 IST, day 8 > 7 -> deny, although it is still day 7 in Windhoek.")

w = at("2025-09-27 20:00", NA)
lo_days("LO-INV-83022", w, 7, 7)
r.case("swakopmund-tag7-abends", LOB, [Mail(
    "Pension Seewind <info@pension-seewind.com.na>", "Doppelbelastung Quartalsabo", w,
    "Sehr geehrtes LeadsOptima-Team,\n\nbeim Abgleich unserer Kreditkarte (Bank Windhoek) haben wir festgestellt, dass "
    "das Quartalsabo am 20.09.2025 zweimal belastet wurde: LO-INV-83021 und LO-INV-83022, je INR 3.999,00. "
    "Wir bitten um Rückerstattung der doppelten Zahlung LO-INV-83022.\n\nMit freundlichen Grüßen aus Swakopmund\n"
    "Ingrid Brandt\nPension Seewind · Strand Street 14 · Swakopmund · Namibia\nTel. +264 64 40 51 77")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-20 (day 0); email 2025-09-27 20:00 +02:00 = 23:30 IST, local date 2025-09-27 = day 7, inside; L4 -> 3999.00.")

w = at("2025-09-29 21:40", DE)
lo_days("LO-INV-83033", w, 2, 2)
r.case("verein-kassenwart-dreifach", LOB, [Mail(
    "TSV Linden von 1893 e.V. - Kasse <kasse@tsv-linden1893.de>", "Mehrfachabbuchung Monatsbeitrag September", w,
    "Sehr geehrte Damen und Herren,\n\nals Kassenwart des TSV Linden von 1893 e.V. habe ich bei der Kassenprüfung "
    "festgestellt, dass die Monatsgebühr am 28.09.2025 dreimal vom Vereinskonto abgebucht wurde (Rechnungen "
    "LO-INV-83031, LO-INV-83032, LO-INV-83033 zu je 1.499,00 INR). Richtig ist natürlich nur die erste Buchung.\n\n"
    "Ich bitte um Rückerstattung der beiden zu viel abgebuchten Beträge, da ich das bis zur Jahreshauptversammlung "
    "klären muss.\n\nMit sportlichen Grüßen\nKlaus-Dieter Harms\nKassenwart\n\nTSV Linden von 1893 e.V.\n"
    "Vereinsregister Amtsgericht Hannover VR 1893\nDiese E-Mail wurde ehrenamtlich verfasst.")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges 2025-09-28; email 2025-09-29 21:40 CEST = 2025-09-30 01:10 IST (day 2): every charge after the first is a duplicate, 2 x 1499.00 = 2998.00.")

w = at("2025-09-27 06:45", DE)
lo_days("LO-INV-83041", w, 1, 1)
r.case("dachdecker-handy-nur-eine-buchung", LOB, [Mail(
    "Zielinski Dach <kontakt@dach-zielinski.de>", "doppelt", w,
    "dzien dobry\nbin auf baustelle schreibe vom handy. sie haben 2 mal abgebucht das monats abo, rechnung lo-inv 83041 "
    "und nochmal gleiche betrag. bitte das zweite zuruck\nmfg Zielinski\n\nVon meinem Samsung Galaxy Smartphone gesendet")],
    "decided", [R("escalate")],
    spec="L2 duplicate claimed inside L3 (charge 2025-09-26, request day 1) but the ledger holds one charge only (d3_p10) -> L4: no pair, escalate, no amount.")

w = at("2025-09-26 11:05", DE)
lo_days("LO-INV-83051", w, 1, 1)
r.case("startup-denglisch-falscher-plan", LOB, [Mail(
    "Emre Aksoy <emre@fluxcart.io>", "Wrong plan charged – quick fix pls", w,
    "Hi LeadsOptima Team,\n\nquick one: wir haben gestern im Checkout den Monthly Plan gewählt, charged wurde aber der "
    "Annual Plan, 11.988 INR statt 1.499 (Invoice LO-INV-83051). That's the wrong plan, das ist ein Billing-Fehler "
    "auf eurer Seite. Can you please refund the difference or the whole thing and put us on monthly?\n\n"
    "Cheers,\nEmre\n\nEmre Aksoy | Co-Founder & CEO\nFluxCart UG (haftungsbeschränkt) | Hannover\n"
    "Sent from Superhuman")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('charged the wrong plan') inside L3 (charge 2025-09-25, request 2025-09-26) -> L5 escalate, no amount.")

w = at("2025-09-27 19:20", DE)
lo_days("LO-INV-83061", w, 4, 4)
r.case("russlanddeutsch-kein-login", LOB, [Mail(
    "Waldemar Becker <w.becker.cloppenburg@gmx.de>", "Kann nicht einloggen", w,
    "Guten Tag,\n\nich habe bezahlt für die Quartal am 23. September, Rechnung LO-INV-83061. Seit Mittwoch kann ich nicht "
    "einloggen, immer kommt Fehler und Seite ist weiß. Meine Sohn hat auch versucht, anderes Computer, auch nicht. "
    "Ich möchte die Geld zurück, wenn es nicht funktioniert.\n\nMit freundliche Grüße\nWaldemar Becker\nCloppenburg")],
    "decided", [R("escalate")],
    spec="L2 access_failure ('kann nicht einloggen') inside L3 (charge 2025-09-23, request 2025-09-27 IST, day 4) -> L6 escalate.")

w = at("2025-09-20 10:15", DE)
lo_days("LO-INV-83071", w, 15, 15)
r.case("rostock-zugang-zu-spaet", LOB, [Mail(
    "Anke Möller <anke.moeller@rostock-web.de>", "Zugang funktioniert nicht - Erstattung", w,
    "Hallo,\n\nich hab seit Anfang September keinen Zugang zum Dashboard, es lädt einfach nicht. Hab's erst liegen lassen "
    "wegen Urlaub in Warnemünde. Bitte die Septembergebühr LO-INV-83071 erstatten.\n\nGruß\nAnke Möller")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-05, request 2025-09-20 = day 15 > 7 -> deny citing the 7-day rule.")

w = at("2025-09-28 16:00", DE)
lo_days("LO-INV-83081", w, 1, 1)
r.case("eupen-umentschieden", LOB, [Mail(
    "Velo Kreutz <info@velo-kreutz.be>", "Rückzahlung Abonnement", w,
    "Sehr geehrte Damen und Herren,\n\ngestern haben wir das Monatsabonnement abgeschlossen (Rechnung LO-INV-83081). "
    "Nach Rücksprache mit meinem Teilhaber haben wir es uns anders überlegt, wir bleiben vorerst bei unserer Excel-Liste. "
    "Ich bitte um Rückzahlung des Betrags auf unser Konto bei der Raiffeisenbank Eupen.\n\nMit freundlichen Grüßen\n"
    "Roger Kreutz\nVelo Kreutz · Aachener Straße 12 · 4700 Eupen · Belgien\nGSM 0475 12 34 56 · MwSt. BE 0712.345.678")],
    "decided", [R("deny")],
    spec="L1: changed mind is none of the L2 reasons -> deny (offer cancellation); being inside the 7-day window does not matter.")

r.case("probephase-startup-hannover", LOB, [Mail(
    "Lea Brinkmann <hello@taskloom.de>", "Refund trial?", at("2025-09-30 09:40", DE),
    "Hey,\n\nwir testen gerade euren Trial für Taskloom, die Kreditkarte ist hinterlegt und meine Banking-App zeigt "
    "eine Belastung von LeadsOptima. Bitte refunden, wir wollen erst nach dem Trial entscheiden, ob wir buchen.\n\nLG Lea\nTaskloom GmbH i.G. · hannover.de/startups")],
    "decided", [R("deny")],
    spec="L7: the account is on a free trial (trial_ends 2025-10-08) with no charges -> deny, nothing to refund; no billing unless they subscribe.")

r.case("mecklenburg-kuendigung-formell", LOB, [Mail(
    "Ostseecamping Lubmin <buero@ostseecamping-lubmin.de>", "Kündigung zum nächstmöglichen Zeitpunkt",
    at("2025-09-23 08:05", DE),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir unser Quartalsabonnement zum nächstmöglichen Zeitpunkt. "
    "Die Saison ist vorbei, im Winter brauchen wir keine Lead-Kampagnen.\n\nBitte bestätigen Sie uns die Kündigung "
    "schriftlich.\n\nMit freundlichen Grüßen\nBirgit Lüdtke\nOstseecamping Lubmin GmbH\nAm Strand 3 · 17509 Lubmin")],
    "decided", [K("cancel", "2025-11-14")],
    spec="L8: cancel, active until current_period_end 2025-11-14 (quarterly 2025-08-15 - 2025-11-14).")

r.case("namibia-farm-fallback-jahr", LOB, [Mail(
    "Gästefarm Kalahari Sonne <gaestefarm@kalahari-sonne.na>", "Abo beenden", at("2025-09-25 07:30", NA),
    "Guten Morgen,\n\nwir verpachten die Gästefarm ab Oktober und brauchen Ihr Programm nicht mehr. Bitte das Jahresabo "
    "beenden, nicht mehr verlängern.\n\nHerzliche Grüße von der Farm\nGerda und Dieter Voigts\nP.O. Box 112, Mariental, "
    "Namibia\n(Internet nur über Satellit, Antworten können dauern)")],
    "decided", [K("cancel", "2025-10-02")],
    spec="L8 fallback: no current_period_end in the ledger; last charge LO-INV-83101 on 2024-10-03 + 12 months - 1 day = 2025-10-02.")

r.case("notariat-kuendigung-anteilig", LOB, [Mail(
    "Notariat Dr. Reinke - Sekretariat <sekretariat@notariat-wismar.de>",
    "Kündigung Jahresabonnement und anteilige Erstattung", at("2025-09-22 14:20", DE),
    "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Notar Dr. Reinke kündige ich das Jahresabonnement "
    "(Rechnung LO-INV-83111 vom 10.03.2025). Die Kanzlei wird zum Jahresende aufgelöst, da Herr Dr. Reinke in den "
    "Ruhestand geht. Wir bitten zudem um anteilige Erstattung der nicht genutzten Monate bis März 2026.\n\n"
    "Mit freundlichen Grüßen\ni. A. Sabine Kröger\nNotariatsfachangestellte\n\nNotariat Dr. Hinrich Reinke\n"
    "Lübsche Straße 24 · 23966 Wismar\n\nDiese Nachricht ist vertraulich. Sollten Sie nicht der beabsichtigte Empfänger "
    "sein, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail.")],
    "decided", [K("cancel", "2026-03-09"), R("deny")],
    spec="L8 cancel effective current_period_end 2026-03-09; the refund of unused months is L1/L8 (no partial refunds) and outside L3 (charge 2025-03-10): deny. A notary's office with a confidentiality disclaimer threatens nothing (no C4).")

r.case("tischler-c2-gmail", LOB, [Mail(
    "Hauke Eilers <hauke.eilers76@gmail.com>", "Abo", at("2025-09-25 12:40", DE),
    "moin\nhier hauke von tischlerei eilers aurich. das konto läuft auf info@tischlerei-eilers.de, komm da aber vom "
    "handy nich ran. bitte abo kuendigen und sagt mir mal was ich bis jetzt alles bezahlt hab\nhauke\n\n"
    "Von meinem iPhone gesendet")],
    "need_info", rules=["C2"],
    spec="C2: the registered email info@tischlerei-eilers.de is named, the mail comes from a gmail address -> ask to write from the registered address; disclose no payments.")

r.case("steuerbuero-wg-weiterleitung", LOB, [Mail(
    "Steuerbüro Hinrichs <buero@stb-hinrichs-leer.de>", "WG: Kündigung LeadsOptima", at("2025-09-24 10:10", DE),
    "Sehr geehrte Damen und Herren,\n\nanbei die Kündigung unserer Mandantin zur Kenntnisnahme und Erledigung.\n\n"
    "Mit freundlichen Grüßen\nTheda Hinrichs, Steuerberaterin\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Ferienhof Harms <kontakt@ferienhof-harms.de>\n"
    "Gesendet: Dienstag, 23. September 2025 18:02\nAn: buero@stb-hinrichs-leer.de\n"
    "Betreff: Kündigung LeadsOptima\n\nHallo Frau Hinrichs,\nkönnen Sie bitte das LeadsOptima-Abo für uns kündigen? "
    "Angemeldet sind wir dort mit kontakt@ferienhof-harms.de. Wir machen die Vermietung ab Oktober über das Portal vom "
    "Tourismusverband.\nGruß Wiebke Harms")],
    "need_info", rules=["C2"],
    spec="s.8 Outlook forward ('-----Ursprüngliche Nachricht-----', WG:) carries a request naming registered email kontakt@ferienhof-harms.de; the sender is the tax adviser -> C2: ask for the request from that address.")

r.case("plus-adresse-c2", LOB, [Mail(
    "Fenna Ubben <fenna.ubben+leadsoptima@t-online.de>", "Kündigung", at("2025-09-26 21:00", DE),
    "Hallo,\n\nbitte mein Monatsabo zum Ende der Laufzeit kündigen. Registriert bin ich mit fenna.ubben@t-online.de, "
    "das +leadsoptima ist nur mein Filter.\n\nDanke, Fenna")],
    "need_info", rules=["C2"],
    spec="s.8: a +tag makes another address; the sender fenna.ubben+leadsoptima@t-online.de is not the registered fenna.ubben@t-online.de -> C2.")

w = at("2025-09-25 09:30", DE)
lo_days("LO-INV-83152", w, 2, 2)
r.case("keine-rueckbuchung-gewollt", LOB, [Mail(
    "Lena Schäfer <lena.schaefer@posteo.de>", "Doppelte Abbuchung - bitte klären", w,
    "Hallo zusammen,\n\nam 23.09. wurde mein Monatsabo zweimal abgebucht (LO-INV-83151 und LO-INV-83152). Meine Bank "
    "hat mir gleich eine Rückbuchung angeboten, aber das will ich nicht, ich kläre das lieber direkt mit euch. Bitte "
    "einfach die zweite Abbuchung LO-INV-83152 erstatten.\n\nViele Grüße aus Lingen (Ems)\nLena Schäfer")],
    "decided", [R("approve", "1499.00")],
    spec="L4 duplicate, day 2 -> 1499.00. The customer rules the bank chargeback out ('das will ich nicht'): no threat, so no C4.")

w = at("2025-09-24 18:30", DE)
lo_days("LO-INV-83162", w, 2, 2)
r.case("shantychor-c4-anwalt-kuendigung", LOB, [Mail(
    "Shantychor Norden e.V. <kassenwart@shantychor-norden.de>", "Doppelabbuchung + Kündigung", w,
    "Moin,\n\nzum dritten Mal schreibe ich nun wegen der doppelten Abbuchung vom 22.09. (LO-INV-83162). Keine Antwort! "
    "Wir kündigen hiermit das Abo. Wenn das Geld nicht bis Monatsende auf dem Vereinskonto ist, geht die Sache an unseren "
    "Anwalt und ich lasse die Lastschrift bei der Sparkasse zurückgehen.\n\nHein Dirksen\nKassenwart Shantychor Norden e.V.")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 (lawyer, reversing the debit at the bank) covers the whole case (s.8): refund and cancellation both escalate, though L4 alone would approve.")

w = at("2025-09-27 13:10", DE)
r.case("c4-chargeback-polnisch", LOB, [Mail(
    "Pflegedienst Gerber <kontakt@pflegedienst-gerber.de>", "Abbuchung ohne Login", w,
    "Guten Tag,\n\nseit der Abbuchung am 26.09. (LO-INV-83171) kann ich mich nicht anmelden, das Passwort wird "
    "nicht angenommen. Ich will mein Geld zurück. Sonst mache ich einen Chargeback über die Kreditkarte, meine "
    "Kollegin hat das auch so gemacht.\n\nPozdrawiam\nJolanta Gerber\nAmbulanter Pflegedienst Gerber, Hannover-Linden")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat -> escalate (the access failure inside L3 would escalate anyway, L6).")

r.case("abwesenheitsnotiz-outlook", LOB, [Mail(
    "Autoglas Arslan <info@autoglas-arslan.de>", "Automatische Antwort: Ihre Rechnung LO-INV-83181",
    at("2025-09-25 08:00", DE),
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.10.2025 im Urlaub (Antalya) und habe keinen Zugriff "
    "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meinen Bruder Serkan unter 0511 123 456.\n\n"
    "Mit freundlichen Grüßen\nMurat Arslan",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Outlook 'Automatische Antwort') -> ignore.")

r.case("mailer-daemon-unzustellbar", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mx.ewe.net>", "Unzustellbar: Erstattung LO-INV-83002",
    at("2025-09-27 04:12", DE),
    "Dies ist eine automatisch erstellte Nachricht.\n\nIhre Nachricht konnte nicht zugestellt werden an:\n"
    "  o.janssen@ewe.net\n\nGrund: 550 5.1.1 Mailbox unbekannt",
    dsn=[[("Reporting-MTA", "dns; mx.ewe.net")],
         [("Final-Recipient", "rfc822; o.janssen@ewe.net"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender and a delivery-status report (RFC 3464) -> ignore.")

r.case("vereins-rundmail-list-id", LOB, [Mail(
    "Kleingartenverein Eupen-Unterstadt <rundmail@kleingarten-eupen.be>", "Rundschreiben Oktober: Kündigungen, Rückerstattung Pacht",
    at("2025-09-28 19:00", DE),
    "Liebe Gartenfreundinnen und Gartenfreunde,\n\nKündigungen von Parzellen bitte bis 31.10. schriftlich beim Vorstand. "
    "Die Rückerstattung der Wasserpauschale erfolgt im November.\n\nDer Vorstand\n\nAbmelden: rundmail-leave@kleingarten-eupen.be",
    headers={"List-Id": "Rundmail <rundmail.kleingarten-eupen.be>", "Precedence": "list",
             "List-Unsubscribe": "<mailto:rundmail-leave@kleingarten-eupen.be>"})],
    "ignore", rules=["C7"], spec="C7: List-Id and Precedence: list (association mailing list subscribed with the support address) -> ignore, though it says 'Kündigungen, Rückerstattung'.")

r.case("frage-jahresabo-wechsel", LOB, [Mail(
    "Ferienwohnungen Deichblick <info@deichblick-norddeich.de>", "Wechsel auf Jahresabo?", at("2025-09-26 11:00", DE),
    "Moin,\n\nwir sind zufrieden und überlegen, vom Monatsabo aufs Jahresabo umzusteigen. Wird der laufende Monat dann "
    "angerechnet, und kann ich die Rechnung auf die neue Firmierung (Deichblick GbR) ausstellen lassen?\n\n"
    "Schöne Grüße von der Küste\nTjark Saathoff")],
    "other", spec="A question about switching plans and the invoice name: no refund, no cancellation -> other.")

r.case("danke-erstattung-angekommen", LOB, [Mail(
    "Dmitri Wolf <dmitri.wolf@wolf-logistik.de>", "Re: Erstattung LO-INV-83262", at("2025-09-30 09:10", RU),
    "Guten Tag,\n\nwollte nur kurz Bescheid geben: die Erstattung für die doppelte Abbuchung ist heute angekommen. "
    "Vielen Dank für die schnelle Hilfe, sehr gute Service!\n\nMit freundlichen Grüßen\nDmitri Wolf\n"
    "(z. Zt. bei Familie in Moskau)")],
    "other", spec="Thanks for a refund already received (a past event): no new request -> other.")

r.case("keine-erstattung-nur-rechnung", LOB, [Mail(
    "Kerstin Lübbers <kerstin.luebbers@ewe.net>", "Rechnung September", at("2025-09-22 15:30", DE),
    "Hallo,\n\nich möchte keine Erstattung und auch nicht kündigen, keine Sorge :-) Ich brauche nur die Rechnung "
    "LO-INV-83271 noch einmal als PDF mit meiner neuen Adresse (Am Hafen 4, 26789 Leer).\n\nDanke!\nKerstin Lübbers")],
    "other", spec="s.8 negation: 'keine Erstattung und auch nicht kündigen' adds no intent; an invoice copy is asked -> other.")

r.case("hypothetisch-vor-dem-kauf", LOB, [Mail(
    "Heike Rosenthal <heike.rosenthal@gmx.de>", "Frage vor Abschluss", at("2025-09-29 17:45", DE),
    "Guten Tag,\n\nich überlege, für meine Physiopraxis in Güstrow das Jahresabo zu buchen. Bekäme ich mein Geld zurück, "
    "wenn ich nach zwei Wochen merke, dass es nichts für mich ist? Und kann man monatlich kündigen?\n\n"
    "Freundliche Grüße\nHeike Rosenthal")],
    "other", spec="s.8 hypothetical before buying: a policy question, no account, nothing asked for -> other.")

lo_days("LO-INV-83191", at("2025-09-30 10:00", DE), 1, 1)
mdr1 = Mail("Hof Meyer-Dierks <info@hof-meyerdierks.de>", "Erstattung LO-INV-83191", at("2025-09-30 10:00", DE),
            "Guten Tag,\n\nbitte erstatten Sie die Rechnung LO-INV-83191 vom 29.09.\n\nMit freundlichen Grüßen\n"
            "Jan Meyer-Dierks\nHof Meyer-Dierks · Hofladen und Ferienwohnungen · Rastede")
r.case("nur-erstattung-ohne-grund", LOB, [mdr1], "need_info", missing=["reason"],
       spec="C3 / s.8: 'bitte erstatten Sie' restates the request; no reason -> ask for reason (plan filled from the ledger, invoice given).")

w = at("2025-09-29 07:50", DE)
lo_days("LO-INV-83213", w, 3, 3)
r.case("monteur-ohne-rechnungsnr", LOB, [Mail(
    "Johann Klassen <j.klassen@klassen-montage.de>", "Kein Zugang", w,
    "Guten Tag,\n\nseit paar Tage ich kann mich nicht einloggen, Passwort zurücksetzen geht auch nicht, keine Mail kommt. "
    "Bitte Geld zurück für das was nicht geht. Rechnung habe ich nicht hier, ist auf Computer im Büro.\n\n"
    "Mit freundlichen Grüßen\nJohann Klassen\nKlassen Montagebau, Espelkamp")],
    "need_info", missing=["invoice_number"],
    spec="C3: access failure (reason given) from the registered address, but three monthly charges (July, August, September) and no invoice: the charge is not identified -> ask for invoice_number.")

pix1 = Mail("Pixelwerft Hannover <office@pixelwerft-hannover.de>", "Erstattung", at("2025-09-27 12:00", DE),
            "Hallo,\n\nbitte um Erstattung von LO-INV-83202.\n\nVG\nJonas | Pixelwerft\n\nPixelwerft Hannover GbR · "
            "Limmerstraße 8 · 30451 Hannover")
r.case("bereits-erstattet-escalate", LOB, [pix1, Mail(
    "Pixelwerft Hannover <office@pixelwerft-hannover.de>", "Re: Erstattung [LO-4711]", at("2025-09-28 09:30", DE),
    "Hi,\n\nGrund: das war eine doppelte Abbuchung, zweimal 1.499 am 26.09. (83201 und 83202).\n\nVG Jonas\n\n"
    "> Bitte nennen Sie uns den Grund Ihrer Erstattungsanfrage.", reply=pix1,
    refs_extra=["<de-lo-pixelwerft-ask@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="C3 thread: the reason (duplicate) comes in the answer; LO-INV-83202 has status 'refunded' -> s.8 payments not paid: escalate (no paid pair for L4 either).")

w = at("2025-10-01 04:00", DE)
check(day_no(PAID["LO-INV-83222"]["paid_at"], w) == 7, "offset ledger day")
check(day_no("2025-09-23T23:11:00", w) == 8, "naive reading would be day 8")
r.case("ledger-offset-tag7", LOB, [Mail(
    "Nadine Kowalski <nadine.kowalski@web.de>", "Zweimal abgebucht!!", w,
    "Hallo,\n\nkonnte nicht schlafen und hab nochmal aufs Konto geschaut: am 23. September spätabends wurden 2x 1499 "
    "abgebucht, Rechnungen LO-INV-83221 und LO-INV-83222. Bitte die zweite erstatten.\n\nNadine")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 ledger offsets: paid_at 2025-09-23T23:11+02:00 = 2025-09-24 02:41 IST (day 0); email 2025-10-01 04:00 +02:00 = 07:30 IST = day 7, inside -> L4 approve 1499.00.")

r.case("fahrschule-fallback-quartal-diktiert", LOB, [Mail(
    "Fahrschule Dörte Wessels <info@fahrschule-doerte.de>", "Kündigung", at("2025-09-25 18:20", DE),
    "Hallo LeadsOptima Komma ich möchte mein Abo kündigen Punkt Ich höre mit der Fahrschule auf und gehe in Rente "
    "Punkt Vielen Dank für alles Ausrufezeichen\nDörte Wessels\n\nDiktiert mit Siri, bitte Fehler entschuldigen")],
    "decided", [K("cancel", "2025-10-30")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-83231 on 2025-07-31 + 3 months = 2025-10-31, minus one day = 2025-10-30. Dictated text ('Komma', 'Punkt').")

r.case("html-only-kuendigung-schwerin", LOB, [Mail(
    "Physiotherapie am Pfaffenteich <praxis@physio-schwerin.de>", "Kündigung Abo", at("2025-09-29 13:30", DE),
    None, html=(
        "<html><body><div style='font-family:Calibri'><p>Sehr geehrte Damen und Herren,</p>"
        "<p>wir kündigen das Monatsabo zum Ende der aktuellen Laufzeit. Unsere Praxis wechselt zu einem "
        "Praxisverwaltungssystem mit eigener Terminwerbung.</p><p>Mit freundlichen Grüßen<br>"
        "<b>Franziska Lange</b><br>Physiotherapie am Pfaffenteich<br>Schwerin</p></div></body></html>"))],
    "decided", [K("cancel", "2025-10-18")],
    spec="HTML-only mail; L8 cancel effective current_period_end 2025-10-18.")

r.case("mehrere-anliegen-celle", LOB, [Mail(
    "Buchhandlung Ahrens <info@buchhandlung-ahrens.de>", "Mehrere Fragen: Kündigung, Rechnungsadresse, Schulung",
    at("2025-09-24 16:45", DE),
    "Guten Tag,\n\nich habe gleich mehrere Anliegen:\n\n1. Unsere Rechnungsadresse hat sich geändert (jetzt "
    "Zöllnerstraße 29, 29221 Celle).\n2. Gibt es im November noch einen Online-Schulungstermin?\n3. Da wir die "
    "Buchhandlung im Frühjahr an unsere Nachfolgerin übergeben, kündigen wir das Jahresabo hiermit zum Ende der "
    "Laufzeit.\n\nAuf Erstattung verzichten wir natürlich.\n\nMit freundlichen Grüßen\nMargret Ahrens")],
    "decided", [K("cancel", "2026-01-14")],
    spec="Several requests; the cancellation is decided: L8 effective current_period_end 2026-01-14. 'Auf Erstattung verzichten wir' adds no refund (s.8 negation).")

w = at("2025-09-26 12:00", RU)
lo_days("LO-INV-83262", w, 1, 1)
r.case("wolf-moskau-doppelt", LOB, [Mail(
    "Dmitri Wolf <dmitri.wolf@wolf-logistik.de>", "Zahlung zwei mal", w,
    "Sehr geehrte Damen und Herren,\n\nbei mir wurde Zahlung zwei mal gemacht am 25.09, Rechnung LO-INV-83261 und "
    "LO-INV-83262, gleiche Summe. Bitte zweite Zahlung zurück auf Karte.\n\nMit freundlichen Grüßen\nDmitri Wolf\n"
    "Wolf Logistik, Bielefeld (zur Zeit Moskau)")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate ('Zahlung zwei mal') + L4; charge 2025-09-25, email 2025-09-26 12:00 +03:00 = 14:30 IST, day 1 -> 1499.00.")

w = at("2025-09-26 09:00", DE)
lo_days("LO-INV-83281", w, 13, 13)
r.case("eupen-falscher-betrag-zu-spaet", LOB, [Mail(
    "Kleingartenverein Eupen-Unterstadt <vorstand@kleingarten-eupen.be>", "Falscher Betrag abgebucht", w,
    "Sehr geehrte Damen und Herren,\n\nbei der Abbuchung vom 13.09. (LO-INV-83281) wurde ein falscher Betrag abgebucht, "
    "man hatte uns einen Vereinsrabatt zugesagt. Wir bitten um Rückerstattung der Differenz.\n\n"
    "Mit freundlichen Grüßen\nDer Vorstand, i. A. Marlene Schmitz (Schatzmeisterin)")],
    "decided", [R("deny")],
    spec="L2 billing_error ('falscher Betrag') but L3: charge 2025-09-13, request 2025-09-26 = day 13 > 7 -> deny.")

w = at("2025-09-17 22:15", TR)
lo_days("LO-INV-83291", w, 6, 6)
r.case("imbiss-nach-kuendigung", LOB, [Mail(
    "Imbiss Demir <info@imbiss-demir-hannover.de>", "Nach Kündigung trotzdem abgebucht", w,
    "Merhaba,\n\nich hatte im August gekündigt, trotzdem wurde am 12.09. nochmal 1.999 abgebucht (LO-INV-83291). Das ist "
    "nach der Kündigung abgebucht worden, das ist nicht richtig. Bitte zurück überweisen. Bin gerade bei meiner "
    "Familie in Izmir, antworte daher später.\n\nSelamlar\nCemal Demir\nImbiss Demir, Hannover-List")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('nach der Kündigung abgebucht') inside L3 (charge 2025-09-12, email 2025-09-17 22:15 +03:00 = 2025-09-18 00:45 IST, day 6) -> L5 escalate. The August cancellation is a past event.")

r.case("kuendigung-falsches-datum", LOB, [Mail(
    "Ferienwohnungen Deichblick <info@deichblick-norddeich.de>", "Kündigung zum 30.09.", at("2025-09-28 08:30", DE),
    "Moin,\n\nnach reiflicher Überlegung kündigen wir doch zum 30.09.2025, die Saison ist durch.\n\nTjark Saathoff")],
    "decided", [K("cancel", "2025-10-13")],
    spec="L8: the account stays active until current_period_end 2025-10-13 whatever date the customer names.")

maler1 = Mail("Malerbetrieb Nowak <buero@malerbetrieb-nowak.de>", "Geld zurück", at("2025-09-26 07:10", DE),
              "Hallo\nbitte Geld zurück für September, LO-INV-83311.\nGrüße Nowak\nMalermeister · Langenhagen")
r.case("maler-thread-grund", LOB, [maler1, Mail(
    "Malerbetrieb Nowak <buero@malerbetrieb-nowak.de>", "AW: Geld zurück [LO-5120]", at("2025-09-29 18:00", DE),
    "Hallo,\n\nGrund ist, dass ich mich seit dem 24. nicht einloggen kann, da kommt immer 'Session expired'. "
    "Ihr Support hat auch nicht geholfen.\n\nNowak\n\n-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support "
    "<support@leadsoptima.com>\nGesendet: Freitag, 26. September 2025 12:00\nBetreff: Re: Geld zurück [LO-5120]\n\n"
    "Bitte nennen Sie uns den Grund Ihrer Erstattungsanfrage.",
    reply=maler1, refs_extra=["<de-lo-nowak-ask@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="C3 thread: reason (cannot log in) arrives in the answer; request time = first email 2025-09-26 (day 2 after 2025-09-24) -> L6 escalate.")

# ======================= Optima WebDesign =======================
def ow(frm, subject, when, body, **kw):
    return Mail(frm, subject, when, body, brand=OWB, **kw)


r.case("owd-discovery-leer-erstattung", OWB, [ow(
    "Kombüse Leer <moin@kombuese-leer.de>", "Refund Request — Kombüse Leer Website / OWD-2025-831",
    at("2025-09-25 11:00", DE),
    "Moin,\n\nwir haben am 22.09. die Discovery-Gebühr für die \"Kombüse Leer Website\" bezahlt (OWD-2025-831). "
    "Leider hat der Vermieter uns gekündigt, das Restaurant macht zum Jahresende zu. Einen Termin hatten wir noch nicht. "
    "Bitte um Rückerstattung.\n\nGroetjes\nFokke Bruns")],
    "decided", [R("approve", "15000.00")],
    spec="O1: no work started on the project -> full refund of the discovery fee 15000.00 (before tax).")

r.case("owd-discovery-begonnen", OWB, [ow(
    "Weserbergland Tourismus <projekt@weserbergland-touri.de>", "Stornierung Strategie-Workshop", at("2025-09-24 15:00", DE),
    "Sehr geehrte Damen und Herren,\n\nder Kreistag hat das Budget für das \"Weserbergland Tourismus Portal\" gestrichen. "
    "Wir bitten daher um Erstattung der Discovery-Gebühr (Rechnung OWD-2025-832). Der erste Workshop am 18.09. hat "
    "zwar stattgefunden, war aber nur ein Kennenlernen.\n\nMit freundlichen Grüßen\nDr. Ute Lammers\nWeserbergland "
    "Tourismus e.V., Hameln")],
    "decided", [R("deny")],
    spec="O1: work_started_at 2025-09-18 is before the request (2025-09-24) -> sessions commenced: deny.")

r.case("owd-discovery-start-spaeter", OWB, [ow(
    "Brauhaus Eupen <info@brauhaus-eupen.be>", "Rückzahlung Discovery OWD 2025 833", at("2025-09-27 10:30", DE),
    "Guten Tag,\n\nfür das Projekt Brauhaus Eupen Relaunch hatten wir den Auftakttermin auf Montag, den 29.09., gelegt. "
    "Wir haben uns entschieden, den Relaunch mit einer Agentur aus Aachen zu machen, die uns näher ist. Bitte erstatten "
    "Sie die Discovery-Gebühr (OWD 2025 833).\n\nMit freundlichen Grüßen\nPatrick Nelles\nBrauhaus Eupen · Klosterstraße 2 · 4700 Eupen")],
    "decided", [R("approve", "9000.00")],
    spec="O1: work_started_at 2025-09-29 is later than the request time 2025-09-27 -> nothing commenced: approve 9000.00. Invoice typed with spaces (s.8).")

w = at("2025-09-29 07:00", NA)
h = hours(PAID["OWD-2025-834"]["paid_at"], w)
check(h == 70.5, f"etosha {h}")
r.case("owd-anzahlung-namibia-70h", OWB, [ow(
    "Etosha Safari Lodge Reservations <reservations@etosha-lodge.com.na>", "Anzahlung zurück - Buchungssystem", w,
    "Guten Morgen aus Okaukuejo,\n\nwir haben am Freitag die Anzahlung für \"Safari Lodge Etosha Buchung\" bezahlt "
    "(Rechnung OWD-2025-834). Am Wochenende hat der Eigentümer entschieden, das Buchungssystem vom Mutterkonzern in "
    "Kapstadt zu übernehmen. Angefangen habt Ihr ja noch nicht. Bitte die Anzahlung zurück.\n\nBaie dankie und "
    "Grüße\nElke Swart\nReservations Manager")],
    "decided", [R("approve", "22000.00")],
    spec="O2: paid 2025-09-26 12:00 IST; email 2025-09-29 07:00 +02:00 = 10:30 IST = 70.5 h < 72 h, no work started -> approve 22000.00.")

w = at("2025-09-28 10:30", DE)
check(hours(PAID["OWD-2025-835"]["paid_at"], w) == 72, "72h")
r.case("owd-anzahlung-genau-72h", OWB, [ow(
    "Hanse Dental Rostock <verwaltung@hanse-dental.de>", "Anzahlung OWD-2025-835 - Rücktritt", w,
    "Sehr geehrte Damen und Herren,\n\nunsere Praxisgemeinschaft hat sich gegen die neue Website \"Hanse Dental Rostock\" "
    "entschieden, da einer der Partner ausscheidet. Wir treten vom Auftrag zurück und bitten um Rückzahlung der "
    "Anzahlung (OWD-2025-835).\n\nMit freundlichen Grüßen\nVerwaltung Hanse Dental\nKröpeliner Straße 70, 18055 Rostock")],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-25 14:00 IST; email 2025-09-28 10:30 +02:00 = 14:00 IST = exactly 72 h -> not before 72 h: deny.")

w = at("2025-09-27 17:00", TR)
check(hours(PAID["OWD-2025-836"]["paid_at"], w) == 51.0, "kaya 51h")
r.case("owd-kuafoer-tuerkisch-deutsch", OWB, [ow(
    "Kaya Kuaför <kaya.kuafoer@gmail.com>", "anzahlung zurück bitte", w,
    "Merhaba,\n\nich habe die Anzahlung bezahlt für Kaya Kuaför Hannover, Rechnung OWD-2025-836. Aber mein Mann sagt wir "
    "machen erstmal nur Instagram, Website ist zu teuer für uns jetzt. Bitte Anzahlung zurück, ihr habt noch nicht "
    "angefangen glaube ich.\n\nSaygılar\nSevgi Kaya\n(bin gerade in Istanbul bei meiner Mutter)")],
    "decided", [R("approve", "12000.00")],
    spec="O2: the contract email is this gmail address (sender verified); paid 2025-09-25 16:30 IST, email "
    "2025-09-27 17:00 +03:00 = 19:30 IST = 51 h < 72 h, no work started -> approve 12000.00.")

r.case("owd-pelmeni-arbeit-begonnen", OWB, [ow(
    "Pelmeni Haus <info@pelmeni-haus.de>", "Rücktritt Website Pelmeni Haus Online", at("2025-09-29 14:00", DE),
    "Guten Tag,\n\nwir haben am 27.09. Anzahlung gemacht (OWD-2025-837). Jetzt haben wir entschieden, Lieferdienst nur über "
    "Lieferando zu machen, eigene Website brauchen wir nicht. Bitte Anzahlung zurückzahlen.\n\nMit freundlichen Grüßen\n"
    "Swetlana Iwanowa\nPelmeni Haus, Hannover-Vahrenwald")],
    "decided", [R("deny")],
    spec="O2: within 72 h (paid 2025-09-27 09:00, email 2025-09-29 17:30 IST = 56.5 h) but work_started_at 2025-09-28 10:00 is before the request -> 'whichever occurs first': deny.")
check(hours("2025-09-27T09:00:00", at("2025-09-29 14:00", DE)) == 56.5, "pelmeni")

r.case("owd-meilenstein-nicht-begonnen", OWB, [ow(
    "Elektro Wiśniewski <biuro@elektro-wisniewski.de>", "Erstattung Meilenstein 2 (OWD-2025-839)", at("2025-09-25 09:15", DE),
    "Dzień dobry,\n\nfür unseren Shop \"Elektro Wiśniewski Shop\" möchten wir den Meilenstein 2 (Produktimport, "
    "OWD-2025-839) nicht mehr machen lassen, unser Großhändler liefert jetzt eine fertige Schnittstelle. Dieser Teil "
    "wurde noch nicht angefangen. Bitte erstatten Sie den Betrag von 28.000 Rupien.\n\nZ poważaniem\nMarek Wiśniewski")],
    "decided", [R("approve", "28000.00")],
    spec="O3: milestone OWD-2025-839 not_started -> refund its amount 28000.00 (before tax).")

r.case("owd-meilenstein-abgenommen", OWB, [ow(
    "Elektro Wiśniewski <biuro@elektro-wisniewski.de>", "Meilenstein 1 zurück?", at("2025-09-26 12:00", DE),
    "Guten Tag,\n\nden Meilenstein 1 (Design, OWD-2025-838) haben wir zwar abgenommen, aber ehrlich gesagt gefällt uns "
    "das Design inzwischen nicht mehr. Unsere Kunden finden es zu modern. Wir bitten um Erstattung.\n\nMarek Wiśniewski")],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-838 is approved -> deny.")

r.case("owd-meilenstein-in-arbeit", OWB, [ow(
    "Elektro Wiśniewski <biuro@elektro-wisniewski.de>", "Meilenstein 3 stoppen", at("2025-09-27 08:40", DE),
    "Guten Tag,\n\nbitte stoppen Sie den Meilenstein 3 (Zahlungsanbindung, OWD-2025-840) und erstatten Sie, was noch "
    "nicht gemacht wurde. Wir wechseln die Bank und der Zahlungsanbieter ändert sich sowieso.\n\nMarek Wiśniewski")],
    "decided", [R("escalate")],
    spec="O3: milestone OWD-2025-840 in_progress -> escalate (billable value of work not started needs a person).")

w = at("2025-09-26 09:00", DE)
check(w.astimezone(IST).date().isoformat() <= "2025-10-08", "notice")
r.case("owd-retainer-ostfriesland-rechtzeitig", OWB, [ow(
    "Teestube Ostfriesland <shop@teestube-ostfriesland.de>", "Kündigung Betreuungsvertrag", w,
    "Moin,\n\nhiermit kündigen wir die monatliche Shop-Betreuung \"Teestube Ostfriesland Shop\" (letzte Rechnung "
    "OWD-2025-841). Grund: Unser Neffe hat eine Ausbildung als Fachinformatiker gemacht und übernimmt das ab Oktober.\n\n"
    "Mit freundlichen Grüßen und 'n lekker Koppke Tee\nGesche Onnen\nTeestube Ostfriesland, Norden")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-26 <= 2025-10-08 (7 days' notice) -> cancel effective 2025-10-14.")

r.case("owd-retainer-mueritz-zu-spaet", OWB, [ow(
    "Müritz Kanu <info@mueritz-kanu.de>", "Social Media kündigen", at("2025-09-29 08:20", DE),
    "Hallo,\n\nwir kündigen die Social-Media-Betreuung \"Müritz Kanu Social\" (Rechnung OWD-2025-842). Die Saison auf "
    "der Müritz ist vorbei, über den Winter machen wir keine Werbung.\n\nViele Grüße aus Waren\nRonny Schulz")],
    "decided", [K("cancel", "2025-11-03")],
    spec="O4: next_billing_at 2025-10-04, notice cut-off 2025-09-27; request 2025-09-29 is late -> the next cycle (2025-10-04 - 2025-11-03) is billed, effective 2025-11-03.")

w = at("2025-09-29 21:00", DE)
check(w.astimezone(IST).date().isoformat() == "2025-09-30", "lindemann late")
r.case("owd-retainer-kanzlei-mitternacht", OWB, [ow(
    "Kanzlei Lindemann Sekretariat <sekretariat@lindemann-hannover.de>", "Kündigung SEO-Betreuung", w,
    "Sehr geehrte Damen und Herren,\n\nnamens und im Auftrag der Kanzlei kündige ich die SEO-Betreuung \"Kanzlei Lindemann "
    "SEO\" (OWD-2025-843). Die Kanzlei wird in eine größere Sozietät eingegliedert, die das Marketing zentral "
    "organisiert.\n\nMit freundlichen Grüßen\nPetra Voß\nSekretariat")],
    "decided", [K("cancel", "2025-11-05")],
    spec="O4: next_billing_at 2025-10-06, cut-off 2025-09-29; email 2025-09-29 21:00 +02:00 = 2025-09-30 00:30 IST, one day late -> next cycle 2025-10-06 - 2025-11-05 billed, effective 2025-11-05. Only an office's own merger is named: no threat (no C4).")

r.case("owd-retainer-vorausbezahlt", OWB, [ow(
    "Pflegeheim Am Deich <verwaltung@pflegeheim-amdeich.de>", "Kündigung Betreuung Pflegeheim Am Deich Betreuung",
    at("2025-09-23 10:00", DE),
    "Sehr geehrte Damen und Herren,\n\nder Träger hat beschlossen, die Website-Betreuung ab sofort über die Zentrale "
    "in Oldenburg laufen zu lassen. Wir kündigen daher die Betreuung (Rechnungen OWD-2025-844 und OWD-2025-845 – "
    "den Oktober hatten wir schon vorab bezahlt).\n\nMit freundlichen Grüßen\nHeimleitung Am Deich, Jever")],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: next cycle (2025-10-12 - 2025-11-11, OWD-2025-845) already paid and notice >= 7 days (request 2025-09-23 <= 2025-10-05) -> escalate.")

w = at("2025-09-26 13:00", NA)
amt = o5("14400.00", "1800.00")
check(amt == "11550.00" and day_no("2025-09-20T00:00:00", w) == 6, "o5 windhoek")
r.case("owd-hosting-windhoek-prorata", OWB, [ow(
    "Windhoek Craft Beer <brew@windhoek-craft.com.na>", "Hosting kündigen + Rückerstattung", w,
    "Hallo Optima-Team,\n\nwir kündigen das Jahreshosting für \"Windhoek Craft Beer Hosting\" (OWD-2025-846) und bitten "
    "um die anteilige Erstattung. Die Brauerei wurde von einer Gruppe aus Südafrika übernommen, die ihre eigene "
    "Plattform hat.\n\nProst und Grüße\nKlaus Hoffmann\nBrewmaster, Windhoek Craft Beer (Pty) Ltd")],
    "decided", [R("approve", amt)], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-26 = day 6 <= 14; 14400 - 1800 - (12600/12 = 1050) x 1 = 11550.00.")

w = at("2025-09-30 08:00", DE)
amt = o5("11111.00", "1234.00")
check(amt == "9053.92" and day_no("2025-09-18T00:00:00", w) == 12, "o5 imkerei")
r.case("owd-wartung-imkerei-krumme-zahl", OWB, [ow(
    "Imkerei Rademacher <imkerei.rademacher@t-online.de>", "Wartungsvertrag Rücktritt", w,
    "Guten Tag,\n\nich möchte den Wartungsvertrag \"Imkerei Rademacher Wartung\" (Rechnung OWD-2025-847 über 11.111,00) "
    "zurückgeben und bitte um Erstattung, was mir nach Ihren Bedingungen zusteht. Ich verkaufe den Honig ab jetzt nur "
    "noch auf dem Wochenmarkt in Cuxhaven, die Website wird abgeschaltet.\n\nMit freundlichen Grüßen\nHinrich Rademacher")],
    "decided", [R("approve", amt)], extra_ok=True,
    spec="O5: service_start 2025-09-18, request 2025-09-30 = day 12; 11111 - 1234 - 9877/12 (823.0833...) = 9053.91666... -> 9053.92 (rounded once, C6).")

w = at("2025-09-24 11:00", DE)
check(day_no("2025-09-05T00:00:00", w) == 19, "o5 late")
r.case("owd-hosting-warnemuende-zu-spaet", OWB, [ow(
    "Gästehaus Warnemünde <info@gaestehaus-warnemuende.de>", "Hosting Erstattung", w,
    "Moin,\n\nwir möchten das Jahreshosting \"Gästehaus Warnemünde Hosting\" (OWD-2025-848) kündigen und das Geld "
    "anteilig zurück. Wir verkaufen das Gästehaus zum 1.11.\n\nGruß von der Ostsee\nMaik Rehberg")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-24 = day 19 > 14 -> deny.")

w = at("2025-09-28 23:50", DE)
amt = o5("6000.00", "600.00")
check(amt == "4950.00", "o5 before start")
r.case("owd-hosting-vor-start-startup", OWB, [ow(
    "Hafenkran Founders <founders@hafenkran.io>", "Cancel hosting before go-live – refund?", w,
    "Hi Optima,\n\nshort update from Hafenkran: wir pivoten gerade komplett (B2B statt B2C), die Landingpage brauchen wir "
    "so nicht mehr. Bitte das Annual Hosting (OWD-2025-849, Start 10.10.) canceln und refunden, was geht.\n\n"
    "Thx & best,\nMalte\nCo-Founder Hafenkran · Hannover · pre-seed")],
    "decided", [R("approve", amt)], extra_ok=True,
    spec="O5 + s.8: service starts 2025-10-10, after the request -> consumed_months 1: 6000 - 600 - 5400/12 (450) = 4950.00.")

r.case("owd-drittanbieter-plugin", OWB, [ow(
    "Reiterhof Ammerland <info@reiterhof-ammerland.de>", "Erstattung Buchungs-Plugin", at("2025-09-25 19:00", DE),
    "Guten Abend,\n\nfür die Website des Reiterhofs wurde uns ein Premium-Buchungsplugin mit Jahreslizenz berechnet "
    "(OWD-2025-850). Wir nutzen jetzt doch das kostenlose Plugin vom Reitverband. Bitte erstatten.\n\nReiterhof "
    "Ammerland, Familie Gerdes, Bad Zwischenahn")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-850 is third_party (plugin licence) -> never refundable: deny.")

r.case("owd-einrichtung-verein", OWB, [ow(
    "SV Aurich Vorstand <vorstand@sv-aurich.de>", "Einrichtungsgebühr OWD-2025-851", at("2025-09-26 20:30", DE),
    "Hallo,\n\nder Vorstand des SV Aurich hat beschlossen, die Website doch über den Kreissportbund zu machen. Die "
    "Einrichtungsgebühr (OWD-2025-851) möchten wir daher zurück.\n\nSportliche Grüße\nEnno Buß, 1. Vorsitzender")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-851 is a setup fee -> never refundable: deny.")

r.case("owd-c2-privatadresse-eupen", OWB, [ow(
    "Luc Sommer <luc.sommer@skynet.be>", "Anzahlung Bäckerei Sommer", at("2025-09-28 08:00", DE),
    "Guten Tag,\n\nich schreibe von privat, unsere Firmenadresse ist info@baeckerei-sommer.be. Bitte die Anzahlung für "
    "\"Bäckerei Sommer Eupen\" (OWD-2025-852) zurück, mein Vater will die Bäckerei doch nicht modernisieren.\n\nLuc Sommer")],
    "need_info", rules=["C2"],
    spec="C2 (Optima, explicit): the contract email is info@baeckerei-sommer.be; the mail comes from a private skynet.be address -> ask to write from the contract email.")

r.case("owd-c2-apple-weiterleitung", OWB, [ow(
    "Ayşe Öztürk <a.oeztuerk@icloud.com>", "Fwd: Anzahlung Halal Grill Langenhagen", at("2025-09-29 22:40", TR),
    "Bitte bearbeiten, mein Bruder hat keine Zeit.\n\nAnfang der weitergeleiteten Nachricht:\n\n"
    "Von: Halal Grill Langenhagen <info@halalgrill-langenhagen.de>\nBetreff: Anzahlung Halal Grill Langenhagen\n"
    "Datum: 29. September 2025 um 10:12:40 MESZ\nAn: Ayşe Öztürk <a.oeztuerk@icloud.com>\n\n"
    "Ayşe kannst du das bitte an die Webdesigner schicken: wir wollen die Anzahlung OWD-2025-853 zurück, der Mietvertrag "
    "für den zweiten Laden ist geplatzt.\nTarık")],
    "need_info", rules=["C2"],
    spec="s.8 Apple Mail forward ('Anfang der weitergeleiteten Nachricht') of a request from contract email info@halalgrill-langenhagen.de; the sender is the sister's iCloud address -> C2.")

r.case("owd-c4-verbraucherzentrale", OWB, [ow(
    "Bäckerei Sommer <info@baeckerei-sommer.be>", "LETZTE AUFFORDERUNG Anzahlung", at("2025-09-29 09:30", DE),
    "Guten Tag,\n\nzum zweiten Mal: wir wollen die Anzahlung OWD-2025-852 für \"Bäckerei Sommer Eupen\" zurück, das "
    "Projekt wird nicht gemacht. Ihr habt noch nichts gearbeitet. Falls bis Mittwoch keine Antwort kommt, gehe ich zur "
    "Verbraucherschutzzentrale Ostbelgien und zum Anwalt.\n\nJosef Sommer")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: consumer protection body and lawyer -> escalate (O2 alone: paid 2025-09-27 11:00, email 2025-09-29 13:00 IST = 50 h, would approve).")

ms1 = ow("Müritz Kanu <info@mueritz-kanu.de>", "Vertrag beenden", at("2025-09-24 17:00", DE),
         "Hallo,\n\nhiermit kündigen wir \"Müritz Kanu Social\", Rechnung OWD-2025-842.\n\nRonny Schulz\nMüritz Kanu, Waren")
r.case("owd-kuendigung-ohne-grund", OWB, [ms1], "need_info", missing=["reason"],
       spec="s.8: Optima requires a reason for cancellations too; none given -> ask for reason.")

ms1b = ow(ms1.frm, ms1.subject, ms1.when, ms1.body)
r.case("owd-thread-grund-nachgereicht", OWB, [ms1b, ow(
    "Müritz Kanu <info@mueritz-kanu.de>", "AW: Vertrag beenden [OWD-3301]", at("2025-09-29 08:00", DE),
    "Hallo,\n\nGrund: Die Saison ist vorbei und wir machen im Winter keine Werbung mehr.\n\nRonny\n\n"
    "Am 25.09.2025 um 10:00 schrieb Optima WebDesign:\n> Bitte nennen Sie uns den Grund Ihrer Kündigung.",
    reply=ms1b, refs_extra=["<de-owd-mueritz-ask@optimawebdesign.com>"])],
    "decided", [K("cancel", "2025-10-03")],
    spec="C3 thread: reason supplied later; request time = first email 2025-09-24 <= 2025-09-27 (next_billing_at 2025-10-04 minus 7) -> cancel effective 2025-10-03.")

r.case("owd-projekt-fehlt", OWB, [ow(
    "Anna Petrow <anna.petrow@klavierschule-petrow.de>", "Erstattung", at("2025-09-25 16:00", DE),
    "Guten Tag,\n\nich möchte bitte das Geld zurück, weil meine Klavierschule umzieht nach Minsk zu meiner Familie und "
    "ich brauche keine Website in Deutschland mehr.\n\nMit freundlichen Grüßen\nAnna Petrow")],
    "need_info", missing=["invoice_number", "project_name"],
    spec="C3: contract sender and reason, but neither project nor invoice named, and the contract email holds two projects -> ask for project_name and invoice_number.")

r.case("owd-erstattete-zahlung", OWB, [ow(
    "Anna Petrow <anna.petrow@klavierschule-petrow.de>", "Discovery Klavierschule Petrow OWD-2025-854",
    at("2025-09-27 10:00", RU),
    "Guten Tag,\n\nfür \"Klavierschule Petrow\" (OWD-2025-854) bitte ich um Erstattung der Discovery-Gebühr, ich ziehe "
    "nach Minsk um.\n\nMit freundlichen Grüßen\nAnna Petrow")],
    "decided", [R("escalate")],
    spec="s.8: OWD-2025-854 has status 'refunded' (not paid) -> a refund of it is escalated.")

r.case("owd-abwesend-thunderbird", OWB, [ow(
    "Teestube Ostfriesland <shop@teestube-ostfriesland.de>", "Abwesend: Ihre Rechnung OWD-2025-841",
    at("2025-09-20 08:00", DE),
    "Ich bin bis zum 05.10. auf Langeoog und lese keine Mails. Bei Bestellungen bitte an bestellung@teestube-ostfriesland.de.\n"
    "Gesche Onnen", headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied / Precedence bulk -> ignore.")

r.case("owd-frage-stundenzettel", OWB, [ow(
    "Elektro Wiśniewski <biuro@elektro-wisniewski.de>", "Stundenübersicht Meilenstein 3", at("2025-09-29 12:00", DE),
    "Guten Tag,\n\nkönnen Sie uns bitte eine Übersicht der bisher geleisteten Stunden für den Meilenstein 3 schicken? "
    "Unser Steuerberater braucht das für die Aktivierung. Eine Erstattung wollen wir nicht, nur die Aufstellung.\n\n"
    "Z poważaniem\nMarek Wiśniewski")],
    "other", spec="s.8 negation ('Eine Erstattung wollen wir nicht'); a timesheet is asked for -> other.")

r.write(ledger)
