#!/usr/bin/env python3
"""Fresh held-out round 8, French (fr). Written by QA (qa8b) from POLICY_SPEC.md alone.
Stdlib only, deterministic. Writes ledger.json, emails/*.eml and expected.json beside this file.
MIT licence, like the project; all text written for this project."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LANG = "fr"
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
OWD_TO2 = "billing@optimawebdesign.com"

customers, projects, payments, cases = [], [], [], []


def lo_cust(email, name, plan, ps, pe, status="active", trial=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial, "current_period_start": ps, "current_period_end": pe})


def lo_pay(pid, inv, email, plan, amount, paid, ps, pe, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, ws=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": ws})


def owd_pay(pid, inv, project, kind, amount, tax, paid, status="paid", setup_fee=None, service_start=None,
            next_billing_at=None, ps=None, pe=None, ms=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(frm, subject, when, body, to=LO_TO, html=None, headers=None, reply_to=None):
    return {"frm": frm, "subject": subject, "when": when, "body": body, "to": to, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def case(cid, brand, mails, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False, ambiguous=None):
    cases.append({"cid": cid, "brand": brand, "mails": mails, "status": status, "decisions": list(decisions),
                  "rules": list(rules), "missing": missing, "spec": spec, "extra_ok": extra_ok,
                  "ambiguous": ambiguous})


def d(intent, outcome, amount=None, eff=None):
    x = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        x["amount"] = amount
    if eff:
        x["effective_date"] = eff
    return x


def t(s):
    """'2025-09-26 14:05' in IST."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=IST)


LO, OW = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
lo_cust("camille.laurent@orange.fr", "Camille Laurent", "annual", "2025-09-24", "2026-09-23")
lo_pay("fr_p001", "LO-INV-92101", "camille.laurent@orange.fr", "annual", "11988.00", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
lo_pay("fr_p002", "LO-INV-92102", "camille.laurent@orange.fr", "annual", "11988.00", "2025-09-24T10:01:00", "2025-09-24", "2026-09-23")
case("fr-l01-preleve-deux-fois", LO, [mail("Camille Laurent <camille.laurent@orange.fr>", "Prélèvement en double - abonnement annuel",
    t("2025-09-29 11:30"),
    "Bonjour,\n\nJe constate sur mon relevé que l'abonnement annuel m'a été prélevé deux fois le 24/09 "
    "(2 x 11 988,00 INR). La deuxième facture porte le numéro LO-INV-92102. Merci de me rembourser le doublon.\n\n"
    "Cordialement,\nCamille Laurent")],
    "decided", [d("refund", "approve", "11988.00")],
    spec="POLICY_SPEC.md section 3 L2 duplicate ('prélevé deux fois'); two paid annual charges 11988.00 on 2025-09-24 same period; request day 5 <= 7 (L3); L4 approve 11988.00.")

lo_cust("hugo.martin@free.fr", "Hugo Martin", "monthly", "2025-09-25", "2025-10-24")
lo_pay("fr_p003", "LO-INV-92110", "hugo.martin@free.fr", "monthly", "2499.00", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
case("fr-l02-doublon-sans-paire", LO, [mail("Hugo Martin <hugo.martin@free.fr>", "debit en double",
    t("2025-09-27 18:00"),
    "Bonjour,\nma banque m'affiche deux debits de 2499 le 25 septembre pour LeadsOptima, facture LO-INV-92110. "
    "Pouvez vous rembourser le paiement en double svp ?\nMerci\nHugo")],
    "decided", [d("refund", "escalate")],
    spec="L4: duplicate claimed inside the window (day 2), but the ledger shows only one charge for the period -> escalate.")

lo_cust("ines.moreau@laposte.net", "Inès Moreau", "monthly", "2025-09-21", "2025-10-20")
lo_pay("fr_p004", "LO-INV-92120", "ines.moreau@laposte.net", "monthly", "1999.00", "2025-09-20T19:00:00+00:00", "2025-09-21", "2025-10-20")
lo_pay("fr_p005", "LO-INV-92121", "ines.moreau@laposte.net", "monthly", "1999.00", "2025-09-20T19:02:00+00:00", "2025-09-21", "2025-10-20")
case("fr-l03-fuseau-jour7", LO, [mail("Inès Moreau <ines.moreau@laposte.net>", "Facturée 2 fois ce mois-ci",
    t("2025-09-28 10:00"),
    "Bonjour l'équipe,\n\nJ'ai été facturée deux fois pour le mois en cours, la deuxième facture est LO-INV-92121. "
    "Je vous remercie de bien vouloir me rembourser ce double paiement.\n\nBien à vous,\nInès Moreau")],
    "decided", [d("refund", "approve", "1999.00")],
    spec="Section 8 ledger offsets: paid_at 2025-09-20T19:00+00:00 = 2025-09-21 00:30 IST, so day 0 is 2025-09-21; request 2025-09-28 = day 7, inside (L3); L4 approve 1999.00.")

lo_cust("julien.petit@petit-conseil.fr", "Julien Petit", "quarterly", "2025-09-26", "2025-12-25")
lo_pay("fr_p006", "LO-INV-92130", "julien.petit@petit-conseil.fr", "quarterly", "5997.00", "2025-09-26T09:00:00", "2025-09-26", "2025-12-25")
case("fr-l04-trop-cher", LO, [mail("Julien Petit <julien.petit@petit-conseil.fr>", "Demande de remboursement",
    t("2025-09-29 09:20"),
    "Bonjour,\n\nSuite au renouvellement trimestriel du 26/09 (facture LO-INV-92130), je souhaiterais être remboursé : "
    "franchement c'est devenu trop cher pour une petite structure comme la mienne.\n\nSalutations,\nJulien Petit\n"
    "Petit Conseil SARL – 12 rue des Lilas, 69003 Lyon")],
    "decided", [d("refund", "deny")],
    spec="L1: 'trop cher' is no exception reason -> deny, reply offers cancellation.")

lo_cust("sophie.girard@girard-archi.fr", "Sophie Girard", "annual", "2025-02-15", "2026-02-14")
lo_pay("fr_p007", "LO-INV-92140", "sophie.girard@girard-archi.fr", "annual", "11988.00", "2025-02-15T10:00:00", "2025-02-15", "2026-02-14")
case("fr-l05-resiliation-annuelle", LO, [mail("Sophie Girard <sophie.girard@girard-archi.fr>", "Résiliation de mon abonnement",
    t("2025-09-22 15:05"),
    "Madame, Monsieur,\n\nPar la présente, je vous informe de ma volonté de résilier mon abonnement annuel LeadsOptima. "
    "Notre cabinet a été racheté et le nouveau groupe utilise déjà un autre outil.\n\n"
    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nSophie Girard")],
    "decided", [d("cancellation", "cancel", eff="2026-02-14")],
    spec="L8: cancel, active until current_period_end 2026-02-14.")

lo_cust("lucas.bernard@gmail.com", "Lucas Bernard", "monthly", None, None)
lo_pay("fr_p008", "LO-INV-92150", "lucas.bernard@gmail.com", "monthly", "2499.00", "2025-09-05T20:00:00+00:00", None, None)
case("fr-l06-resiliation-fallback-fuseau", LO, [mail("Lucas Bernard <lucas.bernard@gmail.com>", "arreter l'abonnement",
    t("2025-09-25 21:40"),
    "salut,\nje veux arreter mon abonnement mensuel, j'ai trouvé un CDI donc plus besoin de prospecter pour mon activité de freelance.\nmerci\nLucas")],
    "decided", [d("cancellation", "cancel", eff="2025-10-05")],
    spec="L8 fallback + section 8: last charge 2025-09-05T20:00+00:00 = 2025-09-06 01:30 IST (local date 2025-09-06); + 1 month - 1 day = 2025-10-05.")

lo_cust("manon.roux@roux-immo.fr", "Manon Roux", "monthly", "2025-09-15", "2025-10-14")
lo_pay("fr_p009", "LO-INV-92160", "manon.roux@roux-immo.fr", "monthly", "2499.00", "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
case("fr-l07-acces-hors-delai", LO, [mail("Manon Roux <manon.roux@roux-immo.fr>", "Impossible de me connecter",
    t("2025-09-25 10:00"),
    "Bonjour,\n\nDepuis le 15 septembre il m'est impossible de me connecter à la plateforme, la page reste blanche. "
    "Je demande le remboursement de la facture LO-INV-92160 puisque je n'ai pas pu utiliser le service.\n\nManon Roux")],
    "decided", [d("refund", "deny")],
    spec="L2 access_failure, but charge 2025-09-15 (day 0), request 2025-09-25 = day 10 > 7: L3 deny.")

lo_cust("thomas.fournier@fournier-btp.fr", "Thomas Fournier", "monthly", "2025-09-26", "2025-10-25")
lo_pay("fr_p010", "LO-INV-92170", "thomas.fournier@fournier-btp.fr", "monthly", "2499.00", "2025-08-26T09:00:00", "2025-08-26", "2025-09-25")
lo_pay("fr_p011", "LO-INV-92171", "thomas.fournier@fournier-btp.fr", "monthly", "2499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
case("fr-l08-preleve-apres-resiliation", LO, [mail("Thomas Fournier <thomas.fournier@fournier-btp.fr>", "Prélèvement après résiliation !",
    t("2025-09-28 12:10"),
    "Bonjour,\n\nJ'avais résilié le 20 septembre depuis mon espace client et vous m'avez quand même prélevé le 26 "
    "(facture LO-INV-92171). Merci de me rembourser ce prélèvement qui n'aurait jamais dû avoir lieu.\n\nThomas Fournier")],
    "decided", [d("refund", "escalate")], extra_ok=True,
    spec="L2 billing_error (charged after cancelling, past event); day 2 inside (L3); L5 escalate. extra_ok: the earlier cancellation may be recorded too.")

lo_cust("chloe.lambert@lambert-deco.fr", "Chloé Lambert", "quarterly", "2025-07-10", "2025-10-09")
lo_pay("fr_p012", "LO-INV-92180", "chloe.lambert@lambert-deco.fr", "quarterly", "5997.00", "2025-07-10T09:00:00", "2025-07-10", "2025-10-09")
case("fr-l09-pas-de-remboursement", LO, [mail("Chloé Lambert <chloe.lambert@lambert-deco.fr>", "Résiliation",
    t("2025-09-30 08:00"),
    "Bonjour,\n\nJe ne demande pas de remboursement, je sais que le trimestre est payé. Je veux juste résilier pour "
    "éviter le prochain renouvellement : je ferme ma boutique de déco fin octobre.\n\nBonne journée,\nChloé")],
    "decided", [d("cancellation", "cancel", eff="2025-10-09")],
    spec="Section 8 negation: 'Je ne demande pas de remboursement' adds no refund; L8 cancel until 2025-10-09.")

lo_cust("antoine.faure@faure-assurances.fr", "Antoine Faure", "monthly", "2025-09-12", "2025-10-11")
lo_pay("fr_p013", "LO-INV-92190", "antoine.faure@faure-assurances.fr", "monthly", "2499.00", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
case("fr-l10-hypothese", LO, [mail("Antoine Faure <antoine.faure@faure-assurances.fr>", "Question avant passage à l'annuel",
    t("2025-09-23 14:00"),
    "Bonjour,\n\nSi je passe à la formule annuelle et que finalement ça ne convient pas à mes commerciaux, "
    "est-ce que je pourrais être remboursé ? Je préfère demander avant.\n\nCdlt,\nAntoine Faure")],
    "other", [],
    spec="Section 8: hypothetical before buying ('est-ce que je pourrais être remboursé ?') -> other.")

lo_cust("pauline.mercier@mercier-avocats.fr", "Pauline Mercier", "monthly", "2025-09-26", "2025-10-25")
lo_pay("fr_p014", "LO-INV-92200", "pauline.mercier@mercier-avocats.fr", "monthly", "2499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lo_pay("fr_p015", "LO-INV-92201", "pauline.mercier@mercier-avocats.fr", "monthly", "2499.00", "2025-09-26T09:01:00", "2025-09-26", "2025-10-25")
case("fr-l11-autre-adresse", LO, [mail("Pauline M. <pauline.mercier.perso@yahoo.fr>", "double prélèvement",
    t("2025-09-28 20:00"),
    "Bonsoir,\n\nJe vous écris depuis ma boîte perso ; le compte est au nom de pauline.mercier@mercier-avocats.fr. "
    "J'ai été débitée deux fois le 26/09 (LO-INV-92201), merci de rembourser le doublon.\n\nPauline Mercier")],
    "need_info", [], rules=["C2"],
    spec="C2: sender pauline.mercier.perso@yahoo.fr is not the registered email she names -> need_info asking to write from it; nothing about the account.")

lo_cust("claire.dubois@orange.fr", "Claire Dubois", "monthly", "2025-09-08", "2025-10-07")
lo_pay("fr_p016", "LO-INV-92210", "claire.dubois@orange.fr", "monthly", "2499.00", "2025-09-08T09:00:00", "2025-09-08", "2025-10-07")
case("fr-l12-adresse-plus-tag", LO, [mail("Claire Dubois <claire.dubois+leads@orange.fr>", "Résilier",
    t("2025-09-24 10:30"),
    "Bonjour, merci de résilier mon abonnement mensuel (compte claire.dubois@orange.fr), je pars à la retraite.\nClaire Dubois")],
    "need_info", [], rules=["C2"],
    spec="Section 8: a +tag makes another address; claire.dubois+leads@orange.fr is not the registered claire.dubois@orange.fr -> C2 need_info.")

lo_cust("nicolas.blanc@blanc-auto.fr", "Nicolas Blanc", "monthly", "2025-09-27", "2025-10-26")
lo_pay("fr_p017", "LO-INV-92220", "nicolas.blanc@blanc-auto.fr", "monthly", "1999.00", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
lo_pay("fr_p018", "LO-INV-92221", "nicolas.blanc@blanc-auto.fr", "monthly", "1999.00", "2025-09-27T09:00:40", "2025-09-27", "2025-10-26")
case("fr-l13-fil-motif", LO, [
    mail("Nicolas Blanc <nicolas.blanc@blanc-auto.fr>", "Remboursement facture LO-INV-92221", t("2025-09-28 09:00"),
         "Bonjour,\n\nMerci de me rembourser la facture LO-INV-92221.\n\nCordialement\nNicolas Blanc\nGarage Blanc Automobiles"),
    mail("Nicolas Blanc <nicolas.blanc@blanc-auto.fr>", "RE: Remboursement facture LO-INV-92221", t("2025-09-29 08:40"),
         "Bonjour,\n\nLe motif : vous m'avez prélevé deux fois le même mois, cette facture est le doublon de LO-INV-92220.\n\n"
         "Nicolas\n\n> Pourriez-vous nous indiquer le motif de votre demande ?")],
    "decided", [d("refund", "approve", "1999.00")],
    spec="C3 thread: first mail has no reason (restating the request is none, section 8); the reply gives duplicate_payment; request time = first mail, day 1; L4 approve 1999.00.")

lo_cust("gilles.garnier@garnier-menuiserie.fr", "Gilles Garnier", "quarterly", "2025-09-23", "2025-12-22")
lo_pay("fr_p019", "LO-INV-92230", "gilles.garnier@garnier-menuiserie.fr", "quarterly", "5997.00", "2025-09-23T09:00:00", "2025-09-23", "2025-12-22")
case("fr-l14-opposition-avocat", LO, [mail("Gilles Garnier <gilles.garnier@garnier-menuiserie.fr>", "Mise en demeure",
    t("2025-09-26 16:00"),
    "Messieurs,\n\nLe montant prélevé le 23/09 (facture LO-INV-92230) ne correspond pas au tarif convenu. Sans remboursement "
    "sous 48 h, je fais opposition auprès de ma banque (chargeback) et je transmets le dossier à mon avocat. "
    "Résiliez également mon abonnement.\n\nG. Garnier")],
    "decided", [d("refund", "escalate"), d("cancellation", "escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): chargeback and lawyer threat escalate the refund and the cancellation.")

case("fr-l15-reponse-auto", LO, [mail("Benoît Chevalier <benoit.chevalier@chevalier-transports.fr>", "Réponse automatique : Votre facture LeadsOptima",
    t("2025-09-26 07:30"),
    "Bonjour,\n\nJe suis absent du bureau jusqu'au 6 octobre inclus avec un accès limité à mes e-mails. "
    "Pour toute urgence, contactez compta@chevalier-transports.fr.\n\nBenoît Chevalier",
    headers={"Auto-Submitted": "auto-replied"})],
    "ignore", [], rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied -> ignore.")

case("fr-l16-propre-adresse", LO, [mail("LeadsOptima <noreply@leadsoptima.com>", "Votre reçu LO-INV-92240",
    t("2025-09-25 05:00"),
    "Bonjour,\n\nMerci pour votre paiement. Ceci est un message automatique, merci de ne pas y répondre. "
    "Pour résilier, rendez-vous dans Billing > Cancel Plan.")],
    "ignore", [], rules=["C7"],
    spec="C7: mail from the brand's own address (noreply@leadsoptima.com) -> ignore.")

lo_cust("elodie.rousseau@rousseau-coaching.fr", "Élodie Rousseau", "monthly", "2025-09-19", "2025-10-18")
lo_pay("fr_p020", "LO-INV-92250", "elodie.rousseau@rousseau-coaching.fr", "monthly", "2499.00", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
case("fr-l17-carte-bancaire", LO, [mail("Élodie Rousseau <elodie.rousseau@rousseau-coaching.fr>", "Changer de carte bancaire",
    t("2025-09-24 13:15"),
    "Bonjour,\n\nJe ne veux surtout pas résilier ! Ma carte expire fin septembre : comment mettre à jour mes "
    "coordonnées bancaires pour le prochain prélèvement ?\n\nMerci d'avance,\nÉlodie")],
    "other", [],
    spec="Negation ('Je ne veux surtout pas résilier') and a how-to question -> other.")

lo_cust("vincent.henry@gmail.com", "Vincent Henry", "monthly", None, None, status="trial", trial="2025-10-08")
case("fr-l18-essai-question", LO, [mail("Vincent Henry <vincent.henry@gmail.com>", "Fin de l'essai gratuit",
    t("2025-09-27 11:00"),
    "Bonjour, je suis en période d'essai. Est-ce que je serai débité automatiquement à la fin de l'essai si je ne fais rien ?\nVincent")],
    "other", [],
    spec="A question about billing after the trial, no refund or cancellation asked -> other.")

lo_cust("celine.bonnet@bonnet-fleurs.fr", "Céline Bonnet", "monthly", "2025-09-29", "2025-10-28")
lo_pay("fr_p021", "LO-INV-92260", "celine.bonnet@bonnet-fleurs.fr", "monthly", "2499.00", "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
lo_pay("fr_p022", "LO-INV-92261", "celine.bonnet@bonnet-fleurs.fr", "monthly", "2499.00", "2025-09-29T09:05:00", "2025-09-29", "2025-10-28")
case("fr-l19-doublon-et-resiliation", LO, [mail("Céline Bonnet <celine.bonnet@bonnet-fleurs.fr>", "Doublon + résiliation",
    t("2025-09-30 17:45"),
    "<html><body><p>Bonjour,</p><p>Vous m'avez facturée <b>deux fois</b> hier (LO-INV-92261 est le doublon) : merci de "
    "rembourser le paiement en double. Et dans la foulée, résiliez mon abonnement mensuel, la saison est finie pour "
    "la boutique.</p><p>Céline – Bonnet Fleurs</p></body></html>", html=True)],
    "decided", [d("refund", "approve", "2499.00"), d("cancellation", "cancel", eff="2025-10-28")],
    spec="L4 duplicate day 1 -> approve 2499.00; L8 cancel until current_period_end 2025-10-28. HTML-only.")

lo_cust("marc.dupont@dupont-peinture.fr", "Marc Dupont", "quarterly", "2025-08-05", "2025-11-04")
lo_pay("fr_p023", "LO-INV-92270", "marc.dupont@dupont-peinture.fr", "quarterly", "5997.00", "2025-08-05T09:00:00", "2025-08-05", "2025-11-04")
case("fr-l20-tr-outlook-soi-meme", LO, [mail("Marc Dupont <marc.dupont@dupont-peinture.fr>", "TR: résiliation abonnement",
    t("2025-09-26 08:30"),
    "Je vous renvoie ma demande, envoyée par erreur à votre ancienne adresse.\n\n"
    "De : Marc Dupont <marc.dupont@dupont-peinture.fr>\nEnvoyé : jeudi 25 septembre 2025 19:02\n"
    "À : contact@leadsoptima.fr\nObjet : résiliation abonnement\n\n"
    "Bonjour, je souhaite résilier mon abonnement trimestriel. On a assez de chantiers jusqu'à l'été prochain.\nMarc Dupont")],
    "decided", [d("cancellation", "cancel", eff="2025-11-04")],
    spec="Section 8 forwards: Outlook 'TR:' of the sender's own request -> read the carried request; L8 cancel until 2025-11-04.")

lo_cust("aurelie.perrin@perrin-cosmetiques.fr", "Aurélie Perrin", "annual", "2025-04-01", "2026-03-31")
lo_pay("fr_p024", "LO-INV-92280", "aurelie.perrin@perrin-cosmetiques.fr", "annual", "11988.00", "2025-04-01T09:00:00", "2025-04-01", "2026-03-31")
case("fr-l21-gmail-transfert-autre", LO, [mail("Secrétariat Perrin <secretariat@perrin-cosmetiques.fr>", "Fwd: Résiliation LeadsOptima",
    t("2025-09-29 09:10"),
    "Bonjour,\nje vous transfère la demande de Mme Perrin.\nBien cordialement,\nle secrétariat\n\n"
    "---------- Message transféré ---------\nDe : Aurélie Perrin <aurelie.perrin@perrin-cosmetiques.fr>\n"
    "Date: dim. 28 sept. 2025 à 21:40\nSubject: Résiliation LeadsOptima\nTo: <secretariat@perrin-cosmetiques.fr>\n\n"
    "Peux-tu envoyer à LeadsOptima : je résilie l'abonnement annuel du compte aurelie.perrin@perrin-cosmetiques.fr, "
    "on internalise la prospection.\nAurélie")],
    "need_info", [], rules=["C2"],
    spec="Section 8 forwards: the Gmail forward names registered email aurelie.perrin@..., sender secretariat@... is another address -> C2 need_info.")

lo_cust("jeanfrancois.tremblay@videotron.ca", "Jean-François Tremblay", "monthly", "2025-09-14", "2025-10-13")
lo_pay("fr_p025", "LO-INV-92290", "jeanfrancois.tremblay@videotron.ca", "monthly", "2499.00", "2025-09-14T09:00:00", "2025-09-14", "2025-10-13")
lo_pay("fr_p026", "LO-INV-92291", "jeanfrancois.tremblay@videotron.ca", "monthly", "2499.00", "2025-09-14T09:00:10", "2025-09-14", "2025-10-13")
case("fr-l22-quebec-hors-delai", LO, [mail("Jean-François Tremblay <jeanfrancois.tremblay@videotron.ca>", "Chargé deux fois",
    t("2025-09-22 19:00"),
    "Allo,\n\nJe viens de voir que vous m'avez chargé deux fois le 14 septembre, facture LO-INV-92291. Pouvez-vous "
    "me rembourser la deuxième charge? Merci ben!\n\nJ-F Tremblay\nEnvoyé de mon iPhone")],
    "decided", [d("refund", "deny")],
    spec="L2 duplicate but charge 2025-09-14 (day 0), request 2025-09-22 = day 8 > 7: L3 deny.")

lo_cust("sylvie.robin@robin-opticiens.fr", "Sylvie Robin", "monthly", "2025-09-23", "2025-10-22")
lo_pay("fr_p027", "LO-INV-92300", "sylvie.robin@robin-opticiens.fr", "monthly", "2499.00", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
lo_pay("fr_p028", "LO-INV-92301", "sylvie.robin@robin-opticiens.fr", "monthly", "2499.00", "2025-09-23T09:01:00", "2025-09-23", "2025-10-22", status="refunded")
case("fr-l23-doublon-deja-rembourse", LO, [mail("Sylvie Robin <sylvie.robin@robin-opticiens.fr>", "paiement en double",
    t("2025-09-25 10:45"),
    "Bonjour,\n\nj'ai payé deux fois le 23/09 (facture LO-INV-92301), je souhaite le remboursement du second paiement.\n\nSylvie Robin")],
    "decided", [d("refund", "escalate")],
    spec="Section 8: the named charge is 'refunded' (not paid) -> escalate; no pair of two paid charges either (L4 escalate).")

lo_cust("olivier.lefevre@lefevre-compta.be", "Olivier Lefèvre", "annual", "2024-11-01", "2025-10-31")
lo_pay("fr_p029", "LO-INV-92310", "olivier.lefevre@lefevre-compta.be", "annual", "11988.00", "2024-11-01T09:00:00", "2024-11-01", "2025-10-31")
case("fr-l24-belgique-html", LO, [mail("Olivier Lefèvre <olivier.lefevre@lefevre-compta.be>", "Non-renouvellement",
    t("2025-09-18 09:00"),
    "<div><p>Bonjour,</p><p>Nous ne souhaitons pas renouveler notre abonnement annuel (septante leads par mois, c'est "
    "trop peu pour nous). Merci de résilier à l'échéance.</p><p>Bien à vous,<br>Olivier Lefèvre<br>Fiduciaire Lefèvre, Namur</p>"
    "<hr><p style='font-size:8pt'>Ce message et ses annexes sont confidentiels.</p></div>", html=True)],
    "decided", [d("cancellation", "cancel", eff="2025-10-31")],
    spec="L8: cancel at term ('résilier à l'échéance'), active until current_period_end 2025-10-31. HTML-only, Belgian French.")

# ---------------------------------------------------------------- Optima WebDesign
proj("Boulangerie Morel Vitrine", "contact@boulangerie-morel.fr")
owd_pay("fr_o001", "OWD-2025-401", "Boulangerie Morel Vitrine", "deposit", "24000.00", "4320.00", "2025-09-25T10:00:00")
case("fr-o01-acompte-70h", OW, [mail("Boulangerie Morel <contact@boulangerie-morel.fr>", "Demande de remboursement — Boulangerie Morel Vitrine",
    t("2025-09-28 08:00"), to=OWD_TO,
    body="Bonjour,\n\nNous avons versé l'acompte de 24 000,00 INR HT le 25/09 (facture OWD-2025-401) pour le projet "
    "« Boulangerie Morel Vitrine ». Finalement la mairie refuse notre extension de boutique, nous reportons tout. "
    "Pourriez-vous nous rembourser l'acompte ?\n\nCordialement,\nÉric Morel")],
    "decided", [d("refund", "approve", "24000.00")], extra_ok=True,
    spec="O2: paid 2025-09-25 10:00, request 2025-09-28 08:00 = 70 h < 72 h, no work started -> approve 24000.00 before tax.")

proj("Cabinet Vidal Kiné", "cabinet.vidal@kine-vidal.fr")
owd_pay("fr_o002", "OWD-2025-402", "Cabinet Vidal Kiné", "deposit", "20000.00", "3600.00", "2025-09-22T09:00:00")
case("fr-o02-acompte-73h", OW, [mail("Cabinet Vidal <cabinet.vidal@kine-vidal.fr>", "Annulation projet et acompte",
    t("2025-09-25 10:00"), to=OWD_TO,
    body="Bonjour,\n\nNous annulons le projet Cabinet Vidal Kiné, mon associé quitte le cabinet. Merci de rembourser "
    "l'acompte, facture OWD-2025-402.\n\nDr Vidal")],
    "decided", [d("refund", "deny")], extra_ok=True,
    spec="O2: paid 2025-09-22 09:00, request 2025-09-25 10:00 = 73 h >= 72 h -> deny.")

proj("Librairie Page Blanche", "libraire@pageblanche.fr", "2025-10-03T10:00:00")
owd_pay("fr_o003", "OWD-2025-403", "Librairie Page Blanche", "discovery", "12000.00", "2160.00", "2025-09-20T10:00:00")
case("fr-o03-atelier-pas-commence", OW, [mail("Librairie Page Blanche <libraire@pageblanche.fr>", "Atelier stratégie du 3 octobre",
    t("2025-09-29 17:00"), to=OWD_TO,
    body="Bonjour,\n\nL'atelier de découverte pour la Librairie Page Blanche est prévu le 3 octobre, mais nous devons "
    "l'annuler : la librairie change de propriétaire. Nous demandons le remboursement des frais (OWD-2025-403).\n\nMerci,\nAgnès")],
    "decided", [d("refund", "approve", "12000.00")], extra_ok=True,
    spec="O1: work_started_at 2025-10-03 is later than the request (2025-09-29) -> refundable in full: 12000.00.")

proj("Domaine Castel E-boutique", "gestion@domaine-castel.fr", "2025-07-01T10:00:00")
owd_pay("fr_o004", "OWD-2025-404", "Domaine Castel E-boutique", "milestone", "27500.50", "4950.09", "2025-09-10T10:00:00", ms="not_started")
case("fr-o04-jalon-non-commence", OW, [mail("Domaine Castel <gestion@domaine-castel.fr>", "Remboursement jalon 4",
    t("2025-09-26 10:00"), to=OWD_TO,
    body="Bonjour,\n\nPour le projet Domaine Castel E-boutique, nous avons réglé le jalon 4 « module abonnements » "
    "(OWD-2025-404, 27 500,50 INR HT). Nous abandonnons cette fonctionnalité car notre distributeur la propose déjà ; "
    "le travail n'a pas commencé. Merci de nous rembourser ce jalon.\n\nBien cordialement,\nHélène Castel")],
    "decided", [d("refund", "approve", "27500.50")],
    spec="O3: milestone not_started -> refund its amount 27500.50 (before tax).")

proj("Atelier Joly Portfolio", "atelier.joly@gmail.com", "2025-06-01T10:00:00")
owd_pay("fr_o005", "OWD-2025-405", "Atelier Joly Portfolio", "milestone", "16000.00", "2880.00", "2025-08-25T10:00:00", ms="completed")
case("fr-o05-jalon-termine", OW, [mail("Atelier Joly <atelier.joly@gmail.com>", "rembourser maquettes",
    t("2025-09-21 22:00"), to=OWD_TO,
    body="bonsoir,\nles maquettes de l'Atelier Joly Portfolio (OWD-2025-405) sont livrées mais je ne m'y retrouve pas du tout, "
    "c'est pas mon style. je voudrais etre rembourser.\nSandrine Joly")],
    "decided", [d("refund", "deny")],
    spec="O3/O6: milestone completed -> deny ('Completed deliverables').")

proj("Clinique Vétérinaire Alpes Suivi", "direction@veto-alpes.fr", "2025-01-01T10:00:00")
owd_pay("fr_o006", "OWD-2025-406", "Clinique Vétérinaire Alpes Suivi", "retainer", "30000.00", "5400.00", "2025-09-01T10:00:00",
        next_billing_at="2025-12-01", ps="2025-09-01", pe="2025-11-30")
case("fr-o06-forfait-trimestriel-preavis", OW, [mail("Direction Véto Alpes <direction@veto-alpes.fr>", "Résiliation forfait de suivi",
    t("2025-09-30 09:30"), to=OWD_TO,
    body="Bonjour,\n\nNous résilions le forfait de suivi trimestriel « Clinique Vétérinaire Alpes Suivi » (dernière facture "
    "OWD-2025-406). Motif : le groupe vétérinaire qui nous rachète impose son propre prestataire web.\n\nCordialement,\nDr Paul Girod")],
    "decided", [d("cancellation", "cancel", eff="2025-11-30")],
    spec="O4/O8: quarterly retainer, next_billing_at 2025-12-01; request 2025-09-30 well before the 2025-11-24 cut-off -> cancel, effective 2025-11-30.")

proj("Salle Fitness Énergie Réseaux", "contact@fitness-energie.fr", "2025-03-01T10:00:00")
owd_pay("fr_o007", "OWD-2025-407", "Salle Fitness Énergie Réseaux", "retainer", "9000.00", "1620.00", "2025-09-05T10:00:00",
        next_billing_at="2025-10-05", ps="2025-09-05", pe="2025-10-04")
case("fr-o07-preavis-6-jours", OW, [mail("Fitness Énergie <contact@fitness-energie.fr>", "Arrêt gestion réseaux sociaux",
    t("2025-09-29 18:00"), to=OWD_TO,
    body="Bonjour,\n\nmerci d'arrêter la gestion des réseaux sociaux pour Salle Fitness Énergie Réseaux (facture OWD-2025-407). "
    "On n'a pas eu plus d'abonnés en six mois, ça ne sert à rien de continuer.\n\nKevin, gérant")],
    "decided", [d("cancellation", "cancel", eff="2025-11-04")],
    spec="O4: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-29 is 6 days before -> next cycle 2025-10-05..2025-11-04 billed, effective 2025-11-04.",
    ambiguous="The next cycle's length is taken from the current monthly period; the spec says 'last day of that next cycle' without naming the field.")

proj("Hôtel Les Pins Hébergement", "reception@hotel-lespins.fr", "2025-09-01T10:00:00")
owd_pay("fr_o008", "OWD-2025-408", "Hôtel Les Pins Hébergement", "hosting_annual", "14400.00", "2592.00", "2025-09-15T10:00:00",
        setup_fee="1800.00", service_start="2025-09-16")
case("fr-o08-hebergement-jour-14", OW, [mail("Hôtel Les Pins <reception@hotel-lespins.fr>", "Résiliation hébergement annuel",
    t("2025-09-30 20:00"), to=OWD_TO,
    body="Bonjour,\n\nNous souhaitons résilier l'hébergement annuel Hôtel Les Pins Hébergement (OWD-2025-408) et obtenir "
    "le remboursement au prorata : la chaîne hôtelière nous héberge désormais sur sa plateforme commune.\n\nLa réception")],
    "decided", [d("refund", "approve", "11550.00")], extra_ok=True,
    spec="O5: service_start 2025-09-16 (day 0), request 2025-09-30 = day 14, inside; monthly_value = (14400.00 - 1800.00)/12 = 1050.00; refund 14400.00 - 1800.00 - 1050.00 = 11550.00.")

proj("Pharmacie du Port Maintenance", "pharmacie.port@wanadoo.fr", "2025-09-01T10:00:00")
owd_pay("fr_o009", "OWD-2025-409", "Pharmacie du Port Maintenance", "maintenance_annual", "12345.00", "2222.10", "2025-09-18T10:00:00",
        setup_fee="1000.00", service_start="2025-09-20")
case("fr-o09-maintenance-arrondi", OW, [mail("Pharmacie du Port <pharmacie.port@wanadoo.fr>", "Annulation contrat de maintenance",
    t("2025-09-27 09:00"), to=OWD_TO,
    body="Bonjour,\n\nNous annulons le contrat de maintenance annuel « Pharmacie du Port Maintenance » (OWD-2025-409) : "
    "notre groupement impose un site national. Merci de procéder au remboursement au prorata.\n\nM. Le Goff, pharmacien titulaire")],
    "decided", [d("refund", "approve", "10399.58")], extra_ok=True,
    spec="O5/C6: day 7 <= 14; monthly_value = (12345.00 - 1000.00)/12 = 945.41666...; refund 12345.00 - 1000.00 - 945.41666... = 10399.58333... rounded once at the end = 10399.58.")

proj("Brasserie Le Zinc Site", "lezinc@brasserie-lezinc.fr", "2025-08-01T10:00:00")
owd_pay("fr_o010", "OWD-2025-410", "Brasserie Le Zinc Site", "third_party", "6500.00", "1170.00", "2025-09-26T10:00:00")
case("fr-o10-licence-plugin", OW, [mail("Brasserie Le Zinc <lezinc@brasserie-lezinc.fr>", "Remboursement licence réservation",
    t("2025-09-27 15:00"), to=OWD_TO,
    body="Bonjour,\n\nVous nous avez facturé la licence du plugin de réservation premium pour Brasserie Le Zinc Site "
    "(OWD-2025-410). On utilise finalement TheFork, donc merci de nous rembourser cette licence.\n\nFred")],
    "decided", [d("refund", "deny")],
    spec="O6: third_party (premium plugin licence) never refundable -> deny.")

proj("Agence Immo Sud Refonte", "direction@immo-sud.fr", "2025-07-15T10:00:00")
owd_pay("fr_o011", "OWD-2025-411", "Agence Immo Sud Refonte", "milestone", "45000.00", "8100.00", "2025-09-10T10:00:00", ms="not_started")
case("fr-o11-mauvaise-adresse", OW, [mail("Yves Mathieu <yves.mathieu@hotmail.fr>", "Remboursement jalon Agence Immo Sud",
    t("2025-09-26 21:30"), to=OWD_TO,
    body="Bonsoir,\n\nJe suis le directeur d'Agence Immo Sud (contrat signé avec direction@immo-sud.fr). Je demande le "
    "remboursement du jalon OWD-2025-411 pour le projet Agence Immo Sud Refonte, nous gelons tous les investissements.\n\nYves Mathieu")],
    "need_info", [], rules=["C2"],
    spec="C2 (explicit for Optima): not emailed from the contract email -> need_info, nothing about the account.")

proj("Traiteur Saveurs Site", "saveurs@traiteur-saveurs.fr", "2025-05-01T10:00:00")
proj("Traiteur Saveurs Newsletter", "saveurs@traiteur-saveurs.fr", "2025-06-01T10:00:00")
owd_pay("fr_o012", "OWD-2025-412", "Traiteur Saveurs Site", "retainer", "7000.00", "1260.00", "2025-09-12T10:00:00",
        next_billing_at="2025-10-12", ps="2025-09-12", pe="2025-10-11")
owd_pay("fr_o013", "OWD-2025-413", "Traiteur Saveurs Newsletter", "retainer", "4000.00", "720.00", "2025-09-12T10:00:00",
        next_billing_at="2025-10-12", ps="2025-09-12", pe="2025-10-11")
case("fr-o12-projet-et-facture-manquants", OW, [mail("Traiteur Saveurs <saveurs@traiteur-saveurs.fr>", "Résiliation",
    t("2025-09-24 11:00"), to=OWD_TO,
    body="Bonjour,\n\nJe souhaite résilier un de nos contrats mensuels avec vous, nous réduisons les frais avant l'hiver.\n\n"
    "Cordialement,\nMarie-Laure Faivre\nTraiteur Saveurs")],
    "need_info", [], missing=["invoice_number", "project_name"],
    spec="C3: the contract email holds two retainers; the mail names neither project nor invoice -> need_info missing project_name and invoice_number (reason given).")

proj("Garage Roussel Entretien", "garage.roussel@orange.fr", "2025-02-01T10:00:00")
owd_pay("fr_o014", "OWD-2025-414", "Garage Roussel Entretien", "retainer", "5500.00", "990.00", "2025-09-18T10:00:00",
        next_billing_at="2025-10-18", ps="2025-09-18", pe="2025-10-17")
case("fr-o13-fil-motif-resiliation", OW, [
    mail("Garage Roussel <garage.roussel@orange.fr>", "Résiliation Garage Roussel Entretien - OWD-2025-414", t("2025-09-25 08:15"), to=OWD_TO,
         body="Bonjour,\n\nMerci de résilier le contrat Garage Roussel Entretien, facture OWD-2025-414.\n\nCordialement\n"
         "Garage Roussel – 4 av. de la Gare, 21000 Dijon\nTél. 03 80 00 00 00"),
    mail("Garage Roussel <garage.roussel@orange.fr>", "RE: Résiliation Garage Roussel Entretien - OWD-2025-414", t("2025-09-26 12:00"), to=OWD_TO,
         body="Bonjour,\n\nLe motif : je prends ma retraite et le garage ferme fin d'année.\n\nCordialement\nJacques Roussel\n\n"
         "> Merci de nous indiquer le motif de la résiliation.")],
    "decided", [d("cancellation", "cancel", eff="2025-10-17")],
    spec="C3 thread (section 8: Optima requires a reason for cancellations): reason given in the reply; request time = first mail 2025-09-25, cut-off 2025-10-11 -> cancel, effective 2025-10-17.")

proj("Crèche Les Lutins Site", "direction@creche-leslutins.fr", "2025-09-10T10:00:00")
owd_pay("fr_o015", "OWD-2025-415", "Crèche Les Lutins Site", "milestone", "18000.00", "3240.00", "2025-09-15T10:00:00", ms="not_started")
case("fr-o14-tribunal", OW, [mail("Crèche Les Lutins <direction@creche-leslutins.fr>", "Remboursement ou procédure",
    t("2025-09-23 16:30"), to=OWD_TO,
    body="Madame, Monsieur,\n\nJe demande le remboursement du jalon OWD-2025-415 (Crèche Les Lutins Site) : le conseil "
    "d'administration a refusé le budget. À défaut de réponse sous huit jours, je saisirai une association de "
    "consommateurs et ferai valoir mes droits devant le tribunal, avec l'aide de notre avocat.\n\nLa directrice, Nathalie Brun")],
    "decided", [d("refund", "escalate")], rules=["C4"],
    spec="C4: threat of court action and a lawyer ('notre avocat', 'tribunal') -> escalate, even though the milestone would be refundable.")

case("fr-o15-postmaster", OW, [mail("postmaster@mail.dupuis-bois.fr", "Non remis : Votre demande de remboursement",
    t("2025-09-28 03:00"), to=OWD_TO2,
    body="Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\nadresse inconnue : compta@dupuis-bois.fr\n",
    headers={"Auto-Submitted": "auto-generated"})],
    "ignore", [], rules=["C7"],
    spec="C7: postmaster sender, delivery failure -> ignore.")

proj("Camping Les Flots Site", "accueil@camping-lesflots.fr", "2025-03-01T10:00:00")
case("fr-o16-question-horaires", OW, [mail("Camping Les Flots <accueil@camping-lesflots.fr>", "modifier horaires d'ouverture",
    t("2025-09-24 09:30"), to=OWD_TO,
    body="Bonjour,\ncomment je fais pour changer les horaires d'ouverture sur le site Camping Les Flots Site ? "
    "On ferme plus tôt à partir d'octobre.\nMerci !\nSylvain")],
    "other", [],
    spec="How-to question, neither refund nor cancellation -> other.")

proj("Cave Vigneron Vitrine", "cave.vigneron@free.fr", "2025-04-01T10:00:00")
owd_pay("fr_o016", "OWD-2025-416", "Cave Vigneron Vitrine", "hosting_annual", "8400.00", "1512.00", "2025-04-01T10:00:00",
        setup_fee="600.00", service_start="2025-04-01")
owd_pay("fr_o017", "OWD-2025-417", "Cave Vigneron Vitrine", "retainer", "3000.00", "540.00", "2025-09-20T10:00:00",
        next_billing_at="2025-10-20", ps="2025-09-20", pe="2025-10-19")
case("fr-o17-pas-de-remboursement-retainer", OW, [mail("Cave Vigneron <cave.vigneron@free.fr>", "Fin du contrat de mises à jour",
    t("2025-09-27 10:00"), to=OWD_TO,
    body="Bonjour,\n\nJe ne demande aucun remboursement, l'hébergement reste comme il est. Je veux seulement arrêter le "
    "contrat mensuel de mises à jour de Cave Vigneron Vitrine (facture OWD-2025-417) : mon neveu s'en occupera.\n\nAlain")],
    "decided", [d("cancellation", "cancel", eff="2025-10-19")],
    spec="Negation: no refund intent; O4 retainer, next_billing_at 2025-10-20, request 2025-09-27 before cut-off 2025-10-13 -> cancel, effective 2025-10-19.")

proj("Studio Danse Étoile Refonte", "studio@danse-etoile.fr")
owd_pay("fr_o018", "OWD-2025-418", "Studio Danse Étoile Refonte", "deposit", "16000.00", "2880.00", "2025-09-29T20:00:00")
case("fr-o18-acompte-html-billing", OW, [mail("Studio Danse Étoile <studio@danse-etoile.fr>", "Annulation refonte",
    t("2025-09-30 21:00"), to=OWD_TO2,
    body="<html><body><p>Bonsoir,</p><p>Nous avons réglé hier soir l'acompte de <b>16 000,00 INR</b> pour le projet "
    "<i>Studio Danse Étoile Refonte</i> (facture OWD-2025-418). Notre bail n'est pas renouvelé, nous devons déménager "
    "et la refonte n'a plus de sens. Merci de rembourser l'acompte.</p><p>Danse Étoile – Claire</p></body></html>", html=True)],
    "decided", [d("refund", "approve", "16000.00")], extra_ok=True,
    spec="O2: paid 2025-09-29 20:00, request 2025-09-30 21:00 = 25 h, no work started -> approve 16000.00. HTML-only, sent to billing@optimawebdesign.com (C1).")

proj("Menuiserie Colin Site", "menuiserie.colin@sfr.fr")
owd_pay("fr_o019", "OWD-2025-419", "Menuiserie Colin Site", "deposit", "15000.00", "2700.00", "2025-09-28T10:00:00", status="failed")
case("fr-o19-paiement-echoue", OW, [mail("Menuiserie Colin <menuiserie.colin@sfr.fr>", "acompte OWD-2025-419",
    t("2025-09-29 10:00"), to=OWD_TO,
    body="Bonjour,\n\nMa banque indique que l'acompte pour Menuiserie Colin Site (OWD-2025-419) est bien parti. On renonce au "
    "site, trop de boulot en atelier en ce moment. Remboursez-moi svp.\n\nDidier Colin")],
    "decided", [d("refund", "escalate")], extra_ok=True,
    spec="Section 8: the payment's status is 'failed' (not paid) -> refund escalate.")

proj("Horlogerie Favre Site", "atelier@horlogerie-favre.ch", "2025-06-01T10:00:00")
owd_pay("fr_o020", "OWD-2025-420", "Horlogerie Favre Site", "milestone", "38000.00", "6840.00", "2025-09-02T10:00:00", ms="in_progress")
case("fr-o20-suisse-jalon-en-cours", OW, [mail("Horlogerie Favre <atelier@horlogerie-favre.ch>", "Remboursement jalon en cours",
    t("2025-09-25 09:00"), to=OWD_TO,
    body="Bonjour,\n\nLe jalon « catalogue produits » du projet Horlogerie Favre Site (OWD-2025-420) est en cours depuis "
    "trois semaines sans rien de livré. Nous ne voulons plus continuer et demandons le remboursement de ce jalon.\n\n"
    "Avec nos meilleures salutations,\nJean-Marc Favre\nHorlogerie Favre, La Chaux-de-Fonds")],
    "decided", [d("refund", "escalate")],
    spec="O3: milestone in_progress -> escalate.")

proj("Boutique Mila Photos", "mila.boutique@gmail.com", "2025-08-01T10:00:00")
owd_pay("fr_o021", "OWD-2025-421", "Boutique Mila Photos", "third_party", "3200.00", "576.00", "2025-09-24T10:00:00")
case("fr-o21-photos-banque-images", OW, [mail("Mila <mila.boutique@gmail.com>", "photos achetées",
    t("2025-09-26 13:00"), to=OWD_TO,
    body="coucou,\nles photos de banque d'images achetées pour Boutique Mila Photos (OWD-2025-421) ne me plaisent pas, "
    "j'ai fait mes propres photos finalement. je peux etre remboursée ?\nbisous\nMila")],
    "decided", [d("refund", "deny")],
    spec="O6: stock assets (third_party) never refundable -> deny. 'je peux etre remboursée ?' asks about a purchase already made (not the pre-purchase hypothetical of section 8), so it is a refund request.")

proj("Pâtisserie Lenoir Site", "patisserie.lenoir@orange.fr", "2025-09-01T10:00:00")
owd_pay("fr_o022", "OWD-2025-422", "Pâtisserie Lenoir Site", "setup", "4000.00", "720.00", "2025-09-25T10:00:00")
case("fr-o22-frais-activation-sans-accents", OW, [mail("Patisserie Lenoir <patisserie.lenoir@orange.fr>", "frais de mise en service",
    t("2025-09-27 07:30"), to=OWD_TO,
    body="Bonjour,\n\nje voudrais recuperer les frais de mise en service du site Patisserie Lenoir Site (facture owd 2025 422), "
    "le site n'est meme pas encore en ligne et je trouve ca abusif. Merci de me les rembourser.\n\nMme Lenoir")],
    "decided", [d("refund", "deny")],
    spec="O6: setup/activation fee never refundable -> deny. No accents, invoice typed 'owd 2025 422' (section 8 matching).")

lo_cust("remi.gauthier@gauthier-plomberie.fr", "Rémi Gauthier", "monthly", "2025-09-20", "2025-10-19")
lo_pay("fr_p030", "LO-INV-92320", "remi.gauthier@gauthier-plomberie.fr", "monthly", "2499.00", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
case("fr-o23-client-autre-marque", OW, [mail("Rémi Gauthier <remi.gauthier@gauthier-plomberie.fr>", "résiliation abonnement",
    t("2025-09-26 10:00"), to=OWD_TO,
    body="Bonjour,\n\nJe voudrais résilier mon abonnement mensuel, je n'ai plus le temps de traiter les leads.\n\nRémi Gauthier")],
    "need_info", [], rules=["C2"],
    spec="Section 8 'The other brand's customer': the mail reaches the Optima mailbox (C1); the ledger is searched in Optima only, where the sender is unknown -> treated as any unknown sender (C2, C3): need_info. Which fields go in `missing` is left open, so `missing` is not checked.")

proj("Fromagerie Roche Boutique", "fromagerie.roche@gmail.com", "2025-07-01T10:00:00")
owd_pay("fr_o023", "OWD-2025-423", "Fromagerie Roche Boutique", "change_request", "8800.00", "1584.00", "2025-09-19T10:00:00")
case("fr-o24-demande-modif-transfert", OW, [mail("Fromagerie Roche <fromagerie.roche@gmail.com>", "TR: Facture OWD-2025-423",
    t("2025-09-22 12:00"), to=OWD_TO,
    body="Bonjour, voir ci-dessous, merci de faire le nécessaire.\n\n-----Message d'origine-----\n"
    "De : Fromagerie Roche <fromagerie.roche@gmail.com>\nEnvoyé : lundi 22 septembre 2025 09:12\nÀ : compta@fromagerie-roche.fr\n"
    "Objet : Facture OWD-2025-423\n\nLa modification hors devis (ajout du click & collect) sur Fromagerie Roche Boutique "
    "ne nous sert finalement à rien, la livraison locale marche mieux. Il faut demander le remboursement à Optima.")],
    "decided", [d("refund", "deny")],
    spec="O6: change_request outside the original scope never refundable -> deny. The forwarding note ('voir ci-dessous, faire le nécessaire') is no reason; the carried text gives it.")
# ---------------------------------------------------------------- write
def build(cid, i, m, prev_ids):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["when"])
    mid = f"<{cid}.{i}@mail.{LANG}.example>"
    msg["Message-ID"] = mid
    if m["reply_to"]:
        msg["Reply-To"] = m["reply_to"]
    if prev_ids:
        support = f"<reply.{cid}.{i}@support.example>"
        msg["In-Reply-To"] = support
        msg["References"] = " ".join(prev_ids + [support])
    for k, v in m["headers"].items():
        msg[k] = v
    if m["html"]:
        msg.set_content(m["body"], subtype="html")
    else:
        msg.set_content(m["body"])
    return msg, mid


def main():
    (HERE / "emails").mkdir(exist_ok=True)
    out = []
    for c in cases:
        files, ids = [], []
        short = c["cid"][len(LANG) + 1:]
        for i, m in enumerate(c["mails"]):
            msg, mid = build(c["cid"], i, m, ids)
            name = f"emails/{short}.eml" if len(c["mails"]) == 1 else f"emails/{short}-{i + 1}.eml"
            (HERE / name).write_bytes(msg.as_bytes())
            files.append(name)
            ids.append(mid)
        e = {"id": c["cid"], "lang": LANG, "files": files, "brand": c["brand"], "status": c["status"],
             "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        e["spec"] = c["spec"]
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        out.append(e)
    ids = [p["invoice"] for p in payments]
    assert len(ids) == len(set(ids)), "invoice numbers must be unique"
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "cases")


if __name__ == "__main__":
    main()
