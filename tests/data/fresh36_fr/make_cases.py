"""fresh36_fr: French held-out cases (Berry/Centre, Bourbonnais, Dunkirk/Boulogne, the Cevennes, the Camargue/Arles,
Drome/Ardeche, Luxembourg francophones, Casablanca/Tunis business French; French written by Dutch, Italian and
Ukrainian speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (every person, firm and body is invented)."""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, K, Mail, R, Round, at, cust, day_no, hours, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
FR = 2      # CEST: France, Luxembourg in September 2025
MA = 1      # Morocco (+01:00) and Tunisia (CET, no DST)
UA = 3      # Ukraine (EEST)

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "fr")


def o5(amount, setup):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12).quantize(Decimal("0.01"), ROUND_HALF_UP))


# ======================= LeadsOptima =======================
C.append(cust("contact@optique-saint-bonnet.fr", "Optique Saint-Bonnet", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("f36_p01", "LO-INV-46101", "contact@optique-saint-bonnet.fr", "monthly", *M, "2025-09-25T10:30:00", "2025-09-25", "2025-10-24"),
        lopay("f36_p02", "LO-INV-46102", "contact@optique-saint-bonnet.fr", "monthly", *M, "2025-09-25T10:31:00", "2025-09-25", "2025-10-24")]
w = at("2025-09-27 10:40", FR)
assert day_no("2025-09-25", w) == 2
r.case("bourges-opticien-double", LOB, [Mail(
    "Optique Saint-Bonnet <contact@optique-saint-bonnet.fr>", "Double prélèvement abonnement", w,
    "Bonjour,\n\nJe tiens une petite boutique d'optique à Bourges, rue Mirebeau. En faisant les comptes du mois avec "
    "ma comptable, j'ai vu que votre abonnement mensuel avait été prélevé deux fois jeudi 25 septembre, à une "
    "minute d'écart, 2 x 1 499,00 roupies (converti en euros par la banque). La deuxième facture porte le numéro "
    "lo-inv-46102.\n\nMerci de me rembourser le prélèvement en trop.\n\nCordialement,\nAurélie Tissier\nOpticienne "
    "diplômée\nOptique Saint-Bonnet - Bourges\nTél. 02 48 00 00 00")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: f36_p01/p02 same account, amount, period on 2025-09-25 (07:00 CEST); request 2025-09-27 (day 2); refund the later 'lo-inv-46102' (s.8 matching) = 1499.00.")

C.append(cust("direction@atlas-emballages.ma", "Atlas Emballages SARL", "quarterly", start="2025-09-23", end="2025-12-22"))
PAY += [lopay("f36_p03", "LO-INV-46111", "direction@atlas-emballages.ma", "quarterly", *Q, "2025-09-23T11:00:00", "2025-09-23", "2025-12-22"),
        lopay("f36_p04", "LO-INV-46112", "direction@atlas-emballages.ma", "quarterly", *Q, "2025-09-23T11:02:00", "2025-09-23", "2025-12-22")]
w = at("2025-09-30 19:00", MA)
assert day_no("2025-09-23", w) == 7
r.case("casablanca-double-jour7", LOB, [Mail(
    "Direction Atlas Emballages <direction@atlas-emballages.ma>", "Réclamation : double débit abonnement trimestriel", w,
    "Bonsoir,\n\nSuite à notre rapprochement bancaire, nous constatons que l'abonnement trimestriel a été débité à deux "
    "reprises le 23/09/2025 au matin : factures LO-INV-46111 et LO-INV-46112, même montant. Il s'agit manifestement "
    "d'un doublon.\n\nNous vous prions de bien vouloir procéder au remboursement de la facture LO-INV-46112 et de nous "
    "en confirmer la bonne réception.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
    "Karim Bennani\nDirecteur administratif et financier\nAtlas Emballages SARL - Zone industrielle Aïn Sebaâ, "
    "Casablanca\nRC 000000 - ICE 000000000000000")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-23 11:00 IST (06:30 in Casablanca); email 2025-09-30 19:00 +01:00 = 23:30 IST, local date day 7 -> inside; L4 refund LO-INV-46112 = 3999.00.")

C.append(cust("hello@moselbyte.lu", "Moselbyte S.à r.l.", "annual", start="2025-09-21", end="2026-09-20"))
PAY += [lopay("f36_p05", "LO-INV-46121", "hello@moselbyte.lu", "annual", *A, "2025-09-21T12:00:00", "2025-09-21", "2026-09-20"),
        lopay("f36_p06", "LO-INV-46122", "hello@moselbyte.lu", "annual", *A, "2025-09-21T12:01:00", "2025-09-21", "2026-09-20")]
w = at("2025-09-28 21:00", FR)
assert day_no("2025-09-21", w) == 8
r.case("luxembourg-startup-jour8", LOB, [Mail(
    "Lucas Weber | Moselbyte <hello@moselbyte.lu>", "Annual plan charged twice - remboursement svp", w,
    "Bonsoir,\n\npetit souci côté billing : le plan annuel a été débité 2 fois le dimanche 21/09 (LO-INV-46121 + "
    "LO-INV-46122). On est une start-up de 3 personnes au Kirchberg, 11 988 de trop ça pique.\n\nVous pouvez "
    "rembourser la 46122 ? On est encore dans les 7 jours, normalement (on est dimanche soir ici).\n\nMerci & bonne "
    "soirée,\nLucas\n--\nLucas Weber - Founder @ Moselbyte\nLuxembourg")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-21 12:00 IST (08:30 CEST); email Sun 2025-09-28 21:00 CEST = 2025-09-29 00:30 IST = day 8 > 7 -> deny, although the customer counts day 7.")

C.append(cust("armement@flandre-peche.fr", "Armement Flandre Pêche", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("f36_p07", "LO-INV-46131", "armement@flandre-peche.fr", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
        lopay("f36_p08", "LO-INV-46132", "armement@flandre-peche.fr", "monthly", *M, "2025-09-26T09:00:20", "2025-09-26", "2025-10-25"),
        lopay("f36_p09", "LO-INV-46133", "armement@flandre-peche.fr", "monthly", *M, "2025-09-26T09:00:50", "2025-09-26", "2025-10-25")]
w = at("2025-09-29 08:30", FR)
assert day_no("2025-09-26", w) == 3
r.case("dunkerque-trois-prelevements", LOB, [Mail(
    "Armement Flandre Pêche <armement@flandre-peche.fr>", "3 prelevements au lieu d'1 !!", w,
    "Bonjour\n\nVendredi on a ete preleve 3 fois pour l'abonnement du mois, factures LO-INV-46131, LO-INV-46132 et "
    "LO-INV-46133. Une seule c'est normal, les 2 autres merci de les rembourser rapidement svp, c'est la tresorerie de "
    "l'armement.\n\nCdlt\nFreddy Vandenbussche\nArmement Flandre Pêche - Port de Dunkerque\n\nEnvoyé de mon iPhone")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges: f36_p07/08/09 on 2025-09-26; request 2025-09-29 (day 3); every charge after the first is a duplicate: 2 x 1499.00 = 2998.00.")

C.append(cust("gite@mas-des-chataigniers.fr", "Mas des Châtaigniers", "monthly", start="2025-09-27", end="2025-10-26"))
PAY += [lopay("f36_p10", "LO-INV-46141", "gite@mas-des-chataigniers.fr", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")]
w = at("2025-09-29 14:15", FR)
r.case("cevennes-preleve-apres-resiliation", LOB, [Mail(
    "Mas des Châtaigniers <gite@mas-des-chataigniers.fr>", "Prélèvement après résiliation - LO-INV-46141", w,
    "Bonjour,\n\nj'avais résilié l'abonnement fin août depuis l'espace Billing (j'ai gardé la capture d'écran). "
    "Pourtant samedi vous m'avez de nouveau prélevé : facture LO-INV-46141. C'est un prélèvement après résiliation, "
    "je vous demande de me rembourser.\n\nBien cordialement,\nMireille Valette\nGîte du Mas des Châtaigniers, "
    "près de Saint-Jean-du-Gard")],
    "decided", [R("escalate")], extra_ok=True,
    spec="L2 billing_error ('prélevé après résiliation') inside L3 (2025-09-27 -> 2025-09-29, day 2) -> L5 escalate. The resiliation is a past event, no new request; an extra L8 cancel would only confirm what the customer says she did (extra_ok, chk36b).")

C.append(cust("atelier@menuiserie-chambon.fr", "Menuiserie Chambon", "quarterly", start="2025-09-24", end="2025-12-23"))
PAY += [lopay("f36_p11", "LO-INV-46151", "atelier@menuiserie-chambon.fr", "quarterly", *Q, "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")]
w = at("2025-09-27 07:20", FR)
r.case("ardeche-menuiserie-acces", LOB, [Mail(
    "Menuiserie Chambon <atelier@menuiserie-chambon.fr>", "impossible de se connecter", w,
    "Bonjour,\n\ndepuis mercredi on n'arrive plus a se connecter a la plateforme, la page reste blanche apres le mot de "
    "passe. Mon fils a essaye sur l'ordi de l'atelier et sur son telephone, pareil. On a paye le trimestre le 24 "
    "(LO-INV-46151) et on n'a jamais pu s'en servir.\n\nMerci de nous rembourser.\n\nJean-Paul Chambon\nMenuiserie "
    "Chambon - escaliers, agencement - Aubenas")],
    "decided", [R("escalate")],
    spec="L2 access_failure inside L3 (charge 2025-09-24, request 2025-09-27, day 3) -> L6 escalate.")

C.append(cust("accueil@manade-des-sansouires.fr", "Manade des Sansouïres", "annual", start="2025-09-08", end="2026-09-07"))
PAY += [lopay("f36_p12", "LO-INV-46161", "accueil@manade-des-sansouires.fr", "annual", *A, "2025-09-08T10:00:00", "2025-09-08", "2026-09-07")]
w = at("2025-09-24 18:45", FR)
assert day_no("2025-09-08", w) == 16
r.case("camargue-acces-trop-tard", LOB, [Mail(
    "Manade des Sansouïres <accueil@manade-des-sansouires.fr>", "Plateforme inaccessible - remboursement", w,
    "Bonsoir,\n\nnous avons souscrit l'abonnement annuel le 8 septembre pour gérer les réservations de balades à cheval. "
    "Depuis, la plateforme ne charge pas chez nous, ni au mas ni au bureau d'Arles. Nous n'avons pas eu le temps de "
    "vous écrire avant, c'est la pleine saison des ferrades.\n\nNous demandons le remboursement de la facture "
    "LO-INV-46161.\n\nCordialement,\nAnaïs Roumanille\nManade des Sansouïres - Saintes-Maries-de-la-Mer")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-08, request 2025-09-24 = day 16 > 7 -> deny citing the 7-day rule.")

C.append(cust("contact@thermes-fleuriste-vichy.fr", "Fleurs des Thermes", "monthly", start="2025-09-17", end="2025-10-16"))
PAY += [lopay("f36_p13", "LO-INV-46171", "contact@thermes-fleuriste-vichy.fr", "monthly", *M, "2025-09-17T09:00:00", "2025-09-17", "2025-10-16")]
w = at("2025-09-26 16:00", FR)
r.case("vichy-plus-besoin-resilier", LOB, [Mail(
    "Fleurs des Thermes <contact@thermes-fleuriste-vichy.fr>", "Résiliation + remboursement", w,
    "Bonjour,\n\nAprès réflexion, votre outil ne correspond pas à notre activité de fleuriste, nous ne l'utilisons "
    "plus depuis la semaine dernière. Merci de résilier notre abonnement mensuel et de nous rembourser le mois "
    "payé le 17 septembre (facture LO-INV-46171), puisque nous ne nous en servons pas.\n\nBelle journée,\n"
    "Sandrine Aubert\nFleurs des Thermes - Vichy")],
    "decided", [R("deny"), K("cancel", "2025-10-16")],
    spec="L1: not used / does not fit is no L2 reason -> refund deny (no partial refund for unused days); L8 cancel effective current_period_end 2025-10-16.")

C.append(cust("contact@medina-conseil.tn", "Médina Conseil", "monthly", start="2025-09-22", end="2025-10-21"))
PAY += [lopay("f36_p14", "LO-INV-46181", "contact@medina-conseil.tn", "monthly", *M, "2025-09-22T12:00:00", "2025-09-22", "2025-10-21")]
w = at("2025-09-25 11:30", MA)
r.case("tunis-trop-cher", LOB, [Mail(
    "Médina Conseil <contact@medina-conseil.tn>", "Demande de remboursement facture LO-INV-46181", w,
    "Madame, Monsieur,\n\nNous vous informons que notre cabinet a pris la décision de ne pas "
    "poursuivre avec votre solution, le tarif étant trop élevé au regard de notre budget marketing pour l'exercice "
    "en cours. Par conséquent, nous sollicitons le remboursement de la facture LO-INV-46181.\n\nDans l'attente de "
    "votre retour, veuillez agréer nos salutations les meilleures.\n\nSonia Trabelsi\nAssociée gérante\nMédina "
    "Conseil - Les Berges du Lac, Tunis")],
    "decided", [R("deny")], extra_ok=True,
    spec="L1: 'tarif trop élevé' is no L2 reason -> deny, offer cancellation. 'a pris la décision de ne pas poursuivre avec votre solution' states the end of the subscription: an extra L8 cancel (end of cycle, no charge) cannot hurt (extra_ok, chk36b).")

C.append(cust("librairie@la-vague-boulogne.fr", "Librairie La Vague", "monthly", status="trial", trial_ends="2025-10-07"))
w = at("2025-09-30 10:10", FR)
r.case("boulogne-librairie-essai", LOB, [Mail(
    "Librairie La Vague <librairie@la-vague-boulogne.fr>", "Remboursement", w,
    "Bonjour,\n\nNous nous sommes inscrits à votre période d'essai la semaine dernière pour annoncer nos rencontres "
    "d'auteurs. Finalement, ce n'est pas pour nous. Merci de nous rembourser ce qui aurait été débité, nous ne "
    "souhaitons rien payer.\n\nBien à vous,\nPascale Lemaire\nLibrairie La Vague - Boulogne-sur-Mer")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-07), no charges -> refund deny, nothing to refund; no billing unless they subscribe.")

C.append(cust("direction@creche-les-p-tits-loups.fr", "Crèche Les P'tits Loups", "annual", start="2025-02-01", end="2026-01-31"))
PAY += [lopay("f36_p15", "LO-INV-46191", "direction@creche-les-p-tits-loups.fr", "annual", *A, "2025-02-01T09:00:00", "2025-02-01", "2026-01-31")]
w = at("2025-09-23 13:40", FR)
r.case("moulins-creche-resiliation", LOB, [Mail(
    "Crèche Les P'tits Loups <direction@creche-les-p-tits-loups.fr>", "Résiliation abonnement annuel", w,
    "Bonjour,\n\nPar la présente, nous résilions notre abonnement annuel. La crèche est reprise par la communauté "
    "d'agglomération au 1er janvier et ils ont leur propre logiciel d'inscription.\n\nMerci de nous confirmer la "
    "date de fin.\n\nCordialement,\nNathalie Brunet\nDirectrice - Crèche associative Les P'tits Loups, Moulins")],
    "decided", [K("cancel", "2026-01-31")],
    spec="L8 cancel: effective current_period_end 2026-01-31 from the ledger.")

C.append(cust("domaine@clos-des-trois-tours.fr", "Clos des Trois Tours", "monthly"))
PAY += [lopay("f36_p16", "LO-INV-46201", "domaine@clos-des-trois-tours.fr", "monthly", *M, "2025-09-10T21:45:00+02:00", None, None)]
w = at("2025-09-24 09:30", FR)
r.case("drome-resiliation-sans-periode", LOB, [Mail(
    "Clos des Trois Tours <domaine@clos-des-trois-tours.fr>", "Arrêt de l'abonnement", w,
    "Bonjour,\n\nLes vendanges sont terminées, nous n'aurons plus besoin de votre service avant le printemps. Merci "
    "d'arrêter l'abonnement. Le dernier prélèvement date du 10 septembre au soir.\n\nCordialement,\nBenoît "
    "Faure\nClos des Trois Tours - Crozes, Drôme")],
    "decided", [K("cancel", "2025-10-10")],
    spec="L8 fallback (no current_period_end): last charge 2025-09-10T21:45+02:00 = 2025-09-11 01:15 IST (s.8 offset converted), monthly: 2025-09-11 + 1 month - 1 day = 2025-10-10.")

C.append(cust("o.kovalenko@kovalenko-logistique.fr", "Kovalenko Logistique", "quarterly", start="2025-08-01", end="2025-10-31"))
PAY += [lopay("f36_p17", "LO-INV-46211", "o.kovalenko@kovalenko-logistique.fr", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")]
w = at("2025-09-26 17:10", UA)
r.case("ukrainien-gmail-c2", LOB, [Mail(
    "Oksana Kovalenko <oksana.kovalenko.ua@gmail.com>", "Résilier abonnement", w,
    "Bonjour,\n\nJe m'appelle Oksana Kovalenko, je écris de Lviv où je suis pour la famille. L'adresse enregistrée "
    "est o.kovalenko@kovalenko-logistique.fr mais ici je n'ai pas accès au messagerie de bureau. Je voudrais "
    "résilier l'abonnement trimestriel et savoir combien nous avons payé cette année, pour la comptable.\n\n"
    "Merci beaucoup et excusez mon français.\nOksana Kovalenko\nKovalenko Logistique, Valence")],
    "need_info", rules=["C2"],
    spec="C2: names the registered o.kovalenko@kovalenko-logistique.fr but writes from a private gmail -> ask to write from the registered address; disclose nothing.")

C.append(cust("maire@mairie-saint-aubin-des-brandes.fr", "Mairie de Saint-Aubin-des-Brandes", "annual", start="2025-03-01", end="2026-02-28"))
PAY += [lopay("f36_p18", "LO-INV-46221", "maire@mairie-saint-aubin-des-brandes.fr", "annual", *A, "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")]
w = at("2025-09-30 09:05", FR)
r.case("berry-mairie-tr-c2", LOB, [Mail(
    "Secrétariat de mairie <secretariat@mairie-saint-aubin-des-brandes.fr>", "TR: Abonnement LeadsOptima", w,
    "Bonjour,\n\nJe vous transfère le message de M. le Maire ci-dessous.\n\nCordialement,\nChristelle Mauduit\n"
    "Secrétaire de mairie\nMairie de Saint-Aubin-des-Brandes (Indre)\nOuverture : mardi et jeudi 9h-12h\n\n"
    "De : Mairie - M. le Maire <maire@mairie-saint-aubin-des-brandes.fr>\nEnvoyé : lundi 29 septembre 2025 18:12\n"
    "À : Secrétariat de mairie <secretariat@mairie-saint-aubin-des-brandes.fr>\nObjet : Abonnement LeadsOptima\n\n"
    "Christelle, merci d'envoyer à LeadsOptima : la commune résilie l'abonnement annuel (compte "
    "maire@mairie-saint-aubin-des-brandes.fr), le conseil municipal n'a pas reconduit le budget communication.\n"
    "Gérard Pinaud")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: Outlook TR: carrying the mayor's cancellation for the registered maire@...; the sender is secretariat@ -> ask for the request from the registered address.")

w = at("2025-09-27 15:30", FR)
r.case("arles-mauvaise-marque", LOB, [Mail(
    "Association Les Amis du Vieux Lavoir <tresorerie@amis-du-vieux-lavoir-arles.fr>", "Remboursement hébergement OWD-2025-9071", w,
    "Bonjour,\n\nnotre association a pris chez vous le pack hébergement annuel (facture OWD-2025-9071). Le bureau a "
    "décidé de passer sur une plateforme gratuite, nous demandons donc le remboursement.\n\nBien cordialement,\n"
    "Jacqueline Roux, trésorière")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: sent to the LeadsOptima inbox (C1) about an Optima hosting invoice; no LeadsOptima account -> unknown sender: C2 (and C3), need_info.")

C.append(cust("compta@maree-opale.fr", "Marée Opale", "monthly", start="2025-09-28", end="2025-10-27"))
PAY += [lopay("f36_p19", "LO-INV-46231", "compta@maree-opale.fr", "monthly", *M, "2025-08-28T10:00:00", "2025-08-28", "2025-09-27"),
        lopay("f36_p20", "LO-INV-46232", "compta@maree-opale.fr", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
        lopay("f36_p21", "LO-INV-46233", "compta@maree-opale.fr", "monthly", *M, "2025-09-28T10:00:30", "2025-09-28", "2025-10-27")]
w1 = at("2025-09-29 15:50", FR)
mo1 = Mail("Marée Opale - Compta <compta@maree-opale.fr>", "Prélevé deux fois", w1,
           "Bonjour,\n\nDimanche vous nous avez prélevé deux fois l'abonnement. Merci de rembourser le doublon.\n\n"
           "Cordialement,\nDelphine Caron\nComptabilité - Marée Opale, mareyeur, Boulogne-sur-Mer")
r.case("boulogne-numero-facture-manque", LOB, [mo1], "need_info", missing=["invoice_number"],
       spec="C3: registered sender, plan from the ledger, reason duplicate; three charges on the account (August and two in September) -> ask for invoice_number.")
mo2 = Mail("Marée Opale - Compta <compta@maree-opale.fr>", "RE: Prélevé deux fois", at("2025-09-30 09:15", FR),
           "Bonjour,\n\nIl s'agit de la facture LO.INV.46233.\n\nCordialement,\nDelphine Caron\n\n"
           "De : LeadsOptima Support <support@leadsoptima.com>\nEnvoyé : lundi 29 septembre 2025 16:20\n"
           "Objet : Re: Prélevé deux fois\n\nMerci de nous indiquer le numéro de facture.", reply=mo1)
assert day_no("2025-09-28", w1) == 1
r.case("boulogne-numero-facture-donne", LOB, [mo1, mo2], "decided", [R("approve", "1499.00")],
       spec="C3 thread: 'LO.INV.46233' (s.8 matching) is the later charge of the pair f36_p20/p21; request time = first email 2025-09-29 (day 1) -> L4 approve 1499.00.")

C.append(cust("studio@yoga-cevenol.fr", "Studio Yoga Cévenol", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("f36_p22", "LO-INV-46241", "studio@yoga-cevenol.fr", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")]
w1 = at("2025-09-26 12:10", FR)
yo1 = Mail("Studio Yoga Cévenol <studio@yoga-cevenol.fr>", "Remboursement LO-INV-46241", w1,
           "Bonjour,\n\nMerci de bien vouloir rembourser la facture LO-INV-46241.\n\nNamasté et belle journée,\n"
           "Élodie Pagès\nStudio Yoga Cévenol - Alès")
r.case("ales-yoga-motif-manque", LOB, [yo1], "need_info", missing=["reason"],
       spec="C3/s.8: restating the request and a sign-off are no reason; registered sender, plan from the ledger, invoice given -> ask for the reason.")
yo2 = Mail("Studio Yoga Cévenol <studio@yoga-cevenol.fr>", "Re: Remboursement LO-INV-46241", at("2025-09-29 18:30", FR),
           "Bonsoir,\n\nLe motif : c'est trop compliqué pour moi, je préfère continuer avec mon cahier et les SMS. Je "
           "ne m'en sers pas.\n\nÉlodie\n\nLe 26/09/2025 à 14:02, LeadsOptima Support a écrit :\n> Merci de nous "
           "indiquer le motif de votre demande.", reply=yo1)
r.case("ales-yoga-motif-donne", LOB, [yo1, yo2], "decided", [R("deny")],
       spec="C3 thread: reason 'too complicated, not used' is no L2 reason -> L1 deny, offer cancellation.")

C.append(cust("garage@auto-bocage-montlucon.fr", "Garage du Bocage", "monthly", start="2025-09-20", end="2025-10-19"))
PAY += [lopay("f36_p23", "LO-INV-46251", "garage@auto-bocage-montlucon.fr", "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")]
w = at("2025-09-24 12:20", FR)
r.case("montlucon-opposition-bancaire", LOB, [Mail(
    "Garage du Bocage <garage@auto-bocage-montlucon.fr>", "Facture LO-INV-46251", w,
    "Bonjour,\n\nVotre logiciel ne nous apporte aucun client, on arrête les frais. Je veux être remboursé de la "
    "facture LO-INV-46251. Sans réponse sous 48 h, je fais opposition auprès de ma banque, ce sera réglé comme ça.\n\n"
    "Thierry Lardy\nGarage du Bocage - Montluçon")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: payment-dispute threat ('je fais opposition auprès de ma banque') -> escalate, although the reason alone would be an L1 deny.")

C.append(cust("contact@santons-du-rhone.fr", "Santons du Rhône", "quarterly", start="2025-09-01", end="2025-11-30"))
PAY += [lopay("f36_p24", "LO-INV-46261", "contact@santons-du-rhone.fr", "quarterly", *Q, "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")]
w = at("2025-09-25 17:00", FR)
r.case("arles-resiliation-avocat", LOB, [Mail(
    "Santons du Rhône <contact@santons-du-rhone.fr>", "Résiliation immédiate", w,
    "Madame, Monsieur,\n\nJe résilie l'abonnement trimestriel : les fonctions promises sur votre site (synchronisation "
    "avec notre boutique en ligne) n'existent pas. J'ai transmis le dossier à mon avocat, qui étudiera s'il y a "
    "publicité trompeuse.\n\nSalutations,\nRégis Ollivier\nAtelier Santons du Rhône - Arles")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): the lawyer mention escalates the cancellation too.")

C.append(cust("amministrazione@pasta-fresca-valence.fr", "Pasta Fresca Valence", "annual", start="2025-09-27", end="2026-09-26"))
PAY += [lopay("f36_p25", "LO-INV-46271", "amministrazione@pasta-fresca-valence.fr", "annual", *A, "2025-09-27T11:00:00", "2025-09-27", "2026-09-26"),
        lopay("f36_p26", "LO-INV-46272", "amministrazione@pasta-fresca-valence.fr", "annual", *A, "2025-09-27T11:00:40", "2025-09-27", "2026-09-26")]
w = at("2025-09-29 10:30", FR)
assert day_no("2025-09-27", w) == 2
r.case("italien-pas-d-opposition", LOB, [Mail(
    "Pasta Fresca Valence <amministrazione@pasta-fresca-valence.fr>", "Abonnement annuel payé 2 fois", w,
    "Bonjour,\n\nje suis Giulia Moretti de Pasta Fresca, à Valence. Samedi l'abonnement annuel est passé deux fois "
    "sur la carte, facture LO-INV-46271 et LO-INV-46272. Mon banquier me dit de faire une contestation, mais je "
    "ne veux pas faire ça, je préfère régler avec vous gentiment. Pouvez-vous rembourser la deuxième ?\n\n"
    "Grazie mille et bonne journée\nGiulia Moretti")],
    "decided", [R("approve", "11988.00")],
    spec="No C4: the banker's suggestion of a dispute is ruled out by the customer. L4 duplicate 2025-09-27, request 2025-09-29 (day 2): refund the later LO-INV-46272 = 11988.00.")

w = at("2025-09-29 07:05", FR)
r.case("reponse-automatique", LOB, [Mail(
    "Aurélie Tissier <contact@optique-saint-bonnet.fr>", "Réponse automatique : Double prélèvement abonnement", w,
    "Bonjour,\n\nLa boutique est fermée pour congés jusqu'au 6 octobre. Pour toute urgence (lunettes cassées), "
    "contactez notre magasin partenaire.\n\nAurélie Tissier",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Outlook out-of-office) -> ignore, though from a registered address.")

w = at("2025-09-28 04:40", FR)
r.case("non-remis-mailer-daemon", LOB, [Mail(
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.moselbyte.lu>", "Non remis : Re: Annual plan charged twice [LO-3310]", w,
    "Ceci est un message généré automatiquement.\n\nVotre message n'a pas pu être remis à :\n  lucas@moselbyte.lu\n"
    "Boîte aux lettres introuvable.",
    dsn=[[("Reporting-MTA", "dns; mx.moselbyte.lu")],
         [("Final-Recipient", "rfc822; lucas@moselbyte.lu"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON delivery-status report -> ignore.")

w = at("2025-09-30 06:30", FR)
r.case("lettre-info-union-commercants", LOB, [Mail(
    "Union des commerçants du Val de Cher <lettre@ucvc-infos.fr>", "Lettre d'info : braderie, remboursements et résiliations", w,
    "Chers adhérents,\n\nla braderie d'automne aura lieu le 12 octobre. Les exposants absents l'an dernier seront "
    "remboursés sur demande ; pensez à résilier votre emplacement avant le 5 octobre.\n\nSe désinscrire : "
    "https://ucvc-infos.example/desinscription",
    headers={"List-Id": "Lettre UCVC <lettre.ucvc-infos.fr>", "Precedence": "list"})],
    "ignore", rules=["C7"], spec="C7: List-Id and Precedence: list (a traders' newsletter mentioning refunds and cancelling) -> ignore.")

C.append(cust("info@bloemenhuis-devries.lu", "Bloemenhuis De Vries", "annual", start="2025-05-01", end="2026-04-30"))
PAY += [lopay("f36_p27", "LO-INV-46281", "info@bloemenhuis-devries.lu", "annual", *A, "2025-05-01T09:00:00", "2025-05-01", "2026-04-30")]
w = at("2025-09-24 14:45", FR)
r.case("neerlandais-facture-tva", LOB, [Mail(
    "Bloemenhuis De Vries <info@bloemenhuis-devries.lu>", "Facture avec numéro TVA", w,
    "Bonjour,\n\nIk ben... pardon, je suis Pieter de Vries de Bloemenhuis à Esch-sur-Alzette. Pour notre comptable "
    "nous avons besoin que la facture LO-INV-46281 montre notre numéro de TVA luxembourgeois, il manque sur la "
    "facture. Est-ce possible de envoyer une nouvelle facture ? Le programme marche très bien, merci.\n\n"
    "Met vriendelijke groet / Salutations\nPieter de Vries")],
    "other", spec="Invoice correction (VAT number) with no refund or cancellation -> other.")

C.append(cust("contact@taxi-cevennes.fr", "Taxi des Cévennes", "monthly", start="2025-09-19", end="2025-10-18"))
PAY += [lopay("f36_p28", "LO-INV-46291", "contact@taxi-cevennes.fr", "monthly", *M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18"),
        lopay("f36_p29", "LO-INV-46292", "contact@taxi-cevennes.fr", "monthly", *M, "2025-09-19T09:01:00", "2025-09-19", "2025-10-18", status="refunded")]
w = at("2025-09-29 19:40", FR)
r.case("florac-merci-rembourse", LOB, [Mail(
    "Taxi des Cévennes <contact@taxi-cevennes.fr>", "Merci", w,
    "Bonsoir,\n\nJuste un petit mot pour vous remercier : le double prélèvement de la semaine dernière a bien été "
    "remboursé, je l'ai vu ce matin sur le compte. Rapide et sans histoire, ça fait plaisir.\n\nBonne soirée,\n"
    "Serge Bonnet\nTaxi des Cévennes - Florac")],
    "other", spec="s.8 past event: thanks for a refund already made (f36_p29 refunded); nothing asked -> other.")

C.append(cust("bonjour@cafe-librairie-le-berry.fr", "Café-librairie Le Berry", "quarterly", start="2025-08-15", end="2025-11-14"))
PAY += [lopay("f36_p30", "LO-INV-46301", "bonjour@cafe-librairie-le-berry.fr", "quarterly", *Q, "2025-08-15T09:00:00", "2025-08-15", "2025-11-14")]
w = at("2025-09-26 11:25", FR)
r.case("chateauroux-pas-de-remboursement", LOB, [Mail(
    "Café-librairie Le Berry <bonjour@cafe-librairie-le-berry.fr>", "Suggestion", w,
    "Bonjour,\n\nrien de grave : il serait pratique de pouvoir exporter les contacts en CSV avec le point-virgule, "
    "Excel en français n'aime pas les virgules. Je ne demande pas de remboursement ni rien, c'est juste une idée.\n\n"
    "Bonne journée\nMarc Delorme\nCafé-librairie Le Berry - Châteauroux")],
    "other", spec="s.8 negation: 'Je ne demande pas de remboursement'; a feature suggestion -> other.")

w = at("2025-09-27 16:20", MA)
r.case("tunis-question-avant-achat", LOB, [Mail(
    "Yassine Ben Salah <ys.bensalah@jasmin-net.tn>", "Question avant souscription", w,
    "Bonjour,\n\nNous envisageons de souscrire l'offre annuelle pour notre agence immobilière à La Marsa. Avant de "
    "payer : si nous ne sommes pas satisfaits au bout d'un mois, serions-nous remboursés ? Et peut-on résilier "
    "à tout moment ?\n\nCordialement,\nYassine Ben Salah")],
    "other", spec="s.8 hypothetical before buying: a policy question, nothing to refund or cancel -> other.")

C.append(cust("bureau@remorquage-cote-opale.fr", "Remorquage Côte d'Opale", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("f36_p31", "LO-INV-46311", "bureau@remorquage-cote-opale.fr", "monthly", *M, "2025-09-25T13:00:00", "2025-09-25", "2025-10-24"),
        lopay("f36_p32", "LO-INV-46312", "bureau@remorquage-cote-opale.fr", "monthly", *M, "2025-09-25T13:00:40", "2025-09-25", "2025-10-24")]
w = at("2025-09-28 10:15", FR)
assert day_no("2025-09-25", w) == 3
r.case("dunkerque-double-et-resiliation", LOB, [Mail(
    "Remorquage Côte d'Opale <bureau@remorquage-cote-opale.fr>", "Deux demandes", w,
    "Bonjour,\n\nDeux choses :\n- jeudi vous avez prélevé deux fois (LO-INV-46311 et LO-INV-46312), merci de "
    "rembourser la 46312 ;\n- ensuite merci de résilier l'abonnement, le dépôt de Gravelines ferme et on regroupe "
    "tout chez le groupe.\n\nCordialement\nJérôme Deswarte")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-24")],
    spec="Two requests: L4 duplicate 2025-09-25, request 2025-09-28 (day 3) -> approve LO-INV-46312 = 1499.00; L8 cancel effective 2025-10-24.")

C.append(cust("contact@huilerie-des-baux.fr", "Huilerie des Baux", "monthly", start="2025-09-23", end="2025-10-22"))
PAY += [lopay("f36_p33", "LO-INV-46321", "contact@huilerie-des-baux.fr", "monthly", *M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
        lopay("f36_p34", "LO-INV-46322", "contact@huilerie-des-baux.fr", "monthly", *M, "2025-09-23T10:00:30", "2025-09-23", "2025-10-22", status="refunded")]
w = at("2025-09-26 15:05", FR)
r.case("arles-doublon-deja-rembourse", LOB, [Mail(
    "Huilerie des Baux <contact@huilerie-des-baux.fr>", "Doublon LO-INV-46322", w,
    "Bonjour,\n\nmardi nous avons été débités deux fois ; la deuxième facture est LO-INV-46322. Je ne vois toujours "
    "rien revenir sur le compte, merci de rembourser le doublon.\n\nCordialement,\nFabienne Mistral")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-46322 is already 'refunded' -> a refund of it is escalated (no paid pair for L4).")

C.append(cust("info@vandam-consultancy.lu", "Van Dam Consultancy", "annual", start="2025-06-01", end="2026-05-31"))
PAY += [lopay("f36_p35", "LO-INV-46331", "info@vandam-consultancy.lu", "annual", *A, "2025-06-01T09:00:00", "2025-06-01", "2026-05-31")]
w = at("2025-09-25 13:10", FR)
html = ("<html><body><div style='font-family:Calibri'><p>Bonjour,</p><p>Nous souhaitons <b>résilier</b> notre "
        "abonnement annuel. Notre bureau de Luxembourg ferme et nous travaillons maintenant depuis Utrecht avec "
        "un autre outil.</p><p>Met vriendelijke groeten,<br>Eline van Dam<br>Van Dam Consultancy - Luxembourg</p>"
        "<p style='font-size:8pt;color:#999'>Ce message est confidentiel. Si vous l'avez reçu par erreur, merci de "
        "le supprimer.</p></div></body></html>")
r.case("neerlandais-html-resiliation", LOB, [Mail(
    "Eline van Dam <info@vandam-consultancy.lu>", "Résiliation", w, None, html=html)],
    "decided", [K("cancel", "2026-05-31")],
    spec="HTML-only mail with a confidentiality footer; L8 cancel effective current_period_end 2026-05-31.")

C.append(cust("dmytro@boyko-transports.fr", "Boyko Transports", "monthly", start="2025-09-12", end="2025-10-11"))
PAY += [lopay("f36_p36", "LO-INV-46341", "dmytro@boyko-transports.fr", "monthly", *M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")]
w = at("2025-09-27 20:30", FR)
assert day_no("2025-09-12", w) == 16
r.case("ukrainien-mauvais-montant-trop-tard", LOB, [Mail(
    "Dmytro Boyko <dmytro@boyko-transports.fr>", "Mauvais montant facture LO-INV-46341", w,
    "Bonsoir,\n\nLe 12 septembre vous avez pris mauvais montant : on m'a dit 1 299 au téléphone et c'est 1 499 "
    "qui est prélevé, facture LO-INV-46341. C'est erreur de facturation, je demande remboursement. J'étais sur "
    "la route en Pologne deux semaines, donc j'écris seulement maintenant.\n\nDmytro Boyko\nBoyko Transports, Dunkerque")],
    "decided", [R("deny")],
    spec="L2 billing_error ('mauvais montant') but L3: charge 2025-09-12, request 2025-09-27 (IST 2025-09-28 00:00) = day 16 > 7 -> deny.")

C.append(cust("compta@ebenisterie-rouviere.fr", "Ébénisterie Rouvière", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("f36_p37", "LO-INV-46351", "compta@ebenisterie-rouviere.fr", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
        lopay("f36_p38", "LO-INV-46352", "compta@ebenisterie-rouviere.fr", "monthly", *M, "2025-09-25T09:01:00", "2025-09-25", "2025-10-24")]
w = at("2025-09-27 08:50", FR)
r.case("plus-adresse-c2", LOB, [Mail(
    "Ébénisterie Rouvière <compta+leads@ebenisterie-rouviere.fr>", "Doublon LO-INV-46352", w,
    "Bonjour,\n\nprélevé deux fois le 25/09, merci de rembourser la LO-INV-46352.\n\nCdt\nA. Rouvière, Privas")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: compta+leads@ is another address than the registered compta@ebenisterie-rouviere.fr -> C2.")

C.append(cust("ferme@chevrerie-du-causse.fr", "Chèvrerie du Causse", "monthly", start="2025-09-21", end="2025-10-20"))
PAY += [lopay("f36_p39", "LO-INV-46361", "ferme@chevrerie-du-causse.fr", "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")]
w = at("2025-09-30 20:10", FR)
r.case("cevennes-dicte-resiliation", LOB, [Mail(
    "Chèvrerie du Causse <ferme@chevrerie-du-causse.fr>", "Résiliation", w,
    "Bonsoir virgule je voudrais résilier l'abonnement point les fromages on les vend maintenant au marché de "
    "Florac et à la coopérative point merci de ne plus rien prélever point Bernard Teissier\n\n"
    "Envoyé de mon iPhone (dictée)")],
    "decided", [K("cancel", "2025-10-20")],
    spec="Dictated text with spoken punctuation; L8 cancel effective current_period_end 2025-10-20.")

C.append(cust("contact@camping-les-platanes.fr", "Camping Les Platanes", "monthly", start="2025-09-20", end="2025-10-19"))
PAY += [lopay("f36_p40", "LO-INV-46371", "contact@camping-les-platanes.fr", "monthly", *M, "2025-08-20T09:00:00", "2025-08-20", "2025-09-19"),
        lopay("f36_p41", "LO-INV-46372", "contact@camping-les-platanes.fr", "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")]
w = at("2025-09-24 11:45", FR)
assert day_no("2025-09-20", w) == 4
r.case("ardeche-deux-fois-mois-differents", LOB, [Mail(
    "Camping Les Platanes <contact@camping-les-platanes.fr>", "Payé deux fois ? LO-INV-46372", w,
    "Bonjour,\n\nsur le relevé je vois deux fois 1 499, je pense qu'on a payé deux fois. Je voudrais le "
    "remboursement de la deuxième, facture LO-INV-46372 du 20 septembre.\n\nMerci\nLaurent Mazet\nCamping Les "
    "Platanes - Vallon-Pont-d'Arc")],
    "decided", [R("escalate")],
    spec="L2 duplicate claim inside L3 (2025-09-20 -> 2025-09-24, day 4) but the two charges are for different periods (August and September): no L4 pair -> escalate.")

C.append(cust("contact@atelier-ceramique-dieulefit.fr", "Atelier Céramique Dieulefit", "quarterly", start="2025-09-25", end="2025-12-24"))
PAY += [lopay("f36_p42", "LO-INV-46381", "contact@atelier-ceramique-dieulefit.fr", "quarterly", *Q, "2025-09-25T09:00:00", "2025-09-25", "2025-12-24")]
w = at("2025-09-28 19:50", FR)
r.case("drome-droit-de-retractation", LOB, [Mail(
    "Atelier Céramique Dieulefit <contact@atelier-ceramique-dieulefit.fr>", "Remboursement LO-INV-46381", w,
    "Bonsoir,\n\nJe demande le remboursement intégral de la facture LO-INV-46381 (abonnement trimestriel souscrit le "
    "25/09). Le Code de la consommation me donne un droit de rétractation de 14 jours et je compte bien l'exercer.\n\n"
    "Claire Morin\nAtelier Céramique - Dieulefit")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: statutory rights ('Code de la consommation', 'droit de rétractation') -> escalate.")

C.append(cust("contact@brasserie-du-mont-lozere.fr", "Brasserie du Mont Lozère", "monthly", start="2025-09-24", end="2025-10-23"))
PAY += [lopay("f36_p43", "LO-INV-46391", "contact@brasserie-du-mont-lozere.fr", "monthly", *M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")]
w = at("2025-09-27 17:30", FR)
r.case("cevennes-resilier-sans-remboursement", LOB, [Mail(
    "Brasserie du Mont Lozère <contact@brasserie-du-mont-lozere.fr>", "Fin d'abonnement", w,
    "Bonjour,\n\nmerci de mettre fin à l'abonnement à l'échéance. Pas besoin de remboursement pour le mois en cours, "
    "on l'utilise encore pour la fête de la bière. Raison : l'hiver on tourne au ralenti.\n\nSalutations "
    "brassicoles\nThomas Rouvière")],
    "decided", [K("cancel", "2025-10-23")],
    spec="s.8 negation: 'Pas besoin de remboursement' adds no refund; L8 cancel effective 2025-10-23.")

C.append(cust("direction@hotel-du-pont-dunkerque.fr", "Hôtel du Pont", "quarterly", start="2025-09-26", end="2025-12-25"))
PAY += [lopay("f36_p44", "LO-INV-46401", "direction@hotel-du-pont-dunkerque.fr", "quarterly", *Q, "2025-09-26T15:00:00", "2025-09-26", "2025-12-25")]
w = at("2025-09-29 09:40", FR)
r.case("dunkerque-mauvais-plan", LOB, [Mail(
    "Hôtel du Pont - Direction <direction@hotel-du-pont-dunkerque.fr>", "Erreur de formule", w,
    "Bonjour,\n\nJ'avais choisi la formule mensuelle et vous m'avez facturé le trimestre (LO-INV-46401, vendredi). "
    "C'est une erreur de facturation : merci de rectifier et de me rembourser la différence.\n\nCordialement,\n"
    "Hervé Decock\nDirecteur, Hôtel du Pont - Dunkerque")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('facturé le trimestre au lieu du mois') inside L3 (2025-09-26 -> 2025-09-29, day 3) -> L5 escalate, no amount.")

# ======================= Optima WebDesign =======================
P.append(proj("Optique du Val d'Auron Site", "contact@optique-val-auron.fr", None))
PAY.append(owpay("f36_o01", "OWD-2025-4601", "Optique du Val d'Auron Site", "discovery", "8500.00", "1530.00", "2025-09-24T12:00:00"))
w = at("2025-09-26 11:10", FR)
r.case("bourges-discovery-rien-commence", OWB, [Mail(
    "Optique du Val d'Auron <contact@optique-val-auron.fr>", "Demande de remboursement — Optique du Val d'Auron Site / OWD-2025-4601", w,
    "Bonjour,\n\nNous avons réglé le 24 septembre la phase de découverte (OWD-2025-4601) pour le site de la "
    "boutique. Aucun rendez-vous n'a encore eu lieu. Notre enseigne nationale vient d'imposer un site commun à "
    "tous les magasins : nous demandons donc le remboursement.\n\nCordialement,\nFrançois Girard\nOptique du Val "
    "d'Auron - Bourges", brand=OWB)],
    "decided", [R("approve", "8500.00")],
    spec="O1: discovery, work_started_at empty -> full refund 8500.00 (before tax).")

P.append(proj("Domaine de la Bastide Site", "vins@domaine-la-bastide-ardeche.fr", "2025-09-22T14:00:00"))
PAY.append(owpay("f36_o02", "OWD-2025-4602", "Domaine de la Bastide Site", "discovery", "7000.00", "1260.00", "2025-09-18T12:00:00"))
w = at("2025-09-26 15:00", FR)
r.case("ardeche-discovery-commencee", OWB, [Mail(
    "Domaine de la Bastide <vins@domaine-la-bastide-ardeche.fr>", "Annulation phase de découverte", w,
    "Bonjour,\n\nAprès notre premier atelier de lundi pour le Domaine de la Bastide Site, nous préférons reporter "
    "le projet après les vendanges 2026. Merci de rembourser la facture OWD-2025-4602.\n\nBien à vous,\nMathilde "
    "Roche", brand=OWB)],
    "decided", [R("deny")],
    spec="O1: work_started_at 2025-09-22 (first workshop) before the request 2025-09-26 -> deny.")

P.append(proj("Riad Nour El Ghazal Réservations", "contact@riad-nour-el-ghazal.ma", None))
PAY.append(owpay("f36_o03", "OWD-2025-4603", "Riad Nour El Ghazal Réservations", "deposit", "22000.00", "3960.00", "2025-09-28T15:00:00"))
w = at("2025-09-30 14:00", MA)
assert hours("2025-09-28T15:00:00", w) == 51.5
r.case("casablanca-acompte-dans-72h", OWB, [Mail(
    "Riad Nour El Ghazal <contact@riad-nour-el-ghazal.ma>", "Remboursement acompte — Riad Nour El Ghazal Réservations", w,
    "Bonjour,\n\nNous avons versé dimanche l'acompte pour le projet Riad Nour El Ghazal Réservations (facture OWD-2025-4603). "
    "Notre associé a finalement trouvé une solution de réservation déjà prête chez notre centrale. Le travail n'a "
    "pas commencé, nous sollicitons donc le remboursement de l'acompte.\n\nCordialement,\nNadia El Amrani\nGérante", brand=OWB)],
    "decided", [R("approve", "22000.00")],
    spec="O2: deposit paid 2025-09-28 15:00 IST (10:30 in Casablanca); request 2025-09-30 14:00 +01:00 = 18:30 IST = 51.5 h < 72 h, work not started -> approve 22000.00.")

P.append(proj("Carthage Tech Landing", "founders@carthage-tech.tn", None))
PAY.append(owpay("f36_o04", "OWD-2025-4604", "Carthage Tech Landing", "deposit", "16000.00", "2880.00", "2025-09-26T13:00:00"))
w = at("2025-09-29 09:00", MA)
assert hours("2025-09-26T13:00:00", w) == 72.5
r.case("tunis-acompte-72h-depasse", OWB, [Mail(
    "Carthage Tech <founders@carthage-tech.tn>", "Acompte Carthage Tech Landing", w,
    "Bonjour,\n\nOn a payé l'acompte vendredi matin (OWD-2025-4604) pour Carthage Tech "
    "Landing, et ce week-end notre levée de fonds a été repoussée. Merci de rembourser l'acompte, vous n'avez pas "
    "encore commencé.\n\nMehdi Gharbi\nCo-fondateur, Carthage Tech", brand=OWB)],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-26 13:00 IST (08:30 in Tunis, Friday morning); request 2025-09-29 09:00 +01:00 = 13:30 IST = 72.5 h >= 72 h -> deny.")

P.append(proj("Centre Équestre du Vaccarès Site", "club@equitation-vaccares.fr", "2025-09-27T09:00:00"))
PAY.append(owpay("f36_o05", "OWD-2025-4605", "Centre Équestre du Vaccarès Site", "deposit", "19000.00", "3420.00", "2025-09-26T11:00:00"))
w = at("2025-09-28 18:00", FR)
assert hours("2025-09-26T11:00:00", w) < 72
r.case("camargue-acompte-travail-commence", OWB, [Mail(
    "Centre Équestre du Vaccarès <club@equitation-vaccares.fr>", "Acompte OWD-2025-4605", w,
    "Bonsoir,\n\nPour le Centre Équestre du Vaccarès Site, nous voudrions récupérer l'acompte OWD-2025-4605 : le "
    "club a changé de président et le nouveau bureau ne veut pas de nouveau site.\n\nCordialement,\nCamille Aubanel, "
    "secrétaire du club", brand=OWB)],
    "decided", [R("deny")],
    spec="O2: work_started_at 2025-09-27 09:00 came before the request (2025-09-28 21:30 IST, 58.5 h) -> 'whichever occurs first': deny.")

P.append(proj("Menuiserie Vernet Refonte", "bureau@menuiserie-vernet.fr", "2025-08-11T10:00:00"))
PAY += [owpay("f36_o06", "OWD-2025-4606", "Menuiserie Vernet Refonte", "milestone", "26000.00", "4680.00", "2025-08-11T10:00:00", milestone_status="completed"),
        owpay("f36_o07", "OWD-2025-4607", "Menuiserie Vernet Refonte", "milestone", "21500.00", "3870.00", "2025-09-19T10:00:00", milestone_status="not_started"),
        owpay("f36_o08", "OWD-2025-4608", "Menuiserie Vernet Refonte", "milestone", "12500.00", "2250.00", "2025-09-19T10:05:00", milestone_status="in_progress")]
w = at("2025-09-25 10:20", FR)
r.case("privas-jalon-non-commence", OWB, [Mail(
    "Menuiserie Vernet <bureau@menuiserie-vernet.fr>", "Jalon 3 Menuiserie Vernet Refonte - OWD-2025-4607", w,
    "Bonjour,\n\nPour la refonte (Menuiserie Vernet Refonte), nous avons payé le jalon 3 « devis en ligne » "
    "(OWD-2025-4607). Notre fournisseur de logiciel de chiffrage nous en fournit un gratuitement, nous n'en avons "
    "donc plus besoin. Merci de le rembourser, je crois qu'il n'a pas démarré.\n\nCordialement,\nPierre Vernet\n"
    "Menuiserie Vernet - Privas", brand=OWB)],
    "decided", [R("approve", "21500.00")],
    spec="O3: milestone OWD-2025-4607 not_started -> refund its amount 21500.00 (before tax).")

w = at("2025-09-29 09:10", FR)
r.case("privas-jalon-en-cours", OWB, [Mail(
    "Menuiserie Vernet <bureau@menuiserie-vernet.fr>", "Jalon OWD-2025-4608 galerie", w,
    "Bonjour,\n\nautre point sur Menuiserie Vernet Refonte : la galerie photos (OWD-2025-4608) ne nous intéresse "
    "plus, notre photographe a la sienne. Votre chef de projet dit que c'est déjà entamé ; remboursez-nous ce qui "
    "n'a pas été fait, s'il vous plaît.\n\nPierre Vernet", brand=OWB)],
    "decided", [R("escalate")],
    spec="O3: milestone OWD-2025-4608 in_progress -> escalate.")

w = at("2025-09-29 09:25", FR)
r.case("privas-jalon-termine", OWB, [Mail(
    "Menuiserie Vernet <bureau@menuiserie-vernet.fr>", "Maquettes OWD-2025-4606", w,
    "Re-bonjour,\n\net les maquettes du premier jalon (OWD-2025-4606), livrées en août, finalement ma femme ne les "
    "aime plus. Merci de rembourser ce jalon, projet Menuiserie Vernet Refonte.\n\nPierre Vernet", brand=OWB)],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-4606 completed -> deny.")

P.append(proj("Haras de la Sologne Berrichonne Réseaux", "haras@haras-sologne-berry.fr", "2025-05-01T10:00:00"))
PAY.append(owpay("f36_o09", "OWD-2025-4609", "Haras de la Sologne Berrichonne Réseaux", "retainer", "10500.00", "1890.00", "2025-09-22T09:00:00",
                 period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22T09:00:00"))
w = at("2025-09-30 18:30", FR)
assert day_no("2025-10-15", w) <= 0
r.case("berry-haras-retainer-preavis", OWB, [Mail(
    "Haras de la Sologne Berrichonne <haras@haras-sologne-berry.fr>", "Résiliation suivi réseaux sociaux", w,
    "Bonsoir,\n\nNous résilions le suivi mensuel Haras de la Sologne Berrichonne Réseaux (dernière facture "
    "OWD-2025-4609). Motif : notre palefrenière, passionnée de photo, reprend la page Instagram.\n\nCordialement,\n"
    "Hélène Duplessis\nHaras de la Sologne Berrichonne", brand=OWB)],
    "decided", [K("cancel", "2025-10-21")],
    spec="O4/O8: next_billing_at 2025-10-22; request 2025-09-30 (IST 22:00) <= 2025-10-15 -> cancel, effective 2025-10-21.")

P.append(proj("Médiathèque Amicale Boulonnaise SEO", "amicale@mediatheque-amicale-boulogne.fr", "2025-04-04T10:00:00"))
PAY.append(owpay("f36_o10", "OWD-2025-4610", "Médiathèque Amicale Boulonnaise SEO", "retainer", "7500.00", "1350.00", "2025-09-04T09:00:00",
                 period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00"))
w = at("2025-09-29 11:00", FR)
r.case("boulogne-retainer-preavis-court", OWB, [Mail(
    "Amicale de la Médiathèque <amicale@mediatheque-amicale-boulogne.fr>", "Fin du contrat SEO", w,
    "Bonjour,\n\nnous mettons fin au contrat Médiathèque Amicale Boulonnaise SEO (facture OWD-2025-4610). La "
    "subvention de l'amicale n'a pas été renouvelée. Je sais que c'est un peu tard.\n\nCordialement,\nOdile Fournier, "
    "présidente", brand=OWB)],
    "decided", [K("cancel", "2025-11-03")],
    spec="O4: next_billing_at 2025-10-04; request 2025-09-29 > 2025-09-27 (less than 7 days) -> next cycle billed; effective 2025-11-03 (last day of 2025-10-04..2025-11-03).")

P.append(proj("Coutellerie du Bourbonnais Suivi", "atelier@coutellerie-bourbonnais.fr", "2025-03-01T10:00:00"))
PAY += [owpay("f36_o11", "OWD-2025-4611", "Coutellerie du Bourbonnais Suivi", "retainer", "9800.00", "1764.00", "2025-09-15T09:00:00",
              period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
        owpay("f36_o12", "OWD-2025-4612", "Coutellerie du Bourbonnais Suivi", "retainer", "9800.00", "1764.00", "2025-09-27T09:00:00",
              period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15T09:00:00")]
w = at("2025-09-29 14:30", FR)
assert day_no("2025-10-08", w) <= 0
r.case("bourbonnais-retainer-paye-d-avance", OWB, [Mail(
    "Coutellerie du Bourbonnais <atelier@coutellerie-bourbonnais.fr>", "Résiliation Coutellerie du Bourbonnais Suivi", w,
    "Bonjour,\n\nNous résilions le suivi mensuel (Coutellerie du Bourbonnais Suivi) : l'atelier est vendu au 31 "
    "décembre. Notre comptable a déjà réglé par erreur la période d'octobre, facture OWD-2025-4612.\n\nCordialement,\n"
    "Gilles Perrin\nCoutellerie du Bourbonnais - Moulins", brand=OWB)],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (2025-10-15..11-14, OWD-2025-4612) is paid and the notice is >= 7 days (2025-09-29 <= 2025-10-08) -> escalate.")

P.append(proj("Gîtes du Tanargue Hébergement", "reservation@gites-tanargue.fr", "2025-09-20T10:00:00"))
PAY.append(owpay("f36_o13", "OWD-2025-4613", "Gîtes du Tanargue Hébergement", "hosting_annual", "13500.00", "2430.00", "2025-09-18T09:00:00",
                 setup_fee="1350.00", service_start="2025-09-20"))
w = at("2025-09-29 10:00", FR)
assert day_no("2025-09-20", w) == 9 and o5("13500.00", "1350.00") == "11137.50"
r.case("ardeche-hebergement-prorata", OWB, [Mail(
    "Gîtes du Tanargue <reservation@gites-tanargue.fr>", "Demande de remboursement — Gîtes du Tanargue Hébergement / OWD-2025-4613", w,
    "Bonjour,\n\nNous demandons le remboursement de l'hébergement annuel (Gîtes du Tanargue Hébergement, "
    "OWD-2025-4613) : l'office de tourisme de la vallée nous héberge désormais gratuitement.\n\nCordialement,\n"
    "Sylvie Chabert", brand=OWB)],
    "decided", [R("approve", "11137.50")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-29 = day 9 <= 14; 13500 - 1350 - 12150/12 (1012.50) x 1 = 11137.50.")

P.append(proj("Rizerie d'Arles Maintenance", "it@rizerie-arles.fr", "2025-09-09T10:00:00"))
PAY.append(owpay("f36_o14", "OWD-2025-4614", "Rizerie d'Arles Maintenance", "maintenance_annual", "11400.00", "2052.00", "2025-09-05T09:00:00",
                 setup_fee="1400.00", service_start="2025-09-09"))
w = at("2025-09-26 09:50", FR)
assert day_no("2025-09-09", w) == 17
r.case("arles-maintenance-trop-tard", OWB, [Mail(
    "Rizerie d'Arles - Informatique <it@rizerie-arles.fr>", "Contrat de maintenance Rizerie d'Arles Maintenance", w,
    "Bonjour,\n\nLe groupe qui rachète la rizerie a son propre prestataire. Nous souhaitons être remboursés du "
    "contrat de maintenance annuel OWD-2025-4614.\n\nCordialement,\nKevin Sabatier", brand=OWB)],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-09, request 2025-09-26 = day 17 > 14 -> deny.")

P.append(proj("Boutique Bougies de l'Aven Shop", "contact@bougies-aven.fr", "2025-08-01T10:00:00"))
PAY.append(owpay("f36_o15", "OWD-2025-4615", "Boutique Bougies de l'Aven Shop", "third_party", "4200.00", "756.00", "2025-09-23T09:00:00"))
w = at("2025-09-25 16:40", FR)
r.case("ardeche-theme-licence", OWB, [Mail(
    "Bougies de l'Aven <contact@bougies-aven.fr>", "Licence thème + extension OWD-2025-4615", w,
    "Bonjour,\n\nvous avez facturé pour la Boutique Bougies de l'Aven Shop la licence du thème et l'extension de "
    "paiement (OWD-2025-4615). On a finalement gardé l'ancien thème : merci de rembourser.\n\nLouise Brun", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: third_party (theme licence, plugin) -> deny, 'Non-refundable items'.")

P.append(proj("Cabinet Vétérinaire des Garrigues Site", "accueil@veto-garrigues.fr", "2025-09-01T10:00:00"))
PAY.append(owpay("f36_o16", "OWD-2025-4616", "Cabinet Vétérinaire des Garrigues Site", "setup", "3500.00", "630.00", "2025-09-02T09:00:00"))
w = at("2025-09-24 12:30", FR)
r.case("cevennes-frais-installation", OWB, [Mail(
    "Cabinet Vétérinaire des Garrigues <accueil@veto-garrigues.fr>", "Frais de mise en service OWD-2025-4616", w,
    "Bonjour,\n\nLes frais de mise en service du Cabinet Vétérinaire des Garrigues Site (OWD-2025-4616) nous semblent "
    "injustifiés, tout était déjà prêt chez nous. Nous demandons leur remboursement.\n\nDr Agnès Pellet", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: setup fee -> deny, 'Non-refundable items'.")

P.append(proj("Friterie du Beffroi Site", "contact@friterie-du-beffroi.fr", "2025-09-15T10:00:00"))
PAY.append(owpay("f36_o17", "OWD-2025-4617", "Friterie du Beffroi Site", "deposit", "12000.00", "2160.00", "2025-09-28T10:00:00"))
w = at("2025-09-29 21:15", FR)
r.case("dunkerque-adresse-perso-c2", OWB, [Mail(
    "Bruno Lefebvre <bruno.lefebvre59@orange.fr>", "Remboursement acompte Friterie du Beffroi Site", w,
    "Bonsoir,\n\nJe vous écris de chez moi. Pour la Friterie du Beffroi Site on a versé l'acompte dimanche "
    "(OWD-2025-4617). On arrête, le propriétaire ne renouvelle pas le bail. Merci de rembourser.\n\nBruno Lefebvre", brand=OWB)],
    "need_info", rules=["C2"],
    spec="C2 (Optima explicit): sender bruno.lefebvre59@orange.fr is not the contract email contact@friterie-du-beffroi.fr -> ask to write from it, nothing about the project.")

P.append(proj("Savonnerie de la Drôme Boutique", "commandes@savonnerie-drome.fr", "2025-07-01T10:00:00"))
PAY += [owpay("f36_o18", "OWD-2025-4618", "Savonnerie de la Drôme Boutique", "milestone", "15000.00", "2700.00", "2025-07-01T10:00:00", milestone_status="completed"),
        owpay("f36_o19", "OWD-2025-4619", "Savonnerie de la Drôme Boutique", "setup", "2500.00", "450.00", "2025-07-02T10:00:00"),
        owpay("f36_o20", "OWD-2025-4620", "Savonnerie de la Drôme Boutique", "third_party", "1800.00", "324.00", "2025-09-10T10:00:00")]
w1 = at("2025-09-25 10:30", FR)
sv1 = Mail("Savonnerie de la Drôme <commandes@savonnerie-drome.fr>", "Remboursement Savonnerie de la Drôme Boutique", w1,
           "Bonjour,\n\nPour la Savonnerie de la Drôme Boutique, nous voudrions être remboursés : la boutique n'est "
           "toujours pas connectée à notre caisse, alors que nous avons payé pour cela.\n\nCordialement,\nVirginie Reynaud\n"
           "Savonnerie de la Drôme - Nyons", brand=OWB)
r.case("nyons-facture-manque", OWB, [sv1], "need_info", missing=["invoice_number"],
       spec="C3: contract sender, project and reason given; the project holds three payments and the mail names neither an invoice nor a payment -> ask for invoice_number.")
sv2 = Mail("Savonnerie de la Drôme <commandes@savonnerie-drome.fr>", "Re: Remboursement Savonnerie de la Drôme Boutique", at("2025-09-26 09:00", FR),
           "Bonjour,\n\nLa facture est owd 2025/4619.\n\nV. Reynaud\n\nLe 25/09/2025 à 14:20, Optima WebDesign a écrit :\n"
           "> Merci de nous indiquer le numéro de facture.", brand=OWB, reply=sv1)
r.case("nyons-facture-donnee", OWB, [sv1, sv2], "decided", [R("deny")],
       spec="C3 thread: 'owd 2025/4619' (s.8 matching) is a setup fee -> O6 deny.")

P.append(proj("Club de Canoë des Gorges Site", "bureau@canoe-gorges.fr", "2025-03-01T10:00:00"))
PAY.append(owpay("f36_o21", "OWD-2025-4621", "Club de Canoë des Gorges Site", "retainer", "5500.00", "990.00", "2025-09-01T09:00:00",
                 period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T09:00:00"))
w1 = at("2025-09-22 19:20", FR)
cn1 = Mail("Club de Canoë des Gorges <bureau@canoe-gorges.fr>", "Résiliation contrat", w1,
           "Bonsoir,\n\nLe club résilie le contrat mensuel du Club de Canoë des Gorges Site, facture OWD-2025-4621.\n\n"
           "Sportivement,\nle bureau", brand=OWB)
r.case("ardeche-canoe-motif-manque", OWB, [cn1], "need_info", missing=["reason"],
       spec="s.8: Optima requires a reason for cancellations; contract sender, project and invoice given -> ask for the reason.")
cn2 = Mail("Club de Canoë des Gorges <bureau@canoe-gorges.fr>", "Re: Résiliation contrat", at("2025-09-26 18:05", FR),
           "Bonsoir,\n\nLe motif : l'assemblée générale a voté la fin des dépenses de communication, un bénévole "
           "s'occupera du site.\n\nAlain Vidal, président", brand=OWB, reply=cn1)
assert day_no("2025-09-24", w1) <= 0
r.case("ardeche-canoe-motif-donne", OWB, [cn1, cn2], "decided", [K("cancel", "2025-09-30")],
       spec="C3 thread: reason supplied; request time = first email 2025-09-22 (IST 22:50) <= 2025-09-24 (next_billing_at 2025-10-01 minus 7) -> cancel effective 2025-09-30.")

P.append(proj("Tonnellerie Berrichonne Site", "contact@tonnellerie-berrichonne.fr", None))
PAY.append(owpay("f36_o22", "OWD-2025-4622", "Tonnellerie Berrichonne Site", "deposit", "17000.00", "3060.00", "2025-09-29T10:00:00"))
w = at("2025-09-30 10:00", FR)
r.case("berry-acompte-avocat", OWB, [Mail(
    "Tonnellerie Berrichonne <contact@tonnellerie-berrichonne.fr>", "Acompte Tonnellerie Berrichonne Site", w,
    "Bonjour,\n\nLe projet Tonnellerie Berrichonne Site ne se fera pas : nous exigeons le remboursement de l'acompte "
    "OWD-2025-4622 versé hier. À défaut, notre avocat prendra contact avec vous.\n\nJacques Berthon, gérant", brand=OWB)],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: lawyer threat -> escalate the refund (the deposit would otherwise be an O2 approve); an escalated cancellation of the project would be harmless (extra_ok).")

w = at("2025-09-27 08:00", FR)
r.case("owd-reponse-automatique", OWB, [Mail(
    "Hélène Duplessis <haras@haras-sologne-berry.fr>", "Absence : Résiliation suivi réseaux sociaux", w,
    "Je suis en concours hippique jusqu'au 3 octobre, réponse à mon retour.",
    brand=OWB, headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

w = at("2025-09-24 15:30", FR)
r.case("owd-question-tva", OWB, [Mail(
    "Gîtes du Tanargue <reservation@gites-tanargue.fr>", "Question facture", w,
    "Bonjour,\n\nsur la facture OWD-2025-4613, la TVA est-elle récupérable pour une SARL française ? Et "
    "l'hébergement se renouvelle-t-il tout seul l'an prochain ?\n\nMerci,\nSylvie Chabert", brand=OWB)],
    "other", spec="Questions about VAT and renewal; no refund or cancellation -> other.")

P.append(proj("Pépinière Start-up Esch Portail", "tech@pepiniere-esch.lu", "2025-09-12T10:00:00"))
PAY.append(owpay("f36_o23", "OWD-2025-4623", "Pépinière Start-up Esch Portail", "hosting_annual", "8400.00", "1512.00", "2025-09-27T09:00:00",
                 setup_fee="1200.00", service_start="2025-10-20"))
w = at("2025-09-30 11:30", FR)
assert o5("8400.00", "1200.00") == "6600.00"
r.case("luxembourg-hebergement-avant-debut", OWB, [Mail(
    "Pépinière Esch - Tech <tech@pepiniere-esch.lu>", "Remboursement hébergement OWD-2025-4623", w,
    "Bonjour,\n\nL'hébergement du projet Pépinière Start-up Esch Portail (OWD-2025-4623) devait commencer le 20 octobre. "
    "Notre conseil d'administration préfère finalement un hébergement interne. Merci de nous rembourser.\n\n"
    "Cordialement,\nYannick Schmit\nResponsable technique", brand=OWB)],
    "decided", [R("approve", "6600.00")], extra_ok=True,
    spec="O5 + s.8: service starts 2025-10-20, after the request -> consumed_months 1: 8400 - 1200 - 7200/12 (600) = 6600.00.")

P.append(proj("Agriturismo Rossi Drôme Site", "info@agriturismo-rossi.fr", "2025-08-01T10:00:00"))
PAY.append(owpay("f36_o24", "OWD-2025-4624", "Agriturismo Rossi Drôme Site", "change_request", "3900.00", "702.00", "2025-09-22T09:00:00"))
w = at("2025-09-24 10:45", FR)
r.case("italien-demande-modification", OWB, [Mail(
    "Agriturismo Rossi <info@agriturismo-rossi.fr>", "Modification OWD-2025-4624", w,
    "Buongiorno, bonjour,\n\nnous avons demandé et payé une modification pour Agriturismo Rossi Drôme Site "
    "(OWD-2025-4624, nouvelle page menu). Finalement la vieille page était plus belle. Rendez l'argent et remettez "
    "l'ancienne, per favore.\n\nCordiali saluti\nMarco Rossi, Dieulefit", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: change_request -> deny, 'Non-refundable items'.")

P.append(proj("Atelier Vitrail Kharkiv-Alès Site", "atelier@vitrail-ales.fr", None))
PAY.append(owpay("f36_o25", "OWD-2025-4625", "Atelier Vitrail Kharkiv-Alès Site", "discovery", "5000.00", "900.00", "2025-09-26T12:00:00"))
w = at("2025-09-29 13:00", UA)
r.case("ukrainien-thunderbird-tr-c2", OWB, [Mail(
    "Iryna Melnyk <iryna.melnyk@ukr-mail.example>", "TR: Demande de remboursement — Atelier Vitrail Kharkiv-Alès Site", w,
    "Bonjour, mon mari a écrit ça, je vous transfère car lui n'a pas internet à l'atelier.\nIryna\n\n"
    "-------- Message transféré --------\nSujet : Demande de remboursement — Atelier Vitrail Kharkiv-Alès Site\n"
    "Date : Sun, 28 Sep 2025 19:40:12 +0200\nDe : Atelier Vitrail <atelier@vitrail-ales.fr>\nPour : Iryna Melnyk "
    "<iryna.melnyk@ukr-mail.example>\n\nMerci d'envoyer à Optima : nous voulons le remboursement de la découverte "
    "OWD-2025-4625, nous fermons l'atelier d'Alès pour rentrer à Kharkiv.\nTaras", brand=OWB)],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: a Thunderbird forward carrying the request from the contract email atelier@vitrail-ales.fr; the sender is the wife's address -> ask for the request from the contract email.")

r.write(ledger)
