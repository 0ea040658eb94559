"""fresh28_fr: French held-out cases (Romandie, Morocco, Tunisia, Algeria, Haiti, Réunion, Marseille, Lyon, Lille,
New Brunswick / Acadie). Stdlib only, deterministic.
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
EU = 2      # CEST: Switzerland (Romandie), Marseille, Lyon, Lille
MA = 1      # Morocco, Tunisia, Algeria (UTC+01:00)
HT = -4     # Haiti (EDT, UTC-04:00 in September 2025)
RE = 4      # Réunion
NB = -3     # New Brunswick (ADT)

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]

# ---------------- LeadsOptima ledger ----------------
C += [
    cust("y.bennani@menara.ma", "Youssef Bennani", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("contact@ti-case-creole.re", "Ti Case Créole", "quarterly", start="2025-09-20", end="2025-12-19"),
    cust("jeanrobert.pierre@hainet.ht", "Jean-Robert Pierre", "annual", start="2025-09-22", end="2026-09-21"),
    cust("compta@friterie-wazemmes.fr", "Friterie de Wazemmes", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("direction@clinique-elmenzah.tn", "Clinique El Menzah", "quarterly", start="2025-09-26", end="2025-12-25"),
    cust("k.haddad@djaweb.dz", "Karim Haddad", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("roger.leblanc@rogers.ca", "Roger LeBlanc", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("gerant@pizzeria-vieuxport.fr", "Pizzeria du Vieux-Port", "annual", start="2025-09-24", end="2026-09-23"),
    cust("info@bouchon-saint-jean.fr", "Bouchon Saint-Jean", "quarterly", start="2025-09-23", end="2025-12-22"),
    cust("camille.rochat@bluewin.ch", "Camille Rochat", "monthly", status="trial", trial_ends="2025-10-08"),
    cust("administration@fiduciaire-perrin.ch", "Fiduciaire Perrin SA", "monthly", start="2025-09-16", end="2025-10-15"),
    cust("info@fromagerie-gruyere-bulle.ch", "Fromagerie de Bulle", "quarterly"),
    cust("mjoseph@boutik-jacmel.ht", "Marie Joseph", "monthly"),
    cust("contact@riad-zitoun.ma", "Riad Zitoun", "quarterly", start="2025-08-15", end="2025-11-14"),
    cust("bureau@horlogerie-lachaux.ch", "Horlogerie Lachaux", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("contact@agence-carthage.tn", "Agence Carthage Voyages", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("admin@cabinet-dufour-lyon.fr", "Cabinet Dufour", "annual", start="2025-09-24", end="2026-09-23"),
    cust("patron@garage-payet.re", "Garage Payet", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("ahmed.benali@menara.ma", "Ahmed Benali", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("finance@atlas-textile.ma", "Atlas Textile SARL", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("secretariat@notaire-morel.fr", "Étude Morel", "quarterly", start="2025-09-10", end="2025-12-09"),
    cust("ti.pierre@digicelhaiti.ht", "Ti-Pierre Augustin", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("direction@ecole-les-lilas.ch", "École Les Lilas", "annual", start="2025-09-27", end="2026-09-26"),
    cust("nadia.cherif@gmail.com", "Nadia Chérif", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("contact@boulangerie-acadienne.ca", "Boulangerie Acadienne", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("gestion@traiteur-oran.dz", "Traiteur d'Oran", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("contact@salle-croix-rousse.fr", "Salle de sport Croix-Rousse", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("calanques.kayak@orange.fr", "Calanques Kayak", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("s.amrani@iam.ma", "Samir Amrani", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("creole.events@orange.re", "Créole Events", "annual", start="2025-09-01", end="2026-08-31"),
]
PAY += [
    lopay("f8_p01", "LO-INV-79101", "y.bennani@menara.ma", "monthly", *M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24"),
    lopay("f8_p02", "LO-INV-79102", "y.bennani@menara.ma", "monthly", *M, "2025-09-25T11:01:00", "2025-09-25", "2025-10-24"),
    lopay("f8_p03", "LO-INV-79111", "contact@ti-case-creole.re", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19"),
    lopay("f8_p04", "LO-INV-79112", "contact@ti-case-creole.re", "quarterly", *Q, "2025-09-20T10:01:00", "2025-09-20", "2025-12-19"),
    lopay("f8_p05", "LO-INV-79121", "jeanrobert.pierre@hainet.ht", "annual", *A, "2025-09-22T12:00:00", "2025-09-22", "2026-09-21"),
    lopay("f8_p06", "LO-INV-79122", "jeanrobert.pierre@hainet.ht", "annual", *A, "2025-09-22T12:01:00", "2025-09-22", "2026-09-21"),
    lopay("f8_p07", "LO-INV-79131", "compta@friterie-wazemmes.fr", "monthly", *M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21"),
    lopay("f8_p08", "LO-INV-79132", "compta@friterie-wazemmes.fr", "monthly", *M, "2025-09-23T09:00:00", "2025-09-22", "2025-10-21"),
    lopay("f8_p09", "LO-INV-79133", "compta@friterie-wazemmes.fr", "monthly", *M, "2025-09-29T09:00:00", "2025-09-22", "2025-10-21"),
    lopay("f8_p10", "LO-INV-79141", "direction@clinique-elmenzah.tn", "quarterly", "4499.00", "809.82", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25"),
    lopay("f8_p11", "LO-INV-79151", "k.haddad@djaweb.dz", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("f8_p12", "LO-INV-79161", "roger.leblanc@rogers.ca", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("f8_p13", "LO-INV-79171", "gerant@pizzeria-vieuxport.fr", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23"),
    lopay("f8_p14", "LO-INV-79181", "info@bouchon-saint-jean.fr", "quarterly", *Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22"),
    lopay("f8_p15", "LO-INV-79191", "administration@fiduciaire-perrin.ch", "monthly", *M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15"),
    lopay("f8_p16", "LO-INV-79200", "info@fromagerie-gruyere-bulle.ch", "quarterly", *Q, "2025-04-05T10:00:00", None, None),
    lopay("f8_p17", "LO-INV-79201", "info@fromagerie-gruyere-bulle.ch", "quarterly", *Q, "2025-07-05T10:00:00", None, None),
    lopay("f8_p18", "LO-INV-79211", "mjoseph@boutik-jacmel.ht", "monthly", *M, "2025-08-31T19:00:00-04:00", None, None),
    lopay("f8_p19", "LO-INV-79221", "contact@riad-zitoun.ma", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14"),
    lopay("f8_p20", "LO-INV-79231", "bureau@horlogerie-lachaux.ch", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("f8_p21", "LO-INV-79232", "bureau@horlogerie-lachaux.ch", "monthly", *M, "2025-09-27T10:00:45", "2025-09-27", "2025-10-26"),
    lopay("f8_p22", "LO-INV-79241", "contact@agence-carthage.tn", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("f8_p23", "LO-INV-79251", "admin@cabinet-dufour-lyon.fr", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23"),
    lopay("f8_p24", "LO-INV-79252", "admin@cabinet-dufour-lyon.fr", "annual", *A, "2025-09-24T10:01:00", "2025-09-24", "2026-09-23"),
    lopay("f8_p25", "LO-INV-79261", "patron@garage-payet.re", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
    lopay("f8_p26", "LO-INV-79271", "ahmed.benali@menara.ma", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("f8_p27", "LO-INV-79272", "ahmed.benali@menara.ma", "monthly", *M, "2025-09-28T10:02:00", "2025-09-28", "2025-10-27"),
    lopay("f8_p28", "LO-INV-79281", "finance@atlas-textile.ma", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("f8_p29", "LO-INV-79282", "finance@atlas-textile.ma", "monthly", *M, "2025-09-27T10:01:00", "2025-09-27", "2025-10-26"),
    lopay("f8_p30", "LO-INV-79291", "secretariat@notaire-morel.fr", "quarterly", *Q, "2025-09-10T10:00:00", "2025-09-10", "2025-12-09"),
    lopay("f8_p31", "LO-INV-79301", "ti.pierre@digicelhaiti.ht", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
    lopay("f8_p32", "LO-INV-79302", "ti.pierre@digicelhaiti.ht", "monthly", *M, "2025-09-26T10:01:00", "2025-09-26", "2025-10-25"),
    lopay("f8_p33", "LO-INV-79311", "direction@ecole-les-lilas.ch", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26"),
    lopay("f8_p34", "LO-INV-79321", "nadia.cherif@gmail.com", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("f8_p35", "LO-INV-79322", "nadia.cherif@gmail.com", "monthly", *M, "2025-09-28T10:00:50", "2025-09-28", "2025-10-27"),
    lopay("f8_p36", "LO-INV-79331", "contact@boulangerie-acadienne.ca", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("f8_p37", "LO-INV-79341", "gestion@traiteur-oran.dz", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("f8_p38", "LO-INV-79342", "gestion@traiteur-oran.dz", "monthly", *M, "2025-09-25T10:00:20", "2025-09-25", "2025-10-24", status="failed"),
    lopay("f8_p39", "LO-INV-79351", "contact@salle-croix-rousse.fr", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("f8_p40", "LO-INV-79361", "calanques.kayak@orange.fr", "monthly", *M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07"),
    lopay("f8_p41", "LO-INV-79371", "s.amrani@iam.ma", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("f8_p42", "LO-INV-79372", "s.amrani@iam.ma", "monthly", *M, "2025-09-12T10:01:00", "2025-09-12", "2025-10-11"),
    lopay("f8_p43", "LO-INV-79381", "creole.events@orange.re", "annual", *A, "2025-09-01T10:00:00", "2025-09-01", "2026-08-31"),
]

# ---------------- Optima WebDesign ledger ----------------
P += [
    proj("Atelier Léman Site vitrine", "atelier@leman-ceramique.ch", None),
    proj("Clinique Dentaire Lac Tunis", "direction@dentaire-lac.tn", "2025-09-18T14:30:00"),
    proj("Lakay Tours Booking", "info@lakaytours.ht", None),
    proj("Case Vanille E-shop", "boutique@case-vanille.re", None),
    proj("Savonnerie Marseillaise Refonte", "contact@savonnerie-estaque.fr", "2025-09-29T09:00:00"),
    proj("Dar Argan Plateforme", "projets@dar-argan.ma", "2025-07-01T10:00:00"),
    proj("Canuts Lyon Intranet", "dsi@canuts-lyon.fr", "2025-08-01T10:00:00"),
    proj("Estaminet Lille Site", "contact@estaminet-vieux-lille.fr", "2025-06-01T10:00:00"),
    proj("Casbah Events Social", "marketing@casbah-events.dz", "2025-05-01T10:00:00"),
    proj("Homarderie Shediac SEO", "info@homarderie-shediac.ca", "2025-04-01T10:00:00"),
    proj("Kreyol Radio Podcast Retainer", "admin@radiokreyol.ht", "2025-06-01T10:00:00"),
    proj("Chocolaterie Vevey Retainer", "direction@choco-vevey.ch", "2025-05-10T10:00:00"),
    proj("Pastis Club Hébergement", "contact@pastis-club.fr", "2025-09-16T10:00:00"),
    proj("Médina Sfax Hébergement", "info@medina-sfax.tn", "2025-09-14T10:00:00"),
    proj("Letchis Run Maintenance", "contact@letchis-run.re", "2025-09-24T10:00:00"),
    proj("Librairie Kabylie Site", "librairie@kabylie-livres.dz", "2025-08-20T10:00:00"),
    proj("Montres Carouge Boutique", "ventes@montres-carouge.ch", "2025-09-01T10:00:00"),
    proj("Brasserie Roubaix Site", "contact@brasserie-roubaix.fr", "2025-08-10T10:00:00"),
    proj("Coopérative Tiznit Site", "coop@tiznit-argan.ma", None),
    proj("Festival Gnaoua Microsite", "prod@gnaoua-festival.ma", None),
    proj("Traboules Lyon Conciergerie", "contact@traboules-conciergerie.fr", "2025-05-15T10:00:00"),
    proj("Biscuiterie Sion Relaunch", "info@biscuiterie-sion.ch", None),
    proj("Hôtel Djerba Refonte", "direction@hotel-djerba-sable.tn", None),
    proj("Hôtel Djerba Appli", "direction@hotel-djerba-sable.tn", "2025-07-01T10:00:00"),
    proj("Pâtisserie Constantine Site", "contact@patisserie-constantine.dz", None),
    proj("Cayes Jacmel Retainer", "compta@cayes-jacmel.ht", "2025-04-01T10:00:00"),
]
PAY += [
    owpay("f8_o01", "OWD-2025-901", "Atelier Léman Site vitrine", "discovery", "8800.00", "1584.00", "2025-09-25T10:00:00"),
    owpay("f8_o02", "OWD-2025-902", "Clinique Dentaire Lac Tunis", "discovery", "7000.00", "1260.00", "2025-09-15T10:00:00"),
    owpay("f8_o03", "OWD-2025-903", "Lakay Tours Booking", "deposit", "21000.00", "3780.00", "2025-09-25T20:00:00"),
    owpay("f8_o04", "OWD-2025-904", "Case Vanille E-shop", "deposit", "19500.00", "3510.00", "2025-09-21T10:00:00"),
    owpay("f8_o05", "OWD-2025-905", "Savonnerie Marseillaise Refonte", "deposit", "26000.00", "4680.00", "2025-09-28T10:00:00"),
    owpay("f8_o06", "OWD-2025-906", "Dar Argan Plateforme", "milestone", "35000.00", "6300.00", "2025-07-01T10:00:00", milestone_status="approved"),
    owpay("f8_o07", "OWD-2025-907", "Dar Argan Plateforme", "milestone", "27500.00", "4950.00", "2025-09-22T10:00:00", milestone_status="not_started"),
    owpay("f8_o08", "OWD-2025-908", "Canuts Lyon Intranet", "milestone", "19000.00", "3420.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("f8_o09", "OWD-2025-909", "Estaminet Lille Site", "milestone", "12500.00", "2250.00", "2025-07-15T10:00:00", milestone_status="approved"),
    owpay("f8_o10", "OWD-2025-910", "Casbah Events Social", "retainer", "10000.00", "1800.00", "2025-09-18T09:00:00",
          period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00"),
    owpay("f8_o11", "OWD-2025-911", "Homarderie Shediac SEO", "retainer", "9000.00", "1620.00", "2025-09-03T09:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00"),
    owpay("f8_o12", "OWD-2025-912", "Kreyol Radio Podcast Retainer", "retainer", "8000.00", "1440.00", "2025-09-08T09:00:00",
          period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T09:00:00"),
    owpay("f8_o13", "OWD-2025-913", "Chocolaterie Vevey Retainer", "retainer", "13000.00", "2340.00", "2025-09-12T09:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
    owpay("f8_o14", "OWD-2025-914", "Chocolaterie Vevey Retainer", "retainer", "13000.00", "2340.00", "2025-09-26T09:00:00",
          period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00"),
    owpay("f8_o15", "OWD-2025-915", "Pastis Club Hébergement", "hosting_annual", "12990.00", "2338.20", "2025-09-15T09:00:00",
          setup_fee="990.00", service_start="2025-09-16"),
    owpay("f8_o16", "OWD-2025-916", "Médina Sfax Hébergement", "hosting_annual", "15000.00", "2700.00", "2025-09-13T09:00:00",
          setup_fee="2000.00", service_start="2025-09-14"),
    owpay("f8_o17", "OWD-2025-917", "Letchis Run Maintenance", "maintenance_annual", "7777.00", "1399.86", "2025-09-23T09:00:00",
          setup_fee="555.00", service_start="2025-09-24"),
    owpay("f8_o18", "OWD-2025-918", "Librairie Kabylie Site", "third_party", "5600.00", "1008.00", "2025-09-24T09:00:00"),
    owpay("f8_o19", "OWD-2025-919", "Montres Carouge Boutique", "setup", "4500.00", "810.00", "2025-09-25T09:00:00"),
    owpay("f8_o20", "OWD-2025-920", "Brasserie Roubaix Site", "change_request", "6200.00", "1116.00", "2025-09-22T09:00:00"),
    owpay("f8_o21", "OWD-2025-921", "Coopérative Tiznit Site", "deposit", "14000.00", "2520.00", "2025-09-28T09:00:00"),
    owpay("f8_o22", "OWD-2025-922", "Festival Gnaoua Microsite", "discovery", "6500.00", "1170.00", "2025-09-26T09:00:00"),
    owpay("f8_o23", "OWD-2025-923", "Traboules Lyon Conciergerie", "retainer", "11500.00", "2070.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("f8_o24", "OWD-2025-924", "Biscuiterie Sion Relaunch", "discovery", "9900.00", "1782.00", "2025-09-27T09:00:00"),
    owpay("f8_o25", "OWD-2025-925", "Hôtel Djerba Refonte", "deposit", "30000.00", "5400.00", "2025-09-27T18:00:00"),
    owpay("f8_o26", "OWD-2025-926", "Hôtel Djerba Appli", "milestone", "25000.00", "4500.00", "2025-08-01T10:00:00", milestone_status="completed"),
    owpay("f8_o27", "OWD-2025-927", "Pâtisserie Constantine Site", "discovery", "5000.00", "900.00", "2025-09-26T09:00:00"),
    owpay("f8_o28", "OWD-2025-928", "Cayes Jacmel Retainer", "retainer", "7500.00", "1350.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"),
]

r = Round(HERE, "fr")
AMB_PAIR = ("section 1 fills a field 'the ledger holds for a verified sender' and s.8 says a duplicate's "
            "invoice_number is the later charge of the pair: with exactly one identical pair in the ledger the "
            "charge may be taken as identified (approve 1499.00), or the invoice asked for (C3, need_info)")
AVIS_CH = ("\n\n___________\nAVIS DE CONFIDENTIALITÉ : Ce message et ses annexes sont confidentiels et destinés exclusivement "
           "à leur destinataire. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire. "
           "Toute utilisation non autorisée est interdite.")

# ======================= LeadsOptima =======================
r.case("casa-doublon-darija", LOB, [Mail(
    "Youssef Bennani <y.bennani@menara.ma>", "prelevement 2 fois", at("2025-09-27 10:20", MA),
    "Salam,\n\nvous m avez preleve 2 fois l abonnement mensuel le 25/09, 2 x 1 499,00 sur ma carte CIH. c est "
    "surement une erreur, wakha tchoufou. la facture du 2eme c est lo-inv 79102, merci de me rembourser celui la.\n\n"
    "Youssef\nEnvoyé de mon Samsung Galaxy")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate ('preleve 2 fois', no accents, darija) + L4: f8_p01/f8_p02 same account, amount, period 2025-09-25; request 2025-09-27 (day 2); refund LO-INV-79102 = 1499.00 ('lo-inv 79102', s.8).")

r.case("reunion-jour8-fuseau", LOB, [Mail(
    "Ti Case Créole <contact@ti-case-creole.re>", "Double prélèvement abonnement trimestriel",
    at("2025-09-27 23:10", RE),
    "Bonzour,\n\nJe viens de voir sur mon relevé que l'abonnement trimestriel a été prélevé deux fois le 20 septembre "
    "(LO-INV-79111 et LO-INV-79112, 3 999 chacun). Merci de rembourser le deuxième prélèvement.\n\nMersi bien,\n"
    "Josiane Hoarau\nTi Case Créole, Saint-Pierre (La Réunion)")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charges 2025-09-20; email 2025-09-27 23:10 +04:00 = 2025-09-28 00:40 IST, day 8 > 7 -> deny, though still day 7 in Réunion.")

r.case("haiti-jour7-soiree", LOB, [Mail(
    "Jean-Robert Pierre <jeanrobert.pierre@hainet.ht>", "Abònman anyèl peye de fwa / payé deux fois",
    at("2025-09-28 21:00", HT),
    "Bonjou,\n\nMwen wè sou kat mwen ke nou peye abònman anyèl la de fwa. En français : j'ai été débité deux fois "
    "le 22 septembre pour le plan annuel, factures LO-INV-79121 et LO-INV-79122. Tanpri, remboursez la deuxième "
    "(LO-INV-79122).\n\nMèsi anpil\nJean-Robert Pierre\nPétion-Ville, Haïti")],
    "decided", [R("approve", "11988.00")],
    spec="L3 boundary the other way: charge 2025-09-22; email 2025-09-28 21:00 -04:00 = 2025-09-29 06:30 IST = day 7, inside; L4 duplicate LO-INV-79122 -> 11988.00.")

r.case("lille-trois-prelevements", LOB, [Mail(
    "Friterie de Wazemmes <compta@friterie-wazemmes.fr>", "3 prélèvements pour le même mois !",
    at("2025-09-30 08:30", EU),
    "Bonjour,\n\nCh'est pas possible : pour le même mois (22/09 au 21/10) vous nous avez prélevé trois fois "
    "l'abonnement mensuel, le 22/09 (LO-INV-79131), le 23/09 (LO-INV-79132) et encore le 29/09 (LO-INV-79133). "
    "Le premier est normal, les deux autres sont des doublons. Remboursez-nous les deux, merci.\n\n"
    "Cordialement,\nMélanie Vandamme\nFriterie de Wazemmes, Lille")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges (same period 2025-09-22..10-21): duplicates f8_p08 (2025-09-23, day 7, inside) and f8_p09 (09-29, day 1): 2 x 1499.00 = 2998.00.")

r.case("tunis-montant-errone", LOB, [Mail(
    "Direction Clinique El Menzah <direction@clinique-elmenzah.tn>", "Montant erroné - abonnement trimestriel",
    at("2025-09-28 12:00", MA),
    "Madame, Monsieur,\n\nNous avons souscrit l'abonnement trimestriel au tarif de 3 999 roupies, or le montant "
    "prélevé le 26/09/2025 est de 4 499 (facture LO-INV-79141). Il s'agit d'un montant erroné ; nous vous prions de "
    "rectifier et de nous rembourser la différence.\n\nVeuillez agréer nos salutations distinguées.\n"
    "Dr Slim Ben Ammar\nClinique El Menzah, Tunis")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount) inside L3 (charge 2025-09-26, request 09-28) -> L5 escalate, no amount.")

r.case("alger-plateforme-inaccessible", LOB, [Mail(
    "Karim Haddad <k.haddad@djaweb.dz>", "Plateforme inaccessible",
    at("2025-09-27 15:45", MA),
    "Bonjour,\n\nDepuis le 25, impossible de me connecter à LeadsOptima : la page de connexion tourne dans le vide "
    "et je n'ai aucun accès au tableau de bord. Votre chat m'a dit d'attendre, rien n'a bougé. J'ai payé le mois "
    "le 24 (LO-INV-79151). Je demande donc le remboursement du mois.\n\nSaha,\nKarim Haddad, Alger")],
    "decided", [R("escalate")],
    spec="L2 access_failure inside L3 (charge 2025-09-24, request 09-27, day 3) -> L6 escalate.")

r.case("acadie-login-trop-tard", LOB, [Mail(
    "Roger LeBlanc <roger.leblanc@rogers.ca>", "pas capable de login",
    at("2025-09-24 19:30", NB),
    "Allo,\n\nj'suis pas capable de login depuis deux semaines, le dashboard load pas pantoute. J'ai payé le 12 "
    "(LO-INV-79161). Asteure j'veux mon argent back, ça fait assez longtemps.\n\nMerci ben\nRoger LeBlanc\n"
    "Bouctouche, N.-B.")],
    "decided", [R("deny")],
    spec="L2 access_failure (chiac) but L3: charge 2025-09-12; email 2025-09-24 19:30 -03:00 = 2025-09-25 04:00 IST, day 13 > 7 -> deny.")

r.case("marseille-trop-cher", LOB, [Mail(
    "Pizzeria du Vieux-Port <gerant@pizzeria-vieuxport.fr>", "remboursement abonnement annuel",
    at("2025-09-26 15:10", EU),
    "Oh bonjour,\n\nbon je vais pas vous faire un roman : l'abonnement annuel c'est beaucoup trop cher pour nous, "
    "dégun ici ne s'en sert et mon associé il m'a dit que j'étais fada de l'avoir pris. Remboursez-moi la facture "
    "LO-INV-79171 du 24 s'il vous plaît.\n\nMarco\nPizzeria du Vieux-Port, Marseille")],
    "decided", [R("deny")],
    spec="L1: too expensive / nobody uses it is no L2 exception -> deny, offer cancellation.")

r.case("lyon-pas-utilise", LOB, [Mail(
    "Bouchon Saint-Jean <info@bouchon-saint-jean.fr>", "Demande de remboursement",
    at("2025-09-25 11:00", EU),
    "Bonjour,\n\nNous avons pris l'abonnement trimestriel le 23/09 (LO-INV-79181) mais finalement nous ne l'avons "
    "pas utilisé du tout, le chef préfère garder ses habitudes. Pouvez-vous nous rembourser ?\n\nBien cordialement,\n"
    "Lucie Morel\nBouchon Saint-Jean, Lyon 5e")],
    "decided", [R("deny")],
    spec="L1: did not use it is no L2 exception -> deny (inside L3 does not matter).")

r.case("geneve-periode-essai", LOB, [Mail(
    "Camille Rochat <camille.rochat@bluewin.ch>", "Essai gratuit - débit ?",
    at("2025-09-30 09:40", EU),
    "Bonjour,\n\nJe suis en période d'essai (plan mensuel) jusqu'au 8 octobre, mais je vois une réservation sur ma "
    "carte. Je ne veux rien payer pour l'instant : merci de me rembourser.\n\nMeilleures salutations\nCamille Rochat, "
    "Carouge GE")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-08) with no charges in the ledger: nothing to refund -> deny.")

r.case("lausanne-resiliation-formelle", LOB, [Mail(
    "Fiduciaire Perrin SA <administration@fiduciaire-perrin.ch>", "Résiliation de l'abonnement mensuel",
    at("2025-09-29 10:00", EU),
    "Madame, Monsieur,\n\nPar la présente, nous résilions notre abonnement mensuel pour la prochaine échéance "
    "possible. Motif : regroupement de nos outils chez notre maison mère.\n\nNous vous remercions de bien vouloir "
    "nous confirmer la date de fin.\n\nMeilleures salutations\nFiduciaire Perrin SA\nAv. de la Gare 12, 1003 Lausanne")],
    "decided", [K("cancel", "2025-10-15")],
    spec="L8: cancel, active until current_period_end 2025-10-15.")

r.case("bulle-repli-trimestre", LOB, [Mail(
    "Fromagerie de Bulle <info@fromagerie-gruyere-bulle.ch>", "résilier",
    at("2025-09-22 07:15", EU),
    "Bonjour,\n\nMerci de résilier notre abonnement trimestriel, on arrête la vente en ligne à la fin de la saison "
    "d'alpage.\n\nAdieu et merci\nPierre-André Currat, Bulle")],
    "decided", [K("cancel", "2025-10-04")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-79201 2025-07-05 + 3 months - 1 day = 2025-10-04.")

r.case("jacmel-repli-decalage", LOB, [Mail(
    "Marie Joseph <mjoseph@boutik-jacmel.ht>", "Anile abònman / annuler",
    at("2025-09-20 09:00", HT),
    "Bonjou,\n\nTanpri anile abònman mwen an. Je veux annuler mon abonnement mensuel, la boutique ferme pendant "
    "la saison des pluies.\n\nMèsi\nMarie Joseph, Jacmel")],
    "decided", [K("cancel", "2025-09-30")],
    spec="L8 fallback with an offset (s.8): last charge 2025-08-31T19:00-04:00 = 2025-09-01 04:30 IST; local date 09-01 + 1 month - 1 day = 2025-09-30.")

r.case("marrakech-resilier-prorata", LOB, [Mail(
    "Riad Zitoun <contact@riad-zitoun.ma>", "Résiliation + remboursement prorata",
    at("2025-09-26 18:00", MA),
    "Bonsoir,\n\nNous souhaitons résilier l'abonnement trimestriel, la haute saison est finie et nous faisons des "
    "travaux au riad jusqu'en mars. Merci aussi de nous rembourser au prorata les semaines d'octobre et novembre "
    "que nous n'utiliserons pas.\n\nCordialement\nLeila Tazi, Riad Zitoun, Marrakech")],
    "decided", [K("cancel", "2025-11-14"), R("deny")],
    spec="L8 cancel at current_period_end 2025-11-14; pro-rata refund of unused weeks is L1 (no partial refunds; charge 2025-08-15 also outside L3) -> deny.")

r.case("neuchatel-doublon-et-resilier", LOB, [Mail(
    "Horlogerie Lachaux <bureau@horlogerie-lachaux.ch>", "Double débit et résiliation",
    at("2025-09-28 16:00", EU),
    "Bonjour,\n\n1. Votre abonnement mensuel a été débité à double le 27 septembre (LO-INV-79231 et LO-INV-79232). "
    "Merci de rembourser le second débit.\n2. Par la même occasion, veuillez résilier l'abonnement : nous "
    "passons à l'outil de notre association horlogère.\n\nMeilleures salutations\nHorlogerie Lachaux, La "
    "Chaux-de-Fonds")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-26")],
    spec="L4 duplicate 2025-09-27 (day 1): approve LO-INV-79232 1499.00; L8 cancel at current_period_end 2025-10-26. 'débité à double' is Swiss French.")

r.case("c2-tunis-gmail", LOB, [Mail(
    "Hichem Agence Carthage <hichem.carthage@gmail.com>", "Erreur de facturation",
    at("2025-09-26 13:00", MA),
    "Aslema,\n\nJe vous écris de mon adresse perso. Le compte LeadsOptima est au nom de contact@agence-carthage.tn. "
    "Vous nous avez facturé le mauvais montant sur LO-INV-79241 ; envoyez-moi l'historique des paiements ici et "
    "remboursez l'erreur.\n\nHichem")],
    "need_info", rules=["C2"],
    spec="C2: names registered contact@agence-carthage.tn but writes from gmail: ask to write from the registered address, nothing disclosed.")

r.case("c2-outlook-tr-lyon", LOB, [Mail(
    "Assistante Cabinet Dufour <assistante@cabinet-dufour-lyon.fr>", "TR: Double paiement annuel",
    at("2025-09-26 09:30", EU),
    "Bonjour,\n\nJe vous transfère la demande de Maître Dufour ci-dessous.\n\nCordialement,\nSophie\n\n"
    "________________________________\nDe : Cabinet Dufour <admin@cabinet-dufour-lyon.fr>\nEnvoyé : jeudi 25 "
    "septembre 2025 18:40\nÀ : Assistante <assistante@cabinet-dufour-lyon.fr>\nObjet : Double paiement annuel\n\n"
    "Sophie, merci d'écrire à LeadsOptima : l'abonnement annuel a été payé deux fois le 24/09 (LO-INV-79251 et "
    "LO-INV-79252). Notre compte chez eux : admin@cabinet-dufour-lyon.fr. Il faut récupérer le deuxième paiement.")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: the Outlook 'TR:' block carries a request naming registered admin@...; the sender is assistante@ -> need_info.")

r.case("c2-apple-reexpedie-reunion", LOB, [Mail(
    "Sandrine Payet <sandrine.payet974@orange.re>", "Fwd: plateforme bloquée",
    at("2025-09-28 08:00", RE),
    "Voilà le message de mon mari, il n'arrive pas à vous écrire.\n\nDébut du message réexpédié :\n\n"
    "De: Garage Payet <patron@garage-payet.re>\nObjet: plateforme bloquée\nDate: 27 septembre 2025 à 19:12:05 "
    "UTC+4\nÀ: Sandrine Payet <sandrine.payet974@orange.re>\n\nSandrine, envoie à LeadsOptima : on n'a plus accès au "
    "compte patron@garage-payet.re depuis hier, impossible de se connecter. Qu'ils remboursent LO-INV-79261.\n")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: Apple Mail 'Début du message réexpédié' names registered patron@garage-payet.re; the sender is another address -> need_info.")

r.case("casse-majuscules-pas-c2", LOB, [Mail(
    "Ahmed BENALI <Ahmed.Benali@Menara.MA>", "Double débit", at("2025-09-29 09:00", MA),
    "Bonjour,\n\nMon abonnement mensuel a été débité deux fois hier, le 28/09. Le doublon est la facture "
    "LO-INV-79272. Merci de le rembourser sur ma carte.\n\nAhmed Benali, Rabat")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 addresses compare case-insensitively: Ahmed.Benali@Menara.MA is the registered ahmed.benali@menara.ma, no C2; L4 duplicate 2025-09-28 (day 1) -> 1499.00.")

r.case("c4-opposition-bancaire", LOB, [Mail(
    "Atlas Textile - Finance <finance@atlas-textile.ma>", "URGENT double prélèvement",
    at("2025-09-29 11:30", MA),
    "Bonjour,\n\nL'abonnement mensuel a été prélevé deux fois le 27/09 (LO-INV-79281 et LO-INV-79282). Sans "
    "remboursement sous 48h, nous ferons opposition et ouvrirons un litige auprès de notre banque (chargeback).\n\n"
    "Service Finance\nAtlas Textile SARL, Casablanca")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: bank dispute / chargeback threat escalates, though L4 would approve 1499.00.")

r.case("c4-avocat-resiliation-seule", LOB, [Mail(
    "Étude Morel <secretariat@notaire-morel.fr>", "Résiliation - mise en demeure",
    at("2025-09-24 14:00", EU),
    "Madame, Monsieur,\n\nNous résilions l'abonnement trimestriel. Vos relances commerciales incessantes sont "
    "inacceptables ; notre avocat est saisi et nous saisirons le tribunal si elles continuent.\n\n"
    "Étude Morel, Lille")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): a legal threat (avocat, tribunal) escalates the cancellation too.")

r.case("c4-ecarte-haiti", LOB, [Mail(
    "Ti-Pierre Augustin <ti.pierre@digicelhaiti.ht>", "peye de fwa / payé 2 fois",
    at("2025-09-27 08:00", HT),
    "Bonjou,\n\nMwen pa vle fè chargeback ni pran avoka, m jis vle lajan m. J'ai été prélevé deux fois le 26/09 "
    "pour le mois, LO-INV-79301 et LO-INV-79302. Remboursez le 2e svp.\n\nMèsi\nTi-Pierre, Cap-Haïtien")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 negation: the threats are ruled out ('pa vle fè chargeback ni pran avoka'), no C4; email 2025-09-27 08:00 -04:00 = 17:30 IST day 1; L4 -> 1499.00.")

r.case("reponse-automatique-absence", LOB, [Mail(
    "Fiduciaire Perrin SA <administration@fiduciaire-perrin.ch>", "Réponse automatique : Votre résiliation [LO-8801]",
    at("2025-09-30 08:00", EU),
    "Bonjour,\n\nJe suis absente jusqu'au 13 octobre. Pour toute urgence, merci de contacter le 021 312 45 67.\n\n"
    "Meilleures salutations",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    refs_extra=["<fr-l23-bot-reply@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("liste-cci-newsletter", LOB, [Mail(
    "CCI Casablanca-Settat <newsletter@cci-casa.example>", "Lettre d'info : remboursements de TVA et résiliations",
    at("2025-09-29 07:00", MA),
    "Chers membres,\n\nAu sommaire : remboursements de crédit de TVA, comment résilier un abonnement, salon de "
    "l'export.\n\nSe désinscrire : https://cci-casa.example/desinscription",
    headers={"List-Id": "<infos.cci-casa.example>", "List-Unsubscribe": "<https://cci-casa.example/desinscription>"})],
    "ignore", rules=["C7"], spec="C7: List-Id mailing list -> ignore, though it speaks of refunds and cancellations.")

r.case("noreply-propre-marque", LOB, [Mail(
    "LeadsOptima <noreply@leadsoptima.com>", "Votre reçu LO-INV-79171", at("2025-09-24 04:40", 0),
    "Merci pour votre paiement. Votre reçu LO-INV-79171 est disponible. Conformément à notre politique, "
    "aucun remboursement.")],
    "ignore", rules=["C7"], spec="C7: the brand's own address noreply@leadsoptima.com -> ignore.")

r.case("mailer-daemon-non-remis", LOB, [Mail(
    "MAILER-DAEMON@smtp.menara.ma", "Non remis : Re: Votre demande de remboursement",
    at("2025-09-28 12:00", MA),
    "Votre message n'a pas pu être remis à un ou plusieurs destinataires :\n\n  y.bennani@menara.maa\n",
    dsn=[[("Reporting-MTA", "dns; smtp.menara.ma")],
         [("Final-Recipient", "rfc822; y.bennani@menara.maa"), ("Action", "failed"), ("Status", "5.1.2")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON and a delivery-status report -> ignore.")

r.case("pas-de-remboursement-question", LOB, [Mail(
    "Karim Haddad <k.haddad@djaweb.dz>", "Re: Plateforme inaccessible",
    at("2025-09-30 10:00", MA),
    "Bonjour,\n\nC'est réglé, ça remarche depuis ce matin. Je ne demande plus de remboursement, oubliez ma demande. "
    "Par contre, comment on ajoute un deuxième utilisateur ?\n\nSaha,\nKarim", refs_extra=["<fr-l27-bot-reply@leadsoptima.com>"])],
    "other", spec="s.8 negation: 'je ne demande plus de remboursement'; a how-to question -> other.")

r.case("acadie-question-avant-achat", LOB, [Mail(
    "Nicole Cormier <nicole.cormier@nbnet.nb.ca>", "question avant d'acheter",
    at("2025-09-25 20:00", NB),
    "Bonjour,\n\nsi je prends le plan annuel pis que ça marche pas pour ma business, est-ce que vous me "
    "rembourseriez back le reste de l'année ? Pis est-ce que vous avez un rabais pour les coops ?\n\nMerci, "
    "Nicole\nCaraquet")],
    "other", spec="s.8 hypothetical before buying ('si je prends ... est-ce que vous me rembourseriez') -> other.")

r.case("reunion-merci", LOB, [Mail(
    "Créole Events <creole.events@orange.re>", "Re: Remboursement approuvé [LO-8790]",
    at("2025-09-30 17:00", RE),
    "Bonzour,\n\nLe remboursement de la semaine dernière est bien arrivé sur le compte, mersi zot ! Tout est en "
    "ordre pour nous.\n\nCréole Events, Saint-Denis", refs_extra=["<fr-l29-bot-approved@leadsoptima.com>"])],
    "other", spec="Thanks for a refund already made (past event) -> other.")

r.case("ancien-remboursement-recu", LOB, [Mail(
    "Samir Amrani <s.amrani@iam.ma>", "Attestation de paiement",
    at("2025-09-29 16:00", MA),
    "Bonjour,\n\nL'an dernier vous m'aviez remboursé un double débit, très bien. Aujourd'hui j'ai juste besoin "
    "d'une attestation de paiement pour la facture LO-INV-79371, pour mon comptable.\n\nMerci\nSamir Amrani")],
    "other", spec="Past refund mentioned as history; the request is a payment certificate -> other.")

r.case("motif-absent-ecole", LOB, [Mail(
    "Direction École Les Lilas <direction@ecole-les-lilas.ch>", "Remboursement facture LO-INV-79311",
    at("2025-09-28 10:00", EU),
    "Madame, Monsieur,\n\nNous vous saurions gré de bien vouloir procéder au remboursement de la facture "
    "LO-INV-79311 (abonnement annuel).\n\nEn vous remerciant par avance, nous vous prions d'agréer nos salutations "
    "distinguées.\n\nLa Direction\nÉcole Les Lilas, Fribourg" + AVIS_CH)],
    "need_info", missing=["reason"],
    spec="C3 / s.8: registered sender, invoice given, plan from the ledger; courtesy, signature and confidentiality notice are not a reason -> ask for reason.")

r.case("facture-absente-nadia", LOB, [Mail(
    "Nadia Chérif <nadia.cherif@gmail.com>", "débitée deux fois",
    at("2025-09-29 20:00", MA),
    "Bonsoir,\n\nJ'ai été débitée deux fois hier pour l'abonnement mensuel. Pouvez-vous rembourser le doublon ?\n\n"
    "Nadia, Oran")],
    "need_info", missing=["invoice_number"],
    ambiguous=AMB_PAIR,
    spec="L2 duplicate; registered sender (the gmail address is the registered one), plan from the ledger; two charges so the invoice is not filled: ask invoice_number.")

nc2 = Mail("Nadia Chérif <nadia.cherif@gmail.com>", "débitée deux fois", at("2025-09-29 20:00", MA),
           "Bonsoir,\n\nJ'ai été débitée deux fois hier pour l'abonnement mensuel. Pouvez-vous rembourser le doublon ?\n\n"
           "Nadia, Oran")
r.case("fil-nadia-facture", LOB, [nc2, Mail(
    "Nadia Chérif <nadia.cherif@gmail.com>", "Re: débitée deux fois [LO-8812]",
    at("2025-09-30 21:30", MA),
    "le doublon c'est lo inv 79322\n\nLe mar. 30 sept. 2025 à 10:00, LeadsOptima Support <support@leadsoptima.com> "
    "a écrit :\n> Merci de nous indiquer le numéro de facture du prélèvement en double.",
    reply=nc2, refs_extra=["<fr-l33-bot-ask@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: the answer gives 'lo inv 79322' (s.8); request time = first email 2025-09-29 20:00 +01:00 = 09-30 00:30 IST, day 2 after 09-28 -> L4 1499.00.")

ac2 = Mail("Boulangerie Acadienne <contact@boulangerie-acadienne.ca>", "Remboursement LO-INV-79331",
           at("2025-09-26 09:00", NB),
           "Bonjour,\n\nJ'aimerais être remboursée pour la facture LO-INV-79331 s.v.p.\n\nMerci ben,\nMonique Robichaud\n"
           "Boulangerie Acadienne, Dieppe")
r.case("fil-acadie-motif-acces", LOB, [ac2, Mail(
    "Boulangerie Acadienne <contact@boulangerie-acadienne.ca>", "RE: Remboursement LO-INV-79331 [LO-8820]",
    at("2025-09-27 10:00", NB),
    "Bonjour,\n\nLa raison : depuis le 25, on a pu d'accès au compte, le login marche pas pantoute pis votre "
    "support a pas réglé ça.\n\nMonique\n\n-----Original Message-----\nFrom: LeadsOptima Support "
    "<support@leadsoptima.com>\nSent: Friday, September 26, 2025 11:00 PM\nSubject: Re: Remboursement LO-INV-79331\n\n"
    "Pourriez-vous nous indiquer la raison de votre demande ?",
    reply=ac2, refs_extra=["<fr-l34-bot-ask@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="C3 thread: reason now access failure; request time = first email 2025-09-26 09:00 -03:00 = 17:30 IST, charge 09-24 (day 2) -> L6 escalate.")

r.case("oran-paiement-echoue", LOB, [Mail(
    "Traiteur d'Oran <gestion@traiteur-oran.dz>", "Double paiement LO-INV-79342",
    at("2025-09-27 12:00", MA),
    "Bonjour,\n\nSur le relevé, le mensuel apparaît deux fois le 25/09. Le second est LO-INV-79342 : remboursez-le "
    "s'il vous plaît.\n\nCordialement\nTraiteur d'Oran")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-79342 is 'failed' in the ledger; no pair of paid charges -> escalate.")

r.case("html-lyon-apres-resiliation", LOB, [Mail(
    "Salle Croix-Rousse <contact@salle-croix-rousse.fr>", "Prélèvement après résiliation", at("2025-09-26 12:00", EU),
    None, html="<div dir='ltr'><p>Bonjour,</p><p>J'avais résilié notre abonnement début septembre via Billing, et "
    "pourtant vous m'avez <b>prélevé après la résiliation</b> le 24/09 (facture LO-INV-79351).</p><p>Merci de "
    "rembourser ce prélèvement.</p><p>--<br>Salle de sport Croix-Rousse<br>Lyon 4e</p></div>")],
    "decided", [R("escalate")],
    spec="HTML-only Gmail: L2 billing_error (charged after cancelling) inside L3 (charge 09-24, request 09-26) -> L5 escalate.")

r.case("marseille-roman-resiliation", LOB, [Mail(
    "Calanques Kayak <calanques.kayak@orange.fr>", "quelques questions",
    at("2025-09-27 21:00", EU),
    "Salut l'équipe,\n\nbon la saison est finie, le mistral souffle, les touristes sont partis et on range les "
    "kayaks. L'été a été top grâce à vos campagnes, franchement. Du coup je vous demande de résilier l'abonnement "
    "mensuel, on reprendra peut-être en mai.\n\nAutre chose : est-ce qu'on peut exporter la liste des contacts avant ? "
    "Et les factures, elles restent accessibles ?\n\nAllez, bonne soirée\nFred, Calanques Kayak, Cassis")],
    "decided", [K("cancel", "2025-10-07")],
    spec="Long mail, request in the middle: L8 cancel at current_period_end 2025-10-07; the questions add no intent.")

r.case("rabat-doublon-trop-tard", LOB, [Mail(
    "Samir Amrani <s.amrani@iam.ma>", "double debit",
    at("2025-09-24 22:00", MA),
    "Salam alikoum,\n\nchouf, vous m avez debite 2 fois le 12/09 (LO-INV-79371 et LO-INV-79372). Rembourser "
    "le deuxieme svp, baraka lah oufik.\n\nSamir")],
    "decided", [R("deny")],
    spec="L2 duplicate but L3: charges 2025-09-12; email 2025-09-24 22:00 +01:00 = 09-25 02:30 IST, day 13 > 7 -> deny.")

# ======================= Optima WebDesign =======================
r.case("discovery-leman-non-commencee", OWB, [Mail(
    "Atelier Léman <atelier@leman-ceramique.ch>", "Demande de remboursement — Atelier Léman Site vitrine / OWD-2025-901",
    at("2025-09-27 10:00", EU),
    "Bonjour,\n\nNous avons réglé la phase de découverte (OWD-2025-901) le 25 septembre. Suite à un problème de "
    "santé, je mets l'atelier en pause pour six mois ; aucune séance n'a encore eu lieu. Je vous prie de me "
    "rembourser.\n\nMeilleures salutations\nIsabelle Favre, Vevey")],
    "decided", [R("approve", "8800.00")],
    spec="O1: discovery, work_started_at empty -> full refund 8800.00 before tax.")

r.case("discovery-tunis-commencee", OWB, [Mail(
    "Clinique Dentaire du Lac <direction@dentaire-lac.tn>", "Remboursement découverte",
    at("2025-09-25 09:00", MA),
    "Bonjour,\n\nL'atelier de découverte du 18 septembre pour la Clinique Dentaire Lac Tunis ne nous a pas "
    "convaincus. Nous demandons le remboursement de la facture OWD-2025-902.\n\nCordialement\nDr Amel Trabelsi")],
    "decided", [R("deny")],
    spec="O1: session started 2025-09-18 before the request -> deny.")

r.case("acompte-haiti-71h59", OWB, [Mail(
    "Lakay Tours <info@lakaytours.ht>", "Ranbousman depo / remboursement acompte Lakay Tours Booking",
    at("2025-09-28 10:29", HT),
    "Bonjou,\n\nNou anile pwojè a. Nous annulons le projet Lakay Tours Booking : le ministère a suspendu les "
    "licences touristiques. Merci de rembourser l'acompte OWD-2025-903.\n\nMèsi\nWidmaier Joseph")],
    "decided", [R("approve", "21000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-25 20:00 IST; email 2025-09-28 10:29 -04:00 = 19:59 IST = 71 h 59 min < 72, no work -> approve 21000.00.")

r.case("acompte-reunion-72h01", OWB, [Mail(
    "Case Vanille <boutique@case-vanille.re>", "Annulation acompte e-shop",
    at("2025-09-24 08:31", RE),
    "Bonzour,\n\nNous renonçons à l'e-shop Case Vanille E-shop : la coopérative a refusé le financement. Merci de "
    "rembourser l'acompte OWD-2025-904.\n\nMersi\nJean-Marc Grondin, Sainte-Suzanne")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2: paid 2025-09-21 10:00 IST; email 2025-09-24 08:31 +04:00 = 10:01 IST = 72 h 01 min -> deny.")

r.case("acompte-estaque-travail-commence", OWB, [Mail(
    "Savonnerie de l'Estaque <contact@savonnerie-estaque.fr>", "Remboursement acompte refonte",
    at("2025-09-30 09:00", EU),
    "Bonjour,\n\nOn a payé l'acompte OWD-2025-905 pour la Savonnerie Marseillaise Refonte il y a deux jours, mais "
    "mon frère a trouvé un graphiste moins cher. Remboursez-nous l'acompte svp.\n\nCordialement\nNathalie Fabre")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-28 10:00 IST, request 09-30 12:30 IST (50.5 h) but work started 09-29 09:00 -> deny (whichever first).")

r.case("jalon-agadir-non-commence", OWB, [Mail(
    "Dar Argan Projets <projets@dar-argan.ma>", "Remboursement jalon 3",
    at("2025-09-29 11:00", MA),
    "Bonjour,\n\nPour Dar Argan Plateforme, nous retirons le jalon 3 (module de réservation, facture OWD-2025-907), "
    "car le groupe impose son propre moteur. D'après votre tableau de suivi, il n'est pas commencé : merci de nous "
    "rembourser ce jalon. Le jalon 1 validé reste acquis bien sûr.\n\nCordialement\nOmar Idrissi, Agadir")],
    "decided", [R("approve", "27500.00")], extra_ok=True,
    spec="O3: milestone OWD-2025-907 not_started -> refund 27500.00 (before tax).")

r.case("jalon-lyon-en-cours", OWB, [Mail(
    "DSI Canuts Lyon <dsi@canuts-lyon.fr>", "Arrêt du jalon intranet",
    at("2025-09-26 14:00", EU),
    "Bonjour,\n\nNous souhaitons arrêter le jalon en cours du Canuts Lyon Intranet (OWD-2025-908) et être "
    "remboursés de la partie non réalisée ; notre direction a gelé les budgets IT.\n\nCordialement\nLa DSI")],
    "decided", [R("escalate")], spec="O3: milestone in_progress -> escalate.")

r.case("jalon-lille-valide", OWB, [Mail(
    "Estaminet du Vieux-Lille <contact@estaminet-vieux-lille.fr>", "rembourser le jalon",
    at("2025-09-24 10:00", EU),
    "Bonjour,\n\nle jalon maquettes (Estaminet Lille Site, OWD-2025-909) on l'a validé en juillet mais finalement "
    "ça ne nous plaît plus. Remboursez-le, merci.\n\nA+\nFreddy\nEstaminet du Vieux-Lille")],
    "decided", [R("deny")], spec="O3/O6: milestone approved -> deny.")

r.case("retainer-alger-preavis-ok", OWB, [Mail(
    "Casbah Events <marketing@casbah-events.dz>", "Résiliation retainer Casbah Events Social",
    at("2025-09-29 10:00", MA),
    "Bonjour,\n\nNous résilions le retainer Casbah Events Social (facture OWD-2025-910). Motif : nous internalisons "
    "les réseaux sociaux avec une nouvelle recrue.\n\nCordialement\nAmina Benaissa, Alger")],
    "decided", [K("cancel", "2025-10-17")],
    spec="O4/O8: next_billing_at 2025-10-18; request 2025-09-29 <= 10-11 -> next charge avoided, effective 2025-10-17.")

r.case("retainer-shediac-trop-tard", OWB, [Mail(
    "Homarderie Shediac <info@homarderie-shediac.ca>", "Canceller le SEO",
    at("2025-09-28 09:00", NB),
    "Bonjour,\n\nj'aimerais canceller le retainer SEO (Homarderie Shediac SEO, OWD-2025-911). La saison du homard "
    "est finie pis on ferme l'hiver.\n\nMerci\nAndré Goguen, Shediac")],
    "decided", [K("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03; request 2025-09-28 17:30 IST > 09-26: under 7 days, the next cycle 2025-10-03..11-02 is billed, effective 2025-11-02.")

r.case("retainer-haiti-limite-fuseau", OWB, [Mail(
    "Radio Kreyòl <admin@radiokreyol.ht>", "Anilasyon / résiliation retainer podcast",
    at("2025-09-30 20:00", HT),
    "Bonswa,\n\nNous mettons fin au Kreyol Radio Podcast Retainer (OWD-2025-912). Raison : le sponsor s'est retiré, "
    "nou pa ka peye ankò.\n\nMèsi\nStanley Jean-Baptiste, Port-au-Prince")],
    "decided", [K("cancel", "2025-10-07")],
    spec="O4: next_billing_at 2025-10-08, cut-off 10-01; email 2025-09-30 20:00 -04:00 = 10-01 05:30 IST <= 10-01 -> notice enough, effective 2025-10-07.")

r.case("retainer-vevey-prepaye", OWB, [Mail(
    "Chocolaterie Vevey <direction@choco-vevey.ch>", "Résiliation du retainer",
    at("2025-09-28 10:00", EU),
    "Bonjour,\n\nNous résilions le Chocolaterie Vevey Retainer (OWD-2025-913) : nous rejoignons la plateforme "
    "marketing de notre repreneur. Nous avons déjà payé la période d'octobre (OWD-2025-914).\n\n"
    "Meilleures salutations\nDirection, Chocolaterie Vevey")],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: next cycle 2025-10-12..11-11 already paid (OWD-2025-914), notice >= 7 days -> escalate.")

r.case("hebergement-marseille-jour14", OWB, [Mail(
    "Pastis Club <contact@pastis-club.fr>", "Demande de remboursement — Pastis Club Hébergement",
    at("2025-09-30 18:00", EU),
    "Bonjour,\n\nL'hébergement annuel (OWD-2025-915) a démarré le 16/09 mais l'association a voté la dissolution du "
    "club. On arrête tout et on demande le remboursement.\n\nPeuchère, c'est triste\nLe bureau du Pastis Club")],
    "decided", [R("approve", "11000.00")], extra_ok=True,
    spec="O5: service_start 2025-09-16, request 2025-09-30 21:30 IST = day 14, inside; 12990.00 - 990.00 - (12000.00/12 = 1000.00) x 1 = 11000.00.")

r.case("hebergement-sfax-jour15", OWB, [Mail(
    "Médina Sfax <info@medina-sfax.tn>", "Remboursement hébergement",
    at("2025-09-29 09:00", MA),
    "Bonjour,\n\nNous voulons annuler l'hébergement annuel Médina Sfax Hébergement (OWD-2025-916) et être "
    "remboursés : notre fournisseur national nous offre l'hébergement.\n\nCordialement\nMédina Sfax")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-14, request 2025-09-29 = day 15 > 14 -> deny.")

r.case("maintenance-run-arrondi", OWB, [Mail(
    "Letchis Run <contact@letchis-run.re>", "Remboursement contrat maintenance",
    at("2025-09-26 09:00", RE),
    "Bonzour,\n\nNous arrêtons le contrat de maintenance annuel Letchis Run Maintenance (OWD-2025-917) : la "
    "société est rachetée et le site sera fermé. Merci de nous rembourser selon vos conditions.\n\nMersi\n"
    "Letchis Run, Saint-Paul")],
    "decided", [R("approve", "6620.17")], extra_ok=True,
    spec="O5: service_start 2025-09-24, request 09-26 (day 2); (7777.00-555.00)/12 = 601.8333..; 7222.00 - 601.8333.. = 6620.1667 -> 6620.17.")

r.case("tiers-kabylie-licences", OWB, [Mail(
    "Librairie Kabylie <librairie@kabylie-livres.dz>", "Remboursement licences",
    at("2025-09-26 10:00", MA),
    "Bonjour,\n\nPour la Librairie Kabylie Site vous nous avez facturé des licences de plugins et un thème premium "
    "(OWD-2025-918). Nous ne les utiliserons pas, merci de rembourser.\n\nTanemmirt / Merci\nLibrairie Kabylie, Tizi Ouzou")],
    "decided", [R("deny")], spec="O6: third_party (licences, theme) -> deny.")

r.case("frais-installation-carouge", OWB, [Mail(
    "Montres Carouge <ventes@montres-carouge.ch>", "Frais de mise en service",
    at("2025-09-27 11:00", EU),
    "Bonjour,\n\nPouvez-vous nous rembourser les frais d'installation de la Montres Carouge Boutique (OWD-2025-919) ? "
    "Nous avons finalement pris un autre prestataire.\n\nMeilleures salutations\nMontres Carouge")],
    "decided", [R("deny")], spec="O6: setup fee -> deny.")

r.case("demande-modif-roubaix", OWB, [Mail(
    "Brasserie de Roubaix <contact@brasserie-roubaix.fr>", "Remboursement modification",
    at("2025-09-25 10:00", EU),
    "Bonjour,\n\nLa demande de modification (page événements, OWD-2025-920) pour la Brasserie Roubaix Site ne nous "
    "sert plus, l'événement est annulé. Merci de nous rembourser.\n\nCordialement\nBrasserie de Roubaix")],
    "decided", [R("deny")], spec="O6: change_request -> deny.")

r.case("c2-tiznit-gmail", OWB, [Mail(
    "Fatima Ait Lahcen <fatima.aitlahcen@gmail.com>", "Remboursement acompte Coopérative Tiznit",
    at("2025-09-30 09:00", MA),
    "Bonjour,\n\nJe suis la présidente de la coopérative. Pour la Coopérative Tiznit Site, nous demandons le "
    "remboursement de l'acompte OWD-2025-921, le bureau a refusé le projet. L'email du contrat est "
    "coop@tiznit-argan.ma.\n\nFatima")],
    "need_info", rules=["C2"],
    spec="C2: not the contract email coop@tiznit-argan.ma -> need_info, ask to write from it.")

r.case("c2-gmail-transfert-gnaoua", OWB, [Mail(
    "Rachid Production <rachid.prod.essaouira@gmail.com>", "Fwd: remboursement découverte",
    at("2025-09-29 12:00", MA),
    "Je vous transfère, merci de traiter.\n\n---------- Forwarded message ---------\nDe : Production Gnaoua "
    "<prod@gnaoua-festival.ma>\nDate: lun. 29 sept. 2025 à 09:12\nSubject: remboursement découverte\nTo: Rachid "
    "<rachid.prod.essaouira@gmail.com>\n\nRachid, demande à Optima le remboursement de la découverte Festival "
    "Gnaoua Microsite (OWD-2025-922), l'édition spéciale est annulée. Contrat : prod@gnaoua-festival.ma.\n")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: Gmail forward carrying a request naming contract prod@...; sender is a gmail address -> need_info.")

r.case("c4-droits-consommateur-lyon", OWB, [Mail(
    "Traboules Conciergerie <contact@traboules-conciergerie.fr>", "Résiliation retainer",
    at("2025-09-27 10:00", EU),
    "Bonjour,\n\nNous résilions le retainer Traboules Lyon Conciergerie (OWD-2025-923), le service ne correspond pas "
    "à ce qui était promis. Je vous rappelle mes droits de consommateur ; à défaut de réponse rapide, je saisirai "
    "le tribunal et mon avocat.\n\nJulien Garnier")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 (droits de consommateur, tribunal, avocat) covers the cancellation too (s.8) -> escalate.")

r.case("c4-ecarte-sion", OWB, [Mail(
    "Biscuiterie de Sion <info@biscuiterie-sion.ch>", "Remboursement découverte Biscuiterie Sion Relaunch",
    at("2025-09-29 09:00", EU),
    "Bonjour,\n\nNous n'avons aucune intention de faire opposition auprès de la banque ni de passer par un avocat : "
    "nous souhaitons simplement le remboursement de la découverte OWD-2025-924, car le conseil d'administration a "
    "reporté le projet. Aucune séance n'a eu lieu.\n\nMeilleures salutations\nBiscuiterie de Sion")],
    "decided", [R("approve", "9900.00")],
    spec="s.8 negation: threats ruled out, no C4; O1 discovery not started -> 9900.00.")

r.case("projet-absent-djerba", OWB, [Mail(
    "Hôtel Djerba Sable <direction@hotel-djerba-sable.tn>", "Remboursement",
    at("2025-09-29 10:00", MA),
    "Bonjour,\n\nNous souhaitons être remboursés du montant versé il y a deux jours : le propriétaire a décidé de "
    "vendre l'hôtel.\n\nCordialement\nLa Direction")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: contract email with two projects (Hôtel Djerba Refonte, Hôtel Djerba Appli), none named, no invoice -> ask project_name and invoice_number.")

dj2 = Mail("Hôtel Djerba Sable <direction@hotel-djerba-sable.tn>", "Remboursement", at("2025-09-29 10:00", MA),
           "Bonjour,\n\nNous souhaitons être remboursés du montant versé il y a deux jours : le propriétaire a décidé "
           "de vendre l'hôtel.\n\nCordialement\nLa Direction")
r.case("fil-djerba-delai-premier-mail", OWB, [dj2, Mail(
    "Hôtel Djerba Sable <direction@hotel-djerba-sable.tn>", "RE: Remboursement [OWD-4410]",
    at("2025-09-30 16:00", MA),
    "Bonjour,\n\nProjet : Hôtel Djerba Refonte, facture OWD-2025-925.\n\nCordialement\n\n-----Message d'origine-----\n"
    "De : Optima WebDesign <optimawebdesigns12@gmail.com>\nEnvoyé : lundi 29 septembre 2025 15:00\nÀ : "
    "direction@hotel-djerba-sable.tn\nObjet : Re: Remboursement [OWD-4410]\n\nMerci de nous indiquer le nom du "
    "projet et la référence de facture.",
    reply=dj2, refs_extra=["<fr-o24-bot-ask@gmail.com>"])],
    "decided", [R("approve", "30000.00")],
    spec="C3 thread + O2: request time = first email 2025-09-29 10:00 +01:00 = 14:30 IST, 44.5 h after payment 09-27 18:00 (the answer at 20:30 IST is 74.5 h, not the request time); no work -> approve 30000.00.")

r.case("motif-absent-constantine", OWB, [Mail(
    "Pâtisserie Constantine <contact@patisserie-constantine.dz>", "Demande de remboursement — Pâtisserie Constantine Site / OWD-2025-927",
    at("2025-09-28 11:00", MA),
    "Bonjour,\n\nConformément à votre politique, je demande le remboursement de la facture OWD-2025-927 pour le projet "
    "Pâtisserie Constantine Site.\n\nCordialement,\nM. Bouzid\nPâtisserie Constantine\nTél. +213 31 92 00 00")],
    "need_info", missing=["reason"],
    spec="C3 / s.8: contract email, project and invoice given; restating the request is no reason -> ask for reason.")

r.case("auto-reponse-jacmel", OWB, [Mail(
    "Cayes Jacmel Compta <compta@cayes-jacmel.ht>", "Absence / Absan: Re: Votre retainer",
    at("2025-09-29 08:00", HT),
    "Bonjou, mwen absan jiska 6 oktòb. Je suis absente jusqu'au 6 octobre.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, refs_extra=["<fr-o26-bot-reply@gmail.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("question-statut-pas-remboursement", OWB, [Mail(
    "Cayes Jacmel Compta <compta@cayes-jacmel.ht>", "Question retainer",
    at("2025-09-30 09:00", HT),
    "Bonjour,\n\nPas de remboursement ni de résiliation pour nous, tout va bien avec le retainer. Pourriez-vous "
    "juste nous envoyer le rapport mensuel de septembre et la facture OWD-2025-928 en PDF ?\n\nMèsi\nCompta Cayes Jacmel")],
    "other", spec="s.8 negation: no refund, no cancellation; a report request -> other.")

r.write(ledger)
