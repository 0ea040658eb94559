"""fresh28_de: German held-out cases (Zurich, Bern, Basel, Liechtenstein, Luxembourg, Hamburg, Berlin, Swabia,
Alsace). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
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
CH = 2      # CEST: Switzerland, Liechtenstein, Luxembourg, Germany, Alsace in September 2025

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]

# ---------------- LeadsOptima ledger ----------------
C += [
    cust("reto.meier@bluewin.ch", "Reto Meier", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("buchhaltung@schreinerei-gerber.ch", "Schreinerei Gerber AG", "quarterly", start="2025-09-18", end="2025-12-17"),
    cust("info@apotheke-spalen.ch", "Apotheke am Spalenberg", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("m.schmit@pt.lu", "Marc Schmit", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("jan.krogmann@hamburg-reederei.de", "Jan Krogmann", "annual", start="2025-09-23", end="2026-09-22"),
    cust("kiez@spaetkauf-wedding.de", "Spätkauf Wedding", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("h.bader@bader-gartenbau.de", "Heinz Bader", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("sandra.wyss@gmx.ch", "Sandra Wyss", "annual", start="2025-09-25", end="2026-09-24"),
    cust("contact@weinhaus-riquewihr.fr", "Weinhaus Dietrich Riquewihr", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("urs.blaser@bluewin.ch", "Urs Blaser", "monthly", status="trial", trial_ends="2025-10-06"),
    cust("sekretariat@treuhand-kaelin.ch", "Treuhand Kälin GmbH", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("moin@fischhandel-kuehl.de", "Fischhandel Kühl", "annual"),
    cust("office@druckerei-ney.lu", "Imprimerie Ney S.à r.l.", "monthly"),
    cust("velo@veloladen-wipkingen.ch", "Veloladen Wipkingen", "quarterly", start="2025-08-20", end="2025-11-19"),
    cust("lena@kiezbuero-neukoelln.de", "Lena Scholz", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("info@elektro-zuercher.ch", "Elektro Zürcher AG", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("gl@bergbahnen-ebnat.ch", "Bergbahnen Ebnat AG", "annual", start="2025-09-24", end="2026-09-23"),
    cust("anna.frei@sunrise.ch", "Anna Frei", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("thomas.kramer@kramer-immo.li", "Thomas Kramer", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("finanzen@clubhaus-basel.ch", "Clubhaus Basel", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("info@physio-marzili.ch", "Physio Marzili", "quarterly", start="2025-09-16", end="2025-12-15"),
    cust("info@metzgerei-baumgartner.ch", "Metzgerei Baumgartner", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("verwaltung@stiftung-lindenhof.ch", "Stiftung Lindenhof", "annual", start="2025-09-26", end="2026-09-25"),
    cust("b.haeberle@haeberle-bau.de", "Bernd Häberle", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("kanzlei@oehri-partner.li", "Oehri & Partner Anstalt", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("info@gartencenter-riehen.ch", "Gartencenter Riehen", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("kontakt@tattoo-ottensen.de", "Tattoo Ottensen", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("post@hofladen-allgaeu.de", "Hofladen Rauch", "monthly", start="2025-09-13", end="2025-10-12"),
]
PAY += [
    lopay("d8_p01", "LO-INV-78101", "reto.meier@bluewin.ch", "monthly", *M, "2025-09-24T08:10:00", "2025-09-24", "2025-10-23"),
    lopay("d8_p02", "LO-INV-78102", "reto.meier@bluewin.ch", "monthly", *M, "2025-09-24T08:11:00", "2025-09-24", "2025-10-23"),
    lopay("d8_p03", "LO-INV-78111", "buchhaltung@schreinerei-gerber.ch", "quarterly", *Q, "2025-09-18T10:00:00", "2025-09-18", "2025-12-17"),
    lopay("d8_p04", "LO-INV-78112", "buchhaltung@schreinerei-gerber.ch", "quarterly", *Q, "2025-09-18T10:01:00", "2025-09-18", "2025-12-17"),
    lopay("d8_p05", "LO-INV-78121", "info@apotheke-spalen.ch", "monthly", *M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18"),
    lopay("d8_p06", "LO-INV-78122", "info@apotheke-spalen.ch", "monthly", *M, "2025-09-19T09:01:00", "2025-09-19", "2025-10-18"),
    lopay("d8_p07", "LO-INV-78123", "info@apotheke-spalen.ch", "monthly", *M, "2025-09-27T09:00:00", "2025-09-19", "2025-10-18"),
    lopay("d8_p08", "LO-INV-78131", "m.schmit@pt.lu", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26"),
    lopay("d8_p09", "LO-INV-78141", "jan.krogmann@hamburg-reederei.de", "annual", *A, "2025-09-23T12:00:00", "2025-09-23", "2026-09-22"),
    lopay("d8_p10", "LO-INV-78151", "kiez@spaetkauf-wedding.de", "monthly", *M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09"),
    lopay("d8_p11", "LO-INV-78161", "h.bader@bader-gartenbau.de", "monthly", *M, "2025-09-12T07:00:00", "2025-09-12", "2025-10-11"),
    lopay("d8_p12", "LO-INV-78162", "h.bader@bader-gartenbau.de", "monthly", *M, "2025-09-12T07:02:00", "2025-09-12", "2025-10-11"),
    lopay("d8_p13", "LO-INV-78171", "sandra.wyss@gmx.ch", "annual", *A, "2025-09-25T09:00:00", "2025-09-25", "2026-09-24"),
    lopay("d8_p14", "LO-INV-78181", "contact@weinhaus-riquewihr.fr", "quarterly", *Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21"),
    lopay("d8_p15", "LO-INV-78191", "sekretariat@treuhand-kaelin.ch", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14"),
    lopay("d8_p16", "LO-INV-78201", "moin@fischhandel-kuehl.de", "annual", *A, "2024-10-15T10:00:00", None, None),
    lopay("d8_p17", "LO-INV-78210", "office@druckerei-ney.lu", "monthly", *M, "2025-08-10T21:00:00+00:00", None, None),
    lopay("d8_p18", "LO-INV-78211", "office@druckerei-ney.lu", "monthly", *M, "2025-09-10T22:00:00+00:00", None, None),
    lopay("d8_p19", "LO-INV-78221", "velo@veloladen-wipkingen.ch", "quarterly", *Q, "2025-08-20T09:00:00", "2025-08-20", "2025-11-19"),
    lopay("d8_p20", "LO-INV-78231", "lena@kiezbuero-neukoelln.de", "monthly", *M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26"),
    lopay("d8_p21", "LO-INV-78232", "lena@kiezbuero-neukoelln.de", "monthly", *M, "2025-09-27T09:00:40", "2025-09-27", "2025-10-26"),
    lopay("d8_p22", "LO-INV-78241", "info@elektro-zuercher.ch", "monthly", *M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"),
    lopay("d8_p23", "LO-INV-78251", "gl@bergbahnen-ebnat.ch", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23"),
    lopay("d8_p24", "LO-INV-78252", "gl@bergbahnen-ebnat.ch", "annual", *A, "2025-09-24T10:02:00", "2025-09-24", "2026-09-23"),
    lopay("d8_p25", "LO-INV-78261", "anna.frei@sunrise.ch", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("d8_p26", "LO-INV-78265", "thomas.kramer@kramer-immo.li", "quarterly", *Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21"),
    lopay("d8_p27", "LO-INV-78271", "finanzen@clubhaus-basel.ch", "monthly", *M, "2025-09-25T08:00:00", "2025-09-25", "2025-10-24"),
    lopay("d8_p28", "LO-INV-78272", "finanzen@clubhaus-basel.ch", "monthly", *M, "2025-09-25T08:01:00", "2025-09-25", "2025-10-24"),
    lopay("d8_p29", "LO-INV-78281", "info@physio-marzili.ch", "quarterly", *Q, "2025-09-16T09:00:00", "2025-09-16", "2025-12-15"),
    lopay("d8_p30", "LO-INV-78291", "info@metzgerei-baumgartner.ch", "monthly", *M, "2025-09-29T08:00:00", "2025-09-29", "2025-10-28"),
    lopay("d8_p31", "LO-INV-78292", "info@metzgerei-baumgartner.ch", "monthly", *M, "2025-09-29T08:01:00", "2025-09-29", "2025-10-28"),
    lopay("d8_p32", "LO-INV-78301", "verwaltung@stiftung-lindenhof.ch", "annual", *A, "2025-09-26T09:00:00", "2025-09-26", "2026-09-25"),
    lopay("d8_p33", "LO-INV-78311", "b.haeberle@haeberle-bau.de", "monthly", *M, "2025-09-27T07:00:00", "2025-09-27", "2025-10-26"),
    lopay("d8_p34", "LO-INV-78312", "b.haeberle@haeberle-bau.de", "monthly", *M, "2025-09-27T07:01:00", "2025-09-27", "2025-10-26"),
    lopay("d8_p35", "LO-INV-78321", "kanzlei@oehri-partner.li", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("d8_p36", "LO-INV-78322", "kanzlei@oehri-partner.li", "monthly", *M, "2025-09-25T09:00:30", "2025-09-25", "2025-10-24", status="refunded"),
    lopay("d8_p37", "LO-INV-78331", "info@gartencenter-riehen.ch", "quarterly", "4999.00", "899.82", "2025-09-24T09:00:00", "2025-09-24", "2025-12-23"),
    lopay("d8_p38", "LO-INV-78341", "kontakt@tattoo-ottensen.de", "monthly", *M, "2025-09-05T09:00:00", "2025-09-05", "2025-10-04"),
    lopay("d8_p39", "LO-INV-78351", "post@hofladen-allgaeu.de", "monthly", *M, "2025-09-13T09:00:00", "2025-09-13", "2025-10-12"),
]

# ---------------- Optima WebDesign ledger ----------------
P += [
    proj("Confiserie Aebi Relaunch", "marketing@confiserie-aebi.ch", None),
    proj("Kanzlei Vogt Website", "sekretariat@kanzlei-vogt.li", "2025-09-17T13:30:00"),
    proj("Hafenbar Altona Website", "moin@hafenbar-altona.de", "2025-10-06T14:00:00"),
    proj("Velokurier Bern Shop", "buero@velokurier-bern.ch", None),
    proj("Backstub Kieffer Webseite", "info@backstub-kieffer.fr", None),
    proj("Zunfthaus Basel Website", "events@zunfthaus-basel.ch", "2025-09-29T09:00:00"),
    proj("Reederei Krogmann Portal", "it@reederei-krogmann.de", "2025-08-01T10:00:00"),
    proj("Spreeblick Hotel Buchungsstrecke", "it@spreeblick-hotel.de", "2025-08-15T10:00:00"),
    proj("Kunstraum Vaduz Katalog", "katalog@kunstraum-vaduz.li", "2025-07-01T10:00:00"),
    proj("Bäckerei Zbinden Social", "zbinden@baeckerei-zbinden.ch", "2025-06-20T10:00:00"),
    proj("Fischbude Hamburg SEO", "seo@fischbude-hamburg.de", "2025-05-05T10:00:00"),
    proj("Alb-Ferienhof Social", "info@alb-ferienhof.de", "2025-06-05T10:00:00"),
    proj("Caves Wormer Retainer", "contact@caves-wormer.lu", "2025-06-10T10:00:00"),
    proj("Pension Rigiblick Hosting", "info@pension-rigiblick.ch", "2025-09-22T10:00:00"),
    proj("Domaine Hertz Hosting", "info@domaine-hertz-eguisheim.fr", "2025-09-05T10:00:00"),
    proj("Kita Sonnenhof Wartung", "leitung@kita-sonnenhof.ch", None),
    proj("Schreinerei Lüthi Website", "info@schreinerei-luethi.ch", "2025-08-01T10:00:00"),
    proj("Hafenfest Harburg Microsite", "orga@hafenfest-harburg.de", "2025-09-15T10:00:00"),
    proj("Praxis Dr. Wenger Website", "praxis@dr-wenger.ch", "2025-07-10T10:00:00"),
    proj("Metallbau Frick Website", "einkauf@metallbau-frick.li", None),
    proj("Stadtgärtnerei Basel Portal", "gf@stadtgaertnerei-basel.ch", None),
    proj("Jodlerklub Thun Website", "kassier@jodlerklub-thun.ch", None),
    proj("Restaurant Linde Website", "info@gastro-huber.ch", "2025-05-01T10:00:00"),
    proj("Hotel Linde Buchung", "info@gastro-huber.ch", "2025-07-01T10:00:00"),
    proj("Fahrschule Nydegger Retainer", "info@fahrschule-nydegger.ch", "2025-04-01T10:00:00"),
]
PAY += [
    owpay("d8_o01", "OWD-2025-801", "Confiserie Aebi Relaunch", "discovery", "9500.00", "1710.00", "2025-09-24T11:00:00"),
    owpay("d8_o02", "OWD-2025-802", "Kanzlei Vogt Website", "discovery", "6000.00", "1080.00", "2025-09-15T11:00:00"),
    owpay("d8_o03", "OWD-2025-803", "Hafenbar Altona Website", "discovery", "7500.00", "1350.00", "2025-09-27T11:00:00"),
    owpay("d8_o04", "OWD-2025-804", "Velokurier Bern Shop", "deposit", "24000.00", "4320.00", "2025-09-26T15:00:00"),
    owpay("d8_o05", "OWD-2025-805", "Backstub Kieffer Webseite", "deposit", "16000.00", "2880.00", "2025-09-20T12:00:00"),
    owpay("d8_o06", "OWD-2025-806", "Zunfthaus Basel Website", "deposit", "20000.00", "3600.00", "2025-09-28T16:00:00"),
    owpay("d8_o07", "OWD-2025-807", "Reederei Krogmann Portal", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="approved"),
    owpay("d8_o08", "OWD-2025-808", "Reederei Krogmann Portal", "milestone", "22500.00", "4050.00", "2025-09-20T10:00:00", milestone_status="not_started"),
    owpay("d8_o09", "OWD-2025-809", "Spreeblick Hotel Buchungsstrecke", "milestone", "18000.00", "3240.00", "2025-09-05T10:00:00", milestone_status="in_progress"),
    owpay("d8_o10", "OWD-2025-810", "Kunstraum Vaduz Katalog", "milestone", "14000.00", "2520.00", "2025-08-05T10:00:00", milestone_status="completed"),
    owpay("d8_o11", "OWD-2025-811", "Bäckerei Zbinden Social", "retainer", "12000.00", "2160.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"),
    owpay("d8_o12", "OWD-2025-812", "Fischbude Hamburg SEO", "retainer", "8500.00", "1530.00", "2025-09-05T09:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00"),
    owpay("d8_o13", "OWD-2025-813", "Alb-Ferienhof Social", "retainer", "9000.00", "1620.00", "2025-09-05T09:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00"),
    owpay("d8_o14", "OWD-2025-814", "Caves Wormer Retainer", "retainer", "15000.00", "2700.00", "2025-09-10T09:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00"),
    owpay("d8_o15", "OWD-2025-815", "Caves Wormer Retainer", "retainer", "15000.00", "2700.00", "2025-09-28T09:00:00",
          period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T09:00:00"),
    owpay("d8_o16", "OWD-2025-816", "Pension Rigiblick Hosting", "hosting_annual", "10000.00", "1800.00", "2025-09-20T09:00:00",
          setup_fee="1499.00", service_start="2025-09-22"),
    owpay("d8_o17", "OWD-2025-817", "Domaine Hertz Hosting", "hosting_annual", "14400.00", "2592.00", "2025-09-03T09:00:00",
          setup_fee="1800.00", service_start="2025-09-05"),
    owpay("d8_o18", "OWD-2025-818", "Kita Sonnenhof Wartung", "maintenance_annual", "8400.00", "1512.00", "2025-09-25T09:00:00",
          setup_fee="1200.00", service_start="2025-10-15"),
    owpay("d8_o19", "OWD-2025-819", "Schreinerei Lüthi Website", "third_party", "4200.00", "756.00", "2025-09-22T09:00:00"),
    owpay("d8_o20", "OWD-2025-820", "Hafenfest Harburg Microsite", "rush", "6500.00", "1170.00", "2025-09-16T09:00:00"),
    owpay("d8_o21", "OWD-2025-821", "Praxis Dr. Wenger Website", "change_request", "5200.00", "936.00", "2025-09-24T09:00:00"),
    owpay("d8_o22", "OWD-2025-822", "Metallbau Frick Website", "deposit", "18000.00", "3240.00", "2025-09-29T10:00:00"),
    owpay("d8_o23", "OWD-2025-823", "Stadtgärtnerei Basel Portal", "discovery", "8000.00", "1440.00", "2025-09-26T10:00:00"),
    owpay("d8_o24", "OWD-2025-824", "Jodlerklub Thun Website", "deposit", "15000.00", "2700.00", "2025-09-27T10:00:00"),
    owpay("d8_o25", "OWD-2025-825", "Restaurant Linde Website", "retainer", "7000.00", "1260.00", "2025-09-25T09:00:00",
          period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25T09:00:00"),
    owpay("d8_o26", "OWD-2025-826", "Hotel Linde Buchung", "retainer", "11000.00", "1980.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("d8_o27", "OWD-2025-827", "Fahrschule Nydegger Retainer", "retainer", "6000.00", "1080.00", "2025-09-18T09:00:00",
          period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00"),
]

r = Round(HERE, "de")
AMB_PAIR = ("section 1 fills a field 'the ledger holds for a verified sender' and s.8 says a duplicate's "
            "invoice_number is the later charge of the pair: with exactly one identical pair in the ledger the "
            "charge may be taken as identified (approve 1499.00), or the invoice asked for (C3, need_info)")
DISCL_CH = ("\n\n--\nDiese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht "
            "der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Mail. "
            "Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.\n"
            "This e-mail may contain confidential information. If you are not the intended recipient, please notify "
            "the sender immediately and delete it.")

# ======================= LeadsOptima =======================
r.case("zh-mundart-doppelt", LOB, [Mail(
    "Reto Meier <reto.meier@bluewin.ch>", "zwei mal abbuechet??", at("2025-09-26 07:45", CH),
    "Grüezi mitenand\n\nIhr händ mir am Mittwuch s Monetsabo zwei mal abbuechet, zwei mal 1499.- uf de Kreditkarte "
    "(Viseca). Das isch sicher es Versehe. Die zweiti Rächnig isch LO INV 78102, die chönd er mir bitte "
    "zruggzahle.\n\nMerci vielmal und en schöne Tag\nReto\n\nVon meinem iPhone gesendet")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate ('zwei mal abbuechet', Zurich dialect) + L4: d8_p01/d8_p02 same account, amount, period 2025-09-24; request 2025-09-26 IST day 2; refund LO-INV-78102 = 1499.00 ('LO INV 78102', s.8).")

r.case("bern-tag7-spaetabends", LOB, [Mail(
    "Schreinerei Gerber AG | Buchhaltung <buchhaltung@schreinerei-gerber.ch>",
    "Doppelbelastung Quartalsabonnement (Rechnung LO-INV-78112)", at("2025-09-25 20:25", CH),
    "Sehr geehrte Damen und Herren\n\nBeim Abgleich der Kreditkartenabrechnung haben wir festgestellt, dass Ihr "
    "Quartalsabonnement am 18.9.2025 doppelt belastet wurde (2 x INR 3'999.00 exkl. MWST). Die zweite Belastung "
    "gehört zur Rechnung LO-INV-78112.\n\nWir ersuchen Sie höflich um Rückvergütung des doppelt belasteten Betrags "
    "auf die ursprüngliche Karte.\n\nFreundliche Grüsse\n\nRuth Gerber\nBuchhaltung\nSchreinerei Gerber AG\n"
    "Könizstrasse 212, 3097 Liebefeld\nMWST-Nr. CHE-112.334.556 MWST")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-18 (day 0); email 2025-09-25 20:25 +02:00 = 23:55 IST, local date 2025-09-25 = day 7, inside; L4 duplicate LO-INV-78112 -> 3999.00 (before tax).")

r.case("basel-dreifach-eine-zu-spaet", LOB, [Mail(
    "Apotheke am Spalenberg <info@apotheke-spalen.ch>", "Monatsabo 3x belastet",
    at("2025-09-28 11:00", CH),
    "Guten Tag\n\nUnser Monatsabo wurde inzwischen drei Mal belastet: am 19.9. zwei Mal kurz hintereinander "
    "(LO-INV-78121 und LO-INV-78122) und am 27.9. nochmals (LO-INV-78123), alles für dieselbe Periode "
    "19.9.-18.10. Die erste Belastung ist korrekt, die beiden anderen sind Doppelbelastungen.\n"
    "Bitte vergüten Sie uns die zwei zu viel bezahlten Beträge zurück.\n\nFreundliche Grüsse\n"
    "Dr. pharm. Claudia Vischer\nApotheke am Spalenberg, Basel")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 three identical charges (same account, 1499.00, period 2025-09-19..10-18): d8_p06 (2025-09-19, day 9) and d8_p07 (2025-09-27, day 1) are duplicates; only those inside L3 are refunded: 1499.00 (d8_p07).")

r.case("lux-jahr-statt-monat", LOB, [Mail(
    "Marc Schmit <m.schmit@pt.lu>", "Falsche Abbuchung - Jahresabo statt Monatsabo",
    at("2025-09-29 09:10", CH),
    "Moien,\n\nich habe bei Ihnen das Monatsabo gebucht, abgebucht wurde aber am 27.09. der Preis für das Jahresabo "
    "(11.988 statt 1.499), Rechnung LO-INV-78131. Da wurde der falsche Plan belastet, bitte korrigieren und den "
    "Betrag zurückerstatten.\n\nMerci a schéine Gruss\nMarc Schmit\nEsch-sur-Alzette")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside L3 (charge 2025-09-27, request 2025-09-29, day 2) -> L5 escalate, no amount.")

r.case("hamburg-login-reederei", LOB, [Mail(
    "Jan Krogmann <jan.krogmann@hamburg-reederei.de>", "Kein Login möglich seit Mittwoch",
    at("2025-09-26 16:20", CH),
    "Moin moin,\n\nseit Mittwoch kommen wir nicht mehr in LeadsOptima rein: nach dem Login bleibt die Seite weiß, "
    "auf allen Rechnern im Kontor. Ihr Support-Chat hat uns bisher nur vertröstet. Wir haben am 23.09. das "
    "Jahresabo bezahlt (LO-INV-78141) und können seitdem nicht damit arbeiten.\n\nDeshalb möchten wir "
    "das Geld bitte zurück.\n\nTschüss\nJan Krogmann\nKrogmann Reederei-Agentur, Hamburg")],
    "decided", [R("escalate")],
    spec="L2 access_failure (no login, white page) inside L3 (charge 2025-09-23, request 2025-09-26 day 3) -> L6 escalate.")

r.case("berlin-spaeti-zugang-zu-spaet", LOB, [Mail(
    "Spätkauf Wedding <kiez@spaetkauf-wedding.de>", "wat is los mit eurem programm",
    at("2025-09-22 23:15", CH),
    "hallo\n\nick komm seit tagen nich mehr rin in euer dashboard, da dreht sich nur dit rädchen. hab am 10. "
    "bezahlt, rechnung LO-INV-78151. jib mir bitte mein jeld zurück, so bringt mir dit nüscht.\n\n"
    "gruß aus'm wedding\nErol")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-10; email 2025-09-22 23:15 +02:00 = 2025-09-23 02:45 IST, day 13 > 7 -> deny citing the 7-day rule.")

r.case("schwaben-doppelt-zu-spaet", LOB, [Mail(
    "Heinz Bader <h.bader@bader-gartenbau.de>", "Doppelt abbucht",
    at("2025-09-24 07:05", CH),
    "Grüß Gott,\n\nmei Frau hot grad gsehe, dass ihr vor ra Woch des Monatsabo zwoimol abbucht hend, "
    "LO-INV-78161 ond LO-INV-78162, jedes Mol 1499. Des zwoite wett i zrück, gell.\n\nAde\nHeinz Bader\n"
    "Bader Gartenbau, Nürtingen")],
    "decided", [R("deny")],
    spec="L2 duplicate but L3: charges 2025-09-12 ('vor ra Woch' is the customer's guess), request 2025-09-24 IST = day 12 > 7 -> deny.")

r.case("bern-budget-gestrichen", LOB, [Mail(
    "Sandra Wyss <sandra.wyss@gmx.ch>", "Rückerstattung Jahresabo",
    at("2025-09-26 14:30", CH),
    "Grüessech\n\nLeider hat unser Vorstand das Marketingbudget für 2026 gestrichen, das Jahresabo ist uns jetzt "
    "schlicht zu teuer. Ich bitte Sie deshalb, die Rechnung LO-INV-78171 vom 25.9. zu stornieren und den Betrag "
    "zurückzuerstatten.\n\nEs Grüessli us Bärn\nSandra Wyss")],
    "decided", [R("deny")],
    spec="L1: 'zu teuer / Budget gestrichen' is none of the L2 reasons -> deny and offer cancellation (inside L3 does not matter).")

r.case("elsass-meinung-geaendert", LOB, [Mail(
    "Weinhaus Dietrich <contact@weinhaus-riquewihr.fr>", "Abonnement / remboursement",
    at("2025-09-24 18:40", CH),
    "Salü,\n\nmir han am 22. s'Quartalsabo gnumme (LO-INV-78181), aber jetzt han i mi anders entschiede, mir "
    "mache's doch mit unserer Nichte wo Marketing studiert. Isch's möglich s'Geld zruck z'bekumme? "
    "Merci viel mol.\n\nBonne journée\nAndré Dietrich\nWeinhaus Dietrich, Riquewihr")],
    "decided", [R("deny")],
    spec="L1: changed mind ('anders entschiede', Alsatian German with French) is not an L2 exception -> deny, offer cancellation.")

r.case("bern-testphase", LOB, [Mail(
    "Urs Blaser <urs.blaser@bluewin.ch>", "Testphase - Geld zurück",
    at("2025-09-30 08:50", CH),
    "Grüezi\n\nIch teste LeadsOptima gerade (Monatsplan, Testphase bis 6.10.). Auf meinem E-Banking sehe ich "
    "aber eine Reservation von Ihnen. Ich möchte nichts bezahlen, bitte geben Sie mir das Geld zurück.\n\n"
    "Freundliche Grüsse\nUrs Blaser, Thun")],
    "decided", [R("deny")],
    spec="L7: the ledger shows a trial account (trial_ends 2025-10-06) with no charges: nothing to refund -> deny; no billing unless they subscribe.")

r.case("treuhand-per-sofort", LOB, [Mail(
    "Treuhand Kälin GmbH <sekretariat@treuhand-kaelin.ch>", "Kündigung Abonnement per sofort",
    at("2025-09-29 10:05", CH),
    "Sehr geehrte Damen und Herren\n\nHiermit kündigen wir unser Monatsabonnement per sofort bzw. auf den "
    "nächstmöglichen Termin. Grund: Wir stellen auf die Lösung unseres Dachverbands um.\n\nBesten Dank für die "
    "schriftliche Bestätigung.\n\nFreundliche Grüsse\nTreuhand Kälin GmbH\nPatrizia Kälin\nBahnhofstrasse 8, "
    "8808 Pfäffikon SZ")],
    "decided", [K("cancel", "2025-10-14")],
    spec="L8: 'per sofort' still means end of the current cycle: current_period_end 2025-10-14.")

r.case("hamburg-fallback-jahr", LOB, [Mail(
    "Fischhandel Kühl <moin@fischhandel-kuehl.de>", "Kündigung",
    at("2025-09-23 06:30", CH),
    "Moin,\n\nbitte das Jahresabo kündigen, wir gehen in Rente und der Laden macht zu. Verlängern soll sich da "
    "nix mehr.\n\nTschüss\nHinnerk Kühl\nFischhandel Kühl, Hamburg-Altona")],
    "decided", [K("cancel", "2025-10-14")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-78201 2024-10-15 + 12 months - 1 day = 2025-10-14.")

r.case("lux-fallback-utc-ladung", LOB, [Mail(
    "Imprimerie Ney <office@druckerei-ney.lu>", "Kündigung Monatsabo",
    at("2025-09-25 15:00", CH),
    "Moien,\n\nwir kündigen das Monatsabo. Grund: die Druckerei wird an die Gruppe Saint-Paul verkauft, die hat "
    "ein eigenes CRM.\n\nMat beschte Gréiss\nClaude Ney\nImprimerie Ney S.à r.l., Wiltz")],
    "decided", [K("cancel", "2025-10-10")],
    spec="L8 fallback with an offset (s.8): last charge 2025-09-10T22:00+00:00 = 2025-09-11 03:30 IST; local date 09-11 + 1 month - 1 day = 2025-10-10.")

r.case("zh-kuendigen-rest-zurueck", LOB, [Mail(
    "Veloladen Wipkingen <velo@veloladen-wipkingen.ch>", "Abo künden + Restguthaben",
    at("2025-09-27 12:10", CH),
    "Hoi zäme\n\nMir künded s Quartalsabo, mir händ eifach kei Ziit zum das bruuche. Bitte überwiised eus de "
    "Rest vom Quartal (Oktober und November) zrugg, mir händ das ja nöd brucht.\n\nLiebi Grüess\nSimon\n"
    "Veloladen Wipkingen")],
    "decided", [K("cancel", "2025-11-19"), R("deny")],
    spec="L8 cancel at current_period_end 2025-11-19; refund of unused months is L1 (no partial refunds; charge 2025-08-20 also outside L3) -> deny.")

r.case("neukoelln-doppelt-und-kuendigen", LOB, [Mail(
    "Lena Scholz <lena@kiezbuero-neukoelln.de>", "Doppelt abgebucht + Kündigung",
    at("2025-09-28 19:45", CH),
    "Hallo,\n\nzwei Sachen:\n1) Ihr habt mir gestern das Monatsabo zweimal abgezogen (LO-INV-78231 und "
    "LO-INV-78232). Bitte die zweite zurück.\n2) Danach bitte kündigen, ich mach mich ab November selbständig "
    "und brauch das Büro-Abo nicht mehr.\n\nLG Lena")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-26")],
    spec="L4 duplicate 2025-09-27 (day 1): approve LO-INV-78232 1499.00; L8 cancel at current_period_end 2025-10-26.")

r.case("c2-bluewin-privat", LOB, [Mail(
    "Peter Zürcher <p.zuercher@bluewin.ch>", "Abrechnung falsch",
    at("2025-09-25 21:30", CH),
    "Grüezi\n\nIch schreibe von privat, das Konto läuft auf info@elektro-zuercher.ch. Sie haben uns einen falschen "
    "Betrag belastet (LO-INV-78241). Bitte schicken Sie mir die Kontoübersicht und die letzten Zahlungen an "
    "diese Adresse und erstatten Sie den Fehlbetrag.\n\nGruss Peter Zürcher")],
    "need_info", rules=["C2"],
    spec="C2: the request names registered email info@elektro-zuercher.ch but comes from p.zuercher@bluewin.ch: ask to write from the registered address; disclose nothing.")

r.case("c2-outlook-wg-assistenz", LOB, [Mail(
    "Assistenz GL Bergbahnen Ebnat <assistenz@bergbahnen-ebnat.ch>", "WG: Jahresabo doppelt bezahlt",
    at("2025-09-26 09:12", CH),
    "Guten Morgen\n\nIch leite Ihnen die Nachricht unseres Geschäftsführers weiter, mit der Bitte um Erledigung.\n\n"
    "Freundliche Grüsse\nMonika Rüegg\nAssistentin der Geschäftsleitung\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Urs Brändle <gl@bergbahnen-ebnat.ch>\nGesendet: Donnerstag, 25. "
    "September 2025 18:02\nAn: Assistenz GL <assistenz@bergbahnen-ebnat.ch>\nBetreff: Jahresabo doppelt bezahlt\n\n"
    "Monika, bitte an LeadsOptima: das Jahresabo wurde am 24.9. doppelt abgebucht (LO-INV-78251 und LO-INV-78252), "
    "unser Konto ist gl@bergbahnen-ebnat.ch. Die zweite Zahlung soll zurück.\n\nUrs")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: the Outlook WG: carries a request naming registered gl@bergbahnen-ebnat.ch, sent by assistenz@: ask for the request from the registered address.")

r.case("c2-plus-tag", LOB, [Mail(
    "Anna Frei <anna.frei+lo@sunrise.ch>", "kein Zugang",
    at("2025-09-28 13:00", CH),
    "Hallo\n\nMein Konto bei Ihnen ist anna.frei@sunrise.ch (ich schreibe von meiner Filter-Adresse). Seit zwei "
    "Tagen kann ich mich nicht einloggen, Fehler 500. Bitte Geld zurück für LO-INV-78261.\n\nLiebe Grüsse\nAnna")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: anna.frei+lo@sunrise.ch is another address than the registered anna.frei@sunrise.ch -> C2 need_info.")

r.case("c2-reply-to-vaduz", LOB, [Mail(
    "Thomas Kramer <thomas.kramer.li@gmail.com>", "Falscher Betrag Quartalsabo",
    at("2025-09-24 17:50", CH),
    "Grüezi\n\nBitte antworten Sie an meine Geschäftsadresse thomas.kramer@kramer-immo.li, dort ist auch das "
    "Konto registriert. Beim Quartalsabo (LO-INV-78265) wurde ein falscher Betrag verrechnet, ich bitte um "
    "Korrektur und Rückerstattung.\n\nFreundliche Grüsse\nThomas Kramer\nKramer Immobilien Anstalt, Schaan",
    headers={"Reply-To": "thomas.kramer@kramer-immo.li"})],
    "need_info", rules=["C2"],
    spec="C2 with Reply-To: the sender is the From gmail address; Reply-To never verifies (s.8); registered thomas.kramer@kramer-immo.li named -> need_info.")

r.case("c4-chargeback-viseca", LOB, [Mail(
    "Clubhaus Basel Finanzen <finanzen@clubhaus-basel.ch>", "Doppelbelastung - Frist",
    at("2025-09-27 11:00", CH),
    "Guten Tag\n\nSie haben uns am 25.9. das Monatsabo doppelt belastet (LO-INV-78271 / LO-INV-78272). Wir erwarten "
    "die Rückzahlung der zweiten Belastung bis Dienstag. Andernfalls machen wir bei der Viseca ein Chargeback und "
    "lassen die Zahlung zurückbuchen.\n\nFreundliche Grüsse\nClubhaus Basel, Finanzen")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback / Rückbuchung threat escalates, although L4 would approve 1499.00.")

r.case("c4-konsumentenschutz-kuendigung", LOB, [Mail(
    "Physio Marzili <info@physio-marzili.ch>", "Kündigung und Rückforderung",
    at("2025-09-29 16:40", CH),
    "Sehr geehrte Damen und Herren\n\nWir kündigen das Quartalsabo per sofort und verlangen den Betrag für "
    "Oktober bis Dezember zurück, das Programm hat uns nichts gebracht. Sollten Sie nicht einlenken, gelangen wir an "
    "die Stiftung für Konsumentenschutz und lassen die Sache durch unseren Rechtsanwalt prüfen.\n\n"
    "Freundliche Grüsse\nPhysio Marzili, Bern")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 (Konsumentenschutz, Rechtsanwalt) covers the whole case (s.8): refund and cancellation both escalate.")

r.case("c4-ausgeschlossen-metzgerei", LOB, [Mail(
    "Metzgerei Baumgartner <info@metzgerei-baumgartner.ch>", "doppelt bezahlt",
    at("2025-09-30 07:20", CH),
    "Grüezi\n\nGestern wurde das Monatsabo zweimal belastet, LO-INV-78291 und LO-INV-78292. Ich will keinen "
    "Streit, kein Chargeback und keinen Anwalt, nur die zweite Belastung zurück. Danke.\n\n"
    "Freundliche Grüsse\nKurt Baumgartner\nMetzgerei Baumgartner, Langenthal")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 negation: the threats are ruled out ('kein Chargeback und keinen Anwalt'), no C4; L4 duplicate 2025-09-29 (day 1) -> 1499.00.")

r.case("abwesenheit-bern", LOB, [Mail(
    "Sandra Wyss <sandra.wyss@gmx.ch>", "Abwesenheitsmeldung: Re: Ihre Anfrage [LO-7712]",
    at("2025-09-27 08:00", CH),
    "Grüessech\n\nIch bin bis 10. Oktober in den Ferien und lese meine E-Mails nicht. In dringenden Fällen "
    "wenden Sie sich an unser Sekretariat (031 318 22 11).\n\nSandra Wyss",
    headers={"Auto-Submitted": "auto-replied"}, refs_extra=["<de-l23-bot-reply@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Ferienabwesenheit) -> ignore.")

r.case("precedence-junk-webinar", LOB, [Mail(
    "KMU Marketing Forum <events@kmu-marketingforum.ch>", "Webinar: So holen Sie sich Doppelbelastungen zurück",
    at("2025-09-29 06:00", CH),
    "Liebe KMU-Community\n\nIm nächsten Webinar erklären wir, wie Sie doppelt belastete Abos zurückfordern und "
    "richtig kündigen.\n\nJetzt anmelden: https://kmu-marketingforum.example/webinar",
    headers={"Precedence": "junk"})],
    "ignore", rules=["C7"], spec="C7: Precedence: junk -> ignore, though it speaks of refunds and cancellations.")

r.case("eigene-adresse-billing", LOB, [Mail(
    "LeadsOptima Billing <billing@leadsoptima.com>", "Ihre Rechnung LO-INV-78101",
    at("2025-09-24 04:40", 0),
    "Vielen Dank für Ihre Zahlung. Ihre Rechnung LO-INV-78101 über INR 1,499.00 ist im Kundenkonto abrufbar. "
    "Rückerstattungen sind gemäss unserer Richtlinie ausgeschlossen.")],
    "ignore", rules=["C7"], spec="C7: mail from the brand's own address billing@leadsoptima.com -> ignore.")

r.case("postmaster-bluewin-dsn", LOB, [Mail(
    "postmaster@bluewin.ch", "Unzustellbar: Ihre Kündigung [LO-7730]",
    at("2025-09-29 12:01", CH),
    "Ihre Nachricht konnte nicht zugestellt werden.\n\n  treuhand.kaelin@bluewin.chh\n    Domain nicht gefunden\n",
    dsn=[[("Reporting-MTA", "dns; smtp.bluewin.ch")],
         [("Final-Recipient", "rfc822; treuhand.kaelin@bluewin.chh"), ("Action", "failed"), ("Status", "5.1.2")]])],
    "ignore", rules=["C7"], spec="C7: postmaster sender and a delivery-status report (RFC 3464) -> ignore.")

r.case("hamburg-keine-erstattung-login-geht", LOB, [Mail(
    "Jan Krogmann <jan.krogmann@hamburg-reederei.de>", "Login geht wieder",
    at("2025-09-29 10:00", CH),
    "Moin,\n\nkurze Entwarnung: seit heute früh kommen wir wieder rein. Eine Rückerstattung brauchen wir also "
    "nicht mehr, das Abo behalten wir. Könnt ihr uns noch sagen, wie man Leads als CSV exportiert?\n\n"
    "Tschüss\nJan")],
    "other",
    spec="s.8 negation/past: 'Rückerstattung brauchen wir nicht mehr', access failure is over; a how-to question -> other.")

r.case("lux-vorab-frage", LOB, [Mail(
    "Nathalie Weber <nathalie.weber@internet.lu>", "Frage vor Abschluss",
    at("2025-09-23 20:10", CH),
    "Moien,\n\nich überlege, das Jahresabo für unsere Fiduciaire abzuschliessen. Falls uns das Tool nach einem Monat "
    "nicht passt, würden wir dann einen Teil zurückbekommen? Und kann man monatlich kündigen?\n\n"
    "Äddi a merci\nNathalie Weber")],
    "other", spec="s.8 hypothetical before buying ('Falls ... würden wir ... zurückbekommen?') -> other.")

r.case("zh-merci-rueckzahlung", LOB, [Mail(
    "Reto Meier <reto.meier@bluewin.ch>", "AW: zwei mal abbuechet?? [LO-7701]",
    at("2025-09-30 18:30", CH),
    "Hoi\n\nd Rückzahlig isch hüt uf de Charte cho. Merci vielmal für die schnelli Hilf!\n\nGruess Reto\n\n"
    "> Am 26.09.2025 um 12:00 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
    "> Wir haben die Rückerstattung von INR 1,499.00 veranlasst.", refs_extra=["<de-l29-bot-approved@leadsoptima.com>"])],
    "other", spec="Thanks after a refund that was already made (past event) -> other, no new request.")

r.case("berlin-rechnungsadresse", LOB, [Mail(
    "Lena Scholz <lena@kiezbuero-neukoelln.de>", "Rechnungsadresse ändern",
    at("2025-09-30 11:00", CH),
    "Hallo nochmal,\n\nkönnt ihr auf der Rechnung LO-INV-78231 die Adresse auf Sonnenallee 112 ändern? Mehr "
    "brauch ich nicht, kein Geld zurück oder so.\n\nDanke, Lena")],
    "other", spec="Invoice address change, with a negated refund ('kein Geld zurück') -> other.")

r.case("grund-fehlt-stiftung", LOB, [Mail(
    "Stiftung Lindenhof Verwaltung <verwaltung@stiftung-lindenhof.ch>", "Rückerstattung LO-INV-78301",
    at("2025-09-27 10:15", CH),
    "Sehr geehrte Damen und Herren\n\nWir bitten Sie um Rückerstattung der Rechnung LO-INV-78301 (Jahresabo).\n\n"
    "Besten Dank im Voraus.\n\nFreundliche Grüsse\n\ni.A. Beatrice Lüthi\nVerwaltung\nStiftung Lindenhof\n"
    "Lindenhofstrasse 3, 4052 Basel" + DISCL_CH)],
    "need_info", missing=["reason"],
    spec="C3 / s.8: registered sender, plan from the ledger, invoice given; no reason (courtesy, signature, disclaimer are not reasons) -> ask for reason.")

r.case("rechnung-fehlt-haeberle", LOB, [Mail(
    "Bernd Häberle <b.haeberle@haeberle-bau.de>", "zwoimol abbucht",
    at("2025-09-28 08:30", CH),
    "Hallo,\n\nihr hend am Samstag des Monatsabo zwoimol abbucht, zwoimol 1.499 Rupie. I wett oimol zrück.\n\n"
    "Gruß Bernd Häberle\nHäberle Bau, Reutlingen")],
    "need_info", missing=["invoice_number"],
    ambiguous=AMB_PAIR,
    spec="L2 duplicate, registered sender, plan from the ledger; two charges, so the invoice is not filled from the ledger: ask for invoice_number.")

hb2 = Mail("Bernd Häberle <b.haeberle@haeberle-bau.de>", "zwoimol abbucht", at("2025-09-28 08:30", CH),
           "Hallo,\n\nihr hend am Samstag des Monatsabo zwoimol abbucht, zwoimol 1.499 Rupie. I wett oimol zrück.\n\n"
           "Gruß Bernd Häberle\nHäberle Bau, Reutlingen")
r.case("thread-haeberle-rechnung", LOB, [hb2, Mail(
    "Bernd Häberle <b.haeberle@haeberle-bau.de>", "AW: zwoimol abbucht [LO-7745]",
    at("2025-09-30 12:40", CH),
    "Des zwoite isch LO INV/78312.\n\nGruß Bernd\n\n-----Ursprüngliche Nachricht-----\nVon: LeadsOptima Support "
    "<support@leadsoptima.com>\nGesendet: Montag, 29. September 2025 10:00\nAn: b.haeberle@haeberle-bau.de\n"
    "Betreff: Re: zwoimol abbucht [LO-7745]\n\nBitte nennen Sie uns die Rechnungsnummer der doppelten Abbuchung.",
    reply=hb2, refs_extra=["<de-l33-bot-ask@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: the answer gives LO INV/78312 (s.8 matching, slash ignored); request time = first email 2025-09-28 (day 1 after 2025-09-27) -> L4 approve 1499.00.")

st2 = Mail("Stiftung Lindenhof Verwaltung <verwaltung@stiftung-lindenhof.ch>", "Rückerstattung LO-INV-78301",
           at("2025-09-27 10:15", CH),
           "Sehr geehrte Damen und Herren\n\nWir bitten Sie um Rückerstattung der Rechnung LO-INV-78301 (Jahresabo).\n\n"
           "Besten Dank im Voraus.\n\nFreundliche Grüsse\n\ni.A. Beatrice Lüthi\nVerwaltung\nStiftung Lindenhof" + DISCL_CH)
r.case("thread-stiftung-grund-l1", LOB, [st2, Mail(
    "Stiftung Lindenhof Verwaltung <verwaltung@stiftung-lindenhof.ch>", "AW: Rückerstattung LO-INV-78301 [LO-7740]",
    at("2025-09-29 14:05", CH),
    "Guten Tag\n\nDer Stiftungsrat hat entschieden, künftig mit einem anderen CRM-Anbieter zu arbeiten. Darum "
    "benötigen wir das Jahresabo nicht mehr.\n\nFreundliche Grüsse\nB. Lüthi\n\n"
    "Am 28.09.2025 um 09:00 schrieb LeadsOptima Support <support@leadsoptima.com>:\n"
    "> Bitte teilen Sie uns den Grund Ihrer Rückerstattungsanfrage mit.",
    reply=st2, refs_extra=["<de-l34-bot-ask@leadsoptima.com>"])],
    "decided", [R("deny")],
    spec="C3 thread: the reason given (switching to another CRM) is not an L2 exception -> L1 deny (cancellation offered).")

r.case("vaduz-bereits-erstattet", LOB, [Mail(
    "Oehri & Partner <kanzlei@oehri-partner.li>", "Doppelzahlung Monatsabo",
    at("2025-09-27 09:30", CH),
    "Grüezi\n\nAm 25.9. wurde das Monatsabo zweimal belastet. Bitte erstatten Sie die zweite Belastung "
    "LO-INV-78322 zurück.\n\nFreundliche Grüsse\nOehri & Partner Anstalt, Vaduz")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-78322 is already 'refunded' in the ledger; no pair of paid charges -> escalate, no amount.")

r.case("html-riehen-falscher-betrag", LOB, [Mail(
    "Gartencenter Riehen <info@gartencenter-riehen.ch>", "Falscher Betrag verrechnet", at("2025-09-26 15:20", CH),
    None, html="<html><body><div style='font-family:Calibri'><p>Guten Tag</p><p>Für das Quartalsabo wurden uns "
    "am 24.09.2025 <b>INR 4'999.00</b> statt der vereinbarten INR 3'999.00 verrechnet (Rechnung "
    "<u>LO-INV-78331</u>). Das ist ein falscher Betrag. Bitte um Prüfung und Rückvergütung der Differenz.</p>"
    "<p>Freundliche Grüsse<br>Gartencenter Riehen<br>Baselstrasse 71, 4125 Riehen</p></div></body></html>")],
    "decided", [R("escalate")],
    spec="HTML-only Outlook mail: L2 billing_error (wrong amount) inside L3 (charge 2025-09-24, request 09-26) -> L5 escalate.")

r.case("ottensen-langer-text-kuendigung", LOB, [Mail(
    "Tattoo Ottensen <kontakt@tattoo-ottensen.de>", "paar fragen",
    at("2025-09-25 22:00", CH),
    "Moin ihr Lieben,\n\nerstmal danke, die Leads aus Altona waren echt gut diesen Sommer. Das Schietwetter jetzt "
    "bringt aber eh keine Laufkundschaft mehr und ich mach ab Oktober erstmal drei Monate Gastspiele in "
    "Kopenhagen.\n\nDeswegen: kündigt bitte mein Monatsabo. Die Studio-Adresse bleibt gleich.\n\nUnd noch was: "
    "kann ich die Kontakte vorher als Excel runterladen? Und gibt es die Rechnungen auch auf Englisch?\n\n"
    "Tschüss und bis bald\nSvenja")],
    "decided", [K("cancel", "2025-10-04")],
    spec="Long mail, request in the middle: L8 cancel at current_period_end 2025-10-04; the questions add no intent.")

r.case("allgaeu-nach-kuendigung-zu-spaet", LOB, [Mail(
    "Hofladen Rauch <post@hofladen-allgaeu.de>", "Abbuchung trotz Kündigung",
    at("2025-09-25 18:00", CH),
    "Servus,\n\ni hab im August kündigt und trotzdem habt ihr am 13. September wieder abbucht (LO-INV-78351). Des "
    "isch a Abbuchung nach der Kündigung, bitte zrückzahle.\n\nGruß\nMartina Rauch")],
    "decided", [R("deny")],
    spec="L2 billing_error (charged after cancelling) but L3: charge 2025-09-13, request 2025-09-25 = day 12 > 7 -> deny.")

# ======================= Optima WebDesign =======================
r.case("discovery-aebi-nicht-begonnen", OWB, [Mail(
    "Confiserie Aebi Marketing <marketing@confiserie-aebi.ch>", "Refund Request — Confiserie Aebi Relaunch / OWD-2025-801",
    at("2025-09-26 11:10", CH),
    "Grüezi\n\nWir haben am 24.9. die Discovery-Phase für den Relaunch bezahlt (OWD-2025-801). Unser Verwaltungsrat hat "
    "das Projekt nun leider auf 2027 verschoben; ein Workshop hat noch nicht stattgefunden. Wir bitten um "
    "Rückerstattung.\n\nFreundliche Grüsse\nNadja Aebi\nConfiserie Aebi AG, Burgdorf")],
    "decided", [R("approve", "9500.00")],
    spec="O1: discovery, work_started_at empty -> full refund 9500.00 before tax (C6).")

r.case("discovery-vogt-begonnen", OWB, [Mail(
    "Kanzlei Vogt Sekretariat <sekretariat@kanzlei-vogt.li>", "Rückerstattung Discovery OWD-2025-802",
    at("2025-09-24 10:00", CH),
    "Sehr geehrte Damen und Herren\n\nFür das Projekt Kanzlei Vogt Website ersuchen wir um Rückerstattung der "
    "Discovery-Gebühr (OWD-2025-802). Der erste Workshop am 17.9. hat uns nicht überzeugt.\n\n"
    "Freundliche Grüsse\nSekretariat Kanzlei Vogt, Vaduz")],
    "decided", [R("deny")],
    spec="O1: the session started 2025-09-17 (work_started_at) before the request -> deny.")

r.case("discovery-hafenbar-start-spaeter", OWB, [Mail(
    "Hafenbar Altona <moin@hafenbar-altona.de>", "Storno Discovery Hafenbar Altona Website",
    at("2025-09-29 12:30", CH),
    "Moin,\n\nwir haben am Samstag die Discovery für die Hafenbar Altona Website bezahlt (OWD-2025-803). Der "
    "Workshop wäre erst am 6. Oktober. Leider ist unser Pachtvertrag geplatzt, wir machen die Bar nicht auf. "
    "Bitte das Geld zurück.\n\nTschüss\nOle Hansen")],
    "decided", [R("approve", "7500.00")], extra_ok=True,
    spec="O1: work_started_at 2025-10-06 is later than the request time 2025-09-29 -> nothing has started: full refund 7500.00.")

r.case("deposit-velokurier-70h", OWB, [Mail(
    "Velokurier Bern <buero@velokurier-bern.ch>", "Anzahlung zurück - Velokurier Bern Shop",
    at("2025-09-29 10:00", CH),
    "Grüessech\n\nWir ziehen den Auftrag für den Velokurier Bern Shop zurück, die Genossenschaft hat an der GV "
    "dagegen gestimmt. Bitte erstatten Sie die Anzahlung gemäss Rechnung OWD-2025-804 (INR 24'000.00 exkl. "
    "MWST).\n\nMerci und Gruess\nLukas Hofer, Velokurier Bern")],
    "decided", [R("approve", "24000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-26 15:00 IST; email 2025-09-29 10:00 +02:00 = 13:30 IST = 70.5 h < 72, no work started -> approve 24000.00.")

r.case("deposit-kieffer-genau-72h", OWB, [Mail(
    "Backstub Kieffer <info@backstub-kieffer.fr>", "Anzahlung Webseite",
    at("2025-09-23 08:30", CH),
    "Salü,\n\nmir mache d'Webseite doch nit, mini Schwester übernimmt d'Backstub un will keini. Bitte d'Anzahlung "
    "OWD-2025-805 fer d'Backstub Kieffer Webseite zruck.\n\nMerci\nJoseph Kieffer, Haguenau")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 + s.8: paid 2025-09-20 12:00 IST; email 2025-09-23 08:30 +02:00 = 12:00 IST, exactly 72 h is not before 72 h -> deny.")

r.case("deposit-zunfthaus-arbeit-begonnen", OWB, [Mail(
    "Zunfthaus Basel Events <events@zunfthaus-basel.ch>", "Refund Request — Zunfthaus Basel Website",
    at("2025-09-30 09:00", CH),
    "Guten Tag\n\nWir möchten die Anzahlung OWD-2025-806 für die Zunfthaus Basel Website zurück; der Zunftvorstand "
    "hat sich für eine günstigere Offerte entschieden. Die Zahlung ist erst zwei Tage her.\n\nFreundliche Grüsse\n"
    "Daniela Merian")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-28 16:00 IST, request 2025-09-30 12:30 IST (44.5 h) but work started 2025-09-29 09:00, before the request -> deny (whichever first).")

r.case("milestone-krogmann-nicht-begonnen", OWB, [Mail(
    "Reederei Krogmann IT <it@reederei-krogmann.de>", "Rückerstattung Meilenstein 3 Portal",
    at("2025-09-27 11:00", CH),
    "Moin,\n\nfür das Reederei Krogmann Portal streichen wir Meilenstein 3 (Schnittstelle zum Frachtsystem), "
    "Rechnung OWD-2025-808, weil wir das System selbst ablösen. Mit der Arbeit daran wurde laut eurem Board noch "
    "nicht angefangen. Bitte den Betrag erstatten. Meilenstein 1 ist abgenommen und bleibt natürlich bezahlt.\n\n"
    "Gruß\nTorben Jessen, IT")],
    "decided", [R("approve", "22500.00")], extra_ok=True,
    spec="O3: milestone OWD-2025-808 not_started -> refund its amount 22500.00 before tax.")

r.case("milestone-spreeblick-in-arbeit", OWB, [Mail(
    "Spreeblick Hotel IT <it@spreeblick-hotel.de>", "Meilenstein Buchungsstrecke stornieren",
    at("2025-09-25 17:30", CH),
    "Hallo,\n\nbeim Projekt Spreeblick Hotel Buchungsstrecke möchten wir den laufenden Meilenstein (OWD-2025-809) "
    "abbrechen und das Geld zurück, weil der Hotelverbund jetzt eine zentrale Buchungslösung vorgibt. Es ist "
    "ja erst die Hälfte gebaut.\n\nBeste Grüße aus Friedrichshain\nKatja Möller")],
    "decided", [R("escalate")],
    spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person).")

r.case("milestone-vaduz-fertig", OWB, [Mail(
    "Kunstraum Vaduz <katalog@kunstraum-vaduz.li>", "Rückvergütung Katalog OWD-2025-810",
    at("2025-09-23 14:00", CH),
    "Grüezi\n\nDer Online-Katalog (Kunstraum Vaduz Katalog) gefällt unserem neuen Kurator nicht. Wir bitten um "
    "Rückvergütung der Rechnung OWD-2025-810.\n\nFreundliche Grüsse\nKunstraum Vaduz")],
    "decided", [R("deny")],
    spec="O3/O6: milestone completed -> deny (completed deliverables are non-refundable).")

r.case("retainer-zbinden-fruehzeitig", OWB, [Mail(
    "Bäckerei Zbinden <zbinden@baeckerei-zbinden.ch>", "Kündigung Social-Media-Betreuung",
    at("2025-09-28 19:00", CH),
    "Grüessech\n\nHiermit kündigen wir den Retainer Bäckerei Zbinden Social (Rechnung OWD-2025-811). Grund: meine "
    "Tochter übernimmt Instagram ab sofort selber.\n\nFreundliche Grüsse\nFritz Zbinden, Langnau i.E.")],
    "decided", [K("cancel", "2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20; request 2025-09-28 IST <= 2025-10-13: next charge avoided, effective 2025-10-19.")

r.case("retainer-fischbude-genau-7-tage", OWB, [Mail(
    "Fischbude Hamburg <seo@fischbude-hamburg.de>", "Kündigung SEO-Retainer",
    at("2025-09-28 15:00", CH),
    "Moin,\n\nwir kündigen den SEO-Retainer Fischbude Hamburg SEO, Rechnung OWD-2025-812. Grund: die Saison ist "
    "vorbei, im Winter lohnt sich das für uns nicht.\n\nTschüss\nHauke Petersen")],
    "decided", [K("cancel", "2025-10-04")],
    spec="O4 boundary: next_billing_at 2025-10-05; email 2025-09-28 15:00 +02:00 = 18:30 IST, date 09-28 = 10-05 minus 7 days -> notice enough, effective 2025-10-04.")

r.case("retainer-alb-zeitzone-zu-spaet", OWB, [Mail(
    "Alb-Ferienhof <info@alb-ferienhof.de>", "Kündigung Betreuung Social Media",
    at("2025-09-28 22:10", CH),
    "Grüß Gott,\n\nmir kündiget d'Social-Media-Betreuung (Alb-Ferienhof Social, OWD-2025-813). Grund: mir hend "
    "koi Ferienwohnung meh zum vermiete, mir ziehet ins Altersheim.\n\nAde\nGertrud Schwenk")],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; email 2025-09-28 22:10 +02:00 = 2025-09-29 01:40 IST > 09-28: under 7 days, the next cycle 2025-10-05..11-04 is billed, effective 2025-11-04.")

r.case("retainer-wormer-vorausbezahlt", OWB, [Mail(
    "Caves Wormer <contact@caves-wormer.lu>", "Kündigung Retainer",
    at("2025-09-29 10:30", CH),
    "Moien,\n\nmir kündigen de Retainer Caves Wormer Retainer (OWD-2025-814). Grund: mir maachen de Marketing "
    "elo intern. Den Oktober haben wir schon im Voraus bezahlt (OWD-2025-815).\n\nMat beschte Gréiss\n"
    "Paul Wormer, Remich")],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (2025-10-10..11-09, OWD-2025-815) is already paid and notice >= 7 days -> escalate.")

r.case("hosting-rigiblick-rundung", OWB, [Mail(
    "Pension Rigiblick <info@pension-rigiblick.ch>", "Refund Request — Pension Rigiblick Hosting / OWD-2025-816",
    at("2025-09-29 09:00", CH),
    "Grüezi\n\nWir möchten das Jahreshosting wieder kündigen und den Betrag zurück, unser Tourismusverband stellt "
    "uns ab 2026 gratis eine Plattform zur Verfügung. Das Hosting läuft seit dem 22.9.\n\nFreundliche Grüsse\n"
    "Familie Imhof, Pension Rigiblick, Weggis")],
    "decided", [R("approve", "7792.58")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-29 (day 7 <= 14); (10000.00-1499.00)/12 = 708.41666..; 8501.00 - 708.41666.. = 7792.5833 -> 7792.58 (rounded once). A cancellation decision may accompany it.")

r.case("hosting-hertz-zu-spaet", OWB, [Mail(
    "Domaine Hertz <info@domaine-hertz-eguisheim.fr>", "Hosting zruckgänn",
    at("2025-09-22 09:15", CH),
    "Salü mitenand,\n\nmir wänn s'Hosting (Domaine Hertz Hosting, OWD-2025-817) zruckgänn, mir han e Neffe wo "
    "d'Homepage jetzt selwer macht. Bitte s'Geld zruck.\n\nBonne journée\nMarie-Odile Hertz, Eguisheim")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-22 = day 17 > 14 -> deny.")

r.case("wartung-kita-vor-start", OWB, [Mail(
    "Kita Sonnenhof Leitung <leitung@kita-sonnenhof.ch>", "Wartungsvertrag Kita Sonnenhof Wartung zurückziehen",
    at("2025-09-27 13:00", CH),
    "Guten Tag\n\nDie Gemeinde übernimmt ab Oktober die IT aller Kitas, deshalb ziehen wir den Wartungsvertrag "
    "(Rechnung OWD-2025-818) zurück und bitten um Rückerstattung. Der Vertrag hätte erst am 15. Oktober begonnen.\n\n"
    "Freundliche Grüsse\nMirjam Gasser, Kita Sonnenhof, Winterthur")],
    "decided", [R("approve", "6600.00")], extra_ok=True,
    spec="O5 + s.8 before service start: consumed_months 1; 8400.00 - 1200.00 - (7200.00/12 = 600.00) x 1 = 6600.00.")

r.case("thirdparty-luethi-domain", OWB, [Mail(
    "Schreinerei Lüthi <info@schreinerei-luethi.ch>", "Domain und SSL zurück",
    at("2025-09-25 16:00", CH),
    "Grüezi\n\nBei der Schreinerei Lüthi Website haben Sie uns Domain, SSL-Zertifikat und ein Premium-Theme "
    "verrechnet (OWD-2025-819). Wir haben die Domain schon bei Hostpoint, bitte vergüten Sie das zurück.\n\n"
    "Freundliche Grüsse\nErnst Lüthi")],
    "decided", [R("deny")], spec="O6: third_party (domain, SSL, theme) is never refundable -> deny.")

r.case("rush-hafenfest", OWB, [Mail(
    "Hafenfest Harburg Orga <orga@hafenfest-harburg.de>", "Expresszuschlag zurück?",
    at("2025-09-24 12:00", CH),
    "Moin,\n\ndas Hafenfest wurde wegen Sturmwarnung abgesagt, die Microsite (Hafenfest Harburg Microsite) brauchen "
    "wir dieses Jahr nicht mehr. Bitte den Expresszuschlag OWD-2025-820 erstatten.\n\nGruß\nOrga-Team Hafenfest")],
    "decided", [R("deny")], spec="O6: rush fee is never refundable -> deny.")

r.case("change-request-wenger", OWB, [Mail(
    "Praxis Dr. Wenger <praxis@dr-wenger.ch>", "Rückerstattung Zusatzauftrag",
    at("2025-09-26 08:10", CH),
    "Guten Tag\n\nFür die Praxis Dr. Wenger Website haben wir den Zusatzauftrag (Online-Terminbuchung, OWD-2025-821) "
    "bezahlt. Wir haben uns jetzt für OneDoc entschieden und bitten um Rückerstattung.\n\nFreundliche Grüsse\n"
    "Praxis Dr. med. Wenger, Solothurn")],
    "decided", [R("deny")], spec="O6: change_request is never refundable -> deny.")

r.case("c2-frick-gmail", OWB, [Mail(
    "Markus Frick <frick.markus@gmail.com>", "Anzahlung Metallbau Frick",
    at("2025-09-30 07:45", CH),
    "Grüezi\n\nIch schreibe vom Handy. Für die Metallbau Frick Website möchten wir die Anzahlung OWD-2025-822 "
    "zurück, wir haben den Auftrag intern vergeben. Vertragsadresse ist einkauf@metallbau-frick.li.\n\n"
    "Gruss Markus Frick")],
    "need_info", rules=["C2"],
    spec="C2 (Optima explicit): the request must come from the contract email einkauf@metallbau-frick.li -> need_info.")

r.case("c2-thunderbird-weiterleitung", OWB, [Mail(
    "Jonas Brunner <j.brunner@stadtgaertnerei-basel.ch>", "Fwd: Rückerstattung Discovery",
    at("2025-09-29 15:30", CH),
    "Hallo, anbei die Mail meiner Chefin, bitte erledigen.\n\nJonas\n\n"
    "-------- Weitergeleitete Nachricht --------\nBetreff: \tRückerstattung Discovery\nDatum: \tMon, 29 Sep 2025 "
    "08:10:44 +0200\nVon: \tVerena Gysin <gf@stadtgaertnerei-basel.ch>\nAn: \tJonas Brunner "
    "<j.brunner@stadtgaertnerei-basel.ch>\n\nJonas, bitte an Optima: Discovery Stadtgärtnerei Basel Portal "
    "(OWD-2025-823) zurückfordern, das Budget wurde vom Grossen Rat nicht bewilligt. Vertrag läuft auf "
    "gf@stadtgaertnerei-basel.ch.\nVG")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: the Thunderbird forward carries a request naming contract email gf@...; the sender is j.brunner@ -> need_info.")

r.case("c4-jodlerklub-postfinance", OWB, [Mail(
    "Jodlerklub Thun Kassier <kassier@jodlerklub-thun.ch>", "Anzahlung Jodlerklub Thun Website",
    at("2025-09-29 08:00", CH),
    "Grüessech\n\nDer Vorstand hat die neue Website abgelehnt, wir wollen die Anzahlung OWD-2025-824 für die "
    "Jodlerklub Thun Website zurück. Falls das nicht sofort geht, lasse ich die Zahlung über die PostFinance "
    "zurückbuchen und gelange an den Konsumentenschutz.\n\nMit Jodlergruss\nHansruedi Zaugg, Kassier")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: bank reversal and consumer-protection threat escalate, though O2 would approve (paid 2025-09-27 10:00 IST, 46.5 h, no work).")

r.case("projekt-fehlt-linde", OWB, [Mail(
    "Gastro Huber <info@gastro-huber.ch>", "Kündigung",
    at("2025-09-27 09:00", CH),
    "Grüezi\n\nWir kündigen den Betreuungsvertrag. Grund: wir verkaufen den Betrieb per Ende Jahr.\n\n"
    "Freundliche Grüsse\nToni Huber\nGastro Huber GmbH, Appenzell")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two projects (Restaurant Linde Website, Hotel Linde Buchung), neither named, no invoice -> ask for project_name and invoice_number.")

gh2 = Mail("Gastro Huber <info@gastro-huber.ch>", "Kündigung", at("2025-09-27 09:00", CH),
           "Grüezi\n\nWir kündigen den Betreuungsvertrag. Grund: wir verkaufen den Betrieb per Ende Jahr.\n\n"
           "Freundliche Grüsse\nToni Huber\nGastro Huber GmbH, Appenzell")
r.case("thread-linde-nachgereicht", OWB, [gh2, Mail(
    "Gastro Huber <info@gastro-huber.ch>", "AW: Kündigung [OWD-3310]",
    at("2025-09-29 16:00", CH),
    "Grüezi\n\nEs geht um das Projekt Restaurant Linde Website, Rechnung OWD-2025-825. Das Hotel bleibt.\n\n"
    "Freundliche Grüsse\nToni Huber\n\n-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign "
    "<optimawebdesigns12@gmail.com>\nGesendet: Sonntag, 28. September 2025 11:00\nAn: info@gastro-huber.ch\n"
    "Betreff: Re: Kündigung [OWD-3310]\n\nBitte nennen Sie uns Projektname und Rechnungsnummer.",
    reply=gh2, refs_extra=["<de-o24-bot-ask@gmail.com>"])],
    "decided", [K("cancel", "2025-10-24")],
    spec="C3 thread: project and invoice given; request time 2025-09-27 (first email), next_billing_at 2025-10-25 -> notice >= 7 days, effective 2025-10-24 (O4).")

r.case("grund-fehlt-fahrschule", OWB, [Mail(
    "Fahrschule Nydegger <info@fahrschule-nydegger.ch>", "Kündigung Fahrschule Nydegger Retainer OWD-2025-827",
    at("2025-09-26 17:00", CH),
    "Guten Tag\n\nHiermit kündige ich den Retainer Fahrschule Nydegger Retainer, Rechnung OWD-2025-827, auf den "
    "nächstmöglichen Termin. Bitte bestätigen.\n\nFreundliche Grüsse\nRoger Nydegger\nFahrschule Nydegger, Biel/Bienne")],
    "need_info", missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; contract email, project and invoice given -> ask for reason.")

r.case("ticket-autoantwort", OWB, [Mail(
    "Helpdesk Metallbau Frick <helpdesk@metallbau-frick.li>", "[Ticket#44120] Ihre Anfrage ist eingegangen",
    at("2025-09-30 08:01", CH),
    "Guten Tag\n\nIhre Anfrage wurde unter der Ticketnummer 44120 erfasst. Bitte antworten Sie nicht auf diese "
    "E-Mail.\n\nIhr Helpdesk",
    headers={"Auto-Submitted": "auto-generated"}, refs_extra=["<de-o26-bot-reply@gmail.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-generated ticket acknowledgement -> ignore.")

r.case("vorab-frage-hosting", OWB, [Mail(
    "Beat Amstutz <beat.amstutz@hispeed.ch>", "Frage zum Jahreshosting",
    at("2025-09-25 19:20", CH),
    "Grüezi\n\nBevor wir bei Ihnen das Jahreshosting bestellen: Wenn wir nach drei Wochen merken, dass es nicht "
    "passt, bekämen wir dann etwas zurück? Und ist die Einrichtungsgebühr in jedem Fall weg?\n\n"
    "Freundliche Grüsse\nBeat Amstutz, Luzern")],
    "other", spec="s.8 hypothetical before buying -> other.")

r.write(ledger)
