"""fresh29_fr: French held-out cases (Paris corporate purchasing and legal departments, Brittany/Nantes,
Toulouse/Bordeaux, Martinique/Guadeloupe, Madagascar). Stdlib only, deterministic.
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
FR = 2      # CEST (metropolitan France) in September 2025
AN = -4     # Antilles (Martinique, Guadeloupe), no DST
MG = 3      # Madagascar (EAT)

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]


def lo(email, name, plan, charges, start=None, end=None, status="active", trial_ends=None):
    """A LeadsOptima customer and its charges: (invoice, paid_at, amount/tax pair, payment status)."""
    C.append(cust(email, name, plan, status=status, start=start, end=end, trial_ends=trial_ends))
    for inv, paid, money, *st in charges:
        ps, pe = (start, end) if start else (None, None)
        if len(st) > 1:
            ps, pe = st[1]
        PAY.append(lopay(f"fr29_{inv[-5:]}", inv, email, plan, *money, paid, ps, pe, status=st[0] if st else "paid"))


def ow(name, contract, started, *payments):
    P.append(proj(name, contract, started))
    for inv, kind, amount, tax, paid, kw in payments:
        PAY.append(owpay(f"fr29_{inv[-4:]}", inv, name, kind, amount, tax, paid, **kw))



r = Round(HERE, "fr")
SIG_PARIS = ("\n\n--\nDirection des Achats Groupe · Halvane SA · Tour Pacific, 11-13 cours Valmy · 92800 Puteaux\n"
             "SA au capital de 12 400 000 € · RCS Nanterre 552 104 877\n\nCe message et ses pièces jointes sont "
             "confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation non conforme "
             "à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir "
             "immédiatement l'expéditeur et de le détruire.\nPensez à l'environnement avant d'imprimer ce message.")

# ======================= LeadsOptima =======================
lo("yann.le-goff@orange.fr", "Yann Le Goff", "monthly",
   [("LO-INV-29401", "2025-09-24T09:00:00", M), ("LO-INV-29402", "2025-09-24T09:01:00", M)], "2025-09-24", "2025-10-23")
r.case("quimper-preleve-deux-fois", LOB, [Mail(
    "Yann Le Goff <yann.le-goff@orange.fr>", "prelevé 2 fois", at("2025-09-26 08:15", FR),
    "Demat,\n\nje viens de regarder mon relevé CB et vous m'avez preleve deux fois l'abonnement mensuel le meme jour, "
    "2 x 1499. La deuxieme facture c'est lo inv 29402 je crois.\nMerci de me rembourser celle en trop.\n\n"
    "Kenavo\nYann, Quimper\n\nEnvoyé de mon iPhone")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate ('prélevé deux fois') + L4: LO-INV-29401/29402 same account, amount, period on 2025-09-24; request 2025-09-26 = day 2 -> refund the later charge 1499.00; 'lo inv 29402' normalised (s.8).")

lo("s.jean-baptiste@wanadoo.fr", "Sandrine Jean-Baptiste", "quarterly",
   [("LO-INV-29411", "2025-09-15T10:00:00", Q), ("LO-INV-29412", "2025-09-15T10:02:00", Q)], "2025-09-15", "2025-12-14")
r.case("martinique-jour7-fuseau", LOB, [Mail(
    "Sandrine Jean-Baptiste <s.jean-baptiste@wanadoo.fr>", "Double prélèvement trimestriel - LO-INV-29412",
    at("2025-09-22 13:30", AN),
    "Bonjour,\n\nEn faisant ma comptabilité ce midi, j'ai constaté que l'abonnement trimestriel m'a été débité deux "
    "fois le 15 septembre (2 x 3 999,00 INR hors taxes). La facture LO-INV-29412 fait doublon.\nJe vous remercie de "
    "bien vouloir me rembourser ce second prélèvement.\n\nBien cordialement,\nSandrine Jean-Baptiste\n"
    "Cabinet de kinésithérapie · Fort-de-France, Martinique")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary across zones: charge 2025-09-15 IST (day 0); email 2025-09-22 13:30 -04:00 = 23:00 IST, local date 2025-09-22 = day 7, inside; L4 duplicate LO-INV-29412 -> 3999.00.")

lo("h.rakoto@moov.mg", "Hery Rakotomalala", "annual",
   [("LO-INV-29421", "2025-09-14T08:00:00", A), ("LO-INV-29422", "2025-09-14T08:01:00", A)], "2025-09-14", "2026-09-13")
r.case("tana-jour8-apres-minuit-ist", LOB, [Mail(
    "Hery Rakotomalala <h.rakoto@moov.mg>", "Abonnement annuel facturé deux fois", at("2025-09-21 22:00", MG),
    "Bonsoir,\n\nJe constate que l'abonnement annuel a été débité à deux reprises le 14/09 (LO-INV-29421 et "
    "LO-INV-29422, 11 988,00 chacun). Je sollicite le remboursement de LO-INV-29422. Nous sommes encore dans le délai "
    "de 7 jours, ce soir c'est le 7e jour.\n\nVeuillez agréer mes salutations distinguées.\nHery Rakotomalala\n"
    "Antananarivo, Madagascar")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-14 IST; email 2025-09-21 22:00 +03:00 = 2025-09-22 00:30 IST, local date day 8 > 7 -> deny, although it is still day 7 in Antananarivo.")

lo("compta@garonne-conseil.fr", "Garonne Conseil SAS", "quarterly",
   [("LO-INV-29431", "2025-09-27T11:00:00", Q), ("LO-INV-29432", "2025-09-27T11:01:00", Q),
    ("LO-INV-29433", "2025-09-27T11:02:00", Q)], "2025-09-27", "2025-12-26")
r.case("toulouse-triple-prelevement", LOB, [Mail(
    "Compta Garonne Conseil <compta@garonne-conseil.fr>", "Triple prélèvement du 27/09", at("2025-09-29 09:40", FR),
    "Bonjour,\n\nPetit souci : l'abonnement trimestriel a été prélevé trois fois samedi sur la carte de la société "
    "(factures LO-INV-29431, LO-INV-29432 et LO-INV-29433, 3 999,00 HT chacune). Une seule est due, merci de rembourser les deux autres.\n\n"
    "Bonne journée,\nChristelle Fabre\nComptabilité\nGaronne Conseil SAS · 12 allées Jean-Jaurès · 31000 Toulouse")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges on 2025-09-27, request 2025-09-29 (day 2): every charge after the first is a duplicate: 2 x 3999.00 = 7998.00.")

lo("contact@creperie-ty-breizh.fr", "Crêperie Ty Breizh", "monthly",
   [("LO-INV-29441", "2025-09-25T12:00:00", M)], "2025-09-25", "2025-10-24")
r.case("rennes-doublon-sans-paire", LOB, [Mail(
    "Crêperie Ty Breizh <contact@creperie-ty-breizh.fr>", "Débité en double ?", at("2025-09-27 14:30", FR),
    "Bonjour,\n\nMa banque affiche deux débits LeadsOptima de 1 768,82 le 25/09, mais je n'ai qu'une facture, "
    "LO-INV-29441. Il y a eu un double débit, pouvez-vous vérifier et me rembourser le doublon ?\n\nMerci,\n"
    "Maëlle Guillou\nCrêperie Ty Breizh, Rennes")],
    "decided", [R("escalate")],
    spec="L4: duplicate claimed inside the window (charge 2025-09-25, request 2025-09-27), but the ledger holds one paid charge only -> escalate, no amount.")

lo("achats@halvane.fr", "Halvane SA", "annual",
   [("LO-INV-29451", "2025-09-23T10:30:00", A)], "2025-09-23", "2026-09-22")
r.case("paris-achats-mauvaise-formule", LOB, [Mail(
    "Halvane SA - Direction des Achats <achats@halvane.fr>",
    "Réclamation facture LO-INV-29451 / Bon de commande BC-2025-08812", at("2025-09-25 11:05", FR),
    "Madame, Monsieur,\n\nNotre bon de commande BC-2025-08812 portait exclusivement sur la formule mensuelle. Or la "
    "facture LO-INV-29451 du 23/09/2025 correspond à la formule annuelle (11 988,00 INR HT). Nous avons donc été "
    "facturés pour la mauvaise formule.\n\nNous vous remercions de procéder au remboursement du montant indûment "
    "prélevé ou à la régularisation de la facturation.\n\nCordialement,\nP/O Claire Dumontet\nAcheteuse IT & Digital"
    + SIG_PARIS)],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside L3 (charge 2025-09-23, request 2025-09-25) -> L5 escalate; the confidentiality notice is no threat.")

lo("atelier@estuaire-serigraphie.fr", "Estuaire Sérigraphie", "monthly",
   [("LO-INV-29461", "2025-09-26T08:00:00", M)], "2025-09-26", "2025-10-25")
r.case("nantes-plus-acces", LOB, [Mail(
    "Estuaire Sérigraphie <atelier@estuaire-serigraphie.fr>", "Impossible de se connecter depuis vendredi",
    at("2025-09-29 16:20", FR),
    "Bonjour,\n\nDepuis vendredi, jour du prélèvement (LO-INV-29461), impossible de se connecter : on a un message "
    "\"Session expired\" puis retour à l'écran de connexion. Trois postes, deux navigateurs, mot de passe "
    "réinitialisé deux fois. Si ce n'est pas réglé, nous demandons le remboursement du mois.\n\nCordialement,\n"
    "Julien Bernard\nEstuaire Sérigraphie, Nantes (Île de Nantes)")],
    "decided", [R("escalate")],
    spec="L2 access_failure (cannot log in) inside L3 (charge 2025-09-26, request 2025-09-29, day 3) -> L6 escalate.")

lo("p.lacoste@free.fr", "Pierre Lacoste", "monthly",
   [("LO-INV-29471", "2025-09-10T09:00:00", M)], "2025-09-10", "2025-10-09")
r.case("bordeaux-acces-trop-tard", LOB, [Mail(
    "Pierre Lacoste <p.lacoste@free.fr>", "Plateforme inaccessible", at("2025-09-22 18:10", FR),
    "Bonjour,\n\nDepuis le renouvellement du 10 septembre, je n'arrive plus à me connecter, la page charge dans le "
    "vide. J'espérais que ça se réglerait tout seul. Comme je n'ai pas pu utiliser le service depuis bientôt deux "
    "semaines, je demande le remboursement de la facture LO-INV-29471.\n\nCordialement,\nPierre Lacoste, Bordeaux-Chartrons")],
    "decided", [R("deny")],
    spec="L2 access_failure, but L3: charge 2025-09-10, request 2025-09-22 = day 12 > 7 -> deny citing the 7-day rule.")

lo("contact@rhum-agricole-lamentin.fr", "Distillerie du Lamentin", "quarterly",
   [("LO-INV-29481", "2025-09-25T09:30:00", Q)], "2025-09-25", "2025-12-24")
r.case("guadeloupe-trop-cher", LOB, [Mail(
    "Distillerie du Lamentin <contact@rhum-agricole-lamentin.fr>", "remboursement abonnement", at("2025-09-27 08:00", AN),
    "Bonjou,\n\nMon neveu a pris l'abonnement trimestriel (LO-INV-29481) sans me demander. Franchement c'est bien "
    "trop cher pour une petite distillerie comme la nôtre, nos clients viennent par le bouche-à-oreille. Merci de "
    "nous rembourser, on ne s'en est presque pas servi.\n\nMèsi\nMax Darius\nLamentin, Guadeloupe")],
    "decided", [R("deny")],
    spec="L1: too expensive / hardly used is none of the L2 reasons -> deny and offer cancellation.")

lo("camille.morvan@laposte.net", "Camille Morvan", "monthly", [], status="trial", trial_ends="2025-10-08")
r.case("brest-periode-essai", LOB, [Mail(
    "Camille Morvan <camille.morvan@laposte.net>", "Remboursement période d'essai ?", at("2025-09-30 12:45", FR),
    "Bonjour,\n\nJe suis en période d'essai (formule mensuelle). Je ne souhaite pas continuer et je voudrais être "
    "remboursée si quelque chose a déjà été prélevé. Je ne vois rien sur mon compte mais on ne sait jamais.\n\n"
    "Bonne journée,\nCamille Morvan, Brest")],
    "decided", [R("deny")], extra_ok=True,
    spec="L7: trial account (trial_ends 2025-10-08), no charges in the ledger -> deny, nothing to refund; no billing unless she subscribes.")

lo("achats-digital@groupe-verlaine.fr", "Groupe Verlaine", "annual",
   [("LO-INV-29491", "2025-04-01T10:00:00", A)], "2025-04-01", "2026-03-31")
r.case("paris-achats-resiliation", LOB, [Mail(
    "Groupe Verlaine - Achats Digital <achats-digital@groupe-verlaine.fr>",
    "Résiliation contrat d'abonnement LeadsOptima (formule annuelle) - Réf. fournisseur F-004412",
    at("2025-09-19 13:20", FR),
    "Madame, Monsieur,\n\nDans le cadre de la rationalisation de nos outils marketing, nous vous notifions par la "
    "présente la résiliation de l'abonnement cité en objet (formule annuelle, compte achats-digital@groupe-verlaine.fr) "
    "à l'échéance de la période en cours. Nous ne souhaitons pas de reconduction.\n\nMerci de nous adresser une "
    "confirmation écrite précisant la date de fin de contrat.\n\nNous vous prions d'agréer, Madame, Monsieur, "
    "l'expression de nos salutations distinguées.\n\nFrançois Lemaire\nResponsable Achats Indirects\nGroupe "
    "Verlaine · 48 rue de la Victoire · 75009 Paris")],
    "decided", [K("cancel", "2026-03-31")],
    spec="L8: cancel, active until current_period_end 2026-03-31 (annual period 2025-04-01 - 2026-03-31).")

lo("tresorier@asso-voile-lorient.fr", "Association Voile Lorient", "monthly",
   [("LO-INV-29495", "2025-08-05T09:00:00", M), ("LO-INV-29496", "2025-09-05T09:00:00", M)])
r.case("lorient-asso-resiliation-repli", LOB, [Mail(
    "Trésorier AVL <tresorier@asso-voile-lorient.fr>", "Résiliation abonnement mensuel association",
    at("2025-09-23 21:50", FR),
    "Bonjour,\n\nLors de l'assemblée générale de samedi, le bureau a décidé de revenir à la lettre d'information "
    "papier pour recruter des adhérents. Je résilie donc, au nom du bureau, notre abonnement mensuel.\n\nBon vent,\n"
    "Gwenaël Le Floch\nTrésorier\nAssociation Voile Lorient (loi 1901) · RNA W563012345")],
    "decided", [K("cancel", "2025-10-04")],
    spec="L8 fallback: no current period in the ledger; last charge LO-INV-29496 on 2025-09-05 + 1 month - 1 day = 2025-10-04.")

lo("bonjour@cave-des-chartrons.fr", "Cave des Chartrons", "quarterly",
   [("LO-INV-29501", "2025-08-20T10:00:00", Q)], "2025-08-20", "2025-11-19")
r.case("bordeaux-resilier-et-prorata", LOB, [Mail(
    "Cave des Chartrons <bonjour@cave-des-chartrons.fr>", "Résiliation + remboursement au prorata", at("2025-09-24 15:10", FR),
    "Bonjour,\n\nOn arrête le marketing en ligne, notre caviste fait Instagram lui-même. Merci de résilier "
    "l'abonnement trimestriel tout de suite et de nous rembourser au prorata les semaines qui restent jusqu'en "
    "novembre, on ne l'utilise plus à partir d'aujourd'hui.\n\nCordialement,\nAntoine Dubourg\nCave des Chartrons, Bordeaux")],
    "decided", [R("deny"), K("cancel", "2025-11-19")],
    spec="L1/L8: refund of unused weeks is no L2 reason -> deny; cancellation -> active until current_period_end 2025-11-19.")

lo("contact@garage-ravelonarivo.mg", "Garage Ravelonarivo", "monthly",
   [("LO-INV-29511", "2025-09-18T09:00:00", M)], "2025-09-18", "2025-10-17")
r.case("tana-expert-comptable-pour-client", LOB, [Mail(
    "Cabinet Andriamanana Expertise <cabinet@andriamanana-expertise.mg>", "Dossier Garage Ravelonarivo - résiliation",
    at("2025-09-24 10:30", MG),
    "Madame, Monsieur,\n\nNous sommes l'expert-comptable du Garage Ravelonarivo (compte client "
    "contact@garage-ravelonarivo.mg). Notre client nous charge de résilier son abonnement mensuel, et nous avons "
    "besoin pour la clôture d'un relevé de tous les paiements de 2025.\n\nVeuillez agréer nos salutations "
    "distinguées.\nNirina Andriamanana\nExpert-comptable diplômée\nCabinet Andriamanana Expertise · Antananarivo")],
    "need_info", rules=["C2"],
    spec="C2: the accountant writes from the firm's address for the registered account contact@garage-ravelonarivo.mg -> ask for the request from the registered address; no payment list disclosed.")

lo("e.delacroix@delacroix-avenir.fr", "Étienne Delacroix", "monthly",
   [("LO-INV-29521", "2025-09-26T07:00:00", M), ("LO-INV-29522", "2025-09-26T07:01:00", M)], "2025-09-26", "2025-10-25")
r.case("paris-tr-assistante-direction", LOB, [Mail(
    "Assistante de Direction <direction@delacroix-avenir.fr>", "TR: double prélèvement LeadsOptima",
    at("2025-09-29 08:55", FR),
    "Bonjour,\n\nVeuillez trouver ci-dessous le message de M. Delacroix, pour traitement.\n\nBien à vous,\n"
    "Nathalie Perrin\nAssistante de Direction\n\n"
    "-----Message d'origine-----\nDe : Delacroix Étienne <e.delacroix@delacroix-avenir.fr>\n"
    "Envoyé : samedi 27 septembre 2025 22:14\nÀ : Direction <direction@delacroix-avenir.fr>\n"
    "Objet : double prélèvement LeadsOptima\n\nNathalie, merci de transmettre à LeadsOptima : abonnement mensuel "
    "prélevé deux fois le 26/09 (LO-INV-29522), mon compte chez eux est e.delacroix@delacroix-avenir.fr. "
    "Remboursement du second prélèvement. ED\n\nEnvoyé de mon iPad")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the Outlook 'TR:' block carries a request naming the registered e.delacroix@delacroix-avenir.fr; the assistant's address is not it -> C2.")

r.case("tag-plus-adresse", LOB, [Mail(
    "Yann Le Goff <yann.le-goff+leads@orange.fr>", "résiliation", at("2025-09-28 19:30", FR),
    "Bonjour,\n\nMerci de résilier mon abonnement mensuel. Je prends ma retraite l'an prochain.\n\nYann Le Goff")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: a +tag makes another address; yann.le-goff+leads@orange.fr is not the registered yann.le-goff@orange.fr -> C2.")

lo("comptabilite@ateliers-loire.fr", "Ateliers de Loire SARL", "monthly",
   [("LO-INV-29531", "2025-09-27T09:00:00", M)], "2025-09-27", "2025-10-26")
r.case("angers-sans-motif-mentions-legales", LOB, [Mail(
    "Comptabilité Ateliers de Loire <comptabilite@ateliers-loire.fr>", "Demande de remboursement LO-INV-29531",
    at("2025-09-29 07:45", FR),
    "Madame, Monsieur,\n\nNous vous prions de bien vouloir procéder au remboursement de la facture LO-INV-29531 sur "
    "le moyen de paiement d'origine.\n\nMerci de faire le nécessaire.\n\nBien cordialement,\nSophie Tessier\n"
    "Service comptabilité\n\nAteliers de Loire SARL · 5 quai Félix Faure · 49000 Angers\nSARL au capital de 50 000 € · "
    "RCS Angers 812 334 556 · TVA FR21812334556\n\nCe courriel est confidentiel ; s'il ne vous est pas destiné, "
    "merci de le supprimer.")],
    "need_info", missing=["reason"],
    spec="C3/s.8: registered sender, plan from the ledger, invoice given; 'merci de faire le nécessaire', courtesy formulas, RCS line and notice are not reasons -> ask for reason.")

lo("contact@velos-erdre.fr", "Vélos de l'Erdre", "monthly",
   [("LO-INV-29541", "2025-08-28T09:00:00", M, "paid", ("2025-08-28", "2025-09-27")),
    ("LO-INV-29542", "2025-09-28T09:00:00", M)], "2025-09-28", "2025-10-27")
r.case("nantes-mauvais-montant-sans-facture", LOB, [Mail(
    "Vélos de l'Erdre <contact@velos-erdre.fr>", "mauvais montant", at("2025-09-29 12:10", FR),
    "Salut,\n\nvous nous avez prélevé un mauvais montant, sur le relevé c'est bien plus que les 1499 prévus au "
    "départ. Merci de corriger et de rembourser la différence. J'ai pas le numéro de facture sous la main, je suis à "
    "l'atelier.\n\nA+\nThomas, Vélos de l'Erdre, Nantes")],
    "need_info", missing=["invoice_number"],
    spec="C3: refund for a billing error from the registered sender, plan from the ledger, reason given; two charges on the account, so the charge is not identified -> ask for invoice_number.")

morin1 = Mail("Elodie Morin <elodie.morin@morin-evenements.fr>", "Paiement en double", at("2025-09-25 17:20", FR),
              "Bonjour,\n\nJ'ai été débitée deux fois pour mon abonnement mensuel le 20/09. Merci de rembourser un des "
              "deux.\n\nCordialement,\nElodie Morin\nMorin Événements · Toulouse")
lo("elodie.morin@morin-evenements.fr", "Elodie Morin", "monthly",
   [("LO-INV-29551", "2025-09-20T10:00:00", M), ("LO-INV-29552", "2025-09-20T10:02:00", M)], "2025-09-20", "2025-10-19")
r.case("toulouse-fil-facture-donnee", LOB, [morin1, Mail(
    "Elodie Morin <elodie.morin@morin-evenements.fr>", "RE: Paiement en double [LO-2941]", at("2025-09-29 09:05", FR),
    "Bonjour,\n\nVoici le numéro de la deuxième facture : LO-INV-29552.\n\nCordialement,\nElodie Morin\n\n"
    "Le 26/09/2025 à 10:12, LeadsOptima Support <support@leadsoptima.com> a écrit :\n> Merci de nous indiquer le "
    "numéro de facture du prélèvement en double.", reply=morin1, refs_extra=["<lo-2941-ask@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: the answer gives LO-INV-29552; request time is the first email 2025-09-25 = day 5 of the charge 2025-09-20 (the answer on day 9 does not move it) -> L4 approve 1499.00.")

vannes1 = Mail("Librairie du Port <librairie@librairie-du-port-vannes.fr>", "Facture LO-INV-29561",
               at("2025-09-26 11:00", FR),
               "Bonjour,\n\nMerci de nous rembourser la facture LO-INV-29561.\n\nCordialement,\n"
               "Anne Le Bihan\nLibrairie du Port, Vannes")
lo("librairie@librairie-du-port-vannes.fr", "Librairie du Port", "monthly",
   [("LO-INV-29561", "2025-09-24T09:00:00", M)], "2025-09-24", "2025-10-23")
r.case("vannes-fil-motif-connexion", LOB, [vannes1, Mail(
    "Librairie du Port <librairie@librairie-du-port-vannes.fr>", "Re: Facture LO-INV-29561 [LO-2942]",
    at("2025-09-30 10:15", FR),
    "Bonjour,\n\nLe motif : nous n'arrivons plus à accéder au tableau de bord depuis le 25 septembre, il ne charge "
    "pas. Votre support ne nous a toujours pas répondu.\n\nA. Le Bihan", reply=vannes1,
    refs_extra=["<lo-2942-ask@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="C3 thread: the reason given in the answer is access_failure; request time = first email 2025-09-26 (day 2 of charge 2025-09-24) -> L6 escalate.")

lo("finance@startup-saint-sauveur.fr", "Saint-Sauveur Lab", "monthly",
   [("LO-INV-29571", "2025-09-28T08:00:00", M), ("LO-INV-29572", "2025-09-28T08:01:00", M)], "2025-09-28", "2025-10-27")
r.case("toulouse-menace-opposition", LOB, [Mail(
    "Saint-Sauveur Lab Finance <finance@startup-saint-sauveur.fr>", "Double charge / double prélèvement",
    at("2025-09-29 18:30", FR),
    "Hello,\n\nen bref : abonnement mensuel prélevé deux fois le 28/09, la LO-INV-29572 est en double. Si ce n'est "
    "pas remboursé d'ici vendredi, on lance un chargeback auprès de notre banque.\n\nBest,\nLucas Martin\n"
    "Finance · Saint-Sauveur Lab · Toulouse")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat -> escalate, although L4 alone would approve (pair on 2025-09-28, request day 1).")

lo("j.marie-louise@orange.mq", "Josiane Marie-Louise", "monthly",
   [("LO-INV-29581", "2025-09-27T19:00:00", M), ("LO-INV-29582", "2025-09-27T19:01:00", M)], "2025-09-27", "2025-10-26")
r.case("martinique-pas-d-opposition", LOB, [Mail(
    "Josiane Marie-Louise <j.marie-louise@orange.mq>", "prélevé 2 fois le 27", at("2025-09-28 07:40", AN),
    "Bonjou,\n\nvous m'avez prélevé deux fois l'abonnement mensuel le 27, LO-INV-29581 et LO-INV-29582. Je ne veux "
    "pas faire opposition à la banque ni de litige, c'est trop compliqué et je vous fais confiance pour régler ça. "
    "Merci de rembourser le second (29582).\n\nBonne journée\nJosiane, Le Robert, Martinique")],
    "decided", [R("approve", "1499.00")],
    spec="L4 duplicate on 2025-09-27, request 2025-09-28 07:40 -04:00 = 17:10 IST (day 1) -> approve the later charge 1499.00; the bank dispute is ruled out by the customer (s.8 negation), so C4 does not fire.")

lo("r.carrere@carrere-immobilier.fr", "Régis Carrère", "quarterly",
   [("LO-INV-29591", "2025-09-10T09:00:00", Q)], "2025-09-10", "2025-12-09")
r.case("bordeaux-resiliation-avocat", LOB, [Mail(
    "Régis Carrère <r.carrere@carrere-immobilier.fr>", "Résiliation immédiate", at("2025-09-25 14:00", FR),
    "Bonjour,\n\nJe résilie l'abonnement trimestriel. Les prospects promis sur Bordeaux ne sont jamais arrivés. Mon "
    "avocat examine déjà vos promesses publicitaires.\n\nRégis Carrère\nCarrère Immobilier, cours de l'Intendance")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): the lawyer mention escalates the cancellation too.")

r.case("paris-reponse-absence", LOB, [Mail(
    "Dumontet Claire <achats@halvane.fr>", "Réponse automatique : Votre demande [LO-2945]", at("2025-09-26 07:02", FR),
    "Bonjour,\n\nJe suis absente du bureau jusqu'au 6 octobre inclus, avec un accès limité à mes e-mails. Pour toute "
    "urgence, merci de contacter achats-support@halvane.fr.\n\nCordialement,\nClaire Dumontet",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (out-of-office) -> ignore, although it comes from a registered address.")

r.case("orange-non-remis", LOB, [Mail(
    "Mail Delivery Subsystem <MAILER-DAEMON@smtp.orange.fr>", "Non remis : Confirmation de résiliation",
    at("2025-09-27 03:14", FR),
    "Ce message a été généré automatiquement.\nLe message n'a pas pu être remis à :\n  yann.le-goff@orange.fr\n"
    "Raison : boîte aux lettres pleine.",
    dsn=[[("Reporting-MTA", "dns; smtp.orange.fr")],
         [("Final-Recipient", "rfc822; yann.le-goff@orange.fr"), ("Action", "failed"), ("Status", "4.2.2")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON delivery-status report (RFC 3464) -> ignore.")

r.case("paris-adresse-facturation", LOB, [Mail(
    "Halvane SA - Direction des Achats <achats@halvane.fr>", "Modification adresse de facturation / référence BC",
    at("2025-09-30 09:30", FR),
    "Madame, Monsieur,\n\nMerci d'adresser désormais vos factures à : Halvane SA, Comptabilité fournisseurs, TSA 40012, "
    "92894 Nanterre Cedex, en rappelant systématiquement notre bon de commande BC-2025-08812. Toute facture sans "
    "référence de commande sera rejetée par notre plateforme de dématérialisation.\n\nCeci n'est pas une demande de "
    "résiliation : le contrat se poursuit.\n\nCordialement,\nP/O Claire Dumontet" + SIG_PARIS)],
    "other", spec="Billing address and PO reference request; the cancellation is explicitly negated (s.8) -> other.")

r.case("bordeaux-pas-de-remboursement-question", LOB, [Mail(
    "Pierre Lacoste <p.lacoste@free.fr>", "Question sur le montant", at("2025-09-15 20:05", FR),
    "Bonsoir,\n\nSur ma carte je vois 1 768,82 au lieu des 1 499 affichés sur le site. Je ne demande pas de "
    "remboursement, je voudrais juste comprendre le détail du montant : c'est la TVA (GST) ?\n\nCordialement,\nPierre Lacoste")],
    "other", spec="s.8 negation: 'je ne demande pas de remboursement'; a question on the amount (1499.00 + 269.82 tax) -> other.")

r.case("pointe-a-pitre-asso-avant-achat", LOB, [Mail(
    "Association Ka Mizik <bureau@kamizik-gwada.org>", "Question avant abonnement annuel", at("2025-09-23 19:40", AN),
    "Bonsoir,\n\nNotre association envisage de souscrire l'abonnement annuel pour trouver des partenaires pour le "
    "festival. Si au bout de deux mois on voit que ça ne nous convient pas, est-ce qu'on serait remboursés ? Et "
    "avez-vous un tarif associatif ?\n\nCordialement,\nMarie-Claude Bélénus\nPrésidente, Ka Mizik, Pointe-à-Pitre")],
    "other", spec="s.8 hypothetical before buying: a policy question, nothing requested -> other.")

r.case("nantes-merci-acces-revenu", LOB, [Mail(
    "Estuaire Sérigraphie <atelier@estuaire-serigraphie.fr>", "RE: Impossible de se connecter depuis vendredi",
    at("2025-09-30 11:30", FR),
    "Bonjour,\n\nPetit retour : depuis ce matin la connexion fonctionne à nouveau, merci à votre technicien ! Nous "
    "n'avons donc plus besoin de remboursement, le sujet est clos pour nous.\n\nCordialement,\nJulien Bernard",
    refs_extra=["<frl07-1.202509291620@estuaire-serigraphie.fr>", "<lo-2946-tech@leadsoptima.com>"])],
    "other", spec="A past access problem now solved; the refund is withdrawn ('plus besoin de remboursement') -> thanks, other.")

lo("contact@studio-capitole.fr", "Studio Capitole", "monthly",
   [("LO-INV-29601", "2025-09-29T09:00:00", M), ("LO-INV-29602", "2025-09-29T09:01:00", M)], "2025-09-29", "2025-10-28")
r.case("toulouse-html-seul", LOB, [Mail(
    "Studio Capitole <contact@studio-capitole.fr>", "Double débit", at("2025-09-30 13:25", FR), None,
    html="<html><body><div style=\"font-family:Arial\"><p>Bonjour,</p><p>Hier notre abonnement mensuel a été "
         "<b>prélevé deux fois</b> :</p><ul><li>LO-INV-29601 &ndash; 1&nbsp;499,00</li><li>LO-INV-29602 &ndash; "
         "1&nbsp;499,00</li></ul><p>Merci de rembourser le second prélèvement (LO-INV-29602).</p><p>Cordialement,"
         "<br>Inès Garcia<br>Studio Capitole &middot; Toulouse</p></div></body></html>")],
    "decided", [R("approve", "1499.00")],
    spec="HTML-only mail: L4 duplicate pair on 2025-09-29, request day 1 -> approve LO-INV-29602 = 1499.00.")

lo("f.razafy@telma.mg", "Fanja Razafy", "monthly",
   [("LO-INV-29611", "2025-09-23T09:00:00", M), ("LO-INV-29612", "2025-09-23T09:01:00", M, "refunded")],
   "2025-09-23", "2025-10-22")
r.case("tamatave-deja-rembourse", LOB, [Mail(
    "Fanja Razafy <f.razafy@telma.mg>", "Prélevé deux fois le 23/09", at("2025-09-25 10:10", MG),
    "Bonjour,\n\nLe 23, mon abonnement mensuel a été prélevé deux fois, la deuxième facture est LO-INV-29612. Je "
    "vous prie de bien vouloir me rembourser.\n\nMisaotra betsaka,\nFanja Razafy, Toamasina")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-29612 is 'refunded' in the ledger; a refund of it is escalated (and no pair of paid charges: L4 escalate too).")

lo("secretariat@couverture-kerbrat.fr", "Couverture Kerbrat", "monthly",
   [("LO-INV-29621", "2025-09-15T09:00:00", M)], "2025-09-15", "2025-10-14")
r.case("brest-plusieurs-demandes-resiliation", LOB, [Mail(
    "Couverture Kerbrat - Secrétariat <secretariat@couverture-kerbrat.fr>", "Plusieurs choses", at("2025-09-26 16:45", FR),
    "Bonjour,\n\nJ'ai trois points, le patron est sur un toit et c'est moi qui fais le bureau :\n\n1. Notre adresse "
    "a changé, c'est maintenant 14 rue de Siam, 29200 Brest.\n2. Pouvez-vous me renvoyer la facture de septembre ? "
    "Elle est partie dans les spams.\n3. Et il faut résilier l'abonnement mensuel, le patron dit qu'on a plus de "
    "chantiers que de bras.\n\nMerci !\nSolenn Kerbrat")],
    "decided", [K("cancel", "2025-10-14")],
    spec="Several requests; the cancellation (point 3) -> L8 cancel, active until current_period_end 2025-10-14; address change and invoice copy are not intents.")

lo("m.dupuy@dupuy-viticulture.fr", "Michel Dupuy", "quarterly",
   [("LO-INV-29631", "2025-07-20T09:00:00", Q)], "2025-07-20", "2025-10-19")
r.case("saint-emilion-dicte", LOB, [Mail(
    "Michel Dupuy <m.dupuy@dupuy-viticulture.fr>", "resiliation", at("2025-09-24 06:50", FR),
    "bonjour virgule\nici michel dupuy des vignobles dupuy a saint emilion point je voudrais resilier l abonnement "
    "trimestriel point on a essaye cette annee mais avec les vendanges je n ai pas le temps de m en occuper point "
    "merci de confirmer point\nmichel dupuy\n\n--\nDicté avec Siri, excusez les fautes")],
    "decided", [K("cancel", "2025-10-19")],
    spec="Dictated mail (no punctuation, spoken 'point'): L8 cancel, active until current_period_end 2025-10-19.")

lo("direction@ecole-langues-nantes.fr", "École de Langues de Nantes", "annual",
   [("LO-INV-29641", "2025-06-10T09:00:00", A)], "2025-06-10", "2026-06-09")
r.case("nantes-annuel-connexion-resilier", LOB, [Mail(
    "École de Langues de Nantes <direction@ecole-langues-nantes.fr>", "Connexion impossible - résiliation et remboursement",
    at("2025-09-20 11:20", FR),
    "Madame, Monsieur,\n\nDepuis des semaines nous ne pouvons plus nous connecter, la plateforme ne charge pas. Nous "
    "souhaitons résilier l'abonnement annuel et être remboursés de la facture LO-INV-29641.\n\nCordialement,\n"
    "Hélène Rousseau\nDirectrice")],
    "decided", [R("deny"), K("cancel", "2026-06-09")],
    spec="Refund: access_failure but L3, charge 2025-06-10, request 2025-09-20 = day 102 -> deny; cancellation: L8 active until current_period_end 2026-06-09.")

r.case("mauvaise-boite-client-owd", LOB, [Mail(
    "Cabinet dentaire Kervella <cabinet@dentaire-kervella.fr>", "Résiliation", at("2025-09-26 13:00", FR),
    "Bonjour,\n\nPar la présente nous résilions notre abonnement chez vous, suite à une réorganisation interne.\n\n"
    "Cabinet dentaire Kervella, Quimper")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: the sender is an Optima WebDesign contract email writing to the LeadsOptima inbox (C1); unknown in LeadsOptima's ledger -> C2/C3, nothing cancelled; missing not asserted.")

lo("t.sabatier@garage-sabatier.fr", "Thierry Sabatier", "monthly",
   [("LO-INV-29651", "2025-09-08T09:00:00", M)], "2025-09-08", "2025-10-07")
r.case("albi-preleve-apres-resiliation-tard", LOB, [Mail(
    "Thierry Sabatier <t.sabatier@garage-sabatier.fr>", "Prélèvement malgré résiliation", at("2025-09-24 08:30", FR),
    "Bonjour,\n\nJ'avais résilié en août et pourtant j'ai été prélevé le 8 septembre (LO-INV-29651). C'est un "
    "prélèvement après ma résiliation, merci de me rembourser.\n\nThierry Sabatier\nGarage Sabatier, Albi")],
    "decided", [R("deny")], extra_ok=True,
    spec="L2 billing_error (charged after cancelling) but L3: charge 2025-09-08, request 2025-09-24 = day 16 > 7 -> deny.")

lo("juridique@mutuelle-seine.fr", "Mutuelle Seine Prévoyance", "quarterly",
   [("LO-INV-29661", "2025-08-01T09:00:00", Q)], "2025-08-01", "2025-10-31")
r.case("paris-direction-juridique-resiliation", LOB, [Mail(
    "Direction Juridique - Mutuelle Seine Prévoyance <juridique@mutuelle-seine.fr>", "Résiliation abonnement trimestriel",
    at("2025-09-18 15:30", FR),
    "Madame, Monsieur,\n\nAu nom et pour le compte de Mutuelle Seine Prévoyance, nous résilions l'abonnement "
    "trimestriel à l'échéance de la période de facturation en cours, notre direction marketing migrant vers un "
    "outil groupe. Merci de nous en accuser réception par écrit.\n\nVeuillez agréer, Madame, Monsieur, nos "
    "salutations distinguées.\n\nMe Aurélie Vasseur\nAvocate au Barreau de Paris, juriste d'entreprise · Direction "
    "Juridique\nMutuelle Seine Prévoyance · 21 rue de Châteaudun · 75009 Paris")],
    "decided", [K("cancel", "2025-10-31")],
    ambiguous="The signature names the writer's job (lawyer in the legal department); C4 escalates 'mentions of lawyers', which a literal reading could apply here, though nothing is threatened.",
    spec="L8 cancel, active until current_period_end 2025-10-31; the in-house lawyer's signature threatens nothing (C4 arguably not).")

# ======================= Optima WebDesign =======================
ow("Cabinet Dentaire Kervella Site", "cabinet@dentaire-kervella.fr", None,
   ("OWD-2025-2951", "discovery", "9500.00", "1710.00", "2025-09-22T11:00:00", {}))
r.case("owd-quimper-discovery-non-commencee", OWB, [Mail(
    "Cabinet dentaire Kervella <cabinet@dentaire-kervella.fr>",
    "Refund Request — Cabinet Dentaire Kervella Site / OWD-2025-2951", at("2025-09-25 12:30", FR), brand=OWB, body=
    "Madame, Monsieur,\n\nNous avons réglé le 22/09 les frais de découverte (9 500,00 INR HT) pour le projet "
    "« Cabinet Dentaire Kervella Site ». Le premier atelier n'a pas encore eu lieu. Le cabinet étant cédé en fin "
    "d'année, le projet est abandonné. Nous sollicitons donc le remboursement.\n\nBien cordialement,\n"
    "Dr Gaëlle Kervella\nCabinet dentaire Kervella · 3 rue Kéréon · 29000 Quimper")],
    "decided", [R("approve", "9500.00")], extra_ok=True,
    spec="O1: discovery fee, work_started_at empty -> approve in full 9500.00 (before tax).")

ow("Aéro Garonne Blog", "marketing@aero-garonne.fr", "2025-09-18T10:00:00",
   ("OWD-2025-2952", "discovery", "7000.00", "1260.00", "2025-09-15T10:00:00", {}))
r.case("owd-toulouse-discovery-commencee", OWB, [Mail(
    "Aéro Garonne Marketing <marketing@aero-garonne.fr>", "Remboursement atelier stratégie", at("2025-09-24 09:15", FR),
    brand=OWB, body=
    "Bonjour,\n\nL'atelier stratégie pour le « Aéro Garonne Blog » a eu lieu le 18 septembre. Franchement il ne "
    "nous a pas apporté grand-chose. Nous souhaitons récupérer les frais (OWD-2025-2952) et ne pas poursuivre.\n\n"
    "Cordialement,\nLaure Castaing")],
    "decided", [R("deny")], extra_ok=True,
    spec="O1: discovery session held on 2025-09-18 (work_started_at before the request 2025-09-24) -> deny.")

ow("Festival Gwo Ka Site", "orga@festival-gwoka.fr", None,
   ("OWD-2025-2953", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00", {}))
r.case("owd-guadeloupe-acompte-70h", OWB, [Mail(
    "Orga Festival Gwo Ka <orga@festival-gwoka.fr>", "Acompte à rembourser - festival annulé", at("2025-09-30 23:00", AN),
    brand=OWB, body=
    "Bonsoir,\n\nLa mairie ne nous a pas accordé le site, le festival 2026 est annulé. Merci de rembourser l'acompte "
    "du projet « Festival Gwo Ka Site », facture OWD-2025-2953. Vous n'avez encore rien commencé je crois.\n\n"
    "Cordialement,\nFrédéric Nelson\nAssociation Gwo Ka Lespwa, Sainte-Anne (Guadeloupe)")],
    "decided", [R("approve", "20000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-28 10:00 IST; request 2025-09-30 23:00 -04:00 = 2025-10-01 08:30 IST (70.5 h < 72 h), no work started -> approve 20000.00 (before tax).")

ow("Biscuiterie Nantaise Boutique", "boutique@biscuiterie-nantaise.fr", None,
   ("OWD-2025-2954", "deposit", "15000.00", "2700.00", "2025-09-22T10:00:00", {}))
r.case("owd-nantes-pile-72-heures", OWB, [Mail(
    "Biscuiterie Nantaise <boutique@biscuiterie-nantaise.fr>", "Annulation acompte OWD-2025-2954",
    at("2025-09-25 06:30", FR), brand=OWB, body=
    "Bonjour,\n\nNous vous demandons le remboursement de l'acompte pour la « Biscuiterie Nantaise Boutique » "
    "(OWD-2025-2954). Notre gérant a finalement retenu la boutique proposée par notre fédération.\n\n"
    "Cordialement,\nMonique Jaunet\nBiscuiterie Nantaise SAS")],
    "decided", [R("deny")], extra_ok=True,
    spec="s.8 exactly 72 hours: paid 2025-09-22 10:00 IST; email 2025-09-25 06:30 +02:00 = 10:00 IST, exactly 72 h -> deny (O2).")

ow("Salon Nautique Bordeaux Portail", "web@salon-nautique-bx.fr", "2025-09-28T09:00:00",
   ("OWD-2025-2955", "deposit", "24000.00", "4320.00", "2025-09-27T12:00:00", {}))
r.case("owd-bordeaux-acompte-travail-commence", OWB, [Mail(
    "Salon Nautique Bordeaux <web@salon-nautique-bx.fr>", "Remboursement acompte portail", at("2025-09-29 15:00", FR),
    brand=OWB, body=
    "Bonjour,\n\nNous avons viré samedi l'acompte (OWD-2025-2955) pour le « Salon Nautique Bordeaux Portail ». Hier "
    "votre équipe nous a déjà envoyé les premières maquettes, mais le conseil d'administration a supprimé le budget "
    "aujourd'hui. Merci de rembourser l'acompte, on est encore dans les 72 heures.\n\nCordialement,\nBastien Roux")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 'whichever occurs first': paid 2025-09-27 12:00, work started 2025-09-28 09:00 IST, before the request -> deny although within 72 h.")

ow("Halvane Intranet", "projets-digitaux@halvane.fr", "2025-07-01T10:00:00",
   ("OWD-2025-2956", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", {"milestone_status": "approved"}),
   ("OWD-2025-2957", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", {"milestone_status": "not_started"}))
r.case("owd-paris-jalon-non-commence", OWB, [Mail(
    "Halvane SA - Projets Digitaux <projets-digitaux@halvane.fr>", "Refund Request — Halvane Intranet / OWD-2025-2957",
    at("2025-09-23 10:00", FR), brand=OWB, body=
    "Madame, Monsieur,\n\nDans le cadre du projet « Halvane Intranet », le jalon 2 (facture OWD-2025-2957, "
    "45 000,00 INR HT) a été réglé par avance. Suite à une décision du comité de direction, l'intranet sera migré "
    "vers une solution SharePoint groupe ; le jalon 2 devient sans objet. À notre connaissance, les travaux "
    "correspondants n'ont pas commencé. Nous sollicitons le remboursement du montant de ce jalon.\n\nLe jalon 1, "
    "réceptionné, n'est pas concerné.\n\nCordialement,\nArnaud Mercier\nChef de projet SI" + SIG_PARIS)],
    "decided", [R("approve", "45000.00")],
    spec="O3: milestone OWD-2025-2957 not_started -> approve its amount 45000.00 (before tax); the approved milestone 1 is not asked for.")

ow("Océan Voyages Refonte", "web@ocean-voyages-stmalo.fr", "2025-09-01T10:00:00",
   ("OWD-2025-2959", "milestone", "18000.00", "3240.00", "2025-09-01T10:00:00", {"milestone_status": "in_progress"}))
r.case("owd-saint-malo-jalon-en-cours", OWB, [Mail(
    "Océan Voyages <web@ocean-voyages-stmalo.fr>", "Facture OWD-2025-2959 remboursement", at("2025-09-26 13:40", FR),
    brand=OWB, body=
    "Bonjour,\n\nPour l'« Océan Voyages Refonte », le jalon tunnel de réservation (OWD-2025-2959) est en cours. Nous "
    "avons décidé de garder la réservation chez notre partenaire voyagiste : merci d'arrêter et de rembourser la "
    "partie non réalisée.\n\nCordialement,\nYannick Le Bras\nOcéan Voyages, Saint-Malo")],
    "decided", [R("escalate")], extra_ok=True,
    spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person), no amount.")

ow("Semi-Marathon Toulouse Site", "orga@semi-toulouse.fr", "2025-07-10T10:00:00",
   ("OWD-2025-2960", "milestone", "12000.00", "2160.00", "2025-07-10T10:00:00", {"milestone_status": "approved"}))
r.case("owd-toulouse-jalon-valide", OWB, [Mail(
    "Semi-Marathon Toulouse <orga@semi-toulouse.fr>", "Remboursement maquettes", at("2025-09-22 19:45", FR), brand=OWB, body=
    "Bonjour,\n\nL'association a validé les maquettes du « Semi-Marathon Toulouse Site » en juillet, mais le nouveau "
    "bureau ne les aime plus. Nous voudrions récupérer les 12 000 du jalon OWD-2025-2960.\n\nSportivement,\n"
    "Valérie Pujol, secrétaire")],
    "decided", [R("deny")],
    spec="O3/O6: milestone approved -> deny (approved milestones are non-refundable).")

ow("Rhumerie Lamentin SEO", "web@rhum-agricole-lamentin.fr", "2025-06-15T10:00:00",
   ("OWD-2025-2961", "retainer", "9000.00", "1620.00", "2025-09-15T09:00:00",
    {"period_start": "2025-09-15", "period_end": "2025-10-14", "next_billing_at": "2025-10-15T09:00:00"}))
r.case("owd-guadeloupe-forfait-preavis-ok", OWB, [Mail(
    "Distillerie du Lamentin <web@rhum-agricole-lamentin.fr>", "Résiliation forfait SEO", at("2025-09-24 07:20", AN),
    brand=OWB, body=
    "Bonjou,\n\nNous résilions le forfait SEO « Rhumerie Lamentin SEO » (dernière facture OWD-2025-2961). Motif : "
    "on vend surtout aux touristes sur place et à la coopérative, Google ne nous apporte rien.\n\nMèsi, Max Darius")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: retainer, next_billing_at 2025-10-15; request 2025-09-24 <= 2025-10-08 (7 days' notice) -> cancel effective 2025-10-14.")

ow("Immobilière Graslin Social", "marketing@immo-graslin.fr", "2025-05-05T10:00:00",
   ("OWD-2025-2962", "retainer", "11000.00", "1980.00", "2025-09-05T09:00:00",
    {"period_start": "2025-09-05", "period_end": "2025-10-04", "next_billing_at": "2025-10-05T09:00:00"}))
r.case("owd-nantes-forfait-preavis-court", OWB, [Mail(
    "Immobilière Graslin Marketing <marketing@immo-graslin.fr>", "Résiliation forfait réseaux sociaux",
    at("2025-09-30 17:00", FR), brand=OWB, body=
    "Madame, Monsieur,\n\nNous résilions le forfait « Immobilière Graslin Social » (OWD-2025-2962), ayant recruté une "
    "chargée de communication en interne. Merci d'y mettre fin au 04/10.\n\nCordialement,\nÉmilie Rondeau\n"
    "Immobilière Graslin, Nantes")],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4 short notice: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-30 is later -> the next cycle (2025-10-05 - 2025-11-04) is billed; effective 2025-11-04.")

ow("Hôtels Côte d'Émeraude Suivi", "marketing@hotels-emeraude.fr", "2025-04-10T10:00:00",
   ("OWD-2025-2963", "retainer", "16000.00", "2880.00", "2025-09-10T09:00:00",
    {"period_start": "2025-09-10", "period_end": "2025-10-09", "next_billing_at": "2025-10-10T09:00:00"}),
   ("OWD-2025-2964", "retainer", "16000.00", "2880.00", "2025-09-25T09:00:00",
    {"period_start": "2025-10-10", "period_end": "2025-11-09", "next_billing_at": "2025-11-10T09:00:00"}))
r.case("owd-dinard-forfait-paye-d-avance", OWB, [Mail(
    "Hôtels Côte d'Émeraude <marketing@hotels-emeraude.fr>", "Résiliation contrat de suivi", at("2025-09-26 08:40", FR),
    brand=OWB, body=
    "Madame, Monsieur,\n\nNous résilions le « Hôtels Côte d'Émeraude Suivi » (factures OWD-2025-2963 et "
    "OWD-2025-2964), notre groupe hôtelier étant repris par le siège parisien à partir de novembre. Nous avons réglé "
    "octobre par erreur.\n\nCordialement,\nIsabelle Hamon\nDinard")],
    "decided", [K("escalate")], extra_ok=True,
    spec="s.8 retainer paid in advance: OWD-2025-2964 (2025-10-10 - 2025-11-09) already paid and notice >= 7 days before 2025-10-10 -> escalate the cancellation.")

ow("Lodge Nosy Be Hébergement", "contact@lodge-nosybe.mg", "2025-09-20T10:00:00",
   ("OWD-2025-2965", "hosting_annual", "15999.00", "2879.82", "2025-09-18T09:00:00",
    {"setup_fee": "2000.00", "service_start": "2025-09-20"}))
r.case("owd-nosy-be-hebergement-14-jours", OWB, [Mail(
    "Lodge Nosy Be <contact@lodge-nosybe.mg>", "Résiliation hébergement + remboursement", at("2025-09-29 19:10", MG),
    brand=OWB, body=
    "Bonjour,\n\nNous résilions l'hébergement annuel « Lodge Nosy Be Hébergement » (OWD-2025-2965) et demandons le "
    "remboursement au prorata. Motif : l'office du tourisme nous offre l'hébergement sur son portail de "
    "réservation.\n\nSalutations de Hell-Ville\nSarah Randria")],
    "decided", [R("approve", "12832.42")], extra_ok=True,
    spec="O5: request 2025-09-29 19:10 +03:00 = 21:40 IST, day 9 of service_start 2025-09-20 (<= 14); monthly = (15999.00 - 2000.00)/12 = 1166.5833; refund = 15999.00 - 2000.00 - 1166.5833 = 12832.4167 -> 12832.42.")

ow("Capitole Maintenance Annuelle", "technique@theatre-capitole-asso.fr", "2025-09-01T10:00:00",
   ("OWD-2025-2966", "maintenance_annual", "9000.00", "1620.00", "2025-08-30T09:00:00",
    {"setup_fee": "1500.00", "service_start": "2025-09-01"}))
r.case("owd-toulouse-maintenance-trop-tard", OWB, [Mail(
    "Théâtre Capitole Asso - Technique <technique@theatre-capitole-asso.fr>", "Contrat de maintenance - remboursement",
    at("2025-09-24 11:00", FR), brand=OWB, body=
    "Bonjour,\n\nPour la « Capitole Maintenance Annuelle » (OWD-2025-2966), nous demandons un remboursement au "
    "prorata : la mairie reprend le site dans son propre CMS en 2026.\n\nCordialement,\nJérôme Faure")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-24 = day 23 > 14 -> deny.")

ow("Bar Le Fort-Royal Site", "patron@bar-fortroyal.fr", "2025-08-01T10:00:00",
   ("OWD-2025-2967", "third_party", "2400.00", "432.00", "2025-09-20T09:00:00", {}))
r.case("owd-fort-de-france-domaine-ssl", OWB, [Mail(
    "Bar Le Fort-Royal <patron@bar-fortroyal.fr>", "domaine + ssl rembourser", at("2025-09-25 21:10", AN),
    brand=OWB, body=
    "bonsoir\n\nvous m avez facture 2400 pour le domaine et le ssl (OWD-2025-2967) pour le Bar Le Fort-Royal Site, "
    "mais mon cousin avait deja le nom de domaine chez un autre hebergeur. j en ai pas besoin, remboursez svp\n\nDédé")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-2967 is third_party (domain, SSL) -> never refundable: deny.")

ow("La Défense Afterwork Microsite", "events@ldf-afterwork.fr", "2025-09-15T10:00:00",
   ("OWD-2025-2968", "rush", "8000.00", "1440.00", "2025-09-15T09:00:00", {}))
r.case("owd-la-defense-urgence", OWB, [Mail(
    "LDF Afterwork Events <events@ldf-afterwork.fr>", "Supplément urgence OWD-2025-2968", at("2025-09-23 12:00", FR),
    brand=OWB, body=
    "Bonjour,\n\nLe supplément urgence pour « La Défense Afterwork Microsite » n'a servi à rien, l'événement est "
    "reporté de trois mois. Nous n'avions donc pas besoin du site aussi vite. Merci de rembourser ce supplément.\n\n"
    "Bien à vous,\nNadia Benhamou")],
    "decided", [R("deny")],
    spec="O6: rush fee -> never refundable: deny.")

ow("Cycles Garonne Boutique", "boutique@cycles-garonne.fr", "2025-09-10T10:00:00",
   ("OWD-2025-2969", "setup", "5000.00", "900.00", "2025-09-10T09:00:00", {}))
r.case("owd-agen-frais-mise-en-service", OWB, [Mail(
    "Cycles Garonne <boutique@cycles-garonne.fr>", "Frais de mise en service", at("2025-09-22 08:00", FR),
    brand=OWB, body=
    "Bonjour,\n\npourquoi payer 5 000 de frais de mise en service (OWD-2025-2969) pour la Cycles Garonne Boutique alors "
    "qu'on avait déjà la solution e-commerce ? On veut être remboursés, le travail a été minime.\n\nCdt\nSébastien")],
    "decided", [R("deny")],
    spec="O6: setup/activation fee -> never refundable: deny.")

r.case("owd-quimper-adresse-perso", OWB, [Mail(
    "Gaëlle Kervella <gaelle.kervella29@gmail.com>", "Remboursement frais découverte Kervella", at("2025-09-25 21:30", FR),
    brand=OWB, body=
    "Bonsoir,\n\nJ'écris depuis mon adresse perso car celle du cabinet est en cours de migration. Merci de rembourser "
    "les frais de découverte OWD-2025-2951 du projet Cabinet Dentaire Kervella Site, le cabinet est cédé.\n\n"
    "Dr Gaëlle Kervella")],
    "need_info", rules=["C2"],
    spec="C2 (Optima): the contract email is cabinet@dentaire-kervella.fr; a private gmail address -> ask to write from the contract email, disclose nothing.")

ow("Verlaine Pages Produits", "s.verlaine@groupe-verlaine.fr", None,
   ("OWD-2025-2970", "deposit", "28000.00", "5040.00", "2025-09-29T10:00:00", {}))
r.case("owd-paris-transfert-assistante", OWB, [Mail(
    "Assistante PDG Groupe Verlaine <assistante.pdg@groupe-verlaine.fr>", "Fwd: Annulation pages produits",
    at("2025-09-30 09:10", FR), brand=OWB, body=
    "Bonjour,\n\nÀ la demande de Mme Verlaine, je vous transfère le message ci-dessous.\n\nBien cordialement,\n"
    "Caroline Petit\nAssistante du Président-Directeur Général\n\n"
    "---------- Message transféré ---------\nDe : Sophie Verlaine <s.verlaine@groupe-verlaine.fr>\n"
    "Date : lun. 29 sept. 2025 à 19:02\nObjet : Annulation pages produits\nÀ : Caroline Petit "
    "<assistante.pdg@groupe-verlaine.fr>\n\nCaroline, à envoyer à Optima : annuler le projet « Verlaine Pages "
    "Produits » et rembourser l'acompte OWD-2025-2970. La gamme est arrêtée. L'adresse du contrat est la mienne, "
    "s.verlaine@groupe-verlaine.fr.\nSV")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the Gmail 'Message transféré' block carries the request of the contract email s.verlaine@groupe-verlaine.fr; the assistant's address is not it -> C2.")

chorale1 = Mail("Chorale Bretagne Sud <bureau@chorale-bretagne-sud.fr>", "Résiliation suivi newsletter",
                at("2025-09-25 18:00", FR), brand=OWB, body=
                "Madame, Monsieur,\n\nPar la présente, nous résilions le suivi « Chorale Bretagne Sud Newsletter », "
                "facture OWD-2025-2971.\n\nMerci de nous confirmer la résiliation.\n\nCordialement,\nMarie-Anne "
                "Le Gall\nPrésidente\nChorale Bretagne Sud (association loi 1901) · Vannes")
ow("Chorale Bretagne Sud Newsletter", "bureau@chorale-bretagne-sud.fr", "2025-03-20T10:00:00",
   ("OWD-2025-2971", "retainer", "6000.00", "1080.00", "2025-09-20T09:00:00",
    {"period_start": "2025-09-20", "period_end": "2025-10-19", "next_billing_at": "2025-10-20T09:00:00"}))
r.case("owd-vannes-resiliation-sans-motif", OWB, [chorale1], "need_info", missing=["reason"],
       spec="s.8 Optima requires a reason for cancellations: contract sender, project and invoice given; 'merci de confirmer' and the signature are not reasons -> ask for reason.")

chorale1b = Mail(chorale1.frm, chorale1.subject, chorale1.when, chorale1.body, brand=OWB)
r.case("owd-vannes-fil-motif", OWB, [chorale1b, Mail(
    "Chorale Bretagne Sud <bureau@chorale-bretagne-sud.fr>", "RE: Résiliation suivi newsletter [OWD-2971]",
    at("2025-09-27 10:45", FR), brand=OWB, body=
    "Bonjour,\n\nLe motif : un de nos choristes, informaticien à la retraite, reprend bénévolement la newsletter "
    "à partir d'octobre.\n\nM.-A. Le Gall\n\n> Merci de nous indiquer le motif de votre résiliation.",
    reply=chorale1b, refs_extra=["<owd-2971-ask@optimawebdesign.com>"])],
    "decided", [K("cancel", "2025-10-19")],
    spec="C3 thread: reason supplied; request time = first email 2025-09-25 <= 2025-10-13 (next_billing_at 2025-10-20 minus 7) -> cancel effective 2025-10-19.")

ow("Tropik Média Film Institutionnel", "contact@tropik-media.mq", None,
   ("OWD-2025-2972", "deposit", "12000.00", "2160.00", "2025-09-26T10:00:00", {}))
ow("Tropik Média Podcast", "contact@tropik-media.mq", None,
   ("OWD-2025-2973", "deposit", "9000.00", "1620.00", "2025-09-26T10:05:00", {}))
r.case("owd-martinique-quel-projet", OWB, [Mail(
    "Tropik Média <contact@tropik-media.mq>", "Acompte à rembourser", at("2025-09-27 09:00", AN), brand=OWB, body=
    "Bonjour,\n\nLa subvention de la Collectivité Territoriale nous a été refusée, nous demandons donc le "
    "remboursement de l'acompte.\n\nBien à vous,\nKévin Louis-Joseph\nTropik Média, Schœlcher")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: contract sender, reason given (grant refused); the address holds two projects with a deposit each -> ask for project_name and invoice_number.")

ow("Artisans d'Occitanie Portail", "contact@artisans-occitanie.fr", "2025-08-15T10:00:00",
   ("OWD-2025-2974", "milestone", "22000.00", "3960.00", "2025-09-15T10:00:00", {"milestone_status": "not_started"}))
r.case("owd-montauban-mise-en-demeure", OWB, [Mail(
    "Artisans d'Occitanie <contact@artisans-occitanie.fr>", "Mise en demeure : remboursement OWD-2025-2974",
    at("2025-09-26 16:30", FR), brand=OWB, body=
    "Madame, Monsieur,\n\nNous exigeons le remboursement du jalon OWD-2025-2974 (Artisans d'Occitanie Portail), le "
    "projet ayant été arrêté. À défaut de paiement sous huitaine, notre avocat saisira le tribunal compétent.\n\n"
    "Veuillez agréer nos salutations.\nJean-Pierre Vidal\nMontauban")],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: lawyer and court threat -> escalate, although O3 alone would approve (milestone not_started).")

r.case("owd-paris-facture-a-refaire", OWB, [Mail(
    "Halvane SA - Projets Digitaux <projets-digitaux@halvane.fr>", "Correction facture OWD-2025-2956",
    at("2025-09-30 14:00", FR), brand=OWB, body=
    "Madame, Monsieur,\n\nNotre service comptabilité fournisseurs vous demande de réémettre la facture OWD-2025-2956 "
    "(Halvane Intranet, jalon 1) en y portant notre numéro de bon de commande BC-2025-07750. La recette du jalon "
    "est par ailleurs validée, merci pour votre travail.\n\nCordialement,\nArnaud Mercier" + SIG_PARIS)],
    "other", spec="Invoice re-issue with a PO number, no refund or cancellation -> other.")

r.case("owd-lettre-cci", OWB, [Mail(
    "CCI Bretagne Infos <infos@cci-bretagne.example>", "Lettre d'information d'octobre : le numérique pour les TPE",
    at("2025-09-30 06:00", FR), brand=OWB, body=
    "Chers adhérents,\n\nAu sommaire ce mois-ci : chèque numérique, diagnostic de site web, agenda des ateliers.\n\n"
    "Se désinscrire : https://cci-bretagne.example/desinscription",
    headers={"Precedence": "bulk", "List-Id": "<infos.cci-bretagne.example>",
             "List-Unsubscribe": "<https://cci-bretagne.example/desinscription>"})],
    "ignore", rules=["C7"], spec="C7: Precedence: bulk and List-Id (mailing list) -> ignore.")

ow("Maison de la Culture Fianarantsoa Maintenance", "informatique@mdc-fianar.mg", None,
   ("OWD-2025-2975", "maintenance_annual", "12000.00", "2160.00", "2025-09-26T09:00:00",
    {"setup_fee": "0.00", "service_start": "2025-10-06"}))
r.case("owd-fianarantsoa-maintenance-avant-debut", OWB, [Mail(
    "Maison de la Culture Fianarantsoa <informatique@mdc-fianar.mg>", "Annulation contrat de maintenance avant démarrage",
    at("2025-09-29 17:30", MG), brand=OWB, body=
    "Madame, Monsieur,\n\nLe contrat « Maison de la Culture Fianarantsoa Maintenance » (OWD-2025-2975) ne démarre que "
    "le 6 octobre. Notre conseil d'administration ayant réduit le budget, nous demandons l'annulation et le "
    "remboursement.\n\nVeuillez agréer nos salutations distinguées.\nTojo Rasolofo\nTrésorier")],
    "decided", [R("approve", "11000.00")], extra_ok=True,
    spec="O5 before the service starts (s.8): consumed_months = 1; monthly = 12000.00/12 = 1000.00; refund = 12000.00 - 0.00 - 1000.00 = 11000.00.")

# ---- later additions: forwards by the account holder, mixed language, amounts in words, negated refund ----
lo("a.quemener@orange.fr", "Anne Quéméner", "monthly",
   [("LO-INV-29671", "2025-09-27T09:00:00", M), ("LO-INV-29672", "2025-09-27T09:01:00", M)], "2025-09-27", "2025-10-26")
r.case("morlaix-thunderbird-avis-banque", LOB, [Mail(
    "Anne Quéméner <a.quemener@orange.fr>", "Fwd: Avis d'opération carte bancaire", at("2025-09-29 07:05", FR),
    "Bonjour,\n\nci-dessous l'avis de ma banque : deux débits identiques le 27/09 pour l'abonnement mensuel. Le "
    "second correspond à la facture lo/inv/29672. Merci de me rembourser le débit en double.\n\nCordialement,\n"
    "A. Quéméner\n\n-------- Message transféré --------\nSujet : \tAvis d'opération carte bancaire\n"
    "Date : \tSat, 27 Sep 2025 06:12:44 +0200\nDe : \tCrédit Maritime Bretagne <avis@credit-maritime.example>\n"
    "Pour : \ta.quemener@orange.fr\n\nOpérations sur votre carte ****4471 :\n27/09/2025  LEADSOPTIMA.COM  INR "
    "1 768,82\n27/09/2025  LEADSOPTIMA.COM  INR 1 768,82\n\nCe message est généré automatiquement, merci de ne pas y répondre.")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 forward: the registered customer forwards her bank's notice (which names no other account) -> no C2; L4 pair on 2025-09-27, request 2025-09-29 (day 2) -> approve lo/inv/29672 = 1499.00 before tax (the bank shows 1768.82 incl. tax, C6).")

lo("c.nguyen@seine-advisory.fr", "Claire Nguyen", "quarterly",
   [("LO-INV-29681", "2025-08-25T09:00:00", Q)], "2025-08-25", "2025-11-24")
r.case("paris-apple-mail-franglais", LOB, [Mail(
    "Claire Nguyen <c.nguyen@seine-advisory.fr>", "Fwd: Your LeadsOptima quarterly plan", at("2025-09-26 22:40", FR),
    "Hi,\n\nplease cancel, merci de résilier. On bascule toute la prospection sur le CRM du groupe au Q4, l'outil "
    "ne nous sert plus.\n\nThanks & best\nClaire\n\nClaire Nguyen | Directrice du développement\nSeine Advisory SAS "
    "| 8 place Vendôme | 75001 Paris\n\nDébut du message réexpédié :\n\n> De: LeadsOptima <noreply@leadsoptima.com>\n"
    "> Objet: Your LeadsOptima quarterly plan\n> Date: 25 août 2025 à 05:31:02 UTC+2\n> À: c.nguyen@seine-advisory.fr\n"
    ">\n> Thanks for renewing your quarterly plan. Your next billing date is 25 November 2025.")],
    "decided", [K("cancel", "2025-11-24")],
    spec="Mixed English/French, Apple Mail forward ('Fwd:') of our own noreply renewal notice (the forwarded block is ours, not the sender): L8 cancel, active until current_period_end 2025-11-24.")

lo("contact@chateau-lestrille.fr", "Château Lestrille", "annual",
   [("LO-INV-29691", "2025-09-28T10:00:00", A), ("LO-INV-29692", "2025-09-28T10:00:40", A)], "2025-09-28", "2026-09-27")
r.case("entre-deux-mers-montant-en-lettres-avant-hier", LOB, [Mail(
    "Château Lestrille <contact@chateau-lestrille.fr>", "Cotisation annuelle débitée 2 fois", at("2025-09-30 10:30", FR),
    "Bonjour,\n\navant-hier notre abonnement annuel a été débité deux fois, onze mille neuf cent quatre-vingt-huit "
    "roupies à chaque fois, une fois avec la facture LO-INV-29691 et une fois avec la LO-INV-29692. Merci de "
    "reverser la seconde, mon mari a dû cliquer deux fois sur Payer.\n\nBien à vous, depuis l'Entre-deux-Mers\n"
    "Brigitte Lestrille")],
    "decided", [R("approve", "11988.00")],
    spec="Amount in words, relative date ('avant-hier'): ledger pair on 2025-09-28, request 2025-09-30 (day 2) -> L4 approve the later LO-INV-29692 = 11988.00.")

ow("École de Voile Crozon Site", "contact@voile-crozon.fr", None,
   ("OWD-2025-2976", "deposit", "16500.00", "2970.00", "2025-09-29T15:00:00", {}))
r.case("owd-crozon-acompte-barres-obliques", OWB, [Mail(
    "École de Voile Crozon <contact@voile-crozon.fr>", "Acompte à rendre", at("2025-09-30 08:00", FR), brand=OWB, body=
    "Bonjour,\n\nHier en fin de matinée nous avons viré l'acompte (seize mille cinq cents HT, pièce OWD/2025/2976) pour "
    "l'« École de Voile Crozon Site ». Hier soir le propriétaire nous a donné congé, nous fermons. Nous vous "
    "demandons donc le remboursement.\n\nCordialement,\nJean-Yves Le Roux, Crozon")],
    "decided", [R("approve", "16500.00")], extra_ok=True,
    spec="s.8 reference 'OWD/2025/2976' matches OWD-2025-2976; O2: paid 2025-09-29 15:00 IST, request 2025-09-30 08:00 +02:00 = 11:30 IST (20.5 h), no work -> approve 16500.00 before tax.")

ow("Canoë Dordogne Social", "bureau@canoe-dordogne.fr", "2025-06-28T10:00:00",
   ("OWD-2025-2977", "retainer", "7000.00", "1260.00", "2025-09-28T09:00:00",
    {"period_start": "2025-09-28", "period_end": "2025-10-27", "next_billing_at": "2025-10-28T09:00:00"}))
r.case("owd-bergerac-pas-de-remboursement-resiliation", OWB, [Mail(
    "Canoë Dordogne (asso) <bureau@canoe-dordogne.fr>", "Résiliation suivi réseaux sociaux OWD-2025-2977",
    at("2025-09-30 19:15", FR), brand=OWB, body=
    "Bonjour à tous,\n\nNous résilions le suivi « Canoë Dordogne Social » (OWD-2025-2977). Motif : l'association n'a "
    "plus assez d'adhérents pour financer le forfait, nous reprenons la main nous-mêmes. Nous ne demandons "
    "surtout pas de remboursement, le mois en cours s'est bien passé.\n\nSportivement,\nStéphane Mounet, président")],
    "decided", [K("cancel", "2025-10-27")],
    spec="s.8 negation ('nous ne demandons pas de remboursement'): no refund intent; O4 retainer next_billing_at 2025-10-28, cut-off 2025-10-21, request 2025-09-30 -> cancel effective 2025-10-27.")

r.write(ledger)
