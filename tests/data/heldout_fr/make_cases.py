"""Held-out language round, French (tests/data/heldout_fr/): customers in France, Belgium, Switzerland, Québec
and West Africa writing to LeadsOptima and Optima WebDesign in French.  The facts and the expected decisions are
the shared scenarios of tests/data/langkit.py (written from POLICY_SPEC.md alone); this file gives the people
and the mail.  Amounts use French digit grouping (spaces, some of them U+202F / U+00A0).

Run: python3 tests/data/heldout_fr/make_cases.py   (rewrites ledger.json, emails/ and expected.json here)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # langkit.py, casekit.py
from langkit import Lang  # noqa: E402

NB = "\u202f"  # narrow no-break space, as French keyboards and Outlook write it
NBSP = "\u00a0"

PEOPLE = {
    "dup": ("Camille Martin", "orange.fr"), "dup7": ("Nicolas Bernard", "bernard-conseil.fr"),
    "dup8": ("Sophie Dubois", "free.fr"), "dup1": ("Julien Lefèvre", "lefevre-info.be"),
    "dup3": ("Aurélie Moreau", "gmail.com"), "berr": ("Mathieu Laurent", "laurent-immobilier.fr"),
    "berrout": ("Céline Simon", "outlook.fr"), "past": ("Antoine Michel", "gmail.com"),
    "acc": ("Émilie Garcia", "cabinet-garcia.fr"), "accout": ("Maxime Roux", "bluewin.ch"),
    "l1": ("Isabelle Fournier", "gmail.com"), "l1c": ("Pierre Girard", "girard-renovation.fr"),
    "trial": ("Chloé Bonnet", "gmail.com"), "hypo": ("Hugo Lambert", "lambert-marketing.ca"),
    "cm": ("Nathalie Fontaine", "studio-fontaine.fr"), "ca": ("François Rousseau", "rousseau-associes.fr"),
    "cq": ("Manon Vincent", "gmail.com"), "cnr": ("Thomas Mercier", "garage-mercier.fr"),
    "thr": ("Laura Blanc", "gmail.com"), "mreason": ("Olivier Guérin", "guerin-assurances.fr"),
    "c2": ("Sandrine Faure", "kine-faure.fr"), "fwdok": ("Kevin André", "andre-logistique.fr"),
    "fwdboss": ("Bertrand Chevalier", "chevalier-architectes.fr"), "cb": ("Amadou Diallo", "gmail.com"),
    "legal": ("Luc Gauthier", "gauthier-import.fr"),
}
PROJECTS = {
    "disc": ("Domaine des Coteaux", "contact@domainedescoteaux.fr", "Domaine des Coteaux"),
    "disc2": ("Cabinet Dentaire Sourire", "gestion@cabinet-sourire.fr", "Dr Hélène Perrin"),
    "dep": ("Boulangerie Paris Gourmand", "bonjour@parisgourmand.fr", "Monique Lemoine"),
    "dep72": ("Gîte Vue sur Mer", "reservation@gite-vuesurmer.fr", "Gîte Vue sur Mer"),
    "depw": ("Quincaillerie Frères Morel", "achats@quincaillerie-morel.fr", "Georges Morel"),
    "ms": ("Portail Immobilier Côte d'Azur", "dsi@immo-cotedazur.fr", "DSI Immo Côte d'Azur"),
    "host": ("École de Langues Babel", "direction@ecole-babel.fr", "École Babel"),
    "maint": ("Librairie du Marché", "librairie@dumarche.fr", "Librairie du Marché"),
    "maintr": ("Pâtisserie La Madeleine", "commandes@lamadeleine.fr", "Rose - La Madeleine"),
    "nonref": ("Boutique en ligne Artisanat Breton", "ventes@artisanat-breton.fr", "Artisanat Breton"),
    "ret8": ("Salle de sport ForceMax", "admin@forcemax.fr", "Administration ForceMax"),
    "ret7": ("Optique Vision Claire", "contact@optique-visionclaire.ch", "Optique Vision Claire"),
    "ret5": ("Garage Roue Libre", "atelier@garage-rouelibre.fr", "Garage Roue Libre"),
    "cproj": ("Fleuriste Printemps", "fleurs@fleuriste-printemps.be", "Fleuriste Printemps"),
    "thr": ("École de Surf Vague Bleue", "info@vaguebleue.fr", "École de Surf Vague Bleue"),
    "failed": ("Café Central Montréal", "admin@cafecentral.ca", "Café Central"),
}
EXTRA = {"c2_personal": "sandrine.faure.perso@gmail.com", "unknown": "remi.petit@petit-evenements.fr",
         "assistant": "secretariat@chevalier-architectes.fr", "ow_personal": "marc.coteaux@gmail.com",
         "prospect": "sophie.leroy@leroy-deco.fr"}

T = {
    # ---------------- LeadsOptima
    "l01-dup-inside": dict(
        subject="Double prélèvement sur mon abonnement",
        body=f"Bonjour,\n\nle 3 septembre, l'abonnement mensuel de 1{NB}499,00 ₹ m'a été prélevé deux fois à "
             "quelques minutes d'intervalle. La seconde facture est la {i[dup_2]}. Pourriez-vous me rembourser "
             "le prélèvement en double ?\n\nCordialement,\nCamille Martin\n"),
    "l02-dup-day7": dict(
        subject="Forfait trimestriel débité deux fois",
        body="Bonsoir,\n\nen vérifiant mon relevé, je vois que le 20/08/2025 j'ai été débité deux fois de "
             "3 999,00 INR pour le forfait trimestriel (factures {i[dup7]} et {i[dup7_2]}). Je n'ai qu'un seul "
             "compte. Je demande le remboursement du débit en double, facture {i[dup7_2]}.\n\nBien à vous,\n"
             "Nicolas Bernard\nBernard Conseil\n"),
    "l03-dup-day8": dict(
        subject="Abonnement annuel payé deux fois",
        body=f"Bonjour,\n\nle 10 juillet, l'abonnement annuel a été facturé deux fois (11{NBSP}988,00 ₹ chacun). "
             "La facture en double est la {i[dup8_2]}. Merci de me rembourser le second paiement.\n\n"
             "Sophie Dubois\n"),
    "l04-dup-no-pair": dict(
        subject="Paiement en double",
        body="Bonjour,\n\nsur ma carte, je vois que la mensualité du 22/09/2025 a été prélevée deux fois. Je "
             "vous demande le remboursement du paiement en double. Facture : {i[dup1]}.\n\nMerci d'avance,\n"
             "Julien Lefèvre\nLefèvre Informatique, Liège\n"),
    "l05-dup-three-charges": dict(
        subject="Trois prélèvements identiques le même jour !",
        body=f"Bonjour l'équipe LeadsOptima,\n\nle 15 septembre, votre système a prélevé trois fois "
             "l'abonnement mensuel : {i[dup3]}, {i[dup3_2]} et {i[dup3_3]}, 1" + NB + "499,00 ₹ chacun. Il ne devait "
             "évidemment y en avoir qu'un seul. Je souhaite être remboursée des prélèvements en double.\n\n"
             "Aurélie Moreau\n"),
    "l06-billing-error-wrong-plan": dict(
        subject="Mauvaise formule facturée",
        body="Bonjour,\n\nvendredi 26 septembre, j'ai été facturé 3 999,00 ₹ pour la formule trimestrielle alors "
             "que j'avais choisi la formule mensuelle. Il s'agit d'une erreur de facturation. Facture "
             "{i[berr]}. Je demande le remboursement de ce montant.\n\nCordialement,\nMathieu Laurent\n"
             "Laurent Immobilier\n"),
    "l07-billing-error-outside": dict(
        subject="Montant erroné sur la facture {i[berrout]}",
        body="Bonjour,\n\nle 1er août, j'ai été prélevée de 11 988,00 ₹ pour l'abonnement annuel, alors que le "
             "tarif convenu avec votre commercial était inférieur ; le montant est erroné. Je demande le "
             "remboursement de la facture {i[berrout]}.\n\nMerci,\nCéline Simon\n"),
    "l08-charged-after-cancelled": dict(
        subject="Prélevé alors que j'ai résilié",
        body="Bonjour,\n\nj'ai déjà résilié mon abonnement en août via Billing > Cancel Plan et pourtant, le "
             f"18 septembre, vous m'avez encore prélevé 1{NB}499,00 ₹ (facture {{i[past]}}). Je veux être "
             "remboursé de cette somme.\n\nAntoine Michel\n"),
    "l09-access-inside": dict(
        subject="Impossible d'accéder à la plateforme",
        body="Bonjour,\n\nj'ai payé l'abonnement annuel le 24 septembre (facture {i[acc]}) et depuis le "
             "lendemain je n'arrive plus à me connecter : la page tourne puis affiche une erreur. Le chat n'a "
             "rien résolu. Je demande le remboursement du paiement.\n\nSincères salutations,\nÉmilie Garcia\n"
             "Cabinet Garcia\n"),
    "l10-access-outside": dict(
        subject="Plus d'accès - remboursement",
        body="Bonjour,\n\ndepuis des semaines je ne peux plus entrer dans mon compte, le tableau de bord ne se "
             "charge pas. J'ai payé le 5 août (facture {i[accout]}, forfait mensuel). Je demande un "
             "remboursement.\n\nMaxime Roux\n"),
    "l11-not-using-refund": dict(
        subject="Demande de remboursement",
        body="Bonjour,\n\nfinalement je n'utilise pas l'outil, je n'ai pas eu le temps de le configurer. "
             "J'aimerais être remboursée du paiement du 20 septembre, facture {i[l1]}, forfait mensuel.\n\n"
             "Merci,\nIsabelle Fournier\n"),
    "l12-unused-months-refund-and-cancel": dict(
        subject="Résiliation et remboursement des mois restants",
        body="Bonjour,\n\nje résilie mon forfait trimestriel car nous fermons l'entreprise à la fin du mois. Je "
             "vous demande aussi de me rembourser la partie d'octobre et de novembre que je n'utiliserai pas "
             "(facture {i[l1c]}).\n\nCordialement,\nPierre Girard\nGirard Rénovation SARL\n"),
    "l13-trial-refund": dict(
        subject="Remboursement",
        body="Bonjour, je suis en période d'essai et le produit ne me convainc pas. Merci de me rembourser ce "
             "que vous m'avez prélevé.\n\nChloé Bonnet\n"),
    "l14-hypothetical-before-buying": dict(
        subject="Question avant de souscrire l'abonnement annuel",
        body="Bonjour,\n\nje teste LeadsOptima et j'envisage de prendre l'abonnement annuel. Si je le prends et "
             "qu'au bout de deux mois je vois que ça ne me convient pas, est-ce que vous me rembourseriez les "
             "mois non utilisés ? Je préfère le savoir avant de payer.\n\nMerci,\nHugo Lambert\n"
             "Lambert Marketing, Montréal\n"),
    "l15-cancel-period-end": dict(
        subject="Résiliation de mon abonnement",
        body="Bonjour,\n\nmerci de résilier mon forfait mensuel. Nous avons décidé de gérer à nouveau nos "
             "prospects dans notre propre CRM.\n\nBien cordialement,\nNathalie Fontaine\nStudio Fontaine\n"),
    "l16-cancel-annual-fallback": dict(
        subject="Résiliation abonnement annuel",
        body="Madame, Monsieur,\n\npar la présente, nous résilions notre abonnement annuel LeadsOptima. Nous ne "
             "le renouvellerons pas car notre service commercial change d'outil.\n\nVeuillez agréer nos "
             "salutations distinguées.\nFrançois Rousseau\nRousseau & Associés\n"),
    "l17-cancel-quarterly-month-end-html": dict(
        subject="Résilier le forfait trimestriel", body=None,
        html="<html><body><div style='font-family:Calibri'><p>Bonjour,</p><p>Je souhaite <b>résilier</b> mon "
             "abonnement trimestriel. La raison&nbsp;: nous n'avons plus besoin de la prospection "
             "automatique.</p><p>Merci,<br>Manon Vincent</p><p style='color:#888'>Envoyé de mon iPhone</p>"
             "</div></body></html>"),
    "l18-cancel-negated-refund": dict(
        subject="Résiliation",
        body="Bonjour, je ne demande pas de remboursement, je veux seulement résilier l'abonnement mensuel pour "
             "qu'il ne soit pas reconduit.\n\nThomas Mercier\nGarage Mercier\n"),
    "l19a-thread-dup-no-invoice": dict(
        subject="Prélèvement en double",
        body="Bonjour,\n\nhier (26/09) vous avez prélevé deux fois la mensualité. Merci de me rembourser l'un "
             "des deux prélèvements.\n\nLaura Blanc\n"),
    "l19b-thread-dup-answer": dict(
        subject="RE: Prélèvement en double",
        body="Re-bonjour,\n\nla facture du prélèvement en double est {i[thr_2]}.\n\nMerci,\nLaura\n\n"
             "Le sam. 27 sept. 2025 à 10:00, Laura Blanc a écrit :\n> Bonjour,\n> hier (26/09) vous avez "
             "prélevé deux fois la mensualité.\n"),
    "l20-missing-reason": dict(
        subject="Remboursement facture {i[mreason]}",
        body="Madame, Monsieur,\n\nje sollicite le remboursement de la facture {i[mreason]}.\n\nDans l'attente "
             "de votre retour.\n\nOlivier Guérin\nGuérin Assurances\n"),
    "l21-c2-other-address": dict(
        subject="Prélevée deux fois", sender="Sandrine Faure <{e[c2_personal]}>",
        body="Bonjour, je vous écris depuis mon adresse personnelle. Mon e-mail enregistré chez LeadsOptima "
             "est {e[c2]}. Le 10 septembre j'ai été prélevée deux fois, facture {i[c2]}. Pouvez-vous me dire "
             "quels paiements figurent sur mon compte et me rembourser le doublon ?\n\nSandrine Faure\n"),
    "l22-unknown-sender": dict(
        subject="Résilier mon compte", sender="Rémi Petit <{e[unknown]}>",
        body="Bonjour, je souhaite résilier mon compte LeadsOptima, nous n'en avons plus besoin.\n\nRémi Petit\n"
             "Petit Événements\n"),
    "l23-forward-own-request": dict(
        subject="TR: Double prélèvement abonnement annuel",
        body="Je vous transfère mon message, envoyé par erreur à info@ tout à l'heure.\n\n"
             "-------- Message transféré --------\nDe : Kevin André <{e[fwdok]}>\nDate : lun. 29 sept. 2025 à "
             "18:40\nObjet : Double prélèvement abonnement annuel\nÀ : <info@leadsoptima.com>\n\nBonjour, "
             "aujourd'hui l'abonnement annuel a été prélevé deux fois, 11 988,00 ₹ chaque fois. Le second est "
             "le {i[typed_fwdok_2]}. Je demande le remboursement du prélèvement en double.\nKevin André\n"),
    "l24-forward-by-assistant-c2": dict(
        subject="TR: Remboursement LeadsOptima", sender="Secrétariat Chevalier Architectes <{e[assistant]}>",
        body="Bonjour, je vous transfère la demande de M. Chevalier.\n\n"
             "-------- Message transféré --------\nDe : Bertrand Chevalier\nDate : dim. 7 sept. 2025\n"
             "Objet : Remboursement LeadsOptima\n\nAgnès, merci de transférer à LeadsOptima : mon e-mail "
             "enregistré est {e[fwdboss]}, forfait trimestriel. Depuis le 6 septembre je ne peux plus accéder "
             "à la plateforme, le tableau de bord ne charge pas. Je demande le remboursement de la facture "
             "{i[fwdboss]}.\n"),
    "l25-chargeback-threat": dict(
        subject="Remboursement immédiat ou opposition bancaire",
        body="Bonjour,\n\nle 10 septembre vous m'avez prélevé 1 499,00 ₹ (facture {i[cb]}) et l'outil ne "
             "correspond pas à ce que j'attendais. Si je ne suis pas remboursé cette semaine, je conteste le "
             "paiement auprès de ma banque (chargeback).\n\nAmadou Diallo\nDakar\n"),
    "l26-legal-threat-cancel-and-refund": dict(
        subject="Résiliation et remboursement - mise en demeure",
        body="Madame, Monsieur,\n\nje vous notifie la résiliation de mon forfait trimestriel et exige le "
             "remboursement intégral de la facture {i[legal]}. Le service ne correspond pas à ce qui a été "
             "promis. Sans réponse sous 48 heures, je confie le dossier à mon avocat et saisis une association "
             "de consommateurs.\n\nLuc Gauthier\nGauthier Import SAS\n"),
    "l27-auto-reply": dict(
        subject="Réponse automatique : Votre facture LeadsOptima",
        body="Merci pour votre message. Je suis absente du bureau jusqu'au 6 octobre et n'ai pas accès à mes "
             "e-mails. Pour toute urgence, contactez compta@studio-fontaine.fr.\n\nNathalie Fontaine\n"),

    # ---------------- Optima WebDesign
    "o01-discovery-not-started": dict(
        subject="Demande de remboursement — Domaine des Coteaux / {i[ow_disc]}",
        body="Bonjour,\n\nnous avons réglé la phase de découverte (12 000,00 ₹ HT) le 22 septembre, mais aucune "
             "séance n'a encore eu lieu. La direction a reporté le projet de site à 2026 ; nous demandons donc "
             "le remboursement de la facture {i[ow_disc]}.\n\nCordialement,\nDomaine des Coteaux\n"),
    "o02-discovery-started": dict(
        subject="Remboursement phase stratégie",
        body="Bonjour,\n\nnous souhaitons le remboursement de la facture {i[ow_disc2]} (phase de stratégie du "
             "projet Cabinet Dentaire Sourire). Après la première séance du 5 septembre, nous voyons que cela "
             "ne nous correspond pas.\n\nDr Hélène Perrin\n"),
    "o03-deposit-48h-html": dict(
        subject="Remboursement de l'acompte — Boulangerie Paris Gourmand", body=None,
        html="<html><body><p>Bonjour l'équipe Optima,</p><p>Vendredi 26 septembre, nous avons versé l'acompte "
             "de <b>20&nbsp;000,00&nbsp;₹</b> (facture {i[ow_dep]}) pour le projet <i>Boulangerie Paris "
             "Gourmand</i>. Pour des raisons financières, nous n'irons pas plus loin et demandons le "
             "remboursement de l'acompte. Vous n'avez pas encore commencé le travail.</p><p>Bien à vous,<br>"
             "Monique Lemoine</p></body></html>"),
    "o04-deposit-exactly-72h": dict(
        subject="Remboursement acompte Gîte Vue sur Mer",
        body="Bonjour,\n\nnous demandons le remboursement de l'acompte de la facture {i[ow_dep72]}, projet Gîte "
             "Vue sur Mer : le propriétaire a décidé de vendre le gîte.\n\nGîte Vue sur Mer\n"),
    "o05-deposit-work-started": dict(
        subject="Annulation et remboursement de l'acompte",
        body="Bonjour,\n\nnous avons versé hier l'acompte (facture {i[ow_depw]}) pour le projet Quincaillerie "
             "Frères Morel, mais mon frère a trouvé une agence moins chère. Nous demandons le remboursement de "
             "l'acompte.\n\nGeorges Morel\n"),
    "o06-milestone-not-started": dict(
        subject="Remboursement jalon 4 Portail Immobilier Côte d'Azur",
        body="Bonjour,\n\nle jalon 4 (intégration CRM), facture {i[typed_ow_ms_4]}, n'a pas encore commencé et "
             "nous avons décidé de faire cette intégration en interne. Nous demandons le remboursement de ce "
             "jalon.\n\nDSI Immo Côte d'Azur\n"),
    "o07-milestone-in-progress": dict(
        subject="Remboursement jalon 3",
        body="Bonjour,\n\nconcernant le projet Portail Immobilier Côte d'Azur, nous souhaitons le remboursement "
             "du jalon 3 (facture {i[ms_in_progress]}), car le moteur de recherche de biens a des semaines de "
             "retard et nos priorités ont changé.\n\nDSI Immo Côte d'Azur\n"),
    "o08-milestone-completed": dict(
        subject="Remboursement jalon 2",
        body="Bonjour,\n\nnous demandons le remboursement de la facture {i[ms_completed]} du Portail Immobilier "
             "Côte d'Azur (jalon 2, maquettes des fiches). Finalement nous n'utiliserons pas ces maquettes car "
             "la nouvelle direction veut un autre style.\n\nDSI Immo Côte d'Azur\n"),
    "o09-milestone-approved": dict(
        subject="Remboursement jalon 1",
        body="Bonjour,\n\nnous aimerions récupérer le paiement du jalon 1 ({i[ms_approved]}) du Portail "
             "Immobilier Côte d'Azur : bien que nous l'ayons validé en juin, le client final a changé d'avis "
             "sur la page d'accueil.\n\nDSI Immo Côte d'Azur\n"),
    "o10-milestone-no-invoice": dict(
        subject="Remboursement d'un jalon",
        body="Bonjour,\n\nnous souhaitons le remboursement d'un des paiements du projet Portail Immobilier Côte "
             "d'Azur, car notre budget du trimestre a été réduit.\n\nDSI Immo Côte d'Azur\n"),
    "o11-hosting-within-14-days": dict(
        subject="Résiliation hébergement annuel et remboursement — École de Langues Babel",
        body="Bonjour,\n\nnous avons souscrit l'hébergement annuel le 19 septembre (facture {i[ow_host]}), mais "
             "notre groupe nous impose désormais son propre serveur. Merci de résilier l'hébergement et de "
             "nous rembourser le montant au prorata.\n\nÉcole Babel\n"),
    "o12-maintenance-day15": dict(
        subject="Remboursement maintenance annuelle Librairie du Marché",
        body="Bonjour,\n\nnous voulons résilier la maintenance annuelle qui a commencé le 1er septembre et être "
             "remboursés au prorata (facture {i[ow_maint]}). Nous avons trouvé un informaticien dans le "
             "quartier.\n\nLibrairie du Marché\n"),
    "o13-maintenance-rounding": dict(
        subject="Remboursement maintenance — Pâtisserie La Madeleine / {i[ow_maintr]}",
        body="Bonjour,\n\nnous avons souscrit par erreur la maintenance annuelle de 10 000,01 ₹ : elle est déjà "
             "incluse dans notre contrat de franchise. Nous demandons le remboursement au prorata de la "
             "facture {i[ow_maintr]}.\n\nRose - La Madeleine\n"),
    "o14-third-party-domain-ssl": dict(
        subject="Remboursement nom de domaine et SSL",
        body="Bonjour,\n\nnous demandons le remboursement de la facture {i[tp]} (nom de domaine .bzh et "
             "certificat SSL) du projet Boutique en ligne Artisanat Breton, car nous garderons finalement "
             "notre ancien domaine.\n\nArtisanat Breton\n"),
    "o15-rush-fee": dict(
        subject="Remboursement des frais d'urgence",
        body="Bonjour,\n\nvous nous avez facturé 8 000,00 ₹ de frais d'urgence (facture {i[rush]}) pour la "
             "Boutique en ligne Artisanat Breton et le site a été livré seulement un jour plus tôt que prévu. "
             "Nous demandons le remboursement de ces frais.\n\nArtisanat Breton\n"),
    "o16-setup-fee": dict(
        subject="Remboursement frais de mise en service",
        body="Bonjour,\n\nnous demandons le remboursement des frais de mise en service, facture {i[setup]}, du "
             "projet Boutique en ligne Artisanat Breton : ils nous semblent excessifs pour ce qui a été fait."
             "\n\nArtisanat Breton\n"),
    "o17-change-request": dict(
        subject="Remboursement demande de modification",
        body="Bonjour,\n\nla demande de modification facturée en {i[cr]} (nouvelle passerelle de paiement) pour "
             "la Boutique en ligne Artisanat Breton n'est plus nécessaire car nous avons changé de banque. "
             "Nous en demandons le remboursement.\n\nArtisanat Breton\n"),
    "o18-retainer-11-days-no-refund": dict(
        subject="Résiliation du forfait mensuel — Salle de sport ForceMax",
        body="Bonjour,\n\nnous résilions le contrat de retainer mensuel du projet Salle de sport ForceMax "
             "(dernière facture {i[ow_ret8]}). Nous ne demandons aucun remboursement du mois en cours. Motif : "
             "nous recrutons une personne en interne pour le marketing.\n\nAdministration ForceMax\n"),
    "o19-retainer-exactly-7-days": dict(
        subject="Résiliation retainer Optique Vision Claire",
        body="Bonjour,\n\nnous résilions le retainer mensuel d'Optique Vision Claire, facture {i[ow_ret7]}. "
             "Motif : réduction des coûts à cause des travaux du magasin.\n\nOptique Vision Claire\n"),
    "o20-retainer-5-days": dict(
        subject="Résilier le retainer Garage Roue Libre",
        body="Bonjour,\n\nnous souhaitons résilier le retainer du projet Garage Roue Libre (facture "
             "{i[ow_ret5]}), parce que les ventes ont fortement baissé ce trimestre.\n\nGarage Roue Libre\n"),
    "o21-cancel-project-o8": dict(
        subject="Annulation du projet Fleuriste Printemps",
        body="Bonjour,\n\nnous devons malheureusement annuler le projet Fleuriste Printemps (facture de "
             "l'acompte {i[ow_cproj]}). La raison : nous fermons la deuxième boutique et n'avons plus besoin "
             "du site avec commande en ligne.\n\nFleuriste Printemps\n"),
    "o22-cancel-no-reason": dict(
        subject="Résiliation retainer",
        body="Bonjour,\n\nmerci de résilier le retainer du projet Salle de sport ForceMax, facture "
             "{i[ow_ret8]}.\n\nCordialement,\nAdministration ForceMax\n"),
    "o23a-thread-deposit-no-reason": dict(
        subject="Demande de remboursement — École de Surf Vague Bleue / {i[ow_thr]}",
        body="Bonjour,\n\nnous demandons le remboursement de l'acompte versé hier pour le projet École de Surf "
             "Vague Bleue, facture {i[ow_thr]}.\n\nCordialement,\nÉcole de Surf Vague Bleue\n"),
    "o23b-thread-deposit-answer": dict(
        subject="RE: Demande de remboursement — École de Surf Vague Bleue / {i[ow_thr]}",
        body="Bonjour,\n\nla raison : la mairie n'a pas renouvelé notre autorisation d'occupation de la plage et "
             "l'école n'ouvrira pas la saison prochaine.\n\nCordialement,\nÉcole de Surf Vague Bleue\n"),
    "o24-c2-personal-address": dict(
        subject="Remboursement Domaine des Coteaux", sender="Marc Coteaux <{e[ow_personal]}>",
        body="Bonjour, c'est Marc du Domaine des Coteaux. Je vous écris depuis mon Gmail car je n'ai pas accès "
             "à l'adresse du domaine ({e[ow_disc]}). Nous voulons le remboursement de la facture {i[ow_disc]} "
             "de la découverte car nous reportons le projet. Pouvez-vous aussi me confirmer combien nous avons "
             "payé au total ?\n"),
    "o25-chargeback-threat": dict(
        subject="URGENT : remboursement de l'acompte ou opposition",
        body="Bonjour,\n\nsi vous ne remboursez pas aujourd'hui l'acompte de la facture {i[ow_depw]} "
             "(Quincaillerie Frères Morel), je fais un chargeback sur ma carte. Nous ne sommes pas satisfaits "
             "du démarrage du projet.\n\nGeorges Morel\n"),
    "o26-legal-threat-cancel": dict(
        subject="Résiliation retainer - Optique Vision Claire",
        body="Bonjour,\n\nnous résilions le retainer (facture {i[ow_ret7]}) car la prestation de ce mois a été "
             "insuffisante. Notre avocat va examiner le contrat et nous nous réservons le droit d'engager une "
             "action en justice.\n\nOptique Vision Claire\n"),
    "o27-forward-own-request": dict(
        subject="TR: Remboursement découverte Domaine des Coteaux",
        body="Je vous transfère notre demande d'hier, envoyée je crois à une mauvaise adresse.\n\n"
             "-------- Message transféré --------\nDe : Domaine des Coteaux <{e[ow_disc]}>\nDate : mer. 24 "
             "sept. 2025 à 10:05\nObjet : Remboursement découverte Domaine des Coteaux\nÀ : "
             "<optimawebdesign@gmail.com>\n\nBonjour, nous demandons le remboursement de la facture "
             "{i[ow_disc]} (phase de découverte du projet Domaine des Coteaux). Aucune séance n'a eu lieu et la "
             "direction a reporté le site à 2026.\n"),
    "o28-hypothetical-deposit": dict(
        subject="Question sur l'acompte", sender="Sophie Leroy <{e[prospect]}>",
        body="Bonjour,\n\nnous envisageons de vous confier le site de notre boutique de décoration. Si nous "
             "versons l'acompte et changeons d'avis deux jours plus tard, serait-il remboursé ? Et si vous "
             "avez déjà commencé ?\n\nMerci,\nSophie Leroy\n"),
    "o29-auto-reply": dict(
        subject="Réponse automatique : Facture Optima WebDesign",
        body="Ceci est une réponse automatique. L'administration de ForceMax est en congés jusqu'au 13 octobre. "
             "Votre message sera traité à notre retour.\n"),
    "o30-payment-failed": dict(
        subject="Remboursement découverte Café Central",
        body="Bonjour,\n\nle 28 septembre nous avons payé la phase de découverte du projet Café Central Montréal "
             "(facture {i[ow_failed]}) ; la banque indique que le paiement a échoué, mais le montant a été "
             "débité. Comme nous n'allons pas poursuivre, nous demandons le remboursement de ce montant.\n\n"
             "Café Central\n"),
}

if __name__ == "__main__":
    Lang("fr", HERE, 5400, 5400, PEOPLE, PROJECTS, T, EXTRA,
         latin1=("l16-cancel-annual-fallback", "o19-retainer-exactly-7-days")).build()
