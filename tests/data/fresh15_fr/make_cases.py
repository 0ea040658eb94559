"""fresh15_fr: French held-out cases (France, Belgium, Switzerland, Québec, Maghreb, West Africa, Réunion).

Stdlib only, deterministic: writes ledger.json, emails/*.eml and expected.json beside this file.
Every email time is chosen in Asia/Kolkata (the brands' zone, POLICY_SPEC section 1) and written in
the sender's own UTC offset for September 2025.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))      # France, Belgium, Switzerland in September
EDT = timezone(timedelta(hours=-4))      # Québec
WEST1 = timezone(timedelta(hours=1))     # Morocco, Tunisia
UTC0 = timezone(timedelta(0))            # Senegal, Côte d'Ivoire
RET = timezone(timedelta(hours=4))       # La Réunion
LO = "support@leadsoptima.com"
OW = "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"
DISCLAIMER = ("\n--\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention "
              "exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. "
              "Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir immédiatement "
              "l'expéditeur. Pensez à l'environnement avant d'imprimer ce message.\n")

CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
FILES: dict[str, bytes] = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


PLAN = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}


def lopay(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    amount, tax = PLAN[plan]
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
           "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
           "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
           "milestone_status": None}
    rec.update(kw)
    PAYMENTS.append(rec)


def mail(fname, frm, to, subject, body, ist, off=CEST, html=None, reply_to=None, parent=None, headers=None):
    """Write one email; ``ist`` is 'YYYY-MM-DD HH:MM' in Asia/Kolkata, shown in the sender's offset."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    when = datetime.strptime(ist, "%Y-%m-%d %H:%M").replace(tzinfo=IST).astimezone(off)
    msg["Date"] = format_datetime(when)
    dom = frm.split("@")[-1].rstrip(">").strip() or "example.net"
    mid = f"<{fname.replace('.eml', '')}.fresh15fr@{dom}>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["Reply-To"] = reply_to
    if parent:
        msg["In-Reply-To"] = parent[0]
        msg["References"] = " ".join(parent[1] + [parent[0]])
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    FILES[fname] = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))
    refs = (parent[1] + [parent[0]]) if parent else []
    return (mid, refs)


def case(cid, brand, files, status, spec, decisions=(), rules=(), missing=None, **extra):
    c = {"id": f"fr-{cid}", "lang": "fr", "files": [f"emails/{f}" for f in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = [dict(d) for d in decisions]
    c.update(extra)
    c["spec"] = spec
    CASES.append(c)


def ref(amount=None):
    return {"intent": "refund", "outcome": "approve", "amount": amount}


def deny():
    return {"intent": "refund", "outcome": "deny", "amount": None}


def esc(intent="refund"):
    return {"intent": intent, "outcome": "escalate", "amount": None}


def cancel(date):
    return {"intent": "cancellation", "outcome": "cancel", "effective_date": date}


# ---------------------------------------------------------------- LeadsOptima
def leadsoptima():
    # l01 duplicate monthly, Paris, amount in French format
    e = "claire.dubois@dubois-conseil.fr"
    cust(e, "Claire Dubois", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("fr_p101", "LO-INV-8101", e, "monthly", "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
    lopay("fr_p102", "LO-INV-8102", e, "monthly", "2025-09-24T09:02:00", "2025-09-24", "2025-10-23")
    mail("l01-double-prelevement.eml", f"Claire Dubois <{e}>", LO, "Double prélèvement abonnement mensuel",
         "Bonjour,\n\nJe constate sur mon relevé deux prélèvements de 1 768,82 ₹ le 24/09 pour mon abonnement "
         "mensuel (1 499,00 ₹ HT chacun). La seconde facture porte le numéro LO-INV-8102. Pourriez-vous me "
         "rembourser ce doublon ?\n\nBien cordialement,\nClaire Dubois\nDubois Conseil – 12 rue des Lilas, "
         "69003 Lyon", "2025-09-26 14:30")
    case("l01-double-prelevement", LOB, ["l01-double-prelevement.eml"], "decided",
         "duplicate_payment, L3 day 2, L4 pair fr_p101/fr_p102: refund the duplicate's 1499.00 before tax (C6).",
         [ref("1499.00")])

    # l02 Québec: day 7 in IST
    e = "m.tremblay@tremblay-renos.ca"
    cust(e, "Marc Tremblay", "annual", start="2025-09-16", end="2026-09-15")
    lopay("fr_p111", "LO-INV-8111", e, "annual", "2025-09-16T11:00:00", "2025-09-16", "2026-09-15")
    lopay("fr_p112", "LO-INV-8112", e, "annual", "2025-09-16T11:01:00", "2025-09-16", "2026-09-15")
    mail("l02-quebec-jour7.eml", f"Marc Tremblay <{e}>", LO, "Chargé deux fois pour l'abonnement annuel",
         "Allô,\n\nJ'ai été chargé deux fois pour mon abonnement annuel le 16 septembre, ça paraît sur ma "
         "carte de crédit. La deuxième facture c'est LO-INV-8112. Pouvez-vous me rembourser le doublon "
         "s'il vous plaît?\n\nMerci ben gros,\nMarc Tremblay\nRénovations Tremblay inc., Laval (Québec)",
         "2025-09-23 22:30", off=EDT)
    case("l02-quebec-jour7", LOB, ["l02-quebec-jour7.eml"], "decided",
         "Sent 13:00 EDT 09-23 = 22:30 IST 09-23: day 7 after 09-16, inside L3; L4 pair: 11988.00.",
         [ref("11988.00")])

    # l03 Québec: evening mail is day 8 in IST
    e = "g.lavoie@lavoie-paysagiste.ca"
    cust(e, "Geneviève Lavoie", "monthly", start="2025-09-16", end="2025-10-15")
    lopay("fr_p121", "LO-INV-8121", e, "monthly", "2025-09-16T11:00:00", "2025-09-16", "2025-10-15")
    lopay("fr_p122", "LO-INV-8122", e, "monthly", "2025-09-16T11:03:00", "2025-09-16", "2025-10-15")
    mail("l03-quebec-jour8.eml", f"Geneviève Lavoie <{e}>", LO, "Double facturation",
         "Bonjour,\n\nvous m'avez facturé deux fois le forfait mensuel (LO-INV-8122), pis je vous écris dans "
         "les 7 jours comme c'est écrit dans votre politique. Je veux ravoir mon argent pour le deuxième "
         "paiement.\n\nGeneviève", "2025-09-24 00:30", off=EDT)
    case("l03-quebec-jour8", LOB, ["l03-quebec-jour8.eml"], "decided",
         "Sent 15:00 EDT 09-23 = 00:30 IST 09-24: day 8 in the brand's zone, outside L3: deny.", [deny()])

    # l04 three identical charges, one duplicate outside the window
    e = "compta@boulangerie-martin.fr"
    cust(e, "Boulangerie Martin", "monthly", start="2025-09-12", end="2025-10-11")
    lopay("fr_p131", "LO-INV-8131", e, "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    lopay("fr_p132", "LO-INV-8132", e, "monthly", "2025-09-13T10:00:00", "2025-09-12", "2025-10-11")
    lopay("fr_p133", "LO-INV-8133", e, "monthly", "2025-09-21T10:00:00", "2025-09-12", "2025-10-11")
    mail("l04-trois-prelevements.eml", f"Comptabilité Boulangerie Martin <{e}>", LO,
         "Trois prélèvements pour le même mois",
         "Madame, Monsieur,\n\nNous avons été débités trois fois pour la même période (12/09 au 11/10) : "
         "factures LO-INV-8131, LO-INV-8132 et LO-INV-8133. Nous vous demandons de rembourser les deux "
         "prélèvements en trop.\n\nSalutations distinguées,\nService comptabilité\nBoulangerie Martin SARL",
         "2025-09-22 12:00")
    case("l04-trois-prelevements", LOB, ["l04-trois-prelevements.eml"], "decided",
         "Three identical charges, same period: 8132 (09-13) and 8133 (09-21) are duplicates; request 09-22 is "
         "day 9 for 8132 (outside L3) and day 1 for 8133: refund only 1499.00 (section 8).", [ref("1499.00")])

    # l05 duplicate claimed, ledger shows one
    e = "petit.julien@free.fr"
    cust(e, "Julien Petit", "quarterly", start="2025-09-25", end="2025-12-24")
    lopay("fr_p141", "LO-INV-8141", e, "quarterly", "2025-09-25T09:00:00", "2025-09-25", "2025-12-24")
    mail("l05-double-sans-paire.eml", f"Julien Petit <{e}>", LO, "payé 2 fois ???",
         "bonjour je crois que j'ai payé 2 fois l'abonnement trimestriel facture LO-INV-8141, ma banque "
         "affiche deux lignes. merci de vérifier et de me rembourser\njulien", "2025-09-27 08:00")
    case("l05-double-sans-paire", LOB, ["l05-double-sans-paire.eml"], "decided",
         "duplicate_payment claimed inside L3 but only one charge in the ledger: L4 escalate.", [esc()])

    # l06 charged after cancelling
    e = "n.bernard@bernard-avocats-conseils.fr"
    cust(e, "Nathalie Bernard", "monthly", status="cancelled", start="2025-09-28", end="2025-10-27")
    lopay("fr_p151", "LO-INV-8151", e, "monthly", "2025-09-28T06:00:00", "2025-09-28", "2025-10-27")
    mail("l06-preleve-apres-resiliation.eml", f"Nathalie Bernard <{e}>", LO, "Prélèvement après résiliation",
         "Bonjour,\n\nJ'ai résilié mon abonnement mensuel fin août, et pourtant j'ai été prélevée le 28 "
         "septembre (facture LO-INV-8151). Merci de me rembourser ce prélèvement effectué après résiliation."
         "\n\nCordialement,\nNathalie Bernard", "2025-09-29 11:00")
    case("l06-preleve-apres-resiliation", LOB, ["l06-preleve-apres-resiliation.eml"], "decided",
         "billing_error (charged after cancelling) inside L3 (day 1): L5 escalate. The word 'avocats' only in the "
         "address is no legal threat.", [esc()])

    # l07 Belgian, wrong amount
    e = "peeters.sophie@skynet.be"
    cust(e, "Sophie Peeters", "quarterly", start="2025-09-22", end="2025-12-21")
    lopay("fr_p161", "LO-INV-8161", e, "quarterly", "2025-09-22T09:00:00", "2025-09-22", "2025-12-21")
    mail("l07-belgique-mauvais-montant.eml", f"Sophie Peeters <{e}>", LO, "Montant erroné facture LO-INV-8161",
         "Bonjour,\n\nOn m'a compté un mauvais montant pour le trimestre : on m'annonçait trois mille neuf "
         "cent nonante-neuf roupies hors TVA et la facture LO-INV-8161 ne correspond pas à ce que ma banque a "
         "débité. Il s'agit d'une erreur de facturation, pouvez-vous rectifier et me rembourser la "
         "différence ?\n\nBien à vous,\nSophie Peeters\nNamur", "2025-09-24 13:00")
    case("l07-belgique-mauvais-montant", LOB, ["l07-belgique-mauvais-montant.eml"], "decided",
         "billing_error (wrong amount) inside L3 (day 2): L5 escalate; Belgian number words are context only.",
         [esc()])

    # l08 Swiss, access failure inside window
    e = "l.rochat@rochat-immo.ch"
    cust(e, "Laurent Rochat", "annual", start="2025-09-25", end="2026-09-24")
    lopay("fr_p171", "LO-INV-8171", e, "annual", "2025-09-25T09:00:00", "2025-09-25", "2026-09-24")
    mail("l08-suisse-acces.eml", f"Laurent Rochat <{e}>", LO, "Plus d'accès à la plateforme",
         "Bonjour,\n\nDepuis le renouvellement annuel du 25.09 (LO-INV-8171), je n'arrive plus à me connecter : "
         "impossible d'accéder au tableau de bord, ni depuis le bureau ni depuis mon natel. Votre support ne "
         "m'a pas encore répondu. Si cela n'est pas réglé, je souhaite le remboursement.\n\nMeilleures "
         "salutations\nLaurent Rochat\nRochat Immobilier SA, Lausanne", "2025-09-28 15:00")
    case("l08-suisse-acces", LOB, ["l08-suisse-acces.eml"], "decided",
         "access_failure inside L3 (day 3): L6 escalate.", [esc()])

    # l09 access failure day 10 -> deny
    e = "moreau.ines@orange.fr"
    cust(e, "Inès Moreau", "monthly", start="2025-09-14", end="2025-10-13")
    lopay("fr_p181", "LO-INV-8181", e, "monthly", "2025-09-14T09:00:00", "2025-09-14", "2025-10-13")
    mail("l09-acces-jour10.eml", f"Inès Moreau <{e}>", LO, "connexion impossible",
         "Bonjour, impossible de me connecter depuis le 15, la page ne charge jamais. Je demande le "
         "remboursement du mois (LO-INV-8181, abonnement mensuel).\nInès", "2025-09-24 09:00")
    case("l09-acces-jour10", LOB, ["l09-acces-jour10.eml"], "decided",
         "access_failure but the request is day 10 after the 09-14 charge: L3 deny.", [deny()])

    # l10 L1: not used
    e = "roux.adrien@laposte.net"
    cust(e, "Adrien Roux", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("fr_p191", "LO-INV-8191", e, "monthly", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
    mail("l10-pas-utilise.eml", f"Adrien Roux <{e}>", LO, "Demande de remboursement",
         "Bonjour,\n\nJe n'ai pas eu le temps de me servir de l'outil ce mois-ci, et franchement je ne pense "
         "pas m'en servir. Je souhaiterais être remboursé de la facture LO-INV-8191.\n\nMerci d'avance,\n"
         "Adrien Roux", "2025-09-28 10:00")
    case("l10-pas-utilise", LOB, ["l10-pas-utilise.eml"], "decided",
         "Not used / changed mind: L1 deny (cancellation offered).", [deny()])

    # l11 L1 + cancel (annual)
    e = "fontaine@fontaine-architecture.fr"
    cust(e, "Élodie Fontaine", "annual", start="2025-09-20", end="2026-09-19")
    lopay("fr_p201", "LO-INV-8201", e, "annual", "2025-09-20T09:00:00", "2025-09-20", "2026-09-19")
    mail("l11-trop-cher-resilier.eml", f"Élodie Fontaine <{e}>", LO, "Résiliation et remboursement",
         "Bonjour,\n\nAprès réflexion, l'abonnement annuel est trop cher pour notre petite agence. Je souhaite "
         "résilier et être remboursée au prorata des mois restants (facture LO-INV-8201).\n\nCordialement,\n"
         "Élodie Fontaine", "2025-09-23 11:00")
    case("l11-trop-cher-resilier", LOB, ["l11-trop-cher-resilier.eml"], "decided",
         "Too expensive, prorata asked: L1 deny (no partial refund); L8 cancel at current_period_end 2026-09-19.",
         [deny(), cancel("2026-09-19")])

    # l12 trial
    e = "diallo.aminata@gmail.com"
    cust(e, "Aminata Diallo", "quarterly", status="trial", trial_ends="2025-10-04")
    mail("l12-essai-gratuit.eml", f"Aminata Diallo <{e}>", LO, "Remboursement période d'essai",
         "Bonjour,\n\nJe suis en période d'essai gratuit depuis une semaine (offre trimestrielle). L'outil ne "
         "correspond pas à mon activité à Dakar. Merci de me rembourser ce que j'ai payé.\n\nCordialement,\n"
         "Aminata Diallo", "2025-09-27 14:00", off=UTC0)
    case("l12-essai-gratuit", LOB, ["l12-essai-gratuit.eml"], "decided",
         "Trial account, no charge in the ledger: L7 deny.", [deny()])

    # l13 quarterly cancel with reason
    e = "girard.paul@girard-plomberie.fr"
    cust(e, "Paul Girard", "quarterly", start="2025-08-10", end="2025-11-09")
    lopay("fr_p211", "LO-INV-8211", e, "quarterly", "2025-08-10T09:00:00", "2025-08-10", "2025-11-09")
    mail("l13-resiliation-trimestre.eml", f"Paul Girard <{e}>", LO, "Résiliation abonnement",
         "Bonjour,\n\nJe pars à la retraite en fin d'année et je cède mon entreprise. Je vous prie donc de "
         "résilier mon abonnement trimestriel à la fin de la période en cours.\n\nVeuillez agréer, Madame, "
         "Monsieur, l'expression de mes salutations distinguées.\n\nPaul Girard\nGirard Plomberie",
         "2025-09-25 10:00")
    case("l13-resiliation-trimestre", LOB, ["l13-resiliation-trimestre.eml"], "decided",
         "L8 cancel at current_period_end 2025-11-09.", [cancel("2025-11-09")])

    # l14 annual fallback with UTC offset
    e = "benali.karim@menara.ma"
    cust(e, "Karim Benali", "annual")
    lopay("fr_p221", "LO-INV-8221", e, "annual", "2024-10-14T22:00:00Z", "2024-10-15", "2025-10-14")
    mail("l14-maroc-annuel.eml", f"Karim Benali <{e}>", LO, "Arrêt abonnement annuel",
         "Bonjour,\n\nJe ne souhaite pas renouveler mon abonnement annuel, nous avons internalisé la "
         "prospection commerciale. Merci de l'arrêter à l'échéance.\n\nCordialement\nKarim Benali, Casablanca",
         "2025-09-29 12:00", off=WEST1)
    case("l14-maroc-annuel", LOB, ["l14-maroc-annuel.eml"], "decided",
         "No current_period_end: L8 fallback from 2024-10-14T22:00Z = 2024-10-15 IST, +12 months -1 day = "
         "2025-10-14.", [cancel("2025-10-14")])

    # l15 cancel, no reason, fallback monthly
    e = "lefebvre.hugo@sfr.fr"
    cust(e, "Hugo Lefebvre", "monthly")
    lopay("fr_p231", "LO-INV-8231", e, "monthly", "2025-09-03T09:00:00", "2025-09-03", None)
    mail("l15-resiliez-svp.eml", f"Hugo Lefebvre <{e}>", LO, "résiliation",
         "résiliez mon abonnement svp\n\nHugo\n\nEnvoyé de mon Galaxy", "2025-09-29 22:00")
    case("l15-resiliez-svp", LOB, ["l15-resiliez-svp.eml"], "decided",
         "Cancellation not held up by a missing reason (LeadsOptima); L8 fallback 2025-09-03 + 1 month - 1 day "
         "= 2025-10-02.", [cancel("2025-10-02")])

    # l16 C2 from hotmail
    reg = "c.mercier@mercier-transports.fr"
    cust(reg, "Cédric Mercier", "quarterly", start="2025-09-26", end="2025-12-25")
    lopay("fr_p241", "LO-INV-8241", reg, "quarterly", "2025-09-26T09:00:00", "2025-09-26", "2025-12-25")
    lopay("fr_p242", "LO-INV-8242", reg, "quarterly", "2025-09-26T09:01:00", "2025-09-26", "2025-12-25")
    mail("l16-hotmail-c2.eml", "Cédric Mercier <cedric.mercier69@hotmail.fr>", LO, "Double paiement",
         "Bonjour,\nje vous écris de mon adresse perso car je n'ai pas accès à ma boîte pro ce week-end. Mon "
         "compte est c.mercier@mercier-transports.fr. Vous m'avez débité deux fois (LO-INV-8242), merci de "
         "rembourser.\nC. Mercier", "2025-09-27 18:00")
    case("l16-hotmail-c2", LOB, ["l16-hotmail-c2.eml"], "need_info",
         "Sender is not the registered email it names: C2, ask to write from it, nothing disclosed.",
         rules=["C2"])

    # l17 C2 via TR: forward (Thunderbird)
    reg = "direction@hotel-les-tilleuls.fr"
    cust(reg, "Hôtel Les Tilleuls", "annual", start="2025-03-01", end="2026-02-28")
    lopay("fr_p251", "LO-INV-8251", reg, "annual", "2025-03-01T09:00:00", "2025-03-01", "2026-02-28")
    mail("l17-tr-thunderbird.eml", "Réception Les Tilleuls <reception@hotel-les-tilleuls.fr>", LO,
         "TR: résiliation LeadsOptima",
         "Bonjour, voir ci-dessous. Merci de faire le nécessaire.\nLa réception\n\n"
         "-------- Message transféré --------\nSujet : résiliation LeadsOptima\nDate : Mon, 22 Sep 2025 "
         "08:05:11 +0200\nDe : Direction Hôtel Les Tilleuls <direction@hotel-les-tilleuls.fr>\nPour : "
         "reception@hotel-les-tilleuls.fr\n\nMerci de résilier l'abonnement LeadsOptima (compte "
         "direction@hotel-les-tilleuls.fr), nous passons par Booking pour toutes les réservations "
         "désormais.\nLa direction\n", "2025-09-22 15:00")
    case("l17-tr-thunderbird", LOB, ["l17-tr-thunderbird.eml"], "need_info",
         "TR: forward carrying a cancellation for direction@..., sent by reception@: C2 via a forward "
         "(section 8). 'Merci de faire le nécessaire' is a forwarding note.", rules=["C2"])

    # l18 own forward (Apple Mail) with duplicate -> approve
    e = "simon.lea@icloud.com"
    cust(e, "Léa Simon", "quarterly", start="2025-09-26", end="2025-12-25")
    lopay("fr_p261", "LO-INV-8261", e, "quarterly", "2025-09-26T09:00:00", "2025-09-26", "2025-12-25")
    lopay("fr_p262", "LO-INV-8262", e, "quarterly", "2025-09-26T09:00:45", "2025-09-26", "2025-12-25")
    mail("l18-fwd-apple.eml", f"Léa Simon <{e}>", LO, "Fwd: double prélèvement",
         "Je renvoie mon message, sans réponse de votre part.\n\nDébut du message réexpédié :\n\n"
         "De: Léa Simon <simon.lea@icloud.com>\nObjet: double prélèvement\nDate: 26 septembre 2025 à 18:02:14 "
         "UTC+2\nÀ: billing@leadsoptima.com\n\nBonjour, l'abonnement trimestriel a été prélevé deux fois "
         "aujourd'hui (LO-INV-8261 et LO-INV-8262). Merci de rembourser le second prélèvement.\nLéa\n",
         "2025-09-27 16:00")
    case("l18-fwd-apple", LOB, ["l18-fwd-apple.eml"], "decided",
         "The customer forwards her own mail from the registered address (Apple Mail wording): L4 pair, day 1: "
         "approve 3999.00.", [ref("3999.00")])

    # l19 the other brand's customer
    mail("l19-autre-marque.eml", "Pharmacie du Centre <contact@pharmacie-du-centre-nantes.fr>", LO,
         "Annulation site internet",
         "Bonjour,\n\nNous souhaitons annuler la refonte de notre site internet et récupérer l'acompte versé, "
         "la pharmacie étant rachetée par un groupement.\n\nCordialement,\nPharmacie du Centre",
         "2025-09-25 10:00")
    case("l19-autre-marque", LOB, ["l19-autre-marque.eml"], "need_info",
         "C1: sent to LeadsOptima; the Optima client is unknown in LeadsOptima's ledger: C2/C3 (section 8).",
         rules=["C2"])

    # l20 missing reason: restatement + disclaimer
    e = "a.garnier@garnier-expertise.fr"
    cust(e, "Antoine Garnier", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("fr_p271", "LO-INV-8271", e, "monthly", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
    mail("l20-sans-motif.eml", f"Antoine Garnier <{e}>", LO, "Demande de remboursement LO-INV-8271",
         "Madame, Monsieur,\n\nPar la présente, je sollicite le remboursement de la facture LO-INV-8271. "
         "Je vous remercie de bien vouloir me confirmer la bonne prise en compte de ma demande.\n\nDans "
         "l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.\n\nAntoine Garnier\n"
         "Expert-comptable associé\nGarnier Expertise – SIRET 812 345 678 00021" + DISCLAIMER,
         "2025-09-28 10:00")
    case("l20-sans-motif", LOB, ["l20-sans-motif.eml"], "need_info",
         "Restated request, formal courtesy, signature, SIRET and disclaimer are no reason (section 8): ask "
         "for the reason; plan from the ledger, invoice given.", missing=["reason"])

    # l21 thread: reason answers need_info -> approve
    e = "chevalier.manon@gmail.com"
    cust(e, "Manon Chevalier", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("fr_p281", "LO-INV-8281", e, "monthly", "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
    lopay("fr_p282", "LO-INV-8282", e, "monthly", "2025-09-24T09:00:30", "2025-09-24", "2025-10-23")
    m1 = mail("l21a-demande.eml", f"Manon Chevalier <{e}>", LO, "remboursement LO-INV-8282",
              "Bonjour, je voudrais le remboursement de LO-INV-8282. Merci. Manon", "2025-09-25 09:00")
    bot = ("<lo-1820-reply@leadsoptima.com>", [m1[0]])
    mail("l21b-reponse.eml", f"Manon Chevalier <{e}>", LO, "Re: remboursement LO-INV-8282 [LO-1820]",
         "Bonjour,\n\nLe motif : j'ai été prélevée deux fois le 24/09 (LO-INV-8281 puis LO-INV-8282) pour le "
         "même mois.\n\nManon\n\nLe jeu. 25 sept. 2025 à 12:40, LeadsOptima Support <support@leadsoptima.com> "
         "a écrit :\n> Merci de nous indiquer le motif de votre demande.\n", "2025-10-01 08:30", parent=bot)
    case("l21-fil-motif", LOB, ["l21a-demande.eml", "l21b-reponse.eml"], "decided",
         "C3 thread: the answer gives 'prélevée deux fois'; request time is the first email 09-25 (day 1): L4 "
         "approve 1499.00.", [ref("1499.00")])

    # l22 thread: reason answers need_info but it is L1 -> deny
    e = "baron.theo@outlook.fr"
    cust(e, "Théo Baron", "quarterly", start="2025-09-24", end="2025-12-23")
    lopay("fr_p291", "LO-INV-8291", e, "quarterly", "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")
    m1 = mail("l22a-demande.eml", f"Théo Baron <{e}>", LO, "Remboursement",
              "Bonjour,\nMerci de me rembourser la facture LO-INV-8291.\nCordialement,\nThéo Baron",
              "2025-09-25 10:00")
    bot = ("<lo-1821-reply@leadsoptima.com>", [m1[0]])
    mail("l22b-reponse.eml", f"Théo Baron <{e}>", LO, "RE: Remboursement [LO-1821]",
         "Bonjour,\nLa raison est simple : j'ai trouvé un concurrent moins cher.\nThéo\n\n"
         "________________________________\nDe : LeadsOptima Support <support@leadsoptima.com>\n"
         "Envoyé : jeudi 25 septembre 2025 13:10\nÀ : Théo Baron\nObjet : Re: Remboursement [LO-1821]\n\n"
         "Merci de nous indiquer le motif de votre demande.\n", "2025-09-26 09:00", parent=bot)
    case("l22-fil-motif-l1", LOB, ["l22a-demande.eml", "l22b-reponse.eml"], "decided",
         "C3 thread answered with 'found a cheaper competitor': not an L2 exception, L1 deny.", [deny()])

    # l23 negation + cancel
    e = "perrin.luc@wanadoo.fr"
    cust(e, "Luc Perrin", "monthly", start="2025-09-18", end="2025-10-17")
    lopay("fr_p301", "LO-INV-8301", e, "monthly", "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
    mail("l23-pas-de-remboursement.eml", f"Luc Perrin <{e}>", LO, "Fin d'abonnement",
         "Bonjour,\n\nJe ne demande pas de remboursement, le mois est entamé et c'est normal. Je voudrais "
         "simplement mettre fin à mon abonnement mensuel car je ferme mon auto-entreprise.\n\nBonne journée,\n"
         "Luc Perrin", "2025-09-26 10:00")
    case("l23-pas-de-remboursement", LOB, ["l23-pas-de-remboursement.eml"], "decided",
         "Negated refund adds no intent (section 8); L8 cancel at 2025-10-17.", [cancel("2025-10-17")])

    # l24 hypothetical
    mail("l24-question-avant-achat.eml", "Yasmine Haddad <yasmine.haddad@topnet.tn>", LO,
         "Question avant souscription",
         "Bonjour,\n\nSi je prends l'abonnement annuel et que ça ne me convient pas au bout d'un mois, est-ce "
         "que je serai remboursée ? Et est-ce que vous acceptez les cartes tunisiennes ?\n\nMerci,\nYasmine",
         "2025-09-24 15:00", off=WEST1)
    case("l24-question-avant-achat", LOB, ["l24-question-avant-achat.eml"], "other",
         "Hypothetical before buying: a policy question, no request (section 8): other.")

    # l25 thanks after refund
    e = "marchand.eva@bbox.fr"
    cust(e, "Eva Marchand", "monthly", start="2025-09-15", end="2025-10-14")
    lopay("fr_p311", "LO-INV-8311", e, "monthly", "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
    mail("l25-merci.eml", f"Eva Marchand <{e}>", LO, "Re: Votre remboursement [LO-1777]",
         "Bonjour,\n\nJe viens de recevoir le remboursement du double prélèvement, merci beaucoup pour votre "
         "réactivité !\n\nBelle journée,\nEva", "2025-09-30 10:00",
         parent=("<lo-1777-reply@leadsoptima.com>", []))
    case("l25-merci", LOB, ["l25-merci.eml"], "other",
         "Thank-you for a past refund, asks for nothing: other.")

    # l26 invoice question
    e = "admin@atelier-rousseau.fr"
    cust(e, "Atelier Rousseau", "annual", start="2025-06-01", end="2026-05-31")
    lopay("fr_p321", "LO-INV-8321", e, "annual", "2025-06-01T09:00:00", "2025-06-01", "2026-05-31")
    mail("l26-facture-tva.eml", f"Atelier Rousseau <{e}>", LO, "Facture avec n° de TVA intracommunautaire",
         "Bonjour,\n\nPourriez-vous nous renvoyer la facture LO-INV-8321 en y faisant figurer notre numéro de "
         "TVA intracommunautaire FR 45 812345678 et notre raison sociale complète ? Notre expert-comptable "
         "en a besoin pour la clôture.\n\nMerci,\nAtelier Rousseau", "2025-09-23 10:00")
    case("l26-facture-tva", LOB, ["l26-facture-tva.eml"], "other",
         "Invoice question, neither refund nor cancellation: other.")

    # l27 out-of-office
    mail("l27-reponse-auto.eml", "Bruno Collin <b.collin@collin-menuiserie.fr>", LO,
         "Réponse automatique : Votre facture LO-INV-8999",
         "Bonjour,\n\nJe suis absent du bureau jusqu'au 6 octobre inclus. Pour toute demande urgente, "
         "contactez le 04 78 00 00 00.\n\nCordialement,\nBruno Collin", "2025-09-26 10:00",
         headers={"Auto-Submitted": "auto-replied"})
    case("l27-reponse-auto", LOB, ["l27-reponse-auto.eml"], "ignore",
         "Auto-Submitted: auto-replied: C7 ignore.", rules=["C7"])

    # l28 bounce from postmaster
    msg = EmailMessage()
    msg["From"] = "postmaster@orange.fr"
    msg["To"] = "billing@leadsoptima.com"
    msg["Subject"] = "Non remis : Résiliation de votre abonnement"
    msg["Date"] = format_datetime(datetime(2025, 9, 27, 9, 0, tzinfo=CEST))
    msg["Message-ID"] = "<l28-ndr.fresh15fr@orange.fr>"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/report; report-type="delivery-status"; boundary="ndr-fresh15fr"'
    msg.set_payload("--ndr-fresh15fr\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    "Content-Transfer-Encoding: 8bit\r\n\r\n"
                    "Votre message n'a pas pu être remis à client@orange.fr : boîte pleine.\r\n\r\n"
                    "--ndr-fresh15fr\r\nContent-Type: message/delivery-status\r\n\r\n"
                    "Reporting-MTA: dns; smtp.orange.fr\r\n\r\nFinal-Recipient: rfc822; client@orange.fr\r\n"
                    "Action: failed\r\nStatus: 5.2.2\r\n\r\n--ndr-fresh15fr--\r\n")
    FILES["l28-non-remis.eml"] = bytes(msg.as_string(policy=msg.policy.clone(linesep="\r\n", utf8=True)), "utf-8")
    case("l28-non-remis", LOB, ["l28-non-remis.eml"], "ignore",
         "postmaster sender, delivery-status report (RFC 3464): C7 ignore.", rules=["C7"])

    # l29 bank dispute threat + cancel
    e = "faure.olivier@faure-btp.fr"
    cust(e, "Olivier Faure", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("fr_p331", "LO-INV-8331", e, "monthly", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
    mail("l29-contestation-banque.eml", f"Olivier Faure <{e}>", LO, "RÉSILIATION IMMÉDIATE",
         "Vos leads sont bidons, la moitié des numéros n'existent pas. Je résilie et je veux mes 1499 roupies "
         "(LO-INV-8331). Sans réponse sous 48h je conteste le prélèvement auprès de ma banque et je fais "
         "opposition.\nO. Faure", "2025-09-28 20:00")
    case("l29-contestation-banque", LOB, ["l29-contestation-banque.eml"], "decided",
         "Threat to dispute the debit with the bank: C4 escalates every intent, the cancellation included.",
         [esc(), esc("cancellation")], rules=["C4"])

    # l30 formal notice / consumer association / lawyer
    e = "m.lambert@lambert-optique.be"
    cust(e, "Michel Lambert", "quarterly", start="2025-09-25", end="2025-12-24")
    lopay("fr_p341", "LO-INV-8341", e, "quarterly", "2025-09-25T09:00:00", "2025-09-25", "2025-12-24")
    mail("l30-mise-en-demeure.eml", f"Michel Lambert <{e}>", LO, "Mise en demeure – facture LO-INV-8341",
         "Madame, Monsieur,\n\nVous m'avez facturé le mauvais forfait (trimestriel au lieu de mensuel). Je "
         "vous mets en demeure de me rembourser sous huit jours, faute de quoi je transmettrai le dossier à "
         "mon avocat et à Test-Achats.\n\nMichel Lambert", "2025-09-27 10:00")
    case("l30-mise-en-demeure", LOB, ["l30-mise-en-demeure.eml"], "decided",
         "Formal notice + lawyer + consumer association: C4 escalate (it covers the billing_error refund).",
         [esc()], rules=["C4"])

    # l31 duplicate where the second charge is already refunded
    e = "renaud.celine@numericable.fr"
    cust(e, "Céline Renaud", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("fr_p351", "LO-INV-8351", e, "monthly", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
    lopay("fr_p352", "LO-INV-8352", e, "monthly", "2025-09-26T09:01:00", "2025-09-26", "2025-10-25",
          status="refunded")
    mail("l31-deja-rembourse.eml", f"Céline Renaud <{e}>", LO, "Doublon LO-INV-8352",
         "Bonjour,\nj'ai été débitée deux fois le 26/09, la facture en double est LO-INV-8352. Merci de me "
         "rembourser.\nCéline", "2025-09-28 10:00")
    case("l31-deja-rembourse", LOB, ["l31-deja-rembourse.eml"], "decided",
         "The cited duplicate is already 'refunded' (not paid): no paid pair, and a refund of an unpaid "
         "payment is escalated (section 8).", [esc()])

    # l32 +tag
    reg = "blanc.marie@gmail.com"
    cust(reg, "Marie Blanc", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("fr_p361", "LO-INV-8361", reg, "monthly", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
    mail("l32-plus-tag.eml", "Marie Blanc <blanc.marie+pro@gmail.com>", LO, "Résiliation",
         "Bonjour, merci de résilier mon abonnement mensuel, je change de métier. Marie Blanc",
         "2025-09-25 10:00")
    case("l32-plus-tag", LOB, ["l32-plus-tag.eml"], "need_info",
         "blanc.marie+pro@ is another address than the registered blanc.marie@ (section 8): C2.",
         rules=["C2"])

    # l33 Reply-To trick
    reg = "f.guerin@guerin-assurances.fr"
    cust(reg, "François Guérin", "annual", start="2025-09-24", end="2026-09-23")
    lopay("fr_p371", "LO-INV-8371", reg, "annual", "2025-09-24T09:00:00", "2025-09-24", "2026-09-23")
    lopay("fr_p372", "LO-INV-8372", reg, "annual", "2025-09-24T09:00:40", "2025-09-24", "2026-09-23")
    mail("l33-reply-to.eml", "F. Guérin <francois.guerin@yahoo.fr>", LO, "double débit annuel",
         "Bonjour, double débit de l'annuel (LO-INV-8372). Remboursez sur ma carte svp, répondez sur mon "
         "adresse pro. FG", "2025-09-26 10:00", reply_to=reg)
    case("l33-reply-to", LOB, ["l33-reply-to.eml"], "need_info",
         "From is yahoo; Reply-To with the registered address verifies nobody: C2.", rules=["C2"])

    # l34 HTML-only (Orange webmail) duplicate + cancel
    e = "andre.sylvie@orange.fr"
    cust(e, "Sylvie André", "monthly", start="2025-09-29", end="2025-10-28")
    lopay("fr_p381", "LO-INV-8381", e, "monthly", "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
    lopay("fr_p382", "LO-INV-8382", e, "monthly", "2025-09-29T09:00:20", "2025-09-29", "2025-10-28")
    mail("l34-html-orange.eml", f"Sylvie André <{e}>", LO, "Prélèvement en double + résiliation", None,
         "2025-09-30 11:00",
         html="<html><head><meta charset='utf-8'></head><body><p>Bonjour,</p><p>Vous m'avez "
         "<strong>prélevé deux fois</strong> le 29/09 (facture n°&nbsp;LO-INV-8382). Merci de me rembourser "
         "le double.</p><p>Par ailleurs je souhaite <em>résilier</em> mon abonnement à la fin du mois en "
         "cours&nbsp;: je pars vivre à l'étranger.</p><p>Cordialement,<br>Sylvie André</p>"
         "<p style='font-size:10px;color:#999'>Envoyé depuis Mail Orange</p></body></html>")
    case("l34-html-orange", LOB, ["l34-html-orange.eml"], "decided",
         "HTML-only: duplicate day 1, L4 approve 1499.00; L8 cancel at 2025-10-28.",
         [ref("1499.00"), cancel("2025-10-28")])

    # l35 Morocco, no accents, code-switching, access failure
    e = "yassine.elamrani@gmail.com"
    cust(e, "Yassine El Amrani", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("fr_p391", "LO-INV-8391", e, "monthly", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
    mail("l35-maroc-acces.eml", f"Yassine El Amrani <{e}>", LO, "probleme login",
         "salam, depuis le paiement du 26/09 je n'arrive pas a me connecter, le dashboard ne charge pas, "
         "toujours loading... j'ai deja contacte le chat, walou. si c'est pas regle je veux le refund de "
         "LO-INV-8391 (mensuel). merci\nYassine", "2025-09-29 14:00", off=WEST1)
    case("l35-maroc-acces", LOB, ["l35-maroc-acces.eml"], "decided",
         "No accents, French/English/Darija: access_failure inside L3 (day 3): L6 escalate.", [esc()])

    # l36 Senegal, no accents, duplicate -> approve quarterly
    e = "ndiaye.moussa@orange.sn"
    cust(e, "Moussa Ndiaye", "quarterly", start="2025-09-28", end="2025-12-27")
    lopay("fr_p401", "LO-INV-8401", e, "quarterly", "2025-09-28T09:00:00", "2025-09-28", "2025-12-27")
    lopay("fr_p402", "LO-INV-8402", e, "quarterly", "2025-09-28T09:01:00", "2025-09-28", "2025-12-27")
    mail("l36-senegal-doublon.eml", f"Moussa Ndiaye <{e}>", LO, "doublon paiement trimestriel",
         "Bonjour Monsieur/Madame\ndepuis Dakar je vous informe que le paiement trimestriel a ete debite 2 "
         "fois hier, references lo-inv-8401 et lo-inv-8402. je vous prie de me rembourser le deuxieme "
         "paiement\nCordialement\nMoussa Ndiaye", "2025-09-29 16:00", off=UTC0)
    case("l36-senegal-doublon", LOB, ["l36-senegal-doublon.eml"], "decided",
         "'debite 2 fois' without accents, references in lower case: L4 approve 3999.00 (day 1).",
         [ref("3999.00")])

    # l37 reference with slashes, amount in words, duplicate -> approve
    e = "roche.patrick@roche-paysages.fr"
    cust(e, "Patrick Roche", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("fr_p411", "LO-INV-8411", e, "monthly", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
    lopay("fr_p412", "LO-INV-8412", e, "monthly", "2025-09-25T09:02:00", "2025-09-25", "2025-10-24")
    mail("l37-reference-slash.eml", f"Patrick Roche <{e}>", LO, "facture LO/INV/8412 payée deux fois",
         "Bonjour,\n\nLa somme de mille quatre cent quatre-vingt-dix-neuf roupies (hors taxes) a été payée "
         "deux fois le 25 septembre. La facture en trop est la LO/INV/8412. Merci de la rembourser.\n\n"
         "Patrick Roche", "2025-09-26 09:00")
    case("l37-reference-slash", LOB, ["l37-reference-slash.eml"], "decided",
         "'LO/INV/8412' matches LO-INV-8412 (section 8); amount in words is context; L4 approve 1499.00.",
         [ref("1499.00")])


# ---------------------------------------------------------------- Optima WebDesign
def optima():
    # o01 deposit approve (Paris)
    p, c = "Cabinet Vidal Site Vitrine", "contact@cabinet-vidal.fr"
    proj(p, c)
    owpay("fr_w01", "OWD-2025-301", p, "deposit", "30000.00", "5400.00", "2025-09-25T10:00:00")
    mail("o01-acompte.eml", f"Cabinet Vidal <{c}>", OW, "Demande de remboursement — OWD-2025-301",
         "Bonjour,\n\nNous annulons le projet « Cabinet Vidal Site Vitrine » : notre associé principal quitte "
         "le cabinet et la refonte n'a plus lieu d'être. Merci de nous rembourser l'acompte (facture "
         "OWD-2025-301, 35 400 ₹ TTC).\n\nCordialement,\nIsabelle Vidal", "2025-09-26 15:00")
    case("o01-acompte", OWB, ["o01-acompte.eml"], "decided",
         "Deposit paid 09-25 10:00, request 09-26 15:00 (29 h), no work: O2 approve 30000.00 HT (C6).",
         [ref("30000.00")], extra_ok=True)

    # o02 deposit 71h59 from La Réunion -> approve
    p, c = "Gîte Piton des Neiges", "resa@gite-piton.re"
    proj(p, c)
    owpay("fr_w02", "OWD-2025-302", p, "deposit", "15000.00", "2700.00", "2025-09-20T10:00:00")
    mail("o02-reunion-71h59.eml", f"Gîte Piton des Neiges <{c}>", OW, "Annulation projet gîte",
         "Bonjour,\n\nSuite au passage du cyclone le gîte est fermé pour plusieurs mois ; nous annulons le "
         "projet « Gîte Piton des Neiges » et demandons le remboursement de l'acompte OWD-2025-302.\n\n"
         "Bien cordialement depuis Cilaos,\nNadia Payet", "2025-09-23 09:59", off=RET)
    case("o02-reunion-71h59", OWB, ["o02-reunion-71h59.eml"], "decided",
         "Sent 08:29 +04:00 = 09:59 IST 09-23: 71 h 59 min after the 09-20 10:00 payment, no work: O2 approve "
         "15000.00.", [ref("15000.00")], extra_ok=True)

    # o03 deposit 73h -> deny (Brussels)
    p, c = "Friterie Chez Willy Site", "willy@chezwilly.be"
    proj(p, c)
    owpay("fr_w03", "OWD-2025-303", p, "deposit", "10000.00", "1800.00", "2025-09-15T10:00:00")
    mail("o03-bruxelles-73h.eml", f"Chez Willy <{c}>", OW, "Annulation acompte",
         "Bonjour,\n\nOn arrête les frais pour le site « Friterie Chez Willy Site », on a trouvé un neveu qui "
         "fait ça gratuitement. Vous pouvez nous rendre l'acompte OWD-2025-303 ? Ça fait septante-deux "
         "heures à peine.\n\nÀ tantôt,\nWilly", "2025-09-18 11:00")
    case("o03-bruxelles-73h", OWB, ["o03-bruxelles-73h.eml"], "decided",
         "Request 09-18 11:00 IST = 73 h after payment: O2 deny.", [deny()], extra_ok=True)

    # o04 deposit, work to start after the request -> approve
    p, c = "Domaine Lacroix Vins", "domaine@lacroix-vins.fr"
    proj(p, c, "2025-09-26T14:00:00")
    owpay("fr_w04", "OWD-2025-304", p, "deposit", "24000.00", "4320.00", "2025-09-25T09:00:00")
    mail("o04-travail-pas-commence.eml", f"Domaine Lacroix <{c}>", OW, "Annulation avant démarrage",
         "Bonjour,\n\nLes vendanges ont été catastrophiques (grêle), nous devons reporter le projet « Domaine "
         "Lacroix Vins » sine die. Le kick-off est prévu ce matin à 10 h 30 : merci de l'annuler et de nous "
         "rembourser l'acompte OWD-2025-304.\n\nBien à vous,\nJean Lacroix", "2025-09-26 10:00")
    case("o04-travail-pas-commence", OWB, ["o04-travail-pas-commence.eml"], "decided",
         "Request 09-26 10:00 (25 h) is before work_started_at 09-26 14:00 and before 72 h: O2 approve "
         "24000.00.", [ref("24000.00")], extra_ok=True)

    # o05 discovery started -> deny
    p, c = "Clinique Vétérinaire des Alpes", "direction@veto-alpes.fr"
    proj(p, c, "2025-09-08T10:00:00")
    owpay("fr_w05", "OWD-2025-305", p, "discovery", "18000.00", "3240.00", "2025-09-05T10:00:00")
    mail("o05-discovery-commence.eml", f"Clinique Vétérinaire des Alpes <{c}>", OW,
         "Remboursement atelier stratégie",
         "Bonjour,\n\nL'atelier de stratégie du projet « Clinique Vétérinaire des Alpes » ne nous a rien "
         "appris que nous ne savions déjà. Nous souhaitons le remboursement de la facture OWD-2025-305.\n\n"
         "Dr Sandrine Michaud", "2025-09-22 10:00")
    case("o05-discovery-commence", OWB, ["o05-discovery-commence.eml"], "decided",
         "Discovery sessions started 09-08: O1 deny.", [deny()])

    # o06 discovery, work later than request -> approve
    p, c = "Librairie Le Chat Lettré", "librairie@chatlettre.fr"
    proj(p, c, "2025-10-06T10:00:00")
    owpay("fr_w06", "OWD-2025-306", p, "discovery", "12500.00", "2250.00", "2025-09-18T10:00:00")
    mail("o06-discovery-planifie.eml", f"Le Chat Lettré <{c}>", OW, "Annulation atelier du 6 octobre",
         "Bonjour,\n\nNotre bail commercial n'est pas renouvelé, la librairie déménage et nous ne savons pas "
         "encore où. Merci d'annuler l'atelier découverte prévu le 6 octobre pour le projet « Librairie Le "
         "Chat Lettré » et de rembourser la facture OWD-2025-306.\n\nAmicalement,\nHélène", "2025-09-29 10:00")
    case("o06-discovery-planifie", OWB, ["o06-discovery-planifie.eml"], "decided",
         "work_started_at 10-06 is later than the request: O1 approve in full, 12500.00.", [ref("12500.00")], extra_ok=True)

    # o07 milestone not started, amount with paise
    p, c = "Association Les Amis du Vélo", "bureau@amisduvelo.org"
    proj(p, c, "2025-07-01T10:00:00")
    owpay("fr_w07", "OWD-2025-307", p, "milestone", "18750.50", "3375.09", "2025-09-10T10:00:00",
          milestone_status="not_started")
    mail("o07-jalon-non-commence.eml", f"Les Amis du Vélo <{c}>", OW, "Abandon du module adhésion",
         "Bonjour,\n\nL'assemblée générale a voté contre le module d'adhésion en ligne ; nous renonçons donc "
         "au jalon correspondant (facture OWD-2025-307, 18 750,50 ₹ HT) du projet « Association Les Amis du "
         "Vélo ». Le travail n'ayant pas commencé, merci de le rembourser.\n\nLe trésorier", "2025-09-24 10:00")
    case("o07-jalon-non-commence", OWB, ["o07-jalon-non-commence.eml"], "decided",
         "Milestone not_started: O3 approve 18750.50 before tax.", [ref("18750.50")], extra_ok=True)

    # o08 milestone in progress -> escalate
    p, c = "Restaurant Le Petit Zinc", "patron@lepetitzinc.fr"
    proj(p, c, "2025-08-01T10:00:00")
    owpay("fr_w08", "OWD-2025-308", p, "milestone", "20000.00", "3600.00", "2025-09-01T10:00:00",
          milestone_status="in_progress")
    mail("o08-jalon-en-cours.eml", f"Le Petit Zinc <{c}>", OW, "Arrêt réservation en ligne",
         "Bonjour,\n\nOn arrête le développement du module de réservation (jalon OWD-2025-308, projet "
         "« Restaurant Le Petit Zinc ») : TheFork nous suffit finalement. Remboursez-nous ce qui n'a pas "
         "été fait.\n\nFred", "2025-09-25 10:00")
    case("o08-jalon-en-cours", OWB, ["o08-jalon-en-cours.eml"], "decided",
         "Milestone in_progress: O3 escalate.", [esc()], extra_ok=True)

    # o09 milestone completed -> deny
    p, c = "Institut Beauté Zen", "contact@beaute-zen.ch"
    proj(p, c, "2025-06-01T10:00:00")
    owpay("fr_w09", "OWD-2025-309", p, "milestone", "16000.00", "2880.00", "2025-08-15T10:00:00",
          milestone_status="completed")
    mail("o09-jalon-termine.eml", f"Institut Beauté Zen <{c}>", OW, "Réclamation maquettes",
         "Bonjour,\n\nLes maquettes livrées pour l'« Institut Beauté Zen » (OWD-2025-309) ne plaisent "
         "finalement pas à ma clientèle. Je souhaite être remboursée de ce jalon.\n\nMeilleures salutations,\n"
         "Corinne, Genève", "2025-09-23 10:00")
    case("o09-jalon-termine", OWB, ["o09-jalon-termine.eml"], "decided",
         "Milestone completed: O3/O6 deny.", [deny()])

    # o10 retainer exactly 7 days (Québec sender, still 09-28 IST)
    p, c = "Érablière Gagnon Entretien", "info@erabliere-gagnon.ca"
    proj(p, c, "2025-03-05T10:00:00")
    owpay("fr_w10", "OWD-INV-310", p, "retainer", "7000.00", "1260.00", "2025-09-05T09:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    mail("o10-retainer-7-jours.eml", f"Érablière Gagnon <{c}>", OW, "Fin du contrat d'entretien",
         "Bonjour,\n\nOn met fin au contrat d'entretien mensuel « Érablière Gagnon Entretien » (facture "
         "OWD-INV-310) : on vend l'érablière au printemps et l'acheteur a son propre site.\n\nBonne fin de "
         "journée,\nRéjean Gagnon", "2025-09-28 23:00", off=EDT)
    case("o10-retainer-7-jours", OWB, ["o10-retainer-7-jours.eml"], "decided",
         "Sent 13:30 EDT = 23:00 IST 09-28; next_billing_at 10-05, cut-off 09-28 (exactly 7 days): O4 cancel "
         "effective 2025-10-04.", [cancel("2025-10-04")])

    # o11 retainer < 7 days
    p, c = "Garage Dupuis Référencement", "garage.dupuis@wanadoo.fr"
    proj(p, c, "2025-04-03T10:00:00")
    owpay("fr_w11", "OWD-INV-311", p, "retainer", "5500.00", "990.00", "2025-09-03T09:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
    mail("o11-retainer-tardif.eml", f"Garage Dupuis <{c}>", OW, "Résiliation référencement",
         "Bonjour, je résilie le référencement (Garage Dupuis Référencement, OWD-INV-311), je prends ma "
         "retraite et le garage ferme. Cordialement, R. Dupuis", "2025-09-29 10:00")
    case("o11-retainer-tardif", OWB, ["o11-retainer-tardif.eml"], "decided",
         "Cut-off for 10-03 is 09-26; request 09-29 is late: next cycle 10-03..11-02 billed, effective "
         "2025-11-02 (O4).", [cancel("2025-11-02")])

    # o12 retainer paid in advance -> escalate
    p, c = "Cave Coopérative Saint-Roch", "gestion@cave-saintroch.fr"
    proj(p, c, "2025-01-01T10:00:00")
    owpay("fr_w12a", "OWD-INV-312", p, "retainer", "9000.00", "1620.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00")
    owpay("fr_w12b", "OWD-INV-313", p, "retainer", "9000.00", "1620.00", "2025-09-01T09:05:00",
          period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
    mail("o12-retainer-paye-avance.eml", f"Cave Saint-Roch <{c}>", OW, "Résiliation contrat maintenance",
         "Madame, Monsieur,\n\nLe conseil d'administration a décidé de confier le site à la fédération "
         "régionale. Nous résilions le contrat « Cave Coopérative Saint-Roch » (factures OWD-INV-312 et "
         "OWD-INV-313 ; octobre est déjà réglé).\n\nLe gérant", "2025-09-22 10:00")
    case("o12-retainer-paye-avance", OWB, ["o12-retainer-paye-avance.eml"], "decided",
         "October already paid in advance and notice >= 7 days: escalate (section 8, O4).",
         [esc("cancellation")], extra_ok=True)

    # o13 hosting within 14 days -> approve
    p, c = "Camping Les Flots Bleus Hébergement", "accueil@flotsbleus.fr"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("fr_w13", "OWD-2025-313", p, "hosting_annual", "15000.00", "2700.00", "2025-09-21T10:00:00",
          setup_fee="1800.00", service_start="2025-09-22")
    mail("o13-hebergement.eml", f"Camping Les Flots Bleus <{c}>", OW, "Résiliation hébergement annuel",
         "Bonjour,\n\nLa saison est finie et le camping est repris par une chaîne qui impose son hébergeur. "
         "Nous résilions l'hébergement annuel « Camping Les Flots Bleus Hébergement » (OWD-2025-313) et "
         "demandons le remboursement au prorata.\n\nCordialement,\nL'accueil", "2025-09-27 10:00")
    case("o13-hebergement", OWB, ["o13-hebergement.eml"], "decided",
         "Day 5: O5 15000 - 1800 - (13200/12 = 1100) x 1 = 12100.00.", [ref("12100.00")], extra_ok=True)

    # o14 maintenance day 14 exactly -> approve
    p, c = "Cabinet Kiné Morel Maintenance", "kine.morel@gmail.com"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("fr_w14", "OWD-2025-314", p, "maintenance_annual", "8700.00", "1566.00", "2025-09-15T10:00:00",
          service_start="2025-09-16")
    mail("o14-maintenance-jour14.eml", f"Cabinet Kiné Morel <{c}>", OW, "Annulation maintenance",
         "Bonjour,\n\nJe dois fermer le cabinet pour raisons de santé. Merci d'annuler la maintenance "
         "annuelle « Cabinet Kiné Morel Maintenance » (OWD-2025-314) et de me rembourser ce qui peut "
         "l'être.\n\nJulie Morel", "2025-09-30 10:00")
    case("o14-maintenance-jour14", OWB, ["o14-maintenance-jour14.eml"], "decided",
         "service_start 09-16, request 09-30 = day 14, inside; no setup fee: 8700 - 725 = 7975.00 (O5).",
         [ref("7975.00")], extra_ok=True)

    # o15 hosting day 16 -> deny
    p, c = "Auto-École Prudence Hébergement", "gerant@autoecole-prudence.fr"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("fr_w15", "OWD-2025-315", p, "hosting_annual", "9600.00", "1728.00", "2025-09-09T10:00:00",
          setup_fee="1200.00", service_start="2025-09-10")
    mail("o15-hebergement-jour16.eml", f"Auto-École Prudence <{c}>", OW, "Remboursement hébergement",
         "Bonjour,\n\nNous changeons de prestataire, le nouveau propose l'hébergement inclus. Merci de "
         "résilier et de rembourser l'hébergement « Auto-École Prudence Hébergement » (OWD-2025-315).\n\n"
         "Cordialement,\nLe gérant", "2025-09-26 10:00")
    case("o15-hebergement-jour16", OWB, ["o15-hebergement-jour16.eml"], "decided",
         "service_start 09-10, request 09-26 = day 16 > 14: O5 deny.", [deny()], extra_ok=True)

    # o16 third party (premium plugin licence)
    p, c = "Boutique Mode Élégance", "shop@mode-elegance.fr"
    proj(p, c, "2025-07-01T10:00:00")
    owpay("fr_w16", "OWD-2025-316", p, "third_party", "6800.00", "1224.00", "2025-09-22T10:00:00")
    mail("o16-licence-plugin.eml", f"Mode Élégance <{c}>", OW, "Licence plugin à rembourser",
         "Bonjour,\n\nVous nous avez facturé la licence du plugin de paiement premium (OWD-2025-316) pour la "
         "« Boutique Mode Élégance », mais nous utiliserons finalement le module gratuit de notre banque. "
         "Merci de rembourser.\n\nChloé", "2025-09-24 10:00")
    case("o16-licence-plugin", OWB, ["o16-licence-plugin.eml"], "decided",
         "third_party licence: O6 deny.", [deny()])

    # o17 rush fee
    p, c = "Festival Jazz en Baie", "orga@jazzenbaie.fr"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("fr_w17", "PO-7717", p, "rush", "9000.00", "1620.00", "2025-09-02T10:00:00")
    mail("o17-frais-urgence.eml", f"Jazz en Baie <{c}>", OW, "Frais d'urgence bon de commande PO-7717",
         "Bonjour,\n\nLes frais d'urgence (bon de commande po 7717) pour le site du « Festival Jazz en Baie » "
         "n'étaient pas justifiés : le festival a été reporté. Merci de les rembourser.\n\nL'équipe d'orga",
         "2025-09-25 10:00")
    case("o17-frais-urgence", OWB, ["o17-frais-urgence.eml"], "decided",
         "rush fee: O6 deny; 'po 7717' matches PO-7717.", [deny()])

    # o18 C2 private address
    p, c = "Ferme du Bocage Boutique", "ferme@bocage-bio.fr"
    proj(p, c)
    owpay("fr_w18", "OWD-2025-318", p, "deposit", "14000.00", "2520.00", "2025-09-29T10:00:00")
    mail("o18-adresse-perso-c2.eml", "Thomas Leroy <thomas.leroy56@laposte.net>", OW, "Annulation boutique",
         "Bonjour,\n\nJe suis le gérant de la Ferme du Bocage. Le projet « Ferme du Bocage Boutique » est "
         "annulé car la subvention régionale a été refusée ; merci de rembourser l'acompte OWD-2025-318. Je "
         "vous écris de mon adresse perso.\n\nThomas Leroy", "2025-09-30 10:00")
    case("o18-adresse-perso-c2", OWB, ["o18-adresse-perso-c2.eml"], "need_info",
         "Not the contracting email: C2, nothing about the project.", rules=["C2"])

    # o19 refund without reason (Optima)
    p, c = "Menuiserie Aubert Catalogue", "contact@menuiserie-aubert.fr"
    proj(p, c)
    owpay("fr_w19", "OWD-2025-319", p, "deposit", "11000.00", "1980.00", "2025-09-29T10:00:00")
    mail("o19-sans-motif.eml", f"Menuiserie Aubert <{c}>", OW, "Refund Request — OWD-2025-319",
         "Bonjour,\n\nVeuillez trouver ci-dessous notre demande : remboursement de l'acompte OWD-2025-319 pour "
         "le projet « Menuiserie Aubert Catalogue ».\n\nRestant à votre disposition,\nCordialement,\n"
         "Sébastien Aubert\nMenuiserie Aubert – Artisan depuis 1987\nTél. 02 41 00 00 00" + DISCLAIMER,
         "2025-09-30 11:00")
    case("o19-sans-motif", OWB, ["o19-sans-motif.eml"], "need_info",
         "Contract email, project and invoice given, but no reason (courtesy, signature, disclaimer are not "
         "reasons): ask for it (section 8).", missing=["reason"])

    # o20 thread: reason supplied -> milestone approve
    p, c = "Théâtre du Marais Billetterie", "admin@theatre-marais.fr"
    proj(p, c, "2025-08-01T10:00:00")
    owpay("fr_w20", "OWD-2025-320", p, "milestone", "21000.00", "3780.00", "2025-09-15T10:00:00",
          milestone_status="not_started")
    m1 = mail("o20a-demande.eml", f"Théâtre du Marais <{c}>", OW, "Remboursement jalon billetterie",
              "Bonjour,\nMerci de rembourser le jalon OWD-2025-320 du projet « Théâtre du Marais "
              "Billetterie ».\nCordialement,\nL'administration", "2025-09-24 10:00")
    bot = ("<owd-2301-reply@optimawebdesign.com>", [m1[0]])
    mail("o20b-motif.eml", f"Théâtre du Marais <{c}>", OW, "RE: Remboursement jalon billetterie [OWD-2301]",
         "Bonjour,\n\nLa mairie nous impose sa plateforme de billetterie municipale, le module n'a donc plus "
         "d'utilité.\n\nL'administration\n\n> Merci de nous préciser le motif de votre demande.\n",
         "2025-09-25 10:00", parent=bot)
    case("o20-fil-motif", OWB, ["o20a-demande.eml", "o20b-motif.eml"], "decided",
         "C3 thread: the answer gives the reason; milestone not_started: O3 approve 21000.00.",
         [ref("21000.00")])

    # o21 cancellation without reason
    p, c = "Club de Tennis Riviera", "secretariat@tc-riviera.fr"
    proj(p, c, "2025-02-01T10:00:00")
    owpay("fr_w21", "OWD-INV-321", p, "retainer", "4500.00", "810.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    mail("o21-resiliation-sans-motif.eml", f"TC Riviera <{c}>", OW, "Résiliation contrat",
         "Bonjour,\n\nPar la présente, nous vous notifions la résiliation du contrat « Club de Tennis Riviera » "
         "(OWD-INV-321). Merci d'en accuser réception.\n\nSportivement,\nLe secrétariat\n"
         "Tennis Club Riviera – Association loi 1901", "2025-09-24 10:00")
    case("o21-resiliation-sans-motif", OWB, ["o21-resiliation-sans-motif.eml"], "need_info",
         "Optima requires a reason for cancellations too (section 8): ask for it.", missing=["reason"])

    # o22 chargeback on hosting refund
    p, c = "Salon de Thé Rose Hébergement", "rose@salondethe-rose.fr"
    proj(p, c, "2025-09-01T10:00:00")
    owpay("fr_w22", "OWD-2025-322", p, "hosting_annual", "12000.00", "2160.00", "2025-09-19T10:00:00",
          setup_fee="1200.00", service_start="2025-09-20")
    mail("o22-chargeback.eml", f"Salon de Thé Rose <{c}>", OW, "Remboursement ou chargeback",
         "Bonjour,\n\nLe site « Salon de Thé Rose Hébergement » (OWD-2025-322) est en panne une fois sur deux. "
         "Je résilie et je veux être remboursée, sinon je lance un chargeback auprès de ma banque.\n\nRose",
         "2025-09-25 10:00")
    case("o22-chargeback", OWB, ["o22-chargeback.eml"], "decided",
         "Chargeback threat: C4 escalates the whole case, refund and cancellation, though O5 alone would "
         "approve 9900.00 (section 8).", [esc(), esc("cancellation")], rules=["C4"])

    # o23 statutory rights / lawyer on milestone
    p, c = "Épicerie Fine Delmas", "delmas@epicerie-delmas.fr"
    proj(p, c, "2025-08-01T10:00:00")
    owpay("fr_w23", "OWD-2025-323", p, "milestone", "13000.00", "2340.00", "2025-09-10T10:00:00",
          milestone_status="not_started")
    mail("o23-avocat.eml", f"Épicerie Delmas <{c}>", OW, "Remboursement jalon – droits du consommateur",
         "Madame, Monsieur,\n\nJe renonce au jalon OWD-2025-323 du projet « Épicerie Fine Delmas » : la "
         "boutique ferme. Je connais mes droits de consommateur et mon avocat suit le dossier ; je compte sur "
         "un remboursement rapide.\n\nM. Delmas", "2025-09-26 10:00")
    case("o23-avocat", OWB, ["o23-avocat.eml"], "decided",
         "Lawyer + consumer rights: C4 escalate, although O3 alone would approve.", [esc()], rules=["C4"])

    # o24 payment status refunded -> escalate
    p, c = "Fleuriste Pétale Site", "petale@fleuriste-petale.fr"
    proj(p, c)
    owpay("fr_w24", "OWD-2025-324", p, "deposit", "9000.00", "1620.00", "2025-09-29T10:00:00",
          status="refunded")
    mail("o24-deja-rembourse.eml", f"Fleuriste Pétale <{c}>", OW, "Acompte à rembourser",
         "Bonjour,\n\nNous abandonnons le projet « Fleuriste Pétale Site », la boutique est vendue. Merci de "
         "rembourser l'acompte OWD-2025-324.\n\nAnne", "2025-09-30 10:00")
    case("o24-deja-rembourse", OWB, ["o24-deja-rembourse.eml"], "decided",
         "The payment's status is 'refunded', not paid: escalate (section 8), though O2 timing would approve.",
         [esc()], extra_ok=True)

    # o25 question before signing -> other
    mail("o25-question-avant-signature.eml", "Koffi Kouassi <k.kouassi@kouassi-agro.ci>", OW,
         "Question sur les conditions d'annulation",
         "Bonjour,\n\nAvant de signer votre devis : si nous versons l'acompte et que nous annulons après une "
         "semaine, serons-nous remboursés ? Et l'hébergement annuel est-il remboursable en cas de "
         "changement d'avis ?\n\nCordialement,\nKoffi Kouassi, Abidjan", "2025-09-25 14:00", off=UTC0)
    case("o25-question-avant-signature", OWB, ["o25-question-avant-signature.eml"], "other",
         "Hypothetical question before buying (section 8): other.")

    # o26 auto-generated payment notification
    mail("o26-notification-auto.eml", "Paiements <no-reply@paiement-securise.fr>", OW,
         "Notification : remboursement effectué",
         "Ceci est un message automatique. Un remboursement de 9 000,00 INR a été effectué. Merci de ne pas "
         "répondre.", "2025-09-26 10:00", headers={"Auto-Submitted": "auto-generated"})
    case("o26-notification-auto", OWB, ["o26-notification-auto.eml"], "ignore",
         "Auto-Submitted: auto-generated: C7 ignore.", rules=["C7"])

    # o27 mail from the brand's own address
    mail("o27-propre-adresse.eml", f"Optima WebDesign <{OW}>", "billing@optimawebdesign.com",
         "Re: Demande de remboursement — OWD-2025-301",
         "Bonjour,\n\nNous avons bien reçu votre demande de remboursement et la traitons.\n\nBilling & Refunds "
         "Desk — Optima WebDesign", "2025-09-26 16:00", parent=("<o01-acompte.fresh15fr@cabinet-vidal.fr>", []))
    case("o27-propre-adresse", OWB, ["o27-propre-adresse.eml"], "ignore",
         "From the brand's own address: C7 ignore.", rules=["C7"])

    # o28 TR: forward from the contract email of a colleague's request -> discovery approve
    p, c = "Agence Immobilière Horizon", "direction@horizon-immo.fr"
    proj(p, c)
    owpay("fr_w28", "OWD-2025-328", p, "discovery", "16000.00", "2880.00", "2025-09-22T10:00:00")
    mail("o28-tr-outlook.eml", f"Direction Horizon <{c}>", OW, "TR: Atelier stratégie",
         "Bonjour, je confirme la demande ci-dessous.\nP. Renard, directeur\n\n"
         "________________________________\nDe : Camille Petit <c.petit@horizon-immo.fr>\nEnvoyé : lundi 29 septembre 2025 09:12\nÀ : Direction "
         "Horizon <direction@horizon-immo.fr>\nObjet : Atelier stratégie\n\nBonjour Pierre,\nLe siège a "
         "décidé d'imposer le site national à toutes les agences : l'atelier stratégie d'Optima pour "
         "« Agence Immobilière Horizon » (OWD-2025-328) n'a pas encore eu lieu, il faut l'annuler et se faire "
         "rembourser.\nCamille\n", "2025-09-29 15:00")
    case("o28-tr-outlook", OWB, ["o28-tr-outlook.eml"], "decided",
         "Forward sent by the contract email carrying the request and reason; discovery not started: O1 "
         "approve 16000.00.", [ref("16000.00")], extra_ok=True)

    # o29 change request -> deny
    p, c = "Mairie de Saint-Aubin Portail", "communication@saint-aubin.fr"
    proj(p, c, "2025-06-01T10:00:00")
    owpay("fr_w29", "OWD-2025-329", p, "change_request", "7200.00", "1296.00", "2025-09-19T10:00:00")
    mail("o29-demande-modification.eml", f"Mairie de Saint-Aubin <{c}>", OW, "Remboursement avenant",
         "Bonjour,\n\nL'avenant pour l'agenda des associations (OWD-2025-329, projet « Mairie de Saint-Aubin "
         "Portail ») n'est plus nécessaire, la communauté de communes fournit l'outil. Merci de le rembourser."
         "\n\nService communication", "2025-09-25 10:00")
    case("o29-demande-modification", OWB, ["o29-demande-modification.eml"], "decided",
         "change_request: O6 deny.", [deny()])

    # o30 maintenance before service start, with setup fee
    p, c = "Cabinet Dentaire Sourire Maintenance", "cabinet@sourire-dentaire.fr"
    proj(p, c)
    owpay("fr_w30", "OWD-2025-330", p, "maintenance_annual", "9600.00", "1728.00", "2025-09-26T10:00:00",
          setup_fee="1200.00", service_start="2025-10-20")
    mail("o30-maintenance-avant-debut.eml", f"Cabinet Sourire <{c}>", OW, "Annulation maintenance avant début",
         "Bonjour,\n\nLa maintenance « Cabinet Dentaire Sourire Maintenance » (OWD-2025-330) ne devait "
         "commencer que le 20 octobre ; notre groupe dentaire reprend la gestion du site. Merci d'annuler et de "
         "rembourser.\n\nDr Nicolas", "2025-09-29 10:00")
    case("o30-maintenance-avant-debut", OWB, ["o30-maintenance-avant-debut.eml"], "decided",
         "Before service_start: consumed_months 1 (section 8): 9600 - 1200 - 8400/12 (700) = 7700.00 (O5).",
         [ref("7700.00")], extra_ok=True)


def main():
    leadsoptima()
    optima()
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for name, data in sorted(FILES.items()):
        (out / name).write_bytes(data)
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}
    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    main()
