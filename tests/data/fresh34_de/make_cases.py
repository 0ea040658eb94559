"""fresh34_de: German held-out cases (Oberpfalz/Lower Bavaria, Basel/Bern/Zurich, Lower Austria/Burgenland,
Sauerland/Siegerland, Osnabrueck/Emsland, Dresden officialese, Volga-German returnees, German written by Chinese,
Kurdish and Hungarian speakers). Stdlib only, deterministic.
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
DE = 2      # CEST / MESZ (Germany, Austria, Switzerland) in September 2025
CN = 8      # China Standard Time

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]


def lo(pid, inv, email, plan, paid, ps, pe, status="paid", money=None):
    money = money or {"monthly": M, "quarterly": Q, "annual": A}[plan]
    PAY.append(lopay("de34_" + pid, inv, email, plan, *money, paid, ps, pe, status=status))


# ---------------- LeadsOptima ledger ----------------
C += [
    cust("info@fahrschule-irlbacher.de", "Fahrschule Irlbacher", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("buero@baumgartner-architekten.ch", "Baumgartner Architekten AG", "quarterly", start="2025-09-18", end="2025-12-17"),
    cust("r.zbinden@zbinden-holzbau.ch", "Reto Zbinden", "annual", start="2025-09-15", end="2026-09-14"),
    cust("verwaltung@haus-szent-margit.at", "Seniorenhaus Szent Margit", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("kassenwart@rsv-obernautal.de", "RSV Obernautal 1921 e.V.", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("vertrieb@stadtwerke-hasetal.de", "Stadtwerke Hasetal GmbH", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("moin@hopfenkate-lingen.de", "Hopfenkate Lingen", "annual", start="2025-09-26", end="2026-09-25"),
    cust("wang.li@jade-asiamarkt.de", "Jade Asiamarkt Dresden", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("rezeption@landhotel-wilzenberg.de", "Landhotel Wilzenberg", "quarterly", start="2025-09-10", end="2025-12-09"),
    cust("office@weingut-hollerer.at", "Weingut Hollerer", "annual", start="2025-09-29", end="2026-09-28"),
    cust("salon.rojava@gmx.de", "Salon Rojava", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("e.schmidt.cloppenburg@web.de", "Elvira Schmidt", "monthly", status="trial", trial_ends="2025-10-06"),
    cust("verwaltung@kulturhaus-pieschen.de", "Kulturhaus Dresden-Pieschen e.V.", "quarterly", start="2025-08-05", end="2025-11-04"),
    cust("wirt@landgasthof-ilztal.de", "Landgasthof Ilztal", "annual"),
    cust("sekretariat@keller-treuhand.ch", "Keller Treuhand GmbH", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("info@studio-haslach.ch", "Studio Haslach", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("g.lindner@lindner-planung.de", "Gerd Lindner Planungsbüro", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("info@schreinerei-dornseifer.de", "Schreinerei Dornseifer", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("horvath.ilona@bnet.at", "Ilona Horváth", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("buero@ahlers-architektur.de", "Ahlers Architektur", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("a.becker.meppen@gmail.com", "Alexander Becker", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("office@tischlerei-pfeiffer.at", "Tischlerei Pfeiffer", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("geschaeftsstelle@pflegedienst-elbaue.de", "Pflegedienst Elbaue gGmbH", "annual", start="2025-09-20", end="2026-09-19"),
    cust("info@fewo-lennebogen.de", "Ferienwohnungen Lennebogen", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("buchhaltung@stb-reitmeier.de", "Steuerbüro Reitmeier", "quarterly", start="2025-09-27", end="2025-12-26"),
    cust("info@velo-brunner.ch", "Velo Brunner GmbH", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("technik@kfz-szabo.at", "KFZ Szabó", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("zhang.min@lotus-teehaus.de", "Lotus Teehaus", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("info@drechslerei-wagner-cham.de", "Drechslerei Wagner", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("info@brauhaus-hasenkrug.de", "Brauhaus Hasenkrug", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("praxis@physio-stpoelten.at", "Physio am Domplatz", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("m.ruefenacht@bluewin.ch", "Martin Rüfenacht", "quarterly", start="2025-09-19", end="2025-12-18"),
    cust("kassierer@rc-biggeblick.de", "Radclub Biggeblick", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("info@chen-uebersetzungen.de", "Chen Übersetzungen", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("info@fahrschule-koerner.de", "Fahrschule Körner", "monthly", start="2025-09-09", end="2025-10-08"),
    cust("rechnungen@pension-lackenblick.at", "Pension Lackenblick", "monthly", start="2025-09-18", end="2025-10-17"),
]
lo("p01", "LO-INV-83401", "info@fahrschule-irlbacher.de", "monthly", "2025-09-24T11:00:00", "2025-09-24", "2025-10-23")
lo("p02", "LO-INV-83402", "info@fahrschule-irlbacher.de", "monthly", "2025-09-24T11:01:00", "2025-09-24", "2025-10-23")
lo("p03", "LO-INV-83411", "buero@baumgartner-architekten.ch", "quarterly", "2025-09-18T10:30:00", "2025-09-18", "2025-12-17")
lo("p04", "LO-INV-83412", "buero@baumgartner-architekten.ch", "quarterly", "2025-09-18T10:31:00", "2025-09-18", "2025-12-17")
lo("p05", "LO-INV-83421", "r.zbinden@zbinden-holzbau.ch", "annual", "2025-09-15T09:00:00", "2025-09-15", "2026-09-14")
lo("p06", "LO-INV-83422", "r.zbinden@zbinden-holzbau.ch", "annual", "2025-09-15T09:00:40", "2025-09-15", "2026-09-14")
lo("p07", "LO-INV-83431", "verwaltung@haus-szent-margit.at", "monthly", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
lo("p08", "LO-INV-83432", "verwaltung@haus-szent-margit.at", "monthly", "2025-09-27T09:02:00", "2025-09-27", "2025-10-26")
lo("p09", "LO-INV-83433", "verwaltung@haus-szent-margit.at", "monthly", "2025-09-27T09:04:00", "2025-09-27", "2025-10-26")
lo("p10", "LO-INV-83441", "kassenwart@rsv-obernautal.de", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lo("p11", "LO-INV-83451", "vertrieb@stadtwerke-hasetal.de", "monthly", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lo("p12", "LO-INV-83461", "moin@hopfenkate-lingen.de", "annual", "2025-09-26T12:00:00", "2025-09-26", "2026-09-25")
lo("p13", "LO-INV-83471", "wang.li@jade-asiamarkt.de", "monthly", "2025-09-25T14:00:00", "2025-09-25", "2025-10-24")
lo("p14", "LO-INV-83481", "rezeption@landhotel-wilzenberg.de", "quarterly", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
lo("p15", "LO-INV-83491", "office@weingut-hollerer.at", "annual", "2025-09-29T10:00:00", "2025-09-29", "2026-09-28")
lo("p16", "LO-INV-83501", "salon.rojava@gmx.de", "monthly", "2025-09-20T12:00:00", "2025-09-20", "2025-10-19")
lo("p17", "LO-INV-83521", "verwaltung@kulturhaus-pieschen.de", "quarterly", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
lo("p18", "LO-INV-83531", "wirt@landgasthof-ilztal.de", "annual", "2024-11-12T10:00:00", None, None)
lo("p19", "LO-INV-83541", "sekretariat@keller-treuhand.ch", "monthly", "2025-09-12T09:30:00", "2025-09-12", "2025-10-11")
lo("p20", "LO-INV-83545", "info@studio-haslach.ch", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lo("p21", "LO-INV-83546", "info@studio-haslach.ch", "monthly", "2025-09-21T10:00:50", "2025-09-21", "2025-10-20")
lo("p22", "LO-INV-83548", "g.lindner@lindner-planung.de", "monthly", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
lo("p23", "LO-INV-83551", "info@schreinerei-dornseifer.de", "monthly", "2025-08-26T10:00:00", "2025-08-26", "2025-09-25")
lo("p24", "LO-INV-83552", "info@schreinerei-dornseifer.de", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lo("p25", "LO-INV-83561", "horvath.ilona@bnet.at", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lo("p26", "LO-INV-83571", "buero@ahlers-architektur.de", "monthly", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
lo("p27", "LO-INV-83572", "buero@ahlers-architektur.de", "monthly", "2025-09-23T09:01:00", "2025-09-23", "2025-10-22")
lo("p28", "LO-INV-83581", "a.becker.meppen@gmail.com", "monthly", "2025-08-29T10:00:00", "2025-08-29", "2025-09-28")
lo("p29", "LO-INV-83582", "a.becker.meppen@gmail.com", "monthly", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
lo("p30", "LO-INV-83583", "a.becker.meppen@gmail.com", "monthly", "2025-09-29T10:01:00", "2025-09-29", "2025-10-28")
lo("p31", "LO-INV-83591", "office@tischlerei-pfeiffer.at", "monthly", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lo("p32", "LO-INV-83592", "office@tischlerei-pfeiffer.at", "monthly", "2025-09-28T10:01:00", "2025-09-28", "2025-10-27")
lo("p33", "LO-INV-83601", "geschaeftsstelle@pflegedienst-elbaue.de", "annual", "2025-09-20T11:00:00", "2025-09-20", "2026-09-19")
lo("p34", "LO-INV-83605", "info@fewo-lennebogen.de", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lo("p35", "LO-INV-83611", "buchhaltung@stb-reitmeier.de", "quarterly", "2025-09-27T09:30:00", "2025-09-27", "2025-12-26")
lo("p36", "LO-INV-83612", "buchhaltung@stb-reitmeier.de", "quarterly", "2025-09-27T09:31:00", "2025-09-27", "2025-12-26")
lo("p37", "LO-INV-83615", "info@velo-brunner.ch", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lo("p38", "LO-INV-83616", "info@velo-brunner.ch", "monthly", "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
lo("p39", "LO-INV-83621", "technik@kfz-szabo.at", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lo("p40", "LO-INV-83622", "technik@kfz-szabo.at", "monthly", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23", status="refunded")
lo("p41", "LO-INV-83625", "zhang.min@lotus-teehaus.de", "monthly", "2025-09-22T20:00:00+00:00", "2025-09-23", "2025-10-22")
lo("p42", "LO-INV-83626", "zhang.min@lotus-teehaus.de", "monthly", "2025-09-22T20:01:00+00:00", "2025-09-23", "2025-10-22")
lo("p43", "LO-INV-83631", "info@drechslerei-wagner-cham.de", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lo("p44", "LO-INV-83641", "praxis@physio-stpoelten.at", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lo("p45", "LO-INV-83645", "m.ruefenacht@bluewin.ch", "quarterly", "2025-09-19T10:00:00", "2025-09-19", "2025-12-18")
lo("p46", "LO-INV-83651", "kassierer@rc-biggeblick.de", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
lo("p47", "LO-INV-83655", "info@chen-uebersetzungen.de", "monthly", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lo("p48", "LO-INV-83656", "info@chen-uebersetzungen.de", "monthly", "2025-09-26T09:01:00", "2025-09-26", "2025-10-25")
lo("p49", "LO-INV-83661", "info@fahrschule-koerner.de", "monthly", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
lo("p50", "LO-INV-83665", "info@brauhaus-hasenkrug.de", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
lo("p51", "LO-INV-83671", "rechnungen@pension-lackenblick.at", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")

# ---------------- Optima WebDesign ledger ----------------
P += [
    proj("Atelier Hürlimann Portfolio", "atelier@huerlimann-arch.ch", None),
    proj("Stadtwerke Lennetal Kundenportal", "it-beschaffung@sw-lennetal.de", "2025-09-15T10:00:00"),
    proj("Brauhaus Wernberg Onlineshop", "braumeister@brauhaus-wernberg.de", None),
    proj("Fahrschule Gruber Amstetten Website", "office@fahrschule-gruber.at", None),
    proj("Restaurant Zagros Website", "info@restaurant-zagros.de", "2025-09-28T09:00:00"),
    proj("Seniorenresidenz Hasewiesen Relaunch", "verwaltung@seniorenresidenz-hasewiesen.de", "2025-08-01T10:00:00"),
    proj("Orgelbau Kretzschmar Website", "werkstatt@orgelbau-kretzschmar.de", "2025-07-14T10:00:00"),
    proj("Veloclub Chriesbach Betreuung", "vorstand@vc-chriesbach.ch", "2025-06-01T10:00:00"),
    proj("Zunftstube Basel Social Media", "info@zunftstube-basel.ch", "2025-05-04T10:00:00"),
    proj("Fachwerkhaus Hilchenbach SEO", "kontakt@fachwerk-hilchenbach.de", "2025-04-08T10:00:00"),
    proj("Pannonia Weinhotel Hosting", "rezeption@pannonia-weinhotel.at", "2025-09-20T10:00:00"),
    proj("Zinngießerei Hofmann Wartung", "info@zinn-hofmann.de", "2025-09-08T10:00:00"),
    proj("Sächsisches Heimatarchiv Hosting", "poststelle@heimatarchiv-meissen.de", None),
    proj("Huang Akupunktur Praxis Website", "praxis@huang-akupunktur.de", "2025-09-01T10:00:00"),
    proj("Aaregg-Panoramabahn Microsite", "marketing@aaregg-erlebnis.ch", "2025-09-15T10:00:00"),
    proj("Schützenfest Kückelberg Website", "vorstand@schuetzen-kueckelberg.de", "2025-09-01T10:00:00"),
    proj("Architekturbüro Tönjes Website", "info@toenjes-architekten.de", "2025-09-01T10:00:00"),
    proj("Kurpension Bad Tatzmannsdorf Relaunch", "direktion@kurpension-tatzmannsdorf.at", None),
    proj("Stadtwerke Moorkanal Energieportal", "einkauf@stadtwerke-moorkanal.de", "2025-06-01T10:00:00"),
    proj("Kletterhalle Regensburg Website", "info@kletterhalle-donauwand.de", None),
    proj("Heuriger Steinbauer Website", "heuriger@steinbauer-wein.at", None),
    proj("Glasbläserei Kreuzer Website", "info@glas-kreuzer.de", "2025-09-10T10:00:00"),
    proj("Wolgadeutsche Kulturstube Website", "info@kulturstube-wolga.de", None),
]
PAY += [
    owpay("de34_o01", "OWD-2025-3401", "Atelier Hürlimann Portfolio", "discovery", "9500.00", "1710.00", "2025-09-26T10:00:00"),
    owpay("de34_o02", "OWD-2025-3402", "Stadtwerke Lennetal Kundenportal", "discovery", "15000.00", "2700.00", "2025-09-10T10:00:00"),
    owpay("de34_o03", "OWD-2025-3403", "Brauhaus Wernberg Onlineshop", "deposit", "24000.00", "4320.00", "2025-09-28T15:00:00"),
    owpay("de34_o04", "OWD-2025-3404", "Fahrschule Gruber Amstetten Website", "deposit", "16000.00", "2880.00", "2025-09-25T14:30:00"),
    owpay("de34_o05", "OWD-2025-3405", "Restaurant Zagros Website", "deposit", "12000.00", "2160.00", "2025-09-27T10:00:00"),
    owpay("de34_o06", "OWD-2025-3406", "Seniorenresidenz Hasewiesen Relaunch", "milestone", "22000.00", "3960.00", "2025-08-01T10:00:00", milestone_status="approved"),
    owpay("de34_o07", "OWD-2025-3407", "Seniorenresidenz Hasewiesen Relaunch", "milestone", "18000.00", "3240.00", "2025-09-12T10:00:00", milestone_status="not_started"),
    owpay("de34_o08", "OWD-2025-3408", "Seniorenresidenz Hasewiesen Relaunch", "milestone", "14000.00", "2520.00", "2025-09-12T10:05:00", milestone_status="in_progress"),
    owpay("de34_o09", "OWD-2025-3409", "Orgelbau Kretzschmar Website", "milestone", "26000.00", "4680.00", "2025-08-20T10:00:00", milestone_status="completed"),
    owpay("de34_o10", "OWD-2025-3410", "Veloclub Chriesbach Betreuung", "retainer", "11000.00", "1980.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("de34_o11", "OWD-2025-3411", "Zunftstube Basel Social Media", "retainer", "7500.00", "1350.00", "2025-09-04T09:00:00",
          period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00"),
    owpay("de34_o12", "OWD-2025-3412", "Fachwerkhaus Hilchenbach SEO", "retainer", "9000.00", "1620.00", "2025-09-08T09:00:00",
          period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T09:00:00"),
    owpay("de34_o13", "OWD-2025-3413", "Fachwerkhaus Hilchenbach SEO", "retainer", "9000.00", "1620.00", "2025-09-25T09:00:00",
          period_start="2025-10-08", period_end="2025-11-07", next_billing_at="2025-11-08T09:00:00"),
    owpay("de34_o14", "OWD-2025-3414", "Pannonia Weinhotel Hosting", "hosting_annual", "14400.00", "2592.00", "2025-09-18T10:00:00",
          setup_fee="1800.00", service_start="2025-09-20"),
    owpay("de34_o15", "OWD-2025-3415", "Zinngießerei Hofmann Wartung", "maintenance_annual", "8400.00", "1512.00", "2025-09-05T10:00:00",
          setup_fee="600.00", service_start="2025-09-08"),
    owpay("de34_o16", "OWD-2025-3416", "Sächsisches Heimatarchiv Hosting", "hosting_annual", "9000.00", "1620.00", "2025-09-24T10:00:00",
          setup_fee="1200.00", service_start="2025-10-06"),
    owpay("de34_o17", "OWD-2025-3417", "Huang Akupunktur Praxis Website", "third_party", "4200.00", "756.00", "2025-09-20T10:00:00"),
    owpay("de34_o18", "OWD-2025-3418", "Aaregg-Panoramabahn Microsite", "setup", "3000.00", "540.00", "2025-09-16T10:00:00"),
    owpay("de34_o19", "OWD-2025-3419", "Schützenfest Kückelberg Website", "rush", "5000.00", "900.00", "2025-09-19T10:00:00"),
    owpay("de34_o20", "OWD-2025-3420", "Architekturbüro Tönjes Website", "milestone", "20000.00", "3600.00", "2025-09-17T10:00:00", milestone_status="not_started"),
    owpay("de34_o21", "OWD-2025-3421", "Kurpension Bad Tatzmannsdorf Relaunch", "deposit", "21000.00", "3780.00", "2025-09-29T11:00:00"),
    owpay("de34_o22", "OWD-2025-3422", "Stadtwerke Moorkanal Energieportal", "retainer", "18000.00", "3240.00", "2025-09-12T09:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
    owpay("de34_o23", "OWD-2025-3423", "Kletterhalle Regensburg Website", "deposit", "10000.00", "1800.00", "2025-09-10T10:00:00"),
    owpay("de34_o24", "OWD-2025-3424", "Kletterhalle Regensburg Website", "milestone", "15000.00", "2700.00", "2025-09-22T10:00:00", milestone_status="not_started"),
    owpay("de34_o25", "OWD-2025-3425", "Heuriger Steinbauer Website", "deposit", "14000.00", "2520.00", "2025-09-29T12:00:00"),
    owpay("de34_o26", "OWD-2025-3426", "Wolgadeutsche Kulturstube Website", "deposit", "11000.00", "1980.00", "2025-09-27T12:00:00", status="failed"),
]

r = Round(HERE, "de")

# ======================= LeadsOptima =======================
r.case("oberpfalz-fahrschule-doppelt", LOB, [Mail(
    "Fahrschule Irlbacher <info@fahrschule-irlbacher.de>", "zwoamal abbucht", at("2025-09-26 08:10", DE),
    "Servus mitanand,\n\nbei uns is am Mittwoch des Monatsabo zwoamal vom Konto weg, zweimal 1.499 Rupien, "
    "i hob des grad beim Kontoauszug gseng. De zwoate Rechnung is LO-INV 83402, de ander passt scho.\n"
    "Bittschön de zwoate zruck, mir san a kloane Fahrschul und brauchan des Geld.\n\n"
    "Pfiad eich\nSepp Irlbacher\nFahrschule Irlbacher - Klasse B, BE, A2 - Weiden i.d.OPf.\n\nGesendet von meinem iPad")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: de34_p01/p02 same account, amount and period, paid 2025-09-24 (Wed); request 2025-09-26 08:10 CEST = 11:40 IST, day 2; refund the later charge LO-INV-83402 = 1499.00 (typed 'LO-INV 83402', s.8).")

r.case("basel-tag7-abends", LOB, [Mail(
    "Baumgartner Architekten AG <buero@baumgartner-architekten.ch>", "Doppelbelastung Quartalsabo - Rechnung LO-INV-83412",
    at("2025-09-25 20:15", DE),
    "Sehr geehrte Damen und Herren\n\nBei der Kontrolle der Kreditkartenabrechnung haben wir festgestellt, dass Ihr "
    "Quartalsabonnement am Donnerstag, 18. September 2025, zweimal belastet wurde, jeweils INR 3'999.00 exkl. MWST. "
    "Die zweite Belastung (Rechnung LO-INV-83412) ist offensichtlich eine Doppelbuchung.\n\nWir bitten Sie höflich um "
    "Rückvergütung des doppelt belasteten Betrags.\n\nFreundliche Grüsse\n\nDaniela Baumgartner\nDipl. Architektin ETH/SIA\n"
    "Baumgartner Architekten AG\nSt. Alban-Vorstadt 58, 4052 Basel\nT +41 61 555 20 40")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-18 IST (day 0); email 2025-09-25 20:15 CEST = 23:45 IST, local date 2025-09-25 = day 7, inside; L4 duplicate LO-INV-83412 -> 3999.00.")

r.case("bern-tag8-zeitzone", LOB, [Mail(
    "Reto Zbinden <r.zbinden@zbinden-holzbau.ch>", "Jahresabo doppelt", at("2025-09-22 21:05", DE),
    "Grüessech\n\nIch komme erst jetzt dazu: Vor genau einer Woche, am Montag 15.9., wurde das Jahresabo zweimal "
    "abgebucht (LO-INV-83421 und LO-INV-83422). Bitte die zweite Belastung LO-INV-83422 zurückzahlen.\n\n"
    "Merci und e schöne Abe\nReto Zbinden\nZbinden Holzbau GmbH, Worb")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-15 IST; email Mon 2025-09-22 21:05 CEST = 2025-09-23 00:35 IST, local date day 8 > 7 -> deny (still day 7 in Bern).")

r.case("burgenland-dreimal-seniorenhaus", LOB, [Mail(
    "Seniorenhaus Szent Margit - Verwaltung <verwaltung@haus-szent-margit.at>", "3x abgebucht Monatsabo",
    at("2025-09-29 09:40", DE),
    "Jó napot, guten Morgen,\n\nich bin die Verwaltung vom Seniorenhaus in Oberpullendorf. Am Samstag 27.9. hat LeadsOptima "
    "das Monatsabo drei mal abgebucht, innerhalb von paar Minuten. Richtig ist nur LO-INV-83431. Die LO-INV-83432 und "
    "LO-INV-83433 sind zu viel, also zwei mal 1.499 Rupien.\nBitte die zwei Beträge zurück auf die Karte.\n\n"
    "Köszönöm / Danke schön\nKatalin Németh\nVerwaltung, Seniorenhaus Szent Margit\n7350 Oberpullendorf")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges: de34_p07/08/09 on 2025-09-27, request 2025-09-29 (day 2); every charge after the first is a duplicate: 2 x 1499.00 = 2998.00.")

r.case("siegerland-radverein-nur-eine-buchung", LOB, [Mail(
    "RSV Obernautal Kassenwart <kassenwart@rsv-obernautal.de>", "Doppelte Belastung?", at("2025-09-27 18:20", DE),
    "Hallo zusammen,\n\nals Kassenwart vom RSV Obernautal habe ich auf dem Vereinskonto zwei Abbuchungen über je 1.499 "
    "für unser Monatsabo gesehen, beide vom 25.09. Das ist doppelt bezahlt. Rechnung habe ich nur eine bekommen: "
    "LO-INV-83441. Bitte den doppelten Betrag erstatten.\n\nSportliche Grüße\nDieter Klein\nKassenwart RSV Obernautal 1921 e.V.")],
    "decided", [R("escalate")],
    spec="L2 duplicate_payment inside L3 (2025-09-25 -> 2025-09-27), but the ledger has only one charge (de34_p10) for the account: no pair -> L4 escalate, no amount.")

r.case("osnabrueck-stadtwerke-betrag-abweichend", LOB, [Mail(
    "Stadtwerke Hasetal GmbH - Vertrieb <vertrieb@stadtwerke-hasetal.de>",
    "Abweichender Rechnungsbetrag LO-INV-83451 - Bitte um Korrektur", at("2025-09-29 09:15", DE),
    "Sehr geehrte Damen und Herren,\n\nim Rahmen der Rechnungsprüfung ist aufgefallen, dass der mit Rechnung "
    "LO-INV-83451 vom 28.09.2025 belastete Betrag nicht dem vereinbarten Preis entspricht. Laut Angebot vom August "
    "beträgt das monatliche Entgelt 1.299,00 INR netto; belastet wurden 1.499,00 INR netto. Es handelt sich somit um "
    "einen falschen Betrag.\n\nWir bitten um Erstattung der Differenz bzw. um Prüfung des Vorgangs.\n\n"
    "Mit freundlichen Grüßen\ni. A. Ingrid Meyer-Bröring\nSachbearbeitung Vertrieb / Kundenservice\n"
    "Stadtwerke Hasetal GmbH · Am Wasserwerk 4 · 49610 Quakenbrück\nGeschäftsführer: Dipl.-Ing. Hermann Lührs")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('falscher Betrag', not the agreed price) inside L3 (charge 2025-09-28, request 2025-09-29) -> L5 escalate with the charge found.")

r.case("emsland-brauerei-falscher-plan", LOB, [Mail(
    "Hopfenkate Lingen <moin@hopfenkate-lingen.de>", "Jahresabo statt Monatsabo abgebucht!", at("2025-09-27 11:10", DE),
    "Moin,\n\nwir sind eine kleine Craft-Brauerei im Emsland und haben gestern den MONATSPLAN gebucht. Abgebucht wurden "
    "aber 11.988 Rupien, also das Jahresabo (Rechnung LO-INV-83461). Da habt ihr uns den falschen Plan berechnet.\n"
    "Bitte den Betrag erstatten, wir bleiben beim Monatsplan.\n\nProst & Gruß\nHauke Többen\nHopfenkate Lingen - Brauerei & Ausschank")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside L3 (charge 2025-09-26, request 2025-09-27) -> L5 escalate.")

r.case("dresden-chinesisch-login", LOB, [Mail(
    "Wang Li <wang.li@jade-asiamarkt.de>", "Login nicht möglich, bitte Hilfe", at("2025-09-28 11:30", DE),
    "Hallo LeadsOptima,\n\nich bin Frau Wang von Jade Asiamarkt in Dresden. Seit Freitag ich kann nicht einloggen, "
    "immer kommt Fehlermeldung \"Sitzung abgelaufen\". Passwort neu gemacht, auch nicht gehen. Unser Mitarbeiter auch "
    "nicht kann. Wir haben am 25.9. bezahlt, Rechnung LO-INV-83471.\nProgramm geht nicht, bitte Geld zurück "
    "geben. Danke schön!\n\nWang Li 王丽\nJade Asiamarkt · Königsbrücker Str. 61 · 01099 Dresden")],
    "decided", [R("escalate")],
    spec="L2 access_failure (cannot log in since Friday 2025-09-26) inside L3 (charge 2025-09-25, request 2025-09-28, day 3) -> L6 escalate.")

r.case("sauerland-hotel-zugang-zu-spaet", LOB, [Mail(
    "Landhotel Wilzenberg Rezeption <rezeption@landhotel-wilzenberg.de>", "Kein Zugang seit Abschluss - Erstattung",
    at("2025-09-26 15:45", DE),
    "Guten Tag,\n\nseit wir am 10. September das Quartalsabo abgeschlossen haben, lädt das Dashboard bei uns nicht, "
    "es bleibt weiß. Wir haben es ehrlich gesagt erst jetzt richtig gemerkt, weil bei uns im Sauerland gerade "
    "Hochsaison für Wanderer ist. Bitte erstatten Sie die Rechnung LO-INV-83481.\n\nMit freundlichen Grüßen aus "
    "Schmallenberg\nAndrea Vollmer\nLandhotel Wilzenberg")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-10, request 2025-09-26 = day 16 > 7 -> deny citing the 7-day rule.")

r.case("wachau-umentschieden", LOB, [Mail(
    "Weingut Hollerer <office@weingut-hollerer.at>", "Jahresabo - Rückerstattung", at("2025-09-30 08:45", DE),
    "Guten Morgen,\n\nwir haben gestern das Jahresabo abgeschlossen (LO-INV-83491), haben es uns aber über Nacht "
    "anders überlegt: unser Sohn übernimmt heuer die Vermarktung und arbeitet lieber mit seinem eigenen Programm. "
    "Wir ersuchen daher um Rückerstattung des gesamten Betrages.\n\nMit freundlichen Grüßen aus der Wachau\n"
    "Leopold Hollerer\nWeingut Hollerer · Spitz an der Donau")],
    "decided", [R("deny")],
    spec="L1: changed mind (the son uses another program) is none of the L2 reasons -> deny, cancellation offered; the window does not matter.")

r.case("osnabrueck-kurdisch-zu-teuer-kuendigen", LOB, [Mail(
    "Salon Rojava <salon.rojava@gmx.de>", "kündigung und geld zurück", at("2025-09-23 14:20", DE),
    "Silav, hallo,\n\nich habe Friseursalon in Osnabrück, ich habe am 20.09 das Monatsabo bezahlt. Ehrlich das ist "
    "zu teuer für mich, 1499 jeden Monat ich kann nicht. Bitte kündigen Sie das Abo und bitte Geld zurück "
    "(LO-INV-83501).\n\nSpas / danke\nRojin Aslan\nSalon Rojava, Johannisstraße")],
    "decided", [R("deny"), K("cancel", "2025-10-19")],
    spec="L1: too expensive is not an L2 reason -> refund deny; L8 cancel effective current_period_end 2025-10-19.")

r.case("cloppenburg-wolgadeutsch-testphase", LOB, [Mail(
    "Elvira Schmidt <e.schmidt.cloppenburg@web.de>", "Geld zurueck Testphase", at("2025-09-30 16:05", DE),
    "Guten Tag\n\nich habe bekommen Mail, Testphase endet am 6. Oktober. Mein Sohn hat Karte eingegeben und jetzt "
    "sehe ich auf Karte Vormerkung von LeadsOptima. Bitte das Geld zurueck geben, ich will nur testen, nicht bezahlen.\n\n"
    "Spasibo und mit freundliche Gruesse\nElvira Schmidt\nCloppenburg")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-06) with no charges in the ledger: nothing to refund -> deny; no billing unless they subscribe.")

r.case("dresden-amtsdeutsch-kuendigung", LOB, [Mail(
    "Kulturhaus Dresden-Pieschen e.V. <verwaltung@kulturhaus-pieschen.de>",
    "Kündigung des Nutzungsvertrages / Ihr Zeichen: Quartalsabonnement", at("2025-09-22 10:05", DE),
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den mit Ihnen bestehenden Nutzungsvertrag "
    "(Quartalsabonnement, registriert auf verwaltung@kulturhaus-pieschen.de) ordentlich und fristgerecht zum "
    "nächstmöglichen Termin.\n\nDie Kündigung erfolgt aufgrund des Beschlusses des Vorstandes vom 17.09.2025 zur "
    "Konsolidierung der Sachkosten im Haushaltsjahr 2026.\n\nWir bitten um schriftliche Bestätigung der Kündigung unter "
    "Angabe des Beendigungszeitpunktes.\n\nMit freundlichen Grüßen\nim Auftrag\n\nS. Pätzold\nSachgebiet Verwaltung\n"
    "Kulturhaus Dresden-Pieschen e.V. · Leipziger Straße 80 · 01127 Dresden\nVereinsregister VR 4471")],
    "decided", [K("cancel", "2025-11-04")],
    spec="L8: cancel, active until current_period_end 2025-11-04 (quarterly period 2025-08-05 - 2025-11-04).")

r.case("niederbayern-wirt-rente-fallback", LOB, [Mail(
    "Landgasthof Ilztal <wirt@landgasthof-ilztal.de>", "Abo aufhörn", at("2025-09-24 19:30", DE),
    "Griaß Eana,\n\ni bin da Wirt vom Landgasthof Ilztal bei Passau. I geh im Winter in Rente und mei Tochter mog "
    "des Wirtshaus ned weidamacha. Drum bitt i Eana, dass Sie des Jahresabo kündigen. Des hod eh mei Enkel eigricht, "
    "i kenn mi mit dem Computerzeig ned aus.\n\nVergelt's Gott\nAlois Hackl")],
    "decided", [K("cancel", "2025-11-11")],
    spec="L8 fallback: no current_period_end in the ledger; last charge LO-INV-83531 on 2024-11-12 + 12 months - 1 day = 2025-11-11.")

r.case("zuerich-html-kuendigung", LOB, [Mail(
    "Keller Treuhand GmbH <sekretariat@keller-treuhand.ch>", "Kündigung Monatsabo", at("2025-09-25 16:40", DE), None,
    html="<html><body><div style=\"font-family:Calibri\"><p>Grüezi</p><p>Wir möchten unser Monatsabonnement bei "
    "LeadsOptima per sofort kündigen. Grund: Wir haben unsere Kundenakquise an eine externe Agentur übergeben.</p>"
    "<p>Besten Dank für die Bestätigung.</p><p>Freundliche Grüsse<br>Corinne Keller<br><b>Keller Treuhand GmbH</b><br>"
    "Badenerstrasse 141, 8004 Zürich</p><p style=\"font-size:8pt;color:#888\">Diese E-Mail kann vertrauliche "
    "Informationen enthalten. Falls Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender.</p>"
    "</div></body></html>")],
    "decided", [K("cancel", "2025-10-11")],
    spec="L8 (HTML-only mail): 'per sofort' still runs to the end of the cycle: current_period_end 2025-10-11.")

r.case("zuerich-c2-privatadresse", LOB, [Mail(
    "Nadja Haslach <n.haslach@gmail.com>", "Doppelbelastung Studio Haslach", at("2025-09-23 12:10", DE),
    "Hoi zäme\n\nIch schreibe von meiner privaten Adresse, weil ich unterwegs bin. Unser Konto läuft auf "
    "info@studio-haslach.ch. Am 21.9. wurde das Monatsabo zweimal belastet (LO-INV-83545 und LO-INV-83546). Bitte "
    "die zweite Belastung zurückzahlen und mir kurz bestätigen, was bei euch sonst noch offen ist.\n\nLiebe Grüsse\nNadja")],
    "need_info", rules=["C2"],
    spec="C2: the named registered email is info@studio-haslach.ch, the mail comes from gmail -> ask for the request from the registered address; nothing about the account.")

r.case("osnabrueck-outlook-wg-sekretariat", LOB, [Mail(
    "Sekretariat Lindner Planung <sekretariat@lindner-planung.de>", "WG: Abo LeadsOptima kündigen",
    at("2025-09-26 10:25", DE),
    "Sehr geehrte Damen und Herren,\n\nanbei die Nachricht von Herrn Lindner mit der Bitte um Erledigung.\n\n"
    "Mit freundlichen Grüßen\nPetra Hülsmann\nSekretariat\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Gerd Lindner <g.lindner@lindner-planung.de>\n"
    "Gesendet: Freitag, 26. September 2025 08:02\nAn: sekretariat@lindner-planung.de\n"
    "Betreff: Abo LeadsOptima kündigen\n\nFrau Hülsmann, bitte das Monatsabo bei LeadsOptima kündigen, wir nutzen "
    "das seit dem Sommer nicht mehr. Mein Konto dort ist g.lindner@lindner-planung.de.\nGruß G. L.\n\n"
    "Gerd Lindner Planungsbüro für Tragwerksplanung · Osnabrück")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request names registered email g.lindner@lindner-planung.de; the sender is sekretariat@ -> ask for the request from the registered address.")

r.case("siegerland-schreinerei-rechnung-fehlt", LOB, [Mail(
    "Schreinerei Dornseifer <info@schreinerei-dornseifer.de>", "Dashboard geht nicht", at("2025-09-27 09:05", DE),
    "Hallo,\n\nseit gestern Nachmittag kommen wir nicht mehr in euer Dashboard rein, es lädt und lädt und dann "
    "\"Error 502\". Wir haben so keinen Zugriff auf unsere Anfragen von Kunden. Ich möchte unser Geld zurück.\n\n"
    "Glück auf aus Hilchenbach-Dahlbruch\nJörg Dornseifer\nSchreinermeister")],
    "need_info", missing=["invoice_number"],
    spec="C3: registered sender, plan from the ledger, reason access_failure; the account has two charges (LO-INV-83551, LO-INV-83552) and no invoice is named -> ask for invoice_number.")

r.case("burgenland-ungarisch-ohne-grund", LOB, [Mail(
    "Horváth Ilona <horvath.ilona@bnet.at>", "Rückerstattung LO-INV-83561", at("2025-09-24 13:30", DE),
    "Sehr geehrte Damen und Herren,\n\nich ersuche höflich um Rückerstattung der Rechnung LO-INV-83561 vom "
    "22.09.2025 (Monatsabo).\n\nIch bedanke mich im Voraus.\n\nMit freundlichen Grüßen / Tisztelettel\nHorváth Ilona\n"
    "Oberwart / Felsőőr")],
    "need_info", missing=["reason"],
    spec="C3: registered sender, invoice and plan known, no reason for the refund (a polite request is not a reason, s.8) -> ask for reason.")

ahlers1 = Mail(
    "Ahlers Architektur <buero@ahlers-architektur.de>", "Erstattung LO-INV-83572", at("2025-09-24 10:00", DE),
    "Guten Tag,\n\nbitte erstatten Sie uns den Betrag der Rechnung LO-INV-83572.\n\nVielen Dank und freundliche Grüße\n"
    "Malte Ahlers\nAhlers Architektur · Lotter Straße 23 · 49078 Osnabrück")
r.case("osnabrueck-architekt-thread-grund", LOB, [ahlers1, Mail(
    "Ahlers Architektur <buero@ahlers-architektur.de>", "Re: Erstattung LO-INV-83572 [LO-3481]", at("2025-09-25 08:50", DE),
    "Guten Morgen,\n\nder Grund: Sie haben am 23.09. zweimal abgebucht, LO-INV-83571 und LO-INV-83572, gebucht haben "
    "wir natürlich nur ein Monatsabo.\n\nGruß M. Ahlers\n\nAm 24.09.2025 um 15:02 schrieb LeadsOptima Support:\n"
    "> Bitte teilen Sie uns den Grund Ihrer Anfrage mit.", reply=ahlers1,
    refs_extra=["<lo-ask-3481@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: reason supplied in the answer (duplicate); request time = first email 2025-09-24 (day 1 after 2025-09-23); L4 pair de34_p26/p27 -> refund LO-INV-83572 = 1499.00.")

becker1 = Mail(
    "Alexander Becker <a.becker.meppen@gmail.com>", "2 mal Geld genommen", at("2025-09-29 19:00", DE),
    "Guten Abend,\n\nheute Sie haben von meine Karte zwei mal Geld genommen fuer Monat, beide 1499 Rupien. Bitte eine "
    "zurueck. Rechnung ich finde nicht, nur Bankauszug.\n\nAlexander (Sascha) Becker\nMeppen")
r.case("meppen-wolgadeutsch-thread-rechnung", LOB, [becker1, Mail(
    "Alexander Becker <a.becker.meppen@gmail.com>", "Re: 2 mal Geld genommen [LO-3482]", at("2025-09-30 07:45", DE),
    "Guten Morgen,\njetzt gefunden in Spam: zweite Rechnung ist LO-INV-83583.\nDanke\nSascha Becker", reply=becker1,
    refs_extra=["<lo-ask-3482@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: first email 2025-09-29 19:00 CEST = 22:30 IST, day 0; three charges on the account so the invoice is asked; answer names LO-INV-83583; L4 pair de34_p29/p30 (same period 2025-09-29) -> 1499.00.")

r.case("niederoesterreich-rueckbuchung", LOB, [Mail(
    "Tischlerei Pfeiffer <office@tischlerei-pfeiffer.at>", "Doppelte Abbuchung - letzte Aufforderung", at("2025-09-29 17:30", DE),
    "Grüß Gott,\n\ngestern wurde unser Monatsabo zweimal abgebucht (LO-INV-83591 und LO-INV-83592). Ich ersuche um "
    "sofortige Rückzahlung der zweiten Buchung. Sollte bis Freitag nichts passieren, lasse ich die Zahlung über "
    "meine Bank als Chargeback zurückbuchen.\n\nMfG\nFranz Pfeiffer\nTischlerei Pfeiffer, St. Valentin (NÖ)")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat -> escalate, although L4 alone would approve 1499.00 (pair on 2025-09-28, request day 1).")

r.case("dresden-pflegedienst-rechtsanwalt", LOB, [Mail(
    "Pflegedienst Elbaue gGmbH <geschaeftsstelle@pflegedienst-elbaue.de>", "Falsche Abbuchung / Kündigung",
    at("2025-09-24 11:20", DE),
    "Sehr geehrte Damen und Herren,\n\nam 20.09.2025 wurde von unserem Konto ein falscher Betrag abgebucht "
    "(Rechnung LO-INV-83601), vereinbart war ein anderer Preis. Wir fordern die Erstattung und kündigen zugleich das "
    "Jahresabonnement. Die Angelegenheit liegt bereits unserem Rechtsanwalt vor.\n\nMit freundlichen Grüßen\n"
    "B. Hempel\nGeschäftsführung\nPflegedienst Elbaue gGmbH, Dresden-Laubegast")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 (lawyer) covers the whole case (s.8): refund and cancellation both escalate.")

r.case("sauerland-fewo-verbraucherrechte", LOB, [Mail(
    "Ferienwohnungen Lennebogen <info@fewo-lennebogen.de>", "Widerruf Monatsabo", at("2025-09-25 21:10", DE),
    "Hallo,\n\nich habe am 24.09. das Monatsabo abgeschlossen (LO-INV-83605) und merke, dass ich das für meine zwei "
    "Ferienwohnungen gar nicht brauche. Ich kenne meine Rechte als Verbraucher und mache hiermit mein gesetzliches "
    "Widerrufsrecht geltend. Bitte den vollen Betrag zurück.\n\nKlaus-Peter Hesse\nFerienwohnungen Lennebogen, Finnentrop")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: 'meine Rechte als Verbraucher' / statutory right of withdrawal -> escalate (L1 alone would deny).")

r.case("oberpfalz-steuerbuero-doppelt", LOB, [Mail(
    "Steuerbüro Reitmeier - Buchhaltung <buchhaltung@stb-reitmeier.de>", "Doppelbuchung Quartalsabo 27.09.2025",
    at("2025-09-29 10:45", DE),
    "Sehr geehrte Damen und Herren,\n\nbei der Abstimmung unseres Kreditkartenkontos ist uns aufgefallen, dass das "
    "Quartalsabo am 27.09.2025 doppelt belastet wurde: LO-INV-83611 und LO-INV-83612, je 3.999,00 zzgl. USt. "
    "Bitte erstatten Sie die doppelte Belastung (LO-INV-83612) auf die ursprüngliche Karte.\n\n"
    "Mit freundlichen Grüßen\nMonika Reitmeier\nBuchhaltung\n\nSteuerbüro Reitmeier\nFinanzbuchhaltung · "
    "Lohnabrechnung · Jahresabschlüsse\nBahnhofstraße 12 · 92224 Amberg")],
    "decided", [R("approve", "3999.00")],
    spec="L4: pair de34_p35/p36 on 2025-09-27, request 2025-09-29 (day 2) -> refund LO-INV-83612 = 3999.00; a tax office's signature is no C4 mention.")

r.case("zuerich-velo-doppelt-und-kuendigen", LOB, [Mail(
    "Velo Brunner GmbH <info@velo-brunner.ch>", "Doppelt belastet + Kündigung", at("2025-09-28 10:00", DE),
    "Grüezi mitenand\n\nZwei Sachen:\n1) Am 26.9. wurde das Monatsabo zweimal belastet (LO-INV-83615 / LO-INV-83616). "
    "Bitte die zweite Belastung rückvergüten.\n2) Wir stellen auf Ende Oktober auf ein Kassensystem mit integriertem "
    "CRM um. Bitte das Abo deshalb gleich kündigen.\n\nBesten Dank und e guete Sunntig\nUrs Brunner\n"
    "Velo Brunner GmbH · Werkstatt & Verkauf · Zürich-Altstetten")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-25")],
    spec="L4 pair de34_p37/p38 (2025-09-26, request day 2) -> approve 1499.00; L8 cancel effective current_period_end 2025-10-25.")

r.case("burgenland-kfz-zweite-schon-erstattet", LOB, [Mail(
    "KFZ Szabó <technik@kfz-szabo.at>", "Doppelt abgebucht 24.09", at("2025-09-26 16:15", DE),
    "Servus,\n\nam 24.09. habts ihr zweimal abgebucht, LO-INV-83621 und LO-INV-83622. Bitte die LO-INV-83622 "
    "zurückzahlen, auf meinem Konto sind beide noch drauf.\n\nDanke\nSzabó Gábor\nKFZ Szabó · Neusiedl am See")],
    "decided", [R("escalate")],
    spec="s.8: the named duplicate LO-INV-83622 has status 'refunded' (not paid) -> escalate; no pair of paid charges for L4 either.")

r.case("china-reise-zeitzone-ledger-offset", LOB, [Mail(
    "Zhang Min <zhang.min@lotus-teehaus.de>", "zweimal bezahlt Monatsabo", at("2025-09-30 15:30", CN),
    "Hallo,\n\nich bin gerade in Hangzhou für Teeeinkauf. Am 23.09. früh morgens (hier in China) kamen zwei "
    "Abbuchungen von LeadsOptima, beide 1.499 Rupien, Rechnung LO-INV-83625 und LO-INV-83626. Wir haben nur ein "
    "Monatsabo. Bitte die zweite zurück.\n\nViele Grüße\nZhang Min\nLotus Teehaus, Dresden-Neustadt")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 ledger offsets: paid_at 2025-09-22T20:00Z = 2025-09-23 01:30 IST (04:00 in China) -> day 0 = 2025-09-23; email 2025-09-30 15:30 +08 = 13:00 IST = day 7 (inside) -> L4 approve 1499.00 (the UTC date would give day 8).")

r.case("cham-falscher-betrag-zu-spaet", LOB, [Mail(
    "Drechslerei Wagner <info@drechslerei-wagner-cham.de>", "zu viel abgebucht", at("2025-09-25 17:50", DE),
    "Grüß Gott,\n\nihr habts am 12. September 1.499 abgebucht, ausgemacht waren aber 1.199 im Monat, des is a "
    "falscher Betrag. Rechnung LO-INV-83631. Bitt schön die Differenz zruck.\n\nMit freundlichen Grüßen\n"
    "Xaver Wagner\nDrechslerei Wagner, Cham")],
    "decided", [R("deny")],
    spec="L2 billing_error but L3: charge 2025-09-12, request 2025-09-25 = day 13 > 7 -> deny citing the 7-day rule.")

r.case("brauhaus-plus-adresse", LOB, [Mail(
    "Brauhaus Hasenkrug <info+rechnungen@brauhaus-hasenkrug.de>", "Kündigung LeadsOptima", at("2025-09-26 14:00", DE),
    "Moin,\n\nbitte kündigt unser Monatsabo, registriert ist es auf info@brauhaus-hasenkrug.de. Wir machen die "
    "Biertasting-Buchungen ab Oktober wieder per Telefon, die Online-Anfragen waren zu wenig.\n\nGruß\nJana Hasenkrug\n"
    "Brauhaus Hasenkrug · Osnabrücker Land")],
    "need_info", rules=["C2"],
    spec="s.8: 'info+rechnungen@' is another address than the registered info@brauhaus-hasenkrug.de (named in the mail) -> C2, ask to write from the registered address.")

r.case("stpoelten-physio-eine-zahlung", LOB, [Mail(
    "Physio am Domplatz <praxis@physio-stpoelten.at>", "Zugang funktioniert nicht", at("2025-09-29 12:40", DE),
    "Mahlzeit,\n\nseit Samstag können wir uns nicht mehr anmelden, es kommt nur \"Konto gesperrt\". Unsere "
    "Terminanfragen liegen alle dort. So nützt uns das Programm nichts, ich möchte die Abbuchung vom Samstag zurück.\n\n"
    "Liebe Grüße\nMag. Julia Ecker\nPhysio am Domplatz, St. Pölten")],
    "decided", [R("escalate")],
    spec="L2 access_failure (cannot log in since Saturday); the account has exactly one charge (LO-INV-83641, 2025-09-27), which identifies the invoice (docs/policy.md); request 2025-09-29 day 2 -> L6 escalate.")

r.case("bern-nie-benutzt", LOB, [Mail(
    "Martin Rüfenacht <m.ruefenacht@bluewin.ch>", "Rückerstattung Quartalsabo", at("2025-09-24 09:20", DE),
    "Guten Morgen\n\nIch habe am 19. September das Quartalsabo gelöst, aber seither keine einzige Minute damit "
    "gearbeitet, die Saison ist für mich vorbei. Ich bitte Sie deshalb, mir den Betrag zurückzuerstatten.\n\n"
    "Freundliche Grüsse\nMartin Rüfenacht\nBergführer, Grindelwald")],
    "decided", [R("deny")],
    spec="L1: not used is none of the L2 reasons -> deny, cancellation offered; the one charge LO-INV-83645 identifies the invoice.")

r.case("attendorn-radclub-langer-brief", LOB, [Mail(
    "Radclub Biggeblick Kassierer <kassierer@rc-biggeblick.de>", "Jahreshauptversammlung / Diverses", at("2025-09-21 20:05", DE),
    "Hallo liebes LeadsOptima-Team,\n\nkurz zu uns: wir sind ein Radclub mit 140 Mitgliedern, fahren jeden Sonntag "
    "um den Biggesee und haben euch letztes Jahr für die Anmeldung zu unserer RTF genommen. Die RTF war super besucht, "
    "danke dafür!\n\nAuf der Jahreshauptversammlung am Freitag hat der Vorstand nun beschlossen, die Anmeldungen "
    "künftig über den Landesverband laufen zu lassen. Deshalb kündigen wir hiermit unser Quartalsabo. Ich bin "
    "Kassierer und habe das Konto damals angelegt.\n\nWeiterhin wollte ich noch sagen, dass der Export der "
    "Teilnehmerlisten prima funktioniert hat, da haben andere Anbieter mehr Ärger gemacht. Falls wir wieder eine "
    "Veranstaltung planen, melden wir uns.\n\nMit sportlichem Gruß\nWerner Stracke\nKassierer Radclub Biggeblick")],
    "decided", [K("cancel", "2025-11-30")],
    spec="L8: cancellation in the middle of a long club letter; current_period_end 2025-11-30.")

r.case("dresden-chinesisch-schraegstrich-rechnung", LOB, [Mail(
    "Chen Übersetzungen <info@chen-uebersetzungen.de>", "Doppelte Zahlung", at("2025-09-27 16:30", DE),
    "Sehr geehrte Damen und Herren,\n\nich bin Chen Jing, Übersetzungsbüro in Dresden. Am 26.9. Sie haben zweimal "
    "eintausendvierhundertneunundneunzig Rupien von unserem Konto gebucht, die zweite Rechnung heißt "
    "LO/INV/83656. Wir haben nur ein Abo. Bitte geben Sie das doppelt bezahlte Geld zurück.\n\n"
    "Mit freundlichen Grüßen\nChen Jing 陈静\nChen Übersetzungen · Chinesisch-Deutsch · vereidigt")],
    "decided", [R("approve", "1499.00")],
    spec="L4: pair de34_p47/p48 on 2025-09-26, request 2025-09-27 (day 1); 'LO/INV/83656' is LO-INV-83656 (s.8) -> 1499.00.")

r.case("velo-abwesenheit-auto", LOB, [Mail(
    "Velo Brunner GmbH <info@velo-brunner.ch>", "Automatische Antwort: Ihre Anfrage [LO-3490]", at("2025-09-29 07:02", DE),
    "Grüezi\n\nVielen Dank für Ihre Nachricht. Unser Geschäft ist vom 29.9. bis 5.10. wegen Betriebsferien geschlossen. "
    "Ihre E-Mail wird nicht weitergeleitet.\n\nFreundliche Grüsse\nVelo Brunner GmbH",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Betriebsferien) -> ignore.")

r.case("unzustellbar-dsn", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mx01.emsnet-mail.de>", "Unzustellbar: Ihre Anfrage [LO-3477]", at("2025-09-27 03:14", DE),
    "Diese Nachricht wurde automatisch erstellt.\n\nIhre Nachricht konnte an folgenden Empfänger nicht zugestellt "
    "werden:\n\n  info@fahrschule-ems-hase.de\n  Grund: Postfach nicht vorhanden",
    dsn=[[("Reporting-MTA", "dns; mx01.emsnet-mail.de")],
         [("Final-Recipient", "rfc822; info@fahrschule-ems-hase.de"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON delivery-status report (RFC 3464) -> ignore.")

r.case("vereinsrundbrief-liste", LOB, [Mail(
    "RSV Obernautal Rundbrief <rundbrief@rsv-obernautal.de>", "Vereinsrundbrief Oktober: Saisonabschluss & Kündigungen",
    at("2025-09-30 18:00", DE),
    "Liebe Vereinsmitglieder,\n\nzum Saisonabschluss am 12.10. treffen wir uns um 10 Uhr am Vereinsheim. Hinweis des "
    "Vorstands: Kündigungen der Mitgliedschaft bitte bis 30.11. schriftlich an den Kassenwart. Rückerstattungen von "
    "Startgeldern sind leider nicht möglich.\n\nSportliche Grüße\nEuer Vorstand",
    headers={"List-Id": "RSV Obernautal Rundbrief <rundbrief.rsv-obernautal.de>", "Precedence": "list",
             "List-Unsubscribe": "<mailto:rundbrief-leave@rsv-obernautal.de>"})],
    "ignore", rules=["C7"], spec="C7: List-Id / Precedence: list (club newsletter mentioning cancellations and refunds) -> ignore.")

r.case("stadtwerke-rechnung-bestellnummer", LOB, [Mail(
    "Stadtwerke Hasetal GmbH - Vertrieb <vertrieb@stadtwerke-hasetal.de>",
    "Rechnungskorrektur: Angabe der Bestellnummer erforderlich", at("2025-09-30 11:05", DE),
    "Sehr geehrte Damen und Herren,\n\ngemäß unseren Einkaufsbedingungen sind Rechnungen nur mit Angabe unserer "
    "Bestellnummer (BANF 4500123987) zahlbar. Wir bitten daher, künftige Rechnungen entsprechend auszustellen und an "
    "rechnungseingang@stadtwerke-hasetal.de zu senden. Eine Änderung des Vertrags ist damit nicht verbunden.\n\n"
    "Mit freundlichen Grüßen\ni. A. Ingrid Meyer-Bröring\nStadtwerke Hasetal GmbH")],
    "other", spec="An invoicing instruction (purchase order number), no refund or cancellation -> other.")

r.case("seewinkel-danke-erstattet", LOB, [Mail(
    "Pension Lackenblick <rechnungen@pension-lackenblick.at>", "Danke!", at("2025-09-23 18:30", DE),
    "Liebes LeadsOptima-Team,\n\nnur ein kurzes Dankeschön: die doppelte Abbuchung vom August habt ihr letzte Woche "
    "erstattet, das Geld ist heute auf dem Konto eingelangt. Alles bestens, wir sind zufrieden.\n\nLiebe Grüße aus "
    "Illmitz\nErika Haider")],
    "other", spec="Thanks for a refund already received (past event); no new request -> other.")

r.case("fahrschule-keine-erstattung-frage", LOB, [Mail(
    "Fahrschule Körner <info@fahrschule-koerner.de>", "Zweiter Fahrlehrer - Zugang?", at("2025-09-29 13:20", DE),
    "Hallo,\n\nkeine Kündigung und auch keine Rückerstattung, bevor jemand fragt :-) Wir haben einen zweiten "
    "Fahrlehrer eingestellt. Wie kann ich für ihn einen eigenen Login anlegen, und kostet das extra?\n\n"
    "Viele Grüße aus Olpe\nMarkus Körner\nFahrschule Körner")],
    "other", spec="s.8 negation: 'keine Kündigung und auch keine Rückerstattung' adds no intent; a product question -> other.")

r.case("chinesisch-vorab-frage", LOB, [Mail(
    "Liu Yang <liu.yang.dd@outlook.de>", "Frage vor Kauf Jahresabo", at("2025-09-27 14:50", DE),
    "Guten Tag,\n\nich möchte vielleicht das Jahresabo kaufen für mein Reisebüro. Wenn ich kaufe und nach zwei "
    "Wochen merke, es passt nicht, kann ich dann Geld zurück bekommen? Und gibt es Rechnung mit Mehrwertsteuer?\n\n"
    "Mit freundlichen Grüßen\nLiu Yang\nReisebüro Seidenstraße, Dresden")],
    "other", spec="s.8 hypothetical before buying: a policy question from a non-customer -> other.")

# ======================= Optima WebDesign =======================
r.case("owd-zuerich-discovery-zurueck", OWB, [Mail(
    "Atelier Hürlimann <atelier@huerlimann-arch.ch>", "Refund Request — Atelier Hürlimann Portfolio / OWD-2025-3401",
    at("2025-09-29 14:00", DE), brand=OWB, body=
    "Grüezi\n\nAm 26. September haben wir die Discovery-Gebühr für das Projekt \"Atelier Hürlimann Portfolio\" bezahlt "
    "(Rechnung OWD-2025-3401). Leider hat die Bauherrschaft den Wettbewerb, für den wir das neue Portfolio zeigen "
    "wollten, zurückgezogen. Ein Termin hat mit Ihnen noch nicht stattgefunden. Wir bitten deshalb um Rückerstattung.\n\n"
    "Freundliche Grüsse\nLukas Hürlimann\nAtelier Hürlimann Architekten GmbH, Zürich-Wiedikon")],
    "decided", [R("approve", "9500.00")],
    spec="O1: discovery OWD-2025-3401, work_started_at empty -> full refund 9500.00 (before tax, C6); O7 timeline in the reply.")

r.case("owd-sauerland-stadtwerke-discovery-begonnen", OWB, [Mail(
    "Stadtwerke Lennetal - IT-Beschaffung <it-beschaffung@sw-lennetal.de>",
    "Rückforderung Discovery-Entgelt Kundenportal (OWD-2025-3402)", at("2025-09-26 10:30", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nder Aufsichtsrat hat das Vorhaben \"Stadtwerke Lennetal Kundenportal\" in "
    "seiner Sitzung vom 24.09.2025 zurückgestellt. Wir bitten daher um Rückzahlung des für die Discovery-Phase "
    "entrichteten Entgelts (Rechnung OWD-2025-3402). Der Auftaktworkshop vom 15.09. ist uns bekannt, ein "
    "Ergebnisdokument liegt uns jedoch noch nicht vor.\n\nMit freundlichen Grüßen\ni. A. Thomas Schulte-Ebbert\n"
    "IT-Beschaffung\nStadtwerke Lennetal GmbH, Altena")],
    "decided", [R("deny")],
    spec="O1: discovery work started 2025-09-15 (the kickoff workshop) before the request 2025-09-26 -> deny.")

r.case("owd-oberpfalz-brauerei-anzahlung-45h", OWB, [Mail(
    "Brauhaus Wernberg <braumeister@brauhaus-wernberg.de>", "Anzahlung Onlineshop zurück", at("2025-09-30 08:50", DE), brand=OWB,
    body="Guten Morgen,\n\nam Sonntag haben wir die Anzahlung für den \"Brauhaus Wernberg Onlineshop\" überwiesen "
    "(OWD-2025-3403). Gestern hat die Sparkasse die Finanzierung für unser neues Sudhaus abgelehnt, und ohne Sudhaus "
    "brauchen wir erst mal keinen Shop. Bitte die Anzahlung zurück, angefangen habt ihr ja noch nicht.\n\n"
    "Gruß\nMatthias Weiß, Braumeister\nBrauhaus Wernberg, Oberpfalz")],
    "decided", [R("approve", "24000.00")],
    spec="O2: deposit paid 2025-09-28 15:00 IST; email 2025-09-30 08:50 CEST = 12:20 IST = 45 h 20 min < 72 h, no work started -> approve 24000.00.")

r.case("owd-amstetten-anzahlung-genau-72h", OWB, [Mail(
    "Fahrschule Gruber <office@fahrschule-gruber.at>", "Storno Website Fahrschule - Anzahlung OWD-2025-3404",
    at("2025-09-28 11:00", DE), brand=OWB, body=
    "Grüß Gott,\n\nich hab am Donnerstag um 11 Uhr die Anzahlung für die \"Fahrschule Gruber Amstetten Website\" "
    "bezahlt (OWD-2025-3404). Mein Schwager macht uns die Seite jetzt doch gratis. Das sind genau drei Tage, also "
    "bin ich noch in der Frist, bitte um Rückzahlung.\n\nMfG\nHerbert Gruber\nFahrschule Gruber, Amstetten")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 + s.8: paid 2025-09-25 14:30 IST (11:00 CEST); email 2025-09-28 11:00 CEST = 14:30 IST = exactly 72 h, not before 72 h -> deny.")

r.case("owd-osnabrueck-zagros-arbeit-begonnen", OWB, [Mail(
    "Restaurant Zagros <info@restaurant-zagros.de>", "Anzahlung zurück bitte", at("2025-09-29 08:00", DE), brand=OWB,
    body="Rojbaş, guten Morgen,\n\nwir haben am Samstag Anzahlung bezahlt für \"Restaurant Zagros Website\", Rechnung "
    "OWD-2025-3405. Jetzt unser Vermieter sagt, wir müssen Ende Jahr raus, vielleicht neues Lokal in anderer Stadt. "
    "Deshalb jetzt keine Website. Bitte Anzahlung zurück, es ist noch keine 72 Stunden.\n\nSilav û rêz\nBerivan Doğan\n"
    "Restaurant Zagros, Osnabrück")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-27 10:00 IST, work started 2025-09-28 09:00 IST, before the request 2025-09-29 11:30 IST (49.5 h): 'whichever occurs first' -> deny.")

r.case("owd-haseluenne-meilenstein-offen", OWB, [Mail(
    "Seniorenresidenz Hasewiesen - Verwaltung <verwaltung@seniorenresidenz-hasewiesen.de>",
    "Erstattung Meilenstein OWD-2025-3407 (Mehrsprachigkeit)", at("2025-09-25 10:40", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nunser Träger hat entschieden, die niederländische und polnische Sprachversion "
    "der \"Seniorenresidenz Hasewiesen Relaunch\" nicht umzusetzen. Der zugehörige Meilenstein (Rechnung "
    "OWD-2025-3407) ist nach unserem Kenntnisstand noch nicht begonnen. Wir bitten um Erstattung dieses Meilensteins.\n\n"
    "Mit freundlichen Grüßen\nAnnegret Wübbels\nHeimverwaltung\nSeniorenresidenz Hasewiesen")],
    "decided", [R("approve", "18000.00")],
    spec="O3: milestone OWD-2025-3407 not_started -> refund that milestone's amount 18000.00 (before tax).")

r.case("owd-haseluenne-meilenstein-laeuft", OWB, [Mail(
    "Seniorenresidenz Hasewiesen - Verwaltung <verwaltung@seniorenresidenz-hasewiesen.de>",
    "Meilenstein Angehörigenportal OWD-2025-3408", at("2025-09-26 14:10", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nauch das Angehörigenportal im Projekt \"Seniorenresidenz Hasewiesen Relaunch\" "
    "wird nicht mehr benötigt, da der Träger eine zentrale Lösung einführt. Bitte erstatten Sie uns den Meilenstein "
    "OWD-2025-3408, soweit die Arbeit noch nicht erbracht ist.\n\nMit freundlichen Grüßen\nAnnegret Wübbels\nHeimverwaltung")],
    "decided", [R("escalate")],
    spec="O3: milestone OWD-2025-3408 in_progress -> escalate (billable value of work not started needs a person).")

r.case("owd-dresden-orgelbau-abgeschlossen", OWB, [Mail(
    "Orgelbau Kretzschmar <werkstatt@orgelbau-kretzschmar.de>", "Beanstandung Meilenstein Designphase", at("2025-09-23 15:00", DE),
    brand=OWB, body="Sehr geehrte Damen und Herren,\n\ndie im Rahmen des Vorhabens \"Orgelbau Kretzschmar Website\" "
    "erbrachte Designphase (Rechnung OWD-2025-3409) entspricht nach nochmaliger Prüfung nicht unseren Vorstellungen: "
    "die Farbgebung wirkt uns zu modern für eine Orgelbauwerkstatt mit 150-jähriger Tradition. Wir ersuchen um "
    "Rückerstattung des Meilensteinbetrages.\n\nHochachtungsvoll\nGottfried Kretzschmar\nOrgelbaumeister, Dresden-Loschwitz")],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-3409 is completed -> deny (completed deliverables are not refundable).")

r.case("owd-oerlikon-veloclub-rechtzeitig", OWB, [Mail(
    "Veloclub Chriesbach Vorstand <vorstand@vc-chriesbach.ch>", "Kündigung Betreuungsvertrag", at("2025-09-24 19:15", DE),
    brand=OWB, body="Grüezi\n\nDer Vorstand des Veloclub Chriesbach kündigt hiermit die \"Veloclub Chriesbach Betreuung\" "
    "(letzte Rechnung OWD-2025-3410). Grund: Ein Vereinsmitglied (Informatiker) übernimmt die Pflege der Website ab "
    "Oktober ehrenamtlich.\n\nFreundliche Grüsse\nBeat Wüthrich, Präsident\nVeloclub Chriesbach")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-24 (IST 22:45 same date) <= 2025-10-08 -> cancel effective the day before, 2025-10-14.")

r.case("owd-basel-zunftstube-zu-kurz", OWB, [Mail(
    "Zunftstube Basel <info@zunftstube-basel.ch>", "Kündigung Social Media", at("2025-09-29 11:30", DE), brand=OWB,
    body="Grüezi\n\nWir kündigen die Betreuung \"Zunftstube Basel Social Media\" (Rechnung OWD-2025-3411). Unsere "
    "Lernende macht Instagram ab sofort selber, das klappt bestens.\n\nFreundliche Grüsse\nSabine Vischer-Oeri\n"
    "Zunftstube Basel, Spalenberg")],
    "decided", [K("cancel", "2025-11-03")],
    spec="O4: next_billing_at 2025-10-04; notice cut-off 2025-09-27; request 2025-09-29 is later -> the next cycle (2025-10-04 - 2025-11-03) is billed, effective 2025-11-03.")

r.case("owd-hilchenbach-vorausbezahlt", OWB, [Mail(
    "Fachwerkhaus Hilchenbach <kontakt@fachwerk-hilchenbach.de>", "SEO-Betreuung kündigen", at("2025-09-26 12:15", DE),
    brand=OWB, body="Hallo,\n\nwir möchten die \"Fachwerkhaus Hilchenbach SEO\"-Betreuung kündigen, Rechnung "
    "OWD-2025-3413. Grund: die Ferienwohnung ist ab Oktober über ein Portal ausgebucht, wir brauchen keine "
    "eigene Werbung mehr. Den Oktober haben wir schon bezahlt.\n\nGlück auf\nHeike Weller")],
    "decided", [K("escalate")],
    spec="O4 + s.8: the next cycle (2025-10-08 - 2025-11-07) is already paid (OWD-2025-3413), notice >= 7 days (2025-09-26 <= 2025-10-01) -> escalate.")

r.case("owd-burgenland-hosting-14-tage", OWB, [Mail(
    "Pannonia Weinhotel <rezeption@pannonia-weinhotel.at>", "Hosting stornieren und Geld zurück", at("2025-09-29 16:10", DE),
    brand=OWB, body="Sehr geehrte Damen und Herren,\n\nwir stornieren das Jahreshosting \"Pannonia Weinhotel Hosting\" "
    "(Rechnung OWD-2025-3414). Grund: unser Hotelverband in Eisenstadt bietet Hosting für Mitglieder jetzt "
    "kostenlos an. Bitte um anteilige Rückerstattung.\n\nMit freundlichen Grüßen / Üdvözlettel\nVarga Zsófia\n"
    "Pannonia Weinhotel, Mörbisch am See")],
    "decided", [R("approve", "11550.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-29 = day 9 <= 14; 14400 - 1800 - (12600/12 = 1050) x 1 = 11550.00.")

r.case("owd-oberpfalz-wartung-zu-spaet", OWB, [Mail(
    "Zinngießerei Hofmann <info@zinn-hofmann.de>", "Wartungsvertrag kündigen + Erstattung", at("2025-09-25 09:30", DE),
    brand=OWB, body="Grüß Gott,\n\nbitte den Wartungsvertrag \"Zinngießerei Hofmann Wartung\" (OWD-2025-3415) kündigen "
    "und den Restbetrag erstatten. Unser Neffe ist jetzt Fachinformatiker und kümmert sich selber um die Seite.\n\n"
    "Mit freundlichen Grüßen\nRosa Hofmann\nZinngießerei Hofmann, Neustadt a.d. Waldnaab")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-08, request 2025-09-25 = day 17 > 14 -> deny the refund.")

r.case("owd-meissen-hosting-vor-beginn", OWB, [Mail(
    "Sächsisches Heimatarchiv - Poststelle <poststelle@heimatarchiv-meissen.de>",
    "Rücktritt vom Hostingvertrag (Ihre Rechnung OWD-2025-3416)", at("2025-09-27 10:10", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nhiermit treten wir vom Vertrag über das Jahreshosting \"Sächsisches "
    "Heimatarchiv Hosting\" zurück, dessen Leistungsbeginn für den 06.10.2025 vorgesehen ist. Begründung: Durch "
    "Beschluss des Landkreises wird das Archivportal künftig auf der Infrastruktur des Landkreises betrieben.\n\n"
    "Um Erstattung des entrichteten Betrages abzüglich etwaiger Einrichtungskosten wird gebeten.\n\n"
    "Mit freundlichen Grüßen\nIm Auftrag\nDr. R. Kühnel\nSächsisches Heimatarchiv Meißen")],
    "decided", [R("approve", "7150.00")], extra_ok=True,
    spec="O5 + s.8: service_start 2025-10-06 is after the request 2025-09-27 -> consumed_months 1; 9000 - 1200 - 7800/12 (650) = 7150.00.")

r.case("owd-chinesisch-plugin-lizenz", OWB, [Mail(
    "Huang Akupunktur <praxis@huang-akupunktur.de>", "Lizenz zurück", at("2025-09-24 12:30", DE), brand=OWB, body=
    "Hallo Optima,\n\nfür \"Huang Akupunktur Praxis Website\" Sie haben Lizenz für Termin-Plugin berechnet, Rechnung "
    "OWD-2025-3417. Wir benutzen jetzt Telefon für Termine, Plugin brauchen nicht. Bitte Geld für Lizenz zurück.\n\n"
    "Vielen Dank\nDr. Huang Wei 黄伟\nPraxis für Akupunktur und TCM, Dresden")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-3417 is third_party (plugin licence) -> never refundable: deny.")

r.case("owd-bern-einrichtungsgebuehr", OWB, [Mail(
    "Aaregg Erlebnis Marketing <marketing@aaregg-erlebnis.ch>", "Rückforderung Einrichtungsgebühr", at("2025-09-23 10:20", DE),
    brand=OWB, body="Grüessech\n\nFür die \"Aaregg-Panoramabahn Microsite\" wurde uns eine Einrichtungsgebühr verrechnet "
    "(OWD-2025-3418). Da wir das Hosting selber stellen, finden wir diese Gebühr nicht gerechtfertigt und bitten um "
    "Rückvergütung.\n\nFreundliche Grüsse\nSimone Aebi\nMarketing, Aaregg Erlebnis AG")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-3418 is a setup fee -> never refundable: deny.")

r.case("owd-eslohe-eilzuschlag", OWB, [Mail(
    "Schützenverein Kückelberg Vorstand <vorstand@schuetzen-kueckelberg.de>", "Eilzuschlag zurück", at("2025-09-27 13:00", DE),
    brand=OWB, body="Hallo,\n\nunser Schützenfest im Oktober fällt wegen der Hallensanierung aus. Damit war der "
    "Eilzuschlag für die \"Schützenfest Kückelberg Website\" (OWD-2025-3419) umsonst. Bitte das Geld zurück.\n\n"
    "Horrido\nHubertus Tigges, 1. Vorsitzender")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-3419 is a rush fee -> never refundable: deny.")

r.case("owd-osnabrueck-c2-privat", OWB, [Mail(
    "Hinrich Tönjes <h.toenjes@t-online.de>", "Architekturbüro Tönjes - Meilenstein OWD-2025-3420", at("2025-09-28 17:10", DE),
    brand=OWB, body="Moin,\n\nich schreibe am Wochenende von zu Hause. Für die \"Architekturbüro Tönjes Website\" "
    "möchten wir den Meilenstein OWD-2025-3420 zurück, weil wir die Projektgalerie jetzt doch nicht umsetzen. Vertrag "
    "läuft über info@toenjes-architekten.de. Und schicken Sie mir bitte die Übersicht aller Zahlungen.\n\n"
    "Gruß\nHinrich Tönjes")],
    "need_info", rules=["C2"],
    spec="C2 (Optima): contract email info@toenjes-architekten.de, mail from a private t-online address -> ask to write from the contract email; nothing disclosed.")

r.case("owd-tatzmannsdorf-outlook-weiterleitung", OWB, [Mail(
    "Kurpension Rezeption <rezeption@kurpension-tatzmannsdorf.at>", "WG: Anzahlung Relaunch zurück", at("2025-09-30 09:10", DE),
    brand=OWB, body="Guten Morgen,\n\nim Auftrag unserer Direktorin leite ich Ihnen das weiter.\n\nLG Ildikó\n\nVon meinem iPad gesendet\n\n"
    "Anfang der weitergeleiteten Nachricht:\n\nVon: Direktion Kurpension <direktion@kurpension-tatzmannsdorf.at>\n"
    "Betreff: Anzahlung Relaunch zurück\nDatum: 30. September 2025 um 08:31:12 MESZ\n"
    "An: rezeption@kurpension-tatzmannsdorf.at\n\nBitte an Optima schicken: Wir "
    "ziehen den Auftrag \"Kurpension Bad Tatzmannsdorf Relaunch\" zurück, weil die Therme den Umbau auf 2027 "
    "verschiebt. Die Anzahlung OWD-2025-3421 vom Montag bitte zurückerstatten.\n\nMag. Eva Pál-Strobl\nDirektion")],
    "need_info", rules=["C2"],
    spec="s.8 forward (Apple Mail wording) + C2: the forwarded request is from contract email direktion@...; the sender is rezeption@ -> ask for the request from the contract email.")

r.case("owd-papenburg-stadtwerke-ohne-grund", OWB, [Mail(
    "Stadtwerke Moorkanal - Einkauf <einkauf@stadtwerke-moorkanal.de>", "Kündigung Rahmenvertrag Energieportal",
    at("2025-09-22 14:30", DE), brand=OWB, body=
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir den Betreuungsvertrag \"Stadtwerke Moorkanal "
    "Energieportal\" (zuletzt Rechnung OWD-2025-3422) fristgerecht zum nächstmöglichen Zeitpunkt.\n\nWir bitten um "
    "eine kurze Eingangsbestätigung.\n\nMit freundlichen Grüßen\ni. A. Wiebke Janssen\nZentraler Einkauf\n"
    "Stadtwerke Moorkanal GmbH")],
    "need_info", missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; 'fristgerecht', 'Eingangsbestätigung' and the signature are not reasons -> ask for reason.")

kletter1 = Mail(
    "Kletterhalle Donauwand <info@kletterhalle-donauwand.de>", "Rückerstattung Kletterhalle Regensburg Website",
    at("2025-09-24 18:40", DE), brand=OWB, body=
    "Servus,\n\nfür die \"Kletterhalle Regensburg Website\" hätten wir gern die Zahlung für die Unterseiten der "
    "Kursbuchung zurück. Der Verein verschiebt die Kursangebote auf nächstes Jahr, weil die Hallenerweiterung nicht "
    "fertig wird. Rechnungsnummer reiche ich nach, der Kassier ist im Urlaub.\n\nBerg Heil\nFlorian Ostermeier")
r.case("owd-regensburg-thread-rechnung", OWB, [kletter1, Mail(
    "Kletterhalle Donauwand <info@kletterhalle-donauwand.de>", "AW: Rückerstattung Kletterhalle Regensburg Website [OWD-3490]",
    at("2025-09-25 20:05", DE), brand=OWB, body=
    "Servus nochmal,\n\ndie Rechnungsnummer laut Kassier: OWD 2025 3424.\n\nFlorian\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign <optimawebdesigns12@gmail.com>\n"
    "Gesendet: Donnerstag, 25. September 2025 07:15\nBetreff: Rückerstattung Kletterhalle Regensburg Website [OWD-3490]\n\n"
    "Bitte nennen Sie uns die Rechnungsnummer.", reply=kletter1, refs_extra=["<owd-ask-3490@optimawebdesign.com>"])],
    "decided", [R("approve", "15000.00")],
    spec="C3 thread: the project has two payments (deposit, milestone), so the invoice was asked; answer 'OWD 2025 3424' (s.8) = milestone not_started -> O3 approve 15000.00.")

r.case("owd-weinviertel-heuriger-chargeback", OWB, [Mail(
    "Heuriger Steinbauer <heuriger@steinbauer-wein.at>", "Anzahlung Website zurück", at("2025-09-30 10:20", DE), brand=OWB,
    body="Grüß Gott,\n\nwir haben gestern die Anzahlung für die \"Heuriger Steinbauer Website\" bezahlt "
    "(OWD-2025-3425), aber die Gemeinde hat uns die Ausschank-Genehmigung für nächstes Jahr nicht verlängert. Bitte "
    "die Anzahlung zurück. Sonst wende ich mich an meine Bank und lasse die Kreditkartenzahlung stornieren (Chargeback).\n\n"
    "MfG\nJohann Steinbauer\nHeuriger Steinbauer, Poysdorf")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat -> escalate, although O2 alone would approve (paid 2025-09-29 12:00 IST, request 2025-09-30 13:50 IST).")

r.case("owd-abwesenheitsnotiz", OWB, [Mail(
    "Stadtwerke Moorkanal - Einkauf <einkauf@stadtwerke-moorkanal.de>", "Abwesenheitsnotiz: Ihre Anfrage [OWD-3488]",
    at("2025-09-23 08:00", DE), brand=OWB, body=
    "Ich bin bis einschließlich 03.10.2025 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an "
    "einkauf-vertretung@stadtwerke-moorkanal.de.\n\nMit freundlichen Grüßen\nWiebke Janssen",
    headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("owd-glasblaeserei-frage", OWB, [Mail(
    "Glasbläserei Kreuzer <info@glas-kreuzer.de>", "Frage zum Livegang", at("2025-09-25 15:30", DE), brand=OWB, body=
    "Grüß Gott,\n\nwie weit sind Sie mit der \"Glasbläserei Kreuzer Website\"? Wir würden gern vor dem "
    "Weihnachtsmarkt online gehen. Können wir noch zwei Fotos von der Glashütte austauschen?\n\nViele Grüße aus "
    "Zwiesel\nAgnes Kreuzer")],
    "other", spec="A project question, no refund or cancellation -> other.")

r.case("owd-siegen-vorab-anzahlung-frage", OWB, [Mail(
    "Fahrschule Bender <info@fahrschule-bender-siegen.de>", "Frage vor Auftrag", at("2025-09-26 17:45", DE), brand=OWB,
    body="Hallo,\n\nwir überlegen, bei Ihnen eine neue Website für unsere Fahrschule zu beauftragen. Bevor wir "
    "unterschreiben: Bekämen wir die Anzahlung zurück, falls wir nach ein paar Tagen doch absagen? Und wie läuft "
    "das mit dem Hosting?\n\nFreundliche Grüße\nSandra Bender\nFahrschule Bender, Siegen-Weidenau")],
    "other", spec="s.8 hypothetical before signing: a policy question -> other.")

r.case("owd-wolgadeutsch-anzahlung-fehlgeschlagen", OWB, [Mail(
    "Kulturstube Wolga <info@kulturstube-wolga.de>", "Anzahlung zurück Website", at("2025-09-28 12:30", DE), brand=OWB,
    body="Guten Tag,\n\nwir sind ein Verein von Wolgadeutschen in Bramsche bei Osnabrück. Am 27.09. wir haben Anzahlung gemacht "
    "für \"Wolgadeutsche Kulturstube Website\", Rechnung OWD-2025-3426. Leider Zuschuss vom Land ist nicht gekommen, "
    "wir können Website nicht bezahlen. Bitte Anzahlung zurück.\n\nMit freundlichen Grüßen\nWaldemar Reimer, "
    "Vorsitzender")],
    "decided", [R("escalate")],
    spec="s.8: the ledger shows OWD-2025-3426 with status 'failed' (not paid) -> a refund of it is escalated.")

P += [proj("Pfisterer Architektur Website", "sekretariat@pfisterer-architekten.ch", "2025-03-03T10:00:00"),
      proj("Pfisterer Wettbewerbe Blog", "sekretariat@pfisterer-architekten.ch", "2025-05-05T10:00:00")]
PAY += [
    owpay("de34_o27", "OWD-2025-3427", "Pfisterer Architektur Website", "retainer", "8500.00", "1530.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"),
    owpay("de34_o28", "OWD-2025-3428", "Pfisterer Wettbewerbe Blog", "retainer", "5500.00", "990.00", "2025-09-22T09:00:00",
          period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22T09:00:00"),
]
r.case("owd-bern-zwei-projekte-welches", OWB, [Mail(
    "Pfisterer Architekten - Sekretariat <sekretariat@pfisterer-architekten.ch>", "Kündigung Betreuungsvertrag",
    at("2025-09-24 14:45", DE), brand=OWB, body=
    "Grüessech\n\nWir kündigen hiermit unseren Betreuungsvertrag bei Ihnen. Grund: Wir haben per 1. Oktober eine "
    "eigene Mediengestalterin angestellt, die unsere Auftritte selber pflegt.\n\nFreundliche Grüsse\n"
    "Regula Pfisterer\nPfisterer Architekten AG, Bern-Breitenrain")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two retainer projects (Pfisterer Architektur Website, Pfisterer Wettbewerbe Blog); neither project nor invoice is named -> ask for project_name and invoice_number; reason given.")

r.write(ledger)
