"""fresh38_fr: French held-out cases (Strasbourg-Neudorf, Mulhouse, Besançon, Dijon, Orléans, Le Mans, Angers,
La Rochelle, Pau, Nîmes, Toulon, Geneva's international staff, Trois-Rivières, Moncton, Yaoundé, Lomé; French
written by Italian-Swiss, Hungarian and Vietnamese speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (every person, firm, club and body is invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, A, M, Q, K, Mail, R, Round, at, cust, ist_day, ist_hours, lopay, owpay,  # noqa: E402
                 proj)

FR = 2    # CEST: France, Geneva, Ticino in September 2025
QC = -4   # EDT: Trois-Rivières (Quebec)
NB = -3   # ADT: Moncton (New Brunswick)
CM = 1    # WAT: Yaoundé
TG = 0    # GMT: Lomé
ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "fr")


def day(paid, sent, n):
    assert ist_day(paid, sent) == n, (paid, sent, ist_day(paid, sent))
    return sent


def hours(paid, sent, lo, hi):
    h = ist_hours(paid, sent)
    assert lo <= h <= hi, (paid, sent, h)
    return sent


# ======================= LeadsOptima =======================
C.append(cust("c.muller@neudorf-velos.example", "Cédric Muller", "monthly", start="2025-09-22", end="2025-10-21"))
PAY += [lopay("fl01", "LO-INV-48101", "c.muller@neudorf-velos.example", "monthly", *M, "2025-09-22T11:00:00", "2025-09-22", "2025-10-21"),
        lopay("fl02", "LO-INV-48102", "c.muller@neudorf-velos.example", "monthly", *M, "2025-09-22T11:01:00", "2025-09-22", "2025-10-21")]
r.case("neudorf-debit-double", LOB, [Mail(
    "Cédric Muller <c.muller@neudorf-velos.example>", "prelevement en double",
    day("2025-09-22T11:01:00", at("2025-09-24 12:50", FR), 2),
    "Bonjour,\n\nje viens de voir sur mon compte pro que vous m'avez preleve 2 fois l'abonnement mensuel lundi "
    "(2 x 1 499,00 INR). La deuxieme facture c'est LO-INV-48102, c'est un doublon evident. Merci de me rembourser "
    "celle-la.\n\nBonne journee\nCedric\n\nNeudorf Vélos · route du Polygone · Strasbourg-Neudorf\n\nEnvoyé de mon iPhone")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: fl01/fl02 same account, amount, period (2025-09-22, Monday); request 2025-09-24 (day 2) -> refund the later LO-INV-48102 = 1499.00 before tax.")

C.append(cust("compta@fonderie-ill.example", "Fonderie de l'Ill SAS", "quarterly", start="2025-09-18", end="2025-12-17"))
PAY += [lopay("fl03", "LO-INV-48111", "compta@fonderie-ill.example", "quarterly", *Q, "2025-09-18T15:00:00", "2025-09-18", "2025-12-17"),
        lopay("fl04", "LO-INV-48112", "compta@fonderie-ill.example", "quarterly", *Q, "2025-09-18T15:02:00", "2025-09-18", "2025-12-17")]
r.case("mulhouse-jour7-outlook", LOB, [Mail(
    "Comptabilité Fonderie de l'Ill <compta@fonderie-ill.example>", "RE: Votre facture LO-INV-48112 - double débit",
    day("2025-09-18T15:00:00", at("2025-09-25 18:45", FR), 7),
    "Madame, Monsieur,\n\nNous constatons sur le relevé de notre carte affaires que l'abonnement trimestriel a été débité "
    "deux fois le 18/09/2025, pour 3 999,00 INR HT chacun. La facture LO-INV-48112 correspond au second débit, "
    "manifestement en doublon. Nous vous remercions de bien vouloir procéder au remboursement de ce montant sur la "
    "carte d'origine.\n\nCordialement,\n\nNadège Frey\nService comptabilité fournisseurs\nFonderie de l'Ill SAS · "
    "rue de la Fonderie · 68100 Mulhouse\nSAS au capital de 250 000 € · RCS Mulhouse 812 334 551\n\n"
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires.\n\n"
    "De : LeadsOptima Billing <billing@leadsoptima.com>\nEnvoyé : jeudi 18 septembre 2025 11:32\nÀ : "
    "compta@fonderie-ill.example\nObjet : Votre facture LO-INV-48112\n\nMerci pour votre paiement.")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-18 IST (day 0); email 2025-09-25 18:45 CEST = 22:15 IST, day 7, inside; L4 duplicate LO-INV-48112 -> 3999.00.")

C.append(cust("info@erabliere-trois-rivieres.example", "Érablière du Cap", "annual", start="2025-09-16", end="2026-09-15"))
PAY += [lopay("fl05", "LO-INV-48121", "info@erabliere-trois-rivieres.example", "annual", *A, "2025-09-16T11:00:00", "2025-09-16", "2026-09-15"),
        lopay("fl06", "LO-INV-48122", "info@erabliere-trois-rivieres.example", "annual", *A, "2025-09-16T11:01:00", "2025-09-16", "2026-09-15")]
r.case("trois-rivieres-jour8-fuseau", LOB, [Mail(
    "Érablière du Cap <info@erabliere-trois-rivieres.example>", "Chargé deux fois pour l'abonnement annuel",
    day("2025-09-16T11:00:00", at("2025-09-23 15:00", QC), 8),
    "Bonjour,\n\nJ'ai été chargé deux fois le 16 septembre pour l'abonnement annuel, factures LO-INV-48121 pis "
    "LO-INV-48122 (11 988 roupies chaque). On est encore dans les 7 jours, fait que j'aimerais ravoir le deuxième "
    "montant svp.\n\nMerci ben\nGaétan Lesieur\nÉrablière du Cap, Trois-Rivières (Qc)")],
    "decided", [R("deny")],
    spec="L3 counted in Asia/Kolkata: charge 2025-09-16 11:00 IST (01:30 EDT the 16th); email 2025-09-23 15:00 EDT = 2025-09-24 00:30 IST = day 8 > 7 -> deny, although it is day 7 in Quebec.")

C.append(cust("atelier@horlogerie-battant.example", "Horlogerie du Battant", "monthly", start="2025-09-27", end="2025-10-26"))
PAY += [lopay("fl07", "LO-INV-48131", "atelier@horlogerie-battant.example", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
        lopay("fl08", "LO-INV-48132", "atelier@horlogerie-battant.example", "monthly", *M, "2025-09-27T10:01:00", "2025-09-27", "2025-10-26"),
        lopay("fl09", "LO-INV-48133", "atelier@horlogerie-battant.example", "monthly", *M, "2025-09-27T10:02:00", "2025-09-27", "2025-10-26")]
r.case("besancon-trois-debits", LOB, [Mail(
    "Horlogerie du Battant <atelier@horlogerie-battant.example>", "Trois prélèvements identiques samedi",
    day("2025-09-27T10:00:00", at("2025-09-29 09:30", FR), 2),
    "Bonjour,\n\nSamedi 27 septembre, vous avez prélevé trois fois l'abonnement mensuel, à une minute d'intervalle. "
    "Seule la facture LO-INV-48131 est légitime ; les factures LO-INV-48132 et LO-INV-48133 sont en trop, soit "
    "deux fois 1 499,00. Merci de rembourser les deux.\n\nBien cordialement,\nAurélien Vuillemin\nHorloger-rhabilleur\n"
    "Horlogerie du Battant · Besançon")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges fl07/08/09 (2025-09-27), request 2025-09-29 (day 2): each after the first is a duplicate -> 2 x 1499.00 = 2998.00.")

C.append(cust("contact@cave-des-ducs.example", "Cave des Ducs", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("fl10", "LO-INV-48141", "contact@cave-des-ducs.example", "monthly", *M, "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")]
r.case("dijon-double-sans-paire", LOB, [Mail(
    "Cave des Ducs <contact@cave-des-ducs.example>", "Payé deux fois ?",
    day("2025-09-26T12:00:00", at("2025-09-28 17:30", FR), 2),
    "Bonjour,\n\nma banque m'affiche deux lignes LeadsOptima vendredi pour le même montant, alors que je n'ai reçu qu'une "
    "facture (LO-INV-48141). J'ai donc payé deux fois. Pouvez-vous me rembourser le doublon ?\n\nCordialement\n"
    "Sylvie Bonnot\nCave des Ducs, rue de la Chouette, Dijon")],
    "decided", [R("escalate")],
    spec="L4: duplicate claimed inside the window (charge 2025-09-26, request day 2), but the ledger has only fl10, no pair -> escalate, no amount.")

C.append(cust("gerance@syndic-loiret.example", "Syndic du Loiret", "annual", start="2025-09-25", end="2026-09-24"))
PAY += [lopay("fl11", "LO-INV-48151", "gerance@syndic-loiret.example", "annual", *A, "2025-09-25T10:30:00", "2025-09-25", "2026-09-24")]
r.case("orleans-mauvaise-formule", LOB, [Mail(
    "Syndic du Loiret - Gérance <gerance@syndic-loiret.example>", "Erreur de formule facturée",
    day("2025-09-25T10:30:00", at("2025-09-26 14:10", FR), 1),
    "Bonjour,\n\nHier j'ai souscrit la formule mensuelle, j'en suis certain (capture d'écran à l'appui), mais vous nous "
    "avez facturé la formule annuelle à 11 988 roupies (LO-INV-48151). C'est une erreur de facturation : mauvaise "
    "formule. Merci de corriger et de rembourser la différence.\n\nCordialement,\nThierry Pasquier\n"
    "Gestionnaire de copropriétés · Syndic du Loiret · Orléans")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside the window (day 1) -> L5 escalate with fl11, no amount.")

C.append(cust("direction@hotel-des-jacobins.example", "Hôtel des Jacobins", "monthly", start="2025-09-29", end="2025-10-28"))
PAY += [lopay("fl12", "LO-INV-48161", "direction@hotel-des-jacobins.example", "monthly", *M, "2025-09-29T07:00:00", "2025-09-29", "2025-10-28")]
r.case("le-mans-apres-resiliation", LOB, [Mail(
    "Hôtel des Jacobins - Direction <direction@hotel-des-jacobins.example>", "Prélèvement malgré résiliation",
    day("2025-09-29T07:00:00", at("2025-09-30 10:20", FR), 1),
    "Bonjour,\n\nJ'avais résilié notre abonnement le 12 septembre via Billing (j'ai le mail de confirmation). Or vous "
    "nous avez encore prélevés dans la nuit de dimanche à lundi, facture LO-INV-48161. Un prélèvement après résiliation n'est pas normal : "
    "merci de nous rembourser.\n\nCordialement,\nIsabelle Chevreau\nDirectrice · Hôtel des Jacobins · Le Mans")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside the window (charge 2025-09-29 07:00 IST = 03:30 CEST, 'dans la nuit de dimanche à lundi'; day 1) -> L5 escalate. The earlier cancellation is a past event.")

C.append(cust("dev@kerhoas-it.example", "Yann Kerhoas IT", "quarterly", start="2025-09-24", end="2025-12-23"))
PAY += [lopay("fl13", "LO-INV-48171", "dev@kerhoas-it.example", "quarterly", *Q, "2025-09-24T16:00:00", "2025-09-24", "2025-12-23")]
r.case("angers-freelance-ecran-blanc", LOB, [Mail(
    "Yann Kerhoas <dev@kerhoas-it.example>", "Impossible de se connecter depuis jeudi",
    day("2025-09-24T16:00:00", at("2025-09-27 11:40", FR), 3),
    "Salut l'équipe,\n\ndepuis jeudi impossible de me connecter au dashboard : après le login j'ai un écran blanc puis "
    "un timeout (console : 504 Gateway Timeout sur /api/session). Testé Firefox, Chrome, navigation privée, 4G : "
    "pareil. J'ai payé le trimestre mercredi (LO-INV-48171) et je n'ai pas pu m'en servir une seule fois. Si ce n'est "
    "pas réglé, je voudrais être remboursé.\n\n++\nYann\n-- \nYann Kerhoas · dev freelance · Angers")],
    "decided", [R("escalate")],
    spec="L2 access_failure (cannot log in since Thursday) inside the window (charge 2025-09-24, request 2025-09-27, day 3) -> L6 escalate.")

C.append(cust("marion.guerin@orange.fr", "Marion Guérin", "monthly", start="2025-09-08", end="2025-10-07"))
PAY += [lopay("fl14", "LO-INV-48181", "marion.guerin@orange.fr", "monthly", *M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")]
r.case("la-rochelle-acces-trop-tard", LOB, [Mail(
    "Marion Guérin <marion.guerin@orange.fr>", "plus d'accès",
    day("2025-09-08T10:00:00", at("2025-09-19 18:20", FR), 11),
    "bonjour virgule depuis le prelevement du 8 septembre je n arrive plus a me connecter la plateforme ne charge "
    "pas point je voudrais etre remboursee de la facture LO-INV-48181 point merci marion guerin la rochelle\n\n"
    "Dicté avec Siri")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-08, request 2025-09-19 = day 11 > 7 -> deny citing the 7-day rule. Dictated text.")

C.append(cust("boutique@surf-gave.example", "Surf du Gave", "monthly", start="2025-09-28", end="2025-10-27"))
PAY += [lopay("fl15", "LO-INV-48191", "boutique@surf-gave.example", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")]
r.case("pau-change-avis", LOB, [Mail(
    "Surf du Gave <boutique@surf-gave.example>", "Remboursement LO-INV-48191",
    day("2025-09-28T10:00:00", at("2025-09-29 09:05", FR), 1),
    "Bonjour,\n\nAprès réflexion on préfère rester sur les réseaux sociaux et le bouche-à-oreille, l'outil est trop complet pour "
    "une petite boutique comme la nôtre. On ne l'a presque pas utilisé. Pouvez-vous rembourser la facture d'hier, "
    "LO-INV-48191 ?\n\nMerci et bonne journée\nLaetitia Etcheverry\nSurf du Gave · Pau")],
    "decided", [R("deny")],
    spec="L1: changed mind / barely used is none of the L2 reasons -> deny, cancellation offered.")

C.append(cust("bureau@creche-les-lucioles.example", "Crèche associative Les Lucioles", "quarterly", start="2025-09-20", end="2025-12-19"))
PAY += [lopay("fl16", "LO-INV-48201", "bureau@creche-les-lucioles.example", "quarterly", *Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")]
r.case("nimes-creche-resilier-et-prorata", LOB, [Mail(
    "Bureau Les Lucioles <bureau@creche-les-lucioles.example>", "Résiliation + remboursement au prorata",
    day("2025-09-20T10:00:00", at("2025-09-23 21:00", FR), 4),
    "Bonsoir,\n\nNous sommes une crèche associative à Nîmes (quartier Jean-Jaurès). Le conseil d'administration a "
    "estimé hier soir que l'abonnement trimestriel était trop cher pour notre budget. Nous résilions donc "
    "l'abonnement et souhaiterions être remboursés au prorata des semaines restantes (facture LO-INV-48201).\n\n"
    "Bien à vous,\nSamia Boudjema, présidente\nCrèche associative Les Lucioles · association loi 1901")],
    "decided", [R("deny"), K("cancel", "2025-12-19")],
    spec="L1 (too expensive; no partial refunds for unused days) -> refund deny; L8 cancel effective current_period_end 2025-12-19.")

C.append(cust("pierre.ollivier@laposte.net", "Pierre Ollivier", "monthly", status="trial", trial_ends="2025-10-04"))
r.case("toulon-essai-gratuit", LOB, [Mail(
    "Pierre Ollivier <pierre.ollivier@laposte.net>", "Remboursement période d'essai",
    at("2025-09-30 14:00", FR),
    "Bonjour,\n\nJe suis en période d'essai jusqu'au 4 octobre et je vois une pré-autorisation de votre part sur ma "
    "carte. Je ne veux rien payer pendant l'essai, remboursez-moi s'il vous plaît.\n\nPierre Ollivier, Toulon (Mourillon)")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-04), no charge in the ledger: nothing to refund -> deny; no billing unless they subscribe.")

C.append(cust("a.okafor@ngo-hydra.example", "Adaeze Okafor", "annual", start="2025-04-10", end="2026-04-09"))
PAY += [lopay("fl17", "LO-INV-48211", "a.okafor@ngo-hydra.example", "annual", *A, "2025-04-10T09:00:00", "2025-04-10", "2026-04-09")]
r.case("geneve-fonctionnaire-resiliation", LOB, [Mail(
    "Adaeze Okafor <a.okafor@ngo-hydra.example>", "Résiliation abonnement annuel / Cancellation",
    at("2025-09-22 09:15", FR),
    "Bonjour,\n\nMon mandat à Genève se termine fin novembre et je rentre à Lagos ; je n'aurai plus besoin de l'outil "
    "pour la levée de fonds. Je résilie donc mon abonnement annuel. Merci de me confirmer la date de fin.\n\n"
    "Meilleures salutations / Best regards\nAdaeze Okafor\nProgramme Officer, Hydra Water Alliance (ONG), Genève\n"
    "Please consider the environment before printing this e-mail.")],
    "decided", [K("cancel", "2026-04-09")],
    spec="L8: cancel, active until current_period_end 2026-04-09; no refund asked.")

C.append(cust("info@boulangerie-dieppe-moncton.example", "Boulangerie Dieppe", "monthly"))
PAY += [lopay("fl18", "LO-INV-48221", "info@boulangerie-dieppe-moncton.example", "monthly", *M, "2025-08-12T19:00:00", None, None),
        lopay("fl19", "LO-INV-48222", "info@boulangerie-dieppe-moncton.example", "monthly", *M, "2025-09-12T19:00:00", None, None)]
r.case("moncton-resiliation-repli", LOB, [Mail(
    "Boulangerie Dieppe <info@boulangerie-dieppe-moncton.example>", "Canceller l'abonnement",
    at("2025-09-26 08:30", NB),
    "Allô,\n\nOn a décidé de canceller notre abonnement mensuel. Le marché de fin de semaine nous amène assez de "
    "clients, on n'a pas le temps de s'occuper de la pub en ligne.\n\nMerci, bonne journée\nRéjeanne Cormier\n"
    "Boulangerie Dieppe, Moncton (N.-B.)")],
    "decided", [K("cancel", "2025-10-11")],
    spec="L8 fallback: no current_period_end; last charge fl19 2025-09-12 19:00 IST (local date 2025-09-12) + 1 month - 1 day = 2025-10-11.")

C.append(cust("direction@groupe-mbarga.example", "Groupe Mbarga Immobilier", "annual"))
PAY += [lopay("fl20", "LO-INV-48231", "direction@groupe-mbarga.example", "annual", *A, "2024-10-01T20:00:00+00:00", None, None)]
r.case("yaounde-repli-decalage", LOB, [Mail(
    "Groupe Mbarga Immobilier <direction@groupe-mbarga.example>", "Résiliation de la licence annuelle",
    at("2025-09-24 10:00", CM),
    "Bonjour,\n\nNous vous informons de la résiliation de notre licence annuelle LeadsOptima. La gestion locative de "
    "nos immeubles de Bastos et d'Essos passe sur le logiciel de notre nouveau partenaire. Pour mémoire, le "
    "dernier paiement date du 1er octobre 2024 au soir.\n\nVeuillez agréer nos salutations distinguées.\n"
    "Hervé Mbarga Nkodo\nDirecteur général, Groupe Mbarga Immobilier · Yaoundé")],
    "decided", [K("cancel", "2025-10-01")],
    spec="L8 fallback with an offset: fl20 paid 2024-10-01T20:00Z (21:00 in Yaoundé) = 2024-10-02 01:30 IST; local date 2024-10-02 + 12 months - 1 day = 2025-10-01 (s.8).")

C.append(cust("k.agbeko@agbeko-transit.example", "Kossi Agbeko", "monthly", start="2025-09-15", end="2025-10-14"))
PAY += [lopay("fl21", "LO-INV-48241", "k.agbeko@agbeko-transit.example", "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")]
r.case("lome-gmail-c2", LOB, [Mail(
    "Kossi Agbeko <kossi.agbeko228@gmail.com>", "Arrêt abonnement Agbeko Transit",
    at("2025-09-27 11:00", TG),
    "Bonjour,\n\nJe vous écris depuis mon adresse personnelle car le serveur de la société est en panne. Merci "
    "d'arrêter l'abonnement mensuel, le compte est au nom de k.agbeko@agbeko-transit.example. Envoyez-moi aussi le "
    "récapitulatif de tous les paiements de cette année.\n\nCordialement\nKossi Agbeko\nAgbeko Transit & Logistique, Lomé")],
    "need_info", rules=["C2"],
    spec="C2: sent from a gmail address, naming the registered k.agbeko@agbeko-transit.example -> ask from the registered address; no account details.")

C.append(cust("gerant@auto-ecole-bourgogne.example", "Auto-école Bourgogne", "quarterly", start="2025-08-01", end="2025-10-31"))
PAY += [lopay("fl22", "LO-INV-48251", "gerant@auto-ecole-bourgogne.example", "quarterly", *Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")]
r.case("dijon-tr-secretariat", LOB, [Mail(
    "Secrétariat Auto-école Bourgogne <accueil@auto-ecole-bourgogne.example>", "TR: Résiliation LeadsOptima",
    at("2025-09-29 11:20", FR),
    "Bonjour,\n\nJe vous transfère la demande de notre gérant.\n\nCordialement,\nMélanie\n\n"
    "De : Gérant Auto-école Bourgogne <gerant@auto-ecole-bourgogne.example>\nEnvoyé : lundi 29 septembre 2025 10:48\n"
    "À : accueil@auto-ecole-bourgogne.example\nObjet : Résiliation LeadsOptima\n\nMélanie, peux-tu résilier l'abonnement "
    "trimestriel LeadsOptima (compte gerant@auto-ecole-bourgogne.example) ? Les inscriptions passent maintenant par la "
    "plateforme de la fédération.\nPhilippe")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request names the registered gerant@...; the sender accueil@ (same domain) is another address -> ask from the registered address.")

C.append(cust("helene.bouvet@free.fr", "Hélène Bouvet", "monthly", start="2025-09-10", end="2025-10-09"))
PAY += [lopay("fl23", "LO-INV-48261", "helene.bouvet@free.fr", "monthly", *M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")]
r.case("angers-adresse-plus", LOB, [Mail(
    "Hélène Bouvet <helene.bouvet+pro@free.fr>", "Résiliation",
    at("2025-09-24 19:10", FR),
    "Bonjour,\n\nje résilie mon abonnement mensuel : je pars à la retraite et je ferme mon cabinet de sophrologie.\n\n"
    "Hélène Bouvet, Angers")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: helene.bouvet+pro@free.fr is another address than the registered helene.bouvet@free.fr -> C2.")

P.append(proj("Cave Coopérative Costières Site", "cave@costieres-coop.example", "2025-09-01T10:00:00"))
r.case("client-autre-marque", LOB, [Mail(
    "Cave Coopérative des Costières <cave@costieres-coop.example>", "Demande de remboursement",
    at("2025-09-26 15:30", FR),
    "Bonjour,\n\nvous nous avez débité deux fois la semaine dernière, merci de rembourser un des deux paiements. Je "
    "n'ai pas le numéro de facture sous la main.\n\nCordialement\nJean-Louis Fabre, Nîmes")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: an Optima WebDesign contract email, unknown in the LeadsOptima ledger -> treated as any unknown sender: C2, need_info.")

C.append(cust("compta@garage-sarthe.example", "Garage de la Sarthe", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("fl24", "LO-INV-48271", "compta@garage-sarthe.example", "monthly", *M, "2025-07-25T10:00:00", "2025-07-25", "2025-08-24"),
        lopay("fl25", "LO-INV-48272", "compta@garage-sarthe.example", "monthly", *M, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24"),
        lopay("fl26", "LO-INV-48273", "compta@garage-sarthe.example", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")]
r.case("le-mans-mauvais-montant-sans-facture", LOB, [Mail(
    "Garage de la Sarthe - Compta <compta@garage-sarthe.example>", "Montant incorrect",
    at("2025-09-27 10:45", FR),
    "Bonjour,\n\nle montant que vous nous prélevez ne correspond pas au tarif promis par votre commercial (il nous "
    "avait parlé d'une remise de lancement). C'est un montant incorrect ; merci de rembourser la différence.\n\n"
    "Cordialement,\nFabienne Lemaître, comptable\nGarage de la Sarthe, Le Mans")],
    "need_info", missing=["invoice_number"],
    spec="C3: billing_error (wrong amount) from the registered email (plan from the ledger), but three charges on the account and none named -> ask for the invoice number.")

C.append(cust("reception@hotel-citadelle-besancon.example", "Hôtel de la Citadelle", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("fl27", "LO-INV-48281", "reception@hotel-citadelle-besancon.example", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")]
r.case("besancon-sans-motif", LOB, [Mail(
    "Hôtel de la Citadelle <reception@hotel-citadelle-besancon.example>", "Demande de remboursement LO-INV-48281",
    at("2025-09-28 10:00", FR),
    "Madame, Monsieur,\n\nNous vous prions de bien vouloir procéder au remboursement de la facture LO-INV-48281.\n\n"
    "Dans l'attente de votre retour, nous vous prions d'agréer nos salutations distinguées.\n\nLa réception\n"
    "Hôtel de la Citadelle *** · Besançon · SIRET 514 227 890 00018")],
    "need_info", missing=["reason"],
    spec="C3 + s.8 reason: only the request restated and formulas of politeness, no reason -> need_info [reason] (plan from the ledger, invoice named).")

C.append(cust("kovacs.zsofia@kovacs-traduction.example", "Zsófia Kovács", "monthly", start="2025-09-23", end="2025-10-22"))
PAY += [lopay("fl28", "LO-INV-48290", "kovacs.zsofia@kovacs-traduction.example", "monthly", *M, "2025-08-23T09:00:00", "2025-08-23", "2025-09-22"),
        lopay("fl29", "LO-INV-48291", "kovacs.zsofia@kovacs-traduction.example", "monthly", *M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"),
        lopay("fl30", "LO-INV-48292", "kovacs.zsofia@kovacs-traduction.example", "monthly", *M, "2025-09-23T09:01:00", "2025-09-23", "2025-10-22")]
r.case("hongroise-fil-facture", LOB, [
    Mail("Kovács Zsófia <kovacs.zsofia@kovacs-traduction.example>", "paiement deux fois",
         day("2025-09-23T09:01:00", at("2025-09-26 19:00", FR), 3),
         "Bonjour,\n\nmardi vous avez pris deux fois le même paiement de mon abonnement mensuel, c'est une double "
         "prélèvement. Je demande rembourser une fois s'il vous plaît.\n\nKöszönöm, merci\nKovács Zsófia\n"
         "traductrice hongrois-français, Strasbourg"),
    Mail("Kovács Zsófia <kovacs.zsofia@kovacs-traduction.example>", "Re: paiement deux fois [LO-3318]",
         at("2025-09-27 08:30", FR),
         "Bonjour, la numéro de la deuxième facture est LO-INV-48292.\nMerci\nZsófia\n\n"
         "Le ven. 26 sept. 2025 à 21:40, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
         "> Merci d'indiquer le numéro de facture.")],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: first mail ('double prélèvement', Tuesday 2025-09-23, request 2025-09-26 day 3) lacks the invoice (three charges); the answer names LO-INV-48292, the later of the pair fl29/fl30 -> L4 approve 1499.00.")

C.append(cust("nguyen.thanh@pho-saigon-toulon.example", "Nguyễn Văn Thành", "quarterly", start="2025-09-24", end="2025-12-23"))
PAY += [lopay("fl31", "LO-INV-48301", "nguyen.thanh@pho-saigon-toulon.example", "quarterly", *Q, "2025-09-24T11:00:00", "2025-09-24", "2025-12-23")]
r.case("vietnamien-fil-motif", LOB, [
    Mail("Nguyen Van Thanh <nguyen.thanh@pho-saigon-toulon.example>", "demande remboursement LO-INV-48301",
         at("2025-09-25 15:20", FR),
         "Bonjour madame monsieur,\n\nje demande le remboursement pour facture LO-INV-48301 (abonnement trimestre).\n\n"
         "Merci beaucoup\nNguyen Van Thanh\nRestaurant Pho Saigon, Toulon"),
    Mail("Nguyen Van Thanh <nguyen.thanh@pho-saigon-toulon.example>", "Re: demande remboursement LO-INV-48301",
         at("2025-09-26 16:05", FR),
         "Bonjour,\n\nla raison : depuis mercredi je ne peux pas me connecter, la page charge toujours et rien ne "
         "s'affiche, sur ordinateur et sur téléphone. Mon fils a essayé aussi. Donc je ne peux pas utiliser.\n\n"
         "Merci\nThanh\n\n> Merci de nous indiquer le motif de votre demande.")],
    "decided", [R("escalate")],
    spec="C3 thread: first mail without a reason; the answer gives access_failure -> window from the first mail (charge 2025-09-24, request 2025-09-25, day 1) -> L6 escalate.")

C.append(cust("r.bernasconi@ticino-mail.example", "Roberto Bernasconi", "monthly", start="2025-09-25", end="2025-10-24"))
PAY += [lopay("fl32", "LO-INV-48311", "r.bernasconi@ticino-mail.example", "monthly", *M, "2025-09-25T08:00:00", "2025-09-25", "2025-10-24"),
        lopay("fl33", "LO-INV-48312", "r.bernasconi@ticino-mail.example", "monthly", *M, "2025-09-25T08:01:00", "2025-09-25", "2025-10-24")]
r.case("tessinois-opposition-banque", LOB, [Mail(
    "Roberto Bernasconi <r.bernasconi@ticino-mail.example>", "Double paiement !!",
    at("2025-09-27 22:30", FR),
    "Bonsoir,\n\nvous avez débité ma carte deux fois le 25 septembre, la facture LO-INV-48312 est en double. J'attends "
    "déjà depuis deux jours une réponse. Si l'argent n'est pas remboursé d'ici lundi, je fais une contestation du "
    "paiement auprès de ma banque (chargeback), c'est sûr.\n\nCordiali saluti / Salutations\nRoberto Bernasconi\n"
    "Albergo Bernasconi, Lugano")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback / bank dispute threat escalates the whole case, although the duplicate fl32/fl33 (request 2025-09-28 02:00 IST, day 3) would be approved; no amount.")

C.append(cust("contact@menuiserie-loire.example", "Menuiserie Loire Bois", "quarterly", start="2025-09-22", end="2025-12-21"))
PAY += [lopay("fl34", "LO-INV-48321", "contact@menuiserie-loire.example", "quarterly", *Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21")]
r.case("orleans-avocat-resiliation", LOB, [Mail(
    "Menuiserie Loire Bois <contact@menuiserie-loire.example>", "Résiliation et remboursement",
    at("2025-09-25 16:40", FR),
    "Bonjour,\n\nvotre commercial nous avait garanti par téléphone qu'on pouvait arrêter sans frais à tout moment. "
    "Résultat : 3 999 roupies parties. Je résilie et je veux être remboursé (LO-INV-48321). J'ai transmis le dossier à "
    "mon avocat, qui vous contactera si rien ne bouge d'ici vendredi.\n\nDidier Marchais\nMenuiserie Loire Bois, Orléans")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): a lawyer (avocat) is brought in -> refund and cancellation both escalate.")

C.append(cust("nagy.eszter@orange.fr", "Nagy Eszter", "monthly", start="2025-09-27", end="2025-10-26"))
PAY += [lopay("fl35", "LO-INV-48331", "nagy.eszter@orange.fr", "monthly", *M, "2025-09-27T12:00:00", "2025-09-27", "2025-10-26"),
        lopay("fl36", "LO-INV-48332", "nagy.eszter@orange.fr", "monthly", *M, "2025-09-27T12:00:20", "2025-09-27", "2025-10-26")]
r.case("hongroise-pas-de-contestation", LOB, [Mail(
    "Nagy Eszter <nagy.eszter@orange.fr>", "deux fois payé",
    day("2025-09-27T12:00:20", at("2025-09-29 12:30", FR), 2),
    "Bonjour,\n\nsamedi j'ai payé deux fois l'abonnement mensuel, la facture LO-INV-48332 est la double. Mon mari dit "
    "de faire opposition à la banque, mais je ne veux pas faire ça, je ne veux pas contester le paiement à la banque, "
    "je pense on peut régler ça directement avec vous.\n\nMerci de rembourser le double paiement.\n\nCordialement\n"
    "Nagy Eszter\nInstitut de beauté Eszter, Mulhouse")],
    "decided", [R("approve", "1499.00")],
    spec="Duplicate fl35/fl36 (2025-09-27), request day 2 -> L4 approve 1499.00. The bank dispute is explicitly ruled out (no other threat in the mail): no C4.")

C.append(cust("gite@mas-des-garrigues.example", "Gîte du Mas des Garrigues", "monthly", start="2025-09-26", end="2025-10-25"))
PAY += [lopay("fl37", "LO-INV-48341", "gite@mas-des-garrigues.example", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")]
r.case("nimes-droits-consommateur", LOB, [Mail(
    "Gîte du Mas des Garrigues <gite@mas-des-garrigues.example>", "Rétractation / remboursement",
    at("2025-09-28 11:30", FR),
    "Bonjour,\n\nje n'utilise plus le logiciel, les réservations des plateformes me suffisent. Je demande le "
    "remboursement de LO-INV-48341 et je fais valoir mes droits légaux de consommatrice.\n\nCordialement\n"
    "Odile Roux, Gîte du Mas des Garrigues, Nîmes")],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: statutory consumer rights invoked ('mes droits légaux de consommatrice') -> escalate, although the L1 reason alone would be denied. extra_ok: 'Rétractation' (subject) withdraws from the contract and may be read as a cancellation too; under C4 it can only be escalated, which cannot hurt.")

C.append(cust("j.rochat@rochat-transports.example", "Jacques Rochat", "monthly", start="2025-09-20", end="2025-10-19"))
r.case("auto-absence", LOB, [Mail(
    "Jacques Rochat <j.rochat@rochat-transports.example>", "Réponse automatique : Votre facture LeadsOptima",
    at("2025-09-26 07:02", FR),
    "Bonjour,\n\nJe suis absent du bureau jusqu'au 10 octobre inclus, sans accès à mes e-mails. Pour toute urgence, "
    "merci de contacter dispo@rochat-transports.example.\n\nJacques Rochat\nRochat Transports SA, Genève",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (absence) -> ignore.")

r.case("rebond-postmaster", LOB, [Mail(
    "postmaster@mx.cave-des-ducs.example", "Non remis : Re: Payé deux fois ? [LO-3301]",
    at("2025-09-29 04:12", FR),
    "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\ncontact@cave-des-ducs.example : boîte aux "
    "lettres pleine (552 5.2.2)\n")],
    "ignore", rules=["C7"], spec="C7: postmaster sender (delivery failure) -> ignore.")

r.case("lettre-information", LOB, [Mail(
    "Club des Entrepreneurs du Val de Sarthe <lettre@entrepreneurs-valdesarthe.example>", "La Lettre des entrepreneurs – septembre 2025",
    at("2025-09-30 06:00", FR),
    "Chers entrepreneurs,\n\nAu sommaire : aides à la numérisation, résilier un abonnement logiciel sans frais, "
    "prospection en ligne. Se désinscrire : cliquez ici.\n\nLe Club des Entrepreneurs",
    headers={"List-Id": "Lettre <lettre.entrepreneurs-valdesarthe.example>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:desinscription@entrepreneurs-valdesarthe.example>"})],
    "ignore", rules=["C7"], spec="C7: List-Id / Precedence: bulk newsletter -> ignore, although it talks about cancelling.")

C.append(cust("admin@domaine-rebetez.example", "Domaine Rebetez", "annual", start="2025-06-01", end="2026-05-31"))
PAY += [lopay("fl38", "LO-INV-48351", "admin@domaine-rebetez.example", "annual", *A, "2025-06-01T09:00:00", "2025-06-01", "2026-05-31")]
r.case("facture-tva-intracom", LOB, [Mail(
    "Domaine Rebetez <admin@domaine-rebetez.example>", "Facture avec n° TVA",
    at("2025-09-23 14:20", FR),
    "Bonjour,\n\nPour notre déclaration de TVA, pourriez-vous rééditer la facture LO-INV-48351 avec notre numéro de "
    "TVA intracommunautaire FR 47 803 551 290 et l'adresse : Domaine Rebetez, 12 chemin des Vignes, 21000 Dijon ?\n\n"
    "Merci d'avance\nAnne Rebetez")],
    "other", spec="Invoice re-issue with a VAT number: neither refund nor cancellation -> other.")

C.append(cust("contact@info-depannage-angers.example", "Info Dépannage Angers", "monthly", start="2025-09-24", end="2025-10-23"))
PAY += [lopay("fl39", "LO-INV-48361", "contact@info-depannage-angers.example", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")]
r.case("angers-pas-de-remboursement", LOB, [Mail(
    "Info Dépannage Angers <contact@info-depannage-angers.example>", "Connexion rétablie, merci",
    at("2025-09-27 15:45", FR),
    "Bonjour,\n\npour info, le souci de connexion de jeudi est réglé depuis ce midi. Je ne demande pas de "
    "remboursement, tout est rentré dans l'ordre. Merci pour la réactivité du chat !\n\nBonne fin de semaine\n"
    "Romain Gaudin")],
    "other", spec="s.8 negation: 'Je ne demande pas de remboursement' and a past, solved access problem -> other.")

r.case("pau-question-avant-achat", LOB, [Mail(
    "Studio Pilates Béarn <bonjour@pilates-bearn.example>", "Question avant de souscrire",
    at("2025-09-30 09:20", FR),
    "Bonjour,\n\nnous hésitons à prendre l'abonnement annuel pour notre studio. Si au bout de deux mois ça ne nous "
    "convient pas, est-ce qu'on serait remboursés d'une partie ? Et peut-on passer de l'annuel au mensuel ?\n\n"
    "Belle journée\nCamille Lassalle, Pau")],
    "other", spec="s.8 hypothetical before buying ('est-ce qu'on serait remboursés'), no account -> other.")

C.append(cust("atelier@ferronnerie-var.example", "Ferronnerie du Var", "monthly", start="2025-09-24", end="2025-10-23"))
PAY += [lopay("fl40", "LO-INV-48371", "atelier@ferronnerie-var.example", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
        lopay("fl41", "LO-INV-48372", "atelier@ferronnerie-var.example", "monthly", *M, "2025-09-24T10:00:40", "2025-09-24", "2025-10-23",
              status="refunded")]
r.case("toulon-deja-rembourse", LOB, [Mail(
    "Ferronnerie du Var <atelier@ferronnerie-var.example>", "Doublon LO-INV-48372",
    at("2025-09-27 08:15", FR),
    "Bonjour,\n\nle 24/09 vous avez débité deux fois. La facture LO-INV-48372 est en double, merci de la rembourser "
    "sur le compte de l'entreprise.\n\nSalutations\nMarc Giordano, Ferronnerie du Var, La Seyne")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: the named LO-INV-48372 (fl41) is already refunded -> escalate, never a second refund.")

C.append(cust("club@aviron-rochelais.example", "Aviron Rochelais", "annual", start="2025-09-26", end="2026-09-25"))
PAY += [lopay("fl42", "LO-INV-48381", "club@aviron-rochelais.example", "annual", *A, "2025-09-26T15:00:00", "2025-09-26", "2026-09-25"),
        lopay("fl43", "LO-INV-48382", "club@aviron-rochelais.example", "annual", *A, "2025-09-26T15:01:00", "2025-09-26", "2026-09-25")]
r.case("la-rochelle-double-et-resiliation", LOB, [Mail(
    "Aviron Rochelais <club@aviron-rochelais.example>", "Double débit + résiliation à échéance",
    day("2025-09-26T15:01:00", at("2025-09-30 17:30", FR), 4),
    "Bonjour,\n\nDeux choses :\n1. L'abonnement annuel a été débité deux fois le 26/09 (LO-INV-48381 et LO-INV-48382) ; "
    "merci de rembourser la LO-INV-48382.\n2. Le club fusionne avec celui de Port-Neuf l'an prochain, nous résilions "
    "donc l'abonnement à son échéance pour qu'il ne soit pas reconduit.\n\nSportivement,\nLoïc Bernier, trésorier\n"
    "Aviron Rochelais")],
    "decided", [R("approve", "11988.00"), K("cancel", "2026-09-25")],
    spec="Refund: duplicate fl42/fl43 (2025-09-26), request day 4 -> L4 approve 11988.00. Cancellation: L8 effective current_period_end 2026-09-25.")

C.append(cust("secretariat@judo-club-neudorf.example", "Judo Club Neudorf", "monthly", start="2025-09-28", end="2025-10-27"))
PAY += [lopay("fl44", "LO-INV-48391", "secretariat@judo-club-neudorf.example", "monthly", *M, "2025-09-28T09:00:00", "2025-09-28", "2025-10-27"),
        lopay("fl45", "LO-INV-48392", "secretariat@judo-club-neudorf.example", "monthly", *M, "2025-09-28T09:00:50", "2025-09-28", "2025-10-27")]
r.case("neudorf-html-club", LOB, [Mail(
    "Judo Club Neudorf <secretariat@judo-club-neudorf.example>", "Double prélèvement compte du club",
    at("2025-09-29 19:05", FR), "",
    html="<html><body><div style='font-family:Arial'><p>Bonjour,</p><p>Le compte du club a été <b>débité deux "
         "fois</b> hier (2 x 1 499,00 pour la formule mensuelle). Le second débit porte le numéro de facture "
         "<span style='color:#1f497d'>lo inv 48392</span>.</p><p>Merci de le rembourser.</p><p>Sportivement,<br>"
         "Nathalie Schaeffer<br>Secrétaire, Judo Club Neudorf</p></div></body></html>")],
    "decided", [R("approve", "1499.00")],
    spec="HTML-only mail; s.8 invoice 'lo inv 48392' is LO-INV-48392, the later of fl44/fl45 (2025-09-28), request day 1 -> L4 approve 1499.00.")

C.append(cust("cabinet@expertise-comptable-pau.example", "Cabinet Larrouy", "quarterly", start="2025-09-23", end="2025-12-22"))
PAY += [lopay("fl46", "LO-INV-48401", "cabinet@expertise-comptable-pau.example", "quarterly", *Q, "2025-09-23T11:00:00", "2025-09-23", "2025-12-22")]
r.case("pau-long-mail-au-milieu", LOB, [Mail(
    "Cabinet Larrouy <cabinet@expertise-comptable-pau.example>", "Plusieurs points",
    at("2025-09-26 16:55", FR),
    "Bonjour à toute l'équipe,\n\nJe profite de ce message pour faire le point. D'abord, merci à Mme Lefort pour "
    "l'accompagnement au démarrage, les modèles de relance sont très bien faits. Ensuite, nous aurions aimé que "
    "l'export vers notre logiciel de paie soit plus simple, mais c'est un autre sujet.\n\nSurtout, et c'est la "
    "raison de mon message : on nous a facturé un montant incorrect pour le trimestre. On nous avait proposé 2 999, "
    "on a été débités de 3 999 (LO-INV-48401). C'est une erreur de facturation, merci de rembourser la différence.\n\n"
    "Enfin, proposez-vous une formation pour nos nouveaux collaborateurs en novembre ?\n\nBien cordialement,\n"
    "Françoise Larrouy, expert-comptable\nCabinet Larrouy · Pau")],
    "decided", [R("escalate")],
    spec="Long mail, request in the middle: L2 billing_error (montant incorrect / erreur de facturation) inside window (charge 2025-09-23, request 2025-09-26, day 3) -> L5 escalate.")

C.append(cust("commandes@fromagerie-comtoise.example", "Fromagerie Comtoise", "monthly", start="2025-09-15", end="2025-10-14"))
PAY += [lopay("fl47", "LO-INV-48411", "commandes@fromagerie-comtoise.example", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14"),
        lopay("fl48", "LO-INV-48412", "commandes@fromagerie-comtoise.example", "monthly", *M, "2025-09-15T09:01:00", "2025-09-15", "2025-10-14")]
r.case("besancon-double-trop-tard", LOB, [Mail(
    "Fromagerie Comtoise <commandes@fromagerie-comtoise.example>", "Double prélèvement septembre",
    day("2025-09-15T09:01:00", at("2025-09-25 06:10", FR), 10),
    "Bonjour,\n\nvu en faisant la compta du mois : le 15/09 vous avez prélevé deux fois 1 499 (LO-INV-48411 et "
    "LO-INV-48412). Merci de rembourser le doublon.\n\nCordialement\nGérard Jeunet, Fromagerie Comtoise")],
    "decided", [R("deny")],
    spec="L3: duplicate fl47/fl48 on 2025-09-15, request 2025-09-25 = day 10 > 7 -> deny citing the 7-day rule.")

C.append(cust("direction@btp-sarthe.example", "BTP Sarthe", "annual", start="2025-09-29", end="2026-09-28"))
PAY += [lopay("fl49", "LO-INV-48421", "direction@btp-sarthe.example", "annual", *A, "2025-09-29T10:00:00", "2025-09-29", "2026-09-28")]
r.case("le-mans-achat-regrette", LOB, [Mail(
    "BTP Sarthe - Direction <direction@btp-sarthe.example>", "Annulation abonnement annuel souscrit par erreur",
    at("2025-09-30 08:20", FR),
    "Bonjour,\n\nnotre stagiaire a souscrit hier l'abonnement annuel sans validation. Une entreprise de travaux publics "
    "n'a pas l'usage de ce type d'outil, c'est un achat regretté. Merci de rembourser la facture LO-INV-48421.\n\n"
    "Cordialement\nGilles Pottier, BTP Sarthe")],
    "decided", [R("deny")], extra_ok=True,
    spec="L1: a regretted purchase / no use is none of the L2 reasons -> deny, cancellation offered. extra_ok: 'Annulation abonnement' in the subject may be read as the cancellation they ask for.")

# ======================= Optima WebDesign =======================
P.append(proj("Syndic Loiret Extranet", "extranet@syndic-loiret-copro.example", None))
PAY += [owpay("fo01", "OWD-2025-4801", "Syndic Loiret Extranet", "discovery", "15000.00", "2700.00", "2025-09-24T11:00:00")]
r.case("orleans-cadrage-pas-commence", OWB, [Mail(
    "Syndic Loiret Copropriétés <extranet@syndic-loiret-copro.example>", "Demande de remboursement — Syndic Loiret Extranet / OWD-2025-4801",
    at("2025-09-26 10:15", FR),
    "Madame, Monsieur,\n\nL'assemblée générale des copropriétaires a rejeté mercredi soir le projet d'extranet. Nous "
    "renonçons donc au projet « Syndic Loiret Extranet » et demandons le remboursement des frais de cadrage (facture "
    "OWD-2025-4801). Aucun atelier n'a encore eu lieu.\n\nCordialement,\nBéatrice Menou, gestionnaire\n"
    "Syndic Loiret Copropriétés · Orléans")],
    "decided", [R("approve", "15000.00")], extra_ok=True,
    spec="O1: discovery fo01, work_started_at empty -> approve full 15000.00. extra_ok: 'renonçons au projet' may be read as the cancellation they ask for.")

P.append(proj("Brasserie Les Ducs Site", "patron@brasserie-les-ducs.example", "2025-09-18T15:00:00"))
PAY += [owpay("fo02", "OWD-2025-4802", "Brasserie Les Ducs Site", "discovery", "9000.00", "1620.00", "2025-09-15T10:00:00")]
r.case("dijon-cadrage-commence", OWB, [Mail(
    "Brasserie Les Ducs <patron@brasserie-les-ducs.example>", "Remboursement atelier stratégie",
    at("2025-09-25 22:00", FR),
    "Bonsoir,\n\nl'atelier de la semaine dernière était sympa mais la direction proposée ne nous plaît pas, trop "
    "moderne pour une brasserie dijonnaise. Projet Brasserie Les Ducs Site, facture OWD-2025-4802. Merci de rembourser "
    "les 9 000.\n\nChristophe Garnier")],
    "decided", [R("deny")],
    spec="O1: discovery fo02, work started 2025-09-18 (the workshop), before the request -> deny.")

P.append(proj("Mission Permanente Portail", "comms@permanent-mission-ruritania.example", None))
PAY += [owpay("fo03", "OWD-2025-4803", "Mission Permanente Portail", "deposit", "25000.00", "4500.00", "2025-09-27T15:00:00")]
r.case("geneve-acompte-45h", OWB, [Mail(
    "Communication – Mission <comms@permanent-mission-ruritania.example>", "Remboursement acompte OWD-2025-4803",
    hours("2025-09-27T15:00:00", at("2025-09-29 09:00", FR), 40, 50),
    "Madame, Monsieur,\n\nSuite à une décision de notre capitale communiquée dimanche, le projet « Mission Permanente "
    "Portail » est suspendu jusqu'au prochain exercice budgétaire. Nous sollicitons donc le remboursement de "
    "l'acompte (facture OWD-2025-4803). Aucun travail n'a débuté.\n\nVeuillez agréer l'expression de notre haute "
    "considération.\nService de la communication, Genève")],
    "decided", [R("approve", "25000.00")],
    spec="O2: deposit fo03 paid 2025-09-27 15:00 IST; request 2025-09-29 09:00 CEST = 12:30 IST (45.5 h), no work -> approve 25000.00.")

P.append(proj("Pêcheries Acadiennes Site", "bureau@pecheries-acadiennes.example", None))
PAY += [owpay("fo04", "OWD-2025-4804", "Pêcheries Acadiennes Site", "deposit", "18000.00", "3240.00", "2025-09-26T18:30:00")]
r.case("moncton-acompte-72-5h", OWB, [Mail(
    "Pêcheries Acadiennes <bureau@pecheries-acadiennes.example>", "Acompte à rembourser",
    hours("2025-09-26T18:30:00", at("2025-09-29 10:30", NB), 72.4, 72.6),
    "Bonjour,\n\nOn a payé l'acompte vendredi vers 10 h, heure d'ici, donc on est encore à peu près dans les 72 heures. "
    "La coop a choisi de rester avec le site de l'association des pêcheurs. Pouvez-vous nous rembourser l'acompte "
    "(Pêcheries Acadiennes Site, OWD-2025-4804) ?\n\nMerci\nRoland Gallant, Moncton")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-26 18:30 IST (10:00 ADT); request 2025-09-29 10:30 ADT = 19:00 IST = 72.5 h > 72 -> deny.")

P.append(proj("Agbodjan Import Boutique", "contact@agbodjan-import.example", None))
PAY += [owpay("fo05", "OWD-2025-4805", "Agbodjan Import Boutique", "deposit", "20000.00", "3600.00", "2025-09-25T15:30:00")]
r.case("lome-acompte-pile-72h", OWB, [Mail(
    "Agbodjan Import <contact@agbodjan-import.example>", "Annulation projet et remboursement acompte",
    hours("2025-09-25T15:30:00", at("2025-09-28 10:00", TG), 72, 72),
    "Bonjour,\n\nNous devons annuler le projet Agbodjan Import Boutique : le conteneur de marchandises est bloqué au "
    "port et nous n'avons plus de trésorerie pour la boutique en ligne. Merci de rembourser l'acompte OWD-2025-4805, "
    "le travail n'a pas commencé.\n\nCordialement\nEfua Agbodjan, Lomé")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 + s.8: paid 2025-09-25 15:30 IST = 10:00 GMT; request 2025-09-28 10:00 GMT = exactly 72 h, not 'before 72 hours' -> deny. extra_ok: 'annuler le projet' is a cancellation they ask for.")

P.append(proj("Chantier Naval Mourillon Site", "contact@chantier-mourillon.example", "2025-09-29T09:00:00"))
PAY += [owpay("fo06", "OWD-2025-4806", "Chantier Naval Mourillon Site", "deposit", "16000.00", "2880.00", "2025-09-28T10:00:00")]
r.case("toulon-acompte-travail-commence", OWB, [Mail(
    "Chantier Naval du Mourillon <contact@chantier-mourillon.example>", "Acompte – Chantier Naval Mourillon Site",
    hours("2025-09-28T10:00:00", at("2025-09-30 10:00", FR), 50, 52),
    "Bonjour,\n\nnous avons réglé l'acompte dimanche (OWD-2025-4806), mais mon associé a trouvé un neveu qui nous fait "
    "le site pour moins cher. Merci de rembourser l'acompte, ça ne fait pas 72 heures.\n\nCordialement\n"
    "Fabrice Santoni")],
    "decided", [R("deny")],
    spec="O2 'whichever first': 51.5 h after payment, but work started 2025-09-29 09:00 IST, before the request (2025-09-30 13:30 IST) -> deny.")

P.append(proj("Festival Loire en Scène", "prod@loire-en-scene.example", "2025-07-01T10:00:00"))
PAY += [owpay("fo07", "OWD-2025-4807", "Festival Loire en Scène", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", milestone_status="approved"),
        owpay("fo08", "OWD-2025-4808", "Festival Loire en Scène", "milestone", "22000.00", "3960.00", "2025-09-10T10:00:00", milestone_status="not_started"),
        owpay("fo09", "OWD-2025-4809", "Festival Loire en Scène", "milestone", "12500.00", "2250.00", "2025-09-10T10:05:00", milestone_status="in_progress")]
r.case("angers-jalon-pas-commence", OWB, [Mail(
    "Loire en Scène – Production <prod@loire-en-scene.example>", "Jalon 3 (billetterie) à annuler",
    at("2025-09-24 13:40", FR),
    "Bonjour l'équipe Optima,\n\npour le projet Festival Loire en Scène, nous n'avons finalement plus besoin du module "
    "billetterie : notre partenaire billetterie le prend en charge. Merci de rembourser le jalon correspondant, "
    "facture OWD-2025-4808 (22 000 INR). Le jalon 1 (maquettes et pages) est validé, pas de souci.\n\nBien à vous\n"
    "Clémence Rivière, Angers")],
    "decided", [R("approve", "22000.00")],
    spec="O3: milestone fo08 not_started -> approve its amount 22000.00 before tax.")

r.case("angers-jalon-en-cours", OWB, [Mail(
    "Loire en Scène – Production <prod@loire-en-scene.example>", "Jalon newsletter",
    at("2025-09-25 09:05", FR),
    "Re-bonjour,\n\nl'intégration newsletter (OWD-2025-4809, Festival Loire en Scène) ne nous sert plus non plus. Je "
    "sais que vous avez commencé. Merci de rembourser ce qui n'est pas encore fait.\n\nClémence Rivière")],
    "decided", [R("escalate")],
    spec="O3: milestone fo09 in_progress -> escalate (value of work not done needs a person).")

r.case("angers-jalon-valide", OWB, [Mail(
    "Loire en Scène – Production <prod@loire-en-scene.example>", "Encore le jalon 1",
    at("2025-09-26 11:30", FR),
    "Bonjour,\n\nnotre direction trouve finalement le graphisme trop coloré. Nous voulons être remboursés du jalon 1 "
    "(OWD-2025-4807) ; nous referons le design du Festival Loire en Scène en interne.\n\nClémence Rivière")],
    "decided", [R("deny")],
    spec="O3/O6: milestone fo07 approved -> deny (approved milestones are non-refundable).")

P.append(proj("Kiné Minimes Réseaux", "equipe@kine-minimes.example", "2025-05-20T10:00:00"))
PAY += [owpay("fo10", "OWD-2025-4810", "Kiné Minimes Réseaux", "retainer", "12000.00", "2160.00", "2025-09-20T09:00:00",
              period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")]
r.case("la-rochelle-forfait-preavis-ok", OWB, [Mail(
    "Kiné des Minimes <equipe@kine-minimes.example>", "Résiliation gestion réseaux sociaux",
    at("2025-09-26 12:00", FR),
    "Bonjour,\n\nnous mettons fin au forfait mensuel de gestion des réseaux sociaux (projet Kiné Minimes Réseaux, "
    "dernière facture OWD-2025-4810). Motif : une alternante a été recrutée et s'en chargera en interne.\n\n"
    "Merci pour ces mois de collaboration !\nÉlodie Brunet, La Rochelle")],
    "decided", [K("cancel", "2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20; request 2025-09-26 <= 2025-10-13 (>= 7 days' notice) -> cancel effective 2025-10-19.")

P.append(proj("Cabinet Dentaire Béarn Suivi", "cabinet@dentaire-bearn.example", "2025-03-05T10:00:00"))
PAY += [owpay("fo11", "OWD-2025-4811", "Cabinet Dentaire Béarn Suivi", "retainer", "9000.00", "1620.00", "2025-09-05T09:00:00",
              period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00")]
r.case("pau-forfait-preavis-court", OWB, [Mail(
    "Cabinet Dentaire du Béarn <cabinet@dentaire-bearn.example>", "Résiliation contrat de suivi",
    at("2025-09-30 18:30", FR),
    "Madame, Monsieur,\n\nnous résilions le contrat de suivi du projet Cabinet Dentaire Béarn Suivi (facture "
    "OWD-2025-4811) à la première échéance possible. Motif : le cabinet est repris en fin d'année par un centre "
    "dentaire qui a sa propre agence.\n\nCordialement,\nDr Pierre-Henri Lacoste")],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; request 2025-09-30 is after 2025-09-28 (< 7 days' notice) -> next cycle (2025-10-05..2025-11-04) billed; effective 2025-11-04.")

P.append(proj("Maison de Quartier Nîmes Portail", "contact@mdq-nimes.example", "2025-06-12T10:00:00"))
PAY += [owpay("fo12", "OWD-2025-4812", "Maison de Quartier Nîmes Portail", "retainer", "15000.00", "2700.00", "2025-09-12T09:00:00",
              period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
        owpay("fo13", "OWD-2025-4813", "Maison de Quartier Nîmes Portail", "retainer", "15000.00", "2700.00", "2025-09-27T09:00:00",
              period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00")]
r.case("nimes-forfait-paye-davance", OWB, [Mail(
    "Maison de Quartier <contact@mdq-nimes.example>", "Résiliation maintenance portail",
    at("2025-09-29 14:00", FR),
    "Bonjour,\n\nnous résilions la maintenance du projet Maison de Quartier Nîmes Portail (dernière facture OWD-2025-4813) : "
    "la subvention municipale s'arrête et nous ne pouvons plus la financer. Nous avons vu que la période d'octobre "
    "est déjà prélevée.\n\nCordialement,\nKarim Benali, coordinateur")],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (fo13, 2025-10-12..11-11) is already paid and the notice (2025-09-29 <= 2025-10-05) is >= 7 days -> escalate.")

P.append(proj("Hôtel du Rebberg Hébergement", "reception@hotel-rebberg.example", "2025-09-20T10:00:00"))
PAY += [owpay("fo14", "OWD-2025-4814", "Hôtel du Rebberg Hébergement", "hosting_annual", "14400.00", "2592.00", "2025-09-18T10:00:00",
              setup_fee="1800.00", service_start="2025-09-20")]
r.case("mulhouse-hebergement-14-jours", OWB, [Mail(
    "Hôtel du Rebberg <reception@hotel-rebberg.example>", "Résiliation hébergement OWD-2025-4814",
    at("2025-09-29 20:15", FR),
    "Bonsoir,\n\nnotre groupement hôtelier nous impose finalement son propre hébergeur. Nous renonçons donc au "
    "contrat d'hébergement annuel (Hôtel du Rebberg Hébergement, OWD-2025-4814) et demandons le remboursement au "
    "prorata prévu par vos conditions.\n\nCordialement\nSophie Walch, Mulhouse-Rebberg")],
    "decided", [R("approve", "11550.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-29 23:45 IST (day 9 <= 14); monthly (14400-1800)/12 = 1050; 14400 - 1800 - 1050 = 11550.00. extra_ok: the cancellation of the plan they ask for.")

P.append(proj("Comptoir Vauban Hébergement", "contact@comptoir-vauban.example", "2025-09-05T10:00:00"))
PAY += [owpay("fo15", "OWD-2025-4815", "Comptoir Vauban Hébergement", "hosting_annual", "12000.00", "2160.00", "2025-09-04T10:00:00",
              setup_fee="1200.00", service_start="2025-09-05")]
r.case("besancon-hebergement-trop-tard", OWB, [Mail(
    "Comptoir Vauban <contact@comptoir-vauban.example>", "Remboursement hébergement",
    at("2025-09-25 10:00", FR),
    "Bonjour,\n\nnous voulons sortir de l'hébergement (Comptoir Vauban Hébergement, OWD-2025-4815) : notre nouvelle "
    "caisse intègre une boutique en ligne. Merci de rembourser le reste de l'année.\n\nCordialement\nLuc Vernier")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-25 = day 20 > 14 -> deny. extra_ok: leaving the hosting is a cancellation they ask for.")

P.append(proj("Association Aide Fiscale Maintenance", "asso@aide-fiscale-sarthe.example", None))
PAY += [owpay("fo16", "OWD-2025-4816", "Association Aide Fiscale Maintenance", "maintenance_annual", "9000.00", "1620.00", "2025-09-26T10:00:00",
              setup_fee="1200.00", service_start="2025-10-15")]
r.case("le-mans-maintenance-avant-debut", OWB, [Mail(
    "Association Aide Fiscale Sarthe <asso@aide-fiscale-sarthe.example>", "Renonciation au contrat de maintenance",
    at("2025-09-28 12:00", FR),
    "Bonjour,\n\nle bureau n'a pas validé le contrat de maintenance (Association Aide Fiscale Maintenance, facture "
    "OWD-2025-4816) car notre fédération propose une solution mutualisée. Nous renonçons au contrat et demandons le "
    "remboursement selon vos conditions.\n\nCordialement\nBernard Touchard, trésorier")],
    "decided", [R("approve", "7150.00")], extra_ok=True,
    spec="O5 before service_start (2025-10-15) + s.8: consumed_months = 1; monthly (9000-1200)/12 = 650; 9000 - 1200 - 650 = 7150.00. extra_ok: renouncing the contract is the cancellation they ask for.")

P.append(proj("Handball Club Neudorf Site", "comite@hbc-neudorf.example", "2025-08-10T10:00:00"))
PAY += [owpay("fo17", "OWD-2025-4817", "Handball Club Neudorf Site", "third_party", "4200.00", "756.00", "2025-09-22T10:00:00")]
r.case("neudorf-domaine-ssl", OWB, [Mail(
    "HBC Neudorf – Comité <comite@hbc-neudorf.example>", "Facture domaine + SSL OWD-2025-4817",
    at("2025-09-24 19:45", FR),
    "Bonsoir,\n\nle nom de domaine et le certificat SSL (OWD-2025-4817, Handball Club Neudorf Site) n'étaient pas "
    "nécessaires : notre président avait déjà réservé le domaine à titre personnel. Merci de nous rembourser.\n\n"
    "Sportivement\nThomas Kieffer, secrétaire")],
    "decided", [R("deny")],
    spec="O6: third_party (domain, SSL) -> deny citing Non-refundable items.")

P.append(proj("Salon Agro Yaoundé Minisite", "marketing@agro-centre.example", "2025-09-15T10:00:00"))
PAY += [owpay("fo18", "OWD-2025-4818", "Salon Agro Yaoundé Minisite", "rush", "6500.00", "1170.00", "2025-09-16T10:00:00")]
r.case("yaounde-frais-urgence", OWB, [Mail(
    "Agro Centre Marketing <marketing@agro-centre.example>", "Remboursement frais d'urgence",
    at("2025-09-26 13:30", CM),
    "Bonjour,\n\nle minisite (Salon Agro Yaoundé Minisite) a été livré à temps, mais le salon a été reporté par le "
    "ministère. Nous souhaitons donc récupérer les frais d'urgence (OWD-2025-4818).\n\nCordialement\nBrigitte Ngo Bassa")],
    "decided", [R("deny")],
    spec="O6: rush fee -> deny (Non-refundable items).")

P.append(proj("Coop Mauricie Boutique", "coop@coop-mauricie.example", "2025-08-01T10:00:00"))
PAY += [owpay("fo19", "OWD-2025-4819", "Coop Mauricie Boutique", "change_request", "5500.00", "990.00", "2025-09-23T10:00:00")]
r.case("trois-rivieres-demande-modif", OWB, [Mail(
    "Coop Mauricie <coop@coop-mauricie.example>", "Facture de la modification",
    at("2025-09-25 09:20", QC),
    "Bonjour,\n\nla fonction « panier récurrent » (demande de modification, facture OWD-2025-4819, Coop Mauricie "
    "Boutique) est pas utilisée par nos membres. On voudrait se faire rembourser ce montant-là.\n\nMerci\n"
    "Sylvain Houle, Trois-Rivières")],
    "decided", [R("deny")],
    spec="O6: change_request -> deny (Non-refundable items).")

P.append(proj("Cabinet Vétérinaire Lacroix Site", "cabinet@veto-lacroix.example", None))
PAY += [owpay("fo20", "OWD-2025-4820", "Cabinet Vétérinaire Lacroix Site", "deposit", "15000.00", "2700.00", "2025-09-29T10:00:00")]
r.case("la-rochelle-adresse-perso-c2", OWB, [Mail(
    "Dr Anne Lacroix <anne.lacroix.veto@gmail.com>", "Remboursement acompte Cabinet Vétérinaire Lacroix Site",
    at("2025-09-30 08:00", FR),
    "Bonjour,\n\nje vous écris de mon adresse personnelle. Le contrat est au nom de cabinet@veto-lacroix.example. Nous "
    "avons renoncé à la refonte et demandons le remboursement de l'acompte OWD-2025-4820.\n\nAnne Lacroix")],
    "need_info", rules=["C2"],
    spec="C2: the contract email is cabinet@veto-lacroix.example; the request comes from gmail -> ask for it from the contract email.")

P.append(proj("École de Danse Fleuve Site", "ecole@danse-fleuve.example", "2025-09-01T10:00:00"))
PAY += [owpay("fo21", "OWD-2025-4821", "École de Danse Fleuve Site", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00", milestone_status="not_started")]
r.case("orleans-transfert-gmail", OWB, [Mail(
    "Laurent Chabot <l.chabot@chabot-compta.example>", "Fwd: Remboursement jalon École de Danse",
    at("2025-09-27 10:10", FR),
    "Bonjour, je m'occupe de la comptabilité de l'école et vous transfère leur demande.\nLaurent Chabot\n\n"
    "---------- Message transféré ---------\nDe : École de Danse Fleuve <ecole@danse-fleuve.example>\n"
    "Date : ven. 26 sept. 2025 à 18:02\nObjet : Remboursement jalon École de Danse\nÀ : <l.chabot@chabot-compta.example>\n\n"
    "Laurent, peux-tu envoyer à Optima : nous voulons le remboursement du jalon réservation des cours (OWD-2025-4821, "
    "École de Danse Fleuve Site), la fédération nous fournit un outil gratuit.\nNathalie")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: Gmail forward of a request from the contract email ecole@danse-fleuve.example, sent by the accountant -> ask for the request from the contract email.")

P.append(proj("Guinguette des Arènes Réseaux", "patron@guinguette-arenes.example", "2025-04-01T10:00:00"))
PAY += [owpay("fo22", "OWD-2025-4822", "Guinguette des Arènes Réseaux", "retainer", "8000.00", "1440.00", "2025-09-22T09:00:00",
              period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22T09:00:00")]
r.case("nimes-resiliation-sans-motif", OWB, [Mail(
    "Guinguette des Arènes <patron@guinguette-arenes.example>", "Résiliation",
    at("2025-09-27 23:10", FR),
    "Bonsoir,\n\nje résilie la gestion des réseaux Guinguette des Arènes Réseaux, facture OWD-2025-4822.\n\n"
    "Cordialement\nMarius Aubanel\n\nEnvoyé de mon iPad")],
    "need_info", missing=["reason"],
    spec="s.8: Optima WebDesign requires a reason for cancellations too; project and invoice given, no reason -> need_info [reason].")

P.append(proj("Gîte Val de Loire Site", "contact@gite-valdeloire.example", None))
P.append(proj("Gîte Val de Loire Brochure", "contact@gite-valdeloire.example", None))
PAY += [owpay("fo23", "OWD-2025-4823", "Gîte Val de Loire Site", "deposit", "12000.00", "2160.00", "2025-09-20T10:00:00"),
        owpay("fo24", "OWD-2025-4824", "Gîte Val de Loire Brochure", "deposit", "6000.00", "1080.00", "2025-09-21T10:00:00")]
r.case("orleans-sans-projet-ni-facture", OWB, [Mail(
    "Gîte Val de Loire <contact@gite-valdeloire.example>", "Remboursement",
    at("2025-09-23 09:40", FR),
    "Bonjour,\n\nnous souhaitons récupérer l'acompte : notre fille reprend le gîte seulement en 2027 et préfère "
    "décider elle-même de la suite.\n\nCordialement\nMonique Dufresne, Meung-sur-Loire")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two projects with one deposit each; neither project nor invoice named -> ask for project_name and invoice_number (reason given).")

P.append(proj("Cycles Maine Boutique", "contact@cycles-maine.example", None))
PAY += [owpay("fo25", "OWD-2025-4825", "Cycles Maine Boutique", "deposit", "22000.00", "3960.00", "2025-09-29T11:00:00"),
        owpay("fo26", "OWD-2025-4826", "Cycles Maine Boutique", "third_party", "3800.00", "684.00", "2025-09-29T11:05:00")]
r.case("le-mans-fil-numero-facture", OWB, [
    Mail("Cycles Maine <contact@cycles-maine.example>", "Demande de remboursement — Cycles Maine Boutique",
         hours("2025-09-29T11:00:00", at("2025-09-30 18:00", FR), 34, 35),
         "Bonjour,\n\nnous retirons la commande de la Cycles Maine Boutique : notre grossiste nous fournit une boutique "
         "clé en main gratuitement. Merci de rembourser l'acompte.\n\nCordialement\nFranck Lebrun, Le Mans"),
    Mail("Cycles Maine <contact@cycles-maine.example>", "Re: Demande de remboursement — Cycles Maine Boutique [OWD-1219]",
         at("2025-09-30 21:30", FR),
         "Le numéro de facture de l'acompte est OWD-2025-4825.\nFranck Lebrun\n\n"
         "Le mar. 30 sept. 2025 à 19:55, Optima WebDesign <optimawebdesigns12@gmail.com> a écrit :\n"
         "> Merci d'indiquer la référence de facture ou de paiement.")],
    "decided", [R("approve", "22000.00")], extra_ok=True,
    spec="C3 thread: first mail lacks the invoice (the project has two payments); the answer names deposit fo25. O2 from the first mail: 2025-09-30 21:30 IST, 34.5 h, no work -> approve 22000.00. extra_ok: withdrawing the order is the cancellation they ask for.")

P.append(proj("Librairie Bourbon Refonte", "librairie@bourbon-livres.example", "2025-09-10T10:00:00"))
PAY += [owpay("fo27", "OWD-2025-4827", "Librairie Bourbon Refonte", "milestone", "18000.00", "3240.00", "2025-09-10T10:00:00", milestone_status="not_started")]
r.case("dijon-mise-en-demeure", OWB, [Mail(
    "Librairie Bourbon <librairie@bourbon-livres.example>", "Mise en demeure – remboursement OWD-2025-4827",
    at("2025-09-28 17:00", FR),
    "Madame, Monsieur,\n\nDepuis deux semaines nous attendons une réponse au sujet du jalon OWD-2025-4827 (Librairie "
    "Bourbon Refonte), dont nous n'avons plus besoin suite à la liquidation de notre distributeur. Sans remboursement "
    "d'ici mercredi, nous ferons opposition au paiement auprès de notre banque et saisirons notre avocat.\n\n"
    "Veuillez agréer, Madame, Monsieur, nos salutations.\nGuillaume Perrot")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: bank dispute (opposition) and a lawyer threatened -> escalate, although milestone fo27 not_started would be approved.")

r.case("owd-reponse-auto", OWB, [Mail(
    "Loire en Scène – Production <prod@loire-en-scene.example>", "Réponse automatique : Re: Jalon 3",
    at("2025-09-25 08:00", FR),
    "Je suis en congés jusqu'au 6 octobre. Votre message ne sera pas transféré.\n\nClémence Rivière",
    headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied + Precedence: bulk -> ignore (even from a contract email).")

r.case("owd-changement-adresse", OWB, [Mail(
    "Kiné des Minimes <equipe@kine-minimes.example>", "Nouvelle adresse de facturation",
    at("2025-09-22 10:30", FR),
    "Bonjour,\n\nnous avons déménagé : merci d'adresser désormais les factures à Kiné des Minimes, 14 avenue Marillac, "
    "17000 La Rochelle. Pouvez-vous nous renvoyer la facture OWD-2025-4810 avec la nouvelle adresse ?\n\n"
    "Merci\nÉlodie Brunet")],
    "other", spec="Address change and invoice re-issue: neither refund nor cancellation -> other.")

r.write(ledger)
