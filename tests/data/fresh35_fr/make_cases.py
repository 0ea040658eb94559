"""fresh35_fr: French held-out cases (the French Ardennes; Touraine and the Loire valley; Alpes-de-Haute-Provence;
the Ariège; the Lot/Quercy; Liège and Charleroi; Valais and Fribourg; Saguenay and Gaspésie; Mauritania; the
Seychelles; Cambodia and Vietnam francophones; French written by Spanish and Turkish speakers). Stdlib only,
deterministic. Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (every person, firm and club is invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
FR = 2      # CEST: France, Belgium, Switzerland in September 2025
QC = -4     # EDT: Quebec
MR = 0      # Mauritania
SC = 4      # Seychelles
KH = 7      # Cambodia, Vietnam

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]

C += [
    cust("contact@boulangerie-ducale.fr", "Boulangerie Ducale", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("sokha.chan@angkor-conseil.com.kh", "Sokha Chan", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("gestion@gites-amboise.fr", "Gîtes d'Amboise", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("yoga@studio-prat-foix.fr", "Studio Prat Yoga", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("contact@domaine-del-causse.fr", "Domaine del Causse", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("info@fiduciaire-meuse.be", "Fiduciaire de Meuse", "annual", start="2025-01-10", end="2026-01-09"),
    cust("secretariat@chasse-sarine.ch", "Société de chasse de la Sarine", "quarterly"),
    cust("reception@camping-chicoutimi.ca", "Camping de la Rivière", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("ely.ouldbrahim@nktt-services.mr", "Ely Ould Brahim", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("admin@pecheries-grande-anse.ca", "Pêcheries de Grande-Anse", "quarterly", start="2025-08-15", end="2025-11-14"),
    cust("direction@soins-sambre.be", "Soins à domicile Sambre", "annual", start="2025-09-25", end="2026-09-24"),
    cust("caves@vouvray-moreau.fr", "Caves Moreau", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("distillerie@lavandes-valensole.fr", "Distillerie des Lavandes", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("marie.payet@seychelles-lodge.sc", "Marie Payet", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("lan.pham@hanoi-traduction.vn", "Pham Thi Lan", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("lucia.fernandez@orange.fr", "Lucía Fernández", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("camping@lac-de-montbel.fr", "Camping du Lac", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("bureau@cabinet-thiry-fiscal.be", "Cabinet Thiry", "monthly", start="2025-09-20", end="2025-10-19"),
]
PAY += [
    lopay("fr35_p01", "LO-INV-93501", "contact@boulangerie-ducale.fr", "monthly", *M, "2025-09-25T09:30:00", "2025-09-25", "2025-10-24"),
    lopay("fr35_p02", "LO-INV-93502", "contact@boulangerie-ducale.fr", "monthly", *M, "2025-09-25T09:31:00", "2025-09-25", "2025-10-24"),
    lopay("fr35_p03", "LO-INV-93511", "sokha.chan@angkor-conseil.com.kh", "quarterly", *Q, "2025-09-22T12:00:00", "2025-09-22", "2025-12-21"),
    lopay("fr35_p04", "LO-INV-93512", "sokha.chan@angkor-conseil.com.kh", "quarterly", *Q, "2025-09-22T12:01:00", "2025-09-22", "2025-12-21"),
    lopay("fr35_p05", "LO-INV-93521", "gestion@gites-amboise.fr", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("fr35_p06", "LO-INV-93531", "yoga@studio-prat-foix.fr", "monthly", *M, "2025-09-26T11:00:00", "2025-09-26", "2025-10-25"),
    lopay("fr35_p07", "LO-INV-93541", "contact@domaine-del-causse.fr", "quarterly", *Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23"),
    lopay("fr35_p08", "LO-INV-93551", "info@fiduciaire-meuse.be", "annual", *A, "2025-01-10T10:00:00", "2025-01-10", "2026-01-09"),
    lopay("fr35_p09", "LO-INV-93561", "secretariat@chasse-sarine.ch", "quarterly", *Q, "2025-04-20T10:00:00", None, None),
    lopay("fr35_p10", "LO-INV-93562", "secretariat@chasse-sarine.ch", "quarterly", *Q, "2025-07-20T10:00:00", None, None),
    lopay("fr35_p11", "LO-INV-93571", "reception@camping-chicoutimi.ca", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("fr35_p12", "LO-INV-93581", "ely.ouldbrahim@nktt-services.mr", "monthly", *M, "2025-09-26T13:00:00", "2025-09-26", "2025-10-25"),
    lopay("fr35_p13", "LO-INV-93591", "admin@pecheries-grande-anse.ca", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14"),
    lopay("fr35_p14", "LO-INV-93601", "direction@soins-sambre.be", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24"),
    lopay("fr35_p15", "LO-INV-93611", "caves@vouvray-moreau.fr", "monthly", *M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09"),
    lopay("fr35_p16", "LO-INV-93621", "distillerie@lavandes-valensole.fr", "monthly", *M, "2025-09-23T08:00:00", "2025-09-23", "2025-10-22"),
    lopay("fr35_p17", "LO-INV-93622", "distillerie@lavandes-valensole.fr", "monthly", *M, "2025-09-23T08:02:00", "2025-09-23", "2025-10-22"),
    lopay("fr35_p18", "LO-INV-93631", "marie.payet@seychelles-lodge.sc", "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"),
    lopay("fr35_p19", "LO-INV-93641", "lan.pham@hanoi-traduction.vn", "monthly", "11988.00", "2157.84", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("fr35_p20", "LO-INV-93651", "lucia.fernandez@orange.fr", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("fr35_p21", "LO-INV-93652", "lucia.fernandez@orange.fr", "monthly", *M, "2025-09-26T09:01:00", "2025-09-26", "2025-10-25"),
    lopay("fr35_p22", "LO-INV-93661", "camping@lac-de-montbel.fr", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30"),
    lopay("fr35_p23", "LO-INV-93671", "bureau@cabinet-thiry-fiscal.be", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
]

P += [
    proj("Érablière du Fjord Boutique", "info@erabliere-du-fjord.ca", None),
    proj("Domaine de la Vienne Refonte", "contact@domaine-vienne-chinon.fr", "2025-09-24T10:00:00"),
    proj("Ardoisières Fumay Site", "direction@ardoisieres-fumay.fr", "2025-07-01T10:00:00"),
    proj("Brasserie Outremeuse Vitrine", "contact@brasserie-outremeuse.be", "2025-07-15T10:00:00"),
    proj("Truffes de Lalbenque Accompagnement", "vente@truffes-lalbenque.fr", "2025-04-01T10:00:00"),
    proj("Fromagerie Gruyère Suivi", "info@fromagerie-broc.ch", "2025-05-01T10:00:00"),
    proj("Refuge du Montcalm Hébergement", "gardien@refuge-montcalm.fr", None),
    proj("Lodge Anse Royale Maintenance", "office@lodge-anse-royale.sc", "2025-09-17T10:00:00"),
    proj("Sahel Logistique Site", "contact@sahel-logistique.mr", "2025-08-20T10:00:00"),
    proj("Gaspésie Kayak Réservations", "equipe@gaspesie-kayak.ca", None),
    proj("Atelier Yildiz Couture", "atelier@yildiz-couture.fr", "2025-09-10T10:00:00"),
    proj("Atelier Yildiz Retouches", "atelier@yildiz-couture.fr", None),
    proj("Tapas Alcázar Tours", "hola@tapas-alcazar-tours.fr", "2025-08-01T10:00:00"),
    proj("Saigon Lotus Traiteur", "lien@saigon-lotus.fr", "2025-06-01T10:00:00"),
    proj("Oliveraie Forcalquier Boutique", "huile@oliveraie-forcalquier.fr", "2025-09-27T09:00:00"),
]
PAY += [
    owpay("fr35_o01", "OWD-2025-451", "Érablière du Fjord Boutique", "deposit", "22000.00", "3960.00", "2025-09-22T10:00:00"),
    owpay("fr35_o02", "OWD-2025-452", "Domaine de la Vienne Refonte", "discovery", "7500.00", "1350.00", "2025-09-20T10:00:00"),
    owpay("fr35_o03", "OWD-2025-453", "Ardoisières Fumay Site", "milestone", "28000.00", "5040.00", "2025-07-01T10:00:00", milestone_status="completed"),
    owpay("fr35_o04", "OWD-2025-454", "Ardoisières Fumay Site", "milestone", "17500.00", "3150.00", "2025-09-12T10:00:00", milestone_status="not_started"),
    owpay("fr35_o05", "OWD-2025-455", "Brasserie Outremeuse Vitrine", "milestone", "21000.00", "3780.00", "2025-08-20T10:00:00", milestone_status="approved"),
    owpay("fr35_o06", "OWD-2025-456", "Truffes de Lalbenque Accompagnement", "retainer", "9000.00", "1620.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("fr35_o07", "OWD-2025-457", "Fromagerie Gruyère Suivi", "retainer", "11000.00", "1980.00", "2025-09-06T09:00:00",
          period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T09:00:00"),
    owpay("fr35_o08", "OWD-2025-458", "Refuge du Montcalm Hébergement", "hosting_annual", "14400.00", "2592.00", "2025-09-20T09:00:00",
          setup_fee="2400.00", service_start="2025-09-25"),
    owpay("fr35_o09", "OWD-2025-459", "Lodge Anse Royale Maintenance", "maintenance_annual", "13200.00", "2376.00", "2025-09-16T09:00:00",
          setup_fee="1800.00", service_start="2025-09-17"),
    owpay("fr35_o10", "OWD-2025-460", "Sahel Logistique Site", "third_party", "3800.00", "684.00", "2025-09-24T09:00:00"),
    owpay("fr35_o11", "OWD-2025-461", "Gaspésie Kayak Réservations", "deposit", "16000.00", "2880.00", "2025-09-26T20:00:00"),
    owpay("fr35_o12", "OWD-2025-462", "Atelier Yildiz Couture", "deposit", "12000.00", "2160.00", "2025-09-08T10:00:00"),
    owpay("fr35_o13", "OWD-2025-463", "Atelier Yildiz Retouches", "deposit", "8000.00", "1440.00", "2025-09-27T10:00:00"),
    owpay("fr35_o14", "OWD-2025-464", "Tapas Alcázar Tours", "change_request", "6500.00", "1170.00", "2025-09-23T10:00:00"),
    owpay("fr35_o15", "OWD-2025-465", "Saigon Lotus Traiteur", "retainer", "7000.00", "1260.00", "2025-09-18T09:00:00",
          period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00"),
    owpay("fr35_o16", "OWD-2025-466", "Oliveraie Forcalquier Boutique", "deposit", "19000.00", "3420.00", "2025-09-26T12:00:00"),
]

r = Round(HERE, "fr")

# ======================= LeadsOptima =======================
r.case("ardennes-boulangerie-doublon", LOB, [Mail(
    "Boulangerie Ducale <contact@boulangerie-ducale.fr>", "prelevement en double", at("2025-09-27 05:50", FR),
    "Bonjour,\n\nje vous ecris avant d'ouvrir la boutique. Sur le releve de la banque je vois que l'abonnement mensuel "
    "a ete preleve deux fois le 25 septembre, 2 fois 1499 roupies. La deuxieme facture c'est LO-INV-93502. Merci de "
    "me rembourser le doublon.\n\nCordialement\nPascal Gobert\nBoulangerie Ducale, place Ducale, Charleville-Mezieres\n\n"
    "Envoye de mon telephone")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: fr35_p01/p02 same account, amount, period on 2025-09-25; request 2025-09-27 IST (day 2); refund the later LO-INV-93502 = 1499.00.")

r.case("phnom-penh-jour7-fuseau", LOB, [Mail(
    "Sokha Chan <sokha.chan@angkor-conseil.com.kh>", "Double débit abonnement trimestriel", at("2025-09-30 01:10", KH),
    "Bonsoir,\n\npardonnez l'heure tardive, je rentre d'un dîner avec des clients. L'abonnement trimestriel a été débité "
    "deux fois le 22 septembre (LO-INV-93511 et LO-INV-93512, 3 999,00 chacun). Je vous prie de bien vouloir "
    "rembourser le second débit, LO-INV-93512.\n\nBien à vous,\nSokha Chan\nAngkor Conseil, Phnom Penh")],
    "decided", [R("approve", "3999.00")],
    spec="L3 in the brand zone: charge 2025-09-22 12:01 IST; email 2025-09-30 01:10 +07:00 = 2025-09-29 23:40 IST, day 7 (inside) although day 8 in Phnom Penh; L4 approve LO-INV-93512 = 3999.00.")

r.case("amboise-preleve-apres-resiliation", LOB, [Mail(
    "Gîtes d'Amboise <gestion@gites-amboise.fr>", "Prélèvement après résiliation", at("2025-09-29 14:30", FR),
    "Madame, Monsieur,\n\nj'avais résilié mon abonnement mi-septembre depuis mon espace client. Or vous m'avez prélevé "
    "à nouveau le 27/09 (facture LO-INV-93521) : je suis donc facturée après ma résiliation. Merci de procéder au "
    "remboursement.\n\nCordialement,\nBéatrice Lhomme\nGîtes d'Amboise - 3 gîtes en bord de Loire")],
    "decided", [R("escalate")], extra_ok=True,
    spec="L2 billing_error (charged after cancelling) inside L3 (charge 2025-09-27, request 2025-09-29, day 2) -> L5 escalate. The earlier cancellation is a past event. extra_ok (chk35b): she believes she cancelled; a cancellation decision confirming it cannot hurt her or the business.")

r.case("foix-yoga-connexion", LOB, [Mail(
    "Studio Prat Yoga <yoga@studio-prat-foix.fr>", "impossible de me connecter", at("2025-09-30 10:05", FR),
    "Bonjour,\n\ndepuis samedi je n'arrive plus à me connecter, le tableau de bord ne charge pas et le mot de passe "
    "oublié ne m'envoie rien. J'ai payé le 26 (LO-INV-93531) et je ne peux rien utiliser. Je demande le "
    "remboursement de ce mois.\n\nNamasté et bonne journée\nAnaïs Rouzaud\nStudio Prat Yoga, Foix (Ariège)")],
    "decided", [R("escalate")],
    spec="L2 access_failure inside L3 (charge 2025-09-26, request 2025-09-30, day 4) -> L6 escalate.")

r.case("cahors-changement-avis", LOB, [Mail(
    "Domaine del Causse <contact@domaine-del-causse.fr>", "Remboursement LO-INV-93541", at("2025-09-26 17:20", FR),
    "Bonjour,\n\nfinalement on ne va pas se servir de votre logiciel, mon fils préfère faire la prospection sur les "
    "salons et par téléphone, à l'ancienne. On ne l'a quasiment pas ouvert. Pouvez-vous nous rembourser le trimestre "
    "(facture LO-INV-93541) ?\n\nBien cordialement\nJean-Pierre Vayssière\nDomaine del Causse, AOC Cahors")],
    "decided", [R("deny")],
    spec="L1: changed mind / not used is no exception -> deny (reply offers cancellation).")

r.case("liege-fiduciaire-resiliation", LOB, [Mail(
    "Fiduciaire de Meuse <info@fiduciaire-meuse.be>", "Résiliation de notre abonnement annuel", at("2025-09-29 09:40", FR),
    "Bonjour,\n\nSuite à la reprise de notre fiduciaire par un confrère de Namur, nous n'aurons plus besoin de votre "
    "outil. Nous vous prions de résilier l'abonnement annuel.\nPour info, nous avons encore septante-deux contacts "
    "en cours que nous exporterons nous-mêmes.\n\nBien à vous,\nGeoffrey Lambotte\nFiduciaire de Meuse SRL, Liège")],
    "decided", [K("cancel", "2026-01-09")],
    spec="L8: annual plan, current_period_end 2026-01-09 -> cancel effective 2026-01-09 ('septante-deux' is no amount or date).")

r.case("fribourg-chasse-fallback", LOB, [Mail(
    "Société de chasse de la Sarine <secretariat@chasse-sarine.ch>", "Résiliation", at("2025-09-28 18:15", FR),
    "Bonsoir,\n\nLe comité de notre société de chasse a décidé lors de l'assemblée de ne pas renouveler l'abonnement "
    "trimestriel : la saison commence et personne n'a le temps de s'en occuper. Merci de résilier.\n\n"
    "Avec nos meilleures salutations\nJean-Marc Overney, secrétaire\nSociété de chasse de la Sarine, Marly")],
    "decided", [K("cancel", "2025-10-19")],
    spec="L8 fallback: no current_period_end; last charge fr35_p10 2025-07-20 + 3 months - 1 day = 2025-10-19.")

r.case("chicoutimi-hotmail-c2", LOB, [Mail(
    "Camping de la Rivière <campingriviere.chicoutimi@hotmail.com>", "Annuler mon abonnement", at("2025-09-29 20:30", QC),
    "Allo,\n\nla saison de camping est finie au Saguenay, on ferme jusqu'en mai. J'aimerais annuler l'abonnement. Mon "
    "compte chez vous c'est reception@camping-chicoutimi.ca mais j'ai pas accès à ce courriel-là de chez nous.\n"
    "Pouvez-vous aussi me dire combien j'ai payé depuis le début?\n\nMerci bien\nRéjean Tremblay")],
    "need_info", rules=["C2"],
    spec="C2: registered reception@camping-chicoutimi.ca, sender a hotmail address -> ask to write from the registered address, disclose nothing.")

ely1 = Mail(
    "Ely Ould Brahim <ely.ouldbrahim@nktt-services.mr>", "Demande de remboursement LO-INV-93581", at("2025-09-28 11:00", MR),
    "Bonjour,\n\nJe vous prie de bien vouloir procéder au remboursement de la facture LO-INV-93581.\n\n"
    "Salutations distinguées\nEly Ould Brahim\nNKTT Services, Tevragh Zeina, Nouakchott")
r.case("nouakchott-motif-manquant", LOB, [ely1], "need_info", missing=["reason"],
       spec="C3: refund request with invoice and ledger plan, no reason ('Je vous prie de...' restates the request) -> ask for the reason.")
ely1b = Mail(ely1.frm, ely1.subject, ely1.when, ely1.body)
r.case("nouakchott-thread-acces", LOB, [ely1b, Mail(
    "Ely Ould Brahim <ely.ouldbrahim@nktt-services.mr>", "RE: Demande de remboursement LO-INV-93581 [LO-4581]",
    at("2025-09-30 09:20", MR),
    "Bonjour,\n\nLe motif : depuis le paiement je n'ai pas accès à la plateforme, la page reste blanche. La connexion "
    "internet ici est bonne, les autres sites marchent.\n\nEly\n\n-----Message d'origine-----\nDe : LeadsOptima Support\n"
    "Objet : Demande de remboursement LO-INV-93581 [LO-4581]\n\nMerci de nous indiquer le motif de votre demande.",
    reply=ely1b)],
    "decided", [R("escalate")],
    spec="C3 thread: reason access failure; request time = first email 2025-09-28 11:00 UTC = 16:30 IST; charge 2025-09-26 (day 2) -> L6 escalate.")

r.case("gaspesie-contestation-banque", LOB, [Mail(
    "Pêcheries de Grande-Anse <admin@pecheries-grande-anse.ca>", "Annulation + remboursement", at("2025-09-25 16:45", QC),
    "Bonjour,\n\nannulez mon abonnement trimestriel tout de suite svp, votre affaire ne m'a pas amené un seul client. "
    "Je veux aussi être remboursé pour le trimestre. Si j'ai pas de réponse d'ici lundi, je conteste le paiement "
    "auprès de ma caisse populaire et je fais une rétrofacturation sur la carte.\n\nGilles Cloutier\nPêcheries de "
    "Grande-Anse, Gaspésie")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4: a card chargeback / bank dispute threat escalates every intent, the cancellation included (s.8).")

r.case("charleroi-avocat", LOB, [Mail(
    "Soins à domicile Sambre <direction@soins-sambre.be>", "Mauvais montant facture LO-INV-93601", at("2025-09-27 11:10", FR),
    "Madame, Monsieur,\n\nVous avez débité 11 988 roupies le 25/09 alors que nous avions choisi le plan mensuel. Il "
    "s'agit d'un mauvais montant. J'ai transmis le dossier à notre avocat qui me conseille de vous mettre en demeure "
    "de rembourser.\n\nSalutations\nNathalie Delvaux\nDirection, Soins à domicile Sambre ASBL, Charleroi")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: a lawyer is named and a formal notice threatened -> escalate, no amount.")

r.case("vouvray-reponse-auto", LOB, [Mail(
    "Caves Moreau <caves@vouvray-moreau.fr>", "Réponse automatique : Votre facture LO-INV-93611", at("2025-09-29 08:00", FR),
    "Bonjour,\n\nNous sommes en pleines vendanges jusqu'au 12 octobre. Votre message sera traité à notre retour.\n\n"
    "Caves Moreau, Vouvray", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("valais-lettre-info", LOB, [Mail(
    "Association des campings valaisans <info@campings-valaisans.ch>", "Lettre d'info : résilier ses abonnements avant l'hiver",
    at("2025-09-26 10:00", FR),
    "Chers membres,\n\nAvant la fermeture hivernale, pensez à résilier les abonnements inutiles et à demander vos "
    "remboursements à temps. Assemblée générale le 18 octobre à Sion.\n\nSe désabonner : info@campings-valaisans.ch",
    headers={"Precedence": "bulk", "List-Id": "<lettre.campings-valaisans.ch>"})],
    "ignore", rules=["C7"], spec="C7: Precedence: bulk + List-Id -> ignore, though it talks about cancelling and refunds.")

r.case("echec-remise-mailer-daemon", LOB, [Mail(
    "Mail Delivery System <MAILER-DAEMON@mx.orange.fr>", "Échec de la remise du message : Remboursement",
    at("2025-09-29 12:00", FR),
    "Votre message n'a pas pu être remis au destinataire suivant : caves@vouvray-moreau.fr\nBoîte pleine.",
    dsn=[[("Reporting-MTA", "dns; mx.orange.fr")],
         [("Final-Recipient", "rfc822; caves@vouvray-moreau.fr"), ("Action", "failed"), ("Status", "5.2.2")]])],
    "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender and a delivery-status report (RFC 3464) -> ignore.")

r.case("valensole-tr-propre-message", LOB, [Mail(
    "Distillerie des Lavandes <distillerie@lavandes-valensole.fr>", "TR: prélèvement doublé", at("2025-09-29 15:00", FR),
    "Je vous renvoie mon message de jeudi, resté sans réponse.\n\n"
    "________________________________\nDe : Distillerie des Lavandes <distillerie@lavandes-valensole.fr>\n"
    "Envoyé : jeudi 25 septembre 2025 10:12\nÀ : support@leadsoptima.com\nObjet : prélèvement doublé\n\n"
    "Bonjour,\nl'abonnement mensuel a été prélevé deux fois le 23 septembre au matin. Le second prélèvement "
    "correspond à la facture LO-INV-93622. Merci de le rembourser.\nOdile Reynaud, Distillerie des Lavandes, Valensole")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 forward of the customer's own mail from the registered address: L4 duplicate pair on 2025-09-23; request time = this email 2025-09-29 IST (day 6, inside) -> approve LO-INV-93622 = 1499.00.")

r.case("alpes-pas-de-remboursement", LOB, [Mail(
    "Distillerie des Lavandes <distillerie@lavandes-valensole.fr>", "Merci + question facture", at("2025-09-30 16:40", FR),
    "Bonjour,\n\nmerci pour votre aide au téléphone. Je ne demande pas de remboursement, tout fonctionne. Simple "
    "question : est-ce que vos factures peuvent porter notre numéro SIRET ? Notre comptable à Manosque le réclame.\n\n"
    "Odile Reynaud")],
    "other", spec="s.8 negation ('je ne demande pas de remboursement') and an invoice question -> other.")

r.case("turc-question-avant-achat", LOB, [Mail(
    "Emre Aksoy <emre.aksoy@kebap-anatolie.fr>", "question abonnement annuel", at("2025-09-30 13:10", FR),
    "Merhaba, bonjour,\n\nje suis gérant d'un restaurant à Tours. Si je prends l'abonnement annuel et que après 2 "
    "mois ça marche pas pour moi, est-ce que vous me remboursez le reste ? Ou c'est mieux prendre le mensuel ?\n\n"
    "Teşekkürler, merci\nEmre Aksoy")],
    "other", spec="s.8 hypothetical before buying -> other (no account, no request).")

r.case("seychelles-acces-hors-delai", LOB, [Mail(
    "Marie Payet <marie.payet@seychelles-lodge.sc>", "Pa kapab konekte / pas de connexion", at("2025-09-30 14:00", SC),
    "Bonjour,\n\nmo pa kapab konekte... pardon, je n'arrive plus à me connecter à votre plateforme depuis une semaine. "
    "J'ai payé le 15 septembre (LO-INV-93631). Je voudrais être remboursée.\n\nMersi, Marie Payet\nSeychelles Lodge, Mahé")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-15, request 2025-09-30 14:00 +04:00 = 15:30 IST, day 15 > 7 -> deny.")

r.case("hanoi-mauvais-plan", LOB, [Mail(
    "Pham Thi Lan <lan.pham@hanoi-traduction.vn>", "Erreur de facturation", at("2025-09-29 19:00", KH),
    "Chào anh chị, bonsoir,\n\nJ'ai un abonnement mensuel, mais le 28 septembre vous m'avez prélevé 11 988 roupies, "
    "c'est le prix annuel, pas mensuel. C'est une erreur de facturation. Merci de rembourser la facture LO-INV-93641.\n\n"
    "Cordialement\nPham Thi Lan\nCabinet de traduction, Hanoï")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged the annual price on a monthly plan) inside L3 (charge 2025-09-28 10:00 IST = 11:30 Hanoi; request 2025-09-29 17:30 IST, day 1) -> L5 escalate.")

r.case("espagnole-doublon-et-resiliation", LOB, [Mail(
    "Lucía Fernández <lucia.fernandez@orange.fr>", "Doble cobro / double paiement", at("2025-09-28 12:30", FR),
    "Hola, bonjour,\n\nexcusez mon français. Le 26 septembre vous avez cobrado... prélevé deux fois le mois "
    "(LO-INV-93651 et LO-INV-93652). Je veux le remboursement de la deuxième, la 93652. Et aussi je veux annuler "
    "l'abonnement, je rentre à Valencia en novembre.\n\nGracias, merci\nLucía Fernández, Perpignan")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-25")],
    spec="Both intents: L4 duplicate pair 2025-09-26, request 2025-09-28 (day 2) -> approve LO-INV-93652 = 1499.00; L8 cancel effective current_period_end 2025-10-25.")

r.case("montbel-plus-tag-c2", LOB, [Mail(
    "Camping du Lac <camping+factures@lac-de-montbel.fr>", "résiliation trimestriel", at("2025-09-30 11:30", FR),
    "Bonjour,\n\nfin de saison au lac, nous fermons le camping au 15 octobre. Merci de résilier notre abonnement "
    "trimestriel.\n\nCordialement\nSylvie Estèbe, Camping du Lac, Montbel (Ariège)")],
    "need_info", rules=["C2"],
    spec="s.8 addresses: camping+factures@lac-de-montbel.fr is another address than the registered camping@lac-de-montbel.fr (+tag) -> C2.")

r.case("charleroi-fiscal-sans-plainte", LOB, [Mail(
    "Cabinet Thiry <bureau@cabinet-thiry-fiscal.be>", "Demande", at("2025-09-30 10:30", FR),
    "Bonjour,\n\nL'an passé, j'avais demandé et obtenu un remboursement chez un autre fournisseur pour un double "
    "prélèvement ; je vous le signale seulement pour dire que je surveille mes relevés. Chez vous tout est en ordre. "
    "Pourriez-vous m'envoyer la facture LO-INV-93671 au format PDF ?\n\nBien à vous\nFrançoise Thiry")],
    "other", spec="Past event at another supplier, no refund or cancellation asked; a copy of an invoice -> other.")

# ======================= Optima WebDesign =======================
r.case("fjord-acompte-71h50", OWB, [Mail(
    "Érablière du Fjord <info@erabliere-du-fjord.ca>", "Remboursement acompte - Érablière du Fjord Boutique",
    at("2025-09-25 00:20", QC),
    "Bonsoir,\n\nje vous écris tard, on finit de laver les chaudières. On a payé l'acompte dans la nuit de dimanche à "
    "lundi, vers minuit et demie (facture OWD-2025-451) pour la boutique en ligne « Érablière du Fjord Boutique ». "
    "Mon associé s'est retiré de l'entreprise et on n'a plus le budget. Rien n'a été commencé de votre bord. "
    "J'aimerais être remboursé svp.\n\nMerci\nMathieu Gagnon, Saint-Fulgence (Saguenay)", brand=OWB)],
    "decided", [R("approve", "22000.00")],
    spec="O2: paid 2025-09-22 10:00 IST (= 00:30 EDT Monday, as quoted); request 2025-09-25 00:20 EDT = 09:50 IST, 71 h 50 < 72 h, no work started -> approve 22000.00 (before tax).")

r.case("chinon-decouverte-commencee", OWB, [Mail(
    "Domaine de la Vienne <contact@domaine-vienne-chinon.fr>", "Remboursement atelier découverte OWD-2025-452",
    at("2025-09-29 18:00", FR),
    "Bonjour,\n\nnous avons eu le premier atelier de découverte pour le projet « Domaine de la Vienne Refonte » mercredi, "
    "mais franchement ça ne correspond pas à ce que nous attendions. Nous souhaitons être remboursés de la phase "
    "découverte (facture OWD-2025-452).\n\nBien cordialement\nClaire Desbourdes\nDomaine de la Vienne, Chinon", brand=OWB)],
    "decided", [R("deny")],
    spec="O1: discovery, work_started_at 2025-09-24 before the request (2025-09-29) -> deny.")

r.case("fumay-jalon-non-commence", OWB, [Mail(
    "Ardoisières Fumay <direction@ardoisieres-fumay.fr>", "Jalon 2 à rembourser", at("2025-09-26 09:00", FR),
    "Bonjour,\n\npour le projet Ardoisières Fumay Site, nous renonçons à la partie « visite virtuelle » (jalon 2, "
    "facture OWD-2025-454) : notre association n'a finalement pas obtenu la subvention. Votre chef de projet nous "
    "a confirmé que rien n'était commencé. Merci de rembourser ce jalon.\n\nCordialement\nHervé Lallement, Fumay", brand=OWB)],
    "decided", [R("approve", "17500.00")],
    spec="O3: milestone OWD-2025-454 not_started -> refund 17500.00 before tax.")

r.case("outremeuse-jalon-approuve", OWB, [Mail(
    "Brasserie Outremeuse <contact@brasserie-outremeuse.be>", "Remboursement maquettes", at("2025-09-30 15:30", FR),
    "Bonjour,\n\nles maquettes de la Brasserie Outremeuse Vitrine (facture OWD-2025-455) ont été validées en août par "
    "mon ancien associé, mais je les trouve ratées. Je demande le remboursement de ce jalon.\n\nÀ la revoyure\n"
    "Didier Lejeune, Liège", brand=OWB)],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-455 approved -> deny.")

r.case("lalbenque-retainer-preavis-ok", OWB, [Mail(
    "Truffes de Lalbenque <vente@truffes-lalbenque.fr>", "Résiliation accompagnement mensuel", at("2025-09-30 11:45", FR),
    "Bonjour,\n\nje résilie l'accompagnement « Truffes de Lalbenque Accompagnement » (dernière facture OWD-2025-456). "
    "La saison des truffes démarre et ma nièce va gérer les réseaux elle-même.\n\nCordialement\nBernard Delpech, "
    "Lalbenque (Quercy)", brand=OWB)],
    "decided", [K("cancel", "2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-30 <= 2025-10-08 -> cancel effective 2025-10-14, next charge avoided.")

r.case("broc-retainer-6-jours", OWB, [Mail(
    "Fromagerie de Broc <info@fromagerie-broc.ch>", "Résiliation Fromagerie Gruyère Suivi", at("2025-09-30 07:30", FR),
    "Bonjour,\n\nNous résilions le contrat de suivi « Fromagerie Gruyère Suivi » (facture OWD-2025-457). Motif : nous "
    "reprenons la gestion du site à l'interne avec notre apprentie.\n\nMeilleures salutations\nPascal Ruffieux, Broc (FR)", brand=OWB)],
    "decided", [K("cancel", "2025-11-05")],
    spec="O4: next_billing_at 2025-10-06; notice needed by 2025-09-29, request 2025-09-30 -> next cycle (2025-10-06..2025-11-05) billed, effective 2025-11-05.")

r.case("montcalm-hebergement-avant-debut", OWB, [Mail(
    "Refuge du Montcalm <gardien@refuge-montcalm.fr>", "Annulation hébergement annuel + remboursement", at("2025-09-23 20:00", FR),
    "Bonsoir,\n\nle Parc a décidé de regrouper les sites des refuges sur une seule plateforme. Je n'ai donc plus besoin "
    "de l'hébergement annuel « Refuge du Montcalm Hébergement » (facture OWD-2025-458), qui n'a même pas encore "
    "démarré. Merci de me rembourser ce qui peut l'être.\n\nPierre Soulé, gardien du refuge, Auzat (Ariège)", brand=OWB)],
    "decided", [R("approve", "11000.00")], extra_ok=True,
    spec="O5 + s.8: request 2025-09-23 23:30 IST before service_start 2025-09-25, consumed_months = 1; monthly = (14400-2400)/12 = 1000; refund = 14400 - 2400 - 1000 = 11000.00. extra_ok: the plan's cancellation cannot hurt.")

r.case("anse-royale-maintenance-j14", OWB, [Mail(
    "Lodge Anse Royale <office@lodge-anse-royale.sc>", "Maintenance annuelle - remboursement", at("2025-10-01 07:00", SC),
    "Bonjour,\n\nnous vendons le lodge à un groupe hôtelier qui a son propre prestataire. Nous souhaitons donc arrêter "
    "le contrat de maintenance annuel « Lodge Anse Royale Maintenance » (OWD-2025-459) et obtenir le remboursement "
    "au prorata prévu par vos conditions.\n\nBien à vous,\nJosiane Hoareau, Anse Royale, Mahé", brand=OWB)],
    "decided", [R("approve", "10450.00")], extra_ok=True,
    spec="O5: service_start 2025-09-17; request 2025-10-01 07:00 +04:00 = 08:30 IST, day 14 (inside); monthly = (13200-1800)/12 = 950; refund = 13200 - 1800 - 950 = 10450.00. extra_ok: cancellation of the plan.")

r.case("nouakchott-nom-de-domaine", OWB, [Mail(
    "Sahel Logistique <contact@sahel-logistique.mr>", "Remboursement domaine et SSL", at("2025-09-26 10:30", MR),
    "Bonjour,\n\nvous avez facturé pour Sahel Logistique Site le nom de domaine et le certificat SSL (OWD-2025-460). "
    "Nous avions déjà un domaine chez un autre hébergeur. Merci de rembourser cette facture.\n\nSalutations\n"
    "Mohamed Lemine Sidi, Nouakchott", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: third_party (domain, SSL) -> deny, Non-refundable items.")

r.case("gaspesie-transfert-c2", OWB, [Mail(
    "Julie Bourdages <julie.bourdages@videotron.ca>", "TR: Annulation projet Gaspésie Kayak", at("2025-09-28 09:30", QC),
    "Bonjour, je vous transfère la demande de mon conjoint, il est en mer cette semaine.\n\n"
    "---------- Message transféré ---------\nDe : Luc Arsenault <equipe@gaspesie-kayak.ca>\n"
    "Date : sam. 27 sept. 2025 à 19:02\nObjet : Annulation projet Gaspésie Kayak\nÀ : Julie Bourdages "
    "<julie.bourdages@videotron.ca>\n\nJulie, peux-tu écrire à Optima : on annule le projet Gaspésie Kayak "
    "Réservations, la saison a été trop mauvaise, et on voudrait l'acompte OWD-2025-461 remboursé.\nLuc", brand=OWB)],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request is from the contract email equipe@gaspesie-kayak.ca; the sender is another address -> ask for the request from the contract email.")

r.case("yildiz-deux-projets", OWB, [Mail(
    "Atelier Yildiz <atelier@yildiz-couture.fr>", "remboursement acompte", at("2025-09-28 13:00", FR),
    "Bonjour,\n\nkusura bakmayın, excusez-moi, mon français est pas parfait. Je veux le remboursement de l'acompte, le "
    "local que je voulais louer à Blois, rue du Bourg-Neuf, est parti à quelqu'un d'autre, donc pas besoin du site maintenant.\n\n"
    "Merci, Ayşe Yıldız", brand=OWB)],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two projects, each with a deposit; neither project nor invoice named -> ask for both (reason given).")

r.case("alcazar-demande-modification", OWB, [Mail(
    "Tapas Alcázar <hola@tapas-alcazar-tours.fr>", "Reembolso / remboursement modification", at("2025-09-26 16:00", FR),
    "Hola, bonjour,\n\nvous m'avez facturé une demande de modification pour ajouter la carte des tapas en espagnol sur "
    "Tapas Alcázar Tours (OWD-2025-464). Finalement je préfère pas, la carte change trop souvent. Remboursez-moi s'il "
    "vous plaît.\n\nUn saludo, Javier Morales", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: change_request -> deny, Non-refundable items.")

r.case("saigon-lotus-sans-motif", OWB, [Mail(
    "Saigon Lotus Traiteur <lien@saigon-lotus.fr>", "Résiliation Saigon Lotus Traiteur - OWD-2025-465", at("2025-09-29 10:00", FR),
    "Bonjour,\n\nPar la présente, je résilie le contrat mensuel Saigon Lotus Traiteur, facture OWD-2025-465.\n\n"
    "Cordialement,\nNguyen Thi Lien\nSaigon Lotus Traiteur, Tours", brand=OWB)],
    "need_info", missing=["reason"],
    spec="s.8: Optima requires a reason for a cancellation; contract email, project and invoice given -> ask for the reason.")

r.case("forcalquier-acompte-travail-commence", OWB, [Mail(
    "Oliveraie de Forcalquier <huile@oliveraie-forcalquier.fr>", "Remboursement acompte Oliveraie", at("2025-09-27 15:00", FR),
    "Bonjour,\n\nnous avons versé hier l'acompte pour l'Oliveraie Forcalquier Boutique (OWD-2025-466). Ce matin votre "
    "graphiste a déjà envoyé un premier brief, mais entre-temps la récolte s'annonce catastrophique (sécheresse) et nous "
    "devons tout reporter. Nous demandons le remboursement de l'acompte, on est encore dans les 72 heures.\n\n"
    "Cordialement\nMireille Arnaud, Forcalquier", brand=OWB)],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-26 12:00 IST; request 2025-09-27 18:30 IST (30.5 h) but work_started_at 2025-09-27 09:00 IST is earlier -> deny (whichever occurs first).")

r.case("outremeuse-tribunal", OWB, [Mail(
    "Brasserie Outremeuse <contact@brasserie-outremeuse.be>", "Dernier avertissement", at("2025-09-30 21:15", FR),
    "Je relance : je veux mon argent pour les maquettes de la Brasserie Outremeuse Vitrine (OWD-2025-455), que je "
    "trouve inutilisables. Sans remboursement cette semaine, je saisis le tribunal de l'entreprise de Liège.\n\n"
    "Didier Lejeune", brand=OWB)],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: a court action threatened -> escalate (although an approved milestone would otherwise be denied).")

exec(compile(open(HERE / 'more_cases.py', encoding='utf-8').read(), 'more_cases.py', 'exec'))

r.write(ledger)
