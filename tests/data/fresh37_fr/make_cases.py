"""fresh37_fr: French held-out cases (Reims' wine trade, Amiens, Rouen/Le Havre, Caen, Limoges, Clermont-Ferrand,
Perpignan, Avignon, Namur/Wallonia, Neuchâtel, Sherbrooke/Eastern Townships, Dakar tech, Abidjan traders; French
written by Greek, Japanese and Brazilian speakers).  Stdlib only, deterministic.
Run: python3 make_cases.py -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (every person, firm, club and body is invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, day_no, hours, lopay, o5, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
FR = 2      # CEST: France, Belgium, Switzerland in September 2025
QC = -4     # EDT: Sherbrooke
WA = 0      # Dakar, Abidjan (GMT all year)
GR = 3      # EEST: Greece
JP = 9      # Japan
BR = -3     # Brazil (São Paulo)

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "fr")
_n = [0]


def pay(email, plan, paid, ps, pe, inv=None, status="paid", amount=None):
    _n[0] += 1
    amt = amount or {"monthly": M, "quarterly": Q, "annual": A}[plan]
    inv = inv or f"LO-INV-91{_n[0]:03d}"
    PAY.append(lopay(f"f37_p{_n[0]:02d}", inv, email, plan, *amt, paid, ps, pe, status=status))
    return inv


_o = [0]


def opay(project, kind, amount, paid, **kw):
    _o[0] += 1
    from decimal import Decimal
    tax = str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))
    inv = kw.pop("inv", None) or f"OWD-2025-8{_o[0]:02d}"
    PAY.append(owpay(f"f37_o{_o[0]:02d}", inv, project, kind, amount, tax, paid, **kw))
    return inv


# ======================= LeadsOptima =======================

# 1 Reims champagne house: duplicate, invoice typed with spaces
C.append(cust("export@champagne-gorsenet-fils.fr", "Champagne Gorsenet & Fils", "monthly", start="2025-09-24",
              end="2025-10-23"))
pay("export@champagne-gorsenet-fils.fr", "monthly", "2025-09-24T13:00:00", "2025-09-24", "2025-10-23")
i = pay("export@champagne-gorsenet-fils.fr", "monthly", "2025-09-24T13:00:45", "2025-09-24", "2025-10-23")
w = at("2025-09-26 10:20", FR)
assert day_no("2025-09-24T13:00:45", w) == 2
r.case("reims-champagne-double", LOB, [Mail(
    "Service Export - Champagne Gorsenet <export@champagne-gorsenet-fils.fr>", "Double prélèvement abonnement", w,
    "Bonjour,\n\nEn pleine période de vendanges, notre comptable a relevé que l'abonnement mensuel a été prélevé deux "
    "fois le 24/09/2025 (2 x 1 499,00 INR). La seconde facture porte le numéro "
    f"{i.replace('-', ' ')}.\nMerci de bien vouloir nous rembourser ce doublon.\n\nBien cordialement,\n\n"
    "Hélène Gorsenet\nResponsable export\nChampagne Gorsenet & Fils, Hautvillers\nRécoltant-manipulant")],
    "decided", [R("approve", "1499.00")],
    spec=f"L2 duplicate + L4: two paid monthly charges 2025-09-24 same period; request 2025-09-26 (day 2); refund the later {i}, typed with spaces (s.8) = 1499.00.")

# 2 Amiens: duplicate quarterly on day 7
C.append(cust("contact@hortillonnages-barques.fr", "Barques des Hortillonnages", "quarterly", start="2025-09-21",
              end="2025-12-20"))
pay("contact@hortillonnages-barques.fr", "quarterly", "2025-09-21T11:00:00", "2025-09-21", "2025-12-20")
i = pay("contact@hortillonnages-barques.fr", "quarterly", "2025-09-21T11:01:00", "2025-09-21", "2025-12-20")
w = at("2025-09-28 17:30", FR)
assert day_no("2025-09-21T11:01:00", w) == 7
r.case("amiens-barques-jour7", LOB, [Mail(
    "Barques des Hortillonnages <contact@hortillonnages-barques.fr>", "Prélevé 2 fois !", w,
    "Bonjour,\n\nj'ai été débité deux fois pour le trimestre le dimanche 21 septembre, 3 999 roupies et encore "
    f"3 999 une minute après. La deuxième c'est la {i}. Pouvez-vous rembourser le doublon svp ?\n\n"
    "Merci d'avance\nThierry Dufossé\nPromenades en barque, Amiens - quartier Saint-Leu")],
    "decided", [R("approve", "3999.00")],
    spec=f"L3 boundary: charges 2025-09-21 IST; email Sun 2025-09-28 17:30 CEST = 21:00 IST, local date day 7, inside; L4 duplicate {i} = 3999.00.")

# 3 Sherbrooke: the customer's 'one week' is day 8 in Kolkata
C.append(cust("info@erabliere-des-cantons.ca", "Érablière des Cantons", "annual", start="2025-09-15", end="2026-09-14"))
i1 = pay("info@erabliere-des-cantons.ca", "annual", "2025-09-15T10:00:00", "2025-09-15", "2026-09-14")
i = pay("info@erabliere-des-cantons.ca", "annual", "2025-09-15T10:00:30", "2025-09-15", "2026-09-14")
w = at("2025-09-22 20:30", QC)
assert day_no("2025-09-15T10:00:30", w) == 8
r.case("sherbrooke-erabliere-jour8", LOB, [Mail(
    "Érablière des Cantons <info@erabliere-des-cantons.ca>", "Chargé deux fois pour l'abonnement annuel", w,
    "Bonsoir,\n\nJe viens de faire ma conciliation bancaire : vous m'avez chargé deux fois l'abonnement annuel le 15 "
    f"septembre (au petit matin), {i1} et {i}, 11 988 roupies chaque. Ça fait une semaine jour pour jour, je suis "
    "donc encore dans les délais. Merci de me rembourser le deuxième paiement.\n\nBonne soirée\nGinette Roy\n"
    "Érablière des Cantons, Compton (Cantons-de-l'Est)\n\nEnvoyé de mon iPhone")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-15 10:00 IST (00:30 EDT); email Mon 2025-09-22 20:30 EDT = 2025-09-23 06:00 IST = day 8 > 7 -> deny, although the customer counts one week.")

# 4 Le Havre shipping broker: wrong plan -> escalate
C.append(cust("compta@courtage-maritime-ocean.fr", "Océane Courtage Maritime", "annual", start="2025-09-26",
              end="2026-09-25"))
i = pay("compta@courtage-maritime-ocean.fr", "annual", "2025-09-26T12:00:00", "2025-09-26", "2026-09-25")
w = at("2025-09-29 09:40", FR)
r.case("le-havre-mauvais-forfait", LOB, [Mail(
    "Comptabilité Océane Courtage <compta@courtage-maritime-ocean.fr>", f"Facture {i} - erreur de formule", w,
    "Bonjour,\n\nNous avons souscrit la formule mensuelle, or le 26/09 nous avons été facturés pour l'annuel "
    f"(facture {i}, 11 988,00 INR HT). Il s'agit d'une erreur de facturation : nous demandons la régularisation et le "
    "remboursement de la différence.\n\nCordialement,\n\nMaëlle Lecoq\nComptabilité fournisseurs\nOcéane Courtage "
    "Maritime - Quai de Southampton, 76600 Le Havre\n\nCe message et ses pièces jointes sont confidentiels.")],
    "decided", [R("escalate")],
    spec=f"L2 billing_error (charged for the wrong plan) inside L3 (2025-09-26 -> 2025-09-29, day 3) -> L5 escalate with {i}; no amount.")

# 5 Caen: access failure inside window
C.append(cust("accueil@kine-vaucelles.fr", "Cabinet de kinésithérapie de Vaucelles", "monthly", start="2025-09-25",
              end="2025-10-24"))
i = pay("accueil@kine-vaucelles.fr", "monthly", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
w = at("2025-09-29 13:10", FR)
r.case("caen-kine-connexion", LOB, [Mail(
    "Cabinet de kiné de Vaucelles <accueil@kine-vaucelles.fr>", "Impossible de me connecter", w,
    "Bonjour,\n\nDepuis le renouvellement du 25 septembre, impossible de me connecter : le tableau de bord tourne dans "
    "le vide et finit sur une page blanche. J'ai vidé le cache, essayé sur la tablette, rien à faire. Votre chat ne "
    f"répond pas. Je demande donc le remboursement de la facture {i}.\n\nCordialement\nAurore Levillain, secrétaire\n"
    "Cabinet de kinésithérapie de Vaucelles, Caen")],
    "decided", [R("escalate")],
    spec="L2 access_failure ('impossible de me connecter') inside L3 (2025-09-25 -> 2025-09-29, day 4) -> L6 escalate.")

# 6 Limoges porcelain: access failure outside window
C.append(cust("atelier@porcelaine-vienne-limoges.fr", "Atelier Porcelaine de la Vienne", "monthly", start="2025-09-01",
              end="2025-09-30"))
pay("atelier@porcelaine-vienne-limoges.fr", "monthly", "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
w = at("2025-09-24 15:00", FR)
assert day_no("2025-09-01T10:00:00", w) == 23
r.case("limoges-porcelaine-trop-tard", LOB, [Mail(
    "Atelier Porcelaine de la Vienne <atelier@porcelaine-vienne-limoges.fr>", "Accès bloqué depuis début septembre", w,
    "Bonjour,\n\nDepuis le début du mois je n'ai plus accès à mon compte, le mot de passe est refusé à chaque fois. "
    "Je n'ai donc pas pu utiliser l'outil de tout le mois. Merci de me rembourser le prélèvement du 1er "
    "septembre.\n\nSalutations\nFrançoise Dumas, émailleuse\nLimoges")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: the one charge (2025-09-01) is 23 days before the request (2025-09-24) > 7 -> deny citing the 7-day rule.")

# 7 Clermont-Ferrand: changed mind refund + cancellation
C.append(cust("bureau@chorale-puy-de-dome.fr", "Chorale des Volcans", "monthly", start="2025-09-20", end="2025-10-19"))
pay("bureau@chorale-puy-de-dome.fr", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
w = at("2025-09-24 21:15", FR)
r.case("clermont-chorale-change-avis", LOB, [Mail(
    "Chorale des Volcans - Bureau <bureau@chorale-puy-de-dome.fr>", "Résiliation et remboursement", w,
    "Bonsoir,\n\nLe bureau de la chorale a voté hier : nous arrêtons l'abonnement, les inscriptions pour la saison se "
    "font finalement par le site de la fédération. Merci de résilier notre abonnement mensuel et de nous rembourser "
    "le mois en cours, que nous n'utiliserons pas.\n\nMusicalement,\nBernadette Chassaing, trésorière\n"
    "Chorale des Volcans, Clermont-Ferrand")],
    "decided", [R("deny"), K("cancel", "2025-10-19")],
    spec="L1: changed mind / unused month is no L2 reason -> refund deny (no partial refunds); L8 cancel effective current_period_end 2025-10-19.")

# 8 Perpignan driving school: plain cancellation, quarterly
C.append(cust("contact@autoecole-castillet.fr", "Auto-école du Castillet", "quarterly", start="2025-08-18",
              end="2025-11-17"))
pay("contact@autoecole-castillet.fr", "quarterly", "2025-08-18T12:00:00", "2025-08-18", "2025-11-17")
w = at("2025-09-30 11:50", FR)
r.case("perpignan-autoecole-resiliation", LOB, [Mail(
    "Auto-école du Castillet <contact@autoecole-castillet.fr>", "Résiliation abonnement trimestriel", w,
    "Bonjour,\n\nJe vous informe que je résilie l'abonnement trimestriel. Mon moniteur principal part en retraite et "
    "je réduis l'activité, je n'ai plus besoin de prospects.\nMerci de me confirmer la date de fin.\n\nAdéu-siau, "
    "comme on dit ici,\nJordi Puig\nAuto-école du Castillet, Perpignan\nPermis B, AAC, conduite supervisée")],
    "decided", [K("cancel", "2025-11-17")],
    spec="L8 cancel: quarterly, current_period_end 2025-11-17 from the ledger. (A Catalan aside in the sign-off.)")

# 9 Avignon: ledger without period, charge with a UTC offset crossing midnight in Kolkata
C.append(cust("caveau@domaine-des-papes-lune.fr", "Domaine de la Lune", "quarterly"))
PAY.append(lopay("f37_p90", "LO-INV-91090", "caveau@domaine-des-papes-lune.fr", "quarterly", *Q,
                 "2025-08-31T20:00:00+00:00", None, None))
w = at("2025-09-27 10:30", FR)
r.case("avignon-domaine-sans-periode", LOB, [Mail(
    "Domaine de la Lune - Caveau <caveau@domaine-des-papes-lune.fr>", "Arrêt de l'abonnement", w,
    "Bonjour,\n\nVotre dernier prélèvement trimestriel est passé le 31 août au soir (22 h). Avec les vendanges et la "
    "fermeture du caveau en hiver, nous ne continuerons pas : merci de résilier à la fin du trimestre en cours.\n\n"
    "Bien à vous\nClaire Vidal\nDomaine de la Lune, Châteauneuf-du-Pape")],
    "decided", [K("cancel", "2025-11-30")],
    spec="L8 fallback (no current_period_end): charge 2025-08-31T20:00Z = 22:00 CEST on 31 Aug (as she says) = 2025-09-01 01:30 IST; local date 2025-09-01 + 3 months - 1 day = 2025-11-30 (s.8 offsets).")

# 10 Namur: free trial -> L7
C.append(cust("info@velos-meuse-namur.be", "Vélos de la Meuse", "monthly", status="trial", trial_ends="2025-10-09"))
w = at("2025-09-26 14:20", FR)
r.case("namur-velos-essai", LOB, [Mail(
    "Vélos de la Meuse <info@velos-meuse-namur.be>", "Remboursement essai", w,
    "Bonjour,\n\nJ'ai commencé l'essai gratuit la semaine passée mais ça ne convient pas pour un petit magasin de "
    "vélos comme le nôtre. Ma banque affiche une pré-autorisation à votre nom : je voudrais être remboursé s'il vous plaît.\n\n"
    "Bien à vous,\nGeoffrey Delvaux\nVélos de la Meuse - vente, réparation, location, Jambes (Namur)")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-09), no charges -> refund deny, nothing to refund; no billing unless they subscribe.")

# 11 Neuchâtel: C2 from a private address naming the registered one
C.append(cust("secretariat@horlogerie-sagne.ch", "Horlogerie de la Sagne SA", "annual", start="2025-02-03",
              end="2026-02-02"))
pay("secretariat@horlogerie-sagne.ch", "annual", "2025-02-03T10:00:00", "2025-02-03", "2026-02-02")
w = at("2025-09-25 18:40", FR)
r.case("neuchatel-adresse-privee-c2", LOB, [Mail(
    "Mireille Jeanneret <mireille.jeanneret@bluemail-ne.ch>", "Résiliation - Horlogerie de la Sagne", w,
    "Bonsoir,\n\nJe vous écris depuis mon adresse privée, notre serveur est en maintenance. Le compte est enregistré "
    "sous secretariat@horlogerie-sagne.ch. Nous souhaitons résilier l'abonnement annuel : la direction a décidé de "
    "passer par une agence de La Chaux-de-Fonds.\n\nMeilleures salutations\nMireille Jeanneret")],
    "need_info", rules=["C2"],
    spec="C2: the registered email is secretariat@horlogerie-sagne.ch, the sender another address -> ask for the request from the registered address; nothing about the account.")

# 12 Dakar tech: unknown sender
w = at("2025-09-28 12:30", WA)
r.case("dakar-startup-inconnue-c2", LOB, [Mail(
    "Awa Ndiaye <awa@teranga-dev.sn>", "Résiliation LeadsOptima", w,
    "Bonjour l'équipe,\n\nOn pivote : notre MVP de paiement mobile passe en B2B, le lead gen ne sert plus à rien pour "
    "nous. Merci d'annuler notre abonnement.\n\nCordialement,\nAwa Ndiaye, CTO\nTeranga Dev, Dakar - Sacré-Cœur 3")],
    "need_info", rules=["C2"],
    spec="C2/C3: the sender is unknown in the LeadsOptima ledger and names no registered email -> need_info asking to write from the registered address.")

# 13 Abidjan trader: refund with no reason and no invoice, two charges on record
C.append(cust("ets.kouassi.negoce@ci-mail.net", "Ets Kouassi Négoce", "monthly", start="2025-09-19", end="2025-10-18"))
pay("ets.kouassi.negoce@ci-mail.net", "monthly", "2025-08-19T10:00:00", "2025-08-19", "2025-09-18")
pay("ets.kouassi.negoce@ci-mail.net", "monthly", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
w = at("2025-09-23 09:05", WA)
r.case("abidjan-negoce-sans-motif", LOB, [Mail(
    "Ets Kouassi Négoce <ets.kouassi.negoce@ci-mail.net>", "Remboursement svp", w,
    "Bjr,\n\nSvp je veux remboursement pour l'abonnement mensuel. Merci de faire vite dêh.\n\nKouassi Yao Serge\n"
    "Ets Kouassi Négoce - import riz et huile, Adjamé, Abidjan\nTel +225 07 00 00 00 00")],
    "need_info", missing=["reason", "invoice_number"],
    spec="C3: refund from the registered address, no reason and no charge named; two charges on record -> ask for reason and invoice_number (plan filled from the ledger).")

# 14 Rouen thread: need_info, then the answer names a double charge
C.append(cust("atelier@vitraux-seine.fr", "Atelier Vitraux de Seine", "monthly", start="2025-09-24", end="2025-10-23"))
pay("atelier@vitraux-seine.fr", "monthly", "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
pay("atelier@vitraux-seine.fr", "monthly", "2025-09-24T16:00:00", "2025-09-24", "2025-10-23")
i = pay("atelier@vitraux-seine.fr", "monthly", "2025-09-24T16:00:50", "2025-09-24", "2025-10-23")
w1, w2 = at("2025-09-25 09:30", FR), at("2025-09-30 10:10", FR)
assert day_no("2025-09-24T16:00:50", w1) == 1
m1 = Mail("Atelier Vitraux de Seine <atelier@vitraux-seine.fr>", "Demande de remboursement", w1,
          "Bonjour,\n\nmerci de me rembourser le paiement d'hier.\n\nCordialement\nPaul-Émile Quesnel")
m2 = Mail("Atelier Vitraux de Seine <atelier@vitraux-seine.fr>", "RE: Demande de remboursement [LO-3811]", w2,
          f"Bonjour,\n\nPardon pour le message trop court. Hier = le 24/09 : j'ai été débité deux fois, la facture en "
          f"trop est la {i}.\n\nCordialement\nPaul-Émile Quesnel, maître verrier, Rouen\n\n"
          "-----Message d'origine-----\nDe : LeadsOptima Support\nEnvoyé : jeudi 25 septembre 2025 10:02\n"
          "Objet : Demande de remboursement\n> Merci de nous indiquer le motif et le numéro de facture.", reply=m1)
r.case("rouen-fil-double", LOB, [m1, m2], "decided", [R("approve", "1499.00")],
       spec=f"C3 thread: first email (2025-09-25, day 1 from 2025-09-24) gives no reason; the answer names a double charge and {i}; L4 pair -> approve 1499.00, window counted from the first email.")

# 15 Reims wine broker: billing error, invoice missing
C.append(cust("courtage@courtiers-montagne-reims.fr", "Courtiers de la Montagne", "monthly", start="2025-09-27",
              end="2025-10-26"))
pay("courtage@courtiers-montagne-reims.fr", "monthly", "2025-08-27T10:00:00", "2025-08-27", "2025-09-26")
pay("courtage@courtiers-montagne-reims.fr", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
w = at("2025-09-29 16:45", FR)
r.case("reims-courtier-montant-errone", LOB, [Mail(
    "Courtiers de la Montagne <courtage@courtiers-montagne-reims.fr>", "Montant erroné", w,
    "Madame, Monsieur,\n\nL'un de vos prélèvements ne correspond pas au tarif convenu : le montant est erroné, "
    "supérieur à ce qui était prévu. Nous vous remercions de vérifier et de nous rembourser.\n\n"
    "Veuillez agréer nos salutations distinguées.\nÉtienne Barbier\nCourtier en vins de Champagne, Reims")],
    "need_info", missing=["invoice_number"],
    spec="C3: billing_error reason given ('montant erroné'); two charges on record, none named ('l'un de vos prélèvements') -> ask for invoice_number only.")

# 16 Perpignan: chargeback threat
C.append(cust("boutique@espadrilles-roussillon.fr", "Espadrilles du Roussillon", "monthly", start="2025-09-26",
              end="2025-10-25"))
pay("boutique@espadrilles-roussillon.fr", "monthly", "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
i = pay("boutique@espadrilles-roussillon.fr", "monthly", "2025-09-26T12:00:20", "2025-09-26", "2025-10-25")
w = at("2025-09-28 11:15", FR)
r.case("perpignan-chargeback", LOB, [Mail(
    "Espadrilles du Roussillon <boutique@espadrilles-roussillon.fr>", "DOUBLE DEBIT", w,
    f"Bonjour,\n\nvous m'avez debite deux fois le 26, la facture {i} est en double. Si ce n'est pas rembourse sous 48h "
    "je fais un chargeback aupres de ma banque, je vous previens.\n\nNuria Sala\nEspadrilles du Roussillon, "
    "Perpignan\n\nEnvoye de mon Samsung")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat escalates although L4 would approve the duplicate; no amount. Unaccented phone text.")

# 17 Limoges: lawyer on a cancellation
C.append(cust("direction@tanneries-moulin-blanc.fr", "Tanneries du Moulin Blanc", "annual", start="2025-04-14", end="2026-04-13"))
pay("direction@tanneries-moulin-blanc.fr", "annual", "2025-04-14T10:00:00", "2025-04-14", "2026-04-13")
w = at("2025-09-26 16:30", FR)
r.case("limoges-avocat-resiliation", LOB, [Mail(
    "Direction - Tanneries du Moulin Blanc <direction@tanneries-moulin-blanc.fr>", "Résiliation immédiate", w,
    "Madame, Monsieur,\n\nJe résilie l'abonnement annuel. Les prospects promis n'ont jamais été au rendez-vous. "
    "J'ai transmis le dossier à notre avocat, qui étudie un remboursement de l'année entière.\n\n"
    "Philippe Lavaud\nPDG, Tanneries du Moulin Blanc, Saint-Junien")],
    "decided", [K("escalate")], rules=["C4"], extra_ok=True,
    spec="C4 covers the whole case (s.8): a lawyer mention escalates the cancellation; no L8 date. The lawyer 'étudie un remboursement de l'année entière': no refund is asked, but a bot that reads one must escalate it too (C4 covers every intent), so an extra refund decision cannot hurt (extra_ok, chk37b).")

# 18 Caen: threat ruled out
C.append(cust("contact@cidrerie-pays-auge.fr", "Cidrerie du Pays d'Auge", "monthly", start="2025-09-11", end="2025-10-10"))
pay("contact@cidrerie-pays-auge.fr", "monthly", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
w = at("2025-09-27 09:45", FR)
r.case("caen-cidrerie-pas-de-contestation", LOB, [Mail(
    "Cidrerie du Pays d'Auge <contact@cidrerie-pays-auge.fr>", "Résiliation", w,
    "Bonjour,\n\nRassurez-vous, je ne vais pas contester quoi que ce soit, ce n'est pas mon genre. Simplement, la "
    "saison des pommes commence et je n'ai plus le temps pour la prospection. Merci de résilier l'abonnement "
    "mensuel.\n\nBonne journée\nGérard Lemonnier\nCidrerie du Pays d'Auge, près de Caen")],
    "decided", [K("cancel", "2025-10-10")],
    spec="s.8 negation: the customer rules out any dispute, no other threat -> no C4; L8 cancel effective current_period_end 2025-10-10.")

# 19 Japanese writer in Clermont-Ferrand: annual cancellation
C.append(cust("sato.kenji@pneus-recherche-auvergne.fr", "Satō Kenji", "annual", start="2025-07-07", end="2026-07-06"))
pay("sato.kenji@pneus-recherche-auvergne.fr", "annual", "2025-07-07T10:00:00", "2025-07-07", "2026-07-06")
w = at("2025-09-29 08:55", FR)
r.case("japonais-resiliation-annuelle", LOB, [Mail(
    "Sato Kenji <sato.kenji@pneus-recherche-auvergne.fr>", "Demande de résiliation (abonnement annuel)", w,
    "Bonjour Madame, Monsieur,\n\nJe m'excuse de vous déranger. Je suis Satō, chercheur invité à Clermont-Ferrand. "
    "Mon séjour en France termine en décembre et je retourne à Nagoya. Pour cette raison, je voudrais résilier "
    "l'abonnement annuel. Merci de me confirmer la date de fin, s'il vous plaît.\n\nJe vous remercie beaucoup.\n"
    "Satō Kenji (佐藤健二)")],
    "decided", [K("cancel", "2026-07-06")],
    spec="L8 cancel: annual, current_period_end 2026-07-06; French by a Japanese speaker.")

# 20 Brazilian writer: 'not used' refund only -> L1 deny
C.append(cust("contato@acai-rive-gauche.fr", "Açaí Rive Gauche", "monthly", start="2025-09-22", end="2025-10-21"))
pay("contato@acai-rive-gauche.fr", "monthly", "2025-09-22T11:00:00", "2025-09-22", "2025-10-21")
w = at("2025-09-25 10:30", BR)
r.case("bresilien-pas-utilise", LOB, [Mail(
    "Açaí Rive Gauche <contato@acai-rive-gauche.fr>", "Rembourssement", w,
    "Bonjour,\n\nJe suis au Brésil pour trois semaines (mariage de ma sœur em São Paulo), le bar est fermé. Je n'ai "
    "pas utilisé votre programme ce mois. Je voudrais le rembourssement de ce mois, c'est normal non ?\n\n"
    "Obrigado, merci\nRafael Souza\nAçaí Rive Gauche, Caen")],
    "decided", [R("deny")],
    spec="L1: 'not used this month' is no L2 reason -> refund deny, cancellation offered in the reply; no cancellation asked. One charge on record identifies the invoice. Sent from São Paulo (-03:00), day 3.")

# 21 Greek writer: +tag address
C.append(cust("nikos.papadakis@kyma-mail.gr", "Nikos Papadakis", "monthly", start="2025-09-18", end="2025-10-17"))
pay("nikos.papadakis@kyma-mail.gr", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
w = at("2025-09-28 19:20", GR)
r.case("grec-plus-tag-c2", LOB, [Mail(
    "Nikos Papadakis <nikos.papadakis+saas@kyma-mail.gr>", "Annulation abonnement", w,
    "Bonsoir,\n\nJe suis Nikos, guide touristique francophone à Héraklion. La saison est finie, je voudrais annuler "
    "mon abonnement mensuel s'il vous plaît.\n\nEfcharistó, merci beaucoup\nNikos Papadakis")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: nikos.papadakis+saas@... is another address than the registered nikos.papadakis@... -> C2 need_info. Sent from Crete (+03:00).")

# 22 auto-reply
w = at("2025-09-29 07:00", FR)
r.case("reponse-automatique", LOB, [Mail(
    "Atelier Porcelaine de la Vienne <atelier@porcelaine-vienne-limoges.fr>",
    "Réponse automatique : Votre demande [LO-3790]", w,
    "Bonjour,\nJe suis absente de l'atelier jusqu'au 10 octobre (salon des métiers d'art à Vierzon). Je traiterai votre message à "
    "mon retour.\nFrançoise Dumas", headers={"Auto-Submitted": "auto-replied"},
    refs_extra=["<lo-3790.20250929.0305@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

# 23 DSN from postmaster
w = at("2025-09-30 02:40", FR)
r.case("non-remis-postmaster", LOB, [Mail(
    "postmaster@mx.hebergeur-picard.fr", "Non remis : Confirmation de résiliation", w,
    "Votre message n'a pas pu être remis à : direction@ancienne-adresse-amiens.fr\nL'adresse est introuvable.",
    dsn=[[("Reporting-MTA", "dns; mx.hebergeur-picard.fr")],
         [("Final-Recipient", "rfc822; direction@ancienne-adresse-amiens.fr"), ("Action", "failed"),
          ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: postmaster delivery-status report -> ignore.")

# 24 newsletter
w = at("2025-09-25 08:00", FR)
r.case("lettre-info-cci", LOB, [Mail(
    "Club des entrepreneurs du Limousin <lettre@club-entrepreneurs-limousin.fr>",
    "La lettre du Club - septembre 2025", w,
    "Chers membres,\n\nProchain petit-déjeuner le 9 octobre : « Trouver des clients en ligne sans se ruiner ».\n\n"
    "Se désinscrire : https://club-entrepreneurs-limousin.fr/desinscription",
    headers={"List-Id": "Lettre du Club <lettre.club-entrepreneurs-limousin.fr>", "Precedence": "list"})],
    "ignore", rules=["C7"], spec="C7: List-Id and Precedence: list -> ignore.")

# 25 other: plan question
C.append(cust("contact@brasserie-baie-somme.fr", "Brasserie de la Baie", "monthly", start="2025-09-16",
              end="2025-10-15"))
pay("contact@brasserie-baie-somme.fr", "monthly", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
w = at("2025-09-26 15:40", FR)
r.case("amiens-brasserie-question-annuel", LOB, [Mail(
    "Brasserie de la Baie <contact@brasserie-baie-somme.fr>", "Passage à l'annuel ?", w,
    "Bonjour,\n\nTrès contents de l'outil pour nos bières de Noël. Si on passe à l'abonnement annuel, le mois en cours "
    "est-il déduit ? Et y a-t-il une remise pour les associations de brasseurs ?\n\nSanté !\nBaptiste Caron")],
    "other", spec="A question about changing plans, no refund or cancellation asked -> other.")

# 26 other: 'je ne demande pas de remboursement', invoice correction
C.append(cust("office@etude-notariale-sud-namur.be", "Étude notariale du Sud-Namurois (secrétariat)", "quarterly",
              start="2025-09-02", end="2025-12-01"))
pay("office@etude-notariale-sud-namur.be", "quarterly", "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
w = at("2025-09-23 11:10", FR)
r.case("namur-etude-notariale-facture", LOB, [Mail(
    "Secrétariat de l'Étude <office@etude-notariale-sud-namur.be>", "Facture à corriger (numéro de TVA)", w,
    "Bonjour,\n\nSur la facture du 2 septembre, notre numéro d'entreprise est incomplet (il manque les deux derniers "
    "chiffres). Nous ne demandons pas de remboursement et ne souhaitons pas résilier : juste une facture corrigée "
    "avec BE 0812.345.678.\n\nBien à vous,\nNathalie Collignon, clerc\nÉtude notariale du Sud-Namurois")],
    "other", spec="s.8 negation: no refund, no cancellation; an invoice correction -> other. A notary's clerk is no lawyer threat.")

# 27 other: hypothetical before buying (Sherbrooke)
w = at("2025-09-24 13:20", QC)
r.case("magog-hypothetique-avant-achat", LOB, [Mail(
    "Microbrasserie du Lac <info@microbrasserie-dulac.ca>", "Question avant de m'abonner", w,
    "Allo,\n\nOn pense prendre votre forfait annuel pour le temps des Fêtes. Si jamais ça ne marche pas pour une "
    "microbrasserie, est-ce qu'on pourrait se faire rembourser ? Je préfère savoir avant de magasiner ailleurs.\n\n"
    "Merci, bonne journée!\nÉmilie Gagnon, Magog")],
    "other", spec="s.8 hypothetical before buying from a non-customer -> other.")

# 28 other: thanks
w = at("2025-09-30 11:00", FR)
r.case("merci-remboursement-recu", LOB, [Mail(
    "Service Export - Champagne Gorsenet <export@champagne-gorsenet-fils.fr>",
    "RE: Double prélèvement abonnement [LO-3802]", w,
    "Bonjour,\n\nLe remboursement apparaît bien sur notre relevé ce matin. Merci pour votre réactivité.\n\n"
    "Bien cordialement,\nHélène Gorsenet", refs_extra=["<lo-3802.20250926.1420@leadsoptima.com>"])],
    "other", spec="Thanks for a refund received (past event) -> other.")

# 29 Outlook TR: forwarded by an assistant, carrying the registered address
C.append(cust("gerant@cabinet-archi-cauchois.fr", "Cabinet d'architecture Cauchois", "quarterly", start="2025-09-08",
              end="2025-12-07"))
pay("gerant@cabinet-archi-cauchois.fr", "quarterly", "2025-09-08T10:00:00", "2025-09-08", "2025-12-07")
w = at("2025-09-29 08:40", FR)
r.case("rouen-tr-assistante-c2", LOB, [Mail(
    "Sandrine Lefort <s.lefort@cabinet-archi-cauchois.fr>", "TR: Résiliation LeadsOptima", w,
    "Bonjour,\n\nVoir ci-dessous la demande de M. Cauchois.\n\nCordialement\nSandrine Lefort, assistante\n\n"
    "De : Cabinet d'architecture Cauchois <gerant@cabinet-archi-cauchois.fr>\nEnvoyé : vendredi 26 septembre 2025 "
    "18:05\nÀ : Sandrine Lefort <s.lefort@cabinet-archi-cauchois.fr>\nObjet : Résiliation LeadsOptima\n\n"
    "Sandrine, merci de résilier l'abonnement trimestriel LeadsOptima, nous avons assez de chantiers jusqu'à l'été.\n"
    "Olivier Cauchois, architecte DPLG")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request is from the registered gerant@...; the sender s.lefort@ is another address -> ask for it from the registered address.")

# 30 Apple Mail forward of one's own mail from the registered address
C.append(cust("ecole@danse-sherbrooke.ca", "École de danse Pas de Deux", "monthly", start="2025-09-13", end="2025-10-12"))
pay("ecole@danse-sherbrooke.ca", "monthly", "2025-09-13T10:00:00", "2025-09-13", "2025-10-12")
w = at("2025-09-28 10:15", QC)
r.case("sherbrooke-apple-mail-transfert", LOB, [Mail(
    "École de danse Pas de Deux <ecole@danse-sherbrooke.ca>", "Fwd: Annulation", w,
    "Bonjour, je crois que j'ai envoyé ça à la mauvaise adresse. Merci!\n\n"
    "Début du message réexpédié :\n\nDe: École de danse Pas de Deux <ecole@danse-sherbrooke.ca>\n"
    "Objet: Annulation\nDate: 26 septembre 2025 à 21:14:08 UTC−4\nÀ: info@leadsoptima.com\n\n"
    "Bonsoir, je veux annuler mon abonnement mensuel. Les inscriptions de la session d'automne sont complètes.\n"
    "Josée Bélanger")],
    "decided", [K("cancel", "2025-10-12")],
    spec="s.8 forward: the registered address forwards its own cancellation -> L8 cancel effective current_period_end 2025-10-12.")

# 31 HTML-only (Namur SME): duplicate approve
C.append(cust("facturation@menuiserie-hastiere.be", "Menuiserie Hastière SRL", "annual", start="2025-09-27",
              end="2026-09-26"))
pay("facturation@menuiserie-hastiere.be", "annual", "2025-09-27T15:00:00", "2025-09-27", "2026-09-26")
i = pay("facturation@menuiserie-hastiere.be", "annual", "2025-09-27T15:00:30", "2025-09-27", "2026-09-26")
w = at("2025-09-29 10:00", FR)
r.case("namur-html-double", LOB, [Mail(
    "Menuiserie Hastière - Facturation <facturation@menuiserie-hastiere.be>", f"Double paiement - {i}", w, None,
    html=("<html><body><div style='font-family:Arial'>Bonjour,<br><br>L'abonnement annuel a été <b>payé deux fois</b> "
          "le 27/09/2025 (2 &times; 11.988,00 INR). Pourriez-vous rembourser le second paiement, facture "
          f"<u>{i}</u> ?<br><br>Bien à vous,<br>Sophie Lambotte<br>Menuiserie Hastière SRL<br>"
          "<span style='font-size:8pt'>TVA BE 0765.432.109</span></div></body></html>"))],
    "decided", [R("approve", "11988.00")],
    spec=f"HTML-only mail: L4 duplicate annual charges 2025-09-27 (day 2) -> approve {i} = 11988.00.")

# 32 dictated voice message (Abidjan)
C.append(cust("boutique.aminata@ci-mail.net", "Boutique Aminata Pagnes", "monthly", start="2025-09-09", end="2025-10-08"))
pay("boutique.aminata@ci-mail.net", "monthly", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
w = at("2025-09-26 16:00", WA)
r.case("abidjan-dicte-resiliation", LOB, [Mail(
    "Boutique Aminata Pagnes <boutique.aminata@ci-mail.net>", "Resiliation", w,
    "Bonjour virgule je veux résilier mon abonnement mensuel point les clients viennent au marché de Treichville "
    "directement je n'ai plus besoin de ça point merci virgule Aminata Koné\n\nEnvoyé depuis mon téléphone "
    "(dictée vocale)")],
    "decided", [K("cancel", "2025-10-08")],
    spec="Dictated text ('virgule', 'point'): L8 cancel effective current_period_end 2025-10-08.")

# 33 duplicate claimed, only one charge -> escalate
C.append(cust("cave@vins-cote-vermeille.fr", "Cave de la Côte Vermeille", "monthly", start="2025-09-25", end="2025-10-24"))
i = pay("cave@vins-cote-vermeille.fr", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
w = at("2025-09-27 12:00", FR)
r.case("collioure-double-sans-paire", LOB, [Mail(
    "Cave de la Côte Vermeille <cave@vins-cote-vermeille.fr>", "Débité deux fois ?", w,
    "Bonjour,\n\nSur mon compte je vois votre prélèvement du 25 deux fois (un passé, un en attente). Merci de "
    "rembourser le double prélèvement.\n\nCordialement\nJoan Ferrer, Collioure")],
    "decided", [R("escalate")],
    spec=f"L4: duplicate claimed inside the window (day 2) but one charge in the ledger ({i}, which identifies the invoice) -> no pair -> escalate.")

# 34 refund of a failed charge -> escalate
C.append(cust("contact@luthier-ardennes-namur.be", "Lutherie Mosane", "quarterly", start="2025-09-24", end="2025-12-23"))
pay("contact@luthier-ardennes-namur.be", "quarterly", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
i = pay("contact@luthier-ardennes-namur.be", "quarterly", "2025-09-24T10:04:00", "2025-09-24", "2025-12-23",
        status="failed")
w = at("2025-09-26 14:30", FR)
r.case("namur-luthier-echoue", LOB, [Mail(
    "Lutherie Mosane <contact@luthier-ardennes-namur.be>", f"Deuxième prélèvement {i}", w,
    f"Bonjour,\n\nLe 24 septembre, deux prélèvements de 3.999,00 INR. Le second ({i}) est en double, merci de le "
    "rembourser.\n\nBien à vous\nBenoît Hansoul, luthier, Namur")],
    "decided", [R("escalate")],
    spec=f"s.8: the charge asked back ({i}) is 'failed', not paid -> escalate; no pair of paid charges for L4; no amount.")

# 35 billing error outside the window, invoice typed with dots
C.append(cust("boulangerie@pain-des-papes.fr", "Boulangerie du Palais", "monthly", start="2025-09-15", end="2025-10-14"))
i = pay("boulangerie@pain-des-papes.fr", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
pay("boulangerie@pain-des-papes.fr", "monthly", "2025-08-15T10:00:00", "2025-08-15", "2025-09-14")
w = at("2025-09-27 19:30", FR)
assert day_no("2025-09-15T10:00:00", w) == 12
r.case("avignon-apres-resiliation-trop-tard", LOB, [Mail(
    "Boulangerie du Palais <boulangerie@pain-des-papes.fr>", "Prélevé après résiliation", w,
    "Bonsoir,\n\nJ'avais résilié en août, et pourtant j'ai été prélevée le 15/09, facture "
    f"{i.replace('-', '.').lower()}. C'est un prélèvement après résiliation, merci de me rembourser.\n\n"
    "Martine Roux\nBoulangerie du Palais, Avignon intra-muros")],
    "decided", [R("deny")],
    spec=f"L2 billing_error (charged after cancelling) but L3: {i} on 2025-09-15, request 2025-09-27 = day 12 > 7 -> deny. Invoice typed with dots (s.8).")

# 36 long rambling mail, cancellation in the middle
C.append(cust("agence@paysages-cotentin.fr", "Paysages du Cotentin", "annual", start="2025-02-17", end="2026-02-16"))
pay("agence@paysages-cotentin.fr", "annual", "2025-02-17T10:00:00", "2025-02-17", "2026-02-16")
w = at("2025-09-23 14:05", FR)
r.case("caen-paysagiste-long", LOB, [Mail(
    "Paysages du Cotentin <agence@paysages-cotentin.fr>", "Plusieurs points", w,
    "Bonjour,\n\nD'abord merci pour le webinaire de mardi, très clair. Ensuite, petite nouvelle : notre associé qui "
    "gérait la prospection a repris une pépinière à Bayeux, et personne ici n'a le temps de suivre l'outil. Nous "
    "résilions donc l'abonnement annuel, à la fin de la période. Par ailleurs, pourriez-vous nous envoyer toutes "
    "les factures 2025 en un seul PDF pour notre expert-comptable ? Et si un export des contacts existe, ce serait "
    "parfait avant la fermeture du compte.\n\nCordialement\nLaure Hamel, paysagiste conceptrice, Caen")],
    "decided", [K("cancel", "2026-02-16")],
    spec="L8 cancel in the middle of a long mail with other requests: annual, current_period_end 2026-02-16.")

# 37 the other brand's customer writes to LeadsOptima
P.append(proj("Fromagerie du Cantal Boutique", "fromagerie@cantal-salers-shop.fr", "2025-08-01T10:00:00"))
w = at("2025-09-25 10:50", FR)
r.case("clermont-mauvaise-marque", LOB, [Mail(
    "Fromagerie du Cantal <fromagerie@cantal-salers-shop.fr>", "Résiliation maintenance site", w,
    "Bonjour,\n\nNous résilions le contrat de maintenance de notre boutique en ligne, mon neveu s'en occupe "
    "désormais.\n\nCordialement\nJean Roumegoux")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: sent to LeadsOptima, where this address is unknown -> unknown sender: need_info, C2.")

# 38 thread: invoice but no reason, answer is an access failure
C.append(cust("studio@poterie-sancy.fr", "Poterie du Sancy", "monthly", start="2025-09-26", end="2025-10-25"))
i = pay("studio@poterie-sancy.fr", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
w1, w2 = at("2025-09-27 11:00", FR), at("2025-09-30 09:00", FR)
m1 = Mail("Poterie du Sancy <studio@poterie-sancy.fr>", f"Remboursement {i}", w1,
          f"Bonjour,\n\nJe demande le remboursement de la facture {i}.\n\nCordialement\nCamille Rougier")
m2 = Mail("Poterie du Sancy <studio@poterie-sancy.fr>", f"Re: Remboursement {i} [LO-3820]", w2,
          "Bonjour,\n\nLe motif : la plateforme ne charge plus depuis le prélèvement, l'écran reste bloqué sur le logo. "
          "Votre support n'a pas réglé le problème.\n\nCordialement\nCamille Rougier, Murol\n\n"
          "Le sam. 27 sept. 2025 à 11:05, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
          "> Merci de nous indiquer le motif de votre demande.", reply=m1)
r.case("sancy-fil-acces", LOB, [m1, m2], "decided", [R("escalate")],
       spec="C3 thread: first email (day 1) names the invoice but no reason; the answer gives an access failure ('la plateforme ne charge plus') -> L6 escalate; window from the first email.")

# 39 past cancellation, question only
C.append(cust("contact@ecole-musique-lehavre.fr", "École de musique Océane", "monthly", start="2025-09-06",
              end="2025-10-05"))
pay("contact@ecole-musique-lehavre.fr", "monthly", "2025-09-06T10:00:00", "2025-09-06", "2025-10-05")
w = at("2025-09-30 17:20", FR)
r.case("le-havre-deja-resilie-question", LOB, [Mail(
    "École de musique Océane <contact@ecole-musique-lehavre.fr>", "Après la résiliation", w,
    "Bonjour,\n\nJ'ai résilié moi-même la semaine dernière via Billing, la confirmation est bien arrivée. Petite "
    "question : puis-je encore exporter nos contacts en CSV jusqu'à la fin ?\n\nMerci !\nYann Le Gall")],
    "other", spec="A cancellation done in the past (s.8) and a question -> other.")

# 40 Dakar: billing error + cancellation
C.append(cust("admin@baobab-analytics.sn", "Baobab Analytics", "monthly", start="2025-09-26", end="2025-10-25"))
i = pay("admin@baobab-analytics.sn", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
w = at("2025-09-29 14:00", WA)
r.case("dakar-mauvais-montant-et-resiliation", LOB, [Mail(
    "Baobab Analytics - Admin <admin@baobab-analytics.sn>", "Mauvais montant + résiliation", w,
    f"Bonjour,\n\nSur la facture {i} vous nous avez facturé 1 499 INR alors que l'offre startup négociée était de "
    "999. Mauvais montant, merci de rembourser la différence. Et franchement, vu l'expérience, résiliez aussi "
    "l'abonnement.\n\nCordialement,\nMoussa Diop, COO\nBaobab Analytics, Dakar - Almadies")],
    "decided", [R("escalate"), K("cancel", "2025-10-25")],
    spec="L2 billing_error ('mauvais montant') inside L3 (2025-09-26 -> 2025-09-29) -> L5 escalate; plus L8 cancel effective current_period_end 2025-10-25.")

# ======================= Optima WebDesign =======================

# o1 discovery, nothing started -> approve
P.append(proj("Maison Fourmon Négoce Site", "contact@maison-fourmon.fr", None))
i = opay("Maison Fourmon Négoce Site", "discovery", "15000.00", "2025-09-23T14:00:00")
w = at("2025-09-25 10:40", FR)
r.case("reims-negoce-discovery", OWB, [Mail(
    "Maison Fourmon <contact@maison-fourmon.fr>", f"Refund Request — Maison Fourmon Négoce Site / {i}", w, brand=OWB,
    body=("Madame, Monsieur,\n\nNous avons réglé le 23 septembre les frais de discovery pour le projet « Maison Fourmon "
          f"Négoce Site » (facture {i}). Aucun atelier n'a encore eu lieu. Notre maison vient d'être rachetée par un "
          "groupe qui impose son agence : nous annulons et demandons le remboursement.\n\nVeuillez agréer nos "
          "salutations distinguées.\nAnne-Sophie Fourmon, négociant en vins, Épernay"))],
    "decided", [R("approve", "15000.00")],
    spec="O1: discovery, work_started_at empty -> full refund 15000.00 before tax (C6). The mail also ends the project ('nous annulons et demandons le remboursement'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).",
    extra_ok=True)

# o2 discovery started -> deny
P.append(proj("Gîtes de Millevaches Réservation", "gites@plateau-resa.fr", "2025-09-17T14:00:00"))
i = opay("Gîtes de Millevaches Réservation", "discovery", "8500.00", "2025-09-15T10:00:00")
w = at("2025-09-24 19:10", FR)
r.case("limousin-discovery-commencee", OWB, [Mail(
    "Gîtes du Plateau <gites@plateau-resa.fr>", "Remboursement atelier discovery", w, brand=OWB, body=(
        "Bonsoir,\n\nNous avons eu l'atelier de lancement le 17 pour le projet Gîtes de Millevaches Réservation. "
        f"Finalement, ça ne correspond pas à nos attentes. Nous arrêtons et voulons récupérer les frais ({i}).\n\n"
        "Cordialement\nSylvie Mazaud, Eymoutiers"))],
    "decided", [R("deny")],
    spec="O1: the discovery session started 2025-09-17 (work_started_at) before the request -> deny. The mail also ends the project ('Nous arrêtons'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).",
    extra_ok=True)

# o3 deposit inside 72 h (Abidjan trader)
P.append(proj("Cacao Plus Export Vitrine", "direction@cacaoplus-export.ci", None))
i = opay("Cacao Plus Export Vitrine", "deposit", "24000.00", "2025-09-27T14:00:00")
w = at("2025-09-29 09:00", WA)
assert hours("2025-09-27T14:00:00", w) == 48.5
r.case("abidjan-acompte-48h", OWB, [Mail(
    "Cacao Plus Export <direction@cacaoplus-export.ci>", f"Refund Request — {i}", w, brand=OWB, body=(
        "Bonjour,\n\nNous avons versé l'acompte samedi pour le projet Cacao Plus Export Vitrine. Le conseil "
        "d'administration a décidé hier de suspendre tous les investissements jusqu'à la nouvelle campagne "
        "cacaoyère. Nous annulons avant tout démarrage et sollicitons le remboursement de l'acompte.\n\n"
        "Salutations distinguées\nKonan Aya Bernadette, Directrice, Plateau - Abidjan"))],
    "decided", [R("approve", "24000.00")],
    spec="O2: deposit 2025-09-27 14:00 IST; request 2025-09-29 09:00 GMT = 14:30 IST = 48.5 h < 72 h, no work started -> approve 24000.00. The mail also ends the project ('Nous annulons avant tout démarrage'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).",
    extra_ok=True)

# o4 deposit exactly 72 h (Sherbrooke)
P.append(proj("Fromagerie des Cantons Boutique", "boutique@fromagerie-cantons.ca", None))
i = opay("Fromagerie des Cantons Boutique", "deposit", "20000.00", "2025-09-23T05:30:00")
w = at("2025-09-25 20:00", QC)
assert hours("2025-09-23T05:30:00", w) == 72
r.case("sherbrooke-acompte-72h-pile", OWB, [Mail(
    "Fromagerie des Cantons <boutique@fromagerie-cantons.ca>", "Annulation et remboursement du dépôt", w, brand=OWB,
    body=("Bonsoir,\n\nJ'ai payé le dépôt lundi soir à 20 h pile pour la Fromagerie des Cantons Boutique "
          f"(facture {i}). Il est 20 h jeudi, donc exactement trois jours : j'annule, mon associé se retire du "
          "projet. Merci de me rembourser le dépôt.\n\nBonne soirée\nMathieu Pelletier, Coaticook"))],
    "decided", [R("deny")],
    spec="O2 + s.8: deposit 2025-09-23 05:30 IST (Mon 20:00 EDT); request Thu 2025-09-25 20:00 EDT = 2025-09-26 05:30 IST = exactly 72 h -> not before -> deny. The mail also ends the project ('j'annule'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).",
    extra_ok=True)

# o5 deposit inside 72h, work started -> deny
P.append(proj("Cycles Brennus Site", "atelier@cycles-brennus.fr", "2025-09-27T10:00:00"))
i = opay("Cycles Brennus Site", "deposit", "18000.00", "2025-09-26T17:00:00")
w = at("2025-09-28 15:00", FR)
assert hours("2025-09-26T17:00:00", w) < 72
r.case("clermont-velo-acompte-travail-commence", OWB, [Mail(
    "Cycles Brennus <atelier@cycles-brennus.fr>", f"Acompte {i}", w, brand=OWB, body=(
        "Bonjour,\n\nFinalement on fera le site avec le club de cyclisme. Pour Cycles Brennus Site, merci de "
        f"rembourser l'acompte ({i}), ça ne fait que deux jours.\n\nÀ plus\nKévin Chabrier, Clermont-Ferrand"))],
    "decided", [R("deny")],
    spec="O2: 49.5 h after payment, but work started 2025-09-27 10:00 IST, before the request -> 'whichever occurs first' -> deny. The mail also ends the project ('Finalement on fera le site avec le club de cyclisme'), so an extra cancellation decision (cancel or escalate, never an approval) is allowed (extra_ok, chk37b).",
    extra_ok=True)

# o6 milestone not started -> approve
P.append(proj("Ensemble orchestral du Robec Site", "administration@eor-robec.fr", "2025-08-04T10:00:00"))
opay("Ensemble orchestral du Robec Site", "milestone", "20000.00", "2025-08-04T10:00:00", milestone_status="approved")
i = opay("Ensemble orchestral du Robec Site", "milestone", "13500.00", "2025-09-19T10:00:00",
         milestone_status="not_started")
w = at("2025-09-26 11:30", FR)
r.case("rouen-orchestre-jalon-non-commence", OWB, [Mail(
    "Ensemble orchestral du Robec <administration@eor-robec.fr>",
    f"Refund Request — Ensemble orchestral du Robec Site / {i}", w, brand=OWB, body=(
        "Bonjour,\n\nLa première étape (maquettes) est validée, merci. En revanche, le jalon billetterie "
        f"(facture {i}) n'est plus nécessaire : la Métropole nous fournit sa billetterie. Comme il n'a pas commencé, "
        "nous en demandons le remboursement.\n\nCordialement\nAgnès Féret, administratrice"))],
    "decided", [R("approve", "13500.00")],
    spec="O3: milestone not_started -> refund its amount 13500.00 before tax; the approved first milestone is not asked back.")

# o7 milestone in progress (Japanese writer) -> escalate
P.append(proj("Ramen Kōji Avignon Site", "koji.ramen@avignon-resto.fr", "2025-09-01T10:00:00"))
i = opay("Ramen Kōji Avignon Site", "milestone", "14000.00", "2025-09-15T10:00:00", milestone_status="in_progress")
w = at("2025-09-26 15:20", FR)
r.case("japonais-jalon-en-cours", OWB, [Mail(
    "Ramen Kōji <koji.ramen@avignon-resto.fr>", f"Remboursement du jalon {i}", w, brand=OWB, body=(
        "Bonjour,\n\nPour notre projet Ramen Kōji Avignon Site, la page de commande en ligne est à moitié faite. Nous "
        "avons décidé d'utiliser une application de livraison. Je voudrais arrêter et être remboursé de ce jalon, ou "
        "la partie pas encore faite, s'il vous plaît.\n\nJe vous remercie de votre compréhension.\nTanaka Kōji"))],
    "decided", [R("escalate")],
    spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person); no amount.")

# o8 milestone completed -> deny
P.append(proj("Auto-école Vauban Planning", "gestion@autoecole-vauban-amiens.fr", "2025-07-01T10:00:00"))
i = opay("Auto-école Vauban Planning", "milestone", "12000.00", "2025-08-22T10:00:00", milestone_status="completed")
w = at("2025-09-24 10:05", FR)
r.case("amiens-jalon-termine", OWB, [Mail(
    "Auto-école Vauban <gestion@autoecole-vauban-amiens.fr>", f"Refund Request — {i}", w, brand=OWB, body=(
        "Bonjour,\n\nLe module de réservation des leçons (projet Auto-école Vauban Planning) est livré depuis août, mais "
        f"nos élèves préfèrent téléphoner. Nous voudrions récupérer le montant de ce jalon ({i}).\n\nCordialement\n"
        "Farid Benali, gérant"))],
    "decided", [R("deny")],
    spec="O3/O6: milestone completed -> deny (completed deliverables are non-refundable).")

# o9 retainer, enough notice
P.append(proj("Champagne Brûlefer Réseaux Sociaux", "communication@champagne-brulefer.fr", "2025-05-21T10:00:00"))
i = opay("Champagne Brûlefer Réseaux Sociaux", "retainer", "11500.00", "2025-09-21T09:00:00",
         period_start="2025-09-21", period_end="2025-10-20", next_billing_at="2025-10-21T09:00:00")
w = at("2025-09-29 11:00", FR)
r.case("reims-retainer-preavis-ok", OWB, [Mail(
    "Champagne Brûlefer - Communication <communication@champagne-brulefer.fr>", "Fin de l'accompagnement réseaux sociaux",
    w, brand=OWB, body=(
        "Bonjour,\n\nNous mettons fin à l'accompagnement « Champagne Brûlefer Réseaux Sociaux » (dernière facture "
        f"{i}). Motif : une chargée de communication nous rejoint en novembre et reprend tout en interne.\n\n"
        "Bien cordialement\nCamille Brûlefer, Verzenay"))],
    "decided", [K("cancel", "2025-10-20")],
    spec="O4/O8: next_billing_at 2025-10-21; request 2025-09-29 <= 2025-10-14 -> cancel effective 2025-10-20, next charge avoided.")

# o10 retainer, short notice
P.append(proj("Cabinet Dentaire Kostas SEO", "cabinet@dentiste-kostas.fr", "2025-04-06T10:00:00"))
i = opay("Cabinet Dentaire Kostas SEO", "retainer", "8000.00", "2025-09-06T09:00:00",
         period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00")
w = at("2025-09-30 18:00", FR)
r.case("grec-retainer-preavis-court", OWB, [Mail(
    "Cabinet Dentaire Dr Kostas <cabinet@dentiste-kostas.fr>", f"Résiliation contrat SEO {i}", w, brand=OWB, body=(
        "Bonsoir,\n\nJe résilie le contrat de référencement pour le projet « Cabinet Dentaire Kostas SEO ». La raison : "
        "je vends le cabinet en fin d'année et mon successeur a déjà son prestataire.\nMerci de me confirmer par "
        "écrit.\n\nCordialement\nDr Giorgos Kostas, chirurgien-dentiste, Perpignan"))],
    "decided", [K("cancel", "2025-11-05")],
    spec="O4: next_billing_at 2025-10-06; request 2025-09-30 > 2025-09-29 (less than 7 days) -> next cycle 2025-10-06..2025-11-05 billed; effective 2025-11-05.")

# o11 retainer: 7 days by the customer's calendar, 6 in Kolkata -> short notice
P.append(proj("Vignoble Estrie Publicité", "pub@vignoble-estrie.ca", "2025-06-07T10:00:00"))
i = opay("Vignoble Estrie Publicité", "retainer", "9000.00", "2025-09-07T09:00:00",
         period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T12:00:00")
w = at("2025-09-30 15:30", QC)
assert day_no("2025-10-07T12:00:00", w) == -6
r.case("estrie-retainer-6-jours-a-kolkata", OWB, [Mail(
    "Vignoble Estrie <pub@vignoble-estrie.ca>", "Fin du contrat de publicité", w, brand=OWB, body=(
        "Bonjour,\n\nOn met fin au contrat Vignoble Estrie Publicité (facture " + i + "). Les vendanges sont finies, "
        "on ferme la boutique jusqu'au printemps. Votre prochaine facturation est le 7 octobre, je vous donne donc "
        "mes 7 jours de préavis aujourd'hui le 30.\n\nMerci, bonne journée\nLouis-Philippe Côté, Dunham"))],
    "decided", [K("cancel", "2025-11-06")],
    spec="O4 in the brand zone: next_billing_at 2025-10-07; email 2025-09-30 15:30 EDT = 2025-10-01 01:00 IST -> local date 2025-10-01 > 2025-09-30 (only 6 days) -> next cycle 2025-10-07..2025-11-06 billed; effective 2025-11-06.")

# o12 retainer paid ahead -> escalate
P.append(proj("Hôtel du Lac de Neuchâtel Contenus", "direction@hotel-lac-ne.ch", "2025-05-13T10:00:00"))
opay("Hôtel du Lac de Neuchâtel Contenus", "retainer", "14500.00", "2025-09-13T09:00:00",
     period_start="2025-09-13", period_end="2025-10-12", next_billing_at="2025-10-13T09:00:00")
i = opay("Hôtel du Lac de Neuchâtel Contenus", "retainer", "14500.00", "2025-09-26T09:00:00",
         period_start="2025-10-13", period_end="2025-11-12", next_billing_at="2025-11-13T09:00:00")
w = at("2025-09-27 10:30", FR)
r.case("neuchatel-retainer-paye-d-avance", OWB, [Mail(
    "Hôtel du Lac - Direction <direction@hotel-lac-ne.ch>", "Résiliation du mandat de contenus", w, brand=OWB, body=(
        "Bonjour,\n\nNous résilions le mandat « Hôtel du Lac de Neuchâtel Contenus » : le conseil d'administration a "
        f"décidé la vente de l'établissement. La facture d'octobre ({i}) a déjà été payée par notre fiduciaire.\n\n"
        "Meilleures salutations\nSéverine Perrenoud, directrice"))],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (from 2025-10-13) is already paid and notice >= 7 days (2025-09-27 <= 2025-10-06) -> escalate.")

# o13 hosting annual within 14 days
P.append(proj("Miellerie des Causses Hébergement", "miel@miellerie-causses.fr", "2025-09-21T10:00:00"))
i = opay("Miellerie des Causses Hébergement", "hosting_annual", "14400.00", "2025-09-20T10:00:00",
         setup_fee="2400.00", service_start="2025-09-21")
amt = o5("14400.00", "2400.00")
assert amt == "11000.00"
w = at("2025-09-26 12:00", FR)
r.case("limoges-hebergement-14-jours", OWB, [Mail(
    "Miellerie des Causses <miel@miellerie-causses.fr>", f"Refund Request — {i}", w, brand=OWB, body=(
        "Bonjour,\n\nNous renonçons à l'hébergement annuel « Miellerie des Causses Hébergement » : notre coopérative "
        "nous propose une boutique mutualisée avec hébergement inclus. Merci de nous rembourser au prorata.\n\n"
        "Cordialement\nJulien Peyrat, Ambazac"))],
    "decided", [R("approve", amt)], extra_ok=True,
    spec="O5: service_start 2025-09-21, request day 5 <= 14: 14400 - 2400 - (12000/12 = 1000) x 1 = 11000.00. The customer gives up the plan, so an extra cancellation is the one asked for (extra_ok).")

# o14 maintenance after 14 days
P.append(proj("Garage Solé Maintenance", "garage.sole@autos-catalanes.fr", "2025-09-02T10:00:00"))
i = opay("Garage Solé Maintenance", "maintenance_annual", "9000.00", "2025-08-30T10:00:00",
         setup_fee="1200.00", service_start="2025-09-02")
w = at("2025-09-23 14:30", FR)
assert day_no("2025-09-02", w) == 21
r.case("perpignan-maintenance-apres-14-jours", OWB, [Mail(
    "Garage Solé <garage.sole@autos-catalanes.fr>", "Contrat maintenance remboursement", w, brand=OWB, body=(
        f"Bonjour,\n\nLe contrat de maintenance Garage Solé Maintenance ({i}) ne nous sert à rien, mon fils s'occupe "
        "du site. Merci de rembourser au prorata.\n\nSalutations\nJosep Solé, Rivesaltes"))],
    "decided", [R("deny")],
    spec="O5: service_start 2025-09-02, request 2025-09-23 = day 21 > 14 -> deny.")

# o15 hosting with rounding
P.append(proj("Chambres d'hôtes Les Tilleuls Hébergement", "lestilleuls@chambres-bocage.fr", "2025-09-25T10:00:00"))
i = opay("Chambres d'hôtes Les Tilleuls Hébergement", "hosting_annual", "11000.00", "2025-09-24T10:00:00",
         setup_fee="1500.00", service_start="2025-09-25")
amt = o5("11000.00", "1500.00")
assert amt == "8708.33"
w = at("2025-09-29 20:30", FR)
r.case("bocage-normand-hebergement-arrondi", OWB, [Mail(
    "Les Tilleuls - Chambres d'hôtes <lestilleuls@chambres-bocage.fr>", f"Résiliation hébergement + remboursement {i}",
    w, brand=OWB, body=(
        "Bonsoir,\n\nMerci de résilier l'hébergement annuel des Chambres d'hôtes Les Tilleuls Hébergement et de nous "
        "rembourser la part restante. Motif : nous vendons la maison, la signature est prévue en novembre.\n\n"
        "Bien cordialement\nOdile Marie, Vire (Calvados)"))],
    "decided", [R("approve", amt)], extra_ok=True,
    spec="O5: service_start 2025-09-25, request 2025-09-29 20:30 CEST = 2025-09-30 00:00 IST, day 5: 11000 - 1500 - 9500/12 (791.666...) = 8708.3333 -> 8708.33 (rounded once). Cancellation asked too (extra_ok).")

# o16 third party (domain) -> deny
P.append(proj("Librairie Page Blanche Site", "librairie@pageblanche-limoges.fr", "2025-08-10T10:00:00"))
i = opay("Librairie Page Blanche Site", "third_party", "1900.00", "2025-09-23T10:00:00")
w = at("2025-09-25 11:15", FR)
r.case("limoges-nom-de-domaine", OWB, [Mail(
    "Librairie Page Blanche <librairie@pageblanche-limoges.fr>", f"Nom de domaine {i}", w, brand=OWB, body=(
        "Bonjour,\n\nVous avez facturé le renouvellement du nom de domaine pour Librairie Page Blanche Site. Nous "
        f"voulions le laisser expirer. Merci de rembourser la facture {i}.\n\nCordialement\nIsabelle Ducourtieux"))],
    "decided", [R("deny")],
    spec="O6: third_party (domain) never refundable -> deny.")

# o17 rush fee -> deny
P.append(proj("Salon Tech Dakar Microsite", "events@salontech-dakar.sn", "2025-09-08T10:00:00"))
i = opay("Salon Tech Dakar Microsite", "rush", "7000.00", "2025-09-10T10:00:00")
w = at("2025-09-24 10:00", WA)
r.case("dakar-frais-urgence", OWB, [Mail(
    "Salon Tech Dakar - Événements <events@salontech-dakar.sn>", f"Frais d'urgence {i}", w, brand=OWB, body=(
        "Bonjour,\n\nPour le Salon Tech Dakar Microsite, nous avons payé les frais d'urgence, mais le site a été mis en "
        f"ligne la veille du salon au lieu de trois jours avant. Merci de rembourser les frais d'urgence ({i}).\n\n"
        "Cordialement\nFatou Sarr, cheffe de projet"))],
    "decided", [R("deny")],
    spec="O6: rush fees never refundable -> deny.")

# o18 setup fee -> deny
P.append(proj("Pizzeria Bella Vista Site", "contato@bellavista-pizzas.fr", "2025-09-05T10:00:00"))
i = opay("Pizzeria Bella Vista Site", "setup", "3500.00", "2025-09-05T10:00:00")
w = at("2025-09-24 13:40", FR)
r.case("bresilien-frais-installation", OWB, [Mail(
    "Pizzeria Bella Vista <contato@bellavista-pizzas.fr>", f"Frais de mise en service {i}", w, brand=OWB, body=(
        "Bom dia... pardon, bonjour !\n\nPour Pizzeria Bella Vista Site vous avez facturé des frais de mise en "
        f"service ({i}). Je trouve que c'est cher pour juste activer. Je voudrais le rembourssement de ces frais.\n\n"
        "Obrigado\nThiago Almeida, Avignon"))],
    "decided", [R("deny")],
    spec="O6: setup/activation fees never refundable -> deny.")

# o19 C2: colleague
P.append(proj("Théâtre du Cloître Bleu Billetterie", "direction@theatre-cloitre-bleu.fr", "2025-08-18T10:00:00"))
opay("Théâtre du Cloître Bleu Billetterie", "deposit", "19000.00", "2025-09-26T10:00:00")
w = at("2025-09-27 11:20", FR)
r.case("avignon-collegue-c2", OWB, [Mail(
    "Lucie Reboul <l.reboul@theatre-cloitre-bleu.fr>", "Refund Request — Théâtre du Cloître Bleu Billetterie", w,
    brand=OWB, body=(
        "Bonjour,\n\nÀ la demande de notre directeur, je vous demande le remboursement de l'acompte pour « Théâtre "
        "du Cloître Bleu Billetterie » : la subvention régionale a été annulée.\n\nCordialement\nLucie Reboul, "
        "administration"))],
    "need_info", rules=["C2"],
    spec="C2: the contract email is direction@theatre-cloitre-bleu.fr; l.reboul@ is another address -> ask for the request from the contract email.")

# o20 C3: project and invoice missing (two projects)
P.append(proj("Festival Bulles de Namur Site", "asbl@bulles-namur.be", "2025-06-02T10:00:00"))
P.append(proj("Festival Bulles de Namur Newsletter", "asbl@bulles-namur.be", "2025-06-02T10:00:00"))
opay("Festival Bulles de Namur Site", "retainer", "8500.00", "2025-09-11T09:00:00",
     period_start="2025-09-11", period_end="2025-10-10", next_billing_at="2025-10-11T09:00:00")
opay("Festival Bulles de Namur Newsletter", "retainer", "4500.00", "2025-09-11T09:05:00",
     period_start="2025-09-11", period_end="2025-10-10", next_billing_at="2025-10-11T09:00:00")
w = at("2025-09-24 12:30", FR)
r.case("namur-quel-projet", OWB, [Mail(
    "ASBL Bulles de Namur <asbl@bulles-namur.be>", "Arrêt", w, brand=OWB, body=(
        "Bonjour,\n\nLe festival est terminé et l'ASBL n'a plus de budget : nous arrêtons l'accompagnement. Des "
        "bénévoles prendront le relais.\n\nBien à vous\nCédric Wauthier, trésorier"))],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: a cancellation with a reason from the contract email, which has two projects; neither project nor invoice named -> ask for project_name and invoice_number.")

# o21 C3: reason missing on a cancellation
P.append(proj("Barbearia Copacabana Site", "barbearia.copa@mail-caen.fr", "2025-06-04T10:00:00"))
i = opay("Barbearia Copacabana Site", "retainer", "6000.00", "2025-09-04T09:00:00",
         period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00")
w = at("2025-09-22 10:45", FR)
r.case("bresilien-sans-motif", OWB, [Mail(
    "Barbearia Copacabana <barbearia.copa@mail-caen.fr>", f"Résiliation {i}", w, brand=OWB, body=(
        f"Bonjour,\n\nJe veux résilier le suivi de Barbearia Copacabana Site, facture {i}. Merci de confirmer.\n\n"
        "Abraço\nLeandro Ribeiro"))],
    "need_info", missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations; project and invoice given, no reason -> need_info [reason].")

# o22 thread: reason given in the answer -> cancel
P.append(proj("Gîte de la Vézère Site", "contact@gite-vezere.fr", "2025-05-17T10:00:00"))
i = opay("Gîte de la Vézère Site", "retainer", "7200.00", "2025-09-17T09:00:00",
         period_start="2025-09-17", period_end="2025-10-16", next_billing_at="2025-10-17T09:00:00")
w1, w2 = at("2025-09-24 09:20", FR), at("2025-09-30 18:40", FR)
m1 = Mail("Gîte de la Vézère <contact@gite-vezere.fr>", f"Résiliation {i}", w1, brand=OWB, body=(
    f"Bonjour,\n\nMerci de résilier le suivi du Gîte de la Vézère Site ({i}).\n\nCordialement\nMonique Chabaud"))
m2 = Mail("Gîte de la Vézère <contact@gite-vezere.fr>", f"Re: Résiliation {i} [OWD-2391]", w2, brand=OWB, reply=m1,
          body=("Bonsoir,\n\nLe motif : nous mettons le gîte en gérance à partir de décembre, le gérant a son propre "
                "site.\n\nCordialement\nMonique Chabaud, Uzerche\n\nLe mer. 24 sept. 2025 à 10:30, Optima WebDesign "
                "a écrit :\n> Merci de nous indiquer le motif de la résiliation."))
r.case("limousin-fil-motif", OWB, [m1, m2], "decided", [K("cancel", "2025-10-16")],
       spec="C3 thread: the reason comes in the answer; O4 notice counted from the first email (2025-09-24 <= 2025-10-10) -> cancel effective 2025-10-16.")

# o23 C4 chargeback on a deposit
P.append(proj("Épicerie Fine Kalamata", "epicerie@kalamata-fine.fr", None))
i = opay("Épicerie Fine Kalamata", "deposit", "16000.00", "2025-09-28T10:00:00")
w = at("2025-09-29 20:45", GR)
r.case("grec-acompte-chargeback", OWB, [Mail(
    "Épicerie Fine Kalamata <epicerie@kalamata-fine.fr>", f"Annulation acompte {i}", w, brand=OWB, body=(
        "Bonsoir,\n\nJ'annule le projet Épicerie Fine Kalamata, mon associé à Kalamata ne veut plus investir. Si "
        "l'acompte n'est pas remboursé d'ici vendredi, je fais un chargeback auprès de ma carte bancaire.\n\n"
        "Dimitra Alexiou (en déplacement en Grèce)"))],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: chargeback threat escalates although O2 would approve (2025-09-29 20:45 EEST = 23:15 IST, 37.25 h, no work); no amount. 'J'annule le projet' is a cancellation too, which C4 escalates as well: an extra cancellation decision is allowed (extra_ok, chk37b).")

# o24 C4: consumer association and lawyer on a retainer
P.append(proj("Concession Auto Vallée Leads", "direction@auto-vallee-rouen.fr", "2025-04-04T10:00:00"))
i = opay("Concession Auto Vallée Leads", "retainer", "12500.00", "2025-09-04T09:00:00",
         period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00")
w = at("2025-09-25 09:30", FR)
r.case("rouen-avocat-retainer", OWB, [Mail(
    "Concession Auto Vallée <direction@auto-vallee-rouen.fr>", f"Résiliation {i}", w, brand=OWB, body=(
        f"Nous résilions avec effet immédiat le contrat « Concession Auto Vallée Leads » ({i}). Depuis juin, presque "
        "aucun contact qualifié. Tout nouveau prélèvement sera refusé ; notre avocat est saisi du dossier.\n\n"
        "Direction, Concession Auto Vallée, Grand-Quevilly"))],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the cancellation (s.8): a lawyer mention escalates it; no O4 date.")

# o25 auto-reply
w = at("2025-09-28 15:40", FR)
r.case("reponse-auto-agence", OWB, [Mail(
    "Cycles Brennus <atelier@cycles-brennus.fr>", "Absence : Re: Acompte OWD-2025-805 [OWD-2386]", w, brand=OWB,
    refs_extra=["<owd-2386.20250928.1325@optimawebdesign.com>"],
    body="Bonjour, l'atelier est fermé jusqu'au 6 octobre. Votre message ne sera pas transféré.",
    headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

# o26 hypothetical question
w = at("2025-09-25 14:30", WA)
r.case("abidjan-question-avant-commande", OWB, [Mail(
    "Ets Yapo & Frères <contact@yapo-freres.ci>", "Question avant commande", w, brand=OWB, body=(
        "Bonjour,\n\nNous pensons commander un site et l'hébergement annuel. Si dans deux mois ça ne nous convient pas, "
        "est-ce qu'on serait remboursés ? Et combien coûtent les frais d'installation ?\n\nCordialement\nYapo Jean-Marc, "
        "Treichville"))],
    "other", spec="s.8 hypothetical before buying from a non-customer -> other.")

# o27 Gmail forward from a personal address carrying the contract email's request
P.append(proj("Brasserie Saint-Rémi Site", "brasserie@saint-remi-reims.fr", None))
opay("Brasserie Saint-Rémi Site", "discovery", "9500.00", "2025-09-27T10:00:00")
w = at("2025-09-29 21:10", FR)
r.case("reims-transfert-gmail-c2", OWB, [Mail(
    "Hugo Dalmont <hugo.dalmont.perso@courriel-fr.net>", "Fwd: Refund Request — Brasserie Saint-Rémi Site", w,
    brand=OWB, body=(
        "Je renvoie depuis mon adresse perso, merci de traiter vite.\n\n---------- Message transféré ---------\n"
        "De : Brasserie Saint-Rémi <brasserie@saint-remi-reims.fr>\nDate: sam. 27 sept. 2025 à 16:20\n"
        "Subject: Refund Request — Brasserie Saint-Rémi Site\nTo: <optimawebdesigns12@gmail.com>\n\n"
        "Bonjour, nous avons payé la discovery ce matin mais la banque refuse notre prêt pour la nouvelle salle. "
        "Merci de nous rembourser.\nHugo Dalmont"))],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request is from the contract email brasserie@saint-remi-reims.fr; the sender is a personal address -> ask for it from the contract email.")

r.write(ledger)
