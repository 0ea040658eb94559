"""fresh23_fr: French held-out cases (France, Belgium, Switzerland, Québec, francophone Africa). Stdlib only, deterministic.
Run `python3 make_cases.py` to write ledger.json, emails/*.eml and expected.json beside this file."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from casekit import LO, OWD, LOB, OWB, cust, lopay, proj, owpay, M, Q, A  # noqa: E402
from kit23 import Round, tz  # noqa: E402

R = Round(HERE, "fr", "mail.fresh23-fr.example")
L = R.ledger
CEST = tz(2)  # France, Belgium, Switzerland (summer time)
EDT = tz(-4)  # Québec
GMT = tz(0)  # Sénégal, Côte d'Ivoire
WAT = tz(1)  # Cameroun, Maroc (UTC+1)


def rf(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cn(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome, "amount": None}
    if outcome == "cancel":
        d["effective_date"] = eff
    return d


def c(*a, **k):
    L["customers"].append(cust(*a, **k))


def p(*a, **k):
    L["payments"].append(lopay(*a, **k))


def pj(*a):
    L["projects"].append(proj(*a))


def op(*a, **k):
    L["payments"].append(owpay(*a, **k))


SIG_SAS = """
--
Cordialement,

Philippe Marchand
Directeur administratif et financier
MARCHAND & FILS SAS - 14 rue de la République - 69002 Lyon
Tél. : +33 4 72 00 00 00
SAS au capital de 50 000 EUR - RCS Lyon 123 456 789 - TVA FR12123456789

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses
destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce
message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
Pensez à l'environnement avant d'imprimer ce courriel.
"""

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate inside window (France)
c("camille.martin@orange.fr", "Camille Martin", "annual", start="2025-09-21", end="2026-09-20")
p("fr_p01a", "LO-INV-61001", "camille.martin@orange.fr", "annual", *A, "2025-09-21T11:20:00", "2025-09-21", "2026-09-20")
p("fr_p01b", "LO-INV-61002", "camille.martin@orange.fr", "annual", *A, "2025-09-21T11:22:00", "2025-09-21", "2026-09-20")
m = R.mail("l01-double-prelevement", "Camille Martin <camille.martin@orange.fr>", LO, "Double prélèvement abonnement annuel",
           "Bonjour,\n\nJe constate sur mon relevé que l'abonnement annuel m'a été prélevé deux fois le 21/09, "
           "11 988,00 roupies à chaque fois. La deuxième facture est la LO-INV-61002. Merci de me rembourser le "
           "paiement en double.\n\nBien cordialement,\nCamille Martin", "2025-09-24 09:30", CEST)
R.case("l01-annuel-double", LOB, [m], "decided", [rf("approve", "11988.00")],
       spec="L2 duplicate_payment, L4: two paid annual charges 2025-09-21 same period; request 2025-09-24 IST = day 3 -> refund the later LO-INV-61002, 11988.00 (C6).")

# l02 duplicate outside window (Belgium)
c("thomas.dubois@skynet.be", "Thomas Dubois", "monthly", start="2025-09-09", end="2025-10-08")
p("fr_p02a", "LO-INV-61011", "thomas.dubois@skynet.be", "monthly", *M, "2025-09-09T08:00:00", "2025-09-09", "2025-10-08")
p("fr_p02b", "LO-INV-61012", "thomas.dubois@skynet.be", "monthly", *M, "2025-09-09T08:01:00", "2025-09-09", "2025-10-08")
m = R.mail("l02-trop-tard", "Thomas Dubois <thomas.dubois@skynet.be>", LO, "payé deux fois",
           "Bonjour,\nj'étais en vacances à la côte, je vois seulement maintenant que vous m'avez débité deux fois "
           "le 9 septembre (LO-INV-61012 c'est le doublon). Pouvez-vous me rembourser s'il vous plaît ?\n"
           "Merci bien, à tantôt\nThomas", "2025-09-18 10:00", CEST)
R.case("l02-double-apres-7-jours", LOB, [m], "decided", [rf("deny")],
       spec="L3: charges 2025-09-09 (day 0); request 2025-09-18 13:30 IST = day 9 > 7 -> deny.")

# l03 duplicate claimed, one charge in ledger -> escalate
c("sophie.bernard@free.fr", "Sophie Bernard", "quarterly", start="2025-09-25", end="2025-12-24")
p("fr_p03", "LO-INV-61021", "sophie.bernard@free.fr", "quarterly", *Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
m = R.mail("l03-deux-lignes", "Sophie Bernard <sophie.bernard@free.fr>", LO, "Débit en double ?",
           "Madame, Monsieur,\n\nMon application bancaire affiche deux opérations de 4 718,82 INR pour "
           "l'abonnement trimestriel. Je n'ai pourtant validé qu'un seul paiement. Je vous prie de bien vouloir "
           "me rembourser le montant prélevé deux fois.\n\nVeuillez agréer mes salutations distinguées.\n"
           "Sophie Bernard", "2025-09-27 14:00", CEST)
R.case("l03-double-mais-un-seul-debit", LOB, [m], "decided", [rf("escalate")],
       spec="L4: duplicate claimed day 2, the ledger holds one quarterly charge LO-INV-61021 (filled for the verified sender) -> no pair -> escalate.")

# l04 three charges, one of the duplicates outside the window
c("antoine.leroy@laposte.net", "Antoine Leroy", "monthly", start="2025-09-02", end="2025-10-01")
p("fr_p04a", "LO-INV-61031", "antoine.leroy@laposte.net", "monthly", *M, "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")
p("fr_p04b", "LO-INV-61032", "antoine.leroy@laposte.net", "monthly", *M, "2025-09-03T10:00:00", "2025-09-02", "2025-10-01")
p("fr_p04c", "LO-INV-61033", "antoine.leroy@laposte.net", "monthly", *M, "2025-09-10T10:00:00", "2025-09-02", "2025-10-01")
m = R.mail("l04-trois-fois", "Antoine Leroy <antoine.leroy@laposte.net>", LO, "TROIS prélèvements pour le même mois !!!",
           "Bonjour,\n\nc'est une blague ? Trois prélèvements de 1 499 pour septembre : LO-INV-61031, "
           "LO-INV-61032 et LO-INV-61033. J'ai payé trois fois le même mois. Remboursez-moi les deux en trop.\n\n"
           "A. Leroy", "2025-09-11 09:00", CEST)
R.case("l04-trois-debits-fenetre", LOB, [m], "decided", [rf("approve", "1499.00")],
       spec="Section 8 three identical charges: 61032 (2025-09-03) and 61033 (2025-09-10) are duplicates; request 2025-09-11 IST: 61032 is day 8 (outside L3), 61033 day 1 -> refund 1499.00.")

# l05 billing error after cancellation (Québec)
c("genevieve.tremblay@videotron.ca", "Geneviève Tremblay", "monthly", status="cancelled", start="2025-09-26", end="2025-10-25")
p("fr_p05", "LO-INV-61041", "genevieve.tremblay@videotron.ca", "monthly", *M, "2025-09-26T06:00:00", "2025-09-26", "2025-10-25")
m = R.mail("l05-apres-annulation-qc", "Geneviève Tremblay <genevieve.tremblay@videotron.ca>", LO, "Chargée après annulation",
           "Bonjour,\n\nJ'ai annulé mon abonnement au mois d'août pis vous m'avez quand même chargé le 26 "
           "septembre (LO-INV-61041). C'est une erreur de facturation, je veux être remboursée.\n\nMerci, bonne "
           "journée!\nGeneviève", "2025-09-27 08:30", EDT)
R.case("l05-facture-apres-annulation", LOB, [m], "decided", [rf("escalate")],
       spec="L2 billing_error ('chargé après annulation'), request 2025-09-27 18:00 IST = day 1 -> L5 escalate.")

# l06 access failure inside window (Sénégal)
c("moussa.diop@orange.sn", "Moussa Diop", "quarterly", start="2025-09-19", end="2025-12-18")
p("fr_p06", "LO-INV-61051", "moussa.diop@orange.sn", "quarterly", *Q, "2025-09-19T12:00:00", "2025-09-19", "2025-12-18")
m = R.mail("l06-acces-senegal", "Moussa Diop <moussa.diop@orange.sn>", LO, "Impossible de me connecter",
           "Bonjour,\n\nDepuis le 20 septembre je n'arrive plus à me connecter, la plateforme ne charge pas du tout "
           "(page blanche). J'ai payé le trimestre le 19 (facture LO-INV-61051). Dans ces conditions, je demande le "
           "remboursement.\n\nCordialement\nMoussa Diop\nDakar", "2025-09-23 10:00", GMT)
R.case("l06-plateforme-ne-charge-pas", LOB, [m], "decided", [rf("escalate")],
       spec="L2 access_failure, charge 2025-09-19, request 2025-09-23 15:30 IST = day 4 -> L6 escalate.")

# l07 access failure outside window (Suisse romande)
c("luc.favre@bluewin.ch", "Luc Favre", "monthly", start="2025-08-28", end="2025-09-27")
p("fr_p07", "LO-INV-61061", "luc.favre@bluewin.ch", "monthly", *M, "2025-08-28T10:00:00", "2025-08-28", "2025-09-27")
m = R.mail("l07-acces-hors-delai", "Luc Favre <luc.favre@bluewin.ch>", LO, "Pas d'accès - remboursement",
           "Bonjour,\n\nJe n'ai plus accès à mon compte depuis début septembre, message 'erreur 500'. Je "
           "souhaite le remboursement de la facture LO-INV-61061.\n\nMeilleures salutations\nLuc Favre, Lausanne",
           "2025-09-10 11:00", CEST)
R.case("l07-acces-hors-fenetre", LOB, [m], "decided", [rf("deny")],
       spec="L3: charge 2025-08-28, request 2025-09-10 = day 13 > 7 -> deny.")

# l08 L1 did not use -> deny only
c("lea.petit@gmail.com", "Léa Petit", "monthly", start="2025-09-24", end="2025-10-23")
p("fr_p08", "LO-INV-61071", "lea.petit@gmail.com", "monthly", *M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
m = R.mail("l08-pas-utilise", "Léa Petit <lea.petit@gmail.com>", LO, "rembourser le mois",
           "Coucou l'équipe,\n\nj'ai pas du tout utilisé l'outil ce mois-ci (gros rush au boulot), est-ce que vous "
           "pouvez me rembourser le mois svp ? Merci d'avance !!\n\nLéa", "2025-09-26 20:10", CEST)
R.case("l08-mois-non-utilise", LOB, [m], "decided", [rf("deny")],
       spec="L1: not having used it is no L2 reason -> deny; cancellation is only offered in the reply.")

# l09 trial -> deny L7 (Cameroun)
c("ngono.ateba@yahoo.fr", "Ngono Ateba", "monthly", status="trial", trial_ends="2025-10-04")
m = R.mail("l09-essai", "Ngono Ateba <ngono.ateba@yahoo.fr>", LO, "Remboursement",
           "Bonsoir, je suis encore dans la période d'essai et je ne veux pas d'abonnement payant. Remboursez-moi "
           "tout ce que vous avez prélevé svp, je faisais juste un test pour ma boutique. Merci\nNgono, Yaoundé",
           "2025-09-29 19:00", WAT)
R.case("l09-periode-essai", LOB, [m], "decided", [rf("deny")],
       spec="L7: account on a free trial (trial_ends 2025-10-04), no charges -> deny; no billing unless they subscribe.")

# l10 formal cancellation letter (France) -> cancel at period end
c("isabelle.moreau@wanadoo.fr", "Isabelle Moreau", "monthly", start="2025-09-14", end="2025-10-13")
p("fr_p10", "LO-INV-61091", "isabelle.moreau@wanadoo.fr", "monthly", *M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13")
m = R.mail("l10-resiliation", "Isabelle Moreau <isabelle.moreau@wanadoo.fr>", LO, "Résiliation de mon abonnement",
           "Madame, Monsieur,\n\nPar la présente, je vous informe de ma décision de résilier mon abonnement "
           "mensuel à compter de la prochaine échéance.\n\nJe vous remercie de bien vouloir m'en accuser "
           "réception et de m'indiquer la date de prise d'effet.\n\nJe vous prie d'agréer, Madame, Monsieur, "
           "l'expression de mes salutations distinguées.\n\nIsabelle Moreau\n12 avenue Jean Jaurès\n33000 Bordeaux",
           "2025-09-22 15:00", CEST)
R.case("l10-resiliation-mensuelle", LOB, [m], "decided", [cn("cancel", "2025-10-13")],
       spec="L8: cancel; effective_date = current_period_end 2025-10-13; LO cancellations need no reason.")

# l11 cancel fallback, ledger time with an offset
c("olivier.lambert@lambert-conseil.fr", "Olivier Lambert", "monthly")
p("fr_p11", "LO-INV-61101", "olivier.lambert@lambert-conseil.fr", "monthly", *M, "2025-09-14T21:00:00+00:00", None, None)
m = R.mail("l11-arreter", "Olivier Lambert <olivier.lambert@lambert-conseil.fr>", LO, "arrêt abonnement",
           "Bonjour,\n\nmerci d'arrêter mon abonnement mensuel, nous passons sur un autre outil de prospection.\n\n"
           "Olivier\n\n-- \nLambert Conseil - Nantes", "2025-09-29 17:00", CEST)
R.case("l11-resiliation-repli-utc", LOB, [m], "decided", [cn("cancel", "2025-10-14")],
       spec="L8 fallback: last charge 2025-09-14T21:00Z = 2025-09-15 02:30 IST (section 8), + 1 month - 1 day = 2025-10-14.")

# l12 negation: no refund, just cancel (Québec)
c("marc-andre.gagnon@hotmail.ca", "Marc-André Gagnon", "annual", start="2025-04-05", end="2026-04-04")
p("fr_p12", "LO-INV-61111", "marc-andre.gagnon@hotmail.ca", "annual", *A, "2025-04-05T10:00:00", "2025-04-05", "2026-04-04")
m = R.mail("l12-pas-de-remboursement", "Marc-André Gagnon <marc-andre.gagnon@hotmail.ca>", LO, "Annulation renouvellement",
           "Allô,\n\nJe ne demande PAS de remboursement, je sais que l'année est payée. Je veux juste annuler "
           "pour que ça ne se renouvelle pas en avril.\n\nMerci!\nMarc-André", "2025-09-23 09:00", EDT)
R.case("l12-pas-de-remboursement-annulation", LOB, [m], "decided", [cn("cancel", "2026-04-04")],
       spec="Section 8 negation ('je ne demande PAS de remboursement') adds no refund; L8 cancel at current_period_end 2026-04-04.")

# l13 C2 private gmail names the registered address
c("n.rousseau@rousseau-associes.fr", "Nicolas Rousseau", "monthly", start="2025-09-20", end="2025-10-19")
p("fr_p13a", "LO-INV-61121", "n.rousseau@rousseau-associes.fr", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
p("fr_p13b", "LO-INV-61122", "n.rousseau@rousseau-associes.fr", "monthly", *M, "2025-09-20T10:01:00", "2025-09-20", "2025-10-19")
m = R.mail("l13-adresse-perso", "Nicolas Rousseau <nico.rousseau75@gmail.com>", LO, "double paiement",
           "Bonjour,\nje vous écris depuis ma boîte perso. Le compte est au nom de n.rousseau@rousseau-associes.fr, "
           "j'ai été débité deux fois le 20/09 (LO-INV-61122). Merci de rembourser.\nN. Rousseau",
           "2025-09-22 13:00", CEST)
R.case("l13-c2-adresse-perso", LOB, [m], "need_info", rules=["C2"],
       spec="C2: sender nico.rousseau75@gmail.com is not the registered n.rousseau@rousseau-associes.fr -> ask to write from it.")

# l14 C2 via an Outlook forward (TR:)
c("direction@boulangerie-henri.fr", "Henri Fontaine", "annual", start="2025-02-15", end="2026-02-14")
p("fr_p14", "LO-INV-61131", "direction@boulangerie-henri.fr", "annual", *A, "2025-02-15T10:00:00", "2025-02-15", "2026-02-14")
m = R.mail("l14-tr-comptable", "Compta Boulangerie Henri <compta@boulangerie-henri.fr>", LO, "TR: Résiliation LeadsOptima",
           "Bonjour,\n\nJe vous transfère la demande de M. Fontaine ci-dessous. Merci de faire le nécessaire.\n\n"
           "Cordialement,\nNadia, comptabilité\n\n"
           "De : Henri Fontaine <direction@boulangerie-henri.fr>\nEnvoyé : lundi 22 septembre 2025 18:40\n"
           "À : Compta <compta@boulangerie-henri.fr>\nObjet : Résiliation LeadsOptima\n\n"
           "Nadia, peux-tu demander à LeadsOptima de résilier notre abonnement annuel (compte "
           "direction@boulangerie-henri.fr) ? On ne s'en sert plus. Merci, Henri", "2025-09-23 09:10", CEST)
R.case("l14-c2-transfert", LOB, [m], "need_info", rules=["C2"],
       spec="Section 8 forwards: the forwarded cancellation names direction@boulangerie-henri.fr, the sender is compta@ -> C2.")

# l15 C4 chargeback threat + cancellation -> both escalate
c("kevin.girard@sfr.fr", "Kévin Girard", "monthly", start="2025-09-25", end="2025-10-24")
p("fr_p15", "LO-INV-61141", "kevin.girard@sfr.fr", "monthly", *M, "2025-09-25T05:00:00", "2025-09-25", "2025-10-24")
m = R.mail("l15-opposition", "kevin.girard@sfr.fr", LO, "resiliation + remboursement sinon opposition",
           "je resilie mon abonnement et je veux mes 1499 de la semaine derniere, personne ma prevenu du "
           "renouvellement auto. si c pas rembourse vendredi je fais opposition aupres de ma banque\nkevin",
           "2025-09-29 22:10", CEST)
R.case("l15-c4-opposition-bancaire", LOB, [m], "decided", [rf("escalate"), cn("escalate")], rules=["C4"],
       spec="C4: threat of a bank opposition/chargeback covers the whole case (section 8): refund and cancellation escalate.")

# l16 C4: UFC-Que Choisir / avocat, wrong amount
c("chantal.robert@orange.fr", "Chantal Robert", "quarterly", start="2025-09-24", end="2025-12-23")
p("fr_p16", "LO-INV-61151", "chantal.robert@orange.fr", "quarterly", *Q, "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")
m = R.mail("l16-avocat", "Chantal Robert <chantal.robert@orange.fr>", LO, "Mauvais montant prélevé",
           "Madame, Monsieur,\n\nVous avez prélevé le mauvais montant le 24/09 (LO-INV-61151) alors que j'avais "
           "choisi la formule mensuelle. J'exige le remboursement. Sans réponse sous huit jours, je saisirai "
           "l'UFC-Que Choisir et mon avocat.\n\nChantal Robert", "2025-09-26 10:00", CEST)
R.case("l16-c4-avocat-association", LOB, [m], "decided", [rf("escalate")], rules=["C4"],
       spec="C4: lawyer / consumer association threat -> escalate (also an L5 billing error inside the window).")

# l17 C7 out-of-office (Auto-Submitted)
m = R.mail("l17-absence", "Camille Martin <camille.martin@orange.fr>", LO, "Réponse automatique : Votre demande [LO-3104]",
           "Bonjour,\n\nJe suis absente du bureau jusqu'au 6 octobre inclus, avec un accès limité à mes courriels. "
           "Pour toute urgence, contactez accueil@martin-conseil.example.\n\nCamille Martin",
           "2025-09-25 07:00", CEST, headers={"Auto-Submitted": "auto-replied"})
R.case("l17-c7-absence", LOB, [m], "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

# l18 C7 bounce from postmaster
m = R.mail("l18-non-remis", "Postmaster <postmaster@orange.fr>", LO, "Non remis : Votre demande de remboursement",
           "Ceci est un message généré automatiquement.\n\nVotre message n'a pas pu être remis aux destinataires "
           "suivants :\n\n  thomas.dubois@skynet.be\n  Boîte aux lettres pleine.\n\nObjet : Votre demande de "
           "remboursement", "2025-09-24 12:00", CEST)
R.case("l18-c7-non-remis", LOB, [m], "ignore", rules=["C7"], spec="C7: postmaster sender (bounce) -> ignore although it quotes 'remboursement'.")

# l19 C7 mailing list
m = R.mail("l19-lettre-info", "La Lettre du SaaS <lettre@lettre-saas.example>", LO,
           "Résiliations et remboursements : ce que disent les CGV",
           "Chers abonnés,\n\ncette semaine : comment obtenir un remboursement de son abonnement logiciel, et "
           "pourquoi les résiliations explosent.\n\nSe désinscrire : https://lettre-saas.example/desinscription",
           "2025-09-25 06:30", CEST, headers={"List-Id": "La Lettre du SaaS <hebdo.lettre-saas.example>",
                                              "Precedence": "list"})
R.case("l19-c7-liste", LOB, [m], "ignore", rules=["C7"], spec="C7: List-Id + Precedence: list -> ignore.")

# l20 hypothetical (Maroc)
m = R.mail("l20-question-avant-achat", "Youssef El Amrani <y.elamrani@menara.ma>", LO, "Question avant abonnement",
           "Bonjour,\n\nAvant de prendre l'abonnement annuel : si l'outil ne convient pas à mon agence, est-ce que "
           "je pourrais être remboursé ? Et est-il possible de résilier en cours d'année ?\n\nMerci d'avance,\n"
           "Youssef, Casablanca", "2025-09-24 11:00", WAT)
R.case("l20-question-avant-achat", LOB, [m], "other", spec="Section 8 hypotheticals: a question before buying -> other.")

# l21 thanks after refund
m = R.mail("l21-merci", "Thomas Dubois <thomas.dubois@skynet.be>", LO, "Re: Votre remboursement [LO-3088]",
           "Bonjour,\n\nLe remboursement est bien arrivé sur mon compte ce matin. Merci pour la rapidité, c'est "
           "parfait.\n\nThomas\n\n> Votre remboursement de 1 499,00 INR a été initié.", "2025-09-30 09:00", CEST,
           headers={"In-Reply-To": "<LO-3088.refund@leadsoptima.com>", "References": "<LO-3088.refund@leadsoptima.com>"})
R.case("l21-merci-apres-remboursement", LOB, [m], "other", spec="A thank-you after a refund asks for nothing -> other.")

# l22 invoice question -> other
m = R.mail("l22-facture-tva", "Service comptable <comptabilite@marchand-fils.example>", LO, "Facture LO-INV-61161 - mention TVA",
           "Bonjour,\n\nPourriez-vous nous renvoyer la facture LO-INV-61161 avec notre numéro de TVA "
           "intracommunautaire FR12123456789 ? Le paiement lui-même est correct, nous ne demandons rien d'autre.\n\n"
           "Cordialement,\nService comptable", "2025-09-26 10:30", CEST)
R.case("l22-facture-numero-tva", LOB, [m], "other", spec="An invoice correction request, nothing else -> other.")

# l23 missing reason: signature and disclaimer
c("p.marchand@marchand-fils.example", "Philippe Marchand", "annual", start="2025-09-24", end="2026-09-23")
p("fr_p23", "LO-INV-61161", "p.marchand@marchand-fils.example", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
m = R.mail("l23-sans-motif", "Philippe Marchand <p.marchand@marchand-fils.example>", LO, "Demande de remboursement LO-INV-61161",
           "Madame, Monsieur,\n\nNous vous prions de bien vouloir procéder au remboursement de la facture "
           "LO-INV-61161.\n\nEn vous remerciant par avance de votre diligence." + SIG_SAS, "2025-09-26 11:30", CEST)
R.case("l23-motif-manquant-signature", LOB, [m], "need_info", missing=["reason"],
       spec="Section 8: restated request, courtesy line, signature and disclaimer are no reason -> need_info reason (plan and invoice known).")

# l24 thread: need_info answered (Belgium)
c("julie.peeters@telenet.be", "Julie Peeters", "monthly", start="2025-09-22", end="2025-10-21")
p("fr_p24a", "LO-INV-61181", "julie.peeters@telenet.be", "monthly", *M, "2025-09-22T14:00:00", "2025-09-22", "2025-10-21")
p("fr_p24b", "LO-INV-61182", "julie.peeters@telenet.be", "monthly", *M, "2025-09-22T14:01:00", "2025-09-22", "2025-10-21")
m1 = R.mail("l24-1-demande", "Julie Peeters <julie.peeters@telenet.be>", LO, "Remboursement lo.inv.61182",
            "Bonjour, je souhaiterais le remboursement de lo.inv.61182. Merci !\nJulie", "2025-09-23 18:00", CEST)
m2 = R.mail("l24-2-reponse", "Julie Peeters <julie.peeters@telenet.be>", LO, "Re: Remboursement lo.inv.61182 [LO-3121]",
            "Oups pardon : j'ai été débitée deux fois le 22/09, à une minute d'intervalle.\n\nJulie\n\n"
            "Le mer. 24 sept. 2025 à 06:32, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
            "> Merci de nous indiquer le motif de votre demande de remboursement.", "2025-09-24 08:00", CEST, parent=m1)
R.case("l24-fil-motif-fourni", LOB, [m1, m2], "decided", [rf("approve", "1499.00")],
       spec="C3: the answer gives the reason (duplicate); pair on 2025-09-22, request time = first email 2025-09-23 21:30 IST (day 1); 'lo.inv.61182' = LO-INV-61182 -> 1499.00.")

# l25 day 7 inside (Québec morning)
c("sylvie.cote@videotron.ca", "Sylvie Côté", "quarterly", start="2025-09-19", end="2025-12-18")
p("fr_p25a", "LO-INV-61191", "sylvie.cote@videotron.ca", "quarterly", *Q, "2025-09-19T09:00:00", "2025-09-19", "2025-12-18")
p("fr_p25b", "LO-INV-61192", "sylvie.cote@videotron.ca", "quarterly", *Q, "2025-09-19T09:03:00", "2025-09-19", "2025-12-18")
m = R.mail("l25-jour-7", "Sylvie Côté <sylvie.cote@videotron.ca>", LO, "Facturée en double",
           "Bonjour,\n\nSur mon relevé de carte de crédit, l'abonnement trimestriel apparaît deux fois le 19 "
           "septembre (2 x 3 999,00 INR). Pouvez-vous annuler la deuxième transaction (LO-INV-61192) et me "
           "rembourser?\n\nMerci beaucoup\nSylvie Côté, Sherbrooke", "2025-09-26 09:00", EDT)
R.case("l25-jour-7-inclus", LOB, [m], "decided", [rf("approve", "3999.00")],
       spec="L3 day 7 inside: 2025-09-26 09:00 -04:00 = 18:30 IST 2025-09-26 = day 7 after 2025-09-19 -> L4 approve 3999.00. ('annuler la transaction' is not a plan cancellation.)")

# l26 day 8 because of the time zone (Québec afternoon)
c("jf.bouchard@bell.net", "Jean-François Bouchard", "monthly", start="2025-09-19", end="2025-10-18")
p("fr_p26a", "LO-INV-61201", "jf.bouchard@bell.net", "monthly", *M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
p("fr_p26b", "LO-INV-61202", "jf.bouchard@bell.net", "monthly", *M, "2025-09-19T10:04:00", "2025-09-19", "2025-10-18")
m = R.mail("l26-jour-8-fuseau", "Jean-François Bouchard <jf.bouchard@bell.net>", LO, "chargé 2 fois",
           "salut, vous m'avez chargé deux fois le 19, LO-INV-61202 est en double. remboursez svp. merci JF",
           "2025-09-26 15:30", EDT)
R.case("l26-jour-8-fuseau", LOB, [m], "decided", [rf("deny")],
       spec="L3: 2025-09-26 15:30 -04:00 = 2025-09-27 01:00 IST = day 8 after 2025-09-19 -> deny.")

# l27 wrong plan, HTML-only
c("manon.fournier@outlook.fr", "Manon Fournier", "annual", start="2025-09-27", end="2026-09-26")
p("fr_p27", "LO-INV-61211", "manon.fournier@outlook.fr", "annual", *A, "2025-09-27T16:00:00", "2025-09-27", "2026-09-26")
m = R.mail("l27-mauvaise-formule-html", "Manon Fournier <manon.fournier@outlook.fr>", LO, "Mauvaise formule facturée", None,
           "2025-09-28 14:00", CEST,
           html="<html><body><p>Bonjour,</p><p>J'ai choisi la formule <b>mensuelle</b> mais vous m'avez facturé "
                "l'<b>abonnement annuel</b> (11&nbsp;988,00&nbsp;INR, facture LO-INV-61211). Merci de corriger "
                "l'erreur de facturation et de me rembourser.</p><p>Cordialement,<br>Manon Fournier</p>"
                "<p style=\"color:#888\">Envoyé depuis Outlook pour Android</p></body></html>")
R.case("l27-mauvaise-formule", LOB, [m], "decided", [rf("escalate")],
       spec="L2 billing_error (wrong plan charged), day 1 -> L5 escalate; HTML-only body.")

# l28 access failure refund + cancellation (Côte d'Ivoire)
c("a.kouassi@kouassi-immo.example", "Aya Kouassi", "quarterly", start="2025-09-17", end="2025-12-16")
p("fr_p28", "LO-INV-61221", "a.kouassi@kouassi-immo.example", "quarterly", *Q, "2025-09-17T11:00:00", "2025-09-17", "2025-12-16")
m = R.mail("l28-acces-et-resiliation", "Aya Kouassi <a.kouassi@kouassi-immo.example>", LO, "Accès impossible - résiliation",
           "Bonjour,\n\nDepuis le paiement du 17, nous n'avons plus aucun accès au tableau de bord (erreur 503), "
           "malgré deux tickets au support. Je résilie l'abonnement trimestriel et je demande le remboursement de "
           "LO-INV-61221.\n\nAya Kouassi\nKouassi Immobilier, Abidjan", "2025-09-22 10:00", GMT)
R.case("l28-acces-et-resiliation", LOB, [m], "decided", [rf("escalate"), cn("cancel", "2025-12-16")],
       spec="L6 access_failure day 5 -> escalate; L8 cancellation at current_period_end 2025-12-16.")

# l29 voice dictation, changed mind + cancel
c("dylan.mercier@gmail.com", "Dylan Mercier", "monthly", start="2025-09-12", end="2025-10-11")
p("fr_p29", "LO-INV-61231", "dylan.mercier@gmail.com", "monthly", *M, "2025-09-12T18:00:00", "2025-09-12", "2025-10-11")
m = R.mail("l29-dictee", "dylan.mercier@gmail.com", LO, "abonnement",
           "bonjour j ai plus besoin de votre truc j ai change de boulot donc vous pouvez resilier et me rembourser "
           "le mois merci dylan\n\nEnvoyé de mon iPhone", "2025-09-15 18:00", CEST)
R.case("l29-dictee-resilier-rembourser", LOB, [m], "decided", [rf("deny"), cn("cancel", "2025-10-11")],
       spec="L1: a job change is no L2 reason -> refund deny; L8 cancel at current_period_end 2025-10-11.")

# l30 payment status disputed -> escalate
c("pierre.faure@free.fr", "Pierre Faure", "monthly", start="2025-09-21", end="2025-10-20")
p("fr_p30", "LO-INV-61241", "pierre.faure@free.fr", "monthly", *M, "2025-09-21T07:00:00", "2025-09-21", "2025-10-20",
  status="failed")
m = R.mail("l30-paiement-echoue", "Pierre Faure <pierre.faure@free.fr>", LO, "Montant erroné LO-INV-61241",
           "Bonjour,\n\nLe montant de la facture LO-INV-61241 est erroné, ce n'est pas le prix affiché. Merci de me "
           "rembourser.\n\nCordialement\nPierre Faure", "2025-09-24 10:00", CEST)
R.case("l30-paiement-non-paye", LOB, [m], "decided", [rf("escalate")],
       spec="Section 8: payment status failed (not paid) -> escalate (also an L5 billing error inside the window).")

# l31 +tag address -> C2
c("ines.garnier@gmail.com", "Inès Garnier", "monthly", start="2025-09-21", end="2025-10-20")
p("fr_p31", "LO-INV-61251", "ines.garnier@gmail.com", "monthly", *M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
m = R.mail("l31-plus-tag", "Inès Garnier <ines.garnier+pro@gmail.com>", LO, "résiliation",
           "Bonjour, merci de résilier mon abonnement. Mon compte est ines.garnier@gmail.com. Bonne journée, Inès",
           "2025-09-25 12:00", CEST)
R.case("l31-c2-plus-tag", LOB, [m], "need_info", rules=["C2"],
       spec="Section 8 addresses: ines.garnier+pro@gmail.com is another address than the registered ines.garnier@gmail.com -> C2.")

# l32 Swiss one-liner cancellation, annual
c("anne.rochat@romandie.com", "Anne Rochat", "annual", start="2025-01-25", end="2026-01-24")
p("fr_p32", "LO-INV-61261", "anne.rochat@romandie.com", "annual", *A, "2025-01-25T10:00:00", "2025-01-25", "2026-01-24")
m = R.mail("l32-une-ligne", "Anne Rochat <anne.rochat@romandie.com>", LO, "Abo",
           "Bonjour, je souhaite résilier mon abonnement annuel, merci de ne pas le reconduire. Meilleures "
           "salutations, A. Rochat", "2025-09-30 08:00", CEST)
R.case("l32-suisse-resiliation", LOB, [m], "decided", [cn("cancel", "2026-01-24")],
       spec="L8: cancel at current_period_end 2026-01-24.")

# l33 too expensive, explicitly no cancellation
c("arnaud.michel@orange.fr", "Arnaud Michel", "monthly", start="2025-09-29", end="2025-10-28")
p("fr_p33", "LO-INV-61271", "arnaud.michel@orange.fr", "monthly", *M, "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
m = R.mail("l33-trop-cher", "Arnaud Michel <arnaud.michel@orange.fr>", LO, "remboursement",
           "Bonjour,\n\n1 499 roupies par mois c'est trop cher pour ce que c'est, je voudrais être remboursé du "
           "paiement d'hier. Ne résiliez pas pour l'instant, je réfléchis encore.\n\nArnaud", "2025-09-30 09:30", CEST)
R.case("l33-trop-cher-sans-resiliation", LOB, [m], "decided", [rf("deny")],
       spec="L1: 'trop cher' is no exception -> deny; the explicit 'ne résiliez pas' adds no cancellation.")

# l34 C7: the brand's own address
m = R.mail("l34-propre-adresse", "LeadsOptima <noreply@leadsoptima.com>", LO, "Votre résiliation est confirmée [LO-3130]",
           "Bonjour Isabelle,\n\nNous confirmons la résiliation de votre abonnement mensuel. Votre compte reste actif "
           "jusqu'au 13/10/2025. Aucun remboursement des jours non utilisés.\n\nL'équipe LeadsOptima", "2025-09-22 21:00", tz(5, 30))
R.case("l34-c7-propre-adresse", LOB, [m], "ignore", rules=["C7"],
       spec="C7: mail from the brand's own address noreply@leadsoptima.com -> ignore (mentions résiliation/remboursement).")

# ---------------------------------------------------------------- Optima WebDesign
# o01 discovery not started (Belgium)
pj("Friterie Chez Jules", "contact@chezjules.example", None)
op("fr_w01", "OWD-2025-401", "Friterie Chez Jules", "discovery", "15000.00", "2700.00", "2025-09-24T15:00:00")
m = R.mail("o01-decouverte", "Friterie Chez Jules <contact@chezjules.example>", OWD,
           "Refund Request — Friterie Chez Jules / OWD-2025-401",
           "Bonjour,\n\nOn a décidé de reporter le site à l'année prochaine, on doit d'abord rénover la friterie. "
           "L'atelier de découverte n'a pas encore eu lieu. Pouvez-vous nous rembourser la facture OWD-2025-401 ?\n\n"
           "Merci, Jules Lemaire, Namur", "2025-09-26 10:00", CEST)
R.case("o01-decouverte-non-commencee", OWB, [m], "decided", [rf("approve", "15000.00")],
       spec="O1: discovery, work_started_at empty -> full refund 15000.00 before tax.")

# o02 discovery started -> deny
pj("Cabinet Dentaire Morel", "cabinet@dentaire-morel.example", "2025-09-18T11:00:00")
op("fr_w02", "OWD-2025-402", "Cabinet Dentaire Morel", "discovery", "12000.00", "2160.00", "2025-09-15T10:00:00")
m = R.mail("o02-decouverte-commencee", "Cabinet Dentaire Morel <cabinet@dentaire-morel.example>", OWD, "Remboursement découverte",
           "Bonjour,\n\nAprès le premier atelier du 18/09, nous préférons finalement travailler avec une agence "
           "locale. Merci de rembourser la facture owd 2025 402 (projet Cabinet Dentaire Morel).\n\n"
           "Dr Morel", "2025-09-22 12:00", CEST)
R.case("o02-decouverte-commencee", OWB, [m], "decided", [rf("deny")],
       spec="O1: work_started_at 2025-09-18 before the request -> deny.")

# o03 deposit within 72 h, email amount differs
pj("Domaine Vigneau Boutique", "contact@domaine-vigneau.example", None)
op("fr_w03", "OWD-2025-403", "Domaine Vigneau Boutique", "deposit", "40000.00", "7200.00", "2025-09-27T10:00:00")
m = R.mail("o03-acompte", "Domaine Vigneau <contact@domaine-vigneau.example>", OWD, "Acompte Domaine Vigneau Boutique",
           "Bonjour,\n\nNous avons réglé samedi l'acompte (facture OWD-2025-403, environ 48 000 roupies TTC). Notre "
           "associé a finalement coupé le budget, la boutique en ligne ne se fera pas cette année. Rien n'a encore "
           "été commencé, merci de nous rembourser.\n\nBien à vous,\nÉtienne Vigneau", "2025-09-29 08:00", CEST)
R.case("o03-acompte-48h", OWB, [m], "decided", [rf("approve", "40000.00")],
       spec="O2: paid 2025-09-27 10:00 IST, request 2025-09-29 11:30 IST = 49.5 h < 72 h, no work -> 40000.00 from the ledger (not the 48 000 in the email).")

# o04 deposit exactly 72 h (Cameroun) -> deny
pj("Auto-École Mbarga", "info@autoecole-mbarga.example", None)
op("fr_w04", "OWD-2025-404", "Auto-École Mbarga", "deposit", "25000.00", "4500.00", "2025-09-15T11:00:00")
m = R.mail("o04-72h-pile", "Auto-École Mbarga <info@autoecole-mbarga.example>", OWD, "Annulation acompte OWD-2025-404",
           "Bonjour,\n\nNous devons annuler le projet Auto-École Mbarga, mon associé se retire et l'école va être "
           "vendue. Merci de rembourser l'acompte OWD-2025-404.\n\nCordialement\nPaul Mbarga, Douala",
           "2025-09-18 06:30", WAT)
R.case("o04-acompte-72h-exactement", OWB, [m], "decided", [rf("deny")],
       spec="O2 + section 8: paid 2025-09-15 11:00 IST; 2025-09-18 06:30 +01:00 = 11:00 IST = exactly 72 h -> deny.")

# o05 deposit, work started -> deny
pj("Pharmacie du Centre", "pharmacie.centre@orange.fr", "2025-09-26T09:00:00")
op("fr_w05", "OWD-2025-405", "Pharmacie du Centre", "deposit", "30000.00", "5400.00", "2025-09-25T10:00:00")
m = R.mail("o05-travail-commence", "Pharmacie du Centre <pharmacie.centre@orange.fr>", OWD, "Acompte Pharmacie du Centre",
           "Madame, Monsieur,\n\nNous renonçons au projet car nous avons reçu une offre moins chère, et sollicitons "
           "le remboursement de l'acompte (OWD-2025-405).\n\nCordialement,\nLa direction", "2025-09-27 09:00", CEST)
R.case("o05-acompte-travail-commence", OWB, [m], "decided", [rf("deny")],
       spec="O2: request 2025-09-27 12:30 IST is within 72 h but after work_started_at 2025-09-26 09:00 -> deny.")

# o06 milestone not started -> approve
pj("Club de Hockey Les Castors", "tresorier@lescastors.example", "2025-09-01T10:00:00")
op("fr_w06", "OWD-2025-406", "Club de Hockey Les Castors", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00",
   milestone_status="not_started")
m = R.mail("o06-jalon", "Trésorier Les Castors <tresorier@lescastors.example>", OWD, "Jalon 2 - Club de Hockey Les Castors",
           "Bonjour,\n\nLe CA du club a décidé de laisser tomber l'espace membres (jalon 2, facture OWD-2025-406) "
           "parce qu'on utilise maintenant une appli de gestion d'équipe. Comme le jalon n'est pas commencé, on "
           "aimerait être remboursés.\n\nMerci!\nMartin Lavoie, trésorier", "2025-09-26 10:00", EDT)
R.case("o06-jalon-non-commence", OWB, [m], "decided", [rf("approve", "20000.00")],
       spec="O3: milestone not_started -> refund 20000.00 before tax.")

# o07 milestone in progress -> escalate (Suisse)
pj("Hôtel du Lac Montreux", "direction@hoteldulac.example", "2025-09-01T10:00:00")
op("fr_w07", "OWD-2025-407", "Hôtel du Lac Montreux", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00",
   milestone_status="in_progress")
m = R.mail("o07-jalon-en-cours", "Direction Hôtel du Lac <direction@hoteldulac.example>", OWD, "Module de réservation - arrêt",
           "Bonjour,\n\nNous arrêtons le module de réservation (Hôtel du Lac Montreux, OWD-2025-407), notre "
           "channel manager le propose désormais. Merci de nous rembourser la part du travail non réalisée.\n\n"
           "Meilleures salutations\nC. Jaquier, directeur", "2025-09-25 16:00", CEST)
R.case("o07-jalon-en-cours", OWB, [m], "decided", [rf("escalate")],
       spec="O3: milestone in_progress -> escalate.")

# o08 milestone approved -> deny
pj("Boutique Élise Mode", "elise@elise-mode.example", "2025-08-01T10:00:00")
op("fr_w08", "OWD-2025-408", "Boutique Élise Mode", "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00",
   milestone_status="approved")
m = R.mail("o08-jalon-valide", "Élise Mode <elise@elise-mode.example>", OWD, "maquettes",
           "Bonjour, finalement les maquettes (Boutique Élise Mode, OWD-2025-408) ne me plaisent plus, je les "
           "trouve trop froides, même si je les avais validées. Je voudrais être remboursée. Élise",
           "2025-09-24 11:00", CEST)
R.case("o08-jalon-approuve", OWB, [m], "decided", [rf("deny")], spec="O3/O6: milestone approved -> deny.")

# o09 retainer, >= 7 days -> cancel
pj("Cabinet Lefèvre SEO", "m.lefevre@cabinet-lefevre.example", "2025-06-01T10:00:00")
op("fr_w09", "OWD-2025-409", "Cabinet Lefèvre SEO", "retainer", "18000.00", "3240.00", "2025-09-16T10:00:00",
   next_billing_at="2025-10-16", period_start="2025-09-16", period_end="2025-10-15")
m = R.mail("o09-forfait-preavis", "Maître Lefèvre <m.lefevre@cabinet-lefevre.example>", OWD, "Résiliation accompagnement SEO",
           "Madame, Monsieur,\n\nJe mets fin à l'accompagnement SEO mensuel (Cabinet Lefèvre SEO, dernière facture "
           "OWD-2025-409), notre cabinet fusionnant avec un confrère qui dispose déjà de son propre prestataire.\n\n"
           "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nMe Anne Lefèvre, avocate", "2025-09-24 10:00", CEST)
R.case("o09-forfait-7-jours-avant", OWB, [m], "decided", [cn("cancel", "2025-10-15")],
       spec="O4/O8: 2025-09-24 <= 2025-10-16 - 7 = 2025-10-09 -> next charge avoided, effective 2025-10-15. (An avocate as sender is no C4 threat.)",
       ambiguous='The sender signs as avocate; C4 names "mentions of lawyers", meant as threats: no threat is made here, so C4 should not fire, but a literal reading could escalate.')

# o10 retainer, < 7 days -> next cycle billed
pj("Garage Leclerc Réseaux Sociaux", "marketing@garage-leclerc.example", "2025-05-01T10:00:00")
op("fr_w10", "OWD-2025-410", "Garage Leclerc Réseaux Sociaux", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00",
   next_billing_at="2025-10-01", period_start="2025-09-01", period_end="2025-09-30")
m = R.mail("o10-forfait-court", "Garage Leclerc <marketing@garage-leclerc.example>", OWD, "Fin de la gestion réseaux sociaux",
           "Bonjour,\n\nMerci de mettre fin à la gestion des réseaux sociaux (projet Garage Leclerc Réseaux "
           "Sociaux, OWD-2025-410) : à partir d'octobre, c'est notre alternante qui s'en charge.\n\n"
           "Bonne journée,\nLaura Leclerc", "2025-09-26 15:00", CEST)
R.case("o10-forfait-moins-7-jours", OWB, [m], "decided", [cn("cancel", "2025-10-31")],
       spec="O4: 2025-09-26 after 2025-10-01 - 7 = 2025-09-24 -> next cycle (2025-10-01..2025-10-31) billed; effective 2025-10-31.")

# o11 retainer prepaid -> escalate
pj("Atelier d'Architecture Roux", "agence@archi-roux.example", "2025-04-01T10:00:00")
op("fr_w11a", "OWD-2025-411", "Atelier d'Architecture Roux", "retainer", "15000.00", "2700.00", "2025-09-01T10:00:00",
   next_billing_at="2025-10-01", period_start="2025-09-01", period_end="2025-09-30")
op("fr_w11b", "OWD-2025-412", "Atelier d'Architecture Roux", "retainer", "15000.00", "2700.00", "2025-09-15T10:00:00",
   next_billing_at="2025-11-01", period_start="2025-10-01", period_end="2025-10-31")
m = R.mail("o11-forfait-prepaye", "Atelier Roux <agence@archi-roux.example>", OWD, "Résiliation contrat de maintenance",
           "Bonjour,\n\nNous résilions le contrat mensuel (Atelier d'Architecture Roux, factures OWD-2025-411 et "
           "OWD-2025-412) : nous allons gérer le site en interne. Octobre est déjà payé d'avance.\n\n"
           "Cordialement,\nSandrine Roux, architecte DPLG", "2025-09-17 09:00", CEST)
R.case("o11-forfait-paye-d-avance", OWB, [m], "decided", [cn("escalate")],
       spec="Section 8 retainer paid in advance: October already paid (OWD-2025-412), notice >= 7 days -> escalate.")

# o12 hosting within 14 days, refund + cancel
pj("Kiné Dupont Hébergement", "cabinet@kine-dupont.example", None)
op("fr_w12", "OWD-2025-413", "Kiné Dupont Hébergement", "hosting_annual", "24000.00", "4320.00", "2025-09-17T10:00:00",
   setup_fee="2400.00", service_start="2025-09-18")
m = R.mail("o12-hebergement-14j", "Cabinet Kiné Dupont <cabinet@kine-dupont.example>", OWD,
           "Résiliation hébergement + remboursement",
           "Bonjour,\n\nNous migrons le site chez l'éditeur de notre logiciel de cabinet, qui inclut l'hébergement. "
           "Merci de résilier l'hébergement annuel (Kiné Dupont Hébergement, OWD-2025-413) et de nous rembourser "
           "le reste.\n\nCordialement,\nMarion Dupont", "2025-09-30 12:00", CEST)
R.case("o12-hebergement-dans-14-jours", OWB, [m], "decided", [rf("approve", "19800.00")], extra_ok=True,
       spec="O5: request day 12 after service_start 2025-09-18; monthly_value (24000-2400)/12 = 1800; 24000 - 2400 - 1800 = 19800.00. A cancellation decision beside it is harmless.")

# o13 maintenance uneven amount, setup fee
pj("Fleuriste Rose & Lys Maintenance", "roseetlys@gmail.com", None)
op("fr_w13", "OWD-2025-414", "Fleuriste Rose & Lys Maintenance", "maintenance_annual", "8999.00", "1619.82", "2025-09-21T10:00:00",
   setup_fee="500.00", service_start="2025-09-22")
m = R.mail("o13-maintenance", "Rose & Lys <roseetlys@gmail.com>", OWD, "Contrat maintenance Fleuriste Rose & Lys Maintenance",
           "Bonjour,\n\nJe ferme la boutique fin décembre (départ à la retraite), je n'ai donc plus besoin du "
           "contrat de maintenance (facture OWD-2025-414, 8 999 roupies). Pouvez-vous me rembourser au prorata ?\n\n"
           "Merci, Josiane", "2025-09-30 10:00", CEST)
R.case("o13-maintenance-montant-impair", OWB, [m], "decided", [rf("approve", "7790.75")], extra_ok=True,
       spec="O5: day 8 after service_start 2025-09-22; monthly_value (8999-500)/12 = 708.25; 8999 - 500 - 708.25 x 1 = 7790.75.")

# o14 hosting after 14 days -> deny
pj("Boulangerie Diallo Hébergement", "boulangerie.diallo@orange.sn", None)
op("fr_w14", "OWD-2025-415", "Boulangerie Diallo Hébergement", "hosting_annual", "12000.00", "2160.00", "2025-08-31T10:00:00",
   setup_fee="1200.00", service_start="2025-09-01")
m = R.mail("o14-hebergement-tard", "Boulangerie Diallo <boulangerie.diallo@orange.sn>", OWD, "remboursement hebergement",
           "Bonjour, mon neveu va heberger le site gratuitement, donc je veux le remboursement de l hebergement "
           "(Boulangerie Diallo Hébergement, OWD-2025-415). Merci. Awa Diallo", "2025-09-19 12:00", GMT)
R.case("o14-hebergement-apres-14-jours", OWB, [m], "decided", [rf("deny")],
       spec="O5: service_start 2025-09-01, request 2025-09-19 17:30 IST = day 18 > 14 -> deny.")

# o15 third-party (theme licence) -> deny
pj("Boucherie Lemoine", "boucherie.lemoine@wanadoo.fr", "2025-08-01T10:00:00")
op("fr_w15", "OWD-2025-416", "Boucherie Lemoine", "third_party", "3500.00", "630.00", "2025-09-25T10:00:00")
m = R.mail("o15-licence-theme", "Boucherie Lemoine <boucherie.lemoine@wanadoo.fr>", "Optima WebDesign Facturation <billing@optimawebdesign.com>", "Licence thème",
           "Bonjour, vous nous avez facturé une licence de thème premium (projet Boucherie Lemoine, OWD-2025-416) "
           "alors que le thème gratuit nous convenait très bien. Merci de rembourser. Cdlt, G. Lemoine",
           "2025-09-26 08:00", CEST)
R.case("o15-licence-tierce", OWB, [m], "decided", [rf("deny")], spec="O6: kind third_party (theme licence) -> deny. C1: sent to billing@optimawebdesign.com, an Optima address.")

# o16 setup fee -> deny
pj("Traiteur Saveurs d'Afrique", "contact@saveurs-afrique.example", "2025-09-10T10:00:00")
op("fr_w16", "OWD-2025-417", "Traiteur Saveurs d'Afrique", "setup", "6000.00", "1080.00", "2025-09-10T10:00:00")
m = R.mail("o16-frais-installation", "Saveurs d'Afrique <contact@saveurs-afrique.example>", OWD, "Frais de mise en place",
           "Bonsoir, les frais de mise en place (Traiteur Saveurs d'Afrique, OWD-2025-417) nous paraissent injustifiés "
           "puisque nous avons fourni tous les contenus nous-mêmes. Merci de nous les rembourser. Fatou Ndiaye",
           "2025-09-23 19:00", GMT)
R.case("o16-setup-non-remboursable", OWB, [m], "decided", [rf("deny")], spec="O6: kind setup -> deny.")

# o17 C2 Optima
pj("Syndic Perrin", "gestion@syndic-perrin.example", None)
op("fr_w17", "OWD-2025-418", "Syndic Perrin", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00")
m = R.mail("o17-c2-perso", "Gilles Perrin <gilles.perrin@hotmail.fr>", OWD, "Acompte Syndic Perrin",
           "Bonjour,\n\nJe vous écris de ma boîte perso, celle du cabinet (gestion@syndic-perrin.example) ne marche "
           "plus depuis hier. L'assemblée générale n'a pas voté le budget, nous annulons. Merci de rembourser "
           "l'acompte OWD-2025-418.\n\nG. Perrin", "2025-09-30 08:00", CEST)
R.case("o17-c2-adresse-perso", OWB, [m], "need_info", rules=["C2"],
       spec="C2: the sender is not the contract email gestion@syndic-perrin.example -> need_info, nothing disclosed.")

# o18 missing reason -> need_info reason
pj("Salon Coiffure Nadia", "salon.nadia@gmail.com", None)
op("fr_w18", "OWD-2025-419", "Salon Coiffure Nadia", "deposit", "18000.00", "3240.00", "2025-09-29T16:00:00")
m = R.mail("o18-sans-motif", "Salon Coiffure Nadia <salon.nadia@gmail.com>", OWD, "Refund Request — Salon Coiffure Nadia",
           "Bonjour,\n\nJe vous prie de bien vouloir me rembourser l'acompte versé pour le projet Salon Coiffure "
           "Nadia.\n\nMerci d'avance et belle journée !\n\nNadia Benali\nGérante\nSalon Coiffure Nadia - 5 rue des "
           "Lilas - 13001 Marseille\nCe message est confidentiel.", "2025-09-30 11:00", CEST)
R.case("o18-motif-manquant", OWB, [m], "need_info", missing=["reason"],
       spec="Section 8: courtesy lines and signature are no reason -> need_info reason; the invoice is filled from the project's one payment.")

# o19 C4 chargeback
pj("Studio Yoga Lumière", "bonjour@yoga-lumiere.example", "2025-09-20T10:00:00")
op("fr_w19", "OWD-2025-420", "Studio Yoga Lumière", "milestone", "16000.00", "2880.00", "2025-09-12T10:00:00",
   milestone_status="in_progress")
m = R.mail("o19-c4-contestation", "Studio Yoga Lumière <bonjour@yoga-lumiere.example>", OWD, "Réclamation OWD-2025-420",
           "Bonjour,\n\nLe projet Studio Yoga Lumière a trois semaines de retard et personne ne répond. Je veux être "
           "remboursée pour OWD-2025-420. J'ai déjà lancé une contestation du paiement auprès de ma banque "
           "(rétrofacturation).\n\nClaire", "2025-09-27 20:00", CEST)
R.case("o19-c4-retrofacturation", OWB, [m], "decided", [rf("escalate")], rules=["C4"],
       spec="C4: a payment dispute / chargeback with the bank -> escalate.")

# o20 Optima cancellation without reason
pj("Pépinière Blanc Entretien", "pepiniere.blanc@free.fr", "2025-03-01T10:00:00")
op("fr_w20", "OWD-2025-421", "Pépinière Blanc Entretien", "retainer", "9000.00", "1620.00", "2025-09-10T10:00:00",
   next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
m = R.mail("o20-resiliation-sans-motif", "Pépinière Blanc <pepiniere.blanc@free.fr>", OWD, "Résiliation",
           "Bonjour, nous résilions l'entretien du site pour Pépinière Blanc Entretien. Merci de confirmer.\n"
           "Cordialement, Robert Blanc", "2025-09-25 17:00", CEST)
R.case("o20-resiliation-sans-motif", OWB, [m], "need_info", missing=["reason"],
       spec="Section 8: Optima requires a reason for cancellations too -> need_info reason.")

# o21 thread answering need_info -> approve
pj("Menuiserie Gauthier", "contact@menuiserie-gauthier.example", None)
op("fr_w21", "OWD-2025-422", "Menuiserie Gauthier", "deposit", "22000.00", "3960.00", "2025-09-28T12:00:00")
m1 = R.mail("o21-1-acompte", "Menuiserie Gauthier <contact@menuiserie-gauthier.example>", OWD, "Acompte Menuiserie Gauthier",
            "Bonjour, merci de rembourser l'acompte OWD-2025-422 pour Menuiserie Gauthier. Cordialement, Alain Gauthier",
            "2025-09-29 09:00", CEST)
m2 = R.mail("o21-2-motif", "Menuiserie Gauthier <contact@menuiserie-gauthier.example>", OWD, "RE: Acompte Menuiserie Gauthier",
            "Le motif : mon beau-frère va finalement nous faire le site, décision prise en famille.\n\nAlain Gauthier\n\n"
            "De : Optima WebDesign <optimawebdesigns12@gmail.com>\nEnvoyé : lundi 29 septembre 2025 10:20\n"
            "Objet : Re: Acompte Menuiserie Gauthier\n\nMerci de nous indiquer le motif de votre demande.",
            "2025-09-29 13:00", CEST, parent=m1)
R.case("o21-fil-motif-fourni", OWB, [m1, m2], "decided", [rf("approve", "22000.00")],
       spec="C3 thread: the reason comes in the reply; O2 request time = first email 2025-09-29 12:30 IST = 24.5 h after payment, no work -> 22000.00.")

# o22 C2 via an Apple Mail forward
pj("Imprimerie Chevalier", "direction@imprimerie-chevalier.example", None)
op("fr_w22", "OWD-2025-423", "Imprimerie Chevalier", "discovery", "10000.00", "1800.00", "2025-09-26T10:00:00")
m = R.mail("o22-transfert", "Secrétariat Imprimerie Chevalier <secretariat@imprimerie-chevalier.example>", OWD,
           "Fwd: Découverte Imprimerie Chevalier",
           "Voir ci-dessous.\n\nDébut du message réexpédié :\n\nDe: Bernard Chevalier <direction@imprimerie-chevalier.example>\n"
           "Objet: Découverte Imprimerie Chevalier\nDate: 29 septembre 2025 à 08:10:12 UTC+2\n"
           "À: Secrétariat <secretariat@imprimerie-chevalier.example>\n\nMerci d'écrire à Optima que nous annulons "
           "la phase de découverte (OWD-2025-423) et souhaitons être remboursés : l'imprimerie est vendue. "
           "L'adresse du contrat est direction@imprimerie-chevalier.example.\nB. Chevalier", "2025-09-29 09:00", CEST)
R.case("o22-c2-transfert", OWB, [m], "need_info", rules=["C2"],
       spec="Section 8 forwards: the forwarded request names the contract email direction@..., the sender is secretariat@ -> C2.")

# o23 change request -> deny (Québec)
pj("Cabane à Sucre Pelletier", "info@cabane-pelletier.example", "2025-07-01T10:00:00")
op("fr_w23", "OWD-2025-424", "Cabane à Sucre Pelletier", "change_request", "4500.00", "810.00", "2025-09-22T10:00:00")
m = R.mail("o23-demande-changement", "Cabane à Sucre Pelletier <info@cabane-pelletier.example>", OWD, "Modification à rembourser",
           "Bonjour, la modif du module de réservation (Cabane à Sucre Pelletier, OWD-2025-424) on n'en a plus "
           "besoin, on est fermés jusqu'au printemps de toute façon. Remboursez-nous svp. Merci! Réjean",
           "2025-09-24 09:00", EDT)
R.case("o23-demande-modification", OWB, [m], "decided", [rf("deny")], spec="O6: kind change_request -> deny.")

R.write()
