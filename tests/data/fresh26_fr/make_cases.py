"""fresh26_fr: French held-out cases (Alsace/Lorraine, Marseille, Lyon, Luxembourg, Morocco, Tunisia, Cameroon,
Haiti). Stdlib only, deterministic.
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
FR = 2      # CEST: France, Luxembourg (September 2025)
MA = 1      # Morocco (UTC+1)
TN = 1      # Tunisia (CET, no DST)
CM = 1      # Cameroon (WAT)
HT = -4     # Haiti (EDT in September)

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]

C += [
    cust("karim.benali@orange.fr", "Karim Benali", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("wilner.joseph@hainet.net", "Wilner Joseph", "quarterly", start="2025-09-16", end="2025-12-15"),
    cust("contact@bouchon-des-canuts.fr", "Le Bouchon des Canuts", "annual", start="2025-09-18", end="2026-09-17"),
    cust("boulangerie.wendling@wanadoo.fr", "Boulangerie Wendling", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("abonnements@acl-expertise.fr", "ACL Expertise Comptable", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("hanane.elidrissi@menara.ma", "Hanane El Idrissi", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("sami.trabelsi@topnet.tn", "Sami Trabelsi", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("paul.ebogo@camnet.cm", "Paul Ebogo", "quarterly", start="2025-09-25", end="2025-12-24"),
    cust("marc.schneider@estvideo.fr", "Marc Schneider", "annual", start="2025-09-03", end="2026-09-02"),
    cust("jeff.weber@pt.lu", "Jeff Weber", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("c.thomas@laposte.net", "Céline Thomas", "monthly", status="trial", trial_ends="2025-10-08"),
    cust("sophie.girard@free.fr", "Sophie Girard", "quarterly", start="2025-08-20", end="2025-11-19"),
    cust("atelier.ngono@gmail.com", "Atelier Ngono Couture", "monthly"),
    cust("mcjean@accesshaiti.com", "Marie-Carmel Jean", "annual", start="2025-06-10", end="2026-06-09"),
    cust("fabrice.santoni@sfr.fr", "Fabrice Santoni", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("nadia.haddad@wanadoo.fr", "Nadia Haddad", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("info@garage-reuter.lu", "Garage Reuter", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("facturation@fiduciaire-hoffmann.lu", "Fiduciaire Hoffmann", "annual", start="2025-09-26", end="2026-09-25"),
    cust("y.alaoui@iam.net.ma", "Youssef Alaoui", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("l.fabre@groupe-fabre.fr", "Laurent Fabre", "quarterly", start="2025-09-23", end="2025-12-22"),
    cust("elise.koenig@orange.fr", "Élise Koenig", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("b.mbarga@yahoo.fr", "Bertrand Mbarga", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("s.bennani@menara.ma", "Salma Bennani", "annual", start="2025-09-27", end="2026-09-26"),
    cust("contact@winstub-colmar.fr", "Winstub du Koïfhus", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("l.gauthier@hotmail.fr", "Lucie Gauthier", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("r.castellani@laposte.net", "Robert Castellani", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("compta@atlas-negoce.ma", "Atlas Négoce SARL", "quarterly", start="2025-09-05", end="2025-12-04"),
    cust("jude.celestin@hainet.net", "Jude Célestin", "monthly", start="2025-09-26", end="2025-10-25"),
]
PAY += [
    lopay("fr_p01", "LO-INV-73101", "karim.benali@orange.fr", "monthly", *M, "2025-09-21T08:00:00", "2025-09-21", "2025-10-20"),
    lopay("fr_p02", "LO-INV-73102", "karim.benali@orange.fr", "monthly", *M, "2025-09-21T08:01:00", "2025-09-21", "2025-10-20"),
    lopay("fr_p03", "LO-INV-73111", "wilner.joseph@hainet.net", "quarterly", *Q, "2025-09-16T10:00:00", "2025-09-16", "2025-12-15"),
    lopay("fr_p04", "LO-INV-73112", "wilner.joseph@hainet.net", "quarterly", *Q, "2025-09-16T10:00:45", "2025-09-16", "2025-12-15"),
    lopay("fr_p05", "LO-INV-73121", "contact@bouchon-des-canuts.fr", "annual", *A, "2025-09-18T12:00:00", "2025-09-18", "2026-09-17"),
    lopay("fr_p06", "LO-INV-73122", "contact@bouchon-des-canuts.fr", "annual", *A, "2025-09-18T12:01:00", "2025-09-18", "2026-09-17"),
    lopay("fr_p07", "LO-INV-73131", "boulangerie.wendling@wanadoo.fr", "monthly", *M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23"),
    lopay("fr_p08", "LO-INV-73132", "boulangerie.wendling@wanadoo.fr", "monthly", *M, "2025-09-24T09:01:00", "2025-09-24", "2025-10-23"),
    lopay("fr_p09", "LO-INV-73135", "abonnements@acl-expertise.fr", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("fr_p10", "LO-INV-73136", "abonnements@acl-expertise.fr", "monthly", *M, "2025-09-26T09:02:00", "2025-09-26", "2025-10-25"),
    lopay("fr_p11", "LO-INV-73141", "hanane.elidrissi@menara.ma", "monthly", *M, "2025-09-26T14:00:00", "2025-09-26", "2025-10-25"),
    lopay("fr_p12", "LO-INV-73142", "hanane.elidrissi@menara.ma", "monthly", *M, "2025-09-26T14:00:30", "2025-09-26", "2025-10-25"),
    lopay("fr_p13", "LO-INV-73143", "hanane.elidrissi@menara.ma", "monthly", *M, "2025-09-26T14:01:10", "2025-09-26", "2025-10-25"),
    lopay("fr_p14", "LO-INV-73151", "sami.trabelsi@topnet.tn", "monthly", *M, "2025-09-24T11:00:00", "2025-09-24", "2025-10-23"),
    lopay("fr_p15", "LO-INV-73161", "paul.ebogo@camnet.cm", "quarterly", *Q, "2025-09-25T13:00:00", "2025-09-25", "2025-12-24"),
    lopay("fr_p16", "LO-INV-73171", "marc.schneider@estvideo.fr", "annual", *A, "2025-09-03T10:00:00", "2025-09-03", "2026-09-02"),
    lopay("fr_p17", "LO-INV-73181", "jeff.weber@pt.lu", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("fr_p18", "LO-INV-73191", "sophie.girard@free.fr", "quarterly", *Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19"),
    lopay("fr_p19", "LO-INV-73200", "atelier.ngono@gmail.com", "monthly", *M, "2025-08-08T10:00:00", None, None),
    lopay("fr_p20", "LO-INV-73201", "atelier.ngono@gmail.com", "monthly", *M, "2025-09-08T10:00:00", None, None),
    lopay("fr_p21", "LO-INV-73211", "mcjean@accesshaiti.com", "annual", *A, "2025-06-10T10:00:00", "2025-06-10", "2026-06-09"),
    lopay("fr_p22", "LO-INV-73221", "fabrice.santoni@sfr.fr", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("fr_p23", "LO-INV-73222", "fabrice.santoni@sfr.fr", "monthly", *M, "2025-09-25T10:00:50", "2025-09-25", "2025-10-24"),
    lopay("fr_p24", "LO-INV-73231", "nadia.haddad@wanadoo.fr", "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"),
    lopay("fr_p25", "LO-INV-73241", "info@garage-reuter.lu", "quarterly", *Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23"),
    lopay("fr_p26", "LO-INV-73251", "facturation@fiduciaire-hoffmann.lu", "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25"),
    lopay("fr_p27", "LO-INV-73261", "y.alaoui@iam.net.ma", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("fr_p28", "LO-INV-73262", "y.alaoui@iam.net.ma", "monthly", *M, "2025-09-28T10:00:40", "2025-09-28", "2025-10-27"),
    lopay("fr_p29", "LO-INV-73271", "l.fabre@groupe-fabre.fr", "quarterly", *Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22"),
    lopay("fr_p30", "LO-INV-73272", "l.fabre@groupe-fabre.fr", "quarterly", *Q, "2025-09-23T10:01:00", "2025-09-23", "2025-12-22"),
    lopay("fr_p31", "LO-INV-73281", "elise.koenig@orange.fr", "monthly", *M, "2025-09-29T10:00:00", "2025-09-29", "2025-10-28"),
    lopay("fr_p32", "LO-INV-73282", "elise.koenig@orange.fr", "monthly", *M, "2025-09-29T10:00:20", "2025-09-29", "2025-10-28"),
    lopay("fr_p33", "LO-INV-73291", "b.mbarga@yahoo.fr", "monthly", *M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
    lopay("fr_p34", "LO-INV-73292", "b.mbarga@yahoo.fr", "monthly", *M, "2025-09-23T10:00:30", "2025-09-23", "2025-10-22", status="failed"),
    lopay("fr_p35", "LO-INV-73301", "s.bennani@menara.ma", "annual", *A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26"),
    lopay("fr_p36", "LO-INV-73311", "contact@winstub-colmar.fr", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("fr_p37", "LO-INV-73312", "contact@winstub-colmar.fr", "monthly", *M, "2025-09-24T10:01:00", "2025-09-24", "2025-10-23"),
    lopay("fr_p38", "LO-INV-73321", "l.gauthier@hotmail.fr", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("fr_p39", "LO-INV-73322", "l.gauthier@hotmail.fr", "monthly", *M, "2025-09-27T10:02:00", "2025-09-27", "2025-10-26"),
    lopay("fr_p40", "LO-INV-73331", "r.castellani@laposte.net", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"),
    lopay("fr_p41", "LO-INV-73341", "compta@atlas-negoce.ma", "quarterly", *Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04"),
    lopay("fr_p42", "LO-INV-73351", "jude.celestin@hainet.net", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
    lopay("fr_p43", "LO-INV-73352", "jude.celestin@hainet.net", "monthly", *M, "2025-09-26T10:01:00", "2025-09-26", "2025-10-25"),
]

P += [
    proj("Brasserie Saint-Jean Lyon", "direction@brasserie-stjean.fr", None),
    proj("Savonnerie du Panier", "contact@savonnerie-panier.fr", "2025-09-09T11:00:00"),
    proj("Riad Dar Zitoun Reservations", "direction@riad-darzitoun.ma", None),
    proj("Clinique Dentaire du Lac", "admin@clinique-lac.tn", None),
    proj("Ti Kay Kreyol Restaurant", "tikaykreyol@gmail.com", None),
    proj("Kirchberg Conseil Intranet", "it@kirchberg-conseil.lu", "2025-07-01T10:00:00"),
    proj("Librairie Kleber Boutique", "web@librairie-kleber.fr", "2025-08-01T10:00:00"),
    proj("Mirabelles de Lorraine", "contact@mirabelles-lorraine.fr", "2025-07-15T10:00:00"),
    proj("Veto Croix-Rousse SEO", "veto.croixrousse@orange.fr", "2025-05-18T10:00:00"),
    proj("Chez Sauveur Reseaux Sociaux", "chezsauveur@wanadoo.fr", "2025-06-04T10:00:00"),
    proj("Boulangerie Wagner Social", "contact@boulangerie-wagner.lu", "2025-05-01T10:00:00"),
    proj("Hotel La Falaise Hebergement", "reservation@hotel-lafalaise-dla.cm", "2025-09-20T10:00:00"),
    proj("Theatre des Pentes Maintenance", "admin@theatre-des-pentes.fr", None),
    proj("Dar El Medina Hebergement", "contact@darelmedina.tn", "2025-09-25T10:00:00"),
    proj("Fromagerie Stanislas Hebergement", "fromagerie.stan@orange.fr", "2025-09-10T10:00:00"),
    proj("Cooperative Argan Souss Boutique", "coop.argan@menara.ma", "2025-08-20T10:00:00"),
    proj("Radio Tet Ansanm Site", "radioteta@hainet.net", "2025-09-12T10:00:00"),
    proj("Traiteur Ben Salah", "contact@traiteur-bensalah.fr", None),
    proj("Cave Saint-Vincent Retainer", "cave.stvincent@orange.fr", "2025-06-25T10:00:00"),
    proj("Studio Yoga Confluence", "hello@yoga-confluence.fr", "2025-06-15T10:00:00"),
]
PAY += [
    owpay("fr_o01", "OWD-2025-301", "Brasserie Saint-Jean Lyon", "discovery", "10000.00", "1800.00", "2025-09-22T12:00:00"),
    owpay("fr_o02", "OWD-2025-302", "Savonnerie du Panier", "discovery", "9000.00", "1620.00", "2025-09-05T12:00:00"),
    owpay("fr_o03", "OWD-2025-303", "Riad Dar Zitoun Reservations", "deposit", "24000.00", "4320.00", "2025-09-22T15:00:00"),
    owpay("fr_o04", "OWD-2025-304", "Clinique Dentaire du Lac", "deposit", "30000.00", "5400.00", "2025-09-16T11:00:00"),
    owpay("fr_o05", "OWD-2025-305", "Ti Kay Kreyol Restaurant", "deposit", "15000.00", "2700.00", "2025-09-25T09:00:00"),
    owpay("fr_o06", "OWD-2025-306", "Kirchberg Conseil Intranet", "milestone", "50000.00", "9000.00", "2025-07-01T10:00:00", milestone_status="approved"),
    owpay("fr_o07", "OWD-2025-307", "Kirchberg Conseil Intranet", "milestone", "28000.00", "5040.00", "2025-09-12T10:00:00", milestone_status="not_started"),
    owpay("fr_o08", "OWD-2025-308", "Librairie Kleber Boutique", "milestone", "12000.00", "2160.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("fr_o09", "OWD-2025-309", "Mirabelles de Lorraine", "milestone", "16000.00", "2880.00", "2025-08-10T10:00:00", milestone_status="completed"),
    owpay("fr_o10", "OWD-2025-310", "Veto Croix-Rousse SEO", "retainer", "11000.00", "1980.00", "2025-09-18T09:00:00",
          period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00"),
    owpay("fr_o11", "OWD-2025-311", "Chez Sauveur Reseaux Sociaux", "retainer", "7500.00", "1350.00", "2025-09-04T09:00:00",
          period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00"),
    owpay("fr_o12", "OWD-2025-312", "Boulangerie Wagner Social", "retainer", "9000.00", "1620.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T09:00:00"),
    owpay("fr_o13", "OWD-2025-313", "Boulangerie Wagner Social", "retainer", "9000.00", "1620.00", "2025-09-20T09:00:00",
          period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T09:00:00"),
    owpay("fr_o14", "OWD-2025-314", "Hotel La Falaise Hebergement", "hosting_annual", "14400.00", "2592.00", "2025-09-19T09:00:00",
          setup_fee="1800.00", service_start="2025-09-20"),
    owpay("fr_o15", "OWD-2025-315", "Theatre des Pentes Maintenance", "maintenance_annual", "7000.00", "1260.00", "2025-09-26T09:00:00",
          setup_fee="700.00", service_start="2025-10-06"),
    owpay("fr_o16", "OWD-2025-316", "Dar El Medina Hebergement", "hosting_annual", "11111.00", "1999.98", "2025-09-24T09:00:00",
          setup_fee="1000.00", service_start="2025-09-25"),
    owpay("fr_o17", "OWD-2025-317", "Fromagerie Stanislas Hebergement", "hosting_annual", "9000.00", "1620.00", "2025-09-09T09:00:00",
          setup_fee="900.00", service_start="2025-09-10"),
    owpay("fr_o18", "OWD-2025-318", "Cooperative Argan Souss Boutique", "third_party", "4200.00", "756.00", "2025-09-20T09:00:00"),
    owpay("fr_o19", "OWD-2025-319", "Radio Tet Ansanm Site", "setup", "3000.00", "540.00", "2025-09-12T09:00:00"),
    owpay("fr_o20", "OWD-2025-320", "Traiteur Ben Salah", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00"),
    owpay("fr_o21", "OWD-2025-321", "Cave Saint-Vincent Retainer", "retainer", "8500.00", "1530.00", "2025-09-19T09:00:00",
          period_start="2025-09-19", period_end="2025-10-18", next_billing_at="2025-10-19T09:00:00"),
    owpay("fr_o22", "OWD-2025-322", "Studio Yoga Confluence", "retainer", "6000.00", "1080.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
]

r = Round(HERE, "fr")

# ======================= LeadsOptima =======================
r.case("marseille-double-prelevement", LOB, [Mail(
    "Karim Benali <karim.benali@orange.fr>", "prélevé 2 fois !!!", at("2025-09-23 13:05", FR),
    "Bonjour,\n\nc'est une dinguerie, vous m'avez prélevé deux fois l'abonnement mensuel le 21 ! 2 x 1499 sur le "
    "compte, je suis pas fada je vois bien. La deuxième c'est la facture LO-INV-73102.\nVous me remboursez le "
    "doublon svp.\n\nKarim, Marseille 13e\n\nEnvoyé de mon Galaxy")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: fr_p01/fr_p02 same period on 2025-09-21, request 2025-09-23 (day 2): refund the duplicate LO-INV-73102 = 1499.00.")

r.case("haiti-fuseau-j8", LOB, [Mail(
    "Wilner Joseph <wilner.joseph@hainet.net>", "Double prélèvement trimestriel", at("2025-09-23 20:15", HT),
    "Bonsoir,\n\nJe constate que mon abonnement trimestriel a été débité deux fois le 16 septembre "
    "(LO-INV-73111 et LO-INV-73112). Je sollicite le remboursement de la facture LO-INV-73112, qui fait doublon.\n\n"
    "Dans l'attente, veuillez agréer mes salutations distinguées.\nWilner Joseph\nDelmas 33, Port-au-Prince")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-16 IST; email Tue 2025-09-23 20:15 -04:00 = 2025-09-24 05:45 IST = day 8 > 7: deny, though it is still day 7 in Haiti.")

r.case("lyon-j7-annuel", LOB, [Mail(
    "Le Bouchon des Canuts <contact@bouchon-des-canuts.fr>", "Facture LO-INV-73122 en double",
    at("2025-09-25 18:00", FR),
    "Bonjour,\n\nNotre comptable vient de me signaler que l'abonnement annuel a été payé deux fois le 18/09 : "
    "LO-INV-73121 et LO-INV-73122, 11 988,00 chacune. Merci de rembourser la seconde.\n\nBien à vous,\n"
    "Gérard Vial\nLe Bouchon des Canuts — 12 rue d'Austerlitz, Lyon 4e")],
    "decided", [R("approve", "11988.00")],
    spec="L3 boundary: charge 2025-09-18 (day 0); email 2025-09-25 18:00 CEST = 21:30 IST, day 7 inside; L4 duplicate LO-INV-73122 = 11988.00.")

r.case("expert-comptable-pour-client-c2", LOB, [Mail(
    "Cabinet ECR Schaller <cabinet@ecr-schaller.fr>", "Double prélèvement — client Boulangerie Wendling",
    at("2025-09-26 10:40", FR),
    "Madame, Monsieur,\n\nNous intervenons en qualité d'expert-comptable de la SARL Boulangerie Wendling "
    "(compte LeadsOptima : boulangerie.wendling@wanadoo.fr). Lors du rapprochement bancaire, nous avons relevé deux "
    "prélèvements identiques de l'abonnement mensuel le 24/09/2025 (LO-INV-73131 et LO-INV-73132).\n\nNous vous "
    "remercions de bien vouloir procéder au remboursement du second prélèvement et de nous adresser l'avoir "
    "correspondant.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nClaire Schaller\n"
    "Expert-comptable inscrite à l'Ordre — ECR Schaller, Sélestat")],
    "need_info", rules=["C2"],
    spec="C2: the accountant writes from her firm's address for the registered account boulangerie.wendling@wanadoo.fr: ask for the request from the registered address, disclose nothing.")

r.case("expert-comptable-compte-enregistre", LOB, [Mail(
    "ACL Expertise — Abonnements <abonnements@acl-expertise.fr>", "Remboursement doublon LO-INV-73136",
    at("2025-09-29 09:25", FR),
    "Bonjour,\n\nLe compte LeadsOptima est ouvert au nom de notre cabinet et utilisé pour le suivi d'un de nos "
    "clients. Le 26/09, l'abonnement mensuel a été débité deux fois (LO-INV-73135 et LO-INV-73136). Merci de "
    "rembourser le doublon LO-INV-73136.\n\nCordialement,\nThomas Roux\nCollaborateur comptable\nACL Expertise — "
    "Lyon Part-Dieu\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
    "destinataires. Toute utilisation non autorisée est interdite.")],
    "decided", [R("approve", "1499.00")],
    spec="Sender is the registered email (no C2 although the text mentions a client); L4 duplicate LO-INV-73136 on 2025-09-26, request 2025-09-29 (day 3) -> 1499.00.")

r.case("casablanca-trois-prelevements", LOB, [Mail(
    "Hanane El Idrissi <hanane.elidrissi@menara.ma>", "3 prélèvements pour le même mois",
    at("2025-09-27 11:20", MA),
    "Bonjour,\n\nJ'ai été prélevée TROIS fois le 26/09 pour le même abonnement mensuel (LO-INV-73141, 73142 et "
    "73143). Normalement c'est un seul paiement. Merci de me rembourser les deux prélèvements en trop, j'ai besoin "
    "de cet argent.\n\nMerci d'avance\nHanane El Idrissi\nCasablanca, Maârif")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges on 2025-09-26, request 2025-09-27 (day 1): every charge after the first is a duplicate: 2 x 1499.00 = 2998.00.")

r.case("tunis-montant-errone", LOB, [Mail(
    "Sami Trabelsi <sami.trabelsi@topnet.tn>", "Montant erroné facture LO-INV-73151",
    at("2025-09-26 15:30", TN),
    "Bonjour,\n\nOn m'a débité un montant erroné pour l'abonnement mensuel : le prix affiché sur votre site quand "
    "j'ai souscrit n'était pas celui-là. Ce n'est pas le montant convenu. Je demande le remboursement de la "
    "différence (facture LO-INV-73151).\n\nCordialement\nSami Trabelsi\nLa Marsa, Tunis", to="LeadsOptima <info@leadsoptima.com>")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount) inside L3 (charge 2025-09-24, request 2025-09-26) -> L5 escalate.")

r.case("yaounde-connexion", LOB, [Mail(
    "Paul Ebogo <paul.ebogo@camnet.cm>", "Impossible de me connecter depuis jeudi",
    at("2025-09-29 08:50", CM),
    "Bonjour la team,\n\nJe suis vraiment fatigué avec votre plateforme. Depuis jeudi je n'arrive plus à me "
    "connecter, ça tourne seulement et puis rien. J'ai payé le trimestre le même jour (LO-INV-73161) et je n'ai "
    "même pas pu travailler une seule fois. Mes clients attendent. Je veux mon remboursement.\n\nPaul Ebogo\n"
    "Bastos, Yaoundé")],
    "decided", [R("escalate")],
    spec="L2 access_failure inside L3 (charge 2025-09-25, request 2025-09-29 = day 4) -> L6 escalate.")

r.case("alsace-acces-hors-delai", LOB, [Mail(
    "Marc Schneider <marc.schneider@estvideo.fr>", "Pas d'accès - remboursement abonnement annuel",
    at("2025-09-17 19:30", FR),
    "Bonjour,\n\nDepuis mon inscription le 3 septembre, la plateforme ne charge pas chez moi (écran blanc après le "
    "login). J'ai attendu en pensant que ça allait s'arranger, mais non. Je souhaite donc être remboursé de "
    "l'abonnement annuel, facture LO-INV-73171.\n\nMerci, salutations de Haguenau\nMarc Schneider")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-03, request 2025-09-17 = day 14 > 7 -> deny citing the 7-day rule.")

r.case("luxembourg-trop-cher", LOB, [Mail(
    "Jeff Weber <jeff.weber@pt.lu>", "Remboursement", at("2025-09-29 12:10", FR),
    "Moien,\n\nJe me suis abonné samedi (mensuel) mais en fait c'est trop cher pour ma petite structure et je "
    "n'ai pas le temps de m'en servir. Pouvez-vous me rembourser la facture LO-INV-73181 ? Je ne l'ai quasiment "
    "pas utilisé.\n\nMerci et bonne journée\nJeff Weber\nEsch-sur-Alzette")],
    "decided", [R("deny")],
    spec="L1: too expensive / no time / hardly used is none of the L2 reasons -> deny and offer cancellation.")

r.case("lorraine-essai-gratuit", LOB, [Mail(
    "Céline Thomas <c.thomas@laposte.net>", "remboursement période d'essai",
    at("2025-09-28 21:05", FR),
    "Bonjour,\n\nje suis en période d'essai (offre mensuelle) et je ne souhaite pas continuer. Pouvez-vous me "
    "rembourser ce que j'ai payé ? Je ne suis même pas sûre d'avoir été débitée mais je préfère demander.\n\n"
    "Céline, Metz")],
    "decided", [R("deny")], extra_ok=True,
    spec="L7: the ledger shows a trial account with no charges: nothing to refund -> deny; no billing unless she subscribes.")

r.case("lyon-lettre-resiliation", LOB, [Mail(
    "Sophie Girard <sophie.girard@free.fr>", "Résiliation de mon abonnement trimestriel",
    at("2025-09-10 18:45", FR),
    "Madame, Monsieur,\n\nPar la présente, je vous notifie ma décision de résilier mon abonnement trimestriel "
    "LeadsOptima. Je vous remercie de bien vouloir m'en accuser réception et de m'indiquer la date de fin "
    "effective.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
    "Sophie Girard\n27 montée de la Grande-Côte\n69001 Lyon")],
    "decided", [K("cancel", "2025-11-19")],
    spec="L8: cancel, active until current_period_end 2025-11-19 (no reason needed for a LeadsOptima cancellation).")

r.case("douala-resiliation-sans-periode", LOB, [Mail(
    "Atelier Ngono Couture <atelier.ngono@gmail.com>", "arrêter l'abonnement",
    at("2025-09-20 16:30", CM),
    "Bonjour,\n\nJe voudrais arrêter l'abonnement mensuel s'il vous plaît. On a ouvert la boutique à Akwa et on "
    "n'a plus le temps de faire la prospection en ligne, on a assez de clients au marché.\n\nMerci beaucoup\n"
    "Mama Françoise Ngono\nAtelier Ngono Couture, Douala")],
    "decided", [K("cancel", "2025-10-07")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-73201 on 2025-09-08 + 1 month - 1 day = 2025-10-07.")

r.case("haiti-resiliation-prorata", LOB, [Mail(
    "Marie-Carmel Jean <mcjean@accesshaiti.com>", "Résiliation + remboursement au prorata",
    at("2025-09-15 10:20", HT),
    "Bonjou,\n\nNous fermons la boutique de Pétion-Ville à cause de la situation, alors je résilie l'abonnement "
    "annuel. Je demande aussi le remboursement au prorata des mois qui restent, puisqu'on ne va plus l'utiliser.\n\n"
    "Mèsi anpil,\nMarie-Carmel Jean")],
    "decided", [K("cancel", "2026-06-09"), R("deny")],
    spec="L8 cancel effective current_period_end 2026-06-09; refund of the remaining months is L1 (no partial refunds), also outside L3 (charge 2025-06-10): deny.")

r.case("marseille-c4-opposition", LOB, [Mail(
    "Fabrice Santoni <fabrice.santoni@sfr.fr>", "Escroquerie", at("2025-09-26 23:10", FR),
    "Vous m'avez prélevé deux fois ce mois-ci (LO-INV-73222). Je résilie immédiatement ce truc et je veux mon "
    "argent.\n\nSi je ne suis pas remboursé sous 48h je fais opposition auprès de ma banque, je saisis l'UFC-Que "
    "Choisir et je transmets à mon avocat.\n\nF. Santoni, Aubagne")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 (opposition bancaire, association de consommateurs, avocat) covers the whole case (s.8): refund and cancellation both escalate, though L4 alone would approve.")

r.case("reponse-automatique", LOB, [Mail(
    "Sophie Girard <sophie.girard@free.fr>", "Réponse automatique : Re: Résiliation de mon abonnement [LO-5531]",
    at("2025-09-12 07:00", FR),
    "Bonjour,\n\nJe suis absente du bureau jusqu'au 22 septembre inclus, avec un accès limité à ma messagerie. "
    "Pour toute urgence, merci de contacter le standard au 04 78 00 00 00.\n\nCordialement,\nSophie Girard",
    headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("postmaster-non-remis", LOB, [Mail(
    "Microsoft Outlook <postmaster@outlook.fr>", "Non remis : Remboursement doublon",
    at("2025-09-25 09:14", FR),
    "Échec de la remise à ces destinataires ou groupes :\n\nl.gauthier@hotmial.fr\nL'adresse de messagerie que "
    "vous avez entrée est introuvable.\n",
    dsn=[[("Reporting-MTA", "dns; outlook.fr")],
         [("Final-Recipient", "rfc822; l.gauthier@hotmial.fr"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: postmaster sender and a delivery-status report -> ignore.")

r.case("lettre-cci-list-id", LOB, [Mail(
    "CCI Alsace Eurométropole <lettre@cci-alsace.example>", "La Lettre de la CCI — septembre : remboursement de la TVA, salons",
    at("2025-09-29 08:00", FR),
    "Au sommaire : remboursement de crédit de TVA, salon Eurobois, atelier prospection digitale.\n\nSe désabonner : "
    "https://cci-alsace.example/desinscription",
    headers={"List-Id": "<lettre.cci-alsace.example>", "Precedence": "list"})],
    "ignore", rules=["C7"], spec="C7: List-Id + Precedence: list -> ignore, though it says 'remboursement'.")

r.case("pas-de-remboursement-juste-info", LOB, [Mail(
    "Nadia Haddad <nadia.haddad@wanadoo.fr>", "Question sur ma facture",
    at("2025-09-18 12:30", FR),
    "Bonjour,\n\nAttention, je ne demande pas de remboursement ni de résiliation, tout va bien ! Je veux juste "
    "comprendre pourquoi ma facture LO-INV-73231 affiche 269,82 de taxe : c'est de la TVA française ou une taxe "
    "indienne ?\n\nBonne journée\nNadia Haddad, Villeurbanne")],
    "other", spec="s.8 negation ('je ne demande pas de remboursement ni de résiliation'); an invoice question: other.")

r.case("tunisie-question-avant-achat", LOB, [Mail(
    "Ahmed Ben Youssef <ahmed.benyoussef@gnet.tn>", "Question avant abonnement",
    at("2025-09-22 14:00", TN),
    "Bonjour,\n\nAvant de souscrire à l'offre annuelle : si dans un mois je trouve que l'outil ne convient pas à "
    "mon activité, est-ce que je serai remboursé ? Et est-ce que vous acceptez le paiement par carte tunisienne ?\n\n"
    "Merci\nAhmed Ben Youssef\nSfax")],
    "other", spec="s.8 hypothetical before buying: a policy question, other.")

r.case("merci-remboursement-recu", LOB, [Mail(
    "Karim Benali <karim.benali@orange.fr>", "Re: prélevé 2 fois !!! [LO-5502]",
    at("2025-09-30 18:40", FR),
    "C'est bon j'ai bien reçu le remboursement ce matin, merci à vous et désolé pour le ton de mon premier "
    "message 😅\n\nKarim\n\nLe mar. 23 sept. 2025 à 13:30, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
    "> Votre remboursement de 1 499,00 INR a été approuvé...",
    refs_extra=["<lo-5502-reply@leadsoptima.com>"])],
    "other", spec="A thank-you after the refund asks for nothing: other.")

r.case("demandes-melangees-sans-motif", LOB, [Mail(
    "Garage Reuter <info@garage-reuter.lu>", "Plusieurs demandes", at("2025-09-26 11:00", FR),
    "Bonjour,\n\n1) Je souhaite le remboursement de la facture LO-INV-73241.\n2) Pouvez-vous changer l'adresse de "
    "facturation : 14, route d'Arlon, L-8009 Strassen.\n3) Merci d'ajouter mon collègue Pit Schmit comme utilisateur.\n\n"
    "Merci de faire le nécessaire.\n\nAvec mes meilleures salutations\nNico Reuter\nGarage Reuter S.à r.l.")],
    "need_info", missing=["reason"],
    spec="s.8 what a reason is: the refund request gives no reason (address change, extra user and 'merci de faire le nécessaire' are not reasons) -> ask for reason; plan and invoice known.")

hoff1 = Mail(
    "Fiduciaire Hoffmann — Facturation <facturation@fiduciaire-hoffmann.lu>", "Demande de remboursement LO-INV-73251",
    at("2025-09-26 16:15", FR),
    "Madame, Monsieur,\n\nNous vous prions de bien vouloir procéder au remboursement de la facture LO-INV-73251.\n\n"
    "Restant à votre disposition pour tout renseignement complémentaire, nous vous prions d'agréer nos salutations "
    "distinguées.\n\nAnne Hoffmann\nFiduciaire Hoffmann S.A.\n2, boulevard Royal · L-2449 Luxembourg\nRCS Luxembourg B 123456\n\n"
    "AVERTISSEMENT : Ce courriel et ses annexes sont strictement confidentiels. Si vous l'avez reçu par erreur, "
    "merci d'en informer immédiatement l'expéditeur et de le détruire.")
r.case("motif-absent-signature-avertissement", LOB, [hoff1], "need_info", missing=["reason"],
       spec="C3/s.8: registered sender, plan from the ledger, invoice given; courtesy formula, RCS line and confidentiality notice are not reasons -> ask for reason.")

ala1 = Mail(
    "Youssef Alaoui <y.alaoui@iam.net.ma>", "prelevement en double", at("2025-09-29 10:05", MA),
    "slt\nvous avez preleve 2 fois l abonnement mensuel le 28/09 merci de rembourser le double\nyoussef\n\n"
    "Envoyé depuis mon téléphone")
r.case("numero-facture-manquant", LOB, [ala1], "need_info", missing=["invoice_number"],
       spec="L2 duplicate, registered sender, plan from the ledger; two charges, so the invoice is not filled from the ledger (s.1) -> ask for invoice_number.")

ala1b = Mail(ala1.frm, ala1.subject, ala1.when, ala1.body)
r.case("fil-numero-facture-fourni", LOB, [ala1b, Mail(
    "Youssef Alaoui <y.alaoui@iam.net.ma>", "Re: prelevement en double", at("2025-09-30 09:40", MA),
    "c est la lo/inv/73262\n\n> Le 29/09/2025, LeadsOptima Support a écrit :\n> Merci de nous indiquer le numéro de "
    "facture du prélèvement en double.", reply=ala1b, refs_extra=["<fr-alaoui-ask@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: invoice 'lo/inv/73262' (s.8 matching) supplied; request time = first email 2025-09-29 (day 1) -> L4 approve 1499.00.")

hoff1b = Mail(hoff1.frm, hoff1.subject, hoff1.when, hoff1.body)
r.case("fil-motif-fourni-refus", LOB, [hoff1b, Mail(
    "Fiduciaire Hoffmann — Facturation <facturation@fiduciaire-hoffmann.lu>", "RE: Demande de remboursement LO-INV-73251",
    at("2025-09-29 09:10", FR),
    "Bonjour,\n\nLe motif : notre associé a entre-temps signé avec un autre fournisseur, moins cher, et nous n'avons "
    "plus l'usage de votre outil.\n\nCordialement\nAnne Hoffmann\n\n-----Message d'origine-----\nDe : LeadsOptima Support\n"
    "Envoyé : vendredi 26 septembre 2025 17:02\nObjet : Re: Demande de remboursement LO-INV-73251\n\nMerci de nous "
    "indiquer le motif de votre demande.", reply=hoff1b, refs_extra=["<fr-hoffmann-ask@leadsoptima.com>"])],
    "decided", [R("deny")],
    spec="C3 thread: the reason supplied (cheaper provider, no further use) is not an L2 exception -> L1 deny with cancellation offered.")

r.case("tr-assistante-c2", LOB, [Mail(
    "Assistante Direction Groupe Fabre <assistante@groupe-fabre.fr>", "TR: LeadsOptima - double facturation",
    at("2025-09-25 09:30", FR),
    "Bonjour,\n\nJe vous transfère la demande de M. Fabre ci-dessous.\n\nBien cordialement,\nÉmilie Roussel\n"
    "Assistante de direction\n\n-------- Message transféré --------\nDe : Laurent Fabre <l.fabre@groupe-fabre.fr>\n"
    "Date : mer. 24 sept. 2025 à 19:02\nObjet : LeadsOptima - double facturation\nÀ : Émilie Roussel\n\nÉmilie,\n"
    "LeadsOptima nous a facturé deux fois le trimestre (LO-INV-73272 en double). Mon compte chez eux : "
    "l.fabre@groupe-fabre.fr. Pouvez-vous demander le remboursement ?\nLF")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the forwarded request names registered email l.fabre@groupe-fabre.fr; the assistant sends it -> C2, ask for the request from that address.")

r.case("apple-mail-reexpedie-approuve", LOB, [Mail(
    "Élise Koenig <elise.koenig@orange.fr>", "Fwd: Double débit abonnement", at("2025-09-30 07:55", FR),
    "Je vous renvoie mon message d'hier soir, resté sans réponse.\n\nÉlise\n\nDébut du message réexpédié :\n\n"
    "De: Élise Koenig <elise.koenig@orange.fr>\nObjet: Double débit abonnement\nDate: 29 septembre 2025 à 21:48:10 UTC+2\n"
    "À: support@leadsoptima.com\n\nBonsoir,\nJ'ai été débitée deux fois aujourd'hui pour l'abonnement mensuel, "
    "factures LO-INV-73281 et LO-INV-73282. Merci de rembourser la LO-INV-73282.\nÉlise Koenig, Strasbourg-Neudorf")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 forward of her own mail from the registered address (no C2); request time = this email 2025-09-30 (day 1 from 2025-09-29) -> L4 1499.00.")

r.case("paiement-echoue-escalade", LOB, [Mail(
    "Bertrand Mbarga <b.mbarga@yahoo.fr>", "Double paiement LO-INV-73292", at("2025-09-24 17:20", CM),
    "Bonsoir,\n\nLe 23 j'ai vu deux paiements de l'abonnement mensuel sur mon relevé Orange Money. Le deuxième "
    "c'est LO-INV-73292. Je demande qu'on me rembourse ce double paiement.\n\nMerci\nBertrand Mbarga, Douala")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-73292 has status failed (only one paid charge) -> escalate, never approve.")

r.case("rabat-mauvaise-formule", LOB, [Mail(
    "Salma Bennani <s.bennani@menara.ma>", "Facturée en annuel au lieu de mensuel",
    at("2025-09-29 13:45", MA),
    "Bonjour,\n\nJ'ai choisi la formule mensuelle mais on m'a facturé l'annuel (LO-INV-73301). C'est une erreur de "
    "facturation. Pouvez-vous corriger et me rembourser la différence ?\n\nCordialement\nSalma Bennani\nAgdal, Rabat")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged the wrong plan) inside L3 (charge 2025-09-27, request 2025-09-29) -> L5 escalate.")

r.case("colmar-doublon-et-resiliation", LOB, [Mail(
    "Winstub du Koïfhus <contact@winstub-colmar.fr>", "doublon + résiliation", at("2025-09-25 15:20", FR),
    "Bonjour,\n\nDeux prélèvements hier pour l'abonnement mensuel (LO-INV-73311 et LO-INV-73312), merci de "
    "rembourser le second. Et tant qu'à faire, résiliez l'abonnement à la fin de la période : avec la saison des "
    "vendanges on n'a pas le temps de s'en occuper.\n\nMerci, bonne journée\nJean-Marc Zimmermann\nWinstub du Koïfhus, Colmar")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-23")],
    spec="L4 duplicate LO-INV-73312 (2025-09-24, request 2025-09-25) -> 1499.00; L8 cancel effective current_period_end 2025-10-23.")

r.case("hotmail-html-seul", LOB, [Mail(
    "Lucie Gauthier <l.gauthier@hotmail.fr>", "Paiement en double", at("2025-09-28 10:30", FR), None,
    html="<html><head><meta charset=\"utf-8\"></head><body><div dir=\"ltr\"><p>Bonjour,</p><p>Vous avez encaissé "
         "<b>deux fois 1&nbsp;499,00&nbsp;INR</b> hier pour mon abonnement mensuel (LO-INV-73321 et "
         "LO-INV-73322).</p><p>Merci de me rembourser le paiement en double <u>LO-INV-73322</u>.</p><p>Lucie Gauthier"
         "<br>Lyon 7e</p></div></body></html>")],
    "decided", [R("approve", "1499.00")],
    spec="HTML-only; L4: charges on 2025-09-27, request 2025-09-28 (day 1) -> 1499.00.")

r.case("fil-colere-historique-cite", LOB, [Mail(
    "Robert Castellani <r.castellani@laposte.net>", "RE: RE: Connexion impossible [LO-5519]",
    at("2025-09-27 11:35", FR),
    "TROISIÈME relance. Depuis le 23 je ne peux plus me connecter, le tableau de bord ne s'ouvre pas. Vos réponses "
    "c'est « videz le cache ». C'est fait, re-fait. J'exige le remboursement de ce mois, facture LO-INV-73331.\n\n"
    "R. Castellani\n\n-----Message d'origine-----\nDe : LeadsOptima Support <support@leadsoptima.com>\nEnvoyé : "
    "jeudi 25 septembre 2025 10:12\nObjet : Re: RE: Connexion impossible [LO-5519]\n\nMerci de vider le cache de votre "
    "navigateur.\n\n-----Message d'origine-----\nDe : Robert Castellani\nEnvoyé : mardi 23 septembre 2025 19:40\n"
    "Objet : Connexion impossible\n\nImpossible de me connecter depuis ce matin.",
    refs_extra=["<lo-5519-a@laposte.net>", "<lo-5519-b@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="L2 access_failure; charge 2025-09-22, this email 2025-09-27 (day 5; the quoted report of 2025-09-23 is day 1): inside L3 either way -> L6 escalate.")

r.case("question-tva-sans-demande", LOB, [Mail(
    "Atlas Négoce — Comptabilité <compta@atlas-negoce.ma>", "Facture LO-INV-73341 — mention ICE",
    at("2025-09-10 10:15", MA),
    "Bonjour,\n\nPour notre déclaration, pourriez-vous nous confirmer si la facture LO-INV-73341 peut porter notre "
    "numéro ICE 001234567000089 ? Aucun autre souci, le service nous donne satisfaction.\n\nCordialement\n"
    "Service comptabilité — Atlas Négoce SARL, Tanger")],
    "other", spec="An invoice question asking for no refund or cancellation: other.")

r.case("haiti-montant-en-lettres", LOB, [Mail(
    "Jude Célestin <jude.celestin@hainet.net>", "peman an doub / paiement en double", at("2025-09-27 10:00", HT),
    "Bonjou,\n\nM te peye de fwa. Vous avez pris deux fois mille quatre cent quatre-vingt-dix-neuf roupies le 26 "
    "pour l'abonnement du mois, factures LO-INV-73351 et LO-INV-73352. Remboursez la deuxième svp.\n\n"
    "Mèsi\nJude Célestin, Cap-Haïtien")],
    "decided", [R("approve", "1499.00")],
    spec="Amount in words, Creole-French code-switching; L4 duplicate LO-INV-73352 on 2025-09-26, request 2025-09-27 10:00 -04:00 = 19:30 IST (day 1) -> 1499.00.")

# ======================= Optima WebDesign =======================
r.case("owd-decouverte-non-commencee", OWB, [Mail(
    "Brasserie Saint-Jean <direction@brasserie-stjean.fr>", "Demande de remboursement — Brasserie Saint-Jean Lyon",
    at("2025-09-24 15:10", FR), brand=OWB, body=
    "Bonjour,\n\nNous avons réglé le 22/09 les frais de découverte pour le projet « Brasserie Saint-Jean Lyon ». Le "
    "propriétaire des murs vient de nous annoncer la vente du local : le projet de refonte est abandonné. Aucun "
    "atelier n'a encore eu lieu.\n\nMerci de nous rembourser.\n\nCordialement\nPhilippe Morel, gérant")],
    "decided", [R("approve", "10000.00")],
    spec="O1: discovery OWD-2025-301 (the project's only payment, invoice filled from the ledger), no work started -> 10000.00 before tax.")

r.case("owd-decouverte-commencee-marseille", OWB, [Mail(
    "Savonnerie du Panier <contact@savonnerie-panier.fr>", "Remboursement atelier stratégie OWD-2025-302",
    at("2025-09-18 11:40", FR), brand=OWB, body=
    "Bonjour,\n\nAprès la première séance du 9 septembre (projet Savonnerie du Panier, facture OWD-2025-302) on a "
    "compris que ce n'était pas pour nous, trop « corporate ». On voudrait être remboursés.\n\nBonne journée\n"
    "Estelle Giordano, Marseille 2e")],
    "decided", [R("deny")],
    spec="O1: discovery work started 2025-09-09 before the request -> deny.")

r.case("owd-acompte-casablanca-47h", OWB, [Mail(
    "Riad Dar Zitoun <direction@riad-darzitoun.ma>", "Annulation acompte — Riad Dar Zitoun Reservations",
    at("2025-09-24 10:00", MA), brand=OWB, body=
    "Bonjour,\n\nNous annulons le projet « Riad Dar Zitoun Reservations » (facture OWD-2025-303) : la plateforme de "
    "réservation de notre chaîne nous impose finalement son propre module. Merci de rembourser l'acompte versé lundi.\n\n"
    "Bien cordialement\nRachid Benjelloun, directeur\nRiad Dar Zitoun, Marrakech")],
    "decided", [R("approve", "24000.00")], extra_ok=True,
    spec="O2: paid 2025-09-22 15:00 IST, email 2025-09-24 10:00 +01:00 = 14:30 IST (47 h 30 min) < 72 h, no work -> 24000.00 before tax.")

r.case("owd-acompte-tunis-73h", OWB, [Mail(
    "Clinique Dentaire du Lac <admin@clinique-lac.tn>", "Remboursement acompte OWD-2025-304",
    at("2025-09-19 07:30", TN), brand=OWB, body=
    "Bonjour,\n\nLe conseil des associés a décidé de reporter le site de la « Clinique Dentaire du Lac » à l'année "
    "prochaine. Nous demandons le remboursement de l'acompte (facture OWD-2025-304).\n\nCordialement\n"
    "Dr Leïla Mansour\nClinique Dentaire du Lac, Les Berges du Lac, Tunis")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-16 11:00 IST, email 2025-09-19 07:30 +01:00 = 12:00 IST = 73 h -> after 72 h: deny.")

r.case("owd-acompte-haiti-piege-fuseau", OWB, [Mail(
    "Ti Kay Kreyòl <tikaykreyol@gmail.com>", "Anulasyon / annulation acompte Ti Kay Kreyol",
    at("2025-09-28 08:00", HT), brand=OWB, body=
    "Bonjou,\n\nNous voulons annuler le projet « Ti Kay Kreyol Restaurant » et récupérer l'acompte (OWD-2025-305) : "
    "le restaurant a été inondé jeudi et nous devons tout reconstruire avant de penser au site.\n\nMèsi pou "
    "konpreyansyon nou\nNadège Pierre-Louis\nTi Kay Kreyòl, Jacmel")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 elapsed time across zones: paid 2025-09-25 09:00 IST (03:30 UTC); email 2025-09-28 08:00 -04:00 = 12:00 UTC = 80 h 30 min > 72 h -> deny (reading both clocks naively would give 71 h).")

r.case("owd-jalon-non-commence-lux", OWB, [Mail(
    "Kirchberg Conseil IT <it@kirchberg-conseil.lu>", "Remboursement jalon 2 — OWD-2025-307",
    at("2025-09-23 14:20", FR), brand=OWB, body=
    "Bonjour,\n\nSuite à la reprise de notre société par un groupe belge, l'intranet sera remplacé par celui du "
    "groupe. Nous demandons donc le remboursement du jalon 2 (projet Kirchberg Conseil Intranet, facture "
    "OWD-2025-307), qui n'a pas encore démarré.\n\nMeilleures salutations\nLaurent Wagner, DSI\nKirchberg Conseil S.A.")],
    "decided", [R("approve", "28000.00")],
    spec="O3: milestone OWD-2025-307 not_started -> refund that milestone's amount 28000.00 before tax.")

r.case("owd-jalon-en-cours-strasbourg", OWB, [Mail(
    "Librairie Kléber Web <web@librairie-kleber.fr>", "Jalon boutique en ligne OWD-2025-308",
    at("2025-09-22 17:05", FR), brand=OWB, body=
    "Bonjour,\n\nNous souhaitons arrêter le jalon « catalogue » de la Librairie Kleber Boutique (OWD-2025-308) : "
    "notre distributeur nous fournit finalement un catalogue clé en main. Merci de rembourser la partie non réalisée.\n\n"
    "Cordialement\nOdile Weiss, Strasbourg")],
    "decided", [R("escalate")], extra_ok=True,
    spec="O3: milestone OWD-2025-308 in_progress -> escalate (value of work not started needs a person).")

r.case("owd-jalon-termine-metz", OWB, [Mail(
    "Mirabelles de Lorraine <contact@mirabelles-lorraine.fr>", "Remboursement maquettes OWD-2025-309",
    at("2025-09-16 09:45", FR), brand=OWB, body=
    "Bonjour,\n\nLes maquettes livrées pour « Mirabelles de Lorraine » (OWD-2025-309) ne plaisent finalement pas à "
    "notre nouvelle directrice marketing. Nous demandons le remboursement de ce jalon.\n\nBien à vous\nFrançois Thiriet, Metz")],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-309 completed -> deny (completed deliverables are non-refundable).")

r.case("owd-forfait-preavis-ok-lyon", OWB, [Mail(
    "Clinique Vétérinaire Croix-Rousse <veto.croixrousse@orange.fr>", "Résiliation contrat SEO — OWD-2025-310",
    at("2025-09-25 12:40", FR), brand=OWB, body=
    "Bonjour,\n\nNous résilions le contrat de référencement « Veto Croix-Rousse SEO » (dernière facture OWD-2025-310). "
    "Motif : la clinique rejoint un réseau national qui gère la communication de toutes ses cliniques.\n\n"
    "Cordialement\nDr Anne-Sophie Berthet")],
    "decided", [K("cancel", "2025-10-17")],
    spec="O4/O8: next_billing_at 2025-10-18; request 2025-09-25 <= 2025-10-11 -> cancel effective the day before, 2025-10-17.")

r.case("owd-forfait-preavis-court-marseille", OWB, [Mail(
    "Chez Sauveur <chezsauveur@wanadoo.fr>", "arreter les reseaux sociaux", at("2025-09-29 22:30", FR), brand=OWB, body=
    "Bonsoir\non arrete le contrat Chez Sauveur Reseaux Sociaux (facture OWD-2025-311), on a pas les moyens cette "
    "saison, la terrasse a fait moitie moins que l an dernier\nSauveur Castelli\nPizzeria Chez Sauveur, L'Estaque")],
    "decided", [K("cancel", "2025-11-03")],
    spec="O4: next_billing_at 2025-10-04, notice deadline 2025-09-27; request 2025-09-29 22:30 CEST = 2025-09-30 02:00 IST is late -> next cycle 2025-10-04..2025-11-03 billed, effective 2025-11-03.")

r.case("owd-forfait-deja-paye-lux", OWB, [Mail(
    "Boulangerie Wagner <contact@boulangerie-wagner.lu>", "Résiliation Boulangerie Wagner Social",
    at("2025-09-22 06:40", FR), brand=OWB, body=
    "Moien,\n\nNous résilions le suivi réseaux sociaux « Boulangerie Wagner Social » (factures OWD-2025-312 et "
    "OWD-2025-313). Raison : nous vendons la boulangerie au 31 octobre.\n\nMerci\nCarine Wagner, Bettembourg")],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: OWD-2025-313 already pays 2025-10-01..2025-10-31 and the notice (2025-09-22 vs 2025-10-01) is >= 7 days -> escalate.")

r.case("owd-hebergement-douala", OWB, [Mail(
    "Hôtel La Falaise <reservation@hotel-lafalaise-dla.cm>", "Résiliation hébergement et remboursement OWD-2025-314",
    at("2025-09-26 11:15", CM), brand=OWB, body=
    "Bonjour,\n\nNotre groupe hôtelier impose désormais son propre hébergeur. Nous résilions donc l'hébergement "
    "annuel « Hotel La Falaise Hebergement » démarré le 20/09 et demandons le remboursement au prorata prévu par vos "
    "conditions.\n\nCordialement\nGisèle Ndjock, Direction\nHôtel La Falaise, Bonanjo, Douala")],
    "decided", [R("approve", "11550.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-26 (day 6 <= 14): 14400 - 1800 - (12600/12 = 1050) x 1 = 11550.00.")

r.case("owd-maintenance-avant-debut-lyon", OWB, [Mail(
    "Théâtre des Pentes <admin@theatre-des-pentes.fr>", "Annulation contrat de maintenance OWD-2025-315",
    at("2025-09-29 14:30", FR), brand=OWB, body=
    "Bonjour,\n\nLa métropole vient de nous annoncer la baisse de notre subvention : nous annulons le contrat de "
    "maintenance annuel « Theatre des Pentes Maintenance » qui devait démarrer le 6 octobre, et demandons le "
    "remboursement selon vos conditions.\n\nBien cordialement\nAgnès Ruiz, administratrice")],
    "decided", [R("approve", "5775.00")], extra_ok=True,
    spec="O5 + s.8 before the service starts: consumed_months = 1; 7000 - 700 - (6300/12 = 525) = 5775.00.")

r.case("owd-hebergement-arrondi-tunis", OWB, [Mail(
    "Dar El Medina <contact@darelmedina.tn>", "Résiliation hébergement Dar El Medina", at("2025-09-30 10:20", TN),
    brand=OWB, body=
    "Bonjour,\n\nNous résilions l'hébergement annuel « Dar El Medina Hebergement » (facture OWD-2025-316), commencé "
    "le 25 septembre : l'Office du tourisme nous héberge gratuitement dans son portail. Merci de nous rembourser "
    "le prorata.\n\nCordialement\nMonia Jaziri, Médina de Tunis")],
    "decided", [R("approve", "9268.42")], extra_ok=True,
    spec="O5: service_start 2025-09-25, request 2025-09-30 (day 5); 11111 - 1000 - 10111/12 (842.5833...) = 9268.41666... -> 9268.42, rounded once (C6).")

r.case("owd-hebergement-j15-nancy", OWB, [Mail(
    "Fromagerie Stanislas <fromagerie.stan@orange.fr>", "Remboursement hébergement OWD-2025-317",
    at("2025-09-25 08:20", FR), brand=OWB, body=
    "Bonjour,\n\nNous arrêtons l'hébergement « Fromagerie Stanislas Hebergement » (OWD-2025-317) commencé le 10 "
    "septembre : notre fils a monté une boutique sur une plateforme tout compris. Pouvez-vous nous rembourser ?\n\n"
    "Bonne journée\nMichel et Brigitte Hennequin, Nancy")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-10, request 2025-09-25 = day 15 > 14 -> deny the refund.")

r.case("owd-licences-theme-rabat", OWB, [Mail(
    "Coopérative Argan Souss <coop.argan@menara.ma>", "Remboursement licences OWD-2025-318",
    at("2025-09-24 12:00", MA), brand=OWB, to="support@optimawebdesign.com", body=
    "Bonjour,\n\nPour la boutique « Cooperative Argan Souss Boutique », vous nous avez facturé le thème premium et "
    "les extensions WooCommerce (OWD-2025-318). Notre partenaire allemand nous offre finalement les licences. Nous "
    "demandons le remboursement.\n\nSalutations\nFatima Ait Lahcen, présidente")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-318 is third_party (premium theme, plugin licences) -> deny.")

r.case("owd-frais-installation-haiti", OWB, [Mail(
    "Radio Tèt Ansanm <radioteta@hainet.net>", "Frais de mise en service OWD-2025-319",
    at("2025-09-19 09:30", HT), brand=OWB, body=
    "Bonjour,\n\nOn nous a facturé des frais de mise en service (OWD-2025-319) pour le « Radio Tet Ansanm Site ». "
    "On trouve que c'est trop cher pour une petite radio communautaire, on aimerait être remboursés de ces frais.\n\n"
    "Kenbe fèm\nRoudy Augustin, Gonaïves")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-319 is a setup fee -> never refundable: deny.")

r.case("owd-c2-adresse-perso", OWB, [Mail(
    "Laurent Wagner <lolo.wagner@gmail.com>", "Kirchberg Conseil — remboursement jalon",
    at("2025-09-24 20:15", FR), brand=OWB, body=
    "Bonsoir, je vous écris de mon adresse perso (VPN du bureau en panne). Pouvez-vous rembourser le jalon "
    "OWD-2025-307 du projet Kirchberg Conseil Intranet (projet abandonné après rachat) et m'envoyer le récapitulatif "
    "des paiements du projet ?\n\nLaurent Wagner")],
    "need_info", rules=["C2"],
    spec="C2 (Optima): contract email it@kirchberg-conseil.lu, sent from a private gmail -> ask to write from the contract email, disclose nothing.")

r.case("owd-c4-mise-en-demeure", OWB, [Mail(
    "Traiteur Ben Salah <contact@traiteur-bensalah.fr>", "Mise en demeure — acompte Traiteur Ben Salah",
    at("2025-09-30 09:00", FR), brand=OWB, body=
    "Madame, Monsieur,\n\nJe vous mets en demeure de me rembourser l'acompte du projet « Traiteur Ben Salah » "
    "(facture OWD-2025-320) versé hier : nous renonçons au projet, notre associé se retire.\n\nÀ défaut de "
    "remboursement sous huit jours, je ferai opposition auprès de ma banque et confierai le dossier à mon avocat.\n\n"
    "Mehdi Ben Salah, Vénissieux")],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: formal notice, bank chargeback and lawyer -> escalate, although O2 alone would approve (paid 2025-09-29, within 72 h, no work).")

cave1 = Mail(
    "Cave Saint-Vincent <cave.stvincent@orange.fr>", "Résiliation contrat",
    at("2025-09-23 17:50", FR), brand=OWB, body=
    "Bonjour,\n\nPar la présente, nous résilions le contrat « Cave Saint-Vincent Retainer » (facture OWD-2025-321).\n\n"
    "Merci d'en accuser réception.\n\nSalutations vigneronnes\nFamille Hugel-Bott\nCave Saint-Vincent, Riquewihr\n"
    "L'abus d'alcool est dangereux pour la santé, à consommer avec modération.")
r.case("owd-resiliation-sans-motif", OWB, [cave1], "need_info", missing=["reason"],
       spec="s.8: Optima requires a reason for cancellations; the acknowledgement request, signature and legal health notice are not reasons -> ask for reason.")

cave1b = Mail(cave1.frm, cave1.subject, cave1.when, cave1.body, brand=OWB)
r.case("owd-fil-motif-fourni", OWB, [cave1b, Mail(
    "Cave Saint-Vincent <cave.stvincent@orange.fr>", "Re: Résiliation contrat", at("2025-09-25 08:15", FR), brand=OWB,
    body="Bonjour,\n\nLe motif : notre nièce termine son BTS communication et reprend la gestion du site et des "
         "réseaux.\n\nCordialement\n\nLe 24/09/2025 à 10:05, Optima WebDesign a écrit :\n> Merci de nous indiquer le "
         "motif de la résiliation.", reply=cave1b, refs_extra=["<fr-owd-cave-ask@optimawebdesign.com>"])],
    "decided", [K("cancel", "2025-10-18")],
    spec="C3 thread: reason supplied; request time = first email 2025-09-23 <= 2025-10-12 (next_billing_at 2025-10-19 minus 7) -> cancel effective the day before, 2025-10-18.")

r.case("owd-facture-manquante-plusieurs", OWB, [Mail(
    "Kirchberg Conseil IT <it@kirchberg-conseil.lu>", "Remboursement intranet", at("2025-09-22 16:00", FR),
    brand=OWB, body=
    "Bonjour,\n\nSuite au rachat de Kirchberg Conseil, le projet « Kirchberg Conseil Intranet » s'arrête. Merci de "
    "rembourser la tranche pas encore commencée. Je n'ai pas le numéro de facture sous la main.\n\nLaurent Wagner, DSI")],
    "need_info", missing=["invoice_number"],
    spec="C3: contract sender, project and reason given; the project has two payments, so the invoice is not filled from the ledger -> ask for invoice_number.")

r.case("owd-question-avant-signature", OWB, [Mail(
    "Aminatou Bello <aminatou.bello@yahoo.fr>", "Question sur vos conditions", at("2025-09-21 13:30", CM),
    brand=OWB, body=
    "Bonjour,\n\nNous envisageons de vous confier le site de notre ONG à Garoua. Si nous versons l'acompte et que "
    "le bailleur de fonds retire son financement, est-ce que l'acompte nous serait remboursé ?\n\nMerci pour votre "
    "réponse\nAminatou Bello")],
    "other", spec="s.8 hypothetical before signing: a policy question from a prospect, other.")

r.case("owd-resiliation-et-remboursement-mois-en-cours", OWB, [Mail(
    "Studio Yoga Confluence <hello@yoga-confluence.fr>", "Résiliation + remboursement septembre",
    at("2025-09-20 09:10", FR), brand=OWB, body=
    "Hello,\n\nNous résilions l'accompagnement « Studio Yoga Confluence » (facture OWD-2025-322) : nous fermons le "
    "studio de Confluence pour nous regrouper sur Croix-Rousse. Et comme on n'a presque rien utilisé ce mois-ci, "
    "merci de nous rembourser septembre.\n\nNamasté\nJulie Faure")],
    "decided", [K("cancel", "2025-10-14"), R("deny")],
    spec="O4: next_billing_at 2025-10-15, request 2025-09-20 (>= 7 days) -> cancel effective 2025-10-14; the current period is never refunded -> deny.")


# ---- addresses (s.8) and C7 (own address) ----
r.case("reply-to-ne-verifie-pas", LOB, [Mail(
    "Karim B <karim.benali.13@gmail.com>", "résiliation", at("2025-09-24 21:15", FR),
    "Wesh, je résilie mon abonnement mensuel, j'en ai plus besoin depuis que j'ai changé de boulot. Répondez sur "
    "mon adresse orange comme d'hab.\nKarim", headers={"Reply-To": "karim.benali@orange.fr"})],
    "need_info", rules=["C2"],
    spec="s.8: the sender is the From address (a gmail address); the Reply-To with the registered karim.benali@orange.fr never verifies -> C2.")

r.case("plus-tag-autre-adresse", LOB, [Mail(
    "Élise Koenig <elise.koenig+leadsoptima@orange.fr>", "Remboursement LO-INV-73282", at("2025-09-30 12:40", FR),
    "Bonjour,\n\nje complète mon message de ce matin : la facture LO-INV-73282 est bien celle en double (débitée "
    "deux fois le 29/09). Merci de me la rembourser.\n\nÉlise Koenig")],
    "need_info", rules=["C2"],
    spec="s.8: a +tag makes another address; elise.koenig+leadsoptima@orange.fr is not the registered elise.koenig@orange.fr -> C2.")

r.case("adresse-maison-optima", OWB, [Mail(
    "Optima WebDesign Facturation <billing@optimawebdesign.com>", "Avis de remboursement OWD-2025-303",
    at("2025-09-29 11:00", (5, 30)),
    "Bonjour,\n\nLe remboursement de l'acompte OWD-2025-303 (Riad Dar Zitoun Reservations) a été initié.\n\n"
    "Service facturation — Optima WebDesign", brand=OWB)],
    "ignore", rules=["C7"], spec="C7: mail from the brand's own address (billing@optimawebdesign.com) -> ignore.")

r.write(ledger)
