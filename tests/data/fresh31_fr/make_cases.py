"""fresh31_fr: French held-out cases (Burgundy/Franche-Comté, Normandy, New Caledonia/Tahiti, Benin/Togo, Gabon,
Louisiana; French written by Portuguese speakers). Stdlib only, deterministic.
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
FR = 2      # CEST: metropolitan France in September 2025
NC = 11     # New Caledonia
PF = -10    # Tahiti (French Polynesia)
BJ = 1      # Benin, Gabon (WAT)
TG = 0      # Togo (GMT)
LA = -5     # Louisiana (CDT)
PT = 1      # Portugal (WEST)

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "fr")


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), ROUND_HALF_UP))


def ldate(paid, off):
    return local(paid, off).date().isoformat()


def lo(pid, inv, email, plan, amt, paid, ps, pe, status="paid"):
    PAY.append(lopay(pid, inv, email, plan, *amt, paid, ps, pe, status=status))


# ======================= LeadsOptima ledger =======================
C += [
    cust("contact@domaine-morey.fr", "Domaine Morey-Gagnard", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("gestion@nautisme-noumea.nc", "Nautisme Nouméa SARL", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("teva.tehei@mail.pf", "Teva Tehei", "annual", start="2025-09-20", end="2026-09-19"),
    cust("cidrerie.lecoq@orange.fr", "Cidrerie Lecoq", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("atelier@horlogerie-besancon.fr", "Atelier Horloger Vuillemin", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("direction@okoume-services.ga", "Okoumé Services", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("info@cotonou-imprim.bj", "Cotonou Imprim", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("boudreaux.realty@bellsouth.net", "Boudreaux Realty", "quarterly", start="2025-09-26", end="2025-12-25"),
    cust("secretariat@kine-caen.fr", "Cabinet de kinésithérapie du Vaugueux", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("asso.lumiere@lome-ong.tg", "ONG Lumière Lomé", "quarterly", start="2025-09-26", end="2025-12-25"),
    cust("gerard.moinet@wanadoo.fr", "Gérard Moinet", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("fatima.pereira@free.fr", "Fátima Pereira", "monthly", status="trial", trial_ends="2025-10-06"),
    cust("hello@lebrun-dev.fr", "Julien Lebrun", "annual", start="2025-02-01", end="2026-01-31"),
    cust("contact@pirogue-lifou.nc", "Pirogue Lifou Tours", "quarterly"),
    cust("bureau@creche-les-lutins.fr", "Association Crèche Les Lutins", "annual"),
    cust("amandine@fromagerie-arbois.fr", "Fromagerie d'Arbois", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("direction@hotel-falaises.fr", "Hôtel des Falaises", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("contabilidade@silva-batiment.fr", "Silva Bâtiment", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("c.tissot@jura-bois.fr", "Jura Bois", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("reception@dentiste-macon.fr", "Cabinet dentaire de Mâcon", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("p.raharison@cabinet-ogooue.ga", "Cabinet Ogooué Conseil", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("j.hebert@cajun-tours.com", "Cajun Tours", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("marie.leblanc@papeete-immo.pf", "Papeete Immo", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("k.agbodjan@gmail.com", "Komi Agbodjan", "annual", start="2025-09-27", end="2026-09-26"),
    cust("mairie@saint-vaast-bourg.fr", "Comité des fêtes de Saint-Vaast", "quarterly", start="2025-09-27", end="2025-12-26"),
    cust("b.roussel@laposte.net", "Bernadette Roussel", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("contact@ecurie-du-perche.fr", "Écurie du Perche", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("info@brasserie-dole.fr", "Brasserie de Dole", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("sandra.mendes@sapo.pt", "Sandra Mendes", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("admin@port-gentil-logistique.ga", "Port-Gentil Logistique", "quarterly", start="2025-09-25", end="2025-12-24"),
    cust("contact@gite-auge.fr", "Gîte du Pays d'Auge", "annual", start="2025-09-26", end="2026-09-25"),
    cust("hinano.teriierooiterai@gmail.com", "Hinano Teriierooiterai", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("lucie.girard@nordnet.fr", "Lucie Girard", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("antonio.costa@costa-peinture.fr", "Costa Peinture", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("p.guidry@guidry-fils.com", "Guidry & Fils", "monthly", start="2025-09-09", end="2025-10-08"),
]
lo("fr31_p01", "LO-INV-94101", "contact@domaine-morey.fr", "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lo("fr31_p02", "LO-INV-94102", "contact@domaine-morey.fr", "monthly", M, "2025-09-23T10:01:00", "2025-09-23", "2025-10-22")
lo("fr31_p03", "LO-INV-94111", "gestion@nautisme-noumea.nc", "quarterly", Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21")
lo("fr31_p04", "LO-INV-94112", "gestion@nautisme-noumea.nc", "quarterly", Q, "2025-09-22T09:02:00", "2025-09-22", "2025-12-21")
lo("fr31_p05", "LO-INV-94121", "teva.tehei@mail.pf", "annual", A, "2025-09-20T20:00:00", "2025-09-20", "2026-09-19")
lo("fr31_p06", "LO-INV-94122", "teva.tehei@mail.pf", "annual", A, "2025-09-20T20:01:00", "2025-09-20", "2026-09-19")
lo("fr31_p07", "LO-INV-94131", "cidrerie.lecoq@orange.fr", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lo("fr31_p08", "LO-INV-94132", "cidrerie.lecoq@orange.fr", "monthly", M, "2025-09-26T09:01:00", "2025-09-26", "2025-10-25")
lo("fr31_p09", "LO-INV-94133", "cidrerie.lecoq@orange.fr", "monthly", M, "2025-09-26T09:02:00", "2025-09-26", "2025-10-25")
lo("fr31_p10", "LO-INV-94141", "atelier@horlogerie-besancon.fr", "monthly", M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
lo("fr31_p11", "LO-INV-94151", "direction@okoume-services.ga", "monthly", ("1899.00", "341.82"), "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lo("fr31_p12", "LO-INV-94161", "info@cotonou-imprim.bj", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lo("fr31_p13", "LO-INV-94171", "boudreaux.realty@bellsouth.net", "quarterly", Q, "2025-09-26T20:00:00", "2025-09-26", "2025-12-25")
lo("fr31_p14", "LO-INV-94181", "secretariat@kine-caen.fr", "monthly", M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
lo("fr31_p15", "LO-INV-94191", "asso.lumiere@lome-ong.tg", "quarterly", Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
lo("fr31_p16", "LO-INV-94201", "gerard.moinet@wanadoo.fr", "monthly", M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
lo("fr31_p17", "LO-INV-94211", "hello@lebrun-dev.fr", "annual", A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
lo("fr31_p18", "LO-INV-94220", "contact@pirogue-lifou.nc", "quarterly", Q, "2025-05-05T10:00:00", None, None)
lo("fr31_p19", "LO-INV-94221", "contact@pirogue-lifou.nc", "quarterly", Q, "2025-08-05T10:00:00", None, None)
lo("fr31_p20", "LO-INV-94231", "bureau@creche-les-lutins.fr", "annual", A, "2024-10-14T19:45:00+00:00", None, None)
lo("fr31_p21", "LO-INV-94241", "amandine@fromagerie-arbois.fr", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")
lo("fr31_p22", "LO-INV-94251", "direction@hotel-falaises.fr", "quarterly", Q, "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
lo("fr31_p23", "LO-INV-94261", "contabilidade@silva-batiment.fr", "monthly", M, "2025-08-20T09:00:00", "2025-08-20", "2025-09-19")
lo("fr31_p24", "LO-INV-94262", "contabilidade@silva-batiment.fr", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
lo("fr31_p25", "LO-INV-94271", "c.tissot@jura-bois.fr", "monthly", M, "2025-08-23T09:00:00", "2025-08-23", "2025-09-22")
lo("fr31_p26", "LO-INV-94272", "c.tissot@jura-bois.fr", "monthly", ("1999.00", "359.82"), "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
lo("fr31_p27", "LO-INV-94281", "reception@dentiste-macon.fr", "monthly", M, "2025-08-24T09:00:00", "2025-08-24", "2025-09-23")
lo("fr31_p28", "LO-INV-94282", "reception@dentiste-macon.fr", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
lo("fr31_p29", "LO-INV-94291", "p.raharison@cabinet-ogooue.ga", "monthly", M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
lo("fr31_p30", "LO-INV-94292", "p.raharison@cabinet-ogooue.ga", "monthly", M, "2025-09-19T09:01:00", "2025-09-19", "2025-10-18")
lo("fr31_p31", "LO-INV-94301", "j.hebert@cajun-tours.com", "monthly", M, "2025-09-22T20:00:00", "2025-09-22", "2025-10-21")
lo("fr31_p32", "LO-INV-94302", "j.hebert@cajun-tours.com", "monthly", M, "2025-09-22T20:00:50", "2025-09-22", "2025-10-21")
lo("fr31_p33", "LO-INV-94311", "marie.leblanc@papeete-immo.pf", "quarterly", Q, "2025-09-24T20:00:00", "2025-09-24", "2025-12-23")
lo("fr31_p34", "LO-INV-94321", "k.agbodjan@gmail.com", "annual", A, "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
lo("fr31_p35", "LO-INV-94322", "k.agbodjan@gmail.com", "annual", A, "2025-09-27T10:02:00", "2025-09-27", "2026-09-26")
lo("fr31_p36", "LO-INV-94331", "mairie@saint-vaast-bourg.fr", "quarterly", Q, "2025-09-27T09:00:00", "2025-09-27", "2025-12-26")
lo("fr31_p37", "LO-INV-94332", "mairie@saint-vaast-bourg.fr", "quarterly", Q, "2025-09-27T09:01:00", "2025-09-27", "2025-12-26")
lo("fr31_p38", "LO-INV-94341", "b.roussel@laposte.net", "monthly", M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
lo("fr31_p39", "LO-INV-94351", "contact@ecurie-du-perche.fr", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
lo("fr31_p40", "LO-INV-94361", "info@brasserie-dole.fr", "monthly", M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
lo("fr31_p41", "LO-INV-94362", "info@brasserie-dole.fr", "monthly", M, "2025-09-18T09:01:00", "2025-09-18", "2025-10-17", status="refunded")
lo("fr31_p42", "LO-INV-94371", "sandra.mendes@sapo.pt", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lo("fr31_p43", "LO-INV-94372", "sandra.mendes@sapo.pt", "monthly", M, "2025-09-26T09:01:00", "2025-09-26", "2025-10-25")
lo("fr31_p44", "LO-INV-94381", "admin@port-gentil-logistique.ga", "quarterly", Q, "2025-09-25T12:00:00", "2025-09-25", "2025-12-24")
lo("fr31_p45", "LO-INV-94382", "admin@port-gentil-logistique.ga", "quarterly", Q, "2025-09-25T12:01:00", "2025-09-25", "2025-12-24")
lo("fr31_p46", "LO-INV-94391", "contact@gite-auge.fr", "annual", A, "2025-09-26T09:00:00", "2025-09-26", "2026-09-25")
lo("fr31_p47", "LO-INV-94392", "contact@gite-auge.fr", "annual", A, "2025-09-26T09:02:00", "2025-09-26", "2026-09-25")
lo("fr31_p48", "LO-INV-94401", "hinano.teriierooiterai@gmail.com", "monthly", M, "2025-09-12T20:00:00", "2025-09-12", "2025-10-11")
lo("fr31_p49", "LO-INV-94411", "lucie.girard@nordnet.fr", "monthly", M, "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
lo("fr31_p50", "LO-INV-94421", "antonio.costa@costa-peinture.fr", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lo("fr31_p51", "LO-INV-94431", "p.guidry@guidry-fils.com", "monthly", M, "2025-09-09T20:00:00", "2025-09-09", "2025-10-08")


def lcase(name, mails, status, decisions=(), **kw):
    r.case(name, LOB, mails, status, decisions, **kw)


def ocase(name, mails, status, decisions=(), **kw):
    r.case(name, OWB, mails, status, decisions, **kw)


# ---- L4 duplicates, L3 windows across zones ----
m = Mail("Domaine Morey-Gagnard <contact@domaine-morey.fr>", "Prélèvement en double", at("2025-09-25 17:30", FR),
         "Bonjour,\n\nEn faisant le rapprochement bancaire ce matin, notre comptable a vu que l'abonnement mensuel a été "
         "débité deux fois le 23 septembre (2 x 1 499,00 roupies HT). La deuxième facture porte le numéro lo-inv-94102. "
         "Merci de nous rembourser ce doublon.\n\nBien cordialement,\n\nClaire Morey\nDomaine Morey-Gagnard\n"
         "Vins de Bourgogne - Chassagne-Montrachet (21)")
check(day_no("2025-09-23T10:01:00", m.when) == 2, "l01")
lcase("bourgogne-domaine-doublon", [m], "decided", [R("approve", "1499.00")],
      spec="L2 duplicate + L4: fr31_p01/p02 same account, amount, period on 2025-09-23; request 2025-09-25 (day 2); refund the later LO-INV-94102 ('lo-inv-94102', s.8) = 1499.00.")

m = Mail("Nautisme Nouméa <gestion@nautisme-noumea.nc>", "Double prélèvement trimestriel", at("2025-09-30 01:30", NC),
         "Bonjour,\n\nJe sais qu'il est tard et que ça fait déjà 8 jours, mais je viens seulement de recevoir le relevé de "
         "la BCI : l'abonnement trimestriel a été prélevé deux fois le 22/09 (LO-INV-94111 et LO-INV-94112). Merci de "
         "rembourser la deuxième, LO-INV-94112.\n\nCordialement,\nStéphane Wamytan\nNautisme Nouméa SARL - Port Moselle")
check(ldate("2025-09-22T09:02:00", NC) == "2025-09-22", "l02 local")
check(day_no("2025-09-22T09:02:00", m.when) == 7, "l02")
lcase("noumea-jour7-fuseau", [m], "decided", [R("approve", "3999.00")],
      spec="L3 in the brand zone: charge 2025-09-22 09:02 IST (14:32 in Nouméa); email 2025-09-30 01:30 +11:00 = 2025-09-29 20:00 IST = day 7, inside, although it is day 8 in Nouméa -> L4 approve LO-INV-94112 = 3999.00.")

m = Mail("Teva Tehei <teva.tehei@mail.pf>", "Ia ora na - abonnement annuel payé 2 fois", at("2025-09-27 16:00", PF),
         "Ia ora na,\n\nL'abonnement annuel a été débité deux fois le samedi 20 septembre, LO-INV-94121 et LO-INV-94122, "
         "11 988 roupies chacun. Ça fait tout juste une semaine, je suis dans les temps je pense. Remboursez svp la "
         "deuxième (94122).\n\nMāuruuru\nTeva Tehei\nPension Fare Tehei, Huahine")
check(ldate("2025-09-20T20:01:00", PF) == "2025-09-20", "l03 local")
check(day_no("2025-09-20T20:01:00", m.when) == 8, "l03")
lcase("tahiti-jour8-fuseau", [m], "decided", [R("deny")],
      spec="L3 in the brand zone: charge 2025-09-20 20:01 IST (04:31 on the 20th in Tahiti); email Sat 2025-09-27 16:00 -10:00 = 2025-09-28 07:30 IST = day 8 > 7 -> deny, although it is day 7 in Huahine.")

m = Mail("Cidrerie Lecoq <cidrerie.lecoq@orange.fr>", "prélevé 3 fois !!", at("2025-09-28 10:20", FR),
         "Bonjour\n\nVous avez prélevé l'abonnement mensuel TROIS fois le vendredi 26/09 : LO-INV-94131, LO-INV-94132 et "
         "LO-INV-94133. Une seule suffit, merci de rembourser les deux autres (94132 et 94133) sur la carte.\n\n"
         "Cordialement\nYves Lecoq\nCidrerie Lecoq - Cambremer (Calvados)\nEnvoyé de mon iPad")
check(day_no("2025-09-26T09:02:00", m.when) == 2, "l04")
lcase("normandie-cidrerie-triple", [m], "decided", [R("approve", "2998.00")],
      spec="s.8 three identical charges on Fri 2025-09-26; request day 2: every charge after the first is a duplicate, 2 x 1499.00 = 2998.00.")

m = Mail("Atelier Vuillemin <atelier@horlogerie-besancon.fr>", "Débit en double ?", at("2025-09-27 11:45", FR),
         "Bonjour,\n\nSur le compte de l'atelier je vois deux débits LeadsOptima le 25/09, chacun de 1 499 roupies. Je "
         "n'ai reçu qu'une facture (LO-INV-94141). Pouvez-vous rembourser le débit en double ?\n\nBien à vous,\n"
         "Pierre Vuillemin\nAtelier horloger Vuillemin, Besançon")
check(day_no("2025-09-25T11:00:00", m.when) == 2, "l05")
lcase("besancon-doublon-sans-paire", [m], "decided", [R("escalate")],
      spec="L4: duplicate claimed inside the window but the ledger holds only one paid charge for the account -> escalate, no amount.")

# ---- L5, L6 ----
m = Mail("Okoumé Services - Direction <direction@okoume-services.ga>", "Montant erroné facture LO-INV-94151", at("2025-09-26 09:40", BJ),
         "Bonjour,\n\nNous avons souscrit la formule mensuelle à 1 499 roupies mais la facture LO-INV-94151 du 24/09 est de "
         "1 899 roupies. Ce n'est pas le bon montant. Merci de corriger et de nous rembourser.\n\nCordialement,\n"
         "Hervé Ndong Obiang\nDirecteur général\nOkoumé Services SA - Libreville, Gabon")
check(ldate("2025-09-24T10:00:00", BJ) == "2025-09-24", "l06")
lcase("gabon-mauvais-montant", [m], "decided", [R("escalate")],
      spec="L2 billing_error (wrong amount: 1899.00 charged) inside L3 (charge 2025-09-24, request 2025-09-26) -> L5 escalate, no amount.")

m = Mail("Cotonou Imprim <info@cotonou-imprim.bj>", "Prélèvement après résiliation", at("2025-09-27 12:10", BJ),
         "Bonjour,\n\nJ'avais résilié notre abonnement au début du mois via Billing > Cancel Plan, mais vous avez encore "
         "débité notre carte le 25/09 (facture LO-INV-94161). Nous demandons le remboursement de ce prélèvement fait "
         "après la résiliation.\n\nMerci d'avance\nAdjoa Houngbédji\nCotonou Imprim - Akpakpa, Cotonou")
lcase("benin-apres-resiliation", [m], "decided", [R("escalate")],
      spec="L2 billing_error (charged after cancelling) inside L3 (2025-09-25 -> 2025-09-27) -> L5 escalate. The earlier cancellation is a past event.")

m = Mail("Boudreaux Realty <boudreaux.realty@bellsouth.net>", "Pas capable de me connecter", at("2025-09-28 08:15", LA),
         "Bonjour,\n\nÇa fait depuis vendredi que je suis pas capable de me connecter sur LeadsOptima, la page reste "
         "blanche, même sus l'ordinateur de ma fille. J'ai payé le trimestre le 26 (facture LO-INV-94171). Asteur "
         "j'ai besoin de mon argent back si ça marche pas.\n\nMerci bien,\nRené Boudreaux\nBoudreaux Realty - Breaux Bridge, Louisiane")
check(ldate("2025-09-26T20:00:00", LA) == "2025-09-26", "l08 local")
check(day_no("2025-09-26T20:00:00", m.when) == 2, "l08")
lcase("louisiane-pas-capable", [m], "decided", [R("escalate")],
      spec="L2 access_failure (cannot log in since Friday) inside L3: charge 2025-09-26 20:00 IST (09:30 CDT on the 26th), email Sun 2025-09-28 08:15 CDT = 18:45 IST, day 2 -> L6 escalate. Cajun French ('asteur', 'sus', 'back').")

m = Mail("Cabinet de kinésithérapie du Vaugueux <secretariat@kine-caen.fr>", "Accès impossible - remboursement",
         at("2025-09-25 12:40", FR),
         "Bonjour,\n\nDepuis notre abonnement du 15 septembre, nous n'arrivons pas à accéder au tableau de bord, il ne se "
         "charge pas. Entre les patients je n'ai pas pu vous écrire plus tôt. Nous demandons le remboursement de la "
         "facture LO-INV-94181.\n\nCordialement,\nSéverine Marie, secrétaire\nCabinet de kinésithérapie du Vaugueux - Caen\n\n"
         "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.")
check(day_no("2025-09-15T09:00:00", m.when) == 10, "l09")
lcase("caen-kine-trop-tard", [m], "decided", [R("deny")],
      spec="L2 access_failure but L3: charge 2025-09-15, request 2025-09-25 = day 10 > 7 -> deny citing the 7-day rule.")

# ---- L1, L7 ----
m = Mail("ONG Lumière <asso.lumiere@lome-ong.tg>", "Demande de remboursement", at("2025-09-29 10:30", TG),
         "Bonjour,\n\nNotre conseil d'administration estime que l'abonnement trimestriel (facture LO-INV-94191) est trop "
         "cher pour une petite ONG comme la nôtre ; nos bailleurs n'ont pas validé la dépense. Nous sollicitons donc "
         "le remboursement.\n\nVeuillez agréer nos salutations distinguées.\n\nAfi Mensah\nTrésorière, ONG Lumière - Lomé, Togo")
lcase("togo-ong-trop-cher", [m], "decided", [R("deny")],
      spec="L1: too expensive / donors did not approve is none of the L2 reasons -> deny, cancellation offered.")

m = Mail("Gérard Moinet <gerard.moinet@wanadoo.fr>", "résiliation", at("2025-09-24 15:10", FR),
         "Madame, Monsieur,\n\nRetraité depuis peu, j'avais souscrit votre abonnement sur les conseils de mon gendre pour "
         "mes ventes de miel. Je ne m'en sers pratiquement pas, c'est trop compliqué pour moi. Je souhaite arrêter "
         "l'abonnement et être remboursé du mois de septembre.\n\nVeuillez agréer, Madame, Monsieur, mes salutations "
         "distinguées.\n\nGérard Moinet\nAuxerre (Yonne)")
lcase("auxerre-retraite-deux-demandes", [m], "decided", [R("deny"), K("cancel", "2025-10-18")],
      spec="Both intents: refund L1 deny (hardly used, too complicated); the account's one payment LO-INV-94201 is the charge. Cancellation L8: current_period_end 2025-10-18.")

m = Mail("Fátima Pereira <fatima.pereira@free.fr>", "rembourssement", at("2025-09-30 09:20", FR),
         "Bom dia, bonjour,\n\nje suis en période d'essai de la formule mensuelle mais je vois sur mon compte bancaire une "
         "autorisation de LeadsOptima. Je veux pas payer, je demande le rembourssement. L'essai c'est gratuit non ?\n\n"
         "Obrigada, merci\nFátima Pereira\nCoiffure Fátima - Montbéliard")
lcase("portugaise-essai-gratuit", [m], "decided", [R("deny")],
      spec="L7: trial account (trial_ends 2025-10-06), no charges in the ledger -> deny, no billing unless they subscribe. French by a Portuguese speaker ('rembourssement', 'Bom dia').")

# ---- L8 ----
m = Mail("Julien Lebrun <hello@lebrun-dev.fr>", "Résiliation abonnement annuel", at("2025-09-29 21:50", FR),
         "Bonsoir,\n\nJe résilie mon abonnement annuel. Freelance dev à Rouen, je viens de signer un CDI chez un client "
         "et je n'ai plus besoin de prospecter.\n\nBonne soirée,\nJulien Lebrun\n--\nLebrun Dev - développement web, Rouen")
lcase("rouen-freelance-resiliation", [m], "decided", [K("cancel", "2026-01-31")],
      spec="L8: cancel, active until current_period_end 2026-01-31; no refund asked.")

m = Mail("Pirogue Lifou Tours <contact@pirogue-lifou.nc>", "Arrêt abonnement", at("2025-09-24 14:00", NC),
         "Bonjour,\n\nMerci d'arrêter notre abonnement trimestriel. Les croisières s'arrêtent pendant la saison cyclonique "
         "et nous n'avons plus besoin de l'outil.\n\nOlé (merci en drehu)\nWaneissi Hnaej\nPirogue Lifou Tours, Lifou")
lcase("lifou-fallback-trimestre", [m], "decided", [K("cancel", "2025-11-04")],
      spec="L8 fallback: no current_period in the ledger; last charge 2025-08-05 (quarterly) + 3 months - 1 day = 2025-11-04.")

check(local("2024-10-14T19:45:00+00:00", (5, 30)).date().isoformat() == "2024-10-15", "l15 offset")
m = Mail("Crèche Les Lutins - Bureau <bureau@creche-les-lutins.fr>", "Résiliation", at("2025-09-22 18:40", FR),
         "Bonsoir,\n\nLe bureau de l'association a voté la résiliation de notre abonnement annuel à son échéance. La "
         "commune reprend la communication de la crèche.\n\nPour le bureau,\nNathalie Perrin, présidente\n"
         "Association Crèche Les Lutins - Dole (Jura)")
lcase("dole-creche-fallback-offset", [m], "decided", [K("cancel", "2025-10-14")],
      spec="L8 fallback with an offset (s.8): last charge 2024-10-14T19:45Z = 2024-10-15 01:15 IST, local date 2024-10-15 + 12 months - 1 day = 2025-10-14 (not 2025-10-13).")

# ---- C2 ----
m = Mail("Amandine Girardot <amandine.girardot@gmail.com>", "Résilier abonnement fromagerie", at("2025-09-26 19:30", FR),
         "Bonsoir,\n\nJ'écris de ma boîte perso car je n'ai pas accès à celle de la fromagerie ce soir. Notre compte est "
         "au nom de amandine@fromagerie-arbois.fr. Merci de résilier l'abonnement et de me dire combien nous avons payé "
         "depuis le début.\n\nAmandine Girardot, Fromagerie d'Arbois (Jura)")
lcase("c2-arbois-gmail", [m], "need_info", rules=["C2"],
      spec="C2: names the registered amandine@fromagerie-arbois.fr, writes from a private gmail address -> ask to write from the registered address; no account details.")

m = Mail("Réception Hôtel des Falaises <reception@hotel-falaises.fr>", "TR: abonnement LeadsOptima", at("2025-09-23 11:10", FR),
         "Bonjour, voir ci-dessous la demande de la direction. Cordialement, Mélanie\n\n"
         "-----Message d'origine-----\nDe : Direction Hôtel des Falaises <direction@hotel-falaises.fr>\n"
         "Envoyé : mardi 23 septembre 2025 09:02\nÀ : Réception <reception@hotel-falaises.fr>\n"
         "Objet : abonnement LeadsOptima\n\nMélanie, pouvez-vous écrire à LeadsOptima pour résilier l'abonnement "
         "trimestriel (compte direction@hotel-falaises.fr) ? Nous passons par la centrale de réservation.\nF. Lemonnier")
lcase("c2-etretat-transfert-outlook", [m], "need_info", rules=["C2"],
      spec="s.8 forward (TR: + '-----Message d'origine-----') + C2: the forwarded request names direction@hotel-falaises.fr; the sender is reception@ -> ask for it from the registered address.")

m = Mail("Silva Bâtiment <silva.batiment@gmail.com>", "facture septembre", at("2025-09-22 08:30", FR),
         "Bonjour,\n\nla facture LO-INV-94262 de septembre le montant est pas bon, c'est plus que le prix convenu. Pode "
         "reembolsar? Le compte chez vous c'est contabilidade@silva-batiment.fr, répondez là-bas svp.\n\nObrigado\nManuel Silva\nSilva Bâtiment, Chalon-sur-Saône",
         headers={"Reply-To": "contabilidade@silva-batiment.fr"})
lcase("c2-reply-to-silva", [m], "need_info", rules=["C2"],
      spec="s.8: the sender is the From address (a gmail address unknown to the ledger); the account named in the mail and in Reply-To is contabilidade@silva-batiment.fr; Reply-To never verifies -> C2, nothing disclosed.")

# ---- C3 ----
m = Mail("Jura Bois <c.tissot@jura-bois.fr>", "Trop prélevé", at("2025-09-25 14:05", FR),
         "Bonjour,\n\nOn nous a prélevé plus que le prix de l'abonnement mensuel, le montant ne correspond pas. Merci de "
         "nous rembourser la différence.\n\nCordialement\nChristophe Tissot\nJura Bois SARL, Champagnole")
lcase("jura-montant-sans-facture", [m], "need_info", missing=["invoice_number"],
      spec="C3: verified sender, plan from the ledger, reason (wrong amount); two payments on the account and no invoice -> ask for invoice_number.")

m1 = Mail("Cabinet dentaire de Mâcon <reception@dentiste-macon.fr>", "Remboursement abonnement", at("2025-09-26 09:15", FR),
          "Bonjour,\n\nNous n'arrivons plus à nous connecter à LeadsOptima depuis mercredi, l'écran de connexion tourne en "
          "boucle. Nous souhaitons être remboursés. Je n'ai pas le numéro de facture sous la main.\n\nCordialement,\n"
          "Aurélie, accueil\nCabinet dentaire de Mâcon")
m2 = Mail("Cabinet dentaire de Mâcon <reception@dentiste-macon.fr>", "RE: Remboursement abonnement [LO-4215]", at("2025-09-29 10:00", FR),
          "Bonjour,\n\nLe numéro est LO-INV-94282.\n\nCordialement,\nAurélie\n\n"
          "Le ven. 26 sept. 2025 à 12:30, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
          "> Merci de nous indiquer le numéro de facture.", reply=m1, refs_extra=["<lo-4215-ask@leadsoptima.com>"])
check(day_no("2025-09-24T09:00:00", m1.when) == 2, "l20")
lcase("macon-fil-facture", [m1, m2], "decided", [R("escalate")],
      spec="C3 thread: invoice supplied in the answer; request time = first email 2025-09-26 (day 2 after 2025-09-24); access_failure -> L6 escalate.")

m = Mail("Cabinet Ogooué Conseil <p.raharison@cabinet-ogooue.ga>", "LO-INV-94292", at("2025-09-22 08:50", BJ),
         "Bonjour,\n\nMerci de procéder au remboursement de la facture LO-INV-94292.\n\nSalutations,\nPatrice Raharison\n"
         "Cabinet Ogooué Conseil - Libreville")
lcase("libreville-sans-motif", [m], "need_info", missing=["reason"],
      spec="C3: invoice given, verified, plan from ledger; 'merci de procéder au remboursement' restates the request -> ask for reason.")

m1 = Mail("Cajun Tours <j.hebert@cajun-tours.com>", "Refund LO-INV-94302", at("2025-09-24 07:40", LA),
          "Bonjour,\n\nS'il vous plaît remboursez la facture LO-INV-94302.\n\nJolène Hébert\nCajun Tours, Lafayette")
m2 = Mail("Cajun Tours <j.hebert@cajun-tours.com>", "Re: Refund LO-INV-94302 [LO-4219]", at("2025-09-26 09:10", LA),
          "Bonjour,\n\nLa raison : vous m'avez chargé deux fois le 22 septembre, 94301 et 94302 c'est le même mois. La 94302 "
          "est de trop.\n\nMerci,\nJolène\n\nOn Thu, Sep 25, 2025 at 2:05 AM LeadsOptima Support <support@leadsoptima.com> wrote:\n"
          "> Merci de nous indiquer le motif de votre demande.", reply=m1, refs_extra=["<lo-4219-ask@leadsoptima.com>"])
check(ldate("2025-09-22T20:00:50", LA) == "2025-09-22", "l22 local")
check(day_no("2025-09-22T20:00:50", m1.when) == 2, "l22")
lcase("lafayette-fil-motif", [m1, m2], "decided", [R("approve", "1499.00")],
      spec="C3 thread: reason (charged twice on 2025-09-22) supplied; request time = first email 2025-09-24 07:40 CDT = 18:10 IST (day 2) -> L4 approve LO-INV-94302 = 1499.00.")

# ---- C4 ----
m = Mail("Papeete Immo <marie.leblanc@papeete-immo.pf>", "Accès + opposition", at("2025-09-26 09:30", PF),
         "Bonjour,\n\nDepuis le paiement du 24 septembre (LO-INV-94311), impossible de nous connecter. Si je ne suis pas "
         "remboursée d'ici lundi, je fais opposition et je lance un chargeback auprès de la Banque de Tahiti.\n\n"
         "Marie Leblanc\nPapeete Immo")
check(ldate("2025-09-24T20:00:00", PF) == "2025-09-24", "l23 local")
lcase("c4-papeete-chargeback", [m], "decided", [R("escalate")], rules=["C4"],
      spec="C4: chargeback threat -> escalate (L6 would escalate too; C4 must be in the trace).")

m = Mail("Komi Agbodjan <k.agbodjan@gmail.com>", "Double débit + résiliation", at("2025-09-28 13:15", TG),
         "Bonjour,\n\nVous avez prélevé l'abonnement annuel deux fois le 27/09 (LO-INV-94321 et LO-INV-94322). Je résilie "
         "tout de suite et j'exige le remboursement. Mon avocat à Lomé est déjà au courant du dossier.\n\nKomi Agbodjan")
lcase("c4-lome-avocat-deux-demandes", [m], "decided", [R("escalate"), K("escalate")], rules=["C4"],
      spec="C4 covers the whole case (s.8): a lawyer is named -> refund and cancellation both escalate, although L4 would approve 11988.00.")

m = Mail("Comité des fêtes <mairie@saint-vaast-bourg.fr>", "double prélèvement", at("2025-09-29 16:40", FR),
         "Bonjour,\n\nL'abonnement trimestriel du comité a été prélevé deux fois le 27/09 (LO-INV-94331 et LO-INV-94332). "
         "Je ne veux pas faire opposition ni contester auprès de la banque, je préfère régler ça avec vous : merci de "
         "rembourser la deuxième, 94332.\n\nBien à vous\nJean-Yves Hamel, trésorier\nComité des fêtes de Saint-Vaast-la-Hougue")
check(day_no("2025-09-27T09:01:00", m.when) == 2, "l25")
lcase("c4-exclu-saint-vaast", [m], "decided", [R("approve", "3999.00")],
      spec="s.8 negation: the customer rules a bank dispute out ('je ne veux pas faire opposition ni contester') -> no C4; L4 pair on 2025-09-27, day 2 -> approve 3999.00.")

# ---- C7 ----
m = Mail("Bernadette Roussel <b.roussel@laposte.net>", "Réponse automatique : Votre facture LO-INV-94341", at("2025-09-21 06:00", FR),
         "Bonjour,\nJe suis absente jusqu'au 3 octobre et n'ai pas accès à ma messagerie. Pour toute urgence, contactez "
         "le 03 85 00 00 00.\nBernadette Roussel", headers={"Auto-Submitted": "auto-replied"})
lcase("c7-absence", [m], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

m = Mail("postmaster@orange.fr", "Non remis : résiliation", at("2025-09-26 04:12", FR),
         "Ce message n'a pas pu être remis aux destinataires suivants :\n\nancien.compte@orange.fr",
         dsn=[[("Reporting-MTA", "dns; smtp.orange.fr")],
              [("Final-Recipient", "rfc822; ancien.compte@orange.fr"), ("Action", "failed"), ("Status", "5.1.1")]])
lcase("c7-non-remis", [m], "ignore", rules=["C7"], spec="C7: postmaster sender and a delivery-status report (RFC 3464) -> ignore.")

m = Mail("La Lettre des Artisans de Normandie <lettre@artisans-normandie.fr>", "Newsletter : faut-il résilier ses logiciels ?",
         at("2025-09-25 07:00", FR),
         "Ce mois-ci : comment résilier un abonnement SaaS et obtenir un remboursement ? Nos conseils...\n\n"
         "Se désinscrire : https://artisans-normandie.fr/desinscription",
         headers={"Precedence": "bulk", "List-Unsubscribe": "<https://artisans-normandie.fr/desinscription>"})
lcase("c7-newsletter-bulk", [m], "ignore", rules=["C7"], spec="C7: Precedence: bulk -> ignore, whatever the newsletter says.")

# ---- other ----
m = Mail("Écurie du Perche <contact@ecurie-du-perche.fr>", "Facture avec SIRET", at("2025-09-16 11:20", FR),
         "Bonjour,\n\nPourriez-vous rééditer la facture LO-INV-94351 avec notre numéro SIRET 812 345 678 00019 ? Notre "
         "expert-comptable en a besoin.\n\nMerci et bonne journée\nLaure Chevallier\nÉcurie du Perche, Mortagne-au-Perche")
lcase("other-facture-siret", [m], "other", spec="Invoice re-issue with a SIRET; no refund or cancellation -> other.")

m = Mail("Antonio Costa <antonio.costa@costa-peinture.fr>", "merci", at("2025-09-27 18:50", FR),
         "Boa tarde / bonsoir,\n\nla connexion marche de nouveau depuis ce matin. Je demande pas de remboursement, "
         "tout est bien. Muito obrigado pour l'aide rapide !\n\nAntonio Costa\nCosta Peinture, Vesoul")
lcase("other-pas-de-remboursement", [m], "other",
      spec="s.8 negation: 'Je demande pas de remboursement' adds no refund; the login works again; thanks -> other.")

m = Mail("Clarence Thibodeaux <cthibodeaux@lafourche-seafood.com>", "Question avant d'acheter", at("2025-09-29 10:05", LA),
         "Bonjour,\n\nJe regarde pour prendre votre plan annuel pour ma compagnie de fruits de mer à Golden Meadow. Si je "
         "l'achète et que ça fait pas mon affaire après deux semaines, est-ce que je peux ravoir mon argent ?\n\n"
         "Merci,\nClarence Thibodeaux")
lcase("other-hypothese-louisiane", [m], "other",
      spec="s.8 hypothetical before buying from a non-customer ('si je l'achète... est-ce que je peux ravoir mon argent') -> other.")

m = Mail("Hinano Teriierooiterai <hinano.teriierooiterai@gmail.com>", "Remboursement reçu", at("2025-09-30 08:30", PF),
         "Ia ora na,\n\nLe remboursement de la semaine dernière est bien arrivé sur mon compte. Māuruuru roa pour la "
         "rapidité !\n\nHinano")
lcase("other-remboursement-recu", [m], "other", spec="A past refund arrived; thanks -> other.")

# ---- not paid; one payment; HTML; several requests; dictation ----
m = Mail("Brasserie de Dole <info@brasserie-dole.fr>", "Double prélèvement LO-INV-94362", at("2025-09-20 10:10", FR),
         "Bonjour,\n\nL'abonnement mensuel a été débité deux fois le 18/09 ; le deuxième débit correspond à la facture "
         "LO-INV-94362. Merci de rembourser ce doublon.\n\nCordialement\nMathieu Bailly\nBrasserie de Dole")
lcase("dole-doublon-deja-rembourse", [m], "decided", [R("escalate")],
      spec="s.8 payments not paid: LO-INV-94362 has status refunded -> escalate (and there is no pair of paid charges for L4).")

m = Mail("Sandra Mendes <sandra.mendes@sapo.pt>", "pagamento duas vezes / payé deux fois", at("2025-09-28 12:00", PT),
         "Bonjour,\n\nJe vous écris de Porto, j'ai un petit commerce à Besançon aussi. Vous avez pris deux fois le "
         "paiement du mois le 26 de setembre, deux fois 1.499. La deuxième facture c'est LO INV 94372. Pode devolver "
         "por favor ? Merci beaucoup.\n\nCumprimentos / Cordialement\nSandra Mendes")
check(day_no("2025-09-26T09:01:00", m.when) == 2, "l35")
lcase("portugaise-porto-doublon", [m], "decided", [R("approve", "1499.00")],
      spec="L4 pair fr31_p42/p43 on 2025-09-26; email 2025-09-28 12:00 WEST = 16:30 IST, day 2 -> approve the later LO-INV-94372 ('LO INV 94372', s.8) = 1499.00.")

m = Mail("Lucie Girard <lucie.girard@nordnet.fr>", "connexion", at("2025-09-30 19:20", FR),
         "Bonsoir,\n\nDepuis hier je n'arrive plus à me connecter, mot de passe refusé alors que je viens de le "
         "réinitialiser. Je voudrais être remboursée si ce n'est pas réglé.\n\nLucie Girard\nBayeux")
check(day_no("2025-09-29T09:00:00", m.when) == 1, "l36")
lcase("bayeux-un-seul-paiement", [m], "decided", [R("escalate")],
      spec="docs/policy: one payment on the account (LO-INV-94411, 2025-09-29) identifies the charge; access_failure on day 1 -> L6 escalate.")

m = Mail("Port-Gentil Logistique <admin@port-gentil-logistique.ga>", "Double facturation", at("2025-09-26 15:30", BJ), None,
         html="<html><body><p>Bonjour,</p><p>Nous constatons que l'abonnement trimestriel a été <b>facturé deux fois</b> "
              "le 25/09/2025 : <b>LO-INV-94381</b> et <b>LO-INV-94382</b>, chacun 3&nbsp;999,00 INR HT.</p><p>Merci "
              "de rembourser la seconde facture (LO-INV-94382).</p><p>Cordialement,<br>Service administratif<br>"
              "Port-Gentil Logistique SA - Gabon</p></body></html>")
check(day_no("2025-09-25T12:01:00", m.when) == 1, "l37")
lcase("port-gentil-html-doublon", [m], "decided", [R("approve", "3999.00")],
      spec="HTML-only mail; L4 pair on 2025-09-25, request day 1 -> approve LO-INV-94382 = 3999.00.")

m = Mail("Gîte du Pays d'Auge <contact@gite-auge.fr>", "Doublon + résiliation", at("2025-09-27 09:45", FR),
         "Bonjour,\n\nDeux choses : vous avez prélevé l'abonnement annuel deux fois hier (LO-INV-94391 et LO-INV-94392), "
         "merci de rembourser le doublon 94392. Et puisque nous vendons le gîte au printemps, je résilie l'abonnement "
         "pour qu'il ne se renouvelle pas.\n\nCordialement\nOdile Lepetit\nGîte du Pays d'Auge, Beuvron-en-Auge")
check(day_no("2025-09-26T09:02:00", m.when) == 1, "l38")
lcase("auge-doublon-et-resiliation", [m], "decided", [R("approve", "11988.00"), K("cancel", "2026-09-25")],
      spec="Several requests: L4 pair on 2025-09-26 (day 1) -> approve LO-INV-94392 = 11988.00; L8 cancel, current_period_end 2026-09-25.")

m = Mail("Guidry & Fils <p.guidry@guidry-fils.com>", "annulation", at("2025-09-25 17:30", LA),
         "bonjour je voudrais annuler mon abonnement mensuel point on a décidé de faire le marketing avec une agence "
         "à Lafayette point merci de me confirmer la date de fin point Paul Guidry\n\nDicté depuis mon iPhone")
lcase("louisiane-dicte-annulation", [m], "decided", [K("cancel", "2025-10-08")],
      spec="Dictated mail ('point' spelled out); L8 cancel, current_period_end 2025-10-08.")

# ======================= Optima WebDesign ledger =======================
P += [
    proj("Comté Affinage Boutique", "fromagerie@comte-affinage.fr", None),
    proj("Cidre & Calva Vitrine", "contact@calvados-dufour.fr", "2025-09-19T10:00:00"),
    proj("Lagon Bleu Réservations", "direction@lagonbleu-noumea.nc", None),
    proj("Bayou Kayak Booking", "info@bayou-kayak.com", None),
    proj("Marché de Lomé en ligne", "contact@marche-lome.tg", None),
    proj("Clinique Vétérinaire Beaune Web", "accueil@veto-beaune.fr", "2025-09-27T09:00:00"),
    proj("Plateforme Vins de Nuits", "export@caves-nuits.fr", "2025-07-01T10:00:00"),
    proj("Portail Haras du Pin", "com@haras-normandie.fr", "2025-06-01T10:00:00"),
    proj("Fare Moana Blog", "contact@faremoana.pf", "2025-05-01T10:00:00"),
    proj("École de Surf Biarritz Suivi", "ecole@surf-basque.fr", "2025-04-01T10:00:00"),
    proj("Association Jura Rando Site", "bureau@jura-rando.fr", "2025-06-01T10:00:00"),
    proj("Gîtes de Honfleur Hébergement", "reservation@gites-honfleur.fr", "2025-09-18T10:00:00"),
    proj("Pharmacie du Centre Maintenance", "pharmacie.centre.vesoul@orange.fr", "2025-09-02T10:00:00"),
    proj("Akanda Lodge Hébergement", "lodge@akanda-gabon.ga", None),
    proj("Tissus de Ouidah Boutique", "boutique@tissus-ouidah.bj", "2025-08-15T10:00:00"),
    proj("Menuiserie Ferreira Site", "menuiserie.ferreira@orange.fr", "2025-08-01T10:00:00"),
    proj("Cabinet Infirmier Auxerre Site", "cabinet.infirmier89@orange.fr", "2025-07-01T10:00:00"),
    proj("Festival Zydeco Billetterie", "billetterie@zydeco-fest.com", "2025-08-01T10:00:00"),
    proj("Cave Coopérative Mâcon Shop", "caveau@cave-macon.fr", None),
    proj("Cave Coopérative Mâcon Blog", "caveau@cave-macon.fr", None),
]
def ow(pid, inv, project, kind, amount, tax, paid, **kw):
    PAY.append(owpay(pid, inv, project, kind, amount, tax, paid, **kw))


ow("fr31_o01", "OWD-2025-701", "Comté Affinage Boutique", "discovery", "12000.00", "2160.00", "2025-09-24T10:00:00")
ow("fr31_o02", "OWD-2025-702", "Cidre & Calva Vitrine", "discovery", "8000.00", "1440.00", "2025-09-17T10:00:00")
ow("fr31_o03", "OWD-2025-703", "Lagon Bleu Réservations", "deposit", "26000.00", "4680.00", "2025-09-27T09:00:00")
ow("fr31_o04", "OWD-2025-704", "Bayou Kayak Booking", "deposit", "19000.00", "3420.00", "2025-09-23T19:30:00")
ow("fr31_o05", "OWD-2025-705", "Marché de Lomé en ligne", "deposit", "15000.00", "2700.00", "2025-09-22T10:00:00")
ow("fr31_o06", "OWD-2025-706", "Clinique Vétérinaire Beaune Web", "deposit", "22000.00", "3960.00", "2025-09-26T10:00:00")
ow("fr31_o07", "OWD-2025-707", "Plateforme Vins de Nuits", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", milestone_status="completed")
ow("fr31_o08", "OWD-2025-708", "Plateforme Vins de Nuits", "milestone", "38000.00", "6840.00", "2025-09-12T10:00:00", milestone_status="not_started")
ow("fr31_o09", "OWD-2025-709", "Plateforme Vins de Nuits", "milestone", "27000.00", "4860.00", "2025-09-12T10:05:00", milestone_status="in_progress")
ow("fr31_o10", "OWD-2025-710", "Portail Haras du Pin", "retainer", "13000.00", "2340.00", "2025-09-16T09:00:00",
   period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16T09:00:00")
ow("fr31_o11", "OWD-2025-711", "Fare Moana Blog", "retainer", "6000.00", "1080.00", "2025-09-07T09:00:00",
   period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00")
ow("fr31_o12", "OWD-2025-712", "École de Surf Biarritz Suivi", "retainer", "9500.00", "1710.00", "2025-09-04T09:00:00",
   period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00")
ow("fr31_o13", "OWD-2025-713", "Association Jura Rando Site", "retainer", "5000.00", "900.00", "2025-09-14T09:00:00",
   period_start="2025-09-14", period_end="2025-10-13", next_billing_at="2025-10-14T09:00:00")
ow("fr31_o14", "OWD-2025-714", "Association Jura Rando Site", "retainer", "5000.00", "900.00", "2025-09-21T09:00:00",
   period_start="2025-10-14", period_end="2025-11-13", next_billing_at="2025-11-14T09:00:00")
ow("fr31_o15", "OWD-2025-715", "Gîtes de Honfleur Hébergement", "hosting_annual", "16000.00", "2880.00", "2025-09-16T09:00:00",
   setup_fee="2500.00", service_start="2025-09-18")
ow("fr31_o16", "OWD-2025-716", "Pharmacie du Centre Maintenance", "maintenance_annual", "10800.00", "1944.00", "2025-09-01T09:00:00",
   setup_fee="1200.00", service_start="2025-09-02")
ow("fr31_o17", "OWD-2025-717", "Akanda Lodge Hébergement", "hosting_annual", "14000.00", "2520.00", "2025-09-24T09:00:00",
   setup_fee="1700.00", service_start="2025-10-15")
ow("fr31_o18", "OWD-2025-718", "Tissus de Ouidah Boutique", "third_party", "5200.00", "936.00", "2025-09-23T09:00:00")
ow("fr31_o19", "OWD-2025-719", "Menuiserie Ferreira Site", "change_request", "6800.00", "1224.00", "2025-09-22T09:00:00")
ow("fr31_o20", "OWD-2025-720", "Cabinet Infirmier Auxerre Site", "retainer", "4500.00", "810.00", "2025-09-22T09:00:00",
   period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22T09:00:00")
ow("fr31_o21", "OWD-2025-721", "Festival Zydeco Billetterie", "milestone", "21000.00", "3780.00", "2025-09-10T20:00:00",
   milestone_status="not_started", status="disputed")
ow("fr31_o22", "OWD-2025-722", "Cave Coopérative Mâcon Shop", "deposit", "17000.00", "3060.00", "2025-09-27T10:00:00")
ow("fr31_o23", "OWD-2025-723", "Cave Coopérative Mâcon Blog", "deposit", "9000.00", "1620.00", "2025-09-27T10:05:00")


def om(frm, subject, when, body, **kw):
    return Mail(frm, subject, when, body, brand=OWB, **kw)


m = om("Fromagerie Comté Affinage <fromagerie@comte-affinage.fr>", "Demande de remboursement — Comté Affinage Boutique / OWD-2025-701",
       at("2025-09-27 10:30", FR),
       "Bonjour,\n\nNous avons réglé le 24/09 les frais de cadrage (discovery) pour la « Comté Affinage Boutique », "
       "facture OWD-2025-701. La coopérative a finalement choisi une plateforme commune pour tous les affineurs ; "
       "aucun atelier n'a encore eu lieu. Merci de nous rembourser.\n\nCordialement,\nÉmilie Cuenot\nPoligny (Jura)")
ocase("discovery-poligny-remboursee", [m], "decided", [R("approve", "12000.00")],
      spec="O1: discovery OWD-2025-701, work_started_at empty -> full refund 12000.00 before tax.")

m = om("Calvados Dufour <contact@calvados-dufour.fr>", "Remboursement atelier de cadrage", at("2025-09-24 15:00", FR),
       "Bonjour,\n\nSuite à l'atelier du 19 septembre pour « Cidre & Calva Vitrine » (OWD-2025-702), nous avons décidé "
       "de rester sur notre site actuel. Merci de rembourser les frais de cadrage.\n\nCordialement\nThierry Dufour, Pont-l'Évêque")
ocase("discovery-pont-leveque-commencee", [m], "decided", [R("deny")],
      spec="O1: the workshop took place (work_started_at 2025-09-19, before the request) -> deny.")

m = om("Lagon Bleu <direction@lagonbleu-noumea.nc>", "Annulation et remboursement acompte", at("2025-09-30 08:00", NC),
       "Bonjour,\n\nNous annulons le projet « Lagon Bleu Réservations » : l'hôtel est racheté par un groupe qui a son "
       "propre système. Merci de rembourser l'acompte OWD-2025-703 versé samedi.\n\nCordialement,\nCéline Gope\n"
       "Hôtel Lagon Bleu, Nouméa")
h = hours("2025-09-27T09:00:00", m.when)
check(abs(h - 65.5) < 0.01 and ldate("2025-09-27T09:00:00", NC) == "2025-09-27", f"o03 {h}")
ocase("acompte-noumea-65h", [m], "decided", [R("approve", "26000.00")], extra_ok=True,
      spec="O2: paid Sat 2025-09-27 09:00 IST (14:30 in Nouméa); email 2025-09-30 08:00 +11:00 = 2025-09-30 02:30 IST = 65.5 h < 72, no work started -> approve 26000.00 (a cancellation decision, if read, is extra).")

m = om("Bayou Kayak <info@bayou-kayak.com>", "Acompte Bayou Kayak Booking", at("2025-09-26 09:00", LA),
       "Bonjour,\n\nMon associé s'est retiré, on arrête le projet « Bayou Kayak Booking ». Je demande le remboursement "
       "de l'acompte OWD-2025-704 payé mardi matin.\n\nMerci,\nDwayne Landry\nBayou Kayak, Henderson (Louisiane)")
check(hours("2025-09-23T19:30:00", m.when) == 72, "o04")
check(ldate("2025-09-23T19:30:00", LA) == "2025-09-23", "o04 local")
ocase("acompte-louisiane-pile-72h", [m], "decided", [R("deny")], extra_ok=True,
      spec="s.8 exactly 72 h: paid 2025-09-23 19:30 IST (09:00 CDT Tue), email Fri 2025-09-26 09:00 CDT = 19:30 IST -> 72.0 h is not before 72 h: deny.")

m = om("Marché de Lomé <contact@marche-lome.tg>", "Remboursement acompte", at("2025-09-26 11:00", TG),
       "Bonjour,\n\nNous souhaitons être remboursés de l'acompte OWD-2025-705 pour le « Marché de Lomé en ligne ». Le "
       "financement de la Chambre de commerce a été refusé.\n\nCordialement,\nKossi Amouzou")
check(hours("2025-09-22T10:00:00", m.when) > 72, "o05")
ocase("acompte-lome-apres-72h", [m], "decided", [R("deny")],
      spec=f"O2: paid 2025-09-22 10:00 IST, email 2025-09-26 11:00 GMT = 16:30 IST = {hours('2025-09-22T10:00:00', m.when):.1f} h > 72 -> deny.")

m = om("Clinique Vétérinaire de Beaune <accueil@veto-beaune.fr>", "Acompte site clinique", at("2025-09-28 17:45", FR),
       "Bonjour,\n\nLe Dr Mathey a finalement décidé de vendre la clinique. Merci de rembourser l'acompte "
       "OWD-2025-706 (« Clinique Vétérinaire Beaune Web ») payé le 26/09.\n\nBien cordialement,\nAccueil - Clinique vétérinaire, Beaune")
check(hours("2025-09-26T10:00:00", m.when) < 72, "o06")
ocase("acompte-beaune-travail-commence", [m], "decided", [R("deny")],
      spec=f"O2: within 72 h ({hours('2025-09-26T10:00:00', m.when):.1f} h) but work_started_at 2025-09-27 09:00 is before the request -> deny ('whichever occurs first').")

m = om("Caves de Nuits - Export <export@caves-nuits.fr>", "Remboursement jalon OWD-2025-708", at("2025-09-24 10:10", FR),
       "Bonjour,\n\nPour la « Plateforme Vins de Nuits », notre importateur japonais fournit finalement son propre module "
       "de commande. Le jalon « module B2B » (facture OWD-2025-708) n'a pas démarré : merci de le rembourser.\n\n"
       "Cordialement,\nHélène Rameau\nResponsable export, Caves de Nuits - Nuits-Saint-Georges")
ocase("jalon-nuits-non-commence", [m], "decided", [R("approve", "38000.00")],
      spec="O3: milestone OWD-2025-708 not_started -> refund its amount 38000.00 before tax.")

m = om("Caves de Nuits - Export <export@caves-nuits.fr>", "Jalon maquettes", at("2025-09-26 14:20", FR),
       "Bonjour,\n\nNous voudrions aussi le remboursement du jalon OWD-2025-709 (Plateforme Vins de Nuits, maquettes en "
       "cours) : la direction change la charte graphique en janvier.\n\nHélène Rameau")
ocase("jalon-nuits-en-cours", [m], "decided", [R("escalate")],
      spec="O3: milestone OWD-2025-709 in_progress -> escalate.")

m = om("Caves de Nuits - Export <export@caves-nuits.fr>", "Premier jalon", at("2025-09-29 09:10", FR),
       "Bonjour,\n\nEt le premier jalon OWD-2025-707 de la Plateforme Vins de Nuits, livré en juillet : le résultat ne "
       "plaît pas au conseil d'administration. Merci de le rembourser.\n\nHélène Rameau")
ocase("jalon-nuits-livre", [m], "decided", [R("deny")], spec="O3/O6: milestone OWD-2025-707 completed -> deny.")

m = om("Haras de Normandie - Communication <com@haras-normandie.fr>", "Résiliation contrat de suivi", at("2025-09-26 11:00", FR),
       "Bonjour,\n\nNous résilions le contrat de suivi mensuel du « Portail Haras du Pin » (facture OWD-2025-710). Motif : "
       "le Département reprend la gestion du site au 1er novembre.\n\nCordialement,\nAnne Leroux, chargée de communication")
check(m.when.astimezone(local("2025-10-16T09:00:00", (5, 30)).tzinfo).date().isoformat() <= "2025-10-09", "o10")
ocase("retainer-haras-preavis-ok", [m], "decided", [K("cancel", "2025-10-15")],
      spec="O4/O8: next_billing_at 2025-10-16; request 2025-09-26 <= 2025-10-09 -> cancel, effective 2025-10-15.")

m = om("Fare Moana <contact@faremoana.pf>", "Résiliation blog", at("2025-09-30 15:00", PF),
       "Ia ora na,\n\nJe résilie le suivi du « Fare Moana Blog » (OWD-2025-711). Raison : je ferme la pension, je pars "
       "vivre à Raiatea. Aujourd'hui on est le 30, donc j'ai bien mes 7 jours avant le 7 octobre.\n\nMāuruuru\nVaiana Tetuanui")
check(m.when.astimezone(local("2025-10-07T09:00:00", (5, 30)).tzinfo).date().isoformat() == "2025-10-01", "o11")
ocase("retainer-tahiti-preavis-fuseau", [m], "decided", [K("cancel", "2025-11-06")],
      spec="O4 in the brand zone: next_billing_at 2025-10-07, notice date limit 2025-09-30; email 2025-09-30 15:00 -10:00 = 2025-10-01 06:30 IST -> less than 7 days: next cycle 2025-10-07..2025-11-06 billed, effective 2025-11-06 (still the 30th in Tahiti).")

m = om("École de Surf Basque <ecole@surf-basque.fr>", "Fin du suivi", at("2025-09-29 18:30", FR),
       "Bonsoir,\n\nLa saison est terminée, nous arrêtons le suivi « École de Surf Biarritz Suivi » (OWD-2025-712) car nous "
       "ne publions plus rien avant avril.\n\nÀ bientôt\nMaïa Etcheverry")
ocase("retainer-biarritz-tardif", [m], "decided", [K("cancel", "2025-11-03")],
      spec="O4: next_billing_at 2025-10-04; request 2025-09-29 > 2025-09-27 -> next cycle 2025-10-04..2025-11-03 billed, effective 2025-11-03.")

m = om("Jura Rando <bureau@jura-rando.fr>", "Résiliation", at("2025-09-24 20:15", FR),
       "Bonsoir,\n\nL'association résilie le suivi du site (« Association Jura Rando Site », OWD-2025-713) : la fédération "
       "nous fournit un site gratuit. Nous avions déjà payé octobre (OWD-2025-714).\n\nSportivement,\nBruno Jeunet, président")
ocase("retainer-jura-deja-paye", [m], "decided", [K("escalate")],
      spec="s.8 retainer paid in advance: next cycle 2025-10-14..11-13 already paid (OWD-2025-714), notice 2025-09-24 <= 2025-10-07 -> escalate.")

m = om("Gîtes de Honfleur <reservation@gites-honfleur.fr>", "Hébergement annuel - résiliation et remboursement", at("2025-09-29 10:40", FR),
       "Bonjour,\n\nNous résilions l'hébergement annuel « Gîtes de Honfleur Hébergement » (OWD-2025-715) et demandons le "
       "remboursement au prorata : Gîtes de France nous héberge gratuitement désormais.\n\nCordialement,\nLouise Anquetil")
check(day_no("2025-09-18T00:00:00", m.when) == 11, "o14")
amt = o5("16000.00", "2500.00")
check(amt == "12375.00", f"o14 {amt}")
ocase("hebergement-honfleur-prorata", [m], "decided", [R("approve", amt)], extra_ok=True,
      spec="O5: service_start 2025-09-18, request 2025-09-29 (day 11 <= 14): 16000 - 2500 - 13500/12 (1125) x 1 = 12375.00.")

m = om("Pharmacie du Centre <pharmacie.centre.vesoul@orange.fr>", "Contrat maintenance", at("2025-09-22 12:00", FR),
       "Bonjour,\n\nNous arrêtons le contrat de maintenance annuel (« Pharmacie du Centre Maintenance », OWD-2025-716) "
       "et souhaitons le remboursement des mois restants : le groupement de pharmacies nous impose son prestataire.\n\n"
       "Cordialement,\nDr Sophie Marchal, pharmacienne titulaire, Vesoul")
check(day_no("2025-09-02T00:00:00", m.when) == 20, "o15")
ocase("maintenance-vesoul-apres-14j", [m], "decided", [R("deny")], extra_ok=True,
      spec="O5: service_start 2025-09-02, request 2025-09-22 = day 20 > 14 -> deny.")

m = om("Akanda Lodge <lodge@akanda-gabon.ga>", "Annulation hébergement", at("2025-09-27 10:00", BJ),
       "Bonjour,\n\nNous annulons l'hébergement annuel « Akanda Lodge Hébergement » (OWD-2025-717), qui ne commence que "
       "le 15 octobre : le ministère du Tourisme propose un hébergement gratuit aux lodges du parc. Merci de nous "
       "rembourser ce qui peut l'être.\n\nCordialement,\nGuy-Roger Mba\nAkanda Lodge, Gabon")
amt = o5("14000.00", "1700.00")
check(amt == "11275.00", f"o16 {amt}")
ocase("hebergement-gabon-avant-debut", [m], "decided", [R("approve", amt)], extra_ok=True,
      spec="s.8 O5 before the service starts (2025-10-15): consumed_months 1; 14000 - 1700 - 12300/12 (1025) = 11275.00.")

m = om("Tissus de Ouidah <boutique@tissus-ouidah.bj>", "Remboursement nom de domaine + SSL", at("2025-09-25 16:30", BJ),
       "Bonjour,\n\nPour la « Tissus de Ouidah Boutique », vous avez facturé le nom de domaine et le certificat SSL "
       "(OWD-2025-718). Mon cousin avait déjà acheté le domaine. Merci de rembourser.\n\nCordialement,\nRoseline Hounkpatin")
ocase("tiers-ouidah-domaine", [m], "decided", [R("deny")], spec="O6: OWD-2025-718 is third_party (domain, SSL) -> deny.")

m = om("Menuiserie Ferreira <menuiserie.ferreira@orange.fr>", "Remboursement modification", at("2025-09-24 11:15", FR),
       "Bom dia, bonjour,\n\nJ'ai demandé une page en portugais en plus (demande de modification OWD-2025-719, « Menuiserie "
       "Ferreira Site »). Finalement mes clients lisent tous le français, alors je veux pas cette page, remboursez-moi "
       "s'il vous plaît.\n\nObrigado\nJoaquim Ferreira\nMenuiserie Ferreira, Pontarlier")
ocase("modification-pontarlier", [m], "decided", [R("deny")],
      spec="O6: OWD-2025-719 is a change_request outside the original scope -> deny.")

m = om("Sylvie Chaput <sylvie.chaput89@gmail.com>", "Résiliation site cabinet", at("2025-09-25 20:40", FR),
       "Bonsoir,\n\nJe suis l'une des infirmières du cabinet. Nous voulons résilier le suivi du « Cabinet Infirmier Auxerre "
       "Site » (OWD-2025-720) car notre collègue qui s'en occupait part à la retraite.\n\nSylvie Chaput")
ocase("c2-infirmiere-auxerre", [m], "need_info", rules=["C2"],
      spec="C2 (Optima, explicit): the contract email is cabinet.infirmier89@orange.fr; the mail comes from a private gmail -> ask to write from the contract email.")

m = om("Mathieu Fontenot <mfontenot@yahoo.com>", "Fwd: Festival Zydeco — remboursement jalon", at("2025-09-27 11:20", LA),
       "Transféré de mon Yahoo, le compte du festival est bloqué.\n\n"
       "---------- Forwarded message ---------\nDe : Billetterie Zydeco Fest <billetterie@zydeco-fest.com>\n"
       "Date: ven. 26 sept. 2025 à 16:05\nSubject: Festival Zydeco — remboursement jalon\nTo: <optimawebdesigns12@gmail.com>\n\n"
       "Le jalon OWD-2025-721 (« Festival Zydeco Billetterie ») n'a jamais commencé et le festival est annulé à cause de "
       "l'ouragan. Merci de rembourser.\nMathieu Fontenot")
ocase("c2-transfert-louisiane", [m], "need_info", rules=["C2"],
      spec="s.8 forward + C2: the forwarded request is from contract email billetterie@zydeco-fest.com; the sender is a yahoo address -> ask for the request from the contract email.")

m1 = om("Cabinet Infirmier Auxerre <cabinet.infirmier89@orange.fr>", "Résiliation", at("2025-09-23 09:05", FR),
        "Bonjour,\n\nPar la présente, nous résilions le contrat de suivi du « Cabinet Infirmier Auxerre Site » "
        "(OWD-2025-720).\n\nMerci de nous confirmer la bonne réception.\n\nCordialement,\nLe cabinet infirmier")
ocase("resiliation-sans-motif-auxerre", [m1], "need_info", missing=["reason"],
      spec="s.8 Optima requires a reason for cancellations too; 'par la présente', 'merci de confirmer' and the sign-off are not reasons -> ask for reason.")

m1b = om(m1.frm, m1.subject, m1.when, m1.body)
m2 = om("Cabinet Infirmier Auxerre <cabinet.infirmier89@orange.fr>", "RE: Résiliation [OWD-3310]", at("2025-09-25 08:50", FR),
        "Bonjour,\n\nLe motif : notre collègue qui gérait le site part à la retraite et personne ne peut reprendre.\n\n"
        "Cordialement,\nLe cabinet infirmier\n\n-----Message d'origine-----\nDe : Optima WebDesign\n"
        "Envoyé : mercredi 24 septembre 2025 10:12\nObjet : RE: Résiliation [OWD-3310]\n\nMerci de nous indiquer le motif.",
        reply=m1b, refs_extra=["<owd-3310-ask@optimawebdesign.com>"])
check(m1b.when.astimezone(local("2025-10-22T09:00:00", (5, 30)).tzinfo).date().isoformat() <= "2025-10-15", "o22")
ocase("fil-motif-auxerre", [m1b, m2], "decided", [K("cancel", "2025-10-21")],
      spec="C3 thread: reason supplied; request time = first email 2025-09-23 <= 2025-10-15 (next_billing_at 2025-10-22 minus 7) -> cancel, effective 2025-10-21.")

m = om("Cave Coopérative de Mâcon <caveau@cave-macon.fr>", "Remboursement acompte", at("2025-09-28 11:30", FR),
       "Bonjour,\n\nLe conseil d'administration de la cave a gelé tous les investissements numériques jusqu'en 2026. "
       "Merci de nous rembourser l'acompte versé hier.\n\nCordialement,\nFrançois Desroches, directeur")
ocase("macon-deux-projets-sans-reference", [m], "need_info", missing=["project_name", "invoice_number"],
      spec="C3: the contract email holds two projects, each with a deposit paid 2025-09-27; neither project nor invoice named -> ask for project_name and invoice_number.")

m = om("Billetterie Zydeco Fest <billetterie@zydeco-fest.com>", "Jalon OWD-2025-721 - mise en demeure", at("2025-09-29 10:00", LA),
       "Bonjour,\n\nLe festival est annulé (ouragan) et le jalon OWD-2025-721 du « Festival Zydeco Billetterie » n'a jamais "
       "commencé. Sans remboursement sous 8 jours, notre avocat vous adressera une mise en demeure.\n\nMathieu Fontenot")
ocase("c4-zydeco-avocat", [m], "decided", [R("escalate")], rules=["C4"],
      spec="C4: lawyer / formal notice threat -> escalate (the payment's status is also 'disputed', s.8).")

m = om("Gîtes de Honfleur <reservation@gites-honfleur.fr>", "Réponse automatique : OWD-2025-715", at("2025-09-20 07:00", FR),
       "Merci pour votre message. L'équipe réservation est en congés jusqu'au 28 septembre.\n\nGîtes de Honfleur",
       headers={"Auto-Submitted": "auto-replied"})
ocase("c7-reponse-auto-honfleur", [m], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

m = om("Fromagerie Comté Affinage <fromagerie@comte-affinage.fr>", "Question délai", at("2025-09-30 10:15", FR),
       "Bonjour,\n\nFinalement la coopérative nous laisse faire notre propre boutique : nous ne voulons plus de "
       "remboursement ! Pouvez-vous me dire quand aurait lieu le premier atelier de la « Comté Affinage Boutique » ?\n\n"
       "Merci, Émilie Cuenot")
ocase("other-plus-de-remboursement", [m], "other",
      spec="s.8 negation: 'nous ne voulons plus de remboursement' adds no refund; a scheduling question -> other.")

r.write(ledger)
readme(HERE, "fresh31_fr: French (fr)",
       "Fresh held-out round 31, French, written by the independent QA pass qa31b from POLICY_SPEC.md, the two published "
       "policies and docs/policy.md alone (no mailbot code, language packs or other tests were read; mailbot was not run). "
       "Regions and registers: Burgundy (Chassagne-Montrachet, Nuits-Saint-Georges, Beaune, Mâcon, Auxerre pensioner) and "
       "Franche-Comté (Besançon horloger, Poligny Comté, Dole crèche association, Montbéliard, Pontarlier, Vesoul), "
       "Normandy (Cambremer cidrerie, Caen kiné, Étretat hotel Outlook 'TR:' with '-----Message d'origine-----', Bayeux, "
       "Honfleur, Saint-Vaast), New Caledonia (Nouméa, Lifou, +11:00) and Tahiti/Huahine (−10:00, 'Ia ora na', "
       "'Māuruuru'), Benin (Cotonou, Ouidah, +01:00), Togo (Lomé, +00:00), Gabon (Libreville, Port-Gentil, Akanda, HTML-only "
       "mail), Louisiana (Cajun French: 'asteur', 'pas capable', 'ravoir mon argent', 'back'; CDT −05:00); French written "
       "by Portuguese speakers (Porto WEST +01:00, Besançon, Chalon, Pontarlier: 'Bom dia', 'rembourssement', 'obrigado'). "
       "Windows that flip across the date line (Nouméa day 7 / Tahiti day 8 / Tahiti notice one day late), exact 72 h "
       "across CDT, an offset ledger time for the L8 fallback.", r.cases)
