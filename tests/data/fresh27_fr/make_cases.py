"""fresh27_fr: French held-out cases (Quebec, Belgium: Wallonia and Brussels, Senegal, Côte d'Ivoire, Cameroon).
Stdlib only, deterministic. Run: python3 make_cases.py -> ledger.json, emails/*.eml, expected.json.
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
QC = -4     # EDT, Quebec, September 2025
BE = 2      # CEST, Belgium
SN = 0      # GMT, Senegal and Côte d'Ivoire
CM = 1      # WAT, Cameroon

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
r = Round(HERE, "fr")
_n = [0]


def pay(email, plan, amt, paid_at, ps, pe, inv, status="paid"):
    _n[0] += 1
    PAY.append(lopay(f"fr27_p{_n[0]:02d}", inv, email, plan, *amt, paid_at, ps, pe, status=status))


_o = [0]


def opay(inv, project, kind, amount, tax, paid_at, **kw):
    _o[0] += 1
    PAY.append(owpay(f"fr27_o{_o[0]:02d}", inv, project, kind, amount, tax, paid_at, **kw))


# ======================= LeadsOptima =======================
C.append(cust("s.tremblay@videotron.ca", "Sylvie Tremblay", "monthly", start="2025-09-22", end="2025-10-21"))
pay("s.tremblay@videotron.ca", "monthly", M, "2025-09-22T19:00:00", "2025-09-22", "2025-10-21", "LO-INV-27501")
pay("s.tremblay@videotron.ca", "monthly", M, "2025-09-22T19:01:00", "2025-09-22", "2025-10-21", "LO-INV-27502")
r.case("quebec-charge-deux-fois", LOB, [Mail(
    "Sylvie Tremblay <s.tremblay@videotron.ca>", "Chargé deux fois!!",
    at("2025-09-23 08:10", QC),
    "Allo,\n\nj'ai regardé mon relevé de carte de crédit à matin pis vous m'avez chargé deux fois pour l'abonnement "
    "mensuel, 2 x 1499,00 le 22 septembre. La deuxième facture c'est LO-INV-27502. Pouvez-vous me rembourser la "
    "deuxième charge svp?\n\nMerci beaucoup\nSylvie\nSylvie Tremblay, courtière immobilière, Trois-Rivières\n\n"
    "Envoyé de mon iPhone")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: two paid monthly charges 2025-09-22 19:00 IST (09:30 EDT on the 22nd) same period; email 2025-09-23 08:10 EDT = 17:40 IST (day 1) -> refund LO-INV-27502 = 1499.00.")

C.append(cust("compta@brasserie-dupont-demo.be", "Brasserie Dupont-Lambert", "quarterly", start="2025-09-17", end="2025-12-16"))
pay("compta@brasserie-dupont-demo.be", "quarterly", Q, "2025-09-17T10:00:00", "2025-09-17", "2025-12-16", "LO-INV-27511")
pay("compta@brasserie-dupont-demo.be", "quarterly", Q, "2025-09-17T10:02:00", "2025-09-17", "2025-12-16", "LO-INV-27512")
r.case("namur-jour7-soir", LOB, [Mail(
    "Comptabilité Brasserie <compta@brasserie-dupont-demo.be>", "Double prélèvement abonnement trimestriel",
    at("2025-09-24 19:45", BE),
    "Bonjour,\n\nNous constatons sur notre extrait de compte que l'abonnement trimestriel a été prélevé deux fois le "
    "17/09/2025 (trois mille neuf cent nonante-neuf roupies, deux fois). La facture LO-INV-27512 fait double emploi.\n\n"
    "Pourriez-vous procéder au remboursement du doublon, s'il vous plaît ?\n\nBien à vous,\n\nMarie-Claire Lambert\n"
    "Comptable\nBrasserie artisanale Dupont-Lambert SRL\nRue de la Station 12, 5000 Namur\nTVA BE 0712.345.678")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-17 = day 0; email 2025-09-24 19:45 CEST = 23:15 IST, local date 2025-09-24 = day 7, inside -> L4 duplicate LO-INV-27512 = 3999.00 ('nonante-neuf', Belgian).")

C.append(cust("m.gagnon@gagnon-toitures.ca", "Marc Gagnon", "annual", start="2025-09-17", end="2026-09-16"))
pay("m.gagnon@gagnon-toitures.ca", "annual", A, "2025-09-17T18:00:00", "2025-09-17", "2026-09-16", "LO-INV-27521")
pay("m.gagnon@gagnon-toitures.ca", "annual", A, "2025-09-17T18:01:00", "2025-09-17", "2026-09-16", "LO-INV-27522")
r.case("quebec-jour8-fuseau", LOB, [Mail(
    "Marc Gagnon <m.gagnon@gagnon-toitures.ca>", "Double facturation plan annuel",
    at("2025-09-24 15:30", QC),
    "Bonjour,\n\nvotre système m'a facturé le plan annuel deux fois le 17 septembre: LO-INV-27521 et LO-INV-27522, "
    "11 988 roupies chaque. Je demande le remboursement de la 27522.\n\nMerci\nMarc Gagnon\nToitures Gagnon & fils, Lévis")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-17 18:00 IST (08:30 EDT on the 17th); email 2025-09-24 15:30 EDT = 2025-09-25 01:00 IST = day 8 > 7: deny (still day 7 in Quebec).")

C.append(cust("contact@boulangerie-ndiaye.sn", "Boulangerie Ndiaye", "monthly", start="2025-09-26", end="2025-10-25"))
for i, t in enumerate(("11:00", "11:01", "11:03")):
    pay("contact@boulangerie-ndiaye.sn", "monthly", M, f"2025-09-26T{t}:00", "2025-09-26", "2025-10-25", f"LO-INV-2753{i + 1}")
r.case("dakar-trois-fois", LOB, [Mail(
    "Boulangerie Ndiaye <contact@boulangerie-ndiaye.sn>", "Prélèvement 3 fois",
    at("2025-09-27 09:30", SN),
    "Salam aleykoum,\n\nJe vous écris parce que l'abonnement mensuel a été débité trois fois le 26 septembre, factures "
    "LO-INV-27531, LO-INV-27532 et LO-INV-27533, chaque fois 1 499. Une seule était normale. Je demande le remboursement "
    "des deux autres inchallah rapidement car c'est la trésorerie de la boulangerie.\n\nJërëjëf\nIbrahima Ndiaye\n"
    "Boulangerie Ndiaye, Dakar Plateau")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges 2025-09-26; request 2025-09-27 15:00 IST (day 1): every charge after the first is a duplicate: 2 x 1499.00 = 2998.00.")

C.append(cust("info@ets-kouassi.ci", "Ets Kouassi & Frères", "monthly", start="2025-09-18", end="2025-10-17"))
pay("info@ets-kouassi.ci", "monthly", M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17", "LO-INV-27541")
pay("info@ets-kouassi.ci", "monthly", M, "2025-09-18T10:01:00", "2025-09-18", "2025-10-17", "LO-INV-27542")
pay("info@ets-kouassi.ci", "monthly", M, "2025-09-25T09:00:00", "2025-09-18", "2025-10-17", "LO-INV-27543")
r.case("abidjan-triple-dont-un-hors-delai", LOB, [Mail(
    "Ets Kouassi <info@ets-kouassi.ci>", "on nous a prélevé 3 fois",
    at("2025-09-26 10:00", SN),
    "Bonjour à vous,\n\nDonc on a vu que vous avez prélevé le même abonnement mensuel de septembre trois fois : deux "
    "fois le 18/09 (LO-INV-27541, LO-INV-27542) et encore le 25/09 (LO-INV-27543). C'est pas normal hein. Remboursez "
    "nous les deux en trop svp, ça fait 2 998.\n\nMerci d'avance\nKouassi Yao Serge\nEts Kouassi & Frères, Abidjan Treichville")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 three identical charges (period 09-18..10-17): duplicates LO-INV-27542 (2025-09-18; request 2025-09-26 15:30 IST = day 8, outside L3) and LO-INV-27543 (2025-09-25, day 1, inside) -> refund only the one inside: 1499.00.")

C.append(cust("p.mbarga@mbarga-btp.cm", "Paul Mbarga", "monthly", start="2025-09-23", end="2025-10-22"))
pay("p.mbarga@mbarga-btp.cm", "monthly", M, "2025-09-23T09:30:00", "2025-09-23", "2025-10-22", "LO-INV-27551")
r.case("yaounde-doublon-non-confirme", LOB, [Mail(
    "Paul Mbarga <p.mbarga@mbarga-btp.cm>", "Double débit",
    at("2025-09-25 14:20", CM),
    "Bonjour Monsieur/Madame,\n\nJe viens vers vous pour vous signaler que ma banque (Afriland) affiche deux débits de "
    "1 499 de votre part le 23/09. Je pense que j'ai été débité deux fois. Je n'ai reçu qu'une seule facture, la "
    "LO-INV-27551. Je sollicite le remboursement du double paiement.\n\nCordialement\nPaul Mbarga\nMbarga BTP Sarl, Yaoundé")],
    "decided", [R("escalate")],
    spec="L4: duplicate claimed inside L3 (09-23 -> 09-25) but the ledger holds only one charge for that account and period -> escalate, never approve.")

C.append(cust("n.bouchard@cliniqueveto-demo.ca", "Nathalie Bouchard", "monthly", start="2025-09-24", end="2025-10-23"))
pay("n.bouchard@cliniqueveto-demo.ca", "monthly", M, "2025-09-24T12:00:00", "2025-09-24", "2025-10-23", "LO-INV-27561")
r.case("quebec-mauvais-montant", LOB, [Mail(
    "Dre Nathalie Bouchard <n.bouchard@cliniqueveto-demo.ca>", "Montant erroné sur ma facture",
    at("2025-09-26 09:05", QC),
    "Bonjour,\n\nle montant prélevé le 24 ne correspond pas au prix affiché: on m'a débité le forfait à 3 999 au lieu du "
    "mensuel à 1 499. Facture LO-INV-27561. Merci de corriger et de me rembourser la différence.\n\nDre Nathalie Bouchard\n"
    "Clinique vétérinaire des Laurentides, Saint-Jérôme")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount) inside L3 (09-24 -> 09-26 18:35 IST, day 2) -> L5 escalate; no amount.")

C.append(cust("j.lemaire@lemaire-architectes.be", "Julien Lemaire", "monthly", start="2025-09-25", end="2025-10-24"))
pay("j.lemaire@lemaire-architectes.be", "monthly", M, "2025-09-25T06:00:00", "2025-09-25", "2025-10-24", "LO-INV-27571")
r.case("liege-debite-apres-resiliation", LOB, [Mail(
    "Julien Lemaire <j.lemaire@lemaire-architectes.be>", "Prélèvement après résiliation",
    at("2025-09-28 16:30", BE),
    "Bonjour,\n\nJ'avais résilié mon abonnement fin août via Billing > Cancel Plan (j'ai la capture d'écran). Pourtant "
    "vous m'avez encore débité le 25/09, facture LO-INV-27571. C'est un prélèvement après résiliation, je vous demande "
    "de me le rembourser.\n\nSalutations\nJulien Lemaire\nLemaire Architectes, Liège")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('charged after I cancelled') inside L3 (09-25 -> 09-28) -> L5 escalate; the August cancellation is a past event.")

C.append(cust("fatou.diop@diop-conseil.sn", "Fatou Diop", "annual", start="2025-09-02", end="2026-09-01"))
pay("fatou.diop@diop-conseil.sn", "annual", A, "2025-09-02T11:00:00", "2025-09-02", "2026-09-01", "LO-INV-27581")
r.case("thies-mauvais-forfait-trop-tard", LOB, [Mail(
    "Fatou Diop <fatou.diop@diop-conseil.sn>", "Erreur de forfait",
    at("2025-09-15 09:10", SN),
    "Bonjour,\n\nJ'avais choisi le forfait mensuel mais c'est l'annuel qui a été facturé le 2 septembre (LO-INV-27581, "
    "11 988 roupies). Facturé pour le mauvais forfait, donc je demande le remboursement de la différence.\n\n"
    "Cordialement\nFatou Diop\nDiop Conseil, Thiès")],
    "decided", [R("deny")],
    spec="L2 billing_error (wrong plan) but L3: charge 2025-09-02, request 2025-09-15 14:40 IST = day 13 > 7 -> deny.")

C.append(cust("e.fortin@fortin-comptable.ca", "Émilie Fortin", "monthly", start="2025-09-21", end="2025-10-20"))
pay("e.fortin@fortin-comptable.ca", "monthly", M, "2025-09-21T15:00:00", "2025-09-21", "2025-10-20", "LO-INV-27591")
r.case("quebec-franglais-login", LOB, [Mail(
    "Emilie Fortin <e.fortin@fortin-comptable.ca>", "Pu capable de me connecter",
    at("2025-09-24 13:45", QC),
    "Bonjour,\n\nca fait depuis lundi que je suis pu capable de me logger dans mon account, la page reste blanche apres "
    "le login. J'ai clear la cache, essaye sur Chrome pis Edge, rien. C'est vraiment pas le fun en pleine periode de "
    "taxes. Je veux etre remboursee pour le mois, facture lo inv 27591.\n\nMerci\nEmilie")],
    "decided", [R("escalate")],
    spec="L2 access_failure (Quebec franglais, no accents) inside L3 (09-21 -> 09-24 23:15 IST, day 3) -> L6 escalate; 'lo inv 27591' = LO-INV-27591 (s.8).")

C.append(cust("secretariat@ecole-privee-demo.cm", "Complexe scolaire Les Lauréats", "quarterly", start="2025-09-01", end="2025-11-30"))
pay("secretariat@ecole-privee-demo.cm", "quarterly", Q, "2025-09-01T09:00:00", "2025-09-01", "2025-11-30", "LO-INV-27601")
r.case("douala-acces-trop-tard", LOB, [Mail(
    "Secrétariat Les Lauréats <secretariat@ecole-privee-demo.cm>", "Demande de remboursement - plateforme inaccessible",
    at("2025-09-19 11:00", CM),
    "Monsieur le Responsable,\n\nJ'ai l'honneur de venir très respectueusement auprès de votre haute bienveillance "
    "solliciter le remboursement de notre abonnement trimestriel (facture LO-INV-27601 du 01/09/2025). En effet, depuis "
    "la souscription, la plateforme ne charge pas et nous n'avons jamais eu accès aux outils.\n\nDans l'attente d'une "
    "suite favorable, veuillez agréer, Monsieur, l'expression de nos salutations distinguées.\n\nLe Promoteur\n"
    "Complexe scolaire Les Lauréats, Douala Bonamoussadi")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-01, request 2025-09-19 = day 18 > 7 -> deny (Cameroonian administrative register).")

C.append(cust("k.peeters@peeters-design.be", "Kim Peeters", "monthly", start="2025-09-24", end="2025-10-23"))
pay("k.peeters@peeters-design.be", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23", "LO-INV-27611")
r.case("bruxelles-change-d-avis", LOB, [Mail(
    "Kim Peeters <k.peeters@peeters-design.be>", "Remboursement abonnement",
    at("2025-09-25 11:30", BE),
    "Bonjour,\n\nJ'ai pris l'abonnement mensuel hier (LO-INV-27611) mais mon associé préfère finalement rester sur "
    "notre outil actuel. Je ne l'ai pas encore utilisé. Pouvez-vous me rembourser les 1.499 ? Dank u wel / merci !\n\n"
    "Kim Peeters\nPeeters Design, Bruxelles (Ixelles)")],
    "decided", [R("deny")],
    spec="L1: changed mind / not used is none of the L2 reasons -> deny and offer cancellation.")

C.append(cust("g.lavoie@lavoie-erablieres.ca", "Gilles Lavoie", "monthly", start="2025-09-10", end="2025-10-09"))
pay("g.lavoie@lavoie-erablieres.ca", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09", "LO-INV-27621")
r.case("beauce-trop-cher-annuler", LOB, [Mail(
    "Gilles Lavoie <g.lavoie@lavoie-erablieres.ca>", "annulation",
    at("2025-09-16 19:50", QC),
    "Bonsoir,\n\nc'est trop cher pour une petite érablière comme nous autres, 1499 par mois ça vaut pas la peine. "
    "Annulez mon abonnement s.v.p. pis remboursez-moi les jours qui restent du mois.\n\nGilles Lavoie\n"
    "Érablière Lavoie, Saint-Georges de Beauce")],
    "decided", [K("cancel", "2025-10-09"), R("deny")],
    spec="L8 cancel effective current_period_end 2025-10-09; refund of unused days ('trop cher') is L1 -> deny.")

C.append(cust("aminata.kone@orange.ci", "Aminata Koné", "monthly", status="trial", trial_ends="2025-10-03"))
r.case("abidjan-essai-gratuit", LOB, [Mail(
    "Aminata Koné <aminata.kone@orange.ci>", "rembourser moi",
    at("2025-09-29 22:10", SN),
    "Bonsoir,\n\nje suis encore dans l'essai gratuit (plan mensuel) mais je vois un montant bloqué sur ma carte. Je veux "
    "pas payer, remboursez moi svp. C'était pas gratuit l'essai là ?\n\nMerci\nAminata")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-03), no charges in the ledger: nothing to refund -> deny; no billing unless they subscribe.")

C.append(cust("direction@hotel-ardennes-demo.be", "Hôtel des Ardennes", "quarterly", start="2025-08-15", end="2025-11-14"))
pay("direction@hotel-ardennes-demo.be", "quarterly", Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14", "LO-INV-27631")
r.case("ardennes-resiliation-formelle", LOB, [Mail(
    "Direction Hôtel des Ardennes <direction@hotel-ardennes-demo.be>", "Résiliation de l'abonnement trimestriel",
    at("2025-09-20 09:30", BE),
    "Madame, Monsieur,\n\nPar la présente, nous vous informons de notre décision de résilier notre abonnement "
    "trimestriel, l'hôtel fermant pour rénovation de novembre à mars.\n\nNous vous saurions gré de bien vouloir nous "
    "confirmer la date de fin.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nAnne-Sophie Collard\n"
    "Directrice, Hôtel des Ardennes, La Roche-en-Ardenne")],
    "decided", [K("cancel", "2025-11-14")],
    spec="L8: cancel, active until current_period_end 2025-11-14.")

C.append(cust("moussa.sall@sall-transport.sn", "Moussa Sall", "monthly"))
pay("moussa.sall@sall-transport.sn", "monthly", M, "2025-08-12T09:00:00", None, None, "LO-INV-27640")
pay("moussa.sall@sall-transport.sn", "monthly", M, "2025-09-12T09:00:00", None, None, "LO-INV-27641")
r.case("saint-louis-resiliation-sans-periode", LOB, [Mail(
    "Moussa Sall <moussa.sall@sall-transport.sn>", "arreter abonnement",
    at("2025-09-22 12:15", SN),
    "Bonjour\nsvp arretez mon abonnement. mon neveu va gerer la publicite maintenant. merci pour tout\n\nMoussa Sall\n"
    "Sall Transport, Saint-Louis")],
    "decided", [K("cancel", "2025-10-11")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-27641 2025-09-12 + 1 month - 1 day = 2025-10-11.")

C.append(cust("admin@immo-mons-demo.be", "Immo Mons", "quarterly"))
PAY.append(lopay("fr27_pz1", "LO-INV-27651", "admin@immo-mons-demo.be", "quarterly", *Q, "2025-07-14T20:00:00Z", None, None))
r.case("mons-fallback-heure-utc", LOB, [Mail(
    "Immo Mons <admin@immo-mons-demo.be>", "Fin de l'abonnement trimestriel",
    at("2025-09-23 08:45", BE),
    "Bonjour,\n\nNous souhaitons mettre fin à notre abonnement trimestriel à l'échéance. Raison : notre agence a été "
    "reprise par un réseau national qui impose son propre logiciel.\n\nCordialement\nThierry Delhaye\nImmo Mons SRL")],
    "decided", [K("cancel", "2025-10-14")],
    spec="L8 fallback with offset: last charge 2025-07-14T20:00Z = 2025-07-15 01:30 IST (s.8); + 3 months - 1 day = 2025-10-14.")

C.append(cust("info@fromagerie-charlevoix-demo.ca", "Fromagerie Charlevoix", "annual"))
pay("info@fromagerie-charlevoix-demo.ca", "annual", A, "2024-11-05T10:00:00", None, None, "LO-INV-27661")
r.case("charlevoix-annuel-fallback", LOB, [Mail(
    "Fromagerie Charlevoix <info@fromagerie-charlevoix-demo.ca>", "Pas de renouvellement",
    at("2025-09-26 07:20", QC),
    "Bonjour,\n\nsvp annulez notre abonnement annuel, on ne veut pas qu'il se renouvelle en novembre. On fait affaire "
    "avec une agence de Québec à partir de l'hiver.\n\nBonne journée\nJosée Simard, Fromagerie Charlevoix")],
    "decided", [K("cancel", "2025-11-04")],
    spec="L8 fallback: no current_period_end; last charge 2024-11-05 + 12 months - 1 day = 2025-11-04.")

C.append(cust("contact@studio-ebene.cm", "Studio Ébène", "monthly", start="2025-09-20", end="2025-10-19"))
pay("contact@studio-ebene.cm", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "LO-INV-27671")
r.case("c2-gmail-perso-douala", LOB, [Mail(
    "Christelle Ngo <christelle.ngo237@gmail.com>", "Erreur de facturation + historique",
    at("2025-09-23 21:30", CM),
    "Bonsoir, je vous écris de mon Gmail perso, mon compte chez vous c'est contact@studio-ebene.cm. Il y a une erreur "
    "de facturation, mauvais montant prélevé, remboursez svp, et envoyez moi l'historique de tous mes paiements de "
    "cette année.\n\nChristelle")],
    "need_info", rules=["C2"],
    spec="C2: names registered email contact@studio-ebene.cm but writes from a personal gmail -> ask to write from the registered address; disclose nothing.")

C.append(cust("r.wouters@wouters-logistique.be", "Raphaël Wouters", "quarterly", start="2025-09-19", end="2025-12-18"))
pay("r.wouters@wouters-logistique.be", "quarterly", Q, "2025-09-19T09:00:00", "2025-09-19", "2025-12-18", "LO-INV-27681")
pay("r.wouters@wouters-logistique.be", "quarterly", Q, "2025-09-19T09:01:00", "2025-09-19", "2025-12-18", "LO-INV-27682")
r.case("c2-outlook-tr-assistante", LOB, [Mail(
    "Accueil Wouters Logistique <accueil@wouters-logistique.be>", "TR: Double paiement abonnement",
    at("2025-09-22 10:05", BE),
    "Bonjour,\n\nJe vous transfère la demande de M. Wouters ci-dessous.\n\nBien à vous,\nSandrine\nAccueil\n\n"
    "-----Message d'origine-----\nDe : Raphaël Wouters <r.wouters@wouters-logistique.be>\n"
    "Envoyé : lundi 22 septembre 2025 08:51\nÀ : Accueil <accueil@wouters-logistique.be>\n"
    "Objet : Double paiement abonnement\n\nSandrine, peux-tu transférer à LeadsOptima : le trimestre a été payé deux "
    "fois le 19/09, la LO-INV-27682 est en double, qu'ils la remboursent. Mon compte chez eux : "
    "r.wouters@wouters-logistique.be.\n\nRW")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: an Outlook 'TR:' forward carries a request naming registered email r.wouters@...; sender is the reception address -> ask for it from the registered address.")

C.append(cust("olivier@olivier-renovation.ca", "Olivier Pelletier", "monthly", start="2025-09-22", end="2025-10-21"))
pay("olivier@olivier-renovation.ca", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-27691")
r.case("c2-adresse-plus", LOB, [Mail(
    "Olivier Pelletier <olivier+factures@olivier-renovation.ca>", "Annulation et date de fin",
    at("2025-09-27 15:10", QC),
    "Bonjour,\n\nj'aimerais annuler mon abonnement (mon compte est olivier@olivier-renovation.ca) et savoir jusqu'à "
    "quand il reste actif et combien a été prélevé la dernière fois. On change de CRM.\n\nMerci\nOlivier Pelletier")],
    "need_info", rules=["C2"],
    spec="s.8: a +tag makes another address; olivier+factures@ is not the registered olivier@ -> C2, nothing disclosed.")

C.append(cust("a.diallo@diallo-import.sn", "Awa Diallo", "monthly", start="2025-09-15", end="2025-10-14"))
for d, n in (("2025-07-15", "7"), ("2025-08-15", "8"), ("2025-09-15", "9")):
    pay("a.diallo@diallo-import.sn", "monthly", M, f"{d}T09:00:00", d, None, f"LO-INV-2770{n}")
r.case("ziguinchor-numero-facture-manquant", LOB, [Mail(
    "Awa Diallo <a.diallo@diallo-import.sn>", "Montant trop élevé",
    at("2025-09-18 14:00", SN),
    "Bonjour,\n\non m'a prélevé un mauvais montant, plus élevé que le prix du forfait mensuel affiché sur votre site. "
    "Je demande le remboursement de la différence. Je n'ai pas le numéro de facture sous la main, c'est mon comptable "
    "qui reçoit les mails.\n\nCordialement\nAwa Diallo\nDiallo Import-Export, Ziguinchor")],
    "need_info", missing=["invoice_number"],
    spec="C3: registered sender, plan from the ledger, reason given (wrong amount); three charges on record, charge not identified -> ask for invoice_number.")

C.append(cust("bureau@menuiserie-gaspesie-demo.ca", "Menuiserie Gaspésie", "monthly", start="2025-09-25", end="2025-10-24"))
pay("bureau@menuiserie-gaspesie-demo.ca", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-27711")
r.case("gaspesie-sans-raison", LOB, [Mail(
    "Menuiserie Gaspésie <bureau@menuiserie-gaspesie-demo.ca>", "Remboursement LO-INV-27711",
    at("2025-09-26 09:15", QC),
    "Bonjour,\n\nnous demandons le remboursement de la facture LO-INV-27711.\n\nMerci à l'avance.\n\nLise Cormier\n"
    "Menuiserie Gaspésie inc., Gaspé\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel est destiné exclusivement au destinataire "
    "mentionné. Si vous l'avez reçu par erreur, veuillez le supprimer.")],
    "need_info", missing=["reason"],
    spec="C3 + s.8: restating the request, thanks, signature and confidentiality notice are not a reason -> ask for reason.")

C.append(cust("y.tanoh@tanoh-pharma-demo.ci", "Yves Tanoh", "monthly", start="2025-09-24", end="2025-10-23"))
pay("y.tanoh@tanoh-pharma-demo.ci", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23", "LO-INV-27721")
pay("y.tanoh@tanoh-pharma-demo.ci", "monthly", M, "2025-09-24T09:00:40", "2025-09-24", "2025-10-23", "LO-INV-27722")
tanoh1 = Mail("Yves Tanoh <y.tanoh@tanoh-pharma-demo.ci>", "Remboursement LO-INV-27722", at("2025-09-25 18:00", SN),
              "Bonjour,\n\nmerci de rembourser la facture LO-INV-27722.\n\nYves Tanoh\nPharmacie Tanoh, Cocody")
r.case("thread-raison-donnee-abidjan", LOB, [tanoh1, Mail(
    "Yves Tanoh <y.tanoh@tanoh-pharma-demo.ci>", "Re: Remboursement LO-INV-27722 [LO-2772]", at("2025-09-27 09:40", SN),
    "Bonjour,\n\nla raison c'est que vous m'avez débité deux fois le 24/09, 27721 et 27722 c'est le même mois. "
    "La 27722 est en trop.\n\nYves\n\nLe ven. 26 sept. 2025 à 10:02, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
    "> Merci de nous indiquer la raison de votre demande de remboursement.\n> LeadsOptima Support",
    reply=tanoh1, refs_extra=["<fr27-ask-tanoh@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: reason (duplicate) in the answer; request time = first email 2025-09-25 23:30 IST (day 1); L4 pair -> approve LO-INV-27722 = 1499.00.")

C.append(cust("c.dubois@dubois-traiteur.be", "Catherine Dubois", "monthly", start="2025-09-20", end="2025-10-19"))
pay("c.dubois@dubois-traiteur.be", "monthly", M, "2025-08-20T09:00:00", "2025-08-20", "2025-09-19", "LO-INV-27731")
pay("c.dubois@dubois-traiteur.be", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "LO-INV-27732")
dubois1 = Mail("Catherine Dubois <c.dubois@dubois-traiteur.be>", "Plus d'accès à la plateforme",
               at("2025-09-23 11:10", BE),
               "Bonjour,\n\nDepuis le week-end, impossible de me connecter : j'ai une « Erreur 500 » à chaque fois, sur "
               "l'ordi comme sur le GSM. Je ne sais pas travailler comme ça et je souhaite être remboursée pour ce mois-ci.\n\n"
               "Bien à vous\nCatherine Dubois\nDubois Traiteur, Charleroi")
r.case("thread-facture-donnee-charleroi", LOB, [dubois1, Mail(
    "Catherine Dubois <c.dubois@dubois-traiteur.be>", "RE: Plus d'accès à la plateforme [LO-2773]",
    at("2025-09-24 08:30", BE),
    "Bonjour,\n\nLe numéro de facture est LO-INV-27732. Toujours pas moyen de me connecter, d'ailleurs.\n\nC. Dubois\n\n"
    "De : LeadsOptima Support <support@leadsoptima.com>\nEnvoyé : mardi 23 septembre 2025 14:02\n"
    "À : Catherine Dubois <c.dubois@dubois-traiteur.be>\nObjet : Re: Plus d'accès à la plateforme [LO-2773]\n\n"
    "Merci de nous communiquer le numéro de facture.",
    reply=dubois1)],
    "decided", [R("escalate")],
    spec="C3 thread: invoice in the answer; L2 access_failure, charge 2025-09-20, request time = first email 2025-09-23 (day 3) -> L6 escalate.")

C.append(cust("h.bergeron@bergeron-transport.ca", "Hugo Bergeron", "monthly", start="2025-09-23", end="2025-10-22"))
pay("h.bergeron@bergeron-transport.ca", "monthly", M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22", "LO-INV-27741")
r.case("c4-chargeback-quebec", LOB, [Mail(
    "Hugo Bergeron <h.bergeron@bergeron-transport.ca>", "DERNIER AVIS - mauvais montant",
    at("2025-09-25 16:40", QC),
    "Bonjour,\n\ntroisième courriel. Le montant de la facture LO-INV-27741 est erroné et je veux mon remboursement d'ici "
    "lundi. Sinon je fais une contestation auprès de Desjardins (chargeback) pis je porte plainte à l'Office de la "
    "protection du consommateur.\n\nHugo Bergeron\nTransport Bergeron, Rimouski")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: card dispute (chargeback) and consumer-protection complaint threat -> escalate with C4 in the trace.")

C.append(cust("s.kamga@kamga-sarl.cm", "Serge Kamga", "monthly", start="2025-09-12", end="2025-10-11"))
pay("s.kamga@kamga-sarl.cm", "monthly", M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11", "LO-INV-27751")
r.case("c4-resiliation-avocat-douala", LOB, [Mail(
    "Serge Kamga <s.kamga@kamga-sarl.cm>", "Résiliation immédiate",
    at("2025-09-29 23:05", CM),
    "Je résilie mon abonnement avec effet immédiat. Votre plateforme ne m'a rien apporté.\n\nEt je vous préviens : si "
    "un seul franc est encore prélevé après aujourd'hui, mon avocat vous saisira devant le tribunal de commerce.\n\n"
    "S. Kamga\nKamga Sarl, Douala Akwa")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): lawyer / court threat -> the cancellation is escalated.")

C.append(cust("info@chocolaterie-namur-demo.be", "Chocolaterie Namuroise", "monthly", start="2025-09-27", end="2025-10-26"))
pay("info@chocolaterie-namur-demo.be", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26", "LO-INV-27761")
pay("info@chocolaterie-namur-demo.be", "monthly", M, "2025-09-27T10:00:30", "2025-09-27", "2025-10-26", "LO-INV-27762")
r.case("namur-pas-de-contestation", LOB, [Mail(
    "Chocolaterie Namuroise <info@chocolaterie-namur-demo.be>", "prélevé deux fois le 27",
    at("2025-09-29 09:00", BE),
    "Bonjour,\n\nle 27/09 l'abonnement mensuel a été prélevé deux fois, LO-INV-27761 et LO-INV-27762. Ma banque m'a "
    "proposé de contester le paiement mais je ne veux pas faire de contestation, je préfère régler ça avec vous. "
    "Merci de rembourser le doublon (27762).\n\nBonne journée, une fois !\nGeoffrey Lambotte\nChocolaterie Namuroise")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 negation: the dispute is ruled out ('je ne veux pas faire de contestation'), no C4; L4 pair 2025-09-27, request 09-29 (day 2) -> approve 1499.00.")

r.case("reponse-automatique-absence", LOB, [Mail(
    "Sylvie Tremblay <s.tremblay@videotron.ca>", "Réponse automatique : Re: Chargé deux fois!! [LO-2750]",
    at("2025-09-24 07:00", QC),
    "Bonjour, je suis absente du bureau jusqu'au 6 octobre. Pour toute urgence, contactez Martine au 819-555-0142.\n\n"
    "Sylvie Tremblay",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    refs_extra=["<fr27-reply-tremblay@leadsoptima.com>"])],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied out-of-office -> ignore.")

r.case("non-remis-mailer-daemon", LOB, [Mail(
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.orange.sn>", "Non remis : Votre résiliation",
    at("2025-09-26 12:00", SN),
    "Ce message est généré automatiquement.\n\nLa remise à un ou plusieurs destinataires a échoué :\n\n"
    "  moussa.sall@sall-transprt.sn\n  550 5.1.1 Adresse inconnue\n",
    dsn=[[("Reporting-MTA", "dns; mx.orange.sn")],
         [("Final-Recipient", "rfc822; moussa.sall@sall-transprt.sn"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender and a delivery-status report -> ignore.")

r.case("infolettre-chambre-commerce", LOB, [Mail(
    "Infolettre CCI Wallonie <infolettre@cci-wallonie.example>", "Infolettre : résilier un abonnement, obtenir un remboursement",
    at("2025-09-30 06:00", BE),
    "Chers membres,\n\nAu sommaire : comment résilier vos abonnements logiciels, obtenir un remboursement en cas de "
    "double prélèvement, agenda des formations.\n\nSe désinscrire : https://cci-wallonie.example/desinscription",
    headers={"List-Id": "Infolettre CCI <infolettre.cci-wallonie.example>", "Precedence": "bulk"})],
    "ignore", rules=["C7"], spec="C7: List-Id + Precedence: bulk newsletter -> ignore, though it speaks of refunds and cancellations.")

r.case("question-avant-achat-dakar", LOB, [Mail(
    "Cheikh Fall <cheikh.fall@yahoo.fr>", "Question avant de prendre l'abonnement annuel",
    at("2025-09-24 13:00", SN),
    "Bonjour,\n\nJe compte prendre l'abonnement annuel pour mon agence de voyage à Dakar. Si je le prends et qu'après "
    "deux semaines ça ne me convient pas, est-ce que je serais remboursé ? Et est-ce qu'il y a une période d'essai ?\n\n"
    "Cordialement\nCheikh Fall")],
    "other", spec="s.8 hypothetical before buying ('est-ce que je serais remboursé') is a policy question -> other.")

C.append(cust("info@cafe-montreal-demo.ca", "Café du Plateau", "monthly", start="2025-09-14", end="2025-10-13"))
pay("info@cafe-montreal-demo.ca", "monthly", M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13", "LO-INV-27771")
r.case("montreal-pas-de-remboursement-tps-tvq", LOB, [Mail(
    "Café du Plateau <info@cafe-montreal-demo.ca>", "Facture LO-INV-27771 - numéros de taxes",
    at("2025-09-17 10:30", QC),
    "Bonjour,\n\npour être clair: on ne veut pas de remboursement et on n'annule pas, tout va bien. Notre comptable a "
    "juste besoin de la facture LO-INV-27771 avec notre raison sociale (9123-4567 Québec inc.) et nos numéros de TPS/TVQ.\n\n"
    "Merci!\nAntoine, Café du Plateau, Montréal")],
    "other", spec="s.8 negation: 'on ne veut pas de remboursement et on n'annule pas' adds no intent; invoice correction -> other.")

r.case("merci-remboursement-recu", LOB, [Mail(
    "Sylvie Tremblay <s.tremblay@videotron.ca>", "Merci!",
    at("2025-09-30 15:20", QC),
    "Bonjour,\n\nj'ai bien reçu le remboursement pour la double charge, merci pour le service rapide!\n\nBonne journée\nSylvie")],
    "other", spec="A thank-you for a past refund asks for nothing -> other.")

C.append(cust("dg@groupe-sawa-demo.cm", "Groupe Sawa", "annual", start="2025-09-26", end="2026-09-25"))
pay("dg@groupe-sawa-demo.cm", "annual", A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25", "LO-INV-27781")
pay("dg@groupe-sawa-demo.cm", "annual", A, "2025-09-26T10:00:20", "2025-09-26", "2026-09-25", "LO-INV-27782")
sawa_html = ("<html><body style='font-family:Arial'><p>Bonjour,</p><p>Nous avons constaté un <b>double paiement</b> "
             "de notre abonnement annuel le 26/09/2025 :</p><ul><li>LO-INV-27781 : 11&nbsp;988,00</li>"
             "<li>LO-INV-27782 : 11&nbsp;988,00</li></ul><p>Nous sollicitons le remboursement du paiement en double "
             "(LO-INV-27782).</p><p>Cordialement,<br>Direction Générale<br>Groupe Sawa SA, Douala</p>"
             "<p style='font-size:8pt;color:#888'>Ce message et ses pièces jointes sont confidentiels.</p></body></html>")
r.case("douala-html-seul", LOB, [Mail(
    "Groupe Sawa DG <dg@groupe-sawa-demo.cm>", "Double paiement abonnement annuel",
    at("2025-09-29 10:00", CM), None, html=sawa_html)],
    "decided", [R("approve", "11988.00")],
    spec="HTML-only mail with a list: L4 pair 2025-09-26, request 09-29 (day 3) -> approve LO-INV-27782 = 11988.00.")

C.append(cust("l.gauthier@gauthier-sports.ca", "Louis Gauthier", "monthly", start="2025-09-21", end="2025-10-20"))
pay("l.gauthier@gauthier-sports.ca", "monthly", M, "2025-09-21T19:00:00", "2025-09-21", "2025-10-20", "LO-INV-27791")
pay("l.gauthier@gauthier-sports.ca", "monthly", M, "2025-09-21T19:00:50", "2025-09-21", "2025-10-20", "LO-INV-27792",
    status="refunded")
r.case("sherbrooke-deja-rembourse", LOB, [Mail(
    "Louis Gauthier <l.gauthier@gauthier-sports.ca>", "Double charge LO-INV-27792",
    at("2025-09-24 12:30", QC),
    "Bonjour,\n\nle 21 septembre j'ai été chargé deux fois (LO-INV-27791 et LO-INV-27792). Merci de rembourser la "
    "LO-INV-27792.\n\nLouis Gauthier, Sherbrooke")],
    "decided", [R("escalate")],
    spec="s.8 payments not paid: LO-INV-27792 is already refunded (and no second paid charge forms an L4 pair) -> escalate.")

C.append(cust("ousmane.ba@ba-agro.sn", "Ousmane Ba", "monthly", start="2025-09-22", end="2025-10-21"))
pay("ousmane.ba@ba-agro.sn", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21", "LO-INV-27801")
r.case("dicte-resilier-et-acces", LOB, [Mail(
    "Ousmane Ba <ousmane.ba@ba-agro.sn>", "Résiliation et remboursement",
    at("2025-09-26 06:45", SN),
    "bonjour leadsoptima virgule je dicte ce message depuis la voiture point depuis mardi je n'arrive plus à me "
    "connecter virgule ça affiche erreur de connexion à chaque fois point à la ligne la facture c'est lo tiret inv "
    "tiret 27801 point je veux résilier l'abonnement et être remboursé pour le mois puisque je ne peux pas l'utiliser "
    "point à la ligne merci ousmane ba\n\nEnvoyé de mon iPhone")],
    "decided", [R("escalate"), K("cancel", "2025-10-21")],
    spec="Dictated text: L2 access_failure inside L3 (2025-09-22 -> 09-26, day 4) -> L6 escalate; plus L8 cancel effective current_period_end 2025-10-21.")

C.append(cust("bureau@gites-gaume-demo.be", "Gîtes de Gaume", "monthly", start="2025-09-25", end="2025-10-24"))
pay("bureau@gites-gaume-demo.be", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-27811")
pay("bureau@gites-gaume-demo.be", "monthly", M, "2025-09-25T09:02:00", "2025-09-25", "2025-10-24", "LO-INV-27812")
r.case("gaume-long-au-milieu", LOB, [Mail(
    "Gîtes de Gaume <bureau@gites-gaume-demo.be>", "Plusieurs choses",
    at("2025-09-28 18:20", BE),
    "Bonjour à toute l'équipe,\n\nD'abord un grand bravo : la campagne pour nos gîtes marche du tonnerre, nous avons "
    "presque tout loué pour les vacances de Toussaint. Mon mari dit toujours qu'avant on s'en sortait très bien avec "
    "le Syndicat d'initiative de Virton, mais il commence à changer d'avis.\n\nPar contre, le 25/09 vous avez prélevé "
    "deux fois 1.499, la facture lo-inv-27812 est en double. Merci de la rembourser.\n\nEt une question : est-ce que la "
    "campagne peut aussi tourner en néerlandais ? Nous avons beaucoup de Flamands.\n\nBien à vous\nMartine Jacquemin\n"
    "Gîtes de Gaume, Torgny")],
    "decided", [R("approve", "1499.00")],
    spec="Long mail with the request in the middle: L4 pair 2025-09-25, request 09-28 (day 3), 'lo-inv-27812' -> approve 1499.00; the question is left to staff.")

C.append(cust("k.ouattara@ouattara-btp.ci", "Karim Ouattara", "annual", start="2025-09-24", end="2026-09-23"))
pay("k.ouattara@ouattara-btp.ci", "annual", A, "2025-09-24T11:00:00", "2025-09-24", "2026-09-23", "LO-INV-27821")
pay("k.ouattara@ouattara-btp.ci", "annual", A, "2025-09-24T11:00:30", "2025-09-24", "2026-09-23", "LO-INV-27822")
r.case("abidjan-nouchi-montant-en-lettres", LOB, [Mail(
    "Karim Ouattara <k.ouattara@ouattara-btp.ci>", "on dit quoi pour mon argent",
    at("2025-09-26 16:00", SN),
    "Bonsoir mes chers,\n\non dit quoi ? Vous avez pris onze mille neuf cent quatre-vingt-huit deux fois sur ma carte "
    "le 24 là pour l'abonnement annuel, ya fohi ? Les factures c'est LO INV 27821 et LO INV 27822. C'est double "
    "paiement hein, il faut rembourser la deuxième, la 27822.\n\nOn est ensemble\nKarim Ouattara\nOuattara BTP, Yopougon")],
    "decided", [R("approve", "11988.00")],
    spec="Ivorian Nouchi, amount in words: L4 pair 2025-09-24, request 2025-09-26 21:30 IST (day 2) -> approve LO-INV-27822 ('LO INV 27822', s.8) = 11988.00.")

P.append(proj("Hôtel Teranga Réservations", "reservation@hotel-teranga-demo.sn", "2025-06-01T10:00:00"))
r.case("client-autre-marque", LOB, [Mail(
    "Hôtel Teranga <reservation@hotel-teranga-demo.sn>", "Annulation abonnement",
    at("2025-09-25 10:00", SN),
    "Bonjour,\n\nmerci d'annuler notre abonnement, nous fermons l'hôtel pour travaux.\n\nCordialement\nHôtel Teranga, Saly")],
    "need_info", rules=["C2"],
    spec="s.8 the other brand's customer: the sender is an Optima WebDesign contract email, C1 picks LeadsOptima (the mailbox), whose ledger does not know it -> treated as any unknown sender (C2, C3): need_info with C2, nothing cancelled; missing not asserted.")

C.append(cust("info@imprimerie-rimouski-demo.ca", "Imprimerie du Bas-Saint-Laurent", "monthly", start="2025-09-24", end="2025-10-23"))
pay("info@imprimerie-rimouski-demo.ca", "monthly", M, "2025-09-24T19:00:00", "2025-09-24", "2025-10-23", "LO-INV-27831")
pay("info@imprimerie-rimouski-demo.ca", "quarterly", Q, "2025-09-24T19:05:00", "2025-09-24", "2025-12-23", "LO-INV-27832")
r.case("rimouski-deux-montants-differents", LOB, [Mail(
    "Imprimerie BSL <info@imprimerie-rimouski-demo.ca>", "Chargé deux fois le 24",
    at("2025-09-26 09:00", QC),
    "Bonjour,\n\nle 24 septembre vous m'avez chargé deux fois: 1 499 pour le mensuel pis 3 999 pour un trimestriel "
    "que j'ai jamais demandé (LO-INV-27832). Remboursez-moi le trimestriel svp.\n\nRoger Bélanger")],
    "decided", [R("escalate")],
    spec="L4 needs same amount and period: 1499.00 monthly vs 3999.00 quarterly is no duplicate pair; the claim is a billing error (wrong plan) inside L3 (day 2) -> escalate either way (L4 no pair / L5).")

C.append(cust("info@frituur-brussel-demo.be", "Frituur Brussel", "monthly", start="2025-09-20", end="2025-10-19"))
pay("info@frituur-brussel-demo.be", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19", "LO-INV-27841")
pay("info@frituur-brussel-demo.be", "monthly", M, "2025-09-20T09:01:00", "2025-09-20", "2025-10-19", "LO-INV-27842")
r.case("bruxelles-mail-en-neerlandais", LOB, [Mail(
    "Frituur Brussel <info@frituur-brussel-demo.be>", "Dubbele betaling",
    at("2025-09-22 10:00", BE),
    "Goedemorgen,\n\nop 20 september werd ons maandabonnement twee keer afgeschreven (LO-INV-27841 en LO-INV-27842). "
    "Graag de dubbele betaling terugstorten.\n\nMet vriendelijke groeten\nJan Vermeulen\nFrituur Brussel, Jette")],
    "other",
    spec="s.8 language: the mail is in Dutch only (Brussels), a language the bot does not read -> other, the trace names the language.")

C.append(cust("admin@cabinet-medical-liege-demo.be", "Cabinet médical Saint-Léonard", "monthly", start="2025-09-14", end="2025-10-13"))
pay("admin@cabinet-medical-liege-demo.be", "monthly", M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13", "LO-INV-27851")
r.case("liege-reponse-au-dessus-infolettre", LOB, [Mail(
    "Cabinet Saint-Léonard <admin@cabinet-medical-liege-demo.be>", "RE: Nouveau en octobre : campagnes IA",
    at("2025-09-25 09:40", BE),
    "Merci de résilier notre abonnement mensuel, nous n'en avons plus l'utilité.\n\nDr Laurence Henrard\n\n"
    "De : LeadsOptima <news@leadsoptima.example>\nEnvoyé : mercredi 24 septembre 2025 12:00\n"
    "À : admin@cabinet-medical-liege-demo.be\nObjet : Nouveau en octobre : campagnes IA\n\n"
    "> Nouveau : campagnes IA en 12 langues.\n> Prélevé deux fois ? Écrivez-nous dans les 7 jours, nous remboursons\n"
    "> les doubles paiements. Pas besoin de contestation bancaire ni d'avocat.\n> L'équipe LeadsOptima")],
    "decided", [K("cancel", "2025-10-13")],
    spec="Top-posted reply: only the new text is the request (cancel); the quoted newsletter (rembourser, contestation, avocat) is not the customer's: L8 cancel effective 2025-10-13, no refund, no C4.")

C.append(cust("gerance@hotel-kribi-demo.cm", "Hôtel Plage Kribi", "quarterly", start="2025-09-24", end="2025-12-23"))
pay("gerance@hotel-kribi-demo.cm", "quarterly", Q, "2025-06-24T09:00:00", "2025-06-24", "2025-09-23", "LO-INV-27860")
pay("gerance@hotel-kribi-demo.cm", "quarterly", Q, "2025-09-24T09:00:00", "2025-09-24", "2025-12-23", "LO-INV-27861")
pay("gerance@hotel-kribi-demo.cm", "quarterly", Q, "2025-09-24T09:00:45", "2025-09-24", "2025-12-23", "LO-INV-27862")
kr1 = Mail("Hôtel Plage Kribi <gerance@hotel-kribi-demo.cm>", "Remboursement", at("2025-09-25 08:00", CM),
           "Bonjour,\n\nJe sollicite un remboursement.\n\nLa Gérance")
kr2 = Mail("Hôtel Plage Kribi <gerance@hotel-kribi-demo.cm>", "RE: Remboursement [LO-2786]", at("2025-09-26 07:30", CM),
           "Bonjour,\n\nLe motif : le trimestre a été prélevé deux fois.\n\nLa Gérance\n\n"
           "> Merci de nous indiquer le motif et le numéro de facture.", reply=kr1)
r.case("kribi-trois-courriels-motif-puis-facture", LOB, [kr1, kr2, Mail(
    "Hôtel Plage Kribi <gerance@hotel-kribi-demo.cm>", "RE: Remboursement [LO-2786]", at("2025-09-27 10:15", CM),
    "Et le numéro : LO-INV-27862 (le deuxième du 24/09).\n\nLa Gérance\n\n> Merci de nous indiquer le numéro de facture.",
    reply=kr2)],
    "decided", [R("approve", "3999.00")],
    spec="C3 three-email thread: reason in the 2nd, invoice in the 3rd; request time = first email 2025-09-25 (day 1 after 09-24); L4 pair -> approve LO-INV-27862 = 3999.00.")

C.append(cust("contact@teinturerie-thies-demo.sn", "Teinturerie de Thiès", "monthly", start="2025-09-25", end="2025-10-24"))
pay("contact@teinturerie-thies-demo.sn", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24", "LO-INV-27871")
th1 = Mail("Teinturerie de Thiès <contact@teinturerie-thies-demo.sn>", "Remboursement", at("2025-09-26 09:00", SN),
           "Bonjour,\n\ndepuis hier nous ne pouvons plus nous connecter, la plateforme ne charge pas. Remboursez-nous svp.\n\n"
           "Teinturerie de Thiès")
r.case("nouveau-courriel-avec-reference-seule", LOB, [th1, Mail(
    "Teinturerie de Thiès <contact@teinturerie-thies-demo.sn>", "Numéro de facture pour votre dossier [LO-2787]",
    at("2025-09-27 11:00", SN),
    "Bonjour,\n\nvoici le numéro de facture demandé : LO-INV-27871. La connexion ne marche toujours pas.\n\n"
    "Teinturerie de Thiès")],
    "decided", [R("escalate")],
    spec="C3: the answer is a new mail (no In-Reply-To) recognised by the case reference in the subject; L2 access_failure, charge 2025-09-25, request 09-26 (day 1) -> L6 escalate.")

# ======================= Optima WebDesign =======================
P.append(proj("Cabane à sucre Boisvert", "info@cabane-boisvert-demo.ca", None))
opay("OWD-2025-801", "Cabane à sucre Boisvert", "discovery", "15000.00", "2700.00", "2025-09-22T10:00:00")
r.case("quebec-decouverte-pas-commencee", OWB, [Mail(
    "Cabane à sucre Boisvert <info@cabane-boisvert-demo.ca>", "Refund Request — Cabane à sucre Boisvert / OWD-2025-801",
    at("2025-09-25 10:00", QC), brand=OWB, body=
    "Bonjour,\n\nnous avons payé les frais de découverte pour le projet « Cabane à sucre Boisvert » (OWD-2025-801). "
    "Malheureusement on doit annuler: la cabane a passé au feu la semaine passée. L'atelier n'a pas encore eu lieu.\n\n"
    "Merci de nous rembourser.\n\nMarie-Ève Boisvert, Saint-Élie-de-Caxton")],
    "decided", [R("approve", "15000.00")], extra_ok=True,
    spec="O1: discovery, work_started_at empty -> refundable in full: 15000.00 before tax.")

P.append(proj("Festival Ndar Jazz", "contact@ndarjazz-demo.sn", "2025-09-30T10:00:00"))
opay("OWD-2025-802", "Festival Ndar Jazz", "discovery", "9000.00", "1620.00", "2025-09-22T10:00:00")
r.case("saint-louis-decouverte-seance-future", OWB, [Mail(
    "Festival Ndar Jazz <contact@ndarjazz-demo.sn>", "Remboursement frais de stratégie OWD-2025-802",
    at("2025-09-26 09:00", SN), brand=OWB, body=
    "Bonjour,\n\nPour le projet « Festival Ndar Jazz », nous avions réservé la séance de stratégie prévue le 30 "
    "septembre. Le festival est reporté à l'an prochain faute de sponsors, nous annulons et demandons le remboursement "
    "des frais de stratégie (OWD-2025-802).\n\nCordialement\nAbdoulaye Gueye, Saint-Louis")],
    "decided", [R("approve", "9000.00")], extra_ok=True,
    spec="O1: work_started_at 2025-09-30 is later than the request time (2025-09-26 14:30 IST): no session has started -> refundable in full 9000.00.")

P.append(proj("Friterie Chez Momo", "chezmomo@friterie-demo.be", "2025-09-15T10:00:00"))
opay("OWD-2025-803", "Friterie Chez Momo", "discovery", "7000.00", "1260.00", "2025-09-12T10:00:00")
r.case("bruxelles-decouverte-atelier-fait", OWB, [Mail(
    "Friterie Chez Momo <chezmomo@friterie-demo.be>", "Remboursement découverte",
    at("2025-09-20 09:00", BE), brand=OWB, body=
    "Bonjour,\n\nOn a fait l'atelier de découverte le 15/09 pour « Friterie Chez Momo », mais finalement mon frère "
    "reprend la friterie et il ne veut pas de site. Je voudrais récupérer les frais (OWD-2025-803) svp.\n\nMohamed")],
    "decided", [R("deny")],
    spec="O1: discovery session started 2025-09-15, before the request -> deny.")

P.append(proj("Maquis Le Baobab", "maquis.baobab@baobab-demo.ci", None))
opay("OWD-2025-804", "Maquis Le Baobab", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00")
r.case("abidjan-acompte-42h", OWB, [Mail(
    "Maquis Le Baobab <maquis.baobab@baobab-demo.ci>", "Annulation site + acompte",
    at("2025-09-23 22:30", SN), brand=OWB, body=
    "Bonsoir,\n\nOn annule le projet « Maquis Le Baobab », le propriétaire du terrain a repris le local. Remboursez-nous "
    "l'acompte OWD-2025-804 svp, c'est payé hier seulement.\n\nMerci\nDjédjé Guy-Roland")],
    "decided", [R("approve", "20000.00")], extra_ok=True,
    spec="O2: paid 2025-09-22 10:00 IST; email 2025-09-23 22:30 GMT = 2025-09-24 04:00 IST = 42 h < 72 h, no work -> approve 20000.00.")

P.append(proj("Érablière Côté Boutique", "boutique@erabliere-cote-demo.ca", None))
opay("OWD-2025-805", "Érablière Côté Boutique", "deposit", "18000.00", "3240.00", "2025-09-20T14:30:00")
r.case("quebec-acompte-71h59", OWB, [Mail(
    "Érablière Côté <boutique@erabliere-cote-demo.ca>", "Acompte OWD-2025-805 - annulation",
    at("2025-09-23 04:59", QC), brand=OWB, body=
    "Bonjour,\n\nje me lève tôt pour vous écrire avant que le délai passe: on annule la « Érablière Côté Boutique », "
    "la récolte a été trop mauvaise cette année pour investir dans une boutique en ligne. Remboursez l'acompte "
    "OWD-2025-805 svp.\n\nRéjean Côté")],
    "decided", [R("approve", "18000.00")], extra_ok=True,
    spec="O2: paid 2025-09-20 14:30 IST; email 2025-09-23 04:59 EDT = 14:29 IST = 71 h 59 min < 72 h, no work -> approve 18000.00.")

P.append(proj("Boucherie Halal Anderlecht", "boucherie@halal-anderlecht-demo.be", None))
opay("OWD-2025-806", "Boucherie Halal Anderlecht", "deposit", "16000.00", "2880.00", "2025-09-20T14:30:00")
r.case("anderlecht-acompte-exactement-72h", OWB, [Mail(
    "Boucherie Anderlecht <boucherie@halal-anderlecht-demo.be>", "Remboursement acompte OWD-2025-806",
    at("2025-09-23 11:00", BE), brand=OWB, body=
    "Bonjour,\n\nPour le projet « Boucherie Halal Anderlecht », nous avons versé l'acompte samedi. Nous avons trouvé "
    "un webdesigner dans le quartier, nous préférons travailler avec lui. Merci de rembourser l'acompte OWD-2025-806.\n\n"
    "Salutations\nYoussef El Amrani")],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-20 14:30 IST; email 2025-09-23 11:00 CEST = 14:30 IST = exactly 72 h -> deny.")

P.append(proj("Salle de sport Bastos Fit", "info@bastosfit-demo.cm", "2025-09-25T10:00:00"))
opay("OWD-2025-807", "Salle de sport Bastos Fit", "deposit", "22000.00", "3960.00", "2025-09-24T10:00:00")
r.case("yaounde-acompte-travail-commence", OWB, [Mail(
    "Bastos Fit <info@bastosfit-demo.cm>", "Remboursement acompte",
    at("2025-09-26 08:00", CM), brand=OWB, body=
    "Bonjour,\n\nNous avons versé l'acompte (OWD-2025-807) mercredi pour « Salle de sport Bastos Fit ». Le bailleur "
    "a rompu le contrat, le projet est suspendu. Nous demandons le remboursement de l'acompte.\n\nCordialement\n"
    "Arnaud Essomba, Yaoundé Bastos")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-24 10:00, work started 2025-09-25 10:00, request 2025-09-26 12:30 IST (50.5 h) is after work began -> deny.")

P.append(proj("Pâtisserie Lebrun Refonte", "projet@patisserie-lebrun-demo.be", "2025-08-01T10:00:00"))
opay("OWD-2025-808", "Pâtisserie Lebrun Refonte", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00",
     milestone_status="completed")
opay("OWD-2025-809", "Pâtisserie Lebrun Refonte", "milestone", "24000.00", "4320.00", "2025-09-10T10:00:00",
     milestone_status="not_started")
opay("OWD-2025-810", "Pâtisserie Lebrun Refonte", "milestone", "16000.00", "2880.00", "2025-09-10T10:05:00",
     milestone_status="in_progress")
r.case("wavre-jalon-non-commence", OWB, [Mail(
    "Pâtisserie Lebrun <projet@patisserie-lebrun-demo.be>", "Refund Request — Pâtisserie Lebrun Refonte / OWD-2025-809",
    at("2025-09-24 10:00", BE), brand=OWB, body=
    "Bonjour,\n\nPour la « Pâtisserie Lebrun Refonte », nous renonçons au jalon « Commande en ligne » (facture "
    "OWD-2025-809) : nous n'avons pas le personnel pour les livraisons. D'après le planning, ce travail n'a pas "
    "commencé.\n\nMerci de procéder au remboursement.\n\nBien à vous\nChristine Lebrun, Wavre")],
    "decided", [R("approve", "24000.00")], extra_ok=True,
    spec="O3: milestone OWD-2025-809 not_started -> refund its amount 24000.00 (before tax).")

r.case("wavre-jalon-en-cours", OWB, [Mail(
    "Pâtisserie Lebrun <projet@patisserie-lebrun-demo.be>", "Jalon OWD-2025-810",
    at("2025-09-26 14:00", BE), brand=OWB, body=
    "Bonjour,\n\nNous souhaitons aussi arrêter le jalon « Programme fidélité » (OWD-2025-810) de la Pâtisserie Lebrun "
    "Refonte : la caisse enregistreuse le fait déjà. Votre équipe vient de commencer, je crois. Merci de rembourser "
    "ce qui n'a pas été fait.\n\nChristine Lebrun")],
    "decided", [R("escalate")],
    extra_ok=True, spec="O3: milestone in_progress -> escalate (value of work not started needs a person).")

r.case("wavre-jalon-termine", OWB, [Mail(
    "Pâtisserie Lebrun <projet@patisserie-lebrun-demo.be>", "Remboursement maquettes",
    at("2025-09-27 09:00", BE), brand=OWB, body=
    "Bonjour,\n\nMa fille trouve finalement que les maquettes ne nous ressemblent pas. Nous demandons le remboursement "
    "du jalon maquettes OWD-2025-808 (Pâtisserie Lebrun Refonte).\n\nChristine Lebrun")],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-808 completed -> deny (completed deliverables are non-refundable).")

P.append(proj("Clinique Dentaire Laval Entretien", "admin@dentaire-laval-demo.ca", "2025-06-01T10:00:00"))
opay("OWD-2025-811", "Clinique Dentaire Laval Entretien", "retainer", "12000.00", "2160.00", "2025-09-15T09:00:00",
     period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
r.case("laval-forfait-mensuel-a-temps", OWB, [Mail(
    "Clinique Dentaire Laval <admin@dentaire-laval-demo.ca>", "Résiliation contrat d'entretien",
    at("2025-09-26 11:00", QC), brand=OWB, body=
    "Bonjour,\n\nnous mettons fin au contrat d'entretien « Clinique Dentaire Laval Entretien » (dernière facture "
    "OWD-2025-811). Raison: la clinique a été achetée par un groupe qui gère ses sites à l'interne.\n\n"
    "Cordialement\nDr Philippe Roy")],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: request 2025-09-26 20:30 IST <= 2025-10-15 - 7 = 10-08 -> cancel effective the day before next billing: 2025-10-14.")

P.append(proj("Radio Communautaire Kaolack", "direction@radio-kaolack-demo.sn", "2025-05-01T10:00:00"))
opay("OWD-2025-812", "Radio Communautaire Kaolack", "retainer", "8000.00", "1440.00", "2025-09-03T09:00:00",
     period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00")
r.case("kaolack-preavis-7-jours-pile", OWB, [Mail(
    "Radio Kaolack <direction@radio-kaolack-demo.sn>", "Fin du contrat de maintenance OWD-2025-812",
    at("2025-09-26 18:00", SN), brand=OWB, body=
    "Bonsoir,\n\nNous résilions le forfait mensuel « Radio Communautaire Kaolack ». Motif : la subvention de l'ONG qui "
    "finançait le site n'est pas renouvelée.\n\nMerci et bonne soirée\nMamadou Cissé, directeur")],
    "decided", [K("cancel", "2025-10-02")],
    spec="O4 boundary: 2025-09-26 18:00 GMT = 23:30 IST, local date 2025-09-26 = 2025-10-03 - 7 -> enough notice: cancel effective 2025-10-02.")

P.append(proj("Pourvoirie du Lac Noir", "reservations@pourvoirie-lacnoir-demo.ca", "2025-04-01T10:00:00"))
opay("OWD-2025-813", "Pourvoirie du Lac Noir", "retainer", "10000.00", "1800.00", "2025-09-05T09:00:00",
     period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00")
r.case("quebec-preavis-rate-par-fuseau", OWB, [Mail(
    "Pourvoirie du Lac Noir <reservations@pourvoirie-lacnoir-demo.ca>", "Fin du forfait",
    at("2025-09-28 15:00", QC), brand=OWB, body=
    "Bonjour,\n\nsvp annulez notre forfait mensuel pour la « Pourvoirie du Lac Noir » (OWD-2025-813). La saison de "
    "chasse finit pis on ferme jusqu'au printemps, on n'a plus besoin de mises à jour.\n\nMerci\nDenis Ouellet")],
    "decided", [K("cancel", "2025-11-04")],
    spec="O4 in the brand zone: 2025-09-28 15:00 EDT = 2025-09-29 00:30 IST > 2025-10-05 - 7 = 09-28 -> under 7 days: next cycle (10-05..11-04) billed, effective 2025-11-04.")

P.append(proj("Hôtel Sanaga Maintenance", "web@hotel-sanaga-demo.cm", "2025-03-01T10:00:00"))
opay("OWD-2025-814", "Hôtel Sanaga Maintenance", "retainer", "15000.00", "2700.00", "2025-09-10T09:00:00",
     period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00")
opay("OWD-2025-815", "Hôtel Sanaga Maintenance", "retainer", "15000.00", "2700.00", "2025-09-25T09:00:00",
     period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T09:00:00")
r.case("edea-forfait-deja-paye-d-avance", OWB, [Mail(
    "Hôtel Sanaga <web@hotel-sanaga-demo.cm>", "Résiliation maintenance du site",
    at("2025-09-27 09:00", CM), brand=OWB, body=
    "Bonjour,\n\nNous résilions la maintenance « Hôtel Sanaga Maintenance » (facture OWD-2025-815). Motif : l'hôtel a "
    "été racheté par un groupe qui a son propre prestataire.\n\nCordialement\nLa Direction, Hôtel Sanaga, Édéa")],
    "decided", [K("escalate")], extra_ok=True,
    spec="s.8 retainer paid in advance: next cycle 10-10..11-09 already paid (OWD-2025-815), notice >= 7 days -> escalate.")

P.append(proj("Lodge du Sine Saloum Hébergement", "lodge@sine-saloum-demo.sn", "2025-09-16T10:00:00"))
opay("OWD-2025-816", "Lodge du Sine Saloum Hébergement", "hosting_annual", "10000.00", "1800.00", "2025-09-15T09:00:00",
     setup_fee="1250.00", service_start="2025-09-16")
r.case("saloum-hebergement-jour14-tard-le-soir", OWB, [Mail(
    "Lodge Sine Saloum <lodge@sine-saloum-demo.sn>", "Résiliation hébergement annuel + remboursement",
    at("2025-09-30 18:00", SN), brand=OWB, body=
    "Bonsoir,\n\nNous résilions l'hébergement annuel « Lodge du Sine Saloum Hébergement » (facture OWD-2025-816) et "
    "demandons le remboursement au prorata prévu par votre politique. Motif : le lodge rejoint une chaîne hôtelière "
    "qui héberge tous ses sites chez elle.\n\nCordialement\nFatou Sarr, gérante, Toubacouta")],
    "decided", [R("approve", "8020.83")], extra_ok=True,
    spec="O5 boundary: service_start 2025-09-16 = day 0; email 2025-09-30 18:00 GMT = 23:30 IST = day 14, inside; consumed_months 1; (10000 - 1250)/12 = 729.1666...; refund = 10000 - 1250 - 729.1666... = 8020.83.")

P.append(proj("Ferme Pédagogique Spa Site", "ferme@ferme-spa-demo.be", "2025-09-01T10:00:00"))
opay("OWD-2025-817", "Ferme Pédagogique Spa Site", "hosting_annual", "9600.00", "1728.00", "2025-08-30T09:00:00",
     setup_fee="1200.00", service_start="2025-09-01")
r.case("spa-hebergement-trop-tard", OWB, [Mail(
    "Ferme Pédagogique <ferme@ferme-spa-demo.be>", "Remboursement hébergement",
    at("2025-09-22 19:00", BE), brand=OWB, body=
    "Bonjour,\n\nL'ASBL a décidé en assemblée générale de confier le site à un bénévole. Nous demandons donc le "
    "remboursement de l'hébergement annuel (OWD-2025-817) de la « Ferme Pédagogique Spa Site ».\n\nBien à vous\n"
    "Jean-Luc Pirard, président")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-22 22:30 IST = day 21 > 14 -> deny.")

P.append(proj("Coopérative Cacao San Pedro Maintenance", "it@coop-cacao-sanpedro-demo.ci", "2025-09-20T10:00:00"))
opay("OWD-2025-818", "Coopérative Cacao San Pedro Maintenance", "maintenance_annual", "7000.00", "1260.00",
     "2025-09-25T09:00:00", setup_fee="500.00", service_start="2025-10-15")
r.case("san-pedro-maintenance-avant-debut", OWB, [Mail(
    "Coopérative Cacao San Pedro <it@coop-cacao-sanpedro-demo.ci>", "Annulation contrat maintenance",
    at("2025-09-27 08:30", SN), brand=OWB, body=
    "Bonjour,\n\nLe contrat de maintenance « Coopérative Cacao San Pedro Maintenance » (OWD-2025-818) qui devait "
    "commencer le 15 octobre, nous l'annulons : l'union des coopératives à Abidjan reprend l'informatique. Merci de "
    "rembourser moins les frais d'installation.\n\nCordialement\nBamba Souleymane, responsable informatique")],
    "decided", [R("approve", "5958.33")], extra_ok=True,
    spec="O5 + s.8: before service_start, consumed_months = 1; monthly_value = (7000 - 500)/12 = 541.666...; refund = 7000 - 500 - 541.666... = 5958.333 -> 5958.33.")

P.append(proj("Atelier Wax Dakar", "atelier@wax-dakar-demo.sn", "2025-08-10T10:00:00"))
opay("OWD-2025-819", "Atelier Wax Dakar", "third_party", "4200.00", "756.00", "2025-09-24T09:00:00")
r.case("dakar-theme-premium", OWB, [Mail(
    "Atelier Wax Dakar <atelier@wax-dakar-demo.sn>", "Remboursement thème",
    at("2025-09-25 10:00", SN), brand=OWB, body=
    "Bonjour,\n\nSur la facture OWD-2025-819 (Atelier Wax Dakar) il y a un thème premium et une licence de plugin. "
    "Finalement on n'aime pas ce thème. Merci de nous rembourser.\n\nAdja Mbaye")],
    "decided", [R("deny")],
    spec="O6: third_party (premium theme, plugin licence) -> never refundable: deny.")

P.append(proj("Salon de l'Auto Québec Microsite", "expo@salonauto-qc-demo.ca", "2025-09-01T10:00:00"))
opay("OWD-2025-820", "Salon de l'Auto Québec Microsite", "rush", "6500.00", "1170.00", "2025-09-23T09:00:00")
r.case("quebec-frais-urgence", OWB, [Mail(
    "Salon de l'Auto <expo@salonauto-qc-demo.ca>", "Frais d'urgence OWD-2025-820",
    at("2025-09-26 10:00", QC), brand=OWB, body=
    "Bonjour,\n\non a payé des frais d'urgence pour le « Salon de l'Auto Québec Microsite », pis le site est quand même "
    "sorti le lendemain de l'ouverture. On demande le remboursement des frais (OWD-2025-820).\n\nKarine Morin")],
    "decided", [R("deny")],
    spec="O6: rush fee -> non-refundable: deny.")

P.append(proj("Librairie Tropiques Boutique", "contact@librairie-tropiques-demo.cm", "2025-09-05T10:00:00"))
opay("OWD-2025-821", "Librairie Tropiques Boutique", "change_request", "5000.00", "900.00", "2025-09-12T09:00:00")
r.case("yaounde-demande-de-modification", OWB, [Mail(
    "Librairie Tropiques <contact@librairie-tropiques-demo.cm>", "Remboursement modification",
    at("2025-09-16 11:00", CM), brand=OWB, body=
    "Bonjour,\n\nNous avions commandé en supplément un module de précommande (facture OWD-2025-821) pour la « Librairie "
    "Tropiques Boutique ». Nos clients n'en veulent pas. Nous sollicitons le remboursement de ce supplément.\n\n"
    "Cordialement\nJeanne Atangana")],
    "decided", [R("deny")],
    spec="O6: change_request outside the original scope -> non-refundable: deny.")

P.append(proj("Brasserie du Borinage Site", "info@brasserie-borinage-demo.be", None))
opay("OWD-2025-822", "Brasserie du Borinage Site", "deposit", "16000.00", "2880.00", "2025-09-27T10:00:00")
r.case("c2-adresse-privee-borinage", OWB, [Mail(
    "Vincent Hanot <vincent.hanot@skynet.be>", "Acompte Brasserie du Borinage",
    at("2025-09-28 10:00", BE), brand=OWB, body=
    "Bonjour,\n\nJe suis le gérant de la Brasserie du Borinage. Nous renonçons au projet, la brasserie est en faillite. "
    "Merci de rembourser l'acompte OWD-2025-822 et de me dire s'il reste des factures ouvertes.\n\nVincent Hanot")],
    "need_info", rules=["C2"],
    spec="C2: contract email is info@brasserie-borinage-demo.be; request from a private skynet.be address -> ask to write from the contract email, nothing about the project.")

P.append(proj("Resto Le Plateau Abidjan", "resto@leplateau-demo.ci", None))
opay("OWD-2025-823", "Resto Le Plateau Abidjan", "discovery", "7000.00", "1260.00", "2025-09-23T10:00:00")
r.case("c2-apple-mail-reexpedie", OWB, [Mail(
    "Serge Aka <serge.aka@yahoo.fr>", "Fwd: Remboursement découverte Resto Le Plateau",
    at("2025-09-25 20:40", SN), brand=OWB, body=
    "Bonsoir, ma sœur vous a écrit mais pas de réponse. Vous pouvez me dire où ça en est ?\n\nEnvoyé de mon iPhone\n\n"
    "Début du message réexpédié :\n\nDe: Resto Le Plateau <resto@leplateau-demo.ci>\nDate: 24 septembre 2025 à 09:12:40 UTC\n"
    "À: optimawebdesigns12@gmail.com\nObjet: Remboursement découverte Resto Le Plateau\n\nBonjour, pour le projet « Resto "
    "Le Plateau Abidjan » nous avons payé la découverte OWD-2025-823. Le restaurant est vendu, nous annulons et "
    "demandons le remboursement.\nAkissi Aka")],
    "need_info", rules=["C2"],
    spec="s.8 forwards + C2: an Apple Mail forward carries the request from contract email resto@leplateau-demo.ci; sender is another address -> ask for it from the contract email.")

P.append(proj("Garage Nkongsamba Site", "garage@nkongsamba-auto-demo.cm", "2025-07-01T10:00:00"))
P.append(proj("Garage Nkongsamba Pièces", "garage@nkongsamba-auto-demo.cm", "2025-08-01T10:00:00"))
opay("OWD-2025-824", "Garage Nkongsamba Site", "milestone", "12000.00", "2160.00", "2025-09-01T10:00:00",
     milestone_status="not_started")
opay("OWD-2025-825", "Garage Nkongsamba Pièces", "milestone", "9000.00", "1620.00", "2025-09-05T10:00:00",
     milestone_status="not_started")
r.case("nkongsamba-projet-et-facture-manquants", OWB, [Mail(
    "Garage Nkongsamba <garage@nkongsamba-auto-demo.cm>", "Remboursement",
    at("2025-09-24 12:00", CM), brand=OWB, body=
    "Bonjour,\n\nNous voulons récupérer l'argent d'une des commandes parce que finalement nous n'en avons plus besoin, "
    "le fournisseur de pièces a fermé.\n\nCordialement\nEmmanuel Tchoupo, Nkongsamba")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: contract sender with two projects and payments; reason given, neither project nor invoice named -> ask for project_name and invoice_number.")

P.append(proj("Cabinet Notarial Verviers Suivi", "secretariat@notaire-verviers-demo.be", "2025-05-01T10:00:00"))
opay("OWD-2025-826", "Cabinet Notarial Verviers Suivi", "retainer", "9000.00", "1620.00", "2025-09-20T09:00:00",
     period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00")
verv1 = Mail("Cabinet Notarial Verviers <secretariat@notaire-verviers-demo.be>", "Résiliation suivi OWD-2025-826",
             at("2025-09-24 09:30", BE),
             "Madame, Monsieur,\n\nNous vous prions de bien vouloir prendre acte de la résiliation du « Cabinet Notarial "
             "Verviers Suivi » (OWD-2025-826), dans le respect du préavis.\n\nNous vous remercions de nous en accuser "
             "réception.\n\nVeuillez agréer nos salutations distinguées.\n\nPour le Notaire, le secrétariat\n\n"
             "Ce courriel et ses annexes sont strictement confidentiels.", brand=OWB)
r.case("verviers-resiliation-sans-motif", OWB, [verv1], "need_info", missing=["reason"],
       spec="s.8: Optima requires a reason for cancellations too; notice formula, acknowledgement request and disclaimer are not reasons -> ask for reason.")

verv1b = Mail(verv1.frm, verv1.subject, verv1.when, verv1.body, brand=OWB)
r.case("verviers-motif-fourni", OWB, [verv1b, Mail(
    "Cabinet Notarial Verviers <secretariat@notaire-verviers-demo.be>", "RE: Résiliation suivi OWD-2025-826",
    at("2025-09-30 09:00", BE), brand=OWB, body=
    "Madame, Monsieur,\n\nLe motif : le notaire part à la retraite au 31 décembre et l'étude est reprise par un confrère "
    "qui dispose déjà d'un site.\n\nSalutations distinguées\nLe secrétariat\n\n"
    "-----Message d'origine-----\nDe : Optima WebDesign <optimawebdesigns12@gmail.com>\n"
    "Envoyé : vendredi 26 septembre 2025 12:00\nObjet : Re: Résiliation suivi OWD-2025-826\n\n"
    "Merci de nous indiquer le motif de la résiliation.",
    reply=verv1b, refs_extra=["<fr27-owd-verv-ask@optimawebdesign.com>"])],
    "decided", [K("cancel", "2025-10-19")],
    spec="C3 thread: reason in the answer 2025-09-30; request time = first email 2025-09-24 <= 2025-10-20 - 7 = 10-13 -> cancel effective 2025-10-19.")

P.append(proj("Agence Immobilière Sherbrooke Vitrine", "direction@immo-sherbrooke-demo.ca", None))
opay("OWD-2025-827", "Agence Immobilière Sherbrooke Vitrine", "deposit", "25000.00", "4500.00", "2025-09-29T10:00:00")
r.case("c4-mise-en-demeure-sherbrooke", OWB, [Mail(
    "Direction Immo Sherbrooke <direction@immo-sherbrooke-demo.ca>", "Refund Request — Agence Immobilière Sherbrooke Vitrine",
    at("2025-09-29 22:00", QC), brand=OWB, body=
    "Bonjour,\n\nnous nous retirons du projet « Agence Immobilière Sherbrooke Vitrine », la bannière nous fournit "
    "finalement un site. Nous exigeons le remboursement de l'acompte OWD-2025-827.\n\nÀ défaut de remboursement d'ici "
    "le 10 octobre, notre avocat vous fera parvenir une mise en demeure et nous déposerons une demande aux petites "
    "créances.\n\nNancy Gingras, directrice")],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: lawyer / small-claims court threat -> escalate, although O2 alone would approve (paid 09-29 10:00 IST, request 09-30 07:30 IST = 21.5 h).")

r.case("accuse-reception-automatique", OWB, [Mail(
    "Support Pâtisserie Lebrun <ne-pas-repondre@patisserie-lebrun-demo.be>", "[Ticket #8812] Accusé de réception",
    at("2025-09-24 10:01", BE), brand=OWB, body=
    "Merci pour votre message. Votre demande de remboursement a été enregistrée sous le numéro 8812. Merci de ne pas "
    "répondre à ce courriel.",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "junk"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-generated acknowledgement (Precedence: junk) -> ignore.")

r.case("question-renouvellement-hebergement", OWB, [Mail(
    "Ferme Pédagogique <ferme@ferme-spa-demo.be>", "Question renouvellement",
    at("2025-09-21 10:00", BE), brand=OWB, body=
    "Bonjour,\n\nUne petite question, nous ne voulons rien résilier ni être remboursés : est-ce que l'hébergement se "
    "renouvelle automatiquement l'an prochain, et peut-on alors payer par mois ?\n\nMerci, Jean-Luc")],
    "other", spec="s.8 negation: 'rien résilier ni être remboursés' adds no intent; a renewal question -> other.")

P.append(proj("Mairie de Bafoussam Portail", "sg@mairie-bafoussam-demo.cm", None))
opay("OWD-2025-828", "Mairie de Bafoussam Portail", "deposit", "14000.00", "2520.00", "2025-09-27T10:00:00", status="failed")
r.case("bafoussam-acompte-echoue", OWB, [Mail(
    "Secrétariat Général Mairie <sg@mairie-bafoussam-demo.cm>", "Annulation et remboursement acompte OWD-2025-828",
    at("2025-09-28 12:00", CM), brand=OWB, body=
    "Bonjour,\n\nLe conseil municipal n'a pas voté le budget du « Mairie de Bafoussam Portail ». Nous annulons et "
    "demandons le remboursement de l'acompte OWD-2025-828.\n\nLe Secrétaire Général")],
    "decided", [R("escalate")], extra_ok=True,
    spec="s.8 payments not paid: the deposit's status is failed -> a refund of it is escalated (never approved).")

P.append(proj("Épicerie Fine Outremont", "commandes@epicerie-outremont-demo.ca", None))
P.append(proj("Traiteur Outremont Événements", "evenements@traiteur-outremont-demo.ca", None))
opay("OWD-2025-829", "Épicerie Fine Outremont", "deposit", "15000.00", "2700.00", "2025-09-27T10:00:00")
r.case("c2-adresse-contrat-d-un-autre-projet", OWB, [Mail(
    "Traiteur Outremont <evenements@traiteur-outremont-demo.ca>", "Acompte Épicerie Fine Outremont",
    at("2025-09-28 09:00", QC), brand=OWB, body=
    "Bonjour,\n\nje vous écris de l'adresse du traiteur, mais c'est pour l'autre projet de la famille, l'« Épicerie Fine "
    "Outremont ». On l'abandonne, ma sœur déménage à Toronto. Remboursez l'acompte OWD-2025-829 svp.\n\nLuc Ferland")],
    "need_info", rules=["C2"],
    spec="C2: the sender is the contract email of another project; the Épicerie project's contract email is commandes@epicerie-outremont-demo.ca -> ask to write from it, nothing disclosed.")

P.append(proj("Ndolé Express Livraison", "contact@ndole-express-demo.cm", None))
opay("OWD-2025-830", "Ndolé Express Livraison", "deposit", "16500.00", "2970.00", "2025-09-25T06:00:00Z")
r.case("douala-acompte-utc-73h", OWB, [Mail(
    "Ndolé Express <contact@ndole-express-demo.cm>", "Remboursement acompte OWD-2025-830",
    at("2025-09-28 07:30", CM), brand=OWB, body=
    "Bonjour,\n\nNous abandonnons le projet « Ndolé Express Livraison », les motos de livraison ont été saisies par la "
    "douane. Merci de rembourser l'acompte OWD-2025-830.\n\nCordialement\nBlaise Fotso")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 + s.8 offsets: paid 2025-09-25T06:00Z = 11:30 IST; email 2025-09-28 07:30 WAT = 12:00 IST = 72.5 h >= 72 h -> deny.")

r.write(ledger)
