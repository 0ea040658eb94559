"""fresh32_fr: French held-out cases (Auvergne/Limousin, Lorraine/Metz, Savoy/Grenoble, Montpellier/Occitanie,
Burkina Faso, Rwanda/Burundi, French Guiana, the Aosta Valley and Monaco; French written by Chinese and English
speakers).  Stdlib only, deterministic.  Run: python3 make_cases.py -> ledger.json, emails/*.eml, expected.json.
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
FR = 2       # CEST: France, Monaco, Aosta Valley in September 2025
BF = 0       # Burkina Faso (UTC)
RW = 2       # Rwanda, Burundi (CAT)
GF = -3      # French Guiana
CN = 8       # China
UK = 1       # BST

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "fr")
n = [0]
m = [0]


def pay(email, plan, amt, paid_at, ps, pe, inv, status="paid"):
    n[0] += 1
    PAY.append(lopay(f"fr32_p{n[0]:02d}", inv, email, plan, *amt, paid_at, ps, pe, status=status))


def opay(inv, project, kind, amount, tax, paid_at, **kw):
    m[0] += 1
    PAY.append(owpay(f"fr32_o{m[0]:02d}", inv, project, kind, amount, tax, paid_at, **kw))


DISCL = ("\n\n--\nCabinet Chabrol & Associés – Expertise comptable\n12, boulevard Desaix – 63000 Clermont-Ferrand\n"
         "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs "
         "destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire.\n"
         "Pensez à l'environnement avant d'imprimer ce courriel.")

# =============================== LeadsOptima =================================
C.append(cust("contact@fromagerie-chabrier.fr", "Fromagerie Chabrier", "monthly", start="2025-09-25", end="2025-10-24"))
pay("contact@fromagerie-chabrier.fr", "monthly", M, "2025-09-25T08:00:00", "2025-09-25", "2025-10-24", "LO-INV-90101")
pay("contact@fromagerie-chabrier.fr", "monthly", M, "2025-09-25T08:01:00", "2025-09-25", "2025-10-24", "LO-INV-90102")
r.case("salers-preleve-deux-fois", LOB, [Mail(
    "Fromagerie Chabrier <contact@fromagerie-chabrier.fr>", "prélevé 2 fois", at("2025-09-27 07:40", FR),
    "Bonjour,\n\nje vous écris de Salers, on a été prélevés deux fois le 25 pour l'abonnement mensuel, mille "
    "quatre cent quatre-vingt-dix-neuf roupies chaque fois, c'est sur le relevé du Crédit Agricole. La facture en "
    "trop c'est la LO.INV.90102. Merci de rembourser celle-là.\n\nBien à vous\nJean-Pierre Chabrier\n"
    "Fromagerie Chabrier – Salers AOP depuis 1958")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: two paid monthly charges 2025-09-25, same period; request 2025-09-27 (day 2); the later LO-INV-90102 (typed 'LO.INV.90102', s.8) -> 1499.00.")

C.append(cust("bureau@bde-grenoble-inp.fr", "BDE Grenoble INP", "quarterly", start="2025-09-22", end="2025-12-21"))
for i, t in enumerate(["10:00:00", "10:00:20", "10:01:05"], 1):
    pay("bureau@bde-grenoble-inp.fr", "quarterly", Q, f"2025-09-22T{t}", "2025-09-22", "2025-12-21", f"LO-INV-9011{i}")
r.case("bde-grenoble-trois-prelevements", LOB, [Mail(
    "BDE Grenoble INP – Trésorerie <bureau@bde-grenoble-inp.fr>", "URGENT trésorerie : 3 prélèvements !!",
    at("2025-09-29 19:10", FR),
    "Salut l'équipe,\n\nJe suis la trésorière du BDE. On vient de faire les comptes après le WEI et on a 3 "
    "prélèvements identiques de 3 999 INR HT le 22/09 pour l'abonnement trimestriel (LO-INV-90111, LO-INV-90112 et LO-INV-90113). "
    "On n'a évidemment pris qu'un abonnement, svp remboursez les deux en trop, notre budget asso est déjà ric-rac.\n\n"
    "Merci d'avance !\nLéa Bonnet\nTrésorière BDE – Grenoble INP\n\nEnvoyé de mon Galaxy")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges 2025-09-22; email 2025-09-29 19:10 CEST = 22:40 IST = day 7, inside: every charge after the first is a duplicate -> 2 x 3999.00 = 7998.00.")

C.append(cust("jc.mangin@mangin-couverture.fr", "Mangin Couverture", "annual", start="2025-09-19", end="2026-09-18"))
pay("jc.mangin@mangin-couverture.fr", "annual", A, "2025-09-19T11:00:00", "2025-09-19", "2026-09-18", "LO-INV-90121")
pay("jc.mangin@mangin-couverture.fr", "annual", A, "2025-09-19T11:00:45", "2025-09-19", "2026-09-18", "LO-INV-90122")
r.case("metz-jour8-fuseau", LOB, [Mail(
    "Jean-Claude Mangin <jc.mangin@mangin-couverture.fr>", "Double paiement annuel LO-INV-90122",
    at("2025-09-26 21:00", FR),
    "Bonsoir,\n\nEn faisant la compta ce soir je m'aperçois que l'abonnement annuel a été payé deux fois le 19 "
    "septembre (LO-INV-90121 et LO-INV-90122). Ça fait une semaine pile aujourd'hui, je suis donc dans les 7 jours. "
    "Merci de me rembourser le doublon.\n\nSalutations lorraines\nJ.-C. Mangin, couvreur-zingueur, Metz-Borny")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-19 IST; email 2025-09-26 21:00 CEST = 2025-09-27 00:30 IST = day 8 > 7 -> deny, although the customer counts day 7 in Metz.")

C.append(cust("contact@saveurs-amazonie.gf", "Saveurs d'Amazonie", "monthly", start="2025-09-24", end="2025-10-23"))
pay("contact@saveurs-amazonie.gf", "monthly", M, "2025-09-24T03:00:00", "2025-09-24", "2025-10-23", "LO-INV-90131")
pay("contact@saveurs-amazonie.gf", "monthly", M, "2025-09-24T03:01:00", "2025-09-24", "2025-10-23", "LO-INV-90132")
r.case("cayenne-double-veille", LOB, [Mail(
    "Saveurs d'Amazonie <contact@saveurs-amazonie.gf>", "Double débit carte", at("2025-09-30 20:45", GF),
    "Bonsoir,\n\nici Cayenne. Sur mon relevé BRED je vois deux débits LeadsOptima le mardi 23 septembre en fin "
    "d'après-midi, même montant, pour le même mois d'abonnement. Les factures sont LO-INV-90131 et LO-INV-90132. "
    "Je vous demande le remboursement du deuxième débit.\n\nCordialement\nMarie-Josée Horth\nSaveurs d'Amazonie, "
    "Cayenne – Guyane")],
    "decided", [R("approve", "1499.00")],
    spec="Charges 2025-09-24 03:00 IST = Tue 2025-09-23 18:30 in Cayenne (the date quoted); email 2025-09-30 20:45 -03:00 = 2025-10-01 05:15 IST = day 7 -> inside; L4 approve LO-INV-90132 = 1499.00.")

C.append(cust("gerance@camping-lac-annecy.fr", "Camping du Lac", "quarterly", start="2025-09-26", end="2025-12-25"))
pay("gerance@camping-lac-annecy.fr", "quarterly", ("4999.00", "899.82"), "2025-09-26T09:00:00", "2025-09-26", "2025-12-25", "LO-INV-90141")
r.case("annecy-mauvais-montant", LOB, [Mail(
    "Camping du Lac – Gérance <gerance@camping-lac-annecy.fr>", "Montant erroné facture LO-INV-90141",
    at("2025-09-29 10:30", FR),
    "Bonjour,\n\nNotre abonnement trimestriel est à 3 999 INR HT, or la facture LO-INV-90141 du 26/09 est de "
    "4 999 INR HT. Il s'agit manifestement d'un montant erroné. Nous demandons le remboursement de la différence.\n\n"
    "Cordialement\nNathalie Perrissin\nGérante – Camping du Lac, Sevrier (74)")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount) inside L3 (charge 2025-09-26, day 3) -> L5 escalate, no amount.")

C.append(cust("p.vergnaud@vergnaud-porcelaine.fr", "Porcelaine Vergnaud", "monthly", start="2025-09-12", end="2025-10-11"))
pay("p.vergnaud@vergnaud-porcelaine.fr", "monthly", M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11", "LO-INV-90151")
r.case("limoges-apres-resiliation-trop-tard", LOB, [Mail(
    "Pascal Vergnaud <p.vergnaud@vergnaud-porcelaine.fr>", "Prélèvement après résiliation", at("2025-09-25 14:20", FR),
    "Madame, Monsieur,\n\nJ'avais résilié par téléphone fin août, pourtant j'ai été prélevé le 12 septembre "
    "(facture LO-INV-90151). C'est un prélèvement après résiliation, je demande à être remboursé.\n\n"
    "Veuillez agréer mes salutations distinguées.\nPascal Vergnaud\nPorcelaine Vergnaud, Limoges")],
    "decided", [R("deny")], extra_ok=True,
    spec="L2 billing_error ('prélevé après résiliation') but L3: charge 2025-09-12, request 2025-09-25 = day 13 > 7 -> deny citing the 7-day rule. extra_ok: the customer says they already cancelled, so a cancellation decision added beside the refund (effective at the end of the paid cycle) cannot hurt them or the business.")

C.append(cust("direction@ecole-ski-chamrousse.fr", "École de ski Chamrousse", "monthly", start="2025-09-25", end="2025-10-24"))
pay("direction@ecole-ski-chamrousse.fr", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-90161")
r.case("chamrousse-plateforme-ne-charge-pas", LOB, [Mail(
    "École de ski Chamrousse <direction@ecole-ski-chamrousse.fr>", "Plateforme inaccessible depuis le paiement",
    at("2025-09-28 17:30", FR),
    "Bonjour,\n\nDepuis jeudi, jour du paiement, impossible de me connecter : la page de connexion tourne dans le vide "
    "et finit sur « erreur serveur ». J'ai essayé depuis Chrome, Firefox et le téléphone. Votre chat ne répond pas. "
    "Si ce n'est pas réglé je souhaite être remboursée.\n\nBonne fin de journée\nCéline Arnaud\nDirectrice – ESF Chamrousse 1750")],
    "decided", [R("escalate")],
    spec="L2 access_failure inside L3 (charge Thu 2025-09-25, request 2025-09-28, day 3) -> L6 escalate; one payment identifies the invoice.")

C.append(cust("cabinet@chabrol-expertise.fr", "Cabinet Chabrol & Associés", "annual", start="2025-09-23", end="2026-09-22"))
pay("cabinet@chabrol-expertise.fr", "annual", A, "2025-09-23T10:00:00", "2025-09-23", "2026-09-22", "LO-INV-90171")
r.case("clermont-expert-comptable-pas-utilise", LOB, [Mail(
    "Cabinet Chabrol <cabinet@chabrol-expertise.fr>", "Demande de remboursement – abonnement annuel LO-INV-90171",
    at("2025-09-26 11:45", FR),
    "Madame, Monsieur,\n\nNotre associé a souscrit l'abonnement annuel le 23 septembre sans concertation. Après "
    "réunion, le cabinet a décidé de ne pas l'utiliser : nous n'avons ouvert aucune session. Nous vous prions de bien "
    "vouloir procéder au remboursement de la facture LO-INV-90171 et de résilier l'abonnement.\n\n"
    "Nous vous prions d'agréer nos salutations distinguées.\nHélène Chabrol\nExpert-comptable associée" + DISCL)],
    "decided", [R("deny"), K("cancel", "2026-09-22")],
    spec="L1: not used / decided against it is no exception reason -> refund deny; L8 cancel effective current_period_end 2026-09-22.")

C.append(cust("ouedraogo.salif@fasonet.bf", "Salif Ouédraogo", "monthly", start="2025-09-21", end="2025-10-20"))
pay("ouedraogo.salif@fasonet.bf", "monthly", M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20", "LO-INV-90181")
r.case("ouaga-trop-cher", LOB, [Mail(
    "Salif Ouédraogo <ouedraogo.salif@fasonet.bf>", "remboursement", at("2025-09-24 09:30", BF),
    "Bonjour à vous,\n\nJe viens très respectueusement auprès de votre haute bienveillance solliciter le remboursement "
    "de mon abonnement mensuel payé le 21 septembre. En effet avec la conjoncture actuelle le prix est trop élevé pour "
    "ma petite structure de Ouagadougou. Je garde quand même le compte, peut-être l'année prochaine.\n\n"
    "Dans l'attente d'une suite favorable, veuillez agréer mes salutations les plus distinguées.\n"
    "Salif Ouédraogo\nOuédraogo Services, Ouagadougou")],
    "decided", [R("deny")],
    spec="L1: too expensive is no exception reason -> deny (cancellation offered); the customer keeps the account, so no cancellation intent.")

C.append(cust("mairie@saint-flour-de-mercoire.fr", "Mairie de Saint-Flour-de-Mercoire", "monthly", status="trial", trial_ends="2025-10-10"))
r.case("mairie-essai-gratuit", LOB, [Mail(
    "Mairie de Saint-Flour-de-Mercoire <mairie@saint-flour-de-mercoire.fr>", "Essai gratuit – remboursement",
    at("2025-09-30 09:00", FR),
    "Bonjour,\n\nLa commune teste actuellement votre outil (période d'essai, formule mensuelle). Le conseil municipal "
    "a finalement voté contre. Nous pensons qu'un premier prélèvement a déjà eu lieu : merci de le rembourser au "
    "Trésor public, sur le compte de la commune.\n\nLa secrétaire de mairie\nSylvie Roux\nMairie de Saint-Flour-de-Mercoire (Lozère)\n"
    "Ouverture au public : mardi et jeudi 9h-12h")],
    "decided", [R("deny")],
    spec="L7: account on a free trial (trial_ends 2025-10-10) has no charges -> refund deny; nothing is billed unless they subscribe.")

C.append(cust("secretariat@fc-rodez-veterans.fr", "FC Rodez Vétérans", "quarterly", start="2025-07-20", end="2025-10-19"))
pay("secretariat@fc-rodez-veterans.fr", "quarterly", Q, "2025-07-20T09:00:00", "2025-07-20", "2025-10-19", "LO-INV-90191")
r.case("rodez-club-resiliation", LOB, [Mail(
    "FC Rodez Vétérans <secretariat@fc-rodez-veterans.fr>", "Résiliation abonnement trimestriel", at("2025-09-28 20:15", FR),
    "Bonsoir,\n\nSuite à l'assemblée générale du club, nous résilions l'abonnement trimestriel : le nouveau bureau "
    "préfère gérer les inscriptions avec un simple formulaire en ligne.\n\nSportivement\nGérard Vidal, secrétaire\n"
    "FC Rodez Vétérans – stade Paul-Lignon")],
    "decided", [K("cancel", "2025-10-19")],
    spec="L8: cancel effective current_period_end 2025-10-19.")

C.append(cust("atelier@ebenisterie-vuillermoz.fr", "Ébénisterie Vuillermoz", "quarterly"))
pay("atelier@ebenisterie-vuillermoz.fr", "quarterly", Q, "2025-07-15T22:30:00+02:00", None, None, "LO-INV-90201")
r.case("chambery-repli-date-ledger-offset", LOB, [Mail(
    "Ébénisterie Vuillermoz <atelier@ebenisterie-vuillermoz.fr>", "Arrêt abonnement", at("2025-09-23 08:10", FR),
    "Bonjour,\n\nMerci de mettre fin à mon abonnement trimestriel, je pars à la retraite à la fin de l'année et "
    "l'atelier ferme.\n\nBien cordialement\nRené Vuillermoz\nÉbéniste, Chambéry")],
    "decided", [K("cancel", "2025-10-15")],
    spec="L8 fallback (no current_period_end): last charge 2025-07-15T22:30+02:00 = 2025-07-16 02:00 IST (s.8) + 3 months - 1 day = 2025-10-15.")

C.append(cust("direction@boulangeries-pradier.fr", "Boulangeries Pradier", "annual", start="2025-05-10", end="2026-05-09"))
pay("direction@boulangeries-pradier.fr", "annual", A, "2025-05-10T06:00:00", "2025-05-10", "2026-05-09", "LO-INV-90211")
r.case("chaine-boulangeries-sans-motif", LOB, [Mail(
    "Boulangeries Pradier – Direction <direction@boulangeries-pradier.fr>", "Résiliation", at("2025-09-25 06:20", FR),
    "Bonjour,\n\nPar la présente nous résilions notre abonnement annuel LeadsOptima.\n\nCordialement,\n"
    "La Direction\nBoulangeries Pradier – 9 boutiques à Montpellier, Sète et Lunel\n"
    "« Le bon pain, c'est tous les jours »")],
    "decided", [K("cancel", "2026-05-09")],
    spec="L8: a cancellation is not held up for a missing reason; effective current_period_end 2026-05-09.")

C.append(cust("wang.lei@wenzhou-trading.cn", "Wang Lei", "monthly", start="2025-09-20", end="2025-10-19"))
pay("wang.lei@wenzhou-trading.cn", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "LO-INV-90221")
r.case("c2-wenzhou-autre-adresse", LOB, [Mail(
    "Wang Lei <wanglei888@qq.com>", "résilier abonnement", at("2025-09-26 15:00", CN),
    "Bonjour Madame Monsieur，\n\nJe veux résilier mon abonnement mensuel。Mon email enregistré est "
    "wang.lei@wenzhou-trading.cn mais je ne peux pas ouvrir cet email maintenant，donc j'écris avec QQ mail。 "
    "Notre magasin à Aubervilliers ferme。\n\nMerci beaucoup\nWang Lei 王磊")],
    "need_info", rules=["C2"],
    spec="C2: sender qq.com address, registered email wang.lei@wenzhou-trading.cn -> ask to write from it; nothing about the account.")

C.append(cust("contact@librairie-lamartine.fr", "Librairie Lamartine", "monthly", start="2025-09-18", end="2025-10-17"))
pay("contact@librairie-lamartine.fr", "monthly", M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17", "LO-INV-90231")
r.case("montpellier-tr-outlook-c2", LOB, [Mail(
    "Cabinet Roques Compta <assistante@roques-compta.fr>", "TR: double prélèvement LeadsOptima", at("2025-09-22 16:40", FR),
    "Bonjour,\n\nJe vous transfère la demande de notre cliente, merci de faire le nécessaire.\n\nCordialement\n"
    "Audrey, assistante comptable\n\n-----Message d'origine-----\nDe : Librairie Lamartine <contact@librairie-lamartine.fr>\n"
    "Envoyé : lundi 22 septembre 2025 10:02\nÀ : assistante@roques-compta.fr\nObjet : double prélèvement LeadsOptima\n\n"
    "Bonjour Audrey,\nLeadsOptima nous a prélevé l'abonnement mensuel deux fois ce mois-ci, le compte est "
    "contact@librairie-lamartine.fr. Pouvez-vous leur demander le remboursement ?\nMerci, Anne")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request names the registered email contact@librairie-lamartine.fr; the sender is the accounting firm -> ask for the request from that address.")

C.append(cust("compta@quincaillerie-thionville.fr", "Quincaillerie Thionvilloise", "monthly", start="2025-09-20", end="2025-10-19"))
pay("compta@quincaillerie-thionville.fr", "monthly", M, "2025-07-20T09:00:00", "2025-07-20", "2025-08-19", "LO-INV-90241")
pay("compta@quincaillerie-thionville.fr", "monthly", M, "2025-08-20T09:00:00", "2025-08-20", "2025-09-19", "LO-INV-90242")
pay("compta@quincaillerie-thionville.fr", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "LO-INV-90243")
r.case("thionville-erreur-sans-facture", LOB, [Mail(
    "Quincaillerie Thionvilloise <compta@quincaillerie-thionville.fr>", "Erreur de facturation", at("2025-09-23 10:00", FR),
    "Bonjour,\n\nUne erreur de facturation s'est glissée sur un de vos prélèvements récents pour notre abonnement "
    "mensuel : le libellé indique la formule annuelle. Merci de corriger et de rembourser ce qui doit l'être.\n\n"
    "Salutations\nM. Schmitt, comptabilité")],
    "need_info", missing=["invoice_number"],
    spec="C3: billing_error from the registered sender, plan and reason known; three charges on the account and none named -> ask for invoice_number.")

C.append(cust("contact@miellerie-cevennes.fr", "Miellerie des Cévennes", "quarterly", start="2025-09-24", end="2025-12-23"))
pay("contact@miellerie-cevennes.fr", "quarterly", Q, "2025-06-24T09:00:00", "2025-06-24", "2025-09-23", "LO-INV-90251")
pay("contact@miellerie-cevennes.fr", "quarterly", Q, "2025-09-24T09:00:00", "2025-09-24", "2025-12-23", "LO-INV-90252")
pay("contact@miellerie-cevennes.fr", "quarterly", Q, "2025-09-24T09:02:00", "2025-09-24", "2025-12-23", "LO-INV-90253")
mi1 = Mail("Miellerie des Cévennes <contact@miellerie-cevennes.fr>", "Paiement en double", at("2025-09-25 18:20", FR),
           "Bonsoir,\n\nL'abonnement trimestriel a été débité deux fois hier. Merci de rembourser le doublon.\n\n"
           "Amitiés d'Anduze\nFlorence Teissier", msgid="<fr32-miel.20250925@miellerie-cevennes.fr>")
mi_bot = Mail("LeadsOptima Support <support@leadsoptima.com>", "Re: Paiement en double [LO-3302]", at("2025-09-26 12:00", (5, 30)),
              "Bonjour Florence,\nmerci de nous indiquer le numéro de la facture en double.\nLeadsOptima Support",
              reply=mi1, to="contact@miellerie-cevennes.fr")
mi_bot.build("fr-l-bot")
r.case("cevennes-fil-numero-facture", LOB, [mi1, Mail(
    "Miellerie des Cévennes <contact@miellerie-cevennes.fr>", "Re: Paiement en double [LO-3302]", at("2025-09-27 09:15", FR),
    "Bonjour,\n\nC'est la LO-INV-90253, l'autre est la bonne.\n\nFlorence\n\n"
    "Le ven. 26 sept. 2025 à 08:30, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
    "> Bonjour Florence,\n> merci de nous indiquer le numéro de la facture en double.", reply=mi_bot)],
    "decided", [R("approve", "3999.00")],
    spec="C3 thread: the answer names LO-INV-90253, the later of the 2025-09-24 pair; request time = first mail 2025-09-25 (day 1) -> L4 approve 3999.00.")

C.append(cust("info@garage-bazin-nancy.fr", "Garage Bazin", "annual", start="2025-09-24", end="2026-09-23"))
pay("info@garage-bazin-nancy.fr", "annual", A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23", "LO-INV-90261")
pay("info@garage-bazin-nancy.fr", "annual", A, "2025-09-24T10:00:30", "2025-09-24", "2026-09-23", "LO-INV-90262")
r.case("nancy-opposition-bancaire", LOB, [Mail(
    "Garage Bazin <info@garage-bazin-nancy.fr>", "Double facturation – opposition", at("2025-09-26 12:10", FR),
    "Bonjour,\n\nVous avez encaissé deux fois l'abonnement annuel (LO-INV-90261 et LO-INV-90262). Sans remboursement "
    "du doublon sous 48 heures, je fais opposition auprès de ma banque et je conteste le paiement.\n\n"
    "Thierry Bazin\nGarage Bazin, Nancy")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback / payment-dispute threat ('opposition', 'conteste le paiement') -> escalate although L4 would approve.")

C.append(cust("a.giordano@monaco-yachting.mc", "Alessandro Giordano", "quarterly", start="2025-09-10", end="2025-12-09"))
pay("a.giordano@monaco-yachting.mc", "quarterly", Q, "2025-09-10T09:00:00", "2025-09-10", "2025-12-09", "LO-INV-90271")
r.case("monaco-avocat-resiliation", LOB, [Mail(
    "Alessandro Giordano <a.giordano@monaco-yachting.mc>", "Résiliation et remboursement – mise en demeure",
    at("2025-09-27 11:00", FR),
    "Madame, Monsieur,\n\nJe résilie mon abonnement trimestriel avec effet immédiat et demande le remboursement du "
    "trimestre en cours : les fonctionnalités vendues n'existent pas. Mon avocat au barreau de Monaco est en copie de "
    "ce courrier et engagera toute action utile.\n\nDistinguées salutations\nAlessandro Giordano\nMonaco Yachting "
    "S.A.M., quai Antoine Ier", cc="Maître Laurent Rossi <cabinet@rossi-avocat.mc>")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): a lawyer is invoked -> refund and cancellation both escalate.")

C.append(cust("pascale.moulin@auvergne-gites.fr", "Pascale Moulin", "monthly", start="2025-09-26", end="2025-10-25"))
pay("pascale.moulin@auvergne-gites.fr", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25", "LO-INV-90281")
pay("pascale.moulin@auvergne-gites.fr", "monthly", M, "2025-09-26T09:01:00", "2025-09-26", "2025-10-25", "LO-INV-90282")
r.case("le-puy-pas-de-litige", LOB, [Mail(
    "Pascale Moulin <pascale.moulin@auvergne-gites.fr>", "Doublon LO-INV-90282", at("2025-09-28 16:00", FR),
    "Bonjour,\n\nJe vois deux paiements identiques du 26 septembre pour mon abonnement mensuel, le second est "
    "LO-INV-90282. Rassurez-vous, je ne compte ni faire opposition ni contester quoi que ce soit auprès de la banque, "
    "je préfère régler ça directement avec vous. Merci de rembourser le doublon.\n\nBien cordialement\n"
    "Pascale Moulin – Gîtes du Velay, Le Puy-en-Velay")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 negation: the customer rules out a chargeback -> no C4; L4 duplicate inside the window (day 2): approve LO-INV-90282 = 1499.00.")

r.case("reponse-automatique-absence", LOB, [Mail(
    "Service Urbanisme <urbanisme@mairie-aurillac.fr>", "Réponse automatique : Votre abonnement LeadsOptima",
    at("2025-09-29 08:30", FR),
    "Bonjour,\n\nJe suis absente du bureau jusqu'au 13 octobre inclus. Pour toute demande urgente, merci de contacter "
    "l'accueil de la mairie au 04 71 45 46 00.\n\nCordialement",
    headers={"Auto-Submitted": "auto-replied"}, refs_extra=["<lo-3321.20250929@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("echec-remise-postmaster", LOB, [Mail(
    "postmaster@orange.fr", "Échec de la remise du message : Confirmation de résiliation", at("2025-09-27 04:05", FR),
    "Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :\n\n  g.lafarge@orange.fr\n"
    "  Adresse inconnue.", dsn=[[("Reporting-MTA", "dns; smtp-out.orange.fr")],
                               [("Final-Recipient", "rfc822; g.lafarge@orange.fr"), ("Action", "failed"),
                                ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: postmaster sender and a delivery-status report -> ignore.")

r.case("lettre-info-mairie-precedence", LOB, [Mail(
    "Mairie de Millau – Lettre d'information <lettre@millau-infos.fr>", "Lettre d'info : résiliation des contrats d'eau",
    at("2025-09-30 17:00", FR),
    "Chers administrés,\n\nLa régie des eaux rappelle que la résiliation et le remboursement des abonnements se font "
    "désormais en ligne.\n\nPour vous désinscrire, cliquez ici.",
    headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:desinscription@millau-infos.fr>"})],
    "ignore", rules=["C7"], spec="C7: Precedence: bulk -> ignore, whatever words it contains.")

C.append(cust("compta@fromagerie-beaufort-savoie.fr", "Coopérative du Beaufort", "annual", start="2025-04-15", end="2026-04-14"))
pay("compta@fromagerie-beaufort-savoie.fr", "annual", A, "2025-04-15T09:00:00", "2025-04-15", "2026-04-14", "LO-INV-90291")
r.case("beaufort-attestation-paiement", LOB, [Mail(
    "Coopérative du Beaufort – Compta <compta@fromagerie-beaufort-savoie.fr>", "Demande de duplicata LO-INV-90291",
    at("2025-09-24 14:00", FR),
    "Bonjour,\n\nPour notre commissaire aux comptes, pourriez-vous nous envoyer un duplicata de la facture "
    "LO-INV-90291 avec notre numéro de TVA intracommunautaire FR 47 778 123 456 ? Nous ne demandons aucun "
    "remboursement, l'abonnement nous convient très bien.\n\nMerci et bonne journée\nChristine Blanc")],
    "other", spec="Invoice duplicate request; refund explicitly declined (s.8 negation) -> other.")

r.case("question-avant-achat-etudiants", LOB, [Mail(
    "Association Étudiante Kigali-Grenoble <aekg.bureau@gmail.com>", "Question avant abonnement", at("2025-09-30 13:00", FR),
    "Bonjour,\n\nNous sommes une association d'étudiants rwandais à Grenoble. Avant de prendre l'abonnement "
    "trimestriel : si jamais l'outil ne fonctionne pas bien avec nos listes, est-ce qu'on pourrait être remboursés ? "
    "Et peut-on résilier avant la fin du trimestre ?\n\nMurakoze / merci !\nDiane Uwase, présidente")],
    "other", spec="s.8 hypothetical before buying: policy question from a non-customer -> other.")

C.append(cust("contact@patisserie-kigali-ville.rw", "Pâtisserie Kigali Ville", "monthly", start="2025-09-15", end="2025-10-14"))
pay("contact@patisserie-kigali-ville.rw", "monthly", M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14", "LO-INV-90301")
r.case("kigali-merci-remboursement-recu", LOB, [Mail(
    "Pâtisserie Kigali Ville <contact@patisserie-kigali-ville.rw>", "Re: votre remboursement", at("2025-09-30 11:00", RW),
    "Bonjour,\n\nJuste pour vous dire que le remboursement que vous nous aviez accordé est bien arrivé sur notre compte "
    "à la Bank of Kigali. Merci pour votre sérieux !\n\nCordialement\nAlice Mukamana",
    refs_extra=["<lo-3260.20250922@leadsoptima.com>"])],
    "other", spec="Thanks for a past refund (past event, s.8): no request -> other.")

C.append(cust("direction@hotel-mont-blanc-aoste.it", "Hôtel Mont-Blanc Aoste", "annual", start="2025-03-01", end="2026-02-28"))
pay("direction@hotel-mont-blanc-aoste.it", "annual", A, "2025-03-01T09:00:00", "2025-03-01", "2026-02-28", "LO-INV-90311")
r.case("aoste-html-resiliation", LOB, [Mail(
    "Hôtel Mont-Blanc <direction@hotel-mont-blanc-aoste.it>", "Disdetta / Résiliation abonnement annuel",
    at("2025-09-25 10:40", FR), None, html=
    "<html><body><p>Bonjour,</p><p>Nous souhaitons <b>résilier</b> notre abonnement annuel. Notre groupe hôtelier de la "
    "Vallée d'Aoste utilise désormais la centrale de réservation régionale.</p><p>Cordiali saluti / Salutations "
    "cordiales<br>Ivo Bionaz<br><i>Hôtel Mont-Blanc – Courmayeur (AO)</i></p></body></html>")],
    "decided", [K("cancel", "2026-02-28")],
    spec="HTML-only mail, French/Italian; L8 cancel effective current_period_end 2026-02-28.")

C.append(cust("agence@immo-bujumbura.bi", "Immo Bujumbura", "quarterly", start="2025-09-26", end="2025-12-25"))
pay("agence@immo-bujumbura.bi", "quarterly", Q, "2025-09-26T09:00:00", "2025-09-26", "2025-12-25", "LO-INV-90321")
r.case("bujumbura-acces-et-resiliation", LOB, [Mail(
    "Immo Bujumbura <agence@immo-bujumbura.bi>", "pas d'accès", at("2025-09-30 19:00", RW),
    "bonsoir\n\ndepuis le paiement de vendredi on n'arrive pas à accéder au tableau de bord, ça affiche une page "
    "blanche. on a perdu assez de temps. résiliez l'abonnement trimestriel et remboursez-nous svp\n\n"
    "Jean-Bosco Niyonzima\nImmo Bujumbura\n\nEnvoyé depuis mon mobile")],
    "decided", [R("escalate"), K("cancel", "2025-12-25")],
    spec="L2 access_failure inside L3 (charge Fri 2025-09-26, request 2025-09-30 22:30 IST, day 4) -> L6 escalate; L8 cancel effective 2025-12-25.")

C.append(cust("contact@cave-pic-saint-loup.fr", "Cave du Pic Saint-Loup", "monthly", start="2025-09-27", end="2025-10-26"))
pay("contact@cave-pic-saint-loup.fr", "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26", "LO-INV-90331")
r.case("pic-saint-loup-doublon-sans-paire", LOB, [Mail(
    "Cave du Pic Saint-Loup <contact@cave-pic-saint-loup.fr>", "Débité deux fois ?", at("2025-09-29 12:00", FR),
    "Bonjour,\n\nNotre banque nous signale deux débits LeadsOptima le 27/09 pour l'abonnement mensuel. Merci de "
    "rembourser celui en double.\n\nCordialement\nBenoît Cazalis")],
    "decided", [R("escalate")],
    spec="L2 duplicate inside the window, but the ledger holds one charge only (LO-INV-90331, the only payment) -> L4 no pair: escalate.")

C.append(cust("bureau@judo-club-vichy.fr", "Judo Club de Vichy", "monthly", start="2025-09-25", end="2025-10-24"))
pay("bureau@judo-club-vichy.fr", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-90341", status="refunded")
r.case("vichy-deja-rembourse", LOB, [Mail(
    "Judo Club de Vichy <bureau@judo-club-vichy.fr>", "Prélèvement erroné LO-INV-90341", at("2025-09-27 10:00", FR),
    "Bonjour,\n\nLe prélèvement LO-INV-90341 du 25/09 est erroné : le montant ne correspond pas à notre formule "
    "mensuelle associative. Merci de le rembourser.\n\nSportivement,\nLe bureau du JCV")],
    "decided", [R("escalate")],
    spec="s.8: LO-INV-90341 has status 'refunded' (not paid) -> a refund of it is escalated.")

C.append(cust("emma.taylor@limousin-retreats.co.uk", "Emma Taylor", "monthly", start="2025-09-14", end="2025-10-13"))
pay("emma.taylor@limousin-retreats.co.uk", "monthly", M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13", "LO-INV-90351")
r.case("anglaise-limousin-resiliation", LOB, [Mail(
    "Emma Taylor <emma.taylor@limousin-retreats.co.uk>", "Annuler mon abonnement", at("2025-09-24 18:00", FR),
    "Bonjour,\n\nJe voudrais annuler mon souscription mensuel s'il vous plaît. Nous vendons notre maison d'hôtes "
    "près de Rochechouart et retournons en Angleterre. Désolée pour mon français, j'apprends encore !\n\n"
    "Cordialement / Kind regards\nEmma Taylor\nLimousin Retreats")],
    "decided", [K("cancel", "2025-10-13")],
    spec="L8 cancel from the registered sender; effective current_period_end 2025-10-13.")

C.append(cust("chen.mei@bazar-belleville.fr", "Chen Mei", "quarterly", start="2025-09-16", end="2025-12-15"))
pay("chen.mei@bazar-belleville.fr", "quarterly", Q, "2025-09-16T09:00:00", "2025-09-16", "2025-12-15", "LO-INV-90361")
r.case("chinoise-connexion-trop-tard", LOB, [Mail(
    "Chen Mei <chen.mei@bazar-belleville.fr>", "connexion impossible", at("2025-09-25 10:00", FR),
    "Bonjour，\n\nDepuis paiement trimestriel le 16 septembre je ne peux pas connecter, toujours \"mot de passe "
    "incorrect\" mais mot de passe est correct. Je demande rembourser LO-INV-90361.\n\nMerci\nChen Mei 陈梅")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-16, request 2025-09-25 = day 9 > 7 -> deny citing the 7-day rule.")

C.append(cust("contact@taxi-ambulance-gueret.fr", "Taxi Ambulance Guéret", "monthly", start="2025-09-26", end="2025-10-25"))
pay("contact@taxi-ambulance-gueret.fr", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25", "LO-INV-90371")
r.case("gueret-mauvaise-formule-points", LOB, [Mail(
    "Taxi Ambulance Guéret <contact@taxi-ambulance-gueret.fr>", "facture lo inv 90371", at("2025-09-29 07:45", FR),
    "Bonjour\n\nJe suis facturé pour la mauvaise formule sur la facture lo inv 90371, j'ai toujours eu le mensuel "
    "à prix réduit (offre de lancement) et là c'est le plein tarif. Merci de régulariser et de me rembourser.\n\n"
    "Cdlt\nDidier Lavaud")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong plan/price) inside L3 (charge 2025-09-26, day 3); 'lo inv 90371' = LO-INV-90371 (s.8) -> L5 escalate.")

C.append(cust("contact@asso-rugby-beziers.fr", "Rugby Béziers Jeunes", "monthly", start="2025-09-21", end="2025-10-20"))
pay("contact@asso-rugby-beziers.fr", "monthly", M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20", "LO-INV-90381")
r.case("beziers-plus-tag", LOB, [Mail(
    "Rugby Béziers Jeunes <contact+factures@asso-rugby-beziers.fr>", "Résiliation", at("2025-09-25 19:30", FR),
    "Bonsoir,\n\nMerci de résilier l'abonnement mensuel de l'école de rugby, le bénévole qui s'en occupait a "
    "déménagé.\n\nCordialement\nLe secrétariat")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: contact+factures@ is not the registered contact@asso-rugby-beziers.fr -> C2.")

C.append(cust("kabore.awa@yahoo.fr", "Awa Kaboré", "annual", start="2025-09-24", end="2026-09-23"))
pay("kabore.awa@yahoo.fr", "annual", A, "2025-09-24T12:00:00", "2025-09-24", "2026-09-23", "LO-INV-90391")
r.case("bobo-change-avis", LOB, [Mail(
    "Awa Kaboré <kabore.awa@yahoo.fr>", "Rembourser l'abonnement annuel", at("2025-09-26 16:30", BF),
    "Bonjour,\n\nJ'ai payé l'abonnement annuel mercredi mais après réflexion j'ai changé d'avis : mon mari dit qu'on "
    "doit plutôt investir dans le deuxième moulin pour la boutique de Bobo-Dioulasso. Je vous prie de me rembourser, "
    "ça fait seulement deux jours.\n\nQue Dieu vous bénisse\nAwa Kaboré")],
    "decided", [R("deny")],
    spec="L1: changed mind is no exception reason -> deny (inside the window is irrelevant); cancellation offered.")

C.append(cust("contact@plomberie-faure-aurillac.fr", "Plomberie Faure", "quarterly", start="2025-09-22", end="2025-12-21"))
pay("contact@plomberie-faure-aurillac.fr", "quarterly", Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21", "LO-INV-90401")
r.case("aurillac-sans-motif-remboursement", LOB, [Mail(
    "Plomberie Faure <contact@plomberie-faure-aurillac.fr>", "Remboursement LO-INV-90401", at("2025-09-24 07:30", FR),
    "Bonjour,\n\nMerci de procéder au remboursement de la facture LO-INV-90401 (abonnement trimestriel).\n\n"
    "Cordialement\nMathieu Faure\nPlomberie – Chauffage – Sanitaire\n15000 Aurillac\nTél. 04 71 48 22 10\n"
    "RGE Qualibat")],
    "need_info", missing=["reason"],
    spec="C3 / s.8 reason: restated request plus a signature, no explanation -> ask for the reason (sender, plan and invoice known).")

C.append(cust("direction@radio-pays-gex.fr", "Radio Pays de Gex", "monthly", start="2025-09-22", end="2025-10-21"))
pay("direction@radio-pays-gex.fr", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-90411")
r.case("radio-mail-fleuve", LOB, [Mail(
    "Radio Pays de Gex <direction@radio-pays-gex.fr>", "Plusieurs points", at("2025-09-25 15:15", FR),
    "Bonjour à toute l'équipe,\n\nD'abord bravo pour la nouvelle interface, nos animateurs l'adorent. Ensuite, "
    "petite question : est-ce que vous proposez une facturation en francs suisses ? Une partie de nos annonceurs "
    "est à Genève.\n\nEnfin, et c'est le plus important : notre prélèvement de lundi est un doublon, nous avons été "
    "débités deux fois pour le mensuel alors que nous n'avons qu'un seul compte. Remboursez le second débit svp.\n\n"
    "Et pour info, l'émission du samedi sur les associations locales cartonne, merci pour l'outil de relance !\n\n"
    "Belle journée\nOlivier Grosjean, directeur d'antenne")],
    "decided", [R("escalate")],
    spec="Request in the middle of a long mail: L2 duplicate inside the window (charge Mon 2025-09-22, day 3) but the ledger has one charge only -> L4 no pair: escalate.")

C.append(cust("accueil@ehpad-les-tilleuls-tulle.fr", "EHPAD Les Tilleuls", "quarterly", start="2025-07-01", end="2025-09-30"))
pay("accueil@ehpad-les-tilleuls-tulle.fr", "quarterly", Q, "2025-07-01T09:00:00", "2025-07-01", "2025-09-30", "LO-INV-90421")
r.case("tulle-dictee-resiliation", LOB, [Mail(
    "EHPAD Les Tilleuls <accueil@ehpad-les-tilleuls-tulle.fr>", "résiliation", at("2025-09-22 14:30", FR),
    "Bonjour virgule\n\nje souhaite résilier l'abonnement trimestriel point la direction a changé de prestataire point "
    "à la ligne merci de me confirmer par écrit point\n\nCordialement\nMonique Peyrat\n\nDicté depuis mon iPhone")],
    "decided", [K("cancel", "2025-09-30")],
    spec="Dictated text with spoken punctuation; L8 cancel effective current_period_end 2025-09-30.")

C.append(cust("contact@igihe-tours.rw", "Igihe Tours", "monthly", start="2025-09-27", end="2025-10-26"))
pay("contact@igihe-tours.rw", "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26", "LO-INV-90431")
pay("contact@igihe-tours.rw", "monthly", M, "2025-09-27T09:01:00", "2025-09-27", "2025-10-26", "LO-INV-90432")
r.case("kigali-kinyarwanda-seul", LOB, [Mail(
    "Igihe Tours <contact@igihe-tours.rw>", "Amafaranga yishyuwe kabiri", at("2025-09-29 09:40", RW),
    "Mwaramutse,\n\nTwishyuye kabiri ifatabuguzi ry'ukwezi ku itariki ya 27 Nzeri. Turasaba ko mwadusubiza "
    "amafaranga y'inyongera.\n\nMurakoze cyane\nJean-Paul Habimana")],
    "other",
    spec="s.8 language: the whole mail is in Kinyarwanda, which is not among the languages the bot reads (English, "
         "Hindi, Spanish, Portuguese, German, French) -> other, the trace names the language; staff handle the "
         "duplicate (LO-INV-90432) by hand.")

# =============================== Optima WebDesign ==============================
P.append(proj("Domaine de Cabrières Site", "contact@domaine-cabrieres.fr", None))
opay("OWD-2025-4101", "Domaine de Cabrières Site", "discovery", "10000.00", "1800.00", "2025-09-24T11:00:00")
r.case("cabrieres-discovery-rembourse", OWB, [Mail(
    "Domaine de Cabrières <contact@domaine-cabrieres.fr>", "Demande de remboursement — Domaine de Cabrières Site",
    at("2025-09-26 09:30", FR),
    "Bonjour,\n\nNous avons réglé le 24 septembre les frais de cadrage (facture OWD-2025-4101) pour le projet "
    "« Domaine de Cabrières Site ». Aucun atelier n'a encore eu lieu. Suite aux vendanges catastrophiques (grêle), "
    "nous gelons tous les investissements. Merci de nous rembourser.\n\nBien cordialement\nOlivier Fabre, vigneron",
    brand=OWB)],
    "decided", [R("approve", "10000.00")],
    spec="O1: discovery with work_started_at empty -> full refund before tax 10000.00.")

P.append(proj("Grenoble Alpes Coworking", "hello@alpes-coworking.fr", "2025-09-12T10:00:00"))
opay("OWD-2025-4102", "Grenoble Alpes Coworking", "discovery", "8500.00", "1530.00", "2025-09-10T10:00:00")
r.case("grenoble-discovery-commencee", OWB, [Mail(
    "Alpes Coworking <hello@alpes-coworking.fr>", "Remboursement cadrage OWD-2025-4102", at("2025-09-23 11:00", FR),
    "Hello,\n\nAprès l'atelier de cadrage du 12/09 on a réalisé qu'on voulait plutôt une simple page Notion. Pouvez-vous "
    "rembourser les frais de cadrage du projet Grenoble Alpes Coworking ?\n\nMerci !\nThéo", brand=OWB)],
    "decided", [R("deny")],
    spec="O1: the discovery session started 2025-09-12 before the request -> deny.")

P.append(proj("Ouaga Karité Boutique", "contact@ouaga-karite.bf", None))
opay("OWD-2025-4103", "Ouaga Karité Boutique", "deposit", "15000.00", "2700.00", "2025-09-26T15:00:00")
r.case("ouaga-acompte-70h", OWB, [Mail(
    "Ouaga Karité <contact@ouaga-karite.bf>", "Annulation acompte Ouaga Karité Boutique", at("2025-09-29 08:00", BF),
    "Bonjour,\n\nNous avons versé l'acompte (facture OWD-2025-4103) vendredi pour le projet « Ouaga Karité Boutique ». "
    "Notre coopérative de femmes n'a finalement pas obtenu le financement de l'ONG partenaire. Nous annulons et "
    "demandons le remboursement de l'acompte.\n\nRespectueusement\nMariam Sawadogo, présidente", brand=OWB)],
    "decided", [R("approve", "15000.00")],
    spec="O2: paid 2025-09-26 15:00 IST; email 2025-09-29 08:00 UTC = 13:30 IST (70.5 h), no work started -> approve 15000.00 before tax.")

P.append(proj("Kourou Spatial Tours", "contact@kourou-tours.gf", None))
opay("OWD-2025-4104", "Kourou Spatial Tours", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00")
r.case("kourou-acompte-73h", OWB, [Mail(
    "Kourou Spatial Tours <contact@kourou-tours.gf>", "Acompte Kourou Spatial Tours – remboursement",
    at("2025-09-29 02:40", GF),
    "Bonsoir / bonjour,\n\nJe vous écris en pleine nuit après le lancement d'Ariane. Nous avons payé l'acompte "
    "OWD-2025-4104 le 26/09 pour « Kourou Spatial Tours » mais notre licence de guide n'a pas été renouvelée. Nous "
    "demandons le remboursement, on est encore dans les 72 heures chez nous.\n\nCordialement\nKévin Lapoussin",
    brand=OWB)],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-26 10:00 IST; email 2025-09-29 02:40 -03:00 = 11:10 IST = 73 h 10 min > 72 h -> deny.")

P.append(proj("Mairie de Metz-Queuleu Portail", "communication@mairie-queuleu.fr", "2025-07-01T10:00:00"))
opay("OWD-2025-4105", "Mairie de Metz-Queuleu Portail", "milestone", "25000.00", "4500.00", "2025-07-01T10:00:00", milestone_status="completed")
opay("OWD-2025-4106", "Mairie de Metz-Queuleu Portail", "milestone", "18000.00", "3240.00", "2025-09-15T10:00:00", milestone_status="not_started")
opay("OWD-2025-4107", "Mairie de Metz-Queuleu Portail", "milestone", "12000.00", "2160.00", "2025-09-15T10:05:00", milestone_status="in_progress")
r.case("mairie-jalon-non-commence", OWB, [Mail(
    "Service Communication – Mairie <communication@mairie-queuleu.fr>", "Remboursement jalon OWD-2025-4106",
    at("2025-09-23 10:15", FR),
    "Madame, Monsieur,\n\nPar délibération du conseil municipal du 22 septembre, le module « e-démarches » du "
    "Mairie de Metz-Queuleu Portail (jalon 3, facture OWD-2025-4106, 21 240 INR TTC selon notre mandat) est abandonné, "
    "la métropole fournissant désormais ce service. Ce jalon n'a pas débuté. Nous sollicitons son remboursement.\n\n"
    "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\nPour le Maire et par "
    "délégation,\nAnne-Sophie Kieffer\nDirectrice de la communication", brand=OWB)],
    "decided", [R("approve", "18000.00")],
    spec="O3: OWD-2025-4106 milestone not_started -> approve its ledger amount before tax 18000.00 (the amount the email quotes is not trusted).")

r.case("mairie-jalon-en-cours", OWB, [Mail(
    "Service Communication – Mairie <communication@mairie-queuleu.fr>", "Jalon OWD/2025/4107", at("2025-09-29 14:30", FR),
    "Madame, Monsieur,\n\nDans la continuité de notre précédent courrier, nous renonçons également au jalon 2 "
    "(agenda des manifestations, facture OWD/2025/4107) du portail Mairie de Metz-Queuleu Portail, l'office de "
    "tourisme reprenant l'agenda. Nous vous remercions de bien vouloir nous le rembourser.\n\n"
    "Pour le Maire et par délégation,\nAnne-Sophie Kieffer", brand=OWB)],
    "decided", [R("escalate")],
    spec="O3: OWD/2025/4107 (s.8) is in_progress -> escalate (value of unstarted work needs a person).")

r.case("mairie-jalon-livre", OWB, [Mail(
    "Service Communication – Mairie <communication@mairie-queuleu.fr>", "Contestation jalon 1 OWD-2025-4105",
    at("2025-09-30 09:00", FR),
    "Madame, Monsieur,\n\nLa nouvelle équipe municipale juge la charte graphique (jalon 1, OWD-2025-4105, livrée en "
    "août) inadaptée. Nous en demandons le remboursement pour le Mairie de Metz-Queuleu Portail.\n\nPour le Maire et "
    "par délégation,\nAnne-Sophie Kieffer", brand=OWB)],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-4105 is completed -> deny (completed deliverables are non-refundable).")

P.append(proj("Cayenne Carnaval Retainer", "comite@carnaval-cayenne.gf", "2025-02-01T10:00:00"))
opay("OWD-2025-4108", "Cayenne Carnaval Retainer", "retainer", "9000.00", "1620.00", "2025-09-06T09:00:00",
     period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00")
r.case("cayenne-retainer-pile-7-jours", OWB, [Mail(
    "Comité du Carnaval <comite@carnaval-cayenne.gf>", "Résiliation Cayenne Carnaval Retainer – OWD-2025-4108",
    at("2025-09-29 14:00", GF),
    "Bonjour,\n\nLe comité résilie le contrat d'animation des réseaux « Cayenne Carnaval Retainer » (dernière facture "
    "OWD-2025-4108) : la collectivité territoriale reprend la communication du carnaval 2026.\n\nCordialement\n"
    "Le président du comité, Steeve Jean-Louis", brand=OWB)],
    "decided", [K("cancel", "2025-10-05")],
    spec="O4 boundary: email 2025-09-29 14:00 -03:00 = 22:30 IST, local date 2025-09-29 = next_billing 2025-10-06 minus 7 days -> enough notice: cancel effective 2025-10-05.")

P.append(proj("Monaco Padel Club Social", "direction@monaco-padel.mc", "2025-05-02T10:00:00"))
opay("OWD-2025-4109", "Monaco Padel Club Social", "retainer", "17000.00", "3060.00", "2025-09-04T09:00:00",
     period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00")
r.case("monaco-retainer-preavis-court", OWB, [Mail(
    "Monaco Padel Club <direction@monaco-padel.mc>", "Fin du contrat Monaco Padel Club Social", at("2025-09-30 10:00", FR),
    "Bonjour,\n\nNous mettons fin au contrat « Monaco Padel Club Social » (OWD-2025-4109) : le club est racheté par un "
    "groupe hôtelier qui a sa propre agence.\n\nBien à vous\nStefano Rey, directeur", brand=OWB)],
    "decided", [K("cancel", "2025-11-03")],
    spec="O4: request 2025-09-30, next_billing 2025-10-04 (cut-off 2025-09-27) -> less than 7 days: next cycle 2025-10-04 to 2025-11-03 billed, effective 2025-11-03.")

P.append(proj("Librairie Sauramps Newsletter", "marketing@sauramps-mtp.fr", "2025-03-10T10:00:00"))
opay("OWD-2025-4110", "Librairie Sauramps Newsletter", "retainer", "7000.00", "1260.00", "2025-09-14T09:00:00",
     period_start="2025-09-14", period_end="2025-10-13", next_billing_at="2025-10-14T09:00:00")
opay("OWD-2025-4111", "Librairie Sauramps Newsletter", "retainer", "7000.00", "1260.00", "2025-09-27T09:00:00",
     period_start="2025-10-14", period_end="2025-11-13", next_billing_at="2025-11-14T09:00:00")
r.case("montpellier-retainer-deja-paye", OWB, [Mail(
    "Sauramps Marketing <marketing@sauramps-mtp.fr>", "Résiliation Librairie Sauramps Newsletter", at("2025-09-30 11:30", FR),
    "Bonjour,\n\nNous résilions le contrat Librairie Sauramps Newsletter (factures OWD-2025-4110 et OWD-2025-4111) "
    "car nous internalisons la newsletter avec notre nouvelle alternante. Nous avons vu que le mois prochain est "
    "déjà réglé.\n\nCordialement\nCamille Roux", brand=OWB)],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: next cycle (2025-10-14 to 2025-11-13) already paid (OWD-2025-4111) and notice >= 7 days (2025-09-30 <= 2025-10-07) -> escalate.")

P.append(proj("Chalet Les Arolles Hébergement", "resa@chalet-arolles.fr", "2025-10-05T10:00:00"))
opay("OWD-2025-4112", "Chalet Les Arolles Hébergement", "hosting_annual", "9600.00", "1728.00", "2025-09-27T09:00:00",
     setup_fee="1200.00", service_start="2025-10-05")
r.case("arolles-hebergement-avant-debut", OWB, [Mail(
    "Chalet Les Arolles <resa@chalet-arolles.fr>", "Annulation hébergement annuel OWD-2025-4112", at("2025-09-29 18:00", FR),
    "Bonsoir,\n\nNous annulons l'hébergement annuel « Chalet Les Arolles Hébergement » (OWD-2025-4112) avant même son "
    "démarrage : le chalet à Val-Cenis est vendu. Merci de nous rembourser ce qui peut l'être.\n\nBonne soirée\n"
    "Famille Favre", brand=OWB)],
    "decided", [R("approve", "7700.00")], extra_ok=True,
    spec="O5 + s.8 (before the service starts, consumed_months = 1): 9600 - 1200 - (8400/12 = 700) x 1 = 7700.00.")

P.append(proj("Cabinet Vétérinaire Maurienne Maintenance", "veto@maurienne-veto.fr", "2025-09-01T10:00:00"))
opay("OWD-2025-4113", "Cabinet Vétérinaire Maurienne Maintenance", "maintenance_annual", "8000.00", "1440.00",
     "2025-08-30T09:00:00", setup_fee="800.00", service_start="2025-09-01")
r.case("maurienne-maintenance-trop-tard", OWB, [Mail(
    "Cabinet vétérinaire de Maurienne <veto@maurienne-veto.fr>", "Résiliation maintenance + remboursement",
    at("2025-09-17 12:00", FR),
    "Bonjour,\n\nNous résilions la maintenance « Cabinet Vétérinaire Maurienne Maintenance » (OWD-2025-4113) et "
    "demandons le remboursement au prorata : notre groupement vétérinaire nous impose son prestataire.\n\n"
    "Dr Aurélie Bozon", brand=OWB)],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-17 = 16 days > 14 -> deny.")

P.append(proj("Restaurant Le Jardin de Jade Hébergement", "contact@jardin-de-jade-lyon.fr", "2025-09-25T10:00:00"))
opay("OWD-2025-4114", "Restaurant Le Jardin de Jade Hébergement", "hosting_annual", "7000.00", "1260.00",
     "2025-09-24T09:00:00", setup_fee="500.00", service_start="2025-09-25")
r.case("jardin-jade-hebergement-arrondi", OWB, [Mail(
    "Le Jardin de Jade <contact@jardin-de-jade-lyon.fr>", "rembourser hébergement", at("2025-09-27 15:00", FR),
    "Bonjour，\n\nNous voulons annuler l'hébergement « Restaurant Le Jardin de Jade Hébergement », facture "
    "OWD-2025-4114. Mon neveu a fait site gratuit avec WeChat mini-programme, plus pratique pour clients chinois. "
    "Merci rembourser selon règles.\n\nCordialement\nZhou Jianguo 周建国", brand=OWB)],
    "decided", [R("approve", "5958.33")], extra_ok=True,
    spec="O5: 2 days after service_start 2025-09-25: 7000 - 500 - (6500/12 = 541.666...) x 1 = 5958.333... -> 5958.33 (half-up, once).")

P.append(proj("Festival Jazz Vienne Billetterie", "prod@jazz-vienne-festival.fr", "2025-06-01T10:00:00"))
opay("OWD-2025-4115", "Festival Jazz Vienne Billetterie", "third_party", "6500.00", "1170.00", "2025-09-20T09:00:00")
r.case("jazz-vienne-licence", OWB, [Mail(
    "Production Festival <prod@jazz-vienne-festival.fr>", "Remboursement licence billetterie OWD-2025-4115",
    at("2025-09-24 16:00", FR),
    "Bonjour,\n\nLa licence annuelle du module de billetterie (OWD-2025-4115) du Festival Jazz Vienne Billetterie ne "
    "nous sert plus : nous passons par la plateforme de la région. Merci de la rembourser.\n\nCordialement\n"
    "Jérôme Bret, régisseur", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: third_party licence -> never refundable: deny.")

P.append(proj("Clinique du Sport Montpellier", "com@clinique-sport-mtp.fr", "2025-09-01T10:00:00"))
opay("OWD-2025-4116", "Clinique du Sport Montpellier", "change_request", "5500.00", "990.00", "2025-09-19T09:00:00")
r.case("clinique-demande-modif", OWB, [Mail(
    "Clinique du Sport – Communication <com@clinique-sport-mtp.fr>", "Remboursement avenant OWD-2025-4116",
    at("2025-09-25 10:00", FR),
    "Bonjour,\n\nL'avenant pour la prise de rendez-vous en ligne (OWD-2025-4116) du site Clinique du Sport "
    "Montpellier n'a plus d'objet : nous passons par Doctolib. Merci de nous rembourser cet avenant.\n\n"
    "Cordialement\nService communication", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: change_request outside the original scope -> never refundable: deny.")

P.append(proj("Gîtes de Millevaches Réservation", "gites@millevaches-resa.fr", None))
opay("OWD-2025-4117", "Gîtes de Millevaches Réservation", "deposit", "11000.00", "1980.00", "2025-09-29T10:00:00")
r.case("millevaches-c2-gmail", OWB, [Mail(
    "Bernard Lachaud <bernard.lachaud19@gmail.com>", "Acompte à rembourser", at("2025-09-29 20:00", FR),
    "Bonsoir,\n\nJe suis le gérant des Gîtes de Millevaches. Nous avons payé l'acompte ce matin (OWD-2025-4117) mais "
    "l'associé se retire. Merci de rembourser. Notre adresse de contrat est gites@millevaches-resa.fr, je n'y ai pas "
    "accès ce soir.\n\nBernard Lachaud", brand=OWB)],
    "need_info", rules=["C2"],
    spec="C2: the sender is not the contract email gites@millevaches-resa.fr -> ask to write from it; nothing about the project.")

P.append(proj("Lycée Lafayette BTS Vitrine", "proviseur@lycee-lafayette-brioude.fr", "2025-05-01T10:00:00"))
opay("OWD-2025-4118", "Lycée Lafayette BTS Vitrine", "retainer", "5000.00", "900.00", "2025-09-16T09:00:00",
     period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16T09:00:00")
l1 = Mail("Proviseur Lycée Lafayette <proviseur@lycee-lafayette-brioude.fr>", "Résiliation contrat OWD-2025-4118",
          at("2025-09-24 09:00", FR),
          "Madame, Monsieur,\n\nJe vous informe de la résiliation du contrat de maintenance éditoriale « Lycée "
          "Lafayette BTS Vitrine » (facture OWD-2025-4118).\n\nLe proviseur\nM. Granet", brand=OWB,
          msgid="<fr32-lafayette.20250924@lycee-lafayette-brioude.fr>")
r.case("brioude-resiliation-sans-motif", OWB, [l1], "need_info", missing=["reason"],
       spec="s.8: Optima requires a reason for cancellations; contract sender, project and invoice given -> ask for reason.")
l_bot = Mail("Optima WebDesign <optimawebdesigns12@gmail.com>", "Re: Résiliation contrat OWD-2025-4118 [OWD-4218]",
             at("2025-09-24 16:00", (5, 30)), "Merci de nous indiquer le motif de la résiliation.", reply=l1,
             to="proviseur@lycee-lafayette-brioude.fr", brand=OWB)
l_bot.build("fr-o-bot")
r.case("brioude-fil-motif-fourni", OWB, [l1, Mail(
    "Proviseur Lycée Lafayette <proviseur@lycee-lafayette-brioude.fr>", "RE: Résiliation contrat OWD-2025-4118 [OWD-4218]",
    at("2025-09-25 08:20", FR),
    "Bonjour,\n\nLe motif : le rectorat impose désormais l'hébergement des sites des sections BTS sur l'ENT académique.\n\n"
    "M. Granet\n\n-----Message d'origine-----\nDe : Optima WebDesign <optimawebdesigns12@gmail.com>\n"
    "Envoyé : mercredi 24 septembre 2025 12:30\nÀ : proviseur@lycee-lafayette-brioude.fr\n"
    "Objet : Re: Résiliation contrat OWD-2025-4118 [OWD-4218]\n\nMerci de nous indiquer le motif de la résiliation.",
    reply=l_bot, brand=OWB)],
    "decided", [K("cancel", "2025-10-15")],
    spec="C3 thread: the answer gives the reason; request time = first mail 2025-09-24 <= next_billing 2025-10-16 minus 7 (2025-10-09) -> O4 cancel effective 2025-10-15.")

P.append(proj("Brasserie Artisanale Volvic", "bonjour@brasserie-volvic.fr", "2025-08-01T10:00:00"))
P.append(proj("Volvic Bières Boutique", "bonjour@brasserie-volvic.fr", "2025-08-20T10:00:00"))
opay("OWD-2025-4119", "Brasserie Artisanale Volvic", "milestone", "9000.00", "1620.00", "2025-09-18T09:00:00", milestone_status="not_started")
opay("OWD-2025-4120", "Volvic Bières Boutique", "milestone", "6000.00", "1080.00", "2025-09-18T09:10:00", milestone_status="not_started")
r.case("volvic-quel-projet", OWB, [Mail(
    "Brasserie de Volvic <bonjour@brasserie-volvic.fr>", "Remboursement étape", at("2025-09-26 17:30", FR),
    "Salut,\n\nOn doit annuler une des étapes pas encore commencées, notre associé brasseur est parti en Belgique et on "
    "réduit la voilure. Vous pouvez nous la rembourser ?\n\nÀ la vôtre !\nRomain", brand=OWB)],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: contract sender with two projects and two milestone invoices; reason given, neither named -> ask for project_name and invoice_number.")

P.append(proj("Hôtel Kivu Lodge Site", "direction@kivu-lodge.rw", "2025-07-10T10:00:00"))
opay("OWD-2025-4121", "Hôtel Kivu Lodge Site", "milestone", "16000.00", "2880.00", "2025-09-10T09:00:00", milestone_status="not_started")
r.case("kivu-avocat-droits", OWB, [Mail(
    "Kivu Lodge Direction <direction@kivu-lodge.rw>", "Remboursement OWD-2025-4121 – dernier rappel", at("2025-09-26 10:00", RW),
    "Bonjour,\n\nNous demandons le remboursement du jalon OWD-2025-4121 du projet « Hôtel Kivu Lodge Site » : la "
    "saison touristique à Gisenyi est annulée. Faute de réponse rapide, notre avocat à Kigali saisira le tribunal de "
    "commerce.\n\nCordialement\nEmmanuel Nkurunziza, directeur", brand=OWB)],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: lawyer and court invoked -> escalate (O3 would otherwise approve the not_started milestone).")

r.case("owd-reponse-auto-conges", OWB, [Mail(
    "Domaine de Cabrières <contact@domaine-cabrieres.fr>", "Réponse automatique : Votre facture OWD-2025-4101",
    at("2025-09-27 08:00", FR),
    "Bonjour, le domaine est fermé pour les vendanges jusqu'au 5 octobre. Nous traiterons remboursements et factures "
    "à notre retour.", brand=OWB, headers={"Auto-Submitted": "auto-generated"},
    refs_extra=["<CAOWDx4101.20250926@mail.gmail.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-generated -> ignore.")

r.case("owd-propre-adresse-facturation", OWB, [Mail(
    "Optima WebDesign Facturation <billing@optimawebdesign.com>", "Remboursement initié – OWD-2025-4103",
    at("2025-09-30 10:00", (5, 30)),
    "Bonjour,\n\nLe remboursement de l'acompte OWD-2025-4103 a été initié.\n\nService facturation",
    to="optimawebdesigns12@gmail.com", brand=OWB)],
    "ignore", rules=["C7"], spec="C7: mail from the brand's own address billing@optimawebdesign.com -> ignore.")

P.append(proj("Auberge du Mont Mézenc", "auberge@mont-mezenc.fr", "2025-06-01T10:00:00"))
opay("OWD-2025-4122", "Auberge du Mont Mézenc", "hosting_annual", "6000.00", "1080.00", "2025-06-01T09:00:00",
     setup_fee="600.00", service_start="2025-06-01")
r.case("mezenc-question-devis", OWB, [Mail(
    "Auberge du Mont Mézenc <auberge@mont-mezenc.fr>", "Devis page réservation", at("2025-09-29 10:30", FR),
    "Bonjour,\n\nTrès contents du site ! Pourriez-vous nous faire un devis pour ajouter une page de réservation "
    "des chambres avant l'hiver ? Il ne s'agit pas d'annuler quoi que ce soit.\n\nMerci, à bientôt sur le plateau\n"
    "Josiane Chapuis", brand=OWB)],
    "other", spec="Quote request, cancellation explicitly ruled out -> other.")

P.append(proj("Team Cyclisme Tarn", "president@team-cyclisme-tarn.fr", None))
opay("OWD-2025-4123", "Team Cyclisme Tarn", "discovery", "6000.00", "1080.00", "2025-09-28T10:00:00")
r.case("thunderbird-tr-c2-president", OWB, [Mail(
    "Trésorier Team Cyclisme <tresorier.tct@laposte.net>", "Fwd: Remboursement cadrage Team Cyclisme Tarn",
    at("2025-09-30 21:00", FR),
    "Bonsoir,\n\nje vous fais suivre le message du président, merci.\n\nPatrick\n\n"
    "-------- Message transféré --------\nSujet : \tRemboursement cadrage Team Cyclisme Tarn\n"
    "Date : \tMon, 29 Sep 2025 18:12:40 +0200\nDe : \tPrésident TCT <president@team-cyclisme-tarn.fr>\n"
    "Pour : \ttresorier.tct@laposte.net\n\nPatrick, peux-tu demander à Optima le remboursement des frais de "
    "cadrage (OWD-2025-4123) ? Le conseil départemental a supprimé la subvention, on arrête le projet de site.\n"
    "Jean-Luc", brand=OWB)],
    "need_info", rules=["C2"],
    spec="s.8 forward (Thunderbird) + C2: the forwarded request comes from the contract email president@team-cyclisme-tarn.fr; the sender is the treasurer's laposte address -> ask for the request from the contract email.")

P.append(proj("Résidence Étudiante Saint-Martin Guyane", "gestion@residence-stmartin.gf", "2025-09-22T10:00:00"))
opay("OWD-2025-4124", "Résidence Étudiante Saint-Martin Guyane", "setup", "2500.00", "450.00", "2025-09-22T09:00:00")
opay("OWD-2025-4125", "Résidence Étudiante Saint-Martin Guyane", "retainer", "4500.00", "810.00", "2025-09-22T09:05:00",
     period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22T09:00:00")
r.case("guyane-frais-mise-en-service-et-resiliation", OWB, [Mail(
    "Résidence Saint-Martin <gestion@residence-stmartin.gf>", "Résiliation et remboursement frais", at("2025-09-27 09:00", GF),
    "Bonjour,\n\nNous résilions le contrat de la Résidence Étudiante Saint-Martin Guyane (facture mensuelle "
    "OWD-2025-4125) : l'université reprend la gestion du logement étudiant. Nous demandons aussi le remboursement des "
    "frais de mise en service OWD-2025-4124, puisque le service s'arrête.\n\nCordialement\nNadia Pierre-Louis",
    brand=OWB)],
    "decided", [R("deny"), K("cancel", "2025-10-21")],
    spec="O6: setup fee never refundable -> deny; O4: request 2025-09-27 17:30 IST <= 2025-10-22 minus 7 (2025-10-15) -> cancel effective 2025-10-21.")

r.write(ledger)
