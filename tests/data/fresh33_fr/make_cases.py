"""fresh33_fr: French held-out cases (Champagne/Reims, Poitou-Charentes/Vendée, the Basque Country (Bayonne),
Chad/Niger, Guinea (Conakry), Djibouti, Comoros/Mayotte, French written by Russian and Romanian speakers).
Stdlib only, deterministic. Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (names, firms and addresses are invented)."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
FR = 2      # CEST: metropolitan France in September 2025
TD = 1      # Chad, Niger (WAT)
GN = 0      # Guinea (GMT)
EA = 3      # Djibouti, Comoros, Mayotte (EAT); Moscow (MSK); Romania (EEST)
IST = timezone(timedelta(hours=5, minutes=30))

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "fr")
n = [0]
m = [0]


def pay(email, plan, amt, paid_at, ps, pe, inv, status="paid"):
    n[0] += 1
    PAY.append(lopay(f"fr33_p{n[0]:02d}", inv, email, plan, *amt, paid_at, ps, pe, status=status))


def opay(inv, project, kind, amount, tax, paid_at, **kw):
    m[0] += 1
    PAY.append(owpay(f"fr33_o{m[0]:02d}", inv, project, kind, amount, tax, paid_at, **kw))


def day(paid_at, when):
    p = datetime.fromisoformat(paid_at)
    p = p.replace(tzinfo=IST) if p.tzinfo is None else p.astimezone(IST)
    return (when.astimezone(IST).date() - p.date()).days


def hours(paid_at, when):
    return (when - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


def ist(when):
    return when.astimezone(IST).strftime("%Y-%m-%d %H:%M")


def B(frm, subj, when, body, **kw):
    kw.setdefault("brand", OWB)
    return Mail(frm, subj, when, body, **kw)


# ======================= LeadsOptima =======================

# l01 Reims plumbing firm, duplicate day 2
C.append(cust("contact@plomberie-lallement.fr", "Plomberie Lallement", "monthly", start="2025-09-22", end="2025-10-21"))
pay("contact@plomberie-lallement.fr", "monthly", M, "2025-09-22T08:14:00", "2025-09-22", "2025-10-21", "LO-INV-43101")
pay("contact@plomberie-lallement.fr", "monthly", M, "2025-09-22T08:15:00", "2025-09-22", "2025-10-21", "LO-INV-43102")
w = at("2025-09-24 08:05", FR)
assert day("2025-09-22T08:14:00", w) == 2
r.case("reims-plombier-double-prelevement", LOB, [Mail(
    "Plomberie Lallement <contact@plomberie-lallement.fr>", "double prélèvement abonnement", w,
    "Bonjour,\n\nEn faisant le rapprochement bancaire ce matin, notre comptable a vu que l'abonnement mensuel a été "
    "prélevé deux fois le 22/09, 1 499,00 INR HT chaque fois, à une minute d'intervalle. La facture en trop est la "
    "LO-INV-43102. Merci de nous rembourser ce second prélèvement.\n\nOn garde l'abonnement, pas de résiliation.\n\n"
    "Cordialement,\nNathalie Lallement\nPlomberie Lallement SARL - Chauffage, sanitaire\n12 rue de Vesle, 51100 Reims")],
    "decided", [R("approve", "1499.00")],
    spec="L4: two paid 1499.00 charges 2025-09-22 same period; request 2025-09-24 08:05 CEST = 11:35 IST (day 2); refund the later LO-INV-43102 = 1499.00 before tax. 'pas de résiliation' is a negation.")

# l02 Vendée property manager, day 7 evening
C.append(cust("gestion@agence-vendeenne-syndic.fr", "Agence Vendéenne de Syndic", "annual", start="2025-09-16", end="2026-09-15"))
pay("gestion@agence-vendeenne-syndic.fr", "annual", A, "2025-09-16T10:00:00", "2025-09-16", "2026-09-15", "LO-INV-43111")
pay("gestion@agence-vendeenne-syndic.fr", "annual", A, "2025-09-16T10:00:20", "2025-09-16", "2026-09-15", "LO-INV-43112")
w = at("2025-09-23 19:45", FR)
assert day("2025-09-16T10:00:00", w) == 7
r.case("la-roche-syndic-jour7", LOB, [Mail(
    "Agence Vendéenne de Syndic <gestion@agence-vendeenne-syndic.fr>", "Licence annuelle facturée 2 fois - lo inv 43112", w,
    "Bonsoir,\n\nJe clôture les comptes des copropriétés et je constate que la licence annuelle a été débitée deux "
    "fois le 16 septembre (11 988,00 + 11 988,00). Merci d'annuler et de rembourser la deuxième opération, lo inv "
    "43112. La première est bien sûr correcte.\n\nBonne soirée,\nFranck Guilbaud\nGestionnaire de copropriétés\n"
    "Agence Vendéenne de Syndic, La Roche-sur-Yon")],
    "decided", [R("approve", "11988.00")],
    spec="L3 boundary: charge 2025-09-16 IST; email 2025-09-23 19:45 CEST = 23:15 IST, day 7, inside; L4 duplicate 'lo inv 43112' = LO-INV-43112 -> 11988.00.")

# l03 Conakry, duplicate, day 8 in IST
C.append(cust("direction@cliniquedentaire-kaloum.gn", "Cabinet dentaire Kaloum", "monthly", start="2025-09-15", end="2025-10-14"))
pay("direction@cliniquedentaire-kaloum.gn", "monthly", M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14", "LO-INV-43121")
pay("direction@cliniquedentaire-kaloum.gn", "monthly", M, "2025-09-15T09:01:00", "2025-09-15", "2025-10-14", "LO-INV-43122")
w = at("2025-09-22 19:00", GN)
assert day("2025-09-15T09:00:00", w) == 8 and ist(w) == "2025-09-23 00:30"
r.case("conakry-dentiste-jour8", LOB, [Mail(
    "Cabinet dentaire Kaloum <direction@cliniquedentaire-kaloum.gn>", "Paiement en double", w,
    "Bonsoir,\n\nLe 15 septembre très tôt le matin, l'abonnement mensuel a été payé deux fois par notre carte "
    "(factures LO-INV-43121 et LO-INV-43122). Nous demandons le remboursement de la deuxième. Nous sommes le 22, "
    "donc encore dans la semaine, si Dieu le veut.\n\nRespectueusement,\nDr Mamadou Saliou Bah\n"
    "Cabinet dentaire Kaloum, Conakry")],
    "decided", [R("deny")],
    spec="L3: charge 2025-09-15 09:00 IST (= 03:30 GMT on 09-15, 'très tôt le matin'); email 2025-09-22 19:00 GMT = 2025-09-23 00:30 IST, day 8 > 7 -> deny.")

# l04 Djibouti, three identical charges
C.append(cust("compta@transit-ambouli.dj", "Transit Ambouli", "quarterly", start="2025-09-26", end="2025-12-25"))
for i, t in enumerate(("18:00", "18:01", "18:03")):
    pay("compta@transit-ambouli.dj", "quarterly", Q, f"2025-09-26T{t}:00", "2025-09-26", "2025-12-25", f"LO-INV-4314{i+1}")
w = at("2025-09-27 08:30", EA)
assert day("2025-09-26T18:00:00", w) == 1
r.case("djibouti-transit-trois-fois", LOB, [Mail(
    "Comptabilité Transit Ambouli <compta@transit-ambouli.dj>", "Prélèvement x3 !!", w,
    "Bonjour,\n\nHier après-midi (26/09, vers 15h30 heure de Djibouti) l'abonnement trimestriel a été prélevé TROIS "
    "fois, 3 999 roupies à chaque fois : LO-INV-43141, LO-INV-43142, LO-INV-43143. Un seul abonnement nous suffit, "
    "merci de rembourser les deux prélèvements en trop.\n\nSalutations,\nHassan Omar Djama\nTransit Ambouli, Djibouti-Ville")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges 2025-09-26 18:00 IST (15:30 EAT); request 2025-09-27 08:30 EAT = 11:00 IST (day 1): 2 x 3999.00 = 7998.00.")

# l05 Niort: duplicate claimed, one charge in the ledger
C.append(cust("contact@ecole-musique-marais.fr", "École de musique du Marais poitevin", "monthly", start="2025-09-25", end="2025-10-24"))
pay("contact@ecole-musique-marais.fr", "monthly", M, "2025-09-25T12:30:00", "2025-09-25", "2025-10-24", "LO-INV-43151")
r.case("niort-ecole-musique-double-non-confirme", LOB, [Mail(
    "École de musique du Marais <contact@ecole-musique-marais.fr>", "débité 2 fois ?", at("2025-09-27 10:15", FR),
    "Bonjour,\n\nSur le relevé de la banque je vois deux lignes LeadsOptima de 1 499,00 INR datées du 25/09, dont "
    "une marquée \"en attente\". Nous avons donc été débités deux fois. Merci de rembourser le deuxième débit.\n\n"
    "Musicalement,\nClaire Rousseau, secrétariat\nÉcole de musique du Marais poitevin, Coulon")],
    "decided", [R("escalate")],
    spec="L2 duplicate claimed inside L3 (day 2), but the ledger has a single paid charge LO-INV-43151: no pair -> L4 escalate.")

# l06 Bucharest (Romanian writer): wrong plan
C.append(cust("office@traduceri-popescu.ro", "Popescu Traductions", "quarterly", start="2025-09-25", end="2025-12-24"))
pay("office@traduceri-popescu.ro", "annual", A, "2025-09-25T11:00:00", "2025-09-25", "2026-09-24", "LO-INV-43161")
r.case("bucarest-mauvais-forfait", LOB, [Mail(
    "Ioana Popescu <office@traduceri-popescu.ro>", "Erreur de facturation LO-INV-43161", at("2025-09-26 10:20", EA),
    "Bonjour,\n\nJe vous écris en français car c'est plus facile pour moi que l'anglais. Nous avons choisi l'abonnement "
    "trimestriel mais vous avez prélevé le montant annuel de 11 988 INR (facture LO-INV-43161). C'est une erreur de "
    "facturation, merci de corriger et de rembourser la différence.\n\nVă mulțumesc / Merci beaucoup\nIoana Popescu\n"
    "Traduceri Popescu SRL, București")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged the annual instead of the quarterly plan), request day 1 -> L5 escalate.")

# l07 Angoulême parish: charged after cancelling
C.append(cust("secretariat@paroisse-saint-ausone.fr", "Paroisse Saint-Ausone", "monthly", start="2025-09-28", end="2025-10-27"))
pay("secretariat@paroisse-saint-ausone.fr", "monthly", M, "2025-08-28T09:00:00", "2025-08-28", "2025-09-27", "LO-INV-43171")
pay("secretariat@paroisse-saint-ausone.fr", "monthly", M, "2025-09-28T09:00:00", "2025-09-28", "2025-10-27", "LO-INV-43172")
r.case("angouleme-paroisse-apres-resiliation", LOB, [Mail(
    "Secrétariat paroissial <secretariat@paroisse-saint-ausone.fr>", "Prélèvement malgré résiliation", at("2025-09-29 10:00", FR),
    "Bonjour,\n\nNous avions résilié l'abonnement début septembre depuis l'espace client (nous n'avons hélas pas gardé le "
    "courriel de confirmation). Pourtant un nouveau prélèvement a eu lieu le 28/09, facture LO-INV-43172. Merci de "
    "vérifier et de nous rembourser cette somme.\n\nBien fraternellement,\nOdile Mercier, secrétariat\n"
    "Paroisse Saint-Ausone, Angoulême")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged after they cancelled, a past event), request day 1 -> L5 escalate.")

# l08 Bayonne: access failure inside the window
C.append(cust("harrera@pelota-eskola-baiona.fr", "Pelota Eskola Baiona", "monthly", start="2025-09-24", end="2025-10-23"))
pay("harrera@pelota-eskola-baiona.fr", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23", "LO-INV-43181")
r.case("bayonne-impossible-connexion", LOB, [Mail(
    "Pelota Eskola Baiona <harrera@pelota-eskola-baiona.fr>", "Plus d'accès depuis jeudi", at("2025-09-27 16:30", FR),
    "Kaixo,\n\nDepuis jeudi impossible de me connecter au tableau de bord : après l'identification, la page reste "
    "blanche. J'ai essayé Firefox, Chrome, le téléphone, vidé le cache comme me l'a dit votre chat, rien. Il me faut "
    "l'outil pour les inscriptions de la saison. Si ça ne marche pas, je veux le remboursement du paiement du 24/09.\n\n"
    "Milesker / Merci\nMaialen Etxeberri\nPelota Eskola Baiona, Bayonne")],
    "decided", [R("escalate")],
    spec="L2 access_failure, the one charge 2025-09-24, request 2025-09-27 (day 3) -> L6 escalate.")

# l09 Châlons: access failure too late
C.append(cust("contact@couverture-pernet.fr", "Couverture Pernet", "quarterly", start="2025-09-10", end="2025-12-09"))
pay("contact@couverture-pernet.fr", "quarterly", Q, "2025-09-10T09:30:00", "2025-09-10", "2025-12-09", "LO-INV-43191")
w = at("2025-09-26 06:50", FR)
assert day("2025-09-10T09:30:00", w) == 16
r.case("chalons-connexion-trop-tard", LOB, [Mail(
    "Couverture Pernet <contact@couverture-pernet.fr>", "connexion impossible", w,
    "bjr\nca fait 2 semaines que jarrive pas a me connecter, le mail de reinitialisation du mot de passe arrive jamais. "
    "jen ai marre, je veux etre rembourse du trimestre LO-INV-43191\nkevin pernet\ncouvreur zingueur chalons\n\n"
    "Envoyé de mon iPhone")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-10, request 2025-09-26 (day 16) -> deny.")

# l10 Moscow (Russian writer): changed mind
C.append(cust("info@studio-voronina.ru", "Studio Voronina", "annual", start="2025-09-25", end="2026-09-24"))
pay("info@studio-voronina.ru", "annual", A, "2025-09-25T13:00:00", "2025-09-25", "2026-09-24", "LO-INV-43201")
r.case("moscou-change-d-avis", LOB, [Mail(
    "Elena Voronina <info@studio-voronina.ru>", "Remboursement abonnement annuel", at("2025-09-26 14:10", EA),
    "Bonjour,\n\nExcusez mon français, je l'ai appris à l'université il y a longtemps. Hier nous avons acheté "
    "l'abonnement annuel (LO-INV-43201), mais après réflexion avec mon associé nous avons changé d'avis : nous restons "
    "avec notre ancien système, il est plus simple pour nous. Nous voulons récupérer l'argent.\n\n"
    "Avec mes salutations distinguées,\nElena Voronina\nСтудия Ворониной / Studio Voronina, Moscou")],
    "decided", [R("deny")],
    spec="L1: change of mind is no exception -> refund deny (cancellation offered in the reply, none asked).")

# l11 La Rochelle: too expensive, refund + cancel
C.append(cust("contact@ostreiculture-bouyer.fr", "Ostréiculture Bouyer", "monthly", start="2025-09-19", end="2025-10-18"))
pay("contact@ostreiculture-bouyer.fr", "monthly", M, "2025-09-19T08:00:00", "2025-09-19", "2025-10-18", "LO-INV-43211")
r.case("marennes-trop-cher-resilier", LOB, [Mail(
    "Ostréiculture Bouyer <contact@ostreiculture-bouyer.fr>", "Arrêt abonnement", at("2025-09-23 12:05", FR),
    "Bonjour,\n\nVotre logiciel est trop cher pour une petite exploitation comme la nôtre, 1 499 par mois on ne s'y "
    "retrouve pas avec les huîtres. On veut résilier l'abonnement et être remboursés du paiement du 19 septembre, on "
    "ne s'en est presque pas servi.\n\nCordialement,\nPascal Bouyer\nOstréiculture Bouyer, Marennes")],
    "decided", [R("deny"), K("cancel", "2025-10-18")],
    spec="L1: too expensive / hardly used -> refund deny; L8 cancel at current_period_end 2025-10-18.")

# l12 Mayotte dental practice on a trial
C.append(cust("cabinet@dentiste-mamoudzou.yt", "Cabinet dentaire de Mamoudzou", "monthly", status="trial", trial_ends="2025-10-08"))
r.case("mamoudzou-dentiste-essai", LOB, [Mail(
    "Cabinet dentaire Mamoudzou <cabinet@dentiste-mamoudzou.yt>", "Remboursement période d'essai", at("2025-09-29 12:40", EA),
    "Bonjour,\n\nNous testons votre outil depuis deux semaines au cabinet. Il ne va pas avec notre logiciel de "
    "rendez-vous. Merci de nous rembourser ce que nous avons payé pour l'essai.\n\nCordialement,\nAnissa Madi, "
    "assistante dentaire\nCabinet dentaire de Mamoudzou, Mayotte")],
    "decided", [R("deny")],
    spec="L7: free trial, no charges -> refund deny; nothing is billed unless they subscribe.")

# l13 Épernay parish: cancel monthly
C.append(cust("paroisse@saint-pierre-epernay.fr", "Paroisse Saint-Pierre Épernay", "monthly", start="2025-09-13", end="2025-10-12"))
pay("paroisse@saint-pierre-epernay.fr", "monthly", M, "2025-09-13T09:00:00", "2025-09-13", "2025-10-12", "LO-INV-43221")
r.case("epernay-paroisse-resiliation", LOB, [Mail(
    "Paroisse Saint-Pierre <paroisse@saint-pierre-epernay.fr>", "Résiliation", at("2025-09-30 10:30", FR),
    "Bonjour,\n\nAvec le regroupement des paroisses du doyenné, c'est le diocèse qui gère désormais les contacts et "
    "les dons. Nous résilions donc notre abonnement mensuel. Merci de nous le confirmer.\n\n"
    "Bien cordialement,\nMarie-Thérèse Jacquesson, secrétaire paroissiale")],
    "decided", [K("cancel", "2025-10-12")],
    spec="L8: cancel at current_period_end 2025-10-12.")

# l14 N'Djamena: quarterly, fallback date
C.append(cust("direction@gestion-immo-chari.td", "Gestion Immobilière du Chari", "quarterly"))
pay("direction@gestion-immo-chari.td", "quarterly", Q, "2025-05-05T10:00:00", None, None, "LO-INV-43231")
pay("direction@gestion-immo-chari.td", "quarterly", Q, "2025-08-05T10:00:00", None, None, "LO-INV-43232")
r.case("ndjamena-gestion-immo-trimestre", LOB, [Mail(
    "Gestion Immobilière du Chari <direction@gestion-immo-chari.td>", "Résiliation de l'abonnement trimestriel", at("2025-09-25 08:20", TD),
    "Monsieur, Madame,\n\nPar la présente, nous vous informons de la résiliation de notre abonnement trimestriel à la "
    "prochaine échéance. Nous avons cédé la gestion de nos immeubles de Moursal à une agence plus grande et "
    "n'utiliserons plus le logiciel.\n\nVeuillez agréer nos salutations distinguées.\nAbakar Mahamat Saleh, Directeur\n"
    "Gestion Immobilière du Chari, N'Djamena")],
    "decided", [K("cancel", "2025-11-04")],
    spec="L8 fallback: no current_period_end; last charge 2025-08-05 + 3 months - 1 day = 2025-11-04.")

# l15 Vendée farm shop: annual fallback, ledger time with an offset
C.append(cust("ferme@lesbouchauds-vente-directe.fr", "Ferme des Bouchauds", "annual"))
pay("ferme@lesbouchauds-vente-directe.fr", "annual", A, "2025-01-30T22:45:00+01:00", None, None, "LO-INV-43241")
r.case("vendee-ferme-annuel-fallback", LOB, [Mail(
    "Ferme des Bouchauds <ferme@lesbouchauds-vente-directe.fr>", "arrêter l'abonnement", at("2025-09-28 18:10", FR),
    "Bonjour,\n\nJe souhaite arrêter l'abonnement annuel. On ferme la vente à la ferme l'hiver et à partir de l'an "
    "prochain mon gendre vend le fromage de chèvre au distributeur, on n'en aura plus besoin.\n\nBien à vous,\n"
    "Gérard Rabiller\nFerme des Bouchauds, Challans")],
    "decided", [K("cancel", "2026-01-30")],
    spec="L8 fallback + s.8: last charge 2025-01-30T22:45+01:00 = 2025-01-31 03:15 IST + 12 months - 1 day = 2026-01-30.")

# l16 Biarritz: bare cancellation
C.append(cust("j.irigoyen@orange.fr", "Jon Irigoyen", "quarterly", start="2025-09-21", end="2025-12-20"))
pay("j.irigoyen@orange.fr", "quarterly", Q, "2025-09-21T09:00:00", "2025-09-21", "2025-12-20", "LO-INV-43251")
r.case("biarritz-resiliation-sans-motif", LOB, [Mail(
    "Jon Irigoyen <j.irigoyen@orange.fr>", "resiliation", at("2025-09-30 21:55", FR),
    "Bonsoir,\nmerci de resilier mon abonnement.\nJon\n\nEnvoyé de mon iPad")],
    "decided", [K("cancel", "2025-12-20")],
    spec="L8: no reason needed for a cancellation -> cancel at current_period_end 2025-12-20.")

# l17 Niamey: gmail, names the registered address
C.append(cust("contact@sahel-agro-niamey.ne", "Sahel Agro Niamey", "monthly", start="2025-09-24", end="2025-10-23"))
pay("contact@sahel-agro-niamey.ne", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23", "LO-INV-43261")
pay("contact@sahel-agro-niamey.ne", "monthly", M, "2025-09-24T10:00:30", "2025-09-24", "2025-10-23", "LO-INV-43262")
r.case("niamey-gmail-c2", LOB, [Mail(
    "Issoufou Garba <issoufou.garba.sahel@gmail.com>", "Double paiement LO-INV-43262", at("2025-09-26 20:15", TD),
    "Bonsoir,\n\nJe vous écris depuis mon adresse personnelle parce que notre messagerie professionnelle "
    "(contact@sahel-agro-niamey.ne) est en panne depuis le délestage. L'abonnement a été payé deux fois le 24/09, la "
    "facture en double est LO-INV-43262. Merci de rembourser.\n\nCordialement,\nIssoufou Garba\nSahel Agro, Niamey")],
    "need_info", rules=["C2"],
    spec="C2: sender is a gmail address, the registered email named is contact@sahel-agro-niamey.ne -> ask for the request from it.")

# l18 Outlook forward (TR:) from an assistant
C.append(cust("direction@champagne-gauthereau.fr", "Champagne Gauthereau & Fils", "annual", start="2025-09-27", end="2026-09-26"))
pay("direction@champagne-gauthereau.fr", "annual", A, "2025-09-27T09:00:00", "2025-09-27", "2026-09-26", "LO-INV-43271")
r.case("ay-champagne-tr-assistante-c2", LOB, [Mail(
    "Assistante de direction <assistante@champagne-gauthereau.fr>", "TR: résiliation LeadsOptima", at("2025-09-29 08:05", FR),
    "Bonjour,\n\nVeuillez trouver ci-dessous la demande de M. Gauthereau, merci de faire le nécessaire.\n\nCordialement,\nSandrine\n\n"
    "-----Message d'origine-----\nDe : Gauthereau Olivier <direction@champagne-gauthereau.fr>\n"
    "Envoyé : dimanche 28 septembre 2025 17:32\nÀ : assistante@champagne-gauthereau.fr\nObjet : résiliation LeadsOptima\n\n"
    "Sandrine, résiliez-moi ce LeadsOptima, pendant les vendanges on n'a pas le temps et ça ne rapporte rien. O.G.")],
    "need_info", rules=["C2"],
    spec="s.8 forward: the Outlook 'Message d'origine' carries a request from the registered direction@; the sender is assistante@ -> C2.")

# l19 +tag address
C.append(cust("compta@vignoble-cognac-rivaud.fr", "Vignoble Rivaud", "monthly", start="2025-09-18", end="2025-10-17"))
pay("compta@vignoble-cognac-rivaud.fr", "monthly", M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17", "LO-INV-43281")
r.case("cognac-adresse-plus-c2", LOB, [Mail(
    "Vignoble Rivaud Compta <compta+logiciels@vignoble-cognac-rivaud.fr>", "Résiliation abonnement mensuel", at("2025-09-27 10:45", FR),
    "Bonjour,\n\nNous résilions l'abonnement mensuel LeadsOptima : avec les vendanges et la distillation nous n'avons "
    "plus le temps de prospecter avant le printemps.\n\nCordialement,\nService comptabilité")],
    "need_info", rules=["C2"],
    spec="s.8: compta+logiciels@ is another address than the registered compta@; unknown sender -> C2.")

# l20 C3: refund, no reason
C.append(cust("cabinet@kine-rochefort.fr", "Cabinet de kiné Rochefort", "monthly", start="2025-09-25", end="2025-10-24"))
pay("cabinet@kine-rochefort.fr", "monthly", M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24", "LO-INV-43291")
r.case("rochefort-remboursement-sans-motif", LOB, [Mail(
    "Cabinet kiné Rochefort <cabinet@kine-rochefort.fr>", "Remboursement", at("2025-09-26 13:20", FR),
    "Bonjour,\n\nMerci de bien vouloir nous rembourser le prélèvement du 25 septembre sur notre compte.\n\n"
    "Bien cordialement,\nSophie Tessier\nCabinet de kinésithérapie, Rochefort\nTél. 05 46 99 12 34")],
    "need_info", missing=["reason"],
    spec="C3: registered sender, plan and the one charge from the ledger, but no reason (restating the request is not one) -> ask for reason.")

# l21 C3: wrong amount, invoice unknown
C.append(cust("admin@locavelo-ile-de-re.fr", "Locavélo Île de Ré", "monthly", start="2025-09-20", end="2025-10-19"))
for i, (ps, pe) in enumerate((("2025-07-20", "2025-08-19"), ("2025-08-20", "2025-09-19"), ("2025-09-20", "2025-10-19"))):
    pay("admin@locavelo-ile-de-re.fr", "monthly", M, f"{ps}T09:00:00", ps, pe, f"LO-INV-4330{i+1}")
r.case("ile-de-re-mauvais-montant-sans-facture", LOB, [Mail(
    "Locavélo Île de Ré <admin@locavelo-ile-de-re.fr>", "Montant incorrect", at("2025-09-24 15:30", FR),
    "Bonjour,\n\nSur un des derniers prélèvements le montant était trop élevé, plus que les 1 499 convenus. Je ne sais "
    "plus lequel, c'est ma femme qui fait la compta et elle est en congé cette semaine. Pouvez-vous vérifier et "
    "rembourser le trop-perçu ?\n\nMerci,\nThierry Moreau\nLocavélo, Saint-Martin-de-Ré")],
    "need_info", missing=["invoice_number"],
    spec="C3: billing_error from the registered sender, plan known, three charges on the account and none named -> ask for invoice_number.")

# l22 C3 thread: access failure, invoice in the answer
C.append(cust("contact@librairie-musicale-reims.fr", "Librairie musicale de Reims", "monthly", start="2025-09-27", end="2025-10-26"))
pay("contact@librairie-musicale-reims.fr", "monthly", M, "2025-08-27T09:00:00", "2025-08-27", "2025-09-26", "LO-INV-43311")
pay("contact@librairie-musicale-reims.fr", "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26", "LO-INV-43312")
t1 = Mail("Librairie musicale de Reims <contact@librairie-musicale-reims.fr>", "La plateforme ne charge pas",
          at("2025-09-29 09:10", FR),
          "Bonjour,\n\nDepuis samedi la plateforme ne se charge plus chez nous, juste une erreur \"503\". On ne paie pas "
          "pour un service qui ne marche pas : merci de nous rembourser.\n\nCordialement,\nLucas Gosset",
          msgid="<fr33-gosset.20250929@librairie-musicale-reims.fr>")
t_bot = Mail("LeadsOptima Support <support@leadsoptima.com>", "Re: La plateforme ne charge pas [LO-4322]",
             at("2025-09-29 16:00", (5, 30)), "Bonjour,\nmerci de nous indiquer le numéro de facture.\nLeadsOptima Support",
             reply=t1, to="contact@librairie-musicale-reims.fr")
t_bot.build("fr-l-bot")
r.case("reims-fil-facture-fournie", LOB, [t1, Mail(
    "Librairie musicale de Reims <contact@librairie-musicale-reims.fr>", "Re: La plateforme ne charge pas [LO-4322]",
    at("2025-09-30 08:00", FR),
    "Voilà : LO-INV-43312 (celle du 27 septembre). Le site ne marche toujours pas.\n\nLucas Gosset\n\n"
    "Le lun. 29 sept. 2025 à 12:30, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
    "> Bonjour,\n> merci de nous indiquer le numéro de facture.", reply=t_bot)],
    "decided", [R("escalate")],
    spec="C3 thread: the answer gives LO-INV-43312 (2025-09-27); request time = first mail 2025-09-29 (day 2) -> L6 escalate.")

# l23 C3 thread: reason in the answer (Comoros)
C.append(cust("contact@ylang-moheli.km", "Distillerie Ylang Mohéli", "quarterly", start="2025-09-25", end="2025-12-24"))
pay("contact@ylang-moheli.km", "quarterly", Q, "2025-09-25T07:00:00", "2025-09-25", "2025-12-24", "LO-INV-43321")
pay("contact@ylang-moheli.km", "quarterly", Q, "2025-09-25T07:00:45", "2025-09-25", "2025-12-24", "LO-INV-43322")
u1 = Mail("Distillerie Ylang Mohéli <contact@ylang-moheli.km>", "Remboursement LO-INV-43322", at("2025-09-27 07:40", EA),
          "Bonjour,\n\nMerci de rembourser la facture LO-INV-43322.\n\nSalutations\nAbdallah Said Ali",
          msgid="<fr33-ylang.20250927@ylang-moheli.km>")
u_bot = Mail("LeadsOptima Support <support@leadsoptima.com>", "Re: Remboursement LO-INV-43322 [LO-4323]",
             at("2025-09-27 14:00", (5, 30)), "Bonjour,\nmerci de nous indiquer le motif.\nLeadsOptima Support",
             reply=u1, to="contact@ylang-moheli.km")
u_bot.build("fr-l-bot2")
r.case("moheli-fil-motif-fourni", LOB, [u1, Mail(
    "Distillerie Ylang Mohéli <contact@ylang-moheli.km>", "RE: Re: Remboursement LO-INV-43322 [LO-4323]", at("2025-09-30 07:15", EA),
    "Le motif : le trimestre a été prélevé deux fois le 25, 43321 et 43322, une seule suffit.\n\nA. Said Ali\n\n"
    "De : LeadsOptima Support <support@leadsoptima.com>\nEnvoyé : samedi 27 septembre 2025 11:30\n"
    "À : contact@ylang-moheli.km\nObjet : Re: Remboursement LO-INV-43322 [LO-4323]\n\n"
    "Bonjour,\nmerci de nous indiquer le motif.", reply=u_bot)],
    "decided", [R("approve", "3999.00")],
    spec="C3 thread: the reason (charged twice) arrives in the answer; request time = first mail 2025-09-27 07:40 EAT (day 2) -> L4 approve LO-INV-43322 = 3999.00.")

# l24 other brand's customer
r.case("royan-mauvaise-marque-c2", LOB, [Mail(
    "Camping Les Conches <accueil@camping-lesconches.fr>", "Annulation hébergement", at("2025-09-25 11:30", FR),
    "Bonjour,\n\nNous souhaitons annuler notre pack hébergement web (facture OWD-2025-5471) et demandons un "
    "remboursement au prorata, le camping a été vendu.\n\nCordialement,\nFamille Bernard\nCamping Les Conches, Royan")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: LeadsOptima inbox (C1), sender unknown in the LeadsOptima ledger -> C2 need_info.")

# l25 C4: card dispute threat (Romanian writer)
C.append(cust("contact@brutaria-ionescu.ro", "Boulangerie Ionescu", "monthly", start="2025-09-28", end="2025-10-27"))
pay("contact@brutaria-ionescu.ro", "monthly", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27", "LO-INV-43331")
pay("contact@brutaria-ionescu.ro", "monthly", M, "2025-09-28T10:01:00", "2025-09-28", "2025-10-27", "LO-INV-43332")
r.case("cluj-contestation-bancaire", LOB, [Mail(
    "Boulangerie Ionescu <contact@brutaria-ionescu.ro>", "Prélevé deux fois - DERNIER avertissement", at("2025-09-29 17:45", EA),
    "Bonjour,\n\nDeux fois 1 499 prélevés le 28/09 (LO-INV-43331 et LO-INV-43332). Si l'argent n'est pas revenu vendredi, "
    "je fais un chargeback auprès de ma banque, tant pis.\n\nMihai Ionescu\nBoulangerie Ionescu, Cluj-Napoca")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat escalates the case, although the duplicate (day 1) would be approved.")

# l26 C4: consumer association / lawyer on a cancellation
C.append(cust("contact@nettoyage-sudouest.fr", "Nettoyage Sud-Ouest", "annual", start="2025-03-15", end="2026-03-14"))
pay("contact@nettoyage-sudouest.fr", "annual", A, "2025-03-15T09:00:00", "2025-03-15", "2026-03-14", "LO-INV-43341")
r.case("anglet-avocat-resiliation", LOB, [Mail(
    "Nettoyage Sud-Ouest <contact@nettoyage-sudouest.fr>", "Résiliation du contrat annuel", at("2025-09-24 10:00", FR),
    "Madame, Monsieur,\n\nJe résilie le contrat annuel. En six mois votre outil ne nous a pas apporté un seul client. "
    "J'ai déjà transmis le dossier à mon avocat, qui examine si vous nous avez attirés avec des promesses "
    "mensongères.\n\nSalutations,\nBixente Harriet\nNettoyage Sud-Ouest, Anglet")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case: the lawyer escalates the cancellation too.")

# l27 threat ruled out
C.append(cust("contact@miellerie-du-bocage.fr", "Miellerie du Bocage", "annual", start="2025-09-26", end="2026-09-25"))
pay("contact@miellerie-du-bocage.fr", "annual", A, "2025-09-26T14:00:00", "2025-09-26", "2026-09-25", "LO-INV-43351")
pay("contact@miellerie-du-bocage.fr", "annual", A, "2025-09-26T14:00:50", "2025-09-26", "2026-09-25", "LO-INV-43352")
r.case("bressuire-pas-d-opposition", LOB, [Mail(
    "Miellerie du Bocage <contact@miellerie-du-bocage.fr>", "abonnement annuel payé deux fois", at("2025-09-28 11:20", FR),
    "Bonjour,\n\nL'abonnement annuel a été prélevé deux fois le 26/09, LO-INV-43351 et LO-INV-43352. Ma banque m'a dit "
    "de faire opposition, mais je ne veux pas en arriver là, je préfère régler ça avec vous. Merci de rembourser le "
    "second prélèvement.\n\nBien cordialement,\nJean-Marc Airault, apiculteur\nMiellerie du Bocage, Bressuire")],
    "decided", [R("approve", "11988.00")],
    spec="The bank's suggestion is ruled out by the customer: no C4 (as earlier rounds). L4 duplicate 2025-09-26, request day 2 -> approve LO-INV-43352 = 11988.00.")

# l28 C7 out of office
r.case("absence-syndic", LOB, [Mail(
    "Agence Vendéenne de Syndic <gestion@agence-vendeenne-syndic.fr>", "Réponse automatique : Re: Votre demande [LO-4302]",
    at("2025-09-29 07:00", FR),
    "Je suis absent jusqu'au 6 octobre inclus. En cas d'urgence (dégât des eaux, ascenseur), contactez le "
    "02 51 00 00 00.\n\nFranck Guilbaud",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    refs_extra=["<lo-4302.20250926@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied -> ignore.")

# l29 C7 bounce
r.case("non-remis-mailer-daemon", LOB, [Mail(
    "Mail Delivery Subsystem <MAILER-DAEMON@mail.champagne-gauthereau.fr>", "Non remis : Résiliation", at("2025-09-27 03:12", FR),
    "Votre message n'a pas pu être remis.\n\n<direction@champagne-gauthereau.fr> : boîte pleine",
    dsn=[[("Reporting-MTA", "dns; mail.champagne-gauthereau.fr")],
         [("Final-Recipient", "rfc822; direction@champagne-gauthereau.fr"), ("Action", "failed"), ("Status", "5.2.2")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON and a delivery-status report -> ignore.")

# l30 C7 newsletter
r.case("lettre-federation-ecoles-musique", LOB, [Mail(
    "Collectif des écoles de musique Charente-Vendée <lettre@collectif-ecoles-musique-cv.fr>", "Lettre d'octobre : logiciels, résiliations, remboursements",
    at("2025-09-30 06:00", FR),
    "Chers directeurs,\n\nAu sommaire : quel logiciel de gestion choisir, comment résilier un abonnement à temps et "
    "demander un remboursement en cas de double prélèvement.\n\nSe désinscrire : lien ci-dessous.",
    headers={"Precedence": "list", "List-Id": "<lettre.collectif-ecoles-musique-cv.fr>",
             "List-Unsubscribe": "<mailto:desinscription@collectif-ecoles-musique-cv.fr>"})],
    "ignore", rules=["C7"], spec="C7: Precedence list + List-Id -> ignore, although it mentions cancelling and refunds.")

# l31 other: notaire's clerk asks for the SIRET on the invoice
C.append(cust("office@etude-lagarde-notaire.fr", "Étude Lagarde", "monthly", start="2025-09-12", end="2025-10-11"))
pay("office@etude-lagarde-notaire.fr", "monthly", M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11", "LO-INV-43361")
r.case("saintes-etude-notariale-facture", LOB, [Mail(
    "Étude Lagarde <office@etude-lagarde-notaire.fr>", "Facture LO-INV-43361 - mentions manquantes", at("2025-09-25 14:00", FR),
    "Bonjour,\n\nLa facture LO-INV-43361 ne comporte pas notre numéro de TVA intracommunautaire (FR 41 823 456 789). "
    "Pour notre comptabilité, pourriez-vous nous adresser une facture rectifiée ? Pour le reste tout va bien.\n\n"
    "Bien cordialement,\nÉmilie Brunet, clerc\nÉtude Lagarde, office notarial, Saintes")],
    "other", spec="An invoice correction (VAT number) from a notarial office's clerk; a notary's office is no threat: other.")

# l32 other: thanks
C.append(cust("contact@gite-marais-vendeen.fr", "Gîte du Marais vendéen", "monthly", status="cancelled", start="2025-09-05", end="2025-10-04"))
pay("contact@gite-marais-vendeen.fr", "monthly", M, "2025-09-05T09:00:00", "2025-09-05", "2025-10-04", "LO-INV-43371")
r.case("vendee-gite-merci", LOB, [Mail(
    "Gîte du Marais <contact@gite-marais-vendeen.fr>", "Re: Votre résiliation est confirmée [LO-4288]", at("2025-09-26 19:00", FR),
    "Bonsoir,\n\nMerci pour la confirmation rapide de la résiliation la semaine dernière, tout est en ordre. Si nous "
    "reprenons les balades en barque au printemps, nous reviendrons.\n\nBien à vous,\nSylvie Gaborit",
    refs_extra=["<lo-4288.20250919@leadsoptima.com>"])],
    "other", spec="Thanks for a cancellation already confirmed (past event): other.")

# l33 other: explicitly no refund
C.append(cust("contact@auto-ecole-cognac.fr", "Auto-école de Cognac", "monthly", start="2025-09-23", end="2025-10-22"))
pay("contact@auto-ecole-cognac.fr", "monthly", M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22", "LO-INV-43381")
r.case("cognac-pas-de-remboursement-question", LOB, [Mail(
    "Auto-école de Cognac <contact@auto-ecole-cognac.fr>", "Question facture", at("2025-09-24 17:20", FR),
    "Bonjour,\n\nLa facture LO-INV-43381 nous est arrivée deux fois par mail, à une minute d'écart. Le prélèvement, lui, "
    "n'a eu lieu qu'une fois, j'ai vérifié. Je ne demande donc aucun remboursement, je veux juste savoir si je dois "
    "classer les deux mails ou si un seul suffit.\n\nCordialement,\nDidier Mercier")],
    "other", spec="s.8 negation ('je ne demande aucun remboursement'), one debit; a question only -> other.")

# l34 other: hypothetical before buying (Chad)
r.case("moundou-avant-achat", LOB, [Mail(
    "Coopérative cotonnière du Logone <direction@coop-logone.td>", "Question avant souscription", at("2025-09-25 10:00", TD),
    "Bonjour,\n\nNous pensons prendre l'abonnement annuel. Si au bout d'un mois cela ne nous convient pas, est-ce qu'on "
    "nous rembourse les mois restants ? Et peut-on payer par virement depuis le Tchad ?\n\nCordialement,\n"
    "Ngarlem Djimadoum\nMoundou")],
    "other", spec="s.8 hypothetical before buying: a policy question -> other.")

# l35 payment already refunded
C.append(cust("contact@centre-equestre-niort.fr", "Centre équestre de Niort", "monthly", start="2025-09-22", end="2025-10-21"))
pay("contact@centre-equestre-niort.fr", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-43391")
pay("contact@centre-equestre-niort.fr", "monthly", M, "2025-09-22T09:00:40", "2025-09-22", "2025-10-21", "LO-INV-43392", status="refunded")
r.case("niort-equestre-deja-rembourse", LOB, [Mail(
    "Centre équestre de Niort <contact@centre-equestre-niort.fr>", "Remboursement LO-INV-43392 toujours pas reçu", at("2025-09-25 09:30", FR),
    "Bonjour,\n\nLe 22/09 nous avons été prélevés deux fois. Merci de rembourser la facture en double LO-INV-43392, "
    "rien n'est encore arrivé sur notre compte.\n\nCordialement,\nLéa Chauvet")],
    "decided", [R("escalate")],
    spec="s.8: LO-INV-43392 has status 'refunded' (not paid) -> a refund of it is escalated.")

# l36 HTML-only, duplicate + cancel (Mayotte)
C.append(cust("contact@ecole-danse-dzaoudzi.yt", "École de danse de Dzaoudzi", "monthly", start="2025-09-28", end="2025-10-27"))
pay("contact@ecole-danse-dzaoudzi.yt", "monthly", M, "2025-09-28T13:00:00", "2025-09-28", "2025-10-27", "LO-INV-43401")
pay("contact@ecole-danse-dzaoudzi.yt", "monthly", M, "2025-09-28T13:02:00", "2025-09-28", "2025-10-27", "LO-INV-43402")
r.case("dzaoudzi-html-double-et-resiliation", LOB, [Mail(
    "École de danse de Dzaoudzi <contact@ecole-danse-dzaoudzi.yt>", "Double prélèvement + résiliation", at("2025-09-30 11:15", EA), None,
    html="<html><body><p>Bonjour l'équipe LeadsOptima,</p><p>Le 28/09 l'abonnement a été prélevé <b>deux fois</b> "
    "(LO-INV-43401 et LO-INV-43402). Merci de rembourser le second.</p><p>Par ailleurs nous résilions l'abonnement à "
    "la fin de la période en cours : l'école ferme pendant les travaux de la salle.</p><p>Bien à vous,<br>Zaïnaba "
    "Ahmed</p></body></html>")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-27")],
    spec="HTML-only: L4 duplicate 2025-09-28, request day 2 -> refund LO-INV-43402 = 1499.00; L8 cancel at 2025-10-27.")

# l37 Romanian writer, annual cancel, no refund wanted
C.append(cust("contact@atelier-orgues-timis.ro", "Atelier d'orgues Timiș", "annual", start="2025-04-01", end="2026-03-31"))
pay("contact@atelier-orgues-timis.ro", "annual", A, "2025-04-01T09:00:00", "2025-04-01", "2026-03-31", "LO-INV-43411")
r.case("timisoara-resiliation-sans-remboursement", LOB, [Mail(
    "Atelier d'orgues Timiș <contact@atelier-orgues-timis.ro>", "Résiliation abonnement annuel", at("2025-09-29 14:40", EA),
    "Bonjour,\n\nNous résilions l'abonnement annuel. Nous n'attendons pas de remboursement pour les mois restants, "
    "c'est clair pour nous. La raison : notre maître facteur d'orgues part à la retraite et l'atelier ferme fin mars.\n\n"
    "Cu stimă / Cordialement,\nCorina Munteanu")],
    "decided", [K("cancel", "2026-03-31")],
    spec="L8 cancel at current_period_end 2026-03-31; 'nous n'attendons pas de remboursement' adds no refund intent.")

# l38 long mail, cancellation in the middle (Reims music school)
C.append(cust("direction@conservatoire-associatif-reims.fr", "Conservatoire associatif de Reims", "quarterly", start="2025-07-10", end="2025-10-09"))
pay("direction@conservatoire-associatif-reims.fr", "quarterly", Q, "2025-07-10T09:00:00", "2025-07-10", "2025-10-09", "LO-INV-43421")
r.case("reims-conservatoire-long-mail", LOB, [Mail(
    "Conservatoire associatif <direction@conservatoire-associatif-reims.fr>", "Plusieurs points", at("2025-09-26 22:10", FR),
    "Chère équipe,\n\nD'abord merci pour le webinaire de la semaine dernière, notre collègue d'Épernay était ravie. "
    "Nous avons eu ensuite un long conseil d'administration, et après bien des discussions nous avons décidé de "
    "résilier l'abonnement trimestriel : la Région met à disposition de toutes les écoles de musique un outil commun "
    "à partir de janvier et nous devons y passer. Les professeurs demandent s'il est possible d'exporter les listes "
    "de contacts en Excel avant la fin de l'accès. Petit détail aussi : dans l'export, les accents disparaissent "
    "parfois.\n\nBien musicalement et encore merci,\nHélène Doucet, directrice")],
    "decided", [K("cancel", "2025-10-09")],
    spec="L8: the cancellation sits in the middle of a long mail with questions -> cancel at current_period_end 2025-10-09.")


# ======================= Optima WebDesign =======================

P.append(proj("Cabinet dentaire Tinqueux Site", "cabinet@dentaire-tinqueux.fr", None))
opay("OWD-2025-4301", "Cabinet dentaire Tinqueux Site", "discovery", "15000.00", "2700.00", "2025-09-24T11:00:00")
r.case("tinqueux-dentiste-discovery", OWB, [B(
    "Cabinet dentaire Tinqueux <cabinet@dentaire-tinqueux.fr>", "Refund Request — Cabinet dentaire Tinqueux Site / OWD-2025-4301",
    at("2025-09-26 12:00", FR),
    "Bonjour,\n\nNous avons réglé le 24/09 la phase de découverte du projet \"Cabinet dentaire Tinqueux Site\" "
    "(OWD-2025-4301). L'atelier était prévu le 8 octobre. Le cabinet est racheté par un groupe qui a son propre site : "
    "nous demandons le remboursement intégral.\n\nCordialement,\nDr Aurélie Chopin")],
    "decided", [R("approve", "15000.00")],
    spec="O1: discovery, work_started_at empty -> full refund 15000.00 (before tax).")

P.append(proj("Gîtes de la Côte des Bar Refonte", "resa@gites-cote-des-bar.fr", "2025-09-18T10:00:00"))
opay("OWD-2025-4302", "Gîtes de la Côte des Bar Refonte", "discovery", "9500.00", "1710.00", "2025-09-12T10:00:00")
r.case("bar-sur-seine-discovery-deja-atelier", OWB, [B(
    "Gîtes de la Côte des Bar <resa@gites-cote-des-bar.fr>", "Remboursement phase stratégie", at("2025-09-25 09:40", FR),
    "Bonjour,\n\nAprès l'atelier du 18 septembre, nous ne sommes plus d'accord entre associés sur la refonte. Pour le "
    "projet \"Gîtes de la Côte des Bar Refonte\", nous demandons le remboursement de la phase stratégie (facture "
    "OWD-2025-4302).\n\nCordialement,\nValérie Jacquinet")],
    "decided", [R("deny")],
    spec="O1: the discovery session started 2025-09-18, before the request -> deny.")

P.append(proj("Forge Basque Boutique", "boutique@forge-basque-hasparren.fr", None))
opay("OWD-2025-4303", "Forge Basque Boutique", "deposit", "30000.00", "5400.00", "2025-09-27T11:00:00")
w = at("2025-09-29 09:00", FR)
assert hours("2025-09-27T11:00:00", w) == 49.5
r.case("hasparren-acompte-49h", OWB, [B(
    "Forge Basque <boutique@forge-basque-hasparren.fr>", "Acompte Forge Basque Boutique", w,
    "Bonjour,\n\nSamedi matin nous avons versé l'acompte pour la boutique en ligne (OWD-2025-4303). Ce matin la banque nous "
    "a refusé le prêt, nous ne pouvons pas faire le projet. Merci de nous rendre l'acompte.\n\nAgur,\nPeio Larralde\n"
    "Forge Basque, Hasparren")],
    "decided", [R("approve", "30000.00")],
    spec="O2: paid 2025-09-27 11:00 IST (07:30 CEST), request 2025-09-29 09:00 CEST = 12:30 IST: 49.5 h < 72, no work -> 30000.00.")

P.append(proj("Domaine Charentais Site", "domaine@pineau-charentais-guillonneau.fr", None))
opay("OWD-2025-4304", "Domaine Charentais Site", "deposit", "12000.00", "2160.00", "2025-09-25T14:30:00")
w = at("2025-09-28 11:00", FR)
assert hours("2025-09-25T14:30:00", w) == 72
r.case("jarnac-acompte-pile-72h", OWB, [B(
    "Domaine Guillonneau <domaine@pineau-charentais-guillonneau.fr>", "acompte site", w,
    "Bonjour,\n\nNous avons payé jeudi à 11h l'acompte du \"Domaine Charentais Site\" (OWD-2025-4304). Mon fils fera "
    "finalement le site lui-même. Merci de rembourser, ça ne fait pas encore trois jours.\n\nCordialement,\nMichel Guillonneau")],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-25 14:30 IST (11:00 CEST), request 2025-09-28 11:00 CEST = 14:30 IST: exactly 72 h -> deny.")

P.append(proj("Café du Port Saint-Jean-de-Luz", "cafe@cafeduport-sjdl.fr", "2025-09-29T09:00:00"))
opay("OWD-2025-4305", "Café du Port Saint-Jean-de-Luz", "deposit", "8000.00", "1440.00", "2025-09-28T10:00:00")
w = at("2025-09-29 16:00", FR)
assert hours("2025-09-28T10:00:00", w) == 33.5
r.case("saint-jean-de-luz-acompte-travail-commence", OWB, [B(
    "Café du Port <cafe@cafeduport-sjdl.fr>", "Annulation acompte OWD-2025-4305", w,
    "Bonjour,\n\nNous retirons le projet \"Café du Port Saint-Jean-de-Luz\" : le bail n'a pas été renouvelé. Merci de "
    "rendre l'acompte d'hier (OWD-2025-4305). Votre graphiste nous a déjà envoyé des maquettes ce matin, mais nous "
    "n'en avons plus besoin.\n\nCordialement,\nAmaia Dufau")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2: 33.5 h after payment but work started 2025-09-29 09:00 IST, before the request (19:30 IST) -> deny. extra_ok: the mail also withdraws the project/session explicitly; an extra cancellation decision (cancel or escalate) cannot hurt either side.")

P.append(proj("Chorale de Champagne Portail", "secretariat@chorale-champagne.fr", "2025-07-01T10:00:00"))
opay("OWD-2025-4306", "Chorale de Champagne Portail", "milestone", "18500.00", "3330.00", "2025-09-20T10:00:00",
     milestone_status="not_started")
r.case("chorale-champagne-jalon-non-commence", OWB, [B(
    "Chorale de Champagne <secretariat@chorale-champagne.fr>", "Remboursement jalon 3 (espace membres)", at("2025-09-29 15:00", FR),
    "Bonjour,\n\nLe bureau a décidé de renoncer à l'espace membres : les choristes ne veulent pas d'identifiants. Nous "
    "demandons donc le remboursement du jalon 3 du projet \"Chorale de Champagne Portail\", facture OWD-2025-4306 "
    "(18 500,00 HT). D'après le planning, ce jalon n'a pas commencé.\n\nEn chantant,\nBrigitte Lenoir, secrétaire")],
    "decided", [R("approve", "18500.00")],
    spec="O3: milestone not_started -> refund its amount 18500.00 (before tax).")

P.append(proj("Export Mangues Guinée Catalogue", "export@mangues-kindia.gn", "2025-08-01T10:00:00"))
opay("OWD-2025-4307", "Export Mangues Guinée Catalogue", "milestone", "22000.00", "3960.00", "2025-09-10T10:00:00",
     milestone_status="in_progress")
r.case("kindia-jalon-en-cours", OWB, [B(
    "Export Mangues Kindia <export@mangues-kindia.gn>", "Remboursement jalon catalogue", at("2025-09-26 13:30", GN),
    "Bonjour,\n\nPour le projet \"Export Mangues Guinée Catalogue\" nous avons payé le jalon catalogue produits "
    "(OWD-2025-4307). Nous arrêtons l'export vers l'Europe, le catalogue n'a plus d'utilité. Merci de rembourser la "
    "partie non encore réalisée.\n\nCordialement,\nMamadou Camara\nKindia")],
    "decided", [R("escalate")],
    spec="O3: milestone in_progress -> escalate.")

P.append(proj("Studio Son Reims Refonte", "studio@studioson-reims.fr", "2025-07-15T10:00:00"))
opay("OWD-2025-4308", "Studio Son Reims Refonte", "milestone", "14000.00", "2520.00", "2025-08-30T10:00:00",
     milestone_status="approved")
r.case("reims-studio-jalon-valide", OWB, [B(
    "Studio Son Reims <studio@studioson-reims.fr>", "Remboursement jalon design", at("2025-09-24 11:10", FR),
    "Bonjour,\n\nNous avons validé le design en août, mais finalement il ne nous plaît plus, mon nouvel associé le "
    "trouve trop sombre. Nous voulons être remboursés du jalon OWD-2025-4308 du projet Studio Son Reims Refonte.\n\n"
    "Cordialement,\nDmitri Sokolov")],
    "decided", [R("deny")],
    spec="O3/O6: the milestone is approved -> deny.")

P.append(proj("Fromagerie du Poitou Réseaux sociaux", "marketing@fromagerie-poitou.fr", "2025-03-01T10:00:00"))
opay("OWD-2025-4309", "Fromagerie du Poitou Réseaux sociaux", "retainer", "11000.00", "1980.00", "2025-09-15T09:00:00",
     period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
r.case("poitou-fromagerie-forfait-preavis-ok", OWB, [B(
    "Fromagerie du Poitou <marketing@fromagerie-poitou.fr>", "Résiliation gestion réseaux sociaux", at("2025-09-29 10:30", FR),
    "Bonjour,\n\nNous résilions l'accompagnement mensuel \"Fromagerie du Poitou Réseaux sociaux\" (dernière facture "
    "OWD-2025-4309). Motif : notre fille a fini sa formation et gère Instagram elle-même désormais.\n\n"
    "Cordialement,\nMartine Texier")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: request 2025-09-29 <= next_billing 2025-10-15 - 7 = 2025-10-08 -> cancel, effective 2025-10-14.")

P.append(proj("Pâtisserie Moroni en ligne", "commandes@patisserie-moroni.km", "2025-05-01T10:00:00"))
opay("OWD-2025-4310", "Pâtisserie Moroni en ligne", "retainer", "9000.00", "1620.00", "2025-09-07T09:00:00",
     period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00")
w = at("2025-09-30 22:00", EA)
assert ist(w) == "2025-10-01 00:30"
r.case("moroni-patisserie-preavis-court", OWB, [B(
    "Pâtisserie Moroni <commandes@patisserie-moroni.km>", "Résiliation maintenance site", w,
    "Bonsoir,\n\nNous résilions la maintenance du site \"Pâtisserie Moroni en ligne\" (facture OWD-2025-4310). La "
    "pâtisserie est vendue et le repreneur a son propre webmaster. Nous sommes encore le 30 ici, il reste une "
    "semaine avant la prochaine facture.\n\nCordialement,\nFatima Soilihi")],
    "decided", [K("cancel", "2025-11-06")],
    spec="O4: email 2025-09-30 22:00 EAT = 2025-10-01 00:30 IST; cut-off 2025-10-07 - 7 = 2025-09-30 -> less than 7 days' notice: next cycle 2025-10-07..2025-11-06 billed, effective 2025-11-06.")

P.append(proj("Blog Vins de Cotnari", "redaction@blog-cotnari.ro", "2025-04-01T10:00:00"))
opay("OWD-2025-4311", "Blog Vins de Cotnari", "retainer", "7000.00", "1260.00", "2025-09-18T09:00:00",
     period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00")
opay("OWD-2025-4312", "Blog Vins de Cotnari", "retainer", "7000.00", "1260.00", "2025-09-25T09:00:00",
     period_start="2025-10-18", period_end="2025-11-17", next_billing_at="2025-11-18T09:00:00")
r.case("iasi-blog-periode-payee-d-avance", OWB, [B(
    "Blog Vins de Cotnari <redaction@blog-cotnari.ro>", "Résiliation du suivi du blog", at("2025-09-27 12:00", EA),
    "Bonjour,\n\nNous résilions le suivi \"Blog Vins de Cotnari\" (factures OWD-2025-4311 et OWD-2025-4312 ; la seconde "
    "a été payée d'avance par erreur). La cave a été rachetée par un groupe italien et le blog s'arrête. Merci de "
    "nous rembourser la facture OWD-2025-4312 payée d'avance.\n\n"
    "Cu stimă,\nAndreea Rusu")],
    "decided", [R("escalate"), K("escalate")],
    spec="s.8 retainer paid in advance: next cycle 2025-10-18..2025-11-17 already paid (OWD-2025-4312), notice 2025-09-27 <= 2025-10-11 -> cancellation escalate; the refund of that paid-ahead cycle, asked for explicitly, is the person's call too (s.8 'a person refunds that cycle or not', O4) -> refund escalate, no amount.")

P.append(proj("Hôtel Les Dunes Hébergement", "direction@hotel-lesdunes-vendee.fr", "2025-09-20T10:00:00"))
opay("OWD-2025-4313", "Hôtel Les Dunes Hébergement", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00",
     setup_fee="2400.00", service_start="2025-09-20")
r.case("saint-jean-de-monts-hebergement-prorata", OWB, [B(
    "Hôtel Les Dunes <direction@hotel-lesdunes-vendee.fr>", "Annulation hébergement + remboursement", at("2025-09-27 16:00", FR),
    "Bonjour,\n\nNous avons souscrit le 19/09 l'hébergement annuel (OWD-2025-4313, projet Hôtel Les Dunes Hébergement). "
    "L'office de tourisme nous héberge désormais gratuitement sur son portail. Nous annulons donc et demandons le "
    "remboursement au prorata.\n\nCordialement,\nLa direction")],
    "decided", [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-27 (day 7): 18000 - 2400 - 15600/12 (1300) x 1 = 14300.00.")

P.append(proj("Champagne Massonneau Maintenance", "contact@champagne-massonneau.fr", "2025-09-05T10:00:00"))
opay("OWD-2025-4314", "Champagne Massonneau Maintenance", "maintenance_annual", "9600.00", "1728.00", "2025-09-04T10:00:00",
     setup_fee="1200.00", service_start="2025-09-05")
w = at("2025-09-24 10:00", FR)
assert day("2025-09-05T00:00:00", w) == 19
r.case("ay-maintenance-trop-tard", OWB, [B(
    "Champagne Massonneau <contact@champagne-massonneau.fr>", "Contrat de maintenance", w,
    "Bonjour,\n\nNous n'avons finalement pas besoin du contrat de maintenance (Champagne Massonneau Maintenance, "
    "OWD-2025-4314) : notre neveu étudie l'informatique et s'en occupera. Merci de nous rembourser au prorata.\n\n"
    "Cordialement,\nBernard Massonneau")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-24 = day 19 > 14 -> deny.")

P.append(proj("Amis de l'orgue de Poitiers Maintenance", "bureau@amis-orgue-poitiers.fr", "2025-09-22T10:00:00"))
opay("OWD-2025-4315", "Amis de l'orgue de Poitiers Maintenance", "maintenance_annual", "9999.00", "1799.82",
     "2025-09-21T10:00:00", setup_fee="1111.00", service_start="2025-09-22")
r.case("poitiers-maintenance-arrondi", OWB, [B(
    "Amis de l'orgue de Poitiers <bureau@amis-orgue-poitiers.fr>", "Renonciation contrat de maintenance", at("2025-09-30 18:30", FR),
    "Madame, Monsieur,\n\nL'association renonce au contrat \"Amis de l'orgue de Poitiers Maintenance\" (facture "
    "OWD-2025-4315, 9 999,00 HT) : l'assemblée générale n'a pas voté la dépense. Nous demandons le remboursement au "
    "prorata.\n\nCordialement,\nGilles Baudouin, président")],
    "decided", [R("approve", "8147.33")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-30 (day 8): 9999 - 1111 - 8888/12 (740.666...) = 8147.333... -> 8147.33.")

P.append(proj("Paroisses de Djibouti Site", "secretariat@paroisses-djibouti.dj", "2025-06-01T10:00:00"))
opay("OWD-2025-4316", "Paroisses de Djibouti Site", "third_party", "1800.00", "324.00", "2025-09-23T10:00:00")
r.case("djibouti-paroisse-nom-de-domaine", OWB, [B(
    "Secrétariat des paroisses <secretariat@paroisses-djibouti.dj>", "Nom de domaine", at("2025-09-25 09:00", EA),
    "Bonjour,\n\nVous avez renouvelé le nom de domaine du \"Paroisses de Djibouti Site\" (OWD-2025-4316). Le diocèse "
    "nous offre un sous-domaine, merci de rembourser les frais de domaine.\n\nFraternellement,\nSœur Marie-Claire")],
    "decided", [R("deny")],
    spec="O6: third_party (domain) -> deny.")

P.append(proj("Clinique dentaire Bayonne Page", "marketing@clinique-dentaire-bayonne.fr", "2025-09-15T10:00:00"))
opay("OWD-2025-4317", "Clinique dentaire Bayonne Page", "rush", "6000.00", "1080.00", "2025-09-15T10:00:00")
r.case("bayonne-supplement-urgence", OWB, [B(
    "Clinique dentaire Bayonne <marketing@clinique-dentaire-bayonne.fr>", "Supplément urgence", at("2025-09-26 10:20", FR),
    "Bonjour,\n\nNous avons payé le supplément urgence pour la page (Clinique dentaire Bayonne Page, OWD-2025-4317) "
    "pour qu'elle soit prête pour le salon. Le salon a été annulé, l'urgence ne servait donc à rien. Merci de "
    "rembourser ce supplément.\n\nCordialement,\nIñaki Sallaberry")],
    "decided", [R("deny")],
    spec="O6: rush fee -> deny.")

P.append(proj("Kiné Sables-d'Olonne Site", "cabinet@kine-sables.fr", "2025-09-01T10:00:00"))
opay("OWD-2025-4318", "Kiné Sables-d'Olonne Site", "deposit", "10000.00", "1800.00", "2025-09-28T10:00:00")
r.case("sables-adresse-perso-c2", OWB, [B(
    "Julie Raffin <julie.raffin85@laposte.net>", "Remboursement acompte", at("2025-09-29 07:30", FR),
    "Bonjour,\n\nJ'écris de ma boîte perso, internet est coupé au cabinet. Pour le \"Kiné Sables-d'Olonne Site\" nous "
    "avons versé hier l'acompte (OWD-2025-4318), nous le voulons en retour car nous n'agrandissons finalement pas le "
    "cabinet. L'adresse du contrat est cabinet@kine-sables.fr.\n\nJulie Raffin")],
    "need_info", rules=["C2"],
    spec="C2: contract email cabinet@kine-sables.fr, sender a laposte.net address -> ask for the request from the contract email.")

P.append(proj("Marché paysan de Reims Boutique", "bureau@marche-paysan-reims.fr", None))
opay("OWD-2025-4319", "Marché paysan de Reims Boutique", "discovery", "7000.00", "1260.00", "2025-09-25T10:00:00")
r.case("reims-marche-transfert-thunderbird-c2", OWB, [B(
    "Trésorier Marché paysan <tresorier@marche-paysan-reims.fr>", "Fwd: Remboursement découverte Marché paysan de Reims Boutique",
    at("2025-09-27 20:00", FR),
    "À traiter svp, le président est en vacances. Le virement doit aller sur le compte de l'association.\n\n"
    "-------- Message transféré --------\nSujet : Remboursement découverte Marché paysan de Reims Boutique\n"
    "Date : Fri, 26 Sep 2025 18:12:40 +0200\nDe : Bureau Marché paysan <bureau@marche-paysan-reims.fr>\n"
    "Pour : tresorier@marche-paysan-reims.fr\n\nBernard, écris à Optima : on veut le remboursement de la découverte "
    "(OWD-2025-4319), le marché n'aura pas lieu en 2026, la mairie reprend la place. Hervé")],
    "need_info", rules=["C2"],
    spec="s.8 forward: request from the contract email bureau@, sender tresorier@ -> C2.")

P.append(proj("Projet Eau Claire", "contact@plomberie-brisset.fr", "2025-07-01T10:00:00"))
P.append(proj("Hébergement Goutte Bleue", "contact@plomberie-brisset.fr", "2025-08-01T10:00:00"))
opay("OWD-2025-4320", "Projet Eau Claire", "milestone", "9000.00", "1620.00", "2025-09-10T10:00:00",
     milestone_status="not_started")
opay("OWD-2025-4321", "Hébergement Goutte Bleue", "hosting_annual", "6000.00", "1080.00", "2025-08-01T10:00:00",
     setup_fee="600.00", service_start="2025-08-01")
r.case("fontenay-plombier-projet-manquant", OWB, [B(
    "Plomberie Brisset <contact@plomberie-brisset.fr>", "Remboursement", at("2025-09-24 07:10", FR),
    "Bonjour,\n\nJe voudrais être remboursé. Les chantiers sont tellement rares en ce moment que je ne peux pas me le "
    "permettre.\n\nCdt\nYannick Brisset\nPlombier, Fontenay-le-Comte")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: contract sender with a reason, two projects on the address, neither project nor invoice named -> ask for project_name and invoice_number.")

P.append(proj("Menuiserie Tahoua Catalogue", "menuiserie@tahoua-bois.ne", None))
opay("OWD-2025-4322", "Menuiserie Tahoua Catalogue", "discovery", "6500.00", "1170.00", "2025-09-22T10:00:00")
opay("OWD-2025-4323", "Menuiserie Tahoua Catalogue", "third_party", "2500.00", "450.00", "2025-09-22T10:05:00")
v1 = B("Menuiserie Tahoua <menuiserie@tahoua-bois.ne>", "Remboursement Menuiserie Tahoua Catalogue", at("2025-09-25 09:00", TD),
       "Bonjour,\n\nPour le projet Menuiserie Tahoua Catalogue nous voulons le remboursement de la phase stratégie. "
       "Le catalogue sera finalement imprimé par la chambre de commerce, nous n'avons plus besoin du nôtre.\n\n"
       "Salutations\nMoussa Issaka", msgid="<fr33-tahoua.20250925@tahoua-bois.ne>")
v_bot = B("Optima WebDesign <optimawebdesigns12@gmail.com>", "Re: Remboursement Menuiserie Tahoua Catalogue [OWD-4330]",
          at("2025-09-25 20:00", (5, 30)), "Bonjour,\nmerci de nous indiquer le numéro de facture.\nOptima WebDesign",
          reply=v1, to="menuiserie@tahoua-bois.ne")
v_bot.build("fr-o-bot")
r.case("tahoua-fil-facture-fournie", OWB, [v1, B(
    "Menuiserie Tahoua <menuiserie@tahoua-bois.ne>", "Re: Remboursement Menuiserie Tahoua Catalogue [OWD-4330]",
    at("2025-09-26 07:30", TD),
    "Bonjour, la facture est OWD-2025-4322. Merci. M. Issaka\n\n"
    "Le jeu. 25 sept. 2025 à 15:30, Optima WebDesign <optimawebdesigns12@gmail.com> a écrit :\n"
    "> Bonjour,\n> merci de nous indiquer le numéro de facture.", reply=v_bot)],
    "decided", [R("approve", "6500.00")],
    spec="C3 thread: the project has two payments; the answer names OWD-2025-4322 (discovery, nothing started) -> O1 approve 6500.00.")

P.append(proj("Syndic Royan Portail", "portail@syndic-royan.fr", "2025-02-01T10:00:00"))
opay("OWD-2025-4324", "Syndic Royan Portail", "retainer", "8500.00", "1530.00", "2025-09-20T09:00:00",
     period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")
r.case("royan-syndic-resiliation-sans-motif", OWB, [B(
    "Syndic Royan <portail@syndic-royan.fr>", "Résiliation Syndic Royan Portail / OWD-2025-4324", at("2025-09-25 11:00", FR),
    "Madame, Monsieur,\n\nNous résilions le suivi \"Syndic Royan Portail\" (OWD-2025-4324) à la prochaine échéance "
    "possible. Merci de nous confirmer la date de fin par écrit.\n\nVeuillez agréer nos salutations distinguées.\n"
    "Syndic Royan\n8 boulevard Garnier, 17200 Royan")],
    "need_info", missing=["reason"],
    spec="C3 + s.8: Optima requires a reason for cancellations; contract sender, project and invoice given, no reason -> ask for reason.")

P.append(proj("Surf School Anglet Site", "contact@surfschool-anglet.fr", "2025-05-01T10:00:00"))
opay("OWD-2025-4325", "Surf School Anglet Site", "retainer", "7500.00", "1350.00", "2025-09-12T09:00:00",
     period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00")
r.case("anglet-surf-menace-avocat", OWB, [B(
    "Surf School Anglet <contact@surfschool-anglet.fr>", "Résiliation et réclamation", at("2025-09-28 13:00", FR),
    "Bonjour,\n\nJe résilie le suivi \"Surf School Anglet Site\" (OWD-2025-4325). Le site a été lent tout l'été et nous "
    "avons perdu des réservations. Si ce n'est pas réglé correctement, je saisis mon avocat à Bayonne.\n\n"
    "Patxi Elissalde")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4: a lawyer threat -> escalate the whole case, the cancellation included.")

r.case("absence-dentiste-tinqueux", OWB, [B(
    "Cabinet dentaire Tinqueux <cabinet@dentaire-tinqueux.fr>", "Réponse automatique : Re: Refund Request [OWD-4301]",
    at("2025-09-27 08:00", FR),
    "Le cabinet est fermé du 29/09 au 03/10. Votre message ne sera pas transféré. Urgences dentaires : 15.",
    headers={"Auto-Submitted": "auto-replied"}, refs_extra=["<owd-4301.20250926@gmail.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied -> ignore.")

P.append(proj("Éditions musicales Charente Site", "editions@musique-charente.fr", "2025-03-01T10:00:00"))
opay("OWD-2025-4326", "Éditions musicales Charente Site", "milestone", "12000.00", "2160.00", "2025-06-01T10:00:00",
     milestone_status="completed")
r.case("charente-editions-question-migration", OWB, [B(
    "Éditions musicales Charente <editions@musique-charente.fr>", "Question migration du site", at("2025-09-30 14:30", FR),
    "Bonjour,\n\nNous sommes très contents du site (Éditions musicales Charente Site). Une question : si l'an prochain "
    "nous changeons d'hébergeur, récupérerons-nous tous les fichiers et la base de données ? Et combien cela "
    "coûterait-il ?\n\nBien cordialement,\nFlorence Dupuy")],
    "other", spec="A question, no refund or cancellation: other.")

P.append(proj("Voyages Transylvanie Site", "agence@voyages-transylvanie.fr", "2025-10-06T10:00:00"))
opay("OWD-2025-4327", "Voyages Transylvanie Site", "discovery", "11000.00", "1980.00", "2025-09-26T10:00:00")
r.case("transylvanie-voyages-decouverte-planifiee", OWB, [B(
    "Voyages Transylvanie <agence@voyages-transylvanie.fr>", "Annulation découverte", at("2025-09-29 12:15", EA),
    "Bonjour,\n\nNotre première séance de découverte (projet \"Voyages Transylvanie Site\", facture OWD-2025-4327) était "
    "prévue le 6 octobre. Nous annulons : nos circuits en autocar vers Sibiu s'arrêtent l'an prochain, notre "
    "partenaire local cesse son activité. Merci de rembourser les frais.\n\nCordialement,\nRadu Constantinescu")],
    "decided", [R("approve", "11000.00")], extra_ok=True,
    spec="O1: work_started_at 2025-10-06 is after the request 2025-09-29 -> nothing started: full refund 11000.00. extra_ok: the mail also withdraws the project/session explicitly; an extra cancellation decision (cancel or escalate) cannot hurt either side.")

P.append(proj("École de musique Mayotte Hébergement", "administration@musique-mayotte.yt", None))
opay("OWD-2025-4328", "École de musique Mayotte Hébergement", "hosting_annual", "7200.00", "1296.00", "2025-09-26T10:00:00",
     setup_fee="960.00", service_start="2025-10-15")
r.case("mayotte-ecole-musique-hebergement-avant-debut", OWB, [B(
    "École de musique de Mayotte <administration@musique-mayotte.yt>", "Hébergement OWD-2025-4328 - renonciation",
    at("2025-09-29 10:00", EA),
    "Bonjour,\n\nNous renonçons à l'hébergement annuel \"École de musique Mayotte Hébergement\" (OWD-2025-4328) : le "
    "Département héberge désormais gratuitement les sites des écoles. L'hébergement ne devait commencer que le 15 "
    "octobre. Merci de nous rembourser.\n\nCordialement,\nNasrati Abdou, administration")],
    "decided", [R("approve", "5720.00")], extra_ok=True,
    spec="O5 + s.8: service starts 2025-10-15, after the request -> consumed_months 1: 7200 - 960 - 6240/12 (520) = 5720.00.")

# ---- additions: O6 setup / change_request, a payment not paid, C7 own address, L1 with a slashed invoice ----
P.append(proj("Cabinet dentaire Cernay Rendez-vous", "cabinet@dentaire-reims-cernay.fr", "2025-09-10T10:00:00"))
opay("OWD-2025-4329", "Cabinet dentaire Cernay Rendez-vous", "setup", "4500.00", "810.00", "2025-09-10T10:00:00")
r.case("reims-cernay-frais-mise-en-service", OWB, [B(
    "Cabinet dentaire Cernay <cabinet@dentaire-reims-cernay.fr>", "Frais de mise en service OWD-2025-4329", at("2025-09-24 13:10", FR),
    "Bonjour,\n\nLa prise de rendez-vous en ligne (projet \"Cabinet dentaire Cernay Rendez-vous\") ne sert presque pas, "
    "les patients préfèrent téléphoner. Nous demandons le remboursement des frais de mise en service, facture "
    "OWD-2025-4329.\n\nCordialement,\nL'équipe du cabinet")],
    "decided", [R("deny")],
    spec="O6: a setup fee is never refundable -> deny.")

P.append(proj("Paroisse de Luçon Site", "presbytere@paroisse-lucon.fr", "2025-06-01T10:00:00"))
opay("OWD-2025-4330", "Paroisse de Luçon Site", "change_request", "3500.00", "630.00", "2025-09-22T10:00:00")
r.case("lucon-paroisse-demande-supplementaire", OWB, [B(
    "Presbytère de Luçon <presbytere@paroisse-lucon.fr>", "Module horaires des messes", at("2025-09-26 09:20", FR),
    "Bonjour,\n\nPour le \"Paroisse de Luçon Site\" nous avions commandé en supplément le module des horaires de messes "
    "(OWD-2025-4330). Le diocèse propose maintenant un agenda commun qu'il suffit d'intégrer. Merci d'annuler ce "
    "supplément et de nous rembourser.\n\nBien fraternellement,\nPère Étienne Bonnin")],
    "decided", [R("deny")], extra_ok=True,
    spec="O6: change_request outside the original scope -> never refundable: deny.")

P.append(proj("Ferme de Niort Boutique", "boutique@ferme-niortaise.fr", None))
opay("OWD-2025-4331", "Ferme de Niort Boutique", "deposit", "9000.00", "1620.00", "2025-09-28T10:00:00", status="failed")
r.case("niort-ferme-acompte-echoue", OWB, [B(
    "Ferme niortaise <boutique@ferme-niortaise.fr>", "Remboursement acompte svp", at("2025-09-29 08:40", FR),
    "Bonjour,\n\nNous avons versé hier l'acompte pour la \"Ferme de Niort Boutique\" (OWD-2025-4331), la banque l'affiche "
    "comme débité. Nous ne ferons la boutique qu'en 2027, merci de rembourser l'acompte.\n\nCordialement,\n"
    "Annie Guérin, Niort")],
    "decided", [R("escalate")],
    spec="s.8: the ledger shows OWD-2025-4331 as 'failed' (not paid) -> a refund of it is escalated.")

r.case("adresse-propre-info", LOB, [Mail(
    "LeadsOptima <info@leadsoptima.com>", "Votre facture LO-INV-43101 / confirmation de paiement",
    at("2025-09-22 08:20", (5, 30)),
    "Bonjour,\n\nMerci pour votre paiement de 1 499,00 INR. Vous pouvez résilier à tout moment via Billing > Cancel Plan.\n\n"
    "L'équipe LeadsOptima", to="support@leadsoptima.com")],
    "ignore", rules=["C7"], spec="C7: mail from the brand's own address info@leadsoptima.com -> ignore.")

C.append(cust("cabinet@veterinaire-cognac.fr", "Clinique vétérinaire de Cognac", "annual", start="2025-09-26", end="2026-09-25"))
pay("cabinet@veterinaire-cognac.fr", "annual", A, "2025-09-26T11:00:00", "2025-09-26", "2026-09-25", "LO-INV-43431")
r.case("cognac-veterinaire-mois-inutilises", LOB, [Mail(
    "Clinique vétérinaire de Cognac <cabinet@veterinaire-cognac.fr>", "Remboursement lo/inv/43431", at("2025-09-29 18:20", FR),
    "Bonsoir,\n\nNous avons pris l'abonnement annuel pour la remise, mais le docteur part à la retraite en "
    "janvier et la clinique fermera. La "
    "facture lo/inv/43431 de onze mille neuf cent quatre-vingt-huit roupies est trop lourde, nous ne l'utiliserons "
    "que trois mois tout au plus. Merci de rembourser les mois non utilisés ; l'abonnement peut continuer en "
    "attendant notre décision.\n\nCordialement,\nDr Hélène Marchand, vétérinaire")],
    "decided", [R("deny")],
    spec="L1: refund of unused months (the clinic closes; no exception) -> deny; no cancellation asked. s.8: 'lo/inv/43431' is LO-INV-43431.")

r.write(ledger)
