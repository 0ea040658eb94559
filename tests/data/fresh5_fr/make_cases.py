"""Fresh held-out round 5, French (fr): writes ledger.json, emails/*.eml, expected.json here.

Written by a QA pass from POLICY_SPEC.md alone; deterministic, stdlib only. MIT licence.
Run: python3 make_cases.py
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "fr"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign Billing <billing@optimawebdesign.com>"
LOB = "leadsoptima"
OWB = "optima_webdesign"

CASES, CUST, PROJ, PAY = [], [], [], []


def dt(s, off="+0200"):
    sign = 1 if off[0] == "+" else -1
    delta = timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(delta))


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    CUST.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                 "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    PAY.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                "status": status})


def proj(name, email, ws=None):
    PROJ.append({"brand": OWB, "name": name, "contract_email": email, "work_started_at": ws})


def opay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    PAY.append(rec)


def mail(frm, to, subject, date, body, html=None, headers=None, html_only=False):
    return dict(frm=frm, to=to, subject=subject, date=date, body=body, html=html,
                headers=headers or {}, html_only=html_only)


def case(cid, title, brand, mails, status, decisions=(), rules=(), missing=None,
         extra_ok=False, spec="", ambiguous=None):
    CASES.append(dict(cid=cid, title=title, brand=brand, mails=mails, status=status,
                      decisions=list(decisions), rules=list(rules), missing=missing,
                      extra_ok=extra_ok, spec=spec, ambiguous=ambiguous))


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve" or amount is not None:
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d


# ---------------------------------------------------------------- LeadsOptima
cust("sophie.martin@atelier-sophie.fr", "Sophie Martin", "monthly", "2025-09-25", "2025-10-24")
lopay("fr5_p01", "LO-INV-80101", "sophie.martin@atelier-sophie.fr", "monthly", "1499.00", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lopay("fr5_p02", "LO-INV-80102", "sophie.martin@atelier-sophie.fr", "monthly", "1499.00", "2025-09-25T09:01:00", "2025-09-25", "2025-10-24")
case("l01-double-prelevement-mobile", "two-line iPhone mail, debited twice, day 1", LOB, [mail(
    "Sophie Martin <sophie.martin@atelier-sophie.fr>", LO_TO, "prélevé 2 fois", dt("2025-09-26 08:05"),
    "Bonjour, vous m'avez prélevé deux fois 1 499 hier (la 2e c'est lo-inv-80102), merci de me rembourser le doublon.\nSophie\n\nEnvoyé de mon iPhone\n",
    headers={"X-Mailer": "iPhone Mail (22G86)"})],
    "decided", [D("refund", "approve", "1499.00")],
    spec="POLICY_SPEC.md section 3 L2 duplicate_payment; charge 2025-09-25 day 0, request 2025-09-26 day 1; L4 two paid monthly charges 1499.00 same period -> approve 1499.00")

cust("julien.tremblay@tremblay-renovation.ca", "Julien Tremblay", "monthly", "2025-09-16", "2025-10-15")
lopay("fr5_p03", "LO-INV-80111", "julien.tremblay@tremblay-renovation.ca", "monthly", "1999.00", "2025-09-16T14:00:00", "2025-09-16", "2025-10-15")
lopay("fr5_p04", "LO-INV-80112", "julien.tremblay@tremblay-renovation.ca", "monthly", "1999.00", "2025-09-16T14:01:00", "2025-09-16", "2025-10-15")
case("l02-quebec-jour8-fuseau", "Québec customer, evening of local day 7 = day 8 in IST", LOB, [mail(
    "Julien Tremblay <julien.tremblay@tremblay-renovation.ca>", LO_TO, "Chargé deux fois", dt("2025-09-23 22:00", "-0400"),
    "Bonsoir,\n\nVous m'avez chargé deux fois le forfait mensuel le 16 septembre (LO-INV-80111 pis LO-INV-80112). "
    "Je voudrais être remboursé pour la deuxième, ça fait juste une semaine.\n\nMerci là\nJulien Tremblay\nRénovations Tremblay inc., Laval QC\n")],
    "decided", [D("refund", "deny")],
    spec="L3: request 2025-09-23 22:00 -04:00 = 2025-09-24 07:30 IST (brand zone, POLICY_SPEC.md section 1); charge 2025-09-16 day 0 -> day 8 > 7 -> deny")

cust("contact@librairie-des-quais.fr", "Librairie des Quais", "annual", "2025-09-20", "2026-09-19")
lopay("fr5_p05", "LO-INV-80121", "contact@librairie-des-quais.fr", "annual", "11988.00", "2025-09-20T11:00:00", "2025-09-20", "2026-09-19")
lopay("fr5_p06", "LO-INV-80122", "contact@librairie-des-quais.fr", "annual", "11988.00", "2025-09-20T11:02:00", "2025-09-20", "2026-09-19")
case("l03-doublon-annuel-jour7", "bookshop, annual plan charged twice, day 7", LOB, [mail(
    "Librairie des Quais <contact@librairie-des-quais.fr>", LO_TO, "Double facturation abonnement annuel – LO-INV-80122", dt("2025-09-27 10:00"),
    "Madame, Monsieur,\n\nNous constatons sur notre relevé que l'abonnement annuel a été débité deux fois le 20/09/2025 (2 x 11 988,00). "
    "La facture LO-INV-80122 fait doublon ; merci de procéder à son remboursement.\n\nBien cordialement,\nHélène Marchand\nLibrairie des Quais – Bordeaux\n")],
    "decided", [D("refund", "approve", "11988.00")],
    spec="L3: charge 2025-09-20 day 0, request 2025-09-27 13:30 IST day 7, inside ('day 7 is inside'); L4 approve 11988.00")

cust("camille.robert.pro@gmail.com", "Camille Robert", "monthly", "2025-09-27", "2025-10-26")
lopay("fr5_p07", "LO-INV-80131", "camille.robert.pro@gmail.com", "monthly", "999.00", "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
case("l04-change-d-avis", "freelancer changed her mind", LOB, [mail(
    "Camille Robert <camille.robert.pro@gmail.com>", LO_TO, "Remboursement", dt("2025-09-28 15:20"),
    "Coucou l'équipe,\n\nfinalement j'ai changé d'avis, je vais rester sur mon fichier Excel pour l'instant 😅 "
    "Est-ce que vous pouvez me rembourser les 999 (LO-INV-80131) ?\n\nMerci !\nCamille – rédactrice freelance\n")],
    "decided", [D("refund", "deny")], spec="L1: 'changed my mind' is no L2 exception -> deny (reply offers cancellation)")

cust("asso.jardins-partages@laposte.net", "Jardins Partagés du 11e", "quarterly", "2025-09-08", "2025-12-07")
lopay("fr5_p08", "LO-INV-80141", "asso.jardins-partages@laposte.net", "quarterly", "2999.00", "2025-09-08T10:00:00", "2025-09-08", "2025-12-07")
case("l05-asso-trop-cher", "association: too expensive, cancel and prorata refund", LOB, [mail(
    "Association Jardins Partagés <asso.jardins-partages@laposte.net>", LO_TO, "Résiliation et remboursement", dt("2025-09-15 19:00"),
    "Bonjour,\n\nLe bureau de l'association a voté : l'abonnement est trop cher pour notre petit budget. "
    "Merci de résilier notre abonnement trimestriel et de nous rembourser au prorata (facture LO-INV-80141).\n\n"
    "Cordialement,\nMartine, trésorière\nAssociation Jardins Partagés du 11e (loi 1901)\n")],
    "decided", [D("refund", "deny"), D("cancellation", "cancel", eff="2025-12-07")],
    spec="L1 'too expensive' -> refund deny (no partial refunds, L8); L8 cancel effective current_period_end 2025-12-07")

cust("n.girard@girard-plomberie.fr", "Nicolas Girard", "monthly", "2025-09-28", "2025-10-27")
lopay("fr5_p09", "LO-INV-80151", "n.girard@girard-plomberie.fr", "quarterly", "3999.00", "2025-09-28T07:00:00", "2025-09-28", "2025-12-27")
case("l06-montant-incorrect", "plumber charged the quarterly price instead of monthly", LOB, [mail(
    "Nicolas Girard <n.girard@girard-plomberie.fr>", LO_TO, "Erreur de montant", dt("2025-09-29 07:45"),
    "Bonjour,\n\nJ'ai un forfait mensuel et vous m'avez facturé 3 999,00 au lieu de 1 499,00 (facture LO-INV-80151). "
    "C'est un montant incorrect, merci de rectifier et de me rembourser la différence.\n\nN. Girard\nGirard Plomberie Chauffage\n")],
    "decided", [D("refund", "escalate")], spec="L2 billing_error (wrong amount), day 1 inside L3 -> L5 escalate")

cust("hello@studio-papillon.fr", "Studio Papillon", "monthly", "2025-09-24", "2025-10-23")
lopay("fr5_p10", "LO-INV-80161", "hello@studio-papillon.fr", "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l07-connexion-impossible", "cannot log in since Wednesday", LOB, [mail(
    "Studio Papillon <hello@studio-papillon.fr>", LO_TO, "Impossible de me connecter", dt("2025-09-26 14:10"),
    "Bonjour,\n\nDepuis mercredi impossible de me connecter : page blanche après le login, sur Chrome comme sur Safari. "
    "J'ai payé le 24 (LO-INV-80161) pour rien. Je demande le remboursement.\n\nLéa, Studio Papillon (photographe)\n")],
    "decided", [D("refund", "escalate")], spec="L2 access_failure, day 2 inside L3 -> L6 escalate")

cust("m.lefebvre@lefebvre-transport.fr", "Marc Lefebvre", "monthly", "2025-09-05", "2025-10-04")
lopay("fr5_p11", "LO-INV-80171", "m.lefebvre@lefebvre-transport.fr", "monthly", "1499.00", "2025-09-05T09:00:00", "2025-09-05", "2025-10-04")
case("l08-acces-hors-delai", "access problem, 10 days after the charge", LOB, [mail(
    "Marc Lefebvre <m.lefebvre@lefebvre-transport.fr>", LO_TO, "Plateforme inaccessible – remboursement", dt("2025-09-15 09:30"),
    "Bonjour,\nla plateforme ne charge plus depuis plusieurs jours, je n'ai plus accès à mes leads. Je souhaite être remboursé de la facture LO-INV-80171.\nCdlt\nM. Lefebvre\n")],
    "decided", [D("refund", "deny")], spec="L3: charge 2025-09-05 day 0, request 2025-09-15 day 10 > 7 -> deny")

cust("e.moreau@moreau-conseil.fr", "Élodie Moreau", "monthly", "2025-09-21", "2025-10-20", status="cancelled")
lopay("fr5_p12", "LO-INV-80181", "e.moreau@moreau-conseil.fr", "monthly", "1499.00", "2025-09-21T05:00:00", "2025-09-21", "2025-10-20")
case("l09-debite-apres-resiliation", "past event: cancelled on 10 Sept, charged on the 21st", LOB, [mail(
    "Élodie Moreau <e.moreau@moreau-conseil.fr>", LO_TO, "Prélèvement après résiliation", dt("2025-09-24 11:00"),
    "Bonjour,\n\nJ'ai résilié le 10 septembre via Billing et j'ai quand même été débitée le 21 (LO-INV-80181, 1 499,00). "
    "Merci de me rembourser ce prélèvement.\n\nÉlodie Moreau\nMoreau Conseil RH\n")],
    "decided", [D("refund", "escalate")], spec="L2 billing_error ('charged after I cancelled'), day 3 inside L3 -> L5 escalate")

cust("direction@hotel-les-tilleuls.fr", "Hôtel Les Tilleuls", "quarterly", "2025-08-05", "2025-11-04")
lopay("fr5_p13", "LO-INV-80191", "direction@hotel-les-tilleuls.fr", "quarterly", "3999.00", "2025-08-05T09:00:00", "2025-08-05", "2025-11-04")
case("l10-resiliation-formelle", "formal letter with French legal footer", LOB, [mail(
    "Direction Hôtel Les Tilleuls <direction@hotel-les-tilleuls.fr>", LO_TO, "Objet : Résiliation de notre abonnement", dt("2025-09-17 10:30"),
    "Madame, Monsieur,\n\nPar la présente, nous vous notifions la résiliation de notre abonnement LeadsOptima (formule trimestrielle). "
    "Nous vous remercions de bien vouloir nous confirmer la date de fin effective.\n\n"
    "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nFrançois Delmas\nDirecteur\n\n"
    "SARL Hôtel Les Tilleuls – au capital de 20 000 € – RCS Annecy 812 345 678 – SIRET 812 345 678 00019\n"
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.\n",
    headers={"X-Mailer": "Microsoft Outlook 16.0"})],
    "decided", [D("cancellation", "cancel", eff="2025-11-04")], spec="L8: effective current_period_end 2025-11-04")

cust("p.dubois@dubois-immo.fr", "Pierre Dubois", "quarterly", None, None)
lopay("fr5_p14", "LO-INV-80201", "p.dubois@dubois-immo.fr", "quarterly", "3999.00", "2025-07-31T10:00:00", None, None)
case("l11-trimestriel-sans-periode", "quarterly, ledger has no current period", LOB, [mail(
    "Pierre Dubois <p.dubois@dubois-immo.fr>", LO_TO, "arrêt abonnement", dt("2025-09-19 17:30"),
    "Bonjour, je souhaite arrêter mon abonnement, l'agence ferme fin d'année. Merci de ne plus me prélever.\nP. Dubois – Dubois Immobilier\n")],
    "decided", [D("cancellation", "cancel", eff="2025-10-30")],
    spec="L8 fallback: last charge 2025-07-31 + 3 months = 2025-10-31, minus one day = 2025-10-30")

cust("a.lambert@lambert-traiteur.fr", "Alain Lambert", "monthly", "2025-09-12", "2025-10-11")
lopay("fr5_p15", "LO-INV-80211", "a.lambert@lambert-traiteur.fr", "monthly", "999.00", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
case("l12-pas-de-remboursement", "negation: no refund asked, just cancel", LOB, [mail(
    "Alain Lambert <a.lambert@lambert-traiteur.fr>", LO_TO, "Résiliation", dt("2025-09-22 06:40"),
    "Bonjour,\n\nJe ne demande pas de remboursement, le mois en cours est payé, tant pis. Merci simplement de résilier à la fin de la période.\n\nAlain\nLambert Traiteur\n")],
    "decided", [D("cancellation", "cancel", eff="2025-10-11")],
    spec="POLICY_SPEC.md section 8 negation: no refund intent; L8 cancel effective 2025-10-11")

cust("chloe.bernard@cb-design.fr", "Chloé Bernard", "monthly", "2025-09-14", "2025-10-13")
lopay("fr5_p16", "LO-INV-80221", "chloe.bernard@cb-design.fr", "monthly", "1499.00", "2025-09-14T09:00:00", "2025-09-14", "2025-10-13")
case("l13-hypothese-annuel", "hypothetical: annual plan and a refund if it does not work", LOB, [mail(
    "Chloé Bernard <chloe.bernard@cb-design.fr>", LO_TO, "Question avant de passer à l'annuel", dt("2025-09-25 12:15"),
    "Bonjour !\n\nJe pense passer à l'abonnement annuel. Si jamais ça ne marche pas pour mon agence, est-ce que je pourrais être remboursée ? "
    "Je préfère demander avant.\n\nBelle journée,\nChloé\n")],
    "other", [], spec="POLICY_SPEC.md section 8: hypothetical refund question before buying -> other")

cust("t.faure@faure-auto.fr", "Thierry Faure", "monthly", "2025-09-03", "2025-10-02")
lopay("fr5_p17", "LO-INV-80231", "t.faure@faure-auto.fr", "monthly", "999.00", "2025-09-03T09:00:00", "2025-09-03", "2025-10-02")
case("l14-ajouter-utilisateur", "how-to: add a user", LOB, [mail(
    "Thierry Faure <t.faure@faure-auto.fr>", LO_TO, "ajout utilisateur", dt("2025-09-30 16:00"),
    "Bonjour, comment on ajoute un 2e utilisateur sur le compte ? Mon vendeur voudrait voir les leads aussi. Merci, Thierry\n")],
    "other", [], spec="Neither refund nor cancellation -> other")

cust("v.rousseau@rousseau-optique.fr", "Vincent Rousseau", "monthly", "2025-09-18", "2025-10-17")
lopay("fr5_p18", "LO-INV-80241", "v.rousseau@rousseau-optique.fr", "monthly", "1499.00", "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
case("l15-adresse-perso", "writes from Hotmail naming the registered address", LOB, [mail(
    "Vincent Rousseau <vincent.rousseau@hotmail.fr>", LO_TO, "résilier compte v.rousseau@rousseau-optique.fr", dt("2025-09-27 22:10"),
    "Bsr, merci de résilier le compte v.rousseau@rousseau-optique.fr, j'ai pas accès à ma boîte pro ce week-end. Vincent\n")],
    "need_info", [], rules=["C2"],
    spec="C2: sender vincent.rousseau@hotmail.fr is not the registered email -> need_info, write from v.rousseau@rousseau-optique.fr")

cust("contact@boulangerie-petit.fr", "Boulangerie Petit", "monthly", "2025-09-24", "2025-10-23")
lopay("fr5_p19", "LO-INV-80251", "contact@boulangerie-petit.fr", "monthly", "999.00", "2025-09-24T06:00:00", "2025-09-24", "2025-10-23")
lopay("fr5_p20", "LO-INV-80252", "contact@boulangerie-petit.fr", "monthly", "999.00", "2025-09-24T06:01:00", "2025-09-24", "2025-10-23")
case("l16-expert-comptable", "chartered accountant writes for a client", LOB, [mail(
    "Cabinet Perrin Expertise <m.perrin@perrin-expertise.fr>", LO_TO, "Client Boulangerie Petit – double prélèvement", dt("2025-09-26 10:00"),
    "Madame, Monsieur,\n\nEn qualité d'expert-comptable de la Boulangerie Petit (compte contact@boulangerie-petit.fr), nous relevons "
    "deux prélèvements identiques de 999,00 le 24/09 (LO-INV-80251 et LO-INV-80252). Merci de rembourser le doublon.\n\n"
    "Cordialement,\nMathieu Perrin\nExpert-comptable – Perrin Expertise, Tours\n")],
    "need_info", [], rules=["C2"],
    spec="C2: the accountant's address is not the registered email contact@boulangerie-petit.fr -> need_info, no account details")

cust("compta@garage-leroy.fr", "Garage Leroy", "monthly", "2025-09-29", "2025-10-28")
lopay("fr5_p21", "LO-INV-80261", "compta@garage-leroy.fr", "monthly", "1499.00", "2025-09-29T08:00:00", "2025-09-29", "2025-10-28")
lopay("fr5_p22", "LO-INV-80262", "compta@garage-leroy.fr", "monthly", "1499.00", "2025-09-29T08:00:40", "2025-09-29", "2025-10-28")
case("l17-tr-depuis-adresse-enregistree", "registered address forwards (TR:) a colleague's note on a double debit", LOB, [mail(
    "Compta Garage Leroy <compta@garage-leroy.fr>", LO_TO, "TR: prélèvement LeadsOptima en double", dt("2025-09-30 09:15"),
    "Bonjour, voir ci-dessous, merci de rembourser le doublon.\n\n-------- Message transféré --------\n"
    "Sujet : prélèvement LeadsOptima en double\nDate : Mon, 29 Sep 2025 17:02:11 +0200\nDe : Marc Leroy <marc@garage-leroy.fr>\n"
    "Pour : compta@garage-leroy.fr\n\nSalut, LeadsOptima nous a débité deux fois 1 499 ce matin, factures LO-INV-80261 et LO-INV-80262. Tu peux voir avec eux ?\nMarc\n",
    headers={"User-Agent": "Mozilla Thunderbird 128.2"})],
    "decided", [D("refund", "approve", "1499.00")],
    spec="Sender is the registered email; the forwarded block names marc@garage-leroy.fr, which is no registered email, so section 8's forward C2 rule does not fire; L4 duplicate day 1 -> approve 1499.00")

cust("f.petit@petit-coiffure.be", "Fabienne Petit", "monthly", "2025-09-26", "2025-10-25")
lopay("fr5_p23", "LO-INV-80271", "f.petit@petit-coiffure.be", "monthly", "1499.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lopay("fr5_p24", "LO-INV-80272", "f.petit@petit-coiffure.be", "monthly", "1499.00", "2025-09-26T09:00:20", "2025-09-26", "2025-10-25")
case("l18-fil-numero-facture", "Belgian thread: double charge, invoice given in the answer", LOB, [
    mail("Fabienne Petit <f.petit@petit-coiffure.be>", LO_TO, "Payé deux fois", dt("2025-09-27 11:00"),
         "Bonjour,\n\nJ'ai payé deux fois l'abonnement du mois hier. Pouvez-vous me rembourser une des deux fois ?\n\nBien à vous,\nFabienne Petit\nSalon Petit Coiffure, Namur\n"),
    mail("Fabienne Petit <f.petit@petit-coiffure.be>", LO_TO, "RE: Payé deux fois", dt("2025-09-29 10:20"),
         "Re-bonjour,\n\nLe numéro est LO-INV 80272 (le deuxième).\n\nBien à vous,\nFabienne\n\n"
         "De : LeadsOptima Support <support@leadsoptima.com>\nEnvoyé : samedi 27 septembre 2025 15:40\nÀ : Fabienne Petit\nObjet : Re: Payé deux fois\n\n"
         "Merci de nous indiquer le numéro de facture.\n",
         headers={"X-Mailer": "Microsoft Outlook 16.0"})],
    "decided", [D("refund", "approve", "1499.00")],
    spec="C3: invoice asked and answered ('LO-INV 80272' = LO-INV-80272, section 8); request time = first mail 2025-09-27, day 1; L4 approve 1499.00")

cust("r.garnier@garnier-vins.fr", "Romain Garnier", "monthly", "2025-09-29", "2025-10-28")
lopay("fr5_p25", "LO-INV-80281", "r.garnier@garnier-vins.fr", "monthly", "1499.00", "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
case("l19-sans-motif", "refund request with no reason, only a signature", LOB, [mail(
    "Romain Garnier <r.garnier@garnier-vins.fr>", LO_TO, "Facture LO-INV-80281", dt("2025-09-30 08:30"),
    "Bonjour,\n\nMerci de bien vouloir rembourser la facture LO-INV-80281.\n\nCordialement,\n\nRomain Garnier\nGérant – Garnier Vins & Spiritueux\n06 12 34 56 78\n")],
    "need_info", [], missing=["reason"],
    spec="POLICY_SPEC.md section 8: restating the request and a signature are no reason; plan from ledger, invoice given -> ask for reason")

cust("b.chevalier@chevalier-btp.fr", "Bruno Chevalier", "annual", "2025-09-26", "2026-09-25")
lopay("fr5_p26", "LO-INV-80291", "b.chevalier@chevalier-btp.fr", "annual", "11988.00", "2025-09-26T09:00:00", "2025-09-26", "2026-09-25")
case("l20-opposition-avocat", "long angry mail: chargeback and lawyer", LOB, [mail(
    "Bruno Chevalier <b.chevalier@chevalier-btp.fr>", LO_TO, "INADMISSIBLE – prélèvement de 11 988", dt("2025-09-29 19:45"),
    "Bonjour,\n\nJe n'ai JAMAIS validé un abonnement annuel. Je voulais tester un mois, point. Et là je découvre 11 988 prélevés (LO-INV-80291). "
    "J'ai appelé, personne. J'ai écrit sur le chat, personne. Franchement c'est du vol.\n\n"
    "Si je ne suis pas remboursé intégralement d'ici vendredi, je fais un chargeback auprès de ma banque et mon avocat prendra le relais.\n\n"
    "B. Chevalier\nChevalier BTP\n")],
    "decided", [D("refund", "escalate")], rules=["C4"], spec="C4: chargeback and lawyer threats -> escalate, no amount")

case("l21-reponse-automatique", "out-of-office auto-reply", LOB, [mail(
    "Fabienne Petit <f.petit@petit-coiffure.be>", LO_TO, "Réponse automatique : Re: Payé deux fois", dt("2025-09-30 15:00"),
    "Bonjour, je suis absente du salon jusqu'au 6 octobre inclus. Pour toute urgence : 081 12 34 56.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", [], rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore")

case("l22-mailer-daemon", "bounce from MAILER-DAEMON", LOB, [mail(
    "Mail Delivery System <MAILER-DAEMON@mx.exemple-hebergeur.fr>", LO_TO, "Undelivered Mail Returned to Sender", dt("2025-09-30 04:12"),
    "Ceci est le système de messagerie de mx.exemple-hebergeur.fr.\n\nVotre message n'a pas pu être remis : <ancien.contact@exemple-hebergeur.fr> : "
    "utilisateur inconnu. (remboursement, résiliation...)\n")],
    "ignore", [], rules=["C7"], spec="C7: MAILER-DAEMON sender -> ignore")

cust("o.mercier@mercier-fleurs.fr", "Odile Mercier", "monthly", "2025-09-25", "2025-10-24")
lopay("fr5_p27", "LO-INV-80301", "o.mercier@mercier-fleurs.fr", "monthly", "1499.00", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lopay("fr5_p28", "LO-INV-80302", "o.mercier@mercier-fleurs.fr", "monthly", "1499.00", "2025-09-25T09:01:00", "2025-09-25", "2025-10-24", status="failed")
case("l23-doublon-echec", "claims a double debit; the second charge failed", LOB, [mail(
    "Odile Mercier <o.mercier@mercier-fleurs.fr>", LO_TO, "débitée 2 fois ??", dt("2025-09-26 13:00"),
    "Bonjour, sur mon appli bancaire je vois deux fois LeadsOptima 1499 (LO-INV-80302). Merci de rembourser le doublon. Odile, Mercier Fleurs\n")],
    "decided", [D("refund", "escalate")],
    spec="L4: the ledger has only one paid charge (LO-INV-80302 is failed) -> no duplicate pair -> escalate (also section 8: a payment not paid is escalate)")

cust("j.roux@roux-digital.ch", "Jérôme Roux", "monthly", "2025-09-19", "2025-10-18")
lopay("fr5_p29", "LO-INV-80311", "j.roux@roux-digital.ch", "monthly", "1499.00", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
case("l24-html-franglais-suisse", "Swiss agency, HTML-only, half English", LOB, [mail(
    "Jérôme Roux <j.roux@roux-digital.ch>", LO_TO, "Cancel / résiliation", dt("2025-09-24 16:30"),
    "", html="<div dir=\"ltr\"><p>Hello team,</p><p>je souhaite annuler my subscription, we moved to HubSpot with our client. "
    "No refund needed, juste pas de prochain débit svp.</p><p>Merci &amp; cheers,<br>Jérôme<br>Roux Digital Sàrl, Lausanne</p></div>",
    html_only=True)],
    "decided", [D("cancellation", "cancel", eff="2025-10-18")],
    spec="L8 cancel effective current_period_end 2025-10-18; 'No refund needed' is a negation (section 8)")

cust("info@brasserie-du-coin.be", "Brasserie du Coin", "annual", "2025-02-01", "2026-01-31")
lopay("fr5_p30", "LO-INV-80321", "info@brasserie-du-coin.be", "annual", "11988.00", "2025-02-01T09:00:00", "2025-02-01", "2026-01-31")
case("l25-belgique-annuel", "Belgian brasserie cancels the annual plan", LOB, [mail(
    "Brasserie du Coin <info@brasserie-du-coin.be>", LO_TO, "Stop abonnement", dt("2025-09-21 23:10"),
    "Bonjour,\n\nOn arrête l'abonnement annuel, septante pour cent de nos clients viennent du bouche-à-oreille de toute façon. "
    "Pas de renouvellement en janvier svp.\n\nBien à vous,\nGeoffrey\nBrasserie du Coin, Liège\n")],
    "decided", [D("cancellation", "cancel", eff="2026-01-31")],
    spec="L8: effective current_period_end 2026-01-31 (request 2025-09-21 23:10 +02:00 = 2025-09-22 02:40 IST; date does not matter for L8)")

cust("k.benali@benali-import.ma", "Karim Benali", "monthly", "2025-09-27", "2025-10-26")
lopay("fr5_p31", "LO-INV-80331", "k.benali@benali-import.ma", "monthly", "1499.00", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
case("l26-maroc-acces-rembourser-resilier", "Moroccan importer: no access, refund and cancel", LOB, [mail(
    "Karim Benali <k.benali@benali-import.ma>", LO_TO, "Problème d'accès + résiliation", dt("2025-09-29 11:00", "+0100"),
    "Bonjour,\n\nJe n'arrive plus à accéder au tableau de bord depuis le paiement de samedi (LO-INV-80331), il tourne dans le vide. "
    "Remboursez-moi cette facture et résiliez l'abonnement svp.\n\nCordialement\nKarim Benali\nBenali Import-Export, Casablanca\n")],
    "decided", [D("refund", "escalate"), D("cancellation", "cancel", eff="2025-10-26")],
    spec="L2 access_failure, charge 2025-09-27 day 0, request day 2 -> L6 escalate; L8 cancel effective current_period_end 2025-10-26 (no C4 words, so the cancellation is decided)")

# ---------------------------------------------------------------- Optima WebDesign
proj("Boutique Savons de Provence", "contact@savons-provence.fr", None)
opay("fr5_q01", "OWD-2025-801", "Boutique Savons de Provence", "deposit", "20000.00", "2025-09-28T16:00:00", tax="3600.00")
case("o01-acompte-29h", "deposit, 29.5 hours, no work", OWB, [mail(
    "Savons de Provence <contact@savons-provence.fr>", OWD_TO, "Refund Request — Boutique Savons de Provence / OWD-2025-801", dt("2025-09-29 18:00"),
    "Bonjour,\n\nSuite à un souci de trésorerie, nous devons reporter la création de la boutique en ligne. "
    "Merci de rembourser l'acompte (facture OWD-2025-801, projet « Boutique Savons de Provence »).\n\nCordialement,\nIsabelle Fournier\n")],
    "decided", [D("refund", "approve", "20000.00")],
    spec="O2: paid 2025-09-28 16:00 IST, request 2025-09-29 18:00 +02:00 = 21:30 IST, 29.5 h < 72 h, no work -> approve 20000.00 (tax not refunded, C6)")

proj("Riad Yasmine Site", "reservation@riad-yasmine.ma", None)
opay("fr5_q02", "OWD-2025-802", "Riad Yasmine Site", "deposit", "12000.00", "2025-09-20T10:00:00", tax="2160.00")
case("o02-acompte-73h-maroc", "Moroccan riad, deposit at 73 hours", OWB, [mail(
    "Riad Yasmine <reservation@riad-yasmine.ma>", OWD_TO, "Annulation projet site", dt("2025-09-23 06:30", "+0100"),
    "Bonjour,\n\nLe propriétaire a décidé de vendre le riad, on annule le site « Riad Yasmine Site ». Merci de rembourser l'acompte OWD-2025-802.\n\nSalutations\nNadia\n")],
    "decided", [D("refund", "deny")],
    spec="O2: paid 2025-09-20 10:00 IST, request 2025-09-23 06:30 +01:00 = 11:00 IST = 73 h >= 72 h -> deny")

proj("Cabinet Kiné Leclerc Site", "kine.leclerc@orange.fr", None)
opay("fr5_q03", "OWD-2025-803", "Cabinet Kiné Leclerc Site", "deposit", "9000.00", "2025-09-26T10:00:00", tax="1620.00")
case("o03-acompte-71h59", "deposit one minute before 72 hours", OWB, [mail(
    "Cabinet Leclerc <kine.leclerc@orange.fr>", OWD_TO, "Acompte à rembourser", dt("2025-09-29 06:29"),
    "Bonjour, finalement mon associé a déjà fait faire un site par sa fille. Je vous demande le remboursement de l'acompte "
    "OWD-2025-803, projet Cabinet Kiné Leclerc Site. Désolé pour le dérangement.\nDr L. Leclerc\n")],
    "decided", [D("refund", "approve", "9000.00")],
    spec="O2: paid 2025-09-26 10:00 IST, request 2025-09-29 06:29 +02:00 = 09:59 IST = 71 h 59 min < 72 h, no work -> approve 9000.00")

proj("Théâtre du Lierre Site", "bureau@theatre-lierre.fr", None)
opay("fr5_q04", "OWD-2025-804", "Théâtre du Lierre Site", "discovery", "7000.00", "2025-09-22T10:00:00", tax="1260.00")
case("o04-asso-theatre-discovery", "theatre company (association), discovery not started", OWB, [mail(
    "Compagnie du Lierre <bureau@theatre-lierre.fr>", OWD_TO, "Demande de remboursement – atelier stratégie", dt("2025-09-25 21:00"),
    "Bonjour,\n\nNotre subvention régionale a été refusée, nous ne pouvons pas financer le nouveau site. L'atelier de stratégie n'a pas encore eu lieu. "
    "Pourriez-vous nous rembourser la facture OWD-2025-804 (projet « Théâtre du Lierre Site ») ?\n\nAvec nos remerciements,\nLe bureau de la Compagnie du Lierre\n")],
    "decided", [D("refund", "approve", "7000.00")], spec="O1: work_started_at empty -> refundable in full 7000.00")

proj("Agence Nova Refonte", "projets@agence-nova.fr", "2025-09-18T10:00:00")
opay("fr5_q05", "OWD-2025-805", "Agence Nova Refonte", "discovery", "15000.00", "2025-09-15T10:00:00", tax="2700.00")
case("o05-discovery-commence", "agency: discovery after sessions started", OWB, [mail(
    "Agence Nova <projets@agence-nova.fr>", OWD_TO, "Discovery OWD-2025-805", dt("2025-09-22 11:00"),
    "Hello,\n\nAprès le premier atelier, on préfère internaliser la refonte. Merci de rembourser la discovery pour « Agence Nova Refonte » (OWD-2025-805).\n\nThomas, Agence Nova\n")],
    "decided", [D("refund", "deny")], spec="O1: sessions started 2025-09-18, before the request -> deny")

proj("Domaine Fabre E-shop", "vente@domaine-fabre.fr", "2025-07-01T09:00:00")
opay("fr5_q06", "OWD-2025-806", "Domaine Fabre E-shop", "milestone", "35000.00", "2025-09-10T09:00:00", tax="6300.00", milestone_status="not_started")
case("o06-jalon-non-commence", "winery cancels a milestone not started", OWB, [mail(
    "Domaine Fabre <vente@domaine-fabre.fr>", OWD_TO, "Jalon 3 – module abonnement vin", dt("2025-09-24 09:00"),
    "Bonjour,\n\nNous renonçons au module d'abonnement (jalon 3) du projet « Domaine Fabre E-shop » : la réglementation sur la vente d'alcool "
    "en ligne nous complique trop la tâche. Merci de rembourser la facture OWD-2025-806.\n\nCordialement,\nAnne Fabre\nDomaine Fabre – Pic Saint-Loup\n")],
    "decided", [D("refund", "approve", "35000.00")], spec="O3: milestone not_started -> refund 35000.00 before tax")

proj("Crèche Les Petits Loups Site", "contact@petits-loups.org", "2025-08-01T09:00:00")
opay("fr5_q07", "OWD-2025-807", "Crèche Les Petits Loups Site", "milestone", "18000.00", "2025-09-05T09:00:00", tax="3240.00", milestone_status="in_progress")
case("o07-jalon-en-cours", "nursery, milestone in progress", OWB, [mail(
    "Crèche Les Petits Loups <contact@petits-loups.org>", OWD_TO, "Remboursement jalon espace parents", dt("2025-09-23 13:30"),
    "Bonjour,\n\nLa mairie nous impose finalement son portail famille, l'espace parents du projet Crèche Les Petits Loups Site ne sert plus. "
    "Merci de nous rembourser OWD-2025-807 pour la partie non réalisée.\n\nLa directrice, Mme Caron\n")],
    "decided", [D("refund", "escalate")], spec="O3: milestone in_progress -> escalate (interp.)")

proj("Garage Martinez Site", "garage.martinez@wanadoo.fr", "2025-06-01T09:00:00")
opay("fr5_q08", "OWD-2025-808", "Garage Martinez Site", "milestone", "20000.00", "2025-08-25T09:00:00", tax="3600.00", milestone_status="completed")
case("o08-jalon-termine-colere", "long angry mail about a completed milestone", OWB, [mail(
    "Garage Martinez <garage.martinez@wanadoo.fr>", OWD_TO, "site nul remboursez moi", dt("2025-09-20 21:15"),
    "bonjour\n\nle site (Garage Martinez Site) est en ligne depuis un mois et j'ai eu ZERO appel. les photos sont pas les bonnes, le numero de tel "
    "etait faux pendant une semaine, et j'ai du relancer 4 fois pour avoir le formulaire de devis. je veux mes 20 000 de la facture OWD-2025-808, "
    "le travail est pas a la hauteur.\n\nJose Martinez\nGarage Martinez - Perpignan\n")],
    "decided", [D("refund", "deny")], spec="O3/O6: milestone completed -> deny ('completed deliverables'); no C4 words")

proj("Community management Bistrot Lulu", "lulu@bistrot-lulu.fr", "2025-05-10T09:00:00")
opay("fr5_q09", "OWD-2025-809", "Community management Bistrot Lulu", "retainer", "8000.00", "2025-09-10T09:00:00", tax="1440.00",
     next_billing_at="2025-10-10T00:00:00", period_start="2025-09-10", period_end="2025-10-09")
case("o09-forfait-preavis-ok", "retainer cancelled 18 days ahead", OWB, [mail(
    "Lucienne – Bistrot Lulu <lulu@bistrot-lulu.fr>", OWD_TO, "Fin du community management", dt("2025-09-22 15:00"),
    "Bonjour,\n\nJe mets fin au « Community management Bistrot Lulu » (dernière facture OWD-2025-809) : ma nièce reprend Instagram. Merci pour tout !\n\nLucienne\n")],
    "decided", [D("cancellation", "cancel", eff="2025-10-09")],
    spec="O4/O8: next_billing_at 2025-10-10, deadline 2025-10-03, request 2025-09-22 -> effective 2025-10-09")

proj("SEO Cabinet Dentaire Morel", "secretariat@dentaire-morel.fr", "2025-04-05T09:00:00")
opay("fr5_q10", "OWD-2025-810", "SEO Cabinet Dentaire Morel", "retainer", "15000.00", "2025-09-05T09:00:00", tax="2700.00",
     next_billing_at="2025-10-05T00:00:00", period_start="2025-09-05", period_end="2025-10-04")
case("o10-forfait-preavis-court", "retainer with six days' notice", OWB, [mail(
    "Secrétariat Dr Morel <secretariat@dentaire-morel.fr>", OWD_TO, "Résiliation contrat SEO", dt("2025-09-29 09:00"),
    "Madame, Monsieur,\n\nLe Dr Morel part à la retraite ; nous résilions le contrat « SEO Cabinet Dentaire Morel » (facture OWD-2025-810).\n\n"
    "Bien cordialement,\nLe secrétariat\n")],
    "decided", [D("cancellation", "cancel", eff="2025-11-04")],
    spec="O4: next_billing_at 2025-10-05, deadline 2025-09-28; request 2025-09-29 is late -> next cycle 2025-10-05..2025-11-04 billed, effective 2025-11-04")

proj("Hébergement Gîte des Cévennes", "gite.cevennes@free.fr", "2025-09-16T09:00:00")
opay("fr5_q11", "OWD-2025-811", "Hébergement Gîte des Cévennes", "hosting_annual", "15000.00", "2025-09-15T09:00:00", tax="2700.00",
     setup_fee="1500.00", service_start="2025-09-16")
case("o11-hebergement-jour14", "annual hosting on day 14", OWB, [mail(
    "Gîte des Cévennes <gite.cevennes@free.fr>", OWD_TO, "Résiliation hébergement + remboursement", dt("2025-09-30 10:00"),
    "Bonjour,\n\nNous passons par la plateforme de l'office de tourisme, l'hébergement « Hébergement Gîte des Cévennes » ne nous sert plus. "
    "Merci de résilier et de rembourser au prorata la facture OWD-2025-811.\n\nMarie et Paul\n")],
    "decided", [D("refund", "approve", "12375.00"), D("cancellation", "cancel")],
    spec="O5: service_start 2025-09-16 day 0, request 2025-09-30 13:30 IST day 14 <= 14; monthly_value = (15000.00-1500.00)/12 = 1125.00; refund = 15000.00 - 1500.00 - 1125.00 = 12375.00; 'Merci de résilier et de rembourser': section 1, both parts decided -> cancellation cancel (no effective date asserted)")

proj("Maintenance Club de Judo Lyon", "tresorier@judo-lyon.fr", "2025-09-22T09:00:00")
opay("fr5_q12", "OWD-2025-812", "Maintenance Club de Judo Lyon", "maintenance_annual", "9999.99", "2025-09-21T09:00:00", tax="1800.00",
     setup_fee="0.00", service_start="2025-09-22")
case("o12-maintenance-arrondi", "sports club, maintenance without setup fee, rounding", OWB, [mail(
    "Trésorier Judo Club Lyon <tresorier@judo-lyon.fr>", OWD_TO, "Contrat maintenance – rétractation", dt("2025-09-27 18:00"),
    "Bonjour,\n\nLe comité directeur du club a décidé de confier la maintenance à un bénévole. Nous souhaitons donc arrêter le contrat "
    "« Maintenance Club de Judo Lyon » et être remboursés au prorata (facture OWD-2025-812, 9 999,99 HT).\n\nSportivement,\nGérard, trésorier\n")],
    "decided", [D("refund", "approve", "9166.66"), D("cancellation", "cancel")],
    spec="O5: day 5; monthly_value = 9999.99/12 = 833.3325; refund = 9999.99 - 0.00 - 833.3325 = 9166.6575, rounded once half-up (C6) = 9166.66; 'arrêter le contrat ... et être remboursés': section 1, both parts decided -> cancellation cancel (no effective date asserted)")

proj("Hébergement Atelier Céramique Lune", "atelier@ceramique-lune.fr", None)
opay("fr5_q13", "OWD-2025-813", "Hébergement Atelier Céramique Lune", "hosting_annual", "6000.00", "2025-09-26T09:00:00", tax="1080.00",
     setup_fee="600.00", service_start="2025-10-10")
case("o13-hebergement-pas-commence", "hosting that has not started yet", OWB, [mail(
    "Atelier Lune <atelier@ceramique-lune.fr>", OWD_TO, "Annulation hébergement", dt("2025-09-28 10:30"),
    "Bonjour,\n\nJ'ai finalement trouvé une solution Etsy, je n'ai plus besoin de l'hébergement « Hébergement Atelier Céramique Lune » "
    "qui devait démarrer le 10 octobre. Merci de rembourser OWD-2025-813.\n\nClaire\n")],
    "decided", [D("refund", "approve", "4950.00"), D("cancellation", "cancel")],
    spec="O5 + POLICY_SPEC.md section 8 (before the service starts, consumed_months = 1); monthly_value = (6000.00-600.00)/12 = 450.00; refund = 6000.00 - 600.00 - 450.00 = 4950.00; subject 'Annulation hébergement': section 1, both parts decided -> cancellation cancel (no effective date asserted)")

proj("Portfolio Photo Durand", "contact@durand-photo.fr", "2025-09-01T09:00:00")
opay("fr5_q14", "OWD-2025-814", "Portfolio Photo Durand", "third_party", "2800.00", "2025-09-25T09:00:00", tax="504.00")
case("o14-theme-premium", "premium theme licence", OWB, [mail(
    "Durand Photo <contact@durand-photo.fr>", OWD_TO, "thème premium", dt("2025-09-26 12:00"),
    "Bonjour, le thème premium facturé sur OWD-2025-814 (Portfolio Photo Durand) ne me plaît pas du tout, je voudrais être remboursé. Merci, A. Durand\n")],
    "decided", [D("refund", "deny")], spec="O6: third_party (premium theme licence) -> deny")

proj("Boutique Thé Jasmin", "bonjour@the-jasmin.fr", "2025-09-12T09:00:00")
opay("fr5_q15", "OWD-2025-815", "Boutique Thé Jasmin", "setup", "3000.00", "2025-09-12T09:00:00", tax="540.00")
case("o15-frais-mise-en-service", "setup fee", OWB, [mail(
    "Thé Jasmin <bonjour@the-jasmin.fr>", OWD_TO, "Frais de mise en service OWD-2025-815", dt("2025-09-18 10:00"),
    "Bonjour,\n\nPourquoi payer 3 000 de frais de mise en service pour « Boutique Thé Jasmin » ? Pour moi c'était inclus dans le devis. Merci de les rembourser.\n\nMei Lin\n")],
    "decided", [D("refund", "deny")], spec="O6: kind setup -> deny")

proj("Salon Coiffure Élégance", "gerante@salon-elegance.fr", None)
opay("fr5_q16", "OWD-2025-816", "Salon Coiffure Élégance", "deposit", "10000.00", "2025-09-29T09:00:00", tax="1800.00")
case("o16-autre-adresse", "request from a Yahoo address, not the contract email", OWB, [mail(
    "Salon Elegance <salon.elegance@yahoo.fr>", OWD_TO, "remboursement acompte", dt("2025-09-30 09:30"),
    "Bonjour c'est la gérante du salon Élégance, on annule le site, merci de rembourser l'acompte OWD-2025-816. Sandra\n")],
    "need_info", [], rules=["C2"],
    spec="C2 (Optima explicit): sender salon.elegance@yahoo.fr is not the contract email gerante@salon-elegance.fr -> need_info")

proj("Cabinet Architecte Blanc Site", "contact@archi-blanc.fr", "2025-09-10T09:00:00")
opay("fr5_q17", "OWD-2025-817", "Cabinet Architecte Blanc Site", "deposit", "16000.00", "2025-09-08T09:00:00", tax="2880.00")
case("o17-mise-en-demeure", "formal notice, lawyer and court", OWB, [mail(
    "Cabinet Blanc <contact@archi-blanc.fr>", OWD_TO, "Mise en demeure – OWD-2025-817", dt("2025-09-25 17:00"),
    "Madame, Monsieur,\n\nMalgré nos relances, la maquette du projet « Cabinet Architecte Blanc Site » ne correspond en rien au cahier des charges. "
    "Nous vous mettons en demeure de rembourser l'acompte OWD-2025-817 sous huit jours, faute de quoi notre avocat saisira le tribunal compétent.\n\n"
    "Catherine Blanc, architecte DPLG\n")],
    "decided", [D("refund", "escalate")], rules=["C4"], spec="C4: lawyer and court threat -> escalate, no amount")

proj("Maintenance Les Randonneurs Alpins", "secretaire@randonneurs-alpins.fr", "2025-03-01T09:00:00")
opay("fr5_q18", "OWD-2025-818", "Maintenance Les Randonneurs Alpins", "retainer", "4000.00", "2025-09-15T09:00:00", tax="720.00",
     next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15", period_end="2025-10-14")
case("o18-resiliation-sans-motif", "association cancels a retainer without a reason", OWB, [mail(
    "Les Randonneurs Alpins <secretaire@randonneurs-alpins.fr>", OWD_TO, "Résiliation", dt("2025-09-22 20:30"),
    "Bonjour,\n\nJe vous informe de la résiliation du contrat « Maintenance Les Randonneurs Alpins » (OWD-2025-818).\n\n"
    "Cordialement,\nJacqueline Favre, secrétaire\nAssociation Les Randonneurs Alpins – Grenoble\n")],
    "need_info", [], missing=["reason"],
    spec="POLICY_SPEC.md section 8: Optima requires a reason for cancellations too; none given -> need_info [reason]")

proj("Fromagerie Vidal Site", "fromagerie@vidal-fromages.fr", "2025-08-01T09:00:00")
opay("fr5_q19", "OWD-2025-819", "Fromagerie Vidal Site", "milestone", "12000.00", "2025-09-19T09:00:00", tax="2160.00", milestone_status="not_started")
case("o19-fil-projet-donne", "thread: project and invoice given in the answer", OWB, [
    mail("Fromagerie Vidal <fromagerie@vidal-fromages.fr>", OWD_TO, "remboursement", dt("2025-09-25 08:00"),
         "Bonjour,\n\nOn laisse tomber la partie click & collect, trop compliqué avec les fromages frais. Pouvez-vous rembourser ce qu'on a payé pour ça ?\n\nJean Vidal\n"),
    mail("Fromagerie Vidal <fromagerie@vidal-fromages.fr>", OWD_TO, "Re: remboursement", dt("2025-09-26 08:30"),
         "Bonjour,\nc'est le projet Fromagerie Vidal Site, facture owd/2025/819.\nJean\n\n"
         "Le jeu. 25 sept. 2025 à 14:10, Optima WebDesign <billing@optimawebdesign.com> a écrit :\n> Merci d'indiquer le projet et la facture.\n",
         headers={"X-Mailer": "Gmail"})],
    "decided", [D("refund", "approve", "12000.00")],
    spec="C3: answer gives project and 'owd/2025/819' = OWD-2025-819 (section 8); O3 not_started -> approve 12000.00")

proj("SARL Bonnet Vitrine", "gerant@sarl-bonnet.fr", "2025-09-01T09:00:00")
opay("fr5_q20", "OWD-2025-820", "SARL Bonnet Vitrine", "milestone", "14000.00", "2025-09-20T09:00:00", tax="2520.00", milestone_status="not_started")
case("o20-comptable-pour-client", "accountant writes for a client", OWB, [mail(
    "Cabinet Aubert & Associés <compta@aubert-associes.fr>", OWD_TO, "SARL Bonnet – facture OWD-2025-820", dt("2025-09-24 11:45"),
    "Madame, Monsieur,\n\nNotre client, la SARL Bonnet, ne poursuit pas le projet « SARL Bonnet Vitrine » (cessation d'activité prévue). "
    "Nous vous prions de rembourser la facture OWD-2025-820, jalon non commencé.\n\nCordialement,\nFrançoise Aubert, expert-comptable\n")],
    "need_info", [], rules=["C2"], spec="C2: the accountant's address is not the contract email gerant@sarl-bonnet.fr -> need_info")

proj("Hosting Yoga Shanti", "namaste@yoga-shanti.fr", "2025-09-01T09:00:00")
opay("fr5_q21", "OWD-2025-821", "Hosting Yoga Shanti", "hosting_annual", "9000.00", "2025-08-31T09:00:00", tax="1620.00",
     setup_fee="900.00", service_start="2025-09-01")
case("o21-hosting-franglais-trop-tard", "half-English mail, hosting after 17 days", OWB, [mail(
    "Yoga Shanti <namaste@yoga-shanti.fr>", OWD_TO, "Hosting refund please", dt("2025-09-18 07:00"),
    "Hi Optima,\n\nwe are moving the studio site to Wix, donc on n'a plus besoin du « Hosting Yoga Shanti ». Could you cancel and refund "
    "OWD-2025-821 au prorata ? Merci beaucoup !\n\nNamaste,\nAurélie\n")],
    "decided", [D("refund", "deny"), D("cancellation", "cancel")],
    spec="O5: service_start 2025-09-01 day 0, request 2025-09-18 day 17 > 14 -> refund deny; the mail asks 'Could you cancel and refund', section 1: both parts decided -> cancellation cancel (no effective date asserted)")

proj("Newsletter Cave Houblon", "cave@houblon-biere.fr", "2025-05-15T09:00:00")
opay("fr5_q22", "OWD-2025-822", "Newsletter Cave Houblon", "retainer", "6000.00", "2025-09-15T09:00:00", tax="1080.00",
     next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15", period_end="2025-10-14")
case("o22-forfait-resilier-rembourser-mois", "retainer: cancel and refund the current month", OWB, [mail(
    "Cave Houblon <cave@houblon-biere.fr>", OWD_TO, "Stop newsletter + remboursement septembre", dt("2025-09-24 18:30"),
    "Salut,\n\nOn arrête la « Newsletter Cave Houblon », le taux d'ouverture est trop faible pour nous. Et vu qu'aucune newsletter n'est partie "
    "en septembre, remboursez-nous le mois en cours (OWD-2025-822) svp.\n\nSeb, Cave Houblon\n")],
    "decided", [D("refund", "deny"), D("cancellation", "cancel", eff="2025-10-14")],
    spec="O4: 'the current period is never refunded' -> refund deny; next_billing_at 2025-10-15, deadline 2025-10-08, request 2025-09-24 -> cancel effective 2025-10-14")

case("o23-notre-propre-adresse", "mail from the brand's own address", OWB, [mail(
    "Optima WebDesign Support <support@optimawebdesign.com>", OWD_TO, "Transfert : demande de remboursement client", dt("2025-09-30 10:00"),
    "Pour info, une cliente demande un remboursement, voir le ticket dans l'outil.\n")],
    "ignore", [], rules=["C7"], spec="C7: the brand's own address (support@optimawebdesign.com) -> ignore")



def build():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    out = []
    for c in CASES:
        files = []
        first_id = None
        for n, m in enumerate(c["mails"], 1):
            msg = EmailMessage()
            msg["From"] = m["frm"]
            msg["To"] = m["to"]
            msg["Subject"] = m["subject"]
            msg["Date"] = format_datetime(m["date"])
            dom = m["frm"].split("@")[-1].rstrip(">")
            mid = f"<fresh5-{LANG}-{c['cid']}-{n}@{dom}>"
            msg["Message-ID"] = mid
            if n == 1:
                first_id = mid
            else:
                reply = f"<reply-{LANG}-{c['cid']}-{n - 1}@bot.example>"
                msg["In-Reply-To"] = reply
                msg["References"] = f"{first_id} {reply}"
            for k, v in m["headers"].items():
                msg[k] = v
            if m["html_only"]:
                msg.set_content(m["html"], subtype="html", charset="utf-8")
            else:
                msg.set_content(m["body"], charset="utf-8")
                if m["html"]:
                    msg.add_alternative(m["html"], subtype="html")
            name = f"emails/{c['cid']}.eml" if len(c["mails"]) == 1 else f"emails/{c['cid']}-{n}.eml"
            data = msg.as_bytes(policy=SMTP)
            data = data.replace(b"===============", b"==fresh5" + LANG.encode() + b"==")
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(data)
            files.append(name)
        e = {"id": f"{LANG}-{c['cid']}", "lang": LANG, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        e["spec"] = c["spec"]
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        out.append(e)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": out}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": CUST, "projects": PROJ, "payments": PAY}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return out


if __name__ == "__main__":
    cases = build()
    print(len(cases), "cases")
