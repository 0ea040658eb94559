"""Second part of fresh35_fr (run by make_cases.py, which defines r, C, P, PAY, Mail, R, K, at, FR, QC, MR, SC, KH).
MIT, like the project; all text written for this project (every person, firm and club is invented)."""
C += [
    cust("contact@fromagerie-sedan.fr", "Fromagerie du Château", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("studio@pilates-tours-nord.fr", "Pilates Tours Nord", "monthly", start="2025-09-17", end="2025-10-16"),
    cust("info@garage-outremeuse.be", "Garage d'Outremeuse", "quarterly", start="2025-09-05", end="2025-12-04"),
    cust("bureau@guides-sion.ch", "Bureau des guides de Sion", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("dara.keo@mekong-tours.com.kh", "Dara Keo", "monthly", status="trial", trial_ends="2025-10-10"),
    cust("contact@gite-figeac.fr", "Gîte du Célé", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("cheikh.ba@atlantique-peche.mr", "Cheikh Ba", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("resa@praslin-villas.sc", "Praslin Villas", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("murat.celik@celik-renovation.fr", "Murat Çelik", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("accueil@camping-digne.fr", "Camping des Thermes", "annual"),
    cust("thao.vu@vu-import.vn", "Vu Thi Thao", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("direction@ecole-danse-jonquiere.ca", "École de danse de Jonquière", "monthly", start="2025-09-16", end="2025-10-15"),
]
PAY += [
    lopay("fr35_p31", "LO-INV-93701", "contact@fromagerie-sedan.fr", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("fr35_p32", "LO-INV-93702", "contact@fromagerie-sedan.fr", "monthly", *M, "2025-09-26T09:01:00", "2025-09-26", "2025-10-25"),
    lopay("fr35_p33", "LO-INV-93703", "contact@fromagerie-sedan.fr", "monthly", *M, "2025-09-26T09:02:00", "2025-09-26", "2025-10-25"),
    lopay("fr35_p34", "LO-INV-93711", "studio@pilates-tours-nord.fr", "monthly", *M, "2025-09-17T10:00:00", "2025-09-17", "2025-10-16"),
    lopay("fr35_p35", "LO-INV-93721", "info@garage-outremeuse.be", "quarterly", *Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04"),
    lopay("fr35_p36", "LO-INV-93731", "bureau@guides-sion.ch", "monthly", *M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
    lopay("fr35_p37", "LO-INV-93741", "contact@gite-figeac.fr", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
    lopay("fr35_p38", "LO-INV-93751", "cheikh.ba@atlantique-peche.mr", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("fr35_p39", "LO-INV-93761", "resa@praslin-villas.sc", "monthly", *M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20"),
    lopay("fr35_p40", "LO-INV-93762", "resa@praslin-villas.sc", "monthly", *M, "2025-09-21T10:01:00", "2025-09-21", "2025-10-20"),
    lopay("fr35_p41", "LO-INV-93771", "murat.celik@celik-renovation.fr", "monthly", "3999.00", "719.82", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("fr35_p42", "LO-INV-93781", "accueil@camping-digne.fr", "annual", *A, "2024-10-15T10:00:00", None, None),
    lopay("fr35_p43", "LO-INV-93791", "thao.vu@vu-import.vn", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("fr35_p44", "LO-INV-93801", "direction@ecole-danse-jonquiere.ca", "monthly", *M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15"),
]
P += [
    proj("Château de Sedan Événements", "evenements@chateau-sedan-fetes.fr", None),
    proj("Gîtes du Couserans Suivi", "contact@gites-couserans.fr", "2025-05-01T10:00:00"),
    proj("Auberge de Gaspé Suivi", "aubergiste@auberge-gaspe.ca", "2025-06-01T10:00:00"),
    proj("Bains de Saillon Site", "admin@bains-saillon-fitness.ch", "2025-09-15T10:00:00"),
    proj("Charbonnage Musée Charleroi", "musee@charbonnage-marcinelle-expo.be", "2025-08-01T10:00:00"),
    proj("Safran du Quercy Boutique", "safran@safran-quercy.fr", "2025-07-01T10:00:00"),
    proj("Angkor Lodge Maintenance", "gm@angkor-lodge-siemreap.com.kh", "2025-09-20T10:00:00"),
    proj("Kuaför Istanbul Tours", "salon@kuafor-istanbul-tours.fr", None),
]
PAY += [
    owpay("fr35_o21", "OWD-2025-471", "Château de Sedan Événements", "discovery", "8500.00", "1530.00", "2025-09-25T10:00:00"),
    owpay("fr35_o22", "OWD-2025-472", "Gîtes du Couserans Suivi", "retainer", "6500.00", "1170.00", "2025-09-12T09:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
    owpay("fr35_o23", "OWD-2025-473", "Gîtes du Couserans Suivi", "retainer", "6500.00", "1170.00", "2025-09-27T09:00:00",
          period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T09:00:00"),
    owpay("fr35_o24", "OWD-2025-474", "Auberge de Gaspé Suivi", "retainer", "9900.00", "1782.00", "2025-09-07T09:00:00",
          period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00"),
    owpay("fr35_o25", "OWD-2025-475", "Bains de Saillon Site", "setup", "4500.00", "810.00", "2025-09-15T10:00:00"),
    owpay("fr35_o26", "OWD-2025-476", "Charbonnage Musée Charleroi", "milestone", "24000.00", "4320.00", "2025-09-10T10:00:00", milestone_status="in_progress"),
    owpay("fr35_o27", "OWD-2025-477", "Safran du Quercy Boutique", "milestone", "16000.00", "2880.00", "2025-07-01T10:00:00", milestone_status="approved"),
    owpay("fr35_o28", "OWD-2025-478", "Safran du Quercy Boutique", "milestone", "14500.00", "2610.00", "2025-09-15T10:00:00", milestone_status="not_started"),
    owpay("fr35_o29", "OWD-2025-479", "Angkor Lodge Maintenance", "maintenance_annual", "9000.00", "1620.00", "2025-09-19T10:00:00",
          setup_fee="600.00", service_start="2025-09-20"),
    owpay("fr35_o30", "OWD-2025-480", "Kuaför Istanbul Tours", "deposit", "14000.00", "2520.00", "2025-09-24T10:00:00"),
]

# ---------------- LeadsOptima ----------------
r.case("sedan-trois-prelevements", LOB, [Mail(
    "Fromagerie du Château <contact@fromagerie-sedan.fr>", "3 prélèvements pour 1 mois !!", at("2025-09-28 09:30", FR),
    "Bonjour,\n\nTROIS prélèvements le 26/09 pour le même mois : LO-INV-93701, LO-INV-93702, LO-INV-93703. Un seul "
    "est normal. Remboursez les deux autres svp.\n\nVincent Gérardin\nFromagerie du Château, Sedan")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges 2025-09-26, request 2025-09-28 (day 2): the 2nd and 3rd are duplicates -> 2 x 1499.00 = 2998.00.")

r.case("tours-html-apple-resiliation", LOB, [Mail(
    "Pilates Tours Nord <studio@pilates-tours-nord.fr>", "Résiliation", at("2025-09-30 19:50", FR), None,
    html="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body "
         "style=\"word-wrap: break-word;\"><div>Bonsoir,</div><div><br></div><div>Je ferme le studio de Tours-Nord "
         "pour rejoindre une salle à Saint-Cyr-sur-Loire qui a déjà son propre logiciel. Merci de résilier mon "
         "abonnement mensuel.</div><div><br></div><div>Cordialement,</div><div>Élodie Marchais</div><div><br></div>"
         "<div>Envoyé de mon iPhone</div></body></html>")],
    "decided", [K("cancel", "2025-10-16")],
    spec="HTML-only Apple Mail; L8 cancel effective current_period_end 2025-10-16.")

r.case("liege-nonante-jours-restants", LOB, [Mail(
    "Garage d'Outremeuse <info@garage-outremeuse.be>", "Résiliation et remboursement du solde", at("2025-09-29 08:10", FR),
    "Bonjour,\n\nJe souhaite résilier l'abonnement trimestriel : on part à la pension, le garage est repris par mon "
    "neveu. Comme il reste plus de deux mois sur ce trimestre de nonante jours et que je n'utiliserai plus l'outil, je vous demande de me "
    "rembourser le solde (facture LO-INV-93721).\n\nSalutations\nRoger Bastin, Garage d'Outremeuse, Liège")],
    "decided", [R("deny"), K("cancel", "2025-12-04")],
    spec="L1/L8: unused days are never refunded -> deny (also outside L3: charge 2025-09-05, day 24); cancel effective current_period_end 2025-12-04.")

r.case("sion-sans-accents-jour7", LOB, [Mail(
    "Bureau des guides <bureau@guides-sion.ch>", "acces impossible", at("2025-09-30 20:00", FR),
    "Bonsoir\n\nDepuis mardi passe impossible d acceder a la plateforme, la page reste blanche apres le login. "
    "On a paye le 23.09 (LO-INV-93731). Si ca ne peut pas etre regle, je demande le remboursement.\n\n"
    "Salutations\nNicolas Fournier\nBureau des guides de Sion")],
    "decided", [R("escalate")],
    spec="L2 access_failure; L3 boundary: charge 2025-09-23 10:00 IST; email 2025-09-30 20:00 CEST = 23:30 IST, day 7 (inside) -> L6 escalate.")

r.case("siem-reap-essai", LOB, [Mail(
    "Dara Keo <dara.keo@mekong-tours.com.kh>", "Remboursement période d'essai", at("2025-09-29 15:00", KH),
    "Bonjour,\n\nje suis en période d'essai (formule mensuelle) et l'outil ne convient pas à une petite agence de "
    "circuits comme la nôtre. Merci de me rembourser.\n\nCordialement\nDara Keo, Mekong Tours, Siem Reap")],
    "decided", [R("deny")],
    spec="L7: free-trial account with no charges -> deny (nothing to refund; no billing unless they subscribe).")

r.case("figeac-merci-remboursement-recu", LOB, [Mail(
    "Gîte du Célé <contact@gite-figeac.fr>", "Re: votre demande [LO-4741]", at("2025-09-30 18:30", FR),
    "Bonsoir,\n\nJe vois que tout est réglé, merci beaucoup pour votre gentillesse. Bonne continuation depuis la vallée "
    "du Célé !\n\nMonique Lacombe\n\n> Le 29 sept. 2025 à 11:02, LeadsOptima Support a écrit :\n"
    "> Votre demande concernant la facture LO-INV-93741 a bien été traitée.",
    refs_extra=["<lo-4741-reply@leadsoptima.com>"])],
    "other", spec="A thank-you that asks for nothing -> other (no request in the quoted history).")

r.case("nouadhibou-trop-cher", LOB, [Mail(
    "Cheikh Ba <cheikh.ba@atlantique-peche.mr>", "Demande de remboursement", at("2025-09-29 09:00", MR),
    "Bonjour,\n\nAprès réflexion, votre abonnement mensuel est trop cher pour notre petite société de pêche à "
    "Nouadhibou. Je vous demande le remboursement de la facture LO-INV-93751.\n\nCordialement,\nCheikh Ba")],
    "decided", [R("deny")],
    spec="L1: 'too expensive' is no exception reason -> deny (reply offers cancellation).")

r.case("praslin-doublon-jour8", LOB, [Mail(
    "Praslin Villas <resa@praslin-villas.sc>", "Double prélèvement 21 septembre", at("2025-09-28 23:00", SC),
    "Bonsoir,\n\nje reviens de Mahé et je vois deux prélèvements le 21 septembre pour le même mois, LO-INV-93761 et "
    "LO-INV-93762. Merci de rembourser le deuxième. On est encore dans les 7 jours, je crois.\n\nBonne soirée\n"
    "Jean-Claude Hoareau, Praslin Villas")],
    "decided", [R("deny")],
    spec="L3 in the brand zone: charge 2025-09-21 10:01 IST; email 2025-09-28 23:00 +04:00 = 2025-09-29 00:30 IST, day 8 > 7 -> deny (still day 7 on Praslin).")

r.case("turc-mauvais-plan", LOB, [Mail(
    "Murat Çelik <murat.celik@celik-renovation.fr>", "erreur facture", at("2025-09-27 08:30", FR),
    "Bonjour,\n\nmoi j'ai pris abonnement mensuel, mais le 25 vous avez prélevé 3999, c'est prix trimestriel. C'est "
    "mauvais montant. Facture LO-INV-93771. Je veux remboursement svp.\n\nİyi günler, bonne journée\nMurat Çelik, "
    "Çelik Rénovation, Joué-lès-Tours")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount / wrong plan) inside L3 (charge 2025-09-25, day 2) -> L5 escalate.")

r.case("digne-annuel-fallback", LOB, [Mail(
    "Camping des Thermes <accueil@camping-digne.fr>", "Résiliation abonnement annuel", at("2025-09-29 17:00", FR),
    "Bonjour,\n\nnous vendons le camping à la fin de la saison, les nouveaux propriétaires ont leurs propres outils. "
    "Merci de résilier notre abonnement annuel et de ne pas le renouveler.\n\nCordialement\nFamille Richaud, Camping des "
    "Thermes, Digne-les-Bains")],
    "decided", [K("cancel", "2025-10-14")],
    spec="L8 fallback: no current_period_end; last charge 2024-10-15 + 12 months - 1 day = 2025-10-14.")

r.case("hanoi-changer-carte", LOB, [Mail(
    "Vu Thi Thao <thao.vu@vu-import.vn>", "Changer la carte bancaire", at("2025-09-30 16:00", KH),
    "Bonjour,\n\nma carte Visa expire à la fin du mois. Comment je peux mettre la nouvelle carte pour le prochain "
    "prélèvement ? Je ne veux pas annuler, je suis contente du service.\n\nMerci, Vu Thi Thao, Hanoï")],
    "other", spec="A payment-method question; 'je ne veux pas annuler' adds no cancellation (s.8) -> other.")

r.case("lo-propre-adresse", LOB, [Mail(
    "LeadsOptima Billing <billing@leadsoptima.com>", "Remboursement effectué - LO-INV-93762", at("2025-09-30 07:00", (5, 30)),
    "Bonjour,\n\nvotre remboursement de 1 499,00 INR pour la facture LO-INV-93762 a été effectué.\n\nL'équipe LeadsOptima",
    to="support@leadsoptima.com")],
    "ignore", rules=["C7"], spec="C7: mail from the brand's own address (billing@leadsoptima.com) -> ignore.")

jonq1 = Mail(
    "Sylvie Gauthier <sylviegauthier.danse@gmail.com>", "Annulation abonnement", at("2025-09-29 21:00", QC),
    "Bonsoir,\n\nje voudrais annuler l'abonnement de l'école, on a perdu trop d'élèves cet automne.\n\nSylvie Gauthier, "
    "École de danse de Jonquière")
r.case("jonquiere-c2-puis-bonne-adresse", LOB, [jonq1, Mail(
    "École de danse de Jonquière <direction@ecole-danse-jonquiere.ca>", "RE: Annulation abonnement [LO-4801]",
    at("2025-09-30 08:15", QC),
    "Bonjour,\n\nje vous réécris de l'adresse du compte comme demandé : merci d'annuler l'abonnement mensuel de l'école.\n\n"
    "Sylvie Gauthier\n\n-----Message d'origine-----\nDe : LeadsOptima Support\nObjet : Annulation abonnement [LO-4801]\n"
    "Merci de nous écrire depuis l'adresse enregistrée.", reply=jonq1)],
    "decided", [K("cancel", "2025-10-15")],
    spec="C2 then C3 merge: the answer comes from the registered direction@ecole-danse-jonquiere.ca -> L8 cancel effective current_period_end 2025-10-15.")

# ---------------- Optima WebDesign ----------------
r.case("sedan-decouverte-pas-commencee", OWB, [Mail(
    "Château de Sedan Fêtes <evenements@chateau-sedan-fetes.fr>", "Remboursement phase découverte", at("2025-09-29 11:00", FR),
    "Bonjour,\n\nle conseil d'administration de notre association a voté contre le projet « Château de Sedan "
    "Événements » faute de subvention. L'atelier de découverte (facture OWD-2025-471) n'a pas encore eu lieu. Merci de "
    "nous rembourser.\n\nCordialement\nAnne-Sophie Collignon, présidente", brand=OWB)],
    "decided", [R("approve", "8500.00")],
    spec="O1: discovery, work_started_at empty -> full refund 8500.00 before tax.")

r.case("couserans-retainer-deja-paye", OWB, [Mail(
    "Gîtes du Couserans <contact@gites-couserans.fr>", "Résiliation suivi mensuel", at("2025-09-30 10:30", FR),
    "Bonjour,\n\nnous arrêtons le suivi « Gîtes du Couserans Suivi » : nous passons par l'association des gîtes de "
    "Saint-Girons qui propose la même chose gratuitement. J'ai vu que vous aviez déjà facturé octobre (OWD-2025-473).\n\n"
    "Cordialement\nPatrick Galy, Saint-Girons (Ariège)", brand=OWB)],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: OWD-2025-473 pays the next cycle (2025-10-12..2025-11-11); notice 2025-09-30 <= 2025-10-05 -> escalate.")

r.case("gaspe-retainer-7-jours-pile", OWB, [Mail(
    "Auberge de Gaspé <aubergiste@auberge-gaspe.ca>", "Fin du contrat de suivi", at("2025-09-30 10:00", QC),
    "Bonjour,\n\nje mets fin au contrat « Auberge de Gaspé Suivi » (facture OWD-2025-474). L'auberge ferme pour l'hiver "
    "et on la met en vente.\n\nMerci pour tout\nGinette Roussy, Gaspé", brand=OWB)],
    "decided", [K("cancel", "2025-10-06")],
    spec="O4 boundary: next_billing_at 2025-10-07; request 2025-09-30 10:00 EDT = 19:30 IST, local date 2025-09-30 = 2025-10-07 minus 7 -> enough notice; cancel effective 2025-10-06.")

r.case("saillon-frais-installation", OWB, [Mail(
    "Bains de Saillon <admin@bains-saillon-fitness.ch>", "Frais de mise en service", at("2025-09-26 14:15", FR),
    "Bonjour,\n\nVous nous avez facturé des frais de mise en service pour le projet « Bains de Saillon Site » (OWD-2025-475). Nous "
    "trouvons ces frais injustifiés puisque nous avons fourni nous-mêmes tous les textes. Merci de les rembourser.\n\n"
    "Meilleures salutations\nStéphanie Roduit, Saillon (VS)", brand=OWB)],
    "decided", [R("deny")],
    spec="O6: setup fee -> deny, Non-refundable items.")

r.case("charleroi-jalon-en-cours", OWB, [Mail(
    "Musée du Charbonnage <musee@charbonnage-marcinelle-expo.be>", "Remboursement jalon OWD-2025-476", at("2025-09-29 13:45", FR),
    "Bonjour,\n\nle jalon « parcours interactif » du projet Charbonnage Musée Charleroi (OWD-2025-476) a commencé, mais "
    "la Région a réduit notre budget de moitié. Nous souhaitons arrêter ce jalon et être remboursés.\n\nBien à vous,\n"
    "Christophe Dubois, conservateur", brand=OWB)],
    "decided", [R("escalate")],
    spec="O3: milestone in_progress -> escalate (the billable value of work not started needs a person).")

safr1 = Mail(
    "Safran du Quercy <safran@safran-quercy.fr>", "Remboursement jalon", at("2025-09-26 10:00", FR),
    "Bonjour,\n\npour le projet « Safran du Quercy Boutique », nous abandonnons la partie vente en ligne : la récolte de safran a "
    "été trop faible cette année. Merci de nous rembourser le jalon correspondant.\n\nCordialement\nIsabelle Malbec, Lauzerte", brand=OWB)
r.case("quercy-facture-manquante", OWB, [safr1], "need_info", missing=["invoice_number"],
       spec="C3: contract email, project and reason given; the project has two milestones and no invoice is named -> ask for the invoice.")
safr1b = Mail(safr1.frm, safr1.subject, safr1.when, safr1.body, brand=OWB)
r.case("quercy-thread-jalon", OWB, [safr1b, Mail(
    "Safran du Quercy <safran@safran-quercy.fr>", "Re: Remboursement jalon [OWD-4578]", at("2025-09-29 09:10", FR),
    "Bonjour, c'est la facture owd-2025-478 (le jalon boutique en ligne, pas encore commencé).\nIsabelle Malbec\n\n"
    "Le lun. 29 sept. 2025 à 07:30, Optima WebDesign a écrit :\n> Merci de nous indiquer le numéro de facture.",
    reply=safr1b, brand=OWB)],
    "decided", [R("approve", "14500.00")],
    spec="C3 thread + O3: OWD-2025-478 milestone not_started -> approve 14500.00 before tax.")

r.case("siem-reap-maintenance-prorata", OWB, [Mail(
    "Angkor Lodge <gm@angkor-lodge-siemreap.com.kh>", "Annulation maintenance annuelle + remboursement", at("2025-09-29 16:30", KH),
    "Bonjour,\n\nnotre groupe a choisi un prestataire régional à Bangkok. Nous annulons donc le contrat de maintenance "
    "annuel « Angkor Lodge Maintenance » (OWD-2025-479), démarré le 20 septembre, et demandons le remboursement au "
    "prorata selon vos conditions.\n\nCordialement\nSophal Meas, directeur général", brand=OWB)],
    "decided", [R("approve", "7700.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-29 15:00 IST (day 9); monthly = (9000-600)/12 = 700; refund = 9000 - 600 - 700 = 7700.00. extra_ok: the plan's cancellation.")

r.case("kuafor-acompte-81h", OWB, [Mail(
    "Kuaför Istanbul <salon@kuafor-istanbul-tours.fr>", "acompte rembourser", at("2025-09-27 16:00", FR),
    "Bonjour,\n\nj'ai payé l'acompte mercredi pour le site Kuaför Istanbul Tours (OWD-2025-480). Mon frère veut pas "
    "ouvrir le deuxième salon finalement. Vous avez pas commencé, donc je veux l'argent retour svp.\n\nTeşekkür ederim, "
    "Serkan Yılmaz", brand=OWB)],
    "decided", [R("deny")],
    spec="O2: paid Wed 2025-09-24 10:00 IST; request 2025-09-27 16:00 CEST = 19:30 IST, 81.5 h >= 72 h -> deny, though no work started.")

r.case("fribourg-question-hebergement", OWB, [Mail(
    "Laurence Bapst <laurence.bapst@bluewin.ch>", "Question avant commande", at("2025-09-30 11:10", FR),
    "Bonjour,\n\nje songe à vous confier l'hébergement annuel du site de notre chœur mixte à Fribourg. Si nous "
    "changions d'avis après un mois, serait-il possible d'être remboursés ?\n\nMeilleures salutations\nLaurence Bapst", brand=OWB)],
    "other", spec="s.8 hypothetical before buying -> other.")
