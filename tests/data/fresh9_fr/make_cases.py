#!/usr/bin/env python3
"""Fresh held-out round 9, French (fr). Writes ledger.json, emails/*.eml, expected.json here.
Written by QA (session qa9b) from POLICY_SPEC.md alone. MIT licence. Deterministic, stdlib only."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "fr"
LO_TO = "support@leadsoptima.com"
OWD_TO = "billing@optimawebdesign.com"
LO, OWD = "leadsoptima", "optima_webdesign"

ledger = {"customers": [], "projects": [], "payments": []}
cases = []
emails = {}


def dt(s, tz="+02:00"):
    """'2025-09-26 14:05' with offset -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    hh, mm = int(tz[1:3]), int(tz[4:6])
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=timezone(sign * timedelta(hours=hh, minutes=mm)))


def cust(email, name, plan, start, end, status="active", trial_ends=None):
    ledger["customers"].append({"brand": LO, "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    ledger["payments"].append({"brand": LO, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": OWD, "name": name, "contract_email": email,
                               "work_started_at": started})


def opay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": OWD, "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    ledger["payments"].append(rec)


def mail(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = f"<{name}.{LANG}@fresh9.example>"
    if reply_to:
        m["In-Reply-To"] = f"<{reply_to}.{LANG}@fresh9.example>"
        m["References"] = f"<{reply_to}.{LANG}@fresh9.example>"
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    emails[name] = m
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand,
         "status": status, "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve" and amount is not None:
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d


# ---------------------------------------------------------------- LeadsOptima
# l01 three identical charges
cust("claire.dumont@dumont-immobilier.fr", "Claire Dumont", "monthly", "2025-09-22", "2025-10-21")
for i, t in enumerate(["08:00", "08:01", "08:03"]):
    lopay(f"fr9_p00{i+1}", f"LO-INV-8110{i+1}", "claire.dumont@dumont-immobilier.fr", "monthly", "999.00",
          f"2025-09-22T{t}:00", "2025-09-22", "2025-10-21")
f = mail("l01-trois-fois", "Claire Dumont <claire.dumont@dumont-immobilier.fr>", LO_TO,
         "Prélevée 3 fois !", dt("2025-09-25 10:20"),
         "Bonjour,\n\nJe constate sur mon relevé que l'abonnement mensuel m'a été prélevé trois fois le 22/09 "
         "(999,00 ₹ x 3). Factures LO-INV-81101, LO-INV-81102 et LO-INV-81103. Merci de me rembourser les deux "
         "prélèvements en trop.\n\nCordialement,\nClaire Dumont\nDumont Immobilier – Lyon 6e\n")
case("l01-trois-prelevements", [f], LO, "decided", [D("refund", "approve", "1998.00")],
     spec="Section 8 'Three or more identical charges': 3 x 999.00 on 2025-09-22 same period; request 2025-09-25 (day 3) -> every charge after the first is a duplicate, both inside L3 -> approve 999.00 + 999.00 = 1998.00")

# l02 claims duplicate, ledger has one charge
cust("yann.leguen@breizh-nautisme.fr", "Yann Le Guen", "quarterly", "2025-09-24", "2025-12-23")
lopay("fr9_p004", "LO-INV-81121", "yann.leguen@breizh-nautisme.fr", "quarterly", "2697.00",
      "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")
f = mail("l02-un-seul-debit", "Yann Le Guen <yann.leguen@breizh-nautisme.fr>", LO_TO,
         "double paiement trimestre", dt("2025-09-26 17:45"),
         "Bonjour\n\nje pense avoir payé deux fois l'abonnement trimestriel, ma banque affiche deux lignes. "
         "Facture LO-INV-81121. Pouvez vous rembourser le doublon ?\n\nYann\n")
case("l02-doublon-absent-du-registre", [f], LO, "decided", [D("refund", "escalate")],
     spec="L4: duplicate_payment inside the window (day 2) but the ledger holds only one paid charge -> escalate")

# l03 ledger time in UTC, day 7 in IST
cust("sophie.martin@atelier-martin.be", "Sophie Martin", "monthly", "2025-09-21", "2025-10-20")
lopay("fr9_p005", "LO-INV-81131", "sophie.martin@atelier-martin.be", "monthly", "1499.00",
      "2025-09-20T20:00:00Z", "2025-09-21", "2025-10-20")
lopay("fr9_p006", "LO-INV-81132", "sophie.martin@atelier-martin.be", "monthly", "1499.00",
      "2025-09-20T20:02:00Z", "2025-09-21", "2025-10-20")
f = mail("l03-fuseau-horaire", "Sophie Martin <sophie.martin@atelier-martin.be>", LO_TO,
         "Double débit LO-INV-81132", dt("2025-09-28 10:00"),
         "Bonjour,\n\nvotre système m'a débité deux fois le plan mensuel (1.499,00 INR chaque fois). La seconde "
         "facture est la LO-INV-81132, c'est elle qu'il faut rembourser.\n\nBien à vous,\nSophie Martin\n"
         "Atelier Martin – Namur\n")
case("l03-doublon-jour7-utc", [f], LO, "decided", [D("refund", "approve", "1499.00")],
     spec="Section 8 'Ledger times with an offset': 2025-09-20T20:00Z = 2025-09-21 01:30 IST (day 0); request 2025-09-28 10:00 +02:00 = 13:30 IST = day 7, inside L3 -> approve 1499.00")

# l04 too expensive
cust("p.garnier@garnier-btp.fr", "Pierre Garnier", "annual", "2025-09-26", "2026-09-25")
lopay("fr9_p007", "LO-INV-81141", "p.garnier@garnier-btp.fr", "annual", "11988.00",
      "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
f = mail("l04-trop-cher", "Pierre Garnier <p.garnier@garnier-btp.fr>", LO_TO,
         "Remboursement abonnement annuel", dt("2025-09-29 08:15"),
         "Madame, Monsieur,\n\nMon comptable trouve l'abonnement annuel (facture LO-INV-81141, 11 988,00 ₹) beaucoup "
         "trop cher pour notre petite entreprise. Je souhaite donc être remboursé.\n\nVeuillez agréer mes salutations "
         "distinguées.\nPierre Garnier\nGérant – Garnier BTP\n")
case("l04-trop-cher", [f], LO, "decided", [D("refund", "deny")],
     spec="L1: 'trop cher' is no L2 exception -> deny, cancellation offered")

# l05 unused + cancel
cust("ines.benali@benali-traiteur.fr", "Inès Benali", "monthly", "2025-09-15", "2025-10-14")
lopay("fr9_p008", "LO-INV-81151", "ines.benali@benali-traiteur.fr", "monthly", "999.00",
      "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f = mail("l05-pas-utilise-resilier", "Inès Benali <ines.benali@benali-traiteur.fr>", LO_TO,
         "résiliation + remboursement", dt("2025-09-20 14:00"),
         "Bonjour,\n\nJe n'ai quasiment pas utilisé LeadsOptima ce mois-ci, je voudrais résilier mon abonnement "
         "mensuel et récupérer le prorata des jours non utilisés (facture LO-INV-81151).\n\nMerci,\nInès\n")
case("l05-jours-non-utilises", [f], LO, "decided",
     [D("refund", "deny"), D("cancellation", "cancel", eff="2025-10-14")],
     spec="L1/L8: no partial refunds for unused days -> refund deny; cancellation until current_period_end 2025-10-14")

# l06 wrong amount
cust("thomas.roux@roux-assurances.fr", "Thomas Roux", "quarterly", "2025-09-23", "2025-12-22")
lopay("fr9_p009", "LO-INV-81161", "thomas.roux@roux-assurances.fr", "quarterly", "3597.00",
      "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
f = mail("l06-mauvais-montant", "Thomas Roux <thomas.roux@roux-assurances.fr>", LO_TO,
         "Erreur de facturation LO-INV-81161", dt("2025-09-26 11:00"),
         "Bonjour,\n\nle montant prélevé pour mon plan trimestriel n'est pas le bon : on m'a facturé 3 597 ₹ au lieu "
         "des 2 697 ₹ annoncés sur votre site. Il s'agit visiblement d'une erreur de facturation, merci de me "
         "rembourser.\n\nCdlt\nThomas Roux\n")
case("l06-erreur-montant", [f], LO, "decided", [D("refund", "escalate")],
     spec="L2 billing_error (wrong amount), charge 2025-09-23, request day 3 -> L5 escalate")

# l07 billing error day 10
cust("m.lefebvre@lefebvre-avocats-conseil.fr", "Marc Lefebvre", "monthly", "2025-09-16", "2025-10-15")
lopay("fr9_p010", "LO-INV-81171", "m.lefebvre@lefebvre-avocats-conseil.fr", "annual", "11988.00",
      "2025-09-16T10:00:00", "2025-09-16", "2026-09-15")
f = mail("l07-erreur-hors-delai", "Marc Lefebvre <m.lefebvre@lefebvre-avocats-conseil.fr>", LO_TO,
         "facturé le mauvais plan", dt("2025-09-26 09:00"),
         "Bonjour,\n\nJ'ai été facturé pour le plan annuel (LO-INV-81171) alors que j'avais choisi le mensuel. "
         "Merci de corriger et de me rembourser.\n\nMarc Lefebvre\n")
case("l07-erreur-jour10", [f], LO, "decided", [D("refund", "deny")],
     spec="L2 billing_error but L3: charge 2025-09-16, request 2025-09-26 = day 10 > 7 -> deny")

# l08 access failure day 9
cust("elodie.perrin@perrin-coaching.ch", "Élodie Perrin", "monthly", "2025-09-20", "2025-10-19")
lopay("fr9_p011", "LO-INV-81181", "elodie.perrin@perrin-coaching.ch", "monthly", "999.00",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("l08-acces-hors-delai", "Élodie Perrin <elodie.perrin@perrin-coaching.ch>", LO_TO,
         "impossible de me connecter", dt("2025-09-29 16:00"),
         "Bonjour,\n\nDepuis plus d'une semaine impossible de me connecter à la plateforme (page blanche). "
         "Je demande le remboursement de la facture LO-INV-81181, plan mensuel.\n\nMeilleures salutations\n"
         "Élodie Perrin\n")
case("l08-acces-jour9", [f], LO, "decided", [D("refund", "deny")],
     spec="L3: charge 2025-09-20, request 2025-09-29 19:30 IST = day 9 > 7 -> deny even for access_failure")

# l09 cancel fallback monthly
cust("karim.haddad@haddad-transport.fr", "Karim Haddad", "monthly", None, None)
lopay("fr9_p012", "LO-INV-81191", "karim.haddad@haddad-transport.fr", "monthly", "999.00",
      "2025-09-15T10:00:00", "2025-09-15", None)
f = mail("l09-resiliation-mensuel", "Karim Haddad <karim.haddad@haddad-transport.fr>", LO_TO,
         "Résilier", dt("2025-09-27 09:00"),
         "Salut,\n\nmerci de résilier mon abonnement mensuel, on a fermé l'agence de Marseille.\n\nKarim\n")
case("l09-resiliation-fallback", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-10-14")],
     spec="L8: no current_period_end; last charge 2025-09-15 + 1 month - 1 day = 2025-10-14")

# l10 quarterly cancel, Québec
cust("genevieve.tremblay@tremblay-reno.ca", "Geneviève Tremblay", "quarterly", "2025-08-10", "2025-11-09")
lopay("fr9_p013", "LO-INV-81201", "genevieve.tremblay@tremblay-reno.ca", "quarterly", "2697.00",
      "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
f = mail("l10-annuler-quebec", "Geneviève Tremblay <genevieve.tremblay@tremblay-reno.ca>", LO_TO,
         "Annulation abonnement", dt("2025-09-28 20:00", tz="-04:00"),
         "Allô,\n\nJ'aimerais annuler mon abonnement trimestriel svp, on a engagé un représentant à temps plein "
         "qui fait la prospection lui-même.\n\nMerci beaucoup!\nGeneviève\nRénovations Tremblay – Québec\n")
case("l10-annulation-trimestre", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-11-09")],
     spec="L8: cancel until current_period_end 2025-11-09")

# l11 negation
cust("luc.fontaine@fontaine-opticiens.fr", "Luc Fontaine", "annual", "2025-04-01", "2026-03-31")
f = mail("l11-pas-de-remboursement", "Luc Fontaine <luc.fontaine@fontaine-opticiens.fr>", LO_TO,
         "Fin d'abonnement", dt("2025-09-30 12:00"),
         "Bonjour,\n\nJe ne demande pas de remboursement, je sais que l'année est due. Je veux seulement que "
         "l'abonnement annuel ne soit pas reconduit en avril. Nous partons à la retraite.\n\nLuc Fontaine\n")
case("l11-negation", [f], LO, "decided", [D("cancellation", "cancel", eff="2026-03-31")],
     spec="Section 8 negation: 'Je ne demande pas de remboursement' adds no refund intent; L8 cancel until 2026-03-31")

# l12 hypothetical
cust("nathalie.girard@girard-formation.fr", "Nathalie Girard", "monthly", "2025-09-10", "2025-10-09")
f = mail("l12-hypothese", "Nathalie Girard <nathalie.girard@girard-formation.fr>", LO_TO,
         "Question avant de passer à l'annuel", dt("2025-09-29 10:30"),
         "Bonjour,\n\nSi je passe au plan annuel et que finalement l'outil ne convient pas à mon équipe, est-ce que "
         "je pourrais être remboursée ? Je préfère savoir avant de payer.\n\nNathalie\n")
case("l12-hypothetique", [f], LO, "other", spec="Section 8: hypothetical before buying -> other")

# l13 how-to
cust("julien.moreau@moreau-solaire.fr", "Julien Moreau", "quarterly", "2025-07-20", "2025-10-19")
f = mail("l13-ajouter-utilisateur", "Julien Moreau <julien.moreau@moreau-solaire.fr>", LO_TO,
         "Ajouter un collègue", dt("2025-09-30 15:30"),
         "Bonjour,\n\nComment ajouter un deuxième utilisateur sur mon compte ? Et est-ce que les leads sont "
         "partagés entre nous ?\n\nMerci\nJulien\n")
case("l13-comment-faire", [f], LO, "other", spec="How-to question, no refund or cancellation -> other")

# l14 C2 states registered email from another address
cust("contact@boulangerie-lemaire.fr", "Boulangerie Lemaire", "monthly", "2025-09-25", "2025-10-24")
lopay("fr9_p014", "LO-INV-81241", "contact@boulangerie-lemaire.fr", "monthly", "999.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("fr9_p015", "LO-INV-81242", "contact@boulangerie-lemaire.fr", "monthly", "999.00",
      "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
f = mail("l14-autre-adresse", "Hugo Lemaire <hugo.lemaire33@orange.fr>", LO_TO,
         "Prélèvement en double", dt("2025-09-27 07:00"),
         "Bonjour,\n\nle compte est enregistré sous contact@boulangerie-lemaire.fr mais je vous écris de ma boîte "
         "perso. Vous nous avez prélevé deux fois l'abonnement mensuel, facture LO-INV-81242. Merci de rembourser.\n\n"
         "Hugo Lemaire\n")
case("l14-adresse-perso-c2", [f], LO, "need_info", rules=["C2"],
     spec="C2: the stated registered email is not the sender -> need_info asking to write from it, no account details")

# l15 C4 bank dispute + lawyer, refund + cancel
cust("a.petit@petit-menuiserie.fr", "Alain Petit", "monthly", "2025-09-24", "2025-10-23")
lopay("fr9_p016", "LO-INV-81251", "a.petit@petit-menuiserie.fr", "monthly", "999.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = mail("l15-litige-banque", "Alain Petit <a.petit@petit-menuiserie.fr>", LO_TO,
         "DERNIER AVERTISSEMENT", dt("2025-09-26 18:00"),
         "Bonjour,\n\nImpossible de me connecter depuis le paiement du 24/09 (LO-INV-81251). Résiliez mon abonnement "
         "mensuel et remboursez-moi, sinon j'ouvre un litige auprès de ma banque (chargeback) et mon avocat "
         "s'en occupera.\n\nA. Petit\n")
case("l15-chargeback-avocat", [f], LO, "decided",
     [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
     spec="C4 covers the whole case (section 8): chargeback + lawyer -> refund and cancellation both escalate")

# l16 own address
f = mail("l16-propre-adresse", "LeadsOptima <noreply@leadsoptima.com>", LO_TO,
         "Votre facture LO-INV-81261 est disponible", dt("2025-09-29 04:00"),
         "Bonjour,\n\nvotre facture mensuelle est disponible dans Facturation. Pour résilier : Billing > Cancel Plan.\n")
case("l16-adresse-de-la-marque", [f], LO, "ignore", rules=["C7"],
     spec="C7: mail from the brand's own address (noreply@leadsoptima.com) -> ignore")

# l17 thread: reason missing then answered
cust("chloe.bernard@bernard-fleurs.fr", "Chloé Bernard", "monthly", "2025-09-27", "2025-10-26")
lopay("fr9_p017", "LO-INV-81271", "chloe.bernard@bernard-fleurs.fr", "monthly", "999.00",
      "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("fr9_p018", "LO-INV-81272", "chloe.bernard@bernard-fleurs.fr", "monthly", "999.00",
      "2025-09-27T10:00:40", "2025-09-27", "2025-10-26")
f1 = mail("l17a-sans-motif", "Chloé Bernard <chloe.bernard@bernard-fleurs.fr>", LO_TO,
          "Remboursement LO-INV-81272", dt("2025-09-28 09:00"),
          "Bonjour,\n\nMerci de bien vouloir me rembourser la facture LO-INV-81272.\n\nBonne journée,\nChloé Bernard\n"
          "Bernard Fleurs – « Des fleurs pour chaque instant »\n")
f2 = mail("l17b-motif", "Chloé Bernard <chloe.bernard@bernard-fleurs.fr>", LO_TO,
          "Re: Remboursement LO-INV-81272", dt("2025-09-28 15:00"),
          "Bonjour,\n\nC'est un doublon : j'ai été débitée deux fois le 27 pour le même mois.\n\nChloé\n\n"
          "Le dim. 28 sept. 2025 à 12:40, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
          "> Pourriez-vous nous indiquer le motif de votre demande ?\n",
          reply_to="l17a-sans-motif")
case("l17-fil-motif-ajoute", [f1, f2], LO, "decided", [D("refund", "approve", "999.00")],
     spec="C3: first mail has no reason (restating the request, signature); the answer gives 'débitée deux fois' (duplicate_payment); L4 pair 999.00 on 2025-09-27, request time = first mail 2025-09-28 (day 1) -> approve 999.00")

# l18 missing invoice + reason
cust("olivier.faure@faure-plomberie.fr", "Olivier Faure", "monthly", "2025-09-20", "2025-10-19")
lopay("fr9_p024", "LO-INV-81280", "olivier.faure@faure-plomberie.fr", "monthly", "999.00",
      "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
lopay("fr9_p019", "LO-INV-81281", "olivier.faure@faure-plomberie.fr", "monthly", "999.00",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("l18-rien", "Olivier Faure <olivier.faure@faure-plomberie.fr>", LO_TO, "remboursement",
         dt("2025-09-24 22:00"),
         "bjr\n\nje voudrais etre rembourse svp\n\nOlivier Faure\nFaure Plomberie Chauffage\n06 12 34 56 78\n"
         "Envoyé de mon Galaxy\n")
case("l18-facture-et-motif-manquants", [f], LO, "need_info", missing=["invoice_number", "reason"],
     spec="Section 3: refund needs invoice_number and reason; plan filled from the ledger (verified sender); the account has two charges (2025-08-20, 2025-09-20), so the invoice cannot be filled from the ledger -> need_info [invoice_number, reason]")

# l19 HTML-only annual cancel
cust("sarah.cohen@cohen-architecture.fr", "Sarah Cohen", "annual", "2025-01-15", "2026-01-14")
f = mail("l19-html-resiliation", "Sarah Cohen <sarah.cohen@cohen-architecture.fr>", LO_TO,
         "Résiliation de l'abonnement annuel", dt("2025-09-30 09:10"),
         html="<html><body><div dir='ltr'>Bonjour,<br><br>Je vous prie de bien vouloir <b>résilier</b> notre "
              "abonnement annuel LeadsOptima. Le cabinet a décidé de ne plus faire de prospection à froid.<br><br>"
              "Cordialement,<br><div class='gmail_signature'><b>Sarah Cohen</b><br>Architecte DPLG<br>"
              "<i>Ce message et ses pièces jointes sont confidentiels.</i></div></div></body></html>")
case("l19-html-resiliation", [f], LO, "decided", [D("cancellation", "cancel", eff="2026-01-14")],
     spec="HTML-only; L8 cancel until current_period_end 2026-01-14")

# l20 Québec anglicisms duplicate
cust("maxime.gagnon@gagnon-toitures.ca", "Maxime Gagnon", "monthly", "2025-09-29", "2025-10-28")
lopay("fr9_p020", "LO-INV-81301", "maxime.gagnon@gagnon-toitures.ca", "monthly", "999.00",
      "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
lopay("fr9_p021", "LO-INV-81302", "maxime.gagnon@gagnon-toitures.ca", "monthly", "999.00",
      "2025-09-29T10:00:20", "2025-09-29", "2025-10-28")
f = mail("l20-quebec-charge-deux-fois", "Maxime Gagnon <maxime.gagnon@gagnon-toitures.ca>", LO_TO,
         "chargé 2 fois", dt("2025-09-29 21:00", tz="-04:00"),
         "Salut,\n\nVous m'avez chargé deux fois sur ma carte de crédit pour le mois, c'est un double charge. "
         "Le 2e c'est LO INV 81302, pouvez-vous me le rembourser? Thanks\n\nMax\n")
case("l20-quebec-doublon", [f], LO, "decided", [D("refund", "approve", "999.00")],
     spec="L4: pair 999.00 on 2025-09-29; request 2025-09-29 21:00 -04:00 = 2025-09-30 06:30 IST (day 1); 'LO INV 81302' = LO-INV-81302 -> approve 999.00")

# l21 Outlook TR: from the registered address
cust("direction@hotel-lesdunes.fr", "Hôtel Les Dunes", "quarterly", "2025-09-01", "2025-11-30")
f = mail("l21-tr-outlook", "Direction Hôtel Les Dunes <direction@hotel-lesdunes.fr>", LO_TO,
         "TR: abonnement LeadsOptima", dt("2025-09-30 11:00"),
         "Bonjour, voir ci-dessous, merci de faire le nécessaire.\n\nDe : Marion Leroy <commercial@hotel-lesdunes.fr>\n"
         "Envoyé : mardi 30 septembre 2025 10:12\nÀ : Direction Hôtel Les Dunes <direction@hotel-lesdunes.fr>\n"
         "Objet : abonnement LeadsOptima\n\nBonjour,\nOn n'utilise plus LeadsOptima depuis qu'on passe par Booking, "
         "il faudrait résilier l'abonnement trimestriel du compte direction@hotel-lesdunes.fr.\nMarion\n")
case("l21-transfert-adresse-enregistree", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-11-30")],
     spec="Section 8 Forwards: the carried request names the registered email, which is the sender -> verified; L8 cancel until 2025-11-30")

# l22 duplicate with tax
cust("camille.robin@robin-evenements.fr", "Camille Robin", "quarterly", "2025-09-23", "2025-12-22")
lopay("fr9_p022", "LO-INV-81321", "camille.robin@robin-evenements.fr", "quarterly", "2999.00",
      "2025-09-23T10:00:00", "2025-09-23", "2025-12-22", tax="539.82")
lopay("fr9_p023", "LO-INV-81322", "camille.robin@robin-evenements.fr", "quarterly", "2999.00",
      "2025-09-23T10:05:00", "2025-09-23", "2025-12-22", tax="539.82")
f = mail("l22-doublon-ttc", "Camille Robin <camille.robin@robin-evenements.fr>", LO_TO,
         "Facturé deux fois (TTC 3 538,82)", dt("2025-09-24 12:00"),
         "Bonjour,\n\nVous m'avez facturé deux fois le trimestre : 2 x 3 538,82 ₹ TTC. La facture en trop est "
         "LO-INV-81322. Merci de me rembourser la totalité TTC.\n\nCamille Robin\n")
case("l22-doublon-taxes", [f], LO, "decided", [D("refund", "approve", "2999.00")],
     spec="L4 + C6: the refund is the duplicate's amount before tax 2999.00 (tax 539.82 never refunded), even though the customer asks for TTC")

# ---------------------------------------------------------------- Optima WebDesign
# o01 hosting before service start
proj("Domaine des Vignes Hébergement", "contact@domaine-des-vignes.fr")
opay("fr9_o001", "OWD-2025-401", "Domaine des Vignes Hébergement", "hosting_annual", "24000.00", "4320.00",
     "2025-09-25T10:00:00", setup_fee="2400.00", service_start="2025-10-15")
f = mail("o01-hebergement-avant-debut", "Domaine des Vignes <contact@domaine-des-vignes.fr>", OWD_TO,
         "Demande de remboursement — Domaine des Vignes Hébergement / OWD-2025-401", dt("2025-09-29 10:00"),
         "Bonjour,\n\nNous avons souscrit l'hébergement annuel (Domaine des Vignes Hébergement, facture OWD-2025-401) "
         "mais notre interprofession nous offre finalement un hébergement gratuit. Nous souhaitons annuler et être "
         "remboursés au prorata.\n\nBien cordialement,\nÉmilie Carrère\n")
case("o01-hebergement-avant-service", [f], OWD, "decided", [D("refund", "approve", "19800.00")], extra_ok=True,
     spec="O5 + section 8: request before service_start 2025-10-15 -> consumed_months 1; (24000.00 - 2400.00)/12 = 1800.00; 24000.00 - 2400.00 - 1800.00 = 19800.00")

# o02 maintenance day 14, rounding
proj("Cabinet Vétérinaire Azur Maintenance", "accueil@veto-azur.fr", started="2025-09-16T10:00:00")
opay("fr9_o002", "OWD-2025-402", "Cabinet Vétérinaire Azur Maintenance", "maintenance_annual", "10000.00",
     "1800.00", "2025-09-16T10:00:00", setup_fee="1500.00", service_start="2025-09-16")
f = mail("o02-maintenance-jour14", "Cabinet Vétérinaire Azur <accueil@veto-azur.fr>", OWD_TO,
         "Annulation contrat maintenance OWD-2025-402", dt("2025-09-30 09:00"),
         "Bonjour,\n\nLe cabinet est racheté par un groupe qui a son propre prestataire. Nous annulons donc le contrat "
         "de maintenance annuel « Cabinet Vétérinaire Azur Maintenance » (OWD-2025-402) et demandons le remboursement "
         "au prorata.\n\nCordialement,\nDr Fabre\n")
case("o02-maintenance-jour14-arrondi", [f], OWD, "decided", [D("refund", "approve", "7791.67")], extra_ok=True,
     spec="O5: service_start 2025-09-16, request 2025-09-30 12:30 IST = day 14 (inside); monthly_value = 8500.00/12 = 708.333...; 10000.00 - 1500.00 - 708.333... = 7791.666... -> rounded once half-up 7791.67 (C6)")

# o03 hosting day 15
proj("Librairie Le Marque-Page Hébergement", "libraire@lemarquepage.fr", started="2025-09-15T10:00:00")
opay("fr9_o003", "OWD-2025-403", "Librairie Le Marque-Page Hébergement", "hosting_annual", "12000.00", "2160.00",
     "2025-09-15T10:00:00", setup_fee="1200.00", service_start="2025-09-15")
f = mail("o03-hebergement-jour15", "Le Marque-Page <libraire@lemarquepage.fr>", OWD_TO,
         "remboursement hébergement", dt("2025-09-30 10:00"),
         "Bonjour,\n\nJe souhaite annuler l'hébergement annuel Librairie Le Marque-Page Hébergement (OWD-2025-403) "
         "et être remboursée : je ferme la librairie en décembre.\n\nSylvie\n")
case("o03-hebergement-jour15", [f], OWD, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-15, request 2025-09-30 = day 15 > 14 -> deny")

# o04 deposit 71h59
proj("Crêperie Ty Breizh Site", "tybreizh.creperie@orange.fr")
opay("fr9_o004", "OWD-2025-404", "Crêperie Ty Breizh Site", "deposit", "16000.00", "2880.00",
     "2025-09-27T15:00:00")
f = mail("o04-acompte-71h59", "Crêperie Ty Breizh <tybreizh.creperie@orange.fr>", OWD_TO,
         "Annulation acompte Crêperie Ty Breizh Site", dt("2025-09-30 11:29"),
         "Bonjour,\n\nNous annulons le projet Crêperie Ty Breizh Site : le bail du local n'a pas été renouvelé. "
         "Merci de rembourser l'acompte (facture OWD-2025-404).\n\nKenavo,\nGwenaëlle\n")
case("o04-acompte-juste-avant-72h", [f], OWD, "decided", [D("refund", "approve", "16000.00")], extra_ok=True,
     spec="O2: paid 2025-09-27 15:00 IST; request 2025-09-30 11:29 +02:00 = 14:59 IST = 71 h 59 min < 72 h, no work -> approve 16000.00")

# o05 deposit 73h
proj("Garage Mercier Vitrine", "garage.mercier@wanadoo.fr")
opay("fr9_o005", "OWD-2025-405", "Garage Mercier Vitrine", "deposit", "14000.00", "2520.00",
     "2025-09-26T10:00:00")
f = mail("o05-acompte-73h", "Garage Mercier <garage.mercier@wanadoo.fr>", OWD_TO,
         "acompte garage mercier", dt("2025-09-29 07:30"),
         "bonjour\n\nfinalement mon fils va faire le site lui meme, je veux annuler le projet Garage Mercier Vitrine "
         "et recuperer l acompte OWD-2025-405\n\nmerci\nM. Mercier\n")
case("o05-acompte-73h", [f], OWD, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O2: paid 2025-09-26 10:00 IST; request 2025-09-29 07:30 +02:00 = 11:00 IST = 73 h -> deny")

# o06 deposit with Z offset in ledger
proj("Association Les Amis du Rail Site", "bureau@amis-du-rail.org")
opay("fr9_o006", "OWD-2025-406", "Association Les Amis du Rail Site", "deposit", "9000.00", "1620.00",
     "2025-09-28T06:30:00Z")
f = mail("o06-acompte-utc", "Association Les Amis du Rail <bureau@amis-du-rail.org>", OWD_TO,
         "Remboursement acompte OWD-2025-406", dt("2025-09-30 12:00"),
         "Bonjour,\n\nL'assemblée générale a refusé le budget pour le projet Association Les Amis du Rail Site. "
         "Nous vous demandons donc le remboursement de l'acompte versé dimanche.\n\nPour le bureau,\nJean-Paul Roche, trésorier\n")
case("o06-acompte-utc", [f], OWD, "decided", [D("refund", "approve", "9000.00")],
     spec="Ledger time with offset: 2025-09-28T06:30Z = 12:00 IST; request 2025-09-30 12:00 +02:00 = 15:30 IST = 51.5 h < 72 h, no work -> approve 9000.00")

# o07 discovery with future start
proj("Fromagerie Vauclair Stratégie", "fromagerie.vauclair@gmail.com", started="2025-10-06T10:00:00")
opay("fr9_o007", "OWD-2025-407", "Fromagerie Vauclair Stratégie", "discovery", "11000.00", "1980.00",
     "2025-09-20T10:00:00")
f = mail("o07-decouverte-pas-commencee", "Fromagerie Vauclair <fromagerie.vauclair@gmail.com>", OWD_TO,
         "Atelier découverte du 6 octobre", dt("2025-09-28 18:00"),
         "Bonjour,\n\nNous devons annuler l'atelier de découverte prévu le 6 octobre (Fromagerie Vauclair Stratégie, "
         "facture OWD-2025-407) : mon associé se retire de l'affaire. Pouvez-vous nous rembourser ?\n\nAnne Vauclair\n")
case("o07-decouverte-future", [f], OWD, "decided", [D("refund", "approve", "11000.00")], extra_ok=True,
     spec="O1: work_started_at 2025-10-06 is later than the request time -> approve full 11000.00")

# o08 milestone completed
proj("Brasserie du Port Refonte", "gerant@brasserie-du-port.fr", started="2025-07-01T10:00:00")
opay("fr9_o008", "OWD-2025-408", "Brasserie du Port Refonte", "milestone", "28000.00", "5040.00",
     "2025-08-20T10:00:00", milestone_status="completed")
f = mail("o08-jalon-termine", "Brasserie du Port <gerant@brasserie-du-port.fr>", OWD_TO,
         "Remboursement jalon maquettes", dt("2025-09-27 11:00"),
         "Bonjour,\n\nLes maquettes (Brasserie du Port Refonte, OWD-2025-408) sont livrées mais on a changé de nom "
         "et de logo entre-temps, elles ne servent plus à rien. Je demande le remboursement.\n\nFred\n")
case("o08-jalon-livre", [f], OWD, "decided", [D("refund", "deny")],
     spec="O3/O6: milestone completed -> deny")

# o09 milestone not started, Belgian
proj("Friterie Chez Léon Appli", "chezleon@skynet.be", started="2025-08-01T10:00:00")
opay("fr9_o009", "OWD-2025-409", "Friterie Chez Léon Appli", "milestone", "32000.00", "5760.00",
     "2025-09-15T10:00:00", milestone_status="not_started")
f = mail("o09-jalon-pas-commence", "Friterie Chez Léon <chezleon@skynet.be>", OWD_TO,
         "Jalon commande en ligne", dt("2025-09-29 14:00"),
         "Bonjour,\n\nPour Friterie Chez Léon Appli, on a payé le jalon « commande en ligne » (OWD-2025-409) mais "
         "on passe finalement par Deliveroo. Vous n'avez pas encore commencé cette partie, donc on voudrait le "
         "remboursement s'il vous plaît. Nonante-neuf pour cent sûr que ça ne changera plus.\n\nLéon\n")
case("o09-jalon-non-commence", [f], OWD, "decided", [D("refund", "approve", "32000.00")],
     spec="O3: milestone not_started -> approve 32000.00 (before tax)")

# o10 retainer exactly 7 days' notice
proj("Cave Saint-Vincent Réseaux", "cave.stvincent@free.fr", started="2025-01-08T10:00:00")
opay("fr9_o010", "OWD-2025-410", "Cave Saint-Vincent Réseaux", "retainer", "5500.00", "990.00",
     "2025-09-08T10:00:00", period_start="2025-09-08", period_end="2025-10-07",
     next_billing_at="2025-10-08T00:00:00")
f = mail("o10-forfait-preavis-7j", "Cave Saint-Vincent <cave.stvincent@free.fr>", OWD_TO,
         "Résiliation forfait réseaux sociaux", dt("2025-10-01 05:00"),
         "Bonjour,\n\nJe résilie le forfait mensuel Cave Saint-Vincent Réseaux (dernière facture OWD-2025-410). "
         "Ma nièce va gérer Instagram pour moi.\n\nCordialement\nBernard\n")
case("o10-forfait-preavis-exact", [f], OWD, "decided", [D("cancellation", "cancel", eff="2025-10-07")],
     spec="O4: next_billing_at 2025-10-08; cut-off 2025-10-01; request 2025-10-01 05:00 +02:00 = 08:30 IST on 2025-10-01 (on the cut-off) -> cancel, effective 2025-10-07")

# o11 retainer 6 days
proj("Salon Coiffure Élégance SEO", "salon.elegance@laposte.net", started="2025-02-06T10:00:00")
opay("fr9_o011", "OWD-2025-411", "Salon Coiffure Élégance SEO", "retainer", "4000.00", "720.00",
     "2025-09-06T10:00:00", period_start="2025-09-06", period_end="2025-10-05",
     next_billing_at="2025-10-06T00:00:00")
f = mail("o11-forfait-6-jours", "Salon Élégance <salon.elegance@laposte.net>", OWD_TO,
         "Arrêt référencement", dt("2025-09-30 09:00"),
         "Bonjour,\n\nMerci d'arrêter le référencement Salon Coiffure Élégance SEO (facture OWD-2025-411) : je vends "
         "le salon fin octobre.\n\nValérie\n")
case("o11-forfait-preavis-court", [f], OWD, "decided", [D("cancellation", "cancel", eff="2025-11-05")],
     spec="O4: next_billing_at 2025-10-06, cut-off 2025-09-29; request 2025-09-30 -> next cycle 2025-10-06..2025-11-05 billed -> effective 2025-11-05")

# o12 setup fee
proj("Pharmacie du Centre Boutique", "pharmacie.centre@pharmaweb.fr", started="2025-09-01T10:00:00")
opay("fr9_o012", "OWD-2025-412", "Pharmacie du Centre Boutique", "setup", "3500.00", "630.00",
     "2025-09-25T10:00:00")
f = mail("o12-frais-mise-en-service", "Pharmacie du Centre <pharmacie.centre@pharmaweb.fr>", OWD_TO,
         "Frais d'activation", dt("2025-09-26 10:00"),
         "Bonjour,\n\nPourquoi payer des frais d'activation (OWD-2025-412) pour Pharmacie du Centre Boutique ? "
         "On ne s'en sert pas encore. Remboursez-les svp.\n\nM. Duval\n")
case("o12-frais-activation", [f], OWD, "decided", [D("refund", "deny")], spec="O6: kind setup -> deny")

# o13 SSL
proj("Auto-école Rapide Site", "autoecole.rapide@sfr.fr", started="2025-04-01T10:00:00")
opay("fr9_o013", "OWD-2025-413", "Auto-école Rapide Site", "third_party", "1800.00", "324.00",
     "2025-09-28T10:00:00")
f = mail("o13-certificat-ssl", "Auto-école Rapide <autoecole.rapide@sfr.fr>", OWD_TO,
         "certificat SSL", dt("2025-09-29 12:00"),
         "Bonjour,\n\nVous avez renouvelé le certificat SSL payant pour Auto-école Rapide Site (OWD-2025-413) alors "
         "que Let's Encrypt est gratuit. Je demande le remboursement.\n\nPatrick\n")
case("o13-ssl-tiers", [f], OWD, "decided", [D("refund", "deny")], spec="O6: third_party (SSL) -> deny")

# o14 C2 Gmail forward naming contract email
proj("Clinique Dentaire Soleil Site", "administration@clinique-soleil.fr")
opay("fr9_o014", "OWD-2025-414", "Clinique Dentaire Soleil Site", "deposit", "26000.00", "4680.00",
     "2025-09-29T10:00:00")
f = mail("o14-transfert-gmail-c2", "Lucas Morel <lucas.morel.dev@gmail.com>", OWD_TO,
         "Fwd: Annulation Clinique Dentaire Soleil Site", dt("2025-09-30 10:00"),
         "Je transfère la demande de la clinique.\n\n---------- Message transféré ---------\n"
         "De : Administration Clinique Soleil <administration@clinique-soleil.fr>\nDate : mar. 30 sept. 2025 à 09:20\n"
         "Objet : Annulation Clinique Dentaire Soleil Site\nÀ : Lucas Morel <lucas.morel.dev@gmail.com>\n\n"
         "Bonjour Lucas,\nle conseil a décidé d'abandonner le projet Clinique Dentaire Soleil Site. Peux-tu demander "
         "à Optima le remboursement de l'acompte OWD-2025-414 ?\nL'administration\n")
case("o14-transfert-c2", [f], OWD, "need_info", rules=["C2"],
     spec="Section 8 Forwards: the carried request comes from the contract email administration@clinique-soleil.fr, the sender is another address -> C2 need_info")

# o15 missing invoice, project with two payments
proj("Menuiserie Bois d'Antan Catalogue", "atelier@boisdantan.fr")
opay("fr9_o015", "OWD-2025-415", "Menuiserie Bois d'Antan Catalogue", "deposit", "12000.00", "2160.00",
     "2025-09-29T10:00:00")
opay("fr9_o016", "OWD-2025-416", "Menuiserie Bois d'Antan Catalogue", "third_party", "3000.00", "540.00",
     "2025-09-29T10:10:00")
f = mail("o15-sans-facture", "Menuiserie Bois d'Antan <atelier@boisdantan.fr>", OWD_TO,
         "Annulation projet catalogue", dt("2025-09-30 08:00"),
         "Bonjour,\n\nSuite à un souci de santé je dois mettre l'atelier en pause, j'annule donc le projet "
         "Menuiserie Bois d'Antan Catalogue et je souhaite être remboursé.\n\nRené Masson\n")
case("o15-facture-manquante", [f], OWD, "need_info", missing=["invoice_number"],
     spec="Section 4: invoice / payment reference required; the project has two payments, none named -> need_info [invoice_number]")

# o16 thread: retainer cancel missing reason, answered
proj("Camping Les Pins Maintenance", "accueil@camping-lespins.fr", started="2025-03-20T10:00:00")
opay("fr9_o017", "OWD-2025-417", "Camping Les Pins Maintenance", "retainer", "5000.00", "900.00",
     "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
     next_billing_at="2025-10-20T00:00:00")
f1 = mail("o16a-sans-raison", "Camping Les Pins <accueil@camping-lespins.fr>", OWD_TO,
          "Résiliation Camping Les Pins Maintenance - OWD-2025-417", dt("2025-09-29 09:00"),
          "Bonjour,\n\nMerci de prendre en compte la résiliation de notre contrat Camping Les Pins Maintenance "
          "(OWD-2025-417).\n\nCordialement,\nL'accueil\n")
f2 = mail("o16b-raison", "Camping Les Pins <accueil@camping-lespins.fr>", OWD_TO,
          "RE: Résiliation Camping Les Pins Maintenance - OWD-2025-417", dt("2025-09-30 09:00"),
          "Bonjour,\n\nLe camping a été vendu, le nouveau propriétaire a son propre webmaster.\n\nCordialement\n\n"
          "De : Optima WebDesign Billing & Refunds\nEnvoyé : lundi 29 septembre 2025 15:02\n"
          "Objet : RE: Résiliation\n> Pouvez-vous nous indiquer la raison de la résiliation ?\n",
          reply_to="o16a-sans-raison")
case("o16-fil-raison-ajoutee", [f1, f2], OWD, "decided", [D("cancellation", "cancel", eff="2025-10-19")],
     spec="C3 merge; O4: next_billing_at 2025-10-20, cut-off 2025-10-13; request time = first mail 2025-09-29 -> cancel, effective 2025-10-19")

# o17 C4 consumer mediator + chargeback, refund + cancel
proj("Boutique Kawa Café E-shop", "boutique@kawa-cafe.fr", started="2025-07-10T10:00:00")
opay("fr9_o018", "OWD-2025-418", "Boutique Kawa Café E-shop", "retainer", "7500.00", "1350.00",
     "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09",
     next_billing_at="2025-10-10T00:00:00")
f = mail("o17-mediateur-chargeback", "Boutique Kawa Café <boutique@kawa-cafe.fr>", OWD_TO,
         "Mise en demeure – Boutique Kawa Café E-shop", dt("2025-09-25 10:00"),
         "Madame, Monsieur,\n\nLe site Boutique Kawa Café E-shop est en panne depuis 10 jours. Je résilie le forfait "
         "(OWD-2025-418) et exige le remboursement du mois en cours. À défaut, je saisirai le médiateur de la "
         "consommation et ferai une contestation (chargeback) auprès de ma banque. Mon avocat est en copie.\n\n"
         "Karine Duval\n")
case("o17-avocat-chargeback", [f], OWD, "decided",
     [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
     spec="C4 covers the whole case: chargeback, consumer mediator and lawyer -> refund and cancellation escalate")

# o18 C7 ticket system auto-generated
proj("Hôtel Bellevue Réservations", "it@hotel-bellevue-annecy.fr", started="2025-05-01T10:00:00")
f = mail("o18-ticket-auto", "Helpdesk Hôtel Bellevue <it@hotel-bellevue-annecy.fr>", OWD_TO,
         "[Ticket #55821] Accusé de réception : Remboursement", dt("2025-09-29 03:00"),
         "Ceci est un message automatique. Votre demande « Remboursement » a bien été enregistrée sous le numéro "
         "55821. Merci de ne pas répondre à ce message.\n",
         headers={"Auto-Submitted": "auto-generated"})
case("o18-accuse-reception-auto", [f], OWD, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-generated -> ignore (even from a contract email)")

# o19 question
proj("Institut Beauté Lina Site", "institut.lina@gmail.com", started="2025-06-01T10:00:00")
f = mail("o19-question-ssl", "Institut Lina <institut.lina@gmail.com>", OWD_TO,
         "Question hébergement", dt("2025-09-30 13:00"),
         "Bonjour,\n\nEst-ce que l'hébergement d'Institut Beauté Lina Site inclut les adresses mail pro ? "
         "Et comment je me connecte au webmail ?\n\nLina\n")
case("o19-question", [f], OWD, "other", spec="Neither refund nor cancellation -> other")

# o20 hypothetical before signing
f = mail("o20-hypothese-devis", "Mathieu Blanc <mathieu.blanc@blanc-paysages.fr>", OWD_TO,
         "Devis site vitrine – conditions", dt("2025-09-30 16:00"),
         "Bonjour,\n\nAvant de signer votre devis : si nous versons l'acompte et que nous changeons d'avis la semaine "
         "suivante, est-ce qu'il serait remboursé ?\n\nMathieu Blanc\nBlanc Paysages\n")
case("o20-hypothetique", [f], OWD, "other",
     spec="Section 8: 'si nous versons l'acompte… serait-il remboursé' before buying is a policy question -> other")

# o21 Apple Mail forward from contract email: milestone not started
proj("Théâtre des Lilas Billetterie", "production@theatre-deslilas.fr", started="2025-06-15T10:00:00")
opay("fr9_o019", "OWD-2025-419", "Théâtre des Lilas Billetterie", "milestone", "18500.00", "3330.00",
     "2025-09-18T10:00:00", milestone_status="not_started")
f = mail("o21-transfert-apple", "Production Théâtre des Lilas <production@theatre-deslilas.fr>", OWD_TO,
         "Fwd: jalon billetterie", dt("2025-09-30 17:00"),
         "Voir ci-dessous. Merci.\n\nEnvoyé de mon iPad\n\nDébut du message réexpédié :\n\n"
         "De: Camille Noiret <direction@theatre-deslilas.fr>\nDate: 30 septembre 2025 à 15:41:22 UTC+2\n"
         "À: Production Théâtre des Lilas <production@theatre-deslilas.fr>\nObjet: jalon billetterie\n\n"
         "Le jalon « billetterie en ligne » du projet Théâtre des Lilas Billetterie (OWD-2025-419) n'a pas démarré : "
         "la mairie nous impose son propre système de billetterie. Demande à Optima de nous le rembourser.\nCamille\n")
case("o21-transfert-apple-jalon", [f], OWD, "decided", [D("refund", "approve", "18500.00")],
     spec="Forward from the contract email (verified); the carried request names no other contract email; O3 not_started -> approve 18500.00")

# o22 milestone in progress, no accents, typos
proj("Ferme Aux Trois Chenes Site", "ferme3chenes@hotmail.fr", started="2025-08-01T10:00:00")
opay("fr9_o020", "OWD-2025-420", "Ferme Aux Trois Chenes Site", "milestone", "15000.00", "2700.00",
     "2025-09-12T10:00:00", milestone_status="in_progress")
f = mail("o22-jalon-en-cours", "ferme3chenes@hotmail.fr", OWD_TO, "rembourssement",
         dt("2025-09-28 21:30"),
         "bonsoir\n\npour le projet Ferme Aux Trois Chenes Site on arrete la partie boutique en ligne (facture "
         "OWD-2025-420) car la reglementation sur la vente de viande nous l interdit. vous aviez commencer mais pas "
         "fini. je veux etre remboursse de ce qui est pas fait\n\nDenis\n")
case("o22-jalon-en-cours", [f], OWD, "decided", [D("refund", "escalate")],
     spec="O3: milestone in_progress -> escalate")

# o23 negation, retainer with notice
proj("Agence Immo Horizon Blog", "agence@immo-horizon.fr", started="2025-01-25T10:00:00")
opay("fr9_o021", "OWD-2025-421", "Agence Immo Horizon Blog", "retainer", "6500.00", "1170.00",
     "2025-09-25T10:00:00", period_start="2025-09-25", period_end="2025-10-24",
     next_billing_at="2025-10-25T00:00:00")
f = mail("o23-sans-remboursement", "Agence Immo Horizon <agence@immo-horizon.fr>", OWD_TO,
         "Arrêt rédaction blog", dt("2025-09-30 14:00"),
         "Bonjour,\n\nNous ne souhaitons aucun remboursement pour septembre, le travail a été fait. En revanche nous "
         "arrêtons le forfait Agence Immo Horizon Blog (OWD-2025-421) : le blog ne nous amène pas de mandats.\n\n"
         "Bien cordialement,\nSophie Lambert\n")
case("o23-negation-forfait", [f], OWD, "decided", [D("cancellation", "cancel", eff="2025-10-24")],
     spec="Negation: no refund intent; O4 next_billing_at 2025-10-25, cut-off 2025-10-18, request 2025-09-30 -> cancel, effective 2025-10-24")

# o24 unknown sender to Optima
f = mail("o24-inconnu", "Kevin Durand <kevin.durand@kdweb.fr>", OWD_TO,
         "Remboursement acompte Kevin Durand Portfolio", dt("2025-09-29 11:00"),
         "Bonjour,\n\nJe souhaite le remboursement de l'acompte OWD-2025-499 pour le projet Kevin Durand Portfolio, "
         "je n'ai plus besoin du site car j'ai trouvé un CDI.\n\nKevin\n")
case("o24-expediteur-inconnu", [f], OWD, "need_info", rules=["C2"],
     spec="C2: sender is no contract email in the ledger (no such project or invoice) -> need_info, write from the contracting email; never approved")

# o25 deposit disputed status
proj("Pâtisserie Moulin Commandes", "patisserie.moulin@orange.fr")
opay("fr9_o022", "OWD-2025-422", "Pâtisserie Moulin Commandes", "deposit", "10000.00", "1800.00",
     "2025-09-29T10:00:00", status="disputed")
f = mail("o25-paiement-conteste", "Pâtisserie Moulin <patisserie.moulin@orange.fr>", OWD_TO,
         "Acompte Pâtisserie Moulin Commandes", dt("2025-09-30 09:00"),
         "Bonjour,\n\nNous renonçons au projet Pâtisserie Moulin Commandes, le four nous a lâchés et tout le budget "
         "part dans la réparation. Pouvez-vous rembourser l'acompte OWD-2025-422 ?\n\nMerci, Joëlle Moulin\n")
case("o25-paiement-non-paye", [f], OWD, "decided", [D("refund", "escalate")], extra_ok=True,
     spec="Section 8 'Payments not paid': status disputed -> refund escalate (no threat in the email)")

# ---------------------------------------------------------------- write
os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
for name, m in emails.items():
    with open(os.path.join(HERE, "emails", name + ".eml"), "wb") as fh:
        fh.write(m.as_bytes(policy=SMTP))
with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
    json.dump(ledger, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(len(cases), "cases")
